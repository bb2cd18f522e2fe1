"""Write the two DOCX protective orders of this corpus (python-docx).

    python corpus/protective-orders/make_docx.py

Word documents carry what plain text cannot: heading styles. One order puts
its "Good cause statement" heading in a Heading 2 style and sentence case, so
only the style marks it as a heading; the other is a deficient N.D. Cal. order
whose headings are bold body paragraphs. Each file gets a sidecar
``<name>.expected.json`` like the text files.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
SLUGS = (
    "missing-good-cause-statement",
    "missing-sealing-rule-reference",
    "blanket-sealing",
    "nonconforming-dispute-procedure",
    "order-binds-court",
    "overbroad-confidentiality-definition",
)

# Each document is a list of (kind, text): "title", "h1", "h2", "bold" or "p".
CACD_HEADING_STYLE = [
    ("p", "SAMUEL OYELARAN (SBN 262310)"),
    ("p", "OYELARAN LAW PC"),
    ("p", "515 South Flower Street, Suite 1800, Los Angeles, California 90071"),
    ("p", "Attorneys for Plaintiff GREENLEAF ORGANICS, INC."),
    ("title", "UNITED STATES DISTRICT COURT"),
    ("title", "CENTRAL DISTRICT OF CALIFORNIA"),
    ("p", "GREENLEAF ORGANICS, INC., Plaintiff, v. SUNVALE PACKING CO., Defendant."),
    ("p", "Case No. 2:25-cv-02044-MEMF (PDx)"),
    ("title", "STIPULATED PROTECTIVE ORDER"),
    ("h1", "Purposes and limitations"),
    ("p", "Discovery in this contract dispute will call for commercial records that both companies keep private. "
          "The parties ask the Court to enter this Order to govern them. It reaches only material that qualifies for "
          "protection under the law, not every document produced."),
    ("h2", "Good cause statement"),
    ("p", "Plaintiff Greenleaf Organics, Inc. alleges that Defendant SunVale Packing Co. breached a three-year "
          "co-packing agreement for organic juice. Both sides will produce their grower contracts, per-case pricing, "
          "cost-of-goods spreadsheets and the recipes and pasteurization specifications for the four juices at issue. "
          "Greenleaf and SunVale each sell to regional grocery chains in competition with other packers; if those "
          "competitors saw the pricing or grower terms, they could undercut the parties' bids and poach their growers, "
          "and the recipes are the product of years of development that a competitor could copy. Disclosure would "
          "cause both parties lasting competitive harm. SunVale will also produce food-safety audit reports that name "
          "line employees, whose privacy would be invaded by publication."),
    ("h2", "Acknowledgment of procedure for filing under seal"),
    ("p", "This Order does not entitle the parties to file confidential information under seal. Local Rule 79-5 "
          "governs any application to do so."),
    ("h1", "Definitions"),
    ("p", "2.1 \"CONFIDENTIAL\" Information or Items: information or tangible things that qualify for protection "
          "under Federal Rule of Civil Procedure 26(c) and fall within the categories in the Good Cause Statement."),
    ("p", "2.2 Protected Material: any Disclosure or Discovery Material that is designated as \"CONFIDENTIAL.\""),
    ("h1", "Challenging confidentiality designations"),
    ("p", "Any Party may challenge a designation at any time consistent with the Court's Scheduling Order. The "
          "Challenging Party shall initiate the dispute resolution process under Local Rule 37-1 et seq., and the "
          "Designating Party bears the burden of persuasion."),
    ("h1", "Access to and use of protected material"),
    ("p", "A Receiving Party may disclose CONFIDENTIAL material only to its counsel, its officers and employees "
          "who need it, Experts who have signed Exhibit A, the Court and its personnel, court reporters and their "
          "staff, mediators, and the authors or recipients of the material."),
    ("h1", "Filing protected material"),
    ("p", "A Party that seeks to file under seal any Protected Material must comply with Local Rule 79-5. "
          "Protected Material may be filed under seal only pursuant to a court order authorizing the sealing of the "
          "specific material at issue."),
    ("h1", "Final disposition"),
    ("p", "Within 60 days after final disposition of this Action, each Receiving Party must return all Protected "
          "Material to the Producing Party or destroy it, and certify in writing that it has done so."),
    ("p", "IT IS SO ORDERED."),
    ("p", "HON. PATRICIA DONAHUE, United States Magistrate Judge"),
]

CAND_DEFICIENT = [
    ("p", "GRACE WHITFIELD (SBN 270455)"),
    ("p", "WHITFIELD & OSEI LLP, 1 Kaiser Plaza, Suite 650, Oakland, California 94612"),
    ("p", "Attorneys for Defendant"),
    ("bold", "UNITED STATES DISTRICT COURT"),
    ("bold", "NORTHERN DISTRICT OF CALIFORNIA"),
    ("p", "BAYSHORE TENANTS UNION, Plaintiff, v. CORNERSTONE RESIDENTIAL REIT, INC., Defendant."),
    ("p", "Case No. 4:25-cv-00912-YGR (KAW)"),
    ("bold", "STIPULATED PROTECTIVE ORDER"),
    ("bold", "1. PURPOSES AND LIMITATIONS"),
    ("p", "Discovery in this action will involve confidential, proprietary and private information. The parties "
          "stipulate to entry of this Order to protect it."),
    ("bold", "2. DEFINITIONS"),
    ("p", "2.1 \"CONFIDENTIAL\" means any information the Producing Party believes in good faith is confidential "
          "or commercially sensitive."),
    ("p", "2.2 Protected Material: any Discovery Material designated as \"CONFIDENTIAL.\""),
    ("bold", "3. CHALLENGING CONFIDENTIALITY DESIGNATIONS"),
    ("p", "The parties shall meet and confer about any challenge as Civil L.R. 37-1 requires. If they cannot "
          "resolve it, the Designating Party shall file a motion to retain confidentiality within 21 days."),
    ("bold", "4. FILING PROTECTED MATERIAL"),
    ("p", "All Protected Material submitted to the Court shall be filed under seal. The parties agree that Civil "
          "L.R. 79-5 shall be satisfied by reference to this Order."),
    ("bold", "5. FINAL DISPOSITION"),
    ("p", "Within 60 days after final judgment, the Clerk shall destroy all Protected Material lodged with the "
          "Court, and each Receiving Party shall return or destroy the Protected Material it holds."),
    ("p", "IT IS SO ORDERED."),
    ("p", "HON. KANDIS A. WESTMORE, United States Magistrate Judge"),
]

DOCUMENTS = {
    "cacd-docx-heading-style": (
        CACD_HEADING_STYLE,
        {"court": "cacd", "fire": [],
         "note": "DOCX whose sentence-case 'Good cause statement' is a heading only by its Heading 2 style."},
    ),
    "cand-docx-deficient": (
        CAND_DEFICIENT,
        {"court": "cand", "fire": ["blanket-sealing", "order-binds-court", "overbroad-confidentiality-definition"],
         "note": "DOCX with bold headings: automatic sealing, a belief-based definition, and the Clerk told to destroy material."},
    ),
}


def build(blocks) -> docx.Document:
    document = docx.Document()
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "h2":
            document.add_heading(text, level=2)
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
    return document


def main() -> None:
    for name, (blocks, expected) in DOCUMENTS.items():
        build(blocks).save(HERE / f"{name}.docx")
        sidecar = {
            "court": expected["court"],
            "doc_type": "protective_order",
            "fire": sorted(expected["fire"]),
            "quiet": [s for s in SLUGS if s not in expected["fire"]],
            "note": expected["note"],
        }
        (HERE / f"{name}.expected.json").write_text(json.dumps(sidecar, indent=2) + "\n")


if __name__ == "__main__":
    main()
