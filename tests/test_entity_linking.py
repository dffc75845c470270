"""Entity records: one record per thing with every name as an alias, a stock code where
listed, a confidence, and ``run --min-confidence`` leaving out the less sure ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from tests.test_entities import entities_of

LINKED_CASES = [
    # (class, sentence, expected (name, sorted aliases, stock code) of organizations); the
    # name is the lexicon's own name when the text writes it
    (
        "zh and en, full and short",
        "台灣積體電路製造（TSMC）表示，台積電今年擴產。",
        {("台積電", ("TSMC", "台灣積體電路製造"), "2330")},
    ),
    (
        "auditor in two languages",
        "勤業眾信聯合會計師事務所（Deloitte）出具查核報告。",
        {("Deloitte", ("勤業眾信聯合會計師事務所",), None)},
    ),
    (
        "mainland and Taiwanese wording of one agency",
        "國家藥監局核准新藥，國家藥品監督管理局並公告名單。",
        {("國家藥品監督管理局", ("國家藥監局",), None)},
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), LINKED_CASES, ids=[c[0] for c in LINKED_CASES]
)
def test_names_of_one_thing_are_one_record(
    case: str, text: str, expected: set[tuple[str, tuple[str, ...], str | None]]
) -> None:
    orgs = entities_of(text).organizations
    assert {(o.name, tuple(sorted(o.aliases)), o.stock_code) for o in orgs} == expected, case
    for o in orgs:
        assert 0.0 < o.confidence <= 1.0
        for m in o.mentions:
            assert text[m.span.start : m.span.end] == m.text


def test_lexicon_records_are_surer_than_weak_patterns() -> None:
    found = entities_of("台積電、岱旭微與聯發科都看好AI。")
    conf = {o.name: o.confidence for o in found.organizations}
    assert conf["台積電"] > conf["岱旭微"] > 0


def test_run_min_confidence_filters(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(
        "台積電、岱旭微與聯發科都看好AI需求，台積電並宣布擴產。\n", encoding="utf-8"
    )

    def orgs(out: Path) -> dict[str, float]:
        doc = json.loads((out / "documents" / "r.txt.json").read_text(encoding="utf-8"))
        return {o["name"]: o["confidence"] for o in doc["facts"]["organizations"]}

    assert main(["run", str(src), "--out", str(tmp_path / "all"), "-q"]) == 0
    everything = orgs(tmp_path / "all")
    assert {"台積電", "岱旭微", "聯發科"} <= set(everything)
    assert (
        main(["run", str(src), "--out", str(tmp_path / "sure"), "-q", "--min-confidence", "0.9"])
        == 0
    )
    sure = orgs(tmp_path / "sure")
    assert set(sure) == {n for n, c in everything.items() if c >= 0.9}
    assert "岱旭微" not in sure and "台積電" in sure


def test_targets_are_their_own_records() -> None:
    text = "CD20單抗與PD-L1、HER2抑制劑，PDL1檢測與T 細胞；met 不是靶點。"
    found = entities_of(text)
    assert found.products == []
    got = {(t.name, tuple(t.aliases), len(t.mentions)) for t in found.targets}
    assert got == {("CD20", (), 1), ("PD-L1", ("PDL1",), 2), ("HER2", (), 1), ("T 細胞", (), 1)}
    for t in found.targets:
        for m in t.mentions:
            assert text[m.span.start : m.span.end] == m.text


# Pieces a text of targets is made of: listed names in several cases, family members,
# near misses (a letter or dash glued on), Chinese, spaces and case-folding oddities
# (the Kelvin sign and long s match k and s case-blind).
_TARGET_PIECES = [
    *[
        "PD-L1",
        "pd-l1",
        "PDL1",
        "HER2",
        "her2",
        "CD20",
        "cd7",
        "CD276a",
        "IL-15",
        "il33",
        "T細胞",
        "TIGIT",
        "met",
        "MET",
        "ALK",
    ],
    *[
        "x",
        "-",
        "9",
        "A",
        "\u212a",
        "\u017f",
        "細胞",
        "單抗",
        "、",
        "Kras",
        "KRAS",
        "BCMA",
        "bcma-",
    ],
    *("T 細胞", "t  細胞", " ", "\n"),
]


@given(st.lists(st.sampled_from(_TARGET_PIECES), max_size=40))
@settings(max_examples=300, deadline=None)
def test_the_gated_target_pattern_finds_what_the_plain_one_finds(pieces: list[str]) -> None:
    from pipeline.extract.entities.lexicon import Lexicons
    from pipeline.extract.entities.rules import rules_for
    from pipeline.extract.entities.targets import target_pattern

    names = rules_for(Lexicons.load()).target_names
    text = "".join(pieces)
    gated, plain = target_pattern(names), target_pattern(names, gate=False)
    assert gated.pattern != plain.pattern
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_target_list_with_a_name_opening_on_a_space_is_not_gated() -> None:
    from pipeline.extract.entities.targets import target_pattern

    assert (
        target_pattern([" X1", "PD-1"]).pattern
        == target_pattern([" X1", "PD-1"], gate=False).pattern
    )


CANONICAL_CASES = [
    # (class, sentence, {name: canonical id}): a listed company is its code whatever name the
    # text uses; any other name is a slug of its canonical name, legal ending left out
    ("listed, short name", "台積電今年擴產。", {"台積電": "twse:2330"}),
    (
        "listed, full legal name",
        "聯詠科技股份有限公司公告營收。",
        {"聯詠科技股份有限公司": "twse:3034"},
    ),
    ("unlisted by suffix", "本輪融資由藍鵲資本領投。", {"藍鵲資本": "org:藍鵲資本"}),
    ("written with its code", "標的包括宏岳晶(6789)與其他公司。", {"宏岳晶": "twse:6789"}),
    (
        "mainland and Hong Kong codes",
        "澤聿醫藥(688123.SH)與崧霖生物（2196.HK）宣布合作。",
        {"澤聿醫藥": "sse:688123", "崧霖生物": "hkex:2196"},
    ),
    (
        "Latin company, legal ending and case folded",
        "Qelto Therapeutics Inc. 宣布完成收購。",
        {"Qelto Therapeutics Inc.": "org:qelto-therapeutics"},
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), CANONICAL_CASES, ids=[c[0] for c in CANONICAL_CASES]
)
def test_organizations_have_a_document_independent_canonical_id(
    case: str, text: str, expected: dict[str, str]
) -> None:
    found = entities_of(text)
    assert {o.name: o.canonical_id for o in found.organizations} == expected
    # the same organization in another document has the same id
    again = entities_of("據報導，" + text)
    assert {o.canonical_id for o in again.organizations} == set(expected.values())


def test_products_have_a_canonical_id_and_evidence_with_the_cue() -> None:
    text = "AZ 的 qelrotinib 獲准上市，替雷利珠單抗亦獲批。"
    found = entities_of(text)
    by_name = {p.name: p for p in found.products}
    assert by_name["qelrotinib"].canonical_id == "product:qelrotinib"
    [ev] = by_name["qelrotinib"].evidence
    assert (ev.rule, ev.text) == ("entities.inn_stem.v1", "qelrotinib")
    assert ev.cue in ("-nib", "-tinib")  # the INN stem it ends in
    assert text[ev.span.start : ev.span.end] == ev.text
    assert by_name["替雷利珠單抗"].evidence[0].cue == "單抗"


@pytest.mark.parametrize(
    ("text", "name", "rule", "cue"),
    [
        ("本輪融資由藍鵲資本領投。", "藍鵲資本", "entities.cjk_org_suffix.v1", "資本"),
        ("標的包括宏岳晶(6789)與其他公司。", "宏岳晶", "entities.stock_code.v1", "(6789)"),
        ("台積電今年擴產。", "台積電", "entities.lexicon.v1", "lexicon:companies"),
        (
            "岱旭科技股份有限公司公告營收。",
            "岱旭科技股份有限公司",
            "entities.cjk_org_suffix.v1",
            "股份有限公司",
        ),
        # a listed company's registered name is one of its lexicon entry's names
        (
            "聯詠科技股份有限公司公告營收。",
            "聯詠科技股份有限公司",
            "entities.lexicon.v1",
            "lexicon:companies",
        ),
        ("據英國《環球商報》報道，該案已進入審查。", "環球商報", "entities.media_title.v1", "《》"),
    ],
)
def test_organization_evidence_names_rule_and_cue(
    text: str, name: str, rule: str, cue: str
) -> None:
    found = entities_of(text)
    [org] = [o for o in found.organizations if o.name == name]
    assert (rule, cue) in {(e.rule, e.cue) for e in org.evidence}
    for e in org.evidence:
        assert text[e.span.start : e.span.end] == e.text
