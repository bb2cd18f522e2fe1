"""Write documents on 28-line pleading paper as PDF (reportlab), for tests and samples.

Each page has the numbers 1-28 in the left margin, a double rule beside them,
text set double-spaced on the numbered lines, a footer with the document's
short title, and a page number. ``write_pleading`` takes the document as
blocks so tests can build exactly the layout they need.

For layout tests the defaults can be bent, one at a time: ``leading`` sets
the text's baseline distance (18 for 1.5 spacing in 12-point type), with as
many lines per page as fit; ``pagesize`` sets the paper (A4); ``footer=None``
and ``page_numbers=False`` leave the footer's title or number out;
``text_left`` moves the text's left edge (over the line numbers); and
``footnote`` blocks are set at the foot of the page where they occur, below a
short rule, with a superscript marker, single-spaced unless the block says
otherwise (``Block.leading``).

For two-column captions a ``columns`` block prints its text in the left
column, a ``)`` rule, and ``Block.right`` in the right column, on one line; a
``pagebreak`` block ends the page; a footer with newlines prints one line
each.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

TOP = 72.0  # baseline of line 1 sits one pitch below this
PITCH = 24.0  # double spacing in 12-point type
LINES = 28
LEFT, RIGHT = 80.0, 540.0
RULE_X = 312.0  # the caption's ")" rule; the right column starts a little after it


@dataclass
class Block:
    """A paragraph; ``kind`` is 'para', 'heading', 'center', 'right', 'raw' (no
    wrap), 'quote' (indented both sides, ``leading`` apart), 'footnote' (set
    at the foot of the page, ``leading`` apart), 'columns' (a caption line:
    ``text`` left of a ``)`` rule, ``right`` beside it, no wrap) or
    'pagebreak'."""

    text: str
    kind: str = "para"
    size: float = 12.0
    indent: float = 36.0
    leading: float | None = None  # quotes and footnotes: baseline distance (default 1.15 x size)
    right: str = ""  # 'columns': the right column's text


def _layout(blocks: list[Block], font: str, left: float = LEFT) -> list[tuple]:
    """(kind, text, size, x, advance) rows, one per text line; ``advance`` is
    None for lines on the page's grid. Footnote blocks become one ('footnote',
    text, size, leading, None) row each, placed later."""
    rows = []
    for block in blocks:
        width = RIGHT - left
        face = "Times-Bold" if block.kind == "heading" else font
        step = block.leading or round(1.15 * block.size, 2)
        if block.kind == "raw":
            rows.append(("raw", block.text, block.size, left, None))
        elif block.kind == "columns":
            rows.append(("columns", (block.text, block.right), block.size, left, None))
        elif block.kind == "pagebreak":
            rows.append(("pagebreak", "", block.size, left, None))
        elif block.kind == "footnote":
            rows.append(("footnote", block.text, block.size, step, None))
        elif block.kind == "quote":
            lines = simpleSplit(block.text, face, block.size, width - 2 * block.indent) or [""]
            rows.extend(("quote", line, block.size, left + block.indent, step) for line in lines)
        else:
            first, *rest = simpleSplit(block.text, face, block.size, width - block.indent) or [""]
            rest = simpleSplit(" ".join(rest), face, block.size, width) if rest else []
            x0 = left + (block.indent if block.kind == "para" else 0)
            rows.append((block.kind, first, block.size, x0, None))
            rows.extend((block.kind, line, block.size, left, None) for line in rest)
    return rows


def _paginate(rows, leading: float, font: str):
    """Pages of (text rows with their baseline offsets from TOP, footnotes).

    Grid lines sit ``leading`` apart; quotation lines follow each other at
    their own leading, and the text after a quotation returns to the grid. A
    page's footnotes take the room of the text lines they displace.
    """
    capacity = int(LINES * PITCH // leading) * leading
    pages, text, notes, room, cursor = [], [], [], capacity, 0.0
    for row in rows:
        if row[0] == "footnote":
            lines = simpleSplit(row[1], font, row[2], RIGHT - LEFT - 10)
            notes.append((row, lines))
            room -= (len(lines) + 1) * row[3]
            continue
        if row[0] == "pagebreak":
            if text:
                pages.append((text, notes))
                text, notes, room, cursor = [], [], capacity, 0.0
            continue
        advance = row[4]
        follows_quote = bool(text) and text[-1][0][0] == "quote" and row[0] == "quote"
        if follows_quote:
            target = cursor + advance
        else:  # the next grid line at least three quarters of a line below
            target = math.ceil((cursor + 0.75 * leading) / leading - 1e-9) * leading
        if target > room + 0.01 and text:
            pages.append((text, notes))
            text, notes, room, cursor = [], [], capacity, 0.0
            target = leading
        text.append((row, target))
        cursor = target
    pages.append((text, notes))
    return pages


def _footnotes(c, notes, font: str, bottom: float, first_number: int) -> int:
    """Draw the page's footnotes upward from ``bottom``; return the next marker number."""
    height = sum(len(lines) * row[3] for row, lines in notes)
    y = bottom + height
    c.setLineWidth(0.5)
    c.line(LEFT, y + notes[0][0][3] * 0.8, LEFT + 144, y + notes[0][0][3] * 0.8)
    number = first_number
    for (kind, _text, size, step, _), lines in notes:
        for i, line in enumerate(lines):
            y -= step
            x = LEFT
            if i == 0:
                c.setFont(font, size * 0.6)
                c.drawString(LEFT, y + size * 0.35, str(number))
                x = LEFT + 10
            c.setFont(font, size)
            c.drawString(x, y, line)
        number += 1
    return number


def write_pleading(path, blocks: list[Block], *, footer: str | None, font: str = "Times-Roman",
                   stamp: str | None = None, line_numbers: bool = True, leading: float = PITCH,
                   pagesize=letter, page_numbers: bool = True, text_left: float = LEFT) -> int:
    """Write the PDF; return its page count."""
    c = canvas.Canvas(str(path), pagesize=pagesize)
    _w, height = pagesize
    rows = _layout(blocks, font, text_left)
    pages = _paginate(rows, leading, font)
    marker = 1
    for number, (page_rows, notes) in enumerate(pages, start=1):
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
        for (kind, text, size, x, _advance), offset in page_rows:
            y = height - (TOP + offset - 6)
            face = "Times-Bold" if kind == "heading" else font
            c.setFont(face, size)
            if kind == "columns":
                c.drawString(x, y, text[0])
                c.drawString(RULE_X, y, ")")
                c.drawString(RULE_X + 14, y, text[1])
            elif kind in ("center", "heading"):
                c.drawCentredString((LEFT + RIGHT) / 2, y, text)
            elif kind == "right":
                c.drawRightString(RIGHT, y, text)
            else:
                c.drawString(x, y, text)
        if notes:
            marker = _footnotes(c, notes, font, height - (TOP + LINES * PITCH - 6), marker)
        if page_numbers:
            c.setFont("Times-Roman", 12)
            c.drawCentredString((LEFT + RIGHT) / 2, 30, str(number))
        c.setLineWidth(0.5)
        c.line(LEFT, 42, RIGHT, 42)
        if footer:
            c.setFont("Times-Roman", 8)
            for i, line in enumerate(footer.split("\n")):
                c.drawCentredString((LEFT + RIGHT) / 2, 20 - 9 * i, line)
        c.showPage()
    c.save()
    return len(pages)
