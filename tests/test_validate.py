"""Schemas kept in sync with the models, and ``validate`` on good, hand-edited and old folders."""

from __future__ import annotations

import copy
import csv
import json
import re
import shutil
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pipeline.cli import main
from pipeline.config import Settings
from pipeline.emit import document_to_json
from pipeline.errors import SchemaError
from pipeline.models import SCHEMA_VERSION, Document
from pipeline.run import build_document, run
from pipeline.schema import RECORD_TYPES, SCHEMA_DIALECT, record_schema
from pipeline.validate import (
    MESSAGES,
    model_accepts,
    sanitize_document,
    schema_violations,
    validate_document_json,
    validate_folder,
)
from tests import pdfgen
from tests.conftest import IN_PROCESS, RAW, ROOT

SCHEMAS = ROOT / "schemas"
CJK = re.compile(r"[\u4e00-\u9fff]")


# --------------------------------------------------------------------------- schemas


def test_committed_schemas_match_the_models() -> None:
    on_disk = {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json")}
    assert on_disk == set(RECORD_TYPES), "run `make schemas`"
    for name in RECORD_TYPES:
        committed = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert committed == record_schema(name), f"schemas/{name}.schema.json is stale"


def test_every_record_type_has_a_versioned_2020_12_schema() -> None:
    wanted = {"document", "quantity", "date", "product", "organization", "regulation"}
    wanted |= {"abbreviation", "table", "figure", "check", "manifest", "error"}
    assert wanted <= set(RECORD_TYPES)
    for name in RECORD_TYPES:
        schema = record_schema(name)
        assert schema["$schema"] == SCHEMA_DIALECT
        assert schema["x-schema-version"] == SCHEMA_VERSION
        jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    ("record", "field", "values"),
    [
        ("quantity", "kind", {"money", "count", "percent", "duration", "ratio", "other"}),
        ("quantity", "qualifier", {"eq", "approx", "gt", "gte", "lt", "lte"}),
        ("date", "calendar", {"gregorian", "roc"}),
        ("date", "precision", {"year", "half", "quarter", "month", "day"}),
        ("check", "status", {"pass", "fail", "info"}),
    ],
)
def test_enums_are_in_the_schemas(record: str, field: str, values: set[str]) -> None:
    prop = record_schema(record)["properties"][field]
    assert set(prop["enum"]) == values


def test_modality_enum_is_in_the_product_schema() -> None:
    items = record_schema("product")["properties"]["modality"]["items"]
    assert "gene_therapy" in items["enum"] and "car_t" in items["enum"]


def test_every_output_file_carries_the_schema_version(written: Path) -> None:
    doc = json.loads(next((written / "documents").glob("*.json")).read_text(encoding="utf-8"))
    manifest = json.loads((written / "manifest.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == manifest["schema_version"] == SCHEMA_VERSION
    assert (ROOT / "docs" / "SCHEMA_POLICY.md").exists()


# --------------------------------------------------------------------------- documents


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("validate") / "extracted"
    report = run([RAW / "seed.txt"], out, Settings(isolate=False))
    assert all(o.ok for o in report.outcomes)
    return out


@pytest.fixture
def folder(written: Path, tmp_path: Path) -> Path:
    copy_ = tmp_path / "extracted"
    shutil.copytree(written, copy_)
    return copy_


def _doc_file(folder: Path) -> Path:
    return next((folder / "documents").glob("*.json"))


def _edit_doc(folder: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    path = _doc_file(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_pipeline_output_is_valid(written: Path, seed_doc: Document) -> None:
    report = validate_folder(written)
    assert report.ok, [(f.file, f.violations[:3]) for f in report.files if f.violations]
    data = json.loads(document_to_json(seed_doc))
    assert validate_document_json(data) == []
    counts = {f.file: f.records for f in report.files}
    assert counts["quantities.csv"] == len(seed_doc.facts.quantities) > 0


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _delete(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


MUTATIONS: list[tuple[str, Callable[[dict[str, Any]], None], str, str, str]] = [
    # id, edit, JSON path, English fragment, Chinese fragment
    (
        "type",
        _set(["facts", "quantities", 0, "value"], "nine"),
        "$.facts.quantities[0].value",
        "is not of type",
        "型別",
    ),
    (
        "enum",
        _set(["facts", "quantities", 1, "kind"], "monies"),
        "$.facts.quantities[1].kind",
        "is not one of",
        "不是允許的值",
    ),
    (
        "required",
        _delete(["facts", "dates", 0, "iso"]),
        "$.facts.dates[0]",
        "missing required field 'iso'",
        "缺少必要欄位",
    ),
    (
        "extra",
        _set(["facts", "quantities", 2, "note"], "x"),
        "$.facts.quantities[2]",
        "unexpected field(s) 'note'",
        "額外欄位",
    ),
    (
        "minimum",
        _set(["facts", "quantities", 3, "page"], 0),
        "$.facts.quantities[3].page",
        "less than the minimum",
        "小於最小值",
    ),
    (
        "text",
        _set(["facts", "quantities", 4, "text"], "九項"),
        "$.facts.quantities[4].text",
        "differs from the document",
        "不符",
    ),
    (
        "span",
        _set(["facts", "quantities", 5, "span", "end"], 10**7),
        "$.facts.quantities[5].span",
        "outside the text",
        "超出文字範圍",
    ),
    (
        "page",
        _set(["facts", "quantities", 6, "page"], 99),
        "$.facts.quantities[6].page",
        "not a page of the document",
        "不存在",
    ),
    (
        "wrong page",
        _set(["facts", "quantities", 7, "page"], 4),
        "$.facts.quantities[7].page",
        "but the span starts on page",
        "起點在第",
    ),
    (
        "sentence",
        _set(["facts", "quantities", 8, "sentence"], 10**5),
        "$.facts.quantities[8].sentence",
        "does not exist",
        "不存在",
    ),
    (
        "reference",
        _set(["checks", 0, "fact_ids"], ["q999"]),
        "$.checks[0].fact_ids[0]",
        "refers to q999",
        "q999",
    ),
    (
        "duplicate",
        lambda d: d["facts"]["quantities"][9].update(id=d["facts"]["quantities"][0]["id"]),
        "$.facts.quantities[9].id",
        "used twice",
        "重複",
    ),
    (
        "version",
        _set(["schema_version"], "0.9.0"),
        "$.schema_version",
        "cannot be read as",
        "無法以",
    ),
    (
        "newer",
        _set(["schema_version"], f"{SCHEMA_VERSION.split('.')[0]}.99.0"),
        "$.schema_version",
        "newer than",
        "更新",
    ),
]


@pytest.mark.parametrize(
    ("edit", "path", "english", "chinese"),
    [m[1:] for m in MUTATIONS],
    ids=[m[0] for m in MUTATIONS],
)
def test_hand_edited_document_is_reported(
    folder: Path,
    edit: Callable[[dict[str, Any]], None],
    path: str,
    english: str,
    chinese: str,
) -> None:
    _edit_doc(folder, edit)
    for lang, fragment in (("en", english), ("zh-TW", chinese)):
        report = validate_folder(folder, lang=lang)
        assert not report.ok
        (doc_report,) = [f for f in report.files if f.file.startswith("documents/")]
        hits = [v for v in doc_report.violations if v.path == path]
        assert hits, [(v.path, v.message) for v in doc_report.violations]
        assert fragment in hits[0].message
        if lang == "zh-TW":
            assert CJK.search(hits[0].message)
        if path.startswith("$.facts."):
            assert hits[0].page is not None and hits[0].snippet
            assert re.fullmatch(r"[a-z]+-[0-9a-f]{8}(-\d+)?", hits[0].record or "")


def test_an_older_minor_version_without_new_optional_fields_is_valid(folder: Path) -> None:
    def strip(data: dict[str, Any]) -> None:
        for q in data["facts"]["quantities"]:
            for optional in ("bbox", "subject", "direction", "range_id"):
                q.pop(optional, None)

    _edit_doc(folder, strip)
    assert validate_folder(folder).ok


def test_validate_cli_exit_codes_and_languages(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(folder)]) == 0
    assert "valid" in capsys.readouterr().out
    _edit_doc(folder, _set(["facts", "quantities", 0, "text"], "XX"))
    first = json.loads(_doc_file(folder).read_text(encoding="utf-8"))["facts"]["quantities"][0]
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "1 violation(s) in 1 file(s)" in out and "page 1" in out and f"({first['id']}" in out
    assert main(["validate", str(folder), "--lang", "zh-TW"]) == 1
    out = capsys.readouterr().out
    assert "第 1 頁" in out and "項違規" in out
    assert main(["validate", str(folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    bad = [f for f in report["files"] if f["violations"]]
    assert bad[0]["violations"][0]["record"] == first["id"]


def test_a_document_that_is_not_json(folder: Path) -> None:
    _doc_file(folder).write_text('{"schema_version": "1.0.0", ', encoding="utf-8")
    report = validate_folder(folder, lang="zh-TW")
    assert any("不是有效的 JSON" in v.message for f in report.files for v in f.violations)


# --------------------------------------------------------------------------- other files


def _rewrite_csv(path: Path, edit: Callable[[list[list[str]]], None]) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def test_csv_cells_are_typed(folder: Path) -> None:
    def edit(rows: list[list[str]]) -> None:
        header = rows[0]
        rows[1][header.index("kind")] = "monies"
        rows[2][header.index("value")] = "a lot"
        rows[3][header.index("page")] = "1.5"
        rows[4][header.index("is_forecast")] = "yes"

    _rewrite_csv(folder / "quantities.csv", edit)
    report = validate_folder(folder)
    (q,) = [f for f in report.files if f.file == "quantities.csv"]
    found = {(v.path, v.message.split(",")[0]) for v in q.violations}
    assert ("row 1, column kind", "expected one of 'money'") in found
    assert ("row 2, column value", "expected a number") in found
    assert ("row 3, column page", "expected an integer") in found
    assert ("row 4, column is_forecast", "expected True or False") in found


def test_csv_columns_and_sync_with_the_documents(folder: Path) -> None:
    _rewrite_csv(folder / "dates.csv", lambda rows: rows[0].__setitem__(1, "ident"))
    _rewrite_csv(folder / "quantities.csv", lambda rows: rows.pop())
    report = validate_folder(folder, lang="zh-TW")
    by_file = {f.file: f.violations for f in report.files}
    assert "欄位" in by_file["dates.csv"][0].message
    assert "缺少文件中的 1 筆紀錄" in by_file["quantities.csv"][0].message


def test_manifest_errors_and_leftovers(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["inputs"].append({**manifest["inputs"][0], "doc_id": "gone", "path": "gone.txt"})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "errors.jsonl").write_text('{"path": "x.txt"}\nnot json\n', encoding="utf-8")
    (folder / "documents" / ".seed.txt.json.ab12.tmp").write_text("{", encoding="utf-8")
    report = validate_folder(folder)
    by_file = {f.file: f.violations for f in report.files}
    assert "documents/gone.json is missing" in by_file["manifest.json"][0].message
    errors = [v.path + " " + v.message for v in by_file["errors.jsonl"]]
    assert any("missing required field 'code'" in e for e in errors)
    assert any(e.startswith("line 2") and "not valid JSON" in e for e in errors)
    assert "interrupted run" in by_file["documents/.seed.txt.json.ab12.tmp"][0].message


def test_messages_exist_in_both_languages_with_the_same_fields() -> None:
    assert MESSAGES["en"].keys() == MESSAGES["zh-TW"].keys()
    fields = string.Formatter()
    for key, en in MESSAGES["en"].items():
        zh = MESSAGES["zh-TW"][key]
        names = {f for _, f, _, _ in fields.parse(en) if f}
        assert names == {f for _, f, _, _ in fields.parse(zh) if f}, key


# --------------------------------------------------------------------------- the writer guard


def _doc_with(seed_doc: Document, edit: Callable[[Document], None]) -> Document:
    doc = seed_doc.model_copy(deep=True)
    edit(doc)
    return doc


def test_a_failing_fact_is_dropped_with_its_path_and_dependents(seed_doc: Document) -> None:
    target = next(q for q in seed_doc.facts.quantities if q.text == "412.1億美元")

    def corrupt(doc: Document) -> None:
        q = next(q for q in doc.facts.quantities if q.id == target.id)
        q.value = float("inf")

    doc = _doc_with(seed_doc, corrupt)
    text, dropped = sanitize_document(doc)
    first = dropped[0]
    assert (first.kind, first.record_id, first.code) == ("quantities", target.id, "E201")
    assert first.path.endswith(".value") and "finite" in first.message
    dependents = [d for d in dropped if d.code == "E202"]
    assert dependents and all(d.kind == "checks" for d in dependents)
    assert all(target.id in d.message for d in dependents)
    data = json.loads(text)
    assert target.id not in {q["id"] for q in data["facts"]["quantities"]}
    assert validate_document_json(data) == []
    assert len(data["facts"]["quantities"]) == len(seed_doc.facts.quantities) - 1


def test_a_fact_whose_span_runs_over_a_page_break_keeps_the_number_page(tmp_path: Path) -> None:
    """A qualifier word that ends one page and a number that opens the next make one fact;
    it names the number's page, a page its span covers, and is kept (it was dropped, E201)."""
    path = tmp_path / "split.pdf"
    pdfgen.make_report_pdf(
        path,
        [
            "可轉換公司債發行條件摘要\n本公司轉換價格之調整條款如下，遇有本公司配發普通股現金股利占每股時價之比率超過",
            "1.5%者，轉換價格依發行及轉換辦法調整。截至今年3月底，轉換價格為每股15.68元。",
        ],
        figures=False,
    )
    doc = build_document(path, IN_PROCESS)
    pages = {p.number: (p.start, p.end) for p in doc.pages}
    q = next(q for q in doc.facts.quantities if q.value == 1.5)
    assert doc.text[q.span.start : q.span.end] == q.text
    start_page = next(n for n, (s, e) in pages.items() if s <= q.span.start < e)
    assert (start_page, q.page) == (1, 2)
    # its box is on the page it names: the number opening page 2's line at the left
    # margin, not the word `超過` ending page 1's line at the right
    assert q.bbox is not None and q.bbox[2] < 595 / 2
    text, dropped = sanitize_document(doc)
    assert dropped == []
    assert any(x["text"] == q.text for x in json.loads(text)["facts"]["quantities"])


def test_a_dropped_date_clears_references_to_it(seed_doc: Document) -> None:
    linked = next(q for q in seed_doc.facts.quantities if q.year_date_id)

    def corrupt(doc: Document) -> None:
        date = next(d for d in doc.facts.dates if d.id == linked.year_date_id)
        date.text = date.text + "!"

    doc = _doc_with(seed_doc, corrupt)
    text, dropped = sanitize_document(doc)
    assert dropped[0].record_id == linked.year_date_id
    quantity = next(q for q in doc.facts.quantities if q.id == linked.id)
    assert quantity.year_date_id is None
    assert validate_document_json(json.loads(text)) == []


def test_an_invalid_document_shell_fails_the_whole_document(seed_doc: Document) -> None:
    def corrupt(doc: Document) -> None:
        doc.blocks[0].end = len(doc.text) + 5

    with pytest.raises(SchemaError, match=r"\$\.blocks\[0\]"):
        sanitize_document(_doc_with(seed_doc, corrupt))


def test_a_valid_document_is_written_unchanged(seed_doc: Document) -> None:
    doc = seed_doc.model_copy(deep=True)
    text, dropped = sanitize_document(doc)
    assert dropped == [] and text == document_to_json(seed_doc)


DOC_EDITS: list[Callable[[dict[str, Any]], None]] = [m[1] for m in MUTATIONS[:5]] + [
    _set(["facts", "quantities", 0, "bbox"], [1, 2]),
    _set(["facts", "quantities", 0, "sentence"], "3"),
    _set(["checks", 0, "status"], "maybe"),
    _set(["metadata", "authors"], "王意婷"),
    _set(["pages", 0, "extractor"], "ocr"),
    _delete(["facts", "tables"]),
    _set(["facts", "quantities", 0, "year"], 2023.0),
]


@pytest.mark.parametrize("edit", DOC_EDITS, ids=[str(i) for i in range(len(DOC_EDITS))])
def test_the_fast_model_gate_never_passes_what_the_schema_rejects(
    seed_doc: Document, edit: Callable[[dict[str, Any]], None]
) -> None:
    data = json.loads(document_to_json(seed_doc))
    assert model_accepts(json.dumps(data)) and schema_violations(data, "document") == []
    broken = copy.deepcopy(data)
    edit(broken)
    text = json.dumps(broken, ensure_ascii=False)
    # The gate may only be stricter (2023.0 for an int): then the schema walk decides.
    if model_accepts(text):
        assert schema_violations(broken, "document") == []
    else:
        assert (
            schema_violations(broken, "document")
            or broken["facts"]["quantities"][0].get("year") == 2023.0
        )


def test_table_csvs_follow_the_documents(folder: Path) -> None:
    (table_csv,) = (folder / "tables").glob("*.csv")
    with table_csv.open("a", encoding="utf-8") as f:
        f.write("only,two\n")
    (folder / "tables" / "gone__table-9.csv").write_text("a\n1\n", encoding="utf-8")
    report = validate_folder(folder)
    by_file = {f.file: f.violations for f in report.files}
    assert "cell(s) where the header has" in by_file[f"tables/{table_csv.name}"][0].message
    assert "no table of the documents" in by_file["tables/gone__table-9.csv"][0].message
