"""Page footers: a page number, and a footer that names the paper.

The footer zone of a page is what lies below its last margin line number
(on pleading paper) or in its bottom inch, plus the lines the extractor
labelled as footer; the CM/ECF stamp ("Page 3 of 17") is the court's and
never counts.

Tests (``test``):

* ``page-number``: the footer zone holds a page number ("7", "- 7 -",
  "Page 7 of 20", a roman numeral on a table-of-contents page).
* ``footer-title``: the footer zone holds words that name the paper, not
  only a page number, a case number or a document-management number. The
  title itself is not matched: footers abbreviate freely ("DEFS.' MTN TO
  DISMISS"), so any two words of three or more letters, other than the
  words of a case number or a page label, count.

One hit per run of consecutive failing pages; when every page fails, one
hit for the document.

Params:
    test: ``page-number`` or ``footer-title``.
    skip_first_page: leave page 1 alone (default true): the caption page
        commonly carries neither a number nor a running footer.
    min_words: footer-title: words needed (default 2).
    pages: ``main`` (the document proper; numbered pages on pleading paper) or ``all``.

Hit args: ``pages`` ("on pages 2-9", "on every page"), ``count``, ``total``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import measure
from ..findings import Hit
from ..model import Document, Line
from ._params import PAGE_SCOPES, require_choice

NEEDS = frozenset({"geometry"})

_TESTS = ("page-number", "footer-title")
_ARABIC = re.compile(r"^[-\u2013\u2014(\[]?\d{1,4}[-\u2013\u2014)\]]?$")
_ROMAN = re.compile(r"^(?=[ivxlc])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.&-]*")
#: Words that do not name a paper: case-number and page labels, firm boilerplate.
_NOT_TITLE = frozenset(
    "case cases nos page pages of and the cv cr mc md llp llc pc attorneys law at no".split()
)


@dataclass(frozen=True, kw_only=True)
class Params:
    test: str
    skip_first_page: bool = True
    min_words: int = 2
    pages: str = "main"

    def __post_init__(self) -> None:
        require_choice("test", self.test, _TESTS)
        require_choice("pages", self.pages, PAGE_SCOPES)


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    pages = measure.pages_in_scope(doc, params.pages)
    pages = [n for n in pages if n > 1 or not params.skip_first_page]
    passes = _has_number if params.test == "page-number" else _has_title
    failing = [n for n in pages if not passes(footer_lines(doc, n), params)]
    if not failing:
        return
    if len(failing) == len(pages) and len(pages) > 1:
        yield Hit(measure.page_anchor(doc, failing[0]), {"pages": "on every page", "count": len(failing),
                                                         "total": len(pages)})
        return
    for first, last in measure.page_runs(failing):
        run = [n for n in failing if first <= n <= last]
        where = measure.pages_text(run).replace("page", "on page", 1)
        yield Hit(measure.page_anchor(doc, first), {"pages": where, "count": len(run), "total": len(pages)})


def footer_lines(doc: Document, number: int) -> list[Line]:
    """The lines in the page's footer zone, top to bottom."""
    page = doc.pages[number - 1]
    if page.pleading_numbers:
        zone = max(b[3] for _, b in page.pleading_numbers) - 2
    else:
        zone = page.height - 72
    out = [
        ln
        for ln in doc.page_lines(number)
        if ln.bbox is not None
        and ln.region not in ("ecf-stamp", "line-numbers")
        and (ln.region == "footer" or ln.bbox[1] >= zone)
    ]
    return sorted(out, key=lambda ln: ln.bbox[1])


def _has_number(lines: list[Line], params: Params) -> bool:
    return any(_ARABIC.match(w.text) or _ROMAN.match(w.text) for ln in lines for w in ln.words)


def _has_title(lines: list[Line], params: Params) -> bool:
    words = [
        m.group().strip(".'-").lower()
        for ln in lines
        for m in _WORD.finditer(ln.text)
    ]
    named = [w for w in words if len(w) >= 3 and w not in _NOT_TITLE and not _ROMAN.match(w)]
    return len(named) >= params.min_words
