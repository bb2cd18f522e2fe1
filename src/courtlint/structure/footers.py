"""Page footers, including footer lines that extraction left in the body, and the
paper's title as its running footer prints it."""

from __future__ import annotations

import regex

from ..model import Document, Line
from ..recognise.case_number import find_case_numbers


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


def footer_title(lines: list[Line]) -> str:
    """A footer's title words: case numbers, page numbers and document ids removed."""
    text = " ".join(line.text for line in lines)
    for number in list(find_case_numbers(text))[::-1]:
        text = text[: number.start] + " " + text[number.end :]
    text = regex.sub(r"\bCase\s+Nos?\.?:?|\bPage\s+\d+\s+of\s+\d+|-\s*[ivxlc\d]+\s*-|\b\d[\d\-.]*(?:v\.?\d+)?\b", " ", text, flags=regex.I)
    text = regex.sub(r"(?<!\w)[ivxlc]{1,5}(?!\w)", " ", text)
    return " ".join(text.split()).strip(" -\u2013\u2014|,;")


def running_title(doc: Document, pages: int = 3) -> str | None:
    """The title the footers of the first pages repeat (the first page's, for a one-page paper)."""
    titles = [footer_title(footer_lines(doc, page.number)) for page in doc.pages[:pages]]
    titles = [t for t in titles if len(t.split()) >= 2]
    if not titles:
        return None
    if len(doc.pages) > 1 and titles.count(titles[0]) < 2:
        return None
    return titles[0]
