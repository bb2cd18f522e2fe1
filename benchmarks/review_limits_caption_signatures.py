"""Every finding of the length, first-page and signature rules on real filings, for review by hand.

    python benchmarks/review_limits_caption_signatures.py [DIR] [--errors-only] [--json]

DIR defaults to ../shared/corpus/recap (read-only; nothing is copied). The
rules are those of the ``limit``, ``first-page`` and ``signature`` check kinds
in the cand, cacd and frcp packs; each file is linted with
``courtlint.lint`` exactly as a user would lint it, with no case profile.

One line per finding: file, page, severity, rule, message, and the verdict
recorded in ``tests/snapshots/reviewed_findings_limits.json`` when a person
has looked at that finding (right/wrong and why). "unreviewed" marks a finding
nobody has judged yet, and reviewed findings that no longer appear are listed
as gone, so any change in the rules shows up. A summary by rule and the
error-level precision over reviewed findings follow.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import courtlint  # noqa: E402
from courtlint.packs import all_rules, load_packs  # noqa: E402

KINDS = ("limit", "first-page", "signature")
PACKS = ("cand", "cacd", "frcp")
DEFAULT_DIR = REPO.parent / "shared" / "corpus" / "recap"
SNAPSHOT = REPO / "tests" / "snapshots" / "reviewed_findings_limits.json"


def rule_ids() -> list[str]:
    """The court and federal-rule packs' rules built on this review's check kinds."""
    return sorted(r.id for r in all_rules(load_packs()) if r.kind.name in KINDS and r.pack in PACKS)


def findings(folder: Path, select: list[str]) -> list[dict]:
    """One dict per finding: file, page, severity, rule, message."""
    out = []
    linter = courtlint.make_linter(select=select, ignore=["courtlint.no-court-rules"], use_config=False)
    for path in sorted(folder.glob("*.pdf")):
        result = linter.lint(path)
        for f in result.findings:
            out.append(
                {
                    "file": path.name,
                    "page": f.location.page if f.location else None,
                    "severity": str(f.severity),
                    "rule": f.rule,
                    "message": f.message,
                }
            )
    return out


def load_reviewed(path: Path = SNAPSHOT) -> dict[tuple[str, str, int | None], dict]:
    if not path.is_file():
        return {}
    return {(r["file"], r["rule"], r["page"]): r for r in json.loads(path.read_text())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--errors-only", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the findings as JSON instead")
    args = ap.parse_args(argv)
    folder = Path(args.dir)
    if not folder.is_dir():
        print(f"no corpus at {folder}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    found = findings(folder, rule_ids())
    seconds = time.perf_counter() - start
    if args.errors_only:
        found = [f for f in found if f["severity"] == "error"]
    if args.json:
        print(json.dumps(found, indent=1))
        return 0
    reviewed = load_reviewed()
    seen = set()
    tally: Counter = Counter()
    for f in found:
        key = (f["file"], f["rule"], f["page"])
        seen.add(key)
        verdict = reviewed.get(key, {}).get("verdict", "unreviewed")
        tally[(f["severity"], verdict)] += 1
        page = f["page"] if f["page"] is not None else "-"
        print(f"{f['file']}\tp.{page}\t{f['severity']}\t{f['rule']}\t{f['message']}\t[{verdict}]")
    gone = [k for k, r in reviewed.items() if k not in seen and (not args.errors_only or r.get("severity") == "error")]
    for file, rule, page in gone:
        print(f"{file}\tp.{page if page is not None else '-'}\tGONE\t{rule}\t(reviewed finding no longer reported)")
    print()
    by_rule = Counter((f["rule"], f["severity"]) for f in found)
    for (rule, severity), n in sorted(by_rule.items()):
        print(f"{n:4d}  {severity:8s} {rule}")
    right, wrong = tally[("error", "right")], tally[("error", "wrong")]
    judged = right + wrong
    print(f"\nerror-level findings: {sum(n for (s, _), n in tally.items() if s == 'error')}; "
          f"reviewed right {right}, wrong {wrong}, unreviewed {tally[('error', 'unreviewed')]}"
          + (f"; precision {right / judged:.1%}" if judged else ""))
    print(f"warnings: {sum(n for (s, _), n in tally.items() if s == 'warning')}; {len(found)} findings in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
