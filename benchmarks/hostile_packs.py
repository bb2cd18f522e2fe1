"""Hostile rule packs: each given to ``courtlint check --pack`` in a new process.

For every pack the table gives wall time, peak memory, exit code and the last
line courtlint printed. Expected: exit 2 within a second or two, a message
naming the file, no traceback.

    python benchmarks/hostile_packs.py [--src DIR]   # DIR: a checkout to measure (default: this one)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACK = 'name: demo\ntitle: Demo\nsource: {title: Demo, url: "https://example.org/r"}\n'
RULE = """\
id: w
title: Filings avoid heretofore
severity: warning
check: pattern
params: {pattern: 'heretofore'}
message: "Uses {match}"
rationale: It is archaic.
source: {cite: D, url: "https://example.org/r/1"}
examples:
  fail: [{text: "heretofore"}]
  pass: [{text: "x"}]
"""
#: Nine levels of nine aliases: 9**9 strings once anything walks the value.
LAUGHS = "[" + ", ".join(
    ["&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"&{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
) + "]"


def _write(folder: Path, name: str) -> None:
    rule = folder / "w.yml"
    if name == "alias bomb":
        rule.write_text(RULE.replace("It is archaic.", LAUGHS))
    elif name == "not UTF-8":
        rule.write_bytes(RULE.replace("archaic", "archa\xefc").encode("latin-1"))
    elif name == "directory x.yml":
        rule.write_text(RULE)
        (folder / "x.yml").mkdir()
    elif name == "message {match.__class__}":
        rule.write_text(RULE.replace("{match}", "{match.__class__}"))
    elif name == "example file /etc/passwd":
        rule.write_text(RULE.replace('{text: "x"}', '{file: "/etc/passwd"}'))
    elif name == "5 MB rule file":
        rule.write_text(RULE + "# " + "x" * 5_000_000 + "\n")


CASES = ("alias bomb", "not UTF-8", "directory x.yml", "message {match.__class__}", "example file /etc/passwd", "5 MB rule file")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(Path(args.src) / "src"))
    print("| pack | time | peak memory | exit | last line |\n|---|---|---|---|---|")
    for name in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "demo"
            folder.mkdir()
            (folder / "pack.yml").write_text(PACK)
            _write(folder, name)
            draft = Path(tmp) / "draft.txt"
            draft.write_text("As heretofore stated.\n")
            cmd = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "courtlint", "check", "--no-config",
                   "--pack", str(folder), str(draft)]
            start = time.perf_counter()
            try:
                run = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, env=env)
            except subprocess.TimeoutExpired:
                print(f"| {name} | over {args.timeout:.0f} s | | killed | |")
                continue
            lines = [ln for ln in run.stderr.splitlines() if ln.strip() and not ln.startswith("Command exited")]
            peak = f"{int(lines.pop()) // 1024} MB" if lines and lines[-1].isdigit() else "?"
            last = (lines or run.stdout.strip().splitlines() or [""])[-1].replace(tmp, "…")
            print(f"| {name} | {time.perf_counter() - start:.1f} s | {peak} | {run.returncode} | {last[:100]} |")


if __name__ == "__main__":
    main()
