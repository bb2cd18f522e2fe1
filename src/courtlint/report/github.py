"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

GitHub shows each as an annotation on the run and, for text files, on the
line in the pull request. Line and column are given only for plain-text and
Markdown files, where they are lines of the file; for a PDF or DOCX they would
point into extracted text GitHub cannot show, so the page and pleading line go
into the message instead.

Escaping follows the runner's rules (actions/toolkit ``command.ts``): in the
message ``%``, CR and LF are percent-encoded; in a property value ``:`` and
``,`` are too.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from ..api import Result
from ..findings import Finding
from . import summary

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_TEXT_SUFFIXES = {".txt", ".md", ".markdown"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(results: Iterable[Result]) -> str:
    lines: list[str] = []
    findings: list[Finding] = []
    documents = 0
    for result in results:
        documents += 1
        for error in result.errors:
            level = "error" if result.unreadable else "warning"
            lines.append(command(level, error["message"], file=result.path, title=f"courtlint: {error['code']}"))
        findings.extend(result.findings)
        lines.extend(annotation(f) for f in result.findings)
    lines.append(f"courtlint: {documents} document{'s' if documents != 1 else ''}: {summary(findings)}")
    return "\n".join(lines)


def annotation(finding: Finding) -> str:
    loc = finding.location
    text_file = PurePath(finding.path).suffix.lower() in _TEXT_SUFFIXES
    props: dict[str, object] = {"file": finding.path}
    where = ""
    if loc is not None and text_file:
        props.update(line=loc.line, col=loc.column)
    elif loc is not None and loc.page is not None:
        where = f"page {loc.page}" + (f", line {loc.pleading_line}" if loc.pleading_line else "") + ": "
    elif loc is not None:
        where = f"paragraph {loc.line}: "
    props["title"] = finding.rule
    body = [where + finding.message]
    if finding.excerpt:
        body.append(f"“{finding.excerpt}”")
    body.append(f"{finding.source.cite} <{finding.source.url}>")
    return command(COMMANDS[str(finding.severity)], "\n".join(body), **props)
