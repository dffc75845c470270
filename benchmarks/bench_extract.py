"""Throughput of the quantity stage against plain ``jieba.lcut`` on the same text.

The sample report goes through the pipeline once; its canonical text (with its
pages, blocks, sentences and date facts, offsets shifted) is then repeated until
the text is ``--mb`` megabytes of UTF-8. On that one document, in the same run:

* ``jieba.lcut(text)``: the baseline (dictionary loaded before timing);
* ``find_quantities``: the matching alone (master regex and look-arounds);
* ``token_layer``: the document's one segmentation, which every text stage reads
  (the segmenter remembers the runs it has cut, and a repeated text repeats its runs);
* ``extract_quantities``: the whole stage (facts, year links, forecast, subjects) on
  that token layer, as the pipeline runs it.

Times are the best of ``--repeat`` runs without tracing; peak memory is a separate
traced run (tracemalloc slows Python down, so it never shares a run with a timing).
The target: the quantity stage at least as fast as jieba on the same text.
``--check`` turns that target into the exit status.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.models import Block, CharSpan, DateFact, Document, Page, Sentence  # noqa: E402


def repeated_document(
    doc: Document, dates: list[DateFact], target_bytes: int
) -> tuple[Document, list[DateFact]]:
    """``doc`` repeated (joined by a newline) until its text reaches ``target_bytes`` of UTF-8."""
    unit = doc.text + "\n"
    copies = max(1, -(-target_bytes // len(unit.encode("utf-8"))))
    step = len(unit)
    pages: list[Page] = []
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    out_dates: list[DateFact] = []
    for k in range(copies):
        off = k * step
        page_base = k * len(doc.pages)
        for p in doc.pages:
            pages.append(
                p.model_copy(
                    update={
                        "number": p.number + page_base,
                        "start": p.start + off,
                        "end": p.end + off,
                    }
                )
            )
        block_base = k * len(doc.blocks)
        for b in doc.blocks:
            blocks.append(
                b.model_copy(
                    update={"start": b.start + off, "end": b.end + off, "page": b.page + page_base}
                )
            )
        for s in doc.sentences:
            sentences.append(
                s.model_copy(
                    update={
                        "start": s.start + off,
                        "end": s.end + off,
                        "block": s.block + block_base,
                    }
                )
            )
        for d in dates:
            out_dates.append(
                d.model_copy(
                    update={
                        "id": f"d{len(out_dates) + 1}",
                        "span": CharSpan(start=d.span.start + off, end=d.span.end + off),
                        "page": d.page + page_base,
                    }
                )
            )
    big = doc.model_copy(
        update={"text": unit * copies, "pages": pages, "blocks": blocks, "sentences": sentences}
    )
    return big, out_dates


def best_time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def peak_memory(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="repeated text size (UTF-8 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs each (best wins)")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 unless the stage is at least as fast as jieba"
    )
    args = parser.parse_args(argv)

    import jieba

    from pipeline.config import Settings
    from pipeline.extract.quantities import extract_quantities, find_quantities
    from pipeline.run import build_document
    from pipeline.segment import token_layer

    jieba.setLogLevel(60)
    seed = build_document(ROOT / "raw" / "seed.txt", Settings(isolate=False))
    doc, dates = repeated_document(seed, list(seed.facts.dates), int(args.mb * 1_000_000))
    text = doc.text
    skip = [(d.span.start, d.span.end) for d in dates]

    # Warm every cache (dictionaries, lexicons, compiled regexes, segmenter) before timing.
    jieba.initialize()
    jieba.lcut(seed.text)
    extract_quantities(seed, list(seed.facts.dates))

    tokens = token_layer(text)
    contenders: list[tuple[str, Callable[[], object]]] = [
        ("jieba.lcut", lambda: jieba.lcut(text)),
        ("token_layer", lambda: token_layer(text)),
        ("find_quantities", lambda: find_quantities(text, skip)),
        ("extract_quantities", lambda: extract_quantities(doc, dates, tokens=tokens)),
    ]
    n_chars = len(text)
    n_bytes = len(text.encode("utf-8"))
    found = len(extract_quantities(doc, dates, tokens=tokens))
    print(f"text: {n_chars:,} chars ({n_bytes / 1e6:.2f} MB UTF-8), {found:,} quantities")
    print(f"{'contender':<20}{'seconds':>10}{'chars/s':>14}{'peak MB':>10}{'vs jieba':>10}")
    results: dict[str, float] = {}
    for name, fn in contenders:
        seconds = best_time(fn, args.repeat)
        peak = peak_memory(fn)
        results[name] = seconds
        ratio = results["jieba.lcut"] / seconds
        rate = n_chars / seconds
        print(f"{name:<20}{seconds:>10.3f}{rate:>14,.0f}{peak / 1e6:>10.1f}{ratio:>9.1f}x")
    stage = results["extract_quantities"]
    ok = stage <= results["jieba.lcut"]
    print(
        f"quantity stage is {results['jieba.lcut'] / stage:.1f}x jieba's throughput: "
        f"{'target met' if ok else 'TARGET MISSED'}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
