"""Unit tests for the ``signature`` check kind."""

from __future__ import annotations

import pytest

from courtlint.checks import load_kind
from courtlint.describe import describe
from courtlint.structure import signatures
from courtlint.testing import make_document

from .test_first_page import caption, laid_out

BLOCK = """\
Dated: May 12, 2025                   ORTIZ & BAKER LLP

                                      By: /s/ Jane R. Ortiz
                                          Jane R. Ortiz
                                      Attorneys for Defendant
"""


def run(text_or_doc, require: str, **params) -> list:
    doc = make_document(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    kind = load_kind("signature")
    return list(kind.run(doc, kind.build_params({"require": require, **params}), describe(doc)))


# ---- reading names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (" Jane R. Ortiz", "Jane R. Ortiz"),
        ("Christopher Grivakes", "Christopher Grivakes"),
        (" LAURA MILLER ELIAS", "LAURA MILLER ELIAS"),
        (" Carl G. Anderson QUINN EMANUEL URQUHART & SULLIVAN, LLP", "Carl G. Anderson"),
        (" E. Danielle T. Williams George C. Lombardi", "E. Danielle T. Williams"),
        (" Jane Roe       Attorneys for Plaintiff", "Jane Roe"),
        (" Daniel Johnson Jr.", "Daniel Johnson Jr."),
        (" ____________________", None),
        ("", None),
        (" Attorneys for Defendant", None),
    ],
)
def test_name_after_the_mark(text, name):
    assert signatures.name_after(text) == name


@pytest.mark.parametrize("text", ["By: /s/ Jane Roe", "/s/Jane Roe", "s/ Shawn A. Webb", "By:/s/ Jane Roe", "/S/ JANE ROE"])
def test_conformed_marks(text):
    assert signatures.MARK.search(text)


@pytest.mark.parametrize("text", ["the parties and/or their counsel", "see https://example.com/s/Docs", "its/ Member"])
def test_slashes_that_are_not_signatures(text):
    assert not signatures.MARK.search(text)


def test_one_signer_under_several_spellings():
    a, b, c = (signatures.signer_key(n) for n in ("Megan Pierce", "Megan A. Pierce", "MEGAN PIERCE"))
    assert signatures.same_signer(a, b) and signatures.same_signer(a, c)
    assert not signatures.same_signer(a, signatures.signer_key("Anil Mujumdar"))


# ---- conformed names and signatures ----------------------------------------------------------


def test_bare_mark_is_reported():
    (hit,) = run("Dated: May 12, 2025\n      By: /s/\n      Attorneys for Defendant\n", "conformed_name")
    assert hit.args["problem"] == "carries no name"


def test_name_typed_under_the_mark_counts():
    assert run("Dated: May 12, 2025\n      /s/\n      Jane R. Ortiz (SBN 245123)\n      Attorneys for Defendant\n", "conformed_name") == []
    assert run(BLOCK, "conformed_name") == []


def test_unsigned_paper():
    body = "For these reasons, the Court should dismiss the second and fourth claims without leave to amend.\n"
    (hit,) = run(body + "Dated: May 12, 2025\nBy: ____________________\n", "signature")
    assert hit.args["problem"] == "has a blank signature line and no conformed signature"
    (hit,) = run(body, "signature")
    assert hit.span is None and hit.args["problem"] == "has no signature"
    assert run(body + BLOCK, "signature") == []
    assert run(body + "Digitally signed by Jane R. Ortiz\n", "signature") == []


def test_placeholder_for_a_sealed_paper_is_not_checked():
    assert run(caption(body="REDACTED"), "signature") == []


# ---- attestation ------------------------------------------------------------------------------

TWO_SIGNERS = """\
IT IS HEREBY STIPULATED that Defendant shall respond by June 2, 2025.

Dated: May 12, 2025                   SAYRE PARK LLP
                                      By: /s/ Samuel Park
                                      Attorneys for Plaintiff

Dated: May 12, 2025                   ORTIZ & BAKER LLP
                                      By: /s/ Jane R. Ortiz
                                      Attorneys for Defendant
"""
ATTESTATION = "I, Jane R. Ortiz, attest that concurrence in the filing of this document has been obtained from each of the other signatories.\n"


def test_two_signers_need_an_attestation():
    (hit,) = run(TWO_SIGNERS, "attestation")
    assert hit.args["count"] == 2 and hit.args["signers"] == "Samuel Park, Jane R. Ortiz"
    assert run(TWO_SIGNERS + ATTESTATION, "attestation") == []


def test_the_same_signer_twice_is_one_signer():
    assert run(BLOCK + "\nMEMORANDUM OF POINTS AND AUTHORITIES\nDefendant moves.\n" + BLOCK, "attestation") == []


def test_proof_of_service_signer_is_not_counted():
    service = "\n                 CERTIFICATE OF SERVICE\nI certify that I filed the foregoing using CM/ECF.\n      /s/ Dana Whitfield\n"
    assert run(BLOCK + service, "attestation") == []


def test_signer_of_an_appended_paper_is_not_counted():
    declaration = caption(title=("DECLARATION OF MARIA LOPEZ",), body="I, Maria Lopez, declare as follows:\n      /s/ Maria Lopez\n")
    assert run(caption(body="I. INTRODUCTION\n" + BLOCK) + declaration, "attestation") == []


def test_attestation_placement_on_a_signature_page():
    signatures = [(line, 100 + 24 * i, 300, "body", i + 1, 12.0) for i, line in enumerate(TWO_SIGNERS.splitlines()) if line.strip()]
    elsewhere = [("ATTESTATION", 100, 250, "body", 1, 12.0), (ATTESTATION.strip(), 124, 72, "body", 2, 12.0)]
    split = laid_out([signatures, elsewhere])
    (hit,) = run(split, "attestation", placement="signature_page")
    assert hit.args["problem"] == "and the attestation is on page 2, not on a signature page"
    assert run(split, "attestation") == []  # N.D. Cal.: anywhere in the paper
    together = laid_out([signatures + [(ATTESTATION.strip(), 400, 72, "body", 14, 12.0)]])
    assert run(together, "attestation", placement="signature_page") == []


# ---- signer's contact details --------------------------------------------------------------------


def test_signer_listed_in_the_counsel_block():
    assert run(caption(body="I. INTRODUCTION\n" + BLOCK), "signer_contact") == []


def test_signer_missing_from_the_counsel_block():
    (hit,) = run(caption(body=TWO_SIGNERS), "signer_contact")
    assert hit.args["signer"] == "Samuel Park"
    assert hit.args["missing"] == "address, email address or telephone number"


def test_contact_in_the_signature_block():
    block = BLOCK.replace("Attorneys for Defendant", "jortiz@ortizbaker.com\n  450 Mission Street, San Francisco, CA 94105\n  Tel. (415) 555-0142")
    assert run("The motion should be granted.\n" + block, "signer_contact") == []


def test_counsel_block_without_email():
    counsel = "JANE R. ORTIZ (SBN 245123)\nORTIZ & BAKER LLP\n450 Mission Street, San Francisco, CA 94105\nTelephone: (415) 555-0142\nAttorneys for Defendant\n"
    (hit,) = run(caption(counsel=counsel, body="I. INTRODUCTION\n" + BLOCK), "signer_contact")
    assert hit.args["missing"] == "email address"


def test_bad_params():
    kind = load_kind("signature")
    with pytest.raises(ValueError, match="require"):
        kind.build_params({"require": "initials"})
    with pytest.raises(ValueError, match="placement"):
        kind.build_params({"require": "attestation", "placement": "footer"})


def test_a_bare_mark_whose_name_is_typed_on_the_next_page(tmp_path):
    # The block breaks across pages: footer, page number and the next page's line numbers lie
    # between "/s/" and the name typed under it.
    from ..corpus_pleading import Block, write_pleading

    from courtlint.extract import extract

    path = tmp_path / "split.pdf"
    body = [Block("Plaintiff respectfully asks the Court to grant the motion for the reasons above.") for _ in range(9)]
    write_pleading(path, [*body, Block("Dated: May 1, 2025", "raw"), Block("By: /s/", "raw"), Block("", "pagebreak"),
                          Block("Maria Lopez", "raw"), Block("Attorneys for Plaintiff", "raw")], footer="MOTION")
    doc = extract(path)
    (sig,) = signatures.find_signatures(doc)
    assert sig.name == "Maria Lopez"
    assert doc.lines[sig.line].page == 1
