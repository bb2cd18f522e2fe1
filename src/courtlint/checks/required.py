"""Flag a document that lacks text it must contain.

The hit is document-level (no span): what is wrong is an absence.

Params:
    pattern: Regular expression that must match at least ``min_count`` times.
    scope: Regions to search; default: everything but page furniture.
    min_count: How many matches are required (default 1).
    ignore_case: Match case-insensitively (default true).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Hit
from ._text import AUTHORED, check_scopes, compile_pattern

NEEDS = frozenset({"text"})


@dataclass(frozen=True, kw_only=True)
class Params:
    pattern: str
    scope: tuple[str, ...] = AUTHORED
    min_count: int = 1
    ignore_case: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "_re", compile_pattern(self.pattern, "pattern", self.ignore_case))
        check_scopes(self.scope)
        if self.min_count < 1:
            raise ValueError("min_count: must be at least 1")


def check(doc, params: Params, ctx) -> Iterator[Hit]:
    text = doc.scoped_text(params.scope)
    found = 0
    for _ in params._re.finditer(text):
        found += 1
        if found >= params.min_count:
            return
    yield Hit(None, {"found": found, "min_count": params.min_count})
