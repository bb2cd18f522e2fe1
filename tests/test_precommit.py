"""The pre-commit hook, installed by the real ``pre-commit`` from this checkout into a throwaway matter repo.

pre-commit clones the hook repository at ``rev``, so the hook under test is
the one in this checkout's HEAD commit (``.pre-commit-hooks.yaml`` and the
code and rules committed with it). Set ``COURTLINT_HOOK_REPO`` to another
git checkout (say, a snapshot commit of uncommitted work) to test that instead.

pre-commit pip-installs the hook into a virtualenv of its own. To keep the
test off the network, pip gets no index (``PIP_NO_INDEX``) and finds
courtlint's dependencies already installed, through ``PYTHONPATH``, in this
interpreter's site-packages; the build uses the setuptools virtualenv seeds.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NO_79_5 = "protective-orders.missing-sealing-rule-reference"

PASSING = """STIPULATED PROTECTIVE ORDER
12.3 Filing Protected Material. A Party that seeks to file under seal any Protected Material
must comply with Civil Local Rule 79-5.
"""
FAILING = """STIPULATED PROTECTIVE ORDER
13. FILING PROTECTED MATERIAL
A Party that wishes to file Protected Material shall follow the Court's usual procedures for sealed records.
"""
# Packages that must come from the hook's own virtualenv, not from ours.
_OWN = re.compile(r"^(setuptools|pkg_resources|_distutils_hack|pip|courtlint|__editable__)|\.pth$", re.I)


def _git(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)


def _hook_repo() -> tuple[Path, str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed")
    repo = Path(os.environ.get("COURTLINT_HOOK_REPO", ROOT))
    head = _git("rev-parse", "HEAD", cwd=repo)
    if head.returncode != 0 or _git("rev-parse", "--show-toplevel", cwd=repo).stdout.strip() != str(repo.resolve()):
        pytest.skip(f"{repo} is not the root of a git checkout")
    rev = head.stdout.strip()
    if _git("cat-file", "-e", f"{rev}:.pre-commit-hooks.yaml", cwd=repo).returncode != 0:
        pytest.skip(f"{rev[:12]} has no .pre-commit-hooks.yaml committed")
    return repo, rev


def _offline_env(tmp: Path) -> dict:
    deps = tmp / "deps"
    deps.mkdir()
    for site in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        for entry in Path(site).iterdir():
            if not _OWN.search(entry.name) and not (deps / entry.name).exists():
                (deps / entry.name).symlink_to(entry)
    gitconfig = tmp / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Test\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PRE_COMMIT", "GIT_"))}
    env.update(
        PRE_COMMIT_HOME=str(tmp / "pre-commit-home"),
        PIP_NO_INDEX="1",
        PIP_NO_BUILD_ISOLATION="0",  # pip's spelling for "build without isolation"
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PYTHONPATH=str(deps),
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_CONFIG_NOSYSTEM="1",
    )
    return env


def test_hook_blocks_a_failing_draft_and_passes_a_clean_one(tmp_path: Path):
    repo, rev = _hook_repo()
    env = _offline_env(tmp_path)
    matter = tmp_path / "matter"
    matter.mkdir()
    assert _git("init", "-q", cwd=matter, env=env).returncode == 0
    (matter / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: courtlint\n"
    )
    (matter / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install", "--install-hooks"],
                             cwd=matter, env=env, capture_output=True, text=True)
    assert install.returncode == 0, install.stdout + install.stderr

    (matter / "stipulated-order.txt").write_text(PASSING)
    _git("add", ".", cwd=matter, env=env)
    good = _git("commit", "-m", "clean draft", cwd=matter, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"courtlint \(court filings\)\.+Passed", good.stdout + good.stderr)

    (matter / "second-draft.txt").write_text(FAILING)
    _git("add", "second-draft.txt", cwd=matter, env=env)
    bad = _git("commit", "-m", "draft without L.R. 79-5", cwd=matter, env=env)
    output = bad.stdout + bad.stderr
    assert bad.returncode != 0, output
    assert re.search(r"courtlint \(court filings\)\.+Failed", output)
    assert NO_79_5 in output
    assert "second-draft.txt" in output
    log = _git("log", "--format=%s", cwd=matter, env=env).stdout.split("\n")
    assert log[0] == "clean draft"  # the failing draft was not committed
