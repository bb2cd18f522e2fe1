"""What courtlint understood of a document, for ``courtlint describe``.

The case values ``describe()`` read (court, case number, judges, type,
title) with where each came from, and the parts the structure stage found,
with the page and pleading lines each covers. JSON for tools, text for
people checking why a rule did or did not run.
"""

from __future__ import annotations

import json

from ..context import Context
from ..model import Document
from ..structure import Structure

_VALUES = ("court", "case_number", "district_judge", "magistrate_judge", "doc_type", "title")
_LABELS = {
    "court": "court",
    "case_number": "case number",
    "district_judge": "district judge",
    "magistrate_judge": "magistrate judge",
    "doc_type": "type",
    "title": "title",
}
_EXCERPT = 60


def understanding(doc: Document, ctx: Context, structure: Structure) -> dict:
    """The JSON object ``courtlint describe --format json`` prints for one document."""
    values = {}
    for name in _VALUES:
        value = getattr(ctx, name)
        values[name] = {"value": value, "origin": ctx.origins.get(name, "unknown") if value is not None else None}
    if ctx.case_number_as_printed:
        values["case_number"]["as_printed"] = ctx.case_number_as_printed
    return {
        "path": doc.path,
        "format": doc.format,
        "pages": len(doc.pages) or None,
        "pleading_paper": ctx.pleading_paper,
        "body_font_size_pt": ctx.body_font_size_pt,
        **values,
        "facets": sorted(ctx.facets),
        "confidence": ctx.confidence,
        "evidence": list(ctx.evidence),
        "parts": _parts(doc, structure),
    }


def _parts(doc: Document, structure: Structure) -> list[dict]:
    parts = []

    def add(kind: str, lines: range | list[int]) -> None:
        lines = [i for i in lines if doc.lines[i].text.strip()]
        if lines:
            first, last = doc.lines[lines[0]], doc.lines[lines[-1]]
            parts.append(
                {
                    "part": kind,
                    "page": first.page,
                    "end_page": last.page,
                    "lines": [lines[0] + 1, lines[-1] + 1],
                    "pleading_lines": [first.pleading_line, last.pleading_line],
                    "text": _excerpt(first.text),
                }
            )

    counsel = structure.counsel_block or []
    add("counsel block", [doc.lines.index(ln) for ln in counsel])
    if structure.court_title_index is not None:
        add("court title", [structure.court_title_index])
    if structure.caption_range is not None:
        add("caption", structure.caption_range)
        add("body", range(structure.caption_range.stop, structure.attachments_start or len(doc.lines)))
    for block in structure.signature_blocks:
        add("signature block", block)
    for section in structure.service_sections:
        add("certificate of service", section)
    if structure.attachments_start is not None:
        add("attachments", range(structure.attachments_start, len(doc.lines)))
    for page in doc.pages:
        add("footer", [doc.line_index_at(ln.span.start) for ln in structure.footer_lines(page.number)])
    parts.sort(key=lambda p: (p["lines"][0], p["part"]))
    return parts


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def render_json(items: list[dict]) -> str:
    return json.dumps({"documents": items}, indent=2, ensure_ascii=False) + "\n"


def render_text(items: list[dict]) -> str:
    out = []
    for item in items:
        out.append(item["path"])
        if "error" in item:
            out.append(f"  cannot read: {item['error']['message']} [{item['error']['code']}]")
            out.append("")
            continue
        for name in _VALUES:
            entry = item[name]
            value = entry["value"] if entry["value"] is not None else "-"
            origin = f"  ({entry['origin']})" if entry["origin"] else ""
            printed = f"  printed {entry['as_printed']!r}" if entry.get("as_printed") else ""
            out.append(f"  {_LABELS[name]:<17} {value}{origin}{printed}")
        if item["facets"]:
            out.append(f"  {'facets':<17} {', '.join(item['facets'])}")
        if item["confidence"] is not None:
            out.append(f"  {'confidence':<17} {item['confidence']:.2f}")
        for reason in item["evidence"]:
            out.append(f"  {'':<17} - {reason}")
        layout = [f"{item['format']}"]
        if item["pages"]:
            layout.append(f"{item['pages']} pages")
        if item["pleading_paper"]:
            layout.append("pleading paper")
        if item["body_font_size_pt"]:
            layout.append(f"body {item['body_font_size_pt']:g} pt")
        out.append(f"  {'layout':<17} {', '.join(layout)}")
        out.append("  parts")
        for part in item["parts"]:
            out.append(f"    {_where(part):<22} {part['part']:<23} {part['text']}")
        out.append("")
    return "\n".join(out)


def _where(part: dict) -> str:
    if part["page"] is None:
        first, last = part["lines"]
        return f"line {first}" if first == last else f"lines {first}-{last}"
    where = f"p. {part['page']}"
    start, end = part["pleading_lines"]
    if start is not None:
        where += f":{start}"
    if part["end_page"] != part["page"]:
        where += f" to p. {part['end_page']}"
    elif end is not None and end != start:
        where += f"-{end}"
    return where
