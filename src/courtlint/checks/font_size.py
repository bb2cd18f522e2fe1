"""Type size: running text, footnotes and quotations at or above a minimum.

One hit per run of consecutive failing pages and kind of text, carrying the
measured size, so a brief set in 12 point reads "Body text is 12.0-point on
pages 1-17", not one complaint per line.

What is measured (``courtlint.measure``): each page's running text is its
most common size by characters; footnotes are the block at the foot of the
page that starts with a footnote marker; quotations are indented blocks of
two or more lines. Page furniture (CM/ECF stamp, headers, footers, margin
line numbers, rotated legends), the top 36 and bottom 60 points, text in OCR
fonts and leader dots are never measured. Line facts find candidate pages
cheaply; a page is reported only after its glyphs confirm the size (a 12-point
footnote whose first glyph is an 8-point marker is 12 point).

Params:
    min_pt: Smallest size allowed, in points.
    scope: Which text: ``body``, ``footnote``, ``quote`` (any of them).
    allow_monospace_cpi: When set, a monospaced face passes instead when it
        sets no more than this many characters per inch (C.D. Cal. L.R.
        11-3.1.1: 10-1/2); the size minimum is then for proportional faces.
    tolerance_pt: Sizes this far under ``min_pt`` still pass (a 14-point face
        scaled by a PDF printer measures 13.9).
    min_chars: Text under the minimum must amount to this many characters on
        a page before the page counts (a lone label is not a footnote).
    pages: ``main`` (the pages before the first exhibit slip sheet and, on
        pleading paper, only its numbered pages: a service list or web
        printout attached at the end is not the filer's typography) or ``all``.

Hit args: ``what`` ("Body text", "Footnotes", "Quotations"), ``what_is``
("Body text is", "Footnotes are"), ``size``
("12.0", or a range "10.0-11.0"), ``pages`` ("pages 1-17"), ``font``, ``cpi``
(for a monospaced face that is too dense), ``min_pt``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .. import measure
from ..findings import Hit
from ..model import Document, Span
from ._params import PAGE_SCOPES, require_choice

NEEDS = frozenset({"fonts"})

_SCOPES = ("body", "footnote", "quote")
_WHAT = {"body": "Body text", "footnote": "Footnotes", "quote": "Quotations"}
_WHAT_IS = {"body": "Body text is", "footnote": "Footnotes are", "quote": "Quotations are"}


@dataclass(frozen=True, kw_only=True)
class Params:
    min_pt: float
    scope: tuple[str, ...] = ("body",)
    allow_monospace_cpi: float | None = None
    tolerance_pt: float = 0.15
    min_chars: int = 40
    pages: str = "main"

    def __post_init__(self) -> None:
        bad = [s for s in self.scope if s not in _SCOPES]
        if bad or not self.scope:
            raise ValueError(f"scope: must name some of {', '.join(_SCOPES)}, got {list(self.scope)}")
        require_choice("pages", self.pages, PAGE_SCOPES)
        if self.min_pt <= 0:
            raise ValueError("min_pt: must be positive")


@dataclass(frozen=True, slots=True)
class _Failure:
    page: int
    size: float
    line: int  # index into Document.lines of the first undersized line


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    floor = params.min_pt - params.tolerance_pt
    pages = _pages(doc, params.pages)
    mono: measure.Monospace | None = None
    for scope in params.scope:
        outcomes = [(n, _page_failure(doc, n, scope, floor, params)) for n in pages]
        failures = [f for _, f in outcomes if isinstance(f, _Failure)]
        if failures and params.allow_monospace_cpi is not None:
            # The size floor is for proportional faces; monospaced type is held to its pitch instead.
            mono = mono or measure.monospace(doc, [f.page for f in failures[:3] if f.page] or None)
            if mono.monospaced:
                too_dense = mono.cpi is not None and mono.cpi > params.allow_monospace_cpi + 0.05
                if scope == "body" and too_dense:
                    yield _monospace_hit(doc, failures, mono, params)
                continue
        for run in measure.failing_runs(outcomes):
            yield _hit(doc, run, scope, params)


def _pages(doc: Document, which: str) -> list[int]:
    if doc.format != "pdf":
        return [0]  # DOCX: the whole document is one "page" of runs
    return measure.pages_in_scope(doc, which)


def _page_failure(doc: Document, number: int, scope: str, floor: float, params: Params):
    """A _Failure, measure.PASSED, or None when the page has too little text to judge."""
    if number == 0:
        return _docx_failure(doc, scope, floor, params)
    rough = measure.text_lines(doc, number)
    if not any(t.size < floor and t.chars for t in rough):
        return measure.PASSED  # nothing small on the page: no glyphs needed
    lines = measure.text_lines(doc, number, precise=True)
    picked = _select(doc, lines, scope)
    small = [t for t in picked if t.size < floor and not measure.is_ocr_font(t.font)]
    if scope == "body":
        run = measure.page_body_size(doc, number, precise=True)
        if run is None or run.chars < params.min_chars:
            return None
        if run.exact >= floor:
            return measure.PASSED
        first = next(t for t in run.lines if measure.half_point(t.size) == run.size)
        return _Failure(number, run.exact, first.index)
    if sum(t.chars for t in small) < params.min_chars:
        return measure.PASSED
    return _Failure(number, measure.dominant_size(small).exact, small[0].index)


def _select(doc: Document, lines: Sequence[measure.TextLine], scope: str) -> list[measure.TextLine]:
    if scope == "footnote":
        # A table of contents ends in a single-spaced block too; it is not footnotes.
        return [] if measure.is_toc_page(lines) else measure.footnote_lines(lines)
    if scope == "quote":
        return measure.quote_lines(doc, lines)
    return list(lines)


def _docx_failure(doc: Document, scope: str, floor: float, params: Params):
    """DOCX: run sizes are known per paragraph; footnotes and page layout are not."""
    if scope != "body":
        return None
    size = measure.body_font_size(doc)
    if size is None:
        return None
    if size >= floor:
        return measure.PASSED
    first = next((i for i, ln in enumerate(doc.lines) if ln.size and measure.half_point(ln.size) == size), 0)
    return _Failure(0, size, first)


def _size_text(sizes: Sequence[float]) -> str:
    lo, hi = min(sizes), max(sizes)
    return f"{lo:.1f}" if lo == hi else f"{lo:.1f}-{hi:.1f}"


def _where(doc: Document, run: Sequence[_Failure]) -> str:
    if run[0].page == 0:
        return "throughout the document"
    return "on " + measure.pages_text(f.page for f in run)


def _hit(doc: Document, run: list[_Failure], scope: str, params: Params) -> Hit:
    line = doc.lines[run[0].line]
    font = line.font
    return Hit(
        Span(line.span.start, line.span.end),
        {
            "what": _WHAT[scope],
            "what_is": _WHAT_IS[scope],
            "size": _size_text([f.size for f in run]),
            "pages": _where(doc, run),
            "font": font or "unknown font",
            "min_pt": f"{params.min_pt:g}",
        },
    )


def _monospace_hit(doc: Document, failures: list[_Failure], mono: measure.Monospace, params: Params) -> Hit:
    line = doc.lines[failures[0].line]
    where = _where(doc, failures)
    message = (
        f"Body text is set in the monospaced face {mono.font} at {mono.cpi:.1f} characters per inch {where}; "
        f"monospaced type may have no more than {params.allow_monospace_cpi:g} characters per inch"
    )
    return Hit(
        Span(line.span.start, line.span.end),
        {"what": "Body text", "what_is": "Body text is", "size": _size_text([f.size for f in failures]), "pages": where,
         "font": mono.font or "unknown font", "cpi": f"{mono.cpi:.1f}", "min_pt": f"{params.min_pt:g}"},
        message=message.replace("{", "{{").replace("}", "}}"),
    )
