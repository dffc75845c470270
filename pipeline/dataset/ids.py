"""Stable fact ids: the same fact in the same document keeps its id across reruns and versions.

Extractors number their facts in list order (``q1``, ``q2``…), so one new fact early
in a report renumbers every later one. ``assign_stable_ids`` runs once, after every
extraction stage and the checks, and replaces each record id with a digest of what
the fact *is*: the document's content hash, the fact type and its normalized span
(offsets and NFKC text). Records without a span (checks, or future types) are keyed
by their content, references already remapped.

References are found by field name, never by a list of known fields, so fields that
other stages add later are remapped when they follow the convention:

* ``id`` — a record's own id (a nested ``id`` naming a record is remapped too);
* ``<name>_id`` — one reference; ``<name>_ids`` and ``fact_ids`` — a list of references;
* ``LEGACY_REFERENCE_FIELDS`` — older fields that name records without the suffix.

A value of a reference field that names no record but looks like an id (letters
then digits: a group label such as a quantity's ``range_id``) becomes a digest of
the stable ids of the records that share it; other values (``table_id`` 表 1) are
text and stay. Ids stay short and readable: ``<prefix>-<8 hex>`` with the extractor's
prefix (``q-1a2b3c4d``); when two facts have the same key, or two keys the same
8 hex digits, the tie is broken deterministically (``-2`` suffixes in content
order, longer digests).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

LEGACY_REFERENCE_FIELDS = frozenset({"refers_to", "start_date", "end_date"})
"""Fields named before the convention that hold record ids (Abbreviation, Period)."""

DIGEST_HEX = 8
_PREFIX_RE = re.compile(r"[A-Za-z]+")
_LABEL_RE = re.compile(r"^[A-Za-z]+\d+$")
"""What a group label looks like (``qr1``); labels such as ``表 1`` in ``table_id`` are text."""


@functools.cache
def is_reference_field(name: str) -> bool:
    """True for ``id``, ``*_id``, ``*_ids``, ``fact_ids`` and the legacy reference fields.

    Cached: a document has a few dozen field names and hundreds of thousands of fields."""
    return (
        name == "id"
        or name.endswith("_id")
        or name.endswith("_ids")
        or name in LEGACY_REFERENCE_FIELDS
    )


def _digest(*parts: str, length: int = DIGEST_HEX) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def _prefix(old_id: str, fact_type: str) -> str:
    m = _PREFIX_RE.match(old_id)
    return m.group(0).lower() if m else fact_type[:1]


def _canonical(item: dict[str, Any]) -> str:
    """The record's content without its own id, as stable JSON."""
    body = {k: v for k, v in item.items() if k != "id"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _span_key(item: dict[str, Any]) -> str | None:
    span = item.get("span")
    if not isinstance(span, dict) or "start" not in span or "end" not in span:
        return None
    text = unicodedata.normalize("NFKC", str(item.get("text", "")))
    return f"span:{span['start']}:{span['end']}:{text}"


def _records(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(type, record) for every record with an id: each fact list, then the checks."""
    facts = data.get("facts") or {}
    for fact_type in sorted(facts):
        for item in facts[fact_type] or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                yield fact_type, item
    for item in data.get("checks") or []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            yield "checks", item


def _remap(value: Any, mapping: dict[str, str], groups: dict[str, set[str]], owner: str) -> Any:
    """``value`` with every reference field remapped; unknown group labels noted in ``groups``."""
    if isinstance(value, list):
        return [
            _remap(v, mapping, groups, owner) if isinstance(v, (list, dict)) else v for v in value
        ]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        # The value's type first: numbers, None and bools (half the fields) need no more.
        # Their exact types are asked by identity (one ``type`` call, no ``isinstance``
        # chain); anything else, a subclass included, takes the ``isinstance`` tests.
        t = type(v)
        if t is int or t is float or t is bool or v is None:
            out[key] = v
        elif isinstance(v, str):
            out[key] = _remap_ref(key, v, mapping, groups, owner) if is_reference_field(key) else v
        elif isinstance(v, list):
            if is_reference_field(key):
                out[key] = [_remap_ref(key, ref, mapping, groups, owner) for ref in v]
            else:
                out[key] = [
                    _remap(x, mapping, groups, owner) if isinstance(x, (list, dict)) else x
                    for x in v
                ]
        elif isinstance(v, dict):
            out[key] = _remap(v, mapping, groups, owner)
        else:
            out[key] = v
    return out


def _remap_ref(
    key: str, ref: Any, mapping: dict[str, str], groups: dict[str, set[str]], owner: str
) -> Any:
    """One value of reference field ``key``: its new id, or itself (a label is noted)."""
    if not isinstance(ref, str):
        return ref
    new = mapping.get(ref)
    if new is not None:
        return new
    if key != "id" and _LABEL_RE.match(ref):
        groups[ref].add(owner)
    return ref


def _assign(
    keyed: list[tuple[str, dict[str, Any], str]], doc_hash: str, mapping: dict[str, str]
) -> None:
    """Give each (type, record, key) a new id in ``mapping`` (old id -> new id)."""
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for fact_type, item, key in keyed:
        by_key[(fact_type, key)].append(item)
    wanted: dict[str, list[tuple[str, str, int, dict[str, Any]]]] = defaultdict(list)
    for (fact_type, key), items in sorted(by_key.items()):
        if len(items) > 1:  # the content order breaks ties; a lone record needs none
            items.sort(key=_canonical)
        for n, item in enumerate(items, start=1):
            prefix = _prefix(item["id"], fact_type)
            wanted[prefix].append((fact_type, key, n, item))
    for prefix, entries in sorted(wanted.items()):
        short = defaultdict(list)
        for fact_type, key, n, item in entries:
            short[_digest(doc_hash, fact_type, key)].append((key, n, item))
        for dig, same in short.items():
            clash = len({key for key, _, _ in same}) > 1
            for key, n, item in same:
                full = _digest(doc_hash, key, length=16) if clash else dig
                new = f"{prefix}-{full}" + (f"-{n}" if n > 1 else "")
                mapping.setdefault(item["id"], new)


def span_fact_id(
    doc_hash: str, fact_type: str, prefix: str, start: int, end: int, text: str, taken: set[str]
) -> str:
    """The stable id a fact added later (by a reviewer) gets: the same scheme as extraction's."""
    key = _span_key({"span": {"start": start, "end": end}, "text": text})
    base = f"{prefix}-{_digest(doc_hash, fact_type, str(key))}"
    new, n = base, 1
    while new in taken:
        n += 1
        new = f"{base}-{n}"
    return new


def assign_stable_ids(data: dict[str, Any]) -> dict[str, Any]:
    """A serialized document with stable ids on every fact and check and every reference remapped.

    ``data`` is ``Document.model_dump(mode="json")``; the returned dict is a new one.
    """
    doc_hash = str((data.get("source") or {}).get("sha256", ""))
    mapping: dict[str, str] = {}
    records = list(_records(data))
    spanned = [(t, item, k) for t, item in records if (k := _span_key(item)) is not None]
    _assign(spanned, doc_hash, mapping)
    scratch: dict[str, set[str]] = defaultdict(set)
    spanless = [
        (t, item, "content:" + _canonical(_remap(item, mapping, scratch, "")))
        for t, item in records
        if _span_key(item) is None
    ]
    _assign(spanless, doc_hash, mapping)

    groups: dict[str, set[str]] = defaultdict(set)
    labelled: list[tuple[list[Any], int]] = []  # each remapped record that holds a label
    out = dict(data)
    facts = data.get("facts") or {}
    out["facts"] = {t: _remap_all(items, mapping, groups, labelled) for t, items in facts.items()}
    out["checks"] = _remap_all(data.get("checks") or [], mapping, groups, labelled)
    labels = {
        label: f"{_prefix(label, 'g')}-{_digest(doc_hash, 'group', *sorted(owners))}"
        for label, owners in groups.items()
    }
    # Only a record that noted a label in ``groups`` holds one (a label is a value that
    # named no record), so the second walk visits those records alone, not the document.
    for items, i in labelled:
        items[i] = _remap_labels(items[i], labels)
    return out


def _remap_all(
    items: list[Any],
    mapping: dict[str, str],
    groups: dict[str, set[str]],
    labelled: list[tuple[list[Any], int]],
) -> list[Any]:
    """Each record remapped (``_remap``); where one noted a group label, (list, index)
    is appended to ``labelled``."""
    out: list[Any] = []
    for item in items:
        own: dict[str, set[str]] = defaultdict(set)
        out.append(_remap(item, mapping, own, mapping.get(item.get("id", ""), "")))
        if own:
            labelled.append((out, len(out) - 1))
            for label, owners in own.items():
                groups[label] |= owners
    return out


def _remap_labels(value: Any, labels: dict[str, str]) -> Any:
    if isinstance(value, list):
        return [_remap_labels(v, labels) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key != "id" and is_reference_field(key) and isinstance(v, (str, list)):
            if isinstance(v, list):
                out[key] = [labels.get(x, x) if isinstance(x, str) else x for x in v]
            else:
                out[key] = labels.get(v, v)
        else:
            out[key] = _remap_labels(v, labels)
    return out
