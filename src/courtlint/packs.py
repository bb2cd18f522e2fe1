"""Rule packs: YAML files in ``rules/<pack>/``, loaded strictly.

A pack directory holds ``pack.yml`` (the source and default applicability)
and one YAML file per rule, whose stem is the rule's slug. Loading is strict:
an unknown key, an unknown check kind, parameters the kind does not take, or
a regular expression that does not compile is a ``PackError`` naming the file
and the field, so a typo never silently disables a rule. (The built-in packs'
patterns compile on first use, which keeps start-up fast; the test suite
loads those packs eagerly, so a bad one fails there.)
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import MappingProxyType

from .checks import CheckKind, load_kind
from .context import DOC_TYPES, FACETS, Context
from .findings import Severity, Source
from .lazy_pattern import deferred
from .message_template import template_fields
from .safe_yaml import DataFileError, check_keys, read_mapping
from .suggest import closest

STATUSES = ("draft", "stable", "deprecated")

_PACK_KEYS = {"name", "title", "version", "description", "source", "applies_to"}
_PACK_REQUIRED = {"name", "title", "source"}
_RULE_KEYS = {
    "id", "title", "severity", "status", "since", "applies_to", "check", "params",
    "message", "rationale", "source", "examples", "aliases", "overrides",
}
_RULE_REQUIRED = {"id", "title", "severity", "check", "message", "rationale", "source", "examples"}
_APPLIES_KEYS = {"courts", "doc_types", "facets", "without_facets", "judges", "magistrate_judges", "requires"}
_REQUIRES = {"court", "case_number", "district_judge", "magistrate_judge", "doc_type"}
_SOURCE_KEYS = {"cite", "url", "quote", "title", "effective", "retrieved"}
_EXAMPLE_KEYS = {"text", "file", "context", "flags", "note"}
_CONTEXT_KEYS = {"court", "case_number", "district_judge", "magistrate_judge", "doc_type"}


class PackError(DataFileError):
    """A rule pack that cannot be loaded; the message names file and field."""


@dataclass(frozen=True, slots=True)
class AppliesTo:
    courts: frozenset[str] | None = None
    doc_types: frozenset[str] | None = None
    judges: frozenset[str] | None = None
    magistrate_judges: frozenset[str] | None = None
    requires: frozenset[str] = frozenset()
    #: Facets the title must give: every group, each group by any of its facets ("compel|quash").
    facets: tuple[frozenset[str], ...] = ()
    #: Facets that exclude the document, any one of them.
    without_facets: frozenset[str] = frozenset()

    def matches(self, ctx: Context) -> bool:
        if self.courts is not None and ctx.court not in self.courts:
            return False
        if self.doc_types is not None and ctx.doc_type not in self.doc_types:
            return False
        if not all(group & ctx.facets for group in self.facets) or self.without_facets & ctx.facets:
            return False
        if self.judges is not None and ctx.district_judge not in self.judges:
            return False
        if self.magistrate_judges is not None and ctx.magistrate_judge not in self.magistrate_judges:
            return False
        return all(getattr(ctx, name) for name in self.requires)

    def narrowed_by(self, rule: AppliesTo) -> AppliesTo:
        """The rule's applicability within its pack's defaults (a rule may only narrow)."""

        def both(a, b):
            if a is None:
                return b
            if b is None:
                return a
            return a & b

        return AppliesTo(
            courts=both(self.courts, rule.courts),
            doc_types=both(self.doc_types, rule.doc_types),
            judges=both(self.judges, rule.judges),
            magistrate_judges=both(self.magistrate_judges, rule.magistrate_judges),
            requires=self.requires | rule.requires,
            facets=self.facets + tuple(g for g in rule.facets if g not in self.facets),
            without_facets=self.without_facets | rule.without_facets,
        )

    def to_dict(self) -> dict:
        out = {}
        for name in ("courts", "doc_types", "judges", "magistrate_judges"):
            value = getattr(self, name)
            if value is not None:
                out[name] = sorted(value)
        if self.facets:
            out["facets"] = ["|".join(sorted(group)) for group in self.facets]
        if self.without_facets:
            out["without_facets"] = sorted(self.without_facets)
        if self.requires:
            out["requires"] = sorted(self.requires)
        return out


@dataclass(frozen=True, slots=True)
class Example:
    verdict: str  # "fail" | "pass"
    index: int
    text: str | None = None
    file: str | None = None  # as written in the pack
    context: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    flags: int | str | None = None  # expected hit count, or text the finding must cover
    note: str | None = None
    path: str | None = None  # ``file`` resolved inside the pack's examples root


@dataclass(frozen=True, slots=True)
class Override:
    applies_to: AppliesTo
    severity: Severity


@dataclass(frozen=True, slots=True)
class Rule:
    id: str  # "<pack>.<slug>"
    pack: str
    slug: str
    title: str
    severity: Severity
    status: str
    since: str | None
    applies_to: AppliesTo
    kind: CheckKind
    params: object  # the kind's Params instance
    raw_params: Mapping[str, object]
    message: str
    rationale: str
    source: Source
    examples: tuple[Example, ...]
    aliases: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()
    path: str = ""

    def severity_for(self, ctx: Context) -> Severity:
        for override in self.overrides:
            if override.applies_to.matches(ctx):
                return override.severity
        return self.severity


COVERAGE_STATUSES = ("checked", "partial", "not-checkable", "manual", "planned")


@dataclass(frozen=True, slots=True)
class CoverageEntry:
    """One section of a pack's source and how (or whether) courtlint checks it."""

    section: str
    requirement: str
    status: str
    rules: tuple[str, ...] = ()  # full rule ids
    why: str | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    title: str
    version: str | None
    description: str | None
    source: Source
    applies_to: AppliesTo
    rules: tuple[Rule, ...]
    path: str
    coverage: tuple[CoverageEntry, ...] = ()


# ---- loading -----------------------------------------------------------------


def builtin_packs_dir() -> Path:
    return Path(str(importlib.resources.files("courtlint") / "rules"))


def load_packs(extra_dirs: Iterable[str | Path] = (), *, builtin: bool = True) -> list[Pack]:
    """Load the built-in packs, packs registered as entry points, and ``extra_dirs``.

    ``extra_dirs`` may name a pack directory (holding ``pack.yml``) or a
    directory of pack directories.
    """
    packs: list[Pack] = []
    if builtin:
        # Their patterns compile on first use: the test suite compiles every one of them.
        # Their file examples live in the repository's corpus/, beside the package.
        repo_root = builtin_packs_dir().resolve().parents[2]
        with deferred():
            packs.extend(load_pack(d, examples_root=repo_root) for d in _pack_dirs(builtin_packs_dir()))
    dirs: list[Path] = []
    for ep in entry_points(group="courtlint.packs"):
        module = ep.load()
        dirs.extend(_pack_dirs(Path(str(importlib.resources.files(module)))))
    for extra in extra_dirs:
        path = Path(extra)
        if not path.is_dir():
            raise PackError(path, None, "pack directory does not exist")
        found = _pack_dirs(path)
        if not found:
            raise PackError(path, None, "no pack.yml here or in its subdirectories")
        dirs.extend(found)
    packs.extend(load_pack(d) for d in dirs)
    seen: dict[str, str] = {}
    for pack in packs:
        if pack.name in seen:
            raise PackError(pack.path, "name", f"pack {pack.name!r} is also defined in {seen[pack.name]}")
        seen[pack.name] = pack.path
    return packs


def _pack_dirs(root: Path) -> list[Path]:
    if (root / "pack.yml").is_file():
        return [root]
    return sorted(p.parent for p in root.glob("*/pack.yml"))


def _read_yaml(path: Path) -> dict:
    """One pack file as a mapping; anything else is a PackError naming the file."""
    return read_mapping(path, lambda where, message: PackError(where, None, message), "rule packs", "a pack file")


def _check_keys(path: Path, where: str | None, data: dict, allowed: set, required: set = frozenset()):
    check_keys(PackError, path, where, data, allowed, required)


def load_pack(directory: str | Path, *, examples_root: str | Path | None = None) -> Pack:
    """One pack. A ``file:`` example is resolved in ``examples_root`` (default:
    the pack's directory) and may not lead out of it."""
    directory = Path(directory)
    examples_root = Path(examples_root or directory).resolve()
    meta_path = directory / "pack.yml"
    meta = _read_yaml(meta_path)
    _check_keys(meta_path, None, meta, _PACK_KEYS, _PACK_REQUIRED)
    name = str(meta["name"])
    if name != directory.name:
        raise PackError(meta_path, "name", f"pack name {name!r} must equal its directory name {directory.name!r}")
    source = _source(meta_path, "source", meta["source"], need_cite=False)
    defaults = _applies(meta_path, "applies_to", meta.get("applies_to") or {})
    rules = []
    for rule_path in sorted(directory.glob("*.yml")):
        if rule_path.name in ("pack.yml", "coverage.yml"):
            continue
        rules.append(_load_rule(rule_path, name, defaults, source, examples_root))
    rule_ids = {r.id for r in rules}
    coverage_path = directory / "coverage.yml"
    coverage = _coverage(coverage_path, name, rule_ids) if coverage_path.is_file() else ()
    return Pack(
        name=name,
        title=str(meta["title"]),
        version=str(meta["version"]) if meta.get("version") is not None else None,
        description=meta.get("description"),
        source=source,
        applies_to=defaults,
        rules=tuple(rules),
        path=str(directory),
        coverage=coverage,
    )


def _coverage(path: Path, pack: str, rule_ids: set[str]) -> tuple[CoverageEntry, ...]:
    """A pack's ledger: each section of its source -> rules, or why it is not checked."""
    data = _read_yaml(path)
    _check_keys(path, None, data, {"sections"}, {"sections"})
    entries = []
    for i, item in enumerate(data["sections"] or []):
        where = f"sections[{i}]"
        if not isinstance(item, dict):
            raise PackError(path, where, "expected a mapping")
        _check_keys(path, where, item, {"section", "requirement", "status", "rules", "why"}, {"section", "requirement"})
        rules = tuple(r if "." in r else f"{pack}.{r}" for r in item.get("rules") or ())
        status = item.get("status") or ("checked" if rules else None)
        if status not in COVERAGE_STATUSES:
            raise PackError(path, f"{where}.status", f"must be one of {', '.join(COVERAGE_STATUSES)}")
        unknown = [r for r in rules if r.startswith(f"{pack}.") and r not in rule_ids]
        if unknown:
            raise PackError(path, f"{where}.rules", f"no rule {unknown[0]!r} in this pack")
        if status in ("checked", "partial") and not rules:
            raise PackError(path, f"{where}.rules", f"status {status!r} needs the rules that check it")
        if status in ("not-checkable", "manual", "planned") and not item.get("why"):
            raise PackError(path, f"{where}.why", f"status {status!r} needs a reason")
        entries.append(CoverageEntry(str(item["section"]), str(item["requirement"]).strip(), status, rules, item.get("why")))
    return tuple(entries)


def _source(path: Path, where: str, data, *, need_cite: bool = True, default: Source | None = None) -> Source:
    if not isinstance(data, dict):
        raise PackError(path, where, "expected a mapping with cite and url")
    _check_keys(path, where, data, _SOURCE_KEYS)
    cite = data.get("cite") or data.get("title") or (default.cite if default else None)
    url = data.get("url") or (default.url if default else None)
    if need_cite and not cite:
        raise PackError(path, f"{where}.cite", "required key is missing")
    if not url:
        raise PackError(path, f"{where}.url", "required key is missing")
    if not str(url).startswith("https://"):
        raise PackError(path, f"{where}.url", f"must be an https URL, got {url!r}")
    return Source(cite=str(cite or ""), url=str(url), quote=data.get("quote"))


def _applies(path: Path, where: str, data) -> AppliesTo:
    if not isinstance(data, dict):
        raise PackError(path, where, "expected a mapping")
    _check_keys(path, where, data, _APPLIES_KEYS)

    def values(key: str, upper: bool = False):
        if key not in data or data[key] is None:
            return None
        items = data[key]
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise PackError(path, f"{where}.{key}", "expected a list of strings")
        return frozenset(i.upper() if upper else i for i in items)

    def values_list(key: str) -> list[str]:
        found = values(key)
        return [] if found is None else sorted(found)

    doc_types = values("doc_types")
    if doc_types:
        bad = sorted(doc_types - set(DOC_TYPES))
        if bad:
            raise PackError(path, f"{where}.doc_types", f"unknown document type {bad[0]!r}")
    requires = values("requires") or frozenset()
    bad = sorted(requires - _REQUIRES)
    if bad:
        raise PackError(path, f"{where}.requires", f"unknown context field {bad[0]!r}")
    groups = tuple(frozenset(name.strip() for name in group.split("|")) for group in values_list("facets"))
    without = frozenset(values_list("without_facets"))
    for key, names in (("facets", set().union(*groups)), ("without_facets", without)):
        bad = sorted(names - FACETS)
        if bad:
            close = closest(bad[0], FACETS)
            hint = f"; did you mean {close!r}?" if close else f" (known: {', '.join(sorted(FACETS))})"
            raise PackError(path, f"{where}.{key}", f"unknown facet {bad[0]!r}{hint}")
    return AppliesTo(
        facets=groups,
        without_facets=without,
        courts=values("courts"),
        doc_types=doc_types,
        judges=values("judges", upper=True),
        magistrate_judges=values("magistrate_judges", upper=True),
        requires=requires,
    )


def _severity(path: Path, where: str, value) -> Severity:
    try:
        return Severity(str(value))
    except ValueError:
        raise PackError(path, where, f"must be error, warning or info, got {value!r}") from None


def _load_rule(path: Path, pack: str, defaults: AppliesTo, pack_source: Source, examples_root: Path) -> Rule:
    data = _read_yaml(path)
    _check_keys(path, None, data, _RULE_KEYS, _RULE_REQUIRED)
    slug = str(data["id"])
    if slug != path.stem:
        raise PackError(path, "id", f"rule id {slug!r} must equal the file name {path.stem!r}")
    severity = _severity(path, "severity", data["severity"])
    status = str(data.get("status", "stable"))
    if status not in STATUSES:
        raise PackError(path, "status", f"must be one of {', '.join(STATUSES)}")
    try:
        kind = load_kind(str(data["check"]))
    except KeyError as exc:
        raise PackError(path, "check", str(exc.args[0])) from None
    raw_params = data.get("params") or {}
    if not isinstance(raw_params, dict):
        raise PackError(path, "params", "expected a mapping")
    try:
        params = kind.build_params(raw_params)
    except (TypeError, ValueError) as exc:
        raise PackError(path, "params", f"for check {kind.name!r}: {exc}") from None
    applies = defaults.narrowed_by(_applies(path, "applies_to", data.get("applies_to") or {}))
    overrides = []
    for i, item in enumerate(data.get("overrides") or []):
        where = f"overrides[{i}]"
        if not isinstance(item, dict):
            raise PackError(path, where, "expected a mapping with applies_to and severity")
        _check_keys(path, where, item, {"applies_to", "severity"}, {"applies_to", "severity"})
        overrides.append(
            Override(_applies(path, f"{where}.applies_to", item["applies_to"]), _severity(path, f"{where}.severity", item["severity"]))
        )
    examples = _examples(path, data["examples"], examples_root)
    message = str(data["message"]).strip()
    try:
        template_fields(message)
    except ValueError as exc:
        raise PackError(path, "message", f"bad placeholder {exc}") from None
    return Rule(
        id=f"{pack}.{slug}",
        pack=pack,
        slug=slug,
        title=str(data["title"]).strip(),
        severity=severity,
        status=status,
        since=str(data["since"]) if data.get("since") is not None else None,
        applies_to=applies,
        kind=kind,
        params=params,
        raw_params=MappingProxyType(dict(raw_params)),
        message=message,
        rationale=" ".join(str(data["rationale"]).split()),
        source=_source(path, "source", data["source"], default=pack_source),
        examples=examples,
        aliases=tuple(data.get("aliases") or ()),
        overrides=tuple(overrides),
        path=str(path),
    )


def _examples(path: Path, data, root: Path) -> tuple[Example, ...]:
    if not isinstance(data, dict) or set(data) - {"fail", "pass"}:
        raise PackError(path, "examples", "expected a mapping with 'fail' and 'pass' lists")
    out = []
    for verdict in ("fail", "pass"):
        items = data.get(verdict) or []
        if not isinstance(items, list) or not items:
            raise PackError(path, f"examples.{verdict}", "needs at least one example")
        for i, item in enumerate(items):
            where = f"examples.{verdict}[{i}]"
            if not isinstance(item, dict):
                raise PackError(path, where, "expected a mapping with text or file")
            _check_keys(path, where, item, _EXAMPLE_KEYS)
            if ("text" in item) == ("file" in item):
                raise PackError(path, where, "give exactly one of text or file")
            ctx = item.get("context") or {}
            if not isinstance(ctx, dict):
                raise PackError(path, f"{where}.context", "expected a mapping")
            _check_keys(path, f"{where}.context", ctx, _CONTEXT_KEYS)
            file_path = _example_path(path, f"{where}.file", item["file"], root) if "file" in item else None
            out.append(
                Example(
                    verdict=verdict,
                    index=i,
                    text=item.get("text"),
                    file=item.get("file"),
                    context=MappingProxyType({k: str(v) for k, v in ctx.items()}),
                    flags=item.get("flags"),
                    note=item.get("note"),
                    path=file_path,
                )
            )
    return tuple(out)


def _example_path(path: Path, where: str, value, root: Path) -> str:
    """``value`` resolved in ``root``; a path that leads elsewhere is a PackError."""
    if not isinstance(value, str) or not value.strip():
        raise PackError(path, where, "expected a relative file path")
    if Path(value).is_absolute():
        raise PackError(path, where, f"{value!r} must be relative to {root}")
    resolved = (root / value).resolve()
    if not resolved.is_relative_to(root):
        raise PackError(path, where, f"{value!r} leads out of {root}")
    return str(resolved)


def all_rules(packs: Iterable[Pack]) -> list[Rule]:
    return [rule for pack in packs for rule in pack.rules]
