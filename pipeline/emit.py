"""Emit: documents, CSVs, manifest and error log, written atomically and deterministically.

One serializer for everything: JSON with ``ensure_ascii=False`` and sorted keys,
CSV with a fixed column order (ids first, then provenance, then the rest), so the
same inputs and version give byte-identical files.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.models import Document, ErrorRecord, Facts, Manifest

FACT_TYPES: tuple[str, ...] = tuple(Facts.model_fields)
PROVENANCE_COLUMNS = ["doc_id", "id", "page", "start", "end", "sentence", "rule", "text"]
CSV_NAMES = {**{name: f"{name}.csv" for name in FACT_TYPES}, "checks": "checks.csv"}


def dumps(data: Any) -> str:
    """The one JSON serializer: stable key order, real characters, trailing newline."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


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


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    frame = pd.DataFrame(list(rows), columns=list(columns))
    atomic_write_text(path, frame.to_csv(index=False, lineterminator="\n"))


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
