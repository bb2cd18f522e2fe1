"""E-filing technical checks on the PDF file itself (what CM/ECF accepts).

One kind, several tests chosen by ``test``; each yields at most one hit for
the whole document (``span`` None), whose args fill the rule's message:

* ``text-layer``: pages that are scans. ``{pages_have}`` ("Pages 3-7 and 12
  have", "Page 5 has"), ``{count}``, ``{total}``, ``{what}`` ("no text layer"
  or "no native text layer (scanned images, OCR text at most)").
* ``page-size``: pages that are not 8.5 x 11 in either orientation.
  ``{pages_are}`` ("Pages 4-5 are 8.27 x 11.69 in (A4)"; several sizes are
  joined with "; ").
* ``file-size``: ``{size_mb}``, ``{max_mb}``.
* ``encryption``: ``{detail}`` (security handler, what is restricted).
* ``javascript``: ``{detail}`` (named scripts, JavaScript and launch actions).
* ``attachments``: ``{detail}`` (embedded file names, pages with attachment icons).
* ``multimedia``: ``{detail}`` (media kinds and their pages).
* ``form-fields``: ``{detail}`` (field counts by kind and their pages).
* ``fonts``: ``{fonts}`` (non-embedded fonts with their pages), ``{count}``.
* ``file-name``: ``{name}``, ``{problems}``.

Params:
    test: Which test (above).
    ocr_ok: text-layer: an invisible OCR layer counts as text (default true).
    pages: text-layer and page-size: ``all`` pages, or the ``main`` document
        only (the pages before the first exhibit slip sheet).
    exempt_last_page: text-layer: a scanned last page (the signed signature
        page both courts let filers scan) is not reported when the rest of the
        document has text (default true).
    partial_severity: text-layer: severity when only some pages are scans and
        the caption page is not (default: the rule's own).
    tolerance_pt: page-size: allowed difference from 612 x 792 pt (default 9,
        1/8 in, for scanners that crop a little).
    max_mb: file-size: the court's cap in megabytes. Over ``max_mb`` x 2^20
        bytes is a hit at the rule's severity; over ``max_mb`` x 10^6 only is
        a warning, because neither court says which megabyte it means.
    allow_fonts: fonts: font families that need not be embedded, matched
        against the base font name without its style and vendor suffixes
        (``TimesNewRomanPS-BoldMT`` is Times New Roman); default: the standard
        PDF fonts and their Windows metric twins, which every reader has.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields

import pypdfium2.raw as raw

from ..extract.pdf_facts import PageFacts, file_facts, page_facts, source_size
from ..findings import Hit, Severity
from ..measure import describe_size, is_letter
from ..model import FURNITURE, Document

NEEDS = frozenset({"pages"})  # the PDF itself: DOCX and text have no file CM/ECF would take

#: Standard PDF font families (always available to a reader, so CM/ECF-era
#: guidance accepts them unembedded) and the Windows fonts with their metrics.
STANDARD_FONTS = ("Times", "Times New Roman", "Arial", "Helvetica", "Courier", "Courier New", "Symbol", "ZapfDingbats")

#: An exhibit slip sheet: a page whose whole text is "EXHIBIT 12", "Tab F", ...
_SLIP = re.compile(r"^\s*(?:exhibit|tab|attachment|appendix|annex)\s*[\w.\-]{1,10}\s*$", re.IGNORECASE)

_TEST_PARAMS = {
    "text-layer": {"ocr_ok", "pages", "exempt_last_page", "partial_severity"},
    "page-size": {"pages", "tolerance_pt"},
    "file-size": {"max_mb"},
    "encryption": set(),
    "javascript": set(),
    "attachments": set(),
    "multimedia": set(),
    "form-fields": set(),
    "fonts": {"allow_fonts"},
    "file-name": set(),
}


@dataclass(frozen=True, kw_only=True)
class Params:
    test: str
    ocr_ok: bool = True
    pages: str = "all"
    exempt_last_page: bool = True
    partial_severity: str | None = None
    tolerance_pt: float = 9.0
    max_mb: float | None = None
    allow_fonts: tuple[str, ...] = STANDARD_FONTS

    def __post_init__(self) -> None:
        if self.test not in _TEST_PARAMS:
            raise ValueError(f"test: unknown test {self.test!r} (known: {', '.join(sorted(_TEST_PARAMS))})")
        # A parameter the chosen test ignores is a mistake in the rule, as an
        # unknown key would be.
        stray = sorted(
            f.name for f in fields(self)
            if f.name != "test" and f.name not in _TEST_PARAMS[self.test] and getattr(self, f.name) != f.default
        )
        if stray:
            raise ValueError(f"{stray[0]}: not a parameter of test {self.test!r}")
        if self.pages not in ("all", "main"):
            raise ValueError(f"pages: must be 'all' or 'main', got {self.pages!r}")
        if self.partial_severity not in (None, *Severity):
            raise ValueError(f"partial_severity: must be error, warning or info, got {self.partial_severity!r}")
        if self.test == "file-size" and not (self.max_mb and self.max_mb > 0):
            raise ValueError("max_mb: the file-size test needs the court's cap in MB")


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if doc.format != "pdf" or doc.source is None:
        return
    yield from _TESTS[params.test](doc, params)


# ---- page content ------------------------------------------------------------


def _text_layer(doc: Document, params: Params) -> Iterator[Hit]:
    pages = _selected(doc, params.pages)
    if not pages:
        return
    bad_kinds = {"image"} if params.ocr_ok else {"image", "ocr"}
    bad = [p.number for p in pages if p.kind in bad_kinds]
    if not bad:
        return
    content = [p for p in pages if p.kind != "sparse"]
    caption_scanned = bool(content) and content[0].number in bad
    if params.exempt_last_page and not caption_scanned and bad[-1] == pages[-1].number:
        bad.pop()  # the signed signature page, which both courts let filers scan
    if not bad:
        return
    whole = caption_scanned or 2 * len(bad) >= len(pages)
    severity = None
    if not whole and params.partial_severity:
        severity = Severity(params.partial_severity)
    what = "no text layer" if params.ocr_ok else "no native text layer (scanned images, OCR text at most)"
    yield Hit(
        None,
        {"pages_have": _pages_verb(bad, "has", "have"), "count": len(bad), "total": len(pages), "what": what},
        severity=severity,
    )


def _page_size(doc: Document, params: Params) -> Iterator[Hit]:
    odd: dict[str, list[int]] = {}
    for page in _selected(doc, params.pages):
        if not is_letter(page.width, page.height, params.tolerance_pt):
            odd.setdefault(describe_size(page.width, page.height), []).append(page.number)
    if odd:
        parts = [f"{_pages_verb(numbers, 'is', 'are')} {size}" for size, numbers in odd.items()]
        yield Hit(None, {"pages_are": "; ".join(parts), "count": sum(map(len, odd.values()))})


def _selected(doc: Document, which: str) -> Sequence[PageFacts]:
    pages = page_facts(doc).pages
    if which == "main":
        end = _first_slip_sheet(doc, pages)
        pages = pages[: end - 1] if end else pages
    return pages


def _first_slip_sheet(doc: Document, pages: Sequence[PageFacts]) -> int | None:
    """The first page after page 1 that is only an exhibit label: the main
    document ends before it (a declaration's exhibits follow its signature)."""
    for page in pages[1:]:
        if page.kind not in ("sparse", "native") or page.number > len(doc.pages):
            continue
        own = " ".join(line.text for line in doc.page_lines(page.number) if line.region not in FURNITURE)
        if _SLIP.match(own):
            return page.number
    return None


def _fonts(doc: Document, params: Params) -> Iterator[Hit]:
    allowed = {_family(a) for a in params.allow_fonts}
    missing = [f for f in page_facts(doc).fonts if not f.embedded and _family(f.name) not in allowed]
    if missing:
        listed = "; ".join(f"{f.name} ({_pages_text(f.pages).lower()})" for f in missing)
        yield Hit(None, {"fonts": listed, "count": len(missing)})


def _family(name: str) -> str:
    """``TimesNewRomanPS-BoldItalicMT`` -> ``timesnewroman``; ``Arial,Bold`` ->
    ``arial``; ``Times-Roman`` -> ``times``; ``ArialNarrow`` stays itself."""
    base = re.split(r"[-,]", name.replace(" ", ""), maxsplit=1)[0]
    return re.sub(r"(?:PSMT|PS|MT)$", "", base).lower()


# ---- file-level facts --------------------------------------------------------------


def _file_size(doc: Document, params: Params) -> Iterator[Hit]:
    size = source_size(doc)
    if size is None:
        return
    binary_cap, decimal_cap = params.max_mb * 2**20, params.max_mb * 10**6
    if size <= decimal_cap:
        return
    severity = None if size > binary_cap else Severity.WARNING
    yield Hit(None, {"size_mb": f"{size / 2**20:.1f}", "max_mb": f"{params.max_mb:g}"}, severity=severity)


_PERMISSIONS = (
    (1 << 2, "printing"),
    (1 << 3, "changes"),
    (1 << 4, "copying text"),
    (1 << 5, "comments"),
    (1 << 8, "form filling"),
    (1 << 11, "assembly"),
)


def _encryption(doc: Document, params: Params) -> Iterator[Hit]:
    facts = file_facts(doc)
    if not facts.encrypted:
        return
    denied = [name for bit, name in _PERMISSIONS if not facts.permissions & bit]
    detail = f"security handler revision {facts.security_revision}"
    detail += f"; restricts {_join(denied)}" if denied else "; no permission is restricted, but CM/ECF rejects any encryption"
    yield Hit(None, {"detail": detail})


def _javascript(doc: Document, params: Params) -> Iterator[Hit]:
    facts = file_facts(doc)
    parts = []
    if facts.scripts:
        parts.append(f"document scripts {_join(repr(s) for s in facts.scripts)}")
    extra = facts.script_actions - len(facts.scripts)
    if extra > 0:
        parts.append(_plural(extra, "JavaScript action"))
    if facts.launch_actions:
        parts.append(_plural(facts.launch_actions, "action") + " that launch another program")
    if parts:
        yield Hit(None, {"detail": "; ".join(parts)})


def _attachments(doc: Document, params: Params) -> Iterator[Hit]:
    facts = file_facts(doc)
    parts = []
    if facts.attachments:
        parts.append(f"embedded {_plural(len(facts.attachments), 'file')}: {_join(facts.attachments)}")
    if facts.attachment_pages:
        parts.append(f"file-attachment annotations on {_pages_text(facts.attachment_pages).lower()}")
    if parts:
        yield Hit(None, {"detail": "; ".join(parts)})


def _multimedia(doc: Document, params: Params) -> Iterator[Hit]:
    by_kind: dict[str, list[int]] = {}
    for page, kind in file_facts(doc).media:
        by_kind.setdefault(kind, []).append(page)
    if by_kind:
        detail = "; ".join(f"{kind} on {_pages_text(pages).lower()}" for kind, pages in by_kind.items())
        yield Hit(None, {"detail": detail})


def _form_fields(doc: Document, params: Params) -> Iterator[Hit]:
    facts = file_facts(doc)
    parts = []
    if facts.form_type in (raw.FORMTYPE_XFA_FULL, raw.FORMTYPE_XFA_FOREGROUND):
        parts.append("an XFA (LiveCycle) form")
    by_kind: dict[str, list[int]] = {}
    for page, kind in facts.fields:
        by_kind.setdefault(kind, []).append(page)
    for kind, pages in by_kind.items():
        parts.append(f"{_plural(len(pages), kind + ' field')} on {_pages_text(pages).lower()}")
    if parts:
        yield Hit(None, {"detail": "; ".join(parts)})


#: Characters the N.D. Cal. page warns about, and others that break uploads.
_BAD_NAME_CHARS = {"(": "parentheses", ")": "parentheses", "#": "'#'", "&": "'&'", "%": "'%'"}


def _file_name(doc: Document, params: Params) -> Iterator[Hit]:
    name = os.path.basename(doc.path)
    stem, _ext = os.path.splitext(name)
    problems = []
    if "." in stem:
        problems.append("periods besides the one before the extension")
    problems.extend(dict.fromkeys(label for ch, label in _BAD_NAME_CHARS.items() if ch in stem))
    if problems:
        yield Hit(None, {"name": name, "problems": _join(problems)})


_TESTS = {
    "text-layer": _text_layer,
    "page-size": _page_size,
    "file-size": _file_size,
    "encryption": _encryption,
    "javascript": _javascript,
    "attachments": _attachments,
    "multimedia": _multimedia,
    "form-fields": _form_fields,
    "fonts": _fonts,
    "file-name": _file_name,
}


# ---- wording ------------------------------------------------------------------------


def _ranges(numbers: Iterable[int]) -> list[str]:
    """[3, 4, 5, 7, 12, 13] -> ["3-5", "7", "12-13"]."""
    out: list[list[int]] = []
    for n in sorted(set(numbers)):
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return [f"{a}-{b}" if a != b else str(a) for a, b in out]


def _pages_text(numbers: Sequence[int]) -> str:
    parts = _ranges(numbers)
    single = len(parts) == 1 and "-" not in parts[0]
    return ("Page " if single else "Pages ") + _join(parts)


def _pages_verb(numbers: Sequence[int], one: str, many: str) -> str:
    text = _pages_text(numbers)
    return f"{text} {one if text.startswith('Page ') else many}"


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
