"""Sentences of a document's running text, for the ``clause`` check kind.

Sentences are split inside each paragraph of the structure stage's outline
(``Structure.outline``) by a regex that knows the abbreviations of legal
citations ("Fed. R. Civ. P. 26(c)", "L.R. 79-5"), so a citation never ends a
sentence.

Plain-text filings are often hard-wrapped, so a sentence may span lines; every
span is an offset range into ``Document.text``.
"""

from __future__ import annotations

import regex

from ..lazy_pattern import lazy
from ..model import Span

#: Abbreviations after which a period does not end a sentence. The same list
#: feeds spaCy's tokenizer (checks.clause), so both splitters agree.
ABBREVIATIONS = (
    "Fed.", "Civ.", "Crim.", "Evid.", "App.", "Bankr.", "Cal.", "Cir.", "Ct.", "Dist.", "Supp.",
    "No.", "Nos.", "Dkt.", "Doc.", "Ex.", "Exh.", "Decl.", "Para.", "para.", "Sec.", "sec.", "Art.",
    "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Assn.", "Ass'n.", "Gov't.", "Dep't.", "Mag.",
    "Mr.", "Ms.", "Mrs.", "Dr.", "Jr.", "Sr.", "Hon.", "v.", "vs.", "e.g.", "i.e.", "cf.", "Id.", "id.",
    "L.R.", "U.S.", "U.S.C.", "C.F.R.", "N.D.", "C.D.", "S.D.", "E.D.", "Stat.", "Reg.", "approx.",
)
_ABBREV_SET = frozenset(a.lower() for a in ABBREVIATIONS)

# A sentence ends at . ! ? (maybe closed by a quote or bracket) followed by
# space and something that can open a sentence.
_SENTENCE_END = lazy(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])""")
_LAST_WORD = lazy(r"(\S+)$")


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans of ``text[span.start:span.end]`` (trimmed of whitespace)."""
    out: list[Span] = []
    pos = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        word = _LAST_WORD.search(text, pos, m.start() + 1)
        token = word.group(1).lstrip("(\"'“‘[").lower() if word else ""
        if token in _ABBREV_SET or regex.fullmatch(r"\p{Lu}\.", token, regex.IGNORECASE):
            continue  # "Fed. R.", "P. 26(c)", "J. Smith": an abbreviation or initial
        _append_trimmed(out, text, pos, m.end())
        pos = m.end()
    _append_trimmed(out, text, pos, span.end)
    return out


def _append_trimmed(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))
