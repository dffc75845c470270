"""Dataset tables: every record of every document flattened into typed columns.

A table is a name, typed columns (each with its meaning, for the data dictionary)
and rows. Fact tables are derived from the pydantic models, so a fact type added
to ``Facts`` becomes a table without a change here. Scalars keep their type; lists
of strings or integers become list columns; other nested values (approvals,
mentions, check values) are compact JSON strings.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from pipeline.dataset.issuers import find_issuer
from pipeline.models import Cell, Check, ErrorRecord, Facts

ColumnType = Literal["string", "int64", "float64", "bool", "list<string>", "list<int64>", "json"]


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    meaning: str


@dataclass
class TableData:
    name: str
    meaning: str
    columns: list[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)


SKIPPED_FIELDS = {"rows"}  # table cells have a table of their own (table_cells)
VERSION_COLUMNS = [
    Column("pipeline_version", "string", "itis-extract version that wrote the record"),
    Column("lexicon_version", "string", "hash of the lexicon files the record was extracted with"),
]
PROVENANCE = [
    Column("doc_id", "string", "document the record belongs to (documents.doc_id)"),
    Column("id", "string", "stable id of the fact: same fact, same document, same id"),
    Column("page", "int64", "page the fact starts on (1-based)"),
    Column("start", "int64", "span start: character offset into the document text"),
    Column("end", "int64", "span end (exclusive); text = document text[start:end]"),
    Column("sentence", "int64", "index of the sentence holding the span (sentences.sentence)"),
    Column("rule", "string", "versioned rule id that produced the fact"),
    Column("text", "string", "the fact's text exactly as in the document"),
    Column("bbox_x0", "float64", "PDF only: left of the fact's box on its page, in points"),
    Column("bbox_top", "float64", "PDF only: top of the box"),
    Column("bbox_x1", "float64", "PDF only: right of the box"),
    Column("bbox_bottom", "float64", "PDF only: bottom of the box"),
]
_PROVENANCE_FIELDS = {"id", "text", "span", "page", "sentence", "rule", "bbox"}


def _strip_optional(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def column_type(annotation: Any) -> ColumnType:
    """Dataset column type of a pydantic field annotation."""
    tp = _strip_optional(annotation)
    origin = typing.get_origin(tp)
    if tp is bool:
        return "bool"
    if tp is int:
        return "int64"
    if tp is float:
        return "float64"
    if tp is str or origin is Literal:
        return "string"
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        inner = _strip_optional(inner)
        if inner is str or typing.get_origin(inner) is Literal:
            return "list<string>"
        if inner is int:
            return "list<int64>"
    return "json"


@functools.cache
def _class_comments(module_name: str) -> dict[str, dict[str, str]]:
    """``{class: {field: comment}}`` from the ``name: type  # comment`` lines of a module."""
    source = inspect.getsource(sys.modules[module_name])
    out: dict[str, dict[str, str]] = {}
    for block in re.split(r"^(?=class \w+)", source, flags=re.M):
        m = re.match(r"class (\w+)", block)
        if m:
            found = re.finditer(r"^\s+(\w+):[^#\n]*#\s*(.+)$", block, re.M)
            out[m.group(1)] = {f.group(1): f.group(2).strip() for f in found}
    return out


def _comments(model: type[BaseModel]) -> dict[str, str]:
    """The meaning the author wrote next to each field of ``model`` and its bases."""
    out: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        module = getattr(klass, "__module__", "")
        if module.startswith("pipeline."):
            out.update(_class_comments(module).get(klass.__name__, {}))
    return out


def model_columns(model: type[BaseModel], skip: set[str]) -> list[Column]:
    """Typed columns for a model's fields, with meanings from descriptions or source comments."""
    comments = _comments(model)
    cols = []
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        meaning = info.description or comments.get(name) or f"{model.__name__}.{name}"
        cols.append(Column(name, column_type(info.annotation), meaning))
    return cols


def fact_model(fact_type: str) -> type[BaseModel]:
    annotation = Facts.model_fields[fact_type].annotation
    (inner,) = typing.get_args(annotation)
    assert isinstance(inner, type) and issubclass(inner, BaseModel)
    return inner


def _value(value: Any, kind: ColumnType) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if kind == "float64":
        return float(value)
    return value


def _fill(row: dict[str, Any], item: dict[str, Any], columns: Sequence[Column]) -> None:
    for col in columns:
        if col.name not in row:
            row[col.name] = _value(item.get(col.name), col.type)


def _provenance(doc_id: str, item: dict[str, Any]) -> dict[str, Any]:
    span = item.get("span") or {}
    bbox = item.get("bbox") or [None] * 4
    return {
        "doc_id": doc_id,
        "id": item.get("id"),
        "page": item.get("page"),
        "start": span.get("start"),
        "end": span.get("end"),
        "sentence": item.get("sentence"),
        "rule": item.get("rule"),
        "text": item.get("text"),
        "bbox_x0": _value(bbox[0], "float64"),
        "bbox_top": _value(bbox[1], "float64"),
        "bbox_x1": _value(bbox[2], "float64"),
        "bbox_bottom": _value(bbox[3], "float64"),
    }


def fact_table(fact_type: str, documents: Iterable[dict[str, Any]]) -> TableData:
    model = fact_model(fact_type)
    fields = model_columns(model, _PROVENANCE_FIELDS | SKIPPED_FIELDS)
    has_rows = "rows" in model.model_fields
    extra = [Column("row_count", "int64", "number of body rows")] if has_rows else []
    doc = (model.__doc__ or "").strip().splitlines()
    meaning = f"{fact_type}: one row per fact" + (f" ({doc[0]})" if doc and doc[0] else "")
    table = TableData(fact_type, meaning, [*PROVENANCE, *fields, *extra, *VERSION_COLUMNS])
    for d in documents:
        for item in d["facts"].get(fact_type, []):
            row = _provenance(d["doc_id"], item)
            _fill(row, item, fields)
            if extra:
                row["row_count"] = len(item.get("rows") or [])
            table.rows.append(row)
    return table


def checks_table(documents: Iterable[dict[str, Any]]) -> TableData:
    fields = model_columns(Check, set())
    table = TableData(
        "checks",
        "consistency checks between facts (pass, fail, info)",
        [PROVENANCE[0], *fields, *VERSION_COLUMNS],
    )
    for d in documents:
        for item in d.get("checks", []):
            row: dict[str, Any] = {"doc_id": d["doc_id"]}
            _fill(row, item, fields)
            table.rows.append(row)
    return table


def table_cells_table(documents: Iterable[dict[str, Any]]) -> TableData:
    cell_fields = model_columns(Cell, {"span", "parts", "bbox", "page"})
    table = TableData(
        "table_cells",
        "one row per body cell of every extracted table (sparse for tables with no cells)",
        [
            PROVENANCE[0],
            Column("table_fact_id", "string", "id of the table (tables.id)"),
            Column("table_label", "string", "the table's label as printed (表 1)"),
            Column("row", "int64", "row index in the table body (0-based)"),
            Column("col", "int64", "column index (0-based)"),
            Column("column_name", "string", "the table's column header at this index"),
            *PROVENANCE[2:5],
            *cell_fields,
            *PROVENANCE[8:],
            *VERSION_COLUMNS,
        ],
    )
    for d in documents:
        for t in d["facts"].get("tables", []):
            columns = t.get("columns") or []
            for r, cells in enumerate(t.get("rows") or []):
                for c, cell in enumerate(cells):
                    span = cell.get("span") or {}
                    bbox = cell.get("bbox") or [None] * 4
                    row = {
                        "doc_id": d["doc_id"],
                        "table_fact_id": t.get("id"),
                        "table_label": t.get("table_id"),
                        "row": r,
                        "col": c,
                        "column_name": columns[c] if c < len(columns) else None,
                        "page": cell.get("page"),
                        "start": span.get("start"),
                        "end": span.get("end"),
                        **{
                            k: _value(v, "float64")
                            for k, v in zip(
                                ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom"), bbox, strict=True
                            )
                        },
                    }
                    _fill(row, cell, cell_fields)
                    table.rows.append(row)
    return table


def documents_table(documents: Iterable[dict[str, Any]]) -> TableData:
    table = TableData(
        "documents",
        "one row per extracted report: source file, metadata",
        [
            PROVENANCE[0],
            Column("path", "string", "input file name"),
            Column("sha256", "string", "SHA-256 of the input file's bytes"),
            Column("format", "string", "pdf or txt"),
            Column("encoding", "string", "text encoding detected (text input)"),
            Column("pages", "int64", "number of pages"),
            Column("title", "string", "report title"),
            Column("publisher", "string", "publisher"),
            Column("published", "string", "publication date (ISO YYYY, YYYY-MM or YYYY-MM-DD)"),
            Column("language", "string", "language tag"),
            Column("authors", "json", "authors [{name, credential, affiliation}]"),
            Column("text_length", "int64", "characters in the canonical text"),
            Column(
                "company_document",
                "bool",
                "a company's own filing or deck (lexicon/issuers.yaml), not an industry report",
            ),
            Column(
                "stock_code", "string", "the issuer's stock code, when the first page prints it"
            ),
            Column("schema_version", "string", "document JSON schema version"),
            *VERSION_COLUMNS,
        ],
    )
    for d in documents:
        src, meta = d["source"], d["metadata"]
        issuer = find_issuer(d)
        table.rows.append(
            {
                "doc_id": d["doc_id"],
                "path": src.get("path"),
                "sha256": src.get("sha256"),
                "format": src.get("format"),
                "encoding": src.get("encoding"),
                "pages": src.get("pages"),
                "title": meta.get("title"),
                "publisher": meta.get("publisher"),
                "published": meta.get("published"),
                "language": meta.get("language"),
                "authors": _value(meta.get("authors"), "json"),
                "text_length": len(d.get("text", "")),
                "company_document": issuer.company_document,
                "stock_code": issuer.stock_code,
                "schema_version": d.get("schema_version"),
            }
        )
    return table


def pages_table(documents: Iterable[dict[str, Any]]) -> TableData:
    table = TableData(
        "pages",
        "one row per page: where it lies in the text and how it was read",
        [
            PROVENANCE[0],
            Column("number", "int64", "page number (1-based)"),
            Column("start", "int64", "first character of the page in the document text"),
            Column("end", "int64", "end of the page (exclusive)"),
            Column("extractor", "string", "pdfplumber, pypdfium2 or text"),
            Column("flags", "list<string>", "what ingest noticed (multi_column, private_use…)"),
            *VERSION_COLUMNS,
        ],
    )
    for d in documents:
        for p in d.get("pages", []):
            row: dict[str, Any] = {"doc_id": d["doc_id"]}
            _fill(row, p, table.columns[1:6])
            table.rows.append(row)
    return table


def sentences_table(documents: Iterable[dict[str, Any]]) -> TableData:
    table = TableData(
        "sentences",
        "one row per sentence, with its text (facts' `sentence` points here)",
        [
            PROVENANCE[0],
            Column("sentence", "int64", "sentence index within the document"),
            Column("start", "int64", "first character of the sentence"),
            Column("end", "int64", "end of the sentence (exclusive)"),
            Column("block", "int64", "index of the block (paragraph, heading…) holding it"),
            Column("page", "int64", "page the sentence starts on"),
            Column("text", "string", "the sentence's text"),
            *VERSION_COLUMNS,
        ],
    )
    for d in documents:
        text = d.get("text", "")
        starts = [(p["start"], p["number"]) for p in d.get("pages", [])]
        for i, s in enumerate(d.get("sentences", [])):
            page = next((n for st, n in reversed(starts) if st <= s["start"]), None)
            table.rows.append(
                {
                    "doc_id": d["doc_id"],
                    "sentence": i,
                    "start": s["start"],
                    "end": s["end"],
                    "block": s["block"],
                    "page": page,
                    "text": text[s["start"] : s["end"]],
                }
            )
    return table


def errors_table(errors: Iterable[ErrorRecord]) -> TableData:
    fields = model_columns(ErrorRecord, set())
    table = TableData(
        "errors",
        "failed inputs and records left out of a document (as errors.jsonl)",
        [*fields, *VERSION_COLUMNS],
    )
    for e in errors:
        row: dict[str, Any] = {}
        _fill(row, e.model_dump(mode="json"), fields)
        table.rows.append(row)
    return table


def _document_tables(ordered: Sequence[dict[str, Any]]) -> list[TableData]:
    tables = [documents_table(ordered), pages_table(ordered), sentences_table(ordered)]
    tables += [fact_table(t, ordered) for t in Facts.model_fields]
    tables += [table_cells_table(ordered), checks_table(ordered)]
    return tables


def document_tables(document: dict[str, Any]) -> list[TableData]:
    """One document's rows of every table but ``errors``, in ``all_tables``' order.

    Each table's rows of a document depend on that document alone, so the dataset
    writer builds them as each document arrives, while the workers still extract, and
    not all after the last document (where they were on the batch's critical path)."""
    return _document_tables([document])


def all_tables(
    documents: Sequence[dict[str, Any]],
    errors: Sequence[ErrorRecord],
    built: dict[str, list[TableData]] | None = None,
) -> list[TableData]:
    """Every table of the dataset, documents sorted by doc_id (rows in document order).

    ``built``: ``document_tables`` of some documents, by doc_id, made earlier; their
    rows are taken as they are (the same rows: each table's rows are per document)."""
    ordered = sorted(documents, key=lambda d: d["doc_id"])
    if not built:
        return [*_document_tables(ordered), errors_table(errors)]
    tables = _document_tables([])
    for d in ordered:
        parts = built.get(d["doc_id"]) or _document_tables([d])
        for table, part in zip(tables, parts, strict=True):
            table.rows.extend(part.rows)
    return [*tables, errors_table(errors)]
