"""The redaction check on real filings: the x-ray comparison targets of issue 4.

Uses ../shared/corpus/recap (or $COURTLINT_SHARED_CORPUS) and its xray.jsonl,
which records x-ray 0.4.0's hits and, where a person reviewed the file, a
``hand_review`` of true / false_positive / true_negative. Skips when the
shared corpus is absent (a user's machine). ``benchmarks/redaction_vs_xray.py``
runs x-ray itself and prints the full comparison.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from courtlint.checks.redaction import Params, check
from courtlint.extract import InputError, extract
from courtlint.extract.redaction_layer import redaction_view

#: The layer's own budget per file; extraction, describe() and process start
#: share the rest of the 2 s that `courtlint check --select redaction` may take.
LAYER_BUDGET_S = 1.5
SPEEDUP_OVER_XRAY = 10


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
def runs(corpus) -> dict[str, tuple[set[int], float]]:
    """file -> (pages with a covered-text finding, seconds the redaction layer took)."""
    out = {}
    for path in sorted(corpus.glob("*.pdf")):
        try:
            doc = extract(path)
        except InputError:
            continue
        start = time.perf_counter()
        redaction_view(doc)
        elapsed = time.perf_counter() - start
        pages = {hit.args["page"] for hit in check(doc, Params(leak="covered"), None)}
        out[path.name] = (pages, elapsed)
    return out


def _reviewed(xray, verdict):
    return [name for name, row in xray.items() if row.get("hand_review") == verdict]


def test_every_true_leak_xray_finds_is_found(xray, runs):
    files = _reviewed(xray, "true")
    assert files
    missed = {name: sorted(set(xray[name]["pages_with_hits"]) - runs[name][0]) for name in files}
    assert not any(missed.values()), missed


def test_no_finding_on_reviewed_false_positives_and_negatives(xray, runs):
    files = _reviewed(xray, "false_positive") + _reviewed(xray, "true_negative")
    assert files
    flagged = {name: sorted(runs[name][0]) for name in files if runs[name][0]}
    assert not flagged, flagged
    xray_false = sum(len(xray[name]["pages_with_hits"]) for name in files)
    assert xray_false > 0  # x-ray's own false positives, which courtlint must beat


def test_faster_than_xray_and_within_budget(xray, runs):
    slow = {name: round(seconds, 2) for name, (_, seconds) in runs.items() if seconds > LAYER_BUDGET_S}
    assert not slow, slow
    ours = sum(seconds for _, seconds in runs.values())
    theirs = sum(xray[name]["wall_s"] for name in runs if name in xray)
    assert theirs / ours >= SPEEDUP_OVER_XRAY, f"x-ray {theirs:.0f} s, courtlint {ours:.1f} s"
