"""Command line: ``courtlint check | rules | rule ID | docs OUT | lsp``.

Exit codes (DESIGN.md section 6): 0 clean; 1 a finding at or above
``--fail-on``; 2 a usage error (an unknown rule, pack, court or document type
included), a broken rule pack or config, an output that would overwrite an
input, or an input that could not be read (the other inputs are still linted
and reported) or was read or checked only in part (a damaged page skipped,
the time limit reached: its findings are reported, but a clean exit would
vouch for pages and rules that went unchecked).
"""

from __future__ import annotations

import argparse
import io
import os
import sys

from . import __version__
from .context import DOC_TYPES
from .lazy_pattern import USER_TIMEOUT
from .limits import Limits
from .report import FORMATS

#: Seconds an editor waits for one lint before the server abandons it.
LSP_TIMEOUT = 60.0

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_RANK = {"info": 1, "warning": 2, "error": 3}


def _csv(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or ():
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="courtlint",
        description="Lint court filings (PDF, DOCX, text) against local rules and judges' orders.",
    )
    parser.add_argument("--version", action="version", version=f"courtlint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="lint files or directories")
    check.add_argument("paths", nargs="+", metavar="PATH", help="PDF, DOCX, TXT or MD files, or directories")
    check.add_argument("--court", help="court id, e.g. cand or cacd (default: detected)")
    check.add_argument("--judge", help="assigned district judge's initials, e.g. WHA")
    check.add_argument("--referred-to", metavar="INITIALS", help="magistrate judge the matter is referred to, e.g. JCS")
    check.add_argument("--case-number", help="the case number, e.g. 3:19-cv-04321")
    check.add_argument("--doc-type", choices=DOC_TYPES, help="override the detected document type")
    check.add_argument("--format", choices=FORMATS, default="text",
                       help="text (default), json, sarif (code scanning), github (Actions annotations), html")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    check.add_argument("--annotate", metavar="OUT.pdf",
                       help="also write a copy of the (single) input PDF with each finding highlighted")
    check.add_argument("--select", action="append", metavar="RULES", help="only these rules (ids, packs or slugs, comma-separated)")
    check.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules (ids, packs or slugs)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), help="exit 1 at or above this severity (default error)")
    check.add_argument("--pack", action="append", metavar="DIR", help="an extra rule-pack directory (repeatable)")
    check.add_argument("--jobs", type=int, help="parallel processes for many files (default: one per CPU)")
    check.add_argument("--no-config", action="store_true", help="ignore courtlint.toml / pyproject.toml")
    check.add_argument("--timeout", type=_seconds, default=Limits.seconds, metavar="SECONDS",
                       help=f"time limit per document (default {Limits.seconds:g}; 0: none)")
    check.add_argument("--regex-timeout", type=_seconds, default=USER_TIMEOUT, metavar="SECONDS",
                       help=f"time limit of one match with a --pack pattern (default {USER_TIMEOUT:g}; 0: none)")

    described = sub.add_parser("describe", help="show what courtlint reads in a document: case, type, parts")
    described.add_argument("paths", nargs="+", metavar="PATH", help="PDF, DOCX, TXT or MD files, or directories")
    described.add_argument("--court", help="court id, e.g. cand or cacd (default: detected)")
    described.add_argument("--judge", help="assigned district judge's initials, e.g. WHA")
    described.add_argument("--referred-to", metavar="INITIALS", help="magistrate judge the matter is referred to")
    described.add_argument("--case-number", help="the case number, e.g. 3:19-cv-04321")
    described.add_argument("--doc-type", choices=DOC_TYPES, help="override the detected document type")
    described.add_argument("--format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--pack", action="append", metavar="DIR")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    rule = sub.add_parser("rule", help="explain one rule")
    rule.add_argument("rule_id", metavar="ID", help="full id, or slug when unique")
    rule.add_argument("--pack", action="append", metavar="DIR")

    docs = sub.add_parser("docs", help="write a Markdown page for every rule")
    docs.add_argument("out", metavar="OUT", help="output directory, e.g. docs/rules")
    docs.add_argument("--pack", action="append", metavar="DIR")

    lsp = sub.add_parser("lsp", help="run the language server on standard input/output")
    lsp.add_argument("--pack", action="append", metavar="DIR", help="an extra rule-pack directory (repeatable)")
    lsp.add_argument("--timeout", type=_seconds, default=LSP_TIMEOUT, metavar="SECONDS",
                     help=f"time limit per lint; a lint still running after it is abandoned (default {LSP_TIMEOUT:g})")
    lsp.add_argument("--regex-timeout", type=_seconds, default=USER_TIMEOUT, metavar="SECONDS",
                     help=f"time limit of one match with a --pack pattern (default {USER_TIMEOUT:g}; 0: none)")
    return parser


def _seconds(value: str) -> float | None:
    seconds = float(value)
    if seconds < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return seconds or None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "describe":
            return _describe(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "rule":
            return _rule(args)
        if args.command == "docs":
            return _docs(args)
        if args.command == "lsp":
            return _lsp(args)
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR


def _describe(args) -> int:
    from .api import case_overrides, expand_paths, internal_error
    from .describe import describe
    from .extract import InputError, extract
    from .report.understanding import render_json, render_text, understanding
    from .structure import Structure
    from .validate import UnknownName, check_court

    overrides = case_overrides(
        court=args.court, case_number=args.case_number, judge=args.judge, referred_to=args.referred_to, doc_type=args.doc_type
    )
    try:
        if args.court:
            check_court(args.court, _load(None), "--court")
    except UnknownName as exc:
        print(f"courtlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    files = expand_paths(args.paths)
    if not files:
        print("courtlint: no PDF, DOCX, TXT or MD files found", file=sys.stderr)
        return EXIT_ERROR
    items, failed = [], False
    for path in files:
        try:
            doc = extract(path)
            ctx = describe(doc, overrides)
            items.append(understanding(doc, ctx, Structure(doc, ctx)))
        except InputError as exc:
            items.append({"path": path, "error": exc.to_dict()})
            failed = True
        except Exception as exc:  # one document's failure is its error, not the run's
            items.append({"path": path, "error": internal_error(path, exc)})
            failed = True
    sys.stdout.write(render_json(items) if args.format == "json" else render_text(items))
    return EXIT_ERROR if failed else EXIT_CLEAN


def _load(pack_dirs) -> list:
    from .packs import PackError, load_packs

    try:
        return load_packs(_csv(pack_dirs))
    except PackError as exc:
        print(f"courtlint: cannot load rule pack: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR) from None


def _check(args) -> int:
    from .api import expand_paths, lint_many, make_linter
    from .config import ConfigError, find_config, load_settings
    from .outputs import write_text
    from .validate import UnknownName, check_court, check_selectors

    linter = make_linter(
        court=args.court,
        case_number=args.case_number,
        judge=args.judge,
        referred_to=args.referred_to,
        doc_type=args.doc_type,
        select=_csv(args.select),
        ignore=_csv(args.ignore),
        packs=_csv(args.pack),
        use_config=not args.no_config,
        limits=Limits(seconds=args.timeout),
        regex_timeout=args.regex_timeout,
    )
    from .packs import PackError

    try:
        packs = linter.packs()  # loaded once here, reused for every file; a broken pack is a usage error
    except PackError as exc:
        print(f"courtlint: cannot load rule pack: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:  # a typo must not select nothing and report "no problems found"
        check_selectors(_csv(args.select), packs, "--select")
        check_selectors(_csv(args.ignore), packs, "--ignore")
        check_court(args.court, packs, "--court")
    except UnknownName as exc:
        print(f"courtlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    fail_on = args.fail_on
    if fail_on is None and not args.no_config:
        found = find_config(args.paths[0] if os.path.exists(args.paths[0]) else os.getcwd())
        try:
            fail_on = load_settings(str(found)).fail_on if found else None
        except ConfigError as exc:
            print(f"courtlint: {exc}", file=sys.stderr)
            return EXIT_ERROR
    fail_on = fail_on or "error"
    files = expand_paths(args.paths)
    if not files:
        print("courtlint: no PDF, DOCX, TXT or MD files found", file=sys.stderr)
        return EXIT_ERROR
    if args.annotate and (len(files) != 1 or not files[0].lower().endswith(".pdf")):
        print("courtlint: --annotate takes exactly one PDF file", file=sys.stderr)
        return EXIT_ERROR
    problem = None if args.no_config else _config_problem(linter, files)
    if problem:
        print(f"courtlint: {problem}", file=sys.stderr)
        return EXIT_ERROR
    refused = _refuse_outputs(args, files)  # before anything is read: inputs are never overwritten
    if refused:
        print(f"courtlint: {refused}", file=sys.stderr)
        return EXIT_ERROR
    results = lint_many(files, jobs=args.jobs, linter=linter)
    if args.output:
        # The file is written only once the whole report is rendered.
        report = io.StringIO()
        results = _render(args.format, results, packs, report)
        try:
            write_text(args.output, report.getvalue())
        except OSError as exc:
            print(f"courtlint: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_ERROR
    else:
        results = _render(args.format, results, packs, sys.stdout)
    if args.annotate and not _annotate(results[0], args.annotate):
        return EXIT_ERROR
    if any(r.unreadable or r.incomplete for r in results):
        return EXIT_ERROR
    worst = max((_RANK[str(f.severity)] for r in results for f in r.findings), default=0)
    return EXIT_FINDINGS if worst >= _RANK[fail_on] else EXIT_CLEAN


def _config_problem(linter, files: list[str]) -> str | None:
    """What is wrong with the config file of any of ``files`` (a bad setting, an
    unknown rule, court or document type), checked once per file before linting."""
    from .config import ConfigError, find_config, load_settings
    from .packs import PackError

    seen = set()
    for path in files:
        found = find_config(path)
        if found is None or found in seen:
            continue
        seen.add(found)
        try:
            linter.validate(load_settings(str(found)))
        except PackError as exc:
            return f"cannot load rule pack: {exc}"
        except ConfigError as exc:
            return str(exc)
    return None


def _refuse_outputs(args, files: list[str]) -> str | None:
    """Why ``--output`` or ``--annotate`` must not be written, or None."""
    from .outputs import OutputError, check_output

    try:
        if args.output:
            check_output(args.output, files)
        if args.annotate:
            check_output(args.annotate, files, what="the annotated copy")
    except OutputError as exc:
        return str(exc)
    if args.output and args.annotate and os.path.realpath(args.output) == os.path.realpath(args.annotate):
        return f"--output and --annotate both name {args.output}"
    return None


def _render(fmt: str, results, packs, out) -> list:
    """Write the report in ``fmt`` to ``out``; return the results as a list."""
    if fmt == "text":
        from rich.console import Console

        from .report import terminal

        results = _collect(results)  # printed as each file finishes
        # Piped output (a hook's log, a file) is not re-wrapped at 80 columns:
        # hard line breaks would split URLs and excerpts.
        interactive = getattr(out, "isatty", lambda: False)()
        terminal.render(results, Console(file=out, highlight=False, soft_wrap=not interactive))
        return results
    results = list(results)
    if fmt == "json":
        from .report import json_report

        text = json_report.render(results)
    elif fmt == "sarif":
        from .report import sarif

        text = sarif.render(results, [rule for pack in packs for rule in pack.rules])
    elif fmt == "github":
        from .report import github

        text = github.render(results)
    else:
        from .report import html

        text = html.render(results)
    out.write(text if text.endswith("\n") else text + "\n")
    return results


def _annotate(result, out_path: str) -> bool:
    """Write the annotated copy; False if it could not be written."""
    from .annotate import annotate_pdf

    if result.unreadable:
        print(f"courtlint: {result.path} could not be read; no annotated copy written", file=sys.stderr)
        return True  # the unreadable input already makes the run exit 2
    try:
        marked = annotate_pdf(result.path, result.findings, out_path)
    except (OSError, ValueError) as exc:
        print(f"courtlint: cannot write {out_path}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return False
    print(f"courtlint: wrote {out_path} ({marked} finding{'s' if marked != 1 else ''} marked)", file=sys.stderr)
    return True


class _collect(list):
    """Materialise a result stream while still rendering it as it arrives."""

    def __init__(self, stream):
        super().__init__()
        self._stream = stream

    def __iter__(self):
        if self._stream is not None:
            for item in self._stream:
                self.append(item)
                yield item
            self._stream = None
        else:
            yield from list.__iter__(self)


def _rules(args) -> int:
    packs = _load(args.pack)
    if args.format == "json":
        import json

        rows = [
            {"id": r.id, "severity": r.severity.value, "status": r.status, "check": r.kind.name,
             "applies_to": r.applies_to.to_dict(), "title": r.title, "source": r.source.to_dict()}
            for p in packs for r in p.rules
        ]
        print(json.dumps(rows, indent=2))
        return EXIT_CLEAN
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("rule", "severity", "applies to", "title"):
        table.add_column(column)
    for pack in packs:
        for r in pack.rules:
            applies = r.applies_to.to_dict()
            where = "; ".join(f"{k.replace('_', ' ')}: {', '.join(v)}" for k, v in applies.items())
            table.add_row(r.id, r.severity.value, where, r.title)
    Console().print(table)
    return EXIT_CLEAN


def _find_rule(packs, rule_id: str):
    rules = [r for p in packs for r in p.rules]
    exact = [r for r in rules if rule_id in (r.id, *r.aliases)]
    if exact:
        return exact[0]
    by_slug = [r for r in rules if r.slug == rule_id]
    if len(by_slug) == 1:
        return by_slug[0]
    if by_slug:
        print(f"courtlint: {rule_id!r} is ambiguous: {', '.join(r.id for r in by_slug)}", file=sys.stderr)
    else:
        print(f"courtlint: no rule {rule_id!r}; see `courtlint rules`", file=sys.stderr)
    return None


def _rule(args) -> int:
    from rich.console import Console
    from rich.markdown import Markdown

    from .docgen import ENGINE_FINDINGS, rule_page

    for slug, title, body in ENGINE_FINDINGS:  # courtlint's own findings have pages too
        if args.rule_id in (f"courtlint.{slug}", slug):
            Console().print(Markdown(f"# {title}\n\n{body}"))
            return EXIT_CLEAN
    rule = _find_rule(_load(args.pack), args.rule_id)
    if rule is None:
        return EXIT_ERROR
    Console().print(Markdown(rule_page(rule)))
    return EXIT_CLEAN


def _lsp(args) -> int:
    try:
        from .lsp import serve
    except ImportError as exc:
        print(f"courtlint lsp needs pygls ({exc}); install it with: pip install 'courtlint[lsp]'", file=sys.stderr)
        return EXIT_ERROR
    serve(packs=_csv(args.pack), timeout=args.timeout, regex_timeout=args.regex_timeout)
    return EXIT_CLEAN


def _docs(args) -> int:
    from .docgen import write_docs

    try:
        written = write_docs(_load(args.pack), args.out)
    except OSError as exc:
        print(f"courtlint: cannot write the pages to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"wrote {len(written)} pages to {args.out}")
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
