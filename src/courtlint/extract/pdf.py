"""PDF extraction: pypdfium2 on the hot path, pdfplumber as the fallback.

Why this split (DESIGN.md section 7): pdfium gives a page's whole text in one
call and a character's box or font size in one call each, 10-40x faster than
pdfplumber's per-character objects. So a page is read as text first, split
into words, and pdfium is asked for geometry only at word boundaries (first
and last character) and for font facts once per line. pdfplumber is used only
for pages where pdfium's text page is empty although the page has text
objects (text hidden in some Form XObjects): correctness beats speed there.

Pages are processed one at a time and their pdfium handles closed at once,
so memory stays flat as documents grow.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..limits import UNLIMITED, Deadline, Limits, size
from ._build import DocumentBuilder, RawLine, RawPage, RawWord, split_words
from .errors import InputError
from ..recognise.ecf_stamp import looks_like_stamp
from .regions import classify_page

_PDF_FEATURES = frozenset({"text", "pages", "geometry", "fonts"})
#: A preview holds every page's size but only the first pages' text.
_PREVIEW_FEATURES = frozenset({"pages"})
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Fewer non-space characters than this (stamp aside) and a page counts as an image.
_MIN_PAGE_CHARS = 15


@dataclass(slots=True)
class PdfLine:
    """A line as read from the page, before regions are assigned."""

    line: RawLine
    invisible: bool = False  # text render mode 3 (e.g. an OCR layer)
    rotated: bool = False


def open_pdf(source: str | bytes, name: str) -> pdfium.PdfDocument:
    if isinstance(source, bytes):
        if not source.lstrip()[:5].startswith(b"%PDF"):
            raise InputError("not-a-pdf", f"{name}: not a PDF file (no %PDF header)")
    else:
        with open(source, "rb") as fh:
            head = fh.read(1024)
        if not head.strip():
            raise InputError("empty", f"{name}: the file is empty")
        if b"%PDF" not in head:
            raise InputError("not-a-pdf", f"{name}: not a PDF file (no %PDF header)")
    try:
        return pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise InputError(
                "encrypted", f"{name}: the PDF is password-protected; courtlint cannot read it"
            ) from None
        if code == raw.FPDF_ERR_SECURITY:
            raise InputError("encrypted", f"{name}: unsupported PDF security handler") from None
        raise InputError("corrupt", f"{name}: the PDF is damaged and cannot be read ({exc})") from None


def document_pages(pdf: pdfium.PdfDocument, doc) -> Iterator[tuple[int, pdfium.PdfPage | None]]:
    """(index, page) for each page of ``doc`` in a reopened ``pdf``, each closed after
    use; page None where pdfium cannot load it (a page extraction skipped as
    damaged). Bounded by the Document's pages, not the file's page count, which
    a damaged page tree can overstate a millionfold."""
    for index in range(min(len(pdf), len(doc.pages))):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            yield index, None
            continue
        try:
            yield index, page
        finally:
            page.close()


def extract_pdf(
    source: str | bytes,
    name: str,
    layout_pages: int | None = None,
    limits: Limits = Limits(),
    deadline: Deadline = UNLIMITED,
) -> "Document":  # noqa: F821
    """The Document of a PDF; with ``layout_pages``, a preview: only the first
    pages are read as text, the rest by size alone (see ``extract``).

    A page that cannot be loaded or read is skipped (an empty page in the
    Document, with a ``corrupt-page`` problem naming it) and the others are
    read; when no page can be read the PDF is ``corrupt``.
    """
    pdf = open_pdf(source, name)
    try:
        return _extract(pdf, source, name, layout_pages, limits, deadline)
    except pdfium.PdfiumError as exc:
        raise InputError("corrupt", f"{name}: the PDF is damaged and cannot be read ({exc})") from None
    finally:
        pdf.close()


def _extract(pdf, source, name: str, layout_pages: int | None, limits: Limits, deadline: Deadline) -> "Document":  # noqa: F821
    count = len(pdf)
    read = count if layout_pages is None else min(count, layout_pages)
    builder = DocumentBuilder(name, "pdf", _PDF_FEATURES if read == count else _PREVIEW_FEATURES)
    meta = _document_meta(pdf)
    bad = _BadPages(name, count, last_loads=lambda: _loads(pdf, count - 1))
    skipped: list[int] = []  # damaged pages not yet added: a run that ends the file is dropped
    plumber = _LazyPlumber(source)
    try:
        for index in range(read):
            if deadline.expired:
                raise InputError("timeout", f"{name}: reading stopped at page {index + 1} of {count}, {deadline.over()}")
            try:
                page = pdf[index]
                try:
                    raw_page = _read_page(page, index, plumber, meta)
                finally:
                    page.close()
            except (MemoryError, InputError):
                raise
            except Exception as exc:  # pdfium and pdfminer raise many types for a damaged page
                if bad.failed(index, exc):
                    break  # a run of unloadable pages: the page count is wrong, or the rest is gone
                skipped.append(index)
                continue
            bad.good += 1
            _add_skipped(builder, pdf, skipped)
            builder.add_page(raw_page)
            if builder.length > limits.text_chars:
                raise InputError(
                    "too-large",
                    f"{name}: {size(builder.length)} of text in the first {index + 1} of {count} pages "
                    f"is over the {size(limits.text_chars)} limit",
                )
    finally:
        plumber.close()
    for index in range(read, read if bad.stopped else count):
        try:
            width, height = pdf.get_page_size(index)  # from the page tree, without parsing the page
        except pdfium.PdfiumError as exc:
            if bad.failed(index, exc):
                break
            skipped.append(index)
            continue
        _add_skipped(builder, pdf, skipped)
        builder.add_page(RawPage(width, height, [], has_text=None))
    if not bad.stopped:
        _add_skipped(builder, pdf, skipped)
    if read and not bad.good:
        raise InputError("corrupt", f"{name}: the PDF is damaged: no page can be read ({bad.first})")
    problems: list[tuple[str, str]] = bad.problems()
    pages = builder.page_count
    meta["page_count"] = pages
    if read < pages:
        meta["laid_out_pages"] = read
    elif meta["image_only_pages"] and len(meta["image_only_pages"]) == pages:
        problems.append(("no-text-layer", f"{name}: no page has a text layer (a scan without OCR?)"))
    if count == 0:
        problems.append(("empty", f"{name}: the PDF has no pages"))
    return builder.build(meta=meta, problems=problems, source=source)


_LETTER = (612.0, 792.0)


def _loads(pdf: pdfium.PdfDocument, index: int) -> bool:
    try:
        pdf[index].close()
        return True
    except pdfium.PdfiumError:
        return False


def _add_skipped(builder: DocumentBuilder, pdf: pdfium.PdfDocument, skipped: list[int]) -> None:
    """Empty, unread pages for the damaged pages in ``skipped`` (then cleared)."""
    for index in skipped:
        try:
            width, height = pdf.get_page_size(index)
        except pdfium.PdfiumError:
            width, height = _LETTER
        builder.add_page(RawPage(width, height, [], has_text=None))
    skipped.clear()


def _why(exc: BaseException) -> str:
    """"Type: message" for a page's failure; for a wrapper with no message of its own
    (pdfplumber's PdfminerException(PDFValueError(None))), the wrapped exception's type too."""
    text = str(exc).strip()
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
    if inner is not None and str(inner).strip() in ("", "None"):
        text = type(inner).__name__
    return f"{type(exc).__name__}: {text or 'no message'}".rstrip(".")[:200]


class _BadPages:
    """Pages that could not be read, reported as runs ("pages 3-7"). After a run
    of ``RUN`` with the last page unloadable too (a page count of a million on a
    two-page file), the document ends there instead of costing a try per page."""

    RUN = 20

    def __init__(self, name: str, count: int, last_loads):
        self.name, self.count = name, count
        self._last_loads = last_loads
        self.runs: list[list] = []  # [first, last, exception text]
        self.good = 0
        self.stopped = False
        self.first: str | None = None

    def failed(self, index: int, exc: BaseException) -> bool:
        """Record page ``index`` (0-based) as damaged; True when reading should stop."""
        why = _why(exc)
        self.first = self.first or why
        if self.runs and self.runs[-1][1] == index - 1:
            self.runs[-1][1] = index
        else:
            self.runs.append([index, index, why])
        first, last, _ = self.runs[-1]
        if last - first + 1 == self.RUN and last + 1 < self.count and not self._last_loads():
            self.runs[-1][1] = self.count - 1  # the rest of the pages, unread
            self.stopped = True
        return self.stopped

    def problems(self) -> list[tuple[str, str]]:
        out = []
        for first, last, why in self.runs:
            if first == last:
                out.append(("corrupt-page", f"{self.name}: page {first + 1} is damaged and was skipped ({why})"))
            elif self.stopped and last == self.count - 1:
                out.append(("corrupt-page", f"{self.name}: pages {first + 1}-{last + 1} cannot be loaded ({why}); "
                                            f"{self.RUN} in a row and the last page failed, so the rest were not read"))
            else:
                out.append(("corrupt-page", f"{self.name}: pages {first + 1}-{last + 1} are damaged and were skipped ({why})"))
        return out


def _document_meta(pdf: pdfium.PdfDocument) -> dict:
    meta: dict = {"page_count": len(pdf)}
    try:
        meta["encrypted"] = raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1
        info = pdf.get_metadata_dict(skip_empty=True)
        meta["info"] = {k: v for k, v in info.items() if isinstance(v, str)}
    except Exception:  # metadata is optional; a damaged Info dict must not stop the read
        pass
    meta["image_only_pages"] = []
    meta["ocr_pages"] = []
    return meta


class _LazyPlumber:
    """Opens the file with pdfplumber only if a page needs the fallback (once:
    a file pdfminer cannot open fails every later page the same way)."""

    def __init__(self, source: str | bytes):
        self._source = source
        self._pdf = None
        self._error: Exception | None = None

    def page(self, index: int):
        if self._error is not None:
            raise self._error
        if self._pdf is None:
            import io

            import pdfplumber

            src = io.BytesIO(self._source) if isinstance(self._source, bytes) else self._source
            try:
                self._pdf = pdfplumber.open(src)
            except Exception as exc:
                self._error = exc
                raise
        return self._pdf.pages[index]

    def close(self) -> None:
        if self._pdf is not None:
            try:
                self._pdf.close()
            except Exception:  # closing a damaged file must not lose what was read
                pass


def _read_page(page: pdfium.PdfPage, index: int, plumber: _LazyPlumber, meta: dict) -> RawPage:
    width, height = page.get_size()
    left, bottom, _right, top = page.get_mediabox()
    textpage = page.get_textpage()
    try:
        lines = _pdfium_lines(textpage, left, top)
    finally:
        textpage.close()
    if not any(pl.line.text.strip() for pl in lines) and _has_text_objects(page):
        lines = _plumber_lines(plumber, index)
    visible = [pl for pl in lines if not pl.invisible]
    # The CM/ECF stamp is visible text on every filed page, scans included, so
    # it does not count when deciding whether the page has a visible layer.
    if sum(len(pl.line.text.strip()) for pl in visible if not looks_like_stamp(pl.line.text)) >= 20:
        # A visible text layer exists: an invisible copy (OCR laid over a native
        # page) would double every word, so it is dropped.
        lines = visible
    elif any(pl.invisible for pl in lines):
        meta["ocr_pages"].append(index + 1)
    raw_lines, numbers = classify_page(
        [(pl.line, pl.rotated) for pl in lines], width, height
    )
    # A page "has text" when something besides the CM/ECF stamp is there: a
    # scan filed through CM/ECF still carries the stamp's text.
    authored = sum(len(line.text) - line.text.count(" ") for line in raw_lines if line.region != "ecf-stamp")
    has_text = authored >= _MIN_PAGE_CHARS
    if not has_text:
        meta["image_only_pages"].append(index + 1)
    return RawPage(width, height, raw_lines, has_text=has_text, pleading_numbers=numbers)


def _has_text_objects(page: pdfium.PdfPage) -> bool:
    for obj in page.get_objects(max_depth=6):
        if obj.type == raw.FPDF_PAGEOBJ_TEXT:
            return True
    return False


def _pdfium_lines(textpage: pdfium.PdfTextPage, ox: float, oy: float) -> list[PdfLine]:
    """Lines of one page from pdfium, words boxed at their first and last glyph."""
    h = textpage.raw
    n = raw.FPDFText_CountChars(h)
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:
        # pdfium's text and its char indices disagree (surrogate pairs): rebuild
        # the text one code unit per index so indices stay aligned.
        text = "".join(_unit(raw.FPDFText_GetUnicode(h, i)) for i in range(n))
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    fontbuf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()

    def box(i: int) -> tuple[float, float, float, float]:
        raw.FPDFText_GetLooseCharBox(h, i, rect)
        return (rect.left - ox, oy - rect.top, rect.right - ox, oy - rect.bottom)

    def size_at(i: int) -> float:
        raw.FPDFText_GetMatrix(h, i, matrix)
        return raw.FPDFText_GetFontSize(h, i) * math.hypot(matrix.c, matrix.d)

    out: list[PdfLine] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        seg_start, seg_end = pos, m.start()
        pos = m.end()
        segment = text[seg_start:seg_end]
        pieces = split_words(segment)
        if not pieces:
            continue
        first = seg_start + pieces[0][0]
        font = None
        bold = False
        if raw.FPDFText_GetFontInfo(h, first, fontbuf, len(fontbuf), ctypes.byref(flags)):
            font = fontbuf.value.decode("utf-8", "replace")
            bold = "bold" in font.lower() or raw.FPDFText_GetFontWeight(h, first) >= 600
        # One size per line, from its first glyph: lines rarely mix sizes, and
        # asking pdfium for every glyph's size would double the cost of a page.
        size = round(size_at(first), 2)
        words: list[RawWord] = []
        parts: list[str] = []
        cursor = 0
        x0 = top = float("inf")
        x1 = bottom = float("-inf")
        for offset, word in pieces:
            i0 = seg_start + offset
            l0, t0, r0, b0 = box(i0)
            l1, t1, r1, b1 = box(i0 + len(word) - 1) if len(word) > 1 else (l0, t0, r0, b0)
            if len(word) >= 4 and len(word) % 2 == 0 and word[0::2] == word[1::2]:
                # Overprinted glyphs ("CCaassee", "1155"): each drawn twice at
                # nearly the same place. Keep one copy.
                if abs(box(i0 + 1)[0] - l0) < 0.5 * max(r0 - l0, 0.5):
                    word = word[0::2]
            wb = (min(l0, l1), min(t0, t1), max(r0, r1), max(b0, b1))
            x0, top, x1, bottom = min(x0, wb[0]), min(top, wb[1]), max(x1, wb[2]), max(bottom, wb[3])
            if parts:
                parts.append(" ")
                cursor += 1
            words.append(RawWord(word, cursor, wb, size, font))
            parts.append(word)
            cursor += len(word)
        obj = raw.FPDFText_GetTextObject(h, first)
        invisible = bool(obj) and (
            raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
        )
        angle = raw.FPDFText_GetCharAngle(h, first)
        rotated = angle > 0.05 and abs(angle - 2 * math.pi) > 0.05
        line = RawLine(
            text="".join(parts),
            bbox=(x0, top, x1, bottom),
            size=size,
            font=font,
            words=words,
            bold=bold,
        )
        out.append(PdfLine(line, invisible=invisible, rotated=rotated))
    return out


def _unit(code: int) -> str:
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)


def _plumber_lines(plumber: _LazyPlumber, index: int) -> list[PdfLine]:
    """Fallback: lines of one page from pdfplumber's character objects.

    pdfplumber's own line and word clustering costs more than reading the
    characters; grouping by baseline here keeps the fallback near 2x the
    character parse instead of 5x.
    """
    page = plumber.page(index)
    try:
        chars = [c for c in page.chars if c["text"] and not c["text"].isspace()]
    finally:
        page.close()
    chars.sort(key=lambda c: (round(c["bottom"]), c["x0"]))
    rows: list[list[dict]] = []
    for c in chars:
        row = rows[-1] if rows else None
        if row and abs(c["bottom"] - row[-1]["bottom"]) <= 0.3 * max(c["size"], 1) and c["x0"] >= row[-1]["x0"]:
            last = row[-1]
            if c["text"] == last["text"] and abs(c["x0"] - last["x0"]) < 1:
                continue  # the same glyph drawn twice
            row.append(c)
        else:
            rows.append([c])
    out: list[PdfLine] = []
    for row in rows:
        words: list[RawWord] = []
        parts: list[str] = []
        cursor = 0
        group = [row[0]]
        for prev, c in zip(row, row[1:] + [None]):
            if c is not None and c["x0"] - prev["x1"] < 0.2 * max(prev["size"], 1):
                group.append(c)
                continue
            word = "".join(g["text"] for g in group)
            if parts:
                parts.append(" ")
                cursor += 1
            box = (group[0]["x0"], min(g["top"] for g in group), group[-1]["x1"], max(g["bottom"] for g in group))
            words.append(RawWord(word, cursor, box, round(group[0]["size"], 2), group[0]["fontname"]))
            parts.append(word)
            cursor += len(word)
            if c is not None:
                group = [c]
        line = RawLine(
            text="".join(parts),
            bbox=(words[0].bbox[0], min(w.bbox[1] for w in words), words[-1].bbox[2], max(w.bbox[3] for w in words)),
            size=words[0].size,
            font=words[0].font,
            words=words,
            bold="bold" in (words[0].font or "").lower(),
        )
        out.append(PdfLine(line, rotated=not row[0].get("upright", True)))
    return out
