"""Regenerate the redaction test PDFs in this directory (run: python corpus/redaction/make_pdfs.py).

Each file is a one-page (at most two-page) invented filing built with
reportlab and, where reportlab cannot express the construction, finished
with pikepdf. Together they cover every way a PDF can keep text it seems to
hide (``fail-*``), and the look-alikes that hide nothing (``pass-*``):

fail-*: a box drawn over text; black text on a black box drawn first (the
construction of every real leak in the RECAP sample); a dark non-rectangular
path inside a Form XObject; dark highlight and square annotations; a black
image over text; unapplied Redact annotations; white text on white; text the
colour of its shading; text outside the CropBox and the MediaBox; layers
switched off; hidden and covered form fields; earlier revisions kept by
incremental updates; metadata, XMP and bookmarks that repeat hidden text;
[REDACTED] placeholders left in a sealed version.

pass-*: redactions applied properly; white boxes and light table shading;
labels printed on a box in a contrasting colour; signature lines, rules,
underlines and form borders; boxes over whitespace; a stray glyph, a word
fragment and an "XXXX" placeholder under boxes; a blacked-out form row whose
only text is its printed caption; a scan with its OCR layer; a visible layer;
a visible form field; an update that only adds a stamp; metadata and
bookmarks that repeat only visible text; a sealed version with highlights.

The output is deterministic (no timestamps, fixed document ids), so running
the script again changes nothing unless the script changed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pikepdf
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
WIDTH, HEIGHT = letter
REDACTED_LABEL = "REDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED"
CAPTION = "Harbor Light Foods, Inc. v. Pacific Cold Chain Logistics, LLC, No. 3:24-cv-01234-ABC"

Draw = Callable[[Canvas], None]


# ---- building blocks ----------------------------------------------------------------


def render(*pages: Draw, title: str = "Declaration", outline: Callable[[Canvas], None] | None = None) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Whitfield & Moreno LLP")
    for draw in pages:
        draw(c)
        c.showPage()
    if outline:
        outline(c)
    c.save()
    return buf.getvalue()


def heading(c: Canvas, label: str | None = None) -> None:
    c.setFillColorRGB(0, 0, 0)
    if label:
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(WIDTH / 2, 750, label)
    c.setFont("Helvetica", 9)
    c.drawString(72, 725, CAPTION)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 700, "DECLARATION OF MARIA CHEN IN SUPPORT OF MOTION")
    c.setFont("Helvetica", 11)


def line(c: Canvas, y: float, text: str, x: float = 72, font: str = "Helvetica", size: float = 11) -> float:
    """Draw ``text`` and return the x where it ends."""
    c.setFont(font, size)
    c.drawString(x, y, text)
    return x + c.stringWidth(text, font, size)


def bar(c: Canvas, x0: float, y: float, x1: float, rgb=(0, 0, 0), size: float = 11) -> None:
    """A filled box over one line of text set at baseline ``y``."""
    c.setFillColorRGB(*rgb)
    c.rect(x0 - 1, y - 0.3 * size, x1 - x0 + 2, 1.3 * size, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def words_box(c: Canvas, y: float, before: str, secret: str, after: str, **bar_args) -> None:
    """A line of text whose middle part is then covered by a box drawn over it."""
    x = line(c, y, before)
    end = line(c, y, secret, x)
    line(c, y, after, end)
    bar(c, x, y, end, **bar_args)


def blank(c: Canvas, y: float, before: str, secret_width: float, after: str, rgb=(0, 0, 0)) -> None:
    """A properly redacted line: the words are gone and a box stands in their place."""
    x = line(c, y, before)
    c.setFillColorRGB(*rgb)
    c.rect(x + 2, y - 3.3, secret_width, 14.3, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    line(c, y, after, x + secret_width + 4)


def span(before: str, words: str, y: float, x: float = 72, size: float = 11) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) around ``words`` where they follow ``before`` on a Helvetica line at baseline ``y``."""
    x0 = x + stringWidth(before, "Helvetica", size)
    x1 = x0 + stringWidth(words, "Helvetica", size)
    return (x0 - 1, y - 0.3 * size, x1 + 1, y + size)


def finish(data: bytes, edit: Callable[[pikepdf.Pdf], None] | None = None) -> bytes:
    """Rewrite with pikepdf (classic xref, no object streams), applying ``edit`` first."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if edit:
            edit(pdf)
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
        )
        return out.getvalue()


def helvetica(pdf: pikepdf.Pdf) -> pikepdf.Object:
    return pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    )


def add_content(pdf: pikepdf.Pdf, page: pikepdf.Page, content: bytes, **resources) -> None:
    """Append a content stream to ``page``, with extra resources (/FH is Helvetica)."""
    res = page.obj.Resources
    fonts = res.get("/Font", pikepdf.Dictionary())
    fonts.FH = helvetica(pdf)
    res.Font = fonts
    for kind, entries in resources.items():
        group = res.get(f"/{kind}", pikepdf.Dictionary())
        for name, value in entries.items():
            group[f"/{name}"] = value
        res[f"/{kind}"] = group
    page.contents_add(pdf.make_stream(content), prepend=False)


def annotation(pdf: pikepdf.Pdf, page: pikepdf.Page, subtype: str, rect, *, ap: bytes | None = None, **extra) -> None:
    annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name(f"/{subtype}"), Rect=list(rect), **extra)
    if ap is not None:
        x0, y0, x1, y1 = rect
        annot.AP = pikepdf.Dictionary(
            N=pdf.make_stream(ap, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[x0, y0, x1, y1])
        )
    annots = page.obj.get("/Annots", pikepdf.Array())
    annots.append(pdf.make_indirect(annot))
    page.obj.Annots = annots


def quad(x0, y0, x1, y1) -> list[float]:
    return [x0, y1, x1, y1, x0, y0, x1, y0]


def black_ap(rect) -> bytes:
    x0, y0, x1, y1 = rect
    return f"0 0 0 rg {x0} {y0} {x1 - x0} {y1 - y0} re f".encode()


def append_update(data: bytes, content: bytes, page_number: int = 0) -> bytes:
    """An incremental update replacing one page's content, the way a PDF editor saves in place.

    Everything before the update stays in the file byte for byte, so the
    earlier revision can still be read.
    """
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[page_number].obj
        page_num = page.objgen[0]
        size = int(pdf.trailer.Size)
        root = pdf.Root.objgen[0]
        page_dict = pikepdf.Dictionary(page).unparse(resolved=False)
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    stream_num = size
    offsets[stream_num] = len(out)
    out += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (stream_num, len(content)) + content + b"\nendstream\nendobj\n"
    offsets[page_num] = len(out)
    new_page = re.sub(rb"/Contents\s+(?:\d+ 0 R|\[[^\]]*\])", b"/Contents %d 0 R" % stream_num, page_dict)
    out += b"%d 0 obj\n" % page_num + new_page + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size + 1, root, prev, xref_at)
    return bytes(out)


def text_ops(lines: list[tuple[float, float, str]], size: float = 11) -> bytes:
    """Content-stream operators drawing each (x, y, text) in Helvetica (/FH)."""
    ops = []
    for x, y, text in lines:
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /FH {size} Tf {x} {y} Td ({safe}) Tj ET")
    return "\n".join(ops).encode("latin-1")


# ---- fail: text under a box -----------------------------------------------------------


def fail_covered_box() -> bytes:
    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "1. I am the Chief Financial Officer of Harbor Light Foods, Inc.")
        words_box(c, 640, "2. Under the license, Harbor Light pays a ", "royalty rate of 7.5 percent", " of net sales.")
        line(c, 620, "3. The license runs through the end of 2027.")

    return render(page)


def fail_black_on_black() -> bytes:
    """The construction of every real leak in the RECAP sample: box first, black text over it."""

    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "4. In 2023 Harbor Light paid Pacific Cold Chain")
        c.rect(72 - 1, 640 - 3.3, 230, 14.3, stroke=0, fill=1)
        line(c, 640, "$4,815,162 for refrigerated storage")
        line(c, 620, "under the agreement described above.")

    return render(page)


def fail_dark_path_in_form() -> bytes:
    """A navy, rounded (not rectangular) box drawn from a Form XObject with its own matrix."""

    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "5. The customer list includes")
        line(c, 640, "Northgate Markets and Valley Fresh Grocers")
        line(c, 620, "among others.")
        c.beginForm("redaction", lowerx=0, lowery=0, upperx=260, uppery=20)
        c.setFillColorRGB(0.05, 0.1, 0.3)
        c.roundRect(0, 0, 240, 15, 3, stroke=0, fill=1)
        c.endForm()
        c.saveState()
        c.translate(70, 636.5)
        c.doForm("redaction")
        c.restoreState()

    return render(page)


def fail_annotations() -> bytes:
    """A black highlight annotation and a dark square annotation over text."""

    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "6. The employee at issue is Jordan Alvarez,")
        line(c, 640, "whose home address is 1187 Alder Creek Road.")

    def edit(pdf: pikepdf.Pdf) -> None:
        p = pdf.pages[0]
        hl = span("6. The employee at issue is ", "Jordan Alvarez", 660)
        annotation(pdf, p, "Highlight", hl, ap=black_ap(hl), C=[0, 0, 0], QuadPoints=quad(*hl))
        sq = span("whose home address is ", "1187 Alder Creek Road", 640)
        annotation(pdf, p, "Square", sq, ap=black_ap(sq), C=[0, 0, 0], IC=[0.1, 0.1, 0.1])

    return finish(render(page), edit)


def fail_image_over_text() -> bytes:
    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "7. The plant's daily output is")
        x = line(c, 640, "")
        end = line(c, 640, "14,200 cases per shift", x)
        line(c, 620, "at the Stockton facility.")
        black = ImageReader(Image.new("L", (40, 6), 0))
        c.drawImage(black, x - 1, 640 - 3.3, end - x + 2, 14.3)

    return render(page)


# ---- fail: other hiding places ----------------------------------------------------------


def fail_unapplied_redact() -> bytes:
    """Two Redact annotations marked but never applied: one bare, one with its overlay."""

    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "8. The settlement amount was $2,450,000 paid in two parts.")
        line(c, 640, "9. The mediator was Hon. Rosa Delgado (Ret.).")

    def edit(pdf: pikepdf.Pdf) -> None:
        p = pdf.pages[0]
        r1 = span("8. The settlement amount was ", "$2,450,000", 660)
        annotation(pdf, p, "Redact", r1, QuadPoints=quad(*r1))
        r2 = span("9. The mediator was ", "Hon. Rosa Delgado (Ret.)", 640)
        annotation(pdf, p, "Redact", r2, QuadPoints=quad(*r2), IC=[0, 0, 0], OverlayText=pikepdf.String("REDACTED"))

    return finish(render(page), edit)


def fail_white_text() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "10. The parties agreed on a confidential amount.")
        c.setFillColorRGB(1, 1, 1)
        line(c, 640, "Settlement amount: $2,450,000 due March 1")
        c.setFillColorRGB(0, 0, 0)
        line(c, 620, "11. Payment has been made.")

    return render(page)


def fail_text_matches_shading() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "12. The table below lists the accounts.")
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(70, 630, 300, 20, stroke=0, fill=1)
        line(c, 636, "Account 4417 9921 0036 at First Harbor Bank")  # grey on the same grey
        c.setFillColorRGB(0, 0, 0)
        line(c, 610, "13. Balances are as of June 30.")

    return render(page)


def fail_outside_cropbox() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "14. The attached schedule is complete.")
        line(c, 60, "Draft note: client SSN 512-44-9087 per intake form")  # below the CropBox

    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj.CropBox = [0, 80, WIDTH, HEIGHT]

    return finish(render(page), edit)


def fail_outside_mediabox() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "15. No other documents were withheld.")
        line(c, 700, "Withheld: memo from J. Park to R. Osei dated 4/2/2024", x=640)  # right of the page

    return render(page)


def fail_layer_off() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        page = pdf.pages[0]
        ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Unredacted")))
        content = b"/OC /oc1 BDC\n" + text_ops([(72, 640, "Witness: Daniel Okafor, 2291 Mesa Verde Drive")]) + b"\nEMC"
        add_content(pdf, page, content, Properties={"oc1": ocg})
        pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[ocg], D=pikepdf.Dictionary(OFF=[ocg], Order=[ocg]))

    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "16. The witness is identified in the sealed exhibit.")

    return finish(render(page), edit)


def fail_layer_off_form() -> bytes:
    """The hidden layer wraps a Form XObject: its text carries no mark of its own."""

    def edit(pdf: pikepdf.Pdf) -> None:
        page = pdf.pages[0]
        ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Notes")))
        form = pdf.make_stream(
            text_ops([(0, 5, "Internal note: settle at up to $900,000")]),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 400, 20],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(FH=helvetica(pdf))),
        )
        content = b"/OC /oc1 BDC q 1 0 0 1 72 600 cm /Fx0 Do Q EMC"
        add_content(pdf, page, content, Properties={"oc1": ocg}, XObject={"Fx0": form})
        pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[ocg], D=pikepdf.Dictionary(OFF=[ocg], Order=[ocg]))

    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "17. The parties continue to negotiate.")

    return finish(render(page), edit)


def _field(c: Canvas, name: str, value: str, y: float, flags: str = "print") -> None:
    c.acroForm.textfield(
        name=name, value=value, x=72, y=y, width=300, height=18, annotationFlags=flags,
        borderWidth=0, fontName="Helvetica", fontSize=10, forceBorder=False,
    )


def fail_hidden_field() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "18. Claimant's identifiers are on file with the Court.")
        _field(c, "claimant_ssn", "SSN 512-44-9087", 600, flags="hidden print")

    return render(page)


def fail_field_under_annotation() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "19. Account holder:")
        _field(c, "account_holder", "Priya Raman, account 88120457", 632)

    def edit(pdf: pikepdf.Pdf) -> None:
        rect = (70, 630, 376, 652)
        annotation(pdf, pdf.pages[0], "Square", rect, ap=black_ap(rect), C=[0, 0, 0], IC=[0, 0, 0])

    return finish(render(page), edit)


def _original_declaration(c: Canvas) -> None:
    heading(c, REDACTED_LABEL)
    line(c, 660, "20. Harbor Light's gross margin on frozen goods was 31.4 percent in 2023.")
    line(c, 640, "21. Its largest customer is Northgate Markets.")


def _redacted_page_ops() -> bytes:
    """The page as an editor rewrites it: the secret words gone, black boxes in their place."""
    ops = text_ops(
        [
            (306 - 150, 750, REDACTED_LABEL),
            (72, 725, CAPTION),
            (72, 700, "DECLARATION OF MARIA CHEN IN SUPPORT OF MOTION"),
            (72, 660, "20. Harbor Light's gross margin on frozen goods was"),
            (72, 640, "21. Its largest customer is"),
        ]
    )
    boxes = [
        span("20. Harbor Light's gross margin on frozen goods was ", "31.4 percent in 2023.", 660),
        span("21. Its largest customer is ", "Northgate Markets.", 640),
    ]
    fills = " ".join(f"{x0:.1f} {y0:.1f} {x1 - x0:.1f} {y1 - y0:.1f} re f" for x0, y0, x1, y1 in boxes)
    return ops + b"\n0 0 0 rg " + fills.encode()


def _with_fh(pdf: pikepdf.Pdf) -> None:
    """Give page 1 the /FH font that later revisions' content streams use."""
    fonts = pdf.pages[0].obj.Resources.Font
    fonts.FH = helvetica(pdf)


def fail_revision() -> bytes:
    original = finish(render(_original_declaration), _with_fh)
    return append_update(original, _redacted_page_ops())


def fail_revision_two_updates() -> bytes:
    original = finish(render(_original_declaration), _with_fh)
    redacted = append_update(original, _redacted_page_ops())
    stamped = _redacted_page_ops() + b"\n" + text_ops([(72, 40, "/s/ Maria Chen")], size=9)
    return append_update(redacted, stamped)


def _leaky_declaration(c: Canvas) -> None:
    heading(c, REDACTED_LABEL)
    line(c, 660, "22. The acquisition is known internally as")
    words_box(c, 640, "", "Project Bluefin acquisition of Seaview Dairy", "")
    line(c, 620, "and is expected to close in 2025.")


def fail_metadata_title() -> bytes:
    return render(_leaky_declaration, title="Chen Decl re Project Bluefin acquisition of Seaview Dairy")


def fail_metadata_xmp() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:description"] = "Draft: Bluefin acquisition of Seaview Dairy, price 41.5 million"

    return finish(render(_leaky_declaration), edit)


def _secret_heading_pages() -> tuple[Draw, Draw]:
    def first(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        c.bookmarkPage("p1")
        line(c, 660, "I. BACKGROUND", font="Helvetica-Bold")
        line(c, 640, "The parties have done business since 2015.")

    def second(c: Canvas) -> None:
        c.bookmarkPage("p2")
        c.setFont("Helvetica-Bold", 11)
        x = line(c, 700, "II. ", font="Helvetica-Bold")
        end = line(c, 700, "Recall of Lot 2291 frozen spinach", x, font="Helvetica-Bold")
        bar(c, x, 700, end)
        c.setFont("Helvetica", 11)
        line(c, 680, "This section is redacted in full.")

    return first, second


def fail_bookmark() -> bytes:
    first, second = _secret_heading_pages()

    def outline(c: Canvas) -> None:
        c.addOutlineEntry("I. Background", "p1", level=0)
        c.addOutlineEntry("II. Recall of Lot 2291 frozen spinach", "p2", level=0)

    return render(first, second, outline=outline)


def fail_bookmark_nested() -> bytes:
    first, second = _secret_heading_pages()

    def outline(c: Canvas) -> None:
        c.addOutlineEntry("Argument", "p1", level=0)
        c.addOutlineEntry("Recall of Lot 2291", "p2", level=1)

    return render(first, second, outline=outline)


def fail_sealed_placeholder() -> bytes:
    def page(c: Canvas) -> None:
        heading(c, "UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED")
        line(c, 660, "23. Harbor Light's margin on frozen goods was [REDACTED] in 2023.")
        line(c, 640, "24. Its largest customer is Northgate Markets.")

    return render(page)


def fail_lodged_placeholder() -> bytes:
    def page(c: Canvas) -> None:
        heading(c, "LODGED CONDITIONALLY UNDER SEAL")
        line(c, 660, "25. The royalty rate is [Redacted] of net sales.")

    return render(page)


def fail_leaks_after_page_two() -> bytes:
    """A four-page redacted version whose leaks sit on pages 3 and 4, past what a preview lays out.

    Page 3 has a box over text, page 4 a placeholder; the title repeats the hidden words.
    """

    def first(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "1. I am the Chief Financial Officer of Harbor Light Foods, Inc.")

    def plain(c: Canvas) -> None:
        line(c, 700, "2. Harbor Light distributes frozen goods in four states.")

    def leak(c: Canvas) -> None:
        words_box(c, 700, "3. Its supplier of record is ", "Coastal Ridge Packers LLC", " of Fresno.")

    def placeholder(c: Canvas) -> None:
        line(c, 700, "4. The margin on frozen goods was [REDACTED] in 2023.")

    return render(first, plain, leak, placeholder, title="Supplier: Coastal Ridge Packers LLC")


def fail_placeholder_after_page_two() -> bytes:
    """A sealed version whose only placeholder is on page 3."""

    def first(c: Canvas) -> None:
        heading(c, "UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED")
        line(c, 660, "1. I am the Chief Financial Officer of Harbor Light Foods, Inc.")

    def plain(c: Canvas) -> None:
        line(c, 700, "2. Harbor Light distributes frozen goods in four states.")

    def placeholder(c: Canvas) -> None:
        line(c, 700, "3. The margin on frozen goods was [REDACTED] in 2023.")

    return render(first, plain, placeholder)


# ---- pass -------------------------------------------------------------------------------


def _clean_page(c: Canvas) -> None:
    heading(c, REDACTED_LABEL)
    blank(c, 660, "26. Under the license, Harbor Light pays a", 140, "of net sales.")
    blank(c, 640, "27. Its largest customer is", 110, ".")
    line(c, 620, "28. The license runs through the end of 2027.")


def pass_clean_redaction() -> bytes:
    return render(_clean_page, title="Declaration of Maria Chen")


def pass_white_boxes() -> bytes:
    """White boxes behind text and over blank space, and light grey table shading."""

    def page(c: Canvas) -> None:
        heading(c)
        c.setFillColorRGB(1, 1, 1)
        c.rect(70, 655, 400, 18, stroke=0, fill=1)  # a white background drawn first
        c.setFillColorRGB(0, 0, 0)
        line(c, 660, "29. The shipments arrived on schedule.")
        for i, row in enumerate(["Lot 2291   1,200 cases", "Lot 2292   1,150 cases", "Lot 2293     980 cases"]):
            y = 630 - 20 * i
            if i % 2 == 0:
                c.setFillColorRGB(0.9, 0.9, 0.9)
                c.rect(70, y - 5, 300, 18, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            line(c, y, row)
        c.setFillColorRGB(1, 1, 1)
        c.rect(72, 450, 300, 60, stroke=0, fill=1)  # over blank space
        c.setFillColorRGB(0, 0, 0)

    return render(page)


def pass_labels_on_boxes() -> bytes:
    """Boxes with visible labels drawn on top in a contrasting colour."""

    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        blank(c, 660, "30. The royalty rate is", 120, "of net sales.")
        c.setFillColorRGB(1, 1, 1)
        line(c, 660, "REDACTED", x=200, size=9)
        c.setFillColorRGB(0, 0, 0)
        c.rect(70, 610, 300, 20, stroke=0, fill=1)  # a table header bar
        c.setFillColorRGB(1, 1, 1)
        line(c, 616, "Exhibit   Description   Pages")
        c.setFillColorRGB(0, 0, 0)
        line(c, 590, "A         License agreement   12")

    return render(page)


def pass_rules_and_borders() -> bytes:
    """Signature lines, underlines, thin rules through text, boxes over whitespace, stroked and framed borders."""

    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "31. I declare under penalty of perjury that the foregoing is true.")
        c.rect(72, 655.5, 300, 1, stroke=0, fill=1)  # an underline drawn as a filled rule
        c.rect(72, 590, 200, 0.8, stroke=0, fill=1)  # signature line
        line(c, 596, "/s/ Maria Chen")
        line(c, 578, "Maria Chen")
        c.rect(400, 560, 140, 40, stroke=0, fill=1)  # a black box over blank space
        c.setLineWidth(1)
        c.rect(70, 480, 400, 60, stroke=1, fill=0)  # a form border, stroked
        line(c, 520, "Name of declarant: Maria Chen", x=80)
        line(c, 500, "Title: Chief Financial Officer", x=80)
        path = c.beginPath()  # a frame drawn as one filled path with a hole (even-odd)
        path.rect(70, 380, 400, 80)
        path.rect(74, 384, 392, 72)
        c.drawPath(path, stroke=0, fill=1, fillMode=0)
        line(c, 430, "Executed at Oakland, California.", x=80)

    return render(page)


def pass_stray_glyphs() -> bytes:
    """What applied redactions can leave: a stray glyph, a word fragment at a box's edge, XXXX placeholders."""

    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "32. The witness testified as follows:")
        line(c, 640, "f", x=300)
        c.rect(110, 636.7, 200, 14.3, stroke=0, fill=1)  # over a leftover "f" at its edge
        line(c, 620, "the", x=72)
        c.rect(71, 616.7, 270, 14.3, stroke=0, fill=1)  # over a leftover fragment
        x = line(c, 600, "33. Account number ")
        end = line(c, 600, "XXXX-XXXX-XXXX", x)
        bar(c, x, 600, end)

    return render(page)


def pass_form_caption() -> bytes:
    """A form row blacked out: the value is gone, only the printed caption lies under the bars."""

    def page(c: Canvas) -> None:
        heading(c)
        c.rect(54, 420, 506, 1.5, stroke=0, fill=1)
        c.rect(54, 441.5, 506, 1.5, stroke=0, fill=1)
        c.rect(54, 421.5, 506, 20, stroke=0, fill=1)
        c.rect(58, 432, 498, 9, stroke=0, fill=1)
        line(c, 434, "7. EMAIL ADDRESS FOR RECEIVING STATUTORY NOTIFICATIONS", x=58, size=6)
        line(c, 400, "8. CHIEF EXECUTIVE OFFICER          ADDRESS", x=58, size=6)
        line(c, 388, "MARIA CHEN   3240 SCOTT BLVD, SANTA CLARA, CA 95054", x=58, size=9)

    return render(page)


def pass_ocr_scan() -> bytes:
    """A scanned page (an image) with its invisible OCR layer drawn on top, as scanners make them."""

    def page(c: Canvas) -> None:
        scan = Image.new("L", (170, 220), 255)
        for y in range(40, 200, 12):
            for x in range(20, 150, 3):
                scan.putpixel((x, y), 0)
        scan.paste(0, (20, 100, 150, 108))  # a redaction burned into the scan
        c.drawImage(ImageReader(scan), 0, 0, WIDTH, HEIGHT)
        t = c.beginText(72, 660)
        t.setTextRenderMode(3)
        t.setFont("Helvetica", 11)
        t.textLine("34. The shipments arrived on schedule at the Stockton facility.")
        t.textLine("35. Payment terms are net thirty days.")
        c.drawText(t)

    return render(page)


def pass_layer_on() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        page = pdf.pages[0]
        ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Exhibit stamps")))
        content = b"/OC /oc1 BDC\n" + text_ops([(72, 640, "EXHIBIT 12 - Deposition of Maria Chen")]) + b"\nEMC"
        add_content(pdf, page, content, Properties={"oc1": ocg})
        pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[ocg], D=pikepdf.Dictionary(ON=[ocg], Order=[ocg]))

    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "36. The deposition excerpt follows.")

    return finish(render(page), edit)


def pass_visible_field() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "37. Name of declarant:")
        _field(c, "declarant", "Maria Chen, Chief Financial Officer", 632)
        _field(c, "internal_id", "", 600, flags="hidden print")  # hidden but empty
        c.acroForm.checkbox(name="agree", x=72, y=570, size=12, checked=True, annotationFlags="hidden print")

    return render(page)


def pass_revision_stamp() -> bytes:
    """An update that only adds a signature stamp to a properly redacted page."""
    original = finish(render(_clean_page), _with_fh)
    with pikepdf.open(io.BytesIO(original)) as pdf:
        ops = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(pdf.pages[0]))
    stamped = ops + b"\n" + text_ops([(72, 40, "/s/ Maria Chen")], size=9)
    return append_update(original, stamped)


def pass_metadata_visible() -> bytes:
    """Metadata repeating the visible caption, in a file that leaks elsewhere (the box rule's business)."""
    return render(_leaky_declaration, title="Declaration of Maria Chen in Support of Motion")


def pass_bookmarks_visible() -> bytes:
    first, second = _secret_heading_pages()

    def outline(c: Canvas) -> None:
        c.addOutlineEntry("I. Background", "p1", level=0)
        c.addOutlineEntry("II. [Redacted heading]", "p2", level=0)

    return render(first, second, outline=outline)


def pass_sealed_highlighted() -> bytes:
    def page(c: Canvas) -> None:
        heading(c, "UNREDACTED VERSION OF DOCUMENT SOUGHT TO BE SEALED")
        x = line(c, 660, "38. Harbor Light's margin on frozen goods was ")
        c.setFillColorRGB(1, 1, 0.4)
        c.rect(x, 656.7, c.stringWidth("31.4 percent", "Helvetica", 11), 14.3, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        line(c, 660, "31.4 percent", x)
        line(c, 640, "in 2023.")

    return render(page)


def pass_redacted_placeholder() -> bytes:
    def page(c: Canvas) -> None:
        heading(c, REDACTED_LABEL)
        line(c, 660, "39. Harbor Light's margin on frozen goods was [REDACTED] in 2023.")

    return render(page)


def pass_watermark() -> bytes:
    def page(c: Canvas) -> None:
        heading(c)
        line(c, 660, "40. The parties met and conferred on May 5.")
        c.setFillColorRGB(0.8, 0.8, 0.8)
        line(c, 400, "DRAFT - PRIVILEGED", x=150, font="Helvetica-Bold", size=40)
        c.setFillColorRGB(0, 0, 0)

    return render(page)


FILES: dict[str, Callable[[], bytes]] = {
    "fail-covered-box.pdf": fail_covered_box,
    "fail-black-on-black.pdf": fail_black_on_black,
    "fail-dark-path-in-form.pdf": fail_dark_path_in_form,
    "fail-annotations.pdf": fail_annotations,
    "fail-image-over-text.pdf": fail_image_over_text,
    "fail-unapplied-redact.pdf": fail_unapplied_redact,
    "fail-white-text.pdf": fail_white_text,
    "fail-text-matches-shading.pdf": fail_text_matches_shading,
    "fail-outside-cropbox.pdf": fail_outside_cropbox,
    "fail-outside-mediabox.pdf": fail_outside_mediabox,
    "fail-layer-off.pdf": fail_layer_off,
    "fail-layer-off-form.pdf": fail_layer_off_form,
    "fail-hidden-field.pdf": fail_hidden_field,
    "fail-field-under-annotation.pdf": fail_field_under_annotation,
    "fail-revision.pdf": fail_revision,
    "fail-revision-two-updates.pdf": fail_revision_two_updates,
    "fail-metadata-title.pdf": fail_metadata_title,
    "fail-metadata-xmp.pdf": fail_metadata_xmp,
    "fail-bookmark.pdf": fail_bookmark,
    "fail-bookmark-nested.pdf": fail_bookmark_nested,
    "fail-sealed-placeholder.pdf": fail_sealed_placeholder,
    "fail-lodged-placeholder.pdf": fail_lodged_placeholder,
    "fail-leaks-after-page-two.pdf": fail_leaks_after_page_two,
    "fail-placeholder-after-page-two.pdf": fail_placeholder_after_page_two,
    "pass-clean-redaction.pdf": pass_clean_redaction,
    "pass-white-boxes.pdf": pass_white_boxes,
    "pass-labels-on-boxes.pdf": pass_labels_on_boxes,
    "pass-rules-and-borders.pdf": pass_rules_and_borders,
    "pass-stray-glyphs.pdf": pass_stray_glyphs,
    "pass-form-caption.pdf": pass_form_caption,
    "pass-ocr-scan.pdf": pass_ocr_scan,
    "pass-layer-on.pdf": pass_layer_on,
    "pass-visible-field.pdf": pass_visible_field,
    "pass-revision-stamp.pdf": pass_revision_stamp,
    "pass-metadata-visible.pdf": pass_metadata_visible,
    "pass-bookmarks-visible.pdf": pass_bookmarks_visible,
    "pass-sealed-highlighted.pdf": pass_sealed_highlighted,
    "pass-redacted-placeholder.pdf": pass_redacted_placeholder,
    "pass-watermark.pdf": pass_watermark,
}


def main() -> None:
    for name, build in FILES.items():
        (HERE / name).write_bytes(build())
    print(f"wrote {len(FILES)} PDFs to {HERE}")


if __name__ == "__main__":
    main()
