"""Charts read as grids: pie wedges, column bars, a value axis's ticks and data labels;
a grid set on a chart is no table."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    _is_year,
    parse_cell,
)
from pipeline.pdftables.geometry import (
    hull,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _data_cell,
    _is_data_phrase,
)

# Two filled curved shapes overlapping by less than this share of the smaller one's box
# are two wedges of a chart; more is a shape and its shadow or its outline.
WEDGE_OVERLAP = 0.8
# Of a grid's value cells at least this share set on a chart's wedges: the chart's labels.
ON_WEDGES_SHARE = 0.5
# A pie's wedges together fill a circle's box: its sides differ by at most this ratio
# (swooshes and ribbons behind a slide overlap too, in a long box).
WEDGE_ASPECT = 1.25


def _box_area(b: Sequence[float]) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _meet(a: Sequence[float], b: Sequence[float]) -> float:
    return _box_area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def wedge_charts(curves: Sequence[Box]) -> list[Box]:
    """The boxes of a page's pie and donut charts: filled curved shapes (``PageGeometry
    .curves``) that overlap one another in part, as a pie's wedges do around their
    centre, in a box as wide as tall. A rounded box holds the shapes inside it, a shadow
    lies almost on its shape: neither makes a chart."""
    boxes = sorted(curves)
    group = list(range(len(boxes)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    paired: set[int] = set()
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            meet = _meet(a, b)
            small = min(_box_area(a), _box_area(b))
            if meet <= 0 or small <= 0 or meet >= WEDGE_OVERLAP * small:
                continue
            paired.update((i, j))
            group[root(j)] = root(i)
    charts: dict[int, list[Box]] = {}
    for i in sorted(paired):
        charts.setdefault(root(i), []).append(boxes[i])
    out = []
    for _, bs in sorted(charts.items()):
        x0, top, x1, bottom = hull(bs)
        w, h = x1 - x0, bottom - top
        if min(w, h) > 0 and max(w, h) <= WEDGE_ASPECT * min(w, h):
            out.append((x0, top, x1, bottom))
    return out


# A column chart's value labels stand over its bars: the chart's zone reaches this
# share of its tallest bar's height (and at least BAR_RISE_MIN points) above it.
BAR_RISE = 0.3
BAR_RISE_MIN = 20.0


def bar_charts(bars: Sequence[Box]) -> list[Box]:
    """The zones of a page's column charts (``PageGeometry.bars``: bars drawn as one
    path on one baseline), reaching up over the tallest bar to hold its value label."""
    out = []
    for x0, top, x1, bottom in sorted(bars):
        rise = max(BAR_RISE_MIN, BAR_RISE * (bottom - top))
        out.append((x0, top - rise, x1, bottom))
    return out


def _on_wedges(t: PdfTable, wedges: Sequence[Box]) -> bool:
    """A grid read from a pie's or a donut's labels (``網路產品 18%`` on its wedge): most
    of its value cells set on the chart's wedges."""
    if not wedges or not t.cell_bboxes:
        return False
    centres = [
        ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        for r, bs in zip(t.rows, t.cell_bboxes, strict=False)
        for c, b in zip(r, bs, strict=False)
        if c and b is not None and _is_data_phrase(c)
    ]
    on = sum(1 for x, y in centres if any(w[0] <= x <= w[2] and w[1] <= y <= w[3] for w in wedges))
    return bool(centres) and on >= ON_WEDGES_SHARE * len(centres)


def _has_axis(t: PdfTable) -> bool:
    """A column of evenly spaced, ordered numbers (0, 20,000, 40,000 …): a chart's axis
    ticks, so the lines around them are a chart, not a table."""
    return axis_rows(t) is not None


def axis_rows(t: PdfTable) -> list[int] | None:
    """The rows holding a chart's axis ticks (see ``_has_axis``), else None."""
    ncol = max((len(r) for r in t.rows), default=0)
    for j in range(ncol):
        vals = []
        at: list[int] = []
        full = True  # every numbered line also holds two amounts or more
        years: list[bool] = []
        for i, r in enumerate(t.rows):
            cell = (r[j] or "") if j < len(r) else ""
            glued = _lex().tick_over_years.match(cell)  # `35%2024 2025`: the last tick
            cv = parse_cell(glued.group(1) if glued else cell) if j < len(r) else None
            if cv is not None and cv.value is not None:
                vals.append(cv.value)
                at.append(i)
                years.append(_is_year(r[j] or ""))
                full = full and sum(1 for c in r[j + 1 :] if c and parse_cell(c)) >= 2
        while len(vals) > 4 and years[-1] and not years[-2]:
            # the chart's first category under its ticks (`2019` under `50`, `-`) is no tick
            vals.pop()
            years.pop()
            at.pop()
        if len(vals) < 4:
            continue
        steps = {round(b - a, 6) for a, b in itertools.pairwise(vals)}
        if j == 0 and steps == {1} and vals[0] in (0, 1) and full:
            continue  # row numbers (months 1–12, item numbers) label full rows
        if len(steps) == 1 and 0 not in steps:
            return at
    return None


def _data_labels(t: PdfTable) -> bool:
    """A line chart's data labels (``2.9%`` … ``8.8%`` … ``5.0%`` over ``2020 … 2024``):
    values on lines of their own or two, each in a column of its own, set at the heights
    of the points they label; a table's rows share their columns. Years are the axis's
    labels, no values."""
    cols = [
        j
        for r in t.rows
        for j, c in enumerate(r)
        if c and _is_data_phrase(c) and parse_cell(c) is not None
    ]
    lines = sum(1 for r in t.rows if any(c and _is_data_phrase(c) for c in r))
    return len(cols) >= 3 and lines >= 2 and len(set(cols)) == len(cols)


def _word_cell(text: str | None) -> bool:
    """A cell of words and nothing else: no digit (an amount, a date, a count written
    ``31,000,000+``), no nil or note mark, a letter or an ideograph."""
    if not text or any(ch.isdigit() for ch in text) or _lex().cell_marker.match(text.strip()):
        return False
    return any(ch.isalpha() for ch in text) and not _data_cell(text)


def _scattered_labels(t: PdfTable) -> bool:
    """A diagram's labels read as a grid: a pie's or a map's ``歐洲`` over ``10%``, a
    timeline's phases along a curve. Each label stands over or under its value, so the
    words fall in the value columns, below amounts of the same column; a table's value
    columns hold, under their first amount, amounts, nil marks and notes only (its words
    are the label column's and the header's, above). And the labels share no line: the
    values stand one a line, each line's in a column of its own, where a table with one
    value a row keeps them in one column or two. Values one a line in three columns or
    more (one line of two allowed, labels meeting by chance), and most value columns
    mixed, make the lines no table."""
    valued_at = [[j for j, c in enumerate(r) if c and _is_data_phrase(c)] for r in t.rows]
    if sum(1 for js in valued_at if len(js) >= 2) > 1:
        return False
    if len({j for js in valued_at for j in js}) < 3:
        return False
    ncol = max((len(r) for r in t.rows), default=0)
    valued = mixed = 0
    for j in range(1, ncol):
        seen = words = 0
        for r in t.rows:
            c = r[j] if j < len(r) else None
            if c and _is_data_phrase(c):
                seen += 1
            elif seen and _word_cell(c):
                words += 1
        valued += seen > 0
        mixed += seen > 0 and words > 0
    return mixed >= 1 and 2 * mixed >= valued


# Lines of an infographic read as a grid at least this long (a one-row table is shorter).
LONE_VALUE_ROWS = 4


def _lone_values(t: PdfTable) -> bool:
    """An infographic's captions read as a grid: text in blocks side by side with a figure
    here and there (``Leading 75M+`` … ``10`` over ``Design wins``). A table's values share
    a column or a row; when none of its value columns holds two values and no row does,
    over four lines or more, the lines are no table."""
    rows = [r for r in t.rows if any(r)]
    if len(rows) < LONE_VALUE_ROWS:
        return False
    valued = [[j for j, c in enumerate(r) if j and c and _is_data_phrase(c)] for r in rows]
    cols = [j for js in valued for j in js]
    return bool(cols) and len(set(cols)) == len(cols) and all(len(js) <= 1 for js in valued)
