"""A chart's change labels read by where they stand: the ``QoQ`` / ``YoY`` figures of a slide.

A deck's chart slide sets each change over the bars as a stack, the series word over its
figure (``QoQ`` over ``-5.5%``, ``YoY`` over ``7.8%``), the stacks at different heights. Read
in text order the words and figures interleave (``QoQ`` / ``YoY -5.5%`` / ``7.8%``): the first
figure takes the word beside it, the second none, and both lines look like a chart's labels.
The glyph boxes say which figure stands under which word; the chart's category labels under
the stack (``3Q24 2Q25 3Q25``, ``2024 2025``) say which period the change is of: the latest
of its own chart's axis (a slide may set two charts side by side over one baseline).
Lexicon: ``quantity_context.yaml: chart_series_labels``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.lexicon import load_lexicon
from pipeline.models import DateFact, Document

Box = tuple[float, float, float, float]


class GlyphBoxes(Protocol):
    """The glyph boxes of a PDF document's text (``run.CharBoxes``)."""

    def union(self, start: int, end: int) -> Box | None: ...


@dataclass(frozen=True)
class ChartLabel:
    """A figure of a chart's change label, the series word set over it and the category
    (a date fact: the latest label of the chart's axis under it) the change is of."""

    start: int  # the figure's token
    end: int
    word: str
    word_start: int
    category: DateFact | None = None


# one figure as a word of its own: a sign, a currency mark, a unit of change glued after it
_FIGURE = re.compile(r"[(（]?[-+−]?(?:NT)?\$?\d[\d,]*(?:\.\d+)?(?:%|％|[A-Za-z]{1,4})?[)）]?")
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class _Rule:
    words: re.Pattern[str]
    max_gap: float
    axis_gap: float
    axis_row_reach: float
    row_reach: float
    column_reach: float


@functools.cache
def _rule() -> _Rule:
    spec: dict[str, Any] = load_lexicon("quantity_context")["chart_series_labels"]
    words = sorted(spec["words"], key=lambda w: (-len(w), w))
    rx = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w\-])")
    return _Rule(
        rx,
        float(spec["max_gap"]),
        float(spec["axis_gap"]),
        float(spec["axis_row_reach"]),
        float(spec["row_reach"]),
        float(spec["column_reach"]),
    )


def _centre(b: Box) -> float:
    return (b[0] + b[2]) / 2


def _under(top: Box, low: Box, max_gap: float) -> bool:
    """``low`` stands right under ``top``: its top at most ``max_gap`` of ``top``'s height
    under ``top``'s bottom (loose font-height boxes touch or overlap a little), centred under
    it within half the wider of the two."""
    h = top[3] - top[1]
    if h <= 0 or low[1] < top[1] + 0.5 * h or low[1] - top[3] > max_gap * h:
        return False
    half = max(top[2] - top[0], low[2] - low[0]) / 2
    return abs(_centre(top) - _centre(low)) <= half


def _beside(word: Box, fig: Box, reach: float = 1.5) -> bool:
    """A figure on the word's own line right beside it, at most ``reach`` of its height
    away (``YoY +4.7%``, ``+50% YoY``; a row's next cell, ``(1.5%)  2.0%``)."""
    h = word[3] - word[1]
    same_line = abs((word[1] + word[3]) / 2 - (fig[1] + fig[3]) / 2) <= 0.25 * h
    gap = max(fig[0] - word[2], word[0] - fig[2])
    return same_line and gap <= reach * h


def _category(
    word: Box, fig: Box, axis: Sequence[tuple[Box, DateFact]], axis_gap: float, row_reach: float
) -> DateFact | None:
    """The latest category of the chart under the label: the first row of quarter or year
    labels under the figure, cut where a step between two labels' left sides is wider than
    ``axis_gap`` times the row's usual step (two charts side by side over one baseline), the
    run whose span holds the word's centre. Two charts side by side may set their axes a
    little apart in height (``114 113`` a line over ``114Q4 114Q3 113Q4``): a row whose top
    is within ``row_reach`` of the word's height under the first is read too, in turn."""
    h = word[3] - word[1]
    below = [(b, d) for b, d in axis if b[1] > fig[3]]
    if not below:
        return None
    first = min(b[1] for b, _ in below)
    tops = sorted({b[1] for b, _ in below if b[1] - first <= row_reach * h})
    done: set[float] = set()
    for top in tops:
        if top in done:
            continue
        row = sorted(
            ((b, d) for b, d in below if abs(b[1] - top) <= 0.5 * h), key=lambda x: x[0][0]
        )
        done.update(b[1] for b, _ in row)
        steps = [cur[0][0] - prev[0][0] for prev, cur in itertools.pairwise(row)]
        wide = axis_gap * statistics.median(steps) if steps else 0.0
        runs: list[list[tuple[Box, DateFact]]] = [[row[0]]]
        for step, cur in zip(steps, row[1:], strict=True):
            if step > wide:
                runs.append([cur])
            else:
                runs[-1].append(cur)
        x = _centre(word)
        for run in runs:
            if run[0][0][0] - h <= x <= run[-1][0][2] + h and len(run) >= 2:
                return max((d for _, d in run), key=_period_key)
    return None


def _row(figures: Sequence[tuple[int, int, Box]], start: int, reach: float) -> set[int]:
    """The figures on one line with the one at ``start``, each at most ``reach`` of its height
    from the next: a table row's run of cells, or stacks set close side by side."""
    boxes = {f[0]: f[2] for f in figures}
    row, todo = {start}, [start]
    while todo:
        b = boxes[todo.pop()]
        for s, _, g in figures:
            if s not in row and _beside(b, g, reach):
                row.add(s)
                todo.append(s)
    return row


def _period_key(d: DateFact) -> tuple[str, int, int]:
    return (d.iso or "", d.quarter or 0, d.span.start)


def chart_labels(
    doc: Document, boxes: GlyphBoxes | None, dates: Sequence[DateFact] = ()
) -> list[ChartLabel]:
    """Each figure of a PDF page that stands alone right under a series word (and has no
    figure beside the word on its line, nor one under or beside itself: a table's header over
    its cells), with the word and its chart's latest category."""
    if boxes is None:
        return []
    rule = _rule()
    text = doc.text
    out: list[ChartLabel] = []
    by_start = sorted(dates, key=lambda d: (d.span.start, d.span.end))
    starts = [d.span.start for d in by_start]
    for page in doc.pages:
        words = [
            (m.group(), m.start(), b)
            for m in rule.words.finditer(text, page.start, page.end)
            if (b := boxes.union(m.start(), m.end())) is not None
        ]
        if not words:
            continue
        figures = [
            (m.start(), m.end(), b)
            for m in _TOKEN.finditer(text, page.start, page.end)
            if _FIGURE.fullmatch(m.group()) and (b := boxes.union(m.start(), m.end())) is not None
        ]
        lo, hi = bisect.bisect_left(starts, page.start), bisect.bisect_left(starts, page.end)
        axis = [
            (b, d)
            for d in by_start[lo:hi]
            if d.iso
            and d.precision in ("quarter", "year")
            and (b := boxes.union(d.span.start, d.span.end)) is not None
        ]
        stacks: list[tuple[str, int, Box, tuple[int, int, Box]]] = []
        for word, w_start, wb in words:
            if any(_beside(wb, fb) for _, _, fb in figures):
                continue
            under = [f for f in figures if _under(wb, f[2], rule.max_gap)]
            if not under:
                continue
            fig = min(under, key=lambda f: (f[2][1], f[0]))
            if any(_under(fig[2], g[2], rule.column_reach) for g in figures if g[0] != fig[0]):
                continue  # a column of figures under a header word: a table's cells
            stacks.append((word, w_start, wb, fig))
        stacked = {fig[0] for *_, fig in stacks}
        claims: list[tuple[float, int, ChartLabel]] = []
        for word, w_start, wb, (f_start, f_end, fb) in stacks:
            if not _row(figures, f_start, rule.row_reach) <= stacked:
                continue  # a row of cells beside figures no word stands over: a table's row
            cat = _category(wb, fb, axis, rule.axis_gap, rule.axis_row_reach)
            label = ChartLabel(f_start, f_end, word, w_start, cat)
            claims.append((fb[1] - wb[3], w_start, label))
        taken: set[int] = set()
        for _, _, label in sorted(claims, key=lambda c: (c[0], c[1])):
            if label.start not in taken:  # a figure under two words goes to the nearer
                taken.add(label.start)
                out.append(label)
    return sorted(out, key=lambda c: c.start)


# a value axis's tick: a plain number or percentage, a word of its own
_TICK = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?(?:%|％)?")


def _tick_value(token: str) -> float:
    return float(token.replace(",", "").replace("−", "-").rstrip("%％"))


def _tick_run(ticks: Sequence[tuple[int, int, Box, float]], tolerance: float) -> bool:
    """Whether figures one under another (top to bottom) step evenly down the page and count
    by one round step: a chart's value axis (55% 50% 45% 40%), not a column of data."""
    gaps = [b[1] - a[1] for a, b in itertools.pairwise(t[2] for t in ticks)]
    diffs = [a[3] - b[3] for a, b in itertools.pairwise(ticks)]
    gap, diff = statistics.median(gaps), diffs[0]
    if gap <= 0 or diff <= 0:  # an axis counts down the page; a numbering counts up
        return False
    return (
        all(abs(g - gap) <= tolerance * gap for g in gaps)
        and all(abs(d - diff) <= 1e-9 * max(1.0, abs(diff)) for d in diffs)
        and all(abs(t[3] / diff - round(t[3] / diff)) <= 1e-6 for t in ticks)
    )


def axis_ticks(doc: Document, boxes: GlyphBoxes | None) -> list[tuple[int, int]]:
    """Spans of the figures that are a chart's value-axis ticks on a PDF page
    (quantity_context.yaml: chart_axis_ticks): set down one side of the chart, right
    edges aligned, evenly spaced and counting by a round step. Sorted by start."""
    if boxes is None:
        return []
    spec: dict[str, Any] = load_lexicon("quantity_context")["chart_axis_ticks"]
    need, align, tol = int(spec["min_ticks"]), float(spec["align"]), float(spec["step_tolerance"])
    text = doc.text
    out: list[tuple[int, int]] = []
    for page in doc.pages:
        figures = [
            (m.start(), m.end(), b, _tick_value(m.group()))
            for m in _TOKEN.finditer(text, page.start, page.end)
            if _TICK.fullmatch(m.group()) and (b := boxes.union(m.start(), m.end())) is not None
        ]
        # columns of right-aligned figures, each walked top to bottom
        columns: list[list[tuple[int, int, Box, float]]] = []
        for fig in sorted(figures, key=lambda f: (f[2][2], f[2][1], f[0])):
            h = fig[2][3] - fig[2][1]
            if columns and abs(columns[-1][-1][2][2] - fig[2][2]) <= align * h:
                columns[-1].append(fig)
            else:
                columns.append([fig])
        for col in columns:
            col.sort(key=lambda f: (f[2][1], f[0]))
            # the longest evenly stepped runs of consecutive figures down the column
            i = 0
            while i + need <= len(col):
                j = i + need
                if not _tick_run(col[i:j], tol):
                    i += 1
                    continue
                while j < len(col) and _tick_run(col[i : j + 1], tol):
                    j += 1
                out.extend((f[0], f[1]) for f in col[i:j])
                i = j
    return sorted(out)
