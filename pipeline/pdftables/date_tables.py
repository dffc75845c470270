"""Unruled tables that hold no amount: dates in their value column, or words only.

A filing's notes list the new standards with their effective dates (``IFRS 18「財務報表
中之表達與揭露」 … 2027 年 1 月 1 日``): wrapped text at the left, one date per row in a
column at the right, column names above. The amount finder never sees them (no cell is
a number), so they are read here: a run of at least three dates set in one column, each
with text to its left, under a header line that names the date column. Every line of
the run belongs to the row of the date nearest to it (a date is set at the middle of
its wrapped row). A table of words (a filing's related parties and their relation to
the company) is a header line of short column names over rows of as many cells, each
set at its column's left edge.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import PdfTable
from pipeline.pdftables.cells import clean_cell_text, parse_cell
from pipeline.pdftables.lexicon import _lex

Box = tuple[float, float, float, float]
MIN_DATES = 3


def date_column_tables(
    lines: Sequence[Any],
    phrases: Callable[[Any], Sequence[Any]],
    page_number: int,
    exclude: Sequence[Box],
    width: float,
) -> list[PdfTable]:
    """The date-column tables of one page (lines in reading order, ``phrases`` splits
    a line into its cells), outside the ``exclude`` boxes of tables already found."""
    lex = _lex()
    free = [ln for ln in lines if not _inside(ln, exclude)]
    dated: list[tuple[int, Any]] = []  # (line index in free, the date phrase)
    for k, ln in enumerate(free):
        ph = list(phrases(ln))
        if not ph or any(_amount(p.text) for p in ph):
            continue
        last = ph[-1]
        if not lex.date_cell.match(clean_cell_text(fold_width(last.text))):
            continue
        if len(ph) >= 2 or last.x0 > width / 2:
            dated.append((k, last))
    out: list[PdfTable] = []
    for run in _runs(free, dated):
        t = _table(free, run, phrases, page_number, width)
        if t is not None:
            out.append(t)
    return out


def _dates_name(ph: Sequence[Any], d0: float, size: float) -> bool:
    """A header of one name, set over the dates' column alone (``所得稅申報核定情形`` over
    ``核定至民國一一○年度``; the companies' column has no name): short words, no date."""
    if len(ph) != 1 or ph[0].x0 < d0 - 2 * size:
        return False
    text = re.sub(r"\s+", "", fold_width(ph[0].text))
    return 2 <= len(text) <= 16 and not re.search(r"\d|。", text)


def _amount(text: str) -> bool:
    cv = parse_cell(text)
    return cv is not None and cv.value is not None


def _inside(ln: Any, boxes: Sequence[Box]) -> bool:
    """The line's centre stands in a table found already: a header line set wider than
    its amounts (periods, a name spread past the last column) is that table's, not the
    start of a table of dates."""
    cy = (ln.top + ln.bottom) / 2
    cx = (ln.x0 + ln.x1) / 2
    return any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)


def _runs(free: Sequence[Any], dated: list[tuple[int, Any]]) -> list[list[tuple[int, Any]]]:
    """Dates set in one column (left or right edges within an em) and close down the
    page (at most six lines of wrapped text between two of them); a run shorter than
    ``MIN_DATES`` counts only under a column named for dates (see ``_table``)."""
    runs: list[list[tuple[int, Any]]] = []
    for k, p in dated:
        size = free[k].size
        if runs:
            pk, pp = runs[-1][-1]
            aligned = abs(p.x1 - pp.x1) <= size or abs(p.x0 - pp.x0) <= size
            near = free[k].top - free[pk].bottom <= 7 * size and k - pk <= 7
            if aligned and near:
                runs[-1].append((k, p))
                continue
        runs.append([(k, p)])
    return runs


def _table(
    free: Sequence[Any],
    run: list[tuple[int, Any]],
    phrases: Callable[[Any], Sequence[Any]],
    page_number: int,
    width: float,
) -> PdfTable | None:
    lex = _lex()
    size = statistics.median(free[k].size for k, _ in run)
    d0 = min(p.x0 for _, p in run) - size
    first, last = run[0][0], run[-1][0]

    def in_dates(ln: Any) -> bool:
        return any(p.x0 >= d0 for p in phrases(ln))

    # The header: the topmost line of the few above the first date with two or more
    # names, one over the dates; a line right above it continues it (理事會發布之 / 生效日).
    # With no such line, the nearest line naming the dates' column alone (核定情形).
    head_end = named_only = None
    for k in range(first - 1, max(first - 8, -1), -1):
        f = fold_width(free[k].text)
        if "。" in f or free[k + 1].top - free[k].bottom > 3 * size:
            break
        ph = phrases(free[k])
        if in_dates(free[k]) and len(ph) >= 2:
            head_end = k
        elif in_dates(free[k]) and named_only is None and _dates_name(ph, d0, size):
            named_only = k
    head_end = named_only if head_end is None else head_end
    if head_end is None:
        return None
    head_start = head_end
    while head_start > 0 and free[head_start].top - free[head_start - 1].bottom <= 0.6 * size:
        if "。" in free[head_start - 1].text or head_end - head_start >= 2:
            break
        head_start -= 1
    head = [free[k] for k in range(head_start, head_end + 1)]
    # The body: to the last date's row and its wrapped lines close below it.
    end = last
    while end + 1 < len(free):
        nxt = free[end + 1]
        f = fold_width(nxt.text)
        if nxt.top - free[end].bottom > size or "。" in f or lex.note_line.match(f):
            break
        if in_dates(nxt) or nxt.top - free[last].bottom > 2.5 * size or nxt.x1 >= d0:
            break  # a paragraph after the table runs under the dates
        end += 1
    body = list(range(head_end + 1, end + 1))
    if not body or any("。" in fold_width(free[k].text) for k in body):
        return None
    # Rows start at a line with text in the dates' column, or (when wrapped lines are
    # indented) at a line starting at the table's left edge; the lines below join it.
    left = min(free[k].x0 for k in body)
    indented = any(free[k].x0 > left + 0.5 * size for k in body)
    starts_row = [in_dates(free[k]) or (indented and free[k].x0 <= left + 0.5 * size) for k in body]
    starts_row[0] = True
    for i in range(1, len(body)):  # a date's own wrapped text (待國際會計準則理事 / 會決定)
        if starts_row[i] and not indented and in_dates(free[body[i - 1]]):
            prev_dates = [p for p in phrases(free[body[i - 1]]) if p.x0 >= d0]
            if prev_dates and not lex.date_cell.match(clean_cell_text(prev_dates[-1].text)):
                starts_row[i] = False
    # Columns: the body's text left of the dates, as the union of overlapping extents
    # (wrapped lines start at their column's left); the dates' column is the last.
    heads = sorted((p for ln in head for p in phrases(ln)), key=lambda p: p.x0)
    spans: list[list[float]] = []
    for p in sorted((p for k in body for p in phrases(free[k]) if p.x0 < d0), key=lambda p: p.x0):
        right = min(p.x1, d0)
        if spans and p.x0 <= spans[-1][1] + 0.5 * size:
            spans[-1][1] = max(spans[-1][1], right)
        else:
            spans.append([p.x0, right])
    if not spans:
        return None
    starts = [a for a, _ in spans]
    ncol = len(starts) + 1

    def column(p: Any) -> int:
        if p.x0 >= d0:
            return ncol - 1
        ov = [min(p.x1, b) - max(p.x0, a) for a, b in spans]
        return ov.index(max(ov))

    header: list[str | None] = [""] * ncol
    for p in heads:
        j = column(p)
        header[j] = _join(header[j] or "", p.text)
    groups: list[list[int]] = []
    for k, start_here in zip(body, starts_row, strict=True):
        if start_here or not groups:
            groups.append([k])
        else:
            groups[-1].append(k)
    rows: list[list[str]] = [[""] * ncol for _ in groups]
    tops = [min(free[k].top for k in g) for g in groups]
    bottoms = [max(free[k].bottom for k in g) for g in groups]
    for r, g in enumerate(groups):
        for k in g:
            for p in phrases(free[k]):
                j = column(p)
                rows[r][j] = _join(rows[r][j], p.text)
    # One or two standards count under a column named for their dates (生效日).
    named = lex.date_column_header.search(re.sub(r"\s+", "", header[-1] or "")) is not None
    if sum(1 for r in rows if r[-1]) < (1 if named else MIN_DATES):
        return None
    x0 = min(starts[0], min(p.x0 for p in heads))
    x1 = max(max(p.x1 for _, p in run), max(p.x1 for p in heads))

    def box(j: int, top: float, bottom: float) -> Box | None:
        left, right = (d0, x1) if j == ncol - 1 else spans[j]
        return (round(left, 2), round(top, 2), round(right, 2), round(bottom, 2))

    h_top, h_bot = min(ln.top for ln in head), max(ln.bottom for ln in head)
    grid: list[list[str | None]] = [header]
    grid.extend(list[str | None](r) for r in rows)
    boxes: list[list[Box | None]] = [[box(j, h_top, h_bot) for j in range(ncol)]]
    for i in range(len(groups)):
        boxes.append([box(j, tops[i], bottoms[i]) for j in range(ncol)])
    bottom = max(free[k].bottom for k in [head_end, *body])
    return PdfTable(
        page=page_number,
        bbox=(round(x0, 2), round(h_top, 2), round(x1, 2), round(bottom, 2)),
        rows=grid,
        cell_bboxes=boxes,
        strategy="text",
    )


def _join(a: str, b: str) -> str:
    if not a:
        return clean_cell_text(b)
    sep = " " if a[-1].isascii() and b[:1].isascii() else ""
    return clean_cell_text(a + sep + b)


MIN_WORD_ROWS = 1
MAX_NAME = 12  # characters of a column name


def word_tables(
    lines: Sequence[Any],
    phrases: Callable[[Any], Sequence[Any]],
    page_number: int,
    exclude: Sequence[Box],
) -> list[PdfTable]:
    """Tables of words: under a header of short names (one ending with a
    ``word_table_headers`` word, ``關係人名稱 與本公司之關係``), lines of as many cells,
    each starting at its column's left edge, with no amount and no sentence."""
    lex = _lex()
    free = [ln for ln in lines if not _inside(ln, exclude)]
    out: list[PdfTable] = []
    k = 0
    while k < len(free):
        head = list(phrases(free[k]))
        size = free[k].size
        if len(head) < 2 or any(_amount(p.text) or len(p.text) > MAX_NAME for p in head):
            k += 1
            continue
        body: list[list[Any]] = []
        starts: list[float] = []
        j = k + 1
        while j < len(free):
            ph = list(phrases(free[j]))
            if (
                len(ph) < 2
                or (starts and len(ph) != len(starts))
                or free[j].top - free[j - 1].bottom > size
                or any(_amount(p.text) or "。" in p.text for p in ph)
            ):
                break
            if starts and any(abs(p.x0 - a) > size for p, a in zip(ph, starts, strict=True)):
                break
            starts = starts or [p.x0 for p in ph]
            body.append(ph)
            j += 1
        if len(body) < MIN_WORD_ROWS:
            k += 1
            continue
        # The names over the columns, a letter-spaced name (關 係 人 名 稱) joined whole:
        # each header phrase goes to the column its centre stands over.
        ends = [max(ph[c].x1 for ph in body) for c in range(len(starts))]
        names = [""] * len(starts)
        for h in head:
            cx = (h.x0 + h.x1) / 2
            c = max((c for c, a in enumerate(starts) if a - size <= cx), default=-1)
            if c < 0:
                break
            names[c] = _join(names[c], h.text)
        solid = [n.replace(" ", "") for n in names]
        if (
            c < 0
            or not all(solid)
            or any(len(n) > MAX_NAME for n in solid)
            or not any(n.endswith(lex.word_table_headers) for n in solid)
        ):
            k += 1
            continue
        rows: list[list[str | None]] = [list[str | None](names)]
        rows.extend([clean_cell_text(p.text) for p in ph] for ph in body)
        x1s = [
            max(e, max((h.x1 for h in head if h.x0 >= a - size), default=e))
            for a, e in zip(starts, ends, strict=True)
        ]
        edges = starts
        lines_used = free[k:j]
        boxes: list[list[Box | None]] = [
            [
                (round(edges[c], 2), round(ln.top, 2), round(x1s[c], 2), round(ln.bottom, 2))
                for c in range(len(starts))
            ]
            for ln in lines_used
        ]
        out.append(
            PdfTable(
                page=page_number,
                bbox=(
                    round(min(edges), 2),
                    round(lines_used[0].top, 2),
                    round(max(x1s), 2),
                    round(lines_used[-1].bottom, 2),
                ),
                rows=rows,
                cell_bboxes=boxes,
                strategy="words",
            )
        )
        k = j
    return out


MIN_DURATIONS = 2
MAX_GROUP = 12  # characters of a group's label-only line (房屋及建築物)


def duration_lists(
    lines: Sequence[Any],
    phrases: Callable[[Any], Sequence[Any]],
    page_number: int,
    exclude: Sequence[Box],
) -> list[PdfTable]:
    """Lists of useful lives (``機器設備 2 年至 20 年`` under ``…按下列耐用年數計提：``):
    after a line closed by a colon, lines of a label and a term (``duration_cell``) set
    in one column (right or left edges within an em), two or more, a group's label-only
    line (``房屋及建築物``) among them; a list has no column names, so its header row is
    empty."""
    lex = _lex()
    free = [ln for ln in lines if not _inside(ln, exclude)]
    out: list[PdfTable] = []
    k = 0
    while k < len(free):
        if not fold_width(free[k].text).rstrip().endswith(("：", ":")):
            k += 1
            continue
        got: list[tuple[Any, list[Any]]] = []
        edge: tuple[float, float] | None = None
        j = k + 1
        while j < len(free):
            ln = free[j]
            ph = list(phrases(ln))
            if ln.top - free[j - 1].bottom > ln.size:
                break
            term = len(ph) == 2 and lex.duration_cell.match(clean_cell_text(fold_width(ph[1].text)))
            if term and not _amount(ph[0].text):
                x0, x1 = ph[1].x0, ph[1].x1
                if edge is not None and abs(x0 - edge[0]) > ln.size and abs(x1 - edge[1]) > ln.size:
                    break
                edge = edge or (x0, x1)
                got.append((ln, ph))
            elif (
                len(ph) == 1
                and len(ph[0].text.replace(" ", "")) <= MAX_GROUP
                and "。" not in ph[0].text
                and not _amount(ph[0].text)
                and (edge is None or ph[0].x1 < edge[0] - ln.size)
            ):
                got.append((ln, ph))  # a group's name over its items
            else:
                break
            j += 1
        while got and len(got[-1][1]) == 1:
            got.pop()
        terms = sum(1 for _, ph in got if len(ph) == 2)
        if terms < MIN_DURATIONS or edge is None:
            k += 1
            continue
        left = min(ln.x0 for ln, _ in got)
        d0 = min(ph[1].x0 for _, ph in got if len(ph) == 2)
        d1 = max(ph[1].x1 for _, ph in got if len(ph) == 2)
        rows: list[list[str | None]] = [["", ""]]
        boxes: list[list[Box | None]] = [[None, None]]
        for ln, ph in got:
            rows.append(
                [clean_cell_text(ph[0].text), clean_cell_text(ph[1].text) if len(ph) == 2 else ""]
            )
            boxes.append(
                [
                    (round(ph[0].x0, 2), round(ln.top, 2), round(ph[0].x1, 2), round(ln.bottom, 2)),
                    (round(d0, 2), round(ln.top, 2), round(d1, 2), round(ln.bottom, 2)),
                ]
            )
        out.append(
            PdfTable(
                page=page_number,
                bbox=(
                    round(left, 2),
                    round(got[0][0].top, 2),
                    round(d1, 2),
                    round(got[-1][0].bottom, 2),
                ),
                rows=rows,
                cell_bboxes=boxes,
                strategy="words",
            )
        )
        k = j
    return out
