"""Property tests: arbitrary Unicode through every stage never breaks provenance.

For any text file the pipeline either refuses it with an ``InputError`` or returns a
document whose every fact, mention and cell quotes ``document.text`` exactly at its
span, and which passes the same validation the writer applies.
"""

from __future__ import annotations

import json
import pickle
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.chars import Words, fold_width
from pipeline.config import Settings
from pipeline.emit import document_to_json, safe_child
from pipeline.errors import InputError
from pipeline.ingest import clean_text, decode_text
from pipeline.models import Document, Facts
from pipeline.regexes import matches_at
from pipeline.run import build_document, make_doc_id
from pipeline.validate import sanitize_document, validate_document_json

IN_PROCESS = Settings(isolate=False, reference_date="2024-01-15")

# Pieces of real reports, so the extractors fire; mixed with arbitrary Unicode.
TOKENS = [
    "2023年",
    "2023 年",
    "112年",
    "民國101年7月",
    "第3季",
    "上半年",
    "2024/01",
    "2023-2028年",
    "181.2億美元",
    "412.1 億美元",
    "1,398人",
    "約",
    "超過",
    "近",
    "以上",
    "不到",
    "3 項",
    "9項",
    "家",
    "件",
    "%",
    "％",
    "三成",
    "半數",
    "１２．５％",
    "新台幣",
    "元",
    "萬",
    "億",
    "兆",
    "、",
    "及",
    "和",
    "等",
    "共有",
    "合計",
    "包含",
    "其中",
    "分別為",
    "至",
    "~",
    "-",
    "－",
    "，",
    "。",
    "；",
    "：",
    "（",
    "）",
    "(",
    ")",
    "「",
    "」",
    "\n",
    "\n\n",
    " ",
    "\u3000",
    "\t",
    "\f",
    "\x00",
    "\x07",
    "\u200b",
    "\u202e",
    "\ufeff",
    "表 1 ",
    "圖 1 ",
    "資料來源：",
    "註：",
    "一、",
    "（一）",
    "FDA",
    "Food and Drug Administration",
    "Casgevy",
    "Vertex",
    "美國食品藥物管理局",
    "細胞",
    "基因治療",
    "市場",
    "預估",
    "年增",
    "成長",
    "衰退",
]
PIECES = st.one_of(
    st.sampled_from(TOKENS),
    st.sampled_from(TOKENS),
    st.sampled_from(TOKENS),
    st.text(min_size=1, max_size=6),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=8),
    st.text(alphabet="0123456789０１２３４５６７８９.,，．%％", min_size=1, max_size=6),
)
REPORTS = st.lists(PIECES, min_size=3, max_size=80).map("".join)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="itis-prop-") as tmp:
        yield Path(tmp)


def _build(folder: Path, text: str) -> Document | None:
    path = folder / "prop.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        return build_document(path, IN_PROCESS)
    except InputError:
        return None  # refused with a typed, clear error: allowed


def assert_provenance(doc: Document) -> None:
    n = len(doc.text)
    for name in Facts.model_fields:
        for fact in getattr(doc.facts, name):
            assert 0 <= fact.span.start <= fact.span.end <= n, (name, fact.id)
            assert doc.text[fact.span.start : fact.span.end] == fact.text, (name, fact.id)
            for m in getattr(fact, "mentions", []):
                assert doc.text[m.span.start : m.span.end] == m.text
            for row in getattr(fact, "rows", []):
                for cell in row:
                    if cell.span is not None:
                        assert doc.text[cell.span.start : cell.span.end] == cell.text
    for kind in (doc.blocks, doc.sentences, doc.pages):
        for rec in kind:
            assert 0 <= rec.start <= rec.end <= n


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=REPORTS)
def test_any_text_keeps_provenance_and_validates(scratch: Path, text: str) -> None:
    doc = _build(scratch, text)
    if doc is None:
        return
    assert_provenance(doc)
    data = json.loads(document_to_json(doc))
    assert validate_document_json(data) == []
    _, dropped = sanitize_document(doc)
    assert dropped == []


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=st.text(min_size=1, max_size=400))
def test_any_unicode_keeps_provenance(scratch: Path, text: str) -> None:
    doc = _build(scratch, text)
    if doc is not None:
        assert_provenance(doc)
        assert validate_document_json(json.loads(document_to_json(doc))) == []


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=600))
def test_any_bytes_decode_or_fail_with_a_typed_error(data: bytes) -> None:
    try:
        text, encoding = decode_text(data)
    except InputError:
        return
    assert isinstance(text, str) and encoding
    cleaned = clean_text(text)
    assert "\x00" not in cleaned and "\r" not in cleaned
    assert not any("\ud800" <= ch <= "\udfff" for ch in cleaned)


@given(text=st.text())
def test_fold_width_keeps_every_offset(text: str) -> None:
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert fold_width(folded) == folded


@given(name=st.text(min_size=1, max_size=300))
def test_any_file_name_gives_a_safe_doc_id(name: str) -> None:
    assume("/" not in name and "\x00" not in name)
    doc_id = make_doc_id(name)
    assert doc_id and "/" not in doc_id and "\\" not in doc_id and ".." not in doc_id
    assert not doc_id.startswith(".") and len(doc_id.encode("utf-8")) <= 100
    out = Path("/tmp/itis-out")
    assert safe_child(out, "documents", f"{doc_id}.json").parent == out / "documents"


# Cell values the CSV rows hold: text, numbers, flags, nothing, or the key left out.
_MISSING = object()
_CELL = st.one_of(
    st.text(alphabet=st.sampled_from(list('ab,"\n\r 台 1.')), max_size=6),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.just(_MISSING),
)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 3).flatmap(
        lambda ncols: st.lists(st.lists(_CELL, min_size=ncols, max_size=ncols), max_size=5)
    )
)
def test_csv_text_is_what_pandas_writes_with_floats_as_read(table: list[list[object]]) -> None:
    """The run's CSVs are written without pandas, byte for byte as pandas writes them.

    Floats are spelled by ``number_text`` (``9``, ``18120000000`` where pandas' default
    writes ``9.0`` and ``1.812e+10``), pandas' ``float_format`` hook given the same function.
    """
    import pandas as pd

    from pipeline.chars import number_text
    from pipeline.emit import csv_text

    ncols = len(table[0]) if table else 2
    columns = [f"c{i}" for i in range(ncols)]
    rows = [{c: v for c, v in zip(columns, r, strict=True) if v is not _MISSING} for r in table]
    frame = pd.DataFrame(rows, columns=columns)
    want = frame.to_csv(index=False, lineterminator="\n", float_format=number_text)
    assert csv_text(columns, rows) == want


@settings(max_examples=400, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-(2.0**62), max_value=2.0**62))
def test_number_text_round_trips_and_never_uses_an_exponent(value: float) -> None:
    """``1.812e+10`` in a CSV is an amount an analyst must decode; the digits are not."""
    from pipeline.chars import number_text

    text = number_text(value)
    assert float(text) == value
    assert "e" not in text.lower()
    assert not text.endswith(".0")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (9.0, "9"),
        (18120000000.0, "18120000000"),
        (0.5, "0.5"),
        (-1.2, "-1.2"),
        (1e-7, "0.0000001"),
        (2.5931e10, "25931000000"),
        (float("inf"), "inf"),
    ],
)
def test_number_text_writes_amounts_as_read(value: float, text: str) -> None:
    from pipeline.chars import number_text

    assert number_text(value) == text


_JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.1, 181.2, 1e-4, 9.99e-5, 1e15, 1e16, 123456789.125, -0.0, 3.0]),
    st.text(max_size=8),
    st.text(alphabet=st.sampled_from(list('"\\\n\r\t\b\f\x00\x1f\x7f\u2028台 a')), max_size=6),
)
_JSON = st.recursive(
    _JSON_LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=4), inner, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_dumps_writes_the_standard_librarys_bytes(data: object) -> None:
    """The one JSON serializer keeps ``json.dumps(sort_keys, indent=1)``'s bytes."""
    from pipeline.emit import dumps

    want = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    assert dumps(data) == want


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_dumps_data_is_what_reading_its_text_back_gives(data: object) -> None:
    """Validation reads the plain copy instead of parsing the text: the two must be one."""
    from pipeline.emit import dumps, dumps_and_data

    text, plain = dumps_and_data(data)
    assert text == dumps(data)
    if plain is not None:  # repr: same key order, same types (True is not 1, -0.0 not 0.0)
        assert repr(plain) == repr(json.loads(text))


@given(st.lists(st.text(alphabet="中心資料總部AB", min_size=1, max_size=4), max_size=12))
def test_a_word_set_iterates_longest_first_whatever_the_insertion_order(words: list[str]) -> None:
    """``Words`` is a frozenset whose iteration order is fixed (longest, then by code point),
    so a rule taking the first word that fits gets the same word in every process."""
    forward, backward = Words(words), Words(reversed(words))
    expected = sorted(set(words), key=lambda w: (-len(w), w))
    assert list(forward) == list(backward) == expected
    assert forward == frozenset(words) and all(w in forward for w in words)
    assert list(pickle.loads(pickle.dumps(forward))) == expected


def test_entity_rules_word_sets_iterate_in_a_fixed_order() -> None:
    """Every set of words the entity rules hold is a ``Words``: none iterates by hash."""
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for

    rules = rules_for(Lexicons.load())
    sets = {k: v for k, v in vars(rules).items() if isinstance(v, frozenset)}
    assert len(sets) > 100
    assert [k for k, v in sets.items() if v and type(v) is not Words] == []
    assert next(w for w in rules.generic_bodies if "AI資料中心".endswith(w)) == "資料中心"


# matches_at tried at every position is finditer: the finders that call it pass only the
# positions where their pattern can start, and must get finditer's matches (non-overlapping,
# leftmost). Patterns that never match empty, with a look-behind and a lazy run as theirs do.
@pytest.mark.parametrize(
    "pattern",
    [r"ab+", r"(?<![a-z])[A-Z][a-z]+(?: [A-Z][a-z]+)*", r"(?<![^\n])[^\n]{1,6}?報", r"[甲乙]{2,3}"],
)
@given(text=st.text(alphabet="abAB甲乙報 \nx", max_size=40))
def test_matches_at_every_position_is_finditer(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert [m.span() for m in matches_at(compiled, text, range(len(text) + 1))] == [
        m.span() for m in compiled.finditer(text)
    ]
