"""Require a table whose header row names given columns.

Judges' sealing charts and the proposed orders of both districts' sealing
rules are tables ("ECF No. | Document | Portion(s) to Seal | Reason(s)").
Prose that mentions documents, portions and reasons is not a table, so the
check looks for a *header row*: one visual row split into several short
cells, whose cells name the columns.

* On a laid-out page a row is the words that share a baseline, and a cell is
  a run of words with no wide gap inside it; on text without layout a row is
  a line, cut into cells at tabs, "|" or three or more spaces.
* A header cell is short (at most ``max_cell_words`` words). A header whose
  cells wrap onto a second row ("Portion(s) to" / "Seal") is read with the
  row below it joined cell by cell.
* Each column is matched to a different cell; a row is a header when it
  names at least ``min_columns`` columns.

``when`` limits the rule to papers whose text matches (a declaration filed
under Civil L.R. 79-5(f)(3)); which papers it reads is its ``applies_to``.

One document-level hit when no header row is found; placeholders
``{columns}`` (the column names) and ``{best}`` (the most columns any row
named).

Params:
    columns: Mapping of a column's name to a regular expression for its heading.
    min_columns: How many columns a header row must name (default: all).
    when: Regular expression the text must match for the rule to check.
    max_cell_words: Longest header cell, in words (default 8).
    ignore_case: Match case-insensitively (default true).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ..findings import Hit
from ..model import FURNITURE, Document
from ._gate import compile_optional
from ._text import AUTHORED, compile_pattern

NEEDS = frozenset({"text"})

_CELL_BREAK = re.compile(r"\t|\s*\|\s*|\s{3,}")
#: A gap between words wider than this many times the line height starts a new cell
#: (word spaces are about a quarter of it; cell padding and rules, more than one).
_CELL_GAP = 0.8


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    x0: float
    x1: float


@dataclass(frozen=True, kw_only=True)
class Params:
    columns: Mapping[str, str]
    min_columns: int = 0
    when: str | None = None
    max_cell_words: int = 8
    ignore_case: bool = True

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not isinstance(self.columns, Mapping) or len(self.columns) < 2:
            raise ValueError("columns: expected a mapping of at least two column names to regular expressions")
        set_(self, "columns", MappingProxyType({str(k): str(v) for k, v in self.columns.items()}))
        set_(
            self,
            "_columns",
            tuple(compile_pattern(v, f"columns.{k}", self.ignore_case) for k, v in self.columns.items()),
        )
        if not 0 <= self.min_columns <= len(self.columns):
            raise ValueError(f"min_columns: must be between 1 and {len(self.columns)} (0: all)")
        set_(self, "_when", compile_optional(self.when, "when", self.ignore_case))


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if params._when is not None and not params._when.search(doc.scoped_text(AUTHORED)):
        return
    needed = params.min_columns or len(params._columns)
    best = 0
    for candidate in header_candidates(doc, params.max_cell_words):
        best = max(best, named_columns(candidate, params._columns))
        if best >= needed:
            return
    yield Hit(None, {"columns": ", ".join(params.columns), "best": best})


def header_candidates(doc: Document, max_cell_words: int) -> Iterator[list[Cell]]:
    """Rows of at least two short cells, alone and joined with the short-celled row below."""
    rows = list(_rows(doc))
    for i, row in enumerate(rows):
        if not _header_like(row, max_cell_words):
            continue
        yield row
        if i + 1 < len(rows) and _header_like(rows[i + 1], max_cell_words, min_cells=1):
            yield _join(row, rows[i + 1])


def named_columns(cells: Sequence[Cell], columns: Sequence) -> int:
    """How many columns can be matched, each to a different cell (a small bipartite matching)."""
    options = [[j for j, cell in enumerate(cells) if col.search(cell.text)] for col in columns]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(columns)) if assign(i, set()))


def _header_like(row: Sequence[Cell], max_words: int, min_cells: int = 2) -> bool:
    return len(row) >= min_cells and all(len(c.text.split()) <= max_words for c in row)


def _join(upper: Sequence[Cell], lower: Sequence[Cell]) -> list[Cell]:
    """Cells of a header wrapped onto two rows, joined by horizontal overlap.

    A lower cell under no upper one is a header cell of its own: a short
    heading set at the foot of its cell beside wrapped neighbours.
    """
    def overlaps(a: Cell, b: Cell) -> bool:
        return min(a.x1, b.x1) > max(a.x0, b.x0)

    joined = [Cell(" ".join([cell.text, *(c.text for c in lower if overlaps(c, cell))]), cell.x0, cell.x1) for cell in upper]
    joined.extend(c for c in lower if not any(overlaps(c, cell) for cell in upper))
    return sorted(joined, key=lambda c: c.x0)


def _rows(doc: Document) -> Iterator[list[Cell]]:
    lines = [ln for ln in doc.lines if ln.region not in FURNITURE and ln.text.strip()]
    if not any(ln.bbox for ln in lines):
        for ln in lines:
            yield _text_cells(ln.text)
        return
    band: list = []
    for ln in sorted((ln for ln in lines if ln.bbox), key=lambda ln: (ln.page or 0, ln.bbox[1], ln.bbox[0])):
        if band and (ln.page != band[0].page or abs(ln.bbox[1] - band[0].bbox[1]) > 3):
            yield _layout_cells(band)
            band = []
        band.append(ln)
    if band:
        yield _layout_cells(band)


def _text_cells(text: str) -> list[Cell]:
    cells, pos = [], 0
    for m in _CELL_BREAK.finditer(text + "   "):
        piece = text[pos : m.start()]
        if piece.strip():
            start = pos + len(piece) - len(piece.lstrip())
            cells.append(Cell(piece.strip(), float(start), float(start + len(piece.strip()))))
        pos = m.end()
    return cells


def _layout_cells(band: Sequence) -> list[Cell]:
    """Words on one baseline, cut into cells at wide gaps."""
    words = sorted((w for ln in band for w in (ln.words or ()) if w.bbox), key=lambda w: w.bbox[0])
    if not words:
        return [Cell(ln.text.strip(), ln.bbox[0], ln.bbox[2]) for ln in band]
    height = max(w.bbox[3] - w.bbox[1] for w in words) or 10.0
    cells: list[Cell] = []
    current = [words[0]]
    for word in words[1:]:
        if word.bbox[0] - current[-1].bbox[2] > _CELL_GAP * height:
            cells.append(_cell(current))
            current = []
        current.append(word)
    cells.append(_cell(current))
    return cells


def _cell(words: Sequence) -> Cell:
    return Cell(" ".join(w.text for w in words), words[0].bbox[0], words[-1].bbox[2])
