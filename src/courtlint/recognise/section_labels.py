"""Section labels: how a heading or a numbered paragraph is numbered.

``LABEL`` is the full grammar ("II.", "B.", "1.2", "II.B.", "Section 3.",
"§ 4", "(a)"); ``SECTION_NUMBER`` is its compact form, a regular-expression
source other readers embed before the headings they look for ("II.", "B.",
"3."). ``split_label`` takes the labels off a line, stacked ones and a
pleading-paper line number left in front included.
"""

from __future__ import annotations

import regex

from ..lazy_pattern import lazy

#: A heading's section number, to embed in another pattern: ``II.``, ``B.``, ``3.``.
SECTION_NUMBER = r"(?:[IVX]+\.|[A-H]\.|\d{1,2}\.)"

#: A numbering label at the start of a heading or paragraph:
#: "B.", "II.", "6.", "1.2", "1.2.", "II.B.", "(a)", "(iv)", "A)", "Section 3.", "§ 4".
LABEL = lazy(
    r"""^\s*(?:
        (?:Section|Article|Part|Paragraph)\s+[0-9IVXLC]+(?:\.\d+)*[.:]?
      | §+\s*\d+(?:\.\d+)*\.?
      | \d{1,2}(?:\.\d{1,2})+\.?
      | [IVXLC]{1,6}\.[A-Z](?:\.\d{1,2})*\.?
      | (?:\d{1,2}|[A-Z]|[IVXLC]{1,6})[.)]
      | \(\s*(?:\d{1,2}|[a-zA-Z]|[ivxlc]{1,6})\s*\)
    )(?=\s|$)\s*""",
    regex.VERBOSE,
)

#: A pleading-paper line number left at the start of a line ("12   B. GOOD CAUSE"),
#: or a bare section number before capitals ("4 CONFIDENTIAL INFORMATION").
_BARE_NUMBER = lazy(r"^\s*\d{1,2}\s+(?=\S)")


def split_label(text: str) -> tuple[str, str]:
    """("1.2", "Good Cause Statement") from "1.2 Good Cause Statement"; also
    outline labels stacked after a line number or each other ("12 B.", "1. A.")."""
    labels, rest = [], text
    bare = _BARE_NUMBER.match(rest)
    if bare and (LABEL.match(rest[bare.end():]) or rest[bare.end():][:2].isupper()):
        labels.append(bare.group(0).strip())
        rest = rest[bare.end():]
    for _ in range(2):
        m = LABEL.match(rest)
        if not m:
            break
        labels.append(m.group(0).strip())
        rest = rest[m.end():]
    return " ".join(labels), " ".join(rest.split())
