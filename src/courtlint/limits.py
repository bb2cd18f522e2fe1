"""Resource limits for one document, and the wall-clock budget that enforces its time limit.

A draft brief is a few MB; these limits are far above any filing, and exist so
that a hostile or broken file (a zip bomb, a 200 MB text dump) costs seconds
and a clear message instead of gigabytes and a crash. Every message names the
limit and what was measured.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

MB = 2**20


@dataclass(frozen=True)
class Limits:
    #: Files larger than this are refused unread (both courts cap a filing at 35-50 MB).
    file_bytes: int = 500 * MB
    #: A DOCX whose parts unpack to more than this is refused before it is parsed.
    docx_unpacked_bytes: int = 200 * MB
    #: A DOCX part over ``docx_ratio_floor`` that expands more than this is a zip bomb.
    docx_part_ratio: float = 100.0
    docx_ratio_floor: int = 10 * MB
    #: Characters of text (from a text file, a DOCX or a PDF).
    text_chars: int = 50 * MB
    #: Wall-clock seconds to read and check one document; None: no limit.
    seconds: float | None = 120.0


def size(n: float) -> str:
    """``n`` bytes (or characters) for a message: "72 MB", "1.4 GB", "3.5 MB", "812 KB"."""
    if n >= 1024 * MB:
        return f"{n / (1024 * MB):.1f} GB"
    if n >= 10 * MB:
        return f"{n / MB:.0f} MB"
    if n >= MB:
        return f"{n / MB:.1f} MB"
    return f"{n / 1024:.0f} KB"


class Deadline:
    """The time left for one document; checked between units of work (pages, rules),
    so work stops at the next boundary after it passes."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self._start = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._start

    @property
    def expired(self) -> bool:
        return self.seconds is not None and self.elapsed > self.seconds

    def over(self) -> str:
        """What passed, for a message: "over the 120 s time limit (121 s)"."""
        return f"over the {self.seconds:g} s time limit ({self.elapsed:.0f} s)"


#: No time limit.
UNLIMITED = Deadline(None)
