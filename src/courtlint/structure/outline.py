"""The outline of a document's running text: its headings and paragraphs.

* a *heading* is a short line that looks like one: set in capitals, bold, in
  a DOCX heading style, or numbered/lettered and in title case
  ("B. GOOD CAUSE STATEMENT", "1.2 Good Cause Statement", "12 B. ..." with a
  pleading number left in);
* a *section* runs from one heading to the next;
* a *paragraph* is a run of lines between headings and blank lines; a line
  that opens with a numbering label ("6.2", "(a)") after a line that ended a
  sentence starts a new one (after "means:" or "; and" it continues a list);
  a DOCX paragraph is one line.

Every span is an offset range into ``Document.text``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..lazy_pattern import lazy
from ..model import Document, Line, Span
from ..recognise.section_labels import LABEL, split_label

_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with without under upon re vs v".split()
)
_WORD = lazy(r"[\p{L}][\p{L}'’\-]*")
_RUN_ON = lazy(r"[.:;]\s+\S")
_ENDS_SENTENCE = lazy(r"""[.!?]["'”’)\]]*$""")


@dataclass(frozen=True, slots=True)
class Heading:
    span: Span  # the heading's line (or, run in, the heading words)
    label: str  # "B." / "1.2" / "" (no label)
    title: str  # the words after the label, stripped


@dataclass(frozen=True, slots=True)
class Outline:
    """Headings and paragraphs of a document within a scope."""

    headings: tuple[Heading, ...]
    paragraphs: tuple[Span, ...]
    end: int  # length of the text
    heading_starts: tuple[int, ...] = ()
    paragraph_starts: tuple[int, ...] = ()

    def section_of(self, offset: int) -> tuple[Heading | None, Span]:
        """The heading above ``offset`` (None before the first) and its section's span."""
        i = bisect.bisect_right(self.heading_starts, offset) - 1
        heading = self.headings[i] if i >= 0 else None
        start = heading.span.end if heading else 0
        stop = self.headings[i + 1].span.start if i + 1 < len(self.headings) else self.end
        return heading, Span(start, max(start, stop))

    def section_after(self, heading: Heading) -> Span:
        """The text from the end of ``heading`` to the next heading."""
        return self.section_of(heading.span.start)[1]

    def paragraph_of(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None


def looks_like_heading(line: Line, max_words: int = 12) -> bool:
    """True when ``line`` is short and styled or numbered like a heading."""
    text = line.text.strip()
    if not text or line.region in ("footnote", "quote", "signature"):
        return False
    if line.region in ("heading", "title") or (line.style or "").lower().startswith(("heading", "title")):
        return True
    label, title = split_label(text)
    words = _WORD.findall(title)
    if not words or len(words) > max_words or title.endswith((",", ";")):
        return False
    if _RUN_ON.search(title):
        return False  # "6.1 Timing of Challenges. Any Party may": a paragraph's first line
    letters = [c for c in title if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return True
    if line.bold and (not title.endswith((".", ":")) or len(words) <= 6):
        return True
    if label and not label.startswith("("):
        capitalised = [w for w in words if w.lower() not in _SMALL_WORDS]
        return bool(capitalised) and all(w[0].isupper() for w in capitalised)
    return False


def build_outline(doc: Document, scope: frozenset[str], max_words: int = 12) -> Outline:
    """The headings and paragraphs of ``doc`` within ``scope`` (``Structure.outline`` keeps it)."""
    headings: list[Heading] = []
    paragraphs: list[Span] = []
    one_line_paragraphs = doc.format == "docx"  # a DOCX line is a whole paragraph
    start = end = None
    ends_sentence = True  # did the previous paragraph line end a sentence?

    def close() -> None:
        nonlocal start, end
        if start is not None:
            paragraphs.append(Span(start, end))
        start = end = None

    for line in doc.lines:
        if line.region not in scope:
            continue
        text = line.text.strip()
        if not text:
            close()
            continue
        if looks_like_heading(line, max_words):
            close()
            label, title = split_label(text)
            headings.append(Heading(line.span, label, title))
            continue
        if start is not None and (one_line_paragraphs or (LABEL.match(line.text) and ends_sentence)):
            close()
        if start is None:
            start = line.span.start
        end = line.span.end
        ends_sentence = bool(_ENDS_SENTENCE.search(text))
    close()
    return Outline(
        headings=tuple(headings),
        paragraphs=tuple(paragraphs),
        end=len(doc.text),
        heading_starts=tuple(h.span.start for h in headings),
        paragraph_starts=tuple(p.start for p in paragraphs),
    )
