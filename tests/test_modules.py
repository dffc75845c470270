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
