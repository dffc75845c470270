"""Ingest: a file on disk to pages of text (``RawDocument``).

PDFs go through pdfplumber page by page (one parse per page; the same page object
serves the table finder), with a per-page quality gate that re-reads a page with
pypdfium2 when pdfminer mis-decodes it (CJK CID fonts without ToUnicode come out as
real but wrong characters), returns nothing (AES-256 with an empty user password),
or cannot open the file at all. Text files get their encoding detected and their
page breaks (form feeds, or pdftotext's one-space page starts) recovered.
"""

from __future__ import annotations

import array
import codecs
import contextlib
import ctypes
import functools
import hashlib
import itertools
import logging
import math
import mmap
import re
import statistics
import struct
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import pdftables
from pipeline.chars import (
    CJK_RE,
    PRIVATE_USE_RE,
    big5_glyph_char,
    unified_ideograph,
    unified_text,
)
from pipeline.config import DEFAULT_SETTINGS, Settings
from pipeline.errors import (
    CorruptPDFError,
    EmptyInputError,
    EncodingError,
    EncryptedPDFError,
    InputError,
    NoTextLayerError,
    TooLargeError,
    TooManyPagesError,
    UnsupportedFormatError,
)
from pipeline.guard import check_pdf_streams, stream_limit
from pipeline.lexicon import lexicon_root, load_lexicon
from pipeline.models import PageText, PdfTable, RawDocument
from pipeline.pdftables.geometry import by_address, matrix_turn

Box = tuple[float, float, float, float]

# pdfminer logs every malformed object at WARNING; the run report says what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}  # Markdown is read as text
PDF_SUFFIXES = {".pdf"}

# Characters a text report may legitimately contain besides printable ones.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\ufffe\uffff]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
# Invisible format characters (zero-width space, non-joiner, joiner, word joiner, BOM) that web
# copies leave inside names (``Cyber\u200b\u200bcab``): a text file drops them on reading, so every
# later span is exact over the text the reader sees and a name is not cut at them.
_INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


@dataclass
class IngestResult:
    """A RawDocument plus the tables pdfplumber found while the pages were open."""

    raw: RawDocument
    pdf_tables: list[PdfTable] = field(default_factory=list)


# --------------------------------------------------------------------------- common


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sniff_format(path: Path, head: bytes) -> str:
    """``pdf`` or ``txt`` by content first, name second: a .pdf that is not a PDF is an error."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        raise UnsupportedFormatError(f"{path.name}: not a PDF (no %PDF- header) despite its name")
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "txt"
    raise UnsupportedFormatError(
        f"{path.name}: unsupported file type {suffix!r} (PDF, TXT or Markdown)"
    )


def ingest(path: str | Path, settings: Settings = DEFAULT_SETTINGS) -> IngestResult:
    """Read one input file into pages; raise an ``InputError`` leaf with a one-line reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise InputError(f"{p.name}: cannot read file ({e.strerror})") from e
    if size == 0:
        raise EmptyInputError(f"{p.name}: empty file (0 bytes)")
    if size > settings.max_bytes:
        raise TooLargeError(
            f"{p.name}: {size:,} bytes is over the {settings.max_bytes:,}-byte limit (--max-bytes)"
        )
    with p.open("rb") as f:
        head = f.read(1024)
    fmt = sniff_format(p, head)
    digest = sha256_file(p)
    if fmt == "pdf":
        return ingest_pdf(p, digest, settings)
    return IngestResult(ingest_text(p, digest))


# --------------------------------------------------------------------------- text


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of a Taiwanese text report; return (text, encoding name).

    BOMs first, then strict UTF-8, then UTF-16 without BOM (NUL-heavy), then
    Big5/CP950 when it decodes cleanly into common Traditional characters, and
    only then charset-normalizer's guess.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if len(data) >= 4:
        even_nuls = data[0::2].count(0)
        odd_nuls = data[1::2].count(0)
        half = len(data) / 2
        if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    nuls = data.count(0)
    if 0 < nuls <= len(data) // 50:
        # Stray NUL bytes (even inside a multi-byte character) are noise, not text.
        try:
            return data.replace(b"\x00", b"").decode("utf-8"), "utf-8 (NUL bytes removed)"
        except UnicodeDecodeError:
            pass
    try:
        # CESU-8 style surrogates: decodable; clean_text turns them into U+FFFD.
        return data.decode("utf-8", errors="surrogatepass"), "utf-8 (lone surrogates)"
    except UnicodeDecodeError:
        pass
    for enc in ("cp950", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if common_share(text) >= 0.9:
            return text, enc
    mixed = _decode_lines(data, ("utf-8", "cp950"))
    if mixed is not None and common_share(mixed) >= 0.9:
        return mixed, "mixed (utf-8, cp950)"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if common_share(text) >= 0.8 or not CJK_RE.search(text):
            return text, best.encoding
    # Mixed encodings: a mostly-UTF-8 file with some stray bytes keeps what decodes.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(8, len(text) // 50):
        return text, "utf-8 (with replacements)"
    raise EncodingError("could not detect the text encoding (tried UTF-8, UTF-16, Big5/CP950)")


def _decode_lines(data: bytes, encodings: tuple[str, ...]) -> str | None:
    """Files pasted together from several sources: each line in the first encoding that fits."""
    out: list[str] = []
    for line in data.split(b"\n"):
        for enc in encodings:
            try:
                out.append(line.decode(enc))
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
    return "\n".join(out)


def clean_text(text: str) -> str:
    """Drop NULs, controls, zero-width marks, lone surrogates; unify line ends; keep form feeds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE_RE.sub("\ufffd", text)
    text = _INVISIBLE_RE.sub("", text)
    return _CONTROL_RE.sub("", text)


def split_text_pages(text: str) -> list[str]:
    """Pages of a text dump: form feeds when present, else pdftotext's one-space page starts."""
    if "\f" in text:
        pages = text.split("\f")
    else:
        least = int(load_lexicon("structure")["one_space_page_min_lines"])
        pages = []
        current: list[str] = []
        for i, line in enumerate(text.split("\n")):
            starts_page = line.startswith(" ") and not line.startswith("  ") and line.strip()
            if starts_page and i > 0 and sum(1 for s in current if s.strip()) >= least:
                pages.append("\n".join(current))
                current = []
            current.append(line)
        pages.append("\n".join(current))
    if len(pages) == 1:
        pages = _split_at_running_header(pages[0])
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def _split_at_running_header(text: str) -> list[str]:
    """Dumps without page marks still repeat a short header line on every page: split there."""
    lines = text.split("\n")
    counts: dict[str, int] = {}
    for line in lines:
        key = line.strip()
        if 0 < len(key) <= 30:
            counts[key] = counts.get(key, 0) + 1
    lex = load_lexicon("structure")
    structural = tuple(
        lex["source_prefixes"] + lex["note_prefixes"] + lex["figure_labels"] + lex["table_labels"]
    )
    headers = {
        k
        for k, n in counts.items()
        if n >= 3 and not any(ch.isdigit() for ch in k) and not k.startswith(structural)
    }
    if not headers:
        return [text]
    pages: list[list[str]] = [[]]
    for line in lines:
        if line.strip() in headers and any(x.strip() for x in pages[-1]):
            pages.append([])
        pages[-1].append(line)
    return ["\n".join(p) for p in pages]


def ingest_text(path: Path, digest: str) -> RawDocument:
    data = path.read_bytes()
    text, encoding = decode_text(data)
    text = clean_text(text)
    if not text.strip():
        raise EmptyInputError(f"{path.name}: no text (only whitespace or control characters)")
    pages = [
        PageText(number=i + 1, text=t, extractor="text")
        for i, t in enumerate(split_text_pages(text))
    ]
    return RawDocument(path=str(path), sha256=digest, format="txt", encoding=encoding, pages=pages)


# --------------------------------------------------------------------------- page quality


@functools.cache
def common_chars() -> frozenset[str]:
    """The common Traditional characters list shipped in the lexicon folder."""
    text = (lexicon_root() / "common_hant_chars.txt").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return frozenset("".join(lines))


@functools.lru_cache(maxsize=2)
def _deleting(chars: frozenset[str]) -> dict[int, None]:
    """A ``str.translate`` table that deletes these characters."""
    return dict.fromkeys(map(ord, chars))


def _cjk_stats(text: str) -> tuple[int, float]:
    """(CJK characters, share of them that are common Traditional characters).

    The common ones are counted as what deleting them takes away (``str.translate``, in C),
    not by a Python test per character: a page is measured once or twice as it is read."""
    cjk = "".join(CJK_RE.findall(text))
    if not cjk:
        return 0, 1.0
    common = len(cjk) - len(cjk.translate(_deleting(common_chars())))
    return len(cjk), common / len(cjk)


def common_share(text: str) -> float:
    """Share of CJK characters that are common Traditional characters (1.0 without CJK)."""
    return _cjk_stats(text)[1]


@dataclass(frozen=True)
class PageQuality:
    cjk: int
    common_share: float
    cid: int
    private_use: int
    replacement: int
    chars: int
    controls: int = 0
    alien: int = 0
    letters: int = 0

    def looks_garbled(self, settings: Settings) -> bool:
        if self.cid > 0 or self.controls > 0 or self.replacement > max(2, self.chars // 100):
            return True
        if (
            self.alien >= _MIN_ALIEN
            and self.alien >= _ALIEN_SHARE * self.letters
            and self.alien > self.cjk
        ):
            return True
        return self.cjk >= 10 and self.common_share < settings.min_common_share


# A font whose ToUnicode map is off (glyph ids taken for code points) turns a Chinese
# page into letters of scripts no Taiwanese report is written in: Cyrillic, Armenian,
# Syriac, Devanagari, Thai, Ethiopic, bare Hangul jamo (U+0400–U+1CFF), while its
# digits often stay right. A page where such letters are a large share of all letters
# is mis-decoded when they also outnumber its Han characters (a Russian name on a
# Chinese page does not).
_ALIEN_RE = re.compile(r"[\u0400-\u1cff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_MIN_ALIEN = 8
_ALIEN_SHARE = 0.3


def measure_page(text: str) -> PageQuality:
    n_cjk, share = _cjk_stats(text)
    return PageQuality(
        cjk=n_cjk,
        common_share=share,
        cid=text.count("(cid:"),
        private_use=len(PRIVATE_USE_RE.findall(text)),
        replacement=text.count("\ufffd"),
        chars=len(text),
        controls=len(_CONTROL_RE.findall(text)),
        alien=len(_ALIEN_RE.findall(text)),
        letters=len(_LETTER_RE.findall(text)),
    )


# --------------------------------------------------------------------------- layout


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    # pypdfium2 only: the pen position and the em of a wide (CJK) glyph. Its loose box
    # is the substitute font's glyph box, often wider than the advance, so gaps measured
    # between boxes vary along an evenly spaced line.
    origin: float | None = None
    em: float | None = None
    # The PDF's own text has a space character right before this glyph (one the
    # author typed, not one an engine inferred from a gap).
    spaced: bool = False
    # Text set a quarter turn (a landscape table printed on a portrait page): 1 reads top
    # to bottom, -1 bottom to top. Its box above is in the frame where it reads upright;
    # ``box`` keeps where it stands on the page.
    turn: int = 0
    box: Box | None = None
    # How many ideographic spaces (U+3000) the PDF's own text holds right before this
    # glyph: typists pad a short label to its column's width with them (``盈　餘`` under
    # ``未分配``, ``金　　額``), a whole em each.
    padding: int = 0

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)

    @property
    def wide(self) -> bool:
        return _is_wide(self.text)

    @property
    def start(self) -> float:
        return self.x0 if self.origin is None else self.origin

    @property
    def end(self) -> float:
        """Where the pen stops: origin + em for wide glyphs, else the box's right edge."""
        if self.origin is not None and self.em is not None and self.wide:
            return self.origin + min(self.em, self.x1 - self.x0)
        return self.x1

    @property
    def size(self) -> float:
        """The font's em when known, else the box height."""
        return self.em if self.em is not None else self.height


def glyphs_to_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Cluster glyphs into rows by the vertical centre of their boxes, not by baseline.

    Default tolerances split digits set 1.5–3pt off the CJK baseline into a line of
    their own; a centre within 0.4 glyph heights of the row's keeps ``2026 年第 1 季``
    together. Box overlap alone is not enough: loose (font-height) boxes of tightly
    set lines overlap, and two lines would be merged and interleaved.
    """
    # Each glyph's centre and height worked out once (sorted with its index, so that
    # glyphs tied on centre and left edge keep their order, as a sort by key does).
    # (A list sorted in place, and ``max(h, 0.1)`` written as the comparison it makes.)
    ordered = [
        (
            ((top := g.top) + (bottom := g.bottom)) / 2,
            g.x0,
            k,
            0.1 if (h := bottom - top) < 0.1 else h,
            g,
        )
        for k, g in enumerate(glyphs)
    ]
    ordered.sort()
    rows: list[list[Glyph]] = []
    center_sum = 0.0
    height = 0.0
    for center, _, _, g_height, g in ordered:
        if rows:
            row_center = center_sum / len(rows[-1])
            if abs(center - row_center) <= 0.4 * min(g_height, height):
                rows[-1].append(g)
                center_sum += center
                continue
        rows.append([g])
        center_sum, height = center, g_height
    for row in rows:
        # Centres, not left edges: a wide glyph kerned under a closing bracket starts
        # left of it (seen in a real filing: "(七)關" read as "(七關)").
        row.sort(key=lambda g: g.x0 + g.x1)
    return rows


def _split_fragments(row: list[Glyph], gap: float) -> list[list[Glyph]]:
    frags: list[list[Glyph]] = [[row[0]]]
    for prev, g in itertools.pairwise(row):
        if g.x0 - prev.x1 > gap:
            frags.append([g])
        else:
            frags[-1].append(g)
    return frags


def _is_prose(fragment: list[Glyph]) -> bool:
    """Mostly letters or CJK: a column of text, not the number columns of a statement."""
    letters = sum(1 for g in fragment if g.text.isalpha())
    return letters >= 0.6 * len(fragment)


def find_gutters(
    rows: list[list[Glyph]],
    page_width: float,
    size: float,
    fragments: list[list[list[Glyph]]] | None = None,
) -> list[float]:
    """X positions of column gutters: gaps that separate wide text fragments in many rows.

    ``fragments``: each row split at gaps over 2 ems (``_split_fragments``), when the
    caller has them (``find_side_box`` splits the rows the same way)."""
    wide = 0.18 * page_width
    gaps: list[float] = []
    multi_rows = 0
    if fragments is None:
        fragments = [_split_fragments(row, 2.0 * size) for row in rows]
    for frags in fragments:
        wide_frags = [f for f in frags if f[-1].x1 - f[0].x0 >= wide and _is_prose(f)]
        if len(wide_frags) >= 2:
            multi_rows += 1
            for a, b in itertools.pairwise(wide_frags):
                gaps.append((a[-1].x1 + b[0].x0) / 2)
    # Two rows suffice: slides carry only a few lines per column, and tables never
    # have two wide text fragments side by side.
    if multi_rows < 2:
        return []
    gaps.sort()
    clusters: list[list[float]] = []
    for x in gaps:
        if clusters and x - clusters[-1][-1] <= 3 * size:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [statistics.median(c) for c in clusters if len(c) >= 2]


def order_rows(rows: list[list[Glyph]], gutters: list[float], size: float) -> list[list[Glyph]]:
    """Reading order for column pages: each column top to bottom, spanning rows as fences.

    Only rows between the first and the last row that has text in two columns belong
    to the column band, with the first column's lines running on right under it; a
    title above it or a source line below it stays in place.
    """
    if not gutters:
        return rows
    split: list[tuple[bool, dict[int, list[Glyph]]]] = []
    for row in rows:
        frags = _split_fragments(row, 1.0 * size)
        spans = any(f[0].x0 < gx < f[-1].x1 for f in frags for gx in gutters)
        per_col: dict[int, list[Glyph]] = {}
        for f in frags:
            center = (f[0].x0 + f[-1].x1) / 2
            per_col.setdefault(sum(center > gx for gx in gutters), []).extend(f)
        split.append((spans, per_col))
    multi = [i for i, (spans, cols) in enumerate(split) if not spans and len(cols) >= 2]
    first, last = (multi[0], multi[-1]) if multi else (len(rows), -1)
    # A column that runs on below the other's last line (the end of a note beside a
    # table) is still read as that column, before the columns right of it.
    # Each line right under the last of its own column, within a line's height.
    bottoms = {c: max(g.bottom for g in gs) for i in multi for c, gs in split[i][1].items()}
    while 0 <= last < len(rows) - 1:
        spans, cols = split[last + 1]
        if spans or len(cols) != 1:
            break
        ((col, glyphs),) = cols.items()
        height = max(g.bottom - g.top for g in glyphs)
        if col not in bottoms or min(g.top for g in glyphs) - bottoms[col] > 0.6 * height:
            break
        bottoms[col] = max(g.bottom for g in glyphs)
        last += 1
    out: list[list[Glyph]] = []
    columns: list[list[list[Glyph]]] = [[] for _ in range(len(gutters) + 1)]

    def flush() -> None:
        for col in columns:
            out.extend(col)
            col.clear()

    for i, (row, (spans, per_col)) in enumerate(zip(rows, split, strict=True)):
        if spans or not first <= i <= last:
            flush()
            out.append(row)
            continue
        for col, glyphs in sorted(per_col.items()):
            columns[col].append(glyphs)
    flush()
    return out


# A gap between two wide (CJK) glyphs is a space only when it is this many ems wider
# than the line's usual gap: justified and letter-spaced lines spread every glyph, and
# a reader writes no space inside CJK words (``資 產負債 表``).
CJK_SPACE_EM = 0.35
# Elsewhere (Latin words, a number and its unit) a gap of this share of the line
# height over the line's usual gap is a space.
LATIN_SPACE_SHARE = 0.18
# A space character the PDF itself holds is written when its gap is at least this
# share of the em (a zero-width one is a leftover of the layout program).
TYPED_SPACE_SHARE = 0.1


def row_gaps(row: Sequence[Glyph]) -> list[float]:
    """Gaps between consecutive glyphs, pen end to pen start."""
    return [g.start - prev.end for prev, g in itertools.pairwise(row)]


def space_after(row: Sequence[Glyph]) -> list[bool]:
    """Which gaps of a row a reader would write as a space.

    A gap counts by how much it exceeds the row's typical gap (the median of its
    in-word gaps), so a line spread by justification or letter spacing reads solid
    while column gaps, word spaces and spread cells stay.
    """
    if len(row) < 2:
        return []
    # ``row_gaps``, ``Glyph.size`` and ``Glyph.wide`` worked out here once per glyph
    # (the properties cost a call each, and ``end`` asks ``wide`` again).
    wides = [_is_wide(g.text) for g in row]
    sizes = [g.em if g.em is not None else max(g.bottom - g.top, 0.1) for g in row]
    ends = [
        g.origin + min(g.em, g.x1 - g.x0)
        if g.origin is not None and g.em is not None and wide
        else g.x1
        for g, wide in zip(row, wides, strict=True)
    ]
    gaps = [
        (g.x0 if g.origin is None else g.origin) - end
        for g, end in zip(row[1:], ends, strict=False)
    ]
    em = pdftables.median_of(sizes)
    small = [x for x in gaps if x < 2.0 * em]
    typical = min(max(pdftables.median_of(small), 0.0), 1.5 * em) if len(small) >= 3 else 0.0
    out: list[bool] = []
    for k, gap in enumerate(gaps):
        size = min(sizes[k], sizes[k + 1])
        if row[k + 1].spaced and gap > TYPED_SPACE_SHARE * size:
            out.append(True)
        elif wides[k] and wides[k + 1]:
            out.append(gap - typical > CJK_SPACE_EM * size)
        else:
            threshold = LATIN_SPACE_SHARE * size
            out.append(gap - typical > threshold and gap > threshold)
    # Padding is told last: a padded label's wide gap must not make the glyph before it
    # look like the end of a spread cell (``計  差　　　額``).
    out = _close_spread_cells(row, wides, gaps, out, em)
    return _close_padded_labels(row, wides, gaps, sizes, out)


# A gap made of typed ideographic spaces is padding when it is their count of ems, give
# or take this share of the em (the font's own spacing adds a little).
PADDING_TOLERANCE = 0.25


def _padded(
    row: Sequence[Glyph], wides: list[bool], gaps: list[float], sizes: list[float], k: int
) -> bool:
    """The gap after glyph ``k`` is nothing but the ideographic spaces typed there."""
    pad = row[k + 1].padding
    if not pad or not (wides[k] and wides[k + 1]):
        return False
    size = min(sizes[k], sizes[k + 1])
    return abs(gaps[k] - pad * size) <= PADDING_TOLERANCE * size


def _marks_off(row: Sequence[Glyph], f: int, before: bool) -> bool:
    """The gap ``f`` beside a padded run has a punctuation mark on its far side: a colon
    or comma that ends the text before the run, a bracket that opens or closes round it."""
    text = row[f].text if before else row[f + 1].text
    ch = text[-1:] if before else text[:1]
    return bool(ch) and (ch in _SEPARATING_MARKS or unicodedata.category(ch) in _BRACKETS)


# Marks that end a field or an item of a list (a ``%`` or a dash is no such mark), and the
# categories of brackets and quotation marks.
_SEPARATING_MARKS = frozenset("：:，,、；;")
_BRACKETS = frozenset({"Ps", "Pe", "Pi", "Pf"})


def _close_padded_labels(
    row: Sequence[Glyph],
    wides: list[bool],
    gaps: list[float],
    sizes: list[float],
    spaces: list[bool],
) -> list[bool]:
    """A short label padded to its column's width with typed ideographic spaces
    (``盈　餘`` set as wide as ``未分配`` above it, ``金　　額`` over an amount column,
    a two-character name as wide as the three-character ones): single CJK glyphs whose
    gaps are whole ems of typed U+3000, set apart from the rest of the row (by a space,
    or by an em or more where a row of spread cells raised its usual gap), are one word.

    The spread-cell rule cannot tell two such glyphs from two one-glyph cells
    (``是  否``); the typed spaces can: a cell's gap is the table's, not characters in
    one text run, and a gap of exactly their count of ems is what they made. One glyph
    repeated (``無　無``) is left apart, as marks of narrow cells are."""
    out = list(spaces)
    n = len(gaps)
    k = 0
    while k < n:
        if not (spaces[k] and _padded(row, wides, gaps, sizes, k)):
            k += 1
            continue
        j = k
        while j + 1 < n and spaces[j + 1] and _padded(row, wides, gaps, sizes, j + 1):
            j += 1
        # a mark beside the run ends the text before it or opens the text after it
        # (``董事長：王　明``, ``（陳　華）``): the run is a word of its own there
        marked = [f for f in (k - 1, j + 1) if 0 <= f < n and _marks_off(row, f, f == k - 1)]
        flanks = [f for f in (k - 1, j + 1) if 0 <= f < n and f not in marked]
        alone = all(spaces[f] or gaps[f] >= sizes[f + 1] for f in flanks)
        if alone and len({g.text for g in row[k : j + 2]}) > 1:
            for m in range(k, j + 1):
                out[m] = False
            for f in flanks:  # an em or more off a padded label: another cell
                out[f] = True
        k = j + 1
    return out


def _close_spread_cells(
    row: Sequence[Glyph], wides: list[bool], gaps: list[float], spaces: list[bool], em: float
) -> list[bool]:
    """A table cell spread over its width (``合  計``, ``安 侯 建 業``): single wide glyphs
    at even gaps, set apart from the rest of the row, are one word.

    Set apart from a wide glyph takes a clearly wider gap (the next glyph could be the
    word's own); from a glyph that is not wide (the amount right of a spread label:
    ``營 業 成 本  68,695,725``) any wider gap does, as a CJK word does not run on into a
    number; this for runs of three glyphs or more that are not one glyph repeated
    (``無 無 無``: cells each holding that mark), as two glyphs (``是  否``) may be two cells.
    """
    out = list(spaces)
    n = len(gaps)
    i = 0
    while i < n:
        if not (spaces[i] and wides[i] and wides[i + 1]):
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and spaces[j + 1]
            and wides[j + 2]
            and max(gaps[i : j + 2]) <= 1.6 * min(gaps[i : j + 2])
        ):
            j += 1
        inner = max(gaps[i : j + 1])
        # a spread word of three glyphs or more (two even gaps: a divided slack) that
        # are not one glyph repeated; two glyphs (``是  否``, ``合  計``) tell nothing
        word = j > i and len({g.text for g in row[i : j + 2]}) > 1
        # the gaps that set the run apart, each with the glyph across it
        before = _flank(gaps[i - 1], wides[i - 1], inner, word) if i > 0 else math.inf
        after = _flank(gaps[j + 1], wides[j + 2], inner, word) if j + 1 < n else math.inf
        if inner < 4.0 * em and min(before, after) > 1.8 * inner:
            for k in range(i, j + 1):
                out[k] = False
        i = j + 1
    return _close_distributed_row(row, gaps, out)


def _flank(gap: float, wide: bool, inner: float, word: bool) -> float:
    """A gap that sets a spread run apart, as ``_close_spread_cells`` weighs it: for a
    run that can be a spread word (``word``) with a glyph across the gap that is not
    wide (a digit, a Latin letter), any gap wider than the run's own counts as clearly
    wider (infinite)."""
    if word and not wide and gap > inner:
        return math.inf
    return gap


def _close_distributed_row(
    row: Sequence[Glyph], gaps: list[float], spaces: list[bool]
) -> list[bool]:
    """A line set with distributed alignment (``中  華  民  國  114  年  5  月  13  日``
    under an auditor's signatures): short words at one even gap across the whole line,
    most of them single CJK glyphs, are one phrase."""
    cut = [k for k, sp in enumerate(spaces) if sp]
    if len(cut) < 4:
        return spaces
    widths = [gaps[k] for k in cut]
    if max(widths) > 1.15 * min(widths):
        return spaces
    bounds = [0, *(k + 1 for k in cut), len(row)]
    words = [row[a:b] for a, b in itertools.pairwise(bounds)]
    single = sum(1 for w in words if len(w) == 1 and w[0].wide)
    if all(len(w) <= 4 for w in words) and single >= 3 and single >= len(words) / 2:
        return [False] * len(spaces)
    return spaces


def rows_to_text(rows: list[list[Glyph]]) -> tuple[str, list[Box | None]]:
    """Text of rows with a parallel box per character (None for inserted spaces/newlines)."""
    parts: list[str] = []
    boxes: list[Box | None] = []
    for r, row in enumerate(rows):
        if r:
            parts.append("\n")
            boxes.append(None)
        spaces = [False, *space_after(row)]
        for g, space in zip(row, spaces, strict=True):
            if space:
                parts.append(" ")
                boxes.append(None)
            parts.append(g.text)
            box = g.box or (g.x0, g.top, g.x1, g.bottom)
            if len(g.text) == 1:  # nearly every glyph: no list made for its one box
                boxes.append(box)
            else:
                boxes.extend([box] * len(g.text))
    return "".join(parts), boxes


def _one_line(a: list[Glyph], b: list[Glyph]) -> bool:
    """Two fragments of a row set as one line (a table's label and its next cell): the
    same type size on the same baseline. A side box's line only shares a row with a
    table's row by chance, in its own size or off its baseline."""
    ha = statistics.median(g.bottom - g.top for g in a)
    hb = statistics.median(g.bottom - g.top for g in b)
    if abs(ha - hb) > 0.15 * max(ha, hb):
        return False
    base_a = statistics.median(g.bottom for g in a)
    base_b = statistics.median(g.bottom for g in b)
    return abs(base_a - base_b) <= 0.25 * min(ha, hb)


def find_side_box(
    rows: list[list[Glyph]], size: float, fragments: list[list[list[Glyph]]] | None = None
) -> list[float]:
    """The gutter beside a slide's side text box (a title or a note set beside a table).

    The box's few lines share text lines with the table's rows, which read as one
    (``合併資產負債表 其他非流動資產 97,155``). A gutter qualifies when no text crosses it
    over the box's height, the box holds prose on two or more lines, most of its lines
    stand alone (a table's text column has a line beside nearly every row, in its type
    size on its baseline; a title in large type or a note in small type beside a table's
    rows stands alone however the rows fall), and nearly
    every line across the gutter starts with a word (a row label), not a number (a
    statement's label column stands left of its amounts). ``fragments``: as
    ``find_gutters`` takes them.
    """
    frags = [_split_fragments(row, 2.0 * size) for row in rows] if fragments is None else fragments
    candidates = sorted(
        {
            round((a[-1].x1 + b[0].x0) / 2)
            for row in frags
            for a, b in itertools.pairwise(row)
            if _is_prose(a)
        }
    )
    for x in candidates:
        left = [i for i, row in enumerate(frags) if any(f[-1].x1 < x for f in row)]
        if len(left) < 2 or not all(_is_prose(f) for i in left for f in frags[i] if f[-1].x1 < x):
            continue
        band = range(left[0], left[-1] + 1)
        if any(f[0].x0 < x < f[-1].x1 for i in band for f in frags[i]):
            continue
        right = [
            next(f for f in frags[i] if f[0].x0 > x)
            for i in band
            if any(f[0].x0 > x for f in frags[i])
        ]
        both = 0
        for i in left:
            inner = [f for f in frags[i] if f[-1].x1 < x][-1]
            outer = next((f for f in frags[i] if f[0].x0 > x), None)
            both += outer is not None and _one_line(inner, outer)
        worded = sum(1 for f in right if f[0].text.isalpha())
        if len(right) >= 3 and worded >= 0.8 * len(right) and both < 0.5 * len(left):
            return [_past_box_line(frags, band, x, min(f[0].x0 for f in right))]
    return []


def _past_box_line(
    frags: list[list[list[Glyph]]], band: range, x: float, right_start: float
) -> float:
    """The gutter moved right of a box line just above or below the band that reaches
    past it (a side title's first line, longer than the lines under it) but stops short
    of the other side's text: that line is the box's too, not a row across the gutter."""
    edge = max(f[-1].x1 for i in band for f in frags[i] if f[-1].x1 < x)
    lo = min(f[0].x0 for i in band for f in frags[i] if f[-1].x1 < x)
    for step, start in ((-1, band.start - 1), (1, band.stop)):
        i = start
        while 0 <= i < len(frags):
            first = frags[i][0]
            if first[0].x0 < right_start - 1.0:  # not a row of the other side alone
                if not (abs(first[0].x0 - lo) < 0.5 * (x - lo) and x < first[-1].x1 < right_start):
                    break
                if not any(f[0].x0 >= right_start - 1.0 for f in frags[i][1:]):
                    break
                edge = max(edge, first[-1].x1)
            i += step
    return float(round((edge + right_start) / 2))


def layout_glyphs(
    glyphs: list[Glyph], page_width: float, page_height: float | None = None
) -> tuple[str, list[Box | None], bool]:
    """Glyphs to reading-order text; also whether a multi-column layout was found.

    Text set a quarter turn is laid out in its own upright frame (whose width is the
    page's height) after the page's upright text: read in the page's frame, each of its
    lines would become a column of glyphs, every glyph a word of its own."""
    glyphs = [g for g in glyphs if g.text.strip()]
    turned = [g for g in glyphs if g.turn]
    if not turned:
        return _layout(glyphs, page_width)
    parts = []
    columns = False
    for turn in (0, 1, -1):
        group = [g for g in glyphs if g.turn == turn]
        if group:
            width = page_width if not turn else (page_height or max(g.x1 for g in group))
            parts.append(_layout(group, width))
            columns = columns or parts[-1][2]
    text = "\n".join(t for t, _, _ in parts)
    boxes: list[Box | None] = []
    for k, (_, bs, _) in enumerate(parts):
        boxes.extend([None] if k else [])
        boxes.extend(bs)
    return text, boxes, columns


def _layout(glyphs: list[Glyph], page_width: float) -> tuple[str, list[Box | None], bool]:
    if not glyphs:
        return "", [], False
    size = pdftables.median_of([max(g.bottom - g.top, 0.1) for g in glyphs])
    rows = glyphs_to_rows(glyphs)
    # the rows split at 2-em gaps once, for both gutter finders (neither changes them)
    fragments = [_split_fragments(row, 2.0 * size) for row in rows]
    gutters = find_gutters(rows, page_width, size, fragments) or find_side_box(
        rows, size, fragments
    )
    rows = order_rows(rows, gutters, size)
    text, boxes = rows_to_text(rows)
    return text, boxes, bool(gutters)


# --------------------------------------------------------------------------- pdf engines


def plumber_glyphs(page: Any) -> tuple[list[Glyph], int]:
    """pdfplumber chars a reader can see, deduplicated (fake-bold text is drawn twice),
    and how many were hidden: outside the page box, or white on white (pdfminer does
    not track clip paths).

    Same rule as pdfplumber's ``dedupe_chars(tolerance=1)`` — an identical character
    within 1pt of another is a copy — in one hashing pass instead of its sort, which
    cost a quarter of the page time.
    """
    x0_page, top_page, x1_page, bottom_page = (float(v) for v in page.bbox)
    width, height = float(page.width), float(page.height)
    glyphs: list[Glyph] = []
    hidden = 0
    backgrounds: list[Box] | None = None
    typed_space = False
    padding = 0
    for c in page.chars:
        if not c["text"].strip():
            typed_space = True
            padding += c["text"] == "\u3000"
            continue
        x0, top, x1, bottom = (float(c[k]) for k in ("x0", "top", "x1", "bottom"))
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        visible = x0_page <= cx <= x1_page and top_page <= cy <= bottom_page
        if visible and _is_white(c.get("non_stroking_color")):
            if backgrounds is None:
                backgrounds = _plumber_backgrounds(page)
            visible = any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in backgrounds)
        if not visible:
            hidden += 1
            continue
        text = unified_text(c["text"])  # 金 drawn as U+F90A is 金, as on pdfium's path
        matrix = c.get("matrix")
        turn = matrix_turn(matrix)
        if turn:
            # Set a quarter turn: laid out in its upright frame, as pdfium's reading is
            # (pdfminer's box of a turned glyph already runs along its advance; the em
            # is the text matrix's scale).
            a, b, cc, d = (float(v) for v in matrix[:4])
            em = math.sqrt(abs(a * d - b * cc)) or max(bottom - top, x1 - x0)
            box = (x0, top, x1, bottom)
            glyphs.append(_turned(text, box, em, typed_space, turn, width, height, None, padding))
        else:
            glyphs.append(Glyph(text, x0, top, x1, bottom, spaced=typed_space, padding=padding))
        typed_space = False
        padding = 0
    return _dedupe_glyphs(glyphs), hidden


def _is_white(color: Any) -> bool:
    """A pdfminer fill colour that is white: gray 1, RGB 1 1 1 or CMYK 0 0 0 0."""
    if not isinstance(color, (tuple, list)) or not color:
        return False
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):  # a pattern name
        return False
    if len(values) == 4:
        return max(values) <= 1 - _WHITE / 255
    return min(values) >= _WHITE / 255


def _plumber_backgrounds(page: Any) -> list[Box]:
    """Top-down boxes of images and of shapes filled with a colour other than white."""
    boxes: list[Box] = [
        (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in page.images
    ]
    for o in page.rects + page.curves:
        if o.get("fill") and not _is_white(o.get("non_stroking_color")):
            boxes.append((float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])))
    return boxes


@dataclass
class PdfiumPage:
    """What pypdfium2 read from one page: visible glyphs, size, and how many were hidden."""

    glyphs: list[Glyph]
    width: float
    height: float
    hidden: int = 0
    # Table-finding geometry read from the same page and text page (asked for only).
    geometry: pdftables.PageGeometry | None = None
    big5: int = 0  # glyphs read as the Big5 codes of their glyph ids


def pdfium_glyphs(pdf: Any, index: int, geometry: bool = False, big5: bool = False) -> PdfiumPage:
    """Chars with loose (font-height) boxes from pypdfium2, in pdfplumber's top-down coordinates.

    Characters a reader cannot see are dropped and counted: drawn outside the page box,
    clipped away, or white on a white page. ``geometry`` also reads the table finder's
    glyphs and rulings while the page and its text page are loaded (loading them is
    most of the cost of reading a page), in the same pass over the characters.
    ``big5`` reads the glyph ids of Big5-ordered fonts with no ToUnicode map as the
    characters they draw (asked for on a page that read as garbled).
    """
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        visible = _VisibleArea(page)
        try:
            glyphs: list[Glyph] = []
            finder_chars: list[dict[str, Any]] | None = [] if geometry else None
            hidden = 0
            typed_space = False
            padding = 0
            origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
            raw = textpage.raw
            rect = pdfium_c.FS_RECTF()
            # The per-glyph calls by address (see ``_glyph_calls``): the text page, the
            # box and the origin's fields are plain ints.
            get_unicode, text_index, box_at, origin_at, text_object = _glyph_calls()
            page_at: int = ctypes.cast(raw, ctypes.c_void_p).value or 0
            rect_at = ctypes.addressof(rect)
            # The box's four floats in one call (reading each ctypes field costs one).
            sides = functools.partial(_RECT_SIDES.unpack_from, rect)
            x_at, y_at = ctypes.addressof(origin_x), ctypes.addressof(origin_y)
            count = pdfium_c.FPDFText_CountChars(raw)
            # Whether every character is in the page's text (none left out, its text
            # index its own index), asked once for the page instead of once a glyph:
            # pdfium maps text indices to character indices in increasing order, so the
            # last text index reaching the last character leaves no room for a character
            # left out. It holds on every page of the bench's report and of the 7 real
            # PDFs; a page where it does not asks each character.
            all_in_text = (
                count > 0
                and pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, count - 1) == count - 1
            )
            objects = visible.objects
            # ``_inside(visible.box, x, y)``'s bounds, worked out once per page.
            box_left, box_bottom, box_right, box_top = visible.box
            lo_x, hi_x = box_left - 0.5, box_right + 0.5
            lo_y, hi_y = box_bottom - 0.5, box_top + 0.5
            left = bottom = right = top = 0.0
            fonts = _Big5Fonts() if big5 else None
            codes = _page_codes(raw, count, get_unicode, page_at) if all_in_text else None
            code_info = _CODES.get
            for i in range(count):
                code = get_unicode(page_at, i) if codes is None else codes[i]
                if fonts is not None:
                    code = fonts.code(raw, i, code)
                if 0xD800 <= code <= 0xDFFF:
                    # Half a surrogate pair: left out of the text (as ``get_text_range``
                    # reads it); the finder joins the pair.
                    if finder_chars is not None:
                        inked = pdftables.inked_text(raw, i, count, code)
                        if inked is not None:
                            box_at(page_at, i, rect_at)
                            finder_chars.append(pdftables.char_record(inked, rect, height))
                    continue
                ch, solid, kept, wide = code_info(code) or _code_info(code)
                boxed = False
                if finder_chars is not None and kept:
                    boxed = bool(box_at(page_at, i, rect_at))
                    # The box read once: the finder's record and the glyph below share it.
                    left, top, right, bottom = sides()
                    # ``pdftables.char_record_at``'s record, written here (a call per
                    # glyph cost as much as the record)
                    finder_chars.append(
                        {
                            "text": ch,
                            "x0": left,
                            "x1": right,
                            "top": height - top,
                            "bottom": height - bottom,
                            "size": top - bottom,
                        }
                    )
                # The character as ``PdfTextPage.get_text_range(i, 1)`` reads it: none when
                # left out of the page's text (two raw calls instead of pypdfium2's six;
                # checked char for char on real files).
                if not all_in_text and text_index(page_at, i) == -1:
                    continue
                if not solid:
                    if code == 0x3000:  # an ideographic space: counted (``Glyph.padding``)
                        if not pdfium_c.FPDFText_IsGenerated(raw, i):
                            typed_space = True
                            padding += 1
                    elif not typed_space:
                        typed_space = ch in (" ", "\xa0") and not pdfium_c.FPDFText_IsGenerated(
                            raw, i
                        )
                    continue
                if not boxed:
                    if not box_at(page_at, i, rect_at):
                        raise pypdfium2.PdfiumError("Failed to get charbox.")
                    left, top, right, bottom = sides()
                x, y = (left + right) / 2, (bottom + top) / 2
                if not (lo_x <= x <= hi_x and lo_y <= y <= hi_y):
                    hidden += 1
                    continue
                key = text_object(page_at, i) or 0
                obj = objects.get(key) or visible.text_object(page_at, i, key)
                if obj.clipped or (obj.white and not visible.on_background(x, y)):
                    hidden += 1
                    continue
                if obj.turn:
                    if boxed and finder_chars:  # the finder reads the page in its turned frame
                        finder_chars[-1]["turn"] = obj.turn
                    # the glyph's box runs along the page's height: its width is its height
                    em = obj.em((top - bottom) if wide else (right - left))
                    box = (left, height - top, right, height - bottom)
                    # The pen position along the turned line, as for upright text: the
                    # loose box of a turned glyph runs past its advance too.
                    origin_at(page_at, i, x_at, y_at)
                    glyphs.append(
                        _turned(
                            ch,
                            box,
                            em,
                            typed_space,
                            obj.turn,
                            width,
                            height,
                            origin_y.value,
                            padding,
                        )
                    )
                    typed_space = False
                    padding = 0
                    continue
                origin_at(page_at, i, x_at, y_at)
                upright_em = obj.fixed_em
                if upright_em is None:
                    upright_em = obj.em((right - left) if wide else (top - bottom))
                glyphs.append(
                    Glyph(
                        ch,
                        left,
                        height - top,
                        right,
                        height - bottom,
                        origin_x.value,
                        upright_em,
                        typed_space,
                        0,
                        None,
                        padding,
                    )
                )
                typed_space = False
                padding = 0
            shapes = (
                pdftables.pdfium_geometry(page, textpage=textpage, chars=finder_chars)
                if geometry
                else None
            )
        finally:
            textpage.close()
    finally:
        page.close()
    big5_read = fonts.read if fonts is not None else 0
    return PdfiumPage(_dedupe_glyphs(glyphs), width, height, hidden, shapes, big5_read)


def _page_codes(
    raw: Any, count: int, get_unicode: Callable[..., Any], page_at: int
) -> array.array[int] | None:
    """Every character's ``FPDFText_GetUnicode`` answer, read from the page's text in one
    ``FPDFText_GetText`` call instead of one call per character; None when the text's
    length says a unit is not its character's (read each character then).

    Called only when every character is in the page's text under its own index
    (``pdfium_glyphs``' check): pdfium's text buffer then holds one unit per character,
    in character order, and that unit is the character's Unicode value (pdfium builds
    the buffer and the character list side by side: ``CPDF_TextPage::ProcessTextObject``,
    ``CloseTempLine``, ``AddCharInfoBy*Direction``, the generated spaces and ``\r\n``),
    with two exceptions, both written as U+FFFE: a hyphen that ends a line (its
    character holds 0x2) and a character whose font maps it to U+0000. Those positions
    are asked one by one. A character beyond the Basic Multilingual Plane is left out of
    the UCS-2 text (or written as two units by older pdfium): the count returned is then
    not the page's, and the caller asks every character."""
    import pypdfium2.raw as pdfium_c

    # Room for two units a character: older pdfium wrote a surrogate pair for one.
    buffer = (ctypes.c_ushort * (2 * count + 2))()
    if pdfium_c.FPDFText_GetText(raw, 0, count, buffer) != count + 1:  # units + the NUL
        return None
    # The units as one array, not a list of int objects: a list of a page's characters
    # made and dropped on every page left the heap fragmented (+4 MiB of peak RSS on
    # the 204-page report); an array's items become ints only as they are read.
    codes = array.array("H")
    codes.frombytes(ctypes.string_at(buffer, 2 * count))
    at = -1
    with contextlib.suppress(ValueError):
        while True:
            at = codes.index(_PDFIUM_MARK, at + 1)
            code = get_unicode(page_at, at)
            if code > 0xFFFF:
                return None
            codes[at] = code
    return codes


# What pdfium's text buffer holds for a line-ending hyphen and a character mapped to
# U+0000 (their ``GetUnicode`` answers are 0x2 and 0).
_PDFIUM_MARK = 0xFFFE


def _turned(
    ch: str,
    box: Box,
    em: float,
    spaced: bool,
    turn: int,
    width: float,
    height: float,
    origin_y: float | None = None,
    padding: int = 0,
) -> Glyph:
    """A glyph of text set a quarter turn, its box in the frame where that text reads
    upright: read top to bottom, the frame's top is the page's right edge; read bottom
    to top, its left edge. ``origin_y``: the pen position on the page (PDF space, y up),
    which runs along the turned line: its origin in that frame."""
    x0, top, x1, bottom = box
    if turn > 0:
        frame = (top, width - x1, bottom, width - x0)
        origin = None if origin_y is None else height - origin_y
    else:
        frame = (height - bottom, x0, height - top, x1)
        origin = origin_y
    return Glyph(ch, *frame, origin, em, spaced, turn, box, padding)


# ``FS_RECTF``'s fields in their order: left, top, right, bottom (C floats).
_RECT_SIDES = struct.Struct("4f")
# A fill colour's channels (C unsigned ints) and an ``FS_MATRIX``'s six C floats.
_RGBA = struct.Struct("4I")
_MATRIX = struct.Struct("6f")


@functools.cache
def _glyph_calls() -> tuple[Callable[..., Any], ...]:
    """pdfium's per-glyph text-page calls with every argument a plain int (an address or
    an index): ``FPDFText_GetUnicode``, ``GetTextIndexFromCharIndex``,
    ``GetLooseCharBox``, ``GetCharOrigin`` and ``GetTextObject`` (its object's address
    as an int: a cheap dictionary key for what is read once per text object).

    The same C functions as pypdfium2's bindings, whose typed pointer arguments ctypes
    checks and converts on every call: about a third of each call's cost, and a page
    of 800 glyphs makes 4,000 of them.
    """
    import pypdfium2.raw as pdfium_c

    page, index, ptr = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
    return (
        by_address(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, page, index),
        by_address(pdfium_c.FPDFText_GetTextIndexFromCharIndex, ctypes.c_int, page, index),
        by_address(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, page, index, ptr),
        by_address(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int, page, index, ptr, ptr),
        by_address(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, page, index),
    )


@dataclass(frozen=True, slots=True)
class _TextObject:
    """What pdfium says about a text object, the same for each of its glyphs: whether it
    is clipped away, whether it is filled white, its font size and that size scaled by
    its text matrix (None when pdfium gives no matrix)."""

    clipped: bool
    white: bool
    size: float
    scaled: float | None
    turn: int = 0  # set a quarter turn: 1 reads top to bottom, -1 bottom to top
    # ``em``'s answer when it does not depend on the reference (no scaled reading, or
    # the same as the size, and a positive size): read per glyph without the call.
    fixed_em: float | None = None

    def em(self, reference: float) -> float:
        """The em of a glyph in page points.

        pdfium reports the font size sometimes before and sometimes after the text
        matrix scales it (1.0 on slides that scale by the matrix), so of the two
        readings take the one nearer ``reference``: the loose box width of a wide glyph
        (its advance, or more), the loose box height of any other.
        """
        best = self.size
        if self.scaled is not None and abs(self.scaled - reference) < abs(best - reference):
            best = self.scaled
        return best if best > 0 else max(reference, 0.1)


# A DynaLab font (``DF…``: 標楷體 is ``DFKaiShu-SB-Estd-BF``) named with the Big5 CMap
# it was set with, kept when a converter re-embeds it under Identity-H with no
# ToUnicode map (``AOGJLL+DFKaiShu-SB-Estd-BF-ETen-B5-H``): its glyphs are in Big5
# code order (``pipeline.chars.big5_glyph_char``). Other fonts named so are not
# (``MicrosoftJhengHeiRegular-ETen-B5-H``, ``PMingLiU-ETen-B5-H`` read as other words).
_BIG5_FONT_RE = re.compile(r"(?:^|\+)DF[A-Za-z]+-\S*ETen-B5-[HV]$")


class _Big5Fonts:
    """Which fonts of a page are Big5-ordered, by name, each name read once."""

    def __init__(self) -> None:
        self.names: dict[bytes, bool] = {}
        self._buffer = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self.read = 0  # glyphs read as Big5 codes

    def code(self, raw: Any, index: int, code: int) -> int:
        """The code point of glyph ``index``: pdfium's, or the one its glyph id draws."""
        import pypdfium2.raw as pdfium_c

        if code <= 0x20 or 0xD800 <= code <= 0xDFFF:
            return code
        pdfium_c.FPDFText_GetFontInfo(raw, index, self._buffer, 256, self._flags)
        name = self._buffer.value
        ordered = self.names.get(name)
        if ordered is None:
            ordered = self.names[name] = bool(_BIG5_FONT_RE.search(name.decode("latin-1")))
        if not ordered:
            return code
        ch = big5_glyph_char(code)
        if ch is None:
            return 0xFFFD
        self.read += 1
        return ord(ch)


@functools.cache
def _is_wide(ch: str) -> bool:
    wide = _WIDE.get(ch)
    if wide is None:
        # Asked for every glyph by the page read and again by the layout: a page
        # repeats a few hundred characters, so each is looked up once, not per glyph.
        if len(_WIDE) >= _MEMO_MAX:
            _WIDE.clear()  # a worker's memory must not grow with every document it reads
        wide = _WIDE[ch] = unicodedata.east_asian_width(ch[:1]) in ("W", "F")
    return wide


_WIDE: dict[str, bool] = {}
# Entries a per-character memo keeps: the characters of a few reports (≈ 1 MB at most).
_MEMO_MAX = 4096


def _code_info(code: int) -> tuple[str, bool, bool, bool]:
    """What the page read asks of a character code, the same for every glyph of it and
    worked out once, not per glyph: its string, whether it is solid (not blank), whether
    the table finder keeps it (``inked_text``: not a control, space or other blank)
    and whether it is wide. The memo is emptied when it holds ``_MEMO_MAX`` codes."""
    info = _CODES.get(code)
    if info is None:
        if len(_CODES) >= _MEMO_MAX:
            _CODES.clear()
        ch = unified_ideograph(chr(code))  # 金 drawn as U+F90A is 金
        solid = bool(ch.strip())
        info = _CODES[code] = (ch, solid, solid and code > 32 and code not in _BLANKS, _is_wide(ch))
    return info


_CODES: dict[int, tuple[str, bool, bool, bool]] = {}


# Blank characters the table finder skips besides controls and spaces (``inked_text``).
_BLANKS = frozenset((0xA0, 0x3000, 0xFFFE))

# Fill colours at or above this on every channel count as white.
_WHITE = 245


class _VisibleArea:
    """Where a character can be seen on a pypdfium2 page: inside the page box, inside its
    clip path, and not white on white (a filled shape or an image behind it shows it)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        # The crop box is what pdfium shows (real filings have crop boxes wider than
        # their media box, and their text shows).
        self.box = tuple(page.get_cropbox())
        self._backgrounds: list[Box] | None = None
        # Text objects seen on the page by address (0, no object, is never stored).
        self.objects: dict[int, _TextObject] = {}
        # The fill colour's four channels and the text matrix, written by pdfium for
        # every object and each read in one ``struct`` unpack (a ctypes field read costs
        # as much as the unpack of all of them).
        self._rgba = (ctypes.c_uint * 4)()
        self._matrix = (ctypes.c_float * 6)()  # an ``FS_MATRIX``: a, b, c, d, e, f
        at = ctypes.addressof(self._rgba)
        self._addresses = tuple(at + 4 * k for k in range(4))  # as the calls take them
        self._matrix_at = ctypes.addressof(self._matrix)
        # One record per distinct reading: a report's objects repeat a few sizes and
        # colours, and a frozen dataclass costs more to build than to look up.
        self._readings: dict[tuple[bool, bool, float, float | None, int], _TextObject] = {}
        self._calls = _object_calls()

    def text_object(self, page_at: int, index: int, key: int) -> _TextObject:
        """Read the text object glyph ``index`` belongs to (``key``: its address, 0 for
        none) and remember it in ``objects``: clip, fill colour, font size and matrix are
        the object's, the same for each of its glyphs. ``page_at``: the text page's
        address (the calls go by address, see ``_object_calls``)."""
        calls = self._calls
        # Clipped away only under a clip path with a path in it (every text object of a
        # generated report has a clip path holding none): asked here in two calls, the
        # whole test only then.
        clip = calls.clip_path(key) if key else 0
        clipped = bool(clip) and calls.count_paths(clip) > 0 and _clipped_away(key)
        white = False
        if calls.fill_color(page_at, index, *self._addresses):
            r, g, b, _ = _RGBA.unpack_from(self._rgba)
            white = min(r, g, b) >= _WHITE
        size = float(calls.font_size(page_at, index))
        scaled = None
        turn = 0
        if calls.matrix(page_at, index, self._matrix_at):
            a, b_, c, d, _, _ = _MATRIX.unpack_from(self._matrix)
            scaled = size * math.sqrt(abs(a * d - b_ * c))
            # the text's direction, along the y axis or not: ``matrix_turn((a, b_))``
            # written out (a call and a tuple per text object)
            turn = (1 if b_ < 0 else -1) if abs(b_) > 4 * abs(a) else 0
        reading = (clipped, white, size, scaled, turn)
        info = self._readings.get(reading)
        if info is None:
            fixed = size if (scaled is None or scaled == size) and size > 0 else None
            info = self._readings[reading] = _TextObject(*reading, fixed)
        if key:
            self.objects[key] = info
        return info

    def on_background(self, x: float, y: float) -> bool:
        """A filled shape or an image lies under (x, y): white text there shows."""
        return any(_inside(box, x, y) for box in self.backgrounds())

    def backgrounds(self) -> list[Box]:
        """Boxes of images and of shapes filled with a colour other than white."""
        if self._backgrounds is None:
            import pypdfium2.raw as pdfium_c

            boxes: list[Box] = []
            kinds = (
                pdfium_c.FPDF_PAGEOBJ_PATH,
                pdfium_c.FPDF_PAGEOBJ_IMAGE,
                pdfium_c.FPDF_PAGEOBJ_SHADING,
            )
            for obj in self.page.get_objects(filter=kinds, max_depth=3):
                if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH and not _filled_dark(obj.raw):
                    continue
                boxes.append(tuple(obj.get_bounds()))
            self._backgrounds = boxes
        return self._backgrounds


def _inside(box: Box, x: float, y: float) -> bool:
    left, bottom, right, top = box
    return left - 0.5 <= x <= right + 0.5 and bottom - 0.5 <= y <= top + 0.5


def _filled_dark(path: Any) -> bool:
    """A path filled with a colour that is not white."""
    import pypdfium2.raw as pdfium_c

    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(path, mode, stroke) or mode.value == 0:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(path, r, g, b, a):
        return False
    return a.value > 0 and min(r.value, g.value, b.value) < _WHITE


def _clipped_away(obj: int) -> bool:
    """A text object (``obj``: its address) drawn wholly outside its clip path.

    Compared in the object's own coordinates (pdfium gives the object's bounds and its
    clip path in the space before the page's transform, not in the page space of the
    character boxes), and for the whole object: partly clipped text is kept.
    """
    calls = _object_calls()
    clip = _clip_box(obj)
    if clip is None:
        return False
    left, bottom, right, top = calls.floats
    if not calls.bounds(obj, *calls.float_addresses):
        return False
    return (
        right.value < clip[0] - 0.5
        or left.value > clip[2] + 0.5
        or top.value < clip[1] - 0.5
        or bottom.value > clip[3] + 0.5
    )


def _clip_box(obj: int) -> Box | None:
    """Bounding box of the intersection of a page object's clip paths (object space;
    ``obj``: the object's address)."""
    calls = _object_calls()
    clip = calls.clip_path(obj)
    if not clip:
        return None
    box: Box | None = None
    x, y = calls.floats[:2]
    x_at, y_at = calls.float_addresses[:2]
    for p in range(calls.count_paths(clip)):
        xs: list[float] = []
        ys: list[float] = []
        for k in range(calls.count_segments(clip, p)):
            seg = calls.segment(clip, p, k)
            if seg and calls.point(seg, x_at, y_at):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        part = (min(xs), min(ys), max(xs), max(ys))
        box = (
            part
            if box is None
            else (
                max(box[0], part[0]),
                max(box[1], part[1]),
                min(box[2], part[2]),
                min(box[3], part[3]),
            )
        )
    return box


@dataclass(frozen=True, slots=True)
class _ObjectCalls:
    """pdfium's calls for what a text object holds (fill colour, font size, matrix; its
    clip path and bounds), each taking plain ints (addresses, indices) like
    ``_glyph_calls``, and the float cells they write into (with their addresses).

    A generated report has about one text object for every three glyphs (44 k on 204
    pages), each read with about fifteen calls: the typed bindings' per-call pointer
    checks cost as much again as the calls."""

    fill_color: Callable[..., Any]
    font_size: Callable[..., Any]
    matrix: Callable[..., Any]
    bounds: Callable[..., Any]
    clip_path: Callable[..., Any]
    count_paths: Callable[..., Any]
    count_segments: Callable[..., Any]
    segment: Callable[..., Any]
    point: Callable[..., Any]
    floats: tuple[ctypes.c_float, ...]
    float_addresses: tuple[int, ...]


@functools.cache
def _object_calls() -> _ObjectCalls:
    import pypdfium2.raw as pdfium_c

    ptr, index = ctypes.c_void_p, ctypes.c_int
    yes = ctypes.c_int  # FPDF_BOOL
    floats = tuple(ctypes.c_float() for _ in range(4))
    return _ObjectCalls(
        by_address(pdfium_c.FPDFText_GetFillColor, yes, ptr, index, ptr, ptr, ptr, ptr),
        by_address(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, ptr, index),
        by_address(pdfium_c.FPDFText_GetMatrix, yes, ptr, index, ptr),
        by_address(pdfium_c.FPDFPageObj_GetBounds, yes, ptr, ptr, ptr, ptr, ptr),
        by_address(pdfium_c.FPDFPageObj_GetClipPath, ptr, ptr),
        by_address(pdfium_c.FPDFClipPath_CountPaths, ctypes.c_int, ptr),
        by_address(pdfium_c.FPDFClipPath_CountPathSegments, ctypes.c_int, ptr, index),
        by_address(pdfium_c.FPDFClipPath_GetPathSegment, ptr, ptr, index, index),
        by_address(pdfium_c.FPDFPathSegment_GetPoint, yes, ptr, ptr, ptr),
        floats,
        tuple(ctypes.addressof(f) for f in floats),
    )


# A copy of a glyph offset by up to this share of its height (and half its width) is
# the same glyph drawn again: fake bold (0.3pt), or a title's drop shadow (1-3pt at
# 24-36pt), which came out as ``連連線線``. Never more than SHADOW_MAX points.
SHADOW_SHARE = 0.15
SHADOW_MAX = 4.0


def _dedupe_glyphs(glyphs: list[Glyph], tol: float = 1.0) -> list[Glyph]:
    """Drop a glyph drawn again close to an identical one (fake bold, drop shadows)."""
    # text -> grid row -> grid column -> glyphs: a character's first appearance on a
    # page (most of them) costs one lookup, a repeated one a few integer lookups.
    seen: dict[str, dict[int, dict[int, list[Glyph]]]] = {}
    out: list[Glyph] = []
    for g in glyphs:
        kx, ky = int(g.x0 // SHADOW_MAX), int(g.top // SHADOW_MAX)
        rows = seen.get(g.text)
        if rows is None:
            seen[g.text] = {ky: {kx: [g]}}
            out.append(g)
            continue
        near: list[Glyph] = []
        for dy in (-1, 0, 1):
            row = rows.get(ky + dy)
            if row:
                for dx in (-1, 0, 1):
                    cell = row.get(kx + dx)
                    if cell:
                        near.extend(cell)
        if near:  # most glyphs have no twin nearby: the limit is worked out only for those
            limit = max(tol, min(SHADOW_SHARE * g.height, 0.5 * (g.x1 - g.x0), SHADOW_MAX))
            if any(
                abs(prev.x0 - g.x0) <= limit and abs(prev.top - g.top) <= limit for prev in near
            ):
                continue
        rows.setdefault(ky, {}).setdefault(kx, []).append(g)
        out.append(g)
    return out


def _open_pdfium(path: Path) -> Any:
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path), password="")
    except pypdfium2.PdfiumError as e:
        msg = str(e).lower()
        # PDFium's last error is per thread and a failed load need not set it: a damaged
        # file opened after an encrypted one reports "Incorrect password". Only a file
        # that declares an /Encrypt dictionary is encrypted.
        if "password" in msg and _declares_encryption(path):
            raise EncryptedPDFError(
                f"{path.name}: encrypted PDF that needs a password to open"
            ) from e
        raise CorruptPDFError(f"{path.name}: damaged PDF, no engine can read it ({e})") from e


def _declares_encryption(path: Path) -> bool:
    """Whether the file names an ``/Encrypt`` dictionary (in its trailer or xref stream)."""
    if path.stat().st_size == 0:
        return False
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return m.find(b"/Encrypt") >= 0


TableFinder = Callable[[Any, int, str], list[PdfTable]]


def _default_table_finder() -> TableFinder:
    def run(page: Any, number: int, text: str) -> list[PdfTable]:
        if not pdftables.page_may_have_table(page, text):
            return []
        return pdftables.find_pdf_tables(page, number)

    return run


def ingest_pdf(path: Path, digest: str, settings: Settings = DEFAULT_SETTINGS) -> IngestResult:
    """Pages of a PDF from the engine ``settings.pdf_engine`` names, with fallbacks per page."""
    # Native parsers inflate whole streams before parsing: measure them first.
    check_pdf_streams(path, stream_limit(settings.memory_mb))
    if settings.pdf_engine == "pdfplumber":
        pages, tables = _ingest_plumber_first(path, settings)
    else:
        pages, tables = _ingest_pdfium_first(path, settings)
    pdftables.carry_unit_notes(pages, tables)  # a unit stated once for many pages
    undecodable = sum(1 for p in pages if "undecodable_text" in p.flags)
    if undecodable and not any(_LETTER_RE.search(p.text) for p in pages):
        # What is left holds no word (a page of bare figures): nothing a reader could use.
        where = (
            "any page"
            if undecodable == len(pages)
            else f"{undecodable} of its {len(pages)} page(s) and the rest hold no words"
        )
        raise CorruptPDFError(
            f"{path.name}: text layer cannot be decoded on {where} (damaged fonts or"
            " encoding tables)"
        )
    if not any(p.text.strip() for p in pages):
        raise NoTextLayerError(
            f"{path.name}: no text layer on any of its {len(pages)} page(s) (scanned image?"
            " run OCR first)"
        )
    raw = RawDocument(path=str(path), sha256=digest, format="pdf", encoding=None, pages=pages)
    return IngestResult(raw, tables)


def _check_page_count(path: Path, n_pages: int, settings: Settings) -> None:
    if n_pages == 0:
        raise CorruptPDFError(f"{path.name}: PDF has no pages")
    if n_pages > settings.max_pages:
        raise TooManyPagesError(
            f"{path.name}: {n_pages:,} pages is over the {settings.max_pages:,}-page limit"
            " (--max-pages)"
        )


def _open_plumber(stream: Any) -> Any:
    """A pdfplumber PDF, or None when pdfminer cannot open the file at all."""
    import pdfplumber

    try:
        plumber = pdfplumber.open(stream)
        if len(plumber.pages) > 0:
            return plumber
        plumber.close()
    except Exception:  # pdfminer raises many types on damaged or encrypted files
        pass
    return None


def _ingest_pdfium_first(path: Path, settings: Settings) -> tuple[list[PageText], list[PdfTable]]:
    """pypdfium2 reads every page's text and glyph boxes (fast, decodes CID fonts, reads
    AES-256 files with an empty password, keeps reading order on column pages) and the
    page objects tables are found from; pdfplumber parses only pages whose text
    pypdfium2 could not decode."""
    import pypdfium2

    try:
        pdfium = _open_pdfium(path)
    except CorruptPDFError:
        return _ingest_plumber_first(path, settings)
    stream = path.open("rb")
    plumber: Any = None
    plumber_tried = False
    finder = _default_table_finder()
    pages: list[PageText] = []
    tables: list[PdfTable] = []
    try:
        n_pages = len(pdfium)
        _check_page_count(path, n_pages, settings)
        for i in range(n_pages):
            page_tables: list[PdfTable] = []
            try:
                # Tables from pypdfium2's glyphs and path objects: no pdfminer parse.
                page_text = _pdfium_page(pdfium, i, [], settings, page_tables)
            except pypdfium2.PdfiumError:
                page_text = PageText(number=i + 1, text="", extractor="pypdfium2", flags=[])
                page_tables = []
            needs_text = not page_text.text.strip()
            if needs_text and not plumber_tried:
                plumber, plumber_tried = _open_plumber(stream), True
            if needs_text and plumber is not None:
                plumber_text, plumber_tables = _read_page(path, plumber, i, settings, finder)
                if plumber_text.extractor == "pdfplumber":
                    plumber_text.flags = [
                        "pdfium_unreadable",
                        *page_text.flags,
                        *plumber_text.flags,
                    ]
                    pages.append(plumber_text)
                    tables.extend(plumber_tables)
                    continue
                page_text.flags.extend(f for f in plumber_text.flags if f not in page_text.flags)
            pages.append(page_text)
            tables.extend(page_tables)
    finally:
        if plumber is not None:
            plumber.close()
        stream.close()
        pdfium.close()
    return pages, tables


def _ingest_plumber_first(path: Path, settings: Settings) -> tuple[list[PageText], list[PdfTable]]:
    """Each page from pdfplumber unless its quality gate sends it to pypdfium2."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    plumber: Any = None
    plumber_error: Exception | None = None
    # pdfplumber leaks the file it opened when parsing fails; own the stream instead.
    stream = path.open("rb")
    n_pages = 0
    try:
        plumber = pdfplumber.open(stream)
        n_pages = len(plumber.pages)
    except PDFPasswordIncorrect as e:
        plumber_error = e
    except Exception as e:  # pdfminer raises many types on damaged files
        plumber_error = e
    if plumber is not None and (plumber_error is not None or n_pages == 0):
        with contextlib.suppress(Exception):
            plumber.close()
        plumber = None
    pdfium: Any = None
    try:
        if plumber is None:
            pdfium = _open_pdfium(path)
            n_pages = len(pdfium)
        _check_page_count(path, n_pages, settings)
        finder = _default_table_finder()
        pages: list[PageText] = []
        tables: list[PdfTable] = []
        for i in range(n_pages):
            page_text, page_tables = _read_page(path, plumber, i, settings, finder)
            if page_text.extractor == "pypdfium2" or plumber is None:
                pdfium = pdfium or _open_pdfium(path)
                page_text = _pdfium_page(pdfium, i, page_text.flags, settings)
            pages.append(page_text)
            tables.extend(page_tables)
    finally:
        if plumber is not None:
            plumber.close()
        stream.close()
        if pdfium is not None:
            pdfium.close()
    return pages, tables


def _read_page(
    path: Path, plumber: Any, index: int, settings: Settings, finder: TableFinder | None
) -> tuple[PageText, list[PdfTable]]:
    """pdfplumber's reading of one page, or a placeholder asking for the pypdfium2 fallback."""
    number = index + 1
    if plumber is None:
        return PageText(number=number, text="", extractor="pypdfium2"), []
    try:
        page = plumber.pages[index]
        glyphs, hidden = plumber_glyphs(page)
        text, boxes, columns = layout_glyphs(glyphs, float(page.width), float(page.height))
    except Exception:  # a damaged page content stream: let pdfium try
        return PageText(number=number, text="", extractor="pypdfium2", flags=["plumber_failed"]), []
    quality = measure_page(text)
    flags: list[str] = []
    if hidden:
        flags.append("hidden_text")
    if columns:
        flags.append("multi_column")
    if quality.private_use:
        flags.append("private_use")
    if not text.strip():
        flags.append("plumber_empty")
        try:
            if page.images:
                flags.append("has_images")
        except Exception:
            pass
        page.close()
        return PageText(number=number, text="", extractor="pypdfium2", flags=flags), []
    if quality.looks_garbled(settings):
        flags.append(
            f"garbled_in_pdfplumber(common={quality.common_share:.2f},cid={quality.cid},"
            f"controls={quality.controls},alien={quality.alien})"
        )
        page.close()
        return PageText(number=number, text="", extractor="pypdfium2", flags=flags), []
    tables = finder(page, number, text) if finder is not None else []
    # the same rows and cell gaps as pdfium's pages
    text, boxes = _whole_cells(text, boxes, tables)
    text = _mark_cell_gaps(text, boxes, tables)
    result = PageText(
        number=number,
        text=text,
        extractor="pdfplumber",
        flags=flags,
        boxes=boxes,
        width=float(page.width),
        height=float(page.height),
    )
    page.close()
    return result, tables


def _pdfium_page(
    pdf: Any,
    index: int,
    flags: Iterable[str],
    settings: Settings = DEFAULT_SETTINGS,
    tables: list[PdfTable] | None = None,
) -> PageText:
    """One page's text from pypdfium2; with ``tables``, also the page's tables, found on
    the same read of the page (its geometry is dropped as soon as they are found)."""
    read = pdfium_glyphs(pdf, index, geometry=tables is not None)
    text, boxes, columns = layout_glyphs(read.glyphs, read.width, read.height)
    out_flags = list(flags)
    quality = measure_page(text)  # of the text kept: measured once, read three times below
    if text.strip() and quality.looks_garbled(settings):
        # A font with no ToUnicode map gave its glyph ids: read again, a Big5-ordered
        # font's ids as the characters they draw, and keep that if it reads as words.
        again = pdfium_glyphs(pdf, index, geometry=tables is not None, big5=True)
        if again.big5:
            text2, boxes2, columns2 = layout_glyphs(again.glyphs, again.width, again.height)
            quality2 = measure_page(text2)
            if not quality2.looks_garbled(settings):
                read, text, boxes, columns, quality = again, text2, boxes2, columns2, quality2
                out_flags.append("big5_glyph_ids")
    found: list[PdfTable] = []
    if tables is not None and read.geometry is not None:
        found = pdftables.find_tables(read.geometry, index + 1)
        read.geometry = None
        text, boxes = _whole_cells(text, boxes, found)
        text = _mark_cell_gaps(text, boxes, found)
    if read.hidden and "hidden_text" not in out_flags:
        out_flags.append("hidden_text")
    if columns and "multi_column" not in out_flags:
        out_flags.append("multi_column")
    if text.strip() and quality.looks_garbled(settings):
        # Neither engine can decode this page's fonts: better no text than wrong text,
        # and no tables whose headers are that wrong text.
        out_flags.append("undecodable_text")
        text, boxes, found = "", [], []
    if tables is not None:
        tables.extend(found)
    if not text.strip():
        out_flags.append("no_text_layer")
    elif quality.private_use and "private_use" not in out_flags:
        out_flags.append("private_use")
    return PageText(
        number=index + 1,
        text=text,
        extractor="pypdfium2",
        flags=out_flags,
        boxes=boxes,
        width=read.width,
        height=read.height,
    )


# What separates two cells of a turned grid's row in the text (``_mark_cell_gaps``): the
# ideographic space Chinese typesetting sets between two fields side by side.
CELL_GAP = "\u3000"


def _mark_cell_gaps(text: str, boxes: Sequence[Box | None], grids: Sequence[PdfTable]) -> str:
    """A space written between two cells of a ruled grid printed a quarter turn becomes
    ``CELL_GAP``: that gap crosses a cell's rule, it is no word space and no
    letter-spacing. No engine reads a turned table's rows as rows but ours (pdfplumber
    writes a glyph or a cell a line there); the gaps between its cells (a title and a
    name, a name and a gender, one column's header fragment and the next's) must stay
    apart (joined, ``總經理宋福祥`` reads as one name), and a reader of Chinese sets two
    fields side by side with a full-width space. A tab would say the same, but the
    structure stage reads a line with a tab as a table row and the quantity and entity
    stages then skip it: the row's running text is theirs to read, as before. Upright
    grids keep their spaces (their rows are read as every engine reads them)."""
    cells = [
        b
        for t in grids
        if t.turn and t.strategy == "lines"
        for row in t.cell_bboxes
        for b in row
        if b is not None
    ]
    if not cells or " " not in text:
        return text

    def cell_of(box: Box) -> int | None:
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        return next(
            (k for k, c in enumerate(cells) if c[0] <= x <= c[2] and c[1] <= y <= c[3]), None
        )

    out = list(text)
    for i in range(1, len(text) - 1):
        if text[i] != " " or boxes[i] is not None:
            continue
        before, after = boxes[i - 1], boxes[i + 1]
        if before is None or after is None:
            continue
        a, b = cell_of(before), cell_of(after)
        if a is not None and b is not None and a != b:
            out[i] = CELL_GAP
    return "".join(out)


def _turned_cells(grids: Sequence[PdfTable]) -> list[tuple[int, int, int, Box]]:
    """The cells of the ruled grids printed a quarter turn: (grid, row, column, box)."""
    return [
        (k, r, c, b)
        for k, t in enumerate(grids)
        if t.turn and t.strategy == "lines"
        for r, row in enumerate(t.cell_bboxes)
        for c, b in enumerate(row)
        if b is not None
    ]


def _whole_cells(
    text: str, boxes: list[Box | None], grids: Sequence[PdfTable]
) -> tuple[str, list[Box | None]]:
    """The lines of a turned ruled grid written a row a line, each cell whole.

    Read line by line across a turned roster, a row whose cells wrap runs each cell's
    first line into the next cell's first line (``總經　中華　遠東金士頓…``: the title
    ``總經理``, the nationality ``中華民國``, the first line of the education cell), and
    the entity and quantity stages read that cross-row junk as words. The grid's cells
    say where each glyph belongs: a run of lines whose glyphs all lie in cells of one
    grid is written again a row a line, each cell's glyphs in their order with its
    wrapped lines joined (CJK runs on, anything else takes a space; a line ending short
    of the cell's side is an item of a list, set apart as a cell is), the cells apart
    by ``CELL_GAP``. A run is left as read when a cell in it has glyphs outside it (a cell
    the text layout split around other text): a cell is written whole or not at all."""
    cells = _turned_cells(grids)
    if not cells or "\n" not in text:
        return text, boxes
    cell_box = {(k, r, c): b for k, r, c, b in cells}

    def wraps(box: Box, cell: tuple[int, int, int]) -> bool:
        """Whether a cell's line ending on the glyph ``box`` runs on to its next line:
        it reaches to within two ems of the cell's far side (the roster lists one post
        a line, ``事務所資深顧問`` then ``中華汽車工業股份有限公司``: a line ending short
        of the side is an item of its own)."""
        b = cell_box[cell]
        em = box[2] - box[0]  # across a turned line
        gap = b[3] - box[3] if grids[cell[0]].turn > 0 else box[1] - b[1]
        return gap < 2 * em

    def cell_of(box: Box) -> tuple[int, int, int] | None:
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        return next(
            ((k, r, c) for k, r, c, b in cells if b[0] <= x <= b[2] and b[1] <= y <= b[3]),
            None,
        )

    owner: list[tuple[int, int, int] | None] = [
        None if b is None or text[i].isspace() else cell_of(b) for i, b in enumerate(boxes)
    ]
    # lines as [start, end) ranges and the grid every glyph of the line lies in
    lines: list[tuple[int, int, int | None]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        marks = [owner[i] for i in range(start, end) if not text[i].isspace()]
        grid = marks[0][0] if marks and marks[0] is not None else None
        if grid is not None and any(m is None or m[0] != grid for m in marks):
            grid = None
        lines.append((start, end, grid))
        start = end + 1
    out: list[str] = []
    out_boxes: list[Box | None] = []
    done = 0  # text before this index is written
    i = 0
    while i < len(lines):
        grid = lines[i][2]
        j = i
        while j + 1 < len(lines) and grid is not None and lines[j + 1][2] == grid:
            j += 1
        if grid is None or j == i:
            i = j + 1
            continue
        lo, hi = lines[i][0], lines[j][1]
        inside = {owner[p] for p in range(lo, hi) if owner[p] is not None}
        if any(owner[p] in inside for p in (*range(0, lo), *range(hi, len(text)))):
            i = j + 1
            continue
        rows: dict[int, dict[int, list[int]]] = {}
        for p in range(lo, hi):
            m = owner[p]
            if m is not None:
                rows.setdefault(m[1], {}).setdefault(m[2], []).append(p)
        g: int = grid

        def wraps_at(b: Box, r: int, c: int, g: int = g) -> bool:
            return wraps(b, (g, r, c))

        ends = _item_ends(text, boxes, rows, wraps_at)
        out.append(text[done:lo])
        out_boxes.extend(boxes[done:lo])
        for n, r in enumerate(sorted(rows)):
            if n:
                out.append("\n")
                out_boxes.append(None)
            for w, c in enumerate(sorted(rows[r])):
                if w:
                    out.append(CELL_GAP)
                    out_boxes.append(None)
                places = rows[r][c]
                item = 0  # where the cell's item being written began, in ``places``
                for q, p in enumerate(places):
                    if q:
                        between = text[places[q - 1] + 1 : p]
                        last = places[q - 1]
                        if "\n" not in between:
                            sep = between if between.isspace() else ""
                        elif (b := boxes[last]) is not None and not wraps(b, (grid, r, c)):
                            sep = CELL_GAP  # one item of a list a line, then the next
                        elif _ends_item(text, places[item:q], ends.get(c, frozenset())):
                            sep = CELL_GAP  # a post filling its line ends as its column's do
                        elif CJK_RE.match(text[last]) and CJK_RE.match(text[p]):
                            sep = ""
                        else:
                            sep = " "
                        out.append(sep)
                        out_boxes.extend([None] * len(sep))
                        if sep == CELL_GAP:
                            item = q
                    out.append(text[p])
                    out_boxes.append(boxes[p])
        done = hi
        i = j + 1
    if not done:
        return text, boxes
    out.append(text[done:])
    out_boxes.extend(boxes[done:])
    return "".join(out), out_boxes


# How many characters end an item of a cell's list (``_item_ends``): a post's title
# (``董事長``, ``總經理``), never one character that ends many words (``長``, ``司``).
_ITEM_END = 3


def _item_ends(
    text: str,
    boxes: Sequence[Box | None],
    rows: dict[int, dict[int, list[int]]],
    wraps: Callable[[Box, int, int], bool],
) -> dict[int, frozenset[str]]:
    """The last ``_ITEM_END`` characters of each item a column of a turned grid lists one a
    line and ends short of its cell's side, by column. A roster's experience column lists
    posts (``…公司處長``, ``…公司董事長``); a post as long as its cell is wide fills its line
    and reads as wrapped, so it ran into the next post (``…有限公司董事長新普科技…``). The
    column's own short posts tell how its posts end: a full line ending so ends one too."""
    ends: dict[int, set[str]] = {}
    for r, cols in rows.items():
        for c, places in cols.items():
            begin = 0
            for q in range(1, len(places) + 1):
                if q < len(places):
                    last = places[q - 1]
                    if "\n" not in text[last + 1 : places[q]]:
                        continue
                    b = boxes[last]
                    if b is None or wraps(b, r, c):
                        continue
                if q - begin > _ITEM_END:
                    ends.setdefault(c, set()).add(
                        "".join(text[p] for p in places[q - _ITEM_END : q])
                    )
                begin = q
    return {c: frozenset(e) for c, e in ends.items()}


def _ends_item(text: str, places: Sequence[int], ends: frozenset[str]) -> bool:
    """Whether the item written so far (``places``, from its first glyph) ends as its
    column's short items do and is longer than that ending."""
    if len(places) <= _ITEM_END:
        return False
    return "".join(text[p] for p in places[-_ITEM_END:]) in ends


__all__ = [
    "IngestResult",
    "PageQuality",
    "common_share",
    "decode_text",
    "ingest",
    "layout_glyphs",
    "measure_page",
    "split_text_pages",
]
