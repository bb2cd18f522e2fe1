"""Plain text and Markdown: one Line per line of the file, no geometry.

A text copy of a pleading often keeps the margin numbers at the start of each
line ("12  Plaintiff moves..."); when most non-blank lines start that way the
numbers are taken off into ``pleading_line``, as on a PDF.
"""

from __future__ import annotations

import re

from ._build import DocumentBuilder, RawLine, RawWord, split_words

_TEXT_FEATURES = frozenset({"text"})
_NUMBERED = re.compile(r"^\s{0,3}(\d{1,2})(?:\s{2,}|\t|\s*$)")


def extract_text(text: str, name: str) -> "Document":  # noqa: F821
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    rows = text.split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    numbered = _is_numbered(rows)
    builder = DocumentBuilder(name, "text", _TEXT_FEATURES)
    for row in rows:
        pleading = None
        if numbered:
            m = _NUMBERED.match(row)
            if m and 1 <= int(m.group(1)) <= 28:
                pleading = int(m.group(1))
                row = row[m.end():]
        row = row.rstrip()
        words = [RawWord(w, off) for off, w in split_words(row)]
        builder.add_line(RawLine(text=row, pleading_line=pleading, words=words))
    return builder.build()


def _is_numbered(rows: list[str]) -> bool:
    nonblank = [r for r in rows if r.strip()]
    if len(nonblank) < 10:
        return False
    hits = [int(m.group(1)) for r in nonblank if (m := _NUMBERED.match(r))]
    return len(hits) >= 0.8 * len(nonblank) and sum(1 for h in hits if 1 <= h <= 28) >= 10
