"""Every finding of the privacy (``frcp``) and e-filing (``efiling``) packs on a
corpus of real filings, for review by hand.

    python benchmarks/privacy_efiling_findings.py [DIR] [--errors-only] [--json]

DIR defaults to ../shared/corpus/recap (read-only; nothing is copied). One
line per finding: file, page, severity, rule, the excerpt (identifiers masked:
a full number is never printed), the message, and the verdict recorded in
``REVIEWED`` when a person has looked at that finding ("right"/"wrong" and
why); "unreviewed" marks a finding nobody has judged yet, so a change in the
rules shows up as new or vanished lines. A summary by rule and severity
follows, with the error-level precision over reviewed findings.

The rules run through the engine (describe, select_rules, run_rules) on every
document, including scans with no text layer at all, which ``Linter.lint``
reports as unreadable without running any rule: the e-filing checks read the
PDF file, not its text, and a wholly scanned filing is what they exist to find.
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

from courtlint.checks import pii  # noqa: E402
from courtlint.checks._text import AUTHORED  # noqa: E402
from courtlint.describe import describe  # noqa: E402
from courtlint.engine import run_rules, select_rules  # noqa: E402
from courtlint.extract import InputError, extract  # noqa: E402
from courtlint.packs import all_rules, load_packs  # noqa: E402

PACKS = ("frcp", "efiling")

DEFAULT_DIR = REPO.parent / "shared" / "corpus" / "recap"

#: (file, rule, page) -> (verdict, reason), from reviewing each finding by hand
#: (the page rendered, the text read). Page None: a whole-document finding.
REVIEWED: dict[tuple[str, str, int | None], tuple[str, str]] = {
    # error level
    ("gov.uscourts.cand.345947.79.2.pdf", "frcp.full-birth-date", 6): (
        "right", "deposition exhibit: 'what's your date of birth? A. <month day>, 1959' in the visible text"),
    ("gov.uscourts.cand.345947.79.33.pdf", "frcp.full-birth-date", 2): (
        "right", "expert report in a public exhibit: 'Date of Birth:' with month, day and year"),
    ("gov.uscourts.cand.345947.79.36.pdf", "frcp.full-birth-date", 2): (
        "right", "second expert report, the same full birth date"),
    ("gov.uscourts.cand.332428.29.1.pdf", "efiling.page-not-letter-size", None): (
        "right", "the declaration's scanned signature page (p. 4, before the exhibits) is A4; minor, but not letter"),
    # warning level
    ("gov.uscourts.cacd.45170.569.12.pdf", "efiling.cacd-exhibit-not-searchable", None): (
        "right", "scanned exhibit pages without OCR (labels say: only the stamp is text)"),
    ("gov.uscourts.cacd.798862.49.4.pdf", "efiling.cacd-exhibit-not-searchable", None): (
        "right", "pages 1, 16 and 46 rasterised (redactions burned in) with no OCR"),
    ("gov.uscourts.cacd.812746.62.0.pdf", "efiling.cacd-scanned-document", None): (
        "right", "page 9 of the reply is an image with a hidden OCR layer (redaction burn-in), not published text"),
    ("gov.uscourts.cand.306678.562.0.pdf", "efiling.cand-not-text-searchable", None): (
        "right", "printed and scanned opposition; pages 2-3 and 5-6 are images with no text"),
    ("gov.uscourts.cand.316263.220.0.pdf", "efiling.cand-not-text-searchable", None): (
        "right", "page 32 of the complaint rasterised with redaction boxes, no text layer"),
    ("gov.uscourts.cand.343004.281.10.pdf", "efiling.fonts-not-embedded", None): (
        "right", "Georgia used unembedded on page 2"),
    ("gov.uscourts.cand.350613.133.3.pdf", "efiling.cand-not-text-searchable", None): (
        "right", "declaration pages 2-3 rasterised to burn in redactions, no OCR"),
    ("gov.uscourts.cand.350613.133.4.pdf", "efiling.cand-not-text-searchable", None): (
        "right", "printed, signed and scanned declaration; page 3 (signature) exempt, page 2 reported"),
    ("gov.uscourts.cand.350613.59.20.pdf", "efiling.cand-not-text-searchable", None): (
        "right", "declaration pages 2-3 scanned; page 3 exempt as the signature page"),
    **{
        (f"gov.uscourts.cand.345947.79.{n}.pdf", "efiling.cand-not-text-searchable", None): (
            "right", "exhibit scanned without OCR after a text slip sheet")
        for n in (9, 10, 11, 12, 14, 18, 22, 30, 40)
    },
}


def mask(doc, finding) -> str | None:
    """The finding's excerpt, with a personal identifier masked as the pii check masks it."""
    if finding.location is None or not finding.rule.startswith("frcp."):
        return finding.excerpt
    text = doc.scoped_text(AUTHORED)
    for detect in pii.DETECTORS.values():
        for found in detect(text):
            if found.span == (finding.location.start, finding.location.end):
                return pii.masked_excerpt(text, found)
    return "(masked)"


def review(path: Path, rules) -> list[dict]:
    try:
        doc = extract(path)
    except InputError as exc:
        return [{"file": path.name, "page": None, "severity": "input", "rule": exc.code, "excerpt": None,
                 "message": str(exc), "verdict": "", "reason": ""}]
    ctx = describe(doc)
    findings = run_rules(doc, ctx, select_rules(rules, ctx, doc.features, select=PACKS), path=path.name)
    rows = []
    for f in findings:
        page = f.location.page if f.location else None
        verdict, reason = REVIEWED.get((path.name, f.rule, page), ("unreviewed", ""))
        rows.append({
            "file": path.name, "page": page, "severity": str(f.severity), "rule": f.rule,
            "excerpt": mask(doc, f), "message": f.message, "verdict": verdict, "reason": reason,
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--errors-only", action="store_true", help="print error-level findings only")
    ap.add_argument("--json", action="store_true", help="one JSON object per finding")
    args = ap.parse_args(argv)
    files = sorted(Path(args.dir).glob("*.pdf"))
    if not files:
        print(f"no PDFs in {args.dir}", file=sys.stderr)
        return 2
    rules = [r for r in all_rules(load_packs()) if r.pack in PACKS]
    started = time.perf_counter()
    rows = [row for path in files for row in review(path, rules)]
    elapsed = time.perf_counter() - started
    shown = [r for r in rows if r["severity"] == "error" or not args.errors_only]
    for r in shown:
        if args.json:
            print(json.dumps(r))
        else:
            page = f"p{r['page']}" if r["page"] else "-"
            excerpt = f" | {r['excerpt']}" if r["excerpt"] else ""
            verdict = f" [{r['verdict']}{': ' + r['reason'] if r['reason'] else ''}]"
            print(f"{r['file']} {page} {r['severity']} {r['rule']}{excerpt} | {r['message']}{verdict}")
    print()
    counts = Counter((r["rule"], r["severity"]) for r in rows)
    for (rule, severity), n in sorted(counts.items()):
        print(f"{n:4d}  {severity:8s} {rule}")
    errors = [r for r in rows if r["severity"] == "error"]
    right = sum(r["verdict"] == "right" for r in errors)
    wrong = sum(r["verdict"] == "wrong" for r in errors)
    print(f"\n{len(files)} files, {len(rows)} findings ({len(errors)} errors: {right} right, {wrong} wrong, "
          f"{len(errors) - right - wrong} unreviewed) in {elapsed:.1f} s")
    if right + wrong:
        print(f"error-level precision over reviewed findings: {right / (right + wrong):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
