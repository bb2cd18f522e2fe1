"""The ``font-size`` check kind: one hit per run of pages, measured sizes, monospace."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtlint.checks import font_size, load_kind
from courtlint.context import Context
from courtlint.extract import extract

from ..corpus_pleading import Block, write_pleading

LAYOUT = Path(__file__).resolve().parents[2] / "corpus" / "layout"
TEXT = (
    "Plaintiff pleads no purchase order, no delivery window and no notice extending one, so the Court "
    "cannot infer that any delivery was late, much less that lateness caused the loss it alleges."
)


def hits(path, **params):
    p = load_kind("font-size").build_params(params)
    return list(font_size.check(extract(path), p, Context()))


def test_one_hit_for_a_whole_brief_with_the_measured_size():
    found = hits(LAYOUT / "cand-12pt-motion.pdf", min_pt=14)
    assert len(found) == 1
    assert found[0].args["size"] == "12.0" and found[0].args["pages"] == "on pages 1-2"
    assert found[0].args["what_is"] == "Body text is"


def test_body_at_the_minimum_passes():
    assert hits(LAYOUT / "cand-12pt-motion.pdf", min_pt=12) == []
    assert hits(LAYOUT / "cacd-14pt-opposition.pdf", min_pt=14) == []


def test_a_scaled_14_point_face_passes_the_tolerance(tmp_path):
    path = tmp_path / "scaled.pdf"
    write_pleading(path, [Block(TEXT, size=13.9) for _ in range(10)], footer="OPPOSITION")
    assert hits(path, min_pt=14) == []
    found = hits(path, min_pt=14, tolerance_pt=0.05)  # the tolerance is what lets it pass
    assert [h.args["size"] for h in found] == ["13.9"]


def test_sizes_are_compared_unrounded(tmp_path):
    # 13.8 point rounds to 14.0 in the half-point report of body_font_size, but it is under 14.
    path = tmp_path / "small.pdf"
    write_pleading(path, [Block(TEXT, size=13.8) for _ in range(10)], footer="OPPOSITION")
    assert [h.args["size"] for h in hits(path, min_pt=14)] == ["13.8"]


def test_runs_break_at_compliant_pages(tmp_path):
    # Pages 1-2 in 12 point, page 3 in 14 point, page 4 in 12 point: two runs.
    path = tmp_path / "mixed.pdf"
    rows = [Block(TEXT[:85], "raw", 12.0)] * 56 + [Block(TEXT[:70], "raw", 14.0)] * 28 + [Block(TEXT[:85], "raw", 12.0)] * 28
    write_pleading(path, rows, footer="MOTION")
    found = hits(path, min_pt=14)
    assert [h.args["pages"] for h in found] == ["on pages 1-2", "on page 4"]


def test_footnotes_are_measured_by_their_text_not_their_markers():
    # cand-12pt-motion.pdf: a 12-point footnote whose superscript marker is 7.2 point.
    assert hits(LAYOUT / "cand-12pt-motion.pdf", min_pt=12, scope=["footnote"]) == []
    found = hits(LAYOUT / "cand-11pt-footnotes.pdf", min_pt=12, scope=["body", "footnote"])
    assert [(h.args["what"], h.args["size"]) for h in found] == [("Footnotes", "11.0")]


def test_quotations_scope():
    found = hits(LAYOUT / "cacd-14pt-12pt-quotes.pdf", min_pt=14, scope=["quote"])
    assert [(h.args["what"], h.args["size"], h.args["pages"]) for h in found] == [("Quotations", "12.0", "on pages 1-2")]
    assert hits(LAYOUT / "cacd-block-quotes-single-spaced.pdf", min_pt=14, scope=["quote"]) == []


def test_monospace_at_10_cpi_passes_instead_of_14_point():
    assert hits(LAYOUT / "cacd-12pt-courier-stipulation.pdf", min_pt=14, allow_monospace_cpi=10.5) == []
    assert hits(LAYOUT / "cacd-12pt-courier-stipulation.pdf", min_pt=14)  # without the allowance it fails


def test_dense_monospace_reports_its_pitch():
    found = hits(LAYOUT / "courier-10pt-brief.pdf", min_pt=14, allow_monospace_cpi=10.5)
    assert len(found) == 1
    assert found[0].args["cpi"] == "12.0"
    assert "12.0 characters per inch" in found[0].message and "10.5" in found[0].message


def test_docx_run_sizes():
    found = hits(LAYOUT / "cacd-12pt.docx", min_pt=14)
    assert len(found) == 1 and found[0].args["pages"] == "throughout the document"
    assert hits(LAYOUT / "cacd-14pt.docx", min_pt=14) == []


def test_attached_service_list_is_not_measured(tmp_path):
    # A 12-point brief on numbered paper, then an unnumbered 8-point page (a CM/ECF mailing list).
    from reportlab.pdfgen import canvas

    path = tmp_path / "with-service-list.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    for _page in range(2):
        c.setFont("Times-Roman", 12)
        for n in range(1, 29):
            y = 792 - (72 + 24 * n - 6)
            c.drawRightString(58, y, str(n))
            c.drawString(80, y, TEXT[:80])
        c.showPage()
    c.setFont("Helvetica", 8)
    for i in range(40):
        c.drawString(72, 740 - 16 * i, f"Attorney {i}  attorney{i}@firm.example, docket@firm.example")
    c.showPage()
    c.save()
    assert hits(path, min_pt=12) == []
    found = hits(path, min_pt=12, pages="all")
    assert [h.args["pages"] for h in found] == ["on page 3"]


def test_bad_params():
    kind = load_kind("font-size")
    with pytest.raises(ValueError):
        kind.build_params({"min_pt": 12, "scope": ["caption"]})
    with pytest.raises(ValueError):
        kind.build_params({"min_pt": 12, "pages": "some"})
    with pytest.raises(TypeError):
        kind.build_params({"min_pt": 12, "minimum": 3})
