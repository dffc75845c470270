"""Tables: ``表 N`` captions with their rows, typed cells and checked totals.

Find, then build. ``parse_text_table`` reads rows from a text dump (a label that may
hold spaces and Latin, then numeric columns); ``find_pdf_tables`` reads grids from a
pdfplumber page (ruling lines first, then column alignment of numeric cells for
unruled tables). ``extract_tables`` ties each grid to its caption, note and source
lines in ``Document.text``, types every numeric cell by the unit that governs it and
records a Check for every total row/column and share column, so a misread digit
shows up as a failed check instead of a silent wrong number.

Check ids are ``<table id>.c<k>`` (``t1.c1``); ``Table.check_ids`` holds the same ids.
"""

from __future__ import annotations

import functools
import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pipeline.chars import fold_width
from pipeline.extract.numerals import parse_arabic
from pipeline.lexicon import load_lexicon
from pipeline.models import (
    Block,
    Cell,
    CharSpan,
    Check,
    Document,
    PdfTable,
    QuantityKind,
    Table,
)

Box = tuple[float, float, float, float]

RULE_TEXT = "tables.text.v1"
RULE_PDF_LINES = "tables.pdf_lines.v1"
RULE_PDF_TEXT = "tables.pdf_text.v1"
RULE_TOTAL_ROW = "tables.total_row.v1"
RULE_TOTAL_COLUMN = "tables.total_column.v1"
RULE_PERCENT_SUM = "tables.percent_sum.v1"

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_CJK_GAP_RE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_WS_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"\S+")
_NUMBER_RE = re.compile(
    r"^(?P<sign>[+\-])?\s*(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?|\.(?P<frac2>\d+))"
    r"\s*(?P<rest>.*)$"
)


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lex:
    table_caption: re.Pattern[str]
    figure_caption: re.Pattern[str]
    continued: re.Pattern[str]
    unit_line: re.Pattern[str]
    unit_inline: re.Pattern[str]
    unit_parens: re.Pattern[str]
    measure_header: re.Pattern[str]
    currency_re: re.Pattern[str]
    currencies: dict[str, str]
    magnitude_re: re.Pattern[str]
    magnitudes: dict[str, float]
    percent_units: frozenset[str]
    count_units: frozenset[str]
    ratio_units: frozenset[str]
    measure_units: frozenset[str]
    duration_units: frozenset[str]
    null_markers: frozenset[str]
    cell_marker: re.Pattern[str]
    lead_marker: re.Pattern[str]
    sign_markers: dict[str, int]
    total_re: re.Pattern[str]
    subtotal_re: re.Pattern[str]
    header_keywords: frozenset[str]
    share_re: re.Pattern[str]
    rate_re: re.Pattern[str]
    note_line: re.Pattern[str]
    note_prefix: re.Pattern[str]
    source_line: re.Pattern[str]
    source_prefix: re.Pattern[str]
    source_dates: tuple[re.Pattern[str], ...]
    year_header: re.Pattern[str]
    year_suffix: re.Pattern[str]
    reference_range: re.Pattern[str]
    caption_line: re.Pattern[str]
    figure_reference: re.Pattern[str]
    table_reference: re.Pattern[str]
    reference_blocked_before: frozenset[str]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _lex() -> _Lex:
    d = load_lexicon("tables")
    currencies = {fold_width(k).casefold(): v for k, v in d["currencies"].items()}
    magnitudes = {fold_width(k).casefold(): float(v) for k, v in d["magnitudes"].items()}
    pre = int(d["total_prefix_max"])
    return _Lex(
        table_caption=re.compile(d["table_caption"]),
        figure_caption=re.compile(d["figure_caption"]),
        continued=re.compile(d["continued"], re.IGNORECASE),
        unit_line=re.compile(d["unit_line"]),
        unit_inline=re.compile(d["unit_inline"]),
        unit_parens=re.compile(d["unit_parens"]),
        measure_header=re.compile(d["measure_header"]),
        currency_re=re.compile(_alternation(list(currencies)), re.IGNORECASE),
        currencies=currencies,
        magnitude_re=re.compile(rf"(?:{_alternation(list(magnitudes))})(?![a-z])", re.IGNORECASE),
        magnitudes=magnitudes,
        percent_units=frozenset(fold_width(u) for u in d["percent_units"]),
        count_units=frozenset(d["count_units"]),
        ratio_units=frozenset(d["ratio_units"]),
        measure_units=frozenset(fold_width(u) for u in d["measure_units"]),
        duration_units=frozenset(d["duration_units"]),
        null_markers=frozenset(fold_width(m).casefold() for m in d["null_markers"]),
        cell_marker=re.compile(r"\s*" + d["cell_marker"]),
        lead_marker=re.compile(r"^(?:\*{1,3}|[†‡#])\s*"),
        sign_markers=dict(d["sign_markers"]),
        total_re=re.compile(
            rf"^.{{0,{pre}}}(?:{_alternation([w.casefold() for w in d['total_words']])})$"
        ),
        subtotal_re=re.compile(
            rf"^.{{0,{pre}}}(?:{_alternation([w.casefold() for w in d['subtotal_words']])})$"
        ),
        header_keywords=frozenset(w.casefold() for w in d["header_keywords"]),
        share_re=re.compile(_alternation(d["share_keywords"]), re.IGNORECASE),
        rate_re=re.compile(_alternation(d["rate_keywords"]), re.IGNORECASE),
        note_line=re.compile(d["note_line"]),
        note_prefix=re.compile(d["note_prefix"]),
        source_line=re.compile(d["source_line"]),
        source_prefix=re.compile(d["source_prefix"]),
        source_dates=tuple(re.compile(p) for p in d["source_dates"]),
        year_header=re.compile(d["year_header"]),
        year_suffix=re.compile(d["year_suffix"]),
        reference_range=re.compile(d["reference_range"]),
        caption_line=re.compile(d["table_caption"].replace("^\\s*", "^[ \\t]*", 1), re.M),
        figure_reference=re.compile(d["figure_reference"]),
        table_reference=re.compile(d["table_reference"]),
        reference_blocked_before=frozenset(d["reference_blocked_before"]),
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
            currency = lex.currencies[m.group().casefold()]
            rest = rest[m.end() :].strip()
    if currency is not None:
        if not rest:
            return UnitInfo(written, multiplier, currency, "money")
        if rest.startswith("/"):
            return UnitInfo(written, multiplier, currency + rest, "other")
        return None
    if not rest:
        return UnitInfo(written, multiplier, None, "other") if multiplier != 1.0 else None
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


@dataclass(frozen=True)
class CellValue:
    """What a cell says: a number (with the unit written in it), a null marker, or text."""

    value: float | None
    null: bool
    percent: bool
    decimals: int
    unit: UnitInfo | None
    markers: tuple[str, ...]


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
def parse_cell(text: str) -> CellValue | None:
    """Number or null marker in a table cell; None for a text cell.

    ``1,138`` -> 1138; ``-12.5%`` -> -12.5 (percent); ``▼3.2`` -> -3.2; ``-``/``—`` -> null;
    ``181.2億美元`` -> 181.2 with its own unit. A year with 年 stays text.
    """
    lex = _lex()
    folded = fold_width(text).strip()
    if not folded:
        return None
    if folded.casefold() in lex.null_markers:
        return CellValue(None, True, False, 0, None, ())
    t, markers = split_markers(folded)
    if t.casefold() in lex.null_markers:
        return CellValue(None, True, False, 0, None, markers)
    sign = 1
    if t and t[0] in lex.sign_markers:
        sign = lex.sign_markers[t[0]]
        t = t[1:].lstrip()
    m = _NUMBER_RE.match(t)
    if not m:
        return None
    if m.group("sign") == "-":
        sign = -sign
    frac = m.group("frac") or m.group("frac2") or ""
    magnitude = parse_arabic(m.group("num"))
    value = sign * (magnitude if magnitude is not None else float(m.group("num")))
    rest = m.group("rest").strip()
    if not rest:
        return CellValue(value, False, False, len(frac), None, markers)
    if rest in lex.percent_units:
        return CellValue(value, False, True, len(frac), None, markers)
    unit = parse_unit(rest)
    if unit is None:
        return None
    if unit.kind == "duration" and lex.year_header.match(t):
        return None
    return CellValue(value, False, unit.kind == "percent", len(frac), unit, markers)


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


# --------------------------------------------------------------------------- text tables


@dataclass
class TextCell:
    """A cell of a text row: its text and ``[start, end)`` offsets in its line."""

    text: str
    start: int
    end: int


@dataclass
class TextRow:
    line: int  # index into the parsed lines
    cells: list[TextCell | None]


@dataclass
class TextTable:
    """Rows read from text lines: ``columns`` names every cell position."""

    columns: list[str]
    rows: list[TextRow]
    stub: int
    header_lines: list[int] = field(default_factory=list)
    header_parts: list[list[str]] = field(default_factory=list)
    unit: str | None = None
    unit_lines: list[int] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)


@dataclass
class _Tok:
    text: str
    start: int
    end: int


def _tokens(line: str) -> list[_Tok]:
    return [_Tok(line[m.start() : m.end()], m.start(), m.end()) for m in _TOKEN_RE.finditer(line)]


def _value_suffix(toks: Sequence[_Tok]) -> int:
    n = 0
    for t in reversed(toks):
        if not is_value_token(t.text):
            break
        n += 1
    return min(n, max(len(toks) - 1, 0))


def _header_like(toks: Sequence[_Tok], suffix: int) -> bool:
    """A first line is a header unless it reads as a data row (years are header names)."""
    if not toks:
        return False
    if suffix == 0:
        return True
    return all(_is_year(t.text) for t in toks[len(toks) - suffix :])


def _merge_header_tokens(line: str, toks: list[_Tok]) -> list[_Tok]:
    """Join tokens a header splits by spaces: ``產值 (億美元)``, ``2023 年``, ``2024 (e)``."""
    out: list[_Tok] = []
    for t in toks:
        f = fold_width(t.text)
        if out and (
            (f[0] in "(（" and parse_unit(f) is not None)
            or (_lex().year_suffix.match(f) and fold_width(out[-1].text)[-1:].isdigit())
        ):
            prev = out[-1]
            out[-1] = _Tok(line[prev.start : t.end], prev.start, t.end)
        else:
            out.append(t)
    return out


def _drop_unit_phrase(line: str, toks: list[_Tok]) -> tuple[list[_Tok], str | None]:
    m = _lex().unit_inline.search(fold_width(line))
    if not m:
        return toks, None
    kept = [t for t in toks if t.end <= m.start() or t.start >= m.end()]
    return kept, line[m.start("unit") : m.end("unit")].strip()


def _mode(values: Sequence[int]) -> int:
    if not values:
        return 0
    counts = Counter(values)
    best = max(counts.values())
    return max(v for v, c in counts.items() if c == best)


def _group_names(groups: list[str], n: int) -> list[str] | None:
    if not groups or n % len(groups):
        return None
    span = n // len(groups)
    return [groups[k // span] for k in range(n)]


_RULE_LINE_RE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$|^\s*[-=+|: ]{8,}$")
_PIPE_ROW_RE = re.compile(r"^\s*\|.*\|.*$")
_WIDE_GAP_RE = re.compile(r"\S(?: {2,}|\t|\u3000)\S")


def _split_cells(line: str, sep: str) -> list[_Tok]:
    """Cells between separators (``|`` or a tab), trimmed, with their offsets in ``line``."""
    out: list[_Tok] = []
    pieces = line.split(sep)
    pos = 0
    for k, piece in enumerate(pieces):
        start, end = pos, pos + len(piece)
        pos = end + len(sep)
        if sep == "|" and k in (0, len(pieces) - 1) and not piece.strip():
            continue  # outside the leading and trailing pipes
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        out.append(_Tok(text, start + lead, start + lead + len(text)))
    return out


def _split_layout(line: str) -> list[_Tok]:
    """Cells of a layout dump: runs of text split at two or more spaces (or a tab)."""
    return [
        _Tok(m.group(), m.start(), m.end())
        for m in re.finditer(
            r"\S+(?:[ ](?! )\S+)*", line.replace("\t", "  ").replace("\u3000", "  ")
        )
    ]


def _delimited(lines: Sequence[str], content: Sequence[int]) -> list[list[_Tok]] | None:
    """Cells per line when the table marks its columns (pipes, tabs, or wide gaps on every
    line with one cell count): None when it does not and the rows must be read by their
    trailing numbers."""
    texts = [fold_width(lines[i]) for i in content]
    cells: list[list[_Tok]] | None = None
    if all(_PIPE_ROW_RE.match(t) or _RULE_LINE_RE.match(t) for t in texts):
        cells = [[] if _RULE_LINE_RE.match(t) else _split_cells(t, "|") for t in texts]
    elif all("\t" in t for t in texts):
        cells = [_split_cells(t, "\t") for t in texts]
    elif len(texts) >= 2 and all(_WIDE_GAP_RE.search(t) for t in texts):
        cells = [_split_layout(t) for t in texts]
        n = len(cells[0])
        if n < 2 or sum(1 for c in cells if len(c) == n) < 0.8 * len(cells):
            return None
        if any(len(c) > n for c in cells):
            return None
    if cells is None:
        return None
    # Offsets were found on the folded text: quote the original characters.
    return [
        [_Tok(lines[i][t.start : t.end], t.start, t.end) for t in row]
        for i, row in zip(content, cells, strict=True)
    ]


def _parse_delimited(
    lines: Sequence[str],
    cells: list[list[_Tok]],
    content: Sequence[int],
    unit: str | None,
    unit_lines: list[int],
) -> TextTable:
    rows_at = [i for i, c in zip(content, cells, strict=True) if c]
    by_line = dict(zip(content, cells, strict=True))
    header_line = rows_at[0]
    header = by_line[header_line]
    ncol = max(len(c) for c in cells)
    columns = [t.text for t in header] + [""] * (ncol - len(header))
    body = [i for i in rows_at[1:] if [t.text for t in by_line[i]] != columns[: len(by_line[i])]]
    texts = [[t.text for t in by_line[i]] + [""] * (ncol - len(by_line[i])) for i in body]
    stub = max(_stub_count(texts, ncol), 1) if ncol > 1 else 1
    rows = [
        TextRow(
            i,
            [TextCell(t.text, t.start, t.end) if t.text else None for t in by_line[i]]
            + [None] * (ncol - len(by_line[i])),
        )
        for i in body
    ]
    return TextTable(
        columns=columns,
        rows=rows,
        stub=stub,
        header_lines=[header_line],
        header_parts=[[c] if c else [] for c in columns],
        unit=unit,
        unit_lines=unit_lines,
        skipped_lines=[i for i in content if i not in body and i != header_line],
    )


def parse_text_table(lines: Sequence[str]) -> TextTable:
    """Rows of a text-dump table: header line(s) first, then ``label v1 v2 ...`` rows.

    The label may hold spaces and Latin (``自體 CD 34+ selection 0 0 0``): the number of
    value columns is the most common count of trailing numeric tokens, so the label is
    whatever stands before them. The header may have fewer tokens than a data row.
    """
    lex = _lex()
    toks: list[list[_Tok]] = []
    unit: str | None = None
    unit_lines: list[int] = []
    for i, line in enumerate(lines):
        f = fold_width(line)
        m = lex.unit_line.match(f)
        if m:
            unit = unit or line[m.start("unit") : m.end("unit")].strip()
            unit_lines.append(i)
            toks.append([])
            continue
        toks.append(_tokens(line))
    content = [i for i, t in enumerate(toks) if t]
    if not content:
        return TextTable([], [], 0, unit=unit, unit_lines=unit_lines)
    delimited = _delimited(lines, content)
    if delimited is not None and any(delimited):
        return _parse_delimited(lines, delimited, content, unit, unit_lines)
    suffix = {i: _value_suffix(toks[i]) for i in content}

    header_lines: list[int] = []
    first = content[0]
    if _header_like(toks[first], suffix[first]) or len(content) == 1:
        header_lines.append(first)
    body = [i for i in content if i not in header_lines]
    n_num = _mode([suffix[i] for i in body if suffix[i] >= 1])
    # Further header lines come before the first data row, and only under a first line
    # too short to name every column (group names over a second line: a two-level header).
    first_kept, _ = _drop_unit_phrase(lines[first], toks[first])
    if header_lines and len(_merge_header_tokens(lines[first], first_kept)) < n_num + 1:
        for i in body[:2]:
            if (suffix[i] == 0 and len(toks[i]) >= 2) or (
                suffix[i] >= 2
                and all(_is_year(t.text) for t in toks[i][-suffix[i] :])
                and len(toks[i]) - suffix[i] <= 1
            ):
                header_lines.append(i)
            else:
                break
        body = [i for i in content if i not in header_lines]
        if n_num == 0:
            n_num = _mode([suffix[i] for i in body if suffix[i] >= 1])

    # Header names per value column (bottom line last), stub header names.
    header_toks: list[list[_Tok]] = []
    for i in header_lines:
        kept, inline = _drop_unit_phrase(lines[i], toks[i])
        unit = unit or inline
        header_toks.append(_merge_header_tokens(lines[i], kept))

    labels = [toks[i][: len(toks[i]) - min(suffix[i], n_num)] for i in body]
    label_counts = [len(lab) for i, lab in zip(body, labels, strict=True) if lab and suffix[i]]

    stub = 1
    stub_names: list[str] = [""]
    parts: list[list[str]] = [[] for _ in range(n_num)]
    if header_toks:
        bottom = header_toks[-1]
        h = len(bottom)
        extra = h - n_num - 1
        if n_num == 0:
            stub = 1
            stub_names = [" ".join(t.text for t in bottom)] if bottom else [""]
        elif extra >= 0:
            if (
                extra > 0
                and label_counts
                and min(label_counts) >= extra + 1
                and statistics.median_low(label_counts) == extra + 1
            ):
                stub = extra + 1
                stub_names = [t.text for t in bottom[:stub]]
            else:
                stub_names = [lines[header_lines[-1]][bottom[0].start : bottom[extra].end]]
            for k, t in enumerate(bottom[h - n_num :]):
                parts[k].append(t.text)
        else:
            names = [t.text for t in bottom]
            names = [""] * (n_num - len(names)) + names
            for k, name in enumerate(names):
                parts[k].append(name)
        # Upper header lines: a group name over each run of columns.
        for upper in reversed(header_toks[:-1]):
            texts = [t.text for t in upper]
            groups: list[str] | None = None
            if (
                len(texts) >= 2
                and n_num % (len(texts) - 1) == 0
                and (_norm_label(texts[0]) in lex.header_keywords or len(texts) - 1 < n_num)
            ):
                groups = _group_names(texts[1:], n_num)
                if not stub_names[0]:
                    stub_names[0] = texts[0]
            if groups is None:
                groups = _group_names(texts, n_num)
            if groups is None:
                continue
            for k in range(n_num):
                if groups[k] and groups[k] not in parts[k]:
                    parts[k].insert(0, groups[k])

    columns = stub_names + [" / ".join(p for p in ps if p) for ps in parts]
    header_parts = [[s] for s in stub_names] + parts

    ref_header = _WS_RE.sub("", fold_width(lines[header_lines[0]])) if header_lines else None
    rows: list[TextRow] = []
    skipped: list[int] = []
    for i, lab in zip(body, labels, strict=True):
        if ref_header is not None and _WS_RE.sub("", fold_width(lines[i])) == ref_header:
            skipped.append(i)  # the header repeated on a continuation page
            continue
        row_toks = toks[i]
        k = min(suffix[i], n_num)
        values = row_toks[len(row_toks) - k :] if k else []
        cells: list[TextCell | None] = [None] * (stub + n_num)
        line = lines[i]
        if lab:
            if stub == 1 or len(lab) >= stub:
                lead = lab[: stub - 1] if stub > 1 else []
                rest = lab[len(lead) :]
                for j, tok in enumerate(lead):
                    cells[j] = TextCell(tok.text, tok.start, tok.end)
                cells[stub - 1] = TextCell(
                    line[rest[0].start : rest[-1].end], rest[0].start, rest[-1].end
                )
            else:
                for j, tok in enumerate(lab):
                    cells[stub - len(lab) + j] = TextCell(tok.text, tok.start, tok.end)
        for j, tok in enumerate(values):
            cells[stub + j] = TextCell(tok.text, tok.start, tok.end)
        rows.append(TextRow(i, cells))
    return TextTable(
        columns=columns,
        rows=rows,
        stub=stub,
        header_lines=header_lines,
        header_parts=header_parts,
        unit=unit,
        unit_lines=unit_lines,
        skipped_lines=skipped,
    )


# --------------------------------------------------------------------------- document regions


@dataclass
class TableRegion:
    """Where one table lives in ``Document.text``: caption, row lines, notes, source."""

    label: str  # "表 1"
    caption: str  # caption text after the label
    caption_span: tuple[int, int]
    page: int
    caption_pages: list[int] = field(default_factory=list)
    row_lines: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)
    sources: list[tuple[int, int]] = field(default_factory=list)
    units: list[str] = field(default_factory=list)

    @property
    def end(self) -> int:
        return max([self.caption_span[1]] + [e for _, e in self.row_lines])


def caption_label(text: str, which: Literal["table", "figure"]) -> str | None:
    """``表 1`` / ``圖 2-1`` when ``text`` starts with a caption label."""
    lex = _lex()
    m = (lex.table_caption if which == "table" else lex.figure_caption).match(fold_width(text))
    if not m:
        return None
    return f"{'表' if which == 'table' else '圖'} {m.group('num').replace('．', '.')}"


def caption_body(text: str, which: Literal["table", "figure"]) -> str:
    """Caption text after its label and the separator (``表 1：`` / ``圖 2 ``)."""
    lex = _lex()
    m = (lex.table_caption if which == "table" else lex.figure_caption).match(fold_width(text))
    rest = text[m.end() :] if m else text
    rest = re.sub(r"^[\s:：、.．\-－—]+", "", rest)
    return rest.strip()


def _norm_caption_label(label: str | None, which: Literal["table", "figure"]) -> str | None:
    if not label:
        return None
    return caption_label(label, which) or label


def _block_lines(doc: Document, b: Block) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = b.start
    while s <= b.end:
        e = doc.text.find("\n", s, b.end)
        if e < 0:
            e = b.end
        if doc.text[s:e].strip():
            ls = s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip())
            le = e - (len(doc.text[s:e]) - len(doc.text[s:e].rstrip()))
            out.append((ls, le))
        s = e + 1
    return out


LineKind = Literal["unit", "note", "source", "row", "header", "label", "text"]
_PUNCT = "。，；、：:!?！？"


def line_kind(text: str) -> LineKind:
    """What a line near a table is: unit, note, source, data row, header, lone label, prose."""
    lex = _lex()
    f = fold_width(text)
    if lex.source_line.match(f):
        return "source"
    if lex.note_line.match(f):
        return "note"
    if lex.unit_line.match(f):
        return "unit"
    if _RULE_LINE_RE.match(f):
        return "header"
    if _PIPE_ROW_RE.match(f):
        cells = _split_cells(f, "|")
        return "row" if any(is_value_token(c.text) for c in cells if c.text) else "header"
    if "。" in f:
        return "text"
    toks = _tokens(f)
    if len(toks) >= 2 and _value_suffix(toks) >= 1 and not any(p in f for p in "，；"):
        return "row"
    if len(toks) >= 2 and len(f) <= 80 and not any(p in f for p in "，；、"):
        return "header"
    if len(toks) == 1 and len(f) <= 15 and not any(p in f for p in _PUNCT):
        return "label"
    return "text"


def _value_count(text: str) -> int:
    return sum(1 for t in _TOKEN_RE.findall(fold_width(text)) if is_value_token(t))


def _paragraph_in_table(
    doc: Document,
    j: int,
    region: TableRegion,
    lines: Sequence[tuple[int, int]],
    kinds: Sequence[LineKind],
    seen_data: bool,
) -> bool:
    """Whether a block the structure stage called a paragraph holds rows of this table."""
    text = doc.text[doc.blocks[j].start : doc.blocks[j].end]
    ok = _tabular(text) or all(
        k in ("unit", "note", "source", "row")
        or (k in ("header", "label") and (not seen_data or _rows_follow(doc, j)))
        for k in kinds
    )
    if not ok or not region.row_lines:
        return ok
    last = region.row_lines[-1]
    if doc.blocks[j].page <= doc.page_at(last[0]):
        return True
    # On a new page, only rows as wide as the last one (or a long run of reflowed rows)
    # continue the table: a chart's axis labels do not.
    width = _value_suffix(_tokens(fold_width(doc.text[last[0] : last[1]])))
    if _tabular(text) and _value_count(text) >= 3 * max(width, 1):
        return True
    first = region.row_lines[0]
    header = _WS_RE.sub("", fold_width(doc.text[first[0] : first[1]]))
    return all(
        (k == "row" and _value_suffix(_tokens(fold_width(doc.text[s:e]))) == width)
        or _WS_RE.sub("", fold_width(doc.text[s:e])) == header  # the header, repeated
        for (s, e), k in zip(lines, kinds, strict=True)
    )


def _next_block(doc: Document, j: int) -> int | None:
    """Index of the first block after ``j`` that is not a footer or a note."""
    k = j + 1
    while k < len(doc.blocks) and doc.blocks[k].kind in ("footer", "note"):
        k += 1
    return k if k < len(doc.blocks) else None


def _source_of_next_figure(doc: Document, j: int, region: TableRegion) -> bool:
    """Source block ``j`` sits over a figure caption on a later page than the table: ITIS
    prints a figure's source above its caption, so it is the figure's, unless the figure
    has its own source line below the caption."""
    f = _next_block(doc, j)
    if f is None or caption_block_label(doc, f, "figure") is None:
        return False
    after = _next_block(doc, f)
    if after is not None and doc.blocks[after].kind == "source":
        return False
    last = doc.page_at(region.row_lines[-1][0]) if region.row_lines else region.page
    return doc.blocks[j].page > last


def _rows_follow(doc: Document, j: int) -> bool:
    """Table rows come after block ``j``, past at most a few header-only paragraphs."""
    seen = 0
    for b in doc.blocks[j + 1 :]:
        if b.kind == "footer":
            continue
        text = doc.text[b.start : b.end]
        if b.kind == "table" or _tabular(text):
            return True
        kinds = {line_kind(text[s - b.start : e - b.start]) for s, e in _block_lines(doc, b)}
        if "row" in kinds and kinds <= {"row", "header", "label"}:
            return True
        seen += 1
        if b.kind != "paragraph" or not kinds <= {"header", "label"} or seen > 3:
            return False
    return False


def _tabular(text: str) -> bool:
    """Rows the structure stage reflowed into one paragraph: mostly numbers, no full stop."""
    f = fold_width(text)
    if "。" in f:
        return False
    toks = _TOKEN_RE.findall(f)
    nums = sum(1 for t in toks if is_value_token(t))
    return nums >= 3 and nums >= 0.4 * len(toks)


def caption_block_label(doc: Document, i: int, which: Literal["table", "figure"]) -> str | None:
    """Label when block ``i`` is a caption: tagged by structure, or a short captionlike line."""
    b = doc.blocks[i]
    kind = "table_caption" if which == "table" else "figure_caption"
    text = doc.text[b.start : b.end]
    if b.kind == kind:
        return _norm_caption_label(b.label, which) or caption_label(text, which)
    if b.kind != "paragraph" or "。" in text or len(text) > 100 or "\n" in text:
        return None
    label = caption_label(text, which)
    if label is None:
        return None
    if which == "figure":
        return label
    nxt = next((bb for bb in doc.blocks[i + 1 :] if bb.kind != "footer"), None)
    if nxt is None:
        return None
    first = _block_lines(doc, nxt)
    if nxt.kind == "table" or (
        first and line_kind(doc.text[first[0][0] : first[0][1]]) in ("row", "header", "unit")
    ):
        return label
    return None


def find_table_regions(
    doc: Document, last_pages: dict[int, int] | None = None
) -> list[TableRegion]:
    """Every ``表 N`` caption with the row, note, unit and source lines that follow it.

    A caption marked as continued (``表 1（續）``), or repeating the label of the table
    just before on the next page, extends that table instead of starting a new one.
    """
    lex = _lex()
    regions: list[TableRegion] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        label = caption_block_label(doc, i, "table")
        if label is None:
            i += 1
            continue
        b = blocks[i]
        text = doc.text[b.start : b.end]
        prev = regions[-1] if regions else None
        continued = bool(lex.continued.search(fold_width(text)))
        if (
            prev is not None
            and prev.label == label
            and (continued or b.page - max(prev.caption_pages) <= 1)
        ):
            region = prev
            region.caption_pages.append(b.page)
        else:
            caption = caption_body(text, "table")
            m = lex.unit_inline.search(fold_width(caption))
            units = [caption[m.start("unit") : m.end("unit")].strip()] if m else []
            region = TableRegion(label, caption, (b.start, b.end), b.page, [b.page], units=units)
            regions.append(region)
        last = (last_pages or {}).get(region.caption_span[0])
        i = _consume(doc, i + 1, region, last)
    return regions


def _consume(doc: Document, j: int, region: TableRegion, last_page: int | None = None) -> int:
    """Take the blocks after a caption that belong to its table; index of the next block.

    ``last_page`` (the last page of the table's PDF grid) stops rows from being read on
    later pages, where the text layer may hold a chart's labels.
    """
    blocks = doc.blocks
    after_source = False
    seen_data = False
    checked = 0
    while j < len(blocks):
        b = blocks[j]
        if b.kind == "footer":
            j += 1
            continue
        if b.kind in ("table_caption", "figure_caption", "heading", "title", "byline"):
            break
        if last_page is not None and b.page > last_page and b.kind in ("table", "paragraph"):
            break
        lines = _block_lines(doc, b)
        kinds = [line_kind(doc.text[s:e]) for s, e in lines]
        if b.kind == "note" or (kinds and all(k == "note" for k in kinds)):
            region.notes.extend(lines if b.kind != "note" else [(b.start, b.end)])
            j += 1
            continue
        if b.kind == "source" or (kinds and all(k == "source" for k in kinds)):
            if _source_of_next_figure(doc, j, region):
                break
            region.sources.append((b.start, b.end))
            after_source = True
            j += 1
            continue
        if after_source:
            break
        if b.kind == "paragraph":
            seen_data = seen_data or any(
                line_kind(doc.text[s:e]) == "row" for s, e in region.row_lines[checked:]
            )
            checked = len(region.row_lines)
            if not _paragraph_in_table(doc, j, region, lines, kinds, seen_data):
                break
        for (s, e), k in zip(lines, kinds, strict=True):
            if k == "unit":
                m = _lex().unit_line.match(fold_width(doc.text[s:e]))
                if m:
                    region.units.append(doc.text[s + m.start("unit") : s + m.end("unit")].strip())
            elif k == "note":
                region.notes.append((s, e))
            elif k == "source":
                region.sources.append((s, e))
                after_source = True
            else:
                region.row_lines.append((s, e))
        j += 1
    return j


# --------------------------------------------------------------------------- grids


@dataclass
class _GCell:
    text: str
    span: tuple[int, int] | None = None
    bbox: Box | None = None
    page: int | None = None


@dataclass
class _Grid:
    columns: list[str]
    header_parts: list[list[str]]
    body: list[list[_GCell]]
    stub: int
    unit: str | None = None
    bbox: Box | None = None
    pages: list[int] = field(default_factory=list)


def _grid_from_text(doc: Document, region: TableRegion) -> _Grid:
    lines = [doc.text[s:e] for s, e in region.row_lines]
    tt = parse_text_table(lines)
    body: list[list[_GCell]] = []
    for row in tt.rows:
        off = region.row_lines[row.line][0]
        page = doc.page_at(off)
        body.append(
            [
                _GCell(c.text, (off + c.start, off + c.end), None, page)
                if c is not None
                else _GCell("", None, None, page)
                for c in row.cells
            ]
        )
    pages = sorted({c.page for r in body for c in r if c.page is not None})
    return _Grid(tt.columns, tt.header_parts, body, tt.stub, tt.unit, None, pages)


def _covering(t: PdfTable) -> list[list[tuple[int, int] | None]]:
    """For each None grid position, the (row, col) of the merged cell that covers it."""
    rows = t.rows
    n = len(rows)
    ncol = max((len(r) for r in rows), default=0)
    cover: list[list[tuple[int, int] | None]] = [[None] * ncol for _ in range(n)]
    boxes = t.cell_bboxes
    if len(boxes) != n or any(len(b) != len(r) for b, r in zip(boxes, rows, strict=True)):
        return cover
    col_x0 = [
        min((b[0] for i in range(n) if j < len(boxes[i]) and (b := boxes[i][j])), default=0.0)
        for j in range(ncol)
    ]
    row_top = [min((b[1] for b in boxes[i] if b), default=0.0) for i in range(n)]
    for i in range(n):
        for j in range(len(rows[i])):
            if rows[i][j] is not None:
                continue
            x, y = col_x0[j] + 1.0, row_top[i] + 1.0
            for ii in range(i, -1, -1):
                hit = None
                for jj in range(min(j, len(rows[ii]) - 1), -1, -1):
                    bb = boxes[ii][jj]
                    if (
                        rows[ii][jj] is not None
                        and bb
                        and bb[0] <= x < bb[2]
                        and bb[1] <= y < bb[3]
                    ):
                        hit = (ii, jj)
                        break
                if hit:
                    cover[i][j] = hit
                    break
    return cover


def _grid_texts(t: PdfTable, cover: list[list[tuple[int, int] | None]]) -> list[list[str]]:
    """Grid texts with a merged cell's text repeated over the positions it covers."""
    out: list[list[str]] = []
    for i, row in enumerate(t.rows):
        r: list[str] = []
        for j, c in enumerate(row):
            if c is not None:
                r.append(c)
            elif cover[i][j] is not None:
                ii, jj = cover[i][j]  # type: ignore[misc]
                r.append(t.rows[ii][jj] or "")
            else:
                r.append("")
        out.append(r)
    return out


def _stub_count(body: list[list[str]], ncol: int) -> int:
    """Leading label columns: mostly text (or years), or a rank column before a text one."""
    stub = 0
    for j in range(ncol - 1):
        vals = [r[j] for r in body if j < len(r) and r[j]]
        if not vals:
            break
        texty = sum(1 for v in vals if parse_cell(v) is None or _is_year(v))
        if texty >= 0.6 * len(vals):
            stub += 1
            continue
        if j == 0 and all(re.fullmatch(r"\d{1,3}\.?", fold_width(v)) for v in vals):
            nxt = [r[1] for r in body if len(r) > 1 and r[1]]
            if nxt and sum(1 for v in nxt if parse_cell(v) is None) >= 0.6 * len(nxt):
                stub += 1
                continue
        break
    return stub


def _pdf_header_count(texts: list[list[str]], cover: list[list[Any]]) -> int:
    """Header rows: the first, plus rows under a spanning header cell (two-level headers)."""
    h = 1
    while h < min(len(texts) - 1, 4):
        above_spans = any(
            c is not None and c[0] == h - 1 and c[1] != j for j, c in enumerate(cover[h - 1])
        ) or any(c is not None and c[0] < h for c in cover[h])
        numeric = any(
            (cv := parse_cell(x)) is not None and cv.value is not None and not _is_year(x)
            for x in texts[h][1:]
            if x
        )
        if above_spans and not numeric:
            h += 1
        else:
            break
    return h


def _grid_from_pdf(doc: Document, region: TableRegion, parts: list[PdfTable]) -> _Grid:
    first = parts[0]
    cover0 = _covering(first)
    texts0 = _grid_texts(first, cover0)
    ncol = max(len(r) for r in texts0)
    h = _pdf_header_count(texts0, cover0)
    header_rows = texts0[:h]
    header_keys = [_WS_RE.sub("", fold_width("".join(r))) for r in header_rows]
    body: list[list[_GCell]] = []
    body_texts: list[list[str]] = []
    covered_body: list[list[bool]] = []
    for k, part in enumerate(parts):
        cover = cover0 if k == 0 else _covering(part)
        texts = texts0 if k == 0 else _grid_texts(part, cover)
        start = h if k == 0 else 0
        if k > 0:
            while start < min(h, len(texts)) and (
                _WS_RE.sub("", fold_width("".join(texts[start]))) == header_keys[start]
            ):
                start += 1
        for i in range(start, len(texts)):
            row = texts[i] + [""] * (ncol - len(texts[i]))
            boxes = part.cell_bboxes[i] if i < len(part.cell_bboxes) else []
            cells = []
            cov = []
            for j in range(ncol):
                bb = boxes[j] if j < len(boxes) else None
                is_cov = j < len(part.rows[i]) and part.rows[i][j] is None
                cells.append(_GCell(row[j], None, _round_box(bb) if bb else None, part.page))
                cov.append(is_cov)
            body.append(cells)
            body_texts.append(row)
            covered_body.append(cov)
    stub = _stub_count(body_texts, ncol)
    # A merged value cell counts once: only stub columns repeat a covering text.
    for r, cov in zip(body, covered_body, strict=True):
        for j, c in enumerate(cov):
            if c and j >= stub:
                r[j].text = ""
    header_parts: list[list[str]] = []
    for j in range(ncol):
        ps: list[str] = []
        for row in header_rows:
            x = row[j] if j < len(row) else ""
            if x and (not ps or ps[-1] != x):
                ps.append(x)
        header_parts.append(ps)
    columns = [" / ".join(ps) for ps in header_parts]
    _align_spans(doc, region, body, stub)
    x0 = min(p.bbox[0] for p in parts if p.page == first.page)
    bbox = (
        x0,
        first.bbox[1],
        max(p.bbox[2] for p in parts if p.page == first.page),
        max(p.bbox[3] for p in parts if p.page == first.page),
    )
    return _Grid(columns, header_parts, body, stub, None, bbox, sorted({p.page for p in parts}))


def _cell_pattern(text: str) -> str:
    return "[^\\S\\n]*".join(re.escape(ch) for ch in text if not ch.isspace())


def _align_spans(doc: Document, region: TableRegion, body: list[list[_GCell]], stub: int) -> None:
    """Point PDF cells at their text in ``Document.text`` (the page's text layer).

    Each grid row is looked for as one text line holding its cells in order; when the
    text layer wrapped the label, the values alone. A row the text layer lost gets no
    spans instead of shifting the rows after it.
    """
    if not region.row_lines:
        return
    lo, hi = region.row_lines[0][0], region.end
    cursor = lo
    for row in body:
        cells = [c for c in row if c.text.strip()]
        values = [c for c in row[stub:] if c.text.strip()]
        tries = [(cells, bool(row[0].text.strip()))]
        if values and len(values) < len(cells):
            tries.append((values, False))
        for group, anchored in tries:
            if not group:
                continue
            lead = "(?m)^[^\\S\\n]*" if anchored else "(?m)(?<!\\S)"
            pat = lead + "[^\\S\\n]+".join(f"({_cell_pattern(c.text)})" for c in group)
            m = re.compile(pat + "(?!\\S)").search(doc.text, cursor, hi)
            if m is not None:
                for k, c in enumerate(group, start=1):
                    # Quote the document (the grid text may differ in spacing only).
                    c.span = (m.start(k), m.end(k))
                    c.text = doc.text[m.start(k) : m.end(k)]
                cursor = m.end()
                break


# --------------------------------------------------------------------------- typing cells


@dataclass(frozen=True)
class _HeaderUnit:
    explicit: UnitInfo | None
    measure: UnitInfo | None
    percentish: bool


_PERCENT = UnitInfo("%", 1.0, "%", "percent")


def _header_unit(parts: Sequence[str]) -> _HeaderUnit:
    lex = _lex()
    explicit = measure = None
    percentish = False
    for p in reversed([p for p in parts if p]):
        f = fold_width(p)
        if explicit is None:
            m = lex.unit_inline.search(f)
            if m:
                explicit = parse_unit(p[m.start("unit") : m.end("unit")], declared=True)
        if explicit is None:
            m = lex.unit_parens.search(split_markers(f)[0])
            if m:
                explicit = parse_unit(m.group("unit"))
        if measure is None:
            m = lex.measure_header.search(_strip_unit_suffix(split_markers(f)[0]))
            if m:
                measure = parse_unit(m.group("unit"))
        if lex.share_re.search(f) or lex.rate_re.search(f):
            percentish = True
    return _HeaderUnit(explicit, measure, percentish)


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
    unit = cv.unit or (_PERCENT if cv.percent else next((u for u in units if u), None))
    if unit is None:
        cell.base_value = cv.value
        return
    cell.unit = unit.text
    cell.base_value = _round_base(cv.value, unit.multiplier, cv.decimals)
    cell.base_unit = unit.base_unit
    cell.kind = unit.kind


# --------------------------------------------------------------------------- checks


def _decimals(cell: Cell) -> int:
    cv = parse_cell(cell.text)
    return cv.decimals if cv else 0


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.10g}"


def _tolerance(cells: Sequence[Cell], rounded: bool) -> float:
    """How far a stated total may be from the sum: 0 for exact counts, else the rounding
    of every addend and the total at the shown number of decimals (half a unit each)."""
    d = max((_decimals(c) for c in cells), default=0)
    if not rounded and d == 0:
        return 0.0
    return round(len(cells) * 0.5 * 10.0 ** (-d), 10)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol + 1e-9 * max(1.0, abs(a), abs(b))


def _is_rounded(cells: Sequence[Cell]) -> bool:
    """Values shown at a scale (億元, %) were rounded; plain integer counts add up exactly."""
    for c in cells:
        cv = parse_cell(c.text)
        if cv is None:
            continue
        if c.kind == "percent" or cv.decimals > 0:
            return True
        if c.unit and c.base_value is not None and c.value and abs(c.base_value / c.value) > 1:
            return True
    return False


@dataclass
class _Checker:
    table: Table
    checks: list[Check] = field(default_factory=list)

    def add(self, kind: str, rule: str, ok: bool, message: str, values: dict[str, Any]) -> None:
        cid = f"{self.table.id}.c{len(self.checks) + 1}"
        self.checks.append(
            Check(
                id=cid,
                kind=kind,
                status="pass" if ok else "fail",
                message=message,
                fact_ids=[self.table.id],
                values=values,
                rule=rule,
            )
        )


def _sum_check(
    chk: _Checker,
    kind: str,
    rule: str,
    where: str,
    total: Cell,
    options: list[list[tuple[str, Cell]]],
    extra: dict[str, Any],
) -> None:
    """Pass when the total equals the sum of one of the addend sets (first set reported)."""
    assert total.value is not None
    best: tuple[float, float, list[tuple[str, Cell]]] | None = None
    for addends in options:
        if not addends:
            continue
        cells = [c for _, c in addends]
        s = math.fsum(c.value or 0.0 for c in cells)
        tol = _tolerance([*cells, total], _is_rounded([*cells, total]))
        if _close(s, total.value, tol):
            best = (s, tol, addends)
            break
        if best is None:
            best = (s, tol, addends)
    if best is None:
        return
    s, tol, addends = best
    ok = _close(s, total.value, tol)
    terms = " + ".join(c.text.strip() for _, c in addends)
    rel = "=" if ok else "≠"
    message = f"{chk.table.table_id} {where}: {total.text.strip()} {rel} {terms} (sum {_fmt(s)})"
    chk.add(
        kind,
        rule,
        ok,
        message,
        {
            "table": chk.table.table_id,
            **extra,
            "total": total.value,
            "sum": s,
            "difference": round(s - total.value, 10),
            "tolerance": tol,
            "addends": [[label, c.value] for label, c in addends],
            "page": total.page,
        },
    )


def _row_checks(chk: _Checker) -> None:
    t = chk.table
    totals = {r: total_kind(_row_label(t, r)) for r in t.total_rows}
    for r in t.total_rows:
        kind = totals[r]
        lo = 0
        for x in range(r - 1, -1, -1):
            if x in totals and (kind == "subtotal" or totals[x] == "total"):
                lo = x + 1
                break
        above = list(range(lo, r))
        data = [x for x in above if x not in totals]
        if not data:  # the total leads its rows: add the rows below, up to the next total
            below = []
            for x in range(r + 1, len(t.rows)):
                if x in totals:
                    break
                below.append(x)
            data = below
        subs = [x for x in above if totals.get(x) == "subtotal"]
        alt: list[int] = []
        if kind == "total" and subs:
            alt = subs + [x for x in data if x > subs[-1]]
        for j in range(t.stub_columns, len(t.columns)):
            total = t.rows[r][j]
            if total.value is None or not _additive(t, j):
                continue
            options = [
                [
                    (_row_label(t, x) or "", t.rows[x][j])
                    for x in xs
                    if t.rows[x][j].value is not None
                ]
                for xs in (data, alt)
            ]
            if not options[0] and not options[1]:
                continue
            _sum_check(
                chk,
                "table_total_row",
                RULE_TOTAL_ROW,
                f"{_row_label(t, r)} × {t.columns[j]}",
                total,
                options,
                {"row": _row_label(t, r), "column": t.columns[j]},
            )


def _column_checks(chk: _Checker) -> None:
    t = chk.table
    for j in t.total_columns:
        lo = t.stub_columns
        for x in range(j - 1, t.stub_columns - 1, -1):
            if x in t.total_columns:
                lo = x + 1
                break
        for r, row in enumerate(t.rows):
            total = row[j]
            if total.value is None:
                continue
            addends = [
                (t.columns[x], row[x])
                for x in range(lo, j)
                if row[x].value is not None and row[x].base_unit == total.base_unit
            ]
            if not addends:
                continue
            _sum_check(
                chk,
                "table_total_column",
                RULE_TOTAL_COLUMN,
                f"{_row_label(t, r)} × {t.columns[j]}",
                total,
                [addends],
                {"row": _row_label(t, r), "column": t.columns[j]},
            )


def _is_share_column(t: Table, j: int) -> bool:
    """A percent column of shares of a whole (比重, 占比, or a share table), not of rates."""
    lex = _lex()
    name = t.columns[j]
    if lex.share_re.search(name):
        return True
    return bool(lex.share_re.search(t.caption)) and not lex.rate_re.search(name)


def _additive(t: Table, j: int) -> bool:
    """Whether a column's values add up: counts and amounts do, rates and multiples do not."""
    kinds = Counter(
        row[j].kind
        for r, row in enumerate(t.rows)
        if r not in t.total_rows and row[j].value is not None
    )
    if not kinds:
        return False
    kind = kinds.most_common(1)[0][0]
    if kind == "percent":
        return _is_share_column(t, j)
    return kind != "ratio"


def _percent_checks(chk: _Checker) -> None:
    t = chk.table
    for j in range(t.stub_columns, len(t.columns)):
        if j in t.total_columns:
            continue
        col = [t.rows[r][j] for r in range(len(t.rows)) if r not in t.total_rows]
        vals = [c for c in col if c.value is not None]
        if len(vals) < 2 or sum(1 for c in vals if c.kind == "percent") < 0.8 * len(vals):
            continue
        if any(t.rows[r][j].value is not None for r in t.total_rows):
            continue  # the total row check covers it
        name = t.columns[j]
        if not _is_share_column(t, j):
            continue
        s = math.fsum(c.value or 0.0 for c in vals)
        d = max(_decimals(c) for c in vals)
        tol = round(max(len(vals) * 0.5 * 10.0 ** (-d), 0.1), 10)
        ok = _close(s, 100.0, tol)
        chk.add(
            "table_percent_sum",
            RULE_PERCENT_SUM,
            ok,
            f"{t.table_id} {name}: shares sum to {_fmt(round(s, 10))}% ({'≈' if ok else '≠'} 100%)",
            {
                "table": t.table_id,
                "column": name,
                "sum": s,
                "expected": 100.0,
                "difference": round(s - 100.0, 10),
                "tolerance": tol,
                "addends": [[c.row_header or "", c.value] for c in vals],
            },
        )


def _row_label(t: Table, r: int) -> str | None:
    row = t.rows[r]
    for j in range(min(t.stub_columns, len(row)) - 1, -1, -1):
        if row[j].text.strip():
            return row[j].text.strip()
    return row[0].row_header if row else None


def check_table(table: Table) -> list[Check]:
    """Total rows/columns against the sums they state, share columns against 100%."""
    chk = _Checker(table)
    _row_checks(chk)
    _column_checks(chk)
    _percent_checks(chk)
    return chk.checks


# --------------------------------------------------------------------------- build


def parse_source(text: str) -> tuple[str, str | None]:
    """Source line body and its date: ``資料來源：X（2024/01）`` -> ``X（2024/01）``, 2024-01."""
    lex = _lex()
    f = fold_width(text)
    m = lex.source_prefix.match(f)
    body = text[m.end() :].strip() if m else text.strip()
    return body, source_date(body)


def source_date(text: str) -> str | None:
    """ISO date of a source line: the last date it states (``（2024/01）`` -> ``2024-01``)."""
    f = fold_width(text)
    best: tuple[int, int, str] | None = None
    for pat in _lex().source_dates:
        for m in pat.finditer(f):
            g = m.groupdict()
            if g.get("roc"):
                year = int(g["roc"]) + 1911
            elif g.get("y"):
                year = int(g["y"])
            else:
                continue
            if not 1900 <= year <= 2100:
                continue
            iso = f"{year:04d}"
            month = int(g["m"]) if g.get("m") else None
            if month is not None:
                if not 1 <= month <= 12:
                    continue
                iso += f"-{month:02d}"
                day = int(g["d"]) if g.get("d") else None
                if day is not None and 1 <= day <= 31:
                    iso += f"-{day:02d}"
            key = (m.start(), m.end() - m.start(), iso)
            if best is None or (key[0], key[1]) > (best[0], best[1]):
                best = key
    return best[2] if best else None


def _note_text(doc: Document, span: tuple[int, int]) -> str:
    text = doc.text[span[0] : span[1]].strip()
    m = _lex().note_prefix.match(fold_width(text))
    return text[m.end() :].strip() if m else text


def _build_table(
    doc: Document, region: TableRegion, grid: _Grid, tid: str, strategy: str
) -> tuple[Table, list[Check]]:
    ncol = len(grid.columns)
    stub = min(grid.stub, ncol)
    unit_text = next(iter(region.units), None) or grid.unit
    table_unit = parse_unit(unit_text, declared=True) if unit_text else None
    col_units = [
        _header_unit(grid.header_parts[j] if j < len(grid.header_parts) else [])
        for j in range(ncol)
    ]
    rows: list[list[Cell]] = []
    carry = [""] * stub
    for gr in grid.body:
        stub_texts = [clean_cell_text(gr[j].text) for j in range(stub)]
        has_values = any(gr[j].text.strip() for j in range(stub, ncol))
        for j in range(stub):
            if stub_texts[j]:
                carry[j] = stub_texts[j]
            elif has_values and j < stub - 1:
                stub_texts[j] = carry[j]
        row_header = " / ".join(dict.fromkeys(x for x in stub_texts if x)) or None
        ru = _header_unit([row_header]) if row_header else _HeaderUnit(None, None, False)
        cells: list[Cell] = []
        for j, gc in enumerate(gr):
            cell = Cell(
                text=gc.text,
                row_header=row_header,
                col_header=grid.columns[j] or None,
                page=gc.page,
                span=CharSpan(start=gc.span[0], end=gc.span[1]) if gc.span else None,
                bbox=gc.bbox,
            )
            if j >= stub:
                cv = parse_cell(gc.text)
                if cv is not None:
                    cu = col_units[j]
                    candidates = [
                        cu.explicit,
                        ru.explicit,
                        cu.measure,
                        ru.measure,
                        _PERCENT
                        if cu.percentish and not (table_unit and table_unit.kind == "percent")
                        else None,
                        _PERCENT if ru.percentish else None,
                        table_unit,
                    ]
                    _type_cell(cell, cv, candidates)
            cells.append(cell)
        rows.append(cells)
    start = region.caption_span[0]
    end = region.end
    sources = [parse_source(doc.text[s:e]) for s, e in region.sources]
    pages = sorted(
        set(region.caption_pages) | set(grid.pages) | {doc.page_at(s) for s, _ in region.row_lines}
    )
    total_rows = [
        r
        for r, row in enumerate(rows)
        if stub and any(total_kind(row[j].text) for j in range(stub))
    ]
    total_columns = [
        j
        for j in range(stub, ncol)
        if total_kind(grid.header_parts[j][-1] if grid.header_parts[j] else None)
    ]
    rule = {"text": RULE_TEXT, "pdf_lines": RULE_PDF_LINES, "pdf_text": RULE_PDF_TEXT}[strategy]
    table = Table(
        id=tid,
        text=doc.text[start:end],
        span=CharSpan(start=start, end=end),
        page=doc.page_at(start),
        sentence=doc.sentence_at(start),
        rule=rule,
        bbox=grid.bbox,
        table_id=region.label,
        caption=region.caption,
        columns=grid.columns,
        rows=rows,
        unit=unit_text,
        notes=[_note_text(doc, sp) for sp in region.notes],
        source_text="；".join(s for s, _ in sources) or None,
        source_date=next((d for _, d in reversed(sources) if d), None),
        pages=pages,
        stub_columns=stub,
        total_rows=total_rows,
        total_columns=total_columns,
        strategy=strategy,  # type: ignore[arg-type]
    )
    checks = check_table(table)
    table.check_ids = [c.id for c in checks]
    return table, checks


# --------------------------------------------------------------------------- references


def find_references(doc: Document, which: Literal["table", "figure"]) -> dict[str, list[int]]:
    """Sentences that cite each ``表 N``/``圖 N`` (``（圖 1）``, ``如圖 2、3``, ``圖 1~3``)."""
    lex = _lex()
    pat = lex.table_reference if which == "table" else lex.figure_reference
    char = "表" if which == "table" else "圖"
    skip = {"table_caption", "figure_caption", "table", "source", "note"}
    folded = fold_width(doc.text)
    out: dict[str, list[int]] = {}
    for m in pat.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1] in lex.reference_blocked_before:
            continue
        bi = doc.block_at(m.start())
        if bi is not None and doc.blocks[bi].kind in skip:
            continue
        if (
            bi is not None
            and doc.blocks[bi].start == m.start()
            and caption_block_label(doc, bi, which) is not None
        ):
            continue  # a caption the structure stage did not tag
        si = doc.sentence_at(m.start())
        if si is None:
            continue
        for label in _expand_refs(m.group("nums")):
            lst = out.setdefault(f"{char} {label}", [])
            if si not in lst:
                lst.append(si)
    return out


_REF_NUM_RE = re.compile(r"\d{1,3}(?:[-.．]\d{1,2})?")


def _expand_refs(nums: str) -> list[str]:
    found = list(_REF_NUM_RE.finditer(nums))
    out: list[str] = []
    for k, m in enumerate(found):
        label = m.group().replace("．", ".")
        if k and _lex().reference_range.match(nums[found[k - 1].end() : m.start()]):
            a, b = found[k - 1].group(), m.group()
            if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 50:
                out.extend(str(x) for x in range(int(a) + 1, int(b)))
        out.append(label)
    return out


# --------------------------------------------------------------------------- extract


def match_pdf_tables(
    regions: Sequence[TableRegion], pdf_tables: Sequence[PdfTable]
) -> dict[int, list[PdfTable]]:
    """PDF grids for each caption region (by label, then page and order), with continuations.

    A grid on the next page with the same column count and no caption of its own is
    the same table continued.
    """
    tables = sorted(pdf_tables, key=lambda t: (t.page, t.bbox[1], t.bbox[0]))
    used: set[int] = set()
    out: dict[int, list[PdfTable]] = {}
    # Grids captioned as figures are charts drawn with rectangles: never a table.
    tables = [t for t in tables if not (t.caption and caption_label(t.caption, "figure"))]
    labels = [caption_label(t.caption, "table") if t.caption else None for t in tables]

    def take(ri: int, k: int) -> None:
        used.add(k)
        out.setdefault(ri, []).append(tables[k])

    for ri, region in enumerate(regions):  # 1. the grid names its caption
        for k, t in enumerate(tables):
            if (
                k not in used
                and labels[k] == region.label
                and ri not in out
                and (t.page in region.caption_pages or t.page - 1 in region.caption_pages)
            ):
                take(ri, k)
    for p in sorted({r.page for r in regions}):  # 2. order of captions and grids on a page
        rs = [ri for ri, r in enumerate(regions) if r.page == p and ri not in out]
        ts = [k for k, t in enumerate(tables) if t.page == p and k not in used and not labels[k]]
        for ri, k in zip(rs, ts, strict=False):
            take(ri, k)
    for ri, region in enumerate(regions):  # 3. caption at the foot of the page
        if ri in out:
            continue
        nxt = [k for k, t in enumerate(tables) if t.page == region.page + 1]
        if nxt and nxt[0] not in used and not labels[nxt[0]]:
            take(ri, nxt[0])
    for ri in sorted(out):  # 4. continued on the following pages
        while True:
            last = out[ri][-1]
            ncol = len(last.rows[0]) if last.rows else 0
            nxt = [k for k, t in enumerate(tables) if t.page == last.page + 1]
            if not nxt:
                break
            k = nxt[0]
            cont = labels[k] is None or (
                labels[k] == regions[ri].label
                and bool(_lex().continued.search(fold_width(tables[k].caption or "")))
            )
            if k in used or not cont or not tables[k].rows or len(tables[k].rows[0]) != ncol:
                break
            take(ri, k)
    return out


def _orphan_regions(
    doc: Document, regions: Sequence[TableRegion], pdf_tables: Sequence[PdfTable]
) -> list[TableRegion]:
    """Regions for PDF grids whose ``表 N`` caption the structure stage left in a paragraph:
    the caption line is found in the page's text, the grid supplies the rows."""
    known = {r.label for r in regions}
    pages = {p.number: p for p in doc.pages}
    out: list[TableRegion] = []
    for t in pdf_tables:
        label = caption_label(t.caption, "table") if t.caption else None
        page = pages.get(t.page)
        if label is None or label in known or page is None or not t.caption:
            continue
        m = re.compile(_cell_pattern(t.caption)).search(doc.text, page.start, page.end)
        if m is None:
            continue
        text = doc.text[m.start() : m.end()]
        out.append(
            TableRegion(label, caption_body(text, "table"), (m.start(), m.end()), t.page, [t.page])
        )
        known.add(label)
    return out


def _regions(
    doc: Document, pdf_tables: Sequence[PdfTable], last_pages: dict[int, int] | None = None
) -> list[TableRegion]:
    regions = find_table_regions(doc, last_pages)
    regions += _orphan_regions(doc, regions, pdf_tables)
    return sorted(regions, key=lambda r: r.caption_span[0])


def extract_tables(
    doc: Document, pdf_tables: list[PdfTable] | None = None
) -> tuple[list[Table], list[Check]]:
    """Table facts (ids t1.. in text order) and their checks (ids ``t1.c1`` ..)."""
    grids = [t for t in pdf_tables or [] if t.rows]
    regions = _regions(doc, grids)
    matched = match_pdf_tables(regions, grids)
    by_caption = {regions[k].caption_span[0]: parts for k, parts in matched.items()}
    if by_caption:  # read the text again, up to the last page of each grid
        last = {start: max(p.page for p in parts) for start, parts in by_caption.items()}
        regions = _regions(doc, grids, last)
    refs = find_references(doc, "table")
    tables: list[Table] = []
    checks: list[Check] = []
    for k, region in enumerate(regions):
        tid = f"t{k + 1}"
        parts = by_caption.get(region.caption_span[0])
        if parts:
            grid = _grid_from_pdf(doc, region, parts)
            strategy = "pdf_lines" if parts[0].strategy == "lines" else "pdf_text"
        else:
            grid = _grid_from_text(doc, region)
            strategy = "text"
        table, tchecks = _build_table(doc, region, grid, tid, strategy)
        table.cited_in = refs.get(region.label, [])
        tables.append(table)
        checks.extend(tchecks)
    return tables, checks


# --------------------------------------------------------------------------- PDF grids

# Ruled tables: pdfplumber's lines strategy, a little tolerant of the hairline gaps
# that CJK report templates leave between cell borders.
LINES_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "edge_min_length": 3,
    "intersection_tolerance": 3,
}
# Chars farther apart than this many font sizes start a new phrase (a new cell): wider
# than a Latin space or letter-spaced CJK (項　目 joins back later), narrower than a
# column gap.
PHRASE_GAP_EM = 0.8
SPACE_GAP_EM = 0.2
_NUMERIC_TAIL_RE = re.compile(r"\S\s+[-+▲▼]?[\d.,]+%?\s+[-+▲▼]?[\d.,]+%?\s*$")


def page_may_have_table(page: Any, text: str) -> bool:
    """Cheap gate before the table finder: a ``表 N`` caption, ruling, or numeric rows on top."""
    folded = fold_width(text)
    if _lex().caption_line.search(folded):
        return True
    try:
        if len(page.rects) + len(page.lines) >= 4:
            return True
    except Exception:  # a page object without drawing objects
        pass
    head = [ln for ln in folded.split("\n", 8)[:8] if ln.strip()][:4]
    return sum(1 for ln in head if _NUMERIC_TAIL_RE.search(ln)) >= 2


@dataclass
class _PLine:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    chars: list[dict[str, Any]]

    @property
    def size(self) -> float:
        sizes = [float(c.get("size") or (c["bottom"] - c["top"])) for c in self.chars]
        return statistics.median(sizes) if sizes else max(self.bottom - self.top, 1.0)


@dataclass
class _Phrase:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


def _join_wrapped(text: str) -> str:
    """Lines of one cell joined: nothing between CJK characters, a space otherwise."""
    return clean_cell_text(text.replace("\n", " "))


def _text_lines(page: Any) -> list[_PLine]:
    out = []
    for ln in page.extract_text_lines(return_chars=True, strip=True):
        chars = [c for c in ln.get("chars", []) if c.get("text")]
        if not ln.get("text", "").strip():
            continue
        out.append(_PLine(ln["text"], ln["x0"], ln["top"], ln["x1"], ln["bottom"], chars))
    out.sort(key=lambda x: (round(x.top, 1), x.x0))
    return out


def _phrases(line: _PLine) -> list[_Phrase]:
    """Runs of characters closer than a column gap: the cells of one text line."""
    size = line.size
    chars = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    out: list[_Phrase] = []
    cur: list[str] = []
    box: list[float] = []
    prev_x1 = 0.0
    for c in chars:
        gap = c["x0"] - prev_x1
        if cur and gap > PHRASE_GAP_EM * size:
            out.append(_Phrase(clean_cell_text("".join(cur)), *box))
            cur = []
        if cur and gap > SPACE_GAP_EM * size:
            cur.append(" ")
        if not cur:
            box = [c["x0"], c["top"], c["x1"], c["bottom"]]
        else:
            box = [box[0], min(box[1], c["top"]), c["x1"], max(box[3], c["bottom"])]
        cur.append(c["text"])
        prev_x1 = c["x1"]
    if cur:
        out.append(_Phrase(clean_cell_text("".join(cur)), *box))
    return out


def _inside(line: _PLine, boxes: Sequence[Box]) -> bool:
    cy = (line.top + line.bottom) / 2
    cx = (line.x0 + line.x1) / 2
    return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in boxes)


def _round_box(b: Sequence[float]) -> Box:
    return (round(b[0], 2), round(b[1], 2), round(b[2], 2), round(b[3], 2))


def _from_lines_table(t: Any, page_number: int) -> PdfTable | None:
    raw = t.extract()
    rows = [[None if c is None else _join_wrapped(c) for c in r] for r in raw]
    boxes = [[_round_box(b) if b else None for b in r.cells] for r in t.rows]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    if sum(1 for r in rows if sum(1 for c in r if c) >= 2) < 2:
        return None
    return PdfTable(
        page=page_number,
        bbox=_round_box(t.bbox),
        rows=rows,
        cell_bboxes=boxes,  # type: ignore[arg-type]
        strategy="lines",
    )


def _is_caption_line(text: str) -> bool:
    return caption_label(text, "table") is not None or caption_label(text, "figure") is not None


def _caption_above(lines: Sequence[_PLine], top: float, floor: float) -> str | None:
    """The ``表 N`` line closest above ``top`` (and below ``floor``), within a few lines."""
    best = None
    for ln in lines:
        near = ln.bottom <= top + 2 and ln.top >= floor and top - ln.bottom <= 6 * ln.size
        if near and caption_label(ln.text, "table"):
            best = ln
    return best.text if best else None


def _figure_caption_near(lines: Sequence[_PLine], bbox: Box) -> str | None:
    """A ``圖 N`` caption right above or below a grid (past its source and note lines):
    the grid is a chart drawn with rectangles, not a table."""
    lex = _lex()
    for ln in lines:
        if 0 <= bbox[1] - ln.bottom <= 2 * ln.size and caption_label(ln.text, "figure"):
            return ln.text
    for ln in lines:
        if ln.top < bbox[3] - 1:
            continue
        if ln.top - bbox[3] > 8 * ln.size:
            break
        f = fold_width(ln.text)
        if lex.source_line.match(f) or lex.note_line.match(f):
            continue
        return ln.text if caption_label(ln.text, "figure") else None
    return None


def find_pdf_tables(page: Any, page_number: int) -> list[PdfTable]:
    """Table grids on one pdfplumber page: ruled ones first, then unruled ones.

    Unruled tables are read under each ``表 N`` caption that has no ruled grid, and at
    the top of a page (a table continued from the previous page), by the column
    alignment of their numeric cells.
    """
    # A malformed page must cost its tables, not the document: the finder is best effort.
    try:
        lines = _text_lines(page)
        found = page.find_tables(LINES_SETTINGS)
    except Exception:
        return []
    out: list[PdfTable] = []
    for t in found:
        pt = _from_lines_table(t, page_number)
        if pt is not None:
            out.append(pt)
    out.sort(key=lambda p: p.bbox[1])
    floor = 0.0
    for p in out:
        p.caption = _caption_above(lines, p.bbox[1], floor) or _figure_caption_near(lines, p.bbox)
        floor = p.bbox[3]
    ruled = [p.bbox for p in out]
    ruled_captions = {p.caption for p in out if p.caption}
    width = float(page.width)
    for k, ln in enumerate(lines):
        if caption_label(ln.text, "table") is None or ln.text in ruled_captions:
            continue
        nxt = next((b for b in ruled if b[1] >= ln.bottom - 2), None)
        if nxt is not None and nxt[1] - ln.bottom <= 6 * ln.size:
            continue
        start = k + 1
        if start < len(lines) and _continues_caption(ln, lines[start]):
            start += 1
        tt = _text_table(lines, start, page_number, ruled, width, ln.text, probe=False)
        if tt is not None:
            out.append(tt)
    if not out:
        tt = _text_table(lines, 0, page_number, ruled, width, None, probe=True)
        if tt is not None:
            out.append(tt)
    out.sort(key=lambda p: (p.bbox[1], p.bbox[0]))
    return out


def _continues_caption(caption: _PLine, line: _PLine) -> bool:
    """The second line of a wrapped caption: one phrase, aligned or centred like it."""
    if len(_phrases(line)) != 1 or line.top - caption.bottom > caption.size:
        return False
    centred = abs((line.x0 + line.x1) - (caption.x0 + caption.x1)) / 2 < caption.size
    return centred or abs(line.x0 - caption.x0) < caption.size


def _is_data_phrase(text: str) -> bool:
    cv = parse_cell(text)
    return cv is not None and (cv.null or not _is_year(text))


def _collect_lines(
    lines: Sequence[_PLine],
    start: int,
    exclude: Sequence[Box],
    width: float,
    probe: bool,
) -> list[tuple[_PLine, list[_Phrase], bool]]:
    lex = _lex()
    got: list[tuple[_PLine, list[_Phrase], bool]] = []
    heights: list[float] = []
    seen_data = False
    for k in range(start, len(lines)):
        ln = lines[k]
        if _inside(ln, exclude):
            if got:
                break
            continue
        f = fold_width(ln.text)
        if lex.note_line.match(f) or lex.source_line.match(f) or _is_caption_line(ln.text):
            break
        if "。" in f:
            break
        ph = _phrases(ln)
        data = any(_is_data_phrase(p.text) for p in ph)
        if got:
            gap = ln.top - got[-1][0].bottom
            if seen_data and gap > 1.8 * statistics.median(heights):
                break
        if len(ph) == 1 and not data and ph[0].x1 - ph[0].x0 > 0.45 * width:
            break  # a paragraph line
        if probe and not got and (len(ph) < 2 or not data):
            if k - start >= 3:
                return []
            continue
        if lex.unit_line.match(f):
            continue
        got.append((ln, ph, data))
        heights.append(max(ln.bottom - ln.top, 1.0))
        seen_data = seen_data or data
    while got and not got[-1][2] and len(got[-1][1]) <= 1:
        got.pop()
    return got


@dataclass
class _Col:
    x0: float
    x1: float
    numeric: int = 0
    text: int = 0


def _columns(data_phrases: Sequence[_Phrase]) -> list[_Col]:
    """Columns as the union of overlapping phrase extents across data lines."""
    cols: list[_Col] = []
    for p in sorted(data_phrases, key=lambda p: p.x0):
        if cols and p.x0 <= cols[-1].x1:
            cols[-1].x1 = max(cols[-1].x1, p.x1)
        else:
            cols.append(_Col(p.x0, p.x1))
        if _is_data_phrase(p.text):
            cols[-1].numeric += 1
        else:
            cols[-1].text += 1
    return cols


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _best_col(p: _Phrase, cols: Sequence[_Col]) -> int:
    ov = [_overlap(p.x0, p.x1, c.x0, c.x1) for c in cols]
    if max(ov) > 0:
        return ov.index(max(ov))
    cx = (p.x0 + p.x1) / 2
    return min(range(len(cols)), key=lambda j: abs((cols[j].x0 + cols[j].x1) / 2 - cx))


def _header_spans(
    hdr: Sequence[list[_Phrase]], cols: Sequence[_Col]
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
    centers = {j: (c.x0 + c.x1) / 2 for j, c in enumerate(cols)}
    for p, j in per_line[leaf]:
        centers[j] = (p.x0 + p.x1) / 2
    out: list[list[tuple[list[int], _Phrase]]] = []
    for i, line in enumerate(per_line):
        spans: list[tuple[list[int], _Phrase]] = []
        for p, j in line:
            span = [j]
            if i < leaf and counts[i] < counts[leaf] and j in value:
                pc = (p.x0 + p.x1) / 2
                best = (abs(centers[j] - pc), 1, [j])
                for a in range(len(value)):
                    for b in range(a + 1, len(value)):
                        run = value[a : b + 1]
                        if j not in run or run != list(range(run[0], run[-1] + 1)):
                            continue
                        mean = sum(centers[x] for x in run) / len(run)
                        best = min(best, (abs(mean - pc), len(run), run))
                span = best[2]
            spans.append((span, p))
        out.append(spans)
    return out


def _join_text(a: str, b: str) -> str:
    """Two pieces of one cell: a space between them unless both sides are CJK."""
    return clean_cell_text(f"{a} {b}") if a else b


def _text_table(
    lines: Sequence[_PLine],
    start: int,
    page_number: int,
    exclude: Sequence[Box],
    width: float,
    caption: str | None,
    probe: bool,
) -> PdfTable | None:
    """An unruled table from aligned text lines (columns found from numeric cells)."""
    got = _collect_lines(lines, start, exclude, width, probe)
    data_idx = [i for i, (_, _, d) in enumerate(got) if d]
    if len(data_idx) < 2:
        return None
    first_data = data_idx[0]
    cols = _columns([p for i in data_idx for p in got[i][1]])
    if len(cols) < 2 or not any(c.numeric for c in cols):
        return None
    ncol = len(cols)

    # Header lines: phrases over column runs; a phrase over the same columns as the one
    # above continues it (a wrapped header), a narrower one sits under it (two levels).
    levels: list[list[tuple[list[int], str]]] = [[] for _ in range(ncol)]
    hdr = got[:first_data]
    for line in _header_spans([ph for _, ph, _ in hdr], cols):
        for span, p in line:
            stack = levels[span[0]]
            if stack and stack[-1][0] == span:
                stack[-1] = (span, _join_text(stack[-1][1], p.text))
                for j in span[1:]:
                    levels[j][-1] = stack[-1]
            else:
                for j in span:
                    levels[j].append((span, p.text))
    n_levels = max((len(s) for s in levels), default=0)
    rows: list[list[str | None]] = []
    boxes: list[list[tuple[float, float, float, float] | None]] = []
    if n_levels:
        h_top = min(ln.top for ln, _, _ in hdr)
        h_bot = max(ln.bottom for ln, _, _ in hdr)
        step = (h_bot - h_top) / n_levels
        for lv in range(n_levels):
            row: list[str | None] = [None] * ncol
            brow: list[tuple[float, float, float, float] | None] = [None] * ncol
            for j in range(ncol):
                stack = levels[j]
                if lv >= len(stack):
                    if not stack:
                        row[j] = ""
                        brow[j] = _round_box(
                            (cols[j].x0, h_top + lv * step, cols[j].x1, h_top + (lv + 1) * step)
                        )
                    continue
                span, text = stack[lv]
                if span[0] != j:
                    continue
                bottom = h_bot if lv == len(stack) - 1 else h_top + (lv + 1) * step
                row[j] = text
                brow[j] = _round_box(
                    (cols[span[0]].x0, h_top + lv * step, cols[span[-1]].x1, bottom)
                )
            rows.append(row)
            boxes.append(brow)

    # Body: one row per data line; a label-only line close to a data line is a wrapped label.
    body = got[first_data:]
    pitches = [
        body[b][0].top - body[a][0].top
        for a, b in zip(range(len(body)), range(1, len(body)), strict=False)
        if body[a][2] and body[b][2]
    ]
    pitch = statistics.median(pitches) if pitches else 0.0
    pending: list[str] = []
    body_rows: list[tuple[list[str], _PLine]] = []
    for k, (ln, ph, data) in enumerate(body):
        cells = [""] * ncol
        for p in ph:
            j = _best_col(p, cols)
            cells[j] = _join_text(cells[j], p.text)
        if not data and pitch:
            prev_close = body_rows and ln.top - body_rows[-1][1].top < 0.8 * pitch
            nxt = body[k + 1] if k + 1 < len(body) else None
            next_close = nxt is not None and nxt[2] and nxt[0].top - ln.top < 0.8 * pitch
            if prev_close and body[k - 1][2]:
                prev_cells = body_rows[-1][0]
                for j, c in enumerate(cells):
                    if c:
                        prev_cells[j] = clean_cell_text(prev_cells[j] + c)
                continue
            if next_close:
                pending = cells
                continue
        if pending:
            cells = [clean_cell_text(a + b) for a, b in zip(pending, cells, strict=True)]
            pending = []
        body_rows.append((cells, ln))
    for cells, ln in body_rows:
        rows.append(list(cells))
        boxes.append([_round_box((c.x0, ln.top, c.x1, ln.bottom)) for c in cols])
    top = min(ln.top for ln, _, _ in got)
    bottom = max(ln.bottom for ln, _, _ in got)
    return PdfTable(
        page=page_number,
        bbox=_round_box((min(c.x0 for c in cols), top, max(c.x1 for c in cols), bottom)),
        rows=rows,
        cell_bboxes=boxes,
        strategy="text",
        caption=caption,
    )
