"""Across reports: one metric stated by several reports, lined up, and disagreements flagged.

A metric is a quantity's subject, year, unit and kind (and ``entity`` when the
quantity names one): the 2023 market size restated in a 2024 and a 2025 review has
the same key in all three. Two statements in different reports conflict when their
values differ by more than the rounding of the numbers as printed (181.2億 and
181億 agree; 181.2億 and 175.3億 do not).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.dataset.issuers import Issuer, issuer_key
from pipeline.dataset.tables import Column, TableData

COMPARABLE_QUALIFIERS = ("eq", "approx")
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def metric_key(q: dict[str, Any], issuer: str = "") -> tuple[str, ...] | None:
    """(subject, year, unit, kind, entity) of a quantity row, or None when it names no metric.

    The entity is the quantity's own ``entity`` when it has one, else the issuer of a
    company document (``issuers.issuer_key``): a filing's 餘額 is that company's.
    """
    subject, year = q.get("subject"), q.get("year")
    if not subject or year is None or q.get("qualifier") not in COMPARABLE_QUALIFIERS:
        return None
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(subject)))
    entity = q.get("entity") or issuer
    return (norm, str(year), str(q.get("unit")), str(q.get("kind")), str(entity or ""))


def rounding(q: dict[str, Any]) -> float:
    """Half a unit of the last printed digit, in base units (181.2億 -> 0.05億 = 5e6)."""
    value = float(q["value"])
    m = _NUMBER_RE.search(fold_width(str(q.get("text", ""))))
    if not m:
        return 0.0
    written = float(m.group(0).replace(",", ""))
    if written == 0:
        return 0.0
    decimals = len(m.group(1) or "")
    return abs(value / written) * 0.5 * 10.0**-decimals


def _metric_id(key: tuple[str, ...]) -> str:
    return "m-" + hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:8]


METRIC_COLUMNS = [
    Column("metric_id", "string", "stable id of the metric (subject, year, unit, kind, entity)"),
    Column("subject", "string", "what is measured, as the quantities stage named it"),
    Column("year", "int64", "year the figure is for"),
    Column("unit", "string", "unit of value (ISO currency, %, measure word)"),
    Column("kind", "string", "money, count, percent…"),
    Column(
        "entity",
        "string",
        "who the figure is about: the quantity's entity, or the issuer of a company document"
        " (stock:<code>, or doc:<doc_id> when no code is printed); empty for industry figures",
    ),
    Column("doc_id", "string", "report stating it (documents.doc_id)"),
    Column("fact_id", "string", "the quantity (quantities.id)"),
    Column("value", "float64", "value in base units"),
    Column("rounding", "float64", "half a unit of the last printed digit, in base units"),
    Column("is_forecast", "bool", "the report states it as a forecast"),
    Column("text", "string", "the quantity as printed"),
]

CONFLICT_COLUMNS = [
    Column("metric_id", "string", "the metric both facts state (metrics.metric_id)"),
    Column("subject", "string", "what is measured"),
    Column("year", "int64", "year the figures are for"),
    Column("unit", "string", "unit of both values"),
    Column("a_doc_id", "string", "first report (doc_id order)"),
    Column("a_title", "string", "its title"),
    Column("a_fact_id", "string", "its quantity (quantities.id)"),
    Column("a_value", "float64", "its value in base units"),
    Column("a_text", "string", "its quantity as printed"),
    Column("b_doc_id", "string", "second report"),
    Column("b_title", "string", "its title"),
    Column("b_fact_id", "string", "its quantity"),
    Column("b_value", "float64", "its value in base units"),
    Column("b_text", "string", "its quantity as printed"),
    Column("difference", "float64", "b_value - a_value"),
    Column("relative_difference", "float64", "difference / a_value"),
]


def cross_report(quantities: TableData, documents: TableData) -> tuple[TableData, TableData]:
    """``metrics`` (every metric stated by two or more reports, one row per statement)
    and ``conflicts`` (pairs of statements from different reports beyond rounding)."""
    titles = {d["doc_id"]: d.get("title") for d in documents.rows}
    issuers = {
        d["doc_id"]: issuer_key(d["doc_id"], Issuer(bool(d["company_document"]), d["stock_code"]))
        for d in documents.rows
    }
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for q in quantities.rows:
        key = metric_key(q, issuers.get(q["doc_id"], ""))
        if key is not None:
            groups[key].append(q)
    metrics = TableData(
        "metrics",
        "the same metric stated by several reports, lined up (one row per statement)",
        list(METRIC_COLUMNS),
    )
    conflicts = TableData(
        "conflicts",
        "two reports stating one metric with values that differ beyond rounding",
        list(CONFLICT_COLUMNS),
    )
    for key in sorted(groups):
        rows = sorted(groups[key], key=lambda q: (q["doc_id"], q["start"] or 0, q["id"]))
        if len({q["doc_id"] for q in rows}) < 2:
            continue
        metric_id = _metric_id(key)
        for q in rows:
            metrics.rows.append(
                {
                    "metric_id": metric_id,
                    "subject": q["subject"],
                    "year": q["year"],
                    "unit": q["unit"],
                    "kind": q["kind"],
                    "entity": key[4] or None,
                    "doc_id": q["doc_id"],
                    "fact_id": q["id"],
                    "value": float(q["value"]),
                    "rounding": rounding(q),
                    "is_forecast": q.get("is_forecast"),
                    "text": q["text"],
                }
            )
        conflicts.rows.extend(_disagreements(metric_id, rows, titles))
    return metrics, conflicts


def _disagreements(
    metric_id: str, rows: Sequence[dict[str, Any]], titles: dict[str, Any]
) -> list[dict[str, Any]]:
    out = []
    for a, b in itertools.combinations(rows, 2):
        if a["doc_id"] == b["doc_id"]:
            continue
        va, vb = float(a["value"]), float(b["value"])
        if abs(vb - va) <= rounding(a) + rounding(b):
            continue
        out.append(
            {
                "metric_id": metric_id,
                "subject": a["subject"],
                "year": a["year"],
                "unit": a["unit"],
                "a_doc_id": a["doc_id"],
                "a_title": titles.get(a["doc_id"]),
                "a_fact_id": a["id"],
                "a_value": va,
                "a_text": a["text"],
                "b_doc_id": b["doc_id"],
                "b_title": titles.get(b["doc_id"]),
                "b_fact_id": b["id"],
                "b_value": vb,
                "b_text": b["text"],
                "difference": vb - va,
                "relative_difference": (vb - va) / va if va else None,
            }
        )
    return out
