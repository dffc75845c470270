"""A found grid cleaned as a reader would read it: label halves and glyph columns joined,
letter-spaced names rejoined, a page number set under the grid dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    clean_cell_text,
)
from pipeline.pdftables.geometry import (
    hull,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _IDEOGRAPH_RE,
    _data_cell,
    _is_data_phrase,
    _phrases,
    _PLine,
)


def _label_only(row: Sequence[str | None]) -> bool:
    return bool(row) and bool(row[0]) and not _data_cell(row[0] or "") and not any(row[1:])


def _overlaps(a: Box | None, b: Box | None) -> bool:
    return a is not None and b is not None and a[3] > b[1] and a[1] < b[3]


def _join_label_halves(t: PdfTable) -> None:
    """A slide's label cell set on two lines, one above and one below its row's values
    (``Cape`` / ``8.0 6.8 …`` / ``(110,000+)``), reads as three rows: join the label lines
    that overlap the values row in height into that row's label."""
    if len(t.cell_bboxes) != len(t.rows):
        return
    rows, boxes = t.rows, t.cell_bboxes
    out_rows: list[list[str | None]] = []
    out_boxes: list[list[Box | None]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        values = bool(row) and sum(1 for c in row[1:] if c and _data_cell(c)) >= 2
        vbox = next((b for b in boxes[k][1:] if b is not None), None) if values else None
        above = (
            vbox is not None
            and not row[0]
            and out_rows
            and _label_only(out_rows[-1])
            and _overlaps(out_boxes[-1][0], vbox)
        )
        below = (
            vbox is not None
            and k + 1 < len(rows)
            and _label_only(rows[k + 1])
            and _overlaps(boxes[k + 1][0], vbox)
        )
        if not (above or below):
            out_rows.append(list(row))
            out_boxes.append(list(boxes[k]))
            k += 1
            continue
        parts: list[str] = []
        part_boxes: list[Box] = []
        if above:
            parts.append(out_rows.pop()[0] or "")
            b = out_boxes.pop()[0]
            part_boxes += [b] if b is not None else []
        elif row[0]:
            # the upper line was already read into the values' row (a wrapped label)
            parts.append(row[0])
            b = boxes[k][0]
            part_boxes += [b] if b is not None else []
        if below:
            parts.append(rows[k + 1][0] or "")
            b = boxes[k + 1][0]
            part_boxes += [b] if b is not None else []
        label_box = hull(part_boxes) if part_boxes else None
        out_rows.append([" ".join(parts), *row[1:]])
        out_boxes.append([label_box, *boxes[k][1:]])
        k += 2 if below else 1
    t.rows, t.cell_bboxes = out_rows, out_boxes


def _join_glyph_column(t: PdfTable, lines: Sequence[_PLine]) -> None:
    """A label column cut in two by letter-spaced names set over its left edge (``資``
    ... ``產`` over the labels, ``資　產　總　計``): the column opened for their lone
    first glyphs holds nothing else, while labels of the grid run from inside its reach
    on into the label column (``流動資產`` set at the same left edge). Each glyph is its
    row's label's first character: the two columns are one (``資產``, ``資產總計``)."""
    rows, boxes = t.rows, t.cell_bboxes
    ncol = len(rows[0]) if rows else 0
    if len(boxes) != len(rows) or any(
        len(r) != ncol or len(bs) != ncol for r, bs in zip(rows, boxes, strict=True)
    ):
        return
    # header lines: above the first row holding an amount
    first = next(
        (i for i, r in enumerate(rows) if any(c and _is_data_phrase(c) for c in r)), len(rows)
    )
    for j in range(ncol - 1):
        cells = [r[j] for r in rows]
        own = [i for i, c in enumerate(cells) if c and c.strip()]
        # a cell covering the column from its left (None) must cover the next one too;
        # a None with nothing but None left of it is a header cell covered from above
        if not own or any(
            c is None and r[j + 1] is not None and any(x is not None for x in r[:j])
            for c, r in zip(cells, rows, strict=True)
        ):
            continue
        if any(len(x := (cells[i] or "").strip()) != 1 or not _IDEOGRAPH_RE.match(x) for i in own):
            continue
        # a header's glyph may stand over an empty label cell (``資`` of ``資　　產``,
        # whose ``產`` the amount column's name took); a body glyph starts its label
        if any(
            (not (n := rows[i][j + 1]) and i >= first)
            or (n and not _IDEOGRAPH_RE.match(n.strip()[:1]))
            for i in own
        ):
            continue
        reach = max((gb[2] for i in own if (gb := boxes[i][j]) is not None), default=None)
        start = min((lb[0] for r in boxes if (lb := r[j + 1]) is not None), default=None)
        if reach is None or start is None or start < reach:
            continue
        top, bottom = t.bbox[1], t.bbox[3]
        straddle = any(
            ph.x0 < reach and ph.x1 > start and _IDEOGRAPH_RE.match(ph.text[:1])
            for ln in lines
            if top <= ln.top and ln.bottom <= bottom
            for ph in _phrases(ln)
        )
        if not straddle:
            continue
        if j:
            _take_back_tail_glyphs(t, j, lines)
        for i, (r, bs) in enumerate(zip(rows, boxes, strict=True)):
            glyph = (r[j] or "").strip()
            nxt = r[j + 1]
            if glyph and not nxt and j + 2 < ncol and (gb := bs[j]) is not None:
                glyph += _glyph_partner(t, i, j + 2, gb, first, lines)
            r[j + 1] = (glyph + nxt.strip() if nxt else glyph) if glyph else nxt
            pair = [x for x in (bs[j], bs[j + 1]) if x is not None]
            bs[j + 1] = hull(pair) if glyph and pair else bs[j + 1]
            del r[j]
            del bs[j]
        return


# A header name set letter-spaced (justified over its column): its glyphs at least this
# share of the font size apart, each gap within ``_SPACED_SLACK`` of the first (a
# justified line sets one pitch exactly; a name beside it at its own spacing differs).
_SPACED_GAP = 0.5
_SPACED_SLACK = 0.1


def _spaced_runs(ln: _PLine) -> list[list[dict[str, Any]]]:
    """The letter-spaced names on a line: three ideographs or more in a row, set one
    pitch apart, the space between them against the font size wide (``收　　入　　類　　型``).
    Measured from each glyph's right edge: an engine's loose boxes reach left of the ink
    by varying amounts, never past where the glyph's advance ends."""
    size = ln.size
    chars = sorted(ln.chars, key=lambda c: (float(c["x1"]), float(c["x0"])))
    runs: list[list[dict[str, Any]]] = []
    run: list[dict[str, Any]] = []
    pitch = 0.0
    for c in chars:
        if _IDEOGRAPH_RE.match(str(c["text"])):
            if run:
                gap = float(c["x1"]) - float(run[-1]["x1"]) - size
                if gap >= _SPACED_GAP * size and (
                    len(run) == 1 or abs(gap - pitch) <= _SPACED_SLACK * size
                ):
                    pitch = gap if len(run) == 1 else pitch
                    run.append(c)
                    continue
            if len(run) >= 3:
                runs.append(run)
            run, pitch = [c], 0.0
            continue
        if len(run) >= 3:
            runs.append(run)
        run, pitch = [], 0.0
    if len(run) >= 3:
        runs.append(run)
    return runs


def _rejoin_spaced_names(t: PdfTable, lines: Sequence[_PLine]) -> None:
    """A header's letter-spaced name whose last glyphs, spread by the justification up to
    the next column, went into that column's name (``收入類 | 114年1月1日型至…``,
    ``關係人名 | 稱 114年3月31日``, ``帳列 | 項目關係人類別``): glyphs of one pitch on one
    line are one name, and those that stand left of every cell under the next column's
    name belong to the name on their left, never to that column."""
    rows, boxes = t.rows, t.cell_bboxes
    if len(boxes) != len(rows) or any(len(r) != len(bs) for r, bs in zip(rows, boxes, strict=True)):
        return
    first = next(
        (i for i, r in enumerate(rows) if any(c and _is_data_phrase(c) for c in r)), len(rows)
    )
    for i in range(first):
        row = rows[i]
        held = [b for b in boxes[i] if b is not None]
        if not held:
            continue
        top, bottom = min(b[1] for b in held), max(b[3] for b in held)
        for ln in lines:
            if not (top - 0.5 <= (ln.top + ln.bottom) / 2 <= bottom + 0.5):
                continue
            for run in _spaced_runs(ln):
                name = "".join(str(c["text"]) for c in run)
                for j in range(len(row) - 1):
                    body = [b[0] for bs in boxes[first:] if (b := bs[j + 1]) is not None]
                    left, right = (row[j] or "").strip(), row[j + 1] or ""
                    if not body or not left:
                        continue
                    k = next((k for k in range(len(name) - 1, 0, -1) if left.endswith(name[:k])), 0)
                    tail = name[k:]
                    if (
                        not k
                        or right.count(tail) != 1
                        or any(float(c["x1"]) > min(body) + 0.5 for c in run[k:])
                    ):
                        continue
                    row[j] = left + tail
                    row[j + 1] = clean_cell_text(right.replace(tail, "", 1)) or ""
                    break


def _glyph_partner(
    t: PdfTable,
    i: int,
    k: int,
    gb: tuple[float, float, float, float],
    first: int,
    lines: Sequence[_PLine],
) -> str:
    """A header's letter-spaced name (``資　　　產``) whose last glyph stands just left
    of the amounts and went into their column's name (``114年3月31日產金額``): the
    ideograph on the first glyph's line, left of every amount of column ``k``, comes out
    of that name and is returned (the label column's name is ``資產``)."""
    cell = t.rows[i][k]
    body = [b[0] for r in t.cell_bboxes[first:] if k < len(r) and (b := r[k]) is not None]
    if not cell or not body:
        return ""
    left = min(body)
    for ln in lines:
        if not (gb[1] - 0.5 <= ln.top and ln.bottom <= gb[3] + 0.5) or not any(
            gb[0] - 0.5 <= c["x0"] and c["x1"] <= gb[2] + 0.5 and _IDEOGRAPH_RE.match(c["text"])
            for c in ln.chars
        ):
            continue
        partner = [
            c["text"]
            for c in ln.chars
            if gb[2] < c["x0"] and c["x1"] <= left and _IDEOGRAPH_RE.match(c["text"])
        ]
        if len(partner) == 1 and partner[0] in cell:
            t.rows[i][k] = clean_cell_text(cell.replace(partner[0], "", 1)) or None
            return str(partner[0])
    return ""


def _take_back_tail_glyphs(t: PdfTable, j: int, lines: Sequence[_PLine]) -> None:
    """A name run on from the column before into the glyph column (``代碼資`` over the
    code column, its ``資`` standing over the glyph column, read as one at one pitch):
    its last ideograph, set inside the glyph column's reach, moves into that column."""
    reach = [b for r in t.cell_bboxes if (b := r[j]) is not None]
    x0, x1 = min(b[0] for b in reach), max(b[2] for b in reach)
    for r, boxes in zip(t.rows, t.cell_bboxes, strict=True):
        text = (r[j - 1] or "").rstrip()
        if r[j] != "" or len(text) < 2 or not _IDEOGRAPH_RE.match(text[-1]):
            continue
        tops = [b for b in boxes if b is not None]
        if not tops:
            continue
        top, bottom = min(b[1] for b in tops), max(b[3] for b in tops)
        inside = any(
            c["text"] == text[-1] and x0 - 0.5 <= c["x0"] and c["x1"] <= x1 + 0.5
            for ln in lines
            if top - 0.5 <= ln.top and ln.bottom <= bottom + 0.5
            for c in ln.chars
        )
        if inside:
            r[j - 1], r[j] = text[:-1].rstrip(), text[-1]
_FOLIO = re.compile(r"^[\s\-－—–〜~]*\d{1,3}[\s\-－—–〜~]*$")


def _drop_page_number(t: PdfTable, height: float) -> None:
    """A grid that runs to its page's foot may take the page number (``33``, ``- 13 -``)
    as its last row: a row of nothing but the folio (a slide may print it twice, left
    and right) and page furniture (``CONFIDENTIAL``, ``© … All Rights Reserved``) in
    the page's bottom tenth is no row. A lone number in the label column is the folio
    only when that column is otherwise empty (its own, set left of the labels) or the
    furniture stands beside it."""
    lex = _lex()
    while len(t.rows) > 1 and len(t.cell_bboxes) == len(t.rows):
        last = t.rows[-1]
        cells = [(j, c.strip()) for j, c in enumerate(last) if c and c.strip()]
        folios = {re.sub(r"\D", "", c) for _, c in cells if _FOLIO.match(c)}
        # the furniture may be split over cells (``OWNED | BY PEGATRON CORP. | ALL RIGHTS
        # RESERVED``): read whole, in its order on the line
        rest = " ".join(c for _, c in cells if not _FOLIO.match(c))
        if len(folios) != 1 or (rest and not lex.page_furniture.match(fold_width(rest))):
            return
        # the columns only this row fills (the folio's own, the furniture's)
        own = [
            j for j, _ in cells if not any(len(r) > j and (r[j] or "").strip() for r in t.rows[:-1])
        ]
        if (last[0] or "").strip() and 0 not in own and not rest:
            return  # a label with a number and nothing else: a row (beside furniture, none)
        boxes = [b for b in t.cell_bboxes[-1] if b is not None]
        if not boxes or min(b[1] for b in boxes) < 0.9 * height:
            return
        t.rows.pop()
        t.cell_bboxes.pop()
        for j in reversed(own):
            for cells_row in t.rows:
                del cells_row[j : j + 1]
            for boxes_row in t.cell_bboxes:
                del boxes_row[j : j + 1]
        bottom = max((b[3] for r in t.cell_bboxes for b in r if b is not None), default=t.bbox[3])
        left = min((b[0] for r in t.cell_bboxes for b in r if b is not None), default=t.bbox[0])
        right = max((b[2] for r in t.cell_bboxes for b in r if b is not None), default=t.bbox[2])
        t.bbox = (
            left if 0 in own else t.bbox[0],
            t.bbox[1],
            right if own else t.bbox[2],
            bottom,
        )


def _drop_continued_marks(t: PdfTable) -> None:
    """A row that only says the table goes on or came from the page before (``（接次頁）``
    under a part's last row, ``（承前頁）`` over the next) is a mark, not a row."""
    lex = _lex()
    keep = [
        k
        for k, r in enumerate(t.rows)
        if not (
            (cells := [c.strip() for c in r if c and c.strip()])
            and len(cells) == 1
            and lex.continued.sub("", fold_width(cells[0])).strip() == ""
        )
    ]
    if len(keep) == len(t.rows) or len(t.cell_bboxes) != len(t.rows):
        return
    t.rows = [t.rows[k] for k in keep]
    t.cell_bboxes = [t.cell_bboxes[k] for k in keep]
