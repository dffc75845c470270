"""Emit: documents, CSVs, manifest and error log, written atomically and deterministically.

One serializer for everything: JSON with ``ensure_ascii=False`` and sorted keys,
CSV with a fixed column order (ids first, then provenance, then the rest), so the
same inputs and version give byte-identical files.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic_core import to_json

from pipeline.chars import number_text
from pipeline.models import Document, ErrorRecord, Facts, Manifest

FACT_TYPES: tuple[str, ...] = tuple(Facts.model_fields)
PROVENANCE_COLUMNS = ["doc_id", "id", "page", "start", "end", "sentence", "rule", "text"]
CSV_NAMES = {**{name: f"{name}.csv" for name in FACT_TYPES}, "checks": "checks.csv"}


def dumps(data: Any) -> str:
    """The one JSON serializer: stable key order, real characters, trailing newline.

    The bytes are ``json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)``'s.
    With an indent the standard library encodes in pure Python (its C encoder has no
    indent), so data that pydantic-core's Rust encoder prints the same way goes through
    it, keys sorted first; what it might print differently (floats in exponent notation,
    NaN, huge ints, keys that are not strings, lone surrogates) goes the old way.
    """
    return dumps_and_data(data)[0]


def dumps_and_data(data: Any) -> tuple[str, Any]:
    """``dumps(data)`` and what ``json.loads`` of it gives, when that is at hand for free:
    the key-sorted plain copy the fast encoder printed (plain values read back as
    themselves), else None."""
    try:
        plain = _sorted_plain(data)
        fast = to_json(plain, indent=1).decode("utf-8")
    except (_NotPlain, ValueError, TypeError, UnicodeError):
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", None
    return fast + "\n", plain


class _NotPlain(Exception):
    """A value the fast encoder might print otherwise than ``json.dumps``."""


_STR_ONLY = frozenset({str})


def _sorted_plain(value: Any) -> Any:
    """``value`` with every dict's keys in sorted order; _NotPlain for anything else than
    str, bool, None, ints within 64 bits and floats that print in plain decimal."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return value
    if kind is dict:
        if value and not {*map(type, value)} <= _STR_ONLY:
            raise _NotPlain
        out = {}
        for k in sorted(value):  # strings, None and bools (most values) without a call
            v = value[k]
            t = type(v)
            out[k] = v if t is str or t is bool or v is None else _sorted_plain(v)
        return out
    if kind is list or kind is tuple:
        return [
            v if (t := type(v)) is str or t is bool or v is None else _sorted_plain(v)
            for v in value
        ]
    if kind is int:
        if -(2**63) <= value < 2**63:
            return value
        raise _NotPlain
    if kind is float:
        if value == 0.0 or 1e-4 <= abs(value) < 1e16:  # repr's plain-decimal range
            return value
        raise _NotPlain  # exponent notation, inf, NaN
    raise _NotPlain


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename: readers never see half a file."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def safe_child(out_dir: Path, *parts: str) -> Path:
    """``out_dir/parts`` — refusing any name that would land outside ``out_dir``."""
    base = out_dir.resolve()
    target = base.joinpath(*parts).resolve()
    if base != target and base not in target.parents:
        raise ValueError(f"refusing to write outside the output folder: {'/'.join(parts)!r}")
    return target


def document_path(out_dir: Path, doc_id: str) -> Path:
    return safe_child(out_dir, "documents", f"{doc_id}.json")


def document_to_json(doc: Document) -> str:
    return dumps(doc.model_dump(mode="json"))


def document_json_and_data(doc: Document) -> tuple[str, Any]:
    """``document_to_json(doc)`` and, when at hand, ``json.loads`` of it (``dumps_and_data``)."""
    return dumps_and_data(doc.model_dump(mode="json"))


def write_document(doc: Document, out_dir: Path) -> Path:
    path = document_path(out_dir, doc.doc_id)
    atomic_write_text(path, document_to_json(doc))
    return path


def _cell(value: Any) -> Any:
    """CSV cell for a field: lists and objects as compact JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def fact_rows(doc_json: dict[str, Any], fact_type: str) -> list[dict[str, Any]]:
    """Flat CSV rows of one fact type of one serialized document."""
    rows: list[dict[str, Any]] = []
    items = doc_json["checks"] if fact_type == "checks" else doc_json["facts"].get(fact_type, [])
    for item in items:
        row: dict[str, Any] = {"doc_id": doc_json["doc_id"], "id": item.get("id", "")}
        span = item.get("span") or {}
        row["page"] = item.get("page", "")
        row["start"] = span.get("start", "")
        row["end"] = span.get("end", "")
        row["sentence"] = _cell(item.get("sentence"))
        row["rule"] = item.get("rule", "")
        row["text"] = item.get("text", "")
        for key, value in item.items():
            if key in row or key in {"span", "mentions", "rows"}:
                continue
            row[key] = _cell(value)
        if "mentions" in item:
            row["mention_count"] = len(item["mentions"])
        if "rows" in item:
            row["row_count"] = len(item["rows"])
        rows.append(row)
    return rows


def csv_columns(fact_type: str) -> list[str]:
    """Fixed column order from the model: ids, provenance, then fields as declared."""
    from pipeline import models

    if fact_type == "checks":
        return ["doc_id", *models.Check.model_fields]
    model = Facts.model_fields[fact_type].annotation
    inner = model.__args__[0]  # type: ignore[union-attr]
    cols = list(PROVENANCE_COLUMNS)
    for name in inner.model_fields:
        if name in {"id", "text", "span", "page", "sentence", "rule", "review"}:
            continue
        if name == "mentions":
            cols.append("mention_count")
        elif name == "rows":
            cols.append("row_count")
        else:
            cols.append(name)
    return cols


def _is_na(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _column_text(values: Sequence[Any]) -> list[str]:
    """One column's cells, typed as ``pandas.DataFrame(rows)`` would type them.

    pandas infers a column's type from its values: numbers alone (ints with a float or
    a missing value among them) become float64, ints alone stay ints, anything else is
    printed with ``str``; a missing value is empty. Floats print with ``number_text``
    (``9``, ``18120000000``, ``0.5``), not pandas' ``9.0`` and ``1.812e+10``; pandas is
    not imported (0.4 s) in every run.
    """
    present = [v for v in values if not _is_na(v)]
    numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present)
    ints = [v for v in present if isinstance(v, int)]
    if ints and (
        min(ints) < -(2**63) or max(ints) >= 2**64 or (max(ints) >= 2**63 and min(ints) < 0)
    ):
        numeric = False  # beyond int64 and uint64: pandas keeps the Python ints
    if numeric and present and (len(present) < len(values) or len(ints) < len(present)):
        return ["" if _is_na(v) else number_text(float(v)) for v in values]
    return ["" if _is_na(v) else str(v) for v in values]


def csv_text(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """CSV of ``rows`` under ``columns`` (a key a row lacks is an empty cell)."""
    rows = list(rows)
    cells = [_column_text([r.get(c) for r in rows]) for c in columns]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(zip(*cells, strict=True) if cells else ([] for _ in rows))
    return buf.getvalue()


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    atomic_write_text(path, csv_text(columns, rows))


def write_dataset_tables(out_dir: Path, documents: Sequence[dict[str, Any]]) -> dict[str, int]:
    """One CSV per fact type across all documents; returns row counts."""
    counts: dict[str, int] = {}
    ordered = sorted(documents, key=lambda d: d["doc_id"])
    for fact_type, filename in CSV_NAMES.items():
        rows = [row for d in ordered for row in fact_rows(d, fact_type)]
        if fact_type == "checks":
            rows = [
                {"doc_id": d["doc_id"], **{k: _cell(v) for k, v in c.items()}}
                for d in ordered
                for c in d["checks"]
            ]
        write_csv(safe_child(out_dir, filename), csv_columns(fact_type), rows)
        counts[fact_type] = len(rows)
    _write_table_csvs(out_dir, ordered)
    _write_table_cells_csv(out_dir, ordered)
    return counts


def _write_table_csvs(out_dir: Path, documents: Sequence[dict[str, Any]]) -> None:
    """One CSV per table; CSVs of tables no longer in the documents are removed."""
    from pipeline.tables import table_csv_name, table_to_records

    written: set[str] = set()
    for d in documents:
        for table in d["facts"].get("tables", []):
            name = table_csv_name(d["doc_id"], table)
            columns, records = table_to_records(table)
            write_csv(safe_child(out_dir, "tables", name), columns, records)
            written.add(name)
    folder = out_dir / "tables"
    if folder.is_dir():
        for p in folder.glob("*.csv"):
            if p.name not in written:
                p.unlink(missing_ok=True)


def _write_table_cells_csv(out_dir: Path, documents: Sequence[dict[str, Any]]) -> None:
    """``tables_cells.csv``: one row per value cell of every table, all documents."""
    from pipeline.tables import TABLE_CELL_COLUMNS, table_cell_records

    rows = [
        r
        for d in documents
        for t in d["facts"].get("tables", [])
        for r in table_cell_records(d["doc_id"], t)
    ]
    write_csv(safe_child(out_dir, "tables_cells.csv"), TABLE_CELL_COLUMNS, rows)


def write_manifest(out_dir: Path, manifest: Manifest) -> None:
    atomic_write_text(safe_child(out_dir, "manifest.json"), dumps(manifest.model_dump(mode="json")))


def write_errors(out_dir: Path, errors: Sequence[ErrorRecord]) -> None:
    lines = [
        json.dumps(e.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n"
        for e in errors
    ]
    atomic_write_text(safe_child(out_dir, "errors.jsonl"), "".join(lines))
