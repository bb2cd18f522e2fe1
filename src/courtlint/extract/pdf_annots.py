"""Walking a pdfium page's annotations, each handle closed after its turn.

Shared by the lazy views that read annotations (``pdf_facts``: attachments,
media, fillable fields; ``redaction_layer``: dark marks, Redact annotations,
hidden form fields).
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2.raw as raw

#: Annotation flags that keep an annotation off the screen.
HIDDEN_FLAGS = raw.FPDF_ANNOT_FLAG_HIDDEN | raw.FPDF_ANNOT_FLAG_NOVIEW


def page_annotations(page) -> Iterator[tuple[int, object, int]]:
    """(index, handle, subtype) of each annotation of a ``pypdfium2.PdfPage``.

    The handle is valid until the caller asks for the next one.
    """
    for index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            yield index, annot, raw.FPDFAnnot_GetSubtype(annot)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
