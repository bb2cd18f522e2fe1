"""What checks yield (``Hit``) and what users see (``Finding``).

``Finding.to_dict`` is the JSON contract of DESIGN.md section 5: its field
names are public, and ``SCHEMA`` is bumped when they change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from .model import BBox, Location, Span

SCHEMA = 1
DOCS_BASE = "https://courtlint.readthedocs.io/en/latest/rules"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Source:
    """The authority a rule comes from."""

    cite: str
    url: str
    quote: str | None = None

    def to_dict(self) -> dict:
        out = {"cite": self.cite, "url": self.url}
        if self.quote:
            out["quote"] = self.quote
        return out


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem found by a check.

    ``span`` is where it is in ``Document.text`` (None: the whole document,
    e.g. something required is missing). ``args`` fill the rule's message
    placeholders. ``severity`` lets a check downgrade or raise a hit when the
    rule declares that it may (e.g. a heading present but a thin section).
    ``page`` and ``bbox`` place a hit that has no span: something found in
    the PDF itself on a page whose text the Document does not hold (a preview).
    """

    span: Span | None = None
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    severity: Severity | None = None
    message: str | None = None  # replaces the rule's message when set
    excerpt: str | None = None  # replaces the text under ``span`` (e.g. a masked identifier)
    page: int | None = None  # 1-based; only when ``span`` is None
    bbox: BBox | None = None  # on ``page``, top-left origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    path: str
    location: Location | None
    excerpt: str | None
    source: Source
    docs_url: str

    @property
    def sort_key(self) -> tuple:
        loc = self.location
        return (self.path, (loc.page or 0) if loc else 0, loc.start if loc else -1, self.rule)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "location": self.location.to_dict() if self.location else None,
            "excerpt": self.excerpt,
            "source": self.source.to_dict(),
            "docs_url": self.docs_url,
        }


def docs_url(rule_id: str) -> str:
    pack, _, slug = rule_id.partition(".")
    return f"{DOCS_BASE}/{pack}/{slug}/"
