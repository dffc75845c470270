"""Score extracted facts against hand-made gold files (tests/gold/FORMAT.md).

Quantities match on (value within 1e-6 relative, unit) as a multiset; dates on
iso as a multiset; products and organizations on case-folded names as sets.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.models import Document

FACT_TYPES = ("quantities", "dates", "products", "organizations")


@dataclass
class Score:
    fact_type: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Detail:
    """One missed or spurious fact, with the sentence a reader checks it against."""

    fact_type: str
    kind: str  # "missing" or "spurious"
    value: str  # what was compared: "18120000000 USD", "2023-02", a name
    text: str | None  # as written (the fact's text, or the gold entry's)
    sentence: str | None  # the fact's sentence; for a missed fact, the first one holding its text
    fact_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DocScore:
    doc: str
    scores: dict[str, Score]
    missing: dict[str, list[Any]]
    spurious: dict[str, list[Any]]
    details: list[Detail] = field(default_factory=list)
    # year / is_forecast link scores and the (extracted, gold) quantity pairs behind them
    links: dict[str, LinkScore] = field(default_factory=dict)
    link_pairs: list[tuple[Any, dict[str, Any]]] = field(default_factory=list)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def match_quantities(
    predicted: Sequence[tuple[float, str]], gold: Sequence[tuple[float, str]]
) -> tuple[int, list[tuple[float, str]], list[tuple[float, str]]]:
    """Greedy multiset match on unit equality and relative value tolerance."""
    remaining = list(gold)
    spurious: list[tuple[float, str]] = []
    tp = 0
    for value, unit in predicted:
        for k, (gv, gu) in enumerate(remaining):
            if gu == unit and _close(value, gv):
                del remaining[k]
                tp += 1
                break
        else:
            spurious.append((value, unit))
    return tp, spurious, remaining


def _multiset(pred: Iterable[str], gold: Iterable[str]) -> tuple[int, list[str], list[str]]:
    remaining = list(gold)
    spurious = []
    tp = 0
    for p in pred:
        if p in remaining:
            remaining.remove(p)
            tp += 1
        else:
            spurious.append(p)
    return tp, spurious, remaining


def score_document(doc: Document, gold: dict[str, Any]) -> DocScore:
    scores: dict[str, Score] = {}
    missing: dict[str, list[Any]] = {}
    spurious: dict[str, list[Any]] = {}
    q_pred = [(q.value, q.unit) for q in doc.facts.quantities]
    q_gold = [(float(q["value"]), q["unit"]) for q in gold.get("quantities", [])]
    tp, sp, mi = match_quantities(q_pred, q_gold)
    scores["quantities"] = Score("quantities", tp, len(sp), len(mi))
    spurious["quantities"], missing["quantities"] = sp, mi
    d_pred = [d.iso for d in doc.facts.dates if d.iso]
    d_gold = [d["iso"] for d in gold.get("dates", [])]
    tp, sp2, mi2 = _multiset(d_pred, d_gold)
    scores["dates"] = Score("dates", tp, len(sp2), len(mi2))
    spurious["dates"], missing["dates"] = sp2, mi2
    for kind in ("products", "organizations"):
        gold_names = {n.casefold() for n in gold.get(kind, [])}
        entities = [
            (ent.name.casefold(), {a.casefold() for a in ent.aliases})
            for ent in getattr(doc.facts, kind)
        ]
        found = {n for name, aliases in entities for n in (name, *aliases)}
        # An entity found under an alias that gold lists counts once; other aliases are
        # not counted as spurious (gold lists "abbreviation and full name both" when written).
        fp_set = {
            name
            for name, aliases in entities
            if name not in gold_names and not aliases & gold_names
        }
        fn_set = gold_names - found
        scores[kind] = Score(kind, len(gold_names & found), len(fp_set), len(fn_set))
        spurious[kind], missing[kind] = sorted(fp_set), sorted(fn_set)
    return DocScore(doc.doc_id, scores, missing, spurious)


def _sentence_text(doc: Document, index: int | None) -> str | None:
    if index is None or not 0 <= index < len(doc.sentences):
        return None
    s = doc.sentences[index]
    return doc.text[s.start : s.end]


def _sentence_of_text(doc: Document, text: str | None, taken: set[int]) -> str | None:
    """The sentence of the first occurrence of ``text`` that no matched fact starts at."""
    if not text:
        return None
    at = doc.text.find(text)
    while at >= 0 and at in taken:
        at = doc.text.find(text, at + 1)
    return _sentence_text(doc, doc.sentence_at(at)) if at >= 0 else None


def _num(value: float) -> str:
    return f"{value:.15g}"


def explain(doc: Document, gold: dict[str, Any]) -> list[Detail]:
    """Every missed and spurious fact of ``score_document``, with its sentence.

    Repeats the scorer's matching (same order, same tolerance) over the facts
    themselves, so each unmatched item can be shown where it stands in the text.
    """
    details: list[Detail] = []
    matched: set[int] = set()
    remaining = list(gold.get("quantities", []))
    for q in doc.facts.quantities:
        k = next(
            (
                k
                for k, g in enumerate(remaining)
                if g["unit"] == q.unit and _close(q.value, float(g["value"]))
            ),
            None,
        )
        if k is None:
            sentence = _sentence_text(doc, q.sentence)
            value = f"{_num(q.value)} {q.unit}"
            details.append(Detail("quantities", "spurious", value, q.text, sentence, q.id))
        else:
            matched.add(q.span.start)
            del remaining[k]
    for g in remaining:
        sentence = _sentence_of_text(doc, g.get("text"), matched)
        value = f"{_num(float(g['value']))} {g['unit']}"
        details.append(Detail("quantities", "missing", value, g.get("text"), sentence))
    matched = set()
    gold_dates = list(gold.get("dates", []))
    for d in doc.facts.dates:
        if not d.iso:
            continue
        k = next((k for k, g in enumerate(gold_dates) if g["iso"] == d.iso), None)
        if k is None:
            sentence = _sentence_text(doc, d.sentence)
            details.append(Detail("dates", "spurious", d.iso, d.text, sentence, d.id))
        else:
            matched.add(d.span.start)
            del gold_dates[k]
    for g in gold_dates:
        sentence = _sentence_of_text(doc, g.get("text"), matched)
        details.append(Detail("dates", "missing", g["iso"], g.get("text"), sentence))
    for kind in ("products", "organizations"):
        gold_names = {n.casefold(): n for n in gold.get(kind, [])}
        found: set[str] = set()
        for ent in getattr(doc.facts, kind):
            names = {ent.name.casefold(), *(a.casefold() for a in ent.aliases)}
            found |= names
            if not names & gold_names.keys():
                sentence = _sentence_text(doc, ent.sentence)
                details.append(Detail(kind, "spurious", ent.name, ent.text, sentence, ent.id))
        for key, name in sorted(gold_names.items()):
            if key not in found:
                sentence = _sentence_of_text(doc, name, set())
                details.append(Detail(kind, "missing", name, name, sentence))
    return details


def find_input(stem: str, inputs: Sequence[Path]) -> Path | None:
    """The input file whose stem names the gold file (text before PDF).

    The inputs ``run`` takes: in a folder its PDF and text files (``.pdf``, ``.txt``,
    ``.text``), and a file named on the command line whatever its suffix (a Markdown
    report), so a report ``run`` extracts is never skipped silently by ``eval``.
    """
    from pipeline.run import INPUT_SUFFIXES

    candidates: list[Path] = []
    for p in inputs:
        if p.is_dir():
            candidates.extend(
                c for c in sorted(p.glob(f"{stem}.*")) if c.suffix.lower() in INPUT_SUFFIXES
            )
        elif p.stem == stem:
            candidates.append(p)
    candidates.sort(key=lambda c: (c.suffix.lower() == ".pdf", c.suffix.lower() != ".txt", str(c)))
    return candidates[0] if candidates else None


def gold_documents(
    gold_dir: Path, inputs: Sequence[Path], *, unseen: bool = False
) -> Iterator[tuple[Document, Any]]:
    """Each gold file that has a matching input, with that input extracted.

    ``unseen`` extracts the products and organizations again with the document's own
    gold names taken out of every lexicon: what the rules find in a report whose names
    they have never heard of, i.e. generalization rather than lexicon memory.
    """
    from pipeline.config import Settings
    from pipeline.run import build_document

    for gold_path in sorted(gold_dir.glob("*.json")):
        src = find_input(gold_path.stem, inputs)
        if src is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = build_document(src, Settings(isolate=False))
        if unseen:
            unseen_entities(doc, [*gold.get("products", []), *gold.get("organizations", [])])
        yield doc, gold


def unseen_entities(doc: Document, names: Sequence[str]) -> None:
    """Replace ``doc``'s products and organizations with those found when no lexicon
    lists any of ``names``."""
    from pipeline.extract.entities import Lexicons, extract_entities

    found = extract_entities(doc, doc.facts.dates, Lexicons.load().without(names))
    doc.facts.products = found.products
    doc.facts.organizations = found.organizations


def evaluate(gold_dir: Path, inputs: Sequence[Path], *, unseen: bool = False) -> list[DocScore]:
    """Score every gold file that has a matching input, with each miss and spurious fact.

    ``unseen``: products and organizations are scored with each document's gold names
    removed from the lexicons (see ``gold_documents``).
    """
    results = []
    for doc, gold in gold_documents(gold_dir, inputs, unseen=unseen):
        result = score_document(doc, gold)
        result.details = explain(doc, gold)
        result.link_pairs = _pair_quantities(doc, gold)
        result.links = _score_pairs(result.link_pairs)
        results.append(result)
    return results


def totals(results: Sequence[DocScore]) -> dict[str, Score]:
    out = {}
    for t in FACT_TYPES:
        out[t] = Score(
            t,
            sum(r.scores[t].tp for r in results),
            sum(r.scores[t].fp for r in results),
            sum(r.scores[t].fn for r in results),
        )
    return out


def report_json(results: Sequence[DocScore]) -> dict[str, Any]:
    return {
        "documents": {
            r.doc: {
                "scores": {k: s.as_dict() for k, s in r.scores.items()},
                "missing": {
                    k: [list(x) if isinstance(x, tuple) else x for x in v]
                    for k, v in r.missing.items()
                },
                "spurious": {
                    k: [list(x) if isinstance(x, tuple) else x for x in v]
                    for k, v in r.spurious.items()
                },
            }
            for r in results
        },
        "total": {k: s.as_dict() for k, s in totals(results).items()},
    }


# --------------------------------------------------------------------------- links


@dataclass
class LinkScore:
    """How many matched quantities carry the gold ``year`` / ``is_forecast``."""

    link: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


def _pair_quantities(doc: Document, gold: dict[str, Any]) -> list[tuple[Any, dict[str, Any]]]:
    """Gold quantities paired with extracted ones: same value and unit, and one text inside
    the other (gold may quote 約 or 超, the pipeline may too).

    Pairs keep both lists' reading order and are as many as order allows (a longest common
    subsequence): a greedy walk let one value the pipeline reads only once (the second of two
    `一年`) take the first gold entry and shift every pair after it. Gold entries left over
    then take any unused match, the nearest after the last pair first, so a value read out of
    order is still scored."""
    preds = sorted(doc.facts.quantities, key=lambda q: q.span.start)
    golds = list(gold.get("quantities", []))

    def fits(g: dict[str, Any], q: Any) -> bool:
        if q.unit != g["unit"] or not _close(q.value, float(g["value"])):
            return False
        text = str(g.get("text", "")).strip()
        return not text or text in q.text or q.text.strip() in text

    ok = [[fits(g, q) for q in preds] for g in golds]
    n, m = len(golds), len(preds)
    best = [[0] * (m + 1) for _ in range(n + 1)]  # best[i][j]: pairs within golds[i:], preds[j:]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            row[j] = max(below[j], row[j + 1], below[j + 1] + 1 if ok[i][j] else 0)
    paired: dict[int, int] = {}
    i = j = 0
    while i < n and j < m:
        if ok[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            paired[i] = j
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    used = set(paired.values())
    cursor = 0
    for i in range(n):
        if i in paired:
            cursor = paired[i] + 1
            continue
        for k in [*range(cursor, m), *range(cursor)]:
            if k not in used and ok[i][k]:
                paired[i] = k
                used.add(k)
                break
    return [(preds[paired[i]], golds[i]) for i in range(n) if i in paired]


def score_links(doc: Document, gold: dict[str, Any]) -> dict[str, LinkScore]:
    """Year and forecast accuracy over the gold quantities that carry them, matched to the
    extracted quantities by text and order; unmatched gold quantities are not counted."""
    return _score_pairs(_pair_quantities(doc, gold))


def _score_pairs(pairs: Sequence[tuple[Any, dict[str, Any]]]) -> dict[str, LinkScore]:
    out = {k: LinkScore(k, 0, 0) for k in ("year", "is_forecast")}
    for q, g in pairs:
        if "year" in g:
            out["year"].total += 1
            out["year"].correct += int(q.year == g["year"])
        if "is_forecast" in g:
            out["is_forecast"].total += 1
            out["is_forecast"].correct += int(q.is_forecast == bool(g["is_forecast"]))
    return out
