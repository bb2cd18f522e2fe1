"""Lint speed and memory against raw pypdfium2 extraction of the same files.

    python benchmarks/speed.py [DIR]        (default: ../shared/corpus/recap)

Prints, for the PDFs in DIR:
  * raw pypdfium2 per-character extraction (unicode, box and font size of
    every character; one process): the baseline DESIGN.md section 7 sets;
  * courtlint's whole core rule set in one process (``lint_many(jobs=1)``),
    the like-for-like comparison, and its ratio to the baseline;
  * one ``courtlint check DIR`` command as a user runs it (all CPUs), wall
    time and pages per second, and its ratio to the baseline;
  * peak memory of ``courtlint check`` on the largest file, and on generated
    pleading documents of growing length (memory must not grow with pages).
Each timing is the median of --runs runs.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

REPO = Path(__file__).resolve().parents[1]


def raw_per_char(files: list[Path]) -> int:
    pages = 0
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for f in files:
        try:
            pdf = pdfium.PdfDocument(str(f))
        except pdfium.PdfiumError:
            continue
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            h = tp.raw
            for j in range(raw.FPDFText_CountChars(h)):
                raw.FPDFText_GetUnicode(h, j)
                raw.FPDFText_GetCharBox(h, j, left, right, bottom, top)
                raw.FPDFText_GetFontSize(h, j)
            tp.close()
            page.close()
            pages += 1
        pdf.close()
    return pages


def courtlint_in_process(files: list[Path], select: tuple[str, ...] = ()) -> int:
    import courtlint

    pages = 0
    for result in courtlint.lint_many(files, jobs=1, use_config=False, select=select):
        pages += (result.context.pages or 0) if result.context else 0
    return pages


def median_time(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def cli_peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one courtlint command in a fresh process."""
    code = (
        "import resource, sys, runpy; sys.argv=['courtlint']+sys.argv[1:];"
        "from courtlint.cli import main\n"
        "try:\n  main()\nfinally:\n"
        "  print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    return wall, peak_kb / 1024


def grown_documents(tmp: Path, sizes: list[int]) -> list[Path]:
    sys.path.insert(0, str(REPO / "corpus"))
    from pleading import Block, write_pleading

    para = (
        "The parties met and conferred in person and could not resolve the dispute over the "
        "production of the model-validation reports requested in October."
    )
    out = []
    for n in sizes:
        path = tmp / f"pleading-{n}.pdf"
        write_pleading(path, [Block(para)] * (n * 9), footer=f"{n}-PAGE TEST DOCUMENT")
        out.append(path)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", default=str(REPO.parent / "shared" / "corpus" / "recap"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--select", default="", help="rules, packs or slugs (comma-separated); default: all")
    args = parser.parse_args()
    files = sorted(Path(args.directory).glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {args.directory}")

    t_raw, pages = median_time(lambda: raw_per_char(files), args.runs)
    select = tuple(s for s in args.select.split(",") if s)
    t_lint, lint_pages = median_time(lambda: courtlint_in_process(files, select), args.runs)
    select_flag = ["--select", args.select] if args.select else []
    cli_times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "courtlint", "check", "--no-config", "--format", "json", *select_flag, args.directory],
            capture_output=True,
        )
        cli_times.append(time.perf_counter() - t0)
    t_cli = statistics.median(cli_times)
    largest = max(files, key=lambda f: len(pdfium.PdfDocument(str(f))))
    _, rss_largest = cli_peak_rss_mb(["check", "--no-config", "--format", "json", str(largest)])

    report = {
        "rules": args.select or "all",
        "files": len(files),
        "pages": pages,
        "cpus": os.cpu_count(),
        "raw_pypdfium2_per_char_pages_per_s": round(pages / t_raw, 1),
        "courtlint_one_process_pages_per_s": round(lint_pages / t_lint, 1),
        "ratio_one_process": round((lint_pages / t_lint) / (pages / t_raw), 2),
        "courtlint_check_cli_seconds": round(t_cli, 2),
        "courtlint_check_cli_pages_per_s": round(pages / t_cli, 1),
        "ratio_cli": round((pages / t_cli) / (pages / t_raw), 2),
        "largest_file": largest.name,
        "largest_file_pages": len(pdfium.PdfDocument(str(largest))),
        "peak_rss_mb_largest": round(rss_largest, 1),
    }
    with tempfile.TemporaryDirectory() as tmp:
        growth = {}
        for path in grown_documents(Path(tmp), [25, 100, 400]):
            _, rss = cli_peak_rss_mb(["check", "--no-config", "--format", "json", str(path)])
            growth[path.stem] = round(rss, 1)
        report["peak_rss_mb_by_length"] = growth
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
