"""Table grids on one PDF page: ruled ones from pdfplumber's lines strategy, unruled ones
from the column alignment of numeric cells.

This module runs the passes in order (``_find_tables``); each mechanism sits in a module
named for it: ``phrases`` (glyphs to lines to cells), ``ruled`` (ruling lines),
``columns`` and ``alignment`` (column alignment), ``headers`` (column names over a grid),
``unit_lines`` (the unit and scale), ``titles`` (title, caption and context above),
``statements`` (statement layout), ``continuation`` (stacked parts, repeated headers),
``cleanup`` (a grid's cells joined back), ``panels`` (side-by-side slide panels),
``charts`` (a chart is no table); ``cells`` types what a cell says."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.alignment import (
    _collect_lines,
    _text_table,
)
from pipeline.pdftables.alignment import (
    _named_apart as _named_apart,
)
from pipeline.pdftables.alignment import (
    _signed as _signed,
)
from pipeline.pdftables.alignment import (
    _zone_phrases as _zone_phrases,
)
from pipeline.pdftables.cells import (
    Box,
)
from pipeline.pdftables.charts import (
    _data_labels,
    _lone_values,
    _on_wedges,
    _scattered_labels,
    axis_rows,
    bar_charts,
    wedge_charts,
)
from pipeline.pdftables.charts import (
    _has_axis as _has_axis,
)
from pipeline.pdftables.cleanup import (
    _drop_continued_marks,
    _drop_page_number,
    _join_glyph_column,
    _join_label_halves,
    _rejoin_spaced_names,
)
from pipeline.pdftables.columns import (
    _Col as _Col,
)
from pipeline.pdftables.columns import (
    _distributed_words as _distributed_words,
)
from pipeline.pdftables.columns import (
    _overlap,
    _spaced_lead,
    _stub_name,
    _word_chars,
)
from pipeline.pdftables.continuation import (
    _block_date as _block_date,
)
from pipeline.pdftables.continuation import (
    _dated_cell as _dated_cell,
)
from pipeline.pdftables.continuation import (
    _join_blocks,
    _stack_panels,
    split_date_sections,
    split_new_headers,
    split_stacked_panels,
)
from pipeline.pdftables.continuation import (
    _restated_header as _restated_header,
)
from pipeline.pdftables.date_tables import date_column_tables, duration_lists, word_tables
from pipeline.pdftables.geometry import (
    Edge,
    PageGeometry,
    from_frame,
    plumber_geometry,
    turned_frame,
)
from pipeline.pdftables.headers import (
    _header_above,
    _header_start,
    _label_rows,
)
from pipeline.pdftables.headers import (
    _header_spans as _header_spans,
)
from pipeline.pdftables.headers import (
    _solid_header as _solid_header,
)
from pipeline.pdftables.lexicon import _lex, caption_label
from pipeline.pdftables.panels import (
    _beside_removed,
    _side_panels,
)
from pipeline.pdftables.phrases import (
    _NUMERIC_TAIL_RE,
    _dates_in,
    _inside,
    _is_data_phrase,
    _Phrase,
    _phrases,
    _PLine,
    _round_box,
    _ruled_tables,
    lines_from_chars,
)

# Re-exported: the tests read these helpers as ``finder.<name>`` (they lived here before
# the split by mechanism).
from pipeline.pdftables.phrases import (
    DATE_GAP_EM as DATE_GAP_EM,
)
from pipeline.pdftables.phrases import (
    PHRASE_GAP_EM as PHRASE_GAP_EM,
)
from pipeline.pdftables.phrases import (
    SPACE_GAP_EM as SPACE_GAP_EM,
)
from pipeline.pdftables.phrases import (
    _amount_ends as _amount_ends,
)
from pipeline.pdftables.phrases import (
    _attach_currency as _attach_currency,
)
from pipeline.pdftables.phrases import (
    _date_ends as _date_ends,
)
from pipeline.pdftables.phrases import (
    _grouping_breaks as _grouping_breaks,
)
from pipeline.pdftables.phrases import (
    _join_spaced_dates as _join_spaced_dates,
)
from pipeline.pdftables.phrases import (
    _join_spaced_row_label as _join_spaced_row_label,
)
from pipeline.pdftables.phrases import (
    _marker_after_amount as _marker_after_amount,
)
from pipeline.pdftables.phrases import (
    _negatives_touch as _negatives_touch,
)
from pipeline.pdftables.phrases import (
    _read_phrases as _read_phrases,
)
from pipeline.pdftables.phrases import (
    _sign_after_words as _sign_after_words,
)
from pipeline.pdftables.phrases import (
    _solid_date as _solid_date,
)
from pipeline.pdftables.phrases import (
    _spaced_marker_ends as _spaced_marker_ends,
)
from pipeline.pdftables.ruled import (
    _chars_in as _chars_in,
)
from pipeline.pdftables.ruled import (
    _from_lines_table,
)
from pipeline.pdftables.ruled import (
    _holder_columns as _holder_columns,
)
from pipeline.pdftables.ruled import (
    _holders as _holders,
)
from pipeline.pdftables.ruled import (
    _nested_cells as _nested_cells,
)
from pipeline.pdftables.ruled import (
    _sub_columns as _sub_columns,
)
from pipeline.pdftables.ruled import (
    _unruled_cells as _unruled_cells,
)
from pipeline.pdftables.ruled import (
    grid_chars as grid_chars,
)
from pipeline.pdftables.ruled import (
    table_text as table_text,
)
from pipeline.pdftables.statements import (
    _contents_heading,
    is_contents,
)
from pipeline.pdftables.text_cells import ruled_text_tables
from pipeline.pdftables.titles import (
    _caption_above,
    _context_above,
    _continues_caption,
    _figure_caption_near,
    _side_title,
)
from pipeline.pdftables.titles import (
    names_something as names_something,
)
from pipeline.pdftables.unit_lines import (
    _corner_cell_unit,
    _join_period_tail,
)
from pipeline.pdftables.unit_lines import (
    _corner_text_unit as _corner_text_unit,
)
from pipeline.pdftables.unit_lines import (
    line_unit as line_unit,
)
from pipeline.pdftables.unit_lines import (
    note_unit as note_unit,
)


def page_may_have_table(page: Any, text: str) -> bool:
    """Cheap gate before the table finder: a ``表 N`` caption, ruling, or numeric rows."""
    folded = fold_width(text)
    if _lex().caption_line.search(folded):
        return True
    try:
        if len(page.rects) + len(page.lines) >= 4:
            return True
    except Exception:  # a page object without drawing objects
        pass
    return sum(1 for ln in folded.split("\n") if _NUMERIC_TAIL_RE.search(ln)) >= 2


def find_pdf_tables(page: Any, page_number: int) -> list[PdfTable]:
    """Table grids on one pdfplumber page (the pdfplumber engine's path)."""
    try:
        geom = plumber_geometry(page)
    except Exception:  # a malformed page costs its tables, not the document
        return []
    return find_tables(geom, page_number)


def find_tables(geom: PageGeometry, page_number: int) -> list[PdfTable]:
    """Table grids on one page: ruled ones first, then unruled ones.

    Unruled tables are read under each ``表 N`` caption that has no ruled grid, then
    wherever lines with a label and aligned numeric cells follow each other (an
    uncaptioned statement, a slide's KPI table, a table continued from the page
    before). Each grid records the title, unit line and period line above it.
    """
    # A malformed page must cost its tables, not the document: the finder is best effort.
    try:
        turned = turned_frame(geom)
        if turned is None:
            return _find_tables(geom, page_number)
        frame, turn = turned
        return [_back_on_page(t, turn, geom) for t in _find_tables(frame, page_number)]
    except Exception:
        return []


def _back_on_page(t: PdfTable, turn: int, geom: PageGeometry) -> PdfTable:
    """A grid found in a page's turned frame, its boxes put back where they stand on the
    page (provenance is on the page as printed)."""
    w, h = geom.width, geom.height
    t.bbox = _round_box(from_frame(t.bbox, turn, w, h))
    t.cell_bboxes = [
        [None if b is None else _round_box(from_frame(b, turn, w, h)) for b in row]
        for row in t.cell_bboxes
    ]
    t.page_height = round(h, 2)
    t.turn, t.page_width = turn, round(w, 2)
    return t


def _find_tables(geom: PageGeometry, page_number: int) -> list[PdfTable]:
    lines = lines_from_chars(geom.chars)
    found = _ruled_tables(geom)
    out: list[PdfTable] = []
    for t in found:
        pt = _from_lines_table(t, page_number)
        if pt is not None:
            out.append(pt)
    out.sort(key=lambda p: p.bbox[1])
    out = _join_blocks(out, lines)
    for p in out:
        _header_above(lines, p)
    floor = 0.0
    for p in out:
        p.caption = _caption_above(lines, p.bbox[1], floor) or _figure_caption_near(lines, p.bbox)
        floor = p.bbox[3]
    ruled = [p.bbox for p in out]
    ruled_captions = {p.caption for p in out if p.caption}
    width = geom.width
    for k, ln in enumerate(lines):
        if caption_label(ln.text, "table") is None or ln.text in ruled_captions:
            continue
        nxt = next((b for b in ruled if b[1] >= ln.bottom - 2), None)
        if nxt is not None and nxt[1] - ln.bottom <= 6 * ln.size:
            continue
        start = k + 1
        if start < len(lines) and _continues_caption(ln, lines[start]):
            start += 1
        tt = _text_table(lines, start, page_number, ruled, width, ln.text, probe=False)
        if tt is not None:
            out.append(tt)
    # lists of terms first: their `10 年` cells would read as amounts of a grid
    out.extend(duration_lists(lines, _phrases, page_number, [p.bbox for p in out]))
    # text beside a block of amounts is none of its rows
    rules = [e for e in geom.edges if e["orientation"] == "h"]
    # two panels side by side, each under its own unit line: each panel's tables are
    # found, titled and given their unit from its own lines
    own_lines: dict[int, list[_PLine]] = {}
    for panel in _side_panels(lines):
        found_here: list[PdfTable] = []
        found_here.extend(
            _uncaptioned(
                _beside_removed(panel),
                page_number,
                [p.bbox for p in out],
                width,
                geom.height,
                rules,
            )
        )
        # sentences in columns under a header ruled column by column: before the word
        # tables, which would read its first line as a row, and before the date tables,
        # which would read every column left of a date as one (``新發布或修訂準則 主要修訂內容
        # | 生效日``)
        found_here.extend(
            ruled_text_tables(
                panel, geom.edges, page_number, [p.bbox for p in out + found_here], geom.height
            )
        )
        found_here.extend(
            date_column_tables(
                panel, _phrases, page_number, [p.bbox for p in out + found_here], width
            )
        )
        found_here.extend(
            word_tables(panel, _phrases, page_number, [p.bbox for p in out + found_here])
        )
        for p in found_here:
            own_lines[id(p)] = panel
        out.extend(found_here)
    out.sort(key=lambda p: (p.bbox[1], p.bbox[0]))
    for p in out:
        here = own_lines.get(id(p), lines)
        _join_glyph_column(p, here)  # before the panels are matched column for column
        _rejoin_spaced_names(p, here)
        _stack_panels(p)
        _join_label_halves(p)
        _context_above(here, p, out, geom.chars)
        _join_period_tail(p)
        corner_unit = _corner_cell_unit(p) if p.unit is None else None
        if corner_unit is not None:  # "(NT$bn)" over the labels
            p.unit = corner_unit[0]
        p.page_height = round(geom.height, 2)
        _drop_page_number(p, geom.height)
        _drop_continued_marks(p)
    out = [part for p in out for part in split_date_sections(p)]
    out = [part for p in out for part in split_new_headers(p)]
    out = [part for p in out for part in split_stacked_panels(p)]
    contents_page = any(_contents_heading(ln.text) for ln in lines)
    wedges = wedge_charts(geom.curves) + bar_charts(geom.bars)
    return [p for p in out if not is_contents(p, contents_page) and not _on_wedges(p, wedges)]


def _uncaptioned(
    lines: Sequence[_PLine],
    page_number: int,
    exclude: Sequence[Box],
    width: float,
    height: float | None = None,
    rules: Sequence[Edge] = (),
) -> list[PdfTable]:
    """Unruled tables without a caption: runs of label + aligned number lines. The page
    number a grid took as its last row goes before the grid is judged (a slide's one-row
    table over its folio read as a chart's data labels, each in a column of its own)."""
    out: list[PdfTable] = []
    boxes = list(exclude)
    k = 0
    while k < len(lines):
        ln = lines[k]
        ph = _phrases(ln)
        if _inside(ln, boxes) or len(ph) < 2 or not any(_is_data_phrase(p.text) for p in ph):
            k += 1
            continue
        head = _header_start(lines, k, boxes)
        # From the lines above taken as its header, then, when they give no table (a
        # section label read as a paragraph line), from this line itself: a line of
        # amounts right under the last table's rows is never left out of every table.
        for start in dict.fromkeys((head, k)):
            tt = _text_table(lines, start, page_number, boxes, width, None, False, 4.5, 1, rules)
            got = _collect_lines(lines, start, boxes, width, False, 4.5)
            need = _min_rows(got, lines[start - 1] if start else None)
            got_rows = tt is not None and sum(1 for r in tt.rows if any(r)) >= need + 1
            if tt is not None and height is not None:
                _drop_page_number(tt, height)
            if tt is None or not got_rows or tt.bbox[3] < ln.top or _label_rows(got) < need:
                tt = _one_row_table(lines, k, start, boxes, page_number, width)
            if tt is not None or not _under_table(ln, boxes):
                break
        ticks = axis_rows(tt) if tt is not None else None
        if tt is not None and ticks is not None:
            # A chart's value axis: its tick lines start no table either. Tried again from
            # the next tick line, the rest of the axis (too few ticks to read as one, the
            # first ones gone) made a grid over the category labels (a ROC deck's
            # ``45% 40% 35%`` over ``113Q4 114Q3``). Lines under the last tick are read on.
            boxes_of = tt.cell_bboxes[ticks[-1]] if len(tt.cell_bboxes) > ticks[-1] else []
            last = max((b[3] for b in boxes_of if b is not None), default=None)
            if last is not None:
                boxes.append((tt.bbox[0], tt.bbox[1], tt.bbox[2], last))
                k += 1
                while k < len(lines) and lines[k].top < last:
                    k += 1
                continue
            tt = None
        elif tt is not None and (_data_labels(tt) or _scattered_labels(tt) or _lone_values(tt)):
            # a chart's or a diagram's labels: none of its lines starts a table either
            boxes.append(tt.bbox)
            while k < len(lines) and lines[k].top <= tt.bbox[3]:
                k += 1
            continue
        if tt is None:
            k += 1
            continue
        _side_title(tt)
        out.append(tt)
        boxes.append(tt.bbox)
        while k < len(lines) and lines[k].top <= tt.bbox[3]:
            k += 1
    return out


def _under_table(ln: _PLine, boxes: Sequence[Box]) -> bool:
    """A line of amounts set within two lines under a table found above it and across
    its columns: a row of the same statement past a label the table stopped at."""
    above = [b for b in boxes if b[3] <= ln.top and b[0] < ln.x1 and ln.x0 < b[2]]
    if not above:
        return False
    bottom = max(b[3] for b in above)
    return ln.top - bottom <= 3 * ln.size + 2


def _min_rows(got: Sequence[tuple[_PLine, list[_Phrase], bool]], above: _PLine | None) -> int:
    """Labelled rows a table needs: two, or one under a header that names its date
    (``112.3.31`` over ``帳面金額 第一級 …``: a fair-value block per date) or its label
    column (``關係人名稱 1月至3月``), or under a line of nothing but a date set close above
    its header (``114 年 3月 31日`` over ``持有股數`` / ``子公司名稱 …``: one block per
    balance-sheet date, of one row)."""
    head = list(itertools.takewhile(lambda g: not g[2], got))
    head_lines = [ln for ln, _, _ in head]
    if _dates_in(" ".join(ln.text for ln in head_lines)):
        return 1
    if any(len(ph) >= 2 and _stub_name(_spaced_lead(ph)) for _, ph, _ in head):
        # 關係人名稱 | 1月至3月 …: a header naming its label column heads one row, its
        # name maybe letter-spaced over the column (``主　要　股　東　名　稱``)
        return 1
    first = next((ph for _, ph, d in got if d), None)
    if first is not None and any(
        _names_over_row(ph, first) >= NAMED_ROW_COLUMNS for _, ph, _ in head
    ):
        return 1  # a schedule's wide header, its names over the amounts, over its last row
    if above is None or not head_lines:
        return 2
    solid = re.sub(r"\s+", "", fold_width(above.text))
    close = head_lines[0].top - above.bottom <= 2.5 * above.size
    return 1 if close and solid and _dates_in(above.text) == {solid} else 2


# Column names over a row's amounts, one line of them, that head a table of one row (a
# schedule's last page: its header set again over the one row left).
NAMED_ROW_COLUMNS = 5


def _names_over_row(names: Sequence[_Phrase], row: Sequence[_Phrase]) -> int:
    """Words (no amount) of a header line each standing over an amount of ``row``."""
    amounts = [q for q in row if _is_data_phrase(q.text)]
    return sum(
        1
        for p in names
        if not _is_data_phrase(p.text)
        and _word_chars(p.text) >= 2
        and any(_overlap(p.x0, p.x1, q.x0, q.x1) > 0 for q in amounts)
    )


def _one_row_table(
    lines: Sequence[_PLine],
    k: int,
    start: int,
    exclude: Sequence[Box],
    page_number: int,
    width: float,
) -> PdfTable | None:
    """A notes table of one row (``租賃負債之利息 $1,950 $1,629`` under ``113年第 1季
    112年第 1季``): a label (or none) and amounts right under a header line whose periods
    stand one over each amount (the label column's name before them or not); or under
    column names one over each amount with the label column's own name below them
    (``持有股數 持股比例`` over ``主要股東名稱``)."""
    if start >= k:
        return None
    ph = _phrases(lines[k])
    # The label may be letter-spaced (``現　　金``) or two text columns (an account and
    # a party): words first, then nothing but amounts.
    lead = list(itertools.takewhile(lambda p: not _is_data_phrase(p.text), ph))
    nums = ph[len(lead) :]
    # A row of amounts with no label (one total under its periods: ``$ 363,362
    # (75,935)`` under ``113年 112年 / 1月至3月 1月至3月``) counts under periods only.
    unlabelled = not lead
    if len(nums) < 2 or not all(_is_data_phrase(p.text) for p in nums):
        return None
    size = lines[k].size

    def over_each(j: int) -> bool:
        head = _phrases(lines[j])
        return len(head) == len(nums) and all(
            _overlap(h.x0 - size, h.x1 + size, n.x0, n.x1) > 0
            for h, n in zip(head, nums, strict=True)
        )

    def stub_name(j: int) -> bool:
        head = _phrases(lines[j])
        return len(head) == 1 and head[0].x1 < nums[0].x0 and not _is_data_phrase(head[0].text)

    # periods, one column of three or more maybe a change (`2024Q1 Avg.` `2025Q1 Avg.`
    # `Change` over a slide's KPI row)
    dated = [any(ch.isdigit() for ch in h.text) for h in _phrases(lines[k - 1])]
    periods = over_each(k - 1) and sum(dated) >= len(dated) - (len(dated) >= 3)
    named = not unlabelled and k - 2 >= start and stub_name(k - 1) and over_each(k - 2)
    # the label column's own name before the periods (``關係人類別 110年度 109年度``):
    # that line alone is the header, whatever text stands above it
    head = _phrases(lines[k - 1])
    stubbed = (
        not unlabelled
        and len(head) == len(nums) + 1
        and head[0].x1 < nums[0].x0
        and not any(ch.isdigit() for ch in head[0].text)
        and all(
            any(ch.isdigit() for ch in h.text)
            and _overlap(h.x0 - size, h.x1 + size, n.x0, n.x1) > 0
            for h, n in zip(head[1:], nums, strict=True)
        )
    )
    if not (periods or named or stubbed):
        return None
    if not (periods or named):
        start = k - 1
    tt = _text_table(
        lines, start, page_number, exclude, width, None, probe=False, gap=4.5, min_rows=1
    )
    if tt is None or sum(1 for r in tt.rows if any(c and _is_data_phrase(c) for c in r)) != 1:
        return None
    return tt
