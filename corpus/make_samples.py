"""Regenerate the sample filings in corpus/samples/ (run: python corpus/make_samples.py).

The samples are invented documents on pleading paper: a C.D. Cal. stipulated
protective order with the defects magistrate judges most often send back, a
corrected version of it, and an N.D. Cal. discovery motion in a case referred
to a magistrate judge whose caption lacks the referral designation.
"""

from __future__ import annotations

from pathlib import Path

from pleading import Block, write_pleading

HERE = Path(__file__).resolve().parent / "samples"

COUNSEL_CACD = [
    Block("Dana R. Whitfield (SBN 201234)", "raw"),
    Block("dwhitfield@whitfieldlaw.example", "raw"),
    Block("WHITFIELD & MORENO LLP", "raw"),
    Block("355 South Grand Avenue, Suite 2100", "raw"),
    Block("Los Angeles, California 90071", "raw"),
    Block("Telephone: (213) 555-0142", "raw"),
    Block("Attorneys for Plaintiff Harbor Light Foods, Inc.", "raw"),
]

SIGNATURE_CACD = [
    Block("Dated: March 4, 2025          WHITFIELD & MORENO LLP", "raw"),
    Block("By: /s/ Dana R. Whitfield", "raw"),
    Block("Dana R. Whitfield", "raw"),
    Block("Attorneys for Plaintiff Harbor Light Foods, Inc.", "raw"),
]


def sized(blocks: list[Block], size: float) -> list[Block]:
    """The same blocks set in ``size``-point type (C.D. Cal. L.R. 11-3.1.1 wants 14)."""
    return [Block(b.text, b.kind, size, b.indent) for b in blocks]


def caption(court: str, parties: list[str], number: str, title: list[str], division: str | None = None) -> list[Block]:
    rows = [Block("UNITED STATES DISTRICT COURT", "center"), Block(court, "center")]
    if division:
        rows.append(Block(division, "center"))
    rows += [Block(p, "raw") for p in parties]
    rows.append(Block(number, "raw"))
    rows += [Block(t, "raw") for t in title]
    return rows


PO_PARTIES = [
    "HARBOR LIGHT FOODS, INC., a California corporation,",
    "Plaintiff,      v.",
    "PACIFIC COLD CHAIN LOGISTICS, LLC,",
    "Defendant.",
]

PO_BODY_DEFECTIVE = [
    Block("1. PURPOSES AND LIMITATIONS", "heading"),
    Block(
        "Discovery in this action is likely to involve production of confidential, proprietary, "
        "or private information for which special protection from public disclosure may be warranted. "
        "The parties therefore stipulate to and petition the Court to enter the following Stipulated "
        "Protective Order."
    ),
    Block("2. DEFINITIONS", "heading"),
    Block(
        "2.1 \"CONFIDENTIAL\" Information or Items: any information that the Producing Party believes "
        "in good faith is confidential."
    ),
    Block(
        "2.2 Producing Party: a Party or Non-Party that produces Disclosure or Discovery Material in this action."
    ),
    Block("3. CHALLENGING CONFIDENTIALITY DESIGNATIONS", "heading"),
    Block(
        "If the parties cannot resolve a challenge within ten days, the Designating Party shall file a "
        "motion to retain confidentiality within fourteen days, and the designation shall remain in "
        "effect until the Court rules."
    ),
    Block("4. FILING PROTECTED MATERIAL", "heading"),
    Block(
        "All documents designated CONFIDENTIAL that are filed with the Court shall be filed under seal."
    ),
    Block("5. FINAL DISPOSITION", "heading"),
    Block(
        "Within sixty days after the final disposition of this action, each Receiving Party shall return "
        "all Protected Material to the Producing Party, and the Clerk of Court shall return all sealed "
        "Confidential material to the Producing Party."
    ),
    Block("IT IS SO STIPULATED, THROUGH COUNSEL OF RECORD.", "raw"),
    *SIGNATURE_CACD,
]

PO_BODY_FIXED = [
    Block("1. PURPOSES AND LIMITATIONS", "heading"),
    Block(
        "Discovery in this action is likely to involve production of confidential, proprietary, or "
        "private information for which special protection from public disclosure may be warranted. "
        "This Order does not confer blanket protection on all disclosures or responses to discovery, "
        "and it does not entitle the parties to file confidential information under seal; Civil Local "
        "Rule 79-5 sets forth the procedures that must be followed when a party seeks permission from "
        "the Court to file material under seal."
    ),
    Block("2. GOOD CAUSE STATEMENT", "heading"),
    Block(
        "Plaintiff alleges that Defendant let the refrigeration in three trailers fail during a July "
        "2023 heat wave, spoiling seafood worth about $2.1 million. Defendant expects to produce its "
        "temperature-telemetry logs, its carrier pricing schedules for 2021 through 2024, and the "
        "personnel files of the four drivers involved. Plaintiff expects to produce its supplier "
        "contracts and customer-specific margin data. Competitors could use the pricing schedules and "
        "margin data to undercut either party's bids, and disclosure of the drivers' personnel files "
        "would invade the privacy of non-parties. Absent an order, each party would have to litigate "
        "confidentiality document by document, delaying discovery."
    ),
    Block("3. DEFINITIONS", "heading"),
    Block(
        "3.1 \"CONFIDENTIAL\" Information or Items: the following categories, when not public: "
        "(a) carrier pricing schedules and customer margin data; (b) temperature-telemetry logs; "
        "(c) personnel files of employees; and (d) supplier contracts."
    ),
    Block("4. CHALLENGING CONFIDENTIALITY DESIGNATIONS", "heading"),
    Block(
        "A Party may challenge a designation at any time. The Challenging Party shall initiate the "
        "dispute resolution process under Local Rule 37-1 et seq., and any joint stipulation shall "
        "comply with Local Rule 37-2."
    ),
    Block("5. FILING PROTECTED MATERIAL", "heading"),
    Block(
        "A Party that seeks to file any Protected Material under seal must comply with Civil Local "
        "Rule 79-5. Protected Material may be filed under seal only pursuant to a court order "
        "authorizing the sealing of the specific Protected Material at issue."
    ),
    Block("6. FINAL DISPOSITION", "heading"),
    Block(
        "Within sixty days after the final disposition of this action, each Receiving Party shall "
        "return all Protected Material to the Producing Party or destroy it."
    ),
    Block("IT IS SO STIPULATED, THROUGH COUNSEL OF RECORD.", "raw"),
    *SIGNATURE_CACD,
]

MOTION_BODY = [
    Block("NOTICE OF MOTION AND MOTION", "heading"),
    Block(
        "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD: PLEASE TAKE NOTICE that on April 10, 2025, at "
        "8:00 a.m., or as soon thereafter as the matter may be heard, in Courtroom 12, 19th Floor, of the "
        "United States Courthouse, 450 Golden Gate Avenue, San Francisco, California, Plaintiff Mira "
        "Okafor will and hereby does move the Court for an order compelling Defendant Brightwell "
        "Analytics, Inc. to produce the documents requested in Plaintiff's Requests for Production "
        "Nos. 4 through 9."
    ),
    Block("MEMORANDUM OF POINTS AND AUTHORITIES", "heading"),
    Block(
        "Defendant has produced none of the model-validation reports that Plaintiff requested in "
        "October. Lead trial counsel met and conferred in person on January 14, 2025, without result."
    ),
    Block("Dated: March 6, 2025          PARK LEGAL PC", "raw"),
    Block("By: /s/ Lena Park", "raw"),
    Block("Lena Park", "raw"),
    Block("Attorneys for Plaintiff Mira Okafor", "raw"),
]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    number = "Case No. 2:24-cv-01234-MWF (SSx)"
    title = ["STIPULATED PROTECTIVE ORDER", "", "[Discovery Document: Referred to", "Magistrate Judge Suzanne H. Segal]"]
    write_pleading(
        HERE / "stipulated-protective-order-cacd.pdf",
        sized(COUNSEL_CACD + caption("CENTRAL DISTRICT OF CALIFORNIA", PO_PARTIES, number, title) + PO_BODY_DEFECTIVE, 14),
        footer="STIPULATED PROTECTIVE ORDER",
    )
    write_pleading(
        HERE / "stipulated-protective-order-cacd-fixed.pdf",
        sized(COUNSEL_CACD + caption("CENTRAL DISTRICT OF CALIFORNIA", PO_PARTIES, number, title) + PO_BODY_FIXED, 14),
        footer="STIPULATED PROTECTIVE ORDER",
    )
    counsel = [
        Block("Lena Park (SBN 287654)", "raw"),
        Block("PARK LEGAL PC", "raw"),
        Block("lpark@parklegal.example", "raw"),
        Block("100 Pine Street, Suite 1250, San Francisco, CA 94111", "raw"),
        Block("Telephone: (415) 555-0187", "raw"),
        Block("Attorneys for Plaintiff Mira Okafor", "raw"),
    ]
    parties = ["MIRA OKAFOR,", "Plaintiff,      v.", "BRIGHTWELL ANALYTICS, INC.,", "Defendant."]
    write_pleading(
        HERE / "motion-to-compel-cand.pdf",
        counsel
        + caption("NORTHERN DISTRICT OF CALIFORNIA", parties, "Case No. 3:24-cv-04321-WHA",
                  ["PLAINTIFF'S NOTICE OF MOTION AND", "MOTION TO COMPEL PRODUCTION",
                   "Date: April 10, 2025", "Time: 8:00 a.m.", "Courtroom: 12, 19th Floor"],
                  division="SAN FRANCISCO DIVISION")
        + MOTION_BODY,
        footer="PLAINTIFF'S MOTION TO COMPEL - CASE NO. 3:24-cv-04321-WHA",
    )


if __name__ == "__main__":
    main()
