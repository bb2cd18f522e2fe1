"""Label the lines of a laid-out page with regions, and find pleading lines.

Page furniture is recognised by position first and wording second:

* the CM/ECF stamp ("Case 2:16-cv-06794-AB-JC Document 168 Filed 02/01/19
  Page 1 of 3 Page ID #:3629") sits in the top margin;
* pleading-paper margin numbers are integers 1-28 in a column left of the
  text, increasing down the page; each text line beside one gets its number
  as ``pleading_line``;
* running headers sit above the top margin, footers below the last numbered
  line (or in the bottom margin);
* rotated text (court legends and law-firm sidebars in the margin) is page
  furniture, never body text.

Nothing is deleted: furniture becomes labelled lines, ordered after the page's
own text where it would otherwise split a sentence, so a check reading the
``body`` scope sees running prose while ``describe`` can still read the stamp
and the footer.
"""

from __future__ import annotations

import re
import statistics

from ..model import BBox
from ..recognise.ecf_stamp import looks_like_stamp
from ._build import RawLine, RawWord

_NUMBER = re.compile(r"^\d{1,2}$")
_PAGE_NUMBER = re.compile(r"^(?:-\s*\d{1,4}\s*-|(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|[ivxlc]{1,6})$", re.I)

#: Furniture bands, in points, measured from the page edge.
TOP_BAND = 50.0
BOTTOM_BAND = 50.0


def classify_page(
    lines: list[tuple[RawLine, bool]], width: float, height: float
) -> tuple[list[RawLine], tuple[tuple[int, BBox], ...]]:
    """Return the page's lines in reading order with regions set, and the margin numbers."""
    margin_limit = 0.2 * width
    candidates: list[tuple[int, BBox]] = []
    rest: list[tuple[RawLine, bool]] = []
    for line, rotated in lines:
        if not rotated and line.bbox is not None:
            split = _split_margin_number(line, margin_limit)
            if split is not None:
                number, remainder = split
                candidates.append(number)
                if remainder is not None:
                    rest.append((remainder, rotated))
                continue
        rest.append((line, rotated))

    numbers = _pleading_numbers(candidates)
    if not numbers:
        # Not pleading paper: the "numbers" were ordinary text (a table column).
        rest = list(lines)
    pitch = _pitch(numbers)

    stamp: list[RawLine] = []
    header: list[RawLine] = []
    footer: list[RawLine] = []
    body: list[RawLine] = []
    last_number_bottom = numbers[-1][1][3] if numbers else None
    for line, rotated in rest:
        box = line.bbox
        if box is None:
            body.append(line)
            continue
        if looks_like_stamp(line.text) and (box[1] < 0.2 * height or box[3] > 0.85 * height):
            line.region = "ecf-stamp"
            stamp.append(line)
        elif rotated:
            line.region = "header"
            header.append(line)
        elif box[3] <= TOP_BAND:
            line.region = "header"
            header.append(line)
        elif _is_page_number(line, width, height):
            line.region = "footer"
            footer.append(line)
        elif (last_number_bottom is not None and box[1] > last_number_bottom + 0.6 * pitch) or (
            box[1] >= height - BOTTOM_BAND
        ):
            line.region = "footer"
            footer.append(line)
        else:
            body.append(line)

    if numbers:
        for line in body:
            line.pleading_line = _nearest_number(line.bbox, numbers, pitch)
    body = _reading_order(body)
    ordered = (
        sorted(stamp, key=_top)
        + sorted(header, key=_top)
        + body
        + sorted(footer, key=_top)
    )
    if numbers:
        ordered.append(_numbers_line(numbers))
    return ordered, tuple(numbers)


def _is_page_number(line: RawLine, width: float, height: float) -> bool:
    """A lone page number centred in the bottom sixth of the page."""
    box = line.bbox
    if box[1] < height * 5 / 6 or not _PAGE_NUMBER.match(line.text.strip()):
        return False
    centre = (box[0] + box[2]) / 2
    return abs(centre - width / 2) < 0.15 * width or box[0] > 0.75 * width


def _top(line: RawLine) -> float:
    return line.bbox[1] if line.bbox else 0.0


def _split_margin_number(line: RawLine, limit: float):
    """(number, remainder line or None) when the line starts with a margin number."""
    first = line.words[0] if line.words else None
    if first is None or first.bbox is None or not _NUMBER.match(first.text):
        return None
    value = int(first.text)
    if not 1 <= value <= 28 or first.bbox[2] > limit:
        return None
    if len(line.words) == 1:
        return (value, first.bbox), None
    nxt = line.words[1]
    if nxt.bbox is None or nxt.bbox[0] - first.bbox[2] < 12:
        return None  # "1 Plaintiff" set in running text, not a margin number
    return (value, first.bbox), _drop_first_word(line)


def _drop_first_word(line: RawLine) -> RawLine:
    words = line.words[1:]
    shift = words[0].offset
    new_words = [RawWord(w.text, w.offset - shift, w.bbox, w.size, w.font) for w in words]
    return RawLine(
        text=line.text[shift:],
        region=line.region,
        bbox=(
            min(w.bbox[0] for w in new_words),
            min(w.bbox[1] for w in new_words),
            max(w.bbox[2] for w in new_words),
            max(w.bbox[3] for w in new_words),
        ),
        size=line.size,
        font=line.font,
        words=new_words,
        bold=line.bold,
    )


def _pleading_numbers(candidates: list[tuple[int, BBox]]) -> list[tuple[int, BBox]]:
    """The longest run of numbers that increase as they go down the page.

    Pleading paper prints 1-28 (transcripts 1-25) in a column; at least ten in
    order are required before a page counts as numbered.
    """
    if len(candidates) < 10:
        return []
    ordered = sorted(candidates, key=lambda c: c[1][1])
    # Keep numbers of the dominant column (same right edge, within a few points).
    right = statistics.median(c[1][2] for c in ordered)
    column = [c for c in ordered if abs(c[1][2] - right) < 12]
    best: list[tuple[int, BBox]] = []
    run: list[tuple[int, BBox]] = []
    for c in column:
        if run and c[0] == run[-1][0] + 1:
            run.append(c)
        elif run and c[0] == run[-1][0]:
            continue  # drawn twice
        else:
            if len(run) > len(best):
                best = run
            run = [c]
    if len(run) > len(best):
        best = run
    return best if len(best) >= 10 else []


def _pitch(numbers: list[tuple[int, BBox]]) -> float:
    if len(numbers) < 2:
        return 24.0
    gaps = [b[1][1] - a[1][1] for a, b in zip(numbers, numbers[1:]) if b[1][1] > a[1][1]]
    return statistics.median(gaps) if gaps else 24.0


def _nearest_number(box: BBox | None, numbers, pitch: float) -> int | None:
    if box is None:
        return None
    # Compare baselines (bottoms): margin numbers share the text's baseline.
    y = box[3]
    best, best_d = None, 0.6 * pitch
    for value, nbox in numbers:
        d = abs(nbox[3] - y)
        if d < best_d:
            best, best_d = value, d
    return best


def _reading_order(body: list[RawLine]) -> list[RawLine]:
    """Content-stream order, unless the stream jumps around the page.

    Word processors draw text top to bottom, and keeping their order keeps a
    two-column caption's columns whole. Some producers draw lines out of order;
    then lines are sorted by position.
    """
    boxed = [line for line in body if line.bbox is not None]
    if len(boxed) < 3:
        return body
    backward = sum(1 for a, b in zip(boxed, boxed[1:]) if b.bbox[1] < a.bbox[1] - 4)
    if backward <= max(2, len(boxed) // 5):
        return body
    return sorted(body, key=lambda line: (round(line.bbox[1] / 3) if line.bbox else 0, line.bbox[0] if line.bbox else 0))


def _numbers_line(numbers: list[tuple[int, BBox]]) -> RawLine:
    words: list[RawWord] = []
    parts: list[str] = []
    cursor = 0
    for value, box in numbers:
        if parts:
            parts.append(" ")
            cursor += 1
        token = str(value)
        words.append(RawWord(token, cursor, box))
        parts.append(token)
        cursor += len(token)
    return RawLine(
        text="".join(parts),
        region="line-numbers",
        bbox=(
            min(b[0] for _, b in numbers),
            min(b[1] for _, b in numbers),
            max(b[2] for _, b in numbers),
            max(b[3] for _, b in numbers),
        ),
        words=words,
    )
