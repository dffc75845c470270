"""Entity records: one record per thing with every name as an alias, a stock code where
listed, a confidence, and ``run --min-confidence`` leaving out the less sure ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
