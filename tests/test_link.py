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
from pipeline.extract.dates import own_text_year
from pipeline.models import Quantity
from pipeline.run import build_document

Expected = dict[str, tuple[int | None, str | None]]


def _quantities(tmp_path: Path, text: str) -> list[Quantity]:
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    return build_document(src, Settings(isolate=False)).facts.quantities


def _links(tmp_path: Path, text: str) -> dict[str, tuple[int | None, str | None]]:
    return {q.text: (q.year, q.year_link) for q in _quantities(tmp_path, text)}


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
            "累計營收約81.3億元、年減25%，毛利率達10.6%，稅後淨利3.48億元。\n",
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


# Round 14 (links14): classes counted on a fresh check set of statistics releases, monthly
# revenue and results news (docs/real-texts.md, "Round 14").


# Class 7: a quarter written the Latin way (Q2, Q4) with no year is a quarter of the year
# the text establishes, as 第二季 is (dates16: the Q3 is a date of the release's year, so the
# values of its sentence link to it)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "研調機構指出，2019年第3季全球平板出貨量年增5%至3,500萬台。"
            "甲公司Q3在歐洲的出貨量達到420萬台。乙公司Q3的總出貨量為610萬台，其中65%銷往北美。\n",
            {
                "420萬台": (2019, "same_sentence"),
                "610萬台": (2019, "same_sentence"),
                "65%": (2019, "same_sentence"),
            },
        ),
    ],
)
def test_a_latin_quarter_is_of_the_text_year(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# Class 8: the text's own year. 今年 beside a year compared as the same period
# (今年上半年…較2015年同期) is that year's next, not another year than the text's; a
# sentence that walks year by year (2011年…，2012年…) on to 今年 is a series told up to the
# present, so 今年 is the year after the last one written.
@pytest.mark.parametrize(
    ("text", "year", "evidence"),
    [
        (
            "機構公布，2016年6月企業裁員人數年減14%至3.8萬人。今年上半年能源業裁員人數達7.7萬人、"
            "較2015年同期的6萬人增加27.6%。\n",
            "2016",
            "latest_year",
        ),
        (
            "以手機加計平板占營收比重來看，2011年佔比還不到15%，2012年提昇至20-25%，"
            "公司預期今年此一比重可望上看40%。\n",
            "2013",
            "series_before_this_year",
        ),
        # a gap in the series (2010, 2012) says nothing of how far 今年 lies
        (
            "2010年佔比還不到15%，2012年提昇至20-25%，公司預期今年此一比重可望上看40%。\n",
            None,
            "this_year_beside",
        ),
        # 今年 before the series' years is no present the series reaches
        (
            "今年比重上看40%，2011年佔比還不到15%，2012年提昇至20-25%。\n",
            None,
            "this_year_beside",
        ),
    ],
)
def test_the_text_year_from_a_same_period_base_or_a_series(
    text: str, year: str | None, evidence: str
) -> None:
    assert own_text_year(text) == (year, evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "戊公司公布6月營收為313.7億元，年增率達7.1%；合計今年Q2，單季營收為1006.5億元。"
            "以手機占營收比重來看，2011年佔比還不到15%，2012年提昇至20-25%，公司預期今年此一比重"
            "可望上看40%。\n",
            {
                "313.7億元": (2013, "same_sentence"),
                "1006.5億元": (2013, "same_sentence"),
            },
        ),
    ],
)
def test_a_series_up_to_this_year_dates_the_text(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class 9: comparison bases and history. 與去年同期相較 (no words between the date and
# 同期) is the base of the change after it, as 與2024年農曆同期相比 is; 創1992年開始統計以來
# 新高 tells 1992 as the start of the records, no period of the later clauses.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "己公司2016年上半年營收約410.34億元，與去年同期相較年增率約7.8%。\n",
            {"約410.34億元": (2016, "same_sentence"), "約7.8%": (2016, "same_sentence")},
        ),
        (
            "美國2018年3月躉售存貨月增0.3%至6,273.96億美元、創1992年開始統計以來最高紀錄；"
            "年增率報5.5%。\n",
            {"6,273.96億美元": (2018, "same_sentence"), "5.5%": (2018, "same_sentence")},
        ),
        # the base's own value right after it keeps the base's year
        (
            "庚公司2016年第一季營收為8億元，去年同期為7億元。\n",
            {"8億元": (2016, "same_sentence"), "7億元": (2015, "same_sentence")},
        ),
    ],
)
def test_same_period_bases_and_records_since(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


def _check_forecasts(tmp_path: Path, text: str, expected: dict[str, bool]) -> None:
    got = {q.text: q.is_forecast for q in _quantities(tmp_path, text)}
    assert {k: got.get(k) for k in expected} == expected


# Class 10: an expectation named before its value (遜於經濟學家預期的0.5%, 接近原先所預估
# 高標213億元) is a forecast, and only it (with a bracket on it): the figures reported in
# the clauses after it are no outlook.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "美國2018年3月躉售存貨月增0.3%，遜於經濟學家預期的0.5%；年增率報5.5%。\n",
            {"0.3%": False, "0.5%": True, "5.5%": False},
        ),
        (
            "辛公司2013年第二季營收約210.18億元，接近法說會原先所預估高標213億元，季增約5%，"
            "並較去年同期成長約4.9%。\n",
            {"約210.18億元": False, "213億元": True, "約5%": False, "約4.9%": False},
        ),
        (
            "甲市2015年9月銷售戶數年減27.2%至2,430戶，遠遜於研究所原先預估的4,000戶(年增20%)；"
            "和前月相比減少5%。\n",
            {"2,430戶": False, "4,000戶": True, "20%": True, "5%": False},
        ),
        # a forecast cue that names no value still governs the clauses after it
        (
            "壬公司預估2014年營收成長10%，毛利率升至30%。\n",
            {"10%": True, "30%": True},
        ),
    ],
)
def test_an_expectation_named_before_its_value_ends_with_it(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# A later clause that writes a day already come (今日, a stated day up to the text's own) is a
# new statement: an outlook before it (未來發展潛力可期) does not make its figures forecasts,
# while a day still ahead (明(11)日) goes on with the outlook.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年6月9日 下午10:55\n甲公司今(10)日掛牌上市，未來發展潛力可期，"
            "今日開盤股價達136元，漲幅超過8成。\n",
            {"136元": False, "超過8成": False},
        ),
        (
            "2025年6月9日\n乙公司預估全年營收成長10%，6月5日營收達12億元。\n",
            {"10%": True, "12億元": False},
        ),
        (
            "2025年6月9日\n丙公司預估下半年需求回溫，6月30日前出貨量可達5萬台。\n",
            {"5萬台": True},
        ),
    ],
)
def test_a_day_already_come_starts_a_new_statement(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Class 11: a clause that writes the quarter its outlook is about (上詮第4季…可望…；整體Q4
# 營收季成長約20%) or works a figure out from the outlook (換算Q1營收…) goes on with that
# outlook; a clause of another quarter still starts a new statement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "癸公司第3季營運基期低，第4季平均月營收可望回到7~8千萬元；整體Q4營收季成長約20%，"
            "並激勵單季轉為獲利。\n",
            {"約20%": True},
        ),
        (
            "法人估計子公司3月營收可望回溫至12億元，換算第1季營收季減幅度可壓縮在5%左右。\n",
            {"5%左右": True},
        ),
        (
            "丑公司預估第4季營收可望成長10%；第3季營收則為20億元。\n",
            {"10%": True, "20億元": False},
        ),
    ],
)
def test_a_clause_of_the_outlooks_own_quarter_goes_on_with_it(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Class 12 (real filings): the end of a term (至民國118年1月23日到期) dates its own clause
# only: the amounts of the later clauses take the issue date before it, not the maturity.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本公司於民國一一三年一月二十三日發行國內第一次無擔保轉換公司債，至民國一一八年"
            "一月二十三日到期，發行期間五年，發行總面額為6,000,000千元，票面利率0%。\n",
            {"6,000,000千元": (2024, "same_sentence"), "0%": (2024, "same_sentence")},
        ),
        (
            "甲公司2024年發行公司債50億元，於2029年到期，票面利率1.8%。\n",
            {"50億元": (2024, "same_sentence"), "1.8%": (2024, "same_sentence")},
        ),
        # (links34, graders of links32: in its own clause too the maturity names the bond, no
        # period of its balance — 2029年到期之公司債餘額50億元 takes the text's year, here none)
        (
            "乙公司2029年到期之公司債餘額50億元。\n",
            {"50億元": (None, None)},
        ),
    ],
)
def test_the_end_of_a_term_dates_its_own_clause_only(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links15-1: a statistics release copied with the site's stamp glued to its first
# sentence (``某某新聞 2024-03-21 18:05:09 記者 王小明 報導經濟部今(21)日…``). The stamp (a
# full date with the time of day at the head of the body) dates the text, so its bare
# months (``2月``, ``1至2月``) and the numbers they date have the release's year; before,
# the long line was no dateline, nothing fixed the year and every link stayed open.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2月外銷訂單年增；3月估續增\n\n"
            "財經新聞 2024-03-21 18:05:09 記者 王小明 報導經濟部統計處今(21)日公布2月外銷訂單"
            "金額為420億美元，年增1.2%，累計1至2月外銷訂單為850億美元，年增3.5%。"
            "其中資訊通信產品2月接單年增8.1%，因去年同月基期較低。統計處預估，今年3月外銷訂單"
            "金額為450億美元。\n",
            {
                "420億美元": (2024, "same_sentence"),
                "1.2%": (2024, "same_sentence"),
                "850億美元": (2024, "same_sentence"),
                "8.1%": (2024, "same_sentence"),
                "450億美元": (2024, "same_sentence"),
            },
        ),
        (
            "零售業營業額創同期新高\n\n"
            "財經網 2023/06/26 下午 4:30 記者李大同報導 統計處公布5月零售業營業額為3,900億元，"
            "月增2.3%，為歷年同月新高。\n",
            {"3,900億元": (2023, "same_sentence"), "2.3%": (2023, "same_sentence")},
        ),
    ],
)
def test_a_stamp_glued_to_the_first_sentence_dates_the_release(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links15-2: a title's year that dates no paragraph. A title that writes two periods
# (今年…，明年…) fixes none of them for the paragraphs under it, and a bare year that is an
# event's edition after its Latin name (TIMTOS 2023) names the fair, not the period of the
# figures below; a title's own period (甲公司2023年營收…) still dates them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "機構：今年全球面板產值年減8% 明年回升\n\n"
            "研調機構今日發布報告指出，面板業經歷2020、2021年成長後，今年全球面板產值將年減8%，"
            "明年可望回升。\n\n"
            "前五大業者營收年減5.2%，合計市佔率為71%。\n",
            {"5.2%": (None, None), "71%": (None, None)},
        ),
        (
            "COMPUTEX 2024 展現臺灣伺服器實力\n\n"
            "某研究院發表的散熱模組讓伺服器能耗降低15%，並已導入兩家廠商。\n",
            {"15%": (None, None)},
        ),
        (
            "甲公司2023年營收創新高\n\n甲公司表示，伺服器產品營收比重提升至35%。\n",
            {"35%": (2023, "heading")},
        ),
        # a numbered heading of two years still dates its wrapped list values in order
        (
            "附註\n\n(三) 2024 年及 2023 年 1 月 1 日至 3 月 31 日認列之酬勞成本分別為 6,680\n"
            "仟元及 2,182 仟元。\n",
            {"2,182 仟元": (2023, "heading")},
        ),
    ],
)
def test_a_title_of_two_periods_or_an_event_edition_dates_no_paragraph(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links15-3: a relative period that is no date by itself (上季, 本季, 上半年), glossed
# once with its date in brackets, means that period wherever the release writes it again:
# a market-research release of early 2017 about 上季(2016年10-12月) reports 2016's quarter in
# every later 上季 sentence, not the year it is written in (今年(2017年) elsewhere).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "研調機構指出，上季(2016年10-12月)全球平板銷售量年增3%至5,100萬台。"
            "研調機構預估今年(2017年)全球平板銷售量將年減2%至1.6億台。"
            "上季北美市場銷售量成長4%至1,200萬台。\n",
            {
                "5,100萬台": (2016, "same_sentence"),
                "1.6億台": (2017, "same_sentence"),
                "4%": (2016, "same_sentence"),
                "1,200萬台": (2016, "same_sentence"),
            },
        ),
        (
            "公司公布上半年(2023年1-6月)營收為120億元。下半年(2023年7-12月)營收可望回升。"
            "上半年海外營收比重為65%。\n",
            {"120億元": (2023, "same_sentence"), "65%": (2023, "same_sentence")},
        ),
        # glossed twice with different years: no single period, the word dates nothing
        (
            "上季(2016年10-12月)銷售量年增3%。隔年上季(2017年10-12月)銷售量年增5%。"
            "上季北美市場成長4%至1,200萬台。\n",
            {"4%": (None, None), "1,200萬台": (None, None)},
        ),
    ],
)
def test_a_glossed_relative_period_keeps_its_date(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links15-4: a year set apart as the frame of a comparison (相較2021年，台灣去年…)
# compares 去年 with it, so 去年 is a later year and the text one more: a research firm's
# release about 2023 that dates its figures only by 去年/今年 and that frame. Before, 2021
# was read as the latest year written (去年 → 2021), and every year link a year early.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "研調機構今日指出，今年面板產值將年減8%。\n\n"
            "相較2021年，台灣去年在全球市場的市佔率提升2%。\n",
            "2023",
        ),
        (
            "研調機構今日指出，面板產值將年減8%。\n\n相較2021年，台灣去年在全球市場的市佔率提升2%。\n",
            "2023",
        ),
        # a base inside its clause (較2021年成長5%，去年…) frames nothing after the comma
        (
            "研調機構今日指出，今年面板產值將年減8%。\n\n台灣面板產值較2021年成長5%，去年出貨量則年減3%。\n",
            "2023",
        ),
    ],
)
def test_a_framed_base_before_last_year_dates_the_text(text: str, year: str) -> None:
    assert own_text_year(text)[0] == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "研調機構今日指出，今年面板產值將年減8%。\n\n"
            "相較2021年，台灣去年在全球市場的市佔率提升2%。\n",
            {"8%": (2023, "same_sentence"), "2%": (2022, "same_sentence")},
        ),
    ],
)
def test_a_framed_base_dates_the_links(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# Class links15-5: a comparison's frame that holds its base in brackets (和去年同月(2021年10月、
# …10月31日)相比，10月份…) ends there: the bare month after it is the text's own, not a month
# of the base's year, so the figures after the frame are this year's and 去年同月 counts back
# one year from them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "電視銷量月報\n2023-12-08 10:00\n\n"
            "和去年同月(2022年11月、統計期間為2022年10月31日-11月27日)相比，11月份電視銷售量"
            "減少12%(去年同月為35萬台)。\n",
            {"12%": (2023, "same_sentence"), "35萬台": (2022, "same_sentence")},
        ),
        (
            "電視銷量月報\n2023-12-08 10:00\n\n"
            "與2022年11月(統計期間為10月31日-11月27日)相較，11月份電視銷售量減少12%。\n",
            {"12%": (2023, "same_sentence")},
        ),
    ],
)
def test_a_comparison_frame_ends_its_base(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# Class links15-6: a list of comparison bases (較前月以及去年同期分別增加23%與30%) names what
# each change is measured against; both changes are of the period the sentence reports, not
# one per base in list order (before: the second took the year of 去年同期).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "海關今日公布，2023年5月，鋼材出口量800萬噸，較前月以及去年同期分別增加12%與25%。\n",
            {
                "800萬噸": (2023, "same_sentence"),
                "12%": (2023, "same_sentence"),
                "25%": (2023, "same_sentence"),
            },
        ),
        # a list of the periods themselves still pairs each value with its period
        (
            "公司2023年及2022年營收分別為120億元及100億元。\n",
            {"120億元": (2023, "list_order"), "100億元": (2022, "list_order")},
        ),
    ],
)
def test_a_list_of_comparison_bases_is_no_list_of_periods(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Round links16, class 1 (a draft amendment): the value of the rule in force (現行…) is no
# forecast whatever 將 the sentence writes; the value a change from it proposes (提高至,
# 調降為, 增訂) is one, though no forecast word stands before it; a change already made (已)
# and a multiple of the current value (擴增至現行的3倍) are neither.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲法修正草案\n\n將現行每戶補助上限新臺幣 5 萬元提高至 8 萬元，鼓勵汰換設備。\n",
            {"上限新臺幣 5 萬元": False, "8 萬元": True},
        ),
        (
            "乙辦法修正重點\n\n申請門檻由現行 2 億元調降為 8000 萬元，其中自有資金比例提高至 30%，"
            "以利中小企業申請。\n",
            {"2 億元": False, "8000 萬元": True, "30%": True},
        ),
        (
            "丙條例修正重點\n\n除現行設立 3 年內企業適用規定外，增訂設立 3 年以上未滿 7 年之企業"
            "亦得適用。\n",
            {"3 年以上": True, "未滿 7 年": True},
        ),
        (
            "丁部說明\n\n現行補助上限已由 5 萬元調高為 6 萬元，民眾可逕行申請。\n",
            {"6 萬元": False},
        ),
        (
            "戊公司法說會\n\n戊公司目標在5年內將產能擴增至現行的3倍，達到每月12萬片。\n",
            {"3倍": True, "12萬片": True},
        ),
        (
            "己公司計畫增設新廠，目標將月產能擴增至900台、將較現行(600台)增加5成。\n",
            {"900台": True, "600台": False, "5成": True},
        ),
    ],
)
def test_the_rule_in_force_and_the_one_proposed(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links16, class 2: the value of a past period a comparison names (較去年同期為…,
# 較去年X出貨量…成長) stands already, even where the text fixes no year (去年 unresolved);
# the change the outlook forecasts against it stays a forecast.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "法人預估下半年新機出貨量約為3000萬支，較去年同期為1800萬支成長逾六成。\n",
            {"約為3000萬支": True, "1800萬支": False, "逾六成": True},
        ),
        (
            "券商預估今年甲機種出貨量將達5000萬台，較去年乙機種出貨量4200萬台成長。\n",
            {"5000萬台": True, "4200萬台": False},
        ),
        (
            "公司預估今年營收將較去年成長20%，毛利率可望較上季的25%提升。\n",
            {"20%": True, "25%": False},
        ),
        (
            "研調機構預估今年產值將再較去年下滑 12.5%，上半年營收將較去年同期衰退4%。\n",
            {"12.5%": True, "4%": True},
        ),
    ],
)
def test_a_past_base_in_an_outlook_stands_already(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links16, class 3: a forecaster's lead (統計處預估，) over a list of parallel figures
# split by ； — each clause writing the same period as the first — governs every clause; a
# clause that writes another period (預估…2026年…；2020至2025年…) is a new statement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年12月23日\n統計處預估，甲業12月營業額為500~520億元，年增1%~3%；"
            "乙業12月營業額為300~310億元，年增5%~8%。\n",
            {"500~520億元": True, "300~310億元": True, "5%~8%": True},
        ),
        (
            "甲公司預估2030年電動車款佔比將達3成；另外，2030年結束前乙品牌車款中25%將電動化。\n",
            {"3成": True, "25%": True},
        ),
        (
            "2014年8月20日\n機構預估，1-5月庫存增加約16萬噸，去年同期則為減少31.5萬噸；"
            "調整後1-5月供給短缺為30.5萬噸，去年同期為短缺6.5萬噸。\n",
            {"約16萬噸": True, "6.5萬噸": False},
        ),
        (
            "2025年3月1日\n研究機構預估，2026年市場規模將達120億美元；2020至2025年平均成長率為8.5%。\n",
            {"120億美元": True, "8.5%": False},
        ),
    ],
)
def test_a_lead_forecast_governs_its_parallel_clauses(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links16, class 4: 將 after 已 (已經將…出售, 早已將) marks the object of a deed done,
# not the future; 將 alone still does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司在2020年以前已經將兩棟大樓的辦公物件出售將近9成，銷售金額合計約80億元。\n",
            {"將近9成": False, "約80億元": False},
        ),
        (
            "乙公司早已將舊廠以12億元出售。丙公司將以15億元收購丁公司。\n",
            {"12億元": False, "15億元": True},
        ),
    ],
)
def test_a_deed_done_with_jiang_is_no_forecast(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links17: a target price (目標價, 目標股價) is a price over an analyst's horizon, not a
# value of a calendar period: it takes no year from the sentence before it, the text's date,
# a present cue or a date in another clause of its sentence (the earnings year a multiple
# applies to); an amount converted in brackets after it and a value after a label's ： go
# with it. Kept: a date written in its own clause, a business's target (營收目標), a share
# price of the present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司2024年營收成長25%，獲利創新高。外資將甲公司目標價從原先120元上調至150元，"
            "維持買進評等。\n",
            {"25%": (2024, "same_sentence"), "120元": (None, None), "150元": (None, None)},
        ),
        (
            "乙證券今(2025)年3月5日發布報告，目前對丙公司的目標股價為88元。丙公司股價目前為70元。\n",
            {"88元": (None, None), "70元": (2025, "anchor")},
        ),
        (
            "丁公司2025年每股盈餘預估12元。丁投顧給予20倍2025年本益比，目標價為240元（約合7.6美元）。\n",
            {"12元": (2025, "same_sentence"), "240元": (None, None), "7.6美元": (None, None)},
        ),
        (
            "2024年庚公司營收成長10%。庚銀行給出12個月目標股價：45美元。\n",
            {"10%": (2024, "same_sentence"), "45美元": (None, None)},
        ),
        (
            "戊公司2025年營收目標為120億元，年增15%。\n",
            {"120億元": (2025, "same_sentence"), "15%": (2025, "same_sentence")},
        ),
        (
            "分析師預估己公司2026年底目標價為500元，較現價高出兩成。\n",
            {"500元": (2026, "same_sentence")},
        ),
        # (links15) the change told in a clause of its own, after a comma
        (
            "辛公司2024年第4季營收恐季減15%，外資也將辛公司的目標價，從131元降至127元。\n",
            {"15%": (2024, "same_sentence"), "131元": (None, None), "127元": (None, None)},
        ),
    ],
)
def test_a_target_price_measures_no_calendar_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Round links17: a date in brackets with a value after it (an earlier period's figure glossed
# beside a number: 4.1元(2022年為3.2元)) dates the value in its brackets only, not the numbers
# after the brackets close; a bare value in brackets of its own (15%(13%)) goes on with the
# series the first brackets opened.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司2024年10月營收減少12%(去年同月為5.6億元)、乙公司大增30%(去年同月為2.1億元)。\n",
            {
                "12%": (2024, "same_sentence"),
                "5.6億元": (2023, "same_sentence"),
                "30%": (2024, "same_sentence"),
                "2.1億元": (2023, "same_sentence"),
            },
        ),
        (
            "丙公司2023年每股盈餘4.1元(2022年為3.2元)、營業利益率為15%(13%)、淨利率9%(8%)。\n",
            {
                "3.2元": (2022, "same_sentence"),
                "15%": (2023, "same_sentence"),
                "13%": (2022, "same_sentence"),
                "9%": (2023, "same_sentence"),
                "8%": (2022, "same_sentence"),
            },
        ),
        (
            "丁公司2025年上半年營收80億元(去年同期為70億元)，毛利率升至25%。\n",
            {"70億元": (2024, "same_sentence"), "25%": (2025, "same_sentence")},
        ),
    ],
)
def test_a_bracketed_base_dates_its_own_value_only(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Round links18, class 1: an outlook goes on through a clause that only names the base of
# its change with the base's value (較去年出貨量8000萬支成長) and, in a text of unknown date,
# through a later part of the year written without its year (下半年…則達); a first quarter
# or a span so far (第一季, 前三季) may have been reported and still starts a new statement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲投顧預估今年新機出貨量約為6500萬支，較去年出貨量5800萬支成長，"
            "下半年零組件備貨量則達7000萬至8000萬支。\n",
            {"約為6500萬支": True, "5800萬支": False, "7000萬至8000萬支": True, "8000萬支": True},
        ),
        (
            "乙投顧預估今年手錶出貨量約1200萬支，下半年備貨量則達900萬支。\n",
            {"約1200萬支": True, "900萬支": True},
        ),
        (
            "2025年3月5日\n丙機構預估今年面板出貨量為2.1億片，較去年的1.9億片成長，"
            "第四季出貨量將達6000萬片。\n",
            {"2.1億片": True, "1.9億片": False, "6000萬片": True},
        ),
        # kept out: a first quarter or a span so far may be reported
        (
            "丁公司預估今年營收成長20%，第一季營收為50億元。\n",
            {"20%": True, "50億元": False},
        ),
        (
            "戊公司財測目標今年營收年增20%，前三季營收達80億元。\n",
            {"20%": True, "80億元": False},
        ),
        # kept out: a base in the number's own clause is the base's value
        (
            "己公司預計今年營收254億元，營收規模超越2021年（241億元）。\n",
            {"254億元": True},
        ),
    ],
)
def test_an_outlook_goes_on_through_its_base_and_a_later_half(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links18, class 2: the value a change over a written year starts from (2017年…外銷
# 比重從10.8%降至8.1%) is the level the year before left; a month's or quarter's change starts
# within its year, a span's start keeps the span's first year, and an outlook's starts now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2018年1月10日\n2016年甲國機車銷售量120萬輛，年增2%，出口比重則從12.5%降至9.4%。\n",
            {
                "120萬輛": (2016, "same_sentence"),
                "12.5%": (2015, "same_sentence"),
                "9.4%": (2016, "same_sentence"),
            },
        ),
        (
            "2015年乙公司毛利率由31%提升至34%，營益率則由8%升至11%。\n",
            {
                "31%": (2014, "same_sentence"),
                "34%": (2015, "same_sentence"),
                "8%": (2014, "same_sentence"),
                "11%": (2015, "same_sentence"),
            },
        ),
        # kept out: a month, a quarter, a span, a written base, an outlook
        (
            "2019年6月5日\n2019年5月丙國失業率由3.8%降至3.7%。\n",
            {"3.8%": (2019, "same_sentence"), "3.7%": (2019, "same_sentence")},
        ),
        (
            "2020年至2023年，丁公司毛利率由34%下滑至22%。\n",
            {"34%": (2020, "same_sentence")},
        ),
        (
            "2023年戊公司營益率由2022年的25.5%降至17.5%。\n",
            {"25.5%": (2022, "same_sentence")},
        ),
        (
            "2024年4月1日\n己機構預估2030年綠電比重將從30%提高至50%。\n",
            {"30%": (2030, "same_sentence")},
        ),
    ],
)
def test_a_change_over_a_year_starts_from_the_year_before(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Round links18, class 3 (real filings): a breakdown (其中) of figures stated before a cue
# whose own clause names no figure (…將於取得許可證後認列收入，其中…) is a part of those
# figures, not the cue's outlook; a breakdown of the outlook's own figure, of its object in
# another unit, or one with a cue of its own stays a forecast.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "截至113年6月30日止，甲公司收取之授權金分別為 52,300 仟元及 48,100 仟元，將於產品"
            "取得上市許可後分期認列收入，其中 6,500 仟元若未能於期限內取得許可須退還客戶。\n",
            {"52,300 仟元": False, "6,500 仟元": False},
        ),
        (
            "乙公司預估今年營收將達100億元，其中海外營收60億元。\n",
            {"100億元": True, "60億元": True},
        ),
        (
            "丙公司去年營收80億元，預計將持續擴產，其中新廠產能3萬片。\n",
            {"80億元": False, "3萬片": True},
        ),
        (
            "丁公司目前員工合計1.2萬人，明年將積極徵才，其中業務通路將徵員3千人。\n",
            {"1.2萬人": False, "3千人": True},
        ),
    ],
)
def test_a_breakdown_of_figures_stated_before_a_cue_is_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links13, class A: a text with no dateline fixes its own year only from what it tells
# as its present. A year told as a deed already done (已於…年…月申請) bounds it from below,
# as history does — unless the sentence runs on to a later month of no year (the timeline of
# that year reaches the text's present); a year a forecaster's verb looks out to (推估…很可能
# 2027年, 有機會在2027年初) is a plan, not the present.
@pytest.mark.parametrize(
    ("text", "year", "evidence"),
    [
        (
            "甲公司已於2019年9月申請第一件投資案，本次再投第二案。今年將新增員工50名。\n",
            None,
            "no_year",
        ),
        (
            "乙公司已於2019年9月完成公開發行，預計將於12月20日登錄興櫃。今年營收可望成長。\n",
            "2019",
            "latest_year",
        ),
        (
            "丙公司今年第一季營收年增12%。2026年第一季行動產品比重約60%。"
            "推估大客戶很可能2027年改用新面板，有機會在2027年初看到成果。\n",
            "2026",
            # (今年第一季 … 2026年第一季: the quarter told both ways names the year, dates25)
            "same_part",
        ),
        # no deed: a month of a year written plainly is the text's present
        (
            "丁公司2019年9月申請第一件投資案。今年將新增員工50名。\n",
            "2019",
            "latest_year",
        ),
    ],
)
def test_a_deed_done_or_a_guess_ahead_does_not_date_the_text(
    text: str, year: str | None, evidence: str
) -> None:
    assert own_text_year(text) == (year, evidence)


# … and a year told as a deed done (with its year written) is no period of the numbers in the
# clauses after it (link: none), while its own clause keeps it; a yearless day after 已在 is
# the text's own day and still dates the clauses after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "戊公司的產品已於2023年取得美國認證，並在台灣累積取得25張許可證。\n",
            {"25張": (None, None)},
        ),
        (
            "己公司已於2022年3月投資5億元擴建新廠。\n",
            {"5億元": (2022, "same_sentence")},
        ),
        # a title mark is no clause end: the deed's own figures keep its year
        (
            "主管機關已於2023年公告《排放管理辦法》等四項子法，初期納管約300家事業。\n",
            {"四項": (2023, "same_sentence")},
        ),
    ],
)
def test_a_deed_done_dates_only_its_own_clause(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Round links13, class B (forecast): the market's expectation stated with 為/是 beside reported
# figures is named (it is the forecast, the figures after it are not); a guidance figure whose
# bracket closes right before 指引 is the guidance; a length of time told as the span up to
# now (15年來, 過去兩年) is the past an outlook is measured on, never forecast; a duration or a
# count the forecast clause projects is forecast (lead's decision for issue 12); a statistics
# source's estimate (統計，…估為) is counted, not projected; a plan's spending (規劃投資) is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司第一季每股盈餘為1.50美元，市場預期為1.40美元；營收年增6.1%至50億美元。\n",
            {"1.50美元": False, "1.40美元": True, "6.1%": False, "50億美元": False},
        ),
        (
            "華爾街的平均預期為48億美元；公司表示第二季營收將達到52億美元。\n",
            {"48億美元": True, "52億美元": True},
        ),
        (
            "乙公司維持第一季營業利益率(40-42%)指引不變。\n",
            {"40-42%": True, "42%": True},
        ),
        (
            "業者預估全年銷量可望達40萬輛，改寫15年來銷售紀錄。\n",
            {"40萬輛": True, "15年": False},
        ),
        (
            "分析師預估明年盈餘成長率可望扭轉過去兩年的落後態勢。\n",
            {"兩年": False},
        ),
        (
            "丙公司預計三年內完成擴廠，將新增5座廠房，力拚產能達到2萬片。\n",
            {"三年": True, "5座": True, "2萬片": True},
        ),
        # a sentence a statistics source opens counts its figures; a bare 估 (估為) is the
        # statistician's estimate, and the sentence continuing it follows; a forecaster's verb
        # after the source still projects
        (
            "研究所統計，2024年機械產值估為3,200億元，年減2.1%。零組件則為1,150億元。\n",
            {"3,200億元": False, "2.1%": False, "1,150億元": False},
        ),
        (
            "研究所統計，預估2025年機械產值將達3,400億元。\n",
            {"3,400億元": True},
        ),
        # a plan's spending: 規劃投資
        (
            "戊公司新廠規劃投資金額 8.5 億元。\n",
            {"8.5 億元": True},
        ),
        # no cue: a length and a count reported stay facts
        (
            "丁公司花了三年完成擴廠，新增5座廠房。\n",
            {"三年": False, "5座": False},
        ),
    ],
)
def test_forecast_of_expectations_spans_and_projected_counts(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links14: a cue told after its clause's subject (…甲產量預估將年減30萬噸) is that
# clause's predicate; once its part of the sentence has stated its figure, a later part after
# ； with no cue of its own that reports a move (下跌, 上漲, 以來) starts a new statement, also
# where a present word (本年度) stands before it. A cue that opens the sentence (預估今年…；…)
# still governs every part, and a later part with a cue of its own stays a forecast.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "各類原料走勢分歧，甲礦因罷工減產大漲12%，本年度甲礦產量預估將年減30萬噸或4.2%；"
            "乙礦價格則因庫存偏高下跌8.5%，與下跌2.3%的丙礦同屬弱勢，丁礦今年以來則是上漲6.1%。\n",
            {"30萬噸": True, "4.2%": True, "8.5%": False, "2.3%": False, "6.1%": False},
        ),
        (
            "市場表現不一，甲公司股價上漲3%，其新廠產能預計將增加2萬片；乙公司股價則下跌1.5%。\n",
            {"2萬片": True, "1.5%": False},
        ),
        # a cue opening the sentence leads all its parts
        (
            "研究機構預估今年甲金屬價格上漲10%；乙金屬價格上漲5%。\n",
            {"10%": True, "5%": True},
        ),
        # the later part with a cue of its own
        (
            "市場分歧，甲產量預估將年減30萬噸；乙價格則可望上漲4%。\n",
            {"30萬噸": True, "4%": True},
        ),
        # a later part that reports no move goes on with the outlook
        (
            "受需求帶動，甲產品出貨預估將成長15%；乙產品出貨為300萬台。\n",
            {"15%": True, "300萬台": True},
        ),
    ],
)
def test_an_outlook_in_its_own_part_ends_before_a_reported_move(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links14: a dateline (4月12日) before a later part of the latest year written makes the
# text of the year after — unless that part is told as standing now (截至目前, 迄今): the
# quarter being priced now is the text's present, not its latest past.
@pytest.mark.parametrize(
    ("text", "year", "evidence"),
    [
        (
            "協會4月12日指出，截至目前，2018年第三季的合約價多數落在每噸80美元。"
            "協會4月11日公佈，2018年3月份產量年增2%。\n",
            "2018",
            "latest_year",
        ),
        (
            "協會4月12日指出，2018年第三季的合約價迄今多數落在每噸80美元。\n",
            "2018",
            "latest_year",
        ),
        # told as a past quarter, the dateline still puts the text a year later
        (
            "協會4月12日指出，2018年第三季的合約價多數落在每噸80美元。"
            "協會4月11日公佈，2018年3月份產量年增2%。\n",
            "2019",
            "dateline_after_latest",
        ),
    ],
)
def test_a_period_standing_now_is_no_past_before_the_dateline(
    text: str, year: str, evidence: str
) -> None:
    assert own_text_year(text) == (year, evidence)


# Round links14: the share of the people asked who hold a view (…認為, …預計, …的受訪者表示)
# is counted in a survey — no forecast, whatever 將 the view or the clause before it writes;
# a share an outlook projects onto people (預計將吸引30%的消費者轉向) stays one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "調查中，48%認為下月油價將會上漲，31%預計將會下跌，另外21%則預期油價持平。\n",
            {"48%": False, "31%": False, "21%": False},
        ),
        (
            "業者將推出新機，但有近4成(38.5%)的人有意願換機，超過半數的網友(52.1%)感到失望。\n",
            {"近4成": False, "52.1%": False},
        ),
        (
            "業者預計新方案將吸引30%的消費者轉向電動車，市占率將達15%。\n",
            {"30%": True, "15%": True},
        ),
    ],
)
def test_a_share_of_those_holding_a_view_is_no_forecast(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links14: in a text whose date is unknown, a later clause that writes the outlook's own
# whole year again (預估，2016年…；大陸今年[=2016]…則在7%左右) goes on with the outlook; a clause of
# another year (2015年) is a new statement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "去(2015)年全球需求為5,600萬噸。機構預估，2016年全球需求將年增5.7%至5,920萬噸，"
            "大陸今年的需求增長則在7%左右。\n",
            {"5,600萬噸": False, "5.7%": True, "7%左右": True},
        ),
        (
            "去(2015)年全球需求為5,600萬噸。機構預估，2016年全球需求將年增5.7%至5,920萬噸，"
            "大陸2015年的需求增長則為6%。\n",
            {"5.7%": True, "6%": False},
        ),
    ],
)
def test_a_clause_of_the_outlooks_own_year_goes_on_with_it(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links14: 今年 running so far (今年迄今, 今年以來) beside a whole year's figure in one
# sentence that estimates nothing is the year after that year; a plain 今年 there stays open.
@pytest.mark.parametrize(
    ("text", "year", "evidence"),
    [
        ("甲股2019年上漲41%，今年迄今上漲12%。\n", "2020", "whole_year_before_this_part"),
        ("乙指數2022年下跌8%，今年以來回升5%。\n", "2023", "whole_year_before_this_part"),
        ("甲股2019年上漲41%，今年上漲12%。\n", None, "this_year_beside"),
    ],
)
def test_this_year_so_far_beside_a_whole_year_is_the_year_after(
    text: str, year: str | None, evidence: str
) -> None:
    assert own_text_year(text) == (year, evidence)


# Round links15: (1) a value a condition supposes (若…在, 假如…跌破) is hypothetical, a
# forecast; the basis of a calculation or a comparison (若以…計算, 若與…相比) stands already.
# (2) The end of a change told in a clause after its start (將從今年的X，下滑至2030年的Y) is the
# same outlook, whatever later year it writes; a change that ends in the present (縮減到今年的
# Y) has been reached. (3) 今年全年 after a forecast cue in a text of unknown date is the year
# still running, the outlook's; a plain 今年 may state the present anew.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "市場傳出標金可能超過300億元，若實際金額在300~400億元，業者成本將增加。\n",
            {"300~400億元": True},
        ),
        (
            "分析師表示，假如金價跌破1500美元，礦商將減產。\n",
            {"跌破1500美元": True},
        ),
        (
            "甲公司擬配發現金股利1元，若以去年EPS 2.5元計算，配息率約40%。\n",
            {"2.5元": False, "約40%": False},
        ),
        (
            "若與去年同期相比，乙公司營收年增率高達12.5%。\n",
            {"12.5%": False},
        ),
        (
            "研究機構預估，全球銅礦產量將從今年的2,050萬噸，減少至2030年的1,980萬噸。\n",
            {"1,980萬噸": True},
        ),
        (
            "主辦單位預期將有五千名買主到場，展位則從過去的最高600個，縮減到今年的350個。\n",
            {"350個": False},
        ),
        (
            "丙公司今(2019)年第四季營收持平，法人預估，第四季EPS約1.2元，惟將較前一季低，"
            "今年全年EPS約4.8元。\n",
            {"約1.2元": True, "約4.8元": True},
        ),
        (
            "丁展覽預計將於11月登場，主辦單位預期將有三千名買主，今年共有210家廠商參展。\n",
            {"210家": False},
        ),
    ],
)
def test_conditions_change_ends_and_the_running_year_in_an_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links15: a sentence that writes a period of its own with no year (Q2, 本季, 前三季)
# tells the text's present: it takes no year from the plan the sentence before looks to
# (估計2016年完工, 明年將持穩獲利). A sentence with no period of its own still goes on with
# the year before it, a plan's or not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司將為新廠再添一條產線，估計2027年完工，屆時產能可望突破50萬噸。"
            "甲公司Q2營收季增4.5%來到30.2億元。\n",
            {"突破50萬噸": (2027, "same_sentence"), "4.5%": (None, None), "30.2億元": (None, None)},
        ),
        (
            "乙公司今(2024)、明年將持穩獲利。董事長表示，本季將推出每坪單價40萬元的新案。\n",
            {"40萬元": (2024, "continuation")},
        ),
        (
            "丙公司預計2026年營收成長兩成。毛利率也將提升至35%。\n",
            {"35%": (2026, "continuation")},
        ),
    ],
)
def test_a_yearless_period_takes_no_plan_year_from_the_sentence_before(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Round links15: a bracket inside an outlook that opens with a period of its own other than
# the outlook's (…第4季營收暫估持穩(第3季營收4.06億元), …提升至250萬元(上半年約200萬元))
# reports that period, like a clause after a comma; a bracket on the outlook's own period, or
# with no period, stays the outlook's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "展望後市，法人表示，甲公司第4季營收暫估持穩高檔(第3季營收5.12億元、為歷史次高)。\n",
            {"5.12億元": False},
        ),
        (
            "乙公司第4季單月接單有機會提升至約300萬元(上半年約240萬元)，明年可望再增。\n",
            {"約300萬元": True, "約240萬元": False},
        ),
        (
            "預估丙公司第4季營收季增6%(第4季毛利率約31%)。\n",
            {"6%": True, "約31%": True},
        ),
        (
            "預計丁公司明年營收結構為伺服器(45%)、手機(35%)。\n",
            {"45%": True, "35%": True},
        ),
    ],
)
def test_a_bracket_reporting_its_own_period_inside_an_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Round links16: the year of a number on undated results news.
# (1) The text's year: a whole year forecast but compared with 去年 (`Y年營收仍將較去年增長`)
# is the year after 去年, the text's own; a year's shares told as done (`Y年營收比重為…`,
# `（Y年比重約83%）`) report that year, so 今年 is the next; `Y1-Y2年就有機會` is a horizon.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "甲公司今年以來出貨暢旺，第三季營收創高。預估第四季營收季減。"
            "但2015年營收仍將較去年增長1成以上，明年第一季可望回溫。\n",
            "2015",
        ),
        (
            "乙公司第一季營業利益年增8成，較上季成長。"
            "2016年營收比重為塑膠約17%、電子約35%。第二季可望續旺。\n",
            "2017",
        ),
        (
            "丙公司去年光電材料比重已降到2成以下（2016年比重約17%），今年1月營收月減5%。\n",
            "2017",
        ),
        (
            "丁公司2017年營收近15億元、年增5.5%。公司認為2019-2020年就有機會看到車用訂單成長，"
            "今年前4個月營收年增逾1成。\n",
            "2018",
        ),
        # (an estimate with no base of 去年 stays the year it estimates)
        ("法人估算，戊公司2024年的營收有機會達到6億元。\n", "2024"),
    ],
)
def test_text_year_from_a_forecast_year_on_last_year_and_reported_shares(
    text: str, year: str
) -> None:
    assert own_text_year(text)[0] == year


# (2) A date said to be like or unlike the present (`無須如去年降價求售`) is set beside it, not
# the period of the figures after it; the value a change from 去年同期 reaches (`從去年同期的
# 2.7元降為2.4元`, `自去年同期的虧損…轉為盈餘…`) is the period the paragraph reports; a sum
# after `今年以來` in its sentence is of 今年.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司今(2015)年第1季營收達5.9億元。因成本下降，無須如去年降價求售，"
            "帶動毛利率達16.6%、年增4個百分點，EPS達0.5元，優於去年同期的0.3元。\n",
            {
                "16.6%": (2015, "continuation"),
                "0.5元": (2015, "continuation"),
                "0.3元": (2014, "same_sentence"),
            },
        ),
        (
            "丁公司2015年第2季營收10億元，EPS從去年同期的1.5元降為1.1元。\n",
            {"1.5元": (2014, "same_sentence"), "1.1元": (2015, "continuation")},
        ),
        (
            "丙公司公佈上季(2014年7-9月)財報：營益自去年同期的虧損180億日圓轉為盈餘90億日圓。\n",
            {"180億日圓": (2013, "same_sentence"), "90億日圓": (2014, "continuation")},
        ),
        (
            "乙公司今(2015)年以來因客戶拓展，帶動營收成長，累計前三季每股盈餘2.75元、年增62%。\n",
            {"2.75元": (2015, "same_sentence"), "62%": (2015, "same_sentence")},
        ),
        # (a since of 今年 with no running sum after it dates no count: 兩個市場)
        ("己公司今(2014)年以來市場增溫，將可讓兩個市場共榮。\n", {"兩個": (None, None)}),
        # (a span since the entity's own event is still history: no year)
        ("戊公司成立以來，累計出貨300萬台。\n", {"300萬台": (None, None)}),
    ],
)
def test_like_last_year_change_ends_on_last_year_and_this_year_so_far(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links17: a paragraph (or list item) that opens with a word referring back to the one
# before (其…, 該公司同期…, 該季…) continues its period; one that opens otherwise, or with
# 其他/其實, does not, and a paragraph right after a heading continues nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司2024年第四季營收達28億元，年增8%。\n\n其每股盈餘為2.1元，高於市場預估。\n",
            {"2.1元": (2024, "continuation")},
        ),
        (
            "* 乙公司公布2023年第三季財報，營收5.2億美元。\n"
            "* 該公司同期營業利益8000萬美元，年增12%。淨利6000萬美元。\n",
            {
                "8000萬美元": (2023, "continuation"),
                "12%": (2023, "continuation"),
                "6000萬美元": (2023, "continuation"),
            },
        ),
        (
            "丙公司2022年營收為40億元。\n\n其他業者的營收約10億元。\n",
            {"約10億元": (None, None)},
        ),
        (
            "丁公司2021年營收為30億元。\n\n市場上的業者營收約10億元。\n",
            {"約10億元": (None, None)},
        ),
    ],
)
def test_a_paragraph_that_refers_back_continues_the_period_before(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links17: a quarter said again without its year right after the paragraph that wrote it
# with its year is that quarter still, not the text's present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "* 甲公司2024年第四季每股盈餘0.8美元，低於預期。\n"
            "* 第四季度營收12億美元，年減5%。\n"
            "* 甲公司預計2025年第一季營收10億美元。\n",
            # since dates25 the repeated quarter is itself dated 2024 (`_quarter_told_before`),
            # so the values take it from their own sentence
            {"12億美元": (2024, "same_sentence"), "5%": (2024, "same_sentence")},
        ),
        # (since dates27 a part alone in the body of a text that tells a part of its year is
        # itself dated with that year, so the values take it from their own sentence)
        (
            "乙公司2023年上半年營收為8億元。\n\n上半年毛利率為21%。\n",
            {"21%": (2023, "same_sentence")},
        ),
        # another quarter than the one written before: the text's own year, as before
        (
            "丙公司2024年第三季營收3億元。\n\n第四季營收約3.5億元。\n",
            {"約3.5億元": (2024, "same_sentence")},
        ),
    ],
)
def test_a_quarter_said_again_without_its_year_is_the_one_written_before(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# dates54: a quarter still ahead (將提升) alone after a year that heads its own sentence
# (2024年，…) is not carried back to the year an earlier sentence wrote it with: the value takes
# the frame's year as a nearby year, not the earlier quarter's; a quarter told as done after an
# outlook sentence, and the quarter reported in a call (2018年第一季度的指引 is told in passing),
# keep the year told before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司2023年第四季度營收成長至12億元。\n\n2024年，公司將擴大投資。\n\n"
            "第四季度各廠產能利用率將提升至90%。\n",
            {"12億元": (2023, "same_sentence"), "90%": (2024, "anchor")},
        ),
        (
            "乙公司2017年第四季度的運營及2018年第一季度的指引。\n\n第四季度營收環比增長10.1%。\n",
            {"10.1%": (2017, "same_sentence")},
        ),
        (
            "2023年第四季前十大晶圓代工營收季增7.9%。\n\n2024年營收有望年增12%。\n\n"
            "甲廠第四季晶圓出貨較第三季成長，帶動營收季增14%。\n",
            {"14%": (2023, "same_sentence")},
        ),
    ],
)
def test_a_lone_quarter_after_a_new_frame_year_does_not_move_its_values_back(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# dates55: a year named in passing as a comparison's low or high base (加以去年…基期偏低影響,
# 因2023年基期低) no longer dates the lone quarter after it, so the quarter's values take the
# text's own year (a 主計總處 release had moved them to 去年).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "106年第3季國民所得統計\n\n主計總處發布106年第3季國民所得統計。"
            "加以去年颱風干擾及中秋連假基期偏低影響，第3季商品出口擴增17.52%。\n",
            {"17.52%": (2017, "same_sentence")},
        ),
        (
            "2024年1月20日\n\n因2023年基期低、需求可望走出谷底，第二季出口年增12%。\n",
            {"12%": (2024, "anchor")},
        ),
    ],
)
def test_a_base_year_in_passing_does_not_date_the_quarters_values(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links18: news spaced around its digits (cnyes) writes a trading day as ``4 日``; a price,
# a volume or a move stated as of that day is the text's day, of the year the text fixes
# (null where it fixes none), as ``4日`` already was. A month's day stays its own date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司自結 2024 年 8 月稅後純益 4382 萬元。\n\n"
            "甲公司股價 4 日拉出長紅棒，終場收在 60 元，並站上所有均線。\n",
            {"60 元": (2024, "anchor")},
        ),
        (
            "乙公司公布 2023 年 9 月營收 5 億元。\n\n"
            "乙公司周五 (6 日) 收在 32.5 元，外資買超 800 張。\n",
            {"32.5 元": (2023, "anchor"), "800 張": (2023, "anchor")},
        ),
        # a text that fixes no year: the day's figures stay open
        ("丙公司今年 8 月營收 3 億元。\n\n丙公司 4 日終場收在 45 元。\n", {"45 元": (None, None)}),
        # a day of a written month is a date of its own
        (
            "丁公司 2022 年 3 月營收 2 億元。\n\n10 月 4 日外資賣超 300 張。\n",
            {"300 張": (2022, "same_sentence")},
        ),
        # a count of days is no day: 30 日內 stays a span
        (
            "戊公司 2024 年 6 月營收 1 億元。\n\n公司須於 30 日內補足 5 億元。\n",
            {"5 億元": (None, None)},
        ),
    ],
)
def test_a_spaced_trading_day_dates_its_prices_to_the_texts_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links18: a value right after the name of a comparison base's measure (超越2023年全年營收
# 110.26億元) is the base's own value and takes its year; a change after the measure
# (較2023年營收成長20%) is still the sentence's period
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司 2024 年 1-9 月營收 111.8 億元，已超越 2023 年全年營收 110.26 億元。\n",
            {"111.8 億元": (2024, "same_sentence"), "110.26 億元": (2023, "same_sentence")},
        ),
        (
            "丙公司2024年營收 50 億元，高於 2023 年全年營收 40 億元的水準。\n",
            {"50 億元": (2024, "same_sentence"), "40 億元": (2023, "same_sentence")},
        ),
        ("乙公司2024年營收較2023年營收成長20%。\n", {"20%": (2024, "same_sentence")}),
    ],
)
def test_a_value_after_the_measure_of_a_base_is_the_bases(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links18: figures said to meet the results call's guidance (符合法說預期) and the readings of a
# survey's outlook index (未來六個月展望指數) are reported, not forecast; the guidance itself and
# a plain outlook still are
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司第三季營收 149.49 億元，季增 2.04%，符合法說預期，"
            "前 9 月營收 434.73 億元、年減 12%。\n",
            {"434.73 億元": False, "12%": False},
        ),
        ("乙公司營收 30 億元，優於財測預估，毛利率 25%。\n", {"25%": False}),
        ("丙公司預期第四季營收 150 億元。\n", {"150 億元": True}),
        (
            "9 月製造業 PMI 回跌 4.4 個百分點至 49.2%，未來六個月展望指數也轉為緊縮，"
            "跌 5.3 個百分點至 47.5%。\n",
            {"5.3 個百分點": False, "47.5%": False},
        ),
        ("公司未來三年營收將成長 20%。展望明年，營收可望成長 10%。\n", {"20%": True, "10%": True}),
    ],
)
def test_met_guidance_and_an_outlook_index_are_reported(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links19: the quarter a text reports, named by its place (首季) or pointed at (單季, 本季), is of
# the text's own year when its sentence writes no period and continues none; none when the text
# fixes no year. A base after 上季 is the quarter before the one its sentence reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲控股 2023 年首季營收下滑。\n\n乙事業群首季營收 24.76 億元，季減 9.25%。\n",
            # the bare 首季 is itself dated 2023 now (dates27: a bare part takes the year the
            # text tells that part in), so the link comes from the sentence's own date
            {"24.76 億元": (2023, "same_sentence"), "9.25%": (2023, "same_sentence")},
        ),
        (
            "甲控股 2023 年首季營收 100 億元。\n\n"
            "業外部分，單季認列的投資收益為 3.5 億元，年增 12%。\n",
            {"3.5 億元": (2023, "continuation"), "12%": (2023, "continuation")},
        ),
        # a text with no year of its own: the pointed-at quarter dates nothing
        (
            "丙公司本季毛利率為 31.2%，單季淨利 2 億元。\n",
            {"31.2%": (None, None), "2 億元": (None, None)},
        ),
        (
            "丁銀行 2023 年第一季淨利差為 1.4%，較去年同期的 1.21% 提升；"
            "淨利差較上季的 1.46% 下降。\n",
            {
                "1.4%": (2023, "same_sentence"),
                "1.21%": (2022, "same_sentence"),
                "1.46%": (2022, "same_sentence"),
            },
        ),
        (
            "戊銀行 2023 年第三季淨利差 1.5%，較上一季的 1.45% 上升。\n",
            {"1.45%": (2023, "same_sentence")},
        ),
    ],
)
def test_a_quarter_named_by_its_place_or_pointed_at(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links19: the values of a comparison base keep the base's year when a sign word stands before
# the value (去年第四季的正 5.7%) or when they are listed right after the base's first value
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲車廠 2023 年第一季毛利率為負 2.5%，低於去年第四季的正 5.7%。\n",
            {"負 2.5%": (2023, "same_sentence"), "5.7%": (2022, "same_sentence")},
        ),
        (
            "乙銀行 2023 年第一季存放利差及淨利差分別為 1.54% 及 1.16%，"
            "比起去年同期的 1.65%、1.25% 都下滑。\n",
            {
                "1.16%": (2023, "same_sentence"),
                "1.65%": (2022, "same_sentence"),
                "1.25%": (2022, "same_sentence"),
            },
        ),
        # a period named as the level kept (維持去年下半年高檔水準) is a base, no period of the
        # figures after it
        (
            "丁公司 2023 年第一季營收 2.3 億元，毛利率維持去年下半年高檔水準，"
            "稅後純益 3800 萬元。\n",
            {"3800 萬元": (2023, "same_sentence")},
        ),
    ],
)
def test_signed_and_listed_values_of_a_base(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# links19: a number after the other years of a series (其他年度) or after a vague period (近年)
# measures no single written year; a later change of a sentence runs over the span its first
# dated change set; an age class (屋齡 10 年內) is no span of the number
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "茶葉出口量 2019 年因疫情降為 60 千噸外，其他年度均維持在 70 至 80 千噸之間。\n",
            {"60 千噸": (2019, "same_sentence"), "80 千噸": (None, None)},
        ),
        (
            "咖啡進口量 2023 年增加至 50 千噸，如以進口值來看，烘焙豆近年進口值超過 30 億元。\n",
            {"50 千噸": (2023, "same_sentence"), "超過 30 億元": (None, None)},
        ),
        (
            "進口米由 2013 年的 120 千噸增加至 2023 年的 180 千噸，"
            "國產米同期間由 900 千噸減少至 850 千噸。\n",
            {"900 千噸": (2013, "same_sentence"), "850 千噸": (2023, "same_sentence")},
        ),
        (
            "外銷比重 2017 年從 10.8% 降至 8.1%。\n",
            {"10.8%": (2016, "same_sentence"), "8.1%": (2017, "same_sentence")},
        ),
        (
            "2024 年第二季全國住宅中，屋齡 20 年內的住宅比例僅有 18.5%。\n",
            {"18.5%": (2024, "same_sentence")},
        ),
        ("2024 年起，未來 5 年內營收年增率 8%。\n", {"8%": (None, None)}),
    ],
)
def test_other_years_vague_periods_and_a_sentences_span(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links19: a day written as 昨(25)日 or 今(26)日 and 截稿前 are the text's present: the values of
# their sentence take the year the text establishes
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司 2023 年首季獲利成長。\n\n台股昨 (25) 日終場上漲 132 點，收在 16300 點。\n",
            {"16300 點": (2023, "anchor")},
        ),
        (
            "乙車廠公布 2023 年第一季財報。\n\n"
            "截稿前，乙車廠盤前股價下跌 3.2%，每股暫報 9.15 美元。\n",
            {"9.15 美元": (2023, "anchor")},
        ),
        # no year fixed: still none
        ("台股昨 (25) 日終場上漲 132 點，收在 16300 點。\n", {"16300 點": (None, None)}),
    ],
)
def test_yesterday_bracketed_and_press_time_are_the_present(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links19: a headline's relative year resolved only against the latest year the text writes
# (no date or own year stated) heads none of the paragraphs under it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "去年咖啡進口量50千噸 美國占比40%居冠\n\n"
            "根據統計，咖啡進口量 2013 年約 20 千噸，2023 年則增加至 50 千噸。\n\n"
            "以來源來看，美國占 40% 為大宗，巴西占比 25.5% 居第二。\n",
            {"25.5%": (None, None), "約 20 千噸": (2013, "same_sentence")},
        ),
        # a headline year written out still heads the paragraphs
        (
            "2023年咖啡進口量50千噸\n\n以來源來看，美國占 40% 為大宗，巴西占比 25.5% 居第二。\n",
            {"25.5%": (2023, "heading")},
        ),
        # links20: ... unless the text gives figures of the year the headline counts from
        # (its own year, written out and reported, not planned nor told as history): the
        # text then states its year, and its headline's relative date heads the paragraphs
        (
            "2月12日美股成交額前20：甲公司今年利潤或將大增\n\n"
            "乙公司公佈 2025 年 1 月營收 56 億美元，年增 10%。\n\n"
            "第 2 名丙公司收跌 1.25%，成交 208.37 億美元。\n",
            {"208.37 億美元": (2025, "heading")},
        ),
        # (a year written only for a plan or for history fixes nothing: no heading period)
        (
            "美國1月PPI超預期 降息恐延後\n\n"
            "分析師認為降息或將延至 2026 年，屆時利率可能降至 3.5%。\n\n"
            "核心 PPI 環比上漲 0.3%，符合預期。\n",
            {"0.3%": (None, None)},
        ),
        (
            "美國1月PPI超預期\n\n"
            "甲公司成立於 2023 年，資本額 5 億元。\n\n"
            "核心 PPI 環比上漲 0.3%，符合預期。\n",
            {"0.3%": (None, None)},
        ),
    ],
)
def test_a_guessed_headline_year_heads_no_paragraph(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links19: figures set beside the expectation they beat (與華爾街預期比較如下, 與…普遍估計相比)
# are reported, the expectation itself forecast; 遠低市場預期 compares; a headline restating a
# body target is a forecast with no year of its own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲零售當季財報與華爾街預期比較如下：\n\n●每股獲利 3.67 美元，高於預期的 3.44 美元\n",
            {"3.67 美元": False, "3.44 美元": True},
        ),
        (
            "乙零售當季財報與分析師的普遍估計相比如下：\n\n"
            "●營收 253 億美元，高於預期的 250 億美元\n",
            {"253 億美元": False, "250 億美元": True},
        ),
        ("丙車廠 2023 年第一季營收遠低市場預期，同時交車量年減近 5 成。\n", {"近 5 成": False}),
    ],
)
def test_results_beside_an_expectation_are_reported(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


def test_a_restated_headline_target_has_no_year(tmp_path: Path) -> None:
    text = "甲建商擬現增籌資9.5億元\n\n甲建商看好 2024 年房市，擬發行現增股募集 9.5 億元。\n"
    heads = [q for q in _quantities(tmp_path, text) if q.span.start < text.index("\n")]
    assert [(q.text, q.year, q.is_forecast) for q in heads] == [("9.5億元", None, True)]


# links19: a digest's link to the full story (閱讀全文...) ends an item: the next item's headline,
# written with no stop between, takes no period from the item before it; its own date still dates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "乙公司 2023 年第二季營收占比會逐季提高，毛利率 20%。"
            "閱讀全文...丙銀行海外曝險約 3476 億元\n",
            {"20%": (2023, "same_sentence"), "約 3476 億元": (None, None)},
        ),
        (
            "甲公司 2023 年第二季營收 10 億元。閱讀全文... 4 月房貸餘額年增率跌破 5%\n",
            {"跌破 5%": (2023, "same_sentence")},
        ),
        # links20: the item still stands under the digest's title: the title's date heads it
        (
            "財經要聞摘要2023年05月24日\n\n"
            "乙公司營收占比會逐季提高，導致美股主指週二全數收黑。"
            "閱讀全文...精品消費有壓 丙集團創辦人身價一夕失血 110 億美元\n",
            {"110 億美元": (2023, "heading")},
        ),
        (
            "財經要聞摘要2023年05月24日\n\n"
            "乙公司 2022 年毛利率 20%。閱讀全文...丙集團市值一夜蒸發 110 億美元\n",
            {"20%": (2022, "same_sentence"), "110 億美元": (2023, "heading")},
        ),
    ],
)
def test_a_digest_item_ends_at_its_read_more_link(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links21: a year the value is ranked since (records kept since then), a span of years or a
# bound that qualifies a noun (no one year), a sentence that sets its own frame (近年來,
# 較3年前), the high of a base, and an example's year — none of them the value's period
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # records kept since a year rank the value; they are no period of it
        (
            "丁國製造業存貨指數升至 118.2%，較前月增加 6.4 個百分點，創 1982 年有統計以來新高。\n",
            {"118.2%": (None, None), "6.4 個百分點": (None, None)},
        ),
        (
            "戊國出口額達到 2010 年開始編制相關資料以來最高的 560 億美元。\n",
            {"560 億美元": (None, None)},
        ),
        # a year whose own figure sets a record keeps its year (no record-keeping word)
        ("甲公司 2022 年營收 88 億元，創上市以來新高。\n", {"88 億元": (2022, "same_sentence")}),
        # a span of years set in the sentence before: no one year to continue
        (
            "己公司除 2021 年完工的兩案外，2022-2024 年也有建案陸續完工。"
            "同時，新推出的住宅案預估總銷 35 億元。\n",
            {"35 億元": (None, None)},
        ),
        # … a single year before is still continued
        (
            "己公司 2022 年有三個建案完工。同時，住宅案總銷 35 億元。\n",
            {"35 億元": (2022, "continuation")},
        ),
        # a bound that qualifies a noun: what stands for the years up to then
        (
            "庚公司 2027 年以前的訂單均已確定，產能利用率達到 92%。\n",
            {"92%": (None, None)},
        ),
        # a deed done by then keeps the bound's year (在…以前，已經…)
        (
            "在 2015 年以前，庚公司已經將舊廠房出售約 80%。\n",
            {"約 80%": (2015, "same_sentence")},
        ),
        # the sentence's own frame: a vague period or a span of years back
        (
            "辛銀行於 2016 年 3 月新設一家分行。該國近年來經濟成長率均維持在 6% 以上。\n",
            {"6% 以上": (None, None)},
        ),
        (
            "壬公司預計 2024 年將是平穩的一年。該公司的年營收較 5 年前增加約 120 億元。\n",
            {"約 120 億元": (None, None)},
        ),
        # the high or low of a base is the base's own value
        (
            "乙幣匯價 2024 年 6 月跌至 0.205 元，比起 2023 年的高點 0.248 元明顯走低。\n",
            {"0.205 元": (2024, "same_sentence"), "0.248 元": (2023, "same_sentence")},
        ),
    ],
)
def test_since_records_spans_bounds_and_own_frames(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links21: an example's year dates the figures of its own sentence, and of a sentence that
# says it continues (其中); a new statement after it takes no year from it, and the text's own
# year is not read from it (the example may be years behind the text)
@pytest.mark.parametrize(
    ("text", "expected", "own_year"),
    [
        (
            "以房企甲集團 2021 年的數據為例，已售未完工的住宅約 40 萬戶。"
            "據分析師估算，化解危機約需要 2 兆元的資金。\n",
            {"約 40 萬戶": (2021, "same_sentence"), "約需要 2 兆元": (None, None)},
            None,
        ),
        (
            "以甲公司 2021 年的財報為例，營收約 500 億元。其中海外營收占 62%。\n",
            {"約 500 億元": (2021, "same_sentence"), "62%": (2021, "continuation")},
            None,
        ),
        # a year written as reported, not as an example, still dates the text
        (
            "甲公司 2021 年營收約 500 億元。分析師估算，新廠約需要 2 兆元的資金。\n",
            {"約 500 億元": (2021, "same_sentence")},
            "2021",
        ),
    ],
)
def test_an_examples_year_dates_its_own_sentence_only(
    tmp_path: Path, text: str, expected: Expected, own_year: str | None
) -> None:
    _check(tmp_path, text, expected)
    assert own_text_year(text)[0] == own_year


# links21: a sentence that counts since a year measures the whole span (a later year in it is
# one of its occurrences); the market's aspiration (期許) is an outlook; a value followed by
# the forecasters' median (預測中位數) is that forecast
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "統計自 1990 年以來，央行暫停升息後股市平均上漲 8.5%，僅在 2008 年表現落後。\n",
            {"8.5%": (None, None)},
        ),
        # no since before it: the later year still dates the number
        (
            "出口至美國的金額為 1113 億美元，源自於 2024 年的訂單。\n",
            {"1113 億美元": (2024, "same_sentence")},
        ),
    ],
)
def test_a_sentence_counting_since_a_year_takes_no_later_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乙投顧分析，市場對甲公司的期許是第四季營收季增 5-10%。\n", {"5-10%": True}),
        (
            "丁國 9 月 CPI 年增 0.5%，低於經濟學家調查中 0.7% 的預測中位數。\n",
            {"0.5%": False, "0.7%": True},
        ),
    ],
)
def test_an_aspiration_and_a_forecasters_median_are_outlooks(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links21: a per-year measure in the number's clause is of every year (no year continued
# or read later in the sentence); a year-back base (去年同期) of a value whose sentence
# continues a dated period is the year before that period, even when the text's own year
# (one later) resolved 去年 to the period itself
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司 2023 年營收 100 億元。全球市場每年維持 6%-9% 成長，明年可望持續。\n",
            {"6%-9%": (None, None), "100 億元": (2023, "same_sentence")},
        ),
        (
            "乙公司 2022 年營收 80 億元。其中海外營收年均成長 12%。\n",
            {"12%": (None, None)},
        ),
        (
            "丙公司 2023 年營收 120 億元，年增 5%。"
            "其中海外營收 45 億元，較去年同期的 38 億元成長 18%。\n",
            {
                "45 億元": (2023, "continuation"),
                "38 億元": (2022, "same_sentence"),
                "18%": (2023, "continuation"),
            },
        ),
        # a quarter of the same year as the base keeps its year
        (
            "丁公司 2023 年第二季營業費用約 29 億元，較第一季（27 億元）上升。\n",
            {"27 億元": (2023, "same_sentence")},
        ),
    ],
)
def test_per_year_measures_and_year_back_bases(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links22: 將 as the object marker of a change (將 + an object holding a figure or 從/由 +
# a change verb) tells no tense, so it is no forecast cue; 將 as the future (將從, 將逐季),
# a forecast word, an object naming a period (a forecaster revising its estimate) or a
# period written before 將 in its clause keep the outlook
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丙國央行將基準利率從 1.5% 上調至 2.25%，房貸利率隨之走高。\n",
            {"1.5%": False, "2.25%": False},
        ),
        ("乙國國會同意將政府 20 兆元的舉債上限提高一年。\n", {"20 兆元": False}),
        ("甲公司營收將從 50 億元增至 80 億元。\n", {"80 億元": True}),
        ("甲公司毛利率將逐季提升至 35%。\n", {"35%": True}),
        ("甲公司預計將資本支出從 60 億元上調至 75 億元。\n", {"75 億元": True}),
        ("乙投顧將甲公司第三季營收季增幅度下修為 1 成。\n", {"1 成": True}),
        ("甲公司 2030 年將成熟製程佔營收比重從 3% 提升至 8%。\n", {"8%": True}),
    ],
)
def test_an_object_marker_jiang_is_no_forecast_cue(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links57: 將 after 曾 (a deed done, as after 已) or after a modal (可將, 可以將, 能夠將: what a
# thing can do; no modal precedes the future 將), and 將 whose object an arithmetic verb follows
# (將…乘以, 除以: the operand of a computation), mark the object, no tense; a noun ending in 可
# before the future 將 (許可將於…) and a plain 將 keep the outlook
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乙投資公司曾將旗下基金合計超過 12 億元的存款存於丙銀行。\n", {"超過 12 億元": False}),
        ("甲公司推出新款電池，可將客車電池壽命延長至 15 年。\n", {"15 年": False}),
        ("如果我們將全球人口乘以一千倍，數位人口都需要運算。\n", {"一千倍": False}),
        ("分析師將每股盈餘除以 25 倍本益比。\n", {"25 倍": False}),
        ("甲公司新產線將於明年量產，月產能將達 3 萬片。\n", {"3 萬片": True}),
        ("丙公司的藥證許可將延長 5 年。\n", {"5 年": True}),
    ],
)
def test_a_jiang_after_a_past_word_or_a_modal_marks_the_object(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links22: the start of a revision of an estimate (下修/上修 from a value called the earlier
# one, 原先/原本) is the earlier estimate, an outlook too; a statistic revised from its first
# reading (由 2.9% 上修至 3.1%, no 原先) names no estimate
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丁國央行預估，今年經濟成長率從原先的 2.1% 下修至 1.8%。\n",
            {"2.1%": True, "1.8%": True},
        ),
        (
            "乙投顧將第三季營收季增率由原本季增 10~15% 下修至 5~8%。\n",
            {"10~15%": True, "5~8%": True},
        ),
        ("丁國第一季 GDP 成長率由 2.9% 上修至 3.1%。\n", {"2.9%": False}),
    ],
)
def test_the_start_of_a_revised_estimate_is_an_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links22: a move told as done (連日大漲, 已上漲) in a clause after an outlook's clause starts
# a new statement: the figures after it are no outlook unless a cue follows the move
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司新產品預計將逐步出貨，成為營運新動能，股價連日大漲，最高來到 88.5 元。\n",
            {"88.5 元": False},
        ),
        (
            "乙公司預估新廠將貢獻營收，股價已上漲兩成，法人預估目標價 120 元。\n",
            {"120 元": True},
        ),
        ("丙公司預估下半年股價大漲，上看 75 元。\n", {"75 元": True}),
    ],
)
def test_a_move_told_as_done_after_an_outlook_is_a_new_statement(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links24: an object marker whose object opens with a period already past (a statistic
# revised: 將去年11月份的…從A上修至B) or whose clause writes only a past relative period
# before 將 (上個月將…從A調降至B) tells a deed, no plan; a period to come keeps the outlook
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丁國統計局將去年 10 月份的失業人數從 32.5 萬人下修至 30.1 萬人。\n",
            {"32.5 萬人": False, "30.1 萬人": False},
        ),
        (
            "戊國央行上個月將政策利率從 4.5% 調降至 4.25%，市場反應平淡。\n",
            {"4.5%": False, "4.25%": False},
        ),
        ("乙投顧將今年第四季營收季增幅度下修為 8%。\n", {"8%": True}),
        ("甲公司明年將研發費用從 12 億元提高至 15 億元。\n", {"15 億元": True}),
    ],
)
def test_an_object_marker_after_a_past_period_tells_a_deed(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links24: a 分別 list whose values are as many as the periods of the cue's own clause runs
# over those, not over a period an earlier clause of the sentence wrote
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "乙券商維持甲公司 2024 年預估不變，並將 2025-2027 年每股盈餘分別上調 6%/4%/3%。\n",
            {"6%": (2025, "list_order"), "4%": (2026, "list_order"), "3%": (2027, "list_order")},
        ),
        (
            "甲公司 2022 年及 2023 年虧損，2024 年、2025 年營收分別為 12 億元、15 億元。\n",
            {"12 億元": (2024, "list_order"), "15 億元": (2025, "list_order")},
        ),
    ],
)
def test_a_list_runs_over_the_periods_of_its_own_clause(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links24: a 其中 breakdown takes the outlook of the period it continues only when the
# sentence it opens after is that outlook (or states no figure), not when that sentence
# tells its figures as they stand
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司 2024 年第 1 季營收年增 12%，"
            "預估第 2 季營收可望季增逾 1 成，達 2024 年以來高點。"
            "甲公司目前營收結構為伺服器約 4 成、筆電約 3 成。"
            "其中伺服器營收結構為美國約 6 成、歐洲 2 成。\n",
            {"約 6 成": False, "2 成": False, "逾 1 成": True},
        ),
        (
            "乙公會預估 2025 年產值可達 3,200 億元。其中設計業 1,100 億元，封測業 600 億元。\n",
            {"1,100 億元": True, "600 億元": True},
        ),
    ],
)
def test_a_breakdown_after_a_sentence_told_as_reached_is_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links24: a fiscal year glossed by its months in a bracket (2023年度；2023年4月-2024年3月)
# dates the numbers after it by the year named, not by the year its last month falls in;
# a span of months with no fiscal year named keeps its end
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丙公司公佈上年度（2023年度；2023年4月-2024年3月）財報，"
            "營收年增 8.5% 至 1.2 兆日圓。\n",
            {"8.5%": (2023, "same_sentence"), "1.2 兆日圓": (2023, "same_sentence")},
        ),
        (
            "丙公司預估今年度（2024財年，2024年4月至2025年3月）營收將年增 5% 至 1.3 兆日圓。\n",
            {"5%": (2024, "same_sentence"), "1.3 兆日圓": (2024, "same_sentence")},
        ),
        (
            "丁公司 2023年4月-2024年3月累計營收 500 億元。\n",
            {"500 億元": (2024, "same_sentence")},
        ),
    ],
)
def test_a_fiscal_year_glossed_by_its_months_is_the_year_named(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links24: in an outlook, a level the outlook nears (趨近去年的X) and a dated base's value in
# brackets right after it (較2022年（X）衰退) are the bases' values, already reached
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "法人預估，甲公司今年每股股利可望趨近去年的 2.8 元水準。\n",
            {"2.8 元": False},
        ),
        (
            "乙協會預估 2023 年出貨量近 520 萬臺，可能較 2022 年（560 萬臺）衰退 7.1%。\n",
            {"560 萬臺": False, "近 520 萬臺": True, "7.1%": True},
        ),
        (
            "丙機構預估今年全球電視出貨量可能較去年小幅增減（1%上下）。\n",
            {"1%上下": True},
        ),
    ],
)
def test_a_level_neared_and_a_bracketed_dated_base_are_reached(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links24: a change from a period word glossed by a date in brackets (自前一年度（2022年度）
# 的虧損X轉為盈餘Y): the date is the start's, the value reached is not of it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丁公司 2023 年度營益自前一年度（2022年度）的虧損 8 億元轉為盈餘 12 億元。\n",
            {"8 億元": (2022, "same_sentence"), "12 億元": (2023, "continuation")},
        ),
    ],
)
def test_a_change_from_a_glossed_period_word_reaches_a_value_of_its_own(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links23 (the changes of the session that started at 2903e46c, diffed link by link on
# undated news): what a round gained must not take away the rows below.
# A crisis year (dates32: history, no text year) still dates the figures its clause tells of
# that year; it is history for them only when the clause compares with it (與…相當) or tells
# a span after or since it (金融海嘯後). An example's year (links21) is continued by a
# sentence that points back at it with 當時. A compound rate (年均成長率) is no per-year
# frame (links21): it takes the end year of its span (FORMAT).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "回顧房市歷年交易，共出現三次大幅量縮，分別是2001年受到景氣衝擊，年減18.5%，"
            "以及2008年金融海嘯，年減21.4%。\n",
            {"18.5%": (2001, "same_sentence"), "21.4%": (2008, "same_sentence")},
        ),
        (
            "外資表示，2000年網路泡沫期間，科技股指數下跌62%。\n",
            {"62%": (2000, "same_sentence")},
        ),
        (
            "分析師警告，這次衰退的程度可能與2008年金融危機相當，股市市值將縮水38%。\n",
            {"38%": (None, None)},
        ),
        (
            "2008年金融海嘯後，該公司營收曾一度減少35%。\n",
            {"35%": (None, None)},
        ),
        (
            "以2013年為例，當時市場一度恐慌，股市下跌12%。值得一提的是，當時公債卻逆勢上漲"
            "5.2%，黃金上揚3.1%。\n",
            {"12%": (2013, "same_sentence"), "5.2%": (2013, "continuation")},
        ),
        (
            "以2013年為例，當時市場一度恐慌，股市下跌12%。據估算，要恢復信心需要2兆美元。\n",
            {"2兆美元": (None, None)},
        ),
        (
            "研究機構估計，東南亞電商市場年均成長率將達18%，使市場規模在2027年達到2,300億美元。\n",
            {"18%": (2027, "same_sentence"), "2,300億美元": (2027, "same_sentence")},
        ),
        (
            "全球感測器市場規模每年維持6%-7%成長幅度，2015年可望突破300億美元。\n",
            {"6%-7%": (None, None)},
        ),
    ],
)
def test_crisis_years_example_years_and_compound_rates(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links23: the present said after a history year in the same sentence (如今, 現轄) measures
# the text's own year, not the history year
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今(2023)年市況回溫。該市位於省境北部，1957年建市，現轄三個縣及兩個區。\n",
            {"三個": (2023, "anchor")},
        ),
        (
            "今(2023)年業績看增。該公司1998年成立，如今員工已超過3,200人。\n",
            {"超過3,200人": (2023, "anchor")},
        ),
        (
            "今(2023)年業績看增。該公司1998年成立，當年員工僅120人。\n",
            {"120人": (1998, "same_sentence")},
        ),
    ],
)
def test_the_present_after_a_history_year(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# links23: a span of months across one turn of the year is the months up to its end, which
# the next sentence may continue; a span of whole years (links21) is not
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "自2022年11月至2023年4月，該公司累計遭處分三次。總計罰鍰達480萬元。\n",
            {"480萬元": (2023, "continuation")},
        ),
        (
            "2021年至2023年，該基金累計流入資金。同時，海外資金達15億元。\n",
            {"15億元": (None, None)},
        ),
    ],
)
def test_a_span_of_months_across_a_year_turn_is_continued(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# dates34: periods joined by slashes, then 的 and as many values joined by slashes, pair
# one to one (the slash is the list's 分別); a period written before with its own value keeps it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "法人預估丙公司車用占比將從2023年的11%，提升至2024年下半年/2025年下半年/2026年的"
            "26%/36%/40%。\n",
            {
                "11%": (2023, "same_sentence"),
                "26%": (2024, "list_order"),
                "36%": (2025, "list_order"),
                "40%": (2026, "list_order"),
            },
        ),
    ],
)
def test_slash_joined_periods_and_values_pair_in_order(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links25: an expectation a result beat, missed or met (超出了分析師的預期, 優於市場預估, 不如
# 預期) is told of a result already out: its 預期 is no outlook for the clauses after it; a
# number named as the expectation is still one (高於預期的16%). A long-run or historical average
# an outlook is measured on (低於10%的長期年平均水準) is reported, not projected.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲銀行第一季的交易收入也超出了分析師的預期，財富管理手續費收入成長24%，高於預期的15%。\n",
            {"24%": False, "15%": True},
        ),
        (
            "乙公司上季營收不如法人預估，毛利率降至18.5%。\n",
            {"18.5%": False},
        ),
        (
            "丙公司上月出貨優於市場的預測，年增9%。\n",
            {"9%": False},
        ),
        # (an outlook named without a comparison stays one)
        (
            "分析師預期，丁公司下季營收將年增12%。\n",
            {"12%": True},
        ),
        (
            "多數經濟學家認為，未來12個月房價將僅上漲3.5%，低於7%的長期年平均水準。\n",
            {"3.5%": True, "低於7%": False},
        ),
        (
            "研究機構預估明年全球出貨將成長6%，高於過去十年平均的2.8%。\n",
            {"6%": True, "2.8%": False},
        ),
    ],
)
def test_a_beaten_expectation_and_a_long_run_average_are_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links25: 將 before a change of an object with no figure in it (將報價提高至265美元) marks the
# object of a deed when its clause writes a past period before it (上個月, 本月初); with no such
# period, or with one to come, it still tells the future.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲公司上個月將收購價提高至58美元。\n", {"58美元": False}),
        ("央行本月初將重貼現率調升半碼（12.5個基點）。\n", {"12.5個基點": False}),
        ("央行本月初將重貼現率從1.875%調升至2%。\n", {"2%": False}),
        ("乙公司明年將收購價提高至58美元。\n", {"58美元": True}),
        ("丙公司將收購價提高至58美元。\n", {"58美元": True}),
    ],
)
def test_jiang_before_an_unnumbered_object_after_a_past_period(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links25: a deadline a plan must meet (在2027年之前生產, 2026年前完成) is no period the next
# sentence's figures continue; a sentence of the present (近期, 目前) measures the text's own
# year, not the year of the sentence before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今(2023)年機器人銷售放緩。執行長說，公司希望在2028年之前量產人形機器人。"
            "他表示，客戶可以以低於4萬美元的價格購買。\n",
            {"低於4萬美元": (None, None)},
        ),
        (
            "今(2023)年機器人銷售放緩。該公司計畫2026年前完成新廠。新廠面積約3萬坪。\n",
            {"約3萬坪": (None, None)},
        ),
        # (a date that bounds nothing is still continued)
        (
            "今(2023)年機器人銷售放緩。該公司2026年完成新廠。新廠面積約3萬坪。\n",
            {"約3萬坪": (2026, "continuation")},
        ),
        (
            "今(2024)年市況回溫。該公司2021年股價大漲45%。近期公司宣布擴建產線，初期投資額為30億元。\n",
            {"45%": (2021, "same_sentence"), "30億元": (2024, "anchor")},
        ),
    ],
)
def test_a_deadline_is_not_continued_and_a_recent_sentence_is_the_texts_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links25: a clause 繼…後 inside an outlook (預計，繼7月成長0.3%後，8月…將達到0.2%) tells the step
# before the one projected: its figure is reached; 繼續 (goes on) is no such clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受訪經濟學家預計，繼7月成長0.3%後，8月增幅將達到0.2%。\n", {"0.3%": False, "0.2%": True}),
        ("市場預估，繼上季營收年增15%之後，本季可望再成長8%。\n", {"15%": False, "8%": True}),
        ("公司預計明年營收將繼續成長10%，毛利率維持30%。\n", {"10%": True, "30%": True}),
    ],
)
def test_the_step_before_an_outlook_is_reached(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links26: a research note that writes its years with two digits only (24Q4, 24年12月, 25H1)
# still dates its numbers: the form fixes the date with no four-digit year to read it against,
# and a fourth quarter reported with 同比 (the mainland 年增) closes that year, so a bare 12月
# in such a note is the year before the one it is written in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "水泥行業月報：24Q4全國水泥產量5.2億噸，同比-8.1%，環比+3.5%。\n",
            {"5.2億噸": (2024, "same_sentence"), "-8.1%": (2024, "same_sentence")},
        ),
        (
            "鋼鐵週報：24年11月粗鋼產量7,800萬噸，同比+2.4%。\n",
            {"7,800萬噸": (2024, "same_sentence"), "+2.4%": (2024, "same_sentence")},
        ),
        (
            "電力月報：24Q4全社會用電量2.4萬億千瓦時，同比+6%。12月底裝機容量33億千瓦。\n",
            {"33億千瓦": (2024, "same_sentence")},
        ),
        (
            "光伏行業點評：25H1組件出貨約280GW，同比+15%。\n",
            {"約280GW": (2025, "same_sentence")},
        ),
    ],
)
def test_a_notes_two_digit_years_date_its_numbers(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links26: a year word whose bracket dates what of that year it names (去年清明連假（2024年4月）)
# states the text's year, so 今年 is the year after the bracket's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "去年清明連假（2024年4月）門票收入為1,200萬元。今年3月門票收入為980萬元，年增12%。\n",
            {"1,200萬元": (2024, "same_sentence"), "980萬元": (2025, "same_sentence")},
        ),
        # (the bracket right after the year word already did: 去年(2023年)…)
        (
            "去年（2023年）營收為50億元。今年上半年營收為28億元。\n",
            {"28億元": (2024, "same_sentence")},
        ),
    ],
)
def test_a_year_words_glossed_bracket_states_the_texts_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links26: in a text with no date of its own, a clause that writes a year after the one the
# text establishes goes on with the outlook before it (its period has not come); a year the
# text has passed still starts a statement of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "25年1月公司在手訂單達20億元。我們預計25年出貨突破5萬臺，27-28年滲透率提升，銷量達到80萬臺。\n",
            {"突破5萬臺": True, "80萬臺": True},
        ),
        (
            "2025年1月公司在手訂單達20億元。我們預計今年出貨突破5萬臺，2027年滲透率提升，銷量達到80萬臺。\n",
            {"突破5萬臺": True, "80萬臺": True},
        ),
        (
            "2025年3月公司在手訂單達20億元。法人預估今年出貨可望突破5萬臺，2023年出貨則為3萬臺。\n",
            {"突破5萬臺": True, "3萬臺": False},
        ),
    ],
)
def test_a_year_after_the_texts_own_goes_on_with_the_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links26: the years inside a title (《…（2021-2035）》) name the document; a number after the
# title takes the period its sentence wrote before it. A title that opens the sentence still
# dates what it reports (《2024年…報告》顯示).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，《某市產業發展規劃（2021-2030）》正式印發，全市規上企業突破1.2萬家。\n",
            {"突破1.2萬家": (2023, "same_sentence")},
        ),
        (
            "研究院發布的《2024年零售消費報告》顯示，線上銷售額成長18%。\n",
            {"18%": (2024, "same_sentence")},
        ),
    ],
)
def test_a_titles_years_after_the_sentences_own_are_not_its_period(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links26: the contracted forms of a beaten or missed expectation (超預期, 遜預期, 超市場預期)
# tell a result, as 超出預期 does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲公司2024年第四季業績超預期，營收成長8.2%\n", {"8.2%": False}),
        ("乙公司上季獲利遜市場預期，毛利率下滑至21%。\n", {"21%": False}),
        ("丙公司預期明年營收成長10%。\n", {"10%": True}),
    ],
)
def test_a_contracted_beaten_expectation_is_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links26: a research note's forecast line after a span of years writes its values with a
# slash and no 分別 (2024-2026年營業收入為A/B/C億元): the k-th value is the span's k-th year,
# as an enumeration joined by 、 is. A slash inside a unit (萬元/噸) joins no values.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年2月10日收盤價為18元。我們預計公司2024-2026年營業收入為41.2/48.5/55.9億元，給予買入評級。\n",
            {
                "41.2": (2024, "list_order"),
                "48.5": (2025, "list_order"),
                "55.9億元": (2026, "list_order"),
            },
        ),
        (
            "2025年2月10日收盤價為18元。預計公司24-26年每股收益為0.52/0.61/0.75元。\n",
            {"0.52": (2024, "list_order"), "0.75元": (2026, "list_order")},
        ),
        (
            "2025年2月10日收盤價為18元。2024年碳酸鋰均價為9.1萬元/噸。\n",
            {"9.1萬元/噸": (2024, "same_sentence")},
        ),
    ],
)
def test_a_slash_run_after_a_span_of_years_takes_them_in_order(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links27: a market's reaction told after an outlook (可望有解，激勵美股強彈; 上看50億元，激勵股價
# 大漲8%; a session's move, 盤後大漲) is reported, as are moves a noun 預期效應 drove; 打算 plans
# and 接下來的N年 looks ahead as 未來 does; 預期數字 and a quoted 「…」目標 name an expectation's or
# a target's figure. Guards: a cause verb inside the cue's own clause, a narrative's 接下來,
# 不打算, 預期 as a verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司預估本季營收上看50億元，激勵股價大漲8%。\n", {"50億元": True, "8%": False}),
        ("市場預期聯準會可望暫停升息，帶動加權指數上漲1.5%。\n", {"1.5%": False}),
        ("甲公司財測展望樂觀 盤後大漲12%\n", {"12%": False}),
        ("法人預估新產品可望帶動股價上漲20%。\n", {"20%": True}),
        ("觀光開放預期效應 飯店股周漲逾12%\n", {"逾12%": False}),
        ("市場預期明年營收成長12%。\n", {"12%": True}),
        ("該公司打算每季回購5億元庫藏股。\n", {"5億元": True}),
        ("公司不打算調漲售價，毛利率維持30%。\n", {"30%": False}),
        ("分析師認為，在接下來的5年裡，需求每年成長8%。\n", {"5年": True, "8%": True}),
        ("而在接下來兩週裡，股價跌了15%。\n", {"兩週": False, "15%": False}),
        ("第一季GDP成長5.1%，高於預期數字4.8%。\n", {"5.1%": False, "4.8%": True}),
        ("今年成長率尚未達到政府制定的「3%左右」目標。\n", {"3%左右": True}),
    ],
)
def test_market_reactions_plans_horizons_and_named_figures(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links27: a clause that restates a market quote (…上漲300點，或0.8%，收39,000點) is of the
# quote's day, the text's year; a clause that merely opens with 收 (收入則成長8%) is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年第一季營收成長5%。\n"
            "美股前一交易日：道瓊指數上漲 300 點，或 0.8%，收 39,000 點。\n",
            {"300 點": (2024, "anchor"), "0.8%": (2024, "anchor"), "39,000 點": (2024, "anchor")},
        ),
        (
            "2024年第一季營收成長5%。\n加權指數上漲 300 點，收入則成長 8%。\n",
            {"300 點": (2024, "anchor"), "8%": (None, None)},
        ),
    ],
)
def test_a_restated_quote_is_of_the_texts_day(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links27: a paragraph whose last sentence ends with ； runs on into the next paragraph, which
# continues its period (a results paragraph split after 其中…；); one ended with 。 does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司財報亮眼\n\n甲公司周二公布財報，2023年第1季總營收83億元，同比成長15%，"
            "為2019年第2季以來最高增速；其中會員營收55億元；\n\n"
            "歸屬於甲公司的淨利為6.181億元，同比成長266%。\n",
            {"6.181億元": (2023, "continuation"), "266%": (2023, "continuation")},
        ),
        (
            "甲公司財報亮眼\n\n甲公司周二公布財報，2023年第1季總營收83億元，同比成長15%。\n\n"
            "歸屬於甲公司的淨利為6.181億元，同比成長266%。\n",
            {"6.181億元": (None, None), "266%": (None, None)},
        ),
    ],
)
def test_a_paragraph_ended_by_a_semicolon_runs_on(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links28: a delivery or shipment reported for a fourth quarter (第四季交付, 第四季全球交車) closes
# that year as sales do, and an expectation the figure is measured against (低於預期, 優於市場
# 預估) estimates nothing: the bare day of the text is of the year after.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "乙車廠 2023 年第四季全球交車 18.2 萬輛，低於預期。\n乙車廠 3 月 5 日發表新車。\n",
            "2024",
        ),
        (
            "丙公司 2023 年第四季交付 950 架無人機，優於市場預估。\n"
            "丙公司 1 月 20 日召開法說會。\n",
            "2024",
        ),
        ("丁公司 2023 年第四季出貨 40 萬台。\n丁公司 2 月 1 日宣布擴產。\n", "2024"),
        # (an estimate in the sentence still leaves the year open to the outlook)
        (
            "戊公司 2023 年第四季交付 12 萬輛，預期明年再成長兩成。\n"
            "戊公司 2 月 1 日宣布擴產。\n",
            None,
        ),
    ],
)
def test_a_fourth_quarters_deliveries_close_the_year(text: str, expected: str | None) -> None:
    year, _ = own_text_year(text)
    assert (year if expected is not None else None) == expected


# links28: an assumption that lays out the years it supposes (假設2026-2028年…) is a model's
# premise for its whole sentence, not only its own clause; a what-if with no years stays
# clause-scoped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年6月3日\n假設2026-2028年碳酸鋰均價分別為8/9/10萬元/噸，鈷均價為22/24/26萬元/噸。\n",
            {"8": True, "22": True, "26萬元/噸": True},
        ),
        (
            "2025年6月3日\n假設未來兩年需求為每年300GW，公司產能為120GW，市占率約40%。\n",
            {"120GW": True, "約40%": True},
        ),
        # (a condition with no year: only its own clause)
        (
            "2025年6月3日\n假設條件成立，公司去年營收為45億元。\n",
            {"45億元": False},
        ),
    ],
)
def test_an_assumption_of_years_reaches_its_sentence(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links28: a list that takes the years of the sentence before's projected list (對應EPS分別為…)
# is of that outlook, the year just ended included; a list after a reported one stays
# reported. A run of three ratios (111/63/42倍) is a list, not a fraction.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2026年1月8日\n我們預計公司2025-2027年營業收入為12.1/15.3/18.8億元。"
            "對應EPS分別為0.52/0.66/0.81元，對應PE分別為95/71/58倍。\n",
            {"0.52": True, "0.66": True, "0.81元": True, "95": True, "71": True, "58倍": True},
        ),
        (
            "2026年1月8日\n公司2021-2023年營業收入分別為8.1/9.3/10.2億元。毛利率分別為31%/33%/35%。\n",
            {"31%": False, "33%": False, "35%": False},
        ),
    ],
)
def test_a_list_after_a_projected_list_is_projected(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2026年1月8日\n我們預計公司2025-2027年營業收入為12.1/15.3/18.8億元。"
            "對應PE分別為95/71/58倍。\n",
            {"95": (2025, "list_order"), "71": (2026, "list_order"), "58倍": (2027, "list_order")},
        ),
    ],
)
def test_a_run_of_three_ratios_is_a_list(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


@pytest.mark.parametrize("text", ["該基金槓桿約3/4倍。\n", "估值已達1/2倍淨值。\n"])
def test_two_values_over_a_ratio_stay_a_fraction(tmp_path: Path, text: str) -> None:
    # (3/4倍 is no list: its first number is no quantity of its own)
    assert len(_quantities(tmp_path, text)) == 1


# links28: a compound rate over a span that ends after the text's year is projected, cue or
# not (its year is the span's end); one over a span already over is history.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年4月2日\n全球儲能市場規模2024年到2030年的CAGR為21%。\n", {"21%": True}),
        ("2025年4月2日\n國內電動機車銷量2026-2029年年複合成長率約18%。\n", {"約18%": True}),
        ("2025年4月2日\n全球儲能市場規模2019年到2024年的CAGR為35%。\n", {"35%": False}),
    ],
)
def test_a_compound_rate_to_a_later_year_is_projected(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links28: a reckoning (推估, 推算) of a period already over is an estimate of the past, no
# outlook; a projecting cue (預估) over a period whose results are not out still projects.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年9月2日\n乙公司今年上半年各產品營收比重，推估伺服器約35%，網通約25%。\n",
            {"約35%": False, "約25%": False},
        ),
        ("2024年9月2日\n法人推算乙公司上半年毛利率約41%。\n", {"約41%": False}),
        ("2024年5月6日\n法人預估乙公司第一季營收約32億元。\n", {"約32億元": True}),
    ],
)
def test_a_reckoning_of_a_closed_period_is_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links28: the points of an index written with a decimal (收報2006.10點) are a value, not a
# year and a month, so they do not date the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本週（2025.3.3-2025.3.7）紡織指數收報1998.10點，周漲跌幅為+1.25%。\n",
            {"1998.10點": (2025, "same_sentence"), "+1.25%": (2025, "same_sentence")},
        ),
        ("2025.3.7 收盤後公布：營收12億元。\n", {"12億元": (2025, "same_sentence")}),
    ],
)
def test_an_index_level_is_no_year_month(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# links28: a bullet under an outlook heading that writes its own year before the text's reports
# the history the view rests on; a bullet of the text's year stays the outlook's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025.9.3風電行業觀察\n整機價格預計企穩回升\n\n"
            "- 裝機回顧：2024 年全國風電新增裝機 80GW，其中海上 4GW。\n",
            {"80GW": False, "4GW": False},
        ),
        (
            "2025.9.3風電行業觀察\n整機價格預計企穩回升\n\n"
            "- 價格判斷：2025 年整機均價約 1,600 元/kW。\n",
            {"約 1,600 元": True},
        ),
    ],
)
def test_a_bullets_own_past_year_is_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links28: a change counted since a date of the number's own sentence (2025年5月6日以來) runs to
# the text's present: the sentence continues no year of the sentence before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025.9.3風電行業觀察\n"
            "- 估值：板塊持倉比例僅 2.1%，處於低位，且低於 2018、2021 年部分階段。"
            "從估值看，2025 年 5 月 6 日以來風電指數漲幅僅 12%，個股漲幅在 20%-30%。\n",
            {"12%": (2025, "same_sentence"), "20%-30%": (2025, "heading")},
        ),
    ],
)
def test_a_span_since_its_own_date_continues_nothing(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links34: a year that names a thing — a bond's maturity (2027年到期的債券), a net-zero goal
# (2050年淨零目標) — is no period of the numbers of its sentence, nor of the sentences after.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年5月3日\n乙公司發行2027年到期的債券5億美元，票面利率4.5%。\n",
            {"5億美元": (2024, "heading"), "4.5%": (2024, "heading")},
        ),
        (
            "2024年5月3日\n丙公司為達成2050年淨零目標，投資50億元建置太陽能。\n",
            {"50億元": (2024, "heading")},
        ),
        (
            "2024年5月3日\n丁公司債至2027年到期，發行金額30億元。\n",
            {"30億元": (2024, "heading")},
        ),
        # (a goal with its own figure is that year's: 2030年減量50%目標)
        (
            "2024年5月3日\n戊市宣示2050年淨零目標，以及2030年減量50%目標。\n",
            {"50%": (2030, "same_sentence")},
        ),
    ],
)
def test_a_year_naming_a_thing_dates_no_number(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links34: the items of a list that follow its lead as paragraphs ending with ； (發行條件說明
# 如下：⏎5年期…；⏎7年期…) go on with the period of the sentence before the lead, every one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "記者王明／台北\n甲公司今(8)日完成113年度第1期公司債定價，發行總額為新臺幣202億元。"
            "本期公司債全數公開承銷，發行條件如下：\n"
            "5年期以固定年利率1.66%發行新臺幣64億元；\n"
            "7年期以固定年利率1.70%發行新臺幣30億元；\n"
            "10年期以固定年利率1.78%發行新臺幣108億元。\n",
            {
                "1.66%": (2024, "continuation"),
                "1.70%": (2024, "continuation"),
                "新臺幣30億元": (2024, "continuation"),
                "新臺幣108億元": (2024, "continuation"),
            },
        ),
    ],
)
def test_the_items_of_a_list_go_on_with_its_lead(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links34: a past year's base after an outlook's cue (預期，去年純利逾5000萬元(人民幣，下同),2021年
# 同期為虧損2700萬元) is a result reported, no forecast, also where the text's punctuation is
# half-width; and the count of notices published (發布業績預告，其中，37家公司業績預增) is
# no outlook.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年3月27日\n甲公司預期,去年全年純利逾5000萬元(人民幣,下同),2021年同期為虧損2700萬元。\n",
            {"逾5000萬元": True, "2700萬元": False},
        ),
        (
            "2023年3月27日\n乙公司預期,去年全年純利按年增25%,2021年同期為5.57億元人民幣。\n",
            {"25%": True, "5.57億元人民幣": False},
        ),
        (
            "2025年7月20日\n截至7月18日,已有近120家公司發布業績預告,其中,37家公司業績預增,"
            "14家公司業績扭虧。\n",
            {"近120家": False, "37家": False, "14家": False},
        ),
        (
            "2025年1月20日\n丙公司預告,2024年度淨利潤3億元。\n",
            {"3億元": True},
        ),
        # (料 alone, as Hong Kong headlines write 預料, before a period: an estimate of the year
        # just ended early in the next; 原物料 is no cue)
        ("2023年3月27日\n丁公司料去年轉蝕不超過9億元。\n", {"不超過9億元": True}),
        ("2024年3月1日\n戊公司料今年純利增3成，原物料今年上漲5%。\n", {"3成": True}),
        ("2024年3月1日\n原物料今年上漲5%。\n", {"5%": False}),
    ],
)
def test_a_past_base_and_notices_published_are_no_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links34: a text with no dateline that equates 今年 with a written year — 今 glued to it (今2024
# 年, the bracketless 今(2024)年) or the year called "the year of …" beside 今年 (今年對產業而言，
# 2012年仍是萎縮的一年) — is of that year; 至今, 迄今 (up to now) equate nothing.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("甲公司表示，今2024年營收可望成長10%，去年營收為50億元。\n", "2024"),
        ("乙公司董事長指出，今 2025 年將是轉型的關鍵，營收可望成長二成。\n", "2025"),
        (
            "丙公司表示，今年營收可望成長10%。董事長指出，今年對產業而言，"
            "2012年仍是萎縮的一年，去年出口減少5%。\n",
            "2012",
        ),
        ("丁公司表示，至今2024年累計投資10億元。今年營收可望成長10%。\n", None),
    ],
)
def test_a_year_equated_with_this_year_dates_the_text(text: str, year: str | None) -> None:
    assert own_text_year(text)[0] == year


# links34: an outlook cue governs the clauses after a comma when the day its own clause names
# is one of 今年 the text leaves unresolved (預計將於今年1月15日上櫃掛牌，發行金額為…), or a
# fiscal year told up to a day of 今年 (預料截至今年3月底止的年度，可增長20%至30%: 至今 there opens
# 今年, no "up to now"); today (今(15)日) and 至今 alone still state the present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司債券預計將於今年1月15日上櫃掛牌,發行金額為美元3億元,票面利率為0%。\n",
            {"美元3億元": True, "0%": True},
        ),
        ("乙公司預料截至今年3月底止的年度,盈利可增長20%至30%。\n", {"20%至30%": True}),
        ("2024年5月3日\n丙公司至今已出貨500萬台。\n", {"500萬台": False}),
        ("丁公司今(15)日股價上漲5%。\n", {"5%": False}),
    ],
)
def test_a_day_of_an_unresolved_this_year_is_no_today(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links35: a review titled with a year tells the statistics of the year before; a yearless
# paragraph right after the paragraph that opens with that earlier year goes on with it, not
# with the title's year (a forecast sentence, or an opening of the title's own year, still
# takes the title's).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年全球伺服器產業回顧與展望\n\n根據研調機構統計，2023年全球伺服器出貨量為"
            "1,350萬台，年減6.2%。\n\n就區域而言，北美市場約占42%，中國大陸約占25%。\n",
            {"約占42%": (2023, "continuation"), "約占25%": (2023, "continuation")},
        ),
        (
            "2025年電動車產業回顧\n\n據協會統計，2024年全球電動車銷量達1,700萬輛。\n\n"
            "在品牌方面，前五大品牌合計市占率約55%。\n",
            {"約55%": (2024, "continuation")},
        ),
        (
            "2024年全球伺服器產業回顧與展望\n\n根據研調機構統計，2023年全球伺服器出貨量為"
            "1,350萬台。\n\n預估北美市場將占45%。\n",
            {"45%": (2024, "heading")},
        ),
        (
            "2024年全球伺服器產業回顧與展望\n\n根據研調機構統計，2024年全球伺服器出貨量為"
            "1,350萬台。\n\n就區域而言，北美市場約占42%。\n",
            {"約占42%": (2024, "heading")},
        ),
        (
            "2024年全球伺服器產業回顧與展望\n\n根據研調機構統計，2023年全球伺服器出貨量為"
            "1,350萬台。展望2024年，出貨量預估將達1,420萬台。\n\n就區域而言，北美市場約占42%。\n",
            {"約占42%": (2024, "heading")},
        ),
    ],
)
def test_a_paragraph_after_one_of_an_earlier_year_goes_on_with_it(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links35: a headline forecasting a year's figure that the body restates under 明年 (or
# 今年) makes that 明年 (今年) the headline's year: the text's year follows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2022年全球半導體設備支出將成長5%\n\n協會表示，今年全球設備支出年增34%，達1,030億"
            "美元，明年可望再成長5%，達1,080億美元。\n",
            {"34%": (2021, "same_sentence"), "1,080億美元": (2022, "same_sentence")},
        ),
        (
            "2024年車用面板出貨上看2億片\n\n研調機構指出，今年車用面板出貨可望上看2億片，"
            "去年出貨約1.8億片。\n",
            {"2億片": (2024, "same_sentence"), "約1.8億片": (2023, "same_sentence")},
        ),
        (
            "2022年全球半導體設備支出將成長5%\n\n協會表示，明年設備支出可望成長5%，達1,080億"
            "美元；今年年增34%。\n",
            {"1,080億美元": (2022, "same_sentence"), "34%": (2021, "same_sentence")},
        ),
    ],
)
def test_a_headline_forecast_restated_as_next_or_this_year_dates_the_text(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links37: forecast flags from the verb and the outlook a number belongs to (check texts of
# SEMI / market-research releases and mainland press): 或 as the modal "may" before a reach;
# a bracketed span right after 預測期間 is the forecast's own span; a sentence that goes on
# with an outlook's period and follows its figure with 仍將 / 可望 (no subject of its own) is
# part of that outlook; an undated text's 今年 told again after an outlook on 今年上半年 is the
# outlook's own year, no new statement. The negatives keep "or", thresholds, a view that
# opens with its own verb, and a year of the past as they were.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023-05-02 報導\n甲公司今年資本支出或達140億至150億美元，可望創新高。\n",
            {"140億至150億美元": True, "150億美元": True},
        ),
        (
            "2023-05-02 報導\n乙集團明年營收或超過50億元。\n",
            {"超過50億元": True},
        ),
        (
            "2023-05-02 報導\n持股達到或超過50%者，應申報；去年營收10%或超過3億元者亦同。\n",
            {"超過50%": False, "超過3億元": False},
        ),
        (
            "該市場預計到2029年將達到3.46億美元，在預測期間(2024-2029年)的複合年增長率為"
            "8.88%。\n",
            {"3.46億美元": True, "8.88%": True},
        ),
        (
            "丙市場預計在預測期內（2025-2030年）以12.5%的年複合成長率成長。\n",
            {"12.5%": True},
        ),
        (
            "2022-06-14 中央社\n協會預估，今年全球設備支出金額達1090億美元，將續創新高。"
            "台灣設備支出金額340億美元，仍將居全球之冠。\n",
            {"1090億美元": True, "340億美元": True},
        ),
        (
            "2024-05-10 報導\n丁市場預計到2029年將達到304.2 MW。該市接收了50%的外國投資，"
            "預計多年來將容納最多的機架。\n",
            {"304.2 MW": True, "50%": False},
        ),
        (
            "協會預期，今年上半年全球設備支出可能較去年下半年暴跌18%，是影響今年設備支出緩增"
            "3%的主因。\n",
            {"18%": True, "3%": True},
        ),
        (
            "法人預估，第四季EPS估超過1.7元，今年共有156家廠商參展。\n",
            {"超過1.7元": True, "156家": False},
        ),
        (
            "預估今年營收成長20%，去年營收100億元。\n",
            {"20%": True, "100億元": False},
        ),
    ],
)
def test_forecast_from_modal_reach_forecast_span_and_outlook_predicate(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links37: an amount the whole running year comes to (今年…達340億美元 in a text of June) is
# projected, no cue needed: no year's total is counted before it ends. A sum so far (今年以來,
# 今年前5月, 今年1-5月), one already reached (已) or a past year's amount stays reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2022-06-14 | 中央社\n台灣今年晶圓廠設備支出金額達340億美元，高居全球之冠，年增52%。\n",
            {"340億美元": True, "52%": True},
        ),
        (
            "2022-06-14 | 中央社\n甲公司今年以來營收達50億元。乙公司今年前5月營收達30億元。\n",
            {"50億元": False, "30億元": False},
        ),
        (
            "2022-06-14 | 中央社\n丙公司今年1-5月營收達31億元，去年營收達80億元。\n",
            {"31億元": False, "80億元": False},
        ),
        (
            "2022-12-20 | 中央社\n丁公司今年營收達120億元，創新高。\n",
            {"120億元": False},
        ),
    ],
)
def test_an_amount_of_the_running_year_is_projected(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links37: 看好 in the number's own clause is the viewer's expectation of that figure, and a
# requirement (要求) whose reach verb stands right before the number, across a clause break,
# is a target not yet met; 看好 before a clause break and the noun 要求 make no outlook.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-10 報導\n甲公司看好今年營收成長20%。\n", {"20%": True}),
        (
            # (dates45: the head date now dates the text: May's revenue is told in June)
            "2024-06-10 報導\n乙公司看好智慧型手機將持續帶動成長動能，5月營收104.06億元。\n",
            {"104.06億元": False},
        ),
        (
            "2024-05-10 報導\n經濟部要求業者於2027年前，再生能源占比達到30%。\n",
            {"30%": True},
        ),
        ("2024-05-10 報導\n客戶要求良率達到90%。\n", {"90%": True}),
        (
            "2024-05-10 報導\n先進封裝對良率的要求頗高，以旗艦晶片為例，單價3000美元。\n",
            {"3000美元": False},
        ),
    ],
)
def test_a_view_or_a_requirement_on_its_figure_is_an_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links37: guidance as a cap (不超過…上限) on a period not over yet is an outlook; a cap in
# force with no period of its own and a cap on a past year are none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "（中央社記者台北2024年5月10日電）甲公司今年資本支出不超過300億元上限。\n",
            {"不超過300億元": True},
        ),
        (
            "（中央社記者台北2024年5月10日電）乙公司表示，全年費用率不超過15%的上限。\n",
            {"不超過15%": True},
        ),
        (
            "（中央社記者台北2024年5月10日電）丙公司外資持股不超過10%上限。\n",
            {"不超過10%": False},
        ),
        (
            "（中央社記者台北2024年5月10日電）丁公司2022年全年資本支出不超過100億元上限。\n",
            {"不超過100億元": False},
        ),
    ],
)
def test_a_cap_on_a_period_still_to_run_is_guidance(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links37: a target set as 以X為目標 makes X the target (is_forecast), with or without a
# qualifier of the target; a target group (以…為目標客群) is no target figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "（中央社記者台北2024年5月10日電）甲集團在2030年前、以381億元為目標，逐案執行。\n",
            {"381億元": True},
        ),
        ("（中央社記者台北2024年5月10日電）乙公司以年增20%為營運目標。\n", {"20%": True}),
        (
            "（中央社記者台北2024年5月10日電）丙品牌以30歲以上女性為目標客群，去年營收5億元。\n",
            {"5億元": False},
        ),
    ],
)
def test_a_figure_set_as_the_target_is_an_outlook(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links36: a fiscal year or season written with both its years and a slash (2025/26年度,
# 2024/2025財年) is one period, dated by the year it ends in (as 截至2025年3月31日止年度 is the
# fiscal year 2025): a comparison word before its first year makes the whole season a base
# (較2024/25年度…減少約27.9%: the change is the later season's), and a 分別 list after it gives
# each value that one season, not one year each.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲署2025/26年度預算約3.2億元，較2024/25年度4.1億元減少約22%。\n",
            {
                "約3.2億元": (2026, "same_sentence"),
                "4.1億元": (2025, "same_sentence"),
                "約22%": (2026, "same_sentence"),
            },
        ),
        (
            "各局2025/26年度開支有增有減，其中12個部門的預算較2024/25年的修訂預算減少，"
            "佔比15%；減幅最大的兩個部門分別縮減30.5%及18.2%。\n",
            {
                "12個": (2026, "same_sentence"),
                "15%": (2026, "same_sentence"),
                "30.5%": (2026, "same_sentence"),
                "18.2%": (2026, "same_sentence"),
            },
        ),
        (
            "乙集團公布2023/2024年度業績，年度利潤為2,150萬港元，按年減少12%。\n",
            {"2,150萬港元": (2024, "same_sentence"), "12%": (2024, "same_sentence")},
        ),
        # (a span of years is still one year per value: 2021-2023年…分別為)
        (
            "丙公司2021年至2023年營收分別為10億元、12億元及15億元。\n",
            {"10億元": (2021, "list_order"), "15億元": (2023, "list_order")},
        ),
    ],
)
def test_a_season_of_two_years_is_one_period_dated_by_its_end(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links36: a comparison period (同期) dates the numbers of its own clause only — unless the
# sentence opens on it (no number before it): then the sentence is about that period, and
# the values its later clauses list are of it too. A per-share figure named between a
# dated base and its value (較2023財政年度末期股息每股0.31港元) is the base's own value.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丁公司預料中期溢利介乎5億至6億元。該公司2022年度同期股東應佔溢利3.1億元，"
            "每股盈利12.5仙。\n",
            {"3.1億元": (2022, "same_sentence"), "12.5仙": (2022, "same_sentence")},
        ),
        # (a comparison period after the sentence's own values stays in its clause)
        (
            "戊公司2024年淨利為20億元，上年同期18億元，每股盈餘3.2元。\n",
            {"18億元": (2023, "same_sentence"), "3.2元": (2024, "same_sentence")},
        ),
        (
            "己集團2024年度建議末期股息每股0.42港元，較2023財政年度末期股息每股0.38港元"
            "增加10%。\n",
            {"0.38港元": (2023, "same_sentence"), "10%": (2024, "same_sentence")},
        ),
    ],
)
def test_a_sentence_opening_on_a_comparison_period_and_per_share_bases(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links36: a headline that reports a year's measure (2025年…營收創新高) whose body tells that
# measure under 今年 makes that 今年 the headline's year; a forecasting headline with no
# figure (2026年…出貨將增) counts its measure under 明年 or 今年, one of them only.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年全球晶圓代工產值創新高\n\n研究機構指出，今年全球晶圓代工產值達1,650億美元，"
            "年增18%；明年可望再成長12%。\n",
            {
                "1,650億美元": (2025, "same_sentence"),
                "18%": (2025, "same_sentence"),
                "12%": (2026, "same_sentence"),
            },
        ),
        (
            "2026年筆電出貨將回溫\n\n研調機構預估，明年全球筆電出貨量年增4%至1.8億台，"
            "今年則約為1.73億台。\n",
            {"1.8億台": (2026, "same_sentence"), "約為1.73億台": (2025, "same_sentence")},
        ),
        # (a reporting headline beside 明年 alone tells nothing: the text year stays open)
        (
            "2025年面板營收創新高\n\n業者表示，明年面板營收可望成長8%。\n",
            {"8%": (None, None)},
        ),
    ],
)
def test_a_headline_measure_told_under_this_or_next_year_dates_the_text(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links36: a two-digit year written in Chinese numerals (二六年, 二五財年) next to the text's
# own year is that year, as 26年 is; 三五年 (three or five years) is no year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "庚公司2025年營收創新高。法人預估二六年每股盈餘達14元，二五年為11元。\n",
            {"14元": (2026, "same_sentence"), "11元": (2025, "same_sentence")},
        ),
        (
            "辛公司2025年獲利轉佳，預期三五年內營收倍增至200億元。\n",
            {"200億元": (2025, "same_sentence")},
        ),
    ],
)
def test_a_two_digit_year_in_chinese_numerals(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links36: a results box in running text — a value followed by a bracket that gives another
# period's value (每股盈餘 3.1元（去年同期2.4元）) takes the box's period, not the bracket's
# date; and a comparison period (去年同期28.5%) dates its own clause only, never the next
# line's figures. (A bare date in brackets after a value still dates it: 營收5億元（2023年）.)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "壬公司2025年第三季財報摘要\n營收 88億元 季增6% 年增14%\n"
            "毛利率 27.4%（上季26.8%，去年同期25.1%）\n每股盈餘 2.6元（去年同期1.9元）\n",
            {
                "27.4%": (2025, "heading"),
                "25.1%": (2024, "same_sentence"),
                "2.6元": (2025, "heading"),
                "1.9元": (2024, "same_sentence"),
            },
        ),
        ("癸公司營收約5億元（2023年），較前年成長。\n", {"約5億元": (2023, "after_number")}),
    ],
)
def test_a_results_box_keeps_its_period_beside_bracketed_bases(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links36: a date framed by 與…相比 (與截至2022年3月31日止年度的約33.7%相比) is a comparison
# base: the value before the frame is not of its year; the value inside the frame is the
# base's own (與2021年高檔9140億元相比).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "子公司2024財年營收增加8%。毛利率約為36.1%，與截至2023年3月31日止年度的約34.2%"
            "相比，增加約1.9個百分點。\n",
            {"約為36.1%": (2024, "continuation"), "約34.2%": (2023, "same_sentence")},
        ),
        (
            "丑公司淨值回升至5,200億元，但與2021年高點6,100億元相比仍有差距。\n",
            {"6,100億元": (2021, "same_sentence")},
        ),
    ],
)
def test_a_base_framed_by_with_and_compared(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links38: a results notice that gives its figures before the sentence naming the period
# they report: that period, the paragraph's only date, in a later sentence naming results
# (quantity_context.yaml results_periods), dates them; not a forecast sentence's year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丙集團營業額約4.5億港元，按年減少8%，毛利率為22.3%。董事會公布截至2024年3月31日"
            "止年度的經審核業績。\n",
            {
                "約4.5億港元": (2024, "continuation"),
                "8%": (2024, "continuation"),
                "22.3%": (2024, "continuation"),
            },
        ),
        (
            "丁公司收益9.8億港元，同比增加3%。董事會宣布2023年度全年業績。\n",
            {"9.8億港元": (2023, "continuation"), "3%": (2023, "continuation")},
        ),
        # a forecast sentence's year is no period of the figures before it
        (
            "戊公司收益9.8億港元，同比增加3%。公司預期2025年度的業績將改善。\n",
            {"9.8億港元": (None, None), "3%": (None, None)},
        ),
    ],
)
def test_a_results_period_named_after_the_figures_dates_its_paragraph(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links38: a results notice's comparative bracket, the date and a colon (（2023年：港幣2.1億
# 元）, （2022年：無）), dates only the value inside it; a figure told 期內 (報告期內, 年內) is
# of the results period the text names (quantity_context.yaml present_results_periods).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "庚公司純利增至港幣3.2億元（2023年：港幣2.1億元）。\n",
            {"港幣3.2億元": (None, None), "港幣2.1億元": (2023, "same_sentence")},
        ),
        (
            "己公司公布截至2023年6月30日止六個月業績，收益5.2億港元。\n\n"
            "集團期內錄得其他收入1,200萬港元（2022年：無）。\n",
            {"5.2億港元": (2023, "same_sentence"), "1,200萬港元": (2023, "continuation")},
        ),
        # no results period named: 年內 dates nothing
        ("辛公司年內營業額增至12億元。\n", {"12億元": (None, None)}),
    ],
)
def test_a_comparative_bracket_and_the_reported_period(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links39: the figure right before a comparative bracket (營業額6.96億港元（2022年：5.7億港元）)
# is of the results period the text names (截至2023年12月31日止年度), in whatever paragraph;
# the bracket's value keeps the bracket's year, and the next figure continues no base year.
# A lead word may stand between the bracket and its date (quantity_context.yaml
# bracket_base_leads: （截至2022年9月30日止六個月：…）).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "壬公司公布截至2023年12月31日止年度之全年業績。\n\n"
            "集團營業額6.96億港元（2022年：5.7億港元），毛利率為35%（2022年：30%）。\n",
            {
                "6.96億港元": (2023, "continuation"),
                "5.7億港元": (2022, "same_sentence"),
                "35%": (2023, "continuation"),
                "30%": (2022, "same_sentence"),
            },
        ),
        (
            "癸公司公布2023年中期業績。\n\n純利1.2億港元（2022年：9,000萬港元）。\n",
            {"1.2億港元": (2023, "continuation"), "9,000萬港元": (2022, "same_sentence")},
        ),
        (
            "子公司公布截至2023年9月30日止六個月業績。\n\n於本期間，分部溢利約1,010萬港元"
            "（截至2022年9月30日止六個月：約1.3億港元）。\n",
            {"約1,010萬港元": (2023, "continuation"), "約1.3億港元": (2022, "same_sentence")},
        ),
        # no results period named: the figure before the bracket stays open
        ("丑公司純利增至港幣3.2億元（2023年：港幣2.1億元）。\n", {"港幣3.2億元": (None, None)}),
    ],
)
def test_the_figure_before_a_comparative_bracket_is_of_the_reported_period(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links39: a relative word the notice defines as its period (截至二零二三年十二月三十一日止年度
# （「本年度」）) dates the figures told with it by that period, not by the publishing year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年3月25日\n寅公司公布截至二零二三年十二月三十一日止年度（「本年度」）之業績。\n\n"
            "本年度虧損約港幣2.2億元（二零二二年：約港幣4.7億元）。\n",
            {"約港幣2.2億元": (2023, "same_sentence"), "約港幣4.7億元": (2022, "same_sentence")},
        ),
        # links40: ‘本期間’ in any quotes; a 去年同期 told before it lends no year
        (
            "2023年8月20日\n甲公司公布截至2023年6月30日止六個月（‘本期間’）之中期業績。\n\n"
            "去年同期收益為17.9億港元。於本期間，收益增長19%至21.34億港元。\n",
            {"17.9億港元": (2022, "same_sentence"), "19%": (2023, "same_sentence"),
             "21.34億港元": (2023, "same_sentence")},
        ),
        (
            "2024年8月20日\n乙公司公布截至2024年6月30日止六個月（「本期」）之業績。\n\n"
            "本期收益增長8%至5.2億元。\n",
            {"8%": (2024, "same_sentence"), "5.2億元": (2024, "same_sentence")},
        ),
    ],
)
def test_a_defined_relative_period_dates_its_figures(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links38: a sentence that tells a deed done before its figure (quantity_context.yaml
# done_marks: 接收了) is about its own time, not about the plan the sentence before looks to
# (…2029年將達…): it continues no plan's year; a closed year it still continues.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "研究機構預估，全球市場規模2029年將達120億美元。臺北市接收了50%的投資案件，"
            "金額約30億元。\n",
            {"120億美元": (2029, "same_sentence"), "50%": (None, None), "約30億元": (None, None)},
        ),
        (
            "研究機構預估，全球市場規模2029年將達120億美元。其中亞洲將占40%。\n",
            {"40%": (2029, "continuation")},
        ),
        (
            "甲公司2023年營收達50億元。其中外銷占了60%。\n",
            {"60%": (2023, "continuation")},
        ),
    ],
)
def test_a_deed_done_continues_no_plans_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links42: an outlook cue before ； still governs a clause after it whose only period is
# the base its change is measured against (約與第三季持平, 較2024年第四季, 與去年第四季相比):
# that base is no period of the clause's own, so the change is of the outlook.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025-11-10\n甲公司估計，第四季營收介於1,400億至1,500億元之間；以匯率30.6計算，"
            "約與第三季持平至成長6%，年增幅介於-3%至+9%。\n",
            {"6%": True, "-3%至+9%": True},
        ),
        (
            "2025-11-10\n乙公司預估，第四季營收約300億元；較2024年第四季成長8%。\n",
            {"約300億元": True, "8%": True},
        ),
        (
            "2025-02-10\n丙公司預期，第一季營收介於800億至850億元；與去年第四季相比減少5%至10%。\n",
            {"5%至10%": True},
        ),
        # a later clause that writes a period of its own still starts a new statement
        (
            "2025-11-10\n丁公司預估第四季營收為120億元；第三季營收則為110億元，季增5%。\n",
            {"120億元": True, "110億元": False, "5%": False},
        ),
        # a base with its own value and no change between is the value's period (history)
        (
            "2022-06-14\n協會估計，今年產能將增加8%，月產能達2900萬片；比較2010年月產能約1600萬片。\n",
            {"8%": True, "約1600萬片": False},
        ),
    ],
)
def test_an_outlook_governs_a_clause_whose_only_period_is_its_base(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links42: a text with no date of its own whose only written year is a whole year looked
# at after a yearless late part of it (展望第四季，…2022年全年獲利可期) is of that year: its
# 今年 and 去年 (and the figures told with them) resolve from it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司去年處分利益達10.6億元。今年前三季EPS 0.63元，不若去年同期的EPS 2.42元。"
            "展望第四季，公司指出，10月份營收4.96億元，第四季營運仍趨樂觀，2022年全年獲利可期。\n",
            {
                "10.6億元": (2021, "same_sentence"),
                "0.63元": (2022, "same_sentence"),
                "2.42元": (2021, "same_sentence"),
                "4.96億元": (2022, "same_sentence"),
            },
        ),
        (
            "乙公司今年上半年營收30億元。展望下半年，旺季效應可期，2023年全年營收可望成長一成。\n",
            {"30億元": (2023, "same_sentence")},
        ),
        # a first quarter is no late part: the whole year after it may be the next one
        (
            "丙公司今年營收30億元。展望第一季，2024年全年營收可望成長一成。\n",
            {"30億元": (None, None)},
        ),
    ],
)
def test_a_whole_year_after_a_yearless_late_part_dates_the_text(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links42: monthly revenue reported in January is December's of the year before, and so are
# the figures told with it (not an outlook of a December still ahead).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025-01-10\n乙公司12月營收52億元，月增3%，年增12%；全年營收580億元，年增9%。\n",
            {
                "52億元": (2024, "same_sentence"),
                "12%": (2024, "same_sentence"),
                "580億元": (2024, "same_sentence"),
            },
        ),
        (
            "2025-03-10\n己公司公布2月營收30億元，月減5%；11月營收則為40億元。\n",
            {"30億元": (2025, "same_sentence"), "40億元": (2024, "same_sentence")},
        ),
    ],
)
def test_a_month_ahead_with_reported_figures_is_last_years(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)
    assert not any(q.is_forecast for q in _quantities(tmp_path, text))


# links42: the quarter before, named as the subject of its own value (本季毛利率28.5%，上季為
# 30.1%), is of the year before when the sentence reports a first quarter; a change measured
# against it (較上季成長8%) stays the reported quarter's. (dates51: the reported quarter,
# begun by the text's date, is dated in its sentence: the link is same_sentence.)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025-04-20\n甲公司第一季營收120億元，季減8%；上季毛利率為30.1%，本季降至28.5%。\n",
            {"30.1%": (2024, "same_sentence"), "28.5%": (2025, "same_sentence")},
        ),
        (
            "2025-04-20\n乙公司第一季毛利率28.5%，上季為30.1%，去年同期為27%。\n",
            {
                "28.5%": (2025, "same_sentence"),
                "30.1%": (2024, "same_sentence"),
                "27%": (2024, "same_sentence"),
            },
        ),
        (
            "2025-04-20\n丙公司第一季營收120億元，較上季成長8%。\n",
            {"8%": (2025, "same_sentence")},
        ),
        (
            "2025-07-20\n丁公司第二季毛利率31%，上季為28.5%。\n",
            {"28.5%": (2025, "same_sentence")},
        ),
    ],
)
def test_the_quarter_before_as_subject_of_its_value(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links42: the figures listed for 今明兩年 take each year in order (分別 … 、…; 各 …、…), and
# an outlook of the first quarter given in January is this year's, still an outlook.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025-11-06\n高盛預估甲公司今明二年每股稅後純益將分別成長至12.09元、19.06元，"
            "年增率各12%、58%。\n",
            {
                "12.09元": (2025, "list_order"),
                "19.06元": (2026, "list_order"),
                "12%": (2025, "list_order"),
                "58%": (2026, "list_order"),
            },
        ),
        (
            "2025-11-06\n法人預估乙公司今明兩年EPS分別為8.5元、10.2元。\n",
            {"8.5元": (2025, "list_order"), "10.2元": (2026, "list_order")},
        ),
        (
            "2026-01-15\n戊公司去年第四季營收1,200億元，季增5%；展望第一季，營收將季減3%至5%。\n",
            {"1,200億元": (2025, "same_sentence"), "3%至5%": (2026, "same_sentence")},
        ),
    ],
)
def test_paired_years_and_a_quarter_looked_ahead_to(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)
    forecast = {q.text: q.is_forecast for q in _quantities(tmp_path, text)}
    assert all(forecast[k] for k in expected if k != "1,200億元")



# links41: a day of the week (周四指出, 星期二表示), a week back (一周前) or the trading day
# before the text's (前一交易日) is a day of the text's present, like 日前 and 昨(25)日: the
# numbers after it in its sentence that no date dates take the year the text establishes. A
# weekday that recurs (每周一) names no one day; in a text that fixes no year they stay open.
# (On the dev set every such number is gold the text's year; a number with no period of its
# own and no such cue stays open there, as the gold FORMAT says: 1130 of 1199 are null.)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲車廠公布2023年第一季財報。\n\n"
            "分析師周四指出，甲車廠已啟動降價，其中旗艦車款調降人民幣2萬元。\n",
            {"人民幣2萬元": (2023, "anchor")},
        ),
        (
            "甲車廠公布2023年第一季財報。\n\n一周前，乙車廠也宣布降價，降價幅度在3%至8%不等。\n",
            {"3%至8%": (2023, "anchor"), "8%": (2023, "anchor")},
        ),
        (
            "盤前要聞：丙公司11月營收創2022年新高。\n\n"
            "前一交易日新台幣以30.7元兌一美元收市，成交值為6.4億美元。\n",
            {"30.7元": (2022, "anchor"), "6.4億美元": (2022, "anchor")},
        ),
        (
            "丁公司公布2023年第三季財報。\n\n丁公司星期二表示，已回購5,000張庫藏股。\n",
            {"5,000張": (2023, "anchor")},
        ),
        # a weekday that recurs names no day: the number stays open
        (
            "丁公司公布2023年第三季財報。\n\n丁公司每周一公布存貨，共約1,200噸。\n",
            {"約1,200噸": (None, None)},
        ),
        # no year fixed anywhere: still none
        (
            "分析師周四指出，甲車廠已啟動降價，旗艦車款調降人民幣2萬元。\n",
            {"人民幣2萬元": (None, None)},
        ),
    ],
)
def test_a_weekday_or_a_day_back_is_the_texts_present(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links41: a small count names things and carries no period over from the sentence before,
# unless its sentence breaks that one down (其中…): FORMAT makes a lead sentence the heading
# of the 其中… breakdown after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "截至2025年2月5日，國內已有20多家藥廠的仿製藥進入臨床。其中4款產品已申報上市。\n",
            {"4款": (2025, "continuation")},
        ),
        # a breakdown of no count (revenue) lends a small count no period
        (
            "2024年營收年增10%。其中新增客戶3家。\n",
            {"3家": (None, None)},
        ),
        # a sentence that only goes on (另外) breaks nothing down: the count stays open
        (
            "截至2025年2月5日，國內已有20多家藥廠的仿製藥進入臨床。另外有4款產品在研。\n",
            {"4款": (None, None)},
        ),
    ],
)
def test_a_small_count_of_a_breakdown_takes_its_lead_sentences_period(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links41: a trial's endpoint (客觀緩解率, ORR, 減重效果, 中位PFS) measures the trial, no calendar
# period: it takes no year from the sentence before, the text's date or a heading; only a date
# of its own sentence dates it (quantity_context.yaml trial_endpoint_cues).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲藥廠2025年上半年營收增長20%。在II期註冊臨床試驗中，客觀緩解率（ORR）達到了61%，"
            "突破既往治療瓶頸。\n",
            {"20%": (2025, "same_sentence"), "61%": (None, None)},
        ),
        (
            "2024年11月，乙藥廠披露II期結果，最高減重20%。\n",
            {"20%": (2024, "same_sentence")},
        ),
        # not an endpoint: a share of revenue still continues the year
        (
            "甲藥廠2025年上半年營收增長20%。其中海外營收占比達到了61%。\n",
            {"61%": (2025, "continuation")},
        ),
    ],
)
def test_a_trials_endpoint_takes_no_carried_year(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links41: a total run from a start up to now (從去年10月起已陸續…提交3232件) is of the text's
# year, the open span's end (FORMAT: a total over a span takes the span's end year), not of the
# start; a sum the start year frames (從2019年起，合計營收…) keeps it (quantity_context.yaml
# since_total).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2022年3月15日\n甲部會公布統計。\n\n政府從2021年10月起已陸續協助業者提交3232件資料，"
            "目前仍在審查。\n",
            {"3232件": (2022, "anchor")},
        ),
        (
            "2022年3月15日\n甲部會公布統計。\n\n從2019年起，三款藥物的合計營收為196億元。\n",
            {"196億元": (2019, "same_sentence")},
        ),
    ],
)
def test_a_total_run_since_a_start_is_of_the_present(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links43: a small count written before the one period of its sentence, in the clause that
# period dates or in a clause the next one (opening 皆, 均, 共計 …) goes on from, is counted at
# that period (quantity_context.yaml count_clause_continuers); not a count before a list of
# periods, nor one past a clause that opens with a subject of its own (dev gold null).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "乙交易所表示，上市公司分別計900家及80家，共計980家皆已於113年6月12日前完成"
            "營收申報作業。\n",
            {
                "900家": (2024, "same_sentence"),
                "80家": (2024, "same_sentence"),
                "980家": (2024, "same_sentence"),
            },
        ),
        (
            "2022年12月10日\n甲報導。\n\n共有甲、乙等15家業者11月營收繳出年增成績。\n",
            {"15家": (2022, "same_sentence")},
        ),
        (
            "2021年4月12日\n甲報導。\n\n上市公司共計950家，皆已如期完成3月營收申報作業。\n",
            {"950家": (2021, "same_sentence")},
        ),
        # a list of periods: the count is dated by none of them
        (
            "2025年6月1日\n甲報導。\n\n丙公司手握40款仿製藥2017年、2018年核心產品收入0.29億元。\n",
            {"40款": (None, None)},
        ),
        # the next clause has a subject of its own: no year for the count
        (
            "2025年6月1日\n甲報導。\n\n丁公司已有9國代理，2015年銷售權再增日本。\n",
            {"9國": (None, None)},
        ),
        # links44: the horizon of a target (爭取到2030年) dates no count before it
        (
            "2024年9月12日\n甲報導。\n\n三國旅遊部長就建立合作機制爭取到2030年將三國人員交流規模"
            "增至4000萬人次達成一致。\n",
            {"三國": (None, None)},
        ),
        (
            "2024年9月12日\n甲報導。\n\n兩家公司同意直到2027年維持合作。\n",
            {"兩家": (None, None)},
        ),
        # 截至 is no horizon: the count is of the date it runs up to
        (
            "2024年9月12日\n甲報導。\n\n已有24家券商截至8月29日釋出半年報。\n",
            {"24家": (2024, "same_sentence")},
        ),
    ],
)
def test_a_small_count_takes_the_period_after_it_in_its_clause(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links43: a relative word glued before a written year (較去107年同期: 去(107)年 with no
# brackets) still makes the year a comparison's base (quantity_context.yaml
# comparison_glued_relatives).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "上市公司今(108)年上半年營收達13.73兆元，較去107年同期成長0.79%，"
            "較去107年同期增加1,072億元。\n",
            {"0.79%": (2019, "same_sentence"), "1,072億元": (2019, "same_sentence")},
        ),
        (
            "上市公司今年5月營收較去111年同期衰退3,276億元、年減10.12%。\n",
            {"3,276億元": (2023, "same_sentence"), "10.12%": (2023, "same_sentence")},
        ),
    ],
)
def test_a_relative_word_glued_before_a_base_year_keeps_it_a_base(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links43: every figure of a list the comparative bracket closes stands before it
# (收入及毛利分別為X及Y（2022年：分別為…）: X as well as Y is of the reported period), and a
# period's own tail may stand before the bracket's colon (（截至2022年12月31日止年度：分別約為…）).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲集團公布截至2023年12月31日止年度業績。\n收入及毛利分別約為人民幣5.2億元及人民幣1.3億元"
            "（2022年：分別約為人民幣4.1億元及人民幣1.0億元）。\n",
            {
                "約為人民幣5.2億元": (2023, "continuation"),
                "人民幣1.3億元": (2023, "continuation"),
                "約為人民幣4.1億元": (2022, "same_sentence"),
            },
        ),
        (
            "截至2023年12月31日止年度，甲集團業績穩定。\n收入及毛利分別約為人民幣5.2億元及人民幣1.3億元"
            "（截至2022年12月31日止年度：分別約為人民幣4.1億元及人民幣1.0億元）。\n",
            {
                "約為人民幣5.2億元": (2023, "continuation"),
                "人民幣1.3億元": (2023, "continuation"),
                "人民幣1.0億元": (2022, "same_sentence"),
            },
        ),
    ],
)
def test_a_list_before_a_comparative_bracket_is_of_the_reported_period(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links45: years listed with slashes before one 年 (a broker digest's 2025/2026/2027年 or
# 25/26/27年) are a list of years as 2025、2026、2027年 is, so values listed after 分別為 take
# them in order; a season (2026/27年度) stays one season.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲證券2025年10月報告。預測公司2025/2026/2027年每股收益分別為0.86/1.18/1.51元。\n",
            {
                "0.86": (2025, "list_order"),
                "1.18": (2026, "list_order"),
                "1.51元": (2027, "list_order"),
            },
        ),
        (
            "乙證券2025年11月報告。預測公司25/26/27年淨利潤分別為5.13/7.02/8.98億元，"
            "增速分別為5.9%/36.8%/28.0%。\n",
            {
                "5.13": (2025, "list_order"),
                "8.98億元": (2027, "list_order"),
                "5.9%": (2025, "list_order"),
                "36.8%": (2026, "list_order"),
            },
        ),
        (
            "丙證券2025年8月報告。預計2025/2026年營收分別為12.5/14.2億元。\n",
            {"12.5": (2025, "list_order"), "14.2億元": (2026, "list_order")},
        ),
        # (no 分別: the slash pairs the years with as many values of one unit, in order)
        (
            "丁報2025年11月報導。法人將2026/2027年財測EPS上修至10.60/17.36元。\n",
            {"10.60": (2026, "list_order"), "17.36元": (2027, "list_order")},
        ),
        # (a season is one year, never a list: its values keep the season's end year)
        (
            "戊集團公布2023/24年度業績，年度利潤為2,150萬港元。\n",
            {"2,150萬港元": (2024, "same_sentence")},
        ),
    ],
)
def test_years_listed_with_slashes_run_over_their_values(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links46 (real filings, HK bond and dividend notices): a maturity names the note, not
# the period of its figures — in a list of notes each written 于…年到期、年息…的…票據 neither
# its coupon and amount nor the subscription ratios listed after the notes take the maturity
# years (nor the next note's, written after them); a bond named by its maturity after its
# amount (有關67.4億港元2.75%於2026年到期的債券) takes none either.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲局共發行三批票據，包括於2027年到期、年息1.75釐的10億美元票據；於2032年到期、"
            "年息2.5釐的12億美元票據；及於2052年到期，年息3.2釐的6億美元票據。"
            "認購率依次分別有3.3倍、3倍及2.3倍。\n",
            {
                "1.75釐": (None, None),
                "10億美元": (None, None),
                "2.5釐": (None, None),
                "3.2釐": (None, None),
                "3.3倍": (None, None),
                "3倍": (None, None),
                "2.3倍": (None, None),
            },
        ),
        (
            "乙航空公佈，有關67.4億港元2.75%於2026年到期的可轉換債券，回購已完成。\n",
            {"67.4億港元": (None, None), "2.75%": (None, None)},
        ),
        # (a list over years that are periods still runs over them)
        (
            "丙公司2023年及2024年營收分別為12億元及15億元。\n",
            {"12億元": (2023, "list_order"), "15億元": (2024, "list_order")},
        ),
    ],
)
def test_a_maturity_names_the_note_not_the_period_of_its_figures(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links46: the day a declared dividend is paid or its holders recorded, later than the
# text's date, makes no forecast of the declared amount (it is decided); a month after the
# text's date that is no pay day still projects what it holds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲報業上半財年淨利減9.3%\n\n2021 年 3 月 12 日 財經中心\n\n"
            "董事會宣佈派發每股1.5分的中期股息，派息日是5月22日。\n",
            {"1.5分": False},
        ),
        (
            "乙集團全年業績\n\n2023 年 3 月 9 日 財經中心\n\n"
            "董事會已決議末期股息每股0.3元，於6月14日派發。\n",
            {"0.3元": False},
        ),
        (
            "丙市政府公告\n\n2025 年 9 月 1 日 財經中心\n\n今年11月起每人要普發1萬元。\n",
            {"1萬元": True},
        ),
    ],
)
def test_a_pay_day_makes_no_forecast_of_a_declared_amount(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# dates46: a headline month told with no year far after the month of the text's own date is a
# month reported once over, of the year before: so are the figures it heads and the ones its
# sentences report (a release of January tells November's retail sales)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11月零售業銷貨值升15.9%\n2024年1月4日\n"
            "統計處公布，11月零售業總銷貨價值臨時估計為342億元，按年上升15.9%。\n"
            "11月零售業總銷貨價值中，網上銷售佔9.3%。\n",
            {"342億元": (2023, "same_sentence"), "9.3%": (2023, "same_sentence")},
        ),
    ],
)
def test_a_headline_month_far_after_the_dateline_is_last_years(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links47 (a random sample of the check pool, judged by hand): the text's own year
# and a present cue that overrode the year a forecast sentence names.
# - 今年 written only as the base of an outlook year's comparison (展望2015年，…略低於今年)
#   is the year before the outlook year, so the text's 今年 is that year, not the outlook's;
# - the month a series' records start (從2013年1月開始彙整) is history, no year of the text;
# - a present cue (近期, 目前) followed by a forecast cue before the number projects it into
#   the period its sentence named (展望2023年，…近期…鬆綁，預估…), no present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "工研院今天上修今年製造業產值成長率為3.26%。展望2015年，研究機構預測，"
            "整體產值成長率將為2.86%，略低於今年成長率。\n",
            {"3.26%": (2014, "same_sentence"), "2.86%": (2015, "same_sentence")},
        ),
        (
            "展望2026年，公司預估營收將較今年成長15%。今年營收預估為120億元，毛利率30%。\n",
            {"15%": (2026, "same_sentence"), "120億元": (2025, "same_sentence")},
        ),
        (
            "台灣主要IT廠營收連三個月增長，創今年新高。台積電5月營收大增30.1%。"
            "日經新聞從2013年1月開始彙整相關數據。\n",
            {"30.1%": (None, None)},
        ),
        (
            "主計處從2016年1月開始統計該項數據。今年3月失業率為3.7%，較上月下降0.1個百分點。\n",
            {"3.7%": (None, None)},
        ),
        (
            "展望2023年，工研院指出，近期防疫管制措施逐漸鬆綁，預估製造業產值26.32兆元，"
            "年增率3.24%。\n",
            {"26.32兆元": (2023, "same_sentence"), "3.24%": (2023, "same_sentence")},
        ),
        (
            "展望2024年，法人指出，目前庫存去化已近尾聲，預估全年營收可望成長12%。\n",
            {"12%": (2024, "same_sentence")},
        ),
        # (nor a year of history before the present cue: the figure is the present's)
        (
            "市場規模\n\n2024 年 5 月 2 日 財經中心\n\n"
            "2020年疫情爆發後需求轉強，目前預估全球市場規模達50億美元。\n",
            {"50億美元": (2024, "anchor")},
        ),
        # (a present cue with no forecast after it still dates the number to the present)
        (
            "甲公司產能\n\n2024 年 5 月 2 日 財經中心\n\n"
            "甲公司2023年營收為50億元，目前月產能為3萬片。\n",
            {"50億元": (2023, "same_sentence"), "3萬片": (2024, "anchor")},
        ),
    ],
)
def test_an_outlook_year_and_its_present_cue_keep_their_years(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# Class links47b: a statistics office's provisional, revised or preliminary estimate of a
# period it has counted (臨時估計, 修訂估計, 初步估算) reports the figure, no outlook; a
# forecaster's 估計 still projects.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "政府統計處公布，8月零售業總銷貨價值的臨時估計為324億元，較去年同月上升13.7%。\n",
            {"324億元": False, "13.7%": False},
        ),
        (
            "7月零售業總銷貨價值的修訂估計較去年同月上升16.7%。\n",
            {"16.7%": False},
        ),
        ("經初步估算，甲公司上半年虧損約3億元。\n", {"約3億元": False}),
        ("乙公司估計明年營收將成長10%。\n", {"10%": True}),
    ],
)
def test_a_provisional_estimate_is_no_forecast(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# Class links47c: a month whose figures the text says are out (統計處公布，11月零售業…),
# numbered after the month of the text's date, is the month of the year before — in the
# headline and the later mentions of that month too; a month before the text's month keeps
# its year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11月零售業銷貨值升15.9%\n2024年1月4日\n"
            "政府統計處公布，11月零售業總銷貨價值臨時估計為342億元，按年上升15.9%。\n"
            "11月零售業總銷貨價值中，網上銷售佔9.3%。\n",
            {"342億元": (2023, "same_sentence"), "9.3%": (2023, "same_sentence")},
        ),
        (
            "外銷訂單\n2022年1月20日\n經濟部統計處發佈，12月外銷訂單金額為637億美元，年增12.1%。\n",
            {"637億美元": (2021, "same_sentence")},
        ),
        (
            "出口統計\n2024年3月8日\n財政部今天公布2月出口金額為315億美元，年增1.2%。\n",
            {"315億美元": (2024, "same_sentence")},
        ),
        # (a month a rule starts from is no month whose figures are out)
        (
            "電價調整\n2024年3月8日\n經濟部今天公布，7月起電價平均調漲11%。\n",
            {"11%": (2024, "same_sentence")},
        ),
    ],
)
def test_a_released_month_after_the_texts_month_is_last_years(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links48: as of the close of the text's day (截至收盤) or of press time (截至發稿), and now
# said as 現時, are the text's present like 目前 and 截稿前: the figures after them in their
# sentence (the whole list of index closes, not only the one whose name says 指數) take the
# year the text establishes; none when it fixes none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司公佈 2024 年上半年財報。\n\n"
            "截至收盤，上證指數跌 0.14% 報 2858.2 點，深證成指跌 0.24%，創業板指跌 0.2%。\n",
            {"0.24%": (2024, "anchor"), "0.2%": (2024, "anchor")},
        ),
        (
            "乙證券公佈 2026 年 1 月營收。\n\n"
            "乙證券早盤走低，截至發稿 A 股跌 6%，H 股跌 8%。\n",
            {"8%": (2026, "anchor")},
        ),
        (
            "丙公司公佈 2026 年 1 月營收。\n\n"
            "油價方面，紐約原油期貨現時每桶 67.09 美元，升 0.61 元或 0.92%。\n",
            {"0.61 元": (2026, "anchor"), "0.92%": (2026, "anchor")},
        ),
        # a date of the sentence still dates it
        (
            "丁公司公佈 2024 年上半年財報。\n\n"
            "截至收盤，丁公司股價漲 3%，2023 年營收 50 億元。\n",
            {"50 億元": (2023, "same_sentence")},
        ),
        # no year fixed: still none
        ("截至收盤，上證指數跌 0.14% 報 2858.2 點，深證成指跌 0.24%。\n", {"0.24%": (None, None)}),
    ],
)
def test_as_of_the_close_or_press_time_is_the_present(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links49: the text's year bounded by a span from a written date to a relative one
# (2023年11月至去年8月: 去年 is after 2023, so the text is 2025): the values of its bare
# months and its 去年 take the bounded years, not those of the latest year written.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2月人民幣國際支付份額升至4.33%，高於1月的3.79%。有關比例在2023年11月至去年8月，"
            "一直處於4%以上，去年10月一度跌穿3%水平。\n",
            {"4.33%": (2025, "same_sentence"), "3%": (2024, "same_sentence")},
        ),
    ],
)
def test_values_take_the_year_a_relative_span_bounds(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links50: a base framed by 與…相比 whose own value writes a digit-group comma
# (與2011年的新臺幣2,403億元相比，成長9.4%): the comma is no clause break, so the change
# after the frame takes the sentence's own year, and the breakdown after it that year too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2012年我國生技產業營業額約新臺幣2,630億元，與2011年的新臺幣2,403億元相比，"
            "約成長9.4%。其中，製藥產業營業額約新臺幣800億元。\n",
            {
                "新臺幣2,403億元": (2011, "same_sentence"),
                "約成長9.4%": (2012, "same_sentence"),
                "約新臺幣800億元": (2012, "continuation"),
            },
        ),
        (
            "2024年全球伺服器出貨1,349萬台，與2023年的1,283萬台相較，成長5.1%。\n",
            {"1,283萬台": (2023, "same_sentence"), "5.1%": (2024, "same_sentence")},
        ),
        # no grouped digits: as before
        (
            "2022年產值達3,200億元，與2021年的2900億元相比，成長10.3%。\n",
            {"10.3%": (2022, "same_sentence")},
        ),
    ],
)
def test_change_after_a_with_frame_with_grouped_digits(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links50: a sentence that opens on "formerly" (過去, 以往, 過往) tells how things were
# before the period the paragraph reports: a number there with no date of its own measures
# no calendar year and continues none; a count after the word (過去五年) or a date in the
# sentence still reads as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "聯合國預測，到2030年城市人口將增加到50億，並且有60%的人口生活在都市中。"
            "過去全球90%人口住在農村，預計2040年有80%人口將集中在城市中。\n",
            {"60%": (2030, "same_sentence"), "90%": (None, None), "80%": (2040, "same_sentence")},
        ),
        (
            "甲公司2023年營收達50億元，毛利率為30%。以往該公司毛利率僅20%左右。\n",
            {"30%": (2023, "same_sentence"), "20%左右": (None, None)},
        ),
        (
            "2026年預期雲端占比將維持在40%以上。過往乙公司本益比常在10-12倍徘徊。\n",
            {"10-12倍": (None, None)},
        ),
        # a date in the sentence dates it
        (
            "甲公司2023年營收達50億元。過去2022年營收為40億元。\n",
            {"40億元": (2022, "same_sentence")},
        ),
        # not an opener: the sentence continues the one before
        (
            "甲公司2023年營收達50億元，毛利率為30%。其中，海外營收為20億元。\n",
            {"20億元": (2023, "continuation")},
        ),
    ],
)
def test_formerly_opens_no_year(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# links50: a date whose since is followed by a rank (2010年以來…首次低於50%, 2015年以來最低的18%)
# starts the span a value is ranked over: no period of the value after it, which takes the
# sentence's own earlier date (or none); a since with no rank stays as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2016年的全球電動車數量年增幅為60%，明顯低於2015年的77%；"
            "2016年同時也是2010年以來電動車銷售成長率首次低於50%的一年。\n",
            {"77%": (2015, "same_sentence"), "低於50%": (2016, "same_sentence")},
        ),
        (
            "甲公司2023年毛利率為2015年以來最低的18%，營業利益率為2020年以來新低的5%。\n",
            {"18%": (2023, "same_sentence"), "5%": (2023, "same_sentence")},
        ),
        ("機構持倉佔比達到51.03%，為2007年以來首次突破50%。\n", {"突破50%": (None, None)}),
        # a value written before the since: its sentence's year, as before
        ("2023年出口衰退12%，為2009年以來最大跌幅。\n", {"12%": (2023, "same_sentence")}),
    ],
)
def test_since_with_a_rank_dates_no_value(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# links51: an undated digest's bare quarter takes the year the text reports, not one it only
# looks ahead to (對2026年…轉趨保守, 2026年…恐受); a bare year glued to its whole year's
# figures (2021全年度出貨) fixes the text's year, so 去年/今年 values get theirs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年第三季前十大晶圓代工廠營收季增8.1%。考量2026年景氣恐受地緣政治擾動，"
            "供應鏈對2026年主流終端應用需求轉趨保守。\n分析第三季業者表現，甲公司營收近331億美元，"
            "季增9.3%。\n",
            {"近331億美元": (2025, "same_sentence"), "9.3%": (2025, "same_sentence")},
        ),
        (
            "依研究統計，去年第三季筆電出貨量創單季高點50.1萬台。\n"
            "至於2021全年度出貨總量則以10.1%年增率達約150萬台。今年首季筆電出貨量將以8.7%的年增幅成長。\n",
            {"50.1萬台": (2021, "same_sentence"), "8.7%": (2022, "same_sentence")},
        ),
    ],
)
def test_an_undated_digest_takes_the_year_it_reports(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links52: broker commentary. A company's guidance names the figure right after it (財測,
# 指引, with a revision verb, 至/為 or a measure's name between); the forecasters' consensus
# is their expectation (市場共識的X); a year marked as an estimate (2026E, FY26E) is the
# year of the figures after it and projects them. Reported results beside them stay reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年11月20日\n甲公司第三季營收570億美元，年增62%；公司給出第四季營收財測650億美元，"
            "高於市場共識的620億美元。\n",
            {"570億美元": False, "62%": False, "650億美元": True, "620億美元": True},
        ),
        (
            "2025年10月1日\n乙公司受惠記憶體漲價，上修 25Q4 財測至營收 112 億美元，"
            "全年資本支出指引上調至660-720億美元。\n",
            {"112 億美元": True, "660-720億美元": True, "720億美元": True},
        ),
        (
            "2025年8月1日\n丙公司第二季交付量約5.7萬臺；三季度營收指引為191億元至197億元。\n",
            {"約5.7萬臺": False, "191億元至197億元": True},
        ),
        (
            "2025年10月29日\n丁公司預估今年營收年增30%，高於市場共識的23%；"
            "去年第4季EPS比市場預估值高出9%。\n",
            {"30%": True, "23%": True, "9%": False},
        ),
    ],
)
def test_guidance_and_consensus_name_their_figure(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    got = {q.text: q.is_forecast for q in _quantities(tmp_path, text)}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年10月1日\n法人看好該公司2026E EPS 25.3元，今年前三季EPS 0.63元。\n",
            {"25.3元": (2026, True), "0.63元": (2025, False)},
        ),
        (
            "2025年10月1日\n券商估算FY26E營收約1,200億元，本益比約18倍。\n",
            {"約1,200億元": (2026, True)},
        ),
    ],
)
def test_an_estimate_marked_year_projects_its_figures(
    tmp_path: Path, text: str, expected: dict[str, tuple[int | None, bool]]
) -> None:
    got = {q.text: (q.year, q.is_forecast) for q in _quantities(tmp_path, text)}
    assert {k: got.get(k) for k in expected} == expected


# links52: a two-digit estimate year is a year only before a measure's name (24E平均PE, 26E EPS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年10月1日\n可比公司24E平均PE 44.5倍，給予目標價。\n", {"44.5倍": 2024}),
        ("2025年10月1日\n法人估26E EPS 3.2元。\n", {"3.2元": 2026}),
    ],
)
def test_a_short_estimate_year_before_a_measure(
    tmp_path: Path, text: str, expected: dict[str, int | None]
) -> None:
    got = {q.text: q.year for q in _quantities(tmp_path, text)}
    assert {k: got.get(k) for k in expected} == expected


# links53: a monthly or quarterly statistics release that goes on to the whole year (全年)
# after the closed month or quarter it reports: the whole running year has not ended, so the
# forecast cue's figure stays an outlook (before, the closed month it continued made it a
# what-if on a period reported); the month's own figures stay reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年11月20日\n經濟部今日公布10月外銷訂單為693.7億美元，年增25.1%。"
            "處長表示，全年外銷訂單上看7,000億美元。\n",
            {"693.7億美元": (2025, False), "25.1%": (2025, False), "7,000億美元": (2025, True)},
        ),
        (
            "2025年11月20日\n甲部公布10月出口金額480億美元，全年可望突破5,600億美元。\n",
            {"480億美元": (2025, False), "突破5,600億美元": (2025, True)},
        ),
        (
            "2025年8月10日\n統計處公布第二季製造業產值5兆元，年增10%；全年產值上看20兆元，年增8%。\n",
            {
                "5兆元": (2025, False),
                "10%": (2025, False),
                "20兆元": (2025, True),
                "8%": (2025, True),
            },
        ),
        (
            "2025年8月10日\n乙公司7月營收達300億元，月增5%。公司表示，全年營收將成長30%。\n",
            {"300億元": (2025, False), "30%": (2025, True)},
        ),
        # (a closed month with no whole year after it stays reported: a what-if on it)
        (
            "2025年8月10日\n乙公司7月營收達300億元，月增5%。\n",
            {"300億元": (2025, False), "5%": (2025, False)},
        ),
    ],
)
def test_the_whole_year_after_a_closed_month_stays_an_outlook(
    tmp_path: Path, text: str, expected: dict[str, tuple[int | None, bool]]
) -> None:
    got = {q.text: (q.year, q.is_forecast) for q in _quantities(tmp_path, text)}
    assert {k: got.get(k) for k in expected} == expected


# links53: a year after a half-width comma that closes a Latin name (Chromebook,2014年…) is a
# date, so the figure after it takes that year, not the next clause's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "至於Chromebook,2014年可望挑戰300萬台,2015年滲透率將朝5%邁進。\n",
            {"300萬台": (2014, "same_sentence"), "5%": (2015, "same_sentence")},
        ),
        (
            "根據IDC,2024年全球平板出貨量達1.4億台,年增5%。\n",
            {"1.4億台": (2024, "same_sentence"), "5%": (2024, "same_sentence")},
        ),
    ],
)
def test_a_year_after_a_latin_name_and_comma(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links54: a figure of a sentence takes the outlook of any earlier figure of that sentence
# that projects the same period, not only of the one just before it: the end of a
# from–to change past its base year (年衰退幅度由2016年的4.5%縮小至0.5%), also after a
# statement the base year opens; a value set as a comparison's base does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2017年8月30日\n研究機構預估，今年全球筆電出貨量約1.6億台，"
            "年衰退幅度由2016年的4.2%縮小至0.8%。\n",
            {"約1.6億台": (2017, True), "4.2%": (2016, False), "0.8%": (2017, True)},
        ),
        (
            "2017年8月30日\n研究機構預估，今年全球桌機出貨量約9,900萬台，"
            "年衰退則由2016年的9.1%縮小至3.4%。\n",
            {"9.1%": (2016, False), "3.4%": (2017, True)},
        ),
        # (a value set as the base of a comparison stands already: 較2021年上半年純利…)
        (
            "綜合4間券商預測，該行2022年上半年純利1,700億元，較2021年上半年純利1,643億元，"
            "同比上升3.5%;中位數1,714億元，同比升4.3%。\n",
            {
                "1,643億元": False,  # (its forecast flag only: the base's year is not at issue)
                "3.5%": (2022, True),
                "1,714億元": (2022, True),
                "4.3%": (2022, True),
            },
        ),
        # (a figure of another period after the outlook stays as told)
        (
            "2014年12月1日\n機構預期，今(2014)年全年產值可望達2.2兆元；"
            "第三季產值為5,800億元，季增6%。\n",
            {"2.2兆元": (2014, True), "5,800億元": (2014, False)},
        ),
    ],
)
def test_a_later_figure_of_the_outlooks_period_keeps_the_outlook(
    tmp_path: Path, text: str, expected: dict[str, tuple[int | None, bool] | bool]
) -> None:
    got = {q.text: (q.year, q.is_forecast) for q in _quantities(tmp_path, text)}
    seen = {
        k: (got[k][1] if isinstance(v, bool) else got[k]) if k in got else None
        for k, v in expected.items()
    }
    assert seen == expected


# Round links55: a sentence that opens with a view by segment (以各類別觀察，就產品別來看，) breaks
# down the outlook of the sentence before as 其中 does, and the next segments written each as a
# sentence of their own with no period or cue go on with it; a breakdown of figures reported
# (統計) stays reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "研究所預估，2023年甲產業產值達4兆2496億元、年減12.1%。以各類別觀察，設計業產值"
            "1兆760億元、年減12.7%。製造業2兆6060億元、年減10.8%。封裝業3771億元。\n",
            {
                "4兆2496億元": True,
                "1兆760億元": True,
                "12.7%": True,
                "2兆6060億元": True,
                "10.8%": True,
                "3771億元": True,
            },
        ),
        (
            "研調機構預估2025年全球伺服器市場規模將達1500億美元，年增12%。以地區別來看，美國市場"
            "規模為700億美元，年增15%；中國市場為300億美元。\n",
            {"1500億美元": True, "700億美元": True, "15%": True, "300億美元": True},
        ),
        (
            "研究所統計，甲產業2023年首季產值1兆84億元，季減15.8%。以各類別觀察，設計業產值2400"
            "億元，季減7.7%。製造業6279億元，季減18.4%。\n",
            {"1兆84億元": False, "2400億元": False, "7.7%": False, "6279億元": False},
        ),
        (
            "2023年全球伺服器市場規模為1300億美元。就產品別來看，AI伺服器規模為700億美元，"
            "年增15%。\n",
            {"1300億美元": False, "700億美元": False, "15%": False},
        ),
    ],
)
def test_a_view_by_segment_breaks_down_the_outlook_before(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# dates57: an undated analyst's post whose year its outlook fixes (展望2H25，…；2026年進一步…
# continues the outlook's timeline, so the latest year told as present is 2025): the figures
# under 去年/今年/明年 take their years instead of none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1H25 營收年增 20.6%。\n今年起資本支出上看 300 億美元。\n"
            "展望 2H25，營運將優於上半年；2026 年進一步迎來新機種的成長循環。\n"
            "去年 AI 應用營收占比 45%，今年有望衝到 70%。\n"
            "明年子公司保守估 50 億元獲利。\n",
            {
                "45%": (2024, "same_sentence"),
                "70%": (2025, "same_sentence"),
                "50 億元": (2026, "same_sentence"),
            },
        ),
    ],
)
def test_an_undated_posts_relative_years_from_its_outlook(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links56: an undated broker note's years. A year right after a verb revising an estimate
# (上修2026、2027年EPS) is a year the estimate is for, and a whole year something runs on
# after (2027年之後的收入) is a horizon: neither is the year the note is written in, so a
# later year its outlook writes stays projected.
@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "高盛維持2026年資本支出560億美元。摩根士丹利預期2奈米到2026年底接近10萬片月產能，"
            "2027年提高至15.5萬片。高盛上修2026、2027年EPS至95.24元與125元。"
            "這些投資對應的是2027年之後的收入。\n",
            "2026",
            {"15.5萬片": True, "125元": True},
        ),
        (
            "乙券商維持2026年資本支出560億美元。丙券商預期3奈米到2026年底達12萬片，"
            "2027年提高至14萬片。花旗調升2026、2027年每股盈餘至60元與75元。\n",
            "2026",
            {"14萬片": True, "75元": True},
        ),
    ],
)
def test_a_revised_estimates_years_are_no_text_year(
    tmp_path: Path, text: str, year: str, expected: dict[str, bool]
) -> None:
    assert own_text_year(text)[0] == year
    _check_forecasts(tmp_path, text, expected)


# links56: in a text of no date, a clause of a year after the one its outlook projects
# goes on with the outlook (that year has not come either).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "法人預估，2026年營收將成長三成，2027年則再成長兩成。\n",
            {"三成": True, "兩成": True},
        ),
        (
            "分析師預期，2025年全球出貨量將年增5%，2026年再增至1.2億台。\n",
            {"5%": True, "1.2億台": True},
        ),
    ],
)
def test_a_year_after_the_outlooks_own_goes_on_with_it(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links56: a list of years written between a value and the enumeration after it (with no
# 分別) gives the k-th value the k-th year, as the sentence's first list does; a range
# whose end took a listed year takes it too; and a listed year past the year an undated
# note establishes is projected.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "高盛維持2026年資本支出560億美元，並將2027、2028年上修至700億與740億美元。\n",
            {"700億": (2027, "list_order"), "740億美元": (2028, "list_order")},
        ),
        (
            "甲公司2021年營收年增79%、去年再年增49%達14.62億元；"
            "乙公司2021及2022年營收連續年增51%及251%。\n",
            {"51%": (2021, "list_order"), "251%": (2022, "list_order")},
        ),
        (
            "丙公司2024年營收為300億元，2025、2026年則估計為320億元與350億元。\n",
            {"320億元": (2025, "list_order"), "350億元": (2026, "list_order")},
        ),
        (
            "摩根士丹利預估2026、2027、2028年資本支出分別為520至560億、650億與700億美元。\n",
            {"520至560億": (2026, "list_order"), "650億": (2027, "list_order")},
        ),
    ],
)
def test_a_later_list_of_years_pairs_with_its_values(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links56: a written day of the text's own month after the text's day has not come, so
# what it holds is projected (as a later month's is); a day the text calls today (今(10)日)
# under a dateline of the night before is the present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲科技競拍公告\n時報資訊\n2025年2月11日 下午7:04\n"
            "甲科技自2月13日至17日對外競價拍賣1109張，競拍底價200元，最高投標張數141張。\n",
            {"1109張": True, "200元": True, "141張": True},
        ),
        (
            "乙公司今上市\n財訊快報\n2025年6月9日 下午10:55\n"
            "乙公司今(10)日以承銷價75元掛牌上市，盤中最高達136元。\n",
            {"75元": False, "最高達136元": False},
        ),
    ],
)
def test_a_day_of_the_texts_month_still_to_come_is_projected(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# links58: the first bullet of a run that opens with a written year names the year its later
# bullets go on with (meeting notes: 「• 2025 年伺服器電源收入佔總營收 22%」⏎「• 一般伺服器佔
# 14-15%」), as a lead line naming the year does; not when the year stands inside the first
# bullet, a bullet between writes a date of its own or states no figure (a sub-topic label),
# nor for the run's first bullet or a label–value line.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "伺服器電源\n • 2025 年伺服器電源收入佔總營收 22%。\n • 一般伺服器佔 14-15%，"
            "AI 伺服器佔 7-8%。\n • 整體伺服器電源年增 30-35%。\n",
            {
                "22%": (2025, "same_sentence"),
                "14-15%": (2025, "heading"),
                "7-8%": (2025, "heading"),
                "30-35%": (2025, "heading"),
            },
        ),
        (
            "重點如下：\n• 2026年營收目標 300 億元。\n• 海外營收佔 40%。\n",
            {"300 億元": (2026, "same_sentence"), "40%": (2026, "heading")},
        ),
        # a bullet between states no figure: a sub-list of its own topic
        (
            "液冷\n • 2025 年營收目標 250 億元。\n • 趨勢：\n • 集中化。\n • 毛利率約 30%。\n",
            {"約 30%": (None, None)},
        ),
        # a bullet between writes its own year
        (
            "展望\n • 2025 年營收 100 億元。\n • 2024 年營收 80 億元。\n • 毛利率 25%。\n",
            {"25%": (None, None)},
        ),
        # the year is not where the first bullet opens
        (
            "展望\n • 公司預估 2025 年營收 100 億元。\n • 毛利率 25%。\n",
            {"25%": (None, None)},
        ),
    ],
)
def test_a_bullet_run_goes_on_with_the_year_its_first_bullet_opens_with(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links58: some years back with no number of them (數年前, 幾年前, 多年前) is a vague period: the
# value after it is of no calendar year the sentence's date gives (FORMAT: null).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025 年伺服器電源收入佔總營收 22% (數年前僅 4-5%)。\n",
            {"22%": (2025, "same_sentence"), "4-5%": (None, None)},
        ),
        (
            "甲公司2024年營收達50億元，幾年前僅約10億元。\n",
            {"50億元": (2024, "same_sentence"), "約10億元": (None, None)},
        ),
        # a counted number of years back is a year (四年前 → 2020)
        ("甲公司2024年營收達50億元，四年前僅10億元。\n", {"10億元": (2020, "same_sentence")}),
    ],
)
def test_some_years_back_dates_no_value(tmp_path: Path, text: str, expected: Expected) -> None:
    _check(tmp_path, text, expected)


# links58: a paragraph that opens with 再加上 ("on top of that") adds to the sum the paragraph
# before builds: its figures with no period of their own take that paragraph's period.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "• 2026年甲公司保守估獲利 50 億元，貢獻 15 元 EPS。\n"
            "再加上軟板業務（折疊機與平板的內容提升 30%，約 45 億），整體 EPS 有機會挑戰 17 元。\n",
            {"30%": (2026, "continuation"), "17 元": (2026, "continuation")},
        ),
        # another opener continues nothing across the paragraph break, as before
        (
            "• 2026年甲公司保守估獲利 50 億元。\n整體來看，毛利率約 20%。\n",
            {"約 20%": (None, None)},
        ),
    ],
)
def test_a_paragraph_opening_on_top_of_that_continues_the_one_before(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# links58: a later enumeration in a sentence takes a span of years written between the value
# before it and it, when the values are as many as the span's years (as a list of years
# does: links56).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "也上調乙公司 2026~2027 年 EPS 至 $1.5/$3.4，上調 2025~2027 年 BVPS 至 "
            "$23.3/$24.6/$25.3。\n",
            {
                "$1.5": (2026, "list_order"),
                "$3.4": (2027, "list_order"),
                "$23.3": (2025, "list_order"),
                "$24.6": (2026, "list_order"),
                "$25.3": (2027, "list_order"),
            },
        ),
        (
            "預計2024-2026年公司淨利潤1.11/0.61/1.22億元，對應2025-2026年PE為52/26X。\n",
            {"52": (2025, "list_order"), "26X": (2026, "list_order")},
        ),
    ],
)
def test_a_later_span_of_years_pairs_with_its_values(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)


# flags60: a figure of a year the text has not reached is projected with no forecast word
# (a target's later year in a dated review; a year a horizon word leads in an undated
# digest), but not a fiscal label running ahead of the calendar, a clause that also writes
# a year up to the text's own, a maturity, or a span told; a day a plan was told (17日報導)
# closes no outlook; a plan or pledge before the verb of what it builds or spends, or right
# before its number (規劃部署, 承諾五千億美元), is a forecast cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲研究報告\n時報資訊\n2017年5月20日 上午9:00\n"
            "歐洲乘用車排放標準2015年為130g/km，2020年再降至95g/km；"
            "美國則要求須於2025年降為約109g/km。\n",
            {"130g/km": False, "95g/km": True, "約109g/km": True},
        ),
        (
            "乙集團財報\n時報資訊\n2024年11月20日 上午9:00\n"
            "乙集團2025財年第二季收入為2365億元，同比增長5%。\n",
            {"2365億元": False, "5%": False},
        ),
        (
            "丁協會展望\n時報資訊\n2022年6月14日 上午9:00\n"
            "SEMI估計，今年全球產能將增加8%，2023年再增加6%，月產能達2900萬片；比較2010年月產能約1600萬片。\n",
            {"2900萬片": True, "約1600萬片": False},
        ),
        (
            "戊公司債\n時報資訊\n2024年1月5日 上午9:00\n"
            "戊公司發行2029年到期的公司債50億元，票面利率2%。\n",
            {"50億元": False, "2%": False},
        ),
        (
            "武漢氫能科技產業園2024年落地軍山新城，總投資超30億元。"
            "到2030年，產業園總體投資規模達100億元，引進30家氫能企業。\n",
            {"超30億元": False, "100億元": True, "30家": True},
        ),
        (
            "從2014年到2016年，國內新能源汽車銷量從7.5萬輛快速增長至50.7萬輛。\n",
            {"7.5萬輛": False, "50.7萬輛": False},
        ),
        (
            "丙雲端計畫\n時報資訊\n2025年11月18日 上午9:00\n"
            "彭博、路透17日報導，丙公司計畫在台灣斥資5億美元，選在桃園建設一座16MW的資料中心。\n",
            {"5億美元": True, "16MW": True},
        ),
        ("Meta規劃部署最高6GW的GPU，首批1GW採用客製化晶片。\n", {"最高6GW": True, "1GW": True}),
        ("輝達已經承諾五千億美元的採購，把供應鏈帶回美國。\n", {"五千億美元": True}),
        ("甲公司承諾投資5000億美元。\n", {"5000億美元": True}),
    ],
)
def test_later_years_told_plans_and_pledges_are_projected(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# flags60: an estimate or a plan of a year revised or kept (維持/上修/下修/調高… right before
# the year) is projected, whatever verb the number's own clause has; not a revision of a
# thing with no year (a price hike told as done).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "高盛維持2026年資本支出560億美元，並上修2026、2027年EPS至95.24元與125元。\n",
            {"560億美元": True, "95.24元": True},
        ),
        ("研調機構也下調2012年整體液晶電視品牌出貨量到207百萬台。\n", {"207百萬台": True}),
        (
            "公司已經下修今年全年資本支出到250億元，上半年資本支出約119.3億元。\n",
            {"250億元": True, "約119.3億元": False},
        ),
        ("中油上週調升汽油價格至每公升30元。\n", {"30元": False}),
    ],
)
def test_a_years_estimate_revised_or_kept_is_projected(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# A whole day later than the text is an event's date (a standard's effective day, a meeting),
# not the period of a figure in its sentence: no forecast by the later year alone (a filing's
# note on new standards, its table's columns run together: 生效日 2027年1月1日 新準則引入三種…).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司財務報告\n時報資訊\n2024年5月20日 上午9:00\n"
            "生效日 2027年1月1日 新準則引入三種收益及費損類別\n",
            {"三種": False},
        ),
        (
            "甲研究報告\n時報資訊\n2017年5月20日 上午9:00\n"
            "歐洲乘用車排放標準2020年再降至95g/km。\n",
            {"95g/km": True},
        ),
    ],
)
def test_a_later_day_is_an_events_date_not_a_figures_period(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# fc61: the holder of an estimate as its clause's subject — the market's consensus, an
# analyst's model — frames the figures it stands at or puts a number at, and the short
# clause after it that lists one more (estimate_frame, quantity_context.yaml); not a consensus
# a result is compared with, not a model of AI, not a remark after the listed figures.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "這一季，市場共識大概落在 548～550 億美元左右，EPS 約 1.2 多美元。\n",
            {"550 億美元左右": True, "約 1.2 多美元": True},
        ),
        (
            "我跟外資討論，他們模型則是把營收往上推到 569 億美元，"
            "跟共識之間多抓了將近一個季度的成長空間。\n",
            {"569 億美元": True, "將近一個季度": False},
        ),
        ("已有機構開始默默將模型調整至400-470億美元的區間。\n", {"400-470億美元": True}),
        (
            "毛利率從去年同期的 11.9% 滑落至 6.4%，市場共識則是 6.55%。\n",
            {"6.4%": False, "6.55%": True},
        ),
        (
            "調整後 EPS 報 1.7 美元，遠優於市場共識的 0.96 美元，毛利率報 17.6%。\n",
            {"1.7 美元": False, "0.96 美元": True, "17.6%": False},
        ),
        (
            "每股盈餘比市場共識低了超過20%，營收比Bloomberg共識多出 3 個百分點。\n",
            {"超過20%": False},
        ),
        ("GPT-5 大模型的參數量約 1.8 兆，推理速度提升 9 倍。\n", {"9 倍": False}),
        ("LLaMA-7B模型推理速度提升9倍。\n", {"9倍": False}),
    ],
)
def test_an_estimates_holder_frames_its_figures(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# fc61: 將 before an object and a verb of naming or ranking (定位為, 視為, 列為) is 把, no
# future (將 with no object before the verb, or before a verb of change, still is).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clarke 將儲存定位為 AI 的基礎，PowerScale 與 ObjectScale 連續三季成長。\n",
            {"三季": False},
        ),
        (
            "五大記憶體公司皆將AI視為成長的推動力，從SK海力士的57%到Sandisk的97%不等。\n",
            {"57%": False, "97%": False},
        ),
        ("公司將在明年將產能提升至 5 萬片。\n", {"5 萬片": True}),
    ],
)
def test_jiang_before_a_naming_verb_projects_nothing(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# fc61: a revision's starting value is the same figure's earlier estimate where the revised
# value is projected (revision_frame, quantity_context.yaml; the verbs are dates.yaml
# forecast_revision_words); a statistic revised, a rule's value in force and a price that
# moved keep their start reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "執行長將TAM的CAGR預期從16%上修到27%，連帶整體TAM的CAGR從9%上修到14%。\n",
            {"16%": True, "27%": True, "9%": True, "14%": True},
        ),
        (
            "全年營收成長預期從6%至8%大幅上修到12%至14%。\n",
            {"6%至8%": True, "8%": True, "12%至14%": True},
        ),
        (
            "Bloomberg 對 FY2027 的營收預估，短時間內從 2,650 億美元"
            "被往上修到了大約 2,934 億美元。\n",
            {"2,650 億美元": True, "大約 2,934 億美元": True},
        ),
        ("主計總處公布，第一季GDP成長率由2.9%上修至3.2%。\n", {"2.9%": False, "3.2%": False}),
        (
            "有限合夥創投事業之實收出資額門檻將由現行 3 億元調降為 1.5 億元。\n",
            {"3 億元": False, "1.5 億元": True},
        ),
        ("預計公司股價從100元上漲至120元。\n", {"100元": False}),
    ],
)
def test_a_revisions_start_is_the_earlier_estimate(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    _check_forecasts(tmp_path, text, expected)


# lk32: a year a heading reaches to (訂單鎖死到2030, 產能滿載直到2028) is the horizon of what
# it tells, not the period of the figures under it; a heading year with no horizon word still
# heads them
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# 甲公司訂單鎖死到2030\n\n"
            "甲公司最新數據顯示，整體 backlog 已達 1,630 億美元。\n",
            {"1,630 億美元": (None, None)},
        ),
        (
            "# 乙廠產能滿載直到2028\n\n"
            "乙廠目前月產能約 5 萬片。\n",
            {"約 5 萬片": (None, None)},
        ),
        (
            "# 甲公司2030訂單\n\n"
            "甲公司最新數據顯示，整體 backlog 已達 1,630 億美元。\n",
            {"1,630 億美元": (2030, "heading")},
        ),
    ],
)
def test_a_heading_horizon_heads_no_paragraph(
    tmp_path: Path, text: str, expected: Expected
) -> None:
    _check(tmp_path, text, expected)
