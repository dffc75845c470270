"""``itis-extract diff``: facts added, removed or changed between two real runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.compare import compare_folders, format_change

# A dateless news text: 今年 and the bare month take their year from --reference-date.
TEXT = (
    "記憶體大廠今年第三季營收達 120 億元，較去年同期成長 15%。\n"
    "公司表示，10月出貨量約 3,000 萬顆，並與台積電合作開發新產品。\n"
)


def _run(src: Path, out: Path, *options: str) -> Path:
    assert main(["run", str(src), "--out", str(out), "-q", "--no-isolate", *options]) == 0
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("compare")
    src = base / "in"
    src.mkdir()
    (src / "news.txt").write_text(TEXT, encoding="utf-8")
    a = _run(src, base / "a", "--reference-date", "2023-11-20")
    b = _run(src, base / "b", "--reference-date", "2024-11-20")
    # the same document with a sentence added: its text differs, facts pair by text
    src2 = base / "in2"
    src2.mkdir()
    (src2 / "news.txt").write_text("前言：產業概況。\n" + TEXT, encoding="utf-8")
    c = _run(src2, base / "c", "--reference-date", "2023-11-20")
    return a, b, c


def test_a_rerun_with_the_same_options_changes_nothing(
    runs: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    a, _, _ = runs
    copy = tmp_path / "copy"
    shutil.copytree(a, copy)
    result = compare_folders(a, copy)
    assert result.documents == 1 and result.changes == [] and result.text_changed == []


def test_another_reference_date_changes_the_years_of_the_same_facts(
    runs: tuple[Path, Path, Path],
) -> None:
    a, b, _ = runs
    result = compare_folders(a, b, ["dates"])
    assert result.changes and {c.change for c in result.changes} == {"changed"}
    isos = {c.text: c.fields["iso"] for c in result.changes if "iso" in c.fields}
    assert isos["今年第三季"] == ("2023", "2024")
    line = format_change(result.changes[0])
    assert line.startswith("news.txt\tdates\t~ ") and "iso: 2023" in line and "【" in line


def test_only_the_asked_fields_are_compared(runs: tuple[Path, Path, Path]) -> None:
    a, b, _ = runs
    result = compare_folders(a, b, ["quantities"], fields=["value", "unit"])
    assert result.changes == []  # the years moved, the values did not
    by_year = compare_folders(a, b, ["quantities"], fields=["year"])
    assert {c.text for c in by_year.changes} >= {"120 億元"}
    assert all(set(c.fields) == {"year"} for c in by_year.changes)


def test_a_changed_text_pairs_facts_by_their_text(runs: tuple[Path, Path, Path]) -> None:
    a, _, c = runs
    result = compare_folders(a, c)
    assert result.text_changed == ["news.txt"]
    # the added line holds no fact: everything pairs, nothing is added or removed
    assert [x for x in result.changes if x.change != "changed"] == []


def test_the_cli_prints_each_change_and_writes_json(
    runs: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, _ = runs
    out = tmp_path / "diff.json"
    assert main(["diff", str(a), str(b), "--facts", "dates,quantities", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "news.txt\tdates\t~ 今年第三季@" in printed
    assert "1 document(s) compared" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"] == 1 and data["counts"]["dates"]["changed"] >= 1
    assert {c["fact_type"] for c in data["changes"]} <= {"dates", "quantities"}


def test_the_cli_refuses_what_it_cannot_compare(
    runs: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    a, _, _ = runs
    assert main(["diff", str(a), str(tmp_path)]) == 2  # no documents/ folder
    assert main(["diff", str(a), str(a), "--facts", "widgets"]) == 2


def test_documents_of_one_run_only_are_listed(
    runs: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    a, _, _ = runs
    other = tmp_path / "other"
    (other / "documents").mkdir(parents=True)
    result = compare_folders(a, other)
    assert result.only_old == ["news.txt"] and result.only_new == [] and result.documents == 0
