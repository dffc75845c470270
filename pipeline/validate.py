"""Validate: every record against its JSON Schema, plus the provenance invariants.

Returns a report of all violations instead of raising on the first, so a folder
edited by hand or written by an older version can be reviewed in one pass.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from pipeline.schema import record_schema


@dataclass(frozen=True)
class Violation:
    """One problem, located by JSON path; with page and snippet when it is a fact."""

    path: str
    message: str
    page: int | None = None
    snippet: str | None = None


@functools.cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    schema = record_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)  # type: ignore[no-any-return]


def _json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def schema_violations(data: Any, record_type: str) -> list[Violation]:
    errors = sorted(_validator(record_type).iter_errors(data), key=lambda e: list(map(str, e.path)))
    return [Violation(_json_path(e.absolute_path), e.message) for e in errors]


def _fact_context(data: dict[str, Any], fact: dict[str, Any]) -> tuple[int | None, str | None]:
    page = fact.get("page") if isinstance(fact.get("page"), int) else None
    text = data.get("text")
    span = fact.get("span")
    snippet = None
    if isinstance(text, str) and isinstance(span, dict):
        s, e = span.get("start"), span.get("end")
        if isinstance(s, int) and isinstance(e, int):
            snippet = text[max(0, s - 15) : min(len(text), e + 15)].replace("\n", " ")
    if snippet is None and isinstance(fact.get("text"), str):
        snippet = fact["text"][:60]
    return page, snippet


def invariant_violations(data: dict[str, Any]) -> list[Violation]:
    """Spans inside the text, ``text[start:end] == fact.text``, valid page and sentence refs."""
    out: list[Violation] = []
    text = data.get("text")
    if not isinstance(text, str):
        return out
    n = len(text)
    pages = data.get("pages") or []
    page_numbers = {p.get("number") for p in pages if isinstance(p, dict)}
    n_sentences = len(data.get("sentences") or [])
    for kind in ("blocks", "sentences", "pages"):
        for i, rec in enumerate(data.get(kind) or []):
            if isinstance(rec, dict) and not (0 <= rec.get("start", -1) <= rec.get("end", -1) <= n):
                out.append(Violation(f"$.{kind}[{i}]", f"span outside the text (length {n})"))
    facts = data.get("facts") or {}
    for kind, items in facts.items():
        if not isinstance(items, list):
            continue
        for i, fact in enumerate(items):
            if not isinstance(fact, dict):
                continue
            where = f"$.facts.{kind}[{i}]"
            page, snippet = _fact_context(data, fact)
            span = fact.get("span") or {}
            s, e = span.get("start"), span.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n):
                out.append(
                    Violation(f"{where}.span", f"span outside the text (length {n})", page, snippet)
                )
                continue
            if fact.get("text") != text[s:e]:
                out.append(
                    Violation(
                        f"{where}.text",
                        f"text {fact.get('text')!r} differs from the document at its span"
                        f" {text[s:e]!r}",
                        page,
                        snippet,
                    )
                )
            if page_numbers and fact.get("page") not in page_numbers:
                out.append(
                    Violation(
                        f"{where}.page",
                        f"page {fact.get('page')} is not a page of the document",
                        page,
                        snippet,
                    )
                )
            sent = fact.get("sentence")
            if sent is not None and not (isinstance(sent, int) and 0 <= sent < n_sentences):
                out.append(
                    Violation(f"{where}.sentence", f"sentence {sent} does not exist", page, snippet)
                )
            for j, m in enumerate(fact.get("mentions") or []):
                ms = (m.get("span") or {}) if isinstance(m, dict) else {}
                a, b = ms.get("start"), ms.get("end")
                if (
                    not (isinstance(a, int) and isinstance(b, int) and 0 <= a <= b <= n)
                    or m.get("text") != text[a:b]
                ):
                    out.append(
                        Violation(
                            f"{where}.mentions[{j}]",
                            "mention text differs from the document at its span",
                            page,
                            snippet,
                        )
                    )
    return out


def validate_document_json(data: Any) -> list[Violation]:
    """Schema violations first; provenance invariants when the shape is right."""
    found = schema_violations(data, "document")
    if not found and isinstance(data, dict):
        found = invariant_violations(data)
    for v in found:
        if v.page is None and v.path.startswith("$.facts."):
            parts = v.path.split(".")
            try:
                kind, idx = parts[2].split("[")
                fact = data["facts"][kind][int(idx.rstrip("]"))]
                page, snippet = _fact_context(data, fact)
                found[found.index(v)] = Violation(v.path, v.message, page, snippet)
            except (KeyError, IndexError, ValueError, TypeError, AttributeError):
                pass
    return found


# --------------------------------------------------------------------------- folders

MESSAGES = {
    "en": {
        "title": "Validation of {folder}",
        "file": "{file}: {n} record(s), {v} violation(s)",
        "ok": "All {n} file(s) valid.",
        "bad": "{v} violation(s) in {f} file(s).",
        "page": "page {page}",
        "not_json": "not valid JSON: {err}",
        "missing": "missing file",
        "columns": "columns {got} differ from the expected {want}",
        "no_docs": "no documents/*.json found",
    },
    "zh-TW": {
        "title": "驗證 {folder}",
        "file": "{file}：{n} 筆紀錄，{v} 項違規",
        "ok": "全部 {n} 個檔案皆有效。",
        "bad": "{f} 個檔案共有 {v} 項違規。",
        "page": "第 {page} 頁",
        "not_json": "不是有效的 JSON：{err}",
        "missing": "缺少檔案",
        "columns": "欄位 {got} 與預期 {want} 不同",
        "no_docs": "找不到 documents/*.json",
    },
}


@dataclass
class FileReport:
    file: str
    records: int
    violations: list[Violation]


@dataclass
class FolderReport:
    folder: str
    lang: str
    files: list[FileReport]

    @property
    def ok(self) -> bool:
        return all(not f.violations for f in self.files) and bool(self.files)

    def as_dict(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "ok": self.ok,
            "files": [
                {
                    "file": f.file,
                    "records": f.records,
                    "violations": [v.__dict__ for v in f.violations],
                }
                for f in self.files
            ],
        }

    def print(self, console: Any) -> None:
        m = MESSAGES[self.lang]
        console.print(m["title"].format(folder=self.folder))
        total = 0
        bad_files = 0
        for f in self.files:
            console.print(m["file"].format(file=f.file, n=f.records, v=len(f.violations)))
            for v in f.violations:
                where = f" ({m['page'].format(page=v.page)})" if v.page is not None else ""
                snippet = f" «{v.snippet}»" if v.snippet else ""
                console.print(f"  {v.path}{where}: {v.message}{snippet}", markup=False)
            total += len(f.violations)
            bad_files += bool(f.violations)
        if total:
            console.print(m["bad"].format(v=total, f=bad_files))
        else:
            console.print(m["ok"].format(n=len(self.files)))


def _translate(message: str, lang: str) -> str:
    """jsonschema speaks English; the common shapes get a Traditional Chinese prefix."""
    if lang != "zh-TW":
        return message
    table = [
        ("is a required property", "缺少必要欄位"),
        ("is not one of", "不是允許的值之一"),
        ("is not of type", "型別錯誤"),
        ("Additional properties are not allowed", "不允許的額外欄位"),
        ("is less than the minimum", "小於最小值"),
        ("differs from the document at its span", "與文件在該位置的文字不符"),
        ("span outside the text", "位置超出文字範圍"),
    ]
    for en, zh in table:
        if en in message:
            return f"{zh}：{message}"
    return message


def validate_csv(path: Path, fact_type: str) -> tuple[int, list[Violation]]:
    """Column names, types and enums of one dataset CSV (pandera schema from the model)."""
    import pandas as pd

    from pipeline.csvschema import csv_schema
    from pipeline.emit import csv_columns

    want = csv_columns(fact_type)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    got = list(frame.columns)
    if got != want:
        return len(frame), [
            Violation("$columns", MESSAGES["en"]["columns"].format(got=got, want=want))
        ]
    return len(frame), csv_schema(fact_type).violations(frame)


def validate_folder(folder: Path, lang: str = "en") -> FolderReport:
    """Validate every JSON document, the manifest, the error log and the dataset CSVs."""
    import json

    from pipeline.emit import CSV_NAMES

    m = MESSAGES[lang]
    files: list[FileReport] = []
    docs = sorted((folder / "documents").glob("*.json"))
    if not docs:
        files.append(FileReport("documents/", 0, [Violation("$", m["no_docs"])]))
    for path in docs:
        rel = str(path.relative_to(folder))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            files.append(FileReport(rel, 0, [Violation("$", m["not_json"].format(err=e))]))
            continue
        n = 1 + sum(len(v) for v in (data.get("facts") or {}).values() if isinstance(v, list))
        found = validate_document_json(data)
        files.append(
            FileReport(
                rel,
                n,
                [Violation(v.path, _translate(v.message, lang), v.page, v.snippet) for v in found],
            )
        )
    manifest = folder / "manifest.json"
    if manifest.exists():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            found = schema_violations(data, "manifest")
        except json.JSONDecodeError as e:
            found = [Violation("$", m["not_json"].format(err=e))]
        files.append(
            FileReport(
                "manifest.json", 1, [Violation(v.path, _translate(v.message, lang)) for v in found]
            )
        )
    errors = folder / "errors.jsonl"
    if errors.exists():
        found = []
        lines = [ln for ln in errors.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for i, line in enumerate(lines):
            try:
                found.extend(
                    Violation(f"line {i + 1}: {v.path}", _translate(v.message, lang))
                    for v in schema_violations(json.loads(line), "error")
                )
            except json.JSONDecodeError as e:
                found.append(Violation(f"line {i + 1}", m["not_json"].format(err=e)))
        files.append(FileReport("errors.jsonl", len(lines), found))
    for fact_type, name in CSV_NAMES.items():
        path = folder / name
        if not path.exists():
            files.append(FileReport(name, 0, [Violation("$", m["missing"])]))
            continue
        n, found = validate_csv(path, fact_type)
        files.append(
            FileReport(name, n, [Violation(v.path, _translate(v.message, lang)) for v in found])
        )
    return FolderReport(str(folder), lang, files)
