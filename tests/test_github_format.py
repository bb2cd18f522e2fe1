"""``--format github``: workflow-command annotations, escaped as the Actions runner expects."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from courtlint.report.github import command, escape_data, escape_property

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "corpus" / "samples" / "stipulated-protective-order-cacd.pdf"
DRAFT = """STIPULATED PROTECTIVE ORDER

4. FILING PROTECTED MATERIAL
The index is attached. All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal.
"""
_COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    m = _COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
    return m.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(m.group(3))


def test_escaping_follows_the_runner_rules():
    assert escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert command("notice", "two\nlines", file="dir/a,b.txt", line=3) == "::notice file=dir/a%2Cb.txt,line=3::two%0Alines"


def test_cli_prints_one_annotation_per_finding(tmp_path: Path):
    (tmp_path / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    (tmp_path / "draft, v2.txt").write_text(DRAFT)
    shutil.copyfile(SAMPLE_PDF, tmp_path / "order.pdf")
    run = subprocess.run(
        [sys.executable, "-m", "courtlint", "check", "--format", "github", "draft, v2.txt", "order.pdf"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert run.returncode == 1, run.stderr
    lines = run.stdout.strip().split("\n")
    annotations = [_parse(line) for line in lines[:-1]]
    assert lines[-1].startswith("courtlint: 2 documents: ")

    by_rule = {(props["file"], props["title"]): (level, props, message) for level, props, message in annotations}
    level, props, message = by_rule[("draft, v2.txt", "protective-orders.blanket-sealing")]
    assert level == "error"
    row = DRAFT.split("\n")[3]
    assert (props["line"], props["col"]) == ("4", str(row.index("All documents") + 1))
    assert "“All documents designated CONFIDENTIAL" in message
    assert "L.R. 79-5" in message  # the citation

    level, props, message = by_rule[("order.pdf", "protective-orders.blanket-sealing")]
    assert "line" not in props  # a PDF has no lines GitHub can point at
    assert message.startswith("page 2, line 6: ")

    level, props, message = by_rule[("order.pdf", "protective-orders.order-binds-court")]
    assert level == "warning"
    assert ("order.pdf", "protective-orders.missing-sealing-rule-reference") in by_rule
