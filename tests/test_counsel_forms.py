"""The counsel block's items in the forms real filings print them."""

from __future__ import annotations

import pytest

from courtlint.structure.counsel import BAR_NUMBER, PARTY


@pytest.mark.parametrize(
    "line",
    [
        "JANE DOE (SBN 123456)", "JANE DOE, SBN #123456", "Jane Doe (Cal. Bar No. 123456)", "JANE DOE (Bar #123456)",
        "JANE DOE #123456", "JANE DOE (#123456)", "JANE DOE (No. 123456)", "SHAWN A. WILLIAMS (213113)",
        "Mitchell J. Popham, 126194", "John Smith (pro hac vice)", "CSB No. 123456",
    ],
)
def test_bar_numbers_in_every_printed_form(line):
    assert BAR_NUMBER.search(line)


@pytest.mark.parametrize("line", ["Suite 100 #200", "Telephone: (415) 555-1234", "San Francisco, CA 94105", "JANE DOE"])
def test_lines_that_are_not_bar_numbers(line):
    assert not BAR_NUMBER.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Attorneys for Plaintiff ACME INC.", "Counsel for Defendant", "ttorneys for Defendants",
        "Interim Co-Lead Counsel for the Proposed Class", "Interim Co-Lead Class Counsel", "Liaison Counsel",
        "[Additional counsel listed on signature page]",
    ],
)
def test_whom_counsel_represents(line):
    assert PARTY.search(line)


def test_a_firm_name_is_not_a_party_line():
    assert not PARTY.search("KLEIN WARNER LLP")
