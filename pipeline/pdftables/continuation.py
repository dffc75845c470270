"""One grid into its parts and parts into one: stacked tables under new headers or
date sections, repeated headers of a table continued on the next page (dropped),
``(續)`` marks, blocks of one table split by the finder joined back."""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    _is_year,
    clean_cell_text,
    is_account_code,
    parse_value_cell,
)
from pipeline.pdftables.columns import (
    _marker_word,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _data_cell,
    _dates_in,
    _is_data_phrase,
    _PLine,
    _solid_date,
)
from pipeline.pdftables.statements import (
    _column_edges,
    _headless,
)
from pipeline.pdftables.titles import (
    _one_header_row,
    _own_title,
)


def _join_blocks(tables: list[PdfTable], lines: Sequence[_PLine]) -> list[PdfTable]:
    """Ruled grids stacked close under one another with the same column rules, the lower
    one without a header of its own, are one table drawn as separate blocks."""
    out: list[PdfTable] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is None or prev.strategy != "lines" or t.strategy != "lines":
            out.append(t)
            continue
        gap = t.bbox[1] - prev.bbox[3]
        between = [ln for ln in lines if prev.bbox[3] - 1 <= ln.top and ln.bottom <= t.bbox[1] + 1]
        size = statistics.median([ln.size for ln in lines]) if lines else 10.0
        a, b = _column_edges(prev), _column_edges(t)
        same = len(a) == len(b) and all(abs(x - y) <= size for x, y in zip(a, b, strict=True))
        if not same or not 0 <= gap <= 3 * size or between or not _headless(t):
            out.append(t)
            continue
        prev.rows = [*prev.rows, *t.rows]
        prev.cell_bboxes = [*prev.cell_bboxes, *t.cell_bboxes]
        prev.bbox = (prev.bbox[0], prev.bbox[1], max(prev.bbox[2], t.bbox[2]), t.bbox[3])
    return out


def _texty(cells: Sequence[str | None]) -> bool:
    vals = [c for c in cells if c]
    return bool(vals) and sum(1 for c in vals if not _data_cell(c)) >= 0.8 * len(vals)


def _dated_cell(text: str) -> bool:
    """A cell that is nothing but a date or a year (``117年1月``, ``113.3.31``, ``2027``,
    also letter-spaced: ``1 1 7 年 1 月``): the date is read as a period line's is."""
    return _is_year(text) or _solid_date(text) is not None


def _date_section(cells: Sequence[str | None]) -> bool:
    """A row that is nothing but a date in the label column (``113.03.31``,
    ``112年12月31日``): the section line opening one date's block under a shared header."""
    label = (cells[0] or "").strip() if cells else ""
    if not label or any(c and c.strip() for c in cells[1:]):
        return False
    dates = _dates_in(label)
    return len(dates) == 1 and re.sub(r"\s+", "", fold_width(label)) in dates


def split_date_sections(t: PdfTable) -> list[PdfTable]:
    """One table per date block: a grid whose column names stand once over blocks
    each opened by a line holding only its date (a maturity analysis: ``113.03.31`` /
    rows / ``112.12.31`` / rows) is one table per date, each under the shared header
    (its cells keep their own text and boxes; the header's cells are those of the
    first block, the title that of the whole) with its date as its period; a block
    that sets its column names again under its date keeps its own. The first block
    must open with its date too, or stand under a period line naming one date only,
    so a single dated row never cuts a table."""
    rows = t.rows
    data = [i for i, r in enumerate(rows) if any(c and _data_cell(c) for c in r[1:])]
    if not data:
        return [t]
    first = data[0]
    opens = [i for i in range(first) if _date_section(rows[i])]
    cuts = [i for i in range(first + 1, len(rows)) if _date_section(rows[i])]
    # A date alone on its line, anywhere over the columns, with the column names set
    # again under it: the next date's block (Phison p. 16's factored receivables per
    # date); the first block's date may stand in its header, read into a name.
    again = [i for i in range(first + 1, len(rows)) if _repeats_header(rows, i, first, data)]
    if again and not cuts and not opens:
        return _split_repeated(t, first, again, data)
    if not opens and not (cuts and t.period and _date_section([t.period])):
        return [t]
    if not cuts:  # one block: its date is the table's period
        t.period = t.period or (rows[opens[-1]][0] or "").strip()
        return [t]
    head = opens[-1] if opens else first
    if any(_date_section(r) or any(c and _data_cell(c) for c in r[1:]) for r in rows[:head]):
        return [t]
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else [[] for _ in rows]
    bounds = [head, *cuts, len(rows)]
    parts: list[PdfTable] = []
    for n, (a, b) in enumerate(itertools.pairwise(bounds)):
        own = [i for i in data if a <= i < b]
        if not own:
            return [t]  # a date line with no amounts under it: no block of its own
        body = [c for r in boxes[a:b] for c in r if c is not None]
        top = t.bbox[1] if n == 0 else min(c[1] for c in body) if body else t.bbox[1]
        bottom = (
            t.bbox[3]
            if n == len(bounds) - 2
            else min(
                (c[1] for c in (x for r in boxes[b : b + 1] for x in r) if c is not None),
                default=t.bbox[3],
            )
        )
        # Column names set again under the block's date: the block's own header.
        shared = 0 if n and any(sum(1 for c in r if c) >= 2 for r in rows[a + 1 : own[0]]) else head
        part = t.model_copy(deep=True)
        # Over its own names the date is the period, not a row above the header.
        lo = a + 1 if n and not shared else a
        part.rows = [list(r) for r in rows[:shared]] + [list(r) for r in rows[lo:b]]
        if t.cell_bboxes:
            part.cell_bboxes = [list(r) for r in boxes[:shared]] + [list(r) for r in boxes[lo:b]]
        part.bbox = (t.bbox[0], top, t.bbox[2], max(top, bottom))
        if n or opens:
            part.period = (rows[a][0] or "").strip()  # the block's own date
        parts.append(part)
    return parts


NEW_HEADER_LINES = 3  # lines of a stacked table's own column names, over its first amounts


def _names_row(row: Sequence[str | None], values: Sequence[int]) -> bool:
    """A line naming two value columns or more in words (``FY26 Prior Guidance | FY26
    Guidance``, ``GAAP | Less Share-Based | Non-GAAP``), no amount nor nil on it."""
    cells = [c for c in row[1:] if c and c.strip()]
    named = [row[j] or "" for j in values if j < len(row) and (row[j] or "").strip()]
    return (
        len(named) >= 2
        and not any(_data_cell(c) for c in cells)
        and all(_word_name(c) for c in named)
    )


def _word_name(text: str) -> bool:
    """A column's name in words: no figure, range (``38.77~39.50``), date (``112年5月
    31日``: a row of a term sheet) nor note mark."""
    solid = re.sub(r"\s+", "", fold_width(text))
    mark = _lex().cell_marker.search(solid)
    if (mark is not None and mark.start() == 0) or _marker_word(solid):
        return False  # ``(註1)`` under a row's cells marks them
    return parse_value_cell(text) is None and not _dated_cell(text) and not _dates_in(solid)


def split_new_headers(t: PdfTable) -> list[PdfTable]:
    """Two tables stacked on one slide, read as one grid: the second sets its own column
    names (words, not the first's dates: ``Annual Guidance | FY26 Prior Guidance | FY26
    Guidance`` under the quarter's guidance; ``Effective Tax Rates`` over ``GAAP | Less
    QSI | … | Non-GAAP`` under the operating expenses) between two runs of amounts. Each
    is a table: the second's names are its header, a one-cell line over them its title.
    A section line (``流動負債``) names no value column and cuts nothing."""
    rows = t.rows
    if t.strategy == "lines":  # a ruled grid: stacked tables are ruled apart
        return [t]
    data = [i for i, r in enumerate(rows) if any(c and _data_cell(c) for c in r[1:])]
    if len(data) < 2:
        return [t]
    ncol = min(len(r) for r in rows)
    # value columns: an amount on some row (a name column's rows hold words only)
    values = [j for j in range(1, ncol) if any(_data_cell(rows[i][j] or "") for i in data)]
    names = _column_names(rows[: data[0]], ncol)
    cut_at: int | None = None
    head_at = 0
    for i in range(data[0] + 1, data[-1]):
        if i in data or not _names_row(rows[i], values):
            continue
        nxt = next(k for k in data if k > i)
        if nxt - i > NEW_HEADER_LINES or any(not any(r[1:]) for r in rows[i:nxt]):
            continue
        again = _column_names(rows[i:nxt], ncol)
        if again == names or _restated_header(names, again):
            continue  # the first table's names set again: one table going on
        lo = i
        while lo - 1 > data[0] and lo - 1 not in data and sum(1 for c in rows[lo - 1] if c) == 1:
            lo -= 1  # its title line (or lines) over the names
        cut_at, head_at = lo, i
        break
    if cut_at is None:
        return [t]
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else []
    first = t.model_copy(deep=True)
    first.rows = [list(r) for r in rows[:cut_at]]
    second = t.model_copy(deep=True)
    second.rows = [list(r) for r in rows[head_at:]]
    titles = [clean_cell_text(next(c for c in r if c)) for r in rows[cut_at:head_at]]
    if boxes:
        first.cell_bboxes = [list(r) for r in boxes[:cut_at]]
        second.cell_bboxes = [list(r) for r in boxes[head_at:]]
        top = [c[1] for r in boxes[cut_at:] for c in r if c is not None]
        mid = min(top, default=t.bbox[3])
        first.bbox = (t.bbox[0], t.bbox[1], t.bbox[2], mid)
        second.bbox = (t.bbox[0], mid, t.bbox[2], t.bbox[3])
    if titles:
        second.title = " ".join(titles)
        second.caption = None
    _one_header_row(second, next(k for k in data if k > head_at) - head_at)
    return [first, *split_new_headers(second)]


def _blank_row(row: Sequence[str | None]) -> bool:
    return not any(c and c.strip() for c in row)


def _stub_label(row: Sequence[str | None]) -> str:
    return re.sub(r"\s+", "", fold_width(row[0] or "")) if row else ""


def split_stacked_panels(t: PdfTable) -> list[PdfTable]:
    """Two panels stacked in one ruled grid (a box between them joins their frames into
    one pdfplumber table): a band of rows holding no text across the grid's whole width,
    between two runs of amounts, after which either the header row is set again (the
    panel's unit or title row repeats: it is the lower panel's own header) or the upper
    panel's first row label opens the lower one again (``TIFRS`` / ``調節項目`` /
    ``Non-TIFRS`` for the operating income, then again for the net income): the lower
    panel takes the upper's column names, which it shares column for column. A blank
    band inside one statement is followed by other labels and cuts nothing."""
    rows = t.rows
    if t.strategy != "lines" or len(rows) < 5:
        return [t]
    ncol = min(len(r) for r in rows)
    if ncol < 3 or any(len(r) != ncol for r in rows):
        return [t]
    data = [i for i, r in enumerate(rows) if any(c and _data_cell(c) for c in r[1:])]
    if len(data) < 2 or data[0] == 0:
        return [t]
    head = rows[: data[0]]
    names = _column_names(head, ncol)
    if sum(1 for n in names[1:] if n) < 2:
        return [t]  # no column names to share
    first_label = _stub_label(rows[data[0]])
    cut: int | None = None
    own_head = False
    for i in range(data[0] + 1, data[-1]):
        if not _blank_row(rows[i]) or _blank_row(rows[i - 1]):
            continue  # not where a band of blank rows starts
        nxt = next((k for k in range(i + 1, len(rows)) if not _blank_row(rows[k])), None)
        if nxt is None or nxt > data[-1]:
            break
        again = _column_names(rows[nxt : nxt + len(head)], ncol)
        if nxt not in data and (again == names or _restated_header(names, again)):
            cut, own_head = nxt, True
            break
        if nxt in data and first_label and _stub_label(rows[nxt]) == first_label:
            cut = nxt
            break
    if cut is None:
        return [t]
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else []
    upper_end = max(k for k in data if k < cut) + 1
    upper = t.model_copy(deep=True)
    upper.rows = [list(r) for r in rows[:upper_end]]
    lower = t.model_copy(deep=True)
    lower.rows = [list(r) for r in rows[cut:]]
    if boxes:
        upper.cell_bboxes = [list(r) for r in boxes[:upper_end]]
        lower.cell_bboxes = [list(r) for r in boxes[cut:]]
    if not own_head:  # the upper panel's column names over the lower panel's amounts
        lower.rows = [list(r) for r in head] + lower.rows
        if boxes:
            lower.cell_bboxes = [list(r) for r in boxes[: data[0]]] + lower.cell_bboxes
    if boxes:
        bottom = [c[3] for r in boxes[:upper_end] for c in r if c is not None]
        top = [c[1] for r in boxes[cut:] for c in r if c is not None]
        upper.bbox = (t.bbox[0], t.bbox[1], t.bbox[2], max(bottom, default=t.bbox[3]))
        lower.bbox = (t.bbox[0], min(top, default=t.bbox[1]), t.bbox[2], t.bbox[3])
    lower.caption = None
    return [upper, *split_stacked_panels(lower)]


def _column_names(rows: Sequence[Sequence[str | None]], ncol: int) -> list[str]:
    """Each column's header text over some rows, joined, spaces and dates removed."""
    out = []
    for j in range(ncol):
        text = "".join(r[j] or "" for r in rows if j < len(r))
        solid = re.sub(r"\s+", "", fold_width(text))
        for d in _dates_in(solid):
            solid = solid.replace(d, "")
        out.append(solid)
    return out


def _repeats_header(
    rows: Sequence[Sequence[str | None]], i: int, first: int, data: Sequence[int]
) -> bool:
    """Row ``i`` holds one date and nothing else, and the rows between it and the next
    amounts name the columns as the table's header does (dates aside)."""
    cells = [c for c in rows[i] if c and c.strip()]
    if len(cells) != 1 or _block_date(cells[0]) is None:
        return False
    nxt = next((k for k in data if k > i), None)
    if nxt is None or nxt == i + 1:
        return False
    ncol = len(rows[i])
    names = _column_names(rows[:first], ncol)
    if sum(1 for n in names if n) < 2:
        return False
    again = _column_names(rows[i + 1 : nxt], ncol)
    return again == names or _restated_header(names, again)


_DATE_NOTE = re.compile(r"[(（][^()（）\d\s]{1,8}[)）]$")  # `(重編後)`: a bracketed note, no digits


def _block_date(text: str | None) -> str | None:
    """The date a block's date line holds, maybe with a bracketed note of words after it
    (``112.3.31(重編後)``, a restated period): the date alone."""
    solid = re.sub(r"\s+", "", fold_width(text or ""))
    return _solid_date(_DATE_NOTE.sub("", solid))


RESTATED_HEADER_SHARE = 0.8  # of the first header's characters a stacked table's sets again


def _restated_header(names: Sequence[str], again: Sequence[str]) -> bool:
    """A stacked table's own header under its date: the first table's column names set
    again with a few words changed (``金融資產總額`` over ``金融負債總額``: the liabilities'
    table under the assets'), and maybe its own title line over them (the first table's
    stood above the grid). Most of the first header's characters are there again, over
    as many named columns or more."""
    first = "".join(names)
    if sum(1 for n in again if n) < sum(1 for n in names if n):
        return False
    left = Counter("".join(again))
    shared = 0
    for ch in first:
        if left[ch] > 0:
            left[ch] -= 1
            shared += 1
    return shared >= RESTATED_HEADER_SHARE * len(first)


def _split_repeated(
    t: PdfTable, first: int, cuts: Sequence[int], data: Sequence[int]
) -> list[PdfTable]:
    """One table per block set under its date with its column names again: each block
    keeps its own header rows, its date as its period (the first block's date is taken
    out of the header cell it was read into, when that header names one date only)."""
    rows = t.rows
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else []
    parts: list[PdfTable] = []
    bounds = [0, *cuts, len(rows)]
    for n, (a, b) in enumerate(itertools.pairwise(bounds)):
        if not any(a <= i < b for i in data):
            return [t]
        part = t.model_copy(deep=True)
        lo = a + 1 if n else a
        part.rows = [list(r) for r in rows[lo:b]]
        if boxes:
            part.cell_bboxes = [list(r) for r in boxes[lo:b]]
        if boxes and b < len(rows):
            # the block ends where the next one's date line starts: the parts' boxes
            # never overlap (a later step keeps one of two overlapping grids)
            nxt_tops = [c[1] for c in boxes[b] if c is not None]
            if nxt_tops:
                part.bbox = (part.bbox[0], part.bbox[1], part.bbox[2], min(nxt_tops))
        if n:  # the names set again, line by line: one header row, as the first block's
            h = next(i for i in data if i > a) - lo
            if h > 1 and _own_title(part.rows[0], _column_names(rows[:first], len(rows[0]))):
                # the block's title line over its names (the first block's stood above
                # the grid, read as the table's title)
                part.title = clean_cell_text(next(c for c in part.rows[0] if c))
                part.rows = part.rows[1:]
                part.cell_bboxes = part.cell_bboxes[1:] if boxes else part.cell_bboxes
                h -= 1
            _one_header_row(part, h)
            tops = [c[1] for r in boxes[a:b] for c in r if c is not None]
            bottoms = [c[3] for r in boxes[a:b] for c in r if c is not None]
            if tops and bottoms:
                part.bbox = (t.bbox[0], min(tops), t.bbox[2], max(bottoms))
        if n:
            part.period = next(d for c in rows[a] if (d := _block_date(c)))
        else:
            dates = {d for r in rows[:first] for c in r for d in _dates_in(c or "")}
            if len(dates) == 1:
                (date,) = dates
                part.period = t.period or date
                for r in part.rows[:first]:
                    for j, c in enumerate(r):
                        if c and date in re.sub(r"\s+", "", fold_width(c)):
                            r[j] = clean_cell_text(c.replace(date, "")) or None
                # a header row that held nothing but the date goes with it
                keep = [i for i, r in enumerate(part.rows) if i >= first or any(r)]
                if len(keep) < len(part.rows):
                    part.rows = [part.rows[i] for i in keep]
                    if boxes:
                        part.cell_bboxes = [part.cell_bboxes[i] for i in keep]
        parts.append(part)
    return parts


def _stack_panels(t: PdfTable) -> None:
    """Two statements panels side by side (assets | liabilities, operating | investing
    cash flows) read as one wide grid: the right panel's rows go under the left one's,
    so each amount keeps its own row label."""
    ncol = min((len(r) for r in t.rows), default=0)
    if ncol < 4 or ncol % 2 or any(len(r) != ncol for r in t.rows):
        return
    k = ncol // 2
    head = 0
    while head < len(t.rows) and not any(
        c and _is_data_phrase(c) and not is_account_code(c) for c in t.rows[head]
    ):
        head += 1
    body = t.rows[head:]
    if len(body) < 2:
        return
    col = [[r[j] for r in body] for j in range(ncol)]
    values = [j for j in range(ncol) if not _texty(col[j]) and any(col[j])]
    labels_left = any(_texty(col[j]) for j in range(k) if j not in values)
    # A right panel's labels name things; a column of dates or years among the amounts
    # (a loan's maturity, ``117年1月``, between its rate and its amount) is a column.
    labels_right = any(
        _texty(col[j]) and not all(_dated_cell(c) for c in col[j] if c)
        for j in range(k, ncol)
        if j not in values
    )
    left_vals = [j for j in values if j < k]
    right_vals = [j - k for j in values if j >= k]
    if not (labels_left and labels_right and left_vals and left_vals == right_vals):
        return
    # Header rows name the value columns; section rows (流動資產 | 流動負債) leave them empty.
    head = 0
    while head < len(t.rows) and any(t.rows[head][j] for j in values):
        if any(c and _is_data_phrase(c) for c in t.rows[head]):
            break
        head += 1
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(t.rows) else []
    right = [r[k:] for r in t.rows[head:]]
    right_boxes = [b[k:] for b in boxes[head:]] if boxes else []
    while right and not any(right[-1]):
        right.pop()
        if right_boxes:
            right_boxes.pop()
    rows = [r[:k] for r in t.rows] + right
    stacked = [b[:k] for b in boxes] + right_boxes if boxes else []
    # Rows the left panel left blank beside the right panel's rows go.
    keep = [i for i, r in enumerate(rows) if i < head or any(r)]
    t.rows = [rows[i] for i in keep]
    if stacked:
        t.cell_bboxes = [stacked[i] for i in keep]
