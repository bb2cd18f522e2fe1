"""Mutated PDF, DOCX and text files: every lint returns a Result with coded errors, never raises.

The mutants are ``tests/fuzz.py``'s (deterministic); ``benchmarks/fuzz.py --count 5000`` is the
long run. Files under ``tests/data/fuzz/`` are mutants that crashed courtlint before it contained
faults per document, each with the error it must now get (``expected.json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from courtlint.api import Linter
from courtlint.extract import CODES

from . import fuzz

FIXTURES = Path(__file__).parent / "data" / "fuzz"
#: Enough of every mutation kind to catch a regression in about a minute.
COUNT = 500


@pytest.fixture(scope="module")
def linter() -> Linter:
    linter = Linter(use_config=False)
    linter.packs()
    return linter


def test_mutants_are_deterministic():
    assert fuzz.mutant(7).data == fuzz.mutant(7).data
    assert fuzz.mutant(7, seed=1).data != fuzz.mutant(7).data
    kinds = {fuzz.mutant(i).kind.split(".")[0] for i in range(40)}
    assert kinds == {"pdf", "docx", "text"}


def test_mutants_never_crash_and_every_error_is_coded(linter, tmp_path):
    failures = []
    for index in range(COUNT):
        m = fuzz.mutant(index, huge=fuzz.MB)
        outcome = fuzz.lint_mutant(linter, m, tmp_path)
        found = outcome.crash or outcome.problems or outcome.check_crashes or outcome.internal
        if found:
            failures.append(f"{index} {m.kind} ({m.seed_file}): {found}")
    assert failures == [], "\n".join(failures)


def _fixtures() -> list[tuple[str, dict]]:
    expected = json.loads((FIXTURES / "expected.json").read_text())
    return sorted(expected.items())


@pytest.mark.parametrize(("name", "want"), _fixtures(), ids=[name for name, _ in _fixtures()])
def test_a_fixture_that_crashed_before_gets_its_coded_error(linter, name, want):
    result = linter.lint(str(FIXTURES / name))
    codes = [e["code"] for e in result.errors]
    assert codes == want["codes"], result.errors
    assert all(code in CODES and e["message"].strip() for code, e in zip(codes, result.errors))
    for text in want.get("message", ()):
        assert any(text in e["message"] for e in result.errors), result.errors
    assert all(f.rule != "courtlint.internal-error" for f in result.findings), [f.message for f in result.findings]
    assert (result.context is not None) == want["linted"]


def test_every_fixture_is_listed():
    files = {p.name for p in FIXTURES.iterdir() if p.name not in ("expected.json", "README.md")}
    assert files == {name for name, _ in _fixtures()}


def test_a_docx_paragraph_longer_than_spacy_takes_is_linted(linter, tmp_path):
    """Mutant 234 (docx.huge-paragraph): the clause rules handed spaCy a 1.7M-character
    paragraph, over its 1,000,000 limit (ValueError E088, two internal-error findings)."""
    import random

    seed = (fuzz.CORPUS / "protective-orders" / "cand-docx-deficient.docx").read_bytes()
    path = tmp_path / "one-paragraph.docx"
    path.write_bytes(fuzz.docx_huge_paragraph(random.Random(0), seed, 2_500_000))
    result = linter.lint(str(path))
    assert result.errors == () and result.context is not None
    assert [f.message for f in result.findings if f.rule in ("courtlint.internal-error", "courtlint.rule-timeout")] == []


def test_run_on_text_longer_than_spacy_takes_is_read_in_windows():
    """No full stop in 1.7M characters: one "sentence" that spaCy refused (ValueError E088)."""
    import random

    import courtlint

    rng = random.Random(0)
    words = "all documents designated confidential that are filed with the court shall be filed under seal".split()
    text = "STIPULATED PROTECTIVE ORDER\n\n" + "\n".join(
        " ".join(rng.choice(words) for _ in range(14)) for _ in range(20_000)
    )
    result = courtlint.lint(text.encode(), name="po.txt", court="cand", doc_type="protective_order", use_config=False)
    assert [f.message for f in result.findings if f.rule in ("courtlint.internal-error", "courtlint.rule-timeout")] == []
    assert "protective-orders.blanket-sealing" in {f.rule for f in result.findings}


def test_a_long_word_in_the_counsel_block_is_linted_in_linear_time(linter, tmp_path):
    """Mutant 1986 (text.long-word): a 700,000-letter word in the counsel block; the email
    pattern, tried at each of its letters, backtracked over the rest of it (quadratic: hours)."""
    import time

    from courtlint.structure.counsel import EMAIL

    start = time.monotonic()
    assert EMAIL.search("a" * 200_000 + "\n x@firm.example").group() == "x@firm.example"
    assert time.monotonic() - start < 2
    seed = (fuzz.CORPUS / "captions" / "cacd-segal-joint-stipulation-split-label-ok.txt").read_text()
    path = tmp_path / "long-word.txt"
    path.write_text(seed[:23] + "a" * 700_000 + seed[23:])
    start = time.monotonic()
    result = linter.lint(str(path))
    assert time.monotonic() - start < 30 and result.errors == ()


def test_a_caption_title_that_runs_on_for_megabytes_is_read_in_bounded_time(linter, tmp_path):
    """Mutant 2857 of the long run (text.long-word): 1.9 million dashes inside the caption
    title, which the title grammar parsed whole (57 s); a title is read to 1,000 characters."""
    import time

    seed = (fuzz.CORPUS / "captions" / "cand-protective-order-no-district-initials.txt").read_text()
    at = seed.index("RULE 30(b)(") + len("RULE 30(b)(")
    path = tmp_path / "dashes.txt"
    path.write_text(seed[:at] + "-" * 1_900_000 + seed[at:])
    start = time.monotonic()
    result = linter.lint(str(path))
    assert time.monotonic() - start < 30
    assert result.errors == () and len(result.context.title) <= 1_000
