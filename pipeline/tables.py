"""Table facts as data: a pandas DataFrame, CSV rows and a file-safe name per table.

Accepts a ``Table`` record or its JSON form (the dict the emit stage serializes), so
the same accessors work inside the pipeline and on ``extracted/`` output.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pipeline.chars import fold_width
from pipeline.extract.numerals import parse_number
from pipeline.models import Cell, Table
from pipeline.pdftables.lexicon import _lex

if TYPE_CHECKING:
    import pandas as pd

ValueMode = Literal["value", "base", "text"]

_LABEL_NUM_RE = re.compile(r"\d+(?:[-.．]\d+)*")
_FRACTION_RE = re.compile(r"\d\.(\d+)")


def _as_table(table: Table | Mapping[str, Any]) -> Table:
    return table if isinstance(table, Table) else Table.model_validate(dict(table))


def column_names(table: Table | Mapping[str, Any]) -> list[str]:
    """Column names made unique and non-empty (``col3``, ``產值 (2)``) for frames and CSV."""
    t = _as_table(table)
    out: list[str] = []
    seen: dict[str, int] = {}
    for j, name in enumerate(t.columns):
        base = name.strip() or f"col{j + 1}"
        n = seen.get(base, 0) + 1
        seen[base] = n
        out.append(base if n == 1 else f"{base} ({n})")
    return out


def _cell_value(cell: Cell, mode: ValueMode) -> Any:
    if mode == "text":
        return cell.text
    if cell.value is not None:
        return cell.base_value if mode == "base" and cell.base_value is not None else cell.value
    if cell.null:
        return None
    return cell.text if cell.text.strip() else None


def to_frame(table: Table | Mapping[str, Any], values: ValueMode = "value") -> pd.DataFrame:
    """The table as a DataFrame: one row per body row, numeric columns as floats.

    ``values="value"`` gives numbers as printed (3.2 in a 億元 table), ``"base"`` in base
    units (320000000), ``"text"`` the cell texts. Null markers become NaN.
    ``frame.attrs`` carries the table id, caption, unit, source and total rows.
    """
    import pandas as pd  # for notebooks: a run writes its tables without pandas

    t = _as_table(table)
    names = column_names(t)
    records = [[_cell_value(c, values) for c in row] for row in t.rows]
    frame = pd.DataFrame(records, columns=names)
    if values != "text":
        for j, name in enumerate(names):
            if j < t.stub_columns:
                continue
            col = [row[j] for row in t.rows if j < len(row)]
            if col and all(c.value is not None or c.null or not c.text.strip() for c in col):
                frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("float64")
    frame.attrs.update(
        {
            "id": t.id,
            "table_id": t.table_id,
            "caption": t.caption,
            "unit": t.unit,
            "source": t.source_text,
            "total_rows": list(t.total_rows),
        }
    )
    return frame


def _fmt(cell: Cell) -> str:
    """A number as printed, without separators or %: ``1,138`` -> 1138, ``45.0%`` -> 45.0."""
    if cell.value is not None:
        m = _FRACTION_RE.search(fold_width(cell.text))
        decimals = len(m.group(1)) if m else 0
        return f"{cell.value:.{decimals}f}"
    if cell.null:
        return ""
    return cell.text


def table_to_csv_rows(table: Table | Mapping[str, Any]) -> list[list[str]]:
    """Header row, then one row per body row: numbers as plain digits, null markers empty."""
    t = _as_table(table)
    return [column_names(t)] + [[_fmt(c) for c in row] for row in t.rows]


def table_to_records(table: Table | Mapping[str, Any]) -> tuple[list[str], list[dict[str, str]]]:
    """Columns and one dict per row, the CSV content as the emit stage writes it."""
    header, *rows = table_to_csv_rows(table)
    return header, [dict(zip(header, r, strict=True)) for r in rows]


def table_to_csv(table: Table | Mapping[str, Any]) -> str:
    """The CSV text of one table (``\\n`` line ends, UTF-8 safe)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(table_to_csv_rows(table))
    return buf.getvalue()


def table_slug(table: Table | Mapping[str, Any]) -> str:
    """ASCII, file-safe name from the caption label: ``表 1`` -> ``table-1``, ``表 2-1`` ->
    ``table-2-1``, ``表三`` -> ``table-3``; the fact id (``t4``) when the label has no number."""
    t = _as_table(table)
    label = t.table_id
    if not re.match(r"^\s*表", label):  # an uncaptioned table: its title is no number
        return re.sub(r"[^A-Za-z0-9_-]", "", t.id) or "table"
    m = _LABEL_NUM_RE.search(label)
    if m:
        return "table-" + re.sub(r"[.．]", "-", m.group())
    parsed = parse_number(re.sub(r"^\s*表\s*", "", label))
    if parsed is not None and float(parsed.value).is_integer() and parsed.value > 0:
        return f"table-{int(parsed.value)}"
    return re.sub(r"[^A-Za-z0-9_-]", "", t.id) or "table"


def table_csv_name(doc_id: str, table: Table | Mapping[str, Any]) -> str:
    """``<doc_id>__<table slug>.csv`` (``seed__table-1.csv``)."""
    return f"{doc_id}__{table_slug(table)}.csv"


# One row per cell of every table, so a user can query statements across documents.
TABLE_CELL_COLUMNS = [
    "doc_id",
    "table",
    "table_id",
    "row",
    "column",
    "row_header",
    "col_header",
    "period",
    "text",
    "value",
    "unit",
    "base_value",
    "base_unit",
    "upper",
    "base_upper",
    "unit_source",
    "page",
    "start",
    "end",
    "bbox",
]


# A row named by a period and nothing else (``2025年``, ``2026年(e)``, ``4Q25``, ``113年度``).
@functools.cache
def _row_period_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_lex().column_period.pattern})(?:度|\s*[(（]?[eEfF][)）]?)?")


def cell_period(table: Table | Mapping[str, Any], cell: Cell) -> str | None:
    """The period a value belongs to: the column header part that names a date
    (``一一三年三月三十一日``, ``4Q25``, ``2024年``), else the row's name when it is a period
    and nothing more (years down the rows, companies across: ``| 2025年 | 40億美元 |``), else
    the table's period line."""
    t = _as_table(table)
    for part in reversed((cell.col_header or "").split(" / ")):
        if _lex().column_period.search(fold_width(part)):
            return part.strip()
    row = (cell.row_header or "").rsplit(" / ", 1)[-1].strip()
    if row and _row_period_re().fullmatch(fold_width(row)):
        return row
    return t.period


def table_cell_records(doc_id: str, table: Table | Mapping[str, Any]) -> list[dict[str, Any]]:
    """Rows of ``tables_cells.csv`` for one table: every value cell with its headers,
    period, unit, base value and provenance."""
    t = _as_table(table)
    out: list[dict[str, Any]] = []
    for r, row in enumerate(t.rows):
        for j, cell in enumerate(row):
            if j < t.stub_columns or (cell.value is None and not cell.null):
                continue
            out.append(
                {
                    "doc_id": doc_id,
                    "table": t.id,
                    "table_id": t.table_id,
                    "row": r,
                    "column": j,
                    "row_header": cell.row_header,
                    "col_header": cell.col_header,
                    "period": cell_period(t, cell),
                    "text": cell.text,
                    "value": cell.value,
                    "unit": cell.unit,
                    "base_value": cell.base_value,
                    "base_unit": cell.base_unit,
                    # a range's upper end (``4.6~4.7``: value 4.6, upper 4.7)
                    "upper": cell.upper,
                    "base_upper": cell.base_upper,
                    # table, page_note, document_note: where the table's unit was read,
                    # when this cell took it (a header's or its own unit leaves it empty)
                    "unit_source": t.unit_source if cell.unit and cell.unit == t.unit else None,
                    # "" rather than None keeps integer columns integers in the CSV.
                    "page": cell.page if cell.page is not None else "",
                    "start": cell.span.start if cell.span else "",
                    "end": cell.span.end if cell.span else "",
                    "bbox": json.dumps(list(cell.bbox)) if cell.bbox else None,
                }
            )
    return out
