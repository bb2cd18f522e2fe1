"""The redaction check kind and its PDF layer, on the generated PDFs in corpus/redaction/.

The rule pack's own examples (tests/test_rule_examples.py) cover each rule
end to end; these tests pin the layer's decisions one construction at a time
and the helpers (label detection, revisions, thresholds) directly.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from courtlint.checks import redaction
from courtlint.checks.redaction import Params, check, label_kind, sealing_claim, shorten
from courtlint.engine import NO_COURT_RULES as NO_COURT  # the fixtures have no court: only the rules' own findings
from courtlint.extract import extract
from courtlint.extract.redaction_layer import _revision_ends, meaningful, redaction_view, revealed
from courtlint.testing import make_document

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus" / "redaction"
LEAK_KINDS = ("covered", "redact-annotation", "background", "off-page", "hidden-layer", "form-field", "revision")


def leaks(name: str, kind: str | None = None) -> list:
    view = redaction_view(extract(CORPUS / name))
    return [leak for leak in view.leaks if (kind is None or leak.kind == kind) and meaningful(leak.text)]


@pytest.mark.parametrize(
    ("name", "kind", "text", "cover"),
    [
        ("fail-covered-box.pdf", "covered", "royalty rate of 7.5 percent", "black box"),
        ("fail-black-on-black.pdf", "covered", "$4,815,162 for refrigerated storage", "black box"),
        ("fail-dark-path-in-form.pdf", "covered", "Northgate Markets and Valley Fresh Grocers", "dark box"),
        ("fail-annotations.pdf", "covered", "Jordan Alvarez", "dark highlight"),
        ("fail-annotations.pdf", "covered", "1187 Alder Creek Road", "dark annotation"),
        ("fail-image-over-text.pdf", "covered", "14,200 cases per shift", "dark image"),
        ("fail-unapplied-redact.pdf", "redact-annotation", "$2,450,000", "unapplied Redact annotation"),
        ("fail-white-text.pdf", "background", "Settlement amount: $2,450,000 due March 1", "text in the background colour"),
        ("fail-text-matches-shading.pdf", "background", "Account 4417 9921 0036 at First Harbor Bank", "text in the background colour"),
        ("fail-outside-cropbox.pdf", "off-page", "SSN 512-44-9087", "outside the visible page (CropBox)"),
        ("fail-outside-mediabox.pdf", "off-page", "J. Park to R. Osei", "outside the visible page (CropBox)"),
        ("fail-layer-off.pdf", "hidden-layer", "Daniel Okafor, 2291 Mesa Verde Drive", "a layer that is switched off"),
        ("fail-layer-off-form.pdf", "hidden-layer", "settle at up to $900,000", "a layer that is switched off"),
        ("fail-hidden-field.pdf", "form-field", "SSN 512-44-9087", "a hidden form field"),
        ("fail-field-under-annotation.pdf", "form-field", "Priya Raman, account 88120457", "a form field under a redaction mark"),
        ("fail-revision.pdf", "revision", "Northgate Markets.", "an earlier revision of the file"),
        ("fail-revision-two-updates.pdf", "revision", "31.4 percent", "an earlier revision of the file"),
    ],
)
def test_each_way_of_hiding_text_is_found(name, kind, text, cover):
    found = leaks(name, kind)
    assert any(text in leak.text and leak.cover == cover for leak in found), [(l.text, l.cover) for l in found]
    assert all(leak.page == 1 and leak.bbox is not None for leak in found)


@pytest.mark.parametrize(
    "name",
    [
        "pass-clean-redaction.pdf",  # the words removed, boxes in their place
        "pass-white-boxes.pdf",  # white boxes, light grey table shading
        "pass-labels-on-boxes.pdf",  # white labels drawn on black boxes
        "pass-rules-and-borders.pdf",  # signature line, underline, borders, a frame, a box over whitespace
        "pass-stray-glyphs.pdf",  # a stray glyph, a word fragment, XXXX under boxes
        "pass-form-caption.pdf",  # a blacked-out form row over its printed caption
        "pass-ocr-scan.pdf",  # a scan with a burned-in bar and its OCR layer
        "pass-layer-on.pdf",
        "pass-visible-field.pdf",
        "pass-revision-stamp.pdf",
        "pass-watermark.pdf",
        "pass-sealed-highlighted.pdf",
    ],
)
def test_look_alikes_hide_nothing(name):
    found = [leak for leak in leaks(name) if leak.kind in LEAK_KINDS]
    assert not found, [(leak.kind, leak.text) for leak in found]


def test_the_stray_glyph_and_fragment_are_seen_but_not_reported():
    # The layer does find the XXXX placeholder under its box; the thresholds drop it.
    view = redaction_view(extract(CORPUS / "pass-stray-glyphs.pdf"))
    assert [leak.text for leak in view.leaks] == ["XXXX-XXXX-XXXX"]
    assert list(check(extract(CORPUS / "pass-stray-glyphs.pdf"), Params(leak="covered"), None)) == []


def test_a_box_that_hides_only_a_few_of_its_glyphs_hides_nothing():
    """Where most of the text under a "box" shows, it is a picture or a frame; flat spots are chance."""
    from courtlint.extract import redaction_layer as layer

    class Raster:  # renders the first ``flat`` glyphs as flat colour, the rest as visible ink
        def __init__(self, flat):
            self.calls, self.flat_count = 0, flat

        def flat(self, rect, *, dark):
            self.calls += 1
            return self.calls <= self.flat_count

    text = layer._TextObj(0, 1, (0, 0, 10, 10), (0, 0, 0), False, False, False)
    cover = layer._Cover((0, 0, 500, 20), 2, "dark image", None)
    pairs = [(layer._Char(i, "a", (i, 2, i + 1, 8), (i, 0, i + 1, 10), text, 0), cover) for i in range(40)]
    assert layer._flat_under(pairs, Raster(40)) == [c for c, _ in pairs]
    assert layer._flat_under(pairs, Raster(5)) == []
    stops_early = Raster(0)
    layer._flat_under(pairs, stops_early)
    assert stops_early.calls == 20


def test_metadata_and_bookmarks_repeat_the_hidden_phrase():
    (title,) = leaks("fail-metadata-title.pdf", "metadata")
    assert title.cover == "Title" and title.detail == "Project Bluefin acquisition of Seaview Dairy"
    (xmp,) = leaks("fail-metadata-xmp.pdf", "metadata")
    assert xmp.cover == "XMP description" and "Seaview Dairy" in xmp.detail
    (bookmark,) = leaks("fail-bookmark.pdf", "outline")
    assert bookmark.page == 2 and bookmark.detail == "Recall of Lot 2291 frozen spinach"
    assert not leaks("pass-metadata-visible.pdf", "metadata")
    assert not leaks("pass-bookmarks-visible.pdf", "outline")


def test_a_hit_gives_page_box_text_and_the_documents_claim():
    doc = extract(CORPUS / "fail-covered-box.pdf")
    (hit,) = check(doc, Params(leak="covered"), None)
    assert hit.args["page"] == 1
    assert hit.args["text"] == "royalty rate of 7.5 percent"
    assert hit.args["box"].startswith("(") and hit.args["cover"] == "black box"
    assert "REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED" in hit.args["claim"]
    assert doc.text[hit.span.start : hit.span.end] == "royalty rate of 7.5 percent"


def test_no_claim_without_a_label():
    doc = extract(CORPUS / "fail-dark-path-in-form.pdf")
    (hit,) = check(doc, Params(leak="covered"), None)
    assert hit.args["claim"] == ""


def test_min_chars_and_max_hits():
    doc = extract(CORPUS / "fail-annotations.pdf")
    assert len(list(check(doc, Params(leak="covered"), None))) == 2
    assert len(list(check(doc, Params(leak="covered", max_hits=1), None))) == 1
    assert list(check(doc, Params(leak="covered", min_chars=30), None)) == []


def test_placeholders_count_only_in_a_sealed_version():
    sealed = extract(CORPUS / "fail-sealed-placeholder.pdf")
    (hit,) = check(sealed, Params(leak="placeholder"), None)
    assert hit.args["text"] == "[REDACTED]" and hit.args["label"].startswith("UNREDACTED VERSION")
    public = extract(CORPUS / "pass-redacted-placeholder.pdf")
    assert list(check(public, Params(leak="placeholder"), None)) == []


def test_sealing_claim_reads_page_one():
    assert sealing_claim(extract(CORPUS / "fail-covered-box.pdf")) == (
        "redacted",
        "REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED",
    )
    assert sealing_claim(extract(CORPUS / "fail-lodged-placeholder.pdf"))[0] == "sealed"
    assert sealing_claim(extract(CORPUS / "pass-watermark.pdf")) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED", "redacted"),
        ("REDACTEDVERSIONOFDOCUMENTSOUGHTTOBESEALED", "redacted"),
        ("*REDACTED VERSION OF DOCUMENT PROPOSED TO BE FILED UNDER SEAL*", "redacted"),
        ("(PUBLIC REDACTED VERSION)", "redacted"),
        ("REDACTED, PUBLIC VERSION", "redacted"),
        ("REDACTED ORDER", "redacted"),
        ("UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED", "sealed"),
        ("(Filed Under Seal)", "sealed"),
        ("LODGED CONDITIONALLY UNDER SEAL", "sealed"),
        ("REDACTED VERSION FILED AT ECF NO. 167-1", "sealed"),
        ("ADMINISTRATIVE MOTION TO FILE UNDER SEAL", None),
        ("[REDACTED] (Dkt. 1637, filed April 15, 2019)", None),
        ("The redacted version of the Smith declaration was served on all parties by email.", None),
        ("II. Material that Defendants agree may be publicly filed.", None),
    ],
)
def test_label_kind(text, kind):
    assert label_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$85,827,104", True),
        ("Obesity", True),
        ("f", False),
        ("ii.", False),
        ("• . .", False),
        ("XXXX-XXXX-XXXX", False),
        ("Privilege", False),
        ("REDACTED", False),
        ("Attorneys' Eyes Only", False),
        ("Privileged: 6ET 1100 fuse", True),
    ],
)
def test_meaningful(text, expected):
    assert meaningful(text) is expected


def test_revealed_needs_a_phrase_that_is_not_visible_elsewhere():
    secrets = ["Project Bluefin acquisition of Seaview Dairy", "Hardeman"]
    # The document's text: the caption, then the two hidden passages (still in the text layer).
    visible = "hardeman v monsanto declaration of maria chen project bluefin acquisition of seaview dairy hardeman"
    assert revealed("Notes on Project Bluefin", secrets, visible) == "project bluefin"
    assert revealed("Hardeman v. Monsanto", secrets, visible) is None  # the name shows in the caption
    assert revealed("Bluefin", secrets, "") is None  # one word, no digit, not the whole secret
    assert revealed("Declaration of Maria Chen", secrets, visible) is None


def test_revision_ends_skip_empty_updates_and_linearization():
    body = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\ntrailer\n<< >>\nstartxref\n9\n%%EOF\n"
    empty_update = b"xref\n0 0\ntrailer\n<< /Prev 9 >>\nstartxref\n60\n%%EOF\n"  # Word's hybrid-reference tail
    real_update = b"2 0 obj\n<< /Type /Page >>\nendobj\nxref\n2 1\ntrailer\n<< /Prev 9 >>\nstartxref\n99\n%%EOF\n"
    assert len(_revision_ends(body)) == 1
    assert len(_revision_ends(body + empty_update)) == 1
    assert len(_revision_ends(body + real_update)) == 2
    linearized = b"%PDF-1.7\n1 0 obj\n<< /Linearized 1 >>\nendobj\ntrailer\n<< >>\n%%EOF\n" + body[9:]
    assert len(_revision_ends(linearized)) == 1


def test_the_view_reads_bytes_as_well_as_paths():
    data = (CORPUS / "fail-covered-box.pdf").read_bytes()
    view = redaction_view(extract(data))
    assert [leak.text for leak in view.of_kind("covered")] == ["royalty rate of 7.5 percent"]


def test_text_documents_are_left_alone():
    doc = make_document("The royalty rate is [REDACTED].\nUNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED\n")
    assert list(check(doc, Params(leak="covered"), None)) == []
    assert list(check(doc, Params(leak="placeholder"), None)) == []
    assert redaction_view(doc).leaks == ()


def test_params_are_validated():
    with pytest.raises(ValueError):
        Params(leak="under-the-rug")
    with pytest.raises(ValueError):
        Params(leak="covered", min_chars=0)
    assert set(redaction.LEAKS) >= set(LEAK_KINDS) | {"metadata", "outline", "placeholder"}


def test_shorten_cuts_at_a_word():
    assert shorten("one two three four five six seven", 20) == "one two three four…"
    assert shorten("short", 20) == "short"


def test_generated_pdfs_match_the_script():
    """The committed PDFs are what make_pdfs.py builds (same text, same leaks).

    Compared by content rather than bytes, so a newer reportlab or qpdf that
    serialises differently does not fail the test.
    """
    pytest.importorskip("pikepdf")
    spec = importlib.util.spec_from_file_location("_make_redaction_pdfs", CORPUS / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)

    def summary(doc):
        return doc.text, [(leak.kind, leak.page, leak.text) for leak in redaction_view(doc).leaks]

    stale = [
        name
        for name, build in module.FILES.items()
        if summary(extract(build(), name=name)) != summary(extract(CORPUS / name))
    ]
    assert not stale, f"run python corpus/redaction/make_pdfs.py: {stale}"


# ---- previews: what `courtlint check --select redaction` reads ----------------------------


def _summary(findings) -> list[tuple]:
    return sorted(
        (f.rule, f.location.page if f.location else None, f.message, f.excerpt) for f in findings
    )


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.pdf")))
def test_a_preview_reports_what_the_full_document_reports(name):
    """Pages 1-2 laid out and the rest read by the layer: the same findings, word for word."""
    from courtlint.api import PREVIEW_PAGES, make_linter

    linter = make_linter(select=["redaction"], use_config=False)
    full = linter.lint(extract(CORPUS / name))
    preview = linter.lint(extract(CORPUS / name, layout_pages=PREVIEW_PAGES))
    assert _summary(preview.findings) == _summary(full.findings)


def test_leaks_past_the_preview_are_placed_by_page_and_box():
    import courtlint

    result = courtlint.lint(CORPUS / "fail-leaks-after-page-two.pdf", select=["redaction"], ignore=[NO_COURT], use_config=False)
    covered = [f for f in result.findings if f.rule == "redaction.text-under-redaction-box"]
    assert len(covered) == 1
    loc = covered[0].location
    assert loc.page == 3 and loc.bbox is not None
    assert 190 < loc.bbox[0] < loc.bbox[2] < 340  # the box, in top-left points
    assert covered[0].excerpt == "Coastal Ridge Packers LLC"
    assert {f.rule for f in result.findings} == {
        "redaction.text-under-redaction-box",
        "redaction.redacted-text-in-metadata",
    }


def test_placeholders_past_the_preview_are_found():
    import courtlint

    result = courtlint.lint(CORPUS / "fail-placeholder-after-page-two.pdf", select=["redaction"], ignore=[NO_COURT], use_config=False)
    [finding] = result.findings
    assert finding.rule == "redaction.redaction-placeholder-in-sealed-version"
    assert finding.location.page == 3 and finding.excerpt == "[REDACTED]"
