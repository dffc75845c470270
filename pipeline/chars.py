"""Character classes and the length-preserving width fold used for matching.

The document text keeps the report's own characters for quoting; extractors
match on ``fold_width(text)``, which maps full-width digits, letters, number
signs and the ideographic space to their half-width twins one character for one character,
so every offset found in the folded text is valid in the original.
"""

from __future__ import annotations

import functools
import re

# Digits, Latin letters and the signs that live inside numbers fold; CJK
# punctuation such as ，（）：；stays, because "301，173" is two numbers, not one.
_FOLDED_ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%+-./~$#&@*"
_FOLD = {ord(c) + 0xFEE0: ord(c) for c in _FOLDED_ASCII}
_FOLD[0x3000] = 0x20


# A text at least this long is folded once per process and the fold reused: the stages
# each fold the whole document (dates, quantities, entities, checks), and a dict-driven
# ``str.translate`` costs a dict look-up per character.
_FOLD_MEMO_MIN = 2048


# Any character ``_FOLD`` maps. Most short texts the stages fold (a line, a cell, a
# phrase) hold none, and one search of this class in C costs less than ``translate``'s
# dict look-up per character: such a text is its own fold.
_FOLDABLE_RE = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(_FOLD)) + "]")


def fold_width(text: str) -> str:
    """Full-width digits, letters, ％＋－．／～ and U+3000 to half-width; same length."""
    if len(text) >= _FOLD_MEMO_MIN:
        return _fold_long(text)
    if _FOLDABLE_RE.search(text) is None:
        return text
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=2)
def _fold_long(text: str) -> str:
    return text.translate(_FOLD)


CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (any plane)."""
    return bool(CJK_RE.match(ch))


def is_private_use(ch: str) -> bool:
    cp = ord(ch)
    return 0xE000 <= cp <= 0xF8FF or 0xF0000 <= cp <= 0x10FFFD


def is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
