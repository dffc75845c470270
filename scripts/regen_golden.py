"""Rewrite the golden files and the committed extracted/ folder (review the diff!).

tests/golden/<doc_id>.json holds the full document JSON of every report in raw/ and
tests/corpus/; tests/test_golden.py compares a fresh run with them byte for byte.
extracted/ is the output of `itis-extract run raw/ --out extracted/`, committed so a
reader sees real output; tests/test_cli.py checks that regenerating it is a no-op.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import Settings  # noqa: E402
from pipeline.emit import atomic_write_text, document_to_json  # noqa: E402
from pipeline.run import build_document, collect_inputs, run  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"


def golden_inputs() -> list[Path]:
    """raw/ and the synthetic reports directly in tests/corpus/: never the real-text sets below it
    (tests/corpus/real/), whose blind half must not be written out as committed output."""
    corpus = ROOT / "tests" / "corpus"
    return collect_inputs(
        [ROOT / "raw", *sorted(corpus.glob("*.txt")), *sorted(corpus.glob("*.pdf"))]
    )


def golden_name(path: Path) -> str:
    return f"{path.stem}.{path.suffix.lstrip('.').lower()}.json"


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    settings = Settings(isolate=False)
    for path in golden_inputs():
        doc = build_document(path, settings)
        atomic_write_text(GOLDEN / golden_name(path), document_to_json(doc))
        print(f"golden: {golden_name(path)}")
    out = ROOT / "extracted"
    if out.exists():
        shutil.rmtree(out)
    run([ROOT / "raw"], out, Settings(workers=2))
    print("extracted/: regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
