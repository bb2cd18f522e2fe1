"""Inputs are read-only: no output flag may overwrite a file the run lints,
and a report is written whole or not at all (issue 9)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from courtlint import outputs
from courtlint.cli import main

from .conftest import SAMPLES

MOTION = SAMPLES / "motion-to-compel-cand.pdf"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "in.pdf"
    shutil.copyfile(MOTION, path)
    return path


def _refused(capsys, argv, protected: Path, shown: str, what: str = "the report") -> None:
    before = _digest(protected)
    assert main(["check", "--no-config", "--jobs", "1", *argv]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"courtlint: refusing to write {what} to {shown}: it is an input of this run"
    assert _digest(protected) == before


def test_output_naming_the_single_input_is_refused(capsys, draft):
    _refused(capsys, ["--format", "json", "-o", str(draft), str(draft)], draft, str(draft))


def test_output_naming_one_file_of_a_directory_batch_is_refused(capsys, tmp_path, draft):
    (tmp_path / "sub").mkdir()
    notes = tmp_path / "sub" / "notes.txt"
    notes.write_text("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n")
    _refused(capsys, ["--output", str(notes), str(tmp_path)], notes, str(notes))
    assert _digest(draft) == _digest(MOTION)


def test_output_through_a_symlink_to_an_input_is_refused(capsys, tmp_path, draft):
    link = tmp_path / "report.json"
    link.symlink_to(draft.name)
    _refused(capsys, ["--format", "json", "-o", str(link), str(draft)], draft, str(link))
    assert link.is_symlink()


def test_output_naming_a_hard_link_to_an_input_is_refused(capsys, tmp_path, draft):
    twin = tmp_path / "report.html"
    os.link(draft, twin)
    _refused(capsys, ["--format", "html", "-o", str(twin), str(draft)], draft, str(twin))


def test_annotated_copy_through_a_symlink_to_the_input_is_refused(capsys, tmp_path, draft):
    link = tmp_path / "marked.pdf"
    link.symlink_to(draft)
    _refused(capsys, ["--annotate", str(link), str(draft)], draft, str(link), "the annotated copy")


def test_annotated_copy_into_a_missing_directory_fails_before_linting(capsys, tmp_path, draft):
    target = tmp_path / "nowhere" / "marked.pdf"
    assert main(["check", "--no-config", "--annotate", str(target), str(draft)]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"courtlint: cannot write the annotated copy to {target}: directory {target.parent} does not exist"
    )
    assert captured.out == ""  # nothing was linted or reported
    assert not target.parent.exists()


def test_report_into_a_missing_directory_fails_before_linting(capsys, tmp_path, draft):
    target = tmp_path / "nowhere" / "report.json"
    assert main(["check", "--no-config", "--format", "json", "-o", str(target), str(draft)]) == 2
    assert "directory" in capsys.readouterr().err and not target.parent.exists()


def test_report_is_written_whole_after_the_run(capsys, tmp_path, draft):
    report = tmp_path / "report.json"
    report.write_text("previous report\n")
    assert main(["check", "--no-config", "--format", "json", "-o", str(report), str(draft)]) == 0
    assert report.read_text().startswith("{") and '"documents"' in report.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.pdf", "report.json"]


def test_a_report_that_fails_to_render_leaves_the_old_one(monkeypatch, tmp_path, draft):
    from courtlint.report import json_report

    report = tmp_path / "report.json"
    report.write_text("previous report\n")

    def broken(results):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(json_report, "render", broken)
    with pytest.raises(RuntimeError):
        main(["check", "--no-config", "--format", "json", "-o", str(report), str(draft)])
    assert report.read_text() == "previous report\n"


def test_a_writer_that_raises_midway_leaves_the_target_and_no_temp_file(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old\n")
    with pytest.raises(OSError, match="disk full"):
        with outputs.atomic_write(target) as fh:
            fh.write("new and half")
            raise OSError("disk full")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_a_new_file_gets_open_permissions_and_an_old_one_keeps_its_own(tmp_path):
    umask = os.umask(0o027)
    try:
        outputs.write_text(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o640
    old = tmp_path / "old.txt"
    old.write_text("a")
    old.chmod(0o600)
    outputs.write_text(old, "b")
    assert old.read_text() == "b" and old.stat().st_mode & 0o777 == 0o600


def test_a_symlinked_output_updates_its_target_and_stays_a_link(tmp_path):
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "latest.txt"
    real.write_text("old")
    link = tmp_path / "latest.txt"
    link.symlink_to(real)
    outputs.check_output(link, [tmp_path / "in.pdf"])
    outputs.write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_device_is_written_in_place(tmp_path):
    outputs.check_output(os.devnull, [tmp_path / "in.pdf"])
    outputs.write_text(os.devnull, "discarded")
    assert Path(os.devnull).exists() and not Path(os.devnull).is_file()


def test_a_directory_is_not_an_output(tmp_path):
    with pytest.raises(outputs.OutputError, match="is a directory"):
        outputs.check_output(tmp_path, [])


def test_output_and_annotate_must_differ(capsys, tmp_path, draft):
    same = tmp_path / "out.pdf"
    assert main(["check", "--no-config", "-o", str(same), "--annotate", str(same), str(draft)]) == 2
    assert "both name" in capsys.readouterr().err and not same.exists()
