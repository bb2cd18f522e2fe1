"""Regular expressions (the ``regex`` module) compiled on first use.

``regex`` parses a pattern in Python, at up to a few milliseconds each, and
courtlint holds some 240 of them (module constants and rule parameters).
Compiling them all at start-up cost more than linting a short file, so a
``LazyPattern`` compiles when it is first used and from then on behaves as
the compiled pattern: each method is fetched from it once and cached on the
instance, so later calls cost one attribute lookup.

Rule parameters are still checked when a pack loads: ``rule_pattern`` compiles
at once unless the caller is inside ``deferred()``, which the pack loader uses
only for the built-in packs (their patterns are compiled by the test suite;
a pack from ``--pack`` or a plugin is checked on every load).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import regex

_DEFER: ContextVar[bool] = ContextVar("courtlint_defer_patterns", default=False)


class LazyPattern:
    """A pattern that compiles on first use; then any attribute of the compiled pattern."""

    def __init__(self, source: str, flags: int = 0, field: str | None = None):
        self._source, self._flags, self._field = source, flags, field
        self._compiled: regex.Pattern | None = None

    def compile(self) -> regex.Pattern:
        """The compiled pattern. A bad one raises ValueError naming the rule's field, if known."""
        if self._compiled is None:
            try:
                self._compiled = regex.compile(self._source, self._flags)
            except regex.error as exc:
                if self._field is None:
                    raise
                raise ValueError(f"{self._field}: bad regular expression {self._source!r}: {exc}") from None
        return self._compiled

    def __getattr__(self, name: str):
        # Only reached for names not yet cached on the instance (search, finditer, pattern, ...).
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.compile(), name)
        setattr(self, name, value)
        return value

    def __reduce__(self):  # the methods cached on the instance do not pickle; the source does
        return (LazyPattern, (self._source, self._flags, self._field))

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A module constant: compiled when first used (the test suite compiles every one)."""
    return LazyPattern(source, flags)


def rule_pattern(source: str, flags: int, field: str) -> LazyPattern:
    """A rule parameter: compiled now (a bad pattern is a load error) unless inside ``deferred()``."""
    pattern = LazyPattern(source, flags, field)
    if not _DEFER.get():
        pattern.compile()
    return pattern


@contextmanager
def deferred() -> Iterator[None]:
    """Rule parameters made inside compile on first use instead of at once."""
    token = _DEFER.set(True)
    try:
        yield
    finally:
        _DEFER.reset(token)
