"""Bad input never raises: each gets a coded error, the CLI exits 2, a batch carries on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import courtlint

from .conftest import SAMPLES
from .corpus_pleading import Block, write_pleading


def _encrypted_pdf(path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    c = canvas.Canvas(str(path), encrypt=enc)
    c.drawString(100, 700, "Sealed exhibit")
    c.save()


def _scanned_pdf(path):
    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    image = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(image).rectangle((100, 100, 700, 140), fill=0)
    image_path = path.with_suffix(".png")
    image.save(image_path)
    c = canvas.Canvas(str(path))
    c.drawImage(str(image_path), 0, 0, 612, 792)
    c.showPage()
    c.save()


@pytest.fixture
def bad_files(tmp_path):
    files = {}
    files["not-a-pdf"] = tmp_path / "letter.pdf"
    files["not-a-pdf"].write_text("Dear Judge Spero: this is plain text, not a PDF.")
    files["empty"] = tmp_path / "empty.pdf"
    files["empty"].write_bytes(b"")
    files["corrupt"] = tmp_path / "corrupt.pdf"
    files["corrupt"].write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n garbage \x00\x01\x02")
    files["encrypted"] = tmp_path / "encrypted.pdf"
    _encrypted_pdf(files["encrypted"])
    files["no-text-layer"] = tmp_path / "scan.pdf"
    _scanned_pdf(files["no-text-layer"])
    files["unsupported-format"] = tmp_path / "brief.wpd"
    files["unsupported-format"].write_bytes(b"\xffWPC")
    files["corrupt-docx"] = tmp_path / "draft.docx"
    files["corrupt-docx"].write_bytes(b"this is not a zip")
    return files


@pytest.mark.parametrize(
    "key", ["not-a-pdf", "empty", "corrupt", "encrypted", "no-text-layer", "unsupported-format", "corrupt-docx"]
)
def test_bad_input_gives_a_coded_error(bad_files, key):
    result = courtlint.lint(bad_files[key], use_config=False)
    assert result.unreadable
    codes = [e["code"] for e in result.errors]
    expected = "corrupt" if key == "corrupt-docx" else key
    assert codes == [expected], result.errors
    assert result.findings == ()
    assert str(bad_files[key].name) in result.errors[0]["message"]


def test_missing_file():
    result = courtlint.lint("/nonexistent/brief.pdf", use_config=False)
    assert [e["code"] for e in result.errors] == ["not-found"]


def test_truncated_pdf_is_read_or_reported(tmp_path):
    good = (SAMPLES / "motion-to-compel-cand.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good[: len(good) // 2])
    result = courtlint.lint(path, use_config=False)
    assert result.errors or result.context is not None


def _cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "courtlint", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_cli_exits_2_with_a_message_and_no_traceback(bad_files):
    proc = _cli("check", "--no-config", str(bad_files["encrypted"]))
    assert proc.returncode == 2
    assert "password-protected" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_directory_run_carries_on_past_broken_files(bad_files, tmp_path):
    good = tmp_path / "good.pdf"
    write_pleading(good, [Block("The parties stipulate as follows.")], footer="STIPULATION")
    proc = _cli("check", "--no-config", "--format", "json", "--jobs", "2", str(tmp_path))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    by_name = {d["path"].rsplit("/", 1)[-1]: d for d in report["documents"]}
    assert by_name["good.pdf"]["errors"] == [] and by_name["good.pdf"]["document"]["pages"] == 1
    assert by_name["encrypted.pdf"]["errors"][0]["code"] == "encrypted"
    assert by_name["scan.pdf"]["errors"][0]["code"] == "no-text-layer"
    assert report["summary"]["documents"] == len(by_name)


# ---- fault containment, limits and time limits (issue 9) -------------------------------------

import os  # noqa: E402
import signal  # noqa: E402
import time  # noqa: E402

from courtlint.api import Linter  # noqa: E402
from courtlint.extract import CODES  # noqa: E402
from courtlint.limits import Limits  # noqa: E402

from . import fuzz  # noqa: E402

DOCX = fuzz.REPO / "corpus" / "layout" / "cacd-12pt.docx"


def _lying_count(count: int) -> bytes:
    """A two-page sample PDF whose page tree claims ``count`` pages: pdfium fails to load the rest."""
    import re

    return re.sub(rb"/Count \d+", b"/Count %d" % count, (SAMPLES / "stipulated-protective-order-cacd.pdf").read_bytes())


def test_a_page_that_cannot_be_loaded_is_skipped_and_the_rest_is_linted(tmp_path):
    path = tmp_path / "count.pdf"
    path.write_bytes(_lying_count(4))
    result = Linter(use_config=False).lint(path)
    assert [e["code"] for e in result.errors] == ["corrupt-page"]
    assert "pages 3-4 are damaged and were skipped (PdfiumError: Failed to load page)" in result.errors[0]["message"]
    assert result.context is not None and result.context.pages == 4
    assert result.incomplete and not result.unreadable
    assert "protective-orders.blanket-sealing" in {f.rule for f in result.findings}  # pages 1-2 were linted


def test_a_page_count_a_million_times_too_big_ends_the_document(tmp_path):
    path = tmp_path / "count.pdf"
    path.write_bytes(_lying_count(1_000_000))
    start = time.monotonic()
    result = Linter(use_config=False).lint(path)
    assert time.monotonic() - start < 30
    assert result.context.pages == 2
    assert "pages 3-1000000 cannot be loaded" in result.errors[0]["message"]
    assert all(f.rule != "courtlint.internal-error" for f in result.findings), result.findings


def test_a_long_run_of_damaged_pages_does_not_end_a_document_whose_last_page_loads():
    import io
    import re

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(1, 31):
        c.drawString(100, 700, f"Page {n} of the brief, with enough text to count.")
        c.showPage()
    c.save()
    data = bytearray(buf.getvalue())
    for m in list(re.finditer(rb"/Type /Page\b(?!s)", bytes(data)))[4:28]:  # pages 5-28 stop being pages
        data[m.start() : m.end()] = b"/Type /Pagx"
    doc = courtlint.extract(bytes(data), name="brief.pdf")
    assert doc.problems == (("corrupt-page", "brief.pdf: pages 5-28 are damaged and were skipped "
                                             "(PdfiumError: Failed to load page)"),)
    assert len(doc.pages) == 30 and "Page 30 of the brief" in doc.text and "Page 4 of" in doc.text


def test_cli_exits_2_for_a_partly_read_document_and_still_reports_its_findings(tmp_path):
    path = tmp_path / "count.pdf"
    path.write_bytes(_lying_count(4))
    proc = _cli("check", "--no-config", "--format", "json", str(path))
    assert proc.returncode == 2, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["errors"][0]["code"] == "corrupt-page" and doc["findings"]


def test_a_docx_without_section_properties_is_linted(tmp_path):
    path = tmp_path / "no-sectpr.docx"
    path.write_bytes(fuzz.without_sectpr(DOCX.read_bytes()))
    result = Linter(use_config=False).lint(path)
    assert result.errors == () and result.context is not None
    assert all(f.rule != "courtlint.internal-error" for f in result.findings)


@pytest.mark.parametrize(
    ("padding_mb", "message"),
    [
        (300, "the DOCX unpacks to 301 MB, over the 200 MB limit"),
        (120, "word/document.xml expands 999 times (123 KB to 120 MB), over the 100x limit"),
    ],
)
def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path, padding_mb, message):
    path = tmp_path / "bomb.docx"
    path.write_bytes(fuzz.zip_bomb_docx(DOCX.read_bytes(), padding_mb))
    start = time.monotonic()
    result = Linter(use_config=False).lint(path)
    assert time.monotonic() - start < 5
    assert [e["code"] for e in result.errors] == ["too-large"]
    assert message in result.errors[0]["message"]


def test_text_over_the_limit_is_refused_with_both_sizes(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"the court shall seal " * (3 * 2**20 // 21))
    result = Linter(use_config=False, limits=Limits(text_chars=2**20)).lint(path)
    assert [e["code"] for e in result.errors] == ["too-large"]
    assert result.errors[0]["message"] == f"{path}: 3.0 MB of text is over the 1.0 MB limit"
    docx = tmp_path / "long.docx"
    docx.write_bytes(fuzz.docx_huge_paragraph(fuzz.random.Random(0), DOCX.read_bytes(), 2 * 2**20))
    result = Linter(use_config=False, limits=Limits(text_chars=2**20)).lint(docx)
    assert [e["code"] for e in result.errors] == ["too-large"]
    assert "MB of text is over the 1.0 MB limit" in result.errors[0]["message"]


def test_a_huge_one_line_text_is_linted_in_bounded_time_and_memory(tmp_path):
    """5 MB on one line, case numbers and all: 85 s and 380 MB before lines were wrapped
    and text words made on demand (the merged-caption split was quadratic in line length)."""
    path = tmp_path / "one-line.txt"
    line = b"Case No. 3:19-cv-04321 the parties shall file under seal any CONFIDENTIAL material "
    path.write_bytes(line * (5 * 2**20 // len(line)))
    start = time.monotonic()
    result = Linter(use_config=False).lint(path)
    assert time.monotonic() - start < 60
    assert result.errors == () and result.context is not None


def test_the_time_limit_stops_reading_and_checking(tmp_path):
    pdf = Linter(use_config=False, limits=Limits(seconds=0)).lint(SAMPLES / "motion-to-compel-cand.pdf")
    assert [e["code"] for e in pdf.errors] == ["timeout"]
    assert "reading stopped at page 1 of 2, over the 0 s time limit" in pdf.errors[0]["message"]
    text = tmp_path / "draft.txt"
    text.write_text("STIPULATED PROTECTIVE ORDER\nAll documents shall be filed under seal.\n")
    result = Linter(use_config=False, limits=Limits(seconds=0)).lint(text)
    assert [e["code"] for e in result.errors] == ["timeout"] and result.context is not None
    assert "checking stopped after 0 of" in result.errors[0]["message"] and result.incomplete


def test_an_unexpected_exception_is_the_documents_internal_error(monkeypatch, tmp_path):
    describe_module = sys.modules["courtlint.describe"]  # the package, which its function shadows

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(describe_module, "describe", broken)
    path = tmp_path / "draft.txt"
    path.write_text("Some text.\n")
    result = Linter(use_config=False).lint(path)
    assert [e["code"] for e in result.errors] == ["internal-error"]
    assert "KeyError: 'boom'" in result.errors[0]["message"] and result.unreadable
    with pytest.raises(KeyError):
        Linter(use_config=False, strict=True).lint(path)


class _FragileLinter(Linter):
    """Dies on files named die*, hangs on files named stuck*: what OOM kills and pathological inputs do."""

    def lint(self, source, *, name=None):
        stem = os.path.basename(str(source))
        if stem.startswith("die"):
            os.kill(os.getpid(), signal.SIGKILL)
        if stem.startswith("stuck"):
            time.sleep(3600)
        return super().lint(source, name=name)


def test_a_batch_survives_a_worker_that_dies_or_hangs(tmp_path):
    for name in ("a.txt", "die.txt", "m.txt", "stuck.txt", "z.txt"):
        (tmp_path / name).write_text("The parties may seal.\n")
    linter = _FragileLinter(use_config=False, limits=Limits(seconds=1))
    start = time.monotonic()
    results = list(courtlint.lint_many([tmp_path], jobs=2, linter=linter))
    assert time.monotonic() - start < 60
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in results}
    assert list(by_name) == ["a.txt", "die.txt", "m.txt", "stuck.txt", "z.txt"]
    for good in ("a.txt", "m.txt", "z.txt"):
        assert by_name[good].errors == () and by_name[good].context is not None
    died = by_name["die.txt"].errors[0]
    assert died["code"] == "internal-error" and "killed by signal 9" in died["message"]
    stuck = by_name["stuck.txt"].errors[0]
    assert stuck["code"] == "timeout" and "abandoned after 2 s" in stuck["message"]
    assert all(e["code"] in CODES for r in results for e in r.errors)


def test_cli_a_catastrophic_pattern_in_a_user_pack_is_reported_not_a_hang(tmp_path):
    pack = tmp_path / "slow"
    pack.mkdir()
    (pack / "pack.yml").write_text('name: slow\ntitle: Slow\nsource: {title: T, url: "https://example.org/r"}\n')
    for slug, pattern in (("nested-plus", "(a+)+$"), ("alternation", "(a|aa)+$")):
        (pack / f"{slug}.yml").write_text(
            f"id: {slug}\ntitle: t\nseverity: warning\ncheck: pattern\nparams: {{pattern: '{pattern}'}}\n"
            "message: m\nrationale: r\nsource: {cite: T, url: \"https://example.org/r/1\"}\n"
            "examples:\n  fail: [{text: aaa}]\n  pass: [{text: bbb}]\n"
        )
    draft = tmp_path / "draft.txt"
    draft.write_text("a" * 40 + "b\n")
    start = time.monotonic()
    proc = _cli("check", "--no-config", "--format", "json", "--pack", str(pack), str(draft))
    assert time.monotonic() - start < 30
    findings = json.loads(proc.stdout)["documents"][0]["findings"]
    timeouts = [f for f in findings if f["rule"] == "courtlint.rule-timeout"]
    # regex copes with (a+)+$ itself; (a|aa)+$ backtracks until the time limit stops it
    assert len(timeouts) == 1 and "Rule slow.alternation was stopped" in timeouts[0]["message"], findings
    assert proc.returncode == 1
