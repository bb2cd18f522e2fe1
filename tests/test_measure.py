"""Layout measurements (courtlint.measure) on generated pleading-paper PDFs and Word files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from courtlint import measure
from courtlint.extract import extract
from courtlint.extract.glyphs import glyphs_for, page_glyphs
from courtlint.testing import make_document

from .corpus_pleading import Block, write_pleading

LAYOUT = Path(__file__).resolve().parents[1] / "corpus" / "layout"


def doc(name: str):
    return extract(LAYOUT / name)


PARAGRAPH = (
    "The agreement sets delivery windows by purchase order, not by calendar date, and allows either party "
    "to extend a window on written notice; the complaint pleads no order, no window and no notice at all."
)


# ---- body font size ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, size",
    [
        ("cand-12pt-motion.pdf", 12.0),
        ("cacd-14pt-opposition.pdf", 14.0),
        ("cacd-13pt-opposition.pdf", 13.0),
        ("cand-11pt-body.pdf", 11.0),
        ("cacd-12pt-courier-stipulation.pdf", 12.0),
        ("cacd-12pt.docx", 12.0),
        ("cacd-14pt.docx", 14.0),
    ],
)
def test_body_font_size(name, size):
    assert measure.body_font_size(doc(name)) == size


def test_body_font_samples_pages_two_to_four():
    found = measure.body_font(doc("block-quotes-single-spaced.pdf"))
    assert found.pages == (2, 3)
    assert found.font == "Times-Roman" and not found.ocr and found.share > 0.9


def test_body_font_ignores_the_stamp_footer_and_line_numbers(tmp_path):
    # Body text in 13 point; stamp (8 pt), footer (8 pt), page numbers and margin numbers (12 pt) are furniture.
    path = tmp_path / "stamped.pdf"
    blocks = [Block(PARAGRAPH, size=13.0) for _ in range(12)]
    write_pleading(path, blocks, footer="PL.'S MOTION", stamp="Case 2:24-cv-07416 Document 9 Filed 01/02/25 Page {page} of {pages}")
    assert measure.body_font_size(extract(path)) == 13.0


def test_no_body_font_for_plain_text_or_a_bare_slip_sheet(tmp_path):
    assert measure.body_font_size(make_document("A motion.\n" * 40)) is None
    path = tmp_path / "slip.pdf"
    write_pleading(path, [Block("EXHIBIT 4", "center")], footer=None, page_numbers=False)
    assert measure.body_font_size(extract(path)) is None  # under 150 characters: nothing to measure


def test_ocr_font_names():
    assert measure.is_ocr_font("GlyphLessFont")
    assert measure.is_ocr_font("*Times New Roman-8692")
    assert not measure.is_ocr_font("TimesNewRomanPSMT")
    assert not measure.is_ocr_font("ABCDEF+Courier")


# ---- glyphs, lazily ---------------------------------------------------------------------


def test_glyphs_are_read_only_for_the_pages_asked():
    d = doc("block-quotes-single-spaced.pdf")
    assert page_glyphs(d, 2)
    assert sorted(d.cached("glyphs", dict)) == [2]
    glyphs_for(d, [1, 2])
    assert sorted(d.cached("glyphs", dict)) == [1, 2]


def test_glyphs_of_a_docx_are_empty():
    assert glyphs_for(doc("cacd-14pt.docx"), [1]) == {}


def test_footnote_size_comes_from_its_text_not_its_marker():
    d = doc("cand-11pt-footnotes.pdf")
    rough = [t for t in measure.text_lines(d, 1) if t.text.startswith("1 The agreement")]
    precise = [t for t in measure.text_lines(d, 1, precise=True) if t.text.startswith("1 The agreement")]
    # The line's first glyph is the superscript marker (0.6 x 11 = 6.6 pt); its text is 11 pt.
    assert rough[0].size == pytest.approx(6.6, abs=0.05)
    assert precise[0].size == 11.0 and precise[0].marker
    notes = measure.footnote_lines(measure.text_lines(d, 1, precise=True))
    assert [t.text[:15] for t in notes][0] == "1 The agreement" and len(notes) == 3


# ---- monospace ------------------------------------------------------------------------


def test_courier_is_monospaced_at_10_cpi():
    mono = measure.monospace(doc("cacd-12pt-courier-stipulation.pdf"))
    assert mono.monospaced and mono.cpi == pytest.approx(10.0, abs=0.05)
    assert measure.is_monospace(doc("cacd-12pt-courier-stipulation.pdf"), max_cpi=10.5)


def test_10_point_courier_sets_12_cpi():
    mono = measure.monospace(doc("courier-10pt-brief.pdf"))
    assert mono.monospaced and mono.cpi == pytest.approx(12.0, abs=0.05)
    assert not measure.is_monospace(doc("courier-10pt-brief.pdf"), max_cpi=10.5)


def test_times_is_proportional():
    mono = measure.monospace(doc("cacd-14pt-opposition.pdf"))
    assert not mono.monospaced and mono.evidence == ""


def test_equal_advances_alone_reveal_monospace():
    assert measure._uniform([7.2] * 60)
    assert not measure._uniform([3.3, 6.0, 9.3, 6.0, 5.3] * 12)  # Times: i, e, m, n, s


# ---- spacing and lines per page -------------------------------------------------------


@pytest.mark.parametrize(
    "name, gap, rows_at_most",
    [
        ("cand-12pt-motion.pdf", 24.0, 28),
        ("one-and-a-half-spaced.pdf", 18.0, 37),
        ("single-spaced.pdf", 13.8, 0),
        ("cand-12pt-20pt-leading.pdf", 20.0, 33),
    ],
)
def test_page_spacing(name, gap, rows_at_most):
    s = measure.page_spacing(doc(name), 2)
    assert s.gap == pytest.approx(gap, abs=0.1)
    assert s.size == 12.0 and s.pitch == pytest.approx(24.0, abs=0.1)
    assert s.rows <= rows_at_most


def test_block_quotations_do_not_move_the_gap():
    s = measure.page_spacing(doc("block-quotes-single-spaced.pdf"), 2)
    assert s.gap == pytest.approx(24.0, abs=0.1) and s.rows <= 28


def test_table_of_contents_is_recognised(tmp_path):
    path = tmp_path / "toc.pdf"
    entries = [Block(f"{h} {'.' * 60} {i}", "raw") for i, h in enumerate(["Introduction", "Facts", "Argument", "Conclusion"], 1)]
    write_pleading(path, [Block("TABLE OF CONTENTS", "center"), *entries], footer="MOTION")
    d = extract(path)
    assert measure.is_toc_page(measure.text_lines(d, 1))
    assert measure.page_spacing(d, 1).toc


# ---- margins, paper, furniture ----------------------------------------------------------


def test_margins_and_paper():
    d = doc("cand-12pt-motion.pdf")
    m = measure.page_margins(d, 2)
    assert m.left == pytest.approx(80.0, abs=1) and m.top < 100
    assert measure.paper_size(d, 1) == (612.0, 792.0) and measure.is_letter(612, 792)
    assert measure.is_letter(792, 612)  # landscape letter
    a4 = doc("a4-motion.pdf")
    assert not measure.is_letter(*measure.paper_size(a4, 1))


def test_docx_page_setup():
    assert measure.paper_size(doc("a4-motion.docx"), 1) == pytest.approx((595.45, 841.7), abs=0.5)
    setup = doc("cacd-14pt.docx").meta["page_setup"]
    assert setup["line_numbering"] and setup["width_pt"] == 612.0
    assert not doc("no-line-numbers.docx").meta["page_setup"]["line_numbering"]


def test_running_footer_left_in_the_body_is_furniture(tmp_path):
    # A short title repeated at the same height inside the measured band on every
    # page is a running footer; body lines, which differ page to page, are not.
    from reportlab.pdfgen import canvas

    path = tmp_path / "footer-in-body.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    for page in range(4):
        c.setFont("Times-Roman", 12)
        for i in range(20):
            word = ("Alpha", "Bravo", "Charlie", "Delta")[page]
            c.drawString(80, 700 - 24 * i, f"Line {i}, {word}: {PARAGRAPH[:60]}")
        c.setFont("Times-Roman", 9)
        c.drawString(80, 95, "DECL. OF A. SMITH ISO MOTION TO SEAL")
        c.showPage()
    c.save()
    d = extract(path)
    running = measure.running_lines(d)
    footers = [ln for ln in d.lines if ln.text.startswith("DECL. OF A. SMITH")]
    assert len(footers) == 4 and all(id(ln) in running for ln in footers)
    assert not any(id(ln) in running for ln in d.lines if ln.text.startswith("Line "))
    assert all(not t.text.startswith("DECL.") for t in measure.text_lines(d, 2))


def test_main_pages_end_at_the_exhibit_slip_sheet(tmp_path):
    path = tmp_path / "decl.pdf"
    blocks = [Block(f"{i}. {PARAGRAPH[:70]}", "raw") for i in range(56)] + [Block("EXHIBIT A", "center")]
    write_pleading(path, blocks, footer="DECLARATION OF A. SMITH", line_numbers=False, page_numbers=False)
    d = extract(path)
    assert len(d.pages) == 3
    assert measure.main_pages(d) == [1, 2]


def test_court_form_pages_are_not_governed(tmp_path):
    path = tmp_path / "form.pdf"
    write_pleading(path, [Block(PARAGRAPH) for _ in range(8)], footer="G-92 (05/15) NOTICE OF MANUAL FILING OR LODGING",
                   line_numbers=False)
    d = extract(path)
    assert measure.is_court_form_page(d, 1)
    assert measure.governed_pages(d) == []


def test_page_runs_and_text():
    assert measure.page_runs([7, 1, 2, 3]) == [(1, 3), (7, 7)]
    assert measure.pages_text([4]) == "page 4"
    assert measure.pages_text([1, 2, 3]) == "pages 1-3"
    assert measure.pages_text([2, 3, 7, 9, 10]) == "pages 2-3, 7 and 9-10"


def test_failing_runs_break_only_on_passing_pages():
    outcomes = [(1, "a"), (2, None), (3, "b"), (4, measure.PASSED), (5, "c")]
    assert measure.failing_runs(outcomes) == [["a", "b"], ["c"]]


def test_docx_page_setup_of_a_default_document():
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(PARAGRAPH)
    buf = io.BytesIO()
    d.save(buf)
    setup = extract(buf.getvalue(), name="x.docx").meta["page_setup"]
    assert setup["height_pt"] == 792.0 and setup["margin_left_pt"] == 90.0


@pytest.mark.parametrize("heading", ["TABLE OF EXHIBITS", "INDEX OF EXHIBITS", "EXHIBIT LIST", "List of Exhibits", "12 TABLE OF AUTHORITIES"])
def test_tables_of_exhibits_are_tables_too(tmp_path, heading):
    path = tmp_path / "exhibits.pdf"
    rows = [Block(f"Exhibit {i}   Declaration of Witness {i}, dated May {i}, 2025", "raw") for i in range(1, 5)]
    write_pleading(path, [Block(heading, "center"), *rows], footer="DECLARATION")
    assert measure.is_toc_page(measure.text_lines(extract(path), 1))


def test_a_heading_that_names_no_table_is_not_one(tmp_path):
    path = tmp_path / "argument.pdf"
    write_pleading(path, [Block("ARGUMENT", "center"), Block("The exhibits show the point.", "raw")], footer="MOTION")
    assert not measure.is_toc_page(measure.text_lines(extract(path), 1))
