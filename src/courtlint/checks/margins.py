"""Margins: running text stays inside the text area of the page.

Measured on lines of running text only: lines at the page's body size (at
least 80% of it) with ten or more characters of their own, outside page
furniture. Margin clutter that real filings carry (a firm's name printed
small in the corner, OCR fragments of a rotated sidebar, a Bates or document
number) is never running text, so it is never measured. A page fails when at
least ``min_lines`` such lines cross a limit; one hit per run of failing pages.

PDF limits:
    clear_of_line_numbers: on pleading paper, text must start to the right
        of the margin line numbers (by at least ``gap_pt``), not over them.
    min_left_in, min_right_in, min_top_in, min_bottom_in: distance from the
        page edge, in inches (None: not checked).

DOCX: the page setup's margins (``meta["page_setup"]``) against the ``min_*_in`` limits.

Params: the limits above, ``gap_pt`` (default 2), ``min_lines`` (default 3),
``pages`` (``main`` or ``all``).

Hit args: ``pages`` ("on pages 3-4"), ``where`` ("over the margin line
numbers", "0.31 in from the left edge"), ``side``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass

from .. import measure
from ..findings import Hit
from ..model import Document
from ._params import PAGE_SCOPES, require_choice

NEEDS = frozenset({"fonts"})  # laid-out formats: PDF pages, or a DOCX's page setup

_SIDES = ("left", "right", "top", "bottom")


@dataclass(frozen=True, kw_only=True)
class Params:
    clear_of_line_numbers: bool = False
    min_left_in: float | None = None
    min_right_in: float | None = None
    min_top_in: float | None = None
    min_bottom_in: float | None = None
    gap_pt: float = 2.0
    min_lines: int = 3
    pages: str = "main"

    def __post_init__(self) -> None:
        require_choice("pages", self.pages, PAGE_SCOPES)
        if not self.clear_of_line_numbers and all(self._limit(s) is None for s in _SIDES):
            raise ValueError("set clear_of_line_numbers or at least one min_*_in limit")

    def _limit(self, side: str) -> float | None:
        return getattr(self, f"min_{side}_in")


@dataclass(frozen=True, slots=True)
class _Failure:
    page: int
    side: str
    where: str
    line: int  # index into Document.lines


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if doc.format == "docx":
        yield from _docx(doc, params)
        return
    pages = measure.pages_in_scope(doc, params.pages)
    failures = [f for n in pages for f in _page_failures(doc, n, params)]
    for side in ("line-numbers", *_SIDES):
        mine = [f for f in failures if f.side == side]
        for first, last in measure.page_runs(f.page for f in mine):
            run = [f for f in mine if first <= f.page <= last]
            where = measure.pages_text([f.page for f in run]).replace("page", "on page", 1)
            span = doc.lines[run[0].line].span
            yield Hit(span, {"pages": where, "where": run[0].where, "side": side})


def _running_lines(doc: Document, number: int) -> list[measure.TextLine]:
    lines = measure.text_lines(doc, number)
    body = measure.page_body_size(doc, number)
    if body is None:
        return []
    return [t for t in lines if t.chars >= 10 and t.size >= 0.8 * body.size]


def _page_failures(doc: Document, number: int, params: Params) -> list[_Failure]:
    lines = _running_lines(doc, number)
    page = doc.pages[number - 1]
    out: list[_Failure] = []
    if params.clear_of_line_numbers and page.pleading_numbers:
        column = statistics.median(b[2] for _, b in page.pleading_numbers)
        over = [t for t in lines if t.bbox[0] < column + params.gap_pt]
        if len(over) >= params.min_lines:
            out.append(_Failure(number, "line-numbers", "over the margin line numbers", over[0].index))
    edges = {
        "left": lambda t: t.bbox[0],
        "right": lambda t: page.width - t.bbox[2],
        "top": lambda t: t.bbox[1],
        "bottom": lambda t: page.height - t.bbox[3],
    }
    for side, distance in edges.items():
        limit = params._limit(side)
        if limit is None:
            continue
        close = [t for t in lines if distance(t) < limit * 72]
        if len(close) >= params.min_lines:
            nearest = min(distance(t) for t in close)
            out.append(_Failure(number, side, f"{max(nearest, 0) / 72:.2f} in from the {side} edge", close[0].index))
    return out


def _docx(doc: Document, params: Params) -> Iterator[Hit]:
    setup = doc.meta.get("page_setup")
    if not isinstance(setup, dict):
        return
    for side in _SIDES:
        limit = params._limit(side)
        value = setup.get(f"margin_{side}_pt")
        if limit is not None and isinstance(value, (int, float)) and value < limit * 72 - 0.5:
            span = doc.lines[0].span if doc.lines else None
            yield Hit(span, {"pages": "in the page setup", "where": f"{value / 72:.2f} in from the {side} edge",
                             "side": side})
