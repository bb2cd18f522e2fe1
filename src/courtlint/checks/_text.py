"""Helpers shared by the text-matching check kinds."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..lazy_pattern import LazyPattern, rule_pattern
from ..model import FURNITURE, SCOPES, Document

#: Default scope: everything the author wrote, not the page furniture.
AUTHORED = tuple(sorted(SCOPES - FURNITURE))


def compile_pattern(value: str, field_name: str, ignore_case: bool = True) -> LazyPattern:
    """A rule's regular expression; a bad one raises ValueError naming the field
    (at once, or on first use for a built-in pack: see ``lazy_pattern``)."""
    flags = regex.MULTILINE | regex.VERSION1
    if ignore_case:
        flags |= regex.IGNORECASE
    return rule_pattern(value, flags, field_name)


def check_scopes(scope: Iterable[str], field_name: str = "scope") -> tuple[str, ...]:
    scope = tuple(scope)
    bad = [s for s in scope if s not in SCOPES]
    if bad:
        raise ValueError(f"{field_name}: unknown region {bad[0]!r} (known: {', '.join(sorted(SCOPES))})")
    return scope


def scoped(doc: Document, scope: Iterable[str]) -> str:
    return doc.scoped_text(scope)
