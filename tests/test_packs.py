"""Rule-pack loading is strict, and the shipped packs are well formed."""

from __future__ import annotations

import re

import pytest

from courtlint.packs import PackError, load_pack, load_packs

PACK = """\
name: demo
title: Demo pack
source: {title: Demo rules, url: "https://example.org/rules"}
"""

RULE = """\
id: forbidden-word
title: Filings avoid the word heretofore
severity: warning
check: pattern
params: {pattern: 'heretofore'}
message: "Uses {match}"
rationale: It is archaic.
source: {cite: Demo R. 1, url: "https://example.org/rules/1"}
examples:
  fail: [{text: "As heretofore stated."}]
  pass: [{text: "As stated."}]
"""


def write_pack(tmp_path, rule_text=RULE, name="forbidden-word", pack_text=PACK):
    folder = tmp_path / "demo"
    folder.mkdir(exist_ok=True)
    (folder / "pack.yml").write_text(pack_text)
    (folder / f"{name}.yml").write_text(rule_text)
    return folder


def test_a_valid_pack_loads(tmp_path):
    pack = load_pack(write_pack(tmp_path))
    assert [r.id for r in pack.rules] == ["demo.forbidden-word"]
    assert pack.rules[0].kind.name == "pattern"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda t: t + "colour: red\n", "colour", "unknown key"),
        (lambda t: t.replace("check: pattern", "check: spellcheck"), "check", "unknown check kind"),
        (lambda t: t.replace("{pattern: 'heretofore'}", "{pattern: 'here(tofore'}"), "params", "bad regular expression"),
        (lambda t: t.replace("{pattern: 'heretofore'}", "{pattern: 'x', colour: red}"), "params", "unknown parameter"),
        (lambda t: t.replace("severity: warning", "severity: fatal"), "severity", "error, warning or info"),
        (lambda t: t.replace("https://example.org/rules/1", "http://example.org"), "source.url", "https"),
        (lambda t: t.replace('  pass: [{text: "As stated."}]\n', ""), "examples.pass", "at least one"),
        (lambda t: t.replace("id: forbidden-word", "id: other-name"), "id", "file name"),
        (lambda t: t + "applies_to: {doc_types: [brief]}\n", "applies_to.doc_types", "unknown document type"),
    ],
)
def test_bad_rules_name_file_and_field(tmp_path, change, field, message):
    folder = write_pack(tmp_path, change(RULE))
    with pytest.raises(PackError) as info:
        load_pack(folder)
    text = str(info.value)
    assert "forbidden-word.yml" in text
    assert f": {field}" in text
    assert message in text


def test_invalid_yaml_is_a_pack_error(tmp_path):
    folder = write_pack(tmp_path, "id: [unclosed\n")
    with pytest.raises(PackError, match="invalid YAML"):
        load_pack(folder)


def test_pack_name_must_match_directory(tmp_path):
    folder = write_pack(tmp_path, pack_text=PACK.replace("name: demo", "name: other"))
    with pytest.raises(PackError, match="directory name"):
        load_pack(folder)


def test_extra_pack_directory_is_loaded_beside_builtins(tmp_path):
    write_pack(tmp_path)
    packs = load_packs([tmp_path])
    assert "demo" in {p.name for p in packs}


# ---- the shipped packs -------------------------------------------------------


def test_shipped_rules_are_well_formed():
    packs = load_packs()
    assert packs, "no built-in packs found"
    ids = [r.id for p in packs for r in p.rules]
    assert len(ids) == len(set(ids))
    for pack in packs:
        for rule in pack.rules:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.slug), rule.id
            assert len(rule.title) <= 80, rule.id
            assert not rule.message.endswith("."), rule.id
            assert rule.source.url.startswith("https://"), rule.id
            fails = [e for e in rule.examples if e.verdict == "fail"]
            passes = [e for e in rule.examples if e.verdict == "pass"]
            assert len(fails) >= 2 and len(passes) >= 2, f"{rule.id}: needs two fail and two pass examples"


def test_every_shipped_pattern_compiles():
    """A run loads the built-in packs with compilation deferred to first use; here it is done at once."""
    from courtlint.packs import _pack_dirs, builtin_packs_dir

    dirs = _pack_dirs(builtin_packs_dir())
    assert len(dirs) >= 13
    for directory in dirs:
        load_pack(directory)  # raises PackError on a bad pattern


def test_a_bad_pattern_in_an_extra_pack_fails_the_load(tmp_path):
    """Only the built-in packs defer compiling: a pack a user passes is checked on every load."""
    write_pack(tmp_path, RULE.replace("'heretofore'", "'here(tofore'"))
    with pytest.raises(PackError, match=r"forbidden-word\.yml: params: .*bad regular expression"):
        load_packs([tmp_path])


def test_rule_page_renders_for_every_rule():
    from courtlint.docgen import rule_page

    for pack in load_packs():
        for rule in pack.rules:
            page = rule_page(rule)
            assert page.startswith(f"# {rule.title}")
            assert rule.source.url in page
            assert "## Flagged" in page and "## Accepted" in page


def test_kind_pages_list_every_param():
    from dataclasses import fields

    from courtlint.checks import kind_names, load_kind
    from courtlint.docgen import kind_page

    for name in kind_names():
        kind = load_kind(name)
        page = kind_page(kind)
        for f in fields(kind.module.Params):
            assert f"`{f.name}`" in page
            assert f.name in kind.doc, f"check kind {name}: docstring does not describe param {f.name}"


def test_coverage_ledger_is_validated(tmp_path):
    folder = write_pack(tmp_path)
    (folder / "coverage.yml").write_text(
        "sections:\n"
        "  - {section: '1', requirement: No archaic words, rules: [forbidden-word]}\n"
        "  - {section: '2', requirement: Wet signatures, status: not-checkable, why: Paper only}\n"
    )
    pack = load_pack(folder)
    assert [e.status for e in pack.coverage] == ["checked", "not-checkable"]
    assert pack.coverage[0].rules == ("demo.forbidden-word",)
    (folder / "coverage.yml").write_text("sections:\n  - {section: '1', requirement: X, rules: [nope]}\n")
    with pytest.raises(PackError, match="no rule 'demo.nope'"):
        load_pack(folder)
    (folder / "coverage.yml").write_text("sections:\n  - {section: '1', requirement: X, status: manual}\n")
    with pytest.raises(PackError, match="needs a reason"):
        load_pack(folder)


def test_docs_are_written_for_every_rule(tmp_path):
    from courtlint.docgen import write_docs

    packs = load_packs()
    written = write_docs(packs, tmp_path)
    for pack in packs:
        assert (tmp_path / pack.name / "index.md") in written
        for rule in pack.rules:
            assert (tmp_path / pack.name / f"{rule.slug}.md").is_file()


def test_coverage_ledgers_name_existing_rules():
    packs = load_packs()
    ids = {r.id for p in packs for r in p.rules}
    for pack in packs:
        for entry in pack.coverage:
            for rule_id in entry.rules:
                assert rule_id in ids, f"{pack.name}/coverage.yml: {entry.section} names unknown rule {rule_id}"


def test_committed_rule_docs_are_up_to_date(tmp_path):
    """docs/rules/ is generated by `courtlint docs docs/rules`; rerun it after changing a rule."""
    from pathlib import Path

    from courtlint.docgen import write_docs

    committed = Path(__file__).resolve().parents[1] / "docs" / "rules"
    if not committed.is_dir():
        pytest.skip("docs/rules not present")
    for page in write_docs(load_packs(), tmp_path):
        twin = committed / page.relative_to(tmp_path)
        assert twin.is_file() and twin.read_text() == page.read_text(), f"stale: docs/rules/{page.relative_to(tmp_path)}"


# ---- selection on facets ----------------------------------------------------------------


def _facet_rule(tmp_path, applies: str):
    rule = RULE.replace("check: pattern", f"applies_to: {applies}\ncheck: pattern")
    return load_pack(write_pack(tmp_path, rule)).rules[0]


def test_facets_select_every_group_by_any_member(tmp_path):
    from courtlint.context import Context

    rule = _facet_rule(tmp_path, "{doc_types: [motion], facets: [compel|quash, motion], without_facets: [stipulated]}")
    assert rule.applies_to.to_dict()["facets"] == ["compel|quash", "motion"]
    motion = Context(doc_type="motion", facets=frozenset({"motion", "quash"}))
    assert rule.applies_to.matches(motion)
    assert not rule.applies_to.matches(motion.replace(facets=frozenset({"motion"})))  # no compel or quash
    assert not rule.applies_to.matches(motion.replace(facets=frozenset({"quash"})))  # not a motion
    assert not rule.applies_to.matches(motion.replace(facets=motion.facets | {"stipulated"}))


def test_an_unknown_facet_is_a_pack_error_with_a_suggestion(tmp_path):
    with pytest.raises(PackError, match=r"applies_to.facets: unknown facet 'sealng'; did you mean 'sealing'"):
        _facet_rule(tmp_path, "{facets: [sealng]}")


def test_a_rule_narrows_its_packs_facets(tmp_path):
    pack = PACK + "applies_to: {facets: [sealing], without_facets: [redacted]}\n"
    rule = load_pack(write_pack(tmp_path, RULE.replace("check: pattern", "applies_to: {facets: [motion]}\ncheck: pattern"), pack_text=pack)).rules[0]
    assert rule.applies_to.to_dict() == {"facets": ["sealing", "motion"], "without_facets": ["redacted"]}


def test_no_shipped_rule_reclassifies_by_title():
    # Which paper a rule reads is decided in rule selection (doc_types, facets), never by a
    # title expression of its own.
    for rule in (r for p in load_packs() for r in p.rules):
        assert not {"title", "title_unless", "topic"} & set(rule.raw_params), rule.id
