"""The redaction check on real filings: the x-ray comparison targets of issue 4.

Uses ../shared/corpus/recap (or $COURTLINT_SHARED_CORPUS) and its xray.jsonl,
which records x-ray 0.4.0's hits and, where a person reviewed the file, a
``hand_review`` of true / false_positive / true_negative. Skips when the
shared corpus is absent (a user's machine). ``benchmarks/redaction_vs_xray.py``
runs x-ray itself and prints the full comparison, with both tools' times.

The files go through the API as ``courtlint check --select redaction`` runs
them (a preview Document); tests/test_recap_error_findings.py covers the same
rules on fully laid-out Documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from courtlint.api import make_linter


@pytest.fixture(scope="module")
def corpus(recap) -> Path:
    if not (recap / "xray.jsonl").is_file():
        pytest.skip("the shared corpus has no xray.jsonl")
    return recap


@pytest.fixture(scope="module")
def xray(corpus) -> dict[str, dict]:
    rows = (json.loads(line) for line in (corpus / "xray.jsonl").read_text().splitlines() if line.strip())
    return {row["file"]: row for row in rows}


@pytest.fixture(scope="module")
def runs(corpus) -> dict[str, set[int]]:
    """file -> pages with a text-under-redaction-box finding."""
    linter = make_linter(select=["redaction.text-under-redaction-box"], use_config=False)
    out = {}
    for path in sorted(corpus.glob("*.pdf")):
        result = linter.lint(path)
        out[path.name] = {f.location.page for f in result.findings if f.rule == "redaction.text-under-redaction-box"}
    return out


def test_the_run_reads_a_preview(corpus):
    """Only redaction rules selected: pages 1-2 laid out, the rest read by the redaction layer."""
    from courtlint.api import PREVIEW_PAGES
    from courtlint.config import Settings

    assert make_linter(select=["redaction"], use_config=False)._depth(Settings()) == PREVIEW_PAGES


def _reviewed(xray, verdict):
    return [name for name, row in xray.items() if row.get("hand_review") == verdict]


def test_every_true_leak_xray_finds_is_found(xray, runs):
    files = _reviewed(xray, "true")
    assert files
    missed = {name: sorted(set(xray[name]["pages_with_hits"]) - runs[name]) for name in files}
    assert not any(missed.values()), missed


def test_no_finding_on_reviewed_false_positives_and_negatives(xray, runs):
    files = _reviewed(xray, "false_positive") + _reviewed(xray, "true_negative")
    assert files
    flagged = {name: sorted(runs[name]) for name in files if runs[name]}
    assert not flagged, flagged
    xray_false = sum(len(xray[name]["pages_with_hits"]) for name in files)
    assert xray_false > 0  # x-ray's own false positives, which courtlint must beat
