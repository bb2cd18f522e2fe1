"""Names the user gives (rule selectors, a court, a document type) are checked
against what is known, so a typo is an error, never a run that silently
checks nothing: ``--select blanket-sealng`` would otherwise select no rule
and report "no problems found".
"""

from __future__ import annotations

from collections.abc import Iterable

from .config import ConfigError
from .context import DOC_TYPES
from .engine import NO_COURT_RULES
from .packs import Pack, all_rules
from .recognise.court_title import known_court_ids
from .suggest import closest


class UnknownName(ConfigError, ValueError):
    """A selector, court or document type that names nothing known.

    A ``ValueError`` for API callers; a ``ConfigError`` where it came from a
    config file (or from a Linter built from one, as the language server does).
    """


def _unknown(what: str, name: str, where: str, known: Iterable[str], hint: str) -> UnknownName:
    close = closest(name, known)
    advice = f"did you mean {close!r}?" if close else hint
    return UnknownName(f"unknown {what} {name!r} in {where}; {advice}")


def selector_names(packs: Iterable[Pack]) -> set[str]:
    """Everything a selector may name: rule ids, packs, slugs, aliases."""
    names = {NO_COURT_RULES}  # an engine finding a user may --ignore
    for rule in all_rules(packs):
        names.update((rule.id, rule.pack, rule.slug, *rule.aliases))
    return names


def check_selectors(selectors: Iterable[str], packs: Iterable[Pack], where: str) -> None:
    names = None
    for selector in selectors:
        selector = selector.strip()
        if not selector:
            continue
        names = names if names is not None else selector_names(packs)
        if selector not in names:
            raise _unknown("rule or pack", selector, where, names, "see `courtlint rules`")


def known_courts(packs: Iterable[Pack]) -> frozenset[str]:
    """Federal district and bankruptcy courts, and any court a loaded rule names."""
    named = set()
    for rule in all_rules(packs):
        for applies in (rule.applies_to, *(o.applies_to for o in rule.overrides)):
            named |= applies.courts or set()
    return known_court_ids() | named


def check_court(court: str | None, packs: Iterable[Pack], where: str) -> None:
    if court and court.lower() not in (known := known_courts(packs)):
        raise _unknown("court", court, where, known, "expected a court id such as cand, cacd or nysd")


def check_doc_type(doc_type: str | None, where: str) -> None:
    if doc_type and doc_type not in DOC_TYPES:
        raise _unknown("document type", doc_type, where, DOC_TYPES, "expected one of " + ", ".join(DOC_TYPES))
