"""Write a copy of a PDF with each finding marked where it is on the page.

Each finding with a box gets a highlight annotation over the box (its note:
severity, message, rule and source) and a sticky-note annotation beside it,
which opens the same note in any PDF viewer. A finding about the whole
document (something missing) gets a sticky note in the top-right corner of
page 1. The original file is read into memory and never written; the copy
is written whole or not at all (outputs.atomic_write).

Uses only pypdfium2 (already needed to read PDFs). Coordinates: a finding's
box is ``(x0, top, x1, bottom)`` in points from the top-left of the media box
(see extract/pdf.py); PDF annotations use points from its bottom-left.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterable
from pathlib import Path

from .findings import Finding
from .outputs import atomic_write, check_output

#: Highlight colours by severity (RGB); highlights are multiplied onto the
#: page, so black text stays readable.
COLORS = {"error": (255, 110, 110), "warning": (255, 205, 40), "info": (120, 180, 255)}
NOTE_SIZE = 18.0  # sticky-note icon, points


def annotate_pdf(source: str | os.PathLike, findings: Iterable[Finding], out: str | os.PathLike) -> int:
    """Write ``out``: ``source`` plus one highlight and one note per finding.

    Returns the number of findings marked. Raises ``OutputError`` (a
    ``ValueError``) if ``out`` is ``source`` itself, by any name, or cannot be
    created.
    """
    import pypdfium2 as pdfium

    src, dst = Path(source), Path(out)
    check_output(dst, [src], what="the annotated copy")
    pdf = pdfium.PdfDocument(src.read_bytes())
    try:
        notes: dict[int, list[float]] = {}  # page index -> tops of notes placed so far
        marked = 0
        for finding in findings:
            loc = finding.location
            if loc is not None and loc.page is not None and loc.bbox is not None and loc.page <= len(pdf):
                _mark_box(pdf[loc.page - 1], loc.page - 1, finding, notes)
            elif len(pdf):
                _mark_document(pdf[0], finding, notes)
            else:
                continue
            marked += 1
        with atomic_write(dst, "wb") as fh:
            pdf.save(fh)
    finally:
        pdf.close()
    return marked


def note_text(finding: Finding) -> str:
    lines = [f"{finding.severity}: {finding.message}"]
    if finding.excerpt:
        lines.append(f"“{finding.excerpt}”")
    lines += [finding.rule, f"{finding.source.cite} <{finding.source.url}>"]
    return "\n".join(lines)


def _mark_box(page, index: int, finding: Finding, notes: dict[int, list[float]]) -> None:
    import pypdfium2.raw as raw

    left, _bottom, right, top = page.get_mediabox()
    x0, t, x1, b = finding.location.bbox
    px0, px1, ptop, pbottom = x0 + left, x1 + left, top - t, top - b
    color = COLORS[str(finding.severity)]
    text = note_text(finding)
    highlight = raw.FPDFPage_CreateAnnot(page, raw.FPDF_ANNOT_HIGHLIGHT)
    try:
        raw.FPDFAnnot_SetRect(highlight, raw.FS_RECTF(px0, ptop, px1, pbottom))
        # Viewers draw a highlight from its QuadPoints, not its Rect.
        quad = raw.FS_QUADPOINTSF(px0, ptop, px1, ptop, px0, pbottom, px1, pbottom)
        raw.FPDFAnnot_AppendAttachmentPoints(highlight, quad)
        _style(highlight, color, text, finding.rule)
    finally:
        raw.FPDFPage_CloseAnnot(highlight)
    # The note sits just right of the box (inside the page), below any note
    # already placed there.
    nx = min(px1 + 2, right - NOTE_SIZE)
    _sticky_note(page, nx, _free_top(notes.setdefault(index, []), ptop), color, text, finding.rule)


def _mark_document(page, finding: Finding, notes: dict[int, list[float]]) -> None:
    _left, _bottom, right, top = page.get_mediabox()
    color = COLORS[str(finding.severity)]
    _sticky_note(page, right - NOTE_SIZE - 6, _free_top(notes.setdefault(0, []), top - 6), color,
                 note_text(finding), finding.rule)


def _free_top(placed: list[float], want: float) -> float:
    """The highest top at or below ``want`` where a note overlaps none placed."""
    top = want
    while any(abs(top - other) < NOTE_SIZE for other in placed):
        top -= NOTE_SIZE + 2
    placed.append(top)
    return top


def _sticky_note(page, x: float, top: float, color, text: str, rule: str) -> None:
    import pypdfium2.raw as raw

    note = raw.FPDFPage_CreateAnnot(page, raw.FPDF_ANNOT_TEXT)
    try:
        raw.FPDFAnnot_SetRect(note, raw.FS_RECTF(x, top, x + NOTE_SIZE, top - NOTE_SIZE))
        _style(note, color, text, rule)
    finally:
        raw.FPDFPage_CloseAnnot(note)


def _style(annot, color, text: str, rule: str) -> None:
    import pypdfium2.raw as raw

    raw.FPDFAnnot_SetColor(annot, raw.FPDFANNOT_COLORTYPE_Color, *color, 255)
    raw.FPDFAnnot_SetFlags(annot, raw.FPDF_ANNOT_FLAG_PRINT)
    for key, value in ((b"Contents", text), (b"T", "courtlint"), (b"Subj", rule)):
        buf = ctypes.create_string_buffer((value + "\x00").encode("utf-16-le"))
        raw.FPDFAnnot_SetStringValue(annot, key, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
