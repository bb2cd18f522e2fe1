"""Courts as data: one YAML file per court, ``courts/<id>.yml``, loaded strictly.

A court file holds what a filing's caption, case number and CM/ECF stamp mean
in that court: its title as printed, divisions and their office digits, how
the judges' initials after a case number are laid out, and its judges. The
recognisers and ``describe()`` read every court-specific fact from here, so a
new court is a new file (and, optionally, a rule pack).

Loading is strict, like rule packs: an unknown key or a bad value is a
``CourtFileError`` naming the file and the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..safe_yaml import DataFileError, check_keys, read_mapping

__all__ = ["Court", "CourtFileError", "court", "known_courts", "load_court"]

SLOTS = ("district", "magistrate")

_KEYS = {"id", "name", "title", "divisions", "default_office", "case_numbers", "stamp", "judges", "sources"}
_REQUIRED = {"id", "name", "title", "case_numbers"}
_NUMBER_KEYS = {"judges", "lone_parenthesised", "division_prefixes", "designations", "examples"}
_EXAMPLE_KEYS = {"printed", "case_number", "district", "magistrate", "note"}
_DISTRICT_KEYS = {"initials", "name", "office", "source"}
_MAGISTRATE_KEYS = {"surname", "name", "initials", "office", "source"}
_INITIALS = re.compile(r"[A-Z]{1,4}")


class CourtFileError(DataFileError):
    """A court file that cannot be loaded; the message names file and field."""


@dataclass(frozen=True, slots=True)
class DistrictJudge:
    initials: str
    name: str | None = None
    office: int | None = None  # the courthouse's office digit
    source: str | None = None  # where the entry was verified


@dataclass(frozen=True, slots=True)
class MagistrateJudge:
    surname: str  # as a letter's salutation prints it ("van Keulen")
    name: str
    initials: str  # as CM/ECF prints them
    office: int | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """A case number as the court prints it and how it must read."""

    printed: str
    case_number: str
    district: str | None = None
    magistrate: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CaseNumbers:
    """How the court prints judges' initials after a case number."""

    judges: tuple[str, ...] = SLOTS  # whose initials come first, second
    lone_parenthesised: str = "magistrate"  # whose "(JCS)" is, printed alone after the number
    division_prefixes: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))  # "SACV 14-341": SA -> office 8
    designations: frozenset[str] = frozenset()  # suffixes that are not judges ("P", "(PC)", "HC")
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True, slots=True)
class Court:
    id: str  # CourtListener id
    name: str
    title: str  # the district's line of the caption, "NORTHERN DISTRICT OF CALIFORNIA"
    divisions: Mapping[str, int]  # "SAN JOSE" (DIVISION) -> office digit
    default_office: int | None  # when the caption prints no division
    case_numbers: CaseNumbers
    stamp_page_id: bool  # the CM/ECF stamp ends "Page ID #:1234"
    district_judges: tuple[DistrictJudge, ...]
    magistrate_judges: tuple[MagistrateJudge, ...]
    sources: tuple[str, ...]
    path: str

    def judge_office(self, initials: str) -> int | None:
        """The courthouse of the judge with ``initials`` (either kind presides over cases)."""
        for judge in (*self.district_judges, *self.magistrate_judges):
            if judge.initials == initials:
                return judge.office
        return None

    def magistrate(self, name: str) -> MagistrateJudge | None:
        """The magistrate judge a letter names: surname or full name, any case."""
        key = " ".join(name.split()).lower()
        return next((j for j in self.magistrate_judges if key in (j.surname.lower(), j.name.lower())), None)


# ---- loading ---------------------------------------------------------------------


def courts_dir() -> Path:
    return Path(str(resources.files(__name__)))


@cache
def known_courts() -> tuple[Court, ...]:
    """Every built-in court, by id."""
    return tuple(load_court(p) for p in sorted(courts_dir().glob("*.yml")))


@cache
def _by_id() -> dict[str, Court]:
    return {c.id: c for c in known_courts()}


def court(court_id: str | None) -> Court | None:
    """The court with this id, or None when there is no court file for it."""
    return _by_id().get(court_id) if court_id else None


def load_court(path: str | Path) -> Court:
    path = Path(path)
    data = read_mapping(path, lambda where, message: CourtFileError(where, None, message), "court files", "a court file")
    check = _Checker(path)
    check.keys(None, data, _KEYS, _REQUIRED)
    court_id = check.text("id", data["id"])
    if court_id != path.stem:
        raise CourtFileError(path, "id", f"court id {court_id!r} must equal the file name {path.stem!r}")
    if not re.fullmatch(r"[a-z]{2,8}", court_id):
        raise CourtFileError(path, "id", "expected a CourtListener court id: lower-case letters, e.g. 'cand'")
    divisions = check.mapping("divisions", data.get("divisions") or {})
    judges = check.mapping("judges", data.get("judges") or {})
    check.keys("judges", judges, {"district", "magistrate"})
    stamp = check.mapping("stamp", data.get("stamp") or {})
    check.keys("stamp", stamp, {"page_id"})
    return Court(
        id=court_id,
        name=check.text("name", data["name"]),
        title=" ".join(check.text("title", data["title"]).upper().split()),
        divisions=MappingProxyType(
            {" ".join(check.text("divisions", k).upper().split()): check.office(f"divisions.{k}", v) for k, v in divisions.items()}
        ),
        default_office=check.office("default_office", data["default_office"]) if data.get("default_office") is not None else None,
        case_numbers=_case_numbers(check, data["case_numbers"]),
        stamp_page_id=check.flag("stamp.page_id", stamp.get("page_id", False)),
        district_judges=_district_judges(check, judges.get("district") or []),
        magistrate_judges=_magistrate_judges(check, judges.get("magistrate") or []),
        sources=tuple(check.text(f"sources[{i}]", s) for i, s in enumerate(check.items("sources", data.get("sources") or []))),
        path=str(path),
    )


def _case_numbers(check: _Checker, data) -> CaseNumbers:
    data = check.mapping("case_numbers", data)
    check.keys("case_numbers", data, _NUMBER_KEYS, {"judges", "lone_parenthesised"})
    order = tuple(check.choice(f"case_numbers.judges[{i}]", s, SLOTS) for i, s in enumerate(check.items("case_numbers.judges", data["judges"])))
    if not order or len(set(order)) != len(order):
        raise CourtFileError(check.path, "case_numbers.judges", "expected district and/or magistrate, each once")
    prefixes = check.mapping("case_numbers.division_prefixes", data.get("division_prefixes") or {})
    for prefix in prefixes:
        if not isinstance(prefix, str) or not re.fullmatch(r"[A-Z]{1,3}", prefix):
            raise CourtFileError(check.path, f"case_numbers.division_prefixes.{prefix}", "expected 1-3 capital letters")
    examples = []
    for i, item in enumerate(check.items("case_numbers.examples", data.get("examples") or [])):
        where = f"case_numbers.examples[{i}]"
        item = check.mapping(where, item)
        check.keys(where, item, _EXAMPLE_KEYS, {"printed", "case_number"})
        examples.append(
            Example(
                printed=check.text(f"{where}.printed", item["printed"]),
                case_number=check.text(f"{where}.case_number", item["case_number"]),
                district=check.initials(f"{where}.district", item["district"]) if item.get("district") is not None else None,
                magistrate=check.initials(f"{where}.magistrate", item["magistrate"]) if item.get("magistrate") is not None else None,
                note=check.text(f"{where}.note", item["note"]) if "note" in item else None,
            )
        )
    return CaseNumbers(
        judges=order,
        lone_parenthesised=check.choice("case_numbers.lone_parenthesised", data["lone_parenthesised"], SLOTS),
        division_prefixes=MappingProxyType({p: check.office(f"case_numbers.division_prefixes.{p}", o) for p, o in prefixes.items()}),
        designations=frozenset(
            check.initials(f"case_numbers.designations[{i}]", d) for i, d in enumerate(check.items("case_numbers.designations", data.get("designations") or []))
        ),
        examples=tuple(examples),
    )


def _district_judges(check: _Checker, items) -> tuple[DistrictJudge, ...]:
    out: list[DistrictJudge] = []
    for i, item in enumerate(check.items("judges.district", items)):
        where = f"judges.district[{i}]"
        item = check.mapping(where, item)
        check.keys(where, item, _DISTRICT_KEYS, {"initials"})
        judge = DistrictJudge(
            initials=check.initials(f"{where}.initials", item["initials"]),
            name=check.text(f"{where}.name", item["name"]) if "name" in item else None,
            office=check.office(f"{where}.office", item["office"]) if item.get("office") is not None else None,
            source=check.text(f"{where}.source", item["source"]) if "source" in item else None,
        )
        if any(j.initials == judge.initials for j in out):
            raise CourtFileError(check.path, f"{where}.initials", f"{judge.initials} is listed twice")
        out.append(judge)
    return tuple(out)


def _magistrate_judges(check: _Checker, items) -> tuple[MagistrateJudge, ...]:
    out: list[MagistrateJudge] = []
    for i, item in enumerate(check.items("judges.magistrate", items)):
        where = f"judges.magistrate[{i}]"
        item = check.mapping(where, item)
        check.keys(where, item, _MAGISTRATE_KEYS, {"surname", "name", "initials"})
        judge = MagistrateJudge(
            surname=check.text(f"{where}.surname", item["surname"]),
            name=check.text(f"{where}.name", item["name"]),
            initials=check.initials(f"{where}.initials", item["initials"]),
            office=check.office(f"{where}.office", item["office"]) if item.get("office") is not None else None,
            source=check.text(f"{where}.source", item["source"]) if "source" in item else None,
        )
        for field_name, same in (("initials", lambda j: j.initials == judge.initials), ("surname", lambda j: j.surname.lower() == judge.surname.lower())):
            if any(same(j) for j in out):
                raise CourtFileError(check.path, f"{where}.{field_name}", f"{getattr(judge, field_name)} is listed twice")
        out.append(judge)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Checker:
    """Typed reads of one file's values; a wrong type is a CourtFileError naming the field."""

    path: Path

    def fail(self, where: str, message: str):
        raise CourtFileError(self.path, where, message)

    def keys(self, where: str | None, data: dict, allowed: set, required: set = frozenset()) -> None:
        check_keys(CourtFileError, self.path, where, data, allowed, required)

    def mapping(self, where: str, value) -> dict:
        return value if isinstance(value, dict) else self.fail(where, "expected a mapping")

    def items(self, where: str, value) -> list:
        return value if isinstance(value, list) else self.fail(where, "expected a list")

    def text(self, where: str, value) -> str:
        return value.strip() if isinstance(value, str) and value.strip() else self.fail(where, "expected non-empty text")

    def flag(self, where: str, value) -> bool:
        return value if isinstance(value, bool) else self.fail(where, f"expected true or false, got {value!r}")

    def office(self, where: str, value) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9:
            return value
        return self.fail(where, f"expected an office digit 0-9, got {value!r}")

    def initials(self, where: str, value) -> str:
        if isinstance(value, str) and _INITIALS.fullmatch(value):
            return value
        return self.fail(where, f"expected 1-4 capital letters, got {value!r}")

    def choice(self, where: str, value, allowed: tuple[str, ...]) -> str:
        return value if value in allowed else self.fail(where, f"expected one of {', '.join(allowed)}, got {value!r}")
