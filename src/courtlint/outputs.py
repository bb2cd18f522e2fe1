"""Writing reports safely: never over an input, never half a file.

``check_output`` runs before anything is linted and refuses an output that is
one of the run's inputs (directly, through a symlink or as a hard link) or
that cannot be created. ``atomic_write`` writes a temporary file beside the
target and moves it into place only once it is complete, so a crash leaves
the old file (or none) and no partial report.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO


class OutputError(ValueError):
    """An output path that must not or cannot be written; the message is one line."""


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def check_output(path: str | os.PathLike, inputs: Iterable[str | os.PathLike], *, what: str = "the report") -> None:
    """Raise ``OutputError`` unless ``path`` can be written without touching an input."""
    path = os.fspath(path)
    real = os.path.realpath(path)  # a symlink, even a dangling one, is followed to where it would write
    mine = _identity(path)
    for source in inputs:
        source = os.fspath(source)
        same = mine is not None and mine == _identity(source)
        if same or real == os.path.realpath(source):
            raise OutputError(f"refusing to write {what} to {path}: it is an input of this run")
    if os.path.isdir(real):
        raise OutputError(f"cannot write {what} to {path}: it is a directory")
    if mine is not None and not os.path.isfile(real):
        return  # a device or pipe (/dev/stdout): written in place, nothing to replace
    folder = os.path.dirname(real)
    shown = folder if os.path.islink(path) else os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {what} to {path}: directory {shown} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {what} to {path}: directory {shown} is not writable")


def _new_file_mode() -> int:
    """What ``open()`` would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", *, encoding: str | None = "utf-8") -> Iterator[IO]:
    """A file object whose contents replace ``path`` only when the block completes.

    An existing regular file keeps its permissions; a device or pipe is
    written in place (there is nothing to replace).
    """
    real = os.path.realpath(os.fspath(path))  # replace a symlink's target, not the link
    binary = "b" in mode
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        with open(real, mode, encoding=None if binary else encoding) as fh:
            yield fh
        return
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(real) or ".", prefix=f".{os.path.basename(real)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode())
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_write(path) as fh:
        fh.write(text)
