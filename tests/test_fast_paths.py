"""Fast paths give exactly what the plain computation they replace gives.

Each speed-up of the text stages (issue 13) is a shortcut around a plain computation:
these property tests hold the two equal on arbitrary text built from the characters
that matter to each.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.chars import _FOLD, _FOLD_MEMO_MIN, fold_width, last_of
from pipeline.config import Settings
from pipeline.dataset import ids
from pipeline.extract.dates import find_dates, last_before
from pipeline.extract.dates import rule_id as date_rule_id
from pipeline.extract.entities.context import after_latin_word
from pipeline.extract.entities.discovery import _SLASH_LIST, Run, _slash_list_matches
from pipeline.extract.entities.lexicon import Lexicons
from pipeline.extract.entities.rules import Rules, rules_for
from pipeline.extract.entities.types import SpanReach, places_of_each
from pipeline.lexicon import load_lexicon
from pipeline.models import Block, CharSpan, DateFact, Document
from pipeline.regexes import first_chars
from pipeline.run import build_document, with_stable_ids
from pipeline.structure import ReportDate, _editor_stamp_date, _full_dates, _photo_credit_date
from pipeline.validate import _non_finite, all_finite, invariant_violations

# Characters a slash list is made of and broken by: names, slashes, notes, newlines.
ROOT = Path(__file__).resolve().parents[1]
_SLASH_TEXT = st.text(alphabet="/\n\r名稱AB1 （）()，：、", max_size=300)
_WIDE_TEXT = st.text(alphabet="１２Ａａ％＋－．／～\u3000台積電/ 12Aa\n", max_size=50)


@settings(max_examples=400, deadline=None)
@given(_SLASH_TEXT)
def test_slash_lists_found_line_by_line_are_the_whole_texts(text: str) -> None:
    got = [(m.start(), m.end(), m.group()) for m in _slash_list_matches(text)]
    assert got == [(m.start(), m.end(), m.group()) for m in _SLASH_LIST.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(_WIDE_TEXT, st.integers(min_value=0, max_value=3))
def test_long_text_fold_is_memoized_and_equal(piece: str, extra: int) -> None:
    text = piece * (_FOLD_MEMO_MIN // max(len(piece), 1) + 1) + "Ａ" * extra
    folded = fold_width(text)
    assert folded == text.translate(_FOLD)
    assert len(folded) == len(text)
    assert fold_width(text) is folded or len(text) < _FOLD_MEMO_MIN


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="１２Ａａ％＋－．／～＄＃＆＠＊\u3000，（）：台積電 12Aa$", max_size=80))
def test_a_short_text_without_a_foldable_character_is_its_own_fold(text: str) -> None:
    """Round 9: a short text with no character the fold maps is returned as it is
    (one regex search instead of a dict look-up per character); any other is translated."""
    folded = fold_width(text)
    assert folded == text.translate(_FOLD)
    if not any(ord(ch) in _FOLD for ch in text):
        assert folded is text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("營收成長，（年增）", "營收成長，（年增）"),  # CJK punctuation never folds
        ("營收１２３億元", "營收123億元"),
        ("毛利率５０．１％", "毛利率50.1%"),
        # the small full stop of Hong Kong and Singapore copy is a decimal point (quant29)
        ("營收682﹒76億元", "營收682.76億元"),
        # the small hyphen-minus and plus of statistics releases are signs
        ("年增率﹣4.4%，前月﹢2.1%", "年增率-4.4%，前月+2.1%"),
        ("台積電\u3000ＴＳＭＣ", "台積電 TSMC"),
        ("", ""),
    ],
)
def test_fold_width_of_short_texts(text: str, expected: str) -> None:
    assert fold_width(text) == expected


def test_slash_list_on_its_own_line_among_others() -> None:
    text = "營收成長/衰退\n匯頂科技/思特威/瑞芯微/寒武紀\n結論"
    spans = [m.span() for m in _slash_list_matches(text)]
    assert spans == [m.span() for m in _SLASH_LIST.finditer(text)]
    assert [text[s:e] for s, e in spans] == ["匯頂科技/思特威/瑞芯微/寒武紀"]
    assert re.fullmatch(_SLASH_LIST, "匯頂科技/思特威/瑞芯微") is None  # three items: no list


# --------------------------------------------------------------------------- stable ids


def _plain_remap(
    value: Any, mapping: dict[str, str], groups: dict[str, set[str]], owner: str
) -> Any:
    """``ids._remap`` as it was: the field name first, one walk for every value."""
    if isinstance(value, list):
        return [
            _plain_remap(v, mapping, groups, owner) if isinstance(v, (list, dict)) else v
            for v in value
        ]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        if ids.is_reference_field(key) and isinstance(v, (str, list)):
            new = []
            for ref in v if isinstance(v, list) else [v]:
                if not isinstance(ref, str) or ref in mapping:
                    new.append(mapping.get(ref, ref) if isinstance(ref, str) else ref)
                elif key != "id" and ids._LABEL_RE.match(ref):
                    groups[ref].add(owner)
                    new.append(ref)
                else:
                    new.append(ref)
            out[key] = new if isinstance(v, list) else new[0]
        elif isinstance(v, (list, dict)):
            out[key] = _plain_remap(v, mapping, groups, owner)
        else:
            out[key] = v
    return out


def _plain_assign_stable_ids(data: dict[str, Any]) -> dict[str, Any]:
    """``assign_stable_ids`` as it was: the label pass walks every fact and check."""
    doc_hash = str((data.get("source") or {}).get("sha256", ""))
    mapping: dict[str, str] = {}
    records = list(ids._records(data))
    spanned = [(t, item, k) for t, item in records if (k := ids._span_key(item)) is not None]
    ids._assign(spanned, doc_hash, mapping)
    scratch: dict[str, set[str]] = defaultdict(set)
    spanless = [
        (t, item, "content:" + ids._canonical(_plain_remap(item, mapping, scratch, "")))
        for t, item in records
        if ids._span_key(item) is None
    ]
    ids._assign(spanless, doc_hash, mapping)
    groups: dict[str, set[str]] = defaultdict(set)
    out = dict(data)
    facts = data.get("facts") or {}
    out["facts"] = {
        t: [_plain_remap(i, mapping, groups, mapping.get(i.get("id", ""), "")) for i in items]
        for t, items in facts.items()
    }
    out["checks"] = [
        _plain_remap(i, mapping, groups, mapping.get(i.get("id", ""), ""))
        for i in data.get("checks") or []
    ]
    labels = {
        label: f"{ids._prefix(label, 'g')}-{ids._digest(doc_hash, 'group', *sorted(owners))}"
        for label, owners in groups.items()
    }
    if labels:
        out["facts"] = ids._remap_labels(out["facts"], labels)
        out["checks"] = ids._remap_labels(out["checks"], labels)
    return out


_REF = st.sampled_from(["q1", "q2", "d1", "qr1", "qr2", "c1", "表 1", "x-1", "g7"])


@st.composite
def _serialized_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Facts and checks with spans or none, shared spans, ids, group labels and nested
    references: what the label pass and the tie-breaking see."""
    facts: dict[str, list[dict[str, Any]]] = {}
    for kind, prefix in (("quantities", "q"), ("dates", "d"), ("tables", "t")):
        items = []
        for n in range(draw(st.integers(0, 5))):
            item: dict[str, Any] = {"id": f"{prefix}{n + 1}", "text": draw(st.sampled_from("ab1"))}
            if draw(st.booleans()):
                s = draw(st.integers(0, 3))
                item["span"] = {"start": s, "end": s + draw(st.integers(0, 2))}
            if draw(st.booleans()):
                item["range_id"] = draw(_REF)
            if draw(st.booleans()):
                item["date_ids"] = draw(st.lists(st.one_of(_REF, st.integers(0, 2)), max_size=3))
            if draw(st.booleans()):
                cell = {"cell_id": draw(_REF), "id": draw(_REF), "value": draw(st.integers(0, 2))}
                item["rows"] = [[cell, None], draw(st.lists(_REF, max_size=2))]
            if draw(st.booleans()):
                item["source_id"] = {"refers_to": draw(_REF), "n": None}
            items.append(item)
        facts[kind] = items
    checks = [
        {"id": f"c{n + 1}", "fact_ids": draw(st.lists(_REF, max_size=3)), "group_id": draw(_REF)}
        for n in range(draw(st.integers(0, 3)))
    ]
    return {"source": {"sha256": "ab"}, "facts": facts, "checks": checks}


@settings(max_examples=300, deadline=None)
@given(_serialized_documents())
def test_label_pass_on_labelled_records_alone_equals_the_whole_walk(data: dict[str, Any]) -> None:
    assert ids.assign_stable_ids(copy.deepcopy(data)) == _plain_assign_stable_ids(data)


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "raw" / "seed.txt",
        *sorted((ROOT / "tests" / "corpus" / "real" / "dev").glob("*.txt"))[:4],
    ],
)
def test_stable_ids_on_facts_alone_equal_the_whole_document_round_trip(path: Path) -> None:
    doc = build_document(path, Settings(isolate=False))
    plain = Document.model_validate(ids.assign_stable_ids(doc.model_dump(mode="json")))
    assert with_stable_ids(doc).model_dump_json() == plain.model_dump_json()


# --------------------------------------------------------------------------- validation

_JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=3),
)
_JSON_LIKE = st.recursive(
    _JSON_LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(
            st.one_of(st.text(max_size=2), st.floats(), st.integers()), inner, max_size=4
        ),
    ),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(_JSON_LIKE)
def test_all_finite_answers_what_the_walk_finds(value: Any) -> None:
    if all_finite(value):
        assert list(_non_finite(value, "$")) == []


def test_a_non_finite_value_is_still_reported() -> None:
    doc = build_document(ROOT / "raw" / "seed.txt", Settings(isolate=False))
    data = json.loads(doc.model_dump_json())
    fact = data["facts"]["quantities"][0]
    fact["value"] = float("nan")
    found = [v.path for v in invariant_violations(data)]
    assert found == ["$.facts.quantities[0].value"]


# --------------------------------------------------------------------------- stored regexes

_PATTERNS = [
    (r"(?P<yd>[0-9]{1,4}|[○〇一二三])(?P<nian>\s*年度?)", 0, "2023 年度與一二三年"),
    (r"(?<![A-Za-z])(?:billion|bn|mn)(?![A-Za-z])", re.IGNORECASE, "US$ 5 BN and 3 mn"),
    (r"^\s*[（(]?單位[：:]\s*(?P<u>\S+?)[）)]?\s*$", re.MULTILINE, "x\n（單位：億元）\n"),
    (rb"\x00+(?P<tail>[A-Z]{2,})", 0, b"ab\x00\x00CD"),
    (r"(a)(b)?(?(2)c|d)", 0, "abc ad"),
]


@pytest.mark.parametrize(("pattern", "flags", "sample"), _PATTERNS)
def test_a_pattern_built_from_its_stored_program_is_the_one_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: Any, flags: int, sample: Any
) -> None:
    from pipeline.regexes import STORE_NAME, stored_programs

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    re.purge()
    plain = re.compile(pattern, flags)
    re.purge()
    with stored_programs():
        learned = re.compile(pattern, flags)
    assert (tmp_path / STORE_NAME).is_file()
    re.purge()

    def no_parsing(*args: Any) -> Any:
        raise AssertionError("a stored pattern was parsed again")

    with monkeypatch.context() as m:
        m.setattr(re._parser, "parse", no_parsing)  # type: ignore[attr-defined]
        with stored_programs():
            read_back = re.compile(pattern, flags)
    re.purge()
    assert plain == learned == read_back
    assert [x.groupdict() for x in read_back.finditer(sample)] == [
        x.groupdict() for x in plain.finditer(sample)
    ]
    assert [x.span() for x in read_back.finditer(sample)] == [
        x.span() for x in plain.finditer(sample)
    ]


def test_an_unreadable_program_store_compiles_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.regexes import STORE_NAME, stored_programs

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    (tmp_path / STORE_NAME).write_bytes(b"\x00not marshal")
    re.purge()
    with stored_programs():
        got = re.compile(r"(?P<n>\d+)億元")
    re.purge()
    assert got == re.compile(r"(?P<n>\d+)億元")
    assert got.search("營收 66億元") is not None


def test_a_full_program_store_keeps_what_the_process_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    from pipeline import regexes

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    monkeypatch.setattr(regexes, "MAX_PROGRAMS", 2)
    re.purge()
    with regexes.stored_programs():
        for old in ("old-a", "old-b", "kept"):
            re.compile(old)
    re.purge()
    with regexes.stored_programs():
        re.compile("kept")
        re.compile("new")
    re.purge()
    _, programs = marshal.loads((tmp_path / regexes.STORE_NAME).read_bytes())
    assert sorted(programs) == [("kept", 0), ("new", 0)]


@pytest.mark.parametrize(
    ("before", "inside"),
    [
        (r"(?P<n>\d+)億美元", r"預估(?P<y>\d{4})年"),  # a module's pattern, then warm-up's
        (r"[（(]\s*\d{4}\s*[)）]", r"全球市場規模"),
    ],
)
def test_a_block_opened_before_the_imports_is_carried_on_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str, inside: str
) -> None:
    import marshal

    from pipeline import regexes

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    original = re._compiler.compile  # type: ignore[attr-defined]
    re.purge()
    regexes.open_programs()
    try:
        opened = re._compiler.compile  # type: ignore[attr-defined]
        first = re.compile(before)
        with regexes.stored_programs():  # warm-up's block: the same one, not a second
            assert re._compiler.compile is opened  # type: ignore[attr-defined]
            second = re.compile(inside)
        assert re._compiler.compile is original  # type: ignore[attr-defined]
        regexes.close_programs()  # nothing left to close
    finally:
        regexes.close_programs()
    re.purge()
    assert opened is not original
    assert first == re.compile(before) and second == re.compile(inside)
    _, programs = marshal.loads((tmp_path / regexes.STORE_NAME).read_bytes())
    assert {(before, 0), (inside, 0)} <= set(programs)


def test_a_block_no_warm_up_takes_is_closed_and_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    from pipeline import regexes

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    original = re._compiler.compile  # type: ignore[attr-defined]
    re.purge()
    regexes.open_programs()
    regexes.open_programs()  # a second call opens nothing more
    try:
        got = re.compile(r"營收\s*(\d+)億元")
    finally:
        regexes.close_programs()
    re.purge()
    assert re._compiler.compile is original  # type: ignore[attr-defined]
    assert got == re.compile(r"營收\s*(\d+)億元")
    _, programs = marshal.loads((tmp_path / regexes.STORE_NAME).read_bytes())
    assert (r"營收\s*(\d+)億元", 0) in programs


def test_a_child_forked_inside_an_open_block_compiles_with_re_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dataset writer is forked before warm-up, while the CLI's block is open: it must
    # neither learn programs nor store them, and its patterns are re's own.
    from pipeline import regexes

    monkeypatch.setenv("ITIS_EXTRACT_CACHE", str(tmp_path))
    original = re._compiler.compile  # type: ignore[attr-defined]
    regexes.open_programs()
    try:
        pid = os.fork()
        if pid == 0:  # the child: report by exit code only
            ok = (
                re._compiler.compile is original  # type: ignore[attr-defined]
                and regexes._early is None
                and regexes._gate_table is None
            )
            os._exit(0 if ok else 1)
        _, status = os.waitpid(pid, 0)
        assert re._compiler.compile is not original  # type: ignore[attr-defined]
    finally:
        regexes.close_programs()
    assert os.waitstatus_to_exitcode(status) == 0


def test_the_warm_up_compiles_the_same_patterns_under_any_hash_seed(tmp_path: Path) -> None:
    # Alternations and classes built from sets would differ from process to process
    # (string hashing is salted), and a stored program would never be found again.
    script = (
        "import json, re, sys\n"
        "from pipeline import regexes\n"
        "from pipeline.run import warm_up\n"
        "seen = []\n"
        "original = regexes._program\n"
        "def spy(c, p, pattern, flags):\n"
        "    seen.append([repr(pattern), flags])\n"
        "    return original(c, p, pattern, flags)\n"
        "regexes._program = spy\n"
        "warm_up(pdf=False)\n"
        "print(json.dumps(sorted(seen)))\n"
    )
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "ITIS_EXTRACT_CACHE": str(tmp_path / seed)}
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert len(runs[0]) > 100
    assert runs[0] == runs[1]


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x3134F), max_size=80))
@settings(max_examples=300, deadline=None)
def test_display_width_by_code_point_is_the_width_by_ideograph_test(text: str) -> None:
    from pipeline.chars import is_cjk
    from pipeline.structure import display_width

    plain = sum(1.0 if (is_cjk(ch) or ord(ch) > 0x2E80) else 0.55 for ch in text)
    assert display_width(text) == plain


@given(
    st.text(alphabet="康衡七星生技科技醫藥製藥股份有限公司集團A ", max_size=6),
    st.integers(min_value=0),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_the_suffixes_a_name_ends_with_are_what_a_walk_over_every_suffix_meets(
    head: str, pick: int, suffixed: bool
) -> None:
    from pipeline.extract.entities.discovery import _endings
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for

    rules = rules_for(Lexicons.load())
    suffixes = list(rules.cjk_suffixes)
    name = head + suffixes[pick % len(suffixes)] if suffixed else head
    walk = [suffix for suffix in rules.cjk_suffixes if name.endswith(suffix)]
    assert _endings(rules, name) == walk


@given(
    st.text(alphabet="ITIS 研究團隊大學中心實驗室部門所院會X", max_size=12),
    st.integers(min_value=0, max_value=12),
)
@settings(max_examples=300, deadline=None)
def test_a_body_word_after_a_latin_name_is_found_as_without_the_first_character_gate(
    text: str, e: int
) -> None:
    """Round 9: ``_cjk_suffix_after`` returns None at once when no listed body word or
    subunit starts with the character after the name; otherwise it looks up by length."""
    import dataclasses

    from pipeline.extract.entities.discovery import _cjk_suffix_after
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Ctx

    rules = rules_for(Lexicons.load())
    assert rules.suffix_after_heads  # the shortcut is on for the shipped lexicon
    ungated = copy.copy(rules)
    ungated.suffix_after_heads = None
    tokens = [(i, i + 1) for i in range(len(text))]  # every offset a boundary
    gated_ctx = Ctx(text, fold_width(text), tokens, rules)
    plain_ctx = dataclasses.replace(gated_ctx, rules=ungated)
    e = min(e, len(text))
    assert _cjk_suffix_after(gated_ctx, e) == _cjk_suffix_after(plain_ctx, e)


@pytest.mark.parametrize(
    ("text", "e", "found"),
    [
        ("ITIS研究團隊", 4, True),
        ("ITIS 研究團隊", 4, True),
        ("ITIS表示", 4, False),
        ("ITIS", 4, False),
    ],
)
def test_body_words_after_a_latin_name(text: str, e: int, found: bool) -> None:
    from pipeline.extract.entities.discovery import _cjk_suffix_after
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Ctx

    tokens = [(i, i + 1) for i in range(len(text))]
    ctx = Ctx(text, fold_width(text), tokens, rules_for(Lexicons.load()))
    assert (_cjk_suffix_after(ctx, e) is not None) is found


# --------------------------------------------------------------- round 14 (textspeed8)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40), st.booleans()), max_size=30),
    st.integers(-1, 40),
    st.booleans(),
)
def test_the_last_told_month_read_backwards_is_the_last_of_the_filtered_list(
    facts: list[tuple[int, bool]], opened: int, ordered: bool
) -> None:
    """``_month_relatives`` took the last of every date before it that starts after the
    sentence opened and is a month told; reading backwards from the date (stopping at the
    sentence's start when the dates are in reading order) finds the same one."""
    if ordered:
        facts = sorted(facts, key=lambda f: f[0])
    records = [
        DateFact.model_construct(
            id=f"d{k}", text="x", span=CharSpan(start=s, end=s + 1), iso="2024" if ok else None
        )
        for k, (s, ok) in enumerate(facts)
    ]
    in_order = all(a.span.start <= b.span.start for a, b in itertools.pairwise(records))
    for i in range(len(records) + 1):
        plain = [g for g in records[:i] if g.span.start > opened and g.iso]
        got = last_before(records, i, opened, lambda g: bool(g.iso), in_order)
        assert got is (plain[-1] if plain else None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Ab9&. \n名，", max_size=30), st.data())
def test_a_latin_word_before_a_position_is_what_searching_the_whole_prefix_finds(
    text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert after_latin_word(text, pos) == (re.search(r"[A-Za-z0-9&.] $", text[:pos]) is not None)


# Pieces of news text around a photo credit and an editor's stamp, dates with and without
# them, so that blocks with and without a cue (and a date after it or not) all occur.
_DATED_PIECES = st.sampled_from(
    [
        "中央社記者潘智義",
        "攝",
        "攝影",
        "  ",
        "113年4月25日",
        "2024年5月1日",
        "（編輯：張良知）",
        "1130425",
        "（責編：王）",
        "編輯",
        "\n",
        "今年",
        "營收",
        "。",
        "12月15日",
    ]
)


def _blocks_of(text: str) -> list[Block]:
    blocks, start = [], 0
    for line in text.split("\n"):
        blocks.append(Block(kind="paragraph", start=start, end=start + len(line), page=1))
        start += len(line) + 1
    return blocks


@settings(max_examples=150, deadline=None)
@given(st.lists(_DATED_PIECES, max_size=25))
def test_report_dates_read_only_from_blocks_with_a_cue_are_those_of_every_block(
    pieces: list[str],
) -> None:
    """A photo credit's and an editor's stamp's dates are looked for only in blocks that
    name a credit or an editor (round 14): the same date as reading every block's dates."""
    text = "".join(pieces)
    blocks = _blocks_of(text)
    lex = load_lexicon("structure")
    cues = lex["report_date"]["photo_credit_cues"]
    credit = re.compile(r"(?:" + "|".join(map(re.escape, cues)) + r")[ \t\u3000]*$")
    plain_credit = next(
        (
            ReportDate(d.iso, d.start, d.end, "photo_credit")
            for b in blocks
            for d in _full_dates(text, b.start, b.end)
            if credit.search(text, b.start, d.start)
        ),
        None,
    )
    assert _photo_credit_date(blocks, text, lex) == plain_credit
    plain_stamp = next(
        (
            ReportDate(d.iso, b.start + d.start, b.start + d.end, "editor_stamp")
            for b in reversed(blocks[-3:])
            for d in find_dates(text[b.start : b.end])
            if d.iso and d.rule == date_rule_id("editor_stamp")
        ),
        None,
    )
    assert _editor_stamp_date(blocks, text, lex) == plain_stamp


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=20),
    st.integers(-1, 32),
    st.integers(-1, 32),
)
def test_a_span_reaching_past_a_point_is_what_a_walk_over_every_span_finds(
    spans: list[tuple[int, int]], before: int, after: int
) -> None:
    """The model-series finders asked every company span of each match (round 14)."""
    plain = any(s < before and e > after for s, e in spans)
    assert SpanReach(spans).reaches(before, after) == plain


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("(?<![較如])預估|(?<!超出)預計(?!負債)|可望", 0, "預可"),
        ("挑戰[ \t]*$", 0, "挑"),
        ("(?:明年|明[(（][0-9]{2,4}[)）]年)", 0, "明"),
        ("[A-C]x|\\by", 0, "ABCy"),
        ("a+b", 0, "a"),
        ("a*b", 0, "ab"),  # may start with b: the repeat is followed (round 24)
        ("(?:|a)b", 0, "ab"),  # an empty branch lets the next item start it
        ("a*b?", 0, None),  # may match the empty string
        ("\\Sx", 0, None),  # a negated category
        ("[^a]", 0, None),  # a negated set
        ("[\u4e00-\u9fff]x", 0, None),  # a range wider than the gate takes
        ("ab", re.IGNORECASE, None),
        ("(?=x)", 0, None),  # matches nothing but the empty string
    ],
)
def test_the_first_characters_of_a_pattern(pattern: str, flags: int, expected: str | None) -> None:
    got = first_chars(pattern, flags)
    assert (None if got is None else "".join(sorted(got))) == (
        None if expected is None else "".join(sorted(expected))
    )


_CUE_TEXT = st.text(
    alphabet="預估計可望有機會較如於超出市場明年(（2025)）年挑戰 \t，。\n將希望工程值", max_size=40
)


@settings(max_examples=400, deadline=None)
@given(_CUE_TEXT, st.data())
def test_a_gated_pattern_finds_what_the_pattern_finds(text: str, data: st.DataObject) -> None:
    """Round 14: the forecast cues (lexicon alternation, look-behinds first) behind a
    look-ahead on their first characters find the same matches from any start to any end,
    with ``search``, ``finditer`` and ``match``."""
    from pipeline.extract.quantities import _not_provisional, _regexes

    fast = _regexes().forecast
    cx = load_lexicon("quantity_context")
    plain = re.compile("|".join(f"(?:{_not_provisional(p, cx)})" for p in cx["forecast_cues"]))
    assert fast.pattern != plain.pattern  # the cues have a gate
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))

    def spans(p: re.Pattern[str]) -> list[Any]:
        found = p.search(text, lo, hi)
        at = p.match(text, lo, hi)
        return [
            [m.span() for m in p.finditer(text, lo, hi)],
            found and found.span(),
            at and at.span(),
        ]

    assert spans(fast) == spans(plain)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。！？!?；;，,\n文字ab", max_size=40), st.data())
def test_the_last_of_a_set_of_characters_is_what_rfind_of_each_gives(
    text: str, data: st.DataObject
) -> None:
    """Round 14: where a sentence or clause opens, found by bisecting the positions of its
    marks, not by ``rfind`` of each mark back from every date and number."""
    pos = data.draw(st.integers(0, len(text) + 2))
    for chars in ("。！？!?\n", "，,。；;！？!?\n", "；;", "，。；;,\n", "x"):
        assert last_of(text, chars, pos) == max(text.rfind(c, 0, pos) for c in chars)


def test_what_is_built_per_lexicon_is_built_once_per_object_and_is_the_walk() -> None:
    """Round 14: tables of the lexicon's entries that every document rebuilt (its agencies
    by name, its organizations' places by identity) are built once per Lexicons object;
    an equal copy (other entries, by identity) gets its own."""
    from pipeline.extract.entities.component import _org_positions
    from pipeline.extract.entities.lexicon import _default, per_lexicon
    from pipeline.extract.entities.records import _lexicon_agencies

    calls: list[object] = []

    @per_lexicon
    def build(lex: Any) -> object:
        calls.append(lex)
        return object()

    lex = _default()
    first = build(lex)
    assert build(lex) is first and len(calls) == 1
    twin = copy.copy(lex)
    assert build(twin) is not first and len(calls) == 2
    assert _lexicon_agencies(lex) == {o.name: o for o in lex.organizations if o.kind == "agency"}
    assert _lexicon_agencies(lex)  # the lexicon lists agencies
    assert _org_positions(lex) == {id(o): i for i, o in enumerate(lex.organizations)}
    assert _org_positions(twin) == {id(o): i for i, o in enumerate(twin.organizations)}


# --------------------------------------------------------------- round 15 (textspeed9)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\n文字ab、", max_size=40), st.data())
def test_a_date_on_the_line_of_a_position_is_what_slicing_the_text_between_finds(
    text: str, data: st.DataObject
) -> None:
    """Round 15: whether a date told before a position is in its paragraph (``_release_year``,
    ``_month_told_before``) was ``"\\n" not in text[end:pos]``, a slice back to every earlier
    date for every date (quadratic on a long text); it is now one bisection of the text's
    newlines per date and an integer test per earlier date."""
    pos = data.draw(st.integers(0, len(text)))
    line = last_of(text, "\n", pos)
    for end in range(len(text) + 2):
        assert (line < end <= pos) == (end <= pos and "\n" not in text[end:pos])


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="和及與、 ，中國美國ABab", min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
    st.data(),
)
def test_a_name_listed_with_companies_is_what_cutting_every_gap_finds(
    text: str, spans: list[tuple[int, int]], data: st.DataObject
) -> None:
    """Round 15: ``_listed_with`` cut the text between a Latin word and every company of the
    document before testing the gap's length (a copy of up to the whole text per pair); it
    now tests the length first. Same answer as the plain walk for any spans."""
    from pipeline.extract.entities.discovery import _listed_with, _Spans
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Cand, Ctx

    rules = rules_for(Lexicons.load())
    n = len(text)
    orgs = [(min(s, n), min(s + k, n)) for s, k in spans]
    start = data.draw(st.integers(0, n - 1))
    end = data.draw(st.integers(start + 1, n))
    ctx = Ctx(text, fold_width(text), [(i, i + 1) for i in range(n)], rules)
    c = Cand(start, end, "PRODUCT", None, "x", 1)

    def plain() -> bool:
        fold = ctx.fold
        for s, e in orgs:
            gap = fold[e : c.start] if e <= c.start else fold[c.end : s] if c.end <= s else ""
            if gap.strip() and len(gap) <= 6 and rules.coordinator_gap_re.fullmatch(gap):
                return True
        return False

    assert _listed_with(ctx, c, _Spans(orgs)) == plain()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["2023", "2024", "2025"])), max_size=25),
    st.integers(0, 55),
    st.integers(0, 55),
)
def test_the_years_a_heading_writes_bisected_are_those_of_every_date_within_it(
    dates: list[tuple[int, str]], start: int, end: int
) -> None:
    """Round 15: ``_heading_years`` filtered every date of the document for each title a
    number's paragraph walks back to; the dates come in order of start, so the title's
    are bisected out (ties at a start included)."""
    from pipeline.extract.quantities import _date_index, _heading_years

    records = [
        DateFact.model_construct(
            id=f"d{k}", text="x", span=CharSpan(start=s, end=s + 1), iso=f"{y}-01"
        )
        for k, (s, y) in enumerate(dates)
    ]
    _, in_order = _date_index(records)
    plain = {d.iso[:4] for d in in_order if d.iso and start <= d.span.start < end}
    assert _heading_years(in_order, start, end) == plain


# --------------------------------------------------------------- round 18 (speed15)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 4), max_size=40), st.integers(-2, 130))
def test_the_tokens_from_a_position_are_the_tail_a_slice_gives(
    lengths: list[int], start: int
) -> None:
    """Round 18: the entity walks from a token on (``_past_last_of``, ``_past_joiner``,
    ``_past_last_verb``, ``_place_opened_start``) read ``Ctx.tokens_from`` instead of copying
    the tail of every token of the text; same tokens in the same order."""
    import bisect

    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Ctx

    bounds = list(itertools.accumulate(lengths, initial=0))
    text = "字" * bounds[-1]
    ctx = Ctx(text, text, list(itertools.pairwise(bounds)), rules_for(Lexicons.load()))
    assert list(ctx.tokens_from(start)) == ctx.tokens[bisect.bisect_left(ctx.starts, start) :]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["2023", "2024", "0999"]),
            st.integers(1, 3),
            st.integers(1, 3),
            st.sampled_from(["day", "month", "year"]),
        ),
        max_size=20,
    ),
    st.integers(1, 3),
    st.integers(1, 3),
    st.sampled_from(["month_day", "cjk_ymd"]),
)
def test_a_day_told_before_looked_up_is_what_a_walk_over_every_date_finds(
    told: list[tuple[str, int, int, str]], month: int, day: int, rule: str
) -> None:
    """Round 18: ``_day_told_before`` walked every date told before each month-day (a walk
    over the document per date); the years of each day are now kept as dates are told
    (``_tell_day``) and looked up. Same year, or None, as the walk over the facts."""
    from pipeline.extract.dates import DateMatch, _day_told_before, _tell_day

    facts = []
    for k, (y, mo, d, precision) in enumerate(told):
        iso = {"day": f"{y}-{mo:02d}-{d:02d}", "month": f"{y}-{mo:02d}", "year": y}[precision]
        facts.append(
            DateFact.model_construct(
                id=f"d{k}",
                text="x",
                span=CharSpan(start=k, end=k + 1),
                iso=iso,
                precision=precision,
            )
        )
    m = DateMatch(
        0, 1, "x", None, "day", "gregorian", "exact", date_rule_id(rule), month=month, day=day
    )
    told_days: dict[str, set[str]] = {}
    for f in facts:
        _tell_day(told_days, f)
    tail = f"-{month:02d}-{day:02d}"
    years = {f.iso[:4] for f in facts if f.precision == "day" and f.iso and f.iso.endswith(tail)}
    plain = years.pop() if len(years) == 1 and rule == "month_day" else None
    assert _day_told_before(told_days, m) == plain


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the cue's percentage in the figures' own sentence
        ("2020年產值為100億元，2025年將達200億元，年複合成長率約14.9%。", "pass"),
        # … or in the sentence after it; a cue-less percentage before it is no stated rate
        ("去年成長3%。2020年產值為100億元，2025年將達200億元。CAGR為20%。", "fail"),
        # two stated rates: the first in the text's order counts
        ("2020年產值為100億元，2025年將達200億元，年複合成長率14.9%。年均成長率為30%。", "pass"),
    ],
)
def test_the_stated_cagr_read_once_per_document_is_the_first_in_order(
    tmp_path: Path, text: str, status: str
) -> None:
    """Round 18: ``check_growth`` read every quantity of the document for each pair of growth
    figures to find a stated CAGR; the first cued percentage of each sentence is now read
    once (``_stated_cagrs``). The check compares the one the walk found."""
    from pipeline.checks import _cues, _stated_cagr, _stated_cagrs, check_growth

    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = build_document(path, Settings(isolate=False))
    cues, folded = _cues(), fold_width(doc.text)

    def plain(sentences: tuple[int, int]) -> Any:
        for q in doc.facts.quantities:
            ctx = folded[max(0, q.span.start - 24) : q.span.start]
            if q.kind == "percent" and q.sentence in sentences and cues.cagr.search(ctx):
                return q
        return None

    stated = _stated_cagrs(doc, folded, cues)
    for s in range(len(doc.sentences)):
        # (no clause of the figures' own: the first in the text's order, as the walk found)
        assert _stated_cagr(stated, (s, s + 1), -1) is plain((s, s + 1))
    growth = [c for c in check_growth(doc) if c.kind == "implied_growth"]
    assert [c.status for c in growth] == [status]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, "p1", "p2"]),
            st.sampled_from(["2024", "2024-03", "2024-06-30", "2025-01"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.data(),
)
def test_a_closed_period_read_from_its_dates_is_what_a_walk_over_every_date_finds(
    dates: list[tuple[str | None, str]], data: st.DataObject
) -> None:
    """Round 18: ``_period_closed`` walked every date of the document for each forecast
    number to find the dates of one period; they are now grouped once (``_dates_by_period``)."""
    from pipeline.extract.quantities import _dates_by_period, _period_closed, _period_end

    records = [
        DateFact.model_construct(
            id=f"d{k}",
            text="x",
            span=CharSpan(start=k, end=k + 1),
            iso=iso,
            period_id=pid,
            precision={4: "year", 7: "month", 10: "day"}[len(iso)],
            quarter=None,
            half=None,
        )
        for k, (pid, iso) in enumerate(dates)
    ]
    by_id = {d.id: d for d in records}
    date_id = data.draw(st.sampled_from([*by_id, "d99"]))
    published = data.draw(st.sampled_from([None, "2024", "2024-05-01", "2025-12-31"]))
    d = by_id.get(date_id)
    if d is None or not published or len(published) < 7:
        plain = False
    else:
        ends = [x for x in by_id.values() if d.period_id and x.period_id == d.period_id] or [d]
        plain = all((e := _period_end(x)) is not None and e < published for x in ends)
    assert _period_closed(by_id, _dates_by_period(by_id.values()), date_id, published) is plain


def _csv_by_cell(table: Any) -> bytes:
    """The dataset CSV written cell by cell, each cell's format decided on its own (the
    plain computation ``store.csv_bytes`` replaced)."""
    from pipeline.chars import number_text

    def cell(value: Any, kind: str) -> str:
        if value is None or (isinstance(value, float) and value != value):
            return ""
        if kind.startswith("list"):
            return (
                '"'
                + json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace('"', '""')
                + '"'
            )
        if kind == "bool":
            return "true" if value else "false"
        if kind == "int64":
            return str(int(value))
        if kind == "float64":
            return number_text(float(value))
        return '"' + str(value).replace('"', '""') + '"'

    lines = [",".join('"' + c.name.replace('"', '""') + '"' for c in table.columns)]
    lines += [",".join(cell(r.get(c.name), c.type) for c in table.columns) for r in table.rows]
    return "".join(line + "\n" for line in lines).encode("utf-8")


_CSV_VALUES = {
    "string": st.one_of(st.none(), st.text(alphabet='ab"，, \n台', max_size=6), st.integers()),
    "int64": st.one_of(st.none(), st.integers(-(2**40), 2**40), st.booleans()),
    "float64": st.one_of(st.none(), st.floats(allow_infinity=False), st.integers(-999, 999)),
    "bool": st.one_of(st.none(), st.booleans()),
    "list<string>": st.one_of(st.none(), st.lists(st.text(alphabet='a"台', max_size=3))),
    "list<int64>": st.one_of(st.none(), st.lists(st.integers(-5, 5), max_size=3)),
    "json": st.one_of(st.none(), st.text(alphabet='{}"a:', max_size=6)),
}


@st.composite
def _dataset_tables(draw: st.DrawFn) -> Any:
    from pipeline.dataset.tables import Column, TableData

    kinds = draw(st.lists(st.sampled_from(sorted(_CSV_VALUES)), min_size=1, max_size=5))
    columns = [Column(f"c{i}", kind, "") for i, kind in enumerate(kinds)]  # type: ignore[arg-type]
    rows = draw(
        st.lists(
            st.fixed_dictionaries({}, optional={c.name: _CSV_VALUES[c.type] for c in columns}),
            max_size=6,
        )
    )
    return TableData("t", "", columns, rows)


@settings(max_examples=300, deadline=None)
@given(_dataset_tables(), st.booleans())
def test_the_dataset_csv_written_column_by_column_is_what_a_cell_by_cell_writer_gives(
    table: Any, excel: bool
) -> None:
    from pipeline.dataset.store import BOM, csv_bytes

    assert csv_bytes(table, excel) == (BOM if excel else b"") + _csv_by_cell(table)


# --------------------------------------------------------------------------- speed17


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="Ab9 名稱a-\n", max_size=60),
    st.lists(st.tuples(st.integers(0, 59), st.integers(1, 4), st.booleans()), max_size=6),
)
def test_every_mention_of_a_found_name_is_what_a_search_per_name_finds(
    text: str, spans: list[tuple[int, int, bool]]
) -> None:
    """``_mentions_of`` ran one ``re.finditer`` over the whole text per found name (a
    pattern compiled for each, the text read once per name); it now reads every name's
    hits off one automaton. Same mentions, in the same order, for any text and names."""
    from pipeline.extract.entities.discovery import _mentions_of
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Cand, Ctx

    n = len(text)
    cands = [
        Cand(min(s, n), min(s + k, n), "ORG" if org else "PRODUCT", None, f"r{s}", k)
        for s, k, org in spans
    ]
    cands = [c for c in cands if c.length >= 1]
    ctx = Ctx(text, fold_width(text), [(i, i + 1) for i in range(n)], rules_for(Lexicons.load()))
    protos: dict[str, Cand] = {}
    for c in cands:
        protos.setdefault(ctx.fold[c.start : c.end], c)
    plain = []
    for name, c in protos.items():
        edge = r"(?<![A-Za-z0-9])" if name.isascii() else ""
        for m in re.finditer(edge + re.escape(name) + (r"(?![A-Za-z])" if edge else ""), ctx.fold):
            plain.append((m.start(), m.end(), c.label, c.rule))
    got = [(c.start, c.end, c.label, c.rule) for c in _mentions_of(ctx, cands)]
    assert got == plain


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "raw" / "seed.txt",
        *sorted((ROOT / "tests" / "corpus" / "real" / "dev").glob("*.txt"))[::8],
    ],
    ids=lambda p: p.name,
)
def test_a_document_serialized_once_is_the_json_of_the_model_path(path: Path) -> None:
    """A worker printed a document by dumping its facts for the stable ids, validating
    them back into models, then dumping the whole document again (``with_stable_ids``,
    ``sanitize_document``); ``checked_json`` assigns the ids on one dump and prints that.
    The same bytes, on real reports of every kind in the dev set."""
    from pipeline.run import build, checked_json
    from pipeline.validate import sanitize_document

    built = build(path, Settings(isolate=False), stable_ids=False)
    unstable = built.document.model_copy(deep=True)
    checked = checked_json(built.document)
    assert checked is not None
    text, counts, _ = checked
    want, dropped = sanitize_document(with_stable_ids(unstable))
    assert dropped == []
    assert text == want
    doc = json.loads(text)
    assert counts == {
        **{name: len(items) for name, items in doc["facts"].items()},
        "checks": len(doc["checks"]),
    }
    assert sum(counts.values()) > 0


def test_a_document_with_a_broken_fact_is_left_to_the_model_path() -> None:
    """``checked_json`` prints only a document valid whole: with one fact broken it answers
    None, and the model path (which leaves the fact out and reports it) takes over."""
    from pipeline.run import break_first_fact, build, checked_json, extract_one

    path = ROOT / "raw" / "seed.txt"
    doc = build(path, Settings(isolate=False), stable_ids=False).document
    break_first_fact(doc)
    assert checked_json(doc) is None
    outcome, text = extract_one(path, "seed", Settings(isolate=False), break_first_fact)
    assert outcome.ok and text is not None
    assert len(outcome.dropped) >= 1


def _news_day_as_written_before() -> re.Pattern[str]:
    """The news-day pattern as it was, opening on its look-behinds."""
    from pipeline.extract.dates import _alt, _cls

    nd = load_lexicon("dates")["news_day"]
    return re.compile(
        r"(?:(?<=[\u4e00-\u9fff）)，,])|(?<=[A-Za-z] )|(?<=[A-Za-z]))"
        rf"(?<!{_cls(nd['not_after'])})(?P<sd>[0-9]{{1,2}})日"
        rf"(?=(?:{_alt(nd['acts'])})"
        rf"|(?!{_alt(nd['clause_not_before'])})[\u4e00-\u9fff][^，。；,;\n]*[，。；,;])"
        # (the day opening its sentence, added after the rewrite, is the same in both)
        rf"|(?:(?<=^)|(?<=[。；;！？!?]))[ \t]*(?P<od>[0-9]{{1,2}})日"
        rf"(?=(?:{_alt(nd['opening_after'])})?[ \t]*[，,])",
        re.MULTILINE,
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123日月第至晚表示 aZ）,，。\n公司在", max_size=40))
def test_the_news_day_opening_on_its_digit_finds_what_the_look_behinds_first_found(
    text: str,
) -> None:
    """A pattern opening on look-behinds is tried at every character of a long text; the
    news day's now opens on its first digit and looks behind from there. Same matches."""
    from pipeline.extract.dates import _lexicon

    def spans(p: re.Pattern[str]) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group("sd") or m.group("od")) for m in p.finditer(text)]

    assert spans(_lexicon().news_day) == spans(_news_day_as_written_before())


def test_the_news_day_pattern_finds_what_it_found_in_the_dev_texts() -> None:
    from pipeline.extract.dates import _lexicon

    old, new = _news_day_as_written_before(), _lexicon().news_day
    found = 0
    for path in sorted((ROOT / "tests" / "corpus" / "real" / "dev").glob("*.txt")):
        fold = fold_width(path.read_text(encoding="utf-8"))
        got = [(m.start(), m.end()) for m in new.finditer(fold)]
        assert got == [(m.start(), m.end()) for m in old.finditer(fold)], path.name
        found += len(got)
    assert found > 0


# --------------------------------------------------------------------------- speed20


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab7-", max_size=12),
    st.sets(st.text(alphabet="ab7-", max_size=6), max_size=6),
)
def test_a_dash_variant_looked_up_by_its_prefixes_is_what_trying_every_model_finds(
    name: str, models: set[str]
) -> None:
    """``discover`` tried every found model as a prefix of each Latin run (a name, a dash,
    then a part with a digit: Zorva-Pro-7B); ``_dash_variant_of`` looks the run's prefixes
    before each dash up in the set. Same answer for any run and models, the empty model and
    models with dashes of their own included."""
    from pipeline.extract.entities.discovery import _dash_variant_of

    plain = any(
        name.startswith(f"{m}-") and any(ch.isdigit() for ch in name[len(m) :]) for m in models
    )
    assert _dash_variant_of(name, models) == plain


@settings(max_examples=400, deadline=None)
@given(
    st.recursive(
        st.one_of(
            st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text(max_size=3)
        ),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=3), inner, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_a_plain_copy_holds_finite_floats_only_so_validation_may_skip_that_look(
    data: object,
) -> None:
    """``checked_json`` and ``sanitize_document`` tell validation ``finite=True`` when the
    data is ``dumps_and_data``'s plain copy, and the NaN / ±Infinity look is skipped: that
    copy exists only for data that look would pass, and the invariants report the same."""
    from pipeline.emit import dumps_and_data

    _, plain = dumps_and_data(data)
    if plain is not None:
        assert all_finite(plain)
        doc = {"text": "", "facts": {"quantities": [{"id": "q1", "x": plain}]}, "checks": []}
        assert invariant_violations(doc, finite=True) == invariant_violations(doc)


def _sentences_char_by_char(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence splitter as it was: a Python step per character of the paragraph."""
    from pipeline.structure import _CLOSE_OF, _OPENERS, _SENTENCE_END

    stack0: list[tuple[str, int]] = []
    for j in range(start, end):
        ch = text[j]
        if ch in _OPENERS and ch not in "\"'":
            stack0.append((ch, j))
        elif ch in _CLOSE_OF and stack0 and stack0[-1][0] == _CLOSE_OF[ch]:
            stack0.pop()
    unclosed = {j for _, j in stack0}
    out: list[tuple[int, int]] = []

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))

    stack: list[str] = []
    s = j = start
    while j < end:
        ch = text[j]
        if ch in _OPENERS and j not in unclosed:
            stack.append(ch)
        elif ch in _CLOSE_OF and stack and stack[-1] == _CLOSE_OF[ch]:
            stack.pop()
        elif ch in _SENTENCE_END and not stack:
            k = j + 1
            while k < end and (text[k] in _SENTENCE_END or text[k] in "」』”"):
                k += 1
            emit(s, k)
            s = j = k
            continue
        j += 1
    emit(s, end)
    return out


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="字a 。！？；!?「」『』（）()【】〈〉《》“”‘’\"'\n", max_size=50),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_sentences_split_at_the_marks_found_by_one_scan_are_the_char_by_char_ones(
    text: str, lo: int, cut: int
) -> None:
    """``split_sentences`` and ``_unclosed_openers`` stepped through every character of a
    paragraph in Python; they now visit only the brackets and end marks one regex scan
    finds (the only characters they act on). Same sentences for any text and bounds."""
    from pipeline.structure import split_sentences

    start, end = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)
    got = [(x.start, x.end) for x in split_sentences(text, start, end, 0, False)]
    assert got == _sentences_char_by_char(text, start, end)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="台積電科技化學公司有限股份優良", min_size=1, max_size=40),
    st.lists(
        st.tuples(st.integers(0, 39), st.integers(2, 12), st.booleans(), st.integers(0, 2)),
        max_size=8,
    ),
    st.lists(st.integers(0, 40), max_size=20),
)
def test_glued_names_looked_up_by_prefix_are_what_trying_every_stem_finds(
    text: str, spans: list[tuple[int, int, bool, int]], cuts: list[int]
) -> None:
    """``glued_names`` tried every stem (a company's name) on every pattern name; it now
    looks each name's prefixes up among the stems. Same names out, for any text, tokens
    and candidates (lexicon hits and pattern names, companies with legal tails)."""
    from pipeline.extract.entities.discovery import _LEGAL_TAILS, glued_names
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Cand, Ctx

    n = len(text)
    bounds = sorted({0, n, *(min(c, n) for c in cuts)})
    tokens = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    ctx = Ctx(text, fold_width(text), tokens, rules_for(Lexicons.load()))
    found = [
        Cand(s, min(s + k, n), "ORG", "company", f"r{s}", strength, source=src)
        for s, k, lex, strength in spans
        if s < n
        for src in ["lexicon" if lex else "pattern"]
    ]
    rules, fold = ctx.rules, ctx.fold
    stems = set()
    for c in found:
        name = fold[c.start : c.end]
        if c.source == "lexicon" and len(name) >= 3:
            stems.add(name)
        for tail in _LEGAL_TAILS:
            if name.endswith(tail) and len(name) - len(tail) >= 4:
                stems.add(name[: -len(tail)])
                break
    own = (*rules.cjk_suffixes, *_LEGAL_TAILS, *rules.subunits, *rules.agency_endings)
    plain = [
        c
        for c in found
        if stems
        and c.source != "lexicon"
        and c.strength > 0
        and any(
            len(rest := fold[c.start : c.end][len(stem) :]) >= 2
            and fold[c.start : c.end].startswith(stem)
            and ctx.is_boundary(c.start + len(stem))
            and not rest.startswith(own)
            and not rest.startswith(("（", "("))
            and not rules.subsidiary_mark_re.match(rest)
            and any(
                rest.endswith(suf) and len(rest) - len(suf) >= 2 and info["kind"] == "company"
                for suf, info in rules.cjk_suffixes.items()
            )
            for stem in stems
        )
    ]
    assert glued_names(ctx, found) == plain


def test_a_document_after_warm_up_builds_no_whole_lexicon_table(tmp_path: Path) -> None:
    # Workers are forked after warm-up: a table built from the whole lexicon must be built
    # there, once, not by each worker on its first document (every call after warm-up is a
    # cache hit; the document does use the tables).
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from pipeline.config import Settings\n"
        "from pipeline.extract.entities import component, records\n"
        "from pipeline.run import build, warm_up\n"
        "tables = [component._org_names, records._lexicon_names, records._long_names_by_head,\n"
        "          records._latin_legal_forms, records._latin_company_tails]\n"
        "warm_up(pdf=False)\n"
        "before = [f.cache_info() for f in tables]\n"
        "build(Path(sys.argv[1]), Settings(isolate=False))\n"
        "after = [f.cache_info() for f in tables]\n"
        "print(json.dumps([[b.currsize, a.misses - b.misses, a.hits - b.hits]\n"
        "                  for b, a in zip(before, after)]))\n"
    )
    text = tmp_path / "companies.txt"
    text.write_text(
        "2024 年半導體產業回顧\n一、廠商動態\n"
        "台灣積體電路製造股份有限公司與鴻海精密工業於 2024 年擴大合作，"
        "Kioxia Corporation 與 Micron Technology, Inc. 亦宣布投資 12 億美元。\n",
        encoding="utf-8",
    )
    env = {**os.environ, "ITIS_EXTRACT_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(text)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    assert all(size >= 1 for size, _, _ in rows)  # built by warm-up
    assert [misses for _, misses, _ in rows] == [0] * len(rows)  # none built again
    assert sum(hits for _, _, hits in rows) > 0  # and the document read them


# --------------------------------------------------------------- round 24 (speed22)

# Names, codes, tickers, glosses and what breaks them: brackets, spaces, list marks.
_ANCHOR_TEXT = st.lists(
    st.sampled_from(
        [
            *"台積電威剛華為有致新璟德研究",
            *"ABKYxz-.&",
            *" \n\t（）()：:、，",
            *["2330", "3260", "700", "688019.SH", "代號", "美：AAPL", "NASDAQ: XY"],
            *["-KY", "Huawei Inc.", "Amazon.com, Inc", "年", "今(2015)年"],
        ]
    ),
    max_size=40,
).map("".join)


def _anchored_patterns() -> list[Any]:
    from pipeline.extract.entities import discovery
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for

    rules = rules_for(Lexicons.load())
    return [discovery._CODED_NAME, discovery._GLOSSED_NAME, rules.ticker_name_re]


@settings(max_examples=600, deadline=None)
@given(_ANCHOR_TEXT)
def test_names_found_from_their_anchors_are_the_whole_scans_matches(text: str) -> None:
    """A name before a bracketed code, ticker or gloss is searched only in the window before
    each anchor: the matches (spans and groups, in order) are ``finditer``'s over the text."""
    for anchored in _anchored_patterns():
        got = [(m.span(), m.groups()) for m in anchored.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in anchored.pattern.finditer(text)]


def test_the_name_patterns_take_the_anchored_path() -> None:
    """Each shipped pattern has a known widest name and known anchor characters (else it
    would fall back to the whole scan, correct but slow), and finds its names."""
    for anchored in _anchored_patterns():
        assert anchored.reach is not None and anchored.opens is not None
    coded, glossed, ticker = _anchored_patterns()
    text = "威剛(3260)、台積電 （2330）與華為(Huawei Inc.)，蘋果(美：AAPL)"
    assert [m.group(1) for m in coded.finditer(text)] == ["威剛", "台積電"]
    assert [m.group(1) for m in glossed.finditer(text)] == ["與華為"]
    assert [m.group(1) for m in ticker.finditer(text)] == ["蘋果"]


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        ("(?:今年|去年)?[0-9]{1,2}月", 0, set("今去0123456789")),
        ("(?:(?<=^)|(?<=，))前[2-4]季", re.M, {"前"}),
        ("(?<![0-9])(?P<d>3[01]|[12][0-9])日", 0, set("123")),
        ("a?b*", 0, None),  # can match the empty string
        ("(?i)abc", 0, None),  # inline flags: no gate
        # a case-blind group: either case of its ASCII letters starts it (round 32)
        ("[ \t]*(?i:million|bn)", 0, set(" \tmMbB")),
        ("(?:今年)?(?i:q)[1-4]", 0, set("今qQ")),
        ("(?i:fig|1)", 0, set("fF1")),
        # … but i, k and s: İ, ı, K and ſ match them too
        ("(?i:ver|kg)", 0, None),
        ("(?i:is)", 0, None),
        ("(?i:表)", 0, None),  # a letter beyond ASCII: its cases are not listed
        # \d: the ASCII digits and \d itself, which the gate writes as it is
        (r"(?<!a)\d+x", 0, set("0123456789") | {r"\d"}),
        (r"^[ \t]*\d{1,2}[.]", re.M, set(" \t0123456789") | {r"\d"}),
        (r"[\d.]x", 0, set("0123456789.") | {r"\d"}),
        (r"\D", 0, None),
        # \s: written as it is (round 42); a move after optional spaces (\s*股價…)
        (r"\sx", 0, {r"\s"}),
        (r"\s*(?:股價)?[漲跌]", 0, {r"\s", "股", "漲", "跌"}),
        (r"[\s,]x", 0, {r"\s", ","}),
        (r"\S", 0, None),
        ("abc", re.IGNORECASE, None),
        (r"\w+", 0, None),  # a category: not known
    ],
)
def test_first_chars_read_through_optional_items_and_assertions(
    pattern: str, flags: int, first: set[str] | None
) -> None:
    from pipeline.regexes import first_chars

    got = first_chars(pattern, flags)
    assert got == (frozenset(first) if first is not None else None)


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        ("(?<![0-9])(?P<d>3[01]|[12][0-9])日", True),  # a look-behind first: gated
        ("(?:今年)?[0-9]{1,2}月", True),  # an optional word first: gated
        ("[0-9]+月", True),  # a repeat first: re has no prefix for it
        ("[0-9]月", False),  # a class first: re skips to it by itself
        ("(?P<x>[0-9])日", False),
        ("今年|去年", False),  # literal branches: re's own prefix check
    ],
)
def test_a_gate_only_where_re_has_no_prefix_of_its_own(pattern: str, gate: bool) -> None:
    from pipeline.regexes import gated

    assert (gated(pattern).pattern != pattern) is gate


# digits of other scripts (٣ Arabic-Indic, ３ full-width, 𝟑 mathematical, beyond the Basic
# Multilingual Plane), the letters a case-blind group may match in another case (K Kelvin,
# ſ long s, İ ı) and what the quantity stage's masks open with
_MASK_TEXT = st.text(
    alphabet="0123٣３𝟑.．、)）(（ \t\n一二十圖表附-－字頭度單位：:中文"
    "FfIiGgtTaAbBlLeEhHpPsSwWvVrRuUnNcCKkſİı/",
    max_size=50,
)


@settings(max_examples=500, deadline=None)
@given(_MASK_TEXT, st.data())
def test_a_gate_read_through_case_blind_groups_and_digits_finds_what_the_plain_finds(
    text: str, data: st.DataObject
) -> None:
    """Round 32: the quantity stage's masks (branches that open with ``^``, a look-behind,
    ``\\d`` or a case-blind word: ``(?i:https?://|www\\.)``) behind their gate, which names
    ``\\d`` and both cases of the ASCII letters, find what the plain alternation finds."""
    from pipeline.extract.quantities import _regexes

    fast = _regexes().masks
    cues = load_lexicon("quantity_context")["masks"]
    plain = re.compile("|".join(f"(?:{p})" for p in cues), re.MULTILINE)
    assert fast.pattern != plain.pattern  # the masks have a gate
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))

    def spans(p: re.Pattern[str]) -> list[Any]:
        return [
            [m.span() for m in p.finditer(text, lo, hi)],
            p.sub(lambda m: " " * len(m.group()), text),
            [(at := p.match(text, i, hi)) and at.span() for i in range(lo, hi + 1)],
        ]

    assert spans(fast) == spans(plain)


@pytest.mark.parametrize("ch", ["٣", "３", "𝟑", "߃", "1"])
def test_a_gate_on_digits_lets_every_digit_of_any_script_through(ch: str) -> None:
    """``\\d`` matches 660 digits; the gate's class holds ``\\d`` itself, so a digit of any
    script still starts a match (round 32)."""
    from pipeline.regexes import gated

    fast = gated(r"(?<![a-z])\d+年")
    assert fast.pattern.startswith("(?=[")
    assert [m.span() for m in fast.finditer(f"中{ch}年")] == [(1, 3)]
    assert [m.span() for m in fast.finditer(f"x{ch}年")] == []  # (the look-behind)


_DATE_TEXT = st.text(
    alphabet="今年去前上半下第一二三四12031月日號季度份、至~－-，。\n累計與Q ", max_size=60
)


@settings(max_examples=400, deadline=None)
@given(_DATE_TEXT)
def test_gated_date_patterns_find_what_the_plain_patterns_find(text: str) -> None:
    """The date patterns compiled behind a first-character gate match where and what the
    same patterns compiled as they are match (``finditer``, ``match`` at every offset)."""
    from pipeline.extract import dates

    lex = dates._lexicon()
    for p in (
        lex.bare_leading,
        lex.month_span,
        lex.day_span,
        lex.yearless_quarter,
        dates._MONTH_DAY,
        dates._BARE_DAY,
    ):
        inner = re.fullmatch(r"\(\?=\[.*?\]\)\(\?:(.*)\)", p.pattern, re.S)
        plain = re.compile(inner.group(1) if inner else p.pattern, p.flags)
        assert [(m.span(), m.groups()) for m in p.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        for i in range(len(text)):
            a, b = p.match(text, i), plain.match(text, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "研發",
                "插秧機",
                "系統",
                "機",
                "器",
                "的",
                "玄鐵",
                "處理器",
                "\n",
                " ",
                "A1",
                "手機\n",
            ]
        ),
        max_size=30,
    )
)
def test_product_noun_tokens_found_from_their_last_characters(words: list[str]) -> None:
    """The framed-products finder reads only the tokens that end in a product noun ending's
    last character: among them, every token the plain test over all tokens keeps."""
    from pipeline.extract.entities.context import _tokens_ending_as_product_nouns
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import CJK_RE, rules_for
    from pipeline.extract.entities.types import Ctx

    text = "".join(words)
    tokens, at = [], 0
    for w in words:
        tokens.append((at, at + len(w)))
        at += len(w)
    rules = rules_for(Lexicons.load())
    ctx = Ctx(text, fold_width(text), tokens, rules)

    def noun(i: int) -> bool:
        w = ctx.fold[tokens[i][0] : tokens[i][1]]
        return bool(CJK_RE.match(w)) and rules.is_product_noun(w)

    fast = _tokens_ending_as_product_nouns(ctx)
    assert fast == sorted(set(fast))
    assert [i for i in fast if noun(i)] == [i for i in range(1, len(tokens)) if noun(i)]


def _plain_hits(table: Any, words: list[str], spaces: list[bool]) -> list[Any]:
    """``PhraseTable.hits`` as it read every word (before round 24): the reference."""
    from pipeline.extract.entities.phrases import Hit

    matches = []
    for i, w in enumerate(words):
        for n in table.lengths.get(w, ()):
            if i + n > len(words):
                break
            keys = table.by_words.get(tuple(words[i : i + n]))
            if keys is not None:
                matches.extend((key, i, i + n) for key in keys)
    final = sorted(set(matches), key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    kept, seen = [], set()
    for key, start, end in final:
        if start not in seen and end - 1 not in seen:
            kept.append((key, start, end))
            seen.update(range(start, end))
    offsets, idx = [], 0
    for w, sp in zip(words, spaces, strict=True):
        offsets.append(idx)
        idx += len(w) + sp
    out = []
    for key, start, end in sorted(kept, key=lambda m: m[1]):
        label, ent_id = table.labels[key]
        out.append(
            Hit(start, end, offsets[start], offsets[end - 1] + len(words[end - 1]), label, ent_id)
        )
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["台積", "電", "台積電", "公司", "Inc", "Apple", "的", "\n"]),
            st.booleans(),
        ),
        max_size=25,
    )
)
def test_phrase_hits_opened_at_first_words_are_the_hits_of_every_word(
    pairs: list[tuple[str, bool]],
) -> None:
    from pipeline.extract.entities.phrases import build_table
    from pipeline.segment import get_segmenter

    table = build_table(
        [
            {"label": "ORG", "pattern": "台積電", "id": "tsmc"},
            {"label": "ORG", "pattern": "台積電公司", "id": "tsmc"},
            {"label": "ORG", "pattern": "Apple Inc", "id": "apple"},
            {"label": "PRODUCT", "pattern": "電", "id": "x"},
        ],
        get_segmenter(),
    )
    words = [w for w, _ in pairs]
    spaces = [sp for _, sp in pairs]
    assert table.hits(words, spaces) == _plain_hits(table, words, spaces)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Ab1.&'- 中\n（", max_size=60), st.integers(min_value=0, max_value=60))
def test_a_long_form_searched_from_its_latin_run_is_the_whole_texts(text: str, end: int) -> None:
    """``_latin_before`` searches ``_LATIN_BEFORE`` from the start of the Latin run that
    ends at the parenthesis, not the text before it: the same match."""
    from pipeline.extract.entities.abbrev import _LATIN_BEFORE, _latin_run_start

    end = min(end, len(text))
    fast = _LATIN_BEFORE.search(text, _latin_run_start(text, end), end)
    plain = _LATIN_BEFORE.search(text, 0, end)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


_SPANS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=8)),
    max_size=30,
).map(lambda pairs: sorted((a, a + n) for a, n in pairs))


@settings(max_examples=500, deadline=None)
@given(_SPANS, st.integers(min_value=0, max_value=70), st.integers(min_value=0, max_value=70))
def test_a_vague_period_between_two_points_bisected_is_what_a_walk_over_every_date_finds(
    spans: list[tuple[int, int]], lo: int, hi: int
) -> None:
    """``quantities._vague_between`` bisects the sorted vague spans to the first that
    starts at ``lo`` and reads on only while they start by ``hi``: the answer of testing
    every date of the document per number."""
    from pipeline.extract.quantities import _vague_between

    plain = any(lo <= a and b <= hi for a, b in spans)
    assert _vague_between(spans, lo, hi) == plain


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab1 .台積電，\u3000\u2e80\u2e81", max_size=120),
    st.sampled_from([0, 1, 10, 16, 20, 20.5, 40, 45, 60]),
)
def test_a_width_bounded_by_its_length_first_is_the_summed_widths_answer(
    text: str, limit: float
) -> None:
    """``structure.width_at_most`` refuses a text too long to fit before summing its
    widths: the same answer as comparing the whole sum."""
    from pipeline.structure import display_width, width_at_most

    assert width_at_most(text, limit) == (display_width(text) <= limit)


_KEEP_TEXTS = [
    "法人董事宇達資訊股份有限公司代表人出席，美國塞考斯基公司與中國石油簽約。",
    "第二屆審計委員會由集團財務公司提名，百濟神州曾宣佈與昱盟本次合作。",
    "矽晶圓廠綠能(3519)與太陽能廠新晶光電(3599)擴產，2 Cheertek International Inc. 入股。",
]


@pytest.mark.parametrize("text", _KEEP_TEXTS)
@settings(max_examples=30, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**16))
def test_a_kept_decision_read_back_is_what_deciding_afresh_gives(text: str, seed: int) -> None:
    """``generic.keep_candidate`` keeps its decision (and the cuts it made) under the
    candidate fields it reads: candidates over every short span of a text, each asked
    twice in a shuffled order, some already cut by an earlier ask, get what
    ``_keep_organization`` gives on a fresh copy."""
    import random

    from pipeline.extract.entities.component import find_entities
    from pipeline.extract.entities.generic import _keep_organization, keep_candidate
    from pipeline.extract.entities.types import ORG, Cand, rule_id

    ctx = find_entities(text).ctx
    ctx.kept.clear()
    rules = [
        rule_id(r) for r in ("cjk_org_suffix", "government_body", "acting_subject", "list_mate")
    ]
    cands = [
        Cand(a, b, ORG, kind, rule, strength)
        for a in range(len(text))
        for b in range(a + 2, min(len(text), a + 14) + 1)
        for kind, rule, strength in [("company", rules[(a + b) % 4], (a * b) % 3)]
    ]
    asks = cands + cands
    random.Random(seed).shuffle(asks)
    for c in asks:
        plain = copy.copy(c)
        expected = _keep_organization(ctx, plain)
        assert keep_candidate(ctx, c) == expected
        assert (c.start, c.end, c.rule) == (plain.start, plain.end, plain.rule)


def _walked_agency(mentions: list[tuple[Any, Any]], lo: int, hi: int) -> Any:
    """The walk ``records._approval`` made over every agency mention per product."""
    found, best = None, -1
    for c, org in mentions:
        if lo <= c.start <= hi and c.start > best:
            found, best = org, c.start
    return found


@settings(max_examples=300, deadline=None)
@given(
    starts=st.lists(st.integers(0, 40), max_size=25),
    lo=st.integers(-2, 42),
    width=st.integers(-3, 45),
)
def test_the_last_agency_bisected_is_what_a_walk_over_every_mention_finds(
    starts: list[int], lo: int, width: int
) -> None:
    from pipeline.extract.entities.records import _Agencies
    from pipeline.extract.entities.types import Cand

    # Each mention names an agency of its own (its place in the list), so a tie on the
    # start tells which of the tied mentions was kept.
    mentions: list[tuple[Any, Any]] = [
        (Cand(s, s + 3, "ORG", "agency", "lexicon", 3), f"agency{k}") for k, s in enumerate(starts)
    ]
    hi = lo + width
    assert _Agencies(mentions).last_within(lo, hi) == _walked_agency(mentions, lo, hi)


# Names an automaton finds in one pass: repeats, self-overlaps (阿阿 in 阿阿阿), a prefix of
# another name, a Latin name and its surname.
_PLACE_TEXT = st.text(alphabet="阿加渥伍德 Sam Altman和、", max_size=120)
_PLACE_NAMES = st.lists(
    st.text(alphabet="阿加渥伍德 SamAltn", min_size=1, max_size=4), max_size=6, unique=True
)


@settings(max_examples=400, deadline=None)
@given(_PLACE_TEXT, _PLACE_NAMES)
def test_places_of_each_name_are_what_finditer_of_the_escaped_name_finds(
    text: str, names: list[str]
) -> None:
    want = [[m.span() for m in re.finditer(re.escape(n), text)] for n in names]
    assert places_of_each(text, names) == want


@pytest.mark.parametrize(
    "names",
    [["阿阿"], ["阿", "阿阿"], ["", "伍德"], ["Sam Altman", "Altman", "Sam"]],
)
def test_places_of_each_on_overlapping_and_empty_names(names: list[str]) -> None:
    text = "阿阿阿伍德和Sam Altman、Altman阿"
    want = [[m.span() for m in re.finditer(re.escape(n), text)] for n in names]
    assert places_of_each(text, names) == want


def _walked_suffix(rules: Rules, name: str, min_head: int, kind: str | None) -> str | None:
    """The walk over every lexicon suffix, longest first, that ``longest_cjk_suffix`` replaced."""
    for suffix, info in rules.cjk_suffixes_longest:
        kind_ok = kind is None or info["kind"] == kind
        if kind_ok and name.endswith(suffix) and len(name) - len(suffix) >= min_head:
            return suffix
    return None


def test_longest_cjk_suffix_is_the_walks_first_hit_for_every_shipped_suffix() -> None:
    rules = rules_for(Lexicons.load())
    heads = ["", "甲", "台積", "富邦金", "長聖國際"]
    names = [h + s for s in rules.cjk_suffixes for h in heads] + ["", "公", "研究團隊所"]
    for name in names:
        for min_head, kind in itertools.product((0, 1, 2), (None, "company", "research")):
            got = rules.longest_cjk_suffix(name, min_head, kind)
            assert got == _walked_suffix(rules, name, min_head, kind), (name, min_head, kind)


@pytest.mark.parametrize(
    ("evidence", "kind", "label"),
    [
        ({}, None, None),
        ({"ORG": 0}, None, "ORG"),  # a read of a missing label leaves it at 0: still its own
        ({"PRODUCT": 2}, None, "PRODUCT"),
        ({"PRODUCT": 2, "ORG": 1}, None, "PRODUCT"),
        ({"PRODUCT": 1, "ORG": 1}, None, None),
        ({"PRODUCT": 1, "ORG": 1}, "company", "ORG"),
    ],
)
def test_a_runs_label_with_one_label_weighed_or_not_is_the_weighed_one(
    evidence: dict[str, int], kind: str | None, label: str | None
) -> None:
    run = Run(0, 3, "Abc", kind=kind)
    run.evidence.update(evidence)
    assert run.label == label


# ------------------------------------------------ the quantities' not-followed look-ahead


def _not_followed_by_any(words: list[str], continuations: list[str]) -> str:
    """The look-ahead as it was built before the tuple ``startswith``: one ``any`` per
    continuation over every word."""
    from pipeline.extract.quantities import _alt

    if not words:
        return ""
    conts = [c for c in continuations if any(c.startswith(w) and c != w for w in words)]
    if conts:
        return f"(?!(?!{_alt(conts)})(?:{_alt(words)}))"
    return f"(?!{_alt(words)})"


_WORDS = st.lists(st.text(alphabet="家電池廠a", max_size=3), max_size=4)


@pytest.mark.parametrize(
    ("words", "continuations"),
    [
        (["家"], ["家電", "家具"]),  # continuations that begin with the word
        (["家"], ["家"]),  # a continuation equal to the word is no continuation
        (["家", "家電"], ["家電"]),  # equal to one word, begun by another: kept
        (["家電", "家"], ["家電池", "電池"]),
        (["個"], []),
        ([], ["家電"]),
        ([""], ["家", ""]),  # an empty word begins every other continuation
    ],
)
def test_not_followed_matches_the_walk_over_every_word(
    words: list[str], continuations: list[str]
) -> None:
    from pipeline.extract.quantities import _not_followed

    assert _not_followed(words, continuations) == _not_followed_by_any(words, continuations)


@given(_WORDS, _WORDS)
@settings(max_examples=300, deadline=None)
def test_not_followed_matches_the_walk_on_any_lists(
    words: list[str], continuations: list[str]
) -> None:
    from pipeline.extract.quantities import _not_followed

    assert _not_followed(words, continuations) == _not_followed_by_any(words, continuations)


def test_not_followed_matches_the_walk_on_the_shipped_units() -> None:
    """Every measure word's look-ahead, with the lexicon's continuations, as before."""
    from pipeline.extract.quantities import _not_followed

    mw = load_lexicon("measure_words")
    conts = mw["continuations"]
    units = [u for u in mw["units"] if u.get("not_followed_by")]
    assert units
    for u in units:
        words = u["not_followed_by"]
        assert _not_followed(words, conts) == _not_followed_by_any(words, conts), u["surface"]


_TOLD_TEXT = (
    "該公司成立於2015年，較2022年衰退5.8%，營收達10億元。"
    "2012年上市以來，已於2023年取得認證（含預售），並累積取得25張，與上年同期相比，增減變動幅度為-3.0%。"
    "今年以來，累計前三季每股盈餘2.75元；2009年金融海嘯後，出口年減23.8%(2024年為10%)，"
    "相較於去年，每股收益（EPS） 0.86美元，是2024年的兩倍。"
)


def test_a_finders_answers_kept_per_date_and_place_are_what_a_fresh_finder_gives(
    tmp_path: Path,
) -> None:
    """Round 32: ``_Finder`` keeps the clause floor of each place and the comparison and
    history readings of each date, which every later number asked again; asked in any order
    and again, they are what a finder that never answered before gives."""
    from pipeline.extract.quantities import _Finder

    path = tmp_path / "told.txt"
    path.write_text(_TOLD_TEXT, encoding="utf-8")
    doc = build_document(path, Settings(isolate=False))
    text, dates = doc.text, doc.facts.dates
    assert len(dates) >= 6
    shared, fresh = _Finder(text, []), _Finder(text, [])

    def forgot() -> _Finder:
        fresh._floors.clear()
        fresh._comparisons.clear()
        fresh._told.clear()
        return fresh

    places = list(range(len(text) + 1))
    for limit in (6, 16, 40, 6):
        for pos in places[::-1] + places:
            assert shared._lo(pos, limit) == forgot()._lo(pos, limit)
    for d in [*dates, *dates[::-1]]:
        assert shared.is_comparison(d) == forgot().is_comparison(d)
        for pos in range(d.span.end, len(text) + 1, 2):
            assert shared.is_history(d, pos) == forgot().is_history(d, pos)
    told = [d for d in dates for pos in range(d.span.end, len(text)) if shared.is_history(d, pos)]
    assert told  # (the text tells some of its dates as history)


def _entity_names(text: str) -> tuple[dict[str, int], dict[str, str | None]]:
    """Products (name → mentions) and organizations (name → kind) found in a snippet."""
    from tests.test_entities import entities_of

    found = entities_of(text)
    return (
        {p.name: len(p.mentions) for p in found.products},
        {o.name: o.kind for o in found.organizations},
    )


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # a sibling is taken once however many heads make the same pattern; the found one
        # (H100, twice) is not taken again by its own line
        (
            "輝達推出H100晶片，市場反應熱烈。隨後H200與H300陸續出貨，H100仍供不應求。",
            {"H100": 2, "H200": 1, "H300": 1},
        ),
        # a taken name that a sibling's letters open (X10 Pro) stays one name
        (
            "新款X10晶片推出後，X20與X30也會跟進，X10 Pro則延後。",
            {"X10": 1, "X20": 1, "X30": 1, "X10 Pro": 1},
        ),
    ],
)
def test_number_siblings_ask_the_covered_characters(text: str, products: dict[str, int]) -> None:
    """``find_number_siblings`` asks a match's own characters (one bytearray) instead of
    every span taken so far: no sibling is found twice or inside a taken name."""
    found, _ = _entity_names(text)
    assert found == products


@pytest.mark.parametrize(
    ("text", "org", "kind"),
    [
        ("ProGrade Digital\nInc. 為記憶卡廠商。", "ProGrade Digital Inc.", "company"),
        (
            "記憶卡廠商\nRealYou\nInvestment\nLimited 持股。",
            "RealYou Investment Limited",
            "company",
        ),
    ],
)
def test_wrapped_legal_form_asks_the_shape_first(text: str, org: str, kind: str) -> None:
    """``_wrapped_legal_form`` looks for a wrapped line before the name checks; a name
    wrapped before its legal form is still a company."""
    _, orgs = _entity_names(text)
    assert orgs.get(org) == kind, orgs


@settings(max_examples=300, deadline=None)
@given(
    letters=st.text(alphabet="HhoGPT", min_size=1, max_size=3),
    joint=st.sampled_from(["", "-", " "]),
    text=st.text(alphabet="HhoGPT0123456789-. ％%型號，\n", max_size=40),
)
def test_sibling_pattern_with_its_letters_first_finds_what_the_look_behind_first_did(
    letters: str, joint: str, text: str
) -> None:
    """``sibling_pattern`` asks the character before the letters after them; the matches
    are those of the pattern that asks it first, at every start, the text's first included."""
    from pipeline.extract.entities.discovery import sibling_pattern

    head = re.escape(letters + joint)
    old = re.compile(rf"(?<![A-Za-z0-9\-.]){head}[0-9]{{1,4}}(?![A-Za-z0-9.\-％%])")
    new = sibling_pattern(letters, joint)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    for pos in range(len(text) + 1):
        got = new.match(text, pos)
        want = old.match(text, pos)
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(alphabet="SwLU23-.", min_size=1, max_size=4),
    text=st.text(alphabet="SwLU23 -+iteProMax，\n", max_size=40),
)
def test_variant_matches_by_find_are_what_the_look_behind_first_pattern_found(
    name: str, text: str
) -> None:
    """``variant_matches`` finds the name as a literal and matches one shared tail at its
    end; its matches and variant words are those of the per-name pattern that asks the
    character before the name first, left to right and never overlapping."""
    from pipeline.extract.entities.context import variant_matches

    tail = r" ?([A-Za-z]{2,6})(?![A-Za-z0-9\-]|\+(?![A-Za-z]))"
    old = re.compile(r"(?<![A-Za-z0-9\-])" + re.escape(name) + tail)
    want = [(m.start(), m.end(), m.group(1)) for m in old.finditer(text)]
    assert variant_matches(name, text) == want


@settings(max_examples=400, deadline=None)
@given(
    last=st.sampled_from(["Suite", "Watch", "S1", "Co-Pilot"]),
    text=st.text(alphabet="SuiteWachOmx1A- \n，", max_size=50),
)
def test_last_word_mates_asked_at_run_starts_are_what_the_per_word_scan_found(
    last: str, text: str
) -> None:
    """``last_word_mate_matches`` asks the pattern only at the starts of the word runs before
    an occurrence of the last word; its matches are those of the pattern's scan of the text."""
    from pipeline.extract.entities.discovery import (
        last_word_mate_matches,
        last_word_mate_pattern,
    )

    want = [(m.span(), m.group(1)) for m in last_word_mate_pattern(last).finditer(text)]
    assert [(m.span(), m.group(1)) for m in last_word_mate_matches(text, last)] == want


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("報導道引述援據中央社2025年1月日 \n，。：:（「,")),
        max_size=60,
    )
)
def test_opening_reports_asked_at_gated_clause_starts_are_what_the_scan_found(text: str) -> None:
    """``opening_reports`` asks ``_OPENING_REPORT`` only at the clause starts with a report
    word before the next mark a match cannot hold; its matches are those of the scan."""
    from pipeline.extract.entities.context import _OPENING_REPORT, opening_reports

    want = [(m.span(), m.span(1), m.span(2)) for m in _OPENING_REPORT.finditer(text)]
    assert [(m.span(), m.span(1), m.span(2)) for m in opening_reports(text)] == want


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("韓聯社報導，三星將擴產。", [(0, 5)]),
        ("市場消息。MarketWatch 11月28日報導：股價走高", [(5, 25)]),
        ("彭博引述知情人士說法，某廠將減產", [(0, 4)]),
        ("據報導指出，產能吃緊", []),
        ("（路透社）報導，無", []),
    ],
)
def test_opening_reports_of_sentences(text: str, spans: list[tuple[int, int]]) -> None:
    """A clause that opens with a source and its report word (報導 before a comma or colon,
    引述, 援引), a date between them allowed; a mark inside the source stops it."""
    from pipeline.extract.entities.context import opening_reports

    assert [m.span() for m in opening_reports(text)] == spans


@settings(max_examples=400, deadline=None)
@given(
    name=st.text(alphabet="ab.的 ", max_size=3),
    text=st.text(alphabet="ab.的 \n", max_size=30),
    end=st.one_of(st.none(), st.integers(min_value=-5, max_value=35)),
)
def test_places_of_a_name_by_find_are_where_its_escaped_pattern_is_found(
    name: str, text: str, end: int | None
) -> None:
    """``places_of`` finds a name in ``text[:end]`` without copying it: the places
    ``re.finditer(re.escape(name), text[:end])`` gives, an empty name at every offset."""
    from pipeline.extract.entities.types import places_of

    want = [m.span() for m in re.finditer(re.escape(name), text[:end])]
    assert list(places_of(name, text, end)) == want


# --------------------------------------------------------------------------- speed36


class _Ref(str):
    """A reference held by a subclass of str: the ``isinstance`` tests still see it."""


@pytest.mark.parametrize(
    "record",
    [
        {"id": "q1", "value": 1.5, "forecast": True, "year": None, "n": 3, "date_id": "d1"},
        {"id": "q2", "value": 0.0, "flags": [True, 2, 2.5, None], "date_ids": ["d1", "x9"]},
        {"id": _Ref("q1"), "source_id": _Ref("d1"), "note": _Ref("d1"), "range_id": "qr7"},
        {"id": "c1", "nested": {"fact_ids": ["q1", 4], "ok": False, "score": -1.25}},
    ],
)
def test_remap_by_exact_type_equals_the_plain_walk(record: dict[str, Any]) -> None:
    """Numbers, bools and None asked by their exact type first: the same record out as the
    walk that asks every value by ``isinstance``, labels noted alike."""
    mapping = {"q1": "q-aaaa", "d1": "d-bbbb"}
    got: dict[str, set[str]] = defaultdict(set)
    want: dict[str, set[str]] = defaultdict(set)
    out = ids._remap(record, mapping, got, "o")
    assert out == _plain_remap(record, mapping, want, "o")
    assert [type(v) for v in out.values()] == [
        type(v) for v in _plain_remap(record, mapping, want, "o").values()
    ]
    assert got == want


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet="，,；;：:。！？\n甲乙 ab", max_size=40),
    bounds=st.tuples(st.integers(0, 45), st.integers(0, 45)),
)
def test_clause_start_is_the_end_of_the_last_clause_mark_before_a_move(
    text: str, bounds: tuple[int, int]
) -> None:
    """``clause_start`` bisects the marks found once: the end of the last match of the
    clause-mark scan from the sentence's start to the move, else the sentence's start."""
    from pipeline.extract.entities.context import _CLAUSE_OPEN, clause_start

    start, at = min(bounds), max(bounds)
    marks = [m.start() for m in _CLAUSE_OPEN.finditer(text)]
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, start, at)]
    assert clause_start(marks, start, at) == (opens[-1] if opens else start)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("岳衡晟澄瀚璟翔宏科億光電為等有與的之")), max_size=40))
def test_hmm_words_remembered_are_the_hmms_own(text: str) -> None:
    """jieba's HMM guesses for a stretch the dictionary leaves in single characters are
    remembered per process: cut cold and again from the memo, the segments are jieba's,
    and every remembered stretch holds what the HMM itself cuts it into."""
    from jieba import finalseg

    from pipeline import segment

    seg = segment.get_segmenter()
    seg._blocks.clear()
    seg._hmm.clear()
    want = [(s, e) for _w, s, e in seg._jieba.tokenize(fold_width(text), HMM=True)]
    assert seg.spans(text) == want
    seg._blocks.clear()  # the runs cut again: the stretches now come from the memo
    assert seg.spans(text) == want
    assert all(list(finalseg.cut(buf)) == list(words) for buf, words in seg._hmm.items())


# A text object's font size and its matrix-scaled reading: equal, apart, zero, negative.
_SIZES = st.sampled_from([0.0, -1.0, 1.0, 9.0, 10.5, 12.0, 24.0]) | st.floats(
    min_value=-50, max_value=80, allow_nan=False
)


@given(
    size=_SIZES,
    scaled=st.none() | _SIZES,
    same=st.booleans(),
    references=st.lists(st.floats(min_value=-5, max_value=80, allow_nan=False), min_size=1),
)
def test_a_text_objects_fixed_em_is_its_em_for_every_glyph_reference(
    size: float, scaled: float | None, same: bool, references: list[float]
) -> None:
    """The page read takes ``fixed_em`` without asking ``em`` per glyph: when set, it is
    what ``em`` answers for any glyph's reference width or height."""
    from pipeline.ingest import _TextObject

    if same and scaled is not None:
        scaled = size
    fixed = size if (scaled is None or scaled == size) and size > 0 else None
    obj = _TextObject(False, False, size, scaled, 0, fixed)
    if fixed is not None:
        assert all(obj.em(r) == fixed for r in references)


def _dedupe_by_loop(chars: list[dict[str, Any]], tol: float = 1.0) -> list[dict[str, Any]]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for ch in chars:
        key = (ch["text"], round(ch["x0"] / tol), round(ch["top"] / tol))
        if key in seen:
            continue
        seen.add(key)
        out.append(ch)
    return out


_GLYPH_AT = st.tuples(
    st.sampled_from("年年月1１.%營收"),
    st.floats(min_value=0, max_value=40, allow_nan=False),
    st.floats(min_value=0, max_value=40, allow_nan=False),
)


@given(glyphs=st.lists(_GLYPH_AT, max_size=40), tol=st.sampled_from([1.0, 0.5, 2.0]))
def test_the_finders_glyph_dedupe_is_the_loop_over_every_glyph(
    glyphs: list[tuple[str, float, float]], tol: float
) -> None:
    """A page with no key twice is kept whole without the loop; with twins (fake bold
    drawn twice within a point) the loop keeps the first of each, in page order."""
    from pipeline.pdftables.geometry import _dedupe

    chars = [{"text": t, "x0": x, "top": y, "x1": x + 9, "bottom": y + 9} for t, x, y in glyphs]
    chars += [dict(c, x0=c["x0"] + 0.3) for c in chars[:3]]  # fake bold: drawn again
    got = _dedupe(chars, tol)
    want = _dedupe_by_loop(chars, tol)
    assert got == want
    assert [id(c) for c in got] == [id(c) for c in want]


@given(
    boxes=st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=60, allow_nan=False),
            st.floats(min_value=0, max_value=60, allow_nan=False),
            st.floats(min_value=-1, max_value=14, allow_nan=False),
        ),
        max_size=40,
    )
)
def test_rows_and_lines_sorted_in_place_are_the_sorted_key_tuples(
    boxes: list[tuple[float, float, float]],
) -> None:
    """``glyphs_to_rows`` and ``lines_from_chars`` sort one list of key tuples in place,
    the height floor written as a comparison: the rows are what ``sorted`` over tuples
    with ``max(h, floor)`` gave (thin and inverted boxes included)."""
    from pipeline.ingest import Glyph, glyphs_to_rows
    from pipeline.pdftables.finder import lines_from_chars

    glyphs = [Glyph("字", x, y, x + 10, y + h) for x, y, h in boxes]
    ordered = sorted(
        ((g.top + g.bottom) / 2, g.x0, k, max(g.bottom - g.top, 0.1), g)
        for k, g in enumerate(glyphs)
    )
    rows: list[list[Glyph]] = []
    center_sum = height = 0.0
    for center, _, _, g_height, g in ordered:
        if rows and abs(center - center_sum / len(rows[-1])) <= 0.4 * min(g_height, height):
            rows[-1].append(g)
            center_sum += center
            continue
        rows.append([g])
        center_sum, height = center, g_height
    for row in rows:
        row.sort(key=lambda g: g.x0 + g.x1)
    assert [[id(g) for g in r] for r in glyphs_to_rows(glyphs)] == [
        [id(g) for g in r] for r in rows
    ]

    chars = [
        {"text": "字", "x0": x, "x1": x + 10, "top": y, "bottom": y + h, "size": h}
        for x, y, h in boxes
    ]
    by_key = sorted(
        ((c["top"] + c["bottom"]) / 2, c["x0"], k, max(c["bottom"] - c["top"], 1.0), c)
        for k, c in enumerate(chars)
    )
    lines: list[list[int]] = []
    centres: list[float] = []
    for cy, _, _, h, c in by_key:
        if lines and abs(cy - centres[-1]) <= 0.35 * h:
            lines[-1].append(id(c))
            centres[-1] += (cy - centres[-1]) / len(lines[-1])
        else:
            lines.append([id(c)])
            centres.append(cy)
    got = lines_from_chars(chars)
    assert sorted(sorted(id(c) for c in ln.chars) for ln in got) == sorted(
        sorted(ln) for ln in lines
    )


# --------------------------------------------------------------- round 42 (speed41)


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=8)),
        max_size=15,
    ),
    st.integers(min_value=0, max_value=34),
    st.integers(min_value=0, max_value=9),
)
@settings(max_examples=400, deadline=None)
def test_inside_a_longer_span_by_bisection_is_the_walk_over_every_span(
    raw: list[tuple[int, int]], start: int, length: int
) -> None:
    """``inside_longer`` answers what ``shapes_among_companies`` asked by a walk over every
    product for every company (a product's name a company word opens)."""
    from pipeline.extract.entities.discovery import inside_longer

    spans = sorted((s, s + n) for s, n in raw)
    end = start + length
    walk = any(s <= start and end <= e and e - s > end - start for s, e in spans)
    assert inside_longer(spans)(start, end) is walk


@given(
    st.text(alphabet="甲乙丙、和與及,， A", min_size=1, max_size=24),
    st.lists(st.tuples(st.integers(0, 24), st.integers(1, 5)), max_size=10),
    st.lists(st.tuples(st.integers(0, 24), st.integers(1, 5)), max_size=3),
    st.integers(0, 24),
    st.integers(1, 5),
)
@settings(max_examples=400, deadline=None)
def test_list_mates_found_by_bisection_are_the_walk_over_every_company(
    text: str,
    first: list[tuple[int, int]],
    added: list[tuple[int, int]],
    start: int,
    length: int,
) -> None:
    """``_listed_with`` reads only the companies ending or starting within its reach of
    the word, from spans kept sorted (more added as the loop learns them); the walk it
    replaces read every company."""
    from pipeline.extract.entities.discovery import _listed_with, _Spans
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Cand, Ctx

    n = len(text)
    clip = [(min(s, n), min(s + k, n)) for s, k in first + added]
    start = min(start, n - 1)
    c = Cand(start, min(start + length, n), "ORG", "company", "brand_shape", 1)
    tokens = [(i, i + 1) for i in range(n)]
    ctx = Ctx(text, fold_width(text), tokens, rules_for(Lexicons.load()))
    gap_re = ctx.rules.coordinator_gap_re

    def walk(spans: list[tuple[int, int]]) -> bool:
        lo, hi = c.start - 6, c.end + 6
        for s, e in spans:
            if lo <= e <= c.start:
                gap = ctx.fold[e : c.start]
            elif c.end <= s <= hi and e > c.start:
                gap = ctx.fold[c.end : s]
            else:
                continue
            if gap.strip() and gap_re.fullmatch(gap):
                return True
        return False

    index = _Spans(clip[: len(first)])
    assert _listed_with(ctx, c, index) is walk(clip[: len(first)])
    for s, e in clip[len(first) :]:
        index.add(s, e)
    assert _listed_with(ctx, c, index) is walk(clip)


@pytest.mark.parametrize(
    ("text", "span", "mates", "listed"),
    [
        ("甲乙科技、SunVolt與丙丁公司合作", (5, 12), [(0, 4)], True),
        ("甲乙科技、SunVolt與丙丁公司合作", (5, 12), [(13, 17)], True),
        ("甲乙科技表示SunVolt將擴產", (6, 13), [(0, 4)], False),
        ("SunVolt", (0, 7), [], False),
    ],
)
def test_a_word_listed_with_a_company(
    text: str, span: tuple[int, int], mates: list[tuple[int, int]], listed: bool
) -> None:
    from pipeline.extract.entities.discovery import _listed_with, _Spans
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.types import Cand, Ctx

    tokens = [(i, i + 1) for i in range(len(text))]
    ctx = Ctx(text, fold_width(text), tokens, rules_for(Lexicons.load()))
    c = Cand(span[0], span[1], "PRODUCT", "product", "brand_shape", 0)
    assert _listed_with(ctx, c, _Spans(mates)) is listed


_MOVE_TEXT = st.text(
    alphabet="某甲股價盤中大漲跌超3.5%％ \t\u3000，。\n小幅獲淨買入億連板日", max_size=40
)


@settings(max_examples=400, deadline=None)
@given(_MOVE_TEXT, st.data())
def test_the_gated_price_move_finds_what_the_bare_pattern_finds(
    text: str, data: st.DataObject
) -> None:
    """Round 42: the price move opens with ``\\s*``; behind its gate (whitespace or the first
    characters of what follows) it finds the same matches from any start to any end."""
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for

    fast = rules_for(Lexicons.load()).price_move_re
    assert fast.pattern.startswith("(?=[")  # the gate is on for the shipped lexicon
    bare = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -1])
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [m.span() for m in fast.finditer(text, lo, hi)] == [
        m.span() for m in bare.finditer(text, lo, hi)
    ]


def test_an_anchor_that_may_open_with_a_space_is_not_found_by_its_first_characters() -> None:
    """``BeforeAnchor`` skips to an anchor's first characters only when none is a space: a
    ``\\s`` among them (round 42) leaves the whole-text search as before."""
    from pipeline.regexes import BeforeAnchor

    spaced = BeforeAnchor(r"[甲乙]+", r"\s*[(（]", spaced=False)
    assert spaced.opens is None
    assert [m.group() for m in spaced.finditer("甲乙 (1) 乙（2）")] == ["甲乙", "乙"]


def _phrases_as_written(line: Any) -> list[Any]:
    """``finder._read_phrases`` as it read before its per-line gaps and in-place box: the
    plain loop the fast one must equal (each condition tested glyph by glyph)."""
    from pipeline.pdftables import finder as f
    from pipeline.pdftables.cells import clean_cell_text

    size = line.size
    inked = (c for c in line.chars if not c["text"].isspace())
    chars = list(inked) if line.ordered else sorted(inked, key=lambda c: c["x0"] + c["x1"])
    out: list[Any] = []
    cur: list[str] = []
    box: list[float] = []
    prev_x1 = 0.0
    for i, c in enumerate(chars):
        gap = c["x0"] - prev_x1
        if (
            0 < len(cur) < 8
            and out
            and f._spaced_marker_ends(out[-1].text, "".join(cur), c["text"])
        ):
            last = out.pop()
            cur = [last.text, *cur]
            box = [last.x0, min(last.top, box[1]), box[2], max(last.bottom, box[3])]
            gap = f.PHRASE_GAP_EM * size + 1
        broken = (
            bool(cur)
            and c["text"].isdigit()
            and f._grouping_breaks("".join(cur), itertools.islice(chars, i, None), size)
        )
        if cur and (
            gap > f.PHRASE_GAP_EM * size
            or (gap > f.SPACE_GAP_EM * size and f._amount_ends("".join(cur), c["text"]))
            or (gap > f.SPACE_GAP_EM * size and f._marker_after_amount("".join(cur), c["text"]))
            or (gap > f.SPACE_GAP_EM * size and f._sign_after_words(cur, c["text"]))
            or (gap > f.DATE_GAP_EM * size and f._date_ends("".join(cur), c["text"], bool(out)))
            or (c["text"] in "(（" and f._negatives_touch("".join(cur), c["text"]))
            or broken
        ):
            x1 = min(box[2], c["x0"] - 0.01) if broken else box[2]
            out.append(f._Phrase(clean_cell_text("".join(cur)), box[0], box[1], x1, box[3]))
            cur = []
        if cur and gap > f.SPACE_GAP_EM * size:
            cur.append(" ")
        if not cur:
            box = [c["x0"], c["top"], c["x1"], c["bottom"]]
        else:
            box = [box[0], min(box[1], c["top"]), c["x1"], max(box[3], c["bottom"])]
        cur.append(c["text"])
        prev_x1 = c["x1"]
    if cur:
        out.append(f._Phrase(clean_cell_text("".join(cur)), box[0], box[1], box[2], box[3]))
    return f._join_spaced_dates(f._join_spaced_row_label(f._attach_currency(out), size))


# A row of glyphs: each a character of amounts, dates, note markers, brackets, signs and
# labels, set a gap from the last one (touching, overlapping, a space, a column apart),
# a little above or below the line.
_GLYPH_ROW = st.lists(
    st.tuples(
        st.sampled_from(list("0123456789,.()（）$＄-—註附代碼年月資本額說明 ")),
        st.sampled_from([-1.5, -0.2, 0.0, 0.5, 1.0, 2.5, 4.0, 9.0, 20.0]),
        st.sampled_from([-0.6, 0.0, 0.4]),
        st.sampled_from([5.0, 10.0]),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(_GLYPH_ROW)
def test_a_lines_phrases_are_what_the_plain_loop_reads(
    row: list[tuple[str, float, float, float]],
) -> None:
    from pipeline.pdftables import finder as f

    chars: list[dict[str, Any]] = []
    x = 10.0
    for text, gap, dy, width in row:
        x0 = x + gap
        chars.append(
            {"text": text, "x0": x0, "x1": x0 + width, "top": 100.0 + dy, "bottom": 110.0 + dy}
        )
        x = x0 + width
    for line in f.lines_from_chars(chars):
        plain = _phrases_as_written(line)
        assert f._read_phrases(line) == plain
        unordered = f._PLine(line.text, line.x0, line.top, line.x1, line.bottom, list(line.chars))
        assert f._read_phrases(unordered) == plain


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("1,138", True),
        ("(1,234)", True),
        ("$ 674,310", True),
        ("１２３", True),
        ("▼3.2", True),
        ("-", True),
        ("$ -", True),
        ("1.43%～2.60%", True),
        ("2025", False),
        ("2025年", False),
        ("營收", False),
        ("Q4", False),
        ("", False),
    ],
)
def test_a_data_phrase_remembered_by_text(text: str, data: bool) -> None:
    from pipeline.pdftables import finder as f

    assert f._is_data_phrase(text) is data
    assert f._is_data_phrase(text) is data  # asked again: the remembered answer
    assert f._is_data_phrase.__wrapped__(text) is data


_CELL_TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789,.%-—()$年月 ～~▼+億元Q營收１２")), max_size=12
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CELL_TEXT, max_size=30))
def test_the_remembered_data_phrase_test_is_the_plain_one_in_any_order(texts: list[str]) -> None:
    from pipeline.pdftables import finder as f

    for text in texts + texts[::-1]:
        assert f._is_data_phrase(text) == f._is_data_phrase.__wrapped__(text)


_PEOPLE_ALPHABET = "AnnaKosrScotRubner 馬斯克最初表示雷軍和"


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=_PEOPLE_ALPHABET, min_size=1, max_size=40),
    people=st.frozensets(st.text(alphabet=_PEOPLE_ALPHABET, min_size=1, max_size=8), max_size=6),
    spans=st.lists(st.tuples(st.integers(0, 39), st.integers(1, 10)), min_size=1, max_size=8),
)
def test_names_a_person_by_its_index_equals_the_walk(
    text: str, people: frozenset[str], spans: list[tuple[int, int]]
) -> None:
    """``names_a_person`` reads the people's places, surnames and first characters worked
    out once per document (``_PeopleIndex``) instead of walking every person with a ``find``
    over the text per candidate: the answer is the walk's for any text, people and span."""
    from pipeline.extract.entities.context import _names_a_person_walk, names_a_person
    from pipeline.extract.entities.types import Cand, Ctx

    n = len(text)
    tokens = [(i, i + 1) for i in range(n)]
    ctx = Ctx(text, fold_width(text), tokens, rules_for(Lexicons.load()))
    ctx.freq = {"最初": 5, "表示": 9, "和": 3, "Labs": 1}
    for s, k in spans:
        s = min(s, n - 1)
        c = Cand(s, min(s + k, n), "ORG", "company", "acting_subject", 1)
        name = ctx.fold[c.start : c.end]
        walk = name in people or _names_a_person_walk(ctx, c, name, people)
        assert names_a_person(ctx, c, people) is walk


@pytest.mark.parametrize(
    ("text", "span", "people", "person"),
    [
        ("執行長Anna Kosar表示，Kosar認為", (16, 21), {"Anna Kosar"}, True),  # inside the name
        ("Scott Rubner說，Rubner表示", (14, 20), {"Scott Rubner"}, True),  # the surname alone
        ("馬斯克最初表示", (0, 5), {"馬斯克"}, True),  # a common word glued after the name
        ("雷軍和馬斯克", (0, 2), {"馬斯克"}, False),
        ("Kosar Labs 表示", (0, 10), {"Anna Kosar"}, False),  # the surname, more name after
    ],
)
def test_a_person_named_again(
    text: str, span: tuple[int, int], people: set[str], person: bool
) -> None:
    from pipeline.extract.entities.context import names_a_person
    from pipeline.extract.entities.types import Cand, Ctx
    from pipeline.segment import get_segmenter

    tokens = [(i, i + 1) for i in range(len(text))]
    ctx = Ctx(text, fold_width(text), tokens, rules_for(Lexicons.load()))
    ctx.freq = get_segmenter().frequencies  # 最初: a common word of the dictionary
    c = Cand(span[0], span[1], "ORG", "company", "acting_subject", 1)
    assert names_a_person(ctx, c, frozenset(people)) is person
