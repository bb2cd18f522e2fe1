"""Read a filing's type from its title the way a clerk does: by parsing it.

A caption title is a noun phrase: optional party words ("DEFENDANT ACME INC.'S"),
modifiers ("JOINT", "[PROPOSED]", "ADMINISTRATIVE"), one or more coordinated
head nouns ("STIPULATION AND [PROPOSED] PROTECTIVE ORDER", "NOTICE OF MOTION AND
MOTION"), then a relation ("IN SUPPORT OF", "GRANTING", "TO AMEND") and its
object ("MOTION TO COMPEL"). ``read_title`` parses that shape after undoing how
titles print (merged caption columns, ``)`` rules, hearing details, sealing
labels, abbreviations); the type comes from the deciding head, its modifiers and
its relation, never from whichever keyword happens to come first.

``classify_title`` adds scored evidence from the body (``score_body``) and from
the running footer's title. Unknown is ``doc_type=None`` with confidence 0: no
guess is made when nothing readable names the paper.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from ..context import FACETS



@dataclass(frozen=True, slots=True)
class TitleReading:
    """What a title (and optionally the body and footer) says the paper is."""

    doc_type: str | None
    head: str | None = None
    heads: tuple[str, ...] = ()
    relation: str | None = None
    object: str | None = None
    facets: frozenset[str] = frozenset()
    confidence: float = 0.0
    alternatives: tuple[tuple[str, float], ...] = ()
    evidence: tuple[str, ...] = ()
    text: str = ""  # the title as normalised for parsing


UNKNOWN = TitleReading(doc_type=None, evidence=("no readable title or body evidence",))

# ---- normalising how titles print ---------------------------------------------------

_CHARS = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2011": "-",
     "\u00a0": " ", "\u00ad": "", "\ufffe": "-", "\u2022": " ", "*": " "}
)  # fmt: skip

#: Words a line-wrap hyphen may split ("PRO- TECTIVE"); other hyphens stay ("CROSS-MOTION").
_WRAP_WORDS = frozenset(
    "PROTECTIVE STIPULATION STIPULATED DECLARATION MEMORANDUM OPPOSITION ADMINISTRATIVE APPLICATION "
    "AUTHORITIES SUPPORT MOTION PROPOSED ORDER ORDERS JUDGMENT COMPLAINT TRANSCRIPT PROCEEDINGS REPLY "
    "SUPPLEMENTAL RECONSIDERATION DISCOVERY CONFIDENTIAL DEFENDANTS PLAINTIFFS PRELIMINARY INJUNCTION "
    "CERTIFICATION CERTIFICATE DISMISS COMPEL SUMMARY REGARDING GRANTING DENYING AMENDED AMENDING "
    "MODIFYING SURREPLY SEAL SEALING PORTIONS DOCUMENTS EXHIBITS RESPONSE STATEMENT NOTICE".split()
)
_WRAP = re.compile(r"\b([A-Za-z]{2,})-\s+([A-Za-z]{2,})\b")
#: Small capitals extract with the enlarged first letter apart: "D ECLARATION".
_SMALL_CAPS = re.compile(r"\b([A-Z]) ([A-Z]{3,})\b")

#: Sealing labels printed in or beside the title: not part of the title's grammar.
_SEAL_LABELS = (
    (re.compile(r"\bUNREDACTED\s+VERSION\s+OF\s+DOCUMENTS?(?:\(S\))?\s+(?:SOUGHT|PROPOSED)\s+TO\s+(?:BE\s+)?"
                r"(?:FILED\s+UNDER\s+)?SEALED?\b(?:\s+OF\b)?"), "unredacted"),
    (re.compile(r"\b(?:PUBLIC[- ]?)?REDACTED\s+VERSION\s+OF\s+DOCUMENTS?(?:\(S\))?\s+(?:SOUGHT|PROPOSED)\s+TO\s+"
                r"(?:BE\s+)?(?:FILED\s+UNDER\s+)?SEALED?\b(?:\s+OF\b)?"), "redacted"),
    (re.compile(r"[\[(]\s*(?:PUBLIC\s+)?REDACTED(?:,?\s+PUBLIC)?\s+VERSION\s*[\])]|\bPUBLIC(?:LY\s+FILED)?[- ]REDACTED"
                r"(?:\s+VERSION)?\b|\bREDACTED,?\s+PUBLIC\s+VERSION\b|\bREDACTED\s+VERSION(?:\s+OF\b)?"), "redacted"),
    (re.compile(r"[\[(]\s*(?:PROPOSED\s+TO\s+BE\s+)?FILED\s+UNDER\s+SEAL\s*[\])]|\bREDACTED\s+-\s+FILED\s+UNDER\s+SEAL"),
     "redacted"),
    (re.compile(r"^\s*[\[(]?\s*UNREDACTED\b\s*[\])]?"), "unredacted"),
    (re.compile(r"^\s*[\[(]?\s*REDACTED\b\s*[\])]?"), "redacted"),
)  # fmt: skip

#: Where a title ends and hearing details, filing notes or judge designations begin.
_TAIL = re.compile(
    r"\s(?:\[\s*|\(\s*)?(?:(?:HEARING\s+)?DATE|TIME|HEARING|JUDGE|CTRM|COURTROOM|DEPT|PLACE|LOCATION|"
    r"TRIAL\s+DATE|COMPLAINT\s+FILED|ACTION\s+FILED|PETITION\s+FILED|DISCOVERY\s+CUT-?OFF|PRE-?TRIAL\s+CONF\w*)\s*:"
    r"|\s[\[(]\s*(?:FILED|LODGED|SUBMITTED)\s+(?:CONCURRENTLY|HEREWITH|WITH)\b"
    r"|\s(?:FILED|LODGED|SUBMITTED)\s+(?:CONCURRENTLY|HEREWITH)\b"
    r"|\s(?:\[\s*|\(\s*)?CONCURRENTLY\s+(?:FILED|LODGED|SUBMITTED)\b"
    r"|\s(?:\[\s*|\(\s*)?(?:JURY\s+TRIAL\s+DEMANDED|BEFORE\s+THE\s+HON|THE\s+HON(?:\.|ORABLE)|HON(?:\.|ORABLE)\s)"
)
#: A judge's name ends where title words begin.
_NAME_WORD = (
    r"(?!(?:STIPULAT|JOINT|\[|\(|ORDER|NOTICE|MOTION|DECLARATION|PLAINTIFF|DEFENDANT|APPLICATION|MEMORANDUM|OPPOSITION|"
    r"REPLY|EX\s|ADMINISTRATIVE|PROTECTIVE|DISCOVERY|REQUEST|RESPONSE|JOINT)\b)[A-Z][A-Z.'\-]*"
)
_DISCOVERY_LABEL = re.compile(
    r"[\[(]?\s*DISCOVERY\s+(?:MATTER|DOCUMENT)\b\s*[:\-]?\s*(?:[\])]|(?:REFERRED\s+TO\s+)?(?:THE\s+)?"
    rf"(?:HON\.|HONORABLE)?\s*(?:U\.S\.\s+)?(?:MAGISTRATE\s+)?JUDGE(?:\s+{_NAME_WORD}){{0,4}}\s*[\])]?)?"
)
_NOISE = (
    re.compile(r"\[\s*RE:?\s*(?:ECF|DKT|DOCKET)[^\]]*\]|\(\s*(?:RE:?\s*)?(?:ECF|DKTS?\.?|DOCKET)\s*(?:NOS?\.?)?[^)]*\)"),
    re.compile(r"[\[(][^\])]*(?:MAGISTRATE|REFERRED\s+TO|ASSIGNED\s+TO)[^\])]*[\])]"),
    re.compile(r"\bCASE\s+NOS?\.?\s*:?\s*[\w:.\-]+(?:\s*\([A-Z]{1,5}\))?"),
    re.compile(r"\b\d:\d{2}-[A-Z]{2}-\d{3,5}[\w\-]*"),
    re.compile(r"\(\s*(?:[1-9]\d?|[IVX]{1,4}|[A-H])\s*\)"),  # enumerators "(1)", "(ii)"
    re.compile(r"\(\s*CLASS\s+ACTION\s*\)|\bCLASS\s+ACTION\s*$"),
    re.compile(r"\(\s*[A-Z]{2,4}X?\s*\)"),  # a judge's initials "(JCS)"
    re.compile(r"\bPAGE\s+\d+\s+OF\s+\d+\b|\b(?:CV|CR)-\d+[A-Z]?\s*\(\d{1,2}/\d{2}\)"),  # footer furniture
)
#: Left-column words glued to the title when caption columns merge ("Plaintiff, ...", "v.").
_ROLE = (
    r"(?:[\w]+[/-])*(?:PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?|CLAIMANTS?|INTERVENORS?|DEBTORS?|"
    r"APPELLANTS?|APPELLEES?|PARTY|PARTIES|COUNTER-?(?:CLAIMANTS?|DEFENDANTS?|PLAINTIFFS?))(?:\(S\))?"
)
_DEBRIS = re.compile(rf"(?:^|\s){_ROLE}\s*[.,;]+(?=\s|$)|(?:^|\s)(?:V|VS)\.(?=\s|$)|\bET\s+AL\.?,?(?=\s|$)")

#: Abbreviations lawyers print in titles and footers, expanded before parsing.
_ABBREVIATIONS = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\bMEM(?:O|ORANDUM)?\.?\s+(?:OF\s+)?P(?:TS)?\.?\s*(?:&|AND)\s*A(?:UTH)?S?\.?(?=\s|$|;|,)",
         "MEMORANDUM OF POINTS AND AUTHORITIES"),
        (r"\bMPA\b|\bP\s*&\s*AS?\b\.?|\bPOINTS\s*&\s*AUTHORITIES\b", "MEMORANDUM OF POINTS AND AUTHORITIES"),
        (r"\bDECLS?\.|\bDECL\b", "DECLARATION"),
        (r"\bMOTS?\.|\bMOT\b", "MOTION"),
        (r"\bOPP'?NS?\.?|\bOPPO?\.", "OPPOSITION"),
        (r"\bSTIPS?\.|\bSTIP\b", "STIPULATION"),
        (r"\bADMIN\.?(?=\s)", "ADMINISTRATIVE"),
        (r"\bAPPL?\.(?=\s)", "APPLICATION"),
        (r"\bRESP\.(?=\s)", "RESPONSE"),
        (r"\bREQ\.(?=\s)", "REQUEST"),
        (r"\bOBJS?\.(?=\s)", "OBJECTIONS"),
        (r"\bCERT\.(?=\s)", "CERTIFICATE"),
        (r"\bSUPPL?\.(?=\s+(?:DECL|BRIEF|MEM|OPP|REPLY|RESP))", "SUPPLEMENTAL"),
        (r"\bIN\s+(?:FURTHER\s+)?SUPP\.?\s+OF\b", "IN SUPPORT OF"),
        (r"\bISO\b", "IN SUPPORT OF"),
        (r"\bMEMO?\.|\bMEMO\b", "MEMORANDUM"),
        (r"\bMSJ\b", "MOTION FOR SUMMARY JUDGMENT"),
        (r"\bMTD\b", "MOTION TO DISMISS"),
        (r"\bMIL\b", "MOTION IN LIMINE"),
        (r"\bRJN\b", "REQUEST FOR JUDICIAL NOTICE"),
        (r"\bTRO\b", "TEMPORARY RESTRAINING ORDER"),
        (r"\bOSC\b", "ORDER TO SHOW CAUSE"),
        (r"\bSUMM\.\s*J(?:\.|\b)", "SUMMARY JUDGMENT"),
        (r"\bPRELIM\.\s*INJ\.?", "PRELIMINARY INJUNCTION"),
        (r"\bPROT\.\s*ORDER\b|\bP\.O\.(?=\s|$)", "PROTECTIVE ORDER"),
        (r"\bEXS?\.(?=\s*[A-Z0-9])(?!\s*PARTE)", "EXHIBIT"),
        (r"\bEX-?PARTE\b", "EX PARTE"),
        (r"\bSUR-\s*REPLY\b|\bSURREPLY\b", "SUR-REPLY"),
        (r"\bNON-\s*OPPOSITION\b|\bNONOPPOSITION\b", "NON-OPPOSITION"),
        (r"\bRE\s*:", "RE"),
        (r"\s*&\s*", " AND "),
        (r"[\[(]\s*PROPOSED\s*[\])]|\bPROPOSED\b(?!\s+TO\b)", "[PROPOSED]"),
    )
)  # fmt: skip


def normalise(title: str) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """The title in one spelling, plus facets and evidence its labels gave."""
    text = " ".join(title.translate(_CHARS).split())
    text = _WRAP.sub(_join_wrapped, text).upper()
    text = _SMALL_CAPS.sub(_join_small_caps, text)
    facets: set[str] = set()
    evidence: list[str] = []
    for pattern, facet in _SEAL_LABELS:
        text, n = pattern.subn(" ", text)
        if n:
            facets.add(facet)
            evidence.append(f"sealing label: {facet}")
    text, n = _DISCOVERY_LABEL.subn(" ", text)
    if n:
        facets.add("discovery")
        evidence.append("DISCOVERY MATTER label")
    text = _balance(text)
    if m := _TAIL.search(" " + text):
        text = text[: max(m.start() - 1, 0)]
    for pattern in _NOISE:
        text = pattern.sub(" ", text)
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    text, cut = _drop_debris(text)
    if cut:
        evidence.append("caption column debris dropped")
    return " ".join(text.split()).strip(" ,.:-"), frozenset(facets), tuple(evidence)


def _join_wrapped(m: re.Match) -> str:
    joined = m[1] + m[2]
    return joined if joined.upper() in _WRAP_WORDS else f"{m[1]}-{m[2]}"


def _join_small_caps(m: re.Match) -> str:
    return m[1] + m[2] if m[1] + m[2] in _WRAP_WORDS else m[0]


def _balance(text: str) -> str:
    """Drop unmatched ``)`` and ``]`` (a ``)``-ruled caption's column rule) and unclosed openers."""
    out: list[str] = []
    depth = {"(": 0, "[": 0}
    closers = {")": "(", "]": "["}
    for ch in text:
        if ch in closers:
            if depth[closers[ch]] == 0:
                out.append(" ")
                continue
            depth[closers[ch]] -= 1
        elif ch in depth:
            depth[ch] += 1
        out.append(ch)
    result = "".join(out)
    for opener, closer in (("(", ")"), ("[", "]")):
        while result.count(opener) > result.count(closer):
            i = result.rfind(opener)
            result = result[:i] + " " + result[i + 1 :]
    return result


def _drop_debris(text: str) -> tuple[str, bool]:
    """Cut merged left-column text before the title; drop role words inside it."""
    first = _HEAD_RE.search(text)
    limit = first.start() if first else len(text)
    before = [m for m in _DEBRIS.finditer(text) if m.end() <= limit + 1]
    cut = bool(before)
    if before:
        text = text[before[-1].end() :]
    stripped = _DEBRIS.sub(" ", text)
    return stripped, cut or stripped != text


# ---- the grammar's vocabulary -----------------------------------------------------

#: Words that modify a head noun ("JOINT [PROPOSED] ORDER", "NOTICE OF RENEWED MOTION").
_MOD_WORDS = (
    r"(?:JOINT|\[PROPOSED\]|ADMINISTRATIVE|EX\s+PARTE|RENEWED|UNOPPOSED|AMENDED|SUPPLEMENTAL|PARTIAL|EMERGENCY|"
    r"STIPULATED|OMNIBUS|DAUBERT|FIRST|SECOND|THIRD|FOURTH|FINAL|REVISED|CORRECTED|CONSOLIDATED|SPECIAL|CROSS-|"
    r"COUNTER-|REDACTED|PRELIMINARY|FURTHER|NOTICED|REGULARLY)"
)
#: "AND" (or a comma) joining two heads, with the second head's modifiers.
_CONNECTOR = re.compile(rf"(?:\bAND|,)\s*(?P<mods>(?:{_MOD_WORDS}\s+)*)$")
#: "OF DEFENDANT ACME INC.'S" between NOTICE OF and MOTION.
_OF_PARTY = r"(?:(?:[\w.,\-]+\s+){0,6}?[\w.\-]+'S?\s+)?"

#: Head noun phrases, longest alternatives first, with the base type each names.
_HEAD_TABLE: tuple[tuple[str, str, str], ...] = (
    (rf"NOTICE\s+OF\s+{_OF_PARTY}(?:{_MOD_WORDS}\s+)*(?:CROSS-|COUNTER-)?MOTIONS?", "NOTICE OF MOTION", "motion"),
    (rf"NOTICE\s+OF\s+{_OF_PARTY}(?:{_MOD_WORDS}\s+)*APPLICATION", "NOTICE OF APPLICATION", "application"),
    (rf"NOTICE\s+OF\s+{_OF_PARTY}(?:{_MOD_WORDS}\s+)*PETITION", "NOTICE OF PETITION", "petition"),
    (r"(?:NOTICE\s+OF\s+|STATEMENT\s+OF\s+)?NON-OPPOSITION", "NON-OPPOSITION", "other"),
    (r"MEMORANDUM\s+(?:OPINION|DECISION|OF\s+DECISION|OF\s+FINDINGS)", "MEMORANDUM OPINION", "decision"),
    (r"MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES|MEMORANDUM\s+OF\s+LAW|POINTS\s+AND\s+AUTHORITIES|MEMORANDUM",
     "MEMORANDUM", "memorandum"),
    (r"FINDINGS\s+OF\s+FACTS?(?:,?\s+AND\s+CONCLUSIONS\s+OF\s+LAW)?", "FINDINGS OF FACT", "decision"),
    (r"(?:REPORT|FINDINGS)\s+AND\s+RECOMMENDATIONS?", "REPORT AND RECOMMENDATION", "decision"),
    (r"STATEMENT\s+OF\s+DECISION", "STATEMENT OF DECISION", "decision"),
    (r"OPINION|RULING|DECISION", "OPINION", "decision"),
    (r"(?:CIVIL\s+|CRIMINAL\s+)MINUTES|MINUTES|MINUTE\s+(?:ORDER|ENTRY)", "MINUTES", "minutes"),
    (r"PROTECTIVE\s+ORDER", "PROTECTIVE ORDER", "protective_order"),
    (r"(?:EXHIBIT|WITNESS)\s+LISTS?", "LIST", "other"),
    (r"VERDICT(?:\s+FORMS?)?|JURY\s+(?:NOTES?|INSTRUCTIONS?|QUESTIONS?)", "VERDICT", "other"),
    (r"ORDERS?", "ORDER", "order"),
    (r"JUDGMENT", "JUDGMENT", "judgment"),
    (r"(?:CROSS-|COUNTER-)?MOTIONS?", "MOTION", "motion"),
    (r"APPLICATIONS?", "APPLICATION", "application"),
    (r"PETITION\s+FOR\s+(?:A\s+)?WRIT\s+OF\s+HABEAS\s+CORPUS|HABEAS\s+PETITION", "PETITION", "complaint"),
    (r"PETITION", "PETITION", "petition"),
    (r"REPLY\s+(?:MEMORANDUM(?:\s+OF\s+POINTS\s+AND\s+AUTHORITIES)?|BRIEF)|SUR-REPLY|REPLY", "REPLY", "reply"),
    (r"OPPOSITION\s+(?:MEMORANDUM|BRIEF)|OPPOSITION", "OPPOSITION", "opposition"),
    (r"RESPONSES?", "RESPONSE", "response"),
    (r"(?:AFFIDAVIT|DECLARATION|PROOF|CERTIFICATE)\s+OF\s+(?:ELECTRONIC\s+)?SERVICE|AFFIDAVIT\s+OF\s+SURETY",
     "CERTIFICATE", "other"),
    (r"DECLARATIONS?|AFFIDAVITS?", "DECLARATION", "declaration"),
    (r"STIPULATIONS?", "STIPULATION", "stipulation"),
    (r"LETTER(?:\s+BRIEFS?)?", "LETTER", "joint_letter"),
    (r"BRIEFING|BRIEFS?", "BRIEF", "memorandum"),
    (r"TRANSCRIPTS?", "TRANSCRIPT", "transcript"),
    (r"(?:CROSS-|COUNTER-|THIRD-PARTY\s+)?COMPLAINT|COUNTERCLAIMS?|CROSS-?CLAIMS?", "COMPLAINT", "complaint"),
    (r"NOTICES?", "NOTICE", "notice"),
    (r"EXHIBITS?|APPENDIX|APPENDICES|COMPENDIUM|ATTACHMENT|TAB(?=\s+\w{1,3}\b)", "EXHIBIT", "exhibit"),
    (r"ANSWER|CERTIFICATES?|CERTIFICATION|REQUESTS?|OBJECTIONS?|STATEMENTS?|REPORTS?|BOND|SUMMONS|SUBPOENA|"
     r"WRIT|ABSTRACT|SATISFACTION|SUBSTITUTION|CONSENT(?=\s+(?:TO|OR)\b)|DECLINATION|DEMAND|WAIVER|MANDATE|"
     r"JOINDER|ERRATA|AGREEMENT|DISCLOSURES?|INDEX|BILL\s+OF\s+COSTS|PROOF|LISTS?|COVER\s+SHEET|PRAECIPE",
     "", "other"),
)  # fmt: skip
_HEAD_RE = re.compile("|".join(rf"(?P<h{i}>\b(?:{p})\b)" for i, (p, _, _) in enumerate(_HEAD_TABLE)))

#: Relations a head takes, longest first, with the name they are reported under.
_RELATIONS: tuple[tuple[str, str], ...] = (
    (r"IN\s+FURTHER\s+SUPPORT\s+OF", "IN SUPPORT OF"),
    (r"IN\s+SUPPORT\s+(?:OF|THEREOF)", "IN SUPPORT OF"),
    (r"IN\s+OPPOSITION\s+(?:TO|THERETO)", "IN OPPOSITION TO"),
    (r"IN\s+RESPONSE\s+TO", "IN RESPONSE TO"),
    (r"IN\s+REPLY(?:\s+TO)?", "IN REPLY"),
    (r"GRANTING\s+IN\s+PART\s+AND\s+DENYING\s+IN\s+PART", "GRANTING IN PART AND DENYING IN PART"),
    (r"GRANTING", "GRANTING"), (r"DENYING", "DENYING"),
    (r"(?:TO\s+)?AMEND(?:ING)?|AMENDMENT\s+(?:TO|OF)", "AMENDING"),
    (r"(?:TO\s+)?MODIFY(?:ING)?|MODIFICATION\s+OF", "MODIFYING"),
    (r"REGARDING|RE|CONCERNING|RELATING\s+TO|WITH\s+RESPECT\s+TO|AS\s+TO", "RE"),
    (r"SETTING|VACATING|CONTINUING|EXTENDING|APPROVING|ADOPTING|ACCEPTING|DISMISSING|STRIKING|REQUIRING|"
     r"DIRECTING|CONFIRMING|ENTERING|REFERRING|SHORTENING|REMANDING|STAYING|GOVERNING", ""),
    (r"PURSUANT\s+TO", "PURSUANT TO"),
    (r"FOR", "FOR"), (r"TO", "TO"), (r"ON", "ON"), (r"OF", "OF"), (r"AGAINST", "AGAINST"), (r"BY", "BY"),
)  # fmt: skip
_RELATION_RE = re.compile(
    r"\s*(?:" + "|".join(rf"(?P<r{i}>\b(?:{p})\b)" for i, (p, _) in enumerate(_RELATIONS)) + ")"
)
#: Relations that, after "OF <person>", carry what the paper is about.
_STRONG = frozenset({"IN SUPPORT OF", "IN OPPOSITION TO", "IN RESPONSE TO", "IN REPLY", "RE"})
#: Heads whose "OF" takes a person, so a later TO/FOR names the object ("MOTION OF X TO DISMISS").
_PERSON_OF = frozenset({"declaration", "motion", "application", "memorandum", "opposition", "reply", "response",
                        "petition", "other", "joint_letter"})  # fmt: skip

#: What papers are about, in canonical words; the earliest match in the object wins.
_OBJECTS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(p), name)
    for p, name in (
        (r"\bUNSEAL(?:ED|ING)?\b", "unsealing"),
        (r"\b(?:FILE|FILING|LODGE|LODGING)\b[^;]{0,220}?\bUNDER\s+SEAL\b|\bUNDER\s+SEAL\b|\bSEAL(?:ED|ING)?\b", "sealing"),
        (r"\bPROTECTIVE\s+ORDER\b", "protective order"),
        (r"\bCOMPEL\s+ARBITRATION\b|\bARBITRAT\w*", "arbitration"),
        (r"\bCOMPEL\w*", "motion to compel"),
        (r"\bSUMMARY\s+(?:JUDGMENT|ADJUDICATION)\b", "summary judgment"),
        (r"\bJUDGMENT\s+ON\s+THE\s+PLEADINGS\b", "judgment on the pleadings"),
        (r"\bDISMISS\b", "dismiss"),
        (r"\bDISMISSAL\b", "dismissal"),
        (r"\bIN\s+LIMINE\b", "in limine"),
        (r"\bPRELIMINARY\s+INJUNCTION\b", "preliminary injunction"),
        (r"\bTEMPORARY\s+RESTRAINING\s+ORDER\b", "temporary restraining order"),
        (r"\bCERTIFY\s+(?:A\s+|THE\s+)?CLASS\b|\bCLASS\s+CERTIFICATION\b", "class certification"),
        (r"\bATTORNEYS?'?\s+FEES\b|\bFEES\s+AND\s+COSTS\b", "attorneys' fees"),
        (r"\bTRANSFER\b", "transfer venue"),
        (r"\bRECONSIDER\w*", "reconsideration"),
        (r"\bSHORTEN(?:ING)?\s+TIME\b", "shorten time"),
        (r"\bEXTEN(?:D|SION)\w*\s+(?:OF\s+)?(?:THE\s+)?(?:\w+\s+)?(?:TIME|DEADLINES?|CUT-?OFFS?|DATES?)\b|\bCHANG\w+\s+TIME\b", "extend time"),
        (r"\bCONTINU(?:E|ANCE)\b", "continuance"),
        (r"\bDEFAULT\b", "default"),
        (r"\bSTRIKE\b", "strike"),
        (r"\bSTAY\b", "stay"),
        (r"\bLEAVE\s+TO\s+(?:FILE\s+)?(?:AN?\s+)?(?:\w+\s+)?AMEND\w*", "leave to amend"),
        (r"\bSANCTIONS?\b", "sanctions"),
        (r"\bREMAND\b", "remand"),
        (r"\bDISQUALIF\w*", "disqualification"),
        (r"\bWITHDRAW\w*", "withdrawal"),
        (r"\bPRO\s+HAC\s+VICE\b", "pro hac vice"),
        (r"\bCASE\s+MANAGEMENT\b", "case management"),
        (r"\bSETTLEMENT\b", "settlement"),
        (r"\bDAUBERT\b|\bEXCLUDE\b", "exclude testimony"),
        (r"\bDISCOVERY\b", "discovery"),
        (r"\bREMOVAL\b", "removal"),
        (r"\bAPPEAL\b", "appeal"),
        (r"\bSERVICE\b", "service"),
    )
)

#: "compel" as a discovery motion uses it, not a motion to compel arbitration or a settlement.
_COMPEL = r"\bCOMPEL(?:LING)?\b(?!\s+(?:ARBITRATION|MEDIATION|APPRAISAL|ACCEPTANCE|COMPLIANCE\s+WITH\s+(?:THE\s+)?SETTLEMENT))"
#: A protective order the paper asks for or is, not one it is filed under ("PURSUANT TO THE PROTECTIVE ORDER").
_PROTECTIVE_ORDER = (
    r"(?<!\b(?:PURSUANT\s+TO|UNDER|SUBJECT\s+TO|IN\s+ACCORDANCE\s+WITH|GOVERNED\s+BY|DESIGNATED\s+UNDER)"
    r"\s+(?:THE\s+)?(?:[\w'.]+\s+){0,2})\bPROTECTIVE\s+ORDERS?\b"
)
#: Facets read from anywhere in the title: what the paper is about.
_SUBJECT_FACETS: tuple[tuple[regex.Pattern, str], ...] = tuple(
    (regex.compile(p), f)
    for p, f in (
        (r"\bUNDER\s+SEAL\b|(?<!UN)\bSEAL(?:ED|ING)?\b", "sealing"),
        (_COMPEL + "|" + _PROTECTIVE_ORDER + r"|\bQUASH(?:ING)?\b|\bL\.?\s*R\.?\s*37\b|\bLOCAL\s+RULES?\s+37\b"
         r"|\bDISCOVERY\b(?!,?\s*(?:CUT[\s-]*OFF|CUTOFF|DEADLINES?|COMPLETION|CLOSES?|PLAN|INC\b|LLC\b|CORP))"
         r"|\bINTERROGATOR(?:Y|IES)\b|\bREQUESTS?\s+FOR\s+(?:PRODUCTION|ADMISSIONS?|INSPECTION)\b|\bPRIVILEGE\s+LOGS?\b"
         r"|\bDEPOSITIONS?\b|\bTO\s+DEPOSE\b|\bSUBPOENA|\bESI\b|\bRULE\s+30\s*\(\s*B\s*\)\s*\(\s*6\s*\)"
         r"|\b(?:RULE|R\.\s*CIV\.\s*P\.)\s*(?:26\s*\(\s*[BC]\s*\)|37\s*\(\s*A\s*\)|45\b)", "discovery"),
        (r"\bIN\s+LIMINE\b", "in_limine"),
        (r"\bSHORTEN(?:ING)?\s+TIME\b", "shorten_time"),
        (r"\bRECONSIDER", "reconsideration"),
        (r"\bSUMMARY\s+(?:JUDGMENT|ADJUDICATION)\b", "summary_judgment"),
        (r"\bDISMISS\b", "dismiss"),
        (_COMPEL, "compel"),
        (r"\bPROTECTIVE\s+ORDERS?\b", "protective_order"),
        (r"\bJOINT\s+STIPULATION\b", "joint_stipulation"),
        (r"\bEX\s+PARTE\b", "ex_parte"),
        (r"\bMOTIONS?\b|\bAPPLICATIONS?\b", "motion"),
        (r"\bAPPLICATIONS?\b", "application"),
        (r"\bADMINISTRATIVE\s+MOTIONS?\b", "administrative"),
        (r"\bQUASH(?:ING)?\b", "quash"),
        (r"\bSUBPOENA", "subpoena"),
        (r"\bNON-?PART(?:Y|IES)\b|\bTHIRD[\s-]PART(?:Y|IES)\b", "non_party"),
        (r"\bANOTHER\s+PART(?:Y|IES)\b", "other_party_material"),
    )
)
#: Facets read from a head's own modifiers: what kind of paper it is.
_MODIFIER_FACETS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(p), f)
    for p, f in (
        (r"\bJOINT\b", "joint"),
        (r"\bSTIPULAT(?:ED|ION)\b", "stipulated"),
        (r"\[PROPOSED\]", "proposed"),
        (r"\bADMINISTRATIVE\b", "administrative"),
        (r"\bAMENDED\b", "amended"),
        (r"\bSUPPLEMENTAL\b|\bSUPPLEMENT\b", "supplemental"),
        (r"\bREDACTED\b", "redacted"),
        (r"\bUNREDACTED\b", "unredacted"),
        (r"\bUNOPPOSED\b", "unopposed"),
        (r"\bCORRECTED\b", "corrected"),
        (r"\bLETTER\b", "letter"),
        (r"\bIN\s+LIMINE\b", "in_limine"),
    )
)
_POSSESSIVE = re.compile(r"\S'S?(?=[\s,]|$)")
_LINKS = re.compile(r"\b(?:OF|TO|IN|FOR|RE|ON|BY|AND|GRANTING|DENYING|REGARDING)\b")
_OBJECT_LEAD = re.compile(r"^(?:(?:THE|ITS|HIS|HER|THEIR|A|AN|THIS|SAID)\s+)+")
_JOINT_37 = re.compile(r"\bL\.?\s*R\.?\s*37|\bLOCAL\s+RULE\s+37|\bDISCOVERY\s+(?:DISPUTE|MOTION)")
_ORDER_FAMILY = frozenset({"order", "decision", "minutes", "judgment"})
#: Heads whose "IN SUPPORT OF" belongs to their object ("MOTION FOR LEAVE TO FILE ... IN SUPPORT OF").
_ASKS_OR_DECIDES = _ORDER_FAMILY | {"motion", "application", "petition", "stipulation", "protective_order"}

# ---- parsing ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Head:
    text: str  # canonical head ("MOTION")
    base: str  # base type from the vocabulary
    modifiers: str  # words before the head ("JOINT [PROPOSED]")
    complement: str  # words after it, up to the next coordinated head


def _head_name(m: re.Match) -> tuple[str, str]:
    _, name, base = _HEAD_TABLE[int(m.lastgroup[1:])]
    return name or " ".join(m[0].split()), base


def _heads_in(segment: str) -> list[re.Match]:
    """Head matches, with noun-noun compounds read right-headed ("CONSENT MOTION" is a motion)."""
    out: list[re.Match] = []
    for m in _HEAD_RE.finditer(segment):
        if out and not segment[out[-1].end() : m.start()].strip():
            out[-1] = m
        else:
            out.append(m)
    return out


def _party_skip(segment: str, heads: list[re.Match]) -> int:
    """Offset after a possessive party phrase that holds a head word ("JUDGMENT CREDITOR'S MOTION")."""
    p = _POSSESSIVE.search(segment)
    if p is None:
        return 0
    before = [h for h in heads if h.end() <= p.start() + 1]
    after = [h for h in heads if h.start() >= p.end()]
    if before and after and not _LINKS.search(segment[before[0].end() : p.start()]):
        return p.end()
    return 0


def _parse_heads(segment: str) -> list[_Head]:
    """The first head and those coordinated with it ("X AND [PROPOSED] Y")."""
    matches = _heads_in(segment)
    skip = _party_skip(segment, matches)
    matches = [m for m in matches if m.start() >= skip]
    if not matches:
        return []
    # (match, where its modifiers start, where its connector starts)
    chain = [(matches[0], skip, skip)]
    for m in matches[1:]:
        prev = chain[-1][0]
        connector = _CONNECTOR.search(segment, prev.end(), m.start())
        if connector is None:
            break
        chain.append((m, connector.start("mods"), connector.start()))
    heads = []
    for i, (m, lead, _) in enumerate(chain):
        end = chain[i + 1][2] if i + 1 < len(chain) else len(segment)
        name, base = _head_name(m)
        heads.append(_Head(name, base, " ".join(segment[lead : m.start()].split()), " ".join(segment[m.end() : end].split())))
    return heads


def _relation(head: _Head) -> tuple[str | None, str]:
    """The head's relation and the phrase it governs."""
    lead = re.match(r"(?:NO\.?\s*\d+\s*|IN\s+LIMINE\s*(?:NO\.?\s*\d+\s*)?)*", head.complement)
    limine = "IN LIMINE " if "LIMINE" in lead[0] else ""  # "MOTION IN LIMINE NO. 1 TO ...": about in limine
    text = head.complement[lead.end() :]
    m = _RELATION_RE.match(text)
    if not m:
        return None, (limine + text).strip()
    verb = not _RELATIONS[int(m.lastgroup[1:])][1]
    name = " ".join(m[0].split()) if verb else _RELATIONS[int(m.lastgroup[1:])][1]
    rest = limine + (m[0].strip() + " " if verb else "") + text[m.end() :].strip()  # "SHORTENING TIME" stays whole
    if name == "OF":
        later = _later_relation(rest, head.base)
        if later:
            return later
    return name, rest


def _later_relation(rest: str, base: str) -> tuple[str, str] | None:
    for m in _RELATION_RE.finditer(rest):
        name = _RELATIONS[int(m.lastgroup[1:])][1] or " ".join(m[0].split())
        if name in _STRONG or (base in _PERSON_OF and name in {"TO", "FOR"}):
            return name, rest[m.end() :].strip()
    return None


def _canonical_object(phrase: str) -> str | None:
    """The object phrase in canonical words ("PLAINTIFF'S MOTION TO SEAL" -> "sealing")."""
    hits = [(m.start(), i, name) for i, (p, name) in enumerate(_OBJECTS) if (m := p.search(phrase))]
    if hits:
        return min(hits)[2]
    phrase = _strip_party(phrase)
    words = re.sub(r"[^\w\s'\-]", " ", phrase).lower().split()
    return " ".join(words[:6]) or None


def _named_object(modifiers: str) -> str | None:
    """An object named among a head's modifiers ("JOINT CASE MANAGEMENT STATEMENT")."""
    hits = [(m.start(), i, name) for i, (p, name) in enumerate(_OBJECTS) if (m := p.search(modifiers))]
    return min(hits)[2] if hits else None


def _strip_party(phrase: str) -> str:
    """Drop a leading party possessive ("DEFENDANT ACME INC.'S MOTION" -> "MOTION")."""
    phrase = _OBJECT_LEAD.sub("", phrase.strip())
    p = _POSSESSIVE.search(phrase)
    head = _HEAD_RE.search(phrase)
    if p and len(phrase[: p.start()].split()) < 8 and (head is None or p.end() <= head.start() + 1):
        return _OBJECT_LEAD.sub("", phrase[p.end() :].strip())
    return phrase


# ---- typing -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Typed:
    kind: str
    why: str
    instead: str | None = None  # the plain reading a special case overrode


def _type_of(head: _Head, relation: str | None, obj: str | None, title: str) -> _Typed:
    """One head's document type from its base, modifiers and relation."""
    mods, base = head.modifiers, head.base
    proposed = "[PROPOSED]" in mods
    if base in {"motion", "application", "petition"}:
        return _motion_type(head, obj)
    if base == "response":
        return _response_type(relation, head.complement, obj)
    if base == "memorandum":
        if relation == "IN OPPOSITION TO" or re.search(r"\bOPPOSITION\b", mods):
            return _Typed("opposition", "a memorandum in opposition", "memorandum")
        if relation == "IN REPLY" or re.search(r"\bIN\s+FURTHER\s+SUPPORT\b|\bREPLY\b", head.complement + " " + mods):
            return _Typed("reply", "a memorandum in reply", "memorandum")
        return _Typed("memorandum", f"head {head.text}")
    if base == "stipulation":
        return _stipulation_type(head, relation, title)
    if base == "other" and head.text.startswith("REQUEST") and "STIPULATED" in mods:
        return _Typed("stipulation", "STIPULATED REQUEST (Civil L.R. 6-2, 7-12)", "other")
    if base in {"order", "judgment", "decision"}:
        if proposed:
            return _Typed("proposed_order", f"[PROPOSED] {head.text}", "order")
        if re.search(r"\bSTIPULATED\b", mods) and base != "decision":
            return _Typed("stipulation", f"STIPULATED {head.text}: the parties' paper", "order")
        return _Typed("judgment" if base == "judgment" else "order", f"head {head.text}")
    return _Typed(base, f"head {head.text}")


def _motion_type(head: _Head, obj: str | None) -> _Typed:
    sealing = obj == "sealing"
    if head.base == "application":
        if sealing:
            return _Typed("application_to_seal", "application to file under seal (C.D. Cal. L.R. 79-5)", "motion")
        return _Typed("motion", "an application asks for an order")
    if sealing:
        return _Typed("admin_motion_to_seal", "motion to file under seal (N.D. Cal. Civil L.R. 79-5)", "motion")
    return _Typed("motion", f"head {head.text}")


def _response_type(relation: str | None, complement: str, obj: str | None) -> _Typed:
    if obj == "sealing" or relation == "IN SUPPORT OF":
        return _Typed("other", "a response on another party's request", "opposition")
    if relation == "IN OPPOSITION TO" or re.search(r"\b(?:MOTIONS?|APPLICATION|PETITION)\b", complement):
        return _Typed("opposition", "a response to a motion")
    return _Typed("other", "a response to something other than a motion", "opposition")


def _stipulation_type(head: _Head, relation: str | None, title: str) -> _Typed:
    joint = bool(re.search(r"\bJOINT\b", head.modifiers))
    about_motion = relation in {"RE", "ON", "IN SUPPORT OF", "FOR", "PURSUANT TO"} and re.search(
        r"\bMOTION\b.*\b(?:COMPEL|PROTECTIVE\s+ORDER|DISCOVERY|QUASH|SANCTIONS)\b|\bDISCOVERY\s+DISPUTE", head.complement
    )
    if (joint and about_motion) or (_JOINT_37.search(title) and relation not in {"TO", "AMENDING", "MODIFYING"}):
        return _Typed("motion", "C.D. Cal. L.R. 37-2 joint stipulation: the discovery motion itself", "stipulation")
    return _Typed("stipulation", f"head {head.text}")


#: Coordinated heads: (first type, second type) -> which decides (0 first, 1 second).
_COORDINATION: dict[tuple[str, str], int] = {
    ("stipulation", "protective_order"): 1,
    ("stipulation", "proposed_order"): 0,
    ("stipulation", "order"): 0,
    ("memorandum", "order"): 1,
    ("memorandum", "judgment"): 1,
    ("notice", "order"): 1,
    ("order", "judgment"): 1,
    ("order", "protective_order"): 1,
    ("motion", "admin_motion_to_seal"): 1,
    ("motion", "application_to_seal"): 1,
}


def _decide(typed: list[_Typed], heads: list[_Head]) -> int:
    """Index of the coordinated head that names the paper."""
    best = 0
    for i in range(1, len(typed)):
        if heads[best].text.startswith("NOTICE OF") and heads[best].base == heads[i].base:
            best = i  # "NOTICE OF MOTION AND MOTION ...": the motion itself decides
            continue
        if _COORDINATION.get((typed[best].kind, typed[i].kind)) == 1:
            best = i
    return best


#: The longest caption title read: a real one is a few hundred characters, and what runs
#: longer is a page run together (a 1.9-million-character "word" took the grammar a minute).
MAX_TITLE_CHARS = 1_000


def bounded_title(title: str) -> str:
    """``title``, cut at a space to at most ``MAX_TITLE_CHARS``."""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, MAX_TITLE_CHARS + 1)
    return title[: cut if cut > 0 else MAX_TITLE_CHARS]


def read_title(title: str) -> TitleReading:
    """Parse a caption title into its head, relation, object, facets and type."""
    if not title or not re.search(r"[A-Za-z]{3}", title):
        return UNKNOWN
    title = bounded_title(title)
    text, label_facets, evidence = normalise(title)
    segments = [s.strip(" ,.:-") for s in text.split(";") if s.strip(" ,.:-")]
    heads, later = [], False
    for segment in segments:
        heads = _parse_heads(segment)
        if heads:
            break
        later = True
    if not heads:
        return TitleReading(None, facets=label_facets, evidence=evidence + ("no head noun",), text=text)
    parsed = [(_relation(h)) for h in heads]
    objects = [_canonical_object(rest) if rest else _named_object(h.modifiers) for h, (_, rest) in zip(heads, parsed)]
    typed = [_type_of(h, rel, obj, text) for h, (rel, _), obj in zip(heads, parsed, objects)]
    chosen = _decide(typed, heads)
    relation, obj = _relation_and_object(chosen, parsed, objects)
    kind = typed[chosen]
    facets = _facets(text, heads, relation, kind.kind, label_facets)
    confidence = _title_confidence(heads[chosen], later, evidence, kind.kind)
    alternatives = _alternatives(typed, chosen, confidence)
    why = (*evidence, kind.why) + (("coordinated heads: " + " + ".join(h.text for h in heads),) if len(heads) > 1 else ())
    return TitleReading(
        doc_type=kind.kind,
        head=heads[chosen].text,
        heads=tuple(h.text for h in heads),
        relation=relation,
        object=obj,
        facets=facets,
        confidence=confidence,
        alternatives=alternatives,
        evidence=why,
        text=text,
    )


def _relation_and_object(chosen: int, parsed, objects) -> tuple[str | None, str | None]:
    """The deciding head's relation, else the first coordinated head that has one."""
    order = [chosen] + [i for i in range(len(parsed)) if i != chosen]
    for i in order:
        if parsed[i][0] is not None or objects[i]:
            return parsed[i][0], objects[i]
    return None, None


def _facets(text: str, heads: list[_Head], relation: str | None, kind: str, labels: frozenset[str]) -> frozenset[str]:
    found = set(labels)
    for pattern, facet in _SUBJECT_FACETS:
        if pattern.search(text):
            found.add(facet)
    own = " ".join(f"{h.modifiers} {h.text}" for h in heads) + " " + heads[0].complement[:20]
    for pattern, facet in _MODIFIER_FACETS:
        if pattern.search(own):
            found.add(facet)
    if relation in {"AMENDING", "MODIFYING"}:
        found.add("amended")
    if relation == "IN SUPPORT OF" or (
        heads[0].base not in _ASKS_OR_DECIDES and re.search(r"\bIN\s+(?:FURTHER\s+)?SUPPORT\s+OF\b", heads[0].complement)
    ):
        found.add("supporting")
    if relation == "IN OPPOSITION TO" or kind == "opposition":
        found.add("opposing")
    if kind in _ORDER_FAMILY:
        found.add("court_order")
    if kind == "joint_letter":
        found.add("letter")
    if any(h.base == "stipulation" for h in heads):
        found.add("stipulated")
    return frozenset(found & FACETS)


def _title_confidence(head: _Head, later: bool, evidence: tuple[str, ...], kind: str) -> float:
    confidence = 0.9
    if later:
        confidence -= 0.2  # the first segment named nothing
    if len(head.modifiers.split()) > 6:
        confidence -= 0.15  # long lead-in: party names or debris the grammar could not place
    if evidence and any("debris" in e for e in evidence):
        confidence -= 0.05
    if kind == "other":
        confidence -= 0.1
    return round(max(confidence, 0.3), 2)


def _alternatives(typed: list[_Typed], chosen: int, confidence: float) -> tuple[tuple[str, float], ...]:
    scores: dict[str, float] = {}
    for i, t in enumerate(typed):
        if i != chosen and t.kind != typed[chosen].kind:
            scores[t.kind] = max(scores.get(t.kind, 0.0), 0.3)
    if typed[chosen].instead and typed[chosen].instead != typed[chosen].kind:
        scores[typed[chosen].instead] = max(scores.get(typed[chosen].instead, 0.0), round(1 - confidence, 2) + 0.2)
    return tuple(sorted(scores.items(), key=lambda kv: -kv[1]))


# ---- body evidence ----------------------------------------------------------------

_COUNSEL = re.compile(
    r"\bAttorneys?\s+for\b|\bCounsel\s+for\b|\bS\.?B\.?N\.?\s*#?\s*\d|\bState\s+Bar\s+No|\bBar\s+No\.|\bPro\s+Se\b", re.I
)
_JUDGE_SIGNATURE = re.compile(
    r"^\s*(?:Hon\.\s+[A-Z].*|(?:UNITED\s+STATES|U\.\s*S\.)\s+(?:DISTRICT|MAGISTRATE|BANKRUPTCY)\s+(?:COURT\s+)?JUDGE)\s*$",
    re.I,
)
_SO_ORDERED = re.compile(r"\bIT\s+IS\s+(?:SO|HEREBY|FURTHER\s+)?\s*ORDERED\b|\bSO\s+ORDERED\b", re.I)
#: (type, weight, pattern, why): body text that says what the paper is.
_BODY_SIGNALS: tuple[tuple[str, float, re.Pattern, str], ...] = tuple(
    (kind, weight, re.compile(p, re.I | re.M | re.S), why)
    for kind, weight, p, why in (
        ("declaration", 0.6, r"^\s*I,\s+[A-Z][^,\n]{1,60},\s*(?:hereby\s+)?(?:declare|state|depose|certify)", "I, ..., declare"),
        ("declaration", 0.25, r"declare\s+under\s+(?:the\s+)?penalty\s+of\s+perjury", "under penalty of perjury"),
        ("joint_letter", 0.7, r"^\s*Dear\s+(?:Magistrate\s+|District\s+|Chief\s+)?Judge\b|^\s*Your\s+Honor\s*:", "Dear Judge"),
        ("motion", 0.6, r"PLEASE\s+TAKE\s+NOTICE\b.{0,600}?\bwill\b.{0,60}?\bmove", "PLEASE TAKE NOTICE ... will move"),
        ("stipulation", 0.6, r"IT\s+IS\s+HEREBY\s+STIPULATED|\bhereby\s+stipulate|\bstipulate\s+(?:and\s+agree|as\s+follows)",
         "IT IS HEREBY STIPULATED"),
        ("stipulation", 0.2, r"\bstipulates?\b|\bstipulated\s+(?:and\s+agreed|to|that|as)\b", "stipulate"),
        ("minutes", 0.6, r"\b(?:CIVIL|CRIMINAL)\s+MINUTES\b|Initials\s+of\s+(?:Deputy\s+)?Clerk", "minutes form"),
        ("transcript", 0.5, r"REPORTER'?S\s+CERTIFICATE|^\s*THE\s+COURT:\s", "reporter's transcript"),
    )
) + (
    # A complaint's own headings (upper case, on their own line), not a court discussing one.
    ("complaint", 0.4, re.compile(r"^\s*(?:PRAYER\s+FOR\s+RELIEF|(?:FIRST|SECOND|THIRD)\s+CAUSE\s+OF\s+ACTION)\b", re.M),
     "PRAYER FOR RELIEF / CAUSE OF ACTION headings"),
)  # fmt: skip
_BODY_CAP = 0.8


def body_signals(lines_text: Sequence[str]) -> list[tuple[str, float, str]]:
    """(type, weight, why) for each piece of body evidence found."""
    text = "\n".join(lines_text).replace("\u2019", "'")
    found = [(kind, weight, why) for kind, weight, pattern, why in _BODY_SIGNALS if pattern.search(text)]
    found.extend(_order_signals(lines_text, text))
    return found


def _order_signals(lines_text: Sequence[str], text: str) -> list[tuple[str, float, str]]:
    """A judge's signature without a counsel block is the court's paper; with one, a party's draft."""
    ordered = bool(_SO_ORDERED.search(text))
    signed = any(_JUDGE_SIGNATURE.match(t) for t in lines_text)
    counsel = bool(_COUNSEL.search(text))
    if counsel:
        return [("proposed_order", 0.2, "IT IS SO ORDERED under a counsel block")] if ordered else []
    if ordered and signed:
        return [("order", 0.7, "IT IS SO ORDERED, judge's signature, no counsel block")]
    if signed:
        return [("order", 0.5, "judge's signature, no counsel block")]
    return [("order", 0.3, "IT IS SO ORDERED, no counsel block")] if ordered else []


def score_body(lines_text: Sequence[str]) -> dict[str, float]:
    """Scored evidence from the body text, per document type (each capped)."""
    scores: Counter[str] = Counter()
    for kind, weight, _ in body_signals(lines_text):
        scores[kind] = min(_BODY_CAP, scores[kind] + weight)
    return dict(scores)


# ---- combining --------------------------------------------------------------------

_FOOTER_WEIGHT = 0.6
#: Body evidence alone must be at least this strong to name a paper (weak cues only rank).
_BODY_ALONE = 0.5


def classify_title(title: str | None, body: Sequence[str] = (), footer_title: str | None = None) -> TitleReading:
    """Title reading combined with body evidence and the running footer's title.

    The caption title leads (weight 1 x its confidence); a footer title adds
    0.6 x its confidence; body evidence adds its scores, and names the paper
    on its own only when strong. With nothing readable, or only weak cues, the
    result is unknown (doc_type None, confidence 0).
    """
    reading = read_title(title) if title else UNKNOWN
    footer = read_title(footer_title) if footer_title else UNKNOWN
    signals = body_signals(body) if body else []
    scores: Counter[str] = Counter()
    evidence: list[str] = []
    if reading.doc_type:
        scores[reading.doc_type] += reading.confidence
        evidence.append(f"title: {reading.doc_type} ({'; '.join(reading.evidence)})")
        for kind, score in reading.alternatives:
            scores[kind] += score * 0.5
    if footer.doc_type:
        scores[footer.doc_type] += _FOOTER_WEIGHT * footer.confidence
        agrees = "agrees" if footer.doc_type == reading.doc_type else "names"
        evidence.append(f"footer title {agrees}: {footer.doc_type}")
    body_scores = score_body(body) if signals else {}
    for kind, score in body_scores.items():
        scores[kind] += score
    evidence.extend(f"body: {why} -> {kind}" for kind, _, why in signals)
    if not scores:
        return reading if reading.text else UNKNOWN
    kind, top = scores.most_common(1)[0]
    if not (reading.doc_type or footer.doc_type) and top < _BODY_ALONE:
        return replace(UNKNOWN, evidence=(*evidence, "body evidence too weak to name the paper"))
    total = sum(scores.values())
    confidence = round(min(0.99, min(1.0, top) * top / total), 2)
    source = reading if reading.doc_type else footer if footer.doc_type else UNKNOWN
    alternatives = tuple((k, round(s / total, 2)) for k, s in scores.most_common() if k != kind)
    facets = set(source.facets) if source.doc_type else set()
    if kind in _ORDER_FAMILY:
        facets.add("court_order")
    return TitleReading(
        doc_type=kind,
        head=source.head,
        heads=source.heads,
        relation=source.relation,
        object=source.object,
        facets=frozenset(facets & FACETS),
        confidence=confidence,
        alternatives=alternatives,
        evidence=tuple(evidence),
        text=source.text,
    )
