"""Measure a brief's length the way a local rule counts it, and check the limit.

The document is first divided into parts, line by line:

* ``caption``: the first page's counsel block, court title, parties, case
  number, document title and hearing details, down to the line that opens the
  body ("TO ALL PARTIES ...", "PLEASE TAKE NOTICE", "INTRODUCTION", ...);
* ``tables``: a table of contents, table of authorities or index, from its
  heading to where the running text resumes (a page without leader dots and
  page references, or an opening heading such as "INTRODUCTION");
* ``notice``: the notice of motion ("PLEASE TAKE NOTICE ..."), from the
  caption to the memorandum's first heading ("MEMORANDUM OF POINTS AND
  AUTHORITIES", "INTRODUCTION", ...) or its table of contents;
* ``signature``: signature blocks (see ``signature``);
* ``certificates``: certificates of compliance and of service, proofs of
  service and filer's attestations, each from its heading to the next section;
  a certificate of compliance without a heading is its own paragraph;
* ``attachments``: what is appended after the paper (declarations, exhibits,
  proposed orders; see ``first_page``);
* ``body``: everything else. Page furniture (CM/ECF stamp, running headers and
  footers, margin line numbers) is never counted.

``exclude`` names the parts a rule does not count. Pages are counted as pages
that carry counted text; with ``caption`` excluded the whole caption page is
left out (N.D. Cal. judges do not count the caption page, e.g. Putian v. Meta,
No. 5:22-cv-01901-EJD). A page holding only excluded parts (a signature page,
a certificate) is not a page of text. Words are whitespace-separated tokens
with a letter or digit in them (so "§" alone is not a word, "U.S.C." is one),
headings, quotations and footnotes included.

Plain text has no pages: when a text copy keeps pleading-paper line numbers,
a page ends where the numbering starts again at a lower number; otherwise
pages cannot be counted and page rules stay silent. Word counts work on every
format.

Each rule picks one requirement with ``require``:

* ``within_limit``: the count in ``unit`` is at most ``max``; the hit points at
  where the excess begins (the first line of the first page over the limit,
  or the first word over it).
* ``tables``: a paper longer than ``max`` pages (counted the same way) has a
  table of contents and a table of authorities.
* ``certificate``: the paper carries a certificate of compliance stating its
  word count (``certificate`` pattern); a paper with fewer than 50 counted
  words (a public placeholder for a sealed brief) is not checked.
* ``certificate_count``: the certificate's stated count agrees with the
  measured count within ``tolerance`` (a fraction of the stated count).

Hit arguments: ``measured`` and ``max`` (formatted with thousands
separators), ``unit``, ``counted`` (the pages counted, e.g. "2-3, 8-32"),
``not_counted`` (what was left out), ``missing``, ``stated`` and ``difference``
(percent) for certificate hits.

Params:
    require: One of within_limit, tables, certificate, certificate_count.
    unit: ``pages`` or ``words``.
    max: The limit (or, for ``tables``, the length above which tables are due).
    exclude: Parts not counted: any of caption, tables, notice, signature,
        certificates, attachments.
    tolerance: For ``certificate_count``: the largest accepted difference,
        as a fraction of the stated count (default 0.1).
    margin: For ``within_limit``: a count over the limit by no more than this
        fraction of it is reported as a warning, not at the rule's severity,
        because a word processor may count a few words differently (default 0).
    certificate: Regular expression that finds a certificate of compliance.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..findings import Hit, Severity
from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Span
from ..recognise.body_openers import MEMORANDUM_HEADING, NOTICE_OPENING, OPENING_HEADING, SECTION_NUMBER
from ._params import require_choice
from ._text import AUTHORED, compile_pattern
from ..structure import Structure
from ..structure.signatures import SECTION_HEADING, SERVICE_HEADING

NEEDS = frozenset({"text"})

REQUIREMENTS = ("within_limit", "tables", "certificate", "certificate_count")
UNITS = ("pages", "words")
PARTS = ("caption", "tables", "notice", "signature", "certificates", "attachments")
DEFAULT_EXCLUDE = ("caption", "tables", "signature", "certificates", "attachments")
#: Fewer counted words than this is not a brief (a placeholder for a sealed one, a bare notice).
MIN_BRIEF_WORDS = 50

DEFAULT_CERTIFICATE = (
    r"CERTIFICATE\s+OF\s+(?:COMPLIANCE|WORD\s+COUNT)"
    r"|\bcertif(?:y|ies|ied)\b[^.]{0,250}?\b(?:contains|consists\s+of|has)\s+[\d,]+\s+words"
)

_FLAGS = regex.VERSION1 | regex.MULTILINE
_WORD = lazy(r"\S*[\p{L}\p{N}]\S*", regex.VERSION1)
#: "TABLE OF CONTENTS", "Table of Authorities", "INDEX OF EXHIBITS" on a line of their own (maybe "Page(s)" or "(continued)").
_TABLE_HEADING = lazy(
    r"^\s*(?i:table|index)\s+(?i:of)\s+((?i:contents|authorities|cases|exhibits))\b"
    r"\s*(?i:\(?\s*cont(?:inued|'d)?\.?\s*\)?)?\s*(?i:pages?(?:\(s\))?)?\s*$",
    _FLAGS,
)
_LEADERS = lazy(r"\.{4,}|(?:\.\s){4,}|…{2,}|_{5,}")
_PAGE_REF = lazy(r"(?:\b\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*|\bpassim|\b[ivx]{1,5})\s*$", regex.IGNORECASE)
#: Headings after which the running text has resumed (a table's entries carry page references instead).
_OPENING = lazy(
    r"^\s*" + SECTION_NUMBER + r"?\s*(?:" + OPENING_HEADING + r"|TO\s+ALL\s+PARTIES\b.*|" + NOTICE_OPENING + r"\b.*)\s*:?\s*$",
    _FLAGS,
)
#: Headings that open a memorandum (after any notice of motion).
_MEMORANDUM_OPENING = lazy(
    r"^\s*" + SECTION_NUMBER + r"?\s*(?:MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES\b[^a-z.]{0,40}|"
    + MEMORANDUM_HEADING + r"\s*:?)\s*$",
    _FLAGS,
)
_NOTICE = lazy(
    r"\bPLEASE\s+TAKE\s+NOTICE\b|\bNOTICE\s+IS\s+HEREBY\s+GIVEN\b|^\s*NOTICE\s+OF\s+(?:\w+\s+){0,3}MOTION\b[^a-z]*$",
    _FLAGS | regex.IGNORECASE,
)
_CERT_HEADING = lazy(
    r"^\s*CERTIFICATE\s+OF\s+(?:COMPLIANCE|WORD\s+COUNT)\b|^\s*CERTIFICATION\s+(?:OF\s+COMPLIANCE|PURSUANT|UNDER)\b", _FLAGS
)
_CERT_SENTENCE = lazy(
    r"\bcertif(?:y|ies|ied)\b[^.]{0,250}?\b(?:contains|consists\s+of|has)\s+(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s+words",
    regex.IGNORECASE | regex.VERSION1 | regex.DOTALL,
)
_ATTESTATION_HEADING = lazy(r"^\s*(?:[\p{Lu}\d.()\-'’]+\s+){0,6}ATTESTATION\b[^a-z]{0,60}$", regex.VERSION1)
_STATED = lazy(r"(?P<count>\d{1,3}(?:,\d{3})+|\d{3,6})\s+words\b", regex.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class Params:
    require: str = "within_limit"
    unit: str = "pages"
    max: int | None = None
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    tolerance: float = 0.1
    margin: float = 0.0
    certificate: str = DEFAULT_CERTIFICATE

    def __post_init__(self) -> None:
        require_choice("require", self.require, REQUIREMENTS)
        require_choice("unit", self.unit, UNITS)
        if self.require in ("within_limit", "tables") and (self.max is None or self.max < 1):
            raise ValueError(f"max: require {self.require!r} needs a positive limit")
        if self.require == "tables" and self.unit != "pages":
            raise ValueError("unit: require 'tables' counts pages")
        bad = [p for p in self.exclude if p not in PARTS]
        if bad:
            raise ValueError(f"exclude: unknown part {bad[0]!r} (known: {', '.join(PARTS)})")
        if not 0 <= self.tolerance < 1:
            raise ValueError("tolerance: must be a fraction between 0 and 1")
        if not 0 <= self.margin < 1:
            raise ValueError("margin: must be a fraction between 0 and 1")
        set_ = object.__setattr__
        set_(self, "_certificate", compile_pattern(self.certificate, "certificate"))


# ---- dividing the document into parts ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Layout:
    """Each line's part, and the pages (as line indices) where pages can be told."""

    part: tuple[str, ...]  # per Document.lines index: one of PARTS, "body" or "furniture"
    pages: tuple[tuple[int, ...], ...]  # line indices of each page; () when pages are unknown
    page_numbers: tuple[int, ...]  # the printed-order number (1-based) of each page
    caption_page: int | None  # index into ``pages``
    tables: frozenset[str]  # "contents", "authorities", ... headings found


def layout(doc: Document, structure: Structure) -> Layout:
    """The document's parts as the limit counts them."""
    part = ["furniture" if line.region in FURNITURE else "body" for line in doc.lines]
    pages, numbers = _pages(doc)
    _mark_stray_footers(doc, structure, part)
    caption = structure.caption_range if structure.caption_line is not None else None
    caption_end = caption.stop if caption is not None else 0
    _assign(part, range(0, caption_end), "caption")
    stop = structure.attachments_start
    if stop is not None:
        _assign(part, range(stop, len(part)), "attachments")
    tables = _mark_tables(doc, part, pages, caption_end)
    _mark_notice(doc, part, caption_end)
    _mark_certificates(doc, part)
    for block in structure.signature_blocks:
        _assign(part, block, "signature", only=("body", "notice"))
    caption_page = None
    if caption is not None and pages:
        at = structure.caption_line
        caption_page = next((k for k, page in enumerate(pages) if at in page), None)
    return Layout(tuple(part), pages, numbers, caption_page, frozenset(tables))


def _assign(part: list[str], indices: Sequence[int] | range, name: str, only: tuple[str, ...] = ("body",)) -> None:
    for i in indices:
        if part[i] in only:
            part[i] = name


def _pages(doc: Document) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]:
    """Line indices per page: PDF pages, or text pages where pleading numbering restarts."""
    if doc.pages:
        pages = tuple(tuple(range(p.first_line, p.first_line + p.line_count)) for p in doc.pages)
        return pages, tuple(p.number for p in doc.pages)
    numbered = [ln.pleading_line for ln in doc.lines if ln.pleading_line]
    if len(numbered) < 10:
        return (), ()
    pages: list[list[int]] = [[]]
    last = 0
    for i, line in enumerate(doc.lines):
        n = line.pleading_line
        if n is not None and n <= last and pages[-1]:
            pages.append([])
        if n is not None:
            last = n
        pages[-1].append(i)
    return tuple(tuple(p) for p in pages), tuple(range(1, len(pages) + 1))


def _mark_stray_footers(doc: Document, structure: Structure, part: list[str]) -> None:
    """Footer lines that extraction left in the body count as furniture here too."""
    for page in doc.pages:
        for line in structure.footer_lines(page.number):
            i = doc.line_index_at(line.span.start)
            if i is not None and doc.lines[i] is line:
                part[i] = "furniture"


def _is_entry(text: str) -> bool:
    """A table's entry: leader dots, or a page reference at the end of the line."""
    return bool(_LEADERS.search(text) or _PAGE_REF.search(text))


def _table_like(doc: Document, indices: Sequence[int], part: list[str]) -> bool:
    texts = [doc.lines[i].text for i in indices if part[i] == "body" and doc.lines[i].text.strip()]
    if not texts:
        return False
    if any(_TABLE_HEADING.search(t) for t in texts):
        return True
    entries = sum(1 for t in texts if _is_entry(t))
    return entries >= 0.3 * len(texts)


def _mark_tables(doc: Document, part: list[str], pages, caption_end: int) -> set[str]:
    """Mark tables of contents and authorities; return the kinds found."""
    found: set[str] = set()
    page_of = {i: k for k, page in enumerate(pages) for i in page}
    i = caption_end
    n = len(doc.lines)
    while i < n:
        m = _TABLE_HEADING.search(doc.lines[i].text) if part[i] == "body" else None
        if m is None:
            i += 1
            continue
        found.add(m.group(1).lower())
        end = _table_end(doc, part, pages, page_of, i, found)
        _assign(part, range(i, end), "tables")
        i = end
    return found


def _table_end(doc: Document, part: list[str], pages, page_of: dict, start: int, found: set[str]) -> int:
    """Index of the first line after the table that starts at ``start``."""
    prose = 0
    page = page_of.get(start)
    for j in range(start + 1, len(doc.lines)):
        if part[j] != "body":
            if part[j] == "attachments":
                return j
            continue
        text = doc.lines[j].text
        if page_of.get(j) != page:
            page = page_of.get(j)
            if pages and page is not None and not _table_like(doc, pages[page], part):
                return j
        if (m := _TABLE_HEADING.search(text)) is not None:
            found.add(m.group(1).lower())
            continue
        if _OPENING.search(text) and not _is_entry(text):
            return j
        # Plain text has no page breaks: three lines of prose in a row end a table too.
        prose = prose + 1 if len(text.split()) >= 8 and not _is_entry(text) else 0
        if prose >= 3 and not pages:
            return j - 2
    return len(doc.lines)


def _mark_notice(doc: Document, part: list[str], caption_end: int) -> None:
    """The notice of motion: from the caption to where the memorandum opens.

    Found only when a notice ("PLEASE TAKE NOTICE", "NOTICE OF MOTION AND
    MOTION") comes before any of the memorandum's headings; it ends at the
    memorandum's first heading or at a table of contents, whichever is first.
    """
    n = len(doc.lines)
    notice_at = None
    for i in range(caption_end, n):
        if part[i] == "attachments":
            return
        text = doc.lines[i].text
        if part[i] != "body" or _is_entry(text):
            continue
        if _MEMORANDUM_OPENING.search(text):
            return  # the memorandum began without a notice
        if _NOTICE.search(text):
            notice_at = i
            break
    if notice_at is None:
        return
    for j in range(notice_at + 1, n):
        if part[j] == "attachments":
            return
        text = doc.lines[j].text
        if part[j] == "tables" or (part[j] == "body" and _MEMORANDUM_OPENING.search(text) and not _is_entry(text)):
            _assign(part, range(caption_end, j), "notice")
            return


def _mark_certificates(doc: Document, part: list[str]) -> None:
    """Certificates, proofs of service and attestations: heading to the next section."""
    n = len(doc.lines)
    i = 0
    while i < n:
        text = doc.lines[i].text
        if part[i] in ("body", "notice") and _is_certificate_heading(text):
            j = i + 1
            while j < n and part[j] not in ("attachments",) and not (
                part[j] == "body" and SECTION_HEADING.search(doc.lines[j].text) and not _is_certificate_heading(doc.lines[j].text)
            ):
                j += 1
            _assign(part, range(i, j), "certificates", only=("body", "notice"))
            i = j
            continue
        i += 1
    for m in _CERT_SENTENCE.finditer(doc.text):
        first, last = doc.line_index_at(m.start()), doc.line_index_at(m.end() - 1)
        if first is not None and last is not None and last - first <= 8:
            _assign(part, range(first, last + 1), "certificates", only=("body", "notice"))


def _is_certificate_heading(text: str) -> bool:
    if _is_entry(text):
        return False
    return bool(_CERT_HEADING.search(text) or SERVICE_HEADING.search(text) or _ATTESTATION_HEADING.search(text))


# ---- measuring --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Measure:
    count: int
    lines: tuple[int, ...]  # counted line indices, in order
    pages: tuple[int, ...] = ()  # counted page indices (unit pages)


def measure(doc: Document, lay: Layout, unit: str, exclude: Sequence[str]) -> Measure | None:
    """The paper's length in ``unit``, leaving out the ``exclude``d parts; None if pages are unknown."""
    skip = set(exclude) | {"furniture"}
    lines = tuple(i for i, p in enumerate(lay.part) if p not in skip)
    if unit == "words":
        return Measure(sum(_count_words(doc.lines[i].text) for i in lines), lines)
    if not lay.pages:
        return None
    counted = set(lines)
    pages = []
    for k, page in enumerate(lay.pages):
        if k == lay.caption_page and "caption" in exclude:
            continue
        if sum(_count_words(doc.lines[i].text) for i in page if i in counted) >= 3:
            pages.append(k)
    return Measure(len(pages), lines, tuple(pages))


def _count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _ranges(numbers: Sequence[int]) -> str:
    """Page ranges for a message: "2-3, 8-32" from [2, 3, 8, 9, ..., 32]."""
    out: list[str] = []
    run: list[int] = []
    for n in numbers:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [n]
    if run:
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ", ".join(out)


def _not_counted(lay: Layout, exclude: Sequence[str], counted_pages: Sequence[int]) -> str:
    """A phrase naming what the count left out, by page where pages are known."""
    notes = []
    if "caption" in exclude and lay.caption_page is not None:
        notes.append(f"caption page {lay.page_numbers[lay.caption_page]}")
    for name, label in (("tables", "tables"), ("attachments", "appended papers")):
        if name not in exclude:
            continue
        pages = sorted({k for k, page in enumerate(lay.pages) for i in page if lay.part[i] == name} - set(counted_pages))
        if pages:
            notes.append(f"{label} on pages {_ranges([lay.page_numbers[k] for k in pages])}")
    labels = {"notice": "the notice of motion", "signature": "signature blocks", "certificates": "certificates and attestations"}
    notes += [label for name, label in labels.items() if name in exclude]
    return ", ".join(notes) if notes else "nothing"


# ---- the checks ---------------------------------------------------------------------------------


def check(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    if not doc.has_text:
        return
    lay = layout(doc, structure)
    yield from _CHECKS[params.require](doc, params, lay)


def _check_within(doc: Document, params: Params, lay: Layout) -> Iterator[Hit]:
    m = measure(doc, lay, params.unit, params.exclude)
    if m is None or m.count <= params.max:
        return
    args = {
        "measured": f"{m.count:,}",
        "max": f"{params.max:,}",
        "unit": params.unit,
        "counted": _ranges([lay.page_numbers[k] for k in m.pages]) if m.pages else "",
        "not_counted": _not_counted(lay, params.exclude, m.pages),
    }
    near = m.count <= params.max * (1 + params.margin)
    yield Hit(_excess_span(doc, lay, params, m), args, severity=Severity.WARNING if near and params.margin else None)


def _excess_span(doc: Document, lay: Layout, params: Params, m: Measure) -> Span | None:
    """Where the count passes the limit: the first line of the first page over, or the first word over."""
    if params.unit == "pages":
        page = lay.pages[m.pages[params.max]]
        first = next((i for i in page if i in set(m.lines) and doc.lines[i].text.strip()), None)
        return doc.lines[first].span if first is not None else None
    seen = 0
    for i in m.lines:
        line = doc.lines[i]
        words = list(_WORD.finditer(line.text))
        if seen + len(words) > params.max:
            w = words[params.max - seen]
            return Span(line.span.start + w.start(), line.span.start + w.end())
        seen += len(words)
    return None


def _check_tables(doc: Document, params: Params, lay: Layout) -> Iterator[Hit]:
    m = measure(doc, lay, "pages", params.exclude)
    if m is None or m.count <= params.max:
        return
    missing = [name for key, name in (("contents", "table of contents"), ("authorities", "table of authorities")) if not _has_table(lay, key)]
    if missing:
        yield Hit(None, {"measured": str(m.count), "max": str(params.max), "missing": " or ".join(missing)})


def _has_table(lay: Layout, key: str) -> bool:
    if key == "authorities":
        return bool(lay.tables & {"authorities", "cases"})
    return key in lay.tables


def _certificate(doc: Document, params: Params, lay: Layout):
    """The first certificate of compliance found in the paper (not in what is appended)."""
    text = doc.scoped_text(AUTHORED)
    for m in params._certificate.finditer(text):
        i = doc.line_index_at(m.start())
        if i is not None and lay.part[i] != "attachments":
            return m
    return None


def _check_certificate(doc: Document, params: Params, lay: Layout) -> Iterator[Hit]:
    if measure(doc, lay, "words", params.exclude).count < MIN_BRIEF_WORDS:
        return  # a public placeholder for a sealed brief, or a bare notice: nothing to certify
    if _certificate(doc, params, lay) is None:
        yield Hit(None, {"missing": "certificate of compliance"})


def _check_certificate_count(doc: Document, params: Params, lay: Layout) -> Iterator[Hit]:
    found = _certificate(doc, params, lay)
    if found is None:
        return
    stated = _STATED.search(doc.text, found.start(), min(len(doc.text), found.end() + 800))
    if stated is None:
        return
    claimed = int(stated.group("count").replace(",", ""))
    m = measure(doc, lay, "words", params.exclude)
    if claimed == 0 or abs(m.count - claimed) <= params.tolerance * claimed:
        return
    yield Hit(
        Span(stated.start(), stated.end()),
        {
            "stated": f"{claimed:,}",
            "measured": f"{m.count:,}",
            "difference": f"{round(100 * abs(m.count - claimed) / claimed)}",
        },
    )


_CHECKS = {
    "within_limit": _check_within,
    "tables": _check_tables,
    "certificate": _check_certificate,
    "certificate_count": _check_certificate_count,
}
