"""Check kinds: the registry and the module shape every kind follows.

A check kind is a module providing:

* ``NEEDS``: the ``Document.features`` it requires (a rule whose document lacks
  one is skipped, not run);
* ``PREVIEW`` (optional, default False): True when the kind reads the PDF
  itself and needs the text of the first pages at most, so a run whose rules
  are all of such kinds reads a preview (``extract(..., layout_pages=N)``)
  instead of laying out every page;
* ``Params``: a frozen dataclass; a rule's YAML ``params`` become
  ``Params(**params)``, so an unknown key is a load error;
* ``check(doc, params, ctx, structure) -> Iterator[Hit]``, where ``structure``
  is the document's ``courtlint.structure.Structure`` (caption, counsel block,
  attachments, signatures, footers), computed once per document and shared
  by every rule; a kind whose ``check`` takes three arguments is called
  without it.

Built-in kinds and third-party kinds register the same way, under the
``courtlint.checks`` entry-point group; the entry-point name is the kind name.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from functools import cache
from importlib.metadata import entry_points
from types import ModuleType

from ..structure import Structure

#: Built-in kinds, so a source checkout works without installed metadata.
BUILTIN = {
    "pattern": "courtlint.checks.pattern",
    "required": "courtlint.checks.required",
    "heading": "courtlint.checks.heading",
    "clause": "courtlint.checks.clause",
    "caption": "courtlint.checks.caption",
    "pii": "courtlint.checks.pii",
    "redaction": "courtlint.checks.redaction",
    "efiling": "courtlint.checks.efiling",
    "sealing-label": "courtlint.checks.sealing_label",
    "sections": "courtlint.checks.sections",
    "table": "courtlint.checks.table",
    "font-size": "courtlint.checks.font_size",
    "line-numbering": "courtlint.checks.line_numbering",
    "spacing": "courtlint.checks.spacing",
    "paper-size": "courtlint.checks.paper_size",
    "margins": "courtlint.checks.margins",
    "page-numbering": "courtlint.checks.page_numbering",
    "limit": "courtlint.checks.limit",
    "first-page": "courtlint.checks.first_page",
    "signature": "courtlint.checks.signature",
}


@dataclass(frozen=True, slots=True)
class CheckKind:
    name: str
    module: ModuleType

    @property
    def needs(self) -> frozenset[str]:
        return frozenset(getattr(self.module, "NEEDS", {"text"}))

    @property
    def preview(self) -> bool:
        return bool(getattr(self.module, "PREVIEW", False))

    @property
    def doc(self) -> str:
        return (self.module.__doc__ or "").strip()

    def build_params(self, raw: Mapping[str, object]):
        cls = self.module.Params
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise TypeError(f"unknown parameter {unknown[0]!r} (takes: {', '.join(sorted(known))})")
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
        return cls(**values)

    def run(self, doc, params, ctx, structure: Structure | None = None) -> Iterator:
        if not _takes_structure(self.module.check):
            return self.module.check(doc, params, ctx)
        return self.module.check(doc, params, ctx, structure if structure is not None else Structure(doc, ctx))


@cache
def _takes_structure(check) -> bool:
    params = inspect.signature(check).parameters.values()
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return len(positional) >= 4 or any(p.kind is p.VAR_POSITIONAL for p in params)


@cache
def _registry() -> dict[str, str]:
    found = dict(BUILTIN)
    for ep in entry_points(group="courtlint.checks"):
        if ep.name in BUILTIN and ep.value != BUILTIN[ep.name]:
            raise RuntimeError(f"check kind {ep.name!r} is registered twice ({ep.value})")
        found[ep.name] = ep.value
    return found


def kind_names() -> list[str]:
    return sorted(_registry())


@cache
def load_kind(name: str) -> CheckKind:
    registry = _registry()
    if name not in registry:
        raise KeyError(f"unknown check kind {name!r} (known: {', '.join(sorted(registry))})")
    return CheckKind(name, importlib.import_module(registry[name]))
