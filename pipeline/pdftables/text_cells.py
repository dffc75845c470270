"""Tables of text cells under a ruled header: wrapped words in every column, few amounts.

A filing's level-3 inputs table (``項目 評價技術 重大不可觀察輸入值 …關係``) or its
valuation techniques (``金融工具類別 評價技術及輸入值``) set sentences, not amounts, in
their columns: each cell wraps over several lines, the columns' lines stand at their own
heights, and a cell may touch the next one (``…按公允價市場法``). The amount finders never
see them (no line holds two amounts) and the word finder wants one line a row. What marks
them is the header: each column name sits on a rule of its own, the rules of one row
separated by gutters (``____ ____ ________``). Those rules give the columns; every glyph
below goes to the column it stands in, and a row starts where the first column starts
again after a gap. The table ends at a line that runs across a gutter (a paragraph), that
starts left of the table, that holds amounts, or after a gap of two lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import PdfTable
from pipeline.pdftables.cells import Box, clean_cell_text, parse_cell
from pipeline.pdftables.lexicon import _lex

TEXT_CELLS = "text_cells"  # the finder's strategy: a table of words whose cells wrap
MIN_COLUMNS = 2
RULE_Y_TOL = 1.5  # points: strokes of one rule drawn a little apart
GUTTER_MIN = 3.0  # points between the rules of two columns
MAX_NAME = 24  # characters of a column name
HEADER_LEAD_EM = 0.6  # gap between the stacked lines of one column name
BODY_GAP_EM = 2.0  # a gap of two lines ends the table
ROW_GAP_EM = 0.8  # the first column starts again this far below its last line: a new row
SHORT_EM = 0.6  # a first cell's line ending this far short of the column's width: its last
BOX_MAX = 80.0  # points between the top and the bottom of a box round a name or two
CARRIED_TOP = 0.25  # a continued part's header stands in the page's top quarter
TOUCH_EM = 0.25  # glyphs this close across a gutter are one run of text (a paragraph)
BULLETS = "•‧・●▪"
WIDE = 0x2E80  # CJK characters and their punctuation start here
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class _Rule:
    y: float
    segments: list[tuple[float, float]]


def _rules(edges: Sequence[dict[str, Any]]) -> list[_Rule]:
    """Horizontal rules grouped by height, each group's strokes merged into segments."""
    hs = sorted(
        (float(e["top"]), float(e["x0"]), float(e["x1"]))
        for e in edges
        if e.get("orientation") == "h"
    )
    groups: list[list[tuple[float, float, float]]] = []
    for h in hs:
        if groups and h[0] - groups[-1][-1][0] <= RULE_Y_TOL:
            groups[-1].append(h)
        else:
            groups.append([h])
    out: list[_Rule] = []
    for g in groups:
        segs: list[list[float]] = []
        for _, x0, x1 in sorted(g, key=lambda h: h[1]):
            if segs and x0 - segs[-1][1] < GUTTER_MIN:
                segs[-1][1] = max(segs[-1][1], x1)
            else:
                segs.append([x0, x1])
        if len(segs) >= MIN_COLUMNS:
            out.append(_Rule(max(h[0] for h in g), [(s[0], s[1]) for s in segs]))
    return out


def _bounds(segments: Sequence[tuple[float, float]], size: float) -> list[tuple[float, float]]:
    """Each column's extent: to the middle of the gutters, an em past the outer rules."""
    out = []
    for k, (x0, x1) in enumerate(segments):
        lo = (segments[k - 1][1] + x0) / 2 if k else x0 - size
        hi = (x1 + segments[k + 1][0]) / 2 if k + 1 < len(segments) else x1 + size
        out.append((lo, hi))
    return out


def _column(c: dict[str, Any], bounds: Sequence[tuple[float, float]]) -> int | None:
    cx = (float(c["x0"]) + float(c["x1"])) / 2
    return next((k for k, (lo, hi) in enumerate(bounds) if lo <= cx < hi), None)


def _touching_cuts(line: Any, bounds: Sequence[tuple[float, float]]) -> tuple[int, int]:
    """How many gutters the line's extent spans, and across how many of them two of its
    glyphs touch (one run of text over the gutter's middle)."""
    chars = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    cuts = [hi for _, hi in bounds[:-1] if line.x0 < hi < line.x1]
    touched = 0
    for cut in cuts:
        for a, b in itertools.pairwise(chars):
            if (
                float(a["x0"]) < cut < float(b["x1"])
                and abs((float(a["x1"]) + float(b["x0"])) / 2 - cut) < line.size
            ):
                touched += float(b["x0"]) - float(a["x1"]) < TOUCH_EM * line.size
                break
    return len(cuts), touched


def _runs_across(line: Any, bounds: Sequence[tuple[float, float]]) -> bool:
    """A run of text over a gutter: no column name's."""
    return _touching_cuts(line, bounds)[1] > 0


def _paragraph(line: Any, bounds: Sequence[tuple[float, float]]) -> bool:
    """A line of running text over the columns: touching across every gutter it spans.
    Two cells set so close that they touch (``…公允價市場法``) span one gutter of a table
    of three columns or more, and make no paragraph."""
    spanned, touched = _touching_cuts(line, bounds)
    if not spanned or touched < spanned:
        return False
    return spanned > 1 or len(bounds) <= 2


def _pieces(line: Any, bounds: Sequence[tuple[float, float]]) -> list[str] | None:
    """The line's text in each column (``None``: a glyph outside every column)."""
    parts: list[list[dict[str, Any]]] = [[] for _ in bounds]
    for c in line.chars:
        if c["text"].isspace():
            continue
        k = _column(c, bounds)
        if k is None:
            return None
        parts[k].append(c)
    out = []
    for chars in parts:
        chars.sort(key=lambda c: float(c["x0"]) + float(c["x1"]))
        text = ""
        prev: dict[str, Any] | None = None
        for c in chars:
            if (
                prev is not None
                and float(c["x0"]) - float(prev["x1"]) > 0.2 * line.size
                and not (_CJK_RE.match(prev["text"]) or _CJK_RE.match(c["text"]))
            ):
                text += " "
            text += c["text"]
            prev = c
        out.append(text)
    return out


def _join(a: str, b: str) -> str:
    """Two lines of one cell: nothing where either side is CJK (a character or its
    punctuation, ``…113.3.31、`` / ``112.12.31及``), a space between Latin words."""
    if not a or not b:
        return a or b
    if b[0] in BULLETS:  # the next item of a list in one cell
        return f"{a} {b}"
    if ord(a[-1]) >= WIDE or ord(b[0]) >= WIDE:
        return clean_cell_text(a + b)
    return clean_cell_text(f"{a} {b}")


def _inside(ln: Any, boxes: Sequence[Box]) -> bool:
    cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
    return any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)


def _amount(text: str) -> bool:
    cv = parse_cell(text)
    return cv is not None and cv.value is not None


def ruled_text_tables(
    lines: Sequence[Any],
    edges: Sequence[dict[str, Any]],
    page_number: int,
    exclude: Sequence[Box],
    height: float | None = None,
) -> list[PdfTable]:
    """The text-cell tables of one page (``lines`` in reading order, the page's ruling
    ``edges``, its ``height``), outside the ``exclude`` boxes of tables found already."""
    out: list[PdfTable] = []
    rules = _rules(edges)
    verticals = [e for e in edges if e.get("orientation") == "v"]
    for rule in rules:
        if any(_boxed(rule, other) or _box_tops(rule, other, verticals) for other in rules):
            continue
        t = _table(lines, rule, page_number, [*exclude, *(p.bbox for p in out)], height)
        if t is not None and not _boxes_of_a_diagram(t, edges):
            out.append(t)
    return out


DIAGRAM_BOXES = 3  # separate boxes holding a grid's cells that make it a diagram
BOX_SIDE_MIN = 20.0  # points: the shortest side of a box round a diagram's step


def _closed_boxes(edges: Sequence[dict[str, Any]]) -> list[Box]:
    """Boxes drawn on the page: a top and a bottom stroke of the same reach, joined by a
    vertical at both ends (a flow diagram's or an organization chart's boxes)."""
    hs = sorted(
        {
            (round(float(e["x0"])), round(float(e["top"])), round(float(e["x1"])))
            for e in edges
            if e.get("orientation") == "h" and float(e["x1"]) - float(e["x0"]) >= BOX_SIDE_MIN
        }
    )
    vs = [e for e in edges if e.get("orientation") == "v"]

    def side(x: float, top: float, bottom: float) -> bool:
        return any(
            abs(float(e["x0"]) - x) <= 3
            and float(e["top"]) <= top + 3
            and float(e["bottom"]) >= bottom - 3
            for e in vs
        )

    out: set[Box] = set()
    for (x0, top, x1), (a0, bottom, a1) in itertools.combinations(hs, 2):
        if abs(x0 - a0) > 3 or abs(x1 - a1) > 3 or not 8 <= bottom - top <= BOX_MAX:
            continue
        if side(x0, top, bottom) and side(x1, top, bottom):
            out.add((float(x0), float(top), float(x1), float(bottom)))
    return sorted(out)


def _apart(a: Box, b: Box) -> bool:
    """Two boxes that share no stroke: a gap between them across or down the page."""
    return a[2] + 2 < b[0] or b[2] + 2 < a[0] or a[3] + 2 < b[1] or b[3] + 2 < a[1]


def _boxes_of_a_diagram(t: PdfTable, edges: Sequence[dict[str, Any]]) -> bool:
    """The grid's cells below its header stand each in a box of its own, the boxes apart
    from one another (``SMT設備及雷射設備製造業`` → ``儀器設備之組裝銷售…`` → ``通訊產品製造業``,
    joined by arrows): a flow diagram or an organization chart, a figure, not a table. A
    table's ruled cells share their strokes."""
    boxes = _closed_boxes(edges)
    if len(boxes) < DIAGRAM_BOXES:
        return False
    cells = [
        b
        for r, bs in zip(t.rows[1:], t.cell_bboxes[1:], strict=False)
        for c, b in zip(r, bs, strict=False)
        if c and c.strip() and b is not None
    ]
    held: set[Box] = set()
    inside = 0
    for b in cells:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        box = next((o for o in boxes if o[0] <= cx <= o[2] and o[1] <= cy <= o[3]), None)
        if box is not None:
            inside += 1
            held.add(box)
    return (
        len(held) >= DIAGRAM_BOXES
        and 2 * inside >= len(cells)
        and all(_apart(a, b) for a, b in itertools.combinations(sorted(held), 2))
    )


def _header(
    lines: Sequence[Any], rule: _Rule, bounds: Sequence[tuple[float, float]]
) -> tuple[list[str], float] | None:
    """The column names standing on the rule (a name may wrap upwards over two or three
    lines, set close), with the top of the highest line; ``None`` when the rule is no
    header's (a name missing, an amount, a line running across a gutter)."""
    base = [ln for ln in lines if abs(ln.bottom - rule.y) <= 0.6 * ln.size]
    if len(base) != 1:
        return None
    stack = [base[0]]
    above = [ln for ln in lines if ln.bottom <= base[0].top + 1]
    for ln in sorted(above, key=lambda ln: -ln.bottom):
        if stack[-1].top - ln.bottom > HEADER_LEAD_EM * ln.size or len(stack) >= 4:
            break
        if _runs_across(ln, bounds) or _pieces(ln, bounds) is None:
            break  # a lead-in line over the table, no column's name
        stack.append(ln)
    names = [""] * len(bounds)
    for ln in reversed(stack):
        if _runs_across(ln, bounds) or not _over_rules(ln, rule):
            return None
        pieces = _pieces(ln, bounds)
        if pieces is None:
            return None
        names = [_join(n, p) for n, p in zip(names, pieces, strict=True)]
    names = [n.replace(" ", "") if _CJK_RE.search(n) else n for n in names]
    if not all(names) or any(len(n) > MAX_NAME or _amount(n) for n in names):
        return None
    return names, stack[-1].top


def _boxed(rule: _Rule, other: _Rule) -> bool:
    """The same strokes a few lines above: the bottoms of boxes round each name (a deck's
    labelled boxes), no header's rules."""
    return (
        0 < rule.y - other.y <= BOX_MAX
        and len(other.segments) == len(rule.segments)
        and all(
            abs(a[0] - b[0]) <= 3 and abs(a[1] - b[1]) <= 3
            for a, b in zip(rule.segments, other.segments, strict=True)
        )
    )


def _box_tops(rule: _Rule, other: _Rule, verticals: Sequence[dict[str, Any]]) -> bool:
    """The tops of boxes: the same strokes lower down, joined to these by a vertical at
    both ends of every stroke. The words standing on them label the boxes (a flow
    diagram's phases over its steps, ``2010-2014 年`` over ``團購券``), and what is
    inside each box is no column's cell."""
    if other.y <= rule.y or len(other.segments) != len(rule.segments):
        return False
    if any(
        abs(a[0] - b[0]) > 3 or abs(a[1] - b[1]) > 3
        for a, b in zip(rule.segments, other.segments, strict=True)
    ):
        return False

    def side(x: float) -> bool:
        return any(
            abs(float(e["x0"]) - x) <= 3
            and float(e["top"]) <= rule.y + RULE_Y_TOL
            and float(e["bottom"]) >= other.y - RULE_Y_TOL
            for e in verticals
        )

    return all(side(x0) and side(x1) for x0, x1 in rule.segments)


def _over_rules(line: Any, rule: _Rule) -> bool:
    """Every glyph of a header line stands over a rule, none in a gutter: a chart's legend
    sets its names beside short strokes (its keys), not over them."""
    return all(
        any(x0 - 1 <= (float(c["x0"]) + float(c["x1"])) / 2 <= x1 + 1 for x0, x1 in rule.segments)
        for c in line.chars
        if not c["text"].isspace()
    )


def _table(
    lines: Sequence[Any],
    rule: _Rule,
    page_number: int,
    exclude: Sequence[Box],
    height: float | None = None,
) -> PdfTable | None:
    base = [ln for ln in lines if abs(ln.bottom - rule.y) <= 0.6 * ln.size]
    if not base:
        return None
    size = base[0].size
    bounds = _bounds(rule.segments, size)
    head = _header(lines, rule, bounds)
    if head is None:
        return None
    names, top = head
    if any(n in _lex().amount_headers for n in names):
        return None  # 代碼 金額 ％ 金額 ％: the header of a statement's amounts
    left, right = bounds[0][0], bounds[-1][1]
    body: list[tuple[Any, list[str], float]] = []  # a line, its cells, its first cell's end
    prev_bottom = rule.y
    for ln in lines:
        if ln.top < rule.y - 1:
            continue
        if ln.top - prev_bottom > BODY_GAP_EM * ln.size:
            break
        if sum(1 for w in ln.text.split() if _amount(w)) >= 2:
            return None  # a line of amounts under the header: a table of amounts
        if ln.x0 < left - ln.size or _inside(ln, exclude):
            break
        pieces = _pieces(ln, bounds) if ln.x1 <= right + ln.size else None
        if pieces is None or _paragraph(ln, bounds):
            break
        firsts = [
            float(c["x1"]) for c in ln.chars if not c["text"].isspace() and _column(c, bounds) == 0
        ]
        body.append((ln, pieces, max(firsts, default=0.0)))
        prev_bottom = ln.bottom
    if not body:
        return None
    # The rest of a row from the page before (its first column empty) under the header
    # set again at the top of the page: the table's continued part, one column or more.
    carried = not body[0][1][0] and height is not None and top <= CARRIED_TOP * height
    if not body[0][1][0] and not carried:
        return None
    rows, spans = _rows(body, size)
    cells = [r for row in rows for r in row[1:]]
    if any(_amount(c) for c in cells if c):
        return None  # an amount in a cell of its own: the amount finders' table
    if not carried and not any(sum(1 for c in row if c) >= 2 for row in rows):
        return None
    segs = rule.segments
    boxes: list[list[Box | None]] = [
        [_box(x0, y0, x1, y1) for x0, x1 in segs] for y0, y1 in [(top, rule.y), *spans]
    ]
    return PdfTable(
        page=page_number,
        bbox=_box(left, top, right, spans[-1][1]),
        rows=[list[str | None](names), *(list[str | None](r) for r in rows)],
        cell_bboxes=boxes,
        strategy=TEXT_CELLS,
    )


def _dated(piece: str) -> bool:
    """A cell's line that is a date and nothing more (an effective date, ``民國113年1月1日``): a
    second one in a column starts the next row, as in a list of standards whose first
    column fills its width on every line."""
    text = re.sub(r"\s+", "", fold_width(piece))
    m = _lex().header_date.search(text)
    return m is not None and m.start() <= 2 and m.end() == len(text)


def _box(x0: float, top: float, x1: float, bottom: float) -> Box:
    return (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))


def _rows(
    body: Sequence[tuple[Any, list[str], float]], size: float
) -> tuple[list[list[str]], list[tuple[float, float]]]:
    """The body's lines gathered into rows, with each row's top and bottom. A row starts
    where the first column starts again after a gap, or after a line of it that stops
    short of the column's width (a wrapped cell fills each line but its last). When no
    line leaves a column empty beside text in another, nothing wraps: every line is a row."""
    wraps = any(not all(p) for _, p, _ in body[1:])
    full = max((r for _, _, r in body), default=0.0)  # the first column's width
    rows: list[list[str]] = []
    spans: list[tuple[float, float]] = []
    last0: tuple[Any, list[str], float] | None = None
    for ln, pieces, right in body:
        new = bool(pieces[0]) and (
            last0 is None
            or not wraps
            or any(j and rows and rows[-1][j] and _dated(p) for j, p in enumerate(pieces))
            or ln.top - last0[0].bottom > ROW_GAP_EM * size
            or last0[2] < full - SHORT_EM * size * (1 if _CJK_RE.search(last0[1][0][-1:]) else 3)
        )
        if new or not rows:
            rows.append([""] * len(pieces))
            spans.append((ln.top, ln.bottom))
        rows[-1] = [_join(a, b) for a, b in zip(rows[-1], pieces, strict=True)]
        spans[-1] = (spans[-1][0], max(spans[-1][1], ln.bottom))
        if pieces[0]:
            last0 = (ln, pieces, right)
    return rows, spans
