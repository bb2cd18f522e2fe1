"""Reporters: render results (findings plus rule metadata) for people and tools.

``text`` (terminal.py, rich) is for a person at a terminal; ``json`` is the
contract of docs/json.md; ``sarif`` and ``github`` are for CI (code scanning
and workflow-command annotations); ``html`` is a self-contained report with
each PDF page drawn and the findings' boxes on it.
"""

from __future__ import annotations

FORMATS = ("text", "json", "sarif", "github", "html")


def summary(findings) -> str:
    """'2 errors, 1 warning, 0 info' for a run's findings."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[str(finding.severity)] += 1
    return ", ".join(f"{n} {k}{'s' if n != 1 and k != 'info' else ''}" for k, n in counts.items())
