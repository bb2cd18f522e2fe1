"""The document model: what extraction produces and checks read.

Everything here is an immutable value with no I/O. One coordinate convention
holds throughout: a ``BBox`` is ``(x0, top, x1, bottom)`` in PDF points with
the origin at the top-left corner of the page (pdfplumber's convention).

``Document.text`` is the whole text of the document. Every ``Line`` and
``Word`` carries a ``Span`` into it, so any offset maps back to a page, a
pleading line and a box (``Document.locate``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import NamedTuple

BBox = tuple[float, float, float, float]

#: Region labels (the scope vocabulary). Every line carries exactly one.
SCOPES = frozenset(
    {
        "caption",
        "title",
        "heading",
        "body",
        "footnote",
        "quote",
        "signature",
        "certificate",
        "toc",
        "header",
        "footer",
        "ecf-stamp",
        "line-numbers",
    }
)

#: Regions that are not part of the author's running text: page furniture
#: added by a word processor's template or by the court's CM/ECF system.
FURNITURE = frozenset({"header", "footer", "ecf-stamp", "line-numbers"})

#: What a document can offer to checks; a rule whose check kind needs a
#: feature the document lacks is skipped (see engine.select_rules).
#: "text" means the text of every page: a preview (``extract(...,
#: layout_pages=N)``) has the text of its first pages only, and lacks it.
FEATURES = frozenset({"text", "pages", "geometry", "fonts"})


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of offsets into ``Document.text``.

    A named tuple rather than a dataclass: documents hold hundreds of thousands
    of them, and tuples are the cheapest immutable value to build.
    """

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Word(NamedTuple):
    text: str
    span: Span
    bbox: BBox | None = None
    size: float | None = None  # font size in points
    font: str | None = None


_WORD = re.compile(r"\S+")


class LineWords(Sequence):
    """The words of a line that has no word geometry (text, DOCX), made when
    asked for: a Word and its Span cost some 150 bytes, and a 50 MB text file
    has eight million words that most runs never look at."""

    __slots__ = ("_text", "_start", "_size", "_font")

    def __init__(self, text: str, start: int, size: float | None = None, font: str | None = None):
        self._text, self._start, self._size, self._font = text, start, size, font

    def __iter__(self) -> Iterator[Word]:
        s = self._start
        for m in _WORD.finditer(self._text):
            yield Word(m.group(), Span(s + m.start(), s + m.end()), None, self._size, self._font)

    def _all(self) -> tuple[Word, ...]:
        return tuple(self)

    def __len__(self) -> int:
        return sum(1 for _ in _WORD.finditer(self._text))

    def __getitem__(self, index):
        return self._all()[index]

    def __bool__(self) -> bool:
        return _WORD.search(self._text) is not None

    def __eq__(self, other) -> bool:
        if isinstance(other, (tuple, LineWords)):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self):
        return (LineWords, (self._text, self._start, self._size, self._font))


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of text (a paragraph for formats without layout)."""

    text: str
    span: Span
    page: int | None  # 1-based; None for formats without pages
    region: str = "body"
    bbox: BBox | None = None
    pleading_line: int | None = None  # number printed beside it on pleading paper
    size: float | None = None  # dominant font size of the line, points
    font: str | None = None
    words: Sequence[Word] = ()  # a tuple, or LineWords for formats without word boxes
    bold: bool = False
    style: str | None = None  # DOCX paragraph style name

    def with_region(self, region: str) -> Line:
        if region not in SCOPES:
            raise ValueError(f"unknown region {region!r}")
        return Line(
            text=self.text,
            span=self.span,
            page=self.page,
            region=region,
            bbox=self.bbox,
            pleading_line=self.pleading_line,
            size=self.size,
            font=self.font,
            words=self.words,
            bold=self.bold,
            style=self.style,
        )


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: float  # points
    height: float
    span: Span  # this page's share of Document.text
    first_line: int  # index into Document.lines
    line_count: int
    has_text: bool | None = True  # False: an image with no text layer; None: not read (a preview)
    pleading_numbers: tuple[tuple[int, BBox], ...] = ()  # margin numbers found, in page order


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is. ``line`` and ``column`` are 1-based in Document.text."""

    start: int
    end: int
    line: int
    column: int
    page: int | None = None
    pleading_line: int | None = None
    bbox: BBox | None = None
    end_line: int | None = None  # 1-based, of the span's last character
    end_column: int | None = None  # 1-based, just past the span's last character

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "pleading_line": self.pleading_line,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
        }


@dataclass(frozen=True)
class Document:
    """A whole extracted document. Build one with ``courtlint.extract``."""

    path: str
    format: str  # "pdf" | "docx" | "text"
    text: str
    lines: tuple[Line, ...]
    pages: tuple[Page, ...] = ()
    features: frozenset[str] = frozenset({"text"})
    meta: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    problems: tuple[tuple[str, str], ...] = ()  # (code, message) noticed while reading
    source: str | bytes | None = field(default=None, repr=False, compare=False)  # for lazy views

    def cached(self, key: str, compute):
        """``compute(self)`` once per document; later calls return the same value.

        For expensive views that only some checks need (vector paths under
        text, per-glyph fonts): the extraction layer supplies ``compute``, which
        may reopen ``source``; the Document itself stays immutable.
        """
        views = self.__dict__.setdefault("_views", {})
        if key not in views:
            views[key] = compute(self)
        return views[key]

    # ---- derived views (computed once, on first use) -------------------------

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.span.start for line in self.lines]

    @cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    @cached_property
    def regions(self) -> Mapping[str, tuple[Span, ...]]:
        """Region name -> spans of the lines labelled with it, in text order."""
        out: dict[str, list[Span]] = {}
        for line in self.lines:
            out.setdefault(line.region, []).append(line.span)
        return MappingProxyType({k: tuple(v) for k, v in out.items()})

    @cached_property
    def has_text(self) -> bool:
        return any(not c.isspace() for c in self.text)

    def line_index_at(self, offset: int) -> int | None:
        """Index into ``lines`` of the line holding ``offset`` (or just before it)."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i if i >= 0 else None

    def line_at(self, offset: int) -> Line | None:
        i = self.line_index_at(offset)
        return None if i is None else self.lines[i]

    def page_lines(self, number: int) -> tuple[Line, ...]:
        """Lines of page ``number`` (1-based)."""
        page = self.pages[number - 1]
        return self.lines[page.first_line : page.first_line + page.line_count]

    def lines_in(self, span: Span) -> Iterator[Line]:
        i = self.line_index_at(span.start) or 0
        for line in self.lines[i:]:
            if line.span.start >= span.end and line.span.start > span.start:
                break
            if line.span.end >= span.start:
                yield line

    def scoped_text(self, scopes: Iterable[str] | None) -> str:
        """``text`` with every character outside ``scopes`` blanked to a space.

        Offsets are unchanged, so a match in the result is a match in ``text``;
        a sentence that runs across a page break still reads as one, because the
        footer and stamp between its halves become whitespace.
        """
        if scopes is None:
            return self.text
        key = frozenset(scopes)
        return self.cached(f"scoped:{sorted(key)}", lambda doc: doc._mask_outside(key))

    def _mask_outside(self, scopes: frozenset[str]) -> str:
        parts: list[str] = []
        pos = 0
        for line in self.lines:
            if line.region in scopes:
                continue
            s, e = line.span.start, line.span.end
            parts.append(self.text[pos:s])
            parts.append(" " * (e - s))
            pos = e
        parts.append(self.text[pos:])
        return "".join(parts)

    @property
    def laid_out_pages(self) -> int:
        """How many leading pages have their text here (all of them unless this is a preview)."""
        return int(self.meta.get("laid_out_pages", len(self.pages)))

    def locate_on_page(self, number: int, bbox: BBox | None = None) -> Location:
        """A place known by page and box only (a page a preview did not lay out).

        Its offsets are the page's (empty) share of ``text``; page and box are what a reader needs.
        """
        start = self.pages[number - 1].span.start
        at = self.locate(Span(start, start))
        return Location(start, start, at.line, at.column, page=number, bbox=bbox, end_line=at.line, end_column=at.column)

    def locate(self, span: Span) -> Location:
        """Page, pleading line, box and line:column of a span of ``text``."""
        nl = self._newlines
        row = bisect.bisect_left(nl, span.start)
        col_base = nl[row - 1] + 1 if row else 0
        page = pleading = None
        boxes: list[BBox] = []
        first = True
        for line in self.lines_in(span):
            if first:
                page, pleading = line.page, line.pleading_line
                first = False
            if line.page != page:
                break
            if line.bbox is None:
                continue
            words = [w for w in line.words if w.bbox and w.span.overlaps(span)]
            boxes.extend(w.bbox for w in words) if words else boxes.append(line.bbox)
        bbox = None
        if boxes:
            bbox = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        end_row = bisect.bisect_left(nl, span.end)
        end_base = nl[end_row - 1] + 1 if end_row else 0
        return Location(
            start=span.start,
            end=span.end,
            line=row + 1,
            column=span.start - col_base + 1,
            end_line=end_row + 1,
            end_column=span.end - end_base + 1,
            page=page,
            pleading_line=pleading,
            bbox=bbox,
        )
