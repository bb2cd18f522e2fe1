"""Assemble a ``Document`` from extracted lines, assigning spans as it goes.

Every extractor produces ``RawLine``s (text plus whatever geometry and font
facts its format has); this module is the one place that lays them out into
``Document.text`` and computes the offsets, so offsets mean the same thing for
PDF, DOCX and plain text.

A line longer than ``MAX_LINE_CHARS`` (a one-line text file of 50 MB, a DOCX
paragraph of a whole book) is wrapped at whitespace into several lines: every
heuristic that reads a line at a time (caption, headings, case numbers) then
does bounded work per line. The whitespace at a wrap becomes the line break,
so offsets do not move; ``meta["wrapped_lines"]`` lists the lines that
continue the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from ..model import BBox, Document, Line, LineWords, Page, Span, Word

MAX_LINE_CHARS = 10_000
_SPACE = re.compile(r"\s")


@dataclass(slots=True)
class RawWord:
    text: str
    offset: int  # start within the line's text
    bbox: BBox | None = None
    size: float | None = None
    font: str | None = None


@dataclass(slots=True)
class RawLine:
    text: str
    region: str = "body"
    bbox: BBox | None = None
    pleading_line: int | None = None
    size: float | None = None
    font: str | None = None
    #: None: the words are the line's whitespace-separated pieces, with its size
    #: and font and no boxes (text, DOCX); made only when a check asks.
    words: list[RawWord] | None = field(default_factory=list)
    bold: bool = False
    style: str | None = None


@dataclass(slots=True)
class RawPage:
    width: float
    height: float
    lines: list[RawLine]
    has_text: bool | None = True  # None: not read (a preview)
    pleading_numbers: tuple[tuple[int, BBox], ...] = ()


class DocumentBuilder:
    """Collects pages (or bare lines) and returns one immutable Document."""

    def __init__(self, path: str, fmt: str, features: frozenset[str]):
        self.path = path
        self.format = fmt
        self.features = features
        self._parts: list[str] = []
        self._pos = 0
        self._lines: list[Line] = []
        self._pages: list[Page] = []
        self._wrapped: list[int] = []

    @property
    def length(self) -> int:
        """Characters of text so far."""
        return self._pos

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def _add_line(self, raw: RawLine, page: int | None) -> None:
        pieces = wrap(raw) if len(raw.text) > MAX_LINE_CHARS else (raw,)
        for i, piece in enumerate(pieces):
            if i:
                self._wrapped.append(len(self._lines))
            self._add_one(piece, page)

    def _add_one(self, raw: RawLine, page: int | None) -> None:
        text = raw.text
        start = self._pos
        if raw.words is None:
            words = LineWords(text, start, raw.size, raw.font)
        else:
            words = tuple(
                Word(w.text, Span(start + w.offset, start + w.offset + len(w.text)), w.bbox, w.size, w.font)
                for w in raw.words
            )
        self._lines.append(
            Line(
                text=text,
                span=Span(start, start + len(text)),
                page=page,
                region=raw.region,
                bbox=raw.bbox,
                pleading_line=raw.pleading_line,
                size=raw.size,
                font=raw.font,
                words=words,
                bold=raw.bold,
                style=raw.style,
            )
        )
        self._parts.append(text)
        self._parts.append("\n")
        self._pos += len(text) + 1

    def add_line(self, raw: RawLine) -> None:
        self._add_line(raw, None)

    def add_page(self, raw: RawPage) -> None:
        number = len(self._pages) + 1
        first = len(self._lines)
        start = self._pos
        for line in raw.lines:
            self._add_line(line, number)
        self._pages.append(
            Page(
                number=number,
                width=raw.width,
                height=raw.height,
                span=Span(start, self._pos),
                first_line=first,
                line_count=len(self._lines) - first,
                has_text=raw.has_text,
                pleading_numbers=raw.pleading_numbers,
            )
        )

    def build(self, meta: dict | None = None, problems=(), source=None) -> Document:
        meta = dict(meta or {})
        if self._wrapped:
            meta["wrapped_lines"] = tuple(self._wrapped)
        return Document(
            source=source,
            path=self.path,
            format=self.format,
            text="".join(self._parts),
            lines=tuple(self._lines),
            pages=tuple(self._pages),
            features=self.features,
            meta=MappingProxyType(meta),
            problems=tuple(problems),
        )


_WORD = re.compile(r"\S+")


def wrap(raw: RawLine) -> list[RawLine]:
    """``raw`` cut at whitespace into lines of at most ``MAX_LINE_CHARS`` (a run
    without whitespace that is longer stays whole)."""
    text = raw.text
    cuts: list[int] = []
    start = 0
    while len(text) - start > MAX_LINE_CHARS:
        limit = start + MAX_LINE_CHARS
        cut = max(text.rfind(" ", start + 1, limit + 1), text.rfind("\t", start + 1, limit + 1))
        if cut < 0:
            m = _SPACE.search(text, limit)
            if m is None:
                break
            cut = m.start()
        cuts.append(cut)
        start = cut + 1
    out = []
    bounds = [-1, *cuts, len(text)]
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        a += 1
        words = None
        bbox = raw.bbox
        if raw.words is not None:
            words = [RawWord(w.text, w.offset - a, w.bbox, w.size, w.font) for w in raw.words if a <= w.offset < b]
            boxes = [w.bbox for w in words if w.bbox is not None]
            if boxes:
                bbox = (min(x[0] for x in boxes), min(x[1] for x in boxes),
                        max(x[2] for x in boxes), max(x[3] for x in boxes))
        out.append(RawLine(text[a:b], raw.region, bbox, raw.pleading_line if i == 0 else None,
                           raw.size, raw.font, words, raw.bold, raw.style))
    return out


def split_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) for each whitespace-separated word of ``text``."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text)]
