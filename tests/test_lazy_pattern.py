"""Patterns compiled on first use behave as compiled patterns; bad ones still name their field."""

from __future__ import annotations

import pickle

import pytest
import regex

from courtlint.lazy_pattern import LazyPattern, deferred, lazy, rule_pattern


def test_a_lazy_pattern_compiles_on_first_use_and_then_acts_as_the_pattern():
    pattern = lazy(r"\bseal(?:ed)?\b", regex.IGNORECASE)
    assert pattern._compiled is None
    assert [m.group() for m in pattern.finditer("Sealed. Not sealing. seal")] == ["Sealed", "seal"]
    assert pattern.pattern == r"\bseal(?:ed)?\b"
    assert "search" not in vars(pattern)
    assert pattern.search("under seal")
    assert vars(pattern)["search"] == pattern._compiled.search  # cached: the next call skips __getattr__


def test_a_rule_pattern_is_checked_at_once_unless_deferred():
    with pytest.raises(ValueError, match=r"params\.pattern: bad regular expression '\('"):
        rule_pattern("(", 0, "params.pattern")
    with deferred():
        bad = rule_pattern("(", 0, "params.pattern")
    with pytest.raises(ValueError, match="params.pattern"):
        bad.search("text")
    with pytest.raises(regex.error):
        lazy("(").search("x")


def test_a_used_pattern_pickles_by_its_source():
    pattern = lazy("a+b", regex.IGNORECASE)
    assert pattern.search("xAAB")
    copy = pickle.loads(pickle.dumps(pattern))
    assert isinstance(copy, LazyPattern) and copy.search("aab").group() == "aab"
