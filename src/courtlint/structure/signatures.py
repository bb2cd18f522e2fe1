"""Conformed signatures ("/s/ Jane Roe"), their blocks, and the certificates of
service whose signatures are not the paper's."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line, Span
from ..recognise.body_openers import MEMORANDUM_HEADING

_FLAGS = regex.VERSION1
#: The conformed-signature mark: "/s/", "s/", "/S/", after a line start, a space or "By:".
MARK = lazy(r"(?:(?<=^)|(?<=[\s:_]))/?[sS]/(?=\s*[\p{Lu}_]|\s*$|[\p{Lu}])", _FLAGS | regex.MULTILINE)
DATED_LINE = lazy(r"^\s*(?:Dated|DATED|Date|DATE)\s*:|^\s*Respectfully\s+submitted\b|^\s*RESPECTFULLY\s+SUBMITTED\b", _FLAGS)
BY_LINE = lazy(r"^\s*By\s*:?\s*(?:_{2,}|$|/?[sS]/)", _FLAGS)
_INITIAL = lazy(r"^\p{Lu}\.$", _FLAGS)
_NAME_WORD = lazy(r"^(?:\p{Lu}[\p{Ll}'’\-]+\p{L}*|\p{Lu}[\p{Lu}'’\-]+|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)[,.]?$", _FLAGS)
_PARTICLES = frozenset({"de", "van", "von", "der", "la", "del", "da", "di", "le", "St.", "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_NOT_NAMES = frozenset(
    "LLP LLC L.L.P. P.C. PC INC INC. CORP CORP. LAW LAWS FIRM GROUP OFFICE OFFICES ATTORNEY ATTORNEYS COUNSEL FOR "
    "PLAINTIFF PLAINTIFFS DEFENDANT DEFENDANTS UNITED STATES DISTRICT COURT DATED DATE BY AND THE OF ESQ ESQ. "
    "TELEPHONE FACSIMILE EMAIL E-MAIL PARTNERS ASSOCIATES LIMITED LTD STREET SUITE AVENUE".split()
)
#: Headings that end a signature block and open a section of their own.
SECTION_HEADING = lazy(
    r"^\s*(?:[\p{Lu}.'’\s]{0,30}\s)?(?:CERTIFICATE|PROOF|DECLARATION)\s+OF\s+(?:ELECTRONIC\s+)?SERVICE\b"
    r"|^\s*CERTIFICATE\s+OF\s+(?:COMPLIANCE|WORD\s+COUNT)\b|^\s*CERTIFICATION\s+(?:OF\s+COMPLIANCE|PURSUANT|UNDER)\b"
    r"|^\s*(?:[\p{Lu}\d.()\-'’]+\s+){0,6}ATTESTATION\b[^a-z]{0,60}$"
    r"|^\s*(?:\[\s*PROPOSED\s*\]|PROPOSED)\s+(?:\w+\s+){0,3}ORDER\b|^\s*DECLARATION\s+OF\s+\p{Lu}"
    r"|^\s*EXHIBIT\s+[\w.\-]{1,8}\s*$|^\s*UNITED\s+STATES\s+DISTRICT\s+COURT\s*$"
    r"|^\s*TABLE\s+OF\s+(?:CONTENTS|AUTHORITIES)\b|^\s*MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES\s*$"
    r"|^\s*(?:[IVX]+\.\s+)?" + MEMORANDUM_HEADING + r"\s*$",
    _FLAGS,
)
SERVICE_HEADING = lazy(
    r"^\s*(?:[\p{Lu}.'’\s]{0,30}\s)?(?:CERTIFICATE|PROOF|DECLARATION)\s+OF\s+(?:ELECTRONIC\s+)?SERVICE\b", _FLAGS
)
_LEADER = lazy(r"\.{4,}|(?:\.\s){4,}|\s\d{1,3}\s*$")



@dataclass(frozen=True, slots=True)
class Signature:
    """One conformed signature: the "/s/" mark and the name it carries."""

    mark: Span
    line: int  # index in Document.lines
    name: str | None
    block: range  # line indices of its signature block

    @property
    def key(self) -> frozenset[str]:
        return signer_key(self.name or "")


# ---- reading signatures -----------------------------------------------------------------


def find_signatures(doc: Document) -> tuple[Signature, ...]:
    """Every conformed signature in the document, in text order."""
    found = []
    for i, line in enumerate(doc.lines):
        if line.region in FURNITURE or "/" not in line.text:
            continue
        for m in MARK.finditer(line.text):
            name = name_after(line.text[m.end() :]) or _name_below(doc, i)
            span = Span(line.span.start + m.start(), line.span.start + m.end())
            found.append(Signature(span, i, name, block_around(doc, i)))
    return tuple(found)


def name_after(text: str) -> str | None:
    """The person's name at the start of ``text`` ("Jane Q. Roe  Attorneys for" -> "Jane Q. Roe")."""
    text = text.lstrip(" _\t:")
    text = regex.split(r"\s{3,}|\t|_{2,}", text, maxsplit=1)[0]
    tokens = text.split()
    name: list[str] = []
    style = None  # "upper" or "title": a change of style starts the firm's name
    for i, token in enumerate(tokens):
        word = token.rstrip(",;")
        if word.upper().rstrip(".") in _NOT_NAMES:
            break
        if _INITIAL.match(word) or (name and word in _PARTICLES):
            name.append(word)
            continue
        if not _NAME_WORD.match(word):
            break
        kind = "upper" if word.isupper() else "title"
        if style and kind != style and len(word) > 2:
            break
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if len([w for w in name if not _INITIAL.match(w)]) >= 2 and _INITIAL.match(nxt.rstrip(",")):
            break  # "Williams George C. Lombardi": a second name begins
        style = style or kind
        name.append(word)
        if len(name) >= 5 or token.endswith(","):
            break
    words = [w for w in name if not _INITIAL.match(w)]
    return " ".join(name).rstrip(",") if len(words) >= 1 and len(name) >= 2 else None


def _name_below(doc: Document, i: int) -> str | None:
    """A name typed on the line under a bare "/s/": the next line of text, which
    may be the first on the next page when the block breaks across pages."""
    page = doc.lines[i].page
    for j in range(i + 1, min(len(doc.lines), i + 15)):
        line = doc.lines[j]
        if line.region in FURNITURE or not line.text.strip():
            continue
        if line.page != page and not _first_on_page(doc, j):
            return None
        text = regex.split(r"\s*[(,]\s*(?:SBN|S\.B\.N|Bar|State\s+Bar|CA\s+Bar|Esq)", line.text.strip())[0]
        name = name_after(text)
        return name if name and len(name.split()) == len(text.split()) else None
    return None


def signer_key(name: str) -> frozenset[str]:
    """The words that identify a signer, initials and case left out ("Tahir L. Boykins" -> {tahir, boykins})."""
    return frozenset(w.lower().strip(".,") for w in name.split() if not _INITIAL.match(w) and w not in _PARTICLES)


def same_signer(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names are one signer when they share a surname-length word ("Megan Pierce" / "Megan A. Pierce")."""
    return bool(a and b and len(a & b) >= min(2, len(a), len(b)))


def distinct_signers(sigs: list[Signature]) -> list[Signature]:
    """One signature per person, first appearance kept."""
    out: list[Signature] = []
    for sig in sigs:
        if sig.name and not any(same_signer(sig.key, o.key) for o in out):
            out.append(sig)
    return out


# ---- signature blocks --------------------------------------------------------------------


def block_around(doc: Document, i: int) -> range:
    """Line indices of the signature block holding line ``i``."""
    start = i
    for j in range(i - 1, max(-1, i - 9), -1):
        line = doc.lines[j]
        if line.region in FURNITURE or not line.text.strip():
            continue
        if DATED_LINE.search(line.text):
            start = j
            continue
        if _words(line) > 10 or SECTION_HEADING.search(line.text):
            break
    end = i
    page = doc.lines[i].page
    for j in range(i + 1, min(len(doc.lines), i + 70)):
        line = doc.lines[j]
        if line.region in FURNITURE:
            continue
        text = line.text.strip()
        if not text:
            continue
        if SECTION_HEADING.search(text) or _words(line) > 12 or (_words(line) > 8 and text.endswith(".")):
            break
        if line.page != page and j > end + 1 and _first_on_page(doc, j) and _words(line) > 6:
            break
        end = j
    return range(start, end + 1)


def _words(line: Line) -> int:
    return len(line.text.split())


def _first_on_page(doc: Document, j: int) -> bool:
    """Line ``j`` is the first text of its page (only page furniture and blank lines above it)."""
    page = doc.lines[j].page
    return page is not None and all(
        doc.lines[k].page != page or doc.lines[k].region in FURNITURE or not doc.lines[k].text.strip()
        for k in range(max(0, j - 5), j)
    )


def find_signature_blocks(doc: Document, signatures: tuple[Signature, ...]) -> tuple[range, ...]:
    """The blocks of every conformed signature and of every blank "By: ____" line."""
    blocks = [sig.block for sig in signatures]
    for i, line in enumerate(doc.lines):
        if line.region not in FURNITURE and BY_LINE.search(line.text) and not MARK.search(line.text):
            blocks.append(block_around(doc, i))
    return tuple(sorted(set(blocks), key=lambda r: r.start))


def service_sections(doc: Document) -> list[range]:
    """Line ranges of certificates and proofs of service: heading to the next section or the end."""
    out = []
    starts = [i for i, ln in enumerate(doc.lines) if ln.region not in FURNITURE and SERVICE_HEADING.search(ln.text) and not _LEADER.search(ln.text)]
    for s in starts:
        end = len(doc.lines)
        for j in range(s + 1, len(doc.lines)):
            line = doc.lines[j]
            if line.region not in FURNITURE and SECTION_HEADING.search(line.text) and not SERVICE_HEADING.search(line.text):
                end = j
                break
        out.append(range(s, end))
    return out


def paper_signatures(
    signatures: tuple[Signature, ...], attachments_start: int | None, service: list[range]
) -> tuple[Signature, ...]:
    """Signatures of the paper itself: not on a certificate of service, not in what is appended."""
    return tuple(
        sig
        for sig in signatures
        if (attachments_start is None or sig.line < attachments_start) and not any(sig.line in r for r in service)
    )
