"""Select the rules that apply, run their checks, turn hits into findings.

Applicability (court, judges, document type, and the features a check kind
needs) is decided here, once, in ``select_rules``; checks never test it. A
check that raises becomes one ``courtlint.internal-error`` finding naming the
rule, and the run goes on (``strict=True``, used in tests, re-raises). A
document whose court no loaded rule covers gets one ``courtlint.no-court-rules``
finding, so that a clean result is not read as "complies with the local rules".
A rule whose pack pattern runs past its time limit (``lazy_pattern``) becomes
one ``courtlint.rule-timeout`` finding naming the rule and the pattern.
``run_rules_within`` also stops between rules when the document's deadline
has passed, and says how many rules ran.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .context import Context
from .findings import Finding, Hit, Severity, Source, docs_url
from .lazy_pattern import PatternTimeout
from .limits import UNLIMITED, Deadline
from .message_template import fill
from .model import Document, Span
from .packs import Rule
from .structure import Structure

INTERNAL_ERROR = "courtlint.internal-error"
NO_COURT_RULES = "courtlint.no-court-rules"
RULE_TIMEOUT = "courtlint.rule-timeout"
#: The source of courtlint's own findings.
COURTLINT = Source(cite="courtlint", url="https://github.com/courtlint/courtlint/issues")
_EXCERPT_CHARS = 120


def matches_selector(rule: Rule, selector: str) -> bool:
    """True if ``selector`` names the rule by full id, pack, slug or alias."""
    selector = selector.strip()
    return selector in (rule.id, rule.pack, rule.slug) or selector in rule.aliases


def select_rules(
    rules: Iterable[Rule],
    ctx: Context | None,
    features: frozenset[str] | None,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    include_draft: bool = False,
) -> list[Rule]:
    """The rules to run. ``ctx`` and ``features`` None: the rules the selection
    allows before the document is known (what the run may need to read)."""
    select = [s for s in select if s]
    ignore = [s for s in ignore if s]
    chosen = []
    for rule in rules:
        if rule.status == "draft" and not include_draft:
            continue
        if select and not any(matches_selector(rule, s) for s in select):
            continue
        if any(matches_selector(rule, s) for s in ignore):
            continue
        if features is not None and not rule.kind.needs <= features:
            continue
        if ctx is not None and not rule.applies_to.matches(ctx):
            continue
        chosen.append(rule)
    return chosen


@dataclass(frozen=True)
class RuleRun:
    findings: list[Finding]
    ran: int  # rules run before the deadline passed
    total: int

    @property
    def complete(self) -> bool:
        return self.ran == self.total


def run_rules(
    doc: Document, ctx: Context, rules: Iterable[Rule], *, path: str | None = None, strict: bool = False
) -> list[Finding]:
    return run_rules_within(doc, ctx, rules, path=path, strict=strict).findings


def run_rules_within(
    doc: Document,
    ctx: Context,
    rules: Iterable[Rule],
    *,
    path: str | None = None,
    strict: bool = False,
    deadline: Deadline = UNLIMITED,
) -> RuleRun:
    """The findings of ``rules``, stopping before the next rule once ``deadline`` has passed."""
    path = path or doc.path
    rules = list(rules)
    findings: list[Finding] = []
    structure = Structure(doc, ctx)  # read once, shared by every rule
    ran = 0
    for rule in rules:
        if deadline.expired:
            break
        ran += 1
        try:
            hits = list(rule.kind.run(doc, rule.params, ctx, structure))
        except PatternTimeout as exc:
            if strict:
                raise
            findings.append(_rule_timeout(rule, path, exc))
            continue
        except Exception as exc:
            if strict:
                raise
            findings.append(_internal_error(rule, path, exc))
            continue
        severity = rule.severity_for(ctx)
        for hit in hits:
            findings.append(make_finding(doc, ctx, rule, hit, severity, path))
    findings.sort(key=lambda f: f.sort_key)
    return RuleRun(findings, ran, len(rules))


def make_finding(
    doc: Document, ctx: Context, rule: Rule, hit: Hit, severity: Severity, path: str
) -> Finding:
    location = excerpt = None
    if hit.span is not None:
        location = doc.locate(hit.span)
        excerpt = hit.excerpt or _excerpt(doc.text, hit.span, str(hit.args.get("match") or ""))
    elif hit.page is not None and 1 <= hit.page <= len(doc.pages):
        location = doc.locate_on_page(hit.page, hit.bbox)
        excerpt = hit.excerpt
    template = hit.message or rule.message
    return Finding(
        rule=rule.id,
        severity=hit.severity or severity,
        message=render_message(template, rule.raw_params, ctx, hit.args),
        path=path,
        location=location,
        excerpt=excerpt,
        source=rule.source,
        docs_url=docs_url(rule.id),
    )


def render_message(template: str, params: Mapping, ctx: Context, args: Mapping) -> str:
    values: dict[str, object] = {k: v for k, v in params.items() if isinstance(v, (str, int, float))}
    values.update({k: v for k, v in ctx.to_dict().items() if v is not None})
    values.update(args)
    return fill(template, values)


def _excerpt(text: str, span: Span, focus: str = "") -> str:
    """The span's text, whitespace collapsed; when too long, a window that keeps
    ``focus`` (the words the check matched) in view."""
    piece = " ".join(text[span.start : span.end].split())
    if len(piece) <= _EXCERPT_CHARS:
        return piece
    at = piece.find(focus) if focus else -1
    if at < 0 or at + len(focus) <= _EXCERPT_CHARS - 1:
        return piece[: _EXCERPT_CHARS - 1].rstrip() + "…"
    start = max(0, min(at - (_EXCERPT_CHARS - len(focus)) // 2, len(piece) - _EXCERPT_CHARS + 2))
    window = piece[start : start + _EXCERPT_CHARS - 2].strip()
    return "…" + window + ("…" if start + _EXCERPT_CHARS - 2 < len(piece) else "")


def _internal_error(rule: Rule, path: str, exc: Exception) -> Finding:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    message = f"Rule {rule.id} crashed ({type(exc).__name__}: {exc}{where}); its result is unknown"
    return courtlint_finding(INTERNAL_ERROR, Severity.ERROR, message, path, docs_for=rule.id)


def courtlint_finding(rule_id: str, severity: Severity, message: str, path: str, *, docs_for: str | None = None) -> Finding:
    """A finding about the run itself (courtlint's own rule ids), for the whole document."""
    return Finding(
        rule=rule_id,
        severity=severity,
        message=message,
        path=path,
        location=None,
        excerpt=None,
        source=COURTLINT,
        docs_url=docs_url(docs_for or rule_id),
    )


def _rule_timeout(rule: Rule, path: str, exc: PatternTimeout) -> Finding:
    message = (
        f"Rule {rule.id} was stopped: {exc} on this document, so its result is unknown. "
        "Fix the rule pack: nested repeats such as (a+)+ or (a|aa)+ can backtrack for hours"
    )
    return courtlint_finding(RULE_TIMEOUT, Severity.ERROR, message, path, docs_for=rule.id)


def has_court_rules(rules: Iterable[Rule], court: str | None, *, include_draft: bool = False) -> bool:
    """True if some rule is written for ``court`` (names it in ``applies_to.courts``)."""
    return court is not None and any(
        rule.applies_to.courts and court in rule.applies_to.courts
        for rule in rules
        if include_draft or rule.status != "draft"
    )


_HOW = {"cli": " (given with --court)", "config": " (from the config file)", "ecf-stamp": " (read from the CM/ECF stamp)"}


def no_court_rules(rules: Iterable[Rule], ctx: Context, path: str) -> Finding:
    """The info finding for a document no court-specific rule covers; ``rules``
    are all loaded rules, whatever the selection."""
    general = sorted({rule.pack for rule in rules if not rule.applies_to.courts})
    ran = f"only court-independent rules were checked (packs: {', '.join(general)})" if general else (
        "no court-independent rule pack is loaded either")
    if ctx.court:
        origin = ctx.origins.get("court")
        how = _HOW.get(origin, f" (read from the {origin})" if origin else "")
        said = f"No loaded rule pack has rules for court {ctx.court!r}{how}"
    else:
        said = "No court was detected (name it with --court or court in courtlint.toml)"
    return courtlint_finding(NO_COURT_RULES, Severity.INFO, f"{said}; {ran}, so no local rule or standing order was applied", path)
