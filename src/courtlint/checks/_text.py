"""Helpers shared by the text-matching check kinds."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..model import FURNITURE, SCOPES, Document

#: Default scope: everything the author wrote, not the page furniture.
AUTHORED = tuple(sorted(SCOPES - FURNITURE))


def compile_pattern(value: str, field_name: str, ignore_case: bool = True) -> regex.Pattern:
    """Compile a rule's regular expression, naming the field when it is bad."""
    flags = regex.MULTILINE | regex.VERSION1
    if ignore_case:
        flags |= regex.IGNORECASE
    try:
        return regex.compile(value, flags)
    except regex.error as exc:
        raise ValueError(f"{field_name}: bad regular expression {value!r}: {exc}") from None


def check_scopes(scope: Iterable[str], field_name: str = "scope") -> tuple[str, ...]:
    scope = tuple(scope)
    bad = [s for s in scope if s not in SCOPES]
    if bad:
        raise ValueError(f"{field_name}: unknown region {bad[0]!r} (known: {', '.join(sorted(SCOPES))})")
    return scope


def scoped(doc: Document, scope: Iterable[str]) -> str:
    return doc.scoped_text(scope)
