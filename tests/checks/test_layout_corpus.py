"""The layout packs on the shared RECAP sample: the reviewed findings, and no others.

Every finding below was checked by hand against the rendered page (skipped
when ``../shared/corpus/recap`` is absent). A new finding, or a lost one,
fails the test until it is reviewed and the list updated.
"""

from __future__ import annotations

import courtlint

PACKS = ("cand-layout", "cacd-layout")

#: (file, rule, pages in the message) -> verdict of the review.
REVIEWED = {
    # Pages of single-spaced bulleted predicate-act allegations, 12 points apart in 12-point type: right.
    ("gov.uscourts.cand.316263.220.0.pdf", "cand-layout.not-double-spaced", "pages 75, 77 and 79"): "right",
    # The declarant's signature page was scanned on A4 (596 x 842 pt): right.
    ("gov.uscourts.cand.332428.29.1.pdf", "cand-layout.paper-not-letter-size", "Page 4"): "right",
    # A joint discovery letter whose footnotes are 10-point (pdfplumber agrees: 299 glyphs at 10.0): right.
    ("gov.uscourts.cand.349925.89.0_1.pdf", "cand-layout.type-smaller-than-12-point", "page 4"): "right",
    # Footers of pages 2-3 hold only a document-management number and the page number: right.
    ("gov.uscourts.cand.313162.93.0.pdf", "cand-layout.footer-does-not-identify-paper", "pages 2-3"): "right",
    # The certificate-of-service page's footer holds only a document-management number: right.
    ("gov.uscourts.cand.340837.165.0.pdf", "cand-layout.footer-does-not-identify-paper", "page 29"): "right",
}


def test_layout_findings_on_the_recap_sample(recap):
    found = set()
    for path in sorted(recap.glob("*.pdf")):
        result = courtlint.lint(path, select=PACKS, ignore=["courtlint.no-court-rules"], use_config=False)
        for f in result.findings:
            key = next((k for k in REVIEWED if k[0] == path.name and k[1] == f.rule and k[2] in f.message), None)
            found.add(key or (path.name, f.rule, f.message))
    assert found == set(REVIEWED)
