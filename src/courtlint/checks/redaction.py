"""Flag text that a PDF only pretends to hide.

Reads the lazy redaction view (``extract/redaction_layer.py``): text still
in the file under a dark box, a dark highlight or an image, under a Redact
annotation nobody applied, drawn in the background colour, placed off the
visible page, kept in a layer that is switched off, held in a hidden form
field, kept by an earlier revision of the file, or repeated in the
document's metadata or bookmarks. Each hit names the page and the box and
quotes the recoverable text, so a person can judge it at once.

The document's own claim is checked too: when page 1 or 2 carries a
redacted-version label ("REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED"),
the message says that the public version leaks. ``leak: placeholder``
reports the opposite slip: ``[REDACTED]`` placeholders left in a document
labelled as the sealed, unredacted version.

Params:
    leak: What to report: covered, redact-annotation, background, off-page,
        hidden-layer, form-field, revision, metadata, outline or placeholder.
    min_chars: Letters and digits the recoverable text must have (a stray
        glyph or a bullet left at a box's edge is not a leak).
    max_hits: Report at most this many per document.
    excerpt_chars: Quote at most this many characters of the recoverable text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..extract.redaction_layer import Leak, meaningful, page_texts, redaction_view
from ..findings import Hit
from ..model import Span
from ._params import require_choice

NEEDS = frozenset({"pages"})
#: Reads the PDF itself, and the text of pages 1-2 for the sealing label: a
#: ``--select redaction`` run reads a preview, not a laid-out Document.
PREVIEW = True

LEAKS = (
    "covered",
    "redact-annotation",
    "background",
    "off-page",
    "hidden-layer",
    "form-field",
    "revision",
    "metadata",
    "outline",
    "placeholder",
)


@dataclass(frozen=True, kw_only=True)
class Params:
    leak: str
    min_chars: int = 3
    max_hits: int = 50
    excerpt_chars: int = 80

    def __post_init__(self) -> None:
        require_choice("leak", self.leak, LEAKS)
        if self.min_chars < 1 or self.max_hits < 1 or self.excerpt_chars < 10:
            raise ValueError("min_chars and max_hits must be >= 1 and excerpt_chars >= 10")


def check(doc, params: Params, ctx) -> Iterator[Hit]:
    if doc.format != "pdf":
        return
    claim = sealing_claim(doc)
    if params.leak == "placeholder":
        yield from _placeholders(doc, params, claim)
        return
    count = 0
    for leak in redaction_view(doc).of_kind(params.leak):
        if not meaningful(leak.text, params.min_chars):
            continue
        yield _hit(doc, leak, params, claim)
        count += 1
        if count >= params.max_hits:
            return


def _hit(doc, leak: Leak, params: Params, claim) -> Hit:
    """The hit for one leak: at its words in the text when the page was laid
    out, else at its page and box (a preview); quoting the hidden text either way."""
    args, excerpt = _args(leak, params, claim), shorten(leak.text, params.excerpt_chars)
    if leak.page is not None and leak.page > doc.laid_out_pages:
        return Hit(None, args, excerpt=excerpt, page=leak.page, bbox=leak.bbox)
    return Hit(_span_of(doc, leak), args, excerpt=excerpt)


def _args(leak: Leak, params: Params, claim: tuple[str, str] | None) -> dict:
    claim_note = ""
    if claim and claim[0] == "redacted":
        claim_note = f', although the document is labelled "{claim[1]}"'
    return {
        "page": leak.page if leak.page is not None else "?",
        "box": "(" + ", ".join(f"{v:.0f}" for v in leak.bbox) + ")" if leak.bbox else "",
        "text": shorten(leak.text, params.excerpt_chars),
        "cover": leak.cover,
        "detail": leak.detail,
        "claim": claim_note,
    }


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _span_of(doc, leak: Leak) -> Span | None:
    """The words of ``Document.text`` inside the leak's box, so the finding points at them.

    A box can hold words from several lines with visible words between them
    (two bars on consecutive lines); the span is the longest run of words
    that follow one another in the text, so the excerpt never shows visible
    words as if they were hidden. Falls back to the start of the page (the
    page is what a reader needs), and to no span for leaks without a page
    (metadata).
    """
    if leak.page is None or not 1 <= leak.page <= len(doc.pages):
        return None
    page = doc.pages[leak.page - 1]
    if leak.bbox is not None:
        words = sorted(_words_inside(doc, leak.page, leak.boxes or (leak.bbox,)), key=lambda w: w.span.start)
        runs: list[list] = []
        for word in words:
            if runs and word.span.start - runs[-1][-1].span.end <= 1:
                runs[-1].append(word)
            else:
                runs.append([word])
        if runs:
            best = max(runs, key=lambda run: run[-1].span.end - run[0].span.start)
            return Span(best[0].span.start, best[-1].span.end)
    return Span(page.span.start, page.span.start)


def _words_inside(doc, page: int, boxes) -> Iterator:
    """Words of ``page`` whose centre lies in one of ``boxes`` (top-left coordinates)."""
    for line in doc.page_lines(page):
        for word in line.words:
            if word.bbox is None:
                continue
            cx, cy = (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2
            if any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes):
                yield word


# ---- the document's own claim ------------------------------------------------------

_LETTERS = re.compile(r"[^A-Z]+")
#: Labels of a redacted public version, matched on the line's letters alone
#: (labels print with and without spaces: "REDACTEDVERSIONOFDOCUMENT...").
_REDACTED_LABEL = re.compile(r"(?<!UN)REDACTED(?!VERSIONFILEDAT)")
#: Labels of the sealed version: unredacted, or lodged/filed under seal.
_SEALED_LABEL = re.compile(
    r"UNREDACTED|(?:FILED|LODGED|SUBMITTED)(?:CONDITIONALLY)?UNDERSEAL|REDACTEDVERSIONFILEDAT"
)
#: A label is a short line; a sentence of the body that mentions redaction is not one.
_MAX_LABEL_LETTERS = 80
_MAX_MIXED_CASE_LABEL_LETTERS = 34


def sealing_claim(doc) -> tuple[str, str] | None:
    """("redacted" | "sealed", label as printed) from the first two pages, else None."""
    for number in (1, 2):
        if number > len(doc.pages):
            break
        for line in doc.page_lines(number):
            kind = label_kind(line.text)
            if kind:
                return kind, " ".join(line.text.split())
    return None


def label_kind(text: str) -> str | None:
    """"redacted" for a redacted-version label, "sealed" for a sealed/unredacted one, else None.

    Matched on the line's letters alone, so spacing and punctuation do not
    matter. A label is a line in capitals, or a short one ("(Filed Under
    Seal)"); a sentence of the body that mentions a redacted version, or a
    "[REDACTED] (Dkt. 1637 ...)" placeholder line, is neither. "REDACTED VERSION OF DOCUMENT PROPOSED TO BE FILED UNDER SEAL" is
    the public version although it says "under seal".
    """
    letters = _LETTERS.sub("", text.upper())
    if not letters or len(letters) > _MAX_LABEL_LETTERS:
        return None
    capitals = not any(ch.islower() for ch in text)
    if len(letters) > _MAX_MIXED_CASE_LABEL_LETTERS and not capitals:
        return None
    redacted = bool(_REDACTED_LABEL.search(letters))
    if _SEALED_LABEL.search(letters) and (not redacted or "UNREDACTED" in letters):
        return "sealed"
    if redacted and ("VERSION" in letters or "PUBLIC" in letters or (capitals and letters.startswith("REDACTED"))):
        return "redacted"  # a court's own "REDACTED ORDER" says the same thing
    return None


_PLACEHOLDER = re.compile(r"\[\s*(?:redact(?:ed|ion)|text\s+redacted)\b[^\]\n]{0,40}\]", re.I)


def _placeholders(doc, params: Params, claim) -> Iterator[Hit]:
    if not claim or claim[0] != "sealed":
        return
    count = 0
    for m in _PLACEHOLDER.finditer(doc.text):
        line = doc.line_at(m.start())
        yield Hit(
            Span(m.start(), m.end()),
            {"page": line.page if line else "?", "text": m.group(0), "label": claim[1]},
        )
        count += 1
        if count >= params.max_hits:
            return
    if doc.laid_out_pages == len(doc.pages):
        return
    # Pages a preview did not lay out: their text as pdfium reads it, placed by page.
    for number, text in enumerate(page_texts(doc)[doc.laid_out_pages :], start=doc.laid_out_pages + 1):
        for m in _PLACEHOLDER.finditer(text):
            yield Hit(None, {"page": number, "text": m.group(0), "label": claim[1]}, excerpt=m.group(0), page=number)
            count += 1
            if count >= params.max_hits:
                return
