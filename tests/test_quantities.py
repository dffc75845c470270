"""Quantities: what counts, how it is normalized, what is not a quantity, and the links."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.chars import fold_width
from pipeline.config import Settings
from pipeline.evaluate import match_quantities
from pipeline.extract.dates import extract_dates
from pipeline.extract.quantities import (
    QuantityMatch,
    clause_comma,
    cuts_number,
    extract_quantities,
    find_quantities,
    scan_view,
)
from pipeline.models import (
    Block,
    CharSpan,
    DateFact,
    Document,
    Metadata,
    Page,
    Quantity,
    Sentence,
    Source,
)
from pipeline.run import build_document
from tests.conftest import HELD_OUT_SETS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
_SENTENCE_END = re.compile(r"[。！？；]")


def make_doc(text: str, *, published: str | None = None, table_lines: int = 0) -> Document:
    """One page, one block per line (the last ``table_lines`` lines are a table block)."""
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        kind = "table" if i >= len(lines) - table_lines else "paragraph"
        blocks.append(Block(kind=kind, start=start, end=end, page=1))
        s = start
        for m in _SENTENCE_END.finditer(line):
            sentences.append(Sentence(start=s, end=start + m.end(), block=i))
            s = start + m.end()
        if s < end:
            sentences.append(Sentence(start=s, end=end, block=i))
        pos = end + 1
    return Document(
        doc_id="t",
        source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1),
        metadata=Metadata(published=published),
        text=text,
        pages=[Page(number=1, start=0, end=len(text))],
        blocks=blocks,
        sentences=sentences,
    )


def links_of(text: str, published: str | None) -> list[tuple[int | None, bool]]:
    """The year and forecast flag each quantity of ``text`` is linked to, for a text dated
    ``published``."""
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    return [(q.year, q.is_forecast) for q in extract_quantities(doc, dates, subjects=False)]


def years_of(text: str, published: str) -> list[int | None]:
    """The year each quantity of ``text`` is linked to, for a text dated ``published``."""
    return [year for year, _ in links_of(text, published)]


def digest_body_links(tmp_path: Path, text: str) -> list[tuple[int | None, bool]]:
    """Year and forecast flag of the quantities after a digest's head (its first blank
    line), the digest read whole through the pipeline as a file."""
    src = tmp_path / "digest.txt"
    src.write_text(text, encoding="utf-8")
    doc = build_document(src, Settings(isolate=False))
    body = [q for q in doc.facts.quantities if q.span.start > text.index("\n\n")]
    return [(q.year, q.is_forecast) for q in body]


def quantities(text: str, **kw: object) -> list[Quantity]:
    doc = make_doc(text, **kw)  # type: ignore[arg-type]
    return extract_quantities(doc)


def rows(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.qualifier) for q in quantities(text)]


# --------------------------------------------------------------------------- input -> rows

CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    # counts with a measure word, spaces anywhere
    ("共有 9項全新上市的細胞及基因產品", [(9, "項", "eq")]),
    ("總共核准 7 項細胞及基因治療產品", [(7, "項", "eq")]),
    ("廠商家數超過 2,550家", [(2550, "家", "gt")]),
    ("執行約 1,800件臨床試驗案", [(1800, "件", "approx")]),
    ("件數最多，超過 780 件，", [(780, "件", "gt")]),
    ("總收案人數達 1,398人（表 1）", [(1398, "人", "eq")]),
    ("超過 10件以上細胞治療計畫", [(10, "件", "gt")]),
    ("全球已知的人類遺傳性疾病超過 1 萬多種", [(10000, "種", "gt")]),
    ("已知疾病一萬多種", [(10000, "種", "gt")]),
    ("兩百家廠商投入", [(200, "家", "eq")]),
    ("共計十二則新聞", [(12, "則", "eq")]),
    ("收案 3萬4千人", [(34000, "人", "eq")]),
    ("用戶達 3.5萬人", [(35000, "人", "eq")]),
    ("約有一千四百家用電大戶", [(1400, "家", "approx")]),
    ("大約 1,200家廠商", [(1200, "家", "approx")]),
    ("受訪的 128家生技公司", [(128, "家", "eq")]),
    ("三四家廠商", [(3, "家", "approx")]),
    ("建置基地台約3.6萬座", [(36000, "座", "approx")]),
    ("出貨量為11.7億支", [(1_170_000_000, "支", "eq")]),
    ("月產能約5.5萬片", [(55000, "片", "approx")]),
    ("逾 300人", [(300, "人", "gt")]),
    ("不到 5件", [(5, "件", "lt")]),
    ("研發團隊未滿 50人", [(50, "人", "lt")]),
    ("全球出貨量將超過200萬埠", [(2_000_000, "埠", "gt")]),
    ("新增 ３０家企業", [(30, "家", "eq")]),
    ("僅一家廠商", [(1, "家", "eq")]),
    # money
    ("市場為 181.2億美元", [(18_120_000_000, "USD", "eq")]),
    ("擴增至 412.1億美元", [(41_210_000_000, "USD", "eq")]),
    ("總額度新台幣壹佰億元", [(10_000_000_000, "TWD", "eq")]),
    ("募資新臺幣5億元", [(500_000_000, "TWD", "eq")]),
    ("至少新台幣 8億元", [(800_000_000, "TWD", "gte")]),
    ("營收 5,000萬元", [(50_000_000, "TWD", "eq")]),
    ("約人民幣 2.1億元", [(210_000_000, "CNY", "approx")]),
    ("年銷售額可達 30億歐元", [(3_000_000_000, "EUR", "eq")]),
    ("售價 3.6億日圓", [(360_000_000, "JPY", "eq")]),
    ("定價約 3.6億韓元", [(360_000_000, "KRW", "approx")]),
    ("產值為NT$10,948億", [(1_094_800_000_000, "TWD", "eq")]),
    ("營收約 US$ 5.2 billion", [(5_200_000_000, "USD", "approx")]),
    ("營收為 1,234百萬元", [(1_234_000_000, "TWD", "eq")]),
    ("產值新台幣 3兆8,772億元", [(3_877_200_000_000, "TWD", "eq")]),
    ("最多 2.3億美元", [(230_000_000, "USD", "lte")]),
    ("售價 NT$1,234", [(1234, "TWD", "eq")]),
    ("補助臺幣1,000元", [(1000, "TWD", "eq")]),
    ("投資台幣 50萬", [(500_000, "TWD", "eq")]),
    ("市場規模 500億日幣", [(50_000_000_000, "JPY", "eq")]),
    ("資本額參拾萬元", [(300_000, "TWD", "eq")]),
    ("新增 US$3 million", [(3_000_000, "USD", "eq")]),
    ("僅剩 3.1億美元左右", [(310_000_000, "USD", "approx")]),
    ("資本額 1億元以下", [(100_000_000, "TWD", "lte")]),
    ("去年營收僅三十幾萬元", [(300_000, "TWD", "gt")]),
    ("平均試驗成本為數十萬元", [(100_000, "TWD", "gt")]),
    ("每股 3.8元以上", [(3.8, "TWD", "gte")]),
    # percentages, 成, 百分點, 倍
    ("約占整體臨床試驗案的 42.8%", [(42.8, "%", "approx")]),
    ("超過整體腫瘤治療臨床試驗案的五成", [(50, "%", "gt")]),
    ("約占腫瘤治療中之 45%", [(45, "%", "approx")]),
    ("基因治療次之，約占三成", [(30, "%", "approx")]),
    ("近半數臨床試驗案", [(50, "%", "approx")]),
    ("逾半數業者", [(50, "%", "gt")]),
    ("超過一半", [(50, "%", "gt")]),
    ("將近兩成", [(20, "%", "approx")]),
    ("占有率達9成", [(90, "%", "eq")]),
    ("年增２０％", [(20, "%", "eq")]),
    ("百分之十五", [(15, "%", "eq")]),
    ("年減1.3%", [(1.3, "%", "eq")]),
    ("成長率約為-1.2%", [(-1.2, "%", "approx")]),
    ("毛利率增加3個百分點", [(3, "pp", "eq")]),
    ("下滑 0.5百分點", [(0.5, "pp", "eq")]),
    ("獲利 -1.2%", [(-1.2, "%", "eq")]),
    ("年增 1.2倍", [(1.2, "倍", "eq")]),
    ("較前年增加近一倍", [(1, "倍", "approx")]),
    ("提升產能 2倍以上", [(2, "倍", "gte")]),
    ("成長率 1.2％左右", [(1.2, "%", "approx")]),
    ("2.國內廠商共 5家", [(5, "家", "eq")]),
    ("溢價不到１０％", [(10, "%", "lt")]),
    ("售價超過每度5元", [(5, "TWD", "gt")]),
    ("最多抵減２０％", [(20, "%", "lte")]),
    ("傳輸速率約為Wi-Fi 6的4.8倍", [(4.8, "倍", "approx")]),
    ("超過 5家的 30%", [(5, "家", "gt"), (30, "%", "eq")]),
    # ranges: one row per number, the second unit carried to the first
    ("價格下修5~10%", [(5, "%", "eq"), (10, "%", "eq")]),
    ("5至10家", [(5, "家", "eq"), (10, "家", "eq")]),
    ("規模為140億至360億美元", [(14_000_000_000, "USD", "eq"), (36_000_000_000, "USD", "eq")]),
    ("產能利用率約3至4成", [(30, "%", "approx"), (40, "%", "approx")]),
    ("試驗約需3到5年", [(3, "年", "approx"), (5, "年", "approx")]),
    ("每人3至5萬元", [(30_000, "TWD", "eq"), (50_000, "TWD", "eq")]),
    ("人民幣 40至60億元", [(4e9, "CNY", "eq"), (6e9, "CNY", "eq")]),
    ("約新臺幣40億元至60億元", [(4e9, "TWD", "approx"), (6e9, "TWD", "approx")]),
    ("65歲以上人口", [(65, "歲", "gte")]),
    # durations and other measures
    ("給予不超過 5年之「暫時性許可」", [(5, "年", "lte")]),
    ("試驗為期3年", [(3, "年", "eq")]),
    ("近 100 年來", [(100, "年", "approx")]),
    ("審查期限 360天", [(360, "天", "eq")]),
    ("療效可維持 6 個月以上", [(6, "個月", "gte")]),
    ("營收連續兩季衰退", [(2, "季", "eq")]),
    ("裝置容量達12.4GW", [(12.4, "GW", "eq")]),
    ("單片功率達 580W", [(580, "W", "eq")]),
    ("發電量約為２９０億度", [(29_000_000_000, "度", "approx")]),
    ("年產能約10萬公噸", [(100_000, "公噸", "approx")]),
    # a chip's compute and a device's memory are specifications (see LAUNCH_CASES)
    ("算力達45 TOPS", []),
    ("全天24小時運轉", [(24, "小時", "eq")]),
    ("1280萬畫素主鏡頭", [(12_800_000, "畫素", "eq")]),
    ("16GB記憶體", []),
    ("逾百家", [(100, "家", "gt")]),
    ("近千家", [(1000, "家", "approx")]),
    ("數百家", [(100, "家", "gt")]),
    ("百餘家", [(100, "家", "gt")]),
    ("十餘年", [(10, "年", "gt")]),
    ("兩成多", [(20, "%", "gt")]),
    ("市占率三成五", [(35, "%", "eq")]),
    ("良率九成九", [(99, "%", "eq")]),
    ("2成至3成", [(20, "%", "eq"), (30, "%", "eq")]),
    ("20-30%", [(20, "%", "eq"), (30, "%", "eq")]),
    ("YoY +5%", [(5, "%", "eq")]),
    ("百分之百", [(100, "%", "eq")]),
    ("超過半數", [(50, "%", "gt")]),
    ("收案1萬5千人", [(15_000, "人", "eq")]),
    ("數千億元", [(100_000_000_000, "TWD", "gt")]),
    # open rule: a classifier that is not a listed measure word, as written
    ("全台已設置 1,200槍快充設備", [(1200, "槍", "eq")]),
    ("已培育 12尾魚苗", [(12, "尾", "eq")]),
    ("工廠導入 20 部機器人", [(20, "部", "eq")]),
    ("路燈更換約2.4萬盞", [(24000, "盞", "approx")]),
    ("每站配置2至4盞", [(2, "盞", "eq"), (4, "盞", "eq")]),
    ("單日處理逾 3,000 單", [(3000, "單", "gt")]),
    # open rule: a Latin unit token, kept whole with its slash, ² or ³
    ("能量密度提升至 260 Wh/kg", [(260, "Wh/kg", "eq")]),
    ("傳輸延遲低於 5 ms", [(5, "ms", "lt")]),
    ("誤差控制在 15 mg/dL 以內", [(15, "mg/dL", "lte")]),
    ("照度達 200 W/m²", [(200, "W/m²", "eq")]),
    # (a resolution names the product: a specification, no amount; real gold agrees)
    ("主鏡頭 48MP", []),
    ("每戶年用電約 3,600kWh/年", [(3600, "kWh", "approx")]),
    ("速度約 3~5 km/h", [(3, "km/h", "approx"), (5, "km/h", "approx")]),
    ("電池容量 30 Ah", [(30, "Ah", "eq")]),
    ("800V 高壓平台", [(800, "V", "eq")]),
    ("新增 120 部機器人", [(120, "部", "eq")]),
    # listed units added with the open rule
    ("反應時間僅 3秒", [(3, "秒", "eq")]),
    ("線寬僅 5公分", [(5, "公分", "eq")]),
    # a guard word lifted by a longer noun (家電 / 家電動車廠, 台電 / 台電腦)
    ("國內有五家電動車廠", [(5, "家", "eq")]),
    ("機房新增 300台電腦", [(300, "台", "eq")]),
    ("國內3家電商平台", [(3, "家", "eq")]),
    # a currency word after 元, a currency code after the number, bare $ in a Taiwan report
    ("收購價約 80萬元人民幣", [(800_000, "CNY", "approx")]),
    ("募資 5,000萬元新台幣", [(50_000_000, "TWD", "eq")]),
    ("報價 3,000元美金", [(3000, "USD", "eq")]),
    ("每噸 40至60萬元人民幣", [(400_000, "CNY", "eq"), (600_000, "CNY", "eq")]),
    ("營收 300 億 USD", [(30_000_000_000, "USD", "eq")]),
    ("每股配發 $ 3.5 元現金股利", [(3.5, "TWD", "eq")]),
    ("應收帳款 $ 12,345", [(12345, "TWD", "eq")]),
    ("進口額 US$ 1,200萬", [(12_000_000, "USD", "eq")]),
    ("票價 HK$ 50", [(50, "HKD", "eq")]),
    ("研發投入 A$ 3億", [(300_000_000, "AUD", "eq")]),
    ("逾新台幣千元的補助", [(1000, "TWD", "gt")]),
    # durations before a change word (the year guard, not the guard list, stops 2023年成長)
    ("營收已連續4年成長", [(4, "年", "eq")]),
    # not quantities
    ("台積電 3奈米製程", []),
    ("iPhone 15與Windows 11", []),
    ("第3代半導體", []),
    ("十四五規劃", []),
    ("二線廠商與前十大廠商", []),
    ("1H24、FY2023、2nm", []),
    ("3C產品、4K、USB 3.0、PCIe 5.0、DDR5", []),
    ("8吋晶圓廠", []),
    ("前三季營收", []),
    ("前兩個月營收成長", []),
    # 前 ending a word of its own (提前, 此前, 先前, 之前) ranks nothing: a length of time
    ("生產線已提前兩個月進入量產", [(2, "個月", "eq")]),
    ("可比傳統檢查提前20個月發現復發", [(20, "個月", "eq")]),
    ("此前三個月的就業人數遭下修", [(3, "個月", "eq")]),
    ("相比先前20名內閣成員", [(20, "名", "eq")]),
    ("民國112年度", []),
    ("80年代", []),
    ("約三分之一的廠商", []),
    ("2023~2025年", []),
    ("113~115年", []),
    ("(02)2345-6789", []),
    ("100台北市信義區", []),
    ("SARS-CoV-2病毒", []),
    ("ISO 13485認證", []),
    ("No.1品牌", []),
    ("一項研究指出", []),
    ("一次性", []),
    ("三元鋰電池", []),
    ("二元對立", []),
    ("透過半導體技術", []),
    ("經過半年", []),
    ("單一半導體廠", []),
    ("百家爭鳴", []),
    ("百年老店", []),
    ("一成不變", []),
    ("如圖三所示", []),
    ("2023年全球市場", []),
    ("2023 年細胞及基因治療產業回顧", []),
    ("106 年認證產業分析師", []),
    ("二〇二三年是關鍵", []),
    ("2023-2028年年複合成長", []),
    ("第一型糖尿病細胞療法", []),
    ("第一個 CRISPR基因編輯產品", []),
    ("接力的第二棒", []),
    ("產能規模已為世界第2", []),
    ("第37屆年會", []),
    ("今年第1季", []),
    ("順應精準醫療及工業 4.0的發展", []),
    ("ABBV-RGX-314與 Helixmith", []),
    ("自體 CD 34+ selection", []),
    ("COVID-19疫情影響", []),
    ("H1N1流感", []),
    ("發展如γδ- T細胞", []),
    ("12吋晶圓產能", []),
    ("進展到臨床試驗 III期階段", []),
    ("完成臨床 II 期試驗", []),
    ("一、罕見疾病與實體腫瘤治療", []),
    ("2.12吋晶圓產能滿載", []),
    ("(1) 瑞康生技宣布", []),
    ("圖 1 2023 年全球細胞及基因治療臨床試驗件數分布", []),
    ("表 1 細胞治療施行計畫", []),
    ("於上午10:30舉行", []),
    ("這是迅速發展的一年", []),
    ("為繼日本之後二個開啟再生醫療雙軌制管理的國家", []),
    ("是一種新的療法", []),
    ("中國大陸則逆勢", []),
    ("多元治療需求", []),
    ("近幾年廠商投入", []),
    ("5G網路", []),
    ("Wi-Fi 7標準", []),
    ("原文出處：ITIS智網 http://www.itis.org.tw/2023", []),
    ("每一年都有新藥", []),
    ("2年多前", []),
    # unit declarations
    ("單位：新台幣千元", []),
    ("（單位：新台幣百萬元；%）", []),
    ("金額單位：新臺幣億元", []),
    ("幣別：新台幣千元", []),
    ("以新台幣千元為單位", []),
    ("Unit: NT$ thousand", []),
    ("2023年成長趨緩", []),
    # open-rule traps: names, models, versions, nodes, ratios, function characters
    ("特斯拉 4680 電池", []),
    ("天璣9300晶片", []),
    ("工業 4.0 時代與 Web 3.0 技術", []),
    ("iPhone 15 Pro 銷量與 Model 3 車款", []),
    ("USB 4 介面", []),
    ("Top 3 players", []),
    ("2nm 製程、3D 列印、4K 影像", []),
    ("6.1吋螢幕", []),
    ("1比1 配對", []),
    ("5+2產業創新計畫", []),
    ("112學年度招生", []),
    ("前10強企業", []),
    ("在1樓大廳", []),
    ("5號線捷運", []),
    ("第1型糖尿病", []),
    ("第 3 槍", []),
    ("3Q24營收與 2025E", []),
    ("GB200、NVL72、M3晶片", []),
    ("三星電子十分重視百貨通路", []),
    ("波音737客機與 618購物節", []),
    ("雙11購物節", []),
    ("3GPP Release 17 規範與 802.11ax 標準", []),
    ("18A 製程與 70B 參數", []),
    ("約2倍", [(2, "倍", "approx")]),
    # index levels: decimals or a thousands comma before 點 (a plain 3點 is a time)
    ("加權指數終場收9,876.54點，跌0.5%", [(9876.54, "點", "eq"), (0.5, "%", "eq")]),
    ("道瓊工業指數下挫512.30點", [(512.3, "點", "eq")]),
    ("董事會於下午3點召開", []),
    # counted aspects and layers with Chinese numerals; a layer count before a spec is a name
    ("成長動能主要來自兩方面，一是海外市場", [(2, "方面", "eq")]),
    ("公司對該藥有四層的專利保護", [(4, "層", "eq")]),
    ("新廠為五層樓建築，從層面來看", [(5, "層", "eq")]),
    ("量產96層3D NAND", []),
    # 公厘 is 公釐 as written in Taiwan
    ("新機厚度僅6.9公厘", [(6.9, "公厘", "eq")]),
    # a count of years before 代理 (an agency contract), not 年代
    ("雙方簽署10年代理合約", [(10, "年", "eq")]),
    ("1990年代理論", []),
    # a rank carries over a list or range of numbers after 第
    ("通常第3、4季為營運旺季", []),
    ("兩隊分居第一、二名", [(2, "隊", "eq")]),  # 兩隊 counts (兩 + a classifier); 第一、二 ranks
    ("預計第2至3季出貨", []),
    ("第3名，4家公司入選", [(4, "家", "eq")]),
    # an idiom that starts with a numeral and a measure word
    ("市場謠言四起", []),
    ("今年累計共四起事故", [(4, "起", "eq")]),
    # a name's number before 成為 ("becomes") is no share in 成; an amount after a name is
    ("讓GALAXY Note 4成為全球首個具備該功能的手機", []),
    ("雙方各自吃下SDP 5成產量", [(50, "%", "eq")]),
    # 屬 after a count of companies is "belongs to"
    ("另有6家屬合約洽談階段，其中3家屬規模較大者", [(6, "家", "eq"), (3, "家", "eq")]),
    # 或以下 / 及以上 after an amount include the bound
    ("售價800美元或以下的機型", [(800, "USD", "lte")]),
    ("資本額1億元及以上的公司", [(100000000, "TWD", "gte")]),
    # 本 counts books, but before 本期, 本公司 it is "this": a number glued to it (a line's
    # amount joined to the next line's label) counts nothing
    ("出版了3本書", [(3, "本", "eq")]),
    # a verb ending in 破 that breaks something (搗破, 戳破) bounds nothing: 一個 stays the article
    ("港股成交搗破一個紀錄", []),
    ("他戳破一個謊言", []),
    # a percentage right after the whole it is a share of (總額, 總數, 盈餘) takes the bound
    # word before that whole, as across 的
    ("其中現金股利不低於股東紅利總額百分之十", [(10, "%", "gte")]),
    ("提撥數額不低於累積可分配盈餘百分之五", [(5, "%", "gte")]),
    ("現金股利不得低於股利總數20%", [(20, "%", "gte")]),
    ("營收成長20%，毛利占營收35%", [(20, "%", "eq"), (35, "%", "eq")]),
    ("可分配盈餘 5,417,656,731本期淨利", []),
    # a filing's label names the unit of its number in brackets: (元), (股), (元/股)
    ("期初未分配盈餘(元) 5,417,656,731本期淨利(元) 573,459,697",
     [(5417656731, "TWD", "eq"), (573459697, "TWD", "eq")]),
    ("股東配股總股數(股):443,020,100", [(443020100, "股", "eq")]),
    ("盈餘分配之現金股利(元/股):0.54", [(0.54, "TWD", "eq")]),
    # links34: energy units written without the SI letter case (Hong Kong and mainland news)
    ("電池年產能65Gwh", [(65, "GWh", "eq")]),
    ("全年發電量3.2twh", [(3.2, "TWh", "eq")]),
    ("每戶用電500KWH", [(500, "kWh", "eq")]),
    ("儲能案場容量100Mwh", [(100, "MWh", "eq")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quantity_rows(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert_rows(text, expected)


def found_uncut(text: str) -> list[QuantityMatch]:
    """``find_quantities``, with the span invariant checked on every match: no quantity's
    span starts or ends inside a number."""
    found = find_quantities(text)
    folded = fold_width(text)
    assert all(not cuts_number(folded, m.start, m.end) for m in found)
    return found


def assert_rows(text: str, expected: list[tuple[float, str, str]]) -> None:
    got = rows(text)
    assert len(got) == len(expected), got
    for (v, u, q), (ev, eu, eq) in zip(got, expected, strict=True):
        assert v == pytest.approx(ev, rel=1e-9)
        assert (u, q) == (eu, eq)


# --------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("181.2億美元", "money"),
        ("9項", "count"),
        ("42.8%", "percent"),
        ("三成", "percent"),
        ("3個百分點", "percent"),
        ("5年", "duration"),
        ("2倍", "ratio"),
        ("10萬公噸", "other"),
        ("1,200槍", "count"),
        ("260 Wh/kg", "other"),
        ("45秒", "duration"),
        # weeks however written
        ("36周", "duration"),
        ("48 週", "duration"),
        ("52 weeks", "duration"),
        ("80周年", "duration"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    (q,) = quantities("共有" + text)
    assert q.kind == kind


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("超過 780 件", (780, None, False, None)),
        ("至少 5家", (5, None, True, None)),
        ("不到 5件", (None, 5, None, False)),
        ("不超過 5年", (None, 5, None, True)),
        ("共 9項", (9, 9, True, True)),
        ("約 9項", (None, None, None, None)),
        ("三十幾萬元", (300_000, 400_000, True, False)),
        ("一萬多種", (10_000, 20_000, False, False)),
        ("超過 1 萬多種", (10_000, None, False, None)),
        # a signed vague amount: more than 10 萬 below zero lies between -20 萬 and -10 萬
        ("-十多萬元", (-200_000, -100_000, False, False)),
        ("-三十幾萬元", (-400_000, -300_000, False, True)),
    ],
)
def test_qualifier_as_data(text: str, bounds: tuple[object, ...]) -> None:
    (q,) = quantities(text)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive) == bounds
    if q.lower is not None and q.upper is not None and q.value < 0:
        assert q.qualifier == "lt"


def test_open_rule_quotes_the_unit_as_written() -> None:
    a, b = quantities("加氫機約1,350槍，正極比容量 185 mAh/g。")
    assert (a.text, a.rule) == ("約1,350槍", "quantities.arabic_open_unit.v1")
    assert (b.text, b.unit, b.rule) == ("185 mAh/g", "mAh/g", "quantities.arabic_open_unit.v1")


def test_currency_after_yuan_is_quoted() -> None:
    (q,) = quantities("成交價約 45萬元人民幣。")
    assert (q.text, q.unit, q.qualifier) == ("約 45萬元人民幣", "CNY", "approx")


def test_ranges_matched_piecewise_are_linked() -> None:
    a, b = quantities("每年可徵收約新臺幣40億元至60億元")
    assert a.range_id is not None and a.range_id == b.range_id
    assert (b.lower, b.upper, b.qualifier) == (4e9, 6e9, "approx")


def test_range_members_share_an_id_and_bounds() -> None:
    a, b, c = quantities("預估規模為140億至360億美元，另有 5家")
    assert a.range_id is not None and a.range_id == b.range_id and c.range_id is None
    assert (a.lower, a.upper, b.lower, b.upper) == (1.4e10, 3.6e10, 1.4e10, 3.6e10)
    assert a.rule == b.rule == "quantities.range.v1"


@pytest.mark.parametrize(
    ("text", "direction", "value"),
    [
        ("年減1.3%", "decrease", 1.3),
        ("營收成長 5%", "increase", 5),
        ("市占率 5%", None, 5),
        ("約減少 5%", "decrease", 5),
    ],
)
def test_direction_keeps_the_written_sign(text: str, direction: str | None, value: float) -> None:
    (q,) = quantities(text)
    assert q.direction == direction and q.value == value


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # (quant36) a change verb right before 為 names the level reached
        ("變動率由上月3.3%減為2.7%。", None),
        ("銷售預測向上調為1950億美元。", None),
        ("107學年度減為9校。", None),
        ("成長率再減少為8.5%。", None),
        # 增長/成長 before 為 are a rate's nouns: a growth of 5%
        ("今年目標增長為5%左右。", "increase"),
        ("營收成長約為 5%", "increase"),
    ],
)
def test_a_change_verb_before_wei_names_a_level(text: str, direction: str | None) -> None:
    q = quantities(text)[-1]
    assert q.direction == direction


def test_provenance_and_ids() -> None:
    text = "第一段共有 9項產品。\n市場為 181.2億美元，超過 2,550家。"
    doc = make_doc(text)
    qs = extract_quantities(doc)
    assert [q.id for q in qs] == ["q1", "q2", "q3"]
    for q in qs:
        assert doc.text[q.span.start : q.span.end] == q.text
        assert q.page == 1 and q.sentence is not None and q.rule.startswith("quantities.")
    assert [q.text for q in qs] == ["9項", "181.2億美元", "超過 2,550家"]
    assert qs[0].sentence == 0 and qs[1].sentence == 1


def test_full_width_text_is_quoted_as_written() -> None:
    (q,) = quantities("貢獻逾５成")
    assert q.text == "逾５成" and q.value == 50


def test_table_blocks_are_left_to_the_tables_stage() -> None:
    qs = quantities("共有 3家。\n項目 比率\n甲 12% 30家", table_lines=2)
    assert [q.value for q in qs] == [3]


def test_numbers_inside_date_spans_are_skipped() -> None:
    doc = make_doc("試驗期間 30天完成")
    start = doc.text.index("30天")
    fake = DateFact(
        id="d1",
        text="30天",
        span=CharSpan(start=start, end=start + 3),
        page=1,
        rule="test",
        iso="2023",
        precision="year",
    )
    assert extract_quantities(doc, [fake]) == []
    assert [q.value for q in extract_quantities(doc, [])] == [30]


@pytest.mark.parametrize(
    "text",
    [
        # a quarter written after its year (no 第, no 度) is a date: no count of quarters
        "新廠預計在明年二季後產能逐步釋放。",
        "2016年三季出貨量季增。",
        "公司今年一季營收持平。",
    ],
)
def test_a_quarter_after_its_year_is_no_count_of_quarters(text: str) -> None:
    doc = make_doc(text)
    dates, _ = extract_dates(doc)
    assert [q.unit for q in extract_quantities(doc, dates) if q.unit == "季"] == []


# --------------------------------------------------------------------------- linking


def test_year_and_forecast_from_the_clause() -> None:
    text = "2023年全球細胞及基因治療市場為 181.2億美元，預估至 2028年將快速擴增至 412.1億美元。"
    doc = make_doc(text, published="2024-01")
    dates, _ = extract_dates(doc)
    a, b = extract_quantities(doc, dates)
    assert (a.year, a.is_forecast) == (2023, False)
    assert (b.year, b.is_forecast) == (2028, True)
    assert a.year_date_id is not None and a.year_date_id != b.year_date_id
    assert a.subject == "全球細胞及基因治療市場"


def test_year_after_publication_is_no_forecast_without_a_cue() -> None:
    """Issue 12: a late date that is a term's end (a bond's maturity) makes no forecast
    (round 9); but a figure of a year the text has not reached is projected, forecast word
    or not (flags60: 2026年營收為5億元 in a text of 2024 cannot be reported yet)."""
    doc = make_doc("公司發行2029年到期的公司債 50億元。", published="2024-01")
    dates, _ = extract_dates(doc)
    (q,) = extract_quantities(doc, dates)
    assert not q.is_forecast
    doc = make_doc("2026年營收為 5億元。", published="2024-01")
    dates, _ = extract_dates(doc)
    (q,) = extract_quantities(doc, dates)
    assert q.year == 2026 and q.is_forecast


@pytest.mark.parametrize(
    "text",
    ["2024年第四季度，市場與上年同期相比增長了45%。", "2024年，市場與2023年相比增長了45%。"],
)
def test_a_base_written_before_相比_is_not_the_year(text: str) -> None:
    doc = make_doc(text, published="2025-02")
    dates, _ = extract_dates(doc)
    (q,) = extract_quantities(doc, dates)
    assert q.year == 2024


def test_comparison_base_is_not_the_year() -> None:
    doc = make_doc("2023年產值為 1,235億元，較2022年衰退5.8%。", published="2024-03")
    a, b = extract_quantities(doc)
    assert a.year == b.year == 2023 and not b.is_forecast


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a number right after its comparison base is the base's own value
        (
            "今年營收預計將增長16%至24%，低於去年26%的增速。",
            "2025-02",
            [(2025, True), (2025, True), (2024, False)],
        ),
        ("預計今年營業利潤率將高於2024年調整後的46.3%。", "2025-02", [(2024, False)]),
        ("今年營收較去年的5億元提高至8億元。", "2025-10", [(2024, False), (2025, False)]),
        # a change after its base still measures the later period
        ("今年營收較去年同期成長5%。", "2025-10", [(2025, False)]),
        # 優於, 遜於 compare like 高於
        ("今年營收可優於去年，EPS估有機會站穩3元。", "2017-11", [(2017, True)]),
        ("第三季營收遜於去年同期，衰退8%。", "2017-11", [(2017, False)]),
        # a base with its value in brackets; the clauses after it are not the base's
        (
            "2024年營收254億元，超越2021年（241.04億元）創新高；淨利潤31.55億元。",
            "2025-06",
            [(2024, False), (2021, False), (2024, False)],
        ),
        (
            "2014年營業損失32.35億元，與2013年（營業損失16.48億元）相較，本業虧損惡化，但業外收益達29.13億元。",
            "2015-03",
            [(2014, False), (2013, False), (2014, False)],
        ),
        # a comparison period (上年同期) dates only the numbers of its own clause
        (
            "2024年第四季度營收為 63.88億美元，上年同期 64.06億美元；淨利潤為 20.17億美元。",
            "2025-02",
            [(2024, False), (2023, False), (2024, False)],
        ),
        # the year just ended is still estimated early in the next (業績預告)
        (
            "公司釋出2024年度業績預告，預計淨利潤為 -13.8億元至 -11.8億元。",
            "2025-02",
            [(2024, True), (2024, True)],
        ),
        (
            "儘管2024年營收預計會下降 8.71%，淨利潤將增長 11%。",
            "2025-01",
            [(2024, True), (2024, True)],
        ),
        # … not later in the year, nor without a cue in the number's clause
        ("公司2024年淨利潤預計為 12億元。", "2025-08", [(2024, False)]),
        ("預計今年將擴產，2024年營收為 50億元。", "2025-02", [(2024, False)]),
        ("2023年淨利潤預計為 12億元。", "2025-02", [(2023, False)]),
        # a lead cue and the clauses after it: a comparison base starts no new statement
        (
            "冀中能源預計2024年淨利潤 9億元至 13億元，同比上年下降 73.71%至 81.8%。",
            "2025-01",
            [(2024, True), (2024, True), (2024, True), (2024, True)],
        ),
        (
            "遼寧能源預告，2024年度淨利潤 1.36億到 2.04億元。",
            "2025-01",
            [(2024, True), (2024, True)],
        ),
        # 業績預告 as the document read, not a verb
        (
            "公司在業績預告中表示，2024年高階 5000萬畫素產品出貨量大幅上升。",
            "2025-01",
            [(2024, False)],
        ),
    ],
)
def test_comparison_bases_periods_and_estimates_of_last_year(
    text: str, published: str, expected: list[tuple[int | None, bool]]
) -> None:
    assert links_of(text, published) == expected


def test_forecast_carries_within_the_period() -> None:
    doc = make_doc(
        "預估2024年產值將回升至1兆2,000億元以上，成長率約4%至5%之間。", published="2024-03"
    )
    qs = extract_quantities(doc)
    assert [q.is_forecast for q in qs] == [True, True, True]
    assert [q.year for q in qs] == [2024, 2024, 2024]


def test_compared_with_expectations_is_not_a_forecast() -> None:
    (q,) = quantities("進度較預期落後近一年")
    assert not q.is_forecast


def test_history_is_never_a_forecast() -> None:
    doc = make_doc("預估2024年將成長，但2022年僅達 5%。", published="2024-03")
    (q,) = extract_quantities(doc)
    assert q.year == 2022 and not q.is_forecast


def test_a_later_sentence_inherits_the_paragraph_year_and_says_so() -> None:
    doc = make_doc("2023年市場成長。營收達 5億元。")
    (q,) = extract_quantities(doc)
    assert (q.year, q.year_link) == (2023, "continuation") and q.year_date_id == "d1"


def test_year_from_a_bracketed_date_right_after() -> None:
    doc = make_doc("營收為 5億元（2023年），成長 3%。")
    a, b = extract_quantities(doc)
    assert a.year == 2023 and b.year == 2023


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the value a change from a dated value reaches is of the text's own year
        ("2024年報告指出，兩國差距由2016年的4.5%縮小至0.5%。", [2016, 2024]),
        ("2024年回顧：市占率從2019年的12%提高到18%。", [2019, 2024]),
        # the latest year the paragraph has reported, not the year of publication
        ("2023年全球市場衰退。記憶體占比由2022年的25.5%降至17.5%。", [2022, 2023]),
        # 自…起 is no "from" of a change
        ("自2024年4月1日起電價由3.45元升至3.8元，漲幅10%。", [2024]),
        # ... unless a date is written after the "to"
        ("2024年回顧：差距由2016年的4.5%縮小至2020年的0.5%。", [2016, 2020]),
        # a range after a dated "from" is one value of that year
        ("2024年回顧：由2016年的4.5%至5%之間。", [2016, 2016]),
    ],
)
def test_a_change_reaches_the_present(text: str, years: list[int | None]) -> None:
    doc = make_doc(text, published="2024-06")
    qs = [q for q in extract_quantities(doc) if q.unit == "%"]
    assert [q.year for q in qs] == years
    assert not any(q.is_forecast for q in qs)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a figure in brackets after a name opens a new topic: no period from before
        (
            "預計2040年全球電動車銷量將達5,000萬輛。電動車成本中，電池系統(40~50%)最高。",
            {"5,000萬輛": 2040, "40~50%": None},
        ),
        ("2023年市場成長。成本中，人力(30%)、原料(約20%)。", {"30%": None, "約20%": None}),
        # ... while its own sentence's period still holds
        ("2023年營收為 5億元，其中A公司(30%)、B公司(20%)。", {"30%": 2023, "20%": 2023}),
        # and a plain figure still continues the paragraph's period
        ("2023年市場成長。營收達 5億元。", {"5億元": 2023}),
        # an amount in brackets still measures the paragraph's period, so does a 其中 share
        ("2023年營收成長。海外市場營收(3億元)創新高。", {"3億元": 2023}),
        ("2023年營收成長。其中海外(30%)最多。", {"30%": 2023}),
    ],
)
def test_a_bracketed_aside_takes_no_earlier_period(text: str, years: dict[str, int | None]) -> None:
    qs = extract_quantities(make_doc(text, published="2024-06"))
    assert {q.text: q.year for q in qs if q.text in years} == years
    assert not any(q.is_forecast for q in qs if q.year is None)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a target stated first; a later clause with its own period reports
        ("公司財測目標今年營收年增20%，前三季營收達80億元，年增15%。", [True, False, False]),
        (
            "該公司2024年財測目標為營收成長20%，今年前三季累計營收為180億元，年增18%。",
            [True, False, False],
        ),
        ("財測目標為毛利率30%，第三季毛利率為28.5%，上半年為27%。", [True, False, False]),
        # a cue of the later clause's own still makes it a forecast
        ("預估今年營收成長5%，第四季營收可望達100億元。", [True, True]),
        ("預估2024年營收將達300億元，2025年將成長至350億元。", [True, True]),
        # a period of the text's year still ahead at its date is no report
        ("預估今年AI伺服器出貨將達200萬台，第四季出貨量為60萬台。", [True, True]),
        # a breakdown of the outlook shares it
        ("預估今年營收將達300億元，其中第四季營收為100億元。", [True, True]),
        # a cue whose clause states no number governs the period after it
        ("MIC預估，今年第一季台灣DRAM產業產值為532億元，年增5%。", [True, True]),
        # a cue with an object of its own in its clause does not govern a later clause
        # that writes a date or a closed span of its own
        ("原相因新品拉貨將明顯成長，9月營收4.65億元，年增10.46%。", [False, False]),
        ("展覽將於10月30日登場，去年共有156家廠商參展。", [False]),
        ("展望第三季，公司8月營收4.12億元，月減4.29%。", [False, False]),
        ("公司預料僅衛星產品線貢獻業績，前三季營收為6億元。", [False]),
        # … a lead cue does, and so does one before a quarter without its year
        ("法人初估，公司10月營收約7千萬元。", [True]),
        ("需求將緩步增加，第四季產值可較第三季成長3.9%。", [True]),
    ],
)
def test_a_target_does_not_make_later_reported_figures_forecasts(
    text: str, flags: list[bool]
) -> None:
    doc = make_doc(text, published="2024-10")
    dates, _ = extract_dates(doc)
    assert [q.is_forecast for q in extract_quantities(doc, dates)] == flags


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a passage that declares its currency writes plain 元 and bare 億 in it
        ("以美元計算，2023年台灣對美出口金額達331億元，進口金額為210億。", ["USD", "USD"]),
        ("以人民幣計價，營收 5億元。\n台灣營收為 3億元。", ["CNY", "TWD"]),
        # a currency written on the number wins over the declaration
        ("以美元計算，出口 331億元，約新台幣 1兆元。", ["USD", "TWD"]),
        ("以美元計算，出口 40至60萬元人民幣。", ["CNY", "CNY"]),
        # no declaration: the text's currency
        ("2023年台灣營收 331億元。", ["TWD"]),
        # 以美金計價之現金 names a kind of cash, it declares nothing
        ("匯率風險來自以美金計價之現金，稅前淨利將減少314,180千元。", ["TWD"]),
    ],
)
def test_a_passage_declares_its_currency(text: str, units: list[str]) -> None:
    assert [q.unit for q in quantities(text) if q.kind == "money"] == units


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("0% 20% 40% 60% 80%", []),
        ("營收 5億元、成長 12%、員工 30人", [5e8, 12, 30]),
        # an enumeration of values in one sentence is prose, however dense
        ("營收約8億元、逾200人、近三成、不到2%。", [8e8, 200, 30, 2]),
        ("三家公司營收依序為 3億元、4億元、5億元。", [3, 3e8, 4e8, 5e8]),
        # a headline whose amounts are in three units or more is no row of cells
        ("420呎「納米盤」318萬沽 5年實蝕兩成", [420, 3.18e6, 5, 20]),
        # a row of money and percentages stays a row
        ("營收 5億元 4億元 3%", []),
    ],
)
def test_number_only_blocks_are_not_running_text(text: str, values: list[float]) -> None:
    assert [q.value for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # label–value lines (a table written as text) under a dated title line
        (
            "2022年財務摘要\n營業收入 41.5億元\n毛利率：18.2%\n稅後淨利 2.6億元",
            [(2022, "heading")] * 3,
        ),
        ("2021年第三季營運摘要：\n營收 96億元\n營益率 7.5%", [(2021, "heading")] * 2),
        # a line of prose is no label–value line: it keeps its own (missing) year
        ("2022年財務摘要\n公司表示營收為 41.5億元。", [(None, None)]),
    ],
)
def test_label_value_lines_take_their_titles_year(
    text: str, expected: list[tuple[int | None, str | None]]
) -> None:
    qs = extract_quantities(make_doc(text), subjects=False)
    assert [(q.year, q.year_link) for q in qs] == expected


def test_year_links_from_constructed_dates() -> None:
    doc = make_doc("截至 2023年 12月底共有 132件")
    start = doc.text.index("2023")
    end = doc.text.index("底") + 1
    d = DateFact(
        id="d7",
        text=doc.text[start:end],
        span=CharSpan(start=start, end=end),
        page=1,
        rule="test",
        iso="2023-12",
        precision="month",
    )
    (q,) = extract_quantities(doc, [d])
    assert (q.year, q.year_date_id, q.is_forecast) == (2023, "d7", False)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("全球從事細胞及基因治療相關產業的廠商家數超過 2,550家。", "廠商家數"),
        ("共有 9項全新上市的細胞及基因產品於美國上市。", "細胞及基因產品"),
        ("其次是亞太地區 861家。", "亞太地區"),
        ("超過 740 件罕見疾病臨床試驗案件正在進行中。", "罕見疾病臨床試驗案件"),
        ("2021年實體腫瘤臨床試驗件數約占腫瘤治療中之 45%。", "實體腫瘤臨床試驗件數"),
        ("超過 70家醫療院所及 20家細胞治療公司共提出申請。", "醫療院所"),
        ("給予不超過 5年之許可。", None),
        ("超過整體腫瘤治療臨床試驗案的五成。", None),
    ],
)
def test_subject(text: str, subject: str | None) -> None:
    q = quantities(text)[0]
    assert q.subject == subject


# --------------------------------------------------------------------------- whole reports


@pytest.fixture(scope="module")
def gold_docs() -> list[tuple[str, Document, dict[str, object]]]:
    out = []
    for gold_path in sorted(GOLD.glob("*.json")):
        src = ROOT / "raw" / f"{gold_path.stem}.txt"
        if not src.exists():
            src = ROOT / "tests" / "corpus" / f"{gold_path.stem}.txt"
        if not src.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out.append((gold_path.stem, build_document(src, Settings(isolate=False)), gold))
    return out


def test_gold_reports_precision_and_recall(
    gold_docs: list[tuple[str, Document, dict[str, object]]],
) -> None:
    assert any(stem == "seed" for stem, _, _ in gold_docs)
    for stem, doc, gold in gold_docs:
        pred = [(q.value, q.unit) for q in doc.facts.quantities]
        ref = [(float(q["value"]), q["unit"]) for q in gold["quantities"]]  # type: ignore[attr-defined,index]
        tp, spurious, missing = match_quantities(pred, ref)
        precision = tp / max(1, tp + len(spurious))
        recall = tp / max(1, tp + len(missing))
        assert precision >= 0.97 and recall >= 0.97, (stem, spurious, missing)


def test_gold_reports_qualifiers(gold_docs: list[tuple[str, Document, dict[str, object]]]) -> None:
    """Matching ignores the qualifier, but the rows must carry the right one."""
    agree = total = 0
    for _, doc, gold in gold_docs:
        remaining = list(gold["quantities"])  # type: ignore[call-overload]
        for q in doc.facts.quantities:
            for k, g in enumerate(remaining):
                if g["unit"] == q.unit and q.value == pytest.approx(float(g["value"]), rel=1e-6):
                    total += 1
                    agree += g.get("qualifier", "eq") == q.qualifier
                    del remaining[k]
                    break
    assert total and agree / total >= 0.97


def test_gold_reports_invariants(gold_docs: list[tuple[str, Document, dict[str, object]]]) -> None:
    for _, doc, _ in gold_docs:
        qs = doc.facts.quantities
        ids = [q.id for q in qs]  # stable ids, assigned after extraction (run.py)
        assert len(set(ids)) == len(ids)
        assert all(re.fullmatch(r"q-[0-9a-f]{8}(-\d+)?", i) for i in ids)
        assert [q.span.start for q in qs] == sorted(q.span.start for q in qs)
        for q in qs:
            assert doc.text[q.span.start : q.span.end] == q.text
            assert q.page == doc.page_at(q.span.start) or q.page >= 1


def test_seed_links(seed_doc: Document) -> None:
    by_text = {q.text: q for q in seed_doc.facts.quantities}
    assert by_text["181.2億美元"].year == 2023 and not by_text["181.2億美元"].is_forecast
    assert by_text["412.1億美元"].year == 2028 and by_text["412.1億美元"].is_forecast
    assert by_text["超過 2,550家"].subject == "廠商家數"
    assert by_text["超過 1 萬多種"].qualifier == "gt"


# --------------------------------------------------------------------------- properties

_FRAGMENTS = [
    "共有",
    "超過 ",
    "約",
    "市場為 ",
    "2023年",
    "第",
    "、",
    "，",
    "。",
    "\n",
    " ",
    "一",
    "十二",
    "1,234",
    "3.5",
    "萬",
    "億",
    "多",
    "美元",
    "元",
    "家",
    "項",
    "%",
    "成",
    "至",
    "~",
    "-",
    "年",
    "ABC",
    "以上",
    "NT$",
    "$",
    "槍",
    "Wh/kg",
    " mmHg",
    "元人民幣",
    "單位：",
    "電池",
    # launch news: specifications, model names and a price's floor
    "GB",
    "mAh",
    "Hz",
    " TOPS",
    "元起",
    "起跳",
    "Ultra ",
    "Pro ",
    "V處理器",
    "倍長焦",
    "則",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_spans_quote_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    doc = make_doc(text)
    qs = extract_quantities(doc, [], subjects=False)
    for q in qs:
        assert doc.text[q.span.start : q.span.end] == q.text
        assert q.text.strip() == q.text or q.text
        if q.lower is not None and q.upper is not None:
            assert q.lower <= q.upper
    assert len(scan_view(text)) == len(text)
    assert [(m.start, m.end) for m in find_quantities(text)] == sorted(
        (m.start, m.end) for m in find_quantities(text)
    )


# --------------------------------------------------------------------------- launch news

# Technology and product-launch news: a product's specification sheet says what the
# product is (the convention of every real-text set's annotators: specifications, nodes,
# wafer sizes and core counts are no amounts); shipments, shares, prices and counts around
# it are the amounts. Each row: the sentence -> the amounts read from it.
LAUNCH_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    # memory, storage, battery, refresh rate, link speed, AI compute
    ("新機搭載16GB記憶體與1TB儲存空間，售價4萬2,900元", [(42900, "TWD", "eq")]),
    ("128GB版本售價2萬9,900元，256GB售價3萬3,900元", [(29900, "TWD", "eq"), (33900, "TWD", "eq")]),
    ("內建5000mAh電池，重量僅1.2公斤", [(1.2, "公斤", "eq")]),
    ("筆電電池容量為70Wh，首批備貨逾10萬台", [(100_000, "台", "gt")]),
    # (units32: a refresh rate, a link rate or a transfer speed in running text is a measure,
    # FORMAT.md technical units; memory and storage capacities stay the product's spec)
    ("螢幕更新率120Hz，面板出貨量年增15%", [(120, "Hz", "eq"), (15, "%", "eq")]),
    ("400Gbps以上光模組出貨量約2,040萬個", [(400, "Gbps", "gte"), (20_400_000, "個", "approx")]),
    ("SSD傳輸速度達7,000MB/s，出貨占比三成", [(7000, "MB/s", "eq"), (30, "%", "eq")]),
    ("NPU算力達50 TOPS，AI PC滲透率將達40%", [(40, "%", "eq")]),
    ("晶片效能達2,000 TFLOPS，功耗降低25%", [(25, "%", "eq")]),
    # a camera's zoom and a playback speed are specifications; a growth in 倍 is a ratio
    ("5 倍長焦鏡頭與10倍光學變焦", []),
    ("支援2倍速播放", []),
    ("AI效能提升達2倍，晶片內含920億個電晶體", [(2, "倍", "eq"), (92_000_000_000, "個", "eq")]),
    # model names whose digits read as numbers
    ("搭載Intel Core Ultra 200V處理器", []),
    ("Core Ultra 7 258V處理器與Ryzen AI 9 HX 370晶片", []),
    # a chip's core count is its specification, as its node is
    ("處理器採8核CPU與40核GPU，採用3奈米製程", []),
    ("台積電N3與N2製程", []),
    ("電動車採用800V高壓平台", [(800, "V", "eq")]),
    ("MatePad Pro 13.2則依託鴻蒙系統提升互聯能力", []),
    ("AMD Ryzen AI 300系列與Dimensity 9400晶片", []),
    ("CPU包含1顆Cortex-X925超大核", [(1, "顆", "eq")]),
    ("2024上半年手機銷量Top 20排行中，蘋果占9款", [(9, "款", "eq")]),
    ("蘋果iPhone 5000萬台的備貨", [(50_000_000, "台", "eq")]),
    # data rates, frequencies, display and wafer sizes, nodes and core counts name what a
    # product is; a charger's power is an amount
    # (units32: a link rate is a measure; a frequency before 頻段 names the band)
    ("支援10 Gbit/s與5Gbps傳輸，使用3.5GHz頻段", [(5, "Gbps", "eq")]),
    ("支援65W快充與6.7吋螢幕", [(65, "W", "eq")]),
    ("A10X具有六核心，比前代多出兩核", []),
    ("搭載12 核CPU，DRAM以20nm產出為主", []),
    ("針對16/14nm及以下工藝", []),
    ("擴建12吋晶圓廠", []),
    # 納米 is Hong Kong's and the mainland's 奈米: a node, never 10 of a unit 納
    ("研發10納米或以下製程，也把28納米製程授權", []),
    ("採用7納米製程，良率達90%", [(90, "%", "eq")]),
    # W before 畫素 is mainland shorthand for 萬 pixels, not watts: left out, never misread
    ("配有5000W 畫素後置與800W像素前置鏡頭，支援65W快充", [(65, "W", "eq")]),
    # words that begin with a unit's characters measure nothing
    ("奈米碳管產量5噸，核准3項專利", [(5, "噸", "eq"), (3, "項", "eq")]),
    ("兩大核心技術與3核心業務", []),
    ("降息25個基點", [(25, "bp", "eq")]),
    # 一 before a classifier is the article: no count (兩 and more count)
    ("公司成立一家子公司，推出兩款新藥", [(2, "款", "eq")]),
    # a power plant's capacity is an amount, not a specification
    ("新增裝機容量920GW", [(920, "GW", "eq")]),
    # a price list's floor: 起 / 起跳 is "from … upwards"
    ("Galaxy S25系列售價5,999元起", [(5999, "TWD", "gte")]),
    ("Yoga Slim 7i售價1,399美元起跳", [(1399, "USD", "gte")]),
    ("售價不到3萬元，較前代漲價1,000元", [(30_000, "TWD", "lt"), (1000, "TWD", "eq")]),
    ("37起融資事件", [(37, "起", "eq")]),
    ("3萬元起訴", [(30_000, "TWD", "eq")]),
    # a drug's strengths listed after the word for them name the products of a range, as a
    # pack label does (issue 12, round qd12); a dose given in a sentence still measures
    ("開始供貨緩釋錠（四種劑量50mg、150mg、200mg及300mg）", [(4, "種", "eq")]),
    ("該藥規格為0.5g、1g，售價30元", [(30, "TWD", "eq")]),
    ("受理的片劑規格：10mg", []),
    ("每日服用劑量達到300mg", [(300, "mg", "eq")]),
    # "only" and "fully" stress a length: a bare 一 after them measures a duration, but
    # counts nothing (短短一個假期 is "a single holiday")
    ("通和毓承在短短一個月領投了四個融資。", [(1, "個月", "eq"), (4, "個", "eq")]),
    ("歐洲花了整整一年準備，發酵了足足一週", [(1, "年", "eq"), (1, "週", "eq")]),
    ("短短一個假期，票房就破紀錄", []),
    ("原料藥產量達300kg，劑量組人數達50人", [(300, "kg", "eq"), (50, "人", "eq")]),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCH_CASES, ids=[c[0] for c in LAUNCH_CASES])
def test_launch_news_amounts_and_specifications(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Units the lexicon lacked on news nobody tuned on (issue 12, round qd13): shares counted
# with four digits and no cue, the gold trade's gram, bond traders' basis points, the
# Taiwanese spelling of the won, exa-scale compute. Each keeps its guards: a stock code
# before a word that opens with 股, a district (五股區), a verb that opens with 克.
UNIT_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("何如意直接持有公司A股股份4840股。", [(4840, "股", "eq")]),
    ("三人合計減持不超過 20.25 萬股。", [(3, "人", "eq"), (202_500, "股", "lte")]),
    ("台積電2330股價大漲，網家8044股東會延期", []),
    ("東元處分位於新北市五股區的土地", []),
    ("投資者2024年3月買入了15克黃金，以666元/克回收", [(15, "克", "eq"), (666, "TWD", "eq")]),
    ("公司克服困難，以20克拉鑽石", [(20, "克拉", "eq")]),
    ("股份行存單收益率上行20BP至1.7%", [(20, "bp", "eq"), (1.7, "%", "eq")]),
    ("營益將年減37.4%至5.2兆韓圜", [(37.4, "%", "eq"), (5.2e12, "KRW", "eq")]),
    ("日圓走貶，合約金額達5.5億日圜", [(5.5e8, "JPY", "eq")]),
    ("智慧算力規模將達到1,037.3 EFLOPS", [(1037.3, "EFLOPS", "eq")]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_CASES, ids=[c[0] for c in UNIT_CASES])
def test_units_the_lexicon_lacked(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert_rows(text, expected)


# quant41 (issue 12, round miss29's classes 4, 5, 14, 17): a memory or storage capacity told
# as an average, a norm or a total is an amount, one product's capacity stays its spec (the
# lead's GB/TB convention); an approximate pair before a unit of time, 這兩天 and 四年制 count
# no length; CapEx and 貢獻 name money, also through a bracket that opens right after them;
# the pound and lines of code are units; a bare large number before a word of people counts
# them in 人.
QUANT41_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("2025年平均車用約16GB DRAM，平均NAND約204GB", [(16, "GB", "approx"), (204, "GB", "approx")]),
    ("到2030年，0.5TB到1TB會變成常態", [(0.5, "TB", "eq"), (1, "TB", "eq")]),
    ("32GB甚至64GB會變成中高階車的合理配置", [(32, "GB", "eq"), (64, "GB", "eq")]),
    ("NAND容量從1620億GB增長至5300億GB", [(1.62e11, "GB", "eq"), (5.3e11, "GB", "eq")]),
    ("蘋果推出iPhone 17 Pro 256GB，售價1199美元", [(1199, "USD", "eq")]),
    ("平均容量增長，得益於256GB、512GB 版手機的高銷量", []),
    ("平均售價上漲的是搭載16GB 記憶體的筆電", []),
    ("新的MI325X記憶體容量將提升至288GB", []),
    ("一般車用DRAM大約還在16GB等級", [(16, "GB", "eq")]),
    ("售價999美元的一般版搭載8GB RAM，平均而言128GB起", [(999, "USD", "eq")]),
    ("許多公司的獲利在短短一兩年間成長了5到7倍", [(5, "倍", "eq"), (7, "倍", "eq")]),
    ("需求不是兩三年的循環，而是十年的趨勢", [(10, "年", "eq")]),
    ("高盛與摩根士丹利這兩天相繼出了報告", []),
    ("這三天股價大漲，過去兩天外資賣超", [(3, "天", "eq"), (2, "天", "eq")]),
    ("除非你拿到四年制學位", []),
    ("2025年CapEx上修至370億", [(3.7e10, "TWD", "eq")]),
    ("AI server 貢獻（保守算 5–15 億）", [(5e8, "TWD", "eq"), (1.5e9, "TWD", "eq")]),
    ("台灣軟板業務（折疊機出貨提升，約 45 億）", []),
    ("一個80磅的東西倒下還可以，300磅的就不行", [(80, "磅", "eq"), (300, "磅", "eq")]),
    ("我們只需要 10 億行程式碼", [(1e9, "行", "eq")]),
    ("投入10億行銷費用", [(1e9, "TWD", "eq")]),
    ("推論活動跨越數百萬使用者", [(1e6, "人", "gt")]),
    ("有大約2000萬使用者位於這個價格段", [(2e7, "人", "approx")]),
    ("共錄得近668.5萬旅客人次", [(6.685e6, "人次", "approx")]),
    ("公司擬以5億投資人民幣計價資產", []),
]


@pytest.mark.parametrize(("text", "expected"), QUANT41_CASES, ids=[c[0] for c in QUANT41_CASES])
def test_quant41_capacities_vague_numerals_and_counts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# q33 (issue 12, ho23's capacity misses): a memory or storage capacity told with the value it
# moves from (從 A … 到 B) is an amount — a designation never moves; a lone 提升至 (a new
# product's capacity), a segment with no 從 and a floor before a product word stay specs.
Q33_CAPACITY_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("顯存容量從 96GB 一路拉到 192GB，推論更順", [(96, "GB", "eq"), (192, "GB", "eq")]),
    ("伺服器記憶體從64GB增加到128GB，成本同步上升", [(64, "GB", "eq"), (128, "GB", "eq")]),
    ("機櫃的儲存容量從 30 TB 到 2 PB 不等", [(30, "TB", "eq"), (2, "PB", "eq")]),
    ("新一代加速器的容量將提升至192GB", []),
    ("這代表4GB到32GB這種低容量市場", []),
    ("新機售價從 256GB 版本起跳", []),
    ("旗艦機從 512GB 起", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), Q33_CAPACITY_CASES, ids=[c[0] for c in Q33_CAPACITY_CASES]
)
def test_q33_capacity_told_with_its_start_is_an_amount(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# A bare 一 before a unit of time measures a length when the text counts from or within it
# (上市一年後, 一年內, 過去一年來: quantity_context.yaml length_span_after); with nothing
# counted from it, 一年 stays "a year" (的一年, 一年一度) and 一 + classifier the article.
LENGTH_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("預期在靜脈注射劑型上市一年後，會將新劑型納入", [(1, "年", "eq")]),
    ("公司須在一年內完成改善", [(1, "年", "eq")]),
    ("過去一年來營收持續成長", [(1, "年", "eq")]),
    ("試驗一個月以後再評估", [(1, "個月", "eq")]),
    ("出院一週內回診", [(1, "週", "eq")]),
    ("這是一年一度的盛會", []),
    # the current portion is a filing's line name, not a length measured
    ("減：一年內到期之長期借款", []),
    ("應付公司債(含一年內到期)及長期借款", []),
    ("應付公司債（含一年內執行賣回權之應付公司債）", []),
    ("應付公司債（含一年內執\n行賣回權之應付公司\n債）", []),
    ("對公司而言是豐收的一年", []),
    ("市場呈現一家獨大後的局面", []),
]


@pytest.mark.parametrize(("text", "expected"), LENGTH_CASES, ids=[c[0] for c in LENGTH_CASES])
def test_lengths_counted_from_are_durations(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# --------------------------------------------------------------------------- lexicons

_LEXICONS = ["numerals", "measure_words", "currencies", "qualifiers", "quantity_context"]


@pytest.mark.parametrize("name", _LEXICONS)
def test_lexicon_matches_its_schema(name: str) -> None:
    import jsonschema

    from pipeline.lexicon import load_lexicon

    schema = json.loads(
        (ROOT / "pipeline" / "lexicon" / "schemas" / f"{name}.schema.json").read_text("utf-8")
    )
    data = load_lexicon(name)  # validates on load
    jsonschema.Draft202012Validator(schema).validate(data)


@pytest.mark.parametrize(
    ("name", "path", "bad"),
    [
        ("measure_words", ("units", 0, "kind"), "weight"),
        ("currencies", ("suffixes", "美元"), "usd"),
        ("qualifiers", ("prefix", "約"), "about"),
        ("numerals", ("digits", "一"), "one"),
        ("quantity_context", ("subject", "max_chars"), 0),
        ("measure_words", ("open_units", "cjk_kind"), "classifier"),
        ("measure_words", ("open_units", "latin_stop", 0), "on-line"),
        ("currencies", ("after_yuan",), "人民幣"),
        ("quantity_context", ("open_rule", "max_plain_digits"), 0),
    ],
)
def test_lexicon_schema_rejects_typos(name: str, path: tuple[object, ...], bad: object) -> None:
    import copy

    import jsonschema

    from pipeline.lexicon import load_lexicon

    schema = json.loads(
        (ROOT / "pipeline" / "lexicon" / "schemas" / f"{name}.schema.json").read_text("utf-8")
    )
    data = copy.deepcopy(load_lexicon(name))
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(data)


def test_after_yuan_words_are_currencies() -> None:
    from pipeline.lexicon import load_lexicon

    cur = load_lexicon("currencies")
    assert set(cur["after_yuan"]) <= set(cur["suffixes"])


# --------------------------------------------------------------------------- real-report traps

# Each row reproduces, in our own sentences, a defect class seen on real filings, decks and
# news texts: (text, [(quoted text, value, unit, qualifier)]).
REAL_FORMS = [
    # a decimal at the start of a line is a number, not a list marker "41."
    ("市佔率:\n41.0%\n行動營收", [("41.0%", 41.0, "%", "eq")]),
    ("利率區間\n5.80%~12.25%，", [("5.80%~12.25%", 5.8, "%", "eq"), ("12.25%", 12.25, "%", "eq")]),
    # a dash with a space before and none after is a sign, not a range
    ("毛利率 4.55 -25%", [("-25%", -25.0, "%", "eq")]),
    ("營收 3,418 -3.0%", [("-3.0%", -3.0, "%", "eq")]),
    ("成長 5-10%", [("5-10%", 5.0, "%", "eq"), ("10%", 10.0, "%", "eq")]),
    # a currency word before the number, the magnitude after it
    (
        "營收介於美金 346 億元到 358 億元之間",
        [
            ("美金 346 億元到 358 億元", 34_600_000_000, "USD", "eq"),
            ("358 億元", 35_800_000_000, "USD", "eq"),
        ],
    ),
    ("補助人民幣 20 億元", [("人民幣 20 億元", 2_000_000_000, "CNY", "eq")]),
    # currency-prefixed Latin magnitudes
    ("融資 US$1.2bn 完成", [("US$1.2bn", 1_200_000_000, "USD", "eq")]),
    ("募得 USD$3.5B 資金", [("USD$3.5B", 3_500_000_000, "USD", "eq")]),
    ("營收 NT$12.3 billion", [("NT$12.3 billion", 12_300_000_000, "TWD", "eq")]),
    ("併購金額 €800M。", [("€800M", 800_000_000, "EUR", "eq")]),
    ("估值 RMB 5.6B。", [("RMB 5.6B", 5_600_000_000, "CNY", "eq")]),
    # qualifiers written as news writes them
    ("滲透率約莫4成", [("約莫4成", 40.0, "%", "approx")]),
    ("滲透率不及三成", [("不及三成", 30.0, "%", "lt")]),
    ("市值破2.1兆元", [("破2.1兆元", 2_100_000_000_000, "TWD", "gt")]),
    ("股價跌破80元", [("跌破80元", 80.0, "TWD", "lt")]),
    ("打破2%的低成長", [("2%", 2.0, "%", "eq")]),
    ("$ 5,862,629 B00010 代碼", [("$ 5,862,629", 5_862_629, "TWD", "eq")]),
    # 百分之 with a space, as a range
    (
        "毛利率介於百分之 63 到百分之 65 之間",
        [("百分之 63 到百分之 65", 63.0, "%", "eq"), ("百分之 65", 65.0, "%", "eq")],
    ),
    # percentage points
    ("營益率 +5.1ppts", [("+5.1ppts", 5.1, "pp", "eq")]),
    ("提升2個百分點", [("2個百分點", 2.0, "pp", "eq")]),
    # per-unit rates keep the per-unit (checked below), the value is the amount
    ("每月 5 萬美元的授權金", [("5 萬美元", 50_000, "USD", "eq")]),
    ("股價 120 元/股", [("120 元/股", 120.0, "TWD", "eq")]),
    # signed measures
    ("保存於 -80°C 環境", [("-80°C", -80.0, "°C", "eq")]),
    ("氣溫零下 20 度", [("零下 20 度", -20.0, "度", "eq")]),
    # Chinese-numeral counts with classifiers
    ("分為三類", [("三類", 3.0, "類", "eq")]),
    ("共分五大類", [("五大類", 5.0, "類", "eq")]),
    ("兩家公司合併", [("兩家", 2.0, "家", "eq")]),
    # 超 before a bare magnitude, a Chinese numeral after a Latin name, more currencies
    ("銷售額超百億美元", [("超百億美元", 10_000_000_000, "USD", "gt")]),
    ("業績超Zepbound七成", [("七成", 70.0, "%", "eq")]),
    ("創收582.06億丹麥克朗", [("582.06億丹麥克朗", 58_206_000_000, "DKK", "eq")]),
    # a sign before a currency symbol; two signed values side by side are no range (in a
    # Chinese report: read alone, the English snippet's `$` would be English writing's)
    ("第四季EPS -$0.56 -$0.76", [("-$0.56", -0.56, "TWD", "eq"), ("-$0.76", -0.76, "TWD", "eq")]),
    ("營益率 -1pt", [("-1pt", -1.0, "pp", "eq")]),
    # exact decimal values
    ("營收66.1億元", [("66.1億元", 6_610_000_000, "TWD", "eq")]),
    ("0.07億元", [("0.07億元", 7_000_000, "TWD", "eq")]),
    # Chinese-numeral decimals, percentages and points written out in words
    (
        "上修一點四五個百分點至百分之六點二八。",
        [("一點四五個百分點", 1.45, "pp", "eq"), ("百分之六點二八", 6.28, "%", "eq")],
    ),
    ("增加三點五%", [("三點五%", 3.5, "%", "eq")]),
    # 廿 / 卅 inside a written-out amount
    ("出口為四百卅二億美元", [("四百卅二億美元", 43_200_000_000, "USD", "eq")]),
    ("去年達二百廿一億元", [("二百廿一億元", 22_100_000_000, "TWD", "eq")]),
    # an amount of two sections written with spaces around its magnitudes
    ("產值將達 5 兆 2,108 億元，", [("5 兆 2,108 億元", 5_210_800_000_000, "TWD", "eq")]),
    # amounts written digit by digit (news style), ○ for 〇 inside them
    ("單季營收七六五四億元，", [("七六五四億元", 765_400_000_000, "TWD", "eq")]),
    (
        "支出由二九○億美元調至三一○億美元",
        [
            ("二九○億美元", 29_000_000_000, "USD", "eq"),
            ("三一○億美元", 31_000_000_000, "USD", "eq"),
        ],
    ),
    # 百分之 before the first number of a range covers the second
    (
        "毛利率約為百分之卌一至卌三）",
        [("約為百分之卌一至卌三", 41.0, "%", "approx"), ("卌三", 43.0, "%", "approx")],
    ),
    ("占比百分之12至15之間", [("百分之12至15", 12.0, "%", "eq"), ("15", 15.0, "%", "eq")]),
]

# Numbers glued to words that are not measure words, footnote markers: no quantity.
REAL_TRAPS = [
    "園區3周邊道路",
    "另一個角度來看",
    "另一家企業",
    "自二季度初便出現虧損",
    "（10ml:0.1g）中標",
    "零件供應",
    "全台18營業據點",
    "第1免疫療法",
    "5 挑戰",
    "註1產品之研發",
    "100.00 註1",
    "1,174 註2",
]


@pytest.mark.parametrize(("text", "expected"), REAL_FORMS, ids=[c[0] for c in REAL_FORMS])
def test_real_report_forms(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize("text", REAL_TRAPS)
def test_real_report_traps(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("每月 5 萬美元", "月"),
        ("每人每年 3 萬元", "人/年"),
        ("每股 120 元", "股"),
        ("120 元/股", "股"),
        ("年增5%/年", "年"),
        ("營收 5 億元", None),
    ],
)
def test_per_unit_is_kept(text: str, per: str | None) -> None:
    (m,) = find_quantities(text)
    assert m.per == per


def test_whole_values_are_integers_in_json() -> None:
    doc = make_doc("營收66.1億元，毛利率 41.5%。")
    a, b = extract_quantities(doc, [], subjects=False)
    assert a.model_dump(mode="json")["value"] == 6_610_000_000
    assert isinstance(a.model_dump(mode="json")["value"], int)
    assert b.model_dump(mode="json")["value"] == 41.5


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("國家醫保局集採後，北京與上海的產品降價，省級聯盟的營收 5億元。", "CNY"),
        ("台灣廠商營收 5億元。", "TWD"),
        ("營收 5億元。", "TWD"),
        ("中國市場營收 5億元，台灣市場 3億元，我國廠商。", "TWD"),
        # 我國 is how mainland writers name their country too: no cue of either place
        ("我國每年新車銷量創新高，中國品牌的入門車型售價 8萬元。", "CNY"),
        ("我國廠商營收 5億元。", "TWD"),
        # a Taiwanese writer on the mainland: 大陸, stock codes of four digits
        ("亞泥(1102)在中國大陸的水泥廠，中國市場需求轉弱，中國營收 5億元。", "TWD"),
    ],
)
def test_plain_yuan_follows_the_place_the_text_is_about(text: str, unit: str) -> None:
    assert {m.unit for m in find_quantities(text)} == {unit}


# --------------------------------------------------------------------------- the span invariant


def _cuts(text: str, a: int, b: int) -> bool:
    t = fold_width(text)
    digit = lambda i: 0 <= i < len(t) and t[i].isdigit()  # noqa: E731
    # (a comma after digits that cannot head a thousands group ends a clause: quant40)
    before = (
        a > 0
        and digit(a)
        and (digit(a - 1) or (t[a - 1] in ".," and digit(a - 2) and not clause_comma(t, a - 1)))
    )
    after = digit(b - 1) and (
        digit(b) or (b < len(t) and t[b] in ".," and digit(b + 1) and not clause_comma(t, b))
    )
    return before or after


def _corpus_texts() -> list[Path]:
    """Every corpus text but the held-out sets (`HELD_OUT_SETS`) and the synthetic blind texts."""
    return sorted(
        p
        for p in (ROOT / "tests" / "corpus").rglob("*.txt")
        if "blind" not in p.name and not set(HELD_OUT_SETS) & set(p.relative_to(ROOT).parts[:-1])
    ) + sorted((ROOT / "raw").glob("*.txt"))


@pytest.mark.parametrize("path", _corpus_texts(), ids=lambda p: p.name)
def test_no_span_cuts_a_number_in_the_corpus(path: Path) -> None:
    doc = build_document(path)
    text = doc.text
    for q in doc.facts.quantities:
        assert not _cuts(text, q.span.start, q.span.end), (q.text, q.span)


_NUMBERY = st.sampled_from(
    [
        "41.0%",
        "5.80%",
        "1,234",
        "66.1億元",
        "\n",
        " ",
        "-",
        "~",
        "至",
        "4.55 -25%",
        "12",
        ".5",
        "%",
        "億元",
        "家",
        "註",
        "1.",
        "市佔率:",
        "US$",
        "B",
        "M",
        "百分之",
        "零下",
        "°C",
        "/股",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NUMBERY, max_size=25))
def test_no_span_cuts_a_number_in_random_text(parts: list[str]) -> None:
    text = "".join(parts)
    for m in find_quantities(text):
        assert not _cuts(text, m.start, m.end), (text, text[m.start : m.end])


# --------------------------------------------------------------------------- year links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # same sentence
        ("2023年營收為 5億元。", [(2023, "same_sentence")]),
        # 分別為: the k-th value takes the k-th period
        (
            "民國113年及112年第一季之利息收入分別為4,843千元及6,137千元。",
            [(2024, "list_order"), (2023, "list_order")],
        ),
        ("2022年及2023年營收依序為 3億元、4億元。", [(2022, "list_order"), (2023, "list_order")]),
        (
            "民國113年及112年之資產分別為 5億元及 4億元；負債分別為 3億元及 2億元。",
            [(2024, "list_order"), (2023, "list_order")] * 2,
        ),
        # the list ends where a later date is written: the values after it are that date's
        (
            "繼2011年、2012年資本支出分別達 26.6億元、27.4億元，2013年已降至 10.95億元，"
            "2014年進一步縮減至 5.5億元。",
            [
                (2011, "list_order"),
                (2012, "list_order"),
                (2013, "same_sentence"),
                (2014, "same_sentence"),
            ],
        ),
        # a sentence that continues the paragraph's period
        ("2024年全年營收創新高。其中海外營收為 3億元。", [(2024, "continuation")]),
        # the base of a comparison is not the period, nor inherited
        ("營收較2022年成長。毛利率為 30%。", [(None, None)]),
        # a duration has no calendar year
        ("2024年該公司已營運 5年。", [(None, None)]),
        # a count in a later sentence does not take the paragraph's year
        ("2024年營收創新高。海外據點共 3家。", [(None, None)]),
        # only the sentence right before is continued
        ("2022年市場成長。需求轉弱。價格下跌。毛利率為 30%。", [(None, None)]),
        # … unless the sentence opens with a continuation word (其中, 而): it continues the
        # one before, which continued the year's sentence
        (
            "2023年A部門營收 5億元。其中海外營收 2億元。而B部門營收 3億元。",
            [(2023, "same_sentence"), (2023, "continuation"), (2023, "continuation")],
        ),
        ("2022年市場成長。需求轉弱。而毛利率為 30%。", [(2022, "continuation")]),
        ("2022年市場成長。需求轉弱。價格下跌。而毛利率為 30%。", [(None, None)]),
        # a period written only after the number, in its sentence
        (
            "該國出口金額為 900億美元，年增 12%，主因2024年AI伺服器熱銷。",
            [(2024, "same_sentence")] * 2,
        ),
        # … not across a clause that turns to another statement (而), nor a comparison base
        ("當佔比超過 20%後，電網將面臨挑戰，而2024年比重已接近此值。", [(None, None)]),
        # (a sentence whose only date is the base it compares with measures a later period:
        # the text's own year, here the one after the base, links6)
        ("毛利率為 30%，較2023年提升。", [(2024, "anchor")]),
        ("公司以 5億元收購該廠，交易預計於2025年第2季完成。", [(None, None)]),
        # a length of time written as the span a number is measured over is its period:
        # no calendar year, even with a year in the sentence before it
        ("2019年航線增加。預估未來 15年旅客量平均年成長 4.5%。", [(None, None), (None, None)]),
        (
            "2024年市場規模為 30億元，過去五年成長 42%。",
            [(2024, "same_sentence"), (None, None), (None, None)],
        ),
        # … but a length that is only counted (已營運 5年) is not the span of what follows
        ("2024年該公司已營運 5年，營收達 3億元。", [(None, None), (2024, "same_sentence")]),
        # from … to … over a span of years: the number after 從/由 is the span's start
        (
            "2013年至2023年，該藥營收從 179億元下降至 44億元。",
            [(2013, "same_sentence"), (2023, "same_sentence")],
        ),
        # a year that starts a span to the present (自2003年…以來) is no period to continue
        ("自2003年起投入研發，累計多項成果。療效為對照組的 2倍。", [(None, None)]),
        # clauses after ； belong to the sentence: one period for all of them
        (
            "公司公布2021年第三季營收8億元；營業利益1.2億元；稅後淨利9千萬元。",
            [(2021, "same_sentence")] * 3,
        ),
        # a date the comparison is based on (以…為基期) is not the period
        (
            "2020年第二季營收3億元，以107年第二季為基期計算，營業利益5千萬元。",
            [(2020, "same_sentence")] * 2,
        ),
        # a period stated but not resolved (今年上半年 in a text that fixes no year) is not
        # replaced by the previous sentence's
        (
            "2019年營收為 5億元，今年將翻倍。今年上半年毛利率降至 20%。",
            [(2019, "same_sentence"), (None, None)],
        ),
        # … nor by a written date before it in its own sentence; a comparison base
        # (較上月) is no such period
        (
            "2019年營收為 5億元，今年將翻倍，今年前三季營收 4億元。",
            [(2019, "same_sentence"), (None, None)],
        ),
        ("2024年3月營收 2億元，較上月成長 5%。", [(2024, "same_sentence")] * 2),
        # an enumeration as long as a span of years: the k-th value is the k-th year
        (
            "2019-2021年營收 3億元、4億元、5億元；同期淨利 1億元、2億元、3億元。",
            [(2019, "list_order"), (2020, "list_order"), (2021, "list_order")] * 2,
        ),
        # … not when the count differs
        ("2019-2021年營收 3億元、4億元。", [(2021, "same_sentence")] * 2),
        # a list of years joined by 和 before a list of as many values
        (
            "在2020年和2021年，該部門營收為 8億元和 9億元。",
            [(2020, "list_order"), (2021, "list_order")],
        ),
        # a run of measurements continues through a topic sentence with no number
        (
            "2023年3月出口年增 8.1%。內需則相對疲弱。紡織業年減 4.2%；塑膠業年減 2.5%。",
            [(2023, "same_sentence"), (2023, "continuation"), (2023, "continuation")],
        ),
        (
            "2022年A廠營收 3億元。B廠營收 2億元。C廠營收 1億元。",
            [(2022, "same_sentence"), (2022, "continuation"), (2022, "continuation")],
        ),
        # … not after a count, nor past a date written between (even an unresolved one),
        # nor across paragraphs
        (
            "2021年據點共 5家。新市場持續擴張。毛利率為 30%。",
            [(2021, "same_sentence"), (None, None)],
        ),
        (
            "2019年營收為 5億元，今年將翻倍。今年上半年毛利率降至 20%。數位業務占 1成。",
            [(2019, "same_sentence"), (None, None), (None, None)],
        ),
        ("2022年營收 5億元。需求轉弱。\n毛利率為 30%。", [(2022, "same_sentence"), (None, None)]),
        # links32: … unless the paragraph turns to another part of the same picture (至於)
        (
            "2022年全球產值 900億美元。\n至於台灣表現，機構說，台灣產值 600億美元。",
            [(2022, "same_sentence"), (2022, "continuation")],
        ),
        # … and a speaker who adds to it (補充), even after such a paragraph; a plain paragraph
        # after them continues nothing
        (
            "2022年全球產值 900億美元。\n至於台灣表現，台灣產值 600億美元。\n"
            "機構補充，日本產值 300億美元。\n海外營收 2億元。",
            [
                (2022, "same_sentence"),
                (2022, "continuation"),
                (2022, "continuation"),
                (None, None),
            ],
        ),
        # the text's year left open (a whole 2014年 beside 今年: no margin): 今年 links nothing
        (
            "2014年公司表現突出，稅後獲利創新高。公司3月5日公告，今年營收可望成長 20%。",
            [(None, None)],
        ),
        # a length of time in an earlier clause (25年來最佳) is not the span of the number
        (
            "2025年經濟表現亮眼，就業創下 24年來最佳，股市市值突破 3兆美元。",
            [(None, None), (2025, "same_sentence")],
        ),
    ],
)
def test_year_links(text: str, expected: list[tuple[int | None, str | None]]) -> None:
    doc = make_doc(text)
    qs = extract_quantities(doc, subjects=False)
    assert [(q.year, q.year_link) for q in qs] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 目前 after a planned year: the count is this year's, not the plan's
        (
            "政府規劃至2030年建置充電樁1萬座；目前國內充電樁約 4,000座。",
            "2023-05",
            [(2030, "same_sentence"), (2023, "anchor")],
        ),
        # the present in a text with no date of its own: the year the text establishes
        ("2021年營收8億元。目前員工共 300人。", None, [(2021, "same_sentence"), (2021, "anchor")]),
        # … and none when the text fixes no year
        ("自1998年成立以來，現已完成 11個試驗。", None, [(None, None)]),
        # from the present to a target: only the first number is the present's
        (
            "2026年目標營收20億元，海外比重由目前約 35%提高至 50%以上。",
            "2024-05",
            [(2026, "same_sentence"), (2024, "anchor"), (2026, "same_sentence")],
        ),
        # 上週 is the week the text is written in
        ("晶片類股上週上漲 6.5%。", "2024-03", [(2024, "anchor")]),
        # a quarter or half without its year is one of the text's own year (a quarter begun
        # by the text's month: a date of its own sentence since dates51)
        ("研究機構估計，第二季面板出貨量為 4,500萬片。", "2019-06", [(2019, "same_sentence")]),
        ("下半年記憶體價格可望回升 8%。", "2020-07", [(2020, "anchor")]),
        # a period not yet begun at the text's date that it reports on is last year's
        ("受事件影響，美國第四季度的銷售額下降了 1.4%。", "2025-02", [(2024, "anchor")]),
        ("下半年營收成長 12%，全年創新高。", "2021-03", [(2020, "anchor")]),
        # … an outlook for it is this year's
        # (planned and not over by the text's February: a date of its own sentence since dates33)
        ("預計第四季度銷售額將成長 5%。", "2025-02", [(2025, "same_sentence")]),
        ("第一季營收為 50億元。", "2025-02", [(2025, "same_sentence")]),
        # (a quarter opening the sentence after its year's is of that year: a date of its
        # own sentence now, dates.yearless_quarter)
        (
            "2021年營收8億元。第四季度毛利率升至 35%。",
            None,
            [(2021, "same_sentence"), (2021, "same_sentence")],
        ),
        # … and none when the text fixes no year; a quarter that is counted (前三季), or
        # a quarter-on-quarter change (季增), is no such period
        ("第三季出貨量為 120萬台。", None, [(None, None)]),
        ("該廠前三季產能利用率維持 90%。", "2022-10", [(None, None)]),
        ("營收季增 12%。", "2022-10", [(None, None)]),
        # an outlook for the whole year is for the text's own year; a plain 全年 may
        # report the year before (全年業績 in a text of the next January)
        ("台灣方面，預估全年產值將達 3 兆元。", "2025-09", [(2025, "anchor")]),
        ("全年營收為 5億元。", "2025-01", [(None, None)]),
    ],
)
def test_the_present_takes_the_documents_year(
    text: str, published: str | None, expected: list[tuple[int | None, str | None]]
) -> None:
    qs = extract_quantities(make_doc(text, published=published), subjects=False)
    assert [(q.year, q.year_link) for q in qs] == expected


def test_the_present_is_reached_not_forecast() -> None:
    """目標…由目前約35%提高至50%: 35% stands now, 50% is the target."""
    text = "公司目標2026年營收20億元，海外比重由目前約 35%提高至 50%以上。"
    qs = extract_quantities(make_doc(text, published="2024-05"), subjects=False)
    assert [(q.text, q.is_forecast) for q in qs] == [
        ("20億元", True),
        ("約 35%", False),
        ("50%以上", True),
    ]


def test_year_from_the_heading() -> None:
    text = "2025年展望\n營收為 5億元。"
    doc = make_doc(text)
    doc = doc.model_copy(
        update={
            "blocks": [
                Block(kind="heading", start=0, end=6, page=1),
                Block(kind="paragraph", start=7, end=len(text), page=1),
            ]
        }
    )
    (q,) = extract_quantities(doc, subjects=False)
    assert (q.year, q.year_link) == (2025, "heading")


@pytest.mark.parametrize(
    ("text", "forecast"),
    [
        ("諾華將向該公司支付 3億美元。", True),
        ("預計明年營收 5億元。", True),
        ("營收可望達 5億元。", True),
        ("營收將近 5億元。", False),
        ("MIC預估，今年全年產值可達 5億元。", True),
        ("公司有資格獲得最高 7億美元的付款。", True),
        ("法人估，第4季營收可望超越 1200億元。", True),
        ("評估後營收為 5億元。", False),
        ("公司將其 30% 股權出售。", False),
        ("營收已達 5億元。", False),
        # a cue after a word that ends in 出 (支出, 指出) is still a cue; 超出預期 compares
        ("研發支出預計至2030年達 80億美元。", True),
        ("協會指出預估明年出貨 300萬台。", True),
        ("營收 5億元，超出預期。", False),
        # 挑戰 before an amount aims at it; 面臨挑戰 is no forecast
        ("明年產值挑戰 4.5兆元。", True),
        ("台積電今年營收看增 30%", True),
        # next year, named or written out, is ahead of the text
        ("明年在新品帶動下，營收成長可維持 12%。", True),
        ("明(2027)年出貨 200萬台。", True),
        # the clauses after ； share the sentence's outlook
        ("公司擬進行併購；同時以股份轉換取得 100%股權。", True),
        # … unless the clause writes a period of its own
        ("預估2026年產值可達 90億元；2019至2024年平均成長率為 7.5%。", False),
        # reached after the cue: no forecast
        ("未來將交付的訂單已經超過 800億元。", False),
        ("預計擴產的新廠已動工，投資 50億元。", True),
        ("面臨挑戰，營收為 5億元。", False),
        # a chance is no fact
        ("法人估算，併購完成後對營收貢獻有機會達到 6億元。", True),
        ("全年營收有機會成長 2~3成。", True),
        # Round 11: 將 after a preposition or a condition puts its object first (no future)
        ("公司正透過將旗下 6個 專案剝離出來。", False),
        ("董事會通過將配發 27元 現金股利。", True),
        ("若將退出者納入，平均減重降至 20.4%。", False),
        ("為了將核心技術運用在汽車，決議投資 3家 公司。", False),
        ("若將來需求擴大，產能可達 100萬片。", True),
        # a comparison with a named forecaster's expectation makes none
        ("5月營收 3.26億元，優於市場預期；盛群營收 4.44億元。", False),
        ("營收 12億元，低於法人預估。", False),
        # a term set for now (暫定) is not yet fixed
        ("光焱科技暫定承銷價 220元。", True),
        ("申購張數從原來暫定 633張 提高至 3,798張。", False),
        # … but a number right after the expectation is that expectation
        ("EPS 0.55美元，優於分析師預期的 0.53美元。", True),
        ("毛利率4.65%，符合原先預期 4.8%。", True),
    ],
)
def test_forecast_comes_from_words(text: str, forecast: bool) -> None:
    *_, q = extract_quantities(make_doc(text), subjects=False)  # the sentence's last number
    assert q.is_forecast is forecast


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a breakdown (其中…) of an outlook shares it
        ("預估2027年產值達 800億元。其中設計業為 300億元。", [True, True]),
        # … of what was reached, too
        ("2020年產值達 800億元。其中設計業為 300億元。", [False, False]),
        # another sentence that only continues the period does not
        ("預估2027年產值達 800億元。而設計業為 300億元。", [True, False]),
    ],
)
def test_a_breakdown_shares_its_sentences_outlook(text: str, flags: list[bool]) -> None:
    qs = extract_quantities(make_doc(text), subjects=False)
    assert [q.is_forecast for q in qs] == flags


def test_link_scores_match_gold_quantities_by_text_and_order() -> None:
    from pipeline.evaluate import score_links

    doc = make_doc("2023年營收為 5億元，預估2025年將達 8億元。")
    doc.facts.quantities = extract_quantities(doc, subjects=False)
    gold = {
        "quantities": [
            {
                "text": "5億元",
                "value": 500000000,
                "unit": "TWD",
                "year": 2023,
                "is_forecast": False,
            },
            {"text": "8億元", "value": 800000000, "unit": "TWD", "year": 2024, "is_forecast": True},
            {"text": "9億元", "value": 900000000, "unit": "TWD", "year": 2025},
        ]
    }
    scores = score_links(doc, gold)
    assert (scores["year"].correct, scores["year"].total) == (1, 2)
    assert (scores["is_forecast"].correct, scores["is_forecast"].total) == (2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("僅2個品種年銷售額超過1億，與西藥", [("超過1億", 100_000_000, "gt")]),
        ("一款年銷售額高達20多億的西藥", [("20多億", 2_000_000_000, "gt")]),
        ("公司去年共有400多億新增訂單", [("400多億", 40_000_000_000, "gt")]),
        ("用戶規模達1億，成長快速", []),
        ("營收成長，第3季持平", []),
    ],
)
def test_a_large_bare_amount_after_a_money_word_is_money(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.qualifier) for m in find_quantities(text)]
    assert [g for g in got if g[0] != "2個"] == expected
    assert all(m.unit == "TWD" for m in find_quantities(text) if m.kind == "money")


def test_bullets_take_year_and_outlook_from_their_lead_lines() -> None:
    lines = [
        "2026年第一季業績展望",
        "基於目前的假設，公司預期:",
        "• 合併營收約介於美金 346 億元到 358 億元之間。",
        "此外，基於匯率假設，公司預期:",
        "• 營業毛利率約介於百分之 63 到百分之 65 之間。",
    ]
    doc = make_doc("\n".join(lines), published="2026-01")
    qs = extract_quantities(doc, subjects=False)
    assert [(q.year, q.year_link, q.is_forecast) for q in qs] == [(2026, "heading", True)] * 4


# dates52: a date opening a line of values only (a slide table's row label, Y23 $886 $949 …)
# dates that row, no lead line of a figure under it (YoY -3% where a deck's text runs out of
# order): the figure takes the title's year, or none; a lead line with words keeps its year.
@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (
            ["2025年營運成果", "Y23 $886 $949 $982 $1,142", "YoY -3%", "Y24 $1,038 $1,002 $1,088"],
            2025,
        ),
        (
            [
                "2025年營運成果",
                "單位：新台幣億元",
                "Y22 $1,009 $1,034 $1,088 $1,115",
                "Y23 $886 $949 $982",
                "YoY -3%",
            ],
            None,
        ),
        (["2025年營運成果", "Y23 營收創新高", "YoY -3%"], 2023),
    ],
)
def test_a_row_label_is_no_lead_line(lines: list[str], year: int | None) -> None:
    doc = make_doc("\n".join(lines), published="2026-03")
    assert [(q.text, q.year) for q in extract_quantities(doc, subjects=False)] == [("-3%", year)]


@pytest.mark.parametrize(
    "line",
    [
        "營業毛利率 62.3% 59.0% 59.5% +2.8 ppts",
        "歸屬予母公司業主之本期淨利 505.74 452.30 +11.8%",
        "8.8% 12.3%",
        "推銷費用率 (3.4%) (3.2%)",
        "4000 營業收入 四及六.16 $ 24,427,885 100.00 $ 24,045,882 100.00",
        "華生技公司） $ 94,801 $ 97,564 $ 72,664個別不重大之關聯",
        # rows whose line break the text layer lost: a cell runs straight into the next label
        "存款 1,068.59 38.7 % 951.06 37.4 % 822.02 36.2 %應付票據 81.79 3.6 % 77.81 4.2 %",
        "營業成本 (52.1) (49.3) (47.0)毛利率 55.2% 53.8% 51.9%淨利率 21.0% 19.5% 18.2%",
        "資產 812.4 100.0% 790.2 100.0%負債總額 401.1 49.4% 388.0 49.1%",
    ],
)
def test_table_rows_left_in_paragraphs_are_not_running_text(line: str) -> None:
    doc = make_doc("2025年營收成長 5%，創新高。\n" + line)
    assert [q.text for q in extract_quantities(doc, subjects=False)] == ["5%"]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a chart's lone data labels among its label rows and axis ticks (a deck's slide)
        (["QoQ", "YoY 3.1% YoY", "6.4% 10.2%", "90,000 300,000"], []),
        (["YoY -0.7pts YoY", "-1.8pts -2.2pts", "60% 60%"], []),
        (["40% 40%", "合併營業淨利率 21.4%", "18.8% 18.1%"], []),
        (["25% 25%", "16.2%", "14.9%", "10% 10%"], []),
        (["YoY -$0.82 YoY", "-$0.31 -$0.44"], []),
        # a statement on a slide next to a row with words, a bullet, a date line: kept
        (["用戶滲透率 38.5%", "數據營收 YoY + 3.2％ (0.5bn )"], ["38.5%"]),
        (["6.10 5.95", "4 ➢ 現金股利配發率 96.8%", "4.90 4.85"], ["96.8%"]),
        (["114.6.30", "營業毛利率 41.2%"], ["41.2%"]),
        # a lone cell with words after its number (a sentence's figure) is no cell
        (["全年出貨達 3,200萬台", "2,800 3,100"], ["3,200萬台"]),
        # an axis's ticks one a line, between the chart's words (a deck's margin chart)
        (["毛利率 營業淨利率", "Q1", "60.00%", "50.00%", "25Q1 25Q2 25Q3"], []),
        (["淨利率", "70%", "35%", "0%", "年度"], []),
        # lone figures each under its own name (a slide's KPI tiles): kept
        (["毛利率", "23%", "營益率", "15%"], ["23%", "15%"]),
        (["通訊產品, 71%", "7%", "消費性電子產品,"], ["71%", "7%"]),
    ],
)
def test_a_lone_cell_beside_a_line_of_cells_is_not_running_text(
    lines: list[str], kept: list[str]
) -> None:
    """A line with one bare cell (``YoY 5.7% YoY``, ``17.3%``) next to a line of nothing
    but cells is a chart's data label or a table's cell (MediaTek's deck: 13 such labels
    were quantities); a line of cells with words, or a bullet point, is no such line."""
    doc = make_doc("2025年營收成長 5%，創新高。\n" + "\n".join(lines))
    assert [q.text for q in extract_quantities(doc, subjects=False)] == ["5%", *kept]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a slide's bullet glued before a length of time: no negative length
        ("PAT% -10年平均. 2.3%", [("10年", 10.0), ("2.3%", 2.3)]),
        ("帳面價值 -10年複合成長率 7%", [("10年", 10.0), ("7%", 7.0)]),
        ("-3個月內完成驗證", [("3個月", 3.0)]),
        # a change keeps its sign
        ("營收年減-3%，創新低。", [("-3%", -3.0)]),
    ],
)
def test_a_dash_before_a_length_of_time_is_a_bullet(
    line: str, expected: list[tuple[str, float]]
) -> None:
    found = find_quantities(line)
    assert [(line[q.start : q.end], q.value) for q in found] == expected
    assert all((q.lower is None or q.lower >= 0) for q in found if q.unit in ("年", "個月"))


def test_a_dollar_amount_alone_in_prose_is_kept() -> None:
    doc = make_doc("本期處分利益 $ 140,606，列於其他利益。")
    assert [q.text for q in extract_quantities(doc, subjects=False)] == ["$ 140,606"]


@pytest.mark.parametrize("n", [8, 64, 300])
def test_a_long_digit_run_is_one_number(n: int) -> None:
    """A digit run is one piece of a number: before this, a run with no unit after it was
    tried split in 2^n ways (30 nines never finished), so a serial number or a hash in a
    report could hang a worker."""
    digits = "9" * n
    assert find_quantities(digits) == []
    (q,) = find_quantities(digits + "元")
    assert (q.start, q.end, q.value, q.unit) == (0, n + 1, float(digits), "TWD")


# --------------------------------------------------------------------------- round 4 forms
# Forms read on fresh public texts (industry statistics, results, broker notes, policy
# news), each tested with sentences of our own.

ROUND4_FORMS = [
    # 萬億 (the mainland trillion) and a larger magnitude after a smaller one
    ("外匯存底穩定在3.2萬億美元以上。", [("3.2萬億美元以上", 3_200_000_000_000, "USD", "gte")]),
    ("市場規模將超過2萬億元", [("超過2萬億元", 2_000_000_000_000, "TWD", "gt")]),
    ("總額約1萬5千億元", [("約1萬5千億元", 1_500_000_000_000, "TWD", "approx")]),
    # percentage points written pct (broker notes)
    (
        "毛利率年增6.2pct，季減1.08pct。",
        [("6.2pct", 6.2, "pp", "eq"), ("1.08pct", 1.08, "pp", "eq")],
    ),
    # basis points
    ("央行降息25個基點", [("25個基點", 25.0, "bp", "eq")]),
    # units of more than one character that are no listed word yet
    ("黃金存量為7345萬盎司。", [("7345萬盎司", 73_450_000, "盎司", "eq")]),
    ("流量為8420立方米。", [("8420立方米", 8420.0, "立方米", "eq")]),
    ("廠區占地3.5平方米", [("3.5平方米", 3.5, "平方米", "eq")]),
    # events counted with 起
    ("全年共有37起融資事件", [("37起", 37.0, "起", "eq")]),
    ("發生兩起事故", [("兩起", 2.0, "起", "eq")]),
    # 半 after a unit of time or a ratio adds a half
    ("寒冬長達3年半之久", [("3年半", 3.5, "年", "eq")]),
    ("等待超過兩天半", [("超過兩天半", 2.5, "天", "gt")]),
    ("營收為去年的1倍半", [("1倍半", 1.5, "倍", "eq")]),
    ("預計在半年後完成", [("半年", 0.5, "年", "eq")]),
    ("約半年內上市", [("約半年", 0.5, "年", "approx")]),
    ("在這堅持的半年裡", [("半年", 0.5, "年", "eq")]),
    # 多 after the unit makes a lone 一 a count; 3個多月 is months
    ("上任一年多以來", [("一年多", 1.0, "年", "gt")]),
    ("停工3個多月", [("3個多月", 3.0, "個月", "gt")]),
    ("約一個多月", [("約一個多月", 1.0, "個月", "approx")]),
    # two or three digits of growth: the floor, qualifier gt
    ("營收可望維持兩位數的成長", [("兩位數", 10.0, "%", "gt")]),
    ("獲利雙位數增長", [("雙位數", 10.0, "%", "gt")]),
    ("訂單實現三位數增長", [("三位數", 100.0, "%", "gt")]),
    # slash lists: bare numbers joined by / share the last one's magnitude and unit
    (
        "預估淨利為7.95/11.07億美元",
        [("7.95", 795_000_000, "USD", "eq"), ("11.07億美元", 1_107_000_000, "USD", "eq")],
    ),
    (
        "每股盈餘1.2/1.5/1.8元",
        [("1.2", 1.2, "TWD", "eq"), ("1.5", 1.5, "TWD", "eq"), ("1.8元", 1.8, "TWD", "eq")],
    ),
    ("分店數為30/42家", [("30", 30.0, "家", "eq"), ("42家", 42.0, "家", "eq")]),
    # a smaller bare number and 、 before a count: a spoken range
    ("一台車需要20、30顆", [("20", 20.0, "顆", "eq"), ("30顆", 30.0, "顆", "eq")]),
    ("約有3、4家業者", [("約有3", 3.0, "家", "approx"), ("4家", 4.0, "家", "eq")]),
    # ... of ratios too (a / between them is a fraction), and over the qualifier of the
    # second number; a first number with its own magnitude keeps it, and its 多
    ("售價約為一般晶片的6、7倍", [("6", 6.0, "倍", "eq"), ("7倍", 7.0, "倍", "eq")]),
    ("營收分別成長2、3倍", [("2", 2.0, "倍", "eq"), ("3倍", 3.0, "倍", "eq")]),
    ("效能提升3/4倍", [("4倍", 4.0, "倍", "eq")]),
    (
        "去年與今年營收分別為2百多億、近3百億元",
        [("2百多億", 20_000_000_000, "TWD", "gt"), ("近3百億元", 30_000_000_000, "TWD", "approx")],
    ),
    (
        "上下半年營收各為2百多、3百多億元",
        [("2百多", 20_000_000_000, "TWD", "gt"), ("3百多億元", 30_000_000_000, "TWD", "gt")],
    ),
    (
        "分別為3千、5千萬美元",
        [("3千", 30_000_000, "USD", "eq"), ("5千萬美元", 50_000_000, "USD", "eq")],
    ),
    ("分別為8、10億元", [("8", 800_000_000, "TWD", "eq"), ("10億元", 1_000_000_000, "TWD", "eq")]),
    ("營收各為5百、3百億元", [("3百億元", 30_000_000_000, "TWD", "eq")]),  # no magnitude fits
    # a bare range of 億 after a money word: the first number takes the magnitude
    (
        "預估全年營收約8~10億，",
        [("約8~10億", 800_000_000, "TWD", "approx"), ("10億", 1_000_000_000, "TWD", "approx")],
    ),
    (
        "投資金額約1.5-2億",
        [("約1.5-2億", 150_000_000, "TWD", "approx"), ("2億", 200_000_000, "TWD", "approx")],
    ),
    (
        "營收可達3～4千萬",
        [("3～4千萬", 30_000_000, "TWD", "eq"), ("4千萬", 40_000_000, "TWD", "eq")],
    ),
    ("營收COVID-19億", []),  # a name, not a range
    # two neighbouring digits joined by 、 before a measure word: a spoken range
    ("約有兩、三家業者", [("約有兩", 2.0, "家", "approx"), ("三家", 3.0, "家", "eq")]),
    ("市占率達三、四成", [("三", 30.0, "%", "eq"), ("四成", 40.0, "%", "eq")]),
    ("其餘個案分別有3、4成的交屋", [("3", 30.0, "%", "eq"), ("4成", 40.0, "%", "eq")]),
    ("售價約為五、六倍", [("約為五", 5.0, "倍", "approx"), ("六倍", 6.0, "倍", "eq")]),
    ("分為一、二、三類", [("三類", 3.0, "類", "eq")]),  # a list of names
    ("人數一、三家", [("三家", 3.0, "家", "eq")]),  # no neighbours
    ("看好二、三季營收表現", [("三季", 3.0, "季", "eq")]),  # Q2 and Q3 (三季: a known miss)
    ("人數達8~10億", []),  # no money word: a count of what is not said
    # counters of cups and bottles with four digits (the open rule stops at three)
    ("日均銷量超過3000杯", [("超過3000杯", 3000.0, "杯", "gt")]),
    ("單日售出近2000瓶", [("近2000瓶", 2000.0, "瓶", "approx")]),
    # bare amounts after more money words (票房, 總價, 身家, 市場規模)
    ("電影票房突破100億，創新高", [("突破100億", 10_000_000_000, "TWD", "gt")]),
    ("總價8000萬以上豪宅", [("8000萬以上", 80_000_000, "TWD", "gte")]),
    ("市場規模將超2萬億", [("超2萬億", 2_000_000_000_000, "TWD", "gt")]),
    # ... not when a count stands between the money word and the number (a count of its
    # measure word since quant31: 人數 counts 人)
    ("補貼申請人數突破2000萬", [("突破2000萬", 20_000_000, "人", "gt")]),
    (
        "營收30億元，用戶人數2億",
        [("30億元", 3_000_000_000, "TWD", "eq"), ("2億", 200_000_000, "人", "eq")],
    ),
    # a bare 億 in a sentence that already wrote an amount in a currency is that money
    (
        "募資48.5億美元，其中17億用於新廠，8.5億用於研發。",
        [
            ("48.5億美元", 4_850_000_000, "USD", "eq"),
            ("17億", 1_700_000_000, "USD", "eq"),
            ("8.5億", 850_000_000, "USD", "eq"),
        ],
    ),
    # a space after 億 ends the amount: the next word is no classifier
    (
        "淨利26億 擬募資49億",
        [("26億", 2_600_000_000, "TWD", "eq"), ("49億", 4_900_000_000, "TWD", "eq")],
    ),
]

# What these forms must not read: (text, the quantities it does hold)
ROUND4_TRAPS = [
    ("過去3年半導體產業", [("3年", 3.0)]),  # 半 begins 半導體
    ("大家一起合作", []),
    ("今年上半年營收", []),
    ("半年報公布", []),
    ("半年的增長翻倍", []),
    ("兩位數的人口", []),
    ("一年多次檢查", []),
    ("以三片式馬口鐵罐為主", []),
    ("（3/31關廠）費用", []),  # a date, then a word
    ("價格16.34美元/百萬英熱單位", [("16.34美元", 16.34)]),  # a rate's denominator
    ("營收30億元，人口3/4", [("30億元", 3_000_000_000)]),
    # two-digit years in a range are years (dates), not lengths of time
    ("上調25-26年淨利預測", []),
    ("股價對應24-26年本益比", []),
    ("藥物開發需要10-12年", [("10-12年", 10.0), ("12年", 12.0)]),
    ("長達25-26年", [("25-26年", 25.0), ("26年", 26.0)]),
    ("未來20-30年", [("20-30年", 20.0), ("30年", 30.0)]),
    # lists of class names and ranks are no spoken ranges
    ("分為1、2、3類", [("3類", 3.0)]),
    ("排名第1、2名", []),  # (the rank 第 carries over the list: no count of 2)
    # ranks: 前N位, 位居N位
    ("意法位居前三位", []),
    ("票房位居三四位", []),
    ("排在票房榜前4位的影片", []),
    ("共有15位講者", [("15位", 15.0)]),
    # a product's specification is no amount; a capacity is
    ("供應容量為64Mb、128Mb", []),
    ("主流50MP感測器", []),
    ("研究中，12mg Retatrutide組", []),
    ("單晶 PERC（182mm）電池", []),
    ("裝置容量為1,241.7萬瓩（12.4GW）", [("1,241.7萬瓩", 12_417_000), ("12.4GW", 12.4)]),
    ("裝置容量（約12.4GW）", [("約12.4GW", 12.4)]),
    ("中標價3834.27元/瓶（500mg/50ml）", [("3834.27元/瓶", 3834.27)]),
    ("擴增20GW TOPCon產能", [("20GW", 20.0)]),
    ("產能攀升至920GW，", [("920GW", 920.0)]),
    # a URL ends at the first non-ASCII character: what follows it is read
    ("https://www.example.com.tw【來源】4Q24收入22.07億美元", [("22.07億美元", 2_207_000_000)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_FORMS, ids=[c[0] for c in ROUND4_FORMS])
def test_round4_forms(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), ROUND4_TRAPS, ids=[c[0] for c in ROUND4_TRAPS])
def test_round4_traps(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(text[m.start : m.end], m.value) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # mainland wording: 同比 / 環比 and the mainland's own bodies (Taiwan writes 年增)
        # (three cues at least: currencies.yaml yuan_context.min_cues)
        ("出貨量同比增長，環比下降，營收同比持平，銷售金額約205.8億元。", "CNY"),
        ("發改委、工信部與證監會補助，銷售金額約205.8億元。", "CNY"),
        ("手機出貨量年增5%，銷售金額約205.8億元。", "TWD"),
        # phone news from the mainland: 國行 (its retail version) and 國補 (its subsidy)
        ("國補上線後銷量暴漲，國行版與國補疊加後售價1,869元。", "CNY"),
        ("新機台灣版售價1,869元，補助後更便宜。", "TWD"),
        # a foreign company listed in Taiwan (F-, -KY, 第一上市) reports in NT$
        ("F-淘帝(2929)在中國15個省布點，中國市場成長，北京、上海門市，每股承銷價為118元。", "TWD"),
        ("童裝廠在中國15個省布點，中國市場成長，北京、上海門市，每股價格為118元。", "CNY"),
        # a Hong Kong writer names the mainland 內地 (a Taiwanese one 大陸): the amounts of
        # a mainland firm in Hong Kong news are in yuan of the mainland
        ("內地藥企去年差旅費達9億元，內地監管部門罰款5萬元，內地同業人均1.5萬元。", "CNY"),
        ("這家內地廠商的市值高達4560億，在中國與內地同業中居首，罰款上限為5萬元。", "CNY"),
        # one 內地 in a Taiwanese text does not outweigh its Taiwan words
        ("台灣廠商赴內地設廠，經濟部補助台北總部，新台幣營收達9億元。", "TWD"),
        # a text with no Taiwan word at all: one word of the mainland is enough (issue 12,
        # round qd14: a short phone page, a results brief)
        ("新機國行價格公佈，標準版售價4999元，高配版售價5999元。", "CNY"),
        ("公司全年營收28.85億元，同比增長12%。", "CNY"),
        ("新機台灣版售價4999元，國行版同步開賣。", "TWD"),
        ("新機售價4999元，標準版同步開賣。", "TWD"),
        # the mainland's shopping platforms quote its consumer prices
        ("電影周邊在天貓上線8天，銷售額突破5000萬元。", "CNY"),
        ("外賣平台美團與京東補貼大戰，每單補貼5元。", "CNY"),
        ("台灣消費者透過淘寶購物，平均客單價1,200元，經濟部提醒台北市民注意。", "TWD"),
        # an A-share code, a mainland listing's 證券代碼, a car's 官方指導價, the wire
        # 財聯社 (quant34: mainland stories with no other cue read as NT$)
        ("路橋股份(600853)公告，中標金額合計為4.66億元。", "CNY"),
        ("電子公司(證券程式碼:000100)公告，投資金額近5億元。", "CNY"),
        ("新款休旅車提供兩種動力形式，官方指導價為18.68萬~19.88萬元。", "CNY"),
        ("財聯社2月3日電，子公司中標專案公告顯示，合同金額1181.3萬元。", "CNY"),
        ("新款休旅車提供兩種動力形式，建議售價為118.8萬元。", "TWD"),
        ("台股上市公司(2330)公告，投資金額近5億元。", "TWD"),
        ("元大台灣ETF(006208)配息，每單位0.5元。", "TWD"),
        # 中國臺灣 is the mainland's name for Taiwan, no Taiwan word: a mainland digest
        # that quotes a Taiwanese company in 新臺幣 still writes its own market in yuan
        (
            "滬深兩市成交額4803.1億元，同比減少；中國臺灣加權指數收跌0.3%。"
            "鴻海營收1.55萬億元新臺幣，同比增長19%。",
            "CNY+TWD",
        ),
    ],
)
def test_mainland_wording_makes_plain_yuan_cny(text: str, unit: str) -> None:
    got = [m for m in find_quantities(text) if m.kind == "money"]
    if "+" in unit:  # the first amount's plain 元, then the named ones
        plain, named = unit.split("+")
        assert got[0].unit == plain and {m.unit for m in got[1:]} == {named}
    else:
        assert {m.unit for m in got} == {unit}


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a Hong Kong story: its property market's words, its codes and its places make
        # plain 元 and a bare $ Hong Kong dollars (currencies.yaml yuan_context HKD)
        ("新盤首批120伙，折實呎價1.8萬元，入場費約420萬元。", ["HKD", "HKD"]),
        ("本港海洋公園推出新門票，每人收費$498，長者票$249。", ["HKD", "HKD"]),
        ("港股異動股：該股配售價每股20.88元，集資2.34億元。", ["HKD", "HKD"]),
        ("嘉里（0683）旗下新盤首推120伙，均價1.06萬元。", ["HKD"]),
        ("騰訊控股(0700.HK)股價收報400元。", ["HKD"]),
        # a tie between the mainland and Hong Kong goes to the mainland
        ("公司在香港上市，中國業務營收同比增長12%，達28.85億元。", ["CNY"]),
        # Taiwan words keep the default; a bare $ elsewhere stays the report's currency
        ("台灣廠商在香港設點，新台幣營收達9億元，經濟部補助。", ["TWD"]),
        ("新機售價$999，標準版同步開賣。", ["TWD"]),
        # 0050 is a Taiwanese ETF's code (00-led), no Hong Kong code
        ("元大台灣50(0050)收盤價150元。", ["TWD"]),
        # a bracketed currency "and the same below" declares it for the rest of the text
        ("賭場1月錄得殺數逾14.5億元（澳門元、下同），另一家錄得逾13億元。", ["MOP", "MOP"]),
        ("該片票房突破80億（人民幣，下同），預售逾5億。", ["CNY", "CNY"]),
        (
            "首段營收9億元。\n第二段營收逾3億元（美元，以下同），其後再增2億元。",
            ["TWD", "USD", "USD"],
        ),
    ],
)
def test_hong_kong_wording_and_same_below_currency(text: str, units: list[str]) -> None:
    assert [m.unit for m in find_quantities(text) if m.kind == "money"] == units


# --------------------------------------------------------------------------- round 5 decks
# Statement rows of decks, as the text layer gives them (issue 12, round 5).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note glued before a statement row keeps the row from reading as a table row,
        # but its bracketed percentages are still the column's negatives
        ("其僅為補充而非替代，本期淨利 23,434 25,762 24,293 (9.0%) (3.5%)", [-9.0, -3.5]),
        ("其中說明如下，營業利益 1,204 (12.5%) 1,376", [-12.5]),
        ("說明如下，毛利率 48.2% (1.3%)", [48.2, -1.3]),
        # in prose a percentage in brackets restates a share and keeps its sign
        ("電池系統(40%)與電控系統(25%)是主要成本。", [40.0, 25.0]),
        ("其中國內營收占比最高（62.5%），外銷次之。", [62.5]),
        ("較去年成長 (5.0%)，優於預期。", [5.0]),
        # a row that glues cells into the next label still splits only on two cells or more
        ("營收成長3%的公司有5家。", [3.0, 5.0]),
    ],
)
def test_bracketed_percentages_in_a_column_are_negative(text: str, expected: list[float]) -> None:
    doc = make_doc(text)
    assert [q.value for q in extract_quantities(doc, subjects=False)] == expected


# --------------------------------------------------------------------------- round 5 words
# Words with a number in them that measure nothing, and amounts written without a digit.

ROUND5_WORDS = [
    # a registration class names a drug or a device (1類新藥, 3類醫療器械); a kind still counts
    ("該藥獲批為1類新藥，另有3類醫療器械在審。", []),
    ("公司有3類產品線。", [("3類", 3.0, "類", "eq")]),
    # a frequency before 頻段 names a band; a clock or a radar's frequency is a measure
    # (units32, FORMAT.md technical units)
    ("新晶片支援24GHz頻段，時脈達3.2GHz。", [("3.2GHz", 3.2, "GHz", "eq")]),
    (
        "雷達模組採用77 GHz與5.8GHz方案。",
        [("77 GHz", 77.0, "GHz", "eq"), ("5.8GHz", 5.8, "GHz", "eq")],
    ),
    # 四周 is "around" unless a continuation or a cue makes it weeks
    ("廠區四周設置了隔音牆。", []),
    ("患者用藥四周後體重下降5%。", [("四周", 4.0, "周", "eq"), ("5%", 5.0, "%", "eq")]),
    ("療程共四周。", [("四周", 4.0, "周", "eq")]),
    ("統計連續四周的出貨量。", [("四周", 4.0, "周", "eq")]),
    # 兩片罐, 三片罐: a kind of can
    ("兩片罐與三片罐的需求同步成長。", []),
    # over one 億 with no digit written: an amount after a money word, or with 元
    ("今年銷售額過億的品種有12個。", [("過億", 1e8, "TWD", "gt"), ("12個", 12.0, "個", "eq")]),
    ("單月營收突破億元大關。", [("突破億元", 1e8, "TWD", "gt")]),
    ("下一個過億品種可能出現。", []),
    ("平台用戶人數破億。", []),
    # 分 and 角 are fractions of a 元 only before a per-unit slash or 錢
    ("元件漲幅預計在2分/W，", [("2分", 0.02, "TWD", "eq")]),
    ("每股派發5分錢。", [("5分", 0.05, "TWD", "eq")]),
    ("該片評分2分/5分，比賽得了3分。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND5_WORDS, ids=[c[0] for c in ROUND5_WORDS])
def test_round5_words(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row of values under a header line of periods: each value is its column's
        (
            "公司公布營運成果。\n2025年 2024年\n營收 5.2億元 4.8億元",
            [(2025, "column"), (2024, "column")],
        ),
        (
            "營運摘要如下。\n4Q25 4Q24\n營收 1,046億元 868億元",
            [(2025, "column"), (2024, "column")],
        ),
        # each period heads two columns (金額 成長率), over a unit line
        (
            "營運摘要如下。\n民國113年 民國112年\n金額 年增率 金額 年增率\n"
            "歸屬於母公司業主之淨利 52億元 8% 48億元 6%",
            [(2024, "column"), (2024, "column"), (2023, "column"), (2023, "column")],
        ),
        # prose between the periods and the row: no header over it
        (
            "2025年 2024年\n公司表示，今年營收成長。\n營收 5.2億元 4.8億元",
            [(2026, "heading"), (2026, "heading")],
        ),
    ],
)
def test_a_row_under_a_header_of_periods_takes_its_columns(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """Rows of three values or more with a short label are table cells and dropped (FORMAT);
    the rows that stay (two periods, a long label) take their column's period."""
    qs = extract_quantities(make_doc(text, published="2026-01"), subjects=False)
    assert [(q.year, q.year_link) for q in qs] == expected


def test_periods_joined_in_a_phrase_are_no_column_header() -> None:
    doc = make_doc("2024年與2023年比較\n營收 5.2億元 成長 3%", published="2025-03")
    qs = extract_quantities(doc, subjects=False)
    assert all(q.year_link != "column" for q in qs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text with no dateline that states its own year (今(2019)年, 去(2020)年): a year
        # before it is history, whatever the cue before the number
        (
            "光寶去(2020)年營收1,500億元，市場原本預估1,450億元；今年營收預估成長5%。",
            [(2020, False), (2020, False), (2021, True)],
        ),
        (
            "今(2019)年第1季營收80億元，去年同期72億元；預計第2季營收將達90億元。",
            [(2019, False), (2018, False), (2019, True)],
        ),
        # … except a payout proposed on the year just ended, still ahead in any month
        (
            "達方去(2022)年每股盈餘3.1元，董事會決議擬配發每股2元現金股利。",
            [(2022, False), (2022, True)],
        ),
        # a year only guessed from the text's latest (no 今年 it resolves) parts nothing
        ("公司預估2022年營收將達50億元。", [(2022, True)]),
    ],
)
def test_a_year_the_text_states_as_its_own_parts_history_from_outlook(
    text: str, expected: list[tuple[int | None, bool]]
) -> None:
    doc = make_doc(text)
    dates, _ = extract_dates(doc)
    assert [(q.year, q.is_forecast) for q in extract_quantities(doc, dates)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 今(27)日 with no month is the present, not a period left open: the clauses after
        # ； keep the text's year through their yearless quarter
        (
            "今(2017)年市場回溫。友達今(27)日公佈第二季營收900億元，季增2%；營業淨利45億元，年增8%。",
            [2017, 2017, 2017, 2017],
        ),
        # … and so does 目前 for the clauses after ； (not the founding year before it)
        (
            "該公司成立於1980年。目前產品結構為A約佔7成；市場結構方面，台灣40%、中國50%。",
            [2016, 2016, 2016],
        ),
        # 今日 is the present: a price of today is the text's year, not a year written before
        (
            "今(2015)年營運轉佳。去年配發現金股利3元，以今日收盤價60元計算，殖利率為5%。",
            [2014, 2015, 2015],
        ),
    ],
)
def test_the_present_day_gives_the_texts_year(text: str, expected: list[int | None]) -> None:
    doc = make_doc(text, published="2016-05" if "1980" in text else None)
    dates, _ = extract_dates(doc)
    assert [q.year for q in extract_quantities(doc, dates)] == expected


def test_a_bracket_left_open_keeps_the_outlook_in_its_own_sentence() -> None:
    text = "公司預期今年營收比重可提升到20%（去年約15%。今年第一季營收1.78億元，年減17%。"
    doc = make_doc(text, published="2017-05")
    dates, _ = extract_dates(doc)
    got = [(q.text, q.is_forecast) for q in extract_quantities(doc, dates)]
    assert got == [("20%", True), ("約15%", False), ("1.78億元", False), ("17%", False)]


def test_the_present_of_an_earlier_clause_yields_to_a_date_written_before_it() -> None:
    text = "截至2023年12月底共核准258件，現階段執行超過10件計畫；經統計，台北市65件、新北市33件。"
    doc = make_doc(text, published="2024-03")
    dates, _ = extract_dates(doc)
    got = [(q.text, q.year) for q in extract_quantities(doc, dates)]
    assert got[-2:] == [("65件", 2023), ("33件", 2023)]


# Round 6 on fresh public texts (links6): each case is a class of sentences found on news and
# broker notes nobody tuned on, written anew here.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a span of whole years in a 分別 list stands for each of its years, then the half
        (
            "2020—2022年以及2023年上半年，甲公司營收分別約為2.1億元、3.4億元、5.0億元、2.6億元。",
            None,
            [(2020, False), (2021, False), (2022, False), (2023, False)],
        ),
        # … and so do the per-unit values of two lists over a span
        (
            "2019年-2021年，該品牌平均售價分別為500元/克、520元/克、560元/克。",
            None,
            [(2019, False), (2020, False), (2021, False)],
        ),
        # 報告期內 names the periods the text listed last (as many values as periods)
        (
            "2020—2022年以及2023年上半年，乙公司淨利分別為1億元、2億元、3億元、1.5億元。"
            "報告期內，前五大客戶佔比分別為40.1%、45.2%、47.3%和50.4%，逐年走高。",
            None,
            [(y, False) for y in (2020, 2021, 2022, 2023)] * 2,
        ),
        # … but not when the count differs (3 values, 4 periods; a paragraph of its own)
        (
            "2020—2022年以及2023年上半年，丙公司營收分別為1億元、2億元、3億元、1.5億元。\n"
            "報告期內，毛利率分別為30%、31%和32%。",
            None,
            [(y, False) for y in (2020, 2021, 2022, 2023)] + [(None, False)] * 3,
        ),
        # a sentence whose only date is the base it compares with measures the text's year;
        # the base's own value (a noun and 的 between) takes the base's year
        (
            "今年超級碗廣告開賣。接近900萬美元的價格比2024年同一時段的800萬美元高出近100萬美元。",
            "2025-02",
            [(2025, False), (2024, False), (2025, False)],
        ),
        # a later 分別 list in the sentence takes the periods written after the list before it
        (
            "2021年和2022年，戊公司自產收入佔比分別為28%和39%，2023年及2024年1-6月這一數字分別為53%和62%。",
            None,
            [(2021, False), (2022, False), (2023, False), (2024, False)],
        ),
        # a market quote with no period of its own is the text's day (quote_cues); a number
        # with no period and no quote stays open
        (
            "2025年2月7日，己公司公布財報。\n己公司的最新股價為每股205美元，市值約1336億美元，員工約5萬人。",
            None,
            [(2025, False), (2025, False), (None, False)],
        ),
        # … but a filing's terms are no quote (持有表決權股份百分之百, 收盤價格連續三十個營業日)
        (
            "2024年5月10日，庚公司公布財報。\n貸出公司直接及間接持有表決權股份百分之百之國外公司間從事資金貸與，"
            "不受限制。若普通股收盤價格連續三十個營業日超過轉換價格達50%以上時，得收回債券。",
            None,
            [(None, False), (None, False), (None, False)],
        ),
        # a date that starts a span to the present is no period of the numbers before it
        (
            "丁公司銷量跌超5%，營收大減8億美元，創2023年10月以來最大跌幅。",
            "2025-02",
            [(None, False), (None, False)],
        ),
    ],
)
def test_round6_year_links(
    text: str, published: str | None, expected: list[tuple[int | None, bool]]
) -> None:
    assert links_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # guidance is a projection: 指引 is a forecast cue
        (
            "1Q25指引收入環比增長5%~7%，毛利率指引為18%~20%。",
            "2025-02",
            [True, True, True, True],
        ),
        # a number named as the expectation is a forecast whatever its year; it governs no
        # later clause (the reported amount after 但 is reached)
        (
            "4Q24毛利率22.6%，超過19.1%的市場預期。Q4淨利潤1.08億美元，低於2.08億美元的市場預期，"
            "但非控制性權益實現1.63億美元，同比增長161%。",
            "2025-02",
            [False, True, False, True, False, False],
        ),
        # the base of the change in a clause of its own (與上年同期相比，) starts no statement
        (
            "公司預計2024年度營收為520億元至600億元，與上年同期相比，增減變動幅度為-3.0%至11.9%。",
            "2025-01",
            [True, True, True, True],
        ),
        # 預計信用損失 is an accounting term (a provision booked), not an outlook
        (
            "2024年公司計提在建工程減值準備約1.13億元、預計信用損失約2700萬元，合計約1.4億元。",
            "2025-02",
            [False, False, False],
        ),
        # a cue inside a quotation closed before the number is the speaker's outlook
        (
            "執行長表示，2024年集團實現5.1%的增長，“這將使集團開拓新的領域”，並透露集團的運營利潤率達到了20%。",
            "2025-02",
            [False, False],
        ),
        # accounting words are no outlook: an accrual (估列), expected credit losses
        (
            "本公司民國一一三年及一一二年一月一日至三月三十一日員工酬勞估列金額分別為1,559千元及1,136千元。"
            "上開金融資產按十二個月預期信用損失金額衡量。",
            "2024-05",
            [False, False, False],
        ),
        # a clinical guideline is no guidance
        ("臨床指引修訂後，該療法的使用率為35%。", "2025-02", [False]),
    ],
)
def test_round6_forecast_flags(text: str, published: str, expected: list[bool]) -> None:
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    assert [q.is_forecast for q in extract_quantities(doc, dates, subjects=False)] == expected


# Round 7 (issue 12): year spans before 分別 lists after a value of their sentence,
# conditional and risk projections, headlines that restate a body figure.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a value stated before the list keeps its own period; the span after it (— / 至 / -)
        # gives each listed value its year
        (
            "甲公司的毛利率一直在20%以下，2022年—2024年分別是25.6%、16.4%、13.2%。",
            "2025-02",
            [(None, False), (2022, False), (2023, False), (2024, False)],
        ),
        (
            "乙公司去年營收成長8%，2021年至2023年淨利分別為1.2億元、1.5億元及2.1億元。",
            "2024-05",
            [(2023, False), (2021, False), (2022, False), (2023, False)],
        ),
        (
            "丙廠產能利用率約九成，2019-2021年出貨量分別為30萬台、42萬台和55萬台。",
            None,
            [(None, False), (2019, False), (2020, False), (2021, False)],
        ),
        # ROC years, 依序為, a date that starts a span to the present before the value
        (
            "甲公司員工約500人，民國111年至113年營收依序為10億元、12億元及15億元。",
            None,
            [(None, False), (2022, False), (2023, False), (2024, False)],
        ),
        # (a span with an open end, 2023年以後, is no calendar year of the value after it:
        # FORMAT null, as the dev gold reads 2011年後…每年成長幅度在6~10% — round 8)
        (
            "2023年以後，乙公司毛利率一直在20%以下，2022年—2024年分別是25.6%、16.4%、13.2%。",
            "2025-02",
            [(None, False), (2022, False), (2023, False), (2024, False)],
        ),
        # a list of years after a value: one year per listed value
        (
            "丁公司員工人數達1200人，2022年及2023年研發費用分別為3億元及4億元。",
            None,
            [(None, False), (2022, False), (2023, False)],
        ),
        # no period after the stated value: the values after 分別 get no list years
        (
            "2023年戊公司營收10億元及12億元，分別成長5%及6%。",
            None,
            [(2023, False), (2023, False), (2023, False), (2023, False)],
        ),
    ],
)
def test_round7_list_after_a_value(
    text: str, published: str | None, expected: list[tuple[int | None, bool]]
) -> None:
    test_round6_year_links(text, published, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a projection under a condition: 可能 in the number's clause
        ("若需求持續疲弱，原油價格可能跌至60-65美元/桶。", [True, True]),
        ("若美國加徵關稅，台灣出口可能減少120億美元，經濟成長率恐下修0.5個百分點。", [True, True]),
        # a risk projection: 恐 (恐將, 恐下滑)
        ("受匯率影響，今年全年獲利恐將衰退15%。", [True]),
        # 可能 in an earlier clause governs no later clause that states a figure
        ("若排除訴訟可能損失因素影響，稅後淨利則為7676萬元。", [False]),
        # 可能性 is a probability, 恐慌 is fear: no projection
        ("該事件發生的可能性為30%。", [False]),
        ("市場恐慌情緒下，股價重挫7%。", [False]),
        # 有望 and 估計 are cues already (FORMAT: expectations)
        ("公司營收有望成長20%。", [True]),
        ("分析師估計公司營收約30億元。", [True]),
        # a clause raising the figure before it (甚至, 乃至) shares its outlook …
        ("如果能做到這些，經濟增長可能會達到3%、4%，甚至5%。", [True, True, True]),
        ("若賣方急於套現，折價率可能超過20%，甚至接近30%。", [True, True]),
        # … and shares none when the figure before it is reached
        ("營收成長20%，甚至超越同業的15%。", [False, False]),
        # short of expectations (不及預期, 未達預期) compares with a forecast, makes none
        ("因用戶數據不及預期，盤前股價一度下跌30%，收盤仍跌10%。", [False, False]),
    ],
)
def test_round7_conditional_projections(text: str, expected: list[bool]) -> None:
    doc = make_doc(text, published="2025-03")
    dates, _ = extract_dates(doc)
    assert [q.is_forecast for q in extract_quantities(doc, dates, subjects=False)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline restates the body's figures: they take its period
        (
            "甲公司單季營收1878億美元 雲端成長19%\n\n記者王明／綜合報導\n\n"
            "甲公司2月6日公布財報，2024年第四季營收為1878億美元，年增10%，其中雲端業務營收成長19%。\n",
            [(2024, "restated", False), (2024, "restated", False)],
        ),
        # … and its outlook (FORMAT: a headline that restates a forecast is a forecast), but
        # not the forecast's year: a headline target writes no period (links19, the ho11 gold)
        (
            "乙公司營收看1555億美元\n\n記者李華／綜合報導\n\n"
            "乙公司2月6日表示，預估2025年第一季營收介於1510億至1555億美元。\n",
            [(None, None, True)],
        ),
        # a headline figure the body does not repeat keeps no year
        (
            "丙公司營收成長25%\n\n記者張三／綜合報導\n\n丙公司2024年營收成長18%，淨利成長30%。\n",
            [(None, None, False)],
        ),
    ],
)
def test_round7_restated_headlines(
    tmp_path: Path, text: str, expected: list[tuple[int | None, str | None, bool]]
) -> None:
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    doc = build_document(src, Settings(isolate=False))
    heads = [b for b in doc.blocks if b.kind in ("title", "heading")]
    assert heads
    got = [
        (q.year, q.year_link, q.is_forecast)
        for q in doc.facts.quantities
        if any(b.start <= q.span.start < b.end for b in heads)
    ]
    assert got == expected


# ---- round 8 (links8, issue 12): the year of a number whose sentence names none


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a sentence opening with 另 continues the one before, which states the present:
        # the same balance sheet, the text's year
        (
            "資產負債方面，公司目前帳上現金約120億元，銀行借款約80億元。另應付公司債餘額為50億元，"
            "可用額度約30億元。",
            "2016-08",
            [2016, 2016, 2016, 2016],
        ),
        # … but the present carries only into a sentence that says it continues
        (
            "公司目前帳上現金約120億元。應付公司債餘額為50億元。",
            "2016-08",
            [2016, None],
        ),
        # … and only one sentence on
        (
            "公司目前帳上現金約120億元。新廠於南部動工。另應付公司債餘額為50億元。",
            "2016-08",
            [2016, None],
        ),
    ],
)
def test_round8_the_present_continued(
    text: str, published: str | None, expected: list[int | None]
) -> None:
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    assert [q.year for q in extract_quantities(doc, dates, subjects=False)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 分別 list over the years before the one its sentence wrote: oldest first
        (
            "截至2024年3月31日的全年，甲公司營收20億元，上兩個年度營收分別為16億元、17億元。",
            [(2024, "same_sentence"), (2022, "list_order"), (2023, "list_order")],
        ),
        (
            "乙公司2023年淨利5億元，過去三年淨利分別為3億元、3.5億元及4億元。",
            [
                (2023, "same_sentence"),
                (2020, "list_order"),
                (2021, "list_order"),
                (2022, "list_order"),
            ],
        ),
        # a value after the phrase before the cue: no list over those years (the average
        # over the span is no calendar year)
        (
            "丙公司2023年淨利5億元，前兩年平均為4億元，分別為3億元、5億元。",
            [
                (2023, "same_sentence"),
                (None, None),
                (2023, "same_sentence"),
                (2023, "same_sentence"),
            ],
        ),
    ],
)
def test_round8_a_list_over_the_years_before(
    text: str, expected: list[tuple[int | None, str | None]]
) -> None:
    doc = make_doc(text, published="2025-02")
    dates, _ = extract_dates(doc)
    got = extract_quantities(doc, dates, subjects=False)
    assert [(q.year, q.year_link) for q in got if q.kind not in ("count", "duration")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 日前, 近日, 昨日: a few days before the text's day, the present
        ("甲公司日前宣佈完成3.5億元B輪融資。", [(2025, False)]),
        ("乙公司近日宣佈裁員10%。", [(2025, False)]),
        # a day of the month written alone is the text's present, as news writes it
        ("丙公司6日聞訊應聲慘跌22.93%，丁公司同步下挫2.15%。", [(2025, False), (2025, False)]),
        # not a deadline (3月31日前)
        ("戊公司預計於3月31日前完成增資5億元。", [(2025, True)]),
        # 第1日 (the first day of a trial) is no day of the text's present
        ("試驗第1日血中濃度達5%。", [(None, False)]),
        # … nor a day-noun's 日 before a count (an offset from a record date)
        ("停止過戶日前三十日起，不得轉讓5%以上持股。", [(None, False)]),
        ("停止過戶日前十五個營業日起，不得轉讓持股。", [(None, False)]),
        # a cue after the present, then 已經: reached, not projected
        ("董事長昨日指出，未來將交付的在手訂單已經超過1000億元。", [(2025, False)]),
        ("董事長昨日指出，明年營收將成長10%。", [(2026, True)]),
    ],
)
def test_round8_the_days_of_the_texts_present(
    text: str, expected: list[tuple[int | None, bool]]
) -> None:
    assert links_of(text, "2025-02-11") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year the title forecasts after a cue is its outlook, no period of the body
        (
            "甲公司完成平流層飛行測試 有望2026年全面投入運營\n\n"
            "這架100%太陽能驅動的飛行器飛行超過6萬英尺。\n",
            [None, None],
        ),
        # a title that names its period gives it to the paragraphs under it
        (
            "甲公司2024年營運回顧\n\n營收成長12%，毛利率達35%。\n",
            [2024, 2024],
        ),
    ],
)
def test_round8_a_forecast_title_gives_no_period(
    tmp_path: Path, text: str, expected: list[int | None]
) -> None:
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    doc = build_document(src, Settings(isolate=False))
    assert [b for b in doc.blocks if b.kind in ("title", "heading")]
    assert [q.year for q in doc.facts.quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value a change reaches takes the later year its sentence told the change of,
        # forecast or not; a range's end shares its start's period
        (
            "明年高解析筆電面板滲透率將從今年的18%，大幅成長至26-30%。",
            [2025, 2026, 2026],
        ),
        # 轉為 names the "to" of a change, and a word may name the base value
        (
            "法人估2026年營收成長10%，新廠由2025年的虧損5億元，轉為獲利近3億元。",
            [2026, 2025, 2026],
        ),
        # a value after the base with no "to" keeps the base's year
        ("新廠由2025年的虧損5億元開始改善，法人估2026年獲利3億元。", [2025, 2026]),
    ],
)
def test_round8_a_change_told_of_a_later_year(text: str, expected: list[int | None]) -> None:
    assert years_of(text, "2025-06") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year that opens a span with no end: no calendar year (FORMAT: null)
        ("2011年後產業進入成熟期，每年成長幅度在6~10%。", [None, None]),
        ("2020年以後，甲公司營收年增5%。", [None]),
        # a year closing a span with no start, over a per-year measure: none either
        ("大陸車市在2010年前有每年銷售20%、30%的爆發成長。", [None, None]),
        # … but a deadline keeps its year, and 前 before a count is a part of the year
        ("太陽能模組全球營收將在2017年前達到320億美元。", [2017]),
        ("甲公司將於2017年前增設工廠，預計每年可生產1,500台。", [2017]),
        ("2015年前3季營收佔比達到73.16%。", [2015]),
        ("2015年後3季營收佔比達到73.16%。", [2015]),
    ],
)
def test_round8_a_span_with_an_open_end_is_no_year(text: str, expected: list[int | None]) -> None:
    doc = make_doc(text, published="2016-03")
    dates, _ = extract_dates(doc)
    got = extract_quantities(doc, dates, subjects=False)
    assert [q.year for q in got if q.kind != "duration"] == expected


def test_round8_a_cue_in_an_earlier_clause_of_a_heading_keeps_its_period(tmp_path: Path) -> None:
    """(二)本公司為配合未來對外投資需求，於民國一一三年五月十日經董事會 / 決議…: the heading's
    date is the board's decision, not an outlook."""
    src = tmp_path / "notes.txt"
    src.write_text(
        "甲公司第一季財務報告\n\n(二)本公司為配合未來對外投資需求，於民國一一三年五月十日經董事會\n\n"
        "決議以750,000千元投資設立子公司。\n",
        encoding="utf-8",
    )
    doc = build_document(src, Settings(isolate=False))
    assert [(q.text, q.year) for q in doc.facts.quantities] == [("750,000千元", 2024)]


# Round 9 (issue 12, Checks): a forecast flag comes from a forecast word, never from a date
# being later than the text's; a 將 over a period already ended is a what-if on reported
# figures; an aspiration (希望, 期望) is a target; accounting terms are no outlook.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a maturity or a term written as a later date: reported figures
        ("擔保借款之到期年度為2028年1月，期末餘額109,170千元。", "2024-05-10", [False]),
        (
            "本公司債發行期間五年，至2029年1月23日到期，發行總面額為6,000,000千元，票面利率0%。",
            "2024-05-10",
            [False, False, False],
        ),
        # (flags60: a figure of a year the text has not reached, written in its sentence and no
        # term's end, is projected without a forecast word; round 9 had it none)
        ("乙公司2026年營收為50億元。", "2024-05-10", [True]),
        # … a forecast word still makes a later year's figure a forecast
        ("乙公司預估2026年營收達50億元。", "2024-05-10", [True]),
        # a sensitivity on a period already ended by the text's date is no forecast …
        (
            "若利率上升1%，在其他變數維持不變之情況下，本公司2024年1月1日至3月31日之稅前淨利"
            "將減少5,000千元。",
            "2024-05-10",
            [False, False],
        ),
        (
            "當股價上漲10%時，民國一一三年第一季之稅前淨利將增加4,800千元。",
            "2024-05-15",
            [False, False],
        ),
        # … while the period runs a 將 projects, and an estimate word still projects a closed one
        ("本公司2024年1月1日至3月31日之營收將達50億元。", "2024-02-10", [True]),
        ("本公司2024年1月1日至3月31日之營收將達50億元。", "2024-05-10", [False]),
        ("丙公司預估2024年第一季營收為30億元。", "2024-04-10", [True]),
        # links32: … and so does a fear over a quarter whose figure is not out yet (恐將 in a
        # text of August: the second quarter is over but still projected)
        ("丁公司2024年第2季毛利率恐將跌破4成。", "2024-08-02", [True]),
        ("丁公司2024年第2季營收恐下滑1成，較第1季減少。", "2024-07-20", [True]),
        # links32: what the running year can reach is projected (a text of October) …
        ("機構表示，今年全球晶圓代工產值可到993.15億美元，年成長21%。", "2021-10-05", [True, True]),
        ("今年全年營收成長約可達20%。", "2021-10-05", [True]),
        # (and in the paragraph that goes on with the running year: 至於…可到)
        (
            "今年全球晶圓代工產值可到993億美元。\n至於台灣表現，台灣晶圓代工產值可到615億美元。",
            "2021-10-05",
            [True, True],
        ),
        # … but not a reach with no year (a bound or an ability), nor a year already over
        ("該藥減重效果可達25%。", "2021-10-05", [False]),
        ("去年全球晶圓代工產值可達900億美元。", "2021-10-05", [False]),
        ("2021年全球晶圓代工產值可達993億美元。", "2022-06-10", [False]),
        # a filing's sensitivity analysis is a what-if whatever its periods say
        (
            "當利率上升/下降十個基本點，對本公司之損益將分別增加/減少 1,007 仟元及 2,022 仟元。",
            "2024-04-26",
            [False, False, False],
        ),
        (
            "當新台幣對美金升值/貶值 0.1%時，權益將分別減少/增加 23,528 仟元及 21,239 仟元。",
            "2024-04-26",
            [False, False, False],
        ),
        # (also over a line wrapped inside its ROC years, and with a present word)
        (
            "當新台幣對美金升值/貶值 0.1%時，對本公司於民國一一三及一一二\n年第一季之損益將分別"
            "減少/增加 48,916 仟元及 23,825 仟元。",
            "2024-04-26",
            [False, False, False],
        ),
        (
            "當新台幣對美金升值/貶值 0.1%時，對本公司目前之損益將分別減少/增加 48,916 仟元。",
            "2024-04-26",
            [False, False],
        ),
        # a conditional projection on no book figure stays a forecast; an estimate word too
        ("若聯準會升息1%，房價將下跌10%。", "2024-04-26", [False, True]),
        ("若美元升值5%時，公司預估今年淨利將減少3億元。", "2024-04-26", [False, True]),
        ("丙公司2024年第三季營收將達30億元。", "2024-05-10", [True]),
        # an aspiration in the number's clause is a target
        ("公司希望2020年整體營業額可以看到150~200億元。", "2016-01-20", [True, True]),
        ("公司期望明年毛利率回到20%。", "2024-05-10", [True]),
        # hope as a noun, or in an earlier clause, is none
        ("該公司聚焦五種最有希望的癌症。", "2016-01-20", [False]),
        (
            "第一層是希望盡快推出首個產品上市，以五個癌症臨床看來，肺癌進度最快。",
            "2016-01-20",
            [False],
        ),
        # a valuation model's inputs, IFRS's definitions and named schemes are no outlook
        ("評價模式所採用之輸入值為預期波動率32.28%。", "2025-05-13", [False]),
        ("預期於報導期間後十二個月內實現該資產。", "2024-04-26", [False]),
        ("本公司為配合子公司之員工激勵計畫，轉讓原持有75股股數。", "2024-05-10", [False]),
        ("公司計畫明年擴產30%。", "2024-05-10", [True]),
        # a plan or a pledge told as one, a target named after its figure (these were
        # flagged by their late year before)
        ("能源署規劃2030年地熱裝置容量達20萬瓩。", "2024-03-25", [True]),
        ("電池廠總投資約40億美元，規劃年產能約30GWh。", "2024-03-25", [False, True]),
        ("台積電承諾於2040年達成100%再生能源使用。", "2024-03-25", [True]),
        ("累計併網容量遠低於原訂2025年達成5.7GW的目標。", "2024-03-25", [True]),
        ("公司已達成營收30億元的目標。", "2024-03-25", [True]),
        # a plan as a thing is none (策略規劃, 規劃的三個廠)
        ("台積電在亞利桑那規劃的三個廠都沒有封裝能力。", "2025-03-10", [False]),
        ("公司有三層的策略規劃，第一層以五個癌症臨床為主。", "2016-01-20", [False, False]),
    ],
)
def test_round9_forecasts_come_from_forecast_words(
    text: str, published: str, expected: list[bool]
) -> None:
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    assert [q.is_forecast for q in extract_quantities(doc, dates, subjects=False)] == expected


# Round 9: a year right before 的 and a multiple (是2024年的兩倍) is the base the multiple is
# taken of, not its period: the multiple takes the period (and outlook) it measures.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2025年全球出貨量將達到1.2億台，是2024年的兩倍。",
            [(2025, True), (2025, True)],
        ),
        ("今年營收為50億元，約為2023年的1.5倍。", [(2025, False), (2025, False)]),
        ("2023年淨利為8億元，為2021年的逾3倍。", [(2023, False), (2023, False)]),
        # a value after its base is still the base's own (base_value_gap)
        ("2024年營收為50億元，高於2023年的40億元。", [(2024, False), (2023, False)]),
        # round 10: the base's measure named between the year and 的 (融資總額的三倍)
        (
            "在2020年的投資中，融資總額達31億美元，約為2019年融資總額的三倍，以及2018年的四倍。",
            [(2020, False), (2020, False), (2020, False)],
        ),
        ("2024年全球出貨量為3.6億台，是2023年出貨總量的六倍。", [(2024, False), (2024, False)]),
        ("去年淨利為8億元，為其2022年獲利的逾3倍。", [(2024, False), (2024, False)]),
        # a verb, a change or a number between the year and 的 is no named base
        ("2023年營收成長的2倍來自AI。", [(2023, False)]),
        ("2023年營收是去年的兩倍。", [(2023, False)]),
    ],
)
def test_round9_the_base_of_a_multiple_is_no_period(
    text: str, expected: list[tuple[int | None, bool]]
) -> None:
    assert links_of(text, "2025-02-10") == expected


# Round 9: a bare year right after a model's name and number is the model's edition, no
# period of the numbers after it; an event's edition (no number before its year) still is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("華為推出MatePad 11.5 2024，售價為1999元。", [None]),
        ("聯想發表ThinkPad X1 12 2025，起售價為8999元。", [None]),
        ("在CES 2025展會上，公司出貨量達100萬台。", [2025]),
        ("2024年華為推出MatePad 11.5 2024，售價為1999元。", [2024]),
        ("RTX 4090 2024年銷量達100萬片。", [2024]),
    ],
)
def test_round9_a_models_edition_is_no_period(text: str, expected: list[int | None]) -> None:
    assert years_of(text, "2025-02-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("該公司與客戶簽訂合約30億元。", [(3e9, "TWD", "eq")]),
        ("雙方簽約3年，契約金額5億元。", [(3.0, "年", "eq"), (5e8, "TWD", "eq")]),
        ("雙方締約10年來貿易成長。", [(10.0, "年", "eq")]),
        ("新簽合約約30億元。", [(3e9, "TWD", "approx")]),
        ("營收約30億元。", [(3e9, "TWD", "approx")]),
    ],
)
def test_a_word_ending_in_yue_is_no_approx(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    """合約, 契約, 簽約: 約 closing a word is an agreement, not "about" (qualifiers neutral)."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payout policy or the articles bind every year: no outlook, whatever 未來 they write
        ("本公司股利政策，係配合未來之發展計畫，每年提撥盈餘不低於 30%分配股利。", [False]),
        ("分派股利時考量公司未來擴展規模，其中現金股利不得低於股東酬勞總額之百分之二十。", [False]),
        ("依公司章程，未來年度盈餘應先提百分之十為法定盈餘公積。", [False]),
        # a vesting condition names a target it does not forecast
        ("員工達成目標績效考核甲等以上，既得本次獲配股數之 40%。", [False]),
        # a valuation model's assumptions
        # (quant27: 五年期 names the budget's horizon as a tenor names a bond's: no quantity)
        ("使用價值係採用管理階層預估五年期財務預算之現金流量計算。", []),
        ("使用價值係採用管理階層預估五年期間財務預算之現金流量計算。", [False]),
        ("預估五年後之現金流量以營收成長率 2.5%予以外推，折現率為 9.8%。", [False, False, False]),
        # IFRS's current-asset test
        ("預期將於資產負債表日後十二個月內實現者。", [False]),
        ("預期於財務報導期間結束日後 12 個月內清償者。", [False]),
        # an expected-credit-loss rate is the model's input
        ("信用優良客戶之預期損失率為 0.5%。", [False]),
        # a sensitivity: a what-if on the books, not an outlook
        ("若新台幣貶值3%時，將增加本公司利益約 5,000 仟元。", [False, False]),
        ("若通貨膨脹提高 2%，將增加本公司每年度費用約 3 億元。", [False, False]),
        # an estimated period or useful life is an accounting term
        ("保證金依預計返還期間列為流動負債 300,000千元。", [False]),
        ("設備依估計耐用年限 8 年提列折舊。", [False]),
        # outlooks stay outlooks
        ("公司預估明年營收成長 15%，未來三年資本支出將達 50 億元。", [True, True]),
        ("法人估計明年獲利成長 12%。", [True]),
        ("董事會預計明年配發現金股利每股 3 元。", [True]),
    ],
)
def test_standing_rules_are_no_forecast(text: str, expected: list[bool]) -> None:
    """quantity_context.yaml standing_rules: a rule, an assumption or an accounting term."""
    assert [q.is_forecast for q in quantities(text, published="2024-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("現金股利不得低於股利總額之百分之十。", "gte"),
        ("借款總額不得超過 10 億元。", "lte"),
        ("每次不得少於 5 家。", "gte"),
    ],
)
def test_a_rule_floor_or_cap_keeps_its_bound(text: str, qualifier: str) -> None:
    """不得低於 is "not below" (gte), not 低於 (lt)."""
    assert [q.qualifier for q in quantities(text)] == [qualifier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure in a row label's bracketed unit note leaves the row a table row
        ("晶圓出貨量 (千片含5家廠) 3,961 4,085 3,418 -3.0% +15.9%", [(5, "家", "eq")]),
        ("晶圓出貨量 (千片十二吋約當晶圓) 3,961 4,085 3,418 -3.0% +15.9%", []),
        ("出貨量 (萬台共3個品牌) 1,200 1,150 +4.3% -2.0%", [(3, "個", "eq")]),
        # prose keeps its numbers
        ("營收 5億元 成長 3%", [(5e8, "TWD", "eq"), (3, "%", "eq")]),
    ],
)
def test_a_unit_note_in_a_row_label_is_no_prose(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # item 3's marker glued to its first number, between markers 2 and 4: no 3.12 吋
        (
            "展望1.擴產順利 2.物聯網推升8成需求 報價看漲到明年 3.12家客戶可望驗證4.兩岸均擴產",
            [(80, "%", "eq")],
        ),
        # a decimal inside an item whose own next marker is written stays a decimal
        (
            "1.營收成長2.5%，毛利率3.2% 2.毛利率持平 3.費用下降",
            [(2.5, "%", "eq"), (3.2, "%", "eq")],
        ),
        ("重點：1.營收年增3.5% 3.獲利成長", [(3.5, "%", "eq")]),
    ],
)
def test_a_list_marker_glued_to_a_number_is_no_decimal(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert rows(text) == expected


# Round 10 (links10): a verb of 過 before a date makes it a comparison base (超過去年全年獲利,
# 可望超過今年): the numbers after it in other clauses measure the sentence's own period.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今年前三季稅後獲利6.78億元，超過去年全年獲利，年增58.41%，EPS達10.3元。",
            [2020, 2020, 2020],
        ),
        ("明年資本支出可望超過今年，目標規劃在100億元左右。", [2021]),
        ("今年營收勝過2019年，年增12%。", [2020]),
        # the base's own value right after it keeps the base's year
        ("今年1-8月銷量達57,976台，超過去年全年度的51,938台。", [2020, 2019]),
        ("董事會通過去年財報，合併營收2067.1億元。", [2019]),
    ],
)
def test_round10_a_guo_verb_makes_a_comparison_base(text: str, expected: list[int | None]) -> None:
    assert years_of(text, "2020-06-10") == expected


# Round 10 (links10): a span of whole years that ends in a part of its last year
# (2020年—2024年三季報, 2021年至2023年上半年) still stands for each of its years in a list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020年—2024年三季報，研發費用分別為8877萬元、2.48億元、3.56億元、3.41億元及2.25億元。",
            [2020, 2021, 2022, 2023, 2024],
        ),
        ("2021年至2023年上半年，公司營收分別為1億元、2億元及3億元。", [2021, 2022, 2023]),
        ("2021年至2023年上半年，公司營收1億元、2億元及3億元。", [2021, 2022, 2023]),
        # one value over the span is no list: the latest period's
        ("2021年至2023年上半年，公司累計營收達6億元。", [2023]),
        # as many values as the span has years only
        ("2020年至2024年第三季，公司營收分別為1億元及2億元。", [2024, 2024]),
    ],
)
def test_round10_a_year_span_ending_in_a_part_lists_its_years(
    text: str, expected: list[int | None]
) -> None:
    assert years_of(text, "2025-02-10") == expected


# Round 11 (links11): the value a change starts from or a comparison measures against
# (由今年的X攀升至明年的Y, 相較於前代的X) stands already: no forecast whatever cue its
# sentence writes, unless its own year is after the text's; a base that is itself an
# expectation (最高預期由X下調至Y, 高於市場預期的X) stays one.
@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("預估明年出貨將由今年的500萬台攀升至明年的650萬台。", [False, True]),
        ("市場規模預計從2024年的30億美元增至2030年的80億美元。", [False, True]),
        ("年產能將從以前的5千噸，提高至目前的3萬噸。", [False, False]),
        ("預估新機售價可能上看450美元，相較於前代機種的300美元大幅提升。", [True, False]),
        ("下季營收仍將優於去年同期的8.2億元。", [False]),
        ("新試驗的時間將比前一項試驗進行的52周更長。", [False]),
        # the base is itself a forecast: its year is after the text's
        ("預估出貨將由2027年的100萬台增至2030年的300萬台。", [True, True]),
        # … or it is named as an expectation
        ("公司將全年營收預期由420億元下調至400億元。", [True, True]),
        ("預估營收將高於市場預期的50億元。", [True]),
        ("外資將目標價由150元調降至141元。", [True, True]),
        ("對今年銅市過剩的預估則從36.4萬噸大幅下調至4.1萬噸。", [True, True]),
        # the value a change reaches is no base (…甚至有機會向5元扣關: 甚至 ends no change)
        ("全年EPS可望由今年的4.7元再攀升至4.8元，甚至有機會挑戰5元。", [False, True, True]),
        ("產量預估較前月上調400萬噸至創新高的20.06億噸。", [True, True]),
        ("市場規模從2026年起將以年複合成長率9.7%的速度增長至2030年。", [True]),
        # no change written after the number: 從 opens no path
        ("預計從明年起每年投資20億元。", [True]),
        # 至少 is no end of a change
        ("非本業營收占比將從二成起跳，全年也將至少挑戰損益兩平。", [True]),
    ],
)
def test_round11_a_stated_base_is_no_forecast(text: str, flags: list[bool]) -> None:
    doc = make_doc(text, published="2025-06-10")
    dates, _ = extract_dates(doc)
    assert [q.is_forecast for q in extract_quantities(doc, dates, subjects=False)] == flags


# Round 11 (links11): a share in brackets after a name describes the thing named; it takes
# an outlook only from a cue in the clause that names it (or inside the brackets), and a
# change in brackets stays part of the outlook it explains.
@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "公司將善用品牌優勢，長期擴大如高壓電源(成本佔比20.5%)、馬達(13.2%)等零件採購。",
            [False, False],
        ),
        ("預計明年營收結構為伺服器(50%)、手機(30%)。", [True, True]),
        ("估計第2季毛利率可達58.5%，主因營收規模擴增(季增46%、年增70%)。", [True, True, True]),
        ("今年出貨看持平(產業估衰退逾1成)。", [True]),
    ],
)
def test_round11_a_share_in_brackets_takes_its_own_clauses_outlook(
    text: str, flags: list[bool]
) -> None:
    doc = make_doc(text, published="2025-06-10")
    dates, _ = extract_dates(doc)
    assert [q.is_forecast for q in extract_quantities(doc, dates, subjects=False)] == flags


# Round 12 (links12): a 分別 list one value short of the periods written before its cue,
# the first of which stands apart from the others (a start, a background date), pairs its
# values with the periods nearest the cue, one each, never two with the last.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "自2012年開始陷入虧損，2013年、2014年每股虧損分別為10元、11元。",
            [(2013, "list_order"), (2014, "list_order")],
        ),
        (
            "新規定從2021年度開始實施，2021年度、2022年度達標比例分別為8%、10%。",
            [(2021, "list_order"), (2022, "list_order")],
        ),
        (
            "該廠於2015年投產，2017年及2018年產量依序為120萬台、150萬台。",
            [(2017, "list_order"), (2018, "list_order")],
        ),
        # the periods all joined in one enumeration: which one lacks its value is not said
        (
            "2021年、2022年及2023年營收分別為2億元、3億元。",
            [(2023, "same_sentence"), (2023, "same_sentence")],
        ),
        # two values short: no pairing
        (
            "自2010年起轉型，2012年、2013年及2014年分別虧損3億元、1億元。",
            [(2014, "same_sentence"), (2014, "same_sentence")],
        ),
        # as many values as the list's periods: unchanged, the stray date is not counted
        (
            "自2012年開始陷入虧損，2013年、2014年及2015年每股虧損分別為10元、11元、9元。",
            [(2013, "list_order"), (2014, "list_order"), (2015, "list_order")],
        ),
    ],
)
def test_round12_a_short_list_skips_a_stray_first_period(
    text: str, expected: list[tuple[int | None, str | None]]
) -> None:
    doc = make_doc(text, published="2019-03-10")
    dates, _ = extract_dates(doc)
    assert [(q.year, q.year_link) for q in extract_quantities(doc, dates, subjects=False)] == (
        expected
    )


# --------------------------------------------------------------------------- round qd14
# Quantities on text nobody tuned on (issue 12, round qd14).

# A score counts only after a word of scoring (quantity_context: cued_units); a plain 3分
# is a minute or a cent, 2分/W a fraction of 元, 百分點 a word of its own.
SCORE_CASES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    ("評鑑共分六類指標，合計130分。", [("六類", 6, "類", "eq"), ("130分", 130, "分", "eq")]),
    (
        "企業總分不低於80分，其中單項得分不低於15分。",
        [("不低於80分", 80, "分", "gte"), ("不低於15分", 15, "分", "gte")],
    ),
    (
        "滿分100分，平均得分85至90分",
        [("100分", 100, "分", "eq"), ("85至90分", 85, "分", "eq"), ("90分", 90, "分", "eq")],
    ),
    ("比賽中他得了3分，會議在5分後開始", []),
    ("三分之一的企業已經達標", []),
    ("元件漲幅預計在2分/W，", [("2分", 0.02, "TWD", "eq")]),
    ("毛利率下滑 0.5百分點", [("0.5百分點", 0.5, "pp", "eq")]),
]


@pytest.mark.parametrize(("text", "expected"), SCORE_CASES, ids=[c[0] for c in SCORE_CASES])
def test_scores_count_after_a_word_of_scoring(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


# A broker report's title heads with the company's six-digit stock code between dashes:
# a code, not a number, nor the first end of a range (issue 12: stock codes are no
# quantities).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("貴州茅臺-600519-24年順利收官", []),
        ("中芯國際-688981-2024年四季度業績點評：營收成長5-10%", [("5-10%", 5), ("10%", 10)]),
        ("海南橡膠-601118-全球天然橡膠產業龍頭，產能達30萬噸", [("30萬噸", 300_000)]),
    ],
)
def test_stock_codes_between_dashes_are_no_numbers(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(text[m.start : m.end], m.value) for m in find_quantities(text)] == expected


# A bottle's size and a liquor's strength written right before the noun they describe name
# the product, as 12吋晶圓 does (issue 12: sizes that define a product are no quantities);
# in a clause of their own, or before a function word, they measure.
ATTRIBUTIVE_CASES: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("酒廠將調整52度500ml高粱酒的投放量", []),
    ("推出38度與58度高粱酒兩款新品", [("兩款", 2, "款")]),
    ("飲料廠開發330ml、600ml和1250ml瓶裝茶", []),
    ("高粱酒每瓶容量為600ml，酒精濃度58度。", [("600ml", 600, "ml"), ("58度", 58, "度")]),
    ("氣溫升高3度，每日飲用500ml以上的水", [("3度", 3, "度"), ("500ml以上", 500, "ml")]),
    ("病患注射10毫升後出現反應", [("10毫升", 10, "毫升")]),
    ("花旗兩度調高目標價", [("兩度", 2, "度")]),
    # a magnitude makes it an amount (4.6 billion kWh of green power under contract)
    ("取得為期20年的46億度企業綠電長約", [("20年", 20, "年"), ("46億度", 4_600_000_000, "度")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ATTRIBUTIVE_CASES, ids=[c[0] for c in ATTRIBUTIVE_CASES]
)
def test_sizes_written_before_their_noun_name_the_product(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit) for m in find_quantities(text)]
    assert got == expected


# An age written in full years (週歲, 周歲, as the mainland writes it) is no count of weeks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申請人年齡一般不超過35週歲", [("不超過35週歲", 35, "週歲", "lte")]),
        ("年滿18周歲的公民可以投票", [("18周歲", 18, "周歲", "eq")]),
        ("患者治療36周後回診", [("36周", 36, "周", "eq")]),
    ],
)
def test_ages_in_full_years(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in find_quantities(text)]
    assert got == expected


# Percentages written digit by digit (issue 12, round qd15): some Taiwanese papers write
# every number so (二九％, 一四%, 一○％ with a circle for 〇, 二.二八億 with a full stop
# between Chinese digits). Two digits that are neighbours stay a spoken pair (三四成 is
# 30 to 40 %), a year never takes %, and 成 is no percent sign (三五成群).
DIGITWISE_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("網通設備市占二九％，毛利率上看三三％。", [(29, "%", "eq"), (33, "%", "eq")]),
    ("出貨量將年增一四%至二.二八億支", [(14, "%", "eq"), (228_000_000, "支", "eq")]),
    ("台灣科技股有五至一○％的獲利來自該客戶", [(5, "%", "eq"), (10, "%", "eq")]),
    (
        "聯亞約一○％到二○％，穩懋約一○到十五％。",
        [(10, "%", "approx"), (20, "%", "approx"), (10, "%", "approx"), (15, "%", "approx")],
    ),
    ("良率提升至一○○％", [(100, "%", "eq")]),
    ("市占率約三四成", [(30, "%", "approx")]),
    ("員工三五成群地走出廠房", []),
    ("二○一九年營收創新高", []),
]


@pytest.mark.parametrize(("text", "expected"), DIGITWISE_CASES, ids=[c[0] for c in DIGITWISE_CASES])
def test_percentages_written_digit_by_digit(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Stock-index points with a plain integer (issue 12, round qd15): 點 counts after decimals or
# a thousands comma anywhere, and after a plain number where a word of the index stands in
# the clause before it, or a word of its moves right before it; 萬點 is the 10,000 mark.
# A time of day (下午3點, 3點半) stays out; a list of points a text counts (提出3點建議)
# is a count in 點 (quant38: FORMAT's counts with a measure word, as the dev gold's 兩點原因).
INDEX_POINT_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("台股跌落萬點關卡，創下今年最低點8523點。", [(10_000, "點", "eq"), (8523, "點", "eq")]),
    ("突破高懸30年的台股天花板12682點", [(30, "年", "eq"), (12_682, "點", "eq")]),
    ("加權指數終場大漲200點，收9800點。", [(200, "點", "eq"), (9800, "點", "eq")]),
    ("費城半導體指數上漲0.75%至521.07點", [(0.75, "%", "eq"), (521.07, "點", "eq")]),
    ("恒指中午前已升破22000點，收市倒跌41點", [(22_000, "點", "gt"), (41, "點", "eq")]),
    ("大盤從低位拉昇超過8千點", [(8000, "點", "gt")]),
    ("營收成長後提出3點建議，會議下午2點開始", [(3, "點", "eq")]),
    ("台股3點半收盤，盤後3點鐘公布", []),
    ("影片百萬點閱，數萬點擊", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), INDEX_POINT_CASES, ids=[c[0] for c in INDEX_POINT_CASES]
)
def test_index_points_after_a_word_of_the_index(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Money written with a bare magnitude (issue 12, round qd15): what was spent is an amount
# (耗資百萬元, 斥資約40億); a lone 億/兆 after 上 (reaching into) with 元 or a currency word
# after it (上兆元, 破億人民幣); an Arabic round number before 幾 (30幾億 = 30 to 39 億);
# a bare 億 beside an amount with a currency later in its clause (突破10億大關達14.62億元).
# A count stays out (上億人口), and so does a magnitude with no money word at all.
BARE_MONEY_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("廠商不再需耗資百萬元汰換機台", [(1e6, "TWD", "eq")]),
    ("總產值上兆元的面板產業", [(1e12, "TWD", "gt")]),
    ("整體營收預期超越百億規模", [(1e10, "TWD", "gt")]),
    ("當月出貨金額跌破億元大關", [(1e8, "TWD", "lt")]),
    ("18個美妝品牌破億人民幣銷售金額", [(18, "個", "eq"), (1e8, "CNY", "gt")]),
    (
        "年營收從2019~2020年各30幾億、到了2022年一舉突破百億；",
        [(3e9, "TWD", "gt"), (1e10, "TWD", "gt")],
    ),
    (
        "去年再年增49%並一舉突破10億大關達14.62億元；",
        [(49, "%", "eq"), (1e9, "TWD", "gt"), (1.462e9, "TWD", "eq")],
    ),
    ("公司於2009年斥資約40億買下土地", [(4e9, "TWD", "approx")]),
    ("台灣上億人口，影片上億次點閱", []),
    ("百萬年薪的工程師，千億元的想像", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), BARE_MONEY_CASES, ids=[c[0] for c in BARE_MONEY_CASES]
)
def test_money_written_with_a_bare_magnitude(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# A bare 一 before a unit of time measures where the text bounds or spans the length
# (備料一年以上, 一週時間裡, 一年左右) or shifts a date by it (延後一個月, 提前一週): issue 12,
# round qd15. The article and the superlative stay out (今年最旺的一個月, 最後一天).
SHIFTED_LENGTH_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("新機延後一個月才正式上市", [(1, "個月", "eq")]),
    ("廠商備料一年以上", [(1, "年", "gte")]),
    ("接下來一週時間裡，市值跌去不少", [(1, "週", "eq")]),
    ("出貨時程提前一週", [(1, "週", "eq")]),
    ("合約延長一年", [(1, "年", "eq")]),
    ("今年最旺的一個月，也是最後一天", []),
    ("iPhone在這一個季度內的銷量增長5倍", [(5, "倍", "eq")]),
    ("這是又一個投資案", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), SHIFTED_LENGTH_CASES, ids=[c[0] for c in SHIFTED_LENGTH_CASES]
)
def test_lengths_bounded_or_shifted_by_are_durations(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Names and change words met on Taiwanese statistics news (issue 12, round qd15): the
# stimulus vouchers 三倍券 and 五倍券 are names, not ratios; a two-digit monthly or
# quarterly change (雙位數月減, 雙位數季增) is 10 % gt as a yearly one is.
VOUCHER_AND_CHANGE_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("政府推出三倍券刺激消費，五倍券帶動買氣", []),
    ("營收成長三倍", [(3, "倍", "eq")]),
    ("外銷訂單已呈現雙位數月減幅度", [(10, "%", "gt")]),
    ("第二季營收雙位數季增", [(10, "%", "gt")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), VOUCHER_AND_CHANGE_CASES, ids=[c[0] for c in VOUCHER_AND_CHANGE_CASES]
)
def test_voucher_names_and_monthly_changes(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Forms met on Taiwanese statistics and sales news (issue 12, round qd15): a number after
# an ASCII comma that follows a word (調查顯示,68%; after a digit the comma groups
# thousands), sections spaced apart (逾 4 萬 5 千人), a threshold after the unit (30萬臺大關
# is not 臺大), the mainland's 個季度, and words that are no counts (之 3 另訂, 三駕馬車).
COMMA_AND_SECTION_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("調查顯示,68%的消費者會繼續線上購物,43%的受訪者", [(68, "%", "eq"), (43, "%", "eq")]),
    ("表格 12,345 6,789,10%", []),
    ("吸引國內外逾 4 萬 5 千人進場參觀", [(45_000, "人", "gt")]),
    ("月銷售量首度跌破30萬臺大關", [(300_000, "臺", "lt")]),
    ("台大醫院與臺大合作", []),
    ("最近三個季度共取得88億美元營收", [(3, "個季度", "eq"), (8.8e9, "USD", "eq")]),
    ("除第 22 條及第 67 條之 3 另訂施行日期外", []),
    ("羅氏的新三駕馬車", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), COMMA_AND_SECTION_CASES, ids=[c[0] for c in COMMA_AND_SECTION_CASES]
)
def test_commas_sections_thresholds_and_quarters(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Forms met on Taiwanese results and launch news (issue 12, round quant13): a number after
# "比較詞 + 預期/預估/同期 … 的" is the reference value itself, not a bound (超出市場預估
# 的 X is X, eq), while 超過全年目標的 X% and 約占…的 X% keep their qualifier; two change
# words joined (雙位數甚至三位數的增長) each count; a range's unit must be a token of its own
# (運 begins 運算); 起 after a magnitude is a price floor (售價3.5萬起), not a count of
# events; 要價 names money as 售價 does.
COMPARISON_AND_FLOOR_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    (
        "季營收 52 億美元，超出分析師預估的 49.5 億美元",
        [(5.2e9, "USD", "eq"), (4.95e9, "USD", "eq")],
    ),
    ("每股盈餘 1.2 美元，低於市場預期的 1.35 美元", [(1.2, "USD", "eq"), (1.35, "USD", "eq")]),
    ("本季獲利高於去年同期的 8.6 億元", [(8.6e8, "TWD", "eq")]),
    (
        "全年營收 300 億至 320 億元，高於先前財測的 280 億元",
        [
            (3e10, "TWD", "eq"),
            (3.2e10, "TWD", "eq"),
            (2.8e10, "TWD", "eq"),
        ],
    ),
    ("前三季已超過全年目標的 80%", [(80, "%", "gt")]),
    ("外銷約占整體營收的 65%", [(65, "%", "approx")]),
    ("超過 200 家供應商參展", [(200, "家", "gt")]),
    ("明年出貨可望雙位數甚至三位數的增長", [(10, "%", "gt"), (100, "%", "gt")]),
    ("維持資料中心業務雙位數或三位數成長的目標", [(10, "%", "gt"), (100, "%", "gt")]),
    ("首季筆電將有雙位數的下修幅度", [(10, "%", "gt")]),
    ("比上一季成長雙位數的幅度", [(10, "%", "gt")]),
    ("成員有雙位數，分店三位數", []),
    ("新晶片具備 40 億至 90 億運算單元", []),
    ("新廠投資 40 億至 90 億元", [(4e9, "TWD", "eq"), (9e9, "TWD", "eq")]),
    ("筆電售價 4.5 萬起", [(45_000, "TWD", "gte")]),
    ("旗艦機售價2萬起跳", [(20_000, "TWD", "gte")]),
    ("今年已發生12起資安事件", [(12, "起", "eq")]),
    ("展場中要價 25 萬的電競椅", [(250_000, "TWD", "eq")]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    COMPARISON_AND_FLOOR_CASES,
    ids=[c[0] for c in COMPARISON_AND_FLOOR_CASES],
)
def test_reference_values_joined_changes_and_price_floors(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# A large magnitude written alone (issue 12, round quant13): after a comparing cue
# (突破萬臺, 近萬人, 不到萬元, 逾萬家) or before a bound after its unit (萬元以內, 千元以下)
# it is that many; 萬一, 億萬 and the idiom 成千上萬 are no amounts, nor is a bare magnitude
# without a cue (百年老店). A number of weeks right after a year numbers weeks of that year.
LONE_MAGNITUDE_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("新機月銷量突破萬臺大關", [(10_000, "臺", "gt")]),
    ("開幕首日近萬人排隊", [(10_000, "人", "approx")]),
    ("入門款售價不到萬元", [(10_000, "TWD", "lt")]),
    ("園區已吸引逾萬家企業進駐", [(10_000, "家", "gt")]),
    ("該公司市值已突破萬億美元", [(1e12, "USD", "gt")]),
    ("主打萬元以內的平價機種", [(10_000, "TWD", "lte")]),
    ("鎖定千元以下入門市場", [(1_000, "TWD", "lte")]),
    ("成千上萬人湧入展場", []),
    ("萬一發生意外", []),
    ("他是億萬富翁", []),
    ("這是一家百年老店", []),
    ("統計2024年1-52周的銷量", []),
    # a 數 that ends a word (中位數) is no vague numeral of the amount after it
    ("本國勞工薪資中位數3.8萬", [(38_000, "TWD", "eq")]),
    ("療程長達52週", [(52, "週", "eq")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), LONE_MAGNITUDE_CASES, ids=[c[0] for c in LONE_MAGNITUDE_CASES]
)
def test_lone_magnitudes_and_weeks_of_a_year(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Round quant14 (issue 12, unseen text): units whose first character is a magnitude
# (千瓦時, 兆瓦), spaced sections (2 萬 9,900 元), a list that writes its unit once at the
# end (1.2個、0.8個百分點), 個 + 多 + a word of time, a ceiling before a lone 百億, a
# duration before 中國, and a dotted section number that opens a line.
QUANT14_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("全年發電量 45.6億千瓦時，年減3%", [(4_560_000_000, "千瓦時", "eq"), (3, "%", "eq")]),
    ("新廠裝機容量達 120萬千瓦", [(1_200_000, "千瓦", "eq")]),
    ("風場年發電 8.5萬兆瓦時", [(85_000, "兆瓦時", "eq")]),
    ("單機重量約 12千克", [(12, "千克", "approx")]),
    ("市值 2.5兆美元", [(2.5e12, "USD", "eq")]),
    ("新機售價 3 萬 2,990 元起", [(32_990, "TWD", "gte")]),
    ("頂規版本 4 萬 500 元", [(40_500, "TWD", "eq")]),
    ("營收 28 億 3 家門市同步開幕", [(2.8e9, "TWD", "eq"), (3, "家", "eq")]),
    ("毛利率分別提升1.2個、0.8個百分點", [(1.2, "pp", "eq"), (0.8, "pp", "eq")]),
    ("利率依序調降1個、2個及3個基點", [(1, "bp", "eq"), (2, "bp", "eq"), (3, "bp", "eq")]),
    ("旗下有3個、5個品牌", [(3, "個", "eq"), (5, "個", "eq")]),
    ("雙方會談持續了5個多小時", [(5, "小時", "gt")]),
    ("新品延後兩個多星期上市", [(2, "星期", "gt")]),
    ("全年營收仍未過百億元", [(1e10, "TWD", "lt")]),
    ("市值未達千億美元", [(1e11, "USD", "lt")]),
    ("他擁有20年中國市場經驗", [(20, "年", "eq")]),
    ("預計25年中量產", []),
    ("前言\n1.2 擬募資興建新廠", []),
    ("2.3 液壓機數量減少", []),
    ("營收成長 1.1 倍", [(1.1, "倍", "eq")]),
    ("今年累計賺進 2.5 個股本", [(2.5, "個股本", "eq")]),
    ("共有 3個股東", [(3, "個", "eq")]),
    # a '-' before a Chinese numeral joins a title's words; before Arabic digits it is a sign
    ("網友-九成九支持", [(99, "%", "eq")]),
    ("營益率年增-5%", [(-5, "%", "eq")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANT14_CASES, ids=[c[0] for c in QUANT14_CASES])
def test_magnitude_led_units_spaced_sections_and_lists(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# A per-unit (Quantity.per) said once holds for the amounts that restate it: the other end of
# a range, the reference compared with it in its sentence; EPS and 時速 name theirs without
# a 每; a growth rate of a per-share figure is no amount per share.
PER_CASES: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    (
        "調整後每股盈餘 1.25 美元，低於市場預估的 1.31 美元",
        [(1.25, "USD", "股"), (1.31, "USD", "股")],
    ),
    ("公司預估每股盈餘介於 4.1 至 4.5 元之間", [(4.1, "TWD", "股"), (4.5, "TWD", "股")]),
    ("每股純益3.6元，較上年同期的2.9元成長", [(3.6, "TWD", "股"), (2.9, "TWD", "股")]),
    ("第三季 EPS 2.35元", [(2.35, "TWD", "股")]),
    ("董事會決議每股配發現金股利2.5元", [(2.5, "TWD", "股")]),
    ("每股盈餘年增12%", [(12, "%", None)]),
    ("新車最高時速達 180 公里", [(180, "公里", "小時")]),
    ("營收50億元，低於市場預估的52億元", [(5e9, "TWD", None), (5.2e9, "TWD", None)]),
    ("每股盈餘3元；市場預估營收80億元", [(3, "TWD", "股"), (8e9, "TWD", None)]),
    # a label and its colon between the per-unit and the number
    ("> **每股盈餘**：2.1元，高於預期的1.9元", [(2.1, "TWD", "股"), (1.9, "TWD", "股")]),
    ("營收：50億元", [(5e9, "TWD", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PER_CASES, ids=[c[0] for c in PER_CASES])
def test_per_unit_shared_named_and_never_on_growth(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    got = [(q.value, q.unit, q.per) for q in quantities(text)]
    assert len(got) == len(expected), got
    for (v, u, p), (ev, eu, ep) in zip(got, expected, strict=True):
        assert v == pytest.approx(ev, rel=1e-9)
        assert (u, p) == (eu, ep)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare magnitude after or before a verb of a trade is money (bare_money cues)
        (
            "這個單位以350萬沽出，短炒蝕40萬。",
            [("350萬", 3500000.0, "money"), ("40萬", 400000.0, "money")],
        ),
        ("財團以900億提購該公司被拒。", [("900億", 90000000000.0, "money")]),
        ("集團今年面對300億資金缺口。", [("300億", 30000000000.0, "money")]),
        ("新盤開價，折實入場318萬起。", [("318萬起", 3180000.0, "money")]),
        # Hong Kong's interest and yield: 釐/厘 is a percent after a word of a rate only
        (
            "該屋苑租金回報約4厘，按息3.25釐。",
            [("約4厘", 4.0, "percent"), ("3.25釐", 3.25, "percent")],
        ),
        # (厘米 is a centimetre, a measure of its own since quant31: not a percent)
        ("零件長5厘米，另買了3厘。", [("5厘米", 5.0, "other")]),
        # Hong Kong's measure words: flats, deals, square feet, ounces
        (
            "項目涉1830伙，首推210伙及96伙。",
            [("1830伙", 1830.0, "count"), ("210伙", 210.0, "count"), ("96伙", 96.0, "count")],
        ),
        (
            "本月錄約800至900宗一手成交。",
            [("約800至900宗", 800.0, "count"), ("900宗", 900.0, "count")],
        ),
        (
            "單位實用面積215方呎，地盤樓面約35.2萬方呎。",
            [("215方呎", 215.0, "other"), ("約35.2萬方呎", 352000.0, "other")],
        ),
        ("每件6安士的牛扒。", [("6安士", 6.0, "other")]),
        ("合作伙伴共有3家。", [("3家", 3.0, "count")]),
        # 個 + 半 + a word of time is one and a half of it (as 3年半)
        ("會議開了近兩個半小時。", [("近兩個半小時", 2.5, "duration")]),
        ("工期約三個半月。", [("約三個半月", 3.5, "duration")]),
        # index points after a word of a sharp move
        (
            "恒指勁飆612點，收報21864點。",
            [("612點", 612.0, "other"), ("21864點", 21864.0, "other")],
        ),
    ],
)
def test_hong_kong_trades_rates_and_measure_words(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.kind) for m in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short bracketed gloss does not end the clause for the look-back: the money
        # word and the per-unit before it still reach the number
        ("本片票房（含點映）突破12.5億，居冠。", [("突破12.5億", 1250000000.0, None)]),
        ("該行每股盈利（EPS） 1.32 美元，高於預期。", [("1.32 美元", 1.32, "股")]),
        # a long bracket or one that opens a clause still ends it
        (
            "本片（據業界統計的多個平台資料加總後）突破12.5億人次。",
            [("突破12.5億人次", 1250000000.0, None)],
        ),
        # cents are hundredths of their currency
        ("近月合約價差收窄至14美分。", [("14美分", 0.14, None)]),
        # a Chinese numeral after a currency word with no magnitude names no amount
        ("通脹數據導致美元一度飆升，油價收報71.2美元。", [("71.2美元", 71.2, None)]),
        ("公司斥資人民幣五億元。", [("人民幣五億元", 500000000.0, None)]),
    ],
)
def test_lookback_over_gloss_and_cents(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.per) for m in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 買超/賣超 is a net trade of shares: 超 bounds nothing and is not quoted
        (
            "外資昨日買超 2,310 張，投信賣超 845 張。",
            [("2,310 張", 2310.0, "張", "eq"), ("845 張", 845.0, "張", "eq")],
        ),
        # after a comparison word, "…的 N" in the unit of a value written earlier in the
        # sentence is the other side's own value, not a bound
        (
            "乙公司售價為 80 元，遠低於同業的 120 元。",
            [("80 元", 80.0, "TWD", "eq"), ("120 元", 120.0, "TWD", "eq")],
        ),
        # ... but a percentage after "…的" is a share of the phrase, and with nothing
        # compared before it the word still bounds the number
        (
            "前三季營收成長 15%，超過全年目標的 60%。",
            [("15%", 15.0, "%", "eq"), ("60%", 60.0, "%", "gt")],
        ),
        ("產能已超過同業的 3 倍。", [("3 倍", 3.0, "倍", "gt")]),
        # a price's path after 最高 is its peak; a short verb after a ceiling word keeps it
        ("股價最高衝至月底的 58.2 元。", [("58.2 元", 58.2, "TWD", "eq")]),
        ("會員最高回饋 3000 元。", [("最高回饋 3000 元", 3000.0, "TWD", "lte")]),
        ("補助最多可領 2 萬元。", [("最多可領 2 萬元", 20000.0, "TWD", "lte")]),
        ("盤中最高摸至 88.5 元。", [("88.5 元", 88.5, "TWD", "eq")]),
        # 一度 is "at one point", not one degree
        ("股價一度衝破 600 元。", [("衝破 600 元", 600.0, "TWD", "gt")]),
        # a code that keeps its leading zero is a name, even before 元大
        ("買進 0056 元大高股息 5 張。", [("5 張", 5.0, "張", "eq")]),
        # a currency's name before the number
        ("營收達韓幣 80 億元。", [("韓幣 80 億元", 8000000000.0, "KRW", "eq")]),
        # comparison signs before the number
        (
            "資本額>=20億的公司，毛利率≤ 5%。",
            [(">=20億", 2000000000.0, "TWD", "gte"), ("≤ 5%", 5.0, "%", "lte")],
        ),
        ("央行調升半個百分點。", [("半個百分點", 0.5, "pp", "eq")]),
        # index points after a word of a rebound or a break of a level
        (
            "指數強彈 412 點，一度衝破 18000 點。",
            [("412 點", 412.0, "點", "eq"), ("衝破 18000 點", 18000.0, "點", "gt")],
        ),
        # 部 counts handsets and films; 部下 does not block a following 下調
        (
            "出貨從 500 萬部下調至 420 萬部。",
            [("500 萬部", 5000000.0, "部", "eq"), ("420 萬部", 4200000.0, "部", "eq")],
        ),
        ("分成 3 部分，整併為 5 部門。", []),
        ("投信連 5 買，外資連 3 賣。", []),
        ("指數重返 16800 點之上。", [("16800 點之上", 16800.0, "點", "gt")]),
        ("電壓 220 伏特。", [("220 伏特", 220.0, "伏特", "eq")]),
        # pay words name money before a bare magnitude
        ("月薪3萬5的職缺。", [("3萬5", 35000.0, "TWD", "eq")]),
        # an exchange rate moves by cents (分) and dimes (角) of 元
        (
            "新台幣終場收 31.205 元，貶值 4.5 分。",
            [("31.205 元", 31.205, "TWD", "eq"), ("4.5 分", 0.045, "TWD", "eq")],
        ),
        ("台幣重貶1.2角。", [("1.2角", 0.12, "TWD", "eq")]),
        ("排名上升 3 分，畫成三角形。", []),
        # a change with its unit, then the level it reaches: two values, no range
        (
            "融資餘額增加 8 億元至 1,950 億元。",
            [("8 億元", 800000000.0, "TWD", "eq"), ("1,950 億元", 195000000000.0, "TWD", "eq")],
        ),
    ],
)
def test_market_news_trades_references_peaks_and_codes(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tenth of 成 set apart by spaces; none where the digit starts the next word
        ("市占率約 6 成 3 居首。", [("約 6 成 3", 63.0, "%", "approx")]),
        ("營收年減逾六成兩大原因是需求疲弱。", [("逾六成", 60.0, "%", "gt")]),
        # the sign word before a number, not the 負 of 正負
        ("營益率為負 3.8%。", [("負 3.8%", -3.8, "%", "eq")]),
        ("誤差在正負 2% 之間。", [("2%", 2.0, "%", "eq")]),
        # a model year is no count of models
        ("2024 款的新車降價 3 萬元。", [("3 萬元", 30000.0, "TWD", "eq")]),
        # 餘 / 多 set apart from the digits in spaced writing
        ("投信買超 4500 餘張。", [("4500 餘張", 4500.0, "張", "gt")]),
        ("展場設有 200 多個攤位。", [("200 多個", 200.0, "個", "gt")]),
        # an index level before a barrier word, or written as 關; not 億 大關 of money
        ("指數挑戰 17200 點關卡。", [("17200 點", 17200.0, "點", "eq")]),
        ("大盤一度攻克 16800 關。", [("16800 關", 16800.0, "點", "eq")]),
        ("營收突破20億大關。", [("突破20億", 2000000000.0, "TWD", "gt")]),
        ("台股收復 15800 點之上。", [("15800 點之上", 15800.0, "點", "gt")]),
        ("外資持股維持在 3000 張之上。", [("3000 張之上", 3000.0, "張", "gt")]),
        # a Taiwanese code with its market outweighs a mention of the mainland
        (
            "群創 (3481-TW) 首季虧損 5.2 億元，中國需求轉弱。",
            [("5.2 億元", 520000000.0, "TWD", "eq")],
        ),
        # streaks and fund names are no open units
        ("外銷訂單連7黑。", []),
        ("加碼元大台灣 50 反 1。", []),
        # a magnitude before 年增 is money, then its change
        (
            "營收 2.15 億年增 12%。",
            [("2.15 億", 215000000.0, "TWD", "eq"), ("12%", 12.0, "%", "eq")],
        ),
        # futures contracts, train runs
        ("夜盤多單增加 3200 口。", [("3200 口", 3200.0, "口", "eq")]),
        ("一口氣買下兩棟。", [("兩棟", 2.0, "棟", "eq")]),
        ("全年加開 1200 班次。", [("1200 班次", 1200.0, "班次", "eq")]),
        # a metric's abbreviation glued to its value
        ("今年 EPS8.6 元。", [("8.6 元", 8.6, "TWD", "eq")]),
        ("股價回到5字頭。", []),
        # 百億 before a currency is an amount with no cue; not before 的
        ("壽險擬發行百億元次順位債。", [("百億元", 10000000000.0, "TWD", "eq")]),
        ("看好千億元的商機。", []),
    ],
)
def test_cnyes_spacing_signs_levels_and_codes(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an index level said with no unit: 萬六 is 16,000, 三千三 3,300 (after a word of
        # the index, or before a barrier word); the reading 六 大關 cut the number
        ("加權指數今天拉回萬六。", [("萬六", 16000.0, "點", "eq")]),
        ("台股終於站上萬七大關。", [("萬七", 17000.0, "點", "eq")]),
        ("大盤有望奔向『萬八』關卡。", [("萬八", 18000.0, "點", "eq")]),
        ("滬指盤中收復三千二, 尾盤回落。", [("三千二", 3200.0, "點", "eq")]),
        ("上證指數 3100得而復失", [("3100", 3100.0, "點", "eq")]),
        ("萬一跌破就停損。", []),
        ("他說萬六不是問題。", []),
        ("公司員工約一萬二。", []),
        # index levels: the list's cue before its first item; 作收, 附近, 點數, 跌點, 反壓
        (
            "指數攻上17100、17200、17300點。",
            [
                ("17100", 17100.0, "點", "eq"),
                ("17200", 17200.0, "點", "eq"),
                ("17300點", 17300.0, "點", "eq"),
            ],
        ),
        ("終場以 17055 點作收。", [("17055 點", 17055.0, "點", "eq")]),
        # (quant33: 附近 after a level is "around" it, as 左右 is)
        ("上檔反壓在 17500 點附近。", [("17500 點附近", 17500.0, "點", "approx")]),
        ("貢獻上漲點數逾 80 點。", [("逾 80 點", 80.0, "點", "gt")]),
        ("晚上 8 點附近公布。", []),
        # a list of bare items whose unit is written once, after the last
        (
            "三家公司的目標價分別為 45、52 及 60 元。",
            [
                ("三家", 3.0, "家", "eq"),
                ("45", 45.0, "TWD", "eq"),
                ("52", 52.0, "TWD", "eq"),
                ("60 元", 60.0, "TWD", "eq"),
            ],
        ),
        (
            "三日成交量 12 萬、18 萬及 25 萬張。",
            [
                ("12 萬", 120000.0, "張", "eq"),
                ("18 萬", 180000.0, "張", "eq"),
                ("25 萬張", 250000.0, "張", "eq"),
            ],
        ),
        (
            "賣超張數分別為 2400、900 張。",
            [("2400", 2400.0, "張", "eq"), ("900 張", 900.0, "張", "eq")],
        ),
        ("產品分為1、2、3類。", [("3類", 3.0, "類", "eq")]),
        ("第1、2及3名獲獎。", []),
        ("新款 iPhone 14、15 及 16 銷量。", []),
        # a currency named once before bare magnitudes
        (
            "新台幣存款與放款分別為 8 億、6 億。",
            [("8 億", 800000000.0, "TWD", "eq"), ("6 億", 600000000.0, "TWD", "eq")],
        ),
        ("以美元計，營收達 15 億。", [("15 億", 1500000000.0, "USD", "eq")]),
        # 家 before 具 + an object of "to have" counts; 家具 furniture does not
        ("只有三家具競爭力的廠商。", [("三家", 3.0, "家", "eq")]),
        ("兩家家具廠合併。", [("兩家", 2.0, "家", "eq")]),
        # 多單 (long contracts) is no "more"; 七成全球 is 70 %; 平米; an oil majors' nickname
        ("淨多單增加 5300 口多單。", [("5300 口", 5300.0, "口", "eq")]),
        ("市占率達六成全球第一。", [("六成", 60.0, "%", "eq")]),
        ("成交面積12.5萬平米。", [("12.5萬平米", 125000.0, "平米", "eq")]),
        ("三桶油集體走高。", []),
        # rounds of financing or talks; not wheels or turns
        ("新創兩年內完成四輪融資。", [("兩年", 2.0, "年", "eq"), ("四輪", 4.0, "輪", "eq")]),
        ("三輪車與兩輪電動車。", []),
        ("輪流值班。雙方第三輪談判。", []),
        # a negative word before a range: the first end, and the bare second end with it
        (
            "夜間零下 12 度到 3 度。",
            [("零下 12 度到 3 度", -12.0, "度", "eq"), ("3 度", 3.0, "度", "eq")],
        ),
        (
            "山區零下5至8度。",
            [("零下5至8度", -5.0, "度", "eq"), ("8度", -8.0, "度", "eq")],
        ),
        # a score per person after 積分 is no cent; 2分/度 of a price still is
        ("前五名獲得積分6分/人。", [("6分/人", 6.0, "分", "eq")]),
        ("電價每度調降3分/度。", [("3分/度", 0.03, "TWD", "eq")]),
        # 紐約 ends in 約 and is no "about"; 一位 after it stays the article
        ("紐約一位法官裁定。", []),
        # a bare magnitude before a word of what it counts is no money
        ("虧損85億日元，將削減百萬產能。", [("85億日元", 8500000000.0, "JPY", "eq")]),
        # 天使 is an angel, but 10天 before 使用 is ten days
        ("贈送7天使用權。", [("7天", 7.0, "天", "eq")]),
        # Hong Kong's basis points; not 點 before 子公司
        ("融資利率為拆息加180點子。", [("180點子", 180.0, "點子", "eq")]),
        ("下午3點子公司召開董事會。", []),
    ],
)
def test_spoken_levels_unit_lists_and_stated_currency(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


_LEVEL_CUES = ["拉回", "站上", "失守", "逼近", "回測", "台股"]
_DIGITS_CN = "二三四五六七八九"


@given(st.sampled_from(_LEVEL_CUES), st.integers(min_value=2, max_value=9))
@settings(max_examples=40, deadline=None)
def test_spoken_level_is_ten_thousand_and_its_thousands(cue: str, d: int) -> None:
    text = f"指數{cue}萬{_DIGITS_CN[d - 2]}，量能放大。"
    got = [(m.value, m.unit) for m in found_uncut(text)]
    assert got == [(10000.0 + 1000.0 * d, "點")]


@given(
    # (items that all read as Gregorian years, 1900–2099, are a list of years: left out)
    st.lists(
        st.integers(min_value=11, max_value=1899) | st.integers(min_value=2100, max_value=9999),
        min_size=3,
        max_size=5,
        unique=True,
    ),
    st.sampled_from(["、", "及", "和"]),
)
@settings(max_examples=40, deadline=None)
def test_every_item_of_a_list_takes_the_unit_written_last(values: list[int], last: str) -> None:
    items = "、".join(str(v) for v in values[:-1]) + f"{last}{values[-1]}"
    text = f"各檔目標價分別為{items}元。"
    got = [(m.value, m.unit) for m in found_uncut(text)]
    assert got == [(float(v), "TWD") for v in values]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 兩 + a character the open rule reads as a classifier counts
        ("新竹與台南兩廠同步擴產。", [("兩廠", 2.0, "廠", "eq")]),
        ("該集團旗下兩館合計接待遊客。", [("兩館", 2.0, "館", "eq")]),
        ("兩隊分居第一、二名", [("兩隊", 2.0, "隊", "eq")]),
        # ... not when 兩 begins a word of the dictionary or of not_words
        ("兩岸經貿往來密切。", []),
        ("兩極分化的市場格局。", []),
        ("軍民兩用技術出口受限。", []),
        ("政策兼顧兩重目標。", []),
        ("北京兩會期間發布。", []),
        # a bare 二 before a listed classifier counts with no cue ...
        ("本案含二件新藥申請。", [("二件", 2.0, "件", "eq")]),
        ("須同時符合這二項條件。", [("二項", 2.0, "項", "eq")]),
        # ... not as a weekday, an ordinal, or the start of a word
        ("本週二家電股走強。", []),
        ("繼美國之後二個國家跟進。", []),
        ("二次電池需求回溫。", []),
        ("規模約三分之二個台灣。", []),
        ("二手車價格下滑。", []),
        ("二套房貸利率持平。", []),
        # other Chinese digits stay out of the open rule (grades, names, idioms)
        ("入選三甲醫院名單。", []),
        ("業界三雄同步漲價。", []),
        ("新款五軸加工機亮相。", []),
        # a full-width comma between digit groups is a thousands separator
        (
            "全年起降38，917架次，成長三成。",
            [("38，917架次", 38917.0, "架次", "eq"), ("三成", 30.0, "%", "eq")],
        ),
        ("公司員工約46，500名。", [("約46，500名", 46500.0, "名", "approx")]),
        ("營收達1，234，567元。", [("1，234，567元", 1234567.0, "TWD", "eq")]),
        ("指數收於39，461.47點，創高。", [("39，461.47點", 39461.47, "點", "eq")]),
        # ... not when the text puts 、or ， between bare numbers of another shape
        ("分組為3，5，7家。", [("7家", 7.0, "家", "eq")]),
        ("共38，917架次；另一組數字為12，5。", [("917架次", 917.0, "架次", "eq")]),
        ("代號1234，567元。", [("567元", 567.0, "TWD", "eq")]),
        # ... nor a pair followed by a list joiner and a number (a list of two groups)
        ("分別為12，345及678架次。", [("678架次", 678.0, "架次", "eq")]),
    ],
)
def test_liang_counts_and_full_width_thousands(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
@settings(max_examples=40, deadline=None)
def test_full_width_grouped_number_reads_whole(head: int, tail: int) -> None:
    text = f"全年出貨{head}，{tail:03d}台，年增。"
    got = [(m.value, m.unit) for m in found_uncut(text)]
    assert got == [(float(head * 1000 + tail), "台")]


# quant20: a money name written on amounts does not make plain 元 that money (a mainland
# story of a Hong Kong listing); "both sides" words and 類比 are no counts.
_MAINLAND_HK_LISTING = (
    "浙江某茶飲公司（1234.HK）在港交所掛牌，成為今年港股第三家上市的茶飲品牌，港股茶飲板塊"
    "再添一員。發行價8.5港元，募資15億港元，約合14億元人民幣。該公司在上海、深圳設有門店，"
    "去年營收50億元，同比增長20%。"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 港元 on amounts is taken back from the Hong Kong cues: plain 元 is the mainland's
        (
            _MAINLAND_HK_LISTING,
            [
                ("8.5港元", 8.5, "HKD", "eq"),
                ("15億港元", 1.5e9, "HKD", "eq"),
                ("14億元人民幣", 1.4e9, "CNY", "eq"),
                ("50億元", 5e9, "CNY", "eq"),
                ("20%", 20.0, "%", "eq"),
            ],
        ),
        # ... but never hands a text to the default: with no other place's cues a Hong
        # Kong story keeps HKD
        (
            "香港某公司在港交所上市，發行價8.5港元，全年純利3億元。",
            [("8.5港元", 8.5, "HKD", "eq"), ("3億元", 3e8, "HKD", "eq")],
        ),
        (
            "某公司在港交所上市，發行價8.5港元，募資15億港元，全年營收50億元。",
            [
                ("8.5港元", 8.5, "HKD", "eq"),
                ("15億港元", 1.5e9, "HKD", "eq"),
                ("50億元", 5e9, "HKD", "eq"),
            ],
        ),
        # "both sides" words are no counts of sides
        ("道路兩側停滿機車。", []),
        ("左右兩邊各有一間店。", []),
        ("此事一體兩面，需審慎評估。", []),
        ("河道兩旁種滿樹木。", []),
        # ... counts with 兩 stay
        ("新竹與台南兩廠同步擴產。", [("兩廠", 2.0, "廠", "eq")]),
        # 類比 ("analog") after N大 is a word: the N大 is a rank there
        ("該公司是國內前三大類比晶片廠。", []),
        ("產品分為五大類，營收各半。", [("五大類", 5.0, "類", "eq")]),
        # 個 + a word of time is that duration as written, not a count of 個
        ("慢充需 8 個小時才能充飽。", [("8 個小時", 8.0, "個小時", "eq")]),
        ("股價連續 12 個交易日下跌。", [("12 個交易日", 12.0, "個交易日", "eq")]),
        ("須於 5 個工作日內回覆。", [("5 個工作日", 5.0, "個工作日", "eq")]),
        ("審查約需兩個星期。", [("約需兩個星期", 2.0, "個星期", "approx")]),
        ("連開兩個星期一的會議。", [("兩個", 2.0, "個", "eq")]),
        ("等了3個多小時。", [("3個多小時", 3.0, "小時", "gt")]),
        # a move of the index by a round magnitude is that many points
        ("台股早盤重挫百點。", [("百點", 100.0, "點", "eq")]),
        ("道瓊尾盤狂瀉千點。", [("千點", 1000.0, "點", "eq")]),
        ("百家爭鳴的市場。", []),
        ("聲望一落千丈。", []),
        # unit symbols of the CJK compatibility block
        ("建築面積不到 60㎡，總價不高。", [("不到 60㎡", 60.0, "㎡", "lt")]),
        ("全長 4.2㎞ 的新路段。", [("4.2㎞", 4.2, "㎞", "eq")]),
        # 逾半 / 過半 before a classifier is half of one, no share
        ("多檔個股漲逾半根停板。", []),
        ("逾半企業上調薪資。", [("逾半", 50.0, "%", "gt")]),
        # a bare $ with a Latin magnitude is English writing: US dollars
        ("Startup raises $45M in a new round", [("$45M", 45e6, "USD", "eq")]),
        ("Fund closes $1.5 billion vehicle", [("$1.5 billion", 1.5e9, "USD", "eq")]),
        # ... a Taiwanese report's own $ stays TWD, a Hong Kong story's stays HKD
        ("本期淨利 $ 52,300 千元", [("$ 52,300 千元", 52300000.0, "TWD", "eq")]),
        ("香港本港樓盤集資$2B。", [("$2B", 2e9, "HKD", "eq")]),
    ],
)
def test_named_money_on_amounts_and_side_words(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pages of a document are counted with a Chinese digit as with Arabic ones
        ("律師寄出一份五頁的存證信函。", [("五頁", 5.0, "頁", "eq")]),
        ("簡報長達三十頁。", [("三十頁", 30.0, "頁", "eq")]),
        ("年報共 212 頁。", [("212 頁", 212.0, "頁", "eq")]),
        # ... 頁面 and 頁碼 are words of their own, an ordinal page is no count
        ("官網三頁面改版。", []),
        ("請見第七頁。", []),
        # 一 + unit + 多 is "more than one" only when 多 does not begin a word: 多頭 (a bull
        # market), 多媒體, 多角化, 多層, 多維, 多邊 are words and 一 stays the article
        ("大盤呈現一種多頭排列的格局。", []),
        ("公司走向一種多角化經營。", []),
        ("推出一款多媒體播放器。", []),
        ("停工一個多月後復工。", [("一個多月", 1.0, "個月", "gt")]),
        ("談判拖了一年多。", [("一年多", 1.0, "年", "gt")]),
    ],
)
def test_pages_and_more_after_the_article(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a money word that begins a word for people (投資人, 投資者, 交易者) after a bare
        # magnitude names who is counted: no amount of the text's currency (quant41: a
        # count of people, in 人, as the dev gold counts 數百萬使用者)
        ("新平台上線半年吸引逾40萬投資人開戶。", [("逾40萬", 400000.0, "人", "gt")]),
        ("該交易所擁有不到50萬交易者。", [("不到50萬", 500000.0, "人", "lt")]),
        ("市場約有200萬散戶參與。", [("約有200萬", 2000000.0, "人", "approx")]),
        # ... a money word before the number, or 人 written as the unit, still decides
        ("該基金投資逾70萬於債券。", [("逾70萬", 700000.0, "TWD", "gt")]),
        ("說明會吸引3萬人參加。", [("3萬人", 30000.0, "人", "eq")]),
    ],
)
def test_bare_magnitude_before_a_word_for_people(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round level of the index named by a word of the index or of its levels is that
        # many points, as written (no cue of comparison needed)
        ("加權指數早盤站上萬點。", [("萬點", 10000.0, "點", "eq")]),
        ("台股尾盤失守萬點。", [("萬點", 10000.0, "點", "eq")]),
        ("櫃買指數失守千點。", [("千點", 1000.0, "點", "eq")]),
        # ... above or below it (之上, 之下) is a bound of that level
        (
            "運價指數連 3 周在千點之下。",
            [("3 周", 3.0, "周", "eq"), ("千點之下", 1000.0, "點", "lt")],
        ),
        ("大盤重回萬點之上。", [("萬點之上", 10000.0, "點", "gt")]),
        # ... never the idioms, a time of day, or a lone 之上 after people
        ("一人之下，萬人之上。", []),
        ("成千上萬點擊。", []),
        # ... nor a share price's barrier written in 關
        ("股價重返千關不易。", []),
        ("下午三點開會。", []),
    ],
)
def test_round_index_levels(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verbs of a flow table (獲, 遭) and a leveraged fund's 正/反 are no classifiers
        (
            "投信則對富台指正 2 遭調節 8120 張。",
            [("8120 張", 8120.0, "張", "eq")],
        ),
        ("元大高息 60 獲買超 5,210 張。", [("5,210 張", 5210.0, "張", "eq")]),
        ("元大油正 30 正 2 遭賣超 3 萬餘張。", [("3 萬餘張", 30000.0, "張", "gt")]),
        # a score word said once before a list of scores counts every item
        (
            "觀眾評分為7.2/6.8/8.1分。",
            [("7.2", 7.2, "分", "eq"), ("6.8", 6.8, "分", "eq"), ("8.1分", 8.1, "分", "eq")],
        ),
        ("該生得分6.5分、7.5分。", [("6.5分", 6.5, "分", "eq"), ("7.5分", 7.5, "分", "eq")]),
        (
            "影評評分方面，續集分別為5.9/6.3分。",
            [("5.9", 5.9, "分", "eq"), ("6.3分", 6.3, "分", "eq")],
        ),
        # ... but no score word, no score (a price's cents, minutes)
        ("油價下跌3/5分。", []),
        # a bare 下 (下方) after an index level bounds it; 下跌 begins a verb
        (
            "航運指數連 6 周壓在千點下。",
            [("6 周", 6.0, "周", "eq"), ("千點下", 1000.0, "點", "lt")],
        ),
        ("大盤收盤跌落 16,500 點下方，", [("16,500 點下方", 16500.0, "點", "lt")]),
        ("台股萬點下跌後反彈。", [("萬點", 10000.0, "點", "eq")]),
        ("後天4點下。", []),
        # nouns counted with no classifier: brands, cabin classes, car models
        (
            "集團旗下三品牌合計 40 家門市。",
            [("三品牌", 3.0, "品牌", "eq"), ("40 家", 40.0, "家", "eq")],
        ),
        ("新航線提供兩艙等。", [("兩艙等", 2.0, "艙等", "eq")]),
        ("今年推出 4 車型。", [("4 車型", 4.0, "車型", "eq")]),
        ("深化品牌化經營。", []),
        # the mainland's 只 of stocks and funds; 只 "only" after an amount stays out
        ("本月共有 45 只新基金發行。", [("45 只", 45.0, "只", "eq")]),
        ("營收 12億只是起點。", [("12億", 1200000000.0, "TWD", "eq")]),
        # 近N月: a fund's recent months are a length; N月 alone is a month (a date)
        ("該基金近6月上漲 4.1%。", [("近6月", 6.0, "月", "approx"), ("4.1%", 4.1, "%", "eq")]),
        ("公司公布8月營收。", []),
        ("去年12月底完工。", []),
        # a record's clause between the verb and the number: no bound
        ("油價逼近上月創下的 95.2 美元。", [("95.2 美元", 95.2, "USD", "eq")]),
        ("股價接近去年寫下的 320 元高點。", [("320 元", 320.0, "TWD", "eq")]),
        ("營收約占全年目標的 45%。", [("45%", 45.0, "%", "approx")]),
        # mainland slang for a limit board is no length
        ("該股連續 3 個交易日 20cm 漲停。", [("3 個交易日", 3.0, "個交易日", "eq")]),
        ("板材厚 20cm。", [("20cm", 20.0, "cm", "eq")]),
        # a place and a vegetable, not a count of quarters; 近四季 still counts
        ("採購四季豆出口。", []),
        ("近四季 EPS 合計 8 元。", [("近四季", 4.0, "季", "approx"), ("8 元", 8.0, "TWD", "eq")]),
        # damages and fines name money
        ("原告提出逾 5 億的索賠。", [("逾 5 億", 500000000.0, "TWD", "gt")]),
        ("該公司遭罰款 600 萬。", [("600 萬", 6000000.0, "TWD", "eq")]),
        # a rate less a cut is two values, not a range; a spread after a base rate's name counts
        (
            "新利率為 4.2%-0.25%，即 3.95%。",
            [("4.2%", 4.2, "%", "eq"), ("-0.25%", -0.25, "%", "eq"), ("3.95%", 3.95, "%", "eq")],
        ),
        ("目標區間 3%-5%。", [("3%-5%", 3.0, "%", "eq"), ("5%", 5.0, "%", "eq")]),
        ("利率定為 LPR+20BP。", [("+20BP", 20.0, "bp", "eq")]),
        ("首套房利率為 LPR-20BP。", [("-20BP", -20.0, "bp", "eq")]),
        ("基準為 SOFR-0.5%。", [("-0.5%", -0.5, "%", "eq")]),
        ("受COVID-19影響。", []),
    ],
)
def test_unseen_news_lists_levels_counts(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found_uncut(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number cell, then a unit word opening the next cell: the number has no unit
        ("產量\u3000850\u3000公噸數", []),
        ("補助款\u30003,500\u3000美元計價", []),
        # an amount and its unit in one cell, the next cell after the gap
        ("補助款\u30003,500 萬元\u3000核定", ["3,500 萬元"]),
        # a share and a count in two cells: two quantities, neither crosses the gap
        ("持股\u30008.5%\u30001,200 股", ["8.5%", "1,200 股"]),
    ],
)
def test_a_cell_gap_ends_a_quantity(text: str, expected: list[str]) -> None:
    """U+3000 sets two fields apart (``chars.CELL_GAP``): no quantity runs across it."""
    assert [text[m.start : m.end] for m in found_uncut(text)] == expected


# quant23: converted mainland financial articles and undated Taiwanese FX news (own sentences)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal between 不 and the comparison bounds from above (超過 alone is gt)
        ("該公司的淨利率不會超過8%。", [("不會超過8%", 8.0, "%", "lte")]),
        ("每個體系不會超過四家供應商。", [("不會超過四家", 4.0, "家", "lte")]),
        ("保費不能低於3萬元。", [("不能低於3萬元", 30000.0, "TWD", "gte")]),
        ("營收超過8億元。", [("超過8億元", 800000000.0, "TWD", "gt")]),
        # a market wrap's turnover and fund flows with no 元
        (
            "A股兩市成交額達到18000億，較前一日縮量95億。",
            [("18000億", 1.8e12, "CNY", "eq"), ("95億", 9.5e9, "CNY", "eq")],
        ),
        ("A股銀行板塊淨流入12.5億，居首。", [("12.5億", 1.25e9, "CNY", "eq")]),
        # a payout whose word begins with 股
        ("存金融股每月領 3 萬股息。", [("3 萬", 30000.0, "TWD", "eq")]),
        ("公司增資發行 5 萬股。", [("5 萬股", 50000.0, "股", "eq")]),
        # an exchange rate's rebound and a bound between move and number (cents and dimes)
        (
            "新台幣強彈 2.15 角收 31.2 元。",
            [("2.15 角", 0.215, "TWD", "eq"), ("31.2 元", 31.2, "TWD", "eq")],
        ),
        ("新台幣盤中貶值近 5 分。", [("近 5 分", 0.05, "TWD", "approx")]),
        ("支持度反彈 3 分。", []),
        # 首 counts songs, but begins 首次, 首度 …
        ("新專輯收錄10首歌。", [("10首", 10.0, "首", "eq")]),
        ("華為Mate 6首次降價。", []),
        ("機型X9首度亮相。", []),
        # 起 ending the phrase is a price's floor whose 元 was left out, not a count of events
        # (the price itself is an amount of plain 元 and its floor: currencies.yaml price_from)
        ("新機定價3299起，高配版更貴。", [("3299起", 3299.0, "TWD", "gte")]),
        ("2999起的定價維持兩年。", [("兩年", 2.0, "年", "eq")]),
        ("今年已發生3起事故。", [("3起", 3.0, "起", "eq")]),
        ("售價3999元起。", [("3999元起", 3999.0, "TWD", "gte")]),
        # an adverb or a run word after a model number is no classifier
        ("小米14僅售出兩個月。", [("兩個月", 2.0, "個月", "eq")]),
        # (3連板 is a streak counted: measure_words.yaml 連板)
        ("中信科技3連板。", [("3連板", 3.0, "連板", "eq")]),
        # a trade's tier and a kind of plan, not counts
        ("二批商的庫存壓力加大。", []),
        ("兩批貨已出港。", [("兩批", 2.0, "批", "eq")]),
        # a digit after 十, 百 or 千 continues that number: never a count of its own
        ("討論第十五個五年規劃。", []),
        ("第十二個五年計劃期間。", []),
        ("共十五個項目入選。", [("十五個", 15.0, "個", "eq")]),
        ("已有兩千五百個站點。", [("兩千五百個", 2500.0, "個", "eq")]),
        # a word that ends in a cardinal cue (表達, 設計) leaves 一 the article; 多達 still counts
        ("他想表達一個看法。", []),
        ("團隊設計一個新流程。", []),
        ("會議多達一個月。", [("一個月", 1.0, "個月", "eq")]),
        ("共計一個工廠停工。", [("一個", 1.0, "個", "eq")]),
        # 每一: "each", of money too; 降一分錢 per kWh is an amount
        ("把每一分錢花在刀口上。", []),
        ("每一個員工都有獎金。", []),
        ("電價每度降一分錢。", [("一分", 0.01, "TWD", "eq")]),
        ("百萬年薪的工程師。", []),
        # a zero-padded year or code
        ("05年至今，該板塊上漲機率超過65%。", [("超過65%", 65.0, "%", "gt")]),
        ("自2005年起已有20年。", [("20年", 20.0, "年", "eq")]),
    ],
)
def test_unseen_mainland_and_fx_news(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    found = found_uncut(text)
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in found]
    assert got == expected
    inner = "十拾百佰千仟一二三四五六七八九兩"
    # the Chinese side of the span invariant: no span starts right after a Chinese digit
    # or an inner magnitude when it starts with a Chinese digit itself
    for m in found:
        if text[m.start] in inner:
            assert m.start == 0 or text[m.start - 1] not in inner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization of the lexicons whose name begins with a digit is a name
        ("36氪獲悉，該公司完成新一輪融資5億元。", [("5億元", 500000000.0, "TWD")]),
        ("本文經授權由36氪轉載。", []),
        ("85度C今年營收成長5%。", [("5%", 5.0, "%")]),
        ("水溫達85度。", [("85度", 85.0, "度")]),
        ("水溫達85°C。", [("85°C", 85.0, "°C")]),
    ],
)
def test_names_that_begin_with_a_digit(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = [(q.text, q.value, q.unit) for q in quantities(text)]
    assert got == expected
    folded = fold_width(text)
    assert all(not cuts_number(folded, q.span.start, q.span.end) for q in quantities(text))


# ------------------------------------------------------------- quant24: Hong Kong market news
# Read on unseen Hong Kong financial news (index levels, dividends in cents, stories of two
# places in one feed); each case is a general rule, not a sentence of the texts.

QUANT24_CASES = [
    # a level or a move of the index after a word of the market's report (低見, 觸及, 升穿,
    # 重上, 報), a bound between the move and the number (升逾, 跌約, 升近)
    (
        "恒指一度跌逾580點，低見24186點，收報24219點。",
        [("逾580點", 580.0, "點", "gt"), ("24186點", 24186.0, "點", "eq"),
         ("24219點", 24219.0, "點", "eq")],
    ),
    (
        "日經指數曾升至37841點，升逾160點，其後跌約460點，觸及37381點。",
        [("37841點", 37841.0, "點", "eq"), ("逾160點", 160.0, "點", "gt"),
         ("約460點", 460.0, "點", "approx"), ("37381點", 37381.0, "點", "eq")],
    ),
    (
        "港股重上24000點，升穿24700點。",
        [("24000點", 24000.0, "點", "eq"), ("24700點", 24700.0, "點", "eq")],
    ),
    ("明天下午3點見，會上提出3點建議。", [("3點", 3.0, "點", "eq")]),
    # a currency word right after 元 closes that amount, it opens no new one
    ("人民銀行進行935億元人民幣7日期逆回購操作。", [("935億元人民幣", 93.5e9, "CNY", "eq")]),
    # trips counted by vehicle
    (
        "查驗交通運輸工具849萬5千架次，車流555萬輛次。",
        [("849萬5千架次", 8495000.0, "架次", "eq"), ("555萬輛次", 5550000.0, "輛次", "eq")],
    ),
    # a dividend per share in cents of the 元, and in 港仙
    (
        "末期息每股15.62分人民幣，全年派息40.43分。",
        [("15.62分人民幣", 0.1562, "CNY", "eq"), ("40.43分", 0.4043, "CNY", "eq")],
    ),
    ("特步派末期息每股9.5港仙。", [("9.5港仙", 0.095, "HKD", "eq")]),
    ("考試得了76分。", []),
    # the shares a payout is told per are no count
    ("工商銀行每10股派末期息1.646元人民幣。", [("1.646元人民幣", 1.646, "CNY", "eq")]),
    # a comparison with a month's figure does not bound the number; 多過 compares
    (
        "職位空缺增至774萬個，多過去年12月的750.8萬個。",
        [("774萬個", 7.74e6, "個", "eq"), ("750.8萬個", 7.508e6, "個", "eq")],
    ),
    ("份額升至4.33%，高於1月的3.79%。", [("4.33%", 4.33, "%", "eq"), ("3.79%", 3.79, "%", "eq")]),
    ("職位空缺增至774萬個多過預期。", [("774萬個", 7.74e6, "個", "eq")]),
    # 差 opens no unit (差過預期: worse than)
    ("製造業指數跌至50.3差過預期。", []),
    # a streak of trading days; 4日 alone stays a day of the month
    ("韓股高收0.32%，連升4日。", [("0.32%", 0.32, "%", "eq"), ("4日", 4.0, "日", "eq")]),
    ("港股結束5日跌勢。", [("5日", 5.0, "日", "eq")]),
    ("公司於3日公告營收。", []),
    # half of one 成
    ("科指升近半成。", [("近半成", 5.0, "%", "approx")]),
    ("半成品庫存增加。", []),
    # a streak counted; talents counted after a magnitude (not 5人才能, "only then")
    ("該股2連板，港股結束4連升。", [("2連板", 2.0, "連板", "eq"), ("4連升", 4.0, "連升", "eq")]),
    ("吸引60 多萬人才落戶。", [("60 多萬人才", 600000.0, "人", "gt")]),
    ("需要5人才能完成。", []),
    # a dash run of codes before a code's unit is no amount; a count's range is
    ("本次集採覆蓋1-9 區。", []),
    ("全國設3至5個區。", [("3至5個", 3.0, "個", "eq"), ("5個", 5.0, "個", "eq")]),
    # the one unit an exchange rate is told against is no amount
    ("在岸人民幣收報7.252兌1美元，跌31點子。", [("31點子", 31.0, "點子", "eq")]),
    ("公司以1美元收購該部門。", [("1美元", 1.0, "USD", "eq")]),
    # a deck's column note: a money word with a magnitude and no digit closing a bracket
    # declares the unit of the figures around it (the TSMC deck's 新台幣十億元)
    ("營業收入淨額 (美金十億元) 33.73 32.2-33.4", []),
    ("(除另予註明者外，金額為新台幣十億元) 業績展望", []),
    ("公司擬募資(約新台幣十億元)。", [("約新台幣十億元", 1e9, "TWD", "approx")]),
    ("投資金額（新台幣5億元）。", [("新台幣5億元", 5e8, "TWD", "eq")]),
    # a price told by its floor with no money word
    ("新機定價4499起，首批售罄。", [("4499起", 4499.0, "TWD", "gte")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANT24_CASES, ids=[c[0] for c in QUANT24_CASES])
def test_quant24_hong_kong_market_news(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


QUANT24_STORIES = [
    # a Hong Kong market line in a feed read as the mainland's writes plain 元 in HKD
    (
        "人民銀行進行935億元人民幣逆回購操作，國務院公布數據。\n港股收市報23782點，恒指跌1點，主板成交額逾3070億元。",
        [("935億元人民幣", "CNY"), ("23782點", "點"), ("1點", "點"), ("逾3070億元", "HKD")],
    ),
    # a line that names its 元 on an amount writes its later plain 元 in that money
    (
        "本港股市造好，恒指升595點。\n小米去年盈利236.6億元人民幣，經調整盈利272.3億元。",
        [("595點", "點"), ("236.6億元人民幣", "CNY"), ("272.3億元", "CNY")],
    ),
    # ... but a Taiwanese text names 人民幣 on each amount that is in it
    (
        "台灣廠商表示，陸子公司營收人民幣3億元，本業營收30億元。",
        [("人民幣3億元", "CNY"), ("30億元", "TWD")],
    ),
    # 按年 and 末期息 are Hong Kong's words: its plain 元 is HKD
    (
        "銀河娛樂去年盈利87.6億元，按年升約28%。派末期息每股0.5元。",
        [("87.6億元", "HKD"), ("約28%", "%"), ("0.5元", "HKD")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT24_STORIES, ids=[c[0][:20] for c in QUANT24_STORIES]
)
def test_quant24_each_story_its_own_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == expected


# ---- quant26 (issue 12): list members, money words, fractions of 元, windows of time
QUANT26_WORDS: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    # a list of index moves: later plain items share the index word before the first
    (
        "權重股分別拖低恒指19.6點、15點及11點。",
        [("19.6點", 19.6, "點", "eq"), ("15點", 15.0, "點", "eq"), ("11點", 11.0, "點", "eq")],
    ),
    ("會議訂於下午3點、5點及7點舉行。", []),
    # an earlier item writing the unit itself belongs to the list (its bare item shares it)
    (
        "四省產量分別占比55%、14%、11和9%。",
        [("55%", 55.0, "%", "eq"), ("14%", 14.0, "%", "eq"), ("11", 11.0, "%", "eq"),
         ("9%", 9.0, "%", "eq")],
    ),
    ("營收成長5%、獲利3和4%。", [("5%", 5.0, "%", "eq"), ("4%", 4.0, "%", "eq")]),
    # sales and trade values are money words for a bare 億 (a headline's 年升 after it)
    (
        "8月零售銷貨額達324億年升13.7%",
        [("324億", 3.24e10, "TWD", "eq"), ("13.7%", 13.7, "%", "eq")],
    ),
    ("機械出口值達26億，年增11%。", [("26億", 2.6e9, "TWD", "eq"), ("11%", 11.0, "%", "eq")]),
    ("出口值達324萬噸。", [("324萬噸", 3.24e6, "噸", "eq")]),
    # 百分之X至Y before a half-width comma is still a range
    (
        "盈餘提撥百分之四十至八十,如以上限計算",
        [("百分之四十至八十", 40.0, "%", "eq"), ("八十", 80.0, "%", "eq")],
    ),
    # a dime after a written currency keeps its scale
    ("股利金額未滿新台幣一角者不分配。", [("未滿新台幣一角", 0.1, "TWD", "lt")]),
    ("每股配發人民幣5角。", [("人民幣5角", 0.5, "CNY", "eq")]),
    # the first N months of the year so far (首 as 前) are a period, not a length
    ("今年首10個月合計的銷貨價值上升1.2%。", [("1.2%", 1.2, "%", "eq")]),
    ("以龍頭為首3個月內完成。", [("3個月", 3.0, "個月", "eq")]),
    # windows ahead and behind are lengths (未來5年 is); half a year ago is a point in time
    ("廠商對未來半年景氣看法保守。", [("半年", 0.5, "年", "eq")]),
    ("企業表示未來一年擴大投資。", [("一年", 1.0, "年", "eq")]),
    ("過去一個月股價回檔。", [("一個月", 1.0, "個月", "eq")]),
    ("比例較半年前的調查增加8個百分點。", [("8個百分點", 8.0, "pp", "eq")]),
    ("預計半年內完成。", [("半年", 0.5, "年", "eq")]),
    ("此項工程歷時近半年才完成。", [("近半年", 0.5, "年", "approx")]),
    ("計畫為期半年。", [("半年", 0.5, "年", "eq")]),
    # 今明兩年 names two years, not a length of two
    (
        "法人預估今明兩年營收增速3.2%/4.1%，維持買進。",
        [("3.2%", 3.2, "%", "eq"), ("4.1%", 4.1, "%", "eq")],
    ),
    # short years: a broker's span of four years, a base year after a comparison word
    ("公司20-23年營收持續成長。", []),
    ("營收較20年成長5%。", [("5%", 5.0, "%", "eq")]),
    (
        "滲透率從21年的18%提升至23年的35%。",
        [("18%", 18.0, "%", "eq"), ("35%", 35.0, "%", "eq")],
    ),
    (
        "從20年的經驗來看，公司成立30年的分店有10家。",
        [("20年", 20.0, "年", "eq"), ("30年", 30.0, "年", "eq"), ("10家", 10.0, "家", "eq")],
    ),
    ("設備使用壽命15-18年。", [("15-18年", 15.0, "年", "eq"), ("18年", 18.0, "年", "eq")]),
    ("主管任期長達17-20年。", [("17-20年", 17.0, "年", "eq"), ("20年", 20.0, "年", "eq")]),
    # a tens digit in one character starts a number: an ordinal's 六 is inside 卄六
    ("依公司章程第卄六條規定辦理。", []),
    ("章程共有廿六條規定。", [("廿六條", 26.0, "條", "eq")]),
    # a slash list whose items each write a Latin unit
    (
        "毛利率分別提升1.2pct/0.8pct，優於預期。",
        [("1.2pct", 1.2, "pp", "eq"), ("0.8pct", 0.8, "pp", "eq")],
    ),
    ("新機支援Wi-Fi 7/5G連網。", []),
    # the mainland's statistics bureau and a mainland broker's words name its plain 元
    (
        "國家統計局公布，1-10月規模以上工業企業利潤總額5.9萬億元。",
        [("5.9萬億元", 5.9e12, "CNY", "eq")],
    ),
    (
        "預計公司明年歸母淨利潤為73.56億元，對應PE為17.0倍。",
        [("73.56億元", 7.356e9, "CNY", "eq"), ("17.0倍", 17.0, "倍", "eq")],
    ),
    ("主計總處公布，GDP達24兆元。", [("24兆元", 2.4e13, "TWD", "eq")]),
    # Chinese numerals with decimals, as a newspaper prints them
    (
        "營收達三○二點四億美元、季增百分之十八點五，市占達百分之七十點二。",
        [
            ("三○二點四億美元", 3.024e10, "USD", "eq"),
            ("百分之十八點五", 18.5, "%", "eq"),
            ("百分之七十點二", 70.2, "%", "eq"),
        ],
    ),
    (
        "外銷訂單六六六六．五億美元，年減○．五％。",
        [("六六六六．五億美元", 6.6665e11, "USD", "eq"), ("○．五％", 0.5, "%", "eq")],
    ),
    ("○○公司營收成長。", []),
    # places held in turn are ranks, not counts
    ("民生工業及金屬機電則分居三、四位，成長率皆不及2%。", [("不及2%", 2.0, "%", "lt")]),
    # an index move bounded from above (升不足150點: under 150 points)
    (
        "恒指午後升幅收窄，一度升不足150點。",
        [("不足150點", 150.0, "點", "lt")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT26_WORDS, ids=[c[0][:20] for c in QUANT26_WORDS]
)
def test_quant26_lists_money_words_and_windows(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected
# ---- links30 (issue 12): a digest's items are sentences of their own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlook item closed by its source marks governs not the reported item after it
        (
            "甲公司點評\n乙證券· 2025-10-31 21:22\n\n核心觀點 - 預計2025-2027年淨利潤分別為"
            "73億元、95億元、119億元 [7] - 2025年前三季度實現營收781億元,同比增長11% [7]\n",
            [(2025, True), (2026, True), (2027, True), (2025, False), (2025, False)],
        ),
        # a label set off by a spaced dash (財務表現與預測 - …) is no cue of the item after it
        (
            "甲公司點評\n乙證券· 2025-10-31 21:22\n\n財務表現與預測 - 2025年前三季度實現營收"
            "781億元 [7] 盈利預測 - 預計2026年營收900億元 [4]\n",
            [(2025, False), (2026, True)],
        ),
        # 目標價 in the item before, a quarter's reported figures after it
        (
            "甲公司點評\n乙證券· 2025-10-31 21:22\n\n投資評級 - 報告給出的目標價為10港元 [1] "
            "2025年第三季度核心財務表現 - 2025年前三季度,公司營業總收入46.91億美元 [1]\n",
            [(None, True), (2025, False)],
        ),
    ],
)
def test_digest_items_end_at_source_marks_and_label_dashes(
    tmp_path: Path, text: str, expected: list[tuple[int | None, bool]]
) -> None:
    assert digest_body_links(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week a weekly reports runs on through its paragraph, as a written date does
        (
            "本週全體上市股票成交金額為2兆1588億元，週轉率2.45%。成交金額前3名產業為半導體類，"
            "成交金額7874.04億元，占比36.47%。",
            [2025, 2025, 2025, 2025],
        ),
        (
            "上週台股加權指數上漲939點。電子類指數上漲6.87%，占比45.15%。",
            [2025, 2025, 2025],
        ),
        # … not past a written date, and the vague present carries no further than it did
        (
            "本週成交金額為2兆元。2024年全年成交金額為92兆元，日均成交金額4102億元。",
            [2025, 2024, 2024],
        ),
        ("目前市占率約15%。成交金額前3名產業為半導體類，占比36.47%。", [2025, None]),
    ],
)
def test_a_weeklys_reported_week_runs_through_its_paragraph(
    text: str, expected: list[int | None]
) -> None:
    doc = make_doc(text, published="2025-12-05")
    dates, _ = extract_dates(doc)
    qs = [q for q in extract_quantities(doc, dates, subjects=False) if q.kind != "count"]
    assert [q.year for q in qs] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a paragraph that breaks the one before down by segment takes its period
        (
            "2024年全年營收51.3億元，同比+2.9%。\n分產品來看，模製瓶營收同比+3.9%，毛利率43.3%。",
            "2025-05-12",
            [2024, 2024, 2024, 2024],
        ),
        (
            "公司2014年上半年實現營業收入2.6億元。\n分業務看，汙水處理收入1.1億元，同比增加15.8%。",
            "2014-08-15",
            [2014, 2014, 2014],
        ),
        # … not a paragraph that opens with another word
        (
            "2024年全年營收51.3億元。\n模製瓶營收同比+3.9%。",
            "2025-05-12",
            [2024, None],
        ),
    ],
)
def test_a_breakdown_by_segment_continues_the_paragraph_before(
    text: str, published: str, expected: list[int | None]
) -> None:
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    qs = extract_quantities(doc, dates, subjects=False)
    assert [q.year for q in qs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base's high or low before its value: the value is of the base's year
        ("超配比例回落至3.2%，較2019年高峰的11%大幅回落。", [2025, 2019]),
        ("比起2022年的高點0.279元，今年股利0.2元。", [2022, 2025]),
        # … not a change from the base
        ("營收較2019年高出11%。", [2025]),
    ],
)
def test_a_bases_high_before_its_value(text: str, expected: list[int | None]) -> None:
    assert years_of(text, "2025-08-28") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list over years after the text's own projects them, with no cue written
        (
            "2025 - 2027年營業總收入同比增速分別為3.9%/5.1%/3.2%。",
            [(2025, True), (2026, True), (2027, True)],
        ),
        # … a list over years already past reports them
        (
            "2021 - 2023年營收分別為100億元、120億元、150億元。",
            [(2021, False), (2022, False), (2023, False)],
        ),
    ],
)
def test_a_list_over_years_after_the_texts_own_is_projected(
    text: str, expected: list[tuple[int | None, bool]]
) -> None:
    assert links_of(text, "2024-11-10") == expected


# ---- links31 (issue 12): valuation lists, forecast marks and months still to come
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a valuation list after a projected list takes its years and its outlook (對應)
        (
            "甲公司點評\n乙證券· 2025-05-12 10:28\n\n盈利預測 - 調整後2025-2027年營收預測為"
            "54.5億、56.7億、58.8億 [4] - 當前股價對應PE為14倍、13倍、12倍 [4]\n",
            [(2025, True), (2026, True), (2027, True), (2025, True), (2026, True), (2027, True)],
        ),
        (
            "甲公司點評\n乙證券· 2025-10-31 21:22\n\n預計公司2025-2027年EPS分別為0.28元、0.49元、"
            "0.69元 [7] - 對應PE為40倍/23倍/16倍 [7]\n",
            [(2025, True), (2026, True), (2027, True), (2025, True), (2026, True), (2027, True)],
        ),
        # … not when the count of values differs, nor without a word of correspondence
        (
            "甲公司點評\n乙證券· 2025-05-12 10:28\n\n盈利預測 - 2025-2027年營收預測為"
            "54.5億、56.7億、58.8億 [4] - 當前股價對應PE為14倍、13倍 [4]\n",
            [(2025, True), (2026, True), (2027, True), (2025, False), (2025, False)],
        ),
        # a forecast mark in brackets projects the number before it, and no number after
        (
            "甲公司點評\n乙證券· 2025-09-18 08:16\n\n市場表現 - 當前市盈率34.67倍(2025年預測) "
            "市淨率4.6倍 [4]\n",
            [(2025, True), (2025, False)],
        ),
        # a base's year in brackets frames no half-year of the next item
        (
            "甲公司點評\n乙證券· 2025-09-05 13:35\n\n核心觀點 - 毛利率達24.84%(較2024年底上升6.27個"
            "百分點) [7] - 上半年研發費用4796萬元(同比上升2.46%) [1]\n",
            [(2025, False), (2025, False), (2025, False), (2025, False)],
        ),
        (
            "甲公司點評\n乙證券· 2025-09-18 08:16\n\n市場表現 - 當前市盈率30倍(2025E)，"
            "股息率2.1% [4]\n",
            [(2025, True), (2025, False)],
        ),
    ],
)
def test_valuation_lists_and_forecast_marks_in_digests(
    tmp_path: Path, text: str, expected: list[tuple[int | None, bool]]
) -> None:
    assert digest_body_links(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month of the text's year still to come holds what is projected, cue or not
        ("今年11月起每人要普發現金1萬元，預算約2360億元。", "2025-09-20", [True, True]),
        # a month gone by is reported
        ("今年8月起每人普發現金1萬元，預算約2360億元。", "2025-09-20", [False, False]),
        # a text dated by its year alone tells no month to come
        ("今年11月起每人要普發現金1萬元。", "2025", [False]),
    ],
)
def test_a_month_after_the_texts_own_is_projected(
    text: str, published: str, expected: list[bool]
) -> None:
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    qs = extract_quantities(doc, dates, subjects=False)
    assert [q.is_forecast for q in qs] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a term that ends later this year dates the balance owed now, not an outlook
        ("擔保借款之到期日為2024年12月，期末餘額109,170千元。", "2024-05-10", [False]),
        ("該筆借款今年12月到期，餘額3億元。", "2024-05-10", [False]),
    ],
)
def test_a_term_ending_later_this_year_is_no_outlook(
    text: str, published: str, expected: list[bool]
) -> None:
    doc = make_doc(text, published=published)
    dates, _ = extract_dates(doc)
    qs = extract_quantities(doc, dates, subjects=False)
    assert [q.is_forecast for q in qs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of the period the text reports is its present
        ("截至本報告期末，公司擁有員工1200人，分支機構300家。", [2025, 2025]),
        ("報告期末淨資本828億元，風險覆蓋率241.72%。", [2025, 2025]),
        # … not past a year written after it
        ("截至本報告期末，員工1200人；2023年末員工為1100人。", [2025, 2023]),
    ],
)
def test_the_end_of_the_reported_period_is_the_present(
    text: str, expected: list[int | None]
) -> None:
    doc = make_doc(text, published="2025-08-30")
    dates, _ = extract_dates(doc)
    qs = extract_quantities(doc, dates, subjects=False)
    assert [q.year for q in qs] == expected


# Round links33 (industry reviews): in a text of no date of its own, an estimate (估計, 推估)
# of a year before the one the text establishes reckons the past, no outlook; a projecting
# cue beside it still makes one. 料 after its subject is the verb "expected".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2017年物業管理行業調研報告\n據協會估計，截至2014年底，管理面積已達160億平方米，"
            "同期行業收入超過3,500億元。",
            [False, False],
        ),
        ("2024年電動運具報告出爐。IEA推估，全球2022年購置電動運具的金額超過4,250億美元。", [False]),
        # the year just ended may still be estimated (early in the next, as estimate_season)
        ("2021年經濟展望報告。IMF估計2020年全球經濟成長率為 -3.5%。", [True]),
        ("2017年物業管理行業調研報告\n協會預計，2016年房屋竣工面積有望增長10%。", [True]),
        ("2017年IC設計產值料較2016年下滑5.8%。", [True]),
        ("明年營收料將成長 12%。", [True]),
        ("原料較去年增加 5%。", [False]),
        ("資料顯示營收成長 5%。", [False]),
    ],
)
def test_links33_past_estimates_and_expected_verb(text: str, expected: list[bool]) -> None:
    doc = make_doc(text)
    dates, _ = extract_dates(doc)
    qs = extract_quantities(doc, dates, subjects=False)
    assert [q.is_forecast for q in qs] == expected


# Round links33: a count this large (出貨約167萬台, 銷量1,700萬輛) is a volume measured over a
# period, as an amount is: it continues the period of the sentence before (其中…); a small
# count (3家客戶) names things and takes no period from another sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年伺服器出貨年增2.1%。其中AI伺服器出貨約167萬台，占比12.2%。", [2024, 2024, 2024]),
        ("2024年營收年增10%。其中新增客戶3家。", [2024, None]),
        # … nor a plan's year: what exists now
        ("2027年可望達70萬台。然而，約14.6萬家工廠規模偏小。", [2027, None]),
    ],
)
def test_links33_volume_counts_continue_a_period(text: str, expected: list[int | None]) -> None:
    doc = make_doc(text)
    dates, _ = extract_dates(doc)
    assert [q.year for q in extract_quantities(doc, dates, subjects=False)] == expected


# Round quant27: a currency word is read whole, not cut to a measure word — Hong Kong writes
# 人民幣 as 人幣 (不超過9億人幣 is CNY, not 9億 人); Singapore, Malaysian and New Zealand money
# as Hong Kong and mainland news name them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司擬發行不超過9億人幣的債券。", [(900000000, "CNY", "money")]),
        ("投資9億元人幣興建新廠。", [(900000000, "CNY", "money")]),
        ("募集人幣5億元。", [(500000000, "CNY", "money")]),
        ("集團以約3億星元收購物業。", [(300000000, "SGD", "money")]),
        ("當地投資5億馬幣。", [(500000000, "MYR", "money")]),
        ("發行3億令吉債券。", [(300000000, "MYR", "money")]),
        ("出售資產作價8億紐元。", [(800000000, "NZD", "money")]),
        ("募資12億港幣。", [(1200000000, "HKD", "money")]),
        ("募資5億港圓。", [(500000000, "HKD", "money")]),
        ("當地投資5億元馬幣。", [(500000000, "MYR", "money")]),
        ("出售資產作價10億元紐幣。", [(1000000000, "NZD", "money")]),
        # a count of people stays one
        ("用戶共有9億人。", [(900000000, "人", "count")]),
    ],
)
def test_quant27_currency_words_read_whole(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.kind) for q in find_quantities(text)] == expected


# Round quant27: 期 after a length names a tenor, part of an instrument's name (10年期公債,
# 3個月期國庫券, 30天期商業本票): no quantity of years; 五年期間, 三年期限 stay lengths.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美國10年期公債殖利率升至4.5%。", [(4.5, "%")]),
        ("公司發行5年期無擔保公司債。", []),
        ("十年期美債殖利率走高。", []),
        ("3個月期國庫券利率下滑。", []),
        ("30天期商業本票利率持平。", []),
        ("五年期間營收成長。", [(5, "年")]),
        ("合約三年期限屆滿。", [(3, "年")]),
        ("3個月期間完成交貨。", [(3, "個月")]),
        ("租賃期限為5年。", [(5, "年")]),
    ],
)
def test_quant27_tenors_are_no_lengths(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant27: two neighbouring Chinese digits before a position word that counts the noun
# written after it (三、四位董事, 兩、三名員工) are a spoken range: both values; after a rank cue
# (分居三、四位) the pair names positions and stays out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("董事會新增三、四位董事。", [(3, "位"), (4, "位")]),
        ("公司裁減兩、三名員工。", [(2, "名"), (3, "名")]),
        ("股價下跌二、三成。", [(20, "%"), (30, "%")]),
        # the second digit with magnitudes after it scales the first alike
        ("約有二、三十家廠商參展。", [(20, "家"), (30, "家")]),
        ("損失達二、三億元。", [(200000000, "TWD"), (300000000, "TWD")]),
        ("約有五、六千人參加。", [(5000, "人"), (6000, "人")]),
        ("依第二、三十條規定辦理。", []),
        ("兩家公司市占率分居三、四位。", [(2, "家")]),
    ],
)
def test_quant27_spoken_pairs_of_counted_people(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant28: 碼, a quarter point of a policy or lending rate, counts after a word of a
# rate (降息一碼, 升息半碼, 重貼現率調升1碼, 降息一碼半); a code's digits (條碼3碼) and the idiom
# 兩碼事 are no rate.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聯準會宣布降息一碼。", [(1, "碼")]),
        ("央行升息半碼。", [(0.5, "碼")]),
        ("房貸利率調升半碼。", [(0.5, "碼")]),
        ("重貼現率調升1碼。", [(1, "碼")]),
        ("市場預期降息兩碼。", [(2, "碼")]),
        ("累計降息一碼半。", [(1.5, "碼")]),
        ("商品條碼共3碼。", []),
        ("這是兩碼事。", []),
    ],
)
def test_quant28_quarter_points_of_a_rate(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant28: an index level or move written as a plain number with no unit (PMI報49.1,
# 採購經理指數跌至49，, 按月升1.8、, 收報19,230。) is in 點 when a word of the index stands
# before it in its sentence and the number ends its clause; a rate, price or amount word
# between (年增率升至2.1, 營收升至52.1) or a unit after it keeps it out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中國1月製造業PMI報49.1 跌穿50", [(49.1, "點"), (50, "點")]),
        ("6月製造業PMI為50.3，較上月上升。", [(50.3, "點")]),
        (
            "官方製造業採購經理指數跌至49，低於市場預期的49.2。",
            [(49, "點"), (49.2, "點")],
        ),
        ("服務業採購經理指數上月升至56.7，按月升4.4。", [(56.7, "點"), (4.4, "點")]),
        ("恒生指數收報19,230。", [(19230, "點")]),
        ("台股終場收在23,456.78，成交量放大。", [(23456.78, "點")]),
        ("消費者物價指數年增率升至2.1，創新高。", []),
        ("台股大漲，公司營收升至52.1，", []),
        ("製造業PMI為49.1%。", [(49.1, "%")]),
        ("製造業PMI報49.4點。", [(49.4, "點")]),
    ],
)
def test_quant28_bare_index_levels(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant28: a spoken pair inside a line whose first digit is 一 (一、兩年, masked as a
# list head in the scan view) and the pair 三、五 said as a range though no neighbours
# (三、五年, 三、五家) are two values; a list head at a line's start (一、兩岸關係), a
# three-item list (三、五、七年) and a rank after 第 stay out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新廠預計一、兩年內完工。", [(1, "年"), (2, "年")]),
        ("投資預計三、五年後回收。", [(3, "年"), (5, "年")]),
        ("每年新增三、五家客戶。", [(3, "家"), (5, "家")]),
        ("營收約一、兩成來自海外。", [(10, "%"), (20, "%")]),
        ("一、兩岸關係\n二、市場展望", []),
        ("分三、五、七年攤提。", [(7, "年")]),
        ("兩家公司分居第三、五名。", [(2, "家")]),
    ],
)
def test_quant28_spoken_pairs_with_one_and_far_pairs(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant28: a fraction written before a rate's unit (Hong Kong's 減息四分一厘, 下調最優惠
# 利率八分一厘, 四分之一厘, 四分三厘) is that part of the unit (0.25 厘 = 0.25 %), not the part
# alone; a plain rate in 厘 stays as written.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聯儲局減息四分一厘。", [("四分一厘", 0.25, "%")]),
        ("三大發鈔行下調最優惠利率八分一厘，", [("八分一厘", 0.125, "%")]),
        ("美國減息四分之一厘。", [("四分之一厘", 0.25, "%")]),
        ("央行加息四分三厘。", [("四分三厘", 0.75, "%")]),
        ("下調最優惠利率0.125厘。", [("0.125厘", 0.125, "%")]),
        ("年息三厘。", [("三厘", 3, "%")]),
    ],
)
def test_quant28_fractions_of_a_rate_unit(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant29: decimal points of other regions' copy: the small full stop ﹒ (U+FE52) and
# the full-width ．fold to "." one character for one, so the whole number is read and the
# span is exact in the original (682﹒76億元, not 76億元).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年營收682﹒76億元。", [("682﹒76億元", 68276000000.0, "TWD")]),
        ("全年營收682．76億元。", [("682．76億元", 68276000000.0, "TWD")]),
        ("毛利率升至35﹒2%。", [("35﹒2%", 35.2, "%")]),
        ("通脹率為2﹒5巴仙。", [("2﹒5巴仙", 2.5, "%")]),
        # the small hyphen-minus (U+FE63) is a minus sign likewise
        ("外銷訂單年增率為﹣4.4%。", [("﹣4.4%", -4.4, "%")]),
    ],
)
def test_quant29_small_and_wide_decimal_points(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)] == expected


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=99999),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["﹒", "．", "."]),
    st.sampled_from(["億元", "%", "萬美元", "巴仙"]),
)
def test_quant29_a_number_with_any_decimal_point_is_read_whole(
    whole: int, frac: int, dot: str, unit: str
) -> None:
    """The fold keeps offsets, so the quantity span is the number and its unit exactly."""
    number = f"{whole}{dot}{frac:02d}"
    text = f"公司表示，數字為{number}{unit}。"
    folded = fold_width(text)
    assert len(folded) == len(text)
    got = find_quantities(text)
    assert [text[q.start : q.end] for q in got] == [number + unit]
    assert not cuts_number(folded, got[0].start, got[0].end)


# Round quant29: Singapore and Malaysia write per cent 巴仙 and the percentage point 個巴仙點
# (增長17.2巴仙, 上升0.5個巴仙點), and Hong Kong half a 厘 of interest 半厘 after a word of a
# rate's move; 半厘米 is half a centimetre.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第三季經濟按年增長17.2巴仙。", [("17.2巴仙", 17.2, "%")]),
        ("通脹率為3巴仙", [("3巴仙", 3.0, "%")]),
        ("利率上升0.5個巴仙點。", [("0.5個巴仙點", 0.5, "pp")]),
        ("失業率跌至2.5巴仙點", [("2.5巴仙點", 2.5, "pp")]),
        ("央行上調兩個巴仙點", [("兩個巴仙點", 2.0, "pp")]),
        ("聯儲局減息半厘。", [("半厘", 0.5, "%")]),
        ("按息加半厘，", [("半厘", 0.5, "%")]),
        ("葉片長半厘米", []),
    ],
)
def test_quant29_percent_words_of_singapore_and_hong_kong(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant29: a bare level of an index with a bound and no move word (PMI在50以下, 製造業
# PMI處於50之上, 服務業PMI低於50，, 指數高於50代表擴張) is in 點 as a moved level is; a month
# or a day after 在 (指數在3月回落, 台股在10日上漲) is no level.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("製造業PMI連續兩個月在50以下。", [(2, "個月", "eq"), (50, "點", "lte")]),
        ("PMI處於50之上", [(50, "點", "gt")]),
        ("服務業PMI低於50，", [(50, "點", "lt")]),
        ("PMI在50.1，", [(50.1, "點", "eq")]),
        ("指數高於50代表製造業擴張", [(50, "點", "gt")]),
        ("指數低於50表示萎縮", [(50, "點", "lt")]),
        ("指數在3月回落。", []),
        ("台股在10日上漲", []),
        ("營收在50以上", []),
    ],
)
def test_quant29_bare_index_levels_with_a_bound(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant30: a level read after the month it belongs to (從8月份的52.6, 至9月份的52.4),
# the next number joined to a move and its number (下跌4.3至57.8, 續跌8.8與5.9), a level
# above or below (50上方: gt), and 則 "then" before a verb of meaning (低於50則意味著) is
# no measure word; 1至3月 or 去年至今 after an index word are no levels.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PMI從8月份的52.6下滑0.2個百分點至9月份的52.4，",
            [(52.6, "點", "eq"), (0.2, "pp", "eq"), (52.4, "點", "eq")],
        ),
        ("製造業採購經理人指數下跌4.3至57.8，", [(4.3, "點", "eq"), (57.8, "點", "eq")]),
        ("生產指數分別續跌8.8與5.9，", [(8.8, "點", "eq"), (5.9, "點", "eq")]),
        ("NMI指數微升0.6至57.3，", [(0.6, "點", "eq"), (57.3, "點", "eq")]),
        ("指數由3月的50.1回升", [(50.1, "點", "eq")]),
        ("指數在50上方，", [(50, "點", "gt")]),
        ("指數跌至1萬點下方，", [(10000, "點", "lt")]),
        ("PMI低於50則意味著經濟萎縮。", [(50, "點", "lt")]),
        ("指數高於50則代表擴張。", [(50, "點", "gt")]),
        ("平台共有3則新聞。", [(3, "則", "eq")]),
        ("指數從1至3月持續下滑", []),
        ("台股從去年至今上漲", []),
        ("PMI未來六個月展望指數續跌5.8至55.5，", [(5.8, "點", "eq"), (55.5, "點", "eq")]),
        ("未來6個月景氣看法指數為63.2%，", [(63.2, "%", "eq")]),
        ("未來六個月營收可望成長。", [(6, "個月", "eq")]),
    ],
)
def test_quant30_index_levels_after_a_month_a_move_or_a_bound(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant30: an industry's reading of the index written right after its name in a list
# (電子暨光學產業60.4、交通工具產業59.5; 運輸倉儲業63.0與零售業55.0) is a level in 點 when an
# index word stands before it in its sentence; names with a version (工業4.0) and numbers
# that read as no diffusion index (金融業6) stay out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9月PMI五大產業擴張，依序為電子暨光學產業60.4、交通工具產業59.5。",
            [(60.4, "點"), (59.5, "點")],
        ),
        (
            "NMI各產業依擴張速度排序為運輸倉儲業63.0、批發業54.3與零售業52.9，",
            [(63.0, "點"), (54.3, "點"), (52.9, "點")],
        ),
        (
            "PMI六大產業中，依序為電子暨光學產業60.4。化學暨生技醫療產業49.5，則轉為緊縮。",
            [(60.4, "點"), (49.5, "點")],
        ),
        ("PMI上升。營收持平。半導體業52.5，", []),
        ("指數回升，推動工業4.0，", []),
        ("加權指數上漲，金融業6，", []),
        ("電子業營收成長，半導體業12.5，", []),
    ],
)
def test_quant30_industry_readings_of_an_index(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant31: a 元 amount followed straight by its change (營收36.5億元年減15.3%) or by the
# noun it pays for (認列6億元組織重整費用, 20億元首次募集) is money, where 元年, 元月, 元組,
# 元首 stay blocked as words of their own (AI元年, 三元組, 國家元首).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("累計前三季營收 36.5 億元年減 15.3%", [(3650000000, "TWD"), (15.3, "%")]),
        ("5月營收3800萬元年增28%，", [(38000000, "TWD"), (28, "%")]),
        ("單月營收52億元月增3%", [(5200000000, "TWD"), (3, "%")]),
        ("每股賺3.2元年成長50%", [(3.2, "TWD"), (50, "%")]),
        ("公司將認列6億元組織重整費用", [(600000000, "TWD")]),
        ("基金均達到20億元首次募集規模上限", [(2000000000, "TWD")]),
        ("今年是AI元年", []),
        ("三元組與一元化", []),
        ("採購10萬元件", []),
    ],
)
def test_quant31_yuan_before_its_move_or_its_noun(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant31: the mainland centimetre (釐米, 厘米) is a measure word; a bare large amount
# after a reserve or an average pay (現金儲備約3283億, 均薪5萬) is money, as after the other
# money words of bare_money.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("最薄可至0.005釐米", [(0.005, "釐米", "eq")]),
        ("長約30厘米", [(30, "厘米", "approx")]),
        ("阿里現金儲備約3283億，較去年底回落", [(328300000000, "TWD", "approx")]),
        ("本國勞工均薪5萬", [(50000, "TWD", "eq")]),
        ("外匯儲備達5,000億美元", [(500000000000, "USD", "eq")]),
        ("員工總數突破90萬", []),
    ],
)
def test_quant31_centimetres_and_reserve_and_pay_amounts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant34: a bare large amount after a budget's spending (經常開支可減39億) or a
# headline's 斥 (TCL科技斥近5億) is money, as after the other money words of bare_money;
# a count stays a count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政府料經常開支可減39億", [(3900000000, "TWD", "eq")]),
        ("科技公司斥近5億鞏固供應鏈", [(500000000, "TWD", "approx")]),
        ("充斥各地的遊客超過90萬人次", [(900000, "人次", "gt")]),
        ("開支縮減後用戶人數突破90萬", [(900000, "人", "gt")]),
    ],
)
def test_quant34_spending_amounts(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant34: a count of articles in Chinese numerals that closes a short quotation is a
# policy's name (新“國九條”, "十二條"措施, “科創板八條”); Arabic digits, a count inside a longer
# quotation and a quoted remark ending in another count stay counts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("作為新“國九條”以來首條重要寬基指數", []),
        ('上海市釋出"十二條"措施', []),
        ("《意見》(「併購六條」)明確支持", []),
        ("建議聚焦紅利與出海兩條主線", [(2, "條", "eq")]),
        ("他說“我們有三條路”", [(3, "條", "eq")]),
        ("提供原生“20條”通道", [(20, "條", "eq")]),
        ("他說：「我們只有兩家」。", [(2, "家", "eq")]),
    ],
)
def test_quant34_quoted_policy_names(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant34: trains run are counted in 列 (加開旅客列車896列), containers in 標箱 (TEU);
# 列入, 列為, 列車 are no count of trains.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("計劃加開旅客列車896列。", [(896, "列", "eq")]),
        (
            "中歐班列開行數量突破1600列，傳送貨物139.9萬標箱",
            [(1600, "列", "gt"), (1399000, "標箱", "eq")],
        ),
        ("排名第3列為重點", []),
        ("共有3列車停駛", []),
        ("將2025列入計畫", []),
    ],
)
def test_quant34_trains_and_containers(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant31: a count word whose last character is its measure word (人數, 人次, 戶數)
# counts a bare large number right after it (就業人數24.6萬 is 246,000 人; 出入境人次1億6300萬
# in 人次), a verb of reaching or a bound allowed between; 玩家數 and 個人數位 are no such
# words, and a money word's bare amount stays money.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1月新增就業人數24.6萬，遠高於預期。", [(246000, "人", "eq")]),
        ("新機預約人數已達625.9萬。", [(6259000, "人", "eq")]),
        ("預約人數已超300萬。", [(3000000, "人", "gt")]),
        ("首季口岸累計出入境人次1億6300萬，", [(163000000, "人次", "eq")]),
        ("全球Z世代人數約26億，", [(2600000000, "人", "approx")]),
        ("就業人數增加19.5萬", [(195000, "人", "eq")]),
        ("營收30億元，用戶人數2億", [(3000000000, "TWD", "eq"), (200000000, "人", "eq")]),
        ("線上玩家數達到將近236萬，", []),
        ("個人數位帳戶達300萬", []),
        ("用戶數達3000萬", []),
        ("參加人數達400人", [(400, "人", "eq")]),
    ],
)
def test_quant31_bare_counts_after_a_count_word(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant31: a bare number right after a comparison's 的 (較去年第四季的 22,204 下滑,
# 遠高於12月的15.1萬) is the base its sentence's earlier count is compared with, in that
# count's unit — only before a change word or the clause's end, never across a sentence,
# and not where the base leaves out the earlier number's magnitude (較上季的450 after 500萬台).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "交付量年減至 18,230 輛，較去年第四季的 22,204 下滑 17.9%。",
            [(18230, "輛"), (22204, "輛"), (17.9, "%")],
        ),
        ("新增就業人數24.6萬，遠高於12月的15.1萬。", [(246000, "人"), (151000, "人")]),
        ("出貨量為500萬台，較上季的450萬成長", [(5000000, "台"), (4500000, "台")]),
        ("出貨量為500萬台，較上季的450成長", [(5000000, "台")]),
        ("銷量達3,200輛。較去年的2,800成長", [(3200, "輛")]),
        ("毛利率為35%，高於上季的32", [(35, "%")]),
        ("營收達120億元，高於去年同期的100億", [(12000000000, "TWD"), (10000000000, "TWD")]),
    ],
)
def test_quant31_compared_base_takes_its_sentences_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# Round quant31: a bare large number, the noun it counts, then a count word (近668.5萬旅客
# 人次, 超過3875萬旅客人次) is that many of the count word; the noun alone still makes no
# amount (削減百萬產能), but a word of people counts them in 人 (quant41: 突破3000萬用戶).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("暑運期間共錄得近668.5萬旅客人次，", [(6685000, "人次", "approx")]),
        (
            "全年運載超過3875萬旅客人次、貨物9256萬噸",
            [(38750000, "人次", "gt"), (92560000, "噸", "eq")],
        ),
        ("景區接待300萬遊客人次", [(3000000, "人次", "eq")]),
        ("平台突破3000萬用戶", [(30000000, "人", "gt")]),
        ("削減百萬產能", []),
    ],
)
def test_quant31_counted_noun_then_its_count_word(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant31: 財政司 (Hong Kong's Financial Secretary) is a cue of a Hong Kong text, so a
# budget story's plain 元 is HKD where 節省's 省 alone would tip it to the mainland.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("財政司司長表示，各部門節省開支，經常開支按年可減39億元。", [(3900000000, "HKD")]),
        ("政府經常開支可減39億元。", [(3900000000, "TWD")]),
    ],
)
def test_quant31_financial_secretary_marks_a_hong_kong_text(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


# ---- quant32 (issue 12): which place a text's plain 元 is from — cues counted once each,
# not inside other words, weak ones at half weight
QUANT32_PLACES: list[tuple[str, list[tuple[str, str]]]] = [
    # a Taiwanese results story naming the mainland plant: 中國 is weak (Taiwanese writers
    # name the mainland so too), 大陸 speaks for Taiwan
    (
        "大陸上海廠區復工，國巨5月合併營收105.3億元。公司在中國的廠區持續生產，"
        "中國封城影響原物料。",
        [("105.3億元", "TWD")],
    ),
    # ... a text whose only cue is 中國 still reads as the mainland's
    ("中國債市本季發行利率債5.26億元。", [("5.26億元", "CNY")]),
    # 省 inside 節省 or 省錢 is no province
    (
        "法人指出，新封裝可節省傳輸距離、節省功耗、省錢又省電，投資金額57.7億元。",
        [("57.7億元", "TWD")],
    ),
    ("廣東省政府公布，全省旅遊收入達3億元。", [("3億元", "CNY")]),
    # 新臺幣 is one cue, not 新臺幣 and 臺幣 (a mainland digest quoting Taiwan's money)
    (
        "新臺幣走弱。A股滬指收漲，深交所公告，證監會表示成交額5000億元，同比增長。",
        [("5000億元", "CNY")],
    ),
    # FX news of the yuan (在岸人民幣) and a mainland company's name (美高梅中國) in a Hong
    # Kong feed: its plain 元 is HKD
    (
        "在岸人民幣收市創新低，在岸人民幣中間價跌，離岸人民幣亦跌。美高梅中國派末期息每股"
        "0.251元，按年升逾74%，港股造好。",
        [("0.251元", "HKD"), ("逾74%", "%")],
    ),
    # 人民幣 named on an amount is taken back like 港元: the writer names it because plain
    # 元 is another money (a Hong Kong feed quoting a mainland company's results)
    (
        "康師傅去年盈利37.3億元人民幣，末期息每股0.33元人民幣，特別息每股0.33元人民幣，"
        "中國業務穩定，中國市場增長。\n長和港口收入按年升11%至452.8億元。\n"
        "港股高開，恒生指數升，末期息增加。",
        [
            ("37.3億元人民幣", "CNY"),
            ("0.33元人民幣", "CNY"),
            ("0.33元人民幣", "CNY"),
            ("11%", "%"),
            ("452.8億元", "HKD"),
        ],
    ),
    # ... but names alone never hand a text to a place with fewer than min_cues of its own
    (
        "公司去年營收人民幣30億元，淨利潤人民幣5億元，同比增長8%，港股收報3元。",
        [("人民幣30億元", "CNY"), ("人民幣5億元", "CNY"), ("8%", "%"), ("3元", "CNY")],
    ),
    # a mainland text copied in simplified characters: its words count as well
    ("公司拟向证监会申请发行债券，发行规模不超过5亿元。", [("5亿元", "CNY")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT32_PLACES, ids=[c[0][:16] for c in QUANT32_PLACES]
)
def test_quant32_place_of_plain_yuan(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == expected


# --------------------------------------------------------------------------- quant33
# Forms read on a random sample of the pool (broker digests, market commentary, car news),
# each tested with sentences of our own.

QUANT33_FORMS = [
    # a slash list of a broker's figures keeps each item's sign, and a signed last item
    # still closes the list (營收/淨利/扣非淨利 27.3/-1.1/-1.3億元)
    (
        "前三季營收/淨利潤/扣非淨利潤分別為12.5/-0.8/-1.2億元。",
        [
            ("12.5", 1_250_000_000, "CNY", "eq"),
            ("-0.8", -80_000_000, "CNY", "eq"),
            ("-1.2億元", -120_000_000, "CNY", "eq"),
        ],
    ),
    (
        "預計公司歸母淨利潤-2.05/0.47/1.36億元。",
        [
            ("-2.05", -205_000_000, "CNY", "eq"),
            ("0.47", 47_000_000, "CNY", "eq"),
            ("1.36億元", 136_000_000, "CNY", "eq"),
        ],
    ),
    (
        "銷售/管理費用率同比變動+1.2/-0.6/+0.3pcts。",
        [("+1.2", 1.2, "pp", "eq"), ("-0.6", -0.6, "pp", "eq"), ("+0.3pcts", 0.3, "pp", "eq")],
    ),
    # a hyphen after a digit is no sign (26 of 2024-26 is still an item, unsigned)
    (
        "合計2024-26/28億元。",
        [("26", 2_600_000_000, "TWD", "eq"), ("28億元", 2_800_000_000, "TWD", "eq")],
    ),
    # ... and a spoken range (、) takes no signed item
    ("一台車需要20、-30顆。", [("-30顆", -30.0, "顆", "eq")]),
    # a valuation multiple written in Latin (X, x) after a word of valuation is 倍, each
    # item of its slash list too; a lens's 10x and a chip's MI325X are no multiple
    (
        "對應2025-2027年PE分別為88.5X/70.2X/55.1X。",
        [("88.5X", 88.5, "倍", "eq"), ("70.2X", 70.2, "倍", "eq"), ("55.1X", 55.1, "倍", "eq")],
    ),
    ("當前股價對應PE為41/33X。", [("41", 41.0, "倍", "eq"), ("33X", 33.0, "倍", "eq")]),
    ("同業平均 PE 38.5x，高於歷史均值。", [("38.5x", 38.5, "倍", "eq")]),
    ("目前本益比約 21x。", [("約 21x", 21.0, "倍", "approx")]),
    ("新機支援 1x 到 10x 的光學變焦。", []),
    ("AMD推出MI325X加速卡。", []),
    # a price or an index level 附近 (around it), a conversion 折合約 (about)
    ("股價在25.50元附近有支撐。", [("25.50元附近", 25.5, "TWD", "approx")]),
    ("指數在3000點附近震盪整理。", [("3000點附近", 3000.0, "點", "approx")]),
    (
        "售價3萬美元(折合約新台幣93萬元)。",
        [("3萬美元", 30_000.0, "USD", "eq"), ("折合約新台幣93萬元", 930_000.0, "TWD", "approx")],
    ),
    # 合約 is still an agreement, not "about"
    ("簽下合約30億元。", [("30億元", 3_000_000_000, "TWD", "eq")]),
    # 仙, the cent of a Hong Kong dollar, after a money named before the number; a bare
    # 12.6仙 keeps 仙 as written (its money is not named); 八仙 is a name
    (
        "本年度每股虧損約港幣 4.32 仙(去年:每股虧損約港幣 9.85 仙)。",
        [("約港幣 4.32 仙", 0.0432, "HKD", "approx"), ("約港幣 9.85 仙", 0.0985, "HKD", "approx")],
    ),
    ("每股盈利12.6仙。", [("12.6仙", 12.6, "仙", "eq")]),
    ("八仙過海。", []),
    # an Arabic number before 廠 names a plant (Fab 18, Plant 3); 兩廠 still counts two
    ("台積電南科晶圓 18 廠正式動工。", []),
    ("分別是台中的15廠與南京的16廠。", []),
    ("公司擴建機匣2廠。", []),
    ("兩廠合計月產能約3萬片。", [("兩廠", 2.0, "廠", "eq"), ("約3萬片", 30_000.0, "片", "approx")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT33_FORMS, ids=[c[0][:20] for c in QUANT33_FORMS]
)
def test_quant33_forms(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the grain trade's bushel is one word, never 蒲 (the open one-character rule)
        ("美國大豆產量為43.6億蒲式耳。", [("43.6億蒲式耳", 4_360_000_000, "蒲式耳")]),
        ("玉米單產預估為183.6蒲式耳。", [("183.6蒲式耳", 183.6, "蒲式耳")]),
    ],
)
def test_a_bushel_is_one_unit(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a power rating in watts: 瓦 (and 瓦特) after its number is a unit
        ("新款充電器最高輸出功率達1400瓦。", [("1400瓦", 1400, "瓦")]),
        ("支援65瓦特快充。", [("65瓦特", 65, "瓦特")]),
        ("吹風機功率1,200瓦，重量350克。", [("1,200瓦", 1200, "瓦"), ("350克", 350, "克")]),
        # not gas, collapse or tiles after a count
        ("社區共有3瓦斯表故障。", []),
    ],
)
def test_a_watt_is_a_unit(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quant35: a revision word is a change word; the change and the level it reaches
        (
            "供應量下調600萬蒲式耳至2783百萬蒲式耳。",
            [("600萬蒲式耳", 6e6, "decrease", False), ("2783百萬蒲式耳", 2.783e9, None, False)],
        ),
        (
            "食用量上調400萬噸至9.7億噸。",
            [("400萬噸", 4e6, "increase", False), ("9.7億噸", 9.7e8, None, False)],
        ),
        (
            "農場價格上調10美分至4.35美元。",
            [("10美分", 0.1, "increase", False), ("4.35美元", 4.35, None, False)],
        ),
        # a percentage many times the change is the level reached
        (
            "毛利率下降3.6%至44.7%。",
            [("3.6%", 3.6, "decrease", False), ("44.7%", 44.7, None, False)],
        ),
        # kept as ranges: percentages of one size after a change word, a range with no
        # unit on its first end
        (
            "預計增長38.0%至47.5%。",
            [("38.0%至47.5%", 38.0, "increase", True), ("47.5%", 47.5, "increase", True)],
        ),
        (
            "營收將增加 10 至 20 億元。",
            [("10 至 20 億元", 1e9, "increase", True), ("20 億元", 2e9, "increase", True)],
        ),
    ],
)
def test_a_change_then_its_level_is_no_range(
    text: str, expected: list[tuple[str, float, str | None, bool]]
) -> None:
    got = [(q.text, q.value, q.direction, q.range_id is not None) for q in quantities(text)]
    assert got == expected


# Round quant37: an index's level written right after the index's own name, with no move
# word (statistics releases: 製造業生產指數109.19，較上年同季增加…) is a level in 點; the
# number still has to end its clause (指數3日累計升: a day; 指數 25.82pct: its own unit).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本季製造業生產指數109.19，較上年同季增加9.66%。",
            [(109.19, "點", "eq"), (9.66, "%", "eq")],
        ),
        ("上月工業生產指數92.44、年增17.91%。", [(92.44, "點", "eq"), (17.91, "%", "eq")]),
        ("加權指數23,456.78，上漲100點。", [(23456.78, "點", "eq"), (100, "點", "eq")]),
        ("指數3日累計升近1%。", [(1, "%", "approx")]),
        ("跑贏滬深 300 指數 25.82pct。", [(25.82, "pp", "eq")]),
        ("消費者物價指數1.67%。", [(1.67, "%", "eq")]),
        ("道瓊指數 2024 年表現平穩。", []),
    ],
)
def test_quant37_index_level_right_after_the_index_name(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


# Round quant37: an exchange rate told as the local currency against a foreign one
# (以新台幣兌美元32.1元換算) is an amount in the local currency, the foreign name being the
# base; the one unit of the base after 兌 is no amount in any script (30.714元兌一美元).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上述美元數據均以新台幣兌美元32.1元換算。", [("32.1元", 32.1, "TWD", "eq")]),
        ("新台幣兌美元收30.5元。", [("30.5元", 30.5, "TWD", "eq")]),
        ("美元兌新台幣30.12元。", [("新台幣30.12元", 30.12, "TWD", "eq")]),
        (
            "新台幣以30.714元兌一美元收市。",
            [("30.714元", 30.714, "TWD", "eq")],
        ),
        ("預估將升值到33.1元兌1美元。", [("33.1元", 33.1, "TWD", "eq")]),
        ("海外營收兌美元3億元。", [("美元3億元", 3e8, "USD", "eq")]),
        ("公司以一美元收購該部門。", [("一美元", 1.0, "USD", "eq")]),
    ],
)
def test_quant37_exchange_rate_quotes(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)] == expected


# Round quant37: a span of days to act in, as notices and rules write it (除權基準日起5日內,
# 應於三十日內申報), counts in 日 like 連升4日 does; a day of the month does not (本月30日以內,
# 3月30日內, 3日晚).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("應於收到通知後30日內申報。", [(30, "日", "eq")]),
        ("股東得於基準日起五日內向公司辦理。", [(5, "日", "eq")]),
        ("須於事實發生之日起十日內公告。", [(10, "日", "eq")]),
        ("款項應於本月30日以內付清。", []),
        ("公司預計於3月30日內完成。", []),
        ("董事會於3日晚間通過。", []),
    ],
)
def test_quant37_days_to_act_in(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in quantities(text)] == expected


# ---- quant38 (issue 12): a middle dot between Chinese digits is their decimal point, as
# print papers set it (七四三七·三億美元; ‧ in Big5 texts, ・ in Japanese fonts); between
# names, or after no digit, it stays a separator
QUANT38_MIDDLE_DOTS = [
    (
        "全年外銷訂單金額達七四三七·三億美元，增幅廿六%。",
        [("七四三七·三億美元", 7.4373e11, "USD", "eq"), ("廿六%", 26.0, "%", "eq")],
    ),
    (
        "電子產品接單二九一六‧二億美元，增幅卅七‧九%最為耀眼。",
        [("二九一六‧二億美元", 2.9162e11, "USD", "eq"), ("卅七‧九%", 37.9, "%", "eq")],
    ),
    (
        "夜間負載將增加，相當於一・五座火力發電廠。",
        [("一・五座", 1.5, "座", "eq")],
    ),
    (
        "占比十八·八%，增加四○六·九億美元。",
        [("十八·八%", 18.8, "%", "eq"), ("四○六·九億美元", 4.069e10, "USD", "eq")],
    ),
    ("執行長馬克·祖克柏表示將擴大投資。", []),
    ("九·一一事件後航空業重挫。", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT38_MIDDLE_DOTS, ids=[c[0][:20] for c in QUANT38_MIDDLE_DOTS]
)
def test_quant38_middle_dot_is_a_chinese_decimal_point(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


# quant38: the points a text counts (兩點原因, 3點建議) are a count in 點; a time of day
# followed by the same noun (下午3點原因不明) is still a time
QUANT38_COUNTED_POINTS = [
    ("對於收入增長，公司提出了兩點原因。", [("兩點", 2.0, "點", "eq")]),
    ("分析師提出三點建議供參考。", [("三點", 3.0, "點", "eq")]),
    ("下午3點原因不明地停電。", []),
    ("晚上8點建議大家收看。", []),
    ("他說有三點：第一是成本。", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT38_COUNTED_POINTS, ids=[c[0][:20] for c in QUANT38_COUNTED_POINTS]
)
def test_quant38_counted_points(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


# decks29: an English sentence on a slide (a contract maker's commentary under its chart) is
# prose, not a row of cells: its figures are kept; a table row's English label (a few
# capitalised names, two lower-case words at most) still leaves the row to the tables stage.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consolidated revenue totaled NT$320Bn in 4Q2025 and increased by 24% QoQ, mainly "
            "driven by better demand.",
            [(320e9, "TWD", "eq"), (24.0, "%", "eq")],
        ),
        (
            "Computing segment revenue increased by 52% YoY, while Communication segment "
            "declined by 14% YoY.",
            [(52.0, "%", "eq"), (14.0, "%", "eq")],
        ),
        ("Net Income Attributable to the Parent 14,403 1.3% 16,877 1.5% -14.7%", []),
        ("Gross Profit 42,501 3.8% 46,033 4.1% -7.7%", []),
        ("Depreciation and amortization 14,730 15,701", []),
    ],
)
def test_an_english_sentence_on_a_slide_is_no_table_row(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert rows(text) == expected


def test_a_deck_slides_stacked_header_and_commentary_through_the_pipeline(
    tmp_path: Path,
) -> None:
    """A statement slide whose header is set on two lines, and a chart slide with its English
    commentary at the foot (pdfgen.make_deck_stacked_header_pdf): each quarter takes the year
    over its column; the commentary's figures are found, of its quarter's year."""
    from tests import pdfgen

    path = tmp_path / "deck-stacked.pdf"
    pdfgen.make_deck_stacked_header_pdf(path)
    doc = build_document(path, Settings(isolate=False))
    quarters = [(f.text, f.iso) for f in doc.facts.dates if f.page == 1 and f.quarter]
    assert quarters == [("第一季", "2025"), ("第四季", "2024"), ("第一季", "2024")]
    said = [(q.text, q.value, q.year) for q in doc.facts.quantities if q.page == 2]
    assert said == [("NT$320Bn", 320e9, 2025), ("24%", 24.0, 2025)]


# quant39 (issue 12): a share's price or earnings is in the money of the company's listing.
# A Taiwanese column on 台積電 that names 中國 once is read as the mainland's (its only place
# cue): the target prices and EPS of the company it is about stay NT$; a mainland company
# named nearer keeps the text's money, and an amount that is no share's price does too.
QUANT39_LISTED_SHARE = [
    (
        "中國手機晶片需求轉弱，台積電仍由AI延續成長。高盛將台積電目標價由2600元上修至2750元，"
        "並上修EPS至95.24元。",
        [(2600.0, "TWD"), (2750.0, "TWD"), (95.24, "TWD")],
    ),
    (
        "中國手機晶片需求轉弱，台積電的先進製程吃緊。中芯國際獲券商給予目標價85元。",
        [(85.0, "CNY")],
    ),
    ("中國市場需求轉弱，台積電在當地的工廠投資30億元。", [(3e9, "CNY")]),
    ("中國手機晶片需求轉弱，摩根士丹利給予目標價1888元。", [(1888.0, "CNY")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT39_LISTED_SHARE, ids=[c[0][12:30] for c in QUANT39_LISTED_SHARE]
)
def test_quant39_listed_share_amount_is_in_the_listing_money(
    text: str, expected: list[tuple[float, str]]
) -> None:
    got = [(q.value, q.unit) for q in quantities(text) if q.kind == "money"]
    assert got == expected


# quant39: 塊 said for 元 (EPS到97塊, 3 塊 ZDT EPS) is money where a word of a share's
# earnings or price stands in its clause; 塊錢 always is; elsewhere 塊 counts boards.
# A target price with no money word (目標價 160–170）) is plain 元, a range's two ends.
QUANT39_SPOKEN_YUAN = [
    ("外資調高今年台積電的EPS到97塊，你認同嗎？", [("97塊", 97.0, "TWD", "eq")]),
    ("85塊上下這個EPS應該沒有問題。", [("85塊上下", 85.0, "TWD", "approx")]),
    (
        "鵬鼎每10億元利潤約貢獻3塊ZDT EPS。",
        [("10億元", 1e9, "TWD", "eq"), ("3塊", 3.0, "TWD", "eq")],
    ),
    ("每降低1塊錢，銷售量會增加多少。", [("1塊錢", 1.0, "TWD", "eq")]),
    ("主機板上配置3塊晶片。", [("3塊", 3.0, "塊", "eq")]),
    ("如果一家公司是一塊大蛋糕，EPS就是每股分到的一小塊。", []),
    (
        "市場給予高評價（目標價 160–170），落差極大。",
        [("160–170", 160.0, "TWD", "eq"), ("170", 170.0, "TWD", "eq")],
    ),
    ("法人給予目標價180，維持買進評等。", [("180", 180.0, "TWD", "eq")]),
    ("目標價為143.08港幣。", [("143.08港幣", 143.08, "HKD", "eq")]),
    ("目標價2026年將再上修。", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANT39_SPOKEN_YUAN, ids=[c[0][:16] for c in QUANT39_SPOKEN_YUAN]
)
def test_quant39_spoken_yuan_and_bare_target_price(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


# quant39: a Latin-unit number before a Latin word names the product (12mg Retatrutide)
# unless an amount's cue stands before the number; a qualifier widens the quote over itself,
# so the cue is looked for before the number, not before the quote (部署最高6GW AMD GPU).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta規劃部署最高6GW AMD Instinct GPU。", [("最高6GW", 6.0, "GW", "lte")]),
        ("擴增20GW TOPCon產能。", [("20GW", 20.0, "GW", "eq")]),
        ("服用12mg Retatrutide的患者。", []),
    ],
)
def test_quant39_qualified_latin_unit_before_a_name_is_an_amount(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


def test_quant39_a_place_cue_after_the_listed_name_keeps_the_text_money() -> None:
    """台積電 named, then the writing moves to an A-share (A股, 同比): its price is the text's."""
    text = "中國晶片股走強，台積電也大漲。A股方面，華峰測控淨利同比增長，股價為272.51元。"
    got = [(q.value, q.unit) for q in quantities(text) if q.kind == "money"]
    assert got == [(272.51, "CNY")]


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        # (decks31) the stacks over a deck's charts: each figure takes the word set over it
        # (text order reads QoQ / YoY -5.5% YoY / 7.8% 12.3%: -5.5% took YoY, 7.8% and 12.3%
        # were dropped as chart labels) and the latest category of its own chart's axis
        (
            "stacked",
            [
                ("-5.5%", -5.5, "QoQ", "3Q25"),
                ("7.8%", 7.8, "YoY", "3Q25"),
                ("12.3%", 12.3, "YoY", "2025"),
            ],
        ),
        (
            "stacked_zh",
            [
                ("-5.5%", -5.5, "季增", "3Q25"),
                ("7.8%", 7.8, "年增", "3Q25"),
                ("12.3%", 12.3, "年增", "2025"),
            ],
        ),
        # two stacks on one height close side by side (a row of figures each under its word)
        (
            "close",
            [
                ("7.8%", 7.8, "YoY", "3Q25"),
                ("-5.5%", -5.5, "QoQ", "3Q25"),
                ("12.3%", 12.3, "YoY", "2025"),
            ],
        ),
        # the same words over a table's rows of cells: no stacks, the cells stay the table's
        ("header", []),
        # a table's QoQ% / YoY% columns set apart from its amounts, rows far apart: a column
        ("header_wide", []),
    ],
)
def test_a_charts_change_labels_pair_by_where_they_stand(
    tmp_path: Path, layout: str, expected: list[tuple[str, float, str, str]]
) -> None:
    """A deck's chart slide with QoQ/YoY stacks at different heights over two charts side by
    side (pdfgen.make_chart_change_labels_pdf): the glyph boxes pair each figure with the word
    over it, and date it by the latest category of the chart's axis under it."""
    from tests import pdfgen

    path = tmp_path / f"chart-{layout}.pdf"
    pdfgen.make_chart_change_labels_pdf(path, layout)
    doc = build_document(path, Settings(isolate=False))
    dates = {d.id: d.text for d in doc.facts.dates}
    got = [
        (q.text, q.value, q.subject, dates.get(q.year_date_id or ""))
        for q in doc.facts.quantities
    ]
    assert got == expected


# quant40: 年 before 中 is mid-year (2023年中) unless a word of a span of time stands right
# before the number or range (過去, 未來, 最近: quantity_context.yaml span_lengths); then 中 is
# "in the course of" and the number a length of years.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "過去 3 到 4 年中，架構大多相同。",
            [("3 到 4 年", 3.0, "年", "eq"), ("4 年", 4.0, "年", "eq")],
        ),
        ("過去一年中，這家手機廠的市占回升。", [("一年", 1.0, "年", "eq")]),
        ("在過去的50年中，產業結構大幅改變。", [("50年", 50.0, "年", "eq")]),
        ("最近十年中，國內產值持續成長。", [("十年", 10.0, "年", "eq")]),
        ("2023年中，公司曾裁員。", []),
        ("過去2023年中的表現不佳。", []),
        ("未來5年中國市場規模持續擴大。", [("5年", 5.0, "年", "eq")]),
    ],
)
def test_quant40_a_length_before_nian_zhong_after_a_span_word(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


def test_quant40_a_span_length_range_shares_its_group() -> None:
    qs = [q for q in quantities("過去 3 到 4 年中，架構不變。") if q.unit == "年"]
    assert len(qs) == 2 and qs[0].range_id is not None and qs[0].range_id == qs[1].range_id
    assert (qs[0].lower, qs[0].upper) == (3.0, 4.0)


# quant40: an ASCII comma after digits that cannot head a thousands group (four or more of
# them, or a decimal's) ends a clause; the count after it is read (天璣1200,3家外資).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聯發科推出天璣1200,3家外資同步調升目標價。", [("3家", 3.0, "家", "eq")]),
        ("毛利率3.5,2家公司受惠。", [("2家", 2.0, "家", "eq")]),
        ("全年出貨12,500台。", [("12,500台", 12500.0, "台", "eq")]),
        ("出貨1,234,567台。", [("1,234,567台", 1234567.0, "台", "eq")]),
        (
            "營收35.57億元,月增8.71%。",
            [("35.57億元", 3557000000.0, "TWD", "eq"), ("8.71%", 8.71, "%", "eq")],
        ),
    ],
)
def test_quant40_a_clause_comma_after_digits_that_head_no_group(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in quantities(text)]
    assert got == expected


# quant40: a standard wafer diameter in millimetres right before a word of wafers or their
# plants names the wafer, as 12吋 does (specifications.wafer_sizes); other lengths measure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2028年先進製程產能占整體300mm產能比重將提升。", []),
        ("該廠首次採用300毫米晶圓進行生產。", []),
        (
            "車長增加了179毫米、44毫米和150毫米。",
            [("179毫米", 179.0), ("44毫米", 44.0), ("150毫米", 150.0)],
        ),
        ("厚度為 300mm 的鋼板。", [("300mm", 300.0)]),
    ],
)
def test_quant40_a_wafer_diameter_names_the_wafer(
    text: str, expected: list[tuple[str, float]]
) -> None:
    got = [(q.text, q.value) for q in quantities(text) if q.kind != "duration"]
    assert got == expected


# decks32: a deck's chart slides (pdfgen.make_deck_chart_slides_pdf). The category axis at the
# foot of every slide (3Q24 2Q25 3Q25) is a row of cells, not a running line, so it dates the
# QoQ / YoY stacks; a ROC axis (113Q4 114Q3 114Q4, the years chart's 113 114 set a little
# higher) dates them too (114Q4, 114 = 2025); the value axis down the chart's side (55% 50%
# 45%, evenly spaced, a round step) gives no quantities, while a column of uneven data figures
# beside the same labels stays, as the cells of the grid read there (i11: a table's numbers
# are its cells; before, 46.5% and 49.1% were quantities as well).
@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        (
            "quarters",
            [
                (1, "-2.6pts", "QoQ", "3Q25", 2025),
                (1, "-2.3pts", "YoY", "3Q25", 2025),
                (1, "-0.7pts", "YoY", "2025", 2025),
                (2, "-3.9pts", "QoQ", "3Q25", 2025),
                (2, "-2.5pts", "YoY", "3Q25", 2025),
                (2, "-1.2pts", "YoY", "2025", 2025),
            ],
        ),
        (
            "roc",
            [
                (1, "-2.6pts", "季增", "114Q4", 2025),
                (1, "-2.3pts", "年增", "114Q4", 2025),
                (1, "-0.7pts", "年增", "114", 2025),
                (2, "-3.9pts", "季增", "114Q4", 2025),
                (2, "-2.5pts", "年增", "114Q4", 2025),
                (2, "-1.2pts", "年增", "114", 2025),
            ],
        ),
        (
            "data",
            [
                (1, "-2.6pts", "QoQ", "3Q25", 2025),
                (1, "-2.3pts", "YoY", "3Q25", 2025),
                (1, "-0.7pts", "YoY", "2025", 2025),
                (2, "-3.9pts", "QoQ", "3Q25", 2025),
                (2, "-2.5pts", "YoY", "3Q25", 2025),
                (2, "-1.2pts", "YoY", "2025", 2025),
            ],
        ),
    ],
)
def test_decks32_a_decks_axes_date_its_changes_and_its_ticks_are_no_quantities(
    tmp_path: Path, layout: str, expected: list[tuple[int, str, str, str | None, int | None]]
) -> None:
    from tests import pdfgen

    path = tmp_path / f"deck-{layout}.pdf"
    pdfgen.make_deck_chart_slides_pdf(path, layout)
    doc = build_document(path, Settings(isolate=False))
    dates = {d.id: d.text for d in doc.facts.dates}
    got = [
        (q.page, q.text, q.subject, dates.get(q.year_date_id or ""), q.year)
        for q in doc.facts.quantities
    ]
    assert got == expected
    if layout == "data":  # i11: the uneven figures beside the labels are the cells of the
        # grid read there (a table's numbers are its cells, no running-text quantities)
        cells = {
            (c.row_header, c.text, c.value)
            for t in doc.facts.tables
            if t.page == 1
            for r in t.rows
            for c in r
            if c.value is not None
        }
        assert {("Gross", "46.5%", 46.5), ("Margin", "49.1%", 49.1)} <= cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share count on an English deck: the scale letter before `shares` multiplies it
        (
            "EPS is calculated on the outstanding shares of 3,854,519K shares.",
            [("3,854,519K shares", 3854519000.0, "股")],
        ),
        (
            "The company bought back 5 million shares in the year.",
            [("5 million shares", 5e6, "股")],
        ),
        ("The group hires 12,000 employees worldwide.", [("12,000 employees", 12000.0, "人")]),
        # a scale letter before any other word stays no magnitude
        ("出貨 5M 台", []),
    ],
)
def test_an_english_count_noun_is_a_count(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """English count nouns after a count (`shares`, `employees`) are count units, and a
    scale letter K / M / B glued to the count before one multiplies it."""
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == expected


DECK_SENTENCE = "Consolidated revenue totaled $320Bn in 4Q2025 and increased by 24% QoQ."


@pytest.mark.parametrize(
    ("unit_lines", "currency"),
    [
        ("Unit: NT$ Mn", "TWD"),  # a unit line naming NT$
        ("(NT$B)", "TWD"),  # a chart's unit in brackets
        ("(In NT$ billions unless otherwise noted)", "TWD"),
        ("", "USD"),  # no unit line: English writing's dollar
        ("Unit: NT$ Mn\n(US$ Mn)", "USD"),  # two monies named: ambiguous, as before
        ("Unit : NT$E\n(HKD$B)", "USD"),  # a chart in another place's dollar beside
        ("Revenue (US$919 million)", "USD"),  # a quoted amount is no unit line
        ("單位：新台幣百萬元", "USD"),  # a Chinese unit line: a quoted US story keeps USD
    ],
)
def test_a_decks_unit_line_names_its_bare_dollar(unit_lines: str, currency: str) -> None:
    """A bare `$` with a Latin magnitude (`$320Bn`) is English writing's US dollar, except
    on a deck whose unit lines all name NT$ (`Unit: NT$ Mn`, `(NT$B)`): a deck-level
    currency, only when unambiguous."""
    text = f"{unit_lines}\n{DECK_SENTENCE}" if unit_lines else DECK_SENTENCE
    got = [q for q in quantities(text) if q.text == "$320Bn"]
    assert [(q.value, q.unit) for q in got] == [(320e9, currency)]


DECK_EPS = "Non-GAAP EPS was $3.50 in Q1FY26, up 3% year over year."


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        ("", "USD"),  # English writing naming NT$ nowhere: a US company's deck
        ("(in millions, except per share data)", "USD"),  # a unit line naming no money
        ("Unit: NT$ Mn", "TWD"),  # a unit line naming NT$
        ("(US$ Mn)", "USD"),
        ("Revenue was NT$120 million, up 5%.", "TWD"),  # the deck names its own money
        ("Unit: NT$ Mn\n(US$ Mn)", "TWD"),  # two monies: the report's own, as before
        ("本公司第一季營收與獲利皆創下歷年同期新高紀錄，毛利率亦同步提升。", "TWD"),  # Chinese
    ],
)
def test_an_english_decks_bare_dollar_is_its_dollar(lines: str, currency: str) -> None:
    """A bare `$` without a magnitude (`$3.50`) is the report's own money, except in a
    text written in English that names NT$ nowhere (a US company's deck: US$) or whose
    unit lines all name one money (currencies.yaml english_dollar)."""
    text = f"{lines}\n{DECK_EPS}" if lines else DECK_EPS
    got = [q for q in quantities(text) if q.text == "$3.50"]
    assert [(q.value, q.unit) for q in got] == [(3.5, currency)]


# Forms of analysts' posts no rule had read (issue 12, round q32): a node size in Simplified
# characters (纳米, as a quoted mainland text keeps it) is a name as 奈米 and 納米 are; a '#'
# that opens a post's hashtag heading is no rank before a Chinese numeral or a number of
# two or more digits (the rank stays #1); a bare 一 before a unit of time followed by a
# change and its amount is the window the change is measured over.
Q32_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    ("晶圆厂的40、28及22纳米节点均已量产", []),
    ("制程从40/28/22纳米微缩至16/12纳米", []),
    ("与28纳米工艺相比，面积缩小40%", [(40, "%", "eq")]),
    ("#五個關鍵數字告訴你市場的方向", [(5, "個", "eq")]),
    ("#300億美元訂單的意義", [(300e8, "USD", "eq")]),
    ("#兩週後的財報才是重點", [(2, "週", "eq")]),
    ("本季全球排名 #1 品牌", []),
    ("#2330台積電", []),
    ("#009816低內扣", []),
    ("該檔個股一年漲了 85%，主因是", [(1, "年", "eq"), (85, "%", "eq")]),
    ("面板報價一週跳兩成，通路急於補貨", [(1, "週", "eq"), (20, "%", "eq")]),
    ("新股掛牌一個月暴漲一倍，", [(1, "個月", "eq"), (1, "倍", "eq")]),
    ("工廠一年分別花費3億元及5億元", [(1, "年", "eq"), (3e8, "TWD", "eq"), (5e8, "TWD", "eq")]),
    ("這不是因為市場一天大跌，而是結構", []),
    ("公司從未有過任何一年虧損", []),
    ("營收比前一年衰退 3%，", [(3, "%", "eq")]),
    ("這一年成長了 12%，", [(12, "%", "eq")]),
    ("今年一月成長 5%，", [(5, "%", "eq")]),
    ("公司一季成長 20%，", [(20, "%", "eq")]),
]


@pytest.mark.parametrize(("text", "expected"), Q32_CASES, ids=[c[0] for c in Q32_CASES])
def test_simplified_nodes_hashtag_heads_and_change_windows(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# units32: technical units in running text are measures (FORMAT.md technical units): the unit
# as written, SI prefix kept, SI casing fixed (KW -> kW), a current-type suffix left out of
# the unit (VDC -> V); model names, glued Latin words and capacities in names stay out.
UNITS32_CASES: list[tuple[str, list[tuple[float, str, str]]]] = [
    # voltage and power, also before a Latin word or inside brackets
    ("新一代機櫃改採 400V 配電，", [(400, "V", "eq")]),
    ("整流模組輸出 54V bus 給伺服器，", [(54, "V", "eq")]),
    ("廠商推出 1500VDC 儲能系統，", [(1500, "V", "eq")]),
    ("耐壓達 250VAC，", [(250, "V", "eq")]),
    ("變壓器容量為 3,000KW，", [(3000, "kW", "eq")]),
    ("高功率測試座（1200W）出貨增加，", [(1200, "W", "eq")]),
    ("耐壓 2kV以上的電容", [(2, "kV", "gte")]),
    # clocks, link rates, bandwidth, pitch, capacitance, time
    ("處理器時脈提升到 3.2GHz CPU 核心，", [(3.2, "GHz", "eq")]),
    ("光模組單通道速率 100Gbps，", [(100, "Gbps", "eq")]),
    ("凸塊間距縮小到 25μm，", [(25, "μm", "eq")]),
    ("高容值 22uF以上產品缺貨，", [(22, "uF", "gte")]),
    ("控制週期縮短到 125us，", [(125, "us", "eq")]),
    ("電容密度為 300fF/μm2，", [(300, "fF/μm2", "eq")]),
    ("控制器可達 200 萬 IOPS，", [(2000000, "IOPS", "eq")]),
    ("探針卡朝 2萬pin 發展，", [(20000, "pin", "eq")]),
    # negatives: glued Latin words, model names and capacities in names stay out
    ("支援5G手機與800G光模組出貨，", []),
    ("主鏡頭為50MP感光元件，", []),
    ("新款 Core Ultra 200V 處理器上市，", []),
    ("搭載H100與A16晶片，", []),
    ("推出1TB SSD產品，", []),
]


@pytest.mark.parametrize(("text", "expected"), UNITS32_CASES, ids=[c[0] for c in UNITS32_CASES])
def test_technical_units_in_running_text(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert_rows(text, expected)


# Round lk33 (issue 12, class C): a length of time still ahead — right before 內 or 之內 —
# with a modal of the future after it in its clause is an outlook with no cue word: the
# length and the figures after it in that clause are projected (quantity_context.yaml
# ahead_span). Not after a past span in the sentence (a record's regularity), not 以內 (a
# class), not an age (屋齡), not a length with no modal after it (told as done).
AHEAD_SPAN_CASES: list[tuple[str, list[bool]]] = [
    ("公司在三年內要把產能擴大兩倍。", [True, True]),
    ("他認為兩個月內會有 3 家廠商跟進。", [True, True]),
    ("他在五年內會把營收做到 100 億元。", [True, True]),
    ("該指數發行 20 年來，每次回檔最晚兩年內都會回到高點。", [False, False]),
    ("屋齡10年內的住宅比例會是12.1%。", [False, False]),
    ("三年以內的定存利率為 1.5%。", [False, False]),
    ("公司在三年內營收成長了兩倍。", [False, False]),
    # the base of the change stands now; only the length and the target are ahead
    ("公司目標在三年內將營收從目前約 87 億美元，成長至 233 億美元。", [True, False, True]),
    ("記憶體需求在十年之內大概會是目前的五倍。", [True, True]),
]


@pytest.mark.parametrize(
    ("text", "expected"), AHEAD_SPAN_CASES, ids=[c[0] for c in AHEAD_SPAN_CASES]
)
def test_a_length_still_ahead_is_an_outlook(text: str, expected: list[bool]) -> None:
    assert [q.is_forecast for q in quantities(text, published="2026-05-10")] == expected
