"""``facts.duckdb``: the dataset's tables read from its Parquet files, and its views.

Built either in the writing process after the Parquet files (``store.write_duckdb``) or
by a child of the dataset writer (``DuckChild``) table by table as each Parquet file is
written, so that DuckDB's work (≈ 60 % of writing the dataset after the last document)
runs on the other core beside the Parquet and CSV writing instead of after it. The child
imports DuckDB and nothing of pyarrow; the writer, pyarrow and nothing of DuckDB: neither
holds both libraries and the other's data (a writer holding every Arrow table and DuckDB's
buffers at once made the run's peak RSS, docs/speed.md round 36). The statements, their
order and the transaction are the same either way, so the tables, their types, their rows
in order and the views are the same.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from pipeline.errors import ItisExtractError

DUCKDB_NAME = "facts.duckdb"

FACT_VIEW = """
CREATE VIEW v_{name} AS
SELECT f.*, d.title AS report_title, d.published AS report_published,
       d.publisher AS report_publisher, d.path AS source_path, d.sha256 AS source_sha256,
       d.format AS source_format, p.extractor AS page_extractor, s.text AS sentence_text
FROM {name} f
JOIN documents d ON d.doc_id = f.doc_id
LEFT JOIN pages p ON p.doc_id = f.doc_id AND p.number = f.page
LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence = f.sentence
"""

VIEWS = {
    "v_company_products": """
CREATE VIEW v_company_products AS
SELECT o.doc_id, d.title AS report_title, o.id AS organization_id, o.name AS company,
       pr.id AS product_id, pr.name AS product, pr.modality, pr.indication,
       pr.approvals, pr.text AS product_text, pr.page AS product_page
FROM organizations o
JOIN documents d ON d.doc_id = o.doc_id
LEFT JOIN products pr ON pr.doc_id = o.doc_id AND list_contains(pr.company_ids, o.id)
WHERE o.kind = 'company'
""",
    "v_approvals": """
CREATE VIEW v_approvals AS
SELECT pr.doc_id, d.title AS report_title, pr.id AS product_id, pr.name AS product,
       json_extract_string(a.value, '$.agency') AS agency,
       json_extract_string(a.value, '$.region') AS region,
       CAST(json_extract(a.value, '$.year') AS INTEGER) AS year
FROM products pr
JOIN documents d ON d.doc_id = pr.doc_id,
     json_each(pr.approvals) AS a
""",
    "v_table_cells": """
CREATE VIEW v_table_cells AS
SELECT c.*, t.caption AS table_caption, t.unit AS table_unit, t.source_text AS table_source,
       d.title AS report_title, d.published AS report_published, d.path AS source_path
FROM table_cells c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN tables t ON t.doc_id = c.doc_id AND t.id = c.table_fact_id
""",
}


class DuckSink(Protocol):
    """Where ``write_dataset`` has ``facts.duckdb`` built: told the staged folder, then
    each table whose Parquet file is complete, then the fact tables (their views)."""

    def open(self, folder: Path) -> None: ...

    def table(self, name: str) -> None: ...

    def finish(self, fact_tables: Sequence[str]) -> None: ...


class DuckBuild:
    """``folder/facts.duckdb`` built in this process, one transaction: a temp file that
    ``finish`` renames into place (``abort`` removes it, and is a no-op after ``finish``)."""

    def __init__(self, folder: Path) -> None:
        import duckdb

        self._folder = folder
        self._target = folder / DUCKDB_NAME
        fd, tmp = tempfile.mkstemp(prefix=f".{DUCKDB_NAME}.", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(tmp)  # DuckDB creates the file itself
        self._tmp = tmp
        self._con: Any = duckdb.connect(tmp)
        # One transaction: each statement on its own would commit (and sync) the file.
        self._con.execute("BEGIN TRANSACTION")

    def table(self, name: str) -> None:
        parquet = str(self._folder / f"{name}.parquet").replace("'", "''")
        self._con.execute(f"CREATE TABLE \"{name}\" AS SELECT * FROM read_parquet('{parquet}')")

    def finish(self, fact_tables: Sequence[str]) -> None:
        con = self._con
        for name in fact_tables:
            con.execute(FACT_VIEW.format(name=name))
        for sql in VIEWS.values():
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        self._close()
        os.replace(self._tmp, self._target)

    def _close(self) -> None:
        con, self._con = self._con, None
        if con is not None:
            con.close()

    def abort(self) -> None:
        self._close()
        for path in (self._tmp, self._tmp + ".wal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)


class DuckChild:
    """A forked child that builds ``facts.duckdb`` as ``write_dataset`` writes the Parquet
    files (a ``DuckSink``). Fork it before importing pyarrow (no threads yet); it imports
    DuckDB at once, then waits for its lines. ``close_in_child``: descriptors of this
    process the child must not hold (a pipe whose end the run's parent waits on)."""

    def __init__(self, close_in_child: Sequence[int] = ()) -> None:
        lines_r, lines_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                for fd in (lines_w, result_r, *close_in_child):
                    os.close(fd)
                code = _serve(lines_r, result_w)
            except BaseException as e:
                said = " ".join("".join(traceback.format_exception_only(e)).split())
                with contextlib.suppress(OSError):
                    os.write(result_w, said.encode("utf-8", "replace"))
            finally:
                os._exit(code)
        os.close(lines_r)
        os.close(result_w)
        self._pid = pid
        self._lines = os.fdopen(lines_w, "wb")
        self._result = os.fdopen(result_r, "rb")

    def _say(self, message: dict[str, Any]) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):  # a dead child says why in finish
            self._lines.write(json.dumps(message).encode("utf-8") + b"\n")
            self._lines.flush()

    def open(self, folder: Path) -> None:
        self._say({"open": str(folder)})

    def table(self, name: str) -> None:
        self._say({"table": name})

    def finish(self, fact_tables: Sequence[str]) -> None:
        """Wait for the file; the child's error if it failed."""
        self._say({"finish": list(fact_tables)})
        said, status = self._end()
        if status != 0 or said != b"ok":
            lines = said.decode("utf-8", "replace").strip().splitlines() or ["no message"]
            raise ItisExtractError(f"building {DUCKDB_NAME} failed: {lines[-1]}")

    def close(self) -> None:
        """End a child that was not told to finish: it removes its temp file and ends."""
        self._end()

    def _end(self) -> tuple[bytes, int]:
        """No more lines; what the child said and its exit status, once it has ended."""
        with contextlib.suppress(OSError):
            self._lines.close()
        if self._pid == 0:  # ended already
            return b"", 1
        said = self._result.read()
        self._result.close()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        return said, status


def _serve(lines_fd: int, result_fd: int) -> int:
    import duckdb  # noqa: F401  (imported while the run's parent warms up)

    build: DuckBuild | None = None
    try:
        with os.fdopen(lines_fd, "rb") as lines:
            for line in lines:
                message = json.loads(line)
                if "open" in message:
                    build = DuckBuild(Path(message["open"]))
                elif build is None:
                    raise ItisExtractError("a table before the folder")
                elif "table" in message:
                    build.table(message["table"])
                else:
                    build.finish(message["finish"])
                    os.write(result_fd, b"ok")
                    return 0
        return 0  # the writer went away without finishing: nothing is left behind
    finally:
        if build is not None:
            build.abort()
