"""Checks over the package's own source that no linter makes."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.AnnAssign)
            and node.value is not None
            and isinstance(node.target, ast.Name)
        ):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_binds_a_top_level_name_twice(module: Path) -> None:
    """Two branches that each add a module constant of the same name merge without a
    conflict, and the later binding silently replaces the first for every earlier user
    (ruff's F811 covers only imports and functions)."""
    counts = Counter(_top_level_names(ast.parse(module.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def _pipeline_imports(module: Path) -> set[str]:
    """The ``pipeline.*`` modules a source file imports, at any depth of its body."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n == "pipeline" or n.startswith("pipeline.")}


@pytest.mark.parametrize(
    "module",
    [PACKAGE / "ingest.py", *sorted((PACKAGE / "pdftables").glob("*.py"))],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_table_finding_on_pdf_geometry_sits_below_the_extract_stages(module: Path) -> None:
    """Issue 11: ingest finds a PDF's grids (``pipeline.pdftables``); it must not reach up
    into the extract stages, which read its output."""
    assert {n for n in _pipeline_imports(module) if n.startswith("pipeline.extract")} == set()
