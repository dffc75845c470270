"""Checks: total rows and columns against the sums they state, share columns against 100%."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.models import (
    Cell,
    Check,
    Table,
)
from pipeline.pdftables.cells import parse_cell, total_kind
from pipeline.pdftables.lexicon import _lex

RULE_TOTAL_ROW = "tables.total_row.v1"
RULE_TOTAL_COLUMN = "tables.total_column.v1"
RULE_PERCENT_SUM = "tables.percent_sum.v1"


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
