"""The ``sealing-label`` check kind: finding labels, comparing wordings, unreadable pages."""

from __future__ import annotations

import json

import pytest

from courtlint.checks import sealing_label
from courtlint.checks.sealing_label import Params, same_wording, scan_labels, words_of
from courtlint.context import Context
from courtlint.extract._build import DocumentBuilder, RawLine, RawPage
from courtlint.findings import Severity
from courtlint.testing import make_document

from ..conftest import shared_corpus

CAND = "REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED"
CACD = "REDACTED VERSION OF DOCUMENT PROPOSED TO BE FILED UNDER SEAL"
CAPTION = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

FINCH ROBOTICS, INC.,                 )   Case No. 5:23-cv-02210-BLF
              Plaintiff,              )
       v.                             )   PLAINTIFF'S OPPOSITION TO
LARKSPUR AUTOMATION LLC,              )   DEFENDANT'S MOTION FOR
              Defendant.              )   SUMMARY JUDGMENT
"""
BODY = "\nLarkspur's sales to [REDACTED] began in March, at a price of [REDACTED].\n"


def labels(text: str) -> list[tuple[str, str]]:
    return [(label.family, label.text) for label in scan_labels(make_document(text)).labels]


def hits(text: str, ctx: Context | None = None, **params):
    values = {"wording": CAND, "report": ("missing", "wording")}
    values.update(params)
    return list(sealing_label.check(make_document(text), Params(**values), ctx or Context()))


# ---- finding labels --------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        CAND,
        "*REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED*",
        "(REDACTED VERSION OF DOCUMENT(S) SOUGHT TO BE SEALED)",
        "REDACTEDVERSIONOFDOCUMENTSOUGHTTOBESEALED",
        "R EDACTED VERSION OF DOC UMENTSOUGHTTOBESEALED",
        "[PUBLIC-REDACTED VERSION OF DOCUMENT PROPOSED TO BE FILED UNDER SEAL]",
        "REDACTED VERSION FILED AT ECF NO. 167-1",
    ],
)
def test_a_label_in_the_top_margin_is_found_however_printed(label):
    (found,) = labels(label + "\n" + CAPTION)
    assert found[0] == "redacted"


def test_a_label_split_over_lines_of_the_caption_column_is_one_label():
    text = CAPTION + "                                      )\n" + (
        "                                      )   REDACTED VERSION OF\n"
        "                                      )   DOCUMENT PROPOSED TO BE\n"
        "                                      )   FILED UNDER SEAL\n"
    )
    assert labels(text) == [("redacted", CACD)]


def test_unredacted_is_its_own_family():
    assert labels("UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED\n" + CAPTION) == [
        ("unredacted", "UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[REDACTED]\n" + CAPTION,  # a redaction mark, not a label
        CAPTION + "                                      )   ADMINISTRATIVE MOTION TO FILE\n"
        "                                      )   UNDER SEAL\n",  # the end of a title
        CAPTION + "                                      )   NOTICE OF FILING REDACTED EXHIBITS\n",
        CAPTION + "                                      )   EX PARTE APPLICATION FOR LEAVE TO BE\n"
        "                                      )   FILED UNDER SEAL\n",  # a title running on
        CAPTION + "                                      )   MOTION FOR LEAVE TO FILE\n"
        "                                      )   REDACTED VERSION OF EXHIBIT 4\n",
        "REDACTED JURY NOTES\n",  # a court's own title
    ],
)
def test_title_words_and_redaction_marks_are_not_labels(text):
    assert labels(text) == []


def test_a_stamp_on_the_labels_baseline_is_cut_out():
    stamp = "Case 2:18-cv-01044-DOC-KES Document 143-2 Filed 05/03/19 Page 1 of 9 Page ID #:2210"
    doc_text = f"{stamp}   REDACTED VERSION OF DOCUMENT PROPOSED TO FILED UNDER SEAL\n" + CAPTION
    ((family, text),) = labels(doc_text)
    assert (family, words_of(text)) == ("redacted", words_of("REDACTED VERSION OF DOCUMENT PROPOSED TO FILED UNDER SEAL"))


def test_a_label_in_a_font_without_unicode_map_is_decoded():
    """Codes shifted by a constant ((cid:NN) or control characters) are read back."""
    shifted = "".join(chr(ord(c) - 31) if c != " " else "\x01" for c in "PUBLIC REDACTED VERSION")
    found = scan_labels(make_document("(" + shifted + ")\n" + CAPTION)).labels
    assert [(label.text, label.decoded) for label in found] == [("(PUBLIC REDACTED VERSION)", True)]


# ---- comparing wordings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "same"),
    [
        ("Redacted Version of Document(s) Sought to be Sealed", True),
        ("REDACTED VERSION OF DOCUMENTS SOUGHT TO BE SEALED", True),
        ("PUBLIC REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED", True),
        ("REDACTED VERSION", False),
        ("REDACTED", False),
        (CACD, False),
    ],
)
def test_wordings_compare_by_words(printed, same):
    assert same_wording(words_of(printed), words_of(CAND)) is same


def test_a_dropped_word_is_the_same_wording():
    assert same_wording(words_of("REDACTED VERSION OF DOCUMENT PROPOSED TO FILED UNDER SEAL"), words_of(CACD))


# ---- outcomes ----------------------------------------------------------------------------


def test_redaction_marks_without_a_label_are_reported():
    (hit,) = hits(CAPTION + BODY)
    assert hit.span is None and "2 redaction marks" in hit.args["evidence"]


def test_one_redaction_mark_is_not_enough():
    assert hits(CAPTION + "\nMy son, [REDACTED], attended Fruitvale Elementary.\n") == []


def test_a_declared_redacted_version_needs_its_label_even_without_marks():
    (hit,) = hits(CAPTION, Context(doc_type="redacted_version"))
    assert "redacted_version" in hit.args["evidence"]


def test_the_unredacted_label_excuses_marks_unless_the_document_is_declared_redacted():
    text = "UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED\n" + CAPTION + BODY
    assert hits(text) == []
    (hit,) = hits(text, Context(doc_type="redacted_version"))
    assert "UNREDACTED" in hit.args["evidence"]


def test_a_foreign_wording_gets_its_own_message():
    (hit,) = hits(CACD + "\n" + CAPTION, foreign={CACD: "C.D. Cal."}, report=("wording",))
    assert hit.message == Params(wording=CAND).foreign_message and hit.args["court"] == "C.D. Cal."


def test_a_repeated_label_is_reported_once():
    text = "REDACTED\n" + CAPTION + "\n\nREDACTED\n"
    assert len(hits(text, report=("wording",))) == 1


def test_a_sealed_case_legend_needs_its_authority():
    bare = CAPTION + "                                      )   [FILED UNDER SEAL]\n"
    cited = CAPTION + "                                      )   FILED UNDER SEAL PURSUANT TO 31 U.S.C. § 3730(b)(2)\n"
    assert len(hits(bare, family="sealed", report=("authority",))) == 1
    assert hits(cited, family="sealed", report=("authority",)) == []


def _paged(first_page: list[str], has_text: bool = True):
    builder = DocumentBuilder("scan.pdf", "pdf", frozenset({"text", "pages"}))
    builder.add_page(RawPage(612, 792, [RawLine(text=t) for t in first_page], has_text=has_text))
    builder.add_page(RawPage(612, 792, [RawLine(text="I. INTRODUCTION"), RawLine(text=BODY.strip())]))
    return builder.build()


def test_an_unreadable_first_page_makes_the_finding_cannot_evaluate():
    doc = _paged(["\x16\x25\x33\x03\x2a\x2b\x2f"])  # codes that decode to no label
    (hit,) = sealing_label.check(doc, Params(wording=CAND), Context(doc_type="redacted_version"))
    assert hit.severity is Severity.INFO and hit.args["pages"] == "1"


def test_a_readable_first_page_without_a_label_is_a_finding():
    doc = _paged(["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA"])
    (hit,) = sealing_label.check(doc, Params(wording=CAND), Context(doc_type="redacted_version"))
    assert hit.severity is None and hit.args["pages"] == "1, 2"


def test_params_are_validated():
    with pytest.raises(ValueError):
        Params(family="secret")
    with pytest.raises(ValueError):
        Params(report=("wording",))  # no wording to compare with
    with pytest.raises(ValueError):
        Params(wording=CAND, report=("spelling",))


# ---- the shared corpus ------------------------------------------------------------------


def test_label_search_agrees_with_the_hand_labels():
    """Precision and recall of 'redacted version' on the labelled RECAP files (README sections 6-7)."""
    corpus = shared_corpus()
    if corpus is None:
        pytest.skip("shared RECAP corpus not present")
    import courtlint

    rows = [json.loads(line) for line in (corpus / "labels.jsonl").read_text("utf-8").splitlines()]
    tp = fp = fn = 0
    for row in rows:
        found = any(lb.family == "redacted" for lb in scan_labels(courtlint.extract(corpus / row["file"])).labels)
        tp += found and row["is_redacted_version"]
        fp += found and not row["is_redacted_version"]
        fn += row["is_redacted_version"] and not found
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.9


def test_findings_on_the_shared_corpus_match_the_reviewed_snapshot():
    """Every finding of the sealing and discovery rules on the RECAP corpus was reviewed by hand
    (tests/snapshots/reviewed_findings_sealing.json); a new or vanished finding fails here, and
    error-level findings must stay at least 95% right."""
    corpus = shared_corpus()
    if corpus is None:
        pytest.skip("shared RECAP corpus not present")
    import runpy
    from pathlib import Path

    import courtlint

    repo = Path(__file__).resolve().parents[2]
    rules = runpy.run_path(str(repo / "benchmarks" / "review_sealing_discovery.py"))["RULES"]
    reviewed = json.loads((repo / "tests" / "snapshots" / "reviewed_findings_sealing.json").read_text("utf-8"))
    files = sorted(str(p) for p in corpus.glob("*.pdf"))
    found = {
        (Path(f.path).name, f.rule, f.location.page if f.location else None, str(f.severity))
        for result in courtlint.lint_many(files, jobs=2, select=rules, ignore=["courtlint.no-court-rules"], use_config=False)
        for f in result.findings
    }
    assert found == {(r["file"], r["rule"], r["page"], r["severity"]) for r in reviewed}
    errors = [r for r in reviewed if r["severity"] == "error"]
    assert sum(r["verdict"] == "right" for r in errors) >= 0.95 * len(errors)
