"""Split a caption line into its left column (parties) and right column
(case number, judges' designations, title, hearing details).

Filings print the caption in two columns. Extraction gives one line per row,
so a row reads ``Plaintiff,   )   Case No. 3:19-cv-04321-WHA`` when the
columns are ruled with ``)``, ``Plaintiff,        Case No. ...`` when they
are set apart by space, and ``Plaintiff, STIPULATED PROTECTIVE ORDER`` when
extraction has collapsed the gap to one space. The first two forms are split
at the rule or the widest gap; the last at the first point where a party
fragment (a name ending in a comma, a role word, ``v.``) gives way to
something only the right column prints.

PDF lines are split by position (``split_words``): words right of the middle
of the page belong to the right column.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import Line
from ..recognise.paper_words import HEAD_WORDS

#: Words that name a party's role in the left column ("Plaintiff,", "Defendants.").
ROLE = (
    r"(?:(?:Counter|Cross|Third)[\s\-]*(?:Party\s+)?)?"
    r"(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Claimants?|Counter-?claimants?|Intervenors?|"
    r"Appellants?|Appellees?|Debtors?|Movants?|Relators?|Real\s+Parties\s+in\s+Interest|Real\s+Party\s+in\s+Interest|"
    r"Nominal\s+Defendants?)(?:\s+and\s+(?:Counter|Cross)[\w\-\s]*?)?(?:\(s\))?"
)
_ROLE_LINE = regex.compile(rf"^\s*(?:{ROLE}|v\.?|vs\.?|versus)\s*[,.;:]?\s*$", regex.I)
_LEFT_END = regex.compile(rf"(?:,|\bv\.|\bvs\.|\b(?i:{ROLE})\s*[,.;:]?)\s*$")
#: How right-column items begin.
_RIGHT_START = regex.compile(
    r"""(?x)
    (?:Civil\s+Action\s+|Case\s+|CASE\s+)?(?i:Nos?)\.?\s*:?\s*(?:\p{Lu}{2}\s?)?\d   # Case No. 3:19-cv-...
    | \(\s*\p{Lu}{1,4}x?\s*\)(?:\s|$)                 # a wrapped designation "(JCS)"
    | \[                                               # [PROPOSED], [Discovery Document: ...]
    | \(\s*PROPOSED\s*\)
    | (?i:Hon\.|Honorable|Judge\s*:|Magistrate\s+Judge|District\s+Judge|Referred\s+to|Date\s*:|Time\s*:|
         Hearing|Courtroom|Ctrm|Dept\.|Place\s*:|Trial\s+Date|(?:Complaint|Action)\s+Filed)
    | (?:PROPOSED|STIPULAT\w*|JOINT|NOTICE|MOTION|ORDER|DECLARATION|MEMORANDUM|REPLY|OPPOSITION|APPLICATION|
         EX\s+PARTE|ADMINISTRATIVE|REQUEST|RESPONSE|CERTIFICATE|DISCOVERY\s+MATTER|CLASS\s+ACTION|DEMAND\s+FOR|
         (?:FIRST\s+|SECOND\s+|THIRD\s+)?AMENDED|COMPLAINT|ANSWER|PLAINTIFFS?'?S?'?|DEFENDANTS?'?S?'?|
         PETITION|OBJECTIONS?|STATEMENT|REPORT|SUPPLEMENTAL|BRIEF|FINDINGS|JUDGMENT)\b
    """
)
#: After a role word or "v." the rest of the line is the right column when it is in capitals.
_CAPITALS = regex.compile(r"^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$")
_GAP = regex.compile(r"\S(\s{3,}|\t+)(?=\S)")
#: Names of parties end this way: "ACME, INC.,", "JOHN DOE, et al.,", "a Delaware corporation,".
_PARTY_LINE = regex.compile(
    r"(?:,|\bet\s+al\.?,?|\b(?:INC|LLC|L\.L\.C|LLP|L\.P|LP|CORP|CORPORATION|CO|COMPANY|LTD|N\.A|P\.C)\.?,?)\s*$"
    r"|^\s*(?:an?|the)\s+\p{Ll}"
    r"|(?-i:\b(?:corporation|company|individual|entity|partnership|association|inclusive)\b)|(?-i:\bDOES\s+\d)",
    regex.I,
)


@dataclass(frozen=True, slots=True)
class Row:
    """One caption line split into columns; ``right_at`` is the right part's offset in the line."""

    left: str
    right: str
    right_at: int

    @property
    def merged(self) -> bool:
        return bool(self.left.strip()) and bool(self.right.strip())


def column_rule(text: str) -> int | None:
    """Offset of a typed caption's ``)`` column rule: an unmatched ``)`` standing alone."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth > 0:
                depth -= 1
            elif (i == 0 or text[i - 1].isspace()) and (i + 1 == len(text) or text[i + 1].isspace()):
                return i
    return None


def split_text(text: str) -> Row:
    """The row's columns, from its text alone (plain text and DOCX)."""
    if not regex.search(r"[\p{L}\d]", text):
        return Row("", "", len(text))  # a rule drawn in characters: "_____)", "-----"
    rule = column_rule(text)
    if rule is not None:
        return _row(text, rule + 1, left_end=rule)
    gaps = list(_GAP.finditer(text))
    if gaps:
        gap = max(gaps, key=lambda m: len(m.group(1)))
        return _row(text, gap.end(1), left_end=gap.start(1))
    at = _merged_boundary(text)
    if at is not None:
        return _row(text, at, left_end=at)
    if is_left_only(text):
        return Row(text, "", len(text))
    return Row("", text, 0)


def split_line(line: Line, page_width: float | None) -> Row:
    """The row's columns: by position when the words have boxes, else by text."""
    words = [w for w in line.words if w.bbox is not None]
    if not (words and page_width):
        return split_text(line.text)
    right = [w for w in words if w.bbox[0] >= 0.45 * page_width]
    if not right:
        return Row(line.text, "", len(line.text))
    at = right[0].span.start - line.span.start
    row = _row(line.text, at, left_end=at)
    if row.right.lstrip().startswith(")"):
        inner = row.right.index(")") + 1
        return Row(row.left, row.right[inner:].lstrip(), at + inner + len(row.right[inner:]) - len(row.right[inner:].lstrip()))
    return row


def right_of_rule(line: Line, page_width: float) -> str | None:
    """For a PDF line that runs across a ``)``-ruled caption, the text right of the rule.

    None when the line carries no ``)`` word near the middle of the page: a
    line that only starts in the left column is not split by guesswork.
    """
    words = [w for w in line.words if w.bbox is not None]
    for k, word in enumerate(words):
        if word.text == ")" and 0.3 * page_width <= word.bbox[0] <= 0.6 * page_width:
            rest = words[k + 1 :]
            return line.text[rest[0].span.start - line.span.start :].strip() if rest else ""
    return None


def is_left_only(text: str) -> bool:
    """A whole line of the left column: a role word, "v.", or a party's name line."""
    t = text.strip()
    if not t:
        return False
    if _ROLE_LINE.match(t):
        return True
    return bool(_PARTY_LINE.search(t)) and not HEAD_WORDS.search(t)


#: A row longer than this is running text, not two caption columns run together
#: (and reading the text left of each of its spaces costs time quadratic in its length).
_MAX_MERGED_ROW = 1_000


def _merged_boundary(text: str) -> int | None:
    """Where the right column starts in a row whose column gap collapsed to one space."""
    if len(text) > _MAX_MERGED_ROW:
        return None
    for m in regex.finditer(r"(?<=\S) (?=\S)", text):
        left, right = text[: m.start()], text[m.end() :]
        if HEAD_WORDS.search(left):
            continue
        if not _LEFT_END.search(left):
            if regex.search(r"\p{Ll}", left) and _RIGHT_START.match(right) and _CAPITALS.match(right):
                return m.end()  # "INC., a STIPULATED PROTECTIVE ORDER": a descriptor runs on beside the title
            continue
        if _RIGHT_START.match(right):
            return m.end()
        after_role = _ROLE_LINE.match(left.split(",")[-1]) or regex.search(r"(?:^|\s)vs?\.$", left)
        if after_role and _CAPITALS.match(right):
            return m.end()
    return None


def _row(text: str, at: int, left_end: int) -> Row:
    right = text[at:]
    stripped = right.lstrip()
    return Row(text[:left_end].strip(), stripped.rstrip(), at + len(right) - len(stripped))
