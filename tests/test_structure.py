"""structure: the sample's blocks, sentences, metadata; reflow rules."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.models import Document
from pipeline.normalize import Line
from pipeline.structure import (
    PARAGRAPH_GAP,
    WRAP_SLACK,
    caption_label,
    display_width,
    group_lines,
    is_entry_label,
    is_pipe_row,
    is_table_row,
    join_separator,
    parse_byline,
    reads_as_row,
    split_sentences,
)


def _blocks(doc: Document, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_sample_headings(seed_doc: Document) -> None:
    assert _blocks(seed_doc, "heading") == [
        "一、罕見疾病與實體腫瘤治療為細胞及基因治療產品發展方向",
        "二、臺灣相關法規與時俱進，加速細胞及基因治療產業發展",
        "三、結語",
    ]


def test_sample_figure_captions_and_sources(seed_doc: Document) -> None:
    caps = _blocks(seed_doc, "figure_caption")
    assert [c.split()[0] + " " + c.split()[1] for c in caps] == ["圖 1", "圖 2", "圖 3"]
    assert caps[1].endswith("依適應症為腫瘤治療之腫瘤型態")
    sources = _blocks(seed_doc, "source")
    assert len(sources) == 4
    assert all(s.startswith("資料來源：") and s.endswith("（2024/01）") for s in sources)
    labels = [b.label for b in seed_doc.blocks if b.kind == "figure_caption"]
    assert labels == ["圖 1", "圖 2", "圖 3"]


def test_sample_table_caption_rows_and_note(seed_doc: Document) -> None:
    assert _blocks(seed_doc, "table_caption") == [
        "表 1 細胞治療施行計畫申請案件、核准案件及總收案人數統計"
    ]
    (table,) = _blocks(seed_doc, "table")
    rows = table.split("\n")
    assert rows[0] == "項目 申請案件數 核准案件數 總收案人數"
    assert rows[-1] == "總計 502 258 1,398"
    assert len(rows) == 9
    assert _blocks(seed_doc, "note") == [
        "註：*申請案件數、總收案人數統計及核准案件數統計至 2023年 12月底"
    ]


def test_sample_title_byline_metadata(seed_doc: Document) -> None:
    md = seed_doc.metadata
    assert md.title == "2023 年細胞及基因治療產業回顧"
    assert len(md.authors) == 1
    author = md.authors[0]
    assert author.name == "王意婷"
    assert author.credential == "106 年認證產業分析師"
    assert author.affiliation == "台灣亞太產業分析專業協進會"
    assert md.publisher == "ITIS智網"
    assert md.published == "2024-01"
    assert [b.kind for b in seed_doc.blocks[:2]] == ["title", "byline"]
    footers = _blocks(seed_doc, "footer")
    assert footers[-1].startswith("原文出處：ITIS智網")


def test_no_line_wrap_artifacts_in_paragraph_sentences(seed_doc: Document) -> None:
    for s in seed_doc.sentences:
        block = seed_doc.blocks[s.block]
        if block.kind == "paragraph":
            assert "\n" not in seed_doc.text[s.start : s.end]
    # Latin words wrapped across lines keep one space; CJK joins without one.
    assert "Food and Drug Administration, FDA）" in seed_doc.text
    assert "（Contract Manufacturing Organization, CMO）" in seed_doc.text
    assert "第一個 CRISPR" in seed_doc.text
    assert "達到有效性" in seed_doc.text  # across the page break


def test_the_page_sentence_and_block_at_an_offset_are_a_plain_scans(seed_doc: Document) -> None:
    """Looked up by bisection in start offsets kept on the document (read past pydantic's
    slow private-attribute path): at every offset, what a walk over the records finds;
    a copy with new facts (stable ids) answers the same."""
    copy = seed_doc.model_copy(update={"checks": []})
    for doc in (seed_doc, copy, seed_doc):  # the second read of seed_doc hits the kept starts
        for offset in range(len(doc.text) + 1):
            page = next((p.number for p in reversed(doc.pages) if p.start <= offset), 1)
            sentence = next(
                (i for i, r in enumerate(doc.sentences) if r.start <= offset < r.end), None
            )
            block = next((i for i, r in enumerate(doc.blocks) if r.start <= offset < r.end), None)
            assert (doc.page_at(offset), doc.sentence_at(offset), doc.block_at(offset)) == (
                page,
                sentence,
                block,
            ), offset


def test_pages_cover_the_text_in_order(seed_doc: Document) -> None:
    pages = seed_doc.pages
    assert [p.number for p in pages] == [1, 2, 3, 4, 5, 6]
    assert pages[0].start == 0 and pages[-1].end == len(seed_doc.text)
    for a, b in itertools.pairwise(pages):
        assert a.end == b.start
    assert seed_doc.text[pages[1].start :].startswith("在多樣產品上市")
    assert seed_doc.page_at(seed_doc.text.index("表 1 細胞")) == 5


def test_sentences_split_at_punctuation_not_in_brackets_or_numbers(seed_doc: Document) -> None:
    texts = [seed_doc.text[s.start : s.end] for s in seed_doc.sentences]
    assert any(t.endswith("擴增至 412.1億美元。") for t in texts)
    fda = next(t for t in texts if "Food and Drug" in t)
    assert "（Food and Drug Administration, FDA）" in fda
    for t in texts:
        assert t == t.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲。乙！丙？丁；戊", ["甲。", "乙！", "丙？", "丁；", "戊"]),
        ("他說「好。」然後走了。", ["他說「好。」然後走了。"]),
        ("市場為 181.2億美元。成長", ["市場為 181.2億美元。", "成長"]),
        ("（註：見表。）後文。", ["（註：見表。）後文。"]),
        # a bracket the text never closes holds no later sentence end
        (
            "比重可提升到20%（去年約15%。全年估穩定。營收1億元。",
            ["比重可提升到20%（去年約15%。", "全年估穩定。", "營收1億元。"],
        ),
        ("他說「好。然後（見表。）走了。", ["他說「好。", "然後（見表。）走了。"]),
        # a digest's items: source marks before a space, a label's spaced dash
        (
            "評級 - 維持增持 [2] 核心觀點 - 預計淨利73億元 [7] - 營收781億元 [1][7] 下段",
            [
                "評級",
                "維持增持 [2]",
                "核心觀點",
                "預計淨利73億元 [7]",
                "營收781億元 [1][7]",
                "下段",
            ],
        ),
        ("財務表現與預測 - 2025年營收781億元", ["財務表現與預測", "2025年營收781億元"]),
        # not a range's dash after a numeral's unit, one before a Latin word, a mark before text
        ("預虧 82 億 - 88 億元，材料 - KY 擴產", ["預虧 82 億 - 88 億元，材料 - KY 擴產"]),
        ("指數在 3000點 - 3200點 之間", ["指數在 3000點 - 3200點 之間"]),
        ("見文獻[3]，結果如下", ["見文獻[3]，結果如下"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    got = [text[s.start : s.end] for s in split_sentences(text, 0, len(text), 0, False)]
    assert got == expected


@pytest.mark.parametrize(
    ("prev", "nxt", "sep"),
    [
        ("Food and Drug", "Administration", " "),
        ("Administration,", "FDA）", " "),
        ("治療用基因藥物 Casgevy 和", "Lyfgenia之核准", ""),
        ("達到有", "效性", ""),
        ("ABBV-", "RGX-314", ""),
        ("臨床", "III 期", ""),
        # a wrap inside a number joins it back (issue 12: a span never starts in a number)
        ("全年營收達新台幣1,2", "34億元", ""),
        ("出貨量為 3,", "500 萬台", ""),
        ("毛利率回升至41.", "5%", ""),
        # two numbers on two lines stay two (a complete group, a plain run)
        ("revenue of 1,234", "567 units", " "),
        ("in 2023", "45 firms", " "),
    ],
)
def test_join_separator(prev: str, nxt: str, sep: str) -> None:
    assert join_separator(prev, nxt) == sep


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("自體免疫細胞治療 301 173 1,138", True),
        ("自體 CD 34+ selection 0 0 0", True),
        ("總計 502 258 1,398", True),
        ("台積電 45.2% -", True),
        # Statements: negatives in parentheses, amounts with a dollar sign.
        ("推銷費用 (5,529) (4,984) (5,642)", True),
        ("營業利益率 (1.5%) 2.0%", True),
        ("現金及約當現金 $57,323 25", True),
        ("項目 申請案件數 核准案件數 總收案人數", False),
        ("共有 9 項產品上市，其中 7 項", False),
    ],
)
def test_is_table_row(line: str, expected: bool) -> None:
    assert is_table_row(line) is expected


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("圖 1 2023 年全球細胞", "圖 1"),
        ("圖2-1 產值", "圖 2-1"),
        ("表 1 細胞治療", "表 1"),
        ("圖表說明", None),
    ],
)
def test_caption_label(line: str, label: str | None) -> None:
    labels = ["圖"] if line.startswith("圖") else ["表"]
    assert caption_label(line, labels) == label


def test_parse_byline_several_authors() -> None:
    lex = load_lexicon("structure")
    authors = parse_byline("工研院產科國際所 產業分析師 陳大文、林小美", lex)
    assert [a.name for a in authors] == ["陳大文", "林小美"]
    assert {a.credential for a in authors} == {"產業分析師"}


def test_display_width_counts_latin_as_half() -> None:
    assert display_width("細胞") == 2
    assert display_width("ab") == pytest.approx(1.1)
    assert not re.search(r"\s", "".join(["a"]))


def test_uncaptioned_statement_rows_become_a_table_block(tmp_path: Path) -> None:
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    text = (
        "資產負債表\n"
        "本公司依規定編製下列報表，以下各項金額之單位均為新台幣千元，並經會計師核閱\n"
        "1100 現金及約當現金 140,606 25 113,272 18\n"
        "1136 按攤銷後成本衡量之金融資產 259,955 46 250,957 40\n"
        "1170 應收票據及帳款淨額 53,447 9 133,084 21\n"
        "流動資產合計 551,790 98 612,957 97\n"
        "以上資產之評價方法請見附註四，各項目之說明請見附註六與附註七之關係人交易。\n"
    )
    f = tmp_path / "statement.txt"
    f.write_text(text, encoding="utf-8")
    doc = build_document(f, IN_PROCESS)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["title", "paragraph", "table", "paragraph"]
    table = next(b for b in doc.blocks if b.kind == "table")
    assert doc.text[table.start : table.end].count("\n") == 3


def test_multipage_table_rows_all_reach_the_text(tmp_path: Path) -> None:
    from pipeline.run import build_document
    from tests import pdfgen
    from tests.conftest import IN_PROCESS

    path = tmp_path / "multipage.pdf"
    pdfgen.make_multipage_table_pdf(path, repeat_header=False)
    doc = build_document(path, IN_PROCESS)
    (table,) = doc.facts.tables
    assert all(row[0].span is not None for row in table.rows)
    assert [b.kind for b in doc.blocks].count("table") == 1


def test_published_date_matches_every_gold_doc_date() -> None:
    import json

    from pipeline.evaluate import find_input
    from pipeline.run import build_document
    from tests.conftest import CORPUS, GOLD, IN_PROCESS, RAW

    checked = 0
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = find_input(gold_path.stem, [RAW, CORPUS])
        if src is None or not gold.get("doc_date"):
            continue
        published = build_document(src, IN_PROCESS).metadata.published
        assert published is not None and published[:7] == gold["doc_date"], src.name
        checked += 1
    assert checked >= 5


def test_rows_laid_out_in_spaced_columns_are_not_reflowed(tmp_path: Path) -> None:
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    text = (
        "供應鏈概況\n"
        "主要代工廠與代表客戶如下，各家廠商在不同客戶的訂單比重差異甚大，須分別觀察：\n"
        "代工廠    主要客戶              代工廠    主要客戶\n"
        "甲公司    乙客戶、丙客戶        丁公司    戊客戶\n"
        "己公司    庚客戶                辛公司    壬客戶\n"
        "以上廠商皆已擴充產能。\n"
    )
    f = tmp_path / "columns.txt"
    f.write_text(text, encoding="utf-8")
    doc = build_document(f, IN_PROCESS)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "table", "paragraph"]
    table = next(b for b in doc.blocks if b.kind == "table")
    assert doc.text[table.start : table.end].split("\n")[1].startswith("甲公司")


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # A blank page in the middle (an image page, or one holding only furniture)
        # once took the previous page's start: that page came out empty and its text
        # was reported on the blank one.
        (
            ["第一頁的內容。", "第二頁的內容。", "", "第四頁的內容。"],
            ["第一頁", "第二頁", "", "第四頁"],
        ),
        (["", "第二頁的內容。", ""], ["", "第二頁", ""]),
        (["第一頁的內容。", "", ""], ["第一頁", "", ""]),
    ],
)
def test_each_page_span_holds_that_pages_text(pages: list[str], expected: list[str]) -> None:
    from pipeline.models import PageText, RawDocument
    from pipeline.normalize import normalize
    from pipeline.structure import structure

    raw = RawDocument(
        path="x.txt",
        sha256="0" * 64,
        format="txt",
        pages=[PageText(number=i + 1, text=t, extractor="text") for i, t in enumerate(pages)],
    )
    st = structure(normalize(raw), raw)
    got = [st.text[p.start : p.end] for p in st.pages]
    assert [p.number for p in st.pages] == list(range(1, len(pages) + 1))
    for text, want in zip(got, expected, strict=True):
        assert text.strip().startswith(want) and (want or not text.strip())


_FILING_COVER = "聯詠科技股份有限公司\n合併財務報告暨會計師核閱報告\n民國一一三年及一一二年第一季\n"
_AUDITOR = (
    "會計師核閱報告\n"
    "聯詠科技股份有限公司董事會 公鑒：\n"
    "本會計師核閱民國一一三年三月三十一日之合併資產負債表，業經核閱竣事。\n"
    "安侯建業聯合會計師事務所\n"
    "會計師：王大明\n"
    "證券主管機關核准簽證文號 金管證審字第1040007866號\n"
    "中華民國一一三年四月二十六日\n"
)
_NOTES = (
    "合併財務報告附註\n"
    "一、公司沿革\n"
    "本公司於民國八十六年五月二日設立，主要業務為積體電路之設計。\n"
    "1. 發行日期：109 年 12 月 4 日。\n"
)
_APPROVAL = (
    "二、通過財務報告之日期及程序\n本合併財務報告已於民國一一三年四月二十六日經董事會通過發布。\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "114年3月31日 113年12月31日",
        "民國 114 年 3 月 31 日暨民國 113 年 12 月 31 日及 3 月 31 日",
        "2025/3/31 2024/12/31",
    ],
)
def test_a_statements_period_header_is_no_cover_date(tmp_path: Path, header: str) -> None:
    """A balance sheet on page 1 whose column header (or period line) lists its dates:
    the dates it reports on, not the report's own date (the first of them had dated it,
    and every later one then read as after the document date)."""
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    f = tmp_path / "statement.txt"
    f.write_text(
        f"合併資產負債表\n{header}\n單位：新台幣仟元\n現金 1,000 900\n資產總計 1,000 900\n",
        encoding="utf-8",
    )
    doc = build_document(f, IN_PROCESS)
    assert doc.metadata.published is None


@pytest.mark.parametrize(
    ("pages", "iso", "rule", "stated"),
    [
        # A filing: the date under the auditor's signatures, not the first date in the notes.
        (
            [_FILING_COVER, _AUDITOR, _NOTES, _NOTES, _APPROVAL],
            "2024-04-26",
            "auditor_signature",
            "中華民國一一三年四月二十六日",
        ),
        # No auditor's report: the board's approval of the report.
        (
            [_FILING_COVER, _NOTES, _NOTES, _APPROVAL],
            "2024-04-26",
            "board_approval",
            "民國一一三年四月二十六日",
        ),
        # the approval worded 經提報董事會後發佈, the auditor's page an image (no text)
        (
            [
                "合成企業股份有限公司及子公司\n合併財務報告暨會計師核閱報告\n民國一一○年及一○九年第一季\n",
                "會計師核閱報告\n合成企業股份有限公司董事會 公鑒：\n",
                _NOTES,
                "二、通過財務報告之日期及程序\n本合併財務報告已於民國一一○年五月七日經提報董事會後發佈。\n",
            ],
            "2021-05-07",
            "board_approval",
            "民國一一○年五月七日",
        ),
        # A web page printed to PDF (round tables20): its field label alone on a line over
        # the date, the year in two digits, read as the year the page writes out (2026)
        (
            [
                "健康集團 2026 Q1 法說會逐字稿\n公布時間\n26/04/28\n本季每股盈餘\n5.65 美元\n"
                "歡迎參加 2026 年第一季財報電話會議。\n"
            ],
            "2026-04-28",
            "labelled",
            "26/04/28",
        ),
        # or as an ROC year the page writes (99年: 2010)
        (
            ["成衣公司法說會\n公布日期\n99/04/28\n本公司99年度營收成長百分之五。\n"],
            "2010-04-28",
            "labelled",
            "99/04/28",
        ),
        # An annual report: the printing date on its cover dates the book, not the
        # auditor's or the board's date of the financial statements bound inside it.
        (
            [
                "大成精密股份有限公司\n一一三年度年報\n中華民國一一四年四月二十五日刊印\n"
                "查詢年報網址：公開資訊觀測站\n",
                "壹、致股東報告書\n截至年報刊印日止，本公司營收成長。\n",
                _AUDITOR,
                _APPROVAL,
            ],
            "2025-04-25",
            "printed",
            "中華民國一一四年四月二十五日",
        ),
        # the day's 日 left out before the cue, as 8433's cover prints it
        (
            [
                "弘帆股份有限公司\n一百一十三年度年報\n中華民國一百一十四年五月二十八刊印\n",
                _APPROVAL,
            ],
            "2025-05-28",
            "printed",
            "中華民國一百一十四年五月二十八",
        ),
        (
            ["一一三年度年報\n中華民國114年4月1 印製\n", _AUDITOR],
            "2025-04-01",
            "printed",
            "中華民國114年4月1",
        ),
        (
            ["股票代碼：6000\n一一三年度年報\n中華民國114年4月1日 刊印\n", _APPROVAL],
            "2025-04-01",
            "printed",
            "中華民國114年4月1日",
        ),
        # A shareholders' meeting handbook: the meeting's day on its cover, not the date
        # of the auditor's report bound in it as an attachment.
        (
            [
                "上櫃代號：6000\n110 年股東常會\n議事手冊\n"
                "時間：110 年 6 月 10 日（星期四）上午 9 時整\n地點：本公司會議室\n",
                "壹、開會程序\n一、宣布開會\n",
                _NOTES,
                _AUDITOR,
            ],
            "2021-06-10",
            "meeting",
            "110 年 6 月 10 日",
        ),
        (
            [
                "範例股份有限公司\n一○一年股東常會議事手冊\n開會時間：中華民國一○一年六月十九日上午九時\n"
            ],
            "2012-06-19",
            "meeting",
            "中華民國一○一年六月十九日",
        ),
        # A deck: the conference date on its cover, not a source line's stamp.
        (
            [
                "2025年第四季法人說明會\n2026年1月15日\n",
                "營運成果\n營收年增百分之二十。\n資料來源：公司資料（2025/12）\n",
            ],
            "2026-01-15",
            "cover",
            "2026年1月15日",
        ),
        # A deck whose cover gives only the month: dated to that month.
        (
            [
                "範例科技 上櫃前業績發表會\n2015年12月\n",
                "營運成果\n營收年增百分之二十，去年12月新增門市。\n",
            ],
            "2015-12",
            "cover_month",
            "2015年12月",
        ),
        (
            ["範例科技\n法人說明會\n中華民國104年12月\n", "營運成果\n營收年增百分之二十。\n"],
            "2015-12",
            "cover_month",
            "中華民國104年12月",
        ),
        # A news page: its dateline, closed by the time of day.
        (
            ["財經新聞社記者王小明 台北 2025-03-04 09:15\n該公司今（4）日公布營收 3億元。\n"],
            "2025-03-04",
            "cover",
            "2025-03-04",
        ),
        # A news page copied without its dateline: its photo's caption closes with the
        # credit and the day (ROC or Gregorian), which is the article's day.
        (
            [
                "廠商看好新品前景\n董事長（中）3日在台北國際展表示，今年營運將逐季走揚。"
                "右為總經理。通訊社記者王小明攝  114年3月3日\n"
                "（通訊社記者王小明台北3日電）該公司今天表示，今年營收可望成長。\n"
            ],
            "2025-03-03",
            "photo_credit",
            "114年3月3日",
        ),
        (
            [
                "新廠動土\n公司董事長與縣長共同主持新廠動土典禮，預計明年完工量產。"
                "記者李大同攝影 2024年5月8日\n公司表示，去年營收創新高。\n"
            ],
            "2024-05-08",
            "photo_credit",
            "2024年5月8日",
        ),
        # A wire agency's stamp after the editor's bracket at the article's end (ROC
        # yyymmdd): the day it was published, ahead of the day its photo was taken.
        (
            [
                "新品亮相\n董事長（中）24日出席展會。通訊社記者王小明攝  114年3月24日\n"
                "（通訊社記者王小明台北25日電）該公司今天表示，今年營收可望成長。"
                "（編輯：李大同）1140325\n"
            ],
            "2025-03-25",
            "editor_stamp",
            "1140325",
        ),
        # A news site's stamp glued to the first sentence (no dateline line of its own):
        # a full date with the time of day at the head of the body.
        (
            [
                "外銷訂單年增\n"
                "財經新聞 2024-03-21 18:05:09 記者 王小明 報導經濟部今(21)日公布2月外銷訂單。\n"
            ],
            "2024-03-21",
            "stamp",
            "2024-03-21",
        ),
        # links32: a paper's or wire's dateline glued to the first sentence: a full date
        # closed by the agency's word and bracket, or after a paper's name alone
        (
            [
                "半導體產值估年增\n"
                "【時報2021年10月05日訊】(記者王小明台北報導)研究機構公布今年產值的預估。\n"
            ],
            "2021-10-05",
            "dateline",
            "2021年10月05日",
        ),
        (
            [
                "封測廠毛利率下滑\n(通訊社記者王小明新竹2011年8月2日電)該公司第2季毛利率恐跌破4成。\n"
            ],
            "2011-08-02",
            "dateline",
            "2011年8月2日",
        ),
        (
            ["產值上看5兆\n自由時報 2023/01/05 後疫情時代加速數位轉型，產值可望成長。\n"],
            "2023-01-05",
            "dateline",
            "2023/01/05",
        ),
        (
            ["年金改革\n【財經網記者王小明 台北2018/09/11 】退休族群今年應檢視理財需求。\n"],
            "2018-09-11",
            "dateline",
            "2018/09/11",
        ),
        # the auditor's report's heading lost (an image): its salutation opens it
        (
            [
                "範例股份有限公司\n財務報表暨會計師查核報告\n",
                "範例股份有限公司 公鑒：\n本會計師查核民國九十七年六月三十日之資產負債表。\n"
                "冠恆聯合會計師事務所\n會計師：張大明\n中華民國九十七年八月五日\n",
                "財務報表附註\n本公司於民國九十七年九月一日增資。\n",
            ],
            "2008-08-05",
            "auditor_signature",
            "中華民國九十七年八月五日",
        ),
        (
            ["公司今天表示，今年營收可望成長。\n（編輯：李大同）\n1131230\n"],
            "2024-12-30",
            "editor_stamp",
            "1131230",
        ),
        # dates45: a page's date standing by itself at the head of its text, when nothing
        # else dates it: opening its block before a byline or the first sentence, after a
        # label, as a field of a head line, bracketed under the title, a release's place
        (
            ["台股市值週增3兆\n2026-01-11 財經中心／綜合報導\n上週台股加權指數上漲3.2%。\n"],
            "2026-01-11",
            "head",
            "2026-01-11",
        ),
        (
            ["中光電上半年獲利\n2021-07-27 今年上半年合併營收為216億元，年成長14%。\n"],
            "2021-07-27",
            "head",
            "2021-07-27",
        ),
        (
            ["思源電氣 研究報告\n2025-05-04 | 某某證券 | 買入 | 維持 | 25年經營目標顯信心\n"],
            "2025-05-04",
            "head",
            "2025-05-04",
        ),
        (
            ["半導體市場開始復甦\n時間:2023-09-11 來源:產業縱橫\n半導體行業陷入衰退。\n"],
            "2023-09-11",
            "head",
            "2023-09-11",
        ),
        (
            ["某某科技 電子元器件行業 2025-05-13 某某證券 王小明\n事件：公司一季度營收成長。\n"],
            "2025-05-13",
            "head",
            "2025-05-13",
        ),
        (
            ["10月份國民經濟持續恢復\n(2023年11月15日)\n國家統計局\n10月份，工業生產加快。\n"],
            "2023-11-15",
            "head",
            "2023年11月15日",
        ),
        (
            ["晶圓代工將成龍頭\n（2000/08/29 由 王小明 提供）\n今年七月，景氣疑慮浮現。\n"],
            "2000-08-29",
            "head",
            "2000/08/29",
        ),
        (
            ["某某控股公佈第二季度業績\n新加坡，2023年8月29日——某某控股今天公佈了財務業績。\n"],
            "2023-08-29",
            "head",
            "2023年8月29日",
        ),
        # (s2twp's 发布时间 → 釋出時間: a label)
        (
            ["某某發行債券\n釋出時間：21:25 2026-01-12 HKT\n某銀行協助發行40億港元債券。\n"],
            "2026-01-12",
            "labelled",
            "2026-01-12",
        ),
        # lk32: a page's own byline (作者：) beside its label is no other work's record
        (
            ["某某發行債券\n作者：王小明\n發布日期：2026-01-12\n某銀行協助發行40億港元債券。\n"],
            "2026-01-12",
            "labelled",
            "2026-01-12",
        ),
    ],
)
def test_report_date_comes_from_what_dates_the_report(
    tmp_path: Path, pages: list[str], iso: str, rule: str, stated: str
) -> None:
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    f = tmp_path / "report.txt"
    f.write_text("\f".join(pages), encoding="utf-8")
    doc = build_document(f, IN_PROCESS)
    meta, doc_text = doc.metadata, doc.text
    assert meta.published == iso
    assert meta.published_rule == f"structure.published.{rule}.v1"
    assert meta.published_span is not None
    assert doc_text[meta.published_span.start : meta.published_span.end] == stated


@pytest.mark.parametrize(
    "text",
    [
        "新制上路\n自2024-07-01起實施的新制，影響3萬家業者。\n",  # a day the story tells
        "新制上路\n主管機關表示，2024-07-01 10:00起實施新制。\n",  # after sentence punctuation
        "新制上路\n依據主管機關於本次修正草案說明會中所提出的規劃時程2024-07-01 10:00起實施。\n",
        # a month inside a line, or past the cover's first blocks, is a period the text tells
        "營運成果\n2015年12月營收年增百分之二十。\n",
        "一\n二\n三\n四\n五\n2015年12月\n營收年增。\n",
        # a two-digit year no other date of the page tells apart (2026? ROC 26?)
        "法說會逐字稿\n公布時間\n26/04/28\n歡迎參加本季財報電話會議。\n",
        # links32: a day the story tells is no dateline: no agency's word and bracket after it,
        # no paper's name alone before it, or sentence punctuation before it
        "新制上路\n主管機關2024年7月1日起實施新制（草案）。\n",
        "新制上路\n自由時報報導，2024/07/01 新制上路。\n",
        "新制上路\n聯合報記者2024年7月1日報導新制上路。\n",
        "新制上路\n【新制】2024年7月1日起實施。\n",
        # the label's words inside a sentence: no field
        "新制說明\n主管機關將另行公布日期\n2026/05/01 前完成修法。\n",
        # dates45: a date the first sentence tells (a comma or a word glued after it, a verb
        # or a list number before it), a figure's date in brackets, a chronology's lines
        "新藥核准\n2017年8月30日，美國FDA宣佈批准首個細胞療法。\n",
        "支援終止\n1. Windows 10 將於 2025-10-14 結束支援：影響數億用戶。\n",
        "新制上路\n主管機關 自 2024/07/01 起實施新制。\n",
        "個股報告\n收盤價 (2024/03/26):NT$2925.0\n公司營收成長。\n",
        "公司沿革\n2001-10-25 公司成立\n2005-03-01 股票上櫃\n",
        "央行理監事會\n央行 2025年 12 月 18 日的理監事會，延續前幾季的基礎。\n",
        # lk32: the date of another work's record (a book given away under the notes) dates
        # that work, whether its label reads as ours (出版日期：) or closes a short line
        "晶片股賣壓來了\n今天談台積電。\n\n書名：黃金獅的金錢大冒險\n作者：某某\n譯者：某某\n"
        "出版社：野人\n出版日期：2026/05/28\n",
        "晶片股賣壓來了\n今天談台積電。\n\n原書名：Money Adventure\nISBN：9789860000000\n"
        "發行日期：2026-05-28\n",
    ],
)
def test_a_day_the_body_tells_is_no_stamp(tmp_path: Path, text: str) -> None:
    """Only a full date with the time of day at the very head of the body is a stamp."""
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    assert build_document(f, IN_PROCESS).metadata.published is None


@pytest.mark.parametrize(("gap", "joined"), [(8.0, True), (30.0, False)])
def test_a_line_set_well_below_the_previous_one_starts_a_block(gap: float, joined: bool) -> None:
    """A signature block's date under a full-width approval line is not its wrap."""
    from pipeline.normalize import Line

    def line(text: str, top: float) -> Line:
        return Line(text, 1, [(0.0, top, 10.0, top + 12.0)] * len(text))

    first = "證券主管機關核准簽證文號金管證審字第一〇四〇〇〇七八六六號及金管證審字第一〇六號"
    lead = "依本會計師核閱結果，並未發現上開個別財務報告在所有重大方面有未依照規定編製之情事。"
    lines = [line(lead, 60.0), line(first, 100.0), line("中華民國一一三年五月十五日", 112.0 + gap)]
    groups = group_lines(lines, load_lexicon("structure"))
    assert (len(groups[-1].lines) == 2) is joined


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("總帳面金額 $ 1,144,718 $ 1,156,724 $ 1,051,593", True),
        ("公司（因華生技公司） $ 94,801 $ 97,564 $ 72,664", True),
        ("3,268 107 ( 34,132 ) 5,822", True),
        ("日盛貨幣市場基金 - 透過損益按公允價值衡量 658 10,071 - % 10,071", True),
        ("處分 - - ( 97 ) -", True),
        ("被背書保證對象 $ 325,698", True),
        # Prose wrapped after a number: the unit or the sentence goes on in the next line.
        ("本公司民國一一三年第一季認列確定提撥計畫之費用金額為新台幣 64,063", False),
        ("其資產總額分別為新台幣 2,477,874仟元及 2,005,608", False),
        ("營收成長 12.5 %", False),
        ("各季金額分別為 $ 1,234 及 $ 5,678。", False),
    ],
)
def test_reads_as_row(line: str, expected: bool) -> None:
    assert reads_as_row(line) is expected


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # A row's last amount and a label's wrapped tail below it: two lines to a reader.
        (
            "本公司 日盛貨幣市場基金 透過損益按公允價值衡量 $ 10,071 $ 10,071",
            "之金融資產－流動",
            False,
        ),
        ("總帳面金額 $ 1,144,718 $ 1,156,724 $ 1,051,593", "減：備抵損失 ( 452) ( 1,073)", False),
        # A sentence wrapped after its number goes on with the unit.
        (
            "本公司民國一一三年第一季認列確定提撥計畫之費用金額分別為新台幣 64,063",
            "仟元及 60,129 仟元。",
            True,
        ),
    ],
)
def test_a_row_closing_on_its_amounts_is_never_reflowed(
    first: str, second: str, joined: bool
) -> None:
    from pipeline.normalize import Line

    lead = "本集團依規定編製下列附表，以下各項金額之單位均為新台幣仟元，並經會計師核閱。"
    lines = [Line(text, 1, None) for text in (lead, first, second)]
    groups = group_lines(lines, load_lexicon("structure"))
    assert (len(groups[-1].lines) == 2) is joined


def test_wrapped_label_tails_stay_off_the_amounts_in_the_text(tmp_path: Path) -> None:
    """A PDF schedule whose label cells wrap under rows that close on `$ amount`: the
    canonical text keeps each wrapped tail on its own line, so no amount runs into CJK
    and no quantity span reaches into a label."""
    from pipeline.run import build_document
    from tests import pdfgen
    from tests.conftest import IN_PROCESS

    path = tmp_path / "wrapped-labels.pdf"
    pdfgen.make_wrapped_label_rows_pdf(path)
    doc = build_document(path, IN_PROCESS)
    for _, (_, kind2), amount in pdfgen.FUND_ROWS:
        assert f"{amount:,}\n" in doc.text
        assert f"{amount:,}{kind2[0]}" not in doc.text
    assert not re.search(r"\d[\u4e00-\u9fff]", doc.text.replace("仟元", ""))
    for q in doc.facts.quantities:
        assert doc.text[q.span.start : q.span.end] == q.text
        assert not re.search(r"\d[\u4e00-\u9fff]", q.text), q.text


def _boxed(text: str, x0: float, top: float, size: float = 12.0) -> Line:
    """A PDF line of ``text`` from ``x0``, CJK glyphs ``size`` wide, Latin half as wide."""
    boxes: list[tuple[float, float, float, float] | None] = []
    x = x0
    for ch in text:
        w = size if ord(ch) > 0x2E80 else size * 0.55
        boxes.append((x, top, x + w, top + size))
        x += w
    return Line(text, 1, boxes)


_LEAD = "本公司產品依應用分為三大類別，說明如下。"


@pytest.mark.parametrize(
    ("first", "second", "x_second", "joined"),
    [
        # A label line ending far left of where the next line reaches: two lines.
        (
            "* Mobile Phone：5G/4G/3G智慧型手機、功能型手機",
            "Smart Edge Platforms 各類連網應用如路由器、寬頻網路、筆記型電腦、無線藍牙耳機與汽車",
            12.0,
            False,
        ),
        # Separate text boxes side by side in the flow: the short one was not wrapped.
        (
            "第四季營收較上季成長百分之九",
            "全年營收創下歷史新高並較去年成長百分之二十三以上",
            0.0,
            False,
        ),
        # A wrapped paragraph: the first line fills the column, the tail is shorter.
        (
            "本季營收較上季成長百分之九，主要受惠於旗艦晶片出貨增加與",
            "網通產品需求回溫。",
            0.0,
            True,
        ),
        # A CJK break that carries a character with its closing mark leaves a gap of two.
        (
            "本季營收較上季成長百分之九，主要受惠於旗艦晶片出貨增加",
            "與網通產品需求回溫，全年營收創新高。",
            0.0,
            True,
        ),
    ],
)
def test_a_line_ended_short_of_the_next_is_not_wrapped(
    first: str, second: str, x_second: float, joined: bool
) -> None:
    """A line is wrapped only if the next line's first word would not have fit after it."""
    lines = [_boxed(_LEAD, 0.0, 40.0), _boxed(first, 0.0, 60.0), _boxed(second, x_second, 76.0)]
    groups = group_lines(lines, load_lexicon("structure"))
    assert (len(groups[-1].lines) == 2) is joined


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Power IC：電源管理晶片", True),
        ("* Mobile Phone：5G/4G/3G智慧型手機", True),
        ("營收佔比：各季加總不等於百分之百", True),
        ("網通產品需求回溫，全年營收創新高：", False),  # a clause, not a label
        ("2025：全年營收創新高", False),
        ("本公司主要產品之應用範圍涵蓋手機與各類連網裝置與車用電子等市場：", False),
    ],
)
def testis_entry_label(line: str, expected: bool) -> None:
    assert is_entry_label(line) is expected


def test_slide_label_lines_each_stay_a_line(tmp_path: Path) -> None:
    """A deck's footnote of ``segment：definition`` lines (MediaTek's segment notes): no
    segment name is run into the definition before it, and the one definition that wraps
    at the footnote's width is still reflowed into one line."""
    from pipeline.run import build_document
    from tests import pdfgen
    from tests.conftest import IN_PROCESS

    path = tmp_path / "label-lines.pdf"
    pdfgen.make_label_lines_slide_pdf(path)
    doc = build_document(path, IN_PROCESS)
    text_lines = doc.text.split("\n")
    for note in pdfgen.SEGMENT_NOTES:
        assert note in text_lines


@pytest.mark.parametrize(
    "dateline",
    [
        "2024年5月12日",
        "2024年5月12日 10:30",
        "2024年05月12日 週日",
        "2024年5月12日 星期日 下午3:20",
        "2024/05/12 10:30",
        "記者王小明／台北報導 2024.05.12",
        "中央社 2024/5/12",
        "By 王小明 | 2024 年 5 月 12 日",
    ],
)
def test_a_text_files_dateline_is_a_line_of_its_own_and_dates_it(
    tmp_path: Path, dateline: str
) -> None:
    """Joined to the first paragraph, the dateline stood in a sentence beside its 今年 and
    the text lost its year (every 今年 unresolved, every present figure without one)."""
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    f = tmp_path / "news.txt"
    f.write_text(f"晶片大廠營收成長\n\n{dateline}\n\n甲公司今年營收成長20%。\n", encoding="utf-8")
    doc = build_document(f, IN_PROCESS)
    assert doc.metadata.published == "2024-05-12"
    assert any(doc.text[b.start : b.end] == dateline for b in doc.blocks)
    assert [q.year for q in doc.facts.quantities] == [2024]


def test_a_line_closed_by_a_date_it_belongs_to_still_wraps() -> None:
    """營運日期為2024年5月12日 / 起算…: the date closes a phrase, no dateline."""
    from pipeline.normalize import Line

    lines = [Line("甲公司預計營運日期為2024年5月12日", 1), Line("起算，今年營收成長20%。", 1)]
    groups = group_lines([Line("新廠動工", 1), *lines * 3], load_lexicon("structure"))
    assert [len(g.lines) for g in groups] == [1, 2, 2, 2]


@pytest.mark.parametrize(
    ("sep", "paragraphs"),
    [
        # a paragraph ending without its full stop, then a blank line: two paragraphs
        ("\n\n", 3),
        # with no blank line the unfinished full line still wraps into the next
        ("\n", 2),
    ],
)
def test_a_blank_line_between_text_paragraphs_keeps_them_apart(
    tmp_path: Path, sep: str, paragraphs: int
) -> None:
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    first = "甲公司今年營收成長兩成，董事長表示下半年訂單能見度佳，主要受惠於伺服器與車用需求強勁。"
    second = (
        "乙公司去年營收為30億元，毛利率為25%，法人預估今年營收將成長10%，"
        "動能來自新產品放量與海外客戶拉貨"
    )
    third = (
        "丙公司表示今年持續擴產，預計第三季新產線將開出，屆時月產能將提升至兩萬片，以滿足客戶需求。"
    )
    f = tmp_path / "news.txt"
    f.write_text("產業新聞摘要\n" + sep.join([first, second, third]) + "\n", encoding="utf-8")
    doc = build_document(f, IN_PROCESS)
    assert [b.kind for b in doc.blocks].count("paragraph") == paragraphs


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("| 項目 | 2023 | 2024 |", True),
        ("|---|:---:|---:|", True),
        ("---|---", True),
        ("項目 | 2023 | 2024", True),
        ("| 合計 |  |", False),  # one cell with text: no row of a table
        ("| 第一段說明文字，以直線框起。 | 第二段 |", False),  # a sentence
        ("代工 | 封測", False),  # one pipe: words set apart, not cells
    ],
)
def test_pipe_rows(text: str, row: bool) -> None:
    assert is_pipe_row(text) is row


@pytest.mark.parametrize(
    ("texts", "kinds"),
    [
        # a paragraph line long enough to wrap, then a pipe table: the rows stay rows
        (
            [
                "這是一段相當長的段落文字，用來說明下方表格所列的各項數據來源與計算方式以及口徑",
                "| 項目 | 2023 | 2024 |",
                "|---|---|---|",
                "| 晶圓代工 | 1,200 | 1,450 |",
                "| 封裝測試 | 350 | 380 |",
            ],
            ["paragraph", "table"],
        ),
        # framed rows without a rule are a table too
        (["前言。", "| 甲 | 1 |", "| 乙 | 2 |"], ["paragraph", "table"]),
        # unframed pipes without a rule stay text
        (["前言。", "甲 | 乙 | 丙", "丁 | 戊 | 己"], ["paragraph"] * 3),
    ],
)
def test_pipe_tables_are_one_block_a_row_a_line(texts: list[str], kinds: list[str]) -> None:
    lines = [Line(text, 1, None) for text in ["市場報告", *texts]]
    groups = group_lines(lines, load_lexicon("structure"))
    assert [g.kind for g in groups][1:] == kinds
    if kinds[-1] == "table":
        assert [ln.text for ln in groups[-1].lines] == [t for t in texts if "|" in t]


def _set_apart_by_scan(prev: Line, nxt: Line) -> bool:
    """``_set_apart`` as it read the boxes before round 35: every list built afresh."""
    if prev.page != nxt.page or not prev.boxes or not nxt.boxes:
        return False
    above = [b for b in prev.boxes if b is not None]
    below = [b for b in nxt.boxes if b is not None]
    if not above or not below:
        return False
    height = sorted(b[3] - b[1] for b in above)[len(above) // 2]
    return min(b[1] for b in below) - max(b[3] for b in above) > PARAGRAPH_GAP * height


def _ended_short_by_scan(prev: Line, nxt: Line) -> bool:
    """``_ended_short`` as it read the boxes before round 35."""
    if prev.page != nxt.page or not prev.boxes or not nxt.boxes:
        return False
    above = [b for b in prev.boxes if b is not None]
    below = [b for b in nxt.boxes if b is not None]
    m = re.compile(r"[\x21-\x7e]+|.").match(nxt.text)
    if not above or not below or not m:
        return False
    word = [b for b in nxt.boxes[: m.end()] if b is not None]
    if not word:
        return False
    height = sorted(b[3] - b[1] for b in above)[len(above) // 2]
    room = max(b[2] for b in below) - max(b[2] for b in above)
    return room > (max(b[2] for b in word) - min(b[0] for b in word)) + WRAP_SLACK * height


@pytest.mark.parametrize("make", ["seed", "make_label_lines_slide_pdf", "make_report_pdf"])
def test_the_wrap_tests_read_each_lines_boxes_once_as_a_scan_reads_them(
    tmp_path: Path, make: str
) -> None:
    """Round 35: ``group_lines`` asks ``_set_apart`` and ``_ended_short`` of a line as the
    next line and again as the last line of its block; each line's box extent is now
    worked out once (``_line_ink``, kept for the call). On the lines of real PDF pages,
    every pair of lines (above or below, the same page or not) gets the answers the
    scans of every box give, cached or not."""
    from pipeline.ingest import ingest
    from pipeline.normalize import normalize
    from pipeline.structure import _ended_short, _set_apart
    from tests import pdfgen
    from tests.conftest import IN_PROCESS

    root = Path(__file__).resolve().parents[1]
    if make == "seed":
        path = root / "raw" / "seed.pdf"
    else:
        path = tmp_path / f"{make}.pdf"
        if make == "make_report_pdf":
            text = (root / "raw" / "seed.txt").read_text(encoding="utf-8")
            pdfgen.make_report_pdf(path, pdfgen.seed_text_pages(text))
        else:
            getattr(pdfgen, make)(path)
    lines = normalize(ingest(path, IN_PROCESS).raw)
    assert any(ln.boxes for ln in lines)
    inks: dict[int, Any] = {}
    seen = {True: 0, False: 0}
    for prev, nxt in [*itertools.pairwise(lines), *itertools.pairwise(lines[::-1])]:
        apart, short = _set_apart_by_scan(prev, nxt), _ended_short_by_scan(prev, nxt)
        assert _set_apart(prev, nxt, inks) is apart and _set_apart(prev, nxt) is apart
        assert _ended_short(prev, nxt, inks) is short and _ended_short(prev, nxt) is short
        seen[apart or short] += 1
    assert seen[True] and seen[False]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a filing's cover: the field lines before the title are no title
        (
            "股票代碼：8299\n群聯電子股份有限公司及子公司\n合併財務報告暨會計師核閱報告\n"
            "民國一一三年及一一二年第一季\n公司地址：新竹縣竹北市",
            "群聯電子股份有限公司及子公司 合併財務報告暨會計師核閱報告",
        ),
        # a company name wrapped before its 及子公司 stays one name
        (
            "上市證券代號：4114\n健喬醫藥股份有限公司\n及子公司\n合併財務報告暨會計師核閱報告\n"
            "民國114及113年第1季",
            "健喬醫藥股份有限公司及子公司 合併財務報告暨會計師核閱報告",
        ),
        # a deck's cover: a period over the kind of report
        ("2025年第4季\n營運報告\nJPMorgan Conference\n2026年3月11日", "2025年第4季 營運報告"),
        # a one-line title stays one line
        ("2025年第四季法人說明會\n2026年1月15日\n會議議程", "2025年第四季法人說明會"),
        # a news headline never takes the line after it, even one ending like a report
        ("晶片需求回溫\n業者上修全年財務報告", "晶片需求回溫"),
        ("全景軟體股份有限公司\n董事會通過第一季財務報告。", "全景軟體股份有限公司"),
    ],
)
def test_a_cover_title_skips_field_lines_and_runs_over_its_lines(
    tmp_path: Path, head: str, title: str
) -> None:
    from pipeline.run import build_document
    from tests.conftest import IN_PROCESS

    path = tmp_path / "cover.txt"
    path.write_text(head + "\n\n本公司營收成長。\n", encoding="utf-8")
    doc = build_document(path, IN_PROCESS)
    assert doc.metadata.title == title
    # the text keeps every line: a title over lines is one block, the breaks kept
    assert head.split("\n")[0] in doc.text
    (block,) = [b for b in doc.blocks if b.kind == "title"]
    assert doc.text[block.start : block.end].replace("\n", " ").replace(" 及", "及") == title


# i11: a bulleted list's items are set one a line with no end punctuation, each as long as
# the last; reflowed, they ran together into one sentence (`…皆超越全年財測高標✓ 全年營收創歷史
# 新高`, `…「負債分類為流動或非流動」•國際會計準則第一號之修正…`).
@pytest.mark.parametrize(
    "items",
    [
        [
            "✓ 營收、營業淨利、稅前淨利及每股盈餘皆超越全年財測高標",
            "✓ 全年營收創歷史新高並連續三年成長且優於同業平均水準",
            "✓ 累計每股盈餘連續六年年增率正成長並創近八年來新高峰",
        ],
        [
            "•國際會計準則第一號之修正「負債分類為流動或非流動」",
            "•國際會計準則第一號之修正「具合約條款之非流動負債」",
            "•國際會計準則第七號及國際財務報導準則第七號之修正「供應商融資安排」",
        ],
        [
            "➢ Q4營業收入創歷史新高、全年營收創歷史新高且優於財測",
            "➢ Q4淨利創十年來同期新高、全年淨利創八年來新高且優於財測",
        ],
        [
            "▶ 本公司自一月一日起適用新修正之國際財務報導準則會計",
            "▶ 合併公司評估上述準則之修正對財務狀況與財務績效無重大影響",
        ],
    ],
)
def test_each_bulleted_item_is_a_block_of_its_own(items: list[str]) -> None:
    lead = "本公司自民國一一三年一月一日起開始適用下列新修正之國際財務報導準則會計準則："
    lines = [Line(text, 1, None) for text in ["市場報告", lead, *items]]
    lex = load_lexicon("structure")
    groups = group_lines(lines, lex)
    assert [[ln.text for ln in g.lines] for g in groups][-len(items) :] == [[t] for t in items]
    # the marks are what keeps them apart: without them the items wrap into one block
    joined = group_lines(lines, {**lex, "bullet_marks": []})
    assert len(joined) < len(groups)


@pytest.mark.parametrize(
    ("text", "wraps"),
    [
        ("•國際會計準則第一號之修正", False),
        ("✓ 全年營收創歷史新高", False),
        ("➢ Q4 EPS創10年來同期新高", False),
        ("‧ 本公司適用新準則", False),
        ("國際會計準則第一號之修正", True),  # no mark: a wrapped line may go on here
        ("約翰‧霍普金斯大學的研究", True),  # a middle dot inside a name is no mark
    ],
)
def test_a_bullet_mark_opens_a_list_item(text: str, wraps: bool) -> None:
    from pipeline.structure import classify

    kind = classify(text, load_lexicon("structure"))
    assert (kind == "text") == wraps
