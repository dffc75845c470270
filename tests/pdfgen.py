"""Synthetic PDF fixtures that reproduce the traps of real Taiwanese report PDFs.

Real filings and ITIS reports cannot be committed, so every trap the ingest stage must
survive is rebuilt here from scratch with reportlab (text layout), pypdf (encryption) and
a tiny raw PDF writer (hostile files). Each ``make_*`` function writes one PDF and returns
a :class:`PdfFixture` whose ``pages`` hold the text as it was drawn, so tests can compare
what an engine extracts with what is really on the page.

Traps (observed in real files, see ``tests/test_pdfgen.py`` for the proof that each one is
really present):

* non-embedded ``MSung-Light`` CID font: pdfminer decodes wrong-but-real characters;
* fake bold (every glyph drawn twice 0.3pt apart): ``公公司司`` without ``dedupe_chars``;
* Latin digits on a lower baseline than the CJK text: pdfplumber puts them on a line of
  their own;
* two- and three-column pages read line by line across the columns;
* AES-256 (revision 5, Acrobat-style 127-byte /O and /U) with an empty user password:
  pdfminer derives a wrong key and reads no text at all, pdfium reads it all;
* an EUDC glyph whose ToUnicode entry is a Private-Use code point;
* image-only (scanned) pages, ruled and unruled tables, tables across pages;
* hostile files: thousands of pages, truncated, corrupted, decompression bomb, deep nesting.
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import os
import random
import re
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

# --------------------------------------------------------------------------- font

CJK_FONT_PACKAGE = "fonts-wqy-microhei"
CJK_FONT_ENV = "ITIS_CJK_FONT"
CJK_FONT_CANDIDATES: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian / Ubuntu
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora / Arch
    Path("/usr/share/fonts/truetype/wqy-microhei/wqy-microhei.ttc"),
    Path("/usr/local/share/fonts/wqy-microhei.ttc"),
)


class CJKFontNotFoundError(FileNotFoundError):
    """The CJK TrueType font the fixtures embed is not installed."""


def find_cjk_font() -> Path:
    """Path of WenQuanYi Micro Hei (``$ITIS_CJK_FONT`` first, then the usual Debian places)."""
    override = os.environ.get(CJK_FONT_ENV)
    candidates = ((Path(override),) if override else ()) + CJK_FONT_CANDIDATES
    for path in candidates:
        if path.is_file():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise CJKFontNotFoundError(
        f"CJK TrueType font not found (tried {tried}). Install the Debian package "
        f"{CJK_FONT_PACKAGE} (`apt-get install {CJK_FONT_PACKAGE}`) or point "
        f"${CJK_FONT_ENV} at a .ttc/.ttf file."
    )


# Font names registered with reportlab (the registry is process-global, so register once).
CJK = "ItisWQY"
CJK_JH = "ItisWQY-JH"  # same glyphs, JhengHei-like shallow /Descent (off-baseline trap)
MSUNG = "MSung-Light"  # Adobe CNS1 CID font, never embedded
LATIN = "Helvetica"  # standard 14 font for Latin digits


@functools.cache
def _register_cjk(name: str = CJK, descent: int | None = None) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(name, str(find_cjk_font()), subfontIndex=0)
    if descent is not None:
        # reportlab shares one font object per face name: a variant needs its own name.
        font.face.name = font.face.name + b"-Descent%d" % abs(descent)
        font.face.descent = descent
    pdfmetrics.registerFont(font)
    return name


@functools.cache
def _register_msung() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(MSUNG))
    return MSUNG


@functools.cache
def _register_eudc(codepoint: int, glyph_of: str) -> str:
    """A copy of the CJK font whose cmap also maps a Private-Use code point to ``glyph_of``.

    This is what an end-user-defined-character (EUDC) font does: the rare glyph lives at a
    PUA code point, and the subset's ToUnicode map faithfully says so.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"ItisEUDC-{codepoint:04X}"
    font = TTFont(name, str(find_cjk_font()), subfontIndex=0)
    face = font.face
    face.name = b"WQYEUDC-%04X" % codepoint  # own face name: reportlab dedupes fonts by it
    source = ord(glyph_of)
    if codepoint in face.charToGlyph:
        raise ValueError(f"U+{codepoint:04X} already has a glyph in the CJK font")
    face.charToGlyph[codepoint] = face.charToGlyph[source]
    face.charWidths[codepoint] = face.charWidths[source]
    pdfmetrics.registerFont(font)
    return name


# Code points of scripts no Taiwanese report is written in (Armenian, Syriac,
# Devanagari, Thai, Ethiopic): what a font whose ToUnicode map is off gives instead of
# its Chinese glyphs (seen on whole annual reports and on a filing's last pages).
_MISENCODED_POOL: tuple[int, ...] = (
    *range(0x0531, 0x0556),
    *range(0x0710, 0x072F),
    *range(0x0905, 0x0939),
    *range(0x0E01, 0x0E2F),
    *range(0x1200, 0x1248),
)


@functools.cache
def _register_misencoded(chars: str) -> tuple[str, dict[str, str]]:
    """A copy of the CJK font that draws each of ``chars`` at a wrong-script code point.

    Returns the font name and the character → code point map; the subset's ToUnicode
    then faithfully says the wrong code points, so every engine extracts them.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if len(chars) > len(_MISENCODED_POOL):
        raise ValueError(f"at most {len(_MISENCODED_POOL)} distinct characters")
    name = f"ItisMisencoded-{zlib.crc32(chars.encode()):08X}"
    font = TTFont(name, str(find_cjk_font()), subfontIndex=0)
    face = font.face
    face.name = name.encode()  # own face name: reportlab dedupes fonts by it
    mapping: dict[str, str] = {}
    for ch, cp in zip(chars, _MISENCODED_POOL, strict=False):
        face.charToGlyph[cp] = face.charToGlyph[ord(ch)]
        face.charWidths[cp] = face.charWidths[ord(ch)]
        mapping[ch] = chr(cp)
    pdfmetrics.registerFont(font)
    return name, mapping


# The name a filing converter gives 標楷體 re-embedded under Identity-H with no
# ToUnicode map, its glyph ids in Big5 code order.
BIG5_ORDERED_FONT = "DFKaiShu-SB-Estd-BF-ETen-B5-H"


def _register_big5_ordered(chars: str) -> tuple[str, dict[str, str]]:
    """A copy of the CJK font named as a Big5-ordered DynaLab font, drawing each of
    ``chars`` at the code point equal to its glyph id in Big5 order (``公`` at U+03E6):
    what engines extract from such a font. Returns the font name and that map."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from pipeline.chars import big5_glyph

    name = BIG5_ORDERED_FONT
    font = TTFont(name, str(find_cjk_font()), subfontIndex=0)
    face = font.face
    face.name = name.encode()
    drawn = {ch: (face.charToGlyph[ord(ch)], face.charWidths[ord(ch)]) for ch in chars}
    mapping: dict[str, str] = {}
    for ch, (glyph, width) in drawn.items():
        cp = big5_glyph(ch)
        face.charToGlyph[cp] = glyph
        face.charWidths[cp] = width
        mapping[ch] = chr(cp)
    pdfmetrics.registerFont(font)
    return name, mapping


def _name_subsets_as_filed(path: Path, name: str) -> None:
    """reportlab names a font's subsets ``<name>-0``, ``<name>-1``; a filing's font name
    ends in its CMap's (``…-ETen-B5-H``). The subset number moves before it, the
    name's length (and so every offset in the file) unchanged."""
    data = path.read_bytes()
    cmap = name.rsplit("-ETen", 1)[1]
    base = name[: -len(cmap) - len("-ETen")]
    for k in range(10):
        old = f"+{name}-{k}".encode()
        new = f"+{base}-{k}-ETen{cmap}".encode()
        data = data.replace(old, new)
    path.write_bytes(data)


def _font_name(font: str) -> str:
    if font == "embedded":
        return _register_cjk()
    if font == "msung":
        return _register_msung()
    raise ValueError(f"font must be 'embedded' or 'msung', not {font!r}")


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, font, size))


# --------------------------------------------------------------------------- results


@dataclass
class PdfFixture:
    """What a generator drew: enough ground truth for assertions on any engine."""

    path: Path
    pages: list[str]  # body text per page as drawn (lines joined by "\n"), no header/footer
    header: str | None = None  # running header on every page
    footers: list[str] = field(default_factory=list)  # page-number footer per page
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def n_pages(self) -> int:
        return len(self.pages)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


# --------------------------------------------------------------------------- canvas helpers

A4_W, A4_H = 595.2756, 841.8898
BODY_SIZE = 12.0
BODY_CHARS = 36  # CJK characters per full line
MARGIN_X = (A4_W - BODY_CHARS * BODY_SIZE) / 2
BODY_W = BODY_CHARS * BODY_SIZE
TOP_Y = A4_H - 78
BOTTOM_Y = 64
HEADER_TEXT = "ITIS 產業評析"


@contextlib.contextmanager
def _plain_flate() -> Iterator[None]:
    """Streams with FlateDecode only (no ASCII85), as real report PDFs have them."""
    from reportlab import rl_config

    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def _canvas(target: Path | io.BytesIO, pagesize: tuple[float, float] = (A4_W, A4_H)) -> Any:
    from reportlab.pdfgen import canvas

    dest = str(target) if isinstance(target, Path) else target
    c = canvas.Canvas(dest, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setAuthor("itis-extract test fixtures")
    c.setCreator("tests/pdfgen.py")
    return c


def _save(c: Any) -> None:
    with _plain_flate():
        c.save()


# --------------------------------------------------------------------------- line wrapping

_WIDE = "\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
# A Latin "word" is a run of non-space, non-wide characters; wide characters wrap singly.
_TOKEN_RE = re.compile(rf"[ \t\u00a0]+|[^\s{_WIDE}]+|.", re.S)
_NO_LINE_START = set("，。、；：！？）」』》〉】％,.;:!?)]}%")
_NO_LINE_END = set("（「『《〈【([{")


def wrap_text(text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """Greedy CJK line breaking: Latin words stay whole, closing punctuation may hang.

    ``indent`` narrows the first line only. Spaces at a break are dropped; an opening
    bracket never ends a line; a Latin run wider than a whole line is split by characters.
    """
    lines: list[str] = []
    cur = ""
    cur_w = 0.0
    avail = width - indent
    for tok in _TOKEN_RE.findall(text):
        tok_w = _width(tok, font, size)
        if tok.isspace():
            if cur:
                cur += tok
                cur_w += tok_w
            continue
        pieces = [tok] if len(tok) == 1 or tok_w <= width else list(tok)
        for piece in pieces:
            w = tok_w if len(pieces) == 1 else _width(piece, font, size)
            # One closing mark may hang past the margin; a run of them may not.
            hangs = piece in _NO_LINE_START and w <= size and cur_w <= avail + 0.01
            if cur and cur_w + w > avail + 0.01 and not hangs:
                body = cur.rstrip()
                carry = ""
                if len(body) > 1 and body[-1] in _NO_LINE_END:
                    carry, body = body[-1], body[:-1].rstrip()
                lines.append(body)
                cur, cur_w, avail = carry, _width(carry, font, size), width
            cur += piece
            cur_w += w
    if cur.strip():
        lines.append(cur.strip())
    return lines


# --------------------------------------------------------------------------- seed text


_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、")
_FIG_RE = re.compile(r"^圖\s*\d+")
_TAB_RE = re.compile(r"^表\s*\d+")
_NOTE_RE = re.compile(r"^註[:：]")
_SOURCE_RE = re.compile(r"^資料來源[:：]")
_SENTENCE_END_RE = re.compile(r"[。！？][」』）)]*$")
_NUMERIC_CELL_RE = re.compile(r"^[-+]?[\d,]*\.?\d+%?$|^[-–—]$")


def split_seed_pages(text: str) -> list[list[str]]:
    """Lines per page of a pdftotext dump: a line starting with one space opens a page."""
    pages: list[list[str]] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        starts_page = raw.startswith(" ") and not raw.startswith("  ")
        line = raw[1:] if starts_page else raw
        if starts_page and (not pages or any(pages[-1])):
            pages.append([])
        if not pages:
            pages.append([])
        if line.strip():
            pages[-1].append(line.strip())
    return [p for p in pages if p]


def _join_lines(a: str, b: str) -> str:
    """Reflow two wrapped lines: CJK joins directly, two Latin words take one space."""
    if not a:
        return b
    if a[-1].isascii() and a[-1] not in " " and b[:1].isascii() and b[:1].isalnum():
        return a + " " + b
    return a + b


def _starter(line: str) -> bool:
    return any(r.match(line) for r in (_HEADING_RE, _FIG_RE, _TAB_RE, _NOTE_RE, _SOURCE_RE))


def reflow_page(lines: Sequence[str], full_width: float) -> list[str]:
    """Join a page's wrapped lines into blocks (one string each); table rows stay rows.

    A paragraph ends at a sentence end, at a line visibly shorter than a full line, at a
    parenthetical line, or before a heading / caption / note / source line. Those
    one-line blocks take at most one very short tail line (``一、…產品發`` + ``展方向``).
    After a ``表 N`` caption every line is a table row until a note or source line.
    """
    font = _register_cjk()
    blocks: list[str] = []
    cur = ""
    in_table = False
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if in_table:
            if not (_NOTE_RE.match(line) or _SOURCE_RE.match(line) or _HEADING_RE.match(line)):
                blocks.append(line)
                continue
            in_table = False
        if _starter(line):
            if cur:
                blocks.append(cur)
            cur = line
            nxt = lines[i] if i < len(lines) else ""
            tail_ok = nxt and not _starter(nxt) and not _TAB_RE.match(line)
            if tail_ok and _width(nxt, font, BODY_SIZE) < 0.25 * full_width:
                cur = _join_lines(cur, nxt)
                i += 1
            blocks.append(cur)
            cur = ""
            in_table = bool(_TAB_RE.match(line))
            continue
        cur = _join_lines(cur, line)
        short = _width(line, font, BODY_SIZE) < 0.8 * full_width
        parenthetical = line[:1] in "(（" and line[-1:] in ")）"
        if _SENTENCE_END_RE.search(line) or short or parenthetical:
            blocks.append(cur)
            cur = ""
    if cur:
        blocks.append(cur)
    return blocks


def seed_text_pages(text: str) -> list[str]:
    """A pdftotext dump (like ``raw/seed.txt``) to pages of reflowed blocks, one per line."""
    pages = split_seed_pages(text)
    font = _register_cjk()
    widths = sorted(_width(line, font, BODY_SIZE) for page in pages for line in page)
    full = widths[int(0.9 * (len(widths) - 1))] if widths else BODY_W
    return ["\n".join(reflow_page(page, full)) for page in pages]


# --------------------------------------------------------------------------- report layout

BlockKind = Literal[
    "title",
    "byline",
    "heading",
    "paragraph",
    "figure_caption",
    "table_caption",
    "table_row",
    "note",
    "source",
]


def classify_blocks(text_pages: Sequence[str], byline: bool = True) -> list[list[tuple[str, str]]]:
    """(kind, text) per block per page; the first block is the title, then the byline."""
    out: list[list[tuple[str, str]]] = []
    seen = 0  # blocks so far in the document
    for page in text_pages:
        blocks: list[tuple[str, str]] = []
        in_table = False
        for line in (ln.strip() for ln in page.split("\n")):
            if not line:
                continue
            seen += 1
            kind: str
            if seen == 1:
                kind = "title"
            elif seen == 2 and byline:
                kind = "byline"
            elif _NOTE_RE.match(line):
                kind, in_table = "note", False
            elif _SOURCE_RE.match(line):
                kind, in_table = "source", False
            elif _HEADING_RE.match(line):
                kind, in_table = "heading", False
            elif _TAB_RE.match(line):
                kind, in_table = "table_caption", True
            elif _FIG_RE.match(line):
                kind = "figure_caption"
            elif in_table:
                kind = "table_row"
            else:
                kind = "paragraph"
            blocks.append((kind, line))
        out.append(blocks)
    return out


def split_row(row: str, n_cols: int) -> list[str]:
    """Cells of a text table row: a label, then ``n_cols - 1`` numeric cells at the end."""
    tokens = row.split()
    if n_cols <= 1 or len(tokens) < n_cols:
        return tokens if len(tokens) == n_cols else [row]
    tail = tokens[-(n_cols - 1) :]
    if all(_NUMERIC_CELL_RE.match(t) for t in tail):
        return [" ".join(tokens[: -(n_cols - 1)]), *tail]
    if len(tokens) == n_cols:
        return tokens
    return [row]


@dataclass
class _Style:
    size: float
    leading: float
    align: Literal["left", "center", "right"] = "left"
    indent: float = 0.0
    before: float = 0.0
    after: float = 0.0


_STYLES: dict[str, _Style] = {
    "title": _Style(18, 26, "center", after=6),
    "byline": _Style(10.5, 16, "center", after=16),
    "heading": _Style(13, 20, before=8, after=4),
    "paragraph": _Style(BODY_SIZE, 20, indent=2 * BODY_SIZE, after=4),
    "figure_caption": _Style(11, 16, "center", after=12),
    "table_caption": _Style(11, 16, "center", before=4, after=4),
    "note": _Style(10, 14, after=2),
    "source": _Style(10, 14, after=4),
}
TABLE_ROW_H = 20.0
TABLE_SIZE = 10.5


class _Pager:
    """Cursor over pages: draws lines, records them, adds header/footer, breaks pages."""

    def __init__(
        self,
        c: Any,
        font: str,
        header: str | None,
        page_w: float = A4_W,
        page_h: float = A4_H,
    ) -> None:
        self.c = c
        self.font = font
        self.header = header
        self.page_w = page_w
        self.page_h = page_h
        self.pages: list[list[str]] = [[]]
        self.sizes: list[list[float]] = [[]]  # font size of every drawn line
        self.footers: list[str] = []
        self.y = TOP_Y
        self._decorate()

    def _decorate(self) -> None:
        if self.header:
            self.c.setFont(self.font, 9)
            self.c.drawString(MARGIN_X, self.page_h - 44, self.header)
            self.c.setLineWidth(0.4)
            self.c.line(MARGIN_X, self.page_h - 50, self.page_w - MARGIN_X, self.page_h - 50)

    def _footer(self) -> None:
        number = str(len(self.pages))
        self.c.setFont(self.font, 9)
        self.c.drawCentredString(self.page_w / 2, 36, number)
        self.footers.append(number)

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.pages.append([])
        self.sizes.append([])
        self.y = TOP_Y
        self._decorate()

    def finish(self) -> None:
        self._footer()
        self.c.showPage()

    def ensure(self, height: float) -> None:
        if self.y - height < BOTTOM_Y and self.y < TOP_Y:
            self.new_page()

    def text_line(
        self,
        text: str,
        size: float,
        leading: float,
        x: float = MARGIN_X,
        align: str = "left",
        width: float = BODY_W,
    ) -> None:
        self.ensure(leading)
        self.y -= leading
        self.c.setFont(self.font, size)
        baseline = self.y + (leading - size) / 2
        if align == "center":
            self.c.drawCentredString(x + width / 2, baseline, text)
        elif align == "right":
            self.c.drawRightString(x + width, baseline, text)
        else:
            self.c.drawString(x, baseline, text)
        self.pages[-1].append(text)
        self.sizes[-1].append(size)

    def block(self, text: str, style: _Style, continuation: bool = False) -> None:
        self.y -= style.before
        indent = 0.0 if continuation else style.indent
        lines = wrap_text(text, self.font, style.size, BODY_W, indent)
        for i, line in enumerate(lines):
            self.text_line(
                line,
                style.size,
                style.leading,
                MARGIN_X + (indent if i == 0 else 0),
                style.align,
                BODY_W - (indent if i == 0 else 0),
            )
        self.y -= style.after

    def figure(self, height: float = 120.0) -> None:
        """A raster chart without any text (figures in reports are images)."""
        from reportlab.lib.utils import ImageReader

        self.ensure(height + 8)
        w = 300.0
        self.y -= height + 8
        self.c.drawImage(ImageReader(_chart_image()), (self.page_w - w) / 2, self.y + 4, w, height)

    def table(
        self,
        rows: Sequence[Sequence[str]],
        ruled: bool,
        col_widths: Sequence[float],
        header_rows: int = 1,
        repeat_header: bool = False,
    ) -> list[int]:
        """Draw rows (cells) as a table; return the page index of every row."""
        pages_of_rows: list[int] = []
        header = list(rows[:header_rows])
        page_start_y = self.y
        page_rows: list[float] = []
        x0 = MARGIN_X + (BODY_W - sum(col_widths)) / 2

        def rules() -> None:
            if ruled and page_rows:
                top = page_start_y
                bottom = page_rows[-1]
                self.c.setLineWidth(0.6)
                ys = [top, *page_rows]
                for y in ys:
                    self.c.line(x0, y, x0 + sum(col_widths), y)
                x = x0
                for w in [0.0, *col_widths]:
                    x += w
                    self.c.line(x, top, x, bottom)

        for r, row in enumerate(rows):
            if self.y - TABLE_ROW_H < BOTTOM_Y:
                rules()
                self.new_page()
                page_start_y = self.y
                page_rows = []
                if repeat_header and r >= header_rows:
                    for h in header:
                        self._row(h, x0, col_widths, is_header=True)
                        page_rows.append(self.y)
            self._row(row, x0, col_widths, is_header=r < header_rows)
            page_rows.append(self.y)
            pages_of_rows.append(len(self.pages) - 1)
        rules()
        self.y -= 4
        return pages_of_rows

    def _row(
        self, cells: Sequence[str], x0: float, col_widths: Sequence[float], is_header: bool
    ) -> None:
        self.y -= TABLE_ROW_H
        baseline = self.y + (TABLE_ROW_H - TABLE_SIZE) / 2 + 1
        self.c.setFont(self.font, TABLE_SIZE)
        x = x0
        for i, (cell, w) in enumerate(zip(cells, col_widths, strict=False)):
            if is_header:
                self.c.drawCentredString(x + w / 2, baseline, cell)
            elif i == 0:
                self.c.drawString(x + 4, baseline, cell)
            else:
                self.c.drawRightString(x + w - 6, baseline, cell)
            x += w
        self.pages[-1].append(" ".join(c for c in cells if c))
        self.sizes[-1].append(TABLE_SIZE)


@functools.cache
def _chart_image() -> Any:
    """A small grey bar chart, deterministic, with no text in it."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (300, 120), 255)
    draw = ImageDraw.Draw(img)
    draw.line((20, 105, 290, 105), fill=0, width=1)
    draw.line((20, 10, 20, 105), fill=0, width=1)
    for i, h in enumerate((40, 75, 55, 90, 30, 62)):
        x = 35 + i * 42
        draw.rectangle((x, 105 - h, x + 24, 104), fill=96 + 20 * (i % 3))
    return img


def _table_col_widths(n_cols: int, first: float = 180.0) -> list[float]:
    rest = (BODY_W - first) / max(n_cols - 1, 1)
    return [first] + [rest] * (n_cols - 1)


def make_report_pdf(
    path: str | Path,
    text_pages: Sequence[str],
    font: Literal["embedded", "msung"] = "embedded",
    *,
    header: str | None = HEADER_TEXT,
    byline: bool = True,
    figures: bool = True,
    ruled_tables: bool = True,
) -> PdfFixture:
    """Lay out an ITIS-style A4 report: one block per line of each page string.

    The first block is the title (18pt), the second the byline; headings (``一、``),
    captions (``圖 N`` / ``表 N``), notes and sources get their own styles; paragraphs are
    wrapped to 36 CJK characters with a two-character first-line indent; rows after a
    ``表 N`` caption become a ruled (or unruled) table; a text-free chart image is drawn
    above a source line that precedes a ``圖 N`` caption. Every page gets the running
    ``header`` and a bare page number. Pages overflow onto extra pages when needed.
    """
    path = Path(path)
    name = _font_name(font)
    c = _canvas(path)
    c.setTitle(text_pages[0].split("\n", 1)[0] if text_pages else "")
    pager = _Pager(c, name, header)
    classified = classify_blocks(text_pages, byline=byline)
    tables: list[dict[str, Any]] = []
    prev_open = False  # the previous page ended inside a paragraph
    for p, blocks in enumerate(classified):
        if p:
            pager.new_page()
        i = 0
        while i < len(blocks):
            kind, text = blocks[i]
            nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
            if kind == "table_row":
                rows = []
                while i < len(blocks) and blocks[i][0] == "table_row":
                    rows.append(blocks[i][1])
                    i += 1
                n_cols = len(rows[0].split())
                cells = [rows[0].split()] + [split_row(r, n_cols) for r in rows[1:]]
                row_pages = pager.table(cells, ruled_tables, _table_col_widths(n_cols))
                tables.append({"rows": cells, "pages": row_pages, "ruled": ruled_tables})
                prev_open = False
                continue
            if kind == "source" and nxt == "figure_caption" and figures:
                pager.figure()
            continuation = kind == "paragraph" and i == 0 and prev_open
            pager.block(text, _STYLES[kind], continuation=continuation)
            prev_open = kind == "paragraph" and not _SENTENCE_END_RE.search(text)
            i += 1
    pager.finish()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["\n".join(lines) for lines in pager.pages],
        header=header,
        footers=pager.footers,
        extra={"blocks": classified, "tables": tables, "font": name, "line_sizes": pager.sizes},
    )


def make_seed_pdf(seed_txt: str | Path, out: str | Path) -> PdfFixture:
    """``raw/seed.txt`` laid out as a PDF with the same pages (used by the seed script)."""
    text = Path(seed_txt).read_text(encoding="utf-8")
    return make_report_pdf(out, seed_text_pages(text))


# --------------------------------------------------------------------------- simple pages

SAMPLE_LINES: tuple[str, ...] = (
    "2023年全球細胞及基因治療市場為 181.2億美元，預估至 2028年將快速擴增至 412.1億美元。",
    "全球從事細胞及基因治療相關產業的廠商家數超過 2,550家，北美地區超過 1,000家廠商。",
    "衛福部食品藥物管理署（Taiwan Food and Drug Administration, TFDA）已核准 3件產品上市。",
    "現階段總共核准包含自體免疫細胞、脂肪幹細胞及纖維母細胞等 53項適應症項目。",
    "截至 2023年 12月底止超過 70家醫療院所及 20家細胞治療公司共提出 502 件申請案。",
    "廠商發展的適應症領域以肝癌、肺癌等國人好發的腫瘤治療占多數，約占整體的 42.8%。",
)


def _simple_pdf(
    target: Path | io.BytesIO,
    lines: Sequence[str],
    font: str,
    *,
    offset: float | None = None,
    size: float = BODY_SIZE,
    leading: float = 22.0,
) -> PdfFixture:
    """Lines wrapped to the body width on A4 pages; optional fake-bold second pass."""
    c = _canvas(target)
    drawn: list[list[str]] = [[]]
    y = TOP_Y
    for text in lines:
        for line in wrap_text(text, font, size, BODY_W):
            if y - leading < BOTTOM_Y:
                c.showPage()
                drawn.append([])
                y = TOP_Y
            y -= leading
            c.setFont(font, size)
            c.drawString(MARGIN_X, y, line)
            if offset is not None:
                c.drawString(MARGIN_X + offset, y, line)
            drawn[-1].append(line)
    c.showPage()
    _save(c)
    path = target if isinstance(target, Path) else Path("<memory>")
    return PdfFixture(path=path, pages=["\n".join(p) for p in drawn])


def make_tight_lines_pdf(path: str | Path, lines: Sequence[str] = SAMPLE_LINES) -> PdfFixture:
    """Lines set solid (leading = font size), as slides do to fit their text.

    The glyphs' loose (font-height) boxes of neighbouring lines then overlap by more
    than half their height, so clustering rows by box overlap merges two lines and
    interleaves their characters (seen in a real IR deck).
    """
    path = Path(path)
    return _simple_pdf(path, lines, _register_cjk(), leading=BODY_SIZE)


def make_kerned_bracket_pdf(path: str | Path) -> PdfFixture:
    """``(七)關係人交易``: the CJK glyph after ``)`` is drawn 2pt left of where ``)`` ends.

    Its box then starts left of the bracket's, so sorting a line's glyphs by their left
    edge reads ``(七關)係人交易`` (seen in a real financial report's contents page).
    """
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    x, y = MARGIN_X, TOP_Y - 24
    c.setFont(font, BODY_SIZE)
    for part in ("(七)", "關係人交易"):
        c.drawString(x, y, part)
        x += _width(part, font, BODY_SIZE) - (2.0 if part.endswith(")") else 0.0)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(七)關係人交易"])


def make_msung_pdf(path: str | Path, lines: Sequence[str] = SAMPLE_LINES) -> PdfFixture:
    """Text in reportlab's non-embedded ``MSung-Light`` CID font, without ToUnicode.

    reportlab declares the Adobe-CNS1 font with the ``UniGB-UCS2-H`` CMap: pdfminer maps
    each UCS-2 code to a GB1 CID, reads that CID as CNS1, and returns real but wrong CJK
    characters (``揠蔑棇自…``, ``(cid:98)`` for 。); pypdfium2 decodes the codes correctly.
    """
    fx = _simple_pdf(Path(path), lines, _register_msung())
    fx.extra["font"] = MSUNG
    return fx


def make_fake_bold_pdf(
    path: str | Path, lines: Sequence[str] = SAMPLE_LINES, offset: float = 0.3
) -> PdfFixture:
    """Every line drawn twice, the second pass ``offset`` points to the right (fake bold).

    pdfplumber returns ``公公司司`` unless ``page.dedupe_chars()``; pypdfium2 drops the
    overlapping copies itself.
    """
    if not 0 < offset <= 0.3:
        raise ValueError("fake-bold offset must be in (0, 0.3] points")
    fx = _simple_pdf(Path(path), lines, _register_cjk(), offset=offset)
    fx.extra["offset"] = offset
    return fx


OFFBASELINE_LINES: tuple[str, ...] = (
    "2026 年第 1 季營收 181.2 億元",
    "較 2025 年第 4 季成長 12.5%，毛利率 38.6%",
    "預估 2027 年全年營收可達 820 億元",
)
_DIGIT_RUN_RE = re.compile(r"[0-9][0-9.,%]*")


def make_offbaseline_digits_pdf(
    path: str | Path, lines: Sequence[str] = OFFBASELINE_LINES, shift: float = 2.5
) -> PdfFixture:
    """Digits in Helvetica set ``shift`` points below the CJK baseline.

    Word does this when a CJK font (Microsoft JhengHei: /Descent -110) and a Latin font
    (Arial: /Descent -210) share a line: the digit boxes already sit 1.2pt lower, and
    with the shift their ``top`` differs by more than pdfplumber's ``y_tolerance=3``, so
    ``extract_text()`` puts ``2026 1`` on a line of its own after ``年第 季營收``.
    """
    if not 1.5 <= shift <= 3.0:
        raise ValueError("baseline shift must be 1.5–3pt")
    path = Path(path)
    cjk = _register_cjk(CJK_JH, descent=-110)
    c = _canvas(path)
    size = BODY_SIZE
    y = TOP_Y
    pieces: list[list[tuple[str, bool]]] = []
    for line in lines:
        y -= 28
        x = MARGIN_X
        parts: list[tuple[str, bool]] = []
        pos = 0
        for m in _DIGIT_RUN_RE.finditer(line):
            if m.start() > pos:
                parts.append((line[pos : m.start()], False))
            parts.append((m.group(), True))
            pos = m.end()
        if pos < len(line):
            parts.append((line[pos:], False))
        for text, digits in parts:
            font = LATIN if digits else cjk
            c.setFont(font, size)
            c.drawString(x, y - (shift if digits else 0.0), text)
            x += _width(text, font, size)
        pieces.append(parts)
    c.showPage()
    _save(c)
    cjk_only = [" ".join("".join(t if not d else " " for t, d in p).split()) for p in pieces]
    digits_only = [" ".join(t for t, d in p if d) for p in pieces]
    return PdfFixture(
        path=path,
        pages=["\n".join(lines)],
        extra={"shift": shift, "cjk_parts": cjk_only, "digit_parts": digits_only},
    )


# --------------------------------------------------------------------------- columns

COLUMN_TEXTS: tuple[str, ...] = (
    "北美地區因政府政策支持及擁有創新研發的研究單位，因此成為廠商主要發展的地區，"
    "超過 1,000家廠商設於此地區，其次是亞太地區 861家。",
    "全球細胞及基因治療廠商於 2023年執行約 1,800件臨床試驗案，以細胞修飾及腫瘤免疫"
    "細胞治療臨床試驗件數最多，約占整體臨床試驗案的 42.8%。",
    "行動服務營收年增 4.7%，5G月租客戶數年增 57萬戶，智慧型手機用戶 5G滲透率達 46.4%。",
)


def _column_page(
    c: Any,
    font: str,
    columns: Sequence[str],
    x0: float,
    top: float,
    total_w: float,
    gutter: float,
    size: float,
    leading: float,
) -> list[list[str]]:
    """Columns drawn one after the other (content order = reading order)."""
    n = len(columns)
    col_w = (total_w - gutter * (n - 1)) / n
    out: list[list[str]] = []
    for k, text in enumerate(columns):
        x = x0 + k * (col_w + gutter)
        y = top
        lines = wrap_text(text, font, size, col_w)
        c.setFont(font, size)
        for line in lines:
            y -= leading
            c.drawString(x, y, line)
        out.append(lines)
    return out


def make_two_column_pdf(
    path: str | Path,
    columns: Sequence[str] = COLUMN_TEXTS[:2],
    gutter: float = 30.0,
) -> PdfFixture:
    """A4 page: a full-width title, then two columns of prose side by side.

    The columns are drawn one after the other, so pypdfium2 (content order) reads them
    in order while pdfplumber's ``extract_text`` zips them line by line.
    """
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    title = "細胞及基因治療產業概況"
    c.setFont(font, 16)
    c.drawCentredString(A4_W / 2, TOP_Y - 10, title)
    cols = _column_page(c, font, columns, 56.0, TOP_Y - 30, A4_W - 112, gutter, 11.0, 18.0)
    c.showPage()
    _save(c)
    reading = "\n".join([title, *(line for col in cols for line in col)])
    return PdfFixture(
        path=path, pages=[reading], extra={"title": title, "columns": cols, "gutter": gutter}
    )


SLIDE_COLUMNS: tuple[str, ...] = (
    "行動月租客戶數年增 7.5萬戶，5G月租客戶數年增 57萬戶，行動服務營收年增 4.7%。",
    "寬頻營收達 216億元，光世代用戶數突破 400萬戶，高速方案占比提升至 52%。",
    "企業客戶 ICT 營收成長 15.2%，資料中心與雲端服務營收達 97億元，創歷年新高。",
)


def make_three_column_slide_pdf(
    path: str | Path, columns: Sequence[str] = SLIDE_COLUMNS, gutter: float = 36.0
) -> PdfFixture:
    """A 16:9 investor-conference slide: a title bar and three bullet columns."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    title = "業務報導：三大事業群營運概況"
    c.setFont(font, 26)
    c.drawString(48, h - 70, title)
    c.setLineWidth(2)
    c.line(48, h - 84, w - 48, h - 84)
    cols = _column_page(c, font, columns, 48.0, h - 110, w - 96, gutter, 16.0, 26.0)
    c.setFont(font, 9)
    c.drawString(48, 24, "資料來源：本公司資料")
    c.showPage()
    _save(c)
    reading = "\n".join([title, *(line for col in cols for line in col), "資料來源：本公司資料"])
    return PdfFixture(
        path=path, pages=[reading], extra={"title": title, "columns": cols, "gutter": gutter}
    )


# --------------------------------------------------------------------------- encryption


def _report_bytes(lines: Sequence[str]) -> tuple[bytes, PdfFixture]:
    buf = io.BytesIO()
    fx = _simple_pdf(buf, lines, _register_cjk())
    return buf.getvalue(), fx


def make_encrypted_pdf(
    path: str | Path,
    lines: Sequence[str] = SAMPLE_LINES,
    *,
    owner_password: str = "x",
    acrobat_r5: bool = True,
) -> PdfFixture:
    """AES-256 with an EMPTY user password (opens without asking) and an owner password.

    With ``acrobat_r5`` (default) the file is what Acrobat writes for "AES-256" (as in a
    real filing): security handler revision 5 with the /O and /U strings zero-padded to
    127 bytes. pdfminer's R5 key derivation hashes the whole padded key salt, derives a
    wrong file key, and every content stream decodes to nothing: pdfplumber opens the
    file and finds 0 characters on every page, silently. pypdfium2 and pypdf read it.
    With ``acrobat_r5=False`` it is pypdf's plain AES-256 (revision 6), which pdfminer
    reads fine: the encryption itself is no obstacle, only the Acrobat variant is.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ByteStringObject, NameObject

    path = Path(path)
    data, fx = _report_bytes(lines)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(
        user_password="",
        owner_password=owner_password,
        algorithm="AES-256-R5" if acrobat_r5 else "AES-256",
    )
    if acrobat_r5:
        # The /Encrypt dictionary pypdf is about to write (private, but stable since pypdf 3).
        entry: Any = getattr(writer, "_encrypt_entry", None)
        if entry is None:
            raise RuntimeError("pypdf changed: PdfWriter._encrypt_entry is gone")
        for key in ("/O", "/U"):
            entry[NameObject(key)] = ByteStringObject(bytes(entry[key]).ljust(127, b"\0"))
    with path.open("wb") as f:
        writer.write(f)
    fx.path = path
    fx.extra.update(
        {"user_password": "", "owner_password": owner_password, "revision": 5 if acrobat_r5 else 6}
    )
    return fx


def make_password_pdf(
    path: str | Path, lines: Sequence[str] = SAMPLE_LINES, password: str = "secret"
) -> PdfFixture:
    """AES-256 with a real user password: no engine can open it without the password."""
    from pypdf import PdfReader, PdfWriter

    path = Path(path)
    data, fx = _report_bytes(lines)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    with path.open("wb") as f:
        writer.write(f)
    fx.path = path
    fx.extra["user_password"] = password
    return fx


# --------------------------------------------------------------------------- scanned page


def make_image_only_pdf(
    path: str | Path,
    lines: Sequence[str] = SAMPLE_LINES[:4],
    dpi: int = 110,
    text_page: str | None = None,
) -> PdfFixture:
    """A scanned-looking A4 page: the text is pixels in a slightly tilted JPEG, no text layer.
    ``text_page`` puts a page of real text before it (a filing uploaded with its signed
    statements scanned and its notes as text)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.utils import ImageReader

    path = Path(path)
    scale = dpi / 72.0
    size = (round(A4_W * scale), round(A4_H * scale))
    img = Image.new("L", size, 250)
    draw = ImageDraw.Draw(img)
    pil_font = ImageFont.truetype(str(find_cjk_font()), round(BODY_SIZE * scale), index=0)
    drawn: list[str] = []
    y = (A4_H - TOP_Y) * scale
    for text in lines:
        for line in wrap_text(text, _register_cjk(), BODY_SIZE, BODY_W):
            y += 22 * scale
            draw.text((MARGIN_X * scale, y), line, fill=25, font=pil_font)
            drawn.append(line)
    img = img.rotate(0.4, resample=Image.Resampling.BILINEAR, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jpeg = io.BytesIO()
    img.save(jpeg, format="JPEG", quality=70)
    jpeg.seek(0)
    c = _canvas(path)
    pages = ["\n".join(drawn)]
    if text_page is not None:
        c.setFont(_register_cjk(), BODY_SIZE)
        c.drawString(MARGIN_X, TOP_Y, text_page)
        c.showPage()
        pages.insert(0, text_page)
    c.drawImage(ImageReader(jpeg), 0, 0, A4_W, A4_H)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=pages, extra={"dpi": dpi, "image_size": size})


# --------------------------------------------------------------------------- private use

PUA_LINES: tuple[str, ...] = (
    "董事長：林{pua}明　經理人：陳文和　會計主管：黃志強",
    "本公司董事林{pua}明先生於民國一一三年三月三十一日辭任。",
)


def make_private_use_pdf(
    path: str | Path,
    lines: Sequence[str] = PUA_LINES,
    codepoint: int = 0xE121,
    glyph_of: str = "堃",
) -> PdfFixture:
    """A rare name character drawn from an EUDC-style font at a Private-Use code point.

    Lines use ``{pua}`` where the rare character goes; it is drawn with a separate font
    (like ``DFKaiShu-SB-KPMG`` in real filings) that shows ``glyph_of`` but whose
    ToUnicode says U+E121, so every engine extracts the PUA code point.
    """
    if not 0xE000 <= codepoint <= 0xF8FF:
        raise ValueError("codepoint must be in the Private Use Area U+E000–U+F8FF")
    path = Path(path)
    cjk = _register_cjk()
    eudc = _register_eudc(codepoint, glyph_of)
    pua = chr(codepoint)
    c = _canvas(path)
    y = TOP_Y
    drawn: list[str] = []
    for template in lines:
        y -= 24
        x = MARGIN_X
        for k, part in enumerate(template.split("{pua}")):
            if k:
                c.setFont(eudc, BODY_SIZE)
                c.drawString(x, y, pua)
                x += _width(pua, eudc, BODY_SIZE)
            c.setFont(cjk, BODY_SIZE)
            c.drawString(x, y, part)
            x += _width(part, cjk, BODY_SIZE)
        drawn.append(template.replace("{pua}", pua))
    c.showPage()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["\n".join(drawn)],
        extra={"codepoint": codepoint, "glyph_of": glyph_of, "eudc_font": eudc},
    )


def make_misencoded_pdf(
    path: str | Path, good: Sequence[str], bad: Sequence[str], big5: bool = False
) -> PdfFixture:
    """Page 1 drawn normally; page 2 in a font whose ToUnicode map is wrong.

    On page 2 every CJK character is extracted as a letter of an unrelated script
    (``ѶԁިҽԖ``-like text) while digits, Latin letters and punctuation stay right, as in
    a real annual report and in the last pages of a real filing. ``extra["extracted"]``
    holds page 2 as an engine reads it. ``good`` must share no CJK character with
    ``bad``: reportlab gives a glyph that two fonts of one font file draw in the same
    document a broken ToUnicode entry in the first font. With ``big5`` page 2's font
    is a Big5-ordered DynaLab font that gives its glyph ids (``BIG5_ORDERED_FONT``):
    every character of it, digits and spaces too, comes out shifted (``CPO!GBNF`` for
    ``BON FAME``), as in an annual report whose every page read so.
    """
    path = Path(path)
    cjk = _register_cjk()
    if big5:
        chars = "".join(dict.fromkeys(ch for line in bad for ch in line.replace("|", "")))
    else:
        chars = "".join(
            dict.fromkeys(ch for line in bad for ch in line if CJK_RE_FIXTURE.match(ch))
        )
    if set(filter(CJK_RE_FIXTURE.match, chars)) & set("".join(good)):
        raise ValueError("good and bad lines must share no CJK character")
    wrong, mapping = _register_big5_ordered(chars) if big5 else _register_misencoded(chars)
    c = _canvas(path)
    for lines, font in ((good, cjk), (bad, wrong)):
        y = TOP_Y
        for line in lines:
            y -= 24
            c.setFont(font, BODY_SIZE)
            # Cells split on "|" are set right-aligned in columns, as a statement is.
            first, *cells = line.split("|")
            c.drawString(MARGIN_X, y, "".join(mapping.get(ch, ch) for ch in first))
            for k, cell in enumerate(cells):
                c.drawRightString(
                    MARGIN_X + 300 + 100 * k, y, "".join(mapping.get(ch, ch) for ch in cell)
                )
        c.showPage()
    _save(c)
    if big5:
        _name_subsets_as_filed(path, wrong)
    extracted = "\n".join("".join(mapping.get(ch, ch) for ch in line) for line in bad)
    return PdfFixture(
        path=path,
        pages=["\n".join(good).replace("|", " "), "\n".join(bad).replace("|", " ")],
        extra={"extracted": extracted, "font": wrong},
    )


CJK_RE_FIXTURE = re.compile(r"[\u4e00-\u9fff]")


# --------------------------------------------------------------------------- tables

TABLE1_CAPTION = "表 1 細胞治療施行計畫申請案件、核准案件及總收案人數統計"
TABLE1_HEADER = ("項目", "申請案件數", "核准案件數", "總收案人數")
TABLE1_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("自體免疫細胞治療", "301", "173", "1,138"),
    ("自體脂肪幹細胞治療", "118", "56", "110"),
    ("自體骨髓間質幹細胞治療", "32", "12", "82"),
    ("自體軟骨細胞治療", "12", "10", "60"),
    ("自體纖維母細胞治療", "16", "7", "8"),
    ("自體 CD 34+ selection", "0", "0", "0"),
    ("非附表所列細胞治療技術", "23", "0", "0"),
)
TABLE1_TOTAL = ("總計", "502", "258", "1,398")
TABLE1_NOTE = "註：*申請案件數、總收案人數統計及核准案件數統計至 2023年 12月底"
TABLE1_SOURCE = "資料來源：衛福部醫事司；DCB產資組 ITIS研究團隊（2024/01）"
TABLE_INTRO = (
    "截至 2023年 12月底止超過 70家醫療院所及 20家細胞治療公司共提出 502 件申請案，"
    "核准 258 件細胞治療技術，總收案人數達 1,398人（表 1）。"
)


def make_table_pdf(path: str | Path, ruled: bool = True) -> PdfFixture:
    """The seed's 表 1 on one A4 page, with grid lines (``ruled``) or aligned columns only."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    pager = _Pager(c, font, HEADER_TEXT)
    pager.block(TABLE_INTRO, _STYLES["paragraph"])
    pager.block(TABLE1_CAPTION, _STYLES["table_caption"])
    rows = [list(TABLE1_HEADER), *map(list, TABLE1_ROWS), list(TABLE1_TOTAL)]
    pager.table(rows, ruled, _table_col_widths(4))
    pager.block(TABLE1_NOTE, _STYLES["note"])
    pager.block(TABLE1_SOURCE, _STYLES["source"])
    pager.finish()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["\n".join(p) for p in pager.pages],
        header=HEADER_TEXT,
        footers=pager.footers,
        extra={
            "caption": TABLE1_CAPTION,
            "rows": rows,
            "note": TABLE1_NOTE,
            "source": TABLE1_SOURCE,
            "ruled": ruled,
        },
    )


MULTIPAGE_CAPTION = "表 2 2023 年各醫療院所細胞治療施行計畫申請及核准案件統計"


def multipage_table_rows(n: int = 48, seed: int = 7) -> list[list[str]]:
    """Deterministic rows (hospital, applied, approved, patients) and a 總計 row that sums."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    totals = [0, 0, 0]
    for i in range(1, n + 1):
        applied = rng.randint(1, 40)
        approved = rng.randint(0, applied)
        patients = approved * rng.randint(0, 12)
        for k, v in enumerate((applied, approved, patients)):
            totals[k] += v
        rows.append([f"醫療院所 {i:02d}", f"{applied:,}", f"{approved:,}", f"{patients:,}"])
    rows.append(["總計", *(f"{t:,}" for t in totals)])
    return rows


def make_multipage_table_pdf(
    path: str | Path, repeat_header: bool = True, ruled: bool = True, n_rows: int = 48
) -> PdfFixture:
    """A table that starts mid-page and continues on the next page; 總計 row at the end.

    With ``repeat_header`` the header row is drawn again at the top of the continuation.
    """
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    pager = _Pager(c, font, HEADER_TEXT)
    for text in SAMPLE_LINES[:3]:
        pager.block(text, _STYLES["paragraph"])
    pager.block(MULTIPAGE_CAPTION, _STYLES["table_caption"])
    header = ["醫療院所", "申請案件數", "核准案件數", "總收案人數"]
    body = multipage_table_rows(n_rows)
    rows = [header, *body]
    row_pages = pager.table(rows, ruled, _table_col_widths(4), repeat_header=repeat_header)
    pager.block("資料來源：衛福部醫事司；本研究整理（2024/01）", _STYLES["source"])
    pager.finish()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["\n".join(p) for p in pager.pages],
        header=HEADER_TEXT,
        footers=pager.footers,
        extra={
            "caption": MULTIPAGE_CAPTION,
            "header": header,
            "rows": body,
            "row_pages": row_pages,
            "repeat_header": repeat_header,
            "ruled": ruled,
        },
    )


# --------------------------------------------------------------------------- raw PDF writer


def _pdf_string(text: str) -> bytes:
    return (
        b"("
        + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        + b")"
    )


def _stream(body: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), extra, body)


def write_raw_pdf(objects: Sequence[bytes], root: int = 1, info: int | None = None) -> bytes:
    """Serialize numbered objects (1-based, in order) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    info_ref = b" /Info %d 0 R" % info if info else b""
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        info_ref,
        xref,
    )
    return bytes(out)


def _text_content(lines: Sequence[str], size: int = 12) -> bytes:
    ops = [b"BT /F1 %d Tf 72 760 Td %d TL" % (size, size + 6)]
    for line in lines:
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def make_many_pages_pdf(path: str | Path, n: int) -> PdfFixture:
    """``n`` tiny A4 pages, each with its own one-line Helvetica content stream.

    Written directly (no reportlab), so thousands of pages take milliseconds.
    """
    path = Path(path)
    if n < 1:
        raise ValueError("n must be >= 1")
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (n, kids),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    texts: list[str] = []
    for i in range(n):
        text = f"Page {i + 1} of {n}: revenue 181.2 (2023)"
        texts.append(text)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * i + 1)
        )
        objects.append(_stream(_text_content([text])))
    path.write_bytes(write_raw_pdf(objects))
    return PdfFixture(path=path, pages=texts)


# --------------------------------------------------------------------------- broken files


def _small_report_bytes() -> bytes:
    buf = io.BytesIO()
    font = _register_cjk()
    c = _canvas(buf)
    for page in range(3):
        y = TOP_Y
        for text in SAMPLE_LINES:
            for line in wrap_text(text, font, BODY_SIZE, BODY_W):
                y -= 22
                c.setFont(font, BODY_SIZE)
                c.drawString(MARGIN_X, y, line)
        c.setFont(font, 9)
        c.drawCentredString(A4_W / 2, 36, str(page + 1))
        c.showPage()
    _save(c)
    return buf.getvalue()


def make_truncated_pdf(path: str | Path, keep: float = 0.5) -> PdfFixture:
    """A valid 3-page report cut after ``keep`` of its bytes (no xref, no trailer, no %%EOF)."""
    path = Path(path)
    data = _small_report_bytes()
    cut = data[: int(len(data) * keep)]
    path.write_bytes(cut)
    return PdfFixture(path=path, pages=[], extra={"full_size": len(data), "size": len(cut)})


def make_corrupt_pdf(path: str | Path, seed: int = 0, n_hits: int = 12) -> PdfFixture:
    """A valid report with random bytes written over the middle of its objects.

    Header, xref table and trailer stay intact, so the file "opens"; the damage is inside
    object bodies (compressed content streams, font programs, dictionaries).
    """
    path = Path(path)
    data = bytearray(_small_report_bytes())
    rng = random.Random(seed)
    starts = [m.end() for m in re.finditer(rb"\d+ 0 obj\n", data)]
    xref = data.rfind(b"xref")
    hits: list[int] = []
    for start in rng.sample(starts, min(n_hits, len(starts))):
        end = data.find(b"endobj", start)
        end = min(end if end > 0 else xref, xref)
        if end - start < 8:
            continue
        at = rng.randint(start + 2, max(start + 2, (start + end) // 2))
        length = min(rng.randint(4, 32), end - at - 1)
        data[at : at + length] = bytes(rng.getrandbits(8) for _ in range(length))
        hits.append(at)
    path.write_bytes(bytes(data))
    return PdfFixture(path=path, pages=[], extra={"seed": seed, "damaged_offsets": sorted(hits)})


def _zero_bomb(size: int) -> bytes:
    """A zlib stream inflating to ``size`` zero bytes, built without compressing them all.

    After a full flush the deflater forgets its history, so every 1 MiB chunk of zeros
    compresses to the same bytes: emit that block ``size // 1 MiB`` times, then the rest,
    the final block and the Adler-32 (for zeros: a = 1, b = size mod 65521).
    """
    chunk = 1 << 20
    whole, rest = divmod(size, chunk)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(b"\0" * chunk) + co.flush(zlib.Z_FULL_FLUSH)
    tail_co = zlib.compressobj(9, zlib.DEFLATED, -15)
    tail = tail_co.compress(b"\0" * rest) + tail_co.flush(zlib.Z_FINISH)
    adler = ((size % 65521) << 16) | 1
    return b"\x78\xda" + block * whole + tail + adler.to_bytes(4, "big")


def make_decompression_bomb_pdf(path: str | Path, size: int = 1 << 30) -> PdfFixture:
    """Two pages: page 1 has one line of text, page 2's content stream inflates to ``size``
    zero bytes (1 GiB by default) from about 1 MB of FlateDecode data."""
    path = Path(path)
    bomb = _zero_bomb(size)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 2 /Kids [4 0 R 6 0 R] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(_text_content(["Page 1 before the bomb: revenue 181.2 (2023)"])),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>",
        _stream(bomb, b" /Filter /FlateDecode"),
    ]
    path.write_bytes(write_raw_pdf(objects))
    return PdfFixture(
        path=path,
        pages=["Page 1 before the bomb: revenue 181.2 (2023)", ""],
        extra={"inflated_size": size, "stream_size": len(bomb), "bomb_object": 7},
    )


def make_deeply_nested_pdf(path: str | Path, depth: int = 20_000) -> PdfFixture:
    """One page of plain text plus arrays and dictionaries nested ``depth`` levels deep in
    the three places parsers walk: the page dictionary (``/NestedArray``, ``/NestedDict``),
    the document information dictionary (read by ``pdfplumber.open`` for metadata) and
    the content stream (a nested dash array after the text). Recursive parsers (pypdf,
    pdfplumber's metadata decoding) hit Python's recursion limit; the text stays readable.
    """
    path = Path(path)
    arrays = b"[" * depth + b"0" + b"]" * depth
    dicts = b"<< /A " * depth + b"0" + b" >>" * depth
    text = "Deeply nested objects: revenue 181.2 (2023)"
    content = _text_content([text]) + b"\nq " + arrays + b" 0 d Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R "
        b"/NestedArray " + arrays + b" /NestedDict 6 0 R >>",
        _stream(content),
        dicts,
        b"<< /Title (nested) /Keywords " + arrays + b" /Subject 6 0 R >>",
    ]
    path.write_bytes(write_raw_pdf(objects, info=7))
    return PdfFixture(path=path, pages=[text], extra={"depth": depth})


# --------------------------------------------------------------------------- utilities

_CJK_CHAR_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def cjk_chars(text: str) -> set[str]:
    """The set of CJK ideographs in ``text`` (what a garbled decode changes)."""
    return set(_CJK_CHAR_RE.findall(text))


def display_width(text: str) -> int:
    """East-Asian display width (wide = 2), for layout sanity checks."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# =========================================================================== issue 11: text layer
# Traps of the text layer of real filings and decks (letter-spaced justified lines,
# running stamps glued to a page's last line, hidden text, shadowed titles).

JUSTIFIED_TEXT = (
    "本公司民國一百十四年第一季合併營業收入淨額較上年同期增加，主要係因藥品銷售成長及新產品"
    "上市所致，毛利率亦隨產品組合改善而提升，營業費用則因研發投入增加而略有上升。"
)
SPREAD_TITLE = "資產負債表"
AUDITOR_FIRM = "安侯建業聯合會計師事務所"
SIGNATURE_DATE = "中華民國 114 年 5 月 5 日"
LATIN_LINE = "Revenue grew 12.5 % in 2024 年，毛利率 38.6%"


def make_letter_spaced_pdf(path: str | Path) -> PdfFixture:
    """Justified and letter-spaced CJK, as Word and accounting software set filings.

    * a title spread over its box: each glyph 1.5 em apart (``資 產 負 債 表`` in every engine);
    * a paragraph justified by character spacing: each line stretched to the body width,
      so every glyph gap grows by the same 1-3pt, around pdfplumber's 3pt space tolerance;
    * a firm name letter-spaced by 4pt (``安 侯 建 業``) and the signature date with typed
      spaces plus 4pt letter spacing (``中 華 民 國 1 1 4 年 5 月 5 日``);
    * a line whose spaces were typed (Latin words, a number and its unit): they stay.

    ``pages`` holds the lines as a reader writes them.
    """
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    size = BODY_SIZE
    y = TOP_Y - 20
    # Spread title: glyph origins 1.5 em apart, centred.
    pitch = 1.5 * size
    x = (A4_W - pitch * (len(SPREAD_TITLE) - 1) - size) / 2
    c.setFont(font, size + 4)
    _pitched_string(c, x, y, SPREAD_TITLE, pitch * (size + 4) / size)
    lines = wrap_text(JUSTIFIED_TEXT, font, size, BODY_W - 8 * size)
    for k, line in enumerate(lines):
        y -= 22
        t = c.beginText(MARGIN_X, y)
        t.setFont(font, size)
        if k < len(lines) - 1 and len(line) > 1:
            t.setCharSpace((BODY_W - _width(line, font, size)) / (len(line) - 1))
        t.textOut(line)
        c.drawText(t)
    for line, space in ((AUDITOR_FIRM, 4.0), ("會計師：王大明", 0.0), (SIGNATURE_DATE, 4.0)):
        y -= 26
        t = c.beginText(MARGIN_X + 200, y)
        t.setFont(font, size)
        t.setCharSpace(space)
        t.textOut(line)
        c.drawText(t)
    y -= 26
    c.setFont(font, size)
    c.drawString(MARGIN_X, y, LATIN_LINE)
    c.showPage()
    _save(c)
    drawn = [SPREAD_TITLE, *lines, AUDITOR_FIRM, "會計師：王大明", SIGNATURE_DATE, LATIN_LINE]
    return PdfFixture(path=path, pages=["\n".join(drawn)])


FURNITURE_BODIES: tuple[tuple[str, ...], ...] = (
    ("營運概況", "本季營收創歷史新高，主要受惠於新產品出貨增加。", "毛利率較上季提升。"),
    ("財務分析", "營業費用率下降，營業利益率上升至百分之二十。", "本期淨利成長。"),
    ("市場展望", "預估下一季營收將持平，客戶庫存調整已近尾聲。", "資本支出維持不變。"),
    ("研發進度", "新一代產品已完成驗證，將於下半年量產。", "專利申請件數增加。"),
    ("永續發展", "再生能源使用比例持續提高，並取得國際認證。", "員工訓練時數增加。"),
)


def furniture_of(page: int, n_pages: int) -> dict[str, str]:
    """The running stamps of page ``page``: each varies by page number or time."""
    return {
        "stamp": f"Time Stamp - 5/2/2025 3:{10 + page:02d} PM",
        "glued": f"生技中心 DCB 產資組 第 {page} 頁",
        "copyright": f"April 13, 2026 ︱©2026 Example Corp. All Rights Reserved. {page}",
        "count": f"第 {page} 頁／共 {n_pages} 頁",
    }


def make_running_furniture_pdf(path: str | Path) -> PdfFixture:
    """Pages with running stamps that vary by page number, one glued to the last line.

    A time stamp on top, ``生技中心 DCB 產資組 第 N 頁`` drawn on the baseline of the page's
    last body line (so it is the same text line), a copyright line ending with the page
    number and ``第 N 頁／共 M 頁`` at the bottom. Each page opens with a short title, which
    must not run into the previous page's last line.
    """
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    n = len(FURNITURE_BODIES)
    for page, body in enumerate(FURNITURE_BODIES, 1):
        stamps = furniture_of(page, n)
        c.setFont(LATIN, 8)
        c.drawString(MARGIN_X, A4_H - 40, stamps["stamp"])
        y = TOP_Y
        c.setFont(font, BODY_SIZE)
        for line in body:
            y -= 24
            c.drawString(MARGIN_X, y, line)
        c.setFont(font, 9)
        c.drawRightString(A4_W - MARGIN_X, y, stamps["glued"])
        c.drawString(MARGIN_X, 50, stamps["copyright"])
        c.drawRightString(A4_W - MARGIN_X, 36, stamps["count"])
        c.showPage()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["\n".join(body) for body in FURNITURE_BODIES],
        footers=[" ".join(furniture_of(p, n).values()) for p in range(1, n + 1)],
    )


def furniture_text(glue: str = " ") -> str:
    """The same pages as a text dump: form feeds between pages, the page stamp glued to
    the last line with ``glue`` between them."""
    n = len(FURNITURE_BODIES)
    pages = []
    for page, body in enumerate(FURNITURE_BODIES, 1):
        stamps = furniture_of(page, n)
        lines = [stamps["stamp"], *body[:-1], body[-1] + glue + stamps["glued"]]
        pages.append("\n".join([*lines, stamps["copyright"], stamps["count"]]))
    return "\f".join(pages) + "\n"


VISIBLE_LINES: tuple[str, ...] = (
    "本報告內容僅供參考，投資人應審慎判斷。",
    "白底反白標題列仍然可見",
    "營收年增百分之十二。",
)
HIDDEN_LINES: dict[str, str] = {
    "off_page": "頁面之外的隱藏關鍵字",
    "white": "白色文字藏在白色背景",
    "clipped": "被裁切區域遮住的文字",
}


def make_hidden_text_pdf(path: str | Path) -> PdfFixture:
    """Text a reader cannot see next to text they can.

    Hidden: a line drawn left of the page box, a white line on the white page and a line
    outside the clip path it is drawn in. Visible: body lines and a white line on a dark
    filled bar (a slide's title bar), which must stay.
    """
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    c.setFont(font, BODY_SIZE)
    y = TOP_Y
    c.drawString(MARGIN_X, y, VISIBLE_LINES[0])
    y -= 40
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.rect(MARGIN_X - 6, y - 6, BODY_W, 24, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(MARGIN_X, y, VISIBLE_LINES[1])
    y -= 40
    c.drawString(MARGIN_X, y, HIDDEN_LINES["white"])
    c.setFillColorRGB(0, 0, 0)
    c.drawString(-400, y - 40, HIDDEN_LINES["off_page"])
    c.saveState()
    clip = c.beginPath()
    clip.rect(MARGIN_X, y - 140, 200, 40)
    c.clipPath(clip, stroke=0, fill=0)
    c.drawString(MARGIN_X, y - 80, HIDDEN_LINES["clipped"])
    c.restoreState()
    c.drawString(MARGIN_X, y - 200, VISIBLE_LINES[2])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["\n".join(VISIBLE_LINES)], extra={"hidden": HIDDEN_LINES})


SHADOW_TITLE = "連線服務營收成長"


def make_shadow_title_pdf(path: str | Path, offset: float = 2.0) -> PdfFixture:
    """A slide title with a drop shadow: the same glyphs drawn twice, ``offset`` points
    apart (grey first, black on top). Engines that only drop copies within 1pt read
    ``連連線線服服務務…``."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 30)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.drawString(48 + offset, h - 70 - offset, SHADOW_TITLE)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(48, h - 70, SHADOW_TITLE)
    c.setFont(font, 16)
    body = "5G 用戶數持續成長，光世代用戶突破四百萬戶。"
    c.drawString(48, h - 130, body)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[f"{SHADOW_TITLE}\n{body}"], extra={"offset": offset})


SIDE_BOX_LINES: tuple[str, ...] = ("聯發科技股份有限公司", "合併損益表", "(自結數)")
SIDE_TABLE_ROWS: tuple[tuple[str, ...], ...] = (
    ("營業收入淨額", "150,188", "142,097", "138,043"),
    ("推銷費用", "(5,529)", "(4,984)", "(5,642)"),
    ("管理費用", "(2,653)", "(2,588)", "(3,194)"),
    ("研究發展費用", "(39,248)", "(36,353)", "(36,752)"),
    ("營業費用合計", "(47,431)", "(43,924)", "(45,589)"),
    ("營業利益", "21,850", "22,188", "21,412"),
)


def _slide_rows(
    c: Any, rows: Sequence[Sequence[str]], y0: float, pitch: float, x_label: float, x_first: float
) -> None:
    """A slide table's rows: the label at ``x_label``, each amount right-aligned 110 pt
    after the one before, the first at ``x_first``."""
    for k, row in enumerate(rows):
        y = y0 - pitch * k
        c.drawString(x_label, y, row[0])
        for j, cell in enumerate(row[1:]):
            c.drawRightString(x_first + 110 * j, y, cell)


def make_side_box_slide_pdf(path: str | Path) -> PdfFixture:
    """A deck's statement slide: a side box (company, statement title, 自結數) left of a
    table whose rows share text lines with it, and negatives in parentheses.

    Read line by line, the title lands inside a table row (``合併損益表 管理費用 (2,653)``)
    and rows of parenthesized numbers read as prose run together.
    """
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 14)
    y0 = h - 120
    _slide_rows(c, SIDE_TABLE_ROWS, y0, 30, 330, 640)
    c.setFont(font, 18)
    # As on the real slide: the title on the baseline of a table row, the lines above
    # and below it between rows.
    for line, y in zip(SIDE_BOX_LINES, (y0 - 15, y0 - 60, y0 - 105), strict=True):
        c.drawString(48, y, line)
    c.showPage()
    _save(c)
    rows = [" ".join(r) for r in SIDE_TABLE_ROWS]
    return PdfFixture(path=path, pages=["\n".join([*SIDE_BOX_LINES, *rows])])


# The first line reaches further right than the lines under it.
SIDE_NOTE_TITLE = ("新竹科技股份有限公司", "國際財務報導準則", "財務資訊調節表")
SIDE_NOTE_LINES = (
    "註：非金管會認可之國際財務報導準則為",
    "金管會認可之國際財務報導準則之補充而",
    "非替代資訊，調節項目為股份基礎給付獎",
    "酬及所得稅影響數等，其僅為補充而非替",
    "代資訊，且最終實際盈餘分配依照金管會",
    "認可之國際財務報導準則的財務數據為準。",
)
SIDE_NOTE_ROWS = tuple(
    (label, f"{21850 + 963 * k:,}", f"{22188 + 871 * k:,}")
    for k, label in enumerate(
        (
            "營業利益",
            "營業利益率",
            "股份基礎給付獎酬",
            "資產增值攤銷",
            "本期淨利",
            "本期淨利率",
            "母公司業主淨利",
            "每股盈餘",
            "所得稅影響數",
            "調整後淨利",
        )
    )
)


def make_side_note_slide_pdf(path: str | Path) -> PdfFixture:
    """A deck's reconciliation slide: left of a table, a title in large type and a note
    in small type whose lines share text lines with the table's rows (each off the
    rows' baseline, in its own size), the note's last lines running on below the
    table's last row. Read line by line, the box's lines run into the rows
    (``非金管會認可之 營業利益 22,467``) and the note ends after the table."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    y0 = h - 100
    c.setFont(font, 12)
    _slide_rows(c, SIDE_NOTE_ROWS, y0, 22, 360, 670)
    c.setFont(font, 26)
    for n, line in enumerate(SIDE_NOTE_TITLE):
        c.drawString(48, y0 - 26 - 34 * n, line)
    c.setFont(font, 9)
    for n, line in enumerate(SIDE_NOTE_LINES):
        c.drawString(48, y0 - 150 - 12 * n, line)
    c.showPage()
    _save(c)
    rows = [" ".join(r) for r in SIDE_NOTE_ROWS]
    return PdfFixture(path=path, pages=["\n".join([*SIDE_NOTE_TITLE, *SIDE_NOTE_LINES, *rows])])


__all__ = [
    "CJK_FONT_PACKAGE",
    "SIDE_NOTE_LINES",
    "SIDE_NOTE_ROWS",
    "SIDE_NOTE_TITLE",
    "TABLE1_CAPTION",
    "TABLE1_HEADER",
    "TABLE1_NOTE",
    "TABLE1_ROWS",
    "TABLE1_SOURCE",
    "TABLE1_TOTAL",
    "CJKFontNotFoundError",
    "PdfFixture",
    "cjk_chars",
    "find_cjk_font",
    "furniture_text",
    "make_corrupt_pdf",
    "make_decompression_bomb_pdf",
    "make_deeply_nested_pdf",
    "make_encrypted_pdf",
    "make_fake_bold_pdf",
    "make_hidden_text_pdf",
    "make_image_only_pdf",
    "make_letter_spaced_pdf",
    "make_many_pages_pdf",
    "make_msung_pdf",
    "make_multipage_table_pdf",
    "make_offbaseline_digits_pdf",
    "make_password_pdf",
    "make_private_use_pdf",
    "make_report_pdf",
    "make_running_furniture_pdf",
    "make_seed_pdf",
    "make_shadow_title_pdf",
    "make_side_box_slide_pdf",
    "make_side_note_slide_pdf",
    "make_table_pdf",
    "make_three_column_slide_pdf",
    "make_truncated_pdf",
    "make_two_column_pdf",
    "multipage_table_rows",
    "reflow_page",
    "seed_text_pages",
    "split_seed_pages",
    "wrap_text",
    "write_raw_pdf",
]


# =========================================================================== tables (pdftables)
# Fixtures for the table finder on page geometry (pipeline/pdftables): the traps of real
# filings and investor decks. Appended here by the tables work; keep this section last
# but one (the text-layer section may follow).

STATEMENT_COMPANY = "範例科技股份有限公司及子公司"
STATEMENT_TITLE = "合併資產負債表"
STATEMENT_PERIOD = "民國 114 年 3 月 31 日暨民國 113 年 12 月 31 日"
STATEMENT_UNIT = "單位：新台幣仟元"
STATEMENT_PERIODS = ("114年3月31日", "113年12月31日")

# (code, label, note, amount now, amount before); None amounts mark a section heading.
_Row = tuple[str, str, str, int | None, int | None]
STATEMENT_ASSETS: list[_Row] = [
    ("", "流動資產", "", None, None),
    ("1100", "現金及約當現金", "六.1", 674310, 598420),
    ("1170", "應收帳款淨額", "六.2", 215640, 230115),
    ("130X", "存貨", "六.3", 98050, 87465),
    ("11XX", "流動資產合計", "", 988000, 916000),
    ("", "非流動資產", "", None, None),
    ("1600", "不動產、廠房及設備", "六.4", 412000, 420500),
    ("1980", "其他金融資產—非流動", "八", 100000, 63500),
    ("15XX", "非流動資產合計", "", 512000, 484000),
    ("1XXX", "資產總計", "", 1500000, 1400000),
]
STATEMENT_LIABILITIES: list[_Row] = [
    ("", "流動負債", "", None, None),
    ("2100", "短期借款", "六.5", 300000, 280000),
    ("2170", "應付帳款", "", 150000, 170000),
    ("21XX", "流動負債合計", "", 450000, 450000),
    ("", "非流動負債", "", None, None),
    ("2540", "長期借款", "六.6", 250000, 250000),
    ("25XX", "非流動負債合計", "", 250000, 250000),
    ("2XXX", "負債合計", "", 700000, 700000),
    ("3100", "普通股股本", "六.7", 600000, 600000),
    ("3350", "未分配盈餘", "", 212000, 110000),
    ("3500", "庫藏股票", "", -12000, -10000),
    ("3XXX", "權益合計", "", 800000, 700000),
    ("", "負債及權益總計", "", 1500000, 1400000),
]


def _amount(v: int | None, dollar: bool) -> str:
    if v is None:
        return ""
    s = f"({-v:,})" if v < 0 else f"{v:,}"
    return f"$ {s}" if dollar else s


def _statement_heading(
    c: Any,
    y: float,
    company: str,
    title: str,
    period: str,
    unit: str,
    *,
    step: float,
    right: float,
    gap: float | None = None,
    centre: float = A4_W / 2,
) -> float:
    """A statement's heading over its grid: company, title and period centred on ``centre``
    ``step`` apart from ``y`` down, the unit line ``gap`` (else ``step``) under the period,
    set right at ``right``; the unit line's baseline."""
    for text in (company, title):
        c.drawCentredString(centre, y, text)
        y -= step
    c.drawCentredString(centre, y, period)
    y -= step if gap is None else gap
    c.drawRightString(right, y, unit)
    return y


def _statement_page(
    c: Any,
    font: str,
    title: str,
    group: str,
    rows: Sequence[_Row],
    total: int,
    ruled: bool,
    spaced_title: bool = False,
    spaced_periods: bool = False,
    unit_exception: str | None = None,
    unit: str = STATEMENT_UNIT,
) -> list[str]:
    """One landscape statement page: no caption, a unit line (``unit``), a two-level
    header, account codes, a 附註 column, $ on the first and total rows, (negatives), ％
    share columns.
    ``ruled`` draws column rules and header rules but no rule between body rows (the
    real filings' layout that makes one ruled cell hold every row). ``spaced_title``
    letter-spaces the title at an even pitch whose gaps fall either side of a column gap
    (``合 併 資 產 負 債 表``); ``spaced_periods`` spreads each period's pieces (``114 年 3
    月 31 日``) over its 金額 and ％ columns, as PwC-audited statements print it.
    ``unit_exception`` is set right under the unit line (``(除每股盈餘為新台幣元外)``), the
    header a line lower, as Realtek's income statement prints it."""
    w, h = A4_H, A4_W
    size = 9.0
    drawn: list[str] = []

    def centre(text: str, y: float) -> None:
        c.setFont(font, size)
        c.drawCentredString(w / 2, y, text)
        drawn.append(text)

    centre(STATEMENT_COMPANY, h - 50)
    if spaced_title:
        c.setFont(font, size)
        pitches = [(1.6 if k % 3 != 2 else 1.85) * size for k in range(len(title) - 1)]
        x = (w - sum(pitches) - size) / 2
        for k, ch in enumerate(title):
            c.drawString(x, h - 63, ch)
            x += pitches[k] if k < len(pitches) else 0
        drawn.append(title)
    else:
        centre(title, h - 63)
    centre(STATEMENT_PERIOD, h - 76)
    c.drawRightString(w - 40, h - 89, unit)
    drawn.append(unit)
    top = h - 96
    if unit_exception:
        c.drawRightString(w - 40, h - 101, unit_exception)
        drawn.append(unit_exception)
        top -= 14
    # code, label, note, (amount, %) x 2
    xs = [40, 80, 300, 380, 520, 570, 710, 760]
    rights = {3: 505, 4: 560, 5: 695, 6: 750}
    y = top - 12
    c.drawString(xs[0], y, group)
    for k, period in enumerate(STATEMENT_PERIODS):
        over = (rights[3 + 2 * k] - 9 + rights[4 + 2 * k] - 4.5) / 2  # 金額 and ％ centres
        if spaced_periods:  # from 金額's left to ％'s right edge
            pieces = re.findall(r"\d+|\D", period)
            left, right = rights[3 + 2 * k] - 2 * size, rights[4 + 2 * k]
            step = (right - left) / (len(pieces) - 1)
            for n, piece in enumerate(pieces):
                c.drawCentredString(left + n * step, y, piece)
        else:
            c.drawCentredString(over, y, period)
    drawn.append(" ".join([group, *STATEMENT_PERIODS]))
    y -= 13
    header = ["代碼", "項目", "附註", "金額", "％", "金額", "％"]
    for j, text in enumerate(header):
        if j >= 3:
            c.drawRightString(rights[j], y, text)
        else:
            c.drawString(xs[j], y, text)
    drawn.append(" ".join(header))
    header_bottom = y - 4
    y -= 17
    for i, (code, label, note, now, before) in enumerate(rows):
        dollar = i in (1, len(rows) - 1) and now is not None
        cells = [code, label, note]
        for j, text in enumerate(cells):
            if text:
                c.drawString(xs[j], y, text)
        values = []
        for k, v in enumerate((now, before)):
            if v is None:
                continue
            base = total if k == 0 else STATEMENT_TOTALS[1]
            share = f"{v / base * 100:.2f}" if v >= 0 else f"({-v / base * 100:.2f})"
            amount = _amount(v, dollar)
            c.drawRightString(rights[3 + 2 * k], y, amount)
            c.drawRightString(rights[4 + 2 * k], y, share)
            values += [amount, share]
        drawn.append(" ".join(x for x in [code, label, note, *values] if x))
        y -= 13
    bottom = y + 6
    if ruled:
        c.setLineWidth(0.5)
        for yy in (top, top - 16, header_bottom):
            c.line(36, yy, w - 36, yy)
        c.line(36, bottom, w - 36, bottom)
        for x in (36, 376, 565, w - 36):  # the period row spans its 金額 and ％
            c.line(x, top, x, bottom)
        for x in (76, 296, 515, 705):
            c.line(x, top - 16, x, bottom)
    return drawn


STATEMENT_TOTALS = (1500000, 1400000)


def make_statement_pdf(
    path: str | Path,
    ruled: bool = True,
    spaced_title: bool = False,
    spaced_periods: bool = False,
    unit_exception: str | None = None,
    second_unit: str | None = None,
    unit: str = STATEMENT_UNIT,
) -> PdfFixture:
    """An uncaptioned balance sheet over two landscape pages (the second titled (續) with
    its header repeated under another group name), as quarterly filings print it; with
    ``second_unit``, the second page sets the first again under that unit line instead
    (a filer reporting in US dollars sets its statements again in them after the NT$
    ones: ``單位：美金仟元``).
    ``spaced_title`` letter-spaces the first page's title (PwC-audited filings print
    ``個 體 資 產 負 債 表`` so, the pitch cutting it into ``個體資 | 產負債 | 表``);
    ``spaced_periods`` letter-spaces the period headers on both pages (``114 年 3 月 31 日``
    spread over its 金額 and ％ columns); ``unit_exception`` is set under the unit line
    of both pages; ``unit`` is both pages' unit line (one cut inside its leading
    exception, ``單位：除每股盈餘為新台幣元`` over ``外，餘係新台幣仟元``)."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path, pagesize=(A4_H, A4_W))
    pages = [
        _statement_page(
            c,
            font,
            STATEMENT_TITLE,
            "資產",
            STATEMENT_ASSETS,
            1500000,
            ruled,
            spaced_title,
            spaced_periods,
            unit_exception,
            unit,
        )
    ]
    c.showPage()
    again = second_unit is not None
    pages.append(
        _statement_page(
            c,
            font,
            STATEMENT_TITLE if again else STATEMENT_TITLE + "(續)",
            "資產" if again else "負債及權益",
            STATEMENT_ASSETS if again else STATEMENT_LIABILITIES,
            1500000,
            ruled,
            spaced_periods=spaced_periods,
            unit_exception=unit_exception,
            unit=second_unit or unit,
        )
    )
    c.showPage()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["\n".join(p) for p in pages],
        extra={"assets": STATEMENT_ASSETS, "liabilities": STATEMENT_LIABILITIES},
    )


CHART_TICKS = ("0", "20,000", "40,000", "60,000", "80,000")
KPI_TITLE = "營收結構（依平台）"
KPI_HEADER = ("平台", "4Q25", "3Q25", "4Q24", "QoQ", "YoY")
KPI_ROWS = (
    ("智慧型手機", "150,188", "142,097", "138,043", "+5.7%", "+8.8%"),
    ("智慧邊緣平台", "80,907", "75,985", "71,042", "+6.5%", "+13.9%"),
    ("電源管理晶片", "18,536", "17,418", "16,208", "+6.4%", "+14.4%"),
    ("合計", "249,631", "235,500", "225,293", "+6.0%", "+10.8%"),
)


RULED_VALUES_TITLE = "損益與財務指標"
RULED_VALUES_HEADER = ("Q4 2025", "Q4 2024", "成長率 %")
RULED_VALUES_ROWS = (
    ("營收", "65.65", "65.30", "0.5"),
    ("成本及費用", "54.15", "53.78", "0.7"),
    ("營業淨利", "11.38", "11.65", "-2.2"),
)


def make_deck_pdf(path: str | Path) -> PdfFixture:
    """Three slides: a vector bar chart with axis ticks and data labels under a unit line
    (not a table); a KPI table with QoQ/YoY columns and no ruling; a table whose rules
    frame only the values, with its labels and ``(NT$bn)`` set left of the grid."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    # Slide 1: chart
    c.setFont(font, 24)
    c.drawString(60, h - 70, "營收趨勢")
    c.setFont(font, 11)
    c.drawString(60, h - 100, "(單位：新台幣佰萬元)")
    x0, y0, x1, y1 = 120.0, 80.0, 880.0, 400.0
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    for k, tick in enumerate(CHART_TICKS):
        y = y0 + k * (y1 - y0) / (len(CHART_TICKS) - 1)
        c.line(x0, y, x1, y)  # horizontal gridlines, no verticals
        c.drawRightString(x0 - 8, y - 4, tick)
    c.setStrokeColorRGB(0, 0, 0)
    values = [52000, 61000, 58000, 70000, 76000]
    labels = ["4Q24", "1Q25", "2Q25", "3Q25", "4Q25"]
    for k, (v, lab) in enumerate(zip(values, labels, strict=True)):
        bx = x0 + 40 + k * 150
        top = y0 + v / 80000 * (y1 - y0)
        c.setFillColorRGB(0.2, 0.4, 0.8)
        c.rect(bx, y0, 60, top - y0, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(bx + 30, top + 6, f"{v:,}")
        c.drawCentredString(bx + 30, y0 - 16, lab)
    c.showPage()
    # Slide 2: KPI table without rules
    c.setFont(font, 24)
    c.drawString(60, h - 70, KPI_TITLE)
    c.setFont(font, 14)
    xs = [80, 420, 540, 660, 780, 880]
    y = h - 140
    for j, text in enumerate(KPI_HEADER):
        (c.drawString if j == 0 else c.drawRightString)(xs[j], y, text)
    for row in KPI_ROWS:
        y -= 32
        for j, text in enumerate(row):
            (c.drawString if j == 0 else c.drawRightString)(xs[j], y, text)
    c.showPage()
    # Slide 3: rules frame only the value columns; labels and "(NT$bn)" stand left of them
    c.setFont(font, 24)
    c.drawString(60, h - 70, RULED_VALUES_TITLE)
    c.setFont(font, 14)
    gx = [400.0, 520.0, 640.0, 760.0]
    y = h - 140.0
    c.drawString(80, y, "(NT$bn)")
    for j, text in enumerate(RULED_VALUES_HEADER):
        c.drawRightString(gx[j + 1] - 10, y, text)
    for label, *values in RULED_VALUES_ROWS:
        y -= 30
        c.drawString(80, y, label)
        for j, text in enumerate(values):
            c.drawRightString(gx[j + 1] - 10, y, text)
    c.setLineWidth(0.5)
    top, bottom = h - 125.0, y - 10
    for yy in [top, *(h - 140.0 - 30 * k - 15 for k in range(len(RULED_VALUES_ROWS))), bottom]:
        c.line(gx[0], yy, gx[-1], yy)
    for xx in gx:
        c.line(xx, top, xx, bottom)
    c.showPage()
    _save(c)
    return PdfFixture(
        path=path,
        pages=["營收趨勢", KPI_TITLE, RULED_VALUES_TITLE],
        extra={"ticks": CHART_TICKS, "kpi_header": KPI_HEADER, "kpi_rows": KPI_ROWS},
    )


def _slide(path: Path, title: str, size: float) -> tuple[Any, str, float]:
    """A 960×540 slide canvas with its title set; the body font set to ``size``."""
    font = _register_cjk()
    h = 540.0
    c = _canvas(path, pagesize=(960.0, h))
    c.setFont(font, 24)
    c.drawString(60, h - 70, title)
    c.setFont(font, size)
    return c, font, h


MONTHLY_TITLE = "2024 每月營運資訊"
MONTHLY_HEADER = ("月份", "營業收入", "營業利益", "營業利益率", "稅後淨利")
MONTHLY_ROWS: tuple[tuple[str, ...], ...] = tuple(
    (
        str(m),
        f"{50_000 + 1_000 * m:,}",
        f"{10_000 + 500 * m:,}",
        f"{20 + m / 10:.2f}%",
        f"{8_000 + 300 * m:,}",
    )
    for m in range(1, 13)
)
MONTHLY_TOTAL = (
    "合計",
    f"{sum(50_000 + 1_000 * m for m in range(1, 13)):,}",
    f"{sum(10_000 + 500 * m for m in range(1, 13)):,}",
    "20.65%",
    f"{sum(8_000 + 300 * m for m in range(1, 13)):,}",
)
SMALL_TICKS = ("0", "1", "2", "3", "4", "5")


def make_numbered_rows_slide_pdf(path: str | Path) -> PdfFixture:
    """Two slides of a deck. 1: a monthly table whose rows are labelled only by their
    month number (``1 52,215,347 16,862,127 32.29% …``), with a 合計 row, no rules.
    2: a bar chart whose axis ticks count up by one (0–5) beside bars with data labels
    (not a table)."""
    path = Path(path)
    c, font, h = _slide(path, MONTHLY_TITLE, 12)
    xs = [100, 330, 500, 650, 820]
    y = h - 120
    for j, text in enumerate(MONTHLY_HEADER):
        c.drawCentredString(xs[j], y, text)
    for row in (*MONTHLY_ROWS, MONTHLY_TOTAL):
        y -= 26
        for j, text in enumerate(row):
            (c.drawCentredString if j == 0 else c.drawRightString)(
                xs[j] + (0 if j == 0 else 40), y, text
            )
    c.showPage()
    c.setFont(font, 24)
    c.drawString(60, h - 70, "新船交付艘數")
    c.setFont(font, 11)
    x0, y0, x1, y1 = 120.0, 80.0, 880.0, 400.0
    c.setLineWidth(0.5)
    for k, tick in enumerate(SMALL_TICKS):
        y = y0 + k * (y1 - y0) / (len(SMALL_TICKS) - 1)
        c.line(x0, y, x1, y)
        c.drawRightString(x0 - 8, y - 4, tick)
    for k, (v, lab) in enumerate(zip((2, 4, 3, 5), ("2022", "2023", "2024", "2025"), strict=True)):
        bx = x0 + 60 + k * 180
        top = y0 + v / 5 * (y1 - y0)
        c.setFillColorRGB(0.2, 0.4, 0.8)
        c.rect(bx, y0, 60, top - y0, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(bx + 30, top + 6, str(v))
        c.drawCentredString(bx + 30, y0 - 16, lab)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[MONTHLY_TITLE, "新船交付艘數"])


TWO_LINE_TITLE = "船隊船齡與訂單比率"
TWO_LINE_HEADER = ("船型", "2021", "2022", "2023", "2024", "2025")
TWO_LINE_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("海岬型", "(110,000+)", ("8.0", "6.8", "5.4", "5.6", "7.8")),
    ("巴拿馬型", "(67-110,000)", ("7.8", "8.0", "10.3", "13.0", "14.8")),
    ("超輕便型", "(40-67,000)", ("7.4", "9.1", "9.7", "11.3", "11.7")),
)
TWO_LINE_TOTAL = ("合計", ("6.5", "7.2", "9.2", "10.4", "11.3"))


def make_wrapped_labels_slide_pdf(path: str | Path) -> PdfFixture:
    """A slide table whose label cells hold two lines centred on their row: the first
    line half a line above the values, the second half a line below (``Cape`` /
    ``8.0 6.8 …`` / ``(110,000+)``), so no text line holds both a label and values."""
    path = Path(path)
    c, _, h = _slide(path, TWO_LINE_TITLE, 14)
    xs = [60, 330, 430, 530, 630, 730]
    y = h - 140
    for j, text in enumerate(TWO_LINE_HEADER):
        (c.drawString if j == 0 else c.drawRightString)(xs[j], y, text)
    for top, bottom, values in TWO_LINE_ROWS:
        y -= 50
        c.drawString(xs[0], y + 8, top)
        c.drawString(xs[0], y - 8, bottom)
        for j, text in enumerate(values, start=1):
            c.drawRightString(xs[j], y, text)
    y -= 44
    c.drawString(xs[0], y, TWO_LINE_TOTAL[0])
    for j, text in enumerate(TWO_LINE_TOTAL[1], start=1):
        c.drawRightString(xs[j], y, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[TWO_LINE_TITLE])


def make_side_by_side_statement_pdf(
    path: str | Path, spaced: bool = False, apart: bool = False
) -> PdfFixture:
    """A balance sheet printed as two panels on one landscape page: assets on the left,
    liabilities and equity on the right, each with code, label, amount and ％. ``spaced``
    sets each panel's names as 力積電 does: ``代　碼`` and the group name letter-spaced at
    one pitch from the code column on (``代碼資``), the group name's last glyph at the
    label column's right end (``產``), section names (``流動資產``) at the group name's
    left edge with the items indented under them, and the grand total letter-spaced too
    (``資　產　總　計``). ``apart`` (with ``spaced``) sets the group name as 新應材 does:
    its first glyph over the section names' left edge, its last just left of the first
    amount column's ``金　額`` (spread over the amounts' width), past the labels' right
    end (``資 … 產金額``)."""
    path = Path(path)
    font = _register_cjk()
    w, h = A4_H, A4_W
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 9)
    _statement_heading(
        c,
        h - 50,
        STATEMENT_COMPANY,
        STATEMENT_TITLE,
        STATEMENT_PERIOD,
        STATEMENT_UNIT,
        step=13,
        right=w - 40,
        centre=w / 2,
    )
    panels = ((40.0, "資產", STATEMENT_ASSETS), (430.0, "負債及權益", STATEMENT_LIABILITIES))
    for x, group, rows in panels:
        y = h - 110
        if spaced:  # 代 碼 資 at one pitch, then 產 at the label column's right end
            c.setFont(font, 6)
            _pitched_string(c, x, y, "代碼", 12.4)
            if apart:  # the last glyph 5pt left of the first 金　額, over no amount
                _spread_string(c, x + 24.8, x + 193 - 36 - 6, y, group, 6)
            else:
                _spread_string(c, x + 24.8, x + 95.4, y, group, 6)
        else:
            c.drawString(x, y, "代碼")
            c.drawString(x + 35, y, group)
        right = (x + 193, x + 220) if spaced else (x + 300, x + 350)
        pairs = ((0.0, STATEMENT_PERIODS[0]), (72.0, STATEMENT_PERIODS[1])) if spaced else ()
        for dx, period in pairs:  # the dates over each 金額 ％ pair
            c.drawCentredString(right[0] + dx - 6, y + 8, period)
        for dx in [dx for dx, _ in pairs] or [0.0]:
            if apart:  # 金　額 spread over its column's width, as its amounts are
                _spread_string(c, right[0] + dx - 36, right[0] + dx, y, "金額", 6)
            else:
                c.drawRightString(right[0] + dx, y, "金額")
            c.drawRightString(right[1] + dx, y, "％")
        for i, (code, label, _note, now, _before) in enumerate(rows):
            y -= 7.5 if spaced else 13
            if spaced and i and now is None and label.startswith("非流動"):
                y = h - 110 - 7.5 * 6  # the panels' sections side by side on one line
            if code:
                c.drawString(x, y, code)
            if spaced and label.endswith("總計"):  # justified with two spaces a gap
                _pitched_string(c, x + 24.8, y, "  ".join(label), 5.67)
            elif spaced:
                c.drawString(x + 24.8 if now is None else x + 35.4, y, label)
            else:
                c.drawString(x + 35, y, label)
            if now is not None:
                for dx, v, whole in ((0.0, now, 0), (72.0, _before, 1))[: 2 if spaced else 1]:
                    assert v is not None
                    c.drawRightString(right[0] + dx, y, _amount(v, i in (1, len(rows) - 1)))
                    share = v / STATEMENT_TOTALS[whole] * 100
                    shown = f"{share:.2f}" if v >= 0 else f"({-share:.2f})"
                    c.drawRightString(right[1] + dx, y, shown)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[STATEMENT_TITLE])


__all__ += ["make_deck_pdf", "make_side_by_side_statement_pdf", "make_statement_pdf"]


# =========================================================================== tables 2 (pdftables)
# Traps of the real decks and filings the first table work left open: nested ruled blocks
# (one ruled cell holding several columns of numbers), letter-spaced header cells, a
# table of contents, notes tables set close together.

NESTED_TITLE = "財務資訊調節表"
# The real slide's title, set over four lines left of the grid.
# The last line closes with the marker of the slide's note (註2).
NESTED_TITLE_LINES = ("非金管會認可之", "國際財務報導準則", "(Non-TIFRS)", "財務資訊調節表註2")
NESTED_UNIT = "(單位:新台幣佰萬元)"
# Period headers set on two lines each ("2025年" over "第四季").
NESTED_HEADER = ("2025年 第四季", "2025年 第三季", "2024年 第四季", "Q-Q", "Y-Y")
# (block, label, values); a block's name is ruled beside its rows, centred on them.
NESTED_BLOCKS: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        "TIFRS",
        (
            ("營業利益", ("21,850", "22,188", "21,412", "(1.5%)", "2.0%")),
            ("營業利益率(%)", ("14.5%", "15.6%", "15.5%", "", "")),
        ),
    ),
    (
        "調節項目",
        (
            ("股份基礎給付獎酬", ("579", "561", "498", "", "")),
            ("資產增值攤銷", ("38", "95", "111", "", "")),
            ("所得稅影響數", ("(93)", "(98)", "(80)", "", "")),
        ),
    ),
    (
        "Non-TIFRS",
        (
            ("營業利益", ("22,374", "22,745", "21,941", "(1.6%)", "2.0%")),
            ("營業利益率(%)", ("15.0%", "16.1%", "16.0%", "", "")),
        ),
    ),
)


def make_nested_blocks_slide_pdf(
    path: str | Path, split_gap: float = 0.0, title_lines: Sequence[str] = (NESTED_TITLE,)
) -> PdfFixture:
    """A deck's reconciliation slide: the title at the left, a unit line and the period
    headers above a ruled grid (not inside it) whose rules frame blocks of rows only:
    block name | the block's labels | every period's amounts, all in one ruled cell each.
    ``split_gap`` draws the blocks after the first as a second grid that many points
    lower (the real slide's second grid carries no header of its own); ``title_lines``
    sets the title over that many lines, each right under the one before."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 24)
    top = h - 250 if len(title_lines) == 1 else h - 120  # several lines: beside the rows
    for k, line in enumerate(title_lines):
        c.drawString(60, top - 28 * k, line)
    size = 11.0
    c.setFont(font, size)
    gx = (310.0, 390.0, 603.0, 925.0)
    rights = (650.0, 715.0, 780.0, 850.0, 910.0)
    y = h - 95.0
    c.drawString(gx[0], y, NESTED_UNIT)
    for x, text in zip(rights, NESTED_HEADER, strict=True):
        parts = text.split(" ")
        for k, part in enumerate(parts):
            c.drawRightString(x, y + 13 * (len(parts) - 1 - k), part)
    top = y - 10
    c.setLineWidth(0.5)
    yy = top
    rules = [top]
    grids: list[tuple[float, float]] = []
    for b, (block, rows) in enumerate(NESTED_BLOCKS):
        if split_gap and b == 1:
            grids.append((top, yy))
            yy -= split_gap
            top = yy
            rules.append(yy)
        first = yy - 14
        for k, (label, values) in enumerate(rows):
            base = first - 16 * k
            c.drawString(gx[1] + 6, base, label)
            for x, v in zip(rights, values, strict=True):
                if v:
                    c.drawRightString(x, base, v)
        last = first - 16 * (len(rows) - 1)
        c.drawString(gx[0] + 6, (first + last) / 2, block)
        yy = last - 8
        rules.append(yy)
    grids.append((top, rules[-1]))
    for r in rules:
        c.line(gx[0], r, gx[-1], r)
    for g_top, g_bottom in grids:
        for x in gx:
            c.line(x, g_top, x, g_bottom)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=list(title_lines), extra={"blocks": NESTED_BLOCKS})


__all__ += ["make_nested_blocks_slide_pdf"]


SPACED_HEADER_PERIODS = ("114年3月31日", "113年12月31日")


def make_spaced_header_statement_pdf(path: str | Path) -> PdfFixture:
    """An unruled balance sheet whose column headers are set with distributed alignment:
    ``代 碼``, ``資 產`` and ``金 額`` each spread over its column's width (the first glyph
    at the column's left, the last at its right), ``％`` beside each amount column."""
    path = Path(path)
    font = _register_cjk()
    w, h = A4_W, A4_H
    c = _canvas(path, pagesize=(w, h))
    size = 8.0
    c.setFont(font, size)
    _statement_heading(
        c,
        h - 60,
        STATEMENT_COMPANY,
        STATEMENT_TITLE,
        STATEMENT_PERIOD,
        STATEMENT_UNIT,
        step=12,
        right=w - 40,
    )
    # code | label | amount % | amount %: (left, right) of each column's header cell
    cells = [
        (48.0, 74.0),
        (80.0, 266.0),
        (272.0, 331.0),
        (345.0, 353.0),
        (368.0, 427.0),
        (441.0, 449.0),
    ]
    amount_right = {2: 321.0, 3: 357.0, 4: 417.0, 5: 453.0}
    y = h - 120
    for k, period in enumerate(SPACED_HEADER_PERIODS):  # centred over 金額 and ％
        amount, share = cells[2 + 2 * k], cells[3 + 2 * k]
        c.drawCentredString((sum(amount) / 2 + sum(share) / 2) / 2, y, period)
    y -= 9
    for (left, right), word in zip(
        cells, ("代碼", "資產", "金額", "％", "金額", "％"), strict=True
    ):
        if len(word) == 1:
            c.drawString(left, y, word)
            continue
        c.drawString(left, y, word[0])
        c.drawRightString(right, y, word[1])
    rows = [r for r in STATEMENT_ASSETS if r[3] is not None]
    for code, label, _note, now, before in rows:
        y -= 9
        c.drawString(50, y, code)
        c.drawString(92, y, label)
        for k, v in enumerate((now, before)):
            assert v is not None
            c.drawRightString(amount_right[2 + 2 * k], y, f"{v:,}")
            c.drawRightString(amount_right[3 + 2 * k], y, f"{v / STATEMENT_TOTALS[k] * 100:.0f}")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[STATEMENT_TITLE])


__all__ += ["make_spaced_header_statement_pdf"]


CONTENTS_ROWS = (
    ("一、封　　面", "1", "-"),
    ("二、目　　錄", "2", "-"),
    ("三、會計師核閱報告", "3～4", "-"),
    ("四、合併資產負債表", "5", "-"),
    ("五、合併綜合損益表", "6～7", "-"),
    ("六、合併財務報表附註", "", ""),  # a numbered heading without a page: cuts the rows apart
    ("(一) 公司沿革", "8", "一"),
    ("(二) 重要會計項目之說明", "9～30", "二～十三"),
    ("(三) 關係人交易", "31", "十四"),
    ("(四) 質押之資產", "32", "十五"),
)


def make_contents_pdf(path: str | Path, ruled: bool = False) -> PdfFixture:
    """A filing's table of contents (not a table): a letter-spaced 目　　錄 heading, a
    項目 | 頁次 | 附註編號 header, titles with page numbers and ranges; on a second page a
    real table whose header also says 頁次 but whose cells are amounts."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    size = 12.0
    c.setFont(font, 16)
    c.drawCentredString(A4_W / 2, A4_H - 80, "目　　錄")
    c.setFont(font, size)
    xs = (80.0, 380.0, 460.0)
    y = A4_H - 120
    for x, text in zip(xs, ("項　　目", "頁　次", "附註編號"), strict=True):
        c.drawString(x, y, text)
    top = y + 14
    for row in CONTENTS_ROWS:
        y -= 22
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, y, text)
    if ruled:
        c.setLineWidth(0.5)
        for yy in [top, *(A4_H - 126 - 22 * k for k in range(len(CONTENTS_ROWS) + 1))]:
            c.line(70, yy, 540, yy)
        for x in (70.0, 370.0, 450.0, 540.0):
            c.line(x, top, x, A4_H - 126 - 22 * len(CONTENTS_ROWS))
    c.showPage()
    c.setFont(font, size)
    c.drawString(80, A4_H - 80, "單位：新台幣仟元")
    y = A4_H - 110
    for x, text in zip(xs, ("項目", "頁次", "金額"), strict=True):
        c.drawString(x, y, text)
    for label, page, amount in (
        ("營業收入", "5", "1,234,567"),
        ("營業成本", "6", "(456,789)"),
        ("營業毛利", "7", "777,778"),
    ):
        y -= 22
        c.drawString(xs[0], y, label)
        c.drawRightString(xs[1] + 20, y, page)
        c.drawRightString(xs[2] + 70, y, amount)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["目錄", "單位"])


__all__ += ["CONTENTS_ROWS", "make_contents_pdf"]


NOTES_TABLES = (
    (
        "(3) 其他利益及損失",
        (
            ("淨外幣兌換利益", "$414,636", "$(87,417)"),
            ("金融資產損失", "(3,009)", "(4,096)"),
            ("其他", "(1,415)", "(1,540)"),
        ),
    ),
    (
        "(4) 財務成本",
        (("銀行借款之利息", "$2,210", "$1,870"), ("租賃負債之利息", "1,950", "1,629")),
    ),
    ("(5) 租金收入", (("營業租賃之租金收入", "$15,754", "$15,732"),)),  # a table of one row
)


def make_close_notes_tables_pdf(path: str | Path) -> PdfFixture:
    """Notes tables set close together (one line apart), each under its numbered heading
    and its own period header, with no rules: one table each, the last of one row."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    size = 10.0
    c.setFont(font, size)
    y = A4_H - 80
    for heading, rows in NOTES_TABLES:
        c.drawString(90, y, heading)
        y -= 20
        c.drawRightString(420, y, "113年第1季")
        c.drawRightString(510, y, "112年第1季")
        for label, now, before in rows:
            y -= 16
            c.drawString(110, y, label)
            c.drawRightString(420, y, now)
            c.drawRightString(510, y, before)
        y -= 22
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[NOTES_TABLES[0][0]])


__all__ += ["NOTES_TABLES", "make_close_notes_tables_pdf"]


def _cjk_page(path: Path, size: float) -> tuple[Any, str]:
    """A canvas for one A4 page, the CJK font set at ``size``: the opening of the notes
    fixtures below."""
    font = _register_cjk()
    c = _canvas(path)
    c.setFont(font, size)
    return c, font


def _notes_page(path: Path, size: float, heading: str) -> tuple[Any, float]:
    """A notes page opened with its numbered heading; the next line's baseline."""
    c, _ = _cjk_page(path, size)
    c.drawString(90, A4_H - 80, heading)
    return c, A4_H - 100


def _draw_row(
    c: Any, y: float, x_label: float, label: str, xs: Sequence[float], cells: Sequence[str]
) -> None:
    """A label at the left, then each cell right-aligned at its column's right edge."""
    if label:
        c.drawString(x_label, y, label)
    for x, cell in zip(xs, cells, strict=True):
        c.drawRightString(x, y, cell)


# --------------------------------------------------------------------------- stacked notes tables

AGING_HEADER = ("帳面金額", "損失率", "備抵損失")
AGING_BLOCKS = (
    ("113.3.31", (("未逾期", "$ 30,490", "0.61%", "186"), ("逾期1~30天", "8,505", "0.62%", "52"))),
    (
        "112.12.31",
        (("未逾期", "$ 128,136", "0.62%", "795"), ("逾期1~30天", "6,618", "0.63%", "42")),
    ),
)
MOVEMENT_INTRO = "本公司應收帳款之備抵損失變動表如下："
MOVEMENT_ROWS = (("期初餘額", "$ 839", "773"), ("本期減損損失迴轉數", "(507)", "(347)"))


def make_stacked_notes_tables_pdf(path: str | Path) -> PdfFixture:
    """Notes tables stacked without numbered headings or rules, one line apart (a real
    filing's aging schedules): an aging schedule per date, each under its own date and
    column names centred over the amounts, then a line ending ``如下：`` and a movement
    table under a two-line ROC period header (``113年`` over ``1月至3月``)."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (300.0, 400.0, 500.0)  # right edges of the three amount columns
    y = A4_H - 80
    c.drawString(90, y, "(四)應收帳款")
    for date, rows in AGING_BLOCKS:
        y -= 18
        # Centred over the column names, as a symmetric layout sets it.
        centres = [
            x - c.stringWidth(n, font, size) / 2 for x, n in zip(xs, AGING_HEADER, strict=True)
        ]
        c.drawCentredString(sum(centres) / len(centres), y, date)
        y -= 16
        _draw_row(c, y, 90, "", xs, AGING_HEADER)
        for row in rows:
            y -= 16
            _draw_row(c, y, 90, row[0], xs, row[1:])
    y -= 18
    c.drawString(90, y, MOVEMENT_INTRO)
    for head in (("113年", "112年"), ("1月至3月", "1月至3月")):
        y -= 16
        for x, cell in zip(xs[1:], head, strict=True):
            c.drawRightString(x, y, cell)
    for label, now, before in MOVEMENT_ROWS:
        y -= 16
        c.drawString(90, y, label)
        c.drawRightString(xs[1], y, now)
        c.drawRightString(xs[2], y, before)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(四)應收帳款"])


__all__ += [
    "AGING_BLOCKS",
    "AGING_HEADER",
    "MOVEMENT_INTRO",
    "MOVEMENT_ROWS",
    "make_stacked_notes_tables_pdf",
]


# --------------------------------------------------------------------------- numbered levels

LEVELS = ("第 1 等級", "第 2 等級", "第 3 等級", "合計")
LEVEL_ROWS = (
    ("－國內上市（櫃）股票", "$ 623,132", "$ -", "$ -", "$ 623,132"),
    ("－國內興櫃股票", "-", "-", "11,348", "11,348"),
    ("", "$ 623,132", "$ -", "$ 11,348", "$ 634,480"),
)


def make_numbered_levels_pdf(path: str | Path) -> PdfFixture:
    """A fair-value hierarchy table whose justified header sets each glyph apart
    (``第 1 等級 第 2 等級 …``, gaps wider than a column gap), so the level numbers
    stand alone as if they were amounts, over narrow right-aligned amount columns."""
    path = Path(path)
    size = 9.5
    c, font = _cjk_page(path, size)
    xs = (330.0, 400.0, 470.0, 540.0)
    y = A4_H - 80
    c.drawString(90, y, "1. 公允價值層級")
    y -= 18
    for x, name in zip(xs, LEVELS, strict=True):
        # Justified: the words set a column gap (9 pt) apart, the number alone between.
        words = name.split()
        widths = [c.stringWidth(w, font, size) for w in words]
        x0 = x - sum(widths) - 9.0 * (len(words) - 1)
        for w, wd in zip(words, widths, strict=True):
            c.drawString(x0, y, w)
            x0 += wd + 9.0
    for row in LEVEL_ROWS:
        y -= 16
        c.drawString(90, y, row[0])
        for x, cell in zip(xs, row[1:], strict=True):
            c.drawRightString(x, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["1. 公允價值層級"])


__all__ += ["LEVELS", "LEVEL_ROWS", "make_numbered_levels_pdf"]


# --------------------------------------------------------------------------- amount and % columns

INCOME_ROWS = (
    ("營業收入", "$ 67,559", "100", "64,708", "100"),
    ("營業成本", "19,239", "28", "17,811", "28"),
    ("營業毛利", "48,320", "72", "46,897", "72"),
    ("推銷費用", "9,134", "14", "8,685", "13"),
)
INCOME_EPS = ("基本每股盈餘", "0.28", "0.21")


def make_income_percent_pdf(path: str | Path) -> PdfFixture:
    """An income statement whose amount and % columns stand closer than a column gap
    would suggest, and whose earnings per share (``$ 0.28``) is set right-aligned under
    the % column with its ``$`` at the left of the amount column: one cell over two
    columns, as real statements print it."""
    path = Path(path)
    size = 12.0
    c, _ = _cjk_page(path, size)
    amount, share = (446.0, 533.0), (474.0, 562.0)
    y = A4_H - 80
    c.drawCentredString(A4_W / 2, y, "綜合損益表")
    y -= 18
    c.drawCentredString(A4_W / 2, y, "民國一一三年及一一二年一月一日至三月三十一日")
    y -= 18
    c.drawRightString(565, y, "單位：新台幣千元")
    y -= 22
    for a, s, period in zip(amount, share, ("113年1月至3月", "112年1月至3月"), strict=True):
        c.drawCentredString((a - 30 + s) / 2, y, period)
    y -= 16
    for a, s in zip(amount, share, strict=True):
        c.drawRightString(a, y, "金額")
        c.drawRightString(s, y, "％")
    for label, *cells in INCOME_ROWS:
        y -= 18
        c.drawString(95, y, label)
        for x, cell in zip((amount[0], share[0], amount[1], share[1]), cells, strict=True):
            if cell.startswith("$ "):
                c.drawString(390, y, "$")
                cell = cell[2:]
            c.drawRightString(x, y, cell)
    y -= 18
    c.drawString(95, y, INCOME_EPS[0])
    c.drawString(390, y, "$")
    c.drawRightString(share[0], y, INCOME_EPS[1])
    c.drawRightString(share[1], y, INCOME_EPS[2])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["綜合損益表"])


__all__ += ["INCOME_EPS", "INCOME_ROWS", "make_income_percent_pdf"]


# Negative amounts and % in brackets, each closing bracket touching the next cell's opening
# one (a parent-only statement's expense rows: ``( 6,421,327)( 1)( 4,667,122)( 1)``).
TOUCHING_ROWS = (
    ("營業收入", "483,243", "100", "395,847", "100"),
    ("推銷費用", "( 6,421)", "( 1)", "( 4,667)", "( 1)"),
    ("管理費用", "( 4,034)", "( 1)", "( 3,444)", "( 1)"),
    ("營業費用合計", "( 10,455)", "( 2)", "( 8,111)", "( 2)"),
    ("財務成本", "( 201)", "-", "( 282)", "-"),
)


def make_touching_negatives_pdf(path: str | Path) -> PdfFixture:
    """An income statement whose bracketed negatives touch: each cell's ``(`` is set right
    after the previous cell's ``)``, with the amount itself right-aligned in its column, so
    the text layer reads ``( 6,421)(`` and ``1)(`` (ASUS's statements)."""
    path = Path(path)
    size = 12.0
    c, _ = _cjk_page(path, size)
    xs = (446.0, 474.0, 533.0, 562.0)
    y = A4_H - 80
    c.drawCentredString(A4_W / 2, y, "個體綜合損益表")
    y -= 18
    c.drawRightString(565, y, "單位：新台幣千元")
    y -= 22
    for x, head in zip(xs, ("113年度", "％", "112年度", "％"), strict=True):
        c.drawRightString(x, y, head)
    for label, *cells in TOUCHING_ROWS:
        y -= 18
        c.drawString(95, y, label)
        prev_end = None
        for x, cell in zip(xs, cells, strict=True):
            if cell.startswith("( ") and prev_end is not None:
                c.drawString(prev_end, y, "(")  # touching the previous ")"
                c.drawRightString(x, y, cell[2:])
            else:
                c.drawRightString(x, y, cell)
            prev_end = x
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["個體綜合損益表"])


__all__ += ["TOUCHING_ROWS", "make_touching_negatives_pdf"]


# An income statement whose note references wrap onto lines of their own, at the row
# pitch: (code, label, note lines, amounts, the note line the amounts stand on).
WRAPPED_NOTE_ROWS = (
    ("4000", "營業收入", ("六(十七)及七",), ("$ 483,243", "100", "$ 395,847", "100"), 0),
    (
        "5000",
        "營業成本",
        ("六(六)(八)", "(九)(十一)", "(二十)及七"),
        ("( 442,563)", "( 92)", "( 366,982)", "( 93)"),
        0,
    ),
    ("5900", "營業毛利", (), ("40,680", "8", "28,865", "7"), 0),
    ("", "營業費用", ("六(八)(九)", "(十一)(二十)", "(二十一)、七及", "九"), (), 0),
    ("6100", "推銷費用", (), ("( 6,421)", "( 1)", "( 4,667)", "( 1)"), 0),
    ("6200", "管理費用", ("六(十)", "(十二)及七"), ("( 4,034)", "( 1)", "( 3,444)", "( 1)"), 1),
    ("6000", "營業費用合計", (), ("( 10,455)", "( 2)", "( 8,111)", "( 2)"), 0),
    ("6900", "營業利益", (), ("30,225", "6", "20,754", "5"), 0),
)


def make_wrapped_note_refs_pdf(path: str | Path) -> PdfFixture:
    """A parent-only income statement whose 附註 cells wrap onto lines of their own at the
    row pitch (``六(六)(八)`` / ``(九)(十一)`` / ``(二十)及七``; ``九`` alone), the amounts on
    the first line or on the last (ASUS's and Uni-President's statements). A wrapped
    ``(九)(十一)`` reads like a note's numbered heading."""
    path = Path(path)
    size = 9.0
    c, _ = _cjk_page(path, size)
    xs = (380.0, 410.0, 500.0, 530.0)
    y = _statement_heading(
        c,
        A4_H - 80,
        "範例電腦股份有限公司",
        "個體綜合損益表",
        "民國113年及112年1月1日至12月31日",
        "單位：新台幣仟元",
        step=12,
        right=535,
    )
    y -= 14
    c.drawString(70, y, "項目")
    c.drawString(220, y, "附註")
    for x, head in zip(xs, ("113年度", "％", "112年度", "％"), strict=True):
        c.drawRightString(x, y, head)
    for code, label, notes, amounts, on in WRAPPED_NOTE_ROWS:
        y -= 11
        c.drawString(40, y, code)
        c.drawString(70, y, label)
        for k, note in enumerate(notes or ("",)):
            if k:
                y -= 11
            c.drawString(220, y, note)
            if k == on and amounts:
                for x, cell in zip(xs, amounts, strict=True):
                    c.drawRightString(x, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["個體綜合損益表"])


__all__ += ["WRAPPED_NOTE_ROWS", "make_wrapped_note_refs_pdf"]


# Rows of a first-time-adoption reconciliation (中華民國一般公認會計原則 → IFRSs): label,
# three amounts, the 說明 references, one or two lines.
TRANSITION_ROWS: tuple[tuple[str, tuple[str, str, str], tuple[str, ...]], ...] = (
    ("不動產、廠房及設備", ("296,948", "( 11,578)", "285,370"), ("(3)",)),
    ("無形資產", ("172,100", "-", "172,100"), ()),
    ("遞延所得稅資產", ("-", "9,882", "9,882"), ("(1)、(4)、", "(5)、(6)")),
    ("其他非流動資產", ("55,567", "11,368", "66,935"), ("(3)、(6)",)),
    ("非流動資產合計", ("524,615", "9,672", "534,287"), ()),
)


def make_transition_refs_pdf(path: str | Path) -> PdfFixture:
    """A notes table reconciling the old GAAP to IFRSs (the 雷科 102Q1 report): a 說明
    column whose references for one row run over two lines set half a line above and
    below the row's amounts (``(1)、(4)、`` / ``(5)、(6)``). Each line alone reads like a
    note's numbered heading or a new header over the columns."""
    path = Path(path)
    size = 10.0
    c, y = _notes_page(path, size, "(三)自中華民國一般公認會計原則轉換至 IFRSs 之調節")
    c.drawString(100, y, "1.民國 101 年 1月 1日權益之調節")
    y -= 22
    xs = (330.0, 400.0, 470.0)
    for x, head in zip(xs, ("一般公認會計原則", "轉換影響數", "IFRSs"), strict=True):
        c.drawRightString(x, y, head)
    c.drawString(490, y, "說明")
    y -= 18
    c.drawString(110, y, "非流動資產")
    for label, amounts, notes in TRANSITION_ROWS:
        y -= 18
        _draw_row(c, y, 120, label, xs, amounts)
        if len(notes) == 1:
            c.drawString(490, y, notes[0])
        elif notes:
            c.drawString(490, y + 6, notes[0])
            c.drawString(490, y - 6, notes[1])
            y -= 4
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["調節"])


__all__ += ["TRANSITION_ROWS", "make_transition_refs_pdf"]


# A balance sheet under the old GAAP's chart of accounts (the 雷科 100 annual report): the
# groups close on 合計 rows, or on a net (`15XX 固定資產淨額` after cost and 累計折舊), and
# 資產總計 adds the aggregate codes one level below its own `1XXX`.
CODED_ASSETS: tuple[tuple[str, str, str, str], ...] = (
    ("", "流動資產", "", ""),
    ("1100", "現金及約當現金", "$ 500,000", "$ 400,000"),
    ("1140", "應收帳款淨額", "300,000", "250,000"),
    ("11XX", "流動資產合計", "800,000", "650,000"),
    ("", "基金及投資", "", ""),
    ("1480", "以成本衡量之金融資產–非流動", "60,000", "55,000"),
    ("14XX", "基金及投資合計", "60,000", "55,000"),
    ("", "固定資產", "", ""),
    ("1521", "房屋及建築", "170,000", "110,000"),
    ("1531", "機器設備", "290,000", "250,000"),
    ("15XY", "成本及重估增值", "460,000", "360,000"),
    ("15X9", "減：累計折舊", "(230,000 )", "(190,000 )"),
    ("15XX", "固定資產淨額", "230,000", "170,000"),
    ("1XXX", "資產總計", "$ 1,090,000", "$ 875,000"),
)


def make_coded_balance_sheet_pdf(path: str | Path) -> PdfFixture:
    """A balance sheet's assets side whose groups are named by account codes with X's
    (``11XX``, ``14XX``, ``15XX``, ``1XXX``): its 資產總計 adds 流動資產合計, 基金及投資合計
    and 固定資產淨額, which only the codes tie together."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    y = _statement_heading(
        c,
        A4_H - 70,
        "範例股份有限公司及其子公司",
        "合併資產負債表",
        "民國 100 年及 99 年 12 月 31 日",
        "單位：新台幣仟元",
        step=16,
        gap=18,
        right=530,
    )
    y -= 18
    xs = (420.0, 520.0)
    c.drawString(90, y, "資產")
    _draw_row(c, y, 90, "", xs, ("100年12月31日", "99年12月31日"))
    for code, label, *amounts in CODED_ASSETS:
        y -= 16
        c.drawString(50, y, code)
        _draw_row(c, y, 90 if code else 80, label, xs, amounts)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併資產負債表"])


__all__ += ["CODED_ASSETS", "make_coded_balance_sheet_pdf"]


# A revenue schedule's deductions (the 雷科 97H1 report's 營業收入明細表): returns under their
# heading closed by a named 小計, then allowances, then a bare 小計 for both.
DEDUCTION_ROWS: tuple[tuple[str, str, str], ...] = (
    ("銷貨收入合計", "", "294,092"),
    ("減：銷貨退回", "", ""),
    ("紙帶退回", "372(捲)", "(438)"),
    ("資訊商品退回", "201(組)", "(131)"),
    ("SMT 商品退回", "88(組)", "(235)"),
    ("銷貨退回小計", "", "(804)"),
    ("銷貨折讓", "", "(84)"),
    ("小計", "", "(888)"),
    ("營業收入淨額", "", "$ 293,204"),
)


def make_deductions_schedule_pdf(path: str | Path) -> PdfFixture:
    """A schedule whose bare ``小計`` adds the named ``銷貨退回小計`` above it and the
    ``銷貨折讓`` row after that: (804) + (84) = (888)."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    y = _statement_heading(
        c,
        A4_H - 70,
        "範例股份有限公司",
        "營業收入明細表",
        "民國九十七年一月一日至六月三十日",
        "單位：新台幣仟元",
        step=16,
        gap=18,
        right=520,
    )
    y -= 18
    xs = (380.0, 520.0)
    _draw_row(c, y, 90, "項目", xs, ("數量", "金額"))
    for label, *cells in DEDUCTION_ROWS:
        y -= 16
        _draw_row(c, y, 90, label, xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["營業收入明細表"])


__all__ += ["DEDUCTION_ROWS", "make_deductions_schedule_pdf"]


# --------------------------------------------------------------------------- effective dates

STANDARDS_HEADER = ("新發布／修正／修訂準則及解釋", "IASB 發布之生效日")
STANDARDS_ROWS = (
    (("「IFRS 會計準則之年度改善－第 11 冊」",), "2026 年 1 月 1 日"),
    (("IFRS 9 及 IFRS 7 之修正「金融工具之分類", "與衡量之修正」"), "2026 年 1 月 1 日"),
    (("IFRS 10 及 IAS 28 之修正「投資者與其關", "聯企業或合資間之資產出售或投入」"), "未 定"),
    (("IFRS 17「保險合約」",), "2023 年 1 月 1 日"),
    (("IFRS 18「財務報表中之表達與揭露」",), "2027 年 1 月 1 日"),
)
STANDARDS_AFTER = "以上準則或解釋之實際適用日期以金管會規定為準，合併公司仍持續評估其影響。"


def make_effective_dates_pdf(path: str | Path) -> PdfFixture:
    """A notes table of new standards and their effective dates: names wrapped over two
    lines (the second indented), one date per row set at the row's first line, a
    letter-spaced ``未 定``, no rules and no amount, then a paragraph right under it."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(三) 已發布但尚未經金管會認可之 IFRS 會計準則")
    c.drawString(100, y, STANDARDS_HEADER[0])
    c.drawString(360, y, STANDARDS_HEADER[1])
    for names, date in STANDARDS_ROWS:
        y -= 16
        if date == "未 定":
            c.drawString(360, y, "未")
            c.drawString(385, y, "定")
        else:
            c.drawString(360, y, date)
        for k, name in enumerate(names):
            c.drawString(100 if k == 0 else 108, y, name)
            if k < len(names) - 1:
                y -= 16
    y -= 20
    c.drawString(90, y, STANDARDS_AFTER)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[STANDARDS_AFTER])


__all__ += ["STANDARDS_AFTER", "STANDARDS_HEADER", "STANDARDS_ROWS", "make_effective_dates_pdf"]


# --------------------------------------------------------------------------- one-row notes tables

ONE_ROW_PERIODS = ("113.03.31", "112.12.31", "112.03.31")
ONE_ROW = ("聯華電子股份有限公司", "$7,631,416", "$7,631,416", "$4,881,993")
PAY_TITLE = "本集團主要管理人員之薪酬"
PAY_ROWS = (("短期員工福利", "$45,898", "$51,737"), ("退職後福利", "445", "453"))
HOLDER_HEADER = ("持有股數", "持股比例")
HOLDER_ROW = ("第一商業銀行受託保管投資專戶", "19,821,112", "9.67 %")


def make_one_row_notes_pdf(path: str | Path) -> PdfFixture:
    """Two one-row notes tables: amounts under periods, with the next table (its own
    title line and periods) right below it; and a major-shareholder table whose column
    names stand over its amounts with the label column's name set below them."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    xs = (330.0, 420.0, 510.0)
    y = A4_H - 80
    c.drawString(90, y, "4. 其他金融資產—非流動")
    y -= 16
    _draw_row(c, y, 100, "", xs, ONE_ROW_PERIODS)
    y -= 16
    _draw_row(c, y, 100, ONE_ROW[0], xs, ONE_ROW[1:])
    y -= 16
    c.drawString(90, y, PAY_TITLE)
    y -= 16
    c.drawRightString(xs[1], y, "113年第1季")
    c.drawRightString(xs[2], y, "112年第1季")
    for label, now, before in PAY_ROWS:
        y -= 16
        c.drawString(100, y, label)
        c.drawRightString(xs[1], y, now)
        c.drawRightString(xs[2], y, before)
    y -= 28
    c.drawString(90, y, "(四)主要股東資訊：")
    y -= 16
    c.drawRightString(xs[2], y, "單位：股")
    y -= 16
    c.drawRightString(xs[1], y, HOLDER_HEADER[0])
    c.drawRightString(xs[2], y, HOLDER_HEADER[1])
    y -= 10
    c.drawString(130, y, "主要股東名稱")
    y -= 14
    c.drawString(100, y, HOLDER_ROW[0])
    c.drawRightString(xs[1], y, HOLDER_ROW[1])
    c.drawRightString(xs[2], y, HOLDER_ROW[2])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[PAY_TITLE])


__all__ += [
    "HOLDER_HEADER",
    "HOLDER_ROW",
    "ONE_ROW",
    "ONE_ROW_PERIODS",
    "PAY_ROWS",
    "PAY_TITLE",
    "make_one_row_notes_pdf",
]


# --------------------------------------------------------------------------- related parties

PARTIES_HEADER = ("關係人名稱", "與合併公司之關係")
PARTIES_ROWS = (
    ("Kioxia Corporation (KIC)", "本公司之法人董事"),
    ("台灣鎧俠股份有限公司", "KIC 之子公司"),
    ("宇瞻科技股份有限公司", "本公司為該公司之法人董事"),
)


def make_related_parties_pdf(path: str | Path) -> PdfFixture:
    """A table of words, no amount: related parties and their relation to the company,
    the first column name letter-spaced (關 係 人 名 稱) and both names centred over
    their columns, the cells set at their column's left edge."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(一)關係人名稱及其關係")
    _pitched_string(c, 130, y, PARTIES_HEADER[0], 22)
    c.drawCentredString(400, y, PARTIES_HEADER[1])
    for name, relation in PARTIES_ROWS:
        y -= 16
        c.drawString(100, y, name)
        c.drawString(340, y, relation)
    y -= 24
    c.drawString(90, y, "(二)與關係人間之重大交易事項")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(一)關係人名稱及其關係"])


__all__ += ["PARTIES_HEADER", "PARTIES_ROWS", "make_related_parties_pdf"]


# --------------------------------------------------------------------------- running header

RUNNING_HEADER = "全景軟體股份有限公司個別財務報告附註(續)"
NOTE_PAGES = (
    # (heading at the foot of the page before, the table at the top of this page)
    (None, (("庫存現金", "$ 120", "$ 95"), ("活期存款", "3,410", "2,980"))),
    (
        "(二)應收票據及帳款淨額",
        (("應收帳款", "$ 53,489", "$ 133,181"), ("減：備抵", "(332)", "(839)")),
    ),
    ("(三)存　　貨", (("商品存貨", "$ 612", "$ 1,695"), ("在製品", "1,051", "1,210"))),
)
NOTE_SENTENCES = (
    "本公司之現金及約當現金均未有提供作質押擔保之情形。",
    "本公司之應收帳款均未逾期，亦未有提供作質押擔保之情形。",
    "民國一一三年三月三十一日之存貨均未有提供作質押擔保之情形。",
)
NOTE_INTROS = ("應收票據及帳款之明細如下：", "存貨之明細如下：")


UNIT_NOTE = "（金額除另予註明外，均以新台幣仟元為單位）"


def make_running_header_notes_pdf(path: str | Path, unit_note: bool = False) -> PdfFixture:
    """Notes pages whose running header (``…財務報告附註(續)``) stands right above a
    table at the top of each page; the note each table belongs to is headed at the foot
    of the page before (a heading, then a sentence introducing its table). With
    ``unit_note`` the header's second line declares the unit of every amount on the page
    (``UNIT_NOTE``), as filings print it on each notes page."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (420.0, 510.0)
    pages: list[str] = []
    for number, (_, rows) in enumerate(NOTE_PAGES, start=1):
        c.setFont(font, size)
        c.drawCentredString(A4_W / 2, A4_H - 40, RUNNING_HEADER)
        if unit_note:
            c.drawCentredString(A4_W / 2, A4_H - 56, UNIT_NOTE)
        y = A4_H - 100
        _draw_row(c, y, 100, "", xs, ("113.3.31", "112.12.31"))
        for label, *cells in rows:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
        y -= 30
        c.drawString(90, y, NOTE_SENTENCES[number - 1])
        if number < len(NOTE_PAGES):
            c.drawString(90, 120, NOTE_PAGES[number][0] or "")
            c.drawString(100, 100, NOTE_INTROS[number - 1])
        c.drawCentredString(A4_W / 2, 40, f"〜{number}〜")
        c.showPage()
        pages.append(rows[0][0])
    _save(c)
    return PdfFixture(path=path, pages=pages, header=RUNNING_HEADER)


__all__ += ["NOTE_PAGES", "RUNNING_HEADER", "UNIT_NOTE", "make_running_header_notes_pdf"]


def make_heading_under_header_pdf(path: str | Path) -> PdfFixture:
    """A note's numbered heading right above its table, the page's running header in
    larger type above both: the heading names the table."""
    path = Path(path)
    c, font = _cjk_page(path, 14.0)
    c.drawCentredString(A4_W / 2, A4_H - 40, RUNNING_HEADER)
    c.setFont(font, 10.0)
    c.drawString(90, A4_H - 90, NOTE_PAGES[1][0] or "")
    xs = (420.0, 510.0)
    y = A4_H - 110
    _draw_row(c, y, 100, "", xs, ("113.3.31", "112.12.31"))
    for label, *cells in NOTE_PAGES[1][1]:
        y -= 16
        _draw_row(c, y, 100, label, xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[NOTE_PAGES[1][0] or ""], header=RUNNING_HEADER)


__all__ += ["make_heading_under_header_pdf"]


# --------------------------------------------------------------------------- continued notes tables

CONTINUED_HEADER = ("113.03.31", "112.12.31", "112.03.31")
CONTINUED_HEADING = "1. 金融工具之種類"
CONTINUED_NEXT = "2. 財務風險管理目的"
CONTINUED_GROUP = ("金融負債", "按攤銷後成本衡量之金融負債：")
CONTINUED_RUNNING = "示例股份有限公司個體財務報告附註(續)"
CONTINUED_OPENINGS = {
    # How the next page opens above the rest of the table.
    "repeat": (),  # the header set again: the text layer's title for the second part
    "carried": ("（承前頁）",),  # a continued mark, then the header
    "heading": ("(二)其他金融負債",),  # a new numbered note: a table of its own
    # a lead-in sentence to the next table, unnumbered, over the same column names
    "intro": ("本公司民國一一三年度及一一二年度之所得稅利益(費用)與稅前淨利(損)之關係調節如下：",),
}


def _continued_rows(first: int, n: int) -> list[tuple[str, ...]]:
    """Rows of amounts in no order (evenly spaced ones would read as a chart's axis)."""
    return [
        (
            f"金融工具項目{k}",
            *(f"{(k * k * 7919 + m * 104_729) % 98_765 + 1_000:,}" for m in (3, 5, 11)),
        )
        for k in range(first, first + n)
    ]


def make_continued_notes_pdf(path: str | Path, opening: str = "repeat") -> PdfFixture:
    """A notes table that runs to the foot of its page and goes on at the top of the
    next, its header of dates set again there (so the text layer titles the second part
    by that header, not by the note's heading); ``opening`` names what stands above the
    second part (``CONTINUED_OPENINGS``): nothing more, a ``（承前頁）`` mark, or a new
    numbered note (then the grids are two tables). The page number stands centred at the
    foot, under an amount column."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    xs = (330.0, 420.0, 510.0)
    if opening == "intro":  # a running header over both pages titles the untitled grid
        c.drawCentredString(A4_W / 2, A4_H - 50, CONTINUED_RUNNING)
    c.drawString(90, A4_H - 80, "十二、其他")
    c.drawString(90, A4_H - 100, CONTINUED_HEADING)
    y = A4_H - 124
    _draw_row(c, y, 100, "", xs, CONTINUED_HEADER)
    first = _continued_rows(1, 36)
    for label, *cells in first:
        y -= 18
        _draw_row(c, y, 100, label, xs, cells)
    if opening == "carried":
        c.drawCentredString(A4_W / 2, y - 18, "（接次頁）")
    c.drawCentredString(A4_W / 2, 30, "33")  # the folio, right under the last row's column
    c.showPage()
    c.setFont(_register_cjk(), size)
    if opening == "intro":
        c.drawCentredString(A4_W / 2, A4_H - 50, CONTINUED_RUNNING)
    y = A4_H - 80
    for line in CONTINUED_OPENINGS[opening]:
        c.drawString(90, y, line)
        y -= 20
    _draw_row(c, y, 100, "", xs, CONTINUED_HEADER)
    for group in CONTINUED_GROUP:  # a group's name over its rows, no amount
        y -= 18
        c.drawString(100, y, group)
    second = _continued_rows(len(first) + 1, 5)
    for label, *cells in second:
        y -= 18
        _draw_row(c, y, 100, label, xs, cells)
    c.drawString(90, y - 30, CONTINUED_NEXT)
    c.drawString(90, y - 50, "本集團財務風險管理目標主要為管理營運活動相關之市場風險。")
    c.showPage()
    _save(c)
    return PdfFixture(
        path=path, pages=[CONTINUED_HEADING, CONTINUED_NEXT], extra={"rows": (first, second)}
    )


__all__ += [
    "CONTINUED_GROUP",
    "CONTINUED_HEADER",
    "CONTINUED_HEADING",
    "CONTINUED_OPENINGS",
    "CONTINUED_RUNNING",
    "make_continued_notes_pdf",
]


FAIR_VALUE_LEVELS = ("第一級", "第二級", "第三級", "合計")


def make_fair_value_pages_pdf(path: str | Path, second_date: str = "112.12.31") -> PdfFixture:
    """A fair-value hierarchy table per balance-sheet date, each under its own date line
    and level names: the first runs to the foot of its page, the second (``second_date``)
    starts at the top of the next. A date of its own makes it a new table; the same date
    set again continues the first."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (300.0, 370.0, 440.0, 510.0)
    for number, date in enumerate(("113.3.31", second_date), start=1):
        c.setFont(font, size)
        y = A4_H - 60
        if number == 1:
            c.drawString(90, y, "(2)公允價值之資訊－以重複性基礎按公允價值衡量之金融工具")
            y -= 20
            c.drawString(90, y, "合併公司以重複性基礎按公允價值衡量之金融資產之公允價值層級如下：")
            y -= 20
        c.drawCentredString(sum(xs) / len(xs) - 20, y, date)
        y -= 18
        _draw_row(c, y, 100, "", xs, FAIR_VALUE_LEVELS)
        for label, *cells in _continued_rows(10 * number, 36 if number == 1 else 6):
            y -= 18
            _draw_row(c, y, 100, label, xs, (*cells, cells[0]))
        if number == 2:
            c.drawString(90, y - 30, "合併公司於本期間無第一級與第二級公允價值衡量間移轉之情形。")
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["113.3.31", second_date])


__all__ += ["FAIR_VALUE_LEVELS", "make_fair_value_pages_pdf"]


# ------------------------------------------------------------------------ one-row standards table

ONE_STANDARD_HEADER = ("新發布／修正／修訂準則及解釋", "（IASB）發布之生效日")
ONE_STANDARD = (
    (
        "IFRS 9 及 IFRS 7 之修正「金融工具之分類與衡量",
        "之修正」有關金融資產分類之應用指引修正內",
        "容",
    ),
    "2026 年 1 月 1 日（註）",
)
ONE_STANDARD_NOTE = "註：適用於 2026 年 1 月 1 日以後開始之年度報導期間。"


def make_one_standard_pdf(path: str | Path, named: bool = True) -> PdfFixture:
    """A filing's table of the one new standard that applies next year: its name wrapped
    over three lines, its effective date at the right under a column name set over two
    lines (``國際會計準則理事會`` over ``（IASB）發布之生效日``), a note under it. With
    ``named`` false the right column's name says nothing of dates (then one date is no
    table: a line of prose may end with a date as well)."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(二) 115 年適用之金管會認可之 IFRS 會計準則")
    c.drawString(400, y, "國際會計準則理事會")
    y -= 14
    c.drawString(125, y, ONE_STANDARD_HEADER[0])
    c.drawString(405, y, ONE_STANDARD_HEADER[1] if named else "（IASB）發布之內容")
    names, date = ONE_STANDARD
    for k, name in enumerate(names):
        y -= 16
        c.drawString(128 if k == 0 else 138, y, name)
        if k == 0:
            c.drawString(405, y, date)
    y -= 36
    c.drawString(122, y, ONE_STANDARD_NOTE)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[ONE_STANDARD_NOTE])


__all__ += ["ONE_STANDARD", "ONE_STANDARD_HEADER", "make_one_standard_pdf"]


# ---------------------------------------------------------------- a one-row table under new periods

RENT_MOVEMENT = (
    ("114.01.01 餘額", "$315,400"),
    ("轉入", "-"),
    ("114.03.31 餘額", "$315,400"),
    ("當期折舊", "4,120"),
)
RENT_PERIODS = ("114年第1季", "113年第1季")
RENT_ROW = ("投資性不動產之租金收入", "$16,250", "$15,980")


def make_new_periods_row_pdf(path: str | Path) -> PdfFixture:
    """A note's movement table of one amount column at the right (``建築物``), then,
    with no heading between, two periods set left of that column, each over an amount of
    the one row under them (the rent income per quarter): another table, not a row of
    the first."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "8. 投資性不動產")
    _draw_row(c, y, 100, "", (520.0,), ("建築物",))
    for label, amount in RENT_MOVEMENT:
        y -= 16
        _draw_row(c, y, 100, label, (520.0,), (amount,))
    y -= 28
    _draw_row(c, y, 100, "", (380.0, 460.0), RENT_PERIODS)
    y -= 16
    _draw_row(c, y, 100, RENT_ROW[0], (380.0, 460.0), RENT_ROW[1:])
    y -= 24
    c.drawString(100, y, "本集團投資性不動產未有提供擔保或抵質押之情事。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["8. 投資性不動產"])


__all__ += ["RENT_MOVEMENT", "RENT_PERIODS", "RENT_ROW", "make_new_periods_row_pdf"]


# ------------------------------------------------------------------------ tax assessments

TAX_HEADER = "所得稅申報核定情形"
TAX_ROWS = (
    ("本公司", "核定至民國一一一年度"),
    ("子公司—宏遠投資（股）公司", "核定至民國一一二年度"),
    ("子公司—Apex Holdings Limited", "核定至 112 年度"),
)


def make_tax_assessment_pdf(path: str | Path, header: bool = True) -> PdfFixture:
    """A filing's income-tax assessments: a sentence ending ``如下：``, then one name set
    over the right column alone (the companies' column has none) and a row per company
    with the year its returns were assessed to (``核定至民國一一一年度``), no amount; a
    numbered heading after. Without ``header`` the years stand under nothing."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "22. 所得稅")
    c.drawString(100, y, "截至民國一一四年三月三十一日，本公司及子公司之所得稅申報核定情形如下：")
    y -= 22
    if header:
        c.drawString(372, y, TAX_HEADER)
    for name, year in TAX_ROWS:
        y -= 18
        c.drawString(110, y, name)
        c.drawString(370, y, year)
    y -= 30
    c.drawString(90, y, "23. 每股盈餘")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["22. 所得稅"])


__all__ += ["TAX_HEADER", "TAX_ROWS", "make_tax_assessment_pdf"]


# ------------------------------------------------------------------------ unlabelled one-row table

FX_PERIODS = (("113年", "112年"), ("1月至3月", "1月至3月"))
FX_ROW = ("$ 363,362", "(75,935)")


def make_unlabelled_row_pdf(path: str | Path) -> PdfFixture:
    """A notes table of one row and no label: the net exchange gain of two periods, right
    under a two-line period header (``113年`` over ``1月至3月``), after a sentence
    ending ``如下：`` and before the next numbered heading."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "C.貨幣性項目之兌換損益")
    c.drawString(100, y, "外幣兌換利益(損失)淨額(含已實現及未實現)明細如下：")
    xs = (440.0, 520.0)
    for head in FX_PERIODS:
        y -= 16
        _draw_row(c, y, 100, "", xs, head)
    y -= 16
    _draw_row(c, y, 100, "", xs, FX_ROW)
    y -= 26
    c.drawString(90, y, "(2)利率風險")
    c.drawString(
        100, y - 18, "對於浮動利率資產或負債，其分析方式係假設報導日流通在外之資產或負債金額。"
    )
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["C.貨幣性項目之兌換損益"])


__all__ += ["FX_PERIODS", "FX_ROW", "make_unlabelled_row_pdf"]


# --------------------------------------------------------------------------- scaled form

LENDING_TITLE = "資金貸與他人"
LENDING_HEADER = (
    "編號",
    "貸出資金之公司",
    "貸與對象",
    "期末餘額",
    "業務往來金額",
    "必要之原因",
    "資金貸與限額",
    "資金貸與總限額",
    "備註",
)
# Cells wrapped in their ruled cell, line by line.
LENDING_WRAPPED = (
    ("1",),
    ("瑞安藥廠股份有", "限公司"),
    ("佳暉投資股份有", "限公司"),
    ("$ 57,483",),
    ("$ -",),
    ("被背書保證對", "象繳息逾期"),
    ("$ 325,698",),
    ("$ 325,698",),
    ("-",),
)
LENDING_ROW = tuple("".join(parts) for parts in LENDING_WRAPPED)
FORM_SCALE = 0.7071


def make_scaled_form_table_pdf(path: str | Path) -> PdfFixture:
    """A landscape schedule drawn for a larger sheet inside a form XObject that the page
    shows at 70 % (how a filing prints an A3 schedule on A4): pdfium gives the form's
    paths in the form's own space, its glyphs on the page. One ruled row under a
    ruled header (a lending schedule with one loan), a reason wrapped in its cell and a
    ``$ -`` between the amounts, so the text layer holds the row's amounts apart."""
    path = Path(path)
    font = _register_cjk()
    page_w, page_h = A4_H, A4_W
    form_w, form_h = page_w / FORM_SCALE, page_h / FORM_SCALE
    c = _canvas(path, pagesize=(page_w, page_h))
    c.beginForm("schedule", lowerx=0, lowery=0, upperx=form_w, uppery=form_h)
    c.setFont(font, 14)
    c.drawCentredString(form_w / 2, form_h - 120, LENDING_TITLE)
    c.drawString(form_w - 220, form_h - 150, "單位：新台幣仟元")
    widths = (50.0, 170.0, 170.0, 120.0, 120.0, 120.0, 120.0, 120.0, 60.0)
    x0, top, heights = 80.0, form_h - 170, (40.0, 56.0)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top, top - heights[0], top - sum(heights)]
    c.setLineWidth(0.8)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for j, cell in enumerate(LENDING_HEADER):
        c.drawString(xs[j] + 8, ys[0] - 26, cell)
    for j, parts in enumerate(LENDING_WRAPPED):
        for n, part in enumerate(parts):
            if part[:1] in "$-":
                c.drawRightString(xs[j + 1] - 8, ys[1] - 22, part)
            else:
                c.drawString(xs[j] + 8, ys[1] - 22 - 18 * n, part)
    c.endForm()
    c.saveState()
    c.transform(FORM_SCALE, 0, 0, FORM_SCALE, 0, 0)
    c.doForm("schedule")
    c.restoreState()
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[LENDING_TITLE])


__all__ += ["LENDING_HEADER", "LENDING_ROW", "LENDING_TITLE", "make_scaled_form_table_pdf"]


# --------------------------------------------------------------------------- section under periods

SECTION_PERIODS = ("113.03.31", "112.12.31", "112.03.31")
SECTION_NAME = "金融資產"
# (label lines, amounts): the first label wrapped over two lines, the amounts on the last.
SECTION_ROWS = (
    (("透過損益按公允價值衡量之金", "融資產"), ("$270,312", "$241,590", "$204,965")),
    (("應收款項",), ("17,498,929", "17,436,910", "17,218,708")),
    (("其他金融資產",), ("8,898,866", "9,537,673", "8,595,114")),
    (("",), ("$26,668,107", "$27,216,173", "$26,018,787")),
)
SECTION_MARK = "（接次頁）"


def make_section_under_periods_pdf(path: str | Path) -> PdfFixture:
    """A notes table whose periods stand over the amounts, then a section name alone in
        the label column (金融資產) and a first label wrapped over two lines, the amounts on
        its second: the periods are the header, the section and the wrapped line rows of
        the body. Under the total, the part's continued mark (（接次頁）) in the label column,
    then the folio at the page's foot."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    # Set low on the page: the part runs to the foot, over the folio.
    y = 260.0
    c.drawString(90, y, "1. 金融工具之種類")
    y -= 20
    xs = (330.0, 420.0, 510.0)
    y -= 10
    _draw_row(c, y, 110, "", xs, SECTION_PERIODS)
    y -= 18
    c.drawString(110, y, SECTION_NAME)
    for labels, amounts in SECTION_ROWS:
        for n, label in enumerate(labels):
            y -= 16
            last = n == len(labels) - 1
            _draw_row(c, y, 110 + 10 * n, label, xs if last else (), amounts if last else ())
    y -= 16
    c.drawString(110, y, SECTION_MARK)
    c.drawCentredString(A4_W / 2, 50, "- 18 -")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["1. 金融工具之種類"])


__all__ += [
    "SECTION_MARK",
    "SECTION_NAME",
    "SECTION_PERIODS",
    "SECTION_ROWS",
    "make_section_under_periods_pdf",
]


# --------------------------------------------------------------------------- levels per date

LEVELS_HEADER = ("第一等級", "第二等級", "第三等級", "合計")
LEVELS_DATES = ("民國一一三年三月三十一日：", "民國一一二年十二月三十一日：")
LEVELS_ROWS = (
    (
        ("權益工具", "-", "-", "3,611,956", "3,611,956"),
        ("債務工具", "-", "199,134", "-", "199,134"),
    ),
    (("權益工具", "-", "-", "3,650,995", "3,650,995"), ("債務工具", "-", "99,343", "-", "99,343")),
)
LEVELS_TOTALS = (
    ("$-", "$199,134", "$3,611,956", "$3,811,090"),
    ("$-", "$99,343", "$3,650,995", "$3,750,338"),
)


def make_levels_per_date_pdf(
    path: str | Path, one_row: bool = False, section_x: float = 122.0
) -> PdfFixture:
    """Fair values by level, one block per date on one page: a date line, the level
    names centred over their columns (wider than the first column's amounts, ``-`` and
    ``$-``, so a name reaches left of them), a section line, rows, a total. Each block
    is a table of its own under its repeated header; ``one_row``: each block holds one
    row and no total (a single holding per date), its date set over the amounts;
    ``section_x``: where the section line starts (left of the rows' labels at 130, by
    a few glyphs at 96)."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "(2) 公允價值衡量之層級資訊")
    xs = (334.0, 401.0, 469.0, 536.0)
    for k, (date, rows, totals) in enumerate(
        zip(LEVELS_DATES, LEVELS_ROWS, LEVELS_TOTALS, strict=True)
    ):
        y -= 24
        if one_row:  # the block's date over the amounts (113.3.31), not a line of its own
            c.drawCentredString(435, y, ("113.3.31", "112.12.31")[k])
        else:
            c.drawString(115, y, date)
        y -= 24
        for x, name in zip(xs, LEVELS_HEADER, strict=True):
            c.drawCentredString(x - 24 if len(name) > 2 else x - 16, y, name)
        y -= 20
        c.drawString(section_x, y, "以公允價值衡量之資產：")
        for row in rows[:1] if one_row else rows:
            y -= 18
            _draw_row(c, y, 130, row[0], xs, row[1:])
        if not one_row:
            y -= 18
            _draw_row(c, y, 130, "", xs, totals)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(2) 公允價值衡量之層級資訊"])


__all__ += [
    "LEVELS_DATES",
    "LEVELS_HEADER",
    "LEVELS_ROWS",
    "LEVELS_TOTALS",
    "make_levels_per_date_pdf",
]


# --------------------------------------------------------------------------- wrapped ruled rows

HOLDINGS_HEADER = ("持有之公司", "有價證券名稱", "股數", "帳面金額")
# Lines of the one ruled band under the header: (holder, security, shares, amount); a
# holder's name wraps in its cell, a security kind (股票, 公司債) stands at the cell's edge.
HOLDINGS_LINES = (
    ("", "股票", "", ""),
    ("健喬信元醫藥生技", "昱厚生技股份有限公司", "2,537,722", "$ 51,846"),
    ("股份有限公司", "", "", ""),
    ("", "怡定興生醫股份有限公司", "2,420,000", "76,109"),
    ("", "公司債", "", ""),
    ("", "益得私募可轉換公司債", "1,700", "236,691"),
)


def make_wrapped_ruled_rows_pdf(path: str | Path) -> PdfFixture:
    """A schedule whose rules frame the columns and the header but not each row: a
    holder's name wraps onto a second line of its cell (the line above fills the cell),
    security kinds stand alone at their cell's left edge, the names under them indented."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "期末持有之重大有價證券情形")
    c.drawRightString(520, A4_H - 96, "單位：新台幣仟元")
    xs = (60.0, 142.0, 300.0, 400.0, 520.0)
    top, head, pitch = A4_H - 104, 20.0, 15.0
    bottom = top - head - pitch * len(HOLDINGS_LINES) - 6
    for y in (top, top - head, bottom):
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, bottom)
    for j, name in enumerate(HOLDINGS_HEADER):
        c.drawString(xs[j] + 4, top - 14, name)
    for k, line in enumerate(HOLDINGS_LINES):
        y = top - head - pitch * (k + 1)
        for j, text in enumerate(line):
            if not text:
                continue
            if j >= 2:
                c.drawRightString(xs[j + 1] - 4, y, text)
            else:
                indent = 12 if j == 1 and text not in ("股票", "公司債") else 1
                c.drawString(xs[j] + indent, y, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["期末持有之重大有價證券情形"])


__all__ += ["HOLDINGS_HEADER", "HOLDINGS_LINES", "make_wrapped_ruled_rows_pdf"]


# A holdings schedule set without rules: each row's label cells wrap onto a second line
# under it, and the row closes on its amounts, `$` set apart from the number.
FUND_ROWS: list[tuple[tuple[str, str, str], tuple[str, str], int]] = [
    (("本公司", "日盛貨幣市場基金", "透過損益按公允價值衡量"), ("", "之金融資產－流動"), 10071),
    (("本公司", "兆豐寶鑽貨幣市場", "透過損益按公允價值衡量"), ("基金", "之金融資產－流動"), 20446),
    (("本公司", "野村貨幣市場基金", "透過損益按公允價值衡量"), ("", "之金融資產－流動"), 5279),
]


def make_wrapped_label_rows_pdf(path: str | Path) -> PdfFixture:
    """Rows whose label cells wrap onto the next line while the amounts close the row's
    first line: the text layer reads each row's last amount just before the wrapped tail
    (``$ 10,071`` then ``之金融資產－流動``), which a reader never runs together."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "期末持有有價證券情形")
    c.drawRightString(540, A4_H - 96, "單位：新台幣仟元")
    y = A4_H - 120
    for (holder, name, kind), (name2, kind2), amount in FUND_ROWS:
        c.drawString(60, y, holder)
        c.drawString(110, y, name)
        c.drawString(200, y, kind)
        for right in (440.0, 540.0):
            c.drawString(right - 80, y, "$")
            c.drawRightString(right, y, f"{amount:,}")
        if name2:
            c.drawString(110, y - 13, name2)
        c.drawString(200, y - 13, kind2)
        y -= 30
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["期末持有有價證券情形"])


__all__ += ["FUND_ROWS", "make_wrapped_label_rows_pdf"]


# An appendix schedule of a filing (資金貸與他人): codes among the amounts, under a 仟元 unit.
LOANS_HEADER = (
    "編號",
    "貸出資金之公司",
    "貸與對象",
    "資金貸與性質（註2）",
    "本期最高餘額",
    "期末餘額",
)
LOANS_ROWS = [
    ("0", "本公司", "甲生技公司", "2", "$ 325,698", "$ 325,698"),
    ("1", "乙製藥公司", "丙醫材公司", "1", "57,483", "-"),
]


def make_code_columns_pdf(path: str | Path) -> PdfFixture:
    """A ruled appendix table whose 編號 and 資金貸與性質 columns hold small numbers that are
    codes (the note under the table says what 1 and 2 mean), set among 仟元 amounts."""
    path = Path(path)
    c, _ = _cjk_page(path, 9.0)
    c.drawString(60, A4_H - 80, "資金貸與他人")
    c.drawRightString(540, A4_H - 96, "單位：新台幣仟元")
    xs = (50.0, 80.0, 170.0, 260.0, 360.0, 450.0, 540.0)
    top, pitch = A4_H - 104, 18.0
    bottom = top - pitch * (len(LOANS_ROWS) + 1)
    for k in range(len(LOANS_ROWS) + 2):
        c.line(xs[0], top - pitch * k, xs[-1], top - pitch * k)
    for x in xs:
        c.line(x, top, x, bottom)
    for k, row in enumerate([LOANS_HEADER, *LOANS_ROWS]):
        y = top - pitch * (k + 1) + 5
        for j, text in enumerate(row):
            if k and j >= 3:
                c.drawRightString(xs[j + 1] - 4, y, text)
            else:
                c.drawString(xs[j] + 3, y, text)
    c.drawString(
        60, bottom - 20, "註2：資金貸與性質之填寫方法：1. 有業務往來者；2. 有短期融通資金之必要者。"
    )
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["資金貸與他人"])


__all__ += ["LOANS_HEADER", "LOANS_ROWS", "make_code_columns_pdf"]


# A notes table under its numbered heading and a lead-in sentence wrapped just before its
# closing 如下：, the tail ``下：`` alone on the line over the grid.
TAIL_HEADING = "(四)應收帳款"
TAIL_LEAD = ("合併公司依準備矩陣衡量應收帳款之備抵損失，各期逾期天數及預期信用損失率明細如", "下：")


def make_wrapped_lead_in_pdf(path: str | Path) -> PdfFixture:
    """A notes table whose nearest line above is the two-character tail of a wrapped lead-in
    sentence: a fragment, never the table's title. The note's heading sits a page of prose
    above, too far to be read as the title."""
    path = Path(path)
    c, _ = _notes_page(path, 10.0, TAIL_HEADING)
    y = A4_H - 100
    for _ in range(9):
        c.drawString(100, y, "若有證據顯示交易對方面臨嚴重財務困難，合併公司直接沖銷相關應收帳款。")
        y -= 15
    for part in TAIL_LEAD:
        c.drawString(100, y, part)
        y -= 15
    xs = (300.0, 400.0, 500.0)
    y -= 4
    _draw_row(c, y, 100, "", xs, AGING_HEADER)
    for row in AGING_BLOCKS[0][1]:
        y -= 16
        _draw_row(c, y, 100, row[0], xs, row[1:])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[TAIL_HEADING])


__all__ += ["TAIL_HEADING", "TAIL_LEAD", "make_wrapped_lead_in_pdf"]


# Investees with a note marker set on the line under a row's last amount (附表 of a filing).
INVESTEE_HEADER = ("期末股數", "帳面金額", "本期認列之投資損益")
INVESTEE_ROWS = (
    ("亞吉弗國際股份有限公司", "422,249", "$ 12,080", "$ 470"),
    ("益得生物科技股份有限公司", "53,754,977", "216,520", "15,870"),
    ("優良化學製藥股份有限公司", "31,434,789", "1,082,839", "33,880"),
)
INVESTEE_MARKERS = {1: "（註 3）"}


def make_marker_line_rows_pdf(path: str | Path) -> PdfFixture:
    """An unruled schedule whose note marker (``（註 3）``) stands alone on the line under a
    row's last amount: it marks that amount, it is no row of its own."""
    path = Path(path)
    c, _ = _notes_page(path, 10.0, "被投資公司資訊")
    c.drawRightString(500, A4_H - 96, "單位：新台幣仟元")
    xs = (300.0, 400.0, 500.0)
    y = A4_H - 116
    _draw_row(c, y, 90, "", xs, INVESTEE_HEADER)
    for k, row in enumerate(INVESTEE_ROWS):
        y -= 16
        _draw_row(c, y, 90, row[0], xs, row[1:])
        if k in INVESTEE_MARKERS:
            y -= 13
            c.drawRightString(xs[-1], y, INVESTEE_MARKERS[k])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["被投資公司資訊"])


__all__ += ["INVESTEE_HEADER", "INVESTEE_MARKERS", "INVESTEE_ROWS", "make_marker_line_rows_pdf"]


# A note's heading set letter-spaced (``4.  存  貨``) right above its grid of periods.
SPACED_HEADING = ("4.", "存", "貨")
STOCK_ROWS = (("原料", "$1,663,238", "$1,254,590"), ("物料", "214,764", "183,106"))


def make_spaced_heading_pdf(path: str | Path) -> PdfFixture:
    """A notes grid under a heading whose number and letter-spaced name stand apart as
    phrases: the title is the heading whole, not its bare number."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    for x, part in zip((90.0, 110.0, 140.0), SPACED_HEADING, strict=True):
        c.drawString(x, A4_H - 80, part)
    xs = (400.0, 500.0)
    y = A4_H - 100
    _draw_row(c, y, 100, "", xs, ("113.03.31", "112.12.31"))
    for row in STOCK_ROWS:
        y -= 16
        _draw_row(c, y, 100, row[0], xs, row[1:])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["4. 存貨"])


__all__ += ["SPACED_HEADING", "STOCK_ROWS", "make_spaced_heading_pdf"]


# --------------------------------------------------------------------------- dated sections

MATURITY_HEADER = ("短於一年", "二至三年", "四至五年", "五年以上")
# One block per balance-sheet date under the header set once: (date, rows). The last
# two buckets hold nothing but "-" on every row, clear right of every amount.
MATURITY_BLOCKS = (
    (
        "113年3月31日",
        (
            ("應付款項", "$18,259,938", "33,163", "-", "-"),
            ("租賃負債", "61,684", "62,262", "-", "-"),
        ),
    ),
    (
        "112.12.31",
        (
            ("應付款項", "$19,869,932", "34,467", "-", "-"),
            ("租賃負債", "55,043", "52,128", "-", "-"),
        ),
    ),
    (
        "112.03.31",
        (
            ("應付款項", "$16,927,659", "34,736", "-", "-"),
            ("租賃負債", "50,814", "54,420", "-", "-"),
        ),
    ),
)


def make_dated_sections_pdf(path: str | Path, date_above: bool = False) -> PdfFixture:
    """A maturity analysis whose column names stand once over one block per date, each
    block opened by a line holding only its date in the label column (a blank line
    between blocks; the first date, right under the names, reads like a period line),
    the last buckets "-" on every row: one table per date, each under the shared
    column names and the note's heading, each bucket a column. ``date_above``: the
    first date stands over the column names as the table's period line, each later
    block sets the column names again under its date, each block holds one row."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "5. 流動性風險管理")
    xs = (300.0, 380.0, 460.0, 540.0)

    def header() -> None:
        for x, name in zip(xs, MATURITY_HEADER, strict=True):
            c.drawRightString(x, y, name)

    if not date_above:
        y -= 24
        header()
    for date, rows in MATURITY_BLOCKS:
        y -= 22
        c.drawString(110, y, date)
        if date_above:
            y -= 18
            header()
        for row in rows[:1] if date_above else rows:
            y -= 18
            _draw_row(c, y, 110, row[0], xs, row[1:])
        y -= 10
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["5. 流動性風險管理"])


__all__ += ["MATURITY_BLOCKS", "MATURITY_HEADER", "make_dated_sections_pdf"]

# Level-3 inputs per date, each block introduced by its date closed by a colon.
DATE_INTRO_BLOCKS = (
    (
        "民國一一三年三月三十一日：",
        (
            ("國內上市股票", "623,132", "10%", "26,843"),
            ("國外未上市股票", "11,348", "30%", "2,468"),
        ),
    ),
    (
        "民國一一二年十二月三十一日：",
        (("國內上市股票", "556,943", "10%", "22,774"), ("國外未上市股票", "18,993", "30%", "902")),
    ),
)


def make_date_intro_blocks_pdf(path: str | Path) -> PdfFixture:
    """Two tables of the same columns, each introduced by a line holding only its date
    closed by a colon, the column names set over the first only: one table per date."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "(3) 第三等級公允價值衡量之量化資訊")
    xs = (330.0, 420.0, 520.0)
    for k, (intro, rows) in enumerate(DATE_INTRO_BLOCKS):
        y -= 26
        c.drawString(110, y, intro)
        if k == 0:
            y -= 22
            for x, name in zip(xs, ("公允價值", "輸入值", "敏感度"), strict=True):
                c.drawRightString(x, y, name)
        for row in rows:
            y -= 18
            _draw_row(c, y, 110, row[0], xs, row[1:])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(3) 第三等級公允價值衡量之量化資訊"])


__all__ += ["DATE_INTRO_BLOCKS", "make_date_intro_blocks_pdf"]


# --------------------------------------------------------------------------- a unit stated once

GOVERNING_NOTE = "(除另有註明者外，所有金額均以新台幣千元為單位)"
FX_HEADER = ("外幣", "匯率", "新台幣")
ONCE_NOTES = (
    # (page, heading, own unit line or None, rows under "113.3.31 112.12.31", or under
    # ONCE_HEADERS when a row holds three amounts)
    (
        2,
        "(一)現金及約當現金",
        None,
        (("庫存現金", "$ 120", "$ 95"), ("活期存款", "3,410", "2,980")),
    ),
    (
        2,
        "(二)預付款項",
        "單位：新台幣元",
        (("預付貨款", "$ 7,500", "$ 6,200"), ("預付費用", "830", "910")),
    ),
    (
        3,
        "(三)應收帳款",
        None,
        (("應收帳款", "$ 53,489", "$ 133,181"), ("減：備抵", "(332)", "(839)")),
    ),
    (
        3,
        "(四)外幣貨幣性資產",
        None,
        (
            ("美金", "1,392", "30.705", "42,741"),
            ("人民幣", "2,050", "4.327", "8,870"),
            # a cross rate (美元：港幣) shows nothing: the column's scale from the rows above
            ("港幣", "30,361", "7.78", "129,582"),
        ),
    ),
    (
        3,
        "(五)每股盈餘",
        None,
        (("基本每股盈餘", "$ 0.48", "$ 0.35"), ("稀釋每股盈餘", "0.47", "0.35")),
    ),
    (
        3,
        "(六)子公司持有母公司股份",
        None,
        (
            ("優良化學公司", "3,991", "$ 58,115", "$ 137,699"),
            ("盛佳公司", "1,204", "17,532", "41,540"),
        ),
    ),
    (
        3,
        "(七)外幣金融負債",
        None,
        # foreign money in units (45,000 × 32.00 = 1,440 thousand): no scale, its currency
        (("美金", "45,000", "32.00", "1,440"), ("港幣", "8,021", "7.78", "34")),
    ),
    (5, "(一)存出保證金", None, (("存出保證金", "$ 1,204", "$ 1,180"), ("其他", "96", "88"))),
    (
        5,
        "(二)外幣貨幣性項目",
        "單位：仟元",
        (("美金", "2,260", "32.00", "72,320"), ("日圓", "41,000", "0.2115", "8,672")),
    ),
)
# Headers of the three-amount tables above (the others stand under their two dates).
ONCE_HEADERS = {
    "(四)外幣貨幣性資產": FX_HEADER,
    "(二)外幣貨幣性項目": FX_HEADER,
    "(七)外幣金融負債": FX_HEADER,
    "(六)子公司持有母公司股份": ("持有股數（仟", "帳面金額", "市價"),  # the header cut mid-word
}
ONCE_STATEMENT = (
    "個體資產負債表",
    "單位：新台幣元",
    (("現金", "$ 9,870", "$ 8,640"), ("資產總計", "$ 9,870", "$ 8,640")),
)


def make_unit_note_once_pdf(
    path: str | Path, note: Sequence[str] = (GOVERNING_NOTE,)
) -> PdfFixture:
    """A filing that states the unit of its notes once, under the notes' title on their
    first page (``GOVERNING_NOTE``, no table on that page): the notes tables of pages 2 and
    3 state no unit but one with its own unit line (``單位：新台幣元``), page 3's last two
    hold foreign money by currency, EPS with decimals and shares held (no amounts in
    新台幣千元); page 4
    opens a new part with a statement and its own unit line, and page 5's notes table
    follows it. ``note`` may set the note on two lines (``單位：新台幣千元`` over
    ``(除特別註明者外)``)."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (420.0, 510.0)
    c.drawCentredString(A4_W / 2, A4_H - 60, "全景軟體股份有限公司及子公司")
    c.drawCentredString(A4_W / 2, A4_H - 76, "合併財務報告附註")
    c.drawCentredString(A4_W / 2, A4_H - 92, "民國一一三年及一一二年三月三十一日")
    for k, line in enumerate(note):
        c.drawCentredString(A4_W / 2, A4_H - 108 - 14 * k, line)
    c.drawString(90, A4_H - 140, "一、公司沿革")
    c.drawString(100, A4_H - 160, "本公司於民國八十九年設立，主要營業項目為資訊軟體之設計及銷售。")
    c.showPage()
    pages = ["一、公司沿革"]

    def table(y: float, heading: str, unit: str | None, rows: Sequence[Sequence[str]]) -> float:
        c.setFont(font, size)
        c.drawString(90, y, heading)
        y -= 20
        if unit is not None:
            c.drawRightString(510, y, unit)
            y -= 16
        cols = xs if len(rows[0]) == 3 else (340.0, *xs)
        header = ONCE_HEADERS.get(heading, ("113.3.31", "112.12.31"))
        _draw_row(c, y, 100, "", cols, header)
        for label, *cells in rows:
            y -= 16
            _draw_row(c, y, 100, label, cols, cells)
        return y - 40

    for number in (2, 3, 4, 5):
        y = A4_H - 80
        if number == 4:
            title, unit, rows = ONCE_STATEMENT
            c.setFont(font, size)
            c.drawCentredString(A4_W / 2, y, "全景軟體股份有限公司")
            c.drawCentredString(A4_W / 2, y - 16, title)
            y -= 36
            c.drawRightString(510, y, unit)
            y -= 16
            _draw_row(c, y, 100, "", xs, ("113.3.31", "112.12.31"))
            for label, *cells in rows:
                y -= 16
                _draw_row(c, y, 100, label, xs, cells)
        for page, heading, unit, rows in ONCE_NOTES:
            if page == number:
                y = table(y, heading, unit, rows)
        c.drawCentredString(A4_W / 2, 40, f"〜{number}〜")
        c.showPage()
        pages.append(str(number))
    _save(c)
    return PdfFixture(path=path, pages=pages)


__all__ += [
    "FX_HEADER",
    "GOVERNING_NOTE",
    "ONCE_HEADERS",
    "ONCE_NOTES",
    "ONCE_STATEMENT",
    "make_unit_note_once_pdf",
]


# --------------------------------------------------------------------------- untitled parts

AGING_PARTS = (
    # (page, date line, rows under AGING_HEADER set again over each date's block)
    (1, "113.3.31", (("未逾期", "$ 8,500", "0.5%", "43"), ("逾期1~30天", "1,200", "2%", "24"))),
    (1, "112.12.31", (("未逾期", "$ 7,900", "0.5%", "40"), ("逾期1~30天", "1,050", "2%", "21"))),
    (2, "112.3.31", (("未逾期", "$ 6,300", "0.5%", "32"), ("逾期1~30天", "980", "2%", "20"))),
)
AGING_HEADING = "(五)應收帳款"
PARTS_INTRO = "本公司應收帳款之備抵損失，依準備矩陣衡量，其變動如下："
PARTS_MOVEMENT_ROWS = (("期初餘額", "$ 839", "$ 790"), ("本期提列", "67", "49"))


def make_untitled_parts_pdf(path: str | Path) -> PdfFixture:
    """A note's aging schedule set once per date, each block under its date line and the
    column names set again, no title of its own but the note's heading over the first:
    two blocks on page 1, then a movement table introduced by a sentence (``…如下：``),
    then the third date's block at the top of page 2 (the table before it is the movement
    table, another matter)."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (300.0, 400.0, 510.0)
    pages: list[str] = []
    for number in (1, 2):
        c.setFont(font, size)
        y = A4_H - 80
        if number == 1:
            c.drawString(90, y, AGING_HEADING)
            y -= 24
        for page, date, rows in AGING_PARTS:
            if page != number:
                continue
            c.drawCentredString(405, y, date)  # over the amounts, as filings set it
            y -= 16
            _draw_row(c, y, 100, "", xs, AGING_HEADER)
            for label, *cells in rows:
                y -= 16
                _draw_row(c, y, 100, label, xs, cells)
            y -= 28
        if number == 1:
            c.drawString(100, y, PARTS_INTRO)
            y -= 20
            _draw_row(c, y, 100, "", xs[1:], ("113年1月至3月", "112年1月至3月"))
            for label, *cells in PARTS_MOVEMENT_ROWS:
                y -= 16
                _draw_row(c, y, 100, label, xs[1:], cells)
        c.drawCentredString(A4_W / 2, 40, f"〜{number}〜")
        c.showPage()
        pages.append(str(number))
    _save(c)
    return PdfFixture(path=path, pages=pages)


__all__ += [
    "AGING_HEADING",
    "AGING_PARTS",
    "PARTS_INTRO",
    "PARTS_MOVEMENT_ROWS",
    "make_untitled_parts_pdf",
]


# ------------------------------------------------------------------------ wrapped header


WRAPPED_GROUP = "非現金之變動"
# Each column's name, line by line from the top (None: nothing on that line); the
# middle columns sit under the group header, which takes the first line.
WRAPPED_COLUMNS = (
    (None, None, "114年1月1日"),
    (None, None, "現金流量"),
    (None, "應付短期", "票券折價"),
    (None, "應付公司債", "折價"),
    (None, None, "新增租賃"),
    (None, None, "114年3月31日"),
)
WRAPPED_ROWS = (
    ("短期借款", "$ 644,927", "$ 119,000", "$ -", "$ -", "$ -", "$ 763,927"),
    ("應付短期票券", "29,963", "-", "13", "-", "-", "29,976"),
    ("長期借款（含一年內到期之長期借款）", "1,774,260", "(11,364)", "-", "-", "-", "1,762,896"),
    ("租賃負債", "72,794", "(6,616)", "-", "-", "5,669", "71,948"),
)
# The long label wraps at the label column's edge, its tail hanging one em indented on
# the row's line, at the row pitch.
WRAPPED_LABEL_AT = 13


def _pitched_string(c: Any, x: float, y: float, text: str, pitch: float) -> None:
    """``text`` letter-spaced: each glyph drawn on its own, its origin ``pitch`` after the
    one before (the first at ``x``), as justified and distributed CJK titles are set."""
    for k, ch in enumerate(text):
        c.drawString(x + k * pitch, y, ch)


def _spread_string(c: Any, x0: float, x1: float, y: float, text: str, size: float) -> None:
    """``text`` set with distributed alignment: its first glyph at ``x0``, its last
    ending at ``x1``, the rest evenly between."""
    if len(text) == 1:
        c.drawString((x0 + x1 - size) / 2, y, text)
        return
    _pitched_string(c, x0, y, text, (x1 - x0 - size) / (len(text) - 1))


def make_wrapped_header_pdf(path: str | Path) -> PdfFixture:
    """A statement of changes in small type whose header wraps over three unruled lines
    (Synmosa pp. 35, 48, 49): a group name set with distributed alignment over the middle
    columns (``非　現　金　之　變　動``), each column's name wrapped inside its column and
    letter-spaced over its width (``應 付 短 期`` / ``票 券 折 價``, ``折　　價``), the
    amounts right-aligned with their ``$`` at the column's left edge; a long label wraps
    at the label column's edge, its tail hanging indented on the row's line."""
    path = Path(path)
    size = 7.0
    c, font = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "(二) 來自籌資活動之負債變動")
    c.setFont(font, size)
    rights = (250.0, 310.0, 370.0, 430.0, 490.0, 550.0)
    width = 46.0
    y = A4_H - 110
    group_x0, group_x1 = rights[2] - width, rights[4]
    _spread_string(c, group_x0, group_x1, y, WRAPPED_GROUP, size)
    for line in range(1, 3):
        y -= 9
        for right, names in zip(rights, WRAPPED_COLUMNS, strict=True):
            name = names[line]
            if name is None:
                continue
            if name[0].isdigit():
                c.drawRightString(right, y, name)
            else:
                _spread_string(c, right - width, right, y, name, size)
    for label, *cells in WRAPPED_ROWS:
        y -= 10
        if len(label) > WRAPPED_LABEL_AT:
            c.drawString(100, y, label[:WRAPPED_LABEL_AT])
            y -= 10
            c.drawString(100 + size, y, label[WRAPPED_LABEL_AT:])
        else:
            c.drawString(100, y, label)
        for right, cell in zip(rights, cells, strict=True):
            if cell.startswith("$ "):
                c.drawString(right - width, y, "$")
                cell = cell[2:]
            c.drawRightString(right, y, cell)
    y -= 30
    c.setFont(font, 10.0)
    c.drawString(90, y, "三三、資本風險管理")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(二) 來自籌資活動之負債變動"])


__all__ += [
    "WRAPPED_COLUMNS",
    "WRAPPED_GROUP",
    "WRAPPED_LABEL_AT",
    "WRAPPED_ROWS",
    "make_wrapped_header_pdf",
]


# ------------------------------------------------------------------------ kerned heading

KERNED_FIRST = (("台灣", "$ 67,335", "64,653"), ("其他", "224", "55"))
KERNED_HEADING = ("2.", "合約餘額")
KERNED_SECOND = (
    ("合約資產", "$ 20,838", "20,159", "12,812"),
    ("合約負債", "50,269", "45,210", "49,286"),
)


def make_kerned_heading_pdf(path: str | Path) -> PdfFixture:
    """Two notes tables with a numbered heading between them whose first ideograph is
    kerned into the period before it (``2.合約餘額``: the ideograph's box starts left of
    the period's, its centre right of it, as loose CJK boxes do in real filings), so
    glyphs ordered by their left edges read ``2合.約餘額`` (Changingtec p. 19, Phison
    p. 27)."""
    from reportlab.pdfbase import pdfmetrics

    path = Path(path)
    c, font = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "(十八)客戶合約之收入")
    y = A4_H - 120
    _draw_row(c, y, 100, "", (380.0, 460.0), ("113年1月至3月", "112年1月至3月"))
    for label, *cells in KERNED_FIRST:
        y -= 16
        _draw_row(c, y, 100, label, (380.0, 460.0), cells)
    y -= 30
    number, words = KERNED_HEADING
    c.drawString(90, y, number)
    # the ideograph starts 1 pt left of the period's right edge less its width
    dot_x0 = 90 + pdfmetrics.stringWidth(number[:-1], font, 10.0)
    c.drawString(dot_x0 - 1.0, y, words)
    y -= 20
    _draw_row(c, y, 100, "", (300.0, 380.0, 460.0), ("113.3.31", "112.12.31", "112.3.31"))
    for label, *cells in KERNED_SECOND:
        y -= 16
        _draw_row(c, y, 100, label, (300.0, 380.0, 460.0), cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(十八)客戶合約之收入"])


__all__ += ["KERNED_FIRST", "KERNED_HEADING", "KERNED_SECOND", "make_kerned_heading_pdf"]


# --------------------------------------------------------------------------- label lines

# A deck's footnote under a segment table: one ``label：definition`` line per segment,
# the first short (ending on a CJK word), the next running the slide's width, the last
# long enough to wrap once within the footnote's width.
SEGMENT_NOTES: tuple[str, ...] = (
    "* Mobile Phone：5G/4G 智慧型手機、功能型手機",
    "Smart Edge Platforms：各類連網應用如路由器、寬頻網路、筆記型電腦、無線藍牙耳機、"
    "智慧音箱及汽車等的無線與有線通訊晶片與單晶片",
    "Power IC：電源管理晶片",
    "Automotive：車用資訊娛樂系統、先進駕駛輔助系統與車聯網模組等應用之單晶片，"
    "以及車用電源管理晶片與車用連網晶片；本類別自本季起單獨揭露並回溯調整前期數字",
)
SEGMENT_NOTE_SIZE = 11.0
SEGMENT_NOTE_WIDTH = 820.0


def make_label_lines_slide_pdf(path: str | Path) -> PdfFixture:
    """A 16:9 slide whose footnote sets each segment's definition on a line of its own:
    a short line followed by a far longer one is two lines a reader sees, never one
    wrapped sentence; the last definition wraps at the footnote's width and is one."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 26)
    c.drawString(48, h - 70, "營收佔比")
    c.setFont(font, SEGMENT_NOTE_SIZE)
    y = h - 300
    lines: list[str] = []
    for note in SEGMENT_NOTES:
        for part in wrap_text(note, font, SEGMENT_NOTE_SIZE, SEGMENT_NOTE_WIDTH):
            c.drawString(58, y, part)
            lines.append(part)
            y -= SEGMENT_NOTE_SIZE * 1.4
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["\n".join(["營收佔比", *lines])], extra={"lines": lines})


__all__ += ["SEGMENT_NOTES", "make_label_lines_slide_pdf"]


# ------------------------------------------------------------------ section headings, spaced name

LEVELS_COLUMNS = ("第一級", "第二級", "第三級", "合計")
# (label, cells or None for a label-only line, indented): a section of two items, a
# section of one item whose heading is as long as the label column's longest line,
# and a section whose heading wraps
LEVELS_LINES: tuple[tuple[str, tuple[str, ...] | None, bool], ...] = (
    ("透過損益按公允價值衡量之金融資產", None, False),
    ("國內上市(櫃)股票", ("$ 986,015", "-", "-", "986,015"), True),
    ("國外非上市(櫃)股票", ("-", "-", "82,373", "82,373"), True),
    ("", ("$ 986,015", "-", "82,373", "1,068,388"), False),
    ("透過損益按公允價值衡量之金融負債", None, False),
    ("衍生工具—可轉換公司債", ("$ -", "23,400", "-", "23,400"), True),
    ("透過其他綜合損益按公允價值衡量之", None, False),
    ("金融資產", None, True),
    ("國內非上市(櫃)股票", ("$ -", "-", "284,175", "284,175"), True),
    ("國外非上市(櫃)股票", ("-", "-", "205,855", "205,855"), True),
)
SPACED_NAME = "關係人類別／名稱"
SPACED_PERIODS = (("114年1月1日", "至3月31日"), ("113年1月1日", "至3月31日"))
SPACED_ROW = ("關聯企業", "$ 150", "$ 13,475")


def make_section_heading_pdf(path: str | Path) -> PdfFixture:
    """Two notes tables set solid at the row pitch (Phison p. 39, Synmosa p. 59). The
    first's sections open with a label-only heading as long as the label column's longest
    line, their items hanging indented under it; one section has a single item, so its
    heading, its item and the next heading at the heading's indent look like a label
    wrapped with its tail hanging. The second's label column is named by a word
    letter-spaced over it and past the middle of the gap to the amounts (``關 係 人 類 別
    ／ 名 稱``), over three header lines with the table's heading."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "(2)公允價值之資訊")
    xs = (380.0, 440.0, 500.0, 560.0)
    y = A4_H - 110
    _draw_row(c, y, 150, "", xs, LEVELS_COLUMNS)
    for label, cells, indented in LEVELS_LINES:
        y -= 16
        x = 160.0 if indented else 150.0
        if cells is None:
            c.drawString(x, y, label)
        else:
            _draw_row(c, y, x, label, xs, cells)
    y -= 40
    c.drawString(90, y, "(三)")
    _spread_string(c, 125, 180, y, "進貨", 10.0)  # a heading justified, like the name
    y -= 17
    rights = (390.0, 520.0)
    _draw_row(c, y, 120, "", rights, [p[0] for p in SPACED_PERIODS])
    y -= 16
    _spread_string(c, 120, 262, y, SPACED_NAME, 10.0)
    _draw_row(c, y, 120, "", rights, [p[1] for p in SPACED_PERIODS])
    y -= 16
    label, *cells = SPACED_ROW
    c.drawString(120, y, label)
    for right, cell in zip(rights, cells, strict=True):
        c.drawString(right - 56, y, "$")
        c.drawRightString(right, y, cell[2:])
    y -= 40
    c.drawString(90, y, "合併公司向關係人進貨之品項，不會再向其他公司進貨。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(2)公允價值之資訊"])


__all__ += [
    "LEVELS_COLUMNS",
    "LEVELS_LINES",
    "SPACED_NAME",
    "SPACED_PERIODS",
    "SPACED_ROW",
    "make_section_heading_pdf",
]


# --------------------------------------------------------------------------- one-row blocks

ONE_ROW_NIL_PERIODS = (("114年1月1日", "113年1月1日"), ("至3月31日", "至3月31日"))
ONE_ROW_NIL = ("無形資產減損損失", "$ -", "$ 240")
HELD_DATE = "114年3月31日"
HELD_HEADER = (("", "持有股數", "", ""), ("子公司名稱", "（仟股）", "帳面金額", "市價"))
HELD_ROW = ("優良化學公司", "3,991", "$ 58,115", "$ 133,109")


def _dollar_row(
    c: Any, y: float, label: str, rights: Sequence[float], cells: Sequence[str]
) -> None:
    """A row whose ``$ …`` amounts set the sign at the column's left, the figure flush right."""
    c.drawString(120, y, label)
    for right, cell in zip(rights, cells, strict=True):
        if cell.startswith("$ "):
            c.drawString(right - 48, y, "$")
            cell = cell[2:]
        c.drawRightString(right, y, cell)


def make_one_row_blocks_pdf(path: str | Path) -> PdfFixture:
    """One-row notes tables: an impairment loss of two periods whose current amount is
    ``$ -`` (the sign at the column's left, the dash flush right), then another table;
    and, at the page's foot over the folio, the parent's shares held by a subsidiary at
    one balance-sheet date: the date on a line of its own over a two-line header and the
    block's one row."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(一) 其他收益及費損淨額")
    rights = (390.0, 510.0)
    for head in ONE_ROW_NIL_PERIODS:
        y -= 16
        _draw_row(c, y, 120, "", rights, head)
    y -= 16
    _dollar_row(c, y, ONE_ROW_NIL[0], rights, ONE_ROW_NIL[1:])
    y -= 36
    c.drawString(90, y, "(二)利息收入")
    for head in ONE_ROW_NIL_PERIODS:
        y -= 16
        _draw_row(c, y, 120, "", rights, head)
    y -= 16
    _dollar_row(c, y, "銀行存款", rights, ("$ 1,031", "$ 1,801"))
    y -= 16
    _dollar_row(c, y, "資金貸與他人", rights, ("283", "287"))
    y = 150.0
    c.drawString(100, y, "子公司於資產負債表日持有本公司股票之相關資訊如下：")
    y -= 22
    c.drawString(120, y, HELD_DATE)
    hrights = (330.0, 430.0, 520.0)
    for head in HELD_HEADER:
        y -= 16
        _draw_row(c, y, 120, head[0], hrights, head[1:])
    y -= 16
    _dollar_row(c, y, HELD_ROW[0], hrights, HELD_ROW[1:])
    c.drawString(290, 30, "- 38 -")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(二)利息收入"])


__all__ += [
    "HELD_DATE",
    "HELD_HEADER",
    "HELD_ROW",
    "ONE_ROW_NIL",
    "ONE_ROW_NIL_PERIODS",
    "make_one_row_blocks_pdf",
]


DIVIDEND_YEARS = ("112年度", "111年度")
DIVIDEND_ROW = ("現金", "2.87", "$ 49,358", "3.09", "$ 53,113")
PARTY_HEADER = ("帳列項目", "關係人類別／名稱", "113.3.31", "112.12.31", "112.3.31")
PARTY_ROW = ("應收帳款", "關聯企業", "$ -", "1,200", "-")
PREPAID_LABEL = ("其他關係人－台灣鎧俠股份", "有限公司")
PREPAID_AMOUNTS = ("$ 2,976,999", "-", "-")
LOAN_HEADING = "固定利率應收放款"
LOAN_ITEM = ("不超過一年", "64,044", "63,761", "62,895")


def make_one_row_labels_pdf(path: str | Path) -> PdfFixture:
    """One-row notes tables whose label is no single phrase: dividends per year under a
    two-level header (``112年度`` over ``配股率(元) 金額``) and a section line, the one
    row's label letter-spaced over its cell (``現　　金``); a receivable from a
    related party, an account and a party (two text columns) before three dates'
    amounts, two of them ``-``; a prepayment whose one label wraps, its tail with
    the amounts hanging under it; and a heading (short of the amounts) over one item."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(2)盈餘分派")
    c.drawString(100, y, "本公司有關分派予業主股利之金額如下：")
    pairs = ((360.0, 420.0), (480.0, 540.0))
    y -= 22
    for year, (_, right) in zip(DIVIDEND_YEARS, pairs, strict=True):
        c.drawRightString(right - 20, y, year)
    y -= 15
    for rate, _ in pairs:
        c.drawRightString(rate, y, "配股率")
    y -= 15
    for rate, right in pairs:
        c.drawRightString(rate - 6, y, "(元)")
        c.drawRightString(right, y, "金額")
    y -= 15
    c.drawString(110, y, "分派予普通股業主之股利：")
    y -= 16
    c.drawString(120, y, "現")
    c.drawString(150, y, "金")
    for (rate, right), (r, amount) in zip(
        pairs, (DIVIDEND_ROW[1:3], DIVIDEND_ROW[3:]), strict=True
    ):
        c.drawRightString(rate, y, r)
        c.drawString(right - 50, y, "$")
        c.drawRightString(right, y, amount[2:])
    y -= 30
    c.drawString(100, y, "民國一一二年度盈餘分配案尚待股東會決議。")
    y -= 40
    c.drawString(90, y, "(二)與關係人間之重大交易事項")
    y -= 18
    c.drawString(100, y, "本公司應收關係人款項明細如下：")
    rights = (390.0, 460.0, 530.0)
    y -= 20
    c.drawString(110, y, PARTY_HEADER[0])
    c.drawString(190, y, PARTY_HEADER[1])
    _draw_row(c, y, 110, "", rights, PARTY_HEADER[2:])
    y -= 15
    c.drawString(110, y, PARTY_ROW[0])
    c.drawString(190, y, PARTY_ROW[1])
    c.drawString(rights[0] - 44, y, "$")
    _draw_row(c, y, 110, "", rights, ("-", *PARTY_ROW[3:]))
    y -= 30
    c.drawString(100, y, "本公司銷售予關係人之價款係以一般市場價格為基準。")
    y -= 30
    c.drawString(90, y, "5.預付款項")
    y -= 18
    c.drawString(110, y, PARTY_HEADER[1])
    _draw_row(c, y, 110, "", rights, PARTY_HEADER[2:])
    y -= 13
    c.drawString(100, y, PREPAID_LABEL[0])
    y -= 12
    c.drawString(108, y, PREPAID_LABEL[1])
    c.drawString(232, y, "$")  # a glyph right of where the label's first line ends
    _draw_row(c, y, 110, "", rights, (PREPAID_AMOUNTS[0][2:], *PREPAID_AMOUNTS[1:]))
    y -= 30
    c.drawString(90, y, "(三) 其他應收款－應收放款")
    y -= 18
    _draw_row(c, y, 110, "", rights, PARTY_HEADER[2:])
    y -= 13
    c.drawString(100, y, LOAN_HEADING)
    y -= 13
    _draw_row(c, y, 112, LOAN_ITEM[0], rights, LOAN_ITEM[1:])
    y -= 30
    c.drawString(90, y, "6.其他交易")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(2)盈餘分派"])


__all__ += [
    "DIVIDEND_ROW",
    "DIVIDEND_YEARS",
    "LOAN_HEADING",
    "LOAN_ITEM",
    "PARTY_HEADER",
    "PARTY_ROW",
    "PREPAID_AMOUNTS",
    "PREPAID_LABEL",
    "make_one_row_labels_pdf",
]


# --------------------------------------------------------------------------- loan per date

LOAN_DATE = "113.3.31"
LOAN_HEADER = (("期末利率", "", ""), ("區間(%)", "到期年度", "金額"))
LOAN_ROWS = (
    ("擔保借款", "2.28", "117年1月", "$ 109,170"),
    ("減：一年內到期部分", "", "", "(27,567)"),
    ("", "", "", "$ 81,603"),
)


def make_loan_terms_pdf(path: str | Path) -> PdfFixture:
    """A long-term loan under its date: a rate and a maturity (``117年1月``, a column of
    words) between the label and the amount, then the current part and the net amount
    under the amount alone; the rate's name wrapped over two lines (three header lines
    in all)."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(十五)長期借款")
    rights = (330.0, 420.0, 520.0)
    y -= 18
    c.drawString(390, y, LOAN_DATE)
    for head in LOAN_HEADER:
        y -= 14
        _draw_row(c, y, 120, "", rights, head)
    for label, *cells in LOAN_ROWS:
        y -= 16
        _dollar_row(c, y, label, rights, cells)
    y -= 30
    c.drawString(90, y, "(十六)負債準備")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(十五)長期借款"])


__all__ += ["LOAN_DATE", "LOAN_HEADER", "LOAN_ROWS", "make_loan_terms_pdf"]


# --------------------------------------------------------------------------- blocks per date

FACTORED_HEADER = (
    ("", "", "轉列至其他", "", "移轉條款"),
    ("承購銀行", "讓售金額", "應收款金額", "手續費率(%)", "(件)"),
)
FACTORED_BLOCKS = (
    ("113.3.31", ("匯豐商業銀行", "$ 871", "766", "0.22~0.65", "註一～四")),
    ("112.12.31", ("匯豐商業銀行", "$ 312", "253", "0.22~0.65", "註一～四")),
    ("112.3.31", ("匯豐商業銀行", "$ 1,431", "1,261", "0.22~0.65", "註一～四")),
)


def make_repeated_header_blocks_pdf(path: str | Path) -> PdfFixture:
    """Receivables factored per balance-sheet date: each block a date centred over the
    columns (not in the label column), the column names again on two lines, and the
    block's one row; a unit line over the first block and notes under the last."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(四)應收帳款")
    c.drawString(100, y, "合併公司期末尚未到期之讓售應收帳款相關資訊如下：")
    y -= 20
    c.drawRightString(530, y, "單位：美金千元")
    xs = (110.0, 200.0, 280.0, 360.0, 470.0)
    for date, row in FACTORED_BLOCKS:
        y -= 14
        c.drawString(275, y, date)  # centred over the table, between two columns
        for head in FACTORED_HEADER:
            y -= 14
            for x, cell in zip(xs, head, strict=True):
                c.drawString(x, y, cell)
        y -= 15
        label, amount, moved, fee, terms = row
        c.drawString(xs[0], y, label)
        c.drawString(xs[1], y, "$")
        c.drawRightString(xs[2] - 20, y, amount[2:])
        c.drawRightString(xs[3] - 10, y, moved)
        c.drawString(xs[3] + 5, y, fee)
        c.drawString(xs[4], y, terms)
        y -= 2  # blocks set solid: the next date a line under the row
    y -= 26
    c.drawString(100, y, "註一：合併公司與承購銀行相關交易條件以應收帳款買賣合約為準。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(四)應收帳款"])


__all__ += ["FACTORED_BLOCKS", "FACTORED_HEADER", "make_repeated_header_blocks_pdf"]


FV_NAMES = ("帳面金額", "第1等級", "第2等級", "第3等級", "合計")
FV_SECTIONS = ("金融負債", "以攤銷後成本衡量之金融負債：")
FV_BLOCKS = (
    ("114 年 3月 31日", ("－可轉換公司債", "$ 26,944", "$ -", "$ -", "$ 26,889", "$ 26,889")),
    ("113 年 12月 31日", ("－可轉換公司債", "$ 26,873", "$ -", "$ -", "$ 26,760", "$ 26,760")),
)


def make_date_blocks_at_foot_pdf(path: str | Path) -> PdfFixture:
    """Fair values per balance-sheet date, each block its date in the label column over
    the column names, two section lines and one row; the second block ends a little
    above the page's number (``- 49 -``)."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(一) 公允價值資訊－非按公允價值衡量之金融工具")
    c.drawString(
        100, y, "合併公司管理階層認為，除下表所列項目外，其餘金融工具之帳面金額均趨近其公允價值。"
    )
    rights = (300.0, 355.0, 410.0, 465.0, 520.0)
    y = 300.0
    for date, row in FV_BLOCKS:
        c.drawString(110, y, date)
        y -= 20
        _draw_row(c, y, 110, "", rights, FV_NAMES)
        for section in FV_SECTIONS:
            y -= 13
            c.drawString(110, y, section)
        y -= 13
        c.drawString(120, y, row[0])
        for right, cell in zip(rights, row[1:], strict=True):
            c.drawString(right - 40, y, "$")
            c.drawRightString(right, y, cell[2:])
        y -= 32
    c.drawString(290, y - 10, "- 49 -")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(一) 公允價值資訊－非按公允價值衡量之金融工具"])


__all__ += ["FV_BLOCKS", "FV_NAMES", "FV_SECTIONS", "make_date_blocks_at_foot_pdf"]


SURPLUS_PERIODS = ("114年3月31日", "113年12月31日", "113年3月31日")
SURPLUS_ROWS = (
    ("股票發行溢價", "$ 1,902,893", "$ 1,191,416", "$ 1,205,402"),
    ("公司債轉換溢價", "201,495", "201,495", "217,369"),
    ("庫藏股交易", "5,294", "5,294", "8,214"),
)
SURPLUS_LAST = (("實際取得或處分子公司股", "權價格與帳面價值差額"), ("-", "-", "60,448"))


def make_wrapped_last_row_pdf(path: str | Path) -> PdfFixture:
    """A notes table set solid whose last row's label wraps at the label column's edge,
    its amounts on the second line, indented under the first; then the continued mark
    (``（接次頁）``) and the page's number at the foot."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(二)資本公積")
    rights = (330.0, 430.0, 520.0)
    y -= 10
    _draw_row(c, y, 110, "", rights, SURPLUS_PERIODS)
    for row in SURPLUS_ROWS:
        y -= 13
        _draw_row(c, y, 110, row[0], rights, row[1:])
    y -= 13
    c.drawString(110, y, SURPLUS_LAST[0][0])
    y -= 13
    _draw_row(c, y, 122, SURPLUS_LAST[0][1], rights, SURPLUS_LAST[1])
    y -= 30
    c.drawString(60, y, "（接次頁）")
    c.drawString(290, 30, "- 34 -")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(二)資本公積"])


__all__ += ["SURPLUS_LAST", "SURPLUS_PERIODS", "SURPLUS_ROWS", "make_wrapped_last_row_pdf"]


# --------------------------------------------------------------------------- long wrapped labels

KINDS_PERIODS = ("114年3月31日", "113年12月31日", "113年3月31日")
# (where the label starts, its lines, the amounts on its last line or none); a wrapped
# line hangs 8 points under the label's start, full lines end at the column's edge (210)
KINDS_LINES = (
    (110.0, ("金融資產",), None),
    (110.0, ("透過損益按公允價值", "衡量"), None),
    (130.0, ("強制透過損益按公", "允價值衡量"), ("$ 634,480", "$ 575,939", "$ 296,721")),
    (110.0, ("按攤銷後成本衡量之金", "融資產（註1）"), ("3,786,596", "2,599,916", "2,763,591")),
    (110.0, ("透過其他綜合損益按公", "允價值衡量之金融資", "產"), None),
    (130.0, ("權益工具投資",), ("215,696", "230,395", "163,800")),
    (
        110.0,
        ("嵌入式衍生工具—贖回", "(列報於透過損益按", "公允價值衡量之金融", "資產—流動)"),
        ("2,442", "350", "350"),
    ),
)


def make_long_wrapped_labels_pdf(path: str | Path) -> PdfFixture:
    """A notes table set solid (every line a row's pitch apart) whose labels wrap at the
    label column's edge, each wrapped line hanging indented under the first: a row's
    label over two lines, a heading of no amounts over three, a label over four with
    the amounts on its last line; two section lines and the first row's wrapped label
    stand between the periods and the first amounts, so no two rows of amounts follow
    each other."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(三) 金融工具之種類")
    rights = (330.0, 430.0, 520.0)
    y -= 10
    _draw_row(c, y, 110, "", rights, KINDS_PERIODS)
    for x, parts, amounts in KINDS_LINES:
        for n, part in enumerate(parts):
            y -= 13
            c.drawString(x if n == 0 else x + 8, y, part)
        if amounts:
            _draw_row(c, y, 110, "", rights, amounts)
    y -= 30
    c.drawString(90, y, "(四) 財務風險管理目的與政策")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(三) 金融工具之種類"])


__all__ += ["KINDS_LINES", "KINDS_PERIODS", "make_long_wrapped_labels_pdf"]


SENSITIVITY_PERIODS = (("114年1月1日", "113年1月1日"), ("至3月31日", "至3月31日"))
SENSITIVITY_BLOCKS = (
    ("美元之影響", ("$ 654", "$ 366")),
    ("港幣之影響", ("$ 980", "$ 616")),
    ("日幣之影響", ("$ 209", "$ 652")),
)


def make_named_blocks_pdf(path: str | Path) -> PdfFixture:
    """A sensitivity analysis per currency: each block a name spread evenly over both
    period columns and past the last amount (``美　元　之　影　響``), two lines of periods
    set wider than the amounts, and one row whose label is letter-spaced (``損　　益``)."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "敏感度分析")
    c.drawString(
        100, y, "下表之正數係表示當功能性貨幣相對於各相關貨幣貶值 1%時，將使稅前淨利增加之金額。"
    )
    y -= 16
    rights = (400.0, 510.0)
    for name, amounts in SENSITIVITY_BLOCKS:
        y -= 28
        _pitched_string(c, 320, y, name, 52)
        for head in SENSITIVITY_PERIODS:
            y -= 14
            _draw_row(c, y, 120, "", (rights[0] + 8, rights[1] + 8), head)
        y -= 15
        c.drawString(180, y, "損")
        c.drawString(215, y, "益")
        for right, amount in zip(rights, amounts, strict=True):
            c.drawString(right - 45, y, "$")
            c.drawRightString(right, y, amount[2:])
    y -= 36
    c.drawString(100, y, "上列損益之影響主要源自於合併公司於資產負債表日之外幣存款。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["敏感度分析"])


__all__ += ["SENSITIVITY_BLOCKS", "SENSITIVITY_PERIODS", "make_named_blocks_pdf"]


# --------------------------------------------------------------------------- lists of terms

LIVES_INTRO = "折舊費用係以直線基礎按下列耐用年數計提："
LIVES_ROWS = (
    ("房屋及建築物", ""),
    ("廠房主建物", "5 年至 60 年"),
    ("附屬設備", "2 年至 50 年"),
    ("機器設備", "2 年至 20 年"),
    ("運輸設備", "3 年至 5 年"),
)
AMORTIZATION_INTRO = "攤銷費用係以直線基礎按下列耐用年數計提："
AMORTIZATION_ROWS = (("商標權", "10 年"), ("專利權", "2 至 15 年"), ("加盟商關係", "12 年"))


def make_useful_lives_pdf(path: str | Path) -> PdfFixture:
    """Two lists of useful lives in a filing's notes, no column names: under a sentence
    closed by a colon, a label and its term flush right in one column (a group's name
    on a line of its own over its items); and a lone term under another such sentence,
    which is no list."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "十四、不動產、廠房及設備")
    for intro, rows in ((LIVES_INTRO, LIVES_ROWS), (AMORTIZATION_INTRO, AMORTIZATION_ROWS)):
        y -= 10
        c.drawString(110, y, intro)
        for label, term in rows:
            y -= 15
            c.drawString(150 if term and rows[0][1] == "" else 130, y, label)
            if term:
                c.drawRightString(400, y, term)
        y -= 30
        c.drawString(110, y, "設定作為借款擔保之金額，請參閱附註三六。")
        y -= 20
    c.drawString(110, y, "租賃期間如下：")
    y -= 15
    c.drawString(130, y, "土地")
    c.drawRightString(400, y, "50 年")
    y -= 30
    c.drawString(110, y, "合併公司未有重大之租賃修改。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["十四、不動產、廠房及設備"])


__all__ += [
    "AMORTIZATION_INTRO",
    "AMORTIZATION_ROWS",
    "LIVES_INTRO",
    "LIVES_ROWS",
    "make_useful_lives_pdf",
]


# ------------------------------------------------------------------ a ruled schedule over pages

SCHEDULE_TITLE = "期末持有有價證券情形"
SCHEDULE_HEADER = ("持有之公司", "有價證券名稱", "股數", "帳面金額", "持股比率")


def _schedule_rows(first: int, n: int) -> list[tuple[str, ...]]:
    return [
        (
            "本公司",
            f"投資標的{k}股份有限公司",
            f"{(k * 7919) % 9_000 + 100:,}",
            f"{(k * k * 104_729) % 98_765 + 1_000:,}",
            f"{(k * 37) % 90 + 1}.{k % 10}0",
        )
        for k in range(first, first + n)
    ]


def make_ruled_schedule_pdf(path: str | Path, header_again: bool = True) -> PdfFixture:
    """A ruled schedule (a filing's 附表) whose first part ends half-way down its page,
    the rest of the page left blank, and goes on at the next page's top with its ruled
    header set again (``header_again``) — or, without it, a ruled grid of the same
    columns and no header, which is no sign of a continuation once the first part
    stopped short of the foot."""
    path = Path(path)
    size = 9.0
    c, font = _cjk_page(path, size)
    xs = (80.0, 150.0, 320.0, 390.0, 460.0, 530.0)
    pitch = 20.0
    parts = (_schedule_rows(1, 8), _schedule_rows(9, 6))
    for number, rows in enumerate(parts, start=1):
        c.setFont(font, size)
        top = A4_H - 70
        if number == 1:
            c.drawString(80, top, SCHEDULE_TITLE)
            c.drawString(80, top - 16, "民國一一三年三月三十一日")
            c.drawRightString(530, top - 16, "單位：新台幣千元")
            top -= 30
        lines = ([SCHEDULE_HEADER] if number == 1 or header_again else []) + rows
        y = top
        for row in lines:
            for k, cell in enumerate(row):
                if k < 2:
                    c.drawString(xs[k] + 4, y - 14, cell)
                else:
                    c.drawRightString(xs[k + 1] - 4, y - 14, cell)
            y -= pitch
        for k in range(len(lines) + 1):
            c.line(xs[0], top - k * pitch, xs[-1], top - k * pitch)
        for x in xs:
            c.line(x, top, x, y)
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[SCHEDULE_TITLE, parts[1][0][1]], extra={"rows": parts})


__all__ += ["SCHEDULE_HEADER", "SCHEDULE_TITLE", "make_ruled_schedule_pdf"]


# ------------------------------------------------------------- a paragraph right above a table

PARAGRAPH_LINES = (
    # Lines of one justified paragraph, 30 glyphs each; the middle two hold no punctuation.
    "下表詳細說明當各個體功能性貨幣對各攸關外幣之匯率增加及減",
    "少百分之一時合併公司之敏感度分析百分之一係為集團內部向主",
    "要管理階層報告匯率風險時所使用之敏感度比率並代表管理階層",
    "對外幣匯率之合理可能變動範圍之評估，敏感度分析僅包括流通",
    "在外之外幣貨幣性項目。",
)
PARAGRAPH_TABLE_TITLE = "美元之影響分析"


def make_paragraph_over_table_pdf(path: str | Path, titled: bool) -> PdfFixture:
    """A notes table set right under a justified paragraph, with no numbered heading
    between: untitled (``titled`` false) no line of the paragraph names it, however short
    of punctuation its middle lines are; with a short line of its own between, that line
    is its title."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    y = A4_H - 65
    for line in PARAGRAPH_LINES:
        y -= 15
        c.drawString(90, y, line)  # every full line 30 em wide: one right edge
    if titled:
        y -= 24
        c.drawString(90, y, PARAGRAPH_TABLE_TITLE)
    xs = (380.0, 480.0)
    y -= 24
    _draw_row(c, y, 100, "", xs, ("114年第1季", "113年第1季"))
    for label, a, b in (("損益", "$ 654", "$ 366"), ("權益", "1,209", "(652)")):
        y -= 18
        _draw_row(c, y, 100, label, xs, (a, b))
    y -= 40
    c.drawString(90, y, "上列損益之影響主要源自於合併公司尚流通在外之外幣計價銀行存款。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[PARAGRAPH_LINES[0]])


__all__ += ["PARAGRAPH_LINES", "PARAGRAPH_TABLE_TITLE", "make_paragraph_over_table_pdf"]


# ------------------------------------------------------------------ a table of rate ranges

RATE_INTRO = "租賃負債之折現率區間如下："
RATE_PERIODS = ("115年6月30日", "114年12月31日", "114年6月30日")
RATE_ROWS = (
    ("土地", "1.10%～2.35%", "1.25%～2.35%", "1.05%～2.20%"),
    ("機器設備", "2.10%~3.00%", "2.10%~2.85%", "1.90%~2.70%"),
    ("辦公設備", "0.95%～1.80%", "0.95%～1.80%", "0.90%～1.75%"),
)


def make_rate_ranges_pdf(path: str | Path) -> PdfFixture:
    """A notes table whose every value is a range of rates (``1.10%～2.35%``: a lease's
    discount rates, a loan's interest rates per balance-sheet date), no single amount in
    it, under its lead-in and a line of dates; then a sentence that quotes a range."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(八) 租賃協議")
    rights = (330.0, 430.0, 530.0)
    y -= 18
    c.drawString(110, y, RATE_INTRO)
    y -= 18
    _draw_row(c, y, 120, "", rights, RATE_PERIODS)
    for label, *cells in RATE_ROWS:
        y -= 16
        _draw_row(c, y, 120, label, rights, cells)
    y -= 30
    c.drawString(90, y, "(九) 其他事項")
    y -= 18
    c.drawString(110, y, "借款利率區間為 1.20%～2.40%，與前期相當。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(八) 租賃協議"])


__all__ += ["RATE_INTRO", "RATE_PERIODS", "RATE_ROWS", "make_rate_ranges_pdf"]


# ------------------------------------------------------------ rows under a merged label cell

GRANT_HEADER = ("股東會通過日", "預計發行股數", "實際發行股數", "給與日", "公平價值(元)")
GRANT_ROWS = (
    ("114.06.18", "2,000", "720", "114.09.01", "41.30"),
    ("", "", "650", "115.02.10", "38.90"),
)


def make_merged_label_rows_pdf(path: str | Path) -> PdfFixture:
    """A grant table whose second tranche has no label of its own (the meeting date and
    the shares to issue are cells merged over both rows): the second row sets its amounts
    under the first row's, nothing in the label column."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(一) 限制員工權利新股")
    rights = (250.0, 330.0, 420.0, 510.0)
    y -= 18
    c.drawString(110, y, "本公司發行限制員工權利新股之相關資訊如下：")
    y -= 18
    _draw_row(c, y, 120, GRANT_HEADER[0], rights, GRANT_HEADER[1:])
    for label, *cells in GRANT_ROWS:
        y -= 16
        _draw_row(c, y, 120, label, rights, cells)
    y -= 30
    c.drawString(110, y, "上述股份於既得期間屆滿前不得轉讓。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(一) 限制員工權利新股"])


__all__ += ["GRANT_HEADER", "GRANT_ROWS", "make_merged_label_rows_pdf"]


# A line chart's points and their data labels (years on its axis), beside bullet text.
LINE_CHART_POINTS = (("2020", 2.9), ("2021", 6.3), ("2022", 8.8), ("2023", 6.0), ("2024", 5.0))


def make_line_chart_slide_pdf(path: str | Path) -> PdfFixture:
    """A deck slide with bullets on the left and, on the right, a line chart with no
    value axis: each point's data label (``2.9%`` … ``8.8%``) set just above it, so
    labels of points at other heights stand on lines of their own or share a line with
    a bullet, over a row of years (an IR deck's inflation chart). Slide 2 holds a
    small table of the same values for contrast."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 24)
    c.drawString(40, h - 60, "產業近況 Current Market")
    c.setFont(font, 14)
    c.drawCentredString(700, h - 130, "Global Inflation Rate")
    x0, base, step, scale = 480.0, 150.0, 90.0, 24.0
    points = [(x0 + k * step, base + v * scale) for k, (_, v) in enumerate(LINE_CHART_POINTS)]
    c.setLineWidth(1.5)
    for (xa, ya), (xb, yb) in itertools.pairwise(points):
        c.line(xa, ya, xb, yb)
    for (year, v), (x, y) in zip(LINE_CHART_POINTS, points, strict=True):
        c.drawCentredString(x, y + 8, f"{v}%")
        c.drawCentredString(x, base - 40, year)
    # the bullets' lines, some on a label's baseline (8.8%, 5.0%, 2.9%)
    bullets = (
        ("• 美國經濟政策變化", h - 100),
        ("China's economic recovery", points[2][1] + 8),
        ("• 俄烏戰爭、以哈戰爭", points[4][1] + 8),
        ("Russia-Ukraine war", points[0][1] + 8),
        ("• 物價波動、貨幣政策", base - 70),
    )
    for text, y in bullets:
        c.drawString(40, y, text)
    c.showPage()
    c.setFont(font, 24)
    c.drawString(40, h - 60, "通膨率 Inflation")
    c.setFont(font, 14)
    c.drawString(80, h - 140, "地區")
    c.drawRightString(400, h - 140, "2024")
    c.drawRightString(500, h - 140, "2025")
    for k, name in enumerate(("美國", "歐元區", "日本")):
        c.drawString(80, h - 170 - 24 * k, name)
        c.drawRightString(400, h - 170 - 24 * k, f"{LINE_CHART_POINTS[k][1]}%")
        c.drawRightString(500, h - 170 - 24 * k, f"{LINE_CHART_POINTS[k + 2][1]}%")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["產業近況 Current Market", "通膨率 Inflation"])


__all__ += ["LINE_CHART_POINTS", "make_line_chart_slide_pdf"]


# A notes page whose tables are introduced by lead-ins that name nothing.
GENERIC_LEAD_INS = (
    (
        "(六)存貨",
        ("本公司存貨均未提供質押。",),
        "1.其明細如下：",
        (("原料", "$ 12,400", "$ 11,900"), ("製成品", "30,150", "28,760")),
    ),
    (
        None,
        (
            "本公司之應收帳款皆採存續期間預期信用損失金額衡量備抵損失，於民國一",
            "一三年十二月三十一日及一一二年十二月三十一日止所評估備抵損失金額之",
        ),
        "相關說明如下：",
        (("未逾期", "$ 80,210", "$ 75,330"), ("逾期 1~90 天", "4,120", "3,980")),
    ),
    (
        None,
        ("本公司考量交易對手信用等級、區域及產業等因素區分群組，並採用準備矩陣衡量備抵損失，",),
        "相關資訊如下：",
        (("群組一", "$ 50,100", "$ 48,200"), ("群組二", "30,110", "27,130")),
    ),
)


def make_generic_lead_in_pdf(path: str | Path) -> PdfFixture:
    """A notes page under the notes' running header (``…財務報表附註（續）``), each table
    introduced by a lead-in that names nothing: ``1.其明細如下：`` numbered under its note's
    heading, a sentence's wrapped tail ``相關說明如下：``, and a sentence's last clause
    ``相關資訊如下：`` on a line of its own (Novatek p. 26)."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    c.drawCentredString(A4_W / 2, A4_H - 50, "範例科技股份有限公司財務報表附註（續）")
    xs = (420.0, 510.0)
    y = A4_H - 90
    for heading, sentence, lead_in, rows in GENERIC_LEAD_INS:
        if heading is not None:
            c.drawString(80, y, heading)
            y -= 18
        for line in sentence:  # justified to one measure
            c.drawString(100, y, line)
            y -= 16
        c.drawString(100, y, lead_in)
        y -= 20
        _draw_row(c, y, 100, "", xs, ("113.12.31", "112.12.31"))
        for label, *cells in rows:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
        y -= 36
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(六)存貨"])


__all__ += ["GENERIC_LEAD_INS", "make_generic_lead_in_pdf"]


# A subsidiaries table whose name cells wrap (made-up companies): the registered names are
# written in full in the notes above, the table holds them cut over two lines.
WRAPPED_NAME_ROWS = [
    ("本公司", ("Nordvale Micro", "Holdings, Ltd."), "投資控股", "100%"),
    ("本公司", ("甲乙電子科技", "（蘇州）有限公司"), "積體電路銷售", "100%"),
    ("本公司", ("Qarvex Semiconductor", "Japan Co., Ltd."), "晶圓代工", "35%"),
]


def make_wrapped_name_cells_pdf(path: str | Path) -> PdfFixture:
    """A filing's subsidiaries table whose name cells wrap inside the cell: the line holds the
    name's start and the next cells' words (``甲乙電子科技 積體電路銷售``), the next line its
    end (``（蘇州）有限公司``); a Latin name's start may end its line (``Nordvale Micro``)."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    prose = [
        "本公司之子公司為 Nordvale Micro Holdings, Ltd.、甲乙電子科技（蘇州）有限公司，",
        "關聯企業為 Qarvex Semiconductor Japan Co., Ltd.。",
        "子公司明細如下：",
    ]
    y = A4_H - 80
    for line in prose:
        c.drawString(60, y, line)
        y -= 16
    y -= 10
    c.drawString(60, y, "投資公司名稱")
    c.drawString(130, y, "子公司名稱")
    c.drawString(240, y, "業務性質")
    for k, head in enumerate(("114.3.31", "113.12.31", "113.3.31")):
        c.drawRightString(430 + 55 * k, y, head)
    y -= 16
    for holder, (name1, name2), trade, share in WRAPPED_NAME_ROWS:
        c.drawString(60, y, holder)
        c.drawString(130, y, name1)
        c.drawString(240, y, trade)
        for k in range(3):
            c.drawRightString(430 + 55 * k, y, share)
        c.drawString(130, y - 12, name2)
        y -= 26
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["\n".join(prose)])


__all__ += ["WRAPPED_NAME_ROWS", "make_wrapped_name_cells_pdf"]


# orgs13: an investor column whose Latin short name repeats the next cell's first word (the
# parent's code name, then the subsidiary's registered name), the share right after the name,
# and a registered name written with CO.,LTD. (made-up names).
HOLDER_NAME_ROWS = [
    ("QORVEL", "Qorvel Technology Inc.", "100%"),
    ("Lumatek", "Lumatek Germany GmbH", "100%"),
    ("Lumatek", "NWW MANUFACTURING CO.,LTD.", "51%"),
]


def make_holder_name_cells_pdf(path: str | Path) -> PdfFixture:
    """A subsidiaries table whose investor cell and name cell stand side by side on one line
    (``QORVEL Qorvel Technology Inc. 100%``): the text layer joins them into one Latin run."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    y = A4_H - 80
    c.drawString(60, y, "子公司明細如下：")
    y -= 26
    c.drawString(60, y, "投資公司名稱")
    c.drawString(130, y, "子公司名稱")
    c.drawRightString(430, y, "持股比例")
    y -= 16
    for holder, name, share in HOLDER_NAME_ROWS:
        c.drawString(60, y, holder)
        c.drawString(110, y, name)
        c.drawRightString(430, y, share)
        y -= 16
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["子公司明細如下："])


__all__ += ["HOLDER_NAME_ROWS", "make_holder_name_cells_pdf"]


YEAR_BLOCK_TITLE = "船舶市況 World Fleet"
YEAR_BLOCK_HEADER = ("2021", "2022", "2023", "2024", "*2025")
YEAR_BLOCK_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Fleet 1st January", "", ("12,369", "12,764", "13,233", "13,704", "14,125")),
    ("Changes", "Deliveries", ("441", "451", "492", "491", "90")),
    ("", "Sold for Scrap", ("-57", "-48", "-91", "-65", "-12")),
    ("", "Misc. Additions", ("-", "-", "-", "-", "1")),
    ("Fleet End Year", "", ("12,750", "13,162", "13,631", "14,125", "14,204")),
)


def make_year_block_slide_pdf(path: str | Path) -> PdfFixture:
    """A deck's ruled table whose rules frame the label columns and one block of
    figures: every year's column, with its header line of years (the last one starred
    for a footnote: ``*2025``), stands unruled inside one ruled cell per row."""
    path = Path(path)
    font = _register_cjk()
    w, h = 960.0, 540.0
    c = _canvas(path, pagesize=(w, h))
    c.setFont(font, 24)
    c.drawString(40, h - 60, YEAR_BLOCK_TITLE)
    size = 11.0
    c.setFont(font, size)
    gx = (40.0, 200.0, 360.0, 900.0)
    rights = (440.0, 540.0, 640.0, 740.0, 840.0)
    top = h - 110.0
    rules = [top]
    y = top - 16
    c.drawString(gx[0] + 6, y, "Fleet Change (No.)")
    for x, text in zip(rights, YEAR_BLOCK_HEADER, strict=True):
        c.drawRightString(x, y, text)
    rules.append(y - 8)
    for name, label, values in YEAR_BLOCK_ROWS:
        y -= 24
        if name:
            c.drawString(gx[0] + 6, y, name)
        if label:
            c.drawString(gx[1] + 6, y, label)
        for x, v in zip(rights, values, strict=True):
            c.drawRightString(x, y, v)
        rules.append(y - 8)
    c.setLineWidth(0.5)
    for r in rules:
        c.line(gx[0], r, gx[-1], r)
    for x in gx:
        c.line(x, rules[0], x, rules[-1])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[YEAR_BLOCK_TITLE], extra={"rows": YEAR_BLOCK_ROWS})


__all__ += ["make_year_block_slide_pdf"]


EQUITY_TITLE = "合併權益變動表"
# Column names stacked over seven lines, as equity statements print them: a group name
# over some columns, then each column's name wrapped into its cell's width.
EQUITY_GROUP = "歸屬於母公司業主之權益"
EQUITY_HEADER_LINES: tuple[tuple[tuple[float, str], ...], ...] = (
    ((420.0, EQUITY_GROUP),),
    ((470.0, "其他權益"),),
    ((440.0, "國外營運"),),
    ((440.0, "機構財務"), (520.0, "透過其他")),
    ((440.0, "報表換算"), (520.0, "綜合損益")),
    ((440.0, "之兌換"), (520.0, "按公允價值")),
    (
        (200.0, "普通股股本"),
        (280.0, "資本公積"),
        (360.0, "保留盈餘"),
        (440.0, "差額"),
        (520.0, "衡量之損益"),
        (620.0, "權益總額"),
    ),
)
EQUITY_RIGHTS = (250.0, 330.0, 410.0, 490.0, 570.0, 660.0)
EQUITY_NOTE_X = 150.0
EQUITY_NOTE_ROW = "本期其他綜合損益"
EQUITY_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "113 年 1月 1日餘額",
        ("$ 1,000,000", "$ 200,000", "$ 500,000", "($ 20,000 )", "$ 30,000", "$ 1,710,000"),
    ),
    ("本期淨利", ("-", "-", "300,000", "-", "-", "300,000")),
    ("本期其他綜合損益", ("-", "-", "-", "5,000", "(10,000 )", "(5,000 )")),
    (
        "113 年 12月 31日餘額",
        ("$ 1,000,000", "$ 200,000", "$ 800,000", "($ 15,000 )", "$ 20,000", "$ 2,005,000"),
    ),
)


def make_equity_statement_pdf(
    path: str | Path, period: str = "113 年度", note_column: bool = False, spaced_note: bool = False
) -> PdfFixture:
    """An uncaptioned statement of changes in equity whose column names run over seven
    lines between its head (company, name, period, unit line) and its first row: its
    name stands further above the grid than a title is looked for. ``period`` is the
    line in the label column that opens the year's block (``113 年度``, or a span
    ``113 年 1 月 1 日至 12 月 31 日`` as quarterly reports write it); ``note_column``
    sets a ``附註`` column name in the label column, on the column names' last line, and
    a note reference in one row (the filings' equity statements); ``spaced_note`` sets it
    letter-spaced over the label column, its ``註`` touching the first column's name
    (``附　　　註普通股股本``: Realtek's and Uni-President's equity statements)."""
    path = Path(path)
    font = _register_cjk()
    w, h = A4_H, A4_W
    c = _canvas(path, pagesize=(w, h))
    size = 9.0
    c.setFont(font, size)
    _statement_heading(
        c,
        h - 50,
        STATEMENT_COMPANY,
        EQUITY_TITLE,
        "民國 113 年 1 月 1 日至 12 月 31 日",
        STATEMENT_UNIT,
        step=12,
        right=EQUITY_RIGHTS[-1],
        centre=w / 2,
    )
    y = h - 102
    for line in EQUITY_HEADER_LINES:
        for x, text in line:
            c.drawCentredString(x, y, text)
        y -= 11
    if note_column and spaced_note:
        first = EQUITY_HEADER_LINES[-1][0]
        c.drawString(EQUITY_NOTE_X - 30, y + 11, "附")
        c.drawString(first[0] - c.stringWidth(first[1], font, size) / 2 - size - 0.5, y + 11, "註")
    elif note_column:
        c.drawCentredString(EQUITY_NOTE_X, y + 11, "附註")
    y -= 8
    c.drawString(40, y, period)
    for label, values in EQUITY_ROWS:
        y -= 14
        c.drawString(40, y, label)
        if note_column and label == EQUITY_NOTE_ROW:
            c.drawCentredString(EQUITY_NOTE_X, y, "六(二十)")
        for x, v in zip(EQUITY_RIGHTS, values, strict=True):
            c.drawRightString(x, y, v)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[EQUITY_TITLE], extra={"rows": EQUITY_ROWS})


__all__ += ["make_equity_statement_pdf"]


def _titled_portrait(path: Path, title: str, title_size: float, size: float) -> Any:
    """A portrait canvas with ``title`` at the top left, the font set to ``size``."""
    font = _register_cjk()
    c = _canvas(path)
    c.setFont(font, title_size)
    c.drawString(60, A4_H - 60, title)
    c.setFont(font, size)
    return c


TURNED_HEADING = "一、董事及監察人資料"
TURNED_LINES = (
    "職稱 國籍 姓名 選任日期 持有股數 主要經歷",
    "董事長 中華民國 王大明 112/5/31 928,997 台灣大學材料科學與工程學博士",
    "獨立董事 中華民國 陳小華 112/5/31 0 美國紐約州律師",
)


def _turned_portrait(path: Path, turn: int) -> Any:
    """A portrait canvas headed ``TURNED_HEADING`` upright, its state saved and then
    turned a quarter (``turn`` 1 clockwise, -1 counter-clockwise) for what follows."""
    c = _titled_portrait(path, TURNED_HEADING, 14, 10.0)
    c.saveState()
    if turn > 0:
        c.translate(A4_W - 80, A4_H - 100)
        c.rotate(-90)
    else:
        c.translate(80, 100)
        c.rotate(90)
    return c


def make_turned_table_pdf(path: str | Path, turn: int = 1) -> PdfFixture:
    """A portrait page whose heading reads upright and whose roster, a landscape table,
    is printed a quarter turn (annual reports' director tables): ``turn`` 1 reads top to
    bottom (turned clockwise), -1 bottom to top. ``pages`` holds the text as read upright."""
    path = Path(path)
    c = _turned_portrait(path, turn)
    for k, line in enumerate(TURNED_LINES):
        c.drawString(0, -18 * k, line)
    c.restoreState()
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["\n".join([TURNED_HEADING, *TURNED_LINES])])


__all__ += ["make_turned_table_pdf"]

TURNED_COLUMNS = (0.0, 60.0, 130.0, 190.0, 260.0, 330.0, 560.0)


def _draw_ruled_rows(c: Any, xs: Sequence[float], rows: Sequence[Sequence[str]]) -> None:
    """A grid ruled at every row and at the column lines ``xs``, each row's words one a
    cell, from the origin down in 20-point rows (the turned and upright rosters)."""
    c.setLineWidth(0.5)
    y = 0.0
    c.line(xs[0], y, xs[-1], y)
    for row in rows:
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, y - 14, text)
        y -= 20
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, 0, x, y)


def make_turned_ruled_table_pdf(path: str | Path, turn: int = 1) -> PdfFixture:
    """The roster of ``make_turned_table_pdf`` as a ruled grid, grid and text printed a
    quarter turn together (8433's governance tables): each line of ``TURNED_LINES`` is a
    row, its words the cells. ``extra["rows"]`` holds the cells as read upright."""
    path = Path(path)
    c = _turned_portrait(path, turn)
    rows = [tuple(line.split(" ")) for line in TURNED_LINES]
    _draw_ruled_rows(c, TURNED_COLUMNS, rows)
    c.restoreState()
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[TURNED_HEADING], extra={"rows": rows})


__all__ += ["TURNED_COLUMNS", "make_turned_ruled_table_pdf"]


BRACKETS_TITLE = "董事酬金級距表"
BRACKETS_ROWS: tuple[tuple[str, str, str], ...] = (
    ("給付本公司各個董事酬金級距", "前四項酬金總額", "前七項酬金總額"),
    ("低於1,000,000元", "3位王大明、陳小華、林志明", "2位陳小華、林志明"),
    ("1,000,000元（含）～2,000,000元（不含）", "－", "－"),
    ("2,000,000元（含）～3,500,000元（不含）", "－", "1位"),
    ("總計", "3位", "3位"),
)


def make_brackets_pdf(path: str | Path) -> PdfFixture:
    """An annual report's ruled remuneration-bracket table: per bracket the count of
    directors, the first bracket's cell listing their names after the count
    (``3位王大明、陳小華、林志明``), and a 總計 row of counts."""
    path = Path(path)
    c = _titled_portrait(path, BRACKETS_TITLE, 12, 9.0)
    xs = (50.0, 250.0, 410.0, 560.0)
    top = A4_H - 80
    y = top
    c.setLineWidth(0.5)
    c.line(xs[0], y, xs[-1], y)
    for row in BRACKETS_ROWS:
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, y - 14, text)
        y -= 20
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[BRACKETS_TITLE], extra={"rows": BRACKETS_ROWS})


__all__ += ["make_brackets_pdf"]


# products14 (issue 10): a deck's fleet table and a filing's related-party table, whose row
# labels are a word and a number with more figures after them (Kestrel 33 2 35 26%,
# QXGL 2 (銷貨) ( 450,637,103)), and one sentence of prose naming a real line of models.
ROW_LABEL_PROSE = "新款Zentra 5與Zentra 6已開始出貨，Zentra 6的效能較佳。"
ROW_LABEL_ROWS: tuple[tuple[str, ...], ...] = (
    ("Kestrel", "33", "2", "35", "26%"),
    ("Osprey", "28", "1", "29", "20%"),
    ("Kestrel", "35", "4", "24", "0"),
    ("Osprey", "29", "0", "12", "0"),
    ("Total", "133", "15", "75", "13"),
    ("Total", "82", "-", "-", "-"),
)
ROW_LABEL_PARTY_ROWS: tuple[tuple[str, ...], ...] = (
    ("瑞華", "QXGL", "2", "(銷貨)", "( 450,637,103)", "( 93.47)", "64,178,386"),
    ("QXGL", "QXJP", "2", "(銷貨)", "( 8,611,110)", "( 1.47)", "2,529,266"),
    ("QXGL", "QXJP", "3", "銷貨", "8,611,110", "貨到120天以內", "1.47"),
    ("瑞華", "QXGL", "3", "銷貨", "450,637,103", "貨到180天以內", "76.76"),
)


def make_row_label_pdf(path: str | Path) -> PdfFixture:
    """One page: a sentence of prose, a fleet table (label, count, more counts) and a
    related-party table (company, counterparty, relation note, figures): each row's cells
    on one line of the text layer."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    y = A4_H - 80
    c.drawString(60, y, ROW_LABEL_PROSE)
    y -= 26
    c.drawString(60, y, "船隊 Fleet")
    y -= 18
    for row in ROW_LABEL_ROWS:
        c.drawString(60, y, row[0])
        for i, cell in enumerate(row[1:]):
            c.drawRightString(200 + 60 * i, y, cell)
        y -= 16
    y -= 20
    c.drawString(60, y, "進銷貨交易 單位：新台幣仟元")
    y -= 18
    for row in ROW_LABEL_PARTY_ROWS:
        c.drawString(60, y, row[0])
        c.drawString(110, y, row[1])
        c.drawString(170, y, row[2])
        c.drawString(190, y, row[3])
        for i, cell in enumerate(row[4:]):
            c.drawRightString(330 + 90 * i, y, cell)
        y -= 16
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[ROW_LABEL_PROSE])


__all__ += ["ROW_LABEL_PARTY_ROWS", "ROW_LABEL_PROSE", "ROW_LABEL_ROWS", "make_row_label_pdf"]


# An income statement's rows as Realtek's is set (code, label, note, amount, %, amount, %):
# ``7950`` set 0.72 em before its label, ``…關聯企業損益`` ending 0.6 em before its note
# reference, and the share ``2`` 0.6 em before the next column's ``($`` (all closer than a
# column gap, every other row keeping the gap).
GLUED_INCOME_PERIODS = (("113年1月1日", "至3月31日"), ("112年1月1日", "至3月31日"))
GLUED_INCOME_ROWS: tuple[tuple[str, str, str, int, int, int, int], ...] = (
    ("4000", "營業收入", "六(二十一)", 25622844, 100, 19624903, 100),
    ("5000", "營業成本", "六(六)", -12598418, -49, -11159345, -57),
    ("5950", "營業毛利淨額", "", 13024426, 51, 8465558, 43),
    ("6100", "推銷費用", "六(二十六)", -1181035, -4, -782048, -4),
    ("7060", "採用權益法認列之關聯企業損益", "六(七)", -26006, 0, -12624, 0),
    ("7900", "稅前淨利", "", 3336029, 13, 1869010, 9),
    ("7950", "所得稅費用", "六(二十八)", -206490, -1, -75615, 0),
    ("8316", "權益工具投資未實現評價損益", "", 393962, 2, -12686, 0),
)
GLUED_SPLIT = {"7950": "code", "7060": "note", "8316": "share"}
# An account whose label wraps over two lines under its code, its amounts on the last.
GLUED_WRAPPED = ("8361", ("國外營運機構財務報表換算之", "兌換差額"), 1828166, 7, -438526, -2)


def make_glued_cells_income_pdf(path: str | Path) -> PdfFixture:
    """An uncaptioned income statement whose code, label and note columns each stand
    apart by a column gap on every row but one (``GLUED_SPLIT``), under a period header
    wrapped over two lines (``113年1月1日`` / ``至3月31日``) spread over each 金額 and
    ％ pair, ``金　額`` distributed over its column, and one account's label wrapped
    under its code onto the line of its amounts (``GLUED_WRAPPED``): Realtek's layout."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    y = _statement_heading(
        c,
        A4_H - 86,
        STATEMENT_COMPANY,
        "合併綜合損益表",
        "民國 113 年及 112 年 1月 1日至 3月 31日",
        STATEMENT_UNIT,
        step=11,
        right=567,
    )
    code_x, label_x, note_x = 42.5, 77.0, 221.4
    # (left, right) of each amount and % column
    amounts, shares = ((298.0, 383.0), (434.0, 519.0)), ((405.0, 423.0), (541.0, 559.0))
    y -= 22
    for line in range(2):
        for (a0, _), (_, s1), period in zip(amounts, shares, GLUED_INCOME_PERIODS, strict=True):
            _spread_string(c, a0, s1, y, period[line], size)
        y -= 11
    c.drawString(118, y, "項目")
    c.drawString(242, y, "附註")
    for (a0, a1), (_, s1) in zip(amounts, shares, strict=True):
        _spread_string(c, a0, a1, y, "金額", size)
        c.drawRightString(s1, y, "%")
    drawn: list[str] = []
    for code, label, note, *cells in GLUED_INCOME_ROWS:
        y -= 11
        glued = GLUED_SPLIT.get(code)
        c.drawString(code_x, y, code)
        if glued == "code":
            c.drawString(code_x + _width(code, font, size) + 0.72 * size, y, label)
        elif glued == "note":
            c.drawRightString(note_x - 0.6 * size, y, label)
        else:
            c.drawString(label_x, y, label)
        if note:
            c.drawString(note_x, y, note)
        for k, (a0, a1) in enumerate(amounts):
            amount, share = cells[2 * k], cells[2 * k + 1]
            sign = "$" if code in ("4000", "8316") else ""
            if amount < 0:
                c.drawString(a0 - 5 if sign else a0, y, "(" + sign)
                c.drawRightString(a1, y, f"{-amount:,}")
                c.drawString(a1, y, ")")
            else:
                if sign:
                    c.drawString(a0, y, sign)
                c.drawRightString(a1, y, f"{amount:,}")
            s1 = shares[k][1]
            text = "-" if share == 0 else f"{abs(share)}"
            c.drawRightString(s1, y, text)
            if share < 0:
                c.drawString(s1 - _width(text, font, size) - 5, y, "(")
                c.drawString(s1, y, ")")
        drawn.append(label)
    code, (first, tail), *values = GLUED_WRAPPED
    y -= 11
    c.drawString(code_x, y, code)
    c.drawString(label_x, y, first)
    y -= 11
    c.drawString(label_x + size / 2, y, tail)
    for (_, a1), (_, s1), amount, share in zip(
        amounts, shares, values[::2], values[1::2], strict=True
    ):
        c.drawRightString(
            a1 + 5 * (amount < 0), y, f"({-amount:,})" if amount < 0 else f"{amount:,}"
        )
        c.drawRightString(s1 + 5 * (share < 0), y, f"({-share})" if share < 0 else f"{share}")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["\n".join(drawn)])


__all__ += [
    "GLUED_INCOME_PERIODS",
    "GLUED_INCOME_ROWS",
    "GLUED_SPLIT",
    "GLUED_WRAPPED",
    "make_glued_cells_income_pdf",
]


# A sensitivity analysis per balance-sheet date: each block opened by its date set with
# its pieces a space apart (``113 年 12 月 31 日``), its one row's label wrapped under the
# amounts (``對確定福利義務現值`` / ``  之影響``).
SPACED_DATE_HEADER = ("增加0.25%", "減少0.25%", "增加0.25%", "減少0.25%")
SPACED_DATE_BLOCKS = (
    (("113", "年", "12", "月", "31", "日"), ("(152,599)", "157,197", "154,192", "(150,482)")),
    (("112", "年", "12", "月", "31", "日"), ("(169,739)", "175,112", "171,161", "(166,818)")),
)
SPACED_DATE_LABEL = ("對確定福利義務現值", "之影響")


def make_spaced_date_blocks_pdf(path: str | Path) -> PdfFixture:
    """One row per balance-sheet date under column names set once, each date's line set
    with its pieces a space apart (Uni-President's sensitivity analysis): one table per
    date, each row's label read whole though its tail stands under the amounts."""
    path = Path(path)
    size = 12.0
    c, font = _cjk_page(path, size)
    c.drawString(140, A4_H - 80, "因採用之主要精算假設變動而影響之確定福利義務現值分析如下：")
    xs = (346.0, 413.0, 483.0, 552.0)
    y = A4_H - 110
    _draw_row(c, y, 146, "", xs, SPACED_DATE_HEADER)
    for pieces, cells in SPACED_DATE_BLOCKS:
        y -= 16
        x = 146.0
        for piece in pieces:  # each piece a space (3 pt) after the one before
            c.drawString(x, y, piece)
            x += _width(piece, font, size) + 3.0
        _draw_row(c, y - 15, 146, SPACED_DATE_LABEL[0], xs, cells)
        y -= 30
        c.drawString(146 + size, y, SPACED_DATE_LABEL[1])  # hanging one glyph in
    c.drawString(146, y - 24, "上述之敏感度分析係基於其他假設不變的情況下分析單一假設變動之影響。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += [
    "SPACED_DATE_BLOCKS",
    "SPACED_DATE_HEADER",
    "SPACED_DATE_LABEL",
    "make_spaced_date_blocks_pdf",
]


# A slide's bullets set in a column of their own beside its tables, on baselines between
# the tables' rows (one bullet on a row's baseline): a KPI row under its periods and a
# change, and a table of orders by year.
BESIDE_TITLE = "未來營運策略 Strategy"
BESIDE_BULLETS = (
    "• 強化財務結構 Financial structure",
    "-平衡利率/匯率風險",
    "Interest rate/ exchange rate risk",
    "-處分舊船 Disposal of vessels",
    "• 新造船訂單 On Order: 13",
    "符合最新環保法規為主",
    "Latest regulation",
)
BESIDE_KPI = (("", "2023", "2024", "Change"), ("Debt ratio", "48.8%", "42.6%", "-6.2%"))
BESIDE_ORDERS = (
    ("", "2025", "2026", "2027"),
    ("Panamax", "0", "0", "2"),
    ("Supramax", "0", "0", "0"),
    ("Handy", "2", "7", "2"),
    ("Total", "2", "7", "4"),
)


def make_bullets_beside_tables_slide_pdf(path: str | Path) -> PdfFixture:
    """A slide whose bullets stand left of its two tables, their lines between the
    tables' rows, one bullet (``符合最新環保法規為主``) on the first order row's baseline
    and one (``Latest regulation``) a little under the second's."""
    path = Path(path)
    size = 14.0
    c, _, h = _slide(path, BESIDE_TITLE, size)
    xs = (560.0, 660.0, 760.0)
    bullet_y = (h - 130, h - 158, h - 186, h - 214, h - 300, h - 340, h - 376)
    for y, text in zip(bullet_y, BESIDE_BULLETS, strict=True):
        c.drawString(40, y, text)
    y = h - 140
    for row in BESIDE_KPI:
        _draw_row(c, y, 440, row[0], xs, row[1:])
        y -= 34
    y = h - 306
    for row in BESIDE_ORDERS:
        _draw_row(c, y, 440, row[0], xs, row[1:])
        y -= 34 if y == h - 306 else 28
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[BESIDE_TITLE])


__all__ += [
    "BESIDE_BULLETS",
    "BESIDE_KPI",
    "BESIDE_ORDERS",
    "BESIDE_TITLE",
    "make_bullets_beside_tables_slide_pdf",
]


# A table of text cells under a header ruled column by column (a filing's level-3 inputs:
# 項目 / 評價技術 / 重大不可觀察輸入值 / …關係): each cell wrapped over lines of its own
# column, the last column's name wrapped upwards over three lines, the first column's
# name letter-spaced, a first cell set so close to the second that the two touch
# (``…公允價市場法``), then a heading left of the table and a paragraph. The table goes on
# on a second page under its header set again.
TEXT_CELLS_LEAD = "重大不可觀察輸入值之量化資訊列表如下："
TEXT_CELLS_HEADER = ("項目", "評價技術", "重大不可觀察輸入值", "重大不可觀察輸入值與公允價值關係")
TEXT_CELLS_COLUMNS = ((150.0, 248.0), (258.0, 316.0), (326.0, 458.0), (468.0, 554.0))
# Each row: the lines of each cell, column by column.
TEXT_CELLS_ROWS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (
        ("透過損益按公允價", "值衡量之金融資產", "－無活絡市場之權", "益工具投資"),
        ("市場法",),
        ("•流動性折價(113.3.31、", "112.12.31分別為", "14.17%~30.00%及", "14.10%~30.00%)"),
        ("•流動性折價愈", "高，公允價值", "愈低"),
    ),
    (
        ("私募基金投資",),
        ("資產法",),
        ("•淨資產價值", "•非控制權益折價", "(113.3.31皆為10%)"),
        ("不適用",),
    ),
)
TEXT_CELLS_NEXT_ROW: tuple[tuple[str, ...], ...] = (
    ("透過其他綜合損", "益按公允價值衡", "量之權益工具"),
    ("收益法",),
    ("•永續成長率(113.3.31", "為1.92%)"),
    ("•永續成長率愈", "高，公允價值", "愈高"),
)
TEXT_CELLS_AFTER = "(廿六)資本風險管理"
TEXT_CELLS_NOTE = "合併公司公允價值衡量歸類為第三等級主要包含權益證券投資。"


def _text_cells_header(c: Any, font: str, size: float, y: float) -> float:
    """The header standing on its rules (one rule a column, gutters between); the
    baseline of the first row under it."""
    for (x0, x1), name in zip(TEXT_CELLS_COLUMNS, TEXT_CELLS_HEADER[:-1], strict=False):
        if name == "項目":  # letter-spaced over its column
            c.drawString(x0 + 30, y, name[0])
            c.drawString(x0 + 30 + 2.2 * size, y, name[1])
        else:
            c.drawCentredString((x0 + x1) / 2, y, name)
    x0, x1 = TEXT_CELLS_COLUMNS[-1]
    for k, piece in enumerate(("重大不可觀察", "輸入值與公允", "價值關係")):
        c.drawCentredString((x0 + x1) / 2, y + 14.4 * (2 - k), piece)
    c.setLineWidth(1.2)
    for x0, x1 in TEXT_CELLS_COLUMNS:
        c.line(x0, y - 3, x1, y - 3)
    return y - 18


def _text_cells_row(c: Any, y: float, row: Sequence[Sequence[str]], glued: bool) -> float:
    """One row, each cell's lines down its column; the baseline after the row's gap."""
    for k, ((x0, _), lines) in enumerate(zip(TEXT_CELLS_COLUMNS, row, strict=True)):
        for j, text in enumerate(lines):
            # the second column's first line set 2 pt after the first's: the two touch
            x = x0 - 6 if glued and k == 1 and j == 0 else x0
            c.drawString(x, y - 14.4 * j, text)
    return y - 14.4 * max(len(lines) for lines in row) - 10


def make_ruled_text_cells_pdf(path: str | Path) -> PdfFixture:
    """Two pages of a text-cell table under a ruled header (see ``TEXT_CELLS_ROWS``): the
    first page's part runs to the page's foot, the second page sets the header again over
    the last row, then a heading and a paragraph."""
    path = Path(path)
    size = 12.0
    c, font = _cjk_page(path, size)
    for k in range(20):  # the notes before the table
        c.drawString(106, A4_H - 80 - 18 * k, TEXT_CELLS_NOTE)
    y = A4_H - 80 - 18 * 21
    c.drawString(149, y, TEXT_CELLS_LEAD)
    y = _text_cells_header(c, font, size, y - 60)
    for k, row in enumerate(TEXT_CELLS_ROWS):
        y = _text_cells_row(c, y, row, glued=k == 0)
    c.showPage()
    c.setFont(font, size)
    y = _text_cells_header(c, font, size, A4_H - 110)
    y = _text_cells_row(c, y, TEXT_CELLS_NEXT_ROW, glued=False)
    c.drawString(74, y - 14, TEXT_CELLS_AFTER)
    c.drawString(106, y - 32, TEXT_CELLS_NOTE)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["", ""])


__all__ += [
    "TEXT_CELLS_AFTER",
    "TEXT_CELLS_HEADER",
    "TEXT_CELLS_LEAD",
    "TEXT_CELLS_NEXT_ROW",
    "TEXT_CELLS_ROWS",
    "make_ruled_text_cells_pdf",
]


# A loan's balance over its range of rates: one row of amounts, one of bare ranges whose
# % stands in the row's label (期末利率區間(%)): no two rows of amounts, no range with %.
RATE_RANGE_HEADING = "(十二)短期借款"
RATE_RANGE_HEADER = ("113.3.31", "112.12.31", "112.3.31")
RATE_RANGE_ROWS = (
    ("無擔保銀行借款", ("$ 3,737,600", "2,106,363", "-")),
    ("期末利率區間(%)", ("5.84~6.00", "5.92~6.14", "-")),
)


def make_rate_range_row_pdf(path: str | Path) -> PdfFixture:
    """A notes table of a loan's balance and its range of rates, then a sentence."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, RATE_RANGE_HEADING)
    xs = (380.0, 470.0, 555.0)
    _draw_row(c, y - 10, 130, "", xs, RATE_RANGE_HEADER)
    for k, (label, cells) in enumerate(RATE_RANGE_ROWS):
        _draw_row(c, y - 28 - 18 * k, 130, label, xs, cells)
    c.drawString(130, y - 80, "上述短期借款均未有提供作抵押擔保之情形。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["RATE_RANGE_HEADER", "RATE_RANGE_ROWS", "make_rate_range_row_pdf"]


# One table in numbered sections under one period header (a filing's EPS note: (1) basic,
# (2) diluted, each a label-only line over its rows): the second section's number is no
# next note's heading.
SECTIONS_HEADER = ("113年第1季", "112年第1季")
SECTIONS_ROWS = (
    ("(1) 基本每股盈餘", ()),
    ("歸屬於母公司普通股持有人之淨利", ("$4,893,633", "$4,751,836")),
    ("普通股加權平均股數（仟股）", ("608,512", "608,512")),
    ("基本每股盈餘（元）", ("$8.04", "$7.81")),
    ("(2) 稀釋每股盈餘", ()),
    ("歸屬於母公司普通股持有人之淨利", ("$4,893,633", "$4,751,836")),
    ("員工酬勞（仟股）", ("399", "648")),
    ("稀釋每股盈餘（元）", ("$8.04", "$7.80")),
)


def make_numbered_sections_table_pdf(path: str | Path) -> PdfFixture:
    """A note's table in two numbered sections, then the next note's numbered heading
    and its own table."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "23. 每股盈餘")
    xs = (440.0, 530.0)
    c.drawString(100, y, "本公司相關基本及稀釋每股盈餘計算如下：")
    _draw_row(c, y - 24, 100, "", xs, SECTIONS_HEADER)
    y -= 44
    for label, cells in SECTIONS_ROWS:
        x = 100 if label.startswith("(") else 114
        _draw_row(c, y, x, label, xs, cells or ("", ""))
        y -= 20
    c.drawString(100, y - 10, "(3) 其他說明")
    _draw_row(c, y - 34, 100, "", xs, SECTIONS_HEADER)
    _draw_row(c, y - 54, 114, "員工認股權", xs, ("1,200", "1,100"))
    _draw_row(c, y - 74, 114, "限制員工權利新股", xs, ("300", "250"))
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["SECTIONS_HEADER", "SECTIONS_ROWS", "make_numbered_sections_table_pdf"]


# An associate's summarized figures (Phison p. 18): a table under periods set on two lines
# (113年 / 1月至3月, no whole date), then three dates over one row whose label wraps above
# its amounts (the first date left of the periods' amounts), then periods again over rows.
DATES_AFTER_PERIODS_ROWS = (
    ("營業收入", ("$ 11,400,195", "6,112,301")),
    ("本期淨利(損)", ("$ 3,069,700", "(1,666,604)")),
    ("其他綜合損益", ("(85,371)", "175,638")),
    ("綜合損益總額", ("$ 2,984,329", "(1,490,966)")),
)
DATES_AFTER_PERIODS_DATES = ("113.3.31", "112.12.31", "112.3.31")
DATES_AFTER_PERIODS_LABEL = ("對具重大性之關聯企業之權益", "之期末彙總帳面金額")
DATES_AFTER_PERIODS_ROW = ("$ 4,913,949", "3,770,156", "2,857,602")
DATES_AFTER_PERIODS_SHARE = (
    ("本期淨利(損)", ("$ 1,095,997", "(671,208)")),
    ("其他綜合損益", ("(4,878)", "190,407")),
)


def _two_line_periods(c: Any, y: float, xs: Sequence[float]) -> None:
    _draw_row(c, y, 140, "", xs, ("113年", "112年"))
    _draw_row(c, y - 15, 140, "", xs, ("1月至3月", "1月至3月"))


def make_dates_after_periods_pdf(path: str | Path) -> PdfFixture:
    """Three tables, the second of one row under three dates (see above)."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "(八)採用權益法之投資")
    periods = (466.0, 551.0)
    dates = (381.0, 466.0, 551.0)
    _two_line_periods(c, y - 10, periods)
    y -= 44
    for label, cells in DATES_AFTER_PERIODS_ROWS:
        _draw_row(c, y, 140, label, periods, cells)
        y -= 18
    _draw_row(c, y - 8, 140, "", dates, DATES_AFTER_PERIODS_DATES)
    c.drawString(142, y - 24, DATES_AFTER_PERIODS_LABEL[0])
    _draw_row(c, y - 37, 153, DATES_AFTER_PERIODS_LABEL[1], dates, DATES_AFTER_PERIODS_ROW)
    y -= 66
    _two_line_periods(c, y, periods)
    y -= 34
    for label, cells in DATES_AFTER_PERIODS_SHARE:
        _draw_row(c, y, 140, label, periods, cells)
        y -= 18
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += [
    "DATES_AFTER_PERIODS_DATES",
    "DATES_AFTER_PERIODS_LABEL",
    "DATES_AFTER_PERIODS_ROW",
    "DATES_AFTER_PERIODS_ROWS",
    "DATES_AFTER_PERIODS_SHARE",
    "make_dates_after_periods_pdf",
]


# Rows whose labels run over more than half the page, wrapped above their amounts (a
# convertible bond's embedded derivatives, Phison pp. 24–25): the label's first line
# stops short of the amounts' column, no paragraph line. The second table's first row is
# such a row, right under its periods.
LONG_LABEL_ROWS = (
    (("發行轉換公司債總金額",), "$ 6,000,000"),
    (("期末應付公司債餘額",), "$ 5,541,003"),
    (("嵌入式衍生工具—贖回權(列報於透過損益按公允價值衡量之", "金融資產—流動)"), "$ 18,600"),
    (("嵌入式衍生工具—賣回權(列報於透過損益按公允價值衡量之", "金融負債—非流動)"), "$ 23,400"),
)
LONG_LABEL_NEXT = (
    (
        ("嵌入式衍生工具－贖回權及賣回權按公允價值再衡量之損益", "(列報於其他利益及損失)"),
        "$ (12,562)",
    ),
    (("利息費用",), "$ 23,160"),
)


def _long_label_rows(c: Any, y: float, rows: Sequence[tuple[tuple[str, ...], str]]) -> float:
    for lines, amount in rows:
        for k, text in enumerate(lines):
            c.drawString(136 if k == 0 else 154, y, text)
            if k == len(lines) - 1:
                c.drawRightString(551, y, amount)
            y -= 14
        y -= 4
    return y


def make_wide_wrapped_labels_pdf(path: str | Path) -> PdfFixture:
    """Two notes tables whose rows have labels wrapped over two lines, each first line
    wider than half the page (see ``LONG_LABEL_ROWS``)."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "2.第二次無擔保轉換公司債")
    c.drawRightString(551, y - 10, "113.3.31")
    y = _long_label_rows(c, y - 30, LONG_LABEL_ROWS)
    c.drawString(
        116, y - 14, "轉換價格於發行時訂為每股588元，遇有調整事項時依發行條款規定公式調整之。"
    )
    y -= 50
    c.drawRightString(551, y, "113年")
    c.drawRightString(551, y - 14, "1月至3月")
    _long_label_rows(c, y - 32, LONG_LABEL_NEXT)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["LONG_LABEL_NEXT", "LONG_LABEL_ROWS", "make_wide_wrapped_labels_pdf"]


# A note's table of no amount: its one row holds a nothing (``$-``) for each period.
NOTHINGS_HEADER = ("113年第1季", "112年第1季")
NOTHINGS_ROW = ("應收帳款", ("$-", "$-"))


def make_row_of_nothings_pdf(path: str | Path) -> PdfFixture:
    """``17. 預期信用減損損失`` over its periods, a group line, and one row of ``$-``."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "17. 預期信用減損損失")
    xs = (436.0, 527.0)
    _draw_row(c, y - 10, 96, "", xs, NOTHINGS_HEADER)
    c.drawString(96, y - 30, "營業費用—預期信用減損損失")
    _draw_row(c, y - 48, 111, NOTHINGS_ROW[0], xs, NOTHINGS_ROW[1])
    c.drawString(99, y - 76, "與信用風險相關資訊請詳附註十二。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["NOTHINGS_HEADER", "NOTHINGS_ROW", "make_row_of_nothings_pdf"]


# Headers ruled column by column that head no table of text cells: amounts under the
# rules (a notes table of amounts), and names boxed by strokes above and below (a deck's
# labelled boxes, one box a name over two lines).
RULED_AMOUNTS_HEADER = ("房屋及建築", "運輸設備", "總計")
RULED_AMOUNTS_ROWS = (
    ("民國113年1月1日", ("$ 94,662", "683", "95,345")),
    ("民國113年3月31日", ("$ 97,109", "580", "97,689")),
)
BOXED_NAMES = (
    ("TC: 固定租金", "fixed rate"),
    ("TC: 指數連結", "index linked"),
    ("論程租船", "VC(spot)"),
)


def make_ruled_headers_of_no_text_table_pdf(path: str | Path) -> PdfFixture:
    """A notes table of amounts under names ruled one by one, then three boxed names."""
    path = Path(path)
    c, y = _notes_page(path, 12.0, "1.使用權資產")
    cols = ((300.0, 370.0), (390.0, 450.0), (470.0, 530.0))
    c.setLineWidth(0.8)
    for (x0, x1), name in zip(cols, RULED_AMOUNTS_HEADER, strict=True):
        c.drawCentredString((x0 + x1) / 2, y - 10, name)
        c.line(x0, y - 13, x1, y - 13)
    for k, (label, cells) in enumerate(RULED_AMOUNTS_ROWS):
        _draw_row(c, y - 30 - 18 * k, 120, label, [x1 for _, x1 in cols], cells)
    # periods ruled one by one over a line of words, then the row of amounts they head
    for (x0, x1), name in zip(cols[1:], ("113年度", "112年度"), strict=True):
        c.drawCentredString((x0 + x1) / 2, y - 180, name)
        c.line(x0, y - 183, x1, y - 183)
        c.drawCentredString((x0 + x1) / 2, y - 197, "合約負債")
    _draw_row(
        c, y - 215, 120, "交易價格估計值變動", [x1 for _, x1 in cols[1:]], ("$ 459,527", "422,306")
    )
    for top in (y - 400, y - 460):  # two rows of boxes, far below
        for k, lines in enumerate(BOXED_NAMES):
            x0 = 70.0 + 170 * k
            c.line(x0, top + 16, x0 + 110, top + 16)
            c.line(x0, top - 22, x0 + 110, top - 22)
            for j, text in enumerate(lines):
                c.drawString(x0 + 10, top - 18 * j, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += [
    "BOXED_NAMES",
    "RULED_AMOUNTS_HEADER",
    "RULED_AMOUNTS_ROWS",
    "make_ruled_headers_of_no_text_table_pdf",
]


# A slide's one-row table of a price and its forecasts, each forecast written with its
# change in brackets (2637's deck, slide 27), under a date-and-years header; bullets in
# two sizes above it (the slide title more than eight lines up) and the slide's number
# at its foot.
CHANGE_TITLE = "歐盟碳稅 EU ETS"
CHANGE_BULLETS: tuple[tuple[str, float], ...] = (
    ("• 時程 Schedule", 15.0),
    ("-2024: 40%, 2025: 70%, 2026~: 100%", 13.0),
    ("• 範圍 Scope", 16.0),
    ("-50% of emissions from voyages departing from an EU port", 13.0),
    ("-100% of emissions from voyages between EU ports", 13.0),
    ("-100% of emissions from ships docked at an EU port", 13.0),
    ("• 影響 Effect on Expense", 15.0),
    ("-Spot price (2025/02) of EUA ≒ USD70", 13.0),
    ("-Approximately 3 EUAs are required for each ton of fuel", 13.0),
)
CHANGE_HEADER = ("2025/02/28", "2025", "2026~")
CHANGE_ROW = ("VLSFO", "USD580 per ton", "727(+25%)", "790(+35%)")


def make_value_change_slide_pdf(path: str | Path, folio: str = "27") -> PdfFixture:
    """A slide whose table is one row under its header: a label, a price per unit and two
    values each with its change in brackets (``727(+25%)``); the slide number ``folio``
    at the page's foot, right of every column."""
    path = Path(path)
    c, font, h = _slide(path, CHANGE_TITLE, 12.0)
    y = h - 170
    for text, size in CHANGE_BULLETS:
        c.setFont(font, size)
        c.drawString(48 if text.startswith("•") else 62, y, text)
        y -= 28
    c.setFont(font, 12.0)
    xs = (340.0, 470.0, 579.0)
    _draw_row(c, h - 427, 153, "", xs, CHANGE_HEADER)
    _draw_row(c, h - 452, 153, CHANGE_ROW[0], xs, CHANGE_ROW[1:])
    if folio:
        c.drawRightString(677, 24, folio)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[CHANGE_TITLE])


__all__ += [
    "CHANGE_BULLETS",
    "CHANGE_HEADER",
    "CHANGE_ROW",
    "CHANGE_TITLE",
    "make_value_change_slide_pdf",
]


# Rows whose names hold a ratio's word that is no head (``匯率變動之影響``, ``固定利率工具``)
# or end on a part of a whole (``…損益之份額``: the share of an associate's profit), their
# amounts small (no thousands grouping to tell them from percentages), under 仟元.
NAMED_AMOUNT_ROWS: tuple[tuple[str, str, int, int], ...] = (
    ("4000", "營業收入", 1000000, 900000),
    ("7060", "採用權益法認列之關聯企業損益之份額", -26, 12),
    ("7070", "匯率變動之影響", 95, -7),
    ("7080", "其他變動", 5, -5),
    ("7090", "固定利率工具", 30, 27),
)
# A deck's table in 億元 whose ratio columns print no ``%`` (``營收比重``, a ``出貨結構``
# column summing to 100) and a row named by its rate (``毛利率``).
NAMED_SHARE_HEADER = ("平台", "營收", "營收比重", "出貨結構")
NAMED_SHARE_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("智慧型手機", "300", "60", "50"),
    ("高效能運算", "150", "30", "35"),
    ("其他", "50", "10", "15"),
    ("毛利率", "45", "-", "-"),
)


def _two_year_income_head(c: Any, unit_lines: Sequence[str]) -> float:
    """An income statement's head over two years' columns (code, label, 113年度, 112年度),
    its unit line(s) set right; the header's baseline."""
    y = A4_H - 86
    c.drawCentredString(A4_W / 2, y, STATEMENT_COMPANY)
    y -= 12
    c.drawCentredString(A4_W / 2, y, "合併綜合損益表")
    y -= 12
    c.drawCentredString(A4_W / 2, y, "民國 113 年及 112 年 1 月 1 日至 12 月 31 日")
    for line in unit_lines:
        y -= 12
        c.drawRightString(550, y, line)
    y -= 22
    c.drawString(50, y, "代碼")
    c.drawString(150, y, "項目")
    c.drawRightString(440, y, "113年度")
    c.drawRightString(550, y, "112年度")
    return y


def make_named_percent_rows_pdf(path: str | Path) -> PdfFixture:
    """Page 1: an uncaptioned income statement under 仟元 whose rows' names hold a share
    or rate word (``NAMED_AMOUNT_ROWS``); page 2: a slide's table in 億元 whose columns
    and one row are named by a ratio (``NAMED_SHARE_ROWS``), no cell printing ``%``."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    y = _two_year_income_head(c, (STATEMENT_UNIT,))
    for code, label, *amounts in NAMED_AMOUNT_ROWS:
        y -= 14
        c.drawString(50, y, code)
        c.drawString(90, y, label)
        for x, amount in zip((440, 550), amounts, strict=True):
            c.drawRightString(x, y, f"({-amount:,})" if amount < 0 else f"{amount:,}")
    c.showPage()
    y = A4_H - 86
    c.setFont(font, size)
    c.drawString(60, y, "各平台營收")
    c.drawRightString(550, y, "單位：億元")
    xs = (60.0, 330.0, 440.0, 550.0)
    for row in (NAMED_SHARE_HEADER, *NAMED_SHARE_ROWS):
        y -= 16
        c.drawString(xs[0], y, row[0])
        for x, text in zip(xs[1:], row[1:], strict=True):
            c.drawRightString(x, y, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併綜合損益表", "各平台營收"])


__all__ += [
    "NAMED_AMOUNT_ROWS",
    "NAMED_SHARE_HEADER",
    "NAMED_SHARE_ROWS",
    "make_named_percent_rows_pdf",
]


# An income statement's last rows, per share in 元 under a statement in 仟元; the unit line
# excepts them in three ways real filings use (``PER_SHARE_UNIT_LINES``).
PER_SHARE_ROWS: tuple[tuple[str, str, float, float], ...] = (
    ("8200", "本期淨利", 1250000, 980000),
    ("8210", "用以計算每股盈餘之淨利", 1250000, 980000),
    ("9750", "基本每股盈餘", 1.25, 0.98),
    ("9850", "稀釋每股盈餘", 1.24, 0.97),
)
PER_SHARE_UNIT_LINES: dict[str, tuple[str, ...]] = {
    # Synmosa: the unit line goes on to a second line with its exception
    "continued": ("單位：新台幣仟元，惟", "每股盈餘為元"),
    # Realtek: the exception in brackets under the unit line
    "bracketed": ("單位：新台幣仟元", "(除每股盈餘為新台幣元外)"),
    # Novatek, Changingtec: a section's label over the per-share rows carries their unit
    "section": ("單位：新台幣仟元",),
}
PER_SHARE_SECTION = "每股盈餘(元)(附註六(十七))"


def _per_share_amounts(c: Any, y: float, amounts: Sequence[float]) -> None:
    """A row's two periods' amounts with their ``$``: per-share ones with two decimals,
    others grouped in thousands."""
    for x, amount in zip((440, 550), amounts, strict=True):
        text = f"{amount:,.2f}" if amount < 100 else f"{amount:,.0f}"
        c.drawRightString(x, y, "$ " + text)


def make_per_share_rows_pdf(path: str | Path, how: str) -> PdfFixture:
    """An uncaptioned income statement in 仟元 whose per-share rows are in 元, the unit
    line's exception stated as ``how`` names (``PER_SHARE_UNIT_LINES``)."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    y = _two_year_income_head(c, PER_SHARE_UNIT_LINES[how])
    for code, label, *amounts in PER_SHARE_ROWS:
        if how == "section" and code == "9750":
            y -= 14
            c.drawString(90, y, PER_SHARE_SECTION)
        y -= 14
        c.drawString(50, y, code)
        c.drawString(90, y, label)
        _per_share_amounts(c, y, amounts)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併綜合損益表"])


# Per-share rows named by the section over them, not by their own label: Synmosa's
# `每股盈餘（附註二九）` over `基 本` / `稀 釋` (letter-spaced), Realtek's `基本每股盈餘` over
# `本期淨利`; a profit under such a heading, grouped in thousands, stays in 仟元.
PER_SHARE_SECTIONS: dict[str, tuple[tuple[str, tuple[tuple[str, str, float, float], ...]], ...]] = {
    "spaced": (
        ("每股盈餘（附註二九）", (("9710", "基 本", 1.25, 0.98), ("9810", "稀 釋", 1.24, 0.97))),
    ),
    "named": (
        (
            "基本每股盈餘",
            (("9740", "歸屬於本公司業主之淨利", 1250000, 980000), ("9750", "本期淨利", 1.25, 0.98)),
        ),
        ("稀釋每股盈餘", (("9850", "本期淨利", 1.24, 0.97),)),
    ),
}


def make_per_share_section_pdf(path: str | Path, how: str) -> PdfFixture:
    """An uncaptioned income statement in 仟元, ``(除每股盈餘為新台幣元外)`` under its unit
    line, whose per-share rows are named by the section label over them
    (``PER_SHARE_SECTIONS[how]``), after a row of profit in 仟元."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    y = _two_year_income_head(c, PER_SHARE_UNIT_LINES["bracketed"])
    rows: list[tuple[str, str, float, float] | str] = [PER_SHARE_ROWS[0]]
    for section, items in PER_SHARE_SECTIONS[how]:
        rows += [section, *items]
    for row in rows:
        y -= 14
        if isinstance(row, str):
            c.drawString(90, y, row)
            continue
        code, label, *amounts = row
        c.drawString(50, y, code)
        x = 110.0
        for word in label.split():
            c.drawString(x, y, word)
            x += 36.0
        _per_share_amounts(c, y, amounts)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併綜合損益表"])


__all__ += [
    "PER_SHARE_ROWS",
    "PER_SHARE_SECTION",
    "PER_SHARE_SECTIONS",
    "PER_SHARE_UNIT_LINES",
    "make_per_share_rows_pdf",
    "make_per_share_section_pdf",
]


# A sensitivity analysis whose group name stands over the middle one of its three columns,
# its extent shown only by the rule under it (ASUS's notes): the name over its run.
UNDERLINED_GROUP = "敏感度分析"
UNDERLINED_HEADER = ("外幣(元)", "匯率", "帳面金額", "變動幅度", "損益影響", "權益影響")
UNDERLINED_ROWS: tuple[tuple[str, ...], ...] = (
    ("美金：新台幣", "2,257,087", "32.785", "73,998,614", "1%", "739,986", "-"),
    ("日圓：新台幣", "3,732,687", "0.2099", "783,491", "1%", "7,835", "-"),
)
# right edges of the value columns; the underlined run is the last three
UNDERLINED_RIGHTS = (220.0, 290.0, 370.0, 420.0, 485.0, 550.0)


def make_underlined_group_pdf(path: str | Path) -> PdfFixture:
    """An unruled notes table with a group name (``UNDERLINED_GROUP``) set over the middle
    of the three columns it names, a rule under it from the first's left to the last's
    right; the columns' own names under the rule, then the rows."""
    path = Path(path)
    size = 9.0
    c, font = _cjk_page(path, size)
    y = A4_H - 90
    c.drawString(60, y, "具重大匯率波動影響之外幣資產及負債資訊如下：")
    y -= 14
    c.drawRightString(550, y, STATEMENT_UNIT)
    y -= 20
    left = UNDERLINED_RIGHTS[3] - _width(UNDERLINED_HEADER[3], font, size)
    mid = UNDERLINED_RIGHTS[4] - _width(UNDERLINED_HEADER[4], font, size) / 2
    c.drawCentredString(mid, y, UNDERLINED_GROUP)
    c.setLineWidth(0.5)
    c.line(left, y - 2.5, UNDERLINED_RIGHTS[5], y - 2.5)
    y -= 13
    for x, name in zip(UNDERLINED_RIGHTS, UNDERLINED_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in UNDERLINED_ROWS:
        y -= 14
        c.drawString(60, y, label)
        for x, text in zip(UNDERLINED_RIGHTS, cells, strict=True):
            c.drawRightString(x, y, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["具重大匯率波動影響之外幣資產及負債資訊如下："])


__all__ += [
    "UNDERLINED_GROUP",
    "UNDERLINED_HEADER",
    "UNDERLINED_RIGHTS",
    "UNDERLINED_ROWS",
    "make_underlined_group_pdf",
]


# An equity statement's dense header (Phison's layout): narrow columns whose names wrap over
# two or three lines, group names over runs with a rule under each, and a group over most
# columns. (name lines, top to bottom) per column; groups: (name, first, last column).
DENSE_EQUITY_COLUMNS: tuple[tuple[str, ...], ...] = (
    ("普通股", "股本"),
    ("預收股本",),
    ("合計",),
    ("資本公積",),
    ("法定盈", "餘公積"),
    ("特別盈", "餘公積"),
    ("未分配", "盈餘"),
    ("合計",),
    ("歸屬於母", "公司業主", "權益總計"),
    ("非控制", "權益"),
    ("權益總額",),
)
DENSE_EQUITY_GROUPS: tuple[tuple[str, int, int], ...] = (
    ("歸屬於母公司業主之權益", 0, 8),
    ("股本", 0, 2),
    ("保留盈餘", 4, 7),
)
DENSE_EQUITY_ROWS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("期初餘額", (1970, 16, 1986, 8970, 6347, 512, 22605, 29464, 40420, 35, 40455)),
    ("本期淨利", (0, 0, 0, 0, 0, 0, 242, 242, 242, 3, 245)),
    ("期末餘額", (1970, 16, 1986, 8970, 6347, 512, 22847, 29706, 40662, 38, 40700)),
)


def make_dense_equity_header_pdf(path: str | Path) -> PdfFixture:
    """An uncaptioned equity statement (landscape widths, 7 pt header) whose column names
    wrap over up to three lines in columns 43 pt apart, under group names each with a rule
    under it (``DENSE_EQUITY_GROUPS``)."""
    path = Path(path)
    size = 7.0
    c, font = _cjk_page(path, size)
    c.setFont(font, 10)
    c.drawCentredString(A4_W / 2, A4_H - 60, "合併權益變動表")
    c.setFont(font, size)
    c.drawRightString(570, A4_H - 74, STATEMENT_UNIT)
    rights = [130.0 + 44.0 * k for k in range(len(DENSE_EQUITY_COLUMNS))]
    lefts = [r - 36.0 for r in rights]
    pitch = 8.0
    lowest = A4_H - 150  # the last line of the column names
    for k, (name, first, last) in enumerate(DENSE_EQUITY_GROUPS):
        y = A4_H - 100 - (0 if k == 0 else 20)
        x0, x1 = lefts[first], rights[last]
        c.drawCentredString((x0 + x1) / 2, y, name)
        c.line(x0, y - 2.5, x1, y - 2.5)
    for k, lines in enumerate(DENSE_EQUITY_COLUMNS):
        for n, text in enumerate(lines):
            y = lowest + pitch * (len(lines) - 1 - n)
            c.drawCentredString((lefts[k] + rights[k]) / 2, y, text)
    y = lowest
    for label, amounts in DENSE_EQUITY_ROWS:
        y -= 14
        c.drawString(30, y, label)
        for x0, x1, amount in zip(lefts, rights, amounts, strict=True):
            if amount:
                c.drawRightString(x1, y, f"{amount:,}")
            else:  # a nil set in the middle of its column, as Phison's are
                c.drawCentredString((x0 + x1) / 2, y, "-")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併權益變動表"])


__all__ += [
    "DENSE_EQUITY_COLUMNS",
    "DENSE_EQUITY_GROUPS",
    "DENSE_EQUITY_ROWS",
    "make_dense_equity_header_pdf",
]


# An annual report's analysis table, ruled: a group's name (`獲利能力(%)`) in a cell merged
# over its rows, one of them an amount per share (`基本每股盈餘`), the table under 仟元
# (w2_8433 p. 5): its `9.84` is 9.84 元, neither a share nor 9,840 TWD.
ANALYSIS_GROUPS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("財務結構(%)", (("負債佔資產比率", "51.81", "51.42"),)),
    (
        "獲利能力(%)",
        (
            ("資產報酬率", "11.12", "12.10"),
            ("純益率", "14.61", "14.14"),
            ("基本每股盈餘", "9.84", "9.35"),
        ),
    ),
)


def make_analysis_groups_pdf(path: str | Path) -> PdfFixture:
    """A ruled table under ``單位：新台幣仟元`` whose first column holds each group's name
    (``ANALYSIS_GROUPS``) in a cell merged over the group's rows; its header cell ``項目``
    spans both label columns."""
    return make_grouped_rows_pdf(
        path,
        ANALYSIS_GROUPS,
        "(三)財務收支及獲利能力分析：",
        years=("113年度", "112年度"),
        xs=(80.0, 170.0, 350.0, 440.0, 530.0),
        header_divider=False,
    )


__all__ += ["ANALYSIS_GROUPS", "make_analysis_groups_pdf"]


# ---------------------------------------------------------- one period block a page, under its line

SEGMENT_HEADER = ("原料藥部門", "學名藥部門", "合計")
SEGMENT_PERIODS = ("114年1月1日至3月31日", "113年1月1日至3月31日")


def make_segment_periods_pdf(
    path: str | Path, second_period: str = SEGMENT_PERIODS[1]
) -> PdfFixture:
    """A segment note whose table sets one period's block on a page: the column names,
    then a line holding only the period (``114年1月1日至3月31日``), then the rows, a
    ``（接次頁）`` mark at the foot; the next page opens with ``（承前頁）``, the names set
    again and ``second_period``'s line over its rows. Each period set under its own line
    is a table of its own; the same period set again continues the first."""
    path = Path(path)
    c, font = _cjk_page(path, 10.0)
    xs = (330.0, 420.0, 510.0)
    for number, period in enumerate((SEGMENT_PERIODS[0], second_period), start=1):
        c.setFont(font, 10.0)
        y = A4_H - 80
        if number == 1:
            c.drawString(90, y, "四一、部門資訊")
            c.drawString(90, y - 20, "(一) 產業別財務資訊")
            c.drawString(100, y - 40, "合併公司收入與營運結果依應報導部門分析如下：")
            y -= 64
        else:
            c.drawString(90, y, "（承前頁）")
            y -= 24
        _draw_row(c, y, 100, "", xs, SEGMENT_HEADER)
        y -= 18
        c.drawString(100, y, period)
        for label, *cells in _continued_rows(20 * number, 34 if number == 1 else 6):
            y -= 18
            _draw_row(c, y, 100, label, xs, cells)
        if number == 1:
            c.drawCentredString(A4_W / 2, y - 18, "（接次頁）")
        else:
            c.drawString(
                90, y - 30, "部門利益係指各個部門所賺取之利潤，不包含應分攤之總部管理成本。"
            )
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["四一、部門資訊", second_period])


__all__ += ["SEGMENT_HEADER", "SEGMENT_PERIODS", "make_segment_periods_pdf"]


# ------------------------------------------------------- a slide's column names set far above

FAR_HEADER = ("(新台幣十億元)", "4Q25", "3Q25", "4Q24")
FAR_ROWS = (
    ("期初現金", "2,470.76", "2,364.52", "1,886.78"),
    ("營運活動之現金流入", "725.51", "426.83", "620.21"),
    ("資本支出", "(356.91)", "(287.45)", "(361.95)"),
    ("現金股利", "(129.66)", "(116.70)", "(103.73)"),
    ("期末現金", "2,767.86", "2,470.76", "2,127.63"),
)


def make_far_header_slide_pdf(path: str | Path, gap: float = 30.0) -> PdfFixture:
    """A deck's cash-flow slide: the unit in the label column's corner and the quarters
    over the amounts on one line, a rule under the quarters and ``gap`` points (about
    2.7 ems at 11 points) of blank before the first row, the rows 21 points apart."""
    path = Path(path)
    c, _, h = _slide(path, "現金流量表", 11.0)
    xs = (520.0, 640.0, 760.0)
    y = h - 145
    c.drawString(210, y, FAR_HEADER[0])
    for x, name in zip(xs, FAR_HEADER[1:], strict=True):
        c.drawRightString(x - 10, y, name)
        c.line(x - 80, y - 6, x, y - 6)
    y -= gap + 11
    for label, *cells in FAR_ROWS:
        _draw_row(c, y, 210, label, xs, cells)
        y -= 21
    c.drawString(210, y - 20, "* 自由現金流量 = 營運活動之現金流入 - 資本支出")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["現金流量表"])


__all__ += ["FAR_HEADER", "FAR_ROWS", "make_far_header_slide_pdf"]


# ------------------------------------------------- a unit in the corner between two header lines

CORNER_YEARS = ("2025年", "2025年", "2024年")
CORNER_QUARTERS = ("第四季", "第三季", "第四季")


def make_corner_unit_slide_pdf(path: str | Path) -> PdfFixture:
    """A deck's balance-sheet slide: a two-line header of years over quarters
    (``2025年`` / ``第四季``), the unit ``(單位:新台幣佰萬元)`` in the label column's
    corner set level with both lines (half a line below the years), then the rows."""
    path = Path(path)
    c, _, h = _slide(path, "合併資產負債表", 14.0)
    xs = (710.0, 800.0, 890.0)
    y = h - 120
    _years_over_quarters(c, y, xs, 355, 20, 15)
    y -= 40
    for label, *cells in FAR_ROWS:
        _draw_row(c, y, 355, label, xs, cells)
        y -= 23
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併資產負債表"])


def _years_over_quarters(
    c: Any, y: float, xs: Sequence[float], x_unit: float, inset: float, drop: float
) -> None:
    """``CORNER_YEARS`` over ``CORNER_QUARTERS`` (``drop`` points lower), right-aligned
    ``inset`` points left of the first columns' edges ``xs``, the unit between them in
    the label column's corner at ``x_unit``."""
    for x, year in zip(xs, CORNER_YEARS, strict=False):
        c.drawRightString(x - inset, y, year)
    c.drawString(x_unit, y - 7, "(單位:新台幣佰萬元)")
    for x, quarter in zip(xs, CORNER_QUARTERS, strict=False):
        c.drawRightString(x - inset, y - drop, quarter)


__all__ += ["CORNER_QUARTERS", "CORNER_YEARS", "make_corner_unit_slide_pdf"]


# ------------------------------------------------ a unit in the lower corner of a two-level header

GROUPED_NAMES = ("2026 (E)", "2025 (A)", "Growth %")
GROUPED_ROWS = (
    ("營收", "241.99~243.68", "236.11", "2.5~3.2"),
    ("營業淨利", "48.14~49.66", "48.55", "(0.8)~2.3"),
    ("淨利", "37.39~38.94", "38.69", "(3.4)~0.6"),
    ("EBITDA", "90.27~91.79", "88.77", "1.7~3.4"),
    ("資本支出", "31.91", "27.70", "15.2"),
)


def make_grouped_header_unit_slide_pdf(path: str | Path) -> PdfFixture:
    """A deck's forecast slide ruled as a grid: a group name (``合併``) over the amount
    columns only, the column names under it, ``(NT$bn)`` in the label column level with
    those names (the label column's cell on the group's row empty), then rows whose
    forecasts are ranges."""
    path = Path(path)
    c, _, h = _slide(path, "2026財務預測", 12.0)
    xs = (420.0, 540.0, 660.0)
    left, right, inner = 50.0, 670.0, (300.0, 430.0, 550.0)
    top = h - 105
    rules = [top - 26 * k for k in range(len(GROUPED_ROWS) + 3)]
    c.setLineWidth(0.8)
    for y in rules:  # a rule under every row, the group's row too
        c.line(left, y, right, y)
    c.line(left, rules[0], left, rules[-1])
    c.line(right, rules[0], right, rules[-1])
    for x in inner:  # column rules, through the group's row only at its left
        c.line(x, rules[0] if x == inner[0] else rules[1], x, rules[-1])
    c.drawCentredString(485, rules[0] - 18, "合併")
    c.drawString(60, rules[1] - 18, "(NT$bn)")
    for x, name in zip(xs, GROUPED_NAMES, strict=True):
        c.drawRightString(x, rules[1] - 18, name)
    for k, (label, *cells) in enumerate(GROUPED_ROWS):
        _draw_row(c, rules[2 + k] - 18, 60, label, xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["2026財務預測"])


__all__ += ["GROUPED_NAMES", "GROUPED_ROWS", "make_grouped_header_unit_slide_pdf"]


# ------------------------------------------- a text-cell table whose row goes on next page
# A filing's new-standards note: three columns ruled one by one under their names (the
# last wrapped over two lines), an effective date in the last column, and the row's long
# text carried over to the next page under the names set again, its first column empty.
NEW_STD_HEADER = ("新發布或修訂準則", "主要修訂內容", "理事會發布之生效日")
NEW_STD_COLUMNS = ((130.0, 265.0), (275.0, 463.0), (473.0, 560.0))
NEW_STD_ROW = (
    ("國際財務報導準則第18號",),
    ("新準則引入三種類收益及費損、兩", "項損益表小計及一項關於管理階層", "績效衡量的單一附註。"),
    ("2027年1月1日",),
)
NEW_STD_CARRIED = (
    (),
    ("•更具結構化之損益表：根據現行", "準則，公司使用不同的格式來表", "達其經營成果。"),
    (),
)


def _new_std_header(c: Any, y: float) -> float:
    """The names on their rules, the last one wrapped upwards; the first row's baseline."""
    for (x0, x1), name in zip(NEW_STD_COLUMNS[:2], NEW_STD_HEADER[:2], strict=True):
        c.drawCentredString((x0 + x1) / 2, y, name)
    x0, x1 = NEW_STD_COLUMNS[2]
    c.drawCentredString((x0 + x1) / 2, y + 14.4, NEW_STD_HEADER[2][:6])
    c.drawCentredString((x0 + x1) / 2, y, NEW_STD_HEADER[2][6:])
    c.setLineWidth(1.2)
    for x0, x1 in NEW_STD_COLUMNS:
        c.line(x0, y - 3, x1, y - 3)
    return y - 14


def _new_std_row(c: Any, y: float, row: Sequence[Sequence[str]]) -> float:
    for (x0, _), lines in zip(NEW_STD_COLUMNS, row, strict=True):
        for j, text in enumerate(lines):
            c.drawString(x0, y - 12.7 * j, text)
    return y - 12.7 * max(len(lines) for lines in row)


def make_carried_text_cells_pdf(path: str | Path) -> PdfFixture:
    """The standards table at the foot of page 1; page 2 opens with the running header,
    the names set again and the rest of the row (its first column empty), then a
    paragraph."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    c.drawString(86, A4_H - 80, "三、新發布及修訂準則及解釋之適用")
    for k in range(24):
        c.drawString(106, A4_H - 110 - 18 * k, TEXT_CELLS_NOTE)
    c.drawString(86, A4_H - 560, "(二)金管會尚未認可之新發布及修訂準則及解釋")
    c.drawString(106, A4_H - 575, "對本公司可能攸關者如下：")
    _new_std_row(c, _new_std_header(c, A4_H - 610), NEW_STD_ROW)
    c.showPage()
    c.setFont(font, size)
    c.drawCentredString(A4_W / 2, A4_H - 75, "範例公司個別財務報告附註(續)")
    y = _new_std_row(c, _new_std_header(c, A4_H - 140), NEW_STD_CARRIED)
    c.drawString(106, y - 24, "本公司現正持續評估上述準則及解釋對本公司財務狀況與經營結果之影響。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["", ""])


__all__ += ["NEW_STD_CARRIED", "NEW_STD_HEADER", "NEW_STD_ROW", "make_carried_text_cells_pdf"]


# ------------------------------- a slide whose label column's corner names the statement
# A deck's income-statement slide: the corner of the label column names the statement's
# items (``綜合損益表項目``) on the header's first line, beside the guidance column's
# ``4Q25`` set over its ``業績展望``; the quarters of the other columns one line lower, the
# unit in the corner under the name; the slide's own title above.
CORNER_NAME = "綜合損益表項目"
CORNER_NAME_UNIT = "(除另予註明者外，金額為新台幣十億元)"
CORNER_NAME_HEADER = ("4Q25", "4Q25 業績展望", "3Q25", "4Q24")
CORNER_NAME_ROWS = (
    ("營業收入淨額(美金十億元)", "33.73", "32.2-33.4", "33.10", "26.88"),
    ("營業收入淨額", "1,046.09", "", "989.92", "868.46"),
    ("營業毛利率", "62.3%", "59.0%-61.0%", "59.5%", "59.0%"),
    ("營業淨利率", "54.0%", "49.0%-51.0%", "50.6%", "49.0%"),
    ("營業外收入及支出", "27.46", "", "24.68", "23.09"),
)


def make_corner_name_slide_pdf(path: str | Path) -> PdfFixture:
    """The income-statement slide described above (set as TSMC's p. 4 is: the header's
    lines 12 points apart, its guidance name two lines high), its rows 20 points apart."""
    path = Path(path)
    c, _, h = _slide(path, "綜合損益表", 11.0)
    rights = (440.0, 537.0, 608.0, 684.0)
    guide = (471.0 + 537.0) / 2
    c.drawString(110, h - 129, CORNER_NAME)
    c.drawCentredString(guide, h - 129, CORNER_NAME_HEADER[1].split()[0])
    for x, name in zip(rights, CORNER_NAME_HEADER, strict=True):
        if " " not in name:
            c.drawRightString(x, h - 141, name)
    c.drawString(110, h - 147.6, CORNER_NAME_UNIT)
    c.drawCentredString(guide, h - 150.8, CORNER_NAME_HEADER[1].split()[1])
    for k, (label, *cells) in enumerate(CORNER_NAME_ROWS):
        y = h - 193.2 - 20.3 * k
        c.drawString(110, y, label)
        for x, cell in zip(rights, cells, strict=True):
            c.drawRightString(x, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["綜合損益表"])


__all__ += [
    "CORNER_NAME_HEADER",
    "CORNER_NAME_ROWS",
    "make_corner_name_slide_pdf",
]


# ------------------------------------------- units in the rows' names of a deck's KPI slide
# A deck's balance-sheet and ratio slide (set as CHT's is): ``(NT$bn)`` in the label
# column's corner, two dates and a growth column; some rows name their own unit in
# brackets followed by a footnote's number (``負債比率 (%) 3``, ``營收 (USD 百萬) 2``) and
# one row counts days (``平均收現日數``): none of those rows is in the corner's NT$bn.
NAMED_UNITS_HEADER = ("2025.12.31", "2024.12.31", "成長率 %")
NAMED_UNITS_ROWS = (
    ("總資產", "536.35", "534.49", "0.4"),
    ("營收 (USD 百萬) 2", "2,150", "2,100", "2.4"),
    ("平均收現日數", "26", "25", "4.0"),
    ("流動比率(%)", "148.35", "141.40", "4.9"),
    ("負債比率 (%) 3", "25.25", "25.52", "-1.1"),
    ("股東權益", "400.93", "398.10", "0.7"),
)


def make_named_units_slide_pdf(path: str | Path) -> PdfFixture:
    """The KPI slide described above: title, the header line with ``(NT$bn)`` in the
    corner, rows 22 points apart, the footnotes under the table."""
    path = Path(path)
    c, _, h = _slide(path, "資產負債與財務指標", 13.0)
    xs = (560.0, 680.0, 800.0)
    y = h - 130
    c.drawString(110, y, "(NT$bn)")
    for x, name in zip(xs, NAMED_UNITS_HEADER, strict=True):
        c.drawRightString(x, y, name)
    y -= 30
    for label, *cells in NAMED_UNITS_ROWS:
        _draw_row(c, y, 110, label, xs, cells)
        y -= 22
    c.setFontSize(10)
    c.drawString(110, y - 20, "註:")
    c.drawString(110, y - 34, "2. 以美元計價之營收")
    c.drawString(110, y - 48, "3. 負債比率為總負債/總資產")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["資產負債與財務指標"])


__all__ += ["NAMED_UNITS_HEADER", "NAMED_UNITS_ROWS", "make_named_units_slide_pdf"]


# ------------------------------------------------ a notes table's sections with their own unit
# A filing's EPS note (set as ASUS's is): the unit of the report's amounts stated once under
# the notes' title, then the note's sections each under a label closing on its unit and a
# colon (``股數(仟股)：``, ``基本每股盈餘(元)：``), the rows under it named by what they divide
# (``本期淨利``), not by the per-share item.
EPS_SECTIONS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("淨利：", (("本期淨利", "$ 31,393,856", "$ 15,928,283"),)),
    ("股數(仟股)：", (("加權平均流通在外股數-基本", "742,760", "742,760"),)),
    ("基本每股盈餘(元)：", (("本期淨利", "$ 42.27", "$ 21.44"),)),
)


def make_eps_sections_pdf(path: str | Path) -> PdfFixture:
    """The EPS note described above, its two years right-aligned at 440 and 540."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawCentredString(A4_W / 2, A4_H - 60, "範例公司個體財務報告附註")
    c.drawCentredString(A4_W / 2, A4_H - 75, GOVERNING_NOTE)
    c.drawString(70, A4_H - 110, "本公司已針對 107 年度營利事業所得稅核定稅額提起行政救濟。")
    c.drawString(70, A4_H - 135, "(二十三)每股盈餘")
    y = A4_H - 160
    c.drawRightString(440, y, "113年度")
    c.drawRightString(540, y, "112年度")
    for label, rows in EPS_SECTIONS:
        y -= 18
        c.drawString(90, y, label)
        for name, *cells in rows:
            y -= 18
            _draw_row(c, y, 100, name, (440.0, 540.0), cells)
    c.drawString(70, y - 40, "(二十四)來自籌資活動之負債變動")
    c.drawString(90, y - 58, "本公司本期無來自籌資活動之負債變動。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["EPS_SECTIONS", "make_eps_sections_pdf"]


# ------------------------------------ a ruled slide whose header's edge cells have no rules
# A deck's forecast-attainment slide (set as CHT's is): the header's cells filled, parted
# by the column rules between them only; the grid's outer rules start under the header,
# so the header's first and last cells (``Q4 2025`` / ``(A)``, ``達成率 %``) are stroked on
# one side only; the labels and ``(NT$bn)`` stand left of the grid.
OPEN_EDGE_HEADER = (("Q4 2025", "(A)"), ("Q4 2025", "(E)"), ("2025", "(A)"), ("達成率", "%"))
OPEN_EDGE_ROWS = (
    ("營收", "65.65", "64.61~64.86", "236.11", "101.0~101.5"),
    ("成本及費用", "54.15", "52.95~52.98", "187.45", "99.9~100.0"),
    ("營業淨利", "11.38", "11.74~12.27", "48.55", "103.9~107.2"),
    ("淨利", "9.29", "9.14~9.88", "38.69", "103.5~108.0"),
)


def make_open_edge_header_slide_pdf(path: str | Path) -> PdfFixture:
    """The slide described above: the grid's columns 84 points wide from x = 172, the
    header 43 points high, the rows 44 points apart."""
    path = Path(path)
    c, _, h = _slide(path, "營運績效財測達成狀況", 14.0)
    xs = [172.5 + 84.3 * k for k in range(len(OPEN_EDGE_HEADER) + 1)]
    top = h - 88.6
    rules = [top - 43.2, *(top - 43.2 - 44.6 * (k + 1) for k in range(len(OPEN_EDGE_ROWS)))]
    c.setFillColorRGB(0.0, 0.47, 0.78)
    c.rect(xs[0], rules[0], xs[-1] - xs[0], top - rules[0], stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.line(48.2, top, xs[-1], top)
    for y in rules:
        c.line(48.2, y, xs[-1], y)
    for k, x in enumerate(xs):  # the outer rules start under the header
        c.line(x, top if 0 < k < len(xs) - 1 else rules[0], x, rules[-1])
    c.line(48.2, rules[0], 48.2, rules[-1])
    for k, (first, second) in enumerate(OPEN_EDGE_HEADER):
        mid = (xs[k] + xs[k + 1]) / 2
        c.drawCentredString(mid, top - 18, first)
        c.drawCentredString(mid, top - 35, second)
    c.drawString(56, top - 27, "(NT$bn)")
    for k, (label, *cells) in enumerate(OPEN_EDGE_ROWS):
        _draw_row(c, rules[k] - 27, 56, label, [x - 6 for x in xs[1:]], cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["營運績效財測達成狀況"])


__all__ += ["OPEN_EDGE_HEADER", "OPEN_EDGE_ROWS", "make_open_edge_header_slide_pdf"]


# ------------------------------------------ a turned schedule continued on the next turned page
# An annual report's remuneration schedule (set as 8433's is): a ruled landscape table
# printed a quarter turn (read bottom to top) on a portrait page, filling its length; its
# last rows go on at the start of the next page, also turned, with no header of their own;
# further on that page a table of its own (the remuneration brackets) whose rows run longer,
# so on the page as printed its box starts higher than the carried rows'.
TURNED_PAY_HEADER = ("職稱", "姓名", "報酬(A)", "酬勞(C)", "總額")
TURNED_PAY_ROWS = tuple(
    (
        "董事" if k % 3 else "獨立董事",
        f"董事{k + 1:02d}",
        f"{150 + 5 * k}",
        f"{20 + k}",
        f"{170 + 6 * k}",
    )
    for k in range(20)
)
TURNED_PAY_SPLIT = 18  # rows on the first page
TURNED_BRACKETS_HEADER = ("給付本公司各個董事酬金級距", "前四項酬金總額人數", "前七項酬金總額人數")
TURNED_BRACKETS_ROWS = (
    ("低於1,000,000元", "8", "6"),
    ("1,000,000元（含）～2,000,000元（不含）", "2", "3"),
    ("總計", "10", "9"),
)


def _turned_grid(c: Any, y: float, xs: Sequence[float], rows: Sequence[Sequence[str]]) -> float:
    """Ruled rows 20 points apart from ``y`` down in the turned frame; the last rule's y."""
    c.setLineWidth(0.5)
    c.line(xs[0], y, xs[-1], y)
    top = y
    for row in rows:
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, y - 14, text)
        y -= 20
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)
    return y


def make_turned_continued_pdf(path: str | Path) -> PdfFixture:
    """The two turned pages described above."""
    path = Path(path)
    pay_xs = (0.0, 70.0, 140.0, 230.0, 320.0, 410.0)
    c = _turned_portrait(path, -1)
    _turned_grid(c, 0.0, pay_xs, [TURNED_PAY_HEADER, *TURNED_PAY_ROWS[:TURNED_PAY_SPLIT]])
    c.restoreState()
    c.showPage()
    c.setFont(_register_cjk(), 10.0)
    c.saveState()
    c.translate(80, 100)
    c.rotate(90)
    y = _turned_grid(c, 0.0, pay_xs, TURNED_PAY_ROWS[TURNED_PAY_SPLIT:])
    c.drawString(0, y - 40, "酬金級距表")
    _turned_grid(
        c, y - 50, (0.0, 230.0, 420.0, 600.0), [TURNED_BRACKETS_HEADER, *TURNED_BRACKETS_ROWS]
    )
    c.restoreState()
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[TURNED_HEADING, ""])


__all__ += [
    "TURNED_BRACKETS_HEADER",
    "TURNED_PAY_HEADER",
    "TURNED_PAY_ROWS",
    "make_turned_continued_pdf",
]


# --------------------------------------- a matrix of check marks under a header of stacked names
# An annual report's board-diversity table (set as 8433's is): one rule frames the whole
# header, the inner rules stop short of its top (the corner columns' rules start under the
# header, the groups' band has none), so the table finder reads one cell over the whole
# header; the narrow columns' names are stacked a glyph a line; the cells hold check marks.
DIVERSITY_COLUMNS = (
    # (name lines, left, right): a name on several lines is stacked a glyph or two a line
    (("姓名",), 60.0, 110.0),
    (("性", "別"), 110.0, 130.0),
    (("兼", "任", "員", "工"), 130.0, 150.0),
    (("41", "至", "50", "歲"), 150.0, 172.0),
    (("51", "至", "60", "歲"), 172.0, 194.0),
    (("61", "至", "70", "歲"), 194.0, 216.0),
    (("3", "年", "以", "下"), 216.0, 238.0),
    (("3", "至", "9", "年"), 238.0, 260.0),
    (("營", "運", "判", "斷", "能", "力"), 260.0, 284.0),
    (("會", "計", "財", "務", "能", "力"), 284.0, 308.0),
    (("危", "機", "處", "理", "能", "力"), 308.0, 332.0),
)
DIVERSITY_GROUPS = (("年齡", 150.0, 216.0), ("任期年資", 216.0, 260.0))
DIVERSITY_BANDS = (("基本組成多元化", 60.0, 260.0), ("專業能力多元化", 260.0, 332.0))
DIVERSITY_ROWS = (
    ("王大明", "男", "V", "", "V", "", "", "V", "V", "V", ""),
    ("陳小華", "女", "", "V", "", "", "V", "", "V", "", "V"),
    ("林志明", "男", "", "", "", "V", "V", "", "", "V", "V"),
)


def make_diversity_matrix_pdf(path: str | Path) -> PdfFixture:
    """The board-diversity table described above, on an A4 page under its lead-in."""
    path = Path(path)
    c, _ = _cjk_page(path, 9.0)
    c.drawString(60, A4_H - 70, "董事會成員多元化政策落實情形如下：")
    y0 = A4_H - 90
    y1, y2, y3 = y0 - 18, y0 - 40, y0 - 100
    left, right = DIVERSITY_COLUMNS[0][1], DIVERSITY_COLUMNS[-1][2]
    sub = {x for _, a, b in DIVERSITY_GROUPS for x in (a, b)}
    bottom = y3 - 20 * len(DIVERSITY_ROWS)
    c.setLineWidth(0.5)
    c.line(left, y0, right, y0)
    c.line(DIVERSITY_COLUMNS[3][1], y1, right, y1)  # under the groups' band, not the corner
    c.line(DIVERSITY_GROUPS[0][1], y2, DIVERSITY_GROUPS[-1][2], y2)
    for k in range(len(DIVERSITY_ROWS) + 1):
        c.line(left, y3 - 20 * k, right, y3 - 20 * k)
    c.line(left, y0, left, bottom)
    c.line(right, y0, right, bottom)
    for _, x0, _ in DIVERSITY_COLUMNS[1:]:
        start = y3 if x0 < DIVERSITY_COLUMNS[3][1] else (y1 if x0 in sub else y2)
        if x0 >= DIVERSITY_GROUPS[-1][2]:
            start = y1
        c.line(x0, start, x0, bottom)
    for name, x0, x1 in DIVERSITY_BANDS:
        c.drawCentredString((x0 + x1) / 2, y0 - 12, name)
    for name, x0, x1 in DIVERSITY_GROUPS:
        c.drawCentredString((x0 + x1) / 2, y1 - 14, name)
    for lines, x0, x1 in DIVERSITY_COLUMNS:
        top = y1 - 12 if len(lines) > 4 or x0 < DIVERSITY_COLUMNS[3][1] else y2 - 12
        for k, glyphs in enumerate(lines):
            c.drawCentredString((x0 + x1) / 2, top - 11 * k, glyphs)
    for k, row in enumerate(DIVERSITY_ROWS):
        for (_, x0, x1), cell in zip(DIVERSITY_COLUMNS, row, strict=True):
            if cell:
                c.drawCentredString((x0 + x1) / 2, y3 - 20 * k - 14, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["DIVERSITY_COLUMNS", "DIVERSITY_GROUPS", "DIVERSITY_ROWS", "make_diversity_matrix_pdf"]


# ------------------------------------- rate columns named on the unit's line, beside the years
# MediaTek's income-statement slide: years over quarters for the amounts (`2025年` /
# `第四季`), the unit in the label column's corner between them, and the two rate columns
# named once, on the unit's line (`Q-Q`, `Y-Y`), over no quarter: each is its own column's
# name, no group over the quarters' columns beside it.
RATE_NAMES = ("Q-Q", "Y-Y")
RATE_NAME_ROWS = (
    ("營業收入", "150,188", "142,097", "138,043", "5.7%", "8.8%"),
    ("營業毛利", "69,152", "66,112", "66,998", "4.6%", "3.2%"),
    ("營業利益", "21,850", "22,188", "21,412", "(1.5%)", "2.0%"),
)


def make_rate_names_slide_pdf(path: str | Path) -> PdfFixture:
    """The slide described above: amounts right-aligned at 602, 687, 772, the rates at
    837 and 905, the rate names level with the corner unit."""
    path = Path(path)
    c, _, h = _slide(path, "合併損益表(自結數)", 12.0)
    xs = (602.0, 687.0, 772.0, 837.0, 905.0)
    y = h - 100
    _years_over_quarters(c, y, xs, 358, 18, 14.4)
    for x, name in zip(xs[3:], RATE_NAMES, strict=True):
        c.drawRightString(x - 17, y - 8, name)
    y -= 38
    for label, *cells in RATE_NAME_ROWS:
        _draw_row(c, y, 358, label, xs, cells)
        y -= 24
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併損益表(自結數)"])


__all__ += ["RATE_NAMES", "RATE_NAME_ROWS", "make_rate_names_slide_pdf"]


# A level-3 fair-value table (Novatek's notes): its column names wrapped on two lines
# over the columns, a section label and a wrapped group label (``金融資產：``,
# ``透過損益按公允價值衡量`` / ``之金融資產``) between them and the first row, each row's
# label (an asset class of two characters) letter-spaced over the label column, two ems
# between its characters, then the valuation method, the input, its range and the effect.
SPACED_LABEL_HEADER = (("評價", "技術"), ("不可觀察", "輸入值"), ("量化", "資訊"), ("影響", "金額"))
SPACED_LABEL_GROUPS = ("金融資產：", ("透過損益按公允價值衡量", "之金融資產"))
SPACED_LABEL_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("資本", "資產法", "缺乏市場流通性", "10%", "30,035"),
    ("股票", "資產法", "缺乏市場流通性", "30%", "403,717"),
    ("股票", "市場法", "缺乏市場流通性", "25%", "2,257"),
)
SPACED_LABEL_LEFTS = (200.0, 260.0, 350.0)
SPACED_LABEL_RIGHT = 520.0


SPACED_LABEL_DATES = ("民國一一三年三月三十一日：", "民國一一二年十二月三十一日：")


def make_spaced_label_rows_pdf(path: str | Path, dates: int = 0) -> PdfFixture:
    """An unruled notes table whose row labels are letter-spaced (``資　　本``: each
    character alone, two ems apart) over the label column, the rest of the row far off;
    its column names on two lines, section labels between them and the rows. With
    ``dates``, that many tables of the same rows one under the other, each under its
    date (``SPACED_LABEL_DATES``), as Novatek sets one per balance-sheet date."""
    path = Path(path)
    size = 11.0
    c, _ = _cjk_page(path, size)
    y = A4_H - 90
    c.drawString(60, y, "公允價值層級第三等級之重大不可觀察輸入值資訊如下：")
    y -= 18
    c.drawRightString(SPACED_LABEL_RIGHT, y, STATEMENT_UNIT)
    for date in SPACED_LABEL_DATES[:dates] if dates else ("",):
        if date:
            y -= 30
            c.drawString(60, y, date)
        for line in range(2):
            y -= 18
            for x, name in zip(SPACED_LABEL_LEFTS, SPACED_LABEL_HEADER, strict=False):
                c.drawString(x, y, name[line])
            c.drawRightString(SPACED_LABEL_RIGHT, y, SPACED_LABEL_HEADER[-1][line])
        section, (group, group_tail) = SPACED_LABEL_GROUPS
        for x, text in ((60.0, section), (60.0, group), (66.0, group_tail)):
            y -= 18
            c.drawString(x, y, text)
        for label, *cells in SPACED_LABEL_ROWS:
            y -= 18
            x = 70.0
            for ch in label:
                c.drawString(x, y, ch)
                x += 3 * size
            for left, text in zip(SPACED_LABEL_LEFTS, cells, strict=False):
                c.drawString(left, y, text)
            c.drawRightString(SPACED_LABEL_RIGHT, y, cells[-1])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["公允價值層級第三等級"])


__all__ += [
    "SPACED_LABEL_DATES",
    "SPACED_LABEL_GROUPS",
    "SPACED_LABEL_HEADER",
    "SPACED_LABEL_ROWS",
    "make_spaced_label_rows_pdf",
]
# ------------------------------------------------ footnote numbers glued to a slide's row names
# A deck's KPI slide (set as Chunghwa Telecom's are): a row's name carries the number of the
# note under the table glued to it (``淨利3``, ``EBITDA4``) or after a space (``行動 2``); other
# names end on a number of their own (``PS5``, ``Q4``) or on a number no note carries.
NOTED_ROWS = (
    ("營收", "65.65", "65.30", "0.5"),
    ("淨利3", "9.29", "9.00", "3.2"),
    ("EBITDA4", "21.55", "21.58", "-0.2"),
    ("行動 2", "8.21", "7.90", "3.9"),
    ("PS5", "1.10", "0.95", "15.8"),
    ("Q4", "2.40", "2.20", "9.1"),
    ("機房 7", "0.80", "0.70", "14.3"),
    ("研發費用註5", "3.10", "2.90", "6.9"),
)


def _nt_bn_slide(
    path: Path,
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    notes: Sequence[str] = (),
) -> PdfFixture:
    """A deck's KPI slide: ``(NT$bn)`` in the corner of a three-column header, rows 22
    points apart, the numbered notes (if any) under ``註:`` below the table."""
    c, _, h = _slide(path, title, 13.0)
    xs = (560.0, 680.0, 800.0)
    y = h - 130
    c.drawString(110, y, "(NT$bn)")
    for x, name in zip(xs, header, strict=True):
        c.drawRightString(x, y, name)
    y -= 30
    for label, *cells in rows:
        _draw_row(c, y, 110, label, xs, cells)
        y -= 22
    if notes:
        c.setFontSize(10)
        c.drawString(110, y - 20, "註:")
        for k, note in enumerate(notes):
            c.drawString(110, y - 34 - 14 * k, note)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[title])


def make_noted_rows_slide_pdf(path: str | Path) -> PdfFixture:
    """The KPI slide described above, the numbered notes ``2.`` to ``5.`` under it."""
    notes = ("2. 資本支出之行動部分", "3. 淨利為歸屬於母公司業主之淨利", "4. EBITDA之定義")
    return _nt_bn_slide(
        Path(path),
        "損益與財務指標",
        ("Q4 2025", "Q4 2024", "成長率 %"),
        NOTED_ROWS,
        (*notes, "5. 成長率係以百萬元計算"),
    )


__all__ += ["NOTED_ROWS", "make_noted_rows_slide_pdf"]


# ------------------------------------------------ a forecast slide's ranges
# A deck's guidance slide (set as Chunghwa Telecom's 2026 forecast is): the forecast column
# gives each figure as a range (``241.99~243.68``, the growth as ``(0.8)~2.3``, one row with
# a hyphen ``4.6-4.7``), the actual year a figure, the EPS row in 元 under the corner's NT$bn.
FORECAST_RANGE_ROWS = (
    ("營收", "241.99~243.68", "236.11", "2.5~3.2"),
    ("營業淨利", "48.14~49.66", "48.55", "(0.8)~2.3"),
    ("EPS", "4.82~5.02", "4.99", "(3.4)~0.6"),
    ("EBITDA Margin (%)", "37.30~37.67", "37.60", ""),
    ("其他收入", "4.6-4.7", "4.50", "2%~4%"),
    ("資本支出", "31.91", "27.70", "15.2"),
)


def make_forecast_ranges_slide_pdf(path: str | Path) -> PdfFixture:
    """The guidance slide described above: ``(NT$bn)`` in the corner, three columns."""
    header = ("2026 (E)", "2025 (A)", "Growth %")
    return _nt_bn_slide(Path(path), "2026財務預測", header, FORECAST_RANGE_ROWS)


__all__ += ["FORECAST_RANGE_ROWS", "make_forecast_ranges_slide_pdf"]


# ------------------------------------------------ a share count among a note's amounts
# A filing's EPS note (set as Changingtec's is): the note's unit line says 新台幣千元, the
# basic weighted-average share count states no unit of its own, the diluted one ``(千股)``.
SHARE_COUNT_ROWS = (
    ("本期淨利", "$ 12,345", "$ 10,210"),
    ("普通股加權平均流通在外股數(基本)", "17,198", "16,598"),
    ("基本每股盈餘(元)", "$ 0.72", "$ 0.62"),
    ("計算稀釋每股盈餘之加權平均流通在外股數(千股)", "17,509", "17,938"),
)


def make_share_count_rows_pdf(path: str | Path, *, stated: bool = True) -> PdfFixture:
    """The EPS note described above; without its last row when ``stated`` is False."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(70, A4_H - 110, "(十七)每股盈餘")
    c.drawRightString(540, A4_H - 130, "單位：新台幣千元")
    y = A4_H - 150
    c.drawRightString(440, y, "113年1月至3月")
    c.drawRightString(540, y, "112年1月至3月")
    for name, *cells in SHARE_COUNT_ROWS if stated else SHARE_COUNT_ROWS[:-1]:
        y -= 18
        _draw_row(c, y, 80, name, (440.0, 540.0), cells)
    c.drawString(70, y - 40, "(十八)來自籌資活動之負債變動")
    c.drawString(90, y - 58, "本公司本期無來自籌資活動之負債變動。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["SHARE_COUNT_ROWS", "make_share_count_rows_pdf"]


# A filing's foreign-currency note (Synmosa pp. 61–62): each column's name letter-spaced
# over its whole width, 匯率's two glyphs over the rate and its currency pair, so 率 stands
# at that column's right edge a short gap before 帳面金額's 帳.
SPREAD_NAME_GLYPHS = (
    ("外", 205.0),
    ("幣", 276.0),
    ("匯", 297.0),
    ("率", 432.0),
    ("帳", 452.0),
    ("面", 474.0),
    ("金", 497.0),
    ("額", 521.0),
)
SPREAD_NAME_ROWS = (
    ("美元", "$", "1,392", "33.2050", "（美元：新台幣）", "$", "46,214"),
    ("人民幣", "", "2,530", "4.5770", "（人民幣：新台幣）", "", "11,580"),
    ("日圓", "", "18,204", "0.2219", "（日圓：新台幣）", "", "4,039"),
)


def make_spread_column_names_pdf(path: str | Path, *, note_unit: bool = False) -> PdfFixture:
    """The note described above: names spread over whole column widths (set at 12 pt
    over a 10 pt body), the body below telling which glyph belongs to which name.
    ``note_unit``: no unit line over the table; the report's note above it says the amounts
    are 新台幣仟元 (Synmosa's notes), so only the `$` of the first row marks the carrying
    amounts as the report's money."""
    path = Path(path)
    c, font = _cjk_page(path, 10.0)
    if note_unit:
        c.drawString(70, A4_H - 80, "（除另註明外，金額以新台幣仟元為單位）")
    c.drawString(70, A4_H - 110, "(二十六)具重大影響之外幣資產及負債資訊")
    if not note_unit:
        c.drawRightString(535, A4_H - 130, "單位：新台幣千元")
    y = A4_H - 150
    c.setFont(font, 12.0)
    for glyph, x in SPREAD_NAME_GLYPHS:
        c.drawString(x, y, glyph)
    c.setFont(font, 10.0)
    y -= 18
    c.drawString(80, y, "金融資產")
    for name, sign, amount, rate, pair, sign2, carried in SPREAD_NAME_ROWS:
        y -= 18
        c.drawString(90, y, name)
        c.drawString(221, y, sign)
        c.drawRightString(280, y, amount)
        c.drawString(301, y, rate)
        c.drawString(349, y, pair)
        c.drawString(468, y, sign2)
        c.drawRightString(535, y, carried)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["SPREAD_NAME_GLYPHS", "SPREAD_NAME_ROWS", "make_spread_column_names_pdf"]


# An annual report's financial analysis under one unit line (`單位：新台幣仟元`): amounts,
# then ratio rows in %, 倍, 次 and 日 whose names are their only unit. Names and figures
# invented; only the layout is the filings'.
RATIO_ROWS = (
    ("營業收入", "2,486,310", "2,104,775"),
    ("稅後淨利", "318,042", "256,903"),
    ("流動比率", "214.36", "198.05"),
    ("資產報酬率", "9.41", "8.12"),
    ("利息保障倍數", "36.70", "28.44"),
    ("存貨週轉率", "5.83", "6.02"),
    ("平均售貨日數", "63", "61"),
)


def make_ratio_rows_pdf(path: str | Path) -> PdfFixture:
    """The financial analysis described above: two years' columns, the unit line over them."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(70, A4_H - 110, "六、最近二年度財務分析")
    c.drawRightString(540, A4_H - 130, "單位：新台幣仟元")
    y = A4_H - 150
    c.drawRightString(440, y, "113年度")
    c.drawRightString(540, y, "112年度")
    for name, *cells in RATIO_ROWS:
        y -= 18
        _draw_row(c, y, 80, name, (440.0, 540.0), cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["RATIO_ROWS", "make_ratio_rows_pdf"]


# A guidance table whose forecasts are ranges with a magnitude on both ends or on the upper
# end only (`181億~200億元`, `35~40億元`): figures, typed by the unit they write. Invented.
UNIT_RANGE_ROWS = (
    ("營業收入", "172億元", "181億~200億元"),
    ("資本支出", "31億元", "35~40億元"),
    ("新增用戶", "52萬", "55萬~60萬"),
)


def make_unit_range_cells_pdf(path: str | Path) -> PdfFixture:
    """The guidance table described above, under a heading and its two column names."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(70, A4_H - 110, "2026年財務預測")
    y = A4_H - 140
    c.drawRightString(400, y, "2025年")
    c.drawRightString(540, y, "2026年預估")
    for name, *cells in UNIT_RANGE_ROWS:
        y -= 18
        _draw_row(c, y, 80, name, (400.0, 540.0), cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["UNIT_RANGE_ROWS", "make_unit_range_cells_pdf"]


# A filing's pledged-assets note (a layout of Changingtec p. 24): each row's name wrapped
# over three lines in a narrow label column, hanging indented, a second text column (what
# the asset secures) wrapped over two, and the amounts set on the row's LAST line, so the
# first lines of the first row stand between the column names and the first amounts.
# Words invented; the layout is the filing's.
PLEDGED_ROWS = (
    (
        ("定期存款(帳列其", "他金融資產—", "流動)"),
        ("作為工程履約保證額度", "及工程履約之擔保"),
        ("$ 12,000", "12,000", "8,000"),
    ),
    (("定期存款(帳列其", "他金融資產—非", "流動)"), ("海關保證",), ("500", "500", "500")),
)


def make_wrapped_row_labels_pdf(path: str | Path) -> PdfFixture:
    """The note described above, under its heading and the column names."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(60, A4_H - 90, "八、質押之資產")
    c.drawString(80, A4_H - 110, "本公司提供質押擔保之資產帳面價值明細如下：")
    y = A4_H - 135
    xs = (420.0, 490.0, 560.0)
    c.drawString(95, y, "資產名稱")
    c.drawString(220, y, "質押擔保標的")
    for x, name in zip(xs, ("113.3.31", "112.12.31", "112.3.31"), strict=True):
        c.drawRightString(x, y, name)
    for names, secured, amounts in PLEDGED_ROWS:
        for i, name in enumerate(names):
            y -= 13
            c.drawString(80 if i == 0 else 90, y, name)
            if i < len(secured):
                c.drawString(200 if i == 0 else 212, y, secured[i])
        _draw_row(c, y, 80, "", xs, amounts)
        y -= 4
    y -= 16
    _draw_row(c, y, 80, "", xs, ("$ 12,500", "12,500", "8,500"))
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["PLEDGED_ROWS", "make_wrapped_row_labels_pdf"]


# ------------------------------------------------------------- group name over date columns

# A note's list of subsidiaries (Phison p. 11): the holding's share at three dates under one
# group name set centred over the three date columns on the header's first line, a remarks
# column (`說明`) at the right that only one row writes in (`註1`). Names and figures
# invented; only the layout is the filings'.
GROUP_DATES_HEAD = ("投資公司名稱", "子公司名稱", "業務性質")
GROUP_DATES_GROUP = "所持股權百分比(%)"
GROUP_DATES_DATES = ("113.3.31", "112.12.31", "112.3.31")
GROUP_DATES_NOTE = "說明"
GROUP_DATES_ROWS = (
    ("本公司", "甲東投資股份有限公司", "一般投資業", "100.00", "100.00", "100.00", ""),
    ("本公司", "乙西電子股份有限公司", "投資及貿易服務", "99.38", "100.00", "100.00", "註1"),
    ("本公司", "丙南科技股份有限公司", "電子零組件製造", "100.00", "100.00", "100.00", ""),
    ("甲東投資", "丁北國際股份有限公司", "一般投資業", "60.00", "55.00", "55.00", ""),
)


def make_group_over_dates_pdf(path: str | Path, *, noted: bool = True) -> PdfFixture:
    """The list described above, unruled, set at 10 pt: the date columns right-aligned
    less than a column gap apart, the group name over them one line higher, the other
    names on the dates' line, the remarks column's name and marker set a third of an em
    after the last date and amount. ``noted=False``: no row writes in the remarks column
    (a continued page of the list), only the header names it."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(70, A4_H - 80, "1.列入合併財務報告之子公司")
    lefts = (72.0, 150.0, 262.0)
    rights = (400.0, 450.0, 500.0)
    note_x = 503.0  # a third of an em after the last date and amount
    y = A4_H - 110
    c.drawCentredString((rights[0] - 38 + rights[2]) / 2, y, GROUP_DATES_GROUP)
    y -= 14
    for x, name in zip(lefts, GROUP_DATES_HEAD, strict=True):
        c.drawString(x, y, name)
    for right, date in zip(rights, GROUP_DATES_DATES, strict=True):
        c.drawRightString(right, y, date)
    c.drawString(note_x, y, GROUP_DATES_NOTE)
    for row in GROUP_DATES_ROWS:
        y -= 16
        for x, text in zip(lefts, row[:3], strict=True):
            c.drawString(x, y, text)
        for right, text in zip(rights, row[3:6], strict=True):
            c.drawRightString(right, y, text)
        if row[6] and noted:
            c.drawString(note_x, y, row[6])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += [
    "GROUP_DATES_DATES",
    "GROUP_DATES_GROUP",
    "GROUP_DATES_HEAD",
    "GROUP_DATES_NOTE",
    "GROUP_DATES_ROWS",
    "make_group_over_dates_pdf",
]


# Two text columns set closer than a column gap (Phison p. 11, the list of subsidiaries):
# the subsidiary's name and its business, the longer names ending 0.6 em before the
# business column, so those rows read name and business as one phrase; the other rows
# keep the gap, but no more than twice as many as run over it. The header names each
# column apart.
CLOSE_TEXT_HEAD = ("投資公司", "子公司名稱", "業務性質", "113.3.31", "112.12.31")
CLOSE_TEXT_ROWS = (
    ("本公司", "宏達光電材料有限公司", "光學材料買賣", "100.00", "100.00"),
    ("本公司", "北辰投資有限公司", "一般投資業", "100.00", "100.00"),
    ("本公司", "南海精密工業有限公司", "精密零件製造", "75.00", "70.00"),
    ("本公司", "Aster Holdings Ltd.", "投資控股", "100.00", "100.00"),
    ("本公司", "東嶽科技股份有限公司", "電子零件買賣", "51.00", "51.00"),
    ("本公司", "西湖半導體有限公司", "晶圓測試服務", "100.00", "100.00"),
)


def make_close_text_columns_pdf(path: str | Path) -> PdfFixture:
    """The list above, unruled, at 10 pt: the names left-aligned at 144 pt, the
    business column at 250 pt (a ten-glyph name ends 0.6 em before it), the shares
    right-aligned at 400 and 460 pt, the header's names centred over their columns."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(70, A4_H - 80, "1.列入合併財務報告之子公司")
    lefts = (72.0, 144.0, 250.0)
    rights = (400.0, 460.0)
    y = A4_H - 110
    centres = (90.0, 190.0, 290.0)
    for x, name in zip(centres, CLOSE_TEXT_HEAD[:3], strict=True):
        c.drawCentredString(x, y, name)
    for right, date in zip(rights, CLOSE_TEXT_HEAD[3:], strict=True):
        c.drawRightString(right, y, date)
    for row in CLOSE_TEXT_ROWS:
        y -= 16
        for x, text in zip(lefts, row[:3], strict=True):
            c.drawString(x, y, text)
        for right, text in zip(rights, row[3:], strict=True):
            c.drawRightString(right, y, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[""])


__all__ += ["CLOSE_TEXT_HEAD", "CLOSE_TEXT_ROWS", "make_close_text_columns_pdf"]


# ------------------------------------------------- a section label ending between `$` and digits

LONG_SECTION_UNIT = "單位：新台幣千元"
LONG_SECTION_PERIODS = ("114年1月至3月", "113年1月至3月")
LONG_SECTION_LABEL = "營業外收入及支出淨額(附註六(三)、(八)、(十一)、(十五)及(二十))"
LONG_SECTION_ABOVE = (
    ("4000", "營業收入", "$ 412,650", "$ 301,118"),
    ("5000", "營業成本", "201,440", "150,026"),
    ("5900", "營業毛利", "211,210", "151,092"),
    ("6900", "營業利益", "118,305", "80,417"),
)
LONG_SECTION_BELOW = (
    ("7100", "利息收入", "2,914", "1,077"),
    ("7010", "其他收入", "1,355", "402"),
    ("7050", "財務成本", "(274)", "(158)"),
    ("7900", "稅前淨利", "122,300", "81,738"),
)


def make_section_label_statement_pdf(path: str | Path) -> PdfFixture:
    """An uncaptioned income statement whose label-only section row is longer than
    0.45 of the page and ends in the gap between the first row's `$` and the digits of the
    amount column (a long note reference in the label): it is the statement's row, and
    the row right under it is the statement's too."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    label_x = 96.0
    label_x1 = label_x + _width(LONG_SECTION_LABEL, font, size)
    assert label_x1 - label_x > 0.45 * A4_W, "the label must be as wide as a paragraph line"
    # the first amount column: its widest number starts 8 pt right of the label's end,
    # the `$` of the first row 2 pt right of that end
    right_a = label_x1 + 8 + _width("211,210", font, size)
    rights = (right_a, right_a + 90)
    c.drawRightString(rights[1], A4_H - 60, "政宇實業股份有限公司")
    c.drawRightString(rights[1], A4_H - 76, "合併綜合損益表")
    c.drawRightString(rights[1], A4_H - 92, LONG_SECTION_UNIT)
    y = A4_H - 116
    _draw_row(c, y, label_x, "", rights, LONG_SECTION_PERIODS)

    def row(code: str, label: str, cells: Sequence[str]) -> None:
        c.drawString(60, y, code)
        c.drawString(label_x, y, label)
        for right, cell in zip(rights, cells, strict=True):
            if cell.startswith("$ "):
                c.drawString(label_x1 + 2, y, "$")
                cell = cell[2:]
            c.drawRightString(right, y, cell)

    for code, label, *cells in LONG_SECTION_ABOVE:
        y -= 16
        row(code, label, cells)
    y -= 16
    c.drawString(label_x, y, LONG_SECTION_LABEL)
    for code, label, *cells in LONG_SECTION_BELOW:
        y -= 16
        row(code, label, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併綜合損益表"])


__all__ += [
    "LONG_SECTION_ABOVE",
    "LONG_SECTION_BELOW",
    "LONG_SECTION_LABEL",
    "LONG_SECTION_PERIODS",
    "LONG_SECTION_UNIT",
    "make_section_label_statement_pdf",
]


# ------------------------------------------------------ a line of note marks under a schedule row

MARKS_HEAD = ("投資公司名稱", "子公司名稱", "113.3.31", "112.12.31", "112.3.31")
MARKS_ROWS = (
    ("本公司", "宏嶼控股有限公司", "100%", "100%", "100%"),
    ("本公司", "瀚川國際有限公司", "100%", "100%", "100%"),
    ("宏嶼控股", "宏嶼貿易有限公司", "80%", "80%", "60%"),
    ("宏嶼控股", "宏嶼印刷有限公司", "100%", "100%", "100%"),
    ("瀚川國際", "瀚川科技有限公司", "-%", "-%", "100%"),
    ("瀚川國際", "瀚川包裝有限公司", "100%", "100%", "100%"),
)
# under row 2 (its share columns 1 and 3), a mark each, as a line of its own
MARKS_UNDER = 2
MARKS = ("(註1)", "", "(註1)")


def make_mark_line_schedule_pdf(path: str | Path) -> PdfFixture:
    """An unruled subsidiaries schedule, three rows, then a line of nothing but note marks
    under two of a row's share cells, then three rows more: the marks are the row's, no
    column names of a second table."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(70, A4_H - 80, "1.列入合併財務報告之子公司")
    lefts = (72.0, 160.0)
    rights = (400.0, 460.0, 520.0)
    y = A4_H - 110
    for x, name in zip(lefts, MARKS_HEAD[:2], strict=True):
        c.drawString(x, y, name)
    _draw_row(c, y, 0, "", rights, MARKS_HEAD[2:])
    for k, row in enumerate(MARKS_ROWS):
        y -= 16
        for x, text in zip(lefts, row[:2], strict=True):
            c.drawString(x, y, text)
        _draw_row(c, y, 0, "", rights, row[2:])
        if k == MARKS_UNDER:
            y -= 13
            _draw_row(c, y, 0, "", rights, MARKS)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["1.列入合併財務報告之子公司"])


__all__ += ["MARKS", "MARKS_HEAD", "MARKS_ROWS", "MARKS_UNDER", "make_mark_line_schedule_pdf"]


# ----------------------------------------------- one row under its label column's name and periods

STUB_PERIODS_HEAD = ("關係人類別", "114年度", "113年度")
STUB_PERIODS_ROW = ("其他關係人", "$ 3,120", "$ -")


def make_stub_named_one_row_pdf(path: str | Path) -> PdfFixture:
    """A notes table of one row (``其他關係人 $ 3,120 $ -``) under a header that names
    the label column before its two periods (``關係人類別 114年度 113年度``), under two
    lines of a list of names: the header is that one line, the row a table of its own."""
    path = Path(path)
    c, y = _notes_page(path, 10.0, "(一) 關係人名稱及其關係")
    for name, relation in (("寬和國際有限公司", "其他關係人"), ("寬和基金會", "其他關係人")):
        y -= 16
        c.drawString(110, y, name)
        c.drawString(300, y, relation)
    y -= 28
    c.drawString(90, y, "(二) 進貨")
    rights = (380.0, 480.0)
    y -= 20
    _draw_row(c, y, 110, STUB_PERIODS_HEAD[0], rights, STUB_PERIODS_HEAD[1:])
    y -= 16
    _draw_row(c, y, 110, STUB_PERIODS_ROW[0], rights, STUB_PERIODS_ROW[1:])
    y -= 30
    c.drawString(110, y, "向關係人進貨之價格與一般廠商相同。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(一) 關係人名稱及其關係"])


__all__ += ["STUB_PERIODS_HEAD", "STUB_PERIODS_ROW", "make_stub_named_one_row_pdf"]


# ------------------------------------- spaced column names around a solid one (an ageing header)

AGEING_SPACED_HEAD = ("未逾期", "逾期1～30天", "合計")
AGEING_SPACED_ROWS = (
    ("總帳面金額", "$ 18,240", "$ 1,115", "$ 19,355"),
    ("備抵損失", "-", "(12)", "(12)"),
    ("攤銷後成本", "$ 18,240", "$ 1,103", "$ 19,343"),
)


def make_spaced_ends_header_pdf(path: str | Path) -> PdfFixture:
    """An ageing table at 12 pt whose first and last column names are letter-spaced over
    their columns (``未　　逾　　期``, ``合　　　　計``) and whose middle one is set nearly
    solid (``逾期1～30天``, glyphs 2.7 pt apart): the spaced names' inner glyphs stand
    9 and 7 pt from the solid name, under a phrase gap, so the line's gaps alone read
    ``期逾期 1 ～ 3 0 天合``."""
    path = Path(path)
    size = 12.0
    c, font = _cjk_page(path, size)
    c.drawString(110, A4_H - 90, "應收帳款之備抵損失如下：")
    y = A4_H - 120

    def glyphs(x: float, text: str, step: float) -> float:
        for ch in text:
            c.drawString(x, y, ch)
            x += _width(ch, font, size) + step
        return x - step

    for ch, x in (("未", 266.6), ("逾", 299.9), ("期", 336.9)):
        c.drawString(x, y, ch)
    end = glyphs(358.2, AGEING_SPACED_HEAD[1], 2.7)
    c.drawString(end + 7.0, y, "合")
    c.drawString(506.0, y, "計")
    rights = (331.8, 425.3, 518.9)
    for label, *cells in AGEING_SPACED_ROWS:
        y -= 16
        c.drawString(110, y, label)
        for right, cell in zip(rights, cells, strict=True):
            if cell.startswith("$ "):
                c.drawString(right - 48.2, y, "$")
                cell = cell[2:]
            c.drawRightString(right, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["應收帳款之備抵損失如下："])


__all__ += ["AGEING_SPACED_HEAD", "AGEING_SPACED_ROWS", "make_spaced_ends_header_pdf"]


# A deck's diagrams whose words are no table (round tables20): a pie's labels over their
# shares, a map's bubbles (a share over a region), a timeline's years and bands along a
# curve, a flow diagram's phases over boxes joined by arrows. Positions as an IR deck
# sets them on a 720×540 slide (tops from the page's top); the words are ours.
PIE_SLICES: tuple[tuple[str, float], ...] = (
    ("晶圓代工", 58.4),
    ("封裝測試", 23.1),
    ("記憶體", 13.2),
    ("其他", 5.3),
)
# Where each slice's name stands (centre x, top) on the left pie; the right pie's shares.
PIE_LABELS: tuple[tuple[float, float], ...] = ((286, 321), (121, 352), (121, 225), (187, 190))
PIE_RIGHT: tuple[tuple[float, float, float], ...] = (
    (586, 332, 57.3),
    (433, 329, 24.0),
    (437, 225, 14.1),
    (512, 193, 4.6),
)
MAP_BUBBLES: tuple[tuple[str, str, float, float], ...] = (
    # value, label, centre x, the value's top
    ("12%", "北歐", 386.0, 156.0),
    ("6%", "東亞", 602.0, 174.0),
    ("9%", "內陸", 494.0, 194.0),
    ("14%", "南美", 147.0, 252.0),
    ("55%", "本國", 579.0, 267.0),
    ("4%", "中東非", 433.0, 276.0),
)
# (text, left, top, size): a timeline's years in circles along a rising curve, the band
# each year reached beside it, a text box right of it, two notes under its end.
TIMELINE_WORDS: tuple[tuple[str, float, float, float], ...] = (
    ("指數公司 2023.7.18 公告", 430, 86, 18),
    ("2014", 299, 109, 13.2),
    ("「治理評鑑」成分股定期", 430, 108, 18),
    ("2015", 299, 126, 13.2),
    ("2016", 239, 131, 13.2),
    ("審核結果，本公司首次入選", 430, 129, 18),
    ("46%以上", 330, 148, 14),
    ("成分股之列", 430, 151, 18),
    ("2017", 178, 159, 13.2),
    ("2018", 178, 176, 13.2),
    ("31%~45%", 265, 172, 13.2),
    ("16%~30%", 222, 199, 13.2),
    ("2019", 140, 217, 13.2),
    ("4%~15%", 198, 227, 13.2),
    ("前3%", 224, 255, 13.2),
    ("前3%", 285, 269, 13.2),
    ("4%~15%", 364, 277, 13.2),
    ("前3%", 456, 275, 13.2),
    ("2020", 154, 284, 22.5),
    ("資本額20~50億", 27, 326, 16),
    ("2021", 239, 328, 22.5),
    ("非電子類", 27, 345, 16),
    ("2022", 357, 343, 22.5),
    ("2023", 483, 345, 22.5),
    ("前3%", 27, 364, 16),
    ("資本額50億元以上", 316, 435, 16),
    ("非電子類", 316, 454, 16),
    ("前8%(最佳級距)", 316, 473, 16),
)
FLOW_PHASES: tuple[tuple[str, str, str], ...] = (
    ("2011-2014 年", "線上商城", ""),
    ("2015-2018年", "行動支付", "(1800E)"),
    ("2019-2022年", "跨境平台", "( 3兆)"),
)
FLOW_STEPS = ("選品", "下單", "配送", "售後")
# A slide's table with one value a row, all in one column: a table still.
ONE_COLUMN_HEADER = ("地區", "營收比重")
ONE_COLUMN_ROWS: tuple[tuple[str, str], ...] = (
    ("北歐", "12%"),
    ("東亞", "6%"),
    ("內陸", "9%"),
    ("南美", "14%"),
    ("本國", "55%"),
)
DIAGRAM_TITLES = ("產品營收比重", "地區別銷售比重", "公司治理評鑑", "經營定位", "地區營收比重")


def _top_string(c: Any, x: float, top: float, size: float, text: str, h: float) -> None:
    """``text`` set at ``size`` with its em box's top ``top`` points from the page's top."""
    c.setFontSize(size)
    c.drawString(x, h - top - 0.88 * size, text)


def make_diagram_slides_pdf(path: str | Path) -> PdfFixture:
    """Five slides, 720×540. 1: two pies side by side, each slice's name over its share,
    their plot areas two boxes laid across each other. 2: a map's bubbles, a share over
    each region's name, scattered so that bubbles share lines by chance. 3: a timeline of
    years in circles along a curve, the band reached each year beside it. 4: a flow
    diagram, phases (year ranges) over three boxes joined by arrows, steps in small boxes
    under the first. 5: a table of one share a row, all in one column (a table)."""
    path = Path(path)
    font = _register_cjk()
    w, h = 720.0, 540.0
    c = _canvas(path, pagesize=(w, h))

    def title(text: str) -> None:
        c.setFont(font, 32)
        c.drawCentredString(w / 2, h - 60, text)
        c.setFont(font, 14)

    # 1: pies
    title(DIAGRAM_TITLES[0])
    c.setLineWidth(0.75)
    c.setStrokeColorRGB(1, 1, 1)
    c.rect(-14.2, h - 502.5, 442.6, 345.9, stroke=1, fill=0)  # the plot areas
    c.rect(314.6, h - 489.2, 419.6, 344.8, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)
    for cx, shares in ((207.0, [v for _, v in PIE_SLICES]), (524.0, [v for *_, v in PIE_RIGHT])):
        cy, r, angle = h - 327.0, 137.0, 90.0
        for k, part in enumerate(shares):
            c.setFillColorRGB(0.3 + 0.15 * k, 0.6, 0.3 + 0.1 * k)
            c.wedge(cx - r, cy - r, cx + r, cy + r, angle, -3.6 * part, stroke=1, fill=1)
            angle -= 3.6 * part
        c.line(cx, cy, cx, cy + r)
    c.setFillColorRGB(0, 0, 0)
    right = [(x, top) for x, top, _ in PIE_RIGHT]
    for spots, shares in (
        (PIE_LABELS, [v for _, v in PIE_SLICES]),
        (right, [v for *_, v in PIE_RIGHT]),
    ):
        for (x, top), (name, _), part in zip(spots, PIE_SLICES, shares, strict=True):
            c.drawCentredString(x, h - top - 12, name)
            c.drawCentredString(x, h - top - 32, f"{part:.1f}%")
    c.showPage()
    # 2: a map's bubbles
    title(DIAGRAM_TITLES[1])
    for value, label, x, top in MAP_BUBBLES:
        c.circle(x, h - top - 12, 34, stroke=1, fill=0)
        c.setFontSize(15)
        c.drawCentredString(x, h - top - 13, value)
        c.setFontSize(16)
        c.drawCentredString(x, h - top - 31, label)
    c.setFontSize(11)
    c.drawRightString(677, h - 476, "2")
    c.showPage()
    # 3: a timeline
    title(DIAGRAM_TITLES[2])
    path_ = c.beginPath()
    path_.moveTo(120, h - 420)
    path_.curveTo(160, h - 200, 320, h - 110, 560, h - 120)
    c.drawPath(path_, stroke=1, fill=0)
    for text, x, top, size in TIMELINE_WORDS:
        _top_string(c, x, top, size, text, h)
    c.setFontSize(11)
    c.drawRightString(677, h - 476, "3")
    c.showPage()
    # 4: a flow diagram
    title(DIAGRAM_TITLES[3])
    c.setFontSize(14)
    lefts = (102.5, 303.7, 496.2)
    box_w, top, bottom = 143.7, h - 257.1, h - 360.8
    for (phase, name, note), x in zip(FLOW_PHASES, lefts, strict=True):
        c.setFontSize(14)
        c.drawCentredString(x + box_w / 2, top + 8, phase)
        c.rect(x, bottom, box_w, top - bottom, stroke=1, fill=0)
        c.setFontSize(18)
        c.drawCentredString(x + box_w / 2, (top + bottom) / 2 + 2, name)
        if note:
            c.setFontSize(9)
            c.drawCentredString(x + box_w / 2, (top + bottom) / 2 - 14, note)
    for x in (lefts[0] + box_w + 6, lefts[1] + box_w + 6):  # arrows between the boxes
        arrow = c.beginPath()
        arrow.moveTo(x, h - 300)
        arrow.lineTo(x + 34, h - 300)
        arrow.lineTo(x + 34, h - 292)
        arrow.lineTo(x + 48, h - 308)
        arrow.lineTo(x + 34, h - 324)
        arrow.lineTo(x + 34, h - 316)
        arrow.lineTo(x, h - 316)
        arrow.close()
        c.drawPath(arrow, stroke=1, fill=0)
    c.setFontSize(12)
    for k, step in enumerate(FLOW_STEPS):
        x = 35.2 + 65.0 * k
        c.rect(x, h - 401.3, 60.7, 34.6, stroke=1, fill=0)
        c.drawCentredString(x + 30, h - 388, step)
    c.showPage()
    # 5: a table of one value a row
    title(DIAGRAM_TITLES[4])
    c.setFontSize(16)
    c.drawString(200, h - 150, ONE_COLUMN_HEADER[0])
    c.drawRightString(480, h - 150, ONE_COLUMN_HEADER[1])
    for k, (name, share) in enumerate(ONE_COLUMN_ROWS):
        c.drawString(200, h - 180 - 26 * k, name)
        c.drawRightString(480, h - 180 - 26 * k, share)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=list(DIAGRAM_TITLES))


__all__ += [
    "DIAGRAM_TITLES",
    "FLOW_PHASES",
    "MAP_BUBBLES",
    "ONE_COLUMN_ROWS",
    "PIE_LABELS",
    "PIE_RIGHT",
    "PIE_SLICES",
    "TIMELINE_WORDS",
    "make_diagram_slides_pdf",
]


# Label, amount: a five-year summary whose labels are spread over the label column
# (annual reports' condensed statements), then a row of cells each holding one mark.
SPREAD_LABEL_ROWS: tuple[tuple[str, str], ...] = (
    ("營業成本", "68,695,725"),
    ("營業毛利", "11,335,463"),
    ("本期純益", "6,322,555"),
    ("流動負債", "1,260,258"),
)
SPREAD_MARK_ROW = ("無", "無", "無", "928,997")


def make_spread_labels_pdf(path: str | Path) -> PdfFixture:
    """Spread labels right before their amounts: each label's glyphs at one even gap of
    1.4 em over its column, the amount only a little further off (1.8 em), as a
    condensed statement sets them; every engine reads ``營 業 成 本``. A last row holds
    the same mark in three narrow columns, then a number (``無 無 無 928,997``: three
    cells).
    ``pages`` holds the lines as a reader writes them."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    size = BODY_SIZE
    pitch = 2.4 * size  # origin to origin: the em plus a 1.4 em gap
    y = TOP_Y - 20
    lines = []
    for label, amount in SPREAD_LABEL_ROWS:
        c.setFont(font, size)
        _pitched_string(c, MARGIN_X, y, label, pitch)
        end = MARGIN_X + pitch * (len(label) - 1) + size
        c.setFont(LATIN, size)
        c.drawString(end + 1.8 * size, y, amount)
        lines.append(f"{label} {amount}")
        y -= 22
    c.setFont(font, size)
    _pitched_string(c, MARGIN_X, y, "".join(SPREAD_MARK_ROW[:3]), pitch)
    c.setFont(LATIN, size)
    c.drawString(MARGIN_X + 2 * pitch + size + 1.8 * size, y, SPREAD_MARK_ROW[3])
    lines.append(" ".join(SPREAD_MARK_ROW))
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["\n".join(lines)])


__all__ += ["SPREAD_LABEL_ROWS", "SPREAD_MARK_ROW", "make_spread_labels_pdf"]


# A statement's two-line column names, each (upper line, lower line) of one column, left
# to right: the lower line's short labels padded with typed ideographic spaces (U+3000) to
# the width of the name above them (``未分配`` over ``盈　餘``), as typists align them.
# The cells stand 1.3 em apart, as on a condensed statement: too near for the spread-cell
# rule to tell a padded label from two one-glyph cells by its gaps alone.
PADDED_HEADER: tuple[tuple[str, str], ...] = (
    ("普通股", "股\u3000本"),
    ("", "資本公積"),
    ("未分配", "盈\u3000餘"),
    ("換算之兌換", "差\u3000\u3000\u3000額"),
    ("", "權益總計"),
)
PADDED_GAP = 1.3  # ems between two cells of the lower line
PADDED_ROW = ("餘額", "666,019", "146,895", "783,040", "(81,690)", "1,514,264")


def make_padded_header_pdf(path: str | Path, turn: int = 0) -> PdfFixture:
    """An equity statement's header whose short labels are padded to their column's width
    with typed ideographic spaces (``盈　餘`` under ``未分配``, ``差　　　額`` under
    ``換算之兌換``; 8481's equity statement, printed a quarter turn), over one row of
    amounts. ``turn`` 0 prints it upright, 1 or -1 a quarter turn on a portrait page.
    ``pages`` holds the lines as a reader writes them (the padding left out)."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    size = 10.0
    if turn:
        c.saveState()
        if turn > 0:
            c.translate(A4_W - 80, A4_H - 60)
            c.rotate(-90)
        else:
            c.translate(80, 60)
            c.rotate(90)
        x0, y = 0.0, -20.0
    else:
        x0, y = 40.0, A4_H - 80
    centres = []
    right = x0 + 40
    for _, label in PADDED_HEADER:
        half = len(label) * size / 2
        centres.append(right + PADDED_GAP * size + half)
        right = centres[-1] + half
    c.setFont(font, size)
    for line in (0, 1):
        for cx, names in zip(centres, PADDED_HEADER, strict=True):
            if names[line]:
                c.drawCentredString(cx, y, names[line])
        y -= 14
    y -= 6
    c.drawString(x0, y, PADDED_ROW[0])
    c.setFont(LATIN, size)
    for cx, (_, label), amount in zip(centres, PADDED_HEADER, PADDED_ROW[1:], strict=True):
        c.drawRightString(cx + len(label) * size / 2, y, amount)
    if turn:
        c.restoreState()
    c.showPage()
    _save(c)
    lines = [
        " ".join(n[0] for n in PADDED_HEADER if n[0]),
        " ".join(n[1].replace("\u3000", "") for n in PADDED_HEADER),
        " ".join(PADDED_ROW),
    ]
    return PdfFixture(path=path, pages=["\n".join(lines)])


__all__ += ["PADDED_GAP", "PADDED_HEADER", "PADDED_ROW", "make_padded_header_pdf"]


# A roster of words only: titles, names, genders, careers; no amount, no date.
ROSTER_ROWS: tuple[tuple[str, ...], ...] = (
    ("職稱", "姓名", "性別", "主要經歷"),
    ("董事長", "王大明", "男", "台灣大學材料科學博士"),
    ("獨立董事", "陳小華", "女", "美國紐約州律師"),
    ("總經理", "林志明", "男", "交通大學電機碩士"),
)
ROSTER_COLUMNS = (0.0, 70.0, 140.0, 190.0, 400.0)


def make_turned_words_table_pdf(path: str | Path, turn: int = 1) -> PdfFixture:
    """A ruled roster of words only (6121's director and manager rosters, its integrity
    self-assessment of 是 / 否 / 說明), printed a quarter turn (``turn`` 1 or -1) or, with
    ``turn`` 0, upright. ``extra["rows"]`` holds the cells as read upright."""
    path = Path(path)
    if turn:
        c = _turned_portrait(path, turn)
    else:
        c = _titled_portrait(path, TURNED_HEADING, 14, 10.0)
        c.saveState()
        c.translate(80, A4_H - 100)
    _draw_ruled_rows(c, ROSTER_COLUMNS, ROSTER_ROWS)
    c.restoreState()
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[TURNED_HEADING], extra={"rows": ROSTER_ROWS})


__all__ += ["ROSTER_COLUMNS", "ROSTER_ROWS", "make_turned_words_table_pdf"]


# A self-assessment of an annual report's governance part (6121's and 8433's integrity
# and governance tables): a group name over three columns in a ruled header band of two
# rows, the outer columns' names each standing in one cell as tall as the band.
ASSESSMENT_HEAD = (
    ("評估項目", "運作情形", "", "", "差異情形及原因"),
    ("", "是", "否", "摘要說明", ""),
)
ASSESSMENT_BODY = (
    ("公司是否訂定誠信經營政策", "V", "", "本公司已訂定誠信經營守則", "無重大差異"),
    ("公司是否設置檢舉管道", "V", "", "本公司設有檢舉信箱", "無重大差異"),
    ("公司是否揭露誠信經營資訊", "", "V", "將於網站揭露相關資訊", "尚未揭露"),
)
ASSESSMENT_COLUMNS = (0.0, 150.0, 180.0, 210.0, 390.0, 480.0)


def make_turned_assessment_pdf(
    path: str | Path, turn: int = 1, side_gap: float = 0.0
) -> PdfFixture:
    """``ASSESSMENT_HEAD`` over ``ASSESSMENT_BODY`` as one ruled grid printed a quarter
    turn (``turn`` 1 or -1): the rule under the group name runs only over its three
    columns, and the column rules between them start under it. With ``side_gap``, the
    group's side rules start that far under the top rule (8433's self-assessments: over 3 pt,
    past the table finder's tolerance, so it reads the whole header band as one cell
    holding the others). ``extra`` holds the column names a reader gives each column and
    the body rows."""
    path = Path(path)
    c = _turned_portrait(path, turn)
    xs = ASSESSMENT_COLUMNS
    c.setLineWidth(0.5)
    c.line(xs[0], 0, xs[-1], 0)
    c.line(xs[1], -20, xs[4], -20)
    c.drawString(xs[0] + 4, -24, ASSESSMENT_HEAD[0][0])
    c.drawString((xs[1] + xs[4]) / 2 - 20, -14, ASSESSMENT_HEAD[0][1])
    c.drawString(xs[4] + 4, -24, ASSESSMENT_HEAD[0][4])
    for x, text in zip(xs[1:4], ASSESSMENT_HEAD[1][1:4], strict=True):
        c.drawString(x + 4, -34, text)
    y = -40.0
    c.line(xs[0], y, xs[-1], y)
    for row in ASSESSMENT_BODY:
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, y - 14, text)
        y -= 20
        c.line(xs[0], y, xs[-1], y)
    for k, x in enumerate(xs):
        c.line(x, -20 if k in (2, 3) else -side_gap if k in (1, 4) else 0, x, y)
    c.restoreState()
    c.showPage()
    _save(c)
    names = ["評估項目", "運作情形 / 是", "運作情形 / 否", "運作情形 / 摘要說明", "差異情形及原因"]
    return PdfFixture(
        path=path, pages=[TURNED_HEADING], extra={"columns": names, "rows": ASSESSMENT_BODY}
    )


__all__ += ["ASSESSMENT_BODY", "ASSESSMENT_HEAD", "make_turned_assessment_pdf"]


# A roster whose cells wrap in narrow columns (6121's manager roster: ``總經理`` over two
# lines beside ``中華民國`` over two, and an experience cell listing one post a line, a
# post longer than the column wrapping to the next): each cell's lines, and the cell as a
# reader takes it (wrapped lines run on; a line ending short of the cell's side ends an
# item of the list, set apart by U+3000).
WRAPPED_ROSTER_ROWS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("職稱",), ("國籍",), ("姓名",), ("主要經歷",)),
    (("總經", "理"), ("中華", "民國"), ("王大明",), ("台灣大學電機", "系學士", "宏達電子經理")),
    (("執行", "副總"), ("中華", "民國"), ("陳小華",), ("政治大學企研", "所碩士")),
    # a post as long as the column is wide fills its line and still ends there: the
    # column's short post ends as it does (董事長)
    (("董事",), ("中華", "民國"), ("林志成",), ("宏達電董事長", "華董事長", "光華電子顧問")),
)
WRAPPED_ROSTER_CELLS: tuple[tuple[str, ...], ...] = (
    ("職稱", "國籍", "姓名", "主要經歷"),
    ("總經理", "中華民國", "王大明", "台灣大學電機系學士\u3000宏達電子經理"),
    ("執行副總", "中華民國", "陳小華", "政治大學企研所碩士"),
    ("董事", "中華民國", "林志成", "宏達電董事長\u3000華董事長\u3000光華電子顧問"),
)
WRAPPED_ROSTER_COLUMNS = (0.0, 28.0, 56.0, 100.0, 170.0)


def make_turned_wrapped_roster_pdf(path: str | Path, turn: int = 1) -> PdfFixture:
    """``WRAPPED_ROSTER_ROWS`` as a ruled grid printed a quarter turn (``turn`` 1 or -1)
    or upright (0), each cell's lines set 12 points apart in a row as tall as its
    tallest cell. ``extra["rows"]`` holds each row's cells as a reader takes them
    (``WRAPPED_ROSTER_CELLS``)."""
    path = Path(path)
    if turn:
        c = _turned_portrait(path, turn)
    else:
        c = _titled_portrait(path, TURNED_HEADING, 14, 10.0)
        c.saveState()
        c.translate(80, A4_H - 100)
    xs = WRAPPED_ROSTER_COLUMNS
    c.setLineWidth(0.5)
    y = 0.0
    c.line(xs[0], y, xs[-1], y)
    for row in WRAPPED_ROSTER_ROWS:
        for x, lines in zip(xs, row, strict=False):
            for k, line in enumerate(lines):
                c.drawString(x + 4, y - 13 - 12 * k, line)
        y -= 8 + 12 * max(len(lines) for lines in row)
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, 0, x, y)
    c.restoreState()
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[TURNED_HEADING], extra={"rows": WRAPPED_ROSTER_CELLS})


__all__ += [
    "WRAPPED_ROSTER_CELLS",
    "WRAPPED_ROSTER_COLUMNS",
    "WRAPPED_ROSTER_ROWS",
    "make_turned_wrapped_roster_pdf",
]


# An old-GAAP balance sheet (the 雷科 101 Q3 report) whose 基金及投資 is one line with no
# 合計 and whose ``成本及重估增值`` sums the cost lines above it and ``固定資產淨額`` nets
# it with the depreciation and the construction in progress, neither named a total.
UNCODED_ASSETS: tuple[tuple[str, str, str], ...] = (
    ("流動資產", "", ""),
    ("現金及約當現金", "$ 1,409,208", "$ 1,112,042"),
    ("應收帳款淨額", "980,376", "892,261"),
    ("存貨", "591,935", "527,584"),
    ("流動資產合計", "2,981,519", "2,531,887"),
    ("基金及投資", "", ""),
    ("以成本衡量之金融資產–非流動", "71,343", "57,244"),
    ("固定資產", "", ""),
    ("土地", "32,585", "32,585"),
    ("房屋及建築", "139,569", "140,358"),
    ("機器設備", "272,726", "278,089"),
    ("成本及重估增值", "444,880", "451,032"),
    ("減：累計折舊", "(230,735 )", "(242,170 )"),
    ("未完工程及預付設備款", "11,456", "10,312"),
    ("固定資產淨額", "225,601", "219,174"),
    ("無形資產", "", ""),
    ("商譽", "160,811", "154,638"),
    ("遞延退休金成本", "225", "209"),
    ("無形資產合計", "161,036", "154,847"),
    ("資產總計", "$ 3,439,499", "$ 2,963,152"),
)


def make_uncoded_balance_sheet_pdf(path: str | Path) -> PdfFixture:
    """A balance sheet's assets side with unnamed subtotals (``成本及重估增值``,
    ``固定資產淨額``) under the rows they add and no code to tie them: its 資產總計 adds
    each subtotal in place of its rows."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    y = _statement_heading(
        c,
        A4_H - 70,
        "範例股份有限公司及子公司",
        "合併資產負債表",
        "民國 101 年及 100 年 9 月 30 日",
        "單位：新台幣仟元",
        step=16,
        gap=18,
        right=530,
    )
    y -= 18
    xs = (420.0, 520.0)
    _draw_row(c, y, 80, "資產", xs, ("101年9月30日", "100年9月30日"))
    for label, *amounts in UNCODED_ASSETS:
        y -= 16
        _draw_row(c, y, 90 if amounts[0] else 80, label, xs, amounts)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併資產負債表"])


__all__ += ["UNCODED_ASSETS", "make_uncoded_balance_sheet_pdf"]


# Schedules at the end of a filing whose notes' unit note is a scanned image (雷科 109 Q3):
# each states its unit on a line of its own above it, the notes tables state none.
SCHEDULE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("雷科電子材料", "$ 43,200", "$ 41,900"),
    ("普雷貿易", "12,050", "11,780"),
)


def make_schedules_unit_pdf(
    path: str | Path,
    units: Sequence[str] = ("附表一 單位：新台幣仟元", "附表二 單位：新台幣仟元"),
    notes_title: str = "合併財務報告附註",
) -> PdfFixture:
    """A filing whose notes' unit note cannot be read (nothing on page 1 but the notes'
    title ``notes_title``): page 2 holds a notes table with no unit, pages 3 and 4 a
    schedule each under its own unit line (``units``)."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (420.0, 510.0)
    c.drawCentredString(A4_W / 2, A4_H - 60, "範例股份有限公司及子公司")
    c.drawCentredString(A4_W / 2, A4_H - 76, notes_title)
    c.drawString(90, A4_H - 120, "一、公司沿革")
    c.drawString(100, A4_H - 140, "本公司於民國八十九年設立，主要營業項目為電子材料之製造及銷售。")
    c.showPage()
    pages = ["一、公司沿革"]
    blocks: list[tuple[str | None, str]] = [(None, "(一)現金及約當現金"), *((u, "") for u in units)]
    for number, (unit, heading) in enumerate(blocks, start=2):
        c.setFont(font, size)
        y = A4_H - 80
        if heading:
            c.drawString(90, y, heading)
            y -= 20
        if unit is not None:
            c.drawString(90, y, unit)
            y -= 20
        _draw_row(c, y, 100, "", xs, ("109.9.30", "108.12.31"))
        for label, *cells in SCHEDULE_ROWS:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
        c.showPage()
        pages.append(str(number))
    _save(c)
    return PdfFixture(path=path, pages=pages)


__all__ += ["SCHEDULE_ROWS", "make_schedules_unit_pdf"]


# A statement's page carried over (金洲 115 Q1 綜合損益表, page 6): rows of an account code
# and a label wrapped over lines with no amount yet, the amounts only on each label's last
# line, under a ruled header of 金額 ％ per period.
CARRIED_OCI_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("", "其他綜合損益（附註二十及", ()),
    ("", "  二三）", ()),
    ("8310", "不重分類至損益之項目", ()),
    ("8316", "透過其他綜合損益", ()),
    ("", "按公允價值衡量", ()),
    ("", "未實現評價損益", ("$ -", "-", "($ 1,566)", "-")),
    ("8360", "後續可能重分類至損益", ()),
    ("", "之項目", ()),
    ("8361", "國外營運機構財務", ()),
    ("", "報表換算之兌換差額", ("73,138", "11", "34,889", "5")),
    ("8300", "本期其他綜合損益", ("73,138", "11", "33,323", "5")),
    ("8500", "本期綜合損益總額", ("$138,956", "20", "$133,996", "17")),
)


def make_carried_statement_pdf(path: str | Path) -> PdfFixture:
    """A statement's second page (``（承前頁）``): code-and-label lines with no amount come
    before the first amounts, under a ruled header ``代碼 金 額 ％ 金 額 ％``."""
    path = Path(path)
    size = 10.0
    c, _ = _cjk_page(path, size)
    xs = (330.0, 370.0, 470.0, 510.0)
    y = A4_H - 70
    c.drawString(60, y, "（承前頁）")
    y -= 26
    c.drawCentredString(330, y, "115 年 1 月 1 日")
    c.drawCentredString(470, y, "114 年 1 月 1 日")
    y -= 14
    c.drawCentredString(330, y, "至 3 月 31 日")
    c.drawCentredString(470, y, "至 3 月 31 日")
    y -= 16
    c.drawString(60, y, "代 碼")
    _draw_row(c, y, 0, "", xs, ("金 額", "％", "金 額", "％"))
    for x0, x1 in ((55.0, 90.0), (270.0, 335.0), (345.0, 372.0), (410.0, 475.0), (485.0, 512.0)):
        c.line(x0, y - 3, x1, y - 3)
    for code, label, cells in CARRIED_OCI_ROWS:
        y -= 16
        if code:
            c.drawString(60, y, code)
        _draw_row(c, y, 110, label, xs, cells or ("", "", "", ""))
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["（承前頁）"])


__all__ += ["CARRIED_OCI_ROWS", "make_carried_statement_pdf"]


# A carried statement page's head as pypdfium2 reads 金洲 115 Q1 p. 6 (points, top-down):
# period lines, then ``代 碼  金 額 ％  金 額 ％`` ruled per column above and below, then a
# heading justified over two lines (its glyphs spread across the label column and the
# gutter), then the first code row. Each line: top, bottom, glyphs as (x0, text).
def _spread(xs: Sequence[float], text: str) -> tuple[tuple[float, str], ...]:
    """Glyphs of ``text`` at the left edges ``xs`` (one a character)."""
    return tuple(zip(xs, text, strict=True))


CARRIED_HEAD_LINES: tuple[tuple[float, float, tuple[tuple[float, str], ...]], ...] = (
    (86.9, 98.9, _spread((70.9, 80.4, 95.1, 108.4, 126.8), "（承前頁）")),
    (
        118.2,
        131.2,
        _spread((294.1, 300.1, 306.1, 315.1, 330.1, 336.5, 354.1, 358.4), "115年1月1日")
        + _spread((433.1, 439.1, 445.1, 454.1, 469.1, 475.4, 493.1, 497.4), "114年1月1日"),
    ),
    (
        133.9,
        146.9,
        _spread((301.5, 316.5, 322.9, 340.5, 346.5, 350.8), "至3月31日")
        + _spread((440.5, 455.5, 461.9, 479.5, 485.5, 489.8), "至3月31日"),
    ),
    (
        150.0,
        162.0,
        _spread((67.8, 87.2, 269.3, 333.7, 373.9, 408.3, 472.8, 512.8), "代碼金額％金額％"),
    ),
    (
        166.1,
        178.1,
        _spread(
            (113.4, 121.9, 137.4, 144.9, 158.8, 173.4, 185.4, 191.8, 203.4, 221.4, 233.4, 242.2),
            "其他綜合損益（附註二十及",
        ),
    ),
    (181.7, 193.7, _spread((125.4, 137.4, 149.4), "二三）")),
    (
        197.3,
        209.3,
        _spread((70.9, 76.9, 82.9, 88.9), "8310")
        + _spread((137.0, 149.4, 161.4, 173.4, 185.4), "不重分類之"),
    ),
)
CARRIED_HEAD_RULES: tuple[tuple[float, float, float], ...] = (
    (148.0, 268.0, 353.0),
    (148.0, 353.5, 358.8),
    (148.0, 359.2, 401.3),
    (148.0, 406.9, 492.0),
    (148.0, 492.5, 497.6),
    (148.0, 498.1, 540.2),
    (164.1, 69.5, 106.3),
    (164.1, 268.0, 353.0),
    (164.1, 358.8, 401.3),
    (164.1, 406.9, 492.0),
    (164.1, 497.6, 540.2),
)


def carried_head_geometry() -> Any:
    """The page geometry (``pipeline.pdftables.PageGeometry``) of ``CARRIED_HEAD_LINES``
    and ``CARRIED_HEAD_RULES`` on an A4 page: glyphs 12 points, digits half as wide."""
    from pipeline.pdftables import PageGeometry

    geom = PageGeometry(595.0, 842.0)
    for top, bottom, glyphs in CARRIED_HEAD_LINES:
        for x0, ch in glyphs:
            w = 6.0 if ch.isascii() else 12.0
            geom.chars.append(
                {"text": ch, "x0": x0, "x1": x0 + w, "top": top, "bottom": bottom, "size": 12.0}
            )
    for y, x0, x1 in CARRIED_HEAD_RULES:
        geom.edges.append(
            {
                "x0": x0,
                "x1": x1,
                "top": y,
                "bottom": y,
                "width": x1 - x0,
                "height": 0.0,
                "orientation": "h",
                "object_type": "line",
            }
        )
    return geom


__all__ += ["CARRIED_HEAD_LINES", "CARRIED_HEAD_RULES", "carried_head_geometry"]


# A financial holding company's notes (富邦金 113 Q1): a deduction printed positive under
# 減： (and the allowance line under it) taken off the 小計 above, and a heading row over
# the indented parts it adds (強制透過損益… over 債務證券 and 衍生工具), no 小計 under them.
DEDUCTED_ROWS: tuple[tuple[str, str, str], ...] = (
    ("分離帳戶保險商品", "$ 47,722", "$ 47,107"),
    ("客戶保證金專戶", "2,744", "2,674"),
    ("非屬約當現金之存款", "2,362", "1,879"),
    ("小計", "52,828", "51,660"),
    ("減：抵繳保證金－其他", "245", "243"),
    ("備抵呆帳", "407", "332"),
    ("合計", "$ 52,176", "$ 51,085"),
)
HEADED_PARTS_ROWS: tuple[tuple[str, str, str], ...] = (
    ("現金及約當現金", "$ 3,890", "$ 67"),
    ("強制透過損益按公允價值衡量之金融資產", "1,033", "329"),
    ("  債務證券", "879", "329"),
    ("  衍生工具", "154", "-"),
    ("其他流動資產", "186", "96"),
    ("合計", "$ 5,109", "$ 492"),
)


# An insurer's claims development table: under each accident year, 小計 is the estimate
# less the claims paid (the two rows right above it), never their sum.
CLAIMS_ROWS: tuple[tuple[str, str, str], ...] = (
    ("事故年底", "42,166", "10,784"),
    ("第一年度", "39,087", "-"),
    ("累積理賠估計金額", "39,087", "10,784"),
    ("累積理賠金額", "25,947", "1,009"),
    ("小計", "13,140", "9,775"),
)


def make_bank_note_pdf(
    path: str | Path,
    rows: Sequence[tuple[str, str, str]] = DEDUCTED_ROWS,
    heading: str = "(十二)其他金融資產",
    header: tuple[str, str] = ("113.3.31", "112.12.31"),
) -> PdfFixture:
    """One notes table of a bank's report under ``heading`` and a 仟元 unit line: a label
    stub (two leading spaces indent a part) and two amount columns named ``header``."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    xs = (420.0, 510.0)
    y = A4_H - 80
    c.drawString(90, y, heading)
    c.drawRightString(510, y - 20, "單位：新台幣仟元")
    y -= 40
    _draw_row(c, y, 100, "", xs, header)
    for label, *cells in rows:
        y -= 16
        indent = 10 if label.startswith("  ") else 0
        _draw_row(c, y, 100 + indent, label.strip(), xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[heading])


__all__ += ["CLAIMS_ROWS", "DEDUCTED_ROWS", "HEADED_PARTS_ROWS", "make_bank_note_pdf"]


# A bank's offsetting note (富邦金 113 Q1 p. 275): a grid whose heading reads
# 未於資產負債表 (its columns' 未於資產負債表互抵之相關金額) under a unit line of its own,
# 港幣千元; the notes after it still take the report's unit note, 新台幣千元.
OFFSET_UNIT_NOTE = "(除另有註明者外，所有金額均以新台幣千元為單位)"


def make_offset_note_unit_pdf(path: str | Path, heading: str = "未於資產負債表") -> PdfFixture:
    """Three notes pages: the unit note and a table; ``heading`` over a table with its own
    unit line (港幣千元); then a table under a note heading with no unit line."""
    path = Path(path)
    c, font = _cjk_page(path, 10.0)
    xs = (420.0, 510.0)
    blocks = (
        ("合併財務報告附註", OFFSET_UNIT_NOTE, "(一)現金及約當現金", None),
        ("", "", heading, "單位：港幣千元"),
        ("", "", "(2)結構型個體權益", None),
    )
    pages = []
    for title, note, head, unit in blocks:
        c.setFont(font, 10.0)
        y = A4_H - 60
        if title:
            c.drawCentredString(A4_W / 2, y, title)
            c.drawCentredString(A4_W / 2, y - 16, note)
            y -= 40
        c.drawString(90, y - 20, head)
        y -= 40
        if unit:
            c.drawRightString(510, y, unit)
            y -= 20
        _draw_row(c, y, 100, "", xs, ("113.3.31", "112.12.31"))
        for label, *cells in SCHEDULE_ROWS:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
        c.showPage()
        pages.append(head)
    _save(c)
    return PdfFixture(path=path, pages=pages)


__all__ += ["OFFSET_UNIT_NOTE", "make_offset_note_unit_pdf"]


# A related-party note (富邦金 113 Q1 pp. 308–329): sub-tables one under the other, each
# under a lettered heading (`C.應收款項`, `D.利息收入`) and its own header line, which names
# the label column too (`關係人名稱 113.3.31 112.12.31 112.3.31`) and stands right over the
# first row; a block may have one row, a two-line header of periods (`113年` over `1月至3月`),
# and columns set further left than the block's before it.
RelatedBlock = tuple[
    str,  # lettered heading
    tuple[str, ...],  # upper header line over the amounts (years), may be empty
    tuple[str, ...],  # the column names after the label column's own name
    tuple[float, ...],  # the columns' right edges
    tuple[tuple[str, ...], ...],  # rows: label, then one cell per column
]
RELATED_BLOCKS: tuple[RelatedBlock, ...] = (
    (
        "C.應收款項",
        (),
        ("113.3.31", "112.12.31", "112.3.31"),
        (380.0, 465.0, 550.0),
        (("富邦人壽保險股份有限公司", "$ 12,872", "555,374", "23,016"),),
    ),
    (
        "D.利息收入",
        ("113年", "112年"),
        ("1月至3月", "1月至3月"),
        (465.0, 550.0),
        (("富邦人壽保險股份有限公司", "$ 177,571", "177,568"),),
    ),
    (
        "E.應收退稅款",
        (),
        ("113.3.31", "112.12.31", "112.3.31"),
        (380.0, 465.0, 550.0),
        (
            ("台北富邦商業銀行股份有限公司", "$ 2,660,458", "1,786,822", "3,206,967"),
            ("富邦綜合證券股份有限公司", "989,466", "781,641", "879,496"),
            ("富邦產物保險股份有限公司", "114,337", "1,021", "1,021"),
            ("合計", "$ 3,764,261", "2,569,484", "4,087,484"),
        ),
    ),
)


def make_related_blocks_pdf(
    path: str | Path,
    blocks: Sequence[RelatedBlock] = RELATED_BLOCKS,
    stub_name: str = "關係人名稱",
) -> PdfFixture:
    """One notes page of related-party sub-tables (``RELATED_BLOCKS``) under a 仟元 unit
    line: each block's lettered heading (indented past the labels when it opens with two
    spaces), its header (the label column named
    ``stub_name``) set 14 points over its first row, rows 18 points apart."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    y = A4_H - 80
    c.drawString(90, y, "(2)與關係人間之重大交易事項")
    c.drawRightString(550, y - 18, "單位：新台幣仟元")
    y -= 40
    for heading, upper, names, xs, rows in blocks:
        # a sub-heading (two leading spaces: `b.租賃負債`) indented past the labels
        c.drawString(130 if heading.startswith("  ") else 100, y, heading.strip())
        y -= 20
        if upper:
            _draw_row(c, y, 110, "", xs[-len(upper) :], upper)
            y -= 13
        _draw_row(c, y, 150, stub_name, xs, names)
        y -= 14
        for label, *cells in rows:
            _draw_row(c, y, 110, label, xs, cells)
            y -= 18
        y -= 8
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[blocks[0][0]])


# Lease balances (p. 313): two one-row blocks under indented sub-headings, each with a
# name over the amounts above the header line.
LEASE_BLOCKS: tuple[RelatedBlock, ...] = tuple(
    (
        heading,
        (name,),
        ("113.3.31", "112.12.31", "112.3.31"),
        (380.0, 465.0, 550.0),
        (("富邦人壽保險股份有限公司", *cells),),
    )
    for heading, name, cells in (
        ("  a.使用權資產", "使用權資產", ("$ 342,838", "378,888", "489,532")),
        ("  b.租賃負債", "租賃負債", ("$ 406,380", "406,380", "515,243")),
    )
)


__all__ += ["LEASE_BLOCKS", "RELATED_BLOCKS", "RelatedBlock", "make_related_blocks_pdf"]


# An insurer's premium note (富邦金 113 Q1 p. 137): a row of dashes (再保費收入, nothing that
# quarter) among the rows, a 小計 under the deductions that follow the 保費收入 line.
PREMIUM_ROWS: tuple[tuple[str, str, str], ...] = (
    ("簽單保費收入", "$ 88,917", "$ 89,784"),
    ("再保費收入", "-", "-"),
    ("保費收入", "88,917", "89,784"),
    ("減：再保費支出", "(532)", "(532)"),
    ("未滿期保費準備淨變動", "(274)", "(274)"),
    ("小計", "(806)", "(806)"),
    ("自留滿期保費收入", "$ 88,111", "$ 88,978"),
)


# A credit-quality table (富邦金 113 Q1 p. 178): a 12-point title, centred, over a 7-point
# grid whose header has three levels (the date and the stages centred over their
# columns, then the risk grades right-aligned), its first row right under the header.
QUALITY_HEADER: tuple[tuple[tuple[float, str], ...], ...] = (
    ((350.0, "113.3.31"),),
    ((225.0, "stage1"), (410.0, "stage2")),
    (
        (190.0, "低度風險"),
        (245.0, "高度風險"),
        (300.0, "合計"),
        (375.0, "低度風險"),
        (430.0, "高度風險"),
        (485.0, "合計"),
        (545.0, "總計"),
    ),
)
QUALITY_ROWS: tuple[tuple[str, ...], ...] = (
    ("應收利息", "$ 31,824", "324", "32,148", "125", "165", "290", "32,438"),
    ("其他金融資產", "4,064", "601", "4,665", "-", "-", "-", "4,665"),
    ("放款", "183,664", "36,250", "219,914", "966", "4,685", "5,651", "225,565"),
    ("合計", "$ 219,552", "37,175", "256,727", "1,091", "4,850", "5,941", "262,668"),
)


def make_quality_grid_pdf(path: str | Path, title_size: float = 12.0) -> PdfFixture:
    """``QUALITY_HEADER`` and ``QUALITY_ROWS`` in 7-point type under a line of text and a
    centred title in ``title_size`` type: the upper header lines centred at their x's,
    the last one and the cells right-aligned."""
    path = Path(path)
    c, font = _cjk_page(path, title_size)
    c.drawString(150, A4_H - 80, "子公司債務工具、放款及應收款項之信用品質分析如下：")
    c.drawString(300, A4_H - 98, "金融資產信用品質分析表")
    c.setFont(font, 7.0)
    y = A4_H - 116
    for level, line in enumerate(QUALITY_HEADER):
        for x, name in line:
            if level < len(QUALITY_HEADER) - 1:
                c.drawCentredString(x, y, name)
            else:
                c.drawRightString(x, y, name)
        y -= 9
    xs = tuple(x for x, _ in QUALITY_HEADER[-1])
    for label, *cells in QUALITY_ROWS:
        _draw_row(c, y, 100, label, xs, cells)
        y -= 10
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["金融資產信用品質分析表"])


__all__ += ["PREMIUM_ROWS", "QUALITY_HEADER", "QUALITY_ROWS", "make_quality_grid_pdf"]


# An insurer's claims development table (富邦金 113 Q1 pp. 116–117): a line of accident
# years names the columns (`意外年度 ≦108 109 110 111`), under the date set over them all.
CLAIMS_YEAR_ROWS: tuple[tuple[str, ...], ...] = (
    ("事故年底", "-", "29,933", "33,595", "119,526"),
    ("第一年度", "-", "28,512", "30,195", "-"),
    ("累積理賠估計金額", "-", "28,512", "30,195", "119,526"),
    ("累積理賠金額", "-", "27,100", "29,000", "100,000"),
    ("小計", "-", "1,412", "1,195", "19,526"),
)


def make_claims_years_pdf(
    path: str | Path,
    years: tuple[str, ...] = ("≦108", "109", "110", "111"),
    label: str = "意外年度",
) -> PdfFixture:
    """``CLAIMS_YEAR_ROWS`` under ``label`` and ``years`` (one a column) and a centred
    ``113.3.31``, a 仟元 unit line above; amounts flush right, dashes centred."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    xs = (280.0, 360.0, 440.0, 530.0)
    y = A4_H - 80
    c.drawString(90, y, "(A)累計已報賠款總額")
    c.drawRightString(530, y - 18, "單位：新台幣仟元")
    y -= 40
    c.drawCentredString(400, y, "113.3.31")
    y -= 14
    _draw_row(c, y, 110, label, xs, years)
    for row_label, *cells in CLAIMS_YEAR_ROWS:
        y -= 16
        c.drawString(100, y, row_label)
        for x, cell in zip(xs, cells, strict=True):
            if cell == "-":  # a dash centred in its column, amounts flush right
                c.drawCentredString(x - 14, y, cell)
            else:
                c.drawRightString(x, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(A)累計已報賠款總額"])


__all__ += ["CLAIMS_YEAR_ROWS", "make_claims_years_pdf"]


# ------------------------------------------------------------------ schedule over pages

SCHEDULE_PAGES_TITLE = "母公司與子公司間之業務關係及重要交易往來情形"
SCHEDULE_UNIT = "單位﹕新台幣仟元"  # the small-form colon (U+FE55) some filings set
# (item number, party, counterparty, item, amount, terms): one party's number on each of its rows
SCHEDULE_PAGES = (
    (
        ("0", "甲一企業(股)公司", "乙一商行(股)公司", "銷貨", "$ 10,884,796", "月結45天"),
        ("0", "甲一企業(股)公司", "乙一商行(股)公司", "應收帳款", "1,349,904", "-"),
        ("0", "甲一企業(股)公司", "丙二物流(股)公司", "運費", "634,707", "月結30天"),
        ("0", "甲一企業(股)公司", "丁三食品(股)公司", "銷貨", "6,706,713", "週結38天"),
        ("0", "甲一企業(股)公司", "丁三食品(股)公司", "應收帳款", "443,339", "-"),
        ("0", "甲一企業(股)公司", "捷四行銷(股)公司", "銷貨", "4,990,883", "月結30天"),
        ("0", "甲一企業(股)公司", "捷四行銷(股)公司", "應收帳款", "521,391", "-"),
    ),
    (
        ("1", "戊四開發(股)公司", "己五置業(股)公司", "其他應收款", "200,000", "-"),
        ("1", "戊四開發(股)公司", "己五置業(股)公司", "工程收入", "120,000", "月結45天"),
        ("2", "辛七投資(股)公司", "壬八建設(股)公司", "其他應收款", "127,000", "-"),
        ("2", "辛七投資(股)公司", "癸九百貨(股)公司", "租賃收入", "384,151", "按月收現"),
        ("3", "子十包裝有限公司", "丑十一食品有限公司", "應收帳款", "207,688", "-"),
        ("4", "寅十二貿易有限公司", "卯十三飲品有限公司", "勞務收入", "280,683", "月結30天"),
        ("5", "辰十四物流有限公司", "巳十五超商有限公司", "配送收入", "169,377", "月結58天"),
    ),
    (
        ("6", "午十六企業(股)公司", "未十七飲料(股)公司", "銷貨", "1,875,023", "發票日後25天"),
        ("6", "午十六企業(股)公司", "未十七飲料(股)公司", "應收帳款", "207,688", "-"),
        ("7", "申十八開發(股)公司", "酉十九商場(股)公司", "租賃收入", "121,759", "按月收現"),
        ("8", "戌二十包裝有限公司", "亥廿一食品有限公司", "銷貨", "153,598", "月結30天"),
        ("8", "戌二十包裝有限公司", "亥廿一食品有限公司", "應收帳款", "136,931", "-"),
    ),
)
# The item column's cell is set with distributed alignment across the column: its glyphs
# stand at other places for a two-character and a four-character item.
SCHEDULE_ITEM_SPAN = (470.0, 560.0)


def make_schedule_pages_pdf(path: str | Path, limits: bool = False) -> PdfFixture:
    """A filing's schedule (附表) printed over three landscape pages: the first page opens
    with the title, the period and ``附表九 單位﹕新台幣仟元``; every page sets the ruled
    column names again and its rows; each party's item number repeats on each of its rows
    (``0 甲一企業(股)公司 …``); the item column's words are spread across the column
    (``應 收 帳 款``, ``銷　貨``), so a page whose items are all long has its glyphs at
    other places than a page of short ones; a footer ``附表九第N頁``. With ``limits``,
    the schedule's last page holds a second table of its own, at the page's top: fewer
    columns under names of their own (the investment limits closing a 大陸投資資訊
    schedule), no part of the first."""
    path = Path(path)
    font = _register_cjk()
    size = 8.0
    width, height = A4_H, A4_W  # landscape
    c = _canvas(path, (width, height))
    pages: list[str] = []
    lo, hi = SCHEDULE_ITEM_SPAN
    for number, rows in enumerate(SCHEDULE_PAGES, start=1):
        c.setFont(font, size)
        y = height - 40
        if number == 1:
            c.drawCentredString(width / 2, y, "甲一企業股份有限公司")
            c.drawCentredString(width / 2, y - 13, SCHEDULE_PAGES_TITLE)
            c.drawCentredString(width / 2, y - 26, "民國113年1月1日至12月31日")
            c.drawString(40, y - 39, "附表九")
            c.drawRightString(width - 40, y - 39, SCHEDULE_UNIT)
            y -= 70
        c.drawCentredString(600, y, "交易往來情形")
        c.line(470, y - 3, 760, y - 3)
        y -= 14
        c.drawCentredString(60, y, "編號")
        c.drawCentredString(150, y, "交易人名稱")
        c.drawCentredString(330, y, "交易往來對象")
        c.drawCentredString(515, y, "項目")
        c.drawCentredString(640, y, "金額")
        c.drawCentredString(730, y, "交易條件")
        c.line(40, y - 3, 760, y - 3)
        for item_no, party, other, item, amount, terms in rows:
            y -= 16
            c.drawCentredString(60, y, item_no)
            c.drawString(90, y, party)
            c.drawString(260, y, other)
            _spread_string(c, lo, hi, y, item, size)
            c.drawRightString(680, y, amount)
            c.drawCentredString(730, y, terms)
        c.drawCentredString(width / 2, 30, f"附表九第{number}頁")
        c.showPage()
        pages.append(str(number))
    if limits:
        c.setFont(font, size)
        y = height - 40
        xs = (60.0, 300.0, 460.0, 620.0)
        for x, name in zip(xs, SCHEDULE_LIMITS_HEADER, strict=True):
            c.drawString(x, y, name)
        c.line(40, y - 3, 760, y - 3)
        for row in SCHEDULE_LIMITS_ROWS:
            y -= 16
            c.drawString(xs[0], y, row[0])
            for x, amount in zip(xs[1:], row[1:], strict=True):
                c.drawRightString(x + 110, y, amount)
        c.drawCentredString(width / 2, 30, f"附表九第{len(SCHEDULE_PAGES) + 1}頁")
        c.showPage()
        pages.append(str(len(SCHEDULE_PAGES) + 1))
    _save(c)
    return PdfFixture(path=path, pages=pages)


SCHEDULE_LIMITS_HEADER = ("公司名稱", "累計匯出投資金額", "核准投資金額", "赴大陸地區投資限額")
SCHEDULE_LIMITS_ROWS = (
    ("甲一企業(股)公司", "26,188,656", "39,250,725", "125,711,156"),
    ("乙二實業(股)公司", "6,658,536", "13,326,683", "13,026,896"),
    ("丙三超商(股)公司", "5,053,415", "12,537,219", "31,212,395"),
)


# An annual report's five-year summary: ROC years before 100 over the amounts, the unit
# line set with the small-form colon.
FIVE_YEAR_TITLE = "1.簡明資產負債表資料"
FIVE_YEARS = ("99年", "100年", "101年", "102年", "103年")
FIVE_YEAR_ROWS = (
    ("流動資產", "2,515,100", "2,602,331", "2,831,045", "2,746,950", "2,905,114"),
    ("非流動資產", "612,004", "598,770", "601,233", "640,125", "655,870"),
    ("資產總額", "3,127,104", "3,201,101", "3,432,278", "3,387,075", "3,560,984"),
)


def make_five_year_summary_pdf(path: str | Path) -> PdfFixture:
    """An annual report's five-year summary: the title, ``單位﹕新台幣仟元`` at the right,
    then a ruled grid whose header cell ``最近五年度財務資料`` spans the years set under it
    (``99年 100年 … 103年``: the first a ROC year before 100) and the rows."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    y = A4_H - 90
    c.drawString(80, y, FIVE_YEAR_TITLE)
    c.drawRightString(520, y - 16, SCHEDULE_UNIT)
    top = y - 24
    xs = [80.0, 190.0, 256.0, 322.0, 388.0, 454.0, 520.0]
    nrows = 2 + len(FIVE_YEAR_ROWS)
    ys = [top - 18 * k for k in range(nrows + 1)]
    for yy in ys:
        c.line(xs[0], yy, xs[-1], yy)
    for k, x in enumerate(xs):
        if 1 < k < len(xs) - 1:
            c.line(x, ys[1], x, ys[-1])  # the years' rules start under the spanning cell
        else:
            c.line(x, ys[0], x, ys[-1])
    c.line(xs[1], ys[0], xs[1], ys[-1])
    c.drawCentredString((xs[1] + xs[-1]) / 2, ys[0] - 13, "最近五年度財務資料")
    c.drawString(xs[0] + 4, ys[0] - 13, "項目")
    for k, year in enumerate(FIVE_YEARS):
        c.drawCentredString((xs[k + 1] + xs[k + 2]) / 2, ys[1] - 13, year)
    for r, (label, *cells) in enumerate(FIVE_YEAR_ROWS):
        yy = ys[2 + r] - 13
        c.drawString(xs[0] + 4, yy, label)
        for k, cell in enumerate(cells):
            c.drawRightString(xs[k + 2] - 4, yy, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[FIVE_YEAR_TITLE])


__all__ += [
    "FIVE_YEARS",
    "FIVE_YEAR_ROWS",
    "FIVE_YEAR_TITLE",
    "SCHEDULE_PAGES",
    "SCHEDULE_PAGES_TITLE",
    "SCHEDULE_UNIT",
    "make_five_year_summary_pdf",
    "make_schedule_pages_pdf",
]


# An annual report's contents continued on a second page that has no heading of its own:
# titles closed by dot leaders, then their page numbers.
LEADER_CONTENTS = (
    ("壹、致股東報告書", "1"),
    ("貳、公司簡介", "5"),
    ("參、公司治理報告", "8"),
    ("肆、募資情形", "40"),
    ("伍、營運概況", "52"),
    ("陸、財務概況", "66"),
    ("一、財務狀況", "76"),
    ("二、財務績效", "77"),
    ("三、現金流量", "78"),
    ("四、風險事項分析評估", "79"),
)


def make_leader_contents_pdf(path: str | Path) -> PdfFixture:
    """Contents over two pages: ``目　　錄`` heads the first only; every entry is its title,
    dot leaders (``……``) and its page number at the right margin."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    size = 12.0
    half = len(LEADER_CONTENTS) // 2
    for number, entries in ((1, LEADER_CONTENTS[:half]), (2, LEADER_CONTENTS[half:])):
        y = A4_H - 80
        if number == 1:
            c.setFont(font, 16)
            c.drawCentredString(A4_W / 2, y, "目　　錄")
            y -= 30
        c.setFont(font, size)
        for title, page in entries:
            y -= 24
            c.drawString(80, y, title + "…" * (24 - len(title)))
            c.drawRightString(520, y, page)
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["目錄", "財務狀況"])


__all__ += ["LEADER_CONTENTS", "make_leader_contents_pdf"]


# An annual report's supply-chain diagram: the stages over short rules, boxes of words
# under them joined by lines. Each box: its top-down frame (x0, top, x1, bottom) and
# its lines, as a 2015 annual report sets them.
FLOW_STAGES = ((99.0, 198.0, "上游"), (247.0, 346.0, "中游"), (387.0, 510.0, "下游"))
FLOW_BOXES = (
    ((100.0, 240.0, 199.0, 278.0), ("設備及雷射", "設備製造業")),
    ((99.0, 300.0, 198.0, 339.0), ("設備模組或設", "備零組件業")),
    ((243.0, 267.0, 342.0, 321.0), ("儀器設備之組裝", "銷售及代理經銷", "通路商")),
    ((387.0, 213.0, 513.0, 243.0), ("通訊產品製造業",)),
    ((387.0, 262.0, 513.0, 289.0), ("個人電腦製造業",)),
    ((387.0, 303.0, 513.0, 330.0), ("其他電子產品製造業",)),
    ((387.0, 348.0, 513.0, 375.0), ("電子零組件製造業",)),
)


def make_flow_diagram_pdf(path: str | Path) -> PdfFixture:
    """A supply-chain diagram under a paragraph: ``上游 中游 下游`` each standing on a
    short rule, then boxes of words in three columns (two, one, four boxes), each box
    apart from the others, joined to the next column by lines; a source line under it."""
    path = Path(path)
    c, _ = _cjk_page(path, 12.0)

    def at(top: float) -> float:  # a top-down position as reportlab's baseline
        return A4_H - top

    c.drawString(90, at(130), "(2)設備產品")
    c.drawString(100, at(150), "本公司位處產業中游，上下游關聯性圖示如下：")
    for x0, x1, stage in FLOW_STAGES:
        c.drawCentredString((x0 + x1) / 2, at(194), stage)
        c.line(x0, at(201), x1, at(201))
    for (x0, top, x1, bottom), words in FLOW_BOXES:
        c.rect(x0, at(bottom), x1 - x0, bottom - top, stroke=1, fill=0)
        for k, w in enumerate(words):
            c.drawString(x0 + 7, at(top + 17 + 18 * k), w)
    for y in (259.0, 320.0):  # the left boxes to the middle one
        c.line(199, at(y), 221, at(y))
    c.line(221, at(259), 221, at(320))
    c.line(221, at(294), 243, at(294))
    c.line(342, at(294), 364, at(294))  # the middle box to the right column
    c.line(364, at(228), 364, at(362))
    for y in (228.0, 276.0, 317.0, 362.0):
        c.line(364, at(y), 387, at(y))
    c.drawString(113, at(407), "資料來源：本公司提供")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["上游"])


__all__ += ["FLOW_BOXES", "FLOW_STAGES", "make_flow_diagram_pdf"]


# An annual report's ruled table whose first column holds a group's name in a cell merged
# over the group's rows (雷科 103 annual report pp. 58, 64, 71): `外銷` over `亞洲 美洲
# 歐洲 非洲 小計` (非洲 dashes), `內銷` alone in a cell spanning both label columns; a
# five-year summary's `股東權益總計` over `分配前 / 分配後`; a production table whose
# 合計 is printed with two digits swapped. A group whose only item is "" spans both columns.
GroupedRows = tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...]
SALES_REGION_GROUPS: GroupedRows = (
    ("內銷", (("", "536,393", "467,971"),)),
    (
        "外銷",
        (
            ("亞洲", "1,292,900", "1,311,669"),
            ("美洲", "29,782", "30,505"),
            ("歐洲", "81,987", "103,173"),
            ("非洲", "-", "-"),
            ("小計", "1,404,669", "1,445,347"),
        ),
    ),
    ("銷貨收入淨額", (("", "1,941,062", "1,913,318"),)),
)
STATE_ROW_GROUPS: GroupedRows = (
    ("股本", (("", "756,916", "801,757"),)),
    ("保留盈餘", (("分配前", "467,267", "450,359"), ("分配後", "320,558", "336,645"))),
    ("股東權益總計", (("分配前", "1,224,183", "1,252,116"), ("分配後", "1,077,474", "1,138,402"))),
)


def production_groups(total: str) -> GroupedRows:
    """Products, each a row, then 合計 stated as ``total`` for 103 (the sum is 1,218,780)."""
    return (
        ("SMD封裝材料", (("", "809,921", "886,599"),)),
        ("鐳射製品", (("", "70,246", "53,382"),)),
        ("其他", (("", "338,613", "390,433"),)),
        ("合計", (("", total, "1,330,414"),)),
    )


def make_grouped_rows_pdf(
    path: str | Path,
    groups: GroupedRows,
    title: str = "1.主要產品銷售地區：",
    *,
    years: tuple[str, str] = ("103年度", "102年度"),
    xs: tuple[float, float, float, float, float] = (80.0, 170.0, 300.0, 410.0, 520.0),
    header_divider: bool = True,
) -> PdfFixture:
    """A ruled table under ``單位：新台幣仟元``, columns ``years``: each group's name in a
    cell merged over its items' rows (``groups``), or over both label columns when its one
    item is "". ``header_divider=False`` lets the header cell ``項目`` span both label
    columns too (a financial analysis table)."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    pitch = 20.0
    top = A4_H - 80
    c.drawString(80, top, title)
    c.drawRightString(xs[-1], top - 16, STATEMENT_UNIT)
    top -= 24
    c.drawString(xs[0] + 4, top - 14, "項目")
    for k, name in ((2, years[0]), (3, years[1])):
        c.drawRightString(xs[k + 1] - 4, top - 14, name)
    c.line(xs[0], top, xs[-1], top)
    y = top - pitch
    c.line(xs[0], y, xs[-1], y)
    for group, items in groups:
        g_top = y
        for k, (label, *values) in enumerate(items):
            if label:
                c.drawString(xs[1] + 4, y - 14, label)
            for x, v in zip(xs[3:], values, strict=True):
                c.drawRightString(x - 4, y - 14, v)
            y -= pitch
            # the rule under an item runs from the items' column, the group's cell merged
            c.line(xs[1] if k < len(items) - 1 else xs[0], y, xs[-1], y)
        c.drawString(xs[0] + 4, (g_top + y) / 2 - 4, group)
        if items[0][0]:
            c.line(xs[1], g_top, xs[1], y)
    for k, x in enumerate(xs):
        if k != 1:
            c.line(x, top, x, y)
    if header_divider:
        c.line(xs[1], top, xs[1], top - pitch)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[title])


__all__ += [
    "SALES_REGION_GROUPS",
    "STATE_ROW_GROUPS",
    "make_grouped_rows_pdf",
    "production_groups",
]


# ------------------------------------------------------------------ tables34 (issue 11)

# A credit-quality table's third stage (富邦金 113 Q1 p. 178): the column of assets bought
# or originated credit-impaired holds nothing but "-" on every row, between two columns
# of amounts; its name, set over it alone, makes it a column of its own.
DASH_COLUMN_ROWS: tuple[tuple[str, ...], ...] = (
    ("應收利息", "2,193,437", "-", "2,193,437", "2,227,314"),
    ("債務工具", "4,059,590", "-", "4,059,590", "3,169,690"),
    ("其他金融資產", "-", "-", "-", "4,122"),
    ("放款", "670,171", "-", "670,171", "2,004,290"),
    ("合計", "6,923,198", "-", "6,923,198", "7,405,416"),
)


def make_dash_column_pdf(path: str | Path, wrapped: bool = True) -> PdfFixture:
    """``DASH_COLUMN_ROWS`` in 7-point type under ``stage3`` centred over its three columns
    and the columns' names (``wrapped``: over three lines, the dash column's
    ``購入或創始`` / ``之信用減損`` / ``金融資產``; else each on one line); amounts flush
    right, the dashes centred under their name."""
    path = Path(path)
    c, font = _cjk_page(path, 10.0)
    c.drawString(150, A4_H - 80, "子公司債務工具及放款之信用品質分析如下：")
    c.drawString(300, A4_H - 98, "金融資產信用品質分析表")
    c.setFont(font, 7.0)
    xs = (260.0, 330.0, 400.0, 470.0)  # right edges of the amount columns
    dash_x = 304.0  # the dash column's centre, clear of both amounts beside it
    y = A4_H - 116
    c.drawCentredString(300, y, "stage3")
    y -= 9
    names: tuple[tuple[str, ...], ...] = (
        (
            ("已信用減損", "之金融資產"),
            ("購入或創始", "之信用減損", "金融資產"),
            ("合計",),
            ("備抵減損",),
        )
        if wrapped
        else (("已信用減損",), ("購入或創始",), ("合計",), ("備抵減損",))
    )
    depth = max(len(n) for n in names)
    centres = (xs[0] - 18, dash_x, xs[2] - 12, xs[3] - 14)
    for level in range(depth):
        for x, name in zip(centres, names, strict=True):
            # each name's lines end on the header's last line
            k = level - (depth - len(name))
            if k >= 0:
                c.drawCentredString(x, y, name[k])
        y -= 9
    for label, *cells in DASH_COLUMN_ROWS:
        c.drawString(120, y, label)
        for k, cell in enumerate(cells):
            if k == 1:
                c.drawCentredString(dash_x, y, cell)
            elif cell == "-":
                c.drawCentredString(xs[k] - 12, y, cell)
            else:
                c.drawRightString(xs[k], y, cell)
        y -= 10
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["金融資產信用品質分析表"])


# An insurer's claims triangle (富邦金 113 Q1 p. 145), ruled: ``意外年度`` and
# ``賠款準備金`` merged down over two header rows, ``發展年數`` merged across the
# development years (1 2 3 4) set on the second row; the years counted, never amounts.
DEVELOPMENT_ROWS: tuple[tuple[str, ...], ...] = (
    ("109", "1,097,105", "1,357,749", "1,395,911", "1,415,787", "-"),
    ("110", "1,058,509", "1,328,282", "1,372,515", "-", "11,639"),
    ("111", "1,138,622", "1,436,021", "-", "-", "21,744"),
    ("112", "1,116,207", "-", "-", "-", "45,505"),
)


def make_development_years_pdf(
    path: str | Path, periods: tuple[str, ...] = ("1", "2", "3", "4")
) -> PdfFixture:
    """``DEVELOPMENT_ROWS`` in a ruled grid under a two-row header whose second row is
    ``periods``, a 仟元 unit line and a lead-in above."""
    path = Path(path)
    c, _ = _cjk_page(path, 9.0)
    title = "過去年度之累積理賠金額如下："
    c.drawString(80, A4_H - 80, title)
    c.drawRightString(540, A4_H - 96, "單位：新台幣仟元")
    xs = (80.0, 150.0, 225.0, 300.0, 375.0, 450.0, 540.0)  # column rules
    pitch = 16.0
    top = A4_H - 104
    mid, head = top - pitch, top - 2 * pitch
    c.drawString(xs[0] + 6, head + 5, "意外年度")
    c.drawCentredString((xs[1] + xs[5]) / 2, mid + 5, "發展年數")
    c.drawString(xs[5] + 6, head + 5, "賠款準備金")
    for k, p in enumerate(periods):
        c.drawCentredString((xs[k + 1] + xs[k + 2]) / 2, head + 5, p)
    y = head
    for row in DEVELOPMENT_ROWS:
        c.drawString(xs[0] + 6, y - pitch + 5, row[0])
        for k, cell in enumerate(row[1:]):
            if cell == "-":
                c.drawCentredString((xs[k + 1] + xs[k + 2]) / 2, y - pitch + 5, cell)
            else:
                c.drawRightString(xs[k + 2] - 4, y - pitch + 5, cell)
        y -= pitch
    # rules: the frame and every row's line, the header's merged cells left open
    c.line(xs[0], top, xs[-1], top)
    c.line(xs[1], mid, xs[5], mid)
    for k in range(len(DEVELOPMENT_ROWS) + 1):
        c.line(xs[0], head - k * pitch, xs[-1], head - k * pitch)
    for k, x in enumerate(xs):
        c.line(x, top if k in (0, 1, 5, 6) else mid, x, y)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[title])


__all__ += [
    "DASH_COLUMN_ROWS",
    "DEVELOPMENT_ROWS",
    "make_dash_column_pdf",
    "make_development_years_pdf",
]


# A holdings schedule (統一 113 附表三, pp. 115–118), unruled, landscape, 8-point: two
# header lines, ``帳列項目`` and ``股數`` each over the first line of its column's wrapped
# name, then a line of names, one per column. ``股數`` stands where the centre of the run
# of columns from the relation to the ratio falls.
SECURITIES_HEADER: tuple[tuple[tuple[float, float, str], ...], ...] = (
    ((496.0, 529.0, "帳列項目"), (555.0, 582.0, "股數")),
    (
        (71.0, 111.0, "持有之公司"),
        (210.0, 284.0, "有價證券種類及名稱"),
        (372.0, 460.0, "與有價證券發行人之關係"),
        (503.0, 523.0, "(註3)"),
        (542.0, 598.0, "(仟股或仟單位)"),
        (621.0, 654.0, "帳面金額"),
        (689.0, 721.0, "持股比例"),
        (759.0, 791.0, "公允價值"),
        (843.0, 861.0, "備註"),
    ),
)
SECURITIES_COLUMNS = [
    "持有之公司",
    "有價證券種類及名稱",
    "與有價證券發行人之關係",
    "帳列項目 (註3)",
    "股數 (仟股或仟單位)",
    "帳面金額",
    "持股比例",
    "公允價值",
    "備註",
]
# (holder, security, account, shares, book value, ratio, fair value); the relation and the
# remark are the fixture's parameters
SECURITIES_ROWS: tuple[tuple[str, ...], ...] = (
    ("甲一開發(股)公司", "乙二單日反向基金等", "1", "2,160", "$ 43,676", "-", "$ 43,676"),
    ("甲一開發(股)公司", "丙三投資合夥基金等", "4", "-", "224,436", "-", "224,436"),
    ("丁四投資(股)公司", "戊五科技(股)公司", "5", "11,851", "1,771,724", "8.00", "1,771,725"),
    ("丁四投資(股)公司", "己六電子(股)公司", "4", "7,933", "106,999", "-", "106,999"),
)


def make_holdings_schedule_pdf(
    path: str | Path, relations: tuple[str, ...] = ("－", "－", "－", "－")
) -> PdfFixture:
    """``SECURITIES_HEADER`` over ``SECURITIES_ROWS`` on a landscape page, each row's relation
    (``relations``, one a row) centred under its name and ``─`` under 備註; amounts
    flush right."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path, (A4_H, A4_W))
    c.setFont(font, 8.0)
    top = A4_W - 30
    c.drawString(340, top, "期末持有有價證券情形")
    c.drawRightString(860, top - 14, SCHEDULE_UNIT)
    y = top - 40
    for line in SECURITIES_HEADER:
        for x0, x1, name in line:
            c.drawCentredString((x0 + x1) / 2, y, name)
        y -= 11
    rights = (515.0, 597.0, 667.0, 723.0, 807.0)
    for (holder, security, account, *amounts), relation in zip(
        SECURITIES_ROWS, relations, strict=True
    ):
        y -= 12
        c.drawString(33, y, holder)
        c.drawString(153, y, security)
        c.drawCentredString(417, y, relation)
        for x, cell in zip(rights, (account, *amounts), strict=True):
            c.drawRightString(x, y, cell)
        c.drawCentredString(854, y, "─")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["期末持有有價證券情形"])


# A schedule's last page with one row left (統一 113 附表四 p. 122): its header (a group
# line, then names wrapped over two lines, one over each amount) set again over the row.
TRADES_GROUPS = ((300.0, "期初"), (430.0, "買入"), (560.0, "賣出"), (690.0, "期末"))
TRADES_NAMES = (
    (110.0, ("買、賣", "之公司")),
    (210.0, ("有價證券", "種類及名稱")),
    (270.0, ("股數(仟股", "或仟單位)")),
    (330.0, ("", "金額")),
    (400.0, ("股數(仟股", "或仟單位)")),
    (460.0, ("", "金額")),
    (530.0, ("股數(仟股", "或仟單位)")),
    (590.0, ("", "售價")),
    (660.0, ("股數(仟股", "或仟單位)")),
    (720.0, ("", "金額")),
)
TRADES_PAGES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (
        (
            "甲一企業(股)公司",
            "乙二開發(股)公司",
            "500,000",
            "$ 4,695,018",
            "300,000",
            "$ 3,000,000",
            "-",
            "$ -",
            "800,000",
            "$ 7,695,018",
        ),
        (
            "丙三超商(股)公司",
            "丁四科技(股)公司",
            "21,723",
            "165,649",
            "40,000",
            "400,000",
            "-",
            "-",
            "61,723",
            "565,649",
        ),
        (
            "戊五資訊(股)公司",
            "己六貨幣市場基金",
            "17,055",
            "220,000",
            "9,292",
            "120,000",
            "(26,347)",
            "340,316",
            "-",
            "-",
        ),
    ),
    (
        (
            "庚七商貿有限公司",
            "辛八銀行結構性存款",
            "120,000",
            "$ 4,328,140",
            "300,000",
            "$ 1,200,000",
            "(42,000)",
            "455,867",
            "378,000",
            "$ 5,072,273",
        ),
    ),
)


def make_one_row_last_page_pdf(path: str | Path, last_rows: int = 1) -> PdfFixture:
    """A two-page schedule: ``TRADES_PAGES`` under the title and unit on the first page,
    the header (``TRADES_GROUPS`` centred over their pairs of columns, ``TRADES_NAMES``
    over two lines) set again on the second over its ``last_rows`` rows (the first
    page's rows taken again after the one of ``TRADES_PAGES[1]``)."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path, (A4_H, A4_W))
    pages = (TRADES_PAGES[0], (TRADES_PAGES[1] + TRADES_PAGES[0])[:last_rows])
    for k, rows in enumerate(pages):
        c.setFont(font, 8.0)
        y = A4_W - 40
        if k == 0:
            c.drawString(300, y, "累積買進或賣出同一有價證券之金額")
            c.drawRightString(760, y - 14, SCHEDULE_UNIT)
            y -= 30
        for x, name in TRADES_GROUPS:
            c.drawCentredString(x, y, name)
        for line in range(2):
            y -= 11
            for x, names in TRADES_NAMES:
                if names[line]:
                    c.drawCentredString(x, y, names[line])
        for holder, security, *amounts in rows:
            y -= 14
            c.drawString(40, y, holder)
            c.drawString(170, y, security)
            for (x, _), cell in zip(TRADES_NAMES[2:], amounts, strict=True):
                c.drawRightString(x + 22, y, cell)
        c.setFont(font, 8.0)
        c.drawCentredString(A4_H / 2, 30, f"附表四第{k + 1}頁")
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["累積買進或賣出同一有價證券之金額"])


__all__ += [
    "SECURITIES_COLUMNS",
    "SECURITIES_HEADER",
    "SECURITIES_ROWS",
    "TRADES_PAGES",
    "make_holdings_schedule_pdf",
    "make_one_row_last_page_pdf",
]

# A filing's subsidiaries table set without rules (orgs59): the name cell and the business
# cell wrap onto lines under the row while the shares held close its first line, so the
# text layer reads ``Lumora Electronics Japan 業務服務據點 100.00 …`` then ``Corp.`` on the
# next line. Made-up names; a name whole on one line and a row that follows it are kept.
SUBSIDIARY_ROWS: list[tuple[str, tuple[str, ...], tuple[str, ...], str]] = [
    ("本公司", ("Lumora Electronics Japan", "Corp."), ("業務服務據點",), "100.00"),
    ("本公司", ("Nimbus Flash Limited",), ("投資及貿易服務",), "100.00"),
    ("本公司", ("Kestrel Flash (Samoa)", "Limited"), ("投資及貿易服務",), "100.00"),
    (
        "本公司",
        ("Quillon Technology India", "Private Limited"),
        ("存儲設備、電子", "產品及其零配件", "之設計、研發"),
        "100.00",
    ),
    ("本公司", ("Zentara Biopharma Pte.", "Ltd."), ("藥品買賣",), "99.38"),
    ("本公司", ("Orvane Storage", "Holdings (BVI)", "Corporation"), ("一般投資業",), "30.51"),
    ("本公司", ("Sorvane Japan", "Kabushiki-Kaisha"), ("積體電路銷售及服務",), "100.00"),
    ("本公司", ("VTX International", "Limited（維特）"), ("積體電路銷售及服務",), "100.00"),
    ("本公司", ("群星電子股份有限公司",), ("一般投資業",), "100.00"),
]


def make_wrapped_subsidiaries_pdf(path: str | Path) -> PdfFixture:
    """The subsidiaries of a consolidated report: holder, name, business, three shares; a
    cell's later lines sit under its first, 13 points down, in its own column."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "1.列入合併財務報告之子公司")
    c.drawString(60, A4_H - 100, "投資公司名稱")
    c.drawString(130, A4_H - 100, "子公司名稱")
    c.drawString(290, A4_H - 100, "業務性質")
    for right, head in ((430.0, "113.3.31"), (490.0, "112.12.31"), (550.0, "112.3.31")):
        c.drawRightString(right, A4_H - 100, head)
    y = A4_H - 120
    for holder, name, business, share in SUBSIDIARY_ROWS:
        c.drawString(60, y, holder)
        for k, line in enumerate(name):
            c.drawString(130, y - 13 * k, line)
        for k, line in enumerate(business):
            c.drawString(290, y - 13 * k, line)
        for right in (430.0, 490.0, 550.0):
            c.drawRightString(right, y, share)
        y -= 13 * max(len(name), len(business)) + 6
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["1.列入合併財務報告之子公司"])


__all__ += ["SUBSIDIARY_ROWS", "make_wrapped_subsidiaries_pdf"]


# A credit-quality table's last columns (富邦金 113 Q1 p. 178, second table): stage 3's
# total, the loss allowance and the carrying amount, 7-point, flush right. On one row the
# allowance is set so close to the carrying amount that its last digit touches (``gap``
# below 0: overlaps) the next amount's first: ``3,045,5552,638,081,089`` in the text.
GLUED_AMOUNT_ROWS: tuple[tuple[str, ...], ...] = (
    ("應收利息", "2,193,437", "2,227,314", "32,302,090"),
    ("按攤銷後成本衡量", "15,053,342", "3,045,555", "2,638,081,089"),
    ("其他金融資產", "-", "4,565", "4,627,169"),
    ("合計", "17,246,779", "5,277,434", "2,675,010,348"),
)


def make_glued_amounts_pdf(path: str | Path, gap: float = -1.8) -> PdfFixture:
    """``GLUED_AMOUNT_ROWS`` under a title and one header line; the second row's
    allowance ends ``gap`` points before its carrying amount starts (negative: the
    glyphs overlap), every other amount well apart in its column."""
    path = Path(path)
    c, font = _cjk_page(path, 10.0)
    c.drawString(300, A4_H - 98, "金融資產信用品質分析表")
    c.setFont(font, 7.0)
    xs = (300.0, 380.0, 432.0)  # right edges of the amount columns (the last two close)
    y = A4_H - 120
    for x, name in zip(xs, ("合計", "備抵減損", "帳面金額"), strict=True):
        c.drawCentredString(x - 18, y, name)
    y -= 10
    for label, *cells in GLUED_AMOUNT_ROWS:
        c.drawString(120, y, label)
        c.drawRightString(xs[0], y, cells[0])
        c.drawRightString(xs[2], y, cells[2])
        if label == GLUED_AMOUNT_ROWS[1][0]:
            # the allowance set against the carrying amount, not at its column's edge
            start = xs[2] - c.stringWidth(cells[2], font, 7.0)
            c.drawRightString(start - gap, y, cells[1])
        else:
            c.drawRightString(xs[1], y, cells[1])
        y -= 10
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["金融資產信用品質分析表"])


__all__ += ["GLUED_AMOUNT_ROWS", "make_glued_amounts_pdf"]


# orgs61: a narrow cell cuts a Chinese registered name before its legal form ends; the rest
# sits under it in its column (聯旭東投資股份有限公 / 司; a holder 聯旭東投 / 資股份有 / 限公司)
# while the row's other cells close the first line. Made-up names; a whole name, and a row
# with no figures whose next row opens with a whole name, stay apart.
CJK_CELL_ROWS: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    (("本公司",), ("華昇東投資股份有限公", "司"), ("一般投資業",), "100.00"),
    (
        ("凱碩東投", "資股份有", "限公司"),
        ("晶曜科技股份有限公司",),
        ("電子零組件製造", "及買賣"),
        "100.00",
    ),
    (("本公司",), ("蘇州佳恆電子科技有限", "公司"), ("存儲設備、電子",), "100.00"),
    (("本公司",), ("群澤電子", "（上海）有限公司"), ("積體電路設計",), "100.00"),
    (("本公司",), ("七曜化學製藥股份有限", "公司（七曜公司）"), ("藥品製造買賣",), "77.83"),
    (("本公司",), ("個別不重大之企業",), ("一般投資業",), ""),
    (("本公司",), ("宸明塑膠股份有限公司",), ("塑膠製品",), "49.00"),
]


def make_wrapped_cjk_cells_pdf(path: str | Path) -> PdfFixture:
    """The subsidiaries table of ``make_wrapped_subsidiaries_pdf`` with Chinese names cut by
    their cells: holder, name and business cells wrap onto lines 13 points down."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "1.列入合併財務報告之子公司")
    c.drawString(60, A4_H - 100, "投資公司")
    c.drawString(130, A4_H - 100, "子公司名稱")
    c.drawString(290, A4_H - 100, "業務性質")
    for right, head in ((430.0, "113.3.31"), (490.0, "112.12.31"), (550.0, "112.3.31")):
        c.drawRightString(right, A4_H - 100, head)
    y = A4_H - 120
    for holder, name, business, share in CJK_CELL_ROWS:
        for x, cell in ((60.0, holder), (130.0, name), (290.0, business)):
            for k, line in enumerate(cell):
                c.drawString(x, y - 13 * k, line)
        for right in (430.0, 490.0, 550.0):
            c.drawRightString(right, y, share)
        y -= 13 * max(len(holder), len(name), len(business)) + 6
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["1.列入合併財務報告之子公司"])


__all__ += ["CJK_CELL_ROWS", "make_wrapped_cjk_cells_pdf"]


# tables36: offsetting tables stacked one under another (富邦金 113 Q1 pp. 273–276): each
# block its date and title centred over the columns, its column names over five lines, the
# last of them (the columns' letters) set close over the first row, then its rows and 合計.
# The second block names the liabilities where the first names the assets.
OFFSET_BLOCKS: tuple[tuple[str, str, tuple[str, str], tuple[tuple[str, ...], ...]], ...] = (
    (
        "113.3.31",
        "受互抵、可執行淨額交割總約定或類似協議規範之金融資產",
        ("金融資產總額", "金融負債總額"),
        (("衍生金融資產", "$ 753,826", "-", "753,826", "-", "-", "753,826"),),
    ),
    (
        "113.3.31",
        "受互抵、可執行淨額交割總約定或類似協議規範之金融負債",
        ("金融負債總額", "金融資產總額"),
        (
            ("衍生金融負債", "$ 9,180,974", "-", "9,180,974", "-", "-", "9,180,974"),
            ("附買回協議", "26,583,802", "-", "26,583,802", "26,583,802", "-", "-"),
            ("合計", "$ 35,764,776", "-", "35,764,776", "26,583,802", "-", "9,180,974"),
        ),
    ),
)
OFFSET_WRAPPED = ("及連結式存款", "商品")  # the first block's label, wrapped under its amounts
OFFSET_LETTERS = ("(a)", "(b)", "(c)=(a)-(b)", "金融工具", "現金擔保品", "(e)=(c)-(d)")


def make_stacked_offsetting_pdf(
    path: str | Path, blocks: int = 2, wrapped: bool = False
) -> PdfFixture:
    """The first ``blocks`` of ``OFFSET_BLOCKS`` stacked on one notes page, set solid:
    each block's date and title centred, then its column names over four lines (the
    block's own ``金融資產總額`` / ``金融負債總額`` first, its net column's ``資產淨額`` or
    ``負債淨額``) and a fifth, its letters ``(a)`` … ``(e)=(c)-(d)``, right over its first
    row (the geometry of the real page: 9 pt type, lines 10–12 pt apart). ``wrapped``:
    the first block's one label goes on over two lines under its amounts
    (``衍生金融資產`` / ``及連結式存款`` / ``商品``)."""
    path = Path(path)
    c, y = _notes_page(path, 9.0, "(3)富邦產險及其子公司")
    rights = (247.0, 285.0, 372.0, 434.0, 473.0, 560.0)  # the amount columns' right edges
    centres = (217.0, 281.0, 343.0, 406.0, 468.0, 532.0)
    for date, title, (own, other), rows in OFFSET_BLOCKS[:blocks]:
        kind = "資產" if own.startswith("金融資產") else "負債"
        lines: tuple[tuple[float, tuple[tuple[float, str], ...]], ...] = (
            (12, ((281, "於資產負債表"),)),
            (10, ((279, "中互抵之"), (343, "列報於資產"), (437, "未於資產負債表"))),
            (
                11,
                (
                    (216, "已認列之"),
                    (278, "已認列之"),
                    (341, "負債表之金融"),
                    (437, "互抵之相關金額(d)"),
                ),
            ),
            (
                12,
                ((216, own), (281, other), (342, f"{kind}淨額"), (467, "所收取之"), (531, "淨額")),
            ),
            (10, tuple(zip(centres, OFFSET_LETTERS, strict=True))),
        )
        y -= 14
        c.drawCentredString(337, y, date)
        y -= 12
        c.drawCentredString(335, y, title)
        for step, names in lines:
            y -= step
            for x, name in names:
                c.drawCentredString(x, y, name)
        for k, (label, *cells) in enumerate(rows):
            y -= 11 if k == 0 else 23 if label == "合計" else 14  # a rule over the total
            c.drawString(112, y, label)
            for right, centre, cell in zip(rights, centres, cells, strict=True):
                if cell == "-":
                    c.drawCentredString(centre, y, cell)
                    continue
                if cell.startswith("$ "):  # the dollar sign at the column's left
                    c.drawString(187, y, "$")
                c.drawRightString(right, y, cell.removeprefix("$ "))
            if wrapped and len(rows) == 1:
                for more in OFFSET_WRAPPED:
                    y -= 11
                    c.drawString(112, y, more)
        y -= 10
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(3)富邦產險及其子公司"])


# A schedule of one row under a header whose label column's name is letter-spaced over a
# wide column (統一 113 附表十二 主要股東名稱 over 持有股數 / 持股比例).
MAIN_HOLDER_ROW = ("高權投資股份有限公司", "284,330,536", "5.00%")


def make_spaced_stub_one_row_pdf(path: str | Path) -> PdfFixture:
    """A landscape page as the real one (8 pt type): ``主　　要　　股　　東　　名　　稱``
    spread by ideographic spaces over a wide first column, ``持　有　股　數 (股)`` and
    ``持　股　比　例`` over the amounts, ``股`` … ``份`` spread over both, one row under
    them."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path, (A4_H, A4_W))
    c.setFont(font, 8.0)
    c.drawCentredString(A4_H / 2, A4_W - 45, "主要股東資訊")
    c.drawString(28, A4_W - 80, "附表十二")
    y = A4_W - 122
    for x, glyph in ((605, "股"), (694, "份")):
        c.drawString(x, y, glyph)
    y -= 14
    spaced = (
        (192, "主　　要　　股　　東　　名　　稱"),
        (532, "持　有　股　數 (股)"),
        (714, "持　股　比　例"),
    )
    for x, words in spaced:
        c.drawString(x, y, words)
    y -= 13
    name, shares, share = MAIN_HOLDER_ROW
    c.drawString(31, y, name)
    c.drawRightString(650, y, shares)
    c.drawRightString(749, y, share)
    y -= 77
    c.drawString(28, y, "(註)本表主要股東資訊係由集保公司以每季底最後一個營業日計算。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["主要股東資訊"])


# Names a narrow cell cuts whose row's figures stand beside the second line, none beside the
# first (`深圳宏芯宇電子股` / `份有限公司 $ 4,740,295`), and a bond's issuer whose form ends
# inside the cell's second line, the bond's name going on (`合作金庫商業銀行股份有` /
# `限公司112年度第2期無` / `擔保一般順位金融債券 $100,000`); a cell listing names (`公司、福建鼎`),
# whose lines open none. Made-up names.
CELL_FIGURE_ROWS: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("深圳宏晶宇電子股", "份有限公司"), ("$ 4,740,295", "35.83", "3,568,743"), -1),
    (("合豐芯鵬技術股份", "有限公司"), ("114,553", "24.23", "118,508"), -1),
    (
        ("合作商豐商業銀行股份有", "限公司112年度第2期無", "擔保一般順位金融債券"),
        ("$100,000", "-", "$100,000"),
        -1,
    ),
    (("本期增加",), ("20,000", "-", "10,000"), -1),
    # a cell listing names, cut wherever its width falls, the row's figures on its first
    # line: no later line opens a name (設計有限 / 公司、福建鼎)
    (
        ("福建省集泰建築", "設計有限", "公司、福建鼎", "成工程管理", "有限公司"),
        ("5,000", "-", "3,000"),
        0,
    ),
)


def make_cell_names_beside_figures_pdf(path: str | Path) -> PdfFixture:
    """``CELL_FIGURE_ROWS`` in a narrow label column, each name cut by its cell onto lines
    12 points down, the row's figures on the line each row says (its last, mostly)."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "(八)採用權益法之投資")
    for right, head in ((330.0, "113.3.31"), (400.0, "所有權益"), (480.0, "112.12.31")):
        c.drawRightString(right, A4_H - 100, head)
    y = A4_H - 124
    for lines, figures, at in CELL_FIGURE_ROWS:
        for k, line in enumerate(lines):
            c.drawString(60, y - 12 * k, line)
        last = y - 12 * (len(lines) - 1)
        for right, cell in zip((330.0, 400.0, 480.0), figures, strict=True):
            c.drawRightString(right, y - 12 * (at % len(lines)), cell)
        y = last - 16
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(八)採用權益法之投資"])


__all__ += [
    "CELL_FIGURE_ROWS",
    "MAIN_HOLDER_ROW",
    "OFFSET_BLOCKS",
    "OFFSET_LETTERS",
    "OFFSET_WRAPPED",
    "make_cell_names_beside_figures_pdf",
    "make_spaced_stub_one_row_pdf",
    "make_stacked_offsetting_pdf",
]


# ------------------------------------------------------------ a wrapped heading over its items

# (label, cells or None for a label-only line, x): sections under 流動項目 / 非流動項目, each
# headed by a name wrapped over two full lines, its tail hanging where the items stand; a
# section of one item, then one of several closed by a 小計 at the heading's indent
HEADED_ITEMS_LINES: tuple[tuple[str, tuple[str, ...] | None, float], ...] = (
    ("流動項目：", None, 140.0),
    ("透過其他綜合損益按公允價", None, 150.0),
    ("值衡量之權益工具投資", None, 162.0),
    ("上市櫃公司股票", ("$ 5,615,773", "$ 6,040,475"), 162.0),
    ("非流動項目：", None, 140.0),
    ("透過其他綜合損益按公允價", None, 150.0),
    ("值衡量之債務工具投資", None, 162.0),
    ("債券", ("$ 803,032", "$ 1,196,037"), 162.0),
    ("透過其他綜合損益按公允價", None, 150.0),
    ("值衡量之權益工具投資", None, 162.0),
    ("上市櫃公司股票", ("40,533,213", "37,301,843"), 162.0),
    ("未上市櫃公司股票", ("10,150,237", "8,938,332"), 162.0),
    ("基金", ("2,741,563", "2,853,482"), 162.0),
    ("小計", ("53,425,013", "49,093,657"), 150.0),
    ("合計", ("$ 54,228,045", "$ 50,289,694"), 140.0),
)


def make_headed_items_pdf(path: str | Path) -> PdfFixture:
    """A notes table whose section headings wrap over two full lines, the second hanging
    where the section's items stand (聯發科 113 Q3 p. 18): the heading's tail and its
    first item look like a label wrapped over three lines with its amounts."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(90, A4_H - 80, "3.透過其他綜合損益按公允價值衡量之金融資產")
    xs = (420.0, 500.0)
    y = A4_H - 110
    _draw_row(c, y, 150, "", xs, ("113.09.30", "112.12.31"))
    for label, cells, x in HEADED_ITEMS_LINES:
        y -= 16
        if cells is None:
            c.drawString(x, y, label)
        else:
            _draw_row(c, y, x, label, xs, cells)
    y -= 40
    c.drawString(90, y, "透過其他綜合損益按公允價值衡量之債務工具投資未有備抵損失。")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["3.透過其他綜合損益按公允價值衡量之金融資產"])


__all__ += ["HEADED_ITEMS_LINES", "make_headed_items_pdf"]


# ------------------------------------------ two moneys in one grid, blocks headed by money rows

MONEY_BLOCKS_UNIT = "單位：美金仟元及新台幣仟元"
MONEY_BLOCKS_HEADER = ("113年6月30日", "112年12月31日", "112年6月30日")
MONEY_BLOCKS = (
    (
        "新　台　幣",
        (
            ("應付股利", "$ 1,818,236", "$ -", "$ 930,917"),
            ("應付薪資及年獎", "1,177,755", "709,438", "535,025"),
            ("應付勞務費", "17,692", "15,159", "5,228"),
            ("", "$ 3,013,683", "$ 724,597", "$ 1,471,170"),
        ),
    ),
    (
        "美　　金",
        (
            ("應付股利", "$ 56,301", "$ -", "$ 30,269"),
            ("應付薪資及年獎", "36,294", "23,105", "17,181"),
            ("應付勞務費", "545", "494", "168"),
            ("", "$ 93,140", "$ 23,599", "$ 47,618"),
        ),
    ),
)


MONEY_ROWS = (
    ("新　台　幣", "$ 797,155", "$ 743,187", "$ 725,093"),
    ("美　　金", "$ 25,525", "$ 23,814", "$ 23,234"),
)


def make_money_blocks_pdf(
    path: str | Path, continued: bool = False, shares: bool = False
) -> PdfFixture:
    """A notes table of a filer reporting in US$ and NT$ (unit ``美金仟元及新台幣仟元``):
    the same items set twice in one grid, each block under a row naming its money
    (``新　台　幣``, ``美　　金``, letter-spaced over the label column). ``continued`` puts
    the second block on the next page, under ``（承前頁）`` and the dates set again, its
    money's line right under them (the text layer reads it into the header's corner).
    ``shares`` adds the next note's table, whose rows of figures are each named by a money
    (``已發行股本`` over ``新　台　幣 $ 797,155`` and ``美　　金 $ 25,525``)."""
    path = Path(path)
    size = 12.0
    c, font = _cjk_page(path, size)
    xs = (340.0, 432.0, 524.0)
    c.drawString(85, A4_H - 80, "十七、其他應付款")
    c.drawRightString(524, A4_H - 100, MONEY_BLOCKS_UNIT)
    y = A4_H - 120
    _draw_row(c, y, 100, "", xs, MONEY_BLOCKS_HEADER)
    for k, (money, rows) in enumerate(MONEY_BLOCKS):
        if k == 1 and continued:
            c.drawCentredString(A4_W / 2, y - 18, "（接次頁）")
            c.showPage()
            c.setFont(font, size)
            c.drawString(90, A4_H - 80, "（承前頁）")
            y = A4_H - 104
            _draw_row(c, y, 100, "", xs, MONEY_BLOCKS_HEADER)
        y -= 16
        glyphs = money.replace("　", "")
        _pitched_string(c, 113, y, glyphs, 36.0 / (len(glyphs) - 1))  # spread over 36 pt
        for label, *cells in rows:
            y -= 16
            _draw_row(c, y, 113, label, xs, cells)
    c.drawString(85, y - 30, "十八、權益")
    y -= 50
    if shares:
        c.drawRightString(524, y, MONEY_BLOCKS_UNIT)
        y -= 20
        _draw_row(c, y, 113, "", xs, MONEY_BLOCKS_HEADER)
        y -= 16
        c.drawString(113, y, "已發行股本")
        for money, *cells in MONEY_ROWS:
            y -= 16
            glyphs = money.replace("　", "")
            _pitched_string(c, 125, y, glyphs, 36.0 / (len(glyphs) - 1))
            _draw_row(c, y, 113, "", xs, cells)
        y -= 30
    c.drawString(100, y, "本公司額定股本為新台幣1,000,000仟元。")
    c.showPage()
    _save(c)
    pages = ["十七、其他應付款", "（承前頁）"] if continued else ["十七、其他應付款"]
    return PdfFixture(path=path, pages=pages)


__all__ += ["MONEY_BLOCKS", "MONEY_BLOCKS_UNIT", "MONEY_ROWS", "make_money_blocks_pdf"]


# ------------------------------- moneys set in columns, a block heading above the header

MONEY_COLUMNS_PERIODS = ("113年1月1日至6月30日", "112年1月1日至6月30日")
MONEY_COLUMNS_ROWS = (
    ("設備增加數", "$ 25,020", "$ 798,172", "$ 23,376", "$ 714,149"),
    ("應付設備款變動數", "630", "19,345", "( 1,031 )", "( 32,361 )"),
    ("取得設備支付現金數", "$ 25,650", "$ 817,517", "$ 22,345", "$ 681,788"),
)
LEAD_MONEY_BLOCKS = (
    (
        "新台幣",
        (
            ("員工酬勞", "$ 138,105", "$ 74,266", "$ 245,638", "$ 112,598"),
            ("董事酬勞", "14,559", "10,044", "28,711", "17,323"),
            ("", "$ 152,664", "$ 84,310", "$ 274,349", "$ 129,921"),
        ),
    ),
    (
        "美金",
        (
            ("員工酬勞", "$ 4,281", "$ 2,425", "$ 7,700", "$ 3,686"),
            ("董事酬勞", "450", "328", "900", "567"),
            ("", "$ 4,731", "$ 2,753", "$ 8,600", "$ 4,253"),
        ),
    ),
)
LEAD_PERIODS = ("113年6月30日", "112年12月31日", "112年6月30日", "112年3月31日")
FOREIGN_ROWS = (
    ("人民幣", "$ 752,461", "0.140315", "$ 105,580"),
    ("新台幣", "105,470", "0.030817", "3,250"),
)
CAPITAL_ROW = ("額定股本（新台幣）", "$ 1,000,000", "$ 1,000,000")


def make_money_columns_pdf(path: str | Path, layout: str) -> PdfFixture:
    """Two-money layouts of a filer reporting in US$ and NT$ (``美金仟元及新台幣仟元``).
    ``columns``: each period set over ``美金 | 新台幣`` (the cash-flow statement's
    supplementary table). ``lead``: the first block's money (``新台幣``) set above the
    dates, the second's (``美金``) after its rows, the dates set again under it.
    ``foreign``: ``外幣 | 匯率 | 帳面金額`` with rows naming their money (人民幣, 新台幣).
    ``capital``: a 新台幣仟元 table whose row names its money in brackets
    (``額定股本（新台幣）``), no scale of its own, and a per-share row naming it too."""
    path = Path(path)
    size = 11.0
    c, _ = _cjk_page(path, size)
    unit = "單位：新台幣仟元" if layout == "capital" else MONEY_BLOCKS_UNIT
    c.drawString(85, A4_H - 80, "二四、附註資訊")
    if layout == "lead":  # the notes' unit, stated once for every table under it
        c.drawString(85, A4_H - 100, "（除另予註明者外，金額係以美金仟元及新台幣仟元為單位）")
    else:
        c.drawRightString(540, A4_H - 100, unit)
    y = A4_H - 124
    if layout == "columns":
        xs = (300.0, 370.0, 450.0, 530.0)
        c.drawCentredString(335, y, MONEY_COLUMNS_PERIODS[0])
        c.drawCentredString(490, y, MONEY_COLUMNS_PERIODS[1])
        y -= 16
        _draw_row(c, y, 90, "", xs, ("美金", "新台幣", "美金", "新台幣"))
        for label, *cells in MONEY_COLUMNS_ROWS:
            y -= 16
            _draw_row(c, y, 90, label, xs, cells)
    elif layout == "lead":
        xs = (285.0, 370.0, 455.0, 540.0)
        for k, (money, rows) in enumerate(LEAD_MONEY_BLOCKS):
            if k == 0:
                c.drawCentredString(420, y, money)
                y -= 16
            _draw_row(c, y, 90, "", xs, LEAD_PERIODS)
            for label, *cells in rows:
                y -= 16
                _draw_row(c, y, 90, label, xs, cells)
            if k == 0:
                y -= 22
                c.drawString(90, y, LEAD_MONEY_BLOCKS[1][0])
                y -= 22
    elif layout == "foreign":
        xs = (300.0, 400.0, 520.0)
        _draw_row(c, y, 90, "", xs, ("外幣", "匯率", "帳面金額（美金仟元）"))
        y -= 16
        c.drawString(90, y, "金融資產")
        for label, *cells in FOREIGN_ROWS:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
    else:
        xs = (400.0, 520.0)
        _draw_row(c, y, 90, "", xs, ("113年6月30日", "112年12月31日"))
        for label, *cells in (
            CAPITAL_ROW,
            ("已發行股本", "$ 797,155", "$ 743,187"),
            ("每股淨值（新台幣）", "61.25", "58.10"),  # per share: 元, never 仟元
        ):
            y -= 16
            _draw_row(c, y, 90, label, xs, cells)
    c.drawString(85, y - 40, "二五、其他事項")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["二四、附註資訊"])


__all__ += [
    "CAPITAL_ROW",
    "FOREIGN_ROWS",
    "LEAD_MONEY_BLOCKS",
    "MONEY_COLUMNS_ROWS",
    "make_money_columns_pdf",
]


# --------------------------------------------------------------------------- fx tables, two dates

FX_DATES = ("114.03.31", "113.12.31")
FX_PAIR_ROWS = (
    ("美金：新臺幣", "$1,158,797", "33.13", "$38,390,931", "$1,135,303", "32.73", "$37,158,473"),
    ("日圓：美金", "5,418,367", "0.0067", "1,202,720", "3,508,746", "0.0064", "734,984"),
)
FX_SCALED_ROWS = (
    ("美金(千元)", "$5,179", "31.65", "$163,904", "$2,497", "30.705", "$76,670"),
    ("人民幣(千元)", "193,933", "4.523", "877,161", "3,493", "4.327", "15,113"),
)


def make_fx_dates_pdf(path: str | Path, layout: str) -> PdfFixture:
    """A note's foreign-currency table under ``新臺幣千元``, each date over its own run of
    ``外幣 | 匯率 | 新臺幣``. ``pair``: rows naming a pair of moneys (``美金：新臺幣``, the
    amounts in the first), columns ``外幣(千元)`` and ``新臺幣(千元)``, each date centred over
    the right-hand two of its three names. ``scaled``: rows naming their money and scale
    (``美金(千元)``), ``外幣`` and ``新臺幣`` set half a line below the dates (cells two
    lines high), each date over its ``匯率``."""
    path = Path(path)
    c, _ = _cjk_page(path, 10.0)
    c.drawString(85, A4_H - 70, "（金額除另予註明外，均以新臺幣千元為單位）")
    c.drawString(85, A4_H - 100, "8. 具重大影響之外幣金融資產及負債資訊")
    c.drawString(100, A4_H - 120, "具重大影響之外幣金融資產及負債資訊如下：")
    xs = (230.0, 275.0, 345.0, 415.0, 460.0, 535.0)
    y = A4_H - 150
    if layout == "pair":
        c.drawCentredString(322, y, FX_DATES[0])
        c.drawCentredString(510, y, FX_DATES[1])
        y -= 20
        _draw_row(c, y, 100, "", xs, ("外幣(千元)", "匯 率", "新臺幣(千元)") * 2)
        rows = FX_PAIR_ROWS
    else:
        c.drawCentredString(262, y, FX_DATES[0])
        c.drawCentredString(447, y, FX_DATES[1])
        _draw_row(c, y - 9, 100, "", (xs[0], xs[2], xs[3], xs[5]), ("外幣", "新臺幣") * 2)
        y -= 18
        for x in (xs[1], xs[4]):
            c.drawRightString(x, y, "匯 率")
        rows = FX_SCALED_ROWS
    y -= 20
    c.drawString(100, y, "金融資產")
    for label, *cells in rows:
        y -= 16
        _draw_row(c, y, 100, label, xs, cells)
    c.drawString(85, y - 40, "9. 其他事項")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["8. 具重大影響之外幣金融資產及負債資訊"])


__all__ += ["FX_DATES", "FX_PAIR_ROWS", "FX_SCALED_ROWS", "make_fx_dates_pdf"]


# --------------------------------------------------------------------------- a period on two lines

SPLIT_PERIOD_TITLE = "1.客戶合約收入之細分"
SPLIT_PERIOD_NAMES = ("電源及零組件", "交通", "合計")
# (start line, its end under it, beside the column names or on a line of its own, rows)
SPLIT_PERIOD_BLOCKS: tuple[tuple[str, str, bool, tuple[tuple[str, ...], ...]], ...] = (
    (
        "114年1月1日",
        "至3月31日",
        True,
        (
            ("合約收入", "$ 59,776,583", "$ 10,623,388", "$ 70,399,971"),
            ("隨時間認列", "2,249", "-", "2,249"),
        ),
    ),
    (
        "113年1月1日",
        "至3月31日",
        False,
        (
            ("合約收入", "$ 46,766,253", "$ 10,528,817", "$ 57,295,070"),
            ("隨時間認列", "2,268", "-", "2,268"),
        ),
    ),
)


def make_split_period_pdf(path: str | Path) -> PdfFixture:
    """A note's breakdown set once per period, each period written on two lines over the
    label column (台達電 and 長榮's ``114年1月1日`` over ``至3月31日``): the first block's
    range end stands level with its column names, the second's on a line of its own
    (巨大's ``至 3月 31日`` between its period's start and its rows)."""
    path = Path(path)
    c, _ = _cjk_page(path, 9.0)
    xs = (300.0, 380.0, 460.0)
    y = A4_H - 80
    c.drawString(110, y, SPLIT_PERIOD_TITLE)
    for start, end, beside, rows in SPLIT_PERIOD_BLOCKS:
        y -= 20
        c.drawString(130, y, start)
        y -= 12
        c.drawString(134, y, end)
        if not beside:
            y -= 12
        _draw_row(c, y, 134, "", xs, SPLIT_PERIOD_NAMES)
        for row in rows:
            y -= 12
            _draw_row(c, y, 130, row[0], xs, row[1:])
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[SPLIT_PERIOD_TITLE])


__all__ += [
    "SPLIT_PERIOD_BLOCKS",
    "SPLIT_PERIOD_NAMES",
    "make_split_period_pdf",
]


# ---------------------------------------------------------------- a statement's next page

INCOME_TITLE = "合併綜合損益表"
INCOME_PERIOD = "民國114年及113年1月1日至3月31日"
INCOME_HEADER = ("114年1月1日至3月31日", "113年1月1日至3月31日")
# (code, label, note, now, before): the first page's rows, then the next page's, whose
# labels run over the note column (their note inside them, as 台達電 prints it).
INCOME_ROWS_FIRST: tuple[tuple[str, str, str, str, str], ...] = (
    ("4000", "營業收入", "六(二十)", "$ 118,919,406", "$ 91,297,990"),
    ("5000", "營業成本", "六(六)", "( 79,931,230)", "( 62,135,900)"),
    ("5900", "營業毛利", "", "38,988,176", "29,162,090"),
    ("7900", "稅前淨利", "", "15,662,898", "8,765,358"),
    ("7950", "所得稅費用", "六(二十七)", "( 3,619,576)", "( 1,798,113)"),
    ("8200", "本期淨利", "", "$ 12,043,322", "$ 6,967,245"),
)
INCOME_ROWS_NEXT: tuple[tuple[str, str, str, str, str], ...] = (
    ("8311", "確定福利計畫之再衡量數", "", "( 18,911)", "523"),
    ("8316", "透過其他綜合損益按公允價值六(三)衡量", "", "( 26,682)", "( 156,682)"),
    ("8310", "不重分類至損益之項目總額", "", "( 45,593)", "( 156,159)"),
    ("8500", "本期綜合損益總額", "", "$ 11,997,729", "$ 6,811,086"),
)


def make_income_next_page_pdf(path: str | Path) -> PdfFixture:
    """An income statement over two pages, both under the statement's name, period and
    unit line; the first page has a note column (附註) under its column names, the
    second (its names not read into its grid) carries its rows' notes inside their
    labels (``…公允價值六(三)衡量之…``), which run over where that column stands, and no
    cell of its own there: one table all the same."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    xs = (330.0, 470.0)
    for page, rows in ((1, INCOME_ROWS_FIRST), (2, INCOME_ROWS_NEXT)):
        c.setFont(font, 9)
        y = _statement_heading(
            c,
            A4_H - 60,
            STATEMENT_COMPANY,
            INCOME_TITLE,
            INCOME_PERIOD,
            STATEMENT_UNIT,
            step=12,
            right=540,
        )
        y -= 22
        for x, head in zip(xs, INCOME_HEADER, strict=True):
            if page == 1:  # the next page's names are read with no row of the grid
                c.drawRightString(x, y, head)
        for code, label, note, now, before in rows:
            y -= 16
            c.drawString(50, y, code)
            c.drawString(80, y, label)
            if note:
                c.drawString(200, y, note)
            c.drawRightString(xs[0], y, now)
            c.drawRightString(xs[1], y, before)
        if page == 1:
            y = 60.0  # the first page's grid runs to its foot
            c.drawCentredString(A4_W / 2, y, "(續次頁)")
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[INCOME_TITLE, INCOME_TITLE])


__all__ += [
    "INCOME_ROWS_FIRST",
    "INCOME_ROWS_NEXT",
    "make_income_next_page_pdf",
]


# ---------------------------------------------------------------- letter-spaced header names

SPACED_TITLE = "三五、關係人交易"
# (heading, font size, the spaced name's glyph x0s, tight column names after it as
# (text, x0), date names right-aligned at xs, rows (labels..., amounts...)): 新應材's
# notes tables, whose justified label name reaches up to the next column.
SPACED_HEADER_BLOCKS: tuple[
    tuple[
        str,
        float,
        str,
        tuple[float, ...],
        tuple[tuple[str, float], ...],
        tuple[float, ...],
        tuple[tuple[str, ...], ...],
    ],
    ...,
] = (
    (
        "(四) 應收帳款－關係人",
        12.0,
        "關係人名稱",
        (127.6, 157.6, 187.6, 217.4, 247.3),
        (),
        (346.4, 441.4, 530.5),
        (
            ("甲公司", "$ -", "$ 17", "$ 50"),
            ("乙公司", "1,200", "980", "1,010"),
        ),
    ),
    (
        "(五) 應付款項－關係人",
        10.0,
        "帳列科目",
        (127.6, 158.3, 189.0, 219.7),
        (("關係人名稱", 238.2),),
        (378.9, 457.9, 534.5),
        (
            ("應付帳款", "甲公司", "$ 168,770", "$ 99,985", "$ 178,403"),
            ("其他應付款", "甲公司", "$ 42", "$ 126", "$ 63"),
        ),
    ),
)
SPACED_DATES = ("114年3月31日", "113年12月31日", "113年3月31日")


def make_spaced_header_pdf(path: str | Path) -> PdfFixture:
    """Notes tables whose label column's name is set letter-spaced across the space left
    of the amounts (``關　係　人　名　稱``, ``帳　列　科　目``), its last glyph nearer the
    first amount column's name than its own column's labels."""
    path = Path(path)
    font = _register_cjk()
    c = _canvas(path)
    c.setFont(font, 10.0)
    y = A4_H - 80
    c.drawString(110, y, SPACED_TITLE)
    for heading, size, name, xs0, tight, date_xs, rows in SPACED_HEADER_BLOCKS:
        y -= 30
        c.setFont(font, size)
        c.drawString(110, y, heading)
        y -= 20
        for ch, x in zip(name, xs0, strict=True):
            c.drawString(x, y, ch)
        for text, x in tight:
            c.drawString(x, y, text)
        for x, d in zip(date_xs, SPACED_DATES, strict=True):
            c.drawRightString(x, y, d)
        for row in rows:
            y -= size + 4
            labels, amounts = row[: 1 + len(tight)], row[1 + len(tight) :]
            c.drawString(xs0[0], y, labels[0])
            for (_, x), text in zip(tight, labels[1:], strict=True):
                c.drawString(x, y, text)
            for x, a in zip(date_xs, amounts, strict=True):
                c.drawRightString(x - 6, y, a)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[SPACED_TITLE])


__all__ += ["SPACED_DATES", "SPACED_HEADER_BLOCKS", "make_spaced_header_pdf"]


# ------------------------------------- a deck's statement slide: bare corner unit, folio row
# A deck's income-statement slide (set as the 2025 decks of an ODM and a brand are): the
# unit alone in the label column's corner with no brackets or colon (``新台幣百萬元``,
# ``in NT$ Mn``, ``NT$ M``), English and Chinese rows, one counting days (``Avg. Days of
# AR``), and at the slide's foot the folio set left of the labels, on the line of a
# running ``CONFIDENTIAL AND PROPRIETARY INFORMATION`` mark (or a second folio at the right).
DECK_CORNER_HEADER = ("4Q25", "3Q25", "QoQ", "4Q24", "YoY")
DECK_CORNER_ROWS = (
    ("營業收入淨額", "720,941", "567,805", "27.0%", "297,182", "142.6%"),
    ("營業淨利", "25,474", "27,142", "-6.1%", "11,858", "114.8%"),
    ("所得稅費用", "(4,924)", "(5,518)", "-10.8%", "(3,195)", "54.1%"),
    ("本期淨利", "8,167", "7,406", "10.3%", "5,312", "53.7%"),
    ("Avg. Days of AR", "68", "68", "", "70", ""),
    ("EPS", "2.60", "2.36", "10.2%", "1.85", "40.5%"),
)


def make_deck_corner_unit_pdf(path: str | Path, corner: str, foot: str) -> PdfFixture:
    """The slide described above; ``foot`` is what stands right of the folio on its line
    (the running mark, a second folio, or nothing)."""
    path = Path(path)
    c, _, _ = _slide(path, "4Q25 合併綜合損益表", 13.0)
    xs = (330.0, 440.0, 540.0, 650.0, 760.0)
    y = 200.0  # the grid runs to the slide's foot, its last row 48 pt over the folio
    c.drawString(110, y, corner)
    for x, name in zip(xs, DECK_CORNER_HEADER, strict=True):
        c.drawRightString(x, y, name)
    y -= 24
    for label, *cells in DECK_CORNER_ROWS:
        _draw_row(c, y, 110, label, xs, cells)
        y -= 22
    c.setFontSize(9)
    c.drawString(8, 18, "17")  # at the slide's very edge, left of the labels
    if foot.isdigit():
        c.drawRightString(952, 18, foot)
    elif foot:  # a running mark, its words set apart (read as cells of their own)
        for k, word in enumerate(foot.split("|")):
            c.drawString(560 + 130 * k, 18, word)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["4Q25 合併綜合損益表"])


__all__ += ["DECK_CORNER_HEADER", "DECK_CORNER_ROWS", "make_deck_corner_unit_pdf"]


# ------------------------------------- a deck's English statement slide: an English unit line
# An English-language statement slide (as a display-driver maker's and a chip vendor's
# 2025–26 decks set them): the unit line in words, `(Expressed in New Taiwan Thousand
# Dollars)` right-aligned over the right-hand columns above the header, or `(in millions,
# except per share data and percentages)` in small type in the label column's corner,
# level with the header; a section's label, rows of amounts, a share column, an EPS row.
DECK_EN_HEADER = ("2025/Q3", "%", "2024/Q3", "%", "Growth %")
DECK_EN_ROWS = (
    ("Consolidated", "", "", "", "", ""),
    ("Net sales", "24,816,011", "100.00", "23,581,004", "100.00", "5.24"),
    ("Cost of goods sold", "(15,431,690)", "(62.18)", "(14,093,017)", "(59.76)", "9.50"),
    ("Gross profit", "9,384,321", "37.82", "9,487,987", "40.24", "(1.09)"),
    ("Operating income", "4,270,136", "17.21", "5,017,223", "21.28", "(14.89)"),
    ("EPS", "6.35", "", "7.62", "", "(16.67)"),
)


def make_deck_english_unit_pdf(
    path: str | Path, unit_line: str, corner: bool, lifted: bool = False
) -> PdfFixture:
    """The slide described above; ``corner`` sets the unit line in the corner, level with
    the header, else right-aligned over the right columns a line above it; ``lifted`` sets
    it in the corner in the body's type, a little above the header line, its foot level
    with the names (`(NT$ Mn)` of an ODM's 2025 deck)."""
    path = Path(path)
    c, font, _ = _slide(path, "Consolidated Income Statement (QoQ)", 12.0)
    xs = (390.0, 470.0, 590.0, 670.0, 780.0)
    y = 400.0
    if lifted:
        c.drawString(90, y + 7, unit_line)
    elif corner:
        c.setFont(font, 7)
        c.drawString(90, y - 2, unit_line)
        c.setFont(font, 12)
    else:
        c.drawRightString(xs[-1], y + 22, unit_line)
    for x, name in zip(xs, DECK_EN_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in DECK_EN_ROWS:
        y -= 24
        _draw_row(c, y, 90, label, xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["Consolidated Income Statement (QoQ)"])


# An infographic slide: captions in blocks side by side, a figure here and there set apart
# from its words (`Leading 75M+`, `10` over `Design wins`), a footnote and the folio at the
# foot.
INFOGRAPHIC_LINES = (  # (top, font size, ((x, text), …))
    (196.0, 18.0, ((480.0, "Elite Platform"), (786.0, "10"))),
    (215.0, 12.0, ((56.0, "Leading"), (260.0, "75M+"), (480.0, "Rapid market adoption"))),
    (240.0, 12.0, ((480.0, "on premium platforms"),)),
    (245.0, 12.0, ((786.0, "Design wins"),)),
    (259.0, 24.0, ((56.0, "Worldwide"), (260.0, "Vehicles"))),
    (287.0, 12.0, ((56.0, "cockpit provider"), (260.0, "with our cockpit"))),
    (297.0, 12.0, ((260.0, "Platform"),)),
    (359.0, 24.0, ((53.0, "1st Ride Flex"),)),
    (393.0, 24.0, ((123.0, "on the road"),)),
    (427.0, 12.0, ((56.0, "First commercial automotive platform"),)),
    (440.0, 12.0, ((56.0, "ADAS workloads with infotainment"),)),
    (453.0, 12.0, ((56.0, "same chipset"),)),
    (512.0, 8.0, ((105.0, "1. Infotainment SoCs. Market Tracker, May 2025."), (912.0, "10"))),
)


def make_infographic_pdf(path: str | Path) -> PdfFixture:
    """The slide described above."""
    path = Path(path)
    c, font, h = _slide(path, "Automotive Key Update", 12.0)
    for top, size, phrases in INFOGRAPHIC_LINES:
        c.setFont(font, size)
        for x, text in phrases:
            c.drawString(x, h - top - 0.8 * size, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["Automotive Key Update"])


__all__ += [
    "DECK_EN_HEADER",
    "DECK_EN_ROWS",
    "INFOGRAPHIC_LINES",
    "make_deck_english_unit_pdf",
    "make_infographic_pdf",
]


# A guidance slide (an English deck): a quarter's guidance table whose cells are ranges set
# with a dash (`$10.3B - $10.9B`, `30% - 32%`), figures with a scale letter after the dollar
# sign (`$12.3B`, `($181M)`) and approximate ones (`~$2.45B`); under it, a second table
# with its own column names (`Annual Guidance | FY26 Prior Guidance | FY26 Guidance`),
# and on a second slide a titled table (`Effective Tax Rates`) over its own names.
GUIDANCE_HEADER = ("Q1FY26 Guidance", "Q1FY26 Results", "Q2FY26 Guidance")
GUIDANCE_ROWS = (
    ("Revenues", "$11.8B - $12.6B", "$12.3B", "$10.2B - $11.0B"),
    ("Non-GAAP diluted EPS", "$3.30 - $3.50", "$3.50", "$2.45 - $2.65"),
    ("Operating expenses", "~$2.45B", "$2.35B", "~$2.60B"),
    ("Other expense (income), net", "$30M", "($181M)", "$50M"),
    ("QCT EBT margin %", "30% - 32%", "31%", "26% - 28%"),
)
GUIDANCE_SECOND = (
    ("Annual Guidance", "", "FY26 Prior Guidance", "FY26 Guidance"),
    ("Effective tax rate", "", "13.5%", "13.5%"),
)
GUIDANCE_TAX_TITLE = "Effective Tax Rates"
GUIDANCE_TAX_HEADER = ("GAAP Results", "Less QSI", "Less Other Items", "Non-GAAP Results")
GUIDANCE_TAX_ROWS = (
    ("Q1FY26 tax rate", "15%", "—", "1.5%", "13.5%"),
    ("Estimated FY26 annual tax rate", "14%", "—", "0.5%", "13.5%"),
)


def make_stacked_guidance_pdf(path: str | Path) -> PdfFixture:
    """The slides described above: page 1 the guidance table with the annual guidance
    under it; page 2 the operating expenses with the titled tax-rate table under them."""
    path = Path(path)
    c, font, _ = _slide(path, "Financial Results and Guidance", 12.0)
    xs = (520.0, 680.0, 840.0)
    y = 430.0
    for x, name in zip(xs, GUIDANCE_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in GUIDANCE_ROWS:
        y -= 24
        _draw_row(c, y, 60, label, xs, cells)
    for label, *cells in GUIDANCE_SECOND:
        y -= 30
        _draw_row(c, y, 60, label, xs[1:], cells[1:])
    c.showPage()
    c.setFont(font, 24)
    c.drawString(60, 470, "Operating Expenses")
    c.setFont(font, 12)
    xs4 = (430.0, 560.0, 690.0, 840.0)
    y = 430.0
    for x, name in zip(xs4[1:], GUIDANCE_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in (
        ("R&D and SG&A expenses", "", "~$3,300", "$3,318", "~$3,450"),
        ("Less share-based compensation", "", "N/P", "$868", "N/P"),
        ("Non-GAAP operating expenses", "", "~$2,450", "$2,353", "~$2,600"),
    ):
        y -= 24
        _draw_row(c, y, 60, label, xs4[1:], cells[1:])
    y -= 34
    c.drawString(60, y, GUIDANCE_TAX_TITLE)
    y -= 24
    for x, name in zip(xs4, GUIDANCE_TAX_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in GUIDANCE_TAX_ROWS:
        y -= 24
        _draw_row(c, y, 60, label, xs4, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["Financial Results and Guidance", "Operating Expenses"])


__all__ += [
    "GUIDANCE_HEADER",
    "GUIDANCE_ROWS",
    "GUIDANCE_SECOND",
    "GUIDANCE_TAX_HEADER",
    "GUIDANCE_TAX_ROWS",
    "GUIDANCE_TAX_TITLE",
    "make_stacked_guidance_pdf",
]


# ------------------------------------ a deck's statement slide, its header stacked on two lines
# A chip vendor's statement slide (as its 2025 decks set it): the years on one line, the unit
# line with Q-Q / Y-Y between, the quarters (第一季 第四季 第一季) under their years; and a
# pie-chart slide of a contract maker's English deck with its one-sentence commentary at the
# foot (revenue totaled NT$320Bn in 4Q2025 and increased by 24% QoQ, …).
DECK_STACKED_YEARS = ("2025年", "2024年", "2024年")
DECK_STACKED_QUARTERS = ("第一季", "第四季", "第一季")
DECK_STACKED_ROWS = (
    ("營業收入", "153,312", "138,043", "133,458", "11.1%", "14.9%"),
    ("營業毛利", "73,809", "67,001", "69,901", "10.2%", "5.6%"),
    ("本期淨利", "29,529", "23,941", "31,655", "23.3%", "(6.7%)"),
)
DECK_COMMENTARY = (
    "Consolidated revenue totaled NT$320Bn in 4Q2025 and increased by 24% QoQ, mainly "
    "driven by better demand in Computing and Consumer segments."
)


def make_deck_stacked_header_pdf(path: str | Path) -> PdfFixture:
    """The two slides described above, on two pages."""
    path = Path(path)
    c, font, _ = _slide(path, "合併損益表 (自結數)", 12.0)
    xs = (420.0, 520.0, 620.0, 720.0, 820.0)
    _draw_row(c, 420, 110, "", xs[:3], DECK_STACKED_YEARS)
    _draw_row(c, 404, 110, "(單位:新台幣佰萬元)", xs[3:], ("Q-Q", "Y-Y"))
    _draw_row(c, 388, 110, "", xs[:3], DECK_STACKED_QUARTERS)
    y = 360.0
    for label, *cells in DECK_STACKED_ROWS:
        _draw_row(c, y, 110, label, xs, cells)
        y -= 22
    c.showPage()
    c.setFont(font, 24)
    c.drawString(60, 470, "Consolidated Revenue Trend")
    c.setFont(font, 11)
    c.drawString(80, 420, "Unit: NTD Bn")
    for k, (share, tick) in enumerate((("71%", "327"), ("62%", "320"), ("64%", "294"))):
        c.drawString(200 + 120 * k, 360, share)
        c.drawString(200 + 120 * k, 330, tick)
    for k, q in enumerate(("2Q25", "3Q25", "4Q25")):
        c.drawString(200 + 120 * k, 300, q)
    c.drawString(60, 120, DECK_COMMENTARY)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併損益表 (自結數)", "Consolidated Revenue Trend"])


__all__ += [
    "DECK_COMMENTARY",
    "DECK_STACKED_QUARTERS",
    "DECK_STACKED_ROWS",
    "DECK_STACKED_YEARS",
    "make_deck_stacked_header_pdf",
]


# A pie chart on a slide (a deck's revenue by product line): each wedge a filled curved
# path, its label and share set on it or beside it, one or two a line. Read from text
# alignment alone the labels make a grid of shares; the wedges under them make a chart.
PIE_CENTRE = (360.0, 290.0)  # top-down
PIE_RADIUS = 160.0
PIE_SHARES = (30, 21, 18, 17, 10, 4)
PIE_CHART_LABELS = (  # (top, x, text), top-down like the page's lines
    (75, 361, "個人電腦"),
    (75, 459, "其它"),
    (91, 283, "電腦週邊產品"),
    (103, 381, "0%"),
    (103, 463, "0%"),
    (119, 319, "4%"),
    (161, 189, "工作站及伺服器"),
    (189, 244, "10%"),
    (221, 421, "顧問服務"),
    (263, 214, "軟體授權"),
    (276, 436, "30%"),
    (291, 229, "17%"),
    (363, 398, "儲存設備"),
    (378, 269, "網路產品"),
    (391, 413, "21%"),
    (405, 284, "18%"),
)


def make_pie_chart_pdf(path: str | Path, wedges: bool = True) -> PdfFixture:
    """The slide described above; ``wedges=False`` sets the labels alone."""
    path = Path(path)
    c, font, h = _slide(path, "產品別營收", 16.0)
    if wedges:
        cx, cy = PIE_CENTRE[0], h - PIE_CENTRE[1]
        r = PIE_RADIUS
        start = 90.0
        for k, share in enumerate(PIE_SHARES):
            extent = -360.0 * share / 100
            c.setFillColorRGB(0.2 + 0.12 * k, 0.5, 0.8 - 0.1 * k)
            c.wedge(cx - r, cy - r, cx + r, cy + r, start, extent, stroke=0, fill=1)
            start += extent
        c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 16.0)
    for top, x, text in PIE_CHART_LABELS:
        c.drawString(x, h - top - 0.8 * 16.0, text)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["產品別營收"])


__all__ += ["PIE_CHART_LABELS", "PIE_SHARES", "make_pie_chart_pdf"]


# A ruled slide table with a small box drawn over it (a callout's frame, an arrow's tail
# box) whose sides fall inside two columns: pdfplumber's grid takes the box's sides as
# column lines across the whole table, so a column that no text starts in opens beside
# `FY25` (its header cell runs across it) and the table reads `FY25 | FY25`.
STRAY_BOX_HEADER = ("項目", "FY25", "FY24", "YoY (%)")
STRAY_BOX_ROWS = (
    ("營業收入", "12,345", "10,210", "20.9%"),
    ("營業毛利", "3,456", "2,901", "19.1%"),
    ("營業利益", "1,234", "1,002", "23.2%"),
    ("稅後淨利", "1,101", "950", "15.9%"),
)


def make_stray_box_grid_pdf(path: str | Path, box: bool = True) -> PdfFixture:
    """The slide described above; ``box=False`` draws the grid alone."""
    path = Path(path)
    c, _font, h = _slide(path, "財務資訊摘要", 14.0)
    xs = (100.0, 300.0, 440.0, 580.0, 720.0)
    tops = [120.0 + 30.0 * k for k in range(len(STRAY_BOX_ROWS) + 2)]
    c.setLineWidth(0.8)
    for top in tops:
        c.line(xs[0], h - top, xs[-1], h - top)
    for x in xs:
        c.line(x, h - tops[0], x, h - tops[-1])
    if box:  # sides at 390 (inside FY25's column) and 500 (inside FY24's)
        c.rect(390.0, h - (tops[3] + 8.0), 110.0, 16.0, stroke=1, fill=0)
    for k, row in enumerate((STRAY_BOX_HEADER, *STRAY_BOX_ROWS)):
        y = h - tops[k] - 20.0
        c.drawString(xs[0] + 6, y, row[0])
        for j, cell in enumerate(row[1:], start=1):
            c.drawRightString(xs[j + 1] - 8, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["財務資訊摘要"])


__all__ += ["STRAY_BOX_HEADER", "STRAY_BOX_ROWS", "make_stray_box_grid_pdf"]


# ------------------------------------ an English deck's cover and its recent-events slide
# A foundry's English deck (as its 2025 decks set it): the cover names the quarter in words
# with its year before (2025 First Quarter Earnings Conference) and its date under; a slide of
# recent events names quarters in words with the year after (… for the Fourth Quarter of 2024).
DECK_EN_COVER = ("2025 First Quarter Earnings Conference", "April 17, 2025")
DECK_EN_EVENTS = (
    "• Board of Directors Approved NT$4.50 Cash Dividend for the Fourth Quarter of 2024",
    "• Earthquake Losses Will Be Recognized in the First Quarter of 2025 (2025/02/10)",
)


def make_deck_en_quarter_names_pdf(path: str | Path) -> PdfFixture:
    """The cover slide and the recent-events slide described above, on two pages."""
    path = Path(path)
    c, font, h = _slide(path, DECK_EN_COVER[0], 14.0)
    c.drawString(60, h - 120, DECK_EN_COVER[1])
    c.showPage()
    c.setFont(font, 24)
    c.drawString(60, h - 70, "Recap of Recent Major Events")
    c.setFont(font, 13)
    for k, line in enumerate(DECK_EN_EVENTS):
        c.drawString(60, h - 140 - 30 * k, line)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=[DECK_EN_COVER[0], "Recap of Recent Major Events"])


__all__ += ["DECK_EN_COVER", "DECK_EN_EVENTS", "make_deck_en_quarter_names_pdf"]


# A column chart whose bars are drawn as ONE filled path (closed rectangles side by side
# on one baseline, of differing heights) with each bar's value label over it and the
# series' labels beside: read from text alone the labels line up into a grid. The same
# labels over highlight boxes (one path of rectangles of one height, a table's columns
# shaded) are a table and must stay one.
BAR_CHART_HEADER = ("項目", "2021", "2022", "2023", "2024", "2025")
BAR_CHART_ROWS = (
    ("每股盈餘", "5.62", "6.26", "6.64", "7.36", "7.80"),
    ("配發率", "90%", "91%", "94%", "95%", "99%"),
)
BAR_CHART_XS = (360.0, 470.0, 580.0, 690.0, 800.0)  # right edges of the amount columns
BAR_CHART_TOPS = (150.0, 180.0, 210.0)  # top-down baselines of the header and rows


def make_bar_chart_pdf(path: str | Path, shapes: str = "bars") -> PdfFixture:
    """The slide described above; ``shapes``: ``bars`` (one path, differing heights),
    ``boxes`` (one path, one height: highlight boxes) or ``none`` (the labels alone)."""
    path = Path(path)
    c, _font, h = _slide(path, "近年每股盈餘及股利配發率", 14.0)
    if shapes != "none":
        base = 260.0
        c.setFillColorRGB(0.75, 0.85, 0.95)
        p = c.beginPath()
        for k, x in enumerate(BAR_CHART_XS):
            top = BAR_CHART_TOPS[0] - 14.0 if shapes == "boxes" else 250.0 - 12.0 * k
            p.rect(x - 60.0, h - base, 70.0, base - top)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    for top, row in zip(BAR_CHART_TOPS, (BAR_CHART_HEADER, *BAR_CHART_ROWS), strict=True):
        c.drawString(150.0, h - top, row[0])
        for x, cell in zip(BAR_CHART_XS, row[1:], strict=True):
            c.drawRightString(x, h - top, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["近年每股盈餘及股利配發率"])


__all__ += ["BAR_CHART_HEADER", "BAR_CHART_ROWS", "make_bar_chart_pdf"]


# A deck's chart slide (a quarters chart and a years chart side by side over one baseline):
# over the bars the changes are set as stacks, each series word over its figure, the stacks
# at different heights (QoQ higher than YoY), so the text layer reads the words and figures
# interleaved (``QoQ`` / ``YoY -5.5% YoY`` / ``7.8% 12.3%``). ``layout``: ``stacked`` (the
# stacks), ``stacked_zh`` (the same with 季增 / 年增), ``close`` (the quarters chart's two
# stacks on one height, close side by side), ``header`` (the words over a table's rows of
# cells: no stacks), ``header_wide`` (a table's ``QoQ%`` / ``YoY%`` header over rows set far
# apart). Each stack is (word, figure, left x, top-down baseline of the word); the figure's
# baseline is 19 pt under the word's.
CHART_STACKS = (
    ("QoQ", "-5.5%", 520.0, 96.0),
    ("YoY", "7.8%", 425.0, 110.0),
    ("YoY", "12.3%", 790.0, 110.0),
)
CHART_ZH_WORDS = {"QoQ": "季增", "YoY": "年增"}
CHART_CATEGORIES = (
    ("3Q24", 410.0),
    ("2Q25", 495.0),
    ("3Q25", 580.0),
    ("2024", 760.0),
    ("2025", 850.0),
)
CHART_VALUES = ("131,813", "150,369", "142,097", "530,586", "595,966")
CHART_HEADER_ROWS = (
    ("營業收入", "142,097", "150,369", "131,813", "(5.5%)", "7.8%"),
    ("營業毛利", "66,112", "73,841", "61,232", "(10.5%)", "8.0%"),
)


def make_chart_change_labels_pdf(path: str | Path, layout: str = "stacked") -> PdfFixture:
    """The slide described above."""
    path = Path(path)
    c, font, h = _slide(path, "合併營業收入", 16.0)
    c.setFont(font, 12)
    c.drawString(60, h - 110, "(單位：新台幣佰萬元)")
    if layout in ("header", "header_wide"):
        wide = layout == "header_wide"
        pitch = 28.0 if wide else 20.0
        c.setFont(font, 14 if wide else 12)
        # (wide: the change columns set apart from the amounts, as on a deck's table)
        xs = (300.0, 380.0, 460.0, 640.0, 720.0) if wide else (420.0, 500.0, 580.0, 660.0, 740.0)
        words = ("3Q25", "2Q25", "3Q24", "QoQ%" if wide else "QoQ", "YoY%" if wide else "YoY")
        for x, word in zip(xs, words, strict=True):
            c.drawRightString(x, h - 140, word)
        for k, (label, *cells) in enumerate(CHART_HEADER_ROWS):
            c.drawString(200, h - 160 - pitch * k, label)
            for x, cell in zip(xs, cells, strict=True):
                c.drawRightString(x, h - 160 - pitch * k, cell)
        c.showPage()
        _save(c)
        return PdfFixture(path=path, pages=["合併營業收入"])
    base = 430.0
    c.setFillColorRGB(0.75, 0.75, 0.75)
    p = c.beginPath()
    for k, (_, x) in enumerate(CHART_CATEGORIES):
        top = 240.0 - 15.0 * (k % 3)
        p.rect(x - 5.0, h - base, 50.0, base - top)
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 14)
    for (label, x), value in zip(CHART_CATEGORIES, CHART_VALUES, strict=True):
        c.drawString(x, h - 450, label)
        c.drawString(x - 8.0, h - 250 + 15.0 * (CHART_VALUES.index(value) % 3), value)
    c.setFont(font, 16)
    for k, (word, figure, x, top) in enumerate(CHART_STACKS):
        if layout == "close" and k < 2:  # QoQ and YoY on one height, 3 ems apart
            x, top = 430.0 + 85.0 * (1 - k), 96.0
        c.drawString(x, h - top, CHART_ZH_WORDS[word] if layout == "stacked_zh" else word)
        c.drawString(x - 4.0, h - top - 19.0, figure)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併營業收入"])


__all__ += [
    "CHART_CATEGORIES",
    "CHART_HEADER_ROWS",
    "CHART_STACKS",
    "CHART_ZH_WORDS",
    "make_chart_change_labels_pdf",
]


# ------------------------------------------------- two panels side by side, a unit line each
# A memory maker's cash-flow slide (as its 2026 deck sets it): at the left a table under
# its unit line, set in the label column's corner with the header's note `(尚未經會計師核閱)`
# beside it over the first amounts, and the column names a line above; a row's label
# wrapped over two lines with its amounts between them, the first marked for a note
# (`*-533`). At the right a second panel with its own title and unit line, its rows on the
# left table's lines. Read as one, the rows shared lines and the two units were one.
SIDE_PANEL_LEFT_HEADER = ("Q1’26", "Q4’25")
SIDE_PANEL_LEFT_ROWS = (
    ("期初餘額", "58,074", "52,313"),
    ("營業活動之現金流量", "31,287", "15,505"),
    ("資本支出", "-2,809", "-2,240"),
    ("財務活動現金流量及其它", "*-533", "-7,504"),
    ("期末餘額", "**86,019", "58,074"),
)
SIDE_PANEL_RIGHT_HEADER = ("Q1’26", "Q4’25")
SIDE_PANEL_RIGHT_ROWS = (
    ("毛利率", "67.9", "49.0"),
    ("營業利益率", "61.3", "39.1"),
    ("稅後淨利率", "53.1", "36.9"),
    ("股東權益報酬率", "42.5", "20.1"),
)


def make_side_panels_pdf(path: str | Path, right_unit: str = "單位：%") -> PdfFixture:
    """The slide described above; ``right_unit`` is the right panel's unit line (empty:
    the right panel has none, and the slide's panels are not told apart)."""
    path = Path(path)
    c, font, h = _slide(path, "合併現金流量與獲利率", 12.0)
    left_xs, right_xs = (373.0, 503.0), (790.0, 900.0)
    c.setFont(font, 16)
    c.drawString(600, h - 110, "獲利能力")
    c.setFont(font, 12)
    if right_unit:
        c.drawString(600, h - 134, right_unit)
    for x, name in zip(left_xs, SIDE_PANEL_LEFT_HEADER, strict=True):
        c.drawRightString(x, h - 120, name)
    c.drawString(70, h - 142, "單位：新台幣佰萬元")
    c.drawString(290, h - 142, "(尚未經會計師核閱)")
    for x, name in zip(right_xs, SIDE_PANEL_RIGHT_HEADER, strict=True):
        c.drawRightString(x, h - 160, name)
    top = 184.0
    for k, (label, *cells) in enumerate(SIDE_PANEL_LEFT_ROWS):
        if label == "財務活動現金流量及其它":  # the label over and under its amounts
            top += 13.0
            y = h - top
            c.drawString(70, y + 13, "財務活動現金流量")
            c.drawString(70, y - 12, "及其它")
            _draw_row(c, y, 70, "", left_xs, cells)
            top += 13.0
        else:
            y = h - top
            _draw_row(c, y, 70, label, left_xs, cells)
        if k < len(SIDE_PANEL_RIGHT_ROWS):
            label_r, *cells_r = SIDE_PANEL_RIGHT_ROWS[k]
            _draw_row(c, y, 600, label_r, right_xs, cells_r)
        top += 34.0
    c.setFont(font, 9)
    c.drawString(60, 40, "* 包含償還借款新台幣15億元")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["合併現金流量與獲利率"])


__all__ += [
    "SIDE_PANEL_LEFT_HEADER",
    "SIDE_PANEL_LEFT_ROWS",
    "SIDE_PANEL_RIGHT_HEADER",
    "SIDE_PANEL_RIGHT_ROWS",
    "make_side_panels_pdf",
]


# ------------------------------------------------- a deck's statement slide, notes in bullets
# An ODM's English income-statement slide (as its 2025 deck sets it): the unit `NT$MN` in
# the label column's corner on the header line, rows of amounts and shares, then under the
# grid two bulleted notes from the label column on, the second naming a share count, with
# the slide's folio at its right. Read as rows, the notes ran across the columns (the label,
# the first amounts and their share one cell) and the folio opened a column of its own.
DECK_BULLET_HEADER = ("NT$MN", "FY2025", "%", "FY2024", "%", "YoY")
DECK_BULLET_ROWS = (
    ("Net Sales", "2,123,689", "", "1,410,756", "", "50.5%"),
    ("Gross Profit", "148,332", "7.0", "110,760", "7.9", "33.9%"),
    ("Op Income", "87,396", "4.1", "61,622", "4.4", "41.8%"),
    ("Tax", "(19,487)", "", "(12,884)", "", ""),
    ("Basic EPS (in NT$)", "19.45", "", "15.49", "", ""),
)
DECK_BULLET_NOTES = (
    "Financial figures were Taiwan IFRSs based.",
    "EPS calculation based on the outstanding shares of 3,854,519K shares.",
)


def make_deck_bullet_notes_pdf(path: str | Path, bullet: str) -> PdfFixture:
    """The slide described above, its notes opened by ``bullet``."""
    path = Path(path)
    c, _, h = _slide(path, "FY2025 Income Statement", 12.0)
    xs = (351.0, 417.0, 533.0, 599.0, 678.0)
    y = h - 124.0
    c.drawString(51, y, DECK_BULLET_HEADER[0])
    for x, name in zip(xs, DECK_BULLET_HEADER[1:], strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in DECK_BULLET_ROWS:
        y -= 25
        _draw_row(c, y, 51, label, xs, cells)
    c.setFontSize(11)
    y -= 64
    for note in DECK_BULLET_NOTES:
        c.drawString(33, y, f"{bullet} {note}")
        y -= 24
    c.drawString(705, y + 24, "4")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["FY2025 Income Statement"])


__all__ += [
    "DECK_BULLET_HEADER",
    "DECK_BULLET_NOTES",
    "DECK_BULLET_ROWS",
    "make_deck_bullet_notes_pdf",
]


# ------------------------------------------------- a row's label set over and under its amounts
# A deck's financial summary (as a memory maker's 2026 deck sets it): rows at one pitch, one
# row's name set in two lines, half over and half under its line of amounts, both close to it
# and the first nearly as close to the row above (`稅前息前折舊攤銷前利益` / `*33,008 67.2%` /
# `稅前息前折舊攤銷前利益率 (%)`). The first half is the row's, not the row above's. A row
# names an amount and its rate (`營業毛利 毛利率 (%)`): its bare figures are amounts.
LABEL_HALVES_HEADER = ("Q1’26", "%", "Q4’25", "%")
LABEL_HALVES_ROWS = (
    ("營業收入", "49,087", "", "30,094", ""),
    ("營業毛利 毛利率 (%)", "33,316", "67.9%", "14,759", "49.0%"),
    ("營業淨利", "30,111", "61.3%", "11,781", "39.1%"),
    ("稅前息前折舊攤銷前利益|稅前息前折舊攤銷前利益率 (%)", "*33,008", "67.2%", "797", "11.1%"),
    ("業外收入 (支出)", "1,607", "3.3%", "1,602", "5.3%"),
    ("本期淨利", "26,058", "53.1%", "11,092", "36.9%"),
)


def make_label_halves_pdf(path: str | Path, over: float) -> PdfFixture:
    """The slide described above; ``over`` is how far (pt) the label's first half stands
    over its amounts' baseline (the second half as far under it, less one point)."""
    path = Path(path)
    c, _, h = _slide(path, "2026 年第 1 季財務摘要", 14.0)
    xs = (437.0, 505.0, 585.0, 653.0)
    y = h - 120.0
    c.drawString(41, y, "單位：新台幣佰萬元")
    for x, name in zip(xs, LABEL_HALVES_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in LABEL_HALVES_ROWS:
        y -= 34.0
        if "|" in label:
            upper, lower = label.split("|")
            c.drawString(41, y + over, upper)
            c.drawString(41, y - over + 1, lower)
            _draw_row(c, y, 41, "", xs, cells)
        else:
            _draw_row(c, y, 41, label, xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["2026 年第 1 季財務摘要"])


__all__ += ["LABEL_HALVES_HEADER", "LABEL_HALVES_ROWS", "make_label_halves_pdf"]


# (decks32) A deck's run of chart slides: each a title, a value axis down the chart's left
# side (ticks right-aligned, evenly spaced, counting down by a round step), bars, and the
# category axis at the foot, the same category labels on every slide (so a reader of page
# edges sees a running line in them), a years chart beside, its axis a little higher; the
# first two slides set QoQ / YoY stacks over the bars.
# ``layout``: ``quarters`` (3Q24 2Q25 3Q25), ``roc`` (a Taiwanese deck's ROC quarters, 113Q4
# 114Q3 114Q4, with 季增 / 年增), ``data`` (the left column holds data figures, uneven, no
# axis).
DECK_SLIDE_TITLES = ("Gross Margin", "Operating Margin", "Revenue", "Expenses", "Net Income")
DECK_SLIDE_TICKS = (
    ("55%", "50%", "45%", "40%", "35%"),
    ("30%", "25%", "20%", "15%", "10%"),
    ("160", "140", "120", "100", "80"),
    ("12", "10", "8", "6", "4"),
    ("2.0", "1.5", "1.0", "0.5", "0"),
)
DECK_SLIDE_DATA_COLUMN = ("48.8%", "46.5%", "49.1%", "41.2%", "44.0%")
DECK_SLIDE_CATEGORIES = {
    "quarters": ("3Q24", "2Q25", "3Q25"),
    "roc": ("113Q4", "114Q3", "114Q4"),
    "data": ("3Q24", "2Q25", "3Q25"),
}
# the years chart beside: its axis set 10 pt higher than the quarters' (2480's ``114 113``)
DECK_SLIDE_YEARS = {"quarters": ("2024", "2025"), "roc": ("113", "114"), "data": ("2024", "2025")}
DECK_SLIDE_STACKS = (
    (
        ("QoQ", "-2.6pts", 620.0, 100.0, 120.0),
        ("YoY", "-2.3pts", 524.0, 112.0, 136.0),
        ("YoY", "-0.7pts", 815.0, 112.0, 136.0),
    ),
    (
        ("QoQ", "-3.9pts", 620.0, 100.0, 120.0),
        ("YoY", "-2.5pts", 524.0, 112.0, 136.0),
        ("YoY", "-1.2pts", 815.0, 112.0, 136.0),
    ),
)
# the slide's side label, beside the axis's first ticks (``Consolidated 55%``)
DECK_SLIDE_SIDE = ("Consolidated", "Gross", "Margin")


def make_deck_chart_slides_pdf(path: str | Path, layout: str = "quarters") -> PdfFixture:
    """The slides described above, one per title."""
    path = Path(path)
    c, font, h = _slide(path, DECK_SLIDE_TITLES[0], 16.0)
    for n, title in enumerate(DECK_SLIDE_TITLES):
        if n:
            c.setFont(font, 24)
            c.drawString(60, h - 70, title)
        c.setFont(font, 12)
        column = DECK_SLIDE_DATA_COLUMN if layout == "data" and n == 0 else DECK_SLIDE_TICKS[n]
        for k, tick in enumerate(column):
            c.drawRightString(440.0, h - 200.0 - 45.0 * k, tick)
        for k, word in enumerate(DECK_SLIDE_SIDE):
            c.drawString(60.0, h - 200.0 - 45.0 * k, word)
        c.setFillColorRGB(0.75, 0.75, 0.75)
        p = c.beginPath()
        for k in range(3):
            p.rect(480.0 + 85.0 * k, h - 400.0, 50.0, 150.0 + 20.0 * k)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 14)
        for k, label in enumerate(DECK_SLIDE_CATEGORIES[layout]):
            c.drawString(485.0 + 85.0 * k, h - 420.0, label)
        for k, label in enumerate(DECK_SLIDE_YEARS[layout]):
            c.drawString(780.0 + 85.0 * k, h - 410.0, label)
        for word, figure, x, top, low in DECK_SLIDE_STACKS[n] if n < len(DECK_SLIDE_STACKS) else ():
            c.drawString(x, h - top, CHART_ZH_WORDS[word] if layout == "roc" else word)
            c.drawString(x - 6.0, h - low, figure)
        c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=list(DECK_SLIDE_TITLES))


__all__ += [
    "DECK_SLIDE_CATEGORIES",
    "DECK_SLIDE_DATA_COLUMN",
    "DECK_SLIDE_SIDE",
    "DECK_SLIDE_STACKS",
    "DECK_SLIDE_TICKS",
    "DECK_SLIDE_TITLES",
    "DECK_SLIDE_YEARS",
    "make_deck_chart_slides_pdf",
]


# ------------------------------------------- two panels stacked in one ruled grid
# A deck's reconciliation slide (as 8299's 4Q25 deck sets it): two panels, operating income
# and net income, each ruled, one under the other with a blank ruled band between that joins
# their frames into one grid. The lower panel has no header of its own (``shared``: its rows
# open with the upper's first label again, `TIFRS`) or repeats the header row, unit cell and
# column names (``own_head``). ``one``: a blank band inside one statement, other labels after
# it, cuts nothing.
STACKED_PANELS_HEADER = ("新台幣/百萬元", "4Q25", "3Q25", "4Q24")
STACKED_PANELS_UPPER = (
    ("TIFRS 營業利益", "3,334", "1,424", "(937)"),
    ("調節項目 股份基礎給付", "122", "39", "8"),
    ("Non-TIFRS 營業利益", "3,456", "1,463", "772"),
)
STACKED_PANELS_LOWER = (
    ("TIFRS 營業利益", "4,629", "2,227", "2,392"),
    ("調節項目 所得稅影響數", "(16)", "(6)", "713"),
    ("Non-TIFRS 營業利益", "4,735", "2,260", "524"),
)
STACKED_PANELS_OTHER = (
    ("營業外收入", "1,295", "803", "3,329"),
    ("所得稅費用", "(570)", "(428)", "(888)"),
    ("本期淨利", "4,629", "2,227", "2,392"),
)


def make_stacked_ruled_panels_pdf(
    path: str | Path, layout: str = "shared", box: bool = False
) -> PdfFixture:
    """The slide described above; ``layout``: ``shared``, ``own_head`` or ``one``.
    ``box``: a small box (an arrow's, as on 8299's slide) drawn from the blank band down
    into the lower panel's first row, its right side in the 3Q25 column left of `2,227`."""
    path = Path(path)
    c, _font, h = _slide(path, "財務資訊調節表-2025第四季", 13.0)
    lower: tuple[tuple[str, ...], ...] = (
        STACKED_PANELS_OTHER if layout == "one" else STACKED_PANELS_LOWER
    )
    if layout == "own_head":
        lower = (STACKED_PANELS_HEADER, *lower)
    lines: list[tuple[str, ...] | None] = [
        STACKED_PANELS_HEADER,
        *STACKED_PANELS_UPPER,
        None,  # the blank band between the panels
        *lower,
    ]
    xs = (80.0, 330.0, 480.0, 630.0, 780.0)
    tops = [110.0 + 28.0 * k for k in range(len(lines) + 1)]
    c.setLineWidth(0.8)
    for top in tops:
        c.line(xs[0], h - top, xs[-1], h - top)
    for x in xs:
        c.line(x, h - tops[0], x, h - tops[-1])
    if box:
        band = lines.index(None)
        c.rect(440.0, h - (tops[band + 1] + 12.0), 80.0, 24.0, stroke=1, fill=0)
    for k, row in enumerate(lines):
        if row is None:
            continue
        y = h - tops[k] - 19.0
        c.drawString(xs[0] + 6, y, row[0])
        for j, cell in enumerate(row[1:], start=1):
            c.drawRightString(xs[j + 1] - 8, y, cell)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["財務資訊調節表-2025第四季"])


__all__ += [
    "STACKED_PANELS_HEADER",
    "STACKED_PANELS_LOWER",
    "STACKED_PANELS_OTHER",
    "STACKED_PANELS_UPPER",
    "make_stacked_ruled_panels_pdf",
]


# ----------------------------------------- a US company's deck: `$` cells, a dollar named nowhere
# A chip vendor's English summary slide (a US company's 2026 deck): `(in millions, except per
# share data)` over the right-hand columns, amounts written `$12,252`, an EPS row `$3.50`,
# and a rate column. No unit line names NT$ and no line names the report's own money: the
# deck's `$` is the US dollar. ``foot`` is a line at the slide's foot (a footnote naming NT$,
# a Chinese line: then the `$` stays the report's own money).
DECK_USD_HEADER = ("Q1FY26", "Q1FY25", "YoY")
DECK_USD_ROWS = (
    ("Revenues", "$12,252", "$11,669", "5%"),
    ("EBT", "$4,372", "$4,427", "(1%)"),
    ("EPS", "$3.50", "$3.41", "3%"),
)


def make_deck_dollar_cells_pdf(
    path: str | Path, unit_line: str = "(in millions, except per share data)", foot: str = ""
) -> PdfFixture:
    """The slide described above."""
    path = Path(path)
    c, font, _ = _slide(path, "Q1 Fiscal 2026 Financial Summary", 12.0)
    xs = (420.0, 600.0, 760.0)
    y = 400.0
    c.drawRightString(xs[-1], y + 22, unit_line)
    for x, name in zip(xs, DECK_USD_HEADER, strict=True):
        c.drawRightString(x, y, name)
    for label, *cells in DECK_USD_ROWS:
        y -= 24
        _draw_row(c, y, 90, label, xs, cells)
    if foot:
        c.setFont(font, 9)
        c.drawString(90, 60, foot)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["Q1 Fiscal 2026 Financial Summary"])


__all__ += ["DECK_USD_HEADER", "DECK_USD_ROWS", "make_deck_dollar_cells_pdf"]


# ------------------------------------------- a bilingual deck's units: English over Chinese
# A power-supply maker's bilingual 2025 deck: a segment table in a ruled grid whose corner
# cell names the unit twice, `NT$ million 新台幣百萬元` (``corner``), and a chart's data
# rows under its unit set on two lines, `NT$ billion` over `新台幣十億元` (``two_lines``).
BILINGUAL_SEGMENT_HEADER = ("Sales", "Y/Y", "Profits")
BILINGUAL_SEGMENT_ROWS = (
    ("Power Electronics 電源及零組件", "80,506", "+35%", "16,277"),
    ("Mobility 交通", "7,220", "-31%", "-840"),
    ("Automation 自動化", "14,369", "+6%", "13"),
)
BILINGUAL_CHART_HEADER = ("4Q24", "1Q25", "2Q25", "3Q25", "4Q25")
BILINGUAL_CHART_ROWS = (
    ("Sales", "114.2", "118.9", "124.1", "150.3", "161.6"),
    ("GP", "35.2", "37.8", "44.1", "52.4", "55.9"),
    ("GPM", "30.8%", "31.8%", "35.5%", "34.9%", "34.6%"),
)


def make_bilingual_unit_pdf(path: str | Path, layout: str = "corner") -> PdfFixture:
    """The slide described above."""
    path = Path(path)
    c, _, h = _slide(path, "Performance by Segment 主要部門表現", 12.0)
    if layout == "corner":
        xs = (90.0, 330.0, 430.0, 530.0, 630.0)  # column edges
        top = h - 140
        rows = [("NT$ million 新台幣百萬元", *BILINGUAL_SEGMENT_HEADER), *BILINGUAL_SEGMENT_ROWS]
        bottom = top - 30 * len(rows)
        for k in range(len(rows) + 1):
            c.line(xs[0], top - 30 * k, xs[-1], top - 30 * k)
        for x in xs:
            c.line(x, top, x, bottom)
        for k, (label, *cells) in enumerate(rows):
            y = top - 30 * k - 19
            c.drawString(xs[0] + 4, y, label)
            for x, cell in zip(xs[2:], cells, strict=True):
                c.drawRightString(x - 6, y, cell)
    else:
        c.drawString(70, h - 130, "NT$ billion")
        c.drawString(70, h - 145, "新台幣十億元")
        xs = (330.0, 430.0, 530.0, 630.0, 730.0)
        for x, name in zip(xs, BILINGUAL_CHART_HEADER, strict=True):
            c.drawRightString(x, h - 170, name)
        for k, (label, *cells) in enumerate(BILINGUAL_CHART_ROWS):
            _draw_row(c, h - 194 - 24 * k, 70, label, xs, cells)
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["Performance by Segment 主要部門表現"])


__all__ += [
    "BILINGUAL_CHART_HEADER",
    "BILINGUAL_CHART_ROWS",
    "BILINGUAL_SEGMENT_HEADER",
    "BILINGUAL_SEGMENT_ROWS",
    "make_bilingual_unit_pdf",
]


# --------------------------------------------------------------------------- a unit per share

EPS_NOTE_ROWS = (("基本每股盈餘", "$ 0.48", "$ 0.43"), ("稀釋每股盈餘", "0.48", "0.43"))
EPS_NOTE_PROFIT = (("本期淨利", "$ 206,974", "$ 181,580"), ("加權平均股數", "434,247", "420,247"))


def make_per_share_unit_pdf(path: str | Path, unit: str = "單位：每股元") -> PdfFixture:
    """A filing's EPS note whose unit line names a money per share (``單位：每股元``, a 4114
    note), over a table of the profit it divides under ``單位：新台幣仟元``: the EPS cells are
    元 (TWD, no scale), the profit's 仟元."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (420.0, 510.0)
    y = A4_H - 80
    for heading, line, rows in (
        ("(二九)每股盈餘", unit, EPS_NOTE_ROWS),
        ("(三十)用以計算每股盈餘之淨利", "單位：新台幣仟元", EPS_NOTE_PROFIT),
    ):
        c.setFont(font, size)
        c.drawString(90, y, heading)
        y -= 20
        c.drawRightString(510, y, line)
        y -= 16
        _draw_row(c, y, 100, "", xs, ("114年第1季", "113年第1季"))
        for label, *cells in rows:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
        y -= 40
    c.drawCentredString(A4_W / 2, 40, "〜44〜")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["(二九)每股盈餘"])


__all__ += ["EPS_NOTE_PROFIT", "EPS_NOTE_ROWS", "make_per_share_unit_pdf"]


# ------------------------------------------------------------ section heading above prose
SECTION_ABOVE_HEADING = "(1) 非衍生金融負債之流動性及利率風險表"
SECTION_ABOVE_PROSE = (
    "非衍生金融負債剩餘合約到期分析係依本公司最早可能被要求還款之日期編製。",
    "因此，本公司可被要求立即還款之銀行借款，係列於下表最早之期間內，不考慮",
    "銀行立即執行該權利之機率；其他非衍生金融負債到期分析係依照約定之還款日編製。",
)
SECTION_ABOVE_HEADER = ("3個月內", "3個月～1年", "1～5年")
SECTION_ABOVE_PARTS = (
    (
        "114 年 3 月 31 日",
        (
            ("無附息負債", "$ 871,979", "$ 75,422", "$ 1,263"),
            ("租賃負債", "6,953", "18,716", "48,334"),
        ),
    ),
    (
        "113 年 12 月 31 日",
        (
            ("無附息負債", "$ 625,360", "$ 42,608", "$ 1,263"),
            ("租賃負債", "6,520", "17,729", "50,473"),
        ),
    ),
)
SECTION_ABOVE_OTHER = "上述金融負債到期分析之進一步資訊如下："


def make_section_above_prose_pdf(
    path: str | Path, heading: str = SECTION_ABOVE_HEADING
) -> PdfFixture:
    """A maturity note (a 4114 filing's liquidity tables): its numbered heading
    ``(1) …風險表`` at the foot of page 1 over a paragraph that runs on to page 2, then the
    tables set once per date under their date line, no title of their own, with another
    table introduced by a sentence (``…如下：``) between the two dates' blocks. The heading
    line stays inside the paragraphs (no heading block of the structure stage); prose stands
    between it and the first block."""
    path = Path(path)
    size = 10.0
    c, font = _cjk_page(path, size)
    xs = (300.0, 400.0, 510.0)
    c.setFont(font, size)
    y = A4_H - 80
    for _ in range(28):  # the note before, a paragraph down to the foot of page 1
        c.drawString(90, y, "本公司管理階層監督銀行融資額度使用狀況並確保借款合約條款之遵循，")
        y -= 20
    c.drawString(90, y, "以支應營運。")
    y -= 24
    c.drawString(90, y, heading)
    y -= 20
    c.drawString(100, y, SECTION_ABOVE_PROSE[0])
    y -= 20
    c.drawString(90, y, SECTION_ABOVE_PROSE[1])
    c.drawCentredString(A4_W / 2, 40, "〜1〜")
    c.showPage()
    c.setFont(font, size)
    y = A4_H - 80
    c.drawString(90, y, SECTION_ABOVE_PROSE[2])
    y -= 28
    for n, (date, rows) in enumerate(SECTION_ABOVE_PARTS):
        if n:
            c.drawString(100, y, SECTION_ABOVE_OTHER)
            y -= 20
            _draw_row(c, y, 100, "", xs[1:], ("短於1年", "1～5年"))
            for label, a, b in (
                ("租賃負債", "$ 25,669", "$ 48,334"),
                ("浮動利率工具", "849,445", "1,509,017"),
            ):
                y -= 16
                _draw_row(c, y, 100, label, xs[1:], (a, b))
            y -= 28
        c.drawCentredString(405, y, date)
        y -= 16
        _draw_row(c, y, 100, "", xs, SECTION_ABOVE_HEADER)
        for label, *cells in rows:
            y -= 16
            _draw_row(c, y, 100, label, xs, cells)
        y -= 28
    c.drawCentredString(A4_W / 2, 40, "〜2〜")
    c.showPage()
    _save(c)
    return PdfFixture(path=path, pages=["1", "2"])


__all__ += [
    "SECTION_ABOVE_HEADING",
    "SECTION_ABOVE_OTHER",
    "SECTION_ABOVE_PARTS",
    "make_section_above_prose_pdf",
]
