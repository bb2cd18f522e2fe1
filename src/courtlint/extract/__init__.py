"""``extract(path_or_bytes) -> Document``: the only way into extraction."""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Document
from .errors import CODES, InputError

__all__ = ["CODES", "InputError", "extract", "SUFFIXES"]

#: File suffixes courtlint reads, by format.
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".md": "text", ".markdown": "text"}

#: Files larger than this are refused rather than read (both courts cap a
#: filing at 35-50 MB; a 500 MB file is not a draft brief).
MAX_BYTES = 500 * 1024 * 1024


def extract(
    source: str | os.PathLike | bytes,
    *,
    name: str | None = None,
    format: str | None = None,
    layout_pages: int | None = None,
) -> Document:
    """Read a PDF, DOCX or text file (or its bytes) into a ``Document``.

    ``layout_pages=N`` asks for a preview of a PDF: the first N pages are
    read in full (enough for ``describe`` to find the caption and for labels
    such as "REDACTED VERSION"), the others only by size, and the Document's
    features lack "text" (``meta["laid_out_pages"]`` says how many were read).
    Checks that read the PDF itself (``PREVIEW = True``) run on it at a
    fraction of the cost. A PDF of N pages or fewer, DOCX and text files are
    always read in full.

    Raises ``InputError`` with a code from ``CODES`` for input that cannot be read.
    """
    if isinstance(source, bytes):
        fmt = format or _sniff(source)
        name = name or "<bytes>"
        data: str | bytes = source
    else:
        path = Path(source)
        name = name or str(source)
        if not path.exists():
            raise InputError("not-found", f"{name}: no such file")
        if path.is_dir():
            raise InputError("unsupported-format", f"{name}: is a directory")
        fmt = format or SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise InputError(
                "unsupported-format",
                f"{name}: unsupported file type {path.suffix or '(none)'}; courtlint reads .pdf, .docx, .txt and .md",
            )
        size = path.stat().st_size
        if size == 0:
            raise InputError("empty", f"{name}: the file is empty")
        if size > MAX_BYTES:
            raise InputError("too-large", f"{name}: {size / 2**20:.0f} MB is over the {MAX_BYTES // 2**20} MB limit")
        data = str(path)

    if fmt == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(data, name, layout_pages)
    if fmt == "docx":
        from .docx import extract_docx

        return extract_docx(data, name)
    if fmt == "text":
        from .text import extract_text

        raw = data if isinstance(data, bytes) else Path(data).read_bytes()
        if b"\x00" in raw[:4096]:
            raise InputError("unsupported-format", f"{name}: binary data in a text file")
        text = raw.decode("utf-8-sig", errors="replace")
        if not text.strip():
            raise InputError("empty", f"{name}: the file is empty")
        return extract_text(text, name)
    raise InputError("unsupported-format", f"{name}: unknown format {fmt!r}")


def _sniff(data: bytes) -> str:
    if data.lstrip()[:5].startswith(b"%PDF"):
        return "pdf"
    if data[:2] == b"PK":
        return "docx"
    return "text"
