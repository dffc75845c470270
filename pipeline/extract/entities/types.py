"""The records the entity finders pass around: a candidate mention and the document context.

``Ctx`` is the text, its width-folded twin and its tokens with offset helpers; every
finder reads it and none changes it. ``Cand`` is what a finder proposes.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterable, KeysView
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.extract.entities.rules import (
    Rules,
)

if TYPE_CHECKING:
    from pipeline.extract.entities.lexicon import OrgEntry, ProductEntry

PRODUCT = "PRODUCT"
ORG = "ORG"

# What re.IGNORECASE lets match an ASCII letter, mapped to it, every other letter
# lower-cased only if ASCII: a same-length view where a plain search is case-blind.
_LATIN_VIEW = str.maketrans(
    {
        **{chr(c): chr(c + 32) for c in range(65, 91)},
        "\u0130": "i",
        "\u0131": "i",
        "\u017f": "s",
        "\u212a": "k",
    }
)
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


# the document's folded view and its Latin view (a report's are read several times)
@functools.lru_cache(maxsize=2)
def _pair_index(view: str) -> dict[str, list[int]]:
    """Where each two-character string starts in ``view``: a name is looked up only where
    its first two characters are (one scan of the text, not one per name)."""
    index: dict[str, list[int]] = {}
    get = index.get
    # the pairs made by C (each character joined to the next), not by a slice per offset
    for i, pair in enumerate(map(operator.add, view, view[1:])):
        got = get(pair)
        if got is None:
            index[pair] = [i]
        else:
            got.append(i)
    return index


def pairs_in(view: str) -> KeysView[str]:
    """Every two-character string written in ``view``: the keys of the pair index the
    name searches build anyway, so a second scan of the text is not needed."""
    return _pair_index(view).keys()


def release_text_index() -> None:
    """Forget the pair indexes of the last texts (``_pair_index``): a document's entity
    stage is done with them."""
    _pair_index.cache_clear()


def find_literals(
    view: str, names: Iterable[str], *, latin_words: bool = False
) -> list[tuple[int, int]]:
    """Where any of ``names`` is written: leftmost, then longest, never overlapping.

    The same spans as ``re.finditer`` over an alternation sorted longest-first, but each
    name is tried only where its first two characters stand (``_pair_index``): a regex
    alternation of hundreds of names tries each at every offset of a long report, and a
    ``str.find`` scan per name reads the whole report once per name. ``latin_words``
    wants no letter or digit on either side (the ``(?<![A-Za-z0-9])`` …
    ``(?![A-Za-z0-9])`` of a Latin name).
    """
    longest: dict[int, int] = {}
    n_view = len(view)
    pairs = _pair_index(view)
    for name in names:
        size = len(name)
        if not size:
            continue
        if size == 1:
            hits: Iterable[int] = (i for i, ch in enumerate(view) if ch == name)
        else:
            hits = (i for i in pairs.get(name[:2], ()) if view.startswith(name, i))
        for i in hits:
            if latin_words and (
                (i and view[i - 1] in _ALNUM) or (i + size < n_view and view[i + size] in _ALNUM)
            ):
                pass
            elif longest.get(i, 0) < size:
                longest[i] = size
    out: list[tuple[int, int]] = []
    pos = 0
    for start in sorted(longest):
        if start >= pos:
            pos = start + longest[start]
            out.append((start, pos))
    return out


def rule_id(name: str, version: int = 1) -> str:
    return f"entities.{name}.v{version}"


@dataclass
class Cand:
    """One proposed entity mention: exact span, label, and how sure the rule is."""

    start: int
    end: int
    label: str  # PRODUCT | ORG
    kind: str | None
    rule: str
    strength: int  # 3 lexicon, 2 strong pattern, 1 weak pattern, 0 repeat of a found name
    entry: ProductEntry | OrgEntry | None = None
    source: str = "pattern"
    key: str = ""  # the name as written, case-folded: one label per name in a document
    link: str | None = None  # a short form of this (folded) full name: 能源署 of 經濟部能源署
    cue: str | None = None  # what the rule read (a suffix, a stock code, a verb): evidence

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Ctx:
    """The text, its width-folded twin and its tokens, with offset helpers."""

    text: str
    fold: str
    tokens: list[tuple[int, int]]  # (start, end) of every token, whitespace included
    rules: Rules
    freq: dict[str, int] | None = None
    function_words: frozenset[str] = frozenset()
    glue_chars: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    transitive_verbs: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    starts: list[int] = field(default_factory=list)
    bounds: set[int] = field(default_factory=set)
    _latin_view: str | None = None

    def __post_init__(self) -> None:
        self.starts = [s for s, _ in self.tokens]
        self.bounds = {s for s, _ in self.tokens} | {len(self.text)}

    @property
    def latin_view(self) -> str:
        """The folded text with ASCII letters lower-cased (same offsets): for case-blind search."""
        if self._latin_view is None:
            self._latin_view = self.fold.translate(_LATIN_VIEW)
        return self._latin_view

    def is_boundary(self, offset: int) -> bool:
        return offset in self.bounds

    def token_index_ending_at(self, offset: int) -> int | None:
        i = bisect.bisect_left(self.starts, offset) - 1
        if i >= 0 and self.tokens[i][1] == offset:
            return i
        return None

    def token_index_at(self, offset: int) -> int | None:
        i = bisect.bisect_left(self.starts, offset)
        if i < len(self.tokens) and self.tokens[i][0] == offset:
            return i
        return None

    def tokens_in(self, start: int, end: int) -> list[str]:
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.tokens) and self.tokens[i][0] < end:
            s, e = self.tokens[i]
            if e > start:
                out.append(self.fold[max(s, start) : min(e, end)])
            i += 1
        return out

    def word_freq(self, word: str) -> int:
        return self.freq.get(word, 0) if self.freq is not None else 0

    def is_function_word(self, tok: str) -> bool:
        """將 / 於 / 無不: what the dictionary tags as adverb, preposition, particle …"""
        return tok in self.function_words and tok not in self.rules.name_joiners

    def is_verb(self, tok: str) -> bool:
        """建立 / 組成 / 超越: a common verb of the dictionary."""
        return tok in self.verbs
