"""Hostile inputs: every one is handled (a document or a clear error), none crashes.

The corpus (``tests/hostile_corpus.py``) is generated into a temp folder once per
module and run as one real batch with worker isolation, the way users run it.
"""

from __future__ import annotations

import time
import tracemalloc
import zlib
from collections import Counter
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.errors import DecompressionBombError, TooLargeError, TooManyPagesError
from pipeline.guard import check_pdf_streams, inflated_size, stream_limit
from pipeline.ingest import ingest
from pipeline.run import RunReport, make_doc_id, run
from pipeline.validate import validate_folder
from tests import pdfgen
from tests.hostile_corpus import (
    HOSTILE_SETTINGS,
    HostileCase,
    build_corpus,
    classify,
    disk_usage,
    hostile_cases,
)

CASES = hostile_cases()
BY_NAME = {c.name: c for c in CASES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    return folder, build_corpus(folder, CASES)


@pytest.fixture(scope="module")
def batch(
    corpus: tuple[Path, list[Path]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[RunReport, float]:
    _, paths = corpus
    out = tmp_path_factory.mktemp("hostile-out") / "extracted"
    started = time.monotonic()
    report = run(paths, out, HOSTILE_SETTINGS)
    return report, time.monotonic() - started


def _outcome(report: RunReport, name: str) -> tuple[str, str]:
    for o in report.outcomes:
        if o.path.name == name:
            return ("ok" if o.error is None else o.error.code), (o.error.message if o.error else "")
    raise AssertionError(f"{name} was not processed")


@pytest.mark.parametrize(
    "case", CASES, ids=[c.name.encode("unicode_escape").decode() for c in CASES]
)
def test_each_hostile_input_is_handled(case: HostileCase, batch: tuple[RunReport, float]) -> None:
    report, _ = batch
    code, message = _outcome(report, case.name)
    assert code in case.expect, f"{case.name} ({case.what}): {code} {message}"
    assert classify(None if code == "ok" else code) != "crashed"
    if code != "ok":
        assert message and "\n" not in message and len(message) <= 500


def test_no_input_crashed_and_the_batch_finished(batch: tuple[RunReport, float]) -> None:
    report, _ = batch
    assert len(report.outcomes) == len(CASES)
    classes = Counter(classify(o.error.code if o.error else None) for o in report.outcomes)
    assert classes["crashed"] == 0, classes
    assert classes["ok"] >= 20 and classes["clear error"] >= 15


def test_hostile_batch_output_validates(batch: tuple[RunReport, float]) -> None:
    report, _ = batch
    folder = validate_folder(report.out_dir)
    bad = [(f.file, v.path, v.message) for f in folder.files for v in f.violations]
    assert folder.ok, bad[:10]
    assert not list(report.out_dir.rglob("*.tmp"))


def test_documents_stay_inside_the_output_folder(
    batch: tuple[RunReport, float], corpus: tuple[Path, list[Path]]
) -> None:
    report, _ = batch
    docs = (report.out_dir / "documents").resolve()
    written = {p.resolve() for p in report.out_dir.rglob("*") if p.is_file()}
    for o in report.succeeded:
        path = (docs / f"{o.doc_id}.json").resolve()
        assert path.parent == docs and path in written
        assert "/" not in o.doc_id and "\\" not in o.doc_id and ".." not in o.doc_id
        assert not o.doc_id.startswith(".")
        assert len(f".{o.doc_id}.json.xxxxxxxx.tmp".encode()) < 255
    # Shell metacharacters in names were never run: nothing called "pwned" appeared.
    folder, _ = corpus
    for where in (folder, folder.parent, report.out_dir, Path.cwd()):
        assert not (where / "pwned").exists()


def test_doc_ids_of_hostile_names_are_unique(batch: tuple[RunReport, float]) -> None:
    report, _ = batch
    ids = [o.doc_id for o in report.outcomes]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..", "document"),
        ("...txt", "txt"),
        (".bashrc", "bashrc"),
        ("a/../../b.txt", "b.txt"),
        ("報告 2023.pdf", "報告_2023.pdf"),
        ("$(rm -rf ~).txt", "rm_-rf_.txt"),
        ("x" * 300 + ".txt", "x" * 100),
        ("細" * 60 + ".txt", "細" * 33),
    ],
)
def test_make_doc_id_is_path_safe(name: str, expected: str) -> None:
    assert make_doc_id(name) == expected


def test_too_large_text_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    BY_NAME["too-large.txt"].make(big)
    assert big.stat().st_size > HOSTILE_SETTINGS.max_bytes * 100
    assert disk_usage(big) < 1024 * 1024  # sparse: reading it would be the bug
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="over the"):
            ingest(big, HOSTILE_SETTINGS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024


def test_thousands_of_pages_are_refused_quickly(corpus: tuple[Path, list[Path]]) -> None:
    path = corpus[0] / "many-pages.pdf"  # generated once, with the corpus
    tracemalloc.start()
    try:
        with pytest.raises(TooManyPagesError, match="3,000 pages"):
            ingest(path, HOSTILE_SETTINGS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024  # refused from the page count, pages never parsed


def test_decompression_bomb_is_measured_not_inflated(corpus: tuple[Path, list[Path]]) -> None:
    path = corpus[0] / "decompression-bomb.pdf"
    assert path.stat().st_size < 4 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(DecompressionBombError, match="decompression bomb"):
            check_pdf_streams(path, stream_limit(HOSTILE_SETTINGS.memory_mb))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024


def test_stream_guard_passes_real_pdfs(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    check_pdf_streams(root / "raw" / "seed.pdf", stream_limit(HOSTILE_SETTINGS.memory_mb))
    path = tmp_path / "table.pdf"
    pdfgen.make_table_pdf(path)
    check_pdf_streams(path, stream_limit(64))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"not zlib at all", 0),
        (zlib.compress(b"abc" * 1000), 3000),
        (b"stream\n" + zlib.compress(b"abc" * 1000) + b"\nendstream", 0),  # offset 0 is not zlib
    ],
)
def test_inflated_size(data: bytes, expected: int) -> None:
    assert inflated_size(data, 0, 1 << 20) == expected


def test_inflated_size_of_a_cut_stream_counts_what_inflates() -> None:
    data = bytes(range(256)) * 4000
    cut = zlib.compress(data)[: len(zlib.compress(data)) // 2]
    assert 0 < inflated_size(cut, 0, 1 << 30) < len(data)


def test_inflated_size_stops_at_the_limit() -> None:
    data = zlib.compress(b"\0" * (8 << 20))
    assert (1 << 20) < inflated_size(data, 0, 1 << 20) <= (2 << 20) + (1 << 20)


def test_hostile_corpus_cases_are_unique_and_described() -> None:
    assert len({c.name for c in CASES}) == len(CASES) >= 40
    assert all(c.what and c.expect for c in CASES)


def test_corpus_rebuilds_identically(tmp_path: Path) -> None:
    """Generated, not committed: two builds give the same bytes (the report is repeatable)."""
    small = [c for c in CASES if c.name.endswith(".txt") and "large" not in c.name][:12]
    a = build_corpus(tmp_path / "a", small)
    b = build_corpus(tmp_path / "b", small)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_an_input_path_through_dot_dot_is_named_by_its_file(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "report.txt").write_text("2023年市場為 181.2億美元。\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run([tmp_path / "in" / "sub" / ".." / "report.txt"], out, Settings(isolate=False))
    (outcome,) = report.outcomes
    assert outcome.ok and outcome.doc_id == "report.txt"
    assert (out / "documents" / "report.txt.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
