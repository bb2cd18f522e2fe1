"""Every expected outcome in corpus/protective-orders/ holds.

Each document has a sidecar ``<name>.expected.json``: the court (and any
referred magistrate judge) to lint it in, the rule slugs of the
``protective-orders`` pack that must fire, and those that must stay quiet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import courtlint
from courtlint.packs import load_packs

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "protective-orders"
PACK = "protective-orders"
SIDECARS = sorted(CORPUS.glob("*.expected.json"))


def _document(sidecar: Path) -> Path:
    stem = sidecar.name.removesuffix(".expected.json")
    found = [p for p in CORPUS.glob(f"{stem}.*") if p.suffix in (".txt", ".docx")]
    assert len(found) == 1, f"{sidecar.name}: expected one document named {stem}.txt or .docx, found {found}"
    return found[0]


def _fired(path: Path, expected: dict) -> tuple[set[str], list]:
    result = courtlint.lint(
        path,
        court=expected["court"],
        doc_type=expected["doc_type"],
        referred_to=expected.get("referred_to"),
        select=[PACK],
        use_config=False,
    )
    assert not result.errors, result.errors
    crashes = [f.message for f in result.findings if f.rule == "courtlint.internal-error"]
    assert not crashes, crashes
    return {f.rule.split(".", 1)[1] for f in result.findings}, list(result.findings)


def test_corpus_is_complete():
    """At least 12 documents, in both districts, each sidecar covering every rule of the pack once."""
    slugs = {r.slug for p in load_packs() if p.name == PACK for r in p.rules}
    assert len(SIDECARS) >= 12
    courts = set()
    for sidecar in SIDECARS:
        expected = json.loads(sidecar.read_text())
        courts.add(expected["court"])
        listed = expected["fire"] + expected["quiet"]
        assert sorted(listed) == sorted(slugs), f"{sidecar.name} must list each rule exactly once"
    assert courts == {"cacd", "cand"}


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_expected_outcomes(sidecar: Path):
    expected = json.loads(sidecar.read_text())
    fired, findings = _fired(_document(sidecar), expected)
    missing = sorted(set(expected["fire"]) - fired)
    unexpected = sorted(set(expected["quiet"]) & fired)
    details = [f"{f.rule}: {f.excerpt}" for f in findings if f.rule.split(".", 1)[1] in unexpected]
    assert not missing, f"should have fired: {missing}"
    assert not unexpected, f"should have stayed quiet: {details}"


def test_segal_referral_raises_severity():
    """Referred to Judge Segal, the missing heading and the dispute procedure are errors; elsewhere warnings."""
    expected = json.loads((CORPUS / "cacd-segal-rejected.expected.json").read_text())
    text = (CORPUS / "cacd-segal-rejected.txt").read_text()
    assert "(SSx)" in text and "Suzanne H. Segal" in text

    def severities(source: str) -> dict[str, str]:
        result = courtlint.lint(
            source.encode(), name="order.txt", court="cacd", doc_type="protective_order", select=[PACK], use_config=False
        )
        return {f.rule.split(".", 1)[1]: str(f.severity) for f in result.findings}

    referred = severities(text)
    # The same order in a case referred to another magistrate judge.
    elsewhere = severities(text.replace("(SSx)", "(AGRx)").replace("Suzanne H. Segal", "Alicia G. Rosenberg"))
    assert set(referred) == set(elsewhere) == set(expected["fire"])
    for slug in ("missing-good-cause-statement", "nonconforming-dispute-procedure"):
        assert (referred[slug], elsewhere[slug]) == ("error", "warning")
