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
    doc.facts.quantities = mod.extract_quantities(doc, doc.facts.dates, tokens=built.tokens)


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
    Stage("tables", "pipeline.extract.tables", ("blocks",), ("tables", "checks"), _tables),
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

# The stage a worker with a free core runs in a forked child while it runs the others
# (``run_extractors``): the largest text stage, whose records pickle cheaply.
SIDE_STAGE = "entities"
# A shorter document is not worth a child: the fork and the pages both processes copy cost
# ≈ 0.04 CPU s, about what running the two stages side by side saves at 10,000 characters.
SIDE_MIN_CHARS = 40_000


def run_extractors(built: Built, settings: Settings, *, side_by_side: bool = False) -> None:
    """Apply every stage in order to the document inside ``built``.

    ``side_by_side``: this process has a core to spare (a worker alone on the machine),
    so ``SIDE_STAGE`` runs in a forked child from the moment what it requires is there,
    while this process runs the stages that do not need its records; a stage that does
    waits for them. Each stage reads only what it requires, so the records are the
    same as in order. A child that fails (an exception, a broken memory limit, a crash)
    sends nothing: this process then runs the stage itself, as it would have in order,
    so the document gets what it gets without the child (its records or its error)."""
    if not side_by_side or len(built.document.text) < SIDE_MIN_CHARS:
        for stage in STAGES:
            stage.apply(importlib.import_module(stage.module), built, settings)
        return
    from pipeline.extract.side import SideStage

    side: SideStage | None = None
    try:
        for stage in STAGES:
            if side is None and stage.name == SIDE_STAGE:
                side = SideStage(stage, built, settings)
                continue
            if side is not None and not side.joined and set(stage.requires) & set(side.assigns):
                side.join()
            stage.apply(importlib.import_module(stage.module), built, settings)
        if side is not None and not side.joined:
            side.join()
    finally:
        if side is not None:
            side.close()
