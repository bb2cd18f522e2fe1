"""Lint a batch in worker processes, so that one file costs one result at worst.

``concurrent.futures.ProcessPoolExecutor`` ends a whole ``map`` on the first
exception and breaks the pool when a worker dies (the kernel's OOM killer, a
segfault in a PDF library), losing every result still pending and the name of
the file that did it. Here each worker takes one file at a time over a pipe,
so the parent always knows which file a worker holds: a worker that dies, or
runs past ``hard_limit`` seconds on one file (killed), yields an error result
for that file, a new worker takes its place, and the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import wait

#: (path, code, message) -> the error result of a file whose worker failed.
Failed = Callable[[str, str, str], object]


def received(conn) -> Iterator:
    """The jobs a worker process is sent, until its pipe closes or sends None."""
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        yield job


def _serve(linter, conn) -> None:
    """A worker: lint each path it is sent; never raise, so the pipe always gets an answer."""
    for index, path in received(conn):
        try:
            reply = (index, linter.lint(path), None)
        except BaseException as exc:  # noqa: BLE001 - a worker must answer for every file
            reply = (index, None, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except Exception as exc:  # a result that does not pickle
            conn.send((index, None, f"{type(exc).__name__} sending the result: {exc}"))


class _Worker:
    def __init__(self, linter):
        self.conn, theirs = mp.Pipe()
        self.proc = mp.get_context().Process(target=_serve, args=(linter, theirs), daemon=True)
        self.proc.start()
        theirs.close()
        self.job: tuple[int, str] | None = None
        self.started = 0.0

    def give(self, index: int, path: str) -> None:
        self.job, self.started = (index, path), time.monotonic()
        self.conn.send(self.job)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


def _died(code: int | None) -> str:
    if code == -9:
        return "killed by signal 9, which is how the system ends a process that runs out of memory"
    if code is not None and code < 0:
        return f"killed by signal {-code}"
    return f"exit code {code}"


def lint_in_processes(
    linter, files: list[str], jobs: int, *, failed: Failed, hard_limit: float | None = None
) -> Iterator:
    """``linter.lint(path)`` for each of ``files`` in ``jobs`` worker processes,
    yielded in input order as they are ready."""
    todo = list(enumerate(files))[::-1]
    workers = [_Worker(linter) for _ in range(min(jobs, len(files)))]
    done: dict[int, object] = {}
    next_out = 0
    try:
        while next_out < len(files):
            for w in workers:
                if w.job is None and todo:
                    w.give(*todo.pop())
            busy = [w for w in workers if w.job is not None]
            timeout = None
            if hard_limit is not None:
                timeout = max(0.0, min(w.started for w in busy) + hard_limit - time.monotonic())
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout))
            for i, w in enumerate(workers):
                if w.job is None:
                    continue
                index, path = w.job
                if w.conn in ready:
                    try:
                        got, result, error = w.conn.recv()
                    except (EOFError, OSError):
                        got = None
                    if got == index:
                        done[index] = result if error is None else failed(
                            path, "internal-error", f"{path}: courtlint failed on this file ({error})"
                        )
                        w.job = None
                        continue
                if w.proc.sentinel in ready or not w.proc.is_alive():
                    w.proc.join()
                    done[index] = failed(
                        path, "internal-error", f"{path}: the process linting it died ({_died(w.proc.exitcode)})"
                    )
                elif hard_limit is not None and time.monotonic() - w.started > hard_limit:
                    done[index] = failed(
                        path, "timeout", f"{path}: abandoned after {hard_limit:g} s: reading or checking it "
                        "did not stop at the time limit"
                    )
                else:
                    continue
                w.kill()
                workers[i] = _Worker(linter)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:  # also when the caller stops early: idle workers exit, busy ones are killed
        for w in workers:
            if w.job is None:
                try:
                    w.conn.send(None)
                    w.proc.join(timeout=5)
                except (OSError, ValueError):
                    pass
            w.kill()
