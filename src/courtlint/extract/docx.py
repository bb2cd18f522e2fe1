"""DOCX: one Line per paragraph (and per table cell paragraph), with fonts.

Word documents have no fixed layout, so lines carry no boxes or pages; a
paragraph's size is its dominant run size (falling back to the style's), and
its style name is kept so heading detection can use it.
"""

from __future__ import annotations

import io
import zipfile

from ._build import DocumentBuilder, RawLine, RawWord, split_words
from .errors import InputError

_DOCX_FEATURES = frozenset({"text", "fonts"})


def extract_docx(source: str | bytes, name: str) -> "Document":  # noqa: F821
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
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a bad package
        raise InputError("corrupt", f"{name}: the DOCX cannot be read ({exc})") from None

    builder = DocumentBuilder(name, "docx", _DOCX_FEATURES)
    for paragraph in _paragraphs(document):
        text = " ".join(paragraph.text.split())
        size, font, bold = _run_facts(paragraph)
        words = [RawWord(w, off, size=size, font=font) for off, w in split_words(text)]
        style = paragraph.style.name if paragraph.style is not None else None
        builder.add_line(
            RawLine(text=text, size=size, font=font, words=words, bold=bold, style=style)
        )
    core = document.core_properties
    meta = {"info": {k: v for k in ("title", "subject", "author", "keywords")
                     if (v := getattr(core, k, None))}}
    meta["page_setup"] = _page_setup(document)
    return builder.build(meta=meta, source=source)


def _page_setup(document) -> dict:
    """The first section's paper and margins in points, and whether its lines
    are numbered (Word's line numbering, or a pleading-paper header that
    draws the numbers 1 to 25 or more), for the layout rules."""
    section = document.sections[0]

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
