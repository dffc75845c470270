"""A corpus of hostile inputs, generated on demand (nothing here is committed as a file).

Each :class:`HostileCase` writes one input into a folder and says which outcomes
count as handled: ``"ok"`` (a valid document came out) or an error code with a
clear one-line message. ``tests/test_hostile.py`` runs the corpus through a real
batch; ``scripts/hostile_report.py`` prints the tried / clear error / crashed
table for ``docs/HOSTILE.md``.

Outcome classes: *ok* (a document was written), *clear error* (a typed error with
a code and a message: bad input E1xx, invalid output E2xx, a time or memory limit
E301/E302), *crashed* (anything else: an unexpected exception E900/E901, a dead
worker E303, a batch that raised, or output that fails validation).
"""

from __future__ import annotations

import codecs
import os
import random
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import Settings
from tests import pdfgen

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "seed.txt"

# The limits the corpus runs under: the size, page and memory limits are small enough that
# bombs hit them in a second. The time limit is only a backstop against a hang: no case
# expects it, and a tighter one made the well-formed large texts fail on a loaded machine
# (a test must never fail on wall-clock time).
HOSTILE_SETTINGS = Settings(
    max_bytes=8 * 1024 * 1024,
    max_pages=2000,
    timeout_s=600.0,
    memory_mb=768,
    workers=2,
)

CLEAR_CODES = ("E1", "E2", "E301", "E302")
CRASH_CODES = ("E900", "E901", "E303")

SMALL_REPORT = (
    "2023 年細胞治療產業回顧\n"
    "一、市場概況\n"
    "2023年全球細胞及基因治療市場為 181.2億美元，預估至 2028年將擴增至 412.1億美元。"
    "2023 年共有 1 項自體細胞產品、3 項異體細胞產品及 5 項基因治療產品等 9項產品上市。\n"
)


@dataclass(frozen=True)
class HostileCase:
    """One hostile input: how to make it and which outcomes are acceptable."""

    name: str  # file name written into the corpus folder
    make: Callable[[Path], None]
    expect: tuple[str, ...]  # "ok" and/or error codes
    what: str


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _text(text: str, encoding: str = "utf-8", errors: str = "strict") -> Callable[[Path], None]:
    return lambda p: p.write_bytes(text.encode(encoding, errors))


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _seed_in(encoding: str, bom: bytes = b"") -> Callable[[Path], None]:
    return lambda p: p.write_bytes(bom + _seed_text().encode(encoding, "replace"))


def _random_bytes(seed: int, n: int, prefix: bytes = b"") -> Callable[[Path], None]:
    return lambda p: p.write_bytes(prefix + random.Random(seed).randbytes(n))


def _sparse(size: int) -> Callable[[Path], None]:
    """A file of ``size`` bytes that takes no disk space (a hole): reading it would be the bug."""

    def make(p: Path) -> None:
        with p.open("wb") as f:
            f.write(SMALL_REPORT.encode("utf-8"))
            f.truncate(size)

    return make


def _mixed_encodings(p: Path) -> None:
    lines = _seed_text().splitlines()
    out = bytearray()
    for i, line in enumerate(lines):
        enc = "cp950" if i % 7 == 3 else "utf-8"
        out += line.encode(enc, "replace") + b"\n"
    p.write_bytes(bytes(out))


def _nul_chars(p: Path) -> None:
    """NUL characters between the characters of the text (a broken converter's output)."""
    text = _seed_text()[:3000]
    p.write_bytes("\0".join(text[i : i + 37] for i in range(0, len(text), 37)).encode("utf-8"))


def _nul_bytes(p: Path) -> None:
    """NUL bytes every 97 bytes, even inside multi-byte characters."""
    data = _seed_text().encode("utf-8")[:4000]
    p.write_bytes(b"\0".join(data[i : i + 97] for i in range(0, len(data), 97)))


def _lone_surrogates_utf8(p: Path) -> None:
    text = SMALL_REPORT.replace("市場", "市\ud800場").replace("產品", "產\udfff品")
    p.write_bytes(text.encode("utf-8", "surrogatepass"))


def _lone_surrogates_utf16(p: Path) -> None:
    text = SMALL_REPORT.replace("市場", "市\udc00場")
    p.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"))


def _control_chars(p: Path) -> None:
    controls = "".join(chr(c) for c in range(0x20) if c not in (0x0A,)) + "\x7f"
    c1 = "".join(chr(c) for c in range(0x80, 0xA0))
    odd = "\u202e\u200b\u200d\ufeff\u2028\u2029\ufffe\uffff\U0010ffff\ue000"
    body = SMALL_REPORT.replace("，", f"，{controls}").replace("。", f"。{c1}{odd}")
    p.write_bytes(body.encode("utf-8", "surrogatepass"))


def _long_line(n: int) -> Callable[[Path], None]:
    """One line of ``n`` characters, no line break: prose with a number now and then."""

    def make(p: Path) -> None:
        unit = "細胞及基因治療產業持續發展，" * 60 + "2023年市場規模為 181.2億美元、成長 12.5%。"
        text = (unit * (n // len(unit) + 1))[:n]
        p.write_bytes(text.encode("utf-8"))

    return make


def _long_sentence_no_punct(n: int) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        p.write_bytes(("細胞治療" * (n // 4)).encode("utf-8"))

    return make


def _many_form_feeds(p: Path) -> None:
    p.write_bytes((SMALL_REPORT + "\f" * 5000 + SMALL_REPORT).encode("utf-8"))


def _many_lines(p: Path) -> None:
    p.write_bytes(("表 1 2023 年統計\n項目 數量\n總計 1\n" * 3000).encode("utf-8"))


def _nested_brackets(p: Path) -> None:
    p.write_bytes(("（" * 5000 + "181.2億美元" + "）" * 5000).encode("utf-8"))


def _astral_and_combining(p: Path) -> None:
    text = SMALL_REPORT + "𠀋𡈽𪚥" * 300 + "🧬💊" * 300 + "a\u0301\u0302" * 2000 + "\n"
    p.write_bytes(text.encode("utf-8"))


def _page_cycle_pdf(p: Path) -> None:
    """A page tree whose /Kids points back at itself (a naive walker never ends)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 2 /Kids [2 0 R 3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    p.write_bytes(pdfgen.write_raw_pdf(objects))


def _header_only_pdf(p: Path) -> None:
    p.write_bytes(b"%PDF-1.7\n%%EOF\n")


def _pdf_named_txt(p: Path) -> None:
    pdfgen.make_many_pages_pdf(p, 2)


def _seed_copy(p: Path) -> None:
    shutil.copy(SEED, p)


def _report(p: Path) -> None:
    p.write_bytes(SMALL_REPORT.encode("utf-8"))


def _hostile_names() -> list[HostileCase]:
    names = [
        ("name with spaces.txt", "spaces in the file name"),
        ("細胞 治療 報告（2023）.txt", "Chinese characters and full-width brackets in the name"),
        ("..txt", "a name that is only dots and the extension"),
        (".hidden.txt", "a hidden file name"),
        ("-rf --out=x.txt", "a name that looks like command-line options"),
        ("$(touch pwned); rm -rf ~ | cat `id` & echo 'x' \"y\" *?.txt", "shell metacharacters"),
        ("line\nbreak\ttab.txt", "a newline and a tab inside the name"),
        ("..%2f..%2fescape.txt", "URL-encoded ../ in the name"),
        ("a" * 240 + ".txt", "a 244-byte file name"),
        ("細" * 80 + ".txt", "an 80-character (244-byte) Chinese file name"),
        ("e\u0301\u0301.txt", "combining accents (NFD) in the name"),
        ("[red]markup[bold] <b>&amp;.txt", "console markup and HTML in the name"),
    ]
    return [HostileCase(n, _report, ("ok",), w) for n, w in names]


def hostile_cases() -> list[HostileCase]:
    """Every hostile input, in a fixed order (names are unique)."""
    cases = [
        # ---- PDF
        HostileCase(
            "truncated-half.pdf",
            lambda p: pdfgen.make_truncated_pdf(p, 0.5),
            ("E110", "ok"),
            "a report PDF cut in half (no xref, no trailer)",
        ),
        HostileCase(
            "truncated-head.pdf",
            lambda p: pdfgen.make_truncated_pdf(p, 0.03),
            ("E110",),
            "only the first 3 % of a PDF",
        ),
        HostileCase(
            "corrupt-0.pdf",
            lambda p: pdfgen.make_corrupt_pdf(p, seed=0),
            ("E110", "E112", "ok"),
            "random bytes written over object bodies",
        ),
        HostileCase(
            "corrupt-1.pdf",
            lambda p: pdfgen.make_corrupt_pdf(p, seed=1, n_hits=40),
            ("E110", "E112", "ok"),
            "heavier corruption of object bodies",
        ),
        HostileCase("random.pdf", _random_bytes(1, 8192), ("E103",), "random bytes named .pdf"),
        HostileCase(
            "random-with-header.pdf",
            _random_bytes(2, 8192, b"%PDF-1.7\n"),
            ("E110",),
            "a PDF header followed by random bytes",
        ),
        HostileCase("header-only.pdf", _header_only_pdf, ("E110",), "%PDF- header and %%EOF"),
        HostileCase("zero.pdf", _bytes(b""), ("E101",), "a zero-byte PDF"),
        HostileCase(
            "password.pdf",
            lambda p: pdfgen.make_password_pdf(p),
            ("E111",),
            "AES-256 with a user password",
        ),
        HostileCase(
            "encrypted-empty-password.pdf",
            lambda p: pdfgen.make_encrypted_pdf(p),
            ("ok",),
            "AES-256 (Acrobat R5) with an empty user password",
        ),
        HostileCase(
            "encrypted-r6.pdf",
            lambda p: pdfgen.make_encrypted_pdf(p, acrobat_r5=False),
            ("ok",),
            "AES-256 (R6) with an empty user password",
        ),
        HostileCase(
            "image-only.pdf",
            lambda p: pdfgen.make_image_only_pdf(p),
            ("E112",),
            "a scanned page: an image, no text layer",
        ),
        HostileCase(
            "many-pages.pdf",
            lambda p: pdfgen.make_many_pages_pdf(p, 3000),
            ("E113",),
            "3,000 pages (over --max-pages)",
        ),
        HostileCase(
            "decompression-bomb.pdf",
            lambda p: pdfgen.make_decompression_bomb_pdf(p, 1 << 30),
            ("E114",),
            "a content stream inflating to 1 GiB of zeros",
        ),
        HostileCase(
            "deeply-nested.pdf",
            lambda p: pdfgen.make_deeply_nested_pdf(p, 100_000),
            ("ok", "E110"),
            "arrays and dictionaries nested 100,000 deep",
        ),
        HostileCase(
            "page-tree-cycle.pdf",
            _page_cycle_pdf,
            ("ok", "E110", "E112"),
            "a page tree whose /Kids contains itself",
        ),
        HostileCase("pdf-named.txt", _pdf_named_txt, ("ok",), "a PDF with a .txt name"),
        # ---- text
        HostileCase("zero.txt", _bytes(b""), ("E101",), "a zero-byte text file"),
        HostileCase(
            "whitespace.txt", _bytes(b" \n\t\r\n\f  \n" * 100), ("E101",), "only whitespace"
        ),
        HostileCase(
            "random.txt", _random_bytes(3, 8192), ("E120", "ok"), "random bytes named .txt"
        ),
        HostileCase(
            "too-large.txt",
            _sparse(HOSTILE_SETTINGS.max_bytes * 512),
            ("E102",),
            "a 4 GiB (sparse) text file, over --max-bytes",
        ),
        HostileCase("big5.txt", _seed_in("cp950"), ("ok",), "the sample report in Big5/CP950"),
        HostileCase(
            "utf16le-bom.txt",
            _seed_in("utf-16-le", codecs.BOM_UTF16_LE),
            ("ok",),
            "UTF-16LE with a BOM",
        ),
        HostileCase(
            "utf16be-bom.txt",
            _seed_in("utf-16-be", codecs.BOM_UTF16_BE),
            ("ok",),
            "UTF-16BE with a BOM",
        ),
        HostileCase("utf16le-nobom.txt", _seed_in("utf-16-le"), ("ok",), "UTF-16LE, no BOM"),
        HostileCase("utf8-bom.txt", _seed_in("utf-8", codecs.BOM_UTF8), ("ok",), "UTF-8 BOM"),
        HostileCase(
            "mixed-encodings.txt",
            _mixed_encodings,
            ("ok",),
            "UTF-8 with every seventh line in Big5",
        ),
        HostileCase("nul-chars.txt", _nul_chars, ("ok",), "NUL characters in the text"),
        HostileCase(
            "nul-bytes.txt",
            _nul_bytes,
            ("ok",),
            "NUL bytes every 97 bytes, inside multi-byte characters",
        ),
        HostileCase(
            "lone-surrogates-utf8.txt",
            _lone_surrogates_utf8,
            ("ok",),
            "CESU-style lone surrogates in UTF-8",
        ),
        HostileCase(
            "lone-surrogates-utf16.txt",
            _lone_surrogates_utf16,
            ("ok",),
            "a lone surrogate in UTF-16",
        ),
        HostileCase(
            "control-chars.txt",
            _control_chars,
            ("ok",),
            "C0/C1 controls, bidi override, zero-width, noncharacters",
        ),
        HostileCase("long-line.txt", _long_line(100_000), ("ok",), "one 100,000-character line"),
        HostileCase(
            "long-sentence.txt",
            _long_sentence_no_punct(100_000),
            ("ok",),
            "100,000 CJK characters without punctuation",
        ),
        HostileCase("form-feeds.txt", _many_form_feeds, ("ok",), "5,000 form feeds (pages)"),
        HostileCase("many-captions.txt", _many_lines, ("ok",), "3,000 table captions"),
        HostileCase(
            "nested-brackets.txt", _nested_brackets, ("ok",), "5,000 nested full-width brackets"
        ),
        HostileCase(
            "astral-combining.txt",
            _astral_and_combining,
            ("ok",),
            "CJK Ext-B, emoji and stacked combining marks",
        ),
        HostileCase("seed.txt", _seed_copy, ("ok",), "control: the sample report"),
        # ---- file names
        *_hostile_names(),
    ]
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "hostile case names must be unique"
    return cases


def build_corpus(folder: Path, cases: Sequence[HostileCase] | None = None) -> list[Path]:
    """Write every case into ``folder``; return the paths in case order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in cases or hostile_cases():
        path = folder / case.name
        case.make(path)
        paths.append(path)
    return paths


def classify(code: str | None) -> str:
    """``ok``, ``clear error`` or ``crashed`` for an outcome's error code (None = ok)."""
    if code is None:
        return "ok"
    if code.startswith(CRASH_CODES):
        return "crashed"
    if code.startswith(CLEAR_CODES):
        return "clear error"
    return "crashed"


def disk_usage(path: Path) -> int:
    """Bytes a file really occupies on disk (a sparse file occupies almost nothing)."""
    return os.stat(path).st_blocks * 512
