"""Compare two extracted folders fact by fact: what a new version, a lexicon edit or a
rerun with other options changed.

An analyst who upgrades the pipeline, or adds names to a lexicon, wants to see exactly
which facts of the documents already checked came, went or changed (a year link, a
value, a boundary) before trusting the new run; a developer wants the same list to read
every fact a new rule touches on texts it was not written for. Facts are paired by their
span when both runs read the same text (by their text and its occurrence otherwise); a
pair whose fields differ is a change, a fact of one run only is an addition or a removal.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FACT_TYPES: tuple[str, ...] = (
    "quantities",
    "dates",
    "periods",
    "organizations",
    "products",
    "targets",
    "regulations",
    "abbreviations",
    "tables",
    "figures",
)

# Fields that say where a fact is or how it is referenced, not what it says: they change
# whenever anything before them changes (ids are content hashes, bboxes follow layout).
_IGNORED = frozenset({"id", "bbox", "span", "text", "page", "sentence", "mentions", "rows"})
_IGNORED_SUFFIXES = ("_id", "_ids")


@dataclass(frozen=True)
class FactChange:
    """One fact added, removed or changed between two runs of one document."""

    doc_id: str
    fact_type: str
    change: str  # "added", "removed" or "changed"
    text: str
    start: int
    fields: dict[str, tuple[Any, Any]]  # changed: name → (old, new); added/removed: {}
    summary: dict[str, Any]  # the fact's main fields in the run that has it (new if both)
    context: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "fact_type": self.fact_type,
            "change": self.change,
            "text": self.text,
            "start": self.start,
            "fields": {k: list(v) for k, v in self.fields.items()},
            "summary": self.summary,
            "context": self.context,
        }


@dataclass
class Comparison:
    """Every change between two folders, and the documents only one of them holds."""

    changes: list[FactChange] = field(default_factory=list)
    only_old: list[str] = field(default_factory=list)
    only_new: list[str] = field(default_factory=list)
    text_changed: list[str] = field(default_factory=list)
    documents: int = 0

    def counts(self) -> dict[str, dict[str, int]]:
        """Per fact type: how many added, removed, changed, and how often each field changed."""
        out: dict[str, dict[str, int]] = {}
        for c in self.changes:
            row = out.setdefault(c.fact_type, {"added": 0, "removed": 0, "changed": 0})
            row[c.change] += 1
            for name in c.fields:
                row[f"field:{name}"] = row.get(f"field:{name}", 0) + 1
        return dict(sorted(out.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "only_old": self.only_old,
            "only_new": self.only_new,
            "text_changed": self.text_changed,
            "counts": self.counts(),
            "changes": [c.as_dict() for c in self.changes],
        }


def _load(folder: Path) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted((folder / "documents").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[str(doc.get("doc_id") or path.stem)] = doc
    return docs


def _compared(fact: Mapping[str, Any], fields: frozenset[str] | None) -> dict[str, Any]:
    if fields is not None:
        return {k: fact.get(k) for k in sorted(fields)}
    return {
        k: v
        for k, v in sorted(fact.items())
        if k not in _IGNORED and not k.endswith(_IGNORED_SUFFIXES)
    }


def _summary(fact_type: str, fact: Mapping[str, Any]) -> dict[str, Any]:
    """The fields a reader looks at first, per fact type."""
    names = {
        "quantities": ("value", "unit", "qualifier", "year", "is_forecast", "rule"),
        "dates": ("iso", "precision", "qualifier", "rule"),
        "organizations": ("name", "kind", "stock_code", "rule"),
        "products": ("name", "company", "modality", "rule"),
        "tables": ("title", "caption", "unit", "rule"),
    }.get(fact_type, ("name", "rule"))
    out = {k: fact.get(k) for k in names if fact.get(k) is not None}
    if fact_type == "tables":
        out["rows"] = len(fact.get("rows") or [])
        out["columns"] = len(fact.get("columns") or [])
    return out


def _keyed(
    facts: Sequence[Mapping[str, Any]], by_span: bool
) -> dict[tuple[Any, ...], Mapping[str, Any]]:
    """Facts by span (same text in both runs) or by text and occurrence (text changed)."""
    out: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    seen: Counter[str] = Counter()
    for f in sorted(facts, key=lambda f: (f["span"]["start"], f["span"]["end"], str(f.get("id")))):
        if by_span:
            key: tuple[Any, ...] = (f["span"]["start"], f["span"]["end"])
        else:
            key = (f.get("text", ""), seen[f.get("text", "")])
            seen[f.get("text", "")] += 1
        while key in out:  # two facts on one span (an organization and its alias)
            key = (*key, "+")
        out[key] = f
    return out


def _context(text: str, start: int, end: int, width: int) -> str:
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return f"{before}【{text[start:end]}】{after}".replace("\n", "⏎")


def compare_documents(
    doc_id: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    fact_types: Iterable[str] = FACT_TYPES,
    fields: frozenset[str] | None = None,
    context: int = 30,
) -> list[FactChange]:
    """Changes of one document between two runs, in reading order per fact type."""
    by_span = old.get("text") == new.get("text")
    text = str(new.get("text", ""))
    out: list[FactChange] = []
    for fact_type in fact_types:
        a = _keyed(old.get("facts", {}).get(fact_type, []), by_span)
        b = _keyed(new.get("facts", {}).get(fact_type, []), by_span)
        for key in sorted(set(a) | set(b)):
            fa, fb = a.get(key), b.get(key)
            shown = fb if fb is not None else fa
            assert shown is not None
            span = shown["span"]
            src = text if fb is not None else str(old.get("text", ""))
            ctx = _context(src, span["start"], span["end"], context)
            if fa is None or fb is None:
                out.append(
                    FactChange(
                        doc_id,
                        fact_type,
                        "added" if fa is None else "removed",
                        str(shown.get("text", "")),
                        int(span["start"]),
                        {},
                        _summary(fact_type, shown),
                        ctx,
                    )
                )
                continue
            ca, cb = _compared(fa, fields), _compared(fb, fields)
            diff = {
                k: (ca.get(k), cb.get(k))
                for k in sorted(set(ca) | set(cb))
                if ca.get(k) != cb.get(k)
            }
            if diff:
                out.append(
                    FactChange(
                        doc_id,
                        fact_type,
                        "changed",
                        str(fb.get("text", "")),
                        int(span["start"]),
                        diff,
                        _summary(fact_type, fb),
                        ctx,
                    )
                )
    return out


def compare_folders(
    old: Path,
    new: Path,
    fact_types: Iterable[str] = FACT_TYPES,
    fields: Iterable[str] | None = None,
    context: int = 30,
) -> Comparison:
    """Every fact added, removed or changed from the ``old`` extracted folder to ``new``."""
    a, b = _load(old), _load(new)
    wanted = frozenset(fields) if fields is not None else None
    types = tuple(fact_types)
    result = Comparison(only_old=sorted(set(a) - set(b)), only_new=sorted(set(b) - set(a)))
    for doc_id in sorted(set(a) & set(b)):
        result.documents += 1
        if a[doc_id].get("text") != b[doc_id].get("text"):
            result.text_changed.append(doc_id)
        result.changes.extend(
            compare_documents(doc_id, a[doc_id], b[doc_id], types, wanted, context)
        )
    return result


def format_change(c: FactChange) -> str:
    """One line per change: where, what, and the words around it."""
    mark = {"added": "+", "removed": "-", "changed": "~"}[c.change]
    if c.fields:
        what = "; ".join(f"{k}: {_show(old)} → {_show(new)}" for k, (old, new) in c.fields.items())
    else:
        what = " ".join(f"{k}={_show(v)}" for k, v in c.summary.items())
    return f"{c.doc_id}\t{c.fact_type}\t{mark} {c.text}@{c.start}\t{what}\t{c.context}"


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


__all__ = [
    "FACT_TYPES",
    "Comparison",
    "FactChange",
    "compare_documents",
    "compare_folders",
    "format_change",
]
