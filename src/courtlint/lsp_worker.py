"""The language server's lint process: a lint that runs too long is abandoned.

A thread cannot be stopped, and a stuck one (a catastrophic regular
expression holds the GIL inside one C call) keeps the server from linting
anything else and from exiting. So the server's ``Session`` lives in a child
process; ``LintProcess.lint`` sends it one document and waits up to the time
limit plus ``GRACE`` seconds (the lint's own deadline usually ends it first,
with the findings so far). Past that the child is killed, the document gets
a ``courtlint.timeout`` diagnostic, and the next lint starts a new child.
"""

from __future__ import annotations

import multiprocessing as mp
import threading

from lsprotocol import types as lsp

from .lazy_pattern import USER_TIMEOUT

#: Seconds past the time limit before a lint is abandoned.
GRACE = 5.0


def _serve(packs: tuple[str, ...], time_limit: float | None, regex_timeout: float | None, conn) -> None:
    import os
    import sys

    from .batch import received
    from .lsp import Session

    # Standard output is the editor's protocol stream: nothing here may write to it.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())

    session = Session(packs, time_limit=time_limit, regex_timeout=regex_timeout)
    for job in received(conn):
        conn.send(session.lint(*job))  # Session.lint never raises


class LintProcess:
    """Lints documents in a child process, one at a time (``lint`` blocks its caller)."""

    def __init__(self, packs: tuple[str, ...] = (), *, timeout: float | None = 60.0,
                 regex_timeout: float | None = USER_TIMEOUT):
        self.packs, self.timeout, self.regex_timeout = tuple(packs), timeout, regex_timeout
        self._lock = threading.Lock()
        self._proc = None
        self._conn = None
        self._closed = False

    def _start(self) -> None:
        # spawn: the server has threads, which a forked child would inherit half-copied
        ctx = mp.get_context("spawn")
        self._conn, theirs = ctx.Pipe()
        self._proc = ctx.Process(
            target=_serve, args=(self.packs, self.timeout, self.regex_timeout, theirs), daemon=True,
            name="courtlint-lint",
        )
        self._proc.start()
        theirs.close()

    def lint(self, uri: str, text: str | None):
        from .lsp import Linted, problem

        with self._lock:
            if self._closed:
                return Linted([], [])
            if self._proc is None or not self._proc.is_alive():
                self._start()
            wait = None if self.timeout is None else self.timeout + GRACE
            try:
                self._conn.send((uri, text))
                if self._conn.poll(wait):
                    return self._conn.recv()
                message = (f"courtlint stopped linting this document after {wait:g} s: it ran over the "
                           f"{self.timeout:g} s time limit (courtlint lsp --timeout); no findings are shown")
                code = "timeout"
            except (EOFError, OSError, BrokenPipeError):
                if self._closed:
                    return Linted([], [])
                self._proc.join(timeout=5)
                code = "internal-error"
                message = (f"the courtlint lint process died (exit code {self._proc.exitcode}); "
                           "it is started again for the next lint")
            self._stop()
            return Linted([problem(message, code, lsp.DiagnosticSeverity.Error)], [])

    def _stop(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join()
            self._conn.close()
        self._proc = self._conn = None

    def close(self) -> None:
        """End the child at once, whether or not a lint is running."""
        self._closed = True
        proc = self._proc
        if proc is not None and proc.is_alive():
            proc.kill()
