"""Page footers, including footer lines that extraction left in the body."""

from __future__ import annotations

from ..model import Document, Line


def footer_lines(doc: Document, page: int) -> list[Line]:
    """A page's footer: lines labelled footer, and footer lines extraction left in the body.

    On pleading paper a footer can sit so close to line 28 that it is read as
    body text; such a line is below the top of the last margin number and set
    smaller than the page's body text (a footer's type is smaller; a body line
    that runs into a margin legend is not).
    """
    p = doc.pages[page - 1]
    lines = doc.page_lines(page)
    if not p.pleading_numbers:
        return [line for line in lines if line.region == "footer"]
    last_top = max(box[1] for _, box in p.pleading_numbers)
    last_bottom = max(box[3] for _, box in p.pleading_numbers)
    sizes = sorted(line.size for line in lines if line.region == "body" and line.size and len(line.text) > 20)
    body_size = sizes[len(sizes) // 2] if sizes else None
    out = []
    for line in lines:
        if line.region == "footer":
            out.append(line)
        elif line.region == "body" and line.bbox is not None:
            small = body_size is not None and line.size is not None and line.size <= body_size - 0.9
            if small and (line.bbox[1] > last_top + 2 or (line.pleading_line is None and line.bbox[1] > last_bottom)):
                out.append(line)
    return out
