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
