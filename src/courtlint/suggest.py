"""The "did you mean" of every message about an unknown name."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(name: str, known: Iterable[str]) -> str | None:
    """The known name ``name`` most likely misspells, or None."""
    close = difflib.get_close_matches(name, sorted(set(known)), n=5)
    # Swapped letters ('cnad') score no better than a changed one ('casd'): prefer them.
    close.sort(key=lambda c: sorted(c) != sorted(name))
    return close[0] if close else None
