"""The engine: rule selection, findings, crash isolation, ordering."""

from __future__ import annotations

import types
from dataclasses import dataclass

import pytest

from courtlint.checks import CheckKind
from courtlint.context import Context
from courtlint.engine import INTERNAL_ERROR, RULE_TIMEOUT, run_rules, run_rules_within, select_rules
from courtlint.findings import Hit, Severity, Source
from courtlint.model import Span
from courtlint.packs import AppliesTo, Override, Rule
from courtlint.testing import make_document


@dataclass(frozen=True)
class _Params:
    word: str = "seal"


def _kind(check, needs=frozenset({"text"})):
    module = types.SimpleNamespace(Params=_Params, check=check, NEEDS=needs, __doc__="test kind")
    return CheckKind("test", module)


def _rule(check, *, applies=AppliesTo(), overrides=(), needs=frozenset({"text"}), slug="demo-rule"):
    return Rule(
        id=f"demo.{slug}", pack="demo", slug=slug, title="Demo", severity=Severity.WARNING,
        status="stable", since=None, applies_to=applies, kind=_kind(check, needs), params=_Params(),
        raw_params={"word": "seal"}, message="Found {word} ({count} times)", rationale="r",
        source=Source("Demo R. 1", "https://example.org"), examples=(), overrides=overrides,
    )


def _find_word(doc, params, ctx):
    start = doc.text.find(params.word)
    while start >= 0:
        yield Hit(Span(start, start + len(params.word)), {"count": doc.text.count(params.word)})
        start = doc.text.find(params.word, start + 1)


DOC = make_document("Caption line\nThe parties may seal.\nThey may not seal everything.\n")


def test_hits_become_findings_with_location_excerpt_and_message():
    findings = run_rules(DOC, Context(), [_rule(_find_word)], strict=True)
    assert [f.location.line for f in findings] == [2, 3]
    first = findings[0]
    assert first.message == "Found seal (2 times)"
    assert first.excerpt == "seal"
    assert first.location.column == DOC.text.splitlines()[1].index("seal") + 1
    assert first.source.url == "https://example.org"
    assert first.docs_url.endswith("/demo/demo-rule/")


def test_a_crashing_check_is_one_internal_error_finding():
    def boom(doc, params, ctx):
        raise ZeroDivisionError("oops")
        yield

    findings = run_rules(DOC, Context(), [_rule(boom), _rule(_find_word, slug="other")])
    assert findings[0].rule == INTERNAL_ERROR or findings[-1].rule == INTERNAL_ERROR
    crash = [f for f in findings if f.rule == INTERNAL_ERROR][0]
    assert "demo.demo-rule" in crash.message and "ZeroDivisionError" in crash.message
    assert len([f for f in findings if f.rule == "demo.other"]) == 2
    with pytest.raises(ZeroDivisionError):
        run_rules(DOC, Context(), [_rule(boom)], strict=True)


def test_a_pattern_that_times_out_is_one_rule_timeout_finding_naming_rule_and_pattern():
    import regex

    from courtlint.lazy_pattern import rule_pattern, timed

    with timed(0.2):
        slow = rule_pattern("(a|aa)+$", regex.MULTILINE, "params.pattern")

    def catastrophic(doc, params, ctx):
        yield from (Hit(Span(m.start(), m.end()), {}) for m in slow.finditer(doc.text))

    doc = make_document("a" * 40 + "b\nThe parties may seal.\n")
    findings = run_rules(doc, Context(), [_rule(catastrophic), _rule(_find_word, slug="other")])
    timeout = [f for f in findings if f.rule == RULE_TIMEOUT]
    assert len(timeout) == 1 and timeout[0].severity is Severity.ERROR
    assert "demo.demo-rule" in timeout[0].message and "(a|aa)+$" in timeout[0].message
    assert "0.2 s" in timeout[0].message
    assert [f.rule for f in findings if f.rule.startswith("demo.")] == ["demo.other"]


def test_rules_stop_at_the_deadline_and_say_how_many_ran():
    from courtlint.limits import Deadline

    ran = []

    def counting(doc, params, ctx):
        ran.append(1)
        return iter(())

    rules = [_rule(counting, slug=f"r{i}") for i in range(3)]
    whole = run_rules_within(DOC, Context(), rules, deadline=Deadline(60))
    assert whole.complete and (whole.ran, whole.total) == (3, 3)
    ran.clear()
    stopped = run_rules_within(DOC, Context(), rules, deadline=Deadline(0))
    assert not stopped.complete and stopped.ran == 0 and ran == []


def test_selection_by_court_doc_type_features_and_selectors():
    rule = _rule(_find_word, applies=AppliesTo(courts=frozenset({"cacd"}), doc_types=frozenset({"protective_order"})))
    po = Context(court="cacd", doc_type="protective_order")
    assert select_rules([rule], po, DOC.features) == [rule]
    assert select_rules([rule], Context(court="cand", doc_type="protective_order"), DOC.features) == []
    assert select_rules([rule], Context(court="cacd", doc_type="motion"), DOC.features) == []
    assert select_rules([rule], po, DOC.features, ignore=["demo"]) == []
    assert select_rules([rule], po, DOC.features, select=["demo-rule"]) == [rule]
    assert select_rules([rule], po, DOC.features, select=["other-pack"]) == []
    layout = _rule(_find_word, needs=frozenset({"fonts"}))
    assert select_rules([layout], po, DOC.features) == []


def test_requires_a_known_context_field():
    rule = _rule(_find_word, applies=AppliesTo(requires=frozenset({"magistrate_judge"})))
    assert select_rules([rule], Context(), DOC.features) == []
    assert select_rules([rule], Context(magistrate_judge="JCS"), DOC.features) == [rule]


def test_severity_overrides_follow_the_context():
    override = Override(AppliesTo(magistrate_judges=frozenset({"SS"})), Severity.ERROR)
    rule = _rule(_find_word, overrides=(override,))
    assert run_rules(DOC, Context(magistrate_judge="SS"), [rule])[0].severity == Severity.ERROR
    assert run_rules(DOC, Context(magistrate_judge="AFM"), [rule])[0].severity == Severity.WARNING


def test_a_hit_without_a_span_is_placed_by_page_and_box(tmp_path):
    """A check that reads the PDF itself may find something on a page a preview did not lay out."""
    from courtlint.extract import extract

    from .conftest import SAMPLES

    doc = extract(SAMPLES / "motion-to-compel-cand.pdf", layout_pages=1)
    box = (72.0, 100.0, 200.0, 112.0)

    def on_page_two(doc, params, ctx):
        yield Hit(None, {"count": 1}, page=2, bbox=box, excerpt="hidden words")

    [finding] = run_rules(doc, Context(), [_rule(on_page_two, needs=frozenset({"pages"}))], strict=True)
    assert finding.location.page == 2 and finding.location.bbox == box
    assert finding.location.start == finding.location.end == doc.pages[1].span.start
    assert finding.excerpt == "hidden words"
