"""Paper size: pages of 8.5 x 11 inches.

PDF: every page of the document proper in either orientation, within
``tolerance_pt``; one hit naming the odd pages and their sizes. The document
proper ends at the first exhibit slip sheet and, on pleading paper, leaves
out unnumbered pages (an exhibit attached without a slip sheet, a web
printout), which may be any size. DOCX: the page size of the document's sections
(``meta["page_setup"]``), which is what the PDF will be printed on.

Params:
    tolerance_pt: allowed difference from 612 x 792 points (default 9, 1/8 in,
        for scanners and PDF printers that crop a little).
    pages: ``main`` or ``all``.

Hit args: ``pages_are`` ("Pages 1-12 are 8.27 x 11.69 in (A4)"), ``count``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .. import measure
from ..findings import Hit
from ..measure import describe_size
from ..model import Document, Span
from ._params import PAGE_SCOPES, require_choice

NEEDS = frozenset({"fonts"})  # laid-out formats: PDF pages, or a DOCX's page setup



@dataclass(frozen=True, kw_only=True)
class Params:
    tolerance_pt: float = 9.0
    pages: str = "main"

    def __post_init__(self) -> None:
        require_choice("pages", self.pages, PAGE_SCOPES)
        if self.tolerance_pt < 0:
            raise ValueError("tolerance_pt: must not be negative")


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if doc.format == "docx":
        size = measure.paper_size(doc, 1)
        if size and not measure.is_letter(*size, params.tolerance_pt):
            span = Span(doc.lines[0].span.start, doc.lines[0].span.end) if doc.lines else None
            yield Hit(span, {"pages_are": f"The page setup is {describe_size(*size)}", "count": 1})
        return
    numbers = measure.governed_pages(doc) if params.pages == "main" else [p.number for p in doc.pages]
    odd: dict[str, list[int]] = {}
    for n in numbers:
        page = doc.pages[n - 1]
        if not measure.is_letter(page.width, page.height, params.tolerance_pt):
            odd.setdefault(describe_size(page.width, page.height), []).append(n)
    if not odd:
        return
    parts = []
    for size, pages in odd.items():
        where = measure.pages_text(pages)
        verb = "is" if where.startswith("page ") else "are"
        parts.append(f"{where[0].upper()}{where[1:]} {verb} {size}")
    first = min(n for pages in odd.values() for n in pages)
    yield Hit(measure.page_anchor(doc, first), {"pages_are": "; ".join(parts), "count": sum(map(len, odd.values()))})
