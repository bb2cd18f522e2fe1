"""Case numbers as federal courts print them.

``3:17-cv-05659-WHA``, ``No. C 09-01234 SI (JCS)``, ``SACV 14-341 JVS(DFMx)``,
``3:17CV5517``, ``19MC80215-WHO``: ``CaseNumber`` is one parsed number and
``find_case_numbers`` finds them in a line of text, leaving out numbers that
are cited (a reporter or court parenthetical follows, or prose runs on).

Given the court, its court file decides how the initials read (which judge
comes first, whose a lone "(JCS)" is, which suffixes are case designations
rather than judges, which division prefixes give which office digit)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from .. import courts
from ..courts import CaseNumbers

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
#: How initials read where the court has no court file.
_NO_COURT = CaseNumbers()

_LABEL = r"""
    (?P<label>
        (?:(?:Civil\s+Action|Civ\.|Criminal|Case|Adv(?:\.|ersary)?\s*Pro(?:\.|ceeding)?|Bankr(?:uptcy|\.)?)\s*)?
        (?:No|Number)s?\.?\s*:?\s*
      | Case\s+
    )?"""


def _number() -> str:
    """The number itself; built on first use, since the division prefixes come from the court files."""
    return rf"""
    (?:  # year first: 3:17-cv-05659, 16-CV-6794, 3:17CV5517, 19MC80215
        (?<![\w/{_DASH}])
        (?:(?P<a_office>\d)\s?:\s?)?
        (?P<a_year>\d{{2}})\s?[{_DASH}]?\s?
        (?P<a_type>(?i:{_TYPES}))\s?[{_DASH}]?\s?
        (?P<a_seq>\d{{1,5}})(?![\dA-Za-z])
    |   # type first: CV 15-8162, SACV 14-341, EDCV18-00992, CR-18-00258, C 09-01234
        (?<![A-Za-z0-9])
        (?:(?P<b_div>{_division_prefixes()})\s?)?
        (?P<b_type>CV|CR|MJ|MC|C)\s?[{_DASH}]?\s?
        (?P<b_year>\d{{2}})\s?[{_DASH}]\s?
        (?P<b_seq>\d{{1,5}})(?![\dA-Za-z])
    |   # no case type, only after a "Case No." style label: 20-30242 (bankruptcy)
        (?<=[\s.:])
        (?:(?P<c_office>\d):)?
        (?P<c_year>\d{{2}})[{_DASH}]
        (?P<c_seq>\d{{4,5}})(?![\dA-Za-z{_DASH}/])
    )"""


def _division_prefixes() -> str:
    """Every court file's division prefixes ("SACV": SA), as a regex alternation."""
    prefixes = {p for c in courts.known_courts() for p in c.case_numbers.division_prefixes}
    return "|".join(sorted(prefixes, key=lambda p: (-len(p), p))) or "(?!)"


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


@cache
def _case_re() -> re.Pattern:
    return re.compile(_LABEL + _number() + _JUDGES, re.X)


#: A case number followed by a reporter or a court-and-date parenthetical is a cited case.
_CITATION_AFTER = re.compile(
    r"\s*(?:,?\s*(?:\d{4}\s+(?:WL|U\.S\.\s*Dist)|\d+\s+F\.\s*(?:Supp|\dd|App))|\(\s*(?:[NSEWCM]\.\s*D\.|D\.|\d+\w*\s+Cir\.))"
)
#: "Smith v. Jones, No. 3:15-cv-01234," in prose (the sentence runs on) cites a case;
#: a letter's subject line "Re: Smith v. Jones, Case No. ..." names its own.
_CITATION_BEFORE = re.compile(r"^(?!\s*(?:Re|RE|Subject)\s*:).*\bv\.\s.{1,120},\s*(?:Case\s+)?No\.?\s*$")
_RUNS_ON = re.compile(rf"\s*(?:,|[{_DASH}]\s*$)")


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


def find_case_numbers(text: str, court: str | None = None) -> Iterator[CaseNumber]:
    """Case numbers in one line of text (newlines are not crossed), read as ``court`` prints them."""
    for m in _case_re().finditer(text):
        number = _from_match(m, text, court)
        if number is not None:
            yield number


def _style(court: str | None) -> CaseNumbers:
    found = courts.court(court)
    return found.case_numbers if found else _NO_COURT


def _from_match(m: re.Match, text: str, court: str | None) -> CaseNumber | None:
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
        office = office or _prefix_office(g["b_div"], court)
    district, magistrate = _judges(g, _style(court))
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


def _prefix_office(prefix: str, court: str | None) -> int | None:
    """The office a division prefix ("SA" of "SACV") stands for: the court's, else the one court's that uses it."""
    own = courts.court(court)
    if own is not None and prefix in own.case_numbers.division_prefixes:
        return own.case_numbers.division_prefixes[prefix]
    offices = {c.case_numbers.division_prefixes[prefix] for c in courts.known_courts() if prefix in c.case_numbers.division_prefixes}
    return offices.pop() if len(offices) == 1 else None


def _cited(text: str, number_start: int, end: int) -> bool:
    if _CITATION_AFTER.match(text, end):
        return True
    return bool(_CITATION_BEFORE.search(text, 0, number_start) and _RUNS_ON.match(text, end))


def _judges(g: dict, style: CaseNumbers) -> tuple[str | None, str | None]:
    """(district, magistrate) from the initials after a number; words and case designations are not initials."""
    first = _initials_token(g, 1)
    if first[0] is None:
        return None, None
    tokens = [t for t in (first, _initials_token(g, 2)) if t[0] is not None and t[0] not in style.designations]
    if len(tokens) == 1 and tokens[0][1]:
        slots = (style.lone_parenthesised,)  # "-cv-01234 (JCS)": the court says whose
    else:
        slots = style.judges
    return _slotted(zip(slots, (initials for initials, _ in tokens)))


def _slotted(pairs) -> tuple[str | None, str | None]:
    read = {slot: initials for slot, initials in pairs if initials not in PLACEHOLDERS}
    magistrate = read.get("magistrate")
    return read.get("district"), _bare(magistrate) if magistrate else None


_CONTINUATION = re.compile(r"^\s*\(\s*([A-Z]{1,4})x?\s*\)\s*$")


def continued(number: CaseNumber, text: str, court: str | None = None) -> CaseNumber | None:
    """``number`` with the initials a narrow column wrapped onto the next line ("... -YGR" / "(LB)")."""
    m = _CONTINUATION.match(text)
    style = _style(court)
    if m is None or m[1] in style.designations or len(style.judges) < 2:
        return None
    read = {"district": number.district, "magistrate": number.magistrate}
    first, second = style.judges[:2]
    if read[second] or not read[first]:
        return None  # the number has its second judge, or no first one to follow
    district, magistrate = _slotted(zip(style.judges, (read[first], m[1])))
    return replace(number, district=district, magistrate=magistrate)


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


