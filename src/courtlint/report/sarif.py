"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, SARIF viewers).

One run; ``tool.driver.rules`` comes from rule metadata (the help text is the
same Markdown page ``courtlint rule ID`` prints), results from findings
(STYLE.md section 2.6). SARIF has no notion of a page, so the page, pleading
line and box of a finding travel in the result's ``properties``; regions count
lines and columns in the document's extracted text, in Unicode code points.
Inputs that could not be read become ``toolExecutionNotifications``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..api import Result
from ..findings import Finding, docs_url

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://courtlint.readthedocs.io/"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(results: Iterable[Result], rules: Iterable = ()) -> str:
    """The SARIF log as JSON text; ``rules`` are ``packs.Rule`` objects."""
    return json.dumps(sarif_log(results, rules), indent=2, ensure_ascii=False)


def sarif_log(results: Iterable[Result], rules: Iterable = ()) -> dict:
    results = list(results)
    descriptors: dict[str, dict] = {}
    for rule in rules:
        descriptors.setdefault(rule.id, rule_descriptor(rule))
    for finding in (f for r in results for f in r.findings):
        # A finding from a rule not passed in (courtlint.internal-error, a pack
        # loaded from a matter's config) still gets a descriptor.
        descriptors.setdefault(finding.rule, _finding_descriptor(finding))
    index = {rule_id: i for i, rule_id in enumerate(descriptors)}
    notifications = [_notification(r, e) for r in results for e in r.errors]
    run = {
        "tool": {
            "driver": {
                "name": "courtlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": list(descriptors.values()),
            }
        },
        "invocations": [
            {
                "executionSuccessful": not any(r.unreadable or r.incomplete for r in results),
                "toolExecutionNotifications": notifications,
            }
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule]) for r in results for f in r.findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def rule_descriptor(rule) -> dict:
    from ..docgen import rule_page

    return {
        "id": rule.id,
        "name": rule.slug,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": " ".join(rule.rationale.split())},
        "helpUri": docs_url(rule.id),
        "help": {
            "text": f"{rule.title}. Source: {rule.source.cite} <{rule.source.url}>",
            "markdown": rule_page(rule),
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"pack": rule.pack, "source": rule.source.to_dict()},
    }


def _finding_descriptor(finding: Finding) -> dict:
    return {
        "id": finding.rule,
        "shortDescription": {"text": finding.rule},
        "helpUri": finding.docs_url,
        "defaultConfiguration": {"level": LEVELS[str(finding.severity)]},
        "properties": {"source": finding.source.to_dict()},
    }


def artifact_location(path: str) -> dict:
    """A relative path stays relative to %SRCROOT% (what code scanning expects)."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(Path(path).as_posix()), "uriBaseId": SRCROOT}


def _result(finding: Finding, rule_index: int) -> dict:
    physical: dict = {"artifactLocation": artifact_location(finding.path)}
    properties: dict = {"source": finding.source.to_dict()}
    loc = finding.location
    if loc is not None:
        physical["region"] = region(finding)
        properties.update(loc.to_dict())
        for key in ("start", "end", "line", "column"):  # already in the region
            properties.pop(key)
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[str(finding.severity)],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {"courtlint/v1": _fingerprint(finding)},
        "properties": properties,
    }


def region(finding: Finding) -> dict:
    loc = finding.location
    out = {
        "startLine": loc.line,
        "startColumn": loc.column,
        "charOffset": loc.start,
        "charLength": loc.end - loc.start,
    }
    # Location names where a span starts; its end line and column are known
    # only when the model supplies them (see end_position).
    end = end_position(loc)
    if end is not None:
        out["endLine"], out["endColumn"] = end
    if finding.excerpt:
        out["snippet"] = {"text": finding.excerpt}
    return out


def end_position(loc) -> tuple[int, int] | None:
    """1-based (line, column) just past the span, when the Location carries them."""
    end_line = getattr(loc, "end_line", None)
    end_column = getattr(loc, "end_column", None)
    if end_line is None or end_column is None:
        return None
    return end_line, end_column


def _fingerprint(finding: Finding) -> str:
    # Stable across edits that only move the text: the rule, the file and what
    # the finding is about, not its line number.
    key = "\x1f".join((finding.rule, finding.path, finding.excerpt or finding.message))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _notification(result: Result, error: dict) -> dict:
    return {
        "level": "error" if result.unreadable else "warning",
        "message": {"text": error["message"]},
        "descriptor": {"id": f"courtlint.input.{error['code']}"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(result.path)}}],
    }
