"""PDF extraction on generated pleading paper: regions, pleading lines, boxes, offsets."""

from __future__ import annotations

import pytest

from courtlint.extract import extract
from courtlint.model import Span

from ..conftest import SAMPLES


@pytest.fixture(scope="module")
def motion():
    return extract(SAMPLES / "motion-to-compel-cand.pdf")


def test_pleading_numbers_are_found_and_kept_out_of_body(motion):
    page = motion.pages[0]
    assert [n for n, _ in page.pleading_numbers] == list(range(1, 29))
    body = motion.scoped_text(["body"])
    lines = [line for line in motion.page_lines(1) if line.region == "body"]
    assert not any(line.text.strip().isdigit() for line in lines)
    assert "1 2 3 4 5" not in body


def test_text_lines_carry_their_pleading_line(motion):
    by_text = {line.text: line for line in motion.lines}
    assert by_text["Lena Park (SBN 287654)"].pleading_line == 1
    assert by_text["UNITED STATES DISTRICT COURT"].pleading_line == 7


def test_footer_and_page_number_are_regions(motion):
    footers = [line.text for line in motion.lines if line.region == "footer"]
    assert "1" in footers
    assert any("MOTION TO COMPEL" in t for t in footers)


def test_offsets_map_back_to_page_line_and_box(motion):
    start = motion.text.index("Case No. 3:24-cv-04321-WHA")
    loc = motion.locate(Span(start, start + len("Case No. 3:24-cv-04321-WHA")))
    assert loc.page == 1
    assert loc.pleading_line is not None
    x0, top, x1, bottom = loc.bbox
    assert 70 < x0 < 90 and x1 > x0 and bottom > top
    assert motion.text[loc.start : loc.end] == "Case No. 3:24-cv-04321-WHA"


def test_every_line_span_matches_its_text(motion):
    for line in motion.lines:
        assert motion.text[line.span.start : line.span.end] == line.text
        for word in line.words:
            assert motion.text[word.span.start : word.span.end] == word.text


def test_font_sizes_are_measured(motion):
    body = [line for line in motion.lines if line.region == "body" and line.size]
    assert body and all(abs(line.size - 12.0) < 0.1 for line in body)


def test_ecf_stamp_is_its_own_region(tmp_path):
    from ..corpus_pleading import Block, write_pleading

    path = tmp_path / "stamped.pdf"
    write_pleading(
        path,
        [Block("The parties agree as follows.")],
        footer="STIPULATION",
        stamp="Case 2:16-cv-06794-AB-JC Document 168 Filed 02/01/19 Page {page} of {pages} Page ID #:3629",
    )
    doc = extract(path)
    stamps = [line for line in doc.lines if line.region == "ecf-stamp"]
    assert len(stamps) == 1 and stamps[0].text.startswith("Case 2:16-cv-06794-AB-JC")
    assert "Document 168" not in doc.scoped_text(["body"])


def test_a_preview_lays_out_the_first_pages_and_sizes_the_rest():
    path = SAMPLES.parent / "efiling" / "declaration-with-exhibits.pdf"
    full, preview = extract(path), extract(path, layout_pages=2)
    assert len(full.pages) == 5
    assert preview.features == frozenset({"pages"})  # not "text": a text rule must not read half a document
    assert preview.meta["laid_out_pages"] == preview.laid_out_pages == 2
    assert [(p.width, p.height) for p in preview.pages] == [(p.width, p.height) for p in full.pages]
    assert preview.text == full.text[: full.pages[1].span.end]
    assert [p.has_text for p in preview.pages[2:]] == [None] * (len(full.pages) - 2)
    assert all(p.line_count == 0 and p.span.start == len(preview.text) for p in preview.pages[2:])
    assert full.laid_out_pages == len(full.pages) and "laid_out_pages" not in full.meta


def test_a_short_pdf_is_read_in_full_even_when_a_preview_is_asked(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "one.pdf"
    c = Canvas(str(path))
    c.drawString(72, 720, "A one-page stipulation with enough words to count as text.")
    c.save()
    doc = extract(path, layout_pages=2)
    assert doc.features == frozenset({"text", "pages", "geometry", "fonts"})
    assert "laid_out_pages" not in doc.meta
