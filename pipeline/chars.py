"""Character classes and the length-preserving width fold used for matching.

The document text keeps the report's own characters for quoting; extractors
match on ``fold_width(text)``, which maps full-width digits, letters, number
signs, the ideographic space and no-break spaces to their half-width twins one
character for one character,
so every offset found in the folded text is valid in the original. ``number_text``
spells a number for the CSVs as a reader writes it (digits, never an exponent).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal

# Digits, Latin letters and the signs that live inside numbers fold; CJK
# punctuation such as ，（）：；stays, because "301，173" is two numbers, not one.
_FOLDED_ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%+-./~$#&@*"
_FOLD = {ord(c) + 0xFEE0: ord(c) for c in _FOLDED_ASCII}
_FOLD[0x3000] = 0x20
# No-break spaces (U+00A0, and the narrow U+202F) that web copy puts between a number and
# its unit (``5\xa0月 13\xa0日``, ``24.2\xa0萬人``) are spaces to every pattern, as typed ones are
_FOLD[0x00A0] = 0x20
_FOLD[0x202F] = 0x20
# The small full stop (U+FE52) is a decimal point in Hong Kong and Singapore copy
# (``682﹒76億元``), as the full-width ``．`` is: one character for one, so spans stay exact
_FOLD[0xFE52] = ord(".")
# The small hyphen-minus and plus (U+FE63, U+FE62) are the signs of statistics releases set
# in CJK fonts (``﹣4.4%``, ``﹢2.1%``): one character for one, as the full-width ones are
_FOLD[0xFE63] = ord("-")
_FOLD[0xFE62] = ord("+")


# A text at least this long is folded once per process and the fold reused: the stages
# each fold the whole document (dates, quantities, entities, checks), and a dict-driven
# ``str.translate`` costs a dict look-up per character.
_FOLD_MEMO_MIN = 2048


# Any character ``_FOLD`` maps. Most short texts the stages fold (a line, a cell, a
# phrase) hold none, and one search of this class in C costs less than ``translate``'s
# dict look-up per character: such a text is its own fold.
_FOLDABLE_RE = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(_FOLD)) + "]")


def fold_width(text: str) -> str:
    """Full-width digits, letters, ％＋－．／～, ﹒ and spaces (U+3000, no-break) to half-width."""
    if len(text) >= _FOLD_MEMO_MIN:
        return _fold_long(text)
    if _FOLDABLE_RE.search(text) is None:
        return text
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=2)
def _fold_long(text: str) -> str:
    return text.translate(_FOLD)


# Between two fields set side by side: what ingest writes between two cells of a grid's
# row (a nationality and the date of the next column, a post and a name), and what a writer
# of Chinese types between a headline's parts, a caption's number and its title, a byline's
# name and its date. ``fold_width`` reads it as a space (a pattern's ``\s``), so a date, a
# number or a name would run from one field into the next: the stages that form spans scan
# ``fold_fields`` instead, where it is ``FIELD_MARK``.
CELL_GAP = "\u3000"
# A cell gap in ``fold_fields``: no space, no word character, no sign any pattern reads (the
# invisible separator, U+2063), so no pattern's span runs across it and none begins with it.
FIELD_MARK = "\u2063"
_FOLD_FIELDS = {**_FOLD, ord(CELL_GAP): ord(FIELD_MARK)}


def fold_fields(text: str) -> str:
    """``fold_width`` with each cell gap a ``FIELD_MARK``: the one view in which the date,
    quantity and entity stages agree that no fact spans two fields (same length, so every
    offset holds in the original)."""
    if CELL_GAP not in text:
        return fold_width(text)
    if len(text) >= _FOLD_MEMO_MIN:
        return _fold_fields_long(text)
    return text.translate(_FOLD_FIELDS)


@functools.lru_cache(maxsize=2)
def _fold_fields_long(text: str) -> str:
    return text.translate(_FOLD_FIELDS)


CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def unified_ideograph(ch: str) -> str:
    """The unified ideograph a compatibility ideograph or a Kangxi radical stands for
    (``U+F90A`` → ``金``, ``U+2F75`` → ``竹``): fonts of older filings draw ``金額``,
    ``民國九十七年`` with such codes, which look the same but match no word. Any other
    character is returned as is; the mapping is one character for one (spans keep)."""
    code = ord(ch) if len(ch) == 1 else 0
    if 0xF900 <= code <= 0xFAFF or 0x2E80 <= code <= 0x2FDF:
        mapped = unicodedata.normalize("NFKC", ch)
        if len(mapped) == 1 and "\u3400" <= mapped <= "\u9fff":
            return mapped
    return ch


def unified_text(text: str) -> str:
    """``unified_ideograph`` over a glyph's text (pdfplumber gives a glyph a string, a
    ligature more than one character): every engine reads 金 drawn as U+F90A as 金."""
    if not any("\uf900" <= c <= "\ufaff" or "\u2e80" <= c <= "\u2fdf" for c in text):
        return text
    return "".join(unified_ideograph(c) for c in text)


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (any plane)."""
    return bool(CJK_RE.match(ch))


# The Private-Use Areas (U+E000–U+F8FF and planes 15–16 up to U+10FFFD) as one character
# class: a page's Private-Use characters counted in C (a Python test per character cost a
# 200-page PDF ≈ 0.1 s)
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010fffd]")


def is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# A font with no ToUnicode map gives every engine its glyph ids as the text. Embedded
# DynaLab Big5 fonts (``DFKaiShu-SB-Estd-BF-ETen-B5-H``, the Windows 標楷體 written
# out under Identity-H by filing converters) keep their glyphs in code order: glyph
# ``b + 1`` draws the single byte ``b``, and from glyph 499 on the double-byte codes
# follow Big5's 157 per lead byte from 0xA140, leaving out the 63 reserved codes
# 0xA3C0–0xA3FE. An annual report's every word came out as ``ѶԁިҽԖज़Ϧљ`` that way.
BIG5_FIRST_GLYPH = 499
_BIG5_TRAILS = 157  # 0x40–0x7E and 0xA1–0xFE
_BIG5_GAP_AT = (0xA3 - 0xA1) * _BIG5_TRAILS + 63 + (0xC0 - 0xA1)  # 0xA3C0's index
_BIG5_GAP = 0xFE - 0xC0 + 1


def big5_glyph_char(glyph: int) -> str | None:
    """The character a Big5-ordered font's glyph draws, None when no code has one."""
    if glyph < 256 + 1:
        return chr(glyph - 1) if glyph > 0x20 else None
    index = glyph - BIG5_FIRST_GLYPH
    if index < 0:
        return None
    if index >= _BIG5_GAP_AT:
        index += _BIG5_GAP
    lead, t = divmod(index, _BIG5_TRAILS)
    if lead > 0xFE - 0xA1:
        return None
    trail = 0x40 + t if t < 63 else 0xA1 + t - 63
    try:
        return bytes((0xA1 + lead, trail)).decode("cp950")
    except UnicodeDecodeError:
        return None


def big5_glyph(ch: str) -> int:
    """The glyph id that draws ``ch`` in a Big5-ordered font (the inverse of
    ``big5_glyph_char``); ValueError for a character Big5 has no code for."""
    code = ch.encode("cp950")
    if len(code) == 1:
        return code[0] + 1
    index = (code[0] - 0xA1) * _BIG5_TRAILS + (
        code[1] - 0x40 if code[1] < 0x7F else code[1] - 0xA1 + 63
    )
    if _BIG5_GAP_AT <= index < _BIG5_GAP_AT + _BIG5_GAP:
        raise ValueError(f"{ch!r} is in Big5's reserved codes: the font draws no glyph for it")
    if index >= _BIG5_GAP_AT:
        index -= _BIG5_GAP
    return BIG5_FIRST_GLYPH + index


def number_text(value: float) -> str:
    """A number as an analyst writes it: ``9`` not ``9.0``, ``18120000000`` not ``1.812e+10``.

    Whole values print as integers and the rest as their shortest round-tripping
    decimal, never in exponent form, so a spreadsheet or a reader of the raw file
    sees the amount itself; parsing the text back gives the same float.
    """
    value = float(value)  # numpy's floats print as ``np.float64(…)``
    if value != value or abs(value) >= 2**63:  # NaN, infinities, beyond int64: as written
        return repr(value)
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    return format(Decimal(text), "f") if "e" in text else text


@functools.lru_cache(maxsize=8)
def _positions(text: str, chars: str) -> list[int]:
    return [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]


def last_of(text: str, chars: str, pos: int) -> int:
    """``max(text.rfind(c, 0, pos) for c in chars)``: where the last of ``chars`` before
    ``pos`` stands, -1 if none, for a ``pos`` from 0 to ``len(text)``.

    The stages ask it of a document's text for every date and number (where does its
    sentence or clause open?), and ``rfind`` of a character the text lacks (``!``, ``?``
    in a Chinese text) reads all the way back to its start: quadratic on a long text.
    The positions of ``chars`` are listed once per text (the last few kept) and bisected."""
    found = _positions(text, chars)
    k = bisect.bisect_left(found, pos)
    return found[k - 1] if k else -1


class Words(frozenset[str]):
    """A set of words that iterates in one fixed order: longest first, then by code point.

    A frozenset iterates by string hash, which ``PYTHONHASHSEED`` changes from process to
    process; a rule that takes the first word of a set that fits (``next(w for w in cues if
    name.endswith(w))``) would then give a different answer in another run. Lexicon word
    sets are these instead, so output is the same for the same input in every process, and
    the first word that fits is the longest one.
    """

    __slots__ = ("_order",)
    _order: tuple[str, ...]

    def __new__(cls, words: Iterable[str] = ()) -> Words:
        self = super().__new__(cls, words)
        self._order = tuple(sorted(frozenset.__iter__(self), key=lambda w: (-len(w), w)))
        return self

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)
