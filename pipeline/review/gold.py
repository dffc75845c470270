"""Reviewed documents → gold files in the ``tests/gold/FORMAT.md`` format.

What a reviewer accepted (every fact not rejected, with its edits, plus the facts
they added) becomes the gold the next version is scored against by ``eval``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.emit import atomic_write_text
from pipeline.models import Document


def _accepted(items: list[Any]) -> list[Any]:
    """Facts not rejected, in reading order."""
    kept = [f for f in items if getattr(f, "review", None) is None or f.review.action != "reject"]
    return sorted(kept, key=lambda f: (f.span.start, f.span.end))


def _number(value: float) -> float | int:
    """18120000000.0 → 18120000000, as gold files write whole numbers."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _names(items: list[Any]) -> list[str]:
    seen: dict[str, str] = {}
    for f in _accepted(items):
        seen.setdefault(f.name.casefold(), f.name)
    return list(seen.values())


def document_to_gold(doc: Document) -> dict[str, Any]:
    """The gold file of one reviewed document."""
    quantities = []
    for q in _accepted(doc.facts.quantities):
        item: dict[str, Any] = {
            "text": q.text,
            "value": _number(q.value),
            "unit": q.unit,
            "qualifier": q.qualifier,
            "year": q.year,
            "is_forecast": q.is_forecast,
        }
        if q.subject:
            item["subject"] = q.subject
        if q.review is not None:
            item["note"] = f"review: {q.review.action}"
        quantities.append(item)
    published = doc.metadata.published
    return {
        "source": doc.source.path,
        "doc_date": published[:7] if published else None,
        "reviewed": {"doc_id": doc.doc_id, "sha256": doc.source.sha256},
        "quantities": quantities,
        "dates": [
            {"text": d.text, "iso": d.iso} for d in _accepted(doc.facts.dates) if d.iso is not None
        ],
        "products": _names(doc.facts.products),
        "organizations": _names(doc.facts.organizations),
    }


@dataclass
class GoldResult:
    doc_id: str
    path: Path
    status: str  # "written", "unchanged", "refused" (exists and differs), "skipped"
    reason: str = ""


def write_gold(reviewed: Path, out: Path, force: bool = False) -> list[GoldResult]:
    """One ``<stem>.json`` per reviewed document (stem of the source file name).

    An existing, different gold file is kept unless ``force``: hand-made gold is
    never overwritten by accident. When a TXT and a PDF of one report were both
    reviewed, the TXT wins (as ``eval`` picks the TXT input for a stem).
    """
    docs_dir = reviewed / "documents" if (reviewed / "documents").is_dir() else reviewed
    docs = [Document.model_validate_json(p.read_bytes()) for p in sorted(docs_dir.glob("*.json"))]
    docs.sort(key=lambda d: (Path(d.source.path).stem, d.source.format != "txt", d.doc_id))
    results: list[GoldResult] = []
    stems: set[str] = set()
    for doc in docs:
        stem = Path(doc.source.path).stem
        path = out / f"{stem}.json"
        if stem in stems:
            results.append(GoldResult(doc.doc_id, path, "skipped", f"{stem}.json came from a TXT"))
            continue
        stems.add(stem)
        text = json.dumps(document_to_gold(doc), ensure_ascii=False, indent=1) + "\n"
        if path.exists():
            if path.read_text(encoding="utf-8") == text:
                results.append(GoldResult(doc.doc_id, path, "unchanged"))
                continue
            if not force:
                reason = f"{path} exists and differs (use --force to replace it)"
                results.append(GoldResult(doc.doc_id, path, "refused", reason))
                continue
        atomic_write_text(path, text)
        results.append(GoldResult(doc.doc_id, path, "written"))
    return results
