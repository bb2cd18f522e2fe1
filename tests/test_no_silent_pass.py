"""Unknown is an error: a typo in a selector, court or document type never
turns into "no problems found", and a document courtlint has no court rules
for says so (issue 9)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import courtlint
from courtlint import api
from courtlint.cli import main
from courtlint.config import find_config
from courtlint.packs import load_packs
from courtlint.validate import UnknownName, known_courts

MASSACHUSETTS = """\
UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

JANE ROE, Plaintiff,
v.
ACME CORP., Defendant.

Civil Action No. 1:24-cv-10001

PLAINTIFF'S MOTION TO COMPEL

Plaintiff moves to compel the production of documents.
"""
CALIFORNIA = MASSACHUSETTS.replace("DISTRICT OF MASSACHUSETTS", "NORTHERN DISTRICT OF CALIFORNIA").replace(
    "Civil Action No. 1:24-cv-10001", "Case No. 3:24-cv-04321-WHA"
)
PO = b"STIPULATED PROTECTIVE ORDER\n\nAll Confidential material shall be filed under seal.\n"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "motion.txt"
    path.write_text(CALIFORNIA)
    return path


def _check(capsys, *argv) -> tuple[int, str, str]:
    code = main(["check", "--jobs", "1", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ---- selectors ---------------------------------------------------------------


def test_a_misspelt_select_is_an_error_with_a_suggestion(capsys, draft):
    code, out, err = _check(capsys, "--no-config", "--select", "blanket-sealng", str(draft))
    assert code == 2 and out == ""
    assert err.strip() == "courtlint: unknown rule or pack 'blanket-sealng' in --select; did you mean 'blanket-sealing'?"


def test_a_select_naming_nothing_is_an_error(capsys, draft):
    code, _, err = _check(capsys, "--no-config", "--select", "frcp,nosuchrule", str(draft))
    assert code == 2
    assert err.strip() == "courtlint: unknown rule or pack 'nosuchrule' in --select; see `courtlint rules`"


def test_a_misspelt_ignore_is_an_error(capsys, draft):
    code, _, err = _check(capsys, "--no-config", "--ignore", "cand-referal", str(draft))
    assert code == 2
    assert err.strip() == "courtlint: unknown rule or pack 'cand-referal' in --ignore; did you mean 'cand-referral'?"


@pytest.mark.parametrize("selector", ["protective-orders.blanket-sealing", "protective-orders", "blanket-sealing"])
def test_ids_packs_and_slugs_are_known(capsys, draft, selector):
    code, _, err = _check(capsys, "--no-config", "--select", selector, str(draft))
    assert code == 0, err


def test_a_misspelt_select_in_courtlint_toml_names_the_file(capsys, draft):
    config = draft.parent / "courtlint.toml"
    config.write_text('select = ["cand-referal"]\n')
    code, out, err = _check(capsys, str(draft))
    assert code == 2 and out == ""
    assert err.strip() == (
        f"courtlint: {config}: unknown rule or pack 'cand-referal' in select; did you mean 'cand-referral'?"
    )


def test_a_misspelt_ignore_in_pyproject_names_the_file(capsys, draft):
    config = draft.parent / "pyproject.toml"
    config.write_text('[tool.courtlint]\nignore = ["blanket-sealng"]\n')
    code, _, err = _check(capsys, str(draft))
    assert code == 2
    assert str(config) in err and "'blanket-sealng' in ignore; did you mean 'blanket-sealing'?" in err


def test_a_bad_config_deeper_in_a_batch_stops_the_run_before_linting(capsys, tmp_path, draft):
    matter = tmp_path / "other-matter"
    matter.mkdir()
    (matter / "courtlint.toml").write_text('court = "cnad"\n')
    (matter / "motion.txt").write_text(CALIFORNIA)
    code, out, err = _check(capsys, "--format", "json", str(tmp_path))
    assert code == 2 and out == ""
    assert "unknown court 'cnad' in court; did you mean 'cand'?" in err and "other-matter" in err


def test_the_api_raises_for_its_callers_unknown_names():
    with pytest.raises(ValueError, match=r"unknown rule or pack 'blanket-sealng' in select; did you mean 'blanket-sealing'\?"):
        courtlint.lint(PO, name="po.txt", select=["blanket-sealng"])
    with pytest.raises(ValueError, match="in ignore"):
        courtlint.make_linter(ignore=["nosuchrule"]).lint(PO, name="po.txt")
    with pytest.raises(ValueError, match=r"unknown court 'cnad' in court; did you mean 'cand'\?"):
        courtlint.Linter(overrides=courtlint.Overrides(court="cnad")).validate()
    with pytest.raises(ValueError, match=r"unknown document type 'protective-order' in doc_type; did you mean 'protective_order'\?"):
        courtlint.lint(PO, name="po.txt", court="cacd", doc_type="protective-order")


def test_the_api_reports_a_config_typo_as_that_documents_error(tmp_path):
    (tmp_path / "courtlint.toml").write_text('court = "cand"\nselect = ["cand-referal"]\n')
    path = tmp_path / "motion.txt"
    path.write_text(CALIFORNIA)
    result = courtlint.lint(path)
    assert result.findings == () and [e["code"] for e in result.errors] == ["config"]
    assert str(tmp_path / "courtlint.toml") in result.errors[0]["message"]
    assert "did you mean 'cand-referral'?" in result.errors[0]["message"]


def test_names_are_checked_once_per_linter(monkeypatch, draft):
    calls = []
    real = api.check_selectors
    monkeypatch.setattr(api, "check_selectors", lambda *a: calls.append(a) or real(*a))
    linter = courtlint.make_linter(select=["cand"], use_config=False)
    for _ in range(3):
        assert not linter.lint(draft).errors
    assert len(calls) == 2  # select and ignore, once


# ---- courts and document types -------------------------------------------------


def test_an_unknown_court_is_an_error(capsys, draft):
    code, out, err = _check(capsys, "--no-config", "--court", "nosuch", str(draft))
    assert code == 2 and out == ""
    assert err.strip().startswith("courtlint: unknown court 'nosuch' in --court; ")
    code, _, err = _check(capsys, "--no-config", "--court", "cnad", str(draft))
    assert code == 2 and "did you mean 'cand'?" in err


def test_describe_rejects_an_unknown_court_too(capsys, draft):
    assert main(["describe", "--court", "cnad", str(draft)]) == 2
    assert "did you mean 'cand'?" in capsys.readouterr().err


def test_a_config_doc_type_typo_is_an_error(capsys, draft):
    (draft.parent / "courtlint.toml").write_text('doc_type = "motoin"\n')
    code, _, err = _check(capsys, str(draft))
    assert code == 2 and "unknown document type 'motoin' in doc_type; did you mean 'motion'?" in err


def test_known_courts_are_the_federal_districts_their_bankruptcy_courts_and_the_packs():
    courts = known_courts(load_packs())
    assert {"cand", "cacd", "mad", "nysd", "canb", "nmid", "vid"} <= courts
    assert "nosuch" not in courts and len(courts) == 2 * 94


# ---- a document no court pack covers ------------------------------------------------


def _findings(capsys, path: Path, *flags) -> list[dict]:
    code, out, err = _check(capsys, "--no-config", "--format", "json", *flags, str(path))
    assert code in (0, 1), err
    return json.loads(out)["documents"][0]["findings"]


def test_a_massachusetts_filing_says_no_court_rules_ran(capsys, tmp_path):
    path = tmp_path / "mass.txt"
    path.write_text(MASSACHUSETTS)
    notes = [f for f in _findings(capsys, path) if f["rule"] == "courtlint.no-court-rules"]
    assert len(notes) == 1
    (note,) = notes
    assert note["severity"] == "info" and note["location"] is None
    assert "'mad' (read from the caption)" in note["message"]
    assert "only court-independent rules were checked (packs: frcp, redaction)" in note["message"]
    assert note["source"]["cite"] == "courtlint"
    assert note["docs_url"].endswith("/rules/courtlint/no-court-rules/")


def test_the_note_is_there_whatever_the_selection_and_fails_on_info(capsys, tmp_path):
    path = tmp_path / "mass.txt"
    path.write_text(MASSACHUSETTS)
    assert [f["rule"] for f in _findings(capsys, path, "--select", "frcp")] == ["courtlint.no-court-rules"]
    assert main(["check", "--no-config", "--fail-on", "info", str(path)]) == 1
    capsys.readouterr()


def test_the_note_can_be_ignored_by_its_id(capsys, tmp_path):
    path = tmp_path / "mass.txt"
    path.write_text(MASSACHUSETTS)
    assert _findings(capsys, path, "--ignore", "courtlint.no-court-rules") == []


def test_a_california_filing_has_no_such_note(capsys, draft):
    assert not [f for f in _findings(capsys, draft) if f["rule"] == "courtlint.no-court-rules"]
    # ... even when the selection runs none of N.D. Cal.'s own rules.
    assert _findings(capsys, draft, "--select", "frcp") == []


def test_an_undetected_court_is_named_as_such(tmp_path):
    result = courtlint.lint(b"Some notes for the file.\n", name="notes.txt")
    (note,) = result.findings
    assert note.rule == "courtlint.no-court-rules" and note.message.startswith("No court was detected")
    given = courtlint.lint(b"Some notes for the file.\n", name="notes.txt", court="nysd")
    assert [f.message for f in given.findings][0].startswith("No loaded rule pack has rules for court 'nysd' (given with --court)")


# ---- paths that cannot be read ---------------------------------------------------------


def _batch(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "matter"
    (root / "locked").mkdir(parents=True)
    (root / "motion.txt").write_text(CALIFORNIA)
    (root / "locked" / "draft.txt").write_text(CALIFORNIA)
    return root, root / "locked"


def _assert_locked_reported(capsys, root: Path, locked: Path) -> None:
    code, out, err = _check(capsys, "--no-config", "--format", "json", str(root))
    assert code == 2, err
    docs = {d["path"]: d for d in json.loads(out)["documents"]}
    assert docs[str(root / "motion.txt")]["errors"] == [] and docs[str(root / "motion.txt")]["document"]
    (error,) = docs[str(locked)]["errors"]
    assert error["code"] == "unreadable" and str(locked) in error["message"]
    assert "Permission denied" in error["message"]


def test_an_unreadable_subdirectory_is_an_error_not_a_skip(capsys, tmp_path):
    root, locked = _batch(tmp_path)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: a mode-000 directory is still readable")
        _assert_locked_reported(capsys, root, locked)
    finally:
        locked.chmod(0o755)


def _lock(monkeypatch, locked: Path) -> None:
    """What mode 000 does to a non-root user: the folder cannot be listed, nor anything in it looked at."""
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def stat(path, *args, **kwargs):
        if isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(f"{locked}/"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)


def test_a_directory_that_cannot_be_listed_is_reported(monkeypatch, capsys, tmp_path):
    """The same, with the permission error simulated, so it runs as root too."""
    root, locked = _batch(tmp_path)
    _lock(monkeypatch, locked)
    _assert_locked_reported(capsys, root, locked)


def test_a_file_in_a_folder_that_cannot_be_searched_is_a_clean_error(monkeypatch, capsys, tmp_path):
    _, locked = _batch(tmp_path)
    _lock(monkeypatch, locked)
    code, out, err = _check(capsys, "--format", "json", str(locked / "draft.txt"))
    assert code == 2, err
    (doc,) = json.loads(out)["documents"]
    assert [e["code"] for e in doc["errors"]] == ["unreadable"]


def test_a_symlink_loop_is_a_clean_error(capsys, tmp_path):
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop.name)
    assert find_config(loop) is None
    code, out, err = _check(capsys, "--format", "json", str(loop))
    assert code == 2 and "Traceback" not in err
    (doc,) = json.loads(out)["documents"]
    assert [e["code"] for e in doc["errors"]] in (["not-found"], ["unreadable"])


def test_broken_links_inside_a_directory_are_reported(capsys, tmp_path):
    (tmp_path / "motion.txt").write_text(CALIFORNIA)
    (tmp_path / "loop.pdf").symlink_to("loop.pdf")
    (tmp_path / "gone.docx").symlink_to("moved-away.docx")
    code, out, _ = _check(capsys, "--no-config", "--format", "json", str(tmp_path))
    assert code == 2
    errors = {Path(d["path"]).name: [e["code"] for e in d["errors"]] for d in json.loads(out)["documents"]}
    assert errors == {"gone.docx": ["not-found"], "loop.pdf": ["not-found"], "motion.txt": []}


def test_unknown_name_is_both_a_value_error_and_a_config_error():
    from courtlint.config import ConfigError

    assert issubclass(UnknownName, ValueError) and issubclass(UnknownName, ConfigError)


def test_the_note_has_a_page(capsys):
    assert main(["rule", "courtlint.no-court-rules"]) == 0
    assert "No loaded rule pack covers the document's court" in capsys.readouterr().out
    page = Path(__file__).resolve().parents[1] / "docs" / "rules" / "courtlint" / "no-court-rules.md"
    assert "--ignore courtlint.no-court-rules" in page.read_text()
