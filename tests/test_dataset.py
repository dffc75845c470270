"""The dataset: stable fact ids, Parquet/CSV tables, DuckDB views, cross-report conflicts.

Reports written here restate each other's figures (a 2024 and a 2025 review and an
investor deck); they are fixtures for the mechanism, not evidence of accuracy.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.config import Settings
from pipeline.dataset.ids import assign_stable_ids, is_reference_field
from pipeline.lexicon import LEXICON_DIR_ENV
from pipeline.models import Facts
from pipeline.run import run

EXE = Path(sys.executable).parent / "itis-extract"
IN_PROCESS = Settings(isolate=False)

REPORTS = {
    "review_2024.txt": (
        "2024 年全球細胞治療產業回顧\n"
        "一、市場概況\n"
        "2023年全球細胞治療市場規模為181.2億美元，預估至2028年將達412.1億美元。\n"
        "美國 Vertex Pharmaceuticals 與 CRISPR Therapeutics 共同開發的 Casgevy"
        " 於2023年獲美國FDA核准上市。\n"
        "表 1 2023 年統計\n項目 數量\n自體 1\n異體 3\n總計 4\n資料來源：本研究整理（2024/01）\n"
    ),
    # Restates the 2023 figure rounded to 1億: agrees with 181.2億 within rounding.
    "review_2025.txt": (
        "2025 年全球細胞治療產業回顧\n"
        "一、市場概況\n"
        "2023年全球細胞治療市場規模為181億美元，2024年全球細胞治療市場規模為205.6億美元。\n"
    ),
    # States another 2023 figure: disagrees with both reviews beyond rounding.
    "investor_deck.txt": (
        "細胞治療投資簡報\n"
        "一、市場\n"
        "2023年全球細胞治療市場規模為175.3億美元，2024年全球細胞治療市場規模為205.6億美元。\n"
    ),
}

TABLES = {
    *Facts.model_fields,
    "documents",
    "pages",
    "sentences",
    "table_cells",
    "checks",
    "errors",
    "metrics",
    "conflicts",
}


def write_reports(folder: Path, reports: dict[str, str] = REPORTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dataset")
    out = root / "out"
    run([write_reports(root / "in")], out, IN_PROCESS)
    return out


# --------------------------------------------------------------------------- stable ids


def _doc(facts: dict[str, Any], checks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"doc_id": "x.txt", "source": {"sha256": "ab" * 32}, "facts": facts, "checks": checks}


def _fact(fid: str, start: int, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": fid, "text": text, "span": {"start": start, "end": start + len(text)}, **extra}


def test_ids_come_from_what_the_fact_is_not_its_place_in_the_list() -> None:
    a = [_fact("q1", 10, "181.2億美元"), _fact("q2", 40, "412.1億美元")]
    first = assign_stable_ids(_doc({"quantities": a}))["facts"]["quantities"]
    shifted = [
        _fact("q1", 2, "9項"),
        _fact("q2", 10, "181.2億美元"),
        _fact("q3", 40, "412.1億美元"),
    ]
    second = assign_stable_ids(_doc({"quantities": shifted}))["facts"]["quantities"]
    assert [q["id"] for q in first] == [q["id"] for q in second[1:]]
    assert all(q["id"].startswith("q-") and len(q["id"]) == 10 for q in second)
    other_doc = _doc({"quantities": a})
    other_doc["source"]["sha256"] = "cd" * 32
    assert assign_stable_ids(other_doc)["facts"]["quantities"][0]["id"] != first[0]["id"]


def test_every_reference_is_remapped_by_field_name_including_new_fields() -> None:
    """A fact type another stage adds (``targets``) with conventional field names is remapped."""
    data = _doc(
        {
            "dates": [_fact("d1", 0, "2023年", period_id="pr1")],
            "periods": [_fact("pr1", 0, "2023年", start_date="d1", end_date="d1")],
            "quantities": [
                _fact("q1", 10, "181.2億美元", year_date_id="d1", range_id="qr1"),
                _fact("q2", 20, "200億美元", year_date_id=None, range_id="qr1"),
            ],
            "tables": [_fact("t1", 50, "表 1", table_id="表 1", check_ids=["c1"])],
            "targets": [
                _fact(
                    "tg1",
                    30,
                    "目標",
                    quantity_id="q1",
                    evidence_ids=["q2", "d1"],
                    parts=[{"fact_id": "q2", "note": "q1"}],
                )
            ],
        },
        [{"id": "c1", "kind": "sum", "fact_ids": ["q1", "q2"], "values": {}}],
    )
    out = assign_stable_ids(data)
    ids = {f["text"]: f["id"] for fs in out["facts"].values() for f in fs}
    q1, q2 = out["facts"]["quantities"]
    (target,) = out["facts"]["targets"]
    (check,) = out["checks"]
    assert target["quantity_id"] == q1["id"]
    assert target["evidence_ids"] == [q2["id"], out["facts"]["dates"][0]["id"]]
    assert target["parts"] == [{"fact_id": q2["id"], "note": "q1"}]  # not a reference field
    assert check["fact_ids"] == [q1["id"], q2["id"]] and check["id"].startswith("c-")
    assert out["facts"]["tables"][0]["check_ids"] == [check["id"]]
    assert out["facts"]["tables"][0]["table_id"] == "表 1"  # a label, not an id
    assert out["facts"]["periods"][0]["start_date"] == out["facts"]["dates"][0]["id"]
    assert out["facts"]["dates"][0]["period_id"] == out["facts"]["periods"][0]["id"]
    # A group label shared by records becomes a digest of their stable ids.
    assert q1["range_id"] == q2["range_id"] and q1["range_id"].startswith("qr-")
    assert q1["year_date_id"] == ids["2023年"] or q1["year_date_id"].startswith("d-")


def test_same_span_twice_gets_deterministic_suffixes_whatever_the_order() -> None:
    facts = [_fact("o1", 5, "FDA", kind="agency"), _fact("o2", 5, "FDA", kind="company")]
    ids = []
    for order in (facts, facts[::-1]):
        out = assign_stable_ids(_doc({"organizations": order}))["facts"]["organizations"]
        ids.append({o["kind"]: o["id"] for o in out})
    assert ids[0] == ids[1]
    assert sorted(ids[0].values())[1] == sorted(ids[0].values())[0] + "-2"


@pytest.mark.parametrize(
    ("name", "is_ref"),
    [
        ("id", True),
        ("year_date_id", True),
        ("company_ids", True),
        ("fact_ids", True),
        ("refers_to", True),
        ("start_date", True),
        ("doc", False),
        ("identity", False),
        ("start_iso", False),
    ],
)
def test_reference_field_convention(name: str, is_ref: bool) -> None:
    assert is_reference_field(name) is is_ref


def _facts_by_span(doc: dict[str, Any]) -> dict[tuple[str, int, int, str], str]:
    return {
        (t, f["span"]["start"], f["span"]["end"], f["text"]): f["id"]
        for t, fs in doc["facts"].items()
        for f in fs
    }


def test_ids_survive_a_changed_lexicon(tmp_path: Path) -> None:
    """A product added to the lexicon appears first in the report; every other fact keeps its id."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(
        "2024 年產業回顧\n一、市場\n速癒凝膠於2022年上市，"
        + REPORTS["review_2024.txt"].split("\n", 2)[2],
        encoding="utf-8",
    )
    lexicon = tmp_path / "lexicon"
    shutil.copytree(Path(pipeline.__file__).parent / "lexicon", lexicon)
    with (lexicon / "products.yaml").open("a", encoding="utf-8") as f:
        f.write("- {name: 速癒凝膠, kind: drug}\n")
    docs = []
    for n, env in enumerate(({}, {LEXICON_DIR_ENV: str(lexicon)})):
        out = tmp_path / f"out{n}"
        cmd = [str(EXE), "run", str(src), "--out", str(out), "-q", "--no-isolate"]
        subprocess.run(cmd, check=True, env={**os.environ, **env}, capture_output=True)
        docs.append(json.loads((out / "documents" / "r.txt.json").read_text(encoding="utf-8")))
        docs[-1]["lexicon_version"] = json.loads((out / "manifest.json").read_text())[
            "lexicon_version"
        ]
    before, after = docs
    assert before["lexicon_version"] != after["lexicon_version"]
    names = [p["name"] for p in after["facts"]["products"]]
    assert names[0] == "速癒凝膠" and "速癒凝膠" not in [
        p["name"] for p in before["facts"]["products"]
    ]
    old, new = _facts_by_span(before), _facts_by_span(after)
    shared = old.keys() & new.keys()
    assert len(shared) >= 10
    assert {k: old[k] for k in shared} == {k: new[k] for k in shared}
    # The new product came first: by list position every product id would have moved.
    casgevy = next(p for p in after["facts"]["products"] if p["name"] == "Casgevy")
    assert after["facts"]["products"].index(casgevy) == 1
    assert casgevy["id"] == before["facts"]["products"][0]["id"]


# --------------------------------------------------------------------------- tables


def test_one_table_per_fact_type_with_versions_and_provenance(built: Path) -> None:
    tables = pipeline.load_dataset(built)
    assert set(tables) == TABLES
    for name in TABLES:
        assert (built / "dataset" / f"{name}.csv").is_file()
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    q = tables["quantities"]
    assert set(q["pipeline_version"]) == {manifest["pipeline_version"]}
    assert set(q["lexicon_version"]) == {manifest["lexicon_version"]}
    docs = {
        p.name[: -len(".json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in (built / "documents").glob("*.json")
    }
    for fact_type in Facts.model_fields:
        frame = tables[fact_type]
        want = [(d, f["id"]) for d in sorted(docs) for f in docs[d]["facts"][fact_type]]
        assert list(zip(frame["doc_id"], frame["id"], strict=True)) == want, fact_type
    for row in q.itertuples():
        assert docs[row.doc_id]["text"][row.start : row.end] == row.text
    cells = tables["table_cells"]
    assert list(cells["text"]) == ["自體", "1", "異體", "3", "總計", "4"]
    assert set(cells["table_fact_id"]) == set(tables["tables"]["id"])
    assert list(tables["documents"]["doc_id"]) == sorted(REPORTS)


def test_amounts_in_the_csvs_are_written_as_read_never_in_exponent_form(built: Path) -> None:
    """``181.2億美元`` is 18120000000 in every CSV an analyst opens, not ``1.812e+10``."""
    import csv as csvlib
    import re

    for path in [*(built / "dataset").glob("*.csv"), *built.glob("*.csv")]:
        text = path.read_text(encoding="utf-8-sig")
        assert not re.search(r"(?<![\w.])\d+(\.\d+)?e[+-]\d+(?![\w.])", text), path.name

    def read(path: Path) -> list[dict[str, str]]:
        return list(csvlib.DictReader(path.read_text(encoding="utf-8").splitlines()))

    rows = read(built / "dataset" / "quantities.csv")
    by_text = {(r["doc_id"], r["text"]): r["value"] for r in rows}
    assert by_text[("review_2024.txt", "181.2億美元")] == "18120000000"
    top = read(built / "quantities.csv")
    top_values = {(r["doc_id"], r["text"]): r["value"] for r in top}
    assert top_values[("review_2024.txt", "181.2億美元")] == "18120000000"
    metrics = read(built / "dataset" / "metrics.csv")
    assert "18120000000" in {r["value"] for r in metrics}


def test_data_dictionary_lists_every_table_and_column(built: Path) -> None:
    readme = (built / "dataset" / "README.md").read_text(encoding="utf-8")
    for name, frame in pipeline.load_dataset(built).items():
        assert f"## {name}\n" in readme
        for col in frame.columns:
            assert f"| `{col}` |" in readme, (name, col)
    assert "| `value` | float64 |" in readme and "| `company_ids` | list<string> |" in readme


def test_dataset_is_byte_identical_across_runs_and_worker_counts(tmp_path: Path) -> None:
    src = write_reports(tmp_path / "in")
    a, b = tmp_path / "a", tmp_path / "b"
    run([src], a, Settings(workers=1))
    run([src], b, Settings(workers=2))
    files = sorted(p.name for p in (a / "dataset").iterdir())
    assert "facts.duckdb" in files and "quantities.parquet" in files
    for name in files:
        if name != "facts.duckdb":  # rebuilt from the Parquet files; not byte-identical
            assert (a / "dataset" / name).read_bytes() == (b / "dataset" / name).read_bytes(), name
    # ... but its tables, column types, rows in order and views are the same.
    duck = duckdb_contents(a / "dataset" / "facts.duckdb")
    assert duck == duckdb_contents(b / "dataset" / "facts.duckdb")
    assert any(v[2] for k, v in duck.items() if k != "<views>")


def test_excel_csvs_start_with_a_bom(tmp_path: Path, built: Path) -> None:
    out = tmp_path / "xl"
    run([write_reports(tmp_path / "in")], out, Settings(isolate=False, excel=True))
    data = (out / "dataset" / "quantities.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:] == (built / "dataset" / "quantities.csv").read_bytes()


def test_writer_process_writes_the_same_bytes_as_the_parent(tmp_path: Path, built: Path) -> None:
    # With workers the dataset comes from a fresh interpreter (pipeline.dataset.writer);
    # without, from the run's own process: the same files either way, Excel flavour too.
    src = write_reports(tmp_path / "in")
    child, child_xl = tmp_path / "child", tmp_path / "child_xl"
    run([src], child, Settings(workers=1))
    run([src], child_xl, Settings(workers=1, excel=True))
    files = sorted(p.name for p in (built / "dataset").iterdir())
    assert sorted(p.name for p in (child / "dataset").iterdir()) == files
    for name in files:
        if name != "facts.duckdb":
            assert (child / "dataset" / name).read_bytes() == (
                built / "dataset" / name
            ).read_bytes(), name
    data = (child_xl / "dataset" / "quantities.csv").read_bytes()
    assert data == b"\xef\xbb\xbf" + (built / "dataset" / "quantities.csv").read_bytes()
    assert _sql(child, "SELECT count(*) FROM v_quantities") == _sql(
        built, "SELECT count(*) FROM v_quantities"
    )


def test_a_run_with_workers_never_loads_the_writer_libraries_in_its_own_process(
    tmp_path: Path,
) -> None:
    src = write_reports(tmp_path / "in")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pipeline.config import Settings\n"
        "from pipeline.run import run\n"
        "run([Path(sys.argv[1])], Path(sys.argv[2]), Settings(workers=1))\n"
        "print(sorted(m for m in ('pyarrow', 'duckdb', 'pandas') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(src), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "dataset" / "facts.duckdb").is_file()


def test_a_failing_writer_process_is_one_clear_error(tmp_path: Path, built: Path) -> None:
    from pipeline.dataset.writer import WriterProcess
    from pipeline.errors import ItisExtractError
    from pipeline.models import Manifest

    manifest = Manifest.model_validate_json((built / "manifest.json").read_text(encoding="utf-8"))
    missing = tmp_path / "documents" / "gone.json"
    writer = WriterProcess()
    writer.send(tmp_path, [missing], manifest.pipeline_version, manifest.lexicon_version, [], False)
    with pytest.raises(ItisExtractError, match=r"writing the dataset failed .*gone\.json"):
        writer.wait()
    assert not (tmp_path / "dataset").exists()
    writer.close()  # nothing left to stop
    idle = WriterProcess()
    idle.start()
    idle.close()  # a child that got no request exits without writing
    assert not list(tmp_path.glob(".dataset.*"))


@pytest.mark.parametrize("marshalled", [False, True], ids=["file", "marshalled"])
def test_documents_told_to_the_writer_as_they_are_written_give_the_same_dataset(
    tmp_path: Path, built: Path, marshalled: bool
) -> None:
    # The run tells the writer of each document when it is written; the request lists the
    # run's documents in order. One told and not listed (a document the run dropped again)
    # stays out; one listed and never told (kept from an earlier run) is read at the end.
    # A document told with its values marshalled (a worker's Outcome.data) is read from
    # them, not from its file: the same dataset.
    import marshal

    from pipeline.dataset.writer import WriterProcess
    from pipeline.models import Manifest

    manifest = Manifest.model_validate_json((built / "manifest.json").read_text(encoding="utf-8"))
    documents = sorted((built / "documents").glob("*.json"))
    assert len(documents) >= 2
    stray = tmp_path / "stray.json"
    stray.write_text(
        documents[0].read_text(encoding="utf-8").replace('"doc_id": "', '"doc_id": "zz')
    )
    writer = WriterProcess()
    writer.start()
    for path in [stray, *documents[1:]]:
        data = json.loads(path.read_text(encoding="utf-8")) if marshalled else None
        writer.written(path, None if data is None else marshal.dumps(data))
    writer.send(
        tmp_path,
        documents,
        manifest.pipeline_version,
        manifest.lexicon_version,
        manifest.errors,
        False,
    )
    writer.wait()
    for name in ("documents.csv", "quantities.parquet", "organizations.csv", "README.md"):
        assert (tmp_path / "dataset" / name).read_bytes() == (
            built / "dataset" / name
        ).read_bytes(), name
    writer.close()


# --------------------------------------------------------------------------- DuckDB


def _sql(built: Path, query: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(built / "dataset" / "facts.duckdb"), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_duckdb_view_joins_quantities_to_report_page_and_sentence(built: Path) -> None:
    rows = _sql(
        built,
        "SELECT doc_id, report_title, page, text, sentence_text, source_path FROM v_quantities"
        " WHERE year = 2023 ORDER BY doc_id",
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("investor_deck.txt", "細胞治療投資簡報", "175.3億美元"),
        ("review_2024.txt", "2024 年全球細胞治療產業回顧", "181.2億美元"),
        ("review_2025.txt", "2025 年全球細胞治療產業回顧", "181億美元"),
    ]
    for doc_id, _, page, text, sentence, path in rows:
        assert page == 1 and text in sentence and path == doc_id
    tables = {r[0] for r in _sql(built, "SELECT table_name FROM information_schema.tables")}
    assert TABLES | {f"v_{t}" for t in Facts.model_fields} <= tables


def test_duckdb_company_products_and_statement_cells(built: Path) -> None:
    rows = _sql(
        built,
        "SELECT company, product, approvals FROM v_company_products"
        " WHERE product IS NOT NULL ORDER BY company",
    )
    assert [(r[0], r[1]) for r in rows] == [
        ("CRISPR Therapeutics", "Casgevy"),
        ("Vertex Pharmaceuticals", "Casgevy"),
    ]
    assert json.loads(rows[0][2])[0]["region"] == "US"
    cells = _sql(
        built,
        "SELECT report_title, table_label, row_header, value FROM v_table_cells"
        " WHERE value IS NOT NULL ORDER BY row",
    )
    assert cells == [
        ("2024 年全球細胞治療產業回顧", "表 1", "自體", 1.0),
        ("2024 年全球細胞治療產業回顧", "表 1", "異體", 3.0),
        ("2024 年全球細胞治療產業回顧", "表 1", "總計", 4.0),
    ]


# --------------------------------------------------------------------------- conflicts


def test_restated_figures_line_up_and_disagreements_are_flagged(built: Path) -> None:
    tables = pipeline.load_dataset(built / "dataset")
    metrics = tables["metrics"]
    by_year = metrics.groupby("year")["doc_id"].apply(sorted).to_dict()
    assert by_year == {
        2023: ["investor_deck.txt", "review_2024.txt", "review_2025.txt"],
        2024: ["investor_deck.txt", "review_2025.txt"],
    }
    assert metrics.groupby("year")["metric_id"].nunique().to_dict() == {2023: 1, 2024: 1}
    conflicts = tables["conflicts"]
    pairs = sorted(zip(conflicts["a_text"], conflicts["b_text"], strict=True))
    # 181.2億 vs 181億 is rounding; 175.3億 disagrees with both; 2024 agrees everywhere.
    assert pairs == [("175.3億美元", "181.2億美元"), ("175.3億美元", "181億美元")]
    row = conflicts.iloc[0]
    assert row["a_title"] == "細胞治療投資簡報" and row["year"] == 2023
    quantities = tables["quantities"].set_index("id")
    assert quantities.loc[row["a_fact_id"], "doc_id"] == row["a_doc_id"]
    assert quantities.loc[row["b_fact_id"], "text"] == row["b_text"]
    assert row["difference"] == pytest.approx(row["b_value"] - row["a_value"])


def test_conflicts_do_not_depend_on_document_order(tmp_path: Path) -> None:
    names = list(REPORTS)
    random.Random(7).shuffle(names)
    renamed = {f"{i}-{n}": REPORTS[n] for i, n in enumerate(names)}
    out = tmp_path / "out"
    run([write_reports(tmp_path / "in", renamed)], out, IN_PROCESS)
    conflicts = pipeline.load_dataset(out)["conflicts"]
    got = sorted(tuple(sorted((r.a_text, r.b_text))) for r in conflicts.itertuples())
    assert got == [("175.3億美元", "181.2億美元"), ("175.3億美元", "181億美元")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.sampled_from(["9項", "181.2億美元", "FDA", "2023年"])),
        min_size=1,
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_ids_are_unique_and_do_not_depend_on_list_order(
    spans: list[tuple[int, str]], rnd: random.Random
) -> None:
    facts = [_fact(f"q{i + 1}", start, text, n=i) for i, (start, text) in enumerate(spans)]
    shuffled = facts[:]
    rnd.shuffle(shuffled)
    ids = []
    for order in (facts, shuffled):
        out = assign_stable_ids(_doc({"quantities": order}))["facts"]["quantities"]
        ids.append({q["n"]: q["id"] for q in out})
    assert ids[0] == ids[1]
    assert len(set(ids[0].values())) == len(facts)


# --------------------------------------------------------------------------- issuers

COMPANY_REPORTS = {
    # Two companies' filings state their own 現金餘額: never one metric.
    "a_filing.txt": "甲公司 2023年度財務報告\n股票代碼：1111\n一、營運概況\n"
    "2023年甲公司合併營收為2,161.7億元，2023年現金餘額為6,085,115千元。\n",
    "b_filing.txt": "乙公司 2023年度財務報告\n股票代碼：2222\n一、營運概況\n"
    "2023年乙公司合併營收為312.4億元，2023年現金餘額為2,149,280千元。\n",
    # The same company's deck restates its revenue differently: a conflict.
    "a_deck.txt": "甲公司 2023年第四季法人說明會\n股票代碼：1111\n一、營運成果\n"
    "2023年甲公司合併營收為2,150.2億元。\n",
}


@pytest.mark.parametrize(
    ("head", "company", "code"),
    [
        ("股票代碼：4114\n", True, "4114"),
        ("上市證券代號：3034\n", True, "3034"),
        ("股票代碼︰８２７２\n", True, "8272"),  # presentation-form colon, full-width digits
        ("聯發科技 2025年第四季法人說明會\n", True, None),
        ("2025年第4季\n營運報告\nJPMorgan Taiwan CEO-CFO Conference\n", True, None),
        ("台積電 (TWSE: 2330) Earnings Release\n", True, "2330"),
        ("2024 年全球細胞治療產業回顧\n一、市場概況\n", False, None),
    ],
)
def test_company_documents_and_their_stock_codes(
    head: str, company: bool, code: str | None
) -> None:
    from pipeline.dataset.issuers import find_issuer

    text = head + "2023年市場規模為181.2億美元。\n"
    doc = {"text": text, "pages": [{"start": 0, "end": len(text)}], "metadata": {}}
    issuer = find_issuer(doc)
    assert (issuer.company_document, issuer.stock_code) == (company, code)


def test_company_figures_line_up_only_with_the_same_company(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([write_reports(tmp_path / "in", COMPANY_REPORTS)], out, IN_PROCESS)
    tables = pipeline.load_dataset(out)
    docs = tables["documents"].set_index("doc_id")
    assert docs.loc["a_deck.txt", "stock_code"] == docs.loc["a_filing.txt", "stock_code"] == "1111"
    metrics = tables["metrics"]
    assert sorted(metrics["doc_id"]) == ["a_deck.txt", "a_filing.txt"]
    assert set(metrics["entity"]) == {"stock:1111"}
    conflicts = tables["conflicts"]
    assert list(zip(conflicts["a_text"], conflicts["b_text"], strict=True)) == [
        ("2,150.2億元", "2,161.7億元")
    ]


def test_the_writer_process_never_imports_pandas(tmp_path: Path, built: Path) -> None:
    # pyarrow probes for pandas whenever it builds an array and imports it when it is
    # installed; the writer refuses it and writes the same bytes without it.
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    request = {
        "out": str(tmp_path),
        "documents": [str(p) for p in sorted((built / "documents").glob("*.json"))],
        "pipeline_version": manifest["pipeline_version"],
        "lexicon_version": manifest["lexicon_version"],
        "errors": manifest["errors"],
        "excel": False,
    }
    script = (
        "import sys\n"
        "from pipeline.dataset import writer\n"
        "code = writer.main()\n"
        "print(code, 'pandas' in sys.modules, 'pyarrow' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["0", "False", "True"]
    for name in ("quantities.parquet", "documents.parquet", "quantities.csv", "README.md"):
        assert (tmp_path / "dataset" / name).read_bytes() == (
            built / "dataset" / name
        ).read_bytes(), name
    assert _sql(tmp_path, "SELECT count(*) FROM v_quantities") == _sql(
        built, "SELECT count(*) FROM v_quantities"
    )


def test_every_duckdb_table_holds_its_parquet_rows(built: Path) -> None:
    """The DuckDB file, built in one transaction, holds every Parquet table whole."""
    import pyarrow.parquet as pq

    for f in sorted((built / "dataset").glob("*.parquet")):
        rows = pq.read_metadata(f).num_rows
        assert _sql(built, f'SELECT count(*) FROM "{f.stem}"') == [(rows,)], f.stem


def duckdb_contents(path: Path) -> dict[str, Any]:
    """Every table and view of a DuckDB file: its columns with their types, its rows in
    stored order, and each view's SQL (the file's bytes vary from build to build)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = con.execute(
            "SELECT table_name, table_type FROM information_schema.tables ORDER BY table_name"
        ).fetchall()
        out: dict[str, Any] = {
            name: (
                kind,
                con.execute(f'DESCRIBE "{name}"').fetchall(),
                con.execute(f'SELECT * FROM "{name}"').fetchall(),
            )
            for name, kind in names
        }
        out["<views>"] = con.execute(
            "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
        ).fetchall()
        return out
    finally:
        con.close()


@pytest.mark.parametrize("told", [0, 1, -1], ids=["none", "one", "all"])
def test_rows_built_per_document_as_it_arrives_are_the_tables_of_all_documents(
    built: Path, told: int
) -> None:
    # The writer builds each document's rows when the document arrives (document_tables)
    # and merges them at the end; a document it was never told of (kept from an earlier
    # run) gets its rows then. Rows, columns and order are all_tables' own.
    from pipeline.dataset.tables import all_tables, document_tables
    from pipeline.models import Manifest

    manifest = Manifest.model_validate_json((built / "manifest.json").read_text(encoding="utf-8"))
    documents = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((built / "documents").glob("*.json"), reverse=True)
    ]
    assert len(documents) >= 2
    chosen = documents if told == -1 else documents[:told]
    rows = {d["doc_id"]: document_tables(d) for d in chosen}
    plain = all_tables(documents, manifest.errors)
    merged = all_tables(documents, manifest.errors, rows)
    assert [(t.name, t.columns) for t in merged] == [(t.name, t.columns) for t in plain]
    assert [t.rows for t in merged] == [t.rows for t in plain]
    assert sum(len(t.rows) for t in plain) > len(documents)


def test_facts_duckdb_built_by_its_own_child_beside_the_writing_holds_the_same_tables(
    tmp_path: Path, built: Path
) -> None:
    # The dataset writer has DuckDB's child build facts.duckdb table by table as each
    # Parquet file is written (beside the CSV writing): the same tables, types, rows in
    # order and views as the file built after the Parquet files in one process, and every
    # other file the same bytes.
    from pipeline.dataset import write_dataset
    from pipeline.dataset.duck import DuckChild
    from pipeline.models import Manifest

    manifest = Manifest.model_validate_json((built / "manifest.json").read_text(encoding="utf-8"))
    documents = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((built / "documents").glob("*.json"))
    ]
    duck = DuckChild()
    write_dataset(
        tmp_path,
        documents,
        manifest.pipeline_version,
        manifest.lexicon_version,
        manifest.errors,
        duck=duck,
    )
    duck.close()  # ended already: nothing to do
    files = sorted(p.name for p in (built / "dataset").iterdir())
    assert sorted(p.name for p in (tmp_path / "dataset").iterdir()) == files
    for name in files:
        if name != "facts.duckdb":
            assert (tmp_path / "dataset" / name).read_bytes() == (
                built / "dataset" / name
            ).read_bytes(), name
    assert duckdb_contents(tmp_path / "dataset" / "facts.duckdb") == duckdb_contents(
        built / "dataset" / "facts.duckdb"
    )


@pytest.mark.parametrize("ending", ["failed table", "never finished"])
def test_a_duckdb_child_that_fails_or_is_not_finished_leaves_no_file(
    tmp_path: Path, built: Path, ending: str
) -> None:
    from pipeline.dataset.duck import DuckChild
    from pipeline.errors import ItisExtractError

    shutil.copy(built / "dataset" / "documents.parquet", tmp_path)
    duck = DuckChild()
    duck.open(tmp_path)
    duck.table("documents")
    if ending == "failed table":
        duck.table("gone")  # no such Parquet file
        with pytest.raises(ItisExtractError, match=r"building facts\.duckdb failed: .*gone"):
            duck.finish(["quantities"])
    else:
        duck.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet"]
