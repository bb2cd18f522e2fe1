"""Caption title and document type (corpus README section 3 has the rules).

The title is read from the caption: the block under the case number in the
caption's right column (read by position, because extracted text interleaves
the two columns), else a centred heading under the court's name (orders,
transcripts, court forms), else an exhibit slip sheet's text. The type is the
title's head noun ("... NOTICE OF MOTION AND MOTION ...; MEMORANDUM ..." is a
motion), adjusted for sealing requests, C.D. Cal. joint stipulations and
court forms, or the document's shape when there is no caption. The title is
parsed by ``title_grammar``, which also weighs body and running-footer evidence.
"""

from __future__ import annotations

import re

import regex
from collections.abc import Sequence
from dataclasses import replace

from ..model import Document, Line
from ..recognise.body_openers import BODY_START, SECTION_NUMBER
from ..recognise.court_title import COURT_NAME
from ..recognise.ecf_stamp import looks_like_stamp
from ..recognise.paper_words import TITLE_WORDS
from ..structure.attachments import SLIP_SHEET, is_slip_sheet, page_own_lines
from ..structure.columns import right_of_rule, split_text
from ..structure.footers import running_title
from .title_grammar import TitleReading, bounded_title, classify_title, read_title

# ---- title ----------------------------------------------------------------------

#: Lines that end a caption title: hearing details and filing notes.
_TITLE_STOP = re.compile(
    r"^\s*\[?\s*(?i:Date|Time|Hearing(?:\s+Date)?|Judge|Hon\.|Honorable|The\s+Honorable|Courtroom|Ctrm|Dept\.?|Place|"
    r"Location|Trial\s+Date|Complaint\s+Filed|Action\s+Filed|Petition\s+Filed|Magistrate\s+Judge|District\s+Judge|"
    r"Filed\s+(?:concurrently|herewith|with)|Concurrently\s+filed|Demand\s+for\s+Jury|Jury\s+Trial\s+Demanded|"
    r"Before|Appearances)(?![A-Za-z])"
    r"|^\s*(?i:Re):\s*(?i:Dkt|ECF|Docket)"  # bracketed "[Re: ECF 318]" belongs to the title
    # "Pretrial Conference: ...", "Master: Hon. ...", "Discovery Cut-Off: ..."
    r"|^\s*[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,3}\s*:\s"
)
#: Lines inside a caption column that are not part of the title.
_TITLE_SKIP = re.compile(
    r"^\s*(?:\(?\s*CLASS\s+ACTION\s*\)?|MDL\s+No\.?.*|Chapter\s+\d+|Adv\.?\s*Pro.*|JAMS\s+(?:Ref\.?\s*)?No.*|"
    r"Case\s+Nos?\.?.*|Consolidated\s+with.*|Related\s+(?:to|Case).*|Member\s+Case.*|Assigned\s+to.*|"
    r"\[?(?:to\s+)?(?:the\s+)?Hon(?:\.|orable)\s.*|"
    r"\[?\s*DISCOVERY\s+(?:DOCUMENT|MATTER)\b.*|(?:Referred\s+to\s+)?Magistrate\s+Judge\s+[^\]]*\]|\([A-Z]{1,4}x?\)|\d{1,2}:\d{2}.*|"
    r"(?:PLAINTIFF|DEFENDANT|PETITIONER|RESPONDENT|DEBTOR|APPELLANT|APPELLEE|COUNTER[\w-]*)S?(?:\(S\))?"
    r"(?:\s*(?:/|AND)\s*[\w-]+){0,2}\s*[,.]?)\s*$",
    re.I,
)
_SEAL_WORDS = frozenset(
    "REDACTED UNREDACTED PUBLIC PUBLICLY FILED VERSION OF DOCUMENT DOCUMENTS S SOUGHT PROPOSED TO BE "
    "UNDER SEAL SEALED CONDITIONALLY LODGED".split()
)
_SEAL_MARKERS = frozenset({"REDACTED", "UNREDACTED", "VERSION", "SOUGHT", "PROPOSED", "SEALED"})
#: Court forms and transcripts title themselves in a heading above any case-number column.
_FORM_HEADING = re.compile(r"\b(?:CIVIL|CRIMINAL)\s+MINUTES\b|\bTRANSCRIPT\b")
_DATEISH = re.compile(
    r"^\s*(?:(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b|\d{1,2}:\d{2}|PAGES?\s+\d|"
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d)|"
    r"^[A-Z .]+,\s+CALIFORNIA\s*$",
    re.I,
)


def is_seal_label(text: str, opening: bool = False) -> bool:
    """A sealing label or a line of one ("REDACTED VERSION OF", "[FILED UNDER SEAL]").

    A bare "UNDER SEAL" ends many titles ("... TO FILE / UNDER SEAL"), so it
    counts as a label only where a title cannot be continuing (``opening``).
    """
    words = re.findall(r"[A-Za-z]+", text.upper())
    if not words or not set(words) <= _SEAL_WORDS:
        return False
    wrapped = text.strip()[:1] in "[(*" or text.strip()[-1:] in "])*"
    return opening or wrapped or bool(_SEAL_MARKERS & set(words))


def find_title(window: Sequence[Line], anchor: Line | None, page_width: float | None = None) -> str | None:
    """The caption title, as printed (lines joined with spaces); ``anchor`` holds the case number."""
    if anchor is None or anchor.bbox:
        lines = page_own_lines(window)
    else:  # plain text: blank lines end a title block
        lines = [ln for ln in window if not looks_like_stamp(ln.text, loose=True)]
    if is_slip_sheet(window):
        parts = _slip_text(lines)
    else:
        parts = _keyword_heading(lines, _FORM_HEADING)
        if not parts and anchor is not None:
            parts = _column_title(lines, anchor, page_width or 612.0) if anchor.bbox else _text_title(lines, anchor)
        if not parts:
            parts = _keyword_heading(lines, TITLE_WORDS)
    return bounded_title(_clean(" ".join(parts))) if parts else None


_QUOTES = str.maketrans({"\ufffe": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


#: Small capitals extract with the enlarged first letter apart: "D ECLARATION OF D ANIEL".
_SMALL_CAPS = re.compile(
    r"\b([A-Z]) (ECLARATION|OTION|EPLY|PPOSITION|RDER|EMORANDUM|OTICE|TIPULATION|PPLICATION|OMPLAINT|ROPOSED)\b"
)


def _clean(text: str) -> str | None:
    text = _SMALL_CAPS.sub(r"\1\2", " ".join(text.translate(_QUOTES).split())).strip(" ,;")
    return text or None


def _slip_text(lines: Sequence[Line]) -> list[str]:
    """'EXHIBIT 27' plus what continues it ('to the Declaration of' / 'Drew S. Hoffman')."""
    texts = [ln.text.strip() for ln in lines if not is_seal_label(ln.text)]
    start = next((i for i, t in enumerate(texts) if SLIP_SHEET.match(t)), None)
    if start is None:
        return []
    parts = [texts[start]]
    for text in texts[start + 1 : start + 4]:
        joined = re.search(r"\b(?:of|to|and)$", parts[-1], re.I) or re.match(r"(?:to|of)\b|EXHIBIT\b", text)
        if not joined:
            break
        parts.append(text)
    return parts


def _column_title(lines: Sequence[Line], anchor: Line, width: float) -> list[str]:
    """The block under the case number, in its column, until hearing details.

    A ``)``-ruled caption can come out of extraction as whole rows ("Plaintiff,
    ) MOTION TO COMPEL"); such rows are read right of the rule.
    """
    x = anchor.bbox[0]
    if x < 0.3 * width and right_of_rule(anchor, width) is None:
        return []  # a full-width case line (court forms): no title column
    ruled = x < 0.3 * width
    left = min(x - 15, 0.45 * width)
    height = anchor.bbox[3] - anchor.bbox[1]
    parts: list[str] = []
    last = anchor.bbox[3]
    for ln in lines:
        if not ln.bbox or ln.bbox[1] <= anchor.bbox[1] + 1:
            continue
        text = ln.text if ln.bbox[0] >= left and not ruled else right_of_rule(ln, width)
        if text is None:
            continue  # the parties' column
        if ln.bbox[1] - last > (5.0 if not parts else 2.2) * height:
            break
        last = ln.bbox[3]
        text = re.sub(r"^\)\s*|\s+\)$", "", text.strip())  # a ')'-column caption's rule
        if not text:
            continue
        if _TITLE_STOP.search(text):
            if parts:
                break
            continue
        if _TITLE_SKIP.match(text) or is_seal_label(text, opening=not parts) or _unreadable(text):
            continue
        parts.append(text)
    return parts


def _unreadable(text: str) -> bool:
    """Glyphs from a font without a Unicode map come out as control characters."""
    return any(ord(c) < 32 for c in text)


def _text_title(lines: Sequence[Line], anchor: Line) -> list[str]:
    """Plain text: the lines after the case number, up to a blank line or hearing details."""
    i = lines.index(anchor) if anchor in lines else -1
    parts: list[str] = []
    for ln in lines[i + 1 : i + 15]:
        if not ln.text.strip():
            if parts:
                break
            continue
        if _NUMBERED_HEADING.match(ln.text) or _BODY_START.match(ln.text):
            break  # the body has begun
        text = split_text(ln.text).right
        if not text:
            continue  # the parties' column beside the title
        if _TITLE_STOP.search(text):
            if parts:
                break
            continue
        if _TITLE_SKIP.match(text) or is_seal_label(text) or (not parts and not text.isupper()):
            continue
        parts.append(text)
    return parts


_NUMBERED_HEADING = re.compile(rf"^\s*{SECTION_NUMBER}\s+\S")
_BODY_START = regex.compile(BODY_START, regex.IGNORECASE | regex.VERSION1)


def _keyword_heading(lines: Sequence[Line], keyword: re.Pattern) -> list[str]:
    """An upper-case heading with a document word below the court's name, and its continuation."""
    start = next((i + 1 for i, ln in enumerate(lines[:15]) if COURT_NAME.search(ln.text)), 0)
    for i in range(start, min(len(lines), start + 40)):
        text = lines[i].text.strip()
        if _NUMBERED_HEADING.match(text):
            break  # "B. GOOD CAUSE STATEMENT": the body has begun, and titles carry no section number
        if not (_is_heading(text) and keyword.search(text)):
            continue
        parts = [text]
        last = lines[i]
        for ln in lines[i + 1 : i + 4]:
            nxt = ln.text.strip()
            if not _is_heading(nxt) or nxt.startswith("(") or _DATEISH.search(nxt) or is_seal_label(nxt):
                break
            if ln.bbox and last.bbox and ln.bbox[1] - last.bbox[3] > 1.2 * (last.bbox[3] - last.bbox[1]):
                break
            parts.append(nxt)
            last = ln
        return parts
    return []


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return False
    return not (_TITLE_STOP.search(text) or COURT_NAME.search(text) or ")" in text[1:])


# ---- document type --------------------------------------------------------------

def type_from_title(title: str) -> str | None:
    """Document type named by a caption title, or None when no head noun is found."""
    return read_title(title).doc_type


_ATTACHMENT = re.compile(r"Doc(?:ument)?\s*#?\s*\d+-\d+")


def classify(doc: Document, window: Sequence[Line], title: str | None, has_caption: bool) -> str:
    """One of ``context.DOC_TYPES``, from the title, else the document's shape."""
    return classify_reading(doc, window, title, has_caption).doc_type or "other"


def classify_reading(doc: Document, window: Sequence[Line], title: str | None, has_caption: bool) -> TitleReading:
    """The full reading behind ``classify``: title, footer title and body evidence.

    An uncaptioned attachment with no title is an exhibit whatever its body or
    footer says: exhibits are often other papers (a prior complaint, a redline
    filed with a motion to amend), and linting them as the party's paper gives
    false alarms.
    """
    if is_slip_sheet(window):
        return TitleReading("exhibit", head="EXHIBIT", confidence=0.9, evidence=("exhibit slip sheet",))
    stamp = " ".join(ln.text for ln in doc.lines[:40] if ln.region == "ecf-stamp")
    attachment = bool(_ATTACHMENT.search(stamp))
    footer = footer_title(doc)
    reading = classify_title(title, _body_sample(doc, window), footer)
    titled = read_title(title).doc_type is not None if title else False
    if reading.doc_type == "transcript" and attachment:
        return replace(reading, doc_type="exhibit", evidence=(*reading.evidence, "a transcript filed as an attachment"))
    if attachment and not has_caption and not titled:
        return replace(reading, doc_type="exhibit", evidence=(*reading.evidence, "uncaptioned attachment"))
    return reading


def _body_sample(doc: Document, window: Sequence[Line]) -> list[str]:
    """Body text where typing evidence sits: the first pages (opening words) and the last (signature)."""
    own = [ln.text for ln in window if ln.region not in ("header", "ecf-stamp", "footer")]
    if not doc.pages:
        return own + [ln.text for ln in doc.lines[-80:]]
    last = len(doc.pages)
    pages = sorted({2, last} - {1}) if last > 1 else []
    return own + [ln.text for n in pages for ln in doc.page_lines(n) if ln.region in ("body", "footnote")]


def footer_title(doc: Document) -> str | None:
    """The running footer's title (``structure.footers``), when it names a paper."""
    text = running_title(doc) if doc.pages else None
    return text if text and read_title(text).doc_type else None
