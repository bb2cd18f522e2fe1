"""Finding messages: ``str.format`` templates limited to plain named fields.

A pack's ``message`` is filled with the rule's parameters, the document's
context and the check's values. ``str.format`` would also evaluate attribute
access and indexing (``{match.__class__}``, ``{args[0]}``), which lets a pack
reach into objects it was never given; only ``{name}``, with an optional
conversion (``!r``) and format spec (``:>3``), is allowed here.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

import regex

_NAME = regex.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FORMATTER = string.Formatter()


def template_fields(template: str) -> list[str]:
    """The field names ``template`` uses; ValueError for anything but plain names."""
    names: list[str] = []
    for _literal, field, spec, _conversion in _FORMATTER.parse(template):
        if field is None:
            continue
        if not _NAME.fullmatch(field):
            shown = "{" + field + "}" if field else "{}"
            raise ValueError(f"{shown}: only named fields such as {{pages}} are allowed")
        names.append(field)
        if spec:
            names.extend(template_fields(spec))
    return names


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its fields filled from ``values`` (an absent one reads "?").

    A template that breaks the rules above, or a value its format spec does
    not fit, is returned unfilled rather than raising: a finding's message
    must never cost the finding.
    """
    try:
        template_fields(template)
        return template.format_map(_Missing(values))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return template
