"""``courtlint lsp``: a language server (pygls) that shows findings in the editor.

A loop around the same calls as the CLI (extract -> lint -> findings); it
adds only the editor's view of them:

* Plain-text and Markdown drafts are linted from the editor's buffer as they
  are edited (300 ms after the last keystroke) and when opened or saved.
* PDF and DOCX files are linted from disk when opened and when saved.
* Each finding becomes a diagnostic: ``code`` = rule id, ``codeDescription``
  = the rule's docs page, ``source`` = "courtlint", the citation in the
  message and in ``data``. Hovering over one shows the rule's page (what it
  checks, why, examples, source): the same Markdown as ``courtlint rule ID``.
* The case profile comes from the ``courtlint.toml`` (or ``pyproject.toml``)
  found by walking up from the file, re-read when it changes.
* Lints run in a child process (``lsp_worker``). One that is still running
  after the time limit (``courtlint lsp --timeout``, and a few seconds'
  grace) is abandoned: the process is killed, the document gets a
  ``courtlint.timeout`` diagnostic, and the next lint starts a fresh one, so
  a stuck lint never stops the editor's other documents, or ``exit``.

Needs the ``lsp`` extra: ``pip install 'courtlint[lsp]'``.
"""

from __future__ import annotations

import asyncio
import bisect
import re
import threading
from dataclasses import dataclass, field
from pathlib import PurePath

from lsprotocol import types as lsp

from . import __version__
from .api import Linter, internal_error
from .config import ConfigError, Settings, find_config, load_settings
from .extract import InputError, extract
from .findings import Finding
from .lazy_pattern import USER_TIMEOUT
from .limits import Limits
from .model import Document
from .packs import PackError, Rule, all_rules
from .validate import UnknownName

DEBOUNCE_SECONDS = 0.3
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
DISK_SUFFIXES = frozenset({".pdf", ".docx"})
SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}
_ROW_BREAK = re.compile(r"\r\n|\r|\n|\f")
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


def uri_to_path(uri: str) -> str | None:
    from pygls.uris import to_fs_path

    return to_fs_path(uri) if uri.startswith("file:") else None


def reads_from_disk(uri: str) -> bool:
    return PurePath(uri).suffix.lower() in DISK_SUFFIXES


@dataclass(frozen=True)
class Linted:
    """One lint of one document: its diagnostics, the findings behind them, and
    the Markdown page of each rule with a finding (what hovering shows)."""

    diagnostics: list[lsp.Diagnostic]
    findings: list[tuple[lsp.Range, Finding]]
    pages: dict[str, str] = field(default_factory=dict)


class Session:
    """Lints documents for the editor; independent of the protocol plumbing.

    Ranges are in Unicode code points; the server converts them to the
    client's position encoding.
    """

    def __init__(
        self, packs: tuple[str, ...] = (), *, time_limit: float | None = None, regex_timeout: float | None = USER_TIMEOUT
    ):
        self.extra_packs = tuple(packs)
        self.limits = Limits(seconds=time_limit)
        self.regex_timeout = regex_timeout
        self._linters: dict[str | None, tuple[int, Linter]] = {}  # config path -> (its mtime, linter)
        self.rules: dict[str, Rule] = {}

    def linter_for(self, path: str | None) -> Linter:
        """A Linter with the case profile of the config above ``path``."""
        found = find_config(path) if path else None
        key = str(found) if found else None
        mtime = found.stat().st_mtime_ns if found else 0
        cached = self._linters.get(key)
        if cached is None or cached[0] != mtime:
            # load_settings is cached by path; a server lives long enough to
            # see the file edited, so read it afresh when it changes.
            settings = load_settings.__wrapped__(key) if found else Settings()
            linter = Linter(
                extra_packs=self.extra_packs + settings.packs,
                select=settings.select,
                ignore=settings.ignore,
                overrides=settings.overrides,
                use_config=False,
                limits=self.limits,
                regex_timeout=self.regex_timeout,
            )
            if found:
                try:
                    linter.validate()  # the config's names are the linter's own here: say which file has them
                except UnknownName as exc:
                    raise UnknownName(f"{found}: {exc}") from None
            self._linters[key] = cached = (mtime, linter)
        return cached[1]

    def lint(self, uri: str, text: str | None = None) -> Linted:
        """Lint the buffer ``text`` (plain text, Markdown) or, when None, the file on disk.
        Never raises: a failure is a diagnostic on the document."""
        try:
            return self._lint(uri, text)
        except Exception as exc:
            message = internal_error(uri_to_path(uri) or uri, exc)["message"]
            return Linted([problem(message, "internal-error", lsp.DiagnosticSeverity.Error)], [])

    def _lint(self, uri: str, text: str | None) -> Linted:
        from .docgen import rule_page

        path = uri_to_path(uri)
        name = path or uri
        try:
            linter = self.linter_for(path)
            for rule in all_rules(linter.packs()):
                self.rules.setdefault(rule.id, rule)
            if text is None:
                result = linter.lint(path or uri, name=name)
                doc = None
            else:
                doc = extract(text.encode("utf-8"), name=name, format="text", limits=linter.limits)
                result = linter.lint(doc, name=name)
        except InputError as exc:
            if exc.code == "empty":
                return Linted([], [])
            return Linted([problem(str(exc), f"input.{exc.code}", lsp.DiagnosticSeverity.Error)], [])
        except (ConfigError, PackError) as exc:
            return Linted([problem(str(exc), "config", lsp.DiagnosticSeverity.Error)], [])
        diagnostics = [
            problem(e["message"], f"input.{e['code']}",
                     lsp.DiagnosticSeverity.Error if result.unreadable or result.incomplete
                     else lsp.DiagnosticSeverity.Warning)
            for e in result.errors
        ]
        positions = Positions(text, doc) if doc is not None else None
        located = []
        for finding in result.findings:
            rng = positions.range_of(finding) if positions else _START
            diagnostics.append(diagnostic(finding, rng, on_page=positions is None))
            located.append((rng, finding))
        pages = {f.rule: rule_page(self.rules[f.rule]) for _, f in located if f.rule in self.rules}
        return Linted(diagnostics, located, pages)


def explain(linted: Linted, position: lsp.Position) -> str | None:
    """The Markdown page of every rule with a finding at ``position``."""
    pages: dict[str, str] = {}
    for rng, finding in linted.findings:
        if _contains(rng, position) and finding.rule not in pages:
            pages[finding.rule] = linted.pages.get(finding.rule) or f"`{finding.rule}`: {finding.message}"
    return "\n\n---\n\n".join(pages.values()) or None


_START = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))


def diagnostic(finding: Finding, rng: lsp.Range, *, on_page: bool = False) -> lsp.Diagnostic:
    message = finding.message
    loc = finding.location
    if on_page and loc is not None:
        # A PDF or DOCX is not text the editor can point into: say where it is.
        place = f"page {loc.page}" if loc.page else f"paragraph {loc.line}"
        if loc.pleading_line:
            place += f", line {loc.pleading_line}"
        message = f"{place}: {message}"
    return lsp.Diagnostic(
        range=rng,
        message=f"{message}\n{finding.source.cite}",
        severity=SEVERITY[str(finding.severity)],
        code=finding.rule,
        code_description=lsp.CodeDescription(href=finding.docs_url),
        source="courtlint",
        data={"rule": finding.rule, "cite": finding.source.cite, "url": finding.source.url,
              "excerpt": finding.excerpt},
    )


def problem(message: str, code: str, severity: lsp.DiagnosticSeverity) -> lsp.Diagnostic:
    return lsp.Diagnostic(range=_START, message=message, severity=severity, code=f"courtlint.{code}",
                          source="courtlint")


def _contains(rng: lsp.Range, pos: lsp.Position) -> bool:
    start, end = (rng.start.line, rng.start.character), (rng.end.line, rng.end.character)
    return start <= (pos.line, pos.character) <= end


class Positions:
    """Maps offsets in ``Document.text`` back to line and character in the editor's buffer.

    The text extractor splits rows at CR, LF, CRLF and form feed, strips
    trailing blanks, and on numbered pleading text takes the margin number off
    the start of each row; editors break lines at CR, LF and CRLF only.
    """

    def __init__(self, buffer: str, doc: Document):
        self.doc = doc
        editor_breaks = [m.end() for m in _EDITOR_BREAK.finditer(buffer)]
        self.rows: list[tuple[int, int]] = []  # per document line: (editor line, character of its start)
        self.shift: list[int] = []  # characters taken off the row's start (a margin number)
        wrapped = set(doc.meta.get("wrapped_lines", ()))  # lines that continue the row before
        row_start = 0
        breaks = iter(list(_ROW_BREAK.finditer(buffer)) + [None])
        head = 0  # index of the current row's first line
        for i, line in enumerate(doc.lines):
            if i in wrapped and self.rows:
                editor_line, column = self.rows[head]
                self.rows.append((editor_line, column + self.shift[head] + line.span.start - doc.lines[head].span.start))
                self.shift.append(0)
                continue
            brk = next(breaks, None)
            row_end = brk.start() if brk else len(buffer)
            editor_line = bisect.bisect_right(editor_breaks, row_start)
            line_start = editor_breaks[editor_line - 1] if editor_line else 0
            self.rows.append((editor_line, row_start - line_start))
            last = i
            while last + 1 in wrapped:
                last += 1
            kept = len(buffer[row_start:row_end].rstrip())
            self.shift.append(kept - (doc.lines[last].span.end - line.span.start) if line.text else 0)
            head = i
            row_start = brk.end() if brk else len(buffer)

    def position(self, offset: int) -> lsp.Position:
        i = self.doc.line_index_at(offset)
        if i is None or i >= len(self.rows):
            return lsp.Position(line=0, character=0)
        line = self.doc.lines[i]
        editor_line, start = self.rows[i]
        column = min(offset, line.span.end) - line.span.start
        return lsp.Position(line=editor_line, character=start + self.shift[i] + column)

    def range_of(self, finding: Finding) -> lsp.Range:
        loc = finding.location
        if loc is None:
            return _START
        start = self.position(loc.start)
        if loc.end <= loc.start:
            return lsp.Range(start=start, end=start)
        last = self.position(loc.end - 1)  # the last character, so the range ends on its line
        return lsp.Range(start=start, end=lsp.Position(line=last.line, character=last.character + 1))


# ---- the server --------------------------------------------------------------


def build_server(
    packs: tuple[str, ...] = (), *, timeout: float | None = 60.0, regex_timeout: float | None = USER_TIMEOUT
):
    try:
        from pygls.lsp.server import LanguageServer  # pygls 2
    except ImportError:
        from pygls.server import LanguageServer  # pygls 1.3

    from .lsp_worker import LintProcess

    server = LanguageServer("courtlint", __version__)
    # Lints run in a child process, one at a time, waited for off the event loop,
    # so the server keeps reading messages (and cancelling stale lints) meanwhile.
    linter = LintProcess(packs, timeout=timeout, regex_timeout=regex_timeout)
    pending: dict[str, asyncio.Task] = {}
    linted_by_uri: dict[str, Linted] = {}

    def publish(uri: str, diagnostics: list[lsp.Diagnostic], version: int | None) -> None:
        params = lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        if hasattr(server, "text_document_publish_diagnostics"):
            server.text_document_publish_diagnostics(params)
        else:
            server.publish_diagnostics(uri, diagnostics, version)

    async def lint_later(uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        on_disk = reads_from_disk(uri)
        document = server.workspace.get_text_document(uri)
        version = document.version
        text = None if on_disk else document.source
        linted = await _in_thread(linter.lint, uri, text)
        if not on_disk and server.workspace.get_text_document(uri).version != version:
            return  # edited meanwhile: the newer lint publishes
        codec = getattr(document, "position_codec", None)
        if codec is not None and text is not None:
            lines = document.lines
            for d in linted.diagnostics:
                d.range = codec.range_to_client_units(lines, d.range)
        linted_by_uri[uri] = linted
        publish(uri, linted.diagnostics, version)

    def schedule(uri: str, delay: float) -> None:
        old = pending.pop(uri, None)
        if old is not None:
            old.cancel()
        task = asyncio.get_running_loop().create_task(lint_later(uri, delay))
        pending[uri] = task
        task.add_done_callback(lambda t: pending.pop(uri, None) if pending.get(uri) is t else None)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls, params: lsp.DidOpenTextDocumentParams) -> None:
        schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls, params: lsp.DidChangeTextDocumentParams) -> None:
        if not reads_from_disk(params.text_document.uri):
            schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    async def did_save(ls, params: lsp.DidSaveTextDocumentParams) -> None:
        schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = pending.pop(uri, None)
        if task is not None:
            task.cancel()
        linted_by_uri.pop(uri, None)
        publish(uri, [], None)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: lsp.HoverParams) -> lsp.Hover | None:
        uri = params.text_document.uri
        position = params.position
        if not reads_from_disk(uri):
            document = server.workspace.get_text_document(uri)
            codec = getattr(document, "position_codec", None)
            if codec is not None:
                position = codec.position_from_client_units(document.lines, position)
        linted = linted_by_uri.get(uri)
        page = explain(linted, position) if linted else None
        if page is None:
            return None
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=page))

    @server.feature(lsp.EXIT)
    def on_exit(ls, *args) -> None:
        linter.close()  # a lint still running is not waited for

    return server


def _in_thread(fn, *args) -> asyncio.Future:
    """``fn(*args)`` in a daemon thread: one stuck there never holds up the
    interpreter's exit, as a thread-pool worker would."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def settle(value, exc) -> None:
        if not future.done():
            future.set_exception(exc) if exc is not None else future.set_result(value)

    def run() -> None:
        try:
            value, exc = fn(*args), None
        except BaseException as error:  # noqa: BLE001 - handed to the awaiting task
            value, exc = None, error
        try:
            loop.call_soon_threadsafe(settle, value, exc)
        except RuntimeError:  # the loop has closed: the server is exiting
            pass

    threading.Thread(target=run, daemon=True, name="courtlint-lint").start()
    return future


def serve(packs: tuple[str, ...] = (), timeout: float | None = 60.0, regex_timeout: float | None = USER_TIMEOUT) -> None:
    """Run the server on standard input and output until the client says exit."""
    build_server(packs, timeout=timeout, regex_timeout=regex_timeout).start_io()
