"""Require a heading, and optionally a substantial section under it.

A heading is a heading-like line (short; set in capitals, bold, a DOCX heading
style, or numbered/lettered in title case; see ``structure.outline``) whose words,
after any numbering label ("B.", "II.", "1.2"), match ``pattern`` in full. A
heading run into its paragraph in capitals ("B. GOOD CAUSE STATEMENT. This
action...") also counts.

When no heading is found, the hit is document-level and carries the rule's
own message and severity. When headings are found but none has an adequate
section, the hit covers the first heading and its section, with
``section_severity`` and ``section_message``.

A section is judged on the words that are its *own*: words covered by a word
trigram of any ``boilerplate`` fingerprint are set aside first, so a template
paragraph pasted in unchanged counts for nothing while a case-specific
statement that quotes a template phrase keeps its specific words. The section
is inadequate when

* the share of its words covered by boilerplate is at least ``similarity``;
* fewer than ``min_words`` of its own words remain; or
* a ``must_mention`` expression finds nothing in its own words.

Message placeholders for section hits: ``{heading}``, ``{reasons}`` (the
failed tests, joined with "; "), ``{words}`` (own words), ``{similarity}``
(boilerplate share, percent).

Params:
    pattern: Regular expression the heading's words must match in full.
    scope: Regions to read; default: everything but page furniture.
    max_words: Longest line, in words, that can be a heading (default 12).
    min_words: Fewest own words the section needs (default 0: no test).
    must_mention: Mapping of a description ("the harm disclosure would
        cause") to a regular expression; each must match the section's own
        words, and the description names what is missing in ``{reasons}``.
    boilerplate: Template texts (or their distinctive phrases) whose words do
        not count as the section's own.
    similarity: Boilerplate share, 0-1, at or above which a section is
        generic whatever else it says (default 0.8).
    section_severity: Severity of a section hit: error, warning or info
        (default warning).
    section_message: Message of a section hit.
    ignore_case: Match ``pattern`` and ``must_mention`` case-insensitively
        (default true).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import regex

from ..findings import Hit, Severity
from ..lazy_pattern import lazy
from ..model import Span
from ..recognise.section_labels import LABEL
from ..structure import Structure
from ..structure.outline import Heading, Outline
from ._text import AUTHORED, check_scopes, compile_pattern

NEEDS = frozenset({"text"})

_WORD = lazy(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_CAPS_RUN_IN = r"(?P<words>[^a-z\n]{3,}?)\s*[.:\u2013\u2014-]\s+(?=\S)"


@dataclass(frozen=True, kw_only=True)
class Params:
    pattern: str
    scope: tuple[str, ...] = AUTHORED
    max_words: int = 12
    min_words: int = 0
    must_mention: Mapping[str, str] = field(default_factory=dict)
    boilerplate: tuple[str, ...] = ()
    similarity: float = 0.8
    section_severity: str = "warning"
    section_message: str = "The section under {heading} is too thin: {reasons}"
    ignore_case: bool = True

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "_re", compile_pattern(self.pattern, "pattern", self.ignore_case))
        if not isinstance(self.must_mention, Mapping):
            raise ValueError("must_mention: expected a mapping of description to regular expression")
        mentions = {
            str(name): compile_pattern(str(expr), f"must_mention.{name}", self.ignore_case)
            for name, expr in self.must_mention.items()
        }
        set_(self, "must_mention", MappingProxyType(dict(self.must_mention)))
        set_(self, "_mentions", MappingProxyType(mentions))
        set_(self, "_fingerprint", frozenset(t for text in self.boilerplate for t in _trigrams(_words(text))))
        set_(self, "_section_severity", Severity(self.section_severity))
        if not 0 < self.similarity <= 1:
            raise ValueError("similarity: must be in (0, 1]")
        if self.min_words < 0 or self.max_words < 1:
            raise ValueError("min_words must be >= 0 and max_words >= 1")
        check_scopes(self.scope)


def check(doc, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    text = doc.scoped_text(params.scope)
    shape = structure.outline(params.scope, params.max_words)
    found = [(h, shape.section_after(h)) for h in shape.headings if params._re.fullmatch(_bare(h.title))]
    found.extend(_run_in_headings(doc, params, shape))
    if not found:
        yield Hit(None, {"pattern": params.pattern})
        return
    if not (params.min_words or params._mentions or params._fingerprint):
        return
    found.sort(key=lambda item: item[0].span.start)
    verdicts = [(heading, section, _judge(params, text, section)) for heading, section in found]
    if any(not reasons for _, _, (reasons, _, _) in verdicts):
        return
    heading, section, (reasons, own_words, share) = verdicts[0]
    args = {
        "heading": heading.title,
        "reasons": "; ".join(reasons),
        "words": own_words,
        "similarity": round(100 * share),
    }
    yield Hit(
        Span(heading.span.start, max(heading.span.end, section.end)),
        args,
        severity=params._section_severity,
        message=params.section_message,
    )


def _bare(title: str) -> str:
    """Heading words without trailing punctuation or surrounding quotes."""
    return title.strip().strip("\"'“”‘’").rstrip(".:;—–- ").strip()


def _run_in_headings(doc, params: Params, shape: Outline) -> list[tuple[Heading, Span]]:
    """Capitalised headings that open a paragraph line: "B. GOOD CAUSE STATEMENT. This ..."."""
    found = []
    for line in doc.lines:
        if line.region not in params.scope:
            continue
        label = LABEL.match(line.text)
        at = label.end() if label else 0
        m = regex.match(_CAPS_RUN_IN, line.text[at:])
        if not m or not params._re.fullmatch(_bare(m.group("words"))):
            continue
        start = line.span.start
        heading = Heading(
            Span(start, start + at + m.end("words")),
            label.group(0).strip() if label else "",
            _bare(m.group("words")),
        )
        section_end = shape.section_of(line.span.start)[1].end
        found.append((heading, Span(start + at + m.end(), max(start + at + m.end(), section_end))))
    return found


def _judge(params: Params, text: str, section: Span) -> tuple[list[str], int, float]:
    """(reasons the section is inadequate, its own word count, boilerplate share)."""
    own, words, share = _own_text(params, text, section)
    reasons = []
    if words and share >= params.similarity:
        reasons.append(f"{round(100 * share)}% of it is template language")
    own_count = len(_WORD.findall(own))
    if own_count < params.min_words:
        reasons.append(f"only {own_count} words of its own (at least {params.min_words} expected)")
    for name, pattern in params._mentions.items():
        if not pattern.search(own):
            reasons.append(f"nothing about {name}")
    return reasons, own_count, share


def _own_text(params: Params, text: str, section: Span) -> tuple[str, int, float]:
    """The section's text with boilerplate-covered words blanked, its word
    count, and the share of words covered."""
    matches = list(_WORD.finditer(text, section.start, section.end))
    if not matches:
        return "", 0, 0.0
    lowered = [m.group(0).lower() for m in matches]
    covered = [False] * len(matches)
    if params._fingerprint:
        for i in range(len(lowered) - 2):
            if tuple(lowered[i : i + 3]) in params._fingerprint:
                covered[i] = covered[i + 1] = covered[i + 2] = True
    pieces = []
    pos = section.start
    for m, is_covered in zip(matches, covered):
        if is_covered:
            pieces.append(text[pos : m.start()])
            pieces.append(" " * (m.end() - m.start()))
            pos = m.end()
    pieces.append(text[pos : section.end])
    return "".join(pieces), len(matches), sum(covered) / len(matches)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _trigrams(words: list[str]) -> Iterator[tuple[str, str, str]]:
    return (tuple(words[i : i + 3]) for i in range(len(words) - 2))
