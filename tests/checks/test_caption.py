"""Unit tests for the ``caption`` check kind."""

from __future__ import annotations

import pytest

from courtlint.checks import caption, load_kind
from courtlint.context import Overrides
from courtlint.describe import describe
from courtlint.testing import make_document

SEGAL = "[Discovery Document: Referred to Magistrate Judge Suzanne H. Segal]"
SEGAL_PATTERN = (
    r"\[?\s*Discovery\s+Document\s*:?\s*Referred\s+to\s+Magistrate\s+Judge\s+Suzanne\s+H\.?\s+Segal\s*\]?"
)


def designation_params(**extra) -> caption.Params:
    return load_kind("caption").build_params({"require": "referral_designation", **extra})


def label_params(**extra) -> caption.Params:
    raw = {
        "require": "label",
        "labels": [{"judge": "SS", "role": "magistrate", "pattern": SEGAL_PATTERN, "text": SEGAL}],
    }
    raw.update(extra)
    return load_kind("caption").build_params(raw)


def cand(number: str, title: str = "PLAINTIFF'S MOTION TO COMPEL", body: str = "I. INTRODUCTION") -> str:
    return (
        "UNITED STATES DISTRICT COURT\n"
        "NORTHERN DISTRICT OF CALIFORNIA\n"
        "\n"
        f"GREENLEAF FARMS, LLC,                )  {number}\n"
        "              Plaintiff,             )\n"
        f"       v.                            )  {title}\n"
        "ORCHARD SUPPLY CO.,                  )\n"
        "              Defendant.             )\n"
        "_____________________________________)\n"
        "\n"
        f"{body}\n"
    )


def cacd(number: str, right: list[str], body: str = "Pursuant to Local Rule 37-2, the parties stipulate.") -> str:
    left = ["CRESCENT MEDIA GROUP, INC.,", "              Plaintiff,", "       v.", "", "TARGET DISTRIBUTION LLC,",
            "              Defendant."]
    rows = [number, *right]
    lines = []
    for i in range(max(len(left), len(rows))):
        lhs = left[i] if i < len(left) else ""
        rhs = rows[i] if i < len(rows) else ""
        lines.append(f"{lhs:<38})   {rhs}".rstrip())
    return (
        "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\n"
        + "\n".join(lines)
        + "\n______________________________________)\n\n"
        + body
        + "\n"
    )


def run(text: str, params: caption.Params, **overrides) -> list:
    doc = make_document(text)
    ctx = describe(doc, Overrides(**overrides, origin="cli") if overrides else None)
    return list(caption.check(doc, params, ctx))


# ---- parsing the printed number ------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "head", "initials"),
    [
        ("Case No. 3:19-cv-04321-WHA (JCS)", "Case No. 3:19-cv-04321", (("WHA", False), ("JCS", True))),
        ("No. C 18-05982 WHA (JSC)", "No. C 18-05982", (("WHA", False), ("JSC", True))),
        ("3:17-cv-01138-JST-JSC", "3:17-cv-01138", (("JST", False), ("JSC", False))),
        ("No. C10-80238 MISC CRB (JCS)", "No. C10-80238 MISC", (("CRB", False), ("JCS", True))),
        ("CV 16-6317 MWF (SSx)", "CV 16-6317", (("MWF", False), ("SS", True))),
        ("5:16-cv-00263-DMG-(Ex)", "5:16-cv-00263", (("DMG", False), ("E", True))),
        ("SACV 14-341 JVS(DFMx)", "SACV 14-341", (("JVS", False), ("DFM", True))),
        ("Case No. 3:24-cv-01234 (JCS)", "Case No. 3:24-cv-01234", (("JCS", True),)),
        ("3:17CV5517", "3:17CV5517", ()),
    ],
)
def test_parse_printed(printed, head, initials):
    parsed = caption.parse_printed(printed)
    assert (head, initials) == (parsed.head, parsed.initials)


# ---- params ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"require": "initials"}, "require: must be one of"),
        ({"require": "label"}, "labels: require 'label' needs at least one label"),
        ({"require": "label", "labels": [{"judge": "SS", "text": "x"}]}, "labels[0].pattern: required key"),
        ({"require": "label", "labels": [{"judge": "SS", "text": "x", "pattern": "(", "role": "magistrate"}]},
         "labels[0].pattern: bad regular expression"),
        ({"require": "label", "labels": [{"judge": "SS", "text": "x", "pattern": "x", "role": "clerk"}]},
         "labels[0].role: must be one of"),
        ({"require": "label", "labels": [{"judge": "SS", "text": "x", "pattern": "x", "colour": "red"}]},
         "labels[0]: unknown key 'colour'"),
        ({"require": "referral_designation", "max_lines": 0}, "max_lines: must be at least 1"),
    ],
)
def test_bad_params_name_the_field(raw, message):
    with pytest.raises((TypeError, ValueError), match=message.replace("(", r"\(").replace("[", r"\[")):
        load_kind("caption").build_params(raw)


def test_unknown_param_is_a_load_error():
    with pytest.raises(TypeError, match="unknown parameter 'labl'"):
        load_kind("caption").build_params({"require": "label", "labl": []})


def test_every_param_is_documented():
    from dataclasses import fields

    doc = caption.__doc__
    for f in fields(caption.Params):
        assert f"    {f.name}:" in doc, f.name


# ---- referral designation ------------------------------------------------------------------


def test_missing_designation_points_at_the_case_number():
    text = cand("Case No. 3:21-cv-07788-RS")
    hits = run(text, designation_params(), magistrate_judge="JCS")
    assert len(hits) == 1
    hit = hits[0]
    assert "Case No. 3:21-cv-07788-RS" == text[hit.span.start : hit.span.end]
    assert "without the referral designation '(JCS)'" == hit.args["problem"]
    assert "Case No. 3:21-cv-07788-RS (JCS)" == hit.args["expected"]


@pytest.mark.parametrize(
    "number",
    [
        "Case No. 3:21-cv-07788-RS (JCS)",
        "Case No. 3:21-cv-07788-RS(JCS)",
        "Case No. 3:21-cv-07788-RS  ( JCS )",
        "Case No. 3:21-cv-07788-RS-JCS",
        "Case No. 3:21-cv-07788-RS - JCS",
        "No. C 21-07788 RS (JCS)",
    ],
)
def test_designation_forms_accepted(number):
    assert [] == run(cand(number), designation_params(), magistrate_judge="JCS")


def test_designation_without_district_initials():
    hits = run(cand("Case No. 3:24-cv-01234 (JCS)"), designation_params(), magistrate_judge="JCS")
    assert ["with '(JCS)' but without the district judge's initials before it"] == [h.args["problem"] for h in hits]


def test_designation_without_district_initials_names_the_known_judge():
    hits = run(cand("Case No. 3:24-cv-01234 (JCS)"), designation_params(), magistrate_judge="JCS", district_judge="WHO")
    assert ["Case No. 3:24-cv-01234-WHO (JCS)"] == [h.args["expected"] for h in hits]


def test_wrong_magistrate():
    hits = run(cand("Case No. 3:21-cv-07788-RS (LB)"), designation_params(), magistrate_judge="JCS")
    assert ["Case No. 3:21-cv-07788-RS (JCS)"] == [h.args["expected"] for h in hits]
    assert "LB" in hits[0].args["problem"]


def test_all_purpose_magistrate_case_needs_no_designation():
    assert [] == run(cand("Case No. 3:24-cv-01234-JCS"), designation_params(), magistrate_judge="JCS")


def test_magistrate_alone_when_a_district_judge_is_assigned():
    hits = run(cand("Case No. 3:24-cv-01234-JCS"), designation_params(), magistrate_judge="JCS", district_judge="WHO")
    assert ["Case No. 3:24-cv-01234-WHO (JCS)"] == [h.args["expected"] for h in hits]


def test_designation_in_body_does_not_count():
    text = cand("Case No. 3:21-cv-07788-RS", body="The Court referred discovery to Judge Spero (JCS). Dkt. 41.")
    assert 1 == len(run(text, designation_params(), magistrate_judge="JCS"))


def test_designation_wrapped_to_next_caption_line():
    text = cand("Case No. 3:21-cv-07788-RS").replace(
        "              Plaintiff,             )\n", "              Plaintiff,             )  (JCS)\n"
    )
    assert [] == run(text, designation_params(), magistrate_judge="JCS")


def test_no_caption_no_finding():
    text = "Plaintiff moves to compel further responses to Interrogatory No. 4.\n"
    assert [] == run(text, designation_params(), magistrate_judge="JCS")


def test_hyphen_style_expected():
    hits = run(cand("Case No. 3:21-cv-07788-RS"), designation_params(designation_style="hyphen"), magistrate_judge="JCS")
    assert ["Case No. 3:21-cv-07788-RS-JCS"] == [h.args["expected"] for h in hits]


# ---- labels ----------------------------------------------------------------------------------


def test_label_missing():
    text = cacd("Case No. 2:16-cv-06317-MWF (SSx)", ["", "JOINT STIPULATION RE MOTION TO COMPEL"])
    hits = run(text, label_params())
    assert 1 == len(hits)
    assert SEGAL == hits[0].args["label"]
    assert "Case No. 2:16-cv-06317-MWF (SSx)" == text[hits[0].span.start : hits[0].span.end]


def test_label_split_across_right_column_lines():
    text = cacd(
        "Case No. 2:16-cv-06317-MWF (SSx)",
        ["[Discovery Document: Referred to", "Magistrate Judge Suzanne H. Segal]", "", "JOINT STIPULATION RE",
         "MOTION TO COMPEL"],
    )
    assert [] == run(text, label_params())


def test_label_in_capitals_with_odd_spacing():
    text = cacd(
        "Case No. 2:16-cv-06317-MWF (SSx)",
        ["[ DISCOVERY  DOCUMENT:REFERRED TO MAGISTRATE", "JUDGE SUZANNE H SEGAL ]", "STIPULATED PROTECTIVE ORDER"],
    )
    assert [] == run(text, label_params())


def test_label_in_body_or_footer_does_not_count():
    body = "Pursuant to Local Rule 37-2, the parties stipulate.\n\n" + SEGAL + "\nJOINT STIPULATION - 1 -"
    text = cacd("Case No. 2:16-cv-06317-MWF (SSx)", ["", "JOINT STIPULATION RE MOTION TO COMPEL"], body=body)
    assert 1 == len(run(text, label_params()))


def test_only_discovery_papers_need_the_label():
    # Which papers the rule reads is its applies_to (facets: [discovery]), decided in rule selection.
    import courtlint

    def findings(title_lines):
        text = cacd("Case No. 2:16-cv-06317-MWF (SSx)", title_lines, body="TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:")
        result = courtlint.lint(text.encode(), name="draft.txt", select=["cacd-discovery.missing-discovery-designation"], use_config=False)
        return [f.rule for f in result.findings]

    summary_judgment = ["", "NOTICE OF MOTION AND MOTION FOR", "SUMMARY JUDGMENT", "", "Discovery Cut-Off: May 1, 2025"]
    assert findings(summary_judgment) == []
    assert findings(["", "NOTICE OF MOTION AND MOTION TO", "COMPEL FURTHER RESPONSES"]) == ["cacd-discovery.missing-discovery-designation"]


def test_other_magistrate_not_checked():
    text = cacd("Case No. 2:16-cv-06317-MWF (JCGx)", ["", "JOINT STIPULATION RE MOTION TO COMPEL"])
    assert [] == run(text, label_params())


def test_referral_from_the_case_profile():
    text = cacd("Case No. 2:16-cv-06317-MWF", ["", "JOINT STIPULATION RE MOTION TO COMPEL"])
    assert [] == run(text, label_params())
    assert 1 == len(run(text, label_params(), magistrate_judge="SS"))


def test_district_judge_label():
    params = label_params(labels=[{"judge": "PA", "role": "district", "pattern": r"DISCOVERY\s+MATTER", "text": "DISCOVERY MATTER"}])
    missing = cacd("Case No. 2:22-cv-07781-PA (AGRx)", ["", "MOTION TO COMPEL DEPOSITION"], body="TO ALL PARTIES:")
    present = cacd("Case No. 2:22-cv-07781-PA (AGRx)", ["DISCOVERY MATTER", "MOTION TO COMPEL DEPOSITION"], body="TO ALL PARTIES:")
    assert (1, 0) == (len(run(missing, params)), len(run(present, params)))


def test_max_lines_bounds_the_caption():
    filler = "\n".join(["Lorem ipsum dolor sit amet."] * 40)
    text = cacd("Case No. 2:16-cv-06317-MWF (SSx)", ["", "JOINT STIPULATION RE MOTION TO COMPEL"], body=filler + "\n" + SEGAL)
    assert 1 == len(run(text, label_params()))


def test_caption_area_stops_at_the_body():
    text = cacd("Case No. 2:16-cv-06317-MWF (SSx)", ["", "JOINT STIPULATION RE MOTION TO COMPEL"])
    doc = make_document(text)
    area = caption.caption_area(doc, describe(doc), label_params())
    assert area is not None
    assert "Pursuant to" not in area.text
    assert "Case No. 2:16-cv-06317-MWF (SSx)" in area.lines[area.number_line].text


# ---- PDF: footer and furniture -----------------------------------------------------------------


def _pleading_pdf(tmp_path, *, label_in_caption: bool, footer: str):
    from ..corpus_pleading import Block, write_pleading

    blocks = [
        Block("Dana R. Whitfield (SBN 201234)", "raw"),
        Block("WHITFIELD & MORENO LLP", "raw"),
        Block("Attorneys for Plaintiff", "raw"),
        Block("UNITED STATES DISTRICT COURT", "center"),
        Block("CENTRAL DISTRICT OF CALIFORNIA", "center"),
        Block("HARBOR LIGHT FOODS, INC.,", "raw"),
        Block("Plaintiff,      v.", "raw"),
        Block("PACIFIC COLD CHAIN LOGISTICS, LLC, Defendant.", "raw"),
        Block("Case No. 2:24-cv-01234-MWF (SSx)", "raw"),
    ]
    if label_in_caption:
        blocks += [Block("[Discovery Document: Referred to", "raw"), Block("Magistrate Judge Suzanne H. Segal]", "raw")]
    blocks += [
        Block("PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL", "raw"),
        Block("TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:", "raw"),
        Block("PLEASE TAKE NOTICE that Plaintiff will move to compel production of documents.", "para"),
    ]
    path = tmp_path / f"motion-{label_in_caption}.pdf"
    write_pleading(path, blocks, footer=footer)
    return path


def test_pdf_label_only_in_footer_is_flagged(tmp_path):
    pytest.importorskip("reportlab")
    from courtlint import extract

    doc = extract(_pleading_pdf(tmp_path, label_in_caption=False, footer=SEGAL))
    ctx = describe(doc)
    assert "SS" == ctx.magistrate_judge
    assert 1 == len(list(caption.check(doc, label_params(), ctx)))


def test_pdf_label_in_caption_passes(tmp_path):
    pytest.importorskip("reportlab")
    from courtlint import extract

    doc = extract(_pleading_pdf(tmp_path, label_in_caption=True, footer="MOTION TO COMPEL"))
    assert [] == list(caption.check(doc, label_params(), describe(doc)))


def test_pdf_referral_finding_has_a_location(tmp_path):
    pytest.importorskip("reportlab")
    import courtlint

    path = _pleading_pdf(tmp_path, label_in_caption=True, footer="MOTION TO COMPEL")
    doc = courtlint.extract(path)
    ctx = describe(doc).replace(court="cand", magistrate_judge="JCS")
    hits = list(caption.check(doc, designation_params(), ctx))
    assert 1 == len(hits)
    where = doc.locate(hits[0].span)
    assert (1, 9) == (where.page, where.pleading_line)


def test_title_lines_that_look_like_body_openers_stay_in_the_caption():
    """Upper-case title lines ("TO PLAINTIFF'S ...", "PURSUANT TO LOCAL RULE 37-2") do not end the caption."""
    text = (
        "UNITED STATES DISTRICT COURT\n"
        "CENTRAL DISTRICT OF CALIFORNIA\n"
        "\n"
        "HELIX BIOSCIENCES, INC., Plaintiff,\n"
        "v.\n"
        "NOVAGEN LABS LLC, Defendant.\n"
        "\n"
        "Case No. 2:19-cv-02211-DSF (SSx)\n"
        "\n"
        "DEFENDANT'S OPPOSITION\n"
        "TO PLAINTIFF'S MOTION TO COMPEL;\n"
        "JOINT STIPULATION PURSUANT TO LOCAL RULE 37-2\n"
        "MEMORANDUM OF POINTS AND AUTHORITIES\n"
        f"{SEGAL}\n"
        "\n"
        "Pursuant to Local Rule 37-2, the parties submit this joint stipulation.\n"
    )
    assert [] == run(text, label_params())
    assert 1 == len(run(text.replace(SEGAL, ""), label_params()))
