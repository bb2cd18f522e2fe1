"""describe(): case number, judges, court, type and title from a document."""

from __future__ import annotations

import pytest

from courtlint.describe.classify import is_seal_label, type_from_title
from courtlint.context import Overrides
from courtlint.describe import (
    court_from_title,
    describe,
    find_case_numbers,
    normalize_case_number,
    parse_ecf_stamp,
)
from courtlint.extract import extract

ND_CAL = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
CD_CAL = "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n"


def doc(text: str):
    return extract(text.encode("utf-8"), name="x.txt")


def caption(court: str, number: str, title: str = "NOTICE OF MOTION AND MOTION TO DISMISS", body: str = "") -> str:
    return (
        "JANE LAWYER (SBN 123456)\nTelephone: (415) 555-0100\nFacsimile: 415-555-0101\n\n"
        f"{court}\nJOHN DOE,\n    Plaintiff,\nv.\nACME CORP.,\n    Defendant.\n\n"
        f"{number}\n\n{title}\n\nDate: June 1, 2021\nTime: 9:00 a.m.\n\n"
        f"Plaintiff moves to dismiss.{body}\n"
    )


def one(text: str):
    found = list(find_case_numbers(text))
    assert len(found) == 1, found
    return found[0]


# ---- case-number variants (corpus README section 7.1) -----------------------------

CAPTIONS = [
    # printed, court title, case number, district, magistrate
    ("Case No. 3:17-cv-05659-WHA", ND_CAL, "3:17-cv-05659", "WHA", None),
    ("Case No. 3:19-cv-04321-WHA (JCS)", ND_CAL, "3:19-cv-04321", "WHA", "JCS"),
    ("No. C 09-01234 SI (JCS)", ND_CAL, "3:09-cv-01234", "SI", "JCS"),  # office from Judge Illston's courthouse
    ("No. C 09-01234 XYZ (JCS)", ND_CAL, "09-cv-01234", "XYZ", "JCS"),  # office digit unknown
    ("Case No. 4:19-cv-08426-YGR (LB)", ND_CAL, "4:19-cv-08426", "YGR", "LB"),
    ("Case No. 3:19-cv-04593-LB", ND_CAL, "3:19-cv-04593", "LB", None),
    ("CV 16-6317 MWF (SS)", CD_CAL, "2:16-cv-06317", "MWF", "SS"),
    ("Case No. 2:16-cv-06794-AB-JC", CD_CAL, "2:16-cv-06794", "AB", "JC"),
    ("16-CV-6794 AB (JCx)", CD_CAL, "2:16-cv-06794", "AB", "JC"),
    ("Case No. 8:16-ml-02693-JLS (KESx)", CD_CAL, "8:16-ml-02693", "JLS", "KES"),
    ("SACV 14-341 JVS(DFMx)", CD_CAL, "8:14-cv-00341", "JVS", "DFM"),
    ("LA CV17-00308 JAK (AFMx)", CD_CAL, "2:17-cv-00308", "JAK", "AFM"),
    ("EDCV18-00992-JGB-(SPx)", CD_CAL, "5:18-cv-00992", "JGB", "SP"),
    ("SA CR 19-061-JVS", CD_CAL, "8:19-cr-00061", "JVS", None),
    ("Case No. CV15-5642-CAS(JCx )", CD_CAL, "2:15-cv-05642", "CAS", "JC"),
    ("Case No. CV 20-6448-GW-JEMx", CD_CAL, "2:20-cv-06448", "GW", "JEM"),
    ("Case No. 5:16-cv-00263-DMG-(Ex)", CD_CAL, "5:16-cv-00263", "DMG", "E"),
    ("Case No. 2:20-cv-09582-JFW-E", CD_CAL, "2:20-cv-09582", "JFW", "E"),
    ("CASE NO. 8:15-CV-01228 DOC (MRWX)", CD_CAL, "8:15-cv-01228", "DOC", "MRW"),
    ("Case No. 2:19-cv-01234-RSWL-PLA", CD_CAL, "2:19-cv-01234", "RSWL", "PLA"),
    ("Case No. 2:20-mj-06108-DUTY", CD_CAL, "2:20-mj-06108", None, None),
    ("Case No. 1:18-CV-00768-NONE-SAB", CD_CAL, "1:18-cv-00768", None, "SAB"),
    ("No. CR 13-106(A)-DOC", CD_CAL, "2:13-cr-00106", "DOC", None),
    ("Case No. 2:14-cr-00684-CAS \u2013 13", CD_CAL, "2:14-cr-00684", "CAS", None),
    ("3:17CV5517", ND_CAL, "3:17-cv-05517", None, None),
    ("No. 19MC80215-WHO", ND_CAL, "3:19-mc-80215", "WHO", None),  # office from Judge Orrick's courthouse
    ("NO. 19-MC-80215", ND_CAL, "19-mc-80215", None, None),  # office digit unknown
    ("Case No. 3:18-cv-00360-WHA\n3:18-cv-00363-WHA\n3:18-cv-00572-WHA", ND_CAL, "3:18-cv-00360", "WHA", None),
]


@pytest.mark.parametrize(("printed", "court", "number", "district", "magistrate"), CAPTIONS, ids=[c[0] for c in CAPTIONS])
def test_caption_variants(printed, court, number, district, magistrate):
    ctx = describe(doc(caption(court, printed)))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == (number, district, magistrate)
    assert ctx.origins["case_number"] == "caption"
    assert ctx.printed_district_judge == district
    assert ctx.printed_magistrate_judge == magistrate


def test_as_printed_and_span_point_at_the_caption():
    document = doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA (JCS)"))
    ctx = describe(document)
    assert ctx.case_number_as_printed == "Case No. 3:19-cv-04321-WHA (JCS)"
    assert document.text[ctx.case_number_span.start : ctx.case_number_span.end] == ctx.case_number_as_printed
    assert ctx.court == "cand" and ctx.origins["court"] == "caption"


def test_division_heading_supplies_the_office_digit():
    court = ND_CAL + "SAN JOSE DIVISION\n"
    assert describe(doc(caption(court, "Case No. 15-cv-02543-BLF"))).case_number == "5:15-cv-02543"
    court = CD_CAL + "SOUTHERN DIVISION\n"
    assert describe(doc(caption(court, "Case No. CV 16-1234-JVS"))).case_number == "8:16-cv-01234"


def test_referral_on_the_next_line_of_a_narrow_column():
    ctx = describe(doc(caption(ND_CAL, "Case No. 4:19-cv-08426-YGR\n(LB)")))
    assert (ctx.district_judge, ctx.magistrate_judge) == ("YGR", "LB")


# ---- near misses -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Telephone: (213) 443-4355",
        "Fax: 213-629-9022 / Tel. 415.555.1234",
        "Dated: 02/01/19 and 10-29-2019",
        "JOSEPH N. AKROTIRIANAKIS (Bar No. 197971)",
        "MDL No. 2918",
        "Re: Dkt. No. 527; ECF No. 164",
        "JAMS No. 1220055347",
        "Section C 12-345 of the agreement",  # a bare "C" needs "No." before it
        "NO. CR-00377 WHA",  # no year
    ],
)
def test_not_case_numbers(text):
    assert list(find_case_numbers(text)) == []


def test_phone_numbers_and_dates_are_not_case_numbers_in_a_caption():
    ctx = describe(doc(ND_CAL + "Telephone: (415) 555-0100\nDated: 06/01/21\nPlaintiff moves.\n"))
    assert ctx.case_number is None and ctx.district_judge is None


def test_words_after_the_number_are_not_initials():
    assert one("Case No. 3:19-cv-01234 THE HONORABLE").district is None
    assert one("Case No. 3:19-cv-01234 DEFENDANT'S MOTION").district is None
    assert one("Case No. 3:19-cv-01234 A PROFESSIONAL CORPORATION").district is None
    number = one("No. 2:15-cv-0208 TLN KJN P")  # E.D. Cal. prisoner suffix
    assert (number.district, number.magistrate) == ("TLN", "KJN")


def test_duty_and_mag_are_not_judges():
    assert (one("Case No. 2:20-mj-01234-DUTY").district, one("Case No. 2:20-mj-01234-MAG").district) == (None, None)
    assert parse_ecf_stamp("Case 2:20-mj-06108-DUTY Document 10 Filed 12/21/20 Page 1 of 1 Page ID #:35").judges == ()


def test_a_cited_case_is_not_the_case():
    assert list(find_case_numbers("Bullard v. Wastequip, No. 14-CV-01309-MMM, 2015 WL 12766467")) == []
    assert list(find_case_numbers("See Smith v. Jones, No. 3:15-cv-01234-EMC (N.D. Cal. 2016)")) == []
    assert list(find_case_numbers("Colton Crane Co. v. Terex Cranes, Inc., No. 08-CV-08525-")) == []  # runs on
    assert one("Re: Doe v. Acme Corp., Case No. 3:20-cv-01234-WHA").district == "WHA"  # a letter's subject
    body = "\nSee Smith v. Jones, No. 3:15-cv-01234-EMC, 2016 WL 1234567 (N.D. Cal. 2016)."
    ctx = describe(doc(ND_CAL + "JOHN DOE v. ACME CORP.\n\nORDER\n" + body))
    assert ctx.case_number is None


def test_a_stale_related_case_in_the_body_does_not_beat_the_caption():
    body = (
        "\nThis case is related to Case No. 4:18-cv-00001-JST (N.D. Cal.).\n"
        "The Court previously ruled in No. 3:15-cv-01234-EMC that the claims fail.\n"
    )
    ctx = describe(doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA (JCS)", body=body)))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("3:19-cv-04321", "WHA", "JCS")


def test_lone_parenthesised_initials_are_the_referral():
    number = one("Case No. 3:24-cv-01234 (JCS)")
    assert (number.district, number.magistrate) == (None, "JCS")


# ---- the CM/ECF stamp --------------------------------------------------------------

STAMP = "Case 2:16-cv-06794-AB-JC Document 168 Filed 02/01/19 Page 1 of 3 Page ID #:3629"


def test_parse_ecf_stamp():
    stamp = parse_ecf_stamp(STAMP)
    assert stamp.number.normalized == "2:16-cv-06794"
    assert (stamp.number.district, stamp.number.magistrate, stamp.judges) == ("AB", "JC", ("AB", "JC"))
    assert stamp.page_id
    nd = parse_ecf_stamp("Case 5:18-cr-00258-EJD-1 Document 547 Filed 10/02/20 Page 1 of 3")
    assert (nd.number.normalized, nd.judges, nd.page_id) == ("5:18-cr-00258", ("EJD",), False)
    assert parse_ecf_stamp("Case 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al.") is None


def test_slip_sheet_takes_case_and_judges_from_the_stamp():
    ctx = describe(doc(STAMP + "\n\n\nEXHIBIT A\n"))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("2:16-cv-06794", "AB", "JC")
    assert ctx.origins["case_number"] == "ecf-stamp"
    assert ctx.printed_district_judge is None
    assert ctx.court == "cacd" and ctx.origins["court"] == "ecf-stamp"  # "Page ID" stamps are C.D. Cal.'s
    assert (ctx.doc_type, ctx.title) == ("exhibit", "EXHIBIT A")


def test_nd_cal_stamp_has_no_referral_magistrate():
    ctx = describe(doc("Case 3:19-cv-04593-LB Document 79-10 Filed 03/26/21 Page 1 of 7\nEXHIBIT D-7\n"))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("3:19-cv-04593", "LB", None)


def test_stamp_fills_the_missing_office_digit_of_the_same_case():
    text = "Case 5:17-cv-00072-BLF Document 660 Filed 06/05/20 Page 1 of 20\n" + caption(ND_CAL, "Case No. 17-cv-00072-BLF")
    assert describe(doc(text)).case_number == "5:17-cv-00072"
    # Another court's related case: the office digit stays unknown.
    nj = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n"
    text = "Case 2:17-cv-00099-ABC Document 660 Filed 06/05/20 Page 1 of 20\n" + caption(nj, "Case No. 17-cv-00072-XYZ")
    assert describe(doc(text)).case_number == "17-cv-00072"
    # N.D. Cal.: a related case's stamp names the courthouse.
    text = "Case 3:17-cv-03022-JST Document 513 Filed 04/04/19 Page 1 of 43\n" + caption(ND_CAL, "Case No. 17-cv-01138-JST")
    assert describe(doc(text)).case_number == "3:17-cv-01138"


def test_caption_beats_the_stamp():
    text = "Case 2:19-cv-05397-FLA-JPR Document 175 Filed 02/22/21 Page 1 of 42 Page ID #:2067\n"
    ctx = describe(doc(text + caption(CD_CAL, "CASE NO. 2:19-cv-5397 JFW (JPR)")))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("2:19-cv-05397", "JFW", "JPR")


def test_letter_subject_line_is_the_caption_not_a_stamp():
    text = (
        "Case 4:19-cv-06669-JST Document 89 Filed 03/23/21 Page 1 of 6\n"
        "AFFELD GRIVAKES LLP\nMarch 23, 2021\n"
        "Case 4:19-cv-06669-JST-DMR; Ross v. AT&T Mobility LLC et al.\n"
        "Dear Magistrate Judge Ryu:\nThe parties submit this joint letter.\n"
    )
    ctx = describe(doc(text))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("4:19-cv-06669", "JST", "DMR")
    assert ctx.origins["case_number"] == "caption"
    assert ctx.doc_type == "joint_letter"


@pytest.mark.parametrize(
    ("addressee", "initials"),
    [
        ("Dear Judge Spero:", "JCS"),
        ("The Honorable Joseph C. Spero\nDear Judge Spero:", "JCS"),
        ("Dear Magistrate Judge van Keulen:", "SVK"),
        ("Dear Judge DeMarchi:", "VKD"),
        ("Dear Judge Beeler:", "LB"),
        ("Dear Judge Alsup:", None),  # a district judge: no referral
    ],
)
def test_letter_to_a_magistrate_judge_gives_the_referral(addressee, initials):
    text = (
        ND_CAL.replace("\n", " ") + "\nMarch 1, 2021\n"
        "Re: Doe v. Acme Corp., Case No. 3:20-cv-01234-WHA\n"
        f"{addressee}\nThe parties submit this joint discovery letter.\n"
    )
    ctx = describe(doc(text))
    assert ctx.case_number == "3:20-cv-01234"
    assert ctx.magistrate_judge == initials
    assert ctx.printed_magistrate_judge is None
    if initials:
        assert ctx.origins["magistrate_judge"] == "document"


# ---- overrides ---------------------------------------------------------------------


def test_overrides_win_and_record_their_origin():
    document = doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA (JCS)"))
    ctx = describe(
        document,
        Overrides(court="CACD", case_number="16-CV-6794", district_judge="ab", magistrate_judge="(JCx)", doc_type="motion"),
    )
    assert (ctx.court, ctx.case_number, ctx.district_judge, ctx.magistrate_judge, ctx.doc_type) == (
        "cacd",
        "16-cv-06794",
        "AB",
        "JC",
        "motion",
    )
    assert {ctx.origins[k] for k in ("court", "case_number", "district_judge", "magistrate_judge", "doc_type")} == {"cli"}
    # What the caption printed stays available to checks that compare the two.
    assert (ctx.printed_district_judge, ctx.printed_magistrate_judge) == ("WHA", "JCS")
    assert ctx.case_number_as_printed == "Case No. 3:19-cv-04321-WHA (JCS)"


def test_config_overrides_fill_only_what_they_give():
    document = doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA"))
    ctx = describe(document, Overrides(magistrate_judge="JCS", origin="config"))
    assert (ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("3:19-cv-04321", "WHA", "JCS")
    assert ctx.origins["magistrate_judge"] == "config" and ctx.origins["case_number"] == "caption"


def test_normalize_case_number():
    assert normalize_case_number("3:19-cv-4321") == "3:19-cv-04321"
    assert normalize_case_number("SACV 14-341") == "8:14-cv-00341"
    assert normalize_case_number("not a number") == "not a number"


# ---- courts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "court"),
    [
        (["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA"], "cand"),
        (["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA - WESTERN DIVISION"], "cacd"),
        (["UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF CALIFORNIA, FRESNO DIVISION"], "caed"),
        (["UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ALABAMA"], "alnd"),
        (["UNITED STATES DISTRICT COURT", "DISTRICT OF NEW JERSEY"], "njd"),
        (["IN THE UNITED STATES DISTRICT COURT", "FOR THE SOUTHERN DISTRICT OF NEW YORK"], "nysd"),
        (["UNITED STATES DISTRICT COURT", "FOR THE DISTRICT OF COLUMBIA"], "dcd"),
        (["UNITED STATES BANKRUPTCY COURT", "NORTHERN DISTRICT OF CALIFORNIA"], "canb"),
        (["UNITED STATES STRICT COURT", "EASTERN DISTRICT OF CALIFORNIA"], "caed"),  # a real typo
        (["MOTION TO TRANSFER VENUE TO THE SOUTHERN DISTRICT OF NEW YORK"], None),  # prose, not a court
    ],
)
def test_court_from_title(lines, court):
    assert court_from_title(lines) == court


def test_court_from_recap_file_name():
    document = extract(b"EXHIBIT A\n", name="gov.uscourts.cand.345947.79.10.txt")
    assert describe(document).court == "cand"


# ---- document type and title ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("DEFENDANTS' NOTICE OF MOTION AND MOTION TO DISMISS; MEMORANDUM OF POINTS AND AUTHORITIES", "motion"),
        ("MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF MOTION TO DISMISS", "memorandum"),
        ("MEMORANDUM OF POINTS AND AUTHORITIES IN OPPOSITION TO MOTION TO DISMISS", "opposition"),
        ("PLAINTIFF'S OPPOSITION TO DEFENDANT'S MOTION FOR SUMMARY JUDGMENT", "opposition"),
        ("PLAINTIFFS' RESPONSE TO DEFENDANT'S MOTION TO STRIKE", "opposition"),
        ("DEFENDANT'S REPLY IN SUPPORT OF MOTION TO TRANSFER VENUE", "reply"),
        ("REPLY MEMORANDUM IN FURTHER SUPPORT OF MOTION TO COMPEL", "reply"),
        ("DECLARATION OF JANE ROE IN SUPPORT OF ADMINISTRATIVE MOTION TO FILE UNDER SEAL", "declaration"),
        ("DEFENDANTS' ADMINISTRATIVE MOTION TO FILE UNDER SEAL", "admin_motion_to_seal"),
        ("ADMINISTRATIVE MOTION FOR LEAVE TO FILE PORTIONS OF ITS BRIEF UNDER SEAL", "admin_motion_to_seal"),
        ("NOTICE OF MOTION & MOTION TO SEAL DOCUMENTS", "admin_motion_to_seal"),
        ("ADMINISTRATIVE MOTION TO CONSIDER WHETHER CASES SHOULD BE RELATED", "motion"),
        ("UNOPPOSED APPLICATION TO FILE CONDITIONALLY UNDER SEAL", "application_to_seal"),
        ("EX PARTE APPLICATION FOR A TEMPORARY RESTRAINING ORDER", "motion"),
        ("LE-VEL'S RESPONSE IN SUPPORT OF PLAINTIFF'S APPLICATION TO FILE DOCUMENTS UNDER SEAL", "other"),
        ("JOINT STIPULATION REGARDING PLAINTIFF'S MOTION TO COMPEL", "motion"),
        ("STIPULATION AND [PROPOSED] ORDER TO EXTEND TIME", "stipulation"),
        ("[PROPOSED] ORDER GRANTING MOTION TO STRIKE", "proposed_order"),
        ("[PROPOSED] STIPULATED PROTECTIVE ORDER", "protective_order"),
        ("MOTION FOR PROTECTIVE ORDER", "motion"),
        ("ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR ATTORNEYS' FEES", "order"),
        ("AMENDED MEMORANDUM OF FINDINGS OF FACT AND CONCLUSIONS OF LAW", "order"),
        ("CIVIL MINUTES - GENERAL", "minutes"),
        ("REPORTER'S TRANSCRIPT OF PROCEEDINGS", "transcript"),
        ("SECOND AMENDED COMPLAINT", "complaint"),
        ("NOTICE OF MANUAL FILING OR LODGING", "notice"),
        ("JUDGMENT", "judgment"),
        ("REDACTED VERDICT FORM", "other"),
        ("AFFIDAVIT OF SURETY (NO JUSTIFICATION)", "other"),
        ("CERTIFICATE OF SERVICE", "other"),
    ],
)
def test_type_from_title(title, kind):
    assert type_from_title(title) == kind


def test_small_capitals_split_titles_are_joined():
    title = "D ECLARATION OF JANE ROE IN SUPPORT OF M OTION TO SEAL"
    ctx = describe(doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA", title=title)))
    assert ctx.title == "DECLARATION OF JANE ROE IN SUPPORT OF MOTION TO SEAL"
    assert ctx.doc_type == "declaration"


def test_title_and_type_from_a_text_caption():
    title = "DEFENDANT'S NOTICE OF MOTION AND\nMOTION TO DISMISS"
    ctx = describe(doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA (JCS)", title=title)))
    assert ctx.title == "DEFENDANT'S NOTICE OF MOTION AND MOTION TO DISMISS"
    assert ctx.doc_type == "motion"
    assert ctx.origins["title"] == "caption"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED", True),
        ("[FILED UNDER SEAL]", True),
        ("DOCUMENT SOUGHT TO BE", True),
        ("UNDER SEAL", False),  # the end of "... TO FILE / UNDER SEAL"
        ("REDACTED ORDER GRANTING MOTION", False),
    ],
)
def test_seal_labels_are_not_title_lines(text, label):
    assert is_seal_label(text) is label


def test_text_documents_have_no_layout_facts():
    ctx = describe(doc(caption(ND_CAL, "Case No. 3:19-cv-04321-WHA")))
    assert (ctx.pages, ctx.pleading_paper, ctx.body_font_size_pt) == (None, None, None)


def test_empty_and_odd_documents_do_not_crash():
    for text in ("x", ")", "Case No.", "EXHIBIT", "Dear Judge", "Case 2:16-cv-06794 Document Filed", "(JCS)\n" * 50):
        describe(doc(text))


# ---- laid-out PDF (two-column caption) -------------------------------------------


def _caption_pdf(tmp_path, *, right_column, body_size=12.0, stamp=None):
    canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.lib.pagesizes import letter

    path = tmp_path / "caption.pdf"
    c = canvas_mod.Canvas(str(path), pagesize=letter)
    _w, h = letter
    for page in (1, 2):
        if stamp:
            c.setFont("Helvetica", 8)
            c.drawString(100, h - 20, stamp.format(page=page))
        c.setFont("Times-Roman", 12)
        if page == 1:
            c.drawCentredString(306, h - 200, "UNITED STATES DISTRICT COURT")
            c.drawCentredString(306, h - 214, "NORTHERN DISTRICT OF CALIFORNIA")
            for i, text in enumerate(["JOHN DOE,", "    Plaintiff,", "v.", "ACME CORP.,", "    Defendant."]):
                c.drawString(80, h - 250 - 14 * i, text)  # left column
            for i, text in enumerate(right_column):
                c.drawString(330, h - 250 - 14 * i, text)  # right column, same baselines
            y = h - 420
        else:
            y = h - 100
        c.setFont("Times-Roman", body_size)
        for _ in range(12):
            c.drawString(80, y, "The parties met and conferred about the discovery dispute at length.")
            y -= 2 * body_size
        c.showPage()
    c.save()
    return extract(path)


def test_two_column_pdf_caption(tmp_path):
    document = _caption_pdf(
        tmp_path,
        right_column=[
            "Case No. 3:19-cv-04321-WHA (JCS)",
            "",
            "DEFENDANT'S NOTICE OF MOTION AND",
            "MOTION TO COMPEL DISCOVERY",
            "",
            "Date: June 1, 2021",
        ],
        stamp="Case 3:19-cv-04321-WHA Document 45 Filed 01/02/21 Page {page} of 2",
    )
    ctx = describe(document)
    assert (ctx.court, ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("cand", "3:19-cv-04321", "WHA", "JCS")
    assert ctx.title == "DEFENDANT'S NOTICE OF MOTION AND MOTION TO COMPEL DISCOVERY"
    assert (ctx.doc_type, ctx.pages, ctx.pleading_paper, ctx.body_font_size_pt) == ("motion", 2, False, 12.0)


def test_pdf_body_font_size_is_measured_on_body_pages(tmp_path):
    document = _caption_pdf(tmp_path, right_column=["Case No. 2:16-cv-06794-AB-JC", "ORDER"], body_size=14.0)
    assert describe(document).body_font_size_pt == 14.0


def test_caption_behind_a_sealing_label_slip_sheet_is_read_from_page_2(tmp_path):
    canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.lib.pagesizes import letter

    path = tmp_path / "slip-first.pdf"
    c = canvas_mod.Canvas(str(path), pagesize=letter)
    _w, h = letter
    c.setFont("Helvetica", 8)
    c.drawString(100, h - 20, "Case 2:16-cv-02859-CAS-GJS Document 637 Filed 10/09/18 Page 1 of 2 Page ID #:26522")
    c.setFont("Times-Bold", 28)
    c.drawCentredString(306, h - 300, "REDACTED VERSION OF DOCUMENT")
    c.drawCentredString(306, h - 340, "PROPOSED TO BE FILED UNDER SEAL")
    c.showPage()
    c.setFont("Times-Roman", 14)
    c.drawCentredString(306, h - 200, "UNITED STATES DISTRICT COURT")
    c.drawCentredString(306, h - 216, "CENTRAL DISTRICT OF CALIFORNIA")
    c.drawString(80, h - 250, "MACOM TECHNOLOGY SOLUTIONS,")
    c.drawString(330, h - 250, "Case No. CV 16-02859 CAS (GJSx)")
    c.drawString(330, h - 280, "DEFENDANTS' OPPOSITION TO")
    c.drawString(330, h - 296, "MACOM'S MOTION TO COMPEL")
    c.showPage()
    c.save()
    ctx = describe(extract(path))
    assert (ctx.court, ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("cacd", "2:16-cv-02859", "CAS", "GJS")
    assert (ctx.origins["case_number"], ctx.doc_type) == ("caption", "opposition")


def test_docx_caption_and_font_size(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.shared import Pt

    document = docx.Document()
    for text in ["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA", "Case No. 3:20-cv-01234-WHA (JCS)",
                 "DECLARATION OF JANE ROE IN SUPPORT OF MOTION TO COMPEL", "I, Jane Roe, declare as follows.",
                 "1. I am counsel for Plaintiff in this action and have personal knowledge of the facts stated "
                 "in this declaration. If called as a witness, I could and would testify to them competently."]:
        run = document.add_paragraph().add_run(text)
        run.font.size = Pt(12)
    path = tmp_path / "draft.docx"
    document.save(path)
    ctx = describe(extract(path))
    assert (ctx.court, ctx.case_number, ctx.district_judge, ctx.magistrate_judge) == ("cand", "3:20-cv-01234", "WHA", "JCS")
    assert (ctx.doc_type, ctx.body_font_size_pt, ctx.pleading_paper, ctx.pages) == ("declaration", 12.0, None, None)


def test_member_case_above_the_lead_number_is_skipped():
    text = ND_CAL + (
        "IN RE: ROUNDUP PRODUCTS LIABILITY LITIGATION\nThis document relates to:\n"
        "Doe v. Monsanto Co., Case No. 3:16-cv-00525-VC\n\nMDL No. 2741\nCase No. 16-md-02741-VC\n\n"
        "OPPOSITION TO MOTION\n"
    )
    ctx = describe(doc(text))
    assert (ctx.case_number, ctx.district_judge) == ("3:16-md-02741", "VC")
