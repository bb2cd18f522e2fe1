"""Check how a filing is signed: conformed signatures, attestation, signer contacts.

An e-filed paper is signed with a conformed signature, "/s/" followed by the
signer's name ("/s/ Jane Roe"; "s/ Jane Roe" and "/s/Jane Roe" are read the
same), or with a scanned or digitized signature that plain text cannot show.
Each rule picks one requirement with ``require``:

* ``conformed_name``: every "/s/" carries a name, on its line or typed on the
  next line ("By: /s/" over "Jane Roe"). One hit per "/s/" with no name.
* ``signature``: the paper is signed at all: some "/s/" with a name, or a
  "Digitally signed by" stamp. A blank "By: ________" line is not a signature.
  A paper signed only with a scanned image looks unsigned to this check.
* ``attestation``: when conformed signatures of two or more different people
  appear in the paper (a stipulation, a joint letter, co-counsel's blocks), the
  filer attests that the others concurred in the filing (``attestation``).
  Signatures on a certificate or proof of service are the server's, not
  signatures of the paper, and are not counted; nor is anything appended after
  the paper (see ``first_page``). ``placement: signature_page`` also requires
  the attestation on a page that holds a signature (C.D. Cal.).
* ``signer_contact``: each signer's address, email address and telephone number
  are stated, in the signature block around the "/s/" or, when the signer's
  name is in it, in the counsel block at the top of page 1 (Fed. R. Civ. P.
  11(a)). One hit per signer, naming what is missing.

A signature block runs from the "Dated:" or "Respectfully submitted" line just
above a signature down through the short lines under it (names, bar numbers,
firm, address, "Attorneys for ..."), to a blank stretch, a long line of prose
or the next section's heading. ``limit`` uses the same blocks to leave the
signature out of a word count.

Hit arguments: ``signer`` (the name as typed), ``signers`` (all signers,
joined with ", "), ``count``, ``missing`` and ``problem``.

Params:
    require: One of conformed_name, signature, attestation, signer_contact.
    attestation: Regular expression for an attestation (default: a sentence
        with "attest" and concurrence, consent, authorization, holographic
        signatures or the signatories).
    placement: For ``attestation``: ``anywhere`` (default) or
        ``signature_page`` (on a page that holds a conformed signature).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..findings import Hit
from ..lazy_pattern import lazy
from ..model import FURNITURE, Document, Line, Span
from ..recognise.body_openers import MEMORANDUM_HEADING
from ._params import require_choice
from ._text import AUTHORED, compile_pattern
from .first_page import ADDRESS, EMAIL, PHONE, attachments_start, caption_range, counsel_block, is_court_form

NEEDS = frozenset({"text"})

REQUIREMENTS = ("conformed_name", "signature", "attestation", "signer_contact")
PLACEMENTS = ("anywhere", "signature_page")

DEFAULT_ATTESTATION = (
    r"\battest(?:s|ed|ing|ation)?\b[^.]{0,400}?\b(?:concur\w*|consent\w*|authori[sz]\w*|holographic|signator\w*|agree\w*)"
    r"|\b(?:concurrence|consent)\b[^.]{0,200}?\battest"
)

_FLAGS = regex.VERSION1
#: The conformed-signature mark: "/s/", "s/", "/S/", after a line start, a space or "By:".
MARK = lazy(r"(?:(?<=^)|(?<=[\s:_]))/?[sS]/(?=\s*[\p{Lu}_]|\s*$|[\p{Lu}])", _FLAGS | regex.MULTILINE)
_DIGITAL = lazy(r"\bDigitally\s+signed\s+by\b", regex.IGNORECASE)
_DATED = lazy(r"^\s*(?:Dated|DATED|Date|DATE)\s*:|^\s*Respectfully\s+submitted\b|^\s*RESPECTFULLY\s+SUBMITTED\b", _FLAGS)
_BY = lazy(r"^\s*By\s*:?\s*(?:_{2,}|$|/?[sS]/)", _FLAGS)
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


@dataclass(frozen=True, kw_only=True)
class Params:
    require: str
    attestation: str = DEFAULT_ATTESTATION
    placement: str = "anywhere"

    def __post_init__(self) -> None:
        require_choice("require", self.require, REQUIREMENTS)
        require_choice("placement", self.placement, PLACEMENTS)
        object.__setattr__(self, "_attestation", compile_pattern(self.attestation, "attestation"))


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


def signatures(doc: Document) -> tuple[Signature, ...]:
    """Every conformed signature in the document, in text order (computed once)."""
    return doc.cached("signature.signatures", _find_signatures)


def _find_signatures(doc: Document) -> tuple[Signature, ...]:
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
    """A name typed on the line under a bare "/s/" (the next non-blank line, same page)."""
    page = doc.lines[i].page
    for line in doc.lines[i + 1 : i + 3]:
        if line.region in FURNITURE or line.page != page:
            continue
        if not line.text.strip():
            continue
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
        if _DATED.search(line.text):
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
    page = doc.lines[j].page
    return page is not None and all(doc.lines[k].page != page or doc.lines[k].region in FURNITURE for k in range(max(0, j - 5), j))


def signature_blocks(doc: Document) -> tuple[range, ...]:
    """The blocks of every conformed signature and of every blank "By: ____" line."""
    def compute(d: Document) -> tuple[range, ...]:
        blocks = [sig.block for sig in signatures(d)]
        for i, line in enumerate(d.lines):
            if line.region not in FURNITURE and _BY.search(line.text) and not MARK.search(line.text):
                blocks.append(block_around(d, i))
        return tuple(sorted(set(blocks), key=lambda r: r.start))

    return doc.cached("signature.blocks", compute)


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


def paper_signatures(doc: Document, ctx) -> list[Signature]:
    """Signatures of the paper itself: not on a certificate of service, not in what is appended."""
    stop = attachments_start(doc, ctx)
    service = service_sections(doc)
    return [
        sig
        for sig in signatures(doc)
        if (stop is None or sig.line < stop) and not any(sig.line in r for r in service)
    ]


# ---- the checks ---------------------------------------------------------------------------


def check(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if is_court_form(doc, ctx):
        return  # a court form is signed the form's way ("Attorney Name" under a line)
    yield from _CHECKS[params.require](doc, params, ctx)


def _check_conformed_name(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    for sig in signatures(doc):
        if sig.name is None:
            yield Hit(sig.mark, {"problem": "carries no name"})


def _check_signature(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    if any(sig.name for sig in signatures(doc)) or _DIGITAL.search(doc.text):
        return
    if _body_words(doc, ctx) < 10:
        return  # a placeholder for a sealed paper: its signature page is not public
    closing = [i for i, ln in enumerate(doc.lines) if ln.region not in FURNITURE and (_BY.search(ln.text) or _DATED.search(ln.text))]
    if closing and _image_on_page(doc, doc.lines[closing[-1]].page):
        return  # a scanned or digitized signature is an image beside the signature block
    blank = next((ln for ln in doc.lines if ln.region not in FURNITURE and _BY.search(ln.text)), None)
    problem = "has a blank signature line and no conformed signature" if blank else "has no signature"
    yield Hit(blank.span if blank else None, {"problem": problem})


def _body_words(doc: Document, ctx) -> int:
    """Words of the paper after its caption."""
    span = caption_range(doc, ctx)
    start = span.stop if span is not None else 0
    return sum(len(ln.text.split()) for ln in doc.lines[start:] if ln.region not in FURNITURE)


def _image_on_page(doc: Document, page: int | None) -> bool:
    """Whether a PDF page draws an image (read lazily from the file, one page at a time)."""
    if page is None or doc.format != "pdf" or doc.source is None:
        return False
    return doc.cached(f"signature.image:{page}", lambda d: _page_has_image(d.source, page))


def _page_has_image(source, page: int) -> bool:
    import pypdfium2 as pdfium  # only papers signed without "/s/" pay for reopening the file

    pdf = pdfium.PdfDocument(source)
    try:
        return any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in pdf[page - 1].get_objects(max_depth=3))
    finally:
        pdf.close()


def _check_attestation(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    signers = distinct_signers(paper_signatures(doc, ctx))
    if len(signers) < 2:
        return
    names = ", ".join(sig.name for sig in signers)
    found = list(params._attestation.finditer(doc.scoped_text(AUTHORED)))
    args = {"signers": names, "count": len(signers)}
    if not found:
        yield Hit(signers[1].mark, {**args, "problem": "and no filer's attestation that the others concurred"})
        return
    if params.placement == "signature_page" and doc.pages:
        pages = {doc.lines[sig.line].page for sig in paper_signatures(doc, ctx)}
        if not any(doc.line_at(m.start()).page in pages for m in found):
            where = doc.line_at(found[0].start()).page
            yield Hit(
                Span(found[0].start(), found[0].end()),
                {**args, "problem": f"and the attestation is on page {where}, not on a signature page"},
            )


def _check_signer_contact(doc: Document, params: Params, ctx) -> Iterator[Hit]:
    counsel = counsel_block(doc, ctx) or []
    counsel_text = "\n".join(line.text for line in counsel)
    counsel_words = signer_key(" ".join(regex.findall(r"[\p{L}'’\-]+", counsel_text)))
    for sig in distinct_signers(paper_signatures(doc, ctx)):
        block = "\n".join(doc.lines[i].text for i in sig.block)
        texts = [block]
        listed = len(sig.key & counsel_words) >= min(2, len(sig.key))
        if listed:
            texts.append(counsel_text)
        joined = "\n".join(texts)
        missing = [
            name
            for name, rx in (("address", ADDRESS), ("email address", EMAIL), ("telephone number", PHONE))
            if not rx.search(joined)
        ]
        if missing:
            where = "in the signature block or the counsel block on page 1" if listed else "in the signature block (the signer is not named in the counsel block on page 1)"
            yield Hit(sig.mark, {"signer": sig.name, "missing": _join(missing), "problem": where})


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


_CHECKS = {
    "conformed_name": _check_conformed_name,
    "signature": _check_signature,
    "attestation": _check_attestation,
    "signer_contact": _check_signer_contact,
}
