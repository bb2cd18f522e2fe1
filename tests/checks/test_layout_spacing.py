"""The ``spacing`` check kind: double spacing, lines per page, footnote spacing."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtlint.checks import load_kind, spacing
from courtlint.context import Context
from courtlint.extract import extract

from ..corpus_pleading import Block, write_pleading

LAYOUT = Path(__file__).resolve().parents[2] / "corpus" / "layout"
TEXT = (
    "The covenant claim rests on the same conduct as the contract claim and seeks the same damages, so it "
    "adds nothing to the case and should be dismissed as superfluous under settled California law."
)


def hits(path, **params):
    p = load_kind("spacing").build_params(params)
    return list(spacing.check(extract(path), p, Context()))


@pytest.mark.parametrize(
    "name, gap",
    [("one-and-a-half-spaced.pdf", "18.0"), ("single-spaced.pdf", "13.8"), ("cand-12pt-20pt-leading.pdf", "20.0")],
)
def test_not_double_spaced(name, gap):
    found = hits(LAYOUT / name, test="double-spacing")
    assert len(found) == 1
    assert found[0].args["gap"] == gap and found[0].args["size"] == "12.0"


@pytest.mark.parametrize(
    "name", ["cand-12pt-motion.pdf", "block-quotes-single-spaced.pdf", "cacd-14pt-opposition.pdf"]
)
def test_double_spaced(name):
    assert hits(LAYOUT / name, test="double-spacing") == []


def test_14_point_on_24_point_lines_is_double_spacing_on_pleading_paper():
    # 24 / 14 = 1.71 times the size: under 1.9, but one line per numbered line.
    assert hits(LAYOUT / "cacd-14pt-opposition.pdf", test="double-spacing", min_ratio=1.9) == []
    # Without the numbered lines only the ratio is left to judge by.
    assert hits(LAYOUT / "cacd-no-line-numbers.pdf", test="double-spacing", min_ratio=1.9)
    assert hits(LAYOUT / "cacd-no-line-numbers.pdf", test="double-spacing", min_ratio=1.65) == []


def test_first_page_is_skipped_unless_asked(tmp_path):
    path = tmp_path / "one-page.pdf"
    write_pleading(path, [Block(TEXT) for _ in range(8)], footer="MOTION", leading=14.0)
    assert hits(path, test="double-spacing") == []
    assert len(hits(path, test="double-spacing", skip_first_page=False)) == 1


def test_lines_per_page():
    found = hits(LAYOUT / "one-and-a-half-spaced.pdf", test="lines-per-page")
    assert len(found) == 1 and found[0].args["lines"] == 37
    assert found[0].args["page_list"] == "page 2"
    assert hits(LAYOUT / "cand-12pt-motion.pdf", test="lines-per-page") == []
    assert hits(LAYOUT / "block-quotes-single-spaced.pdf", test="lines-per-page") == []


def test_one_hit_per_run(tmp_path):
    path = tmp_path / "long.pdf"
    write_pleading(path, [Block(TEXT) for _ in range(60)], footer="MOTION", leading=18.0)
    found = hits(path, test="double-spacing")
    assert len(found) == 1
    assert found[0].args["pages"].startswith("on pages 2-")


def test_footnote_spacing():
    single = hits(LAYOUT / "single-spaced-footnotes.pdf", test="footnote-spacing", min_gaps=2, skip_first_page=False)
    assert len(single) == 1 and single[0].args["gap"] == "13.8"
    assert hits(LAYOUT / "double-spaced-footnotes.pdf", test="footnote-spacing", min_gaps=2,
                skip_first_page=False) == []
    assert hits(LAYOUT / "cacd-14pt-opposition.pdf", test="footnote-spacing", min_gaps=2,
                skip_first_page=False) == []


def test_bad_params():
    kind = load_kind("spacing")
    with pytest.raises(ValueError):
        kind.build_params({"test": "triple-spacing"})
    with pytest.raises(ValueError):
        kind.build_params({"test": "double-spacing", "min_ratio": 0.5})
