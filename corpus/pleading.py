"""Write documents on 28-line pleading paper as PDF (reportlab), for tests and samples.

Each page has the numbers 1-28 in the left margin, a double rule beside them,
text set double-spaced on the numbered lines, a footer with the document's
short title, and a page number. ``write_pleading`` takes the document as
blocks so tests can build exactly the layout they need.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

TOP = 72.0  # baseline of line 1 sits one pitch below this
PITCH = 24.0  # double spacing in 12-point type
LINES = 28
LEFT, RIGHT = 80.0, 540.0


@dataclass
class Block:
    """A paragraph; ``kind`` is 'para', 'heading', 'center', 'right' or 'raw' (no wrap)."""

    text: str
    kind: str = "para"
    size: float = 12.0
    indent: float = 36.0


def _layout(blocks: list[Block], font: str) -> list[tuple[str, str, float, float]]:
    """(kind, text, size, x) rows, one per pleading line."""
    rows = []
    for block in blocks:
        width = RIGHT - LEFT
        face = "Times-Bold" if block.kind == "heading" else font
        if block.kind == "raw":
            rows.append(("raw", block.text, block.size, LEFT))
            continue
        first, *rest = simpleSplit(block.text, face, block.size, width - block.indent) or [""]
        rest = simpleSplit(" ".join(rest), face, block.size, width) if rest else []
        x0 = LEFT + (block.indent if block.kind == "para" else 0)
        rows.append((block.kind, first, block.size, x0))
        rows.extend((block.kind, line, block.size, LEFT) for line in rest)
    return rows


def write_pleading(path, blocks: list[Block], *, footer: str, font: str = "Times-Roman",
                   stamp: str | None = None, line_numbers: bool = True) -> int:
    """Write the PDF; return its page count."""
    c = canvas.Canvas(str(path), pagesize=letter)
    _w, height = letter
    rows = _layout(blocks, font)
    pages = [rows[i : i + LINES] for i in range(0, len(rows), LINES)] or [[]]
    for number, page_rows in enumerate(pages, start=1):
        if stamp:
            c.setFont("Helvetica", 8)
            c.drawString(100, height - 20, stamp.format(page=number, pages=len(pages)))
        if line_numbers:
            c.setFont("Times-Roman", 12)
            for n in range(1, LINES + 1):
                c.drawRightString(58, height - (TOP + n * PITCH - 6), str(n))
            c.setLineWidth(0.5)
            c.line(66, 0, 66, height)
            c.line(68, 0, 68, height)
            c.line(550, 0, 550, height)
        for i, (kind, text, size, x) in enumerate(page_rows, start=1):
            y = height - (TOP + i * PITCH - 6)
            face = "Times-Bold" if kind == "heading" else font
            c.setFont(face, size)
            if kind in ("center", "heading"):
                c.drawCentredString((LEFT + RIGHT) / 2, y, text)
            elif kind == "right":
                c.drawRightString(RIGHT, y, text)
            else:
                c.drawString(x, y, text)
        c.setFont("Times-Roman", 12)
        c.drawCentredString((LEFT + RIGHT) / 2, 30, str(number))
        c.setLineWidth(0.5)
        c.line(LEFT, 42, RIGHT, 42)
        c.setFont("Times-Roman", 8)
        c.drawCentredString((LEFT + RIGHT) / 2, 20, footer)
        c.showPage()
    c.save()
    return len(pages)
