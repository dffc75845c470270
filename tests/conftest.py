"""Session fixtures shared by the stage tests (built once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.models import Document
from pipeline.run import build_document

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
CORPUS = ROOT / "tests" / "corpus"
GOLD = ROOT / "tests" / "gold"
IN_PROCESS = Settings(isolate=False)


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    """The sample report, through every stage."""
    return build_document(RAW / "seed.txt", IN_PROCESS)
