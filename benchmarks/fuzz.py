"""The long fuzzing run: lint thousands of mutated PDF, DOCX and text files.

    python benchmarks/fuzz.py [--count 5000] [--seed 0] [--start 0] [--jobs 2]
                              [--limit 60] [--huge-mb 8] [--json OUT]
    python benchmarks/fuzz.py --write INDEX DIR     (the mutant's file, to reproduce a crash)

Mutants come from ``tests/fuzz.py`` (deterministic: the same index and seed
give the same bytes). Each is linted as a file by ``Linter(use_config=False)``
in a worker process; a mutant that runs past ``--limit`` seconds is a hang
(its worker is killed and replaced), an exception that escapes ``lint`` or a
worker that dies is a crash. Prints mutants run, crashes by exception type,
hangs, check crashes (``courtlint.internal-error`` findings), documents whose
failure was contained as an ``internal-error`` (bugs all the same), the error
codes seen, the slowest mutants, and peak memory (``ru_maxrss`` of the workers).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from multiprocessing.connection import wait
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests import fuzz  # noqa: E402


def _worker(conn, seed: int, huge: int) -> None:
    import courtlint

    linter = courtlint.Linter(use_config=False)
    linter.packs()
    with tempfile.TemporaryDirectory(prefix="courtlint-fuzz-") as tmp:
        while (index := conn.recv()) is not None:
            outcome = fuzz.lint_mutant(linter, fuzz.mutant(index, seed, huge=huge), Path(tmp))
            conn.send((outcome, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


class Worker:
    def __init__(self, seed: int, huge: int):
        self.conn, child = mp.Pipe()
        self.proc = mp.get_context("fork").Process(target=_worker, args=(child, seed, huge), daemon=True)
        self.proc.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0

    def give(self, index: int) -> None:
        self.index, self.started = index, time.monotonic()
        self.conn.send(index)

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()


def run(count: int, seed: int, start: int, jobs: int, limit: float, huge: int) -> dict:
    todo = list(range(start, start + count))[::-1]
    workers = [Worker(seed, huge) for _ in range(jobs)]
    outcomes: list[fuzz.Outcome] = []
    hangs: list[tuple[int, str]] = []
    deaths: list[tuple[int, str, int]] = []
    peak = (0, None)  # (ru_maxrss KB, the mutant that raised it), as the workers report
    began = time.monotonic()
    while todo or any(w.index is not None for w in workers):
        for w in workers:
            if w.index is None and todo:
                w.give(todo.pop())
        busy = [w for w in workers if w.index is not None]
        soonest = min(w.started + limit for w in busy)
        ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], max(0.0, soonest - time.monotonic()))
        for i, w in enumerate(workers):
            if w.index is None:
                continue
            if w.conn in ready:
                try:
                    outcome, rss = w.conn.recv()
                except EOFError:
                    outcome = None
                if outcome is not None:
                    outcomes.append(outcome)
                    if len(outcomes) % 250 == 0:
                        print(f"{len(outcomes)} mutants, {time.monotonic() - began:.0f} s", file=sys.stderr, flush=True)
                    if rss > peak[0]:
                        peak = (rss, w.index)
                    w.index = None
                    continue
            if w.proc.sentinel in ready or not w.proc.is_alive():
                w.proc.join()
                deaths.append((w.index, _kind(w.index, seed, huge), w.proc.exitcode))
            elif time.monotonic() - w.started > limit:
                hangs.append((w.index, _kind(w.index, seed, huge)))
            else:
                continue
            w.stop()
            workers[i] = Worker(seed, huge)
    for w in workers:
        w.conn.send(None)
        w.proc.join(10)
        w.stop()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return _summary(outcomes, hangs, deaths, max(peak[0], children), peak[1], time.monotonic() - began, limit)


def _kind(index: int, seed: int, huge: int) -> str:
    return fuzz.mutant(index, seed, huge=huge).kind


def _summary(outcomes, hangs, deaths, peak_kb, peak_index, seconds, limit) -> dict:
    crashes: dict[str, list[str]] = defaultdict(list)
    for o in outcomes:
        if o.crash:
            crashes[o.crash.split(":", 1)[0]].append(f"{o.index} {o.kind}: {o.crash}")
    for index, kind, code in deaths:
        crashes[f"worker died (exit code {code})"].append(f"{index} {kind}")
    check_crashes: dict[str, list[str]] = defaultdict(list)
    for o in outcomes:
        for message in o.check_crashes:
            check_crashes[message.split("(", 1)[-1].split(":", 1)[0]].append(f"{o.index} {o.kind}: {message[:160]}")
    codes = Counter(code for o in outcomes for code in o.codes)
    codes["(none)"] = sum(1 for o in outcomes if not o.codes and not o.crash)
    slow = sorted(outcomes, key=lambda o: -o.seconds)[:5]
    return {
        "mutants": len(outcomes) + len(hangs) + len(deaths),
        "seconds": round(seconds, 1),
        "crashes": sum(len(v) for v in crashes.values()),
        "crashes_by_type": {k: {"count": len(v), "examples": v[:5]} for k, v in sorted(crashes.items())},
        "hangs": {"count": len(hangs), "limit_s": limit, "examples": [f"{i} {k}" for i, k in hangs[:10]]},
        "check_crashes": {k: {"count": len(v), "examples": v[:3]} for k, v in sorted(check_crashes.items())},
        "bad_errors": [f"{o.index} {o.kind}: {p}" for o in outcomes for p in o.problems][:20],
        "internal_errors": [f"{o.index} {o.kind}: {m}" for o in outcomes for m in o.internal][:20],
        "error_codes": dict(codes.most_common()),
        "slowest": [f"{o.index} {o.kind}: {o.seconds:.1f} s" for o in slow],
        "peak_rss_mb": round(peak_kb / 1024),
        "peak_rss_mutant": peak_index,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first mutant index")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a mutant counts as a hang")
    parser.add_argument("--huge-mb", type=float, default=8.0, help="size bound of the huge-text mutations")
    parser.add_argument("--json", metavar="OUT", help="also write the summary as JSON")
    parser.add_argument("--write", nargs=2, metavar=("INDEX", "DIR"), help="write one mutant's file and stop")
    args = parser.parse_args(argv)
    huge = int(args.huge_mb * fuzz.MB)
    if args.write:
        m = fuzz.mutant(int(args.write[0]), args.seed, huge=huge)
        out = Path(args.write[1]) / m.name
        out.write_bytes(m.data)
        print(f"{out} ({m.kind} of {m.seed_file}, {len(m.data)} bytes)")
        return 0
    summary = run(args.count, args.seed, args.start, args.jobs, args.limit, huge)
    print(json.dumps(summary, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 1 if summary["crashes"] or summary["hangs"]["count"] else 0


if __name__ == "__main__":
    sys.exit(main())
