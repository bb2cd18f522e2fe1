"""Hostile inputs, one ``courtlint check`` (or language server) each: time, peak memory, exit, message.

    python benchmarks/hostile.py [--only NAME ...] [--cap 900] [--memory-gb 8] [--json OUT]

Each case runs in a fresh process with an address-space limit (``--memory-gb``,
so that a reader that balloons fails with MemoryError instead of taking the
machine) and a wall-clock cap (``--cap`` seconds, then killed). Peak memory is
the process's ``ru_maxrss`` (from ``os.wait4``). The inputs are generated
under a temporary directory from ``corpus/`` with ``tests/fuzz.py``:

* ``zip-bomb``: a 1.5 MB DOCX whose document.xml unpacks to 1.5 GB;
* ``one-line-50mb``: a 50 MB text file on one line (a protective order's words, repeated);
* ``text-200mb``: a 200 MB text file (the same order, repeated, with its line breaks);
* ``docx-no-sectpr``: a valid DOCX whose body has no ``w:sectPr``;
* ``pdf-lying-count``: a two-page PDF whose page tree claims a million pages;
* ``regex-cli``: a ``--pack`` rule with the pattern ``(a|aa)+$`` on ``a`` * 40 + ``b``;
* ``regex-lsp``: the same pack in ``courtlint lsp``: the slow document, then a second
  document (does it get diagnostics?), then shutdown and exit (does the process end?).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests import fuzz  # noqa: E402

ORDER = REPO / "corpus" / "protective-orders" / "cand-model-compliant.txt"
DOCX = REPO / "corpus" / "layout" / "cacd-12pt.docx"
SAMPLE_PDF = REPO / "corpus" / "samples" / "stipulated-protective-order-cacd.pdf"
PATTERN = "(a|aa)+$"


def _write_inputs(tmp: Path) -> dict[str, Path]:
    import re

    files = {}
    order = ORDER.read_bytes()
    files["zip-bomb"] = tmp / "bomb.docx"
    files["zip-bomb"].write_bytes(fuzz.zip_bomb_docx(DOCX.read_bytes(), 1536))
    files["one-line-50mb"] = tmp / "one-line.txt"
    files["one-line-50mb"].write_bytes(fuzz.one_line(order, 50 * fuzz.MB))
    files["text-200mb"] = tmp / "dump.txt"
    with open(files["text-200mb"], "wb") as fh:
        for _ in range(200 * fuzz.MB // len(order)):
            fh.write(order)
    files["docx-no-sectpr"] = tmp / "no-sectpr.docx"
    files["docx-no-sectpr"].write_bytes(fuzz.without_sectpr(DOCX.read_bytes()))
    files["pdf-lying-count"] = tmp / "count.pdf"
    files["pdf-lying-count"].write_bytes(re.sub(rb"/Count \d+", b"/Count 1000000", SAMPLE_PDF.read_bytes()))
    pack = tmp / "packs" / "slow"
    pack.mkdir(parents=True)
    (pack / "pack.yml").write_text('name: slow\ntitle: Slow\nsource: {title: T, url: "https://example.org/r"}\n')
    (pack / "runs-of-a.yml").write_text(
        f"id: runs-of-a\ntitle: t\nseverity: warning\ncheck: pattern\nparams: {{pattern: '{PATTERN}'}}\n"
        "message: m\nrationale: r\nsource: {cite: T, url: \"https://example.org/r/1\"}\n"
        "examples:\n  fail: [{text: aaa}]\n  pass: [{text: bbb}]\n"
    )
    files["pack"] = pack
    files["regex-cli"] = tmp / "runs.txt"
    files["regex-cli"].write_text("a" * 40 + "b\n")
    return files


def _limit(memory_gb: float):
    def apply() -> None:
        limit = int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def _check(args: list[str], cap: float, memory_gb: float) -> dict:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "courtlint", "check", "--no-config", "--format", "json", *args],
                                stdout=out, stderr=err, preexec_fn=_limit(memory_gb))
        killed = threading.Event()
        timer = threading.Timer(cap, lambda: (killed.set(), proc.kill()))
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    row = {"seconds": round(seconds, 1), "peak_mb": round(usage.ru_maxrss / 1024),
           "exit": None if killed.is_set() else proc.returncode}
    if killed.is_set():
        row["message"] = f"killed after {cap:g} s"
        return row
    try:
        doc = json.loads(stdout)["documents"][0]
        said = [f"{e['code']}: {e['message']}" for e in doc["errors"]]
        said += [f"{f['rule']}: {f['message']}" for f in doc["findings"] if f["rule"].startswith("courtlint.")]
        row["message"] = " | ".join(said) or f"linted: {len(doc['findings'])} findings, no errors"
    except (ValueError, KeyError, IndexError):
        tail = (stderr.decode("utf-8", "replace").strip().splitlines() or ["(no output)"])[-1]
        row["message"] = f"no JSON; stderr: {tail[:300]}"
    return row


def _lsp(tmp: Path, pack: Path, cap: float) -> dict:
    from tests.test_lsp import DRAFT, Client, _initialize

    client = Client(tmp, "--pack", str(pack))
    start = time.monotonic()
    row: dict = {}
    (tmp / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    try:
        _initialize(client, tmp)
        first = tmp / "slow.txt"
        first.write_text("a" * 40 + "b\n")
        second = tmp / "order.txt"
        second.write_text(DRAFT)
        for path, text in ((first, first.read_text()), (second, DRAFT)):
            client.notify("textDocument/didOpen", {"textDocument": {
                "uri": path.as_uri(), "languageId": "plaintext", "version": 1, "text": text}})
        try:
            got = client.diagnostics(second.as_uri(), timeout=cap)
            row["message"] = f"second document: {len(got['diagnostics'])} diagnostics after {time.monotonic() - start:.1f} s"
        except Exception:
            row["message"] = f"second document: no diagnostics within {cap:g} s"
        seen = [m for m in client.seen if m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == first.as_uri()]
        if seen:
            codes = sorted({d.get("code") for d in seen[-1]["params"]["diagnostics"]} - {None})
            row["message"] += f"; slow document: {', '.join(codes)}"
        row["peak_mb"] = _tree_hwm(client.proc.pid)
        try:
            client.request("shutdown", None, timeout=10)
            client.notify("exit", None)
            row["exit"] = client.proc.wait(timeout=10)
            row["message"] += "; exit ends the server"
        except Exception:
            row["exit"] = None
            row["message"] += "; exit does not end the server (killed)"
    finally:
        row["seconds"] = round(time.monotonic() - start, 1)
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait()
    return row


def _tree_hwm(pid: int) -> int:
    """Peak RSS (VmHWM) of ``pid`` plus its children, in MB."""
    total = 0
    pids = [pid] + [int(p) for p in _children(pid)]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return round(total / 1024)


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="case names to run")
    parser.add_argument("--cap", type=float, default=900.0)
    parser.add_argument("--memory-gb", type=float, default=8.0)
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args(argv)
    rows = {}
    with tempfile.TemporaryDirectory(prefix="courtlint-hostile-") as tmp_name:
        tmp = Path(tmp_name)
        files = _write_inputs(tmp)
        cases = ["zip-bomb", "one-line-50mb", "text-200mb", "docx-no-sectpr", "pdf-lying-count", "regex-cli", "regex-lsp"]
        for name in cases:
            if args.only and name not in args.only:
                continue
            if name == "regex-lsp":
                rows[name] = _lsp(tmp, files["pack"], min(args.cap, 120))
            elif name == "regex-cli":
                rows[name] = _check(["--pack", str(files["pack"]), str(files[name])], args.cap, args.memory_gb)
            else:
                rows[name] = _check([str(files[name])], args.cap, args.memory_gb)
            print(f"{name}: {json.dumps(rows[name])}", flush=True)
    print("\n| case | time (s) | peak memory (MB) | exit | message |\n| --- | --- | --- | --- | --- |")
    for name, row in rows.items():
        print(f"| {name} | {row['seconds']} | {row.get('peak_mb', '')} | {row.get('exit')} | {row['message'][:240]} |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
