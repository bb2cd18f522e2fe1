"""One Markdown renderer for rule pages, used by ``courtlint rule ID`` and ``courtlint docs``.

``courtlint docs`` also writes the pages of courtlint's own findings, which no
pack defines (``courtlint.internal-error`` links to the crashed rule's page).
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from pathlib import Path

from .outputs import write_text
from .packs import Pack, Rule


def rule_page(rule: Rule) -> str:
    applies = rule.applies_to.to_dict()
    badges = [f"`{rule.id}`", rule.severity.value, rule.status]
    if "courts" in applies:
        badges.append("courts: " + ", ".join(applies["courts"]))
    if "doc_types" in applies:
        badges.append("documents: " + ", ".join(d.replace("_", " ") for d in applies["doc_types"]))
    if "facets" in applies:
        badges.append("only papers that are: " + " and ".join(g.replace("|", " or ").replace("_", " ") for g in applies["facets"]))
    if "without_facets" in applies:
        badges.append("not papers that are: " + ", ".join(f.replace("_", " ") for f in applies["without_facets"]))
    if "magistrate_judges" in applies:
        badges.append("magistrate judges: " + ", ".join(applies["magistrate_judges"]))
    if "requires" in applies:
        badges.append("needs: " + ", ".join(applies["requires"]))
    out = [f"# {rule.title}", "", " · ".join(badges), "", "## What it checks", ""]
    out.append(f"Check kind `{rule.kind.name}` with:")
    out.append("")
    for key, value in rule.raw_params.items():
        shown = value if not isinstance(value, (list, dict)) or len(str(value)) < 200 else "(see rule file)"
        out.append(f"- `{key}`: `{shown}`")
    if not rule.raw_params:
        out.append("- (no parameters)")
    out += ["", f"Message: {rule.message}", "", "## Why it matters", "", rule.rationale, ""]
    for o in rule.overrides:
        out.append(f"Severity is {o.severity.value} when {o.applies_to.to_dict()}.")
    out += ["## Flagged", ""]
    out += _examples(rule, "fail")
    out += ["## Accepted", ""]
    out += _examples(rule, "pass")
    out += ["## Source", "", f"{rule.source.cite}: <{rule.source.url}>"]
    if rule.source.quote:
        out += ["", f"> {rule.source.quote}"]
    out.append("")
    return "\n".join(out)


def _examples(rule: Rule, verdict: str) -> list[str]:
    out = []
    for ex in rule.examples:
        if ex.verdict != verdict:
            continue
        if ex.note:
            out.append(f"*{ex.note}*")
            out.append("")
        if ex.context:
            out.append("Context: " + ", ".join(f"{k}={v}" for k, v in ex.context.items()))
            out.append("")
        if ex.text is not None:
            out += ["```text", ex.text.rstrip("\n"), "```", ""]
        else:
            out += [f"File: `{ex.file}`", ""]
    return out


def kind_page(kind) -> str:
    out = [f"# Check kind `{kind.name}`", "", kind.doc, "", "| parameter | type | default |", "| --- | --- | --- |"]
    for f in fields(kind.module.Params):
        if f.default is not MISSING:
            default = f"`{f.default!r}`"
        elif f.default_factory is not MISSING:
            default = f"`{f.default_factory()!r}`"
        else:
            default = "required"
        out.append(f"| `{f.name}` | `{f.type}` | {default} |")
    return "\n".join(out) + "\n"


#: Findings the engine itself makes: (slug, title, page body). Their docs_url is rules/courtlint/<slug>/.
ENGINE_FINDINGS = (
    (
        "no-court-rules",
        "No loaded rule pack covers the document's court",
        """\
`courtlint.no-court-rules` · info · made by courtlint itself, not by a pack

## What it checks

The document's court (read from its caption, CM/ECF stamp or footer, or given with `--court` or
`court` in the config) is compared with the courts the loaded rule packs are written for. When no
loaded rule names that court in its `applies_to.courts`, or no court was detected at all, the
document gets this one finding, without a location. Its message names the court (or says none was
detected) and the court-independent packs that did run (of the built-in packs, `frcp` and
`redaction`). The selection (`--select`) does not change it: it says what the loaded packs can do.

## Why it matters

Without it, a filing for the District of Massachusetts, or a draft whose caption courtlint cannot
read, lints "clean" because none of the local rules and standing orders courtlint knows apply to
it. A clean result would then be read as compliance it never checked.

## What to do

Name the court with `--court` (or `court = "..."` in `courtlint.toml`) if it was not detected. If
courtlint has no pack for your court, add one with `--pack DIR`. To silence the note, ignore it
by its id: `--ignore courtlint.no-court-rules` or `ignore = ["courtlint.no-court-rules"]`.
""",
    ),
)


def write_docs(packs: list[Pack], out_dir: str | Path) -> list[Path]:
    """Write docs/rules/<pack>/<slug>.md, a pack index, courtlint's own findings' pages and a global index."""
    out_dir = Path(out_dir)
    written = []
    index = ["# Rules", "", "| rule | severity | title |", "| --- | --- | --- |"]
    for pack in packs:
        pack_dir = out_dir / pack.name
        pack_dir.mkdir(parents=True, exist_ok=True)
        lines = [f"# {pack.title}", "", f"Source: {pack.source.cite} <{pack.source.url}>", "",
                 "| rule | severity | title |", "| --- | --- | --- |"]
        for rule in pack.rules:
            page = pack_dir / f"{rule.slug}.md"
            write_text(page, rule_page(rule))
            written.append(page)
            row = f"| [{rule.id}]({pack.name}/{rule.slug}.md) | {rule.severity.value} | {rule.title} |"
            index.append(row)
            lines.append(row.replace(f"({pack.name}/", "("))
        if pack.coverage:
            lines += ["", "## Coverage of the source", "", "| section | requirement | status | rules / why not |",
                      "| --- | --- | --- | --- |"]
            for entry in pack.coverage:
                detail = ", ".join(f"`{r}`" for r in entry.rules) or ""
                if entry.why:
                    detail = (detail + "; " if detail else "") + entry.why
                lines.append(f"| {entry.section} | {entry.requirement} | {entry.status} | {detail} |")
        write_text(pack_dir / "index.md", "\n".join(lines) + "\n")
        written.append(pack_dir / "index.md")
    (out_dir / "courtlint").mkdir(parents=True, exist_ok=True)
    for slug, title, body in ENGINE_FINDINGS:
        page = out_dir / "courtlint" / f"{slug}.md"
        write_text(page, f"# {title}\n\n{body}")
        written.append(page)
        index.append(f"| [courtlint.{slug}](courtlint/{slug}.md) | info | {title} |")
    write_text(out_dir / "index.md", "\n".join(index) + "\n")
    written.append(out_dir / "index.md")
    return written
