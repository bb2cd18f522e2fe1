"""Patterns compiled on first use behave as compiled patterns; bad ones still name their field."""

from __future__ import annotations

import pickle

import pytest
import regex

from courtlint.lazy_pattern import LazyPattern, PatternTimeout, deferred, lazy, rule_pattern, timed


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


def test_a_user_pattern_matches_under_a_time_limit_and_a_builtin_one_does_not():
    import time

    with timed(0.2):
        user = rule_pattern("(a|aa)+$", 0, "params.pattern")
    with deferred():
        builtin = rule_pattern("(a|aa)+$", 0, "params.pattern")
    assert builtin._timeout is None and user._timeout == 0.2
    for method, call in [("search", lambda: user.search("a" * 40 + "b")),
                         ("finditer", lambda: list(user.finditer("a" * 40 + "b"))),
                         ("sub", lambda: user.sub("", "a" * 40 + "b"))]:
        start = time.monotonic()
        with pytest.raises(PatternTimeout, match=r"params\.pattern '\(a\|aa\)\+\$' ran over the 0.2 s limit"):
            call()
        assert time.monotonic() - start < 5, method
    assert user.search("xaa").group() == "aa"  # an ordinary match is unaffected
    assert [m.group() for m in user.finditer("ab aa")] == ["aa"]
    copy = pickle.loads(pickle.dumps(user))
    assert copy._timeout == 0.2
    with pytest.raises(PatternTimeout):
        copy.search("a" * 40 + "b")


def test_a_user_pack_loads_with_the_linters_regex_timeout(tmp_path):
    from courtlint.api import Linter

    pack = tmp_path / "demo"
    pack.mkdir()
    (pack / "pack.yml").write_text('name: demo\ntitle: Demo\nsource: {title: Demo, url: "https://example.org/r"}\n')
    (pack / "word.yml").write_text(
        "id: word\ntitle: A word\nseverity: warning\ncheck: pattern\nparams: {pattern: 'heretofore'}\n"
        "message: m\nrationale: r\nsource: {cite: D, url: \"https://example.org/r/1\"}\n"
        "examples:\n  fail: [{text: heretofore}]\n  pass: [{text: now}]\n"
    )
    for seconds in (0.5, None):
        packs = Linter(extra_packs=(str(pack),), regex_timeout=seconds).packs()
        user = next(r for p in packs for r in p.rules if r.id == "demo.word")
        builtin = next(r for p in packs for r in p.rules if r.kind.name == "pattern" and r.pack != "demo")
        assert user.params._re._timeout == seconds
        assert builtin.params._re._timeout is None
