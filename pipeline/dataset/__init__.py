"""The dataset: every report's facts as tables (Parquet, CSV, DuckDB) for downstream use.

``write_dataset`` turns the run's documents into ``<out>/dataset/``; ``load_dataset``
reads it back into pandas. Heavy libraries (pyarrow, duckdb) are imported only
here, on use: ``pipeline.dataset.ids`` runs in every worker and must stay light.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.dataset.duck import DuckSink
    from pipeline.dataset.tables import TableData
    from pipeline.models import ErrorRecord


def write_dataset(
    out_dir: Path,
    documents: Sequence[dict[str, Any]],
    pipeline_version: str,
    lexicon_version: str | None,
    errors: Sequence[ErrorRecord],
    excel: bool = False,
    built: dict[str, list[TableData]] | None = None,
    duck: DuckSink | None = None,
) -> Path:
    """Write ``out_dir/dataset/`` (staged, then swapped in); returns its path.

    Takes the run's versions and errors, not its manifest: the manifest's counts come
    from the CSVs the run writes meanwhile (``pipeline.dataset.writer``). ``built``:
    ``tables.document_tables`` of some documents by doc_id, made as they arrived.
    ``duck``: where ``facts.duckdb`` is built as each Parquet file is written (the
    dataset writer's DuckDB child, beside the CSV writing); else after the files, here."""
    from pipeline.dataset.conflicts import cross_report
    from pipeline.dataset.store import (
        csv_bytes,
        data_dictionary,
        parquet_bytes,
        remove_stale,
        staging_dir,
        swap_in,
        write_duckdb,
    )
    from pipeline.dataset.tables import all_tables
    from pipeline.models import Facts

    remove_stale(out_dir)
    versions = {"pipeline_version": pipeline_version, "lexicon_version": lexicon_version}
    tables = all_tables(documents, errors, built)
    by_name = {t.name: t for t in tables}
    tables += list(cross_report(by_name["quantities"], by_name["documents"]))
    for t in tables:
        if any(c.name == "pipeline_version" for c in t.columns):
            for row in t.rows:
                row.update(versions)
    staged = staging_dir(out_dir)
    fact_tables = list(Facts.model_fields)
    if duck is not None:
        duck.open(staged)
    for t in tables:
        (staged / f"{t.name}.parquet").write_bytes(parquet_bytes(t))
        if duck is not None:
            duck.table(t.name)
    for t in tables:
        (staged / f"{t.name}.csv").write_bytes(csv_bytes(t, excel))
    (staged / "README.md").write_text(data_dictionary(tables, versions), encoding="utf-8")
    if duck is None:
        write_duckdb(staged, tables, fact_tables)
    else:
        duck.finish(fact_tables)
    return swap_in(out_dir, staged)


def dataset_folder(path: str | Path) -> Path:
    """``path`` itself when it holds Parquet files, else ``path/dataset``."""
    p = Path(path)
    return p if any(p.glob("*.parquet")) else p / "dataset"


def load_dataset(path: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of a dataset folder (or of the run folder holding it) as a DataFrame."""
    import pandas
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = dataset_folder(path)
    files = sorted(folder.glob("*.parquet"))
    if not files:
        raise FileNotFoundError(f"no dataset (*.parquet) in {folder}")
    # Nullable integers and booleans stay integers and booleans (not floats and objects).
    nullable = {pa.int64(): pandas.Int64Dtype(), pa.bool_(): pandas.BooleanDtype()}
    return {f.stem: pq.read_table(f).to_pandas(types_mapper=nullable.get) for f in files}
