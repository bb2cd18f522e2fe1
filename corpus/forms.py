"""Render every corpus document in the forms real filings take, for metamorphic tests.

A corpus document (a ``.txt`` in corpus/captions/ or corpus/protective-orders/,
or a sample PDF in corpus/samples/) is read into its parts: counsel block,
court title, caption (left column: parties and roles; right column: case
number, designations, title, hearing details), body and any running footer.
Each ``Form`` renders the parts again, as a pleading-paper PDF with a
``)``-ruled two-column caption, as text with inline pleading numbers, with
the two caption columns merged line by line as extraction does, and so on. A
new corpus document gets every form without any work here, as long as the
reader understands it; ``read`` raises ``Unreadable`` when it does not.

The reader knows the corpus's own layouts, not filings in general: a
``)``-ruled caption closed by a ``____)`` line, or a single-column caption
(parties, then the case number, designations, title and hearing lines), and,
in a few texts, pleading numbers already printed at the start of each line.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pleading import LEFT, RIGHT, RULE_X, Block, write_pleading
from reportlab.lib.utils import simpleSplit

CORPUS = Path(__file__).resolve().parent
LINES_PER_PAGE = 28
COLUMN = 38  # the text captions' left column width, as corpus/captions/make_captions.py prints them


class Unreadable(ValueError):
    """The reader cannot take the document apart; the message says why."""


@dataclass(frozen=True)
class Cell:
    """A right-column line: ``kind`` is 'number', 'designation', 'title', 'hearing' or 'blank'."""

    kind: str
    text: str


@dataclass(frozen=True)
class Parts:
    name: str
    court: str  # "cacd" / "cand", from the court title
    counsel: tuple[str, ...]
    court_title: tuple[str, ...]
    left: tuple[str, ...]  # caption, left column, as printed (blank lines kept)
    right: tuple[Cell, ...]  # caption, right column
    body: tuple[str, ...]
    footer: tuple[str, ...] = ()  # a running footer printed at the end of the text
    ruled: bool = True  # the source prints the caption in two ")"-ruled columns
    source_caption: tuple[str, ...] = ()  # the caption's lines as the source prints them

    @property
    def title(self) -> str:
        return " ".join(c.text for c in self.right if c.kind == "title")

    @property
    def number(self) -> str:
        return " ".join(c.text for c in self.right if c.kind == "number")


# --- reading --------------------------------------------------------------------

_COURT_LINE = re.compile(r"^(UNITED STATES DISTRICT COURT|(NORTHERN|CENTRAL|SOUTHERN|EASTERN) DISTRICT OF "
                         r"CALIFORNIA|[A-Z ]+ DIVISION)$")
_NUMBER = re.compile(r"^(Case )?No\.\s|^Case No\.", re.IGNORECASE)
_HEARING = re.compile(r"^(Hearing )?(Date|Time|Judge|Courtroom|Ctrm|Dept|Place|Discovery Cut-Off|Pretrial "
                      r"Conference|Trial Date)\s*:", re.IGNORECASE)
_DESIGNATION = re.compile(r"^\[(?!PROPOSED\])|^DISCOVERY MATTER$|^\(?[A-Z]{2,4}x?\)$")
_NUMBERED_HEADING = re.compile(r"^(\d+\.|[IVX]+\.|[A-Z]\.)\s+\S")
_INLINE_NUMBER = re.compile(r"^ ?(\d{1,2})(?:  (.*))?$")


def read_text(path: Path) -> Parts:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = _strip_pleading_numbers(lines)
    return _read(path.stem, lines, headings=set())


def read_pdf(path: Path) -> Parts:
    """A sample PDF, read back with courtlint's extraction (it is pleading paper we wrote)."""
    from courtlint import extract

    doc = extract(path)
    body = [ln for ln in doc.lines if ln.region == "body"]
    headings = {i for i, ln in enumerate(body) if ln.bold}
    # The samples' own footers are left behind: the rendered forms print the title there.
    return _read(path.stem, [ln.text for ln in body], headings)


def read(path: Path) -> Parts:
    if path.suffix == ".txt":
        return read_text(path)
    if path.suffix == ".pdf":
        return read_pdf(path)
    raise Unreadable(f"{path.name}: no reader for {path.suffix} files")


def _strip_pleading_numbers(lines: list[str]) -> list[str]:
    """Texts printed with `` 1  TEXT`` numbers, one page of 28 after another, lose them
    (and the blank line between pages); other texts are returned as they are."""
    filled = [ln for ln in lines if ln.strip()]
    numbered = [m for ln in filled if (m := _INLINE_NUMBER.match(ln))]
    if len(numbered) < 0.95 * len(filled):
        return lines
    out = []
    for ln in lines:
        if m := _INLINE_NUMBER.match(ln):
            out.append(m[2] or "")
        elif ln.strip():
            raise Unreadable(f"unnumbered line in a numbered text: {ln!r}")
    return out


def _read(name: str, lines: list[str], headings: set[int]) -> Parts:
    at = next((i for i, ln in enumerate(lines) if ln.strip() == "UNITED STATES DISTRICT COURT"), None)
    if at is None:
        raise Unreadable(f"{name}: no court title")
    counsel = _trim(lines[:at])
    if not counsel:
        raise Unreadable(f"{name}: no counsel block above the court title")
    court_end = at
    while court_end < len(lines) and _COURT_LINE.match(lines[court_end].strip()):
        court_end += 1
    court_title = [ln.rstrip() for ln in lines[at:court_end]]
    district = court_title[1].strip() if len(court_title) > 1 else ""
    court = {"NORTHERN": "cand", "CENTRAL": "cacd"}.get(district.split(" ")[0])
    if court is None:
        raise Unreadable(f"{name}: court not named: {court_title}")
    i = court_end
    while i < len(lines) and not lines[i].strip():
        i += 1
    if _rule_at(lines[i]) is not None:
        left, right, end = _ruled_caption(name, lines, i)
        ruled = True
    else:
        left, right, end = _single_caption(name, lines, i, headings)
        ruled = False
    source_caption = _trim(lines[i:end])
    body = _trim(lines[end:])
    footer: list[str] = []
    rules = [k for k, ln in enumerate(body) if re.fullmatch(r"_{20,}", ln.strip())]
    if rules and len(body) - rules[-1] <= 4:  # a running footer printed after the text
        footer = [ln.strip() for ln in body[rules[-1] + 1:]]
        body = _trim(body[:rules[-1]])
    if not body:
        raise Unreadable(f"{name}: no body after the caption")
    if not any(c.kind == "number" for c in right):
        raise Unreadable(f"{name}: no case number in the caption")
    if not any(c.kind == "title" for c in right):
        raise Unreadable(f"{name}: no title in the caption")
    return Parts(name, court, tuple(counsel), tuple(court_title), tuple(left), tuple(right), tuple(body),
                 tuple(footer), ruled, tuple(source_caption))


def _trim(lines: list[str]) -> list[str]:
    lines = list(lines)
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _ruled_caption(name: str, lines: list[str], i: int) -> tuple[list[str], list[Cell], int]:
    left: list[str] = []
    texts: list[str] = []
    while i < len(lines):
        line = lines[i]
        if re.fullmatch(r"_+\)", line.strip()):
            return left, _cells(texts), i + 1
        at = _rule_at(line)
        if at is None:
            raise Unreadable(f"{name}: caption line without a ')' rule: {line!r}")
        left.append(line[:at].rstrip())  # the roles' indentation kept
        texts.append(line[at + 1:].strip())
        i += 1
    raise Unreadable(f"{name}: the ')'-ruled caption is not closed by a '____)' line")


def _rule_at(line: str) -> int | None:
    """Where the caption's ')' rule is: at the column edge, followed by spaces or nothing
    (the right column's own parentheses are not)."""
    for m in re.finditer(r"\)", line):
        if m.start() >= COLUMN - 8 and line[m.start() + 1:m.start() + 4] in ("", "   "):
            return m.start()
    return None


def _cells(texts: list[str]) -> list[Cell]:
    """Kinds for the right column's lines: the case number (and a designation wrapped
    under it), bracketed designations, hearing details, and the title between them."""
    cells: list[Cell] = []
    bracket = False
    for text in texts:
        previous = cells[-1].kind if cells else None
        if not text:
            kind = "blank"
        elif _NUMBER.match(text):
            kind = "number"
        elif previous == "number" and re.fullmatch(r"\([A-Z]{2,4}x?\)", text):
            kind = "number"  # "(DMR)" pushed onto the next line by a narrow column
        elif bracket or _DESIGNATION.match(text):
            kind = "designation"
            bracket = text.startswith("[") and "]" not in text or (bracket and "]" not in text)
        elif _HEARING.match(text) or previous == "hearing":
            kind = "hearing"
        else:
            kind = "title"
        cells.append(Cell(kind, text))
    return cells


def _single_caption(name: str, lines: list[str], i: int, headings: set[int]) -> tuple[list[str], list[Cell], int]:
    left: list[str] = []
    while i < len(lines) and not _NUMBER.match(lines[i].strip()):
        if lines[i].strip():
            left.append(lines[i].strip())
        i += 1
    if i == len(lines) or not left:
        raise Unreadable(f"{name}: single-column caption without parties and a case number")
    texts = [lines[i].strip()]
    i += 1
    seen_title = False
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            if seen_title:
                break
            i += 1
            continue
        if i in headings or _NUMBERED_HEADING.match(text):
            break
        kind = _cells(texts + [text])[-1].kind
        if kind == "title" and (text.upper() != text or (seen_title and _cells(texts)[-1].kind != "title")):
            break  # body text, or a heading after the caption's designations and hearing lines
        seen_title |= kind == "title"
        texts.append(text)
        i += 1
    return left, _cells(texts), i


# --- the two-column caption ------------------------------------------------------

def _wrap(texts, width: int) -> list[str]:
    out: list[str] = []
    for text in texts:
        out.extend(textwrap.wrap(text, width) or [""])
    return out


def columns(parts: Parts, width: int = COLUMN - 2) -> tuple[list[str], list[Cell]]:
    """Left and right column lines for a two-column caption. A ruled source keeps its
    own lines; a single-column one is wrapped into columns, the title set apart."""
    if parts.ruled:
        return list(parts.left), list(parts.right)
    left = _wrap(parts.left, width)
    right: list[Cell] = []
    for cell in parts.right:
        if cell.kind in ("title", "hearing") and right and right[-1].kind != cell.kind:
            right.append(Cell("blank", ""))
        right.extend(Cell(cell.kind, t) for t in _wrap([cell.text], width))
    return left, right


def _rows(left: list[str], right: list[Cell]) -> list[tuple[str, Cell]]:
    n = max(len(left), len(right))
    return [(left[k] if k < len(left) else "", right[k] if k < len(right) else Cell("blank", "")) for k in range(n)]


def caption_text(parts: Parts, style: str) -> list[str]:
    """The caption as text: 'source' (as the corpus prints it), 'ruled' (two columns and
    a ')' rule), 'merged' (the rule gone, columns apart), 'tight' (one space between),
    'wrapped' (tight, with the case number's trailing designation pushed onto the next
    line beside the left column)."""
    if style == "source":
        return list(parts.source_caption)
    left, right = columns(parts)
    if style == "wrapped":
        right = _wrap_designation(right)
    rows = _rows(left, right)
    if style == "ruled":
        out = [f"{a:<{COLUMN}})   {b.text}".rstrip() for a, b in rows]
        return out + ["_" * COLUMN + ")"]
    if style == "merged":
        return [(f"{a:<{COLUMN}}    {b.text}" if b.text else a).rstrip() for a, b in rows]
    if style in ("tight", "wrapped"):
        return [" ".join(t for t in (a.strip(), b.text) if t) for a, b in rows]
    raise ValueError(style)


_TRAILING_DESIGNATION = re.compile(r"^(?P<number>.*\S)\s+(?P<des>\([A-Z]{2,4}x?\))$")


def _wrap_designation(right: list[Cell]) -> list[Cell]:
    at = next(k for k, c in enumerate(right) if c.kind == "number")
    m = _TRAILING_DESIGNATION.match(right[at].text)
    if not m:
        return right
    out = right[:at] + [Cell("number", m["number"]), Cell("number", m["des"])]
    rest = right[at + 1:]
    if rest and rest[0].kind == "blank":
        rest = rest[1:]  # the designation takes the blank line under the number
    return out + rest


def wraps_designation(parts: Parts) -> bool:
    return any(c.kind == "number" and _TRAILING_DESIGNATION.match(c.text) for c in parts.right)


# --- text forms -------------------------------------------------------------------

def text_lines(parts: Parts, caption: str = "source") -> list[str]:
    cap = caption_text(parts, caption)
    out = list(parts.counsel) + [""] + list(parts.court_title) + [""] + cap + [""] + list(parts.body)
    if parts.footer:
        out += ["", "_" * 75] + list(parts.footer)
    return out


def pages_of(lines: list[str]) -> list[list[str]]:
    return [lines[k:k + LINES_PER_PAGE] for k in range(0, len(lines), LINES_PER_PAGE)] or [[]]


def joined(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def inline_numbers(parts: Parts) -> str:
    """``19 B. GOOD CAUSE STATEMENT``: one space after the number, 1-28 on each page."""
    out = []
    for page in pages_of(text_lines(parts)):
        out += [f"{n} {line}".rstrip() for n, line in enumerate(page, start=1)]
    return joined(out)


_CASE = re.compile(r"(?:(?P<office>\d):)?(?:CV |C )?(?P<year>\d\d)-(?:cv-)?(?P<seq>\d{5})[- ]?(?P<judge>[A-Z]{2,4})?")


def ecf_case_number(parts: Parts) -> str:
    """The case number as CM/ECF stamps it (``2:23-cv-08841-MWF``), from the caption's,
    however that prints it; an old-style number gets the court's main office digit."""
    m = _CASE.search(parts.number)
    if not m:
        raise Unreadable(f"{parts.name}: case number {parts.number!r} not understood")
    office = m["office"] or {"cacd": "2", "cand": "3"}[parts.court]
    return f"{office}:{m['year']}-cv-{m['seq']}" + (f"-{m['judge']}" if m["judge"] else "")


def ecf_stamp_line(parts: Parts, page: int, pages: int) -> str:
    stamp = f"Case {ecf_case_number(parts)} Document 45 Filed 06/01/25 Page {page} of {pages}"
    return stamp + (f" Page ID #:{1200 + page}" if parts.court == "cacd" else "")


def ecf_stamped(parts: Parts) -> str:
    pages = pages_of(text_lines(parts))
    out = []
    for n, page in enumerate(pages, start=1):
        out += [ecf_stamp_line(parts, n, len(pages))] + page
    return joined(out)


def running_footer(parts: Parts) -> str:
    """The title repeated under every page, as a running footer prints it."""
    pages = pages_of(text_lines(parts))
    out = []
    for n, page in enumerate(pages, start=1):
        out += page + [""] * (LINES_PER_PAGE - len(page)) + [f"{n}", short_title(parts)]
    return joined(out)


def short_title(parts: Parts) -> str:
    return " ".join(parts.title.split())


def _split_point(body: list[str]) -> tuple[int, int] | None:
    """(line, column) in the middle of the first body sentence of at least ten words."""
    for k, line in enumerate(body):
        words = list(re.finditer(r"\S+", line))
        if len(words) >= 10 and line[:1].strip() and not line.isupper():
            return k, words[len(words) // 2].start()
    return None


def page_break(parts: Parts) -> str:
    """A page ends in the middle of a sentence of the body: page number and footer title
    there, then a form feed, the sentence going on at the top of the next page."""
    k, col = _split_point(list(parts.body))
    head = text_lines(replace(parts, body=parts.body[:k + 1], footer=()))
    head[-1] = head[-1][:col].rstrip()
    tail = [parts.body[k][col:]] + list(parts.body[k + 1:])
    if parts.footer:
        tail += ["_" * 75] + list(parts.footer)
    return joined(head + ["", "1", short_title(parts), "\f" + tail[0]] + tail[1:])


def can_break(parts: Parts) -> bool:
    return _split_point(list(parts.body)) is not None


_QUOTED = re.compile(r'"([^"\n]*)"')


def curly_quotes(text: str) -> str:
    text = _QUOTED.sub("\u201c\\1\u201d", text)
    return re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)


_CASE_IN_TEXT = re.compile(r"\b(?:\d:)?\d\d-(?:cv|CV)-\d{5}(?:-[A-Z]{2,4}(?:-[A-Z]{2,4}x?)?)?")


def nb_hyphens(text: str) -> str:
    """U+2011 for the hyphens inside words (``THIRD-PARTY``)."""
    return re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "\u2011", text)


def nb_hyphens_case(text: str) -> str:
    """U+2011 for the hyphens of case numbers (``2:22\u2011cv\u201106120\u2011WHO``)."""
    return _CASE_IN_TEXT.sub(lambda m: m[0].replace("-", "\u2011"), text)


def soft_hyphens(text: str) -> str:
    """A soft hyphen in the middle of every long word, as word processors leave them."""
    return re.sub(r"\b([A-Za-z]{5})([a-z]{5,})\b", "\\1\u00ad\\2", text)


def soft_hyphens_case(text: str) -> str:
    """A soft hyphen inside the sequence number of case numbers (``06\u00ad120``)."""
    return _CASE_IN_TEXT.sub(lambda m: re.sub(r"(-\d\d)(\d{3})", "\\1\u00ad\\2", m[0], count=1), text)


# --- PDF forms --------------------------------------------------------------------

def _pdf_caption(parts: Parts, size: float, title: bool) -> list[Block]:
    width_left = RULE_X - LEFT - 8
    width_right = RIGHT - RULE_X - 14
    if parts.ruled:  # keep the source's lines where they fit, wrap where they do not
        left = [ln for text in parts.left for ln in (simpleSplit(text, "Times-Roman", size, width_left) or [""])]
        right = [Cell(c.kind, ln) for c in parts.right
                 for ln in (simpleSplit(c.text, "Times-Roman", size, width_right) or [""])]
    else:
        left = [ln for text in parts.left for ln in simpleSplit(text, "Times-Roman", size, width_left)]
        right = []
        for cell in parts.right:
            if cell.kind in ("title", "hearing") and right and right[-1].kind != cell.kind:
                right.append(Cell("blank", ""))
            right.extend(Cell(cell.kind, t) for t in simpleSplit(cell.text, "Times-Roman", size, width_right))
    if not title:  # keep the lines, so the pages break where they did
        right = [Cell("blank", "") if c.kind == "title" else c for c in right]
    rule = "_" * int(width_left // (size * 0.5))
    rows = [Block(a, "columns", size, right=b.text) for a, b in _rows(left, right)]
    return rows + [Block(rule, "columns", size)]


def pdf_blocks(parts: Parts, title: bool = True, break_body: bool = False) -> list[Block]:
    size = 14.0 if parts.court == "cacd" else 12.0  # C.D. Cal. L.R. 11-3.1.1
    blocks = [Block(t, "raw", size) for t in parts.counsel]
    blocks += [Block(t, "center", size) for t in parts.court_title]
    blocks += _pdf_caption(parts, size, title)
    body = list(parts.body)
    split = _split_point(body) if break_body else None
    for k, line in enumerate(body):
        if not line.strip():
            continue
        if split and k == split[0]:
            blocks += [Block(line[:split[1]].rstrip(), "para", size, indent=0), Block("", "pagebreak"),
                       Block(line[split[1]:], "para", size, indent=0)]
        else:
            blocks.append(Block(line.strip(), "para", size, indent=0))
    return blocks


def pdf_footer(parts: Parts) -> str:
    return "\n".join(list(parts.footer) + [short_title(parts)]) if parts.footer else short_title(parts)


def write_pdf(parts: Parts, path: Path, *, title: bool = True, stamp: bool = False, break_body: bool = False) -> None:
    stamp_text = None
    if stamp:  # write_pleading fills in {page} and {pages}
        stamp_text = ecf_stamp_line(parts, 0, 0).replace("Page 0 of 0", "Page {page} of {pages}")
        stamp_text = stamp_text.replace("#:1200", "#:120{page}")
    write_pleading(path, pdf_blocks(parts, title, break_body), footer=pdf_footer(parts), stamp=stamp_text)


# --- the forms --------------------------------------------------------------------

@dataclass(frozen=True)
class Form:
    """One way of printing a document. ``base`` is the form it is compared with:
    'source' (the corpus file) or 'pleading-pdf'; ``pages``: the findings' pages must
    agree too (the forms paginate alike)."""

    name: str
    medium: str  # "text" | "pdf"
    render: Callable[[Parts, Path], None]
    base: str = "source"
    pages: bool = False
    applies: Callable[[Parts], bool] = field(default=lambda parts: True)
    doc: str = ""


def _text(fn: Callable[[Parts], str]) -> Callable[[Parts, Path], None]:
    def render(parts: Parts, path: Path) -> None:
        path.write_text(fn(parts), encoding="utf-8")
    return render


def _on_text(fn: Callable[[str], str]) -> Callable[[Parts], str]:
    return lambda parts: fn(joined(text_lines(parts)))


FORMS: tuple[Form, ...] = (
    Form("pleading-pdf", "pdf", lambda p, path: write_pdf(p, path),
         doc="28-line pleading paper, ')'-ruled two-column caption, footer with the title"),
    Form("pdf-ecf-stamp", "pdf", lambda p, path: write_pdf(p, path, stamp=True), base="pleading-pdf", pages=True,
         doc="the pleading PDF with a CM/ECF stamp at the head of each page"),
    Form("pdf-footer-only-title", "pdf", lambda p, path: write_pdf(p, path, title=False), base="pleading-pdf",
         pages=True, doc="the title left out of the caption; only the running footer prints it"),
    Form("pdf-page-break", "pdf", lambda p, path: write_pdf(p, path, break_body=True), base="pleading-pdf",
         applies=can_break, doc="a page ends in the middle of a body sentence (later findings move a page on)"),
    Form("plain", "text", _text(lambda p: joined(text_lines(p))), applies=lambda p: not p.ruled,
         doc="the text as the corpus would print it without pleading numbers (single-column captions)"),
    Form("ruled-caption", "text", _text(lambda p: joined(text_lines(p, "ruled"))),
         applies=lambda p: not p.ruled, doc="a single-column caption set in two ')'-ruled columns"),
    Form("inline-numbers", "text", _text(inline_numbers),
         doc="pleading numbers 1-28 at the start of each line, one space after them"),
    Form("merged-caption", "text", _text(lambda p: joined(text_lines(p, "merged"))),
         doc="the caption's columns merged line by line, ')' gone, spaces between"),
    Form("merged-caption-tight", "text", _text(lambda p: joined(text_lines(p, "tight"))),
         doc="the caption's columns merged line by line with one space"),
    Form("wrapped-designation", "text", _text(lambda p: joined(text_lines(p, "wrapped"))), applies=wraps_designation,
         doc="merged columns, the case number's (XXX) designation wrapped onto the next line"),
    Form("running-footer", "text", _text(running_footer),
         doc="page number and title repeated under each 28-line page"),
    Form("ecf-stamp", "text", _text(ecf_stamped), doc="a CM/ECF stamp line at the head of each 28-line page"),
    Form("page-break", "text", _text(page_break), applies=can_break,
         doc="a page ends in the middle of a body sentence (footer, form feed)"),
    Form("curly-quotes", "text", _text(_on_text(curly_quotes)), doc="typographic quotes and apostrophes"),
    Form("nb-hyphens", "text", _text(_on_text(nb_hyphens)), doc="U+2011 for the hyphens inside words"),
    Form("nb-hyphens-case-number", "text", _text(_on_text(nb_hyphens_case)),
         doc="U+2011 for the hyphens of case numbers"),
    Form("soft-hyphens", "text", _text(_on_text(soft_hyphens)), doc="U+00AD inside long words"),
    Form("soft-hyphens-case-number", "text", _text(_on_text(soft_hyphens_case)),
         doc="U+00AD inside case numbers' sequence numbers"),
)

FORMS_BY_NAME = {f.name: f for f in FORMS}


def documents() -> list[Path]:
    """Every corpus document the forms are made of (see tests/test_metamorphic.py for what is left out)."""
    found = sorted((CORPUS / "captions").glob("*.txt")) + sorted((CORPUS / "protective-orders").glob("*.txt"))
    return found + sorted((CORPUS / "samples").glob("*.pdf"))


def suffix(form: Form) -> str:
    return ".pdf" if form.medium == "pdf" else ".txt"
