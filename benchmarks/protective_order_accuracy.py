"""Precision and recall of the protective-orders pack on its own corpus.

    python benchmarks/protective_order_accuracy.py [--verbose]

Every document in ``corpus/protective-orders/`` has a sidecar
``<name>.expected.json`` naming the court (and any referred magistrate judge)
and the rule slugs that must fire (``fire``) and must stay quiet (``quiet``).
Each document is linted with that context and ``doc_type="protective_order"``;
a rule "fired" when it produced at least one finding. Per rule:

* TP: expected to fire and fired;  FN: expected to fire, quiet;
* FP: expected quiet, fired;       TN: expected quiet, quiet.

A rule that does not apply in a document's court (the C.D. Cal.-only rules on
an N.D. Cal. order) counts as quiet there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import courtlint

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "protective-orders"
PACK = "protective-orders"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def cases(corpus: Path = CORPUS) -> list[tuple[Path, dict]]:
    """(document, expectations) for every document with a sidecar."""
    out = []
    for sidecar in sorted(corpus.glob("*.expected.json")):
        stem = sidecar.name.removesuffix(".expected.json")
        documents = [p for p in corpus.glob(f"{stem}.*") if p.suffix in (".txt", ".docx", ".pdf", ".md")]
        if len(documents) != 1:
            raise SystemExit(f"{sidecar}: expected exactly one document named {stem}.*, found {documents}")
        out.append((documents[0], json.loads(sidecar.read_text())))
    return out


def fired_rules(path: Path, expected: dict) -> set[str]:
    """Slugs of the pack's rules that produced a finding on ``path``."""
    result = courtlint.lint(
        path,
        court=expected["court"],
        doc_type=expected.get("doc_type", "protective_order"),
        referred_to=expected.get("referred_to"),
        select=[PACK],
        use_config=False,
    )
    if result.errors:
        raise SystemExit(f"{path}: {result.errors}")
    internal = [f for f in result.findings if f.rule == "courtlint.internal-error"]
    if internal:
        raise SystemExit(f"{path}: {internal[0].message}")
    return {f.rule.split(".", 1)[1] for f in result.findings if f.rule.startswith(PACK + ".")}


def measure(corpus: Path = CORPUS) -> tuple[dict[str, Tally], int, float]:
    tallies: dict[str, Tally] = {}
    start = time.perf_counter()
    documents = cases(corpus)
    for path, expected in documents:
        fired = fired_rules(path, expected)
        for slug in expected["fire"]:
            tally = tallies.setdefault(slug, Tally())
            if slug in fired:
                tally.tp += 1
            else:
                tally.fn += 1
                tally.misses.append(f"FN {path.name}")
        for slug in expected["quiet"]:
            tally = tallies.setdefault(slug, Tally())
            if slug in fired:
                tally.fp += 1
                tally.misses.append(f"FP {path.name}")
            else:
                tally.tn += 1
    return tallies, len(documents), time.perf_counter() - start


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{100 * value:5.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every false positive and false negative")
    args = parser.parse_args(argv)
    tallies, count, seconds = measure()
    print(f"{count} documents in {CORPUS.relative_to(CORPUS.parents[1])}, {seconds:.2f} s")
    print(f"{'rule':40} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3} {'prec%':>6} {'recall%':>7}")
    for slug in sorted(tallies):
        t = tallies[slug]
        print(f"{slug:40} {t.tp:3} {t.fp:3} {t.fn:3} {t.tn:3} {_pct(t.precision):>6} {_pct(t.recall):>7}")
        if args.verbose:
            for miss in t.misses:
                print(f"    {miss}")
    return 1 if any(t.fp or t.fn for t in tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
