"""pandera schemas for the dataset CSVs, derived from the pydantic models.

CSV cells are read as strings; each column is checked against what its model
field allows: integers, numbers, booleans, enum values (``Literal`` fields), or
free text. An empty cell stands for None.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors
from pydantic import BaseModel

from pipeline import models

INT_RE = r"^-?\d+$"
NUM_RE = r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$"
BOOL_VALUES = ["True", "False"]


def _model_for(fact_type: str) -> type[BaseModel]:
    if fact_type == "checks":
        return models.Check
    annotation = models.Facts.model_fields[fact_type].annotation
    inner: type[BaseModel] = typing.get_args(annotation)[0]
    return inner


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else tp), True
    return tp, False


def _column(tp: Any, nullable: bool) -> pa.Column:
    """A string column whose cells must parse as the field's type (``error`` names it)."""
    base, optional = _strip_optional(tp)
    nullable = nullable or optional
    checks: list[pa.Check] = []
    origin = typing.get_origin(base)
    if origin is typing.Literal:
        allowed = [str(a) for a in typing.get_args(base)] + ([""] if nullable else [])
        checks.append(pa.Check.isin(allowed, error="enum:" + "|".join(allowed)))
    elif base is bool:
        checks.append(pa.Check.isin(BOOL_VALUES + ([""] if nullable else []), error="bool"))
    elif base is int:
        checks.append(
            pa.Check.str_matches(INT_RE if not nullable else f"({INT_RE})|^$", error="int")
        )
    elif base is float:
        checks.append(
            pa.Check.str_matches(NUM_RE if not nullable else f"({NUM_RE})|^$", error="number")
        )
    return pa.Column(str, checks=checks, nullable=False, coerce=False)


def _expected(check: str, lang: str) -> str:
    from pipeline.validate import msg

    if check.startswith("enum:"):
        return msg(lang, "csv_enum", allowed=", ".join(repr(a) for a in check[5:].split("|")))
    if check in ("int", "number", "bool"):
        return msg(lang, f"csv_{check}")
    return msg(lang, "csv_other", check=check)


@dataclass(frozen=True)
class CsvSchema:
    schema: pa.DataFrameSchema

    def violations(self, frame: pd.DataFrame, lang: str = "en") -> list[Any]:
        """One violation per failing cell, located by data row (1 = first after the header)."""
        from pipeline.validate import Violation, msg, short

        try:
            self.schema.validate(frame, lazy=True)
        except SchemaErrors as e:
            out = []
            for _, row in e.failure_cases.iterrows():
                idx = row.get("index")
                col = row["column"]
                where = f"row {int(idx) + 1}, column {col}" if pd.notna(idx) else f"column {col}"
                expected = _expected(str(row["check"]), lang)
                value = short(row["failure_case"], 60)
                out.append(Violation(where, msg(lang, "csv_cell", expected=expected, value=value)))
            return out
        return []


@functools.cache
def csv_schema(fact_type: str) -> CsvSchema:
    """The pandera schema of ``<fact_type>.csv``."""
    from pipeline.emit import csv_columns

    model = _model_for(fact_type)
    fields = model.model_fields
    columns: dict[str, pa.Column] = {}
    for name in csv_columns(fact_type):
        if name in ("page", "start", "end", "mention_count", "row_count"):
            columns[name] = _column(int, name != "page" or fact_type == "checks")
        elif name == "sentence":
            columns[name] = _column(int | None, True)
        elif name in fields:
            f = fields[name]
            tp = f.annotation
            is_list = typing.get_origin(_strip_optional(tp)[0]) in (list, dict, tuple)
            columns[name] = pa.Column(str) if is_list else _column(tp, not f.is_required())
        else:
            columns[name] = pa.Column(str)
    return CsvSchema(pa.DataFrameSchema(columns, strict=True, ordered=True))
