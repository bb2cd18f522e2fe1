"""pdfium functions re-declared over plain integer addresses, for per-object loops.

pypdfium2's raw bindings type every handle and out-parameter as a ctypes
pointer class. Each call then checks (and, for a return value, builds) a
pointer object, which costs two to three times the C call itself. A loop
over every object of every page (``redaction_layer``) makes hundreds of
thousands of such calls, so it uses these: the same C functions, with every
pointer argument and pointer result declared ``void*``. Handles are ints
(0 for NULL) and out-parameters are passed as ``ctypes.addressof(...)``.

Only functions named in ``NAMES`` are re-declared; call them as
``addr.FPDFPageObj_GetType(obj)``.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as raw

NAMES = (
    "FPDFPage_CountObjects",
    "FPDFPage_GetObject",
    "FPDFFormObj_CountObjects",
    "FPDFFormObj_GetObject",
    "FPDFPageObj_GetType",
    "FPDFPageObj_GetBounds",
    "FPDFPageObj_GetFillColor",
    "FPDFPageObj_GetStrokeColor",
    "FPDFPageObj_GetMatrix",
    "FPDFPageObj_CountMarks",
    "FPDFPageObj_GetMark",
    "FPDFPageObjMark_GetName",
    "FPDFTextObj_GetTextRenderMode",
    "FPDFPath_GetDrawMode",
    "FPDFPath_CountSegments",
    "FPDFPath_GetPathSegment",
    "FPDFPathSegment_GetType",
    "FPDFPathSegment_GetPoint",
    "FPDFImageObj_GetImagePixelSize",
    "FPDFImageObj_GetImageDataRaw",
    "FPDFText_GetTextObject",
)


def _is_pointer(ctype) -> bool:
    return ctype is not None and (issubclass(ctype, (ctypes._Pointer, ctypes.c_void_p, ctypes.c_char_p)))


def _by_address(fn):
    """``fn`` with the same calling convention, its pointer types replaced by ``void*``."""
    clone = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    clone.argtypes = [ctypes.c_void_p if _is_pointer(t) else t for t in fn.argtypes]
    clone.restype = ctypes.c_void_p if _is_pointer(fn.restype) else fn.restype
    return clone


def address(handle) -> int:
    """The address a pypdfium2 handle (a ctypes pointer) holds; 0 for NULL."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


for _name in NAMES:
    globals()[_name] = _by_address(getattr(raw, _name))
del _name
