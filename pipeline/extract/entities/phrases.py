"""Lexicon names where the tokens spell them: spaCy's EntityRuler, without spaCy.

The entity stage found lexicon names with an EntityRuler of phrase patterns: 5,077
patterns, each one a spaCy Doc (0.5 s and 43 MB per process). This module gives the
same hits from plain dictionaries: a pattern is the words our tokenizer makes of the
name (``segment.doc_words``), and it matches where the document's words are those
words (exact text, as the ruler's ``phrase_matcher_attr="ORTH"``).

The ruler's choice among overlapping hits is kept exactly, ties included: its matches
(in the phrase matcher's order: by start, then end, then the terminal map's key
order) go into a Python set of ``(key hash, start, end)``, which is sorted longest
first, then leftmost, stably; a hit is kept unless its first or last word is taken.
Where one name belongs to two entries (高端疫苗: the product and the company), the
winner depends on that set's iteration order, so the same set is built here from the
same keys: spaCy's string hashes (MurmurHash64A, seed 1, of ``LABEL||id``) and its
preshed map's slot order.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import marshal
import operator
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline import segment
from pipeline.lexicon import source_stamp, stored

_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1
ENT_ID_SEP = "||"  # spaCy's DEFAULT_ENT_ID_SEP: a pattern's key is "LABEL||id"


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, the hash spaCy's StringStore gives a string (``hash_string``)."""
    h = (seed ^ (len(data) * _M)) & _MASK
    n = len(data) // 8 * 8
    for i in range(0, n, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h = ((h ^ k) * _M) & _MASK
    if len(data) > n:
        h = ((h ^ int.from_bytes(data[n:], "little")) * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    return h ^ (h >> 47)


def _map_order(keys: Sequence[int]) -> list[int]:
    """The order a preshed map of ``keys`` (added in this order) iterates them in.

    A terminal node of spaCy's phrase matcher is such a map: 8 cells, a key in cell
    ``key & 7`` or the next free one; it grows (doubling, cells re-filled in cell
    order) once more than half of it is in use.
    """
    size = 8
    cells: list[int | None] = [None] * size
    for used, key in enumerate(keys):
        if (used + 1) * 2 > size:
            old = [k for k in cells if k is not None]
            size *= 2
            cells = [None] * size
            for k in old:
                _put(cells, k)
        _put(cells, key)
    return [k for k in cells if k is not None]


def _put(cells: list[int | None], key: int) -> None:
    i = key & (len(cells) - 1)
    while cells[i] is not None:
        if cells[i] == key:
            return
        i = (i + 1) & (len(cells) - 1)
    cells[i] = key


@dataclass(frozen=True)
class Hit:
    """A kept match: token and character spans, the pattern's label and id."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    ent_id: str


@dataclass(frozen=True)
class PhraseTable:
    """Patterns by their words; the keys of each in the phrase matcher's order."""

    by_words: Mapping[tuple[str, ...], tuple[int, ...]]
    lengths: Mapping[str, tuple[int, ...]]  # first word → pattern lengths (in words), ascending
    labels: Mapping[int, tuple[str, str]]  # key hash → (label, id)

    def hits(self, words: Sequence[str], spaces: Sequence[bool]) -> list[Hit]:
        """The EntityRuler's entities for a Doc of these words, in text order."""
        matches: list[tuple[int, int, int]] = []
        by_words, lengths = self.by_words, self.lengths
        size = len(words)
        # only a word some pattern starts with opens a match: those found at C speed
        for i in itertools.compress(itertools.count(), map(lengths.__contains__, words)):
            w = words[i]
            for n in lengths[w]:
                if i + n > size:
                    break
                keys = by_words.get(tuple(words[i : i + n]))
                if keys is not None:
                    matches.extend((key, i, i + n) for key in keys)
        # The ruler's own steps, on the same tuples: a set, then a stable sort.
        final = sorted(set(matches), key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        kept: list[tuple[int, int, int]] = []
        seen: set[int] = set()
        for key, start, end in final:
            if start not in seen and end - 1 not in seen:
                kept.append((key, start, end))
                seen.update(range(start, end))
        if not kept:
            return []
        if len(spaces) != len(words):
            raise ValueError("a trailing-space flag for every word")
        # the offset of each word: the lengths and trailing spaces of the words before it
        offsets = list(itertools.accumulate(map(operator.add, map(len, words), spaces), initial=0))
        out = []
        for key, start, end in sorted(kept, key=lambda m: m[1]):
            label, ent_id = self.labels[key]
            last = end - 1
            out.append(
                Hit(start, end, offsets[start], offsets[last] + len(words[last]), label, ent_id)
            )
        return out


def build_table(patterns: Iterable[Mapping[str, str]], segmenter: segment.Segmenter) -> PhraseTable:
    """The table of phrase patterns (``{"label", "pattern", "id"}``), cut by ``segmenter``."""
    added: dict[tuple[str, ...], list[int]] = {}
    labels: dict[int, tuple[str, str]] = {}
    for p in patterns:
        text = p["pattern"]
        # interned: a word shared by many patterns (公司, 生技, Inc) is one object, which
        # marshal then stores once and reads back once (5.6 → 3.4 MB of warm state)
        words = tuple(map(sys.intern, segment.doc_words(text, segmenter.spans(text))[0]))
        if not words:
            continue
        key = murmurhash64a(f"{p['label']}{ENT_ID_SEP}{p['id']}".encode())
        labels[key] = (sys.intern(p["label"]), sys.intern(p["id"]))
        keys = added.setdefault(words, [])
        if key not in keys:
            keys.append(key)
    by_words = {w: tuple(_map_order(keys)) for w, keys in added.items()}
    lengths: dict[str, set[int]] = {}
    for w in by_words:
        lengths.setdefault(w[0], set()).add(len(w))
    return PhraseTable(by_words, {w: tuple(sorted(n)) for w, n in lengths.items()}, labels)


# a PhraseTable's three maps, as marshal stores them
_Parts = tuple[
    dict[tuple[str, ...], tuple[int, ...]], dict[str, tuple[int, ...]], dict[int, tuple[str, str]]
]


@functools.lru_cache(maxsize=4)
def cached_table(
    patterns: tuple[tuple[str, str, str], ...], segmenter: segment.Segmenter, store: bool = False
) -> PhraseTable:
    """``build_table`` once per process for the same patterns and segmenter; ``store``
    (the lexicon files' own patterns) keeps it in the cache folder for later processes,
    keyed by the patterns, the segmenter and this module's code."""

    def build() -> _Parts:
        return _table_parts(patterns, segmenter)

    if not store:
        return PhraseTable(*build())
    key = hashlib.md5(marshal.dumps(patterns))
    key.update(f"{segmenter.fingerprint}:{source_stamp(__file__)}".encode())
    return PhraseTable(*stored("entity-phrases", key.hexdigest(), build))


def _table_parts(patterns: Iterable[tuple[str, str, str]], segmenter: segment.Segmenter) -> _Parts:
    table = build_table(
        ({"label": label, "pattern": text, "id": pid} for label, text, pid in patterns),
        segmenter,
    )
    return dict(table.by_words), dict(table.lengths), dict(table.labels)


def stored_table(
    made_of: str,
    patterns: Callable[[], tuple[tuple[str, str, str], ...]],
    segmenter: segment.Segmenter,
) -> PhraseTable:
    """The lexicon files' own table, read back from the cache folder, keyed by ``made_of``
    (whatever the patterns are made from: the lexicons' digest and the code that makes
    them), the segmenter and this module's code: ``patterns()`` (≈ 20k rows, 0.02 s)
    runs only when the table is built."""
    key = f"{made_of}:{segmenter.fingerprint}:{source_stamp(__file__)}"
    return PhraseTable(*stored("entity-phrases", key, lambda: _table_parts(patterns(), segmenter)))
