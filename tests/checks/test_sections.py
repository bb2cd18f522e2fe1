"""The ``sections`` check kind: named elements, per section or in the whole document."""

from __future__ import annotations

import pytest

from courtlint.checks import sections
from courtlint.context import Context
from courtlint.testing import make_document

POSITION = {"pattern": r"\bposition\b", "min_count": 2}
COMPROMISE = {"pattern": r"\bproposed\s+(?:compromise|resolution)\b|\bcompromise\b", "min_count": 2}
ISSUE = r"^\s*ISSUE\s+NO\.\s*\d+"

LETTER = """Dear Judge Spero:

ISSUE NO. 1: DISPATCH LOGS
Plaintiff's Position: the logs show notice.
Plaintiff's Proposed Compromise: logs for 40 trucks.
Defendant's Position: the logs are irrelevant.
Defendant's Proposed Compromise: logs for 2021 only.

ISSUE NO. 2: CFO DEPOSITION
Plaintiff's Position: the CFO approved the decision.
Defendant's Position: no unique knowledge.
Defendant's Proposed Resolution: two hours.
"""


def params(**overrides) -> sections.Params:
    values = {"elements": {"each side's position": POSITION, "each side's compromise": COMPROMISE}, "split": ISSUE}
    values.update(overrides)
    return sections.Params(**values)


def hits(text: str, ctx: Context | None = None, **overrides):
    return list(sections.check(make_document(text), params(**overrides), ctx or Context()))


def test_each_section_is_checked_and_named():
    (hit,) = hits(LETTER)
    assert hit.args["section"] == "ISSUE NO. 2: CFO DEPOSITION"
    assert hit.args["missing"] == "each side's compromise" and hit.args["sections"] == 2
    doc = make_document(LETTER)
    assert doc.text[hit.span.start : hit.span.end] == "ISSUE NO. 2: CFO DEPOSITION"


def test_min_count_counts_separate_matches():
    """'Proposed Compromise' is one compromise, not two."""
    one_side = "ISSUE NO. 1: LOGS\nPlaintiff's position. Defendant's position. Plaintiff's Proposed Compromise: 40 trucks.\n"
    (hit,) = hits(one_side)
    assert hit.args["missing"] == "each side's compromise"


def test_without_headings_the_whole_document_is_one_section():
    text = "Plaintiff's position is X; as a compromise, A. Defendant's position is Y.\n"
    (hit,) = hits(text)
    assert hit.span is None and hit.args["missing"] == "each side's compromise"


def test_unsplit_skip_checks_nothing_without_headings():
    assert hits("No issue headings here.\n", unsplit="skip") == []


def test_preamble_before_the_first_section_is_not_a_section():
    text = "Dear Judge Spero:\nThe parties met in person.\n" + LETTER.split("\n", 2)[2].split("ISSUE NO. 2")[0]
    assert hits(text) == []


def test_when_and_unless_gate_the_document():
    kwargs = {"elements": {"a harm": r"\bharm\b"}, "split": None, "when": r"protective\s+order", "unless": r"79-5\(f\)"}
    (hit,) = hits("Designated confidential under the Protective Order.\n", **kwargs)
    assert hit.args["match"] == "Protective Order"
    assert hits("Designated confidential.\n", **kwargs) == []
    assert hits("Under the Protective Order and Civil L.R. 79-5(f).\n", **kwargs) == []


@pytest.mark.parametrize(
    "bad",
    [
        {"elements": {}},
        {"elements": {"x": "("}},
        {"elements": {"x": {"pattern": "a", "min_count": 0}}},
        {"elements": {"x": {"regex": "a"}}},
        {"elements": {"x": "a"}, "unsplit": "never"},
    ],
)
def test_params_are_validated(bad):
    with pytest.raises(ValueError):
        sections.Params(**bad)


def test_forbidden_text_is_reported_with_what_matched():
    kwargs = {"elements": {"administrative relief": r"\badministrative\b|\b7-11\b"}, "split": None,
              "forbid": {"a notice of hearing": r"PLEASE\s+TAKE\s+NOTICE"}}
    (hit,) = hits("PLEASE TAKE NOTICE that Plaintiff moves under Civil L.R. 7-11 to seal.\n", **kwargs)
    assert hit.args["missing"] == "" and hit.args["found"] == "a notice of hearing ('PLEASE TAKE NOTICE')"
    assert hit.args["problems"] == "a notice of hearing ('PLEASE TAKE NOTICE')" and hit.args["where"] == "the document"
    (hit,) = hits("Plaintiff moves to seal.\n", **kwargs)
    assert hit.args["problems"] == "no administrative relief"
    assert hits("Plaintiff moves for administrative relief to seal.\n", **kwargs) == []
