"""Every finding of the sealing and discovery rules on real filings, and how well
the sealing-label search agrees with the hand labels.

    python benchmarks/review_sealing_discovery.py [DIR] [--errors-only] [--json]

DIR defaults to ../shared/corpus/recap (read-only; nothing is copied). Each file
goes through ``courtlint.lint(path)`` with only the sealing and discovery rules
selected. One line per finding: file, page, severity, rule, message, and the
verdict recorded in ``tests/snapshots/reviewed_findings_sealing.json`` when a
person has looked at it ("unreviewed" marks a finding nobody has judged, so a
change in the rules shows up as new or vanished lines). A summary follows:
findings by rule and severity, error-level precision over reviewed findings,
and the label search (``courtlint.checks.sealing_label.scan_labels``) against
``labels.jsonl``: precision and recall of "this is a redacted version" against
``is_redacted_version``, and how often the label read agrees word for word with
``sealing_label``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import courtlint  # noqa: E402
from courtlint.checks.sealing_label import scan_labels, words_of  # noqa: E402

DEFAULT_DIR = REPO.parent / "shared" / "corpus" / "recap"
SNAPSHOT = REPO / "tests" / "snapshots" / "reviewed_findings_sealing.json"

#: The sealing and discovery rules (packs of their own, and their files in cand/ and cacd/).
RULES = (
    "cand-discovery-letters",
    "cand-freeman",
    "cand-martinez-olguin",
    "cand.redacted-version-unlabelled",
    "cand.sealing-label-wording",
    "cand.seal-motion-relies-on-designation",
    "cand.seal-motion-missing-reasons",
    "cand.seal-motion-not-administrative",
    "cand.other-party-material-wrong-motion",
    "cand.seal-motion-seals-whole-documents",
    "cand.seal-order-without-table",
    "cand.discovery-motion-without-conference",
    "cand.discovery-letter-without-conference",
    "cacd.redacted-version-unlabelled",
    "cacd.sealing-label-wording",
    "cacd.seal-application-relies-on-designation",
    "cacd.seal-declaration-missing-standard",
    "cacd.other-party-designation-without-b-procedure",
    "cacd.seal-order-without-table",
    "cacd.sealed-case-legend-without-authority",
    "cacd.joint-stipulation-request-without-response",
    "cacd.joint-stipulation-responses-not-quoted",
    "cacd.joint-stipulation-missing-contentions",
    "cacd.joint-stipulation-missing-conference",
    "cacd.joint-stipulation-single-signature",
    "cacd.discovery-motion-not-joint-stipulation",
)


def findings_of(path: str) -> list[dict]:
    """The selected rules' findings on one file, as plain rows."""
    result = courtlint.lint(path, select=RULES, ignore=["courtlint.no-court-rules"], use_config=False)
    name = Path(path).name
    return [
        {
            "file": name,
            "rule": f.rule,
            "page": f.location.page if f.location else None,
            "severity": str(f.severity),
            "message": f.message,
        }
        for f in result.findings
    ]


def labels_of(path: str) -> tuple[str, list[tuple[str, str]], bool]:
    """(file name, [(family, label as read)], whether a searched page was unreadable)."""
    scan = scan_labels(courtlint.extract(path))
    return Path(path).name, [(label.family, label.text) for label in scan.labels], bool(scan.unreadable)


def load_reviewed(path: Path = SNAPSHOT) -> dict[tuple[str, str, int | None], dict]:
    if not path.is_file():
        return {}
    return {(r["file"], r["rule"], r["page"]): r for r in json.loads(path.read_text("utf-8"))}


def _letters(text: str) -> str:
    return "".join(words_of(text))


def label_accuracy(rows: dict[str, dict], scans: list[tuple[str, list, bool]]) -> dict:
    """Redacted-version detection against ``is_redacted_version``, and wording agreement."""
    tp = fp = fn = tn = same = compared = 0
    disagreements = []
    for name, labels, _ in scans:
        row = rows.get(name)
        if row is None:
            continue
        found = any(family == "redacted" for family, _ in labels)
        truth = bool(row["is_redacted_version"])
        tp, fp = tp + (found and truth), fp + (found and not truth)
        fn, tn = fn + (truth and not found), tn + (not truth and not found)
        if found != truth:
            disagreements.append((name, row["sealing_label"], [text for _, text in labels]))
        if row["sealing_label"] and labels:
            compared += 1
            # Compared letters-only, so "R EDACTED ... DOC UMENT" (small capitals) reads as printed.
            same += any(_letters(text) == _letters(row["sealing_label"]) for _, text in labels)
    return {
        "rows": tp + fp + fn + tn,
        "true_positive": tp, "false_positive": fp, "false_negative": fn, "true_negative": tn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "wording_agrees": f"{same}/{compared}",
        "disagreements": disagreements,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--errors-only", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON rows")
    args = parser.parse_args(argv)
    corpus = Path(args.dir)
    files = sorted(str(p) for p in corpus.glob("*.pdf"))
    with ProcessPoolExecutor() as pool:
        findings = [row for rows in pool.map(findings_of, files, chunksize=4) for row in rows]
        scans = list(pool.map(labels_of, files, chunksize=4))
    if args.errors_only:
        findings = [f for f in findings if f["severity"] == "error"]
    reviewed = load_reviewed()
    for f in findings:
        f["verdict"] = reviewed.get((f["file"], f["rule"], f["page"]), {}).get("verdict", "unreviewed")
    if args.json:
        print(json.dumps(findings, indent=1))
        return 0
    for f in findings:
        print(f"{f['file']}  p.{f['page'] or '-'}  {f['severity']:7}  {f['rule']}  [{f['verdict']}]\n    {f['message']}")
    print()
    by_rule = Counter((f["rule"], f["severity"]) for f in findings)
    for (rule, severity), n in sorted(by_rule.items()):
        print(f"{n:4}  {severity:7}  {rule}")
    errors = [f for f in findings if f["severity"] == "error"]
    verdicts = Counter(f["verdict"] for f in errors)
    judged = verdicts["right"] + verdicts["wrong"]
    share = f"{verdicts['right'] / judged:.1%}" if judged else "n/a"
    print(f"\nerror-level findings: {len(errors)}; right {verdicts['right']}, wrong {verdicts['wrong']}, "
          f"unreviewed {verdicts['unreviewed']}; precision {share}")
    labels_file = corpus / "labels.jsonl"
    if labels_file.is_file():
        rows = {r["file"]: r for r in map(json.loads, labels_file.read_text("utf-8").splitlines())}
        acc = label_accuracy(rows, scans)
        print(
            f"\nredacted-version label search on {acc['rows']} labelled files: precision {acc['precision']}, "
            f"recall {acc['recall']} (tp {acc['true_positive']}, fp {acc['false_positive']}, "
            f"fn {acc['false_negative']}, tn {acc['true_negative']}); wording read as labelled: {acc['wording_agrees']}"
        )
        for name, truth, found in acc["disagreements"]:
            print(f"    disagrees: {name}: labelled {truth!r}, found {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
