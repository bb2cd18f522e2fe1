"""Text a PDF only pretends to hide: the lazy view behind the ``redaction`` check.

``redaction_view(doc)`` reopens ``doc.source`` with pypdfium2 and returns every
place where text that a reader cannot see is still in the file:

* ``covered``: under an opaque dark box (a filled path, an image, a dark
  highlight or square annotation), either drawn before the box or drawn after
  it in a colour that does not stand out from it;
* ``redact-annotation``: under a Redact annotation that was never applied;
* ``background``: drawn in a light colour on a background of the same colour;
* ``off-page``: placed outside the CropBox, where no viewer shows it;
* ``hidden-layer``: in optional content (a layer) that is switched off;
* ``form-field``: the value of a text field that is hidden or covered;
* ``revision``: in an earlier revision kept by an incremental update, under a
  box that the last revision draws;
* ``metadata`` / ``outline``: a document-information field, XMP property or
  bookmark that repeats text found under a box.

Why it is built this way (DESIGN.md section 7): the page-object walk is cheap
(paths, images and text objects with their drawing order and colours), so it
runs on every page; character geometry is read only for text objects that
meet a candidate box or look hidden, and a page is rendered only when it has
such candidates. The render is the final arbiter: a char counts as hidden
only when the pixels where it lies are uniform, which rules out boxes that
are clipped away, frames whose bounding box merely surrounds text, and
labels printed in a contrasting colour on top of a box.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..model import BBox
from . import pdfium_addr as addr
from .pdf import document_pages
from .pdf_annots import HIDDEN_FLAGS, page_annotations

__all__ = ["Leak", "RedactionView", "meaningful", "page_texts", "redaction_view"]

Rect = tuple[float, float, float, float]  # PDF user space: (left, bottom, right, top)
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

#: Fill luminance (0 black .. 1 white) at or below which a box counts as dark.
#: Dark grey (#595959) is 0.35; the light greys of table shading are above 0.7.
DARK = 0.35
#: Text at or above this luminance is checked for sitting on a background of its own colour.
LIGHT_TEXT = 0.6
#: Boxes thinner than this (points) are rules, underlines and borders, not redactions.
MIN_BOX_SIDE = 4.0
#: Share of a glyph's ink box a cover must overlap to hide it: a descender
#: sticking out below a tight bar does not make the word readable, but a bar
#: through the middle of a line (a heavy strike-through) leaves it legible.
MIN_OCCLUSION = 0.5
#: Share of the text under a box that must render flat for the box to count as hiding it.
MIN_HIDDEN_SHARE = 0.5
#: Share of a box's width (per line of text under it) that hidden text must fill to be a leak, not a leftover.
MIN_FILL = 0.35
#: Render scale (pixels per point) for confirming that text is not visible;
#: areas larger than a quarter page (a page scan laid over its text) use 1,
#: which still resolves a glyph's strokes and costs a quarter as much.
RENDER_SCALE = 2.0
LARGE_AREA_SCALE = 1.0
#: Largest grey-level spread (0-255) of pixels that still reads as one flat colour.
FLAT = 24
#: Rendered pixels at or below this grey level count as dark.
DARK_PIXEL = 110
#: An image is worth rendering as a possible redaction bar when it is small or
#: compresses like a flat colour; a page scan is neither, and decoding one costs more than the page.
MAX_IMAGE_PIXELS = 400_000
MAX_IMAGE_BYTES_PER_PIXEL = 0.01

_ANNOT_COVER_Z = 1 << 40  # annotations are drawn above all page content


@dataclass(frozen=True, slots=True)
class Leak:
    """One piece of recoverable text that a reader of the page does not see."""

    kind: str  # see the module docstring
    text: str  # the recoverable text, whitespace collapsed
    page: int | None = None  # 1-based
    bbox: BBox | None = None  # (x0, top, x1, bottom), points, top-left origin (the box, or the text)
    cover: str = ""  # what hides it: "black box", "dark image", "a hidden form field", "Title" ...
    detail: str = ""  # extra facts: the revision number, the field name, the phrase metadata repeats
    boxes: tuple[BBox, ...] = ()  # the boxes that make up ``bbox`` when it is a region of several


@dataclass(frozen=True, slots=True)
class RedactionView:
    leaks: tuple[Leak, ...] = ()
    revisions: int = 1  # document versions kept in the file (incremental updates + 1)
    pages_with_boxes: tuple[int, ...] = ()  # pages drawing at least one dark box or redaction mark

    def of_kind(self, kind: str) -> Iterator[Leak]:
        return (leak for leak in self.leaks if leak.kind == kind)


def redaction_view(doc) -> RedactionView:
    """The view for ``doc`` (computed once per document)."""
    return doc.cached("redaction", _compute)


#: What filers and redaction tools print on a box on purpose: overlay text and reason codes.
_LABELS = re.compile(
    r"\b(?:(?:name|text)\s+)?redact(?:ed|ion)s?\b(?:\s+and\s+publicly\s+filed)?"
    r"|\b(?:attorney[\s-]+client\s+)?privileged?\b|\bwork\s+product\b"
    r"|\b(?:highly\s+)?confidential\b|\battorneys?['’]?\s+eyes\s+only\b|\baeo\b"
    r"|\b(?:filed\s+)?under\s+seal\b|\bsealed\b|\bwithheld\b",
    re.I,
)


def meaningful(text: str, min_chars: int = 3) -> bool:
    """Whether recoverable ``text`` tells a reader anything.

    Not: fewer than ``min_chars`` letters and digits (a stray glyph, a
    bullet), one character repeated (the "XXXX" a drafter typed as a
    placeholder), or only the label a tool printed on the box ("Privileged",
    "Redacted").
    """
    rest = [ch.casefold() for ch in _LABELS.sub(" ", text) if ch.isalnum()]
    return len(rest) >= min_chars and len(set(rest)) > 1


# ---- geometry helpers ----------------------------------------------------------


def _luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = rgb
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


def _compose(outer: Matrix, inner: Matrix) -> Matrix:
    """The matrix applying ``inner`` first, then ``outer``."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _transform(m: Matrix, rect: Rect) -> Rect:
    if m == _IDENTITY:
        return rect
    a, b, c, d, e, f = m
    l, bo, r, t = rect
    xs, ys = [], []
    for x, y in ((l, bo), (l, t), (r, bo), (r, t)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (min(xs), min(ys), max(xs), max(ys))


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _area(r: Rect) -> float:
    return max(r[2] - r[0], 0.0) * max(r[3] - r[1], 0.0)


def _contains_point(r: Rect, x: float, y: float, slack: float = 0.5) -> bool:
    return r[0] - slack <= x <= r[2] + slack and r[1] - slack <= y <= r[3] + slack


def _union(rects: Iterable[Rect]) -> Rect:
    rects = list(rects)
    return (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))


def _touching(a: Rect, b: Rect, gap: float = 1.5) -> bool:
    return a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and b[1] - gap <= a[3]


def _clusters(rects: list[Rect]) -> list[list[int]]:
    """Indices of ``rects`` grouped by touching (a paragraph redacted one bar per line is one region)."""
    parent = list(range(len(rects)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(rects)), key=lambda i: rects[i][1])
    for pos, i in enumerate(order):
        for j in order[pos + 1 :]:
            if rects[j][1] > rects[i][3] + 1.5:
                break
            if _touching(rects[i], rects[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rects)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


# ---- page objects ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cover:
    rect: Rect
    z: int
    what: str  # "black box", "dark box", "dark image", "dark highlight", "dark annotation"
    rgb: tuple[int, int, int] | None  # None: unknown (an image)


class _TextObj(NamedTuple):
    """A text object of the page. A named tuple: a page holds hundreds, and every one is read."""

    handle: int  # the pdfium page object's address (valid while its page is open)
    z: int
    rect: Rect
    rgb: tuple[int, int, int]
    invisible: bool  # render mode 3/7: never painted (OCR layers)
    optional: bool  # inside marked optional content (/OC)
    self_hidden: bool  # hidden, or possibly hidden, without any box: light colour, or in a layer


@dataclass(slots=True)
class _PageObjects:
    covers: list[_Cover] = field(default_factory=list)
    redacts: list[Rect] = field(default_factory=list)  # unapplied Redact annotation areas
    texts: list[_TextObj] = field(default_factory=list)
    suspects: list[_TextObj] = field(default_factory=list)  # light, in a layer, or off the page: hidden without a box


# Out-parameters shared by the calls below, and their addresses (see pdfium_addr).
_R, _G, _B, _A = (ctypes.c_uint() for _ in range(4))
_RGBA = tuple(ctypes.addressof(v) for v in (_R, _G, _B, _A))
_L, _BO, _RI, _T = (ctypes.c_float() for _ in range(4))
_LBRT = tuple(ctypes.addressof(v) for v in (_L, _BO, _RI, _T))
_MATRIX = raw.FS_MATRIX()
_MARK_NAME = (ctypes.c_ushort * 64)()
_MARK_LEN = ctypes.c_ulong()


def _fill_color(obj: int) -> tuple[tuple[int, int, int], int] | None:
    if not addr.FPDFPageObj_GetFillColor(obj, *_RGBA):
        return None
    return (_R.value, _G.value, _B.value), _A.value


def _bounds(obj: int) -> Rect:
    addr.FPDFPageObj_GetBounds(obj, *_LBRT)
    return (_L.value, _BO.value, _RI.value, _T.value)


def _matrix(obj: int) -> Matrix:
    m = _MATRIX
    if not addr.FPDFPageObj_GetMatrix(obj, ctypes.addressof(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _in_optional_content(obj: int) -> bool:
    for k in range(addr.FPDFPageObj_CountMarks(obj)):
        mark = addr.FPDFPageObj_GetMark(obj, k)
        # The name "OC" as UTF-16LE with its terminator is 6 bytes; compare code units, no decoding.
        if mark and addr.FPDFPageObjMark_GetName(
            mark, ctypes.addressof(_MARK_NAME), ctypes.sizeof(_MARK_NAME), ctypes.addressof(_MARK_LEN)
        ):
            if _MARK_LEN.value == 6 and _MARK_NAME[0] == 0x4F and _MARK_NAME[1] == 0x43:
                return True
    return False


def _dark_fill(obj: int) -> tuple[str, tuple[int, int, int]] | None:
    """("black box" | "dark box", colour) for an opaque dark filled path (by address), else None."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not addr.FPDFPath_GetDrawMode(obj, ctypes.addressof(fill_mode), ctypes.addressof(stroke)) or fill_mode.value == 0:
        return None  # stroked only: a border or a rule
    color = _fill_color(obj)
    if color is None:
        return None
    rgb, alpha = color
    if alpha < 255 or _luminance(rgb) > DARK:
        return None  # see-through, or a light fill (table shading, white-out on white)
    return ("black box" if max(rgb) < 40 else "dark box"), rgb


def _subpath_boxes(obj: int, m: Matrix) -> list[Rect]:
    """Page-space boxes of the shapes one filled path draws.

    A path may hold several shapes: "re re re f" draws three bars, and a
    pleading-paper border is one path whose bounding box is the whole page.
    Each subpath is boxed on its own, so a frame's box is its bars, not the
    page it surrounds.
    """
    count = addr.FPDFPath_CountSegments(obj)
    if count <= 5:  # one shape (a rectangle is 4-5 segments): its bounds are exact
        return [_transform(m, _bounds(obj))]
    full = _compose(m, _matrix(obj))
    boxes: list[Rect] = []
    xs: list[float] = []
    ys: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.addressof(x), ctypes.addressof(y)
    for i in range(count):
        seg = addr.FPDFPath_GetPathSegment(obj, i)
        if addr.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO and xs:
            boxes.append(_transform(full, (min(xs), min(ys), max(xs), max(ys))))
            xs, ys = [], []
        if addr.FPDFPathSegment_GetPoint(seg, px, py):
            xs.append(x.value)
            ys.append(y.value)
    if xs:
        boxes.append(_transform(full, (min(xs), min(ys), max(xs), max(ys))))
    return boxes


def _maybe_flat_image(obj: int) -> bool:
    """True when the image might be one flat colour (a pasted bar), cheaply, without decoding it."""
    w, h = ctypes.c_uint(), ctypes.c_uint()
    if not addr.FPDFImageObj_GetImagePixelSize(obj, ctypes.addressof(w), ctypes.addressof(h)) or not w.value or not h.value:
        return False
    pixels = w.value * h.value
    if pixels <= MAX_IMAGE_PIXELS:
        return True
    return addr.FPDFImageObj_GetImageDataRaw(obj, None, 0) / pixels <= MAX_IMAGE_BYTES_PER_PIXEL


_INVISIBLE_MODES = frozenset({raw.FPDF_TEXTRENDERMODE_INVISIBLE, raw.FPDF_TEXTRENDERMODE_CLIP})
_STROKE_MODES = frozenset({raw.FPDF_TEXTRENDERMODE_STROKE, raw.FPDF_TEXTRENDERMODE_STROKE_CLIP})


def _walk_objects(page, out: _PageObjects, crop: Rect) -> None:
    """Every object of the page in drawing order, Form XObjects included, in page space.

    This runs on every page of every file, so the text-object branch (by far
    the most common) calls pdfium directly and builds one small record.
    """
    z = 0
    get_type, get_bounds, get_mode = addr.FPDFPageObj_GetType, addr.FPDFPageObj_GetBounds, addr.FPDFTextObj_GetTextRenderMode
    get_fill, get_stroke, count_marks = addr.FPDFPageObj_GetFillColor, addr.FPDFPageObj_GetStrokeColor, addr.FPDFPageObj_CountMarks
    TEXT, PATH, IMAGE, FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM
    pl, pb, pr, pt = _LBRT
    pR, pG, pB, pA = _RGBA
    cl, cb, cr, ct = crop[0] - 1, crop[1] - 1, crop[2] + 1, crop[3] + 1
    new_text, light = tuple.__new__, LIGHT_TEXT * 255  # luminance in 0-255 units, as _luminance computes it

    def walk(container: int, in_form: bool, m: Matrix, optional: bool) -> None:
        nonlocal z
        count = addr.FPDFFormObj_CountObjects(container) if in_form else addr.FPDFPage_CountObjects(container)
        get_object = addr.FPDFFormObj_GetObject if in_form else addr.FPDFPage_GetObject
        texts, suspects = out.texts, out.suspects
        for i in range(count):
            obj = get_object(container, i)
            if not obj:
                continue
            z += 1
            kind = get_type(obj)
            if kind == TEXT:
                get_bounds(obj, pl, pb, pr, pt)
                rect = (_L.value, _BO.value, _RI.value, _T.value)
                if m is not _IDENTITY:
                    rect = _transform(m, rect)
                mode = get_mode(obj)
                (get_stroke if mode in _STROKE_MODES else get_fill)(obj, pR, pG, pB, pA)
                r, g, b = _R.value, _G.value, _B.value
                invisible = mode in _INVISIBLE_MODES
                in_layer = optional or (count_marks(obj) > 0 and _in_optional_content(obj))
                hidden = in_layer or (not invisible and 0.299 * r + 0.587 * g + 0.114 * b >= light)
                text = new_text(_TextObj, (obj, z, rect, (r, g, b), invisible, in_layer, hidden))
                texts.append(text)
                if hidden or not (cl <= rect[0] and cb <= rect[1] and rect[2] <= cr and rect[3] <= ct):
                    suspects.append(text)
            elif kind == PATH:
                dark = _dark_fill(obj)
                if dark:
                    for rect in _subpath_boxes(obj, m):
                        if min(rect[2] - rect[0], rect[3] - rect[1]) >= MIN_BOX_SIDE:
                            out.covers.append(_Cover(rect, z, dark[0], dark[1]))
            elif kind == IMAGE:
                rect = _transform(m, _bounds(obj))
                if min(rect[2] - rect[0], rect[3] - rect[1]) >= MIN_BOX_SIDE and _maybe_flat_image(obj):
                    out.covers.append(_Cover(rect, z, "dark image", None))
            elif kind == FORM:
                # Children's bounds are in the form's space; its matrix takes them to the parent's.
                walk(obj, True, _compose(m, _matrix(obj)), optional or _in_optional_content(obj))

    walk(addr.address(page.raw), False, _IDENTITY, False)


# ---- annotations -------------------------------------------------------------------


def _annot_color(annot, which) -> tuple[int, int, int] | None:
    """The annotation's colour; with an appearance stream (where pdfium will not
    report /C or /IC), the fill of the darkest path the appearance draws."""
    if raw.FPDFAnnot_GetColor(annot, which, _R, _G, _B, _A):
        return (_R.value, _G.value, _B.value)
    fills = []
    for k in range(raw.FPDFAnnot_GetObjectCount(annot)):
        obj = raw.FPDFAnnot_GetObject(annot, k)
        if obj and raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_PATH:
            dark = _dark_fill(addr.address(obj))
            if dark:
                fills.append(dark[1])
    return min(fills, key=_luminance) if fills else None


def _annot_rect(annot) -> Rect | None:
    rect = raw.FS_RECTF()
    if not raw.FPDFAnnot_GetRect(annot, rect):
        return None
    return (min(rect.left, rect.right), min(rect.bottom, rect.top), max(rect.left, rect.right), max(rect.bottom, rect.top))


def _annot_areas(annot) -> list[Rect]:
    """The marked areas of a markup annotation: its QuadPoints, else its Rect."""
    quads = []
    q = raw.FS_QUADPOINTSF()
    for i in range(raw.FPDFAnnot_CountAttachmentPoints(annot)):
        if raw.FPDFAnnot_GetAttachmentPoints(annot, i, q):
            xs, ys = (q.x1, q.x2, q.x3, q.x4), (q.y1, q.y2, q.y3, q.y4)
            quads.append((min(xs), min(ys), max(xs), max(ys)))
    if quads:
        return quads
    rect = _annot_rect(annot)
    return [rect] if rect else []


def _read_annotations(page, out: _PageObjects) -> None:
    for i, annot, subtype in page_annotations(page):
        if subtype == raw.FPDF_ANNOT_REDACT:
            out.redacts.extend(_annot_areas(annot))
            continue
        if raw.FPDFAnnot_GetFlags(annot) & HIDDEN_FLAGS:
            continue
        if subtype == raw.FPDF_ANNOT_HIGHLIGHT:
            rgb, what, areas = _annot_color(annot, raw.FPDFANNOT_COLORTYPE_Color), "dark highlight", _annot_areas(annot)
        elif subtype in (raw.FPDF_ANNOT_SQUARE, raw.FPDF_ANNOT_POLYGON):
            rgb, what = _annot_color(annot, raw.FPDFANNOT_COLORTYPE_InteriorColor), "dark annotation"
            areas = [r for r in [_annot_rect(annot)] if r]
        else:
            continue
        if rgb is None or _luminance(rgb) > DARK:
            continue
        for area in areas:
            if min(area[2] - area[0], area[3] - area[1]) >= MIN_BOX_SIDE:
                out.covers.append(_Cover(area, _ANNOT_COVER_Z + i, what, rgb))


# ---- characters -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Char:
    index: int
    ch: str
    rect: Rect  # the glyph's ink box
    cell: Rect  # the glyph's advance width by the font's line height
    obj: _TextObj
    key: int  # the text object's address


def _chars_of(textpage, wanted: dict[int, _TextObj]) -> list[_Char]:
    """Non-space characters of the wanted text objects (by address), with their glyph boxes."""
    h = textpage.raw
    page_text, text_object = addr.address(h), addr.FPDFText_GetTextObject
    out = []
    l, r, b, t = (ctypes.c_double() for _ in range(4))
    loose = raw.FS_RECTF()
    for i in range(raw.FPDFText_CountChars(h)):
        key = text_object(page_text, i)
        if key not in wanted:
            continue
        code = raw.FPDFText_GetUnicode(h, i)
        ch = "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)
        if ch.isspace() or not ch.isprintable():
            continue
        raw.FPDFText_GetCharBox(h, i, l, r, b, t)
        raw.FPDFText_GetLooseCharBox(h, i, loose)
        cell = _normalise((loose.left, loose.bottom, loose.right, loose.top))
        rect = (l.value, b.value, r.value, t.value)
        if _area(rect) <= 0.01:
            rect = cell
        hull = (min(rect[0], cell[0]), min(rect[1], cell[1]), max(rect[2], cell[2]), max(rect[3], cell[3]))
        out.append(_Char(i, ch, rect, hull, wanted[key], key))
    return out


def _may_hide(cover: _Cover, text: _TextObj) -> bool:
    """Whether ``cover`` would hide ``text`` where they overlap, going by drawing order and colour."""
    if text.z < cover.z:
        return True
    # Drawn on top: hidden only when it does not stand out from the box (black on
    # black). Invisible text on top is an OCR layer read from what the box left
    # visible, so it cannot hold what the box hides.
    if cover.rgb is None or text.invisible:
        return False
    return abs(_luminance(text.rgb) - _luminance(cover.rgb)) < 0.2


def _hides(cover: _Cover, char: _Char) -> bool:
    """Whether ``cover`` hides ``char`` (a cover that may hide its text object), going by geometry."""
    return _overlap(cover.rect, char.rect) >= MIN_OCCLUSION * max(_area(char.rect), 0.01)


class _Raster:
    """A grayscale render of (part of) one page, asked whether a region is one flat colour.

    Only the area holding the candidates is rendered: the cost of a render
    grows with its pixels, and a page scan rendered whole costs 50x more than
    the strip of it under a box.
    """

    def __init__(self, page, area: Rect):
        crop = (0.0, 0.0, 0.0, 0.0)
        width, height = page.get_size()
        scale = LARGE_AREA_SCALE if _area(area) > 0.25 * width * height else RENDER_SCALE
        if page.get_rotation() == 0:  # crop margins are in the rotated view; keep it simple when rotated
            cl, cb, cr, ct = _normalise(page.get_cropbox())
            crop = (max(area[0] - 2 - cl, 0), max(area[1] - 2 - cb, 0), max(cr - area[2] - 2, 0), max(ct - area[3] - 2, 0))
        self._bitmap = page.render(
            scale=scale, crop=crop, grayscale=True, draw_annots=True, may_draw_forms=True
        )
        self._conv = self._bitmap.get_posconv(page)
        self._buf = memoryview(self._bitmap.buffer).cast("B")
        self._stride = self._bitmap.stride
        self._w, self._h = self._bitmap.width, self._bitmap.height

    def levels(self, rect: Rect) -> tuple[int, int] | None:
        """(darkest, lightest) grey level inside ``rect`` (PDF space), inset by a pixel."""
        x0, y0 = self._conv.to_bitmap(rect[0], rect[1])
        x1, y1 = self._conv.to_bitmap(rect[2], rect[3])
        left, right = max(int(min(x0, x1)) + 1, 0), min(int(max(x0, x1)) - 1, self._w)
        top, bottom = max(int(min(y0, y1)) + 1, 0), min(int(max(y0, y1)) - 1, self._h)
        if right <= left or bottom <= top:
            return None
        buf, stride = self._buf, self._stride
        pixels = b"".join(buf[y * stride + left : y * stride + right] for y in range(top, bottom))
        return min(pixels), max(pixels)

    def flat(self, rect: Rect, *, dark: bool) -> bool:
        levels = self.levels(rect)
        if levels is None:
            return False  # too small to tell: do not claim a leak
        lo, hi = levels
        return hi - lo <= FLAT and (not dark or hi <= DARK_PIXEL)

    def close(self) -> None:
        self._bitmap.close()


def _clip(a: Rect, b: Rect) -> Rect:
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


# ---- one page -------------------------------------------------------------------------------


class _Page:
    """The hidden-text analysis of one page."""

    def __init__(self, page, number: int):
        self.page = page
        self.number = number
        left, bottom, right, top = page.get_mediabox()
        self.origin = (left, top)
        self.crop = _normalise(page.get_cropbox())
        self.objects = _PageObjects()
        _walk_objects(page, self.objects, self.crop)
        _read_annotations(page, self.objects)

    def to_bbox(self, rect: Rect) -> BBox:
        ox, oy = self.origin
        return (rect[0] - ox, oy - rect[3], rect[2] - ox, oy - rect[1])

    def marks(self) -> list[Rect]:
        return [c.rect for c in self.objects.covers if c.what != "dark image"] + list(self.objects.redacts)

    def _wanted(self) -> tuple[dict[int, _TextObj], dict[int, list[_Cover]]]:
        """Text objects worth reading char by char (by address), and the covers that may hide each.

        Wanted: text under a cover that would hide it (drawn before it, or
        drawn over it in its own colour), under a Redact mark, light text,
        text in a layer, and text reaching outside the visible page.
        """
        covers = sorted(self.objects.covers, key=lambda c: -c.z)  # topmost first
        near = _Band([c.rect for c in covers] + self.objects.redacts)
        crop = self.crop
        texts: dict[int, _TextObj] = {}
        hiding: dict[int, list[_Cover]] = {}
        # Without boxes or Redact marks on the page, only text hidden on its own can matter.
        for obj in self.objects.texts if near.rects else self.objects.suspects:
            rect = obj.rect
            meets_mark = near.meets(rect)
            off_page = not _inside(rect, crop)
            if not (meets_mark or off_page or obj.self_hidden):
                continue
            candidates = [c for c in covers if _overlap(rect, c.rect) > 0 and _may_hide(c, obj)] if meets_mark else []
            if candidates or off_page or obj.self_hidden or (meets_mark and self.objects.redacts):
                key = obj.handle
                texts[key] = obj
                hiding[key] = candidates
        return texts, hiding

    def analyse(self) -> list[Leak]:
        wanted, hiding = self._wanted()
        if not wanted:
            return []
        textpage = self.page.get_textpage()
        try:
            chars = _chars_of(textpage, wanted)
        finally:
            textpage.close()
        covered: dict[int, list[tuple[_Char, _Cover]]] = {}
        redacted: list[_Char] = []
        offpage: list[_Char] = []
        coloured: list[_Char] = []
        layered: list[_Char] = []
        for char in chars:
            cx, cy = (char.rect[0] + char.rect[2]) / 2, (char.rect[1] + char.rect[3]) / 2
            if any(_contains_point(r, cx, cy) for r in self.objects.redacts):
                redacted.append(char)
            elif not _contains_point(self.crop, cx, cy, slack=1.0):
                offpage.append(char)
            elif (cover := next((c for c in hiding[char.key] if _hides(c, char)), None)) is not None:
                covered.setdefault(id(cover), []).append((char, cover))
            elif char.obj.optional:
                layered.append(char)
            elif char.obj.self_hidden:
                coloured.append(char)
        leaks = [self._leak("redact-annotation", run, "unapplied Redact annotation") for run in _runs(redacted)]
        leaks += [self._leak("off-page", run, "outside the visible page (CropBox)") for run in _runs(offpage)]
        if covered or coloured or layered:
            area = _union(
                [_clip(c.cell, cov.rect) for pairs in covered.values() for c, cov in pairs]
                + [c.cell for c in coloured + layered]
            )
            raster = _Raster(self.page, area)
            try:
                leaks += self._covered(covered, raster)
                flat_coloured = [c for c in coloured if raster.flat(c.cell, dark=False)]
                leaks += [self._leak("background", run, "text in the background colour") for run in _runs(flat_coloured)]
                flat_layered = [c for c in layered if raster.flat(c.cell, dark=False)]
                leaks += [self._leak("hidden-layer", run, "a layer that is switched off") for run in _runs(flat_layered)]
            finally:
                raster.close()
        return leaks

    def _covered(self, covered: dict[int, list[tuple[_Char, _Cover]]], raster: _Raster) -> list[Leak]:
        hidden: list[tuple[_Char, _Cover]] = []
        for pairs in covered.values():
            flat = _flat_under(pairs, raster)
            hidden.extend((char, pairs[0][1]) for char in flat)
        if not hidden:
            return []
        # Group by region of touching boxes, so a paragraph redacted line by line reads as one leak.
        # Every dark box takes part, so a form row blacked out with two bars is one region.
        rects = list({c.rect: None for c in self.objects.covers if c.what != "dark image"} | {c.rect: None for _, c in hidden})
        region_of = {}
        for group in _clusters(rects):
            region = _union(rects[i] for i in group)
            for i in group:
                region_of[rects[i]] = region
        by_region: dict[Rect, list[tuple[_Char, _Cover]]] = {}
        for char, cover in hidden:
            by_region.setdefault(region_of[cover.rect], []).append((char, cover))
        leaks = []
        for region, pairs in by_region.items():
            chars = sorted((c for c, _ in pairs), key=lambda c: c.index)
            if _is_form_caption(chars, region) or _is_leftover(chars, region):
                continue
            what = _cover_words({cov.what for _, cov in pairs})
            boxes = tuple(self.to_bbox(r) for r in dict.fromkeys(cov.rect for _, cov in pairs))
            leaks.append(Leak("covered", _join(chars), self.number, self.to_bbox(region), what, boxes=boxes))
        return leaks

    def _leak(self, kind: str, chars: list[_Char], cover: str) -> Leak:
        return Leak(kind, _join(chars), self.number, self.to_bbox(_union(c.rect for c in chars)), cover)


class _Band:
    """Rectangles indexed by their bottom edge, for "does this box meet any of them" on a busy page."""

    def __init__(self, rects: list[Rect]):
        self.rects = sorted(rects, key=lambda r: r[1])
        self._bottoms = [r[1] for r in self.rects]
        self._tallest = max((r[3] - r[1] for r in self.rects), default=0.0)

    def meets(self, rect: Rect) -> bool:
        if not self.rects:
            return False
        lo = bisect.bisect_left(self._bottoms, rect[1] - self._tallest)
        hi = bisect.bisect_right(self._bottoms, rect[3])
        return any(_overlap(rect, r) > 0 for r in self.rects[lo:hi])


def _flat_under(pairs: list[tuple[_Char, _Cover]], raster: _Raster) -> list[_Char]:
    """The chars under one cover that render as the cover's flat colour, or [] if the cover hides nothing.

    A real box hides everything under it; where most of the text shows
    through, the "box" is a picture or a frame, and the few flat spots are
    chance (dark patches of a scan). Checking stops early once that is clear.
    """
    cover = pairs[0][1]
    flat = []
    for checked, (char, _) in enumerate(pairs, start=1):
        if raster.flat(_clip(char.cell, cover.rect), dark=True):
            flat.append(char)
        elif checked >= 20 and len(flat) < MIN_HIDDEN_SHARE * checked:
            return []
    return flat if len(flat) >= MIN_HIDDEN_SHARE * len(pairs) else []


def _normalise(rect: tuple[float, float, float, float]) -> Rect:
    l, b, r, t = rect
    return (min(l, r), min(b, t), max(l, r), max(b, t))


def _inside(inner: Rect, outer: Rect, slack: float = 1.0) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _cover_words(kinds: set[str]) -> str:
    order = ["black box", "dark box", "dark image", "dark highlight", "dark annotation"]
    return " and ".join(k for k in order if k in kinds) or "box"


def _join(chars: list[_Char]) -> str:
    """The chars as text, a space wherever characters in between were skipped (spaces, line ends)."""
    parts = []
    prev = None
    for c in chars:
        if prev is not None and c.index != prev + 1:
            parts.append(" ")
        parts.append(c.ch)
        prev = c.index
    return " ".join("".join(parts).split())


def _runs(chars: list[_Char]) -> list[list[_Char]]:
    """Chars split where the text between them has more than whitespace (separate places on the page)."""
    chars = sorted(chars, key=lambda c: c.index)
    runs: list[list[_Char]] = []
    for c in chars:
        if runs and c.index - runs[-1][-1].index <= 3 and c.obj.z - runs[-1][-1].obj.z <= 2:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _lines(chars: list[_Char]) -> list[list[_Char]]:
    """Chars grouped into visual lines by their vertical centre."""
    lines: list[list[_Char]] = []
    for c in sorted(chars, key=lambda c: -(c.cell[1] + c.cell[3])):
        mid = (c.cell[1] + c.cell[3]) / 2
        if lines:
            last = lines[-1][0]
            if abs((last.cell[1] + last.cell[3]) / 2 - mid) <= 0.5 * (last.cell[3] - last.cell[1]):
                lines[-1].append(c)
                continue
        lines.append([c])
    return lines


def _is_leftover(chars: list[_Char], region: Rect) -> bool:
    """A few glyphs left behind by a redaction that was otherwise applied.

    When redaction software removes the text under a box it can leave a glyph
    or a word fragment at the edge ("the", "ep." in a 270-point bar). Text
    that was never removed fills its box; leftovers fill a sliver of it.
    """
    width = region[2] - region[0]
    if width <= 0:
        return True
    filled = sum(c.cell[2] - c.cell[0] for c in chars)
    return filled < MIN_FILL * width * len(_lines(chars))


def _is_form_caption(chars: list[_Char], region: Rect) -> bool:
    """A printed form caption under a bar that blacks out a whole form row.

    On a filled-in form the filer blacks out the row holding the value; the
    value itself is gone, and the only text under the bar is the row's
    caption ("7. EMAIL ADDRESS FOR ...") in small capitals at its top edge.
    That is boilerplate, not a leak: one line, no lower case, much shorter
    than the bar is tall, and in the bar's top band.
    """
    if any(c.ch.islower() for c in chars):
        return False
    bottoms = [c.rect[1] for c in chars]
    tops = [c.rect[3] for c in chars]
    text_height = max(tops) - min(bottoms)
    line_height = max(c.rect[3] - c.rect[1] for c in chars)
    if text_height > 1.5 * line_height:
        return False  # more than one line
    box_height = region[3] - region[1]
    return text_height <= 0.35 * box_height and min(bottoms) >= region[3] - 0.45 * box_height


# ---- the whole document ----------------------------------------------------------------------


def _compute(doc) -> RedactionView:
    if doc.format != "pdf" or doc.source is None:
        return RedactionView()
    data = doc.source if isinstance(doc.source, bytes) else Path(doc.source).read_bytes()
    pdf = pdfium.PdfDocument(data)
    try:
        has_form = raw.FPDF_GetFormType(pdf.raw) != raw.FORMTYPE_NONE
        if has_form:
            pdf.init_forms()
        leaks: list[Leak] = []
        marks: dict[int, list[Rect]] = {}
        for index, page in document_pages(pdf, doc):
            if page is None:
                continue  # damaged: extraction reported it
            analysis = _Page(page, index + 1)
            leaks.extend(analysis.analyse())
            page_marks = analysis.marks()
            if page_marks:
                marks[index] = page_marks
            if has_form:
                leaks.extend(_form_field_leaks(pdf, page, index + 1, analysis))
        leaks = _drop_box_stamps(leaks)
        revisions = _revision_ends(data)
        if len(revisions) > 1 and marks:
            leaks.extend(_revision_leaks(data, revisions, marks, pdf))
        secrets = [
            leak.text
            for leak in leaks
            if leak.kind in ("covered", "redact-annotation", "revision") and meaningful(leak.text)
        ]
        if secrets:
            visible = _norm(doc.text if "text" in doc.features else " ".join(page_texts(doc)))
            leaks.extend(_metadata_leaks(pdf, data, secrets, visible))
            leaks.extend(_outline_leaks(pdf, secrets, visible))
        return RedactionView(tuple(leaks), len(revisions) or 1, tuple(sorted(i + 1 for i in marks)))
    finally:
        pdf.close()


def page_texts(doc) -> tuple[str, ...]:
    """Every page's text as pdfium reads it, in page order (computed once per document).

    For a preview, whose Document holds the text of its first pages only.
    """
    return doc.cached("page-texts", _read_page_texts)


def _read_page_texts(doc) -> tuple[str, ...]:
    if doc.format != "pdf" or doc.source is None:
        return ()
    pdf = pdfium.PdfDocument(doc.source)
    try:
        texts = []
        for _index, page in document_pages(pdf, doc):
            if page is None:
                texts.append("")
                continue
            textpage = page.get_textpage()
            try:
                texts.append(textpage.get_text_range())
            finally:
                textpage.close()
        return tuple(texts)
    finally:
        pdf.close()


def _drop_box_stamps(leaks: list[Leak]) -> list[Leak]:
    """Leaks minus the stamp a redaction tool prints in every box (the same date under each of them).

    Content differs from box to box; a tool's overlay is one string repeated.
    """
    covered = [_norm(leak.text) for leak in leaks if leak.kind == "covered" and meaningful(leak.text)]
    if len(covered) < 3:
        return leaks
    stamp = min(covered, key=len)
    if all(text.split() == stamp.split() * (len(text.split()) // len(stamp.split())) for text in covered):
        return [leak for leak in leaks if leak.kind != "covered"]
    return leaks


# ---- form fields ---------------------------------------------------------------------------------

_FIELD_BUF = (ctypes.c_ushort * 4096)()


def _utf16(fn, *args) -> str:
    n = fn(*args, _FIELD_BUF, ctypes.sizeof(_FIELD_BUF))
    return bytes(_FIELD_BUF)[: max(n - 2, 0)].decode("utf-16-le", "replace") if n else ""


def _form_field_leaks(pdf, page, number: int, analysis: _Page) -> Iterator[Leak]:
    """Text-field values that nobody sees: hidden widgets, widgets off the page or under a dark annotation."""
    form = pdf.formenv.raw
    dark_annots = [c.rect for c in analysis.objects.covers if c.z >= _ANNOT_COVER_Z] + analysis.objects.redacts
    for _, annot, subtype in page_annotations(page):
        if subtype != raw.FPDF_ANNOT_WIDGET:
            continue
        if raw.FPDFAnnot_GetFormFieldType(form, annot) not in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX):
            continue
        value = " ".join(_utf16(raw.FPDFAnnot_GetFormFieldValue, form, annot).split())
        rect = _annot_rect(annot)
        if not value or rect is None:
            continue
        name = _utf16(raw.FPDFAnnot_GetFormFieldName, form, annot)
        why = _why_field_hidden(annot, rect, analysis.crop, dark_annots)
        if why:
            yield Leak("form-field", value, number, analysis.to_bbox(rect), why, detail=name)


def _why_field_hidden(annot, rect: Rect, crop: Rect, dark_annots: list[Rect]) -> str:
    if raw.FPDFAnnot_GetFlags(annot) & HIDDEN_FLAGS:
        return "a hidden form field"
    if rect[2] - rect[0] < 1 or rect[3] - rect[1] < 1:
        return "a form field with no size"
    if _overlap(rect, crop) <= 0:
        return "a form field outside the visible page"
    if any(_overlap(rect, a) >= 0.8 * _area(rect) for a in dark_annots):
        return "a form field under a redaction mark"
    return ""


# ---- earlier revisions ---------------------------------------------------------------------------

_EOF = re.compile(rb"%%EOF[ \t\f]*(?:\r\n|\r|\n)?")
_OBJ = re.compile(rb"\d+[ \t\r\n]+\d+[ \t\r\n]+obj\b")


def _revision_ends(data: bytes) -> list[int]:
    """Byte offsets where each revision of the file ends (the original, then one per incremental update).

    Two kinds of %%EOF do not end a revision: the one closing a linearized
    file's first-page section, and the one before an update that defines no
    object (Word's hybrid-reference files append an empty "xref 0 0" section).
    """
    ends = [m.end() for m in _EOF.finditer(data)]
    if len(ends) > 1 and b"/Linearized" in data[: min(ends[0], 4096)]:
        ends = ends[1:]
    if ends and data[ends[-1] :].strip():
        ends.append(len(data))  # bytes after the last %%EOF (a truncated update) still load
    return [end for end, nxt in zip(ends, ends[1:]) if _OBJ.search(data, end, nxt)] + ends[-1:]


def _text_under(textpage, rects: list[Rect] | None) -> list[tuple[int, str]]:
    """(char index, char) of the non-space characters whose centre lies in one of ``rects`` (None: all)."""
    h = textpage.raw
    out = []
    l, r, b, t = (ctypes.c_double() for _ in range(4))
    for i in range(raw.FPDFText_CountChars(h)):
        ch = chr(raw.FPDFText_GetUnicode(h, i))
        if ch.isspace():
            continue
        if rects is not None:
            raw.FPDFText_GetCharBox(h, i, l, r, b, t)
            cx, cy = (l.value + r.value) / 2, (b.value + t.value) / 2
            if not any(_contains_point(rect, cx, cy) for rect in rects):
                continue
        out.append((i, ch))
    return out


def _revision_leaks(data: bytes, ends: list[int], marks: dict[int, list[Rect]], final) -> Iterator[Leak]:
    """Text that an earlier revision has where the last one draws a box, and the last one no longer has."""
    reported: set[tuple[int, Rect]] = set()
    texts: dict[int, str] = {}

    def final_text(index: int) -> str:
        if index not in texts:
            texts[index] = _page_text_under(final, index, None)
        return texts[index]

    for number, end in reversed(list(enumerate(ends[:-1], start=1))):
        try:
            old = pdfium.PdfDocument(data[:end])
        except pdfium.PdfiumError:
            continue  # not a loadable revision (a %%EOF inside a stream)
        try:
            for index, rects in marks.items():
                if index >= len(old):
                    continue
                for group in _clusters(rects):
                    region = _union(rects[i] for i in group)
                    if (index, region) in reported:
                        continue
                    before = _page_text_under(old, index, [region])
                    lost = _lost_words(before, final_text(index)) if before else ""
                    if sum(ch.isalnum() for ch in lost) == 0:
                        continue
                    reported.add((index, region))
                    page = final[index]
                    try:
                        ox, oy = page.get_mediabox()[0], page.get_mediabox()[3]
                    finally:
                        page.close()
                    bbox = (region[0] - ox, oy - region[3], region[2] - ox, oy - region[1])
                    yield Leak("revision", lost, index + 1, bbox, "an earlier revision of the file", detail=str(number))
        finally:
            old.close()


def _page_text_under(pdf, index: int, rects: list[Rect] | None) -> str:
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return ""  # a page an earlier revision cannot load has no text to lose
    try:
        textpage = page.get_textpage()
        try:
            chars = _text_under(textpage, rects)
        finally:
            textpage.close()
    finally:
        page.close()
    parts, prev = [], None
    for i, ch in chars:
        if prev is not None and i != prev + 1:
            parts.append(" ")
        parts.append(ch)
        prev = i
    return " ".join("".join(parts).split())


def _lost_words(before: str, after: str) -> str:
    """The words of ``before`` that ``after`` (the final page's text) no longer has, in order."""
    remaining = _norm(after).split()
    lost = []
    for word in before.split():
        key = _norm(word)
        if key and key in remaining:
            remaining.remove(key)
        elif key:
            lost.append(word)
    return " ".join(lost)


# ---- metadata and bookmarks -------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_XMP = re.compile(rb"<x:xmpmeta\b.*?</x:xmpmeta>", re.S)
_XMP_FIELDS = {
    "dc:title": "XMP title",
    "dc:description": "XMP description",
    "dc:subject": "XMP subject",
    "pdf:Keywords": "XMP keywords",
    "dc:creator": "XMP creator",
}
_TAG = re.compile(r"<[^>]+>")


def _norm(text: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", text.casefold()).split())


def revealed(value: str, secrets: list[str], visible: str) -> str | None:
    """The longest redacted phrase ``value`` repeats, if it is a real reveal.

    A phrase counts when it has at least 6 letters or digits and is either
    several words, holds a digit, or is the whole redacted text; and when it
    does not also appear in the document outside the redacted places (then it
    was never secret: a party's name in the caption).
    """
    words = _norm(value).split()
    if not words:
        return None
    best = ""
    for secret in secrets:
        s = _norm(secret).split()
        run = _longest_common_run(words, s)
        phrase = " ".join(run)
        alnum = len(phrase.replace(" ", ""))
        if alnum < 6 or not (len(run) >= 2 or any(ch.isdigit() for ch in phrase) or run == s):
            continue
        hidden_count = sum(_norm(x).count(phrase) for x in secrets)
        if visible.count(phrase) > hidden_count:
            continue
        if len(phrase) > len(best):
            best = phrase
    return best or None


def _as_printed(phrase: str, value: str) -> str:
    """``phrase`` (normalised words) as it is written in ``value``."""
    pattern = r"[^0-9a-z]+".join(re.escape(word) for word in phrase.split())
    m = re.search(pattern, value, re.I)
    return m.group(0) if m else phrase


def _longest_common_run(a: list[str], b: list[str]) -> list[str]:
    best_len, best_end = 0, 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best_len:
                    best_len, best_end = cur[j], i
        prev = cur
    return a[best_end - best_len : best_end]


def _metadata_leaks(pdf, data: bytes, secrets: list[str], visible: str) -> Iterator[Leak]:
    fields: list[tuple[str, str]] = []
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # a damaged Info dictionary: nothing to read
        info = {}
    fields += [(key, value) for key, value in info.items() if key in ("Title", "Subject", "Author", "Keywords")]
    for xmp in _XMP.findall(data):
        text = xmp.decode("utf-8", "replace")
        for tag, label in _XMP_FIELDS.items():
            for m in re.finditer(rf"<{re.escape(tag)}\b[^>]*>(.*?)</{re.escape(tag)}>", text, re.S):
                value = " ".join(_TAG.sub(" ", m.group(1)).split())
                if value:
                    fields.append((label, value))
    for label, value in fields:
        phrase = revealed(value, secrets, visible)
        if phrase:
            yield Leak("metadata", value, None, None, label, detail=_as_printed(phrase, value))


def _outline_leaks(pdf, secrets: list[str], visible: str) -> Iterator[Leak]:
    try:
        items = list(pdf.get_toc(max_depth=15))
    except Exception:  # a broken outline tree: nothing to read
        return
    for item in items:
        title = item.get_title()
        phrase = revealed(title, secrets, visible)
        if phrase:
            dest = item.get_dest()
            index = dest.get_index() if dest is not None else None
            page = index + 1 if index is not None and index >= 0 else None
            yield Leak("outline", title, page, None, "bookmark", detail=_as_printed(phrase, title))
