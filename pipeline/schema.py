"""JSON Schemas (2020-12) generated from the pydantic models: one per record type.

The models are the source of truth; ``schemas/*.schema.json`` are their committed
image (a test fails when they drift; ``make schemas`` rewrites them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from pipeline import models

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE = "https://itis-extract.local/schemas/"

RECORD_TYPES: dict[str, type[BaseModel]] = {
    "document": models.Document,
    "quantity": models.Quantity,
    "date": models.DateFact,
    "period": models.Period,
    "product": models.Product,
    "organization": models.Organization,
    "target": models.Target,
    "regulation": models.Regulation,
    "abbreviation": models.Abbreviation,
    "table": models.Table,
    "figure": models.Figure,
    "check": models.Check,
    "manifest": models.Manifest,
    "error": models.ErrorRecord,
    "corrections": models.Corrections,
}


def record_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one record type, with dialect, id and schema version."""
    schema = RECORD_TYPES[name].model_json_schema(mode="serialization")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"{SCHEMA_BASE}{name}.schema.json",
        "x-schema-version": models.SCHEMA_VERSION,
        **schema,
    }


def write_schemas(folder: Path) -> list[Path]:
    """Write every record schema into ``folder``; return the paths written."""
    from pipeline.emit import atomic_write_text, dumps

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in RECORD_TYPES:
        path = folder / f"{name}.schema.json"
        atomic_write_text(path, dumps(record_schema(name)))
        written.append(path)
    return written
