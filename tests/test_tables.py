"""tables: the sample's 表 1 from text and PDF, units, totals, merged headers, accessors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.tables import extract_tables
from pipeline.extract.tables.build import _pair_money
from pipeline.extract.tables.captions import find_table_regions, parse_source
from pipeline.extract.tables.pdf_grid import (
    _cell_pattern,
    _periods_over_repeats,
    _search_row,
    find_row,
    find_rows,
)
from pipeline.extract.tables.text_grid import _stub_count, parse_text_table
from pipeline.extract.tables.totals import check_table
from pipeline.models import (
    Block,
    Cell,
    CharSpan,
    Check,
    Document,
    Metadata,
    Page,
    PdfTable,
    Sentence,
    Source,
    Table,
)
from pipeline.pdftables import find_pdf_tables, page_may_have_table
from pipeline.pdftables.cells import parse_cell, parse_unit, parse_value_cell, total_kind
from pipeline.pdftables.geometry import crossed_frames
from pipeline.pdftables.lexicon import caption_label
from pipeline.run import build
from pipeline.structure import split_sentences
from pipeline.tables import (
    table_csv_name,
    table_slug,
    table_to_csv,
    table_to_csv_rows,
    table_to_records,
    to_frame,
)
from tests import pdfgen
from tests.conftest import IN_PROCESS
from tests.pdfgen import (
    DIAGRAM_TITLES,
    MULTIPAGE_CAPTION,
    ONE_COLUMN_ROWS,
    TABLE1_CAPTION,
    TABLE1_HEADER,
    TABLE1_NOTE,
    TABLE1_ROWS,
    TABLE1_SOURCE,
    TABLE1_TOTAL,
    _register_cjk,
    make_diagram_slides_pdf,
    make_multipage_table_pdf,
    make_table_pdf,
    multipage_table_rows,
)

# --------------------------------------------------------------------------- helpers

SEED_COLUMNS = ["項目", "申請案件數", "核准案件數", "總收案人數"]
SEED_ROWS = [
    ("自體免疫細胞治療", 301, 173, 1138),
    ("自體脂肪幹細胞治療", 118, 56, 110),
    ("自體骨髓間質幹細胞治療", 32, 12, 82),
    ("自體軟骨細胞治療", 12, 10, 60),
    ("自體纖維母細胞治療", 16, 7, 8),
    ("自體 CD 34+ selection", 0, 0, 0),
    ("非附表所列細胞治療技術", 23, 0, 0),
    ("總計", 502, 258, 1398),
]
SEED_TABLE_LINES = [" ".join(TABLE1_HEADER)] + [" ".join(r) for r in (*TABLE1_ROWS, TABLE1_TOTAL)]


def make_doc(blocks: Sequence[tuple[str, str] | tuple[str, str, int]]) -> Document:
    """A Document from (kind, text[, page]) blocks, laid out as the structure stage does."""
    parts: list[str] = []
    out_blocks: list[Block] = []
    sentences: list[Sentence] = []
    pos = 0
    for k, spec in enumerate(blocks):
        kind, text = spec[0], spec[1]
        page = spec[2] if len(spec) > 2 else 1  # type: ignore[misc]
        if k:
            parts.append("\n")
            pos += 1
        label = None
        if kind in ("table_caption", "figure_caption"):
            label = caption_label(text, "table" if kind == "table_caption" else "figure")
        out_blocks.append(Block(kind=kind, start=pos, end=pos + len(text), page=page, label=label))  # type: ignore[arg-type]
        parts.append(text)
        pos += len(text)
    text = "".join(parts)
    for i, b in enumerate(out_blocks):
        sentences.extend(split_sentences(text, b.start, b.end, i, b.kind == "table"))
    pages: list[Page] = []
    for b in out_blocks:
        if not pages or pages[-1].number != b.page:
            if pages:
                pages[-1].end = b.start
            pages.append(Page(number=b.page, start=b.start, end=len(text)))
    return Document(
        doc_id="t",
        source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=len(pages)),
        metadata=Metadata(),
        text=text,
        pages=pages,
        blocks=out_blocks,
        sentences=sentences,
    )


def table_doc(
    caption: str,
    lines: Sequence[str],
    note: str | None = None,
    source: str | None = "資料來源：本研究整理（2024/01）",
    intro: str = "產值如下表所示（表 1）。",
) -> Document:
    blocks: list[tuple[str, str]] = [("paragraph", intro), ("table_caption", caption)]
    blocks.append(("table", "\n".join(lines)))
    if note:
        blocks.append(("note", note))
    if source:
        blocks.append(("source", source))
    blocks.append(("paragraph", "表後的段落。"))
    return make_doc(blocks)


def values(table: Table) -> list[list[float | None]]:
    return [[c.value for c in row[table.stub_columns :]] for row in table.rows]


def assert_cell_spans(doc: Document, table: Table) -> None:
    """Every cell with a span quotes the document exactly; one set on several lines, its
    pieces spell it (spaces aside) from the span's start to its end."""
    spans = [c for row in table.rows for c in row if c.span is not None]
    assert spans
    for c in spans:
        assert c.span is not None
        if not c.parts:
            assert doc.text[c.span.start : c.span.end] == c.text
            continue
        assert (c.parts[0].start, c.parts[-1].end) == (c.span.start, c.span.end)
        quoted = "".join(doc.text[p.start : p.end] for p in c.parts)
        assert "".join(quoted.split()) == "".join(c.text.split())


def assert_seed_table(doc: Document, table: Table, checks: Sequence[Check]) -> None:
    """The sample's 表 1 exactly: 8 rows (7 + 總計), 3 numeric columns, totals checked."""
    assert table.table_id == "表 1"
    assert table.caption == "細胞治療施行計畫申請案件、核准案件及總收案人數統計"
    assert table.columns == SEED_COLUMNS
    assert table.stub_columns == 1
    assert [r[0].text for r in table.rows] == [r[0] for r in SEED_ROWS]
    assert values(table) == [[float(v) for v in r[1:]] for r in SEED_ROWS]
    assert table.total_rows == [7]
    assert len([r for i, r in enumerate(table.rows) if i not in table.total_rows]) == 7
    assert table.notes == ["*申請案件數、總收案人數統計及核准案件數統計至 2023年 12月底"]
    assert table.source_text == "衛福部醫事司；DCB產資組 ITIS研究團隊（2024/01）"
    assert table.source_date == "2024-01"
    assert doc.text[table.span.start : table.span.end] == table.text
    assert table.text.startswith("表 1 細胞治療") and table.text.endswith("1,398")
    for r, row in enumerate(table.rows):
        for j, cell in enumerate(row):
            assert cell.row_header == SEED_ROWS[r][0]
            assert cell.col_header == SEED_COLUMNS[j]
            assert cell.page == table.page
            assert cell.span is not None
            assert doc.text[cell.span.start : cell.span.end] == cell.text
    first = table.rows[0]
    assert (first[1].unit, first[1].base_unit, first[1].kind) == ("件", "件", "count")
    assert (first[3].text, first[3].value, first[3].unit) == ("1,138", 1138.0, "人")
    row_checks = [c for c in checks if c.kind == "table_total_row"]
    assert [c.status for c in row_checks] == ["pass", "pass", "pass"]
    assert [c.values["total"] for c in row_checks] == [502, 258, 1398]
    assert row_checks[0].values["addends"] == [[r[0], float(r[1])] for r in SEED_ROWS[:7]]
    assert table.check_ids == [c.id for c in checks] == ["t1.c1", "t1.c2", "t1.c3"]


# --------------------------------------------------------------------------- the sample


def test_seed_table_from_txt(seed_doc: Document) -> None:
    tables, checks = extract_tables(seed_doc)
    assert len(tables) == 1
    t = tables[0]
    assert_seed_table(seed_doc, t, checks)
    assert t.id == "t1" and t.strategy == "text" and t.rule == "tables.text.v1"
    assert t.pages == [t.page] and t.bbox is None
    cite = seed_doc.sentences[t.cited_in[0]]
    assert "（表 1）" in seed_doc.text[cite.start : cite.end]


def test_seed_table_through_pipeline(seed_doc: Document) -> None:
    assert len(seed_doc.facts.tables) == 1
    assert seed_doc.facts.tables[0].table_id == "表 1"


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tables")


@pytest.mark.parametrize(("ruled", "strategy"), [(True, "pdf_lines"), (False, "pdf_text")])
def test_seed_table_from_pdf(pdf_dir: Path, ruled: bool, strategy: str) -> None:
    path = pdf_dir / f"table1-{ruled}.pdf"
    make_table_pdf(path, ruled=ruled)
    built = build(path, IN_PROCESS)
    doc = built.document
    assert [t.strategy for t in built.pdf_tables] == ["lines" if ruled else "text"]
    assert built.pdf_tables[0].caption == TABLE1_CAPTION
    tables, checks = extract_tables(doc, built.pdf_tables)
    assert len(tables) == 1
    t = tables[0]
    assert t.strategy == strategy
    assert_seed_table(doc, t, checks)
    assert t.bbox is not None
    assert all(c.bbox is not None for row in t.rows for c in row)
    # Cells sit left to right and top to bottom on the page.
    xs = [c.bbox[0] for c in t.rows[0]]  # type: ignore[index]
    ys = [row[0].bbox[1] for row in t.rows]  # type: ignore[index]
    assert xs == sorted(xs) and ys == sorted(ys)


@pytest.mark.parametrize("repeat_header", [True, False])
@pytest.mark.parametrize("ruled", [True, False])
def test_multipage_table_joined(pdf_dir: Path, ruled: bool, repeat_header: bool) -> None:
    path = pdf_dir / f"multi-{ruled}-{repeat_header}.pdf"
    fx = make_multipage_table_pdf(path, repeat_header=repeat_header, ruled=ruled)
    built = build(path, IN_PROCESS)
    assert sorted({t.page for t in built.pdf_tables}) == [1, 2]
    tables, checks = extract_tables(built.document, built.pdf_tables)
    assert len(tables) == 1
    t = tables[0]
    assert t.table_id == "表 2" and t.caption == MULTIPAGE_CAPTION.split(" ", 2)[2]
    assert t.pages == [1, 2]
    expected = multipage_table_rows()
    assert [[c.text for c in row] for row in t.rows] == expected
    assert [row[0].page for row in t.rows] == [p + 1 for p in fx.extra["row_pages"][1:]]
    assert t.total_rows == [len(expected) - 1]
    assert [c.status for c in checks] == ["pass"] * 3
    assert t.source_date == "2024-01"
    assert_cell_spans(built.document, t)


def test_find_pdf_tables_on_a_page_without_table(pdf_dir: Path) -> None:
    from reportlab.pdfgen import canvas

    path = pdf_dir / "prose.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(_register_cjk(), 11)
    for k, line in enumerate(
        ["全球細胞及基因治療市場為 181.2億美元，", "預估至 2028年將快速擴增。"]
    ):
        c.drawString(72, 760 - 16 * k, line)
    c.showPage()
    c.save()
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert not page_may_have_table(page, page.extract_text())
        assert find_pdf_tables(page, 1) == []


def _draw_merged_header_table(path: Path, ruled: bool) -> None:
    """地區 over two header rows; 2022年 and 2023年 each over 產值 and 比重."""
    from reportlab.pdfgen import canvas

    font = _register_cjk()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 11)
    c.drawString(150, 760, "表 3 全球市場規模")
    c.drawString(80, 744, "單位：億美元")
    xs = [80, 200, 280, 360, 440, 520]
    rh, top = 20, 730
    c.setFont(font, 10)

    def centred(text: str, x0: float, x1: float, y: float) -> None:
        c.drawCentredString((x0 + x1) / 2, y, text)

    centred("地區", xs[0], xs[1], top - rh - 4)
    centred("2022年", xs[1], xs[3], top - 14)
    centred("2023年", xs[3], xs[5], top - 14)
    for k, t in enumerate(["產值", "比重", "產值", "比重"]):
        centred(t, xs[1 + k], xs[2 + k], top - rh - 14)
    y = top - 2 * rh
    for row in MERGED_BODY:
        c.drawString(xs[0] + 4, y - 14, row[0])
        for k, t in enumerate(row[1:]):
            c.drawRightString(xs[2 + k] - 6, y - 14, t)
        y -= rh
    if ruled:
        c.line(xs[0], top, xs[-1], top)
        c.line(xs[1], top - rh, xs[-1], top - rh)
        for k in range(2, 2 + len(MERGED_BODY) + 1):
            c.line(xs[0], top - k * rh, xs[-1], top - k * rh)
        for x in (xs[0], xs[1], xs[3], xs[5]):
            c.line(x, top, x, y)
        for x in (xs[2], xs[4]):
            c.line(x, top - rh, x, y)
    c.drawString(80, y - 20, "資料來源：本研究整理（2024/03）")
    c.showPage()
    c.save()


MERGED_BODY = [
    ("北美", "80.5", "45.0%", "90.1", "44.5%"),
    ("歐洲", "50.2", "28.1%", "55.0", "27.2%"),
    ("亞太", "48.1", "26.9%", "57.4", "28.3%"),
    ("合計", "178.8", "100.0%", "202.5", "100.0%"),
]


@pytest.mark.parametrize("ruled", [True, False])
def test_merged_header_cells_from_pdf(pdf_dir: Path, ruled: bool) -> None:
    path = pdf_dir / f"merged-{ruled}.pdf"
    _draw_merged_header_table(path, ruled)
    with pdfplumber.open(path) as pdf:
        found = find_pdf_tables(pdf.pages[0], 1)
    assert len(found) == 1 and found[0].strategy == ("lines" if ruled else "text")
    assert found[0].rows[0] == ["地區", "2022年", None, "2023年", None]
    built = build(path, IN_PROCESS)
    tables, checks = extract_tables(built.document, built.pdf_tables)
    t = tables[0]
    assert t.columns == ["地區", "2022年 / 產值", "2022年 / 比重", "2023年 / 產值", "2023年 / 比重"]
    assert t.unit == "億美元"
    assert [[c.text for c in row] for row in t.rows] == [list(r) for r in MERGED_BODY]
    money, share = t.rows[0][1], t.rows[0][2]
    assert (money.value, money.unit, money.base_value, money.base_unit, money.kind) == (
        80.5,
        "億美元",
        8_050_000_000.0,
        "USD",
        "money",
    )
    assert (share.value, share.unit, share.kind) == (45.0, "%", "percent")
    assert [c.status for c in checks] == ["pass"] * 4
    assert t.source_date == "2024-03"
    assert_cell_spans(built.document, t)


# --------------------------------------------------------------------------- text rows


@pytest.mark.parametrize(
    ("lines", "columns", "cells"),
    [
        (
            SEED_TABLE_LINES[:3],
            SEED_COLUMNS,
            [
                ["自體免疫細胞治療", "301", "173", "1,138"],
                ["自體脂肪幹細胞治療", "118", "56", "110"],
            ],
        ),
        # Labels with spaces and Latin; a label that ends in a number.
        (
            ["項目 申請案件數 核准案件數", "自體 CD 34+ selection 0 0", "CD 34 12 3", "A B 1 2"],
            ["項目", "申請案件數", "核准案件數"],
            [["自體 CD 34+ selection", "0", "0"], ["CD 34", "12", "3"], ["A B", "1", "2"]],
        ),
        # The header has no stub name: fewer tokens than a data row.
        (
            ["2022年 2023年", "北美 80.5 90.1", "歐洲 50.2 55.0"],
            ["", "2022年", "2023年"],
            [["北美", "80.5", "90.1"], ["歐洲", "50.2", "55.0"]],
        ),
        # Year header split by spaces, unit in a header, null markers.
        (
            ["項目 2022 年 2023 (e)", "產值 (億元) 1,200.5 -", "成長率 (%) — 3.5%"],
            ["項目", "2022 年", "2023 (e)"],
            [["產值 (億元)", "1,200.5", "-"], ["成長率 (%)", "—", "3.5%"]],
        ),
        # A unit line and a two-level header.
        (
            ["單位：億元", "地區 2022年 2023年", "產值 比重 產值 比重", "北美 80.5 45% 90.1 44%"],
            ["地區", "2022年 / 產值", "2022年 / 比重", "2023年 / 產值", "2023年 / 比重"],
            [["北美", "80.5", "45%", "90.1", "44%"]],
        ),
        # Rank and name: two stub columns; a group row without numbers.
        (
            ["排名 公司 營收", "1 台積電 2,161", "2 聯發科 433", "晶圓代工"],
            ["排名", "公司", "營收"],
            [["1", "台積電", "2,161"], ["2", "聯發科", "433"], [None, "晶圓代工", None]],
        ),
        # A group row under a complete header is a row, not a second header line.
        (
            ["項目 2022 2023", "自體 細胞", "免疫 細胞 10 20"],
            ["項目", "2022", "2023"],
            [["自體 細胞", None, None], ["免疫 細胞", "10", "20"]],
        ),
        # A group name over year columns.
        (
            ["項目 產值", "2021 2022 2023", "A 1 2 3"],
            ["項目", "產值 / 2021", "產值 / 2022", "產值 / 2023"],
            [["A", "1", "2", "3"]],
        ),
        # The header repeated on a continuation page is dropped.
        (["項目 產值", "A 1", "項目 產值", "B 2"], ["項目", "產值"], [["A", "1"], ["B", "2"]]),
    ],
)
def test_parse_text_table(
    lines: list[str], columns: list[str], cells: list[list[str | None]]
) -> None:
    tt = parse_text_table(lines)
    assert tt.columns == columns
    got = [[c.text if c else None for c in r.cells] for r in tt.rows]
    assert got == cells
    for r in tt.rows:
        for c in r.cells:
            if c is not None:
                assert lines[r.line][c.start : c.end] == c.text


def test_parse_text_table_unit_line() -> None:
    tt = parse_text_table(["單位：千片/月", "廠商 2023 2024", "台積電 1,200 1,350"])
    assert tt.unit == "千片/月" and tt.unit_lines == [0] and tt.header_lines == [1]


_LABEL = st.text(alphabet="自體細胞治療幹免疫 CDselction+-", min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and "  " not in s and parse_cell(s.split()[-1]) is None
)


@settings(max_examples=60, deadline=None)
@given(
    n_cols=st.integers(1, 4),
    rows=st.lists(
        st.tuples(_LABEL, st.lists(st.integers(0, 99_999), min_size=4, max_size=4)),
        min_size=1,
        max_size=6,
    ),
)
def test_parse_text_table_recovers_cells(n_cols: int, rows: list[tuple[str, list[int]]]) -> None:
    header = "項目 " + " ".join(f"欄{k}" for k in range(n_cols))
    lines = [header] + [f"{lab} " + " ".join(f"{v:,}" for v in vals[:n_cols]) for lab, vals in rows]
    tt = parse_text_table(lines)
    assert tt.columns == ["項目"] + [f"欄{k}" for k in range(n_cols)]
    for r, (lab, vals) in zip(tt.rows, rows, strict=True):
        assert r.cells[0] is not None and r.cells[0].text == lab
        assert [parse_cell(c.text).value for c in r.cells[1:]] == vals[:n_cols]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- cells and units


@pytest.mark.parametrize(
    ("text", "value", "null", "percent"),
    [
        ("1,138", 1138.0, False, False),
        ("１，１３８", None, None, None),  # a full-width comma separates two numbers
        ("１３８", 138.0, False, False),
        ("-12.5", -12.5, False, False),
        ("12.5%", 12.5, False, True),
        ("４２．８％", 42.8, False, True),
        ("▼3.2", -3.2, False, False),
        ("−0.5", -0.5, False, False),
        ("1,138*", 1138.0, False, False),
        ("-", None, True, False),
        ("—", None, True, False),
        ("–", None, True, False),
        ("N.A.", None, True, False),
        ("34+", None, None, None),
        ("2023年", None, None, None),
        ("自體", None, None, None),
        ("1,13", None, None, None),
    ],
)
def test_parse_cell(
    text: str, value: float | None, null: bool | None, percent: bool | None
) -> None:
    cv = parse_cell(text)
    if null is None:
        assert cv is None
        return
    assert cv is not None
    assert (cv.value, cv.null, cv.percent) == (value, null, percent)


def test_parse_cell_markers_and_units() -> None:
    cv = parse_cell("1,138*")
    assert cv is not None and cv.markers == ("*",)
    cv = parse_cell("181.2億美元")
    assert cv is not None and cv.unit is not None
    assert (cv.value, cv.unit.multiplier, cv.unit.base_unit) == (181.2, 1e8, "USD")


@pytest.mark.parametrize(
    ("text", "multiplier", "base", "kind"),
    [
        ("億元", 1e8, "TWD", "money"),
        ("(億美元)", 1e8, "USD", "money"),
        ("新臺幣百萬元", 1e6, "TWD", "money"),
        ("US$ Million", 1e6, "USD", "money"),
        ("％", 1.0, "%", "percent"),
        ("千片/月", 1e3, "片/月", "other"),
        ("萬人", 1e4, "人", "count"),
        ("件", 1.0, "件", "count"),
        ("倍", 1.0, "倍", "ratio"),
        ("每股元", 1.0, "TWD", "money"),  # 元 per share: the money's own unit
        ("(每股新台幣元)", 1.0, "TWD", "money"),
        ("每股 NT$", 1.0, "TWD", "money"),
    ],
)
def test_parse_unit(text: str, multiplier: float, base: str, kind: str) -> None:
    u = parse_unit(text)
    assert u is not None and (u.multiplier, u.base_unit, u.kind) == (multiplier, base, kind)


@pytest.mark.parametrize("text", ["2023", "(e)", "註1", "項目", ""])
def test_parse_unit_rejects(text: str) -> None:
    assert parse_unit(text) is None


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("總計", "total"),
        ("合計", "total"),
        ("總和", "total"),
        ("小計", "subtotal"),
        ("亞洲小計", "subtotal"),
        ("合計（億元）", "total"),
        ("總計*", "total"),
        ("Total", "total"),
        ("自體免疫細胞治療", None),
        ("總收案人數", None),
        (None, None),
    ],
)
def test_total_kind(label: str | None, kind: str | None) -> None:
    assert total_kind(label) == kind


@pytest.mark.parametrize(
    ("line", "body", "date"),
    [
        (
            "資料來源：衛福部醫事司；DCB產資組 ITIS研究團隊（2024/01）",
            "衛福部醫事司；DCB產資組 ITIS研究團隊（2024/01）",
            "2024-01",
        ),
        ("資料來源：IQVIA，2023年5月", "IQVIA，2023年5月", "2023-05"),
        ("Source: EvaluatePharma (2023)", "EvaluatePharma (2023)", "2023"),
        ("資料來源：工研院產科國際所（113/02）", "工研院產科國際所（113/02）", "2024-02"),
        ("資料來源：各公司", "各公司", None),
    ],
)
def test_parse_source(line: str, body: str, date: str | None) -> None:
    assert parse_source(line) == (body, date)


# --------------------------------------------------------------------------- units and checks


def test_unit_line_and_header_units_type_cells() -> None:
    doc = table_doc(
        "表 1 全球市場規模",
        [
            "單位：億元",
            "項目 2022 2023 成長率 比重 產值(億美元)",
            "北美 1,200.5 1,300 8.3 60 40.2",
            "歐洲 800 - -2.1 40 26.8",
        ],
    )
    (t,), _ = extract_tables(doc)
    assert t.unit == "億元"
    north = t.rows[0]
    assert (north[1].value, north[1].base_value, north[1].base_unit) == (
        1200.5,
        120_050_000_000.0,
        "TWD",
    )
    assert (north[3].unit, north[3].kind) == ("%", "percent")  # 成長率 is a rate
    assert (north[5].unit, north[5].base_unit, north[5].base_value) == (
        "億美元",
        "USD",
        4_020_000_000.0,
    )
    europe = t.rows[1]
    assert europe[2].null and europe[2].value is None and europe[3].value == -2.1


def test_wrong_total_fails_without_crashing() -> None:
    lines = [*SEED_TABLE_LINES[:-1], "總計 503 258 1,389"]
    doc = table_doc("表 1 細胞治療施行計畫申請案件、核准案件及總收案人數統計", lines)
    _, checks = extract_tables(doc)
    # 1,389 for 1,398: two adjacent digits swapped, reported as the source's misprint
    assert [c.status for c in checks] == ["fail", "pass", "info"]
    assert checks[2].values["misprint"] == "transposed_digits"
    bad = checks[0]
    assert bad.values["total"] == 503 and bad.values["sum"] == 502
    assert bad.values["difference"] == -1 and bad.fact_ids == ["t1"]
    assert "≠" in bad.message and checks[2].values["sum"] == 1398


def test_subtotals_and_total_column() -> None:
    doc = table_doc(
        "表 1 各區域家數",
        [
            "區域 上市 上櫃 合計",
            "台北 10 5 15",
            "新竹 4 4 8",
            "北部小計 14 9 23",
            "台中 3 1 4",
            "中部小計 3 1 4",
            "總計 17 10 27",
        ],
    )
    (t,), checks = extract_tables(doc)
    assert t.total_rows == [2, 4, 5] and t.total_columns == [3]
    kinds = [c.kind for c in checks]
    assert kinds.count("table_total_row") == 9 and kinds.count("table_total_column") == 6
    assert all(c.status == "pass" for c in checks)


def test_total_row_with_rounded_scaled_values() -> None:
    doc = table_doc("表 1 產值（單位：億元）", ["項目 2023", "A 1.2", "B 2.3", "C 3.3", "合計 6.9"])
    (t,), checks = extract_tables(doc)
    assert t.unit == "億元"
    assert [c.status for c in checks] == ["pass"]  # 6.8 + rounding of three one-decimal values


@pytest.mark.parametrize(
    ("cells", "status"),
    [(["45.2%", "30.1%", "24.7%"], "pass"), (["45.2%", "30.1%", "27.4%"], "fail")],
)
def test_share_column_sums_to_100(cells: list[str], status: str) -> None:
    lines = ["地區 營收 比重"] + [f"R{k} {10 * k + 1} {c}" for k, c in enumerate(cells)]
    _, checks = extract_tables(table_doc("表 1 營收", lines))
    pct = [c for c in checks if c.kind == "table_percent_sum"]
    assert [c.status for c in pct] == [status]
    assert pct[0].values["expected"] == 100.0


def test_growth_rates_are_not_summed() -> None:
    (t,), checks = extract_tables(
        table_doc("表 1 產值", ["年 產值 成長率", "2022 100 5.1%", "2023 110 10.0%"])
    )
    assert checks == [] and t.rows[1][2].kind == "percent"


def test_check_table_is_pure() -> None:
    doc = table_doc("表 1 統計", SEED_TABLE_LINES)
    (t,), checks = extract_tables(doc)
    assert check_table(t) == checks


# --------------------------------------------------------------------------- regions


def test_regions_from_blocks_and_continuations() -> None:
    doc = make_doc(
        [
            ("paragraph", "市場如表 1 及表 2 所示。"),
            ("table_caption", "表 1 市場規模", 1),
            ("paragraph", "單位：億元", 1),
            ("table", "項目 2023\nA 1", 1),
            ("footer", "第 1 頁", 1),
            ("table_caption", "表 1 市場規模（續）", 2),
            ("table", "項目 2023\nB 2\n合計 3", 2),
            ("note", "註：2023 年為預估值", 2),
            ("source", "資料來源：本研究整理（2024/01）", 2),
            ("paragraph", "另一段文字，說明表 2 的內容。", 2),
            ("table_caption", "表 2 無表格內容", 2),
            ("paragraph", "本段為一般敘述。", 2),
        ]
    )
    regions = find_table_regions(doc)
    assert [r.label for r in regions] == ["表 1", "表 2"]
    assert regions[0].caption_pages == [1, 2] and regions[0].units == ["億元"]
    tables, checks = extract_tables(doc)
    t1, t2 = tables
    assert [[c.text for c in r] for r in t1.rows] == [["A", "1"], ["B", "2"], ["合計", "3"]]
    assert t1.pages == [1, 2] and t1.notes == ["2023 年為預估值"]
    assert [c.status for c in checks] == ["pass"]
    assert t2.rows == [] and t2.source_text is None
    cited = [doc.text[doc.sentences[i].start : doc.sentences[i].end] for i in t2.cited_in]
    assert cited == ["市場如表 1 及表 2 所示。", "另一段文字，說明表 2 的內容。"]
    assert t1.cited_in == t2.cited_in[:1]


def test_table_rows_in_paragraph_blocks_are_read() -> None:
    """Rows the structure stage left as paragraphs still belong to the caption above."""
    doc = make_doc(
        [
            ("table_caption", "表 1 統計"),
            ("paragraph", SEED_TABLE_LINES[0]),
            *[("paragraph", line) for line in SEED_TABLE_LINES[1:]],
            ("source", TABLE1_SOURCE),
            ("paragraph", "這是內文。"),
        ]
    )
    (t,), checks = extract_tables(doc)
    assert len(t.rows) == 8 and [c.status for c in checks] == ["pass"] * 3
    assert t.source_date == "2024-01"


def test_pdf_table_matching_prefers_grid_and_keeps_text_span() -> None:
    doc = table_doc(TABLE1_CAPTION, SEED_TABLE_LINES, note=TABLE1_NOTE, source=TABLE1_SOURCE)
    grid = PdfTable(
        page=1,
        bbox=(72.0, 100.0, 520.0, 300.0),
        rows=[list(TABLE1_HEADER), *[list(r) for r in TABLE1_ROWS], list(TABLE1_TOTAL)],
        cell_bboxes=[
            [(72.0 + 100 * j, 100.0 + 20 * i, 172.0 + 100 * j, 120.0 + 20 * i) for j in range(4)]
            for i in range(9)
        ],
        strategy="lines",
        caption=TABLE1_CAPTION,
    )
    stray = grid.model_copy(update={"page": 3, "caption": None})
    (t,), checks = extract_tables(doc, [grid, stray])
    assert t.strategy == "pdf_lines" and t.bbox == grid.bbox
    assert_seed_table(doc, t, checks)
    assert t.rows[0][1].bbox == (172.0, 120.0, 272.0, 140.0)


# --------------------------------------------------------------------------- accessors


def test_to_frame_and_csv(seed_doc: Document) -> None:
    t = seed_doc.facts.tables[0]
    frame = to_frame(t)
    assert list(frame.columns) == SEED_COLUMNS
    assert frame.shape == (8, 4)
    assert frame["總收案人數"].dtype == "float64"
    assert frame["總收案人數"].tolist() == [float(r[3]) for r in SEED_ROWS]
    assert frame.attrs["table_id"] == "表 1" and frame.attrs["total_rows"] == [7]
    as_json = t.model_dump(mode="json")
    pd.testing.assert_frame_equal(to_frame(as_json), frame)
    rows = table_to_csv_rows(t)
    assert rows[0] == SEED_COLUMNS and rows[1] == ["自體免疫細胞治療", "301", "173", "1138"]
    assert table_to_csv(t).splitlines()[-1] == "總計,502,258,1398"
    columns, records = table_to_records(as_json)
    assert columns == SEED_COLUMNS and records[5]["項目"] == "自體 CD 34+ selection"
    assert table_slug(t) == "table-1"
    assert table_csv_name("seed", as_json) == "seed__table-1.csv"


def test_frame_nulls_and_duplicate_columns() -> None:
    (t,), _ = extract_tables(table_doc("表二 比較", ["項目 產值 產值", "A 1 -", "B — 2.5"]))
    frame = to_frame(t)
    assert list(frame.columns) == ["項目", "產值", "產值 (2)"]
    assert frame["產值"].isna().tolist() == [False, True]
    assert to_frame(t, values="text")["產值"].tolist() == ["1", "—"]
    assert table_slug(t) == "table-2"


# --------------------------------------------------------------------------- properties

_CELL = st.one_of(
    st.integers(-9_999, 99_999).map(lambda v: f"{v:,}"),
    st.floats(0, 999, allow_nan=False).map(lambda v: f"{v:.1f}%"),
    st.sampled_from(
        ["-", "—", "N.A.", "總計", "合計", "小計", "項目", "A B", "CD 34+", "單位：億元"]
    ),
    st.text(alphabet="自體細胞治療產值比重年（）()%：:。，", min_size=1, max_size=6),
)
_LINE = st.lists(_CELL, min_size=1, max_size=6).map(" ".join)
_KIND = st.sampled_from(
    ["table_caption", "table", "paragraph", "note", "source", "figure_caption", "footer"]
)


@settings(max_examples=80, deadline=None)
@given(
    blocks=st.lists(
        st.tuples(_KIND, st.lists(_LINE, min_size=1, max_size=5)), min_size=1, max_size=8
    )
)
def test_any_block_sequence_yields_consistent_tables(
    blocks: list[tuple[str, list[str]]],
) -> None:
    spec: list[tuple[str, str]] = []
    for k, (kind, lines) in enumerate(blocks):
        if kind == "table_caption":
            spec.append((kind, f"表 {k + 1} " + lines[0].replace("\n", " ")))
        elif kind == "figure_caption":
            spec.append((kind, f"圖 {k + 1} " + lines[0]))
        elif kind == "table":
            spec.append((kind, "\n".join(lines)))
        else:
            spec.append((kind, " ".join(lines)))
    doc = make_doc(spec)
    tables, checks = extract_tables(doc)
    assert [t.id for t in tables] == [f"t{k + 1}" for k in range(len(tables))]
    for t in tables:
        assert doc.text[t.span.start : t.span.end] == t.text
        assert all(len(row) == len(t.columns) for row in t.rows)
        for row in t.rows:
            for c in row:
                if c.span is not None:
                    assert doc.text[c.span.start : c.span.end] == c.text
        assert set(t.check_ids) == {c.id for c in checks if c.fact_ids == [t.id]}
        to_frame(t)
        table_to_csv(t)
    for c in checks:
        assert c.status in ("pass", "fail")
    from pipeline.extract.figures import extract_figures

    for f in extract_figures(doc):
        assert doc.text[f.span.start : f.span.end] == f.text


# --------------------------------------------------------------------------- more layouts


def _canvas(path: Path) -> tuple[Any, str]:
    from reportlab.pdfgen import canvas

    return canvas.Canvas(str(path), pagesize=(595, 842)), _register_cjk()


def _draw_wrapped(path: Path) -> None:
    """Unruled: a caption wrapped over two lines and a row label wrapped under its values."""
    c, font = _canvas(path)
    c.setFont(font, 11)
    c.drawCentredString(
        297, 780, "表 4 2023 年全球細胞及基因治療產品依適應症類別與開發階段之臨床試驗"
    )
    c.drawCentredString(297, 765, "件數統計")
    c.setFont(font, 10)
    y = 740.0
    for text, x in (("適應症", 80), ("I期", 330), ("II期", 410), ("III期", 490)):
        (c.drawString if x == 80 else c.drawCentredString)(x, y, text)
    for label, vals in (
        ("腫瘤", ("322", "280", "45")),
        ("罕見疾病與", ("120", "98", "12")),
        ("遺傳性疾病", None),
        ("其他", ("30", "21", "3")),
        ("合計", ("472", "399", "60")),
    ):
        y -= 13 if vals is None else 18
        c.drawString(80, y, label)
        for k, v in enumerate(vals or ()):
            c.drawRightString(345 + 80 * k, y, v)
    c.drawString(80, y - 24, "資料來源：ARM（2024/01）")
    c.showPage()
    c.save()


def _draw_booktabs(path: Path) -> None:
    """Horizontal rules only (no vertical lines): read by column alignment."""
    c, font = _canvas(path)
    c.setFont(font, 11)
    c.drawString(200, 780, "表 5 主要廠商營收（單位：百萬美元）")
    c.setFont(font, 10)
    rows = [
        ("公司", "2022", "2023", "市占率"),
        ("Novartis", "1,200", "1,350", "45.0%"),
        ("Gilead (Kite)", "900", "1,000", "33.3%"),
        ("BMS", "600", "650", "21.7%"),
    ]
    y = 755.0
    c.line(80, 770, 520, 770)
    for i, row in enumerate(rows):
        c.drawString(84, y, row[0])
        for k, v in enumerate(row[1:]):
            c.drawRightString((380, 460, 516)[k], y, v)
        if i == 0:
            c.line(80, y - 6, 520, y - 6)
        y -= 20
    c.line(80, y + 12, 520, y + 12)
    c.drawString(80, y - 6, "資料來源：各公司年報（2024/02）")
    c.showPage()
    c.save()


def _draw_table_then_chart(path: Path) -> None:
    """A ruled table ends page 1; page 2 holds a chart drawn with lines and labels."""
    c, font = _canvas(path)
    c.setFont(font, 11)
    c.drawString(200, 270, "表 1 細胞治療類別統計")
    xs = [80, 250, 340, 430, 520]
    rows = [
        ("項目", "申請", "核准", "人數"),
        ("自體免疫", "10", "5", "50"),
        ("總計", "10", "5", "50"),
    ]
    c.setFont(font, 10)
    for i, r in enumerate(rows):
        c.drawString(84, 246 - 20 * i, r[0])
        for k, v in enumerate(r[1:]):
            c.drawRightString(xs[k + 2] - 6, 246 - 20 * i, v)
    for i in range(len(rows) + 1):
        c.line(80, 260 - 20 * i, 520, 260 - 20 * i)
    for x in xs:
        c.line(x, 260, x, 260 - 20 * len(rows))
    c.showPage()
    c.setFont(font, 10)
    for k in range(5):
        c.line(80, 600 + 40 * k, 520, 600 + 40 * k)
        c.drawString(84, 606 + 40 * k, f"{40 * k}")
    for x in xs:
        c.line(x, 600, x, 760)
    for k, label in enumerate(("I期", "II期", "III期")):
        c.drawString(270 + 90 * k, 606, label)
        c.drawString(270 + 90 * k, 646, ("120", "60", "90")[k])
    c.drawString(200, 570, "資料來源：ARM（2024/01）")
    c.drawString(200, 554, "圖 1 臨床試驗件數")
    c.drawString(72, 510, "全球臨床試驗持續成長，腫瘤治療仍為大宗。")
    c.showPage()
    c.save()


def test_wrapped_caption_and_row_label_unruled(pdf_dir: Path) -> None:
    path = pdf_dir / "wrapped.pdf"
    _draw_wrapped(path)
    built = build(path, IN_PROCESS)
    (grid,) = built.pdf_tables
    assert grid.rows[0] == ["適應症", "I期", "II期", "III期"]
    (t,), checks = extract_tables(built.document, built.pdf_tables)
    assert [r[0].text for r in t.rows] == ["腫瘤", "罕見疾病與遺傳性疾病", "其他", "合計"]
    assert [c.status for c in checks] == ["pass"] * 3
    # the label set on two lines around its values quotes both lines
    assert all(c.span is not None for c in t.rows[1]) and t.rows[1][0].parts
    assert_cell_spans(built.document, t)


def test_booktabs_table_and_share_check(pdf_dir: Path) -> None:
    path = pdf_dir / "booktabs.pdf"
    _draw_booktabs(path)
    built = build(path, IN_PROCESS)
    (t,), checks = extract_tables(built.document, built.pdf_tables)
    assert t.strategy == "pdf_text" and t.columns == ["公司", "2022", "2023", "市占率"]
    assert [r[0].text for r in t.rows] == ["Novartis", "Gilead (Kite)", "BMS"]
    assert t.rows[0][1].base_value == 1_200_000_000.0 and t.rows[0][1].base_unit == "USD"
    assert [(c.kind, c.status) for c in checks] == [("table_percent_sum", "pass")]
    assert_cell_spans(built.document, t)


def test_chart_after_a_table_is_neither_joined_nor_robbed_of_its_source(pdf_dir: Path) -> None:
    from pipeline.extract.figures import extract_figures

    path = pdf_dir / "chart.pdf"
    _draw_table_then_chart(path)
    built = build(path, IN_PROCESS)
    doc = built.document
    charts = [g for g in built.pdf_tables if g.page == 2]
    assert charts and all(g.caption == "圖 1 臨床試驗件數" for g in charts)
    (t,), _ = extract_tables(doc, built.pdf_tables)
    assert t.pages == [1] and len(t.rows) == 2 and t.source_text is None
    (fig,) = extract_figures(doc)
    assert fig.source_text == "ARM（2024/01）"


# ------------------------------------------------------------- delimited rows, dev corpus


@pytest.mark.parametrize(
    ("lines", "columns", "cells"),
    [
        (
            [
                "| 能源別 | 2022年底 | 年增率（％） |",
                "|---|---|---|",
                "| 太陽光電 | 969.5 | 28.1 |",
                "| 其他 |  | 3.1 |",
            ],
            ["能源別", "2022年底", "年增率（％）"],
            [["太陽光電", "969.5", "28.1"], ["其他", None, "3.1"]],
        ),
        (
            ["採購方\t出貨量\t國家", "Microsoft\t32.4\t美國", "企業 及其他\t53.8\t-"],
            ["採購方", "出貨量", "國家"],
            [["Microsoft", "32.4", "美國"], ["企業 及其他", "53.8", "-"]],
        ),
        (
            [
                "採購方          出貨量（萬台）    占比（%）",
                "Microsoft            32.4          19.5",
                "其他雲端業者         15.0           9.0",
            ],
            ["採購方", "出貨量（萬台）", "占比（%）"],
            [["Microsoft", "32.4", "19.5"], ["其他雲端業者", "15.0", "9.0"]],
        ),
    ],
)
def test_parse_delimited_tables(
    lines: list[str], columns: list[str], cells: list[list[str | None]]
) -> None:
    tt = parse_text_table(lines)
    assert tt.columns == columns
    assert [[c.text if c else None for c in r.cells] for r in tt.rows] == cells
    for r in tt.rows:
        for c in r.cells:
            if c is not None:
                assert lines[r.line][c.start : c.end] == c.text


CORPUS_TABLES = [
    ("energy_review.txt", ["能源別", "2022年底", "2023年底", "年增率（％）"], 6, "萬瓩", 2),
    ("ict_outlook_big5src.txt", ["採購方", "出貨量（萬台）", "占比（%）"], 7, None, 2),
    ("semi_market.txt", ["產業別", "2022年", "2023年", "2024年(e)", "成長率(%)"], 6, "億元", 3),
]


@pytest.mark.parametrize(("name", "columns", "n_rows", "unit", "n_checks"), CORPUS_TABLES)
def test_dev_corpus_tables(
    name: str, columns: list[str], n_rows: int, unit: str | None, n_checks: int
) -> None:
    """One captioned table per dev report, in three text layouts; rate columns are not
    summed. (ict_outlook also sets a two-up list of makers and clients in columns, under a
    sentence leading into it: an uncaptioned table of its own.)"""
    doc = build(Path(__file__).parent / "corpus" / name, IN_PROCESS).document
    tables, checks = extract_tables(doc)
    (t,) = [x for x in tables if x.table_id.startswith("表")]
    checks = [c for c in checks if c.id in t.check_ids]
    assert t.columns == columns and len(t.rows) == n_rows and t.unit == unit
    assert t.total_rows == [n_rows - 1]
    assert [c.status for c in checks] == ["pass"] * n_checks
    assert t.source_date is not None and t.cited_in
    assert_cell_spans(doc, t)
    frame = to_frame(t, values="base")
    assert frame.shape == (n_rows, len(columns))


def test_csv_keeps_printed_precision() -> None:
    (t,), _ = extract_tables(
        table_doc("表 1 占比", ["地區 營收 比重", "北美 1,200.50 45.0%", "其他 -3 55.0%"])
    )
    assert table_to_csv_rows(t)[1:] == [["北美", "1200.50", "45.0"], ["其他", "-3", "55.0"]]


@pytest.mark.parametrize(
    ("caption", "lines", "expected"),
    [
        ("表 1 市占率", ["單位：%", "廠商 2023", "A 60.5", "B 39.5"], ("%", 60.5, "%", "percent")),
        (
            "表 1 產能",
            ["單位：千片/月", "廠商 2023", "A 120", "B 80"],
            ("千片/月", 120_000.0, "片/月", "other"),
        ),
        (
            "表 1 產值",
            ["項目 2022 2023 (單位：億元)", "A 3.2 4.1"],
            ("億元", 320_000_000.0, "TWD", "money"),
        ),
        (
            "表 1 產值（單位：百萬美元）",
            ["項目 2023", "A 1,250"],
            ("百萬美元", 1_250_000_000.0, "USD", "money"),
        ),
        (
            "表 1 裝置容量",
            ["單位：萬瓩", "能源別 2023", "太陽光電 1,241.7"],
            ("萬瓩", 12_417_000.0, "瓩", "other"),
        ),
        ("表 1 人數", ["項目 人數（萬人）", "A 2.5"], ("萬人", 25_000.0, "人", "count")),
    ],
)
def test_units_scale_and_type_cells(
    caption: str, lines: list[str], expected: tuple[str, float, str, str]
) -> None:
    (t,), _ = extract_tables(table_doc(caption, lines))
    cell = t.rows[0][1]
    assert (cell.unit, cell.base_value, cell.base_unit, cell.kind) == expected


def test_pdf_grid_whose_caption_was_left_in_a_paragraph() -> None:
    doc = make_doc([("paragraph", "各類計畫統計如下：" + TABLE1_CAPTION + " 項目 申請案件數")])
    grid = PdfTable(
        page=1,
        bbox=(72.0, 100.0, 520.0, 300.0),
        rows=[list(TABLE1_HEADER), *[list(r) for r in TABLE1_ROWS], list(TABLE1_TOTAL)],
        strategy="text",
        caption=TABLE1_CAPTION,
    )
    (t,), checks = extract_tables(doc, [grid])
    assert t.table_id == "表 1" and t.text == TABLE1_CAPTION and t.strategy == "pdf_text"
    assert doc.text[t.span.start : t.span.end] == t.text
    assert values(t) == [[float(v) for v in r[1:]] for r in SEED_ROWS]
    assert [c.status for c in checks] == ["pass"] * 3


def _statement_table(title: str, rows: Sequence[Sequence[str]]) -> Table:
    """An uncaptioned note table as the PDF grid gives it: labels, then amounts."""

    def cell(text: str) -> Cell:
        value = parse_cell(text)
        number = None if value is None else value.value
        return Cell(text=text, value=number, null=text.strip() in {"-", "$ -"})

    grid = [[cell(x) for x in row] for row in rows]
    totals = [r for r, row in enumerate(rows) if total_kind(row[0])]
    return Table(
        id="t1",
        text=title,
        span=CharSpan(start=0, end=len(title)),
        page=1,
        rule="tables.pdf_text.v1",
        table_id=title,
        caption="",
        columns=["", "113年3月31日", "112年12月31日"],
        rows=grid,
        total_rows=totals,
        strategy="pdf_text",
    )


@pytest.mark.parametrize(
    ("rows", "status"),
    [
        # 合計 adds two headed groups, each closed by its 小計
        (
            [
                ("流動項目：", "", ""),
                ("上市櫃公司股票", "$ 213,203", "$ 221,020"),
                ("受益憑證", "689,200", "727,812"),
                ("小計", "902,403", "948,832"),
                ("非流動項目：", "", ""),
                ("受益憑證", "$ -", "$ -"),
                ("混合工具", "53,000", "53,000"),
                ("小計", "53,000", "53,000"),
                ("合計", "$ 955,403", "$ 1,001,832"),
            ],
            "pass",
        ),
        # 合計 adds two headed groups without subtotals (a fair-value hierarchy)
        (
            [
                ("透過損益按公允價值衡量之金融資產", "", ""),
                ("權益證券", "$ 902,403", "$ 948,832"),
                ("混合工具", "53,000", "53,000"),
                ("透過其他綜合損益按公允價值衡量之金融資產", "", ""),
                ("權益證券", "684,734", "724,164"),
                ("合計", "$ 1,640,137", "$ 1,725,996"),
            ],
            "pass",
        ),
        # 合計 closing only its own heading's rows still passes
        (
            [
                ("透過損益按公允價值衡量之金融資產", "", ""),
                ("權益證券", "$ 902,403", "$ 948,832"),
                ("透過其他綜合損益按公允價值衡量之金融資產", "", ""),
                ("權益證券", "684,734", "724,164"),
                ("混合工具", "53,000", "53,000"),
                ("合計", "$ 737,734", "$ 777,164"),
            ],
            "pass",
        ),
        # a wrong 合計 still fails
        (
            [
                ("流動項目：", "", ""),
                ("上市櫃公司股票", "$ 213,203", "$ 221,020"),
                ("小計", "213,203", "221,020"),
                ("非流動項目：", "", ""),
                ("混合工具", "53,000", "53,000"),
                ("小計", "53,000", "53,000"),
                ("合計", "$ 266,000", "$ 275,020"),
            ],
            "fail",
        ),
        # 合計 adds the section its `$` opens, after a section with no total of its own
        # (EVA Air's 合約負債－流動及其他流動負債明細表)
        (
            [
                ("遞延客運服務收入", "$ 29,122,642", "$ 25,000,000"),
                ("其他流動負債：應付代收款", "$ 7,712,571", "$ 7,000,000"),
                ("除役負債", "872,808", "800,000"),
                ("其他", "140,826", "100,000"),
                ("合計", "$ 8,726,205", "$ 7,900,000"),
            ],
            "pass",
        ),
        # or all its rows, as before
        (
            [
                ("應付代收款", "$ 7,712,571", "$ 7,000,000"),
                ("除役負債", "$ 872,808", "800,000"),
                ("其他", "140,826", "100,000"),
                ("合計", "$ 8,726,205", "$ 7,900,000"),
            ],
            "pass",
        ),
        # a total that is neither still fails
        (
            [
                ("遞延客運服務收入", "$ 29,122,642", "$ 25,000,000"),
                ("其他流動負債：應付代收款", "$ 7,712,571", "$ 7,000,000"),
                ("除役負債", "872,808", "800,000"),
                ("合計", "$ 8,726,205", "$ 7,900,000"),
            ],
            "fail",
        ),
    ],
)
def test_bare_total_of_headed_groups_in_an_uncaptioned_table(
    rows: list[tuple[str, str, str]], status: str
) -> None:
    t = _statement_table("(二)透過損益按公允價值衡量之金融資產", rows)
    checks = [c for c in check_table(t) if c.values.get("row") == "合計"]
    assert len(checks) == 2 and {c.status for c in checks} == {status}, [c.message for c in checks]


@pytest.mark.parametrize(
    ("rows", "statuses"),
    [
        # a net column's formula run into the first row's amount: that row adds something
        # unknown, so 合計 is compared with nothing (it was 2,001,812 + 6,174,920 ≠ 6,232,128)
        (
            [
                ("衍生金融工具", "2,001,812", "2,001,812"),
                ("衍生金融工具", "(e)=(c)-(d)57,208", "(e)=(c)-(d)57,208"),
                ("附買回票券及債券負債", "6,174,920", "6,174,920"),
                ("合計", "$ 6,232,128", "$ 6,232,128"),
            ],
            [],
        ),
        # a header's date set on the first row's line, run into its amount
        (
            [
                ("富邦銀行(香港)有限公司", "112.12.31235,109", "(重編後)427,079"),
                ("廈門銀行股份有限公司", "126,536", "111,789"),
                ("合計", "$ 361,645", "$ 538,868"),
            ],
            [],
        ),
        # the same rows read: the total adds them
        (
            [
                ("衍生金融工具", "57,208", "57,208"),
                ("附買回票券及債券負債", "6,174,920", "6,174,920"),
                ("合計", "$ 6,232,128", "$ 6,232,128"),
            ],
            ["pass", "pass"],
        ),
        # …and a wrong total still fails
        (
            [
                ("衍生金融工具", "57,208", "57,208"),
                ("附買回票券及債券負債", "6,174,920", "6,174,920"),
                ("合計", "$ 6,239,902", "$ 6,239,902"),
            ],
            ["fail", "fail"],
        ),
        # words with no amount in an amount column (不適用) are no unread amount
        (
            [
                ("衍生金融工具", "不適用", "不適用"),
                ("附買回票券及債券負債", "6,174,920", "6,174,920"),
                ("其他", "10,000", "10,000"),
                ("合計", "$ 6,184,920", "$ 6,184,920"),
            ],
            ["pass", "pass"],
        ),
    ],
)
def test_a_total_over_an_unread_amount_is_not_compared(
    rows: list[tuple[str, str, str]], statuses: list[str]
) -> None:
    """A row whose cell holds an amount run together with header text adds an unknown
    amount: a sum that leaves it out is no check of the total."""
    t = _statement_table("未於資產負債表互抵之相關金額", rows)
    checks = [c for c in check_table(t) if c.kind == "table_total_row"]
    assert [c.status for c in checks] == statuses, [c.message for c in checks]


@pytest.mark.parametrize(
    ("rows", "statuses"),
    [
        # a net column's formula run into the first row's amount
        (
            [
                ("衍生金融工具", "(e)=(c)-(d)57,208", "(e)=(c)-(d)57,208"),
                ("附買回票券及債券負債", "6,174,920", "6,174,920"),
                ("合計", "$ 6,232,128", "$ 6,232,128"),
            ],
            ["pass", "pass"],
        ),
        # a block's header dates set on its first row's line
        (
            [
                ("甲銀行有限公司", "112.12.31235,109", "(重編後)427,079"),
                ("乙銀行股份有限公司", "126,536", "111,789"),
                ("合計", "$ 361,645", "$ 538,868"),
            ],
            ["pass", "pass"],
        ),
        # read so, a wrong total still fails (off by 100: no two digits swapped, which
        # tables31 marks as a misprint instead)
        (
            [
                ("甲銀行有限公司", "113.03.31235,109", "(重編後)427,079"),
                ("乙銀行股份有限公司", "126,536", "111,789"),
                ("合計", "$ 361,745", "$ 538,868"),
            ],
            ["fail", "pass"],
        ),
    ],
)
def test_a_total_over_an_amount_with_header_words_run_in_is_checked(
    rows: list[tuple[str, str, str]], statuses: list[str]
) -> None:
    """Cells read as a table found reads them (``parse_value_cell``): the header words run
    into a first row's amount are split off, so the total is compared with all its rows."""
    t = _statement_table("存放央行及拆借銀行同業", rows)
    for row in t.rows:
        for c in row[1:]:
            cv = parse_value_cell(c.text)
            c.value = None if cv is None else cv.value
    checks = [c for c in check_table(t) if c.kind == "table_total_row"]
    assert [c.status for c in checks] == statuses, [c.message for c in checks]


@pytest.mark.parametrize(
    ("first", "total", "status"),
    [
        # the total adds what restates the base: (200,000) + 30,000 + (5,000)
        ("稅前淨利(損)", "(175,000)", "pass"),
        ("本期稅前淨利", "(175,000)", "pass"),
        # a wrong total still fails
        ("稅前淨利", "(180,000)", "fail"),
        # a first row that is no base is a part like any other
        ("營業外收入", "(175,000)", "fail"),
    ],
)
def test_a_reconciliation_total_leaves_out_its_base(first: str, total: str, status: str) -> None:
    """An income-tax reconciliation starts from 稅前淨利; its 合計 adds the lines that
    restate it (the tax at the statutory rate, exempt income, other), not the base."""
    rows = [
        (first, "$ 1,000,000", "$ 1,000,000"),
        ("依本公司所在地國內稅率計算之所得稅", "(200,000)", "(200,000)"),
        ("免稅所得", "30,000", "30,000"),
        ("其他", "(5,000)", "(5,000)"),
        ("合計", total, total),
    ]
    t = _statement_table("(十八)所得稅", rows)
    checks = [c for c in check_table(t) if c.values.get("row") == "合計"]
    assert len(checks) == 2 and {c.status for c in checks} == {status}, [c.message for c in checks]


_STATEMENT_BODY = [
    ["代碼", "", "金額", "％"],
    ["4000", "營業收入（附註二六及三五）", "$ 1,447,511", "100"],
    ["5000", "營業成本", "808,519", "56"],
    ["5900", "營業毛利", "638,992", "44"],
    ["6100", "推銷費用", "(65,105)", "(4)"],
    ["代碼", "", "金額", "％"],  # the header again over the part on the next page
    ["7900", "稅前淨利", "$ 193,869", "14"],
]


@pytest.mark.parametrize(
    ("body", "stub"),
    [
        # account codes, then labels: two stub columns, also with the code column's name
        # set again among the codes where the statement continues (Synmosa pp. 6–8:
        # its rows had no label at all, the code column read as amounts)
        (_STATEMENT_BODY, 2),
        ([r for r in _STATEMENT_BODY if r[0] != "代碼"], 2),
        # amounts with one label among them are no code column
        ([["12,345", "1"], ["23,456", "2"], ["合計", "3"]], 0),
        # a table of text only: its first text column names the rows, the others are
        # what each row says (a two-up list of makers and clients)
        ([["台積電", "蘋果、超微", "聯電", "聯發科"], ["日月光", "輝達", "力積電", "瑞昱"]], 1),
        ([["新準則", "修訂內容", "2026年1月1日"], ["另一準則", "揭露規定", "2027年1月1日"]], 1),
        ([["IFRS 18", "財務報表之表達", "尚未決定"], ["IAS 21", "缺乏可兌換性", "2025年"]], 1),
        # a rank column before the text columns stays a label column
        ([["1.", "甲公司", "晶圓代工"], ["2.", "乙公司", "封裝測試"]], 2),
        # text columns before a column of amounts all name the row
        ([["本公司", "甲公司", "一般投資業", "100.00"], ["本公司", "乙公司", "貿易", "60.00"]], 3),
    ],
)
def test_stub_columns_of_a_statement_body(body: list[list[str]], stub: int) -> None:
    assert _stub_count(body, len(body[0])) == stub


_CASH_ROWS = [
    ("庫存現金", "$ 7", "$ 9"),
    ("支票存款", "127,286", "120,000"),
    ("活期存款", "512,464", "500,000"),
    ("定期存款新台幣", "27,381,796", "20,000,000"),  # the group's heading merged into its row
    ("美金", "37,566,027", "30,000,000"),
]


@pytest.mark.parametrize(
    ("subtotal", "total", "status"),
    [
        # 小計 adds the deposits' two rows, 合計 every row but the 小計: both hold
        ("64,947,823", "$ 65,587,580", {"小計": "pass", "合計": "pass"}),
        # a 小計 that no run of two rows or more right above it adds up to still fails
        ("64,947,824", "$ 65,587,580", {"小計": "fail", "合計": "pass"}),
        # one row alone is no group: 小計 equal to the last row only fails
        ("37,566,027", "$ 65,587,580", {"小計": "fail", "合計": "pass"}),
    ],
)
def test_a_subtotal_adds_the_run_of_rows_right_above_it(
    subtotal: str, total: str, status: dict[str, str]
) -> None:
    """A bare 小計 whose group heading is gone (merged into the group's first row, as EVA
    Air's 現金及約當現金明細表 reads: 定期存款 over 新台幣 and 美金) adds a run of rows ending
    right above it; the 合計 below adds every row but the 小計."""
    rows = [*_CASH_ROWS, ("小計", subtotal, "50,000,000"), ("合計", total, "$ 50,620,009")]
    t = _statement_table("現金及約當現金明細表", rows)
    got = {
        c.values["row"]: c.status
        for c in check_table(t)
        if c.values.get("column") == "113年3月31日" and c.kind == "table_total_row"
    }
    assert got == status


def test_a_decks_diagrams_are_no_tables(tmp_path: Path) -> None:
    """Pies, a map's bubbles, a timeline and a flow diagram (1712's and 8472's decks) gave
    tables: two pies' plot areas laid across each other read as a ruled grid; bubbles and
    a timeline's bands stand one value a line in columns of their own, their labels under
    them; phases stand on the tops of boxes as column names on a header's rules. Only the
    last slide, a table of one share a row in one column, is a table."""
    path = tmp_path / "diagrams.pdf"
    make_diagram_slides_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert [(t.page, t.title) for t in doc.facts.tables] == [(5, DIAGRAM_TITLES[4])]
    (t,) = doc.facts.tables
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in ONE_COLUMN_ROWS]


@pytest.mark.parametrize(
    ("cells", "crossed"),
    [
        # a grid's cells tile its box
        ([(0, 0, 50, 20), (50, 0, 100, 20), (0, 20, 50, 40), (50, 20, 100, 40)], False),
        # a header's frame holding the cells under its inner rules
        ([(0, 0, 100, 40), (0, 20, 50, 40), (50, 20, 100, 40)], False),
        # two plot areas laid across each other (a pie's and the next pie's)
        ([(-14, 157, 428, 502), (315, 157, 428, 489), (315, 144, 734, 489)], True),
    ],
)
def test_frames_laid_across_each_other_are_no_grid(
    cells: list[tuple[float, float, float, float]], crossed: bool
) -> None:
    assert crossed_frames(cells) is crossed


_NESTED_DEPOSITS = [
    ("庫存現金", "$ 500", "$ 400"),
    ("存放同業", "", ""),  # the outer group's heading
    ("活期存款", "1,200", "1,000"),
    ("外幣活期存款", "", ""),  # a group of its own inside it
    ("美元", "3,000", "2,000"),
    ("日圓", "800", "700"),
    ("外幣定期存款", "", ""),
    ("美元", "5,000", "4,000"),
]


@pytest.mark.parametrize(
    ("subtotal", "status"),
    [
        # 小計 closes the outer group: every row under 存放同業, its inner groups too
        ("10,000", "pass"),
        # the rows under the nearest heading alone (外幣定期存款) still pass
        ("5,000", "pass"),
        # a sum no heading's rows give still fails
        ("10,001", "fail"),
    ],
)
def test_a_subtotal_closes_a_group_holding_groups(subtotal: str, status: str) -> None:
    """A bare 小計 under groups nested in a group (a bank's deposits with other banks:
    demand deposits, then foreign-currency groups of their own, one 小計 for them all)
    adds the rows under any heading above it, back to the last total of its rank."""
    rows = [*_NESTED_DEPOSITS, ("小計", subtotal, "7,700"), ("合計", "$ 10,500", "$ 8,100")]
    t = _statement_table("現金及約當現金明細表", rows)
    got = {
        c.values["row"]: c.status
        for c in check_table(t)
        if c.values.get("column") == "113年3月31日" and c.kind == "table_total_row"
    }
    assert got["小計"] == status


# A row's cells looked for in the text layer: the hand-written matcher (no pattern
# compiled per row) must find what the regular expression finds, on any text: spaces of
# every kind, line breaks, cells that are prefixes of one another, Latin, digits and the
# characters the tail refuses.
_ROW_ALPHABET = "ab1,.%A資本－ \u3000\t\n\xa0"


_ROW_SPACES = [" ", "  ", "\u3000", "\n", " \n ", "\t", ""]


@st.composite
def _row_texts(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Cells, and a text that holds them (letter-spaced or not, any spacing between)
    among other characters."""
    cell = st.text(alphabet=_ROW_ALPHABET, min_size=1, max_size=4).filter(str.strip)
    cells = draw(st.lists(cell, min_size=1, max_size=3))
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        parts.append(draw(st.text(alphabet=_ROW_ALPHABET, max_size=3)))
        for c in cells:
            for ch in c.strip():
                parts.append(ch + draw(st.sampled_from(_ROW_SPACES[:1] + _ROW_SPACES[-1:] * 3)))
            parts.append(draw(st.sampled_from(_ROW_SPACES)))
    return "".join(parts), cells


@settings(max_examples=300, deadline=None)
@given(
    row=_row_texts(),
    anchored=st.sampled_from([True, False, None]),
    lo=st.integers(0, 60),
    hi=st.integers(0, 200),
)
def test_a_rows_cells_are_found_as_the_pattern_finds_them(
    row: tuple[str, list[str]], anchored: bool | None, lo: int, hi: int
) -> None:
    text, cells = row
    hi = min(hi, len(text))
    lo = min(lo, hi)
    assert find_row(text, cells, anchored, lo, hi) == _search_row(
        text, cells, anchored, "[^\\S\\n]+", lo, hi
    )
    pat = "[^\\S\\n]+".join(f"({_cell_pattern(c)})" for c in cells)
    every = re.compile(f"(?<!\\S){pat}(?!\\S)").finditer(text, lo, hi)
    assert list(find_rows(text, cells, lo, hi)) == [
        [(m.start(k), m.end(k)) for k in range(1, len(cells) + 1)] for m in every
    ]


@pytest.mark.parametrize(
    ("text", "cells", "anchored", "expected"),
    [
        (
            "資 產\n  資產   1,234  5%\n",
            ["資產", "1,234", "5%"],
            True,
            [(6, 8), (11, 16), (18, 20)],
        ),
        ("x 資產 1,234\n", ["資產", "1,234"], True, None),  # not at the line's start
        ("x 資產 1,234\n", ["資產", "1,234"], False, [(2, 4), (5, 10)]),
        ("1,2345 1,234\n", ["1,234"], False, [(7, 12)]),  # not inside a longer number
        ("1,234之金融", ["1,234"], None, [(0, 5)]),  # a word of text may follow
        ("1,234A", ["1,234"], None, None),
        ("金 額 合 計\n", ["金額", "合計"], True, [(0, 3), (4, 7)]),  # letter-spaced
    ],
)
def test_a_rows_cells_found_in_the_text_layer(
    text: str, cells: list[str], anchored: bool | None, expected: list[tuple[int, int]] | None
) -> None:
    assert find_row(text, cells, anchored, 0, len(text)) == expected


# --------------------------------------------------------------------------- text input tables

# Reports delivered as text or Markdown: tables set as pipe rows (with or without the rule
# and the outer pipes), tab- or space-aligned columns, under a plain title line and a unit
# line, no ``表 N`` caption. Each gives a typed table; its numbers are cells, not quantities.
TEXT_INPUT_TABLES = [
    pytest.param(
        [
            "二、市場概況",
            "",
            "各類晶片出貨統計",
            "單位：百萬顆",
            "| 類別 | 2022 | 2023 |",
            "|---|---|---|",
            "| 邏輯晶片 | 410 | 455 |",
            "| 記憶體 | 380 | 302 |",
            "| 合計 | 790 | 757 |",
            "",
            "邏輯晶片仍是出貨主力。",
        ],
        "各類晶片出貨統計",
        ["類別", "2022", "2023"],
        3,
        ("記憶體", "2023", "302", 302_000_000.0),
        2,
        id="pipes-ruled-unit-total",
    ),
    pytest.param(
        [
            "下表為三家代工廠的季度營收，",
            "",
            "季度營收比較如下：",
            "廠商 | 第一季 | 第二季",
            "---|---|---",
            "甲公司 | 12.5億元 | 13.1億元",
            "乙公司 | 8.2億元 | 7.9億元",
        ],
        "季度營收比較如下",
        ["廠商", "第一季", "第二季"],
        2,
        ("乙公司", "第二季", "7.9億元", 790_000_000.0),
        0,
        id="pipes-without-outer-pipes",
    ),
    pytest.param(
        [
            "本季動態如下。",
            "",
            "截至第三季，各區域資料中心用電量（億度）：",
            "| **區域** | **2023** | **2024** |",
            "| --- | --- | --- |",
            "| 北部 | 31.2 | 35.0 |",
            "| 南部 | 18.4 | 20.3 |",
        ],
        "各區域資料中心用電量（億度）",
        ["區域", "2023", "2024"],
        2,
        ("南部", "2024", "20.3", None),
        0,
        id="bold-header-intro-clause",
    ),
    pytest.param(
        [
            "前言段落說明資料來源。",
            "",
            "伺服器出貨量",
            "單位：千台",
            "地區\t2023\t2024",
            "北美\t1,200\t1,450",
            "歐洲\t350\t380",
        ],
        "伺服器出貨量",
        ["地區", "2023", "2024"],
        2,
        ("歐洲", "2024", "380", 380_000.0),
        0,
        id="tabs",
    ),
    pytest.param(
        [
            "前言段落說明資料來源。",
            "",
            "地區        2023      2024",
            "北美        1,200     1,450",
            "歐洲          350       380",
            "亞洲          410       470",
        ],
        None,
        ["地區", "2023", "2024"],
        3,
        ("亞洲", "2023", "410", None),
        0,
        id="spaces-no-title",
    ),
    pytest.param(
        [
            "前言段落說明資料來源。",
            "",
            "各月出貨量",
            "單位：萬台",
            "| 產品 | 1 | 2 | 3 |",
            "|---|---|---|---|",
            "| 筆電 | 120 | 98 | 131 |",
            "| 平板 | 45 | 40 | 52 |",
            "| 合計 | 165 | 138 | 183 |",
        ],
        "各月出貨量",
        ["產品", "1", "2", "3"],
        3,
        ("平板", "3", "52", 520_000.0),
        3,
        id="month-columns",
    ),
    pytest.param(
        [
            "前言段落說明資料來源。",
            "",
            "|  | **甲公司** | **乙公司** |",
            "| --- | --- | --- |",
            "| **2025年** | 40億美元 | 20億美元 |",
            "| **2026年** | 120億美元 | 50億美元 |",
            "",
            "**兩家公司營收預期**",
            "",
            "**在樂觀情景中，甲公司營收大增**，其餘持平。",
        ],
        "兩家公司營收預期",
        ["", "甲公司", "乙公司"],
        2,
        ("2026年", "乙公司", "50億美元", 5_000_000_000.0),
        0,
        id="bold-caption-below",
    ),
    pytest.param(
        [
            "\\* 新車銷量排行",
            "------------",
            "",
            "| 序號 | 車型 | 銷量 |",
            "| --- | --- | --- |",
            "| 1 | 甲車 | 28146 |",
            "| 2 | 乙車 | 25694 |",
        ],
        "新車銷量排行",
        ["序號", "車型", "銷量"],
        2,
        ("2 / 乙車", "銷量", "25694", None),
        0,
        id="title-over-a-rule",
    ),
]


@pytest.mark.parametrize(
    ("lines", "title", "columns", "n_rows", "cell", "n_checks"), TEXT_INPUT_TABLES
)
def test_tables_in_text_input_without_a_caption(
    tmp_path: Path,
    lines: list[str],
    title: str | None,
    columns: list[str],
    n_rows: int,
    cell: tuple[str, str, str, float | None],
    n_checks: int,
) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(["市場報告", "", *lines, ""]), encoding="utf-8")
    doc = build(path, IN_PROCESS).document
    (t,), checks = extract_tables(doc)
    assert t.title == title
    assert t.columns == columns and len(t.rows) == n_rows
    assert [c.status for c in checks] == ["pass"] * n_checks
    assert_cell_spans(doc, t)
    row_name, col_name, text, base = cell
    (found,) = [
        c for r in t.rows for c in r if c.row_header == row_name and c.col_header == col_name
    ]
    assert found.text == text and found.value is not None
    if base is not None:
        assert found.base_value == pytest.approx(base)
    # the table's rows are one block each line, never reflowed into a paragraph
    (block,) = [b for b in doc.blocks if b.kind == "table"]
    rows = [ln for ln in lines if "|" in ln or "\t" in ln or "  " in ln]
    assert doc.text[block.start : block.end].split("\n") == rows
    assert t.notes == []  # a bold line after the table is no note (``*`` notes are)


@pytest.mark.parametrize(
    ("row_header", "col_header", "period"),
    [
        ("2025年", "甲公司", "2025年"),  # years down the rows
        ("2026年(e)", "營收", "2026年(e)"),
        ("4Q25", "營收", "4Q25"),
        ("2025年", "2024年", "2024年"),  # the column's period first
        ("2025年營收", "金額", None),  # a row that names more than a period
        ("北美", "金額", None),
        # a quarter however a filing or a deck writes it, in the column's name
        ("營業收入", "103Q4", "103Q4"),
        ("營業收入", "金額 / 103年第4季", "103年第4季"),
        ("營業收入", "2024Q4", "2024Q4"),
        ("營業收入", "1H25", "1H25"),
        ("營業收入", "2025H1", "2025H1"),
        ("營業收入", "Q-Q", None),  # a change, no period
        ("營業收入", "QoQ%", None),
        ("103Q4", "金額", "103Q4"),  # quarters down the rows
    ],
)
def test_cell_period_from_a_row_named_by_a_period(
    row_header: str, col_header: str, period: str | None
) -> None:
    from pipeline.tables import cell_period

    cell = Cell(text="1", value=1.0, row_header=row_header, col_header=col_header)
    table = Table(
        id="t1",
        text="",
        span=CharSpan(start=0, end=0),
        page=1,
        sentence=None,
        rule="tables.text.v1",
        table_id="表格",
        caption="",
        columns=["", col_header],
        rows=[[Cell(text=row_header), cell]],
    )
    assert cell_period(table, cell) == period


@pytest.mark.parametrize(
    "lines",
    [
        # pipes between words, but neither a rule nor framing pipes: prose, not a table
        pytest.param(["選項甲 | 選項乙 | 選項丙", "選項丁 | 選項戊 | 選項己"], id="bare-pipes"),
        pytest.param(["| 只有表頭 | 一列 |"], id="one-line"),
    ],
)
def test_text_without_a_table_gives_none(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(["市場報告", "", *lines, ""]), encoding="utf-8")
    doc = build(path, IN_PROCESS).document
    tables, _ = extract_tables(doc)
    assert tables == []


def test_markdown_report_tables_through_pipeline_run(tmp_path: Path) -> None:
    """A Markdown report named on the command line: its pipe table is a typed table in
    tables.csv and tables_cells.csv, and its numbers are no running-text quantities."""
    import csv

    from pipeline.cli import main

    report = tmp_path / "report.md"
    report.write_text(
        "\n".join(
            [
                "# 2024 年封測產業回顧",
                "",
                "封測產值在 2024 年成長 12%。",
                "",
                "## 主要封測廠營收",
                "",
                "單位：億元",
                "| 公司 | 2023 | 2024 |",
                "|:---|---:|---:|",
                "| 甲封測 | 2,150 | 2,480 |",
                "| 乙封測 | 640 | 710 |",
                "| 合計 | 2,790 | 3,190 |",
                "",
                "資料來源：各公司財報（2025/03）",
                "",
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["run", str(report), "--out", str(out), "-q"]) == 0
    with (out / "tables.csv").open(encoding="utf-8") as f:
        (table,) = list(csv.DictReader(f))
    assert table["title"] == "主要封測廠營收" and table["unit"] == "億元"
    assert table["row_count"] == "3" and table["source_date"] == "2025-03"
    with (out / "tables_cells.csv").open(encoding="utf-8") as f:
        cells = list(csv.DictReader(f))
    got = {(c["row_header"], c["col_header"]): c for c in cells}
    cell = got[("乙封測", "2024")]
    assert (cell["text"], cell["unit"]) == ("710", "億元")
    assert float(cell["base_value"]) == 71_000_000_000
    text = (out / "documents" / "report.md.json").read_text(encoding="utf-8")
    doc = Document.model_validate_json(text)
    assert all(doc.text[int(c["start"]) : int(c["end"])] == c["text"] for c in cells)
    with (out / "quantities.csv").open(encoding="utf-8") as f:
        quantities = [q["text"] for q in csv.DictReader(f)]
    assert quantities == ["12%"]
    with (out / "checks.csv").open(encoding="utf-8") as f:
        checks = [c for c in csv.DictReader(f) if c["kind"] == "table_total_row"]
    assert len(checks) == 2 and {c["status"] for c in checks} == {"pass"}


def test_a_total_adds_subtotals_whose_labels_name_them_at_length() -> None:
    """A bank's 折舊及攤銷費用 (round pdfwild4): 合計 adds 折舊費用小計, a 小計 named by nine
    characters (使用權資產折舊費用小計) and the row after it, never the rows under them."""
    rows = [
        ("房舍折舊", "$ 1,000", "900"),
        ("資訊設備", "500", "400"),
        ("折舊費用小計", "1,500", "1,300"),
        ("地上權", "200", "200"),
        ("房屋及建築", "300", "250"),
        ("使用權資產折舊費用小計", "500", "450"),
        ("資訊軟體攤銷", "100", "90"),
        ("合計", "$ 2,100", "1,840"),
    ]
    t = _statement_table("折舊及攤銷費用", rows)
    got = {
        (c.values["row"], c.values["column"]): c.status
        for c in check_table(t)
        if c.kind == "table_total_row"
    }
    assert got[("合計", "113年3月31日")] == "pass"
    assert got[("合計", "112年12月31日")] == "pass"
    assert "fail" not in got.values()


_PAIRED_HEADER = [
    "職稱",
    "姓名",
    "報酬(A)",
    "酬勞(C)",
    "A及C占稅後純益之比例",
    "薪資(E)",
    "A、C及E占稅後純益之比例",
]


def _paired_table(rows: Sequence[Sequence[str | None]]) -> Table:
    """A remuneration grid as the PDF finder gives it: each person's amounts on one row
    and, under them, the ratio row (its name cells merged over both: None)."""
    caption = "表 1 董事之酬金"
    doc = make_doc([("paragraph", "董事之酬金如下：" + caption + " 職稱 姓名")])
    grid = PdfTable(
        page=1,
        bbox=(72.0, 100.0, 520.0, 300.0),
        rows=[list(_PAIRED_HEADER), *[list(r) for r in rows]],
        strategy="text",
        caption=caption,
        unit="新台幣仟元",
    )
    (t,), _ = extract_tables(doc, [grid])
    return t


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # amount row over its ratio row: the ratio columns hold an amount, then a ratio
        (
            [
                ["董事長", "王大明", "150", "30", "180", "4,711", "4,891"],
                ["董事長", "王大明", "", "", "0.03", "", "0.98"],
                ["董事", "陳小華", "75", "—", "75", "1,200", "1,275"],
                ["董事", "陳小華", "", "", "0.01", "", "0.26"],
            ],
            [
                [("新台幣仟元", 180_000.0), ("新台幣仟元", 4_891_000.0)],
                [("%", 0.03), ("%", 0.98)],
                [("新台幣仟元", 75_000.0), ("新台幣仟元", 1_275_000.0)],
                [("%", 0.01), ("%", 0.26)],
            ],
        ),
        # the ratio row's name cells left blank, not repeated
        (
            [
                ["董事長", "王大明", "150", "30", "180", "4,711", "4,891"],
                ["", "", "", "", "0.03", "", "0.98"],
            ],
            [[("新台幣仟元", 180_000.0), ("新台幣仟元", 4_891_000.0)], [("%", 0.03), ("%", 0.98)]],
        ),
        # one row a person, ratios beside the amounts: the ratio columns are ratios
        (
            [
                ["董事長", "王大明", "150", "30", "0.03", "4,711", "0.98"],
                ["董事", "陳小華", "75", "20", "0.01", "1,200", "0.26"],
            ],
            [[("%", 0.03), ("%", 0.98)], [("%", 0.01), ("%", 0.26)]],
        ),
        # a second row of the same person with an amount outside the ratio columns is
        # no ratio row (a second term of office): its ratio cells keep the column's type
        (
            [
                ["董事", "陳小華", "75", "20", "0.01", "1,200", "0.26"],
                ["董事", "陳小華", "60", "", "0.02", "", ""],
            ],
            [[("%", 0.01), ("%", 0.26)], [("%", 0.02), (None, None)]],
        ),
    ],
)
def test_a_column_alternating_amounts_and_their_ratios_is_typed_by_row(
    rows: list[list[str]], expected: list[list[tuple[str | None, float | None]]]
) -> None:
    t = _paired_table(rows)
    got = [[(r[j].unit, r[j].base_value) for j in (4, 6)] for r in t.rows]
    assert got == expected


# --------------------------------------------------------------------------- financial notes


def _doc_of(path: Path) -> Document:
    return build(path, IN_PROCESS).document


def _total_checks(doc: Document) -> list[Check]:
    return [c for c in doc.checks if c.kind == "table_total_row"]


@pytest.mark.parametrize(
    ("blocks", "stub_name"),
    [
        # C (one row), D (two header lines of periods, columns further right), E (its dates
        # further left than D's amounts, four rows and 合計): three sub-tables
        (pdfgen.RELATED_BLOCKS, "關係人名稱"),
        # a securities block after a one-row block of the same columns
        ((pdfgen.RELATED_BLOCKS[0], pdfgen.RELATED_BLOCKS[2]), "證券名稱"),
        # the label column named 項目 (a plain notes table per counterparty kind)
        ((pdfgen.RELATED_BLOCKS[1], pdfgen.RELATED_BLOCKS[2]), "項目"),
        # one-row blocks under indented sub-headings (b.租賃負債 is the next block's, no
        # wrapped tail of the row above it) and a name over the amounts
        (pdfgen.LEASE_BLOCKS, "關係人名稱"),
    ],
)
def test_a_header_naming_the_label_column_starts_the_next_sub_table(
    pdf_dir: Path, blocks: Sequence[pdfgen.RelatedBlock], stub_name: str
) -> None:
    """A related-party note's sub-tables (富邦金 113 Q1 pp. 308–329): the header line
    that names the label column (``關係人名稱 113.3.31 112.12.31 112.3.31``) after a
    block's rows, under a lettered heading, heads the next sub-table, even after a block
    of one row; it had been glued to the first row (``關係人名稱台北富邦…``, ``113.3.31$
    2,660,458``) and the 合計 added the rows of the block above."""
    path = pdf_dir / f"related-{len(blocks)}-{stub_name}.pdf"
    pdfgen.make_related_blocks_pdf(path, blocks, stub_name=stub_name)
    doc = _doc_of(path)
    tables = doc.facts.tables
    assert [len(t.rows) for t in tables] == [len(b[4]) for b in blocks], [
        [[c.text for c in r] for r in t.rows] for t in tables
    ]
    for t, (_, _, names, _, rows) in zip(tables, blocks, strict=True):
        assert t.columns[0] == stub_name
        assert [c.text for c in t.rows[0]] == list(rows[0])
        assert [name.split()[-1].rsplit("/", 1)[-1] for name in t.columns[1:]] == list(names)
    totals = _total_checks(doc)
    summed = sum(len(b[2]) for b in blocks if any(r[0] == "合計" for r in b[4]))
    assert len(totals) == summed and all(c.status == "pass" for c in totals), [
        c.message for c in totals
    ]


@pytest.mark.parametrize(
    ("rows", "row", "addends"),
    [
        # 再保費收入 set as dashes is a row of zeros: the 小計 under the deductions adds
        # them, never every row since the dashes taken for a heading
        (pdfgen.PREMIUM_ROWS, "小計", [-532, -274]),
        # the same without the dashed row: unchanged
        (
            tuple(r for r in pdfgen.PREMIUM_ROWS if r[0] != "再保費收入"),
            "小計",
            [-532, -274],
        ),
    ],
)
def test_a_row_of_dashes_heads_no_rows_of_a_subtotal(
    pdf_dir: Path, rows: Sequence[tuple[str, str, str]], row: str, addends: list[int]
) -> None:
    """An insurer's premium note (富邦金 113 Q1 p. 137): ``再保費收入 - -`` is a row with
    nothing that period, no heading over the rows below it, so the bare 小計 under
    ``減：再保費支出`` and ``未滿期保費準備淨變動`` adds those two (it had added 保費收入
    too and failed on both columns)."""
    path = pdf_dir / f"premium-{len(rows)}.pdf"
    pdfgen.make_bank_note_pdf(path, rows, heading="(二十九)保費收入", header=("113年", "112年"))
    mine = [c for c in _total_checks(_doc_of(path)) if c.values["row"] == row]
    assert len(mine) == 2 and all(c.status == "pass" for c in mine), [c.message for c in mine]
    for check in mine:
        assert [v for _, v in check.values["addends"]] == addends


@pytest.mark.parametrize("title_size", [12.0, 14.0])
def test_a_title_in_larger_type_is_no_header_of_a_small_grid(
    pdf_dir: Path, title_size: float
) -> None:
    """A credit-quality table (富邦金 113 Q1 p. 178): the centred title in 12-point type
    over a 7-point grid is its title, never a level of its header, and the lead-in line
    above it no title; the header's three levels stand over the columns and every total
    passes."""
    path = pdf_dir / f"quality-{title_size}.pdf"
    pdfgen.make_quality_grid_pdf(path, title_size=title_size)
    doc = _doc_of(path)
    (t,) = doc.facts.tables
    assert t.title == "金融資產信用品質分析表"
    assert not any("分析表" in name for name in t.columns), t.columns
    assert [c.text for c in t.rows[0]] == list(pdfgen.QUALITY_ROWS[0])
    assert all(name.startswith("113.3.31 / ") for name in t.columns[1:]), t.columns
    totals = _total_checks(doc)
    assert len(totals) == 7 and all(c.status == "pass" for c in totals), [c.message for c in totals]


_RESERVE_HEAD = ["", "保險合約", "具裁量參與特性之金融工具", "總計"]
_RESERVE_ROWS = [["期初餘額", "$ 7,125", "57", "7,182"], ["期末餘額", "7,011", "6", "7,017"]]


@pytest.mark.parametrize(
    ("head", "continues"),
    [
        # 113.3.31 over the names: a date the part above never had, so another table
        # (an insurer's reserve details under its movement table, 富邦金 p. 128)
        ([["", "113.3.31", "", ""], ["", "保險合約", "具裁量參與特性之金融工具", "合計"]], False),
        # the same names set again with no date: the table goes on
        ([_RESERVE_HEAD], True),
        # no header at all at the top of the next page: the rows go on
        ([], True),
    ],
)
def test_a_date_over_the_next_pages_names_starts_a_new_table(
    head: list[list[str | None]], continues: bool
) -> None:
    """A grid at the top of the next page, titled by the pages' running header only, goes
    on from the grid that ran to the foot of the page before, unless its header names a
    date the part above never named."""
    from pipeline.extract.tables.uncaptioned import _continues
    from pipeline.models import PdfTable

    running = "富邦金融控股股份有限公司及子公司合併財務報告附註(續)"
    prev = PdfTable(
        page=127,
        bbox=(100.0, 300.0, 550.0, 790.0),
        rows=[_RESERVE_HEAD, *_RESERVE_ROWS],
        title="前述賠款準備之變動調節如下：",
        page_height=842.0,
    )
    nxt = PdfTable(
        page=128,
        bbox=(100.0, 140.0, 550.0, 400.0),
        rows=[*head, ["壽險", "$ 3,970", "-", "3,970"], ["合計", "$ 3,970", "-", "3,970"]],
        title=running,
        page_height=842.0,
    )
    assert _continues(prev, nxt, True, frozenset({running})) is continues


@pytest.mark.parametrize(
    ("years", "label"),
    [
        # ROC accident years, the oldest ones pooled (≦108)
        (("≦108", "109", "110", "111"), "意外年度"),
        # calendar years under 事故年度
        (("2020", "2021", "2022", "2023"), "事故年度"),
    ],
)
def test_accident_years_name_the_columns_of_a_claims_table(
    pdf_dir: Path, years: tuple[str, ...], label: str
) -> None:
    """An insurer's claims development table (富邦金 113 Q1 pp. 116–117): the line of
    accident years under the date is the columns' names (``113.3.31 / 109``), never a
    row of amounts (109 was NT$109 thousand), its all-dash oldest column kept apart; each
    小計 nets the estimate and the claims paid."""
    path = pdf_dir / f"claims-years-{label}.pdf"
    pdfgen.make_claims_years_pdf(path, years=years, label=label)
    doc = _doc_of(path)
    (t,) = doc.facts.tables
    assert t.columns == [label, *(f"113.3.31 / {y}" for y in years)]
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in pdfgen.CLAIMS_YEAR_ROWS]
    totals = _total_checks(doc)
    assert len(totals) == 3 and all(c.status == "pass" for c in totals), [c.message for c in totals]


@pytest.mark.parametrize(
    ("name", "groups", "expected"),
    [
        # 小計 under 外銷 adds its own block (亞洲 … 非洲, a run of rows right above it),
        # never 內銷 above it
        (
            "sales",
            pdfgen.SALES_REGION_GROUPS,
            {("小計", "103年度"): "pass", ("小計", "102年度"): "pass"},
        ),
        # 分配前 / 分配後 under 股東權益總計 restate it at a state: nothing is compared
        ("state", pdfgen.STATE_ROW_GROUPS, {}),
        # a 合計 right but for two adjacent digits swapped is the filing's misprint
        (
            "swapped",
            pdfgen.production_groups("1,281,780"),
            {("合計", "103年度"): "info", ("合計", "102年度"): "pass"},
        ),
        # any other difference still fails
        (
            "wrong",
            pdfgen.production_groups("1,219,780"),
            {("合計", "103年度"): "fail", ("合計", "102年度"): "pass"},
        ),
        # the same digits in another order, not two neighbours swapped: fails
        (
            "shuffled",
            pdfgen.production_groups("1,281,078"),
            {("合計", "103年度"): "fail", ("合計", "102年度"): "pass"},
        ),
    ],
)
def test_total_rows_under_group_cells(
    pdf_dir: Path,
    name: str,
    groups: pdfgen.GroupedRows,
    expected: dict[tuple[str, str], str],
) -> None:
    """An annual report's ruled tables (雷科 103 pp. 58, 64, 71): a total named under a
    group cell merged over its rows adds that group only; a row named as a state before
    or after an event is no total; a total misprinted with two digits swapped is reported
    as a misprint, not a failed sum."""
    path = pdf_dir / f"grouped-{name}.pdf"
    pdfgen.make_grouped_rows_pdf(path, groups)
    got = {(c.values["row"], c.values["column"]): c.status for c in _total_checks(_doc_of(path))}
    assert got == expected, [c.message for c in _total_checks(_doc_of(path))]


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_column_of_dashes_named_alone_is_a_column(pdf_dir: Path, wrapped: bool) -> None:
    """A credit-quality table's stage 3 (富邦金 113 Q1 p. 178): the column of assets
    bought credit-impaired holds "-" on every row, between two columns of amounts; named
    over it alone (on one line or wrapped over three), it is a column of its own, never
    run into the amount beside it (``2,193,437 -``, read as nothing), and 合計 adds up in
    every column."""
    path = pdf_dir / f"dash-column-{wrapped}.pdf"
    pdfgen.make_dash_column_pdf(path, wrapped=wrapped)
    doc = _doc_of(path)
    (t,) = doc.facts.tables
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in pdfgen.DASH_COLUMN_ROWS]
    assert len(t.columns) == 5 and "購入或創始" in t.columns[2], t.columns
    totals = _total_checks(doc)
    assert totals and all(c.status == "pass" for c in totals), [c.message for c in totals]


@pytest.mark.parametrize("gap", [-1.8, 0.0, 0.5])
def test_two_amounts_printed_with_no_gap_stand_in_two_columns(pdf_dir: Path, gap: float) -> None:
    """A credit-quality table's last columns (富邦金 113 Q1 p. 178): the allowance's last
    digit touches, even overlaps, the carrying amount's first (``3,045,5552,638,081,089``).
    Where the digit grouping breaks a new amount starts: two cells, the columns kept apart
    on every row, and 合計 adds up in each."""
    path = pdf_dir / f"glued-amounts-{gap}.pdf"
    pdfgen.make_glued_amounts_pdf(path, gap=gap)
    doc = _doc_of(path)
    (t,) = doc.facts.tables
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in pdfgen.GLUED_AMOUNT_ROWS]
    assert t.columns == ["", "合計", "備抵減損", "帳面金額"], t.columns
    totals = _total_checks(doc)
    assert len(totals) == 3 and all(c.status == "pass" for c in totals), [c.message for c in totals]


@pytest.mark.parametrize(
    "periods",
    [
        # development years under 發展年數
        ("1", "2", "3", "4"),
        # development months, counted in twelves
        ("12", "24", "36", "48"),
    ],
)
def test_development_years_name_the_columns_of_a_claims_triangle(
    pdf_dir: Path, periods: tuple[str, ...]
) -> None:
    """An insurer's claims triangle (富邦金 113 Q1 p. 145): the development years on the
    header's second row, under ``發展年數`` merged across them and beside ``意外年度``
    merged down, are the columns' names (``發展年數 / 1``), never a first row of
    amounts."""
    path = pdf_dir / f"development-{periods[1]}.pdf"
    pdfgen.make_development_years_pdf(path, periods=periods)
    doc = _doc_of(path)
    (t,) = doc.facts.tables
    assert t.columns == ["意外年度", *(f"發展年數 / {p}" for p in periods), "賠款準備金"]
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in pdfgen.DEVELOPMENT_ROWS]


@pytest.mark.parametrize(
    "relations",
    [
        # a dash on every row: a column of its own by its name alone
        ("－", "－", "－", "－"),
        # one party's relation numbered
        ("－", "2", "－", "－"),
    ],
)
def test_the_first_line_of_a_wrapped_name_names_its_column(
    pdf_dir: Path, relations: tuple[str, ...]
) -> None:
    """A holdings schedule (統一 113 附表三 p. 116): ``股數`` set over ``(仟股或仟單位)``,
    the first line of that column's name, is that column's, never a group name over the
    run of columns from the relation to the ratio because the run's centre falls on
    it; the relation column keeps its own name."""
    path = pdf_dir / f"holdings-{relations[1]}.pdf"
    pdfgen.make_holdings_schedule_pdf(path, relations=relations)
    (t,) = _doc_of(path).facts.tables
    assert t.columns == pdfgen.SECURITIES_COLUMNS
    assert [[c.text for c in r] for r in t.rows] == [
        [*row[:2], rel, *row[2:], "─"]
        for row, rel in zip(pdfgen.SECURITIES_ROWS, relations, strict=True)
    ]


@pytest.mark.parametrize("last_rows", [1, 2])
def test_a_schedules_last_page_of_one_row_continues_it(pdf_dir: Path, last_rows: int) -> None:
    """A schedule's last page (統一 113 附表四 p. 122): its header set again over the one
    row left (or two) is no table of its own, nor a page with no table: its names, one
    over each amount, head one row, and the row joins the table of the page before,
    its columns in their places though its amounts start further right."""
    path = pdf_dir / f"last-page-{last_rows}.pdf"
    pdfgen.make_one_row_last_page_pdf(path, last_rows=last_rows)
    (t,) = _doc_of(path).facts.tables
    assert t.pages == [1, 2]
    expected = [*pdfgen.TRADES_PAGES[0], *(pdfgen.TRADES_PAGES[1] + pdfgen.TRADES_PAGES[0])]
    assert [[c.text for c in r] for r in t.rows] == [
        list(r) for r in expected[: len(pdfgen.TRADES_PAGES[0]) + last_rows]
    ]
    assert t.columns[2] == "期初 / 股數(仟股或仟單位)"


_OFFSET_ASSETS = ("衍生金融資產", "$ 753,826", "-", "753,826", "753,826")
_OFFSET_NAMES = ("", "金融負債總額", "金融資產總額", "負債淨額", "淨額")
_OFFSET_REPO = ("附買回協議", "26,583,802", "-", "26,583,802", "-")
_OFFSET_TOTAL = ("合計", "$ 35,764,776", "-", "35,764,776", "9,180,974")


@pytest.mark.parametrize(
    ("rows", "statuses"),
    [
        # a second table's header stacked under the first's rows: its names, no label,
        # bound the rows 合計 adds
        (
            [
                _OFFSET_ASSETS,
                _OFFSET_NAMES,
                ("衍生金融負債", "$ 9,180,974", "-", "9,180,974", "9,180,974"),
                _OFFSET_REPO,
                _OFFSET_TOTAL,
            ],
            ["pass", "pass", "pass"],
        ),
        # its header line fused with its first row, cell after cell: where its rows start
        # is not known, so nothing is compared
        (
            [
                _OFFSET_ASSETS,
                (
                    "衍生金融負債",
                    "(a)$ 9,180,974",
                    "(b)-",
                    "(c)=(a)-(b)9,180,974",
                    "(e)=(c)-(d)9,180,974",
                ),
                _OFFSET_REPO,
                _OFFSET_TOTAL,
            ],
            [],
        ),
        # two cells with header words run in are read and added (a block's dates)
        (
            [
                ("甲銀行有限公司", "112.12.31235,109", "(重編後)427,079", "1,000", "2,000"),
                ("乙銀行股份有限公司", "126,536", "111,789", "500", "700"),
                ("合計", "$ 361,645", "$ 538,868", "1,500", "2,700"),
            ],
            ["pass", "pass", "pass", "pass"],
        ),
    ],
)
def test_a_stacked_tables_header_bounds_the_rows_a_total_adds(
    rows: list[tuple[str, ...]], statuses: list[str]
) -> None:
    """Offsetting tables (富邦金 113 Q1 pp. 273–275) stacked one under another and read as
    one table: a 合計 adds the rows under the last table's header, never the first
    table's rows over it."""
    title = "未於資產負債表互抵之相關金額"

    def cell(text: str) -> Cell:
        cv = parse_value_cell(text)
        return Cell(text=text, value=None if cv is None else cv.value, null=text in {"-", "$ -"})

    t = Table(
        id="t1",
        text=title,
        span=CharSpan(start=0, end=len(title)),
        page=1,
        rule="tables.pdf_text.v1",
        table_id=title,
        caption="",
        columns=["", "已認列之總額", "互抵之總額", "列報之淨額", "淨額"],
        rows=[[cell(x) for x in row] for row in rows],
        total_rows=[r for r, row in enumerate(rows) if total_kind(row[0])],
        strategy="pdf_text",
    )
    checks = [c for c in check_table(t) if c.kind == "table_total_row"]
    assert [c.status for c in checks] == statuses, [c.message for c in checks]


@pytest.mark.parametrize(
    ("second_unit", "units"),
    [
        # the statement's second page under its own unit line: the same statement set
        # again in another currency (世芯 113 Q2 pp. 7–8), a table of its own
        ("單位：美金仟元", ["新台幣仟元", "美金仟元"]),
        ("(單位：美金千元)", ["新台幣仟元", "美金千元"]),
        # the same unit line on both pages: the statement continued, one table
        (None, ["新台幣仟元"]),
    ],
)
def test_a_statement_set_again_under_another_unit_is_its_own_table(
    pdf_dir: Path, second_unit: str | None, units: list[str]
) -> None:
    """A filer reporting in US dollars sets its balance sheet again in them on the page
    after the NT$ one, the same title, period and header: the USD page was joined to the
    NT$ table as its continuation, its amounts scaled as 新台幣仟元 and its totals checked
    against the NT$ rows (six failed checks)."""
    path = pdf_dir / f"statement-unit-{len(units)}-{len(second_unit or '')}.pdf"
    pdfgen.make_statement_pdf(path, second_unit=second_unit)
    doc = _doc_of(path)
    tables = doc.facts.tables
    assert [re.sub(r"[\s()（）]", "", t.unit or "") for t in tables] == units
    assert [t.pages for t in tables] == ([[1, 2]] if len(units) == 1 else [[1], [2]])
    assert not [c for c in doc.checks if c.status == "fail"]


@pytest.mark.parametrize(
    ("title", "columns", "money"),
    [
        # the table's own title or a column's own name names one of the two moneys
        ("員工酬勞（美金）", ["113年6月30日"], "USD"),
        ("營業收入", ["113年 / US$"], "USD"),
        ("新台幣借款", ["113年6月30日"], "TWD"),
        # both named (a US$ figure with its NT$ translation), or neither: unresolved
        ("現金", ["113年 / 美金", "113年 / 新台幣"], None),
        ("現金及約當現金", ["113年6月30日"], None),
        # a money in a garbled column name (新台幣美 from 新台幣 | 美金), or run into a
        # column's date beside one named alone; foreign money unnamed
        ("信用等級", ["預期信用損失率", "額 / 新台幣美"], None),
        ("承租承諾", ["113年6月30日新台幣", "美金"], None),
        ("匯率資訊", ["外幣", "匯率"], None),
    ],
)
def test_a_unit_naming_two_moneys_takes_the_tables_own(
    title: str, columns: list[str], money: str | None
) -> None:
    """The notes' unit note of a filer reporting in US$ and in NT$ (``美金仟元及新台幣仟元``,
    世芯) scales a table in the money its title or its value columns' names name, never a
    guess; a row naming a money decides nothing (a later block's name may be lost)."""
    from pipeline.extract.tables.build import _own_money_unit

    unit = _own_money_unit(parse_unit("美金仟元及新台幣仟元", declared=True), [title], columns)
    assert unit is not None and unit.multiplier == 1000.0
    assert unit.base_unit == money


@pytest.mark.parametrize("continued", [False, True])
def test_each_money_block_takes_the_money_its_heading_row_names(
    tmp_path: Path, continued: bool
) -> None:
    """A unit naming two moneys (``美金仟元及新台幣仟元``) over one grid holding the same
    items twice, each block under a row naming its money (``新　台　幣`` / ``美　　金``):
    each cell takes its block's money at the unit line's scale. Continued on the next page,
    the second block's name stands on the header's line set again, in the corner the
    first part leaves empty: it stays the block's heading row, not dropped with the
    repeated header."""
    path = tmp_path / "blocks.pdf"
    pdfgen.make_money_blocks_pdf(path, continued=continued)
    (table,) = _doc_of(path).facts.tables
    heads = [r[0].row_header for r in table.rows if not any(c.value is not None for c in r)]
    assert heads == ["新台幣", "美金"]
    moneys = [{c.unit for c in r[1:] if c.value is not None} for r in table.rows if r[0].row_header]
    twd, usd = {"新台幣仟元"}, {"美金仟元"}
    n = len(pdfgen.MONEY_BLOCKS[0][1])
    assert [m for m in moneys if m] == [twd] * (n - 1) + [usd] * (n - 1)
    first = next(c for r in table.rows for c in r if c.text == "$ 56,301")
    assert (first.unit, first.base_value) == ("美金仟元", 56_301_000.0)
    total = next(c for r in table.rows for c in r if c.text == "$ 3,013,683")
    assert total.unit == "新台幣仟元"


def test_a_row_named_by_one_of_two_moneys_takes_it(tmp_path: Path) -> None:
    """Under ``美金仟元及新台幣仟元``, rows of figures each named by one of the two moneys
    (``已發行股本`` over ``新　台　幣 $ 797,155`` and ``美　　金 $ 25,525``) take their own
    money at the unit's scale: the ``$`` before a US$ amount makes it no NT$ one."""
    path = tmp_path / "shares.pdf"
    pdfgen.make_money_blocks_pdf(path, shares=True)
    table = _doc_of(path).facts.tables[-1]
    named = {
        r[0].row_header: {(c.unit, c.base_unit) for c in r[1:] if c.value is not None}
        for r in table.rows
        if any(c.value is not None for c in r[1:])
    }
    assert named == {"新台幣": {("新台幣仟元", "TWD")}, "美金": {("美金仟元", "USD")}}
    usd = next(c for r in table.rows for c in r if c.text == pdfgen.MONEY_ROWS[1][1])
    assert usd.base_value == 25_525_000.0


@pytest.mark.parametrize(
    ("label", "money"),
    [
        ("新台幣", "TWD"),
        ("美金", "USD"),
        # a heading run into the money's name still names it
        ("使用權資產帳面金額新台幣", "TWD"),
        # both moneys, or none: no block's money
        ("新台幣及美金", None),
        ("按攤銷後成本衡量", None),
        # a money the unit does not name
        ("人民幣", None),
    ],
)
def test_block_money(label: str, money: str | None) -> None:
    from pipeline.extract.tables.build import _block_money, _money_options

    options = _money_options(parse_unit("美金仟元及新台幣仟元", declared=True))
    unit = _block_money(label, options)
    assert (unit.base_unit if unit else None) == money
    assert _block_money(label, _money_options(parse_unit("新台幣仟元", declared=True))) is None


@pytest.mark.parametrize(
    ("label", "table_unit", "expected"),
    [
        ("額定股本（新台幣）", "新台幣仟元", ("新台幣仟元", 1000.0)),
        ("額定股本（新台幣）", "美金仟元及新台幣仟元", ("新台幣仟元", 1000.0)),
        ("已發行股本（美金）", "美金仟元及新台幣仟元", ("美金仟元", 1000.0)),
        ("股本（NT$）", "新台幣仟元", ("新台幣仟元", 1000.0)),
        ("每股盈餘（新台幣元）", "新台幣仟元", ("新台幣元", 1.0)),  # a scale of its own
        ("應收帳款（美金）", "新台幣仟元", ("美金", 1.0)),  # a money the unit does not name
        ("額定股本（新台幣）", "新台幣元", ("新台幣", 1.0)),
    ],
)
def test_a_money_named_without_scale_takes_the_unit_lines(
    label: str, table_unit: str, expected: tuple[str, float]
) -> None:
    """A label naming a money in brackets and no scale (``額定股本（新台幣）``) says which
    money, not that its figures are in 元: the unit line's scale (仟元) still holds, or the
    one of a two-money unit's moneys it names; ``（新台幣元）`` keeps its own scale."""
    from pipeline.extract.tables.build import _money_options, _money_scaled
    from pipeline.extract.tables.cells import _header_unit

    unit = parse_unit(table_unit, declared=True)
    named = _money_scaled(_header_unit([label]).explicit, unit, _money_options(unit))
    assert named is not None and (named.text, named.multiplier) == expected


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        # 美金 | 新台幣 under each period: each column its money at the unit's scale
        (
            "columns",
            {"$ 25,020": ("美金仟元", 25_020_000.0), "19,345": ("新台幣仟元", 19_345_000.0)},
        ),
        # 新台幣 set above the dates heads the first block; 美金 the block after it
        ("lead", {"$ 138,105": ("新台幣仟元", 138_105_000.0), "450": ("美金仟元", 450_000.0)}),
        # 外幣 | 匯率 | 帳面金額（美金仟元）: the foreign amount in the row's money, the rate
        # a plain number, 新台幣 a foreign money of a report kept in US$
        (
            "foreign",
            {
                "$ 752,461": ("仟元", 752_461_000.0),
                "105,470": ("新台幣仟元", 105_470_000.0),
                "0.030817": (None, 0.030817),
                "3,250": ("美金仟元", 3_250_000.0),
            },
        ),
        # 額定股本（新台幣）under 單位：新台幣仟元: NT$ 1,000,000 thousand
        # 每股淨值（新台幣） 61.25: per share, in 元 whatever the unit line's scale
        (
            "capital",
            {"$ 1,000,000": ("新台幣仟元", 1_000_000_000.0), "61.25": ("新台幣", 61.25)},
        ),
    ],
)
def test_moneys_set_in_columns_and_named_in_labels(
    tmp_path: Path, layout: str, expected: dict[str, tuple[str | None, float]]
) -> None:
    """Two-money layouts (``美金仟元及新台幣仟元``) and a label naming its money: every
    amount takes the money its column, block or row names, at the unit line's scale."""
    path = tmp_path / f"{layout}.pdf"
    pdfgen.make_money_columns_pdf(path, layout)
    cells = {c.text: c for t in _doc_of(path).facts.tables for r in t.rows for c in r}
    got = {k: (cells[k].unit, cells[k].base_value) for k in expected if k in cells}
    assert got == expected
    if layout == "foreign":
        assert cells["$ 752,461"].base_unit == "CNY"


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        # rows 美金：新臺幣 / 日圓：美金 under 外幣(千元): the pair's first money, in thousands;
        # 新臺幣(千元) stays NT$, the rate a plain number
        (
            "pair",
            {
                "$1,158,797": ("USD", 1_158_797_000.0),
                "5,418,367": ("JPY", 5_418_367_000.0),
                "$38,390,931": ("TWD", 38_390_931_000.0),
                "0.0067": (None, 0.0067),
            },
        ),
        # rows 美金(千元) / 人民幣(千元): the bracket's 千元 is the row's money's, not NT$
        (
            "scaled",
            {
                "$5,179": ("USD", 5_179_000.0),
                "193,933": ("CNY", 193_933_000.0),
                "$163,904": ("TWD", 163_904_000.0),
                "31.65": (None, 31.65),
            },
        ),
    ],
)
def test_foreign_amounts_take_the_money_their_row_names(
    tmp_path: Path, layout: str, expected: dict[str, tuple[str | None, float]]
) -> None:
    """A foreign-currency note (``外幣 | 匯率 | 新臺幣`` under each date): a scale bracketed
    after a money's name (``美金(千元)``, ``外幣(千元)``) is that money's, never NT$, and a row
    naming a pair of moneys (``美金：新臺幣``) holds amounts in the first; each date heads
    its own run of three columns however the text layer cut the header."""
    path = tmp_path / f"fx-{layout}.pdf"
    pdfgen.make_fx_dates_pdf(path, layout)
    (table,) = _doc_of(path).facts.tables
    cells = {c.text: c for r in table.rows for c in r}
    got = {k: (cells[k].base_unit, cells[k].base_value) for k in expected if k in cells}
    assert got == expected
    names = ("外幣", "匯率", "新臺幣")
    if layout == "pair":
        names = ("外幣(千元)", "匯率", "新臺幣(千元)")
    assert [re.sub(r"\s+", "", c) for c in table.columns[1:]] == [
        f"{d}/{n}" for d in pdfgen.FX_DATES for n in names
    ]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # a date read into the middle name under it, the other names without one
        (
            [
                [],
                ["外幣"],
                ["113.09.30 匯率"],
                ["新臺幣"],
                ["外幣"],
                ["112.12.31 匯率"],
                ["新臺幣"],
            ],
            [["113.09.30"]] * 3 + [["112.12.31"]] * 3,
        ),
        # dates spread over the wrong three columns, the second glued to a name
        (
            [
                [],
                ["外幣"],
                ["114.03.31", "匯率"],
                ["114.03.31", "新臺幣"],
                ["114.03.31", "外幣"],
                ["匯率"],
                ["113.12.31 新臺幣"],
            ],
            [["114.03.31"]] * 3 + [["113.12.31"]] * 3,
        ),
        # one date read into the middle of one run
        ([[], ["外幣"], ["112.09.30 匯率"], ["新臺幣"]], [["112.09.30"]] * 3),
        # names that do not repeat per date, a date over an edge name: left as read
        ([[], ["113年 金額"], ["成長率"], ["備註"]], None),
        ([[], ["113年", "金額"], ["113年", "%"], ["112年", "金額"], ["112年", "備註"]], None),
    ],
)
def test_each_date_heads_its_run_of_names(
    parts: list[list[str]], expected: list[list[str]] | None
) -> None:
    got = _periods_over_repeats(parts, 1)
    assert (got and [p[:1] for p in got[1:]]) == expected


@pytest.mark.parametrize(
    ("label", "money"),
    [
        ("美金：新臺幣", "USD"),
        ("日圓：美金", "JPY"),
        ("非貨幣性項目美金：新台幣", "USD"),  # run on from the section's name
        ("新加坡幣：美金", "SGD"),
        ("美金", None),  # one money: no pair
        ("現金：合計", None),
    ],
)
def test_a_row_naming_a_pair_of_moneys_holds_the_first(label: str, money: str | None) -> None:
    assert _pair_money(label) == money


@pytest.mark.parametrize(
    ("rows", "statuses"),
    [
        # 小計 under 持股比例: the group's part of the equity above, no sum of the rows
        (
            [
                ("流動資產", "$14,010,427", "$12,095,088"),
                ("非流動資產", "31,371,346", "31,340,599"),
                ("歸屬於母公司業主之權益", "27,637,244", "26,732,760"),
                ("集團持股比例", "15.34%", "15.27%"),
                ("小計", "4,239,553", "4,082,093"),
            ],
            ["pass", "pass"],
        ),
        # a product off by more than the share's rounding still fails
        (
            [
                ("歸屬於母公司業主之權益", "27,637,244", "26,732,760"),
                ("集團持股比例", "15.34%", "15.27%"),
                ("小計", "4,339,553", "4,082,093"),
            ],
            ["fail", "pass"],
        ),
    ],
)
def test_a_subtotal_under_a_share_row_is_a_product(
    rows: list[tuple[str, str, str]], statuses: list[str]
) -> None:
    """An associate's summary (中保科): equity, the group's share, then 小計 = equity ×
    share; compared as that product to the share's last digit, never as a sum."""
    t = _statement_table("彙總性財務資訊", rows)
    for row in t.rows:
        for c in row[1:]:
            c.kind = "percent" if c.text.strip().endswith("%") else "money"
    checks = [c for c in check_table(t) if c.kind == "table_total_row"]
    assert [c.status for c in checks] == statuses, [c.message for c in checks]


@pytest.mark.parametrize(
    ("rows", "statuses"),
    [
        # 群組一's rows and 小計, then the 合計 over groups the table does not hold
        (
            [
                ("總帳面金額", "$927,107", "$940,447"),
                ("存續期間預期信用損失", "(1,568)", "(12,601)"),
                ("小計", "925,539", "927,846"),
                ("合計", "", "$1,943,458"),
            ],
            ["pass", "pass"],
        ),
        # a 合計 equal to the one 小計 is still compared (and passes)
        (
            [
                ("總帳面金額", "$927,107", "$940,447"),
                ("存續期間預期信用損失", "(1,568)", "(12,601)"),
                ("小計", "925,539", "927,846"),
                ("合計", "", "$927,846"),
            ],
            ["pass", "pass", "pass"],
        ),
        # with two groups in the table the 合計 adds both 小計 and a wrong one fails
        (
            [
                ("甲", "$100", "$200"),
                ("小計", "100", "200"),
                ("乙", "$50", "$60"),
                ("小計", "50", "60"),
                ("合計", "$150", "$270"),
            ],
            ["pass", "pass", "pass", "pass", "pass", "fail"],
        ),
    ],
)
def test_a_total_over_groups_outside_the_table_is_not_compared(
    rows: list[tuple[str, str, str]], statuses: list[str]
) -> None:
    """A 合計 set right under the table's only 小計 (中保科's aging matrix: 群組一 …
    小計, 合計 over 群組一 and 群組二 set apart) adds groups the table does not hold:
    nothing is compared unless it equals that 小計."""
    t = _statement_table("按存續期間衡量之備抵損失", rows)
    checks = [c for c in check_table(t) if c.kind == "table_total_row"]
    assert [c.status for c in checks] == statuses, [c.message for c in checks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deck's share count with a scale letter glued before the English noun
        ("3,854,519K shares", (3854519, 1e3, "股")),
        ("2,901M shares", (2901, 1e6, "股")),
        ("3,854,519 shares", (3854519, 1.0, "股")),
        ("5 million shares", (5, 1e6, "股")),
        ("12,000 employees", (12000, 1.0, "人")),
        ("3,854,519仟股", (3854519, 1e3, "股")),  # the Chinese deck's form, as before
        # a scale letter before no count noun, or a noun not listed: no count
        ("1,234 K", None),
        ("1.2M users", None),
    ],
)
def test_an_english_count_in_a_cell_is_a_count(
    text: str, expected: tuple[float, float, str] | None
) -> None:
    """`3,854,519K shares` in a deck's cell is 3,854,519 thousand shares (股), as the
    Chinese deck's `3,854,519 仟股` is; an English count noun is a count unit."""
    cv = parse_value_cell(text)
    if expected is None:
        assert cv is None or cv.unit is None or cv.unit.kind != "count"
        return
    assert cv is not None and cv.unit is not None
    assert (cv.value, cv.unit.multiplier, cv.unit.base_unit) == expected
    assert cv.unit.kind == "count"


# i11: a table's numbers are its cells. A grid found on the PDF's geometry often sits in
# lines the structure stage kept as prose, so the quantity stage used to read its figures
# again, without the table's scale (`人民幣 2,530` as CNY 2,530 beside its cell of 2,530
# 千元) and run over two cells (`169,649 － 1%` as a percentage).
@pytest.mark.parametrize(
    ("maker", "cell", "base"),
    [
        ("make_spread_column_names_pdf", "2,530", (2_530_000, "CNY")),
        ("make_wide_wrapped_labels_pdf", "$ 6,000,000", (6_000_000, "TWD")),
        ("make_deductions_schedule_pdf", "$ 293,204", (293_204_000, "TWD")),
        ("make_new_periods_row_pdf", "$315,400", (315_400, "TWD")),
        ("make_schedule_pages_pdf", "6,706,713", (6_706_713_000, "TWD")),
        ("make_useful_lives_pdf", "10 年", (10, "年")),
    ],
)
def test_a_tables_typed_cells_are_no_running_text_quantities(
    tmp_path: Path, maker: str, cell: str, base: tuple[float, str]
) -> None:
    path = tmp_path / f"{maker}.pdf"
    getattr(pdfgen, maker)(path)
    doc = build(path, IN_PROCESS).document
    cells = [c for t in doc.facts.tables for r in t.rows for c in r if c.value is not None]
    assert (cell, base) in {(c.text, (c.base_value, c.base_unit)) for c in cells}
    spans = [s for c in cells for s in ([c.span] if c.span else []) + list(c.parts or [])]
    inside = [
        q.text
        for q in doc.facts.quantities
        if any(s.start < q.span.end and q.span.start < s.end for s in spans)
    ]
    assert inside == []


def test_a_text_cells_quantities_stay(tmp_path: Path) -> None:
    """A cell that holds a range in words (`2 年至 50 年` in a useful-lives list) types
    nothing: its quantities are the only reading of it, and they stay; the list's typed
    cells (`10 年`) are no quantities."""
    path = tmp_path / "useful-lives.pdf"
    pdfgen.make_useful_lives_pdf(path)
    doc = build(path, IN_PROCESS).document
    texts = [c for t in doc.facts.tables for r in t.rows for c in r if c.value is None]
    kept = {
        q.text
        for q in doc.facts.quantities
        if any(c.span and c.span.start <= q.span.start < c.span.end for c in texts)
    }
    assert {"2 年至 50 年", "3 年至 5 年", "2 至 15 年"} <= kept
    assert "10 年" not in {q.text for q in doc.facts.quantities}
