"""The case and document context a document is linted in.

``describe()`` builds it from the document (caption, footer, CM/ECF stamp) and
the user's overrides (config file, CLI flags); rules are selected against it
and checks may read it. It is a plain value: no I/O, no reference back to the
document.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .model import Span

#: The document-type vocabulary (DESIGN.md section 5).
DOC_TYPES = (
    "complaint",
    "motion",
    "memorandum",
    "opposition",
    "reply",
    "declaration",
    "exhibit",
    "proposed_order",
    "order",
    "minutes",
    "transcript",
    "stipulation",
    "protective_order",
    "application_to_seal",
    "admin_motion_to_seal",
    "redacted_version",
    "joint_letter",
    "notice",
    "judgment",
    "other",
)

#: Facets a title or body can give a paper; rules select on them (``applies_to.facets``).
FACETS = frozenset(
    {
        "joint", "stipulated", "proposed", "administrative", "ex_parte", "sealing", "discovery",
        "redacted", "unredacted", "amended", "in_limine", "shorten_time", "reconsideration",
        "summary_judgment", "dismiss", "compel", "protective_order", "joint_stipulation",
        "supplemental", "supporting", "opposing", "court_order", "letter", "unopposed", "corrected",
        "motion", "application", "quash", "subpoena", "non_party", "other_party_material",
    }
)  # fmt: skip

#: Where a context value came from, strongest last.
ORIGINS = ("unknown", "ecf-stamp", "footer", "document", "caption", "config", "cli")


@dataclass(frozen=True, slots=True)
class Context:
    court: str | None = None
    case_number: str | None = None  # normalised, "3:19-cv-04321" or "19-cv-04321"
    case_number_as_printed: str | None = None
    district_judge: str | None = None  # bare initials
    magistrate_judge: str | None = None  # the referred (or designated) magistrate judge
    doc_type: str | None = None
    facets: frozenset[str] = frozenset()  # modifiers read from the title: joint, discovery, sealing ...
    confidence: float | None = None  # how sure the document type is, 0-1
    evidence: tuple[str, ...] = ()  # why: the title's reading and the body's signs
    title: str | None = None
    pages: int | None = None
    pleading_paper: bool | None = None
    body_font_size_pt: float | None = None
    # What the caption itself printed, for checks that compare it with the case.
    printed_district_judge: str | None = None
    printed_magistrate_judge: str | None = None
    case_number_span: Span | None = None  # where the caption prints the number
    origins: dict[str, str] = field(default_factory=dict)  # field -> one of ORIGINS

    def to_dict(self) -> dict:
        """The ``document`` object of the JSON contract."""
        return {
            "court": self.court,
            "case_number": self.case_number,
            "case_number_as_printed": self.case_number_as_printed,
            "district_judge": self.district_judge,
            "magistrate_judge": self.magistrate_judge,
            "doc_type": self.doc_type,
            "facets": sorted(self.facets),
            "confidence": self.confidence,
            "evidence": list(self.evidence),
            "title": self.title,
            "pages": self.pages,
            "pleading_paper": self.pleading_paper,
            "body_font_size_pt": self.body_font_size_pt,
        }

    def replace(self, **changes) -> Context:
        values = asdict(self)
        values["case_number_span"] = self.case_number_span
        values.update(changes)
        return Context(**values)


@dataclass(frozen=True, slots=True)
class Overrides:
    """Context values given by the user; each beats what the document says."""

    court: str | None = None
    case_number: str | None = None
    district_judge: str | None = None
    magistrate_judge: str | None = None  # --referred-to
    doc_type: str | None = None
    origin: str = "cli"
    weaker_fields: frozenset[str] = frozenset()  # fields filled from a merged, weaker source
    weaker_origin: str = "config"

    FIELDS = ("court", "case_number", "district_judge", "magistrate_judge", "doc_type")

    def origin_of(self, name: str) -> str:
        """Where the value of field ``name`` came from ('cli' or 'config')."""
        return self.weaker_origin if name in self.weaker_fields else self.origin

    def merged_over(self, weaker: Overrides) -> Overrides:
        """These overrides, with gaps filled from ``weaker`` (e.g. CLI over config)."""
        values = {}
        filled = set()
        for name in self.FIELDS:
            mine = getattr(self, name)
            values[name] = mine or getattr(weaker, name)
            if not mine and getattr(weaker, name):
                filled.add(name)
        return Overrides(
            **values,
            origin=self.origin,
            weaker_fields=frozenset(filled),
            weaker_origin=weaker.origin,
        )
