"""Flag sentences that make a forbidden commitment, unless guarded.

Regular expressions cannot tell "all confidential material shall be filed
under seal" (an agreement the court will not honour) from "a party may apply
for leave to file confidential material under seal" (a permission to ask), or
from "nothing in this Order authorizes filing under seal" (a negation). This
kind reads sentences as tokens:

1. The document's paragraphs (the structure stage's outline) are split into sentences (``_sentences``); a
   cheap regular expression, ``prefilter``, picks the candidates, and
   ``context`` (when given) must match the sentence's paragraph or the
   heading of its section.
2. Only candidates are tokenised, with a blank English spaCy pipeline and its
   rule-based ``sentencizer`` (no model download; loaded once per process, on
   first use). spaCy ``Matcher`` token ``patterns`` describe the forbidden
   construction.
3. A match is excused by a *guard*: a built-in guard set named in ``guards``,
   an ``exceptions`` pattern overlapping the match, or ``unless`` matching
   nearby text. Guards look only within the match's clause (sentence text up
   to a semicolon), so "...shall be filed under seal; a party may move to
   unseal" stays flagged.

Built-in guard sets:

* ``negation``: a clause that opens with "Nothing", "No", "Neither" or
  "None" ("Nothing in this Order authorizes ..."), or "not", "n't", "never",
  "nor", "no" inside the match or in the comma-free stretch just before it
  ("does not entitle", "shall not be construed"). A negation in an earlier
  conditional ("If the parties cannot agree, ...") does not count. "No later
  than" and "not more than" are time and number limits, not negations.
* ``permission``: the clause makes the act depend on the court: seeking or
  applying for it ("may seek", "may apply", "may move", "may request"), a
  motion, application or request for it, leave, permission or approval of the
  court, "upon/pursuant to/by (court) order", "only if the Court grants",
  "subject to the Court's approval". "Without further order" and "unless
  the Court orders otherwise" are not: they make sealing the default.

One hit per offending sentence; its span is the sentence, and ``{sentence}``
(trimmed) is available to the rule's message.

Params:
    prefilter: Regular expression a sentence must match to be parsed at all.
    patterns: spaCy ``Matcher`` token patterns (each a list of token dicts:
        ``LOWER``, ``TEXT``, ``ORTH``, ``NORM``, ``SHAPE``, ``LENGTH``, the
        ``IS_*`` and ``LIKE_*`` flags, with ``IN``/``NOT_IN``/``REGEX`` and
        ``OP``, including ``"{n,m}"``) for the construction to flag. A blank
        pipeline sets no POS, tag, dependency or lemma, so those keys are
        refused.
    guards: Names of built-in guard sets (``negation``, ``permission``).
    exceptions: Token patterns that excuse a match they overlap (near misses
        such as "court reporters" for a rule about "the Court").
    unless: Regular expression that excuses a match when it matches within
        ``unless_within`` of it.
    unless_within: Where ``unless`` is searched: ``clause``, ``sentence``,
        ``paragraph`` or ``section`` (default ``sentence``).
    context: Optional regular expression that the candidate sentence's
        paragraph, or the heading of the section it sits in, must match
        ("If they cannot agree, the Designating Party shall file a motion" is
        about a challenge when its paragraph opens with the objection).
    scope: Regions to read; default: everything but page furniture.
    ignore_case: Regular expressions match case-insensitively (default true).
    max_hits: Report at most this many sentences per document.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ..findings import Hit
from ..lazy_pattern import lazy
from ..model import Span
from ._params import require_choice
from ..structure import Structure
from ._sentences import ABBREVIATIONS, split_sentences
from ._text import AUTHORED, check_scopes, compile_pattern

NEEDS = frozenset({"text"})

UNLESS_WITHIN = ("clause", "sentence", "paragraph", "section")

#: Token attributes a blank pipeline fills in (others would never match).
_TOKEN_KEYS = frozenset(
    {
        "ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "LENGTH", "OP",
        "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
        "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
        "IS_CURRENCY", "IS_SENT_START", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
    }
)
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX", "==", "!=", ">=", "<=", ">", "<"})
_OP = lazy(r"[?*+!]|\{\d*,?\d*\}")

# ---- built-in guard sets -------------------------------------------------------

#: A "sentence" longer than this (run-on text with no full stop: a dump, an OCR layer) is read
#: in windows of at most this many characters, cut at whitespace: spaCy refuses more than
#: 1,000,000 characters at once, and a real sentence is a few hundred.
MAX_SENTENCE = 10_000
_NEGATORS = frozenset({"not", "n't", "no", "nothing", "never", "neither", "nor", "none"})
#: Negators that open a clause and govern all of it.
_CLAUSE_NEGATORS = frozenset({"nothing", "no", "neither", "none"})
_LABEL_TOKEN = lazy(r"^(?:\d+(?:\.\d+)*\.?|\(?[a-zA-Z]\)|[A-Z]\.)$")
#: Words after a negator that make it a limit, not a negation ("no later than").
_LIMIT_WORDS = frozenset({"later", "earlier", "sooner", "more", "less", "fewer", "longer", "greater"})

_MODAL = {"LOWER": {"IN": ["may", "can", "shall", "must", "will", "should", "might"]}}
_COURT = {"LOWER": {"IN": ["court", "judge", "magistrate"]}}
_ANY = {"IS_PUNCT": False}

_PERMISSION = [
    # "may seek / apply / move / request / petition / ask"
    [_MODAL, {**_ANY, "OP": "{0,2}"},
     {"LOWER": {"IN": ["seek", "apply", "move", "request", "petition", "ask"]}}],
    # "seeks / seeking / applies to file under seal"
    [{"LOWER": {"IN": ["seeks", "seeking", "applies", "applying", "moves", "moving", "requests", "requesting"]}}],
    # "a motion / application / request / stipulation (for leave) to file ..."
    [{"LOWER": {"IN": ["motion", "motions", "application", "applications", "request", "requests",
                       "stipulation", "petition"]}},
     {"LOWER": {"IN": ["for", "to", "seeking", "requesting"]}}],
    # "leave / permission / approval / authorization of the Court", "the Court's approval"
    [{"LOWER": {"IN": ["leave", "permission", "approval", "authorization", "consent"]}},
     {"LOWER": {"IN": ["of", "from", "by"]}}, {"LOWER": {"IN": ["the", "this"]}, "OP": "?"}, _COURT],
    [_COURT, {"LOWER": {"IN": ["'s", "’s"]}, "OP": "?"},
     {"LOWER": {"IN": ["leave", "permission", "approval", "authorization", "consent"]}}],
    [{"LOWER": "with"}, {"LOWER": {"IN": ["leave", "permission", "approval"]}}],
    # "upon / pursuant to / by / under (a) (court) order"
    [{"LOWER": {"IN": ["upon", "pursuant", "by", "under", "following", "after", "per"]}},
     {"LOWER": "to", "OP": "?"},
     {"LOWER": {"IN": ["a", "an", "the", "further", "prior", "specific", "written", "court", "'s", "’s"]}, "OP": "{0,4}"},
     {"LOWER": {"IN": ["order", "orders", "authorization"]}}],
    # "only if / when / after the Court grants / approves / permits / orders"
    # ("unless the Court orders otherwise" is left out: it makes sealing the default)
    [{"LOWER": {"IN": ["if", "when", "once", "after"]}},
     {"LOWER": {"IN": ["the", "this"]}, "OP": "?"}, _COURT,
     {"LOWER": {"IN": ["grants", "approves", "permits", "authorizes", "allows", "orders", "has"]}}],
    # "subject to (the Court's) approval / order"
    [{"LOWER": "subject"}, {"LOWER": "to"}, {**_ANY, "OP": "{0,3}"},
     {"LOWER": {"IN": ["approval", "order", "leave", "permission"]}}],
]

GUARD_SETS = ("negation", "permission")

# ---- params --------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Params:
    prefilter: str
    patterns: tuple[Sequence[Mapping], ...]
    guards: tuple[str, ...] = ()
    exceptions: tuple[Sequence[Mapping], ...] = ()
    unless: str | None = None
    unless_within: str = "sentence"
    context: str | None = None
    scope: tuple[str, ...] = AUTHORED
    ignore_case: bool = True
    max_hits: int = 20

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "_prefilter", compile_pattern(self.prefilter, "prefilter", self.ignore_case))
        set_(self, "_context", compile_pattern(self.context, "context", self.ignore_case) if self.context else None)
        set_(self, "_unless", compile_pattern(self.unless, "unless", self.ignore_case) if self.unless else None)
        if not self.patterns:
            raise ValueError("patterns: give at least one token pattern")
        for name, group in (("patterns", self.patterns), ("exceptions", self.exceptions)):
            for i, pattern in enumerate(group):
                _validate_pattern(pattern, f"{name}[{i}]")
        unknown = [g for g in self.guards if g not in GUARD_SETS]
        if unknown:
            raise ValueError(f"guards: unknown guard set {unknown[0]!r} (known: {', '.join(GUARD_SETS)})")
        require_choice("unless_within", self.unless_within, UNLESS_WITHIN)
        if self.max_hits < 1:
            raise ValueError("max_hits: must be at least 1")
        check_scopes(self.scope)
        set_(self, "_matchers", None)  # built on first use, when spaCy is loaded


def _validate_pattern(pattern, where: str) -> None:
    """Refuse what spaCy would reject or what could never match in a blank pipeline."""
    if not isinstance(pattern, (list, tuple)) or not pattern:
        raise ValueError(f"{where}: a token pattern is a non-empty list of token dicts")
    for j, token in enumerate(pattern):
        if not isinstance(token, Mapping):
            raise ValueError(f"{where}[{j}]: expected a token dict, got {token!r}")
        for key, value in token.items():
            if key not in _TOKEN_KEYS:
                raise ValueError(f"{where}[{j}]: unsupported token attribute {key!r}")
            if key == "OP":
                if not isinstance(value, str) or not _OP.fullmatch(value):
                    raise ValueError(f"{where}[{j}]: bad OP {value!r}")
            elif isinstance(value, Mapping):
                bad = sorted(set(value) - _PREDICATES)
                if bad:
                    raise ValueError(f"{where}[{j}]: unknown predicate {bad[0]!r} for {key}")
                for predicate in ("IN", "NOT_IN"):
                    items = value.get(predicate, [])
                    if not isinstance(items, (list, tuple)) or not all(isinstance(i, (str, int)) and not isinstance(i, bool) for i in items):
                        raise ValueError(
                            f"{where}[{j}].{key}.{predicate}: expected a list of strings "
                            f"(quote YAML words such as on, no, yes), got {items!r}"
                        )
                if "REGEX" in value:
                    compile_pattern(str(value["REGEX"]), f"{where}[{j}].{key}.REGEX", ignore_case=False)


# ---- spaCy, loaded lazily ------------------------------------------------------


@cache
def _nlp():
    """A blank English pipeline with the rule-based sentencizer, built once."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for abbreviation in ABBREVIATIONS:
        for form in {abbreviation, abbreviation.lower(), abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def _matchers(params: Params):
    """(patterns, exceptions, guard matchers), built once per Params."""
    built = params._matchers
    if built is None:
        from spacy.matcher import Matcher

        vocab = _nlp().vocab

        def matcher(named: Mapping[str, Sequence]) -> Matcher:
            m = Matcher(vocab, validate=True)
            for name, patterns in named.items():
                if patterns:
                    m.add(name, [list(p) for p in patterns])
            return m

        built = (
            matcher({"forbidden": params.patterns}),
            matcher({"exception": params.exceptions}) if params.exceptions else None,
            matcher({"permission": _PERMISSION}) if "permission" in params.guards else None,
        )
        object.__setattr__(params, "_matchers", built)
    return built


# ---- the check -----------------------------------------------------------------


def check(doc, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    text = doc.scoped_text(params.scope)
    shape = structure.outline(params.scope)
    count = 0
    for paragraph in shape.paragraphs:
        for candidate in (w for s in split_sentences(text, paragraph) for w in _windows(text, s)):
            if not params._prefilter.search(text, candidate.start, candidate.end):
                continue
            if params._context is not None and not _in_context(params, text, shape, candidate):
                continue
            for sentence, matched in _offending_sentences(params, text, shape, candidate):
                sentence_text = " ".join(text[sentence.start : sentence.end].split())
                yield Hit(sentence, {"sentence": sentence_text, "match": matched})
                count += 1
                if count >= params.max_hits:
                    return


def _windows(text: str, span: Span) -> Iterator[Span]:
    start = span.start
    while span.end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        if cut < 0:
            cut = limit
        yield Span(start, cut)
        start = cut + 1 if text[cut].isspace() else cut
    yield Span(start, span.end)


def _in_context(params: Params, text: str, shape, sentence: Span) -> bool:
    paragraph = shape.paragraph_of(sentence.start) or sentence
    if params._context.search(text, paragraph.start, paragraph.end):
        return True
    heading, _ = shape.section_of(sentence.start)
    return heading is not None and bool(params._context.search(heading.title))


def _offending_sentences(params: Params, text: str, shape, candidate: Span) -> Iterator[tuple[Span, str]]:
    """(span, matched words) of each spaCy sentence in ``candidate`` holding an unexcused match."""
    forbidden, exceptions, permission = _matchers(params)
    flat, offsets = _collapse(text, candidate)
    tokens = _nlp()(flat)
    excused = [(s, e) for _, s, e in exceptions(tokens)] if exceptions else []
    permitted = [(s, e) for _, s, e in permission(tokens)] if permission else []
    flagged: dict[int, tuple[Span, str]] = {}
    for _, start, end in forbidden(tokens):
        sent = tokens[start].sent
        if end > sent.end or sent.start in flagged:
            continue
        clause = _clause(tokens, sent, start)
        if any(s < end and start < e for s, e in excused):
            continue
        if "negation" in params.guards and _negated(tokens, clause[0], start, end):
            continue
        if _permitted(clause, permitted):
            continue
        original = Span(offsets[tokens[sent.start].idx], offsets[_last_char(tokens, sent)] + 1)
        if params._unless is not None and _unless_matches(params, text, shape, tokens, clause, offsets, original):
            continue
        flagged[sent.start] = (original, tokens[start:end].text)
    yield from (flagged[k] for k in sorted(flagged))


def _collapse(text: str, span: Span) -> tuple[str, list[int]]:
    """The span's text with whitespace runs made single spaces, and each kept
    character's offset in ``text`` (so token offsets map back exactly)."""
    chars: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i in range(span.start, span.end):
        ch = text[i]
        if ch.isspace():
            if in_space:
                continue
            ch, in_space = " ", True
        else:
            in_space = False
        chars.append(ch)
        offsets.append(i)
    return "".join(chars), offsets


def _last_char(tokens, sent) -> int:
    last = tokens[sent.end - 1]
    return last.idx + len(last.text) - 1


def _clause(tokens, sent, at: int) -> tuple[int, int]:
    """Token range of the clause of ``sent`` holding token ``at`` (split at semicolons)."""
    start, end = sent.start, sent.end
    for i in range(sent.start, sent.end):
        if tokens[i].text == ";":
            if i < at:
                start = i + 1
            else:
                end = i
                break
    return start, end


def _negated(tokens, clause_start: int, match_start: int, match_end: int) -> bool:
    """True when a negator governs the match.

    A clause-opening "Nothing", "No", "Neither" or "None" governs the whole
    clause ("Nothing in this Order, read as a whole, authorizes ..."). Any other
    negator must sit inside the match or in the comma-free stretch just before
    it, so the "cannot" of "If the parties cannot agree, the Designating Party
    shall file a motion" does not excuse the main clause.
    """
    first = clause_start
    while first < match_start and (tokens[first].is_punct or _LABEL_TOKEN.match(tokens[first].text)):
        first += 1
    if tokens[first].lower_ in _CLAUSE_NEGATORS and _is_negation(tokens, first):
        return True
    stretch = match_start
    while stretch > clause_start and tokens[stretch - 1].text not in (",", ":"):
        stretch -= 1
    return any(tokens[i].lower_ in _NEGATORS and _is_negation(tokens, i) for i in range(stretch, match_end))


def _is_negation(tokens, i: int) -> bool:
    following = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
    return following not in _LIMIT_WORDS


def _permitted(clause: tuple[int, int], permitted) -> bool:
    start, end = clause
    return any(start <= s and e <= end for s, e in permitted)


def _unless_matches(params: Params, text: str, shape, tokens, clause, offsets, sentence: Span) -> bool:
    where = params.unless_within
    if where == "clause":
        first, last = tokens[clause[0]], tokens[clause[1] - 1]
        span = Span(offsets[first.idx], offsets[last.idx + len(last.text) - 1] + 1)
    elif where == "sentence":
        span = sentence
    elif where == "paragraph":
        span = shape.paragraph_of(sentence.start) or sentence
    else:
        span = shape.section_of(sentence.start)[1]
    return bool(params._unless.search(text, span.start, span.end))
