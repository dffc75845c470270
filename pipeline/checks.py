"""Cross-fact consistency checks: do the extracted facts agree with each other?

A report states the same number several ways (parts and their whole, a base
year and a forecast, shares of one market); when the extracted facts disagree,
either the report or the extraction is wrong, and the analyst should look. Every
check names the fact ids it used, says ``pass``, ``fail`` or ``info``, and keeps
its numbers in ``values`` (the implied growth rate is computed and stored here).

Detection works on sentence structure, with the cue words in
``lexicon/checks.yaml``: parts are same-unit quantities joined by list
separators (``A、B 及 C``) next to a whole announced by a total cue
(``等 9 項``, ``合計``) or followed by an inclusion cue (``7 項…，包含 a … 及 b``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from pipeline.chars import fold_width, last_of
from pipeline.lexicon import load_lexicon
from pipeline.models import Check, DateFact, Document, Facts, Product, Quantity

RULE_PREFIX = "checks."
APPROX_SHARE = 0.1  # "約 780 件" may be 10 % off either way
SUM_KINDS = frozenset({"count", "money", "other", "duration"})
GROWTH_KINDS = frozenset({"count", "money", "other"})
_EPS = 1e-9


def _rule(name: str) -> str:
    return f"{RULE_PREFIX}{name}.v1"


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so ``以及`` wins over ``及``."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _spaced_alternation(words: Iterable[str]) -> str:
    """``_alternation`` whose words may be letter-spaced as a justified table header
    sets them (``借 款 期 間`` for 借款期間): one space at most between two characters."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"[ \u3000]?".join(re.escape(ch) for ch in w) for w in ordered)


@dataclass(frozen=True)
class _Cues:
    separator: re.Pattern[str]
    stop: re.Pattern[str]
    total_tail: re.Pattern[str]  # total cue + fillers at the end of the text before a whole
    total: re.Pattern[str]
    inclusion: re.Pattern[str]
    inclusion_mode: dict[str, str]
    respective: re.Pattern[str]  # 分別 right before the cue: part i is within whole i
    subset: re.Pattern[str]  # the "within" inclusion cues (其中): a share of a share follows
    category: re.Pattern[str]  # "以下的" right at a quantity's end: a category bound
    per_unit: re.Pattern[str]  # 每股 before the parts: amounts per unit, no parts of a total
    not_whole: re.Pattern[str]  # in a whole's clause: a difference or a net figure
    filler_tail: re.Pattern[str]  # a filler word ending right before a number
    max_gap: int
    max_lead_gap: int
    max_cue_gap: int
    share: re.Pattern[str]
    change: re.Pattern[str]
    ratio: re.Pattern[str]  # a ratio to what the part is no part of (占 GDP): may pass 100
    market: re.Pattern[str]  # a market share: of a market, never summed with other shares
    breakdown: re.Pattern[str]  # between two shares: the second is of the first's item
    window: int
    cagr: re.Pattern[str]
    tolerance_points: float
    forecast: re.Pattern[str]
    schedule: re.Pattern[str]
    header: re.Pattern[str]
    header_window: int
    after_date: re.Pattern[str]
    suffix: re.Pattern[str]


@functools.cache
def _cues() -> _Cues:
    lex = load_lexicon("checks")
    parts, pct, growth, fc = lex["parts"], lex["percent"], lex["growth"], lex["forecast"]
    fillers = _alternation(parts["fillers"])
    inclusion = {item["cue"]: item["mode"] for item in parts["inclusion_after_whole"]}
    neg = "".join(re.escape(c) for c in parts["negations"])
    return _Cues(
        separator=re.compile(_alternation(parts["separators"])),
        stop=re.compile(_alternation(parts["stops"])),
        total_tail=re.compile(
            rf"(?:{_alternation(parts['total_before_whole'])})(?:\s|{fillers})*\Z"
        ),
        total=re.compile(_alternation(parts["total_before_whole"])),
        # 未包含, 不含: a negation right before the cue, or before the word it ends (含 of 包含)
        inclusion=re.compile(rf"(?<![{neg}])(?<![{neg}].)(?:{_alternation(inclusion)})"),
        inclusion_mode=inclusion,
        respective=re.compile(rf"(?:{_alternation(parts['respective'])})\s*\Z"),
        subset=re.compile(_alternation(c for c, mode in inclusion.items() if mode == "within")),
        category=re.compile(
            rf"(?:{_alternation(parts['category_suffixes'])})\s*(?:{_alternation(parts['category_link'])})"
        ),
        per_unit=re.compile(_alternation(parts["per_unit"])),
        not_whole=re.compile(_alternation(parts["not_whole_clause"])),
        filler_tail=re.compile(rf"(?:{fillers}|\s)\Z"),
        max_gap=int(parts["max_gap"]),
        max_lead_gap=int(parts["max_lead_gap"]),
        max_cue_gap=int(parts["max_cue_gap"]),
        share=re.compile(_alternation(pct["share_cues"]), re.IGNORECASE),
        change=re.compile(_alternation(pct["change_cues"]), re.IGNORECASE),
        ratio=re.compile(_alternation(pct["ratio_words"]), re.IGNORECASE),
        market=re.compile(_alternation(pct["market_share_cues"]), re.IGNORECASE),
        breakdown=re.compile(_alternation(pct["breakdown_cues"])),
        window=int(pct["window"]),
        cagr=re.compile(_alternation(growth["cagr_cues"]), re.IGNORECASE),
        tolerance_points=float(growth["tolerance_points"]),
        forecast=re.compile(_alternation(fc["cues"]), re.IGNORECASE),
        schedule=re.compile(_alternation(fc["schedule_cues"]), re.IGNORECASE),
        header=re.compile(_spaced_alternation(fc["header_cues"]), re.IGNORECASE),
        header_window=int(fc["header_window"]),
        after_date=re.compile(rf"\s*(?:{_alternation(fc['after_date'])})"),
        suffix=re.compile(_alternation(fc["suffixes"])),
    )


# --------------------------------------------------------------------------- helpers


def _num(value: float) -> float | int:
    """A JSON-friendly number: integral floats as int, others rounded (deterministic)."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return int(value)
    return round(value, 6)


def _amount(value: float, unit: str) -> str:
    """A sum as a reader of the report writes it: 196.2億 USD, 1.2萬 家, 9 項."""
    for scale, word in ((1e8, "億"), (1e4, "萬")):
        if abs(value) >= scale and abs(value) / scale == round(abs(value) / scale, 4):
            return f"{value / scale:g}{word} {unit}"
    return f"{_num(value)} {unit}"


def _bounds(q: Quantity) -> tuple[float, float]:
    """Interval the quantity's qualifier allows (``超過 780`` is [780, ∞))."""
    v = q.value
    if q.qualifier == "approx":
        lo, hi = v * (1 - APPROX_SHARE), v * (1 + APPROX_SHARE)
        return (min(lo, hi), max(lo, hi))
    if q.qualifier in ("gt", "gte"):
        return (v, math.inf)
    if q.qualifier in ("lt", "lte"):
        return (min(0.0, v), v)
    return (v, v)


def _sum_bounds(parts: Sequence[Quantity]) -> tuple[float, float]:
    lo = hi = 0.0
    for p in parts:
        a, b = _bounds(p)
        lo, hi = lo + a, hi + b
    return lo, hi


def _usable(q: Quantity) -> bool:
    return q.sentence is not None and math.isfinite(q.value) and q.range_id is None


def _by_sentence(quantities: Iterable[Quantity]) -> dict[int, list[Quantity]]:
    out: dict[int, list[Quantity]] = defaultdict(list)
    for q in quantities:
        if _usable(q):
            out[q.sentence].append(q)  # type: ignore[index]
    for qs in out.values():
        qs.sort(key=lambda q: (q.span.start, q.span.end))
    return out


# --------------------------------------------------------------------------- parts and wholes


@dataclass(frozen=True)
class PartsRelation:
    """A stated whole and the listed parts the sentence says it is made of."""

    whole: Quantity
    parts: tuple[Quantity, ...]
    mode: str  # "equal" (the parts add up to the whole) or "within" (a subset of it)
    cue: str


def _link_ok(cues: _Cues, gap: str) -> bool:
    """Two listed parts are joined by a separator, close, and not compared to each other."""
    return (
        len(gap) <= cues.max_gap
        and bool(cues.separator.search(gap))
        and not cues.stop.search(gap)
        and not cues.total.search(gap)
        and not cues.inclusion.search(gap)
    )


def find_parts_relations(doc: Document, quantities: Sequence[Quantity]) -> list[PartsRelation]:
    """Wholes and their parts inside single sentences, by list structure (pure matches)."""
    cues = _cues()
    folded = fold_width(doc.text)
    found: list[PartsRelation] = []
    for sent_idx, qs in sorted(_by_sentence(quantities).items()):
        sent = doc.sentences[sent_idx] if 0 <= sent_idx < len(doc.sentences) else None
        s_start = sent.start if sent else min(q.span.start for q in qs)
        s_end = sent.end if sent else max(q.span.end for q in qs)
        groups: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
        for q in qs:
            # A rate (10 元/股, 每股 10 元) is no part of an amount.
            if q.kind in SUM_KINDS and q.per is None and not _is_category(cues, folded, q):
                groups[(q.unit, q.kind)].append(q)
        for same in groups.values():
            for j in range(len(same)):
                found.extend(_trailing_whole(cues, folded, same, j, s_start))
                found.extend(_leading_whole(cues, folded, qs, same, j, s_end))
    return found


def _is_category(cues: _Cues, folded: str, q: Quantity) -> bool:
    """``1 億元以下的公司``: the number bounds a category instead of counting a part."""
    start = max(q.span.start, q.span.end - 4)
    return bool(cues.category.search(folded, start, q.span.end + 3))


def _bracketed(folded: str, q: Quantity, reach: int = 12) -> bool:
    """``(新增 53 項)``: the number stands inside brackets opened at most ``reach``
    characters before it and closed as closely after it (an aside on the word before)."""
    lo = max(0, q.span.start - reach)
    before = folded[lo : q.span.start]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or any(c in before[opened:] for c in ")）"):
        return False
    after = folded[q.span.end : q.span.end + reach]
    closes = [i for i in (after.find(")"), after.find("）")) if i >= 0]
    return bool(closes) and not any(c in after[: min(closes)] for c in "(（，。；")


def _trailing_whole(
    cues: _Cues, folded: str, same: list[Quantity], j: int, s_start: int
) -> list[PartsRelation]:
    """``A、B 及 C 等 N`` / ``A，B，合計 N``: the whole closes the list."""
    whole = same[j]
    lo = max(s_start, whole.span.start - 16)
    m = cues.total_tail.search(folded, lo, whole.span.start)
    if m is None or j == 0:
        return []
    cue_start = m.start()
    parts: list[Quantity] = []
    prev = same[j - 1]
    gap = folded[prev.span.end : cue_start]
    if prev.span.end > cue_start or len(gap) > cues.max_gap or cues.stop.search(gap):
        return []
    parts.append(prev)
    for k in range(j - 2, -1, -1):
        cand = same[k]
        if not _link_ok(cues, folded[cand.span.end : parts[-1].span.start]):
            break
        parts.append(cand)
    if len(parts) < 2:
        return []
    cue = folded[m.start() : m.end()].strip()
    return [PartsRelation(whole, tuple(reversed(parts)), "equal", cue)]


_OPENERS = frozenset("(（")
_CLOSERS = frozenset(")）")


def _leading_whole(
    cues: _Cues,
    folded: str,
    sentence: list[Quantity],
    same: list[Quantity],
    j: int,
    s_end: int,
) -> list[PartsRelation]:
    """``N 項…，包含 a … 及 b`` / ``N MW，其中 a、b``: the whole opens the list."""
    whole = same[j]
    # 累計 224 項(新增 53 項)，其中…171 項: an aside in brackets is neither what 其中 breaks
    # down nor one of its parts
    rest = [q for q in same[j + 1 :] if not _bracketed(folded, q)]
    if not rest or _bracketed(folded, whole):
        return []
    first = rest[0]
    m = cues.inclusion.search(folded, whole.span.end, min(first.span.start, s_end))
    if m is None or m.start() - whole.span.end > cues.max_lead_gap:
        return []
    if folded[m.start() - 1 : m.start()] in _OPENERS and folded[m.end() : m.end() + 1] in _CLOSERS:
        # 1,000,000元(含)～2,000,000元: a bound said to be inclusive, not a whole broken down
        return []
    # Another amount or count between the whole and 其中 is the nearer thing it refers to
    # (unless it is itself an aside in brackets).
    if any(
        q.kind in SUM_KINDS
        and whole.span.end <= q.span.start
        and q.span.end <= m.start()
        and not _bracketed(folded, q)
        for q in sentence
    ):
        return []
    cue_gap = folded[m.end() : first.span.start]
    if len(cue_gap) > cues.max_cue_gap or cues.stop.search(cue_gap) or cues.total.search(cue_gap):
        return []
    if cues.not_whole.search(
        folded, last_of(folded, _CLAUSE_ENDS, whole.span.start) + 1, whole.span.start
    ):
        return []  # a difference against something else, net buying: no bound on parts
    if _measured_elsewhere(cues, folded, sentence, whole, first):
        return []
    parts = [first]
    for k, cand in enumerate(rest[1:], start=1):
        if not _link_ok(cues, folded[parts[-1].span.end : cand.span.start]):
            break
        # A later item that opens a breakdown of its own is the whole's sibling, not its
        # part: 5979輛SUV，其中包括2814輛ES7；以及4080輛轎車，其中包括3050輛ET7…
        upto = rest[k + 1].span.start if k + 1 < len(rest) else s_end
        if cues.subset.search(folded, cand.span.end, min(upto, cand.span.end + cues.max_lead_gap)):
            break
        parts.append(cand)
    cue = m.group(0)
    if cues.respective.search(folded, max(0, m.start() - 4), m.start()):
        return _respective(cues, folded, same, j, parts, cue)
    mode = cues.inclusion_mode.get(cue, "equal")
    if len(parts) < 2:
        mode = "within"
    return [PartsRelation(whole, tuple(parts), mode, cue)]


def _respective(
    cues: _Cues, folded: str, same: list[Quantity], j: int, parts: list[Quantity], cue: str
) -> list[PartsRelation]:
    """``A 及 B，分別包括 a 及 b``: the wholes listed up to ``same[j]`` and the parts after
    the cue pair one by one, each part within its own whole; when the counts differ
    nothing says which part is whose."""
    wholes = [same[j]]
    for k in range(j - 1, -1, -1):
        if not _link_ok(cues, folded[same[k].span.end : wholes[-1].span.start]):
            break
        wholes.append(same[k])
    wholes.reverse()
    if len(wholes) != len(parts):
        return []
    return [PartsRelation(w, (p,), "within", cue) for w, p in zip(wholes, parts, strict=True)]


_LABEL_CHARS = 4  # the measure word before a number: 營收, 銅產量, 歸母淨利潤's last four


def _label(cues: _Cues, folded: str, q: Quantity) -> str:
    """The Han characters right before a number, fillers (為, 達, 約) taken off: what it
    measures (``實現營收`` 1028億元, ``Q2銅產量`` 16.63萬噸 → 銅產量)."""
    k = q.span.start
    while True:
        m = cues.filler_tail.search(folded, max(0, k - 4), k)
        if m is None or m.start() == m.end():
            break
        k = m.start()
    j = k
    while j > 0 and k - j < _LABEL_CHARS and "\u4e00" <= folded[j - 1] <= "\u9fff":
        j -= 1
    # (a cue or a list's joining word is no part of the measure: 其中包括 3050輛, 以及 4080輛)
    for m in itertools.chain(
        cues.inclusion.finditer(folded, j, k), cues.separator.finditer(folded, j, k)
    ):
        j = max(j, m.end())
    return folded[j:k]


def _shared_tail(a: str, b: str) -> int:
    """How many characters two measure words share at their end (半年營收, 二季營收: 2)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _measured_elsewhere(
    cues: _Cues, folded: str, sentence: list[Quantity], whole: Quantity, first: Quantity
) -> bool:
    """The first part shares more of its measure word with an earlier figure of the sentence
    than with its whole (``營收1028億元，歸母淨利潤54億元，其中Q2營收567億元``; ``銅產量31萬噸，
    鈷產量5.4萬噸，其中Q2銅產量16.6萬噸``): the part belongs to that figure, not to the
    nearest."""
    part = _label(cues, folded, first)
    own = _shared_tail(part, _label(cues, folded, whole))
    return any(
        q.unit == whole.unit
        and q.span.end <= whole.span.start
        and _shared_tail(part, _label(cues, folded, q)) >= max(2, own + 1)
        for q in sentence
    )


_SINGULAR = {"add up to": "equals", "stay within": "stays within", "exceed": "exceeds"}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _EPS * max(1.0, abs(a), abs(b))


_CLAUSE_ENDS = "，。；;,\n"


def _per_unit(cues: _Cues, folded: str, q: Quantity) -> bool:
    """Whether ``q``'s clause, up to it, prices one unit (每股配發現金股利 2.0 元)."""
    start = last_of(folded, _CLAUSE_ENDS, q.span.start) + 1
    return cues.per_unit.search(folded, start, q.span.start) is not None


def check_parts(doc: Document) -> list[Check]:
    """Listed parts add up to (or stay within) the whole the sentence states."""
    checks: list[Check] = []
    seen: set[tuple[str, ...]] = set()
    cues = _cues()
    folded = fold_width(doc.text)
    for rel in find_parts_relations(doc, doc.facts.quantities):
        key = (rel.whole.id, *(p.id for p in rel.parts))
        if key in seen:
            continue
        seen.add(key)
        if _per_unit(cues, folded, rel.parts[0]) and not _per_unit(cues, folded, rel.whole):
            continue  # amounts per share beside the total they make: no parts of it
        lo, hi = _sum_bounds(rel.parts)
        w_lo, w_hi = _bounds(rel.whole)
        exact = all(q.qualifier == "eq" for q in (*rel.parts, rel.whole))
        total = sum(p.value for p in rel.parts)
        if rel.mode == "equal":
            ok = (
                _close(total, rel.whole.value) if exact else lo <= w_hi + _EPS and w_lo <= hi + _EPS
            )
            verb = "add up to" if ok else "do not add up to"
        else:
            ok = lo <= w_hi + _EPS
            verb = (
                ("add up to" if _close(total, rel.whole.value) else "stay within")
                if ok
                else "exceed"
            )
        listing = " + ".join(p.text.strip() for p in rel.parts)
        checks.append(
            Check(
                id="",
                kind="parts_sum" if rel.mode == "equal" else "parts_within_whole",
                status="pass" if ok else "fail",
                message=(
                    f"{listing} = {_amount(total, rel.whole.unit)}: the parts {verb} the stated"
                    f" whole {rel.whole.text.strip()} ({rel.cue})"
                    if len(rel.parts) > 1
                    else f"{listing}: the part {_SINGULAR.get(verb, verb)} the stated"
                    f" whole {rel.whole.text.strip()} ({rel.cue})"
                ),
                fact_ids=[rel.whole.id, *(p.id for p in rel.parts)],
                values={
                    "whole": _num(rel.whole.value),
                    "parts": [_num(p.value) for p in rel.parts],
                    "sum": _num(total),
                    "unit": rel.whole.unit,
                    "mode": rel.mode,
                    "exact": exact,
                },
                rule=_rule("parts_sum"),
            )
        )
    return checks


# --------------------------------------------------------------------------- percentages


def _context(folded: str, q: Quantity, floor: int, window: int) -> str:
    """Text before the number, and the quantity's own words (``約占三成`` holds its cue)."""
    return folded[max(floor, q.span.start - window) : q.span.end]


def check_percents(doc: Document) -> list[Check]:
    """Shares lie within 0–100 % and shares of one whole add up to at most 100 %."""
    cues = _cues()
    folded = fold_width(doc.text)
    checks: list[Check] = []
    in_range: list[str] = []
    by_sentence: dict[int, list[Quantity]] = defaultdict(list)
    for q in doc.facts.quantities:
        if q.kind == "percent" and q.sentence is not None and math.isfinite(q.value):
            by_sentence[q.sentence].append(q)
    all_in_sentence = _by_sentence_all(doc.facts.quantities)
    for sent_idx, qs in sorted(by_sentence.items()):
        qs.sort(key=lambda q: q.span.start)
        sent = doc.sentences[sent_idx] if 0 <= sent_idx < len(doc.sentences) else None
        floor_of = _previous_ends(all_in_sentence.get(sent_idx, []), sent.start if sent else 0)
        shares: list[_Share] = []
        for q in qs:
            ctx = _context(folded, q, floor_of.get(q.id, 0), cues.window)
            change = q.direction is not None or bool(cues.change.search(ctx))
            # the ratio's words may stand before its share cue (債務占比預計到2030年達120%)
            share = (
                bool(cues.share.search(ctx))
                and not change
                and not cues.ratio.search(
                    _context(folded, q, floor_of.get(q.id, 0), 2 * cues.window)
                )
            )
            if share:
                # Only a percentage the text calls a share (占, 比重, 市占) must lie within
                # 0–100: growth rates, margins and ratios (負債比率 120%) may not.
                if 0.0 <= q.value <= 100.0:
                    in_range.append(q.id)
                else:
                    checks.append(
                        Check(
                            id="",
                            kind="percent_range",
                            status="fail",
                            message=f"{q.text.strip()} is not a share within 0–100 %",
                            fact_ids=[q.id],
                            values={"value": _num(q.value)},
                            rule=_rule("percent_range"),
                        )
                    )
            summed = bool(cues.total.search(ctx))
            market = bool(cues.market.search(ctx))
            shares.append(_Share(q, share and q.range_id is None, summed, market))
        checks.extend(_share_groups(cues, folded, shares))
    if in_range:
        checks.append(
            Check(
                id="",
                kind="percent_range",
                status="pass",
                message=f"{len(in_range)} share percentage(s) within 0–100 %",
                fact_ids=in_range,
                values={"count": len(in_range)},
                rule=_rule("percent_range"),
            )
        )
    return checks


def _by_sentence_all(quantities: Iterable[Quantity]) -> dict[int, list[Quantity]]:
    out: dict[int, list[Quantity]] = defaultdict(list)
    for q in quantities:
        if q.sentence is not None:
            out[q.sentence].append(q)
    for qs in out.values():
        qs.sort(key=lambda q: q.span.start)
    return out


def _previous_ends(qs: Sequence[Quantity], start: int) -> dict[str, int]:
    """For each quantity, where the previous quantity of its sentence ends (its cue floor)."""
    floors: dict[str, int] = {}
    prev_end = start
    for q in qs:
        floors[q.id] = min(prev_end, q.span.start)
        prev_end = max(prev_end, q.span.end)
    return floors


class _Share(NamedTuple):
    """A percentage of a sentence as the share groups read it."""

    q: Quantity
    is_share: bool  # the text calls it a share (占, 比重) and it is no range's end
    summed: bool  # a total cue stands before it (合計, 共)
    market: bool  # a market share (市占): of a market, not of the other shares' whole


def _share_groups(cues: _Cues, folded: str, shares: list[_Share]) -> list[Check]:
    """Shares listed one after another are of one whole. ``summed``: a total cue stands
    before the share (合計, 共): it closes the list, as its last item (其他產品線合計約佔 7%)
    or, when it equals the items before it, as their total (A 30%、B 20%，合計 50%); never
    an item of the list after it (佔比合計達 80%，專項債…佔比接近 70%)."""
    groups: list[list[Quantity]] = []
    current: list[Quantity] = []
    current_market = False  # whether the shares in ``current`` are market shares
    for q, is_share, summed, market in shares:
        if not is_share:
            if current:
                groups.append(current)
            current = []
            continue
        if current:
            gap = folded[current[-1].span.end : q.span.start]
            years = {current[-1].year, q.year} - {None}
            linked = bool(cues.separator.search(gap)) and not cues.stop.search(gap)
            other_whole = (
                bool(cues.subset.search(gap) or cues.breakdown.search(gap))
                or current_market != market
            )
            if not linked or other_whole or len(years) > 1:
                groups.append(current)
                current = []
        if summed:
            lo, hi = _sum_bounds(current)
            q_lo, q_hi = _bounds(q)
            if not (current and lo <= q_hi + _EPS and q_lo <= hi + _EPS):
                current.append(q)  # the list's last item, or a sum standing alone
            groups.append(current)
            current = []
            continue
        current.append(q)
        current_market = market
    if current:
        groups.append(current)
    checks: list[Check] = []
    for group in groups:
        if len(group) < 2:
            continue
        lo, _ = _sum_bounds(group)
        total = sum(q.value for q in group)
        ok = lo <= 100.0 + _EPS
        checks.append(
            Check(
                id="",
                kind="shares_of_whole",
                status="pass" if ok else "fail",
                message=(
                    " + ".join(q.text.strip() for q in group)
                    + f" = {_num(total)} %: shares of one whole "
                    + ("stay within 100 %" if ok else "exceed 100 %")
                ),
                fact_ids=[q.id for q in group],
                values={"shares": [_num(q.value) for q in group], "sum": _num(total)},
                rule=_rule("shares_of_whole"),
            )
        )
    return checks


# --------------------------------------------------------------------------- growth


def cagr_percent(base: float, target: float, years: int) -> float | None:
    """Compound annual growth rate in percent, or None when it is undefined."""
    if base <= 0 or target <= 0 or years <= 0:
        return None
    ratio: float = (target / base) ** (1.0 / years)
    return (ratio - 1.0) * 100.0


_SEMICOLONS = ";；"


def _clause_start(folded: str, sentence_start: int, pos: int) -> int:
    """Where the semicolon-delimited clause holding ``pos`` starts (a converted text's
    half-width ``;`` does not end its sentence): 23-25年全球…從816GWh提升至1389GWh，CAGR為30%;
    23-25年中國…從630GWh提升至1102GWh，CAGR為32% holds two growth statements."""
    return max(sentence_start, last_of(folded, _SEMICOLONS, pos) + 1)


def _stated_cagrs(
    doc: Document, folded: str, cues: _Cues
) -> dict[int, list[tuple[int, int, Quantity]]]:
    """Per sentence, the percentages a CAGR cue introduces, each with its place among the
    document's quantities and its clause's start: read once per document, not once per
    pair of growth figures (a walk over every quantity for each pair)."""
    out: dict[int, list[tuple[int, int, Quantity]]] = defaultdict(list)
    for i, q in enumerate(doc.facts.quantities):
        if q.kind == "percent" and q.sentence is not None and math.isfinite(q.value):
            ctx = folded[max(0, q.span.start - 24) : q.span.start]
            if cues.cagr.search(ctx):
                sent = doc.sentences[q.sentence] if 0 <= q.sentence < len(doc.sentences) else None
                clause = _clause_start(folded, sent.start if sent else 0, q.span.start)
                out[q.sentence].append((i, clause, q))
    return out


def _stated_cagr(
    stated: dict[int, list[tuple[int, int, Quantity]]], sentences: Sequence[int], clause: int
) -> Quantity | None:
    """A percentage introduced by a CAGR cue: the first in the target's own clause, else the
    first of the given sentences in the document's order (``_stated_cagrs``)."""
    found = [f for s in sentences for f in stated.get(s, [])]
    own = [f for f in found if f[1] == clause]
    pick = own or found
    return min(pick, key=lambda f: f[0])[2] if pick else None


def check_growth(doc: Document) -> list[Check]:
    """Base year before forecast year; the implied CAGR, compared with a stated one."""
    cues = _cues()
    folded = fold_width(doc.text)
    checks: list[Check] = []
    stated = functools.cache(lambda: _stated_cagrs(doc, folded, cues))  # when a pair needs it
    for sent_idx, qs in sorted(_by_sentence(doc.facts.quantities).items()):
        groups: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
        for q in qs:
            # A change ("較 2022 年增加 272.2 萬瓩") is a difference, not a level of its year;
            # a growth compares periods the text writes, not the present (目前有 3件).
            if q.kind in GROWTH_KINDS and q.year_date_id is not None and q.direction is None:
                groups[(q.unit, q.kind)].append(q)
        sent = doc.sentences[sent_idx] if 0 <= sent_idx < len(doc.sentences) else None
        s_start = sent.start if sent else 0
        for same in groups.values():
            clauses = [_clause_start(folded, s_start, q.span.start) for q in same]
            per_clause = Counter(clauses)
            for k, (a, b) in enumerate(itertools.pairwise(same)):
                if a.subject and b.subject and a.subject != b.subject:
                    continue
                if (a.year_link == "list_order") != (b.year_link == "list_order"):
                    continue  # one value of a 分別為 list and a figure outside it
                ca, cb = clauses[k], clauses[k + 1]
                if ca != cb and (per_clause[ca] > 1 or per_clause[cb] > 1):
                    continue  # each clause states its own growth: no pair across them
                checks.extend(_growth_pair(doc, stated, cues, a, b, sent_idx, cb))
    return checks


def _growth_pair(
    doc: Document,
    stated_cagrs: Callable[[], dict[int, list[tuple[int, int, Quantity]]]],
    cues: _Cues,
    a: Quantity,
    b: Quantity,
    sent_idx: int,
    clause: int,
) -> list[Check]:
    assert a.year is not None and b.year is not None
    if a.year == b.year:
        return []
    out: list[Check] = []
    if a.is_forecast != b.is_forecast:
        base, target = (b, a) if a.is_forecast else (a, b)
        ok = target.year > base.year  # type: ignore[operator]
        out.append(
            Check(
                id="",
                kind="forecast_year",
                status="pass" if ok else "fail",
                message=(
                    f"forecast year {target.year} is "
                    + ("after" if ok else "not after")
                    + f" the base year {base.year}"
                ),
                fact_ids=[base.id, target.id],
                values={"base_year": base.year, "forecast_year": target.year},
                rule=_rule("forecast_year"),
            )
        )
        if not ok:
            return out
    else:
        base, target = (a, b) if a.year < b.year else (b, a)
    years = target.year - base.year  # type: ignore[operator]
    rate = cagr_percent(base.value, target.value, years)
    if rate is None:
        return out
    values: dict[str, Any] = {
        "base_year": base.year,
        "target_year": target.year,
        "base_value": _num(base.value),
        "target_value": _num(target.value),
        "unit": base.unit,
        "years": years,
        "cagr_percent": round(rate, 2),
    }
    ids = [base.id, target.id]
    status = "info"
    message = (
        f"{base.text.strip()} ({base.year}) → {target.text.strip()} ({target.year}):"
        f" implied CAGR {rate:.1f} % over {years} year(s)"
    )
    stated = _stated_cagr(stated_cagrs(), (sent_idx, sent_idx + 1), clause)
    if stated is not None:
        # 45%以上 is met by any rate from 45 on; 約30% by one near it
        lo, hi = _bounds(stated)
        ok = lo - cues.tolerance_points <= rate <= hi + cues.tolerance_points
        status = "pass" if ok else "fail"
        ids.append(stated.id)
        values["stated_cagr_percent"] = _num(stated.value)
        message += f"; stated {stated.text.strip()} " + ("agrees" if ok else "disagrees")
    out.append(
        Check(
            id="",
            kind="implied_growth",
            status=status,  # type: ignore[arg-type]
            message=message,
            fact_ids=ids,
            values=values,
            rule=_rule("implied_growth"),
        )
    )
    return out


# --------------------------------------------------------------------------- dates


_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _iso_bounds(iso: str | None) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """Earliest and latest (year, month, day) an ISO year, year-month or day can mean."""
    m = _ISO_RE.match(iso or "")
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is None:
        return (y, 1, 1), (y, 12, 31)
    if d is None:
        return (y, mo, 1), (y, mo, 31)
    return (y, mo, d), (y, mo, d)


def _date_is_forecast(
    doc: Document, folded: str, cues: _Cues, date: DateFact, forecast_years: set[str | None]
) -> bool:
    """True where the text marks the date as expected, planned or scheduled.

    ``forecast_years``: the ``year_date_id`` of every forecast quantity (one pass over the
    quantities per document, not one per date)."""
    end = date.span.end
    if cues.after_date.match(folded, end) or cues.suffix.match(folded, end):
        return True
    if date.sentence is not None and 0 <= date.sentence < len(doc.sentences):
        s = doc.sentences[date.sentence]
        lo = _label_line_start(folded, s.start)
        if cues.forecast.search(folded, lo, s.end) or cues.schedule.search(folded, lo, s.end):
            return True
    if cues.header.search(folded, max(0, date.span.start - cues.header_window), date.span.start):
        return True
    return date.id in forecast_years


def _label_line_start(folded: str, start: int) -> int:
    """Where the label of a value set on the next line starts (``9.預訂公開收購期間:`` over
    ``民國108年12月17日…起至109年1月6日…止``): a line ending in a colon names what the
    sentence after it is; otherwise ``start`` itself."""
    k = start - 1
    while k >= 0 and folded[k] in " \t\u3000\n":
        k -= 1
    if k < 0 or folded[k] not in ":：" or "\n" not in folded[k:start]:
        return start
    return folded.rfind("\n", 0, k) + 1


def _in_scheduled_tables(doc: Document, cues: _Cues) -> set[str]:
    """Ids of dates in the cells of a table whose column names carry a scheduled-date cue
    (``合約名稱 / 期間``, ``到期日``): the header stands over every row however long the
    table runs, where the text window before a date (``header_window``) loses it after
    a page of rows (a bank's derivatives with related parties, a contract's end two
    cells after its start)."""
    cells = sorted(
        (c.span.start, c.span.end)
        for t in doc.facts.tables
        if cues.header.search(fold_width(" ".join(t.columns)))
        for row in t.rows
        for c in row
        if c.span is not None
    )
    if not cells:
        return set()
    starts = [a for a, _ in cells]
    # the furthest end of the cells starting at or before each: a cell read from lines
    # apart in the text (``Barclays PLC-CNY 3Y`` … ``DUE 6 April 2025``) spans the cells
    # read between them, so the last cell to start before a date need not hold it
    reach = list(itertools.accumulate((b for _, b in cells), max))
    out: set[str] = set()
    for d in doc.facts.dates:
        k = bisect.bisect_right(starts, d.span.start) - 1
        if k >= 0 and d.span.end <= reach[k]:
            out.add(d.id)
    return out


# A date right after one of these, itself right after another date, ends a range.
# 自民國108年5月15日起至民國115年5月15日止: the start's 起 may stand before the join.
_RANGE_JOIN_RE = re.compile(r"\s*起?\s*(?:~|～|〜|至|到|-|–|—)\s*$")
_RANGE_JOIN_WINDOW = 5


def _term_ends(doc: Document, latest: tuple[int, int, int]) -> set[str]:
    """Ids of dates that end a range starting on or before ``latest`` (a loan's
    ``114/2/24~118/4/26``, a lease's ``民國112年~126年``): a term running now, stated
    as agreed, not an event reported as past, whatever the sentence's wording."""
    starts: dict[int, tuple[int, int, int]] = {}
    for d in doc.facts.dates:
        if d.resolved and (b := _iso_bounds(d.iso)):
            starts[d.span.end] = b[0]
    ends: set[str] = set()
    for d in doc.facts.dates:
        before = doc.text[max(0, d.span.start - _RANGE_JOIN_WINDOW) : d.span.start]
        join = _RANGE_JOIN_RE.search(before)
        if join is None:
            continue
        start = starts.get(d.span.start - len(before) + join.start())
        if start is not None and start <= latest:
            ends.add(d.id)
    return ends


_ROW_GAP_RE = re.compile(r"[ \t\u3000]+")


def _year_rows(doc: Document, latest: tuple[int, int, int]) -> set[str]:
    """Ids of bare years in a row of consecutive years that starts no later than the
    document's year (a slide's schedule ``2024 2025 2026~``, an order book's
    ``On Order: 2025 2026 2027``): a row of years running through now heads a plan or a
    schedule, and its later years name the columns of what is planned, not events reported
    as past. The row may be of consecutive year ranges, each starting the year after the
    one before it ends (a roadmap's phases ``2010-2014 年 2015-2017年 2018-2020年``)."""
    years = sorted(
        (d for d in doc.facts.dates if d.resolved and d.precision == "year" and not d.relative),
        key=lambda d: d.span.start,
    )
    ok: set[str] = set()
    run: list[DateFact] = []

    def close() -> None:
        if len(run) >= 2 and (b := _iso_bounds(run[0].iso)) and b[0] <= latest:
            ok.update(d.id for d in run)

    def year(d: DateFact) -> int | None:
        y = (d.iso or "")[:4]
        return int(y) if y.isdigit() else None

    for d in years:
        prev = run[-1] if run else None
        if prev is not None and (y := year(d)) is not None and (py := year(prev)) is not None:
            gap = doc.text[prev.span.end : d.span.start]
            # the next year of the row, or a range's end (the next range starts after it)
            if (_ROW_GAP_RE.fullmatch(gap) and y == py + 1) or (
                _RANGE_JOIN_RE.fullmatch(gap) and y > py
            ):
                run.append(d)
                continue
        close()
        run = [d]
    close()
    return ok


def _year_from_document_date(
    date: DateFact,
    bounds: tuple[tuple[int, int, int], tuple[int, int, int]],
    latest: tuple[int, int, int],
) -> bool:
    """A yearless ``12月31日`` that took the document date's year (a filing's statement row
    ``12月31日餘額``, dated 2025-03-12 but about 2024): which year it means is the
    resolver's guess, and a year earlier it is not after the document date, so it is no
    evidence of a wrong date."""
    if not (date.relative and date.rule.startswith("dates.month_day")):
        return False
    y, m, d = bounds[0]
    return (y - 1, m, d) <= latest


def _points_ahead(
    date: DateFact, bounds: tuple[tuple[int, int, int], tuple[int, int, int]]
) -> bool:
    """A relative word that counts forward from its anchor (明年, 下季, 後天): the text itself
    says the date lies ahead, whether or not a forecast word stands beside it (``预计`` in a
    Simplified text is no cue of ours), so a later date is no evidence of a wrong one."""
    if not (date.relative and date.rule.startswith("dates.relative")):
        return False
    anchor = _iso_bounds(date.anchor)
    return anchor is not None and bounds[0] > anchor[1]


_COVER_EXTRA_CHARS = 6  # a place beside the date: 2026年3月11日 台北


def _cover_date(doc: Document) -> tuple[int, int, int] | None:
    """A full date standing alone in a block of the first page (a deck's or a filing's
    cover: ``2026年3月11日``, ``2026年3月11日 台北``) is the report's own date, whatever the
    metadata says."""
    first_page = doc.pages[0].end if doc.pages else len(doc.text)
    found = []
    for d in doc.facts.dates:
        if d.span.start >= first_page or d.precision != "day" or d.relative:
            continue
        bi = doc.block_at(d.span.start)
        bounds = _iso_bounds(d.iso)
        if bi is None or bounds is None:
            continue
        block = doc.text[doc.blocks[bi].start : doc.blocks[bi].end]
        if len("".join(block.split())) <= len("".join(d.text.split())) + _COVER_EXTRA_CHARS:
            found.append(bounds[1])
    return max(found) if found else None


def check_dates(doc: Document) -> list[Check]:
    """No date after the document's own date unless the text marks it as expected."""
    published = _iso_bounds(doc.metadata.published)
    if published is None:
        return []
    cues = _cues()
    folded = fold_width(doc.text)
    cover = _cover_date(doc)
    latest = max(published[1], cover or published[1])
    report_date = (
        "{:04d}-{:02d}-{:02d}".format(*cover)
        if cover and cover > published[1]
        else doc.metadata.published
    )
    checks: list[Check] = []
    ok_ids: list[str] = []
    resolved = [b for d in doc.facts.dates if d.resolved and (b := _iso_bounds(d.iso))]
    later = sum(1 for b in resolved if b[0] > latest)
    if resolved and later * 2 > len(resolved):
        # A report cites mostly what happened before it: when most of its dates fall after
        # the "document date", that date was read from elsewhere (a note, a board meeting).
        return [
            Check(
                id="",
                kind="date_after_document",
                status="info",
                message=(
                    f"not checked: {later} of {len(resolved)} dates fall after the document"
                    f" date {report_date}, which is then not the report's own date"
                ),
                fact_ids=[],
                values={
                    "later": later,
                    "dates": len(resolved),
                    "document_date": report_date,
                },
                rule=_rule("date_after_document"),
            )
        ]
    forecast_years = {q.year_date_id for q in doc.facts.quantities if q.is_forecast}
    term_ends = _term_ends(doc, latest) | _year_rows(doc, latest) | _in_scheduled_tables(doc, cues)
    for date in doc.facts.dates:
        bounds = _iso_bounds(date.iso) if date.resolved else None
        if bounds is None:
            continue
        if (
            bounds[0] <= latest
            or date.id in term_ends
            or _year_from_document_date(date, bounds, latest)
            or _points_ahead(date, bounds)
            or _date_is_forecast(doc, folded, cues, date, forecast_years)
        ):
            ok_ids.append(date.id)
            continue
        checks.append(
            Check(
                id="",
                kind="date_after_document",
                status="fail",
                message=(
                    f"{date.text.strip()} ({date.iso}) is after the document date"
                    f" {report_date} and is not marked as a forecast or plan"
                ),
                fact_ids=[date.id],
                values={"date": date.iso, "document_date": report_date},
                rule=_rule("date_after_document"),
            )
        )
    if ok_ids:
        checks.append(
            Check(
                id="",
                kind="date_after_document",
                status="pass",
                message=(
                    f"{len(ok_ids)} date(s) not after the document date"
                    f" {report_date} or marked as forecast"
                ),
                fact_ids=ok_ids,
                values={"count": len(ok_ids), "document_date": report_date},
                rule=_rule("date_after_document"),
            )
        )
    return checks


def check_periods(doc: Document) -> list[Check]:
    """A period starts no later than it ends (2023–2028, not 2028–2023)."""
    checks: list[Check] = []
    for p in doc.facts.periods:
        a, b = _iso_bounds(p.start_iso), _iso_bounds(p.end_iso)
        if a is None or b is None:
            continue
        if a[0] > b[1]:
            checks.append(
                Check(
                    id="",
                    kind="period_order",
                    status="fail",
                    message=f"period {p.text.strip()} starts ({p.start_iso}) after it ends"
                    f" ({p.end_iso})",
                    fact_ids=[p.id, p.start_date, p.end_date],
                    values={"start": p.start_iso, "end": p.end_iso},
                    rule=_rule("period_order"),
                )
            )
    return checks


# --------------------------------------------------------------------------- entities


def _entity_groups(products: Sequence[Product]) -> list[list[Product]]:
    """Products that are the same entity: they share a case-folded name or alias."""
    parent = list(range(len(products)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, p in enumerate(products):
        for key in {n.casefold().strip() for n in (p.name, *p.aliases) if n.strip()}:
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[Product]] = defaultdict(list)
    for i, p in enumerate(products):
        groups[find(i)].append(p)
    return [g for _, g in sorted(groups.items())]


def check_companies(doc: Document) -> list[Check]:
    """One product, two companies: conflicting records fail, a shared record is info."""
    checks: list[Check] = []
    for group in _entity_groups(doc.facts.products):
        companies = [frozenset(c.casefold() for c in p.company) for p in group if p.company]
        names = sorted({c for p in group for c in p.company}, key=str.casefold)
        ids = [p.id for p in group]
        if len(companies) >= 2 and any(
            not (x & y) for i, x in enumerate(companies) for y in companies[i + 1 :]
        ):
            checks.append(
                Check(
                    id="",
                    kind="entity_companies",
                    status="fail",
                    message=(
                        f"{group[0].name} is attributed to different companies in different"
                        f" places: {', '.join(names)}"
                    ),
                    fact_ids=ids,
                    values={"entity": group[0].name, "companies": names},
                    rule=_rule("entity_companies"),
                )
            )
        elif len(names) >= 2:
            checks.append(
                Check(
                    id="",
                    kind="entity_companies",
                    status="info",
                    message=(
                        f"{group[0].name} is attributed to {len(names)} companies"
                        f" ({', '.join(names)}): co-development, or a list read too widely?"
                    ),
                    fact_ids=ids,
                    values={"entity": group[0].name, "companies": names},
                    rule=_rule("entity_companies"),
                )
            )
    return checks


# --------------------------------------------------------------------------- driver


def _positions(doc: Document) -> dict[str, int]:
    pos: dict[str, int] = {}
    for name in Facts.model_fields:
        for fact in getattr(doc.facts, name):
            pos.setdefault(fact.id, fact.span.start)
    return pos


KIND_ORDER = (
    "table_total_row",
    "table_total_column",
    "table_balance",
    "table_percent_sum",
    "parts_sum",
    "parts_within_whole",
    "shares_of_whole",
    "percent_range",
    "forecast_year",
    "implied_growth",
    "date_after_document",
    "period_order",
    "entity_companies",
)


def number_checks(doc: Document, checks: Sequence[Check]) -> list[Check]:
    """Final ids c1.. in text order of the first fact each check uses; Table.check_ids follow."""
    pos = _positions(doc)
    far = len(doc.text) + 1

    def key(item: tuple[int, Check]) -> tuple[Any, ...]:
        i, c = item
        # Summaries over many facts ("12 dates ...") go after the checks of single places.
        summary = "count" in c.values
        anchor = far if summary else min((pos.get(f, far) for f in c.fact_ids), default=far)
        kind = KIND_ORDER.index(c.kind) if c.kind in KIND_ORDER else len(KIND_ORDER)
        return (anchor, kind, c.kind, c.status, tuple(c.fact_ids), c.message, i)

    ordered = sorted(enumerate(checks), key=key)
    renamed: dict[str, str] = {}
    out: list[Check] = []
    for n, (_, c) in enumerate(ordered, start=1):
        new_id = f"c{n}"
        if c.id and c.id not in renamed:
            renamed[c.id] = new_id
        out.append(c.model_copy(update={"id": new_id}))
    for table in doc.facts.tables:
        if table.check_ids:
            table.check_ids = [renamed.get(cid, cid) for cid in table.check_ids]
    return out


def run_checks(doc: Document) -> list[Check]:
    """Keep the checks other stages made (table totals), add the cross-fact ones, number all."""
    kept = [c for c in doc.checks if not c.rule.startswith(RULE_PREFIX)]
    new = [
        *check_parts(doc),
        *check_percents(doc),
        *check_growth(doc),
        *check_dates(doc),
        *check_periods(doc),
        *check_companies(doc),
    ]
    return number_checks(doc, [*kept, *new])


__all__ = [
    "PartsRelation",
    "cagr_percent",
    "check_companies",
    "check_dates",
    "check_growth",
    "check_parts",
    "check_percents",
    "check_periods",
    "find_parts_relations",
    "number_checks",
    "run_checks",
]
