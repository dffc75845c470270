"""Extraction stages, declared in one table: what each needs and what it assigns.

Order matters: dates first (quantities take their ``year`` from the date facts and
entities link regulation dates), tables before the cross-fact checks.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.config import Settings
    from pipeline.run import Built


@dataclass(frozen=True)
class Stage:
    name: str
    module: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    apply: Callable[[Any, Built, Settings], None]


def _dates(mod: Any, built: Built, settings: Settings) -> None:
    doc = built.document
    ref = doc.metadata.published or settings.reference_date
    dates, periods = mod.extract_dates(doc, reference_date=ref)
    doc.facts.dates, doc.facts.periods = dates, periods


def _quantities(mod: Any, built: Built, settings: Settings) -> None:
    doc = built.document
    doc.facts.quantities = mod.extract_quantities(
        doc,
        doc.facts.dates,
        tokens=built.tokens,
        boxes=built.char_boxes if doc.source.format == "pdf" else None,
    )


def _entities(mod: Any, built: Built, settings: Settings) -> None:
    doc = built.document
    found = mod.at_least(
        mod.extract_entities(
            doc,
            doc.facts.dates,
            tokens=built.tokens,
            boxes=built.char_boxes if doc.source.format == "pdf" else None,
        ),
        settings.min_confidence,
    )
    doc.facts.products = found.products
    doc.facts.organizations = found.organizations
    doc.facts.regulations = found.regulations
    doc.facts.abbreviations = found.abbreviations
    doc.facts.targets = found.targets


def _tables(mod: Any, built: Built, settings: Settings) -> None:
    doc = built.document
    tables, checks = mod.extract_tables(doc, built.pdf_tables)
    doc.facts.tables = tables
    # a table's numbers are its cells: the quantity stage read some of them again
    doc.facts.quantities = mod.outside_cells(doc.facts.quantities, tables)
    doc.checks.extend(checks)


def _figures(mod: Any, built: Built, settings: Settings) -> None:
    doc = built.document
    doc.facts.figures = mod.extract_figures(doc)


def _checks(mod: Any, built: Built, settings: Settings) -> None:
    doc = built.document
    doc.checks = mod.run_checks(doc)


STAGES: tuple[Stage, ...] = (
    Stage("dates", "pipeline.extract.dates", ("sentences",), ("dates", "periods"), _dates),
    Stage("quantities", "pipeline.extract.quantities", ("dates",), ("quantities",), _quantities),
    Stage(
        "entities",
        "pipeline.extract.entities",
        ("dates",),
        ("products", "organizations", "regulations", "abbreviations", "targets"),
        _entities,
    ),
    Stage(
        "tables",
        "pipeline.extract.tables",
        ("blocks", "quantities"),
        ("tables", "checks", "quantities"),
        _tables,
    ),
    Stage("figures", "pipeline.extract.figures", ("blocks",), ("figures",), _figures),
    # the entity-companies check reads the products
    Stage(
        "checks",
        "pipeline.checks",
        ("quantities", "tables", "dates", "products"),
        ("checks",),
        _checks,
    ),
)


def run_extractors(built: Built, settings: Settings) -> None:
    """Apply every stage in order to the document inside ``built``."""
    for stage in STAGES:
        stage.apply(importlib.import_module(stage.module), built, settings)
