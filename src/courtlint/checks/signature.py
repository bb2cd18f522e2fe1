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
from ..model import FURNITURE, Document, Span
from ._params import require_choice
from ._text import AUTHORED, compile_pattern
from ..structure import Structure
from ..structure.counsel import ADDRESS, EMAIL, PHONE
from ..structure.signatures import BY_LINE, DATED_LINE, distinct_signers, signer_key

NEEDS = frozenset({"text"})

_DIGITAL = lazy(r"\bDigitally\s+signed\s+by\b", regex.IGNORECASE)

REQUIREMENTS = ("conformed_name", "signature", "attestation", "signer_contact")
PLACEMENTS = ("anywhere", "signature_page")

DEFAULT_ATTESTATION = (
    r"\battest(?:s|ed|ing|ation)?\b[^.]{0,400}?\b(?:concur\w*|consent\w*|authori[sz]\w*|holographic|signator\w*|agree\w*)"
    r"|\b(?:concurrence|consent)\b[^.]{0,200}?\battest"
)

@dataclass(frozen=True, kw_only=True)
class Params:
    require: str
    attestation: str = DEFAULT_ATTESTATION
    placement: str = "anywhere"

    def __post_init__(self) -> None:
        require_choice("require", self.require, REQUIREMENTS)
        require_choice("placement", self.placement, PLACEMENTS)
        object.__setattr__(self, "_attestation", compile_pattern(self.attestation, "attestation"))


# ---- the checks ---------------------------------------------------------------------------


def check(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    if structure.is_court_form:
        return  # a court form is signed the form's way ("Attorney Name" under a line)
    yield from _CHECKS[params.require](doc, params, ctx, structure)


def _check_conformed_name(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    for sig in structure.signatures:
        if sig.name is None:
            yield Hit(sig.mark, {"problem": "carries no name"})


def _check_signature(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    if any(sig.name for sig in structure.signatures) or _DIGITAL.search(doc.text):
        return
    if _body_words(doc, structure) < 10:
        return  # a placeholder for a sealed paper: its signature page is not public
    closing = [i for i, ln in enumerate(doc.lines) if ln.region not in FURNITURE and (BY_LINE.search(ln.text) or DATED_LINE.search(ln.text))]
    if closing and _image_on_page(doc, doc.lines[closing[-1]].page):
        return  # a scanned or digitized signature is an image beside the signature block
    blank = next((ln for ln in doc.lines if ln.region not in FURNITURE and BY_LINE.search(ln.text)), None)
    problem = "has a blank signature line and no conformed signature" if blank else "has no signature"
    yield Hit(blank.span if blank else None, {"problem": problem})


def _body_words(doc: Document, structure: Structure) -> int:
    """Words of the paper after its caption."""
    span = structure.caption_range
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
    except pdfium.PdfiumError:
        return False  # a damaged page: extraction reported it
    finally:
        pdf.close()


def _check_attestation(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    signers = distinct_signers(structure.paper_signatures)
    if len(signers) < 2:
        return
    names = ", ".join(sig.name for sig in signers)
    found = list(params._attestation.finditer(doc.scoped_text(AUTHORED)))
    args = {"signers": names, "count": len(signers)}
    if not found:
        yield Hit(signers[1].mark, {**args, "problem": "and no filer's attestation that the others concurred"})
        return
    if params.placement == "signature_page" and doc.pages:
        pages = {doc.lines[sig.line].page for sig in structure.paper_signatures}
        if not any(doc.line_at(m.start()).page in pages for m in found):
            where = doc.line_at(found[0].start()).page
            yield Hit(
                Span(found[0].start(), found[0].end()),
                {**args, "problem": f"and the attestation is on page {where}, not on a signature page"},
            )


def _check_signer_contact(doc: Document, params: Params, ctx, structure: Structure) -> Iterator[Hit]:
    counsel = structure.counsel_block or []
    counsel_text = "\n".join(line.text for line in counsel)
    counsel_words = signer_key(" ".join(regex.findall(r"[\p{L}'’\-]+", counsel_text)))
    for sig in distinct_signers(structure.paper_signatures):
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
