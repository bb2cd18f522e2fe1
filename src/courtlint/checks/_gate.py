"""Conditions a rule's document must meet before a check looks for problems.

Applicability by court, judge, document type and facets ("a motion *to
compel*") is the engine's business. What is left to a check is a ``when``
expression the text must contain, compiled here the same way for every kind
that offers one.
"""

from __future__ import annotations

import regex

from ._text import compile_pattern


def compile_optional(value: str | None, field_name: str, ignore_case: bool = True) -> regex.Pattern | None:
    return compile_pattern(value, field_name, ignore_case) if value else None
