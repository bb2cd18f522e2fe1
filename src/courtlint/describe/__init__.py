"""``describe(doc, overrides) -> Context``: which case, which court, what document.

Evidence, strongest first: the user's overrides (config, CLI); the caption
(court title, case number with judges' initials); the caption page's footer;
the CM/ECF stamp. The stamp is a fallback, never a rival: a caption that
prints a related case or a judge since reassigned is what the filer printed,
and later checks compare the two (corpus README section 6).

Case numbers are printed in many shapes (``3:17-cv-05659-WHA``,
``No. C 09-01234 SI (JCS)``, ``SACV 14-341 JVS(DFMx)``, ``3:17CV5517``,
``19MC80215-WHO``); ``CaseNumber`` is one parsed number and
``find_case_numbers`` finds them in a line of text. The document-type
classifier and title extraction live in ``classify.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from .. import courts, measure
from .classify import classify_reading, find_title, footer_title
from ..context import Context, Overrides
from ..model import FURNITURE, Document, Line, Span
from ..recognise.case_number import CaseNumber, continued, find_case_numbers, normalize_case_number
from ..recognise.court_title import _RECAP_NAME, court_from_title, division_office
from ..recognise.ecf_stamp import EcfStamp, is_page_stamp, parse_ecf_stamp
from ..structure.columns import split_text

__all__ = [
    "CaseNumber",
    "EcfStamp",
    "describe",
    "find_case_numbers",
    "normalize_case_number",
    "parse_ecf_stamp",
]

# ---- reading the document -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    number: CaseNumber
    span: Span
    line: Line
    origin: str  # caption | footer | ecf-stamp


def _content(lines: Sequence[Line]) -> list[Line]:
    """A page's own lines (no stamp, footer or margin numbers), top to bottom."""
    own = [ln for ln in lines if ln.region not in FURNITURE or ln.region == "header"]
    if all(ln.bbox is not None for ln in own):
        own.sort(key=lambda ln: (round(ln.bbox[1]), ln.bbox[0]))
    return own


def _caption_window(doc: Document) -> tuple[int | None, list[Line]]:
    """(page number, lines) where a caption can be; page 2 behind a sealing-label slip sheet."""
    if not doc.pages:
        return None, list(doc.lines[:120])  # text and DOCX: the opening of the document
    first = _content(doc.page_lines(1))
    if len(doc.pages) > 1 and _label_only(first) and next(_numbers_in(first, "caption", None), None) is None:
        return 2, _content(doc.page_lines(2))
    return 1, first


_SEALING = re.compile(r"SEAL|REDACT", re.I)


def _label_only(lines: list[Line]) -> bool:
    text = " ".join(ln.text for ln in lines if not is_page_stamp(ln.text))
    return 0 < len(text) <= 300 and bool(_SEALING.search(text)) and not re.search(r"EXHIBIT|TAB\b", text, re.I)


def _numbers_in(lines: Sequence[Line], origin: str, court: str | None) -> Iterator[_Found]:
    for ln in lines:
        if is_page_stamp(ln.text):
            continue  # a stamp outside the stamp band is still a stamp
        for number in find_case_numbers(ln.text, court):
            span = Span(ln.span.start + number.start, ln.span.start + number.end)
            yield _Found(number, span, ln, origin)


_RELATED = re.compile(r"\b(?:relat(?:es|ed)|consolidated|member\s+case|coordinated)\b", re.I)


def _caption_number(lines: list[Line], court: str | None) -> _Found | None:
    """The caption's case number: the topmost, unless it is only a related or member case."""
    candidates = list(_numbers_in(lines, "caption", court))
    found = next((f for f in candidates if not _related(lines, f)), candidates[0] if candidates else None)
    if found is None:
        return None
    # A narrow column can push the referral onto the next line: "... -YGR" / "(LB)".
    below = _line_below(lines, found.line)
    if below is not None and (number := continued(found.number, below.text if below.bbox else split_text(below.text).right, court)):
        return replace(found, number=number)
    return found


def _related(lines: list[Line], found: _Found) -> bool:
    """The number follows 'This document relates to:' or 'Consolidated with' (same or previous line)."""
    i = lines.index(found.line)
    if _RELATED.search(found.line.text[: found.number.start]):
        return True
    return i > 0 and re.search(r"\brelates?\s+to\s*:?\s*$", lines[i - 1].text, re.I) is not None


def _line_below(lines: list[Line], line: Line) -> Line | None:
    """The next line in ``line``'s column (the next line, for text without layout)."""
    i = lines.index(line)
    if line.bbox is None:
        return lines[i + 1] if i + 1 < len(lines) else None
    height = line.bbox[3] - line.bbox[1]
    for other in lines[i + 1 :]:
        if other.bbox[1] - line.bbox[3] > 1.5 * height:
            return None
        if abs(other.bbox[0] - line.bbox[0]) < 30 or line.bbox[0] <= other.bbox[0] <= line.bbox[2]:
            return other
    return None


def _stamp(doc: Document) -> tuple[EcfStamp, Line] | None:
    """The CM/ECF stamp of this docket entry on page 1 (by region; for text, by its wording).

    A refiled or exhibited filing can carry an older stamp too; the entry's own
    stamp is the one whose "Page 1 of N" counts this document's pages.
    """
    lines = doc.page_lines(1) if doc.pages else doc.lines[:20]
    candidates = [ln for ln in lines if ln.region == "ecf-stamp"] + [ln for ln in lines if is_page_stamp(ln.text)]
    stamps = [(stamp, ln) for ln in candidates if (stamp := parse_ecf_stamp(ln.text)) is not None]
    if doc.pages:
        own = re.compile(rf"Page\s*1\s*of\s*{len(doc.pages)}\b")
        stamps.sort(key=lambda pair: own.search(pair[1].text) is None)
    return stamps[0] if stamps else None


def _complete(number: CaseNumber, stamp: EcfStamp | None, court: str | None, caption: list[Line]) -> CaseNumber:
    """Fill a missing office digit or case type.

    From the stamp when it is the same case; else, in a court with a court
    file, from the caption's division heading, the stamp of a related case
    (filed in the same courthouse), the court's default office, or the judge's
    courthouse.
    """
    office, type_ = number.office, number.type
    if stamp is not None and stamp.number.same_case(number):
        office = office or stamp.number.office
        type_ = type_ or stamp.number.type
    known = courts.court(court)
    if office is None and known is not None:
        office = division_office("\n".join(ln.text for ln in caption[:40]), court)
        if office is None:
            office = stamp.number.office if stamp is not None else known.default_office
        if office is None and number.district:
            office = known.judge_office(number.district)
    if type_ is None:
        type_ = "bk" if court and court.endswith("b") else "cv"
    return replace(number, office=office, type=type_)


# ---- referral from a letter -----------------------------------------------------

_SALUTATION = re.compile(
    r"\bDear\s+(?:Magistrate\s+)?Judge\s+((?:[Vv]an\s+|[Dd]e\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]+)?)\s*[:,]"
)
_HONORABLE = re.compile(r"\b(?:The\s+)?Honorable\s+(?:[A-Z][\w.]*\s+){0,3}?((?:van\s+|de\s+)?[A-Z][\w'\-]+)\s*$")


def letter_referral(lines: Sequence[Line], court: str | None) -> str | None:
    """Magistrate judge a letter is addressed to ("Dear Judge Spero:"), as initials."""
    texts = [ln.text for ln in lines]
    if not any(_SALUTATION.search(t) for t in texts):
        return None  # not a letter
    known = courts.court(court)
    candidates = [known] if known is not None else courts.known_courts()
    for text in texts:
        for rx in (_SALUTATION, _HONORABLE):
            if m := rx.search(text):
                for c in candidates:
                    for key in (m[1], m[1].split()[-1]):
                        if judge := c.magistrate(key):
                            return judge.initials
    return None


# ---- layout facts ---------------------------------------------------------------


def _pleading_paper(doc: Document) -> bool | None:
    """Margin line numbers on any page; None when the format cannot show them and none were seen."""
    if any(p.pleading_numbers for p in doc.pages) or any(ln.pleading_line for ln in doc.lines):
        return True
    return False if doc.format == "pdf" else None


# ---- describe -------------------------------------------------------------------


def describe(doc: Document, overrides: Overrides | None = None) -> Context:
    """The case and document context of ``doc``, with ``overrides`` winning."""
    origins: dict[str, str] = {}
    caption_page, window = _caption_window(doc)
    stamped = _stamp(doc)
    stamp = stamped[0] if stamped else None
    court = _court(doc, window, stamp, origins)
    found = _find_number(doc, caption_page, window, stamped, court)
    values = _case_values(found, stamp, court, window, origins)

    captioned = found is not None and found.origin == "caption"
    width = doc.pages[caption_page - 1].width if caption_page else None
    title = find_title(window, found.line if captioned else None, width)
    if title:
        origins["title"] = "caption" if captioned else "document"
    elif captioned and (footer := footer_title(doc)):
        title = footer  # the caption's column is blank or unreadable; the running footer names the paper
        origins["title"] = "footer"
    origins["doc_type"] = "document"
    reading = classify_reading(doc, window, title, has_caption=captioned)
    ctx = Context(
        court=court,
        doc_type=reading.doc_type or "other",
        facets=reading.facets,
        confidence=round(reading.confidence, 2),
        evidence=reading.evidence,
        title=title,
        pages=len(doc.pages) or None,
        pleading_paper=_pleading_paper(doc),
        body_font_size_pt=measure.body_font_size(doc),
        origins=origins,
        **values,
    )
    return _apply(ctx, overrides) if overrides else ctx


def _court(doc: Document, window: list[Line], stamp: EcfStamp | None, origins: dict) -> str | None:
    if court := court_from_title([ln.text for ln in window]):
        origins["court"] = "caption"
    elif stamp is not None and stamp.page_id and len(stamping := [c.id for c in courts.known_courts() if c.stamp_page_id]) == 1:
        court, origins["court"] = stamping[0], "ecf-stamp"  # the one court whose stamps print "Page ID"
    elif m := _RECAP_NAME.match(PurePath(doc.path).name):
        court, origins["court"] = m[1], "document"  # RECAP's file naming names the court
    return court


def _find_number(doc: Document, page: int | None, window: list[Line], stamped, court: str | None) -> _Found | None:
    """The case number: the caption's, else the caption page's footer, else the stamp's."""
    found = _caption_number(window, court)
    if found is None and page is not None:
        footer = [ln for ln in doc.page_lines(page) if ln.region == "footer"]
        found = next(_numbers_in(footer, "footer", court), None)
    if found is None and stamped is not None:
        stamp, line = stamped
        span = Span(line.span.start + stamp.number.start, line.span.start + stamp.number.end)
        found = _Found(stamp.number, span, line, "ecf-stamp")
    return found


def _case_values(
    found: _Found | None, stamp: EcfStamp | None, court: str | None, window: list[Line], origins: dict
) -> dict:
    """Context fields for the case number and judges, recording their origins."""
    values: dict = {}
    if found is not None:
        number = _complete(found.number, stamp, court, window)
        if court and court.endswith("b") and number.district is None:
            # Bankruptcy courts have no magistrates: "20-30242 (HLB)" is the judge.
            number = replace(number, district=number.magistrate, magistrate=None)
        values.update(
            case_number=number.normalized,
            case_number_as_printed=number.printed,
            case_number_span=found.span,
            district_judge=number.district,
            magistrate_judge=number.magistrate,
        )
        keys = ("case_number", "district_judge", "magistrate_judge")
        origins.update({key: found.origin for key in keys if values[key]})
        if found.origin == "caption":
            values.update(printed_district_judge=number.district, printed_magistrate_judge=number.magistrate)
    if not values.get("magistrate_judge"):
        referral = letter_referral(window, court)
        if referral and referral != values.get("district_judge"):
            values["magistrate_judge"], origins["magistrate_judge"] = referral, "document"
    return values


def _apply(ctx: Context, overrides: Overrides) -> Context:
    """User overrides beat detection; each records where it came from."""
    changes: dict = {}
    origins = dict(ctx.origins)
    given = {
        "court": overrides.court and overrides.court.strip().lower(),
        "case_number": overrides.case_number and normalize_case_number(overrides.case_number),
        "district_judge": overrides.district_judge and _initials(overrides.district_judge),
        "magistrate_judge": overrides.magistrate_judge and _initials(overrides.magistrate_judge),
        "doc_type": overrides.doc_type and overrides.doc_type.strip().lower(),
    }
    for key, value in given.items():
        if value:
            changes[key] = value
            origins[key] = overrides.origin_of(key)
    if "doc_type" in changes and changes["doc_type"] != ctx.doc_type:
        # the reading was of another type: its facets and reasons do not describe this one
        changes.update(facets=frozenset(), confidence=None, evidence=(f"type given ({origins['doc_type']})",))
    return ctx.replace(**changes, origins=origins)


def _initials(value: str) -> str:
    """``(JCx)`` -> ``JC``: the bare initials the JSON contract uses."""
    letters = value.strip().strip("()").strip()
    letters = letters[:-1] if len(letters) >= 2 and letters[-1] == "x" else letters
    return letters.upper()
