"""Speed where it is felt: a cold ``courtlint check`` and the language server's re-lint.

1. Cold start: the median wall time of 10 runs of
   ``courtlint check --no-config small.txt`` (a one-page text file), each a new
   process, as a pre-commit hook or a terminal user starts it.
2. Re-lint: the median time the language server takes to lint a 30-page
   plain-text protective order again after a one-word edit (the work done after
   the 300 ms typing debounce), with the case profile of a C.D. Cal. matter so
   every protective-order rule, spaCy clause rules included, runs.

    python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGE = """STIPULATED PROTECTIVE ORDER

1. PURPOSES AND LIMITATIONS
Discovery in this action is likely to involve production of confidential, proprietary, or
private information for which special protection from public disclosure and from use for any
purpose other than prosecuting this litigation may be warranted. The parties therefore stipulate
to and petition the Court to enter the following Stipulated Protective Order.
"""

CLAUSES = [
    "The Receiving Party may disclose Protected Material only to its counsel of record in this action.",
    "All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal.",
    "A Party that seeks to file Protected Material under seal must comply with Local Rule 79-5.",
    "Within sixty days after final disposition, each Receiving Party shall return all Protected Material.",
    "Any challenge to a designation shall be made under the procedure of Local Rule 37-1.",
    "Expert witnesses may see Protected Material after signing the acknowledgment in Exhibit A.",
    "Nothing in this Order authorizes a Party to file any document under seal without a court order.",
]


def thirty_pages() -> str:
    """About 30 pages of 28 lines: numbered sections, each a few clauses long."""
    lines = [PAGE]
    section = 2
    while sum(part.count("\n") for part in lines) < 30 * 28:
        lines.append(f"\n{section}. SECTION {section}\n")
        for i in range(4):
            lines.append(f"{section}.{i + 1} " + " ".join(CLAUSES[(section + i + k) % len(CLAUSES)] for k in range(2)) + "\n")
        section += 1
    return "".join(lines)


def courtlint_command() -> list[str]:
    script = Path(sys.executable).with_name("courtlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "courtlint"]


def cold_start(runs: int, folder: Path) -> list[float]:
    """Fresh processes, with bytecode cached as after ``pip install`` (one untimed run writes
    it for an editable install, even where PYTHONDONTWRITEBYTECODE is set)."""
    small = folder / "small.txt"
    small.write_text(PAGE * 3, encoding="utf-8")
    command = courtlint_command() + ["check", "--no-config", str(small)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"courtlint check failed: {done.stderr.decode()}")
    return times


def relint(runs: int, folder: Path) -> tuple[list[float], int]:
    from courtlint.lsp import Session

    (folder / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    draft = folder / "draft.txt"
    text = thirty_pages()
    draft.write_text(text, encoding="utf-8")
    uri = draft.as_uri()
    session = Session()
    first = session.lint(uri, text)  # loads packs and spaCy once, as the server's first lint does
    times = []
    for n in range(runs):
        edited = text.replace("counsel of record", f"counsel of record {n}", 1 + n)
        start = time.perf_counter()
        linted = session.lint(uri, edited)
        times.append(time.perf_counter() - start)
        assert linted.diagnostics, "the draft should have findings"
    return times, len(first.diagnostics)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="courtlint-bench-"))
    try:
        cold = cold_start(args.runs, folder)
        print(f"cold start, courtlint check --no-config small.txt: median {statistics.median(cold) * 1000:.0f} ms "
              f"(min {min(cold) * 1000:.0f}, max {max(cold) * 1000:.0f}; {args.runs} runs)")
        try:
            import pygls  # noqa: F401
        except ImportError:
            print("language server re-lint: skipped (pip install 'courtlint[lsp]')")
            return
        times, findings = relint(args.runs, folder)
        pages = thirty_pages().count("\n") / 28
        print(f"language server re-lint after an edit, {pages:.0f}-page text draft ({findings} diagnostics): "
              f"median {statistics.median(times) * 1000:.0f} ms (max {max(times) * 1000:.0f}; {args.runs} edits; "
              f"plus the 300 ms debounce)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
