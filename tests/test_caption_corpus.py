"""The caption rules on corpus/captions/: each document's sidecar says which rules must fire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import courtlint

CAPTIONS = Path(__file__).resolve().parents[1] / "corpus" / "captions"
PACKS = ("cand-referral", "cacd-discovery")
DOCUMENTS = sorted(CAPTIONS.glob("*.txt"))


def doc_id(path: Path) -> str:
    """``cand-referral:<stem>`` / ``cacd-discovery:<stem>``, so ``-k cand-referral`` selects them."""
    return f"{PACKS[0] if path.name.startswith('cand') else PACKS[1]}:{path.stem}"


def expected(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


def test_corpus_is_there():
    assert len(DOCUMENTS) >= 10
    courts = {p.name.split("-")[0] for p in DOCUMENTS}
    assert {"cand", "cacd"} <= courts
    for path in DOCUMENTS:
        assert path.with_suffix(".expected.json").is_file(), path.name


@pytest.mark.parametrize("path", DOCUMENTS, ids=doc_id)
def test_caption_document(path):
    want = expected(path)
    result = courtlint.lint(path, select=PACKS, use_config=False, **want["context"])
    assert not result.errors
    fired = {f.rule for f in result.findings}
    for rule in want["must_fire"]:
        assert rule in fired, f"{path.name}: {rule} did not fire ({want['note']})"
    for rule in want["must_not_fire"]:
        assert rule not in fired, (
            f"{path.name}: {rule} fired: {[f.message for f in result.findings if f.rule == rule]}"
        )


@pytest.mark.parametrize("path", DOCUMENTS, ids=doc_id)
def test_findings_point_at_the_printed_case_number(path):
    want = expected(path)
    result = courtlint.lint(path, select=PACKS, use_config=False, **want["context"])
    for finding in result.findings:
        assert finding.location is not None
        assert finding.excerpt == " ".join(result.context.case_number_as_printed.split())
