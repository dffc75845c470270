"""The bench's setup step (benchmarks/bench_targets.py); the timings themselves are not tested."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bench_targets import compile_sources


def _package(root: Path) -> Path:
    pkg = root / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "sub" / "mod.py").write_text("VALUE = 1\n", encoding="utf-8")
    return pkg


def test_compile_sources_writes_bytecode_for_every_module(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    assert compile_sources(pkg)
    for src in ("__init__.py", "sub/__init__.py", "sub/mod.py"):
        assert Path(importlib.util.cache_from_source(str(pkg / src))).is_file(), src


def test_compiled_bytecode_is_read_under_dont_write_bytecode(tmp_path: Path) -> None:
    """The reason for the step: with PYTHONDONTWRITEBYTECODE an import never writes
    bytecode, but it reads what compileall wrote."""
    pkg = _package(tmp_path)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(tmp_path)}
    value = [sys.executable, "-c", "import pkg.sub.mod as m; print(m.VALUE)"]
    subprocess.run(value, env=env, check=True, capture_output=True)
    cached = Path(importlib.util.cache_from_source(str(pkg / "sub" / "mod.py")))
    assert not cached.exists()  # the import compiled the module and kept nothing
    assert compile_sources(pkg)
    assert cached.is_file()
    # Same size and time, other text: only an import that reads the bytecode sees 1.
    src = pkg / "sub" / "mod.py"
    st = src.stat()
    src.write_text("VALUE = 9\n", encoding="utf-8")
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    out = subprocess.run(value, env=env, check=True, capture_output=True, text=True).stdout
    assert out.strip() == "1"


@pytest.mark.parametrize("edit", ["VALUE = 2\n", "VALUE = 1  # same value, newer file\n"])
def test_compile_sources_rewrites_stale_bytecode(tmp_path: Path, edit: str) -> None:
    pkg = _package(tmp_path)
    assert compile_sources(pkg)
    cached = Path(importlib.util.cache_from_source(str(pkg / "sub" / "mod.py")))
    before = cached.read_bytes()
    src = pkg / "sub" / "mod.py"
    src.write_text(edit, encoding="utf-8")
    st = src.stat()
    os.utime(src, (st.st_atime, st.st_mtime + 10))  # a later edit, whatever the clock's grain
    assert compile_sources(pkg)
    assert cached.read_bytes() != before
