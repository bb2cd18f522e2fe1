"""The title grammar on caption titles as real filings print them.

``tests/data/titles.tsv`` holds the table: title, expected type, head, object
and facets (a subset of what must be read). Type accuracy must reach 97%;
head, object and facets are checked on every row, and every miss is listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from courtlint.context import DOC_TYPES
from courtlint.describe.title_grammar import FACETS, UNKNOWN, classify_title, read_title, score_body

TABLE = Path(__file__).parent / "data" / "titles.tsv"


def _rows() -> list[tuple[str, str, str, str, frozenset[str]]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        title, kind, head, obj, facets = (line.split("\t") + [""] * 5)[:5]
        rows.append((title, kind, head, obj, frozenset(f for f in facets.split(",") if f)))
    return rows


ROWS = _rows()


def test_table_is_large_and_uses_the_vocabularies():
    assert len(ROWS) >= 300
    assert {kind for _, kind, *_ in ROWS} <= set(DOC_TYPES)
    assert set().union(*(facets for *_, facets in ROWS)) <= FACETS


def test_type_accuracy_on_the_title_table():
    misses = []
    for title, kind, *_ in ROWS:
        got = read_title(title).doc_type
        if got != kind:
            misses.append(f"{title!r}: expected {kind}, got {got}")
    accuracy = 1 - len(misses) / len(ROWS)
    assert accuracy >= 0.97, f"{accuracy:.1%} of {len(ROWS)} titles typed right; misses:\n" + "\n".join(misses)


def test_heads_objects_and_facets_on_the_title_table():
    misses = []
    for title, kind, head, obj, facets in ROWS:
        reading = read_title(title)
        if head and reading.head != head:
            misses.append(f"{title!r}: head {reading.head!r}, expected {head!r}")
        if obj and reading.object != obj:
            misses.append(f"{title!r}: object {reading.object!r}, expected {obj!r}")
        if not facets <= reading.facets:
            misses.append(f"{title!r}: facets lack {sorted(facets - reading.facets)} (read {sorted(reading.facets)})")
    share = 1 - len(misses) / len(ROWS)
    assert share >= 0.95, f"{share:.1%} of rows fully right; misses:\n" + "\n".join(misses)


# ---- hard cases, asserted exactly ---------------------------------------------------


def test_coordinated_heads():
    reading = read_title("STIPULATION AND [PROPOSED] PROTECTIVE ORDER")
    assert reading.doc_type == "protective_order"
    assert reading.heads == ("STIPULATION", "PROTECTIVE ORDER")
    assert {"proposed", "stipulated", "protective_order"} <= reading.facets
    notice = read_title("NOTICE OF MOTION AND MOTION TO DISMISS; MEMORANDUM OF POINTS AND AUTHORITIES")
    assert (notice.doc_type, notice.heads, notice.head) == ("motion", ("NOTICE OF MOTION", "MOTION"), "MOTION")
    assert (notice.relation, notice.object) == ("TO", "dismiss")
    memo = read_title("MEMORANDUM AND ORDER")
    assert (memo.doc_type, memo.heads) == ("order", ("MEMORANDUM", "ORDER"))


def test_a_declaration_supports_a_discovery_motion():
    reading = read_title("DECLARATION OF X IN SUPPORT OF MOTION TO COMPEL")
    assert reading.doc_type == "declaration"
    assert (reading.relation, reading.object) == ("IN SUPPORT OF", "motion to compel")
    assert {"supporting", "discovery", "compel"} <= reading.facets


def test_a_stipulation_to_amend_is_not_the_protective_order():
    reading = read_title("STIPULATION TO AMEND PROTECTIVE ORDER")
    assert (reading.doc_type, reading.head, reading.relation) == ("stipulation", "STIPULATION", "AMENDING")
    assert reading.object == "protective order"
    assert "amended" in reading.facets


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("ORDER RE STIPULATED PROTECTIVE ORDER", "order"),
        ("ORDER GRANTING STIPULATED PROTECTIVE ORDER", "order"),
        ("[PROPOSED] ORDER GRANTING STIPULATED PROTECTIVE ORDER", "proposed_order"),
        ("[PROPOSED] STIPULATED PROTECTIVE ORDER", "protective_order"),
    ],
)
def test_an_order_deciding_a_protective_order_is_an_order(title, kind):
    assert read_title(title).doc_type == kind


def test_court_orders_decide():
    reading = read_title("ORDER GRANTING MOTION TO SEAL")
    assert (reading.doc_type, reading.relation, reading.object) == ("order", "GRANTING", "sealing")
    assert {"court_order", "sealing"} <= reading.facets


def test_merged_caption_columns_are_dropped():
    reading = read_title("Plaintiff, STIPULATED PROTECTIVE ORDER")
    assert reading.doc_type == "protective_order"
    assert any("debris" in e for e in reading.evidence)


def test_joint_letter_and_sealing_forms():
    assert read_title("JOINT DISCOVERY LETTER BRIEF").doc_type == "joint_letter"
    assert read_title("ADMINISTRATIVE MOTION TO FILE UNDER SEAL").doc_type == "admin_motion_to_seal"
    assert read_title("APPLICATION FOR LEAVE TO FILE UNDER SEAL").doc_type == "application_to_seal"
    assert read_title("RESPONSE IN SUPPORT OF APPLICATION TO FILE UNDER SEAL").doc_type == "other"
    assert read_title("JOINT STIPULATION RE PLAINTIFF'S MOTION TO COMPEL").doc_type == "motion"


def test_alternatives_and_confidence():
    reading = read_title("JOINT STIPULATION REGARDING PLAINTIFF'S MOTION TO COMPEL")
    assert 0 < reading.confidence <= 1
    assert "stipulation" in dict(reading.alternatives)


# ---- body and footer evidence ----------------------------------------------------


def test_body_evidence():
    assert score_body(["I, Jane Roe, declare as follows:"])["declaration"] > 0
    assert score_body(["Dear Judge Corley:"])["joint_letter"] > 0
    assert score_body(["PLEASE TAKE NOTICE that on June 1, defendant will and hereby does move"])["motion"] > 0
    assert score_body(["IT IS HEREBY STIPULATED by and between the parties"])["stipulation"] > 0
    signed = ["IT IS SO ORDERED.", "Dated: May 1, 2024", "WILLIAM ALSUP", "United States District Judge"]
    assert score_body(signed)["order"] >= 0.7
    drafted = [*signed, "Attorneys for Defendant ACME"]
    assert "order" not in score_body(drafted)


def test_unknown_when_nothing_is_readable():
    assert classify_title(None) == UNKNOWN
    assert classify_title("   ", body=()) .doc_type is None
    assert classify_title(None).confidence == 0.0


def test_body_and_footer_fill_in_a_missing_title():
    reading = classify_title("September 14, 2018", body=["James V. Selna", "United States District Judge"])
    assert reading.doc_type == "order"
    footer = classify_title(None, footer_title="FIRST AMENDED COMPLAINT")
    assert (footer.doc_type, footer.head) == ("complaint", "COMPLAINT")


def test_footer_agreement_raises_confidence_and_title_leads():
    alone = classify_title("DECLARATION OF JANE ROE")
    agreed = classify_title("DECLARATION OF JANE ROE", footer_title="DECL. OF J. ROE")
    assert agreed.confidence > alone.confidence
    disputed = classify_title("[PROPOSED] ORDER", body=["IT IS SO ORDERED.", "United States District Judge"])
    assert disputed.doc_type == "proposed_order"
    assert "order" in dict(disputed.alternatives)


def test_weak_body_cues_alone_do_not_name_a_paper():
    text = ["This Stipulated Protective Order shall be binding upon the parties."]
    assert classify_title(None, body=text).doc_type is None
    assert classify_title(None, body=["The parties stipulate to a continuance."]).doc_type is None
