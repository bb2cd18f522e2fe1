"""Hostile rule packs are refused with a PackError naming the file, never a
traceback, a hang or gigabytes of memory; messages cannot reach into objects."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest

from courtlint.context import Context
from courtlint.engine import render_message
from courtlint.message_template import fill, template_fields
from courtlint.packs import PackError, load_pack
from courtlint.safe_yaml import MAX_FILE_BYTES

from .test_packs import RULE, write_pack

BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)


def _load_error(folder) -> PackError:
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    return caught.value


def test_a_yaml_alias_bomb_is_refused_without_expanding(tmp_path):
    folder = write_pack(tmp_path, RULE.replace("rationale: It is archaic.", "rationale: It is archaic.\n" + BILLION_LAUGHS.replace("a:", "params_a:", 1)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    error = _load_error(folder)
    assert "anchors and aliases" in str(error) and error.path.endswith("forbidden-word.yml")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KB: no expansion


def test_an_ampersand_in_text_is_not_an_anchor(tmp_path):
    rule = RULE.replace("rationale: It is archaic.", "rationale: Johnson & Johnson say it is archaic.")
    assert load_pack(write_pack(tmp_path, rule)).rules[0].rationale.startswith("Johnson & Johnson")


def test_a_pack_file_that_is_not_utf8_names_the_byte(tmp_path):
    folder = write_pack(tmp_path)
    (folder / "forbidden-word.yml").write_bytes(RULE.replace("archaic", "archa\xefc").encode("latin-1"))
    error = _load_error(folder)
    assert "not UTF-8" in str(error) and "0xef" in str(error) and error.path.endswith("forbidden-word.yml")


def test_a_directory_named_like_a_rule_is_a_pack_error(tmp_path):
    folder = write_pack(tmp_path)
    (folder / "x.yml").mkdir()
    error = _load_error(folder)
    assert error.path.endswith("x.yml") and "not a regular file" in str(error)


def test_an_oversized_pack_file_is_refused_unread(tmp_path):
    folder = write_pack(tmp_path)
    with open(folder / "forbidden-word.yml", "a") as f:
        f.write("# " + "x" * MAX_FILE_BYTES + "\n")
    assert "limit for a pack file" in str(_load_error(folder))


@pytest.mark.parametrize("template", ["{match.__class__}", "{args[0]}", "{}", "{0}", "{pages:{x.y}}"])
def test_a_message_may_use_only_named_fields(tmp_path, template):
    folder = write_pack(tmp_path, RULE.replace('message: "Uses {match}"', f'message: "Uses {template}"'))
    error = _load_error(folder)
    assert error.field == "message" and "only named fields" in str(error)


def test_named_fields_with_conversion_and_spec_are_allowed():
    assert template_fields("{pages:>3} of {limit!r} ({words:{width}})") == ["pages", "limit", "words", "width"]
    assert fill("{pages:>3} of {limit}", {"pages": 7}) == "  7 of ?"


def test_rendering_never_evaluates_attributes():
    # A message that slipped past the loader (a check's own text) is shown as written.
    assert render_message("{match.__class__}", {}, Context(), {"match": "x"}) == "{match.__class__}"
    assert fill("{n:d}", {"n": "not a number"}) == "{n:d}"


@pytest.mark.parametrize("where", ["/etc/passwd", "../../outside.pdf", "sub/../../../outside.pdf"])
def test_example_files_stay_inside_the_pack(tmp_path, where):
    rule = RULE.replace('pass: [{text: "As stated."}]', f'pass: [{{file: "{where}"}}]')
    error = _load_error(write_pack(tmp_path, rule))
    assert error.field == "examples.pass[0].file"


def test_an_example_file_inside_the_pack_resolves_there(tmp_path):
    rule = RULE.replace('pass: [{text: "As stated."}]', 'pass: [{file: "examples/clean.txt"}]')
    folder = write_pack(tmp_path, rule)
    (folder / "examples").mkdir()
    (folder / "examples" / "clean.txt").write_text("As stated.")
    example = load_pack(folder).rules[0].examples[-1]
    assert example.path == str((folder / "examples" / "clean.txt").resolve())


def test_cli_reports_a_hostile_pack_with_exit_2_and_no_traceback(tmp_path):
    folder = write_pack(tmp_path)
    (folder / "bomb.yml").write_text(BILLION_LAUGHS + "\n")
    draft = tmp_path / "draft.txt"
    draft.write_text("As heretofore stated.\n")
    run = subprocess.run(
        [sys.executable, "-m", "courtlint", "check", "--no-config", "--pack", str(folder), str(draft)],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 2
    assert "bomb.yml" in run.stderr and "Traceback" not in run.stderr
