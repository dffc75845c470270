"""The records the entity finders pass around: a candidate mention and the document context.

``Ctx`` is the text, its width-folded twin and its tokens with offset helpers; every
finder reads it and none changes it. ``Cand`` is what a finder proposes.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ahocorasick_rs

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


class SpanReach:
    """Spans looked up by where they start: does one that opens before ``before`` close
    after ``after``? The answer of ``any(s < before and e > after for s, e in spans)`` by a
    bisection and the furthest end so far, instead of a walk over every span for every
    match (a finder asking it of each match was quadratic on a long text)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def reaches(self, before: int, after: int) -> bool:
        k = bisect.bisect_left(self._starts, before)
        return k > 0 and self._reach[k - 1] > after


class Literals:
    """Where any of a set of names is written: one Aho-Corasick automaton over all of them
    (``ahocorasick_rs``), built once for the set and run over a text in one pass.

    A regex alternation of thousands of names tries each at every offset of a long report,
    a ``str.find`` per name reads it once per name, and an index of the text's character
    pairs (the former way) cost a Python step per character of every text; the automaton
    reads the text once, in Rust, however many names there are.
    """

    def __init__(self, names: Iterable[str], *, latin_words: bool = False) -> None:
        """``latin_words``: a hit wants no letter or digit on either side (the
        ``(?<![A-Za-z0-9])`` … ``(?![A-Za-z0-9])`` of a Latin name)."""
        self.latin_words = latin_words
        patterns = [n for n in dict.fromkeys(names) if n]
        # leftmost-longest is find_literals' own choice; with word edges to check, every
        # hit is needed (a hit the edges reject must not hide a shorter one)
        kinds = ahocorasick_rs.MatchKind
        kind = kinds.Standard if latin_words else kinds.LeftmostLongest
        self._automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=kind) if patterns else None

    def find(self, view: str) -> list[tuple[int, int]]:
        """Leftmost, then longest, never overlapping: the spans of ``re.finditer`` over the
        names' alternation sorted longest first."""
        if self._automaton is None:
            return []
        if not self.latin_words:
            return [(s, e) for _, s, e in self._automaton.find_matches_as_indexes(view)]
        longest: dict[int, int] = {}
        n_view = len(view)
        for _, i, end in self._automaton.find_matches_as_indexes(view, overlapping=True):
            if (i and view[i - 1] in _ALNUM) or (end < n_view and view[end] in _ALNUM):
                continue
            if longest.get(i, 0) < end - i:
                longest[i] = end - i
        out: list[tuple[int, int]] = []
        pos = 0
        for start in sorted(longest):
            if start >= pos:
                pos = start + longest[start]
                out.append((start, pos))
        return out


def hits_of_each(view: str, names: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Every place each of ``names`` is written, overlaps included, in order: one list per
    name (``names`` distinct and none empty). One pass of an automaton over ``view``
    instead of a search of the whole text per name (a ``re.finditer`` per name compiled
    a pattern each and read a long report hundreds of times)."""
    out: list[list[tuple[int, int]]] = [[] for _ in names]
    if not names:
        return out
    automaton = ahocorasick_rs.AhoCorasick(list(names), matchkind=ahocorasick_rs.MatchKind.Standard)
    for k, start, end in automaton.find_matches_as_indexes(view, overlapping=True):
        out[k].append((start, end))
    return out


def places_of(name: str, view: str, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Where ``name`` is written in ``view[:end]``, as ``re.finditer(re.escape(name),
    view[:end])`` finds it (leftmost, then on from the end of each place), without copying
    the text's head. ``re`` finds a literal in a text of Chinese several times faster than
    ``str.find`` does (0.07 against 0.5 ms over 150k characters), so it stays the search."""
    size = len(view)
    stop = size if end is None else min(end, size) if end >= 0 else max(0, size + end)
    for m in literal(name).finditer(view, 0, stop):
        yield m.span()


def literal(text: str) -> re.Pattern[str]:
    """``text`` as a pattern of itself (``re`` keeps the compiled ones)."""
    return re.compile(re.escape(text))


def places_of_each(view: str, names: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Where each of ``names`` is written, as ``re.finditer(re.escape(name), view)`` finds it
    (leftmost, then on from the end of each place: no overlaps): one automaton pass for all
    names instead of a scan of the whole text per name."""
    if not all(names):  # an empty name is found at every offset; the automaton takes none
        every = [(i, i) for i in range(len(view) + 1)]
        return [places_of_each(view, [n])[0] if n else every for n in names]
    out: list[list[tuple[int, int]]] = []
    for hits in hits_of_each(view, names):
        places: list[tuple[int, int]] = []
        end = 0
        for s, e in hits:  # one name's places, by start
            if s >= end:
                places.append((s, e))
                end = e
        out.append(places)
    return out


def find_literals(
    view: str, names: Iterable[str], *, latin_words: bool = False
) -> list[tuple[int, int]]:
    """Where any of ``names`` is written: leftmost, then longest, never overlapping
    (``Literals``; a set of names searched in many texts keeps its ``Literals``)."""
    return Literals(names, latin_words=latin_words).find(view)


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
    # the name a table cell writes over its wrapped lines when the span holds its first line
    # only (Phison Electronics Japan / … / Corp.: ``cell_lines``); None: the span's own text
    written: str | None = None

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
    freq: Mapping[str, int] | None = None
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
    # generic.keep_candidate's decisions, by every field of a candidate it reads (span, kind,
    # rule, strength, source) → (keep, the start, end and rule it leaves): the stage asks
    # twice per candidate, and a name's copies ask again
    kept: dict[tuple[int, int, str | None, str, int, str], tuple[bool, int, int, str]] = field(
        default_factory=dict
    )

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

    def tokens_from(self, start: int) -> Iterator[tuple[int, int]]:
        """The tokens that start at ``start`` or after, in order, read in place.

        Callers walk a few tokens and stop; a slice of the tail (``tokens[i:]``) copied up to
        every token of the text on each call, a walk over the whole text per name.
        """
        toks = self.tokens
        for i in range(bisect.bisect_left(self.starts, start), len(toks)):
            yield toks[i]

    def tokens_in(self, start: int, end: int) -> list[str]:
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.tokens) and self.tokens[i][0] < end:
            s, e = self.tokens[i]
            if e > start:
                out.append(self.fold[max(s, start) : min(e, end)])
            i += 1
        return out

    def words_in(self, start: int, end: int) -> list[str]:
        """The tokens of ``[start, end)`` without the blank ones: what a name is spelled of."""
        return [t for t in self.tokens_in(start, end) if t.strip()]

    def word_freq(self, word: str) -> int:
        return self.freq.get(word, 0) if self.freq is not None else 0

    def is_function_word(self, tok: str) -> bool:
        """將 / 於 / 無不: what the dictionary tags as adverb, preposition, particle …"""
        return tok in self.function_words and tok not in self.rules.name_joiners

    def is_verb(self, tok: str) -> bool:
        """建立 / 組成 / 超越: a common verb of the dictionary."""
        return tok in self.verbs
