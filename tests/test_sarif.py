"""``--format sarif``: valid SARIF 2.1.0 (checked against the OASIS schema), carrying rules, regions and pages."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from courtlint import Location, load_packs
from courtlint.cli import main
from courtlint.docgen import rule_page
from courtlint.report import sarif

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SAMPLE_PDF = ROOT / "corpus" / "samples" / "stipulated-protective-order-cacd.pdf"
BLANKET = "protective-orders.blanket-sealing"
NO_79_5 = "protective-orders.missing-sealing-rule-reference"
DRAFT = """STIPULATED PROTECTIVE ORDER

4. FILING PROTECTED MATERIAL
The index is attached. All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal.
"""


def _validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)


@pytest.fixture
def run(tmp_path: Path, monkeypatch, capsys):
    """Lint a text draft, a PDF and a missing file from a matter folder; return (exit code, SARIF)."""
    (tmp_path / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    (tmp_path / "draft.txt").write_text(DRAFT)
    shutil.copyfile(SAMPLE_PDF, tmp_path / "order.pdf")
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--format", "sarif", "--jobs", "1", "draft.txt", "order.pdf", "missing.pdf"])
    return code, json.loads(capsys.readouterr().out)


def test_output_validates_against_the_sarif_schema(run):
    code, log = run
    assert code == 2  # an input could not be read
    _validate(log)
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _validate(broken)  # the schema is really being applied


def test_driver_describes_every_rule_with_its_help_page(run):
    _, log = run
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("courtlint", "0.1.0")
    assert driver["informationUri"].startswith("https://")
    rules = {r.id: r for p in load_packs() for r in p.rules}
    described = {d["id"]: d for d in driver["rules"]}
    assert set(rules) <= set(described)
    d, rule = described[BLANKET], rules[BLANKET]
    assert d["shortDescription"]["text"] == rule.title
    assert d["fullDescription"]["text"] == " ".join(rule.rationale.split())
    assert d["helpUri"].endswith("/protective-orders/blanket-sealing/")
    assert d["help"]["markdown"] == rule_page(rule)
    assert d["defaultConfiguration"]["level"] == "error"
    for result in log["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def _results(log: dict, path: str) -> dict[str, dict]:
    return {
        r["ruleId"]: r
        for r in log["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == path
    }


def test_text_finding_has_a_region_in_lines_and_columns(run):
    _, log = run
    result = _results(log, "draft.txt")[BLANKET]
    assert result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    sentence = "All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal."
    line = DRAFT.split("\n")[3]
    assert location["region"] == {
        "startLine": 4,
        "startColumn": line.index(sentence) + 1,
        "endLine": 4,
        "endColumn": line.index(sentence) + len(sentence) + 1,
        "charOffset": DRAFT.index(sentence),
        "charLength": len(sentence),
        "snippet": {"text": sentence},
    }
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_pdf_finding_carries_page_and_box_and_document_finding_has_no_region(run):
    _, log = run
    results = _results(log, "order.pdf")
    props = results[BLANKET]["properties"]
    assert props["page"] == 2 and props["pleading_line"] == 6
    x0, top, x1, bottom = props["bbox"]
    assert 0 < x0 < x1 <= 612 and 0 < top < bottom <= 792
    whole = results[NO_79_5]["locations"][0]["physicalLocation"]
    assert "region" not in whole and whole["artifactLocation"]["uri"] == "order.pdf"
    assert results[NO_79_5]["level"] == "error"
    assert {r["level"] for r in results.values()} <= {"error", "warning", "note"}


def test_unreadable_input_is_a_tool_execution_notification(run):
    _, log = run
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["descriptor"]["id"] == "courtlint.input.not-found"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.pdf"
    assert not _results(log, "missing.pdf")


@dataclasses.dataclass(frozen=True, slots=True)
class _SpanEnd(Location):
    end_line: int | None = None
    end_column: int | None = None


def test_region_gets_end_line_and_column_when_the_location_has_them():
    """Once Location carries its end (a proposed model change), the region uses it."""
    from courtlint.api import Result
    from courtlint.findings import Finding, Severity, Source

    loc = _SpanEnd(start=10, end=30, line=2, column=3, end_line=3, end_column=5)
    finding = Finding(rule="x.y", severity=Severity.INFO, message="m", path="a.txt", location=loc,
                      excerpt="text", source=Source("cite", "https://example.invalid"), docs_url="https://d")
    log = sarif.sarif_log([Result("a.txt", None, (finding,))])
    _validate(log)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["endLine"], region["endColumn"]) == (3, 5)
    assert log["runs"][0]["results"][0]["level"] == "note"


def test_a_partly_checked_document_is_not_a_successful_execution():
    from courtlint.api import Result
    from courtlint.context import Context
    from courtlint.report import sarif

    partial = Result("draft.pdf", Context(), errors=({"code": "corrupt-page", "message": "draft.pdf: page 3 cannot be loaded"},))
    invocation = json.loads(sarif.render([partial], []))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["level"] == "warning"
