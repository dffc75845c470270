"""Batch runs: incremental reruns, removed inputs, warm workers and the Dask executor.

Every executor must write the same bytes: the tree of a run is compared with a
reference run, the DuckDB file excepted (rebuilt from the Parquet files each run).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import pipeline
import pipeline.run as run_module
from pipeline.cli import main
from pipeline.config import Settings
from pipeline.lexicon import LEXICON_DIR_ENV
from pipeline.run import FAULT_ENV, RunReport, run
from pipeline.validate import validate_folder
from tests.hostile_corpus import SMALL_REPORT

IN_PROCESS = Settings(isolate=False)


TABLE = "表 1 2023 年統計\n項目 數量\n自體 1\n異體 3\n總計 4\n資料來源：本研究整理（2024/01）\n"


def _inputs(folder: Path, n: int) -> Path:
    """``n`` small reports, each with a table (so tables/ has a CSV per report)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = SMALL_REPORT.replace("181.2", f"{181 + i}.2") + TABLE
        (folder / f"r{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".duckdb"
    }


def _skipped(report: RunReport) -> list[str]:
    return [o.path.name for o in report.outcomes if o.skipped]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Four reports and their output, written in process."""
    root = tmp_path_factory.mktemp("reference")
    src = _inputs(root / "in", 4)
    run([src], root / "out", IN_PROCESS)
    return src, root / "out"


# --------------------------------------------------------------------------- incremental


def test_a_rerun_skips_unchanged_documents_and_redoes_changed_ones(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "in", 3)
    out = tmp_path / "out"
    first = run([src], out, IN_PROCESS)
    assert _skipped(first) == []
    before = _tree(out)
    again = run([src], out, IN_PROCESS)
    assert _skipped(again) == ["r0.txt", "r1.txt", "r2.txt"]
    assert _tree(out) == before
    assert [o.counts for o in again.outcomes] == [o.counts for o in first.outcomes]

    (src / "r1.txt").write_text(SMALL_REPORT.replace("181.2", "999.9"), encoding="utf-8")
    changed = run([src], out, IN_PROCESS)
    assert _skipped(changed) == ["r0.txt", "r2.txt"]
    doc = json.loads((out / "documents" / "r1.txt.json").read_text(encoding="utf-8"))
    assert "999.9" in doc["text"]
    assert "999.9億美元" in set(pipeline.load_dataset(out)["quantities"]["text"])

    forced = run([src], out, Settings(isolate=False, force=True))
    assert _skipped(forced) == []
    fresh = tmp_path / "fresh"
    run([src], fresh, IN_PROCESS)
    assert _tree(out) == _tree(fresh)


def test_a_changed_lexicon_redoes_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run([src], out, IN_PROCESS)
    lexicon = tmp_path / "lexicon"
    shutil.copytree(Path(pipeline.__file__).parent / "lexicon", lexicon)
    with (lexicon / "domain_terms.yaml").open("a", encoding="utf-8") as f:
        f.write("# an analyst's edit\n")
    monkeypatch.setenv(LEXICON_DIR_ENV, str(lexicon))
    report = run([src], out, IN_PROCESS)
    assert _skipped(report) == []
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["lexicon_version"] == pipeline.lexicon.lexicon_version()
    assert set(pipeline.load_dataset(out)["quantities"]["lexicon_version"]) == {
        manifest["lexicon_version"]
    }


def test_documents_written_by_other_code_are_redone(tmp_path: Path) -> None:
    """A rerun into a folder another build of the package wrote (an edited rule, a
    checkout of another branch: same version number) redoes those documents."""
    src = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run([src], out, IN_PROCESS)
    state_file = out / ".state" / "r0.txt.json"
    state = json.loads(state_file.read_text(encoding="utf-8"))
    assert state["code_version"] == run_module.code_version()
    state["code_version"] = "000000000000"  # as another build of the package wrote it
    state_file.write_text(json.dumps(state), encoding="utf-8")
    assert _skipped(run([src], out, IN_PROCESS)) == ["r1.txt"]
    assert _skipped(run([src], out, IN_PROCESS)) == ["r0.txt", "r1.txt"]


def test_a_setting_that_shapes_documents_redoes_them(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run([src], out, IN_PROCESS)
    assert _skipped(run([src], out, Settings(isolate=False, workers=3, excel=True))) == [
        "r0.txt",
        "r1.txt",
    ]
    later = Settings(isolate=False, reference_date="2030-01-01")
    assert _skipped(run([src], out, later)) == []
    assert _skipped(run([src], out, later)) == ["r0.txt", "r1.txt"]


def test_removed_inputs_leave_the_dataset(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "in", 3)
    out = tmp_path / "out"
    run([src], out, IN_PROCESS)
    (src / "r1.txt").unlink()
    report = run([src], out, IN_PROCESS)
    assert _skipped(report) == ["r0.txt", "r2.txt"]
    assert sorted(p.name for p in (out / "documents").iterdir()) == ["r0.txt.json", "r2.txt.json"]
    tables = pipeline.load_dataset(out)
    assert set(tables["documents"]["doc_id"]) == {"r0.txt", "r2.txt"}
    assert "r1.txt" not in set(tables["quantities"]["doc_id"])
    assert sorted(p.name.split("__")[0] for p in (out / "tables").iterdir()) == ["r0.txt", "r2.txt"]
    fresh = tmp_path / "fresh"
    run([src], fresh, IN_PROCESS)
    assert _tree(out) == _tree(fresh)
    assert validate_folder(out).ok


def test_a_document_whose_state_was_lost_is_redone(tmp_path: Path) -> None:
    """Killed between the document and its state record: that document is redone, no more."""
    src = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run([src], out, IN_PROCESS)
    before = _tree(out)
    (out / ".state" / "r0.txt.json").unlink()
    (out / "dataset" / "quantities.parquet").unlink()  # a dataset cut short is rebuilt
    report = run([src], out, IN_PROCESS)
    assert _skipped(report) == ["r1.txt"]
    assert _tree(out) == before


# --------------------------------------------------------------------------- warm workers


def test_workers_are_warm_and_output_is_the_same_for_any_count(
    tmp_path: Path, reference: tuple[Path, Path]
) -> None:
    src, ref = reference
    one = tmp_path / "one"
    report = run([src], one, Settings(workers=1, timeout_s=60))
    assert len({o.worker for o in report.outcomes}) == 1  # one process took every document
    assert report.outcomes[0].worker is not None
    two = tmp_path / "two"
    report = run([src], two, Settings(workers=2, timeout_s=60))
    assert len({o.worker for o in report.outcomes}) == 2
    assert _tree(one) == _tree(two) == _tree(ref)


@pytest.mark.parametrize(
    ("sizes", "workers", "expected"),
    [
        ([10, 300, 20], 2, [1, 2, 0]),  # largest first
        ([10, 300, 20], 1, [0, 1, 2]),  # one worker: input order, nothing to balance
        ([50, 50, 70, 50], 3, [2, 0, 1, 3]),  # equal sizes keep input order
        ([5, None, 9], 2, [2, 0, 1]),  # a missing file counts as empty; its worker says why
        ([], 2, []),
    ],
)
def test_a_pool_takes_the_largest_inputs_first(
    tmp_path: Path, sizes: list[int | None], workers: int, expected: list[int]
) -> None:
    jobs = []
    for k, size in enumerate(sizes):
        path = tmp_path / f"r{k}.txt"
        if size is not None:
            path.write_bytes(b"x" * size)
        jobs.append((path, f"r{k}"))
    order = run_module.dispatch_order(jobs, workers)
    assert order == [jobs[k] for k in expected]


def test_documents_taken_largest_first_give_the_same_output(
    tmp_path: Path, reference: tuple[Path, Path]
) -> None:
    """A batch whose largest report comes last: two workers take it first, and the output
    is what one process writes taking the reports in input order."""
    src, _ = reference
    inputs = tmp_path / "in"
    shutil.copytree(src, inputs)
    (inputs / "z_long.txt").write_text(SMALL_REPORT * 4 + TABLE, encoding="utf-8")
    ref = tmp_path / "ref"
    run([inputs], ref, IN_PROCESS)
    out = tmp_path / "two"
    report = run([inputs], out, Settings(workers=2, timeout_s=60))
    assert [o.path.name for o in report.outcomes] == sorted(p.name for p in inputs.iterdir())
    assert _tree(out) == _tree(ref)


def test_a_worker_is_recycled_after_its_quota(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: tuple[Path, Path]
) -> None:
    src, ref = reference
    monkeypatch.setattr(run_module, "MAX_DOCS_PER_WORKER", 2)
    out = tmp_path / "out"
    report = run([src], out, Settings(workers=1, timeout_s=60))
    workers = [o.worker for o in report.outcomes]
    assert workers[0] == workers[1] != workers[2] == workers[3]
    assert _tree(out) == _tree(ref)


def test_a_worker_has_its_next_document_before_its_answer_is_read(
    tmp_path: Path, reference: tuple[Path, Path]
) -> None:
    """The pool hands a worker its next document as soon as it answers, before this
    process reads the answer (the values for the run's CSVs, the dataset writer's copy):
    while the first answer is being read here, the one worker writes the second document.
    (The wait is a guard, not a measure: it ends as soon as the file is there.)"""
    import time

    from pipeline.emit import document_path

    src, ref = reference
    out = tmp_path / "out"
    seen: list[bool] = []

    def on_done(outcome: run_module.Outcome) -> None:
        if seen:
            return
        second = document_path(out, "r1.txt")
        deadline = time.monotonic() + 120
        while not second.is_file() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(second.is_file())

    report = run([src], out, Settings(workers=1, timeout_s=300), on_done=on_done)
    assert seen == [True]
    assert [o.ok for o in report.outcomes] == [True] * 4
    assert _tree(out) == _tree(ref)


@pytest.mark.parametrize("fault", ["crash", "oom"])
def test_a_worker_that_breaks_a_limit_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    src = _inputs(tmp_path / "in", 4)
    monkeypatch.setenv(FAULT_ENV, f"{fault}:r1")
    report = run([src], tmp_path / "out", Settings(workers=1, timeout_s=30, memory_mb=200))
    assert [o.ok for o in report.outcomes] == [True, False, True, True]
    workers = [o.worker for o in report.outcomes]
    assert workers[2] == workers[3] and workers[2] != workers[0]  # a fresh worker took over


# --------------------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def dask_cluster() -> object:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    )  # ":0", not None: None still binds 8787 and warns when a concurrent cluster holds it
    try:
        yield cluster
    finally:
        cluster.close()


def test_dask_executor_writes_what_the_local_executor_writes(
    tmp_path: Path, reference: tuple[Path, Path], dask_cluster: object
) -> None:
    src, ref = reference
    address = dask_cluster.scheduler_address  # type: ignore[attr-defined]
    out = tmp_path / "dask"
    report = run([src], out, Settings(executor="dask", scheduler=address))
    assert all(o.ok and not o.skipped for o in report.outcomes)
    assert _tree(out) == _tree(ref)
    cli_out = tmp_path / "cli"
    argv = ["run", str(src), "--out", str(cli_out), "-q", "--executor", "dask"]
    assert main([*argv, "--scheduler", address]) == 0
    assert _tree(cli_out) == _tree(ref)


def test_a_run_killed_while_swapping_the_dataset_in_is_repaired(tmp_path: Path) -> None:
    """Killed between the two renames of the dataset swap: staging folders are left and
    ``dataset/`` is missing; the next run removes the former and rebuilds the latter."""
    src = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run([src], out, IN_PROCESS)
    before = _tree(out)
    staged = out / ".dataset.k1ll3d.tmp"
    staged.mkdir()
    (staged / "quantities.parquet").write_bytes(b"PAR1 half")
    shutil.move(out / "dataset", out / ".dataset.old.k1ll3d.tmp")
    report = run([src], out, IN_PROCESS)
    assert _skipped(report) == ["r0.txt", "r1.txt"]
    assert not list(out.glob(".dataset.*"))
    assert _tree(out) == before
    assert (out / "dataset" / "facts.duckdb").is_file()


def test_scheduler_needs_the_dask_executor(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "in", 1)
    argv = ["run", str(src), "--out", str(tmp_path / "out"), "-q", "--scheduler", "tcp://x:1"]
    assert main(argv) == 2
    assert not (tmp_path / "out").exists()


_B1 = (10.0, 20.0, 15.5, 32.25)
_B2 = (16.0, 19.5, 21.0, 31.0)
_B3 = (40.125, 100.0, 44.0, 112.0)


@pytest.mark.parametrize(
    ("boxes", "start", "end", "expected"),
    [
        ([_B1, _B2, None, _B3], 0, 2, (10.0, 19.5, 21.0, 32.25)),
        ([_B1, _B2, None, _B3], 1, 4, (16.0, 19.5, 44.0, 112.0)),
        ([_B1, None, None, _B3], 1, 3, None),  # only characters without a box
        ([_B1, _B2], 1, 9, _B2),  # a span running past the end keeps what is there
        ([], 0, 3, None),
        ([_B3, _B3, _B3], 0, 3, _B3),  # a glyph of several characters repeats its box
    ],
)
def test_char_boxes_union(
    boxes: list[tuple[float, float, float, float] | None],
    start: int,
    end: int,
    expected: tuple[float, float, float, float] | None,
) -> None:
    """The compact per-character box store gives the union a list of box tuples gave."""
    store = run_module.CharBoxes(boxes)
    assert len(store) == len(boxes)
    assert store.union(start, end) == expected


def test_a_built_document_keeps_no_token_layer(tmp_path: Path) -> None:
    """The token layer serves the text stages only; a built document no longer holds it
    (stable ids and the JSON, where a long document's memory peaks, come after)."""
    src = tmp_path / "report.txt"
    src.write_text(SMALL_REPORT, encoding="utf-8")
    built = run_module.build(src, Settings(isolate=False))
    assert built.tokens is None
    assert built.document.facts.quantities  # the stages did read the layer


# --------------------------------------------------------------------------- the collector


class _Node:
    """A record in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.mark.parametrize("enabled", [True, False])
def test_a_document_is_built_without_automatic_collection_and_its_cycles_go_after(
    enabled: bool,
) -> None:
    import gc
    import weakref

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with run_module.document_collection():
            assert not gc.isenabled()  # no pass walks the document's live records
            node = _Node()
            gone = weakref.ref(node)
            del node
            assert gone() is not None  # cyclic garbage waits for the document's end
        assert gone() is None  # one pass after the document collects it
        assert gc.isenabled() is enabled  # the caller's setting is back
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("isolate", [False, True])
def test_a_run_freezes_its_warm_state_and_leaves_nothing_frozen(
    tmp_path: Path, isolate: bool
) -> None:
    """Warm-up (workers) or the first document (in process) puts the loaded lexicons out
    of the collector's walks for the later documents; after the run the caller's process
    has nothing frozen, so what the run loaded can be collected once it is let go."""
    import gc

    gc.unfreeze()
    src = _inputs(tmp_path / "in", 3)
    seen: list[int] = []
    settings = Settings(isolate=isolate, workers=1, timeout_s=60)
    run([src], tmp_path / "out", settings, on_done=lambda o: seen.append(gc.get_freeze_count()))
    assert len(seen) == 3
    assert all(count > 0 for count in seen)  # in process: from the first one's end
    assert gc.get_freeze_count() == 0


def test_a_frozen_caller_keeps_its_frozen_state(tmp_path: Path) -> None:
    import gc

    def frozen(obj: object) -> bool:  # the collector's generations list all but frozen ones
        return not any(o is obj for o in gc.get_objects())

    gc.unfreeze()
    mine = _Node()
    gc.freeze()
    try:
        assert frozen(mine)
        run([_inputs(tmp_path / "in", 2)], tmp_path / "out", IN_PROCESS)
        assert frozen(mine)  # not unfrozen behind the caller's back
    finally:
        gc.unfreeze()
    assert not frozen(mine)


def test_a_pool_rerun_with_kept_and_new_documents_equals_a_fresh_run(tmp_path: Path) -> None:
    """The parent reads each document back as it is finished (kept ones as they are
    found unchanged): the CSVs hold every document, as in a fresh run, for any -j."""
    src = _inputs(tmp_path / "in", 4)
    out = tmp_path / "out"
    run([src], out, Settings(workers=2, timeout_s=60))
    (src / "r2.txt").write_text(SMALL_REPORT.replace("181.2", "777.7"), encoding="utf-8")
    again = run([src], out, Settings(workers=2, timeout_s=60))
    assert _skipped(again) == ["r0.txt", "r1.txt", "r3.txt"]
    fresh = tmp_path / "fresh"
    run([src], fresh, Settings(workers=1, timeout_s=60))
    assert _tree(out) == _tree(fresh)
    assert "777.7億美元" in set(pipeline.load_dataset(out)["quantities"]["text"])


# --------------------------------------------------------------------------- glyph boxes


@pytest.mark.parametrize(
    "boxes",
    [
        [],
        [(1.0, 2.0, 3.0, 4.0)],
        [(1.0, 2.0, 3.0, 4.0), None, (5.5, 6.5, 7.5, 8.5)],
        [None, None],
    ],
)
def test_char_boxes_column_is_each_boxs_side(
    boxes: list[tuple[float, float, float, float] | None],
) -> None:
    import math

    store = run_module.CharBoxes(boxes)
    for k in range(4):
        for start in range(len(boxes) + 1):
            for end in range(start, len(boxes) + 1):
                got = list(store.column(k, start, end))
                want = [math.nan if b is None else b[k] for b in boxes[start:end]]
                assert len(got) == len(want)
                assert all(g == w or (g != g and w != w) for g, w in zip(got, want, strict=True))
