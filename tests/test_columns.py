"""Caption rows split into their two columns, in every way extraction prints them."""

from __future__ import annotations

import pytest

from courtlint.extract.text import extract_text
from courtlint.structure.columns import is_left_only, split_text

ROWS = [
    # (row as extracted, left column, right column)
    ("GREENLEAF FARMS, LLC, a California    )   Case No. 3:22-cv-06120-WHO (JCS)",
     "GREENLEAF FARMS, LLC, a California", "Case No. 3:22-cv-06120-WHO (JCS)"),
    ("              Plaintiff,              )   PLAINTIFF'S NOTICE OF MOTION AND",
     "Plaintiff,", "PLAINTIFF'S NOTICE OF MOTION AND"),
    ("JOHN SMITH, an individual,      Case No. 2:20-cv-01234", "JOHN SMITH, an individual,", "Case No. 2:20-cv-01234"),
    ("GREENLEAF FARMS, LLC, Case No. 3:22-cv-06120-WHO", "GREENLEAF FARMS, LLC,", "Case No. 3:22-cv-06120-WHO"),
    ("Plaintiff, STIPULATION AND [PROPOSED] PROTECTIVE ORDER", "Plaintiff,", "STIPULATION AND [PROPOSED] PROTECTIVE ORDER"),
    ("limited liability company, (JCS)", "limited liability company,", "(JCS)"),
    ("Plaintiff, [Discovery Document: Referred to", "Plaintiff,", "[Discovery Document: Referred to"),
    ("v. Magistrate Judge Suzanne H. Segal]", "v.", "Magistrate Judge Suzanne H. Segal]"),
    ("Defendant. FURTHER RESPONSES TO INTERROGATORIES", "Defendant.", "FURTHER RESPONSES TO INTERROGATORIES"),
    ("Defendants. Hearing Date: May 3, 2021", "Defendants.", "Hearing Date: May 3, 2021"),
    ("ORCHARD SUPPLY CO., MOTION TO COMPEL", "ORCHARD SUPPLY CO.,", "MOTION TO COMPEL"),
    ("PACIFIC HARBOR LOGISTICS, INC., a STIPULATED PROTECTIVE ORDER", "PACIFIC HARBOR LOGISTICS, INC., a",
     "STIPULATED PROTECTIVE ORDER"),
    ("a Delaware corporation; and DOES 1", "a Delaware corporation; and DOES 1", ""),
    # one column only
    ("v.", "v.", ""),
    ("ORCHARD SUPPLY CO.,", "ORCHARD SUPPLY CO.,", ""),
    ("Defendant.", "Defendant.", ""),
    ("Plaintiffs, v. ACME CORP., a Delaware corporation", "Plaintiffs, v. ACME CORP., a Delaware corporation", ""),
    ("MOTION TO COMPEL FURTHER", "", "MOTION TO COMPEL FURTHER"),
    # a title's own comma is not a column boundary
    ("NOTICE OF MOTION AND MOTION TO DISMISS, DECLARATION OF JANE", "", "NOTICE OF MOTION AND MOTION TO DISMISS, DECLARATION OF JANE"),
    ("(JCS)", "", "(JCS)"),
    # the caption's rule, typed
    ("______________________________________)", "", ""),
    ("-------------------------------------- )", "", ""),
]


@pytest.mark.parametrize(("row", "left", "right"), ROWS)
def test_split(row, left, right):
    split = split_text(row)
    assert (split.left, split.right) == (left, right)
    if right:
        assert row[split.right_at :].rstrip() == right


@pytest.mark.parametrize("text", ["Plaintiff,", "Defendants.", "vs.", "ACME, INC.,", "JANE DOE, et al.,"])
def test_left_only_lines(text):
    assert is_left_only(text)


@pytest.mark.parametrize("text", ["MOTION TO COMPEL,", "ORDER GRANTING", "FURTHER RESPONSES"])
def test_title_lines_are_not_left_only(text):
    assert not is_left_only(text)


def _numbered(rows, sep=" "):
    return "\n".join(f"{(i % 28) + 1}{sep}{row}".rstrip() for i, row in enumerate(rows))


BODY = ["UNITED STATES DISTRICT COURT", "", "A. GOOD CAUSE STATEMENT", "12 months of records are sought.",
        "The parties agree as follows.", "", "B. FILING UNDER SEAL", "Text of the section.", "More text.",
        "", "Still more.", "And more.", "The end."]


@pytest.mark.parametrize("sep", [" ", "  ", "\t"])
def test_pleading_numbers_are_taken_off_with_one_space_or_a_gutter(sep):
    doc = extract_text(_numbered(BODY * 3, sep), "x.txt")
    texts = [ln.text for ln in doc.lines]
    assert "A. GOOD CAUSE STATEMENT" in texts
    assert "12 months of records are sought." in texts  # a number that opens a sentence stays
    assert [ln.pleading_line for ln in doc.lines[:4]] == [1, 2, 3, 4]


def test_text_that_is_not_numbered_keeps_its_numbers():
    rows = [f"{n} apples were counted on day {n}." for n in (3, 9, 14, 2, 30, 7, 11, 5, 8, 20, 4, 6)]
    doc = extract_text("\n".join(rows), "x.txt")
    assert doc.lines[0].text == "3 apples were counted on day 3."
    assert all(ln.pleading_line is None for ln in doc.lines)
