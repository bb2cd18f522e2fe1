"""describe() on real filings: the labelled RECAP sample in ../shared/corpus/recap.

Skips when the shared corpus is absent (a user's machine). The scoring lives in
``benchmarks/describe_accuracy.py``, which prints every wrong row.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from courtlint.describe import describe
from courtlint.extract import InputError, extract

REPO = Path(__file__).resolve().parents[1]
THRESHOLD = 0.97


def _benchmark():
    spec = importlib.util.spec_from_file_location("_describe_accuracy", REPO / "benchmarks" / "describe_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(recap) -> Path:
    return recap


@pytest.fixture(scope="module")
def scores(corpus):
    return _benchmark().evaluate(corpus)[0]


def _report(score) -> str:
    rows = "\n".join(f"  {file}: {expected!r} -> {got!r}" for file, expected, got in score.wrong)
    return f"{score.right}/{score.total} right\n{rows}"


@pytest.mark.parametrize("field", ["case_number", "district_judge", "magistrate_judge"])
def test_captioned_rows(scores, field):
    score = scores[field]
    assert score.total > 0
    assert score.accuracy >= THRESHOLD, _report(score)


def test_slip_sheets_take_the_stamp_case_number(scores):
    score = scores["stamp_case_number"]
    assert score.total > 0
    assert not score.wrong, _report(score)


def test_every_file_is_described_without_a_crash(corpus, scores):
    # ``scores`` has described every labelled file already; describe the rest.
    labelled = {json.loads(line)["file"] for line in (corpus / "labels.jsonl").open() if line.strip()}
    for path in sorted(corpus.glob("*.pdf")):
        if path.name in labelled:
            continue
        try:
            document = extract(path)
        except InputError:
            continue  # unreadable input is extraction's report, not describe's
        ctx = describe(document)
        assert ctx.pages == len(document.pages)
