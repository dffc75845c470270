"""Throughput of the whole pipeline on PDF pages, against pdfplumber's own extract_text.

Prints pages/s and chars/s for (a) pdfplumber ``extract_text`` on every page — the
baseline, measured in the same run on the same file — and (b) ``build_document``
(ingest, normalize, structure, every extractor, checks), with peak memory of each
(tracemalloc) and the ratio. A PDF of N copies of the sample report is generated
first (``--copies``), so the figures are for realistic pages.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def measure(fn: Callable[[], int]) -> tuple[float, int, int]:
    """(seconds, result, peak bytes): timed without tracing, peak from a second, traced call."""
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, result, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=5, help="sample reports in the test PDF")
    args = parser.parse_args(argv)

    import pdfplumber

    from pipeline.config import Settings
    from pipeline.run import build_document, warm_up
    from tests.pdfgen import make_report_pdf, seed_text_pages

    seed = (ROOT / "raw" / "seed.txt").read_text(encoding="utf-8")
    pages = seed_text_pages(seed) * args.copies
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "bench.pdf"
        make_report_pdf(pdf, pages)
        warm_up()

        def baseline() -> int:
            n = 0
            with pdfplumber.open(pdf) as doc:
                for page in doc.pages:
                    n += len(page.extract_text() or "")
            return n

        def pipeline() -> int:
            return len(build_document(pdf, Settings(isolate=False)).text)

        with pdfplumber.open(pdf) as doc:
            n_pages = len(doc.pages)
        base_s, base_chars, base_peak = measure(baseline)
        pipe_s, pipe_chars, pipe_peak = measure(pipeline)
    print(f"pages: {n_pages}")
    print(
        f"pdfplumber extract_text (baseline): {n_pages / base_s:8.1f} pages/s "
        f"{base_chars / base_s:10.0f} chars/s  peak {base_peak / 2**20:6.1f} MiB"
    )
    print(
        f"itis-extract build_document:        {n_pages / pipe_s:8.1f} pages/s "
        f"{pipe_chars / pipe_s:10.0f} chars/s  peak {pipe_peak / 2**20:6.1f} MiB"
    )
    print(f"ratio pipeline/baseline throughput: {base_s / pipe_s:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
