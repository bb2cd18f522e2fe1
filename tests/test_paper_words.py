"""The paper-words recogniser: one vocabulary in three tiers, each read where it belongs."""

from __future__ import annotations

import pytest

from courtlint.recognise.paper_words import HEAD_WORDS, PAPER_WORDS, TITLE_WORDS

#: text, then whether HEAD_WORDS, TITLE_WORDS and PAPER_WORDS find a paper word in it.
TABLE = [
    ("INC., MOTION TO", True, True, True),
    ("STIPULATION AND [PROPOSED] PROTECTIVE ORDER", True, True, True),
    ("ACME RETIREMENT PLAN,", False, False, True),  # a party's name, until a caption asks for any paper word
    ("CIVIL MINUTES - GENERAL", False, True, True),
    ("SPECIAL VERDICT FORM", False, True, True),
    ("JOINT CASE MANAGEMENT STATEMENT", False, True, True),
    ("PROOF OF SERVICE", False, False, True),
    ("Notice of Motion and Motion to Dismiss", False, False, True),  # title case: only the any-case tier
    ("BILL OF COSTS", False, False, True),
    ("GREENLEAF FARMS, LLC,", False, False, False),
    ("MOTIONLESS ORDERLY", False, False, False),  # whole words only
]


@pytest.mark.parametrize(("text", "head", "title", "paper"), TABLE)
def test_each_tier_on_the_table(text, head, title, paper):
    found = (bool(HEAD_WORDS.search(text)), bool(TITLE_WORDS.search(text)), bool(PAPER_WORDS.search(text)))
    assert found == (head, title, paper)


def test_tiers_nest():
    for text, head, title, paper in TABLE:
        assert head <= title <= paper, text
