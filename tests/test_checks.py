"""Cross-fact consistency checks on real text through every stage."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from pipeline.checks import (
    RULE_PREFIX,
    cagr_percent,
    check_companies,
    check_dates,
    check_growth,
    check_periods,
    number_checks,
    run_checks,
)
from pipeline.config import Settings
from pipeline.models import CharSpan, Check, Document, Product
from pipeline.run import build_document, with_stable_ids

IN_PROCESS = Settings(isolate=False, reference_date="2024-01-15")


def build_text(tmp_path: Path, body: str) -> Document:
    """A short report with ``body`` as its one paragraph, through every stage."""
    path = tmp_path / "report.txt"
    path.write_text(f"2023 年產業回顧\n一、市場概況\n{body}\n", encoding="utf-8")
    return build_document(path, IN_PROCESS)


def kinds(doc: Document, kind: str) -> list[Check]:
    return [c for c in doc.checks if c.kind == kind]


def texts(doc: Document, ids: list[str]) -> list[str]:
    by_id = {q.id: q.text for q in doc.facts.quantities}
    return [by_id[i] for i in ids]


# --------------------------------------------------------------------------- parts


@pytest.mark.parametrize(
    ("body", "kind", "status", "whole", "parts"),
    [
        (
            "2023 年共有 1 項自體細胞產品、3 項異體細胞產品及 5 項基因治療產品等 9項全新產品上市。",
            "parts_sum",
            "pass",
            9,
            [1, 3, 5],
        ),
        (
            "美國共核准 7 項細胞及基因治療產品，包含 2 項異體細胞產品及 5 項基因治療產品。",
            "parts_sum",
            "pass",
            7,
            [2, 5],
        ),
        (
            "美國共核准 8 項細胞及基因治療產品，包含 2 項異體細胞產品及 5 項基因治療產品。",
            "parts_sum",
            "fail",
            8,
            [2, 5],
        ),
        ("美國 40 家、歐洲 30 家，合計 70 家。", "parts_sum", "pass", 70, [40, 30]),
        ("美國 40 家、歐洲 30 家，合計 80 家。", "parts_sum", "fail", 80, [40, 30]),
        (
            "國內共有 70 家醫院參與，其中北部 30 家、中部 20 家、南部 15 家。",
            "parts_within_whole",
            "pass",
            70,
            [30, 20, 15],
        ),
        (
            "國內共有 50 家醫院參與，其中北部 30 家、中部 25 家。",
            "parts_within_whole",
            "fail",
            50,
            [30, 25],
        ),
        (
            "營收合計 300億元，其中A公司 100億元、B公司 150億元。",
            "parts_within_whole",
            "pass",
            30_000_000_000,
            [10_000_000_000, 15_000_000_000],
        ),
        (
            "臺灣規劃建置 1,000MW 儲能系統，其中自建 160MW、向民間採購 840MW。",
            "parts_within_whole",
            "pass",
            1000,
            [160, 840],
        ),
    ],
)
def test_parts_and_their_whole(
    tmp_path: Path, body: str, kind: str, status: str, whole: float, parts: list[float]
) -> None:
    doc = build_text(tmp_path, body)
    found = kinds(doc, kind)
    assert len(found) == 1, [c.message for c in doc.checks]
    check = found[0]
    assert check.status == status, check.message
    assert check.values["whole"] == whole and check.values["parts"] == parts
    assert math.isclose(check.values["sum"], sum(parts))
    assert len(check.fact_ids) == len(parts) + 1
    assert check.rule == "checks.parts_sum.v1"


@pytest.mark.parametrize(
    "body",
    [
        "市場由 2022 年的 100 億美元成長至 2023 年的 120 億美元。",  # a change, not parts
        "國內共有 3 家公司與 5 項產品通過審查。",  # different units
        "共 10 家，其中 3 至 5 家為新創。",  # a range is not a part
        "廠商家數大約 1,200家，營業額約 7,315億元，其中資本額 1億元以下的公司占近 4成。",
        "營業額約為新台幣 7,315億元，年增 4.6%，廠商家數大約 1,200家，其中資本額 1億元以下"
        "的中小型公司占近 4成。",
        "共有 9項全新產品於美國、歐盟及日本等國家上市，美國核准上市的數量最多。",
    ],
)
def test_no_parts_relation_where_the_sentence_states_none(tmp_path: Path, body: str) -> None:
    doc = build_text(tmp_path, body)
    assert not kinds(doc, "parts_sum") and not kinds(doc, "parts_within_whole"), [
        c.message for c in doc.checks
    ]


def test_parts_with_an_approximate_whole_overlap(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "國內約有 10 家業者投入，包含 4 家新創及 5 家大廠。")
    (check,) = kinds(doc, "parts_sum")
    assert check.status == "pass" and check.values["exact"] is False


# --------------------------------------------------------------------------- percentages


def test_shares_of_one_whole_add_up_to_at_most_100(tmp_path: Path) -> None:
    doc = build_text(
        tmp_path,
        "細胞修飾臨床試驗件數最多，約占整體臨床試驗案的 42.8%，"
        "基因治療臨床試驗件數次之，約占三成。",
    )
    (check,) = kinds(doc, "shares_of_whole")
    assert check.status == "pass" and check.values["sum"] == pytest.approx(72.8)
    assert texts(doc, check.fact_ids) == ["42.8%", "約占三成"]


def test_shares_over_100_fail(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "美國占 60%、歐洲占 30%、日本占 20%。")
    (check,) = kinds(doc, "shares_of_whole")
    assert check.status == "fail" and check.values["sum"] == 110


def test_a_share_moving_over_time_is_not_summed(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "記憶體占整體市場比重由2022年的25.5%降至17.5%。")
    assert not kinds(doc, "shares_of_whole")


def test_percent_range_fails_a_share_over_100_but_not_a_growth_rate(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "市占率達 120%，營收年增 150%。")
    fails = [c for c in kinds(doc, "percent_range") if c.status == "fail"]
    assert [texts(doc, c.fact_ids) for c in fails] == [["120%"]]


@pytest.mark.parametrize(
    "body",
    [
        # a ratio to GDP: the debt is no part of GDP and may pass 100 %
        "日本國債佔 GDP 比重約 232%，債務占GDP比率來到100.2%。",
        "美國債務占比預計到2030年達120%。",
    ],
)
def test_a_ratio_to_what_the_part_is_no_part_of_may_pass_100(tmp_path: Path, body: str) -> None:
    doc = build_text(tmp_path, body)
    assert [c for c in doc.checks if c.status == "fail"] == []


@pytest.mark.parametrize(
    "body",
    [
        # a market share beside a share of another whole
        "2023年智慧眼鏡出貨中AI 智慧眼鏡占比高達78%，甲品牌市占超過七成。",
        # the first share's item broken down: the shares after it are of that item
        "2023年營收佔比最大（73%）的系統部門可再細分成三大業務："
        "代工業務大概佔 62%，記憶體業務佔 34%。",
    ],
)
def test_shares_of_different_wholes_are_not_summed(tmp_path: Path, body: str) -> None:
    doc = build_text(tmp_path, body)
    assert [c.message for c in kinds(doc, "shares_of_whole") if c.status == "fail"] == []


# --------------------------------------------------------------------------- growth


def test_no_growth_between_a_dated_level_and_the_present(tmp_path: Path) -> None:
    """目前有 3件 is today's count, no level of a year to draw a rate from."""
    doc = build_text(tmp_path, "2023年 8月底共有 132件臨床試驗，目前有 3件產品上市。")
    assert kinds(doc, "implied_growth") == [] and kinds(doc, "forecast_year") == []


def test_no_growth_between_a_list_value_and_one_outside_the_list(tmp_path: Path) -> None:
    text = "2023年額定股本為 3,000千元，2024年及2023年實收股本分別為 2,047千元及 2,044千元。"
    doc = build_text(tmp_path, text)
    pairs = [texts(doc, c.fact_ids) for c in kinds(doc, "implied_growth")]
    assert all("3,000千元" not in p for p in pairs)


def test_cagr_is_computed_and_stored(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023年全球市場為 181.2億美元，預估至 2028年將擴增至 412.1億美元。")
    (year,) = kinds(doc, "forecast_year")
    assert year.status == "pass" and year.values == {"base_year": 2023, "forecast_year": 2028}
    (growth,) = kinds(doc, "implied_growth")
    assert growth.status == "info"
    assert growth.values["cagr_percent"] == pytest.approx(17.86, abs=0.01)
    assert growth.values["years"] == 5 and growth.values["unit"] == "USD"
    assert texts(doc, growth.fact_ids) == ["181.2億美元", "412.1億美元"]


@pytest.mark.parametrize(("stated", "status"), [("17.9%", "pass"), ("25%", "fail")])
def test_a_stated_cagr_is_compared(tmp_path: Path, stated: str, status: str) -> None:
    doc = build_text(
        tmp_path,
        "2023年全球市場為 181.2億美元，預估至 2028年將擴增至 412.1億美元，"
        f"年複合成長率為 {stated}。",
    )
    (growth,) = kinds(doc, "implied_growth")
    assert growth.status == status and len(growth.fact_ids) == 3


def test_a_forecast_before_its_base_year_fails(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023年全球市場為 181.2億美元，預估至 2028年將擴增至 412.1億美元。")
    target = doc.facts.quantities[1]
    target.year = 2021
    checks = check_growth(doc)
    assert [(c.kind, c.status) for c in checks] == [("forecast_year", "fail")]


def test_a_change_is_not_a_level(tmp_path: Path) -> None:
    doc = build_text(
        tmp_path,
        "截至2023年底，累計裝置容量為1,241.7萬瓩，較2022年底增加272.2萬瓩。",
    )
    assert not kinds(doc, "implied_growth")


@pytest.mark.parametrize(
    ("base", "target", "years", "expected"),
    [
        (181.2, 412.1, 5, 17.8607),
        (100, 100, 3, 0.0),
        (100, 50, 1, -50.0),
        (0, 10, 2, None),
        (10, 20, 0, None),
    ],
)
def test_cagr_percent(base: float, target: float, years: int, expected: float | None) -> None:
    got = cagr_percent(base, target, years)
    assert got == pytest.approx(expected, abs=1e-3) if expected is not None else got is None


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("2025年3月完成第一期工程。", "fail"),
        ("預計2025年3月完成第一期工程。", "pass"),
        ("該法規自2025年1月1日起施行。", "pass"),
        ("部分專案延後至2026年以後併網。", "pass"),
        ("2023年12月完成第一期工程。", "pass"),
        # scheduled by a contract, a meeting notice or a law: not a reported event
        ("本公司債發行期間五年，2026年6月30日到期。", "pass"),
        ("其餘盈餘分配項目尚待2024年5月20日召開之股東常會決議。", "pass"),
        ("董事會核准現金股利，配息基準日訂定為2024年3月18日。", "pass"),
        ("員工認股基準日為2024年2月14日。", "pass"),
        # a certificate's validity, a meeting set before the report was printed (帝寶 年報)
        ("本公司已通過環境管理系統認證，有效期間至2027年5月30日。", "pass"),
        ("員工酬勞經董事會決議，並於2024年6月20日報告股東常會。", "pass"),
        ("本公司於2024年6月20日完成認證。", "fail"),
        ("2025年適用之會計準則如下。", "pass"),
        ("上市公司應自2025年會計年度開始日起，依新準則編製財務報告。", "pass"),
        ("本公司自2025年會計年度開始日起編製財務報告。", "fail"),
        ("本公司於2024年3月完成併購。", "fail"),
        # the end of a term that runs now (a loan, a lease): agreed, not reported as past
        ("無擔保借款 台幣 1.74%~2.05% 2023/2/24~2029/4/26 $ 3,866,667", "pass"),
        ("外幣租賃負債 $ 64,213,681 2023年~2037年", "pass"),
        ("租賃期間為2022年1月1日至2031年12月31日。", "pass"),
        # a share award's vesting terms and a right's term, set when agreed (聯發科 113 Q3)
        ("既得期間為兩年，於各既得日可既得之比例分別為：2025年上限為50%。", "pass"),
        ("員工於2026年可既得股數比例上限為100%。", "pass"),
        ("員工認購股數比例上限為：2025年50%。", "fail"),
        ("地上權存續期間自登記完成之日起算至民國一八一年六月十三日止。", "pass"),
        # a yearless month and day takes the document's year by guess: a year earlier it
        # is before the document date (a statement row about the year just closed)
        ("2023年營收如下。12月31日餘額 $ 28,908,726。", "pass"),
        # a bond's or a contract's term, from a start on or before the document date
        ("乙券：7年(自民國112年10月14日起至民國116年10月14日止)。", "pass"),
        ("民國111年及112年核准，乙券：7年(自民國113年3月1日起至民國116年10月14日止)。", "fail"),
        (
            "契約性質 當事人 契約起訖日期\n長期授信 華南商業銀行 自2022年08月20日起\n"
            "合約 至2034年08月20日止",
            "pass",
        ),
        # a slide's schedule: a row of years running through now heads what is planned,
        # and a year with ~ runs from then on
        ("歐盟碳稅時程\n2023 2024 2025~\n40% 70% 100%", "pass"),
        ("新造船訂單 On Order: 13 2024 2025 2026\nPanamax 0 0 2", "pass"),
        ("2021年至2022年累計出貨，實際出貨年度 2025 2026\n", "fail"),
        ("2022年營收回顧 2019 2021 2025\n", "fail"),
        # a roadmap's phases: consecutive year ranges running through now
        ("發展藍圖\n2020-2022 年 2023-2025年 2026-2028年\n平台 生態系 國際化", "pass"),
        ("發展藍圖\n2020-2022年 2026-2028年\n", "fail"),
        # X之次年 counts from X (a generic year), not from the date written last
        ("2023年營收成長。所得稅於盈餘產生年度之次年度股東會後認列，2026年3月完成。", "fail"),
        # a range that starts after the document date is checked as a whole
        ("本公司於2022年及2023年5月公告，2024年3月至2024年6月完成併購。", "fail"),
        # the sentence looks forward: may, outlook, a strategy for the year ahead
        ("法人指出，該公司2025年的毛利率可能面臨壓力。", "pass"),
        ("業者對2025年上半年的景氣前景看法保守。", "pass"),
        ("研究報告：2025年半導體產業投資策略。", "pass"),
        # a label line ending in a colon names the date set on the next line
        (
            "本案2023年11月董事會通過，2023年12月公告。\n五、預定公開收購期間：\n"
            "2024年2月1日上午9時起至2024年3月1日止。",
            "pass",
        ),
        (
            "本案2023年11月董事會通過，2023年12月公告。\n五、公開收購期間：\n"
            "2024年2月1日上午9時起至2024年3月1日止。",
            "fail",
        ),
    ],
)
def test_dates_after_the_document_date(tmp_path: Path, body: str, status: str) -> None:
    doc = build_text(tmp_path, body)
    doc.metadata.published = "2024-01"
    later = [d for d in doc.facts.dates if d.iso and d.iso >= "2023-12"]
    date = max(later, key=lambda d: d.span.start)  # a range's end
    (check,) = [c for c in check_dates(doc) if date.id in c.fact_ids]
    assert check.status == status, check.message


def test_dates_under_an_effective_date_header_are_scheduled(tmp_path: Path) -> None:
    """A table of standards laid out as lines: the header names the dates as effective dates."""
    body = (
        "新發布／修正準則 理事會發布之生效日\n"
        "「保險合約」之修正 2023年1月1日\n"
        "「財務報表之表達與揭露」 2027年1月1日\n"
    )
    doc = build_text(tmp_path, body)
    doc.metadata.published = "2024-05"
    later = [d for d in doc.facts.dates if d.iso and d.iso >= "2027"]
    assert later
    assert not [c for c in check_dates(doc) if c.status == "fail"]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("幣別 利率區間 到期日 金額", "擔保借款 台幣 1.83%~2.07% 2026/2/26~2036/7/29 39,079,516"),
        # a maturity year column (round 9: no longer excused by the forecast flag a late
        # year used to give the amount beside it)
        ("期末利率區間(%) 到期年度 金額", "擔保借款 2.28 117年1月 $ 109,170"),
        ("利率 到期年月 金額", "信用借款 1.95 2027年6月 50,000"),
        # a loan's term column, its cell's two lines (110/11/8 over ~117/11/22) apart in
        # the text, the range's start two lines above its end (Realtek's 長期借款)
        (
            "借款性質 借款期間 還款方式 利率區間 擔保品",
            "投資貸款 110/11/8 依議定期間 1.175%~\n無 $ 2,229,267\n(註) ~117/11/22 分額償還 1.375%",
        ),
        # the term column's header letter-spaced by justification (帝寶's 長期銀行借款), the
        # term's end on the line under its start
        (
            "借 款 期 間主 要 條 款 114年9月30日 113年12月31日",
            "新台幣借款 110 年 3 月至 合作金庫商業銀行聯貸案 $ - $ 1,000,000\n115 年 3月",
        ),
        # a tax loss's last year of deduction (round pdfwild4: a hotel's parent-only report)
        ("發生年度 尚未扣除之虧損 得扣除之最後年度", "民國一一○年度 3,690 民國一二○年度"),
        # a contracts table: the term's end two cells after its start (a bank's swaps)
        (
            "交易對象 合約名稱 期間 本金 損益 科目 餘額",
            "某某銀行 利率交換 100/11/18~ NTD 27,834 11,381 透過損益按公允價 11,381 "
            "(股)公司台北分 123/03/31 值衡量之金融資產",
        ),
        # a schedule of securities bought and sold: a bond named by its maturity
        (
            "買賣之公司 有價證券種類及名稱 帳列科目 交易對象 關係 期末金額",
            "旭展投資有限公司 MUFG 7/19/2026 按攤銷後成本衡量之金融資產 - - USD 10,000,000",
        ),
    ],
)
def test_dates_under_a_maturity_header_are_scheduled(tmp_path: Path, header: str, row: str) -> None:
    """A note's loan table: the 到期日 column names the dates as maturities, which a
    filing states as agreed, not as events that already happened."""
    body = f"本公司2022年及2023年12月31日之長期借款明細如下：\n{header}\n{row}\n"
    doc = build_text(tmp_path, body)
    doc.metadata.published = "2024-03"
    assert [d for d in doc.facts.dates if d.iso and d.iso >= "2026"]
    assert not [q for q in doc.facts.quantities if q.is_forecast]
    assert not [c for c in check_dates(doc) if c.status == "fail"]


@pytest.mark.parametrize(
    ("header", "status"),
    [
        # a contracts table's header, a page of rows above the last one (a bank's swaps)
        ("交易對象 合約名稱 起始 本金 終止", "pass"),
        # the same rows under a header that names no scheduled date still fail
        ("交易對象 商品 起始 本金 終止", "fail"),
    ],
)
def test_dates_in_a_long_table_under_a_scheduled_header(
    tmp_path: Path, header: str, status: str
) -> None:
    """A date in a table's cell is judged by its table's column names, however far above
    them the row stands in the text (past the window looked back before a date)."""
    rows = "".join(
        f"甲{k:02d}銀行 利率交換 10{k % 10}/01/02 {k},000 11{k % 3}/12/31\n" for k in range(1, 30)
    )
    last = "乙銀行 外匯選擇權 111/06/01 71,131 122/11/28\n"
    doc = build_text(tmp_path, f"表 1 衍生工具之合約\n{header}\n{rows}{last}")
    doc.metadata.published = "2024-03"
    late = [d for d in doc.facts.dates if d.iso == "2033-11-28"]
    assert late and doc.text.index("122/11/28") - doc.text.index(header) > 600
    failed = {i for c in check_dates(doc) if c.status == "fail" for i in c.fact_ids}
    assert ("fail" if late[0].id in failed else "pass") == status


def test_dates_are_not_checked_without_a_document_date(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2025年3月完成第一期工程。")
    doc.metadata.published = None
    assert check_dates(doc) == []


def test_a_period_ending_before_it_starts_fails(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023-2028年年複合成長率為12.8%。")
    assert doc.facts.periods, "the dates stage found the period"
    assert check_periods(doc) == []
    period = doc.facts.periods[0]
    period.start_iso, period.end_iso = period.end_iso, period.start_iso
    (check,) = check_periods(doc)
    assert check.status == "fail" and period.id in check.fact_ids


# --------------------------------------------------------------------------- entities


def _product(doc: Document, name: str, pid: str, company: list[str]) -> Product:
    start = doc.text.index(name)
    return Product(
        id=pid,
        text=name,
        span=CharSpan(start=start, end=start + len(name)),
        page=doc.page_at(start),
        sentence=doc.sentence_at(start),
        rule="test.product.v1",
        name=name,
        source="pattern",
        company=company,
    )


def test_one_entity_with_two_companies(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "Vertex 開發的 Casgevy 獲准上市，另有 CASGEVY 由 Bluebird 銷售。")
    doc.facts.products = [
        _product(doc, "Casgevy", "p1", ["Vertex"]),
        _product(doc, "CASGEVY", "p2", ["Bluebird"]),
    ]
    (check,) = check_companies(doc)
    assert check.status == "fail" and check.fact_ids == ["p1", "p2"]
    assert check.values["companies"] == ["Bluebird", "Vertex"]
    doc.facts.products = [_product(doc, "Casgevy", "p1", ["Vertex", "CRISPR Therapeutics"])]
    (info,) = check_companies(doc)
    assert info.status == "info"
    doc.facts.products = [_product(doc, "Casgevy", "p1", ["Vertex"])]
    assert check_companies(doc) == []


# --------------------------------------------------------------------------- the stage


def test_seed_checks(seed_doc: Document) -> None:
    by_kind = {c.kind: c for c in seed_doc.checks}
    parts = [c for c in seed_doc.checks if c.kind == "parts_sum"]
    assert [(c.values["whole"], c.values["parts"], c.status) for c in parts] == [
        (9, [1, 3, 5], "pass"),
        (7, [2, 5], "pass"),
    ]
    assert by_kind["implied_growth"].values["cagr_percent"] == pytest.approx(17.86, abs=0.01)
    assert by_kind["forecast_year"].status == "pass"
    assert all(c.status != "fail" for c in seed_doc.checks), [
        c.message for c in seed_doc.checks if c.status == "fail"
    ]


def test_ids_are_final_and_tables_follow_them(seed_doc: Document) -> None:
    ids = [c.id for c in seed_doc.checks]
    assert all(re.fullmatch(r"c-[0-9a-f]{8}(-\d+)?", i) for i in ids)  # stable ids (run.py)
    assert len(set(ids)) == len(ids)
    known = {
        f.id
        for name in ("quantities", "dates", "tables", "products", "periods")
        for f in getattr(seed_doc.facts, name)
    }
    assert all(set(c.fact_ids) <= known for c in seed_doc.checks)
    by_id = {c.id: c for c in seed_doc.checks}
    for table in seed_doc.facts.tables:
        assert table.check_ids
        assert all(by_id[cid].fact_ids == [table.id] for cid in table.check_ids)


def test_run_checks_is_idempotent_and_keeps_other_stages_checks(seed_doc: Document) -> None:
    doc = seed_doc.model_copy(deep=True)
    first = [c.model_dump() for c in doc.checks]
    doc.checks = run_checks(doc)
    doc = with_stable_ids(doc)  # what the run does after the checks
    assert [c.model_dump() for c in doc.checks] == first
    table_checks = [c for c in first if not c["rule"].startswith(RULE_PREFIX)]
    assert table_checks, "the tables stage's total checks are kept"


def test_number_checks_renames_table_references(seed_doc: Document) -> None:
    doc = seed_doc.model_copy(deep=True)
    table = doc.facts.tables[0]
    old = [c for c in doc.checks if c.id in table.check_ids]
    renamed = [c.model_copy(update={"id": f"t1.c{i}"}) for i, c in enumerate(old, 1)]
    table.check_ids = [c.id for c in renamed]
    others = [c for c in doc.checks if c.id not in {o.id for o in old}]
    out = number_checks(doc, [*renamed, *others])
    assert [c.id for c in out] == [f"c{i}" for i in range(1, len(out) + 1)]
    assert sorted(table.check_ids) == sorted(c.id for c in out if c.fact_ids == [table.id])


# --------------------------------------------------------------------------- no false alarms


@pytest.mark.parametrize(
    "body",
    [
        # ratios and growth rates may exceed 100 %: only a share (占, 比重) is bounded
        "2023年負債比率為 120.5%。",
        "2023年營業利益年增率 104.2%。",
        "2023年毛利率 -26.9%。",
        # 分別為 pairs each value with its own period: no total
        "2023年及2022年之利息收入分別為 4,843千元及 6,137千元，合計金額另計。",
        # 未包含 is no inclusion
        "2023年營收 100億元，未包含子公司 30億元及 90億元。",
        # a par value per share is no part of the capital
        "2023年額定資本額 290,000千元，其中每股面額 10元。",
        # a bracketed aside (新增…) is not the whole that 其中 breaks down
        "2023年累計核准 224項(新增 53項)，其中小分子藥 171項。",
        "截至2023年底共有 1,250家會員（較上年增加 80家），其中製造業 910家、服務業 300家。",
        # a difference against something else is not what 其中 breaks down: the total is
        "2023年全國共產糖 1,331萬噸，比上一期多產 25萬噸，其中甘蔗糖 1,257萬噸。",
        # net buying: one buyer's net may exceed the net of all
        "2023年底三大法人買超 80.78億元，其中外資買超 91.77億元。",
        # an index level written with % is no share
        "2023年10月占比最高的製造業指數為 123.4%。",
        # a share stated as a sum of others closes the list: the next share is of another whole
        "2023年長天期品種占比合計達 80%，專項債用於基建的資金占比接近 70%。",
        # the part measures what an earlier figure measures, not its nearest neighbour
        "2023年上半年營收 1,028億元，歸母淨利潤 54億元，其中第二季營收 567億元。",
        "2023年上半年銅產量 31.38萬噸，鈷產量 5.40萬噸，其中第二季銅產量 16.63萬噸。",
        # at least 45 % is met by 50 %
        "2023年市場約 14億美元，預估2029年達 162億美元，年複合成長率 45%以上。",
        # each clause states its own growth and its own rate
        "預估2023年至2025年全球需求由2023年 816GWh提升至2025年 1,389GWh，CAGR為30%;"
        "中國出貨由2023年 630GWh提升至2025年 1,102GWh，CAGR為32%。",
    ],
)
def test_no_false_alarms(tmp_path: Path, body: str) -> None:
    doc = build_text(tmp_path, body)
    assert [c.message for c in doc.checks if c.status == "fail"] == []


def test_the_whole_before_a_bracketed_aside_is_still_checked(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023年累計核准 100項(新增 53項)，其中小分子藥 171項。")
    (check,) = kinds(doc, "parts_within_whole")
    assert check.status == "fail" and check.values["whole"] == 100


def test_a_share_over_100_still_fails(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023年台灣廠商市占率 120%。")
    assert [c.kind for c in doc.checks if c.status == "fail"] == ["percent_range"]


def test_a_document_date_most_dates_fall_after_is_not_the_reports(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2024年3月完成。2024年5月擴產。2025年1月量產。")
    doc.metadata.published = "2020-12-04"
    (check,) = check_dates(doc)
    assert check.status == "info" and check.values["later"] == 4  # the heading year too


def test_a_par_value_is_no_whole_of_the_capital(tmp_path: Path) -> None:
    body = "2023年額定股本為3,000,000千元，每股面額均為10元，其中290,000千元保留供員工認股。"
    doc = build_text(tmp_path, body)
    assert [c.message for c in doc.checks if c.status == "fail"] == []


def test_a_cover_date_is_the_reports_own(tmp_path: Path) -> None:
    path = tmp_path / "deck.txt"
    cover = "2025年第4季營運報告\n2026年3月11日\n台北\n"
    path.write_text(cover + "2026 董事會決議配發股利。\n", "utf-8")
    doc = build_document(path, IN_PROCESS)
    doc.metadata.published = "2025-12"
    assert [c.status for c in check_dates(doc)] == ["pass"]


def test_a_year_after_a_generic_year_is_no_date(tmp_path: Path) -> None:
    """盈餘產生年度之次年度: the year after whichever year the earnings arose, not the year
    after the date written last (which a filing's note on tax may put years ahead)."""
    doc = build_text(tmp_path, "2025年稅率調整。所得稅於盈餘產生年度之次年度認列；隔年再議。")
    words = [d.text for d in doc.facts.dates]
    assert "次年度" not in words and "隔年" in words


@pytest.mark.parametrize(
    "body",
    [
        "給付董事酬金級距：1,000,000元(含)～2,000,000元(不含)者3位，2,000,000元(含)～3,500,000元者1位。",
        "級距 3,500,000 元（含）～ 5,000,000 元（不含）",
    ],
)
def test_an_inclusive_bound_is_no_whole(tmp_path: Path, body: str) -> None:
    """``1,000,000元(含)～2,000,000元``: 含 in brackets says the bound is inclusive; the
    next amount is the bracket's other bound, no part of a whole."""
    doc = build_text(tmp_path, body)
    assert not [c.message for c in doc.checks if c.kind.startswith("parts") and c.status == "fail"]


def test_a_whole_that_includes_its_parts_is_still_checked(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023年共7項產品，包含2項A及3項B。")
    (check,) = kinds(doc, "parts_sum")
    assert check.status == "fail"


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        # amounts per share are rates beside the total, no parts of it
        ("2023年每股配發現金股利 2.0 元及股票股利 2.0 元，股利總計 54,000 千元。", []),
        ("2023年配發現金股利 30,000 千元及股票股利 24,000 千元，股利總計 54,000 千元。", ["pass"]),
    ],
)
def test_amounts_per_share_are_no_parts_of_a_total(
    tmp_path: Path, body: str, statuses: list[str]
) -> None:
    doc = build_text(tmp_path, body)
    assert [c.status for c in kinds(doc, "parts_sum")] == statuses


def test_a_later_item_with_its_own_breakdown_is_a_sibling_not_a_part(tmp_path: Path) -> None:
    doc = build_text(
        tmp_path,
        "2023年10月共交付 10,059輛，其中休旅車 5,979輛，其中包括 2,814輛 A 款;"
        "以及轎車 4,080輛，其中包括 3,050輛 B 款。",
    )
    got = sorted(
        (c.values["whole"], tuple(c.values["parts"]), c.status)
        for c in kinds(doc, "parts_within_whole")
    )
    assert ("fail" not in {g[2] for g in got}) and (5979, (2814,), "pass") in got


@pytest.mark.parametrize(
    ("body", "shares"),
    [
        # the other lines' combined share is the list's last item
        ("2023年營收中伺服器約占 68%，網通約占 15%，筆電約占 10%，其他產品合計約占 7%。",
         [68, 15, 10, 7]),
        # a total equal to the items before it is their sum, not one more item
        ("2023年美國占 60%、歐洲占 30%，合計占 90%。", [60, 30]),
    ],
)
def test_a_summed_share_closes_its_list(tmp_path: Path, body: str, shares: list[float]) -> None:
    doc = build_text(tmp_path, body)
    (check,) = kinds(doc, "shares_of_whole")
    assert check.status == "pass" and check.values["shares"] == shares


@pytest.mark.parametrize(
    ("stated", "status"), [("45%以上", "pass"), ("55%以上", "fail"), ("約50%", "pass")]
)
def test_a_stated_cagr_bound_is_compared_as_a_bound(
    tmp_path: Path, stated: str, status: str
) -> None:
    doc = build_text(
        tmp_path,
        f"2023年市場約 14億美元，預估2029年達 162億美元，年複合成長率 {stated}。",
    )
    (growth,) = kinds(doc, "implied_growth")
    assert growth.status == status


def test_each_clause_takes_its_own_stated_cagr(tmp_path: Path) -> None:
    doc = build_text(
        tmp_path,
        "預估全球需求由2023年 816GWh提升至2025年 1,389GWh，CAGR為30%;"
        "中國出貨由2023年 630GWh提升至2025年 1,102GWh，CAGR為32%。",
    )
    got = [
        (c.values["base_value"], c.values["target_value"], c.values.get("stated_cagr_percent"))
        for c in kinds(doc, "implied_growth")
    ]
    assert got == [(816, 1389, 30), (630, 1102, 32)]


def test_a_part_measured_as_its_whole_is_still_checked(tmp_path: Path) -> None:
    doc = build_text(tmp_path, "2023年營收 1,028億元，淨利潤 54億元，其中第二季淨利潤 60億元。")
    (check,) = kinds(doc, "parts_within_whole")
    assert check.status == "fail" and check.values["whole"] == 5.4e9


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # a forward relative word says itself that its date lies ahead, cue word or not
        # (预计 in a Simplified text is none of ours)
        ("公司與客戶簽署協議，产品明年开始放量。", "pass"),
        ("公司與客戶簽署協議，产品後年开始放量。", "pass"),
        # the same date written as a year is still checked
        ("公司與客戶簽署協議，产品2025年开始放量。", "fail"),
    ],
)
def test_a_relative_word_pointing_ahead_is_no_late_date(
    tmp_path: Path, body: str, status: str
) -> None:
    doc = build_text(tmp_path, body)
    doc.metadata.published = "2024-01"
    (date,) = [d for d in doc.facts.dates if d.iso and d.iso >= "2025"]
    (check,) = [c for c in check_dates(doc) if date.id in c.fact_ids]
    assert check.status == status, check.message


def test_a_quoted_sentence_closes_a_list_of_shares(tmp_path: Path) -> None:
    # the sentence splitter keeps 「…。」 with what follows; its full stop still ends the list
    doc = build_text(
        tmp_path,
        "研究機構說：「韓國廠商的全球市占率接近70%，影響力不容低估。」"
        "甲公司的全球市占率為39.1%，乙公司市占率則為27.4%。",
    )
    (check,) = kinds(doc, "shares_of_whole")
    assert check.status == "pass" and texts(doc, check.fact_ids) == ["39.1%", "27.4%"]


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        # each period's cost includes its own write-down (巨大's note on inventories)
        (
            "114 年及 113 年與存貨相關之營業成本分別為 13,441,918 仟元及 12,463,493 仟元，"
            "分別包括存貨跌價損失 95,535 仟元及 532,139 仟元。",
            ["pass", "pass"],
        ),
        # a part over its own whole still fails
        (
            "甲廠及乙廠之營收分別為 100 億元及 50 億元，分別包含外銷 30 億元及 60 億元。",
            ["pass", "fail"],
        ),
        # as many wholes as parts, or nothing says which part is whose
        (
            "甲廠及乙廠之營收分別為 100 億元及 50 億元，各自包含外銷 30 億元、內銷 10 億元及"
            "其他 5 億元。",
            [],
        ),
    ],
)
def test_parts_listed_respectively_pair_with_their_wholes(
    tmp_path: Path, body: str, statuses: list[str]
) -> None:
    """``A 及 B，分別包括 a 及 b``: a is within A and b within B, never a + b = B."""
    doc = build_text(tmp_path, body)
    assert not kinds(doc, "parts_sum"), [c.message for c in doc.checks]
    found = kinds(doc, "parts_within_whole")
    assert [c.status for c in found] == statuses, [c.message for c in found]
