"""Helpers for testing rules: run a rule's own examples, build test documents.

Third-party pack authors can use the same harness::

    import pytest
    from courtlint.testing import rule_examples, assert_example

    @pytest.mark.parametrize(("rule", "example"), rule_examples(["my_packs/"]))
    def test_examples(rule, example):
        assert_example(rule, example)
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import Overrides
from .engine import run_rules, select_rules
from .extract import extract
from .findings import Finding
from .packs import Example, Rule, all_rules, load_packs

def make_document(text: str, name: str = "example.txt"):
    """A plain-text Document, as the examples and unit tests use."""
    return extract(text.encode("utf-8"), name=name, format="text")


def rule_examples(extra_packs: Iterable[str] = (), *, builtin: bool = True):
    """pytest parameters ``(rule, example)`` with ids like ``pack.slug[fail-0]``."""
    import pytest

    rules = all_rules(load_packs(extra_packs, builtin=builtin))
    return [
        pytest.param(rule, example, id=f"{rule.id}[{example.verdict}-{example.index}]")
        for rule in rules
        for example in rule.examples
    ]


def run_example(rule: Rule, example: Example, *, layout_pages: int | None = None) -> tuple[bool, list[Finding]]:
    """(whether the rule applied, its findings) for one example; ``layout_pages``
    reads a file example as a preview (``extract``), as a run of preview kinds does."""
    from .describe import describe

    if example.text is not None:
        doc = make_document(example.text)
    else:
        doc = extract(example.path, layout_pages=layout_pages)
    ctx_values = dict(example.context)
    overrides = Overrides(
        court=ctx_values.get("court"),
        case_number=ctx_values.get("case_number"),
        district_judge=ctx_values.get("district_judge"),
        magistrate_judge=ctx_values.get("magistrate_judge"),
        doc_type=ctx_values.get("doc_type"),
        origin="config",
    )
    ctx = describe(doc, overrides)
    # Examples run in the rule's own setting unless they say otherwise.
    defaults = {}
    if ctx.court is None and rule.applies_to.courts:
        defaults["court"] = sorted(rule.applies_to.courts)[0]
    if ctx.doc_type in (None, "other") and "doc_type" not in ctx_values and rule.applies_to.doc_types:
        defaults["doc_type"] = sorted(rule.applies_to.doc_types)[0]
    if defaults:
        ctx = ctx.replace(**defaults)
    selected = select_rules([rule], ctx, doc.features)
    if not selected:
        return False, []
    return True, run_rules(doc, ctx, selected, strict=True)


def assert_example(rule: Rule, example: Example) -> None:
    """The example holds; for a kind that runs on previews, on the full Document and on a preview."""
    _assert_example(rule, example, None)
    if rule.kind.preview and example.file is not None:
        from .api import PREVIEW_PAGES

        _assert_example(rule, example, PREVIEW_PAGES)


def _assert_example(rule: Rule, example: Example, layout_pages: int | None) -> None:
    applied, findings = run_example(rule, example, layout_pages=layout_pages)
    mine = [f for f in findings if f.rule == rule.id]
    label = f"{rule.id} {example.verdict}[{example.index}]" + (" (preview)" if layout_pages else "")
    if example.verdict == "pass":
        assert not mine, f"{label}: expected no finding, got {[f.message for f in mine]}"
        return
    assert applied, f"{label}: the rule did not apply to this example's context"
    assert mine, f"{label}: expected a finding, got none"
    if isinstance(example.flags, int):
        assert len(mine) == example.flags, f"{label}: expected {example.flags} findings, got {len(mine)}"
    elif isinstance(example.flags, str):
        wanted = " ".join(example.flags.split()).lower()
        assert any(f.excerpt and wanted in f.excerpt.lower() for f in mine), (
            f"{label}: no finding covers {example.flags!r}; excerpts: {[f.excerpt for f in mine]}"
        )
