"""The ``heading`` check kind and the heading detection it relies on."""

from __future__ import annotations

import pytest

from courtlint.checks import heading
from courtlint.recognise.section_labels import split_label
from courtlint.structure import Structure
from courtlint.structure.outline import build_outline, looks_like_heading
from courtlint.context import Context
from courtlint.extract._build import DocumentBuilder, RawLine
from courtlint.findings import Severity
from courtlint.model import Line, Span
from courtlint.testing import make_document

SPECIFIC = (
    "Defendant will produce the payroll records and personnel files of forty drivers who are not parties. "
    "Those files list home addresses and wages, and publishing them would expose the drivers to identity theft. "
    "Defendant will also produce its route pricing for each customer; a competitor who saw it could underbid "
    "Defendant on every route and take its customers, causing it lasting competitive harm."
)
TEMPLATE = "This action is likely to involve confidential information for which special protection from public disclosure is warranted."


def _check(doc, params):
    """The kind's hits on ``doc`` in an empty context, as the engine runs it."""
    ctx = Context()
    return heading.check(doc, params, ctx, Structure(doc, ctx))


def params(**overrides) -> heading.Params:
    values = {"pattern": r"good\s+cause\s+statement"}
    values.update(overrides)
    return heading.Params(**values)


def hits(text: str, **overrides):
    return list(_check(make_document(text), params(**overrides)))


# ---- presence --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["GOOD CAUSE STATEMENT", "B. GOOD CAUSE STATEMENT", "II. GOOD CAUSE STATEMENT", "1.2 Good Cause Statement",
     "(b) GOOD CAUSE STATEMENT:", 'B. "GOOD CAUSE STATEMENT."'],
)
def test_heading_variants_are_found(line):
    assert hits(f"STIPULATED PROTECTIVE ORDER\n{line}\nThe parties have good reasons.\n") == []


def test_missing_heading_is_a_document_level_hit():
    (hit,) = hits("A. PURPOSES AND LIMITATIONS\nThe good cause statement of the parties is in this paragraph.\n")
    assert hit.span is None and hit.severity is None and hit.message is None


def test_words_in_running_text_are_not_a_heading():
    assert hits("the parties agree that this good cause statement\nis sufficient for the Court.\n") != []


def test_capitalised_run_in_heading_counts():
    assert hits(f"B. GOOD CAUSE STATEMENT. {SPECIFIC}\n", min_words=30) == []


def test_docx_heading_style_counts_whatever_the_case():
    builder = DocumentBuilder("order.docx", "docx", frozenset({"text", "fonts"}))
    builder.add_line(RawLine(text="Good cause statement", style="Heading 2"))
    builder.add_line(RawLine(text=SPECIFIC, style="Normal"))
    doc = builder.build()
    assert list(_check(doc, params(min_words=30))) == []


# ---- the section under it ----------------------------------------------------------


def test_section_runs_to_the_next_heading():
    text = f"B. GOOD CAUSE STATEMENT\nShort.\n2. DEFINITIONS\n{SPECIFIC}\n"
    (hit,) = hits(text, min_words=30)
    doc = make_document(text)
    assert doc.text[hit.span.start : hit.span.end] == "B. GOOD CAUSE STATEMENT\nShort.\n"
    assert hit.args["words"] == 1
    assert hit.severity is Severity.WARNING


def test_thin_section_reasons_and_custom_message():
    (hit,) = hits(
        "GOOD CAUSE STATEMENT\nThe parties need an order.\n",
        min_words=20,
        must_mention={"the harm": r"\bharm", "a category": r"\bpayroll"},
        section_severity="info",
        section_message="Thin under {heading}: {reasons}",
    )
    assert hit.message == "Thin under {heading}: {reasons}"
    assert hit.severity is Severity.INFO
    assert hit.args["heading"] == "GOOD CAUSE STATEMENT"
    assert hit.args["reasons"] == (
        "only 5 words of its own (at least 20 expected); nothing about the harm; nothing about a category"
    )


def test_boilerplate_words_are_not_the_sections_own():
    must = {"a category": r"\bconfidential\s+information"}
    # The template alone: its words are set aside, so nothing is left to name a category.
    (hit,) = hits(f"GOOD CAUSE STATEMENT\n{TEMPLATE}\n", boilerplate=(TEMPLATE,), must_mention=must)
    assert hit.args["similarity"] == 100
    assert "template language" in hit.args["reasons"] and "nothing about a category" in hit.args["reasons"]


def test_template_plus_specific_facts_passes():
    text = f"GOOD CAUSE STATEMENT\n{TEMPLATE}\n{SPECIFIC}\n"
    assert hits(text, boilerplate=(TEMPLATE,), min_words=40, must_mention={"harm": r"\bharm"}) == []


def test_lightly_edited_template_is_still_generic():
    edited = TEMPLATE.replace("This action", "This lawsuit")
    (hit,) = hits(f"GOOD CAUSE STATEMENT\n{edited}\n", boilerplate=(TEMPLATE,), similarity=0.8)
    assert hit.args["similarity"] >= 80


def test_one_adequate_section_is_enough():
    text = f"GOOD CAUSE STATEMENT\nSee below.\nOTHER\nText.\nB. GOOD CAUSE STATEMENT\n{SPECIFIC}\n"
    assert hits(text, min_words=30) == []


def test_presence_only_when_no_section_rules():
    assert hits("GOOD CAUSE STATEMENT\n") == []


# ---- params and detection helpers -------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"similarity": 0}, "similarity"),
        ({"similarity": 1.5}, "similarity"),
        ({"section_severity": "fatal"}, "fatal"),
        ({"must_mention": ["harm"]}, "must_mention"),
        ({"must_mention": {"harm": "("}}, "must_mention.harm"),
        ({"min_words": -1}, "min_words"),
        ({"pattern": "("}, "pattern"),
    ],
)
def test_bad_params_are_load_errors(overrides, message):
    with pytest.raises(ValueError, match=message):
        params(**overrides)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B. GOOD CAUSE STATEMENT", ("B.", "GOOD CAUSE STATEMENT")),
        ("1.2 Good Cause Statement", ("1.2", "Good Cause Statement")),
        ("(iv) Definitions", ("(iv)", "Definitions")),
        ("Section 3. Scope", ("Section 3.", "Scope")),
        ("Good cause exists.", ("", "Good cause exists.")),
    ],
)
def test_split_label(text, expected):
    assert split_label(text) == expected


@pytest.mark.parametrize(
    ("text", "is_heading"),
    [
        ("6. CHALLENGING CONFIDENTIALITY DESIGNATIONS", True),
        ("6.2 Meet and Confer", True),
        ("6.1 Timing of Challenges. Any Party or Non-Party", False),  # first line of a paragraph
        ("2.1 Action: this pending federal lawsuit.", False),
        ("of this action.", False),
        ("JANE DOE, an individual,", False),
    ],
)
def test_looks_like_heading(text, is_heading):
    assert looks_like_heading(Line(text=text, span=Span(0, len(text)), page=None)) is is_heading


def test_list_items_after_a_colon_stay_in_their_paragraph():
    doc = make_document('2.3 "CONFIDENTIAL" means:\n(a) personnel files;\n(b) payroll data.\n2.4 Next: more.\n')
    paragraphs = [doc.text[p.start : p.end] for p in build_outline(doc, frozenset({"body"})).paragraphs]
    assert paragraphs == ['2.3 "CONFIDENTIAL" means:\n(a) personnel files;\n(b) payroll data.', "2.4 Next: more."]


@pytest.mark.parametrize(
    ("line", "label", "words"),
    [
        ("GOOD CAUSE STATEMENT", "", "GOOD CAUSE STATEMENT"),
        ("B. GOOD CAUSE STATEMENT", "B.", "GOOD CAUSE STATEMENT"),
        ("B.   GOOD  CAUSE STATEMENT", "B.", "GOOD CAUSE STATEMENT"),
        ("12   B.   GOOD CAUSE STATEMENT", "12 B.", "GOOD CAUSE STATEMENT"),  # a pleading number left in
        ("12 GOOD CAUSE STATEMENT", "12", "GOOD CAUSE STATEMENT"),
        ("1. A. Good Cause Statement", "1. A.", "Good Cause Statement"),
        ("II.B. GOOD CAUSE STATEMENT", "II.B.", "GOOD CAUSE STATEMENT"),
        ("1.2 Good Cause Statement", "1.2", "Good Cause Statement"),
        ("Section 3. Good Cause Statement", "Section 3.", "Good Cause Statement"),
        ("(b) GOOD CAUSE STATEMENT", "(b)", "GOOD CAUSE STATEMENT"),
        ("12 Plaintiff alleges that", "", "12 Plaintiff alleges that"),  # a number before prose is not a label
    ],
)
def test_heading_labels_in_every_printed_form(line, label, words):
    assert split_label(line) == (label, words)
