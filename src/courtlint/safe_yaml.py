"""Reading the project's own YAML data (rule packs, court files) safely.

One reader for every data file a user may write or install: a regular file,
at most 1 MB, UTF-8, no anchors or aliases, YAML 1.2 booleans, a mapping at
the top level. Each failure goes to the caller's ``error(path, message)`` so
the exception it raises names its own kind of file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present: ~10x faster
    """YAML 1.2 booleans: only true/false. YAML 1.1 also reads on/off/yes/no as
    booleans, which silently corrupts token patterns and word lists in rules."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

class DataFileError(Exception):
    """A data file (rule pack, court file) that cannot be loaded; the message names file and field."""

    def __init__(self, path: Path | str, field_name: str | None, message: str):
        where = f"{path}" + (f": {field_name}" if field_name else "")
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.field = field_name
        self.detail = message

    def __reduce__(self):  # so a worker process can send it back intact, as its own class
        return (type(self), (self.path, self.field, self.detail))


def check_keys(
    error: type[DataFileError], path: Path, where: str | None, data: dict, allowed: set, required: set = frozenset()
) -> None:
    """Raise ``error`` naming the first key of ``data`` (at ``where``) not in ``allowed``, or missing from ``required``."""
    prefix = f"{where}." if where else ""
    if unknown := sorted(set(map(str, data)) - allowed):
        raise error(path, prefix + unknown[0], f"unknown key (allowed: {', '.join(sorted(allowed))})")
    if missing := sorted(set(required) - set(data)):
        raise error(path, prefix + missing[0], "required key is missing")


#: A rule or court file is a few kilobytes; anything near this is not one.
MAX_FILE_BYTES = 1024 * 1024


def read_mapping(path: Path, error: Callable[[Path, str], Exception], kind: str, one: str) -> dict:
    """``path`` as a mapping; any problem raises ``error(path, message)``.

    ``kind`` and ``one`` name the files in messages ("rule packs", "a pack file").
    Anchors and aliases are refused: the data has no use for them, and a few
    lines of nested aliases (a "billion laughs") expand to gigabytes when the
    loaded value is walked.
    """
    if not path.is_file():
        raise error(path, "not a regular file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise error(path, f"{size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for {one}")
        raw = path.read_bytes()
    except OSError as exc:
        raise error(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    try:
        # Every alias needs an anchor (&name), so text without "&" has none.
        if "&" in text and any(getattr(event, "anchor", None) for event in yaml.parse(text, Loader=Loader)):
            raise error(path, f"YAML anchors and aliases (&name, *name) are not allowed in {kind}")
        data = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as exc:
        raise error(path, f"invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise error(path, "expected a mapping at the top level")
    return data
