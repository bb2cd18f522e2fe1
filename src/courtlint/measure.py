"""Layout measurements: body font size, monospace, line spacing, margins, paper.

What the layout rules measure, in one place, so that ``describe()`` (which
reports ``body_font_size_pt``) and the layout check kinds agree on every
number. Everything here reads the ``Document`` the extractor built; the
per-glyph view (``extract.glyphs``) is fetched only for the pages where line
facts are not enough (a footnote line whose first glyph is its superscript
marker; a monospace test that needs pen advances), and cached.

The body font size follows the definition the RECAP corpus labels use (see
``../shared/corpus/recap/README.md`` section 2): the most common size,
weighted by characters and rounded to 0.5 pt, counted on up to three body
pages (pages 2-4 with at least 100 characters of their own text) or page 1
when those give fewer than 150 characters; leaving out the top 36 pt (the
CM/ECF stamp's band), the bottom 60 pt (footers), page furniture (stamp,
running headers and footers, margin line numbers, rotated margin legends),
invisible OCR text, glyphs in OCR fonts, and leader dots.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .extract.glyphs import Glyph, glyphs_for
from .model import FURNITURE, BBox, Document, Line, Span
from .recognise.section_labels import split_label

#: Bands left out of font measurement, in points from the page's top and bottom edges.
TOP_BAND = 36.0
BOTTOM_BAND = 60.0
#: A sample page needs this many characters of its own text; a sample this many in all.
MIN_PAGE_CHARS = 100
MIN_SAMPLE_CHARS = 150
#: Glyphs smaller than this are leader dots and rules, not text.
MIN_GLYPH_PT = 2.0
#: Names of monospaced faces (typewriter faces; "Mono" but not "Monotype Corsiva").
MONOSPACE_NAMES = re.compile(
    r"courier|mono(?!type)|consol|letter ?gothic|prestige|lucida ?console|andale ?mono|typewriter",
    re.IGNORECASE,
)
#: Fonts an OCR engine made up: invisible GlyphLess layers, and visible
#: "ClearScan"-style faces named like "*Times New Roman-8692".
_OCR_FONT = re.compile(r"glyphless|^\*|-\d{4,5}$", re.IGNORECASE)
#: A page whose own text is only an exhibit label: the main document ends before it.
_SLIP = re.compile(r"^\s*(?:exhibit|tab|attachment|appendix|annex)\s*[\w.\-]{1,10}\s*$", re.IGNORECASE)
#: The form number a court prints at the foot of its forms: "G-92 (05/15)", "CV-90 (12/02)", "AO 440 (Rev. 06/12)".
_FORM_CODE = re.compile(
    r"\b(?:(?:CV|CR|G|ADR|MJ|CIV)-\d{1,3}[A-Z]?\s*\(\d{1,2}/\d{2,4}\)|AO\s?\d{2,3}[A-Z]?\s*\(Rev\.?\s*\d{1,2}/\d{2,4}\))"
)
#: A line's first word that may be a footnote marker (when glyph sizes are not at hand).
_MARKER = re.compile(r"^(?:\d{1,3}|[*\u2020\u2021\u00a7]{1,3})$")

LETTER = (612.0, 792.0)


def is_ocr_font(name: str | None) -> bool:
    return bool(name) and bool(_OCR_FONT.search(name))


def half_point(size: float) -> float:
    """Round to the nearest 0.5 pt, as the corpus labels and reports do."""
    return round(size * 2) / 2


# ---- which pages ---------------------------------------------------------------


def main_pages(doc: Document) -> list[int]:
    """Page numbers of the document proper: the pages before the first exhibit
    slip sheet after page 1 (a declaration's exhibits follow its signature)."""
    numbers = [p.number for p in doc.pages]
    for number in numbers[1:]:
        own = " ".join(ln.text for ln in doc.page_lines(number) if ln.region not in FURNITURE)
        if _SLIP.match(own):
            return numbers[: number - 1]
    return numbers


def is_court_form_page(doc: Document, number: int) -> bool:
    """A page of a court's printed form: its form number in the bottom sixth of the page."""
    page = doc.pages[number - 1]
    return any(
        ln.bbox is not None and ln.bbox[1] >= page.height * 5 / 6 and _FORM_CODE.search(ln.text)
        for ln in doc.page_lines(number)
    )


def measurable_lines(doc: Document, number: int, *, layout: bool = False) -> list[Line]:
    """The page's own text lines inside the measured band (no furniture, no
    stamp band, no footer band); none on a page whose text is only an
    invisible OCR layer.

    The footer band is the bottom 60 points, as the corpus labels define the
    font measurement. With ``layout``, on pleading paper it ends half a line
    below the last margin number instead: a low-set 28th line (and a footnote
    ending on it) is text the layout rules must see, and the footer below it
    is not.
    """
    if number in doc.meta.get("ocr_pages", ()):
        return []
    page = doc.pages[number - 1]
    limit = page.height - BOTTOM_BAND
    if layout and page.pleading_numbers:
        last = max(b[3] for _, b in page.pleading_numbers)
        limit = max(limit, last + 0.5 * (pleading_pitch(doc, number) or 24.0))
    running = running_lines(doc) if layout else frozenset()
    return [
        ln
        for ln in doc.page_lines(number)
        if ln.region not in FURNITURE
        and ln.bbox is not None
        and ln.bbox[1] >= TOP_BAND
        and ln.bbox[3] <= limit
        and id(ln) not in running
    ]


#: Running headers and footers sit in these shares of the page's height.
_HEAD_ZONE, _FOOT_ZONE = 0.12, 0.85
_DIGITS = re.compile(r"[\d\W_]+")


def running_lines(doc: Document) -> frozenset[int]:
    """Ids of lines that repeat near the top or foot of many pages: running
    headers and footers the extractor left in the body (a footer set at the
    height of line 28, a title repeated under the stamp). The same words (page
    numbers aside) at the same height on at least three pages and a third of
    them are page furniture, not text."""
    return doc.cached("measure.running", _running_lines)


def _running_lines(doc: Document) -> frozenset[int]:
    seen: dict[tuple[str, int], list[int]] = {}
    for page in doc.pages:
        for ln in doc.page_lines(page.number):
            if ln.bbox is None or ln.region in FURNITURE:
                continue
            if _HEAD_ZONE * page.height < ln.bbox[1] < _FOOT_ZONE * page.height:
                continue
            key = _DIGITS.sub(" ", ln.text.lower()).strip()
            if len(key) >= 3:
                seen.setdefault((key, round(ln.bbox[1] / 4)), []).append(id(ln))
    pages = len(doc.pages)
    return frozenset(
        i for ids in seen.values() if len(ids) >= 3 and len(ids) * 3 >= pages for i in ids
    )


def _text_chars(word_text: str) -> int:
    return sum(c.isalnum() for c in word_text)


# ---- body font size --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BodyFont:
    size: float  # points, rounded to 0.5
    font: str | None  # the most common face at that size
    pages: tuple[int, ...]  # pages sampled
    share: float  # share of counted characters at ``size``
    chars: int  # characters counted
    ocr: bool  # measured on OCR-made fonts only: an estimate of a scanned page


def body_font(doc: Document) -> BodyFont | None:
    """The dominant body-text font of ``doc``; None when it has no native text to measure."""
    return doc.cached("measure.body_font", _body_font)


def body_font_size(doc: Document) -> float | None:
    """Dominant body-text size in points, rounded to 0.5 (``document.body_font_size_pt``)."""
    found = body_font(doc)
    return found.size if found else None


def _body_font(doc: Document) -> BodyFont | None:
    if doc.format == "docx":
        return _dominant(doc.lines, pages=())
    if doc.format != "pdf" or not doc.pages:
        return None
    pages = [n for n in range(2, min(len(doc.pages), 4) + 1) if _own_chars(doc, n) >= MIN_PAGE_CHARS]
    if sum(_own_chars(doc, n) for n in pages) < MIN_SAMPLE_CHARS:
        pages = [1]
    lines = [ln for n in pages for ln in measurable_lines(doc, n)]
    found = _dominant(lines, tuple(pages))
    if found is None:
        # Only OCR-made faces: report their size, marked as an estimate.
        found = _dominant(lines, tuple(pages), ocr=True)
    return found


def _own_chars(doc: Document, number: int) -> int:
    return sum(
        _text_chars(w.text)
        for ln in measurable_lines(doc, number)
        for w in ln.words
        if not is_ocr_font(w.font or ln.font)
    )


def _dominant(lines: Iterable[Line], pages: tuple[int, ...], *, ocr: bool = False) -> BodyFont | None:
    weights: Counter[float] = Counter()
    faces: Counter[tuple[float, str | None]] = Counter()
    for ln in lines:
        for w in ln.words or ():
            size = w.size if w.size is not None else ln.size
            font = w.font or ln.font
            if size is None or size < MIN_GLYPH_PT or is_ocr_font(font) != ocr:
                continue
            if font and "glyphless" in font.lower():
                continue
            n = _text_chars(w.text)
            if n:
                weights[half_point(size)] += n
                faces[(half_point(size), font)] += n
    total = sum(weights.values())
    if total < MIN_SAMPLE_CHARS:
        return None
    size = max(weights, key=lambda s: (weights[s], s))
    font = max((f for s, f in faces if s == size), key=lambda f: faces[(size, f)])
    return BodyFont(size, font, pages, round(weights[size] / total, 3), total, ocr)


# ---- per-line facts, refined by glyphs where needed -------------------------------------


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of a page's own text, with the facts layout rules need."""

    index: int  # into Document.lines
    text: str
    bbox: BBox
    baseline: float  # points from the page top
    size: float  # dominant size of its text glyphs (superscripts do not decide it)
    font: str | None
    chars: int  # alphanumeric characters
    marker: bool  # begins with a raised or smaller number or symbol: a footnote's first line
    precise: bool  # size and baseline come from the glyphs, not the line's first glyph


def text_lines(doc: Document, number: int, *, precise: bool = False) -> list[TextLine]:
    """The page's measurable lines, top to bottom.

    With ``precise``, each line's size is the most common size among its own
    glyphs and its baseline the glyphs' origin, read from the glyph view; a
    footnote set in 12 point whose marker is 8 point is then 12 point.
    """
    key = f"measure.lines:{number}:{int(precise)}"
    return doc.cached(key, lambda d: _text_lines(d, number, precise))


def _text_lines(doc: Document, number: int, precise: bool) -> list[TextLine]:
    lines = measurable_lines(doc, number, layout=True)
    first = doc.pages[number - 1].first_line
    index_of = {id(ln): first + i for i, ln in enumerate(doc.page_lines(number))}
    glyphs = glyphs_for(doc, (number,)).get(number) if precise else None
    assigned = _assign(glyphs, lines) if glyphs else None
    out: list[TextLine] = []
    for i, ln in enumerate(lines):
        chars = sum(_text_chars(w.text) for w in ln.words)
        if not chars or ln.size is None or ln.size < MIN_GLYPH_PT:
            continue
        own = assigned[i] if assigned is not None else None
        if own:
            size, font, baseline, marker = _glyph_facts(own)
            out.append(TextLine(index_of[id(ln)], ln.text, ln.bbox, baseline, size, font, chars, marker, True))
        else:
            marker = bool(ln.words) and _MARKER.match(ln.words[0].text) is not None and len(ln.words) > 1
            out.append(
                TextLine(index_of[id(ln)], ln.text, ln.bbox, ln.bbox[3], ln.size, ln.font, chars, marker, False)
            )
    out.sort(key=lambda t: (t.baseline, t.bbox[0]))
    return out


def _assign(glyphs: Sequence[Glyph], lines: Sequence[Line]) -> list[list[Glyph]]:
    """Each glyph to the line whose box holds its centre (nearest centre on ties)."""
    band = 12.0
    buckets: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        for b in range(int((ln.bbox[1] - 1) // band), int((ln.bbox[3] + 1) // band) + 1):
            buckets.setdefault(b, []).append(i)
    out: list[list[Glyph]] = [[] for _ in lines]
    for g in glyphs:
        if g.invisible or g.rotated:
            continue
        cx, cy = (g.box[0] + g.box[2]) / 2, (g.box[1] + g.box[3]) / 2
        best, best_d = None, None
        for i in buckets.get(int(cy // band), ()):
            x0, top, x1, bottom = lines[i].bbox
            if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
                d = abs(cy - (top + bottom) / 2)
                if best_d is None or d < best_d:
                    best, best_d = i, d
        if best is not None:
            out[best].append(g)
    return out


def _glyph_facts(glyphs: list[Glyph]) -> tuple[float, str | None, float, bool]:
    """(size, font, baseline, starts with a marker) of one line's glyphs."""
    text = [g for g in glyphs if g.char.isalnum() and g.size >= MIN_GLYPH_PT] or glyphs
    sizes = Counter(half_point(g.size) for g in text)
    bucket = max(sizes, key=lambda s: (sizes[s], s))
    at_size = [g for g in text if half_point(g.size) == bucket]
    size = statistics.median(g.size for g in at_size)  # unrounded: 13.9 must stay 13.9
    font = Counter(g.font for g in at_size).most_common(1)[0][0]
    baseline = statistics.median(g.baseline for g in at_size)
    ordered = sorted(glyphs, key=lambda g: g.x)
    lead = []
    for g in ordered:
        if g.char.isdigit() or g.char in "*\u2020\u2021":
            lead.append(g)
            continue
        break
    marker = bool(lead) and len(lead) <= 3 and len(lead) < len(ordered) and all(
        g.size <= 0.85 * size or g.baseline < baseline - 0.2 * size for g in lead
    )
    return size, font, baseline, marker


# ---- page font and footnotes --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SizeRun:
    """Text of one kind on one page, and its dominant size."""

    page: int
    size: float  # rounded to 0.5
    chars: int
    lines: tuple[TextLine, ...]
    exact: float = 0.0  # median size of the lines at ``size``, unrounded (13.9 is not 14)


def page_body_size(doc: Document, number: int, *, precise: bool = False) -> SizeRun | None:
    """The dominant size of the page's running text (footnotes left out)."""
    lines = text_lines(doc, number, precise=precise)
    notes = set(id(t) for t in footnote_lines(lines))
    body = [t for t in lines if id(t) not in notes and not is_ocr_font(t.font)]
    return _size_run(number, body)


def _size_run(number: int, lines: Sequence[TextLine]) -> SizeRun | None:
    weights: Counter[float] = Counter()
    for t in lines:
        weights[half_point(t.size)] += t.chars
    if not weights:
        return None
    size = max(weights, key=lambda s: (weights[s], s))
    exact = statistics.median(t.size for t in lines if half_point(t.size) == size)
    return SizeRun(number, size, sum(weights.values()), tuple(lines), round(exact, 2))


def dominant_size(lines: Sequence[TextLine]) -> SizeRun | None:
    """The most common size (by characters) of some lines: ``size`` rounded to 0.5, ``exact`` not."""
    return _size_run(0, lines)


def footnote_lines(lines: Sequence[TextLine]) -> list[TextLine]:
    """The footnote block at the foot of a page (lines in page order).

    Either the lines from the first one that begins with a footnote marker,
    in the lower part of the text, down to the last, when they are set tighter
    or smaller than the text above (a marker alone is not enough: a numbered
    list item can start with a small digit); or, where markers cannot be told
    apart (a footnote continued from the previous page, a marker drawn as its
    own line), a trailing block of single-spaced lines below double-spaced text.
    """
    if len(lines) < 3:
        return []
    top, bottom = lines[0].baseline, lines[-1].baseline
    for k, t in enumerate(lines):
        if not t.marker or t.baseline < top + 0.4 * (bottom - top) or k == 0:
            continue
        block, above = lines[k:], lines[:k]
        body_size = _size_run(0, above).size
        gaps = [b.baseline - a.baseline for a, b in zip(block, block[1:]) if b.baseline - a.baseline > 2]
        tight = not gaps or statistics.median(gaps) < 1.6 * t.size
        if tight or half_point(t.size) < body_size:
            return list(block)
    return _trailing_block(lines)


def _trailing_block(lines: Sequence[TextLine]) -> list[TextLine]:
    """A single-spaced block that ends the page under double-spaced text."""
    rows = _rows(lines)
    k = len(rows) - 1
    while k > 0 and _tight(rows[k - 1], rows[k]):
        k -= 1
    above = rows[:k]
    double = sum(1 for a, b in zip(above, above[1:]) if not _tight(a, b))
    if len(rows) - k < 2 or double < 2:
        return []
    return [t for row in rows[k:] for t in row]


def _tight(a: Sequence[TextLine], b: Sequence[TextLine]) -> bool:
    size = max(a[0].size, b[0].size)
    return b[0].baseline - a[0].baseline < SINGLE_SPACED * size


# ---- monospace ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Monospace:
    monospaced: bool
    cpi: float | None  # characters per inch of the body face (pen advance of its glyphs)
    font: str | None
    evidence: str  # "name", "font flags", "advances" or ""


def monospace(doc: Document, pages: Sequence[int] | None = None) -> Monospace:
    """Whether the body text is set in a monospaced face, and its pitch.

    A face counts as monospaced when its name says so (Courier, Consolas,
    "... Mono"), when its font descriptor's FixedPitch flag is set, or when
    its letters' pen advances are all equal; the pitch is 72 divided by the
    median advance in points (Courier at 12 point: 10 characters per inch).
    """
    body = body_font(doc)
    if body is None:
        return Monospace(False, None, None, "")
    pages = list(pages) if pages is not None else list(body.pages)
    glyphs = [
        g
        for n, page in glyphs_for(doc, pages).items()
        for g in page
        if g.char.isalnum() and not g.invisible and abs(half_point(g.size) - body.size) < 0.3
    ]
    if not glyphs:
        return _monospace_from_lines(doc, body, pages)
    font = Counter(g.font for g in glyphs).most_common(1)[0][0]
    own = [g for g in glyphs if g.font == font]
    widths = [g.box[2] - g.box[0] for g in own if g.box[2] > g.box[0]]
    cpi = 72 / statistics.median(widths) if widths else None
    evidence = ""
    if MONOSPACE_NAMES.search(font or ""):
        evidence = "name"
    elif any(g.fixed_pitch for g in own):
        evidence = "font flags"
    elif len(widths) >= 50 and _uniform(widths):
        evidence = "advances"
    return Monospace(bool(evidence), round(cpi, 2) if cpi else None, font, evidence)


def is_monospace(doc: Document, pages: Sequence[int] | None = None, *, max_cpi: float | None = None) -> bool:
    """True when the body face is monospaced (and, with ``max_cpi``, no denser than that)."""
    found = monospace(doc, pages)
    if not found.monospaced:
        return False
    return max_cpi is None or (found.cpi is not None and found.cpi <= max_cpi + 0.05)


def _uniform(widths: Sequence[float]) -> bool:
    """All advances within 3% of the median: 'i' and 'm' as wide as each other."""
    mid = statistics.median(widths)
    close = sum(1 for w in widths if abs(w - mid) <= 0.03 * mid)
    return close >= 0.97 * len(widths)


def _monospace_from_lines(doc: Document, body: BodyFont, pages: Sequence[int]) -> Monospace:
    """Without glyphs (DOCX, or no source to reopen): the face's name decides,
    and a PDF's word boxes give the pitch."""
    font = body.font or ""
    named = bool(MONOSPACE_NAMES.search(font))
    per_char = [
        (w.bbox[2] - w.bbox[0]) / len(w.text)
        for n in pages
        for ln in measurable_lines(doc, n)
        for w in ln.words
        if w.bbox and len(w.text) >= 4 and w.text.isalnum()
    ] if doc.format == "pdf" else []
    cpi = round(72 / statistics.median(per_char), 2) if per_char else None
    return Monospace(named, cpi, body.font, "name" if named else "")


# ---- line spacing -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spacing:
    """How the running text of one page is spaced."""

    page: int
    size: float | None  # body size on the page
    gap: float | None  # median baseline-to-baseline distance of consecutive prose lines
    gaps: int  # how many such distances were measured
    rows: int  # lines of running text (footnotes and single-spaced blocks left out)
    pitch: float | None  # distance between the page's margin line numbers
    toc: bool  # a table of contents or authorities (leader dots)

    @property
    def ratio(self) -> float | None:
        return round(self.gap / self.size, 2) if self.gap and self.size else None


#: Consecutive lines closer than this many times their size are single-spaced.
SINGLE_SPACED = 1.35
_LEADER = re.compile(r"(?:[.\-_\u00b7]\s?){5,}|\u2026{2,}")
#: Tables a filing prints single-spaced by design: of contents, authorities, exhibits.
#: Matched after the heading's section label (``split_label``: "II.", "12 ").
_TOC_HEADING = re.compile(
    r"^\s*"
    r"(?:TABLE\s+OF\s+(?:CONTENTS|AUTHORITIES|EXHIBITS|ATTACHMENTS)|(?:INDEX|LIST|SCHEDULE)\s+OF\s+\w+"
    r"|INDEX|EXHIBIT\s+(?:INDEX|LIST))\s*:?\s*$",
    re.IGNORECASE,
)


def page_spacing(doc: Document, number: int) -> Spacing:
    """Baseline gaps and the count of running-text lines on one page.

    Prose lines are full-width lines at the page's body size, not indented on
    both sides (block quotations), outside the footnote block; the gap is the
    median distance between consecutive prose lines, so a heading or a
    quotation on a double-spaced page does not move it, and a page set
    single- or 1.5-spaced throughout shows its real spacing. ``rows`` counts
    the lines of the double-spaced flow: lines in single-spaced blocks
    (headings, quotations, counsel and signature blocks) are left out.
    """
    return doc.cached(f"measure.spacing:{number}", lambda d: _page_spacing(d, number))


def _page_spacing(doc: Document, number: int) -> Spacing:
    all_lines = text_lines(doc, number)
    pitch = pleading_pitch(doc, number)
    toc = is_toc_page(all_lines)
    notes = {id(t) for t in footnote_lines(all_lines)}
    lines = [t for t in all_lines if id(t) not in notes]
    run = _size_run(number, lines)
    if run is None:
        return Spacing(number, None, None, 0, 0, pitch, toc)
    rows = _rows(lines)
    left, right = text_block(doc)
    quoted = _quote_rows(rows, left, right)
    prose = [id(r) not in quoted and _is_prose(r, left, right, run.size) for r in rows]
    gaps = [
        b[0].baseline - a[0].baseline
        for (a, pa), (b, pb) in zip(zip(rows, prose), zip(rows[1:], prose[1:]))
        if pa and pb
    ]
    gap = round(statistics.median(gaps), 2) if gaps else None
    return Spacing(number, run.size, gap, len(gaps), len(_running_rows(rows, run.size)), pitch, toc)


def is_toc_page(lines: Sequence[TextLine]) -> bool:
    """A table of contents or of authorities: its heading, or three lines with leader dots."""
    if any(_TOC_HEADING.match(split_label(t.text)[1]) for t in lines[:4]):
        return True
    return sum(1 for t in lines if _LEADER.search(t.text)) >= 3


def _rows(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """Lines sharing a baseline (a tab stop or a table can split one visual line)."""
    rows: list[list[TextLine]] = []
    for t in sorted(lines, key=lambda t: t.baseline):
        if rows and abs(t.baseline - rows[-1][0].baseline) <= 2.0:
            rows[-1].append(t)
        else:
            rows.append([t])
    return rows


def text_block(doc: Document) -> tuple[float, float]:
    """Left and right edges (points) of the document's text block: the median,
    over its first pages with enough lines, of each page's 10th-percentile
    left edge and 90th-percentile right edge. A signature page, whose lines
    all start at the middle, is then not mistaken for running text."""
    return doc.cached("measure.text_block", _text_block)


def _text_block(doc: Document) -> tuple[float, float]:
    lefts: list[float] = []
    rights: list[float] = []
    for number in governed_pages(doc)[:12]:
        rows = _rows(text_lines(doc, number))
        if len(rows) >= 8:
            left, right = _row_edges(rows)
            lefts.append(left)
            rights.append(right)
    if not lefts:
        width = doc.pages[0].width if doc.pages else LETTER[0]
        return 72.0, width - 72.0
    return statistics.median(lefts), statistics.median(rights)


def _row_edges(rows: Sequence[Sequence[TextLine]]) -> tuple[float, float]:
    lefts = sorted(min(t.bbox[0] for t in r) for r in rows)
    rights = sorted(max(t.bbox[2] for t in r) for r in rows)
    # The 10th and 90th percentiles: the text block's edges, not a stray indent.
    return lefts[len(lefts) // 10], rights[-1 - len(rights) // 10]


def _running_rows(rows: Sequence[Sequence[TextLine]], size: float) -> list[Sequence[TextLine]]:
    """Rows that are not part of a single-spaced block (headings, block
    quotations, counsel blocks, tables): the page's double-spaced flow."""
    single: set[int] = set()
    for a, b in zip(rows, rows[1:]):
        if b[0].baseline - a[0].baseline < SINGLE_SPACED * size:
            single.update((id(a), id(b)))
    return [r for r in rows if id(r) not in single]


def quote_lines(doc: Document, lines: Sequence[TextLine]) -> list[TextLine]:
    """Lines of the page's block quotations (see ``_quote_rows``), footnotes left out."""
    notes = {id(t) for t in footnote_lines(lines)}
    rows = _rows([t for t in lines if id(t) not in notes])
    quoted = _quote_rows(rows, *text_block(doc))
    return [t for r in rows if id(r) in quoted for t in r]


def _quote_rows(rows: Sequence[Sequence[TextLine]], left: float, right: float) -> set[int]:
    """Rows of block quotations: runs of two or more single-spaced lines indented
    from the left edge, most of them long (a centred heading or a signature
    block is indented and single-spaced too, but its lines are short)."""
    indented = [min(t.bbox[0] for t in r) >= left + 18 and not _centred(r, left, right) for r in rows]
    out: set[int] = set()
    run: list[Sequence[TextLine]] = []
    for i, row in enumerate([*rows, None]):
        joined = row is not None and indented[i] and (not run or _tight(run[-1], row))
        if joined:
            run.append(row)
            continue
        long = sum(1 for r in run if _width(r) >= 0.75 * (right - left))
        if len(run) >= 2 and long * 2 >= len(run):
            out.update(id(r) for r in run)
        run = [row] if row is not None and indented[i] else []
    return out


def _centred(row: Sequence[TextLine], left: float, right: float) -> bool:
    """A short line centred in the text block (a heading, a court's name)."""
    x0, x1 = min(t.bbox[0] for t in row), max(t.bbox[2] for t in row)
    return x1 - x0 < 0.75 * (right - left) and abs((x0 - left) - (right - x1)) < 12


def _width(row: Sequence[TextLine]) -> float:
    return max(t.bbox[2] for t in row) - min(t.bbox[0] for t in row)


def _is_prose(row: Sequence[TextLine], left: float, right: float, size: float) -> bool:
    """A full-width line of running text at the page's body size (a block
    quotation, indented on both sides, is not)."""
    x0, x1 = min(t.bbox[0] for t in row), max(t.bbox[2] for t in row)
    quoted = x0 >= left + 18 and x1 <= right - 18
    return (
        not quoted
        and x1 - x0 >= 0.6 * (right - left)
        and x0 <= left + 0.75 * 72
        and all(abs(half_point(t.size) - size) <= 0.5 for t in row)
    )


def pleading_pitch(doc: Document, number: int) -> float | None:
    """Median distance between consecutive margin line numbers on the page."""
    numbers = doc.pages[number - 1].pleading_numbers
    gaps = [
        (b[1][3] - a[1][3]) / (b[0] - a[0])
        for a, b in zip(numbers, numbers[1:])
        if b[0] > a[0] and b[1][3] > a[1][3]
    ]
    return round(statistics.median(gaps), 2) if gaps else None


# ---- margins and paper ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Margins:
    """Distances in points from each page edge to the page's own text."""

    page: int
    left: float
    right: float
    top: float
    bottom: float


def page_margins(doc: Document, number: int, *, furniture: bool = False) -> Margins | None:
    """The page's text extents as margins; None for a page without text boxes.

    Page furniture (CM/ECF stamp, running header and footer, margin numbers,
    rotated legends) is left out unless ``furniture``; the court adds the
    stamp, and pleading paper puts its numbers and footer in the margins by design.
    """
    page = doc.pages[number - 1]
    boxes = [
        ln.bbox
        for ln in doc.page_lines(number)
        if ln.bbox is not None
        and ln.region != "ecf-stamp"
        and (furniture or ln.region not in FURNITURE)
        and any(c.isalnum() for c in ln.text)
    ]
    if not boxes:
        return None
    return Margins(
        number,
        left=round(min(b[0] for b in boxes), 2),
        right=round(page.width - max(b[2] for b in boxes), 2),
        top=round(min(b[1] for b in boxes), 2),
        bottom=round(page.height - max(b[3] for b in boxes), 2),
    )


def paper_size(doc: Document, number: int) -> tuple[float, float] | None:
    """(width, height) of a page in points; for DOCX, the first section's page setup."""
    if doc.pages:
        page = doc.pages[number - 1]
        return page.width, page.height
    setup = doc.meta.get("page_setup")
    if isinstance(setup, dict) and setup.get("width_pt") and setup.get("height_pt"):
        return float(setup["width_pt"]), float(setup["height_pt"])
    return None


def is_letter(width: float, height: float, tolerance: float = 3.0) -> bool:
    """8.5 x 11 inches in either orientation, within ``tolerance`` points."""
    w, h = sorted((width, height))
    return abs(w - LETTER[0]) <= tolerance and abs(h - LETTER[1]) <= tolerance


# ---- page runs ------------------------------------------------------------------


def page_runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive page numbers as (first, last) runs: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


#: A page judged and found compliant: it ends a run of failing pages (see ``failing_runs``).
PASSED = "passed"


def failing_runs(outcomes: Iterable[tuple[int, object]]) -> list[list]:
    """Group per-page failures into runs: ``outcomes`` are (page, result) in
    page order, where result is a failure, ``PASSED`` or None (not judged: too
    little text, a table of contents). Only a page that passed ends a run, so
    a failing section with an unjudgeable page inside is one finding."""
    runs: list[list] = []
    current: list = []
    for _page, result in outcomes:
        if result is PASSED:
            if current:
                runs.append(current)
            current = []
        elif result is not None:
            current.append(result)
    if current:
        runs.append(current)
    return runs


def pages_text(numbers: Iterable[int]) -> str:
    """'page 4', 'pages 1-17', 'pages 2-3, 7 and 9-12'."""
    runs = page_runs(numbers)
    parts = [f"{a}" if a == b else f"{a}-{b}" for a, b in runs]
    if not parts:
        return "no pages"
    single = len(runs) == 1 and runs[0][0] == runs[0][1]
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"page {joined}" if single else f"pages {joined}"


def governed_pages(doc: Document) -> list[int]:
    """The pages layout rules measure: the main document's pages with text and,
    when the document is on pleading paper, only its numbered pages.

    A brief on pleading paper that ends with a CM/ECF service list or a web
    printout (no margin numbers) has attached those pages; their type is not
    the filer's typography. Nor is a court's printed form (C.D. Cal. G-92,
    CV-90, an AO form) that a party fills in: its layout is the court's.
    """
    pages = [n for n in main_pages(doc) if doc.pages[n - 1].has_text and not is_court_form_page(doc, n)]
    numbered = [n for n in pages if doc.pages[n - 1].pleading_numbers]
    return numbered if len(numbered) * 2 >= len(pages) and numbered else pages


def pages_in_scope(doc: Document, which: str) -> list[int]:
    """The pages a layout rule's ``pages:`` parameter selects: "main" (``governed_pages``)
    or "all" (every page with text)."""
    return governed_pages(doc) if which == "main" else [p.number for p in doc.pages if p.has_text]


def page_anchor(doc: Document, number: int) -> Span | None:
    """Where a page-level finding points: the page's first line of its own text
    (else its first line of any kind), so the report shows the page and a line."""
    lines = doc.page_lines(number)
    line = next((ln for ln in lines if ln.region not in FURNITURE and ln.text.strip()), None)
    line = line or next((ln for ln in lines if ln.text.strip()), None)
    return Span(line.span.start, line.span.end) if line else None


#: Paper sizes other than letter, in points (portrait).
_NAMED_SIZES = {(595, 842): "A4", (612, 1008): "legal", (842, 1191): "A3", (792, 1224): "tabloid", (499, 709): "B5"}


def describe_size(width: float, height: float) -> str:
    """'8.27 x 11.69 in (A4)'."""
    text = f"{width / 72:.2f} x {height / 72:.2f} in"
    key = tuple(sorted((round(width), round(height))))
    for (w, h), name in _NAMED_SIZES.items():
        if abs(key[0] - w) <= 3 and abs(key[1] - h) <= 3:
            return f"{text} ({name})"
    return text
