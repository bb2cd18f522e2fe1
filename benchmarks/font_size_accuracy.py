"""How well ``measure.body_font_size`` agrees with the labelled body font size,
and what the layout measurements cost per page.

Runs over the labelled RECAP sample (``../shared/corpus/recap``, or
``$COURTLINT_SHARED_CORPUS``, or the directory given) and prints:

* agreement within 0.5 pt on the rows whose ``body_font_size_pt`` is not
  null, and every miss as ``file: labelled -> measured``;
* the rows labelled null that get a size anyway (informational: slip sheets
  and scans should measure nothing);
* cost: extraction, ``body_font_size`` (line facts only), and the full
  layout rule set (cand-layout, cacd-layout), as milliseconds per page, with
  the number of pages whose glyphs the layout checks had to read.

    python benchmarks/font_size_accuracy.py [CORPUS_DIR]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from courtlint import measure
from courtlint.context import Overrides
from courtlint.describe import describe
from courtlint.engine import run_rules, select_rules
from courtlint.extract import extract
from courtlint.packs import all_rules, load_packs

LAYOUT_PACKS = ("cand-layout", "cacd-layout")
TOLERANCE = 0.5


def corpus_dir(argument: str | None = None) -> Path:
    if argument:
        return Path(argument)
    if env := os.environ.get("COURTLINT_SHARED_CORPUS"):
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "corpus" / "recap"


def labelled_rows(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / "labels.jsonl").read_text().splitlines() if line.strip()]


def agreement(root: Path) -> tuple[int, int, list[tuple[str, float, float | None]], list[tuple[str, float]]]:
    """(agreeing rows, labelled rows, misses, sizes measured on null rows)."""
    right = total = 0
    misses: list[tuple[str, float, float | None]] = []
    extra: list[tuple[str, float]] = []
    for row in labelled_rows(root):
        got = measure.body_font_size(extract(root / row["file"]))
        want = row["body_font_size_pt"]
        if want is None:
            if got is not None:
                extra.append((row["file"], got))
            continue
        total += 1
        if got is not None and abs(got - want) <= TOLERANCE:
            right += 1
        else:
            misses.append((row["file"], want, got))
    return right, total, misses, extra


def cost(root: Path) -> dict[str, float]:
    """Seconds spent per stage over every PDF in the corpus, and pages."""
    rules = [r for r in all_rules(load_packs()) if r.pack in LAYOUT_PACKS]
    totals = {"extract": 0.0, "body_font_size": 0.0, "layout_rules": 0.0, "pages": 0, "glyph_pages": 0}
    for path in sorted(root.glob("*.pdf")):
        t0 = time.perf_counter()
        doc = extract(path)
        t1 = time.perf_counter()
        measure.body_font_size(doc)
        t2 = time.perf_counter()
        ctx = describe(doc, Overrides())
        selected = select_rules(rules, ctx, doc.features)
        t3 = time.perf_counter()
        run_rules(doc, ctx, selected)
        t4 = time.perf_counter()
        totals["extract"] += t1 - t0
        totals["body_font_size"] += t2 - t1
        totals["layout_rules"] += t4 - t3
        totals["pages"] += len(doc.pages)
        totals["glyph_pages"] += len(doc.cached("glyphs", lambda _doc: {}))
    return totals


def main(argv: list[str]) -> int:
    root = corpus_dir(argv[1] if len(argv) > 1 else None)
    if not (root / "labels.jsonl").is_file():
        print(f"no labelled corpus at {root}", file=sys.stderr)
        return 2
    right, total, misses, extra = agreement(root)
    share = right / total if total else 1.0
    print(f"body_font_size_pt agreement (within {TOLERANCE} pt): {right}/{total} = {share:.1%}")
    for file, want, got in misses:
        print(f"  miss {file}: {want} -> {got}")
    if extra:
        print(f"measured on {len(extra)} rows labelled null:")
        for file, got in extra:
            print(f"  {file}: {got}")
    t = cost(root)
    pages = t["pages"] or 1
    print(f"\ncost over {t['pages']} pages ({t['glyph_pages']} read glyph by glyph by the layout checks):")
    for stage in ("extract", "body_font_size", "layout_rules"):
        print(f"  {stage:15} {1000 * t[stage] / pages:7.2f} ms/page  ({t[stage]:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
