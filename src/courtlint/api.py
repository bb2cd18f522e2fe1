"""The Python API: ``lint`` one document, ``lint_many`` a batch.

    >>> import courtlint
    >>> result = courtlint.lint("motion.pdf", court="cand", referred_to="JCS")
    >>> [f.rule for f in result.findings]

Both run the one pipeline: extract -> describe -> select_rules -> run_rules.
A document that cannot be read, or whose config file is wrong, becomes a
``Result`` with ``errors`` and no findings; nothing here raises for bad input.
Whatever goes wrong with one document (a damaged page, a limit, the time
limit, a bug) is that document's coded error, and a batch goes on. The
caller's own options are another matter: a selector, court or document type
that names nothing known raises ``ValueError`` (``validate.UnknownName``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import ConfigError, Settings, find_config, load_settings
from .context import Context, Overrides
from .engine import NO_COURT_RULES, has_court_rules, no_court_rules, run_rules_within, select_rules
from .extract import PARTIAL, SUFFIXES, InputError, extract
from .findings import SCHEMA, Finding, Severity
from .lazy_pattern import USER_TIMEOUT, timed
from .limits import Deadline, Limits
from .model import Document
from .packs import Pack, PackError, all_rules, load_packs
from .validate import UnknownName, check_court, check_doc_type, check_selectors


#: Error codes that mean no text could be read at all.
UNREADABLE = frozenset({"no-text-layer", "empty"})
#: Pages a preview lays out: the caption page and the one after it, where
#: slip sheets push the caption and sealing labels sit.
PREVIEW_PAGES = 2


@dataclass(frozen=True)
class Result:
    """What linting one document produced."""

    path: str
    context: Context | None
    findings: tuple[Finding, ...] = ()
    errors: tuple[dict, ...] = ()  # {"code": ..., "message": ...}

    @property
    def unreadable(self) -> bool:
        """Nothing of the document could be read (no findings are possible)."""
        return self.context is None or any(e["code"] in UNREADABLE for e in self.errors)

    @property
    def incomplete(self) -> bool:
        """The document was read and checked only in part (a damaged page, the time
        limit): its findings stand, but something went unchecked."""
        return any(e["code"] in PARTIAL for e in self.errors)

    def worst(self) -> Severity | None:
        ranks = [f.severity for f in self.findings]
        return max(ranks, key=lambda s: s.rank) if ranks else None

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "document": self.context.to_dict() if self.context else None,
            "findings": [f.to_dict() for f in self.findings],
            "errors": list(self.errors),
        }


def report_dict(results: Iterable[Result]) -> dict:
    """The whole JSON report (DESIGN.md section 5) for a list of results."""
    results = list(results)
    return {
        "courtlint": __version__,
        "schema": SCHEMA,
        "documents": [r.to_dict() for r in results],
        "summary": {
            "documents": len(results),
            "findings": sum(len(r.findings) for r in results),
            "errors": sum(len(r.errors) for r in results),
        },
    }


@dataclass
class Linter:
    """Packs loaded once, then any number of documents linted against them.

    ``overrides`` are the caller's context (CLI flags); when ``use_config`` is
    true the nearest config file's case profile fills what they leave out.
    Names in ``select``, ``ignore`` and ``overrides`` are checked against the
    loaded packs on the first lint (or ``validate()``): an unknown one raises
    ``ValueError``. ``limits`` bound each document (sizes, and
    ``limits.seconds`` of wall clock to read and check it); ``regex_timeout``
    is the time limit of one match with a pattern from a pack that is not
    built in.
    """

    extra_packs: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    overrides: Overrides = field(default_factory=Overrides)
    use_config: bool = True
    include_draft: bool = False
    strict: bool = False
    limits: Limits = Limits()
    regex_timeout: float | None = USER_TIMEOUT

    def __post_init__(self) -> None:
        self._packs: dict[tuple[str, ...], list[Pack]] = {}
        self._memo: dict[tuple, object] = {}
        self._valid: set[Settings] = set()  # settings whose names (and the caller's) were checked

    def __getstate__(self) -> dict:
        # Loaded packs hold modules, which do not pickle; a worker process
        # started by spawn or forkserver reloads them.
        state = dict(self.__dict__)
        state["_packs"] = {}
        return state

    def packs(self, settings: Settings | None = None) -> list[Pack]:
        extra = tuple(self.extra_packs) + (settings.packs if settings else ())
        if extra not in self._packs:
            with timed(self.regex_timeout):
                self._packs[extra] = load_packs(extra)
        return self._packs[extra]

    def lint(self, source: str | os.PathLike | bytes | Document, *, name: str | None = None) -> Result:
        """The Result of one document. Never raises for the document's sake (a
        broken rule pack is the caller's, and raises ``PackError``)."""
        if isinstance(source, Document):
            path = name or source.path
        elif isinstance(source, bytes):
            path = name or "<bytes>"
        else:
            path = name or str(source)
        try:
            return self._lint(source, path)
        except (PackError, UnknownName):
            raise  # the caller's packs or options, not the document
        except MemoryError:
            return Result(path, None, errors=({"code": "too-large", "message": f"{path}: ran out of memory (MemoryError)"},))
        except Exception as exc:
            if self.strict:
                raise
            return Result(path, None, errors=(internal_error(path, exc),))

    def _lint(self, source, path: str) -> Result:
        from .describe import describe

        deadline = Deadline(self.limits.seconds)
        try:
            settings = self._settings_for(source)
        except ConfigError as exc:
            return Result(path, None, errors=({"code": "config", "message": str(exc)},))
        self._check_own_names(settings)
        try:
            self._check_config_names(settings)
        except UnknownName as exc:
            return Result(path, None, errors=({"code": "config", "message": str(exc)},))
        if isinstance(source, (str, os.PathLike)) and os.path.isdir(source):
            try:
                os.scandir(source).close()
            except OSError as exc:
                message = f"{path}: directory cannot be read ({exc.strerror or exc}); its files were not linted"
                return Result(path, None, errors=({"code": "unreadable", "message": message},))
        try:
            doc = source if isinstance(source, Document) else extract(
                source, name=path, layout_pages=self._depth(settings), limits=self.limits, deadline=deadline
            )
        except InputError as exc:
            return Result(path, None, errors=(exc.to_dict(),))
        except OSError as exc:
            return Result(path, None, errors=({"code": "unreadable", "message": f"{path}: {exc}"},))
        errors = [{"code": code, "message": msg} for code, msg in doc.problems]
        ctx = describe(doc, self.overrides.merged_over(settings.overrides))
        features = doc.features
        if not doc.has_text or any(e["code"] in UNREADABLE for e in errors):
            # A scan has no text to read, but rules about the file itself (page
            # size, encryption, fonts) still apply.
            features = features - {"text"}
        rules = self._rules(settings, ctx, features)
        run = run_rules_within(doc, ctx, rules, path=path, strict=self.strict, deadline=deadline)
        findings = list(run.findings)
        if not run.complete:
            errors.append({"code": "timeout", "message": (
                f"{path}: checking stopped after {run.ran} of {run.total} rules, {deadline.over()}; "
                "the findings are incomplete")})
        if not any(e["code"] in UNREADABLE for e in errors) and not self._court_covered(settings, ctx):
            findings.append(no_court_rules(all_rules(self.packs(settings)), ctx, path))
            findings.sort(key=lambda f: f.sort_key)
        return Result(path, ctx, tuple(findings), tuple(errors))

    def validate(self, settings: Settings | None = None) -> None:
        """Raise ``UnknownName`` (a ``ValueError``) for a selector, court or
        document type of the caller's, or of ``settings`` (naming its file),
        that the loaded packs do not know."""
        settings = settings or Settings()
        self._check_own_names(settings)
        self._check_config_names(settings)

    def _check_own_names(self, settings: Settings) -> None:
        key = ("own", settings.packs)
        if key in self._memo:
            return
        packs = self.packs(settings)
        check_selectors(self.select, packs, "select")
        check_selectors(self.ignore, packs, "ignore")
        check_court(self.overrides.court, packs, "court")
        check_doc_type(self.overrides.doc_type, "doc_type")
        self._memo[key] = True

    def _check_config_names(self, settings: Settings) -> None:
        if settings.path is None or settings in self._valid:
            return
        packs = self.packs(settings)
        try:
            check_selectors(settings.select, packs, "select")
            check_selectors(settings.ignore, packs, "ignore")
            check_court(settings.overrides.court, packs, "court")
            check_doc_type(settings.overrides.doc_type, "doc_type")
        except UnknownName as exc:
            raise UnknownName(f"{settings.path}: {exc}") from None
        self._valid.add(settings)

    def _court_covered(self, settings: Settings, ctx: Context) -> bool:
        """True if a court-specific rule exists for ``ctx.court`` in the loaded packs,
        whatever the selection, or the user ignored ``courtlint.no-court-rules``."""
        if any(s.strip() == NO_COURT_RULES for s in (*self.ignore, *settings.ignore)):
            return True
        key = ("court", settings.packs, ctx.court)
        if key not in self._memo:
            self._memo[key] = has_court_rules(all_rules(self.packs(settings)), ctx.court, include_draft=self.include_draft)
        return self._memo[key]

    def _depth(self, settings: Settings) -> int | None:
        """``PREVIEW_PAGES`` when every rule this run may select reads the PDF itself
        (``--select redaction``), else None: lay out every page."""
        key = ("depth", settings.packs, settings.select, settings.ignore)
        if key not in self._memo:
            rules = self._rules(settings, None, None)
            self._memo[key] = PREVIEW_PAGES if rules and all(rule.kind.preview for rule in rules) else None
        return self._memo[key]

    def _rules(self, settings: Settings, ctx: Context | None, features: frozenset[str] | None):
        """The rules the caller's and the config's selection allow for ``ctx`` and ``features``
        (None: before the document is known)."""
        return select_rules(
            all_rules(self.packs(settings)),
            ctx,
            features,
            select=self.select or settings.select,
            ignore=tuple(self.ignore) + settings.ignore,
            include_draft=self.include_draft,
        )

    def _settings_for(self, source) -> Settings:
        if not self.use_config or isinstance(source, (bytes, Document)):
            return Settings()
        found = find_config(source)
        return load_settings(str(found)) if found else Settings()


def internal_error(path: str, exc: BaseException) -> dict:
    """The coded error of a document courtlint failed on: the exception's type, message and place."""
    import traceback

    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return {"code": "internal-error",
            "message": f"{path}: courtlint failed on this document ({type(exc).__name__}: {exc}{where}); please report it"}


def failed_result(path: str, code: str, message: str) -> Result:
    return Result(path, None, errors=({"code": code, "message": message},))


def make_linter(
    *,
    court: str | None = None,
    case_number: str | None = None,
    judge: str | None = None,
    referred_to: str | None = None,
    doc_type: str | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    packs: Iterable[str] = (),
    use_config: bool = True,
    limits: Limits | None = None,
    regex_timeout: float | None = USER_TIMEOUT,
) -> Linter:
    """A Linter for the given case context and rule selection (``limits`` and
    ``regex_timeout``: see ``Linter``)."""
    return Linter(
        extra_packs=tuple(packs),
        select=tuple(select),
        ignore=tuple(ignore),
        overrides=case_overrides(court=court, case_number=case_number, judge=judge, referred_to=referred_to, doc_type=doc_type),
        use_config=use_config,
        limits=limits or Limits(),
        regex_timeout=regex_timeout,
    )


def case_overrides(
    *,
    court: str | None = None,
    case_number: str | None = None,
    judge: str | None = None,
    referred_to: str | None = None,
    doc_type: str | None = None,
) -> Overrides:
    """The caller's case context, as ``make_linter`` and ``courtlint describe`` take it."""
    return Overrides(
        court=court.lower() if court else None,
        case_number=case_number,
        district_judge=judge or None,
        magistrate_judge=referred_to or None,
        doc_type=doc_type,
    )


def lint(source: str | os.PathLike | bytes | Document, *, name: str | None = None, **options) -> Result:
    """Lint one document (a path, its bytes, or an extracted ``Document``).

    ``options`` are those of ``make_linter``: court, case_number, judge,
    referred_to, doc_type, select, ignore, packs, use_config, limits, regex_timeout.
    """
    return make_linter(**options).lint(source, name=name)


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Files to lint: files as given, directories searched for readable suffixes.

    Nothing is skipped in silence: a subdirectory that cannot be listed, and a
    symlink with a readable suffix that leads nowhere, stay in the list, and
    linting them reports why they could not be read.
    """
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if os.path.isdir(path):  # unlike Path.is_dir, False (not an error) inside a folder that cannot be searched
            out.extend(str(f) for f in sorted(_walk(path)))
        else:
            out.append(str(p))
    return out


def _walk(root: Path) -> Iterator[Path]:
    unlistable: list[OSError] = []
    for folder, _dirs, names in os.walk(root, onerror=unlistable.append):
        for name in names:
            f = Path(folder, name)
            if f.suffix.lower() in SUFFIXES and not name.startswith(".") and (os.path.isfile(f) or not os.path.exists(f)):
                yield f
    yield from (Path(exc.filename) for exc in unlistable)


def lint_many(
    paths: Iterable[str | os.PathLike], *, jobs: int | None = None, linter: Linter | None = None, **options
) -> Iterator[Result]:
    """Lint files and directories, yielding results in input order as they finish.

    Work is spread over ``jobs`` processes (default: one per CPU). A file that
    cannot be read yields a Result with ``errors``; the batch carries on, also
    when a worker process dies (an ``internal-error`` for its file) or is
    stuck on one file for twice the time limit (killed: a ``timeout``).
    """
    linter = linter or make_linter(**options)
    files = expand_paths(paths)
    jobs = jobs or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1:
        for path in files:
            yield linter.lint(path)
        return
    from .batch import lint_in_processes  # only batches pay for multiprocessing

    linter.packs()  # fail fast on a broken pack, before forking
    seconds = linter.limits.seconds
    yield from lint_in_processes(
        linter, files, jobs, failed=failed_result, hard_limit=None if seconds is None else 2 * seconds
    )
