"""``courtlint describe``: what was understood, as text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from courtlint.cli import main

SAMPLES = Path(__file__).parent.parent / "corpus" / "samples"


def test_json_gives_values_with_their_origins_and_the_parts(capsys):
    assert main(["describe", "--format", "json", str(SAMPLES / "stipulated-protective-order-cacd.pdf")]) == 0
    item = json.loads(capsys.readouterr().out)["documents"][0]
    assert item["court"] == {"value": "cacd", "origin": "caption"}
    assert item["case_number"]["as_printed"] == "Case No. 2:24-cv-01234-MWF (SSx)"
    assert item["magistrate_judge"]["value"] == "SS"
    assert item["doc_type"]["value"] == "protective_order"
    kinds = [part["part"] for part in item["parts"]]
    assert {"caption", "counsel block", "court title", "body"} <= set(kinds)
    caption = next(p for p in item["parts"] if p["part"] == "caption")
    assert caption["page"] == 1 and caption["pleading_lines"][0] == 1


def test_text_names_each_value_and_where_parts_lie(capsys):
    assert main(["describe", str(SAMPLES / "motion-to-compel-cand.pdf")]) == 0
    out = capsys.readouterr().out
    assert "case number       3:24-cv-04321  (caption)  printed 'Case No. 3:24-cv-04321-WHA'" in out
    assert "type              motion  (document)" in out
    assert "p. 1:7                 court title             UNITED STATES DISTRICT COURT" in out
    assert "signature block" in out


def test_an_override_is_shown_as_given_on_the_command_line(capsys):
    main(["describe", "--format", "json", "--referred-to", "JCS", str(SAMPLES / "motion-to-compel-cand.pdf")])
    item = json.loads(capsys.readouterr().out)["documents"][0]
    assert item["magistrate_judge"] == {"value": "JCS", "origin": "cli"}


def test_a_court_given_in_capitals_is_read_as_check_reads_it(capsys):
    main(["describe", "--format", "json", "--court", "CAND", str(SAMPLES / "motion-to-compel-cand.pdf")])
    court = json.loads(capsys.readouterr().out)["documents"][0]["court"]
    assert court == {"value": "cand", "origin": "cli"}


def test_an_unreadable_file_is_reported_and_exits_2(tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot a pdf")
    good = SAMPLES / "motion-to-compel-cand.pdf"
    assert main(["describe", str(broken), str(good)]) == 2
    out = capsys.readouterr().out
    assert "cannot read:" in out and "3:24-cv-04321" in out  # the good file is still described
