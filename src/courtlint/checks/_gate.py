"""Conditions a rule's document must meet before a check looks for problems.

Applicability by court, judge and document type is the engine's business.
Some requirements bind only a narrower kind of paper than the document-type
vocabulary names ("a motion *to compel*", "a declaration *in support of a
sealing application*"); those rules carry a ``title`` expression that the
caption title must match, or a ``when`` expression that the text must
contain. Both are read here, the same way for every kind that offers them.
"""

from __future__ import annotations

import regex

from ._text import compile_pattern


def compile_optional(value: str | None, field_name: str, ignore_case: bool = True) -> regex.Pattern | None:
    return compile_pattern(value, field_name, ignore_case) if value else None


def title_matches(pattern: regex.Pattern | None, ctx) -> bool:
    """True when there is no title condition, or the context's title meets it.

    A document whose title could not be read does not meet a title condition:
    without it the rule cannot tell which kind of paper it is reading.
    """
    if pattern is None:
        return True
    title = getattr(ctx, "title", None)
    return bool(title) and pattern.search(" ".join(title.split())) is not None
