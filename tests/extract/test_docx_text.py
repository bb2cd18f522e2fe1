"""DOCX and plain-text extraction produce the same kind of Document as PDF."""

from __future__ import annotations

import io

import pytest

from courtlint.extract import InputError, extract


def _docx_bytes() -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("GOOD CAUSE STATEMENT", level=1)
    para = document.add_paragraph()
    run = para.add_run("Defendant will produce its dealer rebate schedules.")
    run.font.size = Pt(14)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ECF No. 12"
    table.cell(0, 1).text = "Portions to seal"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_tables_sizes_and_styles(tmp_path):
    path = tmp_path / "order.docx"
    path.write_bytes(_docx_bytes())
    doc = extract(path)
    assert doc.format == "docx"
    assert doc.features == frozenset({"text", "fonts"})
    texts = [line.text for line in doc.lines]
    assert texts[0] == "GOOD CAUSE STATEMENT"
    assert doc.lines[0].style.startswith("Heading")
    rebate = doc.lines[texts.index("Defendant will produce its dealer rebate schedules.")]
    assert rebate.size == 14.0
    assert "ECF No. 12" in texts and "Portions to seal" in texts
    for line in doc.lines:
        assert doc.text[line.span.start : line.span.end] == line.text
        assert line.page is None and line.bbox is None


def test_docx_from_bytes_matches_file(tmp_path):
    data = _docx_bytes()
    assert extract(data, name="x.docx").text == extract(data, name="y.docx", format="docx").text


def test_legacy_doc_is_reported(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.code == "encrypted"


def test_text_lines_and_offsets():
    doc = extract(b"First line\r\n\r\nThird line\n", name="a.txt")
    assert [line.text for line in doc.lines] == ["First line", "", "Third line"]
    assert doc.features == frozenset({"text"})
    loc = doc.locate(doc.lines[2].span)
    assert (loc.line, loc.column, loc.page) == (3, 1, None)


def test_text_copy_of_pleading_paper_keeps_margin_numbers_apart():
    rows = [f"{n:>2}  Line {n} of the brief." for n in range(1, 29)]
    doc = extract("\n".join(rows).encode(), name="brief.txt")
    assert doc.lines[0].text == "Line 1 of the brief."
    assert doc.lines[0].pleading_line == 1
    assert doc.lines[27].pleading_line == 28


def test_markdown_is_read_as_text(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("# STIPULATED PROTECTIVE ORDER\n\nBody.\n")
    doc = extract(path)
    assert doc.format == "text" and doc.lines[0].text == "# STIPULATED PROTECTIVE ORDER"
