"""Flag text that must not appear.

Each match of ``pattern`` in the selected regions is one hit, unless
``unless`` matches within ``window`` characters on either side of it (for
exceptions that live next to the forbidden words).

Params:
    pattern: Regular expression (case-insensitive unless ``ignore_case`` is false).
    scope: Regions to search; default: everything but page furniture.
    unless: Optional expression that excuses a match found near it.
    window: Characters either side of a match searched for ``unless``.
    ignore_case: Match case-insensitively (default true).
    max_hits: Report at most this many matches per document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Hit
from ..model import Span
from ._text import AUTHORED, check_scopes, compile_pattern

NEEDS = frozenset({"text"})


@dataclass(frozen=True, kw_only=True)
class Params:
    pattern: str
    scope: tuple[str, ...] = AUTHORED
    unless: str | None = None
    window: int = 200
    ignore_case: bool = True
    max_hits: int = 20

    def __post_init__(self) -> None:
        object.__setattr__(self, "_re", compile_pattern(self.pattern, "pattern", self.ignore_case))
        unless = compile_pattern(self.unless, "unless", self.ignore_case) if self.unless else None
        object.__setattr__(self, "_unless", unless)
        check_scopes(self.scope)


def check(doc, params: Params, ctx) -> Iterator[Hit]:
    text = doc.scoped_text(params.scope)
    count = 0
    for m in params._re.finditer(text):
        if params._unless is not None:
            lo, hi = max(0, m.start() - params.window), min(len(text), m.end() + params.window)
            if params._unless.search(text, lo, hi):
                continue
        yield Hit(Span(m.start(), m.end()), {"match": " ".join(m.group(0).split())})
        count += 1
        if count >= params.max_hits:
            return
