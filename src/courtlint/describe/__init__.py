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

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import PurePath

from .. import measure
from .classify import classify, find_title
from ..context import Context, Overrides
from ..model import FURNITURE, Document, Line, Span

__all__ = [
    "CaseNumber",
    "EcfStamp",
    "describe",
    "find_case_numbers",
    "normalize_case_number",
    "parse_ecf_stamp",
]

# ---- case numbers -------------------------------------------------------------

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
_DASH = "\\" + _DASHES  # for use inside a character class
_TYPES = "cv|cr|mc|md|ml|mj|po|sw|gj|bk|ap|dp"
#: Initials that are placeholders, not judges (unassigned, duty magistrate).
PLACEHOLDERS = frozenset({"DUTY", "MAG", "NONE", "TBD", "XX"})
#: Upper-case words that can follow a case number but are not initials.
_NOT_INITIALS = frozenset(
    "A AN AND AS AT BY ET AL FOR IN INC LLC LLP MDL NO NOS OF ON OR RE THE TO V VS "
    "DATE PAGE ECF DKT USA I II III IV CASE JURY NOTE SEAL FILE FORM DECL MEMO".split()
)
#: C.D. Cal. division prefixes (SACV, ED CR, LA CV) -> office digit.
_CACD_DIVISION = {"SA": 8, "ED": 5, "LA": 2}

_LABEL = r"""
    (?P<label>
        (?:(?:Civil\s+Action|Civ\.|Criminal|Case|Adv(?:\.|ersary)?\s*Pro(?:\.|ceeding)?|Bankr(?:uptcy|\.)?)\s*)?
        (?:No|Number)s?\.?\s*:?\s*
      | Case\s+
    )?"""
_NUMBER = rf"""
    (?:  # year first: 3:17-cv-05659, 16-CV-6794, 3:17CV5517, 19MC80215
        (?<![\w/{_DASH}])
        (?:(?P<a_office>\d)\s?:\s?)?
        (?P<a_year>\d{{2}})\s?[{_DASH}]?\s?
        (?P<a_type>(?i:{_TYPES}))\s?[{_DASH}]?\s?
        (?P<a_seq>\d{{1,5}})(?![\dA-Za-z])
    |   # type first: CV 15-8162, SACV 14-341, EDCV18-00992, CR-18-00258, C 09-01234
        (?<![A-Za-z0-9])
        (?:(?P<b_div>SA|ED|LA)\s?)?
        (?P<b_type>CV|CR|MJ|MC|C)\s?[{_DASH}]?\s?
        (?P<b_year>\d{{2}})\s?[{_DASH}]\s?
        (?P<b_seq>\d{{1,5}})(?![\dA-Za-z])
    |   # no case type, only after a "Case No." style label: 20-30242 (bankruptcy)
        (?<=[\s.:])
        (?:(?P<c_office>\d):)?
        (?P<c_year>\d{{2}})[{_DASH}]
        (?P<c_seq>\d{{4,5}})(?![\dA-Za-z{_DASH}/])
    )"""
def _initials_group(n: int) -> str:
    """Judge ``n``'s initials: "(JCx)" in parentheses, or "JC"/"JCx" after a space or dash."""
    return rf"""
        (?P<sep{n}>[\s{_DASH}]*)
        (?: \(\s*(?P<p{n}>[A-Z]{{1,4}})(?P<px{n}>x)?\s*\)
          | (?<=[\s{_DASH}])(?P<j{n}>[A-Z]{{1,4}})(?P<x{n}>x)?(?![A-Za-z]) )"""


_JUDGES = rf"""
    (?:\([A-Z]\)(?=[\s{_DASH}]))?               # superseding indictment, "13-106(A)-DOC"
    (?: {_initials_group(1)} (?: {_initials_group(2)} )? )?
    (?P<defno>\s?[{_DASH}]\s?\d{{1,3}}(?![\d/.]))?  # defendant number, "-1", "- 13"
"""
_CASE_RE = re.compile(_LABEL + _NUMBER + _JUDGES, re.X)
#: A case number followed by a reporter or a court-and-date parenthetical is a cited case.
_CITATION_AFTER = re.compile(
    r"\s*(?:,?\s*(?:\d{4}\s+(?:WL|U\.S\.\s*Dist)|\d+\s+F\.\s*(?:Supp|\dd|App))|\(\s*(?:[NSEWCM]\.\s*D\.|D\.|\d+\w*\s+Cir\.))"
)
#: "Smith v. Jones, No. 3:15-cv-01234," in prose (the sentence runs on) cites a case;
#: a letter's subject line "Re: Smith v. Jones, Case No. ..." names its own.
_CITATION_BEFORE = re.compile(r"^(?!\s*(?:Re|RE|Subject)\s*:).*\bv\.\s.{1,120},\s*(?:Case\s+)?No\.?\s*$")
_RUNS_ON = re.compile(rf"\s*(?:,|[{_DASH}]\s*$)")
_CONTINUATION = re.compile(r"^\s*\(\s*([A-Z]{1,4})x?\s*\)\s*$")


@dataclass(frozen=True, slots=True)
class CaseNumber:
    """One case number as printed, parsed."""

    year: str  # two digits
    seq: int
    type: str | None = None  # lower case: cv, cr, mc, ...
    office: int | None = None
    district: str | None = None  # first judge's initials as printed (placeholders dropped)
    magistrate: str | None = None  # second judge's initials, no "x"
    printed: str = ""  # the text as printed, label included ("Case No. ...")
    start: int = 0  # offsets of ``printed`` in the text searched
    end: int = 0

    @property
    def normalized(self) -> str:
        """``o:yy-tt-nnnnn``, or ``yy-tt-nnnnn`` while the office digit is unknown."""
        core = f"{self.year}-{self.type or 'cv'}-{self.seq:05d}"
        return f"{self.office}:{core}" if self.office is not None else core

    def same_case(self, other: CaseNumber) -> bool:
        return (
            self.year == other.year
            and self.seq == other.seq
            and (self.type is None or other.type is None or self.type == other.type)
        )


def find_case_numbers(text: str) -> Iterator[CaseNumber]:
    """Case numbers in one line of text (newlines are not crossed)."""
    for m in _CASE_RE.finditer(text):
        number = _from_match(m, text)
        if number is not None:
            yield number


def _from_match(m: re.Match, text: str) -> CaseNumber | None:
    g = m.groupdict()
    label = g["label"] or ""
    if g["b_type"] == "C" and not label.strip():
        return None  # a bare "C 12-345" is too weak without "No."
    if g["c_year"] and not re.search(r"case|adv|bankr|civil|action", label, re.I):
        return None
    if _cited(text, m.start() + len(label), m.end()):
        return None
    kind = "a" if g["a_year"] else "b" if g["b_year"] else "c"
    type_ = g.get(f"{kind}_type")
    if type_:
        type_ = type_.lower()
        type_ = "cv" if type_ == "c" else type_
    office = g.get(f"{kind}_office")
    if g.get("b_div"):
        office = office or _CACD_DIVISION[g["b_div"]]  # SACV, EDCV, LA CV: C.D. Cal. divisions
    district, magistrate = _judges(g)
    printed = text[m.start() : m.end()].rstrip(f" \t{_DASHES}(")
    return CaseNumber(
        year=g[f"{kind}_year"],
        seq=int(g[f"{kind}_seq"]),
        type=type_,
        office=int(office) if office else None,
        district=district,
        magistrate=magistrate,
        printed=printed,
        start=m.start(),
        end=m.start() + len(printed),
    )


def _cited(text: str, number_start: int, end: int) -> bool:
    if _CITATION_AFTER.match(text, end):
        return True
    return bool(_CITATION_BEFORE.search(text, 0, number_start) and _RUNS_ON.match(text, end))


def _judges(g: dict) -> tuple[str | None, str | None]:
    """(district, magistrate) from the initials after a number; words are not initials."""
    first, paren = _initials_token(g, 1)
    if first is None:
        return None, None
    second, _ = _initials_token(g, 2)
    if second is None and paren:
        return None, _bare(first)  # parentheses hold the referral: "-cv-01234 (JCS)"
    district = None if first in PLACEHOLDERS else first
    magistrate = None if second is None or second in PLACEHOLDERS else _bare(second)
    return district, magistrate


def _initials_token(g: dict, n: int) -> tuple[str | None, bool]:
    """(initials or None, whether parenthesised) for judge ``n``."""
    paren = g[f"p{n}"] is not None
    token = g[f"p{n}"] if paren else g[f"j{n}"]
    if token is None or token in _NOT_INITIALS:
        return None, paren
    dashed = any(c in _DASHES for c in g[f"sep{n}"] or "")
    if len(token) == 1 and not (paren or dashed or g[f"x{n}"]):
        return None, paren  # a lone capital after a space is a word ("... A PROFESSIONAL CORPORATION")
    return token, paren


def _bare(initials: str) -> str:
    """Magistrate initials without the C.D. Cal. discovery ``X`` (``MRWX`` -> ``MRW``)."""
    return initials[:-1] if len(initials) >= 2 and initials.endswith("X") else initials


def normalize_case_number(value: str) -> str:
    """A user-given case number in the canonical form, when it parses."""
    found = next(find_case_numbers(" " + value.strip()), None)
    return found.normalized if found else value.strip()


# ---- the CM/ECF stamp -----------------------------------------------------------

_STAMP_RE = re.compile(
    rf"Case\s*:?\s*(?P<office>\d)\s?:\s?(?P<year>\d{{2}})\s?[{_DASH}]\s?(?P<type>[a-zA-Z]{{2}})\s?[{_DASH}]\s?"
    rf"(?P<seq>\d{{3,5}})(?P<judges>(?:\s?[{_DASH}]\s?[A-Z]{{1,4}})*)(?![A-Za-z])(?:[{_DASH}]\d{{1,3}})?"
    # a label printed on the stamp's baseline can interleave with it: allow some words between
    r".{0,60}?\bDoc(?:ument)?\s*#?\s*\d[\w\-]*.{0,80}?Filed\s*:?\s*\d{1,2}/\d{1,2}/\d{2,4}",
)


@dataclass(frozen=True, slots=True)
class EcfStamp:
    """The case number and judges of a CM/ECF header stamp."""

    number: CaseNumber
    judges: tuple[str, ...]  # as stamped, placeholders dropped
    page_id: bool  # "Page ID #:" (C.D. Cal. stamps carry it)


def parse_ecf_stamp(text: str) -> EcfStamp | None:
    m = _STAMP_RE.search(text)
    if m is None:
        return None
    stamped = re.findall(r"[A-Z]{1,4}", m["judges"])
    district, magistrate = (stamped + [None, None])[:2]
    number = CaseNumber(
        year=m["year"],
        seq=int(m["seq"]),
        type=m["type"].lower(),
        office=int(m["office"]),
        district=None if district in PLACEHOLDERS else district,
        magistrate=None if magistrate in PLACEHOLDERS else magistrate,
        printed=text[m.start("office") : m.end("judges")],
        start=m.start("office"),
        end=m.end("judges"),
    )
    judges = tuple(j for j in stamped if j not in PLACEHOLDERS)
    return EcfStamp(number, judges, page_id=bool(re.search(r"Page\s*I\s*D", text)))


# ---- courts ---------------------------------------------------------------------

_COURT_TITLE = re.compile(
    r"\b(?:(?P<dir>NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s+)?DISTRICT\s+OF\s+"
    r"(?P<state>(?:THE\s+)?[A-Z]+(?:\s+[A-Z]+){0,2})",
    re.I,
)
_DIVISIONS = {
    "cand": {"SAN FRANCISCO": 3, "OAKLAND": 4, "SAN JOSE": 5, "EUREKA": 1},
    "cacd": {"WESTERN": 2, "SOUTHERN": 8, "EASTERN": 5},
}
_DIVISION_RE = re.compile(
    r"\b(SAN FRANCISCO|OAKLAND|SAN JOSE|EUREKA|WESTERN|SOUTHERN|EASTERN)(?:[\s-]+\w+)?\s+DIVISION\b", re.I
)
_RECAP_NAME = re.compile(r"^gov\.uscourts\.([a-z]{3,5})\.\d+\.")


def court_from_title(lines: Sequence[str]) -> str | None:
    """CourtListener id from a caption's court title, e.g. ``cand``, ``njd``, ``canb``."""
    for i, text in enumerate(lines):
        m = _COURT_TITLE.search(text)
        if m is None or len(text) > 90:
            continue
        context = " ".join(lines[max(0, i - 2) : i + 1]).upper()
        if "COURT" not in context:
            continue  # "District of X" in prose, not a court title
        state = _state_code(m["state"].upper())
        if state is None:
            continue
        direction = (m["dir"] or "").upper()[:1].lower()
        kind = "b" if "BANKRUPTCY" in context else "d"
        return f"{state}{direction}{kind}"
    return None


def _state_code(words: str) -> str | None:
    states = _data("courts.json")["states"]
    words = " ".join(words.split())
    for n in (3, 2, 1):  # longest name first: "NEW YORK" before "NEW"
        prefix = " ".join(words.split()[:n])
        if prefix in states:
            return states[prefix]
    return None


@cache
def _data(name: str) -> dict:
    return json.loads(resources.files("courtlint").joinpath("data", name).read_text("utf-8"))


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
    if len(doc.pages) > 1 and _label_only(first) and next(_numbers_in(first, "caption"), None) is None:
        return 2, _content(doc.page_lines(2))
    return 1, first


_SEALING = re.compile(r"SEAL|REDACT", re.I)


def _label_only(lines: list[Line]) -> bool:
    text = " ".join(ln.text for ln in lines if not _is_stamp_text(ln.text))
    return 0 < len(text) <= 300 and bool(_SEALING.search(text)) and not re.search(r"EXHIBIT|TAB\b", text, re.I)


def _is_stamp_text(text: str) -> bool:
    return parse_ecf_stamp(text) is not None and re.search(r"Page\s*\d+\s*of\s*\d+", text) is not None


def _numbers_in(lines: Sequence[Line], origin: str) -> Iterator[_Found]:
    for ln in lines:
        if _is_stamp_text(ln.text):
            continue  # a stamp outside the stamp band is still a stamp
        for number in find_case_numbers(ln.text):
            span = Span(ln.span.start + number.start, ln.span.start + number.end)
            yield _Found(number, span, ln, origin)


_RELATED = re.compile(r"\b(?:relat(?:es|ed)|consolidated|member\s+case|coordinated)\b", re.I)


def _caption_number(lines: list[Line]) -> _Found | None:
    """The caption's case number: the topmost, unless it is only a related or member case."""
    candidates = list(_numbers_in(lines, "caption"))
    found = next((f for f in candidates if not _related(lines, f)), candidates[0] if candidates else None)
    if found is None or found.number.magistrate or not found.number.district:
        return found
    # A narrow column can push the referral onto the next line: "... -YGR" / "(LB)".
    below = _line_below(lines, found.line)
    if below is not None and (m := _CONTINUATION.match(below.text)):
        return replace(found, number=replace(found.number, magistrate=_bare(m[1])))
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
    candidates = [ln for ln in lines if ln.region == "ecf-stamp"] + [ln for ln in lines if _is_stamp_text(ln.text)]
    stamps = [(stamp, ln) for ln in candidates if (stamp := parse_ecf_stamp(ln.text)) is not None]
    if doc.pages:
        own = re.compile(rf"Page\s*1\s*of\s*{len(doc.pages)}\b")
        stamps.sort(key=lambda pair: own.search(pair[1].text) is None)
    return stamps[0] if stamps else None


def _complete(number: CaseNumber, stamp: EcfStamp | None, court: str | None, caption: list[Line]) -> CaseNumber:
    """Fill a missing office digit or case type.

    From the stamp when it is the same case; else, in N.D. and C.D. Cal., from
    the caption's division heading, the stamp of a related case (filed in the
    same courthouse), C.D. Cal.'s unprefixed (Western Division) numbering, or
    the N.D. Cal. judge's courthouse.
    """
    office, type_ = number.office, number.type
    if stamp is not None and stamp.number.same_case(number):
        office = office or stamp.number.office
        type_ = type_ or stamp.number.type
    if office is None and court in _DIVISIONS:
        heading = _DIVISION_RE.search("\n".join(ln.text for ln in caption[:40]))
        if heading:
            office = _DIVISIONS[court].get(heading[1].upper())
        elif stamp is not None:
            office = stamp.number.office
        elif court == "cacd":
            office = 2
        elif number.district:
            office = _data("judges.json")["cand_home_office"].get(number.district)
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
    tables = _data("judges.json")["magistrate_judges"]
    courts = [court] if court in tables else list(tables)
    for text in texts:
        for rx in (_SALUTATION, _HONORABLE):
            if m := rx.search(text):
                name = m[1].lower()
                for c in courts:
                    for key in (name, name.split()[-1]):
                        if key in tables[c]:
                            return tables[c][key][1]
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
    found = _find_number(doc, caption_page, window, stamped)
    values = _case_values(found, stamp, court, window, origins)

    captioned = found is not None and found.origin == "caption"
    width = doc.pages[caption_page - 1].width if caption_page else None
    title = find_title(window, found.line if captioned else None, width)
    if title:
        origins["title"] = "caption" if captioned else "document"
    origins["doc_type"] = "document"
    ctx = Context(
        court=court,
        doc_type=classify(doc, window, title, has_caption=captioned),
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
    elif stamp is not None and stamp.page_id:
        court, origins["court"] = "cacd", "ecf-stamp"  # only C.D. Cal. stamps print "Page ID"
    elif m := _RECAP_NAME.match(PurePath(doc.path).name):
        court, origins["court"] = m[1], "document"  # RECAP's file naming names the court
    return court


def _find_number(doc: Document, page: int | None, window: list[Line], stamped) -> _Found | None:
    """The case number: the caption's, else the caption page's footer, else the stamp's."""
    found = _caption_number(window)
    if found is None and page is not None:
        footer = [ln for ln in doc.page_lines(page) if ln.region == "footer"]
        found = next(_numbers_in(footer, "footer"), None)
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
    return ctx.replace(**changes, origins=origins)


def _initials(value: str) -> str:
    """``(JCx)`` -> ``JC``: the bare initials the JSON contract uses."""
    letters = value.strip().strip("()").strip()
    letters = letters[:-1] if len(letters) >= 2 and letters[-1] == "x" else letters
    return letters.upper()
