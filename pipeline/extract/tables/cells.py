"""Typing cells: the unit that governs a cell (its own, its column's, its row's, the table's)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.chars import fold_width
from pipeline.models import (
    Cell,
)
from pipeline.pdftables.cells import (
    CellValue,
    UnitInfo,
    _strip_unit_suffix,
    parse_unit,
    split_markers,
)
from pipeline.pdftables.lexicon import _lex

# --------------------------------------------------------------------------- typing cells


@dataclass(frozen=True)
class _HeaderUnit:
    explicit: UnitInfo | None
    measure: UnitInfo | None
    percentish: bool  # named a ratio or rate: percentages unless the cells are amounts
    portion: bool = False  # named a part of a whole: percentages only if they sum to 100
    multiple: UnitInfo | None = None  # named a multiple (倍數, 週轉率): its unit, never money


_PERCENT = UnitInfo("%", 1.0, "%", "percent")


def _header_unit(parts: Sequence[str]) -> _HeaderUnit:
    lex = _lex()
    explicit = measure = None
    percentish = portion = False
    multiple: UnitInfo | None = None
    for level, p in enumerate(reversed([p for p in parts if p])):
        p = _unit_tail(p)
        f = fold_width(p)
        own = explicit is None  # a unit this level finds is this level's
        if explicit is None and f.strip() in lex.percent_units:
            explicit = _PERCENT  # a "％" column under "金額" (a statement's share column)
        if explicit is None:
            m = lex.unit_inline.search(f)
            if m:
                explicit = parse_unit(p[m.start("unit") : m.end("unit")], declared=True)
        if explicit is None:
            m = lex.unit_parens.search(split_markers(f)[0])
            if m:
                explicit = parse_unit(m.group("unit"))
        if level and own and explicit is not None and explicit.kind == "percent":
            # (%) over a group of columns (a header run together: 營業額營業比重(%) over
            # 營業額) holds only where the cells agree, as a name's ratio does
            explicit, percentish = None, True
        if measure is None:
            m = lex.measure_header.search(_strip_unit_suffix(split_markers(f)[0]))
            if m:
                measure = parse_unit(m.group("unit"))
            elif (w := lex.measure_header_word.search(f)) is not None:
                measure = parse_unit(lex.measure_header_words[w.group().casefold()])
            if level and measure is not None and measure.kind == "duration":
                # days over buckets (應收款項立帳天數 over 60 天內, 61-180 天): the axis the
                # columns part, their cells amounts; only a name's own days count days
                measure = None
        for piece in f.split(" / "):  # a row header's stub columns, joined
            head = _name_head(piece)
            # a % closing the name (成長率 %, 持股比例%, 獲利能力(%)) says so whatever its
            # head; one inside a header run together (出席率(%)【B/A】) says nothing
            percentish = (
                percentish
                or _CLOSING_PERCENT.search(piece) is not None
                or bool(lex.percent_head.search(head))
            )
            portion = portion or bool(lex.portion_head.search(head))
        if not level:  # the name's own head (利息保障倍數), not a group's over it
            own_head = _name_head(f.rsplit(" / ", 1)[-1])
            unit = next((u for w, u in lex.multiple_heads if own_head.endswith(w)), None)
            multiple = parse_unit(unit, declared=True) if unit else None
    return _HeaderUnit(explicit, measure, percentish, portion, multiple)


_AFTER_UNIT = re.compile(r"(?<=[)）])\s*(?:\d{1,2}|[:：])\s*$")


def _unit_tail(name: str) -> str:
    """A name without what a deck or a statement sets after its bracketed unit: a
    footnote's number (``負債比率 (%) 3``, ``營收 (USD) 1``) or a section label's colon
    (``基本每股盈餘(元)：``), so that the unit still closes the name."""
    return _AFTER_UNIT.sub("", name)


# A % after a number closes a threshold the name states (交易餘額10%), never a unit.
_CLOSING_PERCENT = re.compile(r"(?<![\d.])%[\s)）\]】〕〉'\"(（]*$")
_TRAILING_BRACKETS = re.compile(r"\s*[（(](?:[^()（）]|[（(][^()（）]*[）)])*[）)]\s*$")


def _name_head(name: str) -> str:
    """A name without what trails its head word: units and note references in brackets
    (``持股比例(%)``, ``…之份額(附註六(八))``), footnote marks and spaces, so that
    ``percent_heads`` is matched against the word the name ends on."""
    t = split_markers(name)[0]
    for _ in range(3):
        t = _TRAILING_BRACKETS.sub("", t)
    return _NON_LATIN_GAP.sub("", t).strip().rstrip(":：")


_NON_LATIN_GAP = re.compile(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+")


def _round_base(value: float, multiplier: float, decimals: int) -> float:
    if multiplier == 1.0:
        return round(value, decimals)
    return round(value * multiplier, max(0, decimals - round(math.log10(multiplier))))


def _type_cell(cell: Cell, cv: CellValue, units: Sequence[UnitInfo | None]) -> None:
    cell.markers = list(cv.markers)
    if cv.null:
        cell.null = True
        return
    assert cv.value is not None
    cell.value = cv.value
    cell.upper = cv.upper
    unit = cv.unit or (_PERCENT if cv.percent else next((u for u in units if u), None))
    if cv.currency is not None and (unit is None or unit.base_unit is None):
        # "$ 674,310": the sign names the currency, the table's 仟元 (if any) the scale.
        scale = unit.multiplier if unit is not None else 1.0
        unit = UnitInfo(unit.text if unit else "$", scale, cv.currency, "money")
    if unit is None:
        cell.base_value, cell.base_upper = cv.value, cv.upper
        return
    cell.unit = unit.text
    cell.base_value = _round_base(cv.value, unit.multiplier, cv.decimals)
    if cv.upper is not None:
        cell.base_upper = _round_base(cv.upper, unit.multiplier, cv.decimals)
    cell.base_unit = unit.base_unit
    cell.kind = unit.kind
