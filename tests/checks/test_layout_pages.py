"""The ``line-numbering``, ``paper-size``, ``margins`` and ``page-numbering`` check kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtlint.checks import line_numbering, load_kind, margins, page_numbering, paper_size
from courtlint.context import Context
from courtlint.extract import extract
from courtlint.testing import make_document

from ..corpus_pleading import Block, write_pleading

LAYOUT = Path(__file__).resolve().parents[2] / "corpus" / "layout"
TEXT = (
    "Defendants ask the Court to dismiss the complaint with leave to amend the first claim only, and to "
    "dismiss the second and third claims without leave, because no amendment could cure them."
)


def run(module, kind, path, **params):
    p = load_kind(kind).build_params(params)
    return list(module.check(extract(path) if isinstance(path, Path) else path, p, Context()))


# ---- line numbering -----------------------------------------------------------------


def test_unnumbered_brief_gets_one_hit():
    found = run(line_numbering, "line-numbering", LAYOUT / "no-line-numbers.pdf")
    assert len(found) == 1 and found[0].args["pages"] == "on any page" and found[0].args["count"] == 2


def test_numbered_brief_passes():
    assert run(line_numbering, "line-numbering", LAYOUT / "cand-12pt-motion.pdf") == []


def test_docx_line_numbering():
    assert len(run(line_numbering, "line-numbering", LAYOUT / "no-line-numbers.docx")) == 1
    assert run(line_numbering, "line-numbering", LAYOUT / "cacd-14pt.docx") == []


def test_a_stray_unnumbered_page_is_not_reported(tmp_path):
    # Pages 1-3 numbered, page 4 a full page without numbers (a chart pasted in): most pages are numbered.
    from reportlab.pdfgen import canvas

    path = tmp_path / "stray.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    for page in range(4):
        c.setFont("Times-Roman", 12)
        for n in range(1, 29):
            y = 792 - (72 + 24 * n - 6)
            if page < 3:
                c.drawRightString(58, y, str(n))
            c.drawString(80, y, TEXT[:80])
        c.showPage()
    c.save()
    assert run(line_numbering, "line-numbering", path) == []


def test_short_pages_are_not_judged(tmp_path):
    path = tmp_path / "signature-only.pdf"
    write_pleading(path, [Block("/s/ Marisol T. Okafor", "raw")], footer=None, line_numbers=False)
    assert run(line_numbering, "line-numbering", path) == []


# ---- paper size -------------------------------------------------------------------------


def test_paper_size():
    a4 = run(paper_size, "paper-size", LAYOUT / "a4-motion.pdf")
    assert [h.args["pages_are"] for h in a4] == ["Pages 1-2 are 8.27 x 11.69 in (A4)"]
    legal = run(paper_size, "paper-size", LAYOUT / "legal-size-opposition.pdf")
    assert "(legal)" in legal[0].args["pages_are"]
    assert run(paper_size, "paper-size", LAYOUT / "cand-12pt-motion.pdf") == []
    docx = run(paper_size, "paper-size", LAYOUT / "a4-motion.docx")
    assert docx[0].args["pages_are"] == "The page setup is 8.27 x 11.69 in (A4)"
    assert run(paper_size, "paper-size", LAYOUT / "cacd-14pt.docx") == []


def test_paper_size_tolerance(tmp_path):
    path = tmp_path / "cropped.pdf"
    write_pleading(path, [Block(TEXT) for _ in range(6)], footer="MOTION", pagesize=(606, 792))
    assert run(paper_size, "paper-size", path) == []  # 1/12 inch short: a scanner's crop
    assert len(run(paper_size, "paper-size", path, tolerance_pt=3)) == 1


# ---- margins ------------------------------------------------------------------------------


def test_text_over_line_numbers():
    found = run(margins, "margins", LAYOUT / "cacd-text-over-line-numbers.pdf", clear_of_line_numbers=True)
    assert [h.args["pages"] for h in found] == ["on pages 1-2"]
    assert found[0].args["where"] == "over the margin line numbers"
    assert run(margins, "margins", LAYOUT / "cand-12pt-motion.pdf", clear_of_line_numbers=True) == []


def test_margin_in_inches():
    found = run(margins, "margins", LAYOUT / "cand-12pt-motion.pdf", min_left_in=1.25)
    assert found and found[0].args["where"] == "1.11 in from the left edge"
    assert run(margins, "margins", LAYOUT / "cand-12pt-motion.pdf", min_left_in=1.0) == []


def test_margins_need_a_limit():
    with pytest.raises(ValueError):
        load_kind("margins").build_params({})


# ---- page numbers and footers ------------------------------------------------------------------


def test_page_numbers():
    assert run(page_numbering, "page-numbering", LAYOUT / "cacd-14pt-opposition.pdf", test="page-number") == []
    found = run(page_numbering, "page-numbering", LAYOUT / "cacd-no-page-numbers.pdf", test="page-number")
    assert [h.args["pages"] for h in found] == ["on page 2"]


def test_footer_title():
    assert run(page_numbering, "page-numbering", LAYOUT / "cand-12pt-motion.pdf", test="footer-title") == []
    for name in ("no-footer-title.pdf", "footer-case-number-only.pdf"):
        assert len(run(page_numbering, "page-numbering", LAYOUT / name, test="footer-title")) == 1


def test_every_page_failing_is_one_hit(tmp_path):
    path = tmp_path / "bare.pdf"
    write_pleading(path, [Block(TEXT) for _ in range(40)], footer=None, page_numbers=False)
    found = run(page_numbering, "page-numbering", path, test="page-number")
    assert len(found) == 1 and found[0].args["pages"] == "on every page"


def test_roman_and_dashed_page_numbers():
    assert page_numbering._ARABIC.match("-3-") and page_numbering._ARABIC.match("12")
    assert page_numbering._ROMAN.match("iv") and page_numbering._ROMAN.match("XII")
    assert not page_numbering._ROMAN.match("CIVIL") and not page_numbering._ARABIC.match("3:24-cv-01234")


def test_layout_kinds_need_layout():
    # Plain text has no pages or fonts: the engine never selects these kinds for it.
    doc = make_document("A brief.\n")
    for kind in ("font-size", "spacing", "line-numbering", "paper-size", "margins", "page-numbering"):
        assert not load_kind(kind).needs <= doc.features, kind
