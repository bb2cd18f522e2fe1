"""Validation the kinds' ``Params`` share: a value from a fixed list."""

from __future__ import annotations

from collections.abc import Sequence

#: What ``pages:`` may select in the layout kinds (see ``measure.pages_in_scope``).
PAGE_SCOPES = ("main", "all")


def require_choice(field: str, value: object, choices: Sequence[str]) -> None:
    """Raise ValueError naming ``field`` unless ``value`` is one of ``choices``."""
    if value not in choices:
        raise ValueError(f"{field}: must be one of {', '.join(choices)}, got {value!r}")
