"""Generate the small PDFs the e-filing rules' examples and tests read.

    python corpus/efiling/make_pdfs.py            # the committed fixtures
    python corpus/efiling/make_pdfs.py --oversize # also the size-cap fixtures (not committed)

Each file shows one thing CM/ECF cares about (a scanned page, JavaScript, an
attachment, an A4 page, a font that is not embedded, encryption...) and
nothing else. reportlab draws the pages; pikepdf adds what reportlab cannot
(document JavaScript, attachments, media annotations, renamed fonts). Both are
needed only here, at generation time; the output is deterministic.

The size-cap fixtures are 35-52 MB each, so they are not committed: they are
written as sparse files (a hole inside a padding stream appended by an
incremental update), which take almost no disk, into ``oversize/`` (ignored by
git). ``make_oversize()`` is what the test session calls to create them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OVERSIZE = HERE / "oversize"
LETTER = (612, 792)
A4 = (595.28, 841.89)
LEGAL = (612, 1008)

_BODY = [
    "Plaintiff respectfully moves the Court for an order compelling production.",
    "The requests seek documents that are relevant to the claims and defenses.",
    "Defendant has not produced a single email despite two meet-and-confer calls.",
    "For these reasons, the motion should be granted.",
]


# ---- drawing helpers ------------------------------------------------------------


def _canvas(buf, size=LETTER, **kw):
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buf, pagesize=size, invariant=1, **kw)


def _vera() -> str:
    """Register reportlab's bundled Bitstream Vera (a TrueType font it embeds)."""
    from pathlib import Path as P

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "Vera"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(P(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
    return name


def _text_page(c, lines, font=None, size=12, page_size=LETTER, title=None):
    font = font or _vera()
    width, height = page_size
    y = height - 90
    if title:
        c.setFont(font, 14)
        c.drawString(72, y, title)
        y -= 30
    c.setFont(font, size)
    for line in lines:
        c.drawString(72, y, line)
        y -= 24


def _scan_image(lines, size=LETTER):
    """A 100-dpi bilevel picture of a typed page, as a scanner makes it."""
    from PIL import Image, ImageDraw

    w, h = int(size[0] / 72 * 100), int(size[1] / 72 * 100)
    img = Image.new("1", (w, h), 1)
    draw = ImageDraw.Draw(img)
    y = 120
    for line in lines:
        draw.text((100, y), line, fill=0)
        y += 34
    return img


def _image_page(c, lines, size=LETTER, ocr=False):
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(_scan_image(lines, size)), 0, 0, width=size[0], height=size[1])
    if ocr:
        # An OCR program's hidden layer: text drawn in render mode 3 (invisible) over the picture.
        text = c.beginText(72, size[1] - 90)
        text.setTextRenderMode(3)
        text.setFont(_vera(), 12)
        for line in lines:
            text.textLine(line)
        c.drawText(text)


def _save(c, buf, name: str) -> bytes:
    c.save()
    data = buf.getvalue()
    (HERE / name).write_bytes(data)
    return data


def _pdf(name: str, pages, size=LETTER, **kw) -> bytes:
    """``pages``: callables drawing one page each on the canvas."""
    buf = io.BytesIO()
    c = _canvas(buf, size, **kw)
    for draw in pages:
        draw(c)
        c.showPage()
    return _save(c, buf, name)


def _native(lines=_BODY, title="PLAINTIFF'S MOTION TO COMPEL", size=LETTER):
    return lambda c: (c.setPageSize(size), _text_page(c, lines, page_size=size, title=title))


def _scanned(lines=_BODY, size=LETTER, ocr=False):
    return lambda c: (c.setPageSize(size), _image_page(c, lines, size, ocr))


def _slip(label):
    def draw(c):
        c.setPageSize(LETTER)
        c.setFont(_vera(), 28)
        c.drawCentredString(306, 400, label)

    return draw


def _with_pikepdf(name: str, base: bytes, edit, **save) -> None:
    import pikepdf

    with pikepdf.open(io.BytesIO(base)) as pdf:
        edit(pdf)
        pdf.save(HERE / name, deterministic_id=True, **save)


# ---- the fixtures ------------------------------------------------------------------


def make_all() -> None:
    native = _pdf("native-brief.pdf", [_native(), _native(title="ARGUMENT")])
    _pdf("native-landscape-table.pdf", [_native(), _native(title="APPENDIX: TABLE", size=(792, 612))])
    _pdf("declaration-with-exhibits.pdf", [
        _native(title="DECLARATION OF ANN LI"), _native(title="SIGNATURE"), _slip("EXHIBIT 1"),
        _scanned(size=A4), _scanned(size=A4),
    ])
    # Scans: the whole document, pages in the middle, only the signed last page, OCR'd.
    _pdf("scanned-brief.pdf", [_scanned(), _scanned(), _scanned()])
    _pdf("scanned-middle-pages.pdf", [_native(), _native(), _scanned(), _scanned(), _native(), _native()])
    _pdf("scanned-signature-page.pdf", [_native(), _native(), _scanned(["/s/ Ann Li (wet signature)"])])
    _pdf("ocr-scan.pdf", [_scanned(ocr=True), _scanned(ocr=True), _scanned(ocr=True)])
    # Paper sizes.
    _pdf("a4-brief.pdf", [_native(size=A4), _native(size=A4)], size=A4)
    _pdf("legal-size-page.pdf", [_native(), _native(), _native(title="CHART", size=LEGAL)])
    _fonts()
    _active_content(native)
    _forms()
    _encrypted()
    _file_names(native)


def _fonts() -> None:
    """reportlab never embeds the standard 14 fonts (Helvetica, Times-Roman):
    those pass. A font named for a face the reader may not have, unembedded,
    is made by renaming a standard font's BaseFont (its widths stay)."""
    standard = _pdf("standard-fonts.pdf", [
        lambda c: _text_page(c, _BODY, font="Times-Roman", title="MOTION"),
        lambda c: _text_page(c, _BODY, font="Helvetica", title="ARGUMENT"),
    ])

    def rename(names):
        def edit(pdf):
            import pikepdf

            for page in pdf.pages:
                for font in page.Resources.Font.values():
                    base = str(font.BaseFont).lstrip("/")
                    if base in names:
                        font.BaseFont = pikepdf.Name("/" + names[base])
        return edit

    _with_pikepdf("nonembedded-book-antiqua.pdf", standard, rename({"Times-Roman": "BookAntiqua"}))
    _with_pikepdf(
        "nonembedded-garamond-wingdings.pdf", standard,
        rename({"Times-Roman": "Garamond", "Helvetica": "Wingdings-Regular"}),
    )


def _active_content(native: bytes) -> None:
    import pikepdf

    def doc_script(pdf):
        action = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('hi');")))
        pdf.Root.Names = pikepdf.Dictionary(
            JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("greeting"), action]))
        )

    def open_action(pdf):
        pdf.Root.OpenAction = pdf.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("this.print(false);"))
        )

    def launch(pdf):
        pdf.Root.OpenAction = pdf.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("calc.exe"))
        )

    _with_pikepdf("javascript-document.pdf", native, doc_script)
    # Object streams compress the action out of sight of a plain byte scan.
    _with_pikepdf("javascript-open-action.pdf", native, open_action,
                  object_stream_mode=pikepdf.ObjectStreamMode.generate)
    _with_pikepdf("launch-action.pdf", native, launch)

    def embed(pdf):
        spec = pikepdf.AttachedFileSpec(pdf, b"Date,Amount\n2019-03-03,100\n", mime_type="text/csv")
        pdf.attachments["damages.csv"] = spec

    def attach_annot(pdf):
        spec = pikepdf.AttachedFileSpec(pdf, b"native file", mime_type="application/octet-stream")
        annot = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FileAttachment,
            Rect=pikepdf.Array([72, 600, 90, 620]), FS=spec.obj, Contents=pikepdf.String("native file"),
        ))
        pdf.pages[1].Annots = pdf.make_indirect(pikepdf.Array([annot]))

    _with_pikepdf("attachment-embedded-file.pdf", native, embed)
    _with_pikepdf("attachment-annotation.pdf", native, attach_annot)

    def media(subtype):
        def edit(pdf):
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name(subtype), Rect=pikepdf.Array([72, 400, 272, 550]),
            ))
            pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([annot]))
        return edit

    _with_pikepdf("multimedia-screen.pdf", native, media("/Screen"))
    _with_pikepdf("multimedia-sound.pdf", native, media("/Sound"))


def _forms() -> None:
    def fields(c):
        _text_page(c, ["Name of declarant:", "", "I agree:"], title="DECLARATION FORM")
        c.acroForm.textfield(name="declarant", x=220, y=660, width=250, height=18)
        c.acroForm.checkbox(name="agree", x=220, y=612, size=14)

    _pdf("form-fields.pdf", [fields])

    def readonly(c):
        _text_page(c, ["Case number:"], title="COVER SHEET")
        c.acroForm.textfield(name="case", value="3:19-cv-04321", x=220, y=684, width=150, height=18,
                             fieldFlags="readOnly")

    _pdf("form-read-only-field.pdf", [readonly])


def _encrypted() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    # Opens without a password (empty user password) but forbids printing and copying.
    _pdf("encrypted-no-print.pdf", [_native()],
         encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0))
    # Encrypted with every permission granted: still encrypted, which CM/ECF refuses.
    _pdf("encrypted-all-allowed.pdf", [_native()], encrypt=StandardEncryption("", ownerPassword="owner"))


def _file_names(native: bytes) -> None:
    for name in ("Decl.of.Agent.Johnson(FINAL).pdf", "Opp #2 & Exhibits.pdf", "Declaration_of_Agent_1.pdf"):
        (HERE / name).write_bytes(native)


# ---- size-cap fixtures (generated at test time, not committed) ----------------------------

#: name -> size in bytes: over each cap in binary megabytes, and between the
#: decimal and binary readings of each cap.
OVERSIZE_FILES = {
    "over-35mb.pdf": 36 * 2**20,
    "between-35mb.pdf": 35_500_000,
    "over-50mb.pdf": 52 * 2**20,
    "between-50mb.pdf": 51_000_000,
}


def make_oversize(directory: Path = OVERSIZE) -> None:
    """Write the size-cap fixtures if missing: a valid PDF grown to the exact
    size by an incremental update whose padding stream is a sparse hole."""
    directory.mkdir(exist_ok=True)
    base = (HERE / "native-brief.pdf").read_bytes()
    for name, size in OVERSIZE_FILES.items():
        path = directory / name
        if not path.exists() or path.stat().st_size != size:
            _pad(base, path, size)


def _pad(base: bytes, path: Path, size: int) -> None:
    import re

    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", base).group(1).decode()
    count = int(re.search(rb"/Size\s+(\d+)", base).group(1))
    prev = int(re.findall(rb"startxref\s+(\d+)", base)[-1])
    end = b"\nendstream\nendobj\n"

    def pieces(length: int) -> tuple[bytes, bytes]:
        opening = base + f"\n{count} 0 obj\n<< /Length {length} >>\nstream\n".encode()
        xref_at = len(opening) + length + len(end)
        tail = end + (
            f"xref\n{count} 1\n{len(base) + 1:010d} 00000 n \n"
            f"trailer\n<< /Size {count + 1} /Root {root} /Prev {prev} >>\nstartxref\n{xref_at}\n%%EOF\n"
        ).encode()
        return opening, tail

    length = size
    for _ in range(4):  # the numbers' widths depend on the length: a few rounds settle it
        opening, tail = pieces(length)
        length = size - len(opening) - len(tail)
    opening, tail = pieces(length)
    assert len(opening) + length + len(tail) == size
    with open(path, "wb") as fh:
        fh.write(opening)
        fh.seek(length, io.SEEK_CUR)  # a hole: zeros that take no disk
        fh.write(tail)


if __name__ == "__main__":
    make_all()
    if "--oversize" in sys.argv[1:]:
        make_oversize()
