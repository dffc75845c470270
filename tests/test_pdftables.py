"""Table finding on PDF page geometry (pipeline/pdftables) and the tables it becomes.

Fixtures reproduce the traps of real filings and investor decks: uncaptioned
statements with a unit line, two-level headers, account codes, a 附註 column, ``$`` and
``(negative)`` amounts, ruled columns whose rows share one ruled cell, a statement
continued on the next page with its header repeated, a vector chart with axis ticks
(not a table) and a slide KPI table with QoQ/YoY columns.
"""

from __future__ import annotations

import csv
import ctypes
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import ingest as ingest_module
from pipeline.config import Settings
from pipeline.extract.tables.build import _foreign_money, _same_scale, code_column
from pipeline.extract.tables.cells import _header_unit
from pipeline.extract.tables.uncaptioned import uncaptioned_groups
from pipeline.models import Check, Document, PdfTable, Table
from pipeline.pdftables import PageGeometry, find_tables, finder, pdfium_geometry
from pipeline.pdftables.cells import (
    development_cells,
    is_account_code,
    parse_cell,
    parse_counted_names,
    parse_unit,
    parse_value_cell,
)
from pipeline.pdftables.finder import _has_axis, line_unit, names_something
from pipeline.pdftables.geometry import page_paths
from pipeline.pdftables.lexicon import _lex
from pipeline.run import build, run
from tests import pdfgen
from tests.conftest import IN_PROCESS
from tests.pdfgen import (
    AGING_BLOCKS,
    AGING_HEADER,
    AGING_HEADING,
    AGING_PARTS,
    ANALYSIS_GROUPS,
    BESIDE_BULLETS,
    BESIDE_KPI,
    BESIDE_ORDERS,
    CONTINUED_HEADER,
    CONTINUED_HEADING,
    CONTINUED_RUNNING,
    CORNER_NAME_HEADER,
    CORNER_QUARTERS,
    CORNER_YEARS,
    DATE_INTRO_BLOCKS,
    DATES_AFTER_PERIODS_DATES,
    DATES_AFTER_PERIODS_LABEL,
    DATES_AFTER_PERIODS_ROW,
    DATES_AFTER_PERIODS_ROWS,
    DATES_AFTER_PERIODS_SHARE,
    DENSE_EQUITY_COLUMNS,
    DENSE_EQUITY_GROUPS,
    DENSE_EQUITY_ROWS,
    FAR_HEADER,
    FAR_ROWS,
    GLUED_INCOME_PERIODS,
    GLUED_INCOME_ROWS,
    GLUED_SPLIT,
    GLUED_WRAPPED,
    GOVERNING_NOTE,
    GROUPED_ROWS,
    HEADED_ITEMS_LINES,
    HOLDER_HEADER,
    HOLDER_ROW,
    INCOME_EPS,
    INCOME_ROWS,
    INCOME_ROWS_FIRST,
    INCOME_ROWS_NEXT,
    INVESTEE_MARKERS,
    INVESTEE_ROWS,
    KERNED_FIRST,
    KERNED_HEADING,
    KERNED_SECOND,
    KPI_ROWS,
    KPI_TITLE,
    LENDING_HEADER,
    LENDING_ROW,
    LENDING_TITLE,
    LEVEL_ROWS,
    LEVELS_HEADER,
    LEVELS_LINES,
    LEVELS_TOTALS,
    LOANS_HEADER,
    LOANS_ROWS,
    LONG_LABEL_NEXT,
    LONG_LABEL_ROWS,
    MATURITY_BLOCKS,
    MATURITY_HEADER,
    MOVEMENT_INTRO,
    MOVEMENT_ROWS,
    NAMED_AMOUNT_ROWS,
    NAMED_SHARE_HEADER,
    NAMED_SHARE_ROWS,
    NESTED_BLOCKS,
    NESTED_HEADER,
    NESTED_TITLE,
    NEW_STD_CARRIED,
    NEW_STD_HEADER,
    NEW_STD_ROW,
    NOTE_PAGES,
    NOTES_TABLES,
    NOTHINGS_HEADER,
    NOTHINGS_ROW,
    ONCE_NOTES,
    ONE_ROW,
    ONE_STANDARD,
    ONE_STANDARD_HEADER,
    PARAGRAPH_LINES,
    PARAGRAPH_TABLE_TITLE,
    PARTIES_HEADER,
    PARTIES_ROWS,
    PARTS_INTRO,
    PAY_ROWS,
    PAY_TITLE,
    PER_SHARE_ROWS,
    PER_SHARE_SECTION,
    PER_SHARE_SECTIONS,
    PER_SHARE_UNIT_LINES,
    RATE_RANGE_HEADER,
    RATE_RANGE_ROWS,
    RENT_MOVEMENT,
    RENT_PERIODS,
    RENT_ROW,
    RULED_AMOUNTS_ROWS,
    RULED_VALUES_ROWS,
    RULED_VALUES_TITLE,
    SCHEDULE_HEADER,
    SECTION_ABOVE_HEADING,
    SECTION_ABOVE_OTHER,
    SECTION_NAME,
    SECTION_PERIODS,
    SECTIONS_HEADER,
    SECTIONS_ROWS,
    SEGMENT_PERIODS,
    SPACED_DATE_BLOCKS,
    SPACED_DATE_HEADER,
    SPACED_DATE_LABEL,
    SPACED_DATES,
    SPACED_HEADER_BLOCKS,
    SPACED_HEADER_PERIODS,
    SPACED_LABEL_DATES,
    SPACED_LABEL_GROUPS,
    SPACED_LABEL_HEADER,
    SPACED_LABEL_ROWS,
    SPACED_NAME,
    SPACED_PERIODS,
    SPACED_ROW,
    SPLIT_PERIOD_BLOCKS,
    SPLIT_PERIOD_NAMES,
    STANDARDS_AFTER,
    STANDARDS_HEADER,
    STANDARDS_ROWS,
    STATEMENT_ASSETS,
    STATEMENT_LIABILITIES,
    STATEMENT_PERIOD,
    STATEMENT_PERIODS,
    TAX_HEADER,
    TAX_ROWS,
    TEXT_CELLS_AFTER,
    TEXT_CELLS_HEADER,
    TEXT_CELLS_LEAD,
    TEXT_CELLS_NEXT_ROW,
    TEXT_CELLS_NOTE,
    TEXT_CELLS_ROWS,
    TOUCHING_ROWS,
    UNDERLINED_GROUP,
    UNDERLINED_HEADER,
    UNDERLINED_ROWS,
    UNIT_NOTE,
    WRAPPED_COLUMNS,
    WRAPPED_GROUP,
    WRAPPED_NOTE_ROWS,
    WRAPPED_ROWS,
    make_analysis_groups_pdf,
    make_brackets_pdf,
    make_bullets_beside_tables_slide_pdf,
    make_carried_text_cells_pdf,
    make_close_notes_tables_pdf,
    make_code_columns_pdf,
    make_contents_pdf,
    make_continued_notes_pdf,
    make_corner_name_slide_pdf,
    make_corner_unit_slide_pdf,
    make_date_intro_blocks_pdf,
    make_dated_sections_pdf,
    make_dates_after_periods_pdf,
    make_deck_pdf,
    make_dense_equity_header_pdf,
    make_effective_dates_pdf,
    make_equity_statement_pdf,
    make_fair_value_pages_pdf,
    make_far_header_slide_pdf,
    make_generic_lead_in_pdf,
    make_glued_cells_income_pdf,
    make_grouped_header_unit_slide_pdf,
    make_headed_items_pdf,
    make_heading_under_header_pdf,
    make_income_next_page_pdf,
    make_income_percent_pdf,
    make_kerned_heading_pdf,
    make_levels_per_date_pdf,
    make_line_chart_slide_pdf,
    make_marker_line_rows_pdf,
    make_named_percent_rows_pdf,
    make_nested_blocks_slide_pdf,
    make_new_periods_row_pdf,
    make_numbered_levels_pdf,
    make_numbered_sections_table_pdf,
    make_one_row_notes_pdf,
    make_one_standard_pdf,
    make_paragraph_over_table_pdf,
    make_per_share_rows_pdf,
    make_per_share_section_pdf,
    make_per_share_unit_pdf,
    make_rate_range_row_pdf,
    make_related_parties_pdf,
    make_row_of_nothings_pdf,
    make_ruled_headers_of_no_text_table_pdf,
    make_ruled_schedule_pdf,
    make_ruled_text_cells_pdf,
    make_running_header_notes_pdf,
    make_scaled_form_table_pdf,
    make_section_above_prose_pdf,
    make_section_heading_pdf,
    make_section_under_periods_pdf,
    make_segment_periods_pdf,
    make_side_by_side_statement_pdf,
    make_spaced_date_blocks_pdf,
    make_spaced_header_pdf,
    make_spaced_header_statement_pdf,
    make_spaced_heading_pdf,
    make_spaced_label_rows_pdf,
    make_split_period_pdf,
    make_stacked_notes_tables_pdf,
    make_statement_pdf,
    make_table_pdf,
    make_tax_assessment_pdf,
    make_touching_negatives_pdf,
    make_underlined_group_pdf,
    make_unit_note_once_pdf,
    make_unlabelled_row_pdf,
    make_untitled_parts_pdf,
    make_wide_wrapped_labels_pdf,
    make_wrapped_header_pdf,
    make_wrapped_lead_in_pdf,
    make_wrapped_note_refs_pdf,
    make_wrapped_ruled_rows_pdf,
    make_year_block_slide_pdf,
)


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdftables")


# --------------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("text", "value", "null", "currency"),
    [
        ("(1,234)", -1234.0, False, None),
        ("（12.5）", -12.5, False, None),
        ("$ 674,310", 674310.0, False, "TWD"),
        ("$ (106,387)", -106387.0, False, "TWD"),
        ("( $ 108,808 )", -108808.0, False, "TWD"),
        ("($ 87,643)", -87643.0, False, "TWD"),
        ("NT$ 5", 5.0, False, "TWD"),
        ("-", None, True, None),
        ("$ -", None, True, "TWD"),
        ("—", None, True, None),
        ("53.27", 53.27, False, None),
    ],
)
def test_cells_read_like_an_accountant(
    text: str, value: float | None, null: bool, currency: str | None
) -> None:
    cv = parse_cell(text)
    assert cv is not None
    assert (cv.value, cv.null, cv.currency) == (value, null, currency)


@pytest.mark.parametrize(
    ("text", "value", "unit", "markers"),
    [
        # a value with its change in brackets, as a slide writes a forecast price
        ("727(+25%)", 727.0, None, ("(+25%)",)),
        ("1,234 (-3.2%)", 1234.0, None, ("(-3.2%)",)),
        ("65.3（＋1.2ppts）", 65.3, None, ("（+1.2ppts）",)),
        # unsigned brackets stay what they were: a negative, a note
        ("(1,234)", -1234.0, None, ()),
        ("12 (1)", 12.0, None, ("(1)",)),
        # a currency-prefixed price per unit
        ("USD580 per ton", 580.0, "USD/ton", ()),
        ("US$5/股", 5.0, "USD/股", ()),
    ],
)
def test_cells_with_a_change_or_a_price_per_unit(
    text: str, value: float, unit: str | None, markers: tuple[str, ...]
) -> None:
    cv = parse_cell(text)
    assert cv is not None
    assert (cv.value, cv.unit.base_unit if cv.unit else None, cv.markers) == (value, unit, markers)


def test_a_sign_in_brackets_alone_is_no_change() -> None:
    assert parse_cell("(+25%)") is None
    assert parse_cell("USD580 per") is None
    # a currency code before an amount with no unit after it stays text (6121's swap
    # contracts set `USD 440,000` in their header)
    assert parse_cell("USD 440,000") is None


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "$ ", "$", "NT$ "]))
def test_accounting_amounts_round_trip(n: int, sign: str) -> None:
    """``(1,234)`` is -1234 and ``$ 1,234`` is 1234 in TWD, for any amount."""
    neg = parse_cell(f"{sign}({n:,})")
    pos = parse_cell(f"{sign}{n:,}")
    assert neg is not None and pos is not None
    assert (neg.value, pos.value) == (-float(n), float(n))
    assert neg.currency == pos.currency == ("TWD" if sign else None)


@pytest.mark.parametrize("text", ["11XX", "1XXX", "130X", "附註六", "註2", "(註2)"])
def test_codes_and_note_refs_are_not_numbers(text: str) -> None:
    assert parse_cell(text) is None


@pytest.mark.parametrize(("text", "code"), [("1100", True), ("11XX", True), ("1,100", False)])
def test_account_codes(text: str, code: bool) -> None:
    assert is_account_code(text) is code


@pytest.mark.parametrize(
    ("unit", "multiplier", "base"),
    [
        ("新台幣仟元", 1e3, "TWD"),
        ("新台幣佰萬元", 1e6, "TWD"),
        ("億元", 1e8, "TWD"),
        ("美金千元", 1e3, "USD"),  # the 元 after the scale is the dollar's, not TWD
        # Two currencies, one scale: each amount's own sign ($, USD) names its currency.
        ("新台幣或外幣仟元", 1e3, None),
        ("新台幣仟元；外幣仟元", 1e3, None),
    ],
)
def test_statement_units(unit: str, multiplier: float, base: str | None) -> None:
    u = parse_unit(unit, declared=True)
    assert u is not None and (u.multiplier, u.base_unit) == (multiplier, base)


@pytest.mark.parametrize(
    "header", [["期末持有", "股數"], ["期末", "股數／單位數"], ["股加權平均股數"], ["持有股數"]]
)
def test_share_columns_count_shares(header: list[str]) -> None:
    """A column or row named for shares holds counts of shares: its measure is 股, so the
    table's 仟元 never scales it as money."""
    from pipeline.extract.tables.cells import _header_unit

    measure = _header_unit(header).measure
    assert measure is not None and (measure.base_unit, measure.kind) == ("股", "count")


@pytest.mark.parametrize("unit", ["股數及仟元", "新台幣或外幣"])
def test_mixed_units_that_are_no_money_scale(unit: str) -> None:
    """A unit line naming a count beside the money, or no scale, gives no money scale."""
    u = parse_unit(unit, declared=True)
    assert u is None or u.kind != "money" or u.multiplier == 1.0


# --------------------------------------------------------------------------- geometry


def _geometry(path: Path, number: int) -> PageGeometry:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[number - 1]
        try:
            return pdfium_geometry(page)
        finally:
            page.close()
    finally:
        pdf.close()


def _page_tables(path: Path, number: int) -> list[object]:
    return list(find_tables(_geometry(path, number), number))


def test_ruled_grid_found_from_path_objects(pdf_dir: Path) -> None:
    path = pdf_dir / "ruled.pdf"
    make_table_pdf(path, ruled=True)
    geom = _geometry(path, 1)
    assert len(geom.ruled_grids()) == 1
    assert geom.chars and all(c["top"] < c["bottom"] for c in geom.chars)


def test_chart_with_axis_ticks_is_not_a_table(pdf_dir: Path) -> None:
    path = pdf_dir / "deck.pdf"
    make_deck_pdf(path)
    geom = _geometry(path, 1)
    assert geom.edges  # the gridlines are read ...
    assert geom.ruled_grids() == []  # ... but make no grid
    assert _page_tables(path, 1) == []


@pytest.mark.parametrize("layout", ["quarters", "roc"])
def test_a_charts_ticks_glued_to_its_category_axis_are_still_ticks(
    pdf_dir: Path, layout: str
) -> None:
    """i11: chart slides whose value axis (`55% 50% … 35%`) stands beside legend words
    (`Consolidated`, `Gross`, `Margin`) and whose last tick the text layer glues to the
    years axis under it (`35%2024 2025`): the ticks are an axis, so no slide is a table.
    i13: on a ROC deck (`113Q4 114Q3` under the ticks, `113 114` beside) the axis was read
    again from each next tick line, and its last three ticks over the category labels, too
    few for an axis, made a table on every slide (5): an axis's tick lines start no table."""
    path = pdf_dir / f"deck-chart-slides-{layout}.pdf"
    pdfgen.make_deck_chart_slides_pdf(path, layout)
    assert build(path, IN_PROCESS).document.facts.tables == []


@pytest.mark.parametrize(
    ("cell", "tick"),
    [
        ("35%2024 2025", "35%"),
        ("802024 2025", "80"),
        ("02024 2025", "0"),
        ("1.52024 2025", "1.5"),
        ("0113 114", "0"),  # ROC years
        ("12,3452024", None),  # one year: no axis under it
        ("2024 2025", None),  # the years alone
        ("1,234", None),
    ],
)
def test_a_tick_glued_to_the_years_under_it(cell: str, tick: str | None) -> None:
    m = _lex().tick_over_years.match(cell)
    assert (m.group(1) if m else None) == tick


# --------------------------------------------------------------------------- statements


@pytest.fixture(scope="module", params=[True, False], ids=["ruled-columns", "unruled"])
def statement(request: pytest.FixtureRequest, pdf_dir: Path) -> tuple[Document, Table, list[Check]]:
    path = pdf_dir / f"statement-{request.param}.pdf"
    make_statement_pdf(path, ruled=request.param)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == 1, [t.table_id for t in doc.facts.tables]
    t = doc.facts.tables[0]
    return doc, t, [c for c in doc.checks if c.fact_ids == [t.id]]


def _row(t: Table, label: str) -> int:
    return next(r for r, row in enumerate(t.rows) if row[0].row_header == label)


def test_statement_found_without_caption(statement: tuple[Document, Table, list[Check]]) -> None:
    doc, t, _ = statement
    assert t.title == "合併資產負債表"
    assert t.period == STATEMENT_PERIOD
    assert t.unit == "新台幣仟元"
    assert t.pages == [1, 2]  # continued on the next page: one table
    assert t.strategy in ("pdf_lines", "pdf_text")
    assert doc.text[t.span.start : t.span.end] == t.text


def test_letter_spaced_statement_title_is_read_whole(pdf_dir: Path) -> None:
    """A statement title letter-spaced at an even pitch whose gaps fall either side of a
    column gap (PwC-audited filings: ``個 體 資 產 負 債 表``) is one title, not its first
    phrase (``個體資``)."""
    path = pdf_dir / "statement-spaced-title.pdf"
    make_statement_pdf(path, spaced_title=True)
    doc = build(path, IN_PROCESS).document
    assert [t.title for t in doc.facts.tables] == ["合併資產負債表"]


def test_letter_spaced_period_header_names_its_columns(pdf_dir: Path) -> None:
    """A period letter-spaced over its 金額 and ％ columns (``114 年 3 月 31 日``, its
    pieces a column gap apart) is one header over both, not pieces over columns of
    their own (``114 年金額`` | ``3 月 31 日％``), and no row of amounts."""
    path = pdf_dir / "statement-spaced-periods.pdf"
    make_statement_pdf(path, ruled=False, spaced_periods=True)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    cash = t.rows[_row(t, "現金及約當現金")]
    heads = ["".join((c.col_header or "").split()) for c in cash if c.value is not None]
    assert heads == [f"{p}/{h}" for p in STATEMENT_PERIODS for h in ("金額", "％")]
    assert not [c for c in doc.checks if t.id in c.fact_ids and c.status == "fail"]


def test_bullets_set_beside_a_slides_tables_are_neither_rows_nor_labels(pdf_dir: Path) -> None:
    """Bullets in a column of their own left of a slide's tables, their lines between the
    rows (2637's deck, slides 12 and 30): the one-row KPI table under its periods and a
    change is found (a bullet line between its header and row hid it), and the orders
    table keeps its own labels, no bullet in any cell (``符合最新環保法規為主`` read as
    the label column of ``Panamax``)."""
    path = pdf_dir / "bullets-beside-tables.pdf"
    make_bullets_beside_tables_slide_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert [[[c.text for c in r] for r in t.rows] for t in doc.facts.tables] == [
        [list(BESIDE_KPI[1])],
        [list(r) for r in BESIDE_ORDERS[1:]],
    ]
    assert [t.columns[1:] for t in doc.facts.tables] == [
        list(BESIDE_KPI[0][1:]),
        list(BESIDE_ORDERS[0][1:]),
    ]
    cells = {c.text for t in doc.facts.tables for r in t.rows for c in r}
    assert not cells & set(BESIDE_BULLETS)
    # each table is titled by the bullet set on its header line, not by a line of the
    # bullet before it (`Disposal of vessels` had titled the orders)
    assert [t.title for t in doc.facts.tables] == [
        BESIDE_BULLETS[0].removeprefix("• "),
        BESIDE_BULLETS[4].removeprefix("• "),
    ]


def test_cells_set_closer_than_a_column_gap_split_where_the_other_rows_keep_it(
    pdf_dir: Path,
) -> None:
    """One row's code set a little closer to its label (``7950 所得稅費用``), one label's
    last glyph a little closer to its note (``…損益 六(七)``), and a share a little
    closer to the next column's ``($`` (``2 ($``) are cells of their own: before, the
    union of phrase extents made one column of code, label and note for the whole
    statement (Realtek's income statement read ``4000 營業收入六(二十一)及七``), and its
    two-line periods, spread over each 金額 and ％ pair, named the wrong columns. A code
    opens its row: the label lines under it, with no code, carry its label on to the
    line of its amounts (``8361 國外營運機構財務報表換算之`` / ``兌換差額 1,828,166``)."""
    path = pdf_dir / "glued-income.pdf"
    make_glued_cells_income_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    periods = ["".join(p) for p in GLUED_INCOME_PERIODS]
    assert t.columns[1:] == ["項目", "附註"] + [
        f"{p} / {h}" for p in periods for h in ("金額", "%")
    ]
    for code, label, note, *values in GLUED_INCOME_ROWS:
        row = t.rows[_row(t, label)]
        assert [c.text for c in row[:3]] == [code, label, note], GLUED_SPLIT.get(code)
        amounts = [c.value for c in row[3:]]
        assert amounts == [v if v else None for v in values], GLUED_SPLIT.get(code)
        assert [c.unit for c in row[3::2]] == ["新台幣仟元"] * 2
    # an account's label wrapped under its code: one row, code, whole label, amounts
    code, label_lines, *values = GLUED_WRAPPED
    row = t.rows[_row(t, "".join(label_lines))]
    assert [c.text for c in row[:3]] == [code, "".join(label_lines), ""]
    assert [c.value for c in row[3:]] == values
    assert not [c for c in doc.checks if t.id in c.fact_ids and c.status == "fail"]


@pytest.mark.parametrize("exception", ["(除每股盈餘為新台幣元外)", "（除特別註明者外）"])
@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_a_unit_lines_exception_stays_over_the_header(
    pdf_dir: Path, exception: str, ruled: bool
) -> None:
    """The exception set under a statement's unit line (``(除每股盈餘為新台幣元外)``,
    Realtek's income statement) stands over the header, as the unit line does: it named
    the last column (``(除每股盈餘為新台幣元外) / ％``) when the header reached up to it."""
    path = pdf_dir / "statement-unit-exception.pdf"
    make_statement_pdf(path, ruled=ruled, unit_exception=exception)
    doc = build(path, IN_PROCESS).document
    t = doc.facts.tables[0]
    assert t.unit == "新台幣仟元"
    assert t.columns[-4:] == [f"{p} / {h}" for p in STATEMENT_PERIODS for h in ("金額", "％")]
    assert not any("除" in name for name in t.columns)


@pytest.mark.parametrize(
    ("unit", "exception"),
    [
        ("單位：除每股盈餘為新台幣元", "外，餘係新台幣仟元"),
        ("單位：除另予註明者外", "，係新台幣仟元"),
        ("單位：除每股盈餘為新台幣元外，餘係新台幣仟元", None),
    ],
)
def test_a_unit_line_naming_its_exception_first(
    pdf_dir: Path, unit: str, exception: str | None
) -> None:
    """A unit line that opens with its exception (``單位：除每股盈餘為新台幣元`` over
    ``外，餘係新台幣仟元``, 世芯's income statement): the clause is no unit (``除每股盈餘為
    新台幣元`` was read as one, scaling nothing); the unit after it scales the table, and
    the clause's second line joins no header cell."""
    path = pdf_dir / "statement-exception-first.pdf"
    make_statement_pdf(path, unit=unit, unit_exception=exception)
    doc = build(path, IN_PROCESS).document
    t = doc.facts.tables[0]
    assert t.unit == "新台幣仟元"
    assert t.columns[-4:] == [f"{p} / {h}" for p in STATEMENT_PERIODS for h in ("金額", "％")]
    assert not any("除" in name or "外" in name or "仟元" in name for name in t.columns)
    cash = t.rows[_row(t, "現金及約當現金")]
    amount = next(c for c in cash if c.text.startswith("$"))
    assert amount.base_value == 674310000 and amount.base_unit == "TWD"


def test_statement_cells_typed(statement: tuple[Document, Table, list[Check]]) -> None:
    doc, t, _ = statement
    cash = t.rows[_row(t, "現金及約當現金")]
    amount = next(c for c in cash if c.text.startswith("$"))
    assert amount.value == 674310
    assert amount.base_value == 674310000  # 仟元 scales the cell
    assert amount.base_unit == "TWD"
    assert amount.col_header is not None and "114年3月31日" in amount.col_header
    share = cash[cash.index(amount) + 1]
    assert share.kind == "percent" and share.value == 44.95
    # The account code and the note reference are labels, never amounts.
    assert all(c.value is None for c in cash[: t.stub_columns])
    treasury = t.rows[_row(t, "庫藏股票")]
    assert [c.value for c in treasury if c.text.startswith("(")][:1] == [-12000]
    for row in t.rows:
        for c in row:
            if c.span is not None:
                assert doc.text[c.span.start : c.span.end] == c.text
                assert c.page is not None and c.bbox is not None


def test_statement_repeated_header_dropped(
    statement: tuple[Document, Table, list[Check]],
) -> None:
    _, t, _ = statement
    labels = [row[0].row_header for row in t.rows]
    expected = [r[1] for r in STATEMENT_ASSETS + STATEMENT_LIABILITIES]
    assert labels == expected
    assert not any(c.text == "代碼" for row in t.rows for c in row)


def test_statement_checks_hold(statement: tuple[Document, Table, list[Check]]) -> None:
    _, _, checks = statement
    assert checks and all(c.status == "pass" for c in checks), [
        c.message for c in checks if c.status != "pass"
    ]
    kinds = {c.kind for c in checks}
    assert {"table_total_row", "table_balance"} <= kinds
    compared = {c.values.get("row") for c in checks}
    # Each total is compared with what it adds, including the grand totals.
    assert {"流動資產合計", "資產總計", "負債合計", "負債及權益總計"} <= compared


# --------------------------------------------------------------------------- slides


def test_slide_kpi_table(pdf_dir: Path) -> None:
    path = pdf_dir / "deck-kpi.pdf"
    make_deck_pdf(path)
    doc = build(path, IN_PROCESS).document
    # The chart is no table.
    assert [t.title for t in doc.facts.tables] == [KPI_TITLE, RULED_VALUES_TITLE]
    t = doc.facts.tables[0]
    assert t.columns[-2:] == ["QoQ", "YoY"]
    assert [row[0].text for row in t.rows] == [r[0] for r in KPI_ROWS]
    yoy = t.rows[0][-1]
    assert yoy.kind == "percent" and yoy.value == 8.8


# --------------------------------------------------------------------------- ingest, emit


def test_tables_found_without_pdfplumber(pdf_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber (pdfminer) parses no page of a PDF whose text pypdfium2 reads."""
    path = pdf_dir / "statement-spy.pdf"
    make_statement_pdf(path)
    opened: list[object] = []
    real = ingest_module._open_plumber

    def spy(stream: object) -> object:
        opened.append(stream)
        return real(stream)

    monkeypatch.setattr(ingest_module, "_open_plumber", spy)
    doc = build(path, IN_PROCESS).document
    assert opened == []
    assert len(doc.facts.tables) == 1


def test_tables_cells_csv(pdf_dir: Path, tmp_path: Path) -> None:
    path = pdf_dir / "statement-csv.pdf"
    make_statement_pdf(path)
    run([path], tmp_path / "out", IN_PROCESS)
    with (tmp_path / "out" / "tables_cells.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cash = [r for r in rows if r["row_header"] == "現金及約當現金" and r["text"].startswith("$")]
    assert [(r["period"], r["base_value"], r["base_unit"]) for r in cash] == [
        ("114年3月31日", "674310000", "TWD"),
        ("113年12月31日", "598420000", "TWD"),
    ]
    assert all(r["page"] and r["start"] and r["bbox"] for r in cash)


def test_slide_grid_framing_values_only(pdf_dir: Path) -> None:
    path = pdf_dir / "deck-ruled.pdf"
    make_deck_pdf(path)
    doc = build(path, IN_PROCESS).document
    t = doc.facts.tables[1]
    assert t.strategy == "pdf_lines"
    assert t.unit == "NT$bn"
    assert [row[0].text for row in t.rows] == [r[0] for r in RULED_VALUES_ROWS]
    revenue = t.rows[0][1]
    assert revenue.value == 65.65 and revenue.base_value == 65_650_000_000
    assert revenue.base_unit == "TWD" and revenue.col_header == "Q4 2025"


@pytest.mark.parametrize(("spaced", "apart"), [(False, False), (True, False), (True, True)])
def test_side_by_side_panels_stack(pdf_dir: Path, spaced: bool, apart: bool) -> None:
    """Assets | liabilities panels on one page: one table, each amount under its own label.
    ``spaced``: the label column's name letter-spaced from the code column on (``代　碼
    資`` ... ``產``) and the grand total letter-spaced over its edge (``資　產　總　計``),
    their lone first glyphs making a column of their own left of the labels (力積電's
    ``代碼 | 資 | 產``): that column is the labels' own, so ``資產`` names it, the total
    reads ``資產總計`` and the panels still stack. ``apart``: the name's last glyph
    stands past the labels, against the first ``金額`` (新應材's ``資 … 產金額``): it is
    still the labels' name, the amount column keeps its own, and the panels stack."""
    path = pdf_dir / f"side-by-side-{spaced}-{apart}.pdf"
    make_side_by_side_statement_pdf(path, spaced=spaced, apart=apart)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    if spaced:
        assert t.columns[:2] == ["代碼", "資產"] and t.stub_columns == 2
        head = t.columns[2].replace(" / ", "")
        assert head == f"{STATEMENT_PERIODS[0]}金額"  # no 產 of 資產 in it
    labels = [row[0].row_header for row in t.rows]
    assert labels == [r[1] for r in STATEMENT_ASSETS + STATEMENT_LIABILITIES]
    loan = t.rows[labels.index("短期借款")]
    assert [c.base_value for c in loan if c.value is not None][:1] == [300_000_000]
    checks = [c for c in doc.checks if c.fact_ids == [t.id]]
    assert checks and all(c.status == "pass" for c in checks)
    assert "table_balance" in {c.kind for c in checks}


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("單位：新台幣仟元", "新台幣仟元"),
        ("(單位：新台幣佰萬元)", "新台幣佰萬元"),
        ("單位：新台幣仟元，惟每股盈餘為元", "新台幣仟元"),
        # the exception named first: the unit follows it, or stands on the next line
        ("單位：除每股盈餘為新台幣元外，餘係新台幣仟元", "新台幣仟元"),
        ("單位：除另與註明者外，係新台幣仟元", "新台幣仟元"),
        ("單位：除每股盈餘為新台幣元", None),
        ("單位：除另與註明者外", None),
        ("(除另予註明者外，金額為新台幣十億元)", "新台幣十億元"),
        ("（金額除另予註明外，均以新台幣仟元為單位）", "新台幣仟元"),
        ("(新台幣十億元)", "新台幣十億元"),
        ("(NT$bn)", "NT$bn"),
        ("營業收入", None),
        ("(註2)", None),
        # the colon in its small and vertical forms (an annual report's 單位﹕新台幣仟元)
        ("單位﹕新台幣仟元", "新台幣仟元"),
        ("（單位︓新台幣千元）", "新台幣千元"),
        ("附表一 單位﹕新台幣仟元", "新台幣仟元"),
    ],
)
def test_unit_lines(line: str, unit: str | None) -> None:
    found = line_unit(line)
    assert (found[0] if found else None) == unit


# --------------------------------------------------------------------------- nested blocks


def test_nested_ruled_blocks_split_into_rows_and_columns(pdf_dir: Path) -> None:
    """A reconciliation slide rules blocks, not rows or periods: each ruled cell holds a
    block's lines and every period's amounts. The grid reads one row per line, one
    column per period, the block's centred name on its first row covering the rest,
    and the period headers set above the rules as its header row."""
    path = pdf_dir / "nested.pdf"
    make_nested_blocks_slide_pdf(path)
    (t,) = _page_tables(path, 1)
    labels = [label for _, rows in NESTED_BLOCKS for label, _ in rows]
    body = t.rows[1:]  # type: ignore[attr-defined]
    assert [r[1] for r in body] == labels
    assert [r[0] for r in body] == [
        name if k == 0 else None for name, rows in NESTED_BLOCKS for k in range(len(rows))
    ]
    assert [r[2:] for r in body] == [list(v) for _, rows in NESTED_BLOCKS for _, v in rows]
    assert t.rows[0][2:] == [h.replace(" ", "") for h in NESTED_HEADER]  # type: ignore[attr-defined]


def test_slide_title_over_several_lines_left_of_the_grid(pdf_dir: Path) -> None:
    """A slide title set over four lines left of a ruled grid (``非金管會認可之`` /
    ``國際財務報導準則`` / ``(Non-TIFRS)`` / ``財務資訊調節表註2``) is read whole, without
    the marker of the slide's note that closes it."""
    path = pdf_dir / "nested-title-lines.pdf"
    make_nested_blocks_slide_pdf(path, title_lines=pdfgen.NESTED_TITLE_LINES)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    assert _solid(t.title or "") == _solid("".join(pdfgen.NESTED_TITLE_LINES)).removesuffix("註2")


def test_nested_ruled_blocks_table_fact(pdf_dir: Path) -> None:
    path = pdf_dir / "nested-fact.pdf"
    make_nested_blocks_slide_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.strategy == "pdf_lines" and t.title == NESTED_TITLE and t.unit == "新台幣佰萬元"
    tax = next(r for r in t.rows if r[1].text == "所得稅影響數")
    assert tax[0].text == "調節項目"  # the block's name covers its rows
    assert [(c.value, c.base_value, c.col_header) for c in tax[2:5]] == [
        (-93.0, -93_000_000.0, "2025年第四季"),
        (-98.0, -98_000_000.0, "2025年第三季"),
        (-80.0, -80_000_000.0, "2024年第四季"),
    ]
    assert all(c.span and doc.text[c.span.start : c.span.end] == c.text for c in tax[2:5])
    assert all(c.span and c.page == 1 and c.bbox for c in tax[2:5])


def test_year_columns_inside_one_ruled_cell_are_columns(pdf_dir: Path) -> None:
    """A ruled cell per row holding every year's figure under a header line of years
    (the last starred for a footnote, ``*2025``) is cut into one column per year: the
    header line of years names the columns, it makes no column of text (before, the
    table held one cell of five numbers per row and was dropped as holding no amount)."""
    path = pdf_dir / "year-block.pdf"
    make_year_block_slide_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.strategy == "pdf_lines" and t.title == pdfgen.YEAR_BLOCK_TITLE
    assert [c for c in t.columns[-5:]] == list(pdfgen.YEAR_BLOCK_HEADER)
    scrap = next(r for r in t.rows if r[1].text == "Sold for Scrap")
    assert [c.value for c in scrap[-5:]] == [-57.0, -48.0, -91.0, -65.0, -12.0]
    assert [c.col_header for c in scrap[-5:]] == list(pdfgen.YEAR_BLOCK_HEADER)
    last = next(r for r in t.rows if r[0].text == "Fleet End Year")
    assert [c.text for c in last[-5:]] == list(pdfgen.YEAR_BLOCK_ROWS[-1][2])
    assert all(c.span and doc.text[c.span.start : c.span.end] == c.text for c in scrap[-5:])
    assert all(c.page == 1 and c.bbox for c in scrap[-5:])


def test_statement_name_over_a_tall_column_header_titles_it(pdf_dir: Path) -> None:
    """An equity statement whose column names run over seven lines takes its name
    (``合併權益變動表``) as title and its unit line's 仟元, both further above the grid than
    the lines a title is looked for in; before, the nearest column-name line was its title
    and it had no unit."""
    path = pdf_dir / "equity.pdf"
    make_equity_statement_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.title == pdfgen.EQUITY_TITLE and t.unit == "新台幣仟元"
    net = next(r for r in t.rows if r[0].text == "本期淨利")
    assert [c.base_value for c in net if c.value is not None][-1] == 300_000_000.0


@pytest.mark.parametrize(
    ("period", "note_column", "spaced_note"),
    [
        ("113 年度", False, False),
        ("113 年 1 月 1 日至 12 月 31 日", False, False),
        ("113 年度", True, False),
        ("113 年 1 月 1 日至 12 月 31 日", True, False),
        ("113 年 1 月 1 日至 12 月 31 日", True, True),
    ],
)
def test_an_equity_statements_column_names_head_its_columns(
    pdf_dir: Path, period: str, note_column: bool, spaced_note: bool
) -> None:
    """The year (``113 年度``) or period (``113 年 1 月 1 日至 12 月 31 日``) line that opens
    an equity statement's block under its column names, and a ``附註`` name in the label
    column, keep the column names with the grid: before, the header lines stayed outside
    and the first row of amounts (``113 年 1月 1日餘額 $ 1,000,000 …``) named the columns
    (ASUS, Realtek and Uni-President's equity statements). A ``附　註`` letter-spaced so
    that its ``註`` touches the next name is still ``附註`` beside ``普通股股本`` (it read
    ``附`` / ``註普通股股本``)."""
    path = pdf_dir / "equity_head.pdf"
    make_equity_statement_pdf(path, period=period, note_column=note_column, spaced_note=spaced_note)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    names = list(t.columns)
    leaves = [n.split(" / ")[-1] for n in names]
    for name in ("普通股股本", "資本公積", "保留盈餘", "權益總額"):
        assert name in leaves
    # the group names stacked over them head their columns (seven header lines)
    assert f"{pdfgen.EQUITY_GROUP} / 其他權益 / 國外營運機構財務報表換算之兌換差額" in names
    assert not any("$" in n or "," in n for n in names)
    assert ("附註" in names) == note_column
    opening = next(r for r in t.rows if r[0].text == "113 年 1月 1日餘額")
    assert [c.base_value for c in opening if c.value is not None][-1] == 1_710_000_000.0


def test_a_count_with_the_names_it_counts_adds_up(pdf_dir: Path) -> None:
    """A bracket's cell that lists the directors after their count (``3位王大明、…``) is
    that count: the brackets add up to 總計 (2245's remuneration brackets had failed
    ``9位 ≠ 1位 + 1位``), and the names stay in the cell's text."""
    path = pdf_dir / "brackets.pdf"
    make_brackets_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    first = t.rows[0]
    assert first[1].text == "3位王大明、陳小華、林志明"
    assert (first[1].value, first[1].unit, first[2].value) == (3.0, "位", 2.0)
    checks = [c for c in doc.checks if c.kind == "table_total_row"]
    assert checks and all(c.status == "pass" for c in checks)


@pytest.mark.parametrize(
    ("text", "count"),
    [("9位吳書杰、吳明星", 9.0), ("7位吳亞琦", 7.0), ("1位", None), ("9位董事會成員出席", None)],
)
def test_counted_names(text: str, count: float | None) -> None:
    cv = parse_counted_names(text)
    assert (cv.value if cv else None) == count


@pytest.mark.parametrize(
    ("cell", "solid", "dated"),
    [
        ("112.12.31", "112.12.31", True),
        ("113/03/31", "113/03/31", True),
        ("２０２４.３.３１", "2024.3.31", True),
        ("113年3月31日", "113年3月31日", True),
        ("113年 3月31日", "113年3月31日", True),
        ("117年1月", "117年1月", True),
        # Spaced or letter-spaced dates: the same date once the spaces are gone.
        ("113 年 3 月 31 日", "113年3月31日", True),
        ("1 1 2 . 1 2 . 3 1", "112.12.31", True),
        # A year is a dated cell without being a date.
        ("113 年度", None, True),
        ("2024E", None, True),
        ("2027", None, True),
        # A date with anything else in the cell, two dates, a span, a bare day: none.
        ("113年3月31日餘額", None, False),
        ("民國113年3月31日", None, False),
        ("113.3.31 113.3.31", None, False),
        ("113.3.31 (註)", None, False),
        ("113年1月至3月", None, False),
        ("114/2/24~118/4/26", None, False),
        ("2024年12月底", None, False),
        ("12.31", None, False),
        ("月結 60 天", None, False),
        ("(1,234)", None, False),
        ("-", None, False),
        ("", None, False),
    ],
)
def test_a_dated_cell_is_a_year_or_a_solid_date(cell: str, solid: str | None, dated: bool) -> None:
    """``_dated_cell`` (a column of maturities beside the amounts is no label column) and
    ``_solid_date`` (a period line or section row that is one date) read a cell the same
    way: the date is looked for once the spaces are gone, so a letter-spaced date counts."""
    assert finder._solid_date(cell) == solid
    assert finder._dated_cell(cell) is dated


def _glyphs(
    text: str, x0: float = 100.0, advance: float = 3.5, gap: float = 0.0
) -> list[dict[str, Any]]:
    """One glyph per character, ``advance`` wide, ``gap`` apart (negative: overlapping)."""
    out: list[dict[str, Any]] = []
    x = x0
    for ch in text:
        if ch == " ":
            x += 3 * advance  # a space as wide as a column gap
            continue
        out.append({"text": ch, "x0": x, "x1": x + advance, "top": 0.0, "bottom": 7.0})
        x += advance + gap
    return out


@pytest.mark.parametrize(
    ("done", "ahead", "breaks"),
    [
        ("3,045,555", "2,638,081,089", True),  # two amounts glued: four digits after a comma
        ("$ 3,045,555", "2,638", True),  # the first with its currency sign
        ("4,565", "123,456", True),
        ("3,045,555", "2", False),  # the digits ahead no grouped amount
        ("3,045,555", "2,638.5", False),  # a decimal ahead
        ("3,045,555", "2,638%", False),  # a share ahead
        ("5552", "638,081", False),  # no comma read yet: where it breaks is unknown
        ("3,045,55", "52,638", False),  # the amount read so far is not well grouped
        ("3,045,555", "2,63 8,081", False),  # the digits ahead broken by a gap
        ("3,045,555", "2,638資產", True),  # a wrapped label's glyphs after it
    ],
)
def test_a_broken_digit_grouping_starts_a_new_amount(done: str, ahead: str, breaks: bool) -> None:
    """``3,045,5552,638,081,089`` (富邦金 113 Q1 p. 178): the next amount starts where the
    grouping breaks, only when both parts are well-grouped amounts."""
    assert finder._grouping_breaks(done, _glyphs(ahead), 7.0) is breaks


@pytest.mark.parametrize("year", ["*2025", "2025*", "2025E", "2024"])
def test_a_starred_year_is_a_year_header(year: str) -> None:
    assert _lex().year_header.match(year)


@pytest.mark.parametrize("gap", [12.0, 60.0])
def test_stacked_ruled_blocks_join_only_when_close_and_headless(pdf_dir: Path, gap: float) -> None:
    """Two ruled blocks with the same column rules, the lower one without a header, set
    close under each other are one table; set far apart they stay two."""
    path = pdf_dir / f"stacked-{gap:.0f}.pdf"
    make_nested_blocks_slide_pdf(path, split_gap=gap)
    tables = _page_tables(path, 1)
    assert len(tables) == (1 if gap < 30 else 2)


# --------------------------------------------------------------------------- letter-spaced headers


def test_letter_spaced_header_cells_read_solid(pdf_dir: Path) -> None:
    """``代 碼``, ``資 產``, ``金 額`` spread over their columns' widths read as one word per
    column, under the period that stands over each amount and its ％."""
    path = pdf_dir / "spaced-header.pdf"
    make_spaced_header_statement_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    p1, p2 = SPACED_HEADER_PERIODS
    assert t.columns == ["代碼", "資產", f"{p1} / 金額", f"{p1} / ％", f"{p2} / 金額", f"{p2} / ％"]
    cash = t.rows[0]
    assert cash[2].value == 674310 and cash[2].col_header == f"{p1} / 金額"
    assert cash[2].base_value == 674_310_000


@pytest.mark.parametrize(
    ("words", "solid"),
    [
        # (text, x0, x1) pieces of one header line over columns (279-325) and (339-361)
        ([("金", 272.5, 278.6), ("額", 321.8, 330.7)], ["金額"]),
        ([("額", 321.8, 330.7), ("％", 346.7, 352.7)], ["額", "％"]),
        ([("金", 272.5, 278.6), ("額", 321.8, 330.7), ("金", 355.0, 361.0)], ["金額", "金"]),
        ([("資", 200.0, 206.0), ("金", 272.5, 278.6)], ["資", "金"]),
    ],
)
def test_spread_glyphs_join_over_one_column(
    words: list[tuple[str, float, float]], solid: list[str]
) -> None:
    from pipeline.pdftables.finder import _Col, _PLine, _solid_header

    chars = [
        {"text": t, "x0": a, "x1": b, "top": 10.0, "bottom": 16.0, "size": 6.0} for t, a, b in words
    ]
    line = _PLine(" ".join(t for t, _, _ in words), 0, 10, 400, 16, chars)
    cols = [_Col(279.0, 325.0, numeric=5), _Col(339.0, 361.0, numeric=5)]
    assert [p.text for p in _solid_header(line, cols)] == solid


@pytest.mark.parametrize(
    ("words", "solid"),
    [
        # 代 碼 | 資 … 產 | 金 … 額 at one pitch over code (46-66), label (74-265) and
        # amount (280-322) columns: 資 goes to 產's name, not 代碼's
        (
            [
                ("代", 48, 56),
                ("碼", 60, 68),
                ("資", 72, 80),
                ("產", 257, 265),
                ("金", 271, 279),
                ("額", 318, 326),
            ],
            ["代碼", "資產", "金額"],
        ),
        # without the label column's name: 代碼 stays whole, 金額 joins
        ([("代", 48, 56), ("碼", 60, 68), ("金", 271, 279), ("額", 318, 326)], ["代碼", "金額"]),
        # a name letter-spaced over one column, then a lone glyph over another
        ([("資", 80, 88), ("產", 92, 100), ("金", 271, 279)], ["資產", "金"]),
    ],
)
def test_a_spaced_name_run_into_the_next_columns_name(
    words: list[tuple[str, float, float]], solid: list[str]
) -> None:
    """Column names letter-spaced at one pitch run together over a column's edge (世芯:
    ``代碼資`` then ``產金``): the glyph over another column goes to the name it pairs with
    there."""
    from pipeline.pdftables.finder import _Col, _PLine, _solid_header

    chars = [
        {"text": t, "x0": float(a), "x1": float(b), "top": 10.0, "bottom": 18.0, "size": 8.0}
        for t, a, b in words
    ]
    line = _PLine(" ".join(t for t, _, _ in words), 48, 10, 326, 18, chars)
    cols = [_Col(46.0, 66.0, numeric=5), _Col(74.0, 265.0, text=5), _Col(280.0, 322.0, numeric=5)]
    assert [p.text for p in _solid_header(line, cols)] == solid


def _glyph_line(words: Sequence[tuple[str, float, float]], size: float = 10.1) -> Any:
    """One text line of glyphs, each word's glyphs set solid over its extent."""
    from pipeline.pdftables.finder import _PLine

    chars = []
    for text, x0, x1 in words:
        pitch = (x1 - x0) / len(text)
        for k, ch in enumerate(text):
            a = x0 + k * pitch
            chars.append(
                {
                    "text": ch,
                    "x0": a,
                    "x1": a + pitch,
                    "top": 646.4,
                    "bottom": 646.4 + size * 0.9,
                    "size": size,
                }
            )
    return _PLine(" ".join(t for t, _, _ in words), words[0][1], 646.4, words[-1][2], 655.5, chars)


@pytest.mark.parametrize(
    ("words", "phrases"),
    [
        # Realtek p. 8: 七 ends at 290.8, the first amount's $ starts at 298.8 (8.0 pt:
        # under the 8.08 pt column gap of its 10.1 pt type)
        (
            [
                ("營業收入", 71.9, 115.5),
                ("六(二十一)及七", 222.3, 290.8),
                ("$", 298.8, 302.8),
                ("25,622,844", 333.0, 383.0),
            ],
            ["營業收入", "六(二十一)及七", "$ 25,622,844"],
        ),
        # a sign after an amount or after a bracket is read as before
        (
            [
                ("營業收入", 71.9, 115.5),
                ("100", 280.0, 290.8),
                ("$", 298.8, 302.8),
                ("19,624,903", 333.0, 383.0),
            ],
            ["營業收入", "100", "$ 19,624,903"],
        ),
    ],
)
def test_a_currency_sign_after_words_opens_the_amount(
    words: list[tuple[str, float, float]], phrases: list[str]
) -> None:
    """A ``$`` set a space after a row's note references (``六(二十一)及七 $ 25,622,844``,
    closer than a column gap) opens the amount's cell: joined to the note references it
    pulled the label column over the first amount column's ``金``, and the income
    statement's header read ``項目附註金`` / ``額``."""
    assert [p.text for p in finder._read_phrases(_glyph_line(words))] == phrases


def test_a_spaced_note_name_is_not_cut_at_the_label_zone() -> None:
    """``附　　　註`` letter-spaced over the label column's right edge, the edge of the
    label zone falling between its two glyphs (Realtek p. 9's equity statement: the
    glyph boxes below), stays one note-column name when the header is read by zone;
    cut there, the ``附`` named the label column and the ``註`` ran into ``普通股股本``."""
    from pipeline.pdftables.finder import _Col, _PLine, _zone_phrases

    words = [("附", 185.0, 195.2), ("註", 230.6, 241.0)]
    words += [(ch, 242.6 + 11.2 * k, 251.6 + 11.2 * k) for k, ch in enumerate("普通股股本")]
    chars = [
        {"text": t, "x0": a, "x1": b, "top": 442.0, "bottom": 448.4, "size": 7.0}
        for t, a, b in words
    ]
    line = _PLine("".join(t for t, _, _ in words), 185.0, 442.0, 300.0, 448.4, chars)
    zones = [_Col(27.0, 215.0), _Col(250.0, 291.0, numeric=14), _Col(303.0, 354.0, numeric=14)]
    got = _zone_phrases(line, zones, zones)
    assert got is not None
    assert [p.text for p in got[0]] == ["附註", "普通股股本"]


# Realtek p. 9's equity statement: the line of group names under 歸屬於母公司業主之權益
# (glyph boxes as pdfium reads them), 保留盈餘 over three columns, 其他權益 over two, at
# two pitches, 餘 and 其 nearly touching; and its columns (label, then ten amounts).
_GROUP_GLYPHS = [
    ("保", 357.2, 366.1), ("留", 409.8, 419.4), ("盈", 465.7, 472.7), ("餘", 515.7, 526.0),
    ("其", 530.1, 537.1), ("他", 562.3, 571.4), ("權", 597.0, 605.7), ("益", 633.1, 640.0),
]  # fmt: skip
_EQUITY_AMOUNTS = [250.0, 307.0, 364.0, 421.0, 478.0, 535.0, 592.0, 649.0, 706.0, 762.0]


def _glyphs_line(glyphs: list[tuple[str, float, float]], top: float) -> Any:
    from pipeline.pdftables.finder import _PLine

    chars = [
        {"text": t, "x0": a, "x1": b, "top": top, "bottom": top + 6.9, "size": 6.96}
        for t, a, b in glyphs
    ]
    return _PLine(
        "".join(t for t, _, _ in glyphs), glyphs[0][1], top, glyphs[-1][2], top + 6.9, chars
    )


def test_group_names_letter_spaced_over_their_columns_head_them() -> None:
    """Group names each letter-spaced over its own run of columns on one line (``保　留　盈
    餘`` over the three retained-earnings columns, ``其　他　權　益`` over the two of other
    equity) are two words, each heading its run: the equity statement's columns read
    ``保留盈餘 / 法定盈餘公積``; before, each glyph fell into the column under it
    (``保法定盈餘公積``, ``留特別盈餘公積``, ``盈餘未分配盈餘``)."""
    from pipeline.pdftables.finder import _Col, _distributed_words, _header_spans, _Phrase

    line = _glyphs_line(_GROUP_GLYPHS, 106.1)
    words = _distributed_words(line)
    assert words is not None and [w.text for w in words] == ["保留盈餘", "其他權益"]
    cols = [_Col(27.0, 215.0)] + [_Col(a, a + 41.0, numeric=14) for a in _EQUITY_AMOUNTS]
    leaves = [
        _Phrase(f"名{j}", a + 5.0, 146.7, a + 36.0, 153.6) for j, a in enumerate(_EQUITY_AMOUNTS)
    ]
    group, leaf = _header_spans([words, leaves], cols)
    assert [(span, p.text) for span, p in group] == [([3, 4, 5], "保留盈餘"), ([6, 7], "其他權益")]
    assert [span for span, _ in leaf] == [[j] for j in range(1, 11)]
    # the group over them all, one word at one pitch (Synmosa p. 9), is one word too
    over = [
        (ch, 207.0 + 48.0 * k, 216.0 + 48.0 * k) for k, ch in enumerate("歸屬於本公司業主之權益")
    ]
    top = _distributed_words(_glyphs_line(over, 118.8))
    assert top is not None and [w.text for w in top] == ["歸屬於本公司業主之權益"]


@pytest.mark.parametrize(
    "glyphs",
    [
        # set solid: phrases as they are
        [(ch, 300.0 + 7.0 * k, 307.0 + 7.0 * k) for k, ch in enumerate("保留盈餘其他權益")],
        # a run of two glyphs is no word of its own
        _GROUP_GLYPHS[:6],
        # a figure among them: no header of names
        [*_GROUP_GLYPHS[:4], ("1", 540.0, 544.0), *_GROUP_GLYPHS[5:]],
    ],
)
def test_a_line_is_group_words_only_when_each_run_is_letter_spaced(
    glyphs: list[tuple[str, float, float]],
) -> None:
    from pipeline.pdftables.finder import _distributed_words

    assert _distributed_words(_glyphs_line(glyphs, 100.0)) is None


# --------------------------------------------------------------------------- contents


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_table_of_contents_is_no_table(pdf_dir: Path, ruled: bool) -> None:
    """Titles with page numbers under 目　　錄 are no table; a table that also has a 頁次
    column but holds amounts stays one."""
    path = pdf_dir / f"contents-{ruled}.pdf"
    make_contents_pdf(path, ruled=ruled)
    assert _page_tables(path, 1) == []
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.page == 2 and t.rows[1][2].value == -456789


# --------------------------------------------------------------------------- notes tables


def test_notes_tables_close_together_stay_apart(pdf_dir: Path) -> None:
    """A numbered heading after a table's rows starts the next note: two tables, each
    titled by its own heading and holding only its own rows."""
    path = pdf_dir / "close-notes.pdf"
    make_close_notes_tables_pdf(path)
    tables = _page_tables(path, 1)
    assert [t.title for t in tables] == [h for h, _ in NOTES_TABLES]  # type: ignore[attr-defined]
    for t, (_, rows) in zip(tables, NOTES_TABLES, strict=True):
        assert [r[0] for r in t.rows[1:]] == [label for label, _, _ in rows]  # type: ignore[attr-defined]


def test_one_row_notes_table_is_a_table_fact(pdf_dir: Path) -> None:
    """A notes table of one row under its period header becomes a Table fact."""
    path = pdf_dir / "close-notes-fact.pdf"
    make_close_notes_tables_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert [t.title for t in doc.facts.tables] == [h for h, _ in NOTES_TABLES]
    (row,) = doc.facts.tables[-1].rows
    assert [c.value for c in row[1:]] == [15754, 15732]
    assert row[1].col_header == "113年第1季"


def test_stacked_notes_tables_split_at_their_own_headers(pdf_dir: Path) -> None:
    """Notes tables stacked with no numbered heading between them: a date and column
    names set over the amounts again, or a line ending 如下：, start the next table, so
    each aging schedule and the movement table keep only their own rows."""
    path = pdf_dir / "stacked-notes.pdf"
    make_stacked_notes_tables_pdf(path)
    tables = _page_tables(path, 1)
    want = [[r[0] for r in rows] for _, rows in AGING_BLOCKS]
    want.append([label for label, _, _ in MOVEMENT_ROWS])
    got = [[r[0] for r in t.rows if r[0]] for t in tables]  # type: ignore[attr-defined]
    assert got == want
    for t, (date, _) in zip(tables, AGING_BLOCKS, strict=False):
        assert t.rows[0][1] == date and t.rows[1][1:] == list(AGING_HEADER)  # type: ignore[attr-defined]
    assert tables[-1].title == MOVEMENT_INTRO  # type: ignore[attr-defined]


def test_stacked_notes_tables_facts(pdf_dir: Path) -> None:
    """The movement table under a ROC period header (113年 over 1月至3月): its header is a
    header (113年 is a year, not 113 years) and its amounts are cells of their period."""
    path = pdf_dir / "stacked-notes-fact.pdf"
    make_stacked_notes_tables_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == len(AGING_BLOCKS) + 1
    last = doc.facts.tables[-1]
    assert [[c.value for c in row[1:]] for row in last.rows] == [[839, 773], [-507, -347]]
    assert [c.col_header for c in last.rows[0][1:]] == ["113年 1月至3月", "112年 1月至3月"]
    first = doc.facts.tables[0]
    assert [c.value for c in first.rows[0][1:]] == [30490, 0.61, 186]


@pytest.mark.parametrize(
    ("text", "value"),
    [("113年", None), ("民國112年度", None), ("5年", 5.0), ("30年", 30.0), ("2024年", None)],
)
def test_roc_year_is_no_duration(text: str, value: float | None) -> None:
    cv = parse_cell(text)
    assert (cv.value if cv is not None else None) == value


def test_numbered_levels_header_is_no_row_of_amounts(pdf_dir: Path) -> None:
    """A letter-spaced header whose ordinals stand apart (第 1 等級 第 2 等級 …) is no
    data line: it neither widens nor splits the amount columns, each amount keeps its
    own column."""
    path = pdf_dir / "numbered-levels.pdf"
    make_numbered_levels_pdf(path)
    (t,) = _page_tables(path, 1)
    body = [r for r in t.rows if any(c and c[-1].isdigit() for c in r[1:])]  # type: ignore[attr-defined]
    assert [r[1:] for r in body] == [list(r[1:]) for r in LEVEL_ROWS]


def test_amount_and_share_columns_stay_apart(pdf_dir: Path) -> None:
    """A statement's amount and % columns set close together stay two columns although
    its earnings per share (``$ 0.28``: the ``$`` at the amount column's left, the
    figure under the % column) spans both; the EPS lands in the amount column."""
    path = pdf_dir / "income-percent.pdf"
    make_income_percent_pdf(path)
    (t,) = _page_tables(path, 1)
    rows = t.rows  # type: ignore[attr-defined]
    assert rows[0] == ["", "金額", "％", "金額", "％"]
    assert rows[1 : 1 + len(INCOME_ROWS)] == [list(r) for r in INCOME_ROWS]
    assert rows[-1][:2] == [INCOME_EPS[0], f"$ {INCOME_EPS[1]}"]


def test_a_value_over_an_amount_and_its_share_is_the_amount(pdf_dir: Path) -> None:
    """The prior period's EPS (``0.21``), right-aligned with its ％ column and no ``$``
    before it (Changingtec p. 6, Phison p. 6), was read as a share of 0.21 %; its amount
    column beside it, under the same period, is empty, and a share of nothing is never
    printed: it is the period's amount, in the current period's unit, never %."""
    path = pdf_dir / "income-percent.pdf"
    make_income_percent_pdf(path)
    (t,) = _page_tables(path, 1)
    assert t.rows[-1] == [INCOME_EPS[0], f"$ {INCOME_EPS[1]}", "", INCOME_EPS[2], ""]  # type: ignore[attr-defined]
    doc = build(path, IN_PROCESS).document
    (table,) = doc.facts.tables
    row = table.rows[_row(table, INCOME_EPS[0])]
    got = [(c.text, c.value, c.unit) for c in row[1:] if c.value is not None]
    assert [(text, value) for text, value, _ in got] == [
        (f"$ {INCOME_EPS[1]}", float(INCOME_EPS[1])),
        (INCOME_EPS[2], float(INCOME_EPS[2])),
    ]
    # the prior period's EPS takes the unit the current one takes, never %
    assert got[1][2] == got[0][2] != "%"
    # the rows above keep their shares
    sales = table.rows[_row(table, INCOME_ROWS[0][0])]
    assert [c.unit for c in sales[1:]][1::2] == ["%", "%"]


def test_touching_bracketed_negatives_are_cells_of_their_own(pdf_dir: Path) -> None:
    """``( 6,421)( 1)( 4,667)( 1)``: one cell's ``)`` touches the next one's ``(``; each
    bracket stays with its own amount, so every negative reads whole."""
    path = pdf_dir / "touching.pdf"
    make_touching_negatives_pdf(path)
    (t,) = _page_tables(path, 1)
    rows = [["".join((c or "").split()) for c in r] for r in t.rows]  # type: ignore[attr-defined]
    want = [["".join(c.split()) for c in r] for r in TOUCHING_ROWS]
    assert [r for r in rows if r and r[0] in {w[0] for w in want}] == want
    assert all(parse_cell(c) is not None for r in TOUCHING_ROWS for c in r[1:])


def test_note_references_wrapped_onto_their_own_lines_stay_in_their_row(pdf_dir: Path) -> None:
    """A statement's 附註 cell wrapped at the row pitch (``六(六)(八)`` / ``(九)(十一)`` /
    ``(二十)及七``) neither ends the table (``(九)`` reads like a note's heading) nor makes
    rows of its own; amounts set on the wrapped cell's last line join its row."""
    path = pdf_dir / "wrapped-note-refs.pdf"
    make_wrapped_note_refs_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.title == "個體綜合損益表"
    got = {
        row[1].text: (row[2].text, [c.value for c in row[3:] if c.text])
        for row in t.rows
        if row[1].text
    }
    for _, label, notes, amounts, _ in WRAPPED_NOTE_ROWS:
        note, values = got[label]
        assert note == "".join(notes)
        assert values == [parse_cell(a).value for a in amounts]  # type: ignore[union-attr]
    table_checks = [c for c in doc.checks if t.id in c.fact_ids]
    assert table_checks and all(c.status == "pass" for c in table_checks)


def test_references_set_around_their_row_stay_in_their_row(pdf_dir: Path) -> None:
    """A 說明 cell on two lines around its row's amounts (``(1)、(4)、`` half a line above,
    ``(5)、(6)`` half a line below) neither ends the table nor heads a new one: one table,
    the references whole in their row, and the subtotal adds up."""
    path = pdf_dir / "transition-refs.pdf"
    pdfgen.make_transition_refs_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    got = {row[0].text: [c.text for c in row[1:]] for row in t.rows if row[0].text}
    for label, amounts, notes in pdfgen.TRANSITION_ROWS:
        assert got[label] == [*amounts, "".join(notes)]
    table_checks = [c for c in doc.checks if t.id in c.fact_ids]
    assert table_checks and all(c.status == "pass" for c in table_checks)


def _total_row_checks(path: Path, make: Callable[[Path], object]) -> list[Check]:
    """The total-row checks of the one table in the PDF ``make`` writes at ``path``."""
    make(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    return [c for c in doc.checks if t.id in c.fact_ids and c.kind == "table_total_row"]


def test_a_total_coded_with_xs_adds_the_codes_one_level_below(pdf_dir: Path) -> None:
    """``1XXX 資產總計`` adds ``11XX 流動資產合計``, ``14XX 基金及投資合計`` and ``15XX
    固定資產淨額`` (a net, no 合計; 基金及投資 no kind of 資產 by its name): the check
    passes on both periods, where it had added every row of the sheet."""
    path = pdf_dir / "coded-balance-sheet.pdf"
    totals = _total_row_checks(path, pdfgen.make_coded_balance_sheet_pdf)
    grand = [c for c in totals if c.values["row"] == "資產總計"]
    assert len(grand) == 2 and all(c.status == "pass" for c in grand), [c.message for c in grand]
    parts = ["流動資產合計", "基金及投資合計", "固定資產淨額"]
    assert [a for a, _ in grand[0].values["addends"]] == parts
    assert all(c.status == "pass" for c in totals), [c.message for c in totals]


def test_an_unnamed_subtotal_stands_for_the_rows_it_adds(pdf_dir: Path) -> None:
    """An old-GAAP balance sheet: ``成本及重估增值`` is the sum of the cost lines above it,
    ``固定資產淨額`` of that, the depreciation and the construction in progress, and
    基金及投資 one line with no 合計; 資產總計 adds the named totals, that line and each
    unnamed subtotal in place of its rows (it had failed on both periods)."""
    totals = _total_row_checks(pdf_dir / "uncoded.pdf", pdfgen.make_uncoded_balance_sheet_pdf)
    grand = [c for c in totals if c.values["row"] == "資產總計"]
    assert len(grand) == 2 and all(c.status == "pass" for c in grand), [c.message for c in grand]
    assert len(grand[0].values["addends"]) == 7  # three current lines, 1480, 15XX, two
    assert all(c.status == "pass" for c in totals), [c.message for c in totals]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # 開放型基金, 嵌入選擇權, 評價調整, a bare net line, 遠期外匯 (a note's 合計 table)
        ([65_971, 56_033, -6_612, 115_392, 238], [115_392, 238]),
        # cost lines, 成本及重估增值, 累計折舊, 未完工程, 固定資產淨額, 商譽
        ([100, 200, 300, -150, 50, 200, 75], [200, 75]),
        ([100, 200, 400], []),  # no row adds the rows above it
        ([100, 100], []),  # one amount alone is never a group
    ],
)
def test_unnamed_subtotals_fold_the_rows_they_add(values: list[int], expected: list[int]) -> None:
    from pipeline.extract.tables.totals import _folded_subtotals
    from pipeline.models import Cell

    addends = [(str(k), Cell(text=f"{v:,}", value=float(v))) for k, v in enumerate(values)]
    assert [c.value for _, c in _folded_subtotals(addends)] == expected


def test_a_bare_subtotal_under_a_named_one_adds_it_and_the_rows_after(pdf_dir: Path) -> None:
    """``銷貨退回小計 (804)``, ``銷貨折讓 (84)``, ``小計 (888)``: the bare subtotal adds the
    named one and the row after it (it had taken 銷貨折讓 alone and failed)."""
    totals = _total_row_checks(pdf_dir / "deductions.pdf", pdfgen.make_deductions_schedule_pdf)
    bare = [c for c in totals if c.values["row"] == "小計"]
    assert len(bare) == 1 and bare[0].status == "pass", [c.message for c in bare]
    assert [a for a, _ in bare[0].values["addends"]] == ["銷貨退回小計", "銷貨折讓"]
    assert all(c.status == "pass" for c in totals), [c.message for c in totals]


@pytest.mark.parametrize(
    ("rows", "row", "allowed"),
    [
        # 減：抵繳保證金 printed positive, the allowance under it: both taken off the 小計
        (pdfgen.DEDUCTED_ROWS, "合計", {-245, -407, -243, -332}),
        # 強制透過損益… heads 債務證券 and 衍生工具: the total adds it, not its parts again
        (pdfgen.HEADED_PARTS_ROWS, "合計", {3_890, 1_033, 186, 67, 329, 96}),
        # a claims development table's 小計: the estimate less the claims paid
        (pdfgen.CLAIMS_ROWS, "小計", {-25_947, -1_009}),
    ],
)
def test_bank_note_totals_take_deductions_off_and_heads_for_parts(
    pdf_dir: Path, rows: Sequence[tuple[str, str, str]], row: str, allowed: set[int]
) -> None:
    """A financial holding company's notes: a deduction set positive under ``減：`` (and
    the line under it) counts negative, a heading row over its indented parts stands for
    them, and a claims table's bare 小計 nets the two rows above it; each had failed on
    both columns."""
    path = pdf_dir / "bank-note.pdf"
    header = ("111年", "112年") if rows is pdfgen.CLAIMS_ROWS else ("113.3.31", "112.12.31")
    totals = _total_row_checks(path, lambda p: pdfgen.make_bank_note_pdf(p, rows, header=header))
    mine = [c for c in totals if c.values["row"] == row]
    assert len(mine) == 2 and all(c.status == "pass" for c in mine), [c.message for c in mine]
    for check in mine:  # the deductions count negative; a heading's parts never count
        values = [v for _, v in check.values["addends"]]
        if min(allowed) < 0:
            assert {v for v in values if v < 0} <= allowed and min(values) < 0, values
        else:
            assert set(values) <= allowed and len(values) == 3, values
    assert all(c.status == "pass" for c in totals), [c.message for c in totals]


@pytest.mark.parametrize(
    ("labels", "values", "expected"),
    [
        (["發行面值", "減：應付商業本票折價"], [80_400, 84], [80_400, -84]),
        (["小計", "減:抵繳保證金", "備抵呆帳"], [500, 20, 30], [500, -20, -30]),
        (["銷貨收入", "減：銷貨退回", "加：其他收入"], [900, 40, 15], [900, -40, 15]),
        (["存款", "Less: allowance"], [300, 5], [300, -5]),
        # an unnamed subtotal under the deduction closes its group; the next group adds
        (["股票", "減：抵繳保證金", "", "可轉換公司債"], [90, 5, 85, 30], [90, -5, 85, 30]),
        (["小計", "減：累計折舊"], [500, -120], []),  # printed negative: already a deduction
        (["現金", "存款"], [1, 2], []),  # no deduction cue
    ],
)
def test_a_deduction_cue_takes_the_rows_after_it_off(
    labels: list[str], values: list[int], expected: list[int]
) -> None:
    from pipeline.extract.tables.totals import _deducted
    from pipeline.models import Cell

    pairs = zip(labels, values, strict=True)
    addends = [(lab, Cell(text=str(v), value=float(v))) for lab, v in pairs]
    assert [c.value for _, c in _deducted(addends)] == expected


@pytest.mark.parametrize(
    ("heading", "carried"),
    [
        ("未於資產負債表", "新台幣千元"),  # a column head's phrase: the report's note carries on
        ("合併資產負債表", None),  # a statement with its own unit line starts a new part
    ],
)
def test_a_statement_name_inside_a_phrase_does_not_cut_the_unit_note(
    pdf_dir: Path, heading: str, carried: str | None
) -> None:
    """A bank's offsetting note titled by its column head ``未於資產負債表`` over a unit line
    of its own (港幣千元) is no statement: the notes after it keep the report's unit note
    (富邦金 113 Q1: every table from p. 277 on had lost its 千元)."""
    path = pdf_dir / "offset-note.pdf"
    pdfgen.make_offset_note_unit_pdf(path, heading)
    doc = build(path, IN_PROCESS).document
    units = {t.page: (t.unit, t.unit_source) for t in doc.facts.tables}
    assert units[2] == ("港幣千元", "table")
    assert units[3] == ((carried, "document_note") if carried else (None, None))


def test_line_chart_data_labels_are_no_table(pdf_dir: Path) -> None:
    """A line chart's data labels beside bullets (``8.8%`` on the line of ``China's
    economic recovery``, ``6.3%`` and ``6.0%`` on lines of their own, over a row of years)
    each stand in a column of their own: no table, while the same values in a table
    sharing their columns stay one."""
    path = pdf_dir / "line-chart.pdf"
    make_line_chart_slide_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert [(t.page, t.title) for t in doc.facts.tables] == [(2, "通膨率 Inflation")]


def test_a_lead_in_that_names_nothing_is_no_title(pdf_dir: Path) -> None:
    """``1.其明細如下：`` under ``(六)存貨``: the note's heading names the table. A
    sentence's wrapped tail ``相關說明如下：`` names none: the finder gives no title, and the
    sentence's clause that introduces the table (what it tables) stands for one; a last
    clause that names nothing (``相關資訊如下：``) comes with the clause before it."""
    path = pdf_dir / "generic-lead-in.pdf"
    make_generic_lead_in_pdf(path)
    doc = build(path, IN_PROCESS).document
    first, second, third = (t.title or "" for t in doc.facts.tables)
    assert first == "(六)存貨"
    assert second.endswith("評估備抵損失金額之相關說明如下：") and second != "相關說明如下："
    assert third == "並採用準備矩陣衡量備抵損失，相關資訊如下："


def _grid(page: int, title: str, top: float, bottom: float) -> PdfTable:
    rows: list[list[str | None]] = [["", "113年", "112年"], ["營業活動", "(1)", "2"]]
    return PdfTable(
        page=page,
        bbox=(50, top, 500, bottom),
        rows=rows,
        strategy="text",
        title=title,
        page_height=800,
    )


@pytest.mark.parametrize(
    ("title", "continues"),
    [
        ("合併現金流量表", True),
        ("合併現金流量表(承上頁)", True),
        ("合併現金流量表承(", True),  # the continued mark scrambled by the text layer
        ("合併資產負債表", False),
        ("合併現金流量表附註：重大非現金交易", False),
    ],
)
def test_statement_continued_on_next_page(title: str, continues: bool) -> None:
    """A statement's grid on the next page continues it when it repeats its name, with
    or without a (possibly scrambled) continued mark; another name starts a new one."""
    prev, nxt = _grid(8, "合併現金流量表", 100, 780), _grid(9, title, 60, 700)
    groups = uncaptioned_groups([prev, nxt], set())
    assert len(groups) == (1 if continues else 2)


@pytest.mark.parametrize(
    ("period", "continues"),
    [
        ("民國 114 年 3 月 31 日", True),  # the same period line set again
        ("113 年 12 月 31 日", False),  # the next date's table under its own period line
        (None, True),
    ],
)
def test_own_period_line_starts_a_new_table(period: str | None, continues: bool) -> None:
    """A grid at the next page's top, untitled, continues the grid that ran to the foot
    of the page before, unless the period line above it names another date than the
    first part's (the fair values or aging of 113.12.31 after those of 114.3.31)."""
    prev, nxt = _grid(20, "", 100, 780), _grid(21, "", 60, 700)
    prev.title = nxt.title = None
    prev.period = "114年3月31日"
    nxt.period = period
    assert len(uncaptioned_groups([prev, nxt], set())) == (1 if continues else 2)


def _turned_words_grid(page: int, top: float, bottom: float, body: list[str]) -> PdfTable:
    """A self-assessment grid printed a quarter turn (read bottom to top) on a portrait
    page: a two-row ruled header (a group name over 是 / 否 / 摘要說明, the outer names as
    tall as the band), then one row a body cell, laid out in the turned page's frame and
    put back on the page as the finder hands it over."""
    from pipeline.pdftables.geometry import from_frame

    xs = (50.0, 200.0, 230.0, 260.0, 440.0, 530.0)
    width, height = 595.0, 842.0
    rows: list[list[str | None]] = [
        ["評估項目", "運作情形", None, None, "差異情形及原因"],
        [None, "是", "否", "摘要說明", None],
    ]
    frame: list[list[tuple[float, float, float, float] | None]] = [
        [
            (xs[0], top, xs[1], top + 40),
            (xs[1], top, xs[4], top + 20),
            None,
            None,
            (xs[4], top, xs[5], top + 40),
        ],
        [None, *[(xs[k], top + 20, xs[k + 1], top + 40) for k in (1, 2, 3)], None],
    ]
    step = (bottom - top - 40) / len(body)
    for k, text in enumerate(body):
        y = top + 40 + k * step
        rows.append([f"項目{k}", "V", "", text, "無重大差異"])
        frame.append([(xs[j], y, xs[j + 1], y + step) for j in range(5)])
    boxes = [[None if b is None else from_frame(b, -1, width, height) for b in r] for r in frame]
    return PdfTable(
        page=page,
        bbox=from_frame((xs[0], top, xs[5], bottom), -1, width, height),
        rows=rows,
        cell_bboxes=boxes,
        strategy="lines",
        page_height=height,
        page_width=width,
        turn=-1,
    )


def test_a_continued_words_grid_is_told_by_its_header_band() -> None:
    """A words-only self-assessment continued on the next turned page under its header
    set again: its header is the ruled header band, not every row (a words grid has no
    first amount to end its header at), so the dates in the two parts' body cells are
    no header dates of their own and the parts are one table (8433's governance
    self-assessment, pp. 32–36, had been split and the second part titled by a row);
    a date in the header band still tells another table."""
    prev = _turned_words_grid(32, 60, 560, ["於111年3月14日董事會通過", "每年檢視"])
    nxt = _turned_words_grid(33, 50, 300, ["於113年5月10日修訂"])
    assert len(uncaptioned_groups([prev, nxt], set())) == 1
    # a date in the header band is the grid's own: another date there, another table
    prev.rows[0][1], nxt.rows[0][1] = "114年3月31日", "113年12月31日"
    assert len(uncaptioned_groups([prev, nxt], set())) == 2


def test_a_lead_in_over_the_next_grid_starts_a_table(pdf_dir: Path) -> None:
    """A grid at the next page's top titled only by the running header, under a sentence
    that introduces a table (``…之關係調節如下：``), is that table, not the rest of the
    grid that ran to the foot of the page before, though it repeats its column names
    (EVA Air's tax reconciliation was read as rows of the tax table above it)."""
    path = pdf_dir / "continued-notes-lead-in.pdf"
    make_continued_notes_pdf(path, "intro")
    doc = build(path, IN_PROCESS).document
    prev, nxt = _grid(1, CONTINUED_RUNNING, 100, 800), _grid(2, CONTINUED_RUNNING, 60, 700)
    for t in (prev, nxt):
        t.rows = [["", *CONTINUED_HEADER], ["金融工具項目37", "94,618", "7,781", "43,565"]]
    running = frozenset({CONTINUED_RUNNING})
    assert len(uncaptioned_groups([prev, nxt], set(), running, doc)) == 2
    # with no lead-in (the header set again at the top), the same grids are one table
    plain = pdf_dir / "continued-notes-plain.pdf"
    make_continued_notes_pdf(plain, "repeat")
    doc = build(plain, IN_PROCESS).document
    assert len(uncaptioned_groups([prev, nxt], set(), running, doc)) == 1


def _solid(text: str) -> str:
    return text.replace(" ", "")


def test_effective_dates_table_found(pdf_dir: Path) -> None:
    """Standards and their effective dates, no amount anywhere: one row per date, each
    standard's wrapped name joined, the letter-spaced 未 定 a date cell, the paragraph
    under the table outside it."""
    path = pdf_dir / "effective-dates.pdf"
    make_effective_dates_pdf(path)
    (t,) = _page_tables(path, 1)
    rows = t.rows  # type: ignore[attr-defined]
    assert [_solid(c or "") for c in rows[0]] == [_solid(h) for h in STANDARDS_HEADER]
    assert [[_solid(c or "") for c in r] for r in rows[1:]] == [
        [_solid("".join(names)), _solid(date)] for names, date in STANDARDS_ROWS
    ]
    assert not any(_solid(STANDARDS_AFTER)[:8] in _solid(c or "") for r in rows for c in r)


def test_effective_dates_table_is_a_table_fact(pdf_dir: Path) -> None:
    path = pdf_dir / "effective-dates-fact.pdf"
    make_effective_dates_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert len(t.rows) == len(STANDARDS_ROWS)
    assert _solid(t.rows[-1][-1].text or "") == _solid(STANDARDS_ROWS[-1][1])
    assert all(c.value is None for r in t.rows for c in r)  # dates are no amounts


def test_one_row_notes_tables(pdf_dir: Path) -> None:
    """A one-row table under its periods stays apart from the table right below it (its
    own title and periods), and a one-row table whose column names stand over its
    amounts (the label column's name below them) is found."""
    path = pdf_dir / "one-row-notes.pdf"
    make_one_row_notes_pdf(path)
    doc = build(path, IN_PROCESS).document
    first, pay, holders = doc.facts.tables
    assert [[c.text for c in r] for r in first.rows] == [list(ONE_ROW)]
    assert pay.title == PAY_TITLE
    assert [[c.text for c in r] for r in pay.rows] == [list(r) for r in PAY_ROWS]
    (row,) = [r for r in holders.rows if any(c.value is not None for c in r)]
    assert [c.text for c in row] == list(HOLDER_ROW)
    assert [c.col_header for c in row[1:]] == list(HOLDER_HEADER)
    assert row[1].value == 19821112


def test_table_of_words_found(pdf_dir: Path) -> None:
    """Related parties and their relation, no amount anywhere: a table of words under
    its column names (the letter-spaced one read whole), one row per party."""
    path = pdf_dir / "related-parties.pdf"
    make_related_parties_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert [[_solid(c.text or "") for c in r] for r in t.rows] == [
        [_solid(a), _solid(b)] for a, b in PARTIES_ROWS
    ]
    assert [_solid(c.col_header or "") for c in t.rows[0]][1:] == [_solid(PARTIES_HEADER[1])]


def test_running_header_is_no_table_title(pdf_dir: Path) -> None:
    """The pages' running header right above a table at the top of each page neither
    titles the tables nor joins them across pages: each keeps its own rows, titled by
    the note heading before it (none before the first)."""
    path = pdf_dir / "running-header-notes.pdf"
    make_running_header_notes_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.pages for t in tables] == [[1], [2], [3]]
    assert [[c.text for c in r] for r in tables[1].rows] == [list(r) for r in NOTE_PAGES[1][1]]
    # ``(三)存　　貨`` is typed with two U+3000 after a bracket: a padded label, read solid
    assert [t.title for t in tables] == [None, NOTE_PAGES[1][0], "(三)存貨"]


@pytest.mark.parametrize("unit_note", [True, False])
def test_a_pages_unit_note_scales_its_notes_tables(pdf_dir: Path, unit_note: bool) -> None:
    """``（金額除另予註明外，均以新台幣仟元為單位）`` under the running header of a notes page
    (furniture, so never in the lines right above a table) gives every table below it that
    states no unit of its own that unit: $ 53,489 is 53,489,000 TWD, (332) is -332,000."""
    path = pdf_dir / f"unit-note-{unit_note}.pdf"
    make_running_header_notes_pdf(path, unit_note=unit_note)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.pages for t in tables] == [[1], [2], [3]]
    assert UNIT_NOTE not in doc.text  # still removed from the text as running furniture
    cells = {c.text: c for r in tables[1].rows for c in r}
    if unit_note:
        assert [t.unit for t in tables] == ["新台幣仟元"] * 3
        assert [t.unit_source for t in tables] == ["page_note"] * 3
        note = tables[2].unit_note
        assert note is not None and (note.page, note.text, note.span) == (3, UNIT_NOTE, None)
        assert (cells["$ 53,489"].base_value, cells["$ 53,489"].base_unit) == (53_489_000, "TWD")
        assert cells["(332)"].base_value == -332_000
    else:
        assert [t.unit for t in tables] == [None] * 3
        assert cells["$ 53,489"].base_value != 53_489_000


def test_a_unit_stated_once_governs_the_later_notes_tables(pdf_dir: Path) -> None:
    """``(除另有註明者外，所有金額均以新台幣千元為單位)`` printed once under the notes' title
    scales every later notes table with no unit of its own, with the note's page and span
    as evidence; a table's own unit line (``單位：新台幣元``) stays; a statement with its own
    unit line opens a new part, so the notes table after it gets no unit."""
    path = pdf_dir / "unit-once.pdf"
    make_unit_note_once_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.pages for t in tables] == [[2], [2], [3], [3], [3], [3], [3], [4], [5], [5]]
    thousands = "新台幣千元"
    units = [thousands, "新台幣元", *[thousands] * 5, "新台幣元", None, "仟元"]
    assert [t.unit for t in tables] == units
    assert [t.unit_source for t in tables] == [
        "document_note",
        "table",
        *["document_note"] * 5,
        "table",
        None,
        "table",
    ]
    note = tables[2].unit_note
    assert note is not None and note.page == 1 and note.text == GOVERNING_NOTE
    assert note.span is not None and doc.text[note.span.start : note.span.end] == GOVERNING_NOTE
    assert all(t.unit_note is None for t in (tables[1], tables[8], tables[9]))
    cells = {c.text: c for r in tables[2].rows for c in r}
    assert (cells["$ 53,489"].base_value, cells["$ 53,489"].base_unit) == (53_489_000, "TWD")
    assert cells["(332)"].base_value == -332_000
    own = {c.text: c for r in tables[1].rows for c in r}
    assert own["$ 7,500"].base_value == 7_500  # its own 新台幣元, not the note's 千元
    # The note scales amounts only (EPS with decimals keeps none); foreign money under 外幣
    # keeps its row's currency, and the note's scale where the rates show it
    # (1,392 × 30.705 ≈ 42,741: thousands of USD), for the whole column (港幣 at a cross rate).
    foreign = {c.text: c for r in tables[3].rows for c in r}
    assert (foreign["1,392"].base_value, foreign["1,392"].base_unit) == (1_392_000, "USD")
    assert (foreign["1,392"].unit, foreign["2,050"].base_unit) == ("千元", "CNY")
    assert (foreign["30,361"].base_value, foreign["30,361"].base_unit) == (30_361_000, "HKD")
    assert foreign["30.705"].base_value == 30.705  # the rate: decimals, no amount
    assert (foreign["42,741"].base_value, foreign["42,741"].base_unit) == (42_741_000, "TWD")
    # 45,000 × 32.00 ≈ 1,440 thousand: dollars, not thousands; 港幣 takes that scale too.
    units_fx = {c.text: c for r in tables[6].rows for c in r}
    assert (units_fx["45,000"].base_value, units_fx["45,000"].base_unit) == (45_000, "USD")
    assert (units_fx["8,021"].base_value, units_fx["8,021"].base_unit) == (8_021, "HKD")
    assert (units_fx["1,440"].base_value, units_fx["1,440"].base_unit) == (1_440_000, "TWD")
    eps = {c.text: c for r in tables[4].rows for c in r}
    assert (eps["$ 0.48"].base_value, eps["$ 0.48"].base_unit) == (0.48, "TWD")
    assert eps["0.47"].base_value == 0.47
    held = {c.text: c for r in tables[5].rows for c in r}  # shares held: a count column
    assert (held["3,991"].base_value, held["3,991"].base_unit) == (3_991, None)
    assert (held["$ 58,115"].base_value, held["$ 58,115"].base_unit) == (58_115_000, "TWD")
    last = {c.text: c for r in tables[8].rows for c in r}
    assert last["$ 1,204"].base_value == 1_204 and ONCE_NOTES[-2][1] == tables[8].title
    # An exchange-rate column is scaled by no unit, not even the table's own 仟元 line.
    fx = {c.text: c for r in tables[9].rows for c in r}
    assert (fx["32.00"].base_value, fx["32.00"].base_unit) == (32.0, None)
    assert fx["0.2115"].base_value == 0.2115
    assert (fx["72,320"].base_value, fx["72,320"].base_unit) == (72_320_000, "TWD")
    # The table's own bare 仟元 scales its 外幣 column, whose money is its row's: USD, JPY.
    assert (fx["2,260"].base_value, fx["2,260"].base_unit) == (2_260_000, "USD")
    assert (fx["41,000"].base_value, fx["41,000"].base_unit) == (41_000_000, "JPY")


@pytest.mark.parametrize("unit", ["單位：每股元", "單位：每股新台幣元", "單位：元"])
def test_a_unit_per_share_is_the_moneys_own_unit(pdf_dir: Path, unit: str) -> None:
    """An EPS note's unit line naming a money per share (``單位：每股元``, 4114 p. 44) types
    its cells as that money in its own unit (0.48 TWD), as ``單位：元`` does; the profit table
    under it keeps its 仟元. Before, ``每股元`` was a unit of its own, no money."""
    path = pdf_dir / f"per-share-{len(unit)}.pdf"
    make_per_share_unit_pdf(path, unit)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert len(tables) == 2
    eps = {c.text: c for r in tables[0].rows for c in r}
    for text, value in (("$ 0.48", 0.48), ("$ 0.43", 0.43), ("0.48", 0.48)):
        assert (eps[text].base_value, eps[text].base_unit, eps[text].kind) == (
            value,
            "TWD",
            "money",
        )
    profit = {c.text: c for r in tables[1].rows for c in r}
    assert (profit["$ 206,974"].base_value, profit["$ 206,974"].base_unit) == (206_974_000, "TWD")


def test_tables_cells_csv_names_where_the_unit_came_from(pdf_dir: Path, tmp_path: Path) -> None:
    """``tables_cells.csv`` says per cell whether its scale is the table's own unit line or
    a note carried from an earlier page, so an analyst can query and trace it."""
    path = pdf_dir / "unit-once-csv.pdf"
    make_unit_note_once_pdf(path)
    run([path], tmp_path / "out", IN_PROCESS)
    with (tmp_path / "out" / "tables_cells.csv").open(encoding="utf-8") as f:
        rows = {r["text"]: r for r in csv.DictReader(f)}
    assert (rows["$ 53,489"]["unit_source"], rows["$ 53,489"]["base_value"]) == (
        "document_note",
        "53489000",
    )
    assert rows["$ 7,500"]["unit_source"] == "table"
    assert rows["30.705"]["unit_source"] == "" and rows["$ 1,204"]["unit_source"] == ""


def test_untitled_parts_take_their_tables_title(pdf_dir: Path) -> None:
    """A later date's block of a note's table, set under its date and the column names
    again with no title of its own, takes the title of the nearest table before it with the
    same column names (dates aside), across a page break and past a table of another matter;
    a table introduced by a sentence (``…，其變動如下：``, commas and all) takes the sentence."""
    path = pdf_dir / "untitled-parts.pdf"
    make_untitled_parts_pdf(path)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert [t.pages for t in tables] == [[1], [1], [1], [2]]
    assert [t.title for t in tables] == [
        AGING_HEADING,
        AGING_HEADING,
        PARTS_INTRO,
        AGING_HEADING,
    ]
    assert [t.table_id for t in tables] == [t.title for t in tables]
    assert [t.columns[1].split(" / ")[0] for t in (tables[0], tables[1], tables[3])] == [
        date for _, date, _ in AGING_PARTS
    ]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        (GOVERNING_NOTE, "新台幣千元"),
        (UNIT_NOTE, "新台幣仟元"),
        ("（金額除另有註明者外，均以新台幣仟元為單位）", "新台幣仟元"),
        ("(除另予註明者外，金額為新台幣十億元)", "新台幣十億元"),
        # 係以 / 皆以 / 係為 are 以 / 為 (a 2008 PwC filing's notes title)
        ("（除另予註明者外，金額係以新台幣仟元為單位）", "新台幣仟元"),
        ("（除另有註明外，金額皆以新台幣千元為單位）", "新台幣千元"),
        ("(金額除另予註明者外，係為新台幣仟元)", "新台幣仟元"),
        ("本公司金額係以新台幣仟元為單位", None),
        # a prose line wrapped after 金額係以: no unit, however it starts
        ("金額係以未來課稅所得及應課稅暫時性差異可能發生之時點及水準併", None),
        # a sentence that ends on a unit, an amount, a unit line of one table: no note
        ("明者外，合併財務報表均以新台幣仟元為單位。", None),
        ("本公司提供之背書保證金額為新台幣 5,000 千元", None),
        ("單位：新台幣千元", None),
        # a unit line with its exception: a note for the tables after it
        ("單位：新台幣仟元(除特別註明者外)", "新台幣仟元"),
        ("單位:新台幣千元（除另有註明者外）", "新台幣千元"),
        ("單位：新台幣仟元（除每股盈餘為新台幣元外）", None),
        ("附表一 單位：新台幣仟元(除特別註明者外)", None),
    ],
)
def test_governing_unit_notes(line: str, unit: str | None) -> None:
    from pipeline.pdftables.finder import note_unit

    assert note_unit(line) == unit


@pytest.mark.parametrize(
    ("opening", "pages"),
    [
        ("repeat", [[1, 2]]),
        ("carried", [[1, 2]]),
        ("heading", [[1], [2]]),
        ("intro", [[1], [2]]),
    ],
)
def test_notes_table_continued_under_another_title(
    pdf_dir: Path, opening: str, pages: list[list[int]]
) -> None:
    """A notes table running to its page's foot goes on at the next page's top with its
    header of dates set again, which the text layer reads as the second part's title (or
    after a continued mark): one table, every row in order, when the columns stand where
    they stood; a new numbered note above the second part makes it a table of its own."""
    path = pdf_dir / f"continued-notes-{opening}.pdf"
    fixture = make_continued_notes_pdf(path, opening)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert [t.pages for t in tables] == pages
    first, second = fixture.extra["rows"]
    labels = [r[0] for r in (*first, *second)]
    got = [c.text for t in tables for r in t.rows for c in r[:1] if c.text in labels]
    assert got == labels
    assert tables[0].title == CONTINUED_HEADING
    assert not any(c.text == "33" for t in tables for r in t.rows for c in r)  # the folio
    assert [c.col_header for c in tables[0].rows[0][1:]] == list(CONTINUED_HEADER)


@pytest.mark.parametrize(
    ("second_date", "pages"), [("112.12.31", [[1], [2]]), ("113.3.31", [[1, 2]])]
)
def test_a_date_of_its_own_starts_a_new_table(
    pdf_dir: Path, second_date: str, pages: list[list[int]]
) -> None:
    """Fair values per balance-sheet date, one date's table at the foot of a page and the
    next at the top of the next page: the second date's table is a table of its own,
    while the same header set again continues the first (its header row dropped)."""
    path = pdf_dir / f"fair-values-{second_date}.pdf"
    make_fair_value_pages_pdf(path, second_date)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert [t.pages for t in tables] == pages
    assert [len(t.rows) for t in tables] == ([36, 6] if len(pages) == 2 else [42])
    assert all(second_date in (c.col_header or "") for c in tables[-1].rows[0][2:4])


@pytest.mark.parametrize(
    ("second", "pages"), [(SEGMENT_PERIODS[1], [[1], [2]]), (SEGMENT_PERIODS[0], [[1, 2]])]
)
def test_a_period_block_under_its_own_line_is_a_table(
    pdf_dir: Path, second: str, pages: list[list[int]]
) -> None:
    """A segment note sets one period's block a page, each under the column names set
    again and a line holding only its period: the next page's block under another
    period is a table of its own (one table per period block, as the README counts), the
    same period set again continues the first."""
    path = pdf_dir / f"segment-periods-{second[:3]}.pdf"
    make_segment_periods_pdf(path, second)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert [t.pages for t in tables] == pages
    labels = [r[0].text for t in tables for r in t.rows]
    assert labels.count("金融工具項目20") == 1 and "金融工具項目45" in labels
    assert {t.title for t in tables} == {"(一) 產業別財務資訊"}
    # the period line over each block's rows is the table's period, not a row of it
    assert [t.period for t in tables] == [SEGMENT_PERIODS[0], second][: len(tables)]
    assert not set(labels) & set(SEGMENT_PERIODS)


def test_a_slides_column_names_set_far_above_the_rows_head_its_table(pdf_dir: Path) -> None:
    """A slide sets its quarters (``4Q25 3Q25 4Q24``) over a rule and a blank line, about
    three ems above the first row, the unit in the label column's corner: they are the
    table's column names and its unit, and the first row (``期初現金``) stays a row."""
    path = pdf_dir / "far-header-slide.pdf"
    make_far_header_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert [r[0].text for r in table.rows] == [r[0] for r in FAR_ROWS]
    assert [c.col_header for c in table.rows[0][1:]] == list(FAR_HEADER[1:])
    assert table.rows[0][1].base_value == 2_470_760_000_000


def test_a_unit_in_the_corner_between_two_header_lines_ends_no_header(pdf_dir: Path) -> None:
    """A slide's header of years over quarters with the unit line in the label column's
    corner, level with both: the unit is the header's corner, not a line above it, so the
    years stay in the column names and the unit scales the cells."""
    path = pdf_dir / "corner-unit-slide.pdf"
    make_corner_unit_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    names = [y + q for y, q in zip(CORNER_YEARS, CORNER_QUARTERS, strict=True)]
    assert [c.col_header for c in table.rows[0][1:]] == names
    assert table.rows[0][1].base_value == 2_470_760_000


def test_a_unit_in_the_lower_corner_of_a_grouped_header_scales_the_table(pdf_dir: Path) -> None:
    """A slide's group name (``合併``) stands over the amount columns only, the unit
    (``(NT$bn)``) in the label column level with the column names under it: that unit is
    the table's, so the amounts are scaled to NT$ (the forecast ranges stay text)."""
    path = pdf_dir / "grouped-header-unit-slide.pdf"
    make_grouped_header_unit_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert [r[0].text for r in table.rows] == [r[0] for r in GROUPED_ROWS]
    assert table.unit == "NT$bn"
    assert table.rows[0][2].base_value == 236_110_000_000


@pytest.mark.parametrize("named", [True, False])
def test_one_standard_under_a_dates_column_is_a_table(pdf_dir: Path, named: bool) -> None:
    """A table of the one new standard that applies next year (its name wrapped over
    three lines, run into the header and the date by the text layer) is a table when its
    right column is named for effective dates (生效日); without that name one date at the
    right of wrapped text is no table."""
    path = pdf_dir / f"one-standard-{named}.pdf"
    make_one_standard_pdf(path, named)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    if not named:
        assert tables == []
        return
    (t,) = tables
    (row,) = t.rows
    names, date = ONE_STANDARD
    assert _solid(row[0].text or "") == _solid("".join(names))
    assert row[1].text == date and row[1].span is not None
    assert doc.text[row[1].span.start : row[1].span.end] == date
    assert _solid(row[1].col_header or "").endswith(_solid(ONE_STANDARD_HEADER[1]))


def test_periods_over_one_row_in_new_columns_start_a_table(pdf_dir: Path) -> None:
    """Two periods set one over each amount of the row under them, left of the one
    amount column of the table above (no heading between), open another table of that
    one row (Novatek p. 19's rent income was a row of the movement table above)."""
    path = pdf_dir / "new-periods-row.pdf"
    make_new_periods_row_pdf(path)
    doc = build(path, IN_PROCESS).document
    movement, rent = doc.facts.tables
    assert [r[0].text for r in movement.rows] == [label for label, _ in RENT_MOVEMENT]
    (row,) = rent.rows
    assert [c.text for c in row] == list(RENT_ROW)
    assert [_solid(c.col_header or "") for c in row[1:]] == list(RENT_PERIODS)
    assert [c.base_value for c in row[1:]] == [16_250, 15_980]
    # no heading between: the note's heading over the table before names it too
    assert movement.title == rent.title == "8. 投資性不動產"


@pytest.mark.parametrize("header", [True, False])
def test_tax_assessments_under_one_name_are_a_table(pdf_dir: Path, header: bool) -> None:
    """A column of the years each company's tax returns were assessed to
    (``核定至民國一一一年度``) under one name set over it alone (the companies' column has no
    name) is a table of words and years, one row per company (Novatek p. 30 was missed);
    the same lines under no name are none."""
    path = pdf_dir / f"tax-assessment-{header}.pdf"
    make_tax_assessment_pdf(path, header)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    if not header:
        assert tables == []
        return
    (t,) = tables
    assert [[_solid(c.text or "") for c in r] for r in t.rows] == [
        [_solid(a), _solid(b)] for a, b in TAX_ROWS
    ]
    assert _solid(t.columns[-1]) == TAX_HEADER
    assert all(c.value is None for r in t.rows for c in r)
    # every year and every label quotes the text, a label glued to the year before it
    # too (年度子公司—Apex: placed by itself, not inside a number or a Latin word)
    cells = [c for r in t.rows for c in r]
    assert all(c.span is not None for c in cells)
    assert all(doc.text[c.span.start : c.span.end] == c.text for c in cells if c.span)


def test_unlabelled_row_under_periods_is_a_table(pdf_dir: Path) -> None:
    """One row of amounts with no label right under its two-line period header (a net
    exchange gain per period) is a table: each amount a value under its period, the
    parenthesized one negative."""
    path = pdf_dir / "unlabelled-row.pdf"
    make_unlabelled_row_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    (row,) = t.rows
    assert [c.value for c in row] == [363362, -75935]
    assert [_solid(c.col_header or "") for c in row] == ["113年1月至3月", "112年1月至3月"]
    assert all(c.span is not None and doc.text[c.span.start : c.span.end] == c.text for c in row)


def test_side_box_over_half_the_rows_titles_the_slide(pdf_dir: Path) -> None:
    """A deck's side box (company, statement name, 自結數) set beside a short table,
    one of its lines on every other row, is the slide's title, named by the statement,
    and no column of the table."""
    path = pdf_dir / "side-box.pdf"
    pdfgen.make_side_box_slide_pdf(path)
    (t,) = _page_tables(path, 1)
    assert t.title == pdfgen.SIDE_BOX_LINES[1]  # type: ignore[attr-defined]
    rows = t.rows  # type: ignore[attr-defined]
    assert [r[0] for r in rows] == [r[0] for r in pdfgen.SIDE_TABLE_ROWS]
    assert not any(c in pdfgen.SIDE_BOX_LINES for r in rows for c in r)


def test_note_heading_titles_its_table(pdf_dir: Path) -> None:
    """A note's numbered heading right above a table names it, not the running header
    set in larger type above both."""
    path = pdf_dir / "heading-under-header.pdf"
    make_heading_under_header_pdf(path)
    (t,) = _page_tables(path, 1)
    assert t.title == NOTE_PAGES[1][0]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- one read per page


# Fixtures with the traps one read of a page must keep: hidden text, fake bold, private
# use glyphs, slides, letter spacing.
ONE_READ_FIXTURES = [
    make_statement_pdf,
    pdfgen.make_hidden_text_pdf,
    pdfgen.make_fake_bold_pdf,
    pdfgen.make_private_use_pdf,
    pdfgen.make_deck_pdf,
    pdfgen.make_letter_spaced_pdf,
]


@pytest.mark.parametrize("make", ONE_READ_FIXTURES)
def test_ingest_pass_reads_the_finder_geometry_of_a_separate_read(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """Ingest reads the finder's glyphs in its own pass over a page's characters and the
    path objects with raw calls: the same glyphs and edges as a separate read of the page,
    and the same path objects, in the same order, as pypdfium2's own object walk."""
    path = pdf_dir / f"onepass_{make.__name__}.pdf"
    make(path)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            one_pass = ingest_module.pdfium_glyphs(pdf, index, geometry=True).geometry
            page = pdf[index]
            try:
                separate = pdfium_geometry(page)
                walked = [
                    obj.get_bounds()
                    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2)
                ]
                raw_paths = page_paths(page, max_depth=2)
                listed = [_raw_bounds(obj) for obj in raw_paths]
            finally:
                page.close()
            assert one_pass is not None
            assert one_pass.chars == separate.chars
            assert one_pass.edges == separate.edges
            assert listed == walked
    finally:
        pdf.close()


@pytest.mark.parametrize("make", ONE_READ_FIXTURES)
def test_glyphs_read_beside_the_finder_geometry_are_the_glyphs_read_alone(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """The pass that also records the finder's glyphs reads each char box once for both:
    the page's glyphs, hidden count and size are those of a read without geometry."""
    path = pdf_dir / f"shared_box_{make.__name__}.pdf"
    make(path)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            with_geometry = ingest_module.pdfium_glyphs(pdf, index, geometry=True)
            alone = ingest_module.pdfium_glyphs(pdf, index, geometry=False)
            assert with_geometry.glyphs
            assert with_geometry.glyphs == alone.glyphs
            assert (with_geometry.hidden, with_geometry.width, with_geometry.height) == (
                alone.hidden,
                alone.width,
                alone.height,
            )
    finally:
        pdf.close()


def _fixture_geometries(path: Path, make: Callable[[Path], object]) -> list[PageGeometry | None]:
    """The finder's geometry of each page of a fixture made at ``path``, as ingest reads it."""
    make(path)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [
            ingest_module.pdfium_glyphs(pdf, index, geometry=True).geometry
            for index in range(len(pdf))
        ]
    finally:
        pdf.close()


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="()（）-－—–0123456789,.% $營收", max_size=20),
    st.text(alphabet="()（）-－0123456789$營 ", min_size=0, max_size=2),
)
def test_only_an_opening_bracket_can_end_a_cell_by_touching(done: str, nxt: str) -> None:
    """Round 9: ``_read_phrases`` asks ``_negatives_touch`` (and joins the cell so far)
    only when the next char is ``(`` or ``（``, since for any other it is False."""
    if nxt not in "(（":
        assert not finder._negatives_touch(done, nxt)


@pytest.mark.parametrize(
    ("done", "nxt", "touch"),
    [
        ("( 442,563,391)", "(", True),  # a negative amount, the next one's bracket touching
        ("-", "(", True),  # a nil cell, then a negative
        ("( 442,563,391)", "1", False),
        ("營收", "(", False),
    ],
)
def test_negatives_touch_cases(done: str, nxt: str, touch: bool) -> None:
    assert finder._negatives_touch(done, nxt) is touch


@pytest.mark.parametrize("make", ONE_READ_FIXTURES)
def test_a_lines_phrases_read_again_are_the_phrases_read_fresh(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """A line's phrases are read once and kept on the line: asked for again (after a
    caller changed the list it got) they are what a fresh reading of the line gives."""
    geometries = _fixture_geometries(pdf_dir / f"phrases_{make.__name__}.pdf", make)
    seen = 0
    for geometry in geometries:
        assert geometry is not None
        for line in finder.lines_from_chars(geometry.chars):
            first = finder._phrases(line)
            first.clear()
            again = finder._phrases(line)
            fresh = finder._read_phrases(
                finder._PLine(line.text, line.x0, line.top, line.x1, line.bottom, line.chars)
            )
            assert again == fresh
            seen += bool(fresh)
    assert seen


@pytest.mark.parametrize("make", ONE_READ_FIXTURES)
def test_a_lines_size_kept_from_reading_it_is_the_median_worked_out_fresh(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """Round 9: ``lines_from_chars`` keeps the median glyph size it read each line at as
    the line's ``size``; a line built afresh from the same glyphs works out the same."""
    geometries = _fixture_geometries(pdf_dir / f"sizes_{make.__name__}.pdf", make)
    seen = 0
    for geometry in geometries:
        assert geometry is not None
        for line in finder.lines_from_chars(geometry.chars):
            fresh = finder._PLine(line.text, line.x0, line.top, line.x1, line.bottom, line.chars)
            assert line.size == fresh.size
            seen += 1
    assert seen


@pytest.mark.parametrize("make", ONE_READ_FIXTURES)
def test_an_ordered_lines_phrases_are_the_phrases_of_its_glyphs_sorted_again(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """Round 35: a line from ``lines_from_chars`` (and a cell's part of one, as
    ``_split_collapsed`` cuts it) holds its glyphs in reading order already, so
    ``_read_phrases`` reads them as they stand instead of sorting them again; the phrases
    are those of the same glyphs given in reverse and sorted."""
    geometries = _fixture_geometries(pdf_dir / f"ordered_{make.__name__}.pdf", make)
    seen = 0
    for geometry in geometries:
        assert geometry is not None
        for line in finder.lines_from_chars(geometry.chars):
            assert line.ordered
            keys = [c["x0"] + c["x1"] for c in line.chars]
            assert keys == sorted(keys)
            shuffled = finder._PLine(
                line.text, line.x0, line.top, line.x1, line.bottom, line.chars[::-1]
            )
            shuffled.__dict__["size"] = line.size
            assert not shuffled.ordered
            # reversed, ties come out reversed too: compare with ties kept in line order
            unordered = finder._PLine(
                line.text, line.x0, line.top, line.x1, line.bottom, list(line.chars)
            )
            assert finder._read_phrases(line) == finder._read_phrases(unordered)
            if len(set(keys)) == len(keys):
                assert finder._read_phrases(line) == finder._read_phrases(shuffled)
            seen += bool(line.chars)
    assert seen


# Fixtures with ruled grids of one, several pages, a statement's layout and a scaled form.
_RULED_GRID_FIXTURES = [
    pdfgen.make_table_pdf,
    pdfgen.make_multipage_table_pdf,
    make_statement_pdf,
    pdfgen.make_scaled_form_table_pdf,
]


@pytest.mark.parametrize("make", _RULED_GRID_FIXTURES)
def test_a_ruled_tables_text_read_from_its_own_chars_is_what_extract_reads(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """A ruled grid's cells read from the chars centred in the table's box only are what
    pdfplumber's ``Table.extract`` reads from every char of the page."""
    geometries = _fixture_geometries(pdf_dir / f"ruled_text_{make.__name__}.pdf", make)
    seen = 0
    for geometry in geometries:
        assert geometry is not None
        for table in finder._ruled_tables(geometry):
            assert finder.table_text(table) == table.extract()
            seen += 1
    assert seen


@pytest.mark.parametrize("make", _RULED_GRID_FIXTURES)
def test_a_ruled_grids_cells_read_from_its_own_chars_are_what_the_pages_chars_give(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """The cell, column and row-band readers of a ruled grid given only the chars centred
    in the grid's box (``grid_chars``) read what they read from every char of the page:
    each box they look into lies within the grid's."""
    geometries = _fixture_geometries(pdf_dir / f"ruled_text_{make.__name__}.pdf", make)
    seen = 0
    for geometry in geometries:
        assert geometry is not None
        for table in finder._ruled_tables(geometry):
            page, own = table.page.chars, finder.grid_chars(table)
            assert len(own) < len(page) or own == page
            assert finder.table_text(table, own) == table.extract()
            assert finder._sub_columns(table.rows, own) == finder._sub_columns(table.rows, page)
            bounds = finder._sub_columns(table.rows, page)
            holders = finder._holders(table.rows)
            for texts, row in zip(table.extract(), table.rows, strict=True):
                for b in row.cells:
                    if b:
                        assert finder._chars_in(own, b) == finder._chars_in(page, b)
                ruled = finder._unruled_cells(row.cells, texts, table.rows, page)
                assert finder._unruled_cells(row.cells, texts, table.rows, own) == ruled
                cells, read = ruled
                args = (cells, read, table.rows, holders)
                assert finder._holder_columns(*args, own) == finder._holder_columns(*args, page)
                assert finder._nested_cells(cells, read, bounds, own) == finder._nested_cells(
                    cells, read, bounds, page
                )
            seen += 1
    assert seen


def test_rulings_inside_a_scaled_form_meet_their_glyphs(pdf_dir: Path) -> None:
    """A schedule drawn in a form XObject shown at 70 %: its rulings are placed by the
    form's matrix, so they frame the glyphs and the one-row ruled table is found, its
    amounts scaled by the unit line above it."""
    path = pdf_dir / "scaled-form.pdf"
    make_scaled_form_table_pdf(path)
    geom = _geometry(path, 1)
    (grid,) = geom.ruled_grids()
    heads = [ch for ch in geom.chars if ch["text"] in "編號往來"]
    assert heads and all(
        grid[0] <= ch["x0"] and ch["x1"] <= grid[2] and grid[1] <= ch["top"] <= grid[3]
        for ch in heads
    )
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.title == LENDING_TITLE
    (row,) = t.rows
    assert [_solid(c.text) for c in row] == [_solid(x) for x in LENDING_ROW]
    assert [_solid(c.col_header or "") for c in row] == list(LENDING_HEADER)
    assert row[3].value == 57483 and row[3].base_value == 57483000
    assert row[4].null and row[6].base_value == 325698000
    # The amounts are found in the text though the reason's first line and $ - stand
    # between; every other cell too, the reason's lines piece by piece.
    amounts = [_quoted(doc.text, row[k]) for k in (3, 6, 7)]
    assert amounts == ["$ 57,483", "$ 325,698", "$ 325,698"]
    assert all(_solid(_quoted(doc.text, c)) == _solid(c.text) for c in row if c.text.strip())


def test_periods_over_a_section_and_a_wrapped_label_head_the_table(pdf_dir: Path) -> None:
    """Periods over the amounts, then a section name alone in the label column and a
    first label wrapped over two lines: the periods are the header (they were lost, and
    the wrapped label's first line named the columns), the section a row of the body."""
    path = pdf_dir / "section-under-periods.pdf"
    make_section_under_periods_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.columns == ["", *SECTION_PERIODS]
    assert t.rows[0][0].text == SECTION_NAME
    amounts = next(r for r in t.rows if r[1].value is not None)
    assert [c.col_header for c in amounts[1:]] == list(SECTION_PERIODS)
    assert amounts[1].value == 270312


def test_level_names_wider_than_their_amounts_start_the_next_block(pdf_dir: Path) -> None:
    """Fair values by level per date on one page: the level names, centred over columns
    of narrow amounts (``-``, ``$-``), reach left of them; set again under the first
    block's total they head a table of its own."""
    path = pdf_dir / "levels-per-date.pdf"
    make_levels_per_date_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert [t.columns for t in doc.facts.tables] == [["", *LEVELS_HEADER]] * 2
    assert [[c.text for c in t.rows[-1][1:]] for t in doc.facts.tables] == [
        list(x) for x in LEVELS_TOTALS
    ]
    second = doc.facts.tables[1]
    equity = next(r for r in second.rows if r[0].text == "權益工具")
    assert [c.col_header for c in equity[1:]] == list(LEVELS_HEADER)
    assert equity[3].value == 3650995


def test_wrapped_cell_in_a_ruled_band_stays_in_its_row(pdf_dir: Path) -> None:
    """Rules that frame the columns but not each row: a holder's name wrapped onto a
    second line joins its row; a security kind standing alone at its cell's edge stays a
    row of its own; shares are counted, the amounts scaled by the unit line."""
    path = pdf_dir / "wrapped-ruled-rows.pdf"
    make_wrapped_ruled_rows_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert [[_solid(c.text) for c in r[:2]] for r in t.rows] == [
        ["", "股票"],
        ["健喬信元醫藥生技股份有限公司", "昱厚生技股份有限公司"],
        ["", "怡定興生醫股份有限公司"],
        ["", "公司債"],
        ["", "益得私募可轉換公司債"],
    ]
    shares, amount = t.rows[1][2], t.rows[1][3]
    assert (shares.base_value, shares.base_unit, shares.kind) == (2537722, "股", "count")
    assert (amount.base_value, amount.base_unit) == (51846000, "TWD")


def test_one_row_per_date_blocks_are_tables_of_their_own(pdf_dir: Path) -> None:
    """One row per date, each block under its own date set over the amounts and the
    level names: a table per date (they were one table)."""
    path = pdf_dir / "levels-one-row.pdf"
    make_levels_per_date_pdf(path, one_row=True)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert len(tables) == 2
    assert ["113.3.31" in " ".join(t.columns) for t in tables] == [True, False]
    assert ["112.12.31" in " ".join(t.columns) for t in tables] == [False, True]
    rows = [[c.value for c in r[1:]] for t in tables for r in t.rows if r[0].text == "權益工具"]
    # The level columns holding only "-" on the block's one row stay columns.
    assert rows == [[None, None, 3611956, 3611956], [None, None, 3650995, 3650995]]


@pytest.mark.parametrize("mark", ["（接次頁）", "(承前頁)", "（續下頁）"])
def test_continued_mark_is_no_row(mark: str) -> None:
    """A row that only says the table goes on (a part's foot) or came from the page
    before is dropped with its boxes; rows of words stay."""
    t = PdfTable(
        page=1,
        bbox=(50, 100, 500, 200),
        rows=[["", "113年", "112年"], ["其他", "2", "3"], [mark, "", None], ["接次頁", "", ""]],
        cell_bboxes=[[(50, 100 + 20 * k, 500, 120 + 20 * k)] * 3 for k in range(4)],
        strategy="text",
    )
    finder._drop_continued_marks(t)
    assert [r[0] for r in t.rows] == ["", "其他", "接次頁"]
    assert len(t.cell_bboxes) == 3


def _raw_bounds(obj: object) -> tuple[float, float, float, float]:
    values = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
    assert pdfium_c.FPDFPageObj_GetBounds(obj, *values)
    left, bottom, right, top = (v.value for v in values)
    return (left, bottom, right, top)


def test_a_page_without_ruled_grid_never_imports_pdfplumber(pdf_dir: Path) -> None:
    """pdfplumber (with pdfminer, ≈ 20 MB) is imported only for a page with a ruled grid:
    a PDF without one is read, tables and all, without it."""
    plain = pdf_dir / "plain_for_import.pdf"
    ruled = pdf_dir / "ruled_for_import.pdf"
    pdfgen.make_fake_bold_pdf(plain)
    make_table_pdf(ruled, ruled=True)
    probe = (
        "import sys\n"
        "from pipeline.ingest import ingest\n"
        "ingest(sys.argv[1])\n"
        "print('pdfplumber' in sys.modules, 'pdfminer' in sys.modules)\n"
    )
    for path, expected in ((plain, "False False"), (ruled, "True True")):
        done = subprocess.run(
            [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
        )
        assert done.stdout.split("\n")[0] == expected, path.name


def test_code_columns_among_amounts_are_not_scaled(pdf_dir: Path) -> None:
    """An appendix schedule's 編號 and 資金貸與性質 columns hold codes (1, 2) set among the
    仟元 amounts: they keep their text and get no value; the amounts are scaled."""
    path = pdf_dir / "code-columns.pdf"
    make_code_columns_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    kind = t.columns.index(LOANS_HEADER[3])
    assert [r[kind].text for r in t.rows] == [row[3] for row in LOANS_ROWS]
    assert all(r[kind].value is None and r[kind].base_value is None for r in t.rows)
    assert all(r[0].value is None for r in t.rows)
    assert t.rows[0][-1].base_value == 325698000.0


@pytest.mark.parametrize(
    ("column", "code"),
    [
        ("與交易人之關係（註二）", True),
        ("與交易人之關係註( 1)", True),
        ("資金貸與性質（註 2 ）", True),
        ("資產 / 代碼", True),
        ("編號", True),
        ("No.", True),
        # Amount columns whose names hold the same words.
        ("加盟商關係", False),
        ("應收關係人款項餘額", False),
        ("期末股數", False),
        ("一一三年三月三十一日 / 金額", False),
    ],
)
def test_code_column(column: str, code: bool) -> None:
    assert code_column(column) is code


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("資產負債表", True),
        ("4. 存 貨", True),
        ("本公司應收帳款之備抵損失變動表如下：", True),
        ("Revenue by Platform", True),
        ("113.03.31", True),
        # A note's bare number still parts its table from the next note's.
        ("4.", True),
        ("(三)", True),
        ("十一、", True),
        # A wrapped sentence's tail, a character cut off a word, a heading's cut word.
        ("3.擔", False),
        ("下：", False),
        ("如下：", False),
        ("合", False),
        # A lead-in that names no table (its note's heading does).
        ("1.其明細如下：", False),
        ("相關說明如下：", False),
        ("列示如下：", False),
        ("應收帳款之帳齡分析如下：", True),
        ("其他", True),
        # The exception under a unit line (Realtek p. 61's title was its ``(除特別註明者外)``).
        ("(除特別註明者外)", False),
        ("（除每股盈餘為新台幣元外）", False),
    ],
)
def test_names_something(title: str, names: bool) -> None:
    assert names_something(title) is names


def test_a_wrapped_lead_ins_tail_is_no_title(pdf_dir: Path) -> None:
    """The line over a notes grid is the tail ``下：`` of the sentence leading into it: a
    fragment, so the table goes untitled rather than named ``下：``."""
    path = pdf_dir / "wrapped-lead-in.pdf"
    make_wrapped_lead_in_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.caption != "下：" and t.table_id != "下："
    assert t.columns[1:] == list(AGING_HEADER)


def test_a_line_of_note_markers_marks_the_row_above(pdf_dir: Path) -> None:
    """A note marker alone on the line under a row's last amount (``（註 3）``, Synmosa's
    investee schedule) is no row: it goes to the amount above, whose text and span stay."""
    path = pdf_dir / "marker-line-rows.pdf"
    make_marker_line_rows_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert [r[0].text for r in t.rows] == [row[0] for row in INVESTEE_ROWS]
    ((k, marker),) = INVESTEE_MARKERS.items()
    marked = t.rows[k][-1]
    assert marked.markers == [marker] and marked.base_value == 15870000.0
    assert marked.span is not None
    assert doc.text[marked.span.start : marked.span.end] == marked.text
    assert all(not c.markers for r in t.rows for c in r if c is not marked)


def test_a_headings_number_left_of_the_grid_is_not_its_title(pdf_dir: Path) -> None:
    """A note's heading set letter-spaced over a grid (``4.`` left of it, ``存 貨`` over
    its columns): the title is the heading whole, not its bare number."""
    path = pdf_dir / "spaced-heading.pdf"
    make_spaced_heading_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.caption.replace(" ", "") == "".join(pdfgen.SPACED_HEADING)


def _one_table_per_block(
    doc: Any, blocks: Sequence[tuple[str, Sequence[Sequence[str]]]]
) -> list[Any]:
    """The document's tables, one per block, each holding exactly its block's rows
    (cells whose spans are their text)."""
    tables = doc.facts.tables
    assert len(tables) == len(blocks)
    for t, (_, rows) in zip(tables, blocks, strict=True):
        body = [r for r in t.rows if any(c.text for c in r[1:])]
        assert [[c.text for c in r] for r in body] == [list(r) for r in rows]
        assert all(doc.text[c.span.start : c.span.end] == c.text for r in body for c in r)
    return list(tables)


@pytest.mark.parametrize("date_above", [False, True])
def test_dated_sections_under_one_header_are_one_table_each(
    pdf_dir: Path, date_above: bool
) -> None:
    """Column names set once over blocks each opened by a line holding only its date
    (a maturity analysis per balance-sheet date), or the first date over the names
    and each later block with its names again under its date: one table per date,
    each under the column names, its amounts in its own rows and its date as its
    period."""
    path = pdf_dir / f"dated-sections-{date_above}.pdf"
    make_dated_sections_pdf(path, date_above=date_above)
    doc = build(path, IN_PROCESS).document
    blocks = [(d, rows[:1] if date_above else rows) for d, rows in MATURITY_BLOCKS]
    tables = _one_table_per_block(doc, blocks)
    for t, (date, _) in zip(tables, MATURITY_BLOCKS, strict=True):
        assert [c for c in t.columns if c][-len(MATURITY_HEADER) :] == list(MATURITY_HEADER)
        assert t.period is not None and _solid(t.period) == date
        assert t.title == "5. 流動性風險管理"


def test_a_date_set_in_spaced_pieces_opens_its_block_and_a_label_wraps_under_amounts(
    pdf_dir: Path,
) -> None:
    """A block's date set with its pieces a space apart (``113 年 12 月 31 日``) opens a
    table of its own as a solid one does (``_dates_in`` read it as no date), and a row's
    label whose tail stands under its amounts (``對確定福利義務現值`` / ``  之影響``) is
    one label: the tail made a row of its own, so the block was no one-row table and
    was dropped once the dates split the blocks (Uni-President p. 48)."""
    path = pdf_dir / "spaced-date-blocks.pdf"
    make_spaced_date_blocks_pdf(path)
    doc = build(path, IN_PROCESS).document
    label = "".join(SPACED_DATE_LABEL)
    tables = doc.facts.tables
    assert len(tables) == len(SPACED_DATE_BLOCKS)
    for t, (date, cells) in zip(tables, SPACED_DATE_BLOCKS, strict=True):
        assert t.period is not None and _solid(t.period) == "".join(date)
        assert t.columns[1:] == list(SPACED_DATE_HEADER)
        body = [r for r in t.rows if any(c.text for c in r[1:])]
        assert [[c.text for c in r] for r in body] == [[label, *cells]]
        # the label's two lines stand apart in the text (its amounts between): no span
        assert all(doc.text[c.span.start : c.span.end] == c.text for c in body[0][1:] if c.span)
        assert all(c.span is not None for c in body[0][1:])


def test_date_line_closed_by_a_colon_opens_the_next_table(pdf_dir: Path) -> None:
    """A line holding only a date closed by a colon (民國一一二年十二月三十一日：) after a
    table's rows introduces the next date's table, like 如下：; its rows are not the
    first table's."""
    path = pdf_dir / "date-intro-blocks.pdf"
    make_date_intro_blocks_pdf(path)
    _one_table_per_block(build(path, IN_PROCESS).document, DATE_INTRO_BLOCKS)


def test_section_label_left_of_the_rows_is_no_side_title(pdf_dir: Path) -> None:
    """A section line set a few glyphs left of the rows' labels (以公允價值衡量之資產：
    over indented holdings) runs on into the grid: its glyphs left of the grid are no
    side title (the blocks after the first, with only a date above them, came out
    titled by a cut-off 以公)."""
    path = pdf_dir / "levels-section-left.pdf"
    make_levels_per_date_pdf(path, section_x=96.0)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == 2
    for t in doc.facts.tables:
        assert t.title is None or not "以公允價值衡量之資產：".startswith(_solid(t.title))


@pytest.mark.parametrize(
    ("amount", "rates", "twd", "same"),
    [
        (1_392, [30.705], [42_741], True),  # 1,392 × 30.705 ≈ 42,741: one scale
        (45_000, [32.0], [1_440], False),  # ≈ 1,000 × 1,440: foreign in units, TWD in 千元
        (30_361, [7.78], [129_582], None),  # a cross rate proves nothing
        (1_392, [], [42_741], None),  # no rate
        (-500, [32.0], [-16_000], True),  # negatives too
    ],
)
def test_foreign_amounts_scale_from_the_rows_rate(
    amount: float, rates: list[float], twd: list[float], same: bool | None
) -> None:
    """A foreign amount shares the 新台幣 amount's scale when amount × rate ≈ that amount."""
    assert _same_scale(amount, rates, twd) is same


@pytest.mark.parametrize(
    ("column", "row", "money"),
    [
        ("foreign", "USD", "USD"),  # 外幣 column, 美金 row
        ("foreign", None, "foreign"),  # 外幣 with nothing naming which
        ("JPY", "USD", "JPY"),  # the column's own name wins
        (None, "USD", None),  # a column not named for money (a garbled 率帳面金額)
        ("TWD", "USD", None),  # 新台幣 column of a 美金 row
    ],
)
def test_the_money_a_cell_holds(column: str | None, row: str | None, money: str | None) -> None:
    assert _foreign_money(column, row) == money


def test_header_wrapped_over_three_lines_is_one_header_row(pdf_dir: Path) -> None:
    """An unruled header wrapped over three lines in small type, each column's name
    letter-spaced over its width and a group name set with distributed alignment over
    the middle columns (Synmosa pp. 35, 48, 49): every column keeps its whole name under
    the group (before, the glyphs of neighbouring names ran together: `金流量票`,
    `動增租賃`); a label wrapped at the row pitch with its tail hanging indented is one
    row (Synmosa p. 48's `長期借款（含一年內到期之長` / `期借款）`)."""
    path = pdf_dir / "wrapped-header.pdf"
    make_wrapped_header_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    names = ["".join(n for n in col if n) for col in WRAPPED_COLUMNS]
    got = [_solid(c) for c in t.columns[1:]]
    assert [g.split("/")[-1] for g in got] == names
    # the group name heads the columns under it, and only those
    assert [g.startswith(WRAPPED_GROUP) for g in got] == [False, False, True, True, True, False]
    # the wrapped label is one row with its amounts, not a label-only row before them
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in WRAPPED_ROWS]
    assert [c.value for c in t.rows[3][1:3]] == [72_794, -6_616]


def test_section_heading_of_one_item_and_spaced_name_read_apart(pdf_dir: Path) -> None:
    """A section heading as long as the label column's longest line with one item, hanging
    indented where the table sets its sections' items, is a row of its own, not a label
    wrapped into its item (Phison p. 39 `…之金融負債` / `衍生工具—可轉換公司債`); a name
    letter-spaced over the label column and past the middle of the gap to the amounts
    keeps its last glyphs (Synmosa p. 59 `關係人類別／名稱`, was `名` / `稱` in the period's
    column)."""
    path = pdf_dir / "section-heading.pdf"
    make_section_heading_pdf(path)
    doc = build(path, IN_PROCESS).document
    levels, purchases = doc.facts.tables
    labels = [r[0].text for r in levels.rows]
    # the heading wrapped with no amounts (`…衡量之` / `  金融資產`) is one label
    want: list[str] = []
    for (label, cells, indented), (_, prev_cells, _) in zip(
        LEVELS_LINES, [("", (), False), *LEVELS_LINES], strict=False
    ):
        if cells is None and indented and prev_cells is None:
            want[-1] += label
        else:
            want.append(label)
    assert labels == want
    one = labels.index("衍生工具—可轉換公司債")
    assert [c.text for c in levels.rows[one - 1][1:]] == ["", "", "", ""]
    assert [c.text for c in levels.rows[one][1:]] == list(LEVELS_LINES[one][1] or ())
    assert levels.rows[one][2].value == 23_400
    assert [_solid(c) for c in purchases.columns[1:]] == ["".join(p) for p in SPACED_PERIODS]
    assert _solid(purchases.columns[0]).endswith(SPACED_NAME)
    assert [c.text for c in purchases.rows[0]] == list(SPACED_ROW)


def test_wrapped_heading_keeps_its_first_item_apart(pdf_dir: Path) -> None:
    """A section heading wrapped over two full lines, its tail hanging where the section's
    items stand, is a row of its own: its first item is no third line of its name (聯發科
    113 Q3 p. 18, `透過其他綜合損益按公允價` / `值衡量之權益工具投資` / `上市櫃公司股票
    40,533,213`), so the 小計 adds the section's items, not the item of the section before."""
    path = pdf_dir / "headed-items.pdf"
    make_headed_items_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    want: list[str] = []
    for (label, cells, x), (_, prev_cells, prev_x) in zip(
        HEADED_ITEMS_LINES, [("", (), 0.0), *HEADED_ITEMS_LINES], strict=False
    ):
        if cells is None and prev_cells is None and x > prev_x and not want[-1].endswith("："):
            want[-1] += label  # the heading's hanging tail
        else:
            want.append(label)
    assert [r[0].text for r in t.rows if r[0].text] == want
    checks = [c for c in doc.checks if c.kind == "table_total_row"]
    assert checks
    assert all(c.status == "pass" for c in checks), [c.message for c in checks]


def test_heading_kerned_into_its_number_reads_in_order(pdf_dir: Path) -> None:
    """A numbered heading between two tables whose first ideograph is kerned into the
    period (its box starts left of the period's) reads ``2.合約餘額``, not ``2合. 約餘額``:
    the finder orders a line's glyphs by their centres, so the heading titles the second
    table and no row of the first holds it (Changingtec p. 19, Phison p. 27)."""
    path = pdf_dir / "kerned-heading.pdf"
    make_kerned_heading_pdf(path)
    doc = build(path, IN_PROCESS).document
    first, second = doc.facts.tables
    heading = "".join(KERNED_HEADING)
    assert second.title == heading
    assert [r[0].text for r in first.rows] == [label for label, *_ in KERNED_FIRST]
    assert [r[0].text for r in second.rows] == [label for label, *_ in KERNED_SECOND]


def test_rows_labelled_by_their_number_make_a_table(pdf_dir: Path) -> None:
    """A deck's monthly table labels its rows only by month number (1 … 12): a table,
    its 合計 row checked; a chart whose axis ticks count up by one is still no table."""
    path = pdf_dir / "numbered.pdf"
    pdfgen.make_numbered_rows_slide_pdf(path)
    assert len(_page_tables(path, 1)) == 1
    assert _page_tables(path, 2) == []
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    labels = [row[0].text for row in t.rows]
    assert labels[-13:] == [*(str(m) for m in range(1, 13)), "合計"]
    revenue = t.rows[labels.index("3")][1]
    assert revenue.value == 53_000 and revenue.row_header == "3"
    totals = [c for c in doc.checks if c.kind == "table_total_row"]
    assert totals and all(c.status == "pass" for c in totals), [c.message for c in totals]


def test_a_unit_note_worded_with_xi_yi_governs_the_notes_tables(pdf_dir: Path) -> None:
    """``（除另予註明者外，金額係以新台幣仟元為單位）`` under the notes' title (係以 for 以)
    is the notes' unit: every later notes table with no unit of its own is in 仟元."""
    path = pdf_dir / "unit-once-xi-yi.pdf"
    make_unit_note_once_pdf(path, note=("（除另予註明者外，金額係以新台幣仟元為單位）",))
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.unit for t in tables[:3]] == ["新台幣仟元", "新台幣元", "新台幣仟元"]
    assert [t.unit_source for t in tables[:3]] == ["document_note", "table", "document_note"]
    cells = {c.text: c for r in tables[2].rows for c in r}
    assert (cells["$ 53,489"].base_value, cells["$ 53,489"].base_unit) == (53_489_000, "TWD")


def test_a_statements_amount_header_heads_no_table_of_text_cells() -> None:
    """A carried statement page's ``代 碼 金 額 ％ 金 額 ％``, ruled per column, over a
    heading justified across the label column (金洲 115 Q1 p. 6): the rows below are the
    amounts table's; the header with the heading's two lines is no table of text cells
    (it stood between the page's rows and the statement they continue)."""
    from pipeline.pdftables.finder import lines_from_chars
    from pipeline.pdftables.text_cells import ruled_text_tables

    geom = pdfgen.carried_head_geometry()
    lines = lines_from_chars(geom.chars)
    rows = (0.0, 196.0, geom.width, geom.height)  # the amounts table read from 8310 on
    assert ruled_text_tables(lines, geom.edges, 6, [rows], geom.height) == []


def test_a_carried_statement_page_opening_with_code_lines_is_read(pdf_dir: Path) -> None:
    """A statement's page carried over opens with account codes and labels wrapped over
    lines with no amount yet (``8310 不重分類至損益之項目``, ``8316 透過其他綜合損益``): the
    finder read the next label line as a header over no amounts and failed on the whole
    page (no table at all); it reads the rows, each label joined to its amounts."""
    path = pdf_dir / "carried-statement.pdf"
    pdfgen.make_carried_statement_pdf(path)
    (t,) = _page_tables(path, 1)
    labels = {r[0]: r[1] for r in t.rows if r[0]}
    assert labels["8361"] == "國外營運機構財務報表換算之兌換差額"
    assert ["8500", "本期綜合損益總額", "$138,956", "20", "$133,996", "17"] in t.rows


@pytest.mark.parametrize(
    ("kwargs", "unit", "base"),
    [
        # the schedules' one unit is the report's: the notes table is in 仟元
        ({}, "新台幣仟元", 43_200_000),
        # the schedules state different units: none is the report's
        ({"units": ("附表一 單位：新台幣仟元", "附表二 單位：新台幣元")}, None, 43_200),
        # no notes named: no filing (a deck's slides state units one by one)
        ({"notes_title": "營運概況"}, None, 43_200),
    ],
)
def test_a_filing_whose_unit_note_is_an_image_takes_its_schedules_unit(
    pdf_dir: Path, kwargs: dict[str, Any], unit: str | None, base: int
) -> None:
    """The notes' unit note scanned as an image (雷科 109 Q3, 104): the one scaled money unit
    the filing's own unit lines state (``附表一 單位：新台幣仟元`` on two pages) governs
    its notes tables that state none, the first such line recorded as the note."""
    path = pdf_dir / "schedules-unit.pdf"
    pdfgen.make_schedules_unit_pdf(path, **kwargs)
    doc = build(path, IN_PROCESS).document
    t = doc.facts.tables[0]
    assert t.table_id == "(一)現金及約當現金"
    assert t.unit == unit
    assert t.rows[0][1].base_value == base
    if unit is not None:
        assert t.unit_source == "document_note"
        assert t.unit_note is not None and t.unit_note.text == "附表一 單位：新台幣仟元"
        assert t.unit_note.page == 3


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_compatibility_ideographs_read_as_the_ideographs_they_stand_for(
    pdf_dir: Path, engine: str
) -> None:
    """A font that draws 金 as the compatibility ideograph U+F90A and 年 as U+F98E (a 2008
    filing: 1,903 such glyphs) gives the canonical text the unified ones, so the notes'
    ``金額係以新台幣仟元為單位`` is their unit note and the cover's year a year; on either
    engine (pdfplumber's glyphs are mapped as pypdfium2's are)."""
    path = pdf_dir / f"unit-once-compat-{engine}.pdf"
    note = "（除另予註明者外，\uf90a額係以新台幣仟元為單位）"
    make_unit_note_once_pdf(path, note=(note,))
    doc = build(path, Settings(isolate=False, pdf_engine=engine)).document
    assert "金額係以新台幣仟元為單位" in doc.text
    assert not any("\uf900" <= ch <= "\ufaff" for ch in doc.text)
    if engine == "auto":  # the pdfplumber engine finds no grid in this fixture's layout
        tables = doc.facts.tables
        assert [t.unit for t in tables[:3]] == ["新台幣仟元", "新台幣元", "新台幣仟元"]


def test_a_unit_line_over_its_exception_governs_the_notes_tables(pdf_dir: Path) -> None:
    """``單位：新台幣千元`` over ``(除特別註明者外)`` under the notes' title is the same
    note on two lines: every later notes table with no unit of its own is in 千元."""
    path = pdf_dir / "unit-once-two-lines.pdf"
    make_unit_note_once_pdf(path, note=("單位：新台幣千元", "(除特別註明者外)"))
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.unit for t in tables[:7]] == ["新台幣千元", "新台幣元", *["新台幣千元"] * 5]
    assert [t.unit_source for t in tables[:3]] == ["document_note", "table", "document_note"]
    note = tables[2].unit_note
    assert note is not None and note.page == 1
    assert note.text == "單位：新台幣千元\n(除特別註明者外)"
    cells = {c.text: c for r in tables[2].rows for c in r}
    assert (cells["$ 53,489"].base_value, cells["$ 53,489"].base_unit) == (53_489_000, "TWD")


def test_label_cells_on_two_lines_around_their_values(pdf_dir: Path) -> None:
    """``海岬型`` half a line above its values and ``(110,000+)`` half a line below: one
    row labelled ``海岬型 (110,000+)``, the table found although no line holds both."""
    path = pdf_dir / "wrapped-labels.pdf"
    pdfgen.make_wrapped_labels_slide_pdf(path)
    (t,) = _page_tables(path, 1)
    body = {row[0]: row[1:] for row in t.rows if row and row[0]}
    for top, bottom, values in pdfgen.TWO_LINE_ROWS:
        assert body[f"{top} {bottom}"] == list(values)
    assert body["合計"] == list(pdfgen.TWO_LINE_TOTAL[1])
    assert not any(row and row[0] in ("海岬型", "(110,000+)") for row in t.rows)


def test_one_row_tables_nil_amount_and_dated_block(pdf_dir: Path) -> None:
    """One-row tables: a ``$ -`` on a table's only line of amounts is a column of its
    own (Synmosa p. 40's impairment loss read ``$ - $ 240`` as one cell under one merged
    period), and a block of one row under its own date line, at the page's foot over the
    folio, is a table (Synmosa p. 38's shares held by a subsidiary at 114.3.31 was
    missed; the same blocks of later dates on the next page were found)."""
    path = pdf_dir / "one-row-blocks.pdf"
    pdfgen.make_one_row_blocks_pdf(path)
    doc = build(path, IN_PROCESS).document
    nil, interest, held = doc.facts.tables
    (row,) = nil.rows
    assert [c.text for c in row] == list(pdfgen.ONE_ROW_NIL)
    assert row[1].value is None and row[2].value == 240
    periods = ["".join(p) for p in zip(*pdfgen.ONE_ROW_NIL_PERIODS, strict=True)]
    assert [_solid(c.col_header or "") for c in row[1:]] == periods
    assert len(interest.rows) == 2
    (row,) = held.rows
    assert [c.text for c in row] == list(pdfgen.HELD_ROW)
    assert [c.value for c in row[1:]] == [3991, 58115, 133109]
    assert _solid(row[3].col_header or "") == "市價"


def test_one_row_tables_of_a_spaced_label_or_two_text_columns(pdf_dir: Path) -> None:
    """A one-row table whose label is letter-spaced (``現　　金``: one column, not one
    per glyph) under a two-level header is found (Changingtec p. 18's dividends were
    missed); an account and a party before three dates' amounts, two of them ``-``,
    keep their two text columns (Changingtec p. 24)."""
    path = pdf_dir / "one-row-labels.pdf"
    pdfgen.make_one_row_labels_pdf(path)
    doc = build(path, IN_PROCESS).document
    dividends, parties, prepaid, loans = doc.facts.tables
    # a heading over its one item, ending well short of the amounts, is no wrapped label
    assert [[c.text or "" for c in r] for r in loans.rows] == [
        [pdfgen.LOAN_HEADING, "", "", ""],
        list(pdfgen.LOAN_ITEM),
    ]
    # the one row's label wrapped, its tail with the amounts hanging under it (Phison p. 45)
    (row,) = prepaid.rows
    assert [c.text for c in row] == ["".join(pdfgen.PREPAID_LABEL), *pdfgen.PREPAID_AMOUNTS]
    (row,) = [r for r in dividends.rows if any(c.value is not None for c in r)]
    assert [c.text for c in row] == list(pdfgen.DIVIDEND_ROW)
    assert [c.value for c in row[1:]] == [2.87, 49358, 3.09, 53113]
    headers = [_solid(c.col_header or "") for c in row[1:]]
    assert [h[:5] for h in headers] == ["112年度", "112年度", "111年度", "111年度"]
    assert headers[1].endswith("金額") and "配股率" in headers[0]
    (row,) = parties.rows
    assert [c.text for c in row] == list(pdfgen.PARTY_ROW)
    assert [c.value for c in row[2:]] == [None, 1200, None]
    assert [_solid(c.col_header or "") for c in row[2:]] == list(pdfgen.PARTY_HEADER[2:])


def test_text_column_among_amounts_is_no_second_panel(pdf_dir: Path) -> None:
    """A column of words between amounts (a loan's maturity, ``117年1月``, between its
    rate and its amount) on one row of three is no right-hand panel of a statement: the
    rows keep their four columns (Phison p. 22's loans per date came out as two stacked
    columns, the maturity a row label and the header run into one cell), and its header
    zone is its own, not the rate's (``區間(%)`` and ``到期年度`` apart); the date over the
    block, read into the middle name, heads each of its columns (tables41)."""
    path = pdf_dir / "loan-terms.pdf"
    pdfgen.make_loan_terms_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    body = [r for r in t.rows if any(c.value is not None for c in r)]
    assert [[c.text or "" for c in r] for r in body] == [list(r) for r in pdfgen.LOAN_ROWS]
    row = body[0]
    date = _solid(pdfgen.LOAN_DATE)
    assert _solid(row[1].col_header or "") == f"{date}/期末利率區間(%)"
    assert _solid(row[2].col_header or "") == f"{date}/到期年度"
    assert _solid(row[3].col_header or "") == f"{date}/金額"
    assert [c.value for c in row[1:]] == [2.28, None, 109170]


def test_blocks_under_a_date_and_the_header_again_are_tables_apart(pdf_dir: Path) -> None:
    """Blocks per balance-sheet date, each under its date centred over the columns (no
    label-column date line) and the column names again, set solid one under another:
    one table per date with that date as its period (Phison p. 16's factored
    receivables were one table, the later dates and headers read as rows); the first
    block's date, read into a column name, is taken out of it."""
    path = pdf_dir / "repeated-header-blocks.pdf"
    pdfgen.make_repeated_header_blocks_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.period for t in tables] == [d for d, _ in pdfgen.FACTORED_BLOCKS]
    for t, (_, want) in zip(tables, pdfgen.FACTORED_BLOCKS, strict=True):
        (row,) = [r for r in t.rows if any(c.value is not None for c in r)]
        assert [c.text for c in row] == list(want)
        assert _solid(row[2].col_header or "") == "轉列至其他應收款金額"
        assert _solid(row[4].col_header or "") == "移轉條款(件)"


def test_date_over_the_names_again_opens_the_next_block(pdf_dir: Path) -> None:
    """After a block's one row, a date alone in the label column with the column names
    under it opens the next date's table (Synmosa p. 49 read 113.12.31's date into
    114.3.31's last label and both blocks as one table); the page's number under the
    last block (``- 49 -``) is no row, so a ``$ -`` column stays its own."""
    path = pdf_dir / "date-blocks-at-foot.pdf"
    pdfgen.make_date_blocks_at_foot_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [_solid(t.period or "") for t in tables] == [_solid(d) for d, _ in pdfgen.FV_BLOCKS]
    for t, (_, want) in zip(tables, pdfgen.FV_BLOCKS, strict=True):
        assert [[c.text or "" for c in r] for r in t.rows] == [
            [pdfgen.FV_SECTIONS[0], *[""] * 5],
            [pdfgen.FV_SECTIONS[1], *[""] * 5],
            list(want),
        ]
        assert [c.col_header for c in t.rows[-1][1:]] == list(pdfgen.FV_NAMES)


def test_last_row_label_wrapped_joins_its_amounts(pdf_dir: Path) -> None:
    """A table's last label wrapped at the label column's edge, its amounts on the
    second line indented under the first, is one row though no line follows it in the
    table (the continued mark and the page number under it are no rows; Synmosa p. 34's
    last row was joined only while the page number was read as a row)."""
    path = pdf_dir / "wrapped-last-row.pdf"
    pdfgen.make_wrapped_last_row_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    (label, cells) = pdfgen.SURPLUS_LAST
    assert [c.text for c in t.rows[-1]] == ["".join(label), *cells]
    assert len(t.rows) == len(pdfgen.SURPLUS_ROWS) + 1


def test_labels_wrapped_over_many_lines_are_one_label(pdf_dir: Path) -> None:
    """In a table set solid, a label wrapped at the label column's edge, each wrapped
    line hanging under its start, is one label however many lines it takes: a heading
    of no amounts over two or three lines, a row's label over four with the amounts on
    the last (Synmosa p. 52, Phison p. 23 read each line as a row); with section lines
    and a wrapped label between them, the periods over the amounts still head the
    table (they were lost, a label line read as the header)."""
    path = pdf_dir / "long-wrapped-labels.pdf"
    pdfgen.make_long_wrapped_labels_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    want = [
        ["".join(parts), *(amounts or ("", "", ""))] for _, parts, amounts in pdfgen.KINDS_LINES
    ]
    assert [[c.text or "" for c in r] for r in t.rows] == want
    assert [_solid(c.col_header or "") for c in t.rows[-1][1:]] == list(pdfgen.KINDS_PERIODS)


def test_blocks_under_a_spread_name_are_tables_apart(pdf_dir: Path) -> None:
    """Blocks each under its own name spread evenly over the columns (`港　幣　之　影　響`)
    and the periods again, one row each, are one table per block (Synmosa p. 54's
    sensitivity per currency was one table, the later names and periods read as rows);
    the periods set wider than the amounts make no table of dates of their own."""
    path = pdf_dir / "named-blocks.pdf"
    pdfgen.make_named_blocks_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert len(tables) == len(pdfgen.SENSITIVITY_BLOCKS)
    periods = ["".join(p) for p in zip(*pdfgen.SENSITIVITY_PERIODS, strict=True)]
    for t, (name, amounts) in zip(tables, pdfgen.SENSITIVITY_BLOCKS, strict=True):
        (row,) = t.rows
        assert [c.text for c in row] == ["損益", *amounts]
        assert [_solid(c.col_header or "") for c in row[1:]] == [f"{name}/{p}" for p in periods]


def test_lists_of_useful_lives_are_tables(pdf_dir: Path) -> None:
    """A list of useful lives under a sentence closed by a colon (a label and its term,
    ``2 年至 20 年``, flush right in one column; a group's name over its items) is a table
    of words with no column names, titled by the note's heading right above it, else by
    that sentence (Synmosa pp. 25 and 27 were missed, p. 28's list read as a grid of
    amounts under its first row); one term alone is no list."""
    path = pdf_dir / "useful-lives.pdf"
    pdfgen.make_useful_lives_pdf(path)
    doc = build(path, IN_PROCESS).document
    lives, amortization = doc.facts.tables
    for t, title, rows in (
        (lives, "十四、不動產、廠房及設備", pdfgen.LIVES_ROWS),
        (amortization, pdfgen.AMORTIZATION_INTRO, pdfgen.AMORTIZATION_ROWS),
    ):
        assert t.title == title
        assert [[_solid(c.text or "") for c in r] for r in t.rows] == [
            [_solid(a), _solid(b)] for a, b in rows
        ]
        # a single term is a number of years; a range of terms stays text
        for r in t.rows:
            term = r[1].text or ""
            if "至" in term or not term:
                assert r[1].value is None
            else:
                assert (r[1].value, r[1].unit) == (float(term.split()[0]), "年")


def _columned(
    page: int, lefts: Sequence[tuple[float, float]], title: str | None, top: float, bottom: float
) -> PdfTable:
    """A grid whose columns reach over ``lefts`` (x0, x1; an empty reach is a column the
    finder opened for nothing), a header and two rows of amounts."""
    texts = [
        ["", *(f"欄{j}" for j in range(1, len(lefts)))],
        ["項目甲", *("1,234" for _ in lefts[1:])],
        ["項目乙", *("(56)" for _ in lefts[1:])],
    ]
    rows: list[list[str | None]] = [
        [t if x1 > x0 else "" for t, (x0, x1) in zip(r, lefts, strict=True)] for r in texts
    ]
    rows[0][0] = "項目"
    boxes = [[(x0, 0.0, max(x1, x0 + 1), 10.0) for x0, x1 in lefts] for _ in rows]
    return PdfTable(
        page=page,
        bbox=(lefts[0][0], top, lefts[-1][1], bottom),
        rows=rows,
        cell_bboxes=boxes,
        strategy="text",
        title=title,
        page_height=800,
    )


_FIVE = [(100.0, 200.0), (230.0, 280.0), (306.0, 360.0), (390.0, 450.0), (476.0, 530.0)]
_WITH_BLANK = [*_FIVE[:2], (292.0, 292.0), *_FIVE[2:]]  # a column of nothing at 292
_RUN_TOGETHER = [_FIVE[0], (230.0, 360.0), *_FIVE[3:]]  # 欄1 and 欄2 read as one


@pytest.mark.parametrize(
    ("first", "second", "title", "continues"),
    [
        (_WITH_BLANK, _FIVE, None, True),  # a column of nothing on the first page only
        (_FIVE, _WITH_BLANK, None, True),  # … or on the next
        (_FIVE, _RUN_TOGETHER, "（承前頁）", True),  # two columns run together, marked
        (_FIVE, _RUN_TOGETHER, None, False),  # … unmarked: a column would be lost
        (_FIVE, [(100.0, 300.0), (300.0, 530.0)], None, False),  # another table's columns
        (_FIVE, _FIVE[:3], None, False),  # columns missing
    ],
)
def test_continued_part_with_other_columns(
    first: list[tuple[float, float]],
    second: list[tuple[float, float]],
    title: str | None,
    continues: bool,
) -> None:
    """A grid at the next page's top continues the grid that ran to the foot of the page
    before although the finder counted its columns differently, when every column of
    text falls into its own column of the first part and every column of the first part
    receives one (a column opened for nothing on one page is none); under a continued
    mark, two columns the finder ran together may fall into one. A grid of fewer or
    other columns at the top of the page is a table of its own."""
    prev = _columned(20, first, "9. 無形資產", 100, 780)
    nxt = _columned(21, second, title, 60, 200)
    assert len(uncaptioned_groups([prev, nxt], set())) == (1 if continues else 2)


@pytest.mark.parametrize(("header_again", "pages"), [(True, [[1, 2]]), (False, [[1], [2]])])
def test_ruled_header_set_again_continues_a_short_part(
    pdf_dir: Path, header_again: bool, pages: list[list[int]]
) -> None:
    """A filing's ruled schedule that stops half-way down its page goes on at the next
    page's top under its ruled header set again, column for column: one table, the
    repeated header dropped, every row once in order (Phison's 附表一 counted twice).
    Without the header set again, a part that stopped short of the foot continues
    nothing."""
    path = pdf_dir / f"ruled-schedule-{header_again}.pdf"
    fixture = make_ruled_schedule_pdf(path, header_again)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert [t.pages for t in tables] == pages
    if header_again:
        (table,) = tables
        first, second = fixture.extra["rows"]
        assert table.columns == list(SCHEDULE_HEADER)
        assert [r[1].text for r in table.rows] == [r[1] for r in (*first, *second)]
        assert [c.text for c in table.rows[-1]] == list(second[-1])
        assert {c.page for c in table.rows[-1]} == {2}


@pytest.mark.parametrize(("titled", "title"), [(True, PARAGRAPH_TABLE_TITLE), (False, None)])
def test_a_line_of_running_text_is_no_title(pdf_dir: Path, titled: bool, title: str | None) -> None:
    """A notes table right under a justified paragraph: no line of the paragraph titles
    it, even a line with no punctuation in it (its neighbours set to the same measure
    show it is running text; Synmosa p. 54, Novatek p. 20), while a short line of its own
    between paragraph and table does."""
    path = pdf_dir / f"paragraph-over-table-{titled}.pdf"
    make_paragraph_over_table_pdf(path, titled)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.title == title
    assert table.title not in PARAGRAPH_LINES
    assert [c.text for c in table.rows[0]] == ["損益", "$ 654", "$ 366"]


@pytest.mark.parametrize(
    ("header", "continues"),
    [
        (["項目", "欄1欄2", "欄3", "欄4"], True),  # the first part's header, cut otherwise
        (["項目", "名稱", "欄3", "欄4"], False),  # another header: another table
    ],
)
def test_header_set_again_lets_columns_run_together(header: list[str], continues: bool) -> None:
    """A part at the next page's top that sets the first part's header again word for
    word continues it even when the finder ran two of its columns together there (Phison
    p. 12's subsidiaries, 投資公司名稱 run into 子公司名稱): the header says what the
    columns are, as a continued mark would."""
    prev = _columned(11, _FIVE, "1.列入合併財務報告之子公司", 100, 780)
    nxt = _columned(12, _RUN_TOGETHER, None, 60, 200)
    nxt.rows[0] = list(header)
    assert len(uncaptioned_groups([prev, nxt], set())) == (1 if continues else 2)


def test_table_of_rate_ranges_is_a_table(pdf_dir: Path) -> None:
    """A notes table whose values are all ranges of rates (``1.10%～2.35%``, a lease's
    discount rates per balance-sheet date; Synmosa p. 26 was missed: no cell was an
    amount) is a table; each range is one cell under its date, typed as a range of
    rates (its lower end the value, never a negative, its upper end ``upper``), and a
    range quoted in a sentence after it makes no table."""
    path = pdf_dir / "rate-ranges.pdf"
    pdfgen.make_rate_ranges_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    body = [r for r in t.rows if r and (r[0].text or "") in {x[0] for x in pdfgen.RATE_ROWS}]
    assert [[c.text or "" for c in r] for r in body] == [list(r) for r in pdfgen.RATE_ROWS]
    for r in body:
        ends = [tuple(float(x.strip("%")) for x in re.split("[～~]", c.text)) for c in r[1:]]
        assert [(c.value, c.upper) for c in r[1:]] == ends
        assert {c.unit for c in r[1:]} == {"%"}
        assert [_solid(c.col_header or "") for c in r[1:]] == list(pdfgen.RATE_PERIODS)


@pytest.mark.parametrize(
    ("text", "ranged"),
    [
        ("1.43%～2.60%", True),
        ("2.00%~2.26%", True),
        ("1.2 ~ 2.5%", True),
        ("0.22~0.65", False),  # no %: a fee rate among amounts, found by its amounts
        ("1~30天", False),  # an aging bucket's name
        ("2年至20年", False),  # a useful life (duration_cell)
        ("113年", False),
        ("14.17%~30.00%、", False),  # a range inside a wrapped sentence
    ],
)
def test_range_cell(text: str, ranged: bool) -> None:
    """Which cells are ranges of rates (``tables.yaml: range_cell``)."""
    assert (_lex().range_cell.match(text) is not None) is ranged


def test_rows_under_a_merged_label_make_a_table(pdf_dir: Path) -> None:
    """A notes table of two rows whose second has no label (the label cell merged over
    both: a grant's second tranche, Synmosa p. 45) is a table: the unlabelled row sets
    each amount under one of the labelled row's."""
    path = pdf_dir / "merged-label-rows.pdf"
    pdfgen.make_merged_label_rows_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    body = [[c.text or "" for c in r] for r in t.rows if any(c.value is not None for c in r)]
    assert body == [list(r) for r in pdfgen.GRANT_ROWS]


@pytest.mark.parametrize(("period", "kept"), [("113年12月31日", True), (None, False)])
def test_a_dated_blocks_one_amount_is_a_table(period: str | None, kept: bool) -> None:
    """A block of one date (a forward contract per balance-sheet date: 項目 | 名目本金 |
    契約期間 over one row) holds one amount under its header and is a table; the same
    row with no date of its own is no table."""
    t = PdfTable(
        page=30,
        bbox=(100, 200, 560, 260),
        rows=[
            ["項目", "", "名目本金(仟元)", "契約期間"],
            ["預購遠期外匯", "USD", "15,430", "113.8～114.4"],
        ],
        strategy="text",
        title="2.衍生金融工具之交易及合約資訊",
        period=period,
        page_height=800,
    )
    assert bool(uncaptioned_groups([t], set())) is kept


def _text_cell(lines: Sequence[str]) -> str:
    """A wrapped cell read whole: its lines joined, a space before each bullet."""
    out = ""
    for line in lines:
        out += f" {line}" if out and line.startswith("•") else line
    return out


def test_text_cells_under_a_ruled_header_are_one_table_row_by_row(pdf_dir: Path) -> None:
    """Sentences in columns under a header ruled column by column (a filing's level-3
    inputs, Phison pp. 41–42, Synmosa p. 52): no line holds two amounts, so the amount
    finders never saw them, and the word finder read the header's last line as the
    column names and each line as a row. Each glyph now goes to the column whose rule
    stands over it, so a cell wrapped over four lines is one cell, two cells set so close
    that they touch (``…公允價市場法``) are two, a column name wrapped upwards over three
    lines and one letter-spaced (``項　目``) are read whole; a row starts where the first
    column starts again; the heading and paragraph after the table are none of its rows,
    and the part on the next page under the header set again continues it."""
    path = pdf_dir / "ruled-text-cells.pdf"
    make_ruled_text_cells_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == 1
    t = doc.facts.tables[0]
    assert t.pages == [1, 2]
    assert t.title == TEXT_CELLS_LEAD
    assert t.columns == list(TEXT_CELLS_HEADER)
    rows = [[c.text for c in r] for r in t.rows]
    want = [[_text_cell(cell) for cell in row] for row in (*TEXT_CELLS_ROWS, TEXT_CELLS_NEXT_ROW)]
    assert rows == want
    assert not any(TEXT_CELLS_AFTER in c or TEXT_CELLS_NOTE in c for r in rows for c in r)
    # a cell the text holds whole quotes it; a wrapped one (its lines apart, the other
    # columns' lines between) quotes them piece by piece
    for r in t.rows:
        for c in r:
            assert not c.text.strip() or _solid(_quoted(doc.text, c)) == _solid(c.text)
            assert c.parts or not c.text.strip() or doc.text[c.span.start : c.span.end] == c.text
    assert any(c.parts for r in t.rows for c in r)


def test_a_row_of_bare_rate_ranges_under_a_row_of_amounts_makes_a_table(pdf_dir: Path) -> None:
    """A short-term loan's balance over its range of rates (Phison p. 22: ``無擔保銀行借款
    $ 3,737,600 …`` / ``期末利率區間(%) 5.84~6.00 …``): one row of amounts and one of
    ranges whose % stands in the row's label were no table (two rows of amounts, or two
    of ranges written with %, were needed); the label gives the ranges their unit."""
    path = pdf_dir / "rate-range-row.pdf"
    make_rate_range_row_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == 1
    t = doc.facts.tables[0]
    assert t.columns[1:] == list(RATE_RANGE_HEADER)
    assert [[c.text for c in r] for r in t.rows] == [
        [label, *cells] for label, cells in RATE_RANGE_ROWS
    ]
    # a range of rates, typed by its label's (%): never scaled by the table's unit
    ranges = [c for c in t.rows[1][1:] if c.upper is not None]
    assert [(c.value, c.upper) for c in ranges] == [(5.84, 6.0), (5.92, 6.14)]
    assert {(c.unit, c.base_unit) for c in ranges} == {("%", "%")}


def test_a_tables_next_numbered_section_is_no_next_notes_heading(pdf_dir: Path) -> None:
    """A note's table in numbered sections under one period header (Novatek p. 31's EPS:
    ``(1) 基本每股盈餘`` and its rows, then ``(2) 稀釋每股盈餘`` and its rows) is one table:
    ``(2)`` was read as the next note's numbered heading and cut the table in two, the
    second part titled by it. A numbered line that does not continue a section of the
    table (``(3) 其他說明`` after ``(2)``'s rows is no section read as a row: it stands
    over a header of its own) still opens a table of its own."""
    path = pdf_dir / "numbered-sections.pdf"
    make_numbered_sections_table_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == 2
    t = doc.facts.tables[0]
    assert t.columns[1:] == list(SECTIONS_HEADER)
    labels = [_solid(r[0].text) for r in t.rows]
    assert labels == [_solid(label) for label, _ in SECTIONS_ROWS]
    assert [c.text for c in t.rows[-1][1:]] == list(SECTIONS_ROWS[-1][1])
    assert _solid(doc.facts.tables[1].rows[0][0].text) == "員工認股權"


def test_dates_over_one_row_after_a_table_of_periods_open_a_table(pdf_dir: Path) -> None:
    """Three dates set over one row (``113.3.31 112.12.31 112.3.31`` over an associate's
    carrying amount, its label wrapped above its amounts) after a table under periods set
    on two lines (``113年`` / ``1月至3月``: no whole date in that header) are the next
    table's column names: the row was read as two more rows of the periods' table (Phison
    p. 18); and that one-row table ends at the periods set again over the next rows."""
    path = pdf_dir / "dates-after-periods.pdf"
    make_dates_after_periods_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert len(tables) == 3
    first, one, last = tables
    assert [[c.text for c in r] for r in first.rows] == [
        [label, *cells] for label, cells in DATES_AFTER_PERIODS_ROWS
    ]
    assert one.columns[1:] == list(DATES_AFTER_PERIODS_DATES)
    assert [[_solid(c.text) for c in r] for r in one.rows] == [
        ["".join(DATES_AFTER_PERIODS_LABEL), *(_solid(c) for c in DATES_AFTER_PERIODS_ROW)]
    ]
    assert [r[0].text for r in last.rows] == [label for label, _ in DATES_AFTER_PERIODS_SHARE]


def test_a_long_label_wrapped_above_its_amount_is_no_paragraph(pdf_dir: Path) -> None:
    """A row's label wider than half the page, wrapped above its amount (a convertible
    bond's embedded derivatives, Phison pp. 24–25), was read as a paragraph line: the
    table lost its last rows, and a table whose first row is such a label, right under
    its periods, was not found. Its first line stops short of the amounts' column (of the
    periods over it before any amount): a label, the row goes on."""
    path = pdf_dir / "long-wrapped-labels.pdf"
    make_wide_wrapped_labels_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert len(tables) == 2
    for t, rows in zip(tables, (LONG_LABEL_ROWS, LONG_LABEL_NEXT), strict=True):
        got = [(_solid(r[0].text), r[-1].text) for r in t.rows]
        assert got == [(_solid("".join(lines)), amount) for lines, amount in rows]


def test_a_notes_table_whose_one_row_holds_nothings_is_kept(pdf_dir: Path) -> None:
    """A note's table of one row whose cells are nothings (``應收帳款 $- $-``: no expected
    credit loss in either period, Novatek p. 25) was dropped: a one-row table needed two
    amounts. With no amount in the table, a row of two nothings or more, each under a
    period, is its row; nothing is valued (a nothing is no zero)."""
    path = pdf_dir / "row-of-nothings.pdf"
    make_row_of_nothings_pdf(path)
    doc = build(path, IN_PROCESS).document
    assert len(doc.facts.tables) == 1
    t = doc.facts.tables[0]
    assert t.columns[1:] == list(NOTHINGS_HEADER)
    label, cells = NOTHINGS_ROW
    assert [c.text for c in t.rows[-1]] == [label, *cells]
    assert all(c.null and c.value is None for c in t.rows[-1][1:])


def test_ruled_headers_of_amounts_or_boxed_names_make_no_text_cell_table(pdf_dir: Path) -> None:
    """Names ruled one by one over amounts are a table of amounts (the amount finder's,
    read as before); periods ruled one by one over a line of words (``合約負債``) and then a
    row of amounts are a two-level header, no table of one row of words (2618 p. 47); names
    boxed by strokes above and below (a deck's labelled boxes, 2637's slide 10) are no
    table: the text-cell finder takes none of them."""
    path = pdf_dir / "ruled-headers-no-text-table.pdf"
    make_ruled_headers_of_no_text_table_pdf(path)
    found = find_tables(_geometry(path, 1), 1)
    assert not [t for t in found if t.strategy in ("text_cells", "words")]
    doc = build(path, IN_PROCESS).document
    t = doc.facts.tables[0]
    assert [c.text for c in t.rows[-1][1:]] == list(RULED_AMOUNTS_ROWS[-1][1])
    assert not [t for t in doc.facts.tables if any("合約負債" in c.text for r in t.rows for c in r)]


@pytest.mark.parametrize("turn", [1, -1])
def test_a_ruled_table_printed_a_quarter_turn_reads_upright(pdf_dir: Path, turn: int) -> None:
    """A landscape table printed turned on a portrait page, grid and text together (the
    8433 annual report's governance tables): found in the page's turned frame, its rows
    the printed rows and each cell's words in reading order (read upright they came out
    as columns of single glyphs, backwards: `他其及務司職公之本司任公兼前目`); the boxes
    stay where the cells stand on the page."""
    path = pdf_dir / f"turned-ruled-{turn}.pdf"
    fixture = pdfgen.make_turned_ruled_table_pdf(path, turn)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    grid = [list(t.columns), *[[c.text for c in r] for r in t.rows]]
    assert [[_solid(x) for x in row] for row in grid] == [list(r) for r in fixture.extra["rows"]]
    x0, top, x1, bottom = t.bbox or (0, 0, 0, 0)
    assert 0 <= x0 < x1 <= pdfgen.A4_W and 0 <= top < bottom <= pdfgen.A4_H
    assert bottom - top > x1 - x0  # a wide table, turned: taller than wide on the page
    for row in t.rows:
        for cell in row:
            assert cell.bbox is not None
            bx0, btop, bx1, bbottom = cell.bbox
            assert x0 - 1 <= bx0 and bx1 <= x1 + 1 and top - 1 <= btop and bbottom <= bottom + 1


@pytest.mark.parametrize("turn", [1, -1, 0])
def test_a_turned_roster_of_words_is_a_table(pdf_dir: Path, turn: int) -> None:
    """A ruled roster holding words only (names, titles, careers), printed a quarter turn
    (6121's rosters and self-assessments): a table, though no cell is an amount, each
    cell's span quoting its words and its box on the page inside the grid's, and no
    check on it. Upright, a ruled grid of words may be a frame round text or a diagram's
    boxes and is no table; a page is turned only for a table too wide to stand."""
    path = pdf_dir / f"turned-words-{turn}.pdf"
    fixture = pdfgen.make_turned_words_table_pdf(path, turn)
    doc = build(path, IN_PROCESS).document
    if not turn:
        assert doc.facts.tables == []
        return
    (t,) = doc.facts.tables
    grid = [list(t.columns), *[[c.text for c in r] for r in t.rows]]
    assert [[_solid(x) for x in row] for row in grid] == [list(r) for r in fixture.extra["rows"]]
    assert t.check_ids == []
    assert all(c.value is None for r in t.rows for c in r)
    x0, top, x1, bottom = t.bbox or (0, 0, 0, 0)
    assert bottom - top > x1 - x0  # turned: taller than wide on the page
    for row in t.rows:
        for cell in row:
            assert cell.span is not None and cell.bbox is not None
            assert _solid(doc.text[cell.span.start : cell.span.end]) == _solid(cell.text)
            bx0, btop, bx1, bbottom = cell.bbox
            assert x0 - 1 <= bx0 and bx1 <= x1 + 1 and top - 1 <= btop and bbottom <= bottom + 1


@pytest.mark.parametrize("turn", [1, -1])
def test_a_turned_tables_group_name_heads_the_columns_under_it(pdf_dir: Path, turn: int) -> None:
    """A self-assessment printed a quarter turn: ``運作情形`` over ``是 / 否 / 摘要說明`` in a
    two-row ruled header, the outer columns' names one tall cell each. Which cell spans
    which is read in the turned page's frame: read on the page as printed (the finder's
    boxes, kept there for provenance), the tall last name lay under the group name and
    the group's second row was no header (the last column was named after the group)."""
    path = pdf_dir / f"assessment-{turn}.pdf"
    fixture = pdfgen.make_turned_assessment_pdf(path, turn)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert [_solid(x).replace("/", " / ") for x in t.columns] == fixture.extra["columns"]
    assert [[_solid(c.text) for c in r] for r in t.rows] == [list(r) for r in fixture.extra["rows"]]


@pytest.mark.parametrize("turn", [1, -1])
def test_a_group_name_heads_its_columns_when_its_side_rules_stop_short(
    pdf_dir: Path, turn: int
) -> None:
    """The same self-assessment with the group's side rules starting 5 pt under the
    top rule (8433's): the table finder reads the header band as one cell holding the
    others and set ``運作情形`` over the one column it stands above (``摘要說明``), so
    ``是`` and ``否`` had no group. The cells under the name that share one top rule and
    stand under no text of their own are its columns."""
    path = pdf_dir / f"assessment-gap-{turn}.pdf"
    fixture = pdfgen.make_turned_assessment_pdf(path, turn, side_gap=5.0)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert [_solid(x).replace("/", " / ") for x in t.columns] == fixture.extra["columns"]
    assert [[_solid(c.text) for c in r] for r in t.rows] == [list(r) for r in fixture.extra["rows"]]


@pytest.mark.parametrize("folio", ["27", ""])
def test_a_slides_one_row_table_of_values_with_their_changes(pdf_dir: Path, folio: str) -> None:
    """2637's slide 27: a price and its forecasts written `727(+25%)` under a date and two
    years, one row, titled by the bullet it stands under (not a larger bullet above
    that), the slide's number at its foot no column of it (it had made the row read as
    a chart's data labels, each in a column of its own)."""
    path = pdf_dir / f"value-change-{folio or 'none'}.pdf"
    pdfgen.make_value_change_slide_pdf(path, folio)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.title == "影響 Effect on Expense"
    assert t.columns[1:] == list(pdfgen.CHANGE_HEADER)
    (row,) = t.rows
    assert [c.text for c in row] == list(pdfgen.CHANGE_ROW)
    assert [c.value for c in row] == [None, 580, 727, 790]
    assert row[1].base_unit == "USD/ton"
    assert [c.markers for c in row[2:]] == [["(+25%)"], ["(+35%)"]]


def test_a_row_or_column_is_percent_only_where_its_name_ends_on_a_ratio(pdf_dir: Path) -> None:
    """A share or rate word inside a row's name made its amounts percentages: Realtek's
    ``採用權益法認列之關聯企業及合資損益之份額`` ``(26,006)`` (the share of an associate's
    profit, in 仟元), ``匯率變動之影響``, ``其他變動``, ``固定利率工具`` on every filing.
    A name makes percentages when it ends on a ratio (``營收比重``, ``毛利率``) and no cell
    of its line is written as an amount; a part of a whole (``份額``, ``結構``) only where
    the cells are 0–100 summing to 100 (``出貨結構``)."""
    path = pdf_dir / "named-percent.pdf"
    make_named_percent_rows_pdf(path)
    doc = build(path, IN_PROCESS).document
    statement, deck = doc.facts.tables
    for code, label, *amounts in NAMED_AMOUNT_ROWS:
        row = statement.rows[_row(statement, label)]
        assert row[0].text == code
        assert [(c.value, c.unit, c.base_value) for c in row[2:]] == [
            (a, "新台幣仟元", a * 1000) for a in amounts
        ], label
    assert deck.columns == list(NAMED_SHARE_HEADER)
    for label, revenue, *shares in NAMED_SHARE_ROWS:
        row = deck.rows[_row(deck, label)]
        if label == "毛利率":  # a row named by its rate: its cell is a percentage
            assert (row[1].value, row[1].unit) == (float(revenue), "%")
            continue
        assert (row[1].value, row[1].unit, row[1].base_value) == (
            float(revenue),
            "億元",
            float(revenue) * 1e8,
        )
        assert [(c.value, c.unit) for c in row[2:]] == [(float(s), "%") for s in shares]


@pytest.mark.parametrize("how", list(PER_SHARE_UNIT_LINES))
def test_per_share_rows_take_the_unit_the_unit_line_excepts_them_with(
    pdf_dir: Path, how: str
) -> None:
    """A statement in 仟元 whose per-share rows are in 元: ``單位：新台幣仟元，惟`` /
    ``每股盈餘為元`` (Synmosa p. 6, its second line was read into the last columns' names,
    ``每股盈餘``, ``為元``), ``(除每股盈餘為新台幣元外)`` (Realtek), or a section's label
    ``每股盈餘(元)(附註…)`` (Novatek, Changingtec). EPS ``$ 1.25`` was 1,250 TWD; it is
    1.25, the other rows still scaled by 仟元."""
    path = pdf_dir / f"per-share-{how}.pdf"
    make_per_share_rows_pdf(path, how)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.unit == "新台幣仟元"
    assert t.columns == ["代碼", "項目", "113年度", "112年度"]
    assert t.title == "合併綜合損益表"
    for code, label, *amounts in PER_SHARE_ROWS:
        row = t.rows[_row(t, label)]
        assert row[0].text == code
        scale = 1 if label.endswith("每股盈餘") else 1000  # 每股盈餘之淨利 is in 仟元
        assert [(c.value, c.base_value, c.base_unit) for c in row[2:]] == [
            (a, a * scale, "TWD") for a in amounts
        ], label
    if how == "section":
        assert _row(t, PER_SHARE_SECTION) >= 0


@pytest.mark.parametrize("how", list(PER_SHARE_SECTIONS))
def test_per_share_rows_under_a_section_naming_the_item_take_its_unit(
    pdf_dir: Path, how: str
) -> None:
    """A section's label names the per-share item and its rows do not: Synmosa p. 8's
    ``每股盈餘（附註二九）`` over ``基 本`` / ``稀 釋``, Realtek p. 8's ``基本每股盈餘`` over
    ``本期淨利``. Their ``$ 0.48`` was 480 TWD under 仟元; a row written as per-share
    figures (decimals, no thousands grouped) takes the unit line's exception (元), a
    profit grouped in thousands under the same heading stays in 仟元."""
    path = pdf_dir / f"per-share-section-{how}.pdf"
    make_per_share_section_pdf(path, how)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.unit == "新台幣仟元"
    by_code = {row[0].text: row for row in t.rows}
    items = [(PER_SHARE_ROWS[0][0], *PER_SHARE_ROWS[0][2:])]
    items += [(code, *amounts) for _, rows in PER_SHARE_SECTIONS[how] for code, _, *amounts in rows]
    for code, *amounts in items:
        scale = 1 if amounts[0] < 100 else 1000
        got = [(c.value, c.base_value, c.base_unit) for c in by_code[code][2:]]
        assert got == [(a, a * scale, "TWD") for a in amounts], code


@pytest.mark.parametrize("how", list(PER_SHARE_SECTIONS))
def test_per_share_rows_are_named_by_their_section(pdf_dir: Path, how: str) -> None:
    """A per-share row whose own label says only what is shared out (``本期淨利``,
    ``基 本``) is named with its section (``基本每股盈餘 / 本期淨利``): the basic and the
    diluted rows read apart, an analyst can tell the EPS from the profit. The section's
    note reference stays out of the name; a profit in 仟元 under the same section keeps
    its own label."""
    path = pdf_dir / f"per-share-named-{how}.pdf"
    make_per_share_section_pdf(path, how)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    by_code = {row[0].text: row for row in t.rows}
    for section, rows in PER_SHARE_SECTIONS[how]:
        name = section.split("（")[0]
        for code, label, *amounts in rows:
            want = f"{name} / {_solid(label)}" if amounts[0] < 100 else label
            assert {c.row_header for c in by_code[code]} == {want}, code


def test_an_amount_per_share_under_a_percent_group_is_in_yuan(pdf_dir: Path) -> None:
    """``基本每股盈餘`` in a group whose merged cell says ``獲利能力(%)``, the table under
    仟元 (an annual report's analysis, 8433 p. 5): its ``9.84`` read 9.84 % (before, 9,840
    TWD); an amount per share is in 元 whatever a group or the table's scale says. The
    group's other rows stay shares."""
    path = pdf_dir / "analysis-groups.pdf"
    make_analysis_groups_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.unit == "新台幣仟元"
    for group, items in ANALYSIS_GROUPS:
        for label, *values in items:
            row = next(r for r in t.rows if (r[0].row_header or "").endswith(label))
            assert group in (row[0].row_header or "")
            got = [(c.value, c.unit, c.base_value, c.base_unit) for c in row if c.value is not None]
            if label == "基本每股盈餘":
                assert got == [(float(v), "元", float(v), "TWD") for v in values]
            else:
                assert got == [(float(v), "%", float(v), "%") for v in values]


def test_a_group_names_the_columns_its_underline_spans(pdf_dir: Path) -> None:
    """``敏感度分析`` set over the middle one of three columns, the rule under it from the
    first one's left to the last one's right (ASUS p. 47): the name was read as the
    middle column's (``敏感度分析損益影響``); the rule gives its extent, all three."""
    path = pdf_dir / "underlined-group.pdf"
    make_underlined_group_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    names = list(UNDERLINED_HEADER)
    assert t.columns[1:] == names[:3] + [f"{UNDERLINED_GROUP} / {n}" for n in names[3:]]
    for label, *cells in UNDERLINED_ROWS:
        row = t.rows[_row(t, label)]
        assert [c.text for c in row[1:]] == cells


@pytest.mark.parametrize(
    ("parts", "explicit", "percentish", "portion"),
    [
        (["採用權益法認列之關聯企業損益之份額(附註六(八))"], False, False, True),
        (["匯率變動之影響"], False, False, False),
        (["固定利率工具"], False, False, False),
        (["增減金額"], False, False, False),
        (["持股比例(%)"], True, True, False),
        (["成長率 %"], False, True, False),
        (["期末", "持股比例%"], False, True, False),
        (["114年3月31日", "％"], True, True, False),
        # a header run together over its columns: its (%) holds only where cells agree
        (["113年度營業額營業比重(%)", "營業額"], False, True, False),
        (["實際出席次數(B) (%)【B/A】"], False, False, False),
        # a threshold the name states (a related parties' note's 其他 row): no unit
        (["其他(個別關係人餘額均未超過壹千萬元或交易餘額10%)"], False, False, False),
        (["Market share"], False, True, True),
    ],
)
def test_what_a_name_says_of_its_cells_percent(
    parts: list[str], explicit: bool, percentish: bool, portion: bool
) -> None:
    """A name makes percentages by the word it ends on or a % closing it, never by a
    share or rate word inside it; a (%) over a group of columns is no unit of its own."""
    hu = _header_unit(parts)
    assert (hu.explicit is not None, hu.percentish, hu.portion) == (explicit, percentish, portion)


def test_a_dense_equity_header_names_each_narrow_column(pdf_dir: Path) -> None:
    """Phison p. 7's layout: names wrapped over two or three lines in narrow columns
    (``法定盈`` / ``餘公積``), group names each with a rule under it. A wrapped line of one
    column's name was read as a group over the run it is centred on (``法定盈 / 資本公積``)
    and the group over most columns as one over three; a phrase inside one column's extent
    now names that column, a group its underline's run."""
    path = pdf_dir / "dense-equity.pdf"
    make_dense_equity_header_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    expected = []
    for k, lines in enumerate(DENSE_EQUITY_COLUMNS):
        groups = [g for g, first, last in DENSE_EQUITY_GROUPS if first <= k <= last]
        expected.append(" / ".join([*groups, "".join(lines)]))
    assert t.columns[1:] == expected
    for label, amounts in DENSE_EQUITY_ROWS:
        row = t.rows[_row(t, label)]
        assert [c.value for c in row[1:]] == [a if a else None for a in amounts]


def test_a_text_cell_rows_rest_on_the_next_page_continues_its_table(pdf_dir: Path) -> None:
    """A new-standards note's table of text cells, ruled column by column, with an
    effective date in its last column: its columns are read from the rules (the names
    over the first two stay apart, never one column left of the date), and its part on
    the next page, under the names set again and opening with the rest of the row (the
    first column empty), continues it: that rest is the row's own text (a bullet list
    goes on after a space), not a row of its own."""
    path = pdf_dir / "carried-text-cells.pdf"
    make_carried_text_cells_pdf(path)
    doc = build(path, IN_PROCESS).document
    (table,) = doc.facts.tables
    assert table.pages == [1, 2]
    assert table.columns == list(NEW_STD_HEADER)
    rows = [[c.text for c in r] for r in table.rows]
    # the rest of the row's text, carried onto page 2, is that row's (no row of its own)
    assert rows == [
        [
            "".join(NEW_STD_ROW[0]),
            "".join(NEW_STD_ROW[1]) + " " + "".join(NEW_STD_CARRIED[1]),
            "".join(NEW_STD_ROW[2]),
        ]
    ]
    assert not any(NEW_STD_HEADER[0] in c for r in rows for c in r)  # no header row again
    # its span runs over the page break, one piece a line
    cell = table.rows[0][1]
    assert cell.span is not None and cell.parts and cell.page == 1
    assert {doc.page_at(p.start) for p in cell.parts} == {1, 2}


def test_a_statement_name_in_the_label_columns_corner_is_no_title_over_the_header(
    pdf_dir: Path,
) -> None:
    """A slide names its statement's items in the label column's corner
    (``綜合損益表項目``) on the header's first line, beside the ``4Q25`` of the guidance
    column's two-line name: that line is the header's, not a title over it, so the column
    is ``4Q25 業績展望`` (not ``業績展望``), the slide's title titles the table, and the
    unit under the corner still scales the cells."""
    path = pdf_dir / "corner-name-slide.pdf"
    make_corner_name_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.title == "綜合損益表"
    assert table.columns[1:] == list(CORNER_NAME_HEADER)
    assert table.rows[1][1].base_value == 1_046_090_000_000


def test_a_unit_named_in_a_rows_name_before_its_footnote_types_the_row(pdf_dir: Path) -> None:
    """A deck's row that names its own unit in brackets and then a footnote's number
    (``負債比率 (%) 3``, ``營收 (USD 百萬) 2``) is in that unit, and a row that counts days
    (``平均收現日數``) in days: none of them in the corner's NT$bn, which still scales the
    other rows."""
    path = pdf_dir / "named-units-slide.pdf"
    pdfgen.make_named_units_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.unit == "NT$bn"
    by_name = {r[0].text: r for r in table.rows}
    assert [r[0] for r in pdfgen.NAMED_UNITS_ROWS] == list(by_name)
    typed = {name: (r[1].unit, r[1].base_value, r[1].base_unit) for name, r in by_name.items()}
    assert typed["總資產"] == ("NT$bn", 536_350_000_000, "TWD")
    assert typed["營收 (USD 百萬) 2"] == ("USD 百萬", 2_150_000_000, "USD")
    assert typed["平均收現日數"] == ("日", 26, "日")
    assert typed["負債比率 (%) 3"] == ("%", 25.25, "%")
    assert typed["流動比率(%)"] == ("%", 148.35, "%")
    # the growth column's own % holds on every row
    assert {r[3].unit for r in table.rows} == {"%"}


def test_a_sections_label_closing_on_its_unit_and_a_colon_types_its_rows(pdf_dir: Path) -> None:
    """An EPS note's sections under labels closing on a unit and a colon
    (``股數(仟股)：``, ``基本每股盈餘(元)：``) type their rows: the shares in 仟股, the
    per-share profit in 元 (not the ``$`` alone), while the profit above stays in the
    report's 千元 stated once under the notes' title."""
    path = pdf_dir / "eps-sections.pdf"
    pdfgen.make_eps_sections_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    amounts = [r for r in table.rows if r[1].value is not None]
    assert [r[0].text for r in amounts] == [
        name for _, rows in pdfgen.EPS_SECTIONS for name, *_ in rows
    ]
    profit, shares, eps = amounts
    assert (profit[1].unit, profit[1].base_value) == ("新台幣千元", 31_393_856_000)
    assert (shares[1].unit, shares[1].base_value, shares[1].base_unit) == (
        "仟股",
        742_760_000,
        "股",
    )
    assert (eps[1].unit, eps[1].base_value, eps[1].base_unit) == ("元", 42.27, "TWD")


def test_a_ruled_headers_cells_stroked_on_one_side_keep_their_names(pdf_dir: Path) -> None:
    """A slide's ruled grid whose outer rules start under the header (its cells filled,
    parted by the inner rules only): the header's first and last cells are no cells to
    the rules, yet they name their columns (``Q4 2025 (A)``, ``達成率 %``), and the
    labels left of the grid still name the rows."""
    path = pdf_dir / "open-edge-header-slide.pdf"
    pdfgen.make_open_edge_header_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.columns[1:] == [" ".join(h) for h in pdfgen.OPEN_EDGE_HEADER]
    assert [r[0].text for r in table.rows] == [r[0] for r in pdfgen.OPEN_EDGE_ROWS]
    assert table.unit == "NT$bn"
    assert table.rows[0][1].col_header == "Q4 2025 (A)"
    assert table.rows[0][1].base_value == 65_650_000_000


def test_a_turned_schedules_rows_carried_to_the_next_turned_page_join_it(pdf_dir: Path) -> None:
    """A landscape schedule printed a quarter turn fills its page and goes on at the start
    of the next turned page with no header of its own, a table of its own further on: the
    carried rows come first as the page is read (though that table's box starts higher on
    the page as printed), so they join the schedule under its header, and the next table
    keeps its own."""
    path = pdf_dir / "turned-continued.pdf"
    pdfgen.make_turned_continued_pdf(path)
    pay, brackets = build(path, IN_PROCESS).document.facts.tables
    assert pay.pages == [1, 2]
    assert pay.columns == list(pdfgen.TURNED_PAY_HEADER)
    assert [r[1].text for r in pay.rows] == [r[1] for r in pdfgen.TURNED_PAY_ROWS]
    assert pay.rows[-1][2].col_header == "報酬(A)"
    assert brackets.pages == [2]
    assert brackets.columns == list(pdfgen.TURNED_BRACKETS_HEADER)


def test_a_matrix_of_check_marks_under_one_ruled_header_frame_names_each_column(
    pdf_dir: Path,
) -> None:
    """A board-diversity table: one rule frames its whole header (the inner rules stop
    short of its top, so the table finder reads one cell over the header) and its narrow
    columns' names are stacked a glyph a line: each column is named by what stands over
    it alone (``性別``, ``年齡 / 41至50歲``; the groups' band names no column), the stacked
    names stay one header row, and the rows of check marks make it a table."""
    path = pdf_dir / "diversity-matrix.pdf"
    pdfgen.make_diversity_matrix_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    groups = {
        j: name
        for name, x0, x1 in pdfgen.DIVERSITY_GROUPS
        for j, (_, a, b) in enumerate(pdfgen.DIVERSITY_COLUMNS)
        if x0 <= a and b <= x1
    }
    expected = [
        (groups[j] + "/" if j in groups else "") + "".join(lines)
        for j, (lines, _, _) in enumerate(pdfgen.DIVERSITY_COLUMNS)
    ]
    assert [re.sub(r"\s+", "", c) for c in table.columns] == expected
    assert [[c.text for c in r] for r in table.rows] == [list(r) for r in pdfgen.DIVERSITY_ROWS]


def test_rate_columns_named_beside_the_years_name_their_own_columns(pdf_dir: Path) -> None:
    """A slide names its amounts by years over quarters and its two rate columns once,
    on the line between (`Q-Q`, `Y-Y`, level with the corner unit): each rate name is its
    own column's, no group over the last quarter's column, which keeps its year and
    quarter (`2024年第四季`)."""
    path = pdf_dir / "rate-names-slide.pdf"
    pdfgen.make_rate_names_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    names = [y + q for y, q in zip(CORNER_YEARS, CORNER_QUARTERS, strict=True)]
    assert table.columns[1:] == [*names, *pdfgen.RATE_NAMES]
    assert table.rows[0][3].col_header == "2024年第四季"
    assert (table.rows[0][4].unit, table.rows[0][4].value) == ("%", 5.7)


def _quoted(text: str, cell: Any) -> str:
    """What a cell's span (or, for text set on several lines, its pieces) quotes."""
    if cell.parts:
        assert (cell.parts[0].start, cell.parts[-1].end) == (cell.span.start, cell.span.end)
        return "".join(text[p.start : p.end] for p in cell.parts)
    return str(text[cell.span.start : cell.span.end])


@pytest.mark.parametrize(
    ("maker", "wrapped"),
    [
        # two panels on one page: the text layer runs each right-hand row after a left one
        (make_side_by_side_statement_pdf, False),
        # a block name in one ruled cell over its rows: the grid repeats it on each row
        (make_nested_blocks_slide_pdf, False),
        # a label on two lines around its row's values
        (pdfgen.make_wrapped_labels_slide_pdf, True),
        # text cells of many lines, continued on the next page
        (make_carried_text_cells_pdf, True),
        # a holder's name wrapped in a ruled cell
        (pdfgen.make_wrapped_ruled_rows_pdf, True),
    ],
)
def test_every_pdf_cell_carries_its_span_page_and_box(
    pdf_dir: Path, maker: Callable[[Path], Any], wrapped: bool
) -> None:
    """Every cell of a PDF table points at its text in the document (spaces aside, the
    pieces of a cell set on several lines spell it), on its own page, with its box."""
    path = pdf_dir / f"spans-{maker.__name__}.pdf"
    maker(path)
    doc = build(path, IN_PROCESS).document
    cells = [c for t in doc.facts.tables for r in t.rows for c in r if c.text.strip()]
    assert cells
    assert all(c.span is not None for c in cells), [c.text for c in cells if c.span is None]
    for c in cells:
        assert "".join(_quoted(doc.text, c).split()) == "".join(c.text.split())
        assert c.parts or doc.text[c.span.start : c.span.end] == c.text
        assert c.page == doc.page_at(c.span.start) and c.bbox is not None
    assert any(c.parts for c in cells) == wrapped


def test_a_letter_spaced_row_label_is_one_cell(pdf_dir: Path) -> None:
    """A row label letter-spaced over the label column (``資　　本``, each character
    alone, the rest of the row further off than the spacing) is one label, as a reader
    reads it: not a column of ``資`` and a column of ``本``. The column names over the
    row's text cells (``評價技術`` over ``資產法``) stay the header though section labels
    (``金融資產：``, a wrapped group label) stand between them and the rows: those are
    the body's rows, never a column's name."""
    path = pdf_dir / "spaced-label-rows.pdf"
    make_spaced_label_rows_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    assert t.columns == ["", *("".join(name) for name in SPACED_LABEL_HEADER)]
    section, group = SPACED_LABEL_GROUPS
    labels = [row[0].text for row in t.rows]
    assert labels == [section, "".join(group), *(label for label, *_ in SPACED_LABEL_ROWS)]
    for row, (_, *cells) in zip(t.rows[2:], SPACED_LABEL_ROWS, strict=True):
        assert [c.text for c in row[1:]] == cells
    assert not any(c.text in {"本", "票"} for row in t.rows for c in row)


def test_tables_of_the_same_rows_on_one_page_quote_their_own_text(pdf_dir: Path) -> None:
    """Two tables of the same rows one under the other on a page, each under its date
    (Novatek's level-3 inputs per balance-sheet date): each table's span ends before the
    next one's starts, the lower one is titled by its date, and every cell of each table
    points at its own table's words, never at the same words of the one above."""
    path = pdf_dir / "spaced-label-rows-dates.pdf"
    make_spaced_label_rows_pdf(path, dates=2)
    doc = build(path, IN_PROCESS).document
    upper, lower = doc.facts.tables
    assert lower.title == SPACED_LABEL_DATES[1]
    assert upper.span.end <= lower.span.start
    for t in (upper, lower):
        cells = [c for row in t.rows for c in row if c.text.strip()]
        assert all(c.span is not None for c in cells)
        for c in cells:
            assert c.span is not None
            assert t.span.start <= c.span.start < c.span.end <= t.span.end, (t.title, c.text)


def test_a_footnotes_number_glued_to_a_rows_name_is_a_marker(pdf_dir: Path) -> None:
    """A number closing a slide row's name that a note under the table carries
    (``淨利3``, ``EBITDA4``, ``行動 2``) is that note's marker, not the name's: the row is
    named ``淨利``, the stub cell keeps its text as written and the number as its marker.
    A number of the name itself (``PS5``, ``Q4``: one or two letters before it) or one
    no note carries (``機房 7``) stays in the name; ``註5`` glued to a name is the marker
    whole."""
    path = pdf_dir / "noted-rows-slide.pdf"
    pdfgen.make_noted_rows_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert [r[0].text for r in table.rows] == [r[0] for r in pdfgen.NOTED_ROWS]
    named = {r[0].text: (r[1].row_header, r[0].markers) for r in table.rows}
    assert named == {
        "營收": ("營收", []),
        "淨利3": ("淨利", ["3"]),
        "EBITDA4": ("EBITDA", ["4"]),
        "行動 2": ("行動", ["2"]),
        "PS5": ("PS5", []),
        "Q4": ("Q4", []),
        "機房 7": ("機房 7", []),
        "研發費用註5": ("研發費用", ["註5"]),
    }
    net = next(r for r in table.rows if r[0].text == "淨利3")
    assert (net[1].value, net[1].unit, net[1].base_value) == (9.29, "NT$bn", 9_290_000_000)


def test_a_range_cell_is_typed_as_a_range_with_its_rows_unit(pdf_dir: Path) -> None:
    """A forecast written as a range in one cell (``241.99~243.68``, ``4.6-4.7``,
    ``(0.8)~2.3``, ``2%~4%``) is a figure from its lower to its upper end, typed as the
    row's other figures are: the forecast column is a column of values, not part of the
    rows' names, and the EPS row is in 元, not the corner's NT$bn."""
    path = pdf_dir / "forecast-ranges-slide.pdf"
    pdfgen.make_forecast_ranges_slide_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.stub_columns == 1
    rows = {r[0].text: r for r in table.rows}
    assert list(rows) == [r[0] for r in pdfgen.FORECAST_RANGE_ROWS]
    assert rows["營收"][1].row_header == "營收"
    got = {
        name: [(c.value, c.upper, c.unit, c.base_value, c.base_upper) for c in r[1:]]
        for name, r in rows.items()
    }
    assert got["營收"][0] == (241.99, 243.68, "NT$bn", 241_990_000_000, 243_680_000_000)
    assert got["營收"][2] == (2.5, 3.2, "%", 2.5, 3.2)
    assert got["營業淨利"][2] == (-0.8, 2.3, "%", -0.8, 2.3)
    assert got["EPS"][0] == (4.82, 5.02, "元", 4.82, 5.02)
    assert got["EPS"][1] == (4.99, None, "元", 4.99, None)
    assert got["其他收入"][0] == (4.6, 4.7, "NT$bn", 4_600_000_000, 4_700_000_000)
    assert got["其他收入"][2] == (2, 4, "%", 2, 4)
    assert got["資本支出"][0] == (31.91, None, "NT$bn", 31_910_000_000, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.6~4.7", (4.6, 4.7)),
        ("4.6-4.7", (4.6, 4.7)),
        ("(3.4)~0.6", (-3.4, 0.6)),
        ("2%～4%", (2, 4)),
        ("2025-12", None),  # a date, its upper end below the lower
        ("113.8～114.4", None),  # a contract's period: months of ROC years
        ("101.2~101.6", (101.2, 101.6)),  # an attainment rate, not months of ROC 101
        ("41~50歲", None),  # an axis's bracket, named
        ("-", None),
        ("1,138", None),
    ],
)
def test_range_cells_parse_to_their_two_ends(
    text: str, expected: tuple[float, float] | None
) -> None:
    cv = parse_value_cell(text)
    got = (cv.value, cv.upper) if cv is not None and cv.upper is not None else None
    assert got == expected


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        # two charts' unit lines side by side, read as one line (敦陽 p. 35/36)
        ("單位：新台幣元 單位：新台幣千元", None),
        ("單位：新台幣百萬元 單位：%", None),
        ("單位：新台幣千元 單位：新台幣千元", "新台幣千元"),
        ("單位：新台幣仟元", "新台幣仟元"),
        ("(單位：新台幣佰萬元)", "新台幣佰萬元"),
    ],
)
def test_two_unit_lines_side_by_side_name_no_joined_unit(line: str, unit: str | None) -> None:
    """Two panels' unit lines on one text line never make the unit ``新台幣元單位：新台幣千元``:
    one unit when they agree, else none for the whole line."""
    found = line_unit(line)
    assert (found[0] if found is not None else None) == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deck's guidance: a range set with a dash, both ends written alike
        ("$3.30 - $3.50", (3.3, 3.5, None, ())),
        ("$10.3B - $10.9B", (10.3, 10.9, 1e9, ())),
        ("$11.8B-$12.6B", (11.8, 12.6, 1e9, ())),
        ("26% - 28%", (26, 28, None, ())),
        # a scale letter after the dollar sign; an approximate figure keeps its mark
        ("$2.35B", (2.35, None, 1e9, ())),
        ("($181M)", (-181, None, 1e6, ())),
        ("~$2.45B", (2.45, None, 1e9, ("~",))),
        ("~$3,300", (3300, None, None, ("~",))),
        ("約 3,300", (3300, None, None, ("約",))),
        # two bare amounts with a nil column between, or ends written differently: no range
        ("1,234 - 5,678", None),
        ("$3.30 - 28%", None),
        ("$3.50 - $3.30", None),  # the upper end below the lower
        ("— (0.5%)", None),
        ("$12X", None),  # no scale letter
    ],
)
def test_deck_figures_with_a_range_scale_or_about_parse(
    text: str, expected: tuple[float, float | None, float | None, tuple[str, ...]] | None
) -> None:
    """Guidance cells of an English deck (QCOM-style): a spaced range is one cell's two
    ends; ``B``/``M`` after ``$`` scale the amount; ``~`` is about that much."""
    cv = parse_value_cell(text)
    got = (
        (cv.value, cv.upper, cv.unit.multiplier if cv.unit else None, cv.markers)
        if cv is not None and cv.value is not None
        else None
    )
    assert got == expected


def test_two_stacked_tables_on_a_slide_are_two_tables(pdf_dir: Path) -> None:
    """A second table set under the first with its own column names (words over two value
    columns between two runs of amounts), maybe under its own title line, is a table of
    its own: not rows of the first under the first's names."""
    path = pdf_dir / "deck-stacked-guidance.pdf"
    pdfgen.make_stacked_guidance_pdf(path)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert len(tables) == 4
    guidance, annual, opex, tax = tables
    assert guidance.columns[1:] == list(pdfgen.GUIDANCE_HEADER)
    assert [r[0].text for r in guidance.rows] == [r[0] for r in pdfgen.GUIDANCE_ROWS]
    revenue = guidance.rows[0]
    assert (revenue[1].value, revenue[1].upper, revenue[1].base_upper) == (11.8, 12.6, 12.6e9)
    assert guidance.rows[3][2].base_value == -181e6
    assert annual.columns[-2:] == ["FY26 Prior Guidance", "FY26 Guidance"]
    assert [r[0].text for r in annual.rows] == ["Effective tax rate"]
    assert opex.rows[0][2].markers == ["~"]
    assert tax.columns[1:] == list(pdfgen.GUIDANCE_TAX_HEADER)
    assert tax.title == pdfgen.GUIDANCE_TAX_TITLE
    assert [r[0].text for r in tax.rows] == [r[0] for r in pdfgen.GUIDANCE_TAX_ROWS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("112.12.31235,109", (235109, "112.12.31")),  # a date: its day has two digits
        ("2024/03/31 1,234", None),  # set apart: a date column merged with an amount's
        ("113.3.31(5,120)", (-5120, "113.3.31")),
        ("(重編後)427,079", (427079, "(重編後)")),  # a bracketed note
        ("(e)=(c)-(d)57,208", (57208, "(e)=(c)-(d)")),  # a net column's formula
        ("(e)=(c)-(d)(1,200)", (-1200, "(e)=(c)-(d)")),
        ("(a)-57,208", None),  # a sign, not a formula
        ("(USD)1,234", None),  # a unit, not header words
        ("(註1)1,234", None),  # a note number: not set as a header
        ("(註一) 271,466", None),  # set apart: a note column's
        ("112.12.312", None),  # no grouped amount
        ("112.12.31", None),
        ("公司名稱1,234", None),  # words without a date or brackets
    ],
)
def test_header_words_run_into_an_amount_are_split_off(
    text: str, expected: tuple[float, str] | None
) -> None:
    """A block's header set on its first row's line: the amount, the words its marker."""
    cv = parse_value_cell(text)
    got = (cv.value, cv.markers[0]) if cv is not None and cv.markers else None
    assert got == expected


@pytest.mark.parametrize("stated", [True, False])
def test_a_share_count_row_in_a_money_table_is_no_amount(pdf_dir: Path, stated: bool) -> None:
    """A weighted-average share count among an EPS note's amounts under 新台幣千元 (its
    own name states no unit: ``普通股加權平均流通在外股數(基本)``) is a count, never the
    note's money: in the count unit another row of the table states for its count
    (``…股數(千股)``), else in no unit at all; the profit keeps the 千元."""
    path = pdf_dir / f"share-count-rows-{stated}.pdf"
    pdfgen.make_share_count_rows_pdf(path, stated=stated)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    rows = {r[0].text: r for r in table.rows if r[1].value is not None}
    profit = rows["本期淨利"][1]
    assert (profit.unit, profit.base_value) == ("新台幣千元", 12_345_000)
    basic = rows["普通股加權平均流通在外股數(基本)"][1]
    if stated:
        assert (basic.unit, basic.base_value, basic.base_unit) == ("千股", 17_198_000, "股")
    else:
        assert (basic.unit, basic.base_value, basic.base_unit) == (None, 17_198, None)


def test_a_range_column_before_more_text_stays_in_the_rows_names() -> None:
    """Where a table's stub ends, ranges read as figures: a column of rate ranges before
    the amounts is a value column, but one before more text (a loan schedule's rate range
    before its term) describes the row, as a first column of ranges (brackets) does."""
    from pipeline.extract.tables.text_grid import _stub_count

    loans = [
        ["航空器抵押貸款", "1.84%~2.07%", "108/12/27~120/12/27", "2,039,333"],
        ["中長期信用貸款", "1.83%~2.07%", "113/04/26~118/04/26", "1,000,000"],
    ]
    assert _stub_count(loans, 4) == 3
    assert _stub_count([[r[0], r[1], r[3]] for r in loans], 3) == 1
    assert _stub_count([["20~30", "1,200"], ["30~40", "1,500"]], 2) == 1


def test_names_spread_over_whole_column_widths_are_cut_at_the_columns(pdf_dir: Path) -> None:
    """Column names letter-spaced over their whole column widths (外　幣 | 匯　　率 |
    帳　面　金　額): 率 stands at its column's right edge, closer to 帳 than to 匯, yet
    the body below tells it ends 匯率, not opens 率帳面金額."""
    path = pdf_dir / "spread-column-names.pdf"
    pdfgen.make_spread_column_names_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    names = {c.col_header for r in table.rows for c in r if c.value is not None}
    assert {"外幣", "匯率", "帳面金額"} <= names, names
    assert not any("率帳" in (n or "") for n in names)
    usd = next(r for r in table.rows if r[0].text == "美元")
    got = {c.col_header: c.value for c in usd if c.value is not None}
    assert got["帳面金額"] == 46_214 and got["匯率"] == 33.205, got


def test_a_dollar_sign_marks_a_columns_amounts_as_the_notes_money(pdf_dir: Path) -> None:
    """No unit line over the table, only the report's note (金額以新台幣仟元為單位) above it:
    the carrying amounts beside a foreign-money column, in rows named 美元, are 新台幣仟元
    because the column writes `$` on its first row; the foreign amounts keep their money."""
    path = pdf_dir / "spread-column-names-note.pdf"
    pdfgen.make_spread_column_names_pdf(path, note_unit=True)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.unit_source == "page_note"
    carried = [r[-1] for r in table.rows if r[-1].value is not None]
    assert [(c.base_value, c.base_unit) for c in carried] == [
        (46_214_000, "TWD"),
        (11_580_000, "TWD"),
        (4_039_000, "TWD"),
    ]
    foreign = {r[0].text: r[1].base_unit for r in table.rows if r[1].value is not None}
    assert foreign == {"美元": "USD", "人民幣": "CNY", "日圓": "JPY"}


@pytest.mark.parametrize(
    ("name", "unit", "base"),
    [
        ("營業收入", "新台幣仟元", 2_486_310_000),
        ("流動比率", "%", 214.36),
        ("資產報酬率", "%", 9.41),
        ("利息保障倍數", "倍", 36.7),
        ("存貨週轉率", "次", 5.83),
        ("平均售貨日數", "日", 63),
    ],
)
def test_ratio_rows_are_never_scaled_by_the_tables_money(
    pdf_dir: Path, name: str, unit: str, base: float
) -> None:
    """Under 單位：新台幣仟元, rows named a ratio, a return, a multiple, a turnover or days
    keep their figures as written, typed by their name; only the amounts take 仟元."""
    path = pdf_dir / "ratio-rows.pdf"
    if not path.exists():
        pdfgen.make_ratio_rows_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    row = next(r for r in table.rows if r[0].text == name)
    assert (row[1].unit, row[1].base_value) == (unit, base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("181億~200億元", (181, 200, "億元")),  # a magnitude on both ends
        ("181億元~200億元", (181, 200, "億元")),
        ("35~40億元", (35, 40, "億元")),  # on the upper end only: both ends'
        ("55萬~60萬", (55, 60, "萬")),
        ("9000萬~1.2億元", None),  # two magnitudes: no one unit
        ("1,000元～2,000元", None),  # a price bracket: a unit, no magnitude
        ("1~30天", None),  # an axis's bracket
        ("200億~181億元", None),  # the upper end below the lower
    ],
)
def test_range_cells_with_a_magnitude_keep_their_unit(
    text: str, expected: tuple[float, float, str] | None
) -> None:
    cv = parse_value_cell(text)
    got = (
        (cv.value, cv.upper, cv.unit.text)
        if cv is not None and cv.upper is not None and cv.unit is not None
        else None
    )
    assert got == expected


def test_a_range_cell_with_a_unit_on_both_ends_is_a_figure(pdf_dir: Path) -> None:
    """A guidance column of ranges that write their magnitude (`181億~200億元`,
    `35~40億元`, `55萬~60萬`) types each as the range it writes, both ends scaled."""
    path = pdf_dir / "unit-range-cells.pdf"
    pdfgen.make_unit_range_cells_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    got = {r[0].text: (r[2].base_value, r[2].base_upper, r[2].base_unit) for r in table.rows}
    assert got == {
        "營業收入": (18_100_000_000, 20_000_000_000, "TWD"),
        "資本支出": (3_500_000_000, 4_000_000_000, "TWD"),
        "新增用戶": (550_000, 600_000, None),
    }


def test_a_row_whose_name_wraps_down_to_its_amounts_is_one_row(pdf_dir: Path) -> None:
    """Names wrapped over three lines in a narrow label column, a second text column
    wrapped beside them, the amounts on each row's last line: one row per asset, named
    by its lines read down (the text column's after a space), and the first row's first
    lines are no header level under the column names."""
    path = pdf_dir / "wrapped-row-labels.pdf"
    pdfgen.make_wrapped_row_labels_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.columns[1:] == ["113.3.31", "112.12.31", "112.3.31"]
    got = [(r[0].text, [c.value for c in r[1:]]) for r in table.rows]
    assert got == [
        (
            "定期存款(帳列其他金融資產—流動) 作為工程履約保證額度及工程履約之擔保",
            [12_000, 12_000, 8_000],
        ),
        ("定期存款(帳列其他金融資產—非流動) 海關保證", [500, 500, 500]),
        ("", [12_500, 12_500, 8_500]),
    ]


@pytest.mark.parametrize("noted", [True, False])
def test_a_group_name_over_close_date_columns_reaches_each_of_them(
    pdf_dir: Path, noted: bool
) -> None:
    """Three share columns' dates set closer than a column gap (``113.3.31 112.12.31
    112.3.31``) and a group name (所持股權百分比(%)) centred over them one line higher:
    each date names its own column, the group name joins every one, and the remarks
    column right of them keeps its name and its note marker, also where no row writes
    in it."""
    path = pdf_dir / f"group-over-dates-{noted}.pdf"
    pdfgen.make_group_over_dates_pdf(path, noted=noted)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    group = pdfgen.GROUP_DATES_GROUP
    expected = [
        *pdfgen.GROUP_DATES_HEAD,
        *(f"{group} / {d}" for d in pdfgen.GROUP_DATES_DATES),
        pdfgen.GROUP_DATES_NOTE,
    ]
    assert table.columns == expected
    row = table.rows[1]
    assert [(c.value, c.unit) for c in row[3:6]] == [(99.38, "%"), (100.0, "%"), (100.0, "%")]
    marker = "註1" if noted else ""
    assert (row[6].text, row[6].col_header) == (marker, pdfgen.GROUP_DATES_NOTE)
    assert all(c.span is not None for r in table.rows for c in r if c.text)


def test_two_text_columns_closer_than_a_column_gap_are_two_columns(pdf_dir: Path) -> None:
    """A subsidiary's name and its business set closer than a column gap on half the
    rows (the longer names end 0.6 em before the business column): the header names
    each column apart, so the rows that keep the gap cut the others' phrases there, and
    every row's name and business stand in their own columns."""
    path = pdf_dir / "close-text-columns.pdf"
    pdfgen.make_close_text_columns_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.columns == list(pdfgen.CLOSE_TEXT_HEAD)
    got = [[c.text for c in row] for row in table.rows]
    assert got == [list(row) for row in pdfgen.CLOSE_TEXT_ROWS]
    assert all(c.span is not None for r in table.rows for c in r if c.text)


def _ph(text: str, x0: float, x1: float) -> finder._Phrase:
    return finder._Phrase(text, x0, 100.0, x1, 110.0)


@pytest.mark.parametrize(
    ("names", "apart"),
    [
        ([_ph("子公司名稱", 165, 215), _ph("業務性質", 270, 310)], True),
        ([_ph("子公司名稱及業務性質", 165, 310)], False),  # one name over the gap
        ([_ph("子公司名稱", 165, 215)], False),  # the business side named by nothing
        ([_ph("名稱", 165, 185), _ph("業", 270, 280)], False),  # a lone glyph names nothing
        ([_ph("公司", 60, 100), _ph("業務性質", 270, 310)], False),  # left of the phrase
    ],
)
def test_a_gap_is_named_apart_only_by_a_name_over_each_side(
    names: list[finder._Phrase], apart: bool
) -> None:
    merged = _ph("宏達光電材料有限公司光學材料買賣", 144, 310)
    assert finder._named_apart([names], merged, 244.0, 250.0) is apart


@pytest.mark.parametrize(
    ("done", "nxt", "after_cells", "ends"),
    [
        ("113.3.31", "1", True, True),  # the next date column's first digit
        ("113.3.31", "1", False, True),
        ("112.12.31", "說", True, True),  # the remarks column's name after the dates
        ("114.01.01", "餘", False, False),  # a row's label: 114.01.01 餘額
        ("113年3月31日", "1", True, True),
        ("1 1 3 . 3 . 3 1", "1", True, False),  # a letter-spaced date is read whole
        ("113.3", "3", True, False),  # no whole date yet
        ("1,234", "5", True, False),  # an amount: _amount_ends's call
        ("本公司", "1", True, False),
    ],
)
def test_a_whole_date_ends_its_phrase_at_a_space(
    done: str, nxt: str, after_cells: bool, ends: bool
) -> None:
    assert finder._date_ends(done, nxt, after_cells) is ends


@pytest.mark.parametrize(
    ("done", "nxt", "ends"),
    [
        ("100.00", "註", True),  # the remarks column's marker beside the figures
        ("$ 1,234", "註", True),
        ("(2,810)", "註", True),
        ("本公司", "註", False),  # a name with its note: one cell
        ("100.00", "1", False),  # not a marker: _amount_ends's call
        ("2024", "註", False),  # a year names, it is no amount
    ],
)
def test_a_bare_note_marker_after_an_amount_opens_its_own_cell(
    done: str, nxt: str, ends: bool
) -> None:
    assert finder._marker_after_amount(done, nxt) is ends


# ------------------------------------------- round tables19: no row lost between parts of a table


def _amount_lines_left_out(path: Path) -> list[str]:
    """Lines of two or more amounts that stand within the vertical extent of the tables
    found across their columns (the first one's top to the last one's foot) but inside
    none of them: a row dropped between two parts of a table."""
    left: list[str] = []
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    for number in range(1, pages + 1):
        geom = _geometry(path, number)
        boxes = [t.bbox for t in find_tables(geom, number)]
        for ln in finder.lines_from_chars(geom.chars):
            amounts = [
                p
                for p in finder._phrases(ln)
                if finder._is_data_phrase(p.text) and not is_account_code(p.text)
            ]
            if len(amounts) < 2:
                continue
            across = [b for b in boxes if b[0] < ln.x1 and ln.x0 < b[2]]
            mid = (ln.top + ln.bottom) / 2
            if not across or not min(b[1] for b in across) <= mid <= max(b[3] for b in across):
                continue
            if not any(b[1] - 1 <= mid <= b[3] + 1 for b in across):
                left.append(ln.text)
    return left


@pytest.mark.parametrize(
    "make",
    [
        pdfgen.make_section_label_statement_pdf,
        pdfgen.make_mark_line_schedule_pdf,
        make_statement_pdf,
        make_close_notes_tables_pdf,
        make_stacked_notes_tables_pdf,
        make_marker_line_rows_pdf,
        make_income_percent_pdf,
        pdfgen.make_one_row_blocks_pdf,
        make_section_under_periods_pdf,
        make_spaced_header_statement_pdf,
    ],
)
def test_no_row_of_amounts_falls_between_the_parts_of_a_table(
    pdf_dir: Path, make: Callable[[Path], object]
) -> None:
    """The invariant behind Transart's lost `7100 利息收入` row: every line of amounts
    inside the tables' extent is in some table's rows."""
    path = pdf_dir / f"rows_kept_{make.__name__}.pdf"
    make(path)
    assert _amount_lines_left_out(path) == []


def test_a_section_label_ending_between_the_sign_and_the_digits_is_a_row(
    pdf_dir: Path,
) -> None:
    """A label-only row wider than 0.45 of the page ending between the first row's `$`
    and the digits of the amounts is the statement's section label, no paragraph line:
    the statement stays one table, the row under the label is kept and scaled by its
    unit (it used to fall between the two parts, the second without a unit)."""
    path = pdf_dir / "section_label_statement.pdf"
    pdfgen.make_section_label_statement_pdf(path)
    (t,) = _page_tables(path, 1)
    texts = [[c or "" for c in r] for r in t.rows]  # type: ignore[attr-defined]
    labels = [r[1] for r in texts]
    want = [row[1] for row in pdfgen.LONG_SECTION_ABOVE + pdfgen.LONG_SECTION_BELOW]
    assert [x for x in labels if x in want] == want
    assert pdfgen.LONG_SECTION_LABEL in labels
    assert t.unit == "新台幣千元"  # type: ignore[attr-defined]
    doc = build(path, IN_PROCESS).document
    (table,) = doc.facts.tables
    first_below = next(r for r in table.rows if any(c.text == "利息收入" for c in r))
    assert [c.base_value for c in first_below if c.base_value is not None] == [
        2914000.0,
        1077000.0,
    ]


def test_a_line_of_note_marks_under_a_row_is_no_new_header(pdf_dir: Path) -> None:
    """`(註1)  (註1)` under two share cells of a schedule row marks those cells: the
    schedule is not cut there into a second table headed by the marks."""
    path = pdf_dir / "mark_line_schedule.pdf"
    pdfgen.make_mark_line_schedule_pdf(path)
    (t,) = _page_tables(path, 1)
    names = [r[1] for r in t.rows]  # type: ignore[attr-defined]
    assert [n for n in names if n] == [pdfgen.MARKS_HEAD[1]] + [r[1] for r in pdfgen.MARKS_ROWS]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("$ 385,534", True),
        ("$1,200", True),
        ("NT$ 52", True),
        ("186,320", False),
        ("(3,406)", False),
    ],
)
def test_an_amount_led_by_its_sign_is_told(text: str, signed: bool) -> None:
    assert finder._signed(text) is signed


def test_one_row_under_its_label_columns_name_and_periods_is_a_table(pdf_dir: Path) -> None:
    """``關係人類別 114年度 113年度`` over ``其他關係人 $ 3,120 $ -``: the header names the
    label column before the periods; the row is a table, its header that one line (the
    list of names above is none of it)."""
    path = pdf_dir / "stub_named_one_row.pdf"
    pdfgen.make_stub_named_one_row_pdf(path)
    tables = _page_tables(path, 1)
    rows = [[c or "" for c in r] for t in tables for r in t.rows]  # type: ignore[attr-defined]
    assert rows == [list(pdfgen.STUB_PERIODS_HEAD), list(pdfgen.STUB_PERIODS_ROW)]


def test_spaced_column_names_around_a_solid_one_keep_their_glyphs(pdf_dir: Path) -> None:
    """``未　　逾　　期`` | ``逾期1～30天`` | ``合　　　　計``: the spaced names' glyphs
    nearest the solid name stand under a phrase gap from it; each goes back to its own
    name, over its own column (it read ``未逾 | 期逾期 1 ～ 3 0 天合 | 計``)."""
    path = pdf_dir / "spaced_ends_header.pdf"
    pdfgen.make_spaced_ends_header_pdf(path)
    (t,) = _page_tables(path, 1)
    assert t.rows[0][1:] == list(pdfgen.AGEING_SPACED_HEAD)  # type: ignore[attr-defined]
    assert [r[0] for r in t.rows[1:]] == [r[0] for r in pdfgen.AGEING_SPACED_ROWS]  # type: ignore[attr-defined]


# ------------------------------------------------------------- schedules and summaries


def test_a_schedule_over_pages_is_one_table(pdf_dir: Path) -> None:
    """A schedule (附表) over three pages is one table: its first page's grid is found
    though every row's first cell is the party's repeated item number (``0 甲一企業…``),
    its unit set with a small-form colon (``單位﹕新台幣仟元``) scales it, and the later
    pages join it although the item column's spread glyphs cut it into another count of
    columns on each page (their header set again, each column falling into one)."""
    path = pdf_dir / "schedule-pages.pdf"
    pdfgen.make_schedule_pages_pdf(path)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    assert t.pages == [1, 2, 3]
    assert t.title == pdfgen.SCHEDULE_PAGES_TITLE
    assert t.unit == "新台幣仟元"
    rows = [r for page in pdfgen.SCHEDULE_PAGES for r in page]
    assert [r[0].text for r in t.rows] == [r[0] for r in rows]
    amounts = [c for r in t.rows for c in r if c.value is not None and c.text != r[0].text]
    assert [c.text for c in amounts] == [r[4] for r in rows]
    assert amounts[0].base_value == 10_884_796_000


def test_a_schedules_second_table_on_its_last_page_stays_its_own(pdf_dir: Path) -> None:
    """A schedule whose last page opens with a second table (fewer columns under names of
    their own: 大陸投資資訊's investment limits after its basic data) is two tables: the
    pages of the first still join, the last page's grid is no continued part of them."""
    path = pdf_dir / "schedule-limits.pdf"
    pdfgen.make_schedule_pages_pdf(path, limits=True)
    first, limits = build(path, IN_PROCESS).document.facts.tables
    assert first.pages == [1, 2, 3]
    assert limits.pages == [4]
    assert [r[0].text for r in limits.rows] == [r[0] for r in pdfgen.SCHEDULE_LIMITS_ROWS]
    assert [c.text for c in limits.rows[0][1:]] == list(pdfgen.SCHEDULE_LIMITS_ROWS[0][1:])


def test_a_five_year_summary_reads_its_years_as_column_names(pdf_dir: Path) -> None:
    """An annual report's five-year summary: the years under the spanning header cell
    (``99年``: a ROC year before 100) are its column names, not a row of amounts, and the
    unit line set with a small-form colon scales the amounts."""
    path = pdf_dir / "five-year.pdf"
    pdfgen.make_five_year_summary_pdf(path)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    assert t.unit == "新台幣仟元"
    assert [c.split(" / ")[-1] for c in t.columns[1:]] == list(pdfgen.FIVE_YEARS)
    assert [r[0].text for r in t.rows] == [r[0] for r in pdfgen.FIVE_YEAR_ROWS]
    assert t.rows[0][1].base_value == 2_515_100_000


@pytest.mark.parametrize(
    ("header", "year"),
    [
        ("99 年", True),
        ("85年度", True),
        ("103年", True),
        ("2024年", True),
        ("5年", False),  # durations stay amounts
        ("50年", False),
        ("150年", False),
    ],
)
def test_year_column_names(header: str, year: bool) -> None:
    from pipeline.pdftables.cells import _is_year

    assert _is_year(header) is year


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("交易條件單價授信期間", "單價授信期間交易條件", True),  # the header cut otherwise
        ("金額交易條件", "金額交易條件", True),
        ("金額交易條件", "金額交易", False),
        ("本期金額", "上期金額", False),
    ],
)
def test_a_header_set_again_in_another_form(a: str, b: str, same: bool) -> None:
    from pipeline.extract.tables.pdf_grid import same_characters

    assert same_characters(a, b) is same


def test_contents_continued_past_its_heading_are_no_table(pdf_dir: Path) -> None:
    """A contents page with no heading of its own (the annual report's contents run on
    from the page of ``目　　錄``) is read by its dot leaders: no table on either page."""
    path = pdf_dir / "leader-contents.pdf"
    pdfgen.make_leader_contents_pdf(path)
    assert _page_tables(path, 1) == [] and _page_tables(path, 2) == []
    assert build(path, IN_PROCESS).document.facts.tables == []


def test_a_flow_diagram_of_boxes_is_no_table(pdf_dir: Path) -> None:
    """A supply-chain diagram (``上游 中游 下游`` on short rules, boxes of words under them
    joined by lines) is a figure: its words stand each in a box of its own, the boxes
    apart, where a table's ruled cells share their strokes."""
    path = pdf_dir / "flow-diagram.pdf"
    pdfgen.make_flow_diagram_pdf(path)
    assert _page_tables(path, 1) == []
    assert build(path, IN_PROCESS).document.facts.tables == []


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1", "2", "3", "4", "5", "6", "7"], True),  # development years
        (["12", "24", "36", "48"], True),  # development months
        (["", "1", "2", "3", None], True),  # empty cells left out
        (["1", "2"], False),  # two make no count
        (["4", "3", "2", "1"], False),  # counting down: no development
        (["1", "2", "4", "8"], False),  # no fixed step
        (["1,097", "1,357", "1,395"], False),  # amounts
        (["5,708,571", "6", "7"], False),
        (["1", "2", "3%"], False),
    ],
)
def test_development_cells(cells: list[str | None], expected: bool) -> None:
    """A claims triangle's development years are bare whole numbers counting up by one
    fixed step, three or more."""
    assert development_cells([c or "" for c in cells]) is expected


@pytest.mark.parametrize(("blocks", "wrapped"), [(1, False), (2, False), (2, True)])
def test_a_stacked_tables_own_header_starts_a_new_table(
    pdf_dir: Path, blocks: int, wrapped: bool
) -> None:
    """Offsetting tables stacked under one another (富邦金 113 Q1 pp. 273–276): a later
    block's date, title and column names (the liabilities' where the first names the
    assets) start a table of their own, and the letters line set close over its first
    row (``(a) (b) (c)=(a)-(b) … (e)=(c)-(d)``) stays in its header: the row's amounts
    read (they were ``(a)$ 9,180,974``, and the block's 合計 went unchecked). The first
    block of one row, its label wrapped under its amounts, stays a table (富邦金 p. 200's
    113.3.31 block was lost once cut from the next)."""
    path = pdf_dir / f"stacked-offsetting-{blocks}-{wrapped}.pdf"
    pdfgen.make_stacked_offsetting_pdf(path, blocks=blocks, wrapped=wrapped)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert len(tables) == blocks
    for t, (date, _, (own, _), rows) in zip(tables, pdfgen.OFFSET_BLOCKS, strict=False):
        body = [r for r in t.rows if any(c.value is not None for c in r)]
        assert [[c.text for c in r][1:] for r in body] == [list(r)[1:] for r in rows]
        assert all(b[0].text.startswith(r[0]) for b, r in zip(body, rows, strict=True))
        assert own in _solid(t.columns[1]) and "(a)" in t.columns[1]
        assert _solid(t.period or "") == date
    if blocks == 2:
        assert "金融負債" in (tables[1].caption or tables[1].text)
    statuses = [c.status for c in doc.checks if c.kind == "table_total_row"]
    assert set(statuses) == ({"pass"} if blocks == 2 else set())
    assert len(statuses) >= (4 if blocks == 2 else 0)  # 合計 over (a), (c), (d), (e)


@pytest.mark.parametrize(
    ("names", "again", "restated"),
    [
        # the liabilities' names under the assets': most characters set again
        (
            ["", "已認列之金融資產總額(a)", "已認列之金融負債總額(b)", "資產淨額(c)=(a)-(b)"],
            ["", "已認列之金融負債總額(a)", "已認列之金融資產總額(b)", "負債淨額(c)=(a)-(b)"],
            True,
        ),
        # with the block's own title line over them
        (
            ["", "帳面金額", "第一等級", "第二等級"],
            ["", "帳面金額", "第一等級", "可執行淨額交割之金融負債第二等級"],
            True,
        ),
        # other names: a table of another kind, no block of this one
        (["", "帳面金額", "第一等級", "第二等級"], ["", "期初餘額", "本期增加", "期末餘額"], False),
        # fewer named columns: a section's label over the rows
        (["", "帳面金額", "第一等級", "第二等級"], ["帳面金額第一等級第二等級", "", "", ""], False),
    ],
)
def test_a_header_set_again_with_words_changed(
    names: list[str], again: list[str], restated: bool
) -> None:
    assert finder._restated_header(names, again) is restated


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("112.3.31", "112.3.31"),
        ("112.3.31(重編後)", "112.3.31"),  # a restated period's block
        ("112.3.31 (註1)", None),  # a note number is no word
        ("112.3.31 合計", None),
    ],
)
def test_a_blocks_date_line_with_a_note(text: str, date: str | None) -> None:
    assert finder._block_date(text) == date


def test_one_row_under_a_letter_spaced_label_name(pdf_dir: Path) -> None:
    """A schedule of one row (統一 113 附表十二 主要股東資訊): its label column's name
    letter-spaced over a wide column (``主　要　股　東　名　稱``) names the label column, so
    the one row under it is a table (there was no grid: the name read as six cells)."""
    path = pdf_dir / "spaced-stub-one-row.pdf"
    pdfgen.make_spaced_stub_one_row_pdf(path)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    assert [[c.text for c in r] for r in t.rows] == [list(pdfgen.MAIN_HOLDER_ROW)]
    assert _solid(t.columns[0]) == "主要股東名稱"
    assert [c.value for c in t.rows[0][1:]] == [284330536, 5.0]


def test_a_period_set_on_two_lines_is_one(pdf_dir: Path) -> None:
    """``114年1月1日`` over ``至3月31日`` in the label column's corner (台達電, 長榮) or
    on a line of its own (巨大): one period per block, the range's end naming no column
    and titling no table."""
    path = pdf_dir / "split-period.pdf"
    make_split_period_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert [t.period for t in tables] == [f"{a}{b}" for a, b, _, _ in SPLIT_PERIOD_BLOCKS]
    for t, (_, end, _, rows) in zip(tables, SPLIT_PERIOD_BLOCKS, strict=True):
        assert list(t.columns[1:]) == list(SPLIT_PERIOD_NAMES)
        assert end not in (t.columns[0] or "") and end not in (t.title or "")
        assert [[c.text for c in r] for r in t.rows] == [list(r) for r in rows]


def test_a_statement_named_again_on_its_next_page_goes_on(pdf_dir: Path) -> None:
    """合併綜合損益表 over both pages, the first with a note column, the next with its
    notes inside labels that run over that column and no cell there (台達電, 長榮): one
    table, the next page's amounts under the first page's periods."""
    path = pdf_dir / "income-next-page.pdf"
    make_income_next_page_pdf(path)
    doc = build(path, IN_PROCESS).document
    (t,) = doc.facts.tables
    labels = [r[1].text for r in t.rows]
    assert labels == [r[1] for r in INCOME_ROWS_FIRST + INCOME_ROWS_NEXT]
    last = t.rows[-1]
    amounts = [(c.text, c.col_header) for c in last if c.value is not None]
    assert [a for a, _ in amounts] == list(INCOME_ROWS_NEXT[-1][3:])
    assert all(h and h.endswith("3月31日") for _, h in amounts)


def test_a_letter_spaced_header_name_keeps_its_last_glyph(pdf_dir: Path) -> None:
    """A label column's name justified up to the amounts (新應材's ``關　係　人　名　稱``,
    ``帳　列　科　目`` beside a tight ``關係人名稱``): its last glyph, left of every cell
    under the next column's name, stays in the name (never ``稱 114年3月31日``)."""
    path = pdf_dir / "spaced-header.pdf"
    make_spaced_header_pdf(path)
    doc = build(path, IN_PROCESS).document
    tables = doc.facts.tables
    assert len(tables) == len(SPACED_HEADER_BLOCKS)
    for t, (_, _, name, _, tight, _, rows) in zip(tables, SPACED_HEADER_BLOCKS, strict=True):
        assert list(t.columns) == [name, *(x for x, _ in tight), *SPACED_DATES]
        assert [[c.text for c in r] for r in t.rows] == [list(r) for r in rows]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("新台幣百萬元", "新台幣百萬元"),  # bare, no 單位： and no brackets
        ("in NT$ Mn", "NT$ Mn"),
        ("NT$ M", "NT$ M"),  # a one-letter scale after a currency
        ("US$K", "US$K"),
        ("單位 新台幣億元", "新台幣億元"),
        ("(NT$bn)", "NT$bn"),
        ("Item / Year", None),  # the label column's name
        ("營業收入", None),
        ("M", None),  # a letter alone names no scale
        ("元", None),  # money with no scale: a row's own
    ],
)
def test_a_bare_scaled_money_unit_in_the_corner_is_the_tables_unit(
    text: str, unit: str | None
) -> None:
    found = finder._corner_text_unit(text)
    assert (found[0] if found else None) == unit


@pytest.mark.parametrize(
    ("text", "multiplier", "base"),
    [("NT$ M", 1e6, "TWD"), ("NT$ B", 1e9, "TWD"), ("US$K", 1e3, "USD"), ("NT$ Mn", 1e6, "TWD")],
)
def test_a_one_letter_scale_after_a_currency(text: str, multiplier: float, base: str) -> None:
    info = parse_unit(text)
    assert info is not None and (info.multiplier, info.base_unit) == (multiplier, base)
    assert parse_unit("M") is None and parse_unit("B") is None


@pytest.mark.parametrize("corner", ["新台幣百萬元", "in NT$ Mn", "NT$ M"])
@pytest.mark.parametrize(
    "foot",
    [
        "CONFIDENTIAL AND PROPRIETARY INFORMATION",
        "OWNED|BY ACME CORP.|ALL RIGHTS RESERVED",
        "17",
        "",
    ],
)
def test_a_decks_bare_corner_unit_scales_and_its_folio_row_goes(
    pdf_dir: Path, corner: str, foot: str
) -> None:
    """A deck's statement slide with its unit alone in the corner (``新台幣百萬元``,
    ``in NT$ Mn``, ``NT$ M``) is in that unit, a row counting days in days; the folio set
    left of the labels at the slide's foot (beside a running CONFIDENTIAL mark, or a second
    folio at the right) is no row and opens no label column of its own."""
    path = pdf_dir / f"deck-corner-{len(corner)}-{foot[:2] or 'no'}.pdf"
    pdfgen.make_deck_corner_unit_pdf(path, corner, foot)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.unit == corner.removeprefix("in ")
    assert [r[0].text for r in table.rows] == [r[0] for r in pdfgen.DECK_CORNER_ROWS]
    assert not any(c.text in ("17", "OWNED") or "CONF" in c.text for r in table.rows for c in r)
    by_name = {r[0].text: r for r in table.rows}
    assert by_name["營業收入淨額"][1].base_value == 720_941_000_000
    assert by_name["營業收入淨額"][1].base_unit == "TWD"
    assert by_name["Avg. Days of AR"][1].unit == "天"
    assert by_name["EPS"][1].base_value == 2.6


@pytest.mark.parametrize("corner", ["單位:新台幣百萬元", "單位：億元"])
def test_a_unit_set_on_the_header_line_ends_where_its_word_ends(pdf_dir: Path, corner: str) -> None:
    """A deck's unit in the label column's corner of the header line (``單位:億元`` level
    with ``4Q25 3Q25 QoQ``): the unit is the unit word, the rest of the line the header."""
    path = pdf_dir / f"deck-header-unit-{len(corner)}.pdf"
    pdfgen.make_deck_corner_unit_pdf(path, corner, "")
    (table,) = build(path, IN_PROCESS).document.facts.tables
    unit = corner.split(":")[-1].split("：")[-1]
    assert table.unit == unit
    assert table.columns[1:] == list(pdfgen.DECK_CORNER_HEADER)
    assert [r[0].text for r in table.rows] == [r[0] for r in pdfgen.DECK_CORNER_ROWS]
    assert table.rows[0][1].base_unit == "TWD"


@pytest.mark.parametrize(
    ("line", "unit", "rest"),
    [
        (
            "單位:億元 2026.3.31 % 2025.12.31 % 2025.3.31 %",
            "億元",
            "2026.3.31 % 2025.12.31 % 2025.3.31 %",
        ),
        ("單位:新台幣百萬元第四季第四季", "新台幣百萬元", "第四季第四季"),
        ("單位:億元 Q1 2026 Q1 2025 成長率%", "億元", "Q1 2026 Q1 2025 成長率%"),
        ("單位：新台幣百萬元 2025年第四季 / 金額", "新台幣百萬元", "2025年第四季 / 金額"),
        ("Unit: NT$ million 4Q25 3Q25 YoY", "NT$ million", "4Q25 3Q25 YoY"),
        ("單位：新台幣 千元", "新台幣千元", ""),  # a unit spaced out stays whole
        ("單位：% 2024年 2025年", "%", "2024年 2025年"),
        ("單位：新台幣佰萬元 Q1’26 較去年", "新台幣佰萬元", "Q1’26 較去年"),
    ],
)
def test_a_unit_line_stops_at_the_column_headers(line: str, unit: str, rest: str) -> None:
    assert line_unit(line) == (unit, rest)


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("Unit: NTD Bn", "NTD Bn"),  # a deck's English unit line
        ("Units: NT$ thousands", "NT$ thousands"),
        ("UNIT：新台幣仟元", "新台幣仟元"),
        ("(單位: 新台幣十億元)", "新台幣十億元"),
        ("TWD ；仟元", "TWD仟元"),  # a currency, a mark, then its scaled unit
        ("USD / 千元", "USD千元"),
        ("TWD ；EPS", None),
        ("Community: 5", None),  # a word ending in "unit" letters is no unit line
        ("Opportunity: AI servers", None),
    ],
)
def test_an_english_unit_line_states_the_unit(line: str, unit: str | None) -> None:
    found = line_unit(line)
    assert (found[0] if found else None) == unit


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("(Expressed In New Taiwan Thousand Dollars)", "NT$ thousand"),
        ("(Expressed InNew TaiwanThousand Dollars)", "NT$ thousand"),  # words read glued
        ("(Expressed in thousands of New Taiwan Dollars)", "NT$ thousands"),
        ("(in millions, except per share data and percentages)", "millions"),
        ("(inmillions,exceptpersharedata)", "millions"),
        ("(In NT$ billions unless otherwise noted)", "NT$ billions"),
        ("(in US$ millions)", "US$ millions"),
        ("(including revenue)", None),  # no scale word: no unit
        ("(in millions of units)", None),  # something besides a money: no unit here
        ("Revenue in millions", None),  # a row's words, not a unit line
    ],
)
def test_an_english_unit_line_names_its_unit(line: str, unit: str | None) -> None:
    found = line_unit(line)
    assert (found[0] if found is not None else None) == unit


@pytest.mark.parametrize(
    ("unit_line", "corner", "unit", "scale"),
    [
        ("(Expressed In New Taiwan Thousand Dollars)", False, "NT$ thousand", 1_000),
        ("(Expressed in thousands of New Taiwan Dollars)", False, "NT$ thousands", 1_000),
        ("(in millions, except per share data and percentages)", True, "millions", 1_000_000),
        ("(In NT$ millions unless otherwise noted)", True, "NT$ millions", 1_000_000),
        # over the corner in the body's type, its foot level with the header's names
        ("(NT$ Mn)", "lifted", "NT$ Mn", 1_000_000),
        ("(NT$ thousand)", "lifted", "NT$ thousand", 1_000),
    ],
)
def test_an_english_unit_line_scales_a_deck_statement(
    pdf_dir: Path, unit_line: str, corner: bool | str, unit: str, scale: int
) -> None:
    """A deck's English unit line, over the right-hand columns above the header or in
    small type in the label column's corner level with it, is the table's unit: not
    column names (`(Expressed In …) / 2024/Q3`), and the header over it stays the
    header; an EPS row stays per share (`except per share data`)."""
    path = pdf_dir / f"deck-en-unit-{len(unit_line)}-{corner}.pdf"
    pdfgen.make_deck_english_unit_pdf(path, unit_line, bool(corner), lifted=corner == "lifted")
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.unit == unit
    assert table.columns[1:] == list(pdfgen.DECK_EN_HEADER)
    by_name = {r[0].text: r for r in table.rows}
    assert by_name["Net sales"][1].base_value == 24_816_011 * scale
    assert by_name["Net sales"][2].unit == "%"
    assert by_name["EPS"][1].base_value == 6.35


def test_an_infographic_is_no_table(pdf_dir: Path) -> None:
    """An infographic's captions set in blocks with a figure here and there (`Leading
    75M+`, `10` over `Design wins`, a folio beside the footnote): no value column holds
    two values and no row does, so the lines are no table."""
    path = pdf_dir / "deck-infographic.pdf"
    pdfgen.make_infographic_pdf(path)
    assert build(path, IN_PROCESS).document.facts.tables == []


@pytest.mark.parametrize(("wedges", "tables"), [(True, 0), (False, 1)])
def test_a_pie_charts_labels_are_no_table(pdf_dir: Path, wedges: bool, tables: int) -> None:
    """A pie's labels and shares (`網路產品` over `18%` on its wedge) line up into a grid
    when read from text alone; set on wedges (filled curved paths overlapping one
    another in part, in a box as wide as tall) they are the chart's labels, no table."""
    path = pdf_dir / f"deck-pie-{wedges}.pdf"
    pdfgen.make_pie_chart_pdf(path, wedges=wedges)
    assert len(build(path, IN_PROCESS).document.facts.tables) == tables


def test_a_stray_box_over_a_grid_makes_no_column(pdf_dir: Path) -> None:
    """A small box drawn over a ruled table (a callout's frame) puts its sides into the
    grid as column lines across every row: a column no text starts in opened beside
    `FY25`, whose header cell runs across it, and the table read `FY25 | FY25`. Such a
    column is no column."""
    path = pdf_dir / "deck-stray-box.pdf"
    pdfgen.make_stray_box_grid_pdf(path)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.columns == list(pdfgen.STRAY_BOX_HEADER)
    assert [c.text for c in table.rows[0]] == list(pdfgen.STRAY_BOX_ROWS[0])
    assert [c.text for c in table.rows[1]] == list(pdfgen.STRAY_BOX_ROWS[1])


@pytest.mark.parametrize(("shapes", "tables"), [("bars", 0), ("boxes", 1), ("none", 1)])
def test_a_column_charts_labels_are_no_table(pdf_dir: Path, shapes: str, tables: int) -> None:
    """A column chart's bars drawn as one filled path (closed rectangles side by side on
    one baseline, of differing heights) with a value label over each: the labels are the
    chart's, no table. Highlight boxes over a table's columns (one path of rectangles of
    one height) leave it a table, as do the labels alone."""
    path = pdf_dir / f"deck-bars-{shapes}.pdf"
    pdfgen.make_bar_chart_pdf(path, shapes=shapes)
    assert len(build(path, IN_PROCESS).document.facts.tables) == tables


@pytest.mark.parametrize(("right_unit", "unit"), [("單位：%", "%"), ("Unit: %", "%")])
def test_side_by_side_panels_with_a_unit_each_are_two_tables(
    pdf_dir: Path, right_unit: str, unit: str
) -> None:
    """Two panels side by side on a slide, each under a unit line of its own, their rows on
    the same text lines: read as one grid, the right panel's rows went under the left's
    with one joined unit (`新台幣佰萬元 (尚未經會計師核閱`). A gutter no glyph crosses from
    the titles down makes them two tables, each with its own title and unit; the left's
    unit set in its header's corner beside the header's note keeps the column names over
    it, and a wrapped label's amounts marked for a note (`*-533`) are its row, no note."""
    path = pdf_dir / f"deck-side-panels-{right_unit[:4]}.pdf"
    pdfgen.make_side_panels_pdf(path, right_unit=right_unit)
    left, right = sorted(build(path, IN_PROCESS).document.facts.tables, key=lambda t: t.bbox[0])
    assert left.unit == "新台幣佰萬元" and right.unit == unit
    assert right.title == "獲利能力"
    assert [n for n in left.columns if n] == list(pdfgen.SIDE_PANEL_LEFT_HEADER)
    assert [[c.text for c in r] for r in left.rows] == [
        list(r) for r in pdfgen.SIDE_PANEL_LEFT_ROWS
    ]
    assert [[c.text for c in r] for r in right.rows] == [
        list(r) for r in pdfgen.SIDE_PANEL_RIGHT_ROWS
    ]
    marked = left.rows[_row(left, "財務活動現金流量及其它")][1]
    assert marked.value == -533 and marked.base_unit == "TWD"


@pytest.mark.parametrize("bullet", ["•", "■", "●"])
def test_a_slides_bulleted_notes_under_a_table_are_no_rows(pdf_dir: Path, bullet: str) -> None:
    """A slide's notes in bullets under its table, from the label column on (`• EPS
    calculation based on … 3,854,519K shares.` with the folio at its right): read as
    rows, they ran across the columns, the label and the first amounts one cell, the
    folio a column of its own and the corner's `NT$MN` no unit. A bullet line holding
    no amount ends the table."""
    path = pdf_dir / f"deck-bullet-notes-{ord(bullet)}.pdf"
    pdfgen.make_deck_bullet_notes_pdf(path, bullet)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    assert t.unit == "NT$MN"
    assert t.columns[1:] == list(pdfgen.DECK_BULLET_HEADER[1:])
    assert [[c.text for c in r] for r in t.rows] == [list(r) for r in pdfgen.DECK_BULLET_ROWS]


@pytest.mark.parametrize("over", [9.0, 11.0, 13.0])
def test_a_label_set_over_and_under_its_amounts_is_its_rows(pdf_dir: Path, over: float) -> None:
    """A row's name set half over and half under its line of amounts, the first half
    nearly as close to the row above (`稅前息前折舊攤銷前利益` / `*33,008 67.2% …` /
    `稅前息前折舊攤銷前利益率 (%)`): a label line close to rows both above and below is the
    nearer row's, so the row above keeps its own name. A row naming an amount and its
    rate (`… 毛利率 (%)`, `33,316 | 67.9%`) types its bare figures by the table's unit, not
    as percents."""
    path = pdf_dir / f"deck-label-halves-{int(over)}.pdf"
    pdfgen.make_label_halves_pdf(path, over)
    (t,) = build(path, IN_PROCESS).document.facts.tables
    assert [[c.text for c in r] for r in t.rows] == [
        [r[0].replace("|", ""), *r[1:]] for r in pdfgen.LABEL_HALVES_ROWS
    ]
    # a row naming an amount and its rate (`… 毛利率 (%)`): bare figures are amounts
    for name in ("營業毛利 毛利率 (%)", "稅前息前折舊攤銷前利益稅前息前折舊攤銷前利益率 (%)"):
        row = next(r for r in t.rows if r[0].text == name)
        assert [(c.base_value, c.base_unit) for c in row[1:] if c.text[-1:] != "%"] == [
            (float(c.text.strip("*").replace(",", "")) * 1e6, "TWD")
            for c in row[1:]
            if c.text[-1:] != "%"
        ]
        assert all(c.unit == "%" for c in row[1:] if c.text[-1:] == "%")


_TICKS: list[list[str | None]] = [
    [tick, "", ""] for tick in ("450", "400", "350", "300", "250", "200", "150", "100", "50", "-")
]
_AMOUNTS: list[list[str | None]] = [
    ["1,450", "11%", "79%"],
    ["1,531", "14%", "81%"],
    ["2,228", "13%", "81%"],
    ["2,891", "14%", "77%"],
    ["2019", "", ""],
]


@pytest.mark.parametrize(
    ("rows", "axis"),
    [
        (_TICKS, True),
        ([*_TICKS, ["2019", "2020 2021 2022", "2025"]], True),  # its first category under
        (_AMOUNTS, False),  # amounts: no ticks
    ],
)
def test_a_charts_axis_with_its_first_category_under_it_is_an_axis(
    rows: list[list[str | None]], axis: bool
) -> None:
    """A chart's value ticks read as a column (`450`, `400` … `50`, `-`) are its axis, also
    when the chart's first category label (`2019`) stands under the last tick in the same
    column: one year under evenly spaced ticks breaks no step."""
    t = PdfTable(page=1, bbox=(0.0, 0.0, 10.0, 10.0), rows=rows, strategy="text")
    assert _has_axis(t) is axis


@pytest.mark.parametrize(
    ("layout", "box", "tables"),
    [("shared", False, 2), ("shared", True, 2), ("own_head", False, 2), ("one", False, 1)],
)
def test_two_panels_stacked_in_one_ruled_grid_are_two_tables(
    pdf_dir: Path, layout: str, box: bool, tables: int
) -> None:
    """Two panels stacked in one ruled grid, a blank ruled band between them joining their
    frames: when the lower panel opens with the upper's first row label again, or sets the
    header row again (its unit cell and column names), it is a table of its own under the
    same column names, not more rows of the first (`TIFRS 營業利益` twice under `4Q25`).
    A blank band inside one statement with other labels after it cuts nothing. A small
    box drawn across the band into the lower panel's first row (its side cutting the 3Q25
    cell narrow) loses no amount: `2,227` is read from the column's width."""
    path = pdf_dir / f"deck-stacked-ruled-{layout}-{box}.pdf"
    pdfgen.make_stacked_ruled_panels_pdf(path, layout=layout, box=box)
    got = sorted(build(path, IN_PROCESS).document.facts.tables, key=lambda t: t.bbox[1])
    assert len(got) == tables
    for t in got:
        assert t.columns[1:] == list(pdfgen.STACKED_PANELS_HEADER[1:])
        assert t.unit == "新台幣百萬元"
    if tables == 2:
        upper, lower = got
        assert [r[0].text for r in upper.rows] == [r[0] for r in pdfgen.STACKED_PANELS_UPPER]
        assert [r[0].text for r in lower.rows] == [r[0] for r in pdfgen.STACKED_PANELS_LOWER]
        assert [c.value for c in lower.rows[0][1:]] == [4629, 2227, 2392]


def test_a_panel_with_no_unit_line_beside_one_with_a_unit_takes_none(pdf_dir: Path) -> None:
    """Two panels side by side, the page's only unit line over the left one, the right one
    under its own title with no unit line: read as one grid the right panel's ratios went
    under the left's rows with its unit (新台幣佰萬元). A gutter no glyph crosses from the
    unit line down, and rows of its own (a label, then amounts) under a title on the right,
    make the right panel a table of its own, titled by its title and with no unit."""
    path = pdf_dir / "deck-side-panels-one-unit.pdf"
    pdfgen.make_side_panels_pdf(path, right_unit="")
    left, right = sorted(build(path, IN_PROCESS).document.facts.tables, key=lambda t: t.bbox[0])
    assert [r[0].text for r in left.rows] == [r[0] for r in pdfgen.SIDE_PANEL_LEFT_ROWS]
    assert left.unit == "新台幣佰萬元"
    assert [r[0].text for r in right.rows] == [r[0] for r in pdfgen.SIDE_PANEL_RIGHT_ROWS]
    assert right.unit is None
    assert right.title == "獲利能力"


@pytest.mark.parametrize(
    ("unit_line", "foot", "currency"),
    [
        ("(in millions, except per share data)", "", "USD"),  # a US company's deck
        # the deck's unit line names NT$: its `$` is the report's own money
        ("(In NT$ millions unless otherwise noted)", "", "TWD"),
        # a footnote names NT$: a Taiwanese company's English deck
        ("(in millions, except per share data)", "1. Converted at NT$32.5 per US$1.", "TWD"),
        # a Chinese line on the slide: not English writing, `$` the report's own money
        ("(in millions, except per share data)", "本公司第一季營收與獲利皆創歷年同期新高", "TWD"),
    ],
)
def test_a_dollar_cell_takes_the_decks_dollar(
    pdf_dir: Path, unit_line: str, foot: str, currency: str
) -> None:
    """A bare `$` in a cell is the report's own money (`$ 674,310` of a Taiwanese
    statement), but on an English deck that names NT$ nowhere (a US company's) it is the
    US dollar, as its running text's `$3.50` is (currencies.yaml english_dollar): amounts
    under `(in millions …)` and the EPS row alike; the rate column stays %."""
    path = pdf_dir / f"deck-usd-{len(unit_line)}-{len(foot)}.pdf"
    pdfgen.make_deck_dollar_cells_pdf(path, unit_line, foot)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    by_name = {r[0].text: r for r in table.rows}
    assert by_name["Revenues"][1].base_value == 12_252_000_000
    assert by_name["Revenues"][1].base_unit == currency
    assert by_name["EPS"][1].base_value == 3.5
    assert by_name["EPS"][1].base_unit == currency
    assert by_name["Revenues"][3].base_unit == "%"


@pytest.mark.parametrize(
    ("layout", "unit", "first", "value"),
    [
        ("corner", "NT$ million", "Power Electronics 電源及零組件", 80_506_000_000),
        ("two_lines", "NT$ billion", "Sales", 114_200_000_000),
    ],
)
def test_a_bilingual_unit_is_the_tables_unit(
    pdf_dir: Path, layout: str, unit: str, first: str, value: int
) -> None:
    """A bilingual deck writes its unit in English and again in Chinese: in a ruled grid's
    corner cell (`NT$ million 新台幣百萬元`) or on two lines over a chart's rows (`NT$
    billion` over `新台幣十億元`). Both halves name one money at one scale: the table's
    unit, its English half; the rate column stays %."""
    path = pdf_dir / f"deck-bilingual-unit-{layout}.pdf"
    pdfgen.make_bilingual_unit_pdf(path, layout)
    (table,) = build(path, IN_PROCESS).document.facts.tables
    assert table.unit == unit
    row = next(r for r in table.rows if r[0].text == first)
    assert (row[1].base_value, row[1].base_unit) == (value, "TWD")
    assert all(r[2].base_unit == "%" for r in table.rows if layout == "corner")


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (SECTION_ABOVE_HEADING, SECTION_ABOVE_HEADING),
        ("3. 流動性風險", "3. 流動性風險"),
        ("二一、應付公司債", "二一、應付公司債"),
        ("(二)來自籌資活動之負債變動", "(二)來自籌資活動之負債變動"),
        # a numbered line holding an amount is a row of a list, no heading: nothing names it
        ("1. 本期提列 1,234", None),
    ],
)
def test_an_untitled_part_is_titled_by_the_section_it_stands_in(
    pdf_dir: Path, heading: str, title: str | None
) -> None:
    """A table set once per date under its date line, with prose between the note's
    numbered heading and its first block (the heading at the foot of the page before, a
    paragraph running on; 4114 pp. 54 and 57, 3034 p. 36, 8299 p. 25): each block is
    titled by that heading, the block after another table as well. Before, no title
    (``表格 pN-k``): only a heading between the table before and this one named it."""
    path = pdf_dir / f"section-above-{len(heading)}.pdf"
    make_section_above_prose_pdf(path, heading)
    tables = build(path, IN_PROCESS).document.facts.tables
    assert [t.pages for t in tables] == [[2], [2], [2]]
    assert [t.title for t in tables] == [title, SECTION_ABOVE_OTHER, title]
