"""Where the caption is: its case-number line, its lines down to the body, the
court title above it, and whether the paper is a court form.

The caption runs from the top of its page to the first line that opens the
body (``recognise.body_openers``) or reads as running prose; lines of a
``)``-ruled caption and of the right-hand column never end it. A text copy of
a paper on pleading paper starts a new page where its numbering restarts."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line
from ..recognise.body_openers import BODY_START, OPENING_HEADING, SECTION_NUMBER

_FLAGS = regex.IGNORECASE | regex.VERSION1
COURT_TITLE = lazy(r"\bUNITED\s+STATES\s+DISTRICT\s+COURT\b", _FLAGS)
#: Any court's title line, where the counsel block ends (a bankruptcy court's, a state court's).
_ANY_COURT = lazy(
    r"\bUNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY|COURT\s+OF)\b.{0,20}\bCOURT\b|\bSUPERIOR\s+COURT\s+OF\b", _FLAGS
)
#: A court title with a typo in it ("UNITED STATED DISTRICT COURT").
NEAR_COURT_TITLE = lazy(r"\bUNITED\s+\w{4,8}\s+DISTRICT\s+COURT\b|\bUNITED\s+STATES\s+\w{5,9}\s+COURT\b", _FLAGS)
#: A court's own form (C.D. Cal. G-92, CV-, CR- forms) prints "PLAINTIFF(S)" and "DEFENDANT(S)".
_FORM = lazy(r"\bPLAINTIFF\(S\)|\bDEFENDANT\(S\)|\bPETITIONER\(S\)|\bRESPONDENT\(S\)")
#: Lines that open a paper's body below the caption (added to the caption kind's list).
_OPENERS = lazy(
    BODY_START
    + r"|^\s*" + SECTION_NUMBER + r"?\s*(?:" + OPENING_HEADING + r"|TABLE\s+OF\s+(?:CONTENTS|AUTHORITIES)|STIPULATION)\s*:?\s*$",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
_COLUMN_RULE = lazy(r"(?:^|\s)\)(?:\s|$)")


def caption_line(doc: Document, ctx) -> int | None:
    """Index in ``doc.lines`` of the caption's case-number line, or None without a caption."""
    span = ctx.case_number_span
    if span is None or not doc.lines:
        return None
    at = doc.line_index_at(span.start)
    if at is None or doc.lines[at].region in FURNITURE:
        return None
    return at


def caption_page(doc: Document, ctx) -> int | None:
    """Page number of the caption (None for formats without pages or without a caption)."""
    at = caption_line(doc, ctx)
    return None if at is None else doc.lines[at].page


def page_range(doc: Document, page: int | None) -> range:
    """Indices of ``page``'s lines, or of the whole document for formats without pages."""
    if page is None or not doc.pages:
        return range(len(doc.lines))
    p = doc.pages[page - 1]
    return range(p.first_line, p.first_line + p.line_count)


def caption_range(doc: Document, ctx) -> range | None:
    """Line indices of the caption: from the page's top to the line that opens the body."""
    at = caption_line(doc, ctx)
    if at is None:
        return None
    lines = page_range(doc, doc.lines[at].page)
    width = doc.pages[doc.lines[at].page - 1].width if doc.pages and doc.lines[at].page else None
    top = doc.lines[at].bbox[1] if doc.lines[at].bbox else None
    last_number = doc.lines[at].pleading_line or 0
    for i in range(at + 1, lines.stop):
        line = doc.lines[i]
        if not doc.pages and line.pleading_line is not None:
            if line.pleading_line <= last_number:
                return range(lines.start, i)  # a text copy's numbering restarts: a new page
            last_number = line.pleading_line
        if line.region in FURNITURE or _COLUMN_RULE.search(line.text):
            continue  # a line of a ")"-ruled caption is still the caption
        if width and line.bbox:
            if line.bbox[0] > 0.45 * width or (top is not None and line.bbox[1] <= top):
                continue  # the caption's right column, or a line beside the case number
        if _OPENERS.search(line.text) or _prose(line, width):
            return range(lines.start, i)
    stop = lines.stop if doc.pages else min(lines.stop, at + 40)
    return range(lines.start, stop)


def _prose(line: Line, width: float | None) -> bool:
    """A line of running text: many words, mostly lower case, across the page (not a caption column)."""
    text = line.text.strip()
    words = text.split()
    if len(words) < 8 or sum(c.islower() for c in text) < 2 * sum(c.isupper() for c in text):
        return False
    if text.startswith("[") and text.endswith("]"):
        return False  # a bracketed caption label: "[Discovery Document: Referred to Magistrate Judge ...]"
    if width and line.bbox:
        return line.bbox[2] > 0.6 * width and line.bbox[0] < 0.3 * width
    return regex.search(r"\S\s{4,}\S", text) is None


def own_lines(doc: Document, indices: Sequence[int] | range) -> list[Line]:
    return [doc.lines[i] for i in indices if doc.lines[i].region not in FURNITURE]


def first_page_range(doc: Document, ctx) -> range:
    """The caption's lines; without a caption case number, the first page (or the opening of a text)."""
    span = caption_range(doc, ctx)
    if span is not None:
        return span
    if doc.pages:
        return page_range(doc, 1)
    return range(min(len(doc.lines), 60))


def court_title_index(doc: Document, ctx) -> int | None:
    """Index of the first page's "UNITED STATES DISTRICT COURT" line (typos allowed)."""
    span = first_page_range(doc, ctx)
    for i in span:
        line = doc.lines[i]
        if line.region not in FURNITURE and (_ANY_COURT.search(line.text) or NEAR_COURT_TITLE.search(line.text)):
            return i
    return None


def is_court_form(doc: Document, ctx) -> bool:
    """A court form (its caption prints "PLAINTIFF(S)" / "DEFENDANT(S)"): its layout is the court's."""
    return any(_FORM.search(line.text) for line in own_lines(doc, first_page_range(doc, ctx)))
