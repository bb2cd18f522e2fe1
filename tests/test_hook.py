"""``check_before_filing``: the pass/fail gate for document-management systems."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtlint.hook import Verdict, check_before_filing

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
NO_79_5 = "protective-orders.missing-sealing-rule-reference"
FAILING = b"""STIPULATED PROTECTIVE ORDER
13. FILING PROTECTED MATERIAL
A Party that wishes to file Protected Material shall follow the Court's usual procedures for sealed records.
"""
PASSING = b"""STIPULATED PROTECTIVE ORDER
12.3 Filing Protected Material. A Party that seeks to file under seal any Protected Material must comply with Civil Local Rule 79-5.
"""
CONTEXT = {"court": "cacd", "doc_type": "protective_order"}


def test_bytes_with_context_fail_and_report_the_rule():
    verdict = check_before_filing(FAILING, name="order.txt", **CONTEXT)
    assert isinstance(verdict, Verdict)
    assert not verdict and verdict.passed is False
    assert NO_79_5 in {f.rule for f in verdict.result.findings}
    assert NO_79_5 in verdict.report and "order.txt" in verdict.report
    assert "\x1b[" not in verdict.report  # plain text, no terminal colours


def test_fail_on_sets_the_threshold():
    assert check_before_filing(PASSING, **CONTEXT).passed  # only a warning (no GOOD CAUSE STATEMENT) remains
    warned = check_before_filing(PASSING, fail_on="warning", **CONTEXT)
    assert not warned.passed
    assert {str(f.severity) for f in warned.result.findings} == {"warning"}
    with pytest.raises(ValueError, match="fail_on"):
        check_before_filing(PASSING, fail_on="fatal")


def test_paths_use_the_matter_config(tmp_path: Path):
    (tmp_path / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    draft = tmp_path / "drafts" / "order.txt"
    draft.parent.mkdir()
    draft.write_bytes(FAILING)
    verdict = check_before_filing(draft)
    assert not verdict.passed
    assert verdict.result.context.court == "cacd"
    # No case profile: no court, so no protective-order rules; only the note that no court's rules ran.
    bare = check_before_filing(draft, use_config=False).result.findings
    assert [f.rule for f in bare] == ["courtlint.no-court-rules"]


def test_pdf_samples_and_unreadable_input():
    assert not check_before_filing(SAMPLES / "stipulated-protective-order-cacd.pdf").passed
    assert check_before_filing(SAMPLES / "stipulated-protective-order-cacd-fixed.pdf").passed
    missing = check_before_filing(SAMPLES / "no-such-file.pdf")
    assert not missing.passed and missing.result.unreadable
    assert "not-found" in missing.report
