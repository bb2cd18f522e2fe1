"""Where the party's paper ends and what is appended to it begins.

A page after the caption page that opens with a new caption (the court's
title near its top), an exhibit slip sheet, or, once the paper has been
signed, a "[PROPOSED] ORDER" or "DECLARATION OF" heading. For formats
without pages: a later court title, or such a heading standing alone after a
signature."""

from __future__ import annotations

from collections.abc import Sequence

import re

import regex

from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line
from ..recognise.ecf_stamp import looks_like_stamp
from .caption import COURT_TITLE, caption_line, court_title_index

_FLAGS = regex.IGNORECASE | regex.VERSION1
SLIP_SHEET = re.compile(r"^\s*(?:EXHIBIT|Exhibit|TAB|Tab|APPENDIX|Appendix|ATTACHMENT|Attachment|EX\.)\s*[\w.\-]{0,8}\b")
_SIGNED = lazy(r"(?:^|[\s:])/?s/\s*\S|\bRespectfully\s+submitted\b|^\s*By\s*:", _FLAGS | regex.MULTILINE)
_ATTACHMENT_HEADING = lazy(
    r"^\s*(?:\[\s*PROPOSED\s*\]|\(\s*PROPOSED\s*\)|PROPOSED)\s+(?:\w+\s+){0,3}ORDER\b"
    r"|^\s*DECLARATION\s+OF\s+\p{Lu}"
    r"|^\s*EXHIBIT\s+[\w.\-]{1,8}\s*$",
    regex.VERSION1,
)


def page_own_lines(window: Sequence[Line]) -> list[Line]:
    """The page's own text lines: no running header, no CM/ECF stamp, no blank lines."""
    return [
        ln
        for ln in window
        if ln.region not in ("header", "ecf-stamp") and ln.text.strip() and not looks_like_stamp(ln.text, loose=True)
    ]


def is_slip_sheet(window: Sequence[Line]) -> bool:
    """Page 1 is an exhibit (or tab) slip sheet: a few words around 'EXHIBIT X'."""
    texts = [ln.text for ln in page_own_lines(window)]
    return bool(texts) and len(" ".join(texts)) <= 400 and any(SLIP_SHEET.match(t) for t in texts[:3])


def find_attachments(doc: Document, ctx) -> int | None:
    at = caption_line(doc, ctx)
    first_title = court_title_index(doc, ctx)
    if doc.pages:
        start_page = doc.lines[at].page if at is not None else 1
        signed = False
        for page in doc.pages[start_page:]:
            lines = [ln for ln in doc.page_lines(page.number) if ln.region not in FURNITURE and ln.text.strip()]
            if lines and _opens_attachment(lines, page.height, signed):
                return doc.lines.index(lines[0], page.first_line)
            signed = signed or any(_SIGNED.search(ln.text) for ln in lines)
        return None
    signed = False
    begin = (first_title + 1) if first_title is not None else (at + 1 if at is not None else 0)
    for i in range(begin, len(doc.lines)):
        text = doc.lines[i].text
        if _is_court_title_line(text):
            return i
        if signed and _ATTACHMENT_HEADING.search(text):
            return i
        signed = signed or bool(_SIGNED.search(text))
    return None


def _opens_attachment(lines: list[Line], height: float, signed: bool) -> bool:
    top = [ln for ln in lines if ln.bbox is None or ln.bbox[1] < 0.45 * height]
    if any(_is_court_title_line(ln.text) for ln in top[:40]):
        return True
    if is_slip_sheet(lines):
        return True
    return signed and bool(_ATTACHMENT_HEADING.search(lines[0].text))


def _is_court_title_line(text: str) -> bool:
    """A caption's court title standing on its own line, not the words in a sentence."""
    m = COURT_TITLE.search(text)
    return m is not None and m.group().isupper() and len(text.split()) <= 8
