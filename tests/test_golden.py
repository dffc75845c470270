"""Whole documents against their golden files (regenerate: `make golden`, then review the diff)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.emit import document_to_json
from pipeline.run import build_document
from scripts.regen_golden import GOLDEN, golden_inputs, golden_name
from tests.conftest import IN_PROCESS

CASES = golden_inputs()


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_document_matches_golden(path: Path) -> None:
    golden = GOLDEN / golden_name(path)
    assert golden.exists(), f"no golden file for {path.name}: run `make golden`"
    got = document_to_json(build_document(path, IN_PROCESS))
    assert got == golden.read_text(encoding="utf-8"), f"{path.name} differs: run `make golden`"
