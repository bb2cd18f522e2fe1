"""Per-glyph facts (size, font, pen position) for the few pages that need them.

The extractor keeps one size and one font per line, read from the line's
first glyph: cheap, and right for nearly every line of a brief. Some layout
questions need more: a footnote whose first glyph is its superscript marker,
a line mixing 10- and 12-point runs, or whether a face is monospaced (its
pen advances are all equal). This module reopens ``Document.source`` with
pypdfium2 and reads every glyph, but only on the pages asked for, and caches
each page on the document, so a font rule that samples three pages of a
400-page exhibit pays for three pages.

Coordinates follow the model: points, origin at the page's top-left corner.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterable
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..model import BBox, Document

#: PDF font descriptor flag bit 1: every glyph has the same width.
_FIXED_PITCH = 1


class Glyph(NamedTuple):
    char: str
    box: BBox  # loose box: the glyph's advance by the font's ascent and descent
    x: float  # pen position (origin) before the glyph
    baseline: float  # origin y, measured from the top of the page
    size: float  # font size times the text matrix's vertical scale (pdfplumber's char.size)
    font: str  # base font name, subset prefix kept (e.g. "ABCDEF+TimesNewRomanPSMT")
    fixed_pitch: bool  # the font descriptor says monospaced
    invisible: bool  # text render mode 3 (an OCR layer)
    rotated: bool


def page_glyphs(doc: Document, number: int) -> tuple[Glyph, ...]:
    """The glyphs of page ``number`` (1-based), whitespace left out."""
    return glyphs_for(doc, (number,)).get(number, ())


def glyphs_for(doc: Document, numbers: Iterable[int]) -> dict[int, tuple[Glyph, ...]]:
    """Glyphs of several pages, reading the PDF once for all pages not yet cached.

    Returns an empty mapping for documents that are not PDFs or whose source
    is gone (built in memory without one); callers fall back to line facts.
    """
    cache: dict[int, tuple[Glyph, ...]] = doc.cached("glyphs", lambda _doc: {})
    wanted = [n for n in dict.fromkeys(numbers) if 1 <= n <= len(doc.pages)]
    missing = [n for n in wanted if n not in cache]
    if missing and doc.format == "pdf" and doc.source is not None:
        pdf = pdfium.PdfDocument(doc.source)
        try:
            for n in missing:
                try:
                    page = pdf[n - 1]
                except pdfium.PdfiumError:
                    continue  # damaged: callers fall back to line facts
                try:
                    cache[n] = _read_page(page)
                finally:
                    page.close()
        finally:
            pdf.close()
    return {n: cache[n] for n in wanted if n in cache}


def _read_page(page: pdfium.PdfPage) -> tuple[Glyph, ...]:
    left, _bottom, _right, top = page.get_mediabox()
    textpage = page.get_textpage()
    try:
        return tuple(_glyphs(textpage.raw, left, top))
    finally:
        textpage.close()


def _glyphs(h, ox: float, oy: float) -> Iterable[Glyph]:
    # The loop runs once per glyph: pdfium calls and ctypes structs are bound
    # to locals, and a text object's facts are looked up once (by address).
    rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    px, py = ctypes.c_double(), ctypes.c_double()
    unicode, text_object = raw.FPDFText_GetUnicode, raw.FPDFText_GetTextObject
    loose_box, origin = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
    char_matrix, font_size = raw.FPDFText_GetMatrix, raw.FPDFText_GetFontSize
    address, hypot = ctypes.addressof, math.hypot
    fonts: dict[int, tuple[str, bool, bool]] = {}  # text object address -> (font, fixed, invisible)
    for i in range(raw.FPDFText_CountChars(h)):
        code = unicode(h, i)
        if code <= 0x20 or code in (0xA0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            continue  # whitespace, generated breaks, unmapped glyphs
        obj = text_object(h, i)
        key = address(obj.contents) if obj else 0
        facts = fonts.get(key)
        if facts is None:
            facts = fonts[key] = _object_facts(obj)
        loose_box(h, i, rect)
        origin(h, i, px, py)
        char_matrix(h, i, matrix)
        # A glyph turned off the horizontal (a rotated margin legend) has a
        # matrix whose first column leaves the x axis.
        rotated = matrix.a <= 0 or abs(matrix.b) > 0.05 * abs(matrix.a)
        yield Glyph(
            chr(code),
            (rect.left - ox, oy - rect.top, rect.right - ox, oy - rect.bottom),
            px.value - ox,
            oy - py.value,
            round(font_size(h, i) * hypot(matrix.c, matrix.d), 2),
            facts[0],
            facts[1],
            facts[2],
            rotated,
        )


def _object_facts(obj) -> tuple[str, bool, bool]:
    """(base font name, fixed pitch, invisible) of one text object."""
    if not obj:
        return "", False, False
    invisible = raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return "", False, invisible
    n = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buf = ctypes.create_string_buffer(max(n, 1))
    if n:
        raw.FPDFFont_GetBaseFontName(font, buf, n)
    name = buf.value.decode("utf-8", "replace")
    fixed = bool(raw.FPDFFont_GetFlags(font) & _FIXED_PITCH)
    return name, fixed, invisible
