"""DOCX: one Line per paragraph (and per table cell paragraph), with fonts.

Word documents have no fixed layout, so lines carry no boxes or pages; a
paragraph's size is its dominant run size (falling back to the style's), and
its style name is kept so heading detection can use it.
"""

from __future__ import annotations

import io
import zipfile

from ..limits import UNLIMITED, Deadline, Limits, size
from ._build import DocumentBuilder, RawLine
from .errors import InputError

_DOCX_FEATURES = frozenset({"text", "fonts"})
#: Paragraphs between two looks at the deadline and the text limit.
_CHECK_EVERY = 500


def extract_docx(
    source: str | bytes, name: str, limits: Limits = Limits(), deadline: Deadline = UNLIMITED
) -> "Document":  # noqa: F821
    import docx  # python-docx; imported here so text-only runs never pay for it

    data = source if isinstance(source, bytes) else open(source, "rb").read()
    if not data:
        raise InputError("empty", f"{name}: the file is empty")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise InputError(
                "encrypted",
                f"{name}: an encrypted or legacy (.doc) Word file; save it as an unprotected .docx",
            )
        raise InputError("corrupt", f"{name}: not a valid DOCX file (not a zip archive)")
    check_unpacked_size(data, name, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "is not a Word file" in str(exc):
            kind = str(exc).rpartition("content type is ")[2] or "unknown"
            raise InputError("unsupported-format", f"{name}: not a Word document (its content type is {kind})") from None
        raise InputError("corrupt", f"{name}: the DOCX cannot be read (ValueError: {exc})") from None
    except Exception as exc:  # python-docx raises several types for a bad package
        raise InputError("corrupt", f"{name}: the DOCX cannot be read ({type(exc).__name__}: {exc})") from None
    try:
        return _read(document, name, source, limits, deadline)
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # a package python-docx opens but cannot walk
        raise InputError("corrupt", f"{name}: the DOCX cannot be read ({type(exc).__name__}: {exc})") from None


def check_unpacked_size(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a zip bomb from the zip's directory, before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except Exception as exc:  # BadZipFile, and NotImplementedError for a version byte flipped past 6.3
        raise InputError("corrupt", f"{name}: not a valid DOCX file ({type(exc).__name__}: {exc})") from None
    total = sum(p.file_size for p in parts)
    if total > limits.docx_unpacked_bytes:
        raise InputError(
            "too-large",
            f"{name}: the DOCX unpacks to {size(total)}, over the {size(limits.docx_unpacked_bytes)} limit",
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > limits.docx_ratio_floor and ratio > limits.docx_part_ratio:
            raise InputError(
                "too-large",
                f"{name}: {part.filename} expands {ratio:,.0f} times ({size(part.compress_size)} to "
                f"{size(part.file_size)}), over the {limits.docx_part_ratio:g}x limit for a part over "
                f"{size(limits.docx_ratio_floor)} (a zip bomb?)",
            )


def _read(document, name: str, source, limits: Limits, deadline: Deadline) -> "Document":  # noqa: F821
    builder = DocumentBuilder(name, "docx", _DOCX_FEATURES)
    for n, paragraph in enumerate(_paragraphs(document), 1):
        if n % _CHECK_EVERY == 0:
            if deadline.expired:
                raise InputError("timeout", f"{name}: reading stopped at paragraph {n}, {deadline.over()}")
            if builder.length > limits.text_chars:
                raise InputError(
                    "too-large",
                    f"{name}: {size(builder.length)} of text in the first {n} paragraphs "
                    f"is over the {size(limits.text_chars)} limit",
                )
        text = " ".join(paragraph.text.split())
        size_pt, font, bold = _run_facts(paragraph)
        style = paragraph.style.name if paragraph.style is not None else None
        builder.add_line(RawLine(text=text, size=size_pt, font=font, words=None, bold=bold, style=style))
    if builder.length > limits.text_chars:
        raise InputError("too-large", f"{name}: {size(builder.length)} of text is over the {size(limits.text_chars)} limit")
    core = document.core_properties
    meta = {"info": {k: v for k in ("title", "subject", "author", "keywords")
                     if (v := getattr(core, k, None))}}
    meta["page_setup"] = _page_setup(document)
    return builder.build(meta=meta, source=source)


def _page_setup(document) -> dict:
    """The first section's paper and margins in points, and whether its lines
    are numbered (Word's line numbering, or a pleading-paper header that
    draws the numbers 1 to 25 or more), for the layout rules. Empty when the
    body has no section properties (``w:sectPr``), only what that implies:
    no line numbering and no headers (Word's default paper and margins vary)."""
    sections = document.sections
    if len(sections) == 0:
        return {"line_numbering": False, "header_line_numbers": False}
    section = sections[0]

    def pt(value):
        return round(value.pt, 2) if value is not None else None

    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    numbers = set()
    for header in (section.header, section.first_page_header):
        if not header.is_linked_to_previous:
            numbers.update(t.text.strip() for t in header._element.iter(f"{ns}t"))
    return {
        "width_pt": pt(section.page_width),
        "height_pt": pt(section.page_height),
        "margin_left_pt": pt(section.left_margin),
        "margin_right_pt": pt(section.right_margin),
        "margin_top_pt": pt(section.top_margin),
        "margin_bottom_pt": pt(section.bottom_margin),
        "line_numbering": section._sectPr.find(f"{ns}lnNumType") is not None,
        "header_line_numbers": {str(n) for n in range(1, 26)} <= numbers,
    }


def _paragraphs(document):
    """Body paragraphs and table-cell paragraphs, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _run_facts(paragraph) -> tuple[float | None, str | None, bool]:
    weights: dict[float, int] = {}
    font = None
    bold_chars = total = 0
    for run in paragraph.runs:
        n = len(run.text.strip())
        if not n:
            continue
        size = run.font.size or _style_size(paragraph)
        if size is not None:
            pt = round(size.pt, 2)
            weights[pt] = weights.get(pt, 0) + n
        font = font or run.font.name
        total += n
        if run.bold or (run.bold is None and paragraph.style is not None and paragraph.style.font.bold):
            bold_chars += n
    size = max(weights, key=weights.get) if weights else None
    if size is None and (s := _style_size(paragraph)) is not None:
        size = round(s.pt, 2)
    return size, font, bool(total) and bold_chars >= 0.8 * total


def _style_size(paragraph):
    style = paragraph.style
    while style is not None:
        if style.font is not None and style.font.size is not None:
            return style.font.size
        style = style.base_style
    return None
