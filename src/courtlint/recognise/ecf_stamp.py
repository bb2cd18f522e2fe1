"""The CM/ECF header stamp: ``Case 3:19-cv-04321-WHA Document 45 Filed 06/01/25 Page 2 of 9``.

``parse_ecf_stamp`` reads the case number and judges from a stamp;
``looks_like_stamp`` is the looser test extraction uses to set the stamp's
line apart as page furniture, and ``is_page_stamp`` a stamp with its page count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .case_number import _DASH, PLACEHOLDERS, CaseNumber

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




#: Looser than the parser, and reaching to the stamp's end (``Page 2 of 9 Page ID #:1234``):
#: OCR'd and reflowed stamps still mark the line as furniture and can be blanked out.
_LOOSE = re.compile(
    r"Case\s*:?\s*[\w:.\-]+.{0,80}?Doc(?:ument)?\s*#?\s*\d[\w\-]*.{0,80}?Filed\s*:?\s*\d{1,2}/\d{1,2}/\d{2,4}"
    r"(?:.{0,20}?Page\s*\d+\s*of\s*\d+)?(?:\s*Page\s*I\s*D\s*#?\s*:?\s*[\d,]+)?",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\bCase\b.*\bDoc(?:ument)?\b.*\bFiled\b")


def looks_like_stamp(text: str, *, loose: bool = False) -> bool:
    """The line reads like a CM/ECF stamp (``loose``: its three words in order, nothing more)."""
    return bool((_WORDS if loose else _LOOSE).search(text))


def is_page_stamp(text: str) -> bool:
    """A complete stamp with its ``Page n of m``."""
    return parse_ecf_stamp(text) is not None and re.search(r"Page\s*\d+\s*of\s*\d+", text) is not None


def blank_stamps(text: str) -> str:
    """``text`` with every stamp replaced by spaces of the same length (offsets kept)."""
    return _LOOSE.sub(lambda m: " " * len(m.group(0)), text)
