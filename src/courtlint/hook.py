"""A pass/fail gate for document-management systems: lint one document before it is filed.

    >>> verdict = courtlint.check_before_filing("order.pdf", court="cacd", fail_on="warning")
    >>> if not verdict:
    ...     print(verdict.report)

The verdict follows the CLI's exit-code rules: it fails when a finding is at or
above ``fail_on``, or when the document could not be read at all.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass

from .api import Result, make_linter
from .findings import Severity


@dataclass(frozen=True)
class Verdict:
    passed: bool
    result: Result
    report: str  # the terminal report as plain text

    def __bool__(self) -> bool:
        return self.passed


def check_before_filing(
    path_or_bytes: str | os.PathLike | bytes,
    *,
    fail_on: str = "error",
    name: str | None = None,
    **context,
) -> Verdict:
    """Lint one document and decide whether it may be filed.

    Args:
        path_or_bytes: A PDF, DOCX, TXT or MD path, or the file's bytes.
        fail_on: ``error``, ``warning`` or ``info``: the lowest severity that fails.
        name: What to call the document in the report (default: the path).
        **context: ``make_linter`` options: court, case_number, judge,
            referred_to, doc_type, select, ignore, packs, use_config. For a path,
            the matter's ``courtlint.toml`` fills what they leave out.
    """
    try:
        threshold = Severity(fail_on).rank
    except ValueError:
        raise ValueError(f"fail_on must be error, warning or info, not {fail_on!r}") from None
    result = make_linter(**context).lint(path_or_bytes, name=name)
    blocking = any(f.severity.rank >= threshold for f in result.findings)
    # A document read or checked only in part (a damaged page, the time limit) does not pass either.
    passed = not (blocking or result.unreadable or result.incomplete)
    return Verdict(passed=passed, result=result, report=_report(result))


def _report(result: Result) -> str:
    from rich.console import Console

    from .report import terminal

    out = io.StringIO()
    terminal.render([result], Console(file=out, width=100, no_color=True, highlight=False, emoji=False))
    return out.getvalue()
