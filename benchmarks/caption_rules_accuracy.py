"""Precision and recall of the caption rules (packs ``cand-referral`` and ``cacd-discovery``).

    python benchmarks/caption_rules_accuracy.py [--verbose] [RECAP_DIR]

1. ``corpus/captions/``: every ``<name>.txt`` is linted with the context in its
   ``<name>.expected.json``; a rule in ``must_fire`` that fires is a true
   positive, one that does not a false negative; a rule in ``must_not_fire``
   that fires is a false positive, one that does not a true negative.

2. The shared RECAP sample (``../shared/corpus/recap`` or
   ``$COURTLINT_SHARED_CORPUS``; skipped when absent, read-only). Each labelled
   N.D. Cal. / C.D. Cal. PDF is linted twice with ``courtlint.lint``:

   * ``as labelled``: ``referred_to`` = the magistrate judge's initials the
     caption prints (labels.jsonl), or none. These captions print the
     referral they have, so a correct designation must not be flagged.
   * ``counterfactual``: every N.D. Cal. file as if referred to Judge Spero
     (JCS), every C.D. Cal. file as if referred to Judge Segal (SS). Real
     captions then lack the designation, which measures whether the rules
     find the printed case number (recall) and whether the discovery-topic
     test keeps non-discovery filings out (precision).

   The expected verdict comes from the labels (court, document type, printed
   judges' initials) plus one hand judgement, ``DISCOVERY_FILES``: which
   C.D. Cal. filings in the sample are about discovery, read from their titles.
   Every finding is listed with its verdict with ``--verbose``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import courtlint
from courtlint.api import make_linter
from courtlint.packs import all_rules, load_packs

REPO = Path(__file__).resolve().parents[1]
CAPTIONS = REPO / "corpus" / "captions"
PACKS = ("cand-referral", "cacd-discovery")
REFERRAL = "cand-referral.missing-referral-designation"
SEGAL = "cacd-discovery.missing-discovery-designation"
ANDERSON = "cacd-discovery.missing-discovery-matter-label"
CAPTIONED = {"pleading_caption", "court_form", "transcript_caption", "letter_re_line"}
DOC_TYPE_MAP = {"verdict_or_jury": "other", "letter": "joint_letter"}
#: C.D. Cal. filings in the RECAP dev sample whose caption title is about discovery
#: (hand judgement from the titles in labels.jsonl): an L.R. 37-2.3 supplemental
#: brief on a motion to compel, and an opposition to a Rule 26(b)(5)(B) motion on
#: a claim of privilege. No file in the sample prints a Segal designation.
DISCOVERY_FILES = frozenset(
    {
        "gov.uscourts.cacd.635155.962.0.pdf",
        "gov.uscourts.cacd.646349.637.0_1.pdf",
    }
)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, expected: bool, fired: bool, label: str) -> None:
        if expected and fired:
            self.tp += 1
        elif expected:
            self.fn += 1
            self.wrong.append(f"FN {label}")
        elif fired:
            self.fp += 1
            self.wrong.append(f"FP {label}")
        else:
            self.tn += 1

    def line(self, name: str) -> str:
        p = f"{self.tp / (self.tp + self.fp):.2f}" if self.tp + self.fp else "n/a"
        r = f"{self.tp / (self.tp + self.fn):.2f}" if self.tp + self.fn else "n/a"
        return f"  {name:<52} TP {self.tp:3d}  FP {self.fp:3d}  FN {self.fn:3d}  TN {self.tn:3d}  precision {p:>4}  recall {r:>4}"


def recap_dir(argument: str | None) -> Path | None:
    if argument:
        path = Path(argument)
    elif env := os.environ.get("COURTLINT_SHARED_CORPUS"):
        path = Path(env)
    else:
        path = REPO.parent / "shared" / "corpus" / "recap"
    return path if (path / "labels.jsonl").is_file() else None


# ---- 1. corpus/captions -------------------------------------------------------------------


def synthetic(verbose: bool) -> dict[str, Counts]:
    counts: dict[str, Counts] = {}
    for path in sorted(CAPTIONS.glob("*.txt")):
        want = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        result = courtlint.lint(path, select=PACKS, ignore=["courtlint.no-court-rules"], use_config=False, **want["context"])
        fired = {f.rule for f in result.findings}
        for rule in want["must_fire"] + want["must_not_fire"]:
            counts.setdefault(rule, Counts()).add(rule in want["must_fire"], rule in fired, path.name)
        if verbose:
            for f in result.findings:
                print(f"    {path.name}: {f.rule}: {f.message}")
    return counts


# ---- 2. the RECAP sample -------------------------------------------------------------------


def expected_rules(row: dict, referral: str | None, doc_types: dict[str, frozenset]) -> set[str]:
    """Rules that should fire on a labelled RECAP file linted with ``referral``."""
    caption = row["caption"]
    if caption["case_number_as_printed"] is None or caption["caption_kind"] not in CAPTIONED:
        return set()  # no caption: nothing to check
    doc_type = DOC_TYPE_MAP.get(row["doc_type"], row["doc_type"])
    district, magistrate = caption["district_judge_initials"], caption["magistrate_judge_initials"]
    out = set()
    if row["court"] == "cand" and referral and doc_type in doc_types[REFERRAL]:
        designated = district is not None and magistrate == referral
        all_purpose = district == referral and magistrate is None
        if not (designated or all_purpose):
            out.add(REFERRAL)
    if row["court"] == "cacd" and row["file"] in DISCOVERY_FILES:
        if referral == "SS" and doc_type in doc_types[SEGAL]:
            out.add(SEGAL)
        if district == "PA" and doc_type in doc_types[ANDERSON]:
            out.add(ANDERSON)
    return out


def real(corpus: Path, verbose: bool) -> None:
    rows = [json.loads(line) for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["court"] in ("cand", "cacd") and (corpus / r["file"]).is_file()]
    rules = {r.id: r for r in all_rules(load_packs()) if r.pack in PACKS}
    doc_types = {rid: rule.applies_to.doc_types or frozenset() for rid, rule in rules.items()}
    linters: dict[str | None, object] = {}

    def lint(path: Path, referral: str | None):
        if referral not in linters:
            linters[referral] = make_linter(referred_to=referral, select=PACKS, ignore=["courtlint.no-court-rules"], use_config=False)
        return linters[referral].lint(path)

    captioned = sum(1 for r in rows if r["caption"]["case_number_as_printed"] and r["caption"]["caption_kind"] in CAPTIONED)
    print(f"\n== RECAP sample: {len(rows)} N.D./C.D. Cal. PDFs, {captioned} with a caption case number ({corpus})")
    start = time.perf_counter()
    for run, pick in (
        ("as labelled (referred_to = printed magistrate)", lambda r: r["caption"]["magistrate_judge_initials"]),
        ("counterfactual (cand -> JCS, cacd -> SS)", lambda r: "JCS" if r["court"] == "cand" else "SS"),
    ):
        counts = {rid: Counts() for rid in rules}
        findings = 0
        listing = []
        for row in rows:
            referral = pick(row)
            result = lint(corpus / row["file"], referral)
            fired = {f.rule for f in result.findings}
            want = expected_rules(row, referral, doc_types)
            for rid in rules:
                counts[rid].add(rid in want, rid in fired, f"{row['file']} ({row['doc_type']}, {row['caption']['case_number_as_printed']})")
            for f in result.findings:
                findings += 1
                verdict = "right" if f.rule in want else "WRONG"
                listing.append(f"    [{verdict}] {row['file']}: {f.rule}: {f.message}")
        right = sum(c.tp for c in counts.values())
        print(f"-- {run}: {findings} findings, {right} right, {findings - right} wrong")
        for rid in sorted(rules):
            print(counts[rid].line(rid))
        for c in counts.values():
            for w in c.wrong:
                print(f"    {w}")
        if verbose:
            print("\n".join(listing))
    print(f"   ({time.perf_counter() - start:.1f} s)")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    print(f"== corpus/captions: {len(list(CAPTIONS.glob('*.txt')))} documents")
    counts = synthetic(verbose)
    for rule in sorted(counts):
        print(counts[rule].line(rule))
        for w in counts[rule].wrong:
            print(f"    {w}")
    corpus = recap_dir(args[0] if args else None)
    if corpus is None:
        print("\n== RECAP sample: not present, skipped")
    else:
        real(corpus, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
