"""Assemble a ``Document`` from extracted lines, assigning spans as it goes.

Every extractor produces ``RawLine``s (text plus whatever geometry and font
facts its format has); this module is the one place that lays them out into
``Document.text`` and computes the offsets, so offsets mean the same thing for
PDF, DOCX and plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from ..model import BBox, Document, Line, Page, Span, Word


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
    words: list[RawWord] = field(default_factory=list)
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

    def _add_line(self, raw: RawLine, page: int | None) -> None:
        text = raw.text
        start = self._pos
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
        return Document(
            source=source,
            path=self.path,
            format=self.format,
            text="".join(self._parts),
            lines=tuple(self._lines),
            pages=tuple(self._pages),
            features=self.features,
            meta=MappingProxyType(dict(meta or {})),
            problems=tuple(problems),
        )


_WORD = re.compile(r"\S+")


def split_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) for each whitespace-separated word of ``text``."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text)]
