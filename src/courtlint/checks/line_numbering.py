"""Numbered lines: pleading paper's line numbers down the left margin.

A PDF page is numbered when the extractor found a column of at least ten
margin numbers counting up from 1 (``Page.pleading_numbers``). A DOCX is
numbered when its page setup turns on Word's line numbering or its header
draws a pleading-paper column of numbers (``meta["page_setup"]``).

A document is reported, once, when most of its judged pages carry no line
numbers: it was not prepared on pleading paper. A few unnumbered pages in a
numbered document are not reported: they are a landscape chart, a page
flattened by a redaction tool (its numbers became part of an image), or an
attachment such as a CM/ECF service list. Scanned pages, pages with little
text (slip sheets, a signature page) and pages whose text layer is
unreadable (numbers may be there but cannot be read) are not judged, nor are
the pages of a court's printed form (a G-92 notice), whose layout is the court's.

Params:
    min_chars: a page needs this many characters of its own text to be judged (default 200).
    pages: ``main`` (before the first exhibit slip sheet) or ``all``.

Hit args: ``pages`` ("on any page" when none is numbered, else "on pages
1-9 and 12"), ``count`` (pages without numbers), ``total`` (pages judged).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .. import measure
from ..findings import Hit
from ..model import FURNITURE, Document, Span
from ._params import PAGE_SCOPES, require_choice

NEEDS = frozenset({"fonts"})  # laid-out formats: PDF pages, or a DOCX's page setup


@dataclass(frozen=True, kw_only=True)
class Params:
    min_chars: int = 200
    pages: str = "main"

    def __post_init__(self) -> None:
        require_choice("pages", self.pages, PAGE_SCOPES)


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if doc.format == "docx":
        yield from _docx(doc)
        return
    numbers = measure.main_pages(doc) if params.pages == "main" else [p.number for p in doc.pages]
    judged = [n for n in numbers if _judgeable(doc, n, params.min_chars)]
    missing = [n for n in judged if not doc.pages[n - 1].pleading_numbers]
    if judged and len(missing) * 2 > len(judged):
        yield _hit(doc, missing, judged, whole=len(missing) == len(judged))


def _judgeable(doc: Document, number: int, min_chars: int) -> bool:
    page = doc.pages[number - 1]
    if not page.has_text or number in doc.meta.get("ocr_pages", ()) or measure.is_court_form_page(doc, number):
        return False
    own = "".join(ln.text for ln in doc.page_lines(number) if ln.region not in FURNITURE)
    letters = sum(c.isalpha() for c in own)
    visible = sum(not c.isspace() for c in own)
    # Text in fonts without a Unicode map reads as shifted symbols: unreadable, so unjudged.
    return letters >= min_chars and letters >= 0.6 * visible


def _hit(doc: Document, run: list[int], judged: list[int], *, whole: bool) -> Hit:
    pages = "on any page" if whole else measure.pages_text(run).replace("page", "on page", 1)
    return Hit(
        measure.page_anchor(doc, run[0]),
        {"pages": pages, "count": len(run), "total": len(judged)},
    )


def _docx(doc: Document) -> Iterator[Hit]:
    setup = doc.meta.get("page_setup")
    if not isinstance(setup, dict) or setup.get("line_numbering") or setup.get("header_line_numbers"):
        return
    first = doc.lines[0] if doc.lines else None
    span = Span(first.span.start, first.span.end) if first else None
    yield Hit(span, {"pages": "on any page", "count": 1, "total": 1})
