"""Validate: every record against its JSON Schema, plus the provenance invariants.

Returns a report of all violations instead of raising on the first, so a folder
edited by hand or written by an older version can be reviewed in one pass. The
same checks guard the writer: ``sanitize_document`` drops a fact or check that
fails (recording where and why) and keeps the rest of the document.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from pipeline.errors import SchemaError
from pipeline.models import SCHEMA_VERSION, Document, Facts
from pipeline.schema import record_schema

if TYPE_CHECKING:
    import jsonschema

LANGS = ("en", "zh-TW")


class InvalidRecord(SchemaError):
    """A fact or check failed its schema or an invariant and was left out of the output."""

    code = "E201"


class DependentRecord(SchemaError):
    """A check (or period) was left out because a fact it was computed from was left out."""

    code = "E202"


@dataclass(frozen=True)
class Violation:
    """One problem, located by JSON path; with page, snippet and record id when it is a fact."""

    path: str
    message: str
    page: int | None = None
    snippet: str | None = None
    record: str | None = None  # id of the fact or check the path is inside
    schema: str | None = None  # the schema keyword that failed ("#/$defs/Quantity/...")


# --------------------------------------------------------------------------- messages

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # folder report
        "title": "Validation of {folder}",
        "file": "{file}: {n} record(s), {v} violation(s)",
        "ok": "All {n} file(s) valid.",
        "bad": "{v} violation(s) in {f} file(s).",
        "page": "page {page}",
        "not_json": "not valid JSON: {err}",
        "missing": "missing file",
        "columns": "columns {got} differ from the expected {want}",
        "no_docs": "no documents/*.json found",
        "tmp_left": "temporary file left by an interrupted run (rerun to finish the batch)",
        "not_in_manifest": "document not listed in manifest.json (left from an earlier run?)",
        "manifest_missing_doc": "manifest.json lists {doc_id} as ok but {file} is missing",
        "csv_missing_rows": "{n} record(s) of the documents are missing here, e.g. {ex}",
        "csv_extra_rows": "{n} row(s) match no record of the documents, e.g. {ex}",
        "csv_unreadable": "cannot be read as CSV: {err}",
        "table_csv_orphan": "no table of the documents is written to this file",
        "table_csv_ragged": "{n} cell(s) where the header has {want}",
        # invariants
        "span_outside": "span {start}–{end} is outside the text (length {n})",
        "text_mismatch": "text {got} differs from the document at its span: {want}",
        "page_missing": "page {page} is not a page of the document",
        "page_mismatch": "page {page} but the span starts on page {want}",
        "page_outside_span": "page {page} but the span covers pages {first}–{last}",
        "sentence_missing": "sentence {sentence} does not exist",
        "sentence_mismatch": "sentence {sentence} but the span starts in sentence {want}",
        "mention_mismatch": "mention text {got} differs from the document at its span: {want}",
        "cell_mismatch": "cell text {got} differs from the document at its span: {want}",
        "not_finite": "{value} is not a finite number",
        "duplicate_id": "id {id} is used twice",
        "dangling": "refers to {ref}, which is not in this document",
        "version_major": "schema version {got} cannot be read as {want}"
        " (see docs/SCHEMA_POLICY.md)",
        "version_newer": "schema version {got} is newer than this validator ({want}):"
        " upgrade itis-extract",
        "version_bad": "schema version {got} is not MAJOR.MINOR.PATCH",
        # JSON Schema keywords
        "required": "missing required field {name}",
        "enum": "{value} is not one of {allowed}",
        "type": "{value} is not of type {type}",
        "additionalProperties": "unexpected field(s) {names}",
        "minimum": "{value} is less than the minimum {limit}",
        "exclusiveMinimum": "{value} is not greater than {limit}",
        "maximum": "{value} is greater than the maximum {limit}",
        "exclusiveMaximum": "{value} is not less than {limit}",
        "minItems": "{value} has fewer than {limit} item(s)",
        "maxItems": "{value} has more than {limit} item(s)",
        "anyOf": "{value} matches none of the allowed forms",
        "oneOf": "{value} matches none of the allowed forms",
        "const": "{value} should be {limit}",
        "pattern": "{value} does not match {limit}",
        "other": "{detail}",
        # CSV cells
        "csv_cell": "expected {expected}, got {value}",
        "csv_int": "an integer",
        "csv_number": "a number",
        "csv_bool": "True or False",
        "csv_enum": "one of {allowed}",
        "csv_other": "{check}",
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
        "tmp_left": "中斷的執行留下的暫存檔（重新執行即可完成批次）",
        "not_in_manifest": "manifest.json 未列出此文件（可能是先前執行留下的）",
        "manifest_missing_doc": "manifest.json 記載 {doc_id} 成功，但缺少 {file}",
        "csv_missing_rows": "缺少文件中的 {n} 筆紀錄，例如 {ex}",
        "csv_extra_rows": "有 {n} 列不對應文件中的任何紀錄，例如 {ex}",
        "csv_unreadable": "無法讀取為 CSV：{err}",
        "table_csv_orphan": "此檔案不對應文件中的任何表格",
        "table_csv_ragged": "有 {n} 個儲存格，但標題列有 {want} 個",
        "span_outside": "位置 {start}–{end} 超出文字範圍（長度 {n}）",
        "text_mismatch": "文字 {got} 與文件在該位置的文字 {want} 不符",
        "page_missing": "第 {page} 頁不存在於文件中",
        "page_mismatch": "記載為第 {page} 頁，但位置起點在第 {want} 頁",
        "page_outside_span": "記載為第 {page} 頁，但位置在第 {first}–{last} 頁",
        "sentence_missing": "句子 {sentence} 不存在",
        "sentence_mismatch": "記載為句子 {sentence}，但位置起點在句子 {want}",
        "mention_mismatch": "提及文字 {got} 與文件在該位置的文字 {want} 不符",
        "cell_mismatch": "儲存格文字 {got} 與文件在該位置的文字 {want} 不符",
        "not_finite": "{value} 不是有限的數值",
        "duplicate_id": "編號 {id} 重複使用",
        "dangling": "指向本文件中不存在的 {ref}",
        "version_major": "結構版本 {got} 無法以 {want} 讀取（見 docs/SCHEMA_POLICY.md）",
        "version_newer": "結構版本 {got} 比本驗證器（{want}）新：請更新 itis-extract",
        "version_bad": "結構版本 {got} 不是 MAJOR.MINOR.PATCH 格式",
        "required": "缺少必要欄位 {name}",
        "enum": "{value} 不是允許的值之一：{allowed}",
        "type": "{value} 的型別不是 {type}",
        "additionalProperties": "不允許的額外欄位 {names}",
        "minimum": "{value} 小於最小值 {limit}",
        "exclusiveMinimum": "{value} 必須大於 {limit}",
        "maximum": "{value} 大於最大值 {limit}",
        "exclusiveMaximum": "{value} 必須小於 {limit}",
        "minItems": "{value} 的項目少於 {limit} 個",
        "maxItems": "{value} 的項目多於 {limit} 個",
        "anyOf": "{value} 不符合任何允許的格式",
        "oneOf": "{value} 不符合任何允許的格式",
        "const": "{value} 應為 {limit}",
        "pattern": "{value} 不符合格式 {limit}",
        "other": "不符合結構定義：{detail}",
        "csv_cell": "應為{expected}，實際為 {value}",
        "csv_int": "整數",
        "csv_number": "數值",
        "csv_bool": "True 或 False",
        "csv_enum": "下列之一：{allowed}",
        "csv_other": "{check}",
    },
}


def msg(lang: str, key: str, **params: Any) -> str:
    """One message of the catalogue in ``lang`` (English when the key is missing)."""
    table = MESSAGES.get(lang, MESSAGES["en"])
    return table.get(key, MESSAGES["en"][key]).format(**params)


def short(value: Any, limit: int = 80) -> str:
    """A value as JSON, cut to ``limit`` characters: a message must stay one line."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- JSON Schema


@functools.cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    """The JSON Schema validator of one record type, built on first use.

    A run's documents reach it only when the pydantic model rejects one
    (``model_accepts``): importing jsonschema and generating the document schema cost
    more than a tiny document's extraction, in every process, for nothing in the usual
    run, so neither happens at import or warm-up."""
    import jsonschema

    schema = record_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)  # type: ignore[no-any-return]


def json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


_VALUE_LIMIT_KEYWORDS = frozenset(
    {
        "minimum",
        "exclusiveMinimum",
        "maximum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "anyOf",
        "oneOf",
        "const",
        "pattern",
    }
)
_REQUIRED_RE = re.compile(r"^(.*) is a required property$")
_UNEXPECTED_RE = re.compile(r"\((.*) (?:was|were) unexpected\)")


def _schema_message(e: jsonschema.ValidationError, lang: str) -> str:
    kw = str(e.validator)
    value = short(e.instance)
    limit = short(e.validator_value)
    if kw == "required":
        m = _REQUIRED_RE.match(e.message)
        return msg(lang, "required", name=m.group(1) if m else limit)
    if kw == "enum":
        return msg(lang, "enum", value=value, allowed=limit)
    if kw == "type":
        return msg(lang, "type", value=value, type=limit)
    if kw == "additionalProperties":
        m = _UNEXPECTED_RE.search(e.message)
        return msg(lang, "additionalProperties", names=m.group(1) if m else value)
    if kw in _VALUE_LIMIT_KEYWORDS:
        return msg(lang, kw, value=value, limit=limit)
    return msg(lang, "other", detail=" ".join(e.message.split())[:300])


def schema_violations(data: Any, record_type: str, lang: str = "en") -> list[Violation]:
    """Every JSON Schema violation of one record, in document order of the failing value."""
    errors = sorted(
        _validator(record_type).iter_errors(data),
        key=lambda e: ([str(p) for p in e.absolute_path], str(e.validator)),
    )
    return [
        Violation(
            json_path(e.absolute_path),
            _schema_message(e, lang),
            schema="#/" + "/".join(str(p) for p in e.absolute_schema_path),
        )
        for e in errors
    ]


# --------------------------------------------------------------------------- invariants

# Fields that hold the id of another record: (fact type, field, target kinds, is a list).
REFERENCES: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("quantities", "year_date_id", ("dates",), False),
    ("dates", "period_id", ("periods",), False),
    ("periods", "start_date", ("dates",), False),
    ("periods", "end_date", ("dates",), False),
    ("regulations", "date_ids", ("dates",), True),
    ("abbreviations", "refers_to", tuple(Facts.model_fields), False),
    ("tables", "check_ids", ("checks",), True),
)


def _fact_context(data: dict[str, Any], fact: Any) -> tuple[int | None, str | None]:
    if not isinstance(fact, dict):
        return None, None
    page = fact.get("page") if isinstance(fact.get("page"), int) else None
    text = data.get("text")
    span = fact.get("span")
    snippet = None
    if isinstance(text, str) and isinstance(span, dict):
        s, e = span.get("start"), span.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s <= len(text):
            snippet = text[max(0, s - 15) : min(len(text), max(s, e) + 15, s + 120)]
            snippet = " ".join(snippet.split())
    if snippet is None and isinstance(fact.get("text"), str):
        snippet = " ".join(fact["text"][:60].split())
    return page, snippet


def _non_finite(value: Any, path: str) -> Iterator[tuple[str, float]]:
    """Paths of NaN and ±Infinity inside a JSON value (Python's json reads them)."""
    if isinstance(value, float):
        if not math.isfinite(value):
            yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _non_finite(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _non_finite(v, f"{path}[{i}]")


def all_finite(value: Any) -> bool:
    """True when ``_non_finite`` finds nothing in ``value``, decided in C: the standard
    library's encoder refuses NaN and ±Infinity with ``allow_nan=False``. Anything it
    cannot encode (or a non-finite float where the walk does not look, a key or a tuple)
    answers False, and the walk decides as before."""
    try:
        json.dumps(value, allow_nan=False, check_circular=False)
    except (ValueError, TypeError, RecursionError):
        return False
    return True


def _starts(items: Any) -> list[tuple[int, int, Any]]:
    out: list[tuple[int, int, Any]] = []
    for rec in items or []:
        if isinstance(rec, dict) and isinstance(rec.get("start"), int):
            end = rec.get("end")
            out.append((rec["start"], end if isinstance(end, int) else -1, rec))
    return out


def _holder(ranges: list[tuple[int, int, Any]], starts: list[int], offset: int) -> int | None:
    """Index of the [start, end) range holding ``offset`` (ranges sorted by start, ``starts``
    their starts: built once per document, not once per fact)."""
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < ranges[i][1]:
        return i
    return None


class _Invariants:
    """The provenance and reference rules the JSON Schema cannot express."""

    def __init__(self, data: dict[str, Any], lang: str, finite: bool = False) -> None:
        self.data = data
        self.lang = lang
        self.text = data["text"]
        self.n = len(self.text)
        self.out: list[Violation] = []
        pages = [p for p in data.get("pages") or [] if isinstance(p, dict)]
        self.page_numbers = {p.get("number") for p in pages}
        self.page_ranges = sorted(
            (p["start"], p["end"], p.get("number"))
            for p in pages
            if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)
        )
        self.page_starts = [r[0] for r in self.page_ranges]
        self.sentences = data.get("sentences") or []
        self.sentence_ranges = _starts(self.sentences)
        self.sentence_starts = [r[0] for r in self.sentence_ranges]
        # One C-speed look at every fact and check instead of a Python walk of each; none
        # when the caller's data went through ``emit.dumps_and_data``'s plain copy, which
        # holds finite floats only (the C look was ≈ 0.06 s on a 150k-character text)
        self.finite = finite or (all_finite(data.get("facts")) and all_finite(data.get("checks")))

    def add(
        self, path: str, key: str, fact: Any = None, record: str | None = None, **kw: Any
    ) -> None:
        page, snippet = _fact_context(self.data, fact) if fact is not None else (None, None)
        self.out.append(Violation(path, msg(self.lang, key, **kw), page, snippet, record))

    def span_ok(self, span: Any) -> tuple[int, int] | None:
        span = span if isinstance(span, dict) else {}
        s, e = span.get("start"), span.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= self.n:
            return s, e
        return None

    def page_of(self, offset: int) -> int | None:
        import bisect

        i = bisect.bisect_right(self.page_starts, offset) - 1
        return self.page_ranges[i][2] if i >= 0 else None

    def run(self) -> list[Violation]:
        for kind in ("blocks", "sentences", "pages"):
            for i, rec in enumerate(self.data.get(kind) or []):
                if isinstance(rec, dict) and self.span_ok(rec) is None:
                    self.add(
                        f"$.{kind}[{i}]",
                        "span_outside",
                        start=rec.get("start"),
                        end=rec.get("end"),
                        n=self.n,
                    )
        ids: dict[str, str] = {}
        kinds_of: dict[str, set[str]] = {}
        facts = self.data.get("facts") or {}
        for kind, items in facts.items():
            for i, fact in enumerate(items if isinstance(items, list) else []):
                if isinstance(fact, dict):
                    self.fact(kind, i, fact, ids)
                    kinds_of.setdefault(kind, set()).add(str(fact.get("id")))
        check_ids: set[str] = set()
        for i, check in enumerate(self.data.get("checks") or []):
            if not isinstance(check, dict):
                continue
            cid = str(check.get("id"))
            where = f"$.checks[{i}]"
            if cid in check_ids or cid in ids:
                self.add(f"{where}.id", "duplicate_id", record=cid, id=cid)
            check_ids.add(cid)
            if not self.finite:
                for p, value in _non_finite(check, where):
                    self.add(p, "not_finite", record=cid, value=value)
            for j, ref in enumerate(check.get("fact_ids") or []):
                if ref not in ids:
                    self.add(f"{where}.fact_ids[{j}]", "dangling", record=cid, ref=ref)
        kinds_of["checks"] = check_ids
        self.references(facts, kinds_of)
        return self.out

    def fact(self, kind: str, i: int, fact: dict[str, Any], ids: dict[str, str]) -> None:
        where = f"$.facts.{kind}[{i}]"
        rid = str(fact.get("id"))
        if rid in ids:
            self.add(f"{where}.id", "duplicate_id", fact, rid, id=rid)
        ids[rid] = kind
        if not self.finite:
            for p, value in _non_finite(fact, where):
                self.add(p, "not_finite", fact, rid, value=value)
        span = self.span_ok(fact.get("span"))
        if span is None:
            raw_span = fact.get("span")
            sp: dict[str, Any] = raw_span if isinstance(raw_span, dict) else {}
            self.add(
                f"{where}.span",
                "span_outside",
                fact,
                rid,
                start=sp.get("start"),
                end=sp.get("end"),
                n=self.n,
            )
            return
        s, e = span
        if fact.get("text") != self.text[s:e]:
            self.add(
                f"{where}.text",
                "text_mismatch",
                fact,
                rid,
                got=short(fact.get("text"), 40),
                want=short(self.text[s:e], 40),
            )
        page = fact.get("page")
        if self.page_numbers and page not in self.page_numbers:
            self.add(f"{where}.page", "page_missing", fact, rid, page=page)
        elif self.page_ranges:
            # A fact may name any page its span covers: a quantity whose qualifier word
            # ends one page (`超過`) and whose number opens the next names the number's page.
            first, last = self.page_of(s), self.page_of(max(s, e - 1))
            if (
                first is not None
                and last is not None
                and not (isinstance(page, int) and first <= page <= last)
            ):
                if first == last:
                    self.add(f"{where}.page", "page_mismatch", fact, rid, page=page, want=first)
                else:
                    self.add(
                        f"{where}.page",
                        "page_outside_span",
                        fact,
                        rid,
                        page=page,
                        first=first,
                        last=last,
                    )
        sent = fact.get("sentence")
        if sent is not None:
            if not (isinstance(sent, int) and 0 <= sent < len(self.sentences)):
                self.add(f"{where}.sentence", "sentence_missing", fact, rid, sentence=sent)
            else:
                want_s = _holder(self.sentence_ranges, self.sentence_starts, s)
                if want_s is not None and want_s != sent:
                    self.add(
                        f"{where}.sentence",
                        "sentence_mismatch",
                        fact,
                        rid,
                        sentence=sent,
                        want=want_s,
                    )
        for j, m in enumerate(fact.get("mentions") or []):
            ms = self.span_ok(m.get("span")) if isinstance(m, dict) else None
            got = m.get("text") if isinstance(m, dict) else None
            if ms is None or got != self.text[ms[0] : ms[1]]:
                self.add(
                    f"{where}.mentions[{j}]",
                    "mention_mismatch",
                    fact,
                    rid,
                    got=short(got, 40),
                    want=short(self.text[ms[0] : ms[1]] if ms else None, 40),
                )
        for r, row in enumerate(fact.get("rows") or []):
            for c, cell in enumerate(row if isinstance(row, list) else []):
                if not isinstance(cell, dict) or cell.get("span") is None:
                    continue
                cs = self.span_ok(cell.get("span"))
                quoted = self._cell_text(cs, cell.get("parts")) if cs else None
                text = cell.get("text")
                if cell.get("parts") and isinstance(text, str) and quoted is not None:
                    text, quoted = "".join(text.split()), "".join(quoted.split())
                if cs is None or text != quoted:
                    self.add(
                        f"{where}.rows[{r}][{c}]",
                        "cell_mismatch",
                        fact,
                        rid,
                        got=short(cell.get("text"), 40),
                        want=short(self.text[cs[0] : cs[1]] if cs else None, 40),
                    )

    def _cell_text(self, cs: tuple[int, int], parts: Any) -> str | None:
        """What a cell's span quotes: the text there, or for a cell set on several lines
        the text its pieces spell (spaces aside) when they run from the span's start to
        its end; None when they do not."""
        if not parts:
            return str(self.text[cs[0] : cs[1]])
        pieces = [self.span_ok(p) for p in parts] if isinstance(parts, list) else [None]
        if any(p is None for p in pieces):
            return None
        ok = [p for p in pieces if p is not None]
        if ok[0][0] != cs[0] or ok[-1][1] != cs[1]:
            return None
        return "".join(str(self.text[s:e]) for s, e in ok)

    def references(self, facts: dict[str, Any], kinds_of: dict[str, set[str]]) -> None:
        for kind, name, targets, many in REFERENCES:
            items = facts.get(kind)
            if not isinstance(items, list):
                continue
            allowed: set[str] = set().union(*(kinds_of.get(t, set()) for t in targets))
            for i, fact in enumerate(items):
                if not isinstance(fact, dict) or fact.get(name) is None:
                    continue
                values = fact[name] if many and isinstance(fact[name], list) else [fact[name]]
                for j, ref in enumerate(values):
                    if ref not in allowed:
                        path = f"$.facts.{kind}[{i}].{name}" + (f"[{j}]" if many else "")
                        self.add(path, "dangling", fact, str(fact.get("id")), ref=ref)


def invariant_violations(
    data: dict[str, Any], lang: str = "en", *, finite: bool = False
) -> list[Violation]:
    """Spans inside the text, ``text[start:end] == fact.text``, pages, sentences, references.

    ``finite``: the caller knows every float in ``data`` is finite (no NaN, no ±Infinity),
    as in the plain copy ``emit.dumps_and_data`` returns, so that look is skipped."""
    if not isinstance(data.get("text"), str):
        return []
    return _Invariants(data, lang, finite).run()


def version_violations(data: Any, lang: str = "en") -> list[Violation]:
    """A file of another MAJOR schema version, or a newer MINOR one, cannot be read as ours."""
    got = data.get("schema_version") if isinstance(data, dict) else None
    if not isinstance(got, str):
        return []  # the schema reports a missing or mistyped field
    want = SCHEMA_VERSION
    parse = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", got)
    if not parse:
        return [Violation("$.schema_version", msg(lang, "version_bad", got=got))]
    major, minor, _ = (int(x) for x in parse.groups())
    w_major, w_minor, _ = (int(x) for x in want.split("."))
    if major != w_major:
        return [Violation("$.schema_version", msg(lang, "version_major", got=got, want=want))]
    if minor > w_minor:
        return [Violation("$.schema_version", msg(lang, "version_newer", got=got, want=want))]
    return []


_TOKEN_RE = re.compile(r"\[(\d+)\]|\.?([^.\[]+)")


def _path_key(path: str) -> list[tuple[int, int, str]]:
    """Sort key for JSON paths: array indexes numerically, so [10] comes after [9]."""
    return [
        (0, int(m.group(1)), "") if m.group(1) else (1, 0, m.group(2))
        for m in _TOKEN_RE.finditer(path)
    ]


_RECORD_PATH_RE = re.compile(r"^\$\.(?:facts\.(?P<kind>\w+)|(?P<checks>checks))\[(?P<i>\d+)\]")


def record_of(path: str) -> tuple[str, int] | None:
    """(fact type or "checks", index) of the record a JSON path is inside, else None."""
    m = _RECORD_PATH_RE.match(path)
    if not m:
        return None
    return (m.group("kind") or "checks", int(m.group("i")))


def model_accepts(text: str) -> bool:
    """Fast gate: the pydantic model (the schema's source) accepts this JSON in strict mode.

    Same verdict as the JSON Schema in about 1 % of the time (a test holds them
    to agreeing); the JSON Schema pass then runs only to locate what failed.
    """
    try:
        Document.model_validate_json(text, strict=True)
    except ValidationError:
        return False
    return True


def validate_document_json(
    data: Any, lang: str = "en", *, text: str | None = None, finite: bool = False
) -> list[Violation]:
    """Schema violations and invariants, each with page, snippet and record id for a fact.

    ``text`` is the JSON ``data`` was parsed from, when at hand: if the model accepts
    it the (slow) JSON Schema walk is skipped. ``finite``: as ``invariant_violations``'.
    """
    found = version_violations(data, lang)
    if text is None or not model_accepts(text):
        found += schema_violations(data, "document", lang)
    if isinstance(data, dict):
        found += invariant_violations(data, lang, finite=finite)
    out: list[Violation] = []
    seen: set[tuple[str, str]] = set()
    for v in sorted(found, key=lambda v: _path_key(v.path)):
        if (v.path, v.message) in seen:
            continue
        seen.add((v.path, v.message))
        loc = record_of(v.path)
        if loc is not None and v.record is None and isinstance(data, dict):
            kind, idx = loc
            try:
                rec = data["checks"][idx] if kind == "checks" else data["facts"][kind][idx]
            except (KeyError, IndexError, TypeError):
                rec = None
            if isinstance(rec, dict):
                page, snippet = _fact_context(data, rec) if kind != "checks" else (None, None)
                v = Violation(v.path, v.message, page, snippet, str(rec.get("id")), v.schema)
        out.append(v)
    return out


# --------------------------------------------------------------------------- writer guard


@dataclass(frozen=True)
class DroppedRecord:
    """A fact or check the writer left out, with the path and reason it failed."""

    kind: str
    record_id: str
    path: str
    message: str
    code: str
    error: str


def _remove_refs(doc: Document, gone: set[str]) -> list[tuple[str, int, str]]:
    """Clear references to dropped records; return records that cannot live without them."""
    dependents: list[tuple[str, int, str]] = []
    for q in doc.facts.quantities:
        if q.year_date_id in gone:
            q.year_date_id = None
    for d in doc.facts.dates:
        if d.period_id in gone:
            d.period_id = None
    for i, p in enumerate(doc.facts.periods):
        missing = [x for x in (p.start_date, p.end_date) if x in gone]
        if missing:
            dependents.append(("periods", i, missing[0]))
    for r in doc.facts.regulations:
        if any(d in gone for d in r.date_ids):
            keep = [k for k, d in enumerate(r.date_ids) if d not in gone]
            dates = r.dates if len(r.dates) == len(r.date_ids) else None
            r.date_ids = [r.date_ids[k] for k in keep]
            if dates is not None:
                r.dates = [dates[k] for k in keep]
    for a in doc.facts.abbreviations:
        if a.refers_to in gone:
            a.refers_to = None
    for t in doc.facts.tables:
        if any(c in gone for c in t.check_ids):
            t.check_ids = [c for c in t.check_ids if c not in gone]
    for i, c in enumerate(doc.checks):
        used = [f for f in c.fact_ids if f in gone]
        if used:
            dependents.append(("checks", i, used[0]))
    return dependents


def _drop(doc: Document, doomed: dict[tuple[str, int], Any]) -> set[str]:
    gone: set[str] = set()
    for kind in sorted({k for k, _ in doomed}):
        items = doc.checks if kind == "checks" else getattr(doc.facts, kind)
        drop = {i for k, i in doomed if k == kind}
        gone.update(str(items[i].id) for i in drop)
        kept = [x for i, x in enumerate(items) if i not in drop]
        if kind == "checks":
            doc.checks = kept
        else:
            setattr(doc.facts, kind, kept)
    return gone


def sanitize_document(doc: Document, max_rounds: int = 6) -> tuple[str, list[DroppedRecord]]:
    """The document's JSON with every failing fact or check left out, and what was left out.

    Raises ``SchemaError`` when the document itself (text, pages, metadata) is invalid:
    there is nothing trustworthy left to write then.
    """
    from pipeline.emit import document_json_and_data

    dropped: list[DroppedRecord] = []
    for _ in range(max_rounds):
        text, data = document_json_and_data(doc)
        violations = validate_document_json(
            json.loads(text) if data is None else data, text=text, finite=data is not None
        )
        if not violations:
            return text, dropped
        shell = [v for v in violations if record_of(v.path) is None]
        if shell:
            first = shell[0]
            raise SchemaError(
                f"document failed its schema at {first.path}: {first.message}"
                f" ({len(violations)} violation(s))"
            )
        doomed: dict[tuple[str, int], Violation] = {}
        for v in violations:
            loc = record_of(v.path)
            assert loc is not None
            doomed.setdefault(loc, v)
        for (kind, _), v in sorted(doomed.items()):
            where = f" (schema {v.schema})" if v.schema else ""
            dropped.append(
                DroppedRecord(
                    kind,
                    v.record or "",
                    v.path,
                    f"{v.message}{where}",
                    InvalidRecord.code,
                    InvalidRecord.__name__,
                )
            )
        gone = _drop(doc, doomed)
        while True:
            dependents = _remove_refs(doc, gone)
            if not dependents:
                break
            extra: dict[tuple[str, int], Any] = {}
            for kind, i, used in dependents:
                items = doc.checks if kind == "checks" else getattr(doc.facts, kind)
                rid = str(items[i].id)
                extra[(kind, i)] = used
                path = f"$.checks[{i}]" if kind == "checks" else f"$.facts.{kind}[{i}]"
                dropped.append(
                    DroppedRecord(
                        kind,
                        rid,
                        path,
                        f"uses {used}, which was left out",
                        DependentRecord.code,
                        DependentRecord.__name__,
                    )
                )
            gone = _drop(doc, extra)
    raise SchemaError(f"document still invalid after dropping records {len(dropped)} time(s)")


# --------------------------------------------------------------------------- folders


@dataclass
class FileReport:
    file: str
    records: int
    violations: list[Violation] = field(default_factory=list)


@dataclass
class FolderReport:
    folder: str
    lang: str
    files: list[FileReport]

    @property
    def ok(self) -> bool:
        return all(not f.violations for f in self.files) and bool(self.files)

    @property
    def violation_count(self) -> int:
        return sum(len(f.violations) for f in self.files)

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
        console.print(m["title"].format(folder=self.folder), markup=False)
        total = 0
        bad_files = 0
        for f in self.files:
            console.print(
                m["file"].format(file=f.file, n=f.records, v=len(f.violations)), markup=False
            )
            for v in f.violations:
                where = [x for x in (v.record, v.page and m["page"].format(page=v.page)) if x]
                loc = f" ({', '.join(where)})" if where else ""
                snippet = f" «{v.snippet}»" if v.snippet else ""
                console.print(f"  {v.path}{loc}: {v.message}{snippet}", markup=False)
            total += len(f.violations)
            bad_files += bool(f.violations)
        if total:
            console.print(m["bad"].format(v=total, f=bad_files), markup=False)
        else:
            console.print(m["ok"].format(n=len(self.files)), markup=False)


def validate_csv(path: Path, fact_type: str, lang: str = "en") -> tuple[int, list[Violation]]:
    """Column names, types and enums of one dataset CSV (pandera schema from the model)."""
    import pandas as pd

    from pipeline.csvschema import csv_schema
    from pipeline.emit import csv_columns

    want = csv_columns(fact_type)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as e:
        return 0, [Violation("$", msg(lang, "csv_unreadable", err=" ".join(str(e).split())))]
    got = list(frame.columns)
    if got != want:
        return len(frame), [Violation("$columns", msg(lang, "columns", got=got, want=want))]
    return len(frame), csv_schema(fact_type).violations(frame, lang)


def _csv_sync(
    path: Path, fact_type: str, docs: dict[str, dict[str, Any]], lang: str
) -> list[Violation]:
    """Rows of a dataset CSV and the records of the documents are the same set."""
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        rows = {(r.get("doc_id", ""), r.get("id", "")) for r in csv.DictReader(f)}
    want: set[tuple[str, str]] = set()
    for doc_id, d in docs.items():
        items = d.get("checks") if fact_type == "checks" else (d.get("facts") or {}).get(fact_type)
        for item in items if isinstance(items, list) else []:
            # A reviewer-rejected fact stays in a reviewed document but leaves its CSV.
            if isinstance(item, dict) and (item.get("review") or {}).get("action") != "reject":
                want.add((doc_id, str(item.get("id", ""))))
    out = []
    if want - rows:
        missing = sorted(want - rows)
        out.append(
            Violation("$", msg(lang, "csv_missing_rows", n=len(missing), ex="/".join(missing[0])))
        )
    if rows - want:
        extra = sorted(rows - want)
        out.append(Violation("$", msg(lang, "csv_extra_rows", n=len(extra), ex="/".join(extra[0]))))
    return out


def validate_folder(folder: Path, lang: str = "en") -> FolderReport:
    """Validate every JSON document, the manifest, the error log and the dataset CSVs."""
    from pipeline.emit import CSV_NAMES

    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    files: list[FileReport] = []
    docs = sorted((folder / "documents").glob("*.json"))
    if not docs:
        files.append(FileReport("documents/", 0, [Violation("$", msg(lang, "no_docs"))]))
    loaded: dict[str, dict[str, Any]] = {}
    for path in docs:
        rel = path.relative_to(folder).as_posix()
        try:
            raw = path.read_text(encoding="utf-8")
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            files.append(FileReport(rel, 0, [Violation("$", msg(lang, "not_json", err=e))]))
            continue
        if not isinstance(data, dict):
            files.append(FileReport(rel, 0, validate_document_json(data, lang)))
            continue
        raw_facts = data.get("facts")
        facts: dict[str, Any] = raw_facts if isinstance(raw_facts, dict) else {}
        n = 1 + sum(len(v) for v in facts.values() if isinstance(v, list))
        if isinstance(data.get("checks"), list):
            n += len(data["checks"])
        files.append(FileReport(rel, n, validate_document_json(data, lang, text=raw)))
        loaded[str(data.get("doc_id", path.stem))] = data
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        files.append(_validate_manifest(folder, manifest_path, loaded, lang))
    else:
        files.append(FileReport("manifest.json", 0, [Violation("$", msg(lang, "missing"))]))
    errors = folder / "errors.jsonl"
    if errors.exists():
        found: list[Violation] = []
        lines = [ln for ln in errors.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for i, line in enumerate(lines):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                found.append(Violation(f"line {i + 1}", msg(lang, "not_json", err=e)))
                continue
            found.extend(
                Violation(f"line {i + 1}: {v.path}", v.message)
                for v in schema_violations(record, "error", lang)
            )
        files.append(FileReport("errors.jsonl", len(lines), found))
    for fact_type, name in CSV_NAMES.items():
        path = folder / name
        if not path.exists():
            files.append(FileReport(name, 0, [Violation("$", msg(lang, "missing"))]))
            continue
        n, found = validate_csv(path, fact_type, lang)
        if not found:
            found = _csv_sync(path, fact_type, loaded, lang)
        files.append(FileReport(name, n, found))
    files.extend(_validate_table_csvs(folder, loaded, lang))
    tmp = sorted(p for p in folder.rglob("*.tmp") if p.is_file())
    for p in tmp:
        files.append(
            FileReport(p.relative_to(folder).as_posix(), 0, [Violation("$", msg(lang, "tmp_left"))])
        )
    return FolderReport(str(folder), lang, files)


def _validate_table_csvs(
    folder: Path, loaded: dict[str, dict[str, Any]], lang: str
) -> list[FileReport]:
    """``tables/*.csv``: one per table of the documents, rectangular, header as the table's."""
    import csv

    from pipeline.tables import table_csv_name, table_to_records

    expected: dict[str, dict[str, Any]] = {}
    for doc_id, data in loaded.items():
        tables = (data.get("facts") or {}).get("tables") or []
        for table in tables if isinstance(tables, list) else []:
            try:
                expected[table_csv_name(doc_id, table)] = table
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # an invalid table is already reported in its document
    present = (
        {p.name: p for p in (folder / "tables").glob("*.csv")}
        if (folder / "tables").is_dir()
        else {}
    )
    reports: list[FileReport] = []
    for name in sorted(set(expected) | set(present)):
        rel = f"tables/{name}"
        if name not in present:
            reports.append(FileReport(rel, 0, [Violation("$", msg(lang, "missing"))]))
            continue
        if name not in expected:
            reports.append(FileReport(rel, 0, [Violation("$", msg(lang, "table_csv_orphan"))]))
            continue
        try:
            with present[name].open(encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            want, _ = table_to_records(expected[name])
        except (csv.Error, UnicodeDecodeError, ValueError, KeyError, TypeError) as e:
            err = " ".join(str(e).split())
            reports.append(
                FileReport(rel, 0, [Violation("$", msg(lang, "csv_unreadable", err=err))])
            )
            continue
        found = []
        if not rows or rows[0] != list(want):
            found.append(
                Violation("$columns", msg(lang, "columns", got=rows[0] if rows else [], want=want))
            )
        found.extend(
            Violation(f"row {i}", msg(lang, "table_csv_ragged", n=len(row), want=len(want)))
            for i, row in enumerate(rows[1:], start=1)
            if len(row) != len(want)
        )
        reports.append(FileReport(rel, max(0, len(rows) - 1), found))
    return reports


def _validate_manifest(
    folder: Path, path: Path, loaded: dict[str, dict[str, Any]], lang: str
) -> FileReport:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return FileReport("manifest.json", 0, [Violation("$", msg(lang, "not_json", err=e))])
    found = version_violations(data, lang) + schema_violations(data, "manifest", lang)
    if not found and isinstance(data, dict):
        listed = set()
        for i, item in enumerate(data.get("inputs") or []):
            if item.get("status") == "ok" and item.get("doc_id"):
                listed.add(item["doc_id"])
                if item["doc_id"] not in loaded:
                    file = f"documents/{item['doc_id']}.json"
                    found.append(
                        Violation(
                            f"$.inputs[{i}]",
                            msg(lang, "manifest_missing_doc", doc_id=item["doc_id"], file=file),
                        )
                    )
        for doc_id in sorted(set(loaded) - listed):
            found.append(Violation(f"documents/{doc_id}.json", msg(lang, "not_in_manifest")))
    return FileReport("manifest.json", 1, found)
