"""The Python API: lint, lint_many, and the public namespace."""

from __future__ import annotations

import courtlint

from .conftest import SAMPLES

PO = SAMPLES / "stipulated-protective-order-cacd.pdf"


def test_public_namespace_is_sorted_and_importable():
    assert courtlint.__all__ == sorted(courtlint.__all__)
    for name in courtlint.__all__:
        assert hasattr(courtlint, name), name
    assert callable(courtlint.describe)


def test_lint_a_path_bytes_and_a_document_alike():
    by_path = courtlint.lint(PO, use_config=False)
    by_bytes = courtlint.lint(PO.read_bytes(), name="po.pdf", use_config=False)
    doc = courtlint.extract(PO)
    by_doc = courtlint.lint(doc, use_config=False)
    rules = [f.rule for f in by_path.findings]
    assert rules and rules == [f.rule for f in by_bytes.findings] == [f.rule for f in by_doc.findings]
    assert by_bytes.path == "po.pdf"


def test_lint_many_streams_results_in_input_order(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    paths = [PO, bad, SAMPLES / "motion-to-compel-cand.pdf"]
    results = list(courtlint.lint_many(paths, jobs=2, use_config=False))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert results[1].unreadable and results[1].errors[0]["code"] == "not-a-pdf"
    assert results[0].findings and not results[0].errors


def test_context_overrides_change_what_applies():
    text = b"STIPULATED PROTECTIVE ORDER\n\nAll Confidential material shall be filed under seal.\n"
    result = courtlint.lint(text, name="po.txt", court="cacd", doc_type="protective_order")
    assert "protective-orders.blanket-sealing" in {f.rule for f in result.findings}
    as_motion = courtlint.lint(text, name="po.txt", court="cacd", doc_type="motion")
    assert not any(f.rule.startswith("protective-orders.") for f in as_motion.findings)


def test_report_dict_summarises():
    result = courtlint.lint(PO, use_config=False)
    report = courtlint.report_dict([result])
    assert report["summary"]["findings"] == len(result.findings)
    assert report["documents"][0]["document"]["court"] == "cacd"


def test_a_run_of_preview_kinds_reads_a_preview(monkeypatch):
    """--select redaction lays out pages 1-2; any rule that reads the text makes it read every page."""
    from courtlint import api

    seen = []
    real = api.extract
    monkeypatch.setattr(api, "extract", lambda *a, **k: seen.append(k.get("layout_pages")) or real(*a, **k))
    sample = SAMPLES / "motion-to-compel-cand.pdf"
    for select in (["redaction"], ["redaction", "frcp"], []):
        result = api.make_linter(select=select, use_config=False).lint(sample)
        assert not result.errors
    assert seen == [api.PREVIEW_PAGES, None, None]
