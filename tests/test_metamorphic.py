"""Metamorphic tests: a filing printed another way is the same filing.

Every corpus document (corpus/forms.py reads it into parts) is rendered in each
form of ``forms.FORMS``: pleading-paper PDF with a ``)``-ruled caption, text
with inline pleading numbers, caption columns merged as extraction merges them,
the title only in the running footer, CM/ECF stamps, a page break mid-sentence,
curly quotes, non-breaking and soft hyphens. Each form, linted with every pack,
must give what its base gives (the corpus file itself, or for the PDF variants
the pleading PDF): the same document context (doc type, court, case number,
judges, facets once ``describe()`` has them) and the same findings, by rule id,
and by page where the two forms paginate alike.

The lint context is the sidecar's, less ``doc_type``: the type is what is under
test. Known failures of courtlint are strict xfails from ``KNOWN_FAILURES``:
when a fix makes one pass, the run turns red and the entry is to be deleted.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import courtlint

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
sys.path.insert(0, str(CORPUS))
import forms

#: Packs whose rules read the medium itself, not the filing's words: measured
#: type size, spacing and line numbers (layout), PDF file properties and text
#: searchability (efiling), PDF objects under redactions (redaction). They are
#: compared only between forms of the same medium. Nothing else is exempt.
MEDIUM_DEPENDENT = {
    "cacd-layout": "type size, spacing, line numbers, paper size are measured on the PDF page",
    "cand-layout": "type size, spacing, line numbers, paper size, footer placement are measured on the PDF page",
    "efiling": "file size, fonts, encryption, scanned pages: properties of the PDF file",
    "redaction": "hidden text under boxes, layers, metadata: PDF objects",
}

#: Findings a form is built to bring about: a caption without its title is a
#: paper missing a title wherever the footer still prints one.
CAUSED_BY_FORM = {
    "pdf-footer-only-title": {"cand.document-title-missing", "cacd.document-title-missing"},
}

#: What the corpus holds that is not rendered, and why.
NOT_RENDERED = {
    "efiling": "PDFs whose point is a file property (fonts, JavaScript, encryption); only efiling rules apply",
    "layout": "PDFs whose point is their measured layout; only layout rules apply",
    "redaction": "PDFs whose point is the redaction objects; only redaction rules apply",
    "protective-orders/*.docx": "distinguished by DOCX paragraph styles, which the text forms cannot carry",
}

#: The lint context for documents without a sidecar (README: the motion's case is referred to JCS).
SAMPLE_CONTEXT = {"motion-to-compel-cand": {"referred_to": "JCS"}}

#: (document stem, form) -> what courtlint gets wrong there (observed, see the
#: failure message for the full difference). Strict: a pass is a failure.
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    # pleading-pdf: 28-line pleading paper, ')'-ruled two-column caption, footer with the title
    ('cacd-clerk-returns', 'pleading-pdf'):
        "magistrate_judge: PVC -> None",
    ('cacd-employment-compliant', 'pleading-pdf'):
        "magistrate_judge: AGR -> None",
    ('cacd-numbered-title-heading', 'pleading-pdf'):
        "magistrate_judge: MAR -> None",
    ('cacd-segal-rejected', 'pleading-pdf'):
        "doc_type: stipulation -> protective_order; lost: [cacd.counsel-block-incomplete]; gained: [protective-orders.blanket-sealing, protective-orders.missing-good-cause-statement, protective-orders.missing-sealing-rule-reference, protective-orders.nonconforming-dispute-procedure, protective-orders.order-binds-court, protective-orders.overbroad-confidentiality-definition]",
    ('cacd-trade-secret-coatings', 'pleading-pdf'):
        "magistrate_judge: MAA -> None",
    # pdf-footer-only-title: the title left out of the caption; only the running footer prints it
    ('cacd-segal-seal-application-mentions-po', 'pdf-footer-only-title'):
        "lost: [(cacd.seal-application-relies-on-designation, None)]",
    ('cand-protective-order-no-district-initials', 'pdf-footer-only-title'):
        "facets: [discovery, motion, protective_order] -> [motion]; lost: [(cand.discovery-motion-without-conference, None)]",
    ('motion-to-compel-cand', 'pdf-footer-only-title'):
        "facets: [compel, discovery, motion] -> [motion]; lost: [(cand-discovery-letters.noticed-discovery-motion, None)]",
    # merged-caption-tight: the caption's columns merged line by line with one space
    ('cacd-segal-declaration-label-in-footer', 'merged-caption-tight'):
        "facets: [discovery, motion, protective_order, supporting] -> [motion]; lost: [cacd-discovery.missing-discovery-designation]",
    ('cand-magistrate-in-district-slot', 'merged-caption-tight'):
        "facets: [discovery, motion, protective_order, supporting] -> [discovery, motion, protective_order]",
    # wrapped-designation: merged columns, the case number's (XXX) designation wrapped onto the next line
    ('cacd-letter-dispute', 'wrapped-designation'):
        "magistrate_judge: SP -> None",
    ('cacd-segal-declaration-label-in-footer', 'wrapped-designation'):
        "facets: [discovery, motion, protective_order, supporting] -> [motion]; lost: [cacd-discovery.missing-discovery-designation]",
    ('cand-protective-order-no-district-initials', 'wrapped-designation'):
        "lost: [cand-referral.missing-referral-designation]; gained: [cand.case-number-without-judge-initials]",
    # running-footer: page number and title repeated under each 28-line page
    ('cacd-jcg-supplemental-memo', 'running-footer'):
        "gained: [frcp.unsigned-paper]",
}


def _context(path: Path) -> dict:
    sidecar = path.with_suffix(".expected.json")
    if not sidecar.is_file():
        return dict(SAMPLE_CONTEXT.get(path.stem, {}))
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    ctx = dict(data.get("context", {}))
    for key in ("court", "referred_to", "judge"):
        if data.get(key):
            ctx[key] = data[key]
    ctx.pop("doc_type", None)
    return ctx


def _read_all() -> tuple[dict[Path, forms.Parts], list[str]]:
    parts, unreadable = {}, []
    for path in forms.documents():
        try:
            parts[path] = forms.read(path)
        except forms.Unreadable as exc:
            unreadable.append(str(exc))
    return parts, unreadable


PARTS, UNREADABLE = _read_all()


def _cases():
    for path, parts in PARTS.items():
        for form in forms.FORMS:
            if not form.applies(parts):
                continue
            reason = KNOWN_FAILURES.get((path.stem, form.name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(path, form, id=f"{path.stem}:{form.name}", marks=marks)


@dataclass(frozen=True)
class Outcome:
    medium: str
    context: dict
    findings: frozenset[tuple[str, int | None]]


def _outcome(result, medium: str) -> Outcome:
    assert not result.errors, result.errors
    ctx = result.context
    context = {k: getattr(ctx, k, None) for k in
               ("doc_type", "facets", "court", "case_number", "district_judge", "magistrate_judge")}
    found = frozenset((f.rule, f.location.page if f.location else None) for f in result.findings)
    assert not any(rule == "courtlint.internal-error" for rule, _ in found), result.findings
    return Outcome(medium, context, found)


def outcomes(root: Path):
    """outcome(path, form name or 'source'), each rendered (into ``root``) and linted once."""
    cache: dict[tuple[Path, str], Outcome] = {}

    def get(path: Path, name: str) -> Outcome:
        if (path, name) not in cache:
            if name == "source":
                target, medium = path, ("pdf" if path.suffix == ".pdf" else "text")
            else:
                form = forms.FORMS_BY_NAME[name]
                target, medium = root / f"{path.stem}-{name}{forms.suffix(form)}", form.medium
                form.render(PARTS[path], target)
            result = courtlint.lint(target, use_config=False, **_context(path))
            cache[path, name] = _outcome(result, medium)
        return cache[path, name]

    return get


@pytest.fixture(scope="session")
def outcome(tmp_path_factory):
    return outcomes(tmp_path_factory.mktemp("metamorphic"))


def _comparable(outcome: Outcome, other: Outcome, pages: bool, caused: frozenset[str] = frozenset()) -> set:
    skip = outcome.medium != other.medium
    return {(rule if not pages else (rule, page)) for rule, page in outcome.findings
            if not (skip and rule.split(".", 1)[0] in MEDIUM_DEPENDENT) and rule not in caused}


def _shown(value) -> str:
    return repr(sorted(value)) if isinstance(value, frozenset) else repr(value)


def difference(base: Outcome, got: Outcome, pages: bool, form: str = "") -> list[str]:
    """What ``got`` says differently from ``base``, one line a difference."""
    lines = [f"{k}: {_shown(base.context[k])} -> {_shown(got.context[k])}" for k in base.context
             if base.context[k] != got.context[k]]
    caused = frozenset(CAUSED_BY_FORM.get(form, ()))
    want, have = _comparable(base, got, pages, caused), _comparable(got, base, pages, caused)
    if want - have:
        lines.append(f"lost: {sorted(want - have)}")
    if have - want:
        lines.append(f"gained: {sorted(have - want)}")
    return lines


@pytest.mark.parametrize(("path", "form"), list(_cases()))
def test_form_reads_like_its_base(path, form, outcome):
    base = outcome(path, form.base)
    got = outcome(path, form.name)
    diff = difference(base, got, form.pages, form.name)
    assert not diff, f"{path.stem} as {form.name} ({form.doc}) vs {form.base}:\n  " + "\n  ".join(diff)


def test_every_corpus_document_is_read():
    assert not UNREADABLE, "corpus/forms.py cannot read:\n  " + "\n  ".join(UNREADABLE)


def test_every_corpus_document_is_rendered_or_excused():
    """A new corpus folder or file type is rendered, or says here why not."""
    rendered = set(forms.documents())
    left = []
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in (".txt", ".pdf", ".docx") or path in rendered:
            continue
        folder = path.relative_to(CORPUS).parts[0]
        if folder in NOT_RENDERED or f"{folder}/*{path.suffix}" in NOT_RENDERED:
            continue
        left.append(str(path.relative_to(CORPUS)))
    assert not left, f"neither rendered nor in NOT_RENDERED: {left}"


@pytest.mark.parametrize("path", [p for p in PARTS if p.suffix == ".txt"], ids=lambda p: p.stem)
def test_reader_gives_back_the_source(path):
    """Read and printed again as the source prints it, a text is itself (less any
    pleading numbers it prints), so the forms are made of the whole document."""
    source = forms._strip_pleading_numbers(path.read_text(encoding="utf-8").splitlines())
    again = forms.text_lines(PARTS[path])
    assert [ln.rstrip() for ln in forms._trim(source)] == [ln.rstrip() for ln in again]


def test_known_failures_name_real_cases():
    names = {(p.stem, f.name) for p, parts in PARTS.items() for f in forms.FORMS if f.applies(parts)}
    assert set(KNOWN_FAILURES) <= names, sorted(set(KNOWN_FAILURES) - names)


def test_forms_change_what_they_claim():
    """Each form's rendering differs from the source in the way it says (so no form is a no-op)."""
    parts = PARTS[CORPUS / "captions" / "cand-motion-compel-jcs-ok.txt"]
    tight = forms.joined(forms.text_lines(parts, "tight"))
    assert "Plaintiff, PLAINTIFF'S NOTICE OF MOTION AND" in tight and ")" not in tight.split("Case No.")[0][-80:]
    wrapped = forms.joined(forms.text_lines(parts, "wrapped"))
    assert "limited liability company, (JCS)" in wrapped
    assert "\n19 " in forms.inline_numbers(parts) or "\n9 " in forms.inline_numbers(parts)
    assert "Case 3:22-cv-06120-WHO Document 45 Filed 06/01/25 Page 1 of 2" in forms.ecf_stamped(parts)
    assert "3:22\u2011cv\u201106120\u2011WHO" in forms.nb_hyphens_case(tight)
    assert "06\u00ad120" in forms.soft_hyphens_case(tight) and "\u00ad" in forms.soft_hyphens(tight)
    assert "\u2011" in forms.nb_hyphens(forms.joined(forms.text_lines(PARTS[CORPUS / "captions" / "cand-motion-jcs-only-in-body.txt"])))
    assert "\f" in forms.page_break(parts)
    assert "\u2019" in forms.curly_quotes(tight)
