"""Column headers over a grid found by alignment: where the header starts, which name
spans which columns (two-level headers, letter-spaced names, a unit in the corner)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    _is_year,
    deck_figure,
    is_account_code,
)
from pipeline.pdftables.columns import (
    _best_col,
    _Col,
    _column_header,
    _distributed_words,
    _glyph_phrase,
    _marker_word,
    _over_one_column,
    _overlap,
    _spread_over_one_column,
    _word_chars,
)
from pipeline.pdftables.geometry import (
    Edge,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _IDEOGRAPH_RE,
    MAX_LABEL_LINES,
    _dates_in,
    _inside,
    _is_caption_line,
    _is_data_phrase,
    _join_text,
    _Phrase,
    _phrases,
    _PLine,
    _round_box,
)
from pipeline.pdftables.statements import (
    _headless,
)
from pipeline.pdftables.unit_lines import (
    _continues_unit_line,
    _unit_over_columns,
    line_unit,
)


def _header_above(lines: Sequence[_PLine], t: PdfTable) -> None:
    """Column headers set above a ruled grid that frames only its body (a slide's period
    headers over the blocks): the lines right above it whose phrases stand over its
    columns, joined per column into one header row."""
    if t.strategy != "lines" or not _headless(t) or not t.cell_bboxes:
        return
    ncol = max(len(bs) for bs in t.cell_bboxes)
    spans: list[tuple[float, float] | None] = []
    for j in range(ncol):
        col = [b for bs in t.cell_bboxes if j < len(bs) and (b := bs[j]) is not None]
        spans.append((col[0][0], min(b[2] for b in col)) if col else None)
    x0, top, x1, _ = t.bbox
    head: list[_PLine] = []
    edge = top
    for ln in reversed([ln for ln in lines if ln.bottom <= top + 1]):
        if edge - ln.bottom > 1.5 * ln.size:
            break
        ph = _phrases(ln)
        inside = ln.x0 >= x0 - 2 and ln.x1 <= x1 + 2
        if not inside or len(ph) < 2 or any(_is_data_phrase(p.text) for p in ph):
            break
        head.insert(0, ln)
        edge = ln.top
    if not head:
        return
    texts = [""] * ncol
    for ln in head:
        for p in _phrases(ln):
            ov = [_overlap(p.x0, p.x1, *sp) if sp else -1.0 for sp in spans]
            j = ov.index(max(ov))
            texts[j] = _join_text(texts[j], p.text)
    if sum(1 for x in texts[1:] if x) < 2:
        return
    h_top, h_bottom = head[0].top, head[-1].bottom
    t.rows = [list(texts), *t.rows]
    t.cell_bboxes = [
        [_round_box((sp[0], h_top, sp[1], h_bottom)) if sp else None for sp in spans],
        *t.cell_bboxes,
    ]
    t.bbox = _round_box((x0, h_top, x1, t.bbox[3]))


_ORDINAL = re.compile(r"\d{1,3}")


def _label_rows(got: Sequence[tuple[_PLine, list[_Phrase], bool]]) -> int:
    """Data lines that start with a label (a statement's or a KPI table's rows do; a
    chart's axis ticks and data labels do not). Row numbers counting up by one down the
    first column (a deck's monthly table: ``1 52,215,347 …``, ``2 42,346,181 …``; an
    item number column) label their rows too, as does a name right after a row number."""
    n = 0
    previous: int | None = None  # the row number of the line before, if it had one
    counted = False  # whether that line was counted as part of a run of row numbers
    for k, (_, ph, data) in enumerate(got):
        if data and ph and _is_data_phrase(ph[0].text) and _label_beside(got, k, ph[0].x0):
            n += 1  # a slide's label cell set on two lines around its values
            previous, counted = None, False
            continue
        first = next((p for p in ph if not is_account_code(p.text)), None) if data else None
        number = None
        if first is not None and _ORDINAL.fullmatch(first.text) and len(ph) > 1:
            number = int(first.text)
        labelled = first is not None and not _is_data_phrase(first.text)
        if number is not None and first is not None and not labelled:
            # an item number, then a name (``0 統一企業(股)公司 統昶行銷(股)公司 1 銷貨
            # $ 10,884,796``: one party's number on each of its rows, repeated, not counting
            # up): the name labels the row
            after = ph[ph.index(first) + 1 :]
            labelled = bool(after) and not _is_data_phrase(after[0].text)
        if labelled or (data and _under_merged_label(got, k)):
            n += 1
        elif number is not None and previous is not None and number == previous + 1:
            n += 1 if counted else 2
            counted = True
            previous = number
            continue
        previous, counted = number, False
    return n


MERGED_LABEL_CELLS = 3  # amounts a row under a merged label sets under the row above's


def _under_merged_label(got: Sequence[tuple[_PLine, list[_Phrase], bool]], k: int) -> bool:
    """A row with no label right under a labelled row, every cell of it ending where one
    of that row's cells ends (a grant's second tranche, ``539 113.10.11 …`` under
    ``112.05.30 1,400 490 113.10.11 …``): the label cell is merged over both rows."""
    if k == 0:
        return False
    ln, ph = got[k][0], got[k][1]
    above_ln, above, data = got[k - 1]
    if not data or len(ph) < MERGED_LABEL_CELLS or len(above) <= len(ph):
        return False
    if ln.top - above_ln.bottom > ln.size or ph[0].x0 <= above[0].x1:
        return False
    return all(any(abs(p.x1 - a.x1) <= ln.size / 2 for a in above[1:]) for p in ph)


def _label_beside(got: Sequence[tuple[_PLine, list[_Phrase], bool]], k: int, x: float) -> bool:
    """A label line just above or below data line ``k`` that overlaps it in height and
    stands wholly left of its first amount (``Cape`` / ``8.0 6.8 …`` / ``(110,000+)``)."""
    ln = got[k][0]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(got) or got[j][2]:
            continue
        other, ph, _ = got[j]
        if ph and ph[-1].x1 < x and other.bottom > ln.top and other.top < ln.bottom:
            return True
    return False


# A slide sets its column names farther above the first row than a filing does (a rule
# and a blank line between: TSMC's ``4Q25 3Q25 4Q24`` 2.7 ems over ``期初現金``).
HEADER_GAP_EM = 3.5
# A line over a table set this many times larger than its rows is the table's title or a
# heading (`金融資產信用品質分析表` at 12 points over a 7-point grid), never its header.
TITLE_SIZE_RATIO = 1.4


def _names_over(line: _PLine, cells: Sequence[tuple[float, float]]) -> bool:
    """A line of several words and no amount, one of them over the first row's cells
    right of its label (an amount or a range, ``32.2-33.4``): the column names set apart
    from the rows (the label column's corner may hold the unit)."""
    ph = _phrases(line)
    return (
        len(ph) >= 2
        and not any(_is_data_phrase(p.text) for p in ph)
        and any(_overlap(p.x0, p.x1, a0, a1) > 0 for p in ph for a0, a1 in cells)
    )


def _corner_name(line: _PLine, first_row: _PLine) -> bool:
    """A statement's name in the label column's corner (``綜合損益表項目``) on a line whose
    other words each stand over a cell of the first row (``4Q25`` over ``業績展望``): a
    header line whose corner names the label column, not the table's title over it."""
    ph = _phrases(line)
    cells = [(p.x0, p.x1) for p in _phrases(first_row)[1:]]
    if len(ph) < 2 or not cells:
        return False
    title = _lex().statement_title
    return ph[0].x1 < min(a for a, _ in cells) and all(
        not title.search(fold_width(p.text))
        and any(_overlap(p.x0, p.x1, a0, a1) > 0 for a0, a1 in cells)
        for p in ph[1:]
    )


def _corner_unit(
    lines: Sequence[_PLine], j: int, k: int, amounts: Sequence[tuple[float, float]]
) -> bool:
    """A unit line in the label column's corner set between the two lines of a header
    (``2025年`` over ``第四季``, the unit level with both), or set a little above the one
    header line, its foot level with the line's names (``(NT$ Mn)`` over ``4Q 2025 …``):
    the header's corner, not the line over the header that ends it."""
    ln = lines[j]
    if line_unit(ln.text) is None or not 0 < j < k:
        return False
    if ln.x1 >= min(a for a, _ in amounts):
        return False
    above, below = lines[j - 1], lines[j + 1]
    if (  # `(in millions, …)` in smaller type, level with the one header line above it
        above.bottom > ln.top
        and above.top < ln.bottom
        and below.top >= ln.bottom
        and len(_phrases(above)) >= 2
        and min(p.x0 for p in _phrases(above)) > ln.x1
        and _names_over(above, amounts)
    ):
        return True
    if (  # `(NT$ Mn)` over the corner, its foot level with the one header line under it
        j < k - 1
        and above.bottom <= ln.top
        and below.top < ln.bottom < below.bottom
        and len(_phrases(below)) >= 2
        and min(p.x0 for p in _phrases(below)) > ln.x1
        and _names_over(below, amounts)
    ):
        return True
    return (
        j < k - 1
        and above.bottom > ln.top
        and below.top < ln.bottom
        and all(len(_phrases(x)) >= 2 for x in (above, below))
        and min(p.x0 for x in (above, below) for p in _phrases(x)) > ln.x1
    )


def _header_start(lines: Sequence[_PLine], k: int, exclude: Sequence[Box]) -> int:
    """First header line above data line ``k``: multi-phrase text lines set close above it."""
    lex = _lex()
    start = k
    amounts = [(p.x0, p.x1) for p in _phrases(lines[k]) if _is_data_phrase(p.text)]
    row_cells = [(p.x0, p.x1) for p in _phrases(lines[k])[1:]]
    labels = 0  # label lines passed over since ``start`` (a section, a wrapped label)
    for j in range(k - 1, max(k - 10, -1), -1):
        ln = lines[j]
        f = fold_width(ln.text)
        if _inside(ln, exclude):
            break
        gap = lines[j + 1].top - ln.bottom
        if gap > 2.5 * ln.size and not (
            j == k - 1
            and gap <= HEADER_GAP_EM * ln.size
            and _names_over(ln, [(p.x0, p.x1) for p in _phrases(lines[k])[1:]])
        ):
            break
        if labels and lines[start].top - ln.bottom > 2.5 * ln.size * (labels + 1):
            break
        if ln.size > TITLE_SIZE_RATIO * lines[k].size:
            break  # a title in larger type over a grid in small type
        single = len(_phrases(ln)) == 1
        if single and amounts and _section_date(lines, j, amounts) and labels < 2:
            labels += 1  # 113年3月31日 under the column names: the first date's block
            continue
        if single and not labels and amounts and _corner_unit(lines, j, k, amounts):
            start = j  # (單位:新台幣佰萬元) set between 2025年 and 第四季, left of them
            continue
        if (
            lex.unit_line.match(f)
            and not _unit_over_columns(ln)
            and not _unit_in_corner(ln, amounts)
        ) or (single and lex.period_line.match(f)):
            break
        if single and lex.unit_exception.match(f):
            break  # (除每股盈餘為新台幣元外) under the unit line: over the header
        if j > 0 and _continues_unit_line(lines[j - 1].text):
            break  # 單位：新台幣仟元，惟 / 每股盈餘為元: the unit line's second line
        last = _phrases(ln)[-1:]
        if last and last[0].x0 > lines[k].x0 and lex.unit_line.match(fold_width(last[0].text)):
            # the period line with the unit set at its right: over the header (a unit in
            # the label column names the header's first cell: 單位:新台幣佰萬元 | 2025年…)
            break
        if single and line_unit(ln.text) is not None:
            break  # (金額除另予註明外，均以新台幣仟元為單位): the page's unit, no header
        if _is_caption_line(ln.text):
            break
        if "。" in f or (lex.statement_title.search(f) and not _corner_name(ln, lines[k])):
            break
        ph = _phrases(ln)
        if any(_is_data_phrase(p.text) and not _is_year(p.text) for p in ph):
            break
        if len(ph) >= 2 and any(deck_figure(p.text) for p in ph[1:]):
            # a guidance row over the first amounts (``Revenues $11.8B-$12.6B $12.3B``): a
            # row of the grid, no header line; the names may stand above it
            labels = 0
            start = j
            continue
        section = j == k - 1 and len(ph) == 1  # 流動資產： between the header and the rows
        if len(ph) < 2 and not section and not (ph and ph[0].x0 > lines[k].x0 + 4 * ln.size):
            # A label line in the label column (金融資產 over a wrapped first label) is
            # the body's when the periods over the amounts stand above it.
            if len(ph) == 1 and ph[0].x1 < min(a for a, _ in amounts) and labels < MAX_LABEL_LINES:
                labels += 1
                continue
            break
        if labels and not _column_header(ph, amounts, ln.size, row_cells):
            break
        labels = 0
        start = j
    return start


def _unit_in_corner(ln: _PLine, amounts: Sequence[tuple[float, float]]) -> bool:
    """A unit line set as the label column's phrase on a header line whose other words
    stand over the amounts (``單位：新台幣佰萬元`` | ``(尚未經會計師核閱)``): the header's
    corner, so the column names above it are the header's too."""
    ph = _phrases(ln)
    if len(ph) < 2 or not amounts or not _lex().unit_line.match(fold_width(ph[0].text)):
        return False
    left = min(a for a, _ in amounts)
    return ph[0].x1 < left and all(p.x1 > left and not _is_data_phrase(p.text) for p in ph[1:])


def _section_date(lines: Sequence[_PLine], j: int, amounts: Sequence[tuple[float, float]]) -> bool:
    """Line ``j`` is nothing but a date or a period in the label column, set right under
    column names over the amounts: it opens the first date's block of a table whose
    dates are sections under one header (a maturity analysis; an equity statement's
    years, ``113 年度`` or ``113 年 1月 1日至 3月 31日``), not a period line over a table."""
    ln = lines[j]
    text = re.sub(r"\s+", "", fold_width(ln.text))
    dated = _dates_in(ln.text) == {text} or bool(_lex().period_line.match(text))
    if j == 0 or not dated or ln.x1 >= min(a for a, _ in amounts):
        return False
    above = lines[j - 1]
    ph = _phrases(above)
    return (
        ln.top - above.bottom <= 2.5 * ln.size
        and len(ph) >= 2
        and not any(_is_data_phrase(p.text) for p in ph)
        and _column_header(ph, amounts, above.size)
    )


def _header_spans(
    hdr: Sequence[list[_Phrase]], cols: Sequence[_Col], rules: Sequence[Edge] = ()
) -> list[list[tuple[list[int], _Phrase]]]:
    """Columns each header phrase stands over.

    The header line with the most phrases over value columns (the lowest such line)
    names single columns; a line above it with fewer phrases holds group names, each
    over the run of columns whose names it is centred on (``2022年`` over 產值, 比重).
    """
    value = [j for j, c in enumerate(cols) if c.numeric]
    per_line = [[(p, _best_col(p, cols)) for p in ph] for ph in hdr]
    counts = [sum(1 for _, j in line if j in value) for line in per_line]
    if not counts:
        return []
    leaf = max(range(len(counts)), key=lambda i: (counts[i], i))
    per_line[leaf] = _value_first(per_line[leaf], cols)
    centers = {j: (c.x0 + c.x1) / 2 for j, c in enumerate(cols)}
    edges = {j: (c.x0, c.x1) for j, c in enumerate(cols)}
    for p, j in per_line[leaf]:
        centers[j] = (p.x0 + p.x1) / 2
        edges[j] = (min(p.x0, edges[j][0]), max(p.x1, edges[j][1]))
    out: list[list[tuple[list[int], _Phrase]]] = []
    for i, line in enumerate(per_line):
        spans: list[tuple[list[int], _Phrase]] = []
        below = {k for later in per_line[i + 1 :] for _, k in later}
        for p, j in line:
            span = [j]
            slack = 0.5 * (p.bottom - p.top)
            if j not in below and edges[j][0] - slack <= p.x0 and p.x1 <= edges[j][1] + slack:
                # over a column no line below names, inside its extent: that column's own
                # name (MediaTek's `Q-Q` beside the years over their quarters), no group's
                spans.append(([j], p))
                continue
            if i < leaf and counts[i] < counts[leaf] and j in value:
                pc = (p.x0 + p.x1) / 2
                runs = [[j]]
                for a in range(len(value)):
                    for b in range(a + 1, len(value)):
                        run = value[a : b + 1]
                        if j in run and run == list(range(run[0], run[-1] + 1)):
                            runs.append(run)
                spread = _underlined_run(p, runs, edges, rules)
                if spread is None and (
                    _within(p, edges[j], centers, j, runs) or _stacked_on(p, j, per_line[i + 1])
                ):
                    # a line of a column's own name wrapped over several (法定盈 / 餘公積
                    # over one of an equity statement's narrow columns), no group's; or
                    # its first line set within the next's (股數 over (仟股或仟單位)),
                    # however some run's centre falls on its own
                    spans.append(([j], p))
                    continue
                spread = spread or _spread_over_run(p, runs, edges)
                if spread is not None:
                    spans.append((spread, p))
                    continue
                dist = [abs(sum(centers[x] for x in r) / len(r) - pc) for r in runs]
                # Centred as well (within half a point) over several runs, as symmetric
                # layouts are: a line's only date stands over them all (113.3.31 over
                # its three measures); a word over the run as wide as itself.
                near = [r for r, d in zip(runs, dist, strict=True) if d <= min(dist) + 0.5]
                if counts[i] == 1 and any(ch.isdigit() for ch in p.text):
                    best = (0.0, 0.0, max(near, key=len))
                else:
                    best = (0.0, 0.0, min(near, key=lambda r: _width_miss(r, cols, p)))
                span = best[2]
            spans.append((span, p))
        out.append(spans)
    return out


def _stacked_on(p: _Phrase, j: int, below: Sequence[tuple[_Phrase, int]]) -> bool:
    """A phrase of words (no digit: a date or period over a run is a group name; two
    characters or more: a lone glyph may be one of a distributed group name, ``買  入``)
    set within the width of the name of its own column ``j`` on the header line right
    under it, half a glyph of slack at each end."""
    if any(ch.isdigit() for ch in p.text) or _word_chars(p.text) < 2:
        return False
    slack = 0.5 * (p.bottom - p.top)
    return any(
        k == j
        and q.x0 - slack <= p.x0
        and p.x1 <= q.x1 + slack
        and q.top - p.bottom <= 1.5 * (p.bottom - p.top)
        for q, k in below
    )


def _value_first(
    line: list[tuple[_Phrase, int]], cols: Sequence[_Col]
) -> list[tuple[_Phrase, int]]:
    """A column's name spread over its value column and the text column beside it (匯率
    over ``33.2050`` and ``（美元：新台幣）``, its first glyph at the figures' left edge)
    names the figures: the text column only qualifies them. Only where no other name of
    the line stands over the value column."""
    taken = {j for _, j in line}
    out: list[tuple[_Phrase, int]] = []
    for p, j in line:
        if not cols[j].numeric and len(p.text) > 1:
            slack = 0.5 * (p.bottom - p.top)
            starts = [
                k
                for k, c in enumerate(cols)
                if k != j and c.numeric and k not in taken and c.x0 - slack <= p.x0 <= c.x1
            ]
            if (
                len(starts) == 1
                and _overlap(p.x0, p.x1, cols[starts[0]].x0, cols[starts[0]].x1) > 0
            ):
                j = starts[0]
        out.append((p, j))
    return out


def _within(
    p: _Phrase,
    edge: tuple[float, float],
    centers: dict[int, float],
    j: int,
    runs: Sequence[list[int]],
) -> bool:
    """A phrase set inside one column's extent (its name's and amounts'), within half a
    glyph at either end, and centred on it as closely as on any run of columns around it
    (within a point): a short group name centred over two columns' common edge is no
    column's."""
    slack = 0.5 * (p.bottom - p.top)
    if not (edge[0] - slack <= p.x0 and p.x1 <= edge[1] + slack):
        return False
    pc = (p.x0 + p.x1) / 2
    runs_off = [abs(sum(centers[x] for x in r) / len(r) - pc) for r in runs if len(r) > 1]
    return abs(centers[j] - pc) <= min(runs_off, default=float("inf")) + 1.0


def _underlined_run(
    p: _Phrase,
    runs: Sequence[list[int]],
    edges: dict[int, tuple[float, float]],
    rules: Sequence[Edge],
) -> list[int] | None:
    """The run of columns a group name's underline spans (``敏感度分析`` over 變動幅度,
    損益影響 and 淨利影響, the rule under it their extent): a horizontal rule right under
    the name, wider than it, starting right of the label column. Its columns are those
    whose names and amounts stand within the rule."""
    h = p.bottom - p.top
    first = min(r[0] for r in runs)
    # the label column's right edge: a rule from further left frames the table
    labels = max((x1 for k, (_, x1) in edges.items() if k < first), default=float("-inf"))
    for e in rules:
        if not (
            p.bottom - 0.3 * h <= e["top"] <= p.bottom + 0.8 * h
            and e["x0"] <= p.x0 + 0.5 * h
            and e["x1"] >= p.x1 - 0.5 * h
            and e["x1"] - e["x0"] > 1.5 * (p.x1 - p.x0)
            and e["x0"] >= labels
        ):
            continue
        inside = [
            r
            for r in runs
            if len(r) > 1
            and all(e["x0"] - h <= edges[j][0] and edges[j][1] <= e["x1"] + h for j in r)
        ]
        if inside:
            return max(inside, key=len)
    return None


def _spread_over_run(
    p: _Phrase, runs: Sequence[list[int]], edges: dict[int, tuple[float, float]]
) -> list[int] | None:
    """The run of two columns or more a group name is spread over edge to edge (a period
    set from its 金額's left to its ％'s right, ``1 1 2 年 1 月 1 日``), its ends within
    half a glyph of the run's outer edges (its names' and amounts'): the run it names,
    though its centre may stand nearer a wider run's (a ％ name set left in its column
    pulls the centres)."""
    slack = 0.5 * (p.bottom - p.top)
    fits = [
        r
        for r in runs
        if len(r) > 1
        and abs(edges[r[0]][0] - p.x0) <= slack
        and abs(edges[r[-1]][1] - p.x1) <= slack
    ]
    return fits[0] if len(fits) == 1 else None


def _width_miss(run: Sequence[int], cols: Sequence[_Col], p: _Phrase) -> float:
    return abs(cols[run[-1]].x1 - cols[run[0]].x0 - (p.x1 - p.x0))
# CJK glyphs of one header word spread wider than this many font sizes apart are
# letter-spaced over their cell (代　碼, 金　　額), not set solid.
HEADER_SPREAD_EM = 0.4


def _solid_header(line: _PLine, cols: Sequence[_Col]) -> list[_Phrase]:
    """A header line's phrases with letter-spaced words read solid: glyphs spread over
    one column's width (``金`` at its left edge, ``額`` at its right) join, the column
    geometry deciding, while words over different columns stay apart."""
    size = line.size
    pieces: list[_Phrase] = []
    words = _distributed_words(line)
    for p in words if words is not None else _phrases(line):
        if words is not None:
            pieces.append(p)
            continue
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if not _IDEOGRAPH_RE.match(p.text) or len(own) != len(p.text):
            pieces.append(p)
            continue
        gaps = [b["x0"] - a["x1"] > HEADER_SPREAD_EM * size for a, b in itertools.pairwise(own)]
        # solid, or one word letter-spaced evenly over its cell, or a note column's name
        # spread over the label column's edge (``附　　　註``)
        if sum(gaps) != 1 or _marker_word(p.text):
            pieces.append(p)
            continue
        cut = gaps.index(True) + 1
        pieces += [_glyph_phrase(own[:cut]), _glyph_phrase(own[cut:])]
    given: list[_Phrase] = []  # glyphs given back to a spaced name by their solid neighbour
    if words is None:
        pieces = _split_cross_column_tail(pieces, line, cols, given)
        pieces = _split_off_tail_glyph(_split_spaced_ends(pieces, line, cols, given), line, cols)
    out: list[_Phrase] = []
    spread = False  # the last piece out is glyphs joined across a column's width
    for p in pieces:
        prev = out[-1] if out else None
        chain = spread and any(p is g for g in given)
        if prev is not None and _spread_over_one_column(prev, p, cols, chain):
            out[-1] = _Phrase(
                prev.text + p.text, prev.x0, min(prev.top, p.top), p.x1, max(prev.bottom, p.bottom)
            )
            spread = True
            continue
        out.append(p)
        spread = False
    return out


def _split_cross_column_tail(
    pieces: list[_Phrase], line: _PLine, cols: Sequence[_Col], given: list[_Phrase]
) -> list[_Phrase]:
    """Two letter-spaced names at one pitch run together over a column's edge (``代　碼　資``
    ... ``產``: 代碼 names the code column, 資…產 the label column): the phrase's last
    ideograph stands over another column than the glyph before it and pairs with the lone
    ideograph after it over that one column, so it is given back to that name (``given``)
    instead of closing the first one (``代碼資``, then ``產金``)."""
    wide = HEADER_SPREAD_EM * line.size
    out: list[_Phrase] = []
    for i, p in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if (
            nxt is None
            or len(own) < 2
            or len(own) != len(p.text)
            or not _IDEOGRAPH_RE.match(p.text + nxt.text)
            or len(nxt.text) != 1
            or float(own[-1]["x0"]) - float(own[-2]["x1"]) <= wide
            or _best_col(_glyph_phrase(own[-2:-1]), cols)
            == _best_col(_glyph_phrase(own[-1:]), cols)
            or not _over_one_column(own[-1]["x0"], nxt.x1, cols)
        ):
            out.append(p)
            continue
        out.append(_glyph_phrase(own[:-1]))
        given.append(_glyph_phrase(own[-1:]))
        out.append(given[-1])
    return out


def _split_spaced_ends(
    pieces: list[_Phrase], line: _PLine, cols: Sequence[_Col], given: list[_Phrase]
) -> list[_Phrase]:
    """Column names letter-spaced over their columns meet a name set solid between them
    (``未　　逾　　期`` | ``逾期1～30天`` | ``合　　　計``): the spaced names' glyphs nearest
    the solid one stand less than a phrase gap from it, so the line's gaps join them
    (``期逾期 1 ～ 3 0 天合``). A phrase set solid inside, whose first (last) ideograph
    stands apart by a letter-spacing gap next to a lone ideograph before (after) it, set
    further off, the two over one column, gives that glyph back to the spaced name
    (``given`` collects them: only they join a name already joined across a column)."""
    size = line.size
    wide = HEADER_SPREAD_EM * size

    def lone(q: _Phrase | None) -> bool:
        return q is not None and len(q.text) == 1 and bool(_IDEOGRAPH_RE.match(q.text))

    out: list[_Phrase] = []
    for i, p in enumerate(pieces):
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if len(own) < 4 or len(own) != len(p.text.replace(" ", "")):
            out.append(p)
            continue
        gaps = [float(b["x0"]) - float(a["x1"]) for a, b in itertools.pairwise(own)]
        before = out[-1] if out else None
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        head = (
            gaps[0] > wide
            and bool(_IDEOGRAPH_RE.match(own[0]["text"]))
            and before is not None
            and lone(before)
            and own[0]["x0"] - before.x1 > gaps[0]  # the spaced name's pitch, wider
            and _over_one_column(before.x0, own[0]["x1"], cols)
        )
        tail = (
            gaps[-1] > wide
            and bool(_IDEOGRAPH_RE.match(own[-1]["text"]))
            and after is not None
            and lone(after)
            and after.x0 - own[-1]["x1"] > gaps[-1]
            and _over_one_column(own[-1]["x0"], after.x1, cols)
        )
        lo, hi = int(head), len(own) - int(tail)
        if not (head or tail) or any(g > wide for g in gaps[lo : hi - 1]):
            out.append(p)
            continue
        if head:
            given.append(_glyph_phrase(own[:1]))
            out.append(given[-1])
        out.append(_glyph_phrase(own[lo:hi]))
        if tail:
            given.append(_glyph_phrase(own[hi:]))
            out.append(given[-1])
    return out


def _over_cols(x0: float, x1: float, cols: Sequence[_Col]) -> list[int]:
    """The columns whose body extent a glyph from ``x0`` to ``x1`` overlaps."""
    return [i for i, c in enumerate(cols) if _overlap(x0, x1, c.x0, c.x1) > 0]


def _split_off_tail_glyph(
    pieces: list[_Phrase], line: _PLine, cols: Sequence[_Col]
) -> list[_Phrase]:
    """Two names each letter-spaced over their whole column widths meet: the first
    name's last glyph stands over its column's right edge, a gap short of the next name's
    first glyph (``匯　　　率帳　面　金　額``: 匯 far left, then 率 set close before 帳),
    so the line's gaps join 率 to the wrong name. The body below tells: a glyph over a
    column's edge, right after a lone ideograph over that column or an earlier one, and
    followed by glyphs in the gutter or over later columns only, ends the lone glyph's
    name (匯率 | 帳面金額)."""
    out: list[_Phrase] = []
    tail: _Phrase | None = None  # the next name's glyphs, cut off the edge glyph
    for p in pieces:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev is tail
            and _IDEOGRAPH_RE.match(p.text)
            and _over_one_column(prev.x0, p.x1, cols)
        ):
            # the rest of that name, spread on over the same column (帳面 | 金額)
            tail = out[-1] = _Phrase(
                prev.text + p.text, prev.x0, min(prev.top, p.top), p.x1, max(prev.bottom, p.bottom)
            )
            continue
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if (
            prev is None
            or len(prev.text) != 1
            or not _IDEOGRAPH_RE.match(prev.text + p.text)
            or len(own) != len(p.text)
            or len(own) < 3
            or any(
                b["x0"] - a["x1"] <= HEADER_SPREAD_EM * line.size
                for a, b in itertools.pairwise(own)
            )
        ):
            out.append(p)
            continue
        edge = _over_cols(own[0]["x0"], own[0]["x1"], cols)
        lone = _over_cols(prev.x0, prev.x1, cols)
        rest = [i for c in own[1:] for i in _over_cols(c["x0"], c["x1"], cols)]
        if not edge or not lone or min(lone) > max(edge) or (rest and min(rest) <= max(edge)):
            out.append(p)
            continue
        out[-1] = _Phrase(
            prev.text + own[0]["text"],
            prev.x0,
            min(prev.top, own[0]["top"]),
            own[0]["x1"],
            max(prev.bottom, own[0]["bottom"]),
        )
        tail = _glyph_phrase(own[1:])
        out.append(tail)
    return out
