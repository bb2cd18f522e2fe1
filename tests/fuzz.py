"""A deterministic mutation fuzzer for courtlint's readers: PDF, DOCX and text.

Mutant ``i`` of seed ``s`` is always the same bytes: a ``random.Random`` seeded
with ``"s:i"`` picks a small sample file from ``corpus/`` and one mutation
(byte flips, truncation, duplicated chunks, xref and trailer damage, a lying
``/Length``, a huge ``/Count``, deep nesting, broken filters, a page that
drives the pdfplumber fallback into a pdfminer error, zip bombs, a DOCX
without ``w:sectPr``, huge one-line text, ...).

``tests/test_fuzz.py`` lints a few hundred mutants in the test suite;
``benchmarks/fuzz.py`` lints thousands, each in a worker process with a time
limit, and reports crashes, hangs, peak memory and the error codes seen.
"""

from __future__ import annotations

import functools
import random
import re
import struct
import time
import traceback
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
#: Seeds are the project's own small samples: quick to lint, and every format.
_SEED_BYTES = {".pdf": 8_000, ".docx": 64_000, ".txt": 4_000}
MB = 2**20


@dataclass(frozen=True)
class Mutant:
    index: int
    kind: str  # the mutation, e.g. "pdf.huge-count"
    seed_file: str  # relative to the repository
    suffix: str
    data: bytes

    @property
    def name(self) -> str:
        return f"mutant-{self.index:05d}-{self.kind.replace('.', '-')}{self.suffix}"


@functools.cache
def seed_files() -> dict[str, tuple[Path, ...]]:
    """Sample files by suffix, sorted, so a mutant index means the same file everywhere."""
    out: dict[str, list[Path]] = {s: [] for s in _SEED_BYTES}
    for path in sorted(CORPUS.rglob("*")):
        limit = _SEED_BYTES.get(path.suffix)
        if limit and path.is_file() and path.stat().st_size <= limit:
            out[path.suffix].append(path)
    return {suffix: tuple(paths) for suffix, paths in out.items()}


# ---- generic byte mutations ---------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(8, max(8, len(data) - 1))]


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    n = rng.randint(8, max(8, min(4096, len(data))))
    start = rng.randrange(max(1, len(data) - n))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start : start + n] * rng.randint(1, 8) + data[at:]


def _sub_one(rng: random.Random, pattern: bytes, data: bytes, repl: Callable[[re.Match], bytes]) -> bytes:
    """``data`` with one randomly chosen match of ``pattern`` replaced."""
    matches = list(re.finditer(pattern, data, re.S))
    if not matches:
        return flip_bytes(rng, data)
    m = rng.choice(matches)
    return data[: m.start()] + repl(m) + data[m.end() :]


# ---- PDF ----------------------------------------------------------------------------


def pdf_xref(rng: random.Random, data: bytes) -> bytes:
    how = rng.randrange(5)
    if how == 0:  # startxref points somewhere else
        return _sub_one(rng, rb"startxref\s+\d+", data, lambda m: b"startxref\n%d" % rng.randrange(10**7))
    if how == 1:  # the xref table's entries scrambled
        return _sub_one(rng, rb"xref\s.*?trailer", data, lambda m: flip_bytes(rng, m.group()))
    if how == 2:  # no trailer
        return _sub_one(rng, rb"trailer.*?startxref", data, lambda m: b"startxref")
    if how == 3:  # /Root names an object that is not there
        return _sub_one(rng, rb"/Root\s+\d+\s+\d+\s+R", data, lambda m: b"/Root 9999 0 R")
    # an update section whose /Prev points at itself: a loop
    start = re.search(rb"startxref\s+(\d+)", data)
    offset = int(start.group(1)) if start else 0
    return data + b"\ntrailer\n<< /Size 1 /Prev %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (offset, len(data) + 1)


def pdf_length(rng: random.Random, data: bytes) -> bytes:
    def lie(m: re.Match) -> bytes:
        n = int(m.group(1))
        return b"/Length %d" % rng.choice([0, 1, n // 2, n * 2 + 100, 10**9, -1, 2**63])

    return _sub_one(rng, rb"/Length (\d+)", data, lie)


def pdf_count(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.3:  # a page tree that contains itself
        return _sub_one(rng, rb"/Kids\s*\[[^\]]*\]", data, lambda m: b"/Kids [ 9 0 R 9 0 R 5 0 R ]")
    value = rng.choice([0, -1, 2**31 - 1, 10**6, 10**12, 2**64])
    return _sub_one(rng, rb"/Count \d+", data, lambda m: b"/Count %d" % value)


def pdf_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([1_000, 10_000, 100_000])
    nest = rng.choice([b"[" * depth + b"]" * depth, b"<< /A " * depth + b">> " * depth])
    if rng.random() < 0.5:  # in a page dictionary
        return _sub_one(rng, rb"/Type\s*/Page\b(?!s)", data, lambda m: m.group() + b" /Nest " + nest)
    return _sub_one(rng, rb"stream\r?\n", data, lambda m: m.group() + nest + b"\n")  # in a content stream


def pdf_filter(rng: random.Random, data: bytes) -> bytes:
    bad = rng.choice([b"/LZWDecode", b"/RunLengthDecode", b"/CCITTFaxDecode", b"/JBIG2Decode",
                      b"/DCTDecode", b"/JPXDecode", b"/Crypt", b"/Bogus", b"/ASCIIHexDecode", b"/ASCII85Decode"])
    return _sub_one(rng, rb"/(?:FlateDecode|ASCII85Decode)", data, lambda m: bad)


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object 1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def fallback_failure_pdf(bad_filter: bytes, junk: bytes = b"garbage") -> bytes:
    """Two pages; page 2 draws only spaces (so pdfium's text is empty and the
    pdfplumber fallback reads it) and has a second content stream whose filter
    pdfminer cannot decode (pdfium skips it): pdfminer raises in the fallback."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %s >>"
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        page % b"6 0 R",
        page % b"[7 0 R 8 0 R]",
        _stream(b"BT /F1 12 Tf 72 700 Td (The parties agree to the protective order below.) Tj ET"),
        _stream(b"BT /F1 12 Tf 72 700 Td (   ) Tj ET"),
        _stream(junk, b"/Filter " + bad_filter + b" "),
    ])


def pdf_fallback(rng: random.Random, data: bytes) -> bytes:
    bad = rng.choice([b"/Bogus", b"/LZWDecode", b"/CCITTFaxDecode", b"/ASCII85Decode", b"/RunLengthDecode",
                      b"[/FlateDecode /Bogus]", b"/FlateDecode"])
    return fallback_failure_pdf(bad, flip_bytes(rng, rng.choice([b"garbage", b"x~>", b"\x80" * 9, data[:200]])))


def pdf_stream(rng: random.Random, data: bytes) -> bytes:
    """Random bytes inside one stream (compressed content, fonts)."""
    return _sub_one(rng, rb"(?<=stream\n).*?(?=endstream)", data, lambda m: flip_bytes(rng, m.group() or b" "))


# ---- DOCX ---------------------------------------------------------------------------

_DOCUMENT = "word/document.xml"


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(BytesIO(data)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def _zip(parts: dict[str, bytes | tuple[bytes, int, int]]) -> bytes:
    """A zip of ``parts``; a tuple value is already deflated: (raw deflate data, crc32, size)."""
    out = BytesIO()
    central = []
    for name, value in parts.items():
        if isinstance(value, tuple):
            packed, crc, size = value
        else:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed, crc, size = c.compress(value) + c.flush(), zlib.crc32(value), len(value)
        raw_name = name.encode("utf-8")
        central.append((raw_name, crc, len(packed), size, out.tell()))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(raw_name), 0))
        out.write(raw_name + packed)
    start = out.tell()
    for raw_name, crc, csize, size, offset in central:
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, csize, size,
                              len(raw_name), 0, 0, 0, 0, 0, offset))
        out.write(raw_name)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0))
    return out.getvalue()


@functools.cache
def _padding_block() -> tuple[bytes, int]:
    """1 MB of spaces, deflated with a full flush: a block that decodes the same wherever it is spliced."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(b" " * MB) + c.flush(zlib.Z_FULL_FLUSH), MB


def bomb_part(head: bytes, padding_mb: int, tail: bytes) -> tuple[bytes, int, int]:
    """``head``, ``padding_mb`` MB of spaces and ``tail``, deflated at about 1000:1
    without ever holding the padding (raw deflate data, crc32, size)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block, size = _padding_block()
    last = c.compress(tail) + c.flush()
    crc, chunk = zlib.crc32(head), b" " * MB
    for _ in range(padding_mb):
        crc = zlib.crc32(chunk, crc)
    return first + block * padding_mb + last, zlib.crc32(tail, crc), len(head) + size * padding_mb + len(tail)


def zip_bomb_docx(seed: bytes, padding_mb: int) -> bytes:
    """The seed DOCX with ``padding_mb`` MB of whitespace inside ``word/document.xml``."""
    parts: dict[str, bytes | tuple[bytes, int, int]] = dict(_parts(seed))
    xml = parts[_DOCUMENT]
    at = xml.index(b"<w:body>") + len(b"<w:body>")
    parts[_DOCUMENT] = bomb_part(xml[:at], padding_mb, xml[at:])
    return _zip(parts)


def without_sectpr(seed: bytes) -> bytes:
    """A valid DOCX whose body has no section properties (python-docx: no sections)."""
    parts = _parts(seed)
    parts[_DOCUMENT] = re.sub(rb"<w:sectPr\b[^>]*/>|<w:sectPr\b.*?</w:sectPr>", b"", parts[_DOCUMENT], flags=re.S)
    return _zip(parts)


def docx_flip_xml(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = _DOCUMENT if rng.random() < 0.6 else rng.choice(sorted(parts))
    parts[name] = flip_bytes(rng, parts[name])
    return _zip(parts)


def docx_no_sectpr(rng: random.Random, data: bytes) -> bytes:
    return without_sectpr(data)


def docx_drop_part(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    del parts[rng.choice(sorted(parts))]
    return _zip(parts)


def docx_deep_xml(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    depth = rng.choice([100, 250, 10_000])
    tag = rng.choice([(b"<w:customXml>", b"</w:customXml>"), (b"<w:tbl><w:tr><w:tc>", b"<w:p/></w:tc></w:tr></w:tbl>")])
    nested = tag[0] * depth + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + tag[1] * depth
    parts[_DOCUMENT] = parts[_DOCUMENT].replace(b"<w:body>", b"<w:body>" + nested, 1)
    return _zip(parts)


def docx_bomb(rng: random.Random, data: bytes) -> bytes:
    # 120 MB: under a 200 MB total but 1000:1; 300 MB and 1.5 GB: over it.
    return zip_bomb_docx(data, rng.choice([120, 300, 1536]))


def docx_lying_size(rng: random.Random, data: bytes) -> bytes:
    """The central directory understates word/document.xml's size."""
    parts: dict[str, bytes | tuple[bytes, int, int]] = dict(_parts(data))
    xml = parts[_DOCUMENT]
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    parts[_DOCUMENT] = (c.compress(xml) + c.flush(), zlib.crc32(xml), rng.randint(1, max(1, len(xml) // 2)))
    return _zip(parts)


def docx_content_type(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    kind = rng.choice([b"application/vnd.ms-word.document.macroEnabled.main+xml", b"text/plain", b""])
    parts["[Content_Types].xml"] = re.sub(
        rb"application/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml", kind,
        parts["[Content_Types].xml"],
    )
    return _zip(parts)


def docx_huge_paragraph(rng: random.Random, data: bytes, huge: int) -> bytes:
    parts = _parts(data)
    words = re.findall(rb"[A-Za-z]+", parts[_DOCUMENT])[-200:] or [b"word"]
    text = b" ".join(rng.choice(words) for _ in range(huge // 6))[:huge]
    paragraph = b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
    parts[_DOCUMENT] = parts[_DOCUMENT].replace(b"<w:body>", b"<w:body>" + paragraph, 1)
    return _zip(parts)


# ---- text ---------------------------------------------------------------------------


def text_binary(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(min(len(data), 4096))
    return data[:at] + b"\x00" * rng.randint(1, 16) + data[at:]


def text_bad_utf8(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        buf.insert(rng.randrange(len(buf) + 1), rng.choice([0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF, 0xFE]))
    return bytes(buf)


def text_breaks(rng: random.Random, data: bytes) -> bytes:
    breaks = [b"\r", b"\f", b"\r\n", b"\n\n\n", "\u2028".encode()]
    return re.sub(rb"\n", lambda m: rng.choice(breaks), data)


def one_line(data: bytes, size: int) -> bytes:
    """``data``'s words on one line, repeated to ``size`` bytes."""
    line = b" ".join(data.split())
    return (line + b" ") * (size // (len(line) + 1)) + line[: size % (len(line) + 1)]


def text_one_line(rng: random.Random, data: bytes, huge: int) -> bytes:
    return one_line(data, rng.randint(huge // 4, huge))


def text_long_word(rng: random.Random, data: bytes, huge: int) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice([b"a", b"9", b"(", b"-", b"\xc3\xa9"]) * rng.randint(huge // 8, huge // 2) + data[at:]


# ---- the mutant for an index --------------------------------------------------------

#: (kind, weight, function(rng, data[, huge])): heavy mutations are rarer.
MUTATIONS: dict[str, tuple[tuple[str, float, Callable], ...]] = {
    ".pdf": (
        ("pdf.flip", 3, flip_bytes),
        ("pdf.truncate", 2, truncate),
        ("pdf.duplicate", 2, duplicate_chunk),
        ("pdf.xref", 2, pdf_xref),
        ("pdf.length", 2, pdf_length),
        ("pdf.count", 2, pdf_count),
        ("pdf.nesting", 1, pdf_nesting),
        ("pdf.filter", 2, pdf_filter),
        ("pdf.stream", 2, pdf_stream),
        ("pdf.fallback", 1, pdf_fallback),
    ),
    ".docx": (
        ("docx.flip", 2, flip_bytes),
        ("docx.truncate", 1, truncate),
        ("docx.flip-xml", 3, docx_flip_xml),
        ("docx.no-sectpr", 1, docx_no_sectpr),
        ("docx.drop-part", 2, docx_drop_part),
        ("docx.deep-xml", 1, docx_deep_xml),
        ("docx.bomb", 0.5, docx_bomb),
        ("docx.lying-size", 1, docx_lying_size),
        ("docx.content-type", 1, docx_content_type),
        ("docx.huge-paragraph", 0.3, docx_huge_paragraph),
    ),
    ".txt": (
        ("text.flip", 3, flip_bytes),
        ("text.truncate", 1, truncate),
        ("text.duplicate", 2, duplicate_chunk),
        ("text.binary", 1, text_binary),
        ("text.bad-utf8", 2, text_bad_utf8),
        ("text.breaks", 1, text_breaks),
        ("text.one-line", 0.5, text_one_line),
        ("text.long-word", 0.3, text_long_word),
    ),
}
_FORMATS = ((".pdf", 5), (".docx", 3), (".txt", 2))
_SIZED = {docx_huge_paragraph, text_one_line, text_long_word}


def mutant(index: int, seed: int = 0, *, huge: int = MB) -> Mutant:
    """Mutant ``index`` of ``seed``; ``huge`` bounds the huge-text mutations (bytes)."""
    rng = random.Random(f"{seed}:{index}")
    suffix = rng.choices([f for f, _ in _FORMATS], [w for _, w in _FORMATS])[0]
    path = rng.choice(seed_files()[suffix])
    options = MUTATIONS[suffix]
    kind, _, fn = rng.choices(options, [w for _, w, _ in options])[0]
    data = path.read_bytes()
    data = fn(rng, data, huge) if fn in _SIZED else fn(rng, data)
    return Mutant(index, kind, str(path.relative_to(REPO)), suffix, data)


# ---- linting one mutant -------------------------------------------------------------


@dataclass
class Outcome:
    index: int
    kind: str
    seconds: float
    codes: tuple[str, ...] = ()  # error codes of the Result
    crash: str | None = None  # an exception that escaped lint(): "Type: message (file:line)"
    problems: list[str] = field(default_factory=list)  # errors without a known code or a message
    check_crashes: list[str] = field(default_factory=list)  # courtlint.internal-error findings
    internal: list[str] = field(default_factory=list)  # messages of internal-error errors (contained bugs)


def lint_mutant(linter, m: Mutant, directory: Path) -> Outcome:
    """Write ``m`` to ``directory`` and lint it as a file, the way ``courtlint check`` does."""
    from courtlint.extract import CODES

    path = directory / m.name
    path.write_bytes(m.data)
    start = time.perf_counter()
    try:
        result = linter.lint(str(path))
    except BaseException as exc:  # noqa: BLE001 - a crash is what this looks for
        if isinstance(exc, KeyboardInterrupt):
            raise
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return Outcome(m.index, m.kind, time.perf_counter() - start,
                       crash=f"{type(exc).__name__}: {str(exc)[:200]} ({where})")
    finally:
        path.unlink(missing_ok=True)
    outcome = Outcome(m.index, m.kind, time.perf_counter() - start, tuple(e.get("code") for e in result.errors))
    for e in result.errors:
        if e.get("code") not in CODES or not str(e.get("message") or "").strip():
            outcome.problems.append(repr(e))
    outcome.check_crashes = [f.message for f in result.findings if f.rule == "courtlint.internal-error"]
    outcome.internal = [e["message"] for e in result.errors if e.get("code") == "internal-error"]
    return outcome
