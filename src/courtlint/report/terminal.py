"""The terminal report: findings grouped by document and page, for a lawyer to read.

Each finding shows where it is (page, pleading line), what is wrong, the text
it is about, and the rule and its source, so the reader can fix the draft
without looking anything up.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ..api import Result

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def where(finding) -> str:
    loc = finding.location
    if loc is None:
        return "whole document"
    if loc.page is None:
        return f"line {loc.line}"
    if loc.pleading_line is not None:
        return f"page {loc.page}, line {loc.pleading_line}"
    return f"page {loc.page}"


def render(results: Iterable[Result], console: Console) -> dict[str, int]:
    """Print the report; return the totals by severity."""
    totals = {"error": 0, "warning": 0, "info": 0, "unreadable": 0, "documents": 0}
    for result in results:
        totals["documents"] += 1
        header = Text(result.path, style="bold underline")
        ctx = result.context
        if ctx is not None:
            facts = [v for v in (ctx.court and ctx.court.upper(), ctx.case_number_as_printed or ctx.case_number,
                                 ctx.doc_type and ctx.doc_type.replace("_", " ")) if v]
            if facts:
                header.append("  " + " · ".join(facts), style="dim")
        console.print(header)
        for error in result.errors:
            console.print(f"  [bold magenta]cannot read[/] {escape(error['message'])} [dim]({error['code']})[/]")
        if result.unreadable:
            totals["unreadable"] += 1
        if not result.findings and not result.errors:
            console.print("  [green]no problems found[/]")
        last_place = None
        for f in result.findings:
            totals[str(f.severity)] += 1
            place = where(f)
            if place != last_place:
                console.print(f"  [bold]{place}[/]")
                last_place = place
            sev = str(f.severity)
            console.print(f"    [{_STYLE[sev]}]{sev:<7}[/] {escape(f.message)}")
            if f.excerpt:
                console.print(f"            [dim]“{escape(f.excerpt)}”[/]")
            console.print(f"            [dim]{f.rule} · {escape(f.source.cite)} · {f.source.url}[/]")
        console.print()
    summary = ", ".join(f"{totals[k]} {k}{'s' if totals[k] != 1 and k != 'info' else ''}" for k in ("error", "warning", "info"))
    console.print(f"[bold]{totals['documents']} document{'s' if totals['documents'] != 1 else ''}:[/] {summary}"
                  + (f", {totals['unreadable']} unreadable" if totals["unreadable"] else ""))
    return totals
