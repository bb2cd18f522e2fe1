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

A pattern from such a pack (not deferred) also matches under a time limit
(``regex``'s ``timeout=``, ``USER_TIMEOUT`` seconds per call unless the loader
sets another with ``timed()``): a nested quantifier such as ``(a|aa)+$`` can
backtrack for hours, and the call raises ``PatternTimeout`` instead. Built-in
patterns are reviewed and tested, and match untimed: the timed wrapper adds
about a microsecond to every call.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import regex

#: Seconds one match call with a user pack's pattern may take.
USER_TIMEOUT = 2.0
_DEFER: ContextVar[bool] = ContextVar("courtlint_defer_patterns", default=False)
_TIMEOUT: ContextVar[float | None] = ContextVar("courtlint_pattern_timeout", default=USER_TIMEOUT)
#: The methods of a compiled pattern that take ``timeout=``; those returning iterators time each step.
_TIMED = frozenset({"search", "match", "fullmatch", "findall", "split", "sub", "subn", "subf", "subfn"})
_TIMED_ITER = frozenset({"finditer", "splititer"})


class PatternTimeout(TimeoutError):
    """A match with a pattern from a rule pack ran past its time limit."""

    def __init__(self, field: str | None, source: str, seconds: float):
        where = f"{field} " if field else ""
        super().__init__(f"the regular expression {where}{source!r} ran over the {seconds:g} s limit")
        self.field, self.source, self.seconds = field, source, seconds

    def __reduce__(self):
        return (PatternTimeout, (self.field, self.source, self.seconds))


class LazyPattern:
    """A pattern that compiles on first use; then any attribute of the compiled pattern.

    With ``timeout`` (seconds), every match call runs under that limit and
    raises ``PatternTimeout`` past it.
    """

    def __init__(self, source: str, flags: int = 0, field: str | None = None, timeout: float | None = None):
        self._source, self._flags, self._field, self._timeout = source, flags, field, timeout
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
        if self._timeout is not None and name in _TIMED:
            value = self._timed(value)
        elif self._timeout is not None and name in _TIMED_ITER:
            value = self._timed_iter(value)
        setattr(self, name, value)
        return value

    def _timed(self, method):
        @functools.wraps(method)
        def call(*args, **kwargs):
            try:
                return method(*args, timeout=self._timeout, **kwargs)
            except TimeoutError:
                raise PatternTimeout(self._field, self._source, self._timeout) from None

        return call

    def _timed_iter(self, method):
        @functools.wraps(method)
        def call(*args, **kwargs):
            try:
                yield from method(*args, timeout=self._timeout, **kwargs)
            except TimeoutError:
                raise PatternTimeout(self._field, self._source, self._timeout) from None

        return call

    def __reduce__(self):  # the methods cached on the instance do not pickle; the source does
        return (LazyPattern, (self._source, self._flags, self._field, self._timeout))

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A module constant: compiled when first used (the test suite compiles every one)."""
    return LazyPattern(source, flags)


def rule_pattern(source: str, flags: int, field: str) -> LazyPattern:
    """A rule parameter: compiled now (a bad pattern is a load error) and timed,
    unless inside ``deferred()`` (a built-in pack)."""
    if _DEFER.get():
        return LazyPattern(source, flags, field)
    pattern = LazyPattern(source, flags, field, timeout=_TIMEOUT.get())
    pattern.compile()
    return pattern


@contextmanager
def timed(seconds: float | None) -> Iterator[None]:
    """Rule parameters made inside (outside ``deferred()``) match under ``seconds`` per call; None: untimed."""
    token = _TIMEOUT.set(seconds)
    try:
        yield
    finally:
        _TIMEOUT.reset(token)


@contextmanager
def deferred() -> Iterator[None]:
    """Rule parameters made inside compile on first use instead of at once."""
    token = _DEFER.set(True)
    try:
        yield
    finally:
        _DEFER.reset(token)
