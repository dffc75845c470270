"""What a table cell says, read the way an accountant reads it: number, null marker, unit."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pipeline.chars import fold_width
from pipeline.models import (
    QuantityKind,
)
from pipeline.pdftables.lexicon import _CJK_GAP_RE, _WS_RE, _lex

Box = tuple[float, float, float, float]


_NUMBER_RE = re.compile(
    r"^(?P<sign>[+\-])?\s*(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?|\.(?P<frac2>\d+))"
    r"\s*(?P<rest>.*)$"
)


# --------------------------------------------------------------------------- units and cells


@dataclass(frozen=True)
class UnitInfo:
    """A unit as written and how to reach base units: 億美元 -> x1e8 USD (money)."""

    text: str
    multiplier: float
    base_unit: str | None
    kind: QuantityKind


def _strip_parens(text: str) -> str:
    t = text.strip()
    while len(t) >= 2 and t[0] in "(（" and t[-1] in ")）":
        t = t[1:-1].strip()
    return t


@functools.lru_cache(maxsize=4096)
def parse_unit(text: str, declared: bool = False) -> UnitInfo | None:
    """Unit of a 單位 line, header or cell suffix; None when ``text`` is not a unit.

    ``declared`` units (from a ``單位：`` line) may be any measure word; elsewhere an
    unknown word counts as a unit only after a scale word (萬瓩, 千片).
    """
    lex = _lex()
    written = _strip_parens(text)
    t = fold_width(written).strip()
    if not t:
        return None
    if t in lex.percent_units:
        return UnitInfo(written, 1.0, "%", "percent")
    if declared and (mixed := _mixed_currencies(t)) is not None:
        return UnitInfo(written, mixed, None, "money")
    per_share = lex.per_share_unit.match(t)
    if per_share and (money := parse_unit(t[per_share.end() :])) and money.kind == "money":
        # 每股元: 元 per share, a money in its own unit (never the table's 仟元 scale)
        return UnitInfo(written, money.multiplier, money.base_unit, "money")
    rest = t
    currency: str | None = None
    m = lex.currency_re.match(rest)
    if m:
        currency = lex.currencies[m.group().casefold()]
        rest = rest[m.end() :].strip()
    multiplier = 1.0
    m = lex.magnitude_re.match(rest)
    if m:
        multiplier = lex.magnitudes[m.group().casefold()]
        rest = rest[m.end() :].strip()
    if rest:
        m = lex.currency_re.match(rest)
        if m:
            # 美金千元: the 元 after the scale is the named currency's, not the TWD of a bare 元.
            currency = currency or lex.currencies[m.group().casefold()]
            rest = rest[m.end() :].strip()
    if currency is not None and multiplier == 1.0 and rest.casefold() in lex.currency_scale_letters:
        return UnitInfo(written, lex.currency_scale_letters[rest.casefold()], currency, "money")
    if currency is not None:
        if not rest:
            return UnitInfo(written, multiplier, currency, "money")
        if rest.startswith("/"):
            return UnitInfo(written, multiplier, currency + rest, "other")
        return None
    if not rest:
        return UnitInfo(written, multiplier, None, "other") if multiplier != 1.0 else None
    counted = _english_count(rest, multiplier)
    if counted is not None:
        return UnitInfo(written, counted[1], counted[0], "count")
    head = rest.split("/", 1)[0].strip()
    if head in lex.percent_units and rest == head:
        return UnitInfo(written, multiplier, "%", "percent")
    kind: QuantityKind | None = None
    if head in lex.count_units:
        kind = "count"
    elif head in lex.ratio_units:
        kind = "ratio"
    elif head in lex.duration_units:
        kind = "duration"
    elif head in lex.measure_units:
        kind = "other"
    if kind is None:
        if not (declared or multiplier != 1.0) or len(rest) > 8 or re.search(r"\d", rest):
            return None
        kind = "other"
    if "/" in rest:
        kind = "other"
    return UnitInfo(written, multiplier, rest, kind)


_COUNT_LETTER_RE = re.compile(r"^(?P<letter>[KMB])[ ]?(?P<noun>[a-z]+)$")


def _english_count(rest: str, multiplier: float) -> tuple[str, float] | None:
    """An English count noun after a count (``shares``, ``K shares``: tables.yaml
    english_count_nouns), its unit and multiplier; a scale letter K, M or B glued before
    the noun multiplies it, as a scale word before it does (``million shares``)."""
    nouns = _lex().english_count_nouns
    if rest in nouns:
        return nouns[rest], multiplier
    m = _COUNT_LETTER_RE.match(rest)
    if m is None or multiplier != 1.0 or m["noun"] not in nouns:
        return None
    return nouns[m["noun"]], _lex().currency_scale_letters[m["letter"].casefold()]


_ALTERNATIVES = re.compile(r"\s*(?:或|；|;|、|及)\s*")


def _mixed_currencies(t: str) -> float | None:
    """The scale of a unit line naming two currencies (``新台幣或外幣仟元``, ``新台幣仟元；
    外幣仟元``): each amount's currency is its own (``$``, ``USD``), the scale is shared."""
    parts = [p for p in _ALTERNATIVES.split(t) if p]
    lex = _lex()
    if len(parts) < 2 or not all(lex.currency_re.match(p) or "幣" in p for p in parts):
        return None  # 股數及仟元: not every part a currency
    m = re.search(rf"(?:{lex.magnitude_re.pattern})\s*元?$", parts[-1], re.IGNORECASE)
    if m is None:
        return None
    word = re.sub(r"\s*元$", "", m.group())
    return lex.magnitudes.get(word.casefold())


@dataclass(frozen=True)
class CellValue:
    """What a cell says: a number (with the unit written in it), a null marker, or text."""

    value: float | None
    null: bool
    percent: bool
    decimals: int
    unit: UnitInfo | None
    markers: tuple[str, ...]
    currency: str | None = None  # "$ 674,310": money in TWD, scaled by the table's unit
    upper: float | None = None  # a range's upper end ("4.6~4.7": value 4.6, upper 4.7)


def split_markers(text: str) -> tuple[str, tuple[str, ...]]:
    """Text without footnote markers (``1,138*`` -> ``1,138``, ``('*',)``)."""
    lex = _lex()
    t = text.strip()
    markers: list[str] = []
    for _ in range(3):
        m = lex.cell_marker.search(t)
        if not m or m.start() == 0:
            break
        markers.insert(0, m.group().strip())
        t = t[: m.start()].rstrip()
    m = lex.lead_marker.match(t)
    if m and m.end() < len(t):
        markers.insert(0, m.group().strip())
        t = t[m.end() :]
    return t, tuple(markers)


@functools.lru_cache(maxsize=65536)
def parse_counted_names(text: str) -> CellValue | None:
    """The count of a cell that lists the names it counts (``7位吳亞琦、黃英忠、…``, the
    directors in a remuneration bracket): its count, so the bracket adds up to 總計."""
    m = _lex().counted_names.match(fold_width(text).strip())
    return parse_cell(m.group("count")) if m else None


# A range written in one cell: ``4.6~4.7``, ``2%～4%``, ``(0.8)~2.3``, ``2至3``; with a
# hyphen only between two unsigned numbers set solid (``4.6-4.7``), never ``-`` alone (null)
# nor a date (``2025-12``: the upper end below the lower).
_TILDE_RANGE_RE = re.compile(r"^(?P<lo>\S[^~至]*?)\s*(?:~|至)\s*(?P<hi>\S.*)$")
_DASH_RANGE_RE = re.compile(r"^(?P<lo>\d[\d,]*(?:\.\d+)?%?)[-–](?P<hi>\d[\d,]*(?:\.\d+)?%?)$")


# A range's end that may be a month (``113.8``, ``2024.01``: a ROC or western year, a month).
_MONTH_END_RE = re.compile(r"(?:1[0-3]\d|(?:19|20)\d\d)\.(?:0?[1-9]|1[0-2])")


def _month_span(lo: str, hi: str) -> bool:
    """Both ends months of years, the upper in a later year (``113.8～114.4``): a term.
    ``101.2~101.6`` (an attainment rate) is a range of figures."""
    ends = [_MONTH_END_RE.fullmatch(x.strip()) for x in (lo, hi)]
    return all(ends) and int(lo.strip().split(".")[0]) < int(hi.strip().split(".")[0])


def _range_cell(folded: str) -> CellValue | None:
    """A cell giving a range: its lower end as the value, its upper end as ``upper``; a
    ``%`` written on one end only (``2~4%``) is both ends'."""
    m = _TILDE_RANGE_RE.match(folded) or _DASH_RANGE_RE.match(folded)
    if m is None or _month_span(m.group("lo"), m.group("hi")):
        return None
    lo, hi = _parse_one(m.group("lo")), _parse_one(m.group("hi"))
    if lo is None or hi is None or lo.value is None or hi.value is None:
        return None
    unit = _range_unit(lo.unit, hi.unit)
    if (lo.unit or hi.unit) is not None and unit is None:
        # ``1~3月``, ``41~50歲``, ``1,000元～2,000元``: an axis's bracket, named, not a figure
        return None
    if lo.value > hi.value:
        return None
    return CellValue(
        lo.value,
        False,
        lo.percent or hi.percent,
        max(lo.decimals, hi.decimals),
        unit,
        lo.markers + hi.markers,
        lo.currency or hi.currency,
        hi.value,
    )


def _range_unit(lo: UnitInfo | None, hi: UnitInfo | None) -> UnitInfo | None:
    """The unit a range writes with a magnitude (``181億~200億元``, ``181~200億元``,
    ``3萬~5萬``): the upper end's, when the lower end writes none or the same magnitude
    (``億`` of ``億元``). A figure of a guidance, unlike a bracket's unit (``41~50歲``,
    ``1,000元～2,000元``: no magnitude); ends of two magnitudes (``9000萬~1.2億``) are not
    read as one unit."""
    if hi is None or hi.multiplier == 1.0 or hi.kind not in ("money", "count", "other"):
        return None
    if lo is None:
        return hi
    if lo.multiplier != hi.multiplier or not hi.text.startswith(lo.text):
        return None
    return hi


def parse_cell(text: str) -> CellValue | None:
    """Number or null marker in a table cell; None for a text cell.

    ``1,138`` -> 1138; ``-12.5%`` -> -12.5 (percent); ``▼3.2`` -> -3.2; ``-``/``—`` -> null;
    ``181.2億美元`` -> 181.2 with its own unit. A year with 年 stays text. As an
    accountant reads a statement: ``(1,234)`` -> -1234, ``$ 674,310`` -> 674310 in TWD.
    As a slide writes a price and its change: ``727(+25%)`` -> 727 (marker ``(+25%)``),
    ``USD580 per ton`` -> 580 in USD/ton. A range is text here (the finders look for
    amounts, and a row of ranges would join tables the amounts keep apart); the cells of
    a table found are read by ``parse_value_cell``.
    """
    return _parse_one(fold_width(text))


def parse_value_cell(text: str) -> CellValue | None:
    """``parse_cell``, or a range (``4.6~4.7`` -> 4.6 up to 4.7, a forecast's range, its
    unit the row's or column's): how the cells of a table found are read."""
    folded = fold_width(text).strip()
    approx = _lex().cell_approx.match(folded)
    if approx is not None:  # ~$2.45B: about so much, the mark kept
        cv = parse_value_cell(folded[approx.end() :])
        if cv is None or cv.value is None:
            return None
        return dataclasses.replace(cv, markers=(approx.group("mark"), *cv.markers))
    return (
        _range_cell(folded)
        or _spaced_range(folded)
        or _parse_one(folded)
        or _scaled(folded)
        or _header_led(folded)
    )


_SCALE_LETTER_RE = re.compile(r"^(?P<amount>.*\d)(?P<letter>[A-Za-z]{1,2})(?P<close>[)）]?)$")


def _scaled(folded: str) -> CellValue | None:
    """A deck's amount with a scale letter after the currency sign's figure (``$2.35B``,
    ``($181M)``, ``NT$1.2B``): the figure in that currency, scaled. Only in a table found:
    a highlights slide's figures (``$12.3B`` over ``Revenues``) make no grid."""
    lex = _lex()
    m = _SCALE_LETTER_RE.match(folded)
    if m is None or (scale := lex.currency_scale_letters.get(m["letter"].casefold())) is None:
        return None
    cv = _parse_one(m["amount"] + m["close"])
    if cv is None or cv.value is None or cv.currency is None or cv.unit is not None:
        return None
    sign = next(s for s in sorted(lex.currency_prefixes, key=lambda x: (-len(x), x)) if s in folded)
    return dataclasses.replace(cv, unit=UnitInfo(sign + m["letter"], scale, cv.currency, "money"))


def deck_figure(text: str) -> bool:
    """A deck's figure the finders do not count as an amount (``$11.8B-$12.6B``,
    ``~$2.45B``, ``$12.3B``): never a line of column names over a grid's rows."""
    folded = fold_width(text).strip()
    if _lex().cell_approx.match(folded) is not None:
        cv = parse_value_cell(folded)
        return cv is not None and cv.value is not None
    return _spaced_range(folded) is not None or _scaled(folded) is not None


def _spaced_range(folded: str) -> CellValue | None:
    """A deck's guidance range set with spaces round its dash (``$3.30 - $3.50``, ``26% -
    28%``): both ends written alike (sign, %, scale letter), so a nil column between two
    bare amounts is not read as one."""
    m = _lex().cell_spaced_range.match(folded)
    if m is None:
        return None
    lo = _parse_one(m.group("lo")) or _scaled(m.group("lo"))
    hi = _parse_one(m.group("hi")) or _scaled(m.group("hi"))
    if lo is None or hi is None or lo.value is None or hi.value is None:
        return None
    if (lo.percent, lo.currency, lo.unit) != (hi.percent, hi.currency, hi.unit):
        return None  # ``$3.30 - 28%``: two cells' figures
    if not (lo.percent or lo.currency or lo.unit) or lo.value > hi.value:
        return None
    return dataclasses.replace(lo, upper=hi.value, decimals=max(lo.decimals, hi.decimals))


def _header_led(folded: str) -> CellValue | None:
    """An amount with header words run into it (``112.12.31235,109``, ``(e)=(c)-(d)57,208``,
    ``(重編後)427,079``: the grid set a block's header on its first row's line): the
    amount, the words kept as a marker, so the row adds what it holds to its total. A
    unit in brackets (``(USD)1,234``) is no header word."""
    m = _lex().cell_header_lead.match(folded)
    if m is None or parse_unit(m.group("lead")) is not None:
        return None
    cv = _parse_one(m.group("amount"))
    if cv is None or cv.value is None:
        return None
    return dataclasses.replace(cv, markers=(m.group("lead").strip(), *cv.markers))


@functools.lru_cache(maxsize=8192)
def _parse_one(folded: str) -> CellValue | None:
    """A number or null marker (no range) in a cell's width-folded text.

    Remembered by text (a pure function of it and of the tables lexicon, which is read
    once per process; the value is frozen): the finders read each phrase of each line
    of every page, and a report's phrases repeat (its labels, years, ``-``, units)."""
    lex = _lex()
    folded = folded.strip()
    if not folded:
        return None
    if folded.casefold() in lex.null_markers:
        return CellValue(None, True, False, 0, None, ())
    for symbol, code in lex.currency_prefixes.items():  # "$ -": nothing, in TWD
        rest = folded[len(symbol) :].strip().casefold()
        if folded.startswith(symbol) and rest in lex.null_markers:
            return CellValue(None, True, False, 0, None, (), code)
    price = lex.cell_price_per_unit.match(folded)
    if price:  # USD580 per ton: a price in that currency per unit
        code = lex.currency_prefixes.get(price.group("currency"), price.group("currency"))
        unit = parse_unit(f"{code}/{price.group('per')}")
        number = price.group("number")
        if unit is not None:
            decimals = len(number.partition(".")[2])
            return CellValue(float(number.replace(",", "")), False, False, decimals, unit, ())
    currency: str | None = None
    m = lex.currency_prefix.match(folded)
    if m:  # before the markers: "$ (12)" is an amount, not "$" with note (12)
        currency = lex.currency_prefixes[m.group().strip()]
        folded = folded[m.end() :]
    elif folded[:1] in "(（":  # "( $ 108,808 )": the sign set inside the parenthesis
        inner = folded[1:].lstrip()
        m = lex.currency_prefix.match(inner)
        if m:
            currency = lex.currency_prefixes[m.group().strip()]
            folded = folded[0] + inner[m.end() :]
    t, markers = split_markers(folded)
    change = lex.cell_change.search(t)
    if change and change.start() > 0:  # 727(+25%): the value, its change kept as a marker
        markers = (*markers, change.group().strip())
        t = t[: change.start()]
    if t.casefold() in lex.null_markers:
        return CellValue(None, True, False, 0, None, markers)
    sign = 1
    m = lex.accounting_negative.match(t)
    if m and _NUMBER_RE.fullmatch(m.group("inner")) and m.group("inner")[0] not in "+-":
        sign = -1
        t = m.group("inner")
    if t and t[0] in lex.sign_markers:
        sign = lex.sign_markers[t[0]]
        t = t[1:].lstrip()
    m = _NUMBER_RE.match(t)
    if not m:
        return None
    if m.group("sign") == "-":
        sign = -sign
    frac = m.group("frac") or m.group("frac2") or ""
    value = sign * float(m.group("num").replace(",", ""))
    rest = m.group("rest").strip()
    if not rest:
        return CellValue(value, False, False, len(frac), None, markers, currency)
    if currency is not None:
        return None
    if rest in lex.percent_units:
        return CellValue(value, False, True, len(frac), None, markers)
    unit = parse_unit(rest)
    if unit is None:
        return None
    if unit.kind == "duration" and lex.year_header.match(t):
        return None
    return CellValue(value, False, unit.kind == "percent", len(frac), unit, markers)


def is_account_code(text: str) -> bool:
    """A statement's account code (``1100``, ``11XX``, ``1980``): a code, never a quantity."""
    return bool(_lex().account_code.match(fold_width(text).strip()))


def is_value_token(token: str) -> bool:
    """A whitespace-free token that reads as a number or a null marker."""
    return parse_cell(token) is not None


def clean_cell_text(text: str) -> str:
    """One line, single spaces, and no space between two CJK characters."""
    t = _WS_RE.sub(" ", text).strip()
    return _CJK_GAP_RE.sub("", t)


def _norm_label(text: str) -> str:
    t, _ = split_markers(fold_width(text))
    t = _strip_unit_suffix(t)
    return _WS_RE.sub("", t).casefold()


def _strip_unit_suffix(text: str) -> str:
    lex = _lex()
    m = lex.unit_parens.search(text)
    if m and parse_unit(m.group("unit")) is not None:
        text = text[: m.start()]
    m = lex.unit_inline.search(text)
    if m:
        text = text[: m.start()] + text[m.end() :]
    return text.strip()


def _is_year(token: str) -> bool:
    return bool(_lex().year_header.match(fold_width(token).strip()))


def year_row_label(text: str) -> bool:
    """The label of a header line of years (``意外年度``, ``事故年度``: ``year_row_labels``)."""
    return re.sub(r"\s+", "", fold_width(text)) in _lex().year_row_labels


def year_cells(cells: Sequence[str]) -> bool:
    """Cells that are all years (``year_header_cell``: ``≦108 109 110 111``, ``2019年以前
    2020 2021``), the bare ones two or more and counting up or down by one: the column
    names of an insurer's claims development table, never amounts."""
    years: list[int] = []
    texts = [fold_width(c).strip() for c in cells if c and c.strip()]
    for text in texts:
        m = _lex().year_header_cell.match(text)
        if m is None:
            return False
        if m.group(0).strip() == m["year"]:
            years.append(int(m["year"]))
    steps = {b - a for a, b in itertools.pairwise(years)}
    return len(years) >= 2 and (steps == {1} or steps == {-1})


def development_cells(cells: Sequence[str]) -> bool:
    """Cells that are all bare whole numbers of one to three digits, three or more,
    counting up by one fixed step (``1 2 3 … 7``, ``12 24 36 48``): the development
    years or months of a claims triangle, set under its accident-year corner; column
    names, never amounts."""
    texts = [fold_width(c).strip() for c in cells if c and c.strip()]
    if len(texts) < 3 or not all(re.fullmatch(r"\d{1,3}", t) for t in texts):
        return False
    steps = {int(b) - int(a) for a, b in itertools.pairwise(texts)}
    return len(steps) == 1 and min(steps) > 0


def total_kind(label: str | None) -> Literal["total", "subtotal"] | None:
    """``總計``/``合計``/``總和`` (also ``全球合計``) -> total; ``小計`` -> subtotal."""
    if not label:
        return None
    lex = _lex()
    t = _norm_label(label)
    if not t:
        return None
    if lex.subtotal_re.match(t):
        return "subtotal"
    if lex.total_re.match(t):
        return "total"
    return None
