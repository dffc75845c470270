"""Column alignment: the columns a page's amounts stand in (a sweep over their x-extents)
and the names set over them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.chars import fold_width
from pipeline.pdftables.cells import (
    parse_cell,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _IDEOGRAPH_RE,
    DISTRIBUTED_EVEN,
    _is_data_phrase,
    _marker_key,
    _Phrase,
    _PLine,
    _run_phrase,
    _solid_date,
)


def _over_cells(p: _Phrase, cells: Sequence[tuple[float, float]], size: float) -> bool:
    """``p`` stands over one of a row's text cells and starts no further left than the
    first of them (a column's name, not a label reaching across the label column)."""
    return (
        bool(cells)
        and p.x0 >= min(c0 for c0, _ in cells) - size
        and any(_overlap(p.x0, p.x1, c0, c1) > 0 for c0, c1 in cells)
    )


def _column_header(
    ph: Sequence[_Phrase],
    amounts: Sequence[tuple[float, float]],
    size: float,
    cells: Sequence[tuple[float, float]] = (),
) -> bool:
    """A header line under a table's rows (``112.12.31``, ``113年 / 1月至3月``, ``60 天內
    61-180 天``): no amount, nothing in the label column (a column name wider than its
    amounts may reach into it: ``第一等級`` over ``$-``), set over the amounts read so far,
    and a period or several column names. The same rows repeated under a new header
    (an aging schedule per date, a second notes table) are the next table. ``cells``,
    the first row's text cells right of its label (``資產法``, ``缺乏市場流通性`` of a
    level-3 inputs table): a name set over one of them, starting right of the label
    column, names that column, no label."""
    if not ph or (any(_is_data_phrase(p.text) for p in ph) and not _numbered_words(ph)):
        return False
    if not amounts:  # rows of account codes and labels only so far (8310 不重分類至損益…)
        return False
    if all(_lex().cell_marker.match(p.text.strip()) for p in ph):
        return False  # `(註1)  (註1)` under a row's cells: its note marks, no column names
    left = min(a for a, _ in amounts) - 2 * size
    if any(
        p.x0 < left
        and not any(_overlap(p.x0, p.x1, a0, a1) > 0 for a0, a1 in amounts)
        and not _over_cells(p, cells, size)
        and not _marker_name(p.text)
        and not _stub_name(p.text)
        # a date among dates: the next table's first column, left of this one's amounts
        and not (len(ph) >= 2 and all(_solid_date(q.text) for q in ph))
        # the same beside the label column's own name (關係人名稱 113.3.31 112.12.31)
        and not (
            _solid_date(p.text)
            and _stub_name(ph[0].text)
            and all(_solid_date(q.text) for q in ph[1:])
        )
        for p in ph
    ):
        return False  # a label or a wrapped label: the table goes on
    if not any(_overlap(p.x0, p.x1, a0, a1) > 0 for p in ph for a0, a1 in amounts):
        return False
    return len(ph) >= 2 or any(ch.isdigit() for ch in ph[0].text)


_STUB_NAME_MAX = 8  # glyphs of a label column's own name (關係人名稱, 證券名稱)


def _stub_name(text: str) -> bool:
    """The label column's own name (``關係人名稱``, ``證券名稱``, ``項目``: ends with a
    ``stub_header_words`` word, 8 glyphs at most): it stands in the label column on a
    header line, and is no row's label."""
    solid = re.sub(r"\s+", "", fold_width(text))
    return 2 <= len(solid) <= _STUB_NAME_MAX and solid.endswith(_lex().stub_header_words)


def _marker_name(text: str) -> bool:
    """A note or code column's name (``附註``, ``代碼``), also cut where the next column's
    name runs into it (``附`` / ``註普通股股本``): it stands in the label column over the
    rows' note references, and is no label."""
    solid = _marker_key(text)
    return bool(solid) and any(
        w.startswith(solid) or solid.startswith(w) for w in _lex().marker_headers
    )


def _marker_word(text: str) -> bool:
    """A note or code column's whole name (``附註``, ``代碼``), spaces removed."""
    return _marker_key(text) in _lex().marker_headers


def _numbered_words(ph: Sequence[_Phrase]) -> bool:
    """A letter-spaced header whose only numbers are ordinals among its words (``第 1 等級
    第 2 等級 第 3 等級 合計``): no row of amounts, so it never widens the columns."""
    nums = [p for p in ph if _is_data_phrase(p.text)]
    return (
        bool(nums)
        and all(re.fullmatch(r"\d{1,2}", p.text) for p in nums)
        and len(ph) - len(nums) > len(nums)
    )


@dataclass
class _Col:
    x0: float
    x1: float
    numeric: int = 0
    text: int = 0
    nulls: int = 0
    signed: int = 0  # nothings written with their currency sign ("$ -")


def _columns(
    data_phrases: Sequence[_Phrase], one_line: bool = False, names: Sequence[_Phrase] = ()
) -> list[_Col]:
    """Columns as the union of overlapping phrase extents across data lines.

    An amount whose ``$`` stands a column gap before it (``$ 0.28`` set over a
    statement's amount and % columns) counts in the column it overlaps most and never
    joins two columns; it widens the columns only where no other amount stands.
    ``names``, the header's words, keep a column of nothing but "-" that one of them
    names alone (``購入或創始之信用減損金融資產`` over a dash on every row, between two
    amount columns): without its name it would join the amount beside it.
    """
    solid = [p for p in data_phrases if not p.spread]
    if one_line:
        solid = _join_spaced_label(solid)
    cols = _sweep(solid)
    loose = [p for p in data_phrases if p.spread]
    alone = [
        p
        for p in loose
        if not any(_overlap(p.x0, p.x1, c.x0, c.x1) > 0 for c in cols)
        # "$ -" centred under another line's amount joins that column; on a table's
        # only line of amounts (``無形資產減損損失 $ - $ 240``) no other line sets it.
        and not (cols and not one_line and (cv := parse_cell(p.text)) is not None and cv.null)
    ]
    if alone:
        cols = _sweep([*solid, *alone])
    for p in loose:
        if p not in alone:
            _count(cols[_best_col(p, cols)], p)
    # A "-" centred under an amount column makes no column of its own; on a table's
    # only line of amounts no other line sets that column, so a "-" is one.
    if one_line:
        return cols
    kept = [c for c in cols if c.text or c.numeric > c.nulls or c.signed]
    if len(kept) < 2:
        return cols
    # Columns of nothing but "-" clear right of every amount (a maturity analysis's later
    # buckets, empty on every row) are columns of their own, not part of the last one.
    right = max(c.x1 for c in kept)
    extra = [
        c
        for c in cols
        if c not in kept and c.nulls >= 2 and (c.x0 > right or _named_alone(c, kept, names))
    ]
    return sorted([*kept, *extra], key=lambda c: c.x0)


def _named_alone(col: _Col, kept: Sequence[_Col], names: Sequence[_Phrase]) -> bool:
    """A header word of two characters or more, no digit in it, over ``col`` and over
    no column kept: the column's own name."""
    return any(
        _word_chars(p.text) >= 2
        and not any(ch.isdigit() for ch in p.text)
        and _overlap(p.x0, p.x1, col.x0, col.x1) > 0
        and not any(_overlap(p.x0, p.x1, c.x0, c.x1) > 0 for c in kept)
        for p in names
    )


def _join_spaced_label(phrases: Sequence[_Phrase]) -> list[_Phrase]:
    """A label letter-spaced over its cell (``現　　金``, ``其　　他``) read as one phrase:
    on a table's only line no other label shows the label column's extent, so its
    single ideographs, set less than four glyphs apart, would each make a column."""
    run = list(
        itertools.takewhile(
            lambda p: len(p.text) == 1 and _IDEOGRAPH_RE.match(p.text) is not None, phrases
        )
    )
    if len(run) < 2 or any(
        b.x0 - a.x1 > 4 * (a.bottom - a.top) for a, b in itertools.pairwise(run)
    ):
        return list(phrases)
    return [_run_phrase(run), *phrases[len(run) :]]


def _spaced_lead(phrases: Sequence[_Phrase]) -> str:
    """A line's first words, read whole when letter-spaced (``主　要　股　東　名　稱``, then
    the next column's names far to the right): its single ideographs up to the first gap
    of four glyphs or more, joined; else its first phrase."""
    run = phrases[:1]
    for a, b in itertools.pairwise(phrases):
        if not all(len(p.text) == 1 and _IDEOGRAPH_RE.match(p.text) for p in (a, b)):
            break
        if b.x0 - a.x1 > 4 * (a.bottom - a.top):
            break
        run = [*run, b]
    return "".join(p.text for p in run) if run else ""


def _count(col: _Col, p: _Phrase) -> None:
    if _is_data_phrase(p.text):
        col.numeric += 1
        cv = parse_cell(p.text)
        col.nulls += cv is not None and cv.null
        # "$ -" is written, never centred under another column: a column of its own.
        col.signed += cv is not None and cv.null and cv.currency is not None
    else:
        col.text += 1


def _sweep(phrases: Sequence[_Phrase]) -> list[_Col]:
    cols: list[_Col] = []
    for p in sorted(phrases, key=lambda p: p.x0):
        if cols and p.x0 <= cols[-1].x1:
            cols[-1].x1 = max(cols[-1].x1, p.x1)
        else:
            cols.append(_Col(p.x0, p.x1))
        _count(cols[-1], p)
    return cols


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _best_col(p: _Phrase, cols: Sequence[_Col]) -> int:
    ov = [_overlap(p.x0, p.x1, c.x0, c.x1) for c in cols]
    if max(ov) > 0:
        return ov.index(max(ov))
    cx = (p.x0 + p.x1) / 2
    return min(range(len(cols)), key=lambda j: abs((cols[j].x0 + cols[j].x1) / 2 - cx))


def _distributed_words(line: _PLine) -> list[_Phrase] | None:
    """A line of group names each letter-spaced over its own run of columns (``保　留　盈
    餘`` then ``其　他　權　益``, over an equity statement's columns; or one such name,
    ``歸　屬　於　本　公　司　業　主　之　權　益``): the ideographs cut where their even pitch
    changes, each run of three or more at one pitch a word. None unless the whole line
    is such words (solid type and single glyphs read as phrases)."""
    chars = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    if len(chars) < 6 or not all(_IDEOGRAPH_RE.match(c["text"]) for c in chars):
        return None
    # spread as a distributed word is (two ems and more): a wrapped line of names set
    # solid or a little spaced (``價格與帳面``) is read by its phrases
    least = DISTRIBUTED_PITCH_EM * line.size
    centres = [(float(c["x0"]) + float(c["x1"])) / 2 for c in chars]
    runs: list[list[int]] = [[0]]
    pitch = 0.0
    for i in range(1, len(chars)):
        step = centres[i] - centres[i - 1]
        run = runs[-1]
        if len(run) == 1 and step >= least:
            pitch = step
            run.append(i)
        elif len(run) > 1 and pitch / DISTRIBUTED_EVEN <= step <= DISTRIBUTED_EVEN * pitch:
            run.append(i)
        else:
            runs.append([i])
    if any(len(r) < 3 for r in runs):
        return None
    return [_glyph_phrase([chars[i] for i in r]) for r in runs]
# Glyphs of a distributed group header stand at least this many font sizes apart, their
# centres evenly spaced within this ratio.
DISTRIBUTED_PITCH_EM = 2.0


def _glyph_phrase(chars: Sequence[dict[str, Any]]) -> _Phrase:
    return _Phrase(
        "".join(c["text"] for c in chars),
        chars[0]["x0"],
        min(c["top"] for c in chars),
        chars[-1]["x1"],
        max(c["bottom"] for c in chars),
    )


def _spread_over_one_column(
    a: _Phrase, b: _Phrase, cols: Sequence[_Col], a_spread: bool = False
) -> bool:
    """Two single ideographs with one column, and nothing else, between or under them
    (pairs are read left to right, so a glyph joins one neighbour at most); or glyphs
    already so joined (``a_spread``: ``未逾``) and the next one (``期``) of the same name."""
    if (len(a.text) != 1 and not a_spread) or len(b.text) != 1:
        return False
    if not _IDEOGRAPH_RE.match(a.text + b.text):
        return False
    if len(a.text) > 1:
        # the next glyph of the same spaced name stands at its pitch
        glyph = b.x1 - b.x0
        pitch = (a.x1 - a.x0 - glyph) / (len(a.text) - 1)
        step = b.x0 - (a.x1 - glyph)
        if not pitch / DISTRIBUTED_EVEN <= step <= DISTRIBUTED_EVEN * pitch:
            return False
    return _over_one_column(a.x0, b.x1, cols)


def _over_one_column(x0: float, x1: float, cols: Sequence[_Col]) -> bool:
    """From ``x0`` to ``x1`` touches one column and centres over it or the gutter."""
    mid = (x0 + x1) / 2
    home = [c for c in cols if c.x0 <= mid <= c.x1]
    touched = [c for c in cols if _overlap(x0, x1, c.x0, c.x1) > 0]
    return len(touched) == 1 and home in ([], touched)


def _word_chars(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())
