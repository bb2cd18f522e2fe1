"""The court's name in a caption: ``UNITED STATES DISTRICT COURT / NORTHERN
DISTRICT OF CALIFORNIA / SAN FRANCISCO DIVISION``.

The court id comes from the district's name for any federal court; the
division's office digit from the court's file (``courts/<id>.yml``)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from .. import courts

_COURT_TITLE = re.compile(
    r"\b(?:(?P<dir>NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s+)?DISTRICT\s+OF\s+"
    r"(?P<state>(?:THE\s+)?[A-Z]+(?:\s+[A-Z]+){0,2})",
    re.I,
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


def division_office(text: str, court: str | None) -> int | None:
    """The office digit of the first of ``court``'s divisions ``text`` names ("SAN JOSE DIVISION")."""
    found = courts.court(court)
    rx = _division_re(court) if found and found.divisions else None
    m = rx.search(text) if rx else None
    return found.divisions[" ".join(m[1].upper().split())] if m else None


@cache
def _division_re(court: str) -> re.Pattern:
    names = sorted(courts.court(court).divisions, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"\b({alternation})(?:[\s-]+\w+)?\s+DIVISION\b", re.I)


def _state_code(words: str) -> str | None:
    states = _data("courts.json")["states"]
    words = " ".join(words.split())
    for n in (3, 2, 1):  # longest name first: "NEW YORK" before "NEW"
        prefix = " ".join(words.split()[:n])
        if prefix in states:
            return states[prefix]
    return None


@cache
def known_court_ids() -> frozenset[str]:
    """Every federal district court's id and its bankruptcy court's (``cand``, ``canb``)."""
    districts = _data("courts.json")["district_courts"]
    return frozenset(districts) | {d[:-1] + "b" for d in districts}


@cache
def _data(name: str) -> dict:
    return json.loads(resources.files("courtlint").joinpath("data", name).read_text("utf-8"))



#: A line naming a court (the federal court's name, or a district's).
COURT_NAME = re.compile(r"UNITED\s+STATE[SD]\s+(?:DISTRICT|BANKRUPTCY|STRICT)\s+COURT|DISTRICT\s+OF\s+[A-Z]", re.I)
