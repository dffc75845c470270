"""End to end through the command line: outputs, determinism, errors, exit codes."""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.conftest import RAW, ROOT


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the DuckDB file (rebuilt each run, not byte-identical)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".duckdb"
    }


def test_run_writes_every_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "-q"]) == 0
    docs = sorted(p.name for p in (out / "documents").glob("*.json"))
    assert "seed.txt.json" in docs
    for name in (
        "quantities.csv",
        "dates.csv",
        "products.csv",
        "organizations.csv",
        "tables.csv",
        "figures.csv",
        "checks.csv",
        "manifest.json",
        "errors.jsonl",
    ):
        assert (out / name).exists(), name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["errors"] == 0
    assert {i["status"] for i in manifest["inputs"]} == {"ok"}
    doc = json.loads((out / "documents" / "seed.txt.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == manifest["schema_version"]
    assert set(doc["facts"]) >= {
        "quantities",
        "dates",
        "products",
        "organizations",
        "regulations",
        "abbreviations",
        "tables",
        "figures",
    }
    assert not list(out.rglob("*.tmp"))


def test_rerun_is_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["run", str(RAW), "--out", str(a), "-q", "-j", "1"]) == 0
    assert main(["run", str(RAW), "--out", str(b), "-q", "-j", "2"]) == 0
    assert _tree(a) == _tree(b)
    assert main(["run", str(RAW), "--out", str(a), "-q"]) == 0  # over its own output
    assert _tree(a) == _tree(b)


def test_output_is_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    """String hashing, and so a set's iteration order, changes from process to process
    (``PYTHONHASHSEED``); no fact may depend on it. The seed report, its PDF, the real-text
    dev set and a text of sentences where a set's order once decided a name, each run in
    two processes with different seeds, give the same bytes."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for p in sorted(RAW.iterdir()):
        shutil.copy(p, inputs / p.name)
    for p in sorted((ROOT / "tests" / "corpus" / "real" / "dev").glob("*.txt")):
        shutil.copy(p, inputs / p.name)
    (inputs / "set_order.txt").write_text(
        "全球 AI 資料中心（AIDC）需求旺盛，AIDC 建設加快。\n", encoding="utf-8"
    )
    trees = []
    for seed in ("1", "3"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out)]
        subprocess.run([*cmd, "-q", "-j", "1"], check=True, env=env, capture_output=True)
        trees.append(_tree(out))
    assert len(trees[0]) > 100
    differ = sorted(
        k for k in trees[0].keys() | trees[1].keys() if trees[0].get(k) != trees[1].get(k)
    )
    assert not differ


def test_committed_extracted_folder_is_current(tmp_path: Path) -> None:
    out = tmp_path / "extracted"
    assert main(["run", str(RAW), "--out", str(out), "-q"]) == 0
    committed = ROOT / "extracted"
    cmp = filecmp.dircmp(committed, out)
    assert _tree(committed) == _tree(out), (
        f"extracted/ is stale (run `make golden`): {cmp.diff_files} {cmp.left_only}"
    )


def test_bad_file_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(RAW / "seed.txt", inputs / "good.txt")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "-q"]) == 0
    errors = [
        json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(e["path"] for e in errors) == ["broken.pdf", "empty.txt"]
    assert all(e["code"].startswith("E1") and e["message"] for e in errors)
    assert (out / "documents" / "good.txt.json").exists()


def test_exit_code_non_zero_only_when_every_input_failed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["run", str(bad), "--out", str(tmp_path / "o"), "-q"]) == 1
    assert main(["run", str(tmp_path / "missing-dir"), "--out", str(tmp_path / "o2"), "-q"]) == 2


def test_console_script_and_module_entry_point(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "itis-extract"
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(exe), "run", str(RAW / "seed.txt"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "seed.txt → seed.txt" in proc.stdout
    # the command ends without the interpreter's teardown: its last line is still out, and
    # the writer child (which ends the same way) left the whole dataset
    assert proc.stdout.rstrip().endswith(f"1 document(s) extracted, 0 failed → {out}")
    assert (out / "dataset" / "documents.parquet").is_file()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    proc = subprocess.run(
        [str(exe), "run", str(bad), "--out", str(tmp_path / "bad_out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "0 document(s) extracted, 1 failed" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "validate", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("code", [0, 1, 3])
def test_a_process_ended_without_teardown_runs_its_exit_handlers_and_flushes(
    code: int,
) -> None:
    """``exit_now`` skips freeing the heap, not what a normal exit does for the user."""
    script = (
        "import atexit, sys\n"
        "from pipeline.shutdown import exit_now\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "print('first', end=' ')\n"
        "sys.stderr.write('to stderr')\n"
        f"exit_now({code})\n"
        "print('never')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout, proc.stderr) == (code, "first handler ran\n", "to stderr")


def test_a_process_with_a_thread_at_work_gets_the_normal_exit() -> None:
    """A thread that is not a daemon is waited for, as a normal exit does."""
    script = (
        "import threading, time\n"
        "from pipeline.shutdown import exit_now\n"
        "def late():\n"
        "    time.sleep(0.3)\n"
        "    print('thread done', flush=True)\n"
        "threading.Thread(target=late).start()\n"
        "exit_now(4)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (4, "thread done\n")


def test_file_names_are_printed_literally(tmp_path: Path, capsys: object) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(RAW / "seed.txt", inputs / "[red]報告 $(x).txt")
    (inputs / "[bold]empty.txt").write_bytes(b"")
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--no-isolate"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "[red]報告 $(x).txt" in out
    assert "[bold]empty.txt" in out


def test_pages_without_a_text_layer_are_told(tmp_path: Path, capsys: object) -> None:
    """A filing whose statements were uploaded scanned goes through, and the user is told
    how many pages had no text to read (no table there means no text, not no table)."""
    from tests.pdfgen import make_image_only_pdf

    inputs = tmp_path / "in"
    inputs.mkdir()
    make_image_only_pdf(inputs / "partly.pdf", text_page="附註：本公司營收為新台幣3億元。")
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--no-isolate"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "(2 pages, " in out
    assert "1 without a text layer" in out


@pytest.mark.parametrize(
    ("file", "line", "told"),
    [
        ("companies.yaml", "- {name: 星河醫材, countri: TW}\n", "companies.yaml at "),
        ("products.yaml", "- {name: 樂脈安, company: [星河\n", "products.yaml is not valid YAML"),
    ],
)
def test_a_broken_lexicon_edit_is_one_clear_error(
    tmp_path: Path, file: str, line: str, told: str
) -> None:
    """An analyst's line that breaks a lexicon (a misspelt key, an unclosed bracket) stops
    every command with one line naming the file and the lexicon folder, exit code 2, not
    a traceback."""
    from pipeline.lexicon import LEXICON_DIR_ENV

    lexicon = tmp_path / "lexicon"
    shutil.copytree(ROOT / "pipeline" / "lexicon", lexicon)
    with (lexicon / file).open("a", encoding="utf-8") as f:
        f.write(line)
    env = {**os.environ, LEXICON_DIR_ENV: str(lexicon)}
    cmd = [sys.executable, "-m", "pipeline", "run", str(RAW / "seed.txt")]
    proc = subprocess.run(
        [*cmd, "--out", str(tmp_path / "out")], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert told in proc.stdout
    assert f"(lexicons in {lexicon})" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["validate", str(ROOT / "extracted"), "--json"],
        ["eval", "--gold", str(ROOT / "tests" / "gold"), str(RAW / "seed.txt"), "--json"],
    ],
)
def test_a_reader_that_goes_away_gets_no_traceback(args: list[str]) -> None:
    """`--json | head`: the reader closes the pipe before the JSON is written; the command
    ends with exit code 1 and says nothing on stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # no reader left: the first write fails
    _, err = proc.communicate(timeout=600)
    assert b"Traceback" not in err, err.decode("utf-8", "replace")
    assert proc.returncode == 1


@pytest.mark.parametrize(
    ("option", "default", "help_says"),
    [
        ("out", Path("extracted"), "(default: extracted)"),
        ("timeout", 300.0, "(default: 300)"),
        ("memory_mb", 3072, "(default: 3072)"),
        ("max_bytes", 64 * 1024 * 1024, "(default: 64 MiB)"),
        ("max_pages", 2000, "(default: 2000)"),
    ],
)
def test_run_defaults_are_the_ones_its_help_and_the_readme_state(
    option: str,
    default: object,
    help_says: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.cli import build_parser

    parser = build_parser()
    assert getattr(parser.parse_args(["run", "raw/"]), option) == default
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--help"])
    flag = f"--{option.replace('_', '-')}"
    text = " ".join(capsys.readouterr().out.split())
    assert re.search(re.escape(flag) + r" [A-Z_]+ [^-]*?" + re.escape(help_says), text), text
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "default 300 s and 3072 MiB" in readme and "default 64 MiB and 2000 pages" in readme


@pytest.mark.parametrize(
    ("args", "accepted"),
    [
        (["--reference-date", "2024-01-15"], True),
        (["--reference-date", "2024-02-29"], True),
        (["--reference-date", "2024-06"], True),
        (["--reference-date", "2024"], True),
        (["--reference-date", "2024-13-01"], False),
        (["--reference-date", "2023-02-29"], False),
        (["--reference-date", "2024/01/15"], False),
        (["--reference-date", "去年"], False),
        (["--min-confidence", "0.8"], True),
        (["--min-confidence", "1"], True),
        (["--min-confidence", "1.5"], False),
        (["--min-confidence", "-0.1"], False),
        (["--timeout", "0.5"], True),
        (["--timeout", "0"], False),
    ],
)
def test_run_refuses_an_option_value_it_cannot_use_with_exit_code_2(
    tmp_path: Path, args: list[str], accepted: bool
) -> None:
    """An unreadable reference date used to resolve no 今年 without a word, and an
    out-of-range confidence or time limit ended in a traceback."""
    from pipeline.cli import build_parser
    from pipeline.config import Settings, valid_reference_date

    argv = ["run", str(RAW / "seed.txt"), "--out", str(tmp_path / "o"), *args]
    if accepted:
        build_parser().parse_args(argv)
    else:
        with pytest.raises(SystemExit) as exc:
            build_parser().parse_args(argv)
        assert exc.value.code == 2
    if args[0] == "--reference-date":
        assert valid_reference_date(args[1]) is accepted
        if not accepted:
            with pytest.raises(ValueError, match="reference_date"):
                Settings(reference_date=args[1])


def test_a_reference_date_resolves_this_year_in_a_text_without_a_date(tmp_path: Path) -> None:
    report = tmp_path / "rel.txt"
    report.write_text("今年營收成長5%，去年為3%。\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["run", str(report), "--out", str(out), "--reference-date", "2020-05", "-q"]) == 0
    doc = json.loads((out / "documents" / "rel.txt.json").read_text(encoding="utf-8"))
    assert [(d["text"], d["iso"]) for d in doc["facts"]["dates"]] == [
        ("今年", "2020"),
        ("去年", "2019"),
    ]


def test_a_named_input_that_does_not_exist_fails_the_run_but_not_the_others(
    tmp_path: Path,
) -> None:
    out = tmp_path / "o"
    code = main(["run", str(RAW / "seed.txt"), str(tmp_path / "typo.pdf"), "--out", str(out), "-q"])
    assert code == 1
    assert (out / "documents" / "seed.txt.json").exists()
