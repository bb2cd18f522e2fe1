"""Regenerate the caption test documents in corpus/captions/ (run: python corpus/captions/make_captions.py).

Invented first pages of N.D. Cal. and C.D. Cal. filings (counsel block, court
title, parties, case number, title, the start of the body), each with a
sidecar ``<name>.expected.json``: the lint context (``court``, ``judge``,
``referred_to``, ``doc_type``: the options of ``courtlint.lint``), the rules
that must fire and the rules that must not. tests/test_caption_corpus.py and
benchmarks/caption_rules_accuracy.py read them.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
R = "cand-referral.missing-referral-designation"
S = "cacd-discovery.missing-discovery-designation"
P = "cacd-discovery.missing-discovery-matter-label"
ALL = [R, S, P]

def col(left, right, width=38):
    n = max(len(left), len(right))
    rows = []
    for i in range(n):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        rows.append(f"{l:<{width}})   {r}".rstrip())
    rows.append("_" * width + ")")
    return "\n".join(rows)

def doc(counsel, court, left, right, body):
    return "\n".join([counsel.strip("\n"), "", court.strip("\n"), "", col(left, right), "", body.strip("\n"), ""])

CAND_COURT = """\
                      UNITED STATES DISTRICT COURT
                     NORTHERN DISTRICT OF CALIFORNIA
                         {div} DIVISION"""
CACD_COURT = """\
                      UNITED STATES DISTRICT COURT
                     CENTRAL DISTRICT OF CALIFORNIA
                           {div} DIVISION"""

COUNSEL_SF = """\
JANE R. ORTIZ (SBN 245123)
jortiz@ortizbaker.example
MARCUS LEE (SBN 301877)
mlee@ortizbaker.example
ORTIZ & BAKER LLP
450 Mission Street, Suite 1200
San Francisco, California 94105
Telephone: (415) 555-0142

Attorneys for Plaintiff"""
COUNSEL_OAK = """\
PAUL T. NAKAMURA (SBN 198877)
pnakamura@nakamuralaw.example
NAKAMURA LEGAL GROUP
1999 Harrison Street, Suite 800
Oakland, California 94612
Telephone: (510) 555-0117

Attorneys for Defendant"""
COUNSEL_SJ = """\
ELENA VOSS (SBN 276540)
evoss@vossgarcia.example
VOSS GARCIA LLP
60 South Market Street, Suite 1400
San Jose, California 95113
Telephone: (408) 555-0163

Attorneys for Defendant"""
COUNSEL_LA = """\
ANDREW P. KLEIN (SBN 211468)
aklein@kleinwarner.example
KLEIN WARNER LLP
355 South Grand Avenue, Suite 2450
Los Angeles, California 90071
Telephone: (213) 555-0190

Attorneys for Plaintiff"""
COUNSEL_SA = """\
RACHEL M. DUONG (SBN 265012)
rduong@duongpark.example
DUONG PARK LLP
18500 Von Karman Avenue, Suite 700
Irvine, California 92612
Telephone: (949) 555-0128

Attorneys for Defendant"""

PARTIES = {
    "castillo": ["MARIA CASTILLO,", "", "              Plaintiff,", "", "       v.", "", "HARBORVIEW LOGISTICS, INC.,", "", "              Defendant."],
    "greenleaf": ["GREENLEAF FARMS, LLC, a California", "limited liability company,", "              Plaintiff,", "       v.", "ORCHARD SUPPLY CO.,", "              Defendant."],
    "eolas": ["EOLAS TECHNOLOGIES INCORPORATED,", "              Plaintiff,", "       v.", "AMAZON.COM, INC., et al.,", "              Defendants."],
    "kestrel": ["KESTREL AVIATION LLC,", "              Plaintiff,", "       v.", "NORTHWIND PARTNERS LP,", "              Defendant."],
    "crescent": ["CRESCENT MEDIA GROUP, INC.,", "", "              Plaintiff,", "       v.", "", "TARGET DISTRIBUTION LLC,", "", "              Defendant."],
    "mendez": ["OSCAR MENDEZ, an individual,", "              Plaintiff,", "       v.", "PACIFIC COAST TRANSIT", "AUTHORITY, a public entity,", "              Defendant."],
    "orca": ["ORCA MARINE SUPPLY CO.,", "              Plaintiff,", "       v.", "BLUEWATER YACHTS, INC.,", "              Defendant."],
    "sunrise": ["SUNRISE ORCHARDS, LLC,", "              Plaintiff,", "       v.", "VALLEY PACKING CO.,", "              Defendant."],
}

DOCS = []
def add(name, text, context, fire, note):
    DOCS.append((name, text, context, fire, note))

# ---------------------------------------------------------------- N.D. Cal.
add("cand-letter-spero-no-designation",
    doc(COUNSEL_SF + " MARIA CASTILLO", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["castillo"],
        ["Case No. 3:19-cv-04321-WHA", "", "JOINT DISCOVERY LETTER BRIEF", "REGARDING PLAINTIFF'S REQUESTS", "FOR PRODUCTION NOS. 12-18"],
        """\
Dear Judge Spero:

Pursuant to the Court's Standing Order, the parties submit this joint letter regarding
Plaintiff's Requests for Production Nos. 12-18. Lead trial counsel met and conferred in
person on March 3, 2025, at 450 Golden Gate Avenue, and could not resolve the issues below."""),
    {}, [R], "A joint letter addressed to Judge Spero; the caption lacks (JCS). The referral is read from the salutation.")

add("cand-motion-compel-jcs-ok",
    doc(COUNSEL_SF + " GREENLEAF FARMS, LLC", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["greenleaf"],
        ["Case No. 3:22-cv-06120-WHO (JCS)", "", "PLAINTIFF'S NOTICE OF MOTION AND", "MOTION TO COMPEL FURTHER", "RESPONSES TO INTERROGATORIES", "", "Date: June 6, 2025", "Time: 9:30 a.m.", "Judge: Hon. Joseph C. Spero"],
        """\
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:

PLEASE TAKE NOTICE that on June 6, 2025, Plaintiff will move the Court for an order
compelling Defendant to answer Interrogatory Nos. 4 and 7."""),
    {"referred_to": "JCS"}, [], "Correct: case number, district judge's initials, then (JCS).")

add("cand-opposition-ecf-hyphen-jsc-ok",
    doc(COUNSEL_SJ + "s AMAZON.COM, INC. and GOOGLE LLC", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["eolas"],
        ["Case No. 3:17-cv-01138-JST-JSC", "", "DEFENDANTS' OPPOSITION TO", "PLAINTIFF'S MOTION TO COMPEL", "SOURCE CODE PRODUCTION"],
        """\
I.   INTRODUCTION

Plaintiff's motion seeks source code that Defendants have already made available for inspection."""),
    {"referred_to": "JSC"}, [], "The hyphenated CM/ECF form -JST-JSC is an accepted designation.")

add("cand-reply-all-purpose-lb",
    doc(COUNSEL_OAK + " NORTHWIND PARTNERS LP", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["kestrel"],
        ["Case No. 3:23-cv-02290-LB", "", "DEFENDANT'S REPLY IN SUPPORT OF", "MOTION TO DISMISS FIRST AMENDED", "COMPLAINT"],
        """\
I.   INTRODUCTION

The opposition does not cure the defects identified in Defendant's motion."""),
    {"referred_to": "LB"}, [], "All-purpose magistrate-judge case: LB alone in the district judge's slot needs no designation.")

add("cand-protective-order-no-district-initials",
    doc(COUNSEL_SJ + " ORCHARD SUPPLY CO.", CAND_COURT.format(div="SAN JOSE"), PARTIES["greenleaf"],
        ["Case No. 5:24-cv-00871 (VKD)", "", "DEFENDANT'S MOTION FOR PROTECTIVE", "ORDER REGARDING RULE 30(b)(6)", "DEPOSITION TOPICS"],
        """\
NOTICE OF MOTION

PLEASE TAKE NOTICE that Defendant moves for a protective order limiting deposition topics 9-14."""),
    {"referred_to": "VKD"}, [R], "The designation (VKD) is printed without the district judge's initials before it.")

add("cand-stipulation-wrong-magistrate",
    doc(COUNSEL_SF + " MARIA CASTILLO", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["castillo"],
        ["Case No. 3:21-cv-05533-CRB (TSH)", "", "STIPULATION AND [PROPOSED] ORDER", "EXTENDING TIME TO FILE JOINT", "DISCOVERY LETTER"],
        """\
IT IS HEREBY STIPULATED by and between the parties, through their counsel of record, that the
deadline to file the joint discovery letter is extended to April 18, 2025."""),
    {"referred_to": "SK"}, [R], "The caption carries another magistrate judge's designation (TSH); the matter is referred to Judge Kim (SK).")

add("cand-motion-jcs-only-in-body",
    doc(COUNSEL_OAK + " ORCHARD SUPPLY CO.", CAND_COURT.format(div="OAKLAND"), PARTIES["greenleaf"],
        ["Case No. 4:21-cv-03390-YGR", "", "DEFENDANT'S NOTICE OF MOTION AND", "MOTION TO QUASH THIRD-PARTY", "SUBPOENA"],
        """\
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:

PLEASE TAKE NOTICE that Defendant moves to quash the subpoena served on First Harbor Bank.
Judge Gonzalez Rogers referred all discovery matters to Magistrate Judge Spero (JCS). Dkt. 58."""),
    {"referred_to": "JCS"}, [R], "(JCS) appears in the body, not in the caption.")

add("cand-declaration-old-style-jsc-ok",
    doc(COUNSEL_SF + " MARIA CASTILLO", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["castillo"],
        ["No. C 18-05982 WHA (JSC)", "", "DECLARATION OF MARCUS LEE IN", "SUPPORT OF PLAINTIFF'S MOTION TO", "COMPEL"],
        """\
I, Marcus Lee, declare as follows:

1.   I am an attorney at Ortiz & Baker LLP, counsel for Plaintiff in this action."""),
    {"referred_to": "JSC"}, [], "Older number form with spaces: No. C 18-05982 WHA (JSC).")

wrapped = doc(COUNSEL_OAK + " NORTHWIND PARTNERS LP", CAND_COURT.format(div="OAKLAND"), PARTIES["kestrel"],
        ["Case No. 4:19-cv-08426-YGR", "(DMR)", "", "[PROPOSED] ORDER GRANTING", "DEFENDANT'S MOTION TO COMPEL"],
        """\
Having considered the joint discovery letter and the record, the Court ORDERS as follows.""")
add("cand-proposed-order-wrapped-designation-ok", wrapped,
    {"referred_to": "DMR"}, [], "A narrow caption column pushes (DMR) onto the next line; still the caption.")

add("cand-motion-no-referral",
    doc(COUNSEL_SF + " GREENLEAF FARMS, LLC", CAND_COURT.format(div="SAN FRANCISCO"), PARTIES["greenleaf"],
        ["Case No. 3:22-cv-06120-WHO", "", "PLAINTIFF'S NOTICE OF MOTION AND", "MOTION FOR PARTIAL SUMMARY", "JUDGMENT"],
        """\
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:

PLEASE TAKE NOTICE that Plaintiff moves for partial summary judgment on its first claim."""),
    {}, [], "No referral known: the rule does not apply.")

add("cand-magistrate-in-district-slot",
    doc(COUNSEL_OAK + " WESTRIDGE BANK, N.A.", CAND_COURT.format(div="SAN FRANCISCO"),
        ["LUCIA FERNANDEZ,", "              Plaintiff,", "       v.", "WESTRIDGE BANK, N.A.,", "              Defendant."],
        ["Case No. 3:24-cv-01234-JCS", "", "DECLARATION OF PAUL NAKAMURA IN", "SUPPORT OF MOTION FOR PROTECTIVE", "ORDER"],
        """\
I, Paul Nakamura, declare as follows:

1.   I am counsel for Defendant Westridge Bank, N.A."""),
    {"referred_to": "JCS", "judge": "WHO"}, [R], "Assigned to Judge Orrick, referred to Judge Spero: -JCS alone drops the district judge's initials.")

# ---------------------------------------------------------------- C.D. Cal.
SEGAL_SPLIT = ["[Discovery Document: Referred to", "Magistrate Judge Suzanne H. Segal]"]
add("cacd-segal-joint-stipulation-missing",
    doc(COUNSEL_LA + " CRESCENT MEDIA GROUP, INC.", CACD_COURT.format(div="WESTERN"), PARTIES["crescent"],
        ["Case No. 2:16-cv-06317-MWF (SSx)", "", "JOINT STIPULATION REGARDING", "PLAINTIFF'S MOTION TO COMPEL", "FURTHER RESPONSES TO REQUESTS", "FOR PRODUCTION OF DOCUMENTS", "", "Hearing Date: July 9, 2025", "Time: 10:00 a.m.", "Discovery Cut-Off: October 1, 2025"],
        """\
Pursuant to Local Rule 37-2, Plaintiff Crescent Media Group, Inc. and Defendant Target
Distribution LLC submit this Joint Stipulation regarding Plaintiff's Motion to Compel."""),
    {}, [S], "L.R. 37-2 joint stipulation in a Segal case (SSx) without the discovery-document designation.")

add("cacd-segal-joint-stipulation-split-label-ok",
    doc(COUNSEL_LA + " CRESCENT MEDIA GROUP, INC.", CACD_COURT.format(div="WESTERN"), PARTIES["crescent"],
        ["Case No. 2:16-cv-06317-MWF (SSx)", *SEGAL_SPLIT, "", "JOINT STIPULATION REGARDING", "PLAINTIFF'S MOTION TO COMPEL", "FURTHER RESPONSES TO REQUESTS", "FOR PRODUCTION OF DOCUMENTS"],
        """\
Pursuant to Local Rule 37-2, the parties submit this Joint Stipulation."""),
    {}, [], "The Segal designation wraps over two lines of the right caption column.")

add("cacd-segal-msj-not-discovery",
    doc(COUNSEL_SA + " PACIFIC COAST TRANSIT AUTHORITY", CACD_COURT.format(div="SOUTHERN"), PARTIES["mendez"],
        ["Case No. 8:23-cv-04410-JVS (SSx)", "", "DEFENDANT'S NOTICE OF MOTION AND", "MOTION FOR SUMMARY JUDGMENT", "", "Date: August 4, 2025", "Time: 1:30 p.m.", "Discovery Cut-Off: May 30, 2025"],
        """\
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:

PLEASE TAKE NOTICE that Defendant moves for summary judgment on all claims."""),
    {}, [], "Segal case, but a summary-judgment motion is not a discovery document (the discovery cut-off line does not make it one).")

add("cacd-segal-declaration-label-in-footer",
    doc(COUNSEL_SA + " PACIFIC COAST TRANSIT AUTHORITY", CACD_COURT.format(div="SOUTHERN"), PARTIES["mendez"],
        ["Case No. 8:23-cv-04410-JVS (SSx)", "", "DECLARATION OF LENA PARK IN", "SUPPORT OF DEFENDANT'S MOTION", "FOR PROTECTIVE ORDER"],
        """\
I, Lena Park, declare as follows:

1.   I am counsel for Defendant and make this declaration on personal knowledge.

2.   Plaintiff noticed eleven depositions of current and former transit supervisors.

___________________________________________________________________________
[Discovery Document: Referred to Magistrate Judge Suzanne H. Segal]
DECLARATION OF LENA PARK ISO MOTION FOR PROTECTIVE ORDER              - 1 -"""),
    {}, [S], "The designation is printed only in the footer.")

add("cacd-segal-protective-order-one-line-ok",
    """\
ANDREW P. KLEIN (SBN 211468)
KLEIN WARNER LLP
355 South Grand Avenue, Suite 2450
Los Angeles, California 90071
Attorneys for Plaintiff HELIX BIOSCIENCES, INC.

RACHEL M. DUONG (SBN 265012)
DUONG PARK LLP
18500 Von Karman Avenue, Suite 700
Irvine, California 92612
Attorneys for Defendant NOVAGEN LABS LLC

UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

HELIX BIOSCIENCES, INC., Plaintiff,
v.
NOVAGEN LABS LLC, Defendant.

Case No. 2:19-cv-02211-DSF-SSx
[DISCOVERY DOCUMENT: REFERRED TO MAGISTRATE JUDGE SUZANNE H. SEGAL]

STIPULATED PROTECTIVE ORDER

1.   A. PURPOSES AND LIMITATIONS

Discovery in this action is likely to involve production of confidential, proprietary, or
private information for which special protection from public disclosure may be warranted.
""", {"doc_type": "protective_order"}, [], "Single-column caption; designation on one line in capitals; hyphenated -SSx referral. "
    "doc_type is given because describe() currently reads the designation line as the title.")

add("cacd-jcg-supplemental-memo",
    doc(COUNSEL_SA + " BLUEWATER YACHTS, INC.", CACD_COURT.format(div="SOUTHERN"), PARTIES["orca"],
        ["Case No. 8:15-cv-02034-JVS (JCGx)", "", "PLAINTIFF'S L.R. 37-2.3", "SUPPLEMENTAL MEMORANDUM RE:", "MOTION TO COMPEL"],
        """\
Plaintiff submits this supplemental memorandum under Local Rule 37-2.3."""),
    {}, [], "Discovery document, but the referral is to Judge Gandhi (JCG), who has no label requirement in the table.")

add("cacd-anderson-motion-compel-missing",
    doc(COUNSEL_LA + " SUNRISE ORCHARDS, LLC", CACD_COURT.format(div="WESTERN"), PARTIES["sunrise"],
        ["Case No. 2:22-cv-07781-PA (AGRx)", "", "NOTICE OF MOTION AND MOTION TO", "COMPEL DEPOSITION OF DEFENDANT'S", "RULE 30(b)(6) DESIGNEE"],
        """\
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:

PLEASE TAKE NOTICE that Plaintiff moves to compel the deposition of Defendant's designee."""),
    {}, [P], "Judge Anderson (PA) case: a motion to compel without DISCOVERY MATTER in the caption.")

add("cacd-anderson-discovery-matter-ok",
    doc(COUNSEL_LA + " SUNRISE ORCHARDS, LLC", CACD_COURT.format(div="WESTERN"), PARTIES["sunrise"],
        ["Case No. 2:22-cv-07781-PA (AGRx)", "DISCOVERY MATTER", "", "NOTICE OF MOTION AND MOTION TO", "COMPEL DEPOSITION OF DEFENDANT'S", "RULE 30(b)(6) DESIGNEE"],
        """\
TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:

PLEASE TAKE NOTICE that Plaintiff moves to compel the deposition of Defendant's designee."""),
    {}, [], "The DISCOVERY MATTER label sits under the case number.")

add("cacd-segal-seal-application-mentions-po",
    doc(COUNSEL_LA + " CRESCENT MEDIA GROUP, INC.", CACD_COURT.format(div="WESTERN"), PARTIES["crescent"],
        ["Case No. 2:16-cv-06317-MWF (SSx)", "", "APPLICATION FOR LEAVE TO FILE", "UNDER SEAL EXHIBITS DESIGNATED", "CONFIDENTIAL UNDER THE", "STIPULATED PROTECTIVE ORDER"],
        """\
Pursuant to Local Rule 79-5.2.2, Plaintiff applies for leave to file Exhibits 4 and 9 under seal."""),
    {}, [], "A sealing application that only refers to the protective order is not a discovery document.")

add("cacd-segal-declaration-single-column-missing",
    """\
RACHEL M. DUONG (SBN 265012)
DUONG PARK LLP
18500 Von Karman Avenue, Suite 700
Irvine, California 92612
Telephone: (949) 555-0128
Attorneys for Defendant NOVAGEN LABS LLC

UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

HELIX BIOSCIENCES, INC., Plaintiff,
v.
NOVAGEN LABS LLC, Defendant.

Case No. 2:19-cv-02211-DSF (SSx)

DECLARATION OF RACHEL M. DUONG IN SUPPORT OF DEFENDANT'S
OPPOSITION TO MOTION TO COMPEL RESPONSES TO INTERROGATORIES

I, Rachel M. Duong, declare as follows:

1.   I am a partner at Duong Park LLP, counsel for Defendant Novagen Labs LLC.
""", {}, [S], "Single-column caption of a declaration on a motion to compel, without the Segal designation.")


def main() -> None:
    for name, text, context, fire, note in DOCS:
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        sidecar = {
            "note": note,
            "context": context,
            "must_fire": fire,
            "must_not_fire": [r for r in ALL if r not in fire],
        }
        (OUT / f"{name}.expected.json").write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents to {OUT}")


if __name__ == "__main__":
    main()
