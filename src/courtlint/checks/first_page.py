"""Check the first page of a filing: counsel block, court title, caption.

Both districts say what the first page of a paper must show, and the two lists
overlap (N.D. Cal. Civil L.R. 3-4(a); C.D. Cal. L.R. 11-3.8). Each rule picks
one requirement with ``require``:

* ``counsel_block``: the block at the top left, above the court's title, names
  counsel (or the pro se party) with a state bar number, an office address, a
  telephone number and an email address, and says whom counsel represents
  ("Attorneys for Defendant ACME CORP."; "[Additional counsel on signature
  page]" also names the parties' place). A pro se party needs no bar number
  and no "Attorneys for" line. One hit naming every missing item.
* ``court_title``: the caption page prints "UNITED STATES DISTRICT COURT" and
  the district (``court_name``). A misspelt title ("UNITED STATED DISTRICT
  COURT") is reported as printed.
* ``division``: the court title names the division or location (``division``).
* ``judge_initials``: the caption's case number is followed by the assigned
  judge's initials ("4:19-cv-08426-YGR", "No. C 10-04668 RS (JCS)").
* ``document_title``: the caption, below the court's title, prints a title
  describing the paper (a line naming a motion, memorandum, opposition, reply,
  declaration, stipulation, order, notice, application, brief, statement...).
* ``hearing``: the caption's right-hand column, below the case number, gives the
  hearing date and time ("Date: May 3, 2021" / "Time: 8:30 a.m.").
* ``notice``: the first paragraph after the caption gives notice of the motion,
  with the date and time of the hearing ("PLEASE TAKE NOTICE that on June 12,
  2025 at 10:00 a.m. ..."). A placeholder ("on ________, 2025", "a date to be
  set") is not a date.
* ``case_number``: the caption's case number is the case of the case profile
  (``Context.case_number`` and ``district_judge`` when they come from the
  config file or the command line) and of every case number printed in the
  page footers. The CM/ECF stamp is the court's, not the filer's, and is not
  compared. A footer may print any number the caption prints (related cases).
* ``footer_title``: page footers that name the paper name this paper: a reply
  whose footers say "MEMORANDUM ISO MOTION" or a declaration whose footers say
  "MOTION TO DISMISS" names another document. Compared by the paper's kind
  (reply, opposition, declaration, stipulation, proposed order, application,
  motion and its memorandum, complaint, answer), abbreviations expanded
  ("DECL.", "OPP'N", "MOT.", "ISO"). One hit per kind of paper a footer names
  (a stale footer repeats on every page).

Every requirement reads the caption: a document whose caption case number was
not found (``Context.case_number_span`` unset or on page furniture) is not
checked, because without a caption the linter cannot tell a filing from a
letter, a form or an exhibit. ``title`` and ``title_unless`` narrow a rule to
papers whose caption title matches (e.g. administrative motions have no
hearing). Pages after the paper itself (a declaration, exhibit or proposed
order appended to it: a page that opens with a new caption, an exhibit slip
sheet, or a "[PROPOSED] ORDER" / "DECLARATION OF" heading after a signature)
are not the paper's and are left out of footer comparisons.

Hit arguments: ``missing`` (what is missing), ``printed``
(the case number or title as printed), ``expected``, ``problem`` (a phrase
naming what is wrong), ``footer`` and ``title`` for footer hits.

Params:
    require: One of counsel_block, court_title, division, judge_initials,
        document_title, hearing, notice, case_number, footer_title.
    court_name: Regular expression for the district in the court's title, for
        ``court_title`` (e.g. ``NORTHERN\\s+DISTRICT\\s+OF\\s+CALIFORNIA``).
    division: Regular expression for the division or location line, for
        ``division``.
    items: For ``counsel_block``, which items to require: any of bar_number,
        address, phone, email, party (default: all five).
    title: Regular expression; only papers whose caption title matches are
        checked.
    title_unless: Regular expression; papers whose caption title matches are
        not checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..describe.classify import is_slip_sheet
from ..recognise.body_openers import BODY_START, MEMORANDUM_HEADING, OPENING_HEADING, SECTION_NUMBER
from ..recognise.case_number import CaseNumber, find_case_numbers
from ..findings import Hit
from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line, Span
from ._params import require_choice
from ._text import AUTHORED, compile_pattern

NEEDS = frozenset({"text"})

REQUIREMENTS = (
    "counsel_block",
    "court_title",
    "division",
    "judge_initials",
    "document_title",
    "hearing",
    "notice",
    "case_number",
    "footer_title",
)
COUNSEL_ITEMS = ("bar_number", "address", "phone", "email", "party")
_ITEM_NAMES = {
    "bar_number": "state bar number",
    "address": "office address",
    "phone": "telephone number",
    "email": "email address",
    "party": "the party represented (\"Attorneys for ...\")",
}


@dataclass(frozen=True, kw_only=True)
class Params:
    require: str
    court_name: str | None = None
    division: str | None = None
    items: tuple[str, ...] = COUNSEL_ITEMS
    title: str | None = None
    title_unless: str | None = None

    def __post_init__(self) -> None:
        require_choice("require", self.require, REQUIREMENTS)
        bad = [i for i in self.items if i not in COUNSEL_ITEMS]
        if bad:
            raise ValueError(f"items: unknown item {bad[0]!r} (known: {', '.join(COUNSEL_ITEMS)})")
        if self.require == "court_title" and not self.court_name:
            raise ValueError("court_name: require 'court_title' needs the district's name")
        if self.require == "division" and not self.division:
            raise ValueError("division: require 'division' needs a pattern")
        set_ = object.__setattr__
        set_(self, "_court_name", compile_pattern(self.court_name, "court_name") if self.court_name else None)
        set_(self, "_division", compile_pattern(self.division, "division") if self.division else None)
        set_(self, "_title", compile_pattern(self.title, "title") if self.title else None)
        set_(self, "_title_unless", compile_pattern(self.title_unless, "title_unless") if self.title_unless else None)


# ---- patterns -------------------------------------------------------------------------

_FLAGS = regex.IGNORECASE | regex.VERSION1
COURT_TITLE = lazy(r"\bUNITED\s+STATES\s+DISTRICT\s+COURT\b", _FLAGS)
#: Any court's title line, where the counsel block ends (a bankruptcy court's, a state court's).
_ANY_COURT = lazy(
    r"\bUNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY|COURT\s+OF)\b.{0,20}\bCOURT\b|\bSUPERIOR\s+COURT\s+OF\b", _FLAGS
)
#: A court title with a typo in it ("UNITED STATED DISTRICT COURT").
_NEAR_COURT_TITLE = lazy(r"\bUNITED\s+\w{4,8}\s+DISTRICT\s+COURT\b|\bUNITED\s+STATES\s+\w{5,9}\s+COURT\b", _FLAGS)
EMAIL = lazy(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE = lazy(r"(?<!\d)\(?\d{3}\)?[\s.\-/]{0,2}\d{3}[\s.\-]\d{4}(?!\d)")
#: A street address's city line: "San Francisco, CA 94105", "Washington, DC 20001-4413", "California 94111".
ADDRESS = lazy(
    r"\b(?:[A-Z]{2}|California|Illinois|New\s+York|Texas|Washington|Virginia|Massachusetts|Delaware|"
    r"Pennsylvania|Florida|Georgia|Colorado|Oregon|Arizona|Nevada|Michigan|Minnesota|Ohio|New\s+Jersey|"
    r"Connecticut|Maryland|Missouri|Utah|Tennessee|North\s+Carolina|D\.\s?C\.)\.?,?\s+\d{5}(?:-\d{4})?\b"
)
BAR_NUMBER = lazy(
    r"\b(?:S\.?B\.?N\.?|(?:State\s+|Cal(?:\.|ifornia)?\s+|CA\s+)?Bar\s*(?:No|Number|#)\.?)\s*:?\s*#?\s*\d{4,7}\b"
    r"|\bCSB\s*(?:No\.?|#)?\s*:?\s*\d{4,7}\b"
    # "SHAWN A. WILLIAMS (213113)", "Mitchell J. Popham, 126194", "ANDARA (SEN 215416)" (an OCR'd SBN):
    # a name, then a bare bar number
    r"|(?-i:\b\p{Lu}[\p{L}.'\-]*\s+\p{Lu}[\p{L}.'\-]*(?:\s*\(\s*(?:[A-Z.]{1,5}\s*)?\d{5,6}\s*\)|\s*,\s*\d{5,6}\s*$))",
    _FLAGS | regex.MULTILINE,
)
PARTY = lazy(
    # "ttorneys for": a drop capital that extraction loses
    r"\b(?:A?ttorneys?|Counsel|Lawyers?)\s+(?:of\s+Record\s+)?for\b|\bCounsel\s+for\b"
    r"|\bsignature\s+pages?\b|\bAdditional\s+counsel\b",
    _FLAGS,
)
_OTHER_DISTRICT = lazy(
    r"\b(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)[ \t]+)?DISTRICT[ \t]+OF[ \t]+(?:NEW[ \t]+|NORTH[ \t]+|SOUTH[ \t]+|WEST[ \t]+)?[A-Z]+\b"
    r"|\bSUPERIOR\s+COURT\b"
)
#: Words that name a paper in a caption's title.
PAPER_WORDS = lazy(
    r"\b(?:MOTION|MEMORANDUM|OPPOSITION|REPLY|DECLARATION|AFFIDAVIT|STIPULAT(?:ION|ED)|ORDER|NOTICE|APPLICATION|"
    r"COMPLAINT|ANSWER|BRIEF(?:ING)?|STATEMENT|REQUEST|OBJECTIONS?|CERTIFICATE|PETITION|RESPONSE|REPORT|LETTER|"
    r"PROOF|SUBPOENA|JUDGMENT|VERDICT|TRANSCRIPT|EXHIBITS?|INDEX|LIST|PLAN|AGREEMENT|SUPPLEMENT(?:AL)?|"
    r"DESIGNATION|JOINDER|CONSENT|WAIVER|SUBMISSION|PROPOSAL|BILL\s+OF\s+COSTS)\b",
    _FLAGS,
)
_SIGNATURE_PAGE = lazy(r"\bsignature\s+pages?\b", _FLAGS)
#: A court's own form (C.D. Cal. G-92, CV-, CR- forms) prints "PLAINTIFF(S)" and "DEFENDANT(S)".
_FORM = lazy(r"\bPLAINTIFF\(S\)|\bDEFENDANT\(S\)|\bPETITIONER\(S\)|\bRESPONDENT\(S\)")
PRO_SE = lazy(r"\bpro\s+se\b|\bin\s+pro(?:\.|\s)+per(?:sona)?\b|\bpropria\s+persona\b|\bself[-\s]represented\b", _FLAGS)
DATE = lazy(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    _FLAGS,
)
TIME = lazy(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\bnoon\b", _FLAGS)
_DATE_LABEL = lazy(r"\b(?:Hearing\s+)?Date\s*:\s*\S|\bHearing\s*:\s*\S", _FLAGS)
_TIME_LABEL = lazy(r"\bTime\s*:\s*\S", _FLAGS)
#: Headings of a memorandum's argument: a notice of motion comes before them.
_ARGUMENT = lazy(
    r"^\s*(?:[IVX]+\.\s*)?" + MEMORANDUM_HEADING + r"\s*$",
    regex.MULTILINE | regex.VERSION1,
)
_NOTICE = lazy(
    r"\bPLEASE\s+TAKE\s+NOTICE\b|\bNOTICE\s+IS\s+HEREBY\s+GIVEN\b|\bWILL\s+PLEASE\s+TAKE\s+NOTICE\b"
    r"|\bYOU\s+ARE\s+HEREBY\s+NOTIFIED\b"
    # the notice's own heading, standing alone: its paragraph follows
    r"|^\s*(?-i:NOTICE\s+OF\s+(?:[A-Z\-']+\s+){0,3}MOTION(?:\s+AND\s+(?:[A-Z\-']+\s+){0,3}MOTION)?)\s*$",
    _FLAGS | regex.MULTILINE,
)
#: Lines that open a paper's body below the caption (added to the caption kind's list).
_OPENERS = lazy(
    BODY_START
    + r"|^\s*" + SECTION_NUMBER + r"?\s*(?:" + OPENING_HEADING + r"|TABLE\s+OF\s+(?:CONTENTS|AUTHORITIES)|STIPULATION)\s*:?\s*$",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION1,
)
_COLUMN_RULE = lazy(r"(?:^|\s)\)(?:\s|$)")
_SIGNED = lazy(r"(?:^|[\s:])/?s/\s*\S|\bRespectfully\s+submitted\b|^\s*By\s*:", _FLAGS | regex.MULTILINE)
_ATTACHMENT_HEADING = lazy(
    r"^\s*(?:\[\s*PROPOSED\s*\]|\(\s*PROPOSED\s*\)|PROPOSED)\s+(?:\w+\s+){0,3}ORDER\b"
    r"|^\s*DECLARATION\s+OF\s+\p{Lu}"
    r"|^\s*EXHIBIT\s+[\w.\-]{1,8}\s*$",
    regex.VERSION1,
)


# ---- where the caption is ---------------------------------------------------------------


def caption_line(doc: Document, ctx) -> int | None:
    """Index in ``doc.lines`` of the caption's case-number line, or None without a caption."""
    span = ctx.case_number_span
    if span is None or not doc.lines:
        return None
    at = doc.line_index_at(span.start)
    if at is None or doc.lines[at].region in FURNITURE:
        return None
    return at


def caption_page(doc: Document, ctx) -> int | None:
    """Page number of the caption (None for formats without pages or without a caption)."""
    at = caption_line(doc, ctx)
    return None if at is None else doc.lines[at].page


def _page_range(doc: Document, page: int | None) -> range:
    """Indices of ``page``'s lines, or of the whole document for formats without pages."""
    if page is None or not doc.pages:
        return range(len(doc.lines))
    p = doc.pages[page - 1]
    return range(p.first_line, p.first_line + p.line_count)


def caption_range(doc: Document, ctx) -> range | None:
    """Line indices of the caption: from the page's top to the line that opens the body."""
    at = caption_line(doc, ctx)
    if at is None:
        return None
    lines = _page_range(doc, doc.lines[at].page)
    width = doc.pages[doc.lines[at].page - 1].width if doc.pages and doc.lines[at].page else None
    top = doc.lines[at].bbox[1] if doc.lines[at].bbox else None
    last_number = doc.lines[at].pleading_line or 0
    for i in range(at + 1, lines.stop):
        line = doc.lines[i]
        if not doc.pages and line.pleading_line is not None:
            if line.pleading_line <= last_number:
                return range(lines.start, i)  # a text copy's numbering restarts: a new page
            last_number = line.pleading_line
        if line.region in FURNITURE or _COLUMN_RULE.search(line.text):
            continue  # a line of a ")"-ruled caption is still the caption
        if width and line.bbox:
            if line.bbox[0] > 0.45 * width or (top is not None and line.bbox[1] <= top):
                continue  # the caption's right column, or a line beside the case number
        if _OPENERS.search(line.text) or _prose(line, width):
            return range(lines.start, i)
    stop = lines.stop if doc.pages else min(lines.stop, at + 40)
    return range(lines.start, stop)


def _prose(line: Line, width: float | None) -> bool:
    """A line of running text: many words, mostly lower case, across the page (not a caption column)."""
    text = line.text.strip()
    words = text.split()
    if len(words) < 8 or sum(c.islower() for c in text) < 2 * sum(c.isupper() for c in text):
        return False
    if width and line.bbox:
        return line.bbox[2] > 0.6 * width and line.bbox[0] < 0.3 * width
    return regex.search(r"\S\s{4,}\S", text) is None


def own_lines(doc: Document, indices: Sequence[int] | range) -> list[Line]:
    return [doc.lines[i] for i in indices if doc.lines[i].region not in FURNITURE]


def first_page_range(doc: Document, ctx) -> range:
    """The caption's lines; without a caption case number, the first page (or the opening of a text)."""
    span = caption_range(doc, ctx)
    if span is not None:
        return span
    if doc.pages:
        return _page_range(doc, 1)
    return range(min(len(doc.lines), 60))


def court_title_index(doc: Document, ctx) -> int | None:
    """Index of the first page's "UNITED STATES DISTRICT COURT" line (typos allowed)."""
    span = first_page_range(doc, ctx)
    for i in span:
        line = doc.lines[i]
        if line.region not in FURNITURE and (_ANY_COURT.search(line.text) or _NEAR_COURT_TITLE.search(line.text)):
            return i
    return None


def counsel_block(doc: Document, ctx) -> list[Line] | None:
    """Lines of the caption page above the court title; None when there is no court title."""
    title = court_title_index(doc, ctx)
    if title is None:
        return None
    span = first_page_range(doc, ctx)
    top = doc.lines[title].bbox[1] if doc.lines[title].bbox else None
    block = []
    for i in span:
        line = doc.lines[i]
        if i == title or line.region in FURNITURE:
            continue
        above = line.bbox[1] < top - 1 if top is not None and line.bbox else i < title
        if above:
            block.append(line)
    return block


def attachments_start(doc: Document, ctx) -> int | None:
    """Index of the first line of what is appended to the paper, or None.

    A page after the caption page that opens with a new caption (the court's
    title near its top), an exhibit slip sheet, or, once the paper has been
    signed, a "[PROPOSED] ORDER" or "DECLARATION OF" heading. For formats
    without pages: a later court title, or such a heading standing alone after
    a signature.
    """
    key = f"first_page.attachments:{ctx.case_number_span}"
    return doc.cached(key, lambda d: _find_attachments(d, ctx))


def _find_attachments(doc: Document, ctx) -> int | None:
    at = caption_line(doc, ctx)
    first_title = court_title_index(doc, ctx)
    if doc.pages:
        start_page = doc.lines[at].page if at is not None else 1
        signed = False
        for page in doc.pages[start_page:]:
            lines = [ln for ln in doc.page_lines(page.number) if ln.region not in FURNITURE and ln.text.strip()]
            if lines and _opens_attachment(lines, page.height, signed):
                return doc.lines.index(lines[0], page.first_line)
            signed = signed or any(_SIGNED.search(ln.text) for ln in lines)
        return None
    signed = False
    begin = (first_title + 1) if first_title is not None else (at + 1 if at is not None else 0)
    for i in range(begin, len(doc.lines)):
        text = doc.lines[i].text
        if _is_court_title_line(text):
            return i
        if signed and _ATTACHMENT_HEADING.search(text):
            return i
        signed = signed or bool(_SIGNED.search(text))
    return None


def _opens_attachment(lines: list[Line], height: float, signed: bool) -> bool:
    top = [ln for ln in lines if ln.bbox is None or ln.bbox[1] < 0.45 * height]
    if any(_is_court_title_line(ln.text) for ln in top[:40]):
        return True
    if is_slip_sheet(lines):
        return True
    return signed and bool(_ATTACHMENT_HEADING.search(lines[0].text))


def _is_court_title_line(text: str) -> bool:
    """A caption's court title standing on its own line, not the words in a sentence."""
    m = COURT_TITLE.search(text)
    return m is not None and m.group().isupper() and len(text.split()) <= 8


def footer_lines(doc: Document, page: int) -> list[Line]:
    """A page's footer: lines labelled footer, and footer lines extraction left in the body.

    On pleading paper a footer can sit so close to line 28 that it is read as
    body text; such a line is below the top of the last margin number and set
    smaller than the page's body text (a footer's type is smaller; a body line
    that runs into a margin legend is not).
    """
    p = doc.pages[page - 1]
    lines = doc.page_lines(page)
    if not p.pleading_numbers:
        return [line for line in lines if line.region == "footer"]
    last_top = max(box[1] for _, box in p.pleading_numbers)
    last_bottom = max(box[3] for _, box in p.pleading_numbers)
    sizes = sorted(line.size for line in lines if line.region == "body" and line.size and len(line.text) > 20)
    body_size = sizes[len(sizes) // 2] if sizes else None
    out = []
    for line in lines:
        if line.region == "footer":
            out.append(line)
        elif line.region == "body" and line.bbox is not None:
            small = body_size is not None and line.size is not None and line.size <= body_size - 0.9
            if small and (line.bbox[1] > last_top + 2 or (line.pleading_line is None and line.bbox[1] > last_bottom)):
                out.append(line)
    return out


# ---- the checks -----------------------------------------------------------------------


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if caption_line(doc, ctx) is None or not _title_selected(params, ctx) or is_court_form(doc, ctx):
        return
    yield from _CHECKS[params.require](doc, params, ctx)


def is_court_form(doc: Document, ctx) -> bool:
    """A court form (its caption prints "PLAINTIFF(S)" / "DEFENDANT(S)"): its layout is the court's."""
    return any(_FORM.search(line.text) for line in own_lines(doc, first_page_range(doc, ctx)))


def _title_selected(params: Params, ctx) -> bool:
    title = ctx.title or ""
    if params._title is not None and not params._title.search(title):
        return False
    return not (params._title_unless is not None and params._title_unless.search(title))


def _check_counsel_block(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    block = counsel_block(doc, ctx)
    if block is None:
        return  # no court title: the court_title rule reports it
    text = "\n".join(line.text for line in block)
    words = sum(len(line.text.split()) for line in block)
    if words < 15 and _SIGNATURE_PAGE.search(text):
        return  # "[Counsel identified on signature page]": a joint filing lists counsel at its end
    wanted = list(params.items)
    if PRO_SE.search(text):
        wanted = [i for i in wanted if i not in ("bar_number", "party")]
    found = {
        "bar_number": BAR_NUMBER.search(text),
        "address": ADDRESS.search(text),
        "phone": PHONE.search(text),
        "email": EMAIL.search(text),
        "party": PARTY.search(text),
    }
    missing = [_ITEM_NAMES[i] for i in wanted if not found[i]]
    if not missing:
        return
    if words < 3:
        problem = "no counsel identification block above the court's title"
    else:
        problem = "counsel identification block lacks " + _join(missing)
    anchor = block[0].span if block and words >= 3 else doc.lines[court_title_index(doc, ctx)].span
    yield Hit(anchor, {"missing": ", ".join(missing), "problem": problem})


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _check_court_title(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    lines = own_lines(doc, caption_range(doc, ctx))
    text = "\n".join(line.text for line in lines)
    exact = COURT_TITLE.search(text)
    district = params._court_name.search(text)
    if exact and district:
        return
    near = None if exact else _NEAR_COURT_TITLE.search(text)
    problems = []
    if near:
        problems.append(f"prints \"{' '.join(near.group().split())}\" instead of \"UNITED STATES DISTRICT COURT\"")
    elif not exact:
        problems.append("lacks \"UNITED STATES DISTRICT COURT\"")
    if not district:
        other = _OTHER_DISTRICT.search(text)
        problems.append(f"names the {' '.join(other.group().split())}, not this court's district" if other else "does not name the district")
    anchor = _span_in(lines, near) if near else ctx.case_number_span
    yield Hit(anchor, {"problem": " and ".join(problems), "printed": near.group() if near else ""})


def _span_in(lines: list[Line], match) -> Span:
    """Document span of a match found in the newline-joined text of ``lines``."""
    offset = 0
    for line in lines:
        if offset <= match.start() <= offset + len(line.text):
            start = line.span.start + match.start() - offset
            return Span(start, min(line.span.end, start + len(match.group())))
        offset += len(line.text) + 1
    return lines[0].span


def _check_division(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    title = court_title_index(doc, ctx)
    if title is None:
        return
    # The court's title and the lines just under it: the counsel block's city is not a division.
    near = [doc.lines[i] for i in range(title, min(len(doc.lines), title + 4)) if doc.lines[i].region not in FURNITURE]
    if any(params._division.search(line.text) for line in near):
        return
    yield Hit(doc.lines[title].span, {"missing": "the division"})


def _check_judge_initials(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    number = printed_number(doc, ctx)
    if number is None or number.district or number.magistrate:
        return
    at = caption_line(doc, ctx)
    after = doc.text[ctx.case_number_span.end : doc.lines[at].span.end]
    below = _line_below(doc, at)
    if regex.match(r"^[\s\-\u2013]*\(?[A-Z]{2,4}x?\)?(?:\s|$)", after) or (
        below is not None and regex.match(r"^\s*[\-\u2013]?\s*\(?[A-Z]{2,4}x?\)?\s*(?:\)|$)", below)
    ):
        return  # the initials are printed apart from the number, or wrapped onto the next line
    yield Hit(ctx.case_number_span, {"printed": number.printed})


def printed_number(doc: Document, ctx) -> CaseNumber | None:
    """The caption's case number as parsed from the printed text."""
    span = ctx.case_number_span
    at = caption_line(doc, ctx)
    line = doc.lines[at]
    for number in find_case_numbers(line.text):
        if line.span.start + number.start == span.start:
            return number
    return next(find_case_numbers(doc.text[span.start : span.end]), None)


def _line_below(doc: Document, at: int) -> str | None:
    """The right-column text of the line after ``at`` (for a number that wrapped)."""
    for line in doc.lines[at + 1 : at + 3]:
        if line.region in FURNITURE:
            continue
        if doc.pages and line.bbox and doc.lines[at].bbox:
            if abs(line.bbox[0] - doc.lines[at].bbox[0]) > 30:
                continue
            return line.text
        return line.text.split(")")[-1] if ")" in line.text else line.text.split("   ")[-1]
    return None


def _check_document_title(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    # Read the caption itself (below the court's title), not Context.title, which may fall
    # back on a heading of the body when the caption has no title.
    title = court_title_index(doc, ctx)
    first = doc.lines[title if title is not None else caption_line(doc, ctx)]
    lines = [doc.lines[i] for i in caption_range(doc, ctx) if doc.lines[i].region not in FURNITURE and _below(doc.lines[i], first, i, doc)]
    if any(PAPER_WORDS.search(line.text) for line in lines):
        return
    yield Hit(ctx.case_number_span, {"printed": _printed(doc, ctx)})


def _below(line: Line, anchor: Line, i: int, doc: Document) -> bool:
    """``line`` (index ``i``) sits below ``anchor``: by position on a laid-out page, else by order."""
    if line.bbox is not None and anchor.bbox is not None:
        return line.bbox[1] > anchor.bbox[1] + 1
    return i > doc.lines.index(anchor)


def _printed(doc: Document, ctx) -> str:
    span = ctx.case_number_span
    return " ".join(doc.text[span.start : span.end].split())


def _caption_column(doc: Document, ctx) -> list[str]:
    """The text of the caption's right-hand column, from the case number down."""
    at = caption_line(doc, ctx)
    span = caption_range(doc, ctx)
    number_line = doc.lines[at]
    out = [doc.text[ctx.case_number_span.start : number_line.span.end]]
    width = doc.pages[number_line.page - 1].width if doc.pages and number_line.page else None
    for i in span:
        line = doc.lines[i]
        if i == at or line.region in FURNITURE:
            continue
        if width and line.bbox and number_line.bbox:
            if line.bbox[1] > number_line.bbox[1] and line.bbox[0] >= number_line.bbox[0] - 20:
                out.append(line.text)
        elif i > at:
            out.append(_right_text(line.text))
    return out


def _right_text(text: str) -> str:
    """A typed caption line's right column: after a ")" rule or a wide gap."""
    if ")" in text:
        return text.rsplit(")", 1)[-1]
    parts = regex.split(r"\s{4,}", text.strip())
    return parts[-1] if len(parts) > 1 else text


def _check_hearing(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    column = "\n".join(_caption_column(doc, ctx))
    has_date = bool(_DATE_LABEL.search(column) or DATE.search(column))
    has_time = bool(_TIME_LABEL.search(column) or TIME.search(column))
    missing = [name for name, ok in (("date", has_date), ("time", has_time)) if not ok]
    if missing:
        yield Hit(ctx.case_number_span, {"missing": " and ".join(missing), "printed": _printed(doc, ctx)})


def _check_notice(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    span = caption_range(doc, ctx)
    start = doc.lines[span.stop].span.start if span.stop < len(doc.lines) else len(doc.text)
    stop = attachments_start(doc, ctx)
    end = doc.lines[stop].span.start if stop is not None else len(doc.text)
    text = _unfurnished(doc, start, end)
    m = _NOTICE.search(text)
    argument = _ARGUMENT.search(text)
    if m is None or (argument is not None and argument.start() < m.start()):
        yield Hit(None, {"problem": "does not open with a notice of motion", "missing": "notice"})
        return
    paragraph = _paragraph(text, m.start())
    heading = _ARGUMENT.search(paragraph, m.end() - m.start())
    if heading is not None:
        paragraph = paragraph[: heading.start()]  # laid-out text has no blank lines: stop at the memorandum
    missing = [name for name, rx in (("date", DATE), ("time", TIME)) if not rx.search(paragraph)]
    if missing:
        at = Span(start + m.start(), start + m.end())
        yield Hit(at, {"problem": f"gives notice without the hearing {' or '.join(missing)}", "missing": " and ".join(missing)})


def _unfurnished(doc: Document, start: int, end: int) -> str:
    """Document text from ``start`` with page furniture and table-of-contents lines blanked."""
    masked = doc.scoped_text(AUTHORED)
    piece = masked[start:end]
    return regex.sub(r"[^\n]*(?:\.{4,}|(?:\.\s){4,})[^\n]*", lambda m: " " * len(m.group()), piece)


def _paragraph(text: str, at: int) -> str:
    """The paragraph holding offset ``at``: to a blank line or a line ending a sentence before an indent."""
    end = len(text)
    blank = regex.search(r"\n\s*\n", text[at:])
    if blank:
        end = at + blank.start()
    return text[at : min(end, at + 900)]


def _check_case_number(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    printed = printed_number(doc, ctx)
    if printed is None:
        return
    yield from _against_profile(ctx, printed)
    yield from _against_footers(doc, ctx, printed)


def _against_profile(ctx, printed: CaseNumber) -> Iterator[Hit]:
    origins = ctx.origins
    if origins.get("case_number") in ("config", "cli") and ctx.case_number:
        profile = next(find_case_numbers(" " + ctx.case_number), None)
        if profile is not None and not printed.same_case(profile):
            yield Hit(
                ctx.case_number_span,
                {"printed": printed.printed, "expected": ctx.case_number, "problem": f"but the case profile ({origins['case_number']}) is {ctx.case_number}"},
            )
            return
    judge = ctx.district_judge
    if origins.get("district_judge") in ("config", "cli") and judge and printed.district:
        shown = {printed.district, printed.magistrate}
        if judge not in shown and ctx.magistrate_judge != printed.district:
            yield Hit(
                ctx.case_number_span,
                {"printed": printed.printed, "expected": judge, "problem": f"with {printed.district}'s initials, but the case profile ({origins['district_judge']}) assigns it to {judge}"},
            )


def _against_footers(doc: Document, ctx, printed: CaseNumber) -> Iterator[Hit]:
    if not doc.pages:
        return
    caption_numbers = [n for line in own_lines(doc, caption_range(doc, ctx)) for n in find_case_numbers(line.text)]
    caption_numbers.append(printed)
    stop = attachments_start(doc, ctx)
    last_page = doc.lines[stop].page - 1 if stop is not None else len(doc.pages)
    reported: set[str] = set()
    for page in range(1, last_page + 1):
        for line in footer_lines(doc, page):
            for number in find_case_numbers(line.text):
                if any(number.same_case(c) for c in caption_numbers) or number.normalized in reported:
                    continue
                reported.add(number.normalized)
                span = Span(line.span.start + number.start, line.span.start + number.end)
                yield Hit(span, {"printed": printed.printed, "expected": number.printed, "problem": f"but the footer on page {page} prints {number.printed}"})


# ---- footer titles ------------------------------------------------------------------------

_ABBREVIATIONS = (
    (r"\bDECL?S?\.(?=\s|$)|\bDECLS?\b", "DECLARATION"),
    (r"\bOPP['’]?N\.?|\bOPPO?\.(?=\s|$)|\bOPP\b", "OPPOSITION"),
    (r"\bMOTS?\.(?=\s|$)|\bMTN\b|\bMOT\b", "MOTION"),
    (r"\bMEMO?\.(?=\s|$)|\bMEM\b|\bMPA\b|\bP\s?&\s?A\b|\bPTS\.?\s*&\s*AUTHS?\.?", "MEMORANDUM"),
    (r"\bSTIP\.?(?=\s|$)", "STIPULATION"),
    (r"\bPROP\.?\s+ORDER\b|\[\s*PROPOSED\s*\]\s+(?:\w+\s+){0,3}ORDER\b", "PROPOSED ORDER"),
    (r"\bAPPL?\.(?=\s|$)|\bAPP\b", "APPLICATION"),
    (r"\bNTC\b|\bNOT\.(?=\s|$)", "NOTICE"),
    (r"\bRESP\.(?=\s|$)", "RESPONSE"),
    (r"\bISO\b", "IN SUPPORT OF"),
)
_KINDS = (
    ("REPLY", r"\bREPLY\b"),
    ("OPPOSITION", r"\bOPPOSITION\b|\bRESPONSE\b"),
    ("DECLARATION", r"\bDECLARATION\b|\bAFFIDAVIT\b"),
    ("STIPULATION", r"\bSTIPULAT(?:ION|ED)\b|\bJOINT\s+STIPULATION\b"),
    ("ORDER", r"\bPROPOSED ORDER\b|\bORDER\b"),
    ("MOTION", r"\bMOTION\b|\bAPPLICATION\b"),
    ("MEMORANDUM", r"\bMEMORANDUM\b|\bPOINTS\s+AND\s+AUTHORITIES\b|\bBRIEF\b"),
    ("COMPLAINT", r"\bCOMPLAINT\b"),
    ("ANSWER", r"\bANSWER\b"),
)
_KIND_RES = tuple((kind, regex.compile(p)) for kind, p in _KINDS)


def paper_kind(title: str) -> str | None:
    """What a title (or a footer's short title) names: REPLY, OPPOSITION, MOTION, ...

    The head noun wins ("DECLARATION ... IN SUPPORT OF REPLY" is a declaration),
    except that a memorandum or brief "in opposition" or "in reply" is that
    opposition or reply, and a notice of motion is the motion.
    """
    text = " ".join(title.upper().replace("’", "'").split())
    for pattern, full in _ABBREVIATIONS:
        text = regex.sub(pattern, full, text)
    found = sorted((m.start(), kind) for kind, rx in _KIND_RES if (m := rx.search(text)))
    if not found:
        return None
    head = found[0][1]
    if head == "MEMORANDUM":
        # A memorandum or brief is the motion's, unless it says it is an opposition or a reply.
        for kind in ("REPLY", "OPPOSITION"):
            if any(k == kind for _, k in found):
                return kind
        return "MOTION"
    if head == "STIPULATION" and regex.search(r"\bJOINT\s+STIPULATION\b", text) and regex.search(r"\bCOMPEL\b|\bDISCOVERY\b|37-2", text):
        return "MOTION"  # C.D. Cal. L.R. 37-2: the joint stipulation is the discovery motion
    return head


def _compatible(mine: str, theirs: str, title: str) -> bool:
    """Footer kind ``theirs`` fits a paper of kind ``mine`` titled ``title``."""
    if mine == theirs:
        return True
    # "STIPULATION AND [PROPOSED] ORDER": the order's pages may say "[PROPOSED] ORDER".
    return {mine, theirs} == {"STIPULATION", "ORDER"} and "ORDER" in title.upper()


def _footer_title(lines: list[Line]) -> str:
    """A footer's title words: case numbers, page numbers and document ids removed."""
    text = " ".join(line.text for line in lines)
    for number in list(find_case_numbers(text))[::-1]:
        text = text[: number.start] + " " + text[number.end :]
    text = regex.sub(r"\bCase\s+Nos?\.?:?|\bPage\s+\d+\s+of\s+\d+|-\s*[ivxlc\d]+\s*-|\b\d[\d\-.]*(?:v\.?\d+)?\b", " ", text, flags=regex.I)
    text = regex.sub(r"(?<!\w)[ivxlc]{1,5}(?!\w)", " ", text)
    return " ".join(text.split()).strip(" -\u2013\u2014|,;")


def _check_footer_title(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if not doc.pages or not ctx.title:
        return
    mine = paper_kind(ctx.title)
    if mine is None:
        return
    stop = attachments_start(doc, ctx)
    last_page = doc.lines[stop].page - 1 if stop is not None else len(doc.pages)
    reported: set[str] = set()
    for page in range(1, last_page + 1):
        lines = [ln for ln in footer_lines(doc, page) if sum(c.isalpha() for c in ln.text) >= 6]
        words = _footer_title(lines)
        if len(regex.findall(r"[A-Za-z]{3,}", words)) < 3:
            continue
        theirs = paper_kind(words)
        if theirs is None or theirs in reported or _compatible(mine, theirs, ctx.title):
            continue
        reported.add(theirs)  # a stale footer repeats on every page: report it once
        yield Hit(
            Span(lines[0].span.start, lines[-1].span.end),
            {"footer": words, "title": ctx.title, "problem": f"names {_a(theirs)}, but the caption's title is {_a(mine)}"},
        )


def _a(kind: str) -> str:
    word = kind.lower()
    return ("an " if word[0] in "aeiou" else "a ") + word


_CHECKS = {
    "counsel_block": _check_counsel_block,
    "court_title": _check_court_title,
    "division": _check_division,
    "judge_initials": _check_judge_initials,
    "document_title": _check_document_title,
    "hearing": _check_hearing,
    "notice": _check_notice,
    "case_number": _check_case_number,
    "footer_title": _check_footer_title,
}
