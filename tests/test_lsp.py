"""The language server, driven over stdio by a minimal LSP client, as an editor would."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls")

from courtlint import extract, load_packs  # noqa: E402
from courtlint.lsp import Positions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "corpus" / "samples" / "stipulated-protective-order-cacd.pdf"
BLANKET = "protective-orders.blanket-sealing"
NO_79_5 = "protective-orders.missing-sealing-rule-reference"

# Line 6 (0-based) holds a clause that files everything under seal. The emoji
# before it is one code point but two UTF-16 units, which is what LSP counts.
DRAFT = """STIPULATED PROTECTIVE ORDER

1. PURPOSES AND LIMITATIONS
Discovery in this action is likely to involve production of confidential information.

4. FILING PROTECTED MATERIAL
The index \U0001F4C4 is attached. All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal.
"""
SENTENCE = "All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal."
FIXED = "A Party that seeks to file Protected Material under seal must comply with Local Rule 79-5."


class Client:
    """Just enough JSON-RPC over stdio: Content-Length framing, requests, notifications."""

    def __init__(self, cwd: Path, *args: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "courtlint", "lsp", *args],
            cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.messages: queue.Queue = queue.Queue()
        self.seen: list[dict] = []  # messages that no wait() asked for
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                header = out.readline()
                if not header:
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(out.read(length)))

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict | None, timeout: float = 30) -> object:
        self._next_id += 1
        self._send({"id": self._next_id, "method": method, "params": params})
        message = self.wait(lambda m: m.get("id") == self._next_id and "method" not in m, timeout)
        assert "error" not in message, message
        return message["result"]

    def wait(self, predicate, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("no matching message from the server")
            message = self.messages.get(timeout=remaining)
            if predicate(message):
                return message
            self.seen.append(message)

    def diagnostics(self, uri: str, timeout: float = 30) -> dict:
        return self.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri, timeout
        )["params"]


@pytest.fixture
def matter(tmp_path: Path) -> Path:
    (tmp_path / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    return tmp_path


@pytest.fixture
def client(matter: Path):
    c = Client(matter)
    yield c
    if c.proc.poll() is None:
        c.proc.kill()
        c.proc.wait()


def _initialize(client: Client, root: Path) -> dict:
    result = client.request("initialize", {
        "processId": None,
        "rootUri": root.as_uri(),
        "capabilities": {
            "general": {"positionEncodings": ["utf-16"]},
            "textDocument": {
                "publishDiagnostics": {"versionSupport": True},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
            },
        },
    })
    client.notify("initialized", {})
    return result


def _by_code(params: dict) -> dict[str, dict]:
    return {d["code"]: d for d in params["diagnostics"]}


def test_text_draft_diagnostics_follow_edits_and_hover_explains(client: Client, matter: Path):
    capabilities = _initialize(client, matter)["capabilities"]
    assert capabilities["hoverProvider"]
    draft = matter / "order.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    uri = draft.as_uri()

    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": DRAFT}})
    params = client.diagnostics(uri)
    assert params["version"] == 1
    found = _by_code(params)
    assert {BLANKET, NO_79_5} <= set(found)

    blanket = found[BLANKET]
    row = DRAFT.split("\n")[6]
    start = len(row[: row.index(SENTENCE)].encode("utf-16-le")) // 2  # UTF-16 units, as LSP counts
    assert blanket["range"] == {
        "start": {"line": 6, "character": start},
        "end": {"line": 6, "character": start + len(SENTENCE)},
    }
    assert blanket["severity"] == 1
    assert blanket["source"] == "courtlint"
    assert blanket["codeDescription"]["href"].endswith("/protective-orders/blanket-sealing/")
    rule = next(r for p in load_packs() for r in p.rules if r.id == BLANKET)
    assert rule.source.cite in blanket["message"]
    assert blanket["data"]["url"] == rule.source.url
    assert found[NO_79_5]["range"]["start"] == {"line": 0, "character": 0}  # about the whole document

    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 6, "character": start + 5}})
    assert hover["contents"]["kind"] == "markdown"
    assert hover["contents"]["value"].startswith(f"# {rule.title}")
    assert "## Why it matters" in hover["contents"]["value"]
    nothing = client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 3, "character": 4}})
    assert nothing is None

    # Three quick edits (typing): replace the clause, then the server lints once, the last version.
    line6 = {"start": {"line": 6, "character": start}, "end": {"line": 6, "character": start + len(SENTENCE)}}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                  "contentChanges": [{"range": line6, "text": "A"}]})
    typed = {"start": {"line": 6, "character": start}, "end": {"line": 6, "character": start + 1}}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                  "contentChanges": [{"range": typed, "text": FIXED[:20]}]})
    typed = {"start": {"line": 6, "character": start}, "end": {"line": 6, "character": start + 20}}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                  "contentChanges": [{"range": typed, "text": FIXED}]})
    params = client.diagnostics(uri)
    assert params["version"] == 4  # versions 2 and 3 were superseded before the debounce ran out
    assert not ({BLANKET, NO_79_5} & set(_by_code(params)))

    assert client.request("shutdown", None) is None
    client.notify("exit", None)
    assert client.proc.wait(timeout=10) == 0


def test_pdf_is_linted_from_disk_on_open(client: Client, matter: Path):
    _initialize(client, matter)
    pdf = matter / "order.pdf"
    shutil.copyfile(SAMPLE_PDF, pdf)
    uri = pdf.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "pdf", "version": 1, "text": ""}})
    found = _by_code(client.diagnostics(uri))
    assert found[BLANKET]["message"].startswith("page 2, line 6: ")
    assert found[BLANKET]["range"]["start"] == {"line": 0, "character": 0}
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert BLANKET in _by_code(client.diagnostics(uri))
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri)["diagnostics"] == []
    client.request("shutdown", None)
    client.notify("exit", None)
    assert client.proc.wait(timeout=10) == 0


def _positions(buffer: str) -> tuple[Positions, object]:
    doc = extract(buffer.encode("utf-8"), name="draft.txt", format="text")
    return Positions(buffer, doc), doc


def test_positions_undo_the_text_extractors_changes():
    """Margin numbers, CRLF and form feeds change offsets in Document.text, not in the editor."""
    numbered = "".join(f"{n:>2}  Line {n} of the pleading text.\r\n" for n in range(1, 13))
    positions, doc = _positions(numbered)
    offset = doc.text.index("Line 7 ")
    assert (positions.position(offset).line, positions.position(offset).character) == (6, 4)

    buffer = "first page\fsecond page\nthird"
    positions, doc = _positions(buffer)
    at = positions.position(doc.text.index("second"))
    assert (at.line, at.character) == (0, len("first page\f"))
    at = positions.position(doc.text.index("third"))
    assert (at.line, at.character) == (1, 0)


def test_session_rereads_the_case_profile_when_it_changes(matter: Path):
    """Editing courtlint.toml while the server runs changes the rules that apply at the next lint."""
    import os

    from courtlint.lsp import Session

    uri = (matter / "order.txt").as_uri()
    session = Session()
    cacd_only = "protective-orders.missing-good-cause-statement"
    assert cacd_only in {d.code for d in session.lint(uri, DRAFT).diagnostics}
    config = matter / "courtlint.toml"
    config.write_text('court = "cand"\ndoc_type = "protective_order"\n')
    stat = config.stat()
    os.utime(config, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    codes = {d.code for d in session.lint(uri, DRAFT).diagnostics}
    assert cacd_only not in codes and BLANKET in codes


def test_a_typo_in_the_config_is_a_diagnostic_naming_the_file(matter: Path):
    from courtlint.lsp import Session

    config = matter / "courtlint.toml"
    config.write_text(config.read_text() + 'select = ["blanket-sealng"]\n')
    (diagnostic,) = Session().lint((matter / "order.txt").as_uri(), DRAFT).diagnostics
    assert diagnostic.code == "courtlint.config"
    assert str(config) in diagnostic.message and "did you mean 'blanket-sealing'" in diagnostic.message


CATASTROPHIC = "(a|aa)+$"  # backtracks exponentially on a run of a's that does not end the line


def _slow_pack(root: Path) -> Path:
    folder = root / "packs" / "slow"
    folder.mkdir(parents=True)
    (folder / "pack.yml").write_text('name: slow\ntitle: A slow pack\nsource: {title: Test, url: "https://example.org/r"}\n')
    (folder / "runs-of-a.yml").write_text(f"""\
id: runs-of-a
title: No runs of the letter a
severity: warning
check: pattern
params: {{pattern: '{CATASTROPHIC}'}}
message: "A run of a"
rationale: A test of a catastrophic pattern.
source: {{cite: Test R. 1, url: "https://example.org/r/1"}}
examples:
  fail: [{{text: "aaa"}}]
  pass: [{{text: "bbb"}}]
""")
    return folder


def _open(client: Client, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": path.as_uri(), "languageId": "plaintext", "version": 1, "text": text}})
    return path.as_uri()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "courtlint.rule-timeout"),  # the pattern's match times out: the rule is reported, the lint ends
        (("--timeout", "2", "--regex-timeout", "0"), "courtlint.timeout"),  # an untimed match: the lint is abandoned
    ],
)
def test_a_stuck_lint_is_abandoned_and_later_documents_are_linted(matter: Path, args, expected):
    client = Client(matter, "--pack", str(_slow_pack(matter)), *args)
    try:
        _initialize(client, matter)
        slow = _open(client, matter / "slow.txt", "a" * 40 + "b\n")
        found = _by_code(client.diagnostics(slow, timeout=60))
        assert expected in found, found
        assert "slow.runs-of-a" in found[expected]["message"] or "time limit" in found[expected]["message"]
        draft = _open(client, matter / "order.txt", DRAFT)
        assert BLANKET in _by_code(client.diagnostics(draft, timeout=60))
        assert client.request("shutdown", None) is None
        client.notify("exit", None)
        assert client.proc.wait(timeout=10) == 0
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait()


def test_positions_follow_a_wrapped_line():
    """A buffer line over the wrap length is several document lines; ranges still land on it."""
    from courtlint.extract._build import MAX_LINE_CHARS

    long = " ".join(["word"] * (MAX_LINE_CHARS // 4)) + " FILED UNDER SEAL here"
    rows = [f"{n:>2}  Line {n} of the pleading." for n in range(1, 13)]
    rows[4] = f" 5  {long}"
    buffer = "\n".join(rows)
    positions, doc = _positions(buffer)
    assert doc.meta["wrapped_lines"] == (5,) and doc.lines[4].pleading_line == 5
    at = positions.position(doc.text.index("FILED UNDER SEAL"))
    assert (at.line, at.character) == (4, rows[4].index("FILED UNDER SEAL"))
    at = positions.position(doc.text.index("Line 12"))
    assert (at.line, at.character) == (11, 4)
