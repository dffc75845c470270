"""Write the dataset in a child process, so the warm parent never loads its libraries.

pyarrow and DuckDB add about 60 MB to a process (pandas, which the child refuses, 40
more); in the warm parent of a run (the dictionary, the lexicons: about 230 MB) they
made the run's peak RSS. The child is forked from the run's process before it warms up
(``run`` starts it first): it holds only the imports every run makes anyway (the
pydantic models, the stage modules), which a fresh interpreter would import again
(≈ 0.3 s of CPU under load for ``pipeline.models`` and pydantic alone), and none of the
warm state. It forks its own child for ``facts.duckdb`` (``pipeline.dataset.duck``: DuckDB
is imported there, and builds each table as its Parquet file is written, beside the CSV
writing), imports pyarrow meanwhile, reads each document as soon as the
parent reports it written (one line per document on a pipe, followed by the document's
values marshalled when the worker sent them, else read from its JSON file), and on the
last line, the request (every document of the run in order, the versions and errors of
the run, the CSV flavour), reads any document it was not told of (one kept from an
earlier run) and calls ``write_dataset`` — the same function, so the same bytes — while
the parent writes the run's own CSVs. A parent that goes away before sending the request
closes the pipe, and the child exits without writing (its DuckDB child too). ``python -m
pipeline.dataset.writer`` serves the same lines from stdin, with DuckDB in process.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import multiprocessing as mp
import os
import sys
import traceback
from collections.abc import Sequence
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, Any

from pipeline.dataset.duck import DuckChild
from pipeline.errors import ItisExtractError
from pipeline.imports import refused
from pipeline.models import ErrorRecord
from pipeline.shutdown import exit_now


class WriterProcess:
    """The child that writes ``<out>/dataset/``: ``start`` early, ``send`` the request,
    ``wait`` for the files; ``close`` stops a child that got no request."""

    def __init__(self) -> None:
        self._proc: BaseProcess | None = None
        self._requests: IO[bytes] | None = None  # the child's lines
        self._errors: IO[bytes] | None = None  # what the child says when it fails
        self._out = Path()

    def start(self) -> None:
        """Fork the child (idempotent); it imports the writer's libraries meanwhile."""
        if self._proc is not None:
            return
        lines_r, lines_w = os.pipe()
        errors_r, errors_w = os.pipe()
        proc = mp.get_context("fork").Process(
            target=_child, args=(lines_r, errors_w, (lines_w, errors_r)), name="itis-writer"
        )
        try:
            proc.start()
        finally:
            os.close(lines_r)
            os.close(errors_w)
        self._proc = proc
        self._requests = os.fdopen(lines_w, "wb")
        self._errors = os.fdopen(errors_r, "rb")

    def _line(self, message: dict[str, Any], payload: bytes = b"") -> None:
        pipe = self._requests
        if pipe is None or pipe.closed:
            return
        with contextlib.suppress(BrokenPipeError, OSError):  # a dead child says why in wait()
            pipe.write(json.dumps(message).encode("utf-8") + b"\n" + payload)
            pipe.flush()

    def written(self, document: Path, data: bytes | None = None) -> None:
        """Tell the child that ``document`` (a JSON file) is final: it reads it now,
        while the rest of the run goes on, instead of after the last document.

        ``data``: the document's values as ``json.loads`` of the file reads them,
        marshalled (the worker's ``Outcome.data``): sent after the line, and read instead
        of the file."""
        if data is None:
            self._line({"document": str(document)})
        else:
            self._line({"document": str(document), "marshal": len(data)}, data)

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
        self._out = out_dir
        request = {
            "out": str(out_dir),
            "documents": [str(p) for p in documents],
            "pipeline_version": pipeline_version,
            "lexicon_version": lexicon_version,
            "errors": [e.model_dump(mode="json") for e in errors],
            "excel": excel,
        }
        self._line(request)
        if self._requests is not None:
            with contextlib.suppress(BrokenPipeError, OSError):
                self._requests.close()

    def wait(self) -> Path:
        """Wait for the child to finish writing; its error if it failed."""
        proc, self._proc = self._proc, None
        assert proc is not None and self._errors is not None
        err = self._errors.read()
        self._errors.close()
        proc.join()
        if proc.exitcode != 0:
            lines = err.decode("utf-8", "replace").strip().splitlines() or ["no message"]
            raise ItisExtractError(
                f"writing the dataset failed (exit {proc.exitcode}): {lines[-1]}"
            )
        return self._out / "dataset"

    def close(self) -> None:
        """Stop a child that got no request (the run failed or was interrupted)."""
        proc, self._proc = self._proc, None
        for pipe in (self._requests, self._errors):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        if proc is None:
            return
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()


def _child(lines_fd: int, errors_fd: int, parent_ends: tuple[int, int]) -> None:
    """The forked writer: serve the lines of ``lines_fd``; a failure's last line of
    traceback goes to ``errors_fd`` and the exit status is 1.

    It ends with ``os._exit``: nothing of the parent's (exit handlers, buffered output)
    runs or is written twice, and pyarrow, DuckDB and the documents are not freed one by
    one."""
    for fd in parent_ends:  # else the pipe never reads as closed when the parent goes
        os.close(fd)
    code = 1
    try:
        # DuckDB's child, forked before pyarrow is imported (no threads yet); it holds
        # neither end of the run's pipes, so their ends still read as closed when a
        # process goes.
        duck = DuckChild(close_in_child=(lines_fd, errors_fd))
        with os.fdopen(lines_fd, "rb") as lines, refused("pandas"):
            code = _write_requested(lines, duck)
    except BaseException:
        with contextlib.suppress(OSError):
            os.write(errors_fd, traceback.format_exc().encode("utf-8", "replace"))
    finally:
        os._exit(code)


def main() -> int:
    # pyarrow probes for pandas whenever it builds an array, and imports it when it is
    # installed (about 0.25 s of CPU and 40 MB), though writing the dataset never uses
    # it: this process only writes, so pandas stays out of it for good.
    with refused("pandas"):
        return _write_requested(sys.stdin.buffer)


def _write_requested(lines: IO[bytes], duck: DuckChild | None = None) -> int:
    """Serve the lines; ``duck``: the child that builds ``facts.duckdb`` (told to end
    without writing when no request comes)."""
    try:
        return _serve_lines(lines, duck)
    finally:
        if duck is not None:
            duck.close()


def _serve_lines(lines: IO[bytes], duck: DuckChild | None) -> int:
    # Imported before the first line arrives: this overlaps the parent's warm-up (DuckDB
    # is imported by its own child meanwhile, or by ``write_dataset`` without one).
    import pyarrow  # noqa: F401

    import pipeline.dataset.conflicts
    import pipeline.dataset.store
    import pipeline.dataset.tables  # noqa: F401
    from pipeline.dataset import write_dataset
    from pipeline.dataset.tables import TableData, document_tables

    read: dict[str, dict[str, Any]] = {}
    # Each document's table rows, built as it arrives: the workers are still extracting
    # then, and this is work the request would otherwise do after the last document.
    built: dict[str, list[TableData]] = {}
    request: dict[str, Any] | None = None
    for line in lines:
        message = json.loads(line)
        if "document" in message:
            path = message["document"]
            size = message.get("marshal")
            if size is None:
                document = json.loads(Path(path).read_text(encoding="utf-8"))
            else:  # the document's values follow the line (WriterProcess.written)
                data = lines.read(size)
                if len(data) != size:
                    return 0  # the parent went away mid-document: it sends no request
                document = marshal.loads(data)
            read[path] = document
            built[path] = document_tables(document)
        else:
            request = message
            break
    if request is None:  # the parent went away without a request
        return 0
    documents = [
        read.pop(p, None) or json.loads(Path(p).read_text(encoding="utf-8"))
        for p in request["documents"]
    ]
    # Rows of the listed documents only (one told and not listed stays out), by doc_id.
    rows = {
        d["doc_id"]: built[p]
        for p, d in zip(request["documents"], documents, strict=True)
        if p in built
    }
    errors = [ErrorRecord.model_validate(e) for e in request["errors"]]
    write_dataset(
        Path(request["out"]),
        documents,
        request["pipeline_version"],
        request["lexicon_version"],
        errors,
        excel=bool(request["excel"]),
        built=rows,
        duck=duck,
    )
    return 0


if __name__ == "__main__":
    # The dataset is written (or the parent went away): the parent waits for this
    # process to end, so it ends without freeing pyarrow, DuckDB and the documents.
    exit_now(main())
