"""Line spacing: double-spaced running text, lines per page, footnote spacing.

One hit per run of failing pages (a page that passes ends a run; a page
that cannot be judged does not), with what was measured.

Tests (``test``):

* ``double-spacing``: the median baseline-to-baseline distance of the page's
  prose lines (full-width lines at the body size, not block quotations,
  footnotes, headings or signature blocks) is at least ``min_ratio`` times
  the type size. On pleading paper a text line on every numbered line is
  double spacing whatever the type size (14-point type on 24-point numbered
  lines), so a gap of ``pitch_share`` of the margin numbers' pitch also passes.
  Tables of contents and authorities are not checked.
* ``lines-per-page``: at most ``max_lines`` lines of running text per page
  (lines in single-spaced blocks, which the rule exempts, are not counted).
* ``footnote-spacing``: the footnotes' baseline gap is at least ``min_ratio``
  times their size (judges who want footnotes double-spaced too).

Params:
    test: One of the tests above.
    min_ratio: double-spacing, footnote-spacing: smallest gap, in type sizes (default 1.9).
    pitch_share: double-spacing: on pleading paper, a gap of this share of
        the line-number pitch passes (default 0.9).
    max_lines: lines-per-page: most lines of running text allowed (default 28).
    min_gaps: double-spacing, footnote-spacing: a page is judged only on at
        least this many measured gaps (default 5; footnote-spacing: 2 is sensible).
    skip_first_page: leave out page 1, where the counsel block and the title,
        which the rules exempt, are single-spaced (default true).
    pages: ``main`` (the document proper, numbered pages on pleading paper) or ``all``.

Hit args: ``pages`` ("on pages 2-9"), ``page_list`` ("pages 2-9"), ``gap`` (points), ``size`` (points),
``ratio`` (gap / size), ``lines`` (most lines on a page in the run),
``max_lines``, ``min_ratio``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass

from .. import measure
from ..findings import Hit
from ..model import Document, Span
from ._params import PAGE_SCOPES, require_choice

NEEDS = frozenset({"geometry"})

_TESTS = ("double-spacing", "lines-per-page", "footnote-spacing")


@dataclass(frozen=True, kw_only=True)
class Params:
    test: str
    min_ratio: float = 1.9
    pitch_share: float = 0.9
    max_lines: int = 28
    min_gaps: int = 5
    skip_first_page: bool = True
    pages: str = "main"

    def __post_init__(self) -> None:
        require_choice("test", self.test, _TESTS)
        require_choice("pages", self.pages, PAGE_SCOPES)
        if self.min_ratio <= 1 or self.max_lines < 1 or self.min_gaps < 1:
            raise ValueError("min_ratio must be over 1; max_lines and min_gaps at least 1")


@dataclass(frozen=True, slots=True)
class _Failure:
    page: int
    gap: float | None
    size: float | None
    lines: int
    line: int  # index into Document.lines of the first measured line


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    pages = _pages(doc, params)
    judge = {"double-spacing": _double, "lines-per-page": _crowded, "footnote-spacing": _footnotes}[params.test]
    for run in measure.failing_runs((n, judge(doc, n, params)) for n in pages):
        yield _hit(doc, run, params)


def _pages(doc: Document, params: Params) -> list[int]:
    numbers = measure.pages_in_scope(doc, params.pages)
    return [n for n in numbers if n > 1 or not params.skip_first_page]


# Each judge returns a _Failure, measure.PASSED, or None when the page cannot be judged.


def _double(doc: Document, number: int, params: Params):
    s = measure.page_spacing(doc, number)
    if s.toc or s.gap is None or s.size is None or s.gaps < params.min_gaps:
        return None
    needed = params.min_ratio * s.size
    if s.pitch:
        needed = min(needed, params.pitch_share * s.pitch)
    if s.gap >= needed:
        return measure.PASSED
    return _Failure(number, s.gap, s.size, s.rows, _first_line(doc, number))


def _crowded(doc: Document, number: int, params: Params):
    s = measure.page_spacing(doc, number)
    if s.toc:
        return None
    if s.rows <= params.max_lines:
        return measure.PASSED
    return _Failure(number, s.gap, s.size, s.rows, _first_line(doc, number))


def _footnotes(doc: Document, number: int, params: Params):
    rough = measure.text_lines(doc, number)
    if not any(t.marker or t.size < (measure.page_spacing(doc, number).size or 0) - 0.5 for t in rough):
        return measure.PASSED  # no footnote in sight: no glyphs needed
    lines = measure.text_lines(doc, number, precise=True)
    notes = measure.footnote_lines(lines)
    if not notes or not notes[0].marker or measure.is_toc_page(lines):
        return None  # only a block that opens with a footnote marker is surely footnotes
    baselines = sorted({round(t.baseline, 1) for t in notes})
    gaps = [b - a for a, b in zip(baselines, baselines[1:]) if b - a > 2]
    if len(gaps) < params.min_gaps:
        return None
    gap = statistics.median(gaps)
    size = statistics.median(t.size for t in notes)
    if gap >= params.min_ratio * size:
        return measure.PASSED
    return _Failure(number, round(gap, 2), size, len(baselines), notes[0].index)


def _first_line(doc: Document, number: int) -> int:
    lines = measure.text_lines(doc, number)
    return lines[0].index if lines else doc.pages[number - 1].first_line


def _hit(doc: Document, run: list[_Failure], params: Params) -> Hit:
    page_list = measure.pages_text(f.page for f in run)
    gaps = [f.gap for f in run if f.gap is not None]
    sizes = [f.size for f in run if f.size is not None]
    gap = statistics.median(gaps) if gaps else None
    size = statistics.median(sizes) if sizes else None
    line = doc.lines[run[0].line]
    return Hit(
        Span(line.span.start, line.span.end),
        {
            "pages": f"on {page_list}",
            "page_list": page_list,
            "gap": f"{gap:.1f}" if gap is not None else "?",
            "size": f"{size:.1f}" if size is not None else "?",
            "ratio": f"{gap / size:.2f}" if gap and size else "?",
            "lines": max(f.lines for f in run),
            "max_lines": params.max_lines,
            "min_ratio": f"{params.min_ratio:g}",
        },
    )
