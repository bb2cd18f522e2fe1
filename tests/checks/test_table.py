"""The ``table`` check kind: a header row naming the required columns."""

from __future__ import annotations

import pytest

from courtlint.checks import table
from courtlint.context import Context
from courtlint.extract import extract
from courtlint.testing import make_document

COLUMNS = {
    "ECF number": r"\b(?:ECF|Exhibit)\b",
    "document": r"\bdocument\b",
    "portions": r"\bportions?\b",
    "reasons": r"\breasons?\b",
}


def hits(doc, **overrides):
    values = {"columns": COLUMNS}
    values.update(overrides)
    return list(table.check(doc, table.Params(**values), Context(title="ADMINISTRATIVE MOTION TO SEAL")))


def test_a_header_row_of_text_cells_is_found():
    doc = make_document("ECF No.  | Document | Portion(s) to Seal | Reason(s)\n88-5 | Ex. 4 | p. 3 | Trade secret\n")
    assert hits(doc) == []


def test_prose_naming_the_columns_is_not_a_table():
    doc = make_document("The Exhibit is a document whose portions should be sealed for the reasons below.\n")
    (hit,) = hits(doc)
    assert hit.args["best"] == 0


def test_a_header_wrapped_onto_two_lines_is_joined_by_column():
    text = "Exhibit     Description of     Portions of the       Reasons for\nNumber      Document           Document to Seal      Sealing\n"
    assert hits(make_document(text)) == []


def test_each_column_needs_its_own_cell():
    """'Portions of Document' names two columns but fills only one cell."""
    doc = make_document("ECF No.      Portions of Document\n")
    (hit,) = hits(doc, min_columns=3)
    assert hit.args["best"] == 2


def test_min_columns_lowers_the_bar():
    doc = make_document("Document        Portion to Seal\n")
    assert hits(doc, min_columns=2) == []
    assert len(hits(doc)) == 1


def _pdf(path, rows):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 12)
    y = 700
    for row in rows:
        for x, cell in row:
            c.drawString(x, y, cell)
        y -= 16
    c.save()
    return path


def test_a_chart_laid_out_on_a_pdf_page_is_found(tmp_path):
    pytest.importorskip("reportlab")
    pdf = _pdf(
        tmp_path / "chart.pdf",
        [
            [(72, "This motion is supported by the chart below.")],
            [(72, "ECF No."), (150, "Document"), (300, "Portion(s) to Seal"), (450, "Reason(s)")],
            [(72, "88-5"), (150, "Ex. 4, test report"), (300, "p. 3, lines 2-14"), (450, "Trade secret")],
        ],
    )
    assert hits(extract(pdf)) == []


def test_a_pdf_paragraph_is_not_a_chart(tmp_path):
    pytest.importorskip("reportlab")
    pdf = _pdf(
        tmp_path / "prose.pdf",
        [[(72, "The Exhibit is a document whose portions should be sealed for the reasons given.")]],
    )
    assert len(hits(extract(pdf))) == 1


def test_params_are_validated():
    with pytest.raises(ValueError):
        table.Params(columns={"only": "x"})
    with pytest.raises(ValueError):
        table.Params(columns=COLUMNS, min_columns=5)


def test_a_gridded_table_with_wrapped_header_cells_is_found(tmp_path):
    """A chart drawn as a ruled table, header cells wrapping inside narrow columns."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    head = ["ECF or Exhibit No.", "Document Sought to Be Sealed", "Portion(s) of the Document to Seal", "Reason(s) for Sealing"]
    row = ["88-5", "Exhibit 4, Larkspur test report", "Page 3, lines 2-14", "Gripper tolerances (Chen Decl. ¶ 3)"]
    grid = Table([[Paragraph(c, style) for c in head], [Paragraph(c, style) for c in row]], colWidths=[90, 130, 130, 130])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    path = tmp_path / "grid.pdf"
    SimpleDocTemplate(str(path), pagesize=letter).build([Paragraph("The chart follows.", style), grid])
    assert hits(extract(path)) == []


def test_when_condition_reads_the_text():
    doc = make_document("Declaration of Mei Chen. No chart here.\n")
    params = table.Params(columns=COLUMNS, when=r"79-5\(f\)\(3\)")
    assert list(table.check(doc, params, Context())) == []
    doc = make_document("Declaration under Civil L.R. 79-5(f)(3). No chart here.\n")
    assert len(list(table.check(doc, params, Context()))) == 1
