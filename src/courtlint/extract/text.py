"""Plain text and Markdown: one Line per line of the file, no geometry.

A text copy of a pleading often keeps the margin numbers at the start of each
line ("12  Plaintiff moves..."); when most non-blank lines start that way the
numbers are taken off into ``pleading_line``, as on a PDF.
"""

from __future__ import annotations

import re

from ._build import DocumentBuilder, RawLine

_TEXT_FEATURES = frozenset({"text"})
#: A pleading-paper line number at the start of a row, as text extraction prints
#: it: with a gutter of two spaces or a tab, or with one space when the numbers
#: run in sequence (1, 2, 3 ... restarting at 1 on each page).
_GUTTERED = re.compile(r"^\s{0,3}(\d{1,2})(?:\s{2,}|\t|\s*$)")
_NUMBER_FIRST = re.compile(r"^\s{0,3}(\d{1,2})(?: |$)")


def extract_text(text: str, name: str) -> "Document":  # noqa: F821
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u00ad", "")  # soft hyphens are invisible: "con\u00adfidential" is "confidential"
    rows = text.split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    numbers = _pleading_numbers(rows)
    builder = DocumentBuilder(name, "text", _TEXT_FEATURES)
    for row, number in zip(rows, numbers):
        pleading = None
        if number is not None:
            pleading, row = number
        builder.add_line(RawLine(text=row.rstrip(), pleading_line=pleading, words=None))
    return builder.build()


def _pleading_numbers(rows: list[str]) -> list[tuple[int, str] | None]:
    """Per row, its pleading line number and the row without it; all None when
    the text is not on numbered pleading paper."""
    found: list[tuple[int, str] | None] = []
    expected = None
    for row in rows:
        found.append(None)
        guttered = _GUTTERED.match(row)
        m = guttered or _NUMBER_FIRST.match(row)
        if not m or not 1 <= (n := int(m.group(1))) <= 28:
            continue
        # One space is also how a sentence starts with a number ("12 months"),
        # so a number set off by one space counts only where the sequence is due.
        if guttered or n == 1 or n == expected or (expected is not None and n == expected + 1):
            found[-1] = (n, row[m.end():])
            expected = n + 1
    nonblank = sum(1 for r in rows if r.strip())
    hits = [f for f in found if f is not None]
    if nonblank < 10 or len(hits) < 10 or len(hits) < 0.8 * nonblank:
        return [None] * len(rows)
    return found
