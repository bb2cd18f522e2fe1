"""Require named elements in a document, or in each of its sections.

Some papers must say several things, each in its own words: a sealing motion
states the legal standard, the injury disclosure would cause and why nothing
less than sealing will do; a joint discovery letter gives, for each issue in
dispute, each side's position and each side's proposed compromise; a joint
stipulation quotes each disputed request and its response. This kind checks
that every named *element* is there, and names the ones that are not.

* With ``split``, the document is cut into sections at each line that the
  expression matches (an issue heading, "REQUEST FOR PRODUCTION NO. 4:");
  the section runs to the next such line. Text before the first is a
  preamble and belongs to no section. When no line matches, the whole
  document is one section (``unsplit: whole``) or there is nothing to check
  (``unsplit: skip``).
* Without ``split``, the whole document is one section.
* An element is a regular expression, or a mapping with ``pattern`` and
  ``min_count`` (how many separate matches: "each side's position" is two
  position statements). Matches are counted in the section, its heading
  included. A ``forbid`` entry is the opposite: text the section must not
  contain (a notice of hearing on a motion the rules decide on the papers).
* Which papers a rule reads (a motion *to compel*) is its ``applies_to``;
  ``when`` limits it to documents whose text matches somewhere (a
  sealing request that leans on a protective order); ``unless`` excuses a
  document whose text matches anywhere (a 79-5(f) motion about another
  party's material).

One hit per section that lacks an element or holds a forbidden one; its
span is the section's heading line (document-level when the whole document
is the section). Message placeholders: ``{missing}`` (the missing elements'
names, joined with "; "), ``{found}`` (the forbidden ones found, each with
the words matched), ``{problems}`` (both: "no ..."; "... ('...')"),
``{section}`` (the heading), ``{where}`` (the heading quoted, or "the
document"), ``{sections}`` (how many sections), ``{match}`` (what ``when``
matched).

Params:
    elements: Mapping of an element's name (what the message calls it) to a
        regular expression, or to ``{pattern, min_count}``.
    forbid: Mapping of a name to a regular expression the section must not match.
    split: Regular expression for the line that opens a section.
    unsplit: ``whole`` or ``skip``: what to do when ``split`` finds nothing.
    when: Regular expression the text must match for the rule to check.
    unless: Regular expression that excuses the document when it matches.
    scope: Regions to read; default: everything but page furniture.
    ignore_case: Match case-insensitively (default true).
    max_hits: Report at most this many sections per document.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import regex

from ..findings import Hit
from ..model import Document, Span
from ._gate import compile_optional
from ._params import require_choice
from ._text import AUTHORED, check_scopes, compile_pattern

NEEDS = frozenset({"text"})

UNSPLIT = ("whole", "skip")


@dataclass(frozen=True, slots=True)
class Element:
    name: str
    pattern: regex.Pattern
    min_count: int = 1

    def first(self, text: str, span: Span) -> str | None:
        m = self.pattern.search(text, span.start, span.end)
        return " ".join(m.group(0).split()) if m else None

    def count(self, text: str, span: Span) -> int:
        found = 0
        for _ in self.pattern.finditer(text, span.start, span.end):
            found += 1
            if found >= self.min_count:
                break
        return found


@dataclass(frozen=True, slots=True)
class Section:
    heading: str  # "" when the whole document is the section
    span: Span
    heading_span: Span | None = None


@dataclass(frozen=True, kw_only=True)
class Params:
    elements: Mapping[str, object] = field(default_factory=dict)
    forbid: Mapping[str, str] = field(default_factory=dict)
    split: str | None = None
    unsplit: str = "whole"
    when: str | None = None
    unless: str | None = None
    scope: tuple[str, ...] = AUTHORED
    ignore_case: bool = True
    max_hits: int = 20

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not isinstance(self.elements, Mapping) or not isinstance(self.forbid, Mapping):
            raise ValueError("elements and forbid: expected mappings of name to regular expression")
        if not self.elements and not self.forbid:
            raise ValueError("elements: name at least one element (or one forbid entry)")
        set_(self, "elements", MappingProxyType(dict(self.elements)))
        set_(self, "forbid", MappingProxyType({str(k): str(v) for k, v in self.forbid.items()}))
        set_(self, "_elements", tuple(_element(str(k), v, self.ignore_case) for k, v in self.elements.items()))
        set_(self, "_forbid", tuple(_element(k, v, self.ignore_case) for k, v in self.forbid.items()))
        require_choice("unsplit", self.unsplit, UNSPLIT)
        set_(self, "_split", compile_optional(self.split, "split", self.ignore_case))
        set_(self, "_when", compile_optional(self.when, "when", self.ignore_case))
        set_(self, "_unless", compile_optional(self.unless, "unless", self.ignore_case))
        check_scopes(self.scope)


def _element(name: str, spec, ignore_case: bool) -> Element:
    if isinstance(spec, str):
        return Element(name, compile_pattern(spec, f"elements.{name}", ignore_case))
    if isinstance(spec, Mapping) and set(spec) <= {"pattern", "min_count"} and "pattern" in spec:
        min_count = int(spec.get("min_count", 1))
        if min_count < 1:
            raise ValueError(f"elements.{name}.min_count: must be at least 1")
        return Element(name, compile_pattern(str(spec["pattern"]), f"elements.{name}", ignore_case), min_count)
    raise ValueError(f"elements.{name}: expected a regular expression or {{pattern, min_count}}")


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    text = doc.scoped_text(params.scope)
    trigger = None
    if params._when is not None:
        trigger = params._when.search(text)
        if trigger is None:
            return
    if params._unless is not None and params._unless.search(text):
        return
    found = sections(doc, text, params)
    reported = 0
    for section in found:
        missing = [e.name for e in params._elements if e.count(text, section.span) < e.min_count]
        forbidden = [f"{e.name} ('{m}')" for e in params._forbid if (m := e.first(text, section.span))]
        if not missing and not forbidden:
            continue
        args = {
            "missing": "; ".join(missing),
            "found": "; ".join(forbidden),
            "problems": "; ".join([f"no {name}" for name in missing] + forbidden),
            "section": section.heading,
            "where": f"'{section.heading}'" if section.heading else "the document",
            "sections": len(found),
        }
        if trigger is not None:
            args["match"] = " ".join(trigger.group(0).split())
        yield Hit(section.heading_span, args)
        reported += 1
        if reported >= params.max_hits:
            return


def sections(doc: Document, text: str, params: Params) -> list[Section]:
    """The sections to check: at each ``split`` line, else the whole document."""
    whole = [Section("", Span(0, len(text)))]
    if params._split is None:
        return whole
    starts = [
        line
        for line in doc.lines
        if line.region in params.scope and line.text.strip() and params._split.search(line.text)
    ]
    if not starts:
        return whole if params.unsplit == "whole" else []
    out = []
    for i, line in enumerate(starts):
        end = starts[i + 1].span.start if i + 1 < len(starts) else len(text)
        out.append(Section(" ".join(line.text.split()), Span(line.span.start, end), line.span))
    return out
