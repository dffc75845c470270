"""Write the dataset: Parquet and CSV per table, a DuckDB file with views, a data dictionary.

Parquet and CSV files are byte-identical for the same inputs and versions. The
DuckDB file is not (DuckDB writes block layouts that vary from build to build), so
it is rebuilt from the Parquet files on every run, left out of the byte-identical
guarantee and out of git. The folder is written next to the old one and swapped in,
so readers never see half of a new dataset next to half of an old one.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.chars import number_text
from pipeline.dataset.duck import DUCKDB_NAME, DuckBuild
from pipeline.dataset.tables import Column, ColumnType, TableData

DATASET_DIR = "dataset"
BOM = b"\xef\xbb\xbf"

_ARROW: dict[ColumnType, pa.DataType] = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
    "list<int64>": pa.list_(pa.int64()),
    "json": pa.string(),
}


def arrow_table(table: TableData) -> pa.Table:
    schema = pa.schema([pa.field(c.name, _ARROW[c.type]) for c in table.columns])
    data = {c.name: [row.get(c.name) for row in table.rows] for c in table.columns}
    return pa.Table.from_pydict(data, schema=schema)


def parquet_bytes(table: TableData) -> bytes:
    buf = io.BytesIO()
    pq.write_table(arrow_table(table), buf, compression="zstd", store_schema=True)
    return buf.getvalue()


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _csv_cell(value: Any, column: Column) -> str:
    """One cell as Arrow's CSV writer sets it, but numbers never in exponent form."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return _cell_format(column.type)(value)


def _list_cell(value: Any) -> str:
    return _quoted(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _bool_cell(value: Any) -> str:
    return "true" if value else "false"


def _int_cell(value: Any) -> str:
    return str(int(value))


def _float_cell(value: Any) -> str:
    return number_text(float(value))


def _text_cell(value: Any) -> str:
    return _quoted(str(value))


def _cell_format(kind: ColumnType) -> Callable[[Any], str]:
    """How a non-null cell of a column of type ``kind`` is printed."""
    if kind.startswith("list"):
        return _list_cell
    if kind == "bool":
        return _bool_cell
    if kind == "int64":
        return _int_cell
    if kind == "float64":
        return _float_cell
    return _text_cell


def _column_cells(rows: Sequence[dict[str, Any]], column: Column) -> list[str]:
    """Every row's cell of ``column``, as ``_csv_cell`` prints each.

    Column by column, the format is chosen once per column instead of once per cell, and
    a text value (most cells) is quoted in place: the dataset's CSVs of a long report
    are about 200,000 cells."""
    name = column.name
    fmt = _cell_format(column.type)
    cells: list[str] = []
    add = cells.append
    if fmt is _text_cell:
        for row in rows:
            v = row.get(name)
            if type(v) is str:
                add('"' + v.replace('"', '""') + '"')
            else:
                add("" if v is None or (isinstance(v, float) and v != v) else _text_cell(v))
        return cells
    for row in rows:
        v = row.get(name)
        add("" if v is None or (isinstance(v, float) and v != v) else fmt(v))
    return cells


def csv_bytes(table: TableData, excel: bool = False) -> bytes:
    """CSV with list columns as compact JSON; a UTF-8 BOM first when ``excel``.

    Quoted text, bare numbers, ``true``/``false`` and empty cells for nulls, as Arrow's
    writer sets them, except that floats print whole (``18120000000``, not Arrow's
    ``1.812e+10``): an analyst opening the file reads the amount as written.
    """
    header = ",".join(_quoted(c.name) for c in table.columns) + "\n"
    columns = [_column_cells(table.rows, c) for c in table.columns]
    body = "".join([",".join(cells) + "\n" for cells in zip(*columns, strict=True)])
    return (BOM if excel else b"") + (header + body).encode("utf-8")


def write_duckdb(folder: Path, tables: Sequence[TableData], fact_tables: Sequence[str]) -> None:
    """Build ``facts.duckdb`` from the Parquet files in ``folder`` (temp file, then rename)."""
    build = DuckBuild(folder)
    try:
        for t in tables:
            build.table(t.name)
        build.finish(fact_tables)
    finally:
        build.abort()


# --------------------------------------------------------------------------- data dictionary


def data_dictionary(tables: Sequence[TableData], versions: dict[str, Any]) -> str:
    """``dataset/README.md``: every table and column with its type and meaning."""
    lines = [
        "# itis-extract dataset",
        "",
        "Generated by `itis-extract run` from the pydantic models (`pipeline/models.py`);",
        "do not edit. Each table is `<table>.parquet` and `<table>.csv` (lists as JSON in",
        f"CSV); `{DUCKDB_NAME}` holds the same tables plus views (`v_<fact type>` joins each",
        "fact to its report, page and sentence; `v_company_products`, `v_approvals`,",
        "`v_table_cells`). `pipeline.load_dataset(path)` reads the Parquet files into pandas.",
        "",
        f"pipeline version `{versions['pipeline_version']}`, "
        f"lexicon version `{versions['lexicon_version']}`.",
        "",
    ]
    for t in tables:
        lines += [f"## {t.name}", "", t.meaning + f" — {len(t.rows)} row(s).", ""]
        lines += ["| column | type | meaning |", "|---|---|---|"]
        for c in t.columns:
            meaning = c.meaning.replace("|", "\\|")
            lines.append(f"| `{c.name}` | {c.type} | {meaning} |")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- folder swap


def swap_in(out_dir: Path, staged: Path) -> Path:
    """Put the staged folder in place of ``out_dir/dataset`` (two renames, old removed after)."""
    target = out_dir / DATASET_DIR
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{DATASET_DIR}.old.", suffix=".tmp", dir=out_dir))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(staged, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


def staging_dir(out_dir: Path) -> Path:
    staged = Path(tempfile.mkdtemp(prefix=f".{DATASET_DIR}.", suffix=".tmp", dir=out_dir))
    staged.chmod(0o755)  # mkdtemp makes it private; the dataset is for everyone who reads out/
    return staged


def remove_stale(out_dir: Path) -> None:
    """Staging folders of an interrupted run."""
    for p in out_dir.glob(f".{DATASET_DIR}.*.tmp"):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
