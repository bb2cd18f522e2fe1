"""Unit tests for the ``efiling`` check kind and the PDF facts it reads."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from courtlint.checks import efiling, load_kind
from courtlint.context import Context
from courtlint.extract import extract
from courtlint.extract.pdf_facts import file_facts, page_facts
from courtlint.findings import Severity
from courtlint.testing import make_document

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "corpus" / "efiling"


def doc(name: str):
    return extract(FIXTURES / name)


def run(name_or_doc, test: str, **params) -> list:
    d = doc(name_or_doc) if isinstance(name_or_doc, str) else name_or_doc
    p = load_kind("efiling").build_params({"test": test, **params})
    return list(efiling.check(d, p, Context()))


def make_pdfs():
    spec = importlib.util.spec_from_file_location("make_pdfs", FIXTURES / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- page facts --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, kinds",
    [
        ("native-brief.pdf", ["native", "native"]),
        ("scanned-brief.pdf", ["image", "image", "image"]),
        ("ocr-scan.pdf", ["ocr", "ocr", "ocr"]),
        ("scanned-middle-pages.pdf", ["native", "native", "image", "image", "native", "native"]),
        ("declaration-with-exhibits.pdf", ["native", "native", "sparse", "image", "image"]),
    ],
)
def test_page_kinds(name, kinds):
    assert [p.kind for p in page_facts(doc(name)).pages] == kinds


def test_fonts_are_listed_with_embedding():
    fonts = {f.name: f.embedded for f in page_facts(doc("standard-fonts.pdf")).fonts}
    assert fonts == {"Helvetica": False, "Times-Roman": False}
    assert all(f.embedded for f in page_facts(doc("native-brief.pdf")).fonts)


def test_invisible_ocr_text_has_no_fonts_to_embed():
    assert page_facts(doc("ocr-scan.pdf")).fonts == ()


def test_facts_are_computed_once_per_document():
    d = doc("native-brief.pdf")
    assert page_facts(d) is page_facts(d)
    assert file_facts(d) is file_facts(d)


# ---- text-layer ----------------------------------------------------------------------


def test_whole_scan_has_no_text_layer():
    (hit,) = run("scanned-brief.pdf", "text-layer")
    assert hit.args["pages_have"] == "Pages 1-3 have"
    assert hit.severity is None  # the rule's own severity


def test_scanned_pages_inside_a_brief_are_named():
    (hit,) = run("scanned-middle-pages.pdf", "text-layer")
    assert hit.args["pages_have"] == "Pages 3-4 have"
    assert (hit.args["count"], hit.args["total"]) == (2, 6)


def test_partial_scan_takes_the_partial_severity():
    (hit,) = run("scanned-middle-pages.pdf", "text-layer", partial_severity="warning")
    assert hit.severity is Severity.WARNING
    (whole,) = run("scanned-brief.pdf", "text-layer", partial_severity="warning")
    assert whole.severity is None


def test_scanned_signature_page_is_exempt_unless_asked():
    assert run("scanned-signature-page.pdf", "text-layer") == []
    (hit,) = run("scanned-signature-page.pdf", "text-layer", exempt_last_page=False)
    assert hit.args["pages_have"] == "Page 3 has"


def test_ocr_counts_as_text_unless_native_text_is_required():
    assert run("ocr-scan.pdf", "text-layer") == []
    (hit,) = run("ocr-scan.pdf", "text-layer", ocr_ok=False)
    assert hit.args["pages_have"] == "Pages 1-3 have"
    assert "native" in hit.args["what"]


def test_main_document_stops_at_the_first_exhibit_slip_sheet():
    assert run("declaration-with-exhibits.pdf", "text-layer", pages="main") == []
    (hit,) = run("declaration-with-exhibits.pdf", "text-layer")
    assert hit.args["pages_have"] == "Page 4 has"  # page 5, the last, is exempt as a signature page


# ---- page-size ------------------------------------------------------------------------------


def test_a4_pages_are_named_with_their_size():
    (hit,) = run("a4-brief.pdf", "page-size")
    assert hit.args["pages_are"] == "Pages 1-2 are 8.27 x 11.69 in (A4)"


def test_a_legal_page_is_named():
    (hit,) = run("legal-size-page.pdf", "page-size")
    assert hit.args["pages_are"] == "Page 3 is 8.50 x 14.00 in (legal)"


def test_landscape_letter_is_letter():
    assert run("native-landscape-table.pdf", "page-size") == []


def test_exhibits_after_the_slip_sheet_may_be_any_size():
    assert run("declaration-with-exhibits.pdf", "page-size", pages="main") == []
    (hit,) = run("declaration-with-exhibits.pdf", "page-size")
    assert hit.args["pages_are"] == "Pages 4-5 are 8.27 x 11.69 in (A4)"


# ---- file-size ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def padded(tmp_path_factory):
    """Sparse copies of a fixture grown to given sizes (no real disk use)."""
    out = tmp_path_factory.mktemp("oversize")
    base = (FIXTURES / "native-brief.pdf").read_bytes()
    pad = make_pdfs()._pad

    def make(size: int) -> Path:
        path = out / f"padded-{size}.pdf"
        if not path.exists():
            pad(base, path, size)
        return path

    return make


def test_padded_fixture_is_a_readable_pdf_of_the_exact_size(padded):
    path = padded(36 * 2**20)
    assert path.stat().st_size == 36 * 2**20
    assert len(extract(path).pages) == 2


def test_over_the_binary_cap_is_a_hit_at_the_rules_severity(padded):
    (hit,) = run(extract(padded(36 * 2**20)), "file-size", max_mb=35)
    assert hit.args == {"size_mb": "36.0", "max_mb": "35"}
    assert hit.severity is None


def test_between_decimal_and_binary_cap_is_a_warning(padded):
    (hit,) = run(extract(padded(35_500_000)), "file-size", max_mb=35)
    assert hit.severity is Severity.WARNING


def test_under_the_cap_passes(padded):
    assert run(extract(padded(34_000_000)), "file-size", max_mb=35) == []
    assert run("native-brief.pdf", "file-size", max_mb=35) == []


def test_size_of_bytes_source():
    data = (FIXTURES / "native-brief.pdf").read_bytes()
    (hit,) = run(extract(data, name="brief.pdf"), "file-size", max_mb=0.01)
    assert hit.args["max_mb"] == "0.01"


# ---- security and active content ------------------------------------------------------------


def test_encryption_names_what_is_restricted():
    (hit,) = run("encrypted-no-print.pdf", "encryption")
    assert "printing" in hit.args["detail"] and "copying text" in hit.args["detail"]
    (hit,) = run("encrypted-all-allowed.pdf", "encryption")
    assert "no permission is restricted" in hit.args["detail"]
    assert run("native-brief.pdf", "encryption") == []


def test_document_javascript_is_named():
    (hit,) = run("javascript-document.pdf", "javascript")
    assert "'greeting'" in hit.args["detail"]


def test_open_action_javascript_in_an_object_stream_is_found():
    assert b"/JavaScript" not in (FIXTURES / "javascript-open-action.pdf").read_bytes()  # compressed away
    (hit,) = run("javascript-open-action.pdf", "javascript")
    assert hit.args["detail"] == "1 JavaScript action"


def test_launch_action_is_found():
    (hit,) = run("launch-action.pdf", "javascript")
    assert "launch another program" in hit.args["detail"]
    assert run("native-brief.pdf", "javascript") == []


def test_attachments_are_named():
    (hit,) = run("attachment-embedded-file.pdf", "attachments")
    assert "damages.csv" in hit.args["detail"]
    (hit,) = run("attachment-annotation.pdf", "attachments")
    assert "page 2" in hit.args["detail"]
    assert run("native-brief.pdf", "attachments") == []


def test_multimedia_is_named():
    (hit,) = run("multimedia-sound.pdf", "multimedia")
    assert hit.args["detail"] == "sound on page 1"
    (hit,) = run("multimedia-screen.pdf", "multimedia")
    assert "screen" in hit.args["detail"]
    assert run("attachment-annotation.pdf", "multimedia") == []


def test_fillable_fields_are_counted_and_read_only_ones_pass():
    (hit,) = run("form-fields.pdf", "form-fields")
    assert hit.args["detail"] == "1 text field on page 1; 1 check box field on page 1"
    assert run("form-read-only-field.pdf", "form-fields") == []
    assert run("native-brief.pdf", "form-fields") == []


# ---- fonts ----------------------------------------------------------------------------------


def test_non_standard_fonts_not_embedded_are_listed():
    (hit,) = run("nonembedded-garamond-wingdings.pdf", "fonts")
    assert hit.args == {"fonts": "Garamond (page 1); Wingdings-Regular (page 2)", "count": 2}


def test_standard_fonts_may_be_left_out_unless_every_font_must_be_embedded():
    assert run("standard-fonts.pdf", "fonts") == []
    (hit,) = run("standard-fonts.pdf", "fonts", allow_fonts=[])
    assert hit.args["count"] == 2
    assert run("native-brief.pdf", "fonts", allow_fonts=[]) == []


@pytest.mark.parametrize(
    "name, family",
    [
        ("TimesNewRomanPS-BoldItalicMT", "timesnewroman"),
        ("Times New Roman", "timesnewroman"),
        ("Arial,Bold", "arial"),
        ("Times-Roman", "times"),
        ("CourierNewPSMT", "couriernew"),
        ("SymbolMT", "symbol"),
        ("ArialNarrow", "arialnarrow"),
        ("Garamond", "garamond"),
    ],
)
def test_font_family(name, family):
    assert efiling._family(name) == family


# ---- file-name ------------------------------------------------------------------------------


def test_file_name_punctuation():
    (hit,) = run("Decl.of.Agent.Johnson(FINAL).pdf", "file-name")
    assert hit.args["problems"] == "periods besides the one before the extension and parentheses"
    (hit,) = run("Opp #2 & Exhibits.pdf", "file-name")
    assert hit.args["problems"] == "'#' and '&'"
    assert run("Declaration_of_Agent_1.pdf", "file-name") == []


# ---- params, wording, other formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"test": "nope"}, "unknown test"),
        ({"test": "fonts", "max_mb": 35}, "max_mb: not a parameter of test 'fonts'"),
        ({"test": "file-size"}, "max_mb"),
        ({"test": "text-layer", "pages": "some"}, "pages"),
        ({"test": "text-layer", "partial_severity": "loud"}, "partial_severity"),
    ],
)
def test_bad_params_are_load_errors(raw, message):
    with pytest.raises(ValueError, match=message):
        load_kind("efiling").build_params(raw)


@pytest.mark.parametrize(
    "numbers, text",
    [([5], "Page 5"), ([3, 4, 5, 6, 7, 12], "Pages 3-7 and 12"), ([1, 3, 5], "Pages 1, 3 and 5"), ([2, 3], "Pages 2-3")],
)
def test_page_lists(numbers, text):
    assert efiling._pages_text(numbers) == text


def test_text_documents_are_not_checked():
    d = make_document("A brief pasted as text.")
    for test in ("text-layer", "fonts", "encryption", "file-name"):
        assert run(d, test) == []
    assert "pages" in load_kind("efiling").needs


# ---- the real corpus (skipped where ../shared/corpus is absent) ----------------------------------


def test_labelled_scans_in_the_recap_corpus(recap):
    d = extract(recap / "gov.uscourts.cacd.45170.569.12.pdf")  # slip sheets + scans under a sealing label
    kinds = {p.number: p.kind for p in page_facts(d).pages}
    assert kinds[1] == "sparse" and kinds[2] == "image" and kinds[6] == "sparse"
    d = extract(recap / "gov.uscourts.cacd.719911.55.44.pdf")  # native text + a scanned, OCR'd signature page
    kinds = [p.kind for p in page_facts(d).pages]
    assert kinds[:11] == ["native"] * 11 and kinds[11] == "ocr"


def test_text_in_form_xobjects_counts_as_text(recap):
    d = extract(recap / "gov.uscourts.caed.338083.91.0.pdf")  # pdfium sees no glyphs there
    assert {p.kind for p in page_facts(d).pages} == {"native"}


def test_cmecf_stamp_font_is_not_reported(recap):
    d = extract(recap / "gov.uscourts.cand.303681.2479.0.pdf")
    assert "LiberationSans" not in {f.name for f in page_facts(d).fonts}


def test_a_typical_filing_is_checked_quickly(recap):
    d = extract(recap / "gov.uscourts.cand.321939.161.0.pdf")  # a 21-page reply
    started = time.perf_counter()
    for test in ("text-layer", "fonts", "page-size", "encryption", "javascript", "attachments", "multimedia",
                 "form-fields"):
        run(d, test)
    assert time.perf_counter() - started < 1.0  # about 60 ms on the reference machine
