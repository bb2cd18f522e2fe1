"""Unit tests for the ``first-page`` check kind."""

from __future__ import annotations

import pytest

from courtlint.checks import first_page, load_kind
from courtlint.context import Overrides
from courtlint.describe import describe
from courtlint.extract._build import DocumentBuilder, RawLine, RawPage, RawWord, split_words
from courtlint.structure import Structure, counsel
from courtlint.testing import make_document

COUNSEL = """\
JANE R. ORTIZ (SBN 245123)
jortiz@ortizbaker.com
ORTIZ & BAKER LLP
450 Mission Street, Suite 1200
San Francisco, California 94105
Telephone: (415) 555-0142
Attorneys for Defendant NORTHSTAR FREIGHT PARTNERS LLC
"""


def caption(number: str = "Case No. 3:25-cv-01234-WHO", title: tuple[str, ...] = ("DEFENDANT'S NOTICE OF MOTION AND", "MOTION TO DISMISS"),
            hearing: tuple[str, ...] = (), court: str = "NORTHERN DISTRICT OF CALIFORNIA", division: str | None = "SAN FRANCISCO DIVISION",
            counsel: str = COUNSEL, body: str = "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:") -> str:
    left = ["HARBORVIEW LOGISTICS, INC.,", "              Plaintiff,", "       v.", "NORTHSTAR FREIGHT PARTNERS LLC,", "              Defendant."]
    right = [number, *title, *hearing]
    rows = [f"{(left[i] if i < len(left) else ''):<38})  {(right[i] if i < len(right) else '')}".rstrip() for i in range(max(len(left), len(right)))]
    head = ["", "                      UNITED STATES DISTRICT COURT", f"                     {court}"]
    if division:
        head.append(f"                         {division}")
    return counsel + "\n".join(head) + "\n\n" + "\n".join(rows) + "\n\n" + body + "\n"


def run(text_or_doc, require: str, overrides: Overrides | None = None, **params) -> list:
    doc = make_document(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    ctx = describe(doc, overrides)
    kind = load_kind("first-page")
    return list(kind.run(doc, kind.build_params({"require": require, **params}), ctx))


def laid_out(pages: list[list[tuple]], width: float = 612.0, height: float = 792.0):
    """A PDF-like Document: each row is (text, top, x0, region, pleading_line, size); numbers 1-28 in the margin."""
    builder = DocumentBuilder("laid-out.pdf", "pdf", frozenset({"text", "pages", "geometry", "fonts"}))
    for rows in pages:
        lines = []
        for text, top, x0, region, number, size in rows:
            words, x = [], x0
            for offset, word in split_words(text):
                w = len(word) * size * 0.5
                words.append(RawWord(word, offset, (x, top, x + w, top + size), size, "Times-Roman"))
                x += w + size * 0.25
            box = (x0, top, max(x0 + 1, x), top + size)
            lines.append(RawLine(text=text, region=region, bbox=box, pleading_line=number, size=size, words=words))
        numbers = tuple((n, (40.0, 72.0 + 24 * n - 12, 52.0, 72.0 + 24 * n)) for n in range(1, 29))
        builder.add_page(RawPage(width, height, lines, pleading_numbers=numbers))
    return builder.build()


def caption_page(title: str, footer: str | None, number: str = "Case No. 3:25-cv-01234-WHO") -> list[tuple]:
    rows = [
        ("JANE R. ORTIZ (SBN 245123)", 84, 72, "body", 1, 12.0),
        ("jortiz@ortizbaker.com", 96, 72, "body", 1, 12.0),
        ("450 Mission Street, San Francisco, CA 94105", 108, 72, "body", 2, 12.0),
        ("Telephone: (415) 555-0142", 120, 72, "body", 2, 12.0),
        ("Attorneys for Defendant", 132, 72, "body", 3, 12.0),
        ("UNITED STATES DISTRICT COURT", 252, 220, "body", 8, 12.0),
        ("NORTHERN DISTRICT OF CALIFORNIA", 276, 210, "body", 9, 12.0),
        ("HARBORVIEW LOGISTICS, INC.,", 324, 72, "body", 11, 12.0),
        (number, 324, 340, "body", 11, 12.0),
        (title, 348, 340, "body", 12, 12.0),
        ("I. INTRODUCTION", 420, 250, "body", 15, 12.0),
        ("Plaintiff's claims fail for the reasons set out below, and the motion should be granted in full.", 444, 72, "body", 16, 12.0),
    ]
    if footer:
        rows.append((footer, 760, 150, "footer", None, 9.0))
    return rows


def body_page(footer: str | None, text: str = "The limitation clause bars every category of damages the complaint seeks.") -> list[tuple]:
    rows = [(text, 84 + 24 * i, 72, "body", i + 1, 12.0) for i in range(20)]
    if footer:
        rows.append((footer, 760, 150, "footer", None, 9.0))
    return rows


# ---- counsel block ------------------------------------------------------------------------


def test_complete_counsel_block_passes():
    assert run(caption(), "counsel_block") == []


def test_counsel_block_names_every_missing_item():
    counsel = "JANE R. ORTIZ\nORTIZ & BAKER LLP\n450 Mission Street, Suite 1200\nSan Francisco, California 94105\n"
    (hit,) = run(caption(counsel=counsel), "counsel_block")
    assert hit.args["missing"] == "state bar number, telephone number, email address, the party represented (\"Attorneys for ...\")"
    assert hit.args["problem"].startswith("counsel identification block lacks state bar number")


def test_no_counsel_block_at_all():
    (hit,) = run(caption(counsel=""), "counsel_block")
    assert hit.args["problem"] == "no counsel identification block above the court's title"


def test_pro_se_party_needs_no_bar_number_or_party_line():
    counsel = "MARIA CASTILLO\n1234 Elm Street\nOakland, CA 94610\nTelephone: (510) 555-0199\nmcastillo@example.com\nPlaintiff in Pro Per\n"
    assert run(caption(counsel=counsel), "counsel_block") == []


@pytest.mark.parametrize(
    "bar",
    ["SHAWN A. WEBB (213113)", "Mitchell J. Pope, 126194", "John S. Gibson, (CSB No. 140647)", "MICHAEL G. RHODES (116127) (m@x.com)", "Jane Roe (Cal. Bar No. 251120)"],
)
def test_bar_number_forms(bar):
    assert counsel.BAR_NUMBER.search(bar)


@pytest.mark.parametrize("text", ["Dallas, Texas 75201-6776", "San Francisco, CA 94104", "Telephone: (202) 789-3960", "Suite 2000, 94105"])
def test_addresses_and_phones_are_not_bar_numbers(text):
    assert not counsel.BAR_NUMBER.search(text)


def test_reference_to_the_signature_page_is_accepted():
    assert run(caption(counsel="[Counsel identified on signature page]\n"), "counsel_block") == []


def test_only_items_asked_for_are_required():
    counsel = "JANE R. ORTIZ (SBN 245123)\nORTIZ & BAKER LLP\n450 Mission Street, San Francisco, CA 94105\nTelephone: (415) 555-0142\nAttorneys for Defendant\n"
    assert run(caption(counsel=counsel), "counsel_block", items=["bar_number", "phone"]) == []
    assert len(run(caption(counsel=counsel), "counsel_block")) == 1  # no email


# ---- court title, division, initials, title ------------------------------------------------


def test_court_title_typo_is_reported_as_printed():
    text = caption().replace("UNITED STATES DISTRICT COURT", "UNITED STATED DISTRICT COURT")
    (hit,) = run(text, "court_title", court_name=r"NORTHERN\s+DISTRICT\s+OF\s+CALIFORNIA")
    assert hit.args["problem"] == 'prints "UNITED STATED DISTRICT COURT" instead of "UNITED STATES DISTRICT COURT"'


def test_court_title_of_another_district():
    text = caption(court="CENTRAL DISTRICT OF CALIFORNIA", division=None)
    (hit,) = run(text, "court_title", Overrides(court="cand"), court_name=r"NORTHERN\s+DISTRICT\s+OF\s+CALIFORNIA")
    assert hit.args["problem"] == "names the CENTRAL DISTRICT OF CALIFORNIA, not this court's district"


def test_division_is_read_under_the_court_title_only():
    division = r"\b(?:SAN\s+FRANCISCO|OAKLAND|SAN\s+JOSE|EUREKA)\b"
    assert run(caption(), "division", division=division) == []
    # "San Francisco" in counsel's address is not the division
    assert len(run(caption(division=None), "division", division=division)) == 1


@pytest.mark.parametrize(
    ("number", "hits"),
    [
        ("Case No. 3:25-cv-01234-WHO", 0),
        ("No. C 10-04668 RS (JCS)", 0),
        ("Case No. 3:25-cv-01234", 1),
        ("No. C 10-04668", 1),
    ],
)
def test_judge_initials(number, hits):
    assert len(run(caption(number=number), "judge_initials")) == hits


def test_judge_initials_wrapped_onto_the_next_line():
    text = caption(number="Case No. 4:19-cv-08426-", title=("YGR", "[PROPOSED] ORDER"))
    assert run(text, "judge_initials") == []


def test_document_title_missing_when_only_hearing_details_follow_the_number():
    text = caption(title=(), hearing=("Date: June 26, 2025", "Time: 10:00 a.m."), body="I. INTRODUCTION")
    (hit,) = run(text, "document_title")
    assert hit.args["printed"] == "Case No. 3:25-cv-01234-WHO"
    assert run(caption(), "document_title") == []


def test_papers_without_a_caption_are_not_checked():
    assert run("Plaintiff moves to compel further responses.\n", "court_title", court_name="X") == []


def test_court_forms_are_not_checked():
    text = caption(title=("NOTICE OF MANUAL FILING",), counsel="JULIAN ANDRE\n") + "PLAINTIFF(S)\n"
    text = text.replace("              Plaintiff,", "         PLAINTIFF(S)")
    assert run(text, "counsel_block") == []


# ---- hearing and notice ----------------------------------------------------------------------


def test_hearing_date_and_time_in_the_caption_column():
    with_hearing = caption(hearing=("Date:      July 14, 2025", "Time:      8:30 a.m."))
    assert run(with_hearing, "hearing") == []
    (hit,) = run(caption(hearing=("Hearing Date: July 14, 2025",)), "hearing")
    assert hit.args["missing"] == "time"
    (hit,) = run(caption(), "hearing")
    assert hit.args["missing"] == "date and time"


def test_notice_with_date_and_time():
    body = "TO ALL PARTIES:\nPLEASE TAKE NOTICE that on June 26, 2025, at 10:00 a.m., Defendant will move to dismiss.\n"
    assert run(caption(body=body), "notice") == []


def test_notice_with_placeholders():
    body = "PLEASE TAKE NOTICE that on ____________, 2025, at _____, Defendant will move to dismiss.\n"
    (hit,) = run(caption(body=body), "notice")
    assert hit.args["missing"] == "date and time"


def test_notice_heading_without_hearing_details():
    """The date and time must be in the notice, not somewhere in the memorandum after it."""
    body = (
        "NOTICE OF MOTION AND MOTION\nTO ALL PARTIES: Plaintiff will move to compel production.\n"
        "MEMORANDUM OF POINTS AND AUTHORITIES\nCounsel conferred on January 14, 2025 at 2:00 p.m.\n"
    )
    (hit,) = run(caption(body=body), "notice")
    assert hit.args["missing"] == "date and time"


def test_motion_that_opens_with_argument_has_no_notice():
    body = "MEMORANDUM OF POINTS AND AUTHORITIES\nDefendant moves to dismiss.\nPLEASE TAKE NOTICE that on June 26, 2025 at 10:00 a.m.\n"
    (hit,) = run(caption(body=body), "notice")
    assert hit.span is None and hit.args["problem"] == "does not open with a notice of motion"


def test_notice_after_the_table_of_contents():
    body = (
        "TABLE OF CONTENTS\nNOTICE OF MOTION ............................ 1\nI. INTRODUCTION ........................ 2\n\n"
        "PLEASE TAKE NOTICE that on June 26, 2025, at 10:00 a.m., Defendant will move to dismiss.\n\nI. INTRODUCTION\n"
    )
    assert run(caption(body=body), "notice") == []


# ---- case number against the profile and the footers -------------------------------------


def test_case_number_against_the_case_profile():
    text = caption()
    assert run(text, "case_number") == []  # no profile: nothing to compare with
    assert run(text, "case_number", Overrides(case_number="25-cv-1234", origin="config")) == []
    (hit,) = run(text, "case_number", Overrides(case_number="3:25-cv-04321", origin="config"))
    assert hit.args["problem"] == "but the case profile (config) is 3:25-cv-04321"
    (hit,) = run(text, "case_number", Overrides(district_judge="JST", origin="cli"))
    assert "assigns it to JST" in hit.args["problem"]


def test_footer_numbers_must_be_the_caption_case():
    same = laid_out([caption_page("DEFENDANT'S REPLY", "DEF.'S REPLY - Case No. 3:25-cv-01234-WHO"), body_page("Case No. 3:25-cv-01234-WHO")])
    assert run(same, "case_number") == []
    other = laid_out([caption_page("DEFENDANT'S REPLY", "DEF.'S REPLY"), body_page("Case No. 3:24-cv-09876-WHO"), body_page("Case No. 3:24-cv-09876-WHO")])
    (hit,) = run(other, "case_number")  # reported once, however many pages repeat it
    assert hit.args["expected"] == "Case No. 3:24-cv-09876-WHO" and "page 2" in hit.args["problem"]


# ---- footer titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("DEFENDANT'S REPLY IN SUPPORT OF MOTION TO DISMISS", "REPLY"),
        ("LE-VEL'S MEMORANDUM ISO MOTION TO TRANSFER", "MOTION"),
        ("MEMORANDUM OF POINTS AND AUTHORITIES IN OPPOSITION TO MOTION", "OPPOSITION"),
        ("PL.'S OPP'N TO DEF.'S MOT. TO DISMISS", "OPPOSITION"),
        ("ORTIZ DECL. ISO MOT. TO DISMISS", "DECLARATION"),
        ("DECLARATION OF JANE ROE IN SUPPORT OF REPLY", "DECLARATION"),
        ("STIPULATION AND [PROPOSED] ORDER", "STIPULATION"),
        ("[PROPOSED] ORDER GRANTING MOTION", "ORDER"),
        ("JOINT STIPULATION RE MOTION TO COMPEL DISCOVERY", "MOTION"),
        ("NOTICE OF MOTION AND MOTION TO DISMISS", "MOTION"),
        ("CERTIFICATE OF SERVICE", None),
    ],
)
def test_paper_kind(title, kind):
    assert first_page.paper_kind(title) == kind


def test_stale_footer_is_reported_once():
    doc = laid_out(
        [
            caption_page("DEFENDANT'S REPLY IN SUPPORT OF MOTION TO DISMISS", "DEFENDANT'S MEMORANDUM ISO MOTION TO DISMISS"),
            body_page("DEFENDANT'S MEMORANDUM ISO MOTION TO DISMISS"),
            body_page("DEFENDANT'S MEMORANDUM ISO MOTION TO DISMISS - 3"),
        ]
    )
    (hit,) = run(doc, "footer_title")
    assert hit.args["footer"] == "DEFENDANT'S MEMORANDUM ISO MOTION TO DISMISS"
    assert hit.args["problem"] == "names a motion, but the caption's title is a reply"


def test_matching_footer_passes():
    doc = laid_out([caption_page("DEFENDANT'S REPLY IN SUPPORT OF MOTION TO DISMISS", "DEF.'S REPLY ISO MOT. TO DISMISS"), body_page("DEF.'S REPLY ISO MOT. TO DISMISS")])
    assert run(doc, "footer_title") == []


def test_appended_papers_are_not_compared():
    declaration = caption_page("DECLARATION OF JANE R. ORTIZ", "ORTIZ DECL. ISO REPLY")
    doc = laid_out([caption_page("DEFENDANT'S REPLY IN SUPPORT OF MOTION TO DISMISS", "DEF.'S REPLY"), body_page("DEF.'S REPLY"), declaration])
    ctx = describe(doc)
    assert Structure(doc, ctx).attachments_start == doc.pages[2].first_line
    assert run(doc, "footer_title") == []


def test_footer_left_in_the_body_is_read_as_footer():
    page = body_page(None)
    page.append(("DEFENDANT'S MEMORANDUM ISO MOTION", 740, 150, "body", 28, 9.0))  # small type under line 28
    page.append(("The last body line runs on at full size.", 735, 72, "body", None, 12.0))
    doc = laid_out([caption_page("DEFENDANT'S REPLY", None), page])
    footers = [line.text for line in Structure(doc, describe(doc)).footer_lines(2)]
    assert footers == ["DEFENDANT'S MEMORANDUM ISO MOTION"]


def test_footers_need_pages():
    assert run(caption(title=("DEFENDANT'S REPLY",)), "footer_title") == []


def test_unknown_requirement_and_missing_patterns_are_load_errors():
    kind = load_kind("first-page")
    with pytest.raises(ValueError, match="require"):
        kind.build_params({"require": "everything"})
    with pytest.raises(ValueError, match="court_name"):
        kind.build_params({"require": "court_title"})
    with pytest.raises(ValueError, match="items"):
        kind.build_params({"require": "counsel_block", "items": ["fax"]})


def test_a_bracketed_designation_under_the_case_number_stays_in_the_caption():
    # A single-column caption: the designation reads like a sentence, but the title below it
    # is still the caption's, so document_title finds it.
    text = (
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nORTHOLINE DEVICES, LLC,\nPlaintiff,\nv.\n"
        "SUNRISE MEDICAL SUPPLY CO.,\nDefendant.\n\nCase No. CV 23-08841-MWF (SSx)\n"
        "[Discovery Document: Referred to Magistrate Judge Suzanne H. Segal]\n"
        "STIPULATION REGARDING CONFIDENTIAL INFORMATION AND [PROPOSED] PROTECTIVE ORDER\n\n"
        "The parties, through their counsel of record, stipulate as follows.\n"
    )
    doc = make_document(text)
    ctx = describe(doc)
    caption = [doc.lines[i].text for i in Structure(doc, ctx).caption_range]
    assert any(t.startswith("STIPULATION REGARDING") for t in caption)
    assert run(text, "document_title") == []
