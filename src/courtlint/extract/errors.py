"""Input problems: what could not be read, with a code users can act on."""

from __future__ import annotations

#: Error codes reported in a document's ``errors`` list.
CODES = {
    "not-found": "the path does not exist",
    "unsupported-format": "not a PDF, DOCX, text or Markdown file",
    "not-a-pdf": "the file has a .pdf name but is not a PDF",
    "encrypted": "the file is password-protected",
    "corrupt": "the file is damaged",
    "corrupt-page": "one page is damaged and was skipped; the other pages were checked",
    "empty": "the file has no content",
    "no-text-layer": "no page has text (a scan without OCR)",
    "too-large": "the file (or the text or data in it) is over a size limit",
    "timeout": "reading or checking the document ran over the time limit; any findings are incomplete",
    "unreadable": "the file could not be read",
    "internal-error": "courtlint failed on this document (a bug: please report it)",
    "config": "the configuration file for the document is invalid",
}

#: Codes of a document that was read and checked only in part: its findings are
#: reported, but something went unchecked.
PARTIAL = frozenset({"corrupt-page", "timeout"})


class InputError(Exception):
    """A document that cannot be read. ``code`` is one of ``CODES``."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}
