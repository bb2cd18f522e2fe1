"""``courtlint check --annotate OUT.pdf``: a marked-up copy, the highlight on the finding's box."""

from __future__ import annotations

import ctypes
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

import courtlint
from courtlint.annotate import COLORS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "corpus" / "samples" / "stipulated-protective-order-cacd.pdf"
BLANKET = "protective-orders.blanket-sealing"
SCALE = 2.0


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "courtlint", "check", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def annotated(tmp_path: Path):
    original = tmp_path / "order.pdf"
    shutil.copyfile(SAMPLE_PDF, original)
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    run = _cli("--annotate", "marked.pdf", "order.pdf", cwd=tmp_path)
    assert run.returncode == 1, run.stderr  # findings, as without --annotate
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before  # never modified
    return original, tmp_path / "marked.pdf", run


def _annotations(page) -> list[tuple[int, str]]:
    out = []
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
        buf = ctypes.create_string_buffer(size)
        raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), size)
        out.append((raw.FPDFAnnot_GetSubtype(annot), buf.raw[: size - 2].decode("utf-16-le")))
        raw.FPDFPage_CloseAnnot(annot)
    return out


def _tinted(pixel, color) -> bool:
    """A background pixel under a multiply highlight takes the highlight's colour."""
    return all(abs(p - c) <= 20 for p, c in zip(pixel[:3], color))


def _share(image, box, predicate) -> float:
    x0, y0, x1, y1 = (round(v * SCALE) for v in box)
    pixels = [image.getpixel((x, y)) for x in range(x0 + 2, x1 - 2, 3) for y in range(y0 + 2, y1 - 2, 3)]
    return sum(1 for p in pixels if predicate(p)) / len(pixels)


def test_highlight_and_note_sit_on_the_findings_box(annotated):
    original, marked, run = annotated
    findings = courtlint.lint(original).findings
    assert f"wrote marked.pdf ({len(findings)} findings marked)" in run.stderr
    finding = next(f for f in findings if f.rule == BLANKET)
    page_index = finding.location.page - 1
    x0, top, x1, bottom = finding.location.bbox

    pdf = pdfium.PdfDocument(marked)
    annotations = _annotations(pdf[page_index])
    highlights = [text for kind, text in annotations if kind == raw.FPDF_ANNOT_HIGHLIGHT]
    notes = [text for kind, text in annotations if kind == raw.FPDF_ANNOT_TEXT]
    assert any(finding.message in text and BLANKET in text for text in highlights)
    assert any(finding.source.cite in text for text in notes)

    image = pdf[page_index].render(scale=SCALE, draw_annots=True).to_pil().convert("RGB")
    red = COLORS["error"]
    assert _share(image, (x0, top, x1, bottom), lambda p: _tinted(p, red)) > 0.6
    below = (x0, bottom + 6, x1, bottom + 20)  # the heading line under the clause: not highlighted
    assert _share(image, below, lambda p: _tinted(p, red)) == 0
    assert _share(image, below, lambda p: min(p) > 235) > 0.6

    plain = pdfium.PdfDocument(original)[page_index].render(scale=SCALE).to_pil().convert("RGB")
    assert _share(plain, (x0, top, x1, bottom), lambda p: _tinted(p, red)) == 0


def test_document_level_findings_become_notes_on_page_one(annotated):
    _, marked, _ = annotated
    notes = [text for kind, text in _annotations(pdfium.PdfDocument(marked)[0]) if kind == raw.FPDF_ANNOT_TEXT]
    assert any("protective-orders.missing-sealing-rule-reference" in text for text in notes)


def test_annotate_needs_one_pdf_and_a_new_file(tmp_path: Path):
    shutil.copyfile(SAMPLE_PDF, tmp_path / "order.pdf")
    (tmp_path / "draft.txt").write_text("A draft.\n")
    assert _cli("--annotate", "out.pdf", "draft.txt", cwd=tmp_path).returncode == 2
    assert _cli("--annotate", "out.pdf", "order.pdf", "draft.txt", cwd=tmp_path).returncode == 2
    same = _cli("--annotate", "order.pdf", "order.pdf", cwd=tmp_path)
    assert same.returncode == 2 and "refusing to write the annotated copy to order.pdf: it is an input" in same.stderr
    assert not (tmp_path / "out.pdf").exists()
