"""Court files (``courts/<id>.yml``): strict loading, and describe() reading every
court-specific fact from them. E.D. Cal. is data only: these tests are its proof."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest

import courtlint
from courtlint import courts
from courtlint.courts import CourtFileError, court, known_courts, load_court
from courtlint.describe import court_from_title, describe, find_case_numbers
from courtlint.extract import extract
from courtlint.packs import load_packs

ED_CAL = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n"
LABELS = Path(__file__).parent / "data" / "recap_caed_labels.jsonl"

MINIMAL = """\
id: xxd
name: United States District Court for the District of X
title: DISTRICT OF X
divisions: {NORTH: 1}
case_numbers:
  judges: [district, magistrate]
  lone_parenthesised: magistrate
judges:
  magistrate:
    - {surname: Roe, name: Jane Roe, initials: JR}
"""


def doc(text: str):
    return extract(text.encode("utf-8"), name="x.txt")


def ruled_caption(court_lines: str, number: str, title: list[str]) -> str:
    """A caption as E.D. Cal. filings type it: parties left, a ")" rule, number and title right."""
    left = ["JOHN DOE,", "", "          Plaintiff,", "     v.", "ACME CORP.,", "", "          Defendant.", "_" * 34]
    right = [number, "", *title] + [""] * 8
    rows = [f"{text:<34}){'':3}{right[i]}".rstrip() for i, text in enumerate(left)]
    return court_lines + "\n" + "\n".join(rows) + "\n\nThe Court has considered the parties' request.\n"


# ---- loading ------------------------------------------------------------------------


def _write(tmp_path, text: str, name: str = "xxd") -> Path:
    path = tmp_path / f"{name}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_minimal_court_file_loads(tmp_path):
    loaded = load_court(_write(tmp_path, MINIMAL))
    assert (loaded.id, loaded.title, dict(loaded.divisions)) == ("xxd", "DISTRICT OF X", {"NORTH": 1})
    assert loaded.magistrate("roe").initials == "JR" and loaded.magistrate("Jane  Roe").initials == "JR"
    assert loaded.default_office is None and not loaded.stamp_page_id
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.title = "X"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda t: t + "colour: red\n", "colour", "unknown key"),
        (lambda t: t.replace("initials: JR}", "initials: JR, nickname: J}"), "judges.magistrate[0].nickname", "unknown key"),
        (lambda t: t.replace("lone_parenthesised: magistrate\n", "lone_parenthesised: magistrate\n  prefixes: {}\n"),
         "case_numbers.prefixes", "unknown key"),
        (lambda t: t + "stamp: {page_id: yes}\n", "stamp.page_id", "true or false"),
        (lambda t: t.replace("{NORTH: 1}", "{NORTH: one}"), "divisions.NORTH", "office digit"),
        (lambda t: t.replace("{NORTH: 1}", "{NORTH: 12}"), "divisions.NORTH", "office digit"),
        (lambda t: t.replace("{NORTH: 1}", "{NORTH: true}"), "divisions.NORTH", "office digit"),
        (lambda t: t.replace("lone_parenthesised: magistrate", "lone_parenthesised: judge"), "case_numbers.lone_parenthesised", "one of district, magistrate"),
        (lambda t: t.replace("[district, magistrate]", "[district, district]"), "case_numbers.judges", "each once"),
        (lambda t: t.replace("initials: JR", "initials: jr"), "judges.magistrate[0].initials", "capital letters"),
        (lambda t: t.replace("    - {surname: Roe", "    - {surname: Roe, name: Jane Roe, initials: JQ}\n    - {surname: Roe"),
         "judges.magistrate[1].surname", "listed twice"),
        (lambda t: t.replace("id: xxd", "id: yyd"), "id", "file name"),
        (lambda t: t.replace("title: DISTRICT OF X\n", ""), "title", "required key is missing"),
        (lambda t: t + "default_office: 0x\n", "default_office", "office digit"),
        (lambda t: t.replace("  lone_parenthesised: magistrate\n", "  lone_parenthesised: magistrate\n  designations: [pc]\n"),
         "case_numbers.designations[0]", "capital letters"),
    ],
)
def test_a_bad_court_file_names_file_and_field(tmp_path, change, field, message):
    path = _write(tmp_path, change(MINIMAL))
    with pytest.raises(CourtFileError) as caught:
        load_court(path)
    error = caught.value
    assert (error.path, error.field) == (str(path), field)
    assert message in str(error) and str(error).startswith(f"{path}: {field}: ")


def test_court_files_are_read_safely(tmp_path):
    aliased = MINIMAL.replace("divisions: {NORTH: 1}", "divisions: &d {NORTH: 1}\nsources: *d")
    with pytest.raises(CourtFileError, match="anchors and aliases .* court files"):
        load_court(_write(tmp_path, aliased))
    with pytest.raises(CourtFileError, match="not UTF-8"):
        path = tmp_path / "xxd.yml"
        path.write_bytes(MINIMAL.replace("Jane", "J\xe9ne").encode("latin-1"))
        load_court(path)
    with pytest.raises(CourtFileError, match="expected a mapping at the top level"):
        load_court(_write(tmp_path, "- id: xxd\n"))


def test_the_built_in_courts():
    assert [c.id for c in known_courts()] == ["cacd", "caed", "cand"]
    assert court("cand").divisions["SAN JOSE"] == 5 and court("cacd").default_office == 2
    assert court("caed").divisions == {"FRESNO": 1, "SACRAMENTO": 2}
    assert court("njd") is None and court(None) is None
    for c in known_courts():
        assert Path(c.path).name == f"{c.id}.yml"
        assert c.case_numbers.examples, f"{c.id}: show how its case numbers print"


def test_the_court_files_ship_with_the_package():
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"courts/*.yml"' in text
    assert courts.courts_dir() == Path(courtlint.__file__).parent / "courts"


def test_every_court_a_rule_pack_names_has_a_court_file():
    named: dict[str, str] = {}
    for pack in load_packs():
        scopes = [(pack.path, pack.applies_to)]
        for rule in pack.rules:
            scopes += [(rule.path, rule.applies_to)] + [(rule.path, o.applies_to) for o in rule.overrides]
        for where, applies in scopes:
            for court_id in applies.courts or ():
                named.setdefault(court_id, where)
    assert named, "no pack names a court"
    missing = {c: where for c, where in named.items() if court(c) is None}
    assert missing == {}, f"court ids with no courts/<id>.yml: {missing}"


def test_each_court_title_reads_back_as_its_id():
    for c in known_courts():
        assert court_from_title(["UNITED STATES DISTRICT COURT", c.title]) == c.id


def test_describe_and_recognise_hard_code_no_court():
    """No string literal in describe/ or recognise/ is a court id: court facts live in court files."""
    ids = {c.id for c in known_courts()}
    root = Path(courtlint.__file__).parent
    found = []
    for path in sorted([*(root / "describe").glob("*.py"), *(root / "recognise").glob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in ids:
                found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value!r}")
    assert found == []


# ---- every court's printed examples -------------------------------------------------

EXAMPLES = [(c.id, e) for c in known_courts() for e in c.case_numbers.examples]


@pytest.mark.parametrize(("court_id", "example"), EXAMPLES, ids=[f"{c}: {e.printed}" for c, e in EXAMPLES])
def test_court_file_examples_read_as_they_say(court_id, example):
    title = f"UNITED STATES DISTRICT COURT\n{court(court_id).title}\n"
    ctx = describe(doc(ruled_caption(title, example.printed, ["ORDER"])))
    assert ctx.court == court_id
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == (example.case_number, example.district, example.magistrate)


# ---- E.D. Cal., from its court file alone ------------------------------------------


def test_eastern_district_caption():
    title = ["ORDER GRANTING STIPULATED REQUEST", "TO SEAL DOCUMENTS"]
    ctx = describe(doc(ruled_caption(ED_CAL, "Case No. 2:19-cv-01234-KJM-DB", title)))
    assert (ctx.court, ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("caed", "2:19-cv-01234", "KJM", "DB")
    assert ctx.case_number_as_printed == "Case No. 2:19-cv-01234-KJM-DB"
    assert (ctx.title, ctx.doc_type) == ("ORDER GRANTING STIPULATED REQUEST TO SEAL DOCUMENTS", "order")
    assert ctx.origins["court"] == ctx.origins["case_number"] == "caption"


@pytest.mark.parametrize(
    ("court_lines", "number", "expected"),
    [
        # Judge Drozd has sat in both courthouses: only the division heading tells.
        ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA, FRESNO DIVISION\n", "Case No. 20-cv-01133-DAD-BAM", "1:20-cv-01133"),
        (ED_CAL + "SACRAMENTO DIVISION\n", "Case No. 21-cv-02285-DAD-JDP (PS)", "2:21-cv-02285"),
        (ED_CAL, "Case No. 20-cv-01133-DAD-BAM", "20-cv-01133"),
        (ED_CAL, "No. 15-cv-0208 TLN KJN P", "2:15-cv-00208"),  # Judge Nunley sits in Sacramento
    ],
)
def test_eastern_district_office_digit(court_lines, number, expected):
    ctx = describe(doc(ruled_caption(court_lines, number, ["ORDER"])))
    assert (ctx.court, ctx.case_number) == ("caed", expected)


def test_eastern_district_case_designations_are_not_judges():
    assert [(n.district, n.magistrate) for n in find_case_numbers("Case No. 1:20-cv-01090-EPG (PC)", "caed")] == [("EPG", None)]
    # Another court's file does not list (PC): there it reads as a referral.
    assert [(n.district, n.magistrate) for n in find_case_numbers("Case No. 1:20-cv-01090-EPG (PC)", "cand")] == [("EPG", "PC")]
    assert [(n.district, n.magistrate) for n in find_case_numbers("No. 2:20-cv-1557 AC PS", "caed")] == [("AC", None)]
    assert [(n.district, n.magistrate) for n in find_case_numbers("No. 2:20-cv-1557 (PC)", "caed")] == [(None, None)]


def test_eastern_district_wrapped_designation_is_not_a_referral():
    ctx = describe(doc(ED_CAL + "JOHN DOE v. ACME CORP.\nCase No. 1:20-cv-01090-EPG\n(PC)\nORDER\n"))
    assert (ctx.district_judge, ctx.magistrate_judge) == ("EPG", None)


def test_eastern_district_letter_to_a_magistrate_judge():
    text = (
        ED_CAL.replace("\n", " ") + "\nMarch 1, 2021\n"
        "Re: Doe v. Acme Corp., Case No. 2:20-cv-01234-TLN\n"
        "Dear Magistrate Judge Newman:\nThe parties submit this joint statement.\n"
    )
    ctx = describe(doc(text))
    assert (ctx.court, ctx.district_judge, ctx.magistrate_judge) == ("caed", "TLN", "KJN")


def test_eastern_district_two_column_pdf_caption(tmp_path):
    from .corpus_pleading import Block, write_pleading

    path = tmp_path / "caed.pdf"
    left = ["JOHN DOE,", "", "Plaintiff,", "v.", "ACME CORP.,", "", "Defendant."]
    right = ["Case No. 2:19-cv-01234-KJM-DB", "", "STIPULATION AND ORDER TO", "EXTEND TIME"]
    caption = [Block(text, "columns", right=right[i] if i < len(right) else "") for i, text in enumerate(left)]
    court = [Block("UNITED STATES DISTRICT COURT", "center"), Block("EASTERN DISTRICT OF CALIFORNIA", "center")]
    write_pleading(path, court + caption, footer=None,
                   stamp="Case 2:19-cv-01234-KJM-DB Document 12 Filed 03/04/21 Page {page} of {pages}")
    ctx = describe(extract(path))
    assert (ctx.court, ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("caed", "2:19-cv-01234", "KJM", "DB")
    assert (ctx.title, ctx.doc_type) == ("STIPULATION AND ORDER TO EXTEND TIME", "stipulation")


# ---- the RECAP corpus's E.D. Cal. filings --------------------------------------------

ROWS = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_recap_eastern_district_filings(recap, row):
    path = recap / row["file"]
    if not path.is_file():
        pytest.skip(f"{row['file']} is not in this copy of the corpus")
    ctx = describe(extract(path))
    caption = row["caption"]
    assert ctx.court == "caed"
    if caption["case_number_as_printed"]:
        expected = (caption["case_number_normalized"], caption["district_judge_initials"], caption["magistrate_judge_initials"])
        assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == expected
        assert ctx.origins["case_number"] == "caption"
    else:  # the caption's "Case No." is blank: the stamp's number
        assert (ctx.case_number, ctx.origins["case_number"]) == (row["ecf_case_number"], "ecf-stamp")
