"""Unit tests for the ``limit`` check kind, and the reviewed findings on real filings."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from courtlint.checks import limit, load_kind
from courtlint.describe import describe
from courtlint.findings import Severity
from courtlint.structure import Structure
from courtlint.testing import make_document

from ..conftest import shared_corpus
from .test_first_page import caption, laid_out

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = REPO / "tests" / "snapshots" / "reviewed_findings_limits.json"

SENTENCE = "The limitation clause in section fourteen bars every category of damages pleaded."  # 12 words
SIGNATURE = ["Dated: May 12, 2025        ORTIZ & BAKER LLP", "      By: /s/ Jane R. Ortiz", "      Attorneys for Defendant"]


def pleading(pages: list[list[str]]) -> str:
    """A text copy of pleading paper: every page's rows numbered from 1."""
    rows = []
    for page in pages:
        for n, row in enumerate(page, 1):
            rows.append(f"{n:>2}  {row}".rstrip())
    return "\n".join(rows) + "\n"


def caption_rows(title: str = "PLAINTIFF'S OPPOSITION TO MOTION TO DISMISS") -> list[str]:
    return [
        "UNITED STATES DISTRICT COURT",
        "NORTHERN DISTRICT OF CALIFORNIA",
        "HARBORVIEW LOGISTICS, INC. v. NORTHSTAR FREIGHT   ) Case No. 3:25-cv-01234-WHO",
        f"                                                   ) {title}",
        "",
    ]


def text_page(n: int = 3) -> list[str]:
    return [SENTENCE] * n


def run(text_or_doc, require: str = "within_limit", **params) -> list:
    doc = make_document(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    kind = load_kind("limit")
    return list(kind.run(doc, kind.build_params({"require": require, **params}), describe(doc)))


def measured(text: str, unit: str, exclude=limit.DEFAULT_EXCLUDE) -> int | None:
    doc = make_document(text)
    m = limit.measure(doc, limit.layout(doc, Structure(doc, describe(doc))), unit, exclude)
    return None if m is None else m.count


# ---- pages and parts -----------------------------------------------------------------------


def test_text_pages_start_where_the_numbering_restarts():
    doc = make_document(pleading([caption_rows(), text_page(), text_page(2), text_page()]))
    lay = limit.layout(doc, Structure(doc, describe(doc)))
    assert len(lay.pages) == 4 and lay.caption_page == 0


def test_plain_text_without_line_numbers_has_no_pages():
    text = caption() + "\n".join([SENTENCE] * 200) + "\n"
    assert measured(text, "pages") is None
    assert run(text, unit="pages", max=1) == []
    assert measured(text, "words") == 12 * 200 + 8  # and "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:"


def test_caption_page_tables_and_signature_page_are_not_counted():
    toc = ["TABLE OF CONTENTS", "I. INTRODUCTION .................................. 1", "II. ARGUMENT ..................................... 2"]
    pages = [caption_rows(), toc, ["I. INTRODUCTION", *text_page()], ["II. ARGUMENT", *text_page()], text_page(), SIGNATURE]
    text = pleading(pages)
    assert measured(text, "pages") == 3
    assert measured(text, "pages", exclude=("tables", "signature")) == 4  # the caption page counts now


def test_page_with_a_table_heading_but_no_leaders_is_still_a_table():
    toa = ["TABLE OF AUTHORITIES", "Cases", "Ashcroft v. Iqbal,", "   556 U.S. 662 (2009) ..................... 4"]
    more = ["Bell Atl. Corp. v. Twombly,", "   550 U.S. 544 (2007) ....................... 5", "Statutes", "28 U.S.C. § 1332 ........ 2"]
    text = pleading([caption_rows(), toa, more, ["I. INTRODUCTION", *text_page()]])
    doc = make_document(text)
    lay = limit.layout(doc, Structure(doc, describe(doc)))
    assert lay.tables == {"authorities"}
    assert measured(text, "pages") == 1


def test_appended_declaration_and_proof_of_service_are_not_counted():
    declaration = [*caption_rows("DECLARATION OF JANE R. ORTIZ"), "I, Jane R. Ortiz, declare as follows:"]
    proof = ["CERTIFICATE OF SERVICE", "I certify that on May 12, 2025 I filed the foregoing using the CM/ECF system.", "      /s/ Dana Whitfield"]
    text = pleading([caption_rows(), text_page(), text_page() + SIGNATURE, proof, declaration, text_page(), text_page()])
    assert measured(text, "pages") == 2


def test_notice_counts_in_pages_but_not_in_the_memorandum_words():
    notice = ["TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:", "PLEASE TAKE NOTICE that on June 26, 2025, at 10:00 a.m., Defendant will move to dismiss.", *SIGNATURE]
    text = pleading([caption_rows("NOTICE OF MOTION AND MOTION TO DISMISS"), notice, ["MEMORANDUM OF POINTS AND AUTHORITIES", *text_page()]])
    assert measured(text, "pages") == 2
    words = measured(text, "words", exclude=("caption", "tables", "notice", "signature", "certificates", "attachments"))
    assert words == 5 + 3 * 12  # the heading and three sentences


def test_notice_before_the_tables_ends_at_the_table_of_contents():
    notice = ["PLEASE TAKE NOTICE that on June 26, 2025, at 10:00 a.m., Defendant will move to dismiss.", *SIGNATURE]
    toc = ["TABLE OF CONTENTS", "I. INTRODUCTION ................................... 1"]
    text = pleading([caption_rows("NOTICE OF MOTION AND MOTION TO DISMISS"), notice, toc, ["I. INTRODUCTION", *text_page()]])
    doc = make_document(text)
    lay = limit.layout(doc, Structure(doc, describe(doc)))
    assert "notice" in lay.part and lay.part.count("tables") == 2


def test_words_are_runs_with_a_letter_or_digit():
    doc = make_document("Under 28 U.S.C. § 1332 — and only then — the Court has jurisdiction.\n")
    assert limit.measure(doc, limit.layout(doc, Structure(doc, describe(doc))), "words", ()).count == 11


def test_laid_out_pages_with_leader_dots_are_tables_without_a_heading():
    toc = [("TABLE OF CONTENTS", 84, 250, "body", 1, 12.0)] + [(f"Argument heading {i} ........................ {i}", 108 + 24 * i, 72, "body", i + 2, 12.0) for i in range(10)]
    toc_more = [(f"Argument heading {i} ........................ {i}", 84 + 24 * i, 72, "body", i + 1, 12.0) for i in range(10)]
    body = [(SENTENCE, 84 + 24 * i, 72, "body", i + 1, 12.0) for i in range(20)]
    head = [("UNITED STATES DISTRICT COURT", 252, 220, "body", 8, 12.0), ("Case No. 3:25-cv-01234-WHO", 324, 340, "body", 11, 12.0),
            ("PLAINTIFF'S OPPOSITION TO MOTION", 348, 340, "body", 12, 12.0)]
    doc = laid_out([head, toc, toc_more, body, body])
    lay = limit.layout(doc, Structure(doc, describe(doc)))
    m = limit.measure(doc, lay, "pages", limit.DEFAULT_EXCLUDE)
    assert m.pages == (3, 4)


# ---- the requirements ------------------------------------------------------------------------


def test_over_the_page_limit_points_at_the_first_page_over():
    pages = [caption_rows()] + [[f"Page {i} begins here.", *text_page()] for i in range(1, 5)]
    (hit,) = run(pleading(pages), unit="pages", max=3)
    assert hit.args["measured"] == "4" and hit.args["counted"] == "2-5" and hit.args["max"] == "3"
    assert "caption page 1" in hit.args["not_counted"]
    assert run(pleading(pages), unit="pages", max=4) == []


def test_over_the_word_limit_points_at_the_first_word_over():
    text = "First second third fourth fifth.\nSixth seventh eighth.\n"
    (hit,) = run(text, unit="words", max=6, exclude=[])
    assert hit.args["measured"] == "8"
    doc = make_document(text)
    assert doc.text[hit.span.start : hit.span.end] == "seventh"


def test_margin_turns_a_near_miss_into_a_warning():
    text = " ".join(["word"] * 102) + "\n"
    (near,) = run(text, unit="words", max=100, margin=0.03, exclude=[])
    assert near.severity is Severity.WARNING
    (far,) = run(" ".join(["word"] * 110) + "\n", unit="words", max=100, margin=0.03, exclude=[])
    assert far.severity is None  # the rule's own severity


def test_long_brief_needs_both_tables():
    toc = ["TABLE OF CONTENTS", "I. INTRODUCTION ................................... 1"]
    pages = [caption_rows(), toc] + [text_page() for _ in range(11)]
    (hit,) = run(pleading(pages), "tables", unit="pages", max=10)
    assert hit.args["missing"] == "table of authorities" and hit.args["measured"] == "11"
    assert run(pleading([caption_rows(), toc] + [text_page() for _ in range(10)]), "tables", unit="pages", max=10) == []


CERTIFICATE = "The undersigned, counsel of record for Defendant, certifies that this brief contains {n} words, which complies with the word limit of L.R. 11-6.1.\n"


def test_certificate_of_compliance_with_or_without_heading():
    body = "MEMORANDUM OF POINTS AND AUTHORITIES\n" + (SENTENCE + "\n") * 10
    assert run(body, "certificate") != []
    assert run(body + CERTIFICATE.format(n="131"), "certificate") == []
    assert run(body + "CERTIFICATE OF COMPLIANCE\nThis brief is within the limit.\n", "certificate") == []


def test_certificate_count_against_the_measured_count():
    body = "MEMORANDUM OF POINTS AND AUTHORITIES\n" + (SENTENCE + "\n") * 10  # 5 + 120 words
    assert run(body + CERTIFICATE.format(n="125"), "certificate_count") == []
    assert run(body + CERTIFICATE.format(n="116"), "certificate_count") == []  # within 10%
    (hit,) = run(body + CERTIFICATE.format(n="100"), "certificate_count")
    assert (hit.args["stated"], hit.args["measured"], hit.args["difference"]) == ("100", "125", "25")
    (over,) = run(body + CERTIFICATE.format(n="1,842"), "certificate_count")
    assert over.args["stated"] == "1,842"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"require": "within_limit"}, "max"),
        ({"require": "within_limit", "max": 5, "unit": "lines"}, "unit"),
        ({"require": "tables", "max": 10, "unit": "words"}, "unit"),
        ({"require": "within_limit", "max": 5, "exclude": ["exhibits"]}, "exclude"),
        ({"require": "certificate_count", "tolerance": 2}, "tolerance"),
        ({"require": "count"}, "require"),
    ],
)
def test_bad_params_name_the_field(params, field):
    with pytest.raises(ValueError, match=field):
        load_kind("limit").build_params(params)


# ---- the reviewed findings on real filings ----------------------------------------------------


def _review_module():
    spec = importlib.util.spec_from_file_location("review", REPO / "benchmarks" / "review_limits_caption_signatures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reviewed_snapshot_is_well_formed():
    reviewed = json.loads(SNAPSHOT.read_text())
    keys = set()
    for entry in reviewed:
        assert set(entry) == {"file", "rule", "page", "severity", "verdict", "note"}
        assert entry["verdict"] in ("right", "wrong") and entry["note"]
        assert "/" not in entry["file"]  # file names only, nothing copied
        keys.add((entry["file"], entry["rule"], entry["page"]))
    assert len(keys) == len(reviewed)
    errors = [e for e in reviewed if e["severity"] == "error"]
    assert sum(e["verdict"] == "right" for e in errors) >= 0.95 * len(errors)


def test_findings_on_real_filings_match_the_reviewed_snapshot():
    """Every finding on the shared corpus was reviewed by hand, and every reviewed finding is still found."""
    corpus = shared_corpus()
    if corpus is None:
        pytest.skip("shared RECAP corpus not present")
    review = _review_module()
    found = review.findings(corpus, review.rule_ids())
    now = {(f["file"], f["rule"], f["page"]): f["severity"] for f in found}
    reviewed = {(e["file"], e["rule"], e["page"]): e["severity"] for e in json.loads(SNAPSHOT.read_text())}
    assert now == reviewed
