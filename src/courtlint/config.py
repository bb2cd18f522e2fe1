"""The case profile and lint settings from ``courtlint.toml`` or ``pyproject.toml``.

Found by walking up from the linted file, so a matter folder lints every draft
against its own case. In ``courtlint.toml`` the settings sit at the top level
(or under ``[tool.courtlint]``); in ``pyproject.toml`` under ``[tool.courtlint]``::

    court = "cand"
    case_number = "3:19-cv-04321"
    district_judge = "WHA"
    referred_to = "JCS"          # magistrate judge the matter is referred to
    select = ["cand", "protective-orders"]
    ignore = ["cand-spero.missing-referral-designation"]
    fail_on = "warning"
    packs = ["../our-firm-rules"]   # relative to the config file
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .context import Overrides

_KEYS = {
    "court", "case_number", "district_judge", "judge", "referred_to", "magistrate_judge",
    "doc_type", "select", "ignore", "fail_on", "packs",
}


class ConfigError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Settings:
    path: str | None = None  # the config file these came from
    overrides: Overrides = field(default_factory=lambda: Overrides(origin="config"))
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    packs: tuple[str, ...] = ()


def find_config(start: str | Path) -> Path | None:
    """The nearest courtlint.toml, or pyproject.toml with [tool.courtlint], above ``start``."""
    try:
        here = Path(start).resolve()
    except (RuntimeError, OSError):  # a symlink loop: the linted path reports it, not the lookup
        here = Path(os.path.abspath(start))
    # os.path's tests, unlike Path's, answer False for a folder that cannot be searched.
    if not os.path.isdir(here):
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "courtlint.toml"
        if os.path.isfile(candidate):
            return candidate
        candidate = folder / "pyproject.toml"
        if os.path.isfile(candidate) and _has_tool_section(candidate):
            return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "courtlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return False


@lru_cache(maxsize=64)
def load_settings(path: str | Path | None) -> Settings:
    if path is None:
        return Settings()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("courtlint")
    if table is None:
        table = {} if path.name == "pyproject.toml" else data
    unknown = sorted(set(table) - _KEYS - {"tool"})
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})")

    def text(key):
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{path}: {key} must be a string")
        return value

    def strings(key):
        value = table.get(key, [])
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: {key} must be a list of strings")
        return tuple(value)

    fail_on = text("fail_on")
    if fail_on not in (None, "error", "warning", "info"):
        raise ConfigError(f"{path}: fail_on must be error, warning or info")
    court = text("court")
    judge = text("district_judge") or text("judge")
    referred = text("referred_to") or text("magistrate_judge")
    return Settings(
        path=str(path),
        overrides=Overrides(
            court=court.lower() if court else None,
            case_number=text("case_number"),
            district_judge=judge or None,
            magistrate_judge=referred or None,
            doc_type=text("doc_type"),
            origin="config",
        ),
        select=strings("select"),
        ignore=strings("ignore"),
        fail_on=fail_on,
        packs=tuple(str((path.parent / p).resolve()) for p in strings("packs")),
    )
