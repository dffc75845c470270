"""Slide layouts: side-by-side panels (each its own table) and text blocks set beside a
block of amounts."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _is_data_phrase,
    _Phrase,
    _phrases,
    _PLine,
    lines_from_chars,
)
from pipeline.pdftables.unit_lines import (
    line_unit,
)

# A gutter between two side-by-side panels is at least this many ems wide.
PANEL_GUTTER_EM = 1.5


def _unit_phrases(lines: Sequence[_PLine]) -> list[tuple[_PLine, _Phrase]]:
    """Phrases that are a unit line of their own (``單位：新台幣佰萬元``, ``Unit: NT$ Mn``)."""
    unit_line = _lex().unit_line
    return [
        (ln, p)
        for ln in lines
        for p in _phrases(ln)
        if unit_line.match(fold_width(p.text)) and line_unit(p.text) is not None
    ]


def _free_gaps(
    spans: Sequence[tuple[float, float]], lo: float, hi: float
) -> list[tuple[float, float]]:
    """The stretches of ``(lo, hi)`` no span covers."""
    gaps: list[tuple[float, float]] = []
    edge = lo
    for x0, x1 in sorted(spans):
        if x0 > edge:
            gaps.append((edge, min(x0, hi)))
        edge = max(edge, x1)
        if edge >= hi:
            break
    if edge < hi:
        gaps.append((edge, hi))
    return [(a, b) for a, b in gaps if b > a]


def _side_panels(lines: Sequence[_PLine]) -> list[list[_PLine]]:
    """The page's lines as panels: two panels set side by side (a table beside a chart,
    two tables), each under a unit line of its own, with a gutter no glyph crosses from
    the panels' titles down to their last lines, are read apart, the left one with the
    rest of the page; else the page's lines as one panel. Read as one, the panels' rows
    share lines: one table took the chart's labels as cells and the two units were one."""
    units = _unit_phrases(lines)
    for (la, a), (lb, b) in itertools.combinations(units, 2):  # in reading order
        left, right = (a, b) if a.x1 <= b.x0 else (b, a)
        if left.x1 > right.x0:
            continue
        size = max(la.size, lb.size)
        top = min(la.top, lb.top)
        bottom = max(la.bottom, lb.bottom)
        seed = [ln for ln in lines if ln.bottom > top and ln.top < bottom]
        spans = [(p.x0, p.x1) for ln in seed for p in _phrases(ln)]
        gaps = [
            g
            for g in _free_gaps(spans, left.x1, right.x0)
            if g[1] - g[0] >= PANEL_GUTTER_EM * size
        ]
        if not gaps:
            continue
        lo, hi = max(gaps, key=lambda g: (g[1] - g[0], -g[0]))
        band = _panel_band(lines, seed, lo, hi, PANEL_GUTTER_EM * size)
        if band is None:
            continue
        first, last, hi = band[0], band[1], band[3]
        right_ids = {
            id(c)
            for ln in lines[first : last + 1]
            for c in ln.chars
            if (c["x0"] + c["x1"]) / 2 >= hi
        }
        panel = [c for ln in lines[first : last + 1] for c in ln.chars if id(c) in right_ids]
        rest = [c for ln in lines for c in ln.chars if id(c) not in right_ids]
        return [lines_from_chars(rest), lines_from_chars(panel)]
    for ln, u in units if len(units) == 1 else []:
        got = _unitless_panel(lines, ln, u)
        if got is not None:
            return got
    return [list(lines)]


# Rows of its own (a label, then two amounts or more) a panel with no unit line sets.
UNITLESS_PANEL_ROWS = 2
# Lines under the unit line whose phrases bound the gutter looked for.
UNITLESS_GUTTER_LINES = 3


def _unitless_panel(
    lines: Sequence[_PLine], ln: _PLine, unit: _Phrase
) -> list[list[_PLine]] | None:
    """The page's only unit line over the left panel, a panel with no unit line beside it
    (its own title over it, its rows on the left table's lines): a gutter no glyph
    crosses from the unit line down, the right side setting rows of its own, a label then
    amounts, on two lines or more, and a title line of words over its first row. The
    right panel is read apart and takes no unit from the left's line."""
    right_edge = max(x.x1 for x in lines)
    seed = [x for x in lines if x.bottom > ln.top and x.top < ln.bottom]
    # the gutter is looked for where the unit line and the lines right under it leave
    # room (the right panel's title may stand over the left panel's gutter)
    k = lines.index(seed[-1]) if seed else 0
    near = lines[k - len(seed) + 1 : k + UNITLESS_GUTTER_LINES + 1]
    spans = [(p.x0, p.x1) for x in near for p in _phrases(x)]
    least = PANEL_GUTTER_EM * ln.size
    for lo, hi in _free_gaps(spans, unit.x1, right_edge):
        if hi - lo < least or (band := _panel_band(lines, seed, lo, hi, least)) is None:
            continue
        first, last, hi = band[0], band[1], band[3]
        right = [[p for p in _phrases(x) if p.x0 >= hi] for x in lines[first : last + 1]]
        rows = [k for k, ph in enumerate(right) if _labelled_row(ph)]
        if len(rows) < UNITLESS_PANEL_ROWS:
            continue  # amounts right of a gutter: the left table's own columns
        if any(ph and not any(_is_data_phrase(p.text) for p in ph) for ph in right[: rows[0]]):
            return _panel_lines(lines, first, last, hi)
    return None


def _panel_lines(lines: Sequence[_PLine], first: int, last: int, hi: float) -> list[list[_PLine]]:
    """The page's lines with the glyphs right of ``hi`` on lines ``first`` … ``last`` read
    as a page of their own."""
    panel = [c for x in lines[first : last + 1] for c in x.chars if (c["x0"] + c["x1"]) / 2 >= hi]
    right_ids = {id(c) for c in panel}
    rest = [c for x in lines for c in x.chars if id(c) not in right_ids]
    return [lines_from_chars(rest), lines_from_chars(panel)]


def _panel_band(
    lines: Sequence[_PLine], seed: Sequence[_PLine], lo: float, hi: float, least: float
) -> tuple[int, int, float, float] | None:
    """The run of lines around ``seed`` that no phrase crosses between ``lo`` and ``hi``
    (narrowed as lines are added, never under ``least``), when each side holds rows of
    its own under its unit: its first and last line and the gutter."""
    seed_ids = {id(ln) for ln in seed}
    idx = [k for k, ln in enumerate(lines) if id(ln) in seed_ids]
    if not idx:
        return None

    def narrowed(k: int, lo: float, hi: float) -> tuple[float, float] | None:
        for p in _phrases(lines[k]):
            if p.x1 <= lo or p.x0 >= hi:
                continue
            # the wider stretch the phrase leaves free
            lo, hi = (p.x1, hi) if hi - p.x1 >= p.x0 - lo else (lo, p.x0)
        return (lo, hi) if hi - lo >= least else None

    for k in idx:
        got = narrowed(k, lo, hi)
        if got is None:
            return None
        lo, hi = got
    first, last = idx[0], idx[-1]
    while first > 0 and (got := narrowed(first - 1, lo, hi)) is not None:
        first -= 1
        lo, hi = got
    while last + 1 < len(lines) and (got := narrowed(last + 1, lo, hi)) is not None:
        last += 1
        lo, hi = got
    # each side sets words of its own on two lines or more under its unit (a column of
    # amounts right of a gutter is one table's, not a panel)
    under = max(ln.bottom for ln in seed)
    for side in ("left", "right"):
        worded = 0
        for ln in lines[first : last + 1]:
            if ln.top < under - 1:
                continue
            ph = [p for p in _phrases(ln) if (p.x1 <= lo if side == "left" else p.x0 >= hi)]
            if any(not _is_data_phrase(p.text) for p in ph):
                worded += 1
        if worded < 2:
            return None
    return first, last, lo, hi


# Lines of text beside a block of amounts that make it a side block (bullets beside a
# slide's table), and the em-widths of the gutter between them.
BESIDE_LINES = 1
GUTTER_EM = 1.0


def _beside_removed(lines: Sequence[_PLine]) -> list[_PLine]:
    """The page's lines without the text set beside a block of amounts.

    A slide sets its bullets in a column of their own beside a table (``強化財務結構`` /
    ``-平衡利率/匯率風險`` left of ``Debt ratio 67.9% 57.9% …``): their lines stand between
    the table's, so the table read them as rows and its label column as theirs. Text is
    set aside when a gutter no glyph crosses runs between it and the block's labelled
    rows (its header two lines above, a line below), it holds no amount, a line of it
    stands among the rows on its own, and at most half the block's rows share a line
    with it: a table's own labels stand on every row."""
    side: set[int] = set()
    for block in _amount_blocks(lines):
        side |= _beside_block(lines, block)
    if not side:
        return list(lines)
    return lines_from_chars([c for ln in lines for c in ln.chars if id(c) not in side])


def _amount_blocks(lines: Sequence[_PLine]) -> list[list[int]]:
    """Runs of lines with two amounts or more, each a few lines from the one before."""
    blocks: list[list[int]] = []
    for k, ln in enumerate(lines):
        if sum(1 for p in _phrases(ln) if _is_data_phrase(p.text)) < 2:
            continue
        if blocks and ln.top - lines[blocks[-1][-1]].bottom <= 2.5 * ln.size:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks


def _beside_block(lines: Sequence[_PLine], block: Sequence[int]) -> set[int]:
    size = statistics.median(lines[k].size for k in block)
    top = lines[block[0]].top - 2 * size
    bottom = lines[block[-1]].bottom + size
    window = [ln for ln in lines if ln.bottom > top and ln.top < bottom]
    spans = sorted((p.x0, p.x1) for ln in window for p in _phrases(ln))
    edge = spans[0][1]
    found: set[int] = set()
    for x0, x1 in spans[1:]:
        if x0 - edge >= GUTTER_EM * size:
            # the last gutter that sets text aside: the one next to the table's labels
            found = _side_of(window, [lines[k] for k in block], edge, x0) or found
        edge = max(edge, x1)
    return found


def _labelled_row(ph: Sequence[_Phrase]) -> bool:
    """A row's own label, then two amounts or more and nothing else: a label set in halves
    over and under its row is the table's own and leaves the row none; a header's level
    numbers stand between its words (``第 1 等級 第 2 等級``)."""
    data = [_is_data_phrase(p.text) for p in ph]
    first = data.index(True) if True in data else 0
    return first > 0 and all(data[first:]) and len(data) - first >= 2


def _side_of(
    window: Sequence[_PLine], rows: Sequence[_PLine], left: float, right: float
) -> set[int]:
    """The glyphs left of the gutter ``(left, right)``, if they make a side block."""
    beside = [ln for ln in window if any(p.x1 <= left for p in _phrases(ln))]
    sharing = [ln for ln in rows if ln in beside]
    amounts_right = all(_labelled_row([p for p in _phrases(ln) if p.x0 >= right]) for ln in rows)
    # an amount on the left (a code, a number of two digits or more) makes it a table's
    texty = not any(
        p.x1 <= left and _is_data_phrase(p.text) and len(p.text) > 1
        for ln in window
        for p in _phrases(ln)
    )
    # lines of its own among the rows (a period line over the header is no side text)
    first = rows[0].top - 1.5 * rows[0].size
    own = [ln for ln in beside if ln not in sharing and ln.top >= first]
    if not (amounts_right and texty and len(own) >= BESIDE_LINES and 2 * len(sharing) <= len(rows)):
        return set()
    return {id(c) for ln in beside for c in ln.chars if c["x1"] <= left + 0.5}
