"""courtlint: lint court filings against local rules and judges' orders before filing."""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Linter, Result, lint, lint_many, make_linter, report_dict  # noqa: E402
from .context import Context, Overrides  # noqa: E402
from .extract import InputError, extract  # noqa: E402
from .findings import Finding, Hit, Severity, Source  # noqa: E402
from .model import Document, Line, Location, Page, Span, Word  # noqa: E402
from .packs import Pack, PackError, Rule, load_packs  # noqa: E402
from .describe import describe  # noqa: E402  (the function shadows its module, on purpose)
from .hook import Verdict, check_before_filing  # noqa: E402


__all__ = sorted(
    [
        "Context", "Document", "Finding", "Hit", "InputError", "Line", "Linter", "Location",
        "Overrides", "Pack", "Verdict", "check_before_filing", "PackError", "Page", "Result", "Rule", "Severity", "Source", "Span",
        "Word", "__version__", "describe", "extract", "lint", "lint_many", "load_packs",
        "make_linter", "report_dict",
    ]
)
