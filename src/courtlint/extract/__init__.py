"""``extract(path_or_bytes) -> Document``: the only way into extraction."""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

from ..limits import UNLIMITED, Deadline, Limits, size
from ..model import Document
from .errors import CODES, PARTIAL, InputError

__all__ = ["CODES", "PARTIAL", "InputError", "extract", "SUFFIXES"]

#: File suffixes courtlint reads, by format.
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".md": "text", ".markdown": "text"}
_DEFAULT_LIMITS = Limits()
_CHUNK = 4 * 2**20


def extract(
    source: str | os.PathLike | bytes,
    *,
    name: str | None = None,
    format: str | None = None,
    layout_pages: int | None = None,
    limits: Limits = _DEFAULT_LIMITS,
    deadline: Deadline = UNLIMITED,
) -> Document:
    """Read a PDF, DOCX or text file (or its bytes) into a ``Document``.

    ``layout_pages=N`` asks for a preview of a PDF: the first N pages are
    read in full (enough for ``describe`` to find the caption and for labels
    such as "REDACTED VERSION"), the others only by size, and the Document's
    features lack "text" (``meta["laid_out_pages"]`` says how many were read).
    Checks that read the PDF itself (``PREVIEW = True``) run on it at a
    fraction of the cost. A PDF of N pages or fewer, DOCX and text files are
    always read in full.

    ``limits`` bound what is read (file size, a DOCX's unpacked size, the
    characters of text); ``deadline`` is checked between pages and paragraphs.

    Raises ``InputError`` with a code from ``CODES`` for input that cannot be
    read, is over a limit, or ran past the deadline.
    """
    if isinstance(source, bytes):
        fmt = format or _sniff(source)
        name = name or "<bytes>"
        data: str | bytes = source
        if len(source) > limits.file_bytes:
            raise InputError("too-large", f"{name}: {size(len(source))} is over the {size(limits.file_bytes)} file size limit")
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
        nbytes = path.stat().st_size
        if nbytes == 0:
            raise InputError("empty", f"{name}: the file is empty")
        if nbytes > limits.file_bytes:
            raise InputError("too-large", f"{name}: {size(nbytes)} is over the {size(limits.file_bytes)} file size limit")
        data = str(path)

    try:
        if fmt == "pdf":
            from .pdf import extract_pdf

            return extract_pdf(data, name, layout_pages, limits, deadline)
        if fmt == "docx":
            from .docx import extract_docx

            return extract_docx(data, name, limits, deadline)
        if fmt == "text":
            from .text import extract_text

            text = _read_text(data, name, limits.text_chars)
            if not text.strip():
                raise InputError("empty", f"{name}: the file is empty")
            return extract_text(text, name)
    except RecursionError:
        raise InputError("corrupt", f"{name}: the file is nested too deeply to read (RecursionError)") from None
    except MemoryError:
        raise InputError("too-large", f"{name}: reading it ran out of memory (MemoryError)") from None
    raise InputError("unsupported-format", f"{name}: unknown format {fmt!r}")


def _read_text(data: str | bytes, name: str, max_chars: int) -> str:
    """The file's text (UTF-8, a BOM dropped, bad bytes replaced), decoded a chunk
    at a time so that a file far over ``max_chars`` is refused without reading it all."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    chunks: list[str] = []
    chars = 0
    with open(data, "rb") if isinstance(data, str) else io.BytesIO(data) as fh:
        first = True
        while raw := fh.read(_CHUNK):
            if first and b"\x00" in raw[:4096]:
                raise InputError("unsupported-format", f"{name}: binary data in a text file")
            first = False
            chunks.append(decoder.decode(raw))
            chars += len(chunks[-1])
            if chars > max_chars:
                whole = os.path.getsize(data) if isinstance(data, str) else len(data)
                raise InputError("too-large", f"{name}: {size(whole)} of text is over the {size(max_chars)} limit")
        chunks.append(decoder.decode(b"", final=True))
    return "".join(chunks)



def _sniff(data: bytes) -> str:
    if data.lstrip()[:5].startswith(b"%PDF"):
        return "pdf"
    if data[:2] == b"PK":
        return "docx"
    return "text"
