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
letter, a form or an exhibit. Which papers a rule reads (administrative
motions have no hearing) is the rule's ``applies_to``, facets included. Pages after the paper itself (a declaration, exhibit or proposed
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
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..recognise.body_openers import MEMORANDUM_HEADING
from ..recognise.case_number import CaseNumber, find_case_numbers
from ..recognise.paper_words import PAPER_WORDS
from ..findings import Hit
from ..structure import Structure
from ..structure.caption import COURT_TITLE, NEAR_COURT_TITLE, own_lines
from ..structure.footers import footer_title
from ..structure.counsel import ADDRESS, BAR_NUMBER, EMAIL, PARTY, PHONE, PRO_SE
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


# ---- patterns -------------------------------------------------------------------------

_FLAGS = regex.IGNORECASE | regex.VERSION1
_OTHER_DISTRICT = lazy(
    r"\b(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)[ \t]+)?DISTRICT[ \t]+OF[ \t]+(?:NEW[ \t]+|NORTH[ \t]+|SOUTH[ \t]+|WEST[ \t]+)?[A-Z]+\b"
    r"|\bSUPERIOR\s+COURT\b"
)
_SIGNATURE_PAGE = lazy(r"\bsignature\s+pages?\b", _FLAGS)
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


# ---- the checks -----------------------------------------------------------------------


def check(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    if structure.caption_line is None or structure.is_court_form:
        return
    yield from _CHECKS[params.require](doc, params, ctx, structure)


def _check_counsel_block(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    block = structure.counsel_block
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
    anchor = block[0].span if block and words >= 3 else doc.lines[structure.court_title_index].span
    yield Hit(anchor, {"missing": ", ".join(missing), "problem": problem})


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _check_court_title(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    lines = own_lines(doc, structure.caption_range)
    text = "\n".join(line.text for line in lines)
    exact = COURT_TITLE.search(text)
    district = params._court_name.search(text)
    if exact and district:
        return
    near = None if exact else NEAR_COURT_TITLE.search(text)
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


def _check_division(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    title = structure.court_title_index
    if title is None:
        return
    # The court's title and the lines just under it: the counsel block's city is not a division.
    near = [doc.lines[i] for i in range(title, min(len(doc.lines), title + 4)) if doc.lines[i].region not in FURNITURE]
    if any(params._division.search(line.text) for line in near):
        return
    yield Hit(doc.lines[title].span, {"missing": "the division"})


def _check_judge_initials(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    number = printed_number(doc, ctx, structure)
    if number is None or number.district or number.magistrate:
        return
    at = structure.caption_line
    after = doc.text[ctx.case_number_span.end : doc.lines[at].span.end]
    below = _line_below(doc, at)
    if regex.match(r"^[\s\-\u2013]*\(?[A-Z]{2,4}x?\)?(?:\s|$)", after) or (
        below is not None and regex.match(r"^\s*[\-\u2013]?\s*\(?[A-Z]{2,4}x?\)?\s*(?:\)|$)", below)
    ):
        return  # the initials are printed apart from the number, or wrapped onto the next line
    yield Hit(ctx.case_number_span, {"printed": number.printed})


def printed_number(doc: Document, ctx, structure: Structure) -> CaseNumber | None:
    """The caption's case number as parsed from the printed text."""
    span = ctx.case_number_span
    at = structure.caption_line
    line = doc.lines[at]
    for number in find_case_numbers(line.text, ctx.court):
        if line.span.start + number.start == span.start:
            return number
    return next(find_case_numbers(doc.text[span.start : span.end], ctx.court), None)


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


def _check_document_title(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    # Read the caption itself (below the court's title), not Context.title, which may fall
    # back on a heading of the body when the caption has no title.
    title = structure.court_title_index
    first = doc.lines[title if title is not None else structure.caption_line]
    lines = [doc.lines[i] for i in structure.caption_range if doc.lines[i].region not in FURNITURE and _below(doc.lines[i], first, i, doc)]
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


def _caption_column(doc: Document, ctx, structure: Structure) -> list[str]:
    """The text of the caption's right-hand column, from the case number down."""
    at = structure.caption_line
    span = structure.caption_range
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


def _check_hearing(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    column = "\n".join(_caption_column(doc, ctx, structure))
    has_date = bool(_DATE_LABEL.search(column) or DATE.search(column))
    has_time = bool(_TIME_LABEL.search(column) or TIME.search(column))
    missing = [name for name, ok in (("date", has_date), ("time", has_time)) if not ok]
    if missing:
        yield Hit(ctx.case_number_span, {"missing": " and ".join(missing), "printed": _printed(doc, ctx)})


def _check_notice(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    span = structure.caption_range
    start = doc.lines[span.stop].span.start if span.stop < len(doc.lines) else len(doc.text)
    stop = structure.attachments_start
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


def _check_case_number(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    printed = printed_number(doc, ctx, structure)
    if printed is None:
        return
    yield from _against_profile(ctx, printed)
    yield from _against_footers(doc, ctx, structure, printed)


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


def _against_footers(doc: Document, ctx, structure: Structure, printed: CaseNumber) -> Iterator[Hit]:
    if not doc.pages:
        return
    caption_numbers = [n for line in own_lines(doc, structure.caption_range) for n in find_case_numbers(line.text)]
    caption_numbers.append(printed)
    stop = structure.attachments_start
    last_page = doc.lines[stop].page - 1 if stop is not None else len(doc.pages)
    reported: set[str] = set()
    for page in range(1, last_page + 1):
        for line in structure.footer_lines(page):
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


def _check_footer_title(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    if not doc.pages or not ctx.title:
        return
    mine = paper_kind(ctx.title)
    if mine is None:
        return
    stop = structure.attachments_start
    last_page = doc.lines[stop].page - 1 if stop is not None else len(doc.pages)
    reported: set[str] = set()
    for page in range(1, last_page + 1):
        lines = [ln for ln in structure.footer_lines(page) if sum(c.isalpha() for c in ln.text) >= 6]
        words = footer_title(lines)
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
