"""Shared fixtures: paths to the project's corpus and the optional shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"


def shared_corpus() -> Path | None:
    """The shared RECAP corpus (../shared/corpus/recap), or None on a user's machine."""
    env = os.environ.get("COURTLINT_SHARED_CORPUS")
    path = Path(env) if env else REPO.parent / "shared" / "corpus" / "recap"
    return path if (path / "labels.jsonl").is_file() else None


@pytest.fixture(scope="session")
def recap() -> Path:
    path = shared_corpus()
    if path is None:
        pytest.skip("shared RECAP corpus not present")
    return path


def pytest_sessionstart(session):
    """Size-cap fixtures for the e-filing examples: sparse files, generated, not committed."""
    import runpy

    runpy.run_path(str(REPO / "corpus" / "efiling" / "make_pdfs.py"))["make_oversize"]()
