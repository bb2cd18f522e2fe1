"""Personal identifiers that Fed. R. Civ. P. 5.2(a) says a filing may show
only in part: Social Security and taxpayer-identification numbers (last four
digits), birth dates (year), minors' names (initials) and financial-account
numbers (last four digits).

Precision comes first: a number is reported only in a shape and a context
that make it that identifier. A dashed 3-2-4 number must be a valid SSN (no
area 000, 666 or 9xx, group 00 or serial 0000, not a number printed in
advertising); other shapes need a label next to them ("SSN", "EIN", "account
no.", "date of birth"). Dates, case numbers, phone numbers, Bates and docket
numbers, zip codes, patent numbers and citations are never reported for what
they are. Masked forms (``XXX-XX-1234``, ``xxxx1234``, ``J.D., a minor``)
pass.

Each hit points at the identifier (``span``) and never repeats it whole:
``{kind}`` names the identifier, ``{masked}`` shows it masked, and
``{excerpt}`` is the surrounding text with the identifier masked.

Params:
    identifier: ``ssn``, ``tin``, ``birth-date``, ``minor-name`` or ``account``.
    scope: Regions to search; default: everything but page furniture.
    max_hits: Report at most this many per document (default 20).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from ..findings import Hit
from ..lazy_pattern import lazy
from ..model import Span
from ._text import AUTHORED, check_scopes

NEEDS = frozenset({"text"})

_F = regex.VERSION1
_I = regex.IGNORECASE
_EXCERPT_CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Found:
    span: Span  # the identifier itself
    kind: str  # what it is, for the message
    masked: str  # the identifier as it may be shown


@dataclass(frozen=True, kw_only=True)
class Params:
    identifier: str
    scope: tuple[str, ...] = AUTHORED
    max_hits: int = 20

    def __post_init__(self) -> None:
        if self.identifier not in DETECTORS:
            raise ValueError(f"identifier: unknown {self.identifier!r} (known: {', '.join(sorted(DETECTORS))})")
        check_scopes(self.scope)


def check(doc, params: Params, ctx) -> Iterator[Hit]:
    text = doc.scoped_text(params.scope)
    seen: set[Span] = set()
    for found in DETECTORS[params.identifier](text):
        if found.span in seen:
            continue
        seen.add(found.span)
        excerpt = masked_excerpt(text, found)  # never echo the full identifier
        yield Hit(found.span, {"kind": found.kind, "masked": found.masked, "excerpt": excerpt}, excerpt=excerpt)
        if len(seen) >= params.max_hits:
            return


def masked_excerpt(text: str, found: Found) -> str:
    """The identifier's line-neighbourhood, with the identifier masked."""
    start, end = found.span
    before = text[max(0, start - _EXCERPT_CONTEXT) : start]
    after = text[end : end + _EXCERPT_CONTEXT]
    return " ".join(f"{before}{found.masked}{after}".split())


# ---- Social Security numbers -----------------------------------------------------

#: Numbers printed in advertising and SSA leaflets, never issued to anyone; and
#: the placeholder every form shows.
_NOT_ISSUED = frozenset({"078051120", "219099999", "123456789"})

_SSN_DASHED = lazy(r"(?<![\w\-–/.#])(\d{3})([-–])(\d{2})\2(\d{4})(?![\-–]?\d)", _F)
_SSN_PLAIN = lazy(r"(?<![\w\-–/.#])(\d{3})[ ]?(\d{2})[ ]?(\d{4})(?![\-–]?\d)", _F)
_SSN_LABEL = lazy(
    r"\b(?:SSN|SS\s?#|S\.S\.N\.?|SSAN|soc(?:ial)?\.?\s+sec(?:urity)?\.?(?:\s+(?:no\.?|number|#|account))?)\s*[:#]?",
    _F | _I,
)
#: Labels of other numbers that can share the 3-2-4 shape.
_OTHER_ID = lazy(
    r"\b(?:order|invoice|part|model|serial|ticket|tracking|policy|patent|appl(?:ication)?|file|docket|dkt|ecf|"
    r"bates|case|matter|ref(?:erence)?|confirmation|transaction|registration|reg|account|acct|loan|licen[cs]e|"
    r"permit|badge|booking|inmate|receipt|control|document|doc|item|sku|isbn|issn|cusip|routing|phone|tel|fax)"
    r"\.?\s*(?:no\.?|number|#|id)?\s*[:#]?\s*$",
    _F | _I,
)


def valid_ssn(area: str, group: str, serial: str) -> bool:
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    return area + group + serial not in _NOT_ISSUED


def _ssn(text: str) -> Iterator[Found]:
    for m in _SSN_DASHED.finditer(text):
        area, _, group, serial = m.groups()
        if not valid_ssn(area, group, serial):
            continue
        if _OTHER_ID.search(_before(text, m.start(), 30)) and not _labelled(text, m.start(), _SSN_LABEL):
            continue
        yield Found(Span(m.start(), m.end()), "Social Security number", f"XXX-XX-{serial}")
    for m in _SSN_PLAIN.finditer(text):
        if not _labelled(text, m.start(), _SSN_LABEL):
            continue
        area, group, serial = m.groups()
        if valid_ssn(area, group, serial):
            yield Found(Span(m.start(), m.end()), "Social Security number", f"XXX-XX-{serial}")


def _before(text: str, pos: int, n: int) -> str:
    return text[max(0, pos - n) : pos]


def _near(text: str, trigger: regex.Pattern, pattern: regex.Pattern, before: int, after: int) -> Iterator[regex.Match]:
    """Matches of ``pattern`` in windows around each match of a cheap
    ``trigger`` (a keyword every match must contain): scanning a 300-page
    transcript with the full pattern at every position costs 50x more.
    Windows start at a word boundary so no name or number is cut in half."""
    last_end = -1
    for t in trigger.finditer(text):
        lo = max(0, t.start() - before)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        hi = min(len(text), t.end() + after)
        for m in pattern.finditer(text, max(lo, last_end), hi):
            if m.start() <= t.start() < m.end() or m.start() <= t.end() - 1 < m.end():
                last_end = m.end()
                yield m


def _labelled(text: str, pos: int, label: regex.Pattern, reach: int = 40) -> bool:
    """A label ends within ``reach`` characters before ``pos``, with nothing
    but punctuation, "no."/"number" and spaces between."""
    window = _before(text, pos, reach)
    for m in label.finditer(window):
        gap = window[m.end() :]
        if _GAP.fullmatch(gap):
            return True
    return False


_GAP = lazy(r"[\s:#.,()\-–]*(?:(?:no|number|num|is|was|of)\.?[\s:#.,()\-–]*){0,3}", _F | _I)


# ---- taxpayer-identification numbers (EIN, ITIN) -------------------------------------

_LABEL_TAIL = r"(?:\s+(?:no\.?|number|#))?\s*[:#]?"
#: Abbreviations only in capitals ("tin" is a metal); phrases in any case.
_TIN_ABBREVIATION = lazy(r"\b(?:F?EIN|I?TIN)" + _LABEL_TAIL, _F)
_TIN_PHRASE = lazy(
    r"\b(?:(?:federal\s+)?(?:tax\s*(?:payer\s+)?(?:identification|ID)|employer\s+(?:identification|ID))|federal\s+(?:tax|ID))\b"
    + _LABEL_TAIL,
    _F | _I,
)
_EIN = lazy(r"(?<![\w\-–/.#])(\d{2})[-–]?(\d{7})(?![\-–]?\d)", _F)
_ITIN = lazy(
    r"(?<![\w\-–/.#])(9\d{2})([-–]?)(5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\2(\d{4})(?![\-–]?\d)", _F
)
#: IRS campus prefixes that are assigned; others (00, 07-09, 17-19, 28, 29,
#: 49, 69, 70, 78, 79, 89, 96, 97) are never the start of an EIN.
_EIN_PREFIXES = frozenset(
    f"{n:02d}"
    for n in (*range(1, 7), *range(10, 17), *range(20, 28), *range(30, 49), *range(50, 69),
              *range(71, 78), *range(80, 89), *range(90, 96), 98, 99)
)


def _tin(text: str) -> Iterator[Found]:
    def labelled(pos: int) -> bool:
        return _labelled(text, pos, _TIN_ABBREVIATION) or _labelled(text, pos, _TIN_PHRASE)

    for m in _EIN.finditer(text):
        prefix, rest = m.groups()
        if prefix in _EIN_PREFIXES and labelled(m.start()):
            yield Found(Span(m.start(), m.end()), "employer identification number", f"XX-XXX{rest[-4:]}")
    for m in _ITIN.finditer(text):
        if labelled(m.start()):
            yield Found(Span(m.start(), m.end()), "individual taxpayer-identification number", f"XXX-XX-{m.group(4)}")


# ---- birth dates -----------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d{2}"
_MD = r"(?:0?[1-9]|1[0-2])(?P<sep>[/.\-])(?:0?[1-9]|[12]\d|3[01])(?P=sep)"
_DATE = (
    r"(?:"
    r"(?<![\d/.\-])" + _MD + r"(?:" + _YEAR + r"|\d{2})(?![\d/\-]|\.\d)"
    r"|(?<!\d)" + _YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|\b" + _MONTH + r"\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b"
    r"|\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?" + _MONTH + r"\.?,?\s+" + _YEAR + r"\b"
    r")"
)
_BIRTH_LABEL = r"(?:\bD\.?O\.?B\.?(?![\w])|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthdate\b|\bbirthday\b)"
_BIRTH_DATE = lazy(
    r"(?P<label>" + _BIRTH_LABEL + r")"
    r"[\s:=#()\-–—,]*(?:(?:is|was|of|on|reads|listed\s+as)\s+)?[\s:()]*"
    r"(?:\?\s*(?:A\.|A:|A|Answer:)\s+)?"  # a deposition: "Q. And your date of birth? A. March 17th, 1959."
    r"(?P<date>" + _DATE + r")"
    # "born January 5, 1984", "born on 1/5/84", "born in San Jose, California on ..."
    r"|\bborn(?:\s+on(?:\s+the)?|\s+in\s+(?-i:[A-Z])[\w.]*(?:,?\s+(?-i:[A-Z])[\w.]*){0,4},?\s+on)?\s+(?P<date2>" + _DATE + r")"
    # "01/05/1984 (DOB)", "January 5, 1984 (date of birth)"
    r"|(?P<date3>" + _DATE + r")\s*\(\s*" + _BIRTH_LABEL + r"\s*\)",
    _F | _I,
)


_BIRTH_TRIGGER = lazy(_BIRTH_LABEL + r"|\bborn\b", _F | _I)


def _birth_date(text: str) -> Iterator[Found]:
    for m in _near(text, _BIRTH_TRIGGER, _BIRTH_DATE, before=40, after=90):
        group = next(g for g in ("date", "date2", "date3") if m.group(g))
        start, end = m.span(group)
        yield Found(Span(start, end), "birth date", _mask_date(text[start:end]))


_YEAR_AT_END = lazy(r"(\d{2,4})$", _F)


def _mask_date(date: str) -> str:
    """Keep only the year: '01/05/1984' -> 'XX/XX/1984'; 'January 5, 1984' ->
    'XXXX XX, 1984'; '1984-01-05' -> '1984-XX-XX'."""
    if regex.match(_YEAR + r"-", date):
        return date[:4] + "-XX-XX"
    year = _YEAR_AT_END.search(date)
    head = date[: year.start()] if year else date
    masked = regex.sub(r"\d+(?:st|nd|rd|th)?|[A-Za-z]+", lambda m: "XX" if m.group(0)[0].isdigit() else "XXXX", head)
    return masked + (year.group(1) if year else "")


# ---- minors' names ------------------------------------------------------------------------

#: A name word: "Kayla", "O'Neil", "McDonald", "Smith-Jones", or all capitals in a caption.
_WORD = r"(?:(?:[A-Z][a-z]+|[A-Z]['’](?=[A-Z]))(?:['’\-]?[A-Z][a-z]+)*|(?:[A-Z]{2,}|[A-Z]['’][A-Z]{2,})(?:['’\-][A-Z]+)*)"
_NAME = r"(?P<name>" + _WORD + r"(?:\s+(?:[A-Z]\.\s+)?" + _WORD + r"){1,3})"
_MINOR_NAME = lazy(
    # "Kayla Brown, a minor", "KAYLA BROWN (a minor)", "Kayla Brown, a minor child,"
    _NAME + r"\s*,?\s*\(?\s*(?:an?\s+)?minor\b(?=\s*(?:child\b|son\b|daughter\b|by\b|and\b|who\b|through\b|[,;:.)\]]|$))"
    # "Kayla Brown, age 12", "Kayla Brown (aged 9)", "Kayla Brown, 12 years old", "Kayla Brown, a 12-year-old"
    r"|" + _NAME + r"\s*,?\s*\(?\s*(?:age[ds]?\s+(?P<age>\d{1,2})\b(?!\s*(?:years?\s+ago|at\s+the\s+time|when|in\s+\d))"
    r"|(?P<age>\d{1,2})\s+years?\s+old\b(?!\s+(?:at\s+the\s+time|when|in\s+\d))"
    r"|an?\s+(?P<age>\d{1,2})[-\s]year[-\s]old\b)"
    # "minor child Kayla Brown", "the minor, Kayla Brown"
    r"|\bminor(?:\s+(?:child(?:ren)?|sons?|daughters?|plaintiffs?|siblings?|brother|sister|grandchild|grandson|granddaughter))?"
    r"\s*,?\s+" + _NAME + r"(?!\s+[A-Z])",
    _F,
)
#: Words that start a capitalised run but are not part of a person's name.
_NOT_NAME = frozenset(
    """plaintiff plaintiffs defendant defendants petitioner respondent minor minors child children the a an
    mr mrs ms miss dr hon judge officer deputy detective sergeant sgt agent doe roe guardian litem ad
    county city state court district united states california people estate of and by through for on
    in at his her their its my our v vs exhibit declaration decl see ex id dkt ecf no case""".split()
)


_MINOR_TRIGGER = lazy(r"\bminor\b|\bage[ds]?\s+\d|\d\s+years?\s+old\b|\d[-\s]year[-\s]old\b", _F)


def _minor_name(text: str) -> Iterator[Found]:
    for m in _near(text, _MINOR_TRIGGER, _MINOR_NAME, before=80, after=80):
        age = m.captures("age")
        if age and int(age[-1]) >= 18:
            continue
        span = _person_name(text, m.starts("name")[-1], m.ends("name")[-1])
        if span is None:
            continue
        name = text[span.start : span.end]
        initials = ".".join(w[0].upper() for w in name.split() if not w.endswith(".")) + "."
        yield Found(span, "minor's full name", initials)


def _person_name(text: str, start: int, end: int) -> Span | None:
    """The person's name inside a capitalised run: role and title words at the
    front ("Plaintiff Kayla Brown") dropped; at least a first and last name
    left, and none of them a pseudonym or a non-name word."""
    words = list(regex.finditer(r"\S+", text[start:end]))
    while words and words[0].group(0).lower().strip(".,") in _NOT_NAME:
        words.pop(0)
    full = [w for w in words if not w.group(0).endswith(".")]
    if len(full) < 2 or any(w.group(0).lower() in _NOT_NAME for w in words):
        return None
    return Span(start + words[0].start(), start + words[-1].end())


# ---- financial-account numbers --------------------------------------------------------------

_FIN_QUALIFIER = lazy(
    r"\b(?:bank|checking|savings|brokerage|deposit|loan|credit|debit|financial|investment|escrow|trust|"
    r"retirement|IRA|401\(k\)|money[\s-]+market|securities|custodial|merchant|mortgage|wire|"
    r"ATM|payment|charge|prepaid|gift)\s+$",
    _F | _I,
)
_ACCOUNT_WORD = lazy(
    r"\b(?:account|acct\.?|a/c|card)(?:\s*(?P<no>no\.?|number|num\.?|#))?"
    r"|\bloan\s*(?P<no>no\.?|number|#)",  # a loan is a financial account; "loan" alone is not a label
    _F | _I,
)
#: Accounts that are not financial ("Twitter account 12345678").
_NON_FINANCIAL = lazy(
    r"\b(?:twitter|facebook|instagram|whatsapp|google|gmail|e-?mail|user|pacer|apple|icloud|microsoft|amazon|"
    r"youtube|tiktok|snapchat|linkedin|uber|online|customer|utility|phone|telephone|wireless|cell(?:ular)?|mobile|"
    r"subscriber|medicare|medicaid|patient|member|social\s+media|ads?|advertis\w*)\b[^.\n]{0,25}$",
    _F | _I,
)
_ACCOUNT_NUMBER = lazy(r"(?<![\w\-–/.])\d(?:[ \-–]?\d){5,18}(?![\w]|[\-–]\d)", _F)
_PHONE = lazy(r"^(?:\d{3}[\-–. ]\d{3}[\-–. ]\d{4}|1[\-–. ]\d{3}[\-–. ]\d{3}[\-–. ]\d{4})$", _F)
_CARD_GROUPED = lazy(
    r"(?<![\w\-–/.])(?:\d{4}([ \-])\d{4}\1\d{4}\1\d{4}|\d{4}([ \-])\d{6}\2\d{5})(?![\w]|[\-–]\d)", _F
)
_CARD_PREFIX = lazy(r"^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5))", _F)
_IBAN = lazy(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b", _F)


def _account(text: str) -> Iterator[Found]:
    yield from _labelled_accounts(text)
    for m in _CARD_GROUPED.finditer(text):
        digits = _digits(m.group(0))
        if _CARD_PREFIX.match(digits) and luhn(digits):
            yield Found(Span(m.start(), m.end()), "payment card number", _mask_digits(m.group(0)))
    for m in _IBAN.finditer(text):
        compact = m.group(0).replace(" ", "")
        if sum(c.isdigit() for c in compact) >= 10 and valid_iban(compact):
            yield Found(Span(m.start(), m.end()), "IBAN", _mask_digits(m.group(0), letters=True))


def _labelled_accounts(text: str) -> Iterator[Found]:
    for label in _ACCOUNT_WORD.finditer(text):
        card = label.group(0).lower().startswith("card")
        loan = label.group(0).lower().startswith("loan")
        qualified = loan or bool(_FIN_QUALIFIER.search(_before(text, label.start(), 30)))
        if card and not (qualified or label.group("no")):
            continue  # "SIM card", "ID card", "green card"
        gap = _ACCOUNT_GAP.match(text, label.end())
        if "ending" in gap.group(0).lower():
            continue  # "account ending in 7731": the last four, as the rule allows
        m = _ACCOUNT_NUMBER.match(text, gap.end())
        if m is None:
            continue
        number = m.group(0)
        digits = _digits(number)
        if len(digits) < (6 if qualified else 8) or _PHONE.match(number) or len(set(digits)) == 1:
            continue
        if not qualified and _NON_FINANCIAL.search(_before(text, label.start(), 40)):
            continue
        kind = "payment card number" if card else "financial-account number"
        yield Found(Span(m.start(), m.end()), kind, _mask_digits(number))


_ACCOUNT_GAP = lazy(r"[\s:#.,()\-–]{0,8}(?:(?:ending\s+in|is|was)\b)?[\s:#]*", _F | _I)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def _mask_digits(s: str, letters: bool = False) -> str:
    """Every digit but the last four becomes X; separators stay."""
    keep = 4
    out = []
    for c in reversed(s):
        if c.isdigit() or (letters and c.isalpha()):
            out.append(c if keep > 0 else "X")
            keep -= 1
        else:
            out.append(c)
    return "".join(reversed(out))


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def valid_iban(iban: str) -> bool:
    """ISO 13616 check digits (mod 97 == 1)."""
    if not 15 <= len(iban) <= 34:
        return False
    moved = iban[4:] + iban[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


DETECTORS: dict[str, Callable[[str], Iterator[Found]]] = {
    "ssn": _ssn,
    "tin": _tin,
    "birth-date": _birth_date,
    "minor-name": _minor_name,
    "account": _account,
}
