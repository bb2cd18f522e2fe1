"""Headings, paragraphs and sentences of a document's running text.

The sentence-level (``clause``) and section-level (``heading``) check kinds
read the same structure, computed once per document and scope:

* a *heading* is a short line that looks like one: set in capitals, bold, in
  a DOCX heading style, or numbered/lettered and in title case
  ("B. GOOD CAUSE STATEMENT", "1.2 Good Cause Statement");
* a *section* runs from one heading to the next;
* a *paragraph* is a run of lines between headings and blank lines; a line
  that opens with a numbering label ("6.2", "(a)") after a line that ended a
  sentence starts a new one (after "means:" or "; and" it continues a list);
  a DOCX paragraph is one line;
* *sentences* are split inside a paragraph by a regex that knows the
  abbreviations of legal citations ("Fed. R. Civ. P. 26(c)", "L.R. 79-5"),
  so a citation never ends a sentence.

Plain-text filings are often hard-wrapped, so a sentence may span lines; every
span is an offset range into ``Document.text``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..lazy_pattern import lazy
from ..model import Document, Line, Span

#: Abbreviations after which a period does not end a sentence. The same list
#: feeds spaCy's tokenizer (checks.clause), so both splitters agree.
ABBREVIATIONS = (
    "Fed.", "Civ.", "Crim.", "Evid.", "App.", "Bankr.", "Cal.", "Cir.", "Ct.", "Dist.", "Supp.",
    "No.", "Nos.", "Dkt.", "Doc.", "Ex.", "Exh.", "Decl.", "Para.", "para.", "Sec.", "sec.", "Art.",
    "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Assn.", "Ass'n.", "Gov't.", "Dep't.", "Mag.",
    "Mr.", "Ms.", "Mrs.", "Dr.", "Jr.", "Sr.", "Hon.", "v.", "vs.", "e.g.", "i.e.", "cf.", "Id.", "id.",
    "L.R.", "U.S.", "U.S.C.", "C.F.R.", "N.D.", "C.D.", "S.D.", "E.D.", "Stat.", "Reg.", "approx.",
)
_ABBREV_SET = frozenset(a.lower() for a in ABBREVIATIONS)

#: A numbering label at the start of a heading or paragraph:
#: "B.", "II.", "6.", "1.2", "1.2.", "(a)", "(iv)", "A)", "Section 3.", "§ 4".
LABEL = lazy(
    r"""^\s*(?:
        (?:Section|Article|Part|Paragraph)\s+[0-9IVXLC]+(?:\.\d+)*[.:]?
      | §+\s*\d+(?:\.\d+)*\.?
      | \d{1,2}(?:\.\d{1,2})+\.?
      | [IVXLC]{1,6}\.[A-Z](?:\.\d{1,2})*\.?
      | (?:\d{1,2}|[A-Z]|[IVXLC]{1,6})[.)]
      | \(\s*(?:\d{1,2}|[a-zA-Z]|[ivxlc]{1,6})\s*\)
    )(?=\s|$)\s*""",
    regex.VERBOSE,
)

_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with without under upon re vs v".split()
)
_WORD = lazy(r"[\p{L}][\p{L}'’\-]*")
# A sentence ends at . ! ? (maybe closed by a quote or bracket) followed by
# space and something that can open a sentence.
_SENTENCE_END = lazy(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])""")
_LAST_WORD = lazy(r"(\S+)$")
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


#: A pleading-paper line number left at the start of a line ("12   B. GOOD CAUSE"),
#: or a bare section number before capitals ("4 CONFIDENTIAL INFORMATION").
_BARE_NUMBER = lazy(r"^\s*\d{1,2}\s+(?=\S)")


def split_label(text: str) -> tuple[str, str]:
    """("1.2", "Good Cause Statement") from "1.2 Good Cause Statement"; also
    outline labels stacked after a line number or each other ("12 B.", "1. A.")."""
    labels, rest = [], text
    bare = _BARE_NUMBER.match(rest)
    if bare and (LABEL.match(rest[bare.end():]) or rest[bare.end():][:2].isupper()):
        labels.append(bare.group(0).strip())
        rest = rest[bare.end():]
    for _ in range(2):
        m = LABEL.match(rest)
        if not m:
            break
        labels.append(m.group(0).strip())
        rest = rest[m.end():]
    return " ".join(labels), " ".join(rest.split())


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


def outline(doc: Document, scope: Iterable[str], max_words: int = 12) -> Outline:
    """The headings and paragraphs of ``doc`` within ``scope`` (computed once)."""
    scope_key = frozenset(scope)
    key = f"outline:{sorted(scope_key)}:{max_words}"
    return doc.cached(key, lambda d: _build_outline(d, scope_key, max_words))


def _build_outline(doc: Document, scope: frozenset[str], max_words: int) -> Outline:
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


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans of ``text[span.start:span.end]`` (trimmed of whitespace)."""
    out: list[Span] = []
    pos = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        word = _LAST_WORD.search(text, pos, m.start() + 1)
        token = word.group(1).lstrip("(\"'“‘[").lower() if word else ""
        if token in _ABBREV_SET or regex.fullmatch(r"\p{Lu}\.", token, regex.IGNORECASE):
            continue  # "Fed. R.", "P. 26(c)", "J. Smith": an abbreviation or initial
        _append_trimmed(out, text, pos, m.end())
        pos = m.end()
    _append_trimmed(out, text, pos, span.end)
    return out


def _append_trimmed(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def sentences(doc: Document, scope: Iterable[str], max_words: int = 12) -> list[Span]:
    """Every sentence of every paragraph in ``scope``, in text order."""
    text = doc.scoped_text(scope)
    found: list[Span] = []
    for paragraph in outline(doc, scope, max_words).paragraphs:
        found.extend(split_sentences(text, paragraph))
    return found
