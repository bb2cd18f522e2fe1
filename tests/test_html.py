"""``--format html``: one self-contained file, pages drawn, each finding boxed where it is."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

import courtlint

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "corpus" / "samples" / "stipulated-protective-order-cacd.pdf"
DEFINITION = "protective-orders.overbroad-confidentiality-definition"  # the one finding on page 1
DRAFT = """STIPULATED PROTECTIVE ORDER

4. FILING PROTECTED MATERIAL
The index is attached. All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal.
"""


class _Report(HTMLParser):
    """Figures (page images with their boxes), finding list items, text lines, external references."""

    def __init__(self):
        super().__init__()
        self.figures: dict[str, dict] = {}
        self.items: dict[str, list[str]] = {}
        self.lines: dict[str, str] = {}
        self.external: list[str] = []
        self._figure = self._item = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "figure":
            self._figure = self.figures.setdefault(a["id"], {"boxes": []})
        elif tag == "img" and self._figure is not None:
            self._figure["image"] = a["src"]
        elif tag == "a" and "box" in a.get("class", ""):
            self._figure["boxes"].append(a)
        elif tag == "li":
            self._item = self.items.setdefault(a["id"], [])
        elif tag == "a" and self._item is not None:
            self._item.append(a["href"])
        elif tag == "span" and a.get("class", "").startswith("line"):
            self.lines[a["id"]] = a["class"]
        if tag in ("script", "link") or (tag == "img" and not a.get("src", "").startswith("data:")):
            self.external.append(tag)

    def handle_endtag(self, tag):
        if tag == "figure":
            self._figure = None
        elif tag == "li":
            self._item = None


@pytest.fixture
def report(tmp_path: Path) -> tuple[Path, _Report]:
    (tmp_path / "courtlint.toml").write_text('court = "cacd"\ndoc_type = "protective_order"\n')
    shutil.copyfile(SAMPLE_PDF, tmp_path / "order.pdf")
    (tmp_path / "draft.txt").write_text(DRAFT)
    run = subprocess.run(
        [sys.executable, "-m", "courtlint", "check", "--format", "html", "--output", "report.html",
         "order.pdf", "draft.txt"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert run.returncode == 1, run.stderr
    assert run.stdout == ""  # the report went to the file
    parser = _Report()
    parser.feed((tmp_path / "report.html").read_text(encoding="utf-8"))
    return tmp_path / "report.html", parser


def _box_pixels(box: dict, image: Image.Image) -> tuple[int, int, int, int]:
    style = dict(part.split(":") for part in box["style"].split(";"))
    pct = {k: float(v.rstrip("%")) / 100 for k, v in style.items()}
    left, top = pct["left"] * image.width, pct["top"] * image.height
    return (round(left), round(top), round(left + pct["width"] * image.width),
            round(top + pct["height"] * image.height))


def test_self_contained_with_every_page_drawn(report):
    _, parsed = report
    assert parsed.external == []
    assert {"d1-p1", "d1-p2"} <= set(parsed.figures)
    for figure in parsed.figures.values():
        assert figure["image"].startswith("data:image/png;base64,")


def test_box_lies_on_the_findings_text_in_the_page_image(report, tmp_path):
    _, parsed = report
    finding = next(f for f in courtlint.lint(tmp_path / "order.pdf").findings if f.rule == DEFINITION)
    page = parsed.figures[f"d1-p{finding.location.page}"]
    image = Image.open(io.BytesIO(base64.b64decode(page["image"].split(",", 1)[1]))).convert("L")
    (box,) = [b for b in page["boxes"] if b["title"] == finding.message]
    x0, y0, x1, y1 = _box_pixels(box, image)
    scale = image.width / 612  # the sample is US Letter
    expected = [v * scale for v in finding.location.bbox]
    assert all(abs(a - b) <= 1.5 for a, b in zip((x0, y0, x1, y1), expected))

    def ink(top: int, bottom: int) -> float:
        pixels = [image.getpixel((x, y)) for x in range(x0, x1) for y in range(top, bottom)]
        return sum(1 for p in pixels if p < 128) / len(pixels)

    height = y1 - y0
    assert ink(y0, y1) > 0.03  # the clause's text is inside the box
    assert ink(y1 + 2, y1 + 2 + height // 4) < ink(y0, y1) / 4  # the gap under it is mostly blank

    # The box and the list entry link to each other.
    item_id = box["href"].lstrip("#")
    assert f"#{box['id']}" in parsed.items[item_id]


def test_text_documents_show_lines_with_findings_marked(report):
    _, parsed = report
    assert parsed.lines["d2-L4"] == "line error"  # the under-seal clause
    assert parsed.lines["d2-L1"] == "line"
    assert any("#d2-L4" in links for links in parsed.items.values())


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="no headless Chromium installed")
def test_browser_draws_the_box_over_the_text(report, tmp_path):
    """Screenshot the report in headless Chromium: the page's warning box is tinted, the text above is not."""
    path, parsed = report
    shot = tmp_path / "shot.png"
    subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
         "--window-size=1300,1300", f"--screenshot={shot}", path.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    screen = Image.open(shot).convert("RGB")
    # The first page's white sheet, in the left column (the finding list is on the right).
    column_x = 200
    sheet_top = next(y for y in range(screen.height) if screen.getpixel((column_x, y)) == (255, 255, 255))
    row = [screen.getpixel((x, sheet_top + 3)) for x in range(screen.width)]
    sheet_left = row.index((255, 255, 255))
    # The page image is grey (r == g == b); the backdrop and its shadow are bluish.
    width = next(x for x in range(sheet_left, screen.width) if row[x][2] != row[x][0]) - sheet_left
    (box,) = parsed.figures["d1-p1"]["boxes"]
    x0, y0, x1, y1 = _box_pixels(box, Image.new("L", (width, round(width * 792 / 612))))
    x0, x1, y0, y1 = x0 + sheet_left, x1 + sheet_left, y0 + sheet_top, y1 + sheet_top
    assert y1 < screen.height, "the box is below the screenshot"

    def warm(top: int, bottom: int) -> float:  # the warning colour, over a greyscale page
        pixels = [screen.getpixel((x, y)) for x in range(x0 + 4, x1 - 4, 2) for y in range(top, bottom, 2)]
        return sum(1 for r, g, b in pixels if r - b > 25) / len(pixels)

    assert warm(y0 + 4, y1 - 4) > 0.6
    assert warm(y0 - 30, y0 - 6) == 0
