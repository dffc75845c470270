"""Write the dataset from a fresh interpreter, so the warm parent never loads its libraries.

pyarrow and DuckDB add about 60 MB to a process (pandas, which the child refuses, 40
more); in the warm parent of a run (spaCy, the dictionary, the lexicons: about 230 MB)
they made the run's peak RSS. A
child started with ``python -m pipeline.dataset.writer`` holds only what writing needs.
It is started before the parent warms up (its imports, the dataset modules' included,
overlap that and the extraction), reads each document's JSON file as soon as the
parent reports it written (one line per document on stdin), and on the last line,
the request (every document of the run in order, the versions and errors of the run,
the CSV flavour), reads any document it was not told of (one kept from an earlier
run) and calls ``write_dataset`` — the same function, so the same bytes — while the
parent writes the run's own CSVs. A parent that goes away before sending the request
closes the pipe, and the child exits without writing.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pipeline
from pipeline.errors import ItisExtractError
from pipeline.imports import refused
from pipeline.models import ErrorRecord
from pipeline.shutdown import exit_now


class WriterProcess:
    """The child that writes ``<out>/dataset/``: ``start`` early, ``send`` the request,
    ``wait`` for the files; ``close`` stops a child that got no request."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._out = Path()

    def start(self) -> None:
        """Start the child (idempotent); it imports the writer's libraries meanwhile."""
        if self._proc is not None:
            return
        root = str(Path(pipeline.__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline.dataset.writer"],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )

    def written(self, document: Path) -> None:
        """Tell the child that ``document`` (a JSON file) is final: it reads it now,
        while the rest of the run goes on, instead of after the last document."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.stdin.closed:
            return
        with contextlib.suppress(BrokenPipeError, OSError):  # a dead child says why in wait()
            proc.stdin.write(json.dumps({"document": str(document)}).encode("utf-8") + b"\n")
            proc.stdin.flush()

    def send(
        self,
        out_dir: Path,
        documents: Sequence[Path],
        pipeline_version: str,
        lexicon_version: str | None,
        errors: Sequence[ErrorRecord],
        excel: bool,
    ) -> None:
        """Have the child write the dataset of ``documents`` (JSON files); ``wait`` for it."""
        self.start()
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        self._out = out_dir
        request = {
            "out": str(out_dir),
            "documents": [str(p) for p in documents],
            "pipeline_version": pipeline_version,
            "lexicon_version": lexicon_version,
            "errors": [e.model_dump(mode="json") for e in errors],
            "excel": excel,
        }
        with contextlib.suppress(BrokenPipeError):  # a child that died says why in wait()
            proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            proc.stdin.close()

    def wait(self) -> Path:
        """Wait for the child to finish writing; its last error line if it failed."""
        proc, self._proc = self._proc, None
        assert proc is not None and proc.stderr is not None
        err = proc.stderr.read()
        proc.stderr.close()
        proc.wait()
        if proc.returncode != 0:
            lines = err.decode("utf-8", "replace").strip().splitlines() or ["no message"]
            raise ItisExtractError(
                f"writing the dataset failed (exit {proc.returncode}): {lines[-1]}"
            )
        return self._out / "dataset"

    def close(self) -> None:
        """Stop a child that got no request (the run failed or was interrupted)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            assert proc.stdin is not None
            proc.stdin.close()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def main() -> int:
    # pyarrow probes for pandas whenever it builds an array, and imports it when it is
    # installed (about 0.25 s of CPU and 40 MB), though writing the dataset never uses
    # it: this process only writes, so pandas stays out of it for good.
    with refused("pandas"):
        return _write_requested()


def _write_requested() -> int:
    # Imported before the first line arrives: this overlaps the parent's warm-up.
    import duckdb  # noqa: F401
    import pyarrow  # noqa: F401

    import pipeline.dataset.conflicts
    import pipeline.dataset.store
    import pipeline.dataset.tables  # noqa: F401
    from pipeline.dataset import write_dataset

    read: dict[str, dict[str, Any]] = {}
    request: dict[str, Any] | None = None
    for line in sys.stdin.buffer:
        message = json.loads(line)
        if "document" in message:
            path = message["document"]
            read[path] = json.loads(Path(path).read_text(encoding="utf-8"))
        else:
            request = message
            break
    if request is None:  # the parent went away without a request
        return 0
    documents = [
        read.pop(p, None) or json.loads(Path(p).read_text(encoding="utf-8"))
        for p in request["documents"]
    ]
    errors = [ErrorRecord.model_validate(e) for e in request["errors"]]
    write_dataset(
        Path(request["out"]),
        documents,
        request["pipeline_version"],
        request["lexicon_version"],
        errors,
        excel=bool(request["excel"]),
    )
    return 0


if __name__ == "__main__":
    # The dataset is written (or the parent went away): the parent waits for this
    # process to end, so it ends without freeing pyarrow, DuckDB and the documents.
    exit_now(main())
