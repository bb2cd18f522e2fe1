"""The case profile in courtlint.toml / pyproject.toml, found by walking up."""

from __future__ import annotations

import pytest

import courtlint
from courtlint.config import ConfigError, find_config, load_settings

CAPTION = """\
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
MIRA OKAFOR, Plaintiff,
v.
BRIGHTWELL ANALYTICS, INC., Defendant.
Case No. 3:24-cv-04321-WHA
PLAINTIFF'S MOTION TO COMPEL
"""


def test_courtlint_toml_is_found_from_a_nested_draft(tmp_path):
    (tmp_path / "courtlint.toml").write_text('court = "cand"\nreferred_to = "jcs"\nfail_on = "warning"\n')
    draft = tmp_path / "drafts" / "v2" / "motion.txt"
    draft.parent.mkdir(parents=True)
    draft.write_text(CAPTION)
    found = find_config(draft)
    assert found == tmp_path / "courtlint.toml"
    settings = load_settings(str(found))
    assert settings.overrides.magistrate_judge == "jcs"
    assert settings.fail_on == "warning"
    result = courtlint.lint(draft)
    assert result.context.magistrate_judge == "JCS"
    assert result.context.origins.get("magistrate_judge") == "config"


def test_pyproject_tool_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.courtlint]\ncourt = "cacd"\ndistrict_judge = "MWF"\n')
    draft = tmp_path / "po.txt"
    draft.write_text("STIPULATED PROTECTIVE ORDER\n")
    settings = load_settings(str(find_config(draft)))
    assert settings.overrides.court == "cacd" and settings.overrides.district_judge == "MWF"


def test_pyproject_without_section_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path / "a.txt") is None


def test_flags_beat_the_config(tmp_path):
    (tmp_path / "courtlint.toml").write_text('referred_to = "LB"\n')
    draft = tmp_path / "motion.txt"
    draft.write_text(CAPTION)
    result = courtlint.lint(draft, referred_to="JCS")
    assert result.context.magistrate_judge == "JCS"


def test_unknown_setting_is_an_error(tmp_path):
    path = tmp_path / "courtlint.toml"
    path.write_text('cort = "cand"\n')
    with pytest.raises(ConfigError, match="unknown setting 'cort'"):
        load_settings(str(path))
    draft = tmp_path / "motion.txt"
    draft.write_text(CAPTION)
    result = courtlint.lint(draft)
    assert result.errors and result.errors[0]["code"] == "config"
