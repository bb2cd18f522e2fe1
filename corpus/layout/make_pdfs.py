"""Regenerate the layout examples in corpus/layout/ (run: python corpus/layout/make_pdfs.py).

Small invented filings on pleading paper, each bending one layout rule (type
size, spacing, lines per page, paper, line numbers, footer, margins) or
keeping to all of them, for the cand-layout and cacd-layout rule examples and
the layout check tests. A few DOCX files carry the same facts in Word's own
terms (run sizes, page setup, line numbering).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, legal

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pleading import Block, write_pleading  # noqa: E402

CAND_FOOTER = "DEFS.' NOTICE OF MOTION AND MOTION TO DISMISS - Case No. 3:24-cv-01234-WHO"
CACD_FOOTER = "PL.'S OPPOSITION TO MOTION FOR SUMMARY JUDGMENT - Case No. 2:24-cv-07416-SRM-SSC"

ARGUMENT = [
    "Plaintiff Copperline Orchards, LLC alleges that Defendants delayed three shipments of "
    "refrigerated produce in the summer of 2023 and that the delay breached the parties' master "
    "services agreement. The complaint does not identify which provision of the agreement was "
    "breached, when any shipment was due, or what damages followed from the alleged delay.",
    "A complaint must contain enough factual matter, accepted as true, to state a claim to relief "
    "that is plausible on its face. Labels and conclusions, and a formulaic recitation of the "
    "elements of a cause of action, do not suffice. The Court accepts well-pleaded facts as true "
    "but does not accept legal conclusions couched as factual allegations.",
    "The agreement attached to the complaint sets delivery windows by purchase order, not by "
    "calendar date, and allows either party to extend a window on written notice. Plaintiff "
    "pleads no purchase order, no window, and no notice. Without those facts the Court cannot "
    "infer that any delivery was late, much less that lateness caused a loss.",
    "Plaintiff's second claim, for breach of the implied covenant of good faith and fair dealing, "
    "rests on the same conduct as the contract claim and seeks the same damages. A covenant claim "
    "that merely duplicates a contract claim adds nothing and should be dismissed as superfluous.",
    "Finally, the third claim seeks punitive damages for a breach of contract. California law does "
    "not permit punitive damages for breach of contract, however willful, absent an independent "
    "tort. The complaint pleads none, and the request should be stricken.",
    "For these reasons, Defendants respectfully ask the Court to dismiss the complaint with leave "
    "to amend the first claim only, and to dismiss the second and third claims without leave to amend.",
]

FOOTNOTE = (
    "The agreement is incorporated by reference because the complaint quotes it and relies on it "
    "for every claim; the Court may consider it on this motion without converting the motion into "
    "one for summary judgment, and Plaintiff does not dispute its authenticity."
)
QUOTE = (
    "A party may extend any delivery window stated in a purchase order by written notice to the "
    "other party given no later than two business days before the window closes, and the extended "
    "window shall then govern for all purposes under this Agreement."
)


def counsel(size: float) -> list[Block]:
    return [
        Block("Marisol T. Okafor (SBN 287654)", "raw", size),
        Block("mokafor@okaforlane.example", "raw", size),
        Block("OKAFOR & LANE LLP", "raw", size),
        Block("101 Mission Street, Suite 900, San Francisco, California 94105", "raw", size),
        Block("Attorneys for Defendants", "raw", size),
    ]


def caption(size: float, court: str, number: str, title: str) -> list[Block]:
    return [
        Block("UNITED STATES DISTRICT COURT", "center", size),
        Block(court, "center", size),
        Block("COPPERLINE ORCHARDS, LLC, Plaintiff, v. BAYFRONT FREIGHT, INC., et al., Defendants.", "raw", size),
        Block(number, "raw", size),
        Block(title, "raw", size),
    ]


def brief(size: float = 12.0, *, court: str = "cand", footnote: Block | None = None,
          quote: bool = False, paragraphs: int = 6, quote_size: float | None = None) -> list[Block]:
    """Caption page, then the argument; optionally a footnote after the first
    argument paragraph and a block quotation after the third."""
    if court == "cand":
        head = caption(size, "NORTHERN DISTRICT OF CALIFORNIA", "Case No. 3:24-cv-01234-WHO",
                       "DEFENDANTS' NOTICE OF MOTION AND MOTION TO DISMISS")
    else:
        head = caption(size, "CENTRAL DISTRICT OF CALIFORNIA", "Case No. 2:24-cv-07416-SRM-SSC",
                       "PLAINTIFF'S OPPOSITION TO MOTION FOR SUMMARY JUDGMENT")
    blocks = counsel(size) + head + [Block("MEMORANDUM OF POINTS AND AUTHORITIES", "heading", size)]
    for i, text in enumerate((ARGUMENT * 3)[:paragraphs]):
        blocks.append(Block(text, "para", size))
        if i == 0 and footnote is not None:
            blocks.append(footnote)
        if i in (1, 3) and quote:
            blocks.append(Block(QUOTE, "quote", quote_size or size))
    return blocks


def write(name: str, blocks: list[Block], **kwargs) -> None:
    kwargs.setdefault("footer", CAND_FOOTER)
    write_pleading(HERE / name, blocks, **kwargs)


def main() -> None:
    rl_config.invariant = 1  # no timestamps or random ids: the same bytes on every run
    fn12 = Block(FOOTNOTE, "footnote", 12.0)
    # N.D. Cal.: 12-point type, footnotes and quotations included.
    write("cand-12pt-motion.pdf", brief(12.0, footnote=fn12))
    write("cand-11pt-footnotes.pdf", brief(12.0, footnote=Block(FOOTNOTE, "footnote", 11.0)))
    write("cand-11pt-body.pdf", brief(11.0, paragraphs=9))
    write("courier-10pt-brief.pdf", brief(10.0, paragraphs=8), font="Courier")
    # C.D. Cal.: 14-point proportional type, or monospace at no more than 10.5 characters per inch.
    write("cacd-14pt-opposition.pdf", brief(14.0, court="cacd"), footer=CACD_FOOTER)
    write("cacd-13pt-opposition.pdf", brief(13.0, court="cacd"), footer=CACD_FOOTER)
    write("cacd-12pt-courier-stipulation.pdf", brief(12.0, court="cacd"), font="Courier", footer=CACD_FOOTER)
    write("cacd-14pt-12pt-footnotes.pdf", brief(14.0, court="cacd", footnote=fn12), footer=CACD_FOOTER)
    write("cacd-14pt-footnotes.pdf", brief(14.0, court="cacd", footnote=Block(FOOTNOTE, "footnote", 14.0)),
          footer=CACD_FOOTER)
    # Spacing and lines per page.
    write("one-and-a-half-spaced.pdf", brief(12.0, paragraphs=18), leading=18.0)
    write("single-spaced.pdf", brief(12.0, paragraphs=24), leading=13.8)
    write("cand-12pt-20pt-leading.pdf", brief(12.0, paragraphs=16), leading=20.0)
    write("block-quotes-single-spaced.pdf", brief(12.0, quote=True, paragraphs=12))
    write("cacd-block-quotes-single-spaced.pdf", brief(14.0, court="cacd", quote=True, paragraphs=10),
          footer=CACD_FOOTER)
    write("cacd-14pt-12pt-quotes.pdf", brief(14.0, court="cacd", quote=True, paragraphs=10, quote_size=12.0),
          footer=CACD_FOOTER)
    write("cacd-14pt-one-and-a-half-spaced.pdf", brief(14.0, court="cacd", paragraphs=14), leading=21.0,
          footer=CACD_FOOTER)
    # Judge Davila's footnotes: double-spaced as well as 12-point.
    long_note = Block(FOOTNOTE + " " + FOOTNOTE, "footnote", 12.0)
    write("single-spaced-footnotes.pdf", brief(12.0, footnote=long_note))
    write("double-spaced-footnotes.pdf", brief(12.0, footnote=Block(FOOTNOTE + " " + FOOTNOTE, "footnote", 12.0,
                                                                    leading=24.0)))
    # Paper, line numbers, footer, page numbers, margins.
    write("a4-motion.pdf", brief(12.0), pagesize=A4)
    write("legal-size-opposition.pdf", brief(14.0, court="cacd"), pagesize=legal, footer=CACD_FOOTER)
    write("no-line-numbers.pdf", brief(12.0, paragraphs=8), line_numbers=False)
    write("cacd-no-line-numbers.pdf", brief(14.0, court="cacd", paragraphs=8), line_numbers=False,
          footer=CACD_FOOTER)
    write("no-footer-title.pdf", brief(12.0), footer=None)
    write("footer-case-number-only.pdf", brief(12.0), footer="Case No. 3:24-cv-01234-WHO")
    write("cacd-no-page-numbers.pdf", brief(14.0, court="cacd"), page_numbers=False, footer=CACD_FOOTER)
    write("cacd-bare-footer.pdf", brief(14.0, court="cacd"), page_numbers=False, footer=None)
    write("text-over-line-numbers.pdf", brief(12.0), text_left=40.0)
    write("cacd-text-over-line-numbers.pdf", brief(14.0, court="cacd"), text_left=50.0, footer=CACD_FOOTER)
    write_docx()


def write_docx() -> None:
    """Word files: run sizes, paper and line numbering as Word records them."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    def document(size: float, *, a4: bool = False, numbered: bool = True):
        d = docx.Document()
        section = d.sections[0]
        if a4:
            section.page_width, section.page_height = Inches(8.27), Inches(11.69)
        if numbered:
            ln = OxmlElement("w:lnNumType")
            ln.set(qn("w:countBy"), "1")
            ln.set(qn("w:restart"), "newPage")
            # The schema orders sectPr's children: line numbering comes before the columns.
            section._sectPr.find(qn("w:cols")).addprevious(ln)
        style = d.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(size)
        for text in ARGUMENT:
            d.add_paragraph(text)
        return d

    document(14.0).save(HERE / "cacd-14pt.docx")
    document(12.0).save(HERE / "cacd-12pt.docx")
    document(12.0, a4=True).save(HERE / "a4-motion.docx")
    document(12.0, numbered=False).save(HERE / "no-line-numbers.docx")


if __name__ == "__main__":
    main()
