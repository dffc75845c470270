"""Session fixtures shared by the stage tests (built once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from pipeline.config import Settings
from pipeline.models import Document
from pipeline.run import build_document

# No test may fail on wall-clock time (a loaded CI machine is slow): hypothesis's 200 ms
# per-example deadline is off for every property test, not only those that say so.
settings.register_profile("itis", deadline=None)
settings.load_profile("itis")

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
CORPUS = ROOT / "tests" / "corpus"
# The held-out real-text sets: scored by hand with `itis-extract eval`, never read by a test
# (`test_no_test_reads_a_held_out_set`), never used to tune rules.
HELD_OUT_SETS = (
    "blind",
    "fresh2",
    "fresh3",
    "fresh6",
    "fresh7",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh18",
    "fresh19",
)
GOLD = ROOT / "tests" / "gold"
IN_PROCESS = Settings(isolate=False)


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    """The sample report, through every stage."""
    return build_document(RAW / "seed.txt", IN_PROCESS)


@pytest.fixture(scope="session")
def gold_docs() -> list[tuple[str, Document, dict]]:  # type: ignore[type-arg]
    """(stem, document, gold) for every gold file whose report is in raw/ or tests/corpus/."""
    import json

    out = []
    for gold_path in sorted(GOLD.glob("*.json")):
        stem = gold_path.stem
        src = next((p for p in (CORPUS / f"{stem}.txt", RAW / f"{stem}.txt") if p.is_file()), None)
        if src is not None:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out.append((stem, build_document(src, IN_PROCESS), gold))
    return out
