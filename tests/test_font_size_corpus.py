"""``measure.body_font_size`` against the labelled RECAP sample (skipped without it).

The target (issue 3): within 0.5 pt of the labelled ``body_font_size_pt`` on
at least 95% of the rows where the label is not null. The corpus is located at
``<repo>/../shared/corpus/recap`` or ``$COURTLINT_SHARED_CORPUS``.
"""

from __future__ import annotations

import json

from courtlint import measure
from courtlint.extract import extract

TARGET = 0.95


def test_body_font_size_agrees_with_the_labels(recap):
    rows = [json.loads(line) for line in (recap / "labels.jsonl").read_text().splitlines() if line.strip()]
    labelled = [r for r in rows if r["body_font_size_pt"] is not None]
    assert len(labelled) >= 50, "too few labelled rows to measure agreement"
    misses = []
    for row in labelled:
        got = measure.body_font_size(extract(recap / row["file"]))
        if got is None or abs(got - row["body_font_size_pt"]) > 0.5:
            misses.append(f"{row['file']}: {row['body_font_size_pt']} -> {got}")
    agreement = 1 - len(misses) / len(labelled)
    assert agreement >= TARGET, f"{agreement:.1%} agreement; misses:\n" + "\n".join(misses)


def test_slip_sheets_and_scans_measure_nothing(recap):
    """Rows labelled null because there is no text to measure (a slip sheet, a scan) stay null."""
    rows = [json.loads(line) for line in (recap / "labels.jsonl").read_text().splitlines() if line.strip()]
    empty = [r for r in rows if r["body_font_size_pt"] is None and r["caption"]["caption_kind"] == "slip_sheet"]
    assert empty
    measured = [r["file"] for r in empty if measure.body_font_size(extract(recap / r["file"])) is not None]
    assert not measured, measured
