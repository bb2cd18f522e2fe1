"""What a document's parts are and where they lie, read once per document.

``Structure`` is the frozen value every check receives next to the
``Context``: the caption and its columns, the counsel block, the court
title, what is appended to the paper, signature blocks, certificates of
service and each page's footer. Each part is computed the first time a
check asks for it and then kept, so a run whose rules read no signatures
never looks for one. The readers live one concern per module here;
``Structure`` only holds their results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..context import Context
from ..model import Document, Line
from . import attachments, caption, counsel, footers, signatures
from .outline import Outline, build_outline
from .signatures import Signature

__all__ = ["Signature", "Structure"]


@dataclass(frozen=True, eq=False)
class Structure:
    doc: Document
    context: Context
    _footers: dict[int, tuple[Line, ...]] = field(default_factory=dict, repr=False)
    _outlines: dict[tuple[frozenset[str], int], Outline] = field(default_factory=dict, repr=False)

    # ---- the caption -------------------------------------------------------------------

    @cached_property
    def caption_line(self) -> int | None:
        """Index in ``doc.lines`` of the caption's case-number line; None without a caption."""
        return caption.caption_line(self.doc, self.context)

    @cached_property
    def caption_page(self) -> int | None:
        return None if self.caption_line is None else self.doc.lines[self.caption_line].page

    @cached_property
    def caption_range(self) -> range | None:
        """Line indices of the caption, from the top of its page to the line that opens the body."""
        return caption.caption_range(self.doc, self.context)

    @cached_property
    def first_page_range(self) -> range:
        """The caption's lines; without a caption, the first page (or the opening of a text)."""
        return caption.first_page_range(self.doc, self.context)

    @cached_property
    def court_title_index(self) -> int | None:
        return caption.court_title_index(self.doc, self.context)

    @cached_property
    def is_court_form(self) -> bool:
        return caption.is_court_form(self.doc, self.context)

    @cached_property
    def counsel_block(self) -> list[Line] | None:
        """Lines of the caption page above the court title; None when there is no court title."""
        return counsel.counsel_block(self.doc, self.context)

    # ---- the paper and what is appended -------------------------------------------------

    @cached_property
    def attachments_start(self) -> int | None:
        """Index of the first line of what is appended to the paper, or None."""
        return attachments.find_attachments(self.doc, self.context)

    @cached_property
    def signatures(self) -> tuple[Signature, ...]:
        return signatures.find_signatures(self.doc)

    @cached_property
    def signature_blocks(self) -> tuple[range, ...]:
        return signatures.find_signature_blocks(self.doc, self.signatures)

    @cached_property
    def service_sections(self) -> list[range]:
        return signatures.service_sections(self.doc)

    @cached_property
    def paper_signatures(self) -> tuple[Signature, ...]:
        """Signatures of the paper itself: not on a certificate of service, not in an attachment."""
        return signatures.paper_signatures(self.signatures, self.attachments_start, self.service_sections)

    def outline(self, scope, max_words: int = 12) -> Outline:
        """Headings and paragraphs of the running text within ``scope`` (regions), once per scope."""
        key = (frozenset(scope), max_words)
        if key not in self._outlines:
            self._outlines[key] = build_outline(self.doc, key[0], max_words)
        return self._outlines[key]

    def footer_lines(self, page: int) -> tuple[Line, ...]:
        """A page's footer, including footer lines extraction left in the body."""
        if page not in self._footers:
            self._footers[page] = tuple(footers.footer_lines(self.doc, page))
        return self._footers[page]
