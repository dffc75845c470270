"""Worker isolation, limits and atomic output: one document's hang, crash or memory
blow-up is recorded and the batch goes on; a kill -9 leaves only whole files and a
rerun completes the batch byte for byte.

Misbehaving workers come from the documented fault hook ``$ITIS_EXTRACT_FAULT``
(``pipeline.run.FAULT_ENV``), read only inside worker processes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.config import Settings
from pipeline.emit import atomic_write_bytes, document_path, safe_child
from pipeline.run import FAULT_ENV, RunReport, build_document, process_one, run
from pipeline.validate import validate_folder
from tests.hostile_corpus import SMALL_REPORT

FAST = Settings(timeout_s=30.0, memory_mb=1024, workers=2)
EXE = Path(sys.executable).parent / "itis-extract"


def _inputs(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        p = folder / name
        p.write_text(SMALL_REPORT.replace("181.2", f"{181 + i}.2"), encoding="utf-8")
        paths.append(p)
    return paths


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the DuckDB file (rebuilt each run, not byte-identical)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".duckdb"
    }


def _errors(out: Path) -> list[dict[str, object]]:
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _by_name(report: RunReport) -> dict[str, tuple[str, str]]:
    return {
        o.path.name: ("ok", "") if o.error is None else (o.error.code, o.error.message)
        for o in report.outcomes
    }


@pytest.mark.parametrize(
    ("fault", "settings", "code", "reason"),
    [
        ("hang", Settings(timeout_s=1.5, workers=2), "E301", "took longer than 1.5s"),
        ("crash", FAST, "E303", "SIGSEGV"),
        ("exit", FAST, "E303", "exited with code 3"),
        ("oom", Settings(timeout_s=30.0, memory_mb=200, workers=2), "E302", "out of memory"),
        ("raise", FAST, "E900", "fault injected"),
    ],
)
def test_a_misbehaving_worker_is_recorded_and_the_batch_goes_on(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
    settings: Settings,
    code: str,
    reason: str,
) -> None:
    paths = _inputs(tmp_path / "in", ["a.txt", "bad-one.txt", "c.txt"])
    monkeypatch.setenv(FAULT_ENV, f"{fault}:bad-one")
    out = tmp_path / "out"
    report = run(paths, out, settings)
    outcomes = _by_name(report)
    assert outcomes["a.txt"] == ("ok", "") and outcomes["c.txt"] == ("ok", "")
    got_code, message = outcomes["bad-one.txt"]
    assert got_code == code and reason in message
    errors = _errors(out)
    assert [(e["path"], e["code"]) for e in errors] == [("bad-one.txt", code)]
    assert errors[0]["stage"] in ("worker", "extract")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [i["status"] for i in manifest["inputs"]] == ["ok", "error", "ok"]
    assert not (out / "documents" / "bad-one.txt.json").exists()
    assert validate_folder(out).ok


def test_a_bad_fact_is_dropped_and_reported_not_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _inputs(tmp_path / "in", ["a.txt", "bad-fact.txt"])
    monkeypatch.setenv(FAULT_ENV, "badfact:bad-fact")
    out = tmp_path / "out"
    report = run(paths, out, FAST)
    assert all(o.ok for o in report.outcomes)
    errors = _errors(out)
    dropped = [e for e in errors if e["code"] == "E201"]
    assert len(dropped) == 1
    first = build_document(paths[1], Settings(isolate=False)).facts.quantities[0].id
    assert first.startswith("q-")  # a stable id (pipeline.dataset.ids), not a list position
    assert dropped[0]["fact_id"] == first
    assert dropped[0]["schema_path"] == "$.facts.quantities[0].text"
    assert dropped[0]["doc_id"] == "bad-fact.txt" and dropped[0]["stage"] == "validate"
    # Checks computed from the dropped quantity go too, each reported with its reason.
    assert all(e["code"] in ("E201", "E202") for e in errors)
    doc = json.loads((out / "documents" / "bad-fact.txt.json").read_text(encoding="utf-8"))
    assert first not in {q["id"] for q in doc["facts"]["quantities"]}
    assert doc["facts"]["quantities"], "the other facts are kept"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["dropped_records"] == len(errors)
    assert manifest["counts"]["errors"] == 0
    assert validate_folder(out).ok


def test_timeout_kills_only_the_slow_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _inputs(tmp_path / "in", [f"doc{i}.txt" for i in range(4)] + ["slow.txt"])
    monkeypatch.setenv(FAULT_ENV, "hang:slow")
    # The hang never ends by itself: the run returning at all means the limit stopped it.
    report = run(paths, tmp_path / "out", Settings(timeout_s=2.0, workers=2))
    assert [o.ok for o in report.outcomes] == [True, True, True, True, False]
    slow = report.outcomes[-1]
    assert slow.error is not None and slow.error.code == "E301"
    assert "took longer than 2" in slow.error.message


def test_the_fault_hook_is_inert_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook is read by workers only: an in-process run (``--no-isolate``) ignores it."""
    paths = _inputs(tmp_path / "in", ["a.txt"])
    monkeypatch.setenv(FAULT_ENV, "crash")
    report = run(paths, tmp_path / "out", Settings(isolate=False))
    assert report.outcomes[0].ok


# --------------------------------------------------------------------------- atomic output


def test_atomic_write_killed_midway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    target.write_bytes(b'{"old": true}\n')
    # A slow disk: the data is in the temp file, fsync never returns, then kill -9.
    code = (
        "import os, sys, time; from pathlib import Path;"
        "os.fsync = lambda fd: time.sleep(120);"
        "from pipeline.emit import atomic_write_bytes;"
        "atomic_write_bytes(Path(sys.argv[1]), b'{\"new\": ' + b'1' * (1 << 20) + b'}')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(target)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait until the temp file holds the data
            tmps = list(tmp_path.glob(".data.json.*.tmp"))
            if tmps and tmps[0].stat().st_size > (1 << 20):
                break
            time.sleep(0.02)
        else:
            pytest.fail("the writer never started")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert target.read_bytes() == b'{"old": true}\n'  # never half a file under the real name
    assert len(list(tmp_path.glob(".data.json.*.tmp"))) == 1  # the next run removes it


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "x.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["x.json"]


@pytest.mark.parametrize(
    "doc_id", ["../../escape", "../../../etc/passwd", "/abs/path", "a/../../../b"]
)
def test_doc_ids_can_never_escape_the_output_folder(tmp_path: Path, doc_id: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(ValueError, match="outside the output folder"):
        document_path(out, doc_id)
    with pytest.raises(ValueError, match="outside"):
        safe_child(out, "..", "x.csv")
    src = _inputs(tmp_path / "in", ["a.txt"])[0]
    outcome = process_one(src, doc_id, out, Settings(isolate=False))
    assert not outcome.ok and outcome.error is not None
    assert "outside the output folder" in outcome.error.message
    assert list(tmp_path.rglob("*.json")) == []


def _group_alive(pgid: int) -> list[int]:
    """Pids of live (not zombie) processes in process group ``pgid``."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


@pytest.fixture
def batch_inputs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "in"
    _inputs(folder, [f"report-{i:02d}.txt" for i in range(16)] + ["zz-last.txt"])
    yield folder


def test_kill_9_mid_batch_then_rerun_completes_byte_identical(
    tmp_path: Path, batch_inputs: Path
) -> None:
    reference = tmp_path / "reference"
    assert main(["run", str(batch_inputs), "--out", str(reference), "-q", "--no-isolate"]) == 0

    out = tmp_path / "out"
    env = {**os.environ, FAULT_ENV: "hang:zz-last"}  # the batch cannot finish before the kill
    proc = subprocess.Popen(
        [
            str(EXE),
            "run",
            str(batch_inputs),
            "--out",
            str(out),
            "-q",
            "-j",
            "2",
            "--timeout",
            "120",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if len(list((out / "documents").glob("*.json"))) >= 16 or proc.poll() is not None:
                break
            time.sleep(0.05)
        done = len(list((out / "documents").glob("*.json")))
        assert proc.poll() is None, "the batch ended before it could be interrupted"
        assert done >= 16, f"only {done} documents after 90s: {_group_alive(proc.pid)}"
        os.kill(proc.pid, signal.SIGKILL)  # the batch process only, not its group
        proc.wait()
        deadline = time.monotonic() + 10
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group_alive(proc.pid) == [], "workers outlived the killed batch"
    finally:
        if proc.poll() is None:
            proc.kill()
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)

    # What the kill left: whole documents only, no manifest, nothing half written.
    assert not (out / "manifest.json").exists()
    for doc in (out / "documents").glob("*.json"):
        json.loads(doc.read_text(encoding="utf-8"))
    (out / "documents" / ".report-00.txt.json.k1ll3d.tmp").write_text('{"half":')  # as if cut

    rerun = run([batch_inputs], out, Settings(workers=2))
    assert all(o.ok for o in rerun.outcomes)
    # Resumed, not redone: documents finished before the kill (with their state) are kept.
    assert sum(o.skipped for o in rerun.outcomes) >= done - 1
    assert not rerun.outcomes[-1].skipped
    assert _tree(out) == _tree(reference)
    assert not list(out.rglob("*.tmp"))
    assert validate_folder(out).ok


def test_failed_rerun_removes_the_stale_document(tmp_path: Path) -> None:
    """A file that worked before and fails now must not leave its old document behind."""
    src = _inputs(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    run(src, out, Settings(isolate=False))
    assert (out / "documents" / "b.txt.json").exists()
    src[1].write_bytes(b"")
    report = run(src, out, Settings(isolate=False))
    assert [o.ok for o in report.outcomes] == [True, False]
    assert not (out / "documents" / "b.txt.json").exists()
    assert validate_folder(out).ok
