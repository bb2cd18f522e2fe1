"""One self-contained HTML file: each page drawn, each finding boxed on it, the list beside it.

For a PDF every page is rendered to a PNG (pypdfium2), embedded as base64,
with a translucent box over each finding's place; the list of findings beside
the pages links each finding to its box and back. For text, Markdown and
DOCX, the extracted text is shown line by line with the finding lines marked.
No scripts, fonts or images are fetched: the file opens offline, and can be
mailed or attached to a matter.

Boxes are placed in percent of the page, so they stay on the text at any zoom.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable

from .. import __version__
from ..api import Result
from ..findings import Finding
from . import summary

SCALE = 1.5  # render scale: 108 dpi, legible at a glance
MAX_PAGES = 60  # beyond this, only pages with findings are drawn
_COLORS = {"error": "#d62828", "warning": "#e09f00", "info": "#2a6fdb"}

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#f3f3f5}
header{padding:14px 24px;background:#1d1d1f;color:#fff}
header h1{font-size:18px;margin:0}
section.doc{padding:16px 24px;border-bottom:1px solid #ccc}
section.doc h2{font-size:17px;margin:0 0 4px;word-break:break-all}
.ctx{color:#555;margin:0 0 10px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:20px;align-items:start}
.pages figure{position:relative;margin:0 0 18px;background:#fff;box-shadow:0 1px 4px #0003}
.pages img{display:block;width:100%;height:auto}
.pages figcaption{position:absolute;right:6px;bottom:4px;font-size:12px;color:#777}
a.box{position:absolute;display:block;border:2px solid;border-radius:2px}
a.box:target,a.box:hover{outline:3px solid #000a}
a.box.error{border-color:#d62828;background:#d6282833}
a.box.warning{border-color:#e09f00;background:#e09f0033}
a.box.info{border-color:#2a6fdb;background:#2a6fdb33}
ol.findings{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;margin:0;padding:0;list-style:none}
ol.findings li{background:#fff;margin:0 0 8px;padding:8px 10px;border-left:5px solid;box-shadow:0 1px 3px #0002}
ol.findings li:target{outline:2px solid #000a}
ol.findings li.error{border-color:#d62828}
ol.findings li.warning{border-color:#e09f00}
ol.findings li.info{border-color:#2a6fdb}
.sev{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.04em}
.error .sev{color:#d62828}.warning .sev{color:#a87700}.info .sev{color:#2a6fdb}
.where{float:right;font-size:12px}
q{display:block;color:#444;font-style:italic;margin:4px 0}
.rule{font-size:12px;color:#555;word-break:break-word}
pre.text{background:#fff;padding:8px 0;margin:0;white-space:pre-wrap;box-shadow:0 1px 4px #0003;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
pre.text span.line{display:block;padding:0 10px 0 5em;text-indent:-5em}
pre.text span.ln{display:inline-block;text-indent:0;width:4em;color:#999;text-align:right;margin-right:1em;user-select:none}
pre.text span.line.error{background:#d6282826}pre.text span.line.warning{background:#e09f0026}pre.text span.line.info{background:#2a6fdb26}
pre.text span.line:target{outline:2px solid #000a}
.errors{color:#8a1c7c}
.clean{color:#1b7f3b}
"""


def render(results: Iterable[Result]) -> str:
    results = list(results)
    totals = summary(f for r in results for f in r.findings)
    body = [_document(i, r) for i, r in enumerate(results, 1)]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>courtlint report</title><style>{_CSS}</style></head><body>"
        f"<header><h1>courtlint {_e(__version__)}: {len(results)} document{'s' if len(results) != 1 else ''}, "
        f"{_e(totals)}</h1></header>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _document(i: int, result: Result) -> str:
    doc_id = f"d{i}"
    out = [f'<section class="doc" id="{doc_id}"><h2>{_e(result.path)}</h2>']
    ctx = result.context
    if ctx is not None:
        facts = [v for v in (ctx.court and ctx.court.upper(), ctx.case_number_as_printed or ctx.case_number,
                             ctx.doc_type and ctx.doc_type.replace("_", " ")) if v]
        out.append(f'<p class="ctx">{_e(" · ".join(facts))}</p>')
    for error in result.errors:
        out.append(f'<p class="errors">Cannot read: {_e(error["message"])} ({_e(error["code"])})</p>')
    findings = list(result.findings)
    if not findings and not result.errors:
        out.append('<p class="clean">No problems found.</p>')
    view = _pdf_view(doc_id, result.path, findings) if result.path.lower().endswith(".pdf") else None
    if view is None and not result.unreadable:
        view = _text_view(doc_id, result.path, findings)
    out.append(f'<div class="layout"><div class="pages">{view or ""}</div>{_finding_list(doc_id, findings)}</div>')
    out.append("</section>")
    return "".join(out)


def _finding_list(doc_id: str, findings: list[Finding]) -> str:
    items = []
    for k, f in enumerate(findings, 1):
        sev = str(f.severity)
        target = _anchor(doc_id, k, f)
        where = _e(_where(f))
        link = f'<a class="where" href="#{target}">{where}</a>' if target else f'<span class="where">{where}</span>'
        excerpt = f"<q>{_e(f.excerpt)}</q>" if f.excerpt else ""
        items.append(
            f'<li class="{sev}" id="{doc_id}-item{k}">{link}<span class="sev">{sev}</span> {_e(f.message)}{excerpt}'
            f'<div class="rule"><a href="{_e(f.docs_url)}">{_e(f.rule)}</a> · '
            f'<a href="{_e(f.source.url)}">{_e(f.source.cite)}</a></div></li>'
        )
    return f'<ol class="findings">{"".join(items)}</ol>'


def _anchor(doc_id: str, k: int, f: Finding) -> str | None:
    loc = f.location
    if loc is None:
        return None
    if loc.page is not None and loc.bbox is not None:
        return f"{doc_id}-f{k}"
    return f"{doc_id}-L{loc.line}"


def _where(f: Finding) -> str:
    loc = f.location
    if loc is None:
        return "whole document"
    if loc.page is not None:
        return f"page {loc.page}" + (f", line {loc.pleading_line}" if loc.pleading_line else "")
    return f"line {loc.line}"


# ---- PDF: pages as images, boxes on them -------------------------------------


def _pdf_view(doc_id: str, path: str, findings: list[Finding]) -> str | None:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        boxed: dict[int, list[tuple[int, Finding]]] = {}
        for k, f in enumerate(findings, 1):
            if f.location is not None and f.location.page is not None and f.location.bbox is not None:
                boxed.setdefault(f.location.page, []).append((k, f))
        pages = range(1, len(pdf) + 1)
        if len(pdf) > MAX_PAGES:
            pages = sorted(set(boxed) | {1})
        figures = [_page_figure(doc_id, pdf[n - 1], n, boxed.get(n, [])) for n in pages]
        if len(pdf) > MAX_PAGES:
            figures.append(f"<p>{len(pdf) - len(pages)} pages without findings are not shown.</p>")
        return "".join(figures)
    finally:
        pdf.close()


def _page_figure(doc_id: str, page, number: int, findings: list[tuple[int, Finding]]) -> str:
    image = page.render(scale=SCALE, grayscale=True).to_pil()
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=True)
    data = base64.b64encode(png.getvalue()).decode("ascii")
    geometry = page_geometry(page)
    boxes = []
    for k, f in findings:
        left, top, width, height = box_percent(f.location.bbox, geometry)
        boxes.append(
            f'<a class="box {f.severity}" id="{doc_id}-f{k}" href="#{doc_id}-item{k}" title="{_e(f.message)}" '
            f'data-bbox="{",".join(f"{v:.2f}" for v in f.location.bbox)}" '
            f'style="left:{left:.3f}%;top:{top:.3f}%;width:{width:.3f}%;height:{height:.3f}%"></a>'
        )
    return (
        f'<figure id="{doc_id}-p{number}"><img alt="Page {number}" width="{image.width}" height="{image.height}" '
        f'src="data:image/png;base64,{data}">{"".join(boxes)}<figcaption>page {number}</figcaption></figure>'
    )


def page_geometry(page) -> tuple[float, float, float, float, int]:
    """(crop x0, crop top, crop width, crop height, rotation) in the model's frame.

    The model measures from the media box's top-left; a page image shows the
    crop box, turned by the page's rotation.
    """
    m_left, _m_bottom, _m_right, m_top = page.get_mediabox()
    c_left, c_bottom, c_right, c_top = page.get_cropbox()
    return (c_left - m_left, m_top - c_top, c_right - c_left, c_top - c_bottom, page.get_rotation() % 360)


def box_percent(bbox, geometry) -> tuple[float, float, float, float]:
    """A model box as (left, top, width, height) in percent of the page image."""
    cx, cy, cw, ch, rotation = geometry
    x0, t, x1, b = bbox[0] - cx, bbox[1] - cy, bbox[2] - cx, bbox[3] - cy

    def turn(u: float, v: float) -> tuple[float, float]:  # clockwise, as viewers show it
        if rotation == 90:
            return ch - v, u
        if rotation == 180:
            return cw - u, ch - v
        if rotation == 270:
            return v, cw - u
        return u, v

    (ax, ay), (bx, by) = turn(x0, t), turn(x1, b)
    width, height = (ch, cw) if rotation in (90, 270) else (cw, ch)
    left, top = min(ax, bx), min(ay, by)
    return (100 * left / width, 100 * top / height, 100 * abs(bx - ax) / width, 100 * abs(by - ay) / height)


# ---- text, Markdown, DOCX: the extracted text, finding lines marked ----------


def _text_view(doc_id: str, path: str, findings: list[Finding]) -> str | None:
    from ..extract import InputError, extract

    try:
        text = extract(path).text
    except (InputError, OSError):
        return None
    worst: dict[int, str] = {}
    rank = {"info": 1, "warning": 2, "error": 3}
    for f in findings:
        loc = f.location
        if loc is None:
            continue
        last = loc.line + text.count("\n", loc.start, max(loc.start, loc.end - 1))
        for n in range(loc.line, last + 1):
            sev = str(f.severity)
            if rank[sev] > rank.get(worst.get(n, ""), 0):
                worst[n] = sev
    rows = []
    for n, line in enumerate(text.split("\n")[: text.count("\n")] or [text], 1):
        cls = f"line {worst[n]}" if n in worst else "line"
        rows.append(f'<span class="{cls}" id="{doc_id}-L{n}"><span class="ln">{n}</span>{_e(line)}</span>')
    return f'<pre class="text">{"".join(rows)}</pre>'


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
