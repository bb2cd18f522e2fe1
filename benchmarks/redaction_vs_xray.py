"""courtlint's redaction rules against Free Law Project's x-ray, on every PDF of a directory.

    python benchmarks/redaction_vs_xray.py [DIR] [--xray-python PATH] [--runs N] [--cli N] [--pack DIR]

DIR defaults to ../shared/corpus/recap (or $COURTLINT_SHARED_CORPUS). This
script installs nothing. x-ray must live in its own environment, e.g.:

    python3 -m venv /tmp/xray-venv && /tmp/xray-venv/bin/pip install x-ray

Prints, per file, both tools' hits (pages) and times, then the totals:

* true and false positives of each tool, by page, judged against the
  ``hand_review`` of DIR/xray.jsonl where a person reviewed the file
  ("true": the pages x-ray flagged are real leaks; "false_positive" and
  "true_negative": any flagged page is a false positive);
* true leaks x-ray finds that courtlint misses (the target is none);
* leaks courtlint finds that x-ray does not, with pages and text (unreviewed
  files included: a person has to judge those);
* each tool's total time over the same files (median of --runs runs, each
  run one process reading every file, as the tools would run in a filing
  pipeline; the two tools take turns, so both see the same machine load)
  and the ratio. courtlint's time is its whole pipeline per file, as
  ``courtlint check --select redaction`` runs it: a preview Document,
  describe(), the redaction rules;
* the wall time of ``courtlint check --select redaction FILE`` (a fresh
  process, as a user runs it) on the --cli slowest files.

courtlint runs in this process through the public API with the same rule
selection as the CLI (``--select redaction``); x-ray runs in a subprocess of
its own interpreter calling ``xray.inspect(path)`` on each file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_XRAY = "/tmp/xray-venv/bin/python"

#: Run inside x-ray's interpreter: one JSON line per file (x-ray 0.4 made ``inspect`` a coroutine).
XRAY_DRIVER = textwrap.dedent(
    """
    import asyncio, inspect, json, sys, time
    import xray
    for path in sys.stdin.read().splitlines():
        start = time.perf_counter()
        error = None
        try:
            result = xray.inspect(path)
            if inspect.iscoroutine(result):
                result = asyncio.run(result)
        except Exception as exc:
            result, error = {}, repr(exc)
        pages = {str(page): [r["text"] for r in boxes] for page, boxes in result.items()}
        print(json.dumps({"file": path, "seconds": time.perf_counter() - start, "pages": pages, "error": error}), flush=True)
    """
)


@dataclass
class FileResult:
    seconds: list[float] = field(default_factory=list)
    pages: dict[int, list[str]] = field(default_factory=dict)  # page -> texts
    error: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")


def default_dir() -> Path:
    env = os.environ.get("COURTLINT_SHARED_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "corpus" / "recap"


def xray_pass(python: str, files: list[Path], results: dict[str, FileResult]) -> float:
    """One x-ray process over every file; returns the sum of its per-file times."""
    proc = subprocess.run(
        [python, "-c", XRAY_DRIVER],
        input="\n".join(str(f) for f in files),
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0.0
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        res = results[Path(row["file"]).name]
        res.seconds.append(row["seconds"])
        res.pages = {int(p): texts for p, texts in row["pages"].items()}
        res.error = row["error"]
        total += row["seconds"]
    return total


def redaction_linter(extra: list[str]):
    """A Linter holding only the redaction pack (the built-in one, or the --pack directories).

    The rules are what ``--select redaction`` picks; loading the other packs
    would only add start-up time, and a pack being edited elsewhere cannot
    stop the benchmark.
    """
    from courtlint.api import Linter
    from courtlint.packs import builtin_packs_dir, load_packs

    packs = load_packs(extra or [builtin_packs_dir() / "redaction"], builtin=False)

    class RedactionLinter(Linter):
        def packs(self, settings=None):
            return packs

    return RedactionLinter(select=("redaction",), use_config=False)


def courtlint_pass(linter, files: list[Path], results: dict[str, FileResult]) -> float:
    """One pass of `courtlint check --select redaction` over every file, in this process.

    Each file goes through the whole pipeline as the CLI runs it: a preview
    Document (pages 1-2 laid out, the rest by size), describe(), the
    redaction rules. Returns the sum of the per-file times.
    """
    total = 0.0
    for f in files:
        res = results[f.name]
        start = time.perf_counter()
        result = linter.lint(str(f))
        elapsed = time.perf_counter() - start
        res.seconds.append(elapsed)
        total += elapsed
        res.pages = {}
        for finding in result.findings:
            if finding.severity != "error" or finding.location is None:
                continue
            res.pages.setdefault(finding.location.page, []).append(finding.message)
        res.error = "; ".join(e["message"] for e in result.errors) or None
    return total


def time_cli(target: Path, runs: int, packs: list[str], ok: tuple[int, ...] = (0, 1)) -> float:
    """Median wall time of `courtlint check --select redaction TARGET`, each run a fresh process.

    Exit codes outside ``ok`` stop the benchmark (2: a usage error or an unreadable input).
    """
    extra = [arg for pack in packs for arg in ("--pack", pack)]
    command = [sys.executable, "-m", "courtlint", "check", "--select", "redaction", "--no-config", "--format", "json", *extra, str(target)]
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
        samples.append(time.perf_counter() - start)
        if proc.returncode not in ok:
            raise SystemExit(f"courtlint check failed on {target}: {proc.stderr.strip()}")
    return statistics.median(samples)


def load_reviews(directory: Path) -> dict[str, str]:
    path = directory / "xray.jsonl"
    if not path.is_file():
        return {}
    reviews = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("hand_review"):
                reviews[row["file"]] = row["hand_review"]
    return reviews


@dataclass
class Score:
    tp: int = 0
    fp: int = 0

    def __str__(self) -> str:
        return f"TP {self.tp} pages, FP {self.fp} pages"


def judge(pages: set[int], review: str, truth: set[int]) -> Score:
    if review == "true":
        return Score(tp=len(pages & truth), fp=0)  # pages beyond x-ray's on a true file are listed, not scored
    return Score(tp=0, fp=len(pages))


def _pages(res: FileResult) -> str:
    if res.error and not res.pages:
        return "error"
    return ",".join(str(p) for p in sorted(res.pages)) or "-"


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", type=Path, default=default_dir())
    parser.add_argument("--xray-python", default=DEFAULT_XRAY, help=f"x-ray's interpreter (default {DEFAULT_XRAY})")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each tool (median reported)")
    parser.add_argument("--cli", type=int, default=5, help="time `courtlint check` on this many slowest files")
    parser.add_argument("--pack", action="append", default=[], help="extra rule pack directory (as courtlint check --pack)")
    args = parser.parse_args(argv)

    files = sorted(args.dir.glob("*.pdf"))
    if not files:
        print(f"no PDFs in {args.dir}", file=sys.stderr)
        return 2
    if not Path(args.xray_python).exists():
        print(f"x-ray's interpreter {args.xray_python} not found; see this script's docstring", file=sys.stderr)
        return 2
    reviews = load_reviews(args.dir)

    print(f"{len(files)} PDFs in {args.dir}; {args.runs} runs of each tool, taking turns so both see the same load")
    linter = redaction_linter(args.pack)
    cl = {f.name: FileResult() for f in files}
    xr = {f.name: FileResult() for f in files}
    cl_totals, xr_totals = [], []
    for _ in range(args.runs):
        cl_totals.append(courtlint_pass(linter, files, cl))
        xr_totals.append(xray_pass(args.xray_python, files, xr))

    print(f"\n{'file':44} {'review':15} {'x-ray pages':>22} {'s':>7}   {'courtlint pages':>22} {'s':>6}")
    for f in files:
        x, c = xr[f.name], cl[f.name]
        review = reviews.get(f.name, "")
        print(f"{f.name[13:57]:44} {review:15} {_pages(x):>22} {x.median:7.2f}   {_pages(c):>22} {c.median:6.2f}")

    xs, cs = Score(), Score()
    missed, extra, unjudged_x = [], [], []
    for f in files:
        x_pages, c_pages = set(xr[f.name].pages), set(cl[f.name].pages)
        review = reviews.get(f.name)
        if review:
            truth = x_pages if review == "true" else set()
            for tool, score, pages in (("x", xs, x_pages), ("c", cs, c_pages)):
                s = judge(pages, review, truth)
                score.tp += s.tp
                score.fp += s.fp
            missed += [(f.name, p) for p in sorted(truth - c_pages)]
        elif x_pages - c_pages:
            unjudged_x += [(f.name, p, xr[f.name].pages[p]) for p in sorted(x_pages - c_pages)]
        extra += [(f.name, p, cl[f.name].pages[p], review) for p in sorted(c_pages - x_pages)]

    print("\nJudged against hand_review (pages):")
    print(f"  x-ray     {xs}")
    print(f"  courtlint {cs}")
    print(f"  true leaks x-ray finds that courtlint misses: {len(missed)}" + "".join(f"\n    {n} p.{p}" for n, p in missed))
    print(f"  pages x-ray flags on unreviewed files that courtlint does not: {len(unjudged_x)}")
    for name, page, texts in unjudged_x:
        print(f"    {name} p.{page}: {_short(' | '.join(texts))}")
    print(f"\nLeaks courtlint finds that x-ray does not ({len(extra)} pages):")
    for name, page, messages, review in extra:
        label = f" [{review}]" if review else " [unreviewed]"
        print(f"  {name} p.{page}{label}: {_short(messages[0], 160)}" + (f" (+{len(messages) - 1} more)" if len(messages) > 1 else ""))

    x_total, c_total = statistics.median(xr_totals), statistics.median(cl_totals)
    x_slow = max(files, key=lambda f: xr[f.name].median)
    c_slow = max(files, key=lambda f: cl[f.name].median)
    print("\nTime over the same files (median of runs):")
    print(f"  x-ray      {x_total:8.2f} s   runs {', '.join(f'{t:.1f}' for t in xr_totals)}; slowest {x_slow.name} {xr[x_slow.name].median:.2f} s")
    print(f"  courtlint  {c_total:8.2f} s   runs {', '.join(f'{t:.1f}' for t in cl_totals)}; slowest {c_slow.name} {cl[c_slow.name].median:.2f} s")
    print(f"  courtlint is {x_total / c_total:.1f}x faster (both in one process)")

    if args.cli > 0:
        slowest = sorted(files, key=lambda f: cl[f.name].median, reverse=True)[: args.cli]
        times = {f.name: time_cli(f, args.runs, args.pack) for f in slowest}
        print(f"\n`courtlint check --select redaction FILE` (fresh process, median of {args.runs}):")
        for f in slowest:
            print(f"  {f.name:52} {times[f.name]:6.2f} s")
        print(f"  slowest: {max(times.values()):.2f} s (target <= 2 s)")
        batch = time_cli(args.dir, args.runs, args.pack, ok=(0, 1, 2))  # 2: a broken file in the batch
        print(
            f"\n`courtlint check --select redaction DIR` (one command, {os.cpu_count()} cores, median of {args.runs}):"
            f" {batch:.2f} s, {x_total / batch:.1f}x x-ray's one-process total"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
