"""Ruled tables: pdfplumber's lines strategy on the page's ruling, the cells nested in a
ruled box split by the text's own columns."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from typing import Any

from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    parse_cell,
)
from pipeline.pdftables.columns import (
    _columns,
)
from pipeline.pdftables.phrases import (
    _is_data_phrase,
    _join_text,
    _join_text_all,
    _join_wrapped,
    _Phrase,
    _phrases,
    _PLine,
    _round_box,
    _SomeChars,
    lines_from_chars,
)


def table_text(t: Any, inside: list[dict[str, Any]] | None = None) -> list[list[str | None]]:
    """``t.extract()`` looking at the page's chars once instead of once per row.

    ``Table.extract`` keeps, for each row, the page's chars whose centre lies in the
    row's box; each row's box lies within the table's (both are the min and max of the
    same cells), so the chars centred in the table's box, tested the same way, reach
    every row the same, in the same order. ``inside``: those chars, when the caller has
    them (``grid_chars``).
    """
    if inside is None:
        inside = grid_chars(t)
    text: list[list[str | None]] = type(t)(_SomeChars(inside), t.cells).extract()
    return text


def grid_chars(t: Any) -> list[dict[str, Any]]:
    """The page's chars centred in a ruled grid's box (``_centred_in``'s half-open test),
    in the page's order: every cell box, a column's box over the rows and a row's band
    between its cells lie within the grid's box (the min and max of its cells), so the
    chars centred in any of them are among these — read from them, not from the page's."""
    x0, top, x1, bottom = t.bbox
    return [
        c
        for c in t.page.chars
        if (c["x0"] + c["x1"]) / 2 >= x0
        and (c["x0"] + c["x1"]) / 2 < x1
        and (c["top"] + c["bottom"]) / 2 >= top
        and (c["top"] + c["bottom"]) / 2 < bottom
    ]


def _from_lines_table(t: Any, page_number: int) -> PdfTable | None:
    # the grid's own chars, for the helpers that read chars inside its cells, columns
    # and row bands (each a box within the grid's); a row's lines (``_split_collapsed``)
    # and the labels left of the grid (``_labels_left``) are read from the page's
    own = grid_chars(t)
    raw = table_text(t, own)
    rows: list[list[str | None]] = []
    boxes: list[list[Box | None]] = []
    chars = getattr(t.page, "chars", [])
    bounds = _sub_columns(t.rows, own)
    holders = _holders(t.rows)
    for r, row in zip(raw, t.rows, strict=True):
        ruled, read = _unruled_cells(row.cells, r, t.rows, own)
        held = any(tuple(b) in holders for b in ruled if b)
        if held:  # read column by column: one header row
            ruled, read = _holder_columns(ruled, read, t.rows, holders, own)
        cells, texts = _nested_cells(ruled, read, bounds, own)
        split = None if held else _split_collapsed(cells, chars)
        if split is None:
            rows.append([None if c is None else _join_wrapped(c) for c in texts])
            boxes.append(cells)
            continue
        for line_texts, line_boxes in split:
            rows.append(list(line_texts))
            boxes.append(line_boxes)
    rows, boxes = _unstarted_columns_dropped(rows, boxes)
    bbox = _round_box(t.bbox)
    labels = _labels_left(rows, boxes, bbox, chars)
    if labels is not None:  # the rules frame the values only; the labels stand left of them
        names, x0 = labels
        labelled: list[list[str | None]] = []
        for text, row in zip(names, rows, strict=True):
            labelled.append([text, *row])
        rows = labelled
        boxes = [
            [(x0, b[1], bbox[0], b[3]) if (b := next((c for c in bs if c), None)) else None, *bs]
            for bs in boxes
        ]
        bbox = (round(x0, 2), bbox[1], bbox[2], bbox[3])
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    if sum(1 for r in rows if sum(1 for c in r if c) >= 2) < 2:
        return None
    return PdfTable(
        page=page_number,
        bbox=bbox,
        rows=rows,
        cell_bboxes=boxes,  # type: ignore[arg-type]
        strategy="lines",
    )


def _unstarted_columns_dropped(
    rows: list[list[str | None]], boxes: list[list[Box | None]]
) -> tuple[list[list[str | None]], list[list[Box | None]]]:
    """A grid column no text starts in, on any row (the header's cell left of it, and
    most rows' cells, run across it; a stray box's cells in it hold nothing), is no
    column: a stray vertical line made it (an arrow's shaft, a highlight box drawn over
    the grid), and read as one it doubles its neighbour's name (``4Q25 | 4Q25``)."""
    width = {len(r) for r in rows} | {len(b) for b in boxes}
    if len(width) != 1 or len(rows) != len(boxes):
        return rows, boxes
    ncol = width.pop()
    gone = [
        j
        for j in range(1, ncol)
        if all(not (r[j] or "").strip() for r in rows)
        and 2 * sum(1 for r in rows if r[j] is None) > len(rows)
    ]
    if not gone or len(gone) >= ncol - 1:
        return rows, boxes
    keep = [j for j in range(ncol) if j not in gone]
    return [[r[j] for j in keep] for r in rows], [[b[j] for j in keep] for b in boxes]


def _unruled_cells(
    cells: Sequence[Any],
    texts: Sequence[str | None],
    rows: Sequence[Any],
    chars: Sequence[dict[str, Any]],
) -> tuple[list[Any], list[str | None]]:
    """A ruled row's cells with the ones its rules leave out read back: a header cell
    filled but not stroked at the grid's edge (CHT's ``Q4 2025 (A)`` over the first
    amounts, ``達成率 %`` over the last) is no cell to the table finder, its text lost.
    Where a column has cells on other rows and this row's band holds glyphs there that no
    cell of the grid holds (a cell merged over the column, or down over the row, holds its
    own), the column's extent over the row's band is that cell."""
    out, read = list(cells), [texts[j] if j < len(texts) else None for j in range(len(cells))]
    if not any(cells):
        return out, read
    # a blank cell a stray box's side cut narrow (its column's other cells are twice as
    # wide or more) leaves the rest of the column's width to no cell: read like a
    # missing one (8299's `2,227` right of an arrow's box)
    cut = [
        j
        for j, b in enumerate(cells)
        if any((t or "").strip() for t in read)  # the box's own rows hold nothing
        and b is not None
        and not (read[j] or "").strip()
        and (wide := _column_width(rows, j)) is not None
        and 2 * (b[2] - b[0]) <= wide
    ]
    if all(cells) and not cut:
        return out, read
    # the row's own band: a cell merged down over the rows under it (地區 beside two
    # header lines) reaches further
    whole = [b for j, b in enumerate(cells) if b and j not in cut]
    if not whole:
        return out, read  # a stray box's own rows: no row of the grid's
    top = min(b[1] for b in whole)
    # (beside a box's cut cells, the box's own small cells end early: most cells' edge)
    bottom = statistics.median(b[3] for b in whole) if cut else min(b[3] for b in whole)
    for j, b in enumerate(cells):
        if b is not None and j not in cut:
            continue
        col = [r.cells[j] for r in rows if j < len(r.cells) and r.cells[j]]
        if not col:
            continue
        if j in cut:
            col = [c for c in col if 2 * (c[2] - c[0]) > (_column_width(rows, j) or 0.0)]
        box = (max(c[0] for c in col), top, min(c[2] for c in col), bottom)
        own = [
            c
            for c in _chars_in(chars, box)
            if not any(o and _centred_in(c, o) for r in rows for o in r.cells)
        ]
        if own:
            out[j] = box
            read[j] = "\n".join(ln.text for ln in lines_from_chars(own))
    return out, read


def _column_width(rows: Sequence[Any], j: int) -> float | None:
    """The width most of column ``j``'s cells have (the median), None with no cells."""
    widths = [c[2] - c[0] for r in rows if j < len(r.cells) and (c := r.cells[j])]
    return statistics.median(widths) if widths else None


def _holds(b: Sequence[float], o: Sequence[float]) -> bool:
    return (
        b != o and b[0] <= o[0] + 1 and b[1] <= o[1] + 1 and o[2] <= b[2] + 1 and o[3] <= b[3] + 1
    )


def _holders(rows: Sequence[Any]) -> set[tuple[float, ...]]:
    """Ruled cells that hold other cells of the grid: a header's frame whose inner rules
    stop short of it (8433's board-diversity header: its corner names and its groups'
    names are no cells of their own), read by the table finder as one cell over them all."""
    boxes = [tuple(b) for r in rows for b in r.cells if b]
    return {b for b in boxes if sum(1 for o in boxes if _holds(b, o)) >= 2}


def _holder_columns(
    cells: Sequence[Any],
    texts: Sequence[str | None],
    rows: Sequence[Any],
    holders: set[tuple[float, ...]],
    chars: Sequence[dict[str, Any]],
) -> tuple[list[Any], list[str | None]]:
    """A row whose cell holds other cells read column by column instead: the glyphs in it
    that no other cell holds, each phrase under the column it stands over (a name stacked
    one glyph a line, ``性`` / ``別``, stays one name). A run over several columns (a
    group's name over cells of their own, often letter-spaced across them) names none of
    them alone: it is left out."""
    out, read = list(cells), list(texts)
    inner = [b for r in rows for b in r.cells if b and tuple(b) not in holders]
    for j, b in enumerate(cells):
        if not b or tuple(b) not in holders:
            continue
        out[j], read[j] = None, None
        spans: dict[int, tuple[float, float]] = {}
        for k in range(len(cells)):
            col = [r.cells[k] for r in rows if k < len(r.cells) and r.cells[k]]
            col = [c for c in col if tuple(c) not in holders]
            if col and b[0] - 1 <= col[0][0] and col[0][2] <= b[2] + 1:
                spans[k] = (max(c[0] for c in col), min(c[2] for c in col))
        free = [c for c in _chars_in(chars, b) if not any(_centred_in(c, o) for o in inner)]
        taken: dict[int, list[dict[str, Any]]] = {}
        for run in _glyph_runs(free):
            over = {
                k
                for c in run
                for k, (x0, x1) in spans.items()
                if x0 <= (c["x0"] + c["x1"]) / 2 < x1
            }
            if len(over) == 1:
                taken.setdefault(over.pop(), []).extend(run)
        for k, own in taken.items():
            x0, x1 = spans[k]
            out[k] = (x0, b[1], x1, b[3])
            read[k] = "\n".join(ln.text for ln in lines_from_chars(own))
        for k, own in sorted(taken.items()):
            group = _group_under(own, k, b, spans, inner, free, set(taken))
            if group is None:
                continue
            first, last, box = group
            text = read[k]
            for m in range(first, last + 1):
                out[m], read[m] = None, None
            out[first], read[first] = box, text
    return out, read


def _group_under(
    own: Sequence[dict[str, Any]],
    k: int,
    holder: Sequence[float],
    spans: dict[int, tuple[float, float]],
    inner: Sequence[Any],
    free: Sequence[dict[str, Any]],
    named: set[int],
) -> tuple[int, int, Box] | None:
    """The columns a name inside a holder heads, when it heads more than the one it
    stands over: a group name (``運作情形``) whose own ruled box the table finder missed
    (its side rules stop short of the frame's top rule, so the holder took it in), over
    a band of cells that share one top rule (``是 · 否 · 摘要說明``). The band runs on from
    the cell under the name through the cells beside it that touch it, that share its
    top and stand under no text of their own in the holder above them; the name must
    stand nearer the band's middle than its own column's (a centred group name), else
    it heads its column alone. Returns the band's first and last column and the
    group's box (the holder's top to the band's top)."""
    bottom = max(c["bottom"] for c in own)
    mid = (min(c["x0"] for c in own) + max(c["x1"] for c in own)) / 2

    def held(c: Any) -> bool:
        return bool(_holds(holder, c))

    below = [c for c in inner if held(c) and c[1] >= bottom - 1]
    x0, x1 = spans[k]
    under = [c for c in below if c[0] < x1 - 1 and c[2] > x0 + 1]
    if not under:
        return None
    top = min(c[1] for c in under)
    band = [c for c in below if abs(c[1] - top) <= 1]
    cols = sorted(spans)

    def cell_of(m: int) -> Any:
        a, z = spans[m]
        return next((c for c in band if c[0] <= a + 1 and z <= c[2] + 1), None)

    def bare(m: int) -> bool:
        a, z = spans[m]
        area = (a, holder[1], z, top)
        return m not in named and not any(_centred_in(c, area) for c in free)

    if cell_of(k) is None:
        return None
    first = last = k
    while (i := cols.index(first)) > 0 and bare(m := cols[i - 1]):
        c, d = cell_of(m), cell_of(first)
        if c is None or d is None or abs(c[2] - d[0]) > 1:
            break
        first = m
    while (i := cols.index(last)) < len(cols) - 1 and bare(m := cols[i + 1]):
        c, d = cell_of(last), cell_of(m)
        if c is None or d is None or abs(c[2] - d[0]) > 1:
            break
        last = m
    if first == last:
        return None
    g0, g1 = spans[first][0], spans[last][1]
    if abs(mid - (g0 + g1) / 2) >= abs(mid - (x0 + x1) / 2):
        return None
    return first, last, (g0, holder[1], g1, top)


def _glyph_runs(chars: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Glyphs of one text line set solid (less than a third of a glyph apart): a name
    written across, where glyphs stacked in narrow columns stand further apart."""
    runs: list[list[dict[str, Any]]] = []
    for ln in lines_from_chars(chars):
        run: list[dict[str, Any]] = []
        for c in sorted(ln.chars, key=lambda c: c["x0"]):
            if run and c["x0"] - run[-1]["x1"] >= (c["bottom"] - c["top"]) / 3:
                runs.append(run)
                run = []
            run.append(c)
        if run:
            runs.append(run)
    return runs


def _centred_in(c: dict[str, Any], b: Sequence[float]) -> bool:
    cx: float = (c["x0"] + c["x1"]) / 2
    cy: float = (c["top"] + c["bottom"]) / 2
    return b[0] <= cx < b[2] and b[1] <= cy < b[3]


def _labels_left(
    rows: Sequence[Sequence[str | None]],
    boxes: Sequence[Sequence[Box | None]],
    bbox: Box,
    chars: Sequence[dict[str, Any]],
) -> tuple[list[str], float] | None:
    """Row labels set left of a ruled grid whose first column holds numbers, one per
    row band; None unless most rows have one. A grid whose first column holds labels
    of its own has none outside it (the text left of it is the slide's title or notes)."""
    firsts = [r[0] for r in rows[1:] if r and r[0]]
    if not firsts or sum(1 for x in firsts if _is_data_phrase(x)) < 0.5 * len(firsts):
        return None
    texts: list[str] = []
    x0 = bbox[0]
    for bs in boxes:
        b = next((c for c in bs if c), None)
        if b is None:
            texts.append("")
            continue
        own = [
            c
            for c in chars
            if b[1] <= (c["top"] + c["bottom"]) / 2 < b[3] and c["x1"] <= bbox[0] + 1
        ]
        line = lines_from_chars(own)
        phrases = [p for ln in line for p in _phrases(ln)]
        # Only the phrase nearest the grid: text further left is another column of the slide.
        near = [max(phrases, key=lambda p: p.x1)] if phrases else []
        texts.append(_join_text_all([p.text for p in near]))
        if near:
            x0 = min(x0, *(p.x0 for p in near))
    body = texts[1:]
    labelled = sum(1 for x in body if x and not _is_data_phrase(x))
    if not body or labelled < 0.6 * len(body):
        return None
    return texts, x0


def _sub_columns(rows: Sequence[Any], chars: Sequence[dict[str, Any]]) -> dict[int, list[float]]:
    """Ruled columns that each hold several columns of numbers (a slide's nested ruled
    blocks: one ruled cell per block holding every period's amounts): the x positions
    that split them, found from the alignment of the numbers inside across all rows."""
    ncol = max((len(r.cells) for r in rows), default=0)
    out: dict[int, list[float]] = {}
    for j in range(ncol):
        bs = [r.cells[j] for r in rows if j < len(r.cells) and r.cells[j]]
        if not bs:
            continue
        # A cell merged across the next columns (a header over its periods) is wider.
        x0, top = min(b[0] for b in bs), min(b[1] for b in bs)
        x1, bottom = min(b[2] for b in bs), max(b[3] for b in bs)
        own = [
            c
            for c in chars
            if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom
        ]
        data = [ph for ln in lines_from_chars(own) if _data_line(ph := _phrases(ln))]
        cols = _columns([p for ph in data for p in ph])
        numeric = [c for c in cols if not c.text and c.numeric - c.nulls >= 2]
        texts = sum(1 for c in cols if c.text)
        if len(cols) >= 2 and len(numeric) >= 2 and texts <= 1:
            out[j] = [(a.x1 + b.x0) / 2 for a, b in itertools.pairwise(cols)]
    return out


def _data_line(phrases: Sequence[_Phrase]) -> bool:
    return any(_is_data_phrase(p.text) for p in phrases)


def _nested_cells(
    cells: Sequence[Any],
    texts: Sequence[str | None],
    bounds: dict[int, list[float]],
    chars: Sequence[dict[str, Any]],
) -> tuple[list[Box | None], list[str | None]]:
    """A ruled row's cells with the split columns cut at ``bounds``; a cell whose text
    straddles a cut (a header over the block's periods) stays whole, covering the rest."""
    boxes: list[Box | None] = []
    out: list[str | None] = []
    for j, b in enumerate(cells):
        cuts = bounds.get(j)
        if cuts is None:
            boxes.append(_round_box(b) if b else None)
            out.append(texts[j] if j < len(texts) else None)
            continue
        n = len(cuts) + 1
        if b is None:
            boxes.extend([None] * n)
            out.extend([None] * n)
            continue
        own = _chars_in(chars, b)
        phrases = [p for ln in lines_from_chars(own) for p in _phrases(ln)]
        if any(p.x0 < x < p.x1 for p in phrases for x in cuts):
            boxes.extend([_round_box(b), *([None] * (n - 1))])
            out.extend([texts[j] if j < len(texts) else None, *([None] * (n - 1))])
            continue
        edges = [b[0], *cuts, b[2]]
        for a, z in itertools.pairwise(edges):
            sub = (a, b[1], z, b[3])
            boxes.append(_round_box(sub))
            lines = lines_from_chars(_chars_in(own, sub))
            out.append("\n".join(ln.text for ln in lines))
    return boxes, out


def _chars_in(chars: Sequence[dict[str, Any]], b: Sequence[float]) -> list[dict[str, Any]]:
    return [c for c in chars if _centred_in(c, b)]


def _split_collapsed(
    cells: Sequence[Box | None], chars: Sequence[dict[str, Any]]
) -> list[tuple[list[str | None], list[Box | None]]] | None:
    """The text lines of a ruled row that holds many rows (statements rule the columns
    and the header but not each row; a slide rules each block of rows): one row per text
    line, or None when the row is a row (fewer than two of its lines hold numbers).

    A cell set on one line of its own between the row's lines (a block's name centred
    beside its rows) goes on the first row and covers the rest, like a merged cell.
    """
    present = [b for b in cells if b]
    if len(present) < 2:
        return None
    # The row's own band: a cell merged down over the next rows reaches further.
    top = min(b[1] for b in present)
    bottom = min(b[3] for b in present)
    inside = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 < bottom]
    lines = lines_from_chars(inside)
    if len(lines) < 2:
        return None
    table: list[list[str | None]] = []
    extents: list[list[tuple[float, float] | None]] = []  # each cell's glyphs, x0 to x1
    numeric = 0
    wide = 0
    for ln in lines:
        texts: list[str | None] = []
        ext: list[tuple[float, float] | None] = []
        for b in cells:
            if b is None:
                texts.append(None)
                ext.append(None)
                continue
            own = [c for c in ln.chars if b[0] <= (c["x0"] + c["x1"]) / 2 < b[2]]
            sub = _PLine("", ln.x0, ln.top, ln.x1, ln.bottom, own, ordered=ln.ordered)
            texts.append(_join_text_all([p.text for p in _phrases(sub)]))
            ext.append((min(c["x0"] for c in own), max(c["x1"] for c in own)) if own else None)
        extents.append(ext)
        if sum(1 for x in texts[1:] if x and _is_data_phrase(x)) >= 1:
            numeric += 1
            wide += sum(1 for x in texts if x) >= 2
        table.append(texts)
    if numeric < 2 or (len(lines) < 3 and wide < 2):
        return None
    if all(len(x) <= 2 for row in table for x in row if x):
        return None  # names stacked a glyph or two a line (41 / 至 / 50 / 歲): one row
    # Cells with text on one line only, that line holding nothing else or centred in
    # the cell beside lines of other cells: merged cells.
    spanning = []
    for j, b in enumerate(cells):
        at = [i for i, row in enumerate(table) if row[j]]
        if b is None or len(at) != 1:
            continue
        ln = lines[at[0]]
        alone = sum(1 for x in table[at[0]] if x) == 1
        centred = (
            0 < at[0] < len(lines) - 1
            and abs((ln.top + ln.bottom) - (b[1] + min(b[3], bottom))) < 0.5 * ln.size
        )
        if alone or centred:
            spanning.append(j)
    out: list[tuple[list[str | None], list[Box | None]]] = []
    first_line: list[int] = []  # the line each row of ``out`` starts on
    for i, (ln, texts) in enumerate(zip(lines, table, strict=True)):
        if spanning and sum(1 for j, x in enumerate(texts) if x and j not in spanning) == 0:
            continue  # the merged cell's own line
        if out and _wraps(i, first_line[-1], table, extents, cells, ln.size):
            prev_texts, prev_boxes = out[-1]
            for j, x in enumerate(texts):
                if x:
                    prev_texts[j] = _join_text(prev_texts[j] or "", x)
                    pb = prev_boxes[j]
                    if pb is not None:
                        prev_boxes[j] = _round_box((pb[0], pb[1], pb[2], ln.bottom))
            continue
        row_boxes: list[Box | None] = []
        for j, b in enumerate(cells):
            if b is not None and j in spanning:
                first = not out
                texts[j] = next((r[j] for r in table if r[j]), "") if first else None
                row_boxes.append(_round_box((b[0], top, b[2], b[3])) if first else None)
            else:
                row_boxes.append(
                    _round_box((b[0], ln.top, b[2], ln.bottom)) if b is not None else None
                )
        out.append((texts, row_boxes))
        first_line.append(i)
    return out


def _wraps(
    i: int,
    start: int,
    table: Sequence[Sequence[str | None]],
    extents: Sequence[Sequence[tuple[float, float] | None]],
    cells: Sequence[Box | None],
    size: float,
) -> bool:
    """Line ``i`` of a ruled row goes on the text of the row started at line ``start``
    (``健喬信元醫藥生技`` / ``股份有限公司``): it holds no amount and no dash, and each of
    its words continues a cell whose line above ran to the cell's right edge (a wrapped
    line, not a short label) and starts no further left than the row's first line in
    that cell (a section name like ``公司債`` stands left of the names under it)."""
    texts = table[i]
    if not any(texts) or any(x and parse_cell(x) is not None for x in texts):
        return False
    if not any(x and parse_cell(x) is not None for x in table[start]):
        return False  # the row above is no row of amounts (a section name, a header)
    for j, x in enumerate(texts):
        if not x:
            continue
        above, first, b = extents[i - 1][j], extents[start][j], cells[j]
        here = extents[i][j]
        if above is None or first is None or b is None or here is None:
            return False
        if above[1] < b[2] - 2.5 * size or here[0] < first[0] - 1.0:
            return False
    return True
