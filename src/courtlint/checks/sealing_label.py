"""Check the label a court prints on redacted, unredacted and sealed filings.

Filers print sealing labels in many ways (corpus README section 6-7): the
court's wording, brackets and asterisks around it, a "PUBLIC-" prefix, a word
dropped, a plural, all spaces lost ("REDACTEDVERSIONOFDOCUMENT..."), split
over two or three lines, in the top margin, inside the caption's right
column, at line 27-28, or alone on a slip sheet in front of the caption page.
So the search is by words, not by exact text:

* the first page is searched, and the next ``pages`` - 1 pages only behind a
  first page too short to be a caption page (a slip sheet or cover: a body
  page that says only "REDACTED" is a redaction, not a label); for formats
  without pages, the opening lines. Every region is read except the margin
  line numbers; a CM/ECF stamp
  line is searched with the stamp itself cut out, because a label printed on
  the stamp's baseline extracts into it;
* a line (or a column segment of one) is a *label piece* when all its words
  are sealing-label words (REDACTED, VERSION, OF, DOCUMENT, SOUGHT, TO, BE,
  SEALED, ...; run-together words are split back), or when it opens with a
  redacted-version label and goes on ("... EXHIBIT 63 Page 255", "...
  FILED AT ECF NO. 167-1"), or with "FILED UNDER SEAL PURSUANT TO ...";
* adjacent pieces join into one label; a piece that continues a caption title
  ("MOTION TO FILE" / "UNDER SEAL") is not a label, nor is a bare
  "[REDACTED]", which marks a redaction in running text;
* "UNREDACTED" is never a redacted-version label.

A label's *family* is ``unredacted`` (UNREDACTED), ``redacted`` (REDACTED) or
``sealed`` ("[FILED UNDER SEAL]", "(Proposed to Be Filed Under Seal)").
Wordings are compared word by word, ignoring punctuation, plurals and a
missing or extra word (90% similar is the same wording).

Labels set in a font without a Unicode map extract as control characters or
``(cid:NN)`` codes, which are the character codes shifted by a small
constant; such lines are decoded by trying the shifts, and a page whose
unreadable text does not decode into a label makes a would-be "missing
label" finding an info-level "cannot evaluate" instead.

Outcomes a rule can ``report``:

* ``missing``: the document is a redacted version (the context's document
  type is ``redacted_version``, or the text shows at least ``min_markers``
  redaction ``markers`` such as "[REDACTED]") and no label of ``family`` is
  on the searched pages;
* ``wording``: a label of ``family`` is there but does not read as
  ``wording``; ``foreign`` wordings (another court's form) get
  ``foreign_message`` instead;
* ``authority``: a bare "FILED UNDER SEAL" legend names no authority
  ("... PURSUANT TO 31 U.S.C. § 3730(b)(2)").

Message placeholders: ``{label}`` (as printed), ``{wording}``, ``{court}``
(the court whose wording a foreign label uses), ``{pages}``, ``{markers}``
(how many redaction marks), ``{evidence}`` (why the document counts as a
redacted version).

Params:
    family: Which labels the rule is about: redacted, unredacted or sealed.
    wording: The court's own wording of the label.
    foreign: Mapping of another court's wording to that court's name.
    report: Outcomes to report: missing, wording, authority.
    pages: How many pages to search from the first, pages after the first
        only behind a slip sheet (default 2).
    markers: Regular expression for redaction marks in running text.
    min_markers: How many marks make a document a redacted version (default 2).
    foreign_message: Message for a label in a foreign wording.
    unreadable_message: Message when the label cannot be evaluated.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from ..findings import Hit, Severity
from ..model import Document, Line, Span
from ..recognise.ecf_stamp import blank_stamps, looks_like_stamp
from ._params import require_choice
from ._text import AUTHORED, compile_pattern

NEEDS = frozenset({"text"})

FAMILIES = ("redacted", "unredacted", "sealed")
OUTCOMES = ("missing", "wording", "authority")

#: Words a sealing label is made of.
VOCABULARY = frozenset(
    "REDACTED UNREDACTED PUBLIC PUBLICLY FILED VERSION VERSIONS OF DOCUMENT DOCUMENTS S SOUGHT PROPOSED "
    "TO BE UNDER SEAL SEALED CONDITIONALLY LODGED COPY".split()
)
_MARKERS = frozenset({"REDACTED", "UNREDACTED", "SEAL", "SEALED"})
#: Words that cannot end a caption title, so a label-like line after one continues it.
_CONNECTORS = frozenset("TO BE OF AND OR THE FOR FILE FILED UNDER LEAVE WITH IN ITS THEIR A AN".split())
#: Lines without pages (text, DOCX): how many opening lines stand in for "page 1 and 2".
OPENING_LINES = 120
#: Shifts tried when decoding a font without a Unicode map (corpus: 29-31).
SHIFTS = range(26, 35)

_WORD = re.compile(r"[A-Za-z]+")
_CID = re.compile(r"\(cid:(\d+)\)")
_SEGMENT_BREAK = re.compile(r"\s{3,}|\t|(?:^|\s)[)|](?:\s|$)")
_AUTHORITY = re.compile(r"^\W*PURSUANT\s+TO\b", re.I)
_SQUARE = re.compile(r"^\s*\[.*\]\s*$")


@dataclass(frozen=True, slots=True)
class Label:
    """One sealing label found on the searched pages."""

    text: str  # as printed, lines joined with spaces
    core: tuple[str, ...]  # the label's own words, upper case ("REDACTED", "VERSION", ...)
    span: Span
    page: int | None
    family: str
    tail: str = ""  # what follows the label on its last line
    decoded: bool = False  # read through the shifted-code fallback


@dataclass(frozen=True, slots=True)
class LabelScan:
    """What a label search found: the labels, and the pages it could not read."""

    labels: tuple[Label, ...]
    searched: tuple[int, ...]  # page numbers (empty for formats without pages)
    unreadable: tuple[int, ...] = ()  # searched pages with undecodable or no text

    def of(self, family: str) -> tuple[Label, ...]:
        return tuple(label for label in self.labels if label.family == family)


@dataclass(frozen=True, kw_only=True)
class Params:
    family: str = "redacted"
    wording: str = ""
    foreign: Mapping[str, str] = field(default_factory=dict)
    report: tuple[str, ...] = ("missing",)
    pages: int = 2
    markers: str = r"\[\s*(?:(?:HIGHLY\s+)?CONFIDENTIAL\s+(?:INFORMATION\s+|MATERIAL\s+)?)?REDACTED\s*\]|█{3,}|■{3,}"
    min_markers: int = 2
    foreign_message: str = "The sealing label '{label}' is {court}'s wording; this court's is '{wording}'"
    unreadable_message: str = (
        "Cannot evaluate the sealing label: the text of page(s) {pages} is unreadable (no Unicode map or no text layer)"
    )

    def __post_init__(self) -> None:
        require_choice("family", self.family, FAMILIES)
        bad = [r for r in self.report if r not in OUTCOMES]
        if bad or not self.report:
            raise ValueError(f"report: expected some of {', '.join(OUTCOMES)}, got {list(self.report)}")
        if "wording" in self.report and not self.wording:
            raise ValueError("wording: needed to report the wording")
        if not isinstance(self.foreign, Mapping):
            raise ValueError("foreign: expected a mapping of wording to court name")
        if self.pages < 1 or self.min_markers < 1:
            raise ValueError("pages and min_markers must be at least 1")
        object.__setattr__(self, "foreign", MappingProxyType(dict(self.foreign)))
        object.__setattr__(self, "_markers", compile_pattern(self.markers, "markers"))


# ---- the check --------------------------------------------------------------------


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    scan = scan_labels(doc, params.pages)
    mine = scan.of(params.family)
    if "wording" in params.report:
        yield from _wording_hits(mine, params)
    if "authority" in params.report:
        yield from _authority_hits(mine)
    if "missing" in params.report and not mine:
        yield from _missing_hits(doc, scan, params, ctx)


def _wording_hits(labels: Sequence[Label], params: Params) -> Iterator[Hit]:
    """One hit per distinct wording that is not the court's (a label repeated on a page counts once)."""
    own = words_of(params.wording)
    seen: set[tuple[str, ...]] = set()
    for label in labels:
        if same_wording(label.core, own) or label.core in seen:
            continue
        seen.add(label.core)
        args = {"label": label.text, "wording": params.wording, "match": label.text}
        foreign = [(court, similarity(label.core, words_of(text))) for text, court in params.foreign.items()]
        best = max(foreign, key=lambda item: item[1], default=None)
        if best is not None and best[1] >= SAME and best[1] > similarity(label.core, own):
            yield Hit(label.span, {**args, "court": best[0]}, message=params.foreign_message)
        else:
            yield Hit(label.span, args)


def _authority_hits(labels: Sequence[Label]) -> Iterator[Hit]:
    for label in labels:
        if label.core[-3:] != ("FILED", "UNDER", "SEAL") or set(label.core) & {"PROPOSED", "CONDITIONALLY", "LODGED"}:
            continue
        if not _AUTHORITY.search(label.tail):
            yield Hit(label.span, {"label": label.text, "match": label.text})


def _missing_hits(doc: Document, scan: LabelScan, params: Params, ctx) -> Iterator[Hit]:
    """A redacted version without its label: declared by the context, or shown by redaction marks.

    A document that carries the unredacted label is the sealed copy, whatever
    marks it shows, unless the context says it is the redacted one.
    """
    declared = getattr(ctx, "doc_type", None) == "redacted_version"
    marks = len(params._markers.findall(doc.scoped_text(AUTHORED)))
    others = scan.of("unredacted") if params.family == "redacted" else ()
    if not declared and (others or marks < params.min_markers):
        return
    if scan.unreadable:
        unread = ", ".join(str(p) for p in scan.unreadable)
        yield Hit(None, {"pages": unread}, severity=Severity.INFO, message=params.unreadable_message)
        return
    evidence = "the document type is redacted_version" if declared else f"the text shows {marks} redaction marks"
    if others:
        evidence += f"; the only label reads '{others[0].text}'"
    pages = ", ".join(str(p) for p in scan.searched) or "1"
    yield Hit(None, {"pages": pages, "markers": marks, "evidence": evidence, "wording": params.wording})


# ---- wording comparison -------------------------------------------------------------

#: Word-sequence similarity at or above which two wordings are the same label.
SAME = 0.9
_PLURALS = {"DOCUMENTS": "DOCUMENT", "VERSIONS": "VERSION"}


def words_of(text: str) -> tuple[str, ...]:
    return _normal(tuple(w.upper() for w in _WORD.findall(text)))


def _normal(words: Sequence[str]) -> tuple[str, ...]:
    """Plurals folded, and "DOCUMENT(S)" read as one word."""
    out: list[str] = []
    for w in words:
        if w == "S" and out and out[-1] == "DOCUMENT":
            continue
        out.append(_PLURALS.get(w, w))
    return tuple(out)


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    return difflib.SequenceMatcher(a=_normal(a), b=_normal(b), autojunk=False).ratio()


def same_wording(core: Sequence[str], wording: Sequence[str]) -> bool:
    """The label reads as ``wording``: equal, containing it ("PUBLIC-" prefix), or 90% similar."""
    core, wording = _normal(core), _normal(wording)
    if not wording:
        return False
    n = len(wording)
    if any(core[i : i + n] == wording for i in range(len(core) - n + 1)):
        return True
    return similarity(core, wording) >= SAME


def family_of(words: Sequence[str]) -> str | None:
    if "UNREDACTED" in words:
        return "unredacted"
    if "REDACTED" in words:
        return "redacted"
    if "SEAL" in words or "SEALED" in words:
        return "sealed"
    return None


# ---- the search ---------------------------------------------------------------------


def scan_labels(doc: Document, pages: int = 2) -> LabelScan:
    """Sealing labels on the first ``pages`` pages (computed once per document)."""
    return doc.cached(f"sealing-labels:{pages}", lambda d: _scan(d, pages))


@dataclass(slots=True)
class _Piece:
    text: str
    start: int  # offset in Document.text
    end: int
    core: tuple[str, ...]
    tail: str
    line: Line
    index: int  # order on the page
    decoded: bool = False
    complete: bool = True  # every word is a label word (a piece others can join)


def _scan(doc: Document, pages: int) -> LabelScan:
    if not doc.pages:
        lines = [ln for ln in doc.lines[:OPENING_LINES] if ln.region != "line-numbers"]
        return LabelScan(tuple(_labels_in(lines)), ())
    labels: list[Label] = []
    searched, unreadable = [], []
    for page in doc.pages[:pages]:
        if page.number > 1 and _own_chars(doc, 1) >= SLIP_CHARS:
            break  # a caption page carries its own label; the pages after it are the body
        searched.append(page.number)
        lines = [ln for ln in doc.page_lines(page.number) if ln.region != "line-numbers"]
        found = _labels_in(lines)
        labels.extend(found)
        if not found and (not page.has_text or not _own_text(lines) or any(_unreadable(ln.text) for ln in lines)):
            unreadable.append(page.number)
    return LabelScan(tuple(labels), tuple(searched), tuple(unreadable))


#: A first page with less text than this (outside the CM/ECF stamp) can be a slip sheet.
SLIP_CHARS = 400


def _own_chars(doc: Document, number: int) -> int:
    return sum(len(ln.text.strip()) for ln in doc.page_lines(number) if ln.region not in ("ecf-stamp", "line-numbers"))


def _own_text(lines: Sequence[Line]) -> bool:
    """The page has text of its own, not only the CM/ECF stamp."""
    return any(ln.region != "ecf-stamp" and ln.text.strip() for ln in lines)


def _labels_in(lines: Sequence[Line]) -> list[Label]:
    pieces = [p for i, ln in enumerate(lines) for p in _pieces(ln, i)]
    labels = []
    for group in _groups(pieces):
        label = _label(group, lines)
        if label is not None:
            labels.append(label)
    return labels


def _pieces(line: Line, index: int) -> Iterator[_Piece]:
    """Label pieces in one line: each column segment, stamp cut out, decoded if unreadable."""
    text = line.text
    if line.region == "ecf-stamp" or looks_like_stamp(text):
        text = blank_stamps(text)
    for start, segment in _segments(text):
        shown, piece, decoded = segment, _read(segment), False
        if piece is None and _unreadable(segment):
            shown, piece = _decode(segment)
            decoded = True
        if piece is None:
            continue
        core, tail, complete = piece
        s = line.span.start + start
        yield _Piece(shown.strip(), s, s + len(segment), core, tail, line, index, decoded, complete)


def _segments(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each column segment of a line (text copies of captions put columns on one line)."""
    bounds = [0, *(i for m in _SEGMENT_BREAK.finditer(text) for i in m.span()), len(text)]
    for start, end in zip(bounds[::2], bounds[1::2]):
        piece = text[start:end]
        if piece.strip():
            yield start + len(piece) - len(piece.lstrip()), piece.strip()


def _read(segment: str) -> tuple[tuple[str, ...], str, bool] | None:
    """(label words, what follows them, whether the segment is all label words), or None."""
    tokens = [(m.group(0).upper(), m.end()) for m in _WORD.finditer(segment)]
    words: list[str] = []
    end = 0
    for token, token_end in tokens:
        split = _split_run(token)
        if split is None:
            break
        words.extend(split)
        end = token_end
    if not words or (end < len(segment) and _WORD.search(segment[end:]) and len(words) < 2):
        squashed = _split_run("".join(t for t, _ in tokens)) if tokens else None
        if squashed is not None:  # small capitals or lost spaces: "R EDACTED", "DOC UMENTSOUGHT"
            return squashed, "", True
    if not words:
        return None
    tail = segment[end:]
    if not _WORD.search(tail):
        return tuple(words), tail, True
    # A label that runs on: "REDACTED VERSION ... EXHIBIT 63", "FILED UNDER SEAL PURSUANT TO ..."
    if ("REDACTED" in words or "UNREDACTED" in words) and "VERSION" in words:
        return tuple(words), tail, False
    if tuple(words[-3:]) == ("FILED", "UNDER", "SEAL") and _AUTHORITY.search(tail):
        return tuple(words), tail, False
    return None


@cache
def _split_run(token: str) -> tuple[str, ...] | None:
    """A label word, or run-together label words split back ("REDACTEDVERSIONOF")."""
    if token in VOCABULARY:
        return (token,)
    if len(token) < 8 or len(token) > 120:
        return None
    best: dict[int, tuple[str, ...]] = {0: ()}
    for i in range(len(token)):
        if i not in best:
            continue
        for word in VOCABULARY:
            if len(word) > 1 and token.startswith(word, i) and i + len(word) not in best:
                best[i + len(word)] = best[i] + (word,)
    return best.get(len(token))


def _groups(pieces: list[_Piece]) -> Iterator[list[_Piece]]:
    """Runs of adjacent pieces (vertically stacked in one column, or consecutive lines)."""
    group: list[_Piece] = []
    for piece in sorted(pieces, key=_reading_order):
        if group and group[-1].complete and _adjacent(group[-1], piece):
            group.append(piece)
            continue
        if group:
            yield group
        group = [piece]
    if group:
        yield group


def _reading_order(piece: _Piece) -> tuple:
    box = piece.line.bbox
    return (round(box[1]), box[0]) if box else (piece.index, 0)


def _adjacent(a: _Piece, b: _Piece) -> bool:
    if a.line.bbox is None or b.line.bbox is None:
        return b.index == a.index + 1
    (ax0, at, ax1, ab), (bx0, bt, bx1, _) = a.line.bbox, b.line.bbox
    height = max(ab - at, 1.0)
    overlaps = min(ax1, bx1) - max(ax0, bx0) > 0 or abs(ax0 - bx0) < 30
    # Line boxes of tightly set text overlap a little: a negative gap is still adjacent.
    return overlaps and -0.6 * height <= bt - ab < 1.2 * height and bt > at


def _label(group: list[_Piece], lines: Sequence[Line]) -> Label | None:
    core = tuple(w for p in group for w in p.core)
    family = family_of(core)
    if family is None:
        return None
    text = " ".join(p.text for p in group)
    first = group[0]
    if core == ("REDACTED",) and _SQUARE.match(text):
        return None  # "[REDACTED]" marks a redaction; it does not label the document
    if family == "sealed" and not _sealed_label(core, text):
        return None
    if _continues_title(first, lines):
        return None
    return Label(
        text=" ".join(text.split()),
        core=core,
        span=Span(first.start, group[-1].end),
        page=first.line.page,
        family=family,
        tail=group[-1].tail,
        decoded=any(p.decoded for p in group),
    )


def _sealed_label(core: tuple[str, ...], text: str) -> bool:
    """A "sealed" label stands apart: wrapped, or saying more than the end of a title would."""
    t = text.strip()
    if t[:1] in "[(*" or t[-1:] in "])*":
        return True
    return bool({"PROPOSED", "SOUGHT", "CONDITIONALLY", "LODGED", "VERSION"} & set(core)) or core[:1] == ("FILED",)


def _continues_title(first: _Piece, lines: Sequence[Line]) -> bool:
    """The line above, in the same column, ends mid-phrase ("... MOTION TO FILE" / "UNDER SEAL")."""
    above = _line_above(first, lines)
    if above is None:
        return False
    words = _WORD.findall(above.text.upper())
    return bool(words) and words[-1] in _CONNECTORS and not above.text.rstrip().endswith((".", ":", ";", ")", "]"))


def _line_above(piece: _Piece, lines: Sequence[Line]) -> Line | None:
    box = piece.line.bbox
    if box is None:
        i = piece.index - 1
        return lines[i] if i >= 0 and lines[i].text.strip() else None
    height = box[3] - box[1]
    best = None
    for ln in lines:
        if ln.bbox is None or ln is piece.line or ln.region != "body":
            continue  # titles are body text; a stamp or running header above is not one
        x0, top, x1, bottom = ln.bbox
        if -0.6 * height <= box[1] - bottom < 1.2 * height and top < box[1] and min(x1, box[2]) > max(x0, box[0]):
            if best is None or bottom > best.bbox[3]:
                best = ln
    return best


# ---- unreadable text ------------------------------------------------------------------


def _unreadable(text: str) -> bool:
    """Glyphs from a font without a Unicode map: control characters or (cid:NN) codes."""
    if "(cid:" in text:
        return True
    shown = [c for c in text if not c.isspace()]
    controls = sum(1 for c in shown if ord(c) < 32)
    return controls > 0 and controls >= 0.05 * len(shown)


def _decode(segment: str) -> tuple[str, tuple[tuple[str, ...], str, bool] | None]:
    """(the segment decoded, its label reading) when its codes are characters shifted by a constant."""
    codes = [ord(c) for c in _CID.sub(lambda m: chr(int(m.group(1)) % 0x110000), segment)]
    for shift in SHIFTS:
        for keep in ("", "()[]"):  # brackets may come from a font that maps correctly
            text = "".join(
                chr(c + shift) if c + shift <= 0x5A and chr(c) not in keep and c != 0x20 else chr(c) for c in codes
            )
            piece = _read(text.strip())
            if piece is not None and family_of(piece[0]) and len(piece[0]) >= 2:
                return text, piece
    return segment, None
