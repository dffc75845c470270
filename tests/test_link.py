"""The link stage of quantities: the year a number belongs to and how it was found.

Each row is a short text of my own (not from any corpus text) run through the whole
pipeline (``build_document``), then the ``(year, year_link)`` of the named numbers.
The classes are those of links13 (docs/real-texts.md, "Round 13"), counted on fresh
public news outside the repository before any rule was written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.run import build_document

Expected = dict[str, tuple[int | None, str | None]]


def _links(tmp_path: Path, text: str) -> dict[str, tuple[int | None, str | None]]:
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    doc = build_document(src, Settings(isolate=False))
    return {q.text: (q.year, q.year_link) for q in doc.facts.quantities}


def _check(tmp_path: Path, text: str, expected: Expected) -> None:
    got = _links(tmp_path, text)
    assert {k: got.get(k) for k in expected} == expected


# Class 1: a sentence whose first number carried the paragraph's period over from an
# earlier sentence (no date of its own) gives that period to the numbers after it in the
# same sentence; before, only the first took it and the rest stayed open.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司2023年第三季營收約27.5億元，季減約2.6%。每股淨值提升到17.3元。"
            "累計前三季營收約81.3億元、年減25%，毛利率達10.6%，稅後淨利3.48億元。\n",
            {
                "約81.3億元": (2023, "continuation"),
                "25%": (2023, "continuation"),
                "10.6%": (2023, "continuation"),
                "3.48億元": (2023, "continuation"),
            },
        ),
        (
            "乙公司公布2024年上半年財報，營收達52億元，年增18%。公司表示成本控制得宜。"
            "毛利率升至31.5%，營業利益9.8億元，年增40%。\n",
            {
                "31.5%": (2024, "continuation"),
                "9.8億元": (2024, "continuation"),
                "40%": (2024, "continuation"),
            },
        ),
        # a date written between the numbers ends the run: the later number takes its own
        (
            "丙公司2022年營收為150億元。毛利率為12%，2021年則為15%。\n",
            {"12%": (2022, "continuation"), "15%": (2021, "same_sentence")},
        ),
    ],
)
def test_a_sentence_shares_the_period_its_first_number_carried_over(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class 2: the base a change is measured against, written as the same period of another
# year with a few words between (農曆同期相比) or as the ground the change stands on (在…的
# 基礎上), is no period of the change: the change takes the later period of its sentence
# or paragraph. The base's own value, right after it, keeps the base's year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年春節假期，全國快遞業務量超過19億件。其中，收件量11.45億件，"
            "與2024年農曆同期相比增長31%。\n",
            {"31%": (2025, "continuation")},
        ),
        (
            "2024年第四季，出貨量在2023年同期高基數的基礎上仍增長19.7%。\n",
            {"19.7%": (2024, "same_sentence")},
        ),
        (
            "丁公司2024年營收在2023年的基礎上再成長12%，達到56億元。\n",
            {"12%": (2024, "same_sentence"), "56億元": (2024, "same_sentence")},
        ),
        # the base's own value, right after it: the base's year
        (
            "2024年營收為56億元，2023年同期為50億元。\n",
            {"56億元": (2024, "same_sentence"), "50億元": (2023, "same_sentence")},
        ),
    ],
)
def test_a_comparison_base_is_no_period_of_the_change(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class 3: a text with no date of its own that reports the year before complete (its
# 全年 figures, its December's) is written in the next year's results season: a fourth
# quarter, second half or month of October to December it reports with no year is the
# year before's, not a period of its own year still to come. An outlook keeps its year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司自結第4季財報，單季每股盈餘達1.55元。2016年全年營收達90.8億元，年增3%。\n",
            {"1.55元": (2016, "anchor"), "90.8億元": (2016, "same_sentence")},
        ),
        (
            "乙公司自結12月營收達11.2億元，年增9.9%，也使2016年全年營收達90.8億元。"
            "展望今年，公司看好訂單成長。\n",
            {"11.2億元": (2016, "same_sentence"), "9.9%": (2016, "same_sentence")},
        ),
        (
            "丙公司去年12月營收降到8.7億元，月減0.6%。整體第四季營收季減1.5%。"
            "2015年全年營收年減18%。展望2016年，第一季可望淡季不淡。\n",
            {"8.7億元": (2015, "same_sentence"), "1.5%": (2015, "anchor")},
        ),
        # a third quarter ends before the year does: reported, it is of the text's own year
        # (a text of October that compares with the year before's whole revenue)
        (
            "己公司第三季營收達121億元，季增21%。累計前9月營收達289億元，"
            "已超過2013年全年營收274億元。\n",
            {"121億元": (2014, "anchor"), "21%": (2014, "anchor")},
        ),
        # an outlook for the fourth quarter is of the text's own year
        (
            "丁公司2016年全年營收達90.8億元。公司預估第4季營收將成長5%。\n",
            {"5%": (2017, "anchor")},
        ),
        # no year before reported complete: the quarter stays the text's own
        (
            "戊公司2017年上半年營收達40.5億元。第4季營收預計達20億元。\n",
            {"20億元": (2017, "same_sentence")},
        ),
    ],
)
def test_a_year_end_period_reported_in_the_next_year_is_the_year_before(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class 4: a date its clause tells as the history of the entity (成立於…, …上市以來,
# 在…被…併購: the dates stage's background cues) is no period of the numbers that later
# clauses of its sentence give; they take an earlier date of the sentence, or none.
# A number in the date's own clause (創下的高點) keeps it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，其最大經銷商為甲公司，成立於2021年4月，註冊資本1000萬元，"
            "交易金額達4.49億元。\n",
            {"1000萬元": (2023, "same_sentence"), "4.49億元": (2023, "same_sentence")},
        ),
        (
            "乙公司單季每股盈餘1.62元，改寫2012年上市以來新高；全年每股盈餘5.23元。\n",
            {"5.23元": (None, None)},
        ),
        (
            "丙公司自2000年上市以來，股價累計上漲179倍。\n",
            {"179倍": (None, None)},
        ),
        # the date's own clause: the figure it tells
        (
            "丁公司股價於2021年創下的高點為650元。\n",
            {"650元": (2021, "same_sentence")},
        ),
        # no history cue: the founding year of another clause is not involved
        (
            "戊公司2022年營收為15億元，年增8%。\n",
            {"15億元": (2022, "same_sentence"), "8%": (2022, "same_sentence")},
        ),
    ],
)
def test_a_date_told_as_history_is_no_period_of_later_clauses(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 當時 (then) points the later clause back to the past the date tells
        (
            "庚公司曾在2012年被乙集團相中，據當時公告，乙集團購入其股權151.1萬股。\n",
            {"151.1萬股": (2012, "same_sentence")},
        ),
        # 當季 (the quarter reported) is no "then": the sentence's own quarter
        (
            "2016年第三季獲利達23億美元，為2014年第四季以來首度盈利，而當季均價為每桶47美元。\n",
            {"23億美元": (2016, "same_sentence"), "47美元": (2016, "same_sentence")},
        ),
        # … but not past ；, where a new statement of the sentence's own period starts
        (
            "2015年上半年出貨量年減29.5%至474.1萬台，為1999年以來(當時約450萬台)首度跌破"
            "500萬台；其中，消費市場出貨量衰退23.5%。\n",
            {"23.5%": (2015, "same_sentence")},
        ),
    ],
)
def test_then_points_back_to_the_history_date(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class 5: 持平 (level with) makes a comparison base like 較: 持平前年, 與去年持平.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2016年全年營收90.8億元，持平2015年，稅後淨利7億元，年增5.08倍。\n",
            {"7億元": (2016, "same_sentence"), "5.08倍": (2016, "same_sentence")},
        ),
        (
            "2016年營收與2015年持平，毛利率則升至19%。\n",
            {"19%": (2016, "same_sentence")},
        ),
    ],
)
def test_level_with_a_year_makes_it_a_base(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# Class 6: a 分別 list led by 同期 (over the same period) runs over the periods the text
# listed last, one value each, when it has as many values.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2021年至2023年，公司銷售費用分別為82.9億元、80.4億元、74.8億元。\n"
            "同期，公司營業收入分別為138.6億元、136.7億元、132.5億元。\n",
            {
                "138.6億元": (2021, "list_order"),
                "136.7億元": (2022, "list_order"),
                "132.5億元": (2023, "list_order"),
            },
        ),
        # 同期 inside a comparison is no reporting period
        (
            "2022年、2023年營收分別為50.5億元、60.5億元。\n"
            "甲、乙兩廠產量較去年同期分別成長5%、8%。\n",
            {"5%": (None, None), "8%": (None, None)},
        ),
    ],
)
def test_the_same_period_list_runs_over_the_periods_listed_last(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)
