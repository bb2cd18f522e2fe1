"""Check what a filing's caption prints next to, or under, the case number.

Two requirements come up again and again in judges' orders and are both about
the caption rather than the body:

* ``require: referral_designation``: in a matter referred to a magistrate
  judge, the case number must read "number, district judge's initials, then
  the magistrate judge's designation", e.g. ``3:19-cv-04321-WHA (JCS)`` (the
  hyphenated ``3:19-cv-04321-WHA-JCS`` and any spacing are accepted). The
  referred magistrate judge is ``Context.magistrate_judge``; the printed
  initials are ``Context.printed_district_judge`` and
  ``Context.printed_magistrate_judge``. One hit when:

  - no designation is printed ("without the referral designation");
  - the designation is printed without the district judge's initials before
    it (``3:24-cv-01234 (JCS)``), or the magistrate's initials sit alone in
    the district judge's slot while the case is known to be assigned to a
    different district judge (``3:24-cv-01234-JCS`` in a WHO case);
  - another magistrate judge's designation is printed (``(LB)`` in a case
    referred to JCS).

  A case assigned to the magistrate judge for all purposes (the magistrate's
  initials printed alone, in the district judge's slot, and no different
  district judge known) needs no designation.

* ``require: label``: the caption must carry a label that the assigned or
  referred judge requires on certain documents, e.g. Judge Segal's
  "[Discovery Document: Referred to Magistrate Judge Suzanne H. Segal]".
  ``labels`` says which judge requires which label; when neither the
  referred magistrate judge nor the district judge of the case is listed,
  nothing is checked (which papers need it, "discovery documents", is the
  rule's ``applies_to``). One hit when no
  listed label for the case's judges appears in the caption area.

Both read only the caption: a designation or label that appears only in the
body, a footer or the CM/ECF stamp does not count, and a document with no
caption case number (``Context.case_number_span`` unset, or set on page
furniture) yields nothing, because a missing case number is another rule's
business. Hits point at the printed case number.

The caption area is the page holding the caption case number, from its first
line to the first line after the case number that opens the body
(``body_start``), at most ``max_lines`` lines past the case number; page
furniture (header, footer, CM/ECF stamp, margin numbers) is left out. Text is
matched both as printed and as the right-hand caption column alone (the part
after a ``)`` column rule, a wide gap, or for PDFs the words right of the page
middle), so a label that wraps inside a two-column caption still matches.

Hit arguments for the rule's message: ``printed`` (the case number as
printed), ``expected`` (a corrected example), ``designation`` (e.g.
``(JCS)``), ``magistrate``, ``district`` and ``problem`` (a phrase naming what
is wrong) for ``referral_designation``; ``label`` (the label's text),
``judge`` (the judge's initials), ``role`` (``magistrate`` or ``district``),
``printed`` and ``title`` for ``label``.

Params:
    require: What the caption must carry: ``referral_designation`` or ``label``.
    labels: For ``require: label``, a list of mappings, one per judge:
        ``judge`` (initials as in case numbers, e.g. ``SS``), ``role``
        (``magistrate``: applies when the case is referred to that magistrate
        judge; ``district``: when it is assigned to that district judge),
        ``pattern`` (regular expression for the label; whitespace in the
        caption, including line breaks, matches ``\\s+``) and ``text`` (the
        label as the judge prints it, used in messages).
    designation_style: How the expected designation is shown in messages:
        ``parentheses`` (``-WHA (JCS)``, default) or ``hyphen`` (``-WHA-JCS``).
    body_start: Regular expression matched against each line after the case
        number; the first match ends the caption area. The default knows the
        usual openings ("TO ALL PARTIES ...:", "PLEASE TAKE NOTICE", "I, Jane
        Roe, declare", "INTRODUCTION", "IT IS HEREBY STIPULATED", "Dear Judge",
        a mixed-case "Pursuant to ..." sentence) and leaves upper-case title
        lines alone; lines carrying a ")" caption rule never end the caption.
    max_lines: Caption area ends at most this many lines after the case number.
    ignore_case: Match ``labels`` and ``body_start`` case-insensitively
        (default true).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import regex

from ..findings import Hit
from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line
from ..recognise.body_openers import BODY_START
from ..structure.columns import column_rule, split_line
from ._params import require_choice
from ._text import compile_pattern

NEEDS = frozenset({"text"})

REQUIREMENTS = ("referral_designation", "label")
STYLES = ("parentheses", "hyphen")
ROLES = ("magistrate", "district")

#: Lines that open the body of a filing (the caption ends before them).
DEFAULT_BODY_START = BODY_START

# A case number as printed: the number proper, then the judges' initials.
_NUMBER = lazy(
    r"""
    (?P<head>
      (?i:(?:Case\s+)?Nos?\.?\s*:?\s*)?
      (?:(?:[A-Z]{2}\s?)?\d\s*:\s*|[A-Z]{2}\s?(?=CV|CR))?        # office digit or SA/ED/LA prefix
      (?:C[VR]?\s?-?\s?)?                                          # old "C 10-", "CV 16-", "CR-"
      \d{2}\s*-?\s*(?:[A-Za-z]{2}\s*-?\s*)?\d{3,5}
      (?:\s+MISC\b)?
    )
    (?P<tail>(?:\s*[-\u2013]?\s*\(?\s*[A-Z]{1,4}x?\s*\)?(?![A-Za-z]))*)
    """,
    regex.VERBOSE,
)
_TOKEN = lazy(r"[-\u2013]?\s*(\()?\s*([A-Z]{1,4})(?:x|X)?\s*(\))?")


@dataclass(frozen=True, slots=True)
class Label:
    judge: str
    role: str
    pattern: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Params:
    require: str
    labels: tuple[Mapping[str, str], ...] = ()
    designation_style: str = "parentheses"
    body_start: str = DEFAULT_BODY_START
    max_lines: int = 30
    ignore_case: bool = True

    def __post_init__(self) -> None:
        require_choice("require", self.require, REQUIREMENTS)
        require_choice("designation_style", self.designation_style, STYLES)
        if self.max_lines < 1:
            raise ValueError("max_lines: must be at least 1")
        labels = []
        for i, item in enumerate(self.labels):
            where = f"labels[{i}]"
            if not isinstance(item, Mapping):
                raise ValueError(f"{where}: expected a mapping with judge, role, pattern, text")
            unknown = sorted(set(item) - {"judge", "role", "pattern", "text"})
            if unknown:
                raise ValueError(f"{where}: unknown key {unknown[0]!r} (takes: judge, role, pattern, text)")
            missing = sorted({"judge", "pattern", "text"} - set(item))
            if missing:
                raise ValueError(f"{where}.{missing[0]}: required key is missing")
            role = str(item.get("role", "magistrate"))
            require_choice(f"{where}.role", role, ROLES)
            label = Label(str(item["judge"]).upper(), role, str(item["pattern"]), str(item["text"]))
            labels.append((label, compile_pattern(label.pattern, f"{where}.pattern", self.ignore_case)))
        if self.require == "label" and not labels:
            raise ValueError("labels: require 'label' needs at least one label")
        object.__setattr__(self, "labels", tuple(dict(item) for item in self.labels))
        object.__setattr__(self, "_labels", tuple(labels))
        object.__setattr__(self, "_body_start", compile_pattern(self.body_start, "body_start", self.ignore_case))


# ---- the caption area ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaptionArea:
    """The caption's lines and two readings of their text."""

    lines: tuple[Line, ...]
    page_lines: tuple[Line, ...]  # every non-furniture line of the caption page
    number_line: int  # index in ``lines`` of the line holding the case number
    page_width: float | None = None  # points; None for formats without pages

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def right_column(self) -> str:
        return "\n".join(_right_piece(line, self.page_width) for line in self.lines)


def caption_area(doc: Document, ctx, params: Params) -> CaptionArea | None:
    """The caption area around ``ctx.case_number_span``; None if there is no caption."""
    span = ctx.case_number_span
    if span is None or not doc.lines:
        return None
    at = doc.line_index_at(span.start)
    if at is None:
        return None
    number_line = doc.lines[at]
    if number_line.region in FURNITURE:
        return None
    width = None
    if number_line.page is not None and doc.pages:
        page = doc.pages[number_line.page - 1]
        first, last = page.first_line, page.first_line + page.line_count
        width = page.width
    else:
        first, last = 0, len(doc.lines)
    page_lines = tuple(line for line in doc.lines[first:last] if line.region not in FURNITURE)
    end = min(last, at + 1 + params.max_lines)
    for i in range(at + 1, end):
        line = doc.lines[i]
        if line.region in FURNITURE or column_rule(line.text) is not None:
            continue  # a line of a ")"-ruled caption is still the caption
        if params._body_start.search(line.text):
            end = i
            break
    lines = tuple(line for line in doc.lines[first:end] if line.region not in FURNITURE)
    index = next(i for i, line in enumerate(lines) if line is number_line)
    return CaptionArea(lines=lines, page_lines=page_lines, number_line=index, page_width=width)


def _right_piece(line: Line, page_width: float | None = None) -> str:
    """The part of a caption line in the right-hand column."""
    return split_line(line, page_width).right


@dataclass(frozen=True, slots=True)
class PrintedNumber:
    text: str  # as printed, whitespace collapsed
    head: str  # the number without judges' initials
    initials: tuple[tuple[str, bool], ...]  # (initials, parenthesised) in printed order


def parse_printed(text: str) -> PrintedNumber:
    """Split a printed case number into the number and the judges' initials after it."""
    text = " ".join(text.split())
    m = _NUMBER.search(text)
    if not m:
        return PrintedNumber(text, text, ())
    tokens = []
    for t in _TOKEN.finditer(m.group("tail")):
        if t.group(2) == "MISC":
            continue
        tokens.append((t.group(2), bool(t.group(1) or t.group(3))))
    head = text[: m.end("head")].rstrip(" -\u2013")
    return PrintedNumber(text, head, tuple(tokens))


def _printed_text(doc: Document, ctx) -> str:
    span = ctx.case_number_span
    from_doc = doc.text[span.start : span.end] if span is not None else ""
    printed = ctx.case_number_as_printed or from_doc
    return " ".join(printed.split())


def _designation_after(doc: Document, ctx, initials: str) -> bool:
    """True if ``(JCS)`` / ``-JCS`` follows the printed number, on its line or the next."""
    span = ctx.case_number_span
    at = doc.line_index_at(span.end)
    if at is None:
        return False
    following = doc.text[span.end : doc.lines[at].span.end]
    if at + 1 < len(doc.lines):
        nxt = doc.lines[at + 1]
        width = doc.pages[nxt.page - 1].width if nxt.page is not None and doc.pages else None
        following += "\n" + _right_piece(nxt, width)
    pattern = rf"^[\s\-\u2013]*(?:\(\s*{regex.escape(initials)}x?\s*\)|{regex.escape(initials)}x?\b)"
    return regex.search(pattern, following) is not None


# ---- the checks ----------------------------------------------------------------------


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    area = caption_area(doc, ctx, params)
    if area is None:
        return
    if params.require == "referral_designation":
        yield from _check_designation(doc, params, ctx)
    else:
        yield from _check_label(doc, params, ctx, area)


def _designation(initials: str, district: str | None, style: str) -> str:
    if style == "hyphen":
        return f"-{district}-{initials}" if district else f"-{initials}"
    return f"-{district} ({initials})" if district else f"({initials})"


def _check_designation(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    magistrate = (ctx.magistrate_judge or "").upper()
    if not magistrate:
        return
    printed_text = _printed_text(doc, ctx)
    parsed = parse_printed(printed_text)
    printed_district = (ctx.printed_district_judge or "").upper() or None
    printed_magistrate = (ctx.printed_magistrate_judge or "").upper() or None
    if printed_district is None and printed_magistrate is None and parsed.initials:
        # Fall back on our own reading of the printed number.
        printed_district = parsed.initials[0][0] if not parsed.initials[0][1] or len(parsed.initials) > 1 else None
        rest = parsed.initials[1:] if printed_district else parsed.initials
        printed_magistrate = rest[-1][0] if rest else None
    if printed_magistrate is None and len(parsed.initials) == 1 and parsed.initials[0][1]:
        # Lone parenthesised initials ("3:24-cv-01234 (JCS)") are a designation
        # with the district judge's initials missing, not a district judge.
        printed_district, printed_magistrate = None, parsed.initials[0][0]
    known_district = (ctx.district_judge or "").upper() or None
    if known_district == magistrate:
        known_district = None
    district = printed_district if printed_district and printed_district != magistrate else known_district
    designation = f"({magistrate})" if params.designation_style == "parentheses" else f"-{magistrate}"

    problem = None
    if printed_magistrate == magistrate:
        if printed_district is None or printed_district == magistrate:
            problem = f"with '{designation}' but without the district judge's initials before it"
    elif printed_magistrate is not None:
        problem = (
            f"with another magistrate judge's initials, {printed_magistrate}, but the matter is "
            f"referred to Magistrate Judge {magistrate}"
        )
    elif printed_district == magistrate:
        if known_district is not None:
            problem = (
                f"with {magistrate} in the district judge's place, but the case is assigned to "
                f"{known_district} and only referred to {magistrate}"
            )
    elif _designation_after(doc, ctx, magistrate):
        problem = None
    else:
        problem = f"without the referral designation '{designation}'"
    if problem is None:
        return
    head = parsed.head if parsed.head else printed_text
    shown_district = district or "[district judge's initials]"
    expected = head + _designation(magistrate, shown_district, params.designation_style)
    yield Hit(
        ctx.case_number_span,
        {
            "printed": printed_text,
            "expected": expected,
            "designation": designation,
            "magistrate": magistrate,
            "district": district or "?",
            "problem": problem,
        },
    )


def _wanted_labels(params: Params, ctx) -> list[tuple[Label, regex.Pattern]]:
    magistrate = (ctx.magistrate_judge or "").upper()
    district = (ctx.district_judge or "").upper()
    wanted = []
    for label, pattern in params._labels:
        if label.role == "magistrate" and label.judge == magistrate:
            wanted.append((label, pattern))
        elif label.role == "district" and label.judge == district:
            wanted.append((label, pattern))
    return wanted


def _check_label(doc: Document, params: Params, ctx, area: CaptionArea) -> Iterator[Hit]:
    wanted = _wanted_labels(params, ctx)
    if not wanted:
        return
    readings = (area.text, area.right_column)
    for _, pattern in wanted:
        if any(pattern.search(text) for text in readings):
            return
    label, _ = wanted[0]
    yield Hit(
        ctx.case_number_span,
        {
            "label": label.text,
            "judge": label.judge,
            "role": label.role,
            "printed": _printed_text(doc, ctx),
            "title": ctx.title or "this document",
        },
    )
