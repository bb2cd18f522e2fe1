"""Lazy facts about a PDF file as CM/ECF sees it: security, active content,
attachments, form fields, fonts, and which pages are scans.

None of this is in ``Document``: the text rules never need it, so it is read
only when an e-filing rule asks, by reopening ``Document.source`` with
pypdfium2, and cached on the document (``Document.cached``). Two views:

* ``file_facts(doc)``: document-level facts plus annotations, and a byte scan
  for actions; no page content is parsed, so it costs a few milliseconds.
* ``page_facts(doc)``: one walk over every page's objects (text, images, forms
  nested in Form XObjects) for the text-layer kind of each page and the fonts
  used. About 1-2 ms per page; shared by the text-layer and font tests.
* ``source_size(doc)``: the file's size in bytes, without opening it.

The page walk places each text object against the lines the extractor
labelled: text on the CM/ECF stamp is left out entirely (the stamp is the
court's, added after filing, and its font is not the filer's), and running
headers, footers and margin line numbers do not count as a page's own text
(pleading paper laid over a scanned page does not make it a native page).
"""

from __future__ import annotations

import ctypes
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..model import FURNITURE, Document
from .pdf import document_pages
from .pdf_annots import HIDDEN_FLAGS, page_annotations

#: A page's own text (outside the page furniture) makes it a text page when
#: it has at least MIN_TEXT_OBJECTS drawn text objects (word processors emit
#: one per run or line, OCR programs one per word) or covers TEXT_AREA of the
#: page (about three full lines). A slip sheet or a Bates label has neither.
MIN_TEXT_OBJECTS = 15
TEXT_AREA = 0.03
#: Fewer non-space characters than this in the extractor's text of a page
#: and it has no text of its own (the threshold of ``Page.has_text``).
MIN_TEXT_CHARS = 15
#: An image covering at least this share of a page makes a page without text a scan.
SCAN_COVER = 0.5
#: A page this covered by one image is a scan unless its own text covers
#: TEXT_AREA of it: labels, Bates numbers and "REDACTED VERSION" stamps laid
#: over a scanned page do not make it native.
FULL_PAGE = 0.85
#: Form XObjects nest; deeper than this is pathological.
_MAX_DEPTH = 8

_MEDIA_ANNOTS = {
    raw.FPDF_ANNOT_SOUND: "sound",
    raw.FPDF_ANNOT_MOVIE: "movie",
    raw.FPDF_ANNOT_SCREEN: "screen (media player)",
    raw.FPDF_ANNOT_RICHMEDIA: "rich media (video/Flash)",
    raw.FPDF_ANNOT_THREED: "3D model",
}
#: Widget field types that a person fills in (push buttons and signature
#: fields are not data entry; a signed field is not "unflattened").
_FILLABLE = {
    raw.FPDF_FORMFIELD_TEXTFIELD: "text",
    raw.FPDF_FORMFIELD_CHECKBOX: "check box",
    raw.FPDF_FORMFIELD_RADIOBUTTON: "radio button",
    raw.FPDF_FORMFIELD_COMBOBOX: "combo box",
    raw.FPDF_FORMFIELD_LISTBOX: "list box",
}
#: JavaScript or launch actions written as plain PDF syntax. pdfium exposes
#: only document-level (Names tree) scripts, so OpenAction, page and link
#: actions are found by scanning the file's objects for the action type.
_ACTION = re.compile(rb"/S\s*/(JavaScript|Launch)\b")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
_STREAM = re.compile(rb"stream\r?\n")


@dataclass(frozen=True, slots=True)
class FileFacts:
    encrypted: bool
    security_revision: int  # -1 when not encrypted
    permissions: int  # FPDF_GetDocPermissions bits; 0xFFFFFFFF = everything allowed
    scripts: tuple[str, ...]  # named document-level scripts
    script_actions: int  # JavaScript actions anywhere in the file's objects
    launch_actions: int  # actions that launch another program
    attachments: tuple[str, ...]  # embedded file names (document level)
    attachment_pages: tuple[int, ...]  # pages with file-attachment annotations
    media: tuple[tuple[int, str], ...]  # (page, kind) of multimedia annotations
    form_type: int  # raw.FORMTYPE_*
    fields: tuple[tuple[int, str], ...]  # (page, field kind) of fillable fields


@dataclass(frozen=True, slots=True)
class PageFacts:
    number: int
    width: float
    height: float
    # Counted outside the CM/ECF stamp, running headers and footers and margin
    # line numbers, and only until the page is plainly text (lower bounds past that).
    text_objects: int  # visible text objects that draw something
    ocr_objects: int  # invisible ones (render mode 3): an OCR layer
    text_area: float  # share of the page covered by visible text
    ocr_area: float  # share of the page covered by invisible text
    image_cover: float  # share of the page covered by its largest image

    @property
    def kind(self) -> str:
        """``native``, ``ocr`` (a scan with a hidden text layer), ``image``
        (a scan with no text layer) or ``sparse`` (little on it: a slip sheet,
        a blank page, a drawing)."""
        has_text = self.text_objects >= MIN_TEXT_OBJECTS or self.text_area >= TEXT_AREA
        if has_text and (self.image_cover < FULL_PAGE or self.text_area >= TEXT_AREA):
            return "native"
        if self.ocr_objects >= MIN_TEXT_OBJECTS or self.ocr_area >= TEXT_AREA:
            return "ocr"
        if self.image_cover >= SCAN_COVER:
            return "image"
        return "sparse"


@dataclass(frozen=True, slots=True)
class FontUse:
    name: str  # base font name without the subset prefix
    embedded: bool
    pages: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PageContent:
    pages: tuple[PageFacts, ...]
    fonts: tuple[FontUse, ...]


def file_facts(doc: Document) -> FileFacts:
    return doc.cached("pdf_facts.file", _read_file_facts)


def page_facts(doc: Document) -> PageContent:
    return doc.cached("pdf_facts.pages", _read_page_content)


def source_size(doc: Document) -> int | None:
    src = doc.source
    if isinstance(src, bytes):
        return len(src)
    if isinstance(src, (str, os.PathLike)):
        try:
            return os.stat(src).st_size
        except OSError:
            return None
    return None


# ---- document-level facts --------------------------------------------------------


def _read_file_facts(doc: Document) -> FileFacts:
    pdf = pdfium.PdfDocument(doc.source)
    try:
        handle = pdf.raw
        form_type = raw.FPDF_GetFormType(handle)
        if form_type != raw.FORMTYPE_NONE:
            pdf.init_forms()  # needed to read field types; must precede page loads
        attachments, attachment_pages, media, fields = _annotations(pdf, doc, form_type)
        actions = _scan_actions(doc.source)
        return FileFacts(
            encrypted=raw.FPDF_GetSecurityHandlerRevision(handle) != -1,
            security_revision=raw.FPDF_GetSecurityHandlerRevision(handle),
            permissions=raw.FPDF_GetDocPermissions(handle) & 0xFFFFFFFF,
            scripts=_script_names(handle),
            script_actions=actions.get(b"JavaScript", 0),
            launch_actions=actions.get(b"Launch", 0),
            attachments=attachments,
            attachment_pages=attachment_pages,
            media=media,
            form_type=form_type,
            fields=fields,
        )
    finally:
        pdf.close()


def _script_names(handle) -> tuple[str, ...]:
    names = []
    for i in range(max(raw.FPDFDoc_GetJavaScriptActionCount(handle), 0)):
        action = raw.FPDFDoc_GetJavaScriptAction(handle, i)
        if not action:
            continue
        try:
            names.append(_wide(lambda buf, n: raw.FPDFJavaScriptAction_GetName(action, buf, n)) or f"script {i + 1}")
        finally:
            raw.FPDFDoc_CloseJavaScriptAction(action)
    return tuple(names)


def _annotations(pdf: pdfium.PdfDocument, doc: Document, form_type: int):
    handle = pdf.raw
    attachments = []
    for i in range(max(raw.FPDFDoc_GetAttachmentCount(handle), 0)):
        att = raw.FPDFDoc_GetAttachment(handle, i)
        name = _wide(lambda buf, n: raw.FPDFAttachment_GetName(att, buf, n)) if att else ""
        attachments.append(name or f"attachment {i + 1}")
    formenv = pdf.formenv.raw if form_type != raw.FORMTYPE_NONE and pdf.formenv else None
    attachment_pages: list[int] = []
    media: list[tuple[int, str]] = []
    fields: list[tuple[int, str]] = []
    for index, page in document_pages(pdf, doc):
        if page is None:
            continue  # damaged: extraction reported it
        for _, annot, subtype in page_annotations(page):
            if subtype == raw.FPDF_ANNOT_FILEATTACHMENT:
                attachment_pages.append(index + 1)
            elif subtype in _MEDIA_ANNOTS:
                media.append((index + 1, _MEDIA_ANNOTS[subtype]))
            elif subtype == raw.FPDF_ANNOT_WIDGET and formenv is not None:
                kind = _fillable(formenv, annot)
                if kind:
                    fields.append((index + 1, kind))
    return tuple(attachments), tuple(sorted(set(attachment_pages))), tuple(media), tuple(fields)


def _fillable(formenv, annot) -> str | None:
    """The kind of a fillable, visible, editable field, else None."""
    kind = _FILLABLE.get(raw.FPDFAnnot_GetFormFieldType(formenv, annot))
    if kind is None:
        return None
    if raw.FPDFAnnot_GetFlags(annot) & HIDDEN_FLAGS:
        return None
    if raw.FPDFAnnot_GetFormFieldFlags(formenv, annot) & raw.FPDF_FORMFLAG_READONLY:
        return None
    return kind


def _wide(call) -> str:
    """Read a UTF-16LE string from a pdfium getter of the (buffer, length) shape."""
    n = call(None, 0)
    if n <= 2:
        return ""
    buf = (ctypes.c_ushort * (n // 2))()
    call(buf, n)
    return bytes(buf)[: n - 2].decode("utf-16-le", "replace").strip()


def _scan_actions(source) -> dict[bytes, int]:
    """Count ``/S /JavaScript`` and ``/S /Launch`` actions in the file's objects,
    including those packed in compressed object streams (PDF 1.5+)."""
    data = source if isinstance(source, bytes) else _read(source)
    counts: dict[bytes, int] = {}
    for chunk in _object_texts(data):
        for m in _ACTION.finditer(chunk):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def _read(path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _object_texts(data: bytes) -> Iterator[bytes]:
    yield data
    for m in _OBJSTM.finditer(data):
        start = _STREAM.search(data, m.end(), m.end() + 2048)
        if start is None:
            continue
        end = data.find(b"endstream", start.end())
        if end < 0:
            continue
        try:
            yield zlib.decompressobj().decompress(data[start.end() : end], 16 * 1024 * 1024)
        except zlib.error:
            continue  # not Flate, or damaged: nothing to read there


# ---- page content ------------------------------------------------------------------


def _furniture_boxes(doc: Document) -> dict[int, tuple[tuple[float, float] | None, list]]:
    """Page -> (the CM/ECF stamp's vertical band, other furniture line boxes),
    in the extractor's top-left coordinates."""
    out: dict[int, tuple] = {}
    for line in doc.lines:
        if line.region not in FURNITURE or not line.bbox or not line.page:
            continue
        band, boxes = out.get(line.page, (None, []))
        if line.region == "ecf-stamp":
            top, bottom = line.bbox[1], line.bbox[3]
            band = (min(top, band[0]), max(bottom, band[1])) if band else (top, bottom)
        else:
            boxes.append(line.bbox)
        out[line.page] = (band, boxes)
    return out


def _read_page_content(doc: Document) -> PageContent:
    furniture = _furniture_boxes(doc)
    pdf = pdfium.PdfDocument(doc.source)
    fonts = _Fonts()
    pages = []
    try:
        for index, page in document_pages(pdf, doc):
            if page is None:  # damaged: extraction reported it; nothing on it is known
                size = doc.pages[index]
                pages.append(PageFacts(index + 1, size.width, size.height, 0, 0, 0.0, 0.0, 0.0))
                continue
            band, boxes = furniture.get(index + 1, (None, []))
            facts = _walk_page(page, index + 1, band, boxes, fonts)
            pages.append(_with_extracted_text(doc, facts))
    finally:
        pdf.close()
    return PageContent(tuple(pages), fonts.uses())


def _with_extracted_text(doc: Document, facts: PageFacts) -> PageFacts:
    """Trust the extractor where pdfium's object walk is blind: text in some
    Form XObjects has no bounds in pdfium, yet the extractor's pdfplumber
    fallback read it. Only a page the walk found empty is reconsidered, and
    only the page's own lines (not its furniture) count."""
    if facts.kind != "sparse" or facts.number > len(doc.pages):
        return facts
    own = sum(
        len(line.text) - line.text.count(" ") for line in doc.page_lines(facts.number) if line.region not in FURNITURE
    )
    if own >= MIN_TEXT_CHARS:
        return replace(facts, text_objects=MIN_TEXT_OBJECTS, text_area=TEXT_AREA)
    return facts


class _Fonts:
    """Fonts of visible text, looked up once per pdfium font handle."""

    def __init__(self):
        self._buf = ctypes.create_string_buffer(256)
        self._info: dict[int, tuple[str, bool]] = {}  # handle address -> (name, embedded)
        self._pages: dict[tuple[str, bool], set[int]] = {}

    def note(self, font, number: int) -> None:
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        info = self._info.get(key)
        if info is None:
            raw.FPDFFont_GetBaseFontName(font, self._buf, len(self._buf))
            name = _strip_subset(self._buf.value.decode("latin-1", "replace")) or "(unnamed font)"
            info = self._info[key] = (name, bool(raw.FPDFFont_GetIsEmbedded(font)))
        self._pages.setdefault(info, set()).add(number)

    def uses(self) -> tuple[FontUse, ...]:
        return tuple(FontUse(name, embedded, tuple(sorted(pages))) for (name, embedded), pages in sorted(self._pages.items()))


def _walk_page(page: pdfium.PdfPage, number: int, stamp_band, furniture, fonts: _Fonts) -> PageFacts:
    """One pass over a page's objects (into Form XObjects): text objects and
    the area they cover, visible and invisible, outside the page furniture;
    the largest image; the fonts of visible text outside the CM/ECF stamp.

    The loop is flat and binds its pdfium calls locally: it runs once per
    object, tens of thousands of times on a long filing. Counting stops once
    the page is plainly text; only the font lookup goes on.
    """
    left, bottom, right, top = page.get_mediabox()
    area = max((right - left) * (top - bottom), 1.0)
    bl, bb, br, bt = (ctypes.c_float() for _ in range(4))
    get_type, get_bounds = raw.FPDFPageObj_GetType, raw.FPDFPageObj_GetBounds
    render_mode, get_font = raw.FPDFTextObj_GetTextRenderMode, raw.FPDFTextObj_GetFont
    TEXT, IMAGE, FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM
    INVISIBLE = raw.FPDF_TEXTRENDERMODE_INVISIBLE
    band_top, band_bottom = (stamp_band[0] - 2, stamp_band[1] + 2) if stamp_band else (1.0, -1.0)
    handle = page.raw
    stack = [(raw.FPDFPage_GetObject(handle, i), 0) for i in reversed(range(raw.FPDFPage_CountObjects(handle)))]
    text = ocr = 0
    text_area = ocr_area = cover = 0.0
    counting = True
    while stack:
        obj, depth = stack.pop()
        kind = get_type(obj)
        if kind == TEXT:
            get_bounds(obj, bl, bb, br, bt)
            x0, y0, x1, y1 = bl.value, bb.value, br.value, bt.value
            if band_top <= top - (y0 + y1) / 2 <= band_bottom:
                continue  # the CM/ECF stamp
            invisible = render_mode(obj) == INVISIBLE
            if counting and x1 - x0 > 0.5 and y1 - y0 > 0.5:
                if not (furniture and _in_boxes((x0, y0, x1, y1), (left, top), furniture)):
                    share = (x1 - x0) * (y1 - y0) / area
                    if invisible:
                        ocr += 1
                        ocr_area += share
                    else:
                        text += 1
                        text_area += share
                        counting = text < MIN_TEXT_OBJECTS or text_area < TEXT_AREA
            if not invisible:
                font = get_font(obj)
                if font:
                    fonts.note(font, number)
        elif kind == IMAGE:
            if get_bounds(obj, bl, bb, br, bt):
                cover = max(cover, (br.value - bl.value) * (bt.value - bb.value) / area)
        elif kind == FORM and depth < _MAX_DEPTH:
            n = raw.FPDFFormObj_CountObjects(obj)
            stack.extend((raw.FPDFFormObj_GetObject(obj, j), depth + 1) for j in reversed(range(n)))
    width, height = page.get_size()
    return PageFacts(number, width, height, text, ocr, text_area, ocr_area, min(cover, 1.0))


def _in_boxes(box, origin, boxes) -> bool:
    """True if a text object's centre (PDF coordinates) lies in one of the
    extractor's line boxes (top-left coordinates)."""
    left, top = origin
    cx = (box[0] + box[2]) / 2 - left
    cy = top - (box[1] + box[3]) / 2
    return any(x0 - 2 <= cx <= x1 + 2 and t - 2 <= cy <= b + 2 for x0, t, x1, b in boxes)


def _strip_subset(name: str) -> str:
    """``ABCDEF+TimesNewRoman`` -> ``TimesNewRoman`` (the tag marks a subset)."""
    return name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", name) else name
