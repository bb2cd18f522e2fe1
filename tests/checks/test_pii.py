"""Unit tests for the ``pii`` check kind (Fed. R. Civ. P. 5.2(a))."""

from __future__ import annotations

import pytest

from courtlint.checks import load_kind, pii
from courtlint.engine import run_rules
from courtlint.context import Context
from courtlint.packs import load_packs
from courtlint.testing import make_document


def found(identifier: str, text: str) -> list[str]:
    """The identifiers a detector reports in ``text``, as written there."""
    return [text[f.span.start : f.span.end] for f in pii.DETECTORS[identifier](text)]


def hits(identifier: str, text: str) -> list:
    params = load_kind("pii").build_params({"identifier": identifier})
    return list(pii.check(make_document(text), params, Context()))


# ---- Social Security numbers -------------------------------------------------


@pytest.mark.parametrize(
    "text, number",
    [
        ("SSN: 521-44-4821", "521-44-4821"),
        ("Social Security No. 521 44 4821.", "521 44 4821"),
        ("his social security number is 536221947.", "536221947"),
        ("the W-2 shows 521-44-4821 in box a", "521-44-4821"),
        ("S.S.N. 521-44-4821", "521-44-4821"),
        ("SSN: 521–44–4821 (en dashes)", "521–44–4821"),
        ("SSA claim number 521-44-4821A", "521-44-4821"),
    ],
)
def test_full_ssn_is_found(text, number):
    assert found("ssn", text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "SSN: XXX-XX-4821 and ***-**-4821 and last four 4821",
        "000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000",
        "078-05-1120 219-09-9999 123-45-6789",  # never issued
        "Case No. 3:19-cv-04321-WHA (JCS); Dkt. No. 123-4; Page ID #:3629",
        "(415) 555-0199, 415-555-0199, 1-800-555-0199",
        "Bates ABC000123, PLTF-521-44-4821, 12-521-44-4821, 521-44-4821-7",
        "Invoice No. 521-44-4821; Order # 634-12-9981; Routing: 521-44-4821",
        "On 01/05/1984 at 94612-1234, 42 U.S.C. § 405(c)(2); U.S. Patent No. 7,654,321",
        "nine digits 521444821 with no label",
        "ISBN 978-3-16-148410-0",
    ],
)
def test_not_ssns(text):
    assert found("ssn", text) == []


def test_valid_ssn_rules():
    assert pii.valid_ssn("521", "44", "4821")
    assert not pii.valid_ssn("000", "44", "4821")
    assert not pii.valid_ssn("666", "44", "4821")
    assert not pii.valid_ssn("900", "44", "4821")
    assert not pii.valid_ssn("521", "00", "4821")
    assert not pii.valid_ssn("521", "44", "0000")
    assert not pii.valid_ssn("078", "05", "1120")


def test_label_of_another_id_does_not_hide_a_labelled_ssn():
    assert found("ssn", "Policy holder SSN: 521-44-4821") == ["521-44-4821"]


# ---- taxpayer-identification numbers --------------------------------------------


@pytest.mark.parametrize(
    "text, number",
    [
        ("EIN: 94-3125671", "94-3125671"),
        ("Federal Tax ID No. 943125671", "943125671"),
        ("Employer Identification Number 94-3125671", "94-3125671"),
        ("ITIN 912-78-4410", "912-78-4410"),
        ("taxpayer identification number: 912-78-4410", "912-78-4410"),
    ],
)
def test_full_tin_is_found(text, number):
    assert found("tin", text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "EIN: XX-XXX5671",
        "Appeal No. 19-1234567 and Ninth Circuit No. 20-16122",
        "EIN 07-1234567 (prefix never assigned)",
        "the tin 94-3125671 lot",  # lower-case "tin" is the metal
        "ITIN 912-45-4410 (middle digits outside the ITIN ranges)",
    ],
)
def test_not_tins(text):
    assert found("tin", text) == []


# ---- birth dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        ("DOB: 01/05/1984", "01/05/1984"),
        ("D.O.B. 1/5/84", "1/5/84"),
        ("Date of Birth:\n1984-01-05", "1984-01-05"),
        ("born January 5, 1984, in Fresno", "January 5, 1984"),
        ("was born on Jan. 5, 1984", "Jan. 5, 1984"),
        ("born in San Jose, California on March 3, 1990", "March 3, 1990"),
        ("born on the 5th day of January, 1984", "5th day of January, 1984"),
        ("03/14/1991 (DOB)", "03/14/1991"),
        ("Q. And what's your date of birth? A. March 17th, 1959.", "March 17th, 1959"),
        ("birthdate 5.1.1984", "5.1.1984"),
    ],
)
def test_full_birth_date_is_found(text, date):
    assert found("birth-date", text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "born in 1984; DOB: XX/XX/1984; birth year 1984",
        "Plaintiff, born and raised in Oakland, moved on June 3, 2019.",
        "His date of birth is not in dispute. On January 5, 2020, he signed.",
        "She was born in Mexico in 1979 and came on May 5, 2001.",
        "She was born in Mexico and came on May 5, 2001.",
        "Filed 12/05/2019. Hearing: March 3, 2021. Version 1.5.1984. Case 3:19-cv-04321.",
        "Q. What was your birthday? A. I don't remember. On May 5, 2001, I moved.",
        "DOB 13/05/1984",  # not a US date
    ],
)
def test_not_birth_dates(text):
    assert found("birth-date", text) == []


@pytest.mark.parametrize(
    "date, masked",
    [
        ("01/05/1984", "XX/XX/1984"),
        ("January 5, 1984", "XXXX XX, 1984"),
        ("1984-01-05", "1984-XX-XX"),
        ("March 17th, 1959", "XXXX XX, 1959"),
    ],
)
def test_birth_date_mask_keeps_only_the_year(date, masked):
    assert pii._mask_date(date) == masked


# ---- minors' names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("KAYLA BROWN, a minor, by and through her guardian ad litem", "KAYLA BROWN"),
        ("Plaintiff Kayla Brown (a minor) alleges", "Kayla Brown"),
        ("his son, Marcus Hill, age 12, was in the car", "Marcus Hill"),
        ("Marcus J. Hill, 12 years old, testified", "Marcus J. Hill"),
        ("Marcus Hill, a 9-year-old, was present", "Marcus Hill"),
        ("the minor child Devon Price was disciplined", "Devon Price"),
        ("the minor, Devon Price, was disciplined", "Devon Price"),
        ("Anne-Marie O'Neil, a minor child, resides", "Anne-Marie O'Neil"),
        ("TIMOTHY O'BRIEN, a minor, by his mother", "TIMOTHY O'BRIEN"),
        ("Ronald McDonald, age 10, ate lunch", "Ronald McDonald"),
        ("the minor children Alex Brown and his sister", "Alex Brown"),
    ],
)
def test_minor_full_name_is_found(text, name):
    assert found("minor-name", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "K.B., a minor, by and through her guardian ad litem, Tiana Franks",
        "Marcus H., a minor, attended",
        "Officer Marcus Hill, age 34, testified",
        "Devon Price, 16 years old at the time, is now in college",
        "Devon Price, age 16 when the search occurred",
        "Ms. Franks played a minor role; minor injuries; a minor crime",
        "Jane Doe, a minor, proceeds under a pseudonym",
        "Minor League Baseball intervened",
        "8-year-old J.O.O. had been held for 40 days",
    ],
)
def test_not_minor_names(text):
    assert found("minor-name", text) == []


def test_minor_initials_for_the_message():
    (hit,) = hits("minor-name", "KAYLA BROWN, a minor, by and through her guardian")
    assert hit.args["masked"] == "K.B."


# ---- financial-account numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, number",
    [
        ("Wells Fargo acct. no. 1029384756", "1029384756"),
        ("ABA routing number 121000248, checking account number 000123456789", "000123456789"),
        ("bank account #: 123456", "123456"),
        ("credit card number 4111111111111111", "4111111111111111"),
        ("Visa 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("Amex 3714 496353 98431", "3714 496353 98431"),
        ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("account 1029-3847-56", "1029-3847-56"),
        ("Loan No. 0012345678 was modified", "0012345678"),
    ],
)
def test_full_account_number_is_found(text, number):
    assert found("account", text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "checking account ending in 7731; acct. no. xxxxxx7731; card ****1111; XXXX-XXXX-XXXX-1111",
        "routing number 121000248; ABA No. 121000248",
        "Twitter account 1234567890123; Google Ads account 987654321098; customer account 12345678",
        "account number 415-555-0199",
        "account 123456",  # six digits without a financial qualifier
        "Tracking 1234 5678 9012 3456",  # fails the card checks
        "SIM card 89014103211118510720; ID card 123456789",
        "account 00000000",
        "loan 12345678; the loan closed 20190305",
        "IBAN DE00 3704 0044 0532 0130 00",  # bad check digits
        "Case No. 3:19-cv-04321; ABC000123; Page ID #:3629; U.S. Patent No. 7,654,321",
    ],
)
def test_not_account_numbers(text):
    assert found("account", text) == []


def test_luhn_and_iban_checks():
    assert pii.luhn("4111111111111111")
    assert not pii.luhn("4111111111111112")
    assert pii.valid_iban("DE89370400440532013000")
    assert not pii.valid_iban("DE88370400440532013000")


# ---- the hit: span, masking, params ------------------------------------------------------------


def test_hit_points_at_the_number_and_never_repeats_it():
    text = "Plaintiff Maria Lopez (SSN: 521-44-4821) resides in Oakland."
    (hit,) = hits("ssn", text)
    assert make_document(text).text[hit.span.start : hit.span.end] == "521-44-4821"
    assert hit.args["kind"] == "Social Security number"
    assert hit.args["masked"] == "XXX-XX-4821"
    assert "521-44" not in hit.args["excerpt"]
    assert "XXX-XX-4821" in hit.args["excerpt"]


def test_account_mask_keeps_separators_and_last_four():
    (hit,) = hits("account", "Visa 4111 1111 1111 1111 was charged")
    assert hit.args["masked"] == "XXXX XXXX XXXX 1111"


def test_rule_message_shows_only_the_masked_number():
    rule = next(r for p in load_packs() for r in p.rules if r.id == "frcp.full-social-security-number")
    doc = make_document("SSN: 521-44-4821")
    (finding,) = run_rules(doc, Context(), [rule], strict=True)
    assert "XXX-XX-4821" in finding.message
    assert "521-44" not in finding.message
    assert finding.location.start == doc.text.index("521")


def test_furniture_is_not_searched():
    doc = make_document("body text\n")
    params = load_kind("pii").build_params({"identifier": "ssn", "scope": ["footer"]})
    assert list(pii.check(doc, params, Context())) == []


def test_max_hits_caps_the_findings():
    text = "\n".join(f"SSN: 521-44-{4000 + i}" for i in range(30))
    params = load_kind("pii").build_params({"identifier": "ssn", "max_hits": 5})
    assert len(list(pii.check(make_document(text), params, Context()))) == 5


def test_unknown_identifier_is_a_load_error():
    with pytest.raises(ValueError, match="identifier"):
        load_kind("pii").build_params({"identifier": "passport"})


def test_long_document_is_fast():
    import time

    text = ("The parties met and conferred on January 5, 2020 about account reconciliation; "
            "see Case No. 3:19-cv-04321, Dkt. 123-4, ABC000123. ") * 20000  # ~2.6 MB
    started = time.perf_counter()
    for identifier in pii.DETECTORS:
        assert found(identifier, text) == []
    assert time.perf_counter() - started < 5
