"""The counsel block above the court title, and how its items are printed
(bar number in every form, address, telephone, email, whom counsel represents)."""

from __future__ import annotations

import regex

from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line
from .caption import court_title_index, first_page_range

_FLAGS = regex.IGNORECASE | regex.VERSION1
#: Starts only where a run of address characters starts: tried at every position of a long
#: run without "@" (a 700,000-letter word), it backtracked over the whole run each time.
EMAIL = lazy(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE = lazy(r"(?<!\d)\(?\d{3}\)?[\s.\-/]{0,2}\d{3}[\s.\-]\d{4}(?!\d)")
#: A street address's city line: "San Francisco, CA 94105", "Washington, DC 20001-4413", "California 94111".
ADDRESS = lazy(
    r"\b(?:[A-Z]{2}|California|Illinois|New\s+York|Texas|Washington|Virginia|Massachusetts|Delaware|"
    r"Pennsylvania|Florida|Georgia|Colorado|Oregon|Arizona|Nevada|Michigan|Minnesota|Ohio|New\s+Jersey|"
    r"Connecticut|Maryland|Missouri|Utah|Tennessee|North\s+Carolina|D\.\s?C\.)\.?,?\s+\d{5}(?:-\d{4})?\b"
)
BAR_NUMBER = lazy(
    r"\b(?:S\.?B\.?N\.?|(?:State\s+|Cal(?:\.|ifornia)?\s+|CA\s+)?Bar\s*(?:No|Number|#)\.?)\s*:?\s*#?\s*\d{4,7}\b"
    r"|\bCSB\s*(?:No\.?|#)?\s*:?\s*\d{4,7}\b"
    # "SHAWN A. WILLIAMS (213113)", "Mitchell J. Popham, 126194", "ANDARA (SEN 215416)" (an OCR'd SBN),
    # "JANE DOE (#123456)", "JANE DOE (No. 123456)", "JANE DOE #123456": a name, then a bare bar number
    r"|(?-i:\b\p{Lu}[\p{L}.'\-]*\s+\p{Lu}[\p{L}.'\-]*(?:\s*\(\s*(?:[A-Z.]{1,5}\s*)?(?:No\.?\s*|\#\s*)?\d{5,6}\s*\)"
    r"|\s*,\s*\d{5,6}\s*$|\s*,?\s*\#\s*\d{5,6}\b))"
    # an attorney admitted for the case has no bar number of this court's state to print
    r"|\bpro\s+hac\s+vice\b",
    _FLAGS | regex.MULTILINE,
)
PARTY = lazy(
    # "ttorneys for": a drop capital that extraction loses
    r"\b(?:A?ttorneys?|Counsel|Lawyers?)\s+(?:of\s+Record\s+)?for\b|\bCounsel\s+for\b"
    r"|\bsignature\s+pages?\b|\bAdditional\s+counsel\b"
    # court-appointed roles name whom counsel acts for: "Interim Co-Lead Class Counsel", "Liaison Counsel"
    r"|\b(?:Interim\s+)?(?:Co-?\s*)?(?:Lead|Liaison|Class)\s+(?:Class\s+|Trial\s+)?Counsel\b",
    _FLAGS,
)
PRO_SE = lazy(r"\bpro\s+se\b|\bin\s+pro(?:\.|\s)+per(?:sona)?\b|\bpropria\s+persona\b|\bself[-\s]represented\b", _FLAGS)


def counsel_block(doc: Document, ctx) -> list[Line] | None:
    """Lines of the caption page above the court title; None when there is no court title."""
    title = court_title_index(doc, ctx)
    if title is None:
        return None
    span = first_page_range(doc, ctx)
    top = doc.lines[title].bbox[1] if doc.lines[title].bbox else None
    block = []
    for i in span:
        line = doc.lines[i]
        if i == title or line.region in FURNITURE:
            continue
        above = line.bbox[1] < top - 1 if top is not None and line.bbox else i < title
        if above:
            block.append(line)
    return block
