"""Checks: total rows and columns against the sums they state, share columns against 100%."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pipeline.chars import fold_width
from pipeline.models import (
    Cell,
    Check,
    Table,
)
from pipeline.pdftables.cells import (
    _is_year,
    _norm_label,
    is_account_code,
    parse_cell,
    total_kind,
    year_cells,
)
from pipeline.pdftables.lexicon import _lex, caption_label

RULE_TOTAL_ROW = "tables.total_row.v1"
RULE_TOTAL_COLUMN = "tables.total_column.v1"
RULE_PERCENT_SUM = "tables.percent_sum.v1"
RULE_BALANCE = "tables.balance.v1"


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


def _transposed(total: Cell, s: float) -> bool:
    """The stated total's digits are the sum's with two adjacent ones swapped
    (``1,281,780`` printed for ``1,218,780``, a production table's 合計): the filing's
    own misprint, which the check reports as such rather than as a failed sum. Compared at
    the total's shown decimals; a sign or a length that differs is never a misprint."""
    if total.value is None or (total.value < 0) != (s < 0):
        return False
    d = _decimals(total)
    stated = re.sub(r"\D", "", f"{abs(total.value):.{d}f}")
    summed = re.sub(r"\D", "", f"{abs(s):.{d}f}")
    if len(stated) != len(summed) or stated == summed:
        return False
    diff = [k for k in range(len(stated)) if stated[k] != summed[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and stated[diff[0]] == summed[diff[1]]
        and stated[diff[1]] == summed[diff[0]]
    )


@dataclass
class _Checker:
    table: Table
    checks: list[Check] = field(default_factory=list)

    def add(
        self,
        kind: str,
        rule: str,
        ok: bool,
        message: str,
        values: dict[str, Any],
        status: Literal["info"] | None = None,
    ) -> None:
        cid = f"{self.table.id}.c{len(self.checks) + 1}"
        self.checks.append(
            Check(
                id=cid,
                kind=kind,
                status=status or ("pass" if ok else "fail"),
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
    misprint = not ok and _transposed(total, s)
    if misprint:
        message += "; the total's digits are the sum's with two adjacent ones swapped: a misprint"
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
            **({"misprint": "transposed_digits"} if misprint else {}),
        },
        status="info" if misprint else None,
    )


def _rank(label: str | None) -> int:
    """0 for a plain row, 1 小計, 2 合計, 3 總計 (a grand total adds up totals)."""
    kind = total_kind(label)
    if kind is None:
        return 0
    if kind == "subtotal":
        return 1
    return 3 if _lex().grand_total_re.match(_norm_label(label or "")) else 2


def _total_stem(label: str | None) -> str:
    """What a total row totals: ``流動資產合計`` -> ``流動資產``."""
    t = _norm_label(label or "")
    return _lex().total_suffix.sub("", t) if total_kind(label) else t


def _has_values(t: Table, r: int) -> bool:
    return any(c.value is not None for c in t.rows[r][t.stub_columns :])


# An amount set as accountants write it (thousands grouped), wherever it stands in a cell.
_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


def _unread(cell: Cell) -> bool:
    """A cell that holds an amount the table could not read: a header fragment run into
    it (``(e)=(c)-(d)57,208`` under a net column's formula, ``112.12.31235,109`` under a
    date set on the first row's line). Its row adds something unknown, so no sum over a
    set of rows that includes it says anything about the total."""
    return cell.value is None and not cell.null and _GROUPED_AMOUNT.search(cell.text) is not None


# Cells of one row with header words run into their amounts (read or not) that tell a
# header line fused with the row (``(a)$ 619,580 … (c)=(a)-(b)619,580 …``).
FUSED_HEADER_CELLS = 3


def _fused_header_row(t: Table, r: int) -> bool:
    """A row into whose amounts a header line has run, cell after cell: the header of a
    table stacked under another (or continued from the page before) that the grid read
    into the body, so where that table's rows start is not known; like an unread amount,
    it leaves every set of rows that holds it uncompared. One or two such cells (a
    block's dates on its first row's line) are read and added."""
    lex = _lex()
    return (
        sum(
            1
            for c in t.rows[r][t.stub_columns :]
            if _unread(c)
            or (c.value is not None and lex.cell_header_lead.match(fold_width(c.text).strip()))
        )
        >= FUSED_HEADER_CELLS
    )


def _heading_row(t: Table, r: int) -> bool:
    """A row that heads the rows under it: no amount and no dash in its value cells. A
    row of dashes (``再保費收入 - - -``, nothing that period) is a row of zeros among
    the rows a 小計 may add, never the heading that bounds them; nor is a row whose amount
    could not be read (``_unread``)."""
    return not any(c.value is not None or c.null or _unread(c) for c in t.rows[r][t.stub_columns :])


def _names_row(t: Table, r: int) -> bool:
    """A row of column names in the body, no label: words in two value cells or more
    and nothing else (a second table's header stacked under the first's rows, read as
    one table). Like a heading, it bounds the rows a bare 合計 under it adds."""
    cells = t.rows[r]
    if any(c.text.strip() for c in cells[: t.stub_columns]):
        return False
    return sum(1 for c in cells[t.stub_columns :] if c.text.strip()) >= 2


def _state_row(t: Table, r: int) -> bool:
    """A row whose own name is a state before or after an event (``股東權益總計`` over
    ``分配前`` / ``分配後``): it restates the total over it at that state, no sum of the
    rows above, so nothing is compared (it stays a total row, never another's addend)."""
    label = re.sub(r"\s+", "", fold_width(_row_label(t, r) or ""))
    return _lex().state_row.match(label) is not None


def _row_checks(chk: _Checker) -> None:
    t = chk.table
    ranks = {r: _rank(_row_label(t, r)) for r in t.total_rows}
    labels = {r: _norm_label(_row_label(t, r) or "") for r in range(len(t.rows))}
    captioned = caption_label(t.table_id, "table") is not None
    fused = {x for x in range(len(t.rows)) if _fused_header_row(t, x)}
    for r in t.total_rows:
        if _state_row(t, r):
            continue
        if _share_of_above(chk, r):
            continue
        rank = ranks[r]
        lo = 0
        for x in range(r - 1, -1, -1):
            if x in ranks and ranks[x] >= rank:
                lo = x + 1
                break
        since_last = lo
        stem = _total_stem(_row_label(t, r))
        # The section heading the total closes (流動資產 … 流動資產合計) bounds its rows.
        heading = next(
            (x for x in range(r - 1, lo - 1, -1) if stem and labels[x] == stem),
            None,
        )
        # A bare 合計 in a statement closes the section under the nearest heading row, or
        # else everything since the last total of its rank: a note's table with several
        # headed groups (流動項目：… 小計, 非流動項目：… 小計, 合計; 透過損益… 透過其他綜合
        # 損益… 合計) adds them all, which the layout alone does not tell apart.
        whole: list[list[int]] = []
        outer: list[list[int]] = []
        if heading is None and not stem and not captioned:
            heading = next(
                (
                    x
                    for x in range(r - 1, lo - 1, -1)
                    if (labels[x] or _names_row(t, x)) and _heading_row(t, x)
                ),
                None,
            )
            if heading is not None and rank == 1:
                outer = _outer_groups(t, lo, heading, r, labels, ranks)
            if heading is not None:
                since = [x for x in range(lo, r) if x not in ranks]
                subs_since = [x for x in range(lo, r) if 0 < ranks.get(x, 0) < rank]
                whole = [since]
                if subs_since:
                    top_since = max(ranks[x] for x in subs_since)
                    tops = [x for x in subs_since if ranks[x] == top_since]
                    whole.append(tops + [x for x in since if x > tops[-1]])
                    whole.extend(_headed_sections(t, lo, heading, r, labels, ranks))
        if heading is not None and not _has_values(t, heading):
            lo = heading + 1
        above = list(range(lo, r))
        data = [x for x in above if x not in ranks]
        parts = _parts_of(t, r, stem, labels, ranks)
        comps = [] if data or heading is not None else _components(r, stem, rank, labels, ranks)
        sections: list[int] = []
        if parts or comps:
            groups = [parts or comps]
        else:
            sections = data
            if not data and heading is None:  # the total leads its rows
                below = []
                for x in range(r + 1, len(t.rows)):
                    if x in ranks:
                        break
                    below.append(x)
                data = below
            subs = [x for x in above if 0 < ranks.get(x, 0) < rank]
            top = max((ranks[x] for x in subs), default=0)
            subs = [x for x in subs if ranks[x] == top]
            if stem and not captioned and heading is None:
                # 資產總計 adds 流動資產合計 and 非流動資產合計, never 非流動負債合計.
                subs = [x for x in subs if _total_stem(labels[x]).endswith(stem)]
            if not (subs or heading is not None or not stem or captioned):
                # A statement's "營業費用合計" with no 營業費用 heading above: which rows
                # it adds is not written in the table, so nothing is compared.
                continue
            alt = subs + [x for x in data if x > subs[-1]] if subs else []
            groups = [data, alt, *whole, _past_base(data, labels), *outer]
        coded = _coded_parts(t, r)
        if coded:
            groups = [*groups, coded]
        headed = [h for h in (_without_parts(t, g) for g in groups) if h not in groups]
        groups = [*groups, *headed]
        if rank == 1 and not stem and lo > 0 and ranks.get(lo - 1) == rank and data:
            # a bare 小計 under a named one (減：銷貨退回 … 銷貨退回小計, 銷貨折讓, 小計):
            # the named subtotal and the rows after it, the deductions together
            groups = [*groups, [lo - 1, *data]]
        # 小計 closing the one group the table holds, then at once a bare 合計 over the
        # groups (群組一 … 小計, 合計, 群組二 set apart): the other groups are not in the
        # table, so a 合計 other than that 小計 adds rows it does not hold.
        lone = [x for x in range(since_last, r) if 0 < ranks.get(x, 0) < rank]
        over_groups = rank >= 2 and not stem and lone == [r - 1]
        for j in range(t.stub_columns, len(t.columns)):
            total = t.rows[r][j]
            if total.value is None or not _additive(t, j):
                continue
            if over_groups and _closes_every_row(t, since_last, r - 1, j, total):
                continue
            # A share set among the amounts (a column of 占比 run into the amounts beside
            # it) is never one of their addends.
            shares = total.kind == "percent"
            # a set of rows holding an amount the table could not read adds up to nothing known
            unread = {
                x for x in range(len(t.rows)) if x != r and (_unread(t.rows[x][j]) or x in fused)
            }
            read = [[] if unread.intersection(xs) else xs for xs in groups]
            spans = [] if unread.intersection(sections) else sections
            options = [
                [
                    (_row_label(t, x) or "", t.rows[x][j])
                    for x in xs
                    if t.rows[x][j].value is not None and (shares or t.rows[x][j].kind != "percent")
                ]
                for xs in read
            ]
            # ``$`` marks a column's first amount and again the first of each section
            # totalled apart: a total may add the rows from the last such amount on
            # (合約負債 $ 29,122,642, then 其他流動負債 $ 7,712,571 … 合計 $ 8,726,205).
            signed = [x for x in spans[1:] if t.rows[x][j].text.lstrip().startswith("$")]
            if signed:
                options.append(
                    [
                        (_row_label(t, x) or "", t.rows[x][j])
                        for x in spans
                        if x >= signed[-1] and t.rows[x][j].value is not None
                    ]
                )
            if rank == 1 and not stem and heading is None:
                options.extend(_trailing_runs(t, spans, j))
            folded = _folded_subtotals(options[0]) if options else []
            if folded:
                options.append(folded)
            options.extend(d for d in [_deducted(o) for o in options] if d)
            # each set with its unnamed subtotals folded (a note's 小計 lines set bare
            # under each group of 強制透過損益…, then 合計 over the groups)
            options.extend(f for f in [_folded_subtotals(o) for o in options[1:]] if f)
            if rank == 1 and not stem:
                options.append(_net_of_two(t, r, j, ranks))
            if not any(options):
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


def _closes_every_row(t: Table, lo: int, sub: int, j: int, total: Cell) -> bool:
    """The 小計 at ``sub`` adds every row from ``lo`` on and the total under it differs:
    the total adds groups beyond the table's one, whose rows are not in it."""
    s = t.rows[sub][j]
    cells = [
        c for x in range(lo, sub) if (c := t.rows[x][j]).value is not None and c.kind != "percent"
    ]
    if s.value is None or total.value is None or not cells:
        return False
    adds = _close(math.fsum(c.value or 0.0 for c in cells), s.value, _tolerance([*cells, s], False))
    return adds and not _close(s.value, total.value, _tolerance([s, total], False))


def _share_row(t: Table, r: int) -> bool:
    """A row of shares only (``集團持股比例 15.34% 15.27%``): every value a percent."""
    vals = [c for c in t.rows[r][t.stub_columns :] if c.value is not None]
    return bool(vals) and all(c.kind == "percent" for c in vals)


def _share_of_above(chk: _Checker, r: int) -> bool:
    """A subtotal set right under a row of shares (an associate's equity, then 持股比例,
    then 小計): it is the amount above times the share, the group's part of it, no sum
    of the rows above. Compared as that product, to the share's last written digit."""
    t = chk.table
    if r < 2 or not _share_row(t, r - 1) or _share_row(t, r - 2):
        return False
    checked = False
    for j in range(t.stub_columns, len(t.columns)):
        total, share, base = t.rows[r][j], t.rows[r - 1][j], t.rows[r - 2][j]
        if total.value is None or share.value is None or base.value is None:
            continue
        if share.kind != "percent" or base.kind == "percent":
            continue
        product = base.value * share.value / 100
        # the share is rounded to its last digit: half of it, over the base
        tol = abs(base.value) * 0.5 * 10.0 ** -_decimals(share) / 100
        tol += 0.5 * 10.0 ** -_decimals(total)
        ok = _close(product, total.value, tol)
        rel = "=" if ok else "≠"
        chk.add(
            "table_total_row",
            RULE_TOTAL_ROW,
            ok,
            f"{t.table_id} {_row_label(t, r)} × {t.columns[j]}: {total.text.strip()} {rel} "
            f"{base.text.strip()} × {share.text.strip()} (product {_fmt(product)})",
            {
                "table": t.table_id,
                "row": _row_label(t, r),
                "column": t.columns[j],
                "total": total.value,
                "product": product,
                "base": base.value,
                "share": share.value,
                "difference": round(product - total.value, 10),
                "tolerance": tol,
                "page": total.page,
            },
        )
        checked = True
    return checked


def _headed_sections(
    t: Table, lo: int, heading: int, r: int, labels: dict[int, str], ranks: dict[int, int]
) -> list[list[int]]:
    """The rows a bare total adds under each heading above the nearest one, each headed
    section closed by a subtotal taken as that subtotal (``非流動項目：`` / ``…債務工具投資``
    / ``債券`` / ``…權益工具投資`` / ``上市櫃公司股票`` … / ``小計`` / ``合計``: 債券 and
    the 小計, never the 小計's own items again)."""
    rank = ranks[r]
    heads = [
        x
        for x in range(lo, heading)
        if (labels[x] or _names_row(t, x)) and _heading_row(t, x) and x not in ranks
    ]
    out: list[list[int]] = []
    for h in reversed(heads):
        rows: list[int] = []
        for x in range(h + 1, r):
            if 0 < ranks.get(x, 0) < rank:
                # the subtotal replaces the rows of its section (since its own heading)
                start = max(
                    (y for y in range(h + 1, x) if labels[y] and _heading_row(t, y)), default=h
                )
                rows = [y for y in rows if y <= start]
                rows.append(x)
            elif x not in ranks:
                rows.append(x)
        out.append(rows)
    return out


_MIN_RUN = 2


def _row_code(t: Table, r: int) -> str:
    """The account code in a row's stub (``1100``, ``15XX``), upper-cased; empty if none."""
    for c in t.rows[r][: t.stub_columns]:
        text = fold_width(c.text).strip().upper()
        if text and is_account_code(text):
            return text
    return ""


def _coded_parts(t: Table, r: int) -> list[int]:
    """A total whose account code ends in X's (``1XXX 資產總計``) adds the accounts one
    level below it, the codes with its digits, one more digit and one X fewer (``11XX
    流動資產合計``, ``14XX 基金及投資合計``, ``15XX 固定資產淨額``, ``17XX``, ``18XX``): the
    chart of accounts states the parts where the labels do not (``固定資產淨額`` is no
    合計, ``基金及投資`` no kind of 資產). Empty when the code says nothing."""
    m = _lex().aggregate_code.match(_row_code(t, r))
    if m is None:
        return []
    child = re.compile(re.escape(m["digits"]) + r"\d" + "X" * (len(m["xs"]) - 1) + "$")
    return [x for x in range(r) if child.match(_row_code(t, x))]


def _outer_groups(
    t: Table, lo: int, heading: int, r: int, labels: dict[int, str], ranks: dict[int, int]
) -> list[list[int]]:
    """A bare 小計 may close a group whose heading heads groups of its own (a bank's
    ``存放銀行同業`` over ``活期存款``, then ``外幣活期存款`` / ``外幣定期存款`` each over its
    currencies, then ``小計`` for them all): besides the rows under the nearest heading,
    the rows under each heading row further up, back to the last total of its rank."""
    return [
        [x for x in range(h + 1, r) if x not in ranks]
        for h in range(heading - 1, lo - 1, -1)
        if labels[h] and _heading_row(t, h)
    ]


def _trailing_runs(t: Table, rows: list[int], j: int) -> list[list[tuple[str, Cell]]]:
    """A bare 小計 under a group whose heading row was lost (merged into its first row's
    label: ``定期存款`` over ``新台幣 27,381,796``, ``美金 37,566,027``, ``小計 64,947,823``,
    ``合計`` adding it to the rows above the group): the group is some run of rows ending
    right above it, which the table no longer marks. Each such run of two rows or more is
    an alternative the total may add; one amount alone is never taken as a group."""
    cells = [(x, t.rows[x][j]) for x in rows if t.rows[x][j].value is not None]
    return [
        [(_row_label(t, x) or "", c) for x, c in cells[k:]]
        for k in range(len(cells) - _MIN_RUN, 0, -1)
    ]


def _folded_subtotals(addends: list[tuple[str, Cell]]) -> list[tuple[str, Cell]]:
    """The rows with each unnamed subtotal in place of the rows it adds: an old-GAAP
    balance sheet sets ``成本及重估增值`` under the cost lines it sums and
    ``固定資產淨額`` under that, the accumulated depreciation and the construction in
    progress, and a note sets a bare amount under the lines it nets; neither says 合計, but
    the amounts do. A row equal to the sum of the two or more rows right above it (the
    fewest that match) stands for them. Empty when no row does."""
    out: list[tuple[str, Cell]] = []
    folded = False
    for label, cell in addends:
        assert cell.value is not None
        # the runs ending right above, grown one row at a time (the fewest that match)
        s = 0.0
        decimals = _decimals(cell)
        rounded = _is_rounded([cell])
        for k in range(1, len(out) + 1):
            prior = out[-k][1]
            s += prior.value or 0.0
            decimals = max(decimals, _decimals(prior))
            rounded = rounded or _is_rounded([prior])
            if k < _MIN_RUN:
                continue
            tol = round((k + 1) * 0.5 * 10.0 ** (-decimals), 10) if rounded or decimals else 0.0
            if s and _close(s, cell.value, tol):
                del out[-k:]
                folded = True
                break
        out.append((label, cell))
    return out if folded else []


def _deducted(addends: list[tuple[str, Cell]]) -> list[tuple[str, Cell]]:
    """The addends with a deduction taken off: from a row whose label opens one
    (``減：抵繳保證金``, ``Less:``; ``deduction_cue`` in tables.yaml) to an addition cue
    (``加：``), an unnamed subtotal or the end, each amount counts negative however it is
    printed (a bank's note sets ``減：應付商業本票折價 70,476`` and ``備抵呆帳`` under it
    positive). Empty when no row opens a deduction."""
    lex = _lex()
    out: list[tuple[str, Cell]] = []
    taking_off = changed = False
    for label, cell in addends:
        text = fold_width(label)
        if not text.strip() or lex.addition_cue.match(text):
            taking_off = False  # an unnamed subtotal closes the group the deduction is in
        elif lex.deduction_cue.match(text):
            taking_off = True
        if taking_off and cell.value is not None and cell.value > 0:
            cell = cell.model_copy(update={"value": -cell.value, "text": f"({cell.text.strip()})"})
            changed = True
        out.append((label, cell))
    return out if changed else []


def _net_of_two(t: Table, r: int, j: int, ranks: dict[int, int]) -> list[tuple[str, Cell]]:
    """A bare 小計 may net the two amounts right above it, the larger less the smaller: an
    insurer's claims development table sets ``累積理賠估計金額`` over ``累積理賠金額``
    and their difference, the claims still unpaid, as ``小計`` under each accident year.
    Empty unless both rows hold an amount and the upper one is the larger."""
    if r < 2 or r - 1 in ranks or r - 2 in ranks:
        return []
    upper, lower = t.rows[r - 2][j], t.rows[r - 1][j]
    if upper.value is None or lower.value is None or not upper.value > lower.value > 0:
        return []
    taken = lower.model_copy(update={"value": -lower.value, "text": f"({lower.text.strip()})"})
    return [(_row_label(t, r - 2) or "", upper), (_row_label(t, r - 1) or "", taken)]


_MAX_PARTS = 24  # a heading row's parts: the rows under one line of a note, never a page


def _without_parts(t: Table, rows: list[int]) -> list[int]:
    """The rows with each heading row standing for the rows it leads: a note sets
    ``強制透過損益按公允價值衡量之金融資產`` over ``債務證券``, ``衍生工具`` … (its parts,
    indented, no 小計 under them), then the next line; the total adds the heading, never
    its parts again. A row is such a heading when, in every column it has an amount in,
    it equals the sum of the same run of one or more rows right below it (the fewest that
    do); the run's rows are dropped. ``rows`` unchanged when no row leads parts."""
    cols = [j for j in range(t.stub_columns, len(t.columns)) if _additive(t, j)]
    out: list[int] = []
    i = 0
    while i < len(rows):
        x = rows[i]
        out.append(x)
        i += 1
        mine = [j for j in cols if t.rows[x][j].value is not None]
        if not mine or not any(t.rows[x][j].value for j in mine):
            continue
        sums = dict.fromkeys(mine, 0.0)
        seen = dict.fromkeys(mine, False)
        parts: list[Cell] = []
        for k in range(i, min(len(rows), i + _MAX_PARTS)):
            for j in mine:
                cell = t.rows[rows[k]][j]
                if cell.value is not None:
                    sums[j] += cell.value
                    seen[j] = True
                    parts.append(cell)
            if all(
                seen[j]
                and _close(
                    sums[j],
                    t.rows[x][j].value or 0.0,
                    _tolerance([*parts, t.rows[x][j]], _is_rounded([*parts, t.rows[x][j]])),
                )
                for j in mine
            ):
                i = k + 1
                break
    return out


def _past_base(data: list[int], labels: dict[int, str]) -> list[int]:
    """A reconciliation's rows after the amount it starts from (稅前淨利 over 依法定稅率
    計算之所得稅, 免稅所得, …, 合計): the total adds the lines that restate the base,
    never the base itself. Empty when the rows start from no such base."""
    if len(data) < 3 or not _lex().reconciliation_base.match(labels[data[0]]):
        return []
    return data[1:]


def _parts_of(
    t: Table, r: int, stem: str, labels: dict[int, str], ranks: dict[int, int]
) -> list[int]:
    """``負債及權益總計``: the rows ``負債總計`` and ``權益總計`` above it, when both exist."""
    names = [p for p in re.split(r"[及與和]", stem) if p] if stem else []
    if len(names) < 2:
        return []
    out = []
    for name in names:
        hit = next(
            (x for x in range(r - 1, -1, -1) if x in ranks and _total_stem(labels[x]) == name),
            None,
        )
        if hit is None:
            return []
        out.append(hit)
    return sorted(out)


def _components(
    r: int, stem: str, rank: int, labels: dict[int, str], ranks: dict[int, int]
) -> list[int]:
    """``負債合計`` right after ``流動負債合計`` and ``非流動負債合計``: the totals above it
    whose stem ends with its own, back to the last higher total."""
    out = []
    for x in range(r - 1, -1, -1):
        if x not in ranks:
            continue
        if ranks[x] > rank:
            break
        s = _total_stem(labels[x])
        if stem and s != stem and s.endswith(stem):
            out.append(x)
    return sorted(out) if len(out) >= 2 else []


def _balance_checks(chk: _Checker) -> None:
    """The two sides of a balance sheet agree: 資產總計 = 負債及權益總計, per column."""
    t = chk.table
    labels = {_norm_label(_row_label(t, r) or ""): r for r in t.total_rows}
    for left, right in _lex().balance_pairs:
        a, b = labels.get(_norm_label(left)), labels.get(_norm_label(right))
        if a is None or b is None:
            continue
        for j in range(t.stub_columns, len(t.columns)):
            x, y = t.rows[a][j], t.rows[b][j]
            if x.value is None or y.value is None or x.kind == "percent":
                continue
            tol = _tolerance([x, y], _is_rounded([x, y]))
            ok = _close(x.value, y.value, tol)
            rel = "=" if ok else "≠"
            chk.add(
                "table_balance",
                RULE_BALANCE,
                ok,
                f"{t.table_id} {t.columns[j]}: {left} {x.text.strip()} {rel} {right}"
                f" {y.text.strip()}",
                {
                    "table": t.table_id,
                    "column": t.columns[j],
                    "left": [left, x.value],
                    "right": [right, y.value],
                    "difference": round(x.value - y.value, 10),
                    "tolerance": tol,
                    "page": y.page,
                },
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
    if caption_label(t.table_id, "table") is None:
        return  # without a caption saying so, a percent column is not known to be shares
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


def marker_column(t: Table, j: int) -> bool:
    """A stub column of note references or account codes (附註, 代碼), not of row names."""
    name = t.columns[j].rsplit(" / ", 1)[-1] if j < len(t.columns) else ""
    return re.sub(r"\s+", "", fold_width(name)).casefold() in _lex().marker_headers


def _row_label(t: Table, r: int) -> str | None:
    row = t.rows[r]
    for j in range(min(t.stub_columns, len(row)) - 1, -1, -1):
        text = row[j].text.strip()
        if text and not marker_column(t, j) and not is_account_code(text):
            return text
    return row[0].row_header if row else None


def _headless(t: Table) -> bool:
    """Value columns named by a number or a bare currency sign (a data row read as header).

    A text table's header line of years (``| 項目 | 2023 | 2024 |``) names its columns: the
    text reader took it as the header because it stands first, above a rule or over the
    rows, not because the layout placed it, so its years are names."""
    leaves = [name.rsplit(" / ", 1)[-1].strip() for name in t.columns[t.stub_columns :]]
    if t.strategy == "text" and leaves and all(_is_year(leaf) for leaf in leaves):
        return False
    if t.strategy == "text" and len(leaves) >= 2 and _counts_up(leaves):
        return False  # months 1 … 12 over a text table's columns: names, not a data row
    if year_cells(leaves):
        return False  # accident years (≦108 109 110 …) over a claims table: names
    for leaf in leaves:
        cv = parse_cell(leaf)
        if leaf in ("$", "NT$") or (cv is not None and cv.value is not None):
            return True
    return False


def _counts_up(leaves: Sequence[str]) -> bool:
    """Column names 1, 2, 3 … counting up by one from 1 (months, quarters, weeks)."""
    folded = [fold_width(leaf) for leaf in leaves]
    return all(re.fullmatch(r"\d{1,2}", x) for x in folded) and [int(x) for x in folded] == list(
        range(1, len(folded) + 1)
    )


def check_table(table: Table) -> list[Check]:
    """Total rows/columns against the sums they state, share columns against 100%."""
    chk = _Checker(table)
    captioned = caption_label(table.table_id, "table") is not None
    if not captioned and _headless(table):
        return []  # columns named by numbers: the header was not found, nothing is known
    _row_checks(chk)
    if captioned:  # a statement's total columns nest (保留盈餘合計 inside 權益總計)
        _column_checks(chk)
    _percent_checks(chk)
    _balance_checks(chk)
    return chk.checks
