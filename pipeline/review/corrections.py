"""Apply a reviewer's corrections to extracted documents, into ``<extracted>/reviewed/``.

The machine output in ``documents/`` is never touched. A correction is applied only
when it still fits: the corrections file names the source's sha256 (a re-extracted
or changed report refuses the whole file), every fact id must exist, every edit must
pass the fact's model. Anything refused is reported, never applied silently.
Output is deterministic: ``review.at`` comes from the corrections file, not the clock.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pipeline.dataset.ids import span_fact_id
from pipeline.emit import (
    atomic_write_text,
    document_to_json,
    safe_child,
    write_dataset_tables,
)
from pipeline.models import (
    AddCorrection,
    Corrections,
    Document,
    EditCorrection,
    Fact,
    FactReview,
    Facts,
    Manifest,
    ManifestInput,
    RejectCorrection,
)

REVIEWED = "reviewed"
ADD_RULE = "review.add.v1"
# Provenance is the pipeline's (or, for an added fact, the span's): never edited by hand.
FROZEN_FIELDS = frozenset({"id", "text", "span", "page", "sentence", "rule", "bbox", "review"})
ID_PREFIXES = {
    "quantities": "q",
    "dates": "d",
    "periods": "pr",
    "products": "p",
    "organizations": "o",
    "regulations": "r",
    "abbreviations": "a",
    "tables": "t",
    "figures": "f",
}


@dataclass
class Outcome:
    """One correction (or a whole file) and what became of it."""

    file: str
    doc_id: str | None
    index: int | None  # position in the file's ``corrections``; None for the whole file
    action: str | None
    fact_id: str | None
    status: str  # "applied" or "refused"
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ApplyReport:
    outcomes: list[Outcome] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # doc ids written to reviewed/

    @property
    def refused(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "refused"]

    @property
    def applied(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "applied"]


class Refused(Exception):
    """A correction that cannot be applied; the message says why."""


def fact_types(doc: Document) -> list[str]:
    """Every list-of-facts field of ``Facts`` (new fact types included without code here)."""
    return [name for name in Facts.model_fields if isinstance(getattr(doc.facts, name), list)]


def find_fact(doc: Document, fact_id: str) -> tuple[str, int] | None:
    """(fact type, index) of the fact with ``fact_id``."""
    for name in fact_types(doc):
        for i, item in enumerate(getattr(doc.facts, name)):
            if getattr(item, "id", None) == fact_id:
                return name, i
    return None


def _model_of(fact_type: str) -> type[BaseModel]:
    annotation = Facts.model_fields[fact_type].annotation
    inner = annotation.__args__[0]  # type: ignore[union-attr]
    assert isinstance(inner, type) and issubclass(inner, BaseModel)
    return inner


def _validation_reason(e: ValidationError) -> str:
    first = e.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "fact"
    return f"{where}: {first['msg']}"


def _merge_review(old: FactReview | None, action: str, at: str | None, field: str | None) -> Any:
    fields = list(old.fields) if old else []
    if field and field not in fields:
        fields.append(field)
    if old is not None and old.action == "add" and action == "edit":
        action = "add"  # still a reviewer-added fact, now with an edited field
    return FactReview(action=action, at=at, fields=fields)  # type: ignore[arg-type]


def _replace(doc: Document, fact_type: str, index: int, data: dict[str, Any]) -> None:
    items = getattr(doc.facts, fact_type)
    try:
        items[index] = _model_of(fact_type).model_validate(data)
    except ValidationError as e:
        raise Refused(_validation_reason(e)) from e


def _reject(doc: Document, c: RejectCorrection, at: str | None) -> str:
    found = find_fact(doc, c.fact_id)
    if found is None:
        raise Refused(f"fact {c.fact_id} does not exist in this document")
    fact_type, i = found
    fact = getattr(doc.facts, fact_type)[i]
    data = fact.model_dump()
    data["review"] = _merge_review(fact.review, "reject", at, None).model_dump()
    _replace(doc, fact_type, i, data)
    return c.fact_id


def _edit(doc: Document, c: EditCorrection, at: str | None) -> str:
    found = find_fact(doc, c.fact_id)
    if found is None:
        raise Refused(f"fact {c.fact_id} does not exist in this document")
    fact_type, i = found
    model = _model_of(fact_type)
    if c.field in FROZEN_FIELDS or c.field not in model.model_fields:
        raise Refused(f"{fact_type} field {c.field!r} cannot be edited")
    fact = getattr(doc.facts, fact_type)[i]
    data = fact.model_dump()
    data[c.field] = c.value
    data["review"] = _merge_review(fact.review, "edit", at, c.field).model_dump()
    _replace(doc, fact_type, i, data)
    return c.fact_id


def _next_id(doc: Document, fact_type: str, start: int, end: int) -> str:
    """A stable id (pipeline.dataset.ids) for a fact added at ``start:end``."""
    prefix = ID_PREFIXES.get(fact_type)
    if prefix is None:
        items = getattr(doc.facts, fact_type)
        m = re.fullmatch(r"([A-Za-z]+).*", items[0].id) if items else None
        prefix = m.group(1) if m else fact_type[:2]
    taken = {getattr(f, "id", "") for name in fact_types(doc) for f in getattr(doc.facts, name)}
    return span_fact_id(
        doc.source.sha256, fact_type, prefix, start, end, doc.text[start:end], taken
    )


def _add(doc: Document, c: AddCorrection, at: str | None) -> str:
    if c.type not in fact_types(doc):
        raise Refused(f"unknown fact type {c.type!r}")
    start, end = c.span.start, c.span.end
    if not 0 <= start < end <= len(doc.text):
        raise Refused(f"span {start}-{end} is outside the text (length {len(doc.text)})")
    frozen = sorted(set(c.fields) & FROZEN_FIELDS)
    if frozen:
        raise Refused(f"an added fact cannot set {', '.join(frozen)}")
    model = _model_of(c.type)
    if not issubclass(model, Fact):
        raise Refused(f"{c.type} are not span facts")
    for other in getattr(doc.facts, c.type):
        review = getattr(other, "review", None)
        rejected = review is not None and review.action == "reject"
        if (other.span.start, other.span.end) == (start, end) and not rejected:
            raise Refused(f"{c.type} already has {other.id} at {start}-{end}")
    fact_id = _next_id(doc, c.type, start, end)
    data: dict[str, Any] = {
        "id": fact_id,
        "text": doc.text[start:end],
        "span": {"start": start, "end": end},
        "page": doc.page_at(start),
        "sentence": doc.sentence_at(start),
        "rule": ADD_RULE,
        **c.fields,
        "review": {"action": "add", "at": at, "fields": sorted(c.fields)},
    }
    try:
        fact = model.model_validate(data)
    except ValidationError as e:
        raise Refused(_validation_reason(e)) from e
    items = getattr(doc.facts, c.type)
    items.append(fact)
    items.sort(key=lambda f: (f.span.start, f.span.end))
    return fact_id


def apply_to_document(
    doc: Document, corrections: Corrections, file: str
) -> tuple[Document, list[Outcome]]:
    """A reviewed copy of ``doc`` and the outcome of every correction, in file order."""
    reviewed = doc.model_copy(deep=True)
    outcomes: list[Outcome] = []
    for i, c in enumerate(corrections.corrections):
        at = c.at or corrections.at
        fact_id = getattr(c, "fact_id", None)
        try:
            if isinstance(c, RejectCorrection):
                fact_id = _reject(reviewed, c, at)
            elif isinstance(c, EditCorrection):
                fact_id = _edit(reviewed, c, at)
            else:
                fact_id = _add(reviewed, c, at)
        except Refused as e:
            outcomes.append(Outcome(file, doc.doc_id, i, c.action, fact_id, "refused", str(e)))
            continue
        outcomes.append(Outcome(file, doc.doc_id, i, c.action, fact_id, "applied"))
    return reviewed, outcomes


def load_corrections(path: Path) -> Corrections:
    """One corrections file, validated against its model (``schemas/corrections.schema.json``)."""
    return Corrections.model_validate_json(path.read_bytes())


def without_rejected(doc_json: dict[str, Any]) -> dict[str, Any]:
    """The document as a dataset sees it: rejected facts left out."""
    facts = {
        name: [f for f in items if (f.get("review") or {}).get("action") != "reject"]
        if isinstance(items, list)
        else items
        for name, items in doc_json["facts"].items()
    }
    return {**doc_json, "facts": facts}


def apply_corrections(extracted: Path, corrections_dir: Path) -> ApplyReport:
    """Apply every ``corrections_dir/*.json`` to ``extracted/documents``; write ``reviewed/``.

    ``reviewed/`` holds exactly the documents that have a corrections file that
    could be applied (an empty ``corrections`` list means "reviewed, all accepted"),
    their CSVs with rejected facts left out, and ``corrections.jsonl``: one line per
    correction saying whether it was applied and, if not, why.
    """
    report = ApplyReport()
    out = safe_child(extracted, REVIEWED)
    written: dict[str, dict[str, Any]] = {}
    for path in sorted(corrections_dir.glob("*.json")):
        name = path.name
        try:
            corrections = load_corrections(path)
        except (ValidationError, ValueError, OSError) as e:
            reason = _validation_reason(e) if isinstance(e, ValidationError) else str(e)
            report.outcomes.append(Outcome(name, None, None, None, None, "refused", reason))
            continue
        doc_path = safe_child(extracted, "documents", f"{corrections.doc_id}.json")
        if not doc_path.is_file():
            reason = f"no document {corrections.doc_id} in {extracted / 'documents'}"
            report.outcomes.append(
                Outcome(name, corrections.doc_id, None, None, None, "refused", reason)
            )
            continue
        doc = Document.model_validate_json(doc_path.read_bytes())
        if doc.source.sha256 != corrections.source_sha256:
            reason = (
                f"the document changed since review (sha256 {doc.source.sha256[:12]}…, "
                f"corrections made on {corrections.source_sha256[:12]}…)"
            )
            report.outcomes.append(Outcome(name, doc.doc_id, None, None, None, "refused", reason))
            continue
        if doc.doc_id in written:
            reason = f"a second corrections file for {doc.doc_id}"
            report.outcomes.append(Outcome(name, doc.doc_id, None, None, None, "refused", reason))
            continue
        reviewed, outcomes = apply_to_document(doc, corrections, name)
        report.outcomes.extend(outcomes)
        written[doc.doc_id] = json.loads(document_to_json(reviewed))
    _write_reviewed(extracted, out, written, report)
    return report


def _reviewed_manifest(
    extracted: Path, docs: dict[str, dict[str, Any]], counts: dict[str, int]
) -> Manifest:
    """The machine manifest narrowed to the reviewed documents, with the reviewed counts."""
    from pipeline import __version__

    inputs: list[ManifestInput] = []
    version = __version__
    source = extracted / "manifest.json"
    if source.is_file():
        machine = Manifest.model_validate_json(source.read_bytes())
        version = machine.pipeline_version
        inputs = [i for i in machine.inputs if i.doc_id in docs]
    for i in inputs:
        facts = without_rejected(docs[str(i.doc_id)])["facts"]
        i.counts = {
            **{k: len(v) for k, v in facts.items()},
            "checks": len(docs[str(i.doc_id)]["checks"]),
        }
    return Manifest(
        pipeline_version=version,
        inputs=inputs,
        counts={**counts, "documents": len(docs), "errors": 0},
        errors=[],
    )


def _write_reviewed(
    extracted: Path, out: Path, docs: dict[str, dict[str, Any]], report: ApplyReport
) -> None:
    from pipeline.emit import dumps, write_manifest

    docs_dir = out / "documents"
    docs_dir.mkdir(parents=True, exist_ok=True)
    for doc_id, data in sorted(docs.items()):
        atomic_write_text(safe_child(out, "documents", f"{doc_id}.json"), dumps(data))
        report.documents.append(doc_id)
    keep = {f"{doc_id}.json" for doc_id in docs}
    for stale in docs_dir.glob("*.json"):  # reviewed/ mirrors the corrections folder
        if stale.name not in keep:
            stale.unlink()
    for stale in (out / "tables").glob("*.csv") if (out / "tables").is_dir() else []:
        stale.unlink()
    counts = write_dataset_tables(out, [without_rejected(d) for d in docs.values()])
    write_manifest(out, _reviewed_manifest(extracted, docs, counts))
    lines = "".join(
        json.dumps(o.as_dict(), ensure_ascii=False, sort_keys=True) + "\n" for o in report.outcomes
    )
    atomic_write_text(out / "corrections.jsonl", lines)
