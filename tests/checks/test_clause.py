"""The ``clause`` check kind and the sentence splitting it relies on."""

from __future__ import annotations

import pytest

from courtlint.checks import clause
from courtlint.checks._sentences import split_sentences
from courtlint.structure import Structure
from courtlint.checks._text import AUTHORED
from courtlint.context import Context
from courtlint.model import Span
from courtlint.testing import make_document

SEAL = [
    {"LOWER": {"IN": ["shall", "will", "must"]}},
    {"IS_PUNCT": False, "OP": "{0,3}"},
    {"LOWER": {"IN": ["filed", "lodged"]}},
    {"IS_PUNCT": False, "OP": "{0,6}"},
    {"LOWER": "seal"},
]
MAY_FILE = [{"LOWER": "may"}, {"LOWER": "file"}, {"IS_PUNCT": False, "OP": "{0,6}"}, {"LOWER": "seal"}]


def _check(doc, params):
    """The kind's hits on ``doc`` in an empty context, as the engine runs it."""
    ctx = Context()
    return clause.check(doc, params, ctx, Structure(doc, ctx))


def params(**overrides) -> clause.Params:
    values = {"prefilter": r"\bseal\b", "patterns": (SEAL,), "guards": ("negation", "permission")}
    values.update(overrides)
    return clause.Params(**values)


def flagged(text: str, **overrides) -> list[str]:
    doc = make_document(text)
    return [doc.text[h.span.start : h.span.end] for h in _check(doc, params(**overrides))]


# ---- matching and guards ---------------------------------------------------------


def test_flags_the_forbidden_construction_once_per_sentence():
    text = "All Protected Material shall be filed under seal. It will be lodged under seal too.\nCounsel may confer."
    assert flagged(text) == [
        "All Protected Material shall be filed under seal.",
        "It will be lodged under seal too.",
    ]


def test_span_maps_back_across_wrapped_lines_and_extra_spaces():
    text = "Intro line.\nEvery  designated document\n   shall be   filed\nunder seal by the parties.\n"
    doc = make_document(text)
    (hit,) = _check(doc, params())
    assert doc.text[hit.span.start : hit.span.end] == "Every  designated document\n   shall be   filed\nunder seal by the parties."
    assert hit.args["sentence"] == "Every designated document shall be filed under seal by the parties."


@pytest.mark.parametrize(
    "text",
    [
        "This Order shall not be read to mean that material will be filed under seal.",
        "Nothing in this Order, read as a whole, means that material shall be filed under seal.",
        "No document shall be filed under seal without prior approval of the Court.",
    ],
)
def test_negation_guard(text):
    assert flagged(text) == []


def test_negation_in_an_earlier_conditional_does_not_excuse_the_main_clause():
    assert flagged("If the parties cannot agree, the exhibits shall be filed under seal.") != []


def test_no_later_than_is_a_time_limit_not_a_negation():
    assert flagged("No later than ten days after production, all exhibits shall be lodged under seal.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Exhibits shall be filed under seal only upon order of the Court.",
        "Exhibits shall be filed under seal with leave of the Court.",
        "Exhibits will be filed under seal only if the Court grants the request.",
        "A Party may file a motion for leave to file exhibits under seal.",
    ],
)
def test_permission_guard(text):
    assert flagged(text, patterns=(SEAL, MAY_FILE)) == []


def test_without_further_order_is_not_permission():
    assert flagged("Any Party may file exhibits under seal without further order of the Court.", patterns=(MAY_FILE,))


def test_unless_the_court_orders_otherwise_keeps_sealing_the_default():
    assert flagged("Exhibits shall be filed under seal unless the Court orders otherwise.")


def test_guards_only_apply_when_named():
    assert flagged("Nothing here means exhibits shall be filed under seal.", guards=()) != []


def test_guards_stay_in_their_clause():
    text = "Exhibits shall be filed under seal; a Party may move for leave to unseal them."
    assert flagged(text) == [text]


def test_exception_pattern_excuses_only_matches_it_overlaps():
    exception = ({"LOWER": "filed"}, {"LOWER": "with"})
    text = "Exhibits shall be filed with the clerk under seal. Drafts are filed with the clerk; reports shall be lodged under seal."
    assert flagged(text, exceptions=(exception,)) == [
        "Drafts are filed with the clerk; reports shall be lodged under seal."
    ]


def test_unless_within_clause_and_sentence():
    text = "Exhibits shall be filed under seal; the parties cite Rule 79-5."
    assert flagged(text, unless=r"79-5", unless_within="sentence") == []
    assert flagged(text, unless=r"79-5", unless_within="clause") == [text]


def test_unless_within_section_reads_the_whole_section():
    text = "FILING\nExhibits shall be filed under seal.\nThe procedure of Rule 79-5 applies.\nOTHER MATTERS\nReports shall be filed under seal.\n"
    assert flagged(text, unless=r"79-5", unless_within="section") == ["Reports shall be filed under seal."]


def test_context_matches_the_paragraph_or_the_section_heading():
    dispute = {"context": r"\bdispute", "guards": ()}
    under_heading = "DISPUTES\nThe parties shall file it under seal.\n"
    in_paragraph = "If a dispute arises, counsel confer. Then the parties shall file it under seal.\n"
    elsewhere = "GENERAL\nThe parties shall file it under seal.\n"
    file_pattern = ([{"LOWER": "shall"}, {"LOWER": "file"}, {"OP": "{0,3}"}, {"LOWER": "seal"}],)
    assert flagged(under_heading, patterns=file_pattern, **dispute)
    assert flagged(in_paragraph, patterns=file_pattern, **dispute) == ["Then the parties shall file it under seal."]
    assert flagged(elsewhere, patterns=file_pattern, **dispute) == []


def test_max_hits():
    text = " ".join(f"Exhibit {i} shall be filed under seal." for i in range(5))
    assert len(flagged(text, max_hits=2)) == 2


def test_spacy_runs_only_on_prefiltered_sentences(monkeypatch):
    def refuse():
        raise AssertionError("spaCy loaded for a document with no candidate sentence")

    monkeypatch.setattr(clause, "_nlp", refuse)
    doc = make_document("The parties shall exchange documents. Nothing here concerns sealing orders.")
    assert list(_check(doc, params())) == []


def test_pipeline_is_built_once_and_params_build_matchers_lazily():
    p = params()
    assert p._matchers is None
    list(_check(make_document("Exhibits shall be filed under seal."), p))
    assert p._matchers is not None
    assert clause._nlp() is clause._nlp()


# ---- params validation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"patterns": ()}, "at least one"),
        ({"patterns": ([{"POS": "VERB"}],)}, "unsupported token attribute 'POS'"),
        ({"patterns": ([{"LOWER": "x", "OP": "{2"}],)}, "bad OP"),
        ({"patterns": ([{"LOWER": {"IN": [True, "upon"]}}],)}, "quote YAML words"),
        ({"patterns": ([{"LOWER": {"MATCHES": "x"}}],)}, "unknown predicate"),
        ({"patterns": ([{"LOWER": {"REGEX": "("}}],)}, "bad regular expression"),
        ({"exceptions": ("not a list",)}, "exceptions[0]"),
        ({"guards": ("politeness",)}, "unknown guard set"),
        ({"unless_within": "page"}, "unless_within"),
        ({"prefilter": "("}, "prefilter"),
        ({"scope": ("margins",)}, "unknown region"),
        ({"max_hits": 0}, "max_hits"),
    ],
)
def test_bad_params_are_load_errors(overrides, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace("[", r"\[")):
        params(**overrides)


# ---- sentences -------------------------------------------------------------------


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, Span(0, len(text)))]


def test_citations_do_not_end_sentences():
    text = "See Fed. R. Civ. P. 26(c) and L.R. 79-5.2.2. The Court, e.g. in No. 12, agreed. Next one."
    assert sentences_of(text) == [
        "See Fed. R. Civ. P. 26(c) and L.R. 79-5.2.2.",
        "The Court, e.g. in No. 12, agreed.",
        "Next one.",
    ]


def test_sentence_may_end_in_quotes_and_start_with_a_digit():
    text = 'It is marked "CONFIDENTIAL." 2.3 The next definition.'
    assert sentences_of(text) == ['It is marked "CONFIDENTIAL."', "2.3 The next definition."]


def test_default_scope_skips_page_furniture():
    assert "footer" not in AUTHORED and "body" in AUTHORED
