"""Quantities: every figure in running text as a loadable row (how much, of what, when, how sure).

``find_quantities`` is pure text work: one compiled master regex over the
width-folded text (numbers in any script, a measure word or currency, ranges,
百分之…, 半數), then cheap look-arounds on a few characters for qualifiers
(超過, 約占…的, 以上), direction words (年減) and the traps that are numbers but
not quantities (years, ROC years, ordinals, names with digits, list and figure
numbers, unit declarations). The measure-word lexicon is the set of KNOWN units
with their kinds; reports keep inventing classifiers (6,400槍) and compound units
(Wh/kg), so an Arabic number before any other classifier character or Latin unit
token counts too (the open rule), behind traps for the names it would otherwise
read (4680電池, iPhone 15, 3奈米, 5G).

``extract_quantities`` turns the matches into ``Quantity`` facts with provenance
and links each to the year of its clause (from the date facts, the one source of
truth for dates) and to a short subject read from the clause around it. Only that
subject look-up reads words, a few characters around each number, from the
document's token layer (``pipeline.segment.TokenLayer``, cut once per document).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.chars import fold_fields, fold_width, last_of
from pipeline.extract.figure_labels import ChartLabel, GlyphBoxes, axis_ticks, chart_labels
from pipeline.extract.numerals import (
    ParsedNumber,
    english_magnitude,
    english_magnitude_pattern,
    exact_product,
    exact_sum,
    magnitude_value,
    number_pattern,
    number_start_chars,
    parse_number,
)
from pipeline.lexicon import load_lexicon
from pipeline.models import CharSpan, DateFact, Document, Quantity
from pipeline.regexes import gated

if TYPE_CHECKING:
    from pipeline.segment import TokenLayer

RULE_VERSION = "v1"
_SP = r"[ \t]{0,2}"
_SIGN = r"[-−+]"


# --------------------------------------------------------------------------- lexicon tables


@dataclass(frozen=True)
class _Unit:
    surface: str
    unit: str
    kind: str
    scale: float = 1.0
    currency: bool = False
    yuan: bool = False
    open: bool = False  # not a listed measure word: read by the open rule


@dataclass(frozen=True)
class _Fixed:
    surface: str
    value: float
    unit: str
    kind: str
    qualifier: str


@dataclass(frozen=True)
class _Context:
    units: dict[str, _Unit]
    shadowed_units: dict[str, _Unit]  # measure words that share a surface with a 元 fraction
    fraction_followers: tuple[str, ...]
    fraction_units: frozenset[str]  # 分, 角: fractions of 元
    fixed: dict[str, _Fixed]
    prefixes: dict[str, str]  # currency prefix -> ISO
    default_yuan: str
    after_yuan: dict[str, str]  # currency word written after 元 -> ISO
    open_kinds: dict[str, str]  # "cjk" / "latin" -> kind of an open unit
    open_rule: dict[str, Any]
    qualifiers: dict[str, str]
    suffix_qualifiers: dict[str, str]
    distant_not_through: tuple[str, ...]  # 逼近週二創下的…: a record's clause, no bound
    delimiters: frozenset[str]
    year_guard: dict[str, int]
    # 較20年, 21年的18%: a short year as a base or as the year of a value
    short_year_base: (
        tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None
    )
    duration_cues: tuple[str, ...]
    bare_noncardinal: dict[str, frozenset[str]]
    bare_cardinal_by_word: dict[str, dict[str, Any]]
    cardinal_cues: tuple[str, ...]
    stressed_length_cues: tuple[str, ...]
    length_span_after: tuple[str, ...]
    length_span_not_before: tuple[str, ...]
    length_span_not_after: tuple[str, ...]
    change_window_not_after: tuple[str, ...]
    change_window_units: frozenset[str]
    bare_magnitudes: frozenset[str]
    magnitude_cues: tuple[str, ...]
    lone_magnitudes: dict[str, Any]
    week_of_year_units: frozenset[str]
    bare_digit_units: frozenset[str]
    grouped_only_units: frozenset[str]
    index_level_units: frozenset[str]  # 站上萬點: a round magnitude as a level of the index
    index_level_bounds: dict[str, str]  # 壓在千點下: a bare bound word after such a level
    cued_units: dict[str, tuple[str, ...]]  # unit -> the words that must stand before it
    cued_after: dict[str, tuple[str, ...]]  # unit -> words right after it that cue it too
    cued_after_not_after: tuple[str, ...]  # ... but not right after these (本月30日內)
    cued_unit_gap: int
    cued_slash_items: frozenset[str]  # cued units whose list items each write the unit
    grouped_cues: dict[str, tuple[str, ...]]  # unit -> words that let a plain number take it
    grouped_adjacent: dict[str, tuple[str, ...]]  # ... or right before it
    grouped_adjacent_bounds: tuple[str, ...]  # 升逾160點: a bound between the move and it
    grouped_cue_gap: int
    grouped_cue_not_after: tuple[str, ...]
    numeral_words: dict[str, tuple[str, ...]]  # word -> what after it makes it an amount
    tenth_digit_units: frozenset[str]
    tenth_digit_not_before: tuple[str, ...]
    metric_abbreviations: frozenset[str]  # EPS12.15 元: a metric's value, not a name
    compound_magnitudes: frozenset[str]  # 百億元: an amount with no cue
    model_year_units: frozenset[str]
    recent_length_units: frozenset[str]  # 近3月: 月 is a length only after these cues
    recent_length_cues: tuple[str, ...]
    span_lengths: dict[str, Any]  # 過去 3 到 4 年中: a length before 中 after a span word
    grouped_after: tuple[str, ...]  # 挑戰 16500 點關卡: a barrier word after an index level
    unit_lists: dict[str, Any]  # 30、35 及 40 元: items that share the unit written last
    shorthand_after: tuple[str, ...]  # 拉回萬六關卡: a barrier after a level with no unit
    bare_index_gap: int  # PMI報49.1: how far before the move the index word may stand
    sector_range: tuple[float, float]  # 電子暨光學產業60.4: what an industry's reading may be
    grouped_not_after: tuple[str, ...]  # 下午3點附近: a time of day, no index level
    half_units: frozenset[str]
    fraction_rate_units: frozenset[str]  # 四分一厘: a fraction of the unit before it
    ordinals: tuple[dict[str, Any], ...]
    name_joiners: frozenset[str]
    subject: dict[str, Any]
    skip_block_kinds: frozenset[str]
    table_like: dict[str, int]
    prefix_magnitudes: dict[str, float]
    per_named: dict[str, str]  # EPS -> 股, 時速 -> 小時 (qualifiers.yaml: per_named)
    more_inside: dict[str, str]  # 3個多月: 月 -> 個月 (measure_words.yaml: more_inside)
    bare_money: dict[str, Any]
    compared_bases: dict[str, Any]  # 較去年第四季的 22,204: a base in its sentence's unit
    estimate_season: int  # last month of a text's date that still estimates last year
    running_amount_last_month: int  # last month of a text's date whose year's total is ahead
    volume_count_min: float  # a count this large is a volume measured over a period
    specifications: dict[str, Any]
    spoken_pair_not_units: frozenset[str]
    spoken_pair_far: dict[str, str]  # 三、五年: a range though the digits are no neighbours
    spoken_pair_counted: dict[str, Any]  # 三、四位董事: a position word counting a noun
    vague_numerals: dict[str, Any]  # 一兩年間, 這兩天, 四年制: no length counted


def _phrase_start(scan: str, pos: int, lo: int) -> int:
    """Start of the phrase ``pos`` stands in: after the last comma or full stop before it
    (brackets stay inside: 客觀緩解率（ORR）達到了61% is one phrase), not before ``lo``."""
    cut = max(scan.rfind(c, lo, pos) for c in "，,。；;：:")
    return max(lo, cut + 1)


def _value_cell(marks: Iterable[str]) -> str:
    """One value of a row of them (``$1,142``, ``(-8%)``): a number with its marks around it."""
    cs = "".join(sorted({str(c) for c in marks}))
    m = "[" + "".join("\\" + c if c in "\\]^-[" else c for c in cs) + "]"
    return rf"{m}*[0-9０-９][0-9０-９.,]*{m}*(?=[ \t\u3000\n]|$)"


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so 個百分點 wins over 個."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _not_followed(words: Sequence[str], continuations: Sequence[str] = ()) -> str:
    """Negative look-ahead for ``words``, lifted where a continuation word begins with one
    (家 not before 電, but 十家電池廠: 電池 is the noun counted)."""
    if not words:
        return ""
    # ``startswith`` with a tuple tests every word in C: the old ``any`` over a generator
    # per continuation was most of the quantities' pattern build (548 calls at warm-up);
    # a continuation equal to one of the words asks the others again.
    ws = tuple(words)
    conts = [
        c
        for c in continuations
        if c.startswith(ws) and (c not in ws or c.startswith(tuple(w for w in ws if w != c)))
    ]
    if conts:
        return f"(?!(?!{_alt(conts)})(?:{_alt(words)}))"
    return f"(?!{_alt(words)})"


@functools.cache
def _context() -> _Context:
    mw = load_lexicon("measure_words")
    cur = load_lexicon("currencies")
    ql = load_lexicon("qualifiers")
    cx = load_lexicon("quantity_context")
    units: dict[str, _Unit] = {}
    for u in mw["units"]:
        units[u["surface"]] = _Unit(
            u["surface"], u.get("unit", u["surface"]), u["kind"], float(u.get("scale", 1))
        )
    for surface, iso in cur["suffixes"].items():
        units[surface] = _Unit(surface, iso, "money", currency=True)
    for surface, spec in cur.get("cent_suffixes", {}).items():
        units[surface] = _Unit(surface, spec["iso"], "money", float(spec["scale"]), currency=True)
    for surface in cur["yuan"]:
        units[surface] = _Unit(surface, cur["default_yuan"], "money", currency=True, yuan=True)
    # a measure word written as a fraction of 元 (分: a score) is read as money only before
    # a fraction's follower (2分/W, 5分錢); _resolve_unit picks the one the text means
    shadowed = {s: units[s] for s in cur["yuan_fractions"]["scale"] if s in units}
    for surface, scale in cur["yuan_fractions"]["scale"].items():
        units[surface] = _Unit(
            surface, cur["default_yuan"], "money", float(scale), currency=True, yuan=True
        )
    fixed = {
        f["surface"]: _Fixed(f["surface"], float(f["value"]), f["unit"], f["kind"], f["qualifier"])
        for f in mw["fixed"]
    }
    ou = mw["open_units"]
    return _Context(
        units=units,
        shadowed_units=shadowed,
        fraction_followers=tuple(cur["yuan_fractions"]["followed_by"]),
        fraction_units=frozenset(cur["yuan_fractions"]["scale"]),
        fixed=fixed,
        prefixes=dict(cur["prefixes"]),
        default_yuan=cur["default_yuan"],
        after_yuan={w: cur["suffixes"][w] for w in cur["after_yuan"]},
        open_kinds={"cjk": ou["cjk_kind"], "latin": ou["latin_kind"]},
        open_rule=dict(cx["open_rule"]),
        qualifiers=dict(ql["prefix"]),
        suffix_qualifiers=dict(ql["suffix"]),
        distant_not_through=tuple(ql.get("distant_not_through", ())),
        delimiters=frozenset(cx["clause_delimiters"]),
        year_guard=dict(cx["year_guard"]),
        short_year_base=(
            (
                tuple(sorted(cx["short_year_base"]["before"], key=lambda w: (-len(w), w))),
                tuple(cx["short_year_base"]["not_followed_by"]),
                tuple(cx["short_year_base"].get("path_before", ())),
                tuple(cx["short_year_base"].get("value_after", ())),
            )
            if cx.get("short_year_base")
            else None
        ),
        duration_cues=tuple(cx["duration_cues"]),
        bare_noncardinal={k: frozenset(v) for k, v in cx["bare_noncardinal"].items()},
        bare_cardinal_by_word=dict(cx.get("bare_cardinal_by_word", {})),
        cardinal_cues=tuple(cx["cardinal_cues"]),
        stressed_length_cues=tuple(cx["stressed_length_cues"]),
        length_span_after=tuple(cx["length_span_after"]),
        length_span_not_before=tuple(cx["length_span_not_before"]),
        length_span_not_after=tuple(cx["length_span_not_after"]),
        change_window_not_after=tuple(cx.get("change_window", {}).get("not_after", ())),
        change_window_units=frozenset(cx.get("change_window", {}).get("units", ())),
        bare_magnitudes=frozenset(cx["bare_magnitudes"]),
        magnitude_cues=tuple(cx["magnitude_cues"]),
        lone_magnitudes=dict(cx["lone_magnitudes"]),
        week_of_year_units=frozenset(cx["week_of_year_units"]),
        bare_digit_units=frozenset(cx["bare_digit_units"]),
        grouped_only_units=frozenset(cx["grouped_only_units"]),
        index_level_units=frozenset(cx.get("index_level_units", ())),
        index_level_bounds=dict(cx.get("index_level_bounds", {})),
        cued_units={u: tuple(w) for u, w in cx["cued_units"]["units"].items()},
        cued_after={u: tuple(w) for u, w in (cx["cued_units"].get("after") or {}).items()},
        cued_after_not_after=tuple(cx["cued_units"].get("after_not_after") or ()),
        cued_unit_gap=int(cx["cued_units"]["gap"]),
        cued_slash_items=frozenset(cx["cued_units"].get("slash_items", ())),
        grouped_cues={u: tuple(w) for u, w in cx["grouped_only_cues"]["units"].items()},
        grouped_adjacent={u: tuple(w) for u, w in cx["grouped_only_cues"]["adjacent"].items()},
        grouped_adjacent_bounds=tuple(cx["grouped_only_cues"].get("adjacent_bounds", ())),
        grouped_cue_gap=int(cx["grouped_only_cues"]["gap"]),
        grouped_cue_not_after=tuple(cx["grouped_only_cues"]["not_followed_by"]),
        numeral_words={
            w["word"]: tuple(w.get("unless_followed_by", ())) for w in cx["numeral_words"]
        },
        tenth_digit_units=frozenset(mw["tenth_digit_units"]),
        tenth_digit_not_before=tuple(mw.get("tenth_digit_not_before", ())),
        metric_abbreviations=frozenset(cx.get("metric_abbreviations", ())),
        compound_magnitudes=frozenset(cx.get("compound_magnitudes", ())),
        model_year_units=frozenset(cx.get("model_year_units", ())),
        recent_length_units=frozenset(cx.get("recent_length", {}).get("units", ())),
        recent_length_cues=tuple(cx.get("recent_length", {}).get("cues", ())),
        span_lengths=dict(cx.get("span_lengths", {"units": {}, "cues": []})),
        grouped_after=tuple(cx["grouped_only_cues"].get("after", ())),
        unit_lists=dict(cx.get("unit_lists", {"joiners": ["、"], "cues": [], "reach": 60})),
        shorthand_after=tuple(cx["grouped_only_cues"].get("shorthand_after", ())),
        bare_index_gap=int(cx["bare_index_levels"]["gap"]),
        sector_range=(
            float(cx["bare_index_levels"]["sector_range"][0]),
            float(cx["bare_index_levels"]["sector_range"][1]),
        ),
        grouped_not_after=tuple(cx["grouped_only_cues"].get("not_after", ())),
        half_units=frozenset(mw["half_units"]["units"]),
        fraction_rate_units=frozenset(mw.get("fraction_rate_units", ())),
        ordinals=tuple(cx["ordinal_prefixes"]),
        name_joiners=frozenset(cx["name_joiners"]),
        subject=dict(cx["subject"]),
        skip_block_kinds=frozenset(cx["skip_block_kinds"]),
        table_like=dict(cx["table_like"]),
        prefix_magnitudes={k: float(v) for k, v in cur["prefix_magnitudes"].items()},
        per_named=dict(ql["per_named"]),
        more_inside=dict(mw["more_inside"]),
        bare_money=dict(cx["bare_money"]),
        compared_bases=dict(cx["compared_bases"]),
        estimate_season=int(cx["estimate_season"]["months"]),
        running_amount_last_month=int(cx["running_year_amount"]["last_month"]),
        volume_count_min=float(cx.get("volume_count_min", float("inf"))),
        specifications=dict(cx["specifications"]),
        spoken_pair_not_units=frozenset(cx["spoken_pair_not_units"]),
        spoken_pair_far=dict(cx.get("spoken_pair_far", {})),
        spoken_pair_counted=dict(cx["spoken_pair_counted"]),
        vague_numerals=dict(cx.get("vague_numerals", {})),
    )


@dataclass(frozen=True)
class _Regexes:
    """Compiled patterns. The ``*_r`` ones run on the reversed text: a look-back "words
    ending right before the number" becomes one anchored ``match`` instead of a search."""

    master: re.Pattern[str]
    single: re.Pattern[str]
    masks: re.Pattern[str]
    delimiter: re.Pattern[str]
    qualifier_r: re.Pattern[str]
    distant_qualifier_r: re.Pattern[str]
    whole_qualifier_r: re.Pattern[str]
    suffix_qualifier: re.Pattern[str]
    percent_unit_after: re.Pattern[str]  # LPR-30BP: a listed unit of percent after a number
    direction_r: re.Pattern[str]
    level_verb_r: re.Pattern[str]
    forecast: re.Pattern[str]
    duration_cue_r: re.Pattern[str]
    cardinal_cue_r: re.Pattern[str]
    stressed_length_r: re.Pattern[str]
    length_span_r: re.Pattern[str]
    change_window_r: re.Pattern[str] | None
    magnitude_cue_r: re.Pattern[str]
    cued_unit_r: dict[str, re.Pattern[str]]
    grouped_cue_r: dict[str, re.Pattern[str]]
    tenth_digit: re.Pattern[str]
    half: re.Pattern[str]
    currency_r: re.Pattern[str]
    fraction_move_r: re.Pattern[str]
    comparison_r: re.Pattern[str]
    base_after: re.Pattern[str]
    with_frame_r: re.Pattern[str]
    with_frame_after: re.Pattern[str]
    base_frame: re.Pattern[str]
    history_then: re.Pattern[str]
    deadline: re.Pattern[str]
    compared_expectation: re.Pattern[str]
    history_average: re.Pattern[str]
    title_brackets: tuple[tuple[str, str], ...]
    sequel_opens: re.Pattern[str]
    sequel_closes: re.Pattern[str]
    crisis_compared: re.Pattern[str]
    crisis_history_after: re.Pattern[str]
    multiple_base: re.Pattern[str]
    model_edition: re.Pattern[str]
    shock: re.Pattern[str]
    effect: re.Pattern[str]
    base_value: re.Pattern[str]
    same_period: re.Pattern[str]
    term_end: re.Pattern[str]
    telling_day: re.Pattern[str]
    later_horizon: re.Pattern[str]
    later_fiscal: re.Pattern[str]
    later_past_year: re.Pattern[str]
    thing_year: re.Pattern[str]
    pay_day_before: re.Pattern[str]
    pay_day_after: re.Pattern[str]
    list_lead: re.Pattern[str]
    estimate: re.Pattern[str]
    projecting_estimate: re.Pattern[str]
    fear: re.Pattern[str]
    running_reach: re.Pattern[str]
    running_amount: re.Pattern[str]
    running_amount_not: re.Pattern[str]
    guidance_cap_before: re.Pattern[str]
    guidance_cap_after: re.Pattern[str]
    payout: re.Pattern[str]
    past_reckoning: frozenset[str]  # cues that over a past year reckon it (no date)
    present: re.Pattern[str]
    past_opener: re.Pattern[str]
    present_periods: frozenset[str]
    target_price: re.Pattern[str]
    target_price_change: re.Pattern[str]
    running_whole_year: re.Pattern[str]
    whole_year_after_closed: re.Pattern[str]
    reporting: re.Pattern[str]
    prior_years: re.Pattern[str]
    list_carry: re.Pattern[str] | None
    forecast_mark_after: re.Pattern[str]
    open_after: re.Pattern[str]
    open_before: re.Pattern[str]
    closing_before: re.Pattern[str]
    years_back: re.Pattern[str]
    per_year: re.Pattern[str]
    compound_rate: re.Pattern[str]
    expectation_after: re.Pattern[str]
    since_after: re.Pattern[str]
    since_records: re.Pattern[str]
    since_rank: re.Pattern[str]
    row_of_values: re.Pattern[str]
    running_sum: re.Pattern[str]
    since_total_after: re.Pattern[str]
    since_total_cue: re.Pattern[str]
    quote: re.Pattern[str]
    trial_endpoint: re.Pattern[str]
    quote_restated: re.Pattern[str]
    reached: re.Pattern[str]
    statistics_lead: re.Pattern[str]
    reported_move: re.Pattern[str]
    view_holders: re.Pattern[str]
    standing_rule: re.Pattern[str]
    base_from: re.Pattern[str]
    expectation_before: re.Pattern[str]
    estimate_frame: re.Pattern[str]  # fc61: 市場共識大概落在…, 他們模型則是把營收往上推到…
    frame_compared: re.Pattern[str]  # fc61: 擊敗了市場共識: a result measured against it
    frame_item_reach: int  # fc61: …，EPS 約 1.2 多美元: a later clause that lists one more figure
    revision_opens: re.Pattern[str]  # fc61: 從/由 before a revision's starting value
    revision_moves: re.Pattern[str]  # fc61: …上修到 between a revision's two values
    guidance_before: re.Pattern[str]
    object_marker: re.Pattern[str]
    object_marker_past: re.Pattern[str]
    object_marker_bare: re.Pattern[str]
    fiscal_named: re.Pattern[str]
    fiscal_gap: re.Pattern[str]
    past_move: re.Pattern[str]
    session_move: re.Pattern[str]
    base_expected: re.Pattern[str]
    base_compared: re.Pattern[str]
    base_compared_past: re.Pattern[str]
    in_force: re.Pattern[str]
    in_force_not_after: re.Pattern[str]
    in_force_change: re.Pattern[str]
    base_expectation: re.Pattern[str]
    base_not_change_end: re.Pattern[str]
    base_revision_to: re.Pattern[str]
    base_revision_from: re.Pattern[str]
    yearless: re.Pattern[str]
    present_quarter: re.Pattern[str]
    present_results: re.Pattern[str]
    bracket_lead: re.Pattern[str]
    item_break: re.Pattern[str]
    base_list_join: re.Pattern[str]
    other_years: re.Pattern[str]
    change_from_date: re.Pattern[str]
    prior_quarter_base: re.Pattern[str]
    base_change: re.Pattern[str]
    glossed: re.Pattern[str]
    relative_period: re.Pattern[str]
    statement_period: re.Pattern[str]
    closed_period: re.Pattern[str]
    results_period: re.Pattern[str]
    done_mark: re.Pattern[str]
    cue_span: re.Pattern[str]
    outlook_predicate: re.Pattern[str]
    continues: re.Pattern[str]
    paragraph_continues: re.Pattern[str]
    paragraph_speaker: re.Pattern[str]
    breakdown: re.Pattern[str]
    breakdown_view: re.Pattern[str]  # 以各類別觀察，/ 就產品別來看，: a view by segment
    count_continues: re.Pattern[str]  # 共計950家，皆已…: the clause of the count goes on
    count_horizon: tuple[str, ...]  # 爭取到2030年: a target's horizon dates no count before it
    alternative: re.Pattern[str]
    carry_base: re.Pattern[str]
    change_from: frozenset[str]
    change_to: re.Pattern[str]
    turn: re.Pattern[str]
    span_before: re.Pattern[str]
    span_after: re.Pattern[str]
    span_age: re.Pattern[str]
    past_span_before: re.Pattern[str]
    past_span_after: re.Pattern[str]
    ahead_after: re.Pattern[str]
    ahead_modal: re.Pattern[str]
    range_next: re.Pattern[str]
    range_gap: re.Pattern[str]
    range_before: re.Pattern[str]
    after_yuan: re.Pattern[str]
    open_cue_r: re.Pattern[str]
    negative_r: re.Pattern[str]
    bare_number: re.Pattern[str]
    bare_money_cue: re.Pattern[str]
    bare_money_counted: re.Pattern[str]
    bare_count_links: re.Pattern[str]  # 人數[已達]625.9萬: what may stand between
    compared_after: re.Pattern[str]  # 較…的22,204[下滑]: what follows a compared base
    unit_after: re.Pattern[str]
    lone_magnitude: re.Pattern[str]
    listed_unit: re.Pattern[str]
    lone_magnitude_cue_r: re.Pattern[str]
    per_before_r: re.Pattern[str]
    per_named_r: re.Pattern[str]
    more_inside: re.Pattern[str]
    per_after: re.Pattern[str]
    english_after: re.Pattern[str]
    ordinal_list: re.Pattern[str]
    strength_list_r: re.Pattern[str]
    attributive_next: re.Pattern[str]
    statistic_before: re.Pattern[str]
    statistic_after: re.Pattern[str]
    statistic_product_next: re.Pattern[str]
    statistic_change: re.Pattern[str]
    unit_list_item: re.Pattern[str]
    grouped_list_item: re.Pattern[str]
    shorthand_level: re.Pattern[str]
    bare_index_level: re.Pattern[str]  # 報49.1, 跌至49: a move, a plain number, a clause end
    bare_index_word: re.Pattern[str]  # 指數, PMI (reversed: read back from the move)
    bare_index_not_between: re.Pattern[str]
    bare_index_chain_after: re.Pattern[str]  # 下跌4.3至: a move and its number before a joiner
    currency_word: re.Pattern[str]
    unit_list_cue_r: re.Pattern[str]


def _attributive_next(spec: dict[str, Any]) -> re.Pattern[str]:
    """The text right after a number and one of ``spec['attributive_units']`` when the
    number is an attribute of the noun after it: later items of a list of such sizes, then
    a digit (another size) or a CJK character that does not go on the clause
    (``spec['attributive_not_before']``: function, position and change characters)."""
    stop = re.escape(spec["attributive_not_before"])
    units = _alt(spec["attributive_units"])
    joiners = _alt(spec["attributive_joiners"])
    return re.compile(
        rf"(?:(?:{joiners})[0-9][0-9.,]*[ \t]?(?:{units}))*(?:[0-9]|(?![{stop}])[{_CJK}])"
    )


def _statistic_change(st: Mapping[str, Any]) -> re.Pattern[str]:
    """The end of a from-to frame right before a capacity (從 288GB, 從 12 TB 到): a
    designation names a product and never moves, so a capacity told with the value it
    moves from is an amount."""
    units = _alt(st["units"])
    frm = _alt(st.get("change_from", ()))
    to = _alt(st.get("change_to", ()))
    if not frm or not to:
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?:{frm})(?:[ \t]*[0-9][0-9.,]*[ \t]*(?:{units})[^，,；;。！？!?\n]{{0,10}}?(?:{to}))?"
        r"[ \t]*$"
    )


def _alt_r(words: Iterable[str]) -> str:
    """Alternation of the words reversed, longest first (for matching on reversed text)."""
    return _alt(w[::-1] for w in words)


_CLAUSE_STOP = re.compile(r"[，,；;。！？!?\n]")  # ends a clause, unlike a title mark
_DIGIT_RUN = re.compile(r"[0-9]*")  # the Arabic digits from a position on (none is a match)
_LETTERS = "A-Za-zµμ"
_CJK = "\u4e00-\u9fff\uf900-\ufaff"


def _latin_unit_pattern() -> str:
    """One Latin unit token: listed units, or unit atoms with optional SI prefixes joined
    by ``/`` with an optional ² or ³ (Wh/kg, mg/dL, W/m²), kept whole.

    A lone letter that is not a listed unit is refused in ``_resolve_unit`` (18A, 70B);
    English magnitudes are read before the unit, so they are left out here.
    """
    mw = load_lexicon("measure_words")
    ou = mw["open_units"]
    cur = load_lexicon("currencies")
    stop = list(ou["latin_stop"]) + [w for w in ou["name_units"] if w.isascii()]
    known = [u["surface"] for u in mw["units"] if u.get("latin")]
    codes = [c for c in cur["prefixes"] if c.isascii() and c.isalpha()]  # 5億 USD
    prefix = "".join(re.escape(p) for p in ou["latin_prefixes"])
    piece = rf"[{prefix}]?(?:{_alt(ou['latin_atoms'])})"
    # (units32: a per-area unit may write its square as a plain digit, 500fF/μm2)
    grammar = rf"{piece}(?:/{piece}(?:[23](?![0-9.,]))?)*[²³]?"
    # a listed Latin unit's not_followed_by (5000W 畫素: 萬 pixels, not watts)
    guards = "".join(
        rf"(?!{re.escape(u['surface'])}(?:{_alt(u['not_followed_by'])}))"
        for u in mw["units"]
        if u.get("latin") and u.get("not_followed_by")
    )
    # 20cm漲停: a Latin token right before a word of the price-limit board is the board's
    # name in mainland market slang (a 20 % limit), no length (open_units: latin_not_before)
    board = ou.get("latin_not_before", [])
    if board:
        guards += rf"(?!(?:{grammar})[ \t]*(?:{_alt(board)}))"
    return (
        rf"{guards}(?!(?:{_alt(stop)})(?![{_LETTERS}]))(?!{english_magnitude_pattern()})"
        rf"(?:{_alt(known + codes)}|{grammar})(?![A-Za-z0-9²³]|/[{_LETTERS}])"
    )


def _change_window_pattern(
    spec: dict[str, Any] | None, dirs: dict[str, list[str]], delims: str
) -> re.Pattern[str] | None:
    """What follows a unit of time that is the window of a change: adverbs, a direction word
    or a listed verb, then, in the same clause, an Arabic digit or a Chinese numeral before a
    unit of a change (一倍, 三成): the amount the change is."""
    if not spec:
        return None
    verbs = [*dirs["increase"], *dirs["decrease"], *spec["verbs"]]
    numerals = "".join(spec["amount_numerals"])
    return re.compile(
        rf"[ \t]*(?:{_alt(spec['adverbs'])}){{0,2}}(?:{_alt(verbs)})"
        rf"[^{delims}]{{0,{int(spec['gap'])}}}?"
        rf"(?:[0-9]|[{numerals}][ \t]*(?:{_alt(spec['amount_units'])}))"
    )


def _open_cjk_pattern() -> str:
    """One CJK character read as a classifier: not a function or position character, not
    a numeral, and not the first character of a listed unit or currency (those have their
    own entries and guards, so 3家電 blocked by 家's guard is not re-read here)."""
    mw = load_lexicon("measure_words")
    cur = load_lexicon("currencies")
    nl = load_lexicon("numerals")
    ou = mw["open_units"]
    excluded = set(ou["cjk_stop"])
    excluded |= {u["surface"][0] for u in mw["units"]}
    excluded |= {w[0] for w in cur["suffixes"]} | {w[0] for w in cur["yuan"]}
    for key in ("digits", "small_magnitudes", "large_magnitudes"):
        excluded |= set(nl[key])
    for key in ("vague_digits", "more_markers", "decimal_points"):
        excluded |= set(nl[key])
    names = [w for w in ou["name_units"] if not w.isascii()]
    head = f"(?!{_alt(names)})" if names else ""
    cls = "".join(re.escape(c) for c in sorted(excluded))
    return rf"{head}(?![{cls}])[{_CJK}]"


def _unit_pattern(*, money_only: bool = False, listed_only: bool = False) -> str:
    """Measure words and currencies after a number, longest first, then the open rule.

    ``money_only`` (after a currency prefix) keeps just the currency words;
    ``listed_only`` leaves out the open rule (a lone 萬 counts only a known unit).
    """
    mw = load_lexicon("measure_words")
    cur = load_lexicon("currencies")
    conts = mw["continuations"]
    entries: list[tuple[str, str]] = []
    if not money_only:
        for u in mw["units"]:
            if u.get("latin"):
                continue  # read as one Latin token below, so Wh/kg is not cut to Wh
            tail = _not_followed(u.get("not_followed_by", []), conts)
            # (百分點, 千分比: a magnitude before 分 makes a word of its own)
            lead = "".join(f"(?<!{re.escape(w)})" for w in u.get("not_preceded_by", []))
            entries.append((u["surface"], lead + re.escape(u["surface"]) + tail))
    for surface in [*cur["suffixes"], *cur.get("cent_suffixes", {})]:
        entries.append((surface, re.escape(surface)))
    for surface in cur["yuan"]:
        tail = _not_followed(cur["yuan_not_followed_by"], cur.get("yuan_continuations", ()))
        entries.append((surface, re.escape(surface) + tail))
    fractions = cur["yuan_fractions"]
    units_listed = {u["surface"] for u in mw["units"]}
    for surface in fractions["scale"]:
        # a slash starts a per-unit (2分/W), not a score out of a number (2分/5分)
        after = "|".join(
            re.escape(w) + (r"(?![ \t]*\d)" if w in "/／" else "") for w in fractions["followed_by"]
        )
        entries.append((surface, re.escape(surface) + f"(?:(?={after}))"))
        if fractions.get("after_words") and (surface not in units_listed or money_only):
            # 重貶1.08角: read, then kept only after a currency's move (_resolve_unit);
            # after a currency named before the number a listed one is its fraction too
            # (港幣 7.51 仙, though 12.5仙 alone keeps 仙 as written)
            entries.append((surface, re.escape(surface)))
    entries.sort(key=lambda e: (-len(e[0]), e[0]))
    parts = [p for _, p in entries]
    if not money_only and not listed_only:
        parts += [_latin_unit_pattern(), _open_cjk_pattern()]
    return "|".join(parts)


def _broken_words(words: Iterable[str]) -> str:
    """Words as a pattern that lets a line break stand between any two characters (a line
    name wraps anywhere in a table cell: 一年內執\n行賣回權之應付公司債)."""
    return "|".join("\n?".join(re.escape(c) for c in w) for w in words)


def _not_provisional(pattern: str, cx: dict[str, Any]) -> str:
    """A forecast cue's `{not_provisional}`: one look-behind per provisional word.

    The words are one list (quantity_context.yaml: provisional_estimate_words) that the
    dates stage's estimate cues read too, so 臨時估計 is a report for both stages.
    """
    words = cx.get("provisional_estimate_words") or []
    return pattern.replace("{not_provisional}", "".join(f"(?<!{re.escape(w)})" for w in words))


def _estimate_frame(frame: dict[str, Any]) -> str:
    """The holders of an estimate (quantity_context.yaml estimate_frame) as one pattern: each
    word, not after its ``not_after`` words (spaced or not: AI 模型), and only where what it
    does to its figure (``holds``) follows within ``reach`` characters of its clause."""
    parts = []
    for h in frame["holders"]:
        behind = "".join(
            f"(?<!{re.escape(w + gap)})"
            for w in h.get("not_after", [])
            for gap in ("", " ", "\t")
        )
        gap_r = rf"[^，,。；;：:！？!?\n0-9０-９]{{0,{frame['reach']}}}?"
        parts.append(f"{behind}{re.escape(h['word'])}(?={gap_r}(?:{h['holds']}))")
    return "|".join(parts)


@functools.cache
def _regexes() -> _Regexes:
    ctx = _context()
    mw = load_lexicon("measure_words")
    ql = load_lexicon("qualifiers")
    cx = load_lexicon("quantity_context")
    num = number_pattern()
    unit = _unit_pattern()
    money_unit = _unit_pattern(money_only=True)
    emag = english_magnitude_pattern()
    # `3,854,519K shares`: a scale letter only right before an English count noun
    count_nouns = [
        u["surface"] for u in mw["units"] if u.get("latin") and u.get("kind") == "count"
    ]
    count_mags = mw.get("latin_count_magnitudes", [])
    if count_nouns and count_mags:
        emag = (
            rf"(?:{emag}|(?:{_alt(count_mags)})(?=[ \t]?(?:{_alt(count_nouns)})(?![A-Za-z])))"
        )
    sep = _alt(mw["range_separators"])
    pmag = rf"(?:{_alt(ctx.prefix_magnitudes)})(?![A-Za-z0-9])"
    # A Latin or symbol prefix glued to a letter is part of a longer one (the $ of US$).
    ascii_prefixes = [p for p in ctx.prefixes if p[:1].isascii()]
    other_prefixes = [p for p in ctx.prefixes if p not in ascii_prefixes]
    cur_prefix = rf"(?<![A-Za-z])(?:{_alt(ascii_prefixes)})|{_alt(other_prefixes)}"
    fixed_parts = []
    # 雙位數甚至三位數的增長: a joined second fixed word may stand before what both measure
    gated_fixed = [f["surface"] for f in mw["fixed"] if f.get("followed_by")]
    joined = rf"(?:[ \t]*(?:{_alt(mw.get('fixed_joiners', []))})[ \t]*(?:{_alt(gated_fixed)}))?"
    for f in sorted(mw["fixed"], key=lambda f: -len(f["surface"])):
        before = "".join(f"(?<!{re.escape(w)})" for w in f.get("not_preceded_by", []))
        after = ""
        if f.get("followed_by"):
            # 雙位數成長: the word is a quantity only before what it measures
            after = rf"(?={joined}[^，,。；;\n]{{0,2}}?(?:{_alt(f['followed_by'])}))"
        if f.get("preceded_by"):
            # 未來半年景氣: or right after one of these words, whatever follows (checked
            # behind the word, on the word and the one before it)
            behind = "|".join(
                f"(?<={re.escape(w + f['surface'])})" for w in sorted(f["preceded_by"])
            )
            after = f"(?:{after}|{behind})" if after else f"(?:{behind})"
        fixed_parts.append(
            before + re.escape(f["surface"]) + _not_followed(f.get("not_followed_by", [])) + after
        )
    fixed = "|".join(fixed_parts)
    # One cheap character test before the alternation lets the engine skip ahead fast.
    first = set("0123456789-−+") | {w[0] for w in ctx.prefixes} | {w[0] for w in ctx.fixed}
    first |= {w[0] for w in mw["percent_prefixes"]} | set(number_start_chars()) | {"(", "（"}
    first_cls = "".join(re.escape(c) for c in sorted(first))
    master = re.compile(
        rf"(?=[{first_cls}])(?:(?P<cur>{cur_prefix}){_SP}(?P<cs>{_SIGN}?)(?P<cn>{num})"
        rf"(?:{_SP}(?P<cemag>{emag}|{pmag}))?(?:{_SP}(?P<cu>{money_unit}))?"
        rf"|[(（](?P<lu>{_alt(mw['label_units'])})[)）][ \t]*[:：]?[ \t]*"
        r"(?P<ln>[0-9][0-9,]*(?:\.[0-9]+)?)(?![0-9.,%])"
        rf"|(?P<pp>{_alt(mw['percent_prefixes'])}){_SP}(?P<pn>{num})"
        # 百分之卅四至卅六: the second number of the range borrows 百分之 (before a
        # half-width comma that ends the clause too: 百分之四十至八十,如…; not 百分之1至2,000)
        rf"(?:{_SP}(?:{sep}){_SP}(?P<pn2>{num})(?=之間|左右|的|[^\w.,%]|,(?!\d)|$))?"
        rf"|(?P<fx>{fixed})"
        rf"|(?P<s1>{_SIGN}?)(?P<n1>{num})(?:{_SP}(?P<u1>{unit}))?{_SP}(?P<sep>{sep}){_SP}"
        rf"(?P<s2>{_SIGN}?)(?P<n2>{num})(?:{_SP}(?P<emag2>{emag}))?{_SP}(?P<u2>{unit})"
        rf"|(?P<s>{_SIGN}?)(?P<n>{num})(?:{_SP}(?P<emag>{emag}))?{_SP}(?P<u>{unit}))"
    )
    single = re.compile(rf"(?P<s>{_SIGN}?)(?P<n>{num})(?:{_SP}(?P<emag>{emag}))?{_SP}(?P<u>{unit})")
    delims = "".join(re.escape(c) for c in sorted(ctx.delimiters))
    words_r = _alt_r(set(ctx.qualifiers) | set(ql["neutral"]))
    dirs = ql["directions"]
    # 約占, 最多抵減, 約減少: link and change words may stand between qualifier and number.
    bridges_r = _alt_r(set(ql["bridges"]) | set(dirs["increase"]) | set(dirs["decrease"]))
    per_r = _alt_r(ql["per_words"])  # 超過每度5元
    suffix_parts = []
    for word in sorted(ctx.suffix_qualifiers, key=len, reverse=True):
        nf = ql.get("suffix_not_followed_by", {}).get(word, [])
        suffix_parts.append(re.escape(word) + _not_followed(nf))
    # Words that make a bare 3-digit number before an open classifier an amount (約, 達, 共有).
    open_cues = set(ctx.qualifiers) | set(ql["neutral"]) | set(ql["bridges"])
    open_cues |= set(ctx.cardinal_cues) | set(dirs["increase"]) | set(dirs["decrease"])
    nl = load_lexicon("numerals")
    digit_chars = "".join(c for c, v in nl["digits"].items() if 1 <= v <= 9)
    numeral_chars = "".join(number_start_chars()[10:]) + "".join(nl["large_magnitudes"])
    listed_ordinals = [o["word"] for o in cx["ordinal_prefixes"] if o.get("over_list")]
    list_item = r"[ \t]*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[ \t]*"
    not_preceded = {u["surface"]: u.get("not_preceded_by", []) for u in mw["units"]}
    # a measure word that is also a common word (also_word: 只 "only"), blocked by its
    # not_followed_by, is no unit after the number either (營收30億只是開始: a bare amount)
    not_followed = {
        u["surface"]: u.get("not_followed_by", []) for u in mw["units"] if u.get("also_word")
    }
    unit_after_parts = [
        "".join(f"(?<!{re.escape(w)})" for w in not_preceded.get(u, []))
        + re.escape(u)
        + _not_followed(not_followed.get(u, []))
        for u in sorted(set(ctx.units), key=lambda w: (-len(w), w))
    ]
    # what may stand between a per-unit (reversed: read back from the number) and the number:
    # a bridge word, a label's colon, and the measure's Latin name in brackets after it
    # (每股收益（EPS） 0.86 美元)
    # 表達一個想法: a word that ends in a cardinal cue and is none (read on reversed text)
    not_in = cx.get("cardinal_cue_not_in") or []
    not_cue = f"(?!{_alt_r(not_in)})" if not_in else ""
    fraction_moves = [
        *load_lexicon("currencies")["yuan_fractions"].get("after_words", []),
        *load_lexicon("currencies")["yuan_fractions"].get("dividend_words", []),
    ]
    fraction_gap = load_lexicon("currencies")["yuan_fractions"].get("after_word_gap", [])
    per_gap_r = rf"[ \t]*(?:{_alt_r(ql['bridges'])})?[ \t*：:]*(?:[)）][A-Za-z]{{2,6}}[(（][ \t]*)?"
    made = _Regexes(
        ordinal_list=re.compile(
            rf"(?P<w>{_alt(listed_ordinals)})(?:{list_item}(?:{_alt(cx['ordinal_list_joiners'])}))+"
            r"[ \t]*$"
        ),
        master=master,
        single=single,
        masks=re.compile("|".join(f"(?:{p})" for p in cx["masks"]), re.MULTILINE),
        delimiter=re.compile(f"[{delims}]"),
        qualifier_r=re.compile(
            rf"[ \t]*(?:{bridges_r})?(?:[^\s\d{delims}]{{1,2}}{per_r})?"
            # 最高回饋 6000 元: a verb of a grant or a limit after a ceiling word
            rf"(?:(?:{_alt_r(ql['ceiling_verbs'])})(?={_alt_r(ql['verb_gap_words'])}))??"
            rf"(?P<w>{words_r})"
        ),
        distant_qualifier_r=re.compile(
            rf"[ \t]*(?:的|之|中)(?:(?P<ref>{_alt_r(ql['reference_words'])})[^{delims}]{{0,22}}?"
            rf"|[^{delims}]{{1,24}}?)(?P<w>{words_r})"
        ),
        whole_qualifier_r=re.compile(
            rf"[ \t]*(?:{_alt_r(ql['whole_words'])})[^{delims}]{{0,20}}?(?P<w>{words_r})"
        ),
        suffix_qualifier=re.compile(r"[ \t]*(?:" + "|".join(suffix_parts) + ")"),
        percent_unit_after=re.compile(
            rf"[ \t]*(?:{_alt(u for u, v in ctx.units.items() if v.kind == 'percent')})"
            r"(?![A-Za-z])"
        ),
        direction_r=re.compile(
            rf"[ \t]*(?:{_alt_r(ql['direction_links'])})*"
            rf"(?:(?P<inc>{_alt_r(dirs['increase'])})|(?P<dec>{_alt_r(dirs['decrease'])}))"
        ),
        level_verb_r=re.compile(
            rf"[ \t]*(?:{_alt_r(ql['level_links'])})"
            rf"(?!{_alt_r(ql['level_link_not_after'])})"
            rf"(?:{_alt_r(dirs['increase'])}|{_alt_r(dirs['decrease'])})"
        ),
        forecast=gated("|".join(f"(?:{_not_provisional(p, cx)})" for p in cx["forecast_cues"])),
        duration_cue_r=re.compile(rf"[ \t]*(?:{_alt_r(ctx.duration_cues)})"),
        cardinal_cue_r=re.compile(rf"[ \t]*{not_cue}(?:{_alt_r(ctx.cardinal_cues)})"),
        stressed_length_r=re.compile(rf"[ \t]*(?:{_alt_r(ctx.stressed_length_cues)})"),
        length_span_r=re.compile(
            rf"[ \t]*(?:{_alt(list(ctx.length_span_after))})"
            rf"(?!\s*(?:{_broken_words(ctx.length_span_not_before)}))"
        ),
        change_window_r=_change_window_pattern(cx.get("change_window"), dirs, delims),
        magnitude_cue_r=re.compile(rf"[ \t]*(?:{_alt_r(ctx.magnitude_cues)})"),
        cued_unit_r={
            u: re.compile(
                rf"[ \t]*[^{delims}0-9０-９]{{0,{ctx.cued_unit_gap}}}?(?:{_alt_r(words)})"
            )
            for u, words in ctx.cued_units.items()
        },
        grouped_cue_r={
            u: re.compile(
                r"[ \t]*(?:"
                + "".join(
                    f"{bounds}(?:{_alt_r(a)})|"
                    for a in [ctx.grouped_adjacent.get(u, ())]
                    if a
                    for bounds in [
                        rf"(?:(?:{_alt_r(ctx.grouped_adjacent_bounds)})[ \t]*)?"
                        if ctx.grouped_adjacent_bounds
                        else ""
                    ]
                )
                + rf"[^{delims}0-9０-９]{{0,{ctx.grouped_cue_gap}}}?(?:{_alt_r(words)}))"
            )
            for u, words in ctx.grouped_cues.items()
        },
        tenth_digit=re.compile(rf"(?P<gap>[ \t]*)[1-9{digit_chars}](?![\d{numeral_chars}.．])"),
        half=re.compile("半" + _not_followed(mw["half_units"]["not_followed_by"])),
        currency_r=re.compile(rf"[ \t]*(?P<w>{_alt_r(ctx.prefixes)})"),
        fraction_move_r=re.compile(
            rf"[ \t]*(?:(?:{_alt_r(fraction_gap)})[ \t]*)?(?:{_alt_r(fraction_moves)})"
            if fraction_gap
            else rf"[ \t]*(?:{_alt_r(fraction_moves)})"
        ),
        comparison_r=re.compile(
            rf"[ \t]*(?:(?:{_alt_r(cx['comparison_glued_relatives'])})[ \t]*)?"
            rf"(?:{_alt_r(cx['comparison_markers'])})"
        ),
        base_after=re.compile(
            rf"{_SP}(?:[（(][^）)\n]{{0,30}}[）)])?{_SP}(?:{_alt(cx['base_after'])})"
        ),
        with_frame_r=re.compile(
            rf"[ \t]*(?:止截|至截)?[ \t]*(?:{_alt_r(cx['with_frame_before'])})"
        ),
        # (與2011年的新臺幣2,403億元相比: a digit-group comma inside the base's own value is
        # no clause break)
        with_frame_after=re.compile(
            rf"(?:[^，,；;。\n]|(?<=[0-9]),(?=[0-9])){{0,30}}?(?:{_alt(cx['with_frame_after'])})"
        ),
        base_frame=re.compile(cx["base_frame"]),
        history_then=re.compile(_alt(cx["history_then"])),
        deadline=re.compile(cx["deadline_after"]),
        compared_expectation=re.compile(cx["compared_expectation"]),
        history_average=re.compile(cx["history_average_after"]),
        title_brackets=tuple((b[0], b[1]) for b in cx["title_brackets"]),
        sequel_opens=re.compile(cx["sequel_clause"]["opens"]),
        sequel_closes=re.compile(cx["sequel_clause"]["closes"]),
        crisis_compared=re.compile(_alt(cx["crisis_years"]["compared_before"])),
        crisis_history_after=re.compile(rf"{_SP}(?:{_alt(cx['crisis_years']['history_after'])})"),
        base_value=re.compile(cx["base_value_gap"]),
        multiple_base=re.compile(cx["multiple_base"]),
        model_edition=re.compile(cx["model_edition_before"]),
        shock=re.compile(cx["sensitivity"]["shock"]),
        effect=re.compile(cx["sensitivity"]["effect"]),
        estimate=re.compile(_alt(cx["estimate_season"]["cues"])),
        projecting_estimate=re.compile(
            _alt(
                c
                for c in cx["estimate_season"]["cues"]
                if c not in cx["estimate_season"].get("reckoning_cues", [])
            )
        ),
        payout=re.compile(_alt(cx["estimate_season"]["payout_cues"])),
        fear=re.compile(cx["estimate_season"]["fear_cue"]),
        running_reach=re.compile(cx["running_year_reach"]),
        running_amount=re.compile(cx["running_year_amount"]["reach"]),
        running_amount_not=re.compile(cx["running_year_amount"]["not_before"]),
        guidance_cap_before=re.compile(cx["guidance_cap"]["before"]),
        guidance_cap_after=re.compile(cx["guidance_cap"]["after"]),
        past_reckoning=frozenset(cx["estimate_season"].get("past_reckoning_cues", [])),
        same_period=re.compile(rf"{_SP}(?:{_alt(cx['comparison_periods'])})"),
        term_end=re.compile(rf"{_SP}(?:{_alt(cx['term_ends'])})"),
        telling_day=re.compile(rf"{_SP}(?:{_alt(cx['telling_day_verbs'])})"),
        later_horizon=re.compile(cx["later_year"]["horizon_before"]),
        later_fiscal=re.compile(cx["later_year"]["fiscal"]),
        later_past_year=re.compile(cx["later_year"]["past_year"]),
        thing_year=re.compile("|".join(f"(?:{r})" for r in cx["thing_year_after"])),
        pay_day_before=re.compile(cx["pay_day"]["before"]),
        pay_day_after=re.compile(cx["pay_day"]["after"]),
        list_lead=re.compile(cx["list_lead"]),
        past_opener=re.compile(
            rf"[ \t\u3000]*(?:{_alt(cx['past_openers'])})"
            r"(?![ \t]*(?:[0-9０-９一二兩三四五六七八九十百幾數半多]|的|了|式|時|來|後))"
        ),
        present=re.compile(
            rf"(?<![0-9０-９一二三四五六七八九十廿卅月號号])(?:{_alt(cx['present_cues'])})"
            # (links34: 截至今年3月底, 至今年底: 今 opens a year there, no "up to now")
            r"(?!(?<=至今|迄今)年)"
            rf"|(?<![0-9０-９一二三四五六七八九十廿卅月號号])(?:{_alt(cx['present_day_words'])})"
            rf"(?![0-9０-９一二三四五六七八九十兩])"
            # (周四指出: the day of the week news reports; not 每周一, a day that recurs)
            rf"|(?<!{_alt(cx['present_weekday_not_after'])})(?:{_alt(cx['present_weekdays'])})"
            # (news spaced around its digits writes the day as 4 日, and a month's day as
            # 10 月 4 日: a date of its own)
            rf"|(?<![0-9０-９月/.\-+年號号第])(?<![0-9月年號号第][ \t])[0-9]{{1,2}}[ \t]?日"
            rf"(?![0-9]|{_alt(cx['present_day_not_before'])})"
        ),
        present_periods=frozenset(cx.get("present_periods", [])),
        reporting=re.compile(_alt(cx["reporting_periods"])),
        prior_years=re.compile(
            rf"(?:{_alt(cx['prior_years']['before'])})(?P<n>[2-5兩二三四五])"
            rf"(?:{_alt(cx['prior_years']['after'])})"
        ),
        expectation_after=re.compile(cx["expectation_after"]),
        list_carry=(
            re.compile(_alt(cx["list_carry_cues"])) if cx.get("list_carry_cues") else None
        ),
        forecast_mark_after=re.compile(cx["forecast_mark_after"]),
        since_after=re.compile(
            rf"{_SP}(?:(?:{_alt(cx['since_records'])})[^，,。；;\n0-9０-９]{{0,8}}?)?"
            rf"(?:{_alt(cx['since_after'])})"
        ),
        row_of_values=re.compile(
            rf"(?:[ \t\u3000]+{_value_cell(cx['row_value_marks'])})"
            rf"{{{int(cx['row_label_values'])}}}"
        ),
        since_rank=re.compile(
            rf"{_SP}(?:{_alt(cx['since_after'])})[^，,。；;\n0-9０-９]{{0,10}}?"
            rf"(?:{_alt(cx['since_ranks'])})"
        ),
        since_records=re.compile(
            rf"{_SP}(?:{_alt(cx['since_records'])})[^，,。；;\n0-9０-９]{{0,8}}?"
            rf"(?:{_alt(cx['since_after'])})"
        ),
        running_sum=re.compile(_alt(cx["running_sum_cues"])),
        since_total_after=re.compile(rf"{_SP}(?:{_alt(cx['since_total']['after'])})"),
        since_total_cue=re.compile(_alt(cx["since_total"]["cues"])),
        open_after=re.compile(
            rf"{_SP}(?:{_alt(cx['open_bounds']['after'])})(?![0-9一二三四五六七八九十兩半個])"
        ),
        open_before=re.compile(
            rf"{_SP}(?:{_alt(cx['open_bounds']['before'])})(?![0-9一二三四五六七八九十兩半個])"
        ),
        per_year=re.compile(_alt(cx["open_bounds"]["per_year"])),
        compound_rate=re.compile(_alt(cx["open_bounds"]["compound_rate"])),
        years_back=re.compile(cx["years_back"]),
        closing_before=re.compile(
            rf"{_SP}(?:{_alt(cx['open_bounds']['before_closing'])})(?![0-9一二三四五六七八九十兩半個])"
        ),
        quote=re.compile(_alt(cx["quote_cues"])),
        trial_endpoint=re.compile(_alt(cx["trial_endpoint_cues"])),
        quote_restated=re.compile(
            r"[ \t]*(?:" + _alt(cx["quote_restatements"]) + r")(?=[ \t]*[-+−]?[0-9０-９])"
        ),
        target_price=re.compile(_alt(cx["target_price_cues"])),
        running_whole_year=re.compile(rf"[ \t]*(?:{_alt(cx['running_whole_year'])})"),
        whole_year_after_closed=re.compile(cx["whole_year_after_closed"]),
        target_price_change=re.compile(rf"[ \t]*(?:{_alt(cx['target_price_change_opens'])})"),
        reached=re.compile(_alt(cx["reached_cues"])),
        statistics_lead=re.compile(cx["statistics_lead"]),
        reported_move=re.compile(cx["reported_moves"]),
        view_holders=re.compile(cx["view_holders_after"]),
        standing_rule=re.compile("|".join(f"(?:{p})" for p in cx["standing_rules"])),
        base_from=re.compile(cx["stated_bases"]["change_from"]),
        expectation_before=re.compile(cx["expectation_before"]),
        estimate_frame=re.compile(_estimate_frame(cx["estimate_frame"])),
        frame_compared=re.compile(cx["estimate_frame"]["compared_before"]),
        frame_item_reach=cx["estimate_frame"]["item_reach"],
        revision_opens=re.compile(cx["revision_frame"]["opens"]),
        revision_moves=re.compile(
            cx["revision_frame"]["moves"].replace(
                "{revision}", _alt(load_lexicon("dates")["forecast_revision_words"])
            )
        ),
        guidance_before=re.compile(cx["guidance_before"]),
        object_marker=re.compile(cx["object_marker"]),
        object_marker_past=re.compile(cx["object_marker_past_dates"]),
        object_marker_bare=re.compile(cx["object_marker_bare"]),
        fiscal_named=re.compile(cx["fiscal_year_gloss"]["named"]),
        fiscal_gap=re.compile(cx["fiscal_year_gloss"]["gap"]),
        past_move=re.compile(cx["past_moves"]),
        session_move=re.compile(cx["session_moves"]),
        base_expected=re.compile(cx["stated_bases"]["expectation_before"]),
        base_compared=re.compile(cx["stated_bases"]["compared"]),
        base_compared_past=re.compile(cx["stated_bases"]["compared_past"]),
        in_force=re.compile(_alt(cx["in_force"]["words"])),
        in_force_not_after=re.compile(cx["in_force"]["not_after"]),
        in_force_change=re.compile(cx["in_force"]["change"]),
        base_expectation=re.compile(cx["stated_bases"]["expectation_words"]),
        base_not_change_end=re.compile(cx["stated_bases"]["not_change_end"]),
        base_revision_to=re.compile(cx["stated_bases"]["revision_to"]),
        base_revision_from=re.compile(cx["stated_bases"]["revision_from"]),
        yearless=re.compile("|".join(f"(?:{p})" for p in cx["yearless_periods"])),
        relative_period=re.compile(_alt(cx["glossed_periods"])),
        present_quarter=re.compile(_alt(cx["present_quarters"])),
        present_results=re.compile(_alt(cx["present_results_periods"])),
        bracket_lead=re.compile(rf"[(（][ \t]*(?:{_alt(cx['bracket_base_leads'])})?[ \t]*$"),
        item_break=re.compile(rf"(?:{_alt(cx['item_breaks'])})[.…。 \t]*"),
        base_list_join=re.compile(rf"[ \t]*(?:{_alt(cx['base_list_joiners'])})[ \t]*"),
        other_years=re.compile(_alt(cx["other_years"])),
        change_from_date=re.compile(rf"(?:{_alt(cx['change_path']['from'])})[ \t]*$"),
        base_change=re.compile(_alt(cx["base_change_words"])),
        prior_quarter_base=re.compile(
            rf"(?:{_alt(cx['prior_quarter_base']['words'])})"
            rf"(?:(?:{cx['base_value_gap']})|(?:{cx['prior_quarter_base']['subject_gap']}))$"
        ),
        glossed=re.compile(
            "("
            + "|".join(map(re.escape, sorted(cx["glossed_periods"], key=len, reverse=True)))
            + r")[ \t]*[(（]"
        ),
        statement_period=re.compile(
            "|".join(f"(?:{p})" for p in [*cx["yearless_periods"], *cx["statement_periods"]])
        ),
        closed_period=re.compile("|".join(f"(?:{p})" for p in cx["statement_periods"])),
        results_period=re.compile("|".join(f"(?:{p})" for p in cx["results_periods"])),
        done_mark=re.compile("|".join(f"(?:{p})" for p in cx["done_marks"])),
        outlook_predicate=re.compile(cx["outlook_predicate"]),
        cue_span=re.compile(rf"[ \t]*(?:{_alt(cx['cue_span_words'])})?[ \t]*"),
        continues=re.compile(rf"[ \t]*(?:{_alt(cx['continuation_starts'])})"),
        # (a list item's marker may stand before the word: * 其汽車業務營收…)
        paragraph_continues=re.compile(
            rf"[ \t]*(?:[*•·‧\-－–][ \t]*)?(?!{_alt(cx['paragraph_continuation_not'])})"
            rf"(?:{_alt(cx['paragraph_continuation_starts'])})"
        ),
        paragraph_speaker=re.compile(cx["paragraph_continuation_speaker"]),
        breakdown=re.compile(rf"[ \t]*(?:{_alt(cx['breakdown_starts'])})"),
        breakdown_view=re.compile(cx["breakdown_view_start"]),
        count_continues=re.compile(
            rf"[，,][ \t]*(?:{_alt(cx['count_clause_continuers'])})"
        ),
        count_horizon=tuple(sorted(cx.get("count_horizon_before", []), key=lambda w: (-len(w), w))),
        alternative=re.compile(rf"[ \t]*(?:{_alt(cx['alternative_starts'])})"),
        carry_base=re.compile(cx["outlook_carry_base"]),
        change_from=frozenset(cx["change_path"]["from"]),
        # the gap between the first value and the second: no clause ends, one "to" word
        # (one comma may stand before the clause that names the "to": 將從今年的18%，大幅
        # 成長至26-30%; 由2015年的虧損1、2千萬元，轉為獲利近3千萬)
        change_to=re.compile(
            rf"(?:[^，,；;。\n\d]{{0,{int(cx['change_path']['gap'])}}}?[，,])?"
            rf"[^，,；;。\n\d]{{0,{int(cx['change_path']['gap'])}}}?"
            rf"(?:{_alt(cx['change_path']['to'])})[^，,；;。\n\d]{{0,3}}"
        ),
        span_before=re.compile(rf"[ \t]*(?:{_alt_r(cx['span_on_number']['before'])})"),
        span_after=re.compile(rf"[ \t]*(?:{_alt(cx['span_on_number']['after'])})"),
        span_age=re.compile(rf"[ \t]*(?:{_alt_r(cx['span_on_number']['not_after'])})"),
        past_span_before=re.compile(rf"[ \t]*(?:{_alt_r(cx['past_span']['before'])})"),
        past_span_after=re.compile(rf"[ \t]*(?:{_alt(cx['past_span']['after'])})"),
        ahead_after=re.compile(cx["ahead_span"]["after"]),
        ahead_modal=re.compile(cx["ahead_span"]["modal"]),
        turn=re.compile(rf"[，,；;][ \t]*(?:{_alt(cx['continuation_starts'])})"),
        range_next=re.compile(rf"{_SP}(?:{sep}){_SP}{_SIGN}?(?:{num})"),
        range_gap=re.compile(rf"{_SP}(?:{sep}){_SP}"),
        # a bare Arabic number and a range word right before a position (8~10億)
        range_before=re.compile(rf"(?<![\d.,A-Za-z])(?P<n>\d[\d,]*(?:\.\d+)?){_SP}(?:{sep}){_SP}$"),
        after_yuan=re.compile(rf"[ \t]?(?P<w>{_alt(ctx.after_yuan)})"),
        open_cue_r=re.compile(rf"[ \t]*(?:{_alt_r(open_cues)})"),
        # 劑量50mg、150mg及: a strength word, then only earlier items of its list
        strength_list_r=re.compile(
            rf"(?:{_alt(cx['specifications']['strength_cues'])})"
            r"(?:為|：|:|包括|包含|有|分別為)?[ \t]*"
            r"(?:[0-9][0-9.,]*[ \t]*[A-Za-zμµ]+(?:/[A-Za-zμµ]+)?[ \t]*"
            r"(?:、|,|，|及|和|與|或|以及)[ \t]*)*$"
        ),
        # 53度500ml茅臺酒, 750ml和400ml茅臺酒, 43度茅臺酒: what follows a size or a strength
        # written before the noun it names (an item of its list, then a digit or a word)
        attributive_next=_attributive_next(cx["specifications"]),
        statistic_before=re.compile(_alt(cx["specifications"]["statistics"]["before"])),
        statistic_after=re.compile(_alt(cx["specifications"]["statistics"]["after"])),
        # 容量從 288GB 拉到 1TB, 從 12 TB 到 1.2 PB: a capacity moved by a change frame (the
        # search ends at the number, so $ is right before it)
        statistic_change=_statistic_change(cx["specifications"]["statistics"]),
        # (256GB、512GB 版: the later items of a list of capacities, then the product's word)
        statistic_product_next=re.compile(
            rf"[ \t]*(?:{_alt(cx['specifications']['statistics']['units'])})?"
            r"(?:[ \t]*[、,，/和與及或][ \t]*[0-9][0-9.]*[ \t]*"
            rf"(?:{_alt(cx['specifications']['statistics']['units'])}))*"
            rf"[ \t]*(?:{_alt(cx['specifications']['statistics']['product_next'])})"
        ),
        # a number not followed by a unit, a digit or a Latin letter
        bare_number=re.compile(rf"(?:{num})(?![\d{_LETTERS}%])"),
        bare_money_cue=re.compile(_alt(cx["bare_money"]["cues"])),
        bare_money_counted=re.compile(_alt(cx["bare_money"].get("counted", ["\uffff"]))),
        compared_after=re.compile(r"[ \t]*(?:" + _alt(cx["compared_bases"]["after"]) + r")"),
        bare_count_links=re.compile(
            r"[ \t]*(?:(?:" + _alt(cx["bare_money"].get("counted_links", ["\uffff"])) + r")[ \t]*)*"
        ),
        # (a unit's not_preceded_by holds here too: 售價3.5萬起 is no count of 起 events)
        unit_after=re.compile(rf"{_SP}(?:{'|'.join(unit_after_parts)})"),
        # 突破萬臺, 千元以下 is elsewhere: a lone large magnitude, no numeral before it,
        # then a listed measure word or currency
        lone_magnitude=re.compile(
            rf"(?<![{re.escape(number_start_chars())}{''.join(nl['large_magnitudes'])}])"
            rf"(?P<m>{_alt(cx['lone_magnitudes']['words'])})"
            rf"(?![{''.join(nl['large_magnitudes'])}\d])"
            rf"(?={_SP}(?:{_unit_pattern(listed_only=True)}))"
        ),
        lone_magnitude_cue_r=re.compile(rf"[ \t]*(?:{_alt_r(cx['lone_magnitudes']['cues'])})"),
        listed_unit=re.compile(rf"{_SP}(?P<u>{_unit_pattern(listed_only=True)})"),
        negative_r=re.compile(
            rf"[ \t]*(?:{_alt_r(ql['negative_prefixes'])})"
            + _not_followed([w[::-1] for w in ql.get("negative_not_after", ())])
        ),
        # 每人每年 3 萬元, 每股面額均為10元 (reversed: the 每X groups that end right before
        # the number, or before a short noun and link word)
        per_before_r=re.compile(
            rf"{per_gap_r}[{_CJK}]{{0,6}}?"
            rf"(?P<w>(?:(?:{_alt_r(ql['per_units'])}){_alt_r(ql['per_words'])})+)"
        ),
        per_named_r=re.compile(
            rf"{per_gap_r}[{_CJK}]{{0,4}}?(?P<w>{_alt_r(ql['per_named'])})(?![A-Za-z])"
        ),
        # 3個多月 = more than 3 months: the unit is 個月, written around 多
        more_inside=re.compile(rf"[多餘半](?P<w>{_alt(mw['more_inside'])})"),
        english_after=re.compile(rf"{_SP}(?:{emag})"),
        per_after=re.compile(rf"[ \t]?[/／][ \t]?(?P<w>{_alt(ql['per_units'])})(?![A-Za-z])"),
        # 攻破15700、15800、: a bare Arabic item (its own magnitude allowed: 30 萬、) and the
        # word that joins it to the next, right before the position searched up to
        unit_list_item=re.compile(
            r"(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?(?:[ \t]?(?P<mag>[萬億兆]))?)"
            rf"[ \t]*(?:{_alt(cx['unit_lists']['joiners'])})[ \t]*$"
        ),
        # 拖低恒指19.6點、15點及11點: an earlier item of a list of index moves that writes
        # the index's unit itself, and the word that joins it to the next
        grouped_list_item=re.compile(
            r"(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?)[ \t]*"
            rf"(?:{_alt(cx['grouped_only_units'])})?"
            rf"[ \t]*(?:{_alt(cx['unit_lists']['joiners'])})[ \t]*$"
        ),
        # An index level said with no unit: 萬六 / 一萬六 (16,000), 三千三 (3,300), or a
        # plain four- or five-digit Arabic level right before a barrier word (3300得而復失);
        # no digit or magnitude on either side
        shorthand_level=re.compile(
            r"(?<![0-9一二三四五六七八九十百千萬億兩零.,])"
            r"(?:[一兩二]?萬[一二三四五六七八九]|[一二三四五六七八九]千[一二三四五六七八九]"
            r"|[1-9]\d{3,4}(?=[ \t」』”’]{0,2}(?:"
            + _alt(cx["grouped_only_cues"].get("shorthand_after", ["大關"]))
            + r")))"
            r"(?![0-9一二三四五六七八九十百千萬億兆零%]|[.,]\d)"
        ),
        # PMI報49.1, 指數跌至49,: a move word, then a plain number ending its clause
        # (quant30: a month between, 至9月份的52.4; 從8月份的52.6 only with it; a joiner
        # after a move and its number, 下跌4.3至57.8 — checked in _bare_index_levels)
        bare_index_level=re.compile(
            r"(?:(?:" + _alt(cx["bare_index_levels"]["moves"]) + r")[ \t]*"
            r"(?:" + cx["bare_index_levels"]["period"] + r"[ \t]*)?"
            r"|(?P<ch>" + _alt(cx["bare_index_levels"]["chain"]) + r")[ \t]*"
            r"(?:" + cx["bare_index_levels"]["period"] + r"[ \t]*)?"
            r"|(?:" + _alt(cx["bare_index_levels"]["from_moves"]) + r")[ \t]*"
            + cx["bare_index_levels"]["period"] + r"[ \t]*"
            r"|(?P<sec>" + _alt(cx["bare_index_levels"]["sectors"]) + r")"
            r"|(?P<adj>" + _alt(cx["bare_index_levels"].get("adjacent") or ["\x00"]) + r")[ \t]*)"
            r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})*(?:\.[0-9]+)?|0\.[0-9]+)"
            r"(?=$|\n|" + _alt(cx["bare_index_levels"]["ends"]) + r")"
        ),
        bare_index_word=re.compile(_alt_r(cx["bare_index_levels"]["index_words"])),
        bare_index_chain_after=re.compile(
            r"(?:" + _alt(cx["bare_index_levels"]["chain_after"]) + r")[^0-9０-９]{0,3}[0-9]"
        ),
        bare_index_not_between=re.compile(_alt(cx["bare_index_levels"]["not_between"])),
        # 新台幣存款分別為 3 億、5 億: a currency's name said once before bare amounts
        currency_word=re.compile(
            _alt(sorted((p for p in ctx.prefixes if not p[:1].isascii()), key=len, reverse=True))
        ),
        unit_list_cue_r=re.compile(
            rf"[ \t]*(?:[為是達][ \t]*)?(?:{_alt_r(cx['unit_lists']['cues'])})"
        ),
    )
    # The look-backs and windows are searched (the forecast cues, the delimiters, the
    # yearless periods …): a pattern that opens with a look-behind or an optional word gives
    # re no character to skip to, and the gate gives it one. Same matches (``gated``).
    behind_gates: dict[str, Any] = {
        f.name: gated(p.pattern, p.flags)
        for f in dataclasses.fields(made)
        if isinstance(p := getattr(made, f.name), re.Pattern)
    }
    return dataclasses.replace(made, **behind_gates)


# --------------------------------------------------------------------------- find


@dataclass(frozen=True)
class QuantityMatch:
    """One quantity as found in the text, before provenance and linking.

    ``start``/``end`` cover what ``text`` quotes (number and unit, widened to an
    adjacent qualifier word); ``num_start`` is where the number itself begins.
    Members of one range share ``range_group``.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str
    kind: str
    qualifier: str
    lower: float | None
    upper: float | None
    lower_inclusive: bool | None
    upper_inclusive: bool | None
    rule: str
    direction: str | None = None
    range_group: int | None = None
    per: str | None = None


def scan_view(text: str) -> str:
    """Folded text with list markers, figure/table numbers, URLs and times blanked (same length)."""
    view = _regexes().masks.sub(lambda m: " " * len(m.group()), fold_fields(text))
    return _fold_thousands(_mask_glued_items(view))


# A full-width comma between digit groups (38，917架次, as converted mainland text writes a
# thousands separator): 1–3 digits, then groups of exactly 3, not a decimal's tail; and
# any ``digit，digit`` of another shape (12，5, 1234，567, 3，5，7家 as a list) in the text.
_FW_GROUPED = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，,]|\.\D|[、及和與]\d)")
_FW_PAIR = re.compile(r"\d，\d")


def _fold_thousands(view: str) -> str:
    """``38，917架次`` is 38,917 when the text never puts ``，`` between bare numbers of
    another shape (``12，5``, ``2，4，6``: a list, where each number stands alone, and a
    text that lists so may list ``12，345`` too); the comma becomes ``,`` in the scan
    view (same length, so spans still quote the text as written)."""
    if "，" not in view:
        return view
    groups = list(_FW_GROUPED.finditer(view))
    if not groups:
        return view
    inside = {m.start() + i for m in groups for i, c in enumerate(m.group()) if c == "，"}
    if any(p.start() + 1 not in inside for p in _FW_PAIR.finditer(view)):
        return view
    chars = list(view)
    for i in inside:
        chars[i] = ","
    return "".join(chars)


# An inline list marker: one digit and a full stop glued to the item's first word
# (…逐季成長2.物聯網推升…), not a decimal, a date or a section number.
_INLINE_ITEM = re.compile(r"(?<![\d.,])([1-8])[.．](?=[^\s\d.,．])")
# How far apart an inline list's markers may stand.
_ITEM_REACH = 160


def _mask_glued_items(view: str) -> str:
    """``1.擴產…2.物聯網推升…報價看漲到明年 3.12吋產品可望…4.兩岸…``: item 3's marker runs into
    the number that opens it, so ``3.12`` reads as a decimal. Between inline markers n and
    n+2 with no marker n+1 of their own, an ``n+1.`` right before a digit is that marker,
    blanked: no 3.12 吋 is read (nor 12 吋: a span never starts inside what the text writes
    as one number); a lone ``2.12吋`` with no list around stays a decimal."""
    items = [(int(m.group(1)), m.start()) for m in _INLINE_ITEM.finditer(view)]
    if len(items) < 2:
        return view
    chars: list[str] | None = None
    for (n, a), (k, b) in itertools.pairwise(items):
        if k != n + 2 or b - a > _ITEM_REACH:
            continue
        glued = re.compile(rf"(?<![\d.,]){n + 1}[.．](?=\d)").search(view, a, b)
        if glued is None or "\n" in view[a:b]:
            continue
        chars = chars if chars is not None else list(view)
        chars[glued.start()] = chars[glued.start() + 1] = " "
    return "".join(chars) if chars is not None else view


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, non-overlapping (starts, ends) so one bisect answers an overlap question."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


_BRACKETS = frozenset("（）()「」『』《》【】[]")


def _clause_start(scan: str, pos: int, floor: int, delimiters: frozenset[str], limit: int) -> int:
    lo = max(floor, pos - limit)
    for i in range(pos - 1, lo - 1, -1):
        if scan[i] in delimiters:
            return i + 1
    return lo


def _quoted_clause(
    scan: str, pos: int, s_lo: int, rx: _Regexes, ctx: _Context, c_limit: int
) -> int:
    """Where the search for a market quote's cue starts for the number at ``pos``: its clause,
    and the clauses before it in its sentence while each opens by restating the quote
    (``道瓊指數上漲408.63點，或1.24%，收33,420.77點``: the same move in percent and as the close,
    ``quantity_context.yaml: quote_restatements``)."""
    lo = _clause_start(scan, pos, s_lo, ctx.delimiters, c_limit)
    while lo > s_lo and rx.quote_restated.match(scan, lo):
        lo = _clause_start(scan, lo - 1, s_lo, ctx.delimiters, c_limit)
    return lo


def _clause_end(scan: str, pos: int, delimiters: frozenset[str], limit: int) -> int:
    hi = min(len(scan), pos + limit)
    for i in range(pos, hi):
        if scan[i] in delimiters:
            return i
    return hi


def _labels_another_row(scan: str, d: DateFact, pos: int, row: re.Pattern[str]) -> bool:
    """``Y23 $886 $949 $982 $1,142`` then ``YoY -3%`` on a later line: a date opening its line
    before a row of values only (quantity_context.yaml: row_label_values) is that row's label,
    no period of a number on another line."""
    line_start = scan.rfind("\n", 0, d.span.start) + 1
    if scan[line_start : d.span.start].strip() or "\n" not in scan[d.span.end : pos]:
        return False
    return row.match(scan, d.span.end) is not None


def _is_year_like(p: ParsedNumber, guard: dict[str, int]) -> bool:
    """4-digit 19xx/20xx (Arabic or 二〇二三) or a 2-3 digit ROC year before 年."""
    if p.value != int(p.value) or p.vague or p.magnitude:
        return False
    v = int(p.value)
    if p.positional:
        return guard["gregorian_min"] <= v <= guard["gregorian_max"]
    if p.plain_digits is None:
        return False
    digits = p.plain_digits
    if len(digits) == 4 and guard["gregorian_min"] <= v <= guard["gregorian_max"]:
        return True
    return len(digits) in (2, 3) and guard["roc_min"] <= v <= guard["roc_max"]


def _digitwise_percent(p: ParsedNumber, unit: _Unit) -> bool:
    """二九％, 一○％, 一○○％: a percentage written digit by digit (as some Taiwanese
    papers write every number); a year never takes %, so the digits are its value."""
    return unit.surface == "%" and p.value < 1000  # (not 成: 三五成群 is no 350 %)


def _bounds(
    qualifier: str, value: float, p: ParsedNumber | None, numeric_first: bool
) -> tuple[float | None, float | None, bool | None, bool | None]:
    """lower, upper, lower_inclusive, upper_inclusive: the qualifier as data."""
    if numeric_first and p is not None and p.vague:
        at_value = p.vague == "some"  # 三十幾: 30 itself counts; 三十多: more than 30
        if p.upper is not None and p.upper < value:  # -十多萬: the bounds of a negative mirror
            return p.upper, value, False, at_value
        return value, p.upper, at_value, False if p.upper is not None else None
    if numeric_first and p is not None and p.pair:
        if p.upper is not None and p.upper < value:  # a negative pair: ordered bounds too
            return p.upper, value, True, True
        return value, p.upper, True, True
    if qualifier == "eq":
        return value, value, True, True
    if qualifier == "gt":
        return value, None, False, None
    if qualifier == "gte":
        return value, None, True, None
    if qualifier == "lt":
        return None, value, None, False
    if qualifier == "lte":
        return None, value, None, True
    return None, None, None, None


def _script(p: ParsedNumber) -> str:
    if p.chinese and p.arabic:
        return "mixed"
    return "chinese" if p.chinese else "arabic"


def _rule(name: str) -> str:
    return f"quantities.{name}.{RULE_VERSION}"


# the bases a comparison lists before a date (較前月以及, 相較於上季與): that date is one too
_LISTED_BASE = re.compile(r"(?:較|相較於?|比起)[^，,；;。\d]{1,8}?(?:以及|及|與|和|、)[ \t]*$")


_SEASON_DIGITS = frozenset("0123456789０１２３４５６７８９")
# the rest of a bracket after a date that holds a value of its own (（去年同期2.4元）), or
# the comparative figure of a results notice, the date and a colon (（2022年：港幣5700萬元）,
# (2021年:無): the base period's figure, or none)
# (links43: a period's own tail before the colon, （截至2022年12月31日止年度：分別約為…）)
_BRACKET_VALUE_AFTER = re.compile(r"[^）)\n，,；;。:：]{0,6}[:：]|[^）)\n，,；;。]{0,8}?[0-9０-９]")


def _bracket_base(scan: str, d: DateFact) -> bool:
    """``d`` opens a bracket that gives another period's value (…6.96億港元（2022年：港幣5700萬
    元）, 毛利率31.2%（去年同期28.5%）): it dates the value inside, none before or after it."""
    lead = _regexes().bracket_lead.search(scan, max(0, d.span.start - 8), d.span.start)
    return lead is not None and bool(_BRACKET_VALUE_AFTER.match(scan, d.span.end))


def _bracket_head(
    scan: str, q: QuantityMatch, dates: Sequence[DateFact], starts: Sequence[int]
) -> bool:
    """``q`` stands right before a comparative bracket (營業額6.96億港元（2022年：5.7億港元）):
    it is the figure of the period the text reports, the bracket's year only the base's."""
    j = q.end
    while j < len(scan) and scan[j] in " \t":
        j += 1
    if j >= len(scan) or scan[j] not in "(（":
        return False
    k = bisect.bisect_left(starts, j + 1)
    # (（截至二零二二年九月三十日止六個月：約13億港元）: a lead word before the date)
    if k >= len(dates) or dates[k].span.start - j > 6:
        return False
    return _bracket_base(scan, dates[k])


def _listed_before_bracket(
    scan: str,
    matches: Sequence[QuantityMatch],
    at: int,
    dates: Sequence[DateFact],
    starts: Sequence[int],
    rx: _Regexes,
) -> bool:
    """``matches[at]`` opens a list whose last figure stands right before a comparative
    bracket (``A及B分別為X及Y（截至2022年…止六個月：分別為…）``): X is of the reported period
    as Y is. Only figures joined by a list word (及, 和, 、) count; a list runs at most a
    few items."""
    j = at
    while j + 1 < len(matches) and j - at < 4:
        if not rx.base_list_join.fullmatch(scan, matches[j].end, matches[j + 1].start):
            return False
        j += 1
        if _bracket_head(scan, matches[j], dates, starts):
            return True
    return False


def _season_start(scan: str, pos: int) -> int:
    """Where the season a year at ``pos`` ends starts (``2024/25年度`` at ``25``: the ``2024``),
    else ``pos``: a season across two years written with a slash is one period."""
    if pos < 3 or scan[pos - 1] not in "/／":
        return pos
    j = pos - 1
    while j > 0 and pos - 1 - j < 4 and scan[j - 1] in _SEASON_DIGITS:
        j -= 1
    return j if pos - 1 - j in (2, 4) else pos


class _Finder:
    """State for one pass over a text (so the helpers share the scan view and skip spans)."""

    def __init__(self, text: str, skip: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.folded = fold_width(text)
        self.scan = scan_view(text)
        self.ctx = _context()
        self.rx = _regexes()
        self.skip_starts, self.skip_ends = _merge(skip)
        self.n = len(self.scan)
        self.rscan = self.scan[::-1]
        self.delims = [m.start() for m in self.rx.delimiter.finditer(self.scan)]
        self.out: list[QuantityMatch] = []
        self.range_count = 0
        self.yuan = yuan_currency(self.folded)
        currencies = load_lexicon("currencies")
        self.dollar_places = frozenset(currencies.get("bare_dollar_follows", ()))
        self.dollar_latin: str | None = currencies.get("bare_dollar_latin_magnitude")
        self.declared = _declared_currencies(self.folded)
        self.stories = _story_currencies(self.folded, self.yuan)
        self._low: str | None = None  # the folded text lower-cased, for names (made once)
        # Answers that depend only on a place or a date's span, asked again for every number
        # after it (the clause floor of ``_lo``: 21,882 asks for 4,272 places on a 150k text;
        # ``is_comparison``: 4,966 for 936 dates): each worked out once.
        self._floors: dict[int, int] = {}
        self._comparisons: dict[tuple[int, int], bool] = {}
        self._told: dict[tuple[int, int, bool], bool] = {}

    @functools.cached_property
    def _unit_line_dollar(self) -> str | None:
        """The one money the text's unit lines name with a dollar sign (``Unit: NT$ Mn``,
        ``(NT$B)``: currencies.yaml dollar_unit_lines), or None when they name none or two."""
        return _sole_money(_unit_line_monies(self.folded))

    @functools.cached_property
    def _english_dollar(self) -> str | None:
        return english_dollar(self.folded)

    def _prefix_iso(self, prefix: str) -> str:
        """A bare ``$`` is the report's own currency, except in a text written about a place
        whose own money is written ``$`` (a Hong Kong story's ``$50``: currencies.yaml
        bare_dollar_follows)."""
        if prefix == "$" and self.yuan in self.dollar_places:
            return self.yuan
        if prefix == "$" and self._english_dollar is not None:
            return self._english_dollar  # a US company's deck: `$3.50` is US$
        return self.ctx.prefixes[prefix]

    def _yuan_at(self, pos: int) -> str:
        """The currency of a plain 元 (or a bare 億) at ``pos``: the one its passage
        declares (以美元計算，…331億元) or the text's."""
        i = bisect.bisect_right(self.declared[0], pos) - 1
        if i >= 0 and pos < self.declared[1][i]:
            return self.declared[2][i]
        i = bisect.bisect_right(self.stories[0], pos) - 1
        if i >= 0 and pos < self.stories[1][i]:
            return self.stories[2][i]
        if self.yuan != self.ctx.default_yuan and self._home_listed_share(pos):
            return self.ctx.default_yuan
        return self.yuan

    def _home_listed_share(self, pos: int) -> bool:
        """The amount at ``pos`` is a share's price or earnings (目標價由2600元, EPS至95.24元)
        and the company last named before it is listed at home (台積電): such an amount is
        in the money of its listing, whatever place the text is read as (currencies.yaml:
        listed_share_amount). A company named nearer that is at home in another place (a
        mainland or Hong Kong one), or a cue word of the text's place between the name and the
        amount, keeps the text's money; brokers abroad (高盛) do not."""
        spec = _listed_share_spec()
        if spec is None:
            return False
        cue_rx, window, reach, least = spec
        lo = self._lo(pos, window)
        if cue_rx.search(self.scan, lo, pos) is None:
            return False
        names, lengths = _listed_name_index()
        if self._low is None:
            low = self.folded.lower()
            self._low = low if len(low) == len(self.folded) else self.folded
        low = self._low
        for e in range(pos, max(0, pos - reach), -1):
            for k in lengths:
                if k > e:
                    continue
                home = names.get(low[e - k : e])
                if home is None or _latin_cut(low, e - k, e) or self._glued_name(e - k, e, least):
                    continue
                return home and not self._away_cue_between(e, pos)
        return False

    def _away_cue_between(self, a: int, b: int) -> bool:
        """A cue word of the text's own place (A股, 同比, 港股 …: yuan_context) stands between
        the company's name and the amount: the writing has moved on to that place's market
        (台積電…。華峰測控同比…股價為272元)."""
        yc = load_lexicon("currencies")["yuan_context"]
        return _place_cues(self.folded[a:b], yc, weighted=False).get(self.yuan, 0) > 0

    def _glued_name(self, a: int, b: int, least: int) -> bool:
        """A two-character name read inside a word (業成 of 營業成本): its first character
        ends a common word with the one before, or its last begins one with the next."""
        if b - a != 2 or self.folded[a].isascii():
            return False
        freq = _word_freq()
        return (a > 0 and freq(self.folded[a - 1 : a + 1]) >= least) or (
            b < len(self.folded) and freq(self.folded[b - 1 : b + 1]) >= least
        )

    # ---- context checks on the characters right before a number

    def _lo(self, pos: int, limit: int) -> int:
        """Start of the look-back window: the clause start, at most ``limit`` characters back.

        A short bracketed gloss inside the clause does not end it (``每股收益（EPS） 0.86
        美元``, ``票房（含預售）突破67.9億``): the window runs on over the bracket to the
        clause before it, the bracket's characters counted against ``limit``."""
        lo = self._floors.get(pos)
        if lo is None:
            lo = self._floors[pos] = self._clause_floor(pos)
        return max(lo, pos - limit)

    def _clause_floor(self, pos: int) -> int:
        """``_lo``'s clause start, before the limit (once per place)."""
        i = bisect.bisect_left(self.delims, pos) - 1
        while i >= 1 and self.scan[self.delims[i]] in _CLOSE_BRACKETS:
            close = self.delims[i]
            opening = self.delims[i - 1]
            if (
                self.scan[opening] not in _OPEN_BRACKETS
                or close - opening > _GLOSS_MAX
                or opening == 0
                or self.scan[opening - 1] in _GLOSS_NOT_AFTER
            ):
                break
            i -= 2
        return self.delims[i] + 1 if i >= 0 else 0

    def _index_cued(self, unit_surface: str, start: int, raw: str) -> bool:
        """``台股…最低點8523點``, ``加權指數收9800點``: a plain number takes an index's
        unit after a word of the index in its clause (not a time: ``3點半``, ``3點鐘``)."""
        cue = self.rx.grouped_cue_r.get(unit_surface)
        at = self.scan.find(unit_surface, start + len(raw), start + len(raw) + 3)
        if cue is None or at < 0:
            return False
        if self.scan.startswith(self.ctx.grouped_cue_not_after, at + len(unit_surface)):
            return False
        after = self.scan[at + len(unit_surface) : at + len(unit_surface) + 8].lstrip(" \t")
        before = self.scan[max(0, start - 4) : start].rstrip(" \t")
        if before.endswith(self.ctx.grouped_not_after):
            return False  # 下午3點附近: a time of day
        if after.startswith(self.ctx.grouped_after):
            return True  # 挑戰 16500 點關卡, 15900 點整數大關: a barrier of the index
        plain = raw.strip()
        if self._level_bound_after(at + len(unit_surface))[0] is not None and not (
            plain.isdigit() and int(plain) < 100
        ):
            return True  # 壓在千點下: a level the index stays under (明天3點下 is a time)
        if self._ends_before(cue, start, 16) is not None:
            return True
        # 攻破15700、15800、15900點, 拖低恒指19.6點、15點及11點: the word of the index stands
        # before the list's first item
        first, item = start, self.rx.grouped_list_item
        while (m := item.search(self.scan, max(0, first - 24), first)) is not None:
            first = m.start("n")
        return first < start and self._ends_before(cue, first, 16) is not None

    def _ends_before(self, rx: re.Pattern[str], pos: int, limit: int) -> re.Match[str] | None:
        """``rx`` (a reversed pattern) matched on the words that end right before ``pos``."""
        return rx.match(self.rscan, self.n - pos, self.n - self._lo(pos, limit))

    def names_a_thing(self, d: DateFact) -> bool:
        """A date naming a thing's attribute (2027年到期的債券, 2050年淨零目標): no period of
        the numbers around it."""
        return bool(self.rx.thing_year.match(self.scan, d.span.end))

    def is_pay_day(self, d: DateFact) -> bool:
        """A day something declared is paid on or its holders recorded (派息日是5月22日,
        將於9月14日派付): no period whose figures are still to come."""
        return bool(
            self.rx.pay_day_before.search(self.scan, max(0, d.span.start - 12), d.span.start)
            or self.rx.pay_day_after.match(self.scan, d.span.end)
        )

    def is_edition(self, d: DateFact) -> bool:
        """A bare year that is a model's edition (MatePad 11.5 2024), not a period."""
        start = d.span.start
        return d.text.strip().isdigit() and bool(
            self.rx.model_edition.search(self.scan, max(0, start - _EDITION_WINDOW), start)
        )

    def is_comparison(self, d: DateFact) -> bool:
        """A date written as the base of a comparison (較2022年, 相較於去年, 以…為基期,
        是2024年的兩倍)."""
        key = (d.span.start, d.span.end)
        got = self._comparisons.get(key)
        if got is None:
            got = self._comparisons[key] = self._compares(d)
        return got

    def _compares(self, d: DateFact) -> bool:
        """``is_comparison``'s reading of the text around ``d`` (once per date)."""
        # 較2024/25年度預算減少: the end of a season across two years is a base when its
        # season is (the comparison word stands before the season's first year)
        start = d.span.start
        if d.period_id and d.precision == "year":
            start = _season_start(self.scan, start)
        return self.compares_span(start, d.span.end)

    def compares_span(self, start: int, end: int) -> bool:
        """A period written from ``start`` to ``end`` (a date, or a quarter with no year the
        dates stage leaves out: 約與第二季持平) set as the base of a comparison."""
        return bool(
            self._ends_before(self.rx.comparison_r, start, 6)
            # 較前月以及去年同期分別增加23%與30%: the second base of a list of bases
            or _LISTED_BASE.search(self.scan, max(0, start - 16), start)
            or self.rx.base_after.match(self.scan, end)
            or self.rx.base_frame.match(self.scan, end)
            or self.rx.multiple_base.match(self.scan, end)
            # 與截至2022年3月31日止年度的約33.7%相比: a base framed by 與…相比
            or (
                self._ends_before(self.rx.with_frame_r, start, 8) is not None
                and self.rx.with_frame_after.match(self.scan, end) is not None
            )
        )

    def frames(self, d: DateFact, pos: int) -> bool:
        """A comparison base in a clause of its own right before the clause of ``pos``
        (與上年同期相比，增減變動幅度為-3.0%): the frame of that clause's change."""
        m = self.rx.base_after.match(self.scan, d.span.end)
        if m is None:
            return False
        gap = self.scan[m.end() : m.end() + 3]
        end = m.end() + len(gap) - len(gap.lstrip(" \t"))
        return (
            self.scan[end : end + 1] in ("，", ",")
            and self.rx.delimiter.search(self.scan, end + 1, pos) is None
        )

    def is_plan(self, d: DateFact) -> bool:
        """A date a plan or an outlook looks to (估計2016年完工, 明年將持穩獲利): a year after the
        one the text is written in, or one a forecast cue names in its clause (before it, or
        right after it: 2016年將…)."""
        if d.relative and d.iso and d.anchor and d.iso[:4] > d.anchor[:4]:
            return True
        lo = last_of(self.scan, "，,；;。\n", d.span.start) + 1
        if self.rx.forecast.search(self.scan, lo, d.span.start):
            return True
        hi = min(self.n, d.span.end + 4)
        nxt = self.rx.delimiter.search(self.scan, d.span.end, hi)
        return self.rx.forecast.match(self.scan, d.span.end, nxt.start() if nxt else hi) is not None

    def is_history(self, d: DateFact, pos: int) -> bool:
        """A date its clause tells as history (成立於2021年4月, 2012年上市以來, 自2000年上市後,
        在2004年被…併購, 已於2023年取得: the dates stage's background and deed-done cues) in an
        earlier clause than ``pos``:
        the entity's past, no period of the numbers its sentence goes on to give."""
        if self.rx.delimiter.search(self.scan, d.span.end, pos) is None:
            return False
        own_year = bool(d.relative and d.iso and d.anchor and d.iso[:4] == d.anchor[:4])
        if (
            own_year
            and d.precision == "year"
            and self.rx.running_sum.search(self.scan, d.span.end, pos) is not None
        ):
            # 今年以來…，累計前三季每股盈餘2.75元: a span from the start of the text's own year
            # runs within it, the period of the sums its sentence gives, no past
            return False
        # (…，據當時長園公告，…購入151.1萬股: told of that past — in the number's run of
        # clauses: after ； a new statement, 其中…23.5%, is the sentence's own period again)
        lo = max(d.span.end, last_of(self.scan, "；;", pos) + 1)
        if self.rx.history_then.search(self.scan, lo, pos):
            return False
        if self._told_of(d, deeds=False):
            return True
        # (a deed done dates what it did up to the clause's end, titles and brackets included:
        # 已於2024年公告《碳費收費辦法》等三項子法 — only a comma or a stop ends it)
        return _CLAUSE_STOP.search(self.scan, d.span.end, pos) is not None and self._told_of(
            d, deeds=True
        )

    def _told_of(self, d: DateFact, *, deeds: bool) -> bool:
        """The dates stage's ``told_as_history`` of ``d`` (its own clause, whatever number asks:
        once per date and reading)."""
        key = (d.span.start, d.span.end, deeds)
        got = self._told.get(key)
        if got is None:
            try:
                from pipeline.extract.dates import told_as_history
            except ImportError:  # pragma: no cover - the dates stage ships with the package
                return False
            crises = self._crisis_is_history(d)
            got = self._told[key] = told_as_history(
                self.scan, d.span.start, d.span.end, deeds=deeds, crises=crises
            )
        return got

    def _crisis_is_history(self, d: DateFact) -> bool:
        """Whether a crisis named right after ``d`` (``2009年金融海嘯``) makes it history for
        the numbers after it: when its clause compares with it (``可能與2008年金融危機相當``)
        or tells a span since or after it (``2008年金融海嘯後``); otherwise the crisis year is
        the period its sentence goes on to give figures of (``以及2009年金融海嘯，年減23.8%``).
        True when no crisis follows (the dates stage's reading stands)."""
        from pipeline.extract.dates import crisis_after

        end = crisis_after(self.scan, d.span.end)
        if end < 0:
            return True
        begin = last_of(self.scan, "，,。；;！？!?\n", d.span.start) + 1
        return bool(
            self.rx.crisis_compared.search(self.scan, begin, d.span.start)
            or self.rx.crisis_history_after.match(self.scan, end)
        )

    def is_deadline(self, d: DateFact) -> bool:
        """A date a plan must be met by (希望在2027年之前生產, 2026年前完成): it bounds the
        plan of its own sentence, no period a later sentence's figures continue. Not one in
        the text's own year (預計今年底前申請…。該裝置重量僅18公克): what follows it is of the
        present, the year continued anyway."""
        if d.relative and d.iso and d.anchor and d.iso[:4] == d.anchor[:4]:
            return False
        return self.rx.deadline.match(self.scan, d.span.end) is not None

    def is_since(self, d: DateFact) -> bool:
        """A date that starts a span to the present (自2003年…, 2024年12月18日以來)."""
        start = d.span.start
        return (start > 0 and self.scan[start - 1] in "自從") or bool(
            self.rx.since_after.match(self.scan, d.span.end)
        )

    def is_aside(self, d: DateFact, pos: int) -> bool:
        """A comparison period (上年同期20.39億美元) or the end of a term (至民國118年1月23日
        到期) written in an earlier clause than ``pos``: it dates the numbers of its own
        clause only."""
        return bool(
            (
                (
                    self.rx.same_period.match(self.scan, d.span.end)
                    # 該公司2020年度同期溢利4.23億元，每股盈利18.03仙: a sentence that opens
                    # on the comparison period is about it, its later clauses too
                    and not self._opens_sentence(d.span.start)
                )
                or self.rx.term_end.match(self.scan, d.span.end)
            )
            and self.rx.delimiter.search(self.scan, d.span.end, pos)
        )

    def in_with_frame(self, d: DateFact, pos: int) -> bool:
        """``pos`` lies inside a 與…相比 frame whose base is ``d`` (與2021年高檔9140億元相比)."""
        if self._ends_before(self.rx.with_frame_r, d.span.start, 8) is None:
            return False
        m = self.rx.with_frame_after.match(self.scan, d.span.end)
        return m is not None and d.span.end <= pos < m.end()

    def is_compared_period(self, d: DateFact) -> bool:
        """A comparison period (去年同期28.5%) in a sentence that does not open on it."""
        return bool(self.rx.same_period.match(self.scan, d.span.end)) and not self._opens_sentence(
            d.span.start
        )

    def _opens_sentence(self, pos: int) -> bool:
        """No number stands between the sentence's start and ``pos`` (its subject at most)."""
        lo = last_of(self.scan, "。！？!?\n", pos) + 1
        return pos - lo <= 16 and not any(c in _SEASON_DIGITS for c in self.scan[lo:pos])

    def _is_name_part(self, pos: int) -> bool:
        """Digits glued to Latin letters or joiners are names (ABBV-RGX-314, COVID-19, H1N1);
        a Chinese numeral after a Latin word is not (超Zepbound七成)."""
        if pos == 0 or not self.scan[pos].isdigit():
            return False
        prev = self.scan[pos - 1]
        if prev.isascii() and prev.isalpha():
            word = re.search(r"[A-Za-z]+$", self.scan[max(0, pos - 8) : pos])
            # 去年 EPS12.15 元: a metric glued to its value (quantity_context.yaml:
            # metric_abbreviations), unless the word runs on from a longer name (XEPS12)
            return not (
                word is not None
                and word.group() in self.ctx.metric_abbreviations
                and not (
                    pos - len(word.group()) > 0
                    and self.scan[pos - len(word.group()) - 1].isalnum()
                    and self.scan[pos - len(word.group()) - 1].isascii()
                )
            )
        if prev in self.ctx.name_joiners and pos >= 2:
            prev2 = self.scan[pos - 2]
            return prev2.isascii() and prev2.isalnum()
        return False

    @functools.cached_property
    def _money_over_unit(self) -> tuple[str, ...]:
        """Money words that begin with a measure word (quantity_context: bare_money.over_unit)."""
        return tuple(self.ctx.bare_money.get("over_unit") or ())

    @functools.cached_property
    def _distributive(self) -> tuple[str, ...]:
        """Words after which a bare 一 means "each" (quantity_context: distributive_before)."""
        return tuple(load_lexicon("quantity_context").get("distributive_before") or ())

    @functools.cached_property
    def _rate_bases(self) -> tuple[str, ...]:
        """Words before the one unit an exchange rate is told against (rate_base_before)."""
        return tuple(load_lexicon("quantity_context").get("rate_base_before") or ())

    @functools.cached_property
    def _rate_quote_words(self) -> tuple[str, ...]:
        """Words between a local currency and the foreign one it is told against
        (quantity_context.yaml: rate_quote_words)."""
        return tuple(load_lexicon("quantity_context").get("rate_quote_words") or ())

    def _quoted_local(self, prefix_start: int, prefix_iso: str) -> str | None:
        """``新台幣兌美元32.1元``: the text's own currency, when its name stands right before
        the rate word that stands right before the foreign currency's name at
        ``prefix_start``; None elsewhere."""
        before = self.scan[max(0, prefix_start - 8) : prefix_start].rstrip(" \t")
        word = next((w for w in self._rate_quote_words if before.endswith(w)), None)
        if word is None:
            return None
        head = before[: len(before) - len(word)].rstrip(" \t")
        local = self._yuan_at(prefix_start)
        if local == prefix_iso:
            return None
        names = sorted(
            (w for w, iso in self.ctx.prefixes.items() if iso == local and not w[:1].isascii()),
            key=lambda w: (-len(w), w),
        )
        return local if any(head.endswith(w) for w in names) else None

    @functools.cached_property
    def _distributive_bases(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """Units told per after 每 before a payout (quantity_context: distributive_bases)."""
        spec = load_lexicon("quantity_context").get("distributive_bases") or {}
        return frozenset(spec.get("units", ())), tuple(spec.get("then", ()))

    def _payout_base(self, start: int, raw: str, unit_surface: str | None) -> bool:
        """``每10股派末期息1.646元``: the shares a payout is told per, no count."""
        units, then = self._distributive_bases
        if unit_surface not in units or not self._after_distributive(start):
            return False
        at = self.scan.find(unit_surface, start + len(raw), start + len(raw) + 3)
        if at < 0:
            return False
        tail = self.scan[at + len(unit_surface) : at + len(unit_surface) + 12]
        cut = next((i for i, c in enumerate(tail) if c in self.ctx.delimiters), len(tail))
        clause = tail[:cut]
        return any(w in clause for w in then)

    def _after_distributive(self, pos: int) -> bool:
        """每 (or another distributive word) right before ``pos``."""
        return self.scan[max(0, pos - 4) : pos].endswith(self._distributive)

    def _after_chinese_digit(self, pos: int) -> bool:
        """A Chinese digit right before ``pos``: the number began earlier (三四位); so it
        did after 十, 百 or 千 (第十五個五年規劃: 十五 was refused as an ordinal, and its
        五個 is no count of its own)."""
        return pos > 0 and (
            self.scan[pos - 1] in _chinese_digits() or self.scan[pos - 1] in _INNER_MAGNITUDES
        )

    def _cued_after(self, surface: str, start: int, raw: str) -> bool:
        """``於基準日起5日內``: a cued unit followed right away by one of its after-words
        (quantity_context.yaml: cued_units.after) counts too: a span of days to act in."""
        words = self.ctx.cued_after.get(surface)
        if not words:
            return False
        if self.scan[max(0, start - 1) : start].endswith(self.ctx.cued_after_not_after):
            return False  # 本月30日以內: by a day of the month
        at = self.scan.find(surface, start + len(raw), start + len(raw) + 3)
        return at >= 0 and self.scan.startswith(words, at + len(surface))

    def _points_counted(self, surface: str, start: int, raw: str) -> bool:
        """``提出了兩點原因``: a grouped-only unit followed by a noun it counts
        (quantity_context.yaml: cued_units.after), not after a word of the time of day
        (下午3點原因不明 is a time)."""
        before = self.scan[max(0, start - 4) : start].rstrip(" \t")
        if before.endswith(self.ctx.grouped_not_after):
            return False
        return self._cued_after(surface, start, raw)

    def _unit_cued(self, cued: re.Pattern[str], surface: str, start: int) -> bool:
        """A cued unit's word (評分, 利率) stands before the number, or before the head of
        the list the number ends (評分為6.5/6.1/5.5分, 得分6.5分、6.1分: the cue is said
        once for every item); after a list cue (分別為, 依序為) right before that head,
        anywhere earlier in its sentence (評分方面，五部作品分別為6.5/6.1/5.5分)."""
        if self._ends_before(cued, start, 16):
            return True
        # (得分6.5分、6.1分: an item may write the unit before 、 or a joiner; 2分/5分 is a
        # score out of a total, not a list; 96.0X/78.7X is one: cued_slash_items)
        unit_r = f"(?:{re.escape(surface)})?"
        slash_unit = unit_r if surface in self.ctx.cued_slash_items else ""
        item = re.compile(
            rf"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:{slash_unit}[ \t]*[/／]|{unit_r}"
            rf"[ \t]*(?:{_alt(self.ctx.unit_lists['joiners'])}))[ \t]*$"
        )
        head = start
        while (m := item.search(self.scan, max(0, head - 24), head)) is not None:
            head = m.start()
        if head == start:
            return False
        if self._ends_before(cued, head, 16):
            return True
        if not self._ends_before(self.rx.unit_list_cue_r, head, 12):
            return False
        lo = head
        while lo > 0 and self.scan[lo - 1] not in "。！？!?\n":
            lo -= 1
        words = self.ctx.cued_units.get(surface, ())
        return any(w in self.scan[lo:head] for w in words)

    def _after_slash_value(self, pos: int) -> bool:
        """``1.5/1.8元``: a number right after a number and a slash; or right after a
        quantity read already and a slash (``7.4pct/5.2pct``: each item writes its unit)."""
        if pos < 2 or self.scan[pos - 1] != "/":
            return False
        return self.scan[pos - 2].isdigit() or bool(self.out and self.out[-1].end == pos - 1)

    def _after_latin_word(self, pos: int, *, through_number: bool = False) -> bool:
        """A Latin word right before the number, a few spaces away: iPhone 15, Wi-Fi 7;
        ``through_number``: also past a short number of the name (Core Ultra 7 258V)."""
        i = pos
        gap = int(self.ctx.open_rule["latin_gap"])
        while i > 0 and pos - i < gap and self.scan[i - 1] in " \t":
            i -= 1
        if i == 0:
            return False
        prev = self.scan[i - 1]
        if prev.isascii() and prev.isalpha():
            return True
        if not through_number or i == pos:
            return False
        j = i
        while j > 0 and i - j < 2 and self.scan[j - 1].isdigit():
            j -= 1
        return j < i and j > 0 and self.scan[j - 1] in " \t" and self._after_latin_word(j)

    def _is_ordinal(self, pos: int, unit: _Unit | None, bare: bool) -> bool:
        before = self.scan[max(0, pos - 6) : pos].rstrip()
        unit_surface = unit.surface if unit is not None else None
        listed = self.rx.ordinal_list.search(self.scan, max(0, pos - 12), pos)
        for o in self.ctx.ordinals:
            # 第3、4季: the 4 is ranked by the 第 before the list
            over = listed is not None and o.get("over_list") and listed.group("w") == o["word"]
            if not (before.endswith(o["word"]) or over):
                continue
            tag_digits = o.get("hashtag_rank_digits")
            if tag_digits is not None and self._heads_hashtag(pos, int(tag_digits)):
                continue  # #三個代表性案例, #2000億美元資本支出: a post's section, no rank
            if not over and any(before.endswith(w) for w in o.get("not_in", ())):
                continue  # 提前兩個月: 前 ends a word of its own
            open_unit = o.get("open_units") and unit is not None and unit.open
            if "units" in o and unit_surface not in o["units"] and not open_unit:
                continue
            if o.get("bare_only") and not bare:
                continue
            return True
        return False

    def _heads_hashtag(self, pos: int, rank_digits: int) -> bool:
        """The ``#`` glued before the number at ``pos`` opens a hashtag (it starts the line or
        follows a space or another ``#``) and the number is no rank's: a Chinese numeral, or
        more than ``rank_digits`` Arabic digits (#1 stays the rank of 排名 #1)."""
        if pos < 1 or self.scan[pos - 1] != "#":
            return False
        if pos >= 2 and self.scan[pos - 2] not in " \t\n#":
            return False
        m = _DIGIT_RUN.match(self.scan, pos)
        digits = m.end() - pos if m else 0
        return digits == 0 or digits > rank_digits

    def cuts_number(self, a: int, b: int) -> bool:
        """A span that starts or ends inside a number as written (41.0% read from its
        ``0%``): the invariant every quantity keeps, checked on the unmasked text."""
        return cuts_number(self.folded, a, b)

    def _in_ratio(self, a: int, b: int) -> bool:
        """10ml:0.1g, 3:1: a term of a ratio or a specification, not an amount."""
        after = self.scan[b : b + 2]
        before = self.scan[max(0, a - 2) : a]
        return (after[:1] == ":" and after[1:].isdigit()) or (
            before[1:] == ":" and before[:1].isdigit()
        )

    def _glued_open_unit(self, pos: int) -> bool:
        """An open classifier that begins a dictionary word with what follows is no unit
        of its own: 18營業據點, 1免疫, 5 挑戰 (the unit must be a token of its own)."""
        freq = _word_freq()
        if self.scan.startswith(tuple(self.ctx.open_rule.get("unit_before_words", ())), pos + 1):
            return False  # 10 億行程式碼: 行 counts the lines of code, no 行程
        for length in (2, 3):
            w = self.scan[pos : pos + length]
            if len(w) == length and all("\u4e00" <= c <= "\u9fff" for c in w) and freq(w):
                return True
        return False

    def _per(self, quote_start: int, quote_end: int, kind: str = "") -> tuple[str | None, int, int]:
        """(per-unit, quote start, quote end): 120 元/股 -> 股; 每人每年 3 萬元 -> 人/年.

        A percentage takes a per-unit only written after it (5%/年): in 每股收益增長7% the
        每股 names what grew, the growth itself is no amount per share."""
        m = self.rx.per_after.match(self.scan, quote_end)
        if m is not None and not self._cuts_after(m.end()):
            return m.group("w"), quote_start, m.end()
        if kind == "percent":
            return None, quote_start, quote_end
        # 每股收益：4.68美元, **每股收益**：1.73美元: a label and its colon (the look-back
        # would stop at the colon, a clause delimiter)
        label = _LABEL_COLON.search(self.scan, max(0, quote_start - 8), quote_start)
        at = label.start() if label is not None else quote_start
        b = self._ends_before(self.rx.per_before_r, at, 16)
        if b is not None:
            words = b.group("w")[::-1]
            per = "/".join(w for w in words.split("每") if w)
            return per, quote_start, quote_end
        n = self._ends_before(self.rx.per_named_r, at, 16)
        if n is not None:
            return self.ctx.per_named[n.group("w")[::-1]], quote_start, quote_end
        return None, quote_start, quote_end

    def _is_model_count(self, q: QuantityMatch) -> bool:
        """MatePad Pro 13.2則依託…: a decimal count right after a Latin word is a product's
        version number running into the next word; nothing is counted in tenths. So is a
        number read in 成 there before 為 (GALAXY Note 4成為全球首個, Release 15成為5G標準: the
        name's number, then 成為 "becomes"; not 吃下SDP 5成產量)."""
        if not self.ctx.specifications["model_after_latin_word"]:
            return False
        if q.rule == _rule("arabic_cheng"):
            return self.scan.startswith("為", q.end) and self._after_latin_word(q.num_start)
        if q.kind != "count":
            return False
        written = self.scan[q.num_start : q.end]
        return (
            "." in written
            and not any(m in written for m in self.ctx.bare_money["magnitudes"])
            and self._after_latin_word(q.num_start)
        )

    def _is_specification(self, q: QuantityMatch) -> bool:
        """64Mb, 12mg Retatrutide, PERC（182mm）: a Latin-unit number that names what a
        product is (quantity_context.yaml: specifications)."""
        spec = self.ctx.specifications
        if (
            q.unit in spec["attributive_units"]
            and _PLAIN_DIGITS.fullmatch(self.scan, q.num_start, q.num_end)
            and self.rx.attributive_next.match(self.scan, q.end)
        ):
            return True  # 53度500ml茅臺酒 names the product; 46億度企業綠電 is an amount
        if self._wafer_size(q, spec.get("wafer_sizes")):
            return True  # 300mm晶圓, 整體300mm產能: the wafer named by its diameter
        if q.kind in ("money", "percent") or not _LATIN_UNIT.fullmatch(q.unit):
            return False
        if q.unit in spec["units"]:
            return not self._capacity_statistic(q)
        if (
            spec["model_after_latin_word"]
            and len(q.unit) == 1
            and self._after_latin_word(q.num_start, through_number=True)
        ):
            return True  # Core Ultra 200V: a processor's name
        if q.unit in spec["measures"]:
            return False  # 16GB LPDDR5X, 20nm Server DRAM: the spec measures the product
        if (
            spec["latin_next"]
            and _LATIN_NEXT.match(self.scan, q.end)
            and not self._ends_before(self.rx.open_cue_r, q.num_start, 8)
        ):
            # (the cue is read before the number, not before the quote a qualifier widened:
            # 部署最高6GW AMD GPU is an amount)
            return True  # 12mg Retatrutide, but not 擴增20GW TOPCon產能
        if self._listed_strength(q.start):
            return True  # 四種劑量50mg、150mg及300mg: the strengths a drug comes in
        if spec["bracketed"] and q.start > 0 and self.scan[q.start - 1] in "(（":
            # PERC（182mm）; not 1,241.7萬瓩（約12.4GW）, an amount restated in another unit
            restated = q.qualifier != "eq" or any(
                o.end == q.start - 1 and o.kind == q.kind for o in self.out
            )
            return not restated and _BRACKET_REST.match(self.scan, q.end) is not None
        return False

    def _capacity_statistic(self, q: QuantityMatch) -> bool:
        """平均車用約16GB DRAM, 0.5TB到1TB會變成常態, 1620億GB: a memory or storage capacity
        told as an average, a norm or a total is an amount, not a product's spec
        (quantity_context.yaml: specifications.statistics)."""
        st = self.ctx.specifications.get("statistics")
        if not st or q.unit not in st["units"]:
            return False
        if any(m in self.scan[q.num_start : q.num_end] for m in self.ctx.bare_money["magnitudes"]):
            return True  # 1620億GB: no product holds a hundred million gigabytes
        if self._after_latin_word(q.num_start) or self.rx.statistic_product_next.match(
            self.scan, q.num_end
        ):
            return False  # iPhone 17 Pro 256GB, 64GB機種, 128GB起: the model's spec
        reach = int(st["reach"])
        lo = max(last_of(self.scan, _SENTENCE_ENDS, q.num_start) + 1, q.num_start - reach)
        hi = min(len(self.scan), q.end + reach)
        for i in range(q.end, hi):
            if self.scan[i] in _SENTENCE_ENDS:
                hi = i
                break
        if self.rx.statistic_change.search(self.scan, lo, q.num_start):
            return True  # 容量從 288GB 拉到 1TB: a designation does not change
        return bool(
            self.rx.statistic_before.search(self.scan, lo, q.num_start)
            or self.rx.statistic_after.search(self.scan, q.end, hi)
        )

    def _wafer_size(self, q: QuantityMatch, ws: Mapping[str, Any] | None) -> bool:
        """``採用300毫米晶圓``: a standard wafer diameter right before a word of wafers or
        their plants names the wafer, as 12吋 does (quantity_context.yaml:
        specifications.wafer_sizes)."""
        if not ws or q.unit not in ws["units"] or q.value not in ws["values"]:
            return False
        if q.qualifier != "eq" or q.range_group is not None:
            return False
        j = q.end
        while self.scan[j : j + 1] in (" ", "\t") and j < self.n:
            j += 1
        return self.scan.startswith(tuple(ws["followed_by"]), j)

    def _listed_strength(self, start: int) -> bool:
        """四種劑量50mg、150mg、200mg及300mg, 規格為0.5g、1g: a Latin-unit number in a list that
        starts right after a strength word (quantity_context.yaml: specifications.strength_cues),
        with only earlier items of the list between."""
        return self.rx.strength_list_r.search(self.scan, max(0, start - 60), start) is not None

    def _spaced_after_magnitude(self, num_end: int, unit_start: int) -> bool:
        """A space between 億 (萬, 兆) and a character that is no listed unit: the amount
        ends at the magnitude and the next word begins (淨利26億 擬募資49億)."""
        gap = self.scan[num_end:unit_start]
        return (
            bool(gap)
            and not gap.strip()
            and self.scan[num_end - 1] in self.ctx.bare_money["magnitudes"]
        )

    def _cuts_after(self, pos: int) -> bool:
        return pos < self.n and ("\u4e00" <= self.scan[pos] <= "\u9fff")

    def _skipped(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.skip_starts, b - 1) - 1
        return i >= 0 and self.skip_ends[i] > a

    def _qualifier_before(self, pos: int, unit: str | None = None) -> tuple[str | None, int]:
        """(qualifier, start of the quoted qualifier) from the words before ``pos``."""
        m = self._ends_before(self.rx.qualifier_r, pos, 40)
        if m:
            q = self.ctx.qualifiers.get(m.group("w")[::-1])  # None for 最近, 高達 …
            return q, (self.n - m.end() if q else pos)
        m = self._ends_before(self.rx.distant_qualifier_r, pos, 40)
        if m and not (self.out and self.out[-1].end > self.n - m.end()):
            # 約為Wi-Fi 6的4.8倍; but not across another quantity (超過 5家的 30%).
            q = self.ctx.qualifiers.get(m.group("w")[::-1])
            if m.group("ref") and q not in (None, "approx"):
                return None, pos  # 超出市場預估的138.7億美元: the estimate itself, not a bound
            phrase = self.scan[self.n - m.start("w") : pos]
            if any(v in phrase for v in self.ctx.distant_not_through):
                return None, pos  # 逼近週二創下的2942.68美元: the record itself, not a bound
            if q not in (None, "approx") and self._compared_before(self.n - m.end(), unit):
                return None, pos  # 韓國為5.7元，都遠低於台灣的300元: 台灣's own price
            return q, pos  # too far to quote
        m = self._ends_before(self.rx.whole_qualifier_r, pos, 40) if unit == "%" else None
        if m and not (self.out and self.out[-1].end > self.n - m.end()):
            # 不低於股東紅利總額百分之十: a share of the whole the bound word governs
            return self.ctx.qualifiers.get(m.group("w")[::-1]), pos
        return None, pos

    def _compared_before(self, word_start: int, unit: str | None) -> bool:
        """A value in the same unit written earlier in the sentence, before a comparison word
        whose "…的" phrase then names the other side: in 韓國為 5.7 元台幣，都遠低於台灣的
        300 元台幣 the 300 is 台灣's own price (eq), not a bound. A share of a whole (營收
        50 億元，約占整體營收的 42.8%) has another unit and keeps its word, and so does a
        percentage, which after "…的" is a share of the phrase (成長 20%，超過目標的 50%)."""
        if unit is None or unit in ("%", "pp"):
            return False
        lo = self.scan.rfind("。", 0, word_start)
        for stop in "！？；\n":
            lo = max(lo, self.scan.rfind(stop, 0, word_start))
        return any(o.unit == unit and lo < o.start and o.end <= word_start for o in self.out)

    def _qualifier_after(self, pos: int) -> tuple[str | None, int]:
        m = self.rx.suffix_qualifier.match(self.scan, pos)
        if not m:
            return self._level_bound_after(pos)
        word = m.group().strip()
        return self.ctx.suffix_qualifiers[word], m.end()

    def _level_bound_after(self, pos: int) -> tuple[str | None, int]:
        """壓在千點下, 跌落 15000 點下方: a bare 下 (or 下方) right after a level of an index
        bounds it from above (quantity_context: index_level_bounds), where the clause ends
        or 方 follows; 千點下跌, 萬點下修 begin a verb and stay out."""
        if not any(self.scan.endswith(u, 0, pos) for u in self.ctx.index_level_units):
            return None, pos
        for word, qualifier in self.ctx.index_level_bounds.items():
            if not self.scan.startswith(word, pos):
                continue
            end = pos + len(word)
            if self.scan.startswith("方", end):
                return qualifier, end + 1
            if end >= self.n or self.rx.delimiter.match(self.scan, end):
                return qualifier, end
        return None, pos

    def _direction(self, pos: int) -> str | None:
        m = self._ends_before(self.rx.direction_r, pos, 10)
        if not m:
            return None
        if self._ends_before(self.rx.level_verb_r, pos, 10):
            return None  # 減為2.7%, 上調為1950億美元: the level reached
        return "increase" if m.group("inc") else "decrease"

    # ---- building

    def _after_currency_move(self, num_start: int) -> bool:
        """A currency's move written right before the number (新台幣貶值9.2分, 重貶1.08角):
        分 and 角 there are cents and dimes of 元 (currencies.yaml: yuan_fractions)."""
        return self._ends_before(self.rx.fraction_move_r, num_start, 8) is not None

    def _resolve_unit(
        self,
        surface: str | None,
        cur_prefix: str | None,
        end: int | None = None,
        num_start: int | None = None,
    ) -> _Unit | None:
        if surface is None:
            if cur_prefix is None:
                return None
            return _Unit(cur_prefix, self._prefix_iso(cur_prefix), "money", currency=True)
        u = self.ctx.units.get(surface)
        plain = self.ctx.shadowed_units.get(surface)
        if (
            surface in self.ctx.fraction_units
            and end is not None
            and not self.scan.startswith(self.ctx.fraction_followers, end)
            and not (num_start is not None and self._after_currency_move(num_start))
        ):
            return plain  # 合計130分 is a score; 2分/W, 貶值9.2分 fractions of 元
        if (
            surface in self.ctx.fraction_units
            and num_start is not None
            and (cued := self.rx.cued_unit_r.get(surface)) is not None
            and self._ends_before(cued, num_start, 16) is not None
        ):
            return plain  # 獲得積分8分/人: a score per person, not 8 cents
        if (
            u is not None
            and not u.currency
            and num_start is not None
            and end is not None
            and self._colloquial_yuan(surface, num_start, end)
        ):
            return _Unit(surface, self.yuan, "money", currency=True, yuan=True)
        if u is None:
            iso = self.ctx.prefixes.get(surface)
            if iso is not None and surface.isalpha():
                return _Unit(surface, iso, "money", currency=True)  # 5億 USD: a currency code
            latin = surface[0].isascii() or surface[0] in "µμ"
            if latin and len(surface) == 1:
                return None  # 18A, 70B: a lone letter that is no listed unit is a name
            kind = self.ctx.open_kinds["latin" if latin else "cjk"]
            return _Unit(surface, surface, kind, open=True)
        if cur_prefix is not None and u.yuan:
            # 人民幣 5億元: the written currency wins over the report's default for 元;
            # a fraction of it keeps its scale (未滿新台幣一角 is 0.1 TWD)
            return _Unit(
                surface, self._prefix_iso(cur_prefix), "money", scale=u.scale, currency=True
            )
        if u.yuan and u.unit != self.yuan:
            return dataclasses.replace(u, unit=self.yuan)
        return u

    def _colloquial_yuan(self, surface: str, num_start: int, end: int) -> bool:
        """``EPS到97塊``, ``3 塊 ZDT EPS``: a measure word said for 元 (塊) is money when a
        word of a share's earnings or price stands in its clause, just before the number or
        just after the word (currencies.yaml: colloquial_yuan); 3塊面板 counts boards."""
        spec = _colloquial_yuan_spec()
        if spec is None or surface not in spec[0]:
            return False
        _, cue_rx, window, after = spec
        if cue_rx.search(self.scan, self._lo(num_start, window), num_start):
            return True
        stop = self.rx.delimiter.search(self.scan, end, min(self.n, end + after))
        return cue_rx.search(self.scan, end, stop.start() if stop else end + after) is not None

    def _emit_bare(
        self, start: int, end: int, parsed: ParsedNumber, unit: _Unit, rule: str
    ) -> None:
        """A number quoted as it stands, its unit taken from elsewhere (a list's last item,
        the index a level belongs to, a range's second end, a spoken pair's second digit)."""
        self._emit(
            num_start=start,
            num_end=end,
            quote_start=start,
            quote_end=end,
            parsed=parsed,
            unit=unit,
            multiplier=1.0,
            rule=rule,
        )

    def _emit(
        self,
        *,
        num_start: int,
        num_end: int,
        quote_start: int,
        quote_end: int,
        parsed: ParsedNumber,
        unit: _Unit,
        multiplier: float,
        rule: str,
        range_group: int | None = None,
        range_bounds: tuple[float, float] | None = None,
        forced_qualifier: str | None = None,
    ) -> None:
        if unit.yuan:
            unit = dataclasses.replace(unit, unit=self._yuan_at(num_start))
        value = exact_product(parsed.value, multiplier, unit.scale)
        p_scaled = None
        if parsed.upper is not None:
            p_scaled = exact_product(parsed.upper, multiplier, unit.scale)
        per, quote_start, quote_end = self._per(quote_start, quote_end, unit.kind)
        neg = self._ends_before(self.rx.negative_r, quote_start, 6)
        if neg is not None and value > 0 and range_bounds is None:
            value = -value  # 零下 20 度
            quote_start = self.n - neg.end()
        q_word, q_start = self._qualifier_before(quote_start, unit.unit)
        s_word, s_end = self._qualifier_after(quote_end)
        # 一萬多 is more than 10,000; -一萬多 is less than -10,000
        vague = "lt" if parsed.value < 0 else "gt"
        numeric = vague if parsed.vague else ("approx" if parsed.pair else None)
        qualifier = forced_qualifier or q_word or numeric or s_word or "eq"
        numeric_first = q_word is None and forced_qualifier is None and numeric is not None
        scaled = ParsedNumber(
            value=value,
            upper=p_scaled,
            upper_inclusive=parsed.upper_inclusive,
            vague=parsed.vague,
            pair=parsed.pair,
        )
        lower, upper, lo_inc, up_inc = _bounds(qualifier, value, scaled, numeric_first)
        if range_bounds is not None:
            lower, upper, lo_inc, up_inc = range_bounds[0], range_bounds[1], True, True
        self.out.append(
            QuantityMatch(
                start=min(q_start, quote_start),
                end=max(s_end, quote_end),
                num_start=num_start,
                num_end=num_end,
                value=value,
                unit=unit.unit,
                kind=unit.kind,
                qualifier=qualifier,
                lower=lower,
                upper=upper,
                lower_inclusive=lo_inc,
                upper_inclusive=up_inc,
                rule=rule,
                # 約減少 5%: the change word may sit inside the quoted qualifier
                direction=self._direction(quote_start) or self._direction(q_start),
                range_group=range_group,
                per=per,
            )
        )

    def _accept_number(
        self,
        start: int,
        raw: str,
        parsed: ParsedNumber | None,
        unit: _Unit | None,
        unit_surface: str | None,
    ) -> bool:
        """The traps: ordinals, names, years, bare 一/二 articles."""
        if parsed is None or unit is None:
            return False
        if parsed.positional and not _digitwise_percent(parsed, unit):
            return False
        if parsed.chinese and not parsed.arabic and parsed.value == 0:
            return False  # 零件, 零售: a lone 零 begins a word, it counts nothing
        if parsed.chinese and not parsed.arabic and self._after_chinese_digit(start):
            return False  # 位居三四位 refused as a rank is not read again from 四位
        if parsed.formal and len(raw.strip()) < 2:
            return False  # 大陸則: a lone 大寫 character is part of a word
        if _ZERO_PADDED.fullmatch(raw.strip()):
            return False  # 05年至今 (2005), 01號: a short year or a code, nobody pads a count
        bare = not parsed.magnitude and not parsed.vague and not parsed.arabic and len(raw) == 1
        if bare and raw == "一" and self._after_distributive(start):
            return False  # 每一分錢: "every cent", no amount of one cent
        if (
            unit.kind == "money"
            and parsed.value == 1
            and not parsed.magnitude
            and raw.strip() in ("1", "一", "壹")
            and self.scan[max(0, start - 4) : start].rstrip(" \t").endswith(self._rate_bases)
        ):
            return False  # 7.252兌1美元, 30.714元兌一美元: the base of an exchange rate
        if self._payout_base(start, raw, unit_surface):
            return False  # 每10股派末期息1.646元: the base of a payout per share
        if bare and self._numeral_word(start):
            return False  # 工廠四周 (around), 兩片罐 (a kind of can): words, not amounts
        if self._is_ordinal(start, unit, bare):
            return False
        if self._vague_numeral(start, raw, parsed, unit, unit_surface):
            return False
        if (
            self._is_name_part(start)
            and not (unit.kind == "money" and parsed.magnitude)
            # LPR-30BP, SOFR-0.5%: a spread written after a base rate's name, with a listed
            # unit of percent, is a value (as LPR+55BP is); COVID-19 writes no such unit
            and not (unit.kind == "percent" and not unit.open and self.scan[start - 1] in "-−")
            and not (self._after_slash_value(start) and not unit.open)
        ):
            # COVID-19 is a name; Grail3億美元 (a name, then an amount) and 1.5/1.8元 (a
            # slash list of values with a listed unit) are not; 3/31關廠 is a date and a word
            return False
        if unit.open and not self._open_number_ok(start, raw, parsed, unit):
            return False
        if (
            unit_surface in self.ctx.grouped_only_units
            and not any(c in raw for c in ",.")
            and not self._index_cued(unit_surface, start, raw)
            and not self._points_counted(unit_surface, start, raw)
        ):
            return False  # 下午3點 is a time; 收3,176.48點 an index level; 兩點原因 a count
        cued = self.rx.cued_unit_r.get(unit_surface or "")
        if (
            cued is not None
            and not unit.currency
            and not self._unit_cued(cued, unit_surface or "", start)
            and not self._cued_after(unit_surface or "", start, raw)
        ):
            return False  # 總分不低於80分 is a score; 3分 alone a minute or a cent
        if unit_surface in self.ctx.week_of_year_units and _AFTER_YEAR.search(
            self.scan, max(0, start - 8), start
        ):
            return False  # 2024年1-52周: the weeks of that year, not a length
        if unit_surface in self.ctx.recent_length_units and not self.scan[
            max(0, start - 4) : start
        ].rstrip(" \t").endswith(self.ctx.recent_length_cues):
            return False  # 3月營收 is March; 近3月 (a fund's last three months) a length
        if (
            unit_surface in self.ctx.model_year_units
            and parsed.plain_digits is not None
            and len(parsed.plain_digits) == 4
            and _is_year_like(parsed, self.ctx.year_guard)
        ):
            return False  # 2021 款的漢 EV: a model year, not 2021 models
        if unit.kind == "duration" and unit_surface == "年":
            guard = self.ctx.year_guard
            if (
                _is_year_like(parsed, guard)
                or self._short_year_range(start, raw)
                or self._short_year_base(start, raw)
            ) and not (self._ends_before(self.rx.duration_cue_r, start, 8)):
                return False
        if bare and (
            unit.kind in self.ctx.bare_noncardinal.get(raw, ())
            or unit_surface in self.ctx.bare_digit_units
        ):
            q = self._ends_before(self.rx.qualifier_r, start, 8)
            has_qualifier = q is not None and q.group("w")[::-1] in self.ctx.qualifiers
            if (
                not has_qualifier
                and not self._ends_before(self.rx.cardinal_cue_r, start, 8)
                and not _MORE_AFTER.match(self.scan, start + len(raw))
                and not self._bare_count_by_word(start, raw, unit)
                and not (
                    unit.kind == "duration"
                    and (
                        self._ends_before(self.rx.stressed_length_r, start, 8)
                        or self._length_spanned(start, start + len(raw), unit_surface)
                        or self._change_window(start, start + len(raw), unit_surface)
                    )
                )
            ):
                return False  # 一種新療法, 的一年, 之後二個, 三元鋰電池; not 上任一年多, 短短一個月
        # 百家爭鳴, 百年老店 are idioms; 逾百家, 上百家 are amounts.
        return (
            not self._bare_magnitude(raw)
            or bool(self._ends_before(self.rx.magnitude_cue_r, start, 8))
            # 加權指數失守千點: a word of the index (checked above for these units) is the cue
            or unit_surface in self.ctx.index_level_units
            or self._bound_after_unit(start + len(raw), unit_surface)
            or self._compound_amount(start, raw, unit, unit_surface)
        )

    def _vague_numeral(
        self, start: int, raw: str, parsed: ParsedNumber, unit: _Unit, unit_surface: str | None
    ) -> bool:
        """一兩年間, 兩三年的循環, 這兩天, 四年制學位: a numeral that counts no length — an
        approximate pair before a unit of time, 兩天 after a demonstrative, a length before a
        word that makes it a label (quantity_context.yaml: vague_numerals)."""
        vn = self.ctx.vague_numerals
        if not vn or parsed.arabic:
            return False
        if unit.kind in vn["pair_kinds"]:
            if parsed.pair:
                return True
            # 兩三年 read again from its 三 (兩 begins no number of _after_chinese_digit)
            before = self.scan[max(0, start - 1) : start]
            prev = None if before.isascii() else _digit_values().get(before)
            if prev is not None and prev == parsed.value - 1 and not parsed.magnitude:
                return True
        if (
            unit_surface in vn["deictic_units"]
            and raw.strip() in vn["deictic_numerals"]
            and self.scan[max(0, start - 1) : start] in vn["deictic_before"]
        ):
            return True
        label = vn["label_after"].get(unit_surface or "")
        if not label or not unit_surface:
            return False
        at = self.scan.find(unit_surface, start + len(raw), start + len(raw) + 2)
        return at >= 0 and self.scan.startswith(tuple(label), at + len(unit_surface))

    def _compound_amount(self, start: int, raw: str, unit: _Unit, unit_surface: str | None) -> bool:
        """發百億元資本債, 百億美元級的市場: 百億 before a currency is an amount with no cue
        (quantity_context.yaml: compound_magnitudes); not before 的, where it is a figure
        of speech (千億元的想像)."""
        if raw.strip() not in self.ctx.compound_magnitudes or not unit.currency or not unit_surface:
            return False
        at = self.scan.find(unit_surface, start + len(raw), start + len(raw) + 3)
        return at >= 0 and not self.scan.startswith("的", at + len(unit_surface))

    def _bound_after_unit(self, end: int, unit_surface: str | None) -> bool:
        """千元以下, 百人以上: a bound written right after the unit (a gte or lte suffix
        qualifier) makes a bare magnitude an amount, as a cue before it does; so does 之上 /
        之下 after a level of an index (連 4 周在千點之下, 站回萬點之上), where the idiom
        萬人之上 cannot stand."""
        j = end
        while self.scan[j : j + 1] in (" ", "\t") and j < self.n:
            j += 1
        if not unit_surface or not self.scan.startswith(unit_surface, j):
            return False
        word, _ = self._qualifier_after(j + len(unit_surface))
        if word in ("gt", "lt"):
            return unit_surface in self.ctx.index_level_units
        return word in ("gte", "lte")

    def _length_spanned(self, start: int, end: int, unit_surface: str | None) -> bool:
        """一年後, 一個月以內, 一年來: the unit of time right after the number is followed by a
        word that counts from or within the length (quantity_context: length_span_after);
        not after a demonstrative (這一個季度內 is "in this quarter", a period)."""
        after = self.scan[end : end + 12].lstrip(" \t")
        if unit_surface is None or not after.startswith(unit_surface):
            return False
        if self.scan[max(0, start - 1) : start] in self.ctx.length_span_not_after:
            return False
        return self.rx.length_span_r.match(after, len(unit_surface)) is not None

    def _change_window(self, start: int, end: int, unit_surface: str | None) -> bool:
        """一年漲了 140%, 一週跳三成, 一年已分別花費9億元: the unit of time right after the
        number is followed by a change (qualifiers.yaml directions) or a verb of earning or
        spending, and an amount later in the clause: the length the change is measured over
        (quantity_context.yaml: change_window); not after a demonstrative, an ordinal or a word
        that makes it one year among others (這一年, 第一季, 任何一年, 前一年)."""
        r = self.rx.change_window_r
        after = self.scan[end : end + 40].lstrip(" \t")
        if r is None or unit_surface not in self.ctx.change_window_units:
            return False
        if unit_surface is None or not after.startswith(unit_surface):
            return False
        before = self.scan[max(0, start - 4) : start].rstrip(" \t")
        if before.endswith(self.ctx.change_window_not_after):
            return False
        return r.match(after, len(unit_surface)) is not None

    def _numeral_word(self, start: int) -> bool:
        """A word that begins with a Chinese digit and a measure word (quantity_context.yaml:
        numeral_words) is the word, unless a cue or qualifier before it or a continuation
        after it (四周後, 四周內) makes it an amount."""
        for word, amount_after in self.ctx.numeral_words.items():
            if not self.scan.startswith(word, start):
                continue
            after = self.scan[start + len(word) : start + len(word) + 4]
            if any(after.startswith(w) for w in amount_after):
                return False
            q = self._ends_before(self.rx.qualifier_r, start, 8)
            if q is not None and q.group("w")[::-1] in self.ctx.qualifiers:
                return False
            return not (
                self._ends_before(self.rx.cardinal_cue_r, start, 8)
                or self._ends_before(self.rx.duration_cue_r, start, 8)
            )  # 共四周, 連續四周, 為期四周
        return False

    def _short_year_range(self, start: int, raw: str) -> bool:
        """``25-26年``: a number in a range of two-digit years (year_guard short_range_*);
        the duration cue is checked before the range's first number."""
        g = self.ctx.year_guard
        if "short_range_min" not in g or not (raw.isdigit() and len(raw) == 2):
            return False
        end = start + len(raw)
        before = _SHORT_BEFORE.search(self.scan, max(0, start - 4), start)
        after = _SHORT_AFTER.match(self.scan, end)
        if before is not None:
            first, second, first_start = int(before.group(1)), int(raw), before.start()
        elif after is not None:
            first, second, first_start = int(raw), int(after.group(1)), start
        else:
            return False
        if first_start > 0 and self.scan[first_start - 1].isdigit():
            return False
        if self._ends_before(self.rx.duration_cue_r, first_start, 8):
            return False
        ok = g["short_range_min"] <= first <= g["short_range_max"]
        return ok and 0 < second - first <= g["short_range_gap"]

    def _short_year_base(self, start: int, raw: str) -> bool:
        """``營收較20年成長``: a two-digit number in the short years' span right after a word
        of comparison, before 年, is the year compared with (quantity_context.yaml:
        short_year_base); not ``較20年前``. So is one whose 年 a value follows through 的
        (``從21年的18%``)."""
        g, spec = self.ctx.year_guard, self.ctx.short_year_base
        if not spec or "short_range_min" not in g or not (raw.isdigit() and len(raw) == 2):
            return False
        if not g["short_range_min"] <= int(raw) <= g["short_range_max"]:
            return False
        at = start + len(raw)
        if not self.scan.startswith("年", at) or (start > 0 and self.scan[start - 1].isdigit()):
            return False
        before = self.scan[max(0, start - 4) : start]
        for w in spec[3]:
            if (
                before.endswith(spec[2])
                and self.scan.startswith(w, at + 1)
                and self.scan[at + 1 + len(w) : at + 2 + len(w)].isdigit()
            ):
                return True  # 從21年的18%: the year of the value after it
        if not before.endswith(spec[0]):
            return False
        return not self.scan.startswith(spec[1], at + 1)

    def _bare_magnitude(self, raw: str) -> bool:
        """A number that is only magnitude characters (百, 千, 百萬): a unit name or an idiom
        unless a cue makes it an amount."""
        s = raw.strip()
        return s in self.ctx.bare_magnitudes or (len(s) > 1 and magnitude_value(s) is not None)

    def _section_number(self, start: int, raw: str) -> bool:
        """``1.1 曾申報深交所``, ``3.1 科馬材料``: a dotted number that opens a line and is
        set off by a space numbers the section its heading opens; the word after it is no
        measure word of its own (a listed unit, ``142 臺``, is read elsewhere)."""
        s = raw.rstrip()
        end = start + len(s)
        if not _SECTION_NUMBER.fullmatch(s) or self.scan[end : end + 1] not in (" ", "\t"):
            return False
        line = self.scan[self.scan.rfind("\n", 0, start) + 1 : start]
        return not line.strip(" \t#*>")

    def _open_number_ok(self, start: int, raw: str, parsed: ParsedNumber, unit: _Unit) -> bool:
        """The open rule reads Arabic amounts only, never names (4680電池, 工業4.0時代,
        iPhone 15 Pro, Wi-Fi 7設備, 2025財年, 波音737客機)."""
        rule = self.ctx.open_rule
        if not parsed.arabic:
            return self._chinese_count_ok(start, raw, parsed)
        if unit.surface in rule.get("arabic_name_units", ()):
            return False  # 晶圓 18 廠, 新竹的20廠: a plant's number names it
        s = raw.strip()
        plain = len(s) if parsed.plain_digits is not None and not any(c in s for c in ",.") else 0
        if plain > int(rule["max_plain_digits"]):
            return False
        if (
            plain >= int(rule["cue_digits"])
            and not unit.surface.isascii()
            and not self._ends_before(self.rx.open_cue_r, start, 8)
        ):
            return False
        if s.endswith(tuple(rule["version_endings"])):
            return False
        if self._section_number(start, raw):
            return False
        before = self.scan[max(0, start - 8) : start].rstrip(" \t")
        if before.endswith(tuple(rule["not_after"])):
            return False  # 1比1, 5+2產業, 雙11
        return not self._after_latin_word(start)

    def _chinese_count_ok(self, start: int, raw: str, parsed: ParsedNumber) -> bool:
        """兩品牌, 三軸並進: one Chinese digit before an open classifier counts when the digit
        does not begin a word (三星, 兩岸, 十分, 百貨: Chinese numerals glue to ordinary
        words). The segmenter's dictionary decides, with a frequency floor, since it also
        lists plain counts (兩人, 三方); quantity_context.yaml open_rule.chinese."""
        spec = self.ctx.open_rule.get("chinese")
        s = raw.strip()
        if spec is None or s != raw or s not in spec["digits"] or parsed.magnitude or parsed.vague:
            return False
        if self._after_chinese_digit(start):
            return False
        return not self._numeral_begins_word(start, spec["not_words"])

    def _numeral_begins_word(self, start: int, stop: Iterable[str]) -> bool:
        """The Chinese digit at ``start`` and the characters after it form a word of the
        segmenter's dictionary at least open_rule.chinese.word_freq often, or one of ``stop``."""
        spec = self.ctx.open_rule.get("chinese") or {"word_freq": 30, "max_word": 3}
        freq = _word_freq()
        floor = int(spec["word_freq"])
        words = set(stop)
        for n in range(2, int(spec["max_word"]) + 1):
            word = self.scan[start : start + n]
            if len(word) < n:
                break
            if word in words or freq(word) >= floor:
                return True
        return False

    def _bare_count_by_word(self, start: int, raw: str, unit: _Unit) -> bool:
        """這二項條件, 二件申請案: a bare 二 before a classifier counts with no cue when it is
        no weekday or ordinal (週二, 之後二個) and begins no word (二手, 二次);
        quantity_context.yaml bare_cardinal_by_word."""
        spec = self.ctx.bare_cardinal_by_word.get(raw)
        if spec is None or unit.kind not in spec["kinds"]:
            return False
        before = self.scan[max(0, start - 4) : start]
        if before.endswith(tuple(spec["not_after"])):
            return False
        return not self._numeral_begins_word(start, spec["not_words"])

    def _strip_sign(self, m: re.Match[str], sign_group: str, num_group: str) -> tuple[int, str]:
        """Start and text of the number with its sign, dropping a '-' that is a hyphen: one
        after a Latin letter or digit, and one between a Chinese word and a Chinese numeral
        (網民-九成九, a title's words joined by hyphens; 補貼+五年 joins two offers)."""
        s = m.start(sign_group)
        sign = m.group(sign_group)
        first = self.scan[m.start(num_group) : m.start(num_group) + 1]
        before = self.scan[s - 1] if s > 0 else ""
        if (
            sign
            and before.isascii()
            and before.isupper()
            and self.rx.percent_unit_after.match(self.scan, m.end(num_group))
        ):
            return s, self.scan[s : m.end(num_group)]  # LPR-30BP: a spread below the rate
        if sign and (
            (before.isascii() and before.isalnum())
            or (not first.isascii() and "\u4e00" <= before <= "\u9fff")
        ):
            return m.start(num_group), self.scan[m.start(num_group) : m.end(num_group)]
        return s, self.scan[s : m.end(num_group)]

    def _handle(self, m: re.Match[str]) -> bool:
        g = m.group
        if g("cur") is not None:
            return self._handle_currency(m)
        if g("pp") is not None:
            return self._handle_percent_prefix(m)
        if g("lu") is not None:
            return self._handle_label_unit(m)
        if g("fx") is not None:
            if self._skipped(m.start(), m.end()):
                return False
            f = self.ctx.fixed[g("fx")]
            parsed = ParsedNumber(value=f.value)
            forced = None if f.qualifier == "eq" else f.qualifier
            self._emit(
                num_start=m.start(),
                num_end=m.end(),
                quote_start=m.start(),
                quote_end=m.end(),
                parsed=parsed,
                unit=_Unit(f.surface, f.unit, f.kind),
                multiplier=1.0,
                rule=_rule("fixed_word"),
                forced_qualifier=forced,
            )
            return True
        if g("n1") is not None:
            return self._handle_range(m)
        return self._handle_single(m)

    def _handle_label_unit(self, m: re.Match[str]) -> bool:
        """本期淨利(元) 573,459,697, 現金股利(元/股):1.4: the label's bracket names the unit."""
        parsed = parse_number(m.group("ln").replace(",", ""))
        surface, _, per = m.group("lu").partition("/")
        unit = self._resolve_unit(surface, None, m.end("lu"), m.start("ln"))
        if parsed is None or unit is None or self._skipped(m.start("ln"), m.end("ln")):
            return False
        self._emit(
            num_start=m.start("ln"),
            num_end=m.end("ln"),
            quote_start=m.start("ln"),
            quote_end=m.end("ln"),
            parsed=parsed,
            unit=unit,
            multiplier=1.0,
            rule=_rule("label_unit"),
        )
        if per:
            self.out[-1] = dataclasses.replace(self.out[-1], per=per)
        return True

    def _handle_percent_prefix(self, m: re.Match[str]) -> bool:
        """百分之六十三, and 百分之卅四至卅六 as a range of two percentages."""
        parsed = parse_number(m.group("pn"))
        unit = _Unit("%", "%", "percent")
        if parsed is None or self._skipped(m.start(), m.end()):
            return False
        second = parse_number(m.group("pn2")) if m.group("pn2") else None
        if second is None:
            self._emit(
                num_start=m.start("pn"),
                num_end=m.end("pn"),
                quote_start=m.start(),
                quote_end=m.end("pn"),
                parsed=parsed,
                unit=unit,
                multiplier=1.0,
                rule=_rule("percent_prefix"),
            )
            return True
        self.range_count += 1
        bounds = (min(parsed.value, second.value), max(parsed.value, second.value))
        q_word, _ = self._qualifier_before(m.start())
        for ns, ne, qs, p in (
            (m.start("pn"), m.end("pn"), m.start(), parsed),
            (m.start("pn2"), m.end("pn2"), m.start("pn2"), second),
        ):
            self._emit(
                num_start=ns,
                num_end=ne,
                quote_start=qs,
                quote_end=m.end(),
                parsed=ParsedNumber(value=p.value),
                unit=unit,
                multiplier=1.0,
                rule=_rule("range"),
                range_group=self.range_count,
                range_bounds=bounds,
                forced_qualifier=q_word,
            )
        return True

    def _handle_single(self, m: re.Match[str]) -> bool:
        start, raw = self._strip_sign(m, "s", "n")
        parsed = parse_number(raw)
        surface = m.group("u")
        unit = self._resolve_unit(surface, None, m.end("u"), start)
        if not self._accept_number(m.start("n"), m.group("n"), parsed, unit, surface):
            return False
        assert parsed is not None and unit is not None
        if (
            unit.open
            and not unit.surface.isascii()
            and (
                self._glued_open_unit(m.start("u"))
                or self.scan[m.end() : m.end() + 1].isdigit()
                or self._spaced_after_magnitude(m.end("n"), m.start("u"))
            )
        ):
            return False  # 18營業, 100.00 註1, 淨利26億 擬募資: not a classifier of its own
        if self._skipped(start, m.end()):
            return False
        mult = 1.0
        if m.group("emag"):
            emag = m.group("emag")
            mult = english_magnitude(emag) or self.ctx.prefix_magnitudes.get(emag, 1.0)
        kind = {"money": "money", "percent": "percent", "ratio": "ratio"}.get(unit.kind, "measure")
        if unit.unit == "pp":
            kind = "percent_points"
        elif surface is not None and unit.scale != 1:
            kind = "cheng"
        elif unit.open:
            kind = "open_unit"
        end = m.end()
        forced = None
        if surface == "個" and (mm := self.rx.more_inside.match(self.scan, end)) is not None:
            unit, end = self.ctx.units[self.ctx.more_inside[mm.group("w")]], mm.end()
            if self.scan[mm.start()] == "半" and parsed.upper is None:
                # 近一個半小時 = 1.5 小時 (as 3年半), not one 個
                parsed = dataclasses.replace(parsed, value=exact_sum(parsed.value, 0.5))
            else:
                forced = self._qualifier_before(start)[0] or "gt"  # 約3個多月: the first word wins
        if unit.yuan:
            unit, end = self._currency_after_yuan(unit, end)
        if surface in self.ctx.tenth_digit_units and not (parsed.vague or parsed.pair):
            t = self._tenth_digit(m.end("n"), m.start("u"), end)
            digit = parse_number(t.group().strip(" \t")) if t else None
            if t and digit is not None:
                # 三成五 = 3.5 成 = 35 %
                parsed = dataclasses.replace(parsed, value=parsed.value + digit.value / 10)
                end = t.end()
        if (
            surface in self.ctx.half_units
            and not (parsed.vague or parsed.pair or parsed.upper is not None)
            and (h := self.rx.half.match(self.scan, end)) is not None
        ):
            # 3年半 = 3.5 年 (the half belongs to the number, not to 半導體 after it)
            parsed = dataclasses.replace(parsed, value=exact_sum(parsed.value, 0.5))
            end = h.end()
        rule = _rule(f"{_script(parsed)}_{kind}")
        if surface in self.ctx.fraction_rate_units and (
            fr := self._rate_fraction(start, parsed)
        ):
            start, parsed = fr  # 減息四分一厘 = 0.25 厘, not 1 厘
            rule = _rule("rate_fraction")
        self._emit(
            num_start=start,
            num_end=m.end("n"),
            quote_start=start,
            quote_end=end,
            parsed=parsed,
            unit=unit,
            multiplier=mult,
            rule=rule,
            forced_qualifier=forced,
        )
        return True

    def _rate_fraction(
        self, start: int, parsed: ParsedNumber
    ) -> tuple[int, ParsedNumber] | None:
        """``四分一厘``, ``八分之一厘``, ``四分三厘``: the whole and 分(之) written before the
        part of a rate's unit (measure_words.yaml: fraction_rate_units) make the value the
        part over the whole (0.25 厘), starting at the whole."""
        if parsed.vague or parsed.pair or parsed.upper is not None or start < 2:
            return None
        lo = start - (3 if self.scan.startswith("分之", start - 2) else 2)
        if lo < 0 or not self.scan.startswith("分", lo + 1):
            return None
        whole = _digit_values().get(self.scan[lo])
        if whole is None or not 0 < parsed.value < whole:
            return None
        prev = self.scan[lo - 1 : lo]
        if prev and (prev in _digit_values() or prev in "十百千零〇" or prev.isdigit()):
            return None  # 二十四分一: no single-digit whole
        return lo, dataclasses.replace(parsed, value=round(parsed.value / whole, 6))

    def _tenth_digit(self, num_end: int, unit_start: int, end: int) -> re.Match[str] | None:
        """The digit after 成 that is its tenth (三成五, and 約 7 成 6 where the number stands
        apart from its unit too), unless it starts the next word (七成兩大主因, 3 成 5 年;
        measure_words.yaml tenth_digit_not_before)."""
        t = self.rx.tenth_digit.match(self.scan, end)
        if t is None or (t.group("gap") and num_end == unit_start):
            return None  # 7成 6: the unit glued to the number, the digit set apart
        after = self.scan[t.end() : t.end() + 6].lstrip(" \t")
        if after.startswith(self.ctx.tenth_digit_not_before):
            return None
        return t

    def _sign_not_range(self, m: re.Match[str]) -> bool:
        """``4.55 -25%``: a dash with a space before it and none after is the sign of the
        next number, not a range (a table's columns, a change beside a level)."""
        return _dash_is_sign(
            self.scan[m.end("n1") : m.start("s2") if m.group("s2") else m.start("n2")]
        )

    def _currency_after_yuan(self, unit: _Unit, end: int) -> tuple[_Unit, int]:
        """60萬元人民幣: a currency word right after 元 names its currency (quoted too)."""
        t = self.rx.after_yuan.match(self.scan, end)
        if t is None:
            return unit, end
        iso = self.ctx.after_yuan[t.group("w")]
        return dataclasses.replace(unit, unit=iso, yuan=False), t.end()

    def _handle_currency(self, m: re.Match[str]) -> bool:
        cur = m.group("cur")
        num_start = m.start("cn") - len(m.group("cs") or "")
        raw = self.scan[num_start : m.end("cn")]
        parsed = parse_number(raw)
        surface = m.group("cu")
        unit = self._resolve_unit(surface, cur)
        if parsed is None or unit is None or unit.kind != "money":
            return False
        if parsed.positional or self._skipped(m.start(), m.end()):
            return False
        glued = self.ctx.units.get(self.scan[max(0, m.start() - 1) : m.start()])
        if cur in self.ctx.after_yuan and glued is not None and glued.yuan and glued.scale == 1:
            return False  # 935億元人民幣7日期: the currency word closes the amount before it
        if (
            surface is None
            and not m.group("cemag")
            and not parsed.magnitude
            and not any(c.isdigit() for c in raw)
        ):
            return False  # 美元一度飆升: a Chinese numeral after a currency word, no amount
        if self.rx.range_next.match(self.scan, m.end()) and (
            (surface is None and not m.group("cemag"))
            or (surface is not None and self.ctx.units[surface].yuan)
        ):
            # 新台幣 40至60億元, 美金 346 億元到 358 億元: the range rule reads it, with
            # this currency
            return False
        if m.start() > 0 and self._is_name_part(m.start()) and cur[:1].isalpha():
            return False
        if self._bare_magnitude(raw) and not self._ends_before(
            self.rx.magnitude_cue_r, m.start(), 8
        ):
            return False  # 新台幣千元 names the unit of a table, it is no amount
        quote_start = m.start()
        if surface is not None and self.ctx.units[surface].yuan:
            local = self._quoted_local(m.start(), unit.unit)
            if local is not None:
                # 新台幣兌美元32.1元: the dollar is the base the rate is told against
                unit = dataclasses.replace(unit, unit=local)
                quote_start = num_start
        if not m.group("cs") and m.start() > 0 and self.scan[m.start() - 1] in "-−":
            before = self.scan[m.start() - 2 : m.start() - 1] if m.start() > 1 else " "
            if not (before.isascii() and before.isalnum()):
                # -$1.45: the sign written before the currency symbol
                parsed = dataclasses.replace(parsed, value=-parsed.value)
                quote_start = m.start() - 1
        mult = 1.0
        if m.group("cemag"):
            emag = m.group("cemag")
            mult = english_magnitude(emag) or self.ctx.prefix_magnitudes.get(emag, 1.0)
            if cur == "$" and self.dollar_latin and unit.unit == self.ctx.prefixes["$"]:
                # QuEra closes $230 million round, $1.2B: a bare $ with a Latin magnitude
                # is English writing, whose dollar is the US one (a Taiwanese report's own
                # $ 140,606 has no such letters), unless the text's unit lines name one
                # dollar (an English deck's `Unit: NT$ Mn`)
                unit = dataclasses.replace(unit, unit=self._unit_line_dollar or self.dollar_latin)
        self._emit(
            num_start=num_start,
            num_end=m.end("cn"),
            quote_start=quote_start,
            quote_end=m.end(),
            parsed=parsed,
            unit=unit,
            multiplier=mult,
            rule=_rule("currency_prefix"),
        )
        return True

    @functools.cached_property
    def _code_ranges(self) -> tuple[frozenset[str], frozenset[str]]:
        """Units after which a dash range is a run of codes (quantity_context: code_ranges)."""
        spec = load_lexicon("quantity_context").get("code_ranges") or {}
        return frozenset(spec.get("units", ())), frozenset(spec.get("separators", ()))

    def _code_range(self, m: re.Match[str]) -> bool:
        """``1-9 區``, ``3-5號線``: two whole numbers joined by a dash before a code's unit."""
        units, seps = self._code_ranges
        return (
            m.group("u2") in units
            and not m.group("u1")
            and m.group("sep") in seps
            and m.group("n1").isdigit()
            and m.group("n2").isdigit()
        )

    @staticmethod
    def _level_after_change(kind: str, v1: float, v2: float) -> bool:
        """After a change word, is the second value the level the change reaches, not a
        range's end? An amount always is (減少 12 億元至 2,890 億元); a percentage only when
        many times the first (下降3.6%至44.7%; 成長 5%至10% is a span of rates;
        qualifiers.yaml: change_level_percent_ratio)."""
        if kind not in ("percent", "ratio"):
            return True
        ratio = _change_level_percent_ratio()
        return ratio is not None and v1 > 0 and v2 >= ratio * v1

    def _handle_range(self, m: re.Match[str]) -> bool:
        start1, raw1 = self._strip_sign(m, "s1", "n1")
        start2, raw2 = m.start("s2"), self.scan[m.start("s2") : m.end("n2")]
        p1, p2 = parse_number(raw1), parse_number(raw2)
        u2_surface = m.group("u2")
        u1_surface = m.group("u1") or u2_surface
        cur = self._ends_before(self.rx.currency_r, start1, 8)
        cur_word = cur.group("w")[::-1] if cur else None
        u2 = self._resolve_unit(u2_surface, cur_word, m.end("u2"), start1)
        u1 = self._resolve_unit(
            u1_surface, cur_word, m.end("u1" if m.group("u1") else "u2"), start1
        )
        if u1 is None or u2 is None or p1 is None or p2 is None:
            return False
        if self._skipped(start1, m.end()):
            return False
        if self._code_range(m):
            return True  # 集採覆蓋1-9 區: a run of codes, read and left
        if u1.unit != u2.unit:
            # 5年至10% is not a range: keep the second number alone.
            return False
        if self._sign_not_range(m):
            return False
        if (
            m.group("u1")
            and m.group("sep") in ("至", "到")
            and self._level_after_change(u1.kind, p1.value, p2.value)
            and self._direction(start1) is not None
        ):
            # 融資餘額減少 12 億元至 2,890 億元: a change and the level it reaches, each with
            # its unit written; a change's span of percentages (成長 5%至10%) stays a range,
            # unless the second is many times the first (毛利率下降3.6%至44.7%)
            return False
        if u2.open and not u2.surface.isascii() and self._glued_open_unit(m.start("u2")):
            # 70 億至 130 億運算能力: the range's unit must be a token of its own, as a
            # single number's is (運 begins 運算)
            return False
        if not self._accept_number(m.start("n1"), m.group("n1"), p1, u1, u1_surface):
            return False
        if u2_surface == "年" and _is_year_like(p2, self.ctx.year_guard):
            return False
        if p2.positional and not _digitwise_percent(p2, u2):
            return False
        emag2 = m.group("emag2") or ""
        mult2 = (
            english_magnitude(emag2) or self.ctx.prefix_magnitudes.get(emag2, 1.0) if emag2 else 1.0
        )
        v2 = p2.value * mult2 * u2.scale
        v1 = p1.value * u1.scale
        if m.group("u1") and m.group("sep") in _DASHES and 0 <= v2 < v1:
            # 利率為 3.85%-0.3%，即 3.55%: a dash between two values that both write their
            # unit, the second smaller, is a subtraction (a rate less a cut), not a range;
            # each value stands alone (a range is written low to high: 20%-25%)
            return False
        if not p1.magnitude and not m.group("u1") and (p2.magnitude or mult2 != 1.0):
            # 3至5萬 reads as 3萬至5萬: the second number's magnitude carries over, as far
            # as keeps the range ordered (2至3百萬 -> 2百萬; 5至二十萬 -> 5萬).
            v1 = p1.value * _carried_magnitude(raw2, p1.value, p2.value) * mult2 * u1.scale
        end2 = m.end()
        if cur is None and u2.yuan:
            # 40至60萬元人民幣: the currency after 元 is the range's.
            u2, end2 = self._currency_after_yuan(u2, end2)
            if u1.yuan:
                u1 = dataclasses.replace(u1, unit=u2.unit, yuan=u2.yuan)
        quote1 = self.n - cur.end() if cur else start1
        neg = self._ends_before(self.rx.negative_r, quote1, 6)
        if neg is not None and v1 > 0:
            # 零下 20 度到 5 度 is -20 to 5 (the second end writes its own unit, so its own
            # sign); 零下 20 至 30 度 is -20 to -30 (the word covers the bare first end too)
            v1, quote1 = -v1, self.n - neg.end()
            if not m.group("u1") and v2 > 0:
                v2 = -v2
        self.range_count += 1
        rg = self.range_count
        lo, hi = min(v1, v2), max(v1, v2)
        q_word, _ = self._qualifier_before(quote1)
        bounds = (lo, hi)
        end1 = end2  # the first member quotes the whole range (140億至360億美元)
        # Values above are final: the units must not scale them again.
        u1, u2 = dataclasses.replace(u1, scale=1.0), dataclasses.replace(u2, scale=1.0)
        self._emit(
            num_start=start1,
            num_end=m.end("n1"),
            quote_start=quote1,
            quote_end=end1,
            parsed=ParsedNumber(value=v1),
            unit=u1,
            multiplier=1.0,
            rule=_rule("range"),
            range_group=rg,
            range_bounds=bounds,
            forced_qualifier=q_word,
        )
        self._emit(
            num_start=start2,
            num_end=m.end("n2"),
            quote_start=start2,
            quote_end=end2,
            parsed=ParsedNumber(value=v2),
            unit=u2,
            multiplier=1.0,
            rule=_rule("range"),
            range_group=rg,
            range_bounds=bounds,
            forced_qualifier=q_word,
        )
        # 年減5~10%: the change word before the range applies to both numbers.
        self.out[-1] = dataclasses.replace(self.out[-1], direction=self.out[-2].direction)
        return True

    def run(self) -> list[QuantityMatch]:
        master = self.rx.master
        scan = self.scan
        pos = 0
        n = len(scan)
        while pos < n:
            m = master.search(scan, pos)
            if m is None:
                break
            if self._handle(m):
                pos = m.end()
                continue
            if m.group("n1") is not None:
                # Not a range after all (5年至10%): the first number may still stand alone.
                single = self.rx.single.match(scan, m.start())
                if single is not None and self._handle_single(single):
                    pos = single.end()
                    continue
            pos = m.start() + 1
        self._bare_money()
        self._priced_from()
        self._bare_target_prices()
        self._lone_magnitudes()
        self._span_lengths()
        self._shorthand_levels()
        self._bare_index_levels()
        self._slash_lists()
        self._unit_lists()
        self._compared_bases()
        self._spoken_pairs()
        self.out.sort(key=lambda q: (q.start, q.num_start))
        self.out = [
            q
            for q in self.out
            if not self.cuts_number(q.start, q.end)
            and not self._in_ratio(q.start, q.end)
            and not self._is_specification(q)
            and not self._is_model_count(q)
            and not self._unit_declaration(q)
            and not self._quoted_name(q)
        ]
        self._link_ranges()
        self.out = [self._unsigned_length(self._bracket_negative(q)) for q in self.out]
        return self.out

    def _unsigned_length(self, q: QuantityMatch) -> QuantityMatch:
        """``-10年平均 46%``, ``-10年複合成長率 7%``: no length of time is negative, so a dash
        glued before one is a slide's bullet (or a hyphen), not its sign."""
        if q.kind != "duration" or q.value >= 0 or q.range_group is not None:
            return q
        if self.scan[q.num_start : q.num_start + 1] not in _SIGNS:
            return q
        start = q.num_start + 1
        return dataclasses.replace(
            q,
            start=start if q.start == q.num_start else q.start,
            num_start=start,
            value=-q.value,
            lower=-q.lower if q.lower is not None else None,
            upper=-q.upper if q.upper is not None else None,
        )

    def _quoted_name(self, q: QuantityMatch) -> bool:
        """新“國九條”, “科創板八條”, "十二條"措施: a count in Chinese numerals that closes a
        short quotation is a policy's or a slogan's name, no count (quantity_context.yaml:
        quoted_names)."""
        spec = _quoted_names()
        if spec is None or q.kind != "count" or q.range_group is not None:
            return False
        opens, closes, window, units = spec
        if q.unit not in units:
            return False
        after = self.scan[q.end : q.end + 1]
        if not after or after not in closes:
            return False
        if any(c.isdigit() for c in self.scan[q.num_start : q.num_end]):
            return False
        before = self.scan[max(0, q.start - window) : q.start]
        opened = max(before.rfind(c) for c in opens)
        if opened < 0:
            return False
        return not any(c in closes or c in _CLAUSE_MARKS for c in before[opened + 1 :])

    def _unit_declaration(self, q: QuantityMatch) -> bool:
        """``(金額為新台幣十億元)``, ``營業收入淨額 (美金十億元) 33.73``: a money word with a
        magnitude and no digit that closes a bracket with no number in it declares the unit
        of the figures around it, no amount (a deck's or a statement's column note)."""
        if q.kind != "money" or q.qualifier != "eq" or q.range_group is not None:
            return False
        if any(c.isdigit() for c in self.scan[q.num_start : q.num_end]):
            return False
        if not self.scan[q.end : q.end + 3].lstrip(" \t").startswith(tuple(_CLOSE_BRACKETS)):
            return False
        window = self.scan[max(0, q.start - 24) : q.start]
        opened = max(window.rfind(c) for c in _OPEN_BRACKETS)
        if opened < 0 or any(c in _CLOSE_BRACKETS for c in window[opened:]):
            return False
        return not any(c.isdigit() for c in window[opened:])

    def _bracket_negative(self, q: QuantityMatch) -> QuantityMatch:
        """``24,293 (9.0%) (3.5%)``: a bare percentage alone in brackets beside another
        cell is a financial column's negative, as ``(1,234)`` is; in prose a bracket
        after a word (``電池系統(40%)``) restates a share and keeps its sign."""
        scan = self.scan
        if q.unit != "%" or q.value <= 0 or q.range_group is not None or q.start != q.num_start:
            return q
        if scan[q.start - 1 : q.start] not in ("(", "（") or scan[q.end : q.end + 1] not in (
            ")",
            "）",
        ):
            return q
        before = scan[max(0, q.start - 40) : q.start - 1]
        if not (_CELL_BEFORE.search(before) or _CELL_AFTER.match(scan, q.end + 1)):
            return q
        return dataclasses.replace(q, value=-q.value, rule=_rule("bracket_negative"))

    def _bare_money(self) -> None:
        """超過1億, 400多億新增訂單: a large-magnitude number with no unit after a money word
        (quantity_context.yaml: bare_money) is an amount in the text's currency."""
        bm = self.ctx.bare_money
        taken = _merge((q.start, q.end) for q in self.out)
        found = itertools.chain(
            self.rx.bare_number.finditer(self.scan), _LONE_MAGNITUDE.finditer(self.scan)
        )
        freq = _word_freq()
        for m in found:
            a, b = m.start(), m.end()
            raw = m.group()
            if (
                a > 0
                and len(raw) > 1
                and raw[1].isdigit()
                and not raw[0].isdigit()
                and freq(self.scan[a - 1 : a + 1])
            ):
                # 薪資中位數3.8萬: the 數 ends a word (中位數, 人數), the number starts after it
                a, raw = a + 1, raw[1:]
            lone = raw in bm["magnitudes"]  # 銷售額過億: over one 億, no digit written
            if not any(c in raw for c in bm["magnitudes"]) or self._skipped(a, b):
                continue
            i = bisect.bisect_right(taken[0], b - 1) - 1
            if i >= 0 and taken[1][i] > a:
                continue
            yuan_after = lone and self.scan[b : b + 1] == "元"  # 營收破億元, 總產值上兆元
            # 破億人民幣: a lone magnitude with a currency word after it
            cur_after = self.rx.after_yuan.match(self.scan, b) if lone else None
            if (
                not (yuan_after or cur_after)
                and self.rx.unit_after.match(self.scan, b)
                # 月領4萬股息: the "unit" 股 begins a money word (股息, 股利), which names it
                and not self.scan[b : b + 4].lstrip(" \t").startswith(self._money_over_unit)
            ):
                continue  # 百億美元 has a unit: it was refused for a reason
            if self.scan[max(0, a - 1) : a] in ("/", "每"):
                continue  # 16.34美元/百萬英熱: the denominator of a rate is no amount
            if self.scan[b : b + 4].lstrip(" \t").startswith(self._counted_after):
                if not lone:
                    self._counted_noun_unit(a, b, raw)
                continue  # 削減百萬產能: a count of what the word after it names
            lo = self._lo(a, int(bm["window"]))
            hi = min(self.n, b + int(bm["after"]))
            cue_after = self.rx.bare_money_cue.search(self.scan, b, hi)
            sibling = self._money_before(a) or self._money_after(b) or self._currency_stated(a)
            cues = list(self.rx.bare_money_cue.finditer(self.scan, lo, a))
            if not cues and lo > 0 and self.scan[lo - 1] in "（(":
                # AI server 貢獻（保守算 5–15 億）: a bracket that opens right after the money
                # word tells its amount
                cues = [
                    c
                    for c in self.rx.bare_money_cue.finditer(self.scan, max(0, lo - 9), lo - 1)
                    if c.end() == lo - 1
                ]
            counted = list(
                self.rx.bare_money_counted.finditer(self.scan, cues[-1].end() if cues else lo, a)
            )
            if counted:
                if not lone:
                    self._bare_count(counted[-1], a, b, raw)
                continue  # 補貼申請人數突破2000萬, 營收30億元，用戶人數2億: a count
            if (
                not (yuan_after or cur_after)
                and sibling is None
                and not cues
                and (cue_after is None or self.rx.delimiter.search(self.scan, b, cue_after.start()))
            ):
                continue
            parsed = parse_number("一" + raw if lone else raw)
            if parsed is None or parsed.positional or not parsed.magnitude:
                continue
            ranged = self.rx.range_before.search(self.scan, max(0, a - 16), a)
            if self._is_name_part(a) and not ranged:
                continue  # COVID-19億 is a name; 300-500億 a range
            unit = _Unit(raw, self.yuan, "money", currency=True, yuan=True)
            if cur_after is not None:
                unit = _Unit(raw, self.ctx.after_yuan[cur_after.group("w")], "money", currency=True)
            elif sibling is not None and sibling != self.yuan:
                unit = _Unit(raw, sibling, "money", currency=True)
            self._emit(
                num_start=a,
                num_end=b,
                quote_start=a - 1 if lone and self.scan[a - 1] == "過" else a,  # 破: a qualifier
                quote_end=cur_after.end() if cur_after else (b + 1 if yuan_after else b),
                parsed=parsed,
                unit=unit,
                multiplier=1.0,
                rule=_rule("bare_magnitude_money"),
                # 破億, 上兆 are more than one 億 or 兆; 跌破億元 is less (its own word says)
                forced_qualifier=self._lone_qualifier(a) if lone else None,
            )
            if not lone:
                self._bare_range_start(a, raw, parsed, unit)

    def _compared_bases(self) -> None:
        """較去年第四季的 22,204 下滑, 遠高於12月的15.1萬: a bare number right after a
        comparison's 的 is the base its sentence's earlier measured number is compared with,
        in that number's unit (quantity_context.yaml: compared_bases)."""
        cb = self.ctx.compared_bases
        kinds = frozenset(cb["kinds"])
        window = int(cb["window"])
        mags = tuple(self.ctx.bare_money["magnitudes"])
        taken = _merge((q.start, q.end) for q in self.out)
        found = sorted(self.out, key=lambda q: q.end)
        ends = [q.end for q in found]
        for m in self.rx.bare_number.finditer(self.scan):
            a, b = m.start(), m.end()
            if self._skipped(a, b) or not self.rx.compared_after.match(self.scan, b):
                continue  # (a change word or the clause's end after it: no unit there)
            i = bisect.bisect_right(taken[0], b - 1) - 1
            if i >= 0 and taken[1][i] > a:
                continue
            cmp = self.rx.base_compared.search(self.scan, max(0, a - 40), a)
            if cmp is None:
                continue
            j = bisect.bisect_right(ends, cmp.start()) - 1
            if j < 0:
                continue
            prev = found[j]
            between = self.scan[prev.end : cmp.start()]
            if (
                prev.kind not in kinds
                or cmp.start() - prev.end > window
                or any(c in "。；;\n！？!?" for c in between)
            ):
                continue
            raw = m.group()
            written = self.scan[prev.num_start : prev.num_end]
            if any(c in written for c in mags) and not any(c in raw for c in mags):
                continue  # 較上季的450 after 500萬台: the base's magnitude is not written
            parsed = parse_number(raw)
            if parsed is None or parsed.positional:
                continue
            unit = _Unit(prev.unit, prev.unit, prev.kind)
            self._emit_bare(a, b, parsed, unit, _rule("compared_base"))

    def _counted_noun_unit(self, a: int, b: int, raw: str) -> None:
        """近668.5萬旅客人次: a bare large number, the noun counted, then a listed count
        word right after the noun (the noun one of bare_money.counted_after) is that many
        of the count word, quoted to its end."""
        at = b + len(self.scan[b : b + 4]) - len(self.scan[b : b + 4].lstrip(" \t"))
        noun = next((w for w in self._counted_after if self.scan.startswith(w, at)), None)
        if noun is None:
            return
        um = self.rx.listed_unit.match(self.scan, at + len(noun))
        unit = self.ctx.units.get(um.group("u")) if um is not None else None
        end = um.end() if um is not None else b
        if (
            um is None
            and noun in self.ctx.bare_money.get("counted_people", ())
            and not self.scan.startswith("民", at + len(noun))  # 5億投資人民幣: money
        ):
            # 跨越數百萬使用者: the people themselves are counted (bare_money.counted_people)
            unit = self.ctx.units.get("人") or _Unit("人", "人", "count")
        elif um is None or unit is None or unit.kind != "count":
            return
        assert unit is not None
        parsed = parse_number(raw)
        if parsed is None or parsed.positional or not parsed.magnitude:
            return
        self._emit(
            num_start=a,
            num_end=b,
            quote_start=a,
            quote_end=end,
            parsed=parsed,
            unit=unit,
            multiplier=1.0,
            rule=_rule("counted_people" if um is None else "counted_noun_unit"),
        )

    def _bare_count(self, word: re.Match[str], a: int, b: int, raw: str) -> None:
        """就業人數24.6萬, 出入境人次1億6300萬: a bare large number right after a count word
        that ends in its measure word (bare_money.counted_units) is that many of it."""
        unit_word = (self.ctx.bare_money.get("counted_units") or {}).get(word.group())
        if unit_word is None or not self.rx.bare_count_links.fullmatch(self.scan, word.end(), a):
            return
        parsed = parse_number(raw)
        if parsed is None or parsed.positional or not parsed.magnitude:
            return
        unit = self.ctx.units.get(unit_word) or _Unit(unit_word, unit_word, "count")
        self._emit_bare(a, b, parsed, unit, _rule("bare_magnitude_count"))

    @functools.cached_property
    def _counted_after(self) -> tuple[str, ...]:
        return tuple(self.ctx.bare_money.get("counted_after", ()))

    def _lone_magnitudes(self) -> None:
        """突破萬臺, 近萬人, 萬元以內: a large magnitude written alone before a listed unit is
        that many (1 萬, 1 萬億), more than it by default, where a comparing cue before it
        or a bound after its unit makes it an amount (quantity_context.yaml:
        lone_magnitudes); 萬一, 億萬, 上億人口 and the idiom 成千上萬 are not."""
        lm = self.ctx.lone_magnitudes
        taken = _merge((q.start, q.end) for q in self.out)
        for m in self.rx.lone_magnitude.finditer(self.scan):
            a, b = m.start(), m.end()
            if self._skipped(a, b):
                continue
            i = bisect.bisect_right(taken[0], b - 1) - 1
            if i >= 0 and taken[1][i] > a:
                continue
            before = self.scan[max(0, a - 6) : a]
            if before.endswith(tuple(lm["not_after"])):
                continue
            value = magnitude_value(m.group("m"))
            unit_m = self.rx.listed_unit.match(self.scan, b)
            if value is None or unit_m is None:
                continue
            bound_after = self._bound_after_unit(b, unit_m.group("u"))
            # 台股站上萬點, 加權指數失守萬點: a level of the index named by its words, as written
            level = unit_m.group("u") in self.ctx.index_level_units and self._index_cued(
                unit_m.group("u"), a, m.group()
            )
            if not (bound_after or level or self._ends_before(self.rx.lone_magnitude_cue_r, a, 8)):
                continue
            unit = self._resolve_unit(unit_m.group("u"), None, unit_m.end())
            if unit is None:
                continue
            self._emit(
                num_start=a,
                num_end=b,
                quote_start=a,
                quote_end=unit_m.end(),
                parsed=ParsedNumber(value=value, chinese=True, magnitude=True),
                unit=unit,
                multiplier=1.0,
                rule=_rule("lone_magnitude"),
                # 近萬人 is about 10,000, 不到萬元 less; 上萬, 突破萬臺 more; 萬元以內 as written
                forced_qualifier=self._qualifier_before(a)[0]
                or (None if bound_after or level else "gt"),
            )

    def _span_lengths(self) -> None:
        """``過去 3 到 4 年中``, ``過去一年中``: a unit its not_followed_by word keeps out
        (年中 is mid-year) is a length where a word of a span of time stands right before
        the number or range (quantity_context.yaml: span_lengths); found by the unit and
        its follower, then read backwards in a short window."""
        sl = self.ctx.span_lengths
        rx = _span_length_r(tuple(sl.get("cues", ())))
        if rx is None:
            return
        taken = _merge((q.start, q.end) for q in self.out)
        for surface, followers in sorted(sl.get("units", {}).items()):
            for follower in sorted(followers):
                key = surface + follower
                at = self.scan.find(key)
                while at >= 0:
                    self._span_length_at(rx, at, surface, taken)
                    at = self.scan.find(key, at + len(key))

    def _span_length_at(
        self,
        rx: re.Pattern[str],
        at: int,
        surface: str,
        taken: tuple[list[int], list[int]],
    ) -> None:
        w0 = max(0, at - 24)
        m = rx.search(self.scan[w0:at])
        if m is None:
            return
        a = w0 + m.start("n1")
        i = bisect.bisect_right(taken[0], at) - 1
        if (i >= 0 and taken[1][i] > a) or self._skipped(a, at + len(surface)):
            return
        nums = [(w0 + m.start(g), w0 + m.end(g)) for g in ("n1", "n2") if m.group(g)]
        parsed = [parse_number(self.scan[s:e]) for s, e in nums]
        if any(
            p is None or p.positional or _is_year_like(p, self.ctx.year_guard) for p in parsed
        ):
            return
        unit = self._resolve_unit(surface, None, at + len(surface))
        if unit is None:
            return
        ps = [p for p in parsed if p is not None]
        group: int | None = None
        bounds: tuple[float, float] | None = None
        if len(ps) == 2:
            if ps[1].value <= ps[0].value:
                return
            self.range_count += 1
            group, bounds = self.range_count, (ps[0].value, ps[1].value)
        for (s, e), p in zip(nums, ps, strict=True):
            self._emit(
                num_start=s,
                num_end=e,
                # the first end of a range quotes the whole range, as the range rule does
                quote_start=s,
                quote_end=at + len(surface),
                parsed=p,
                unit=unit,
                multiplier=1.0,
                rule=_rule("span_length"),
                range_group=group,
                range_bounds=bounds,
                forced_qualifier="eq",
            )

    def _priced_from(self) -> None:
        """``新機定價4499起``: a price told by its floor with no money word is plain 元, gte
        (currencies.yaml: price_from)."""
        rx = _price_from_r()
        if rx is None:
            return
        taken = _merge((q.start, q.end) for q in self.out)
        for m in rx.finditer(self.scan):
            a, b = m.start("n"), m.end("n")
            i = bisect.bisect_right(taken[0], m.end() - 1) - 1
            if (i >= 0 and taken[1][i] > a) or self._skipped(a, m.end()):
                continue
            parsed = parse_number(m.group("n"))
            if parsed is None or parsed.positional:
                continue
            self._emit(
                num_start=a,
                num_end=b,
                quote_start=a,
                quote_end=m.end(),
                parsed=parsed,
                unit=_Unit(m.group("n"), self.yuan, "money", currency=True, yuan=True),
                multiplier=1.0,
                rule=_rule("price_from"),
                forced_qualifier="gte",
            )

    def _bare_target_prices(self) -> None:
        """``目標價 160–170）``, ``給予目標價180，``: a share's target price written with no
        money word is plain 元 (currencies.yaml: bare_price); a range's two ends are one
        range."""
        rx = _bare_price_r()
        if rx is None:
            return
        taken = _merge((q.start, q.end) for q in self.out)
        for m in rx.finditer(self.scan):
            a, b = m.start("n"), m.end()
            i = bisect.bisect_right(taken[0], b - 1) - 1
            if (i >= 0 and taken[1][i] > a) or self._skipped(a, b):
                continue
            p1 = parse_number(m.group("n"))
            p2 = parse_number(m.group("n2")) if m.group("n2") else None
            if p1 is None or p1.positional or (p2 is not None and p2.positional):
                continue
            unit = _Unit(m.group("n"), self.yuan, "money", currency=True, yuan=True)
            if p2 is None or not p1.value < p2.value:
                if m.group("n2"):
                    continue  # 180-170: no range
                self._emit(
                    num_start=a,
                    num_end=m.end("n"),
                    quote_start=a,
                    quote_end=m.end("n"),
                    parsed=p1,
                    unit=unit,
                    multiplier=1.0,
                    rule=_rule("bare_price"),
                )
                continue
            self.range_count += 1
            for na, nb, parsed in ((a, m.end("n"), p1), (m.start("n2"), m.end("n2"), p2)):
                self._emit(
                    num_start=na,
                    num_end=nb,
                    quote_start=na,
                    quote_end=m.end("n2") if na == a else nb,
                    parsed=parsed,
                    unit=unit,
                    multiplier=1.0,
                    rule=_rule("bare_price"),
                    range_group=self.range_count,
                    range_bounds=(p1.value, p2.value),
                )

    def _shorthand_levels(self) -> None:
        """``拉回萬六``, ``一度收復三千三``, ``3300得而復失``: an index level said with no unit
        (萬六 is 16,000, 三千三 3,300) is in 點 after a word of the index or before a barrier
        word (quantity_context.yaml: grouped_only_cues.shorthand_after); a plain Arabic
        number only before a barrier word. 萬一 ("in case") is never one."""
        after_words = self.ctx.shorthand_after
        cue = self.rx.grouped_cue_r.get("點")
        if not after_words or cue is None:
            return
        taken = _merge((q.start, q.end) for q in self.out)
        for m in self.rx.shorthand_level.finditer(self.scan):
            a, b = m.start(), m.end()
            raw = m.group()
            barrier = self.scan[b : b + 8].lstrip(" \t」』”’").startswith(after_words)
            if raw.startswith("萬一"):
                continue
            if self._skipped(a, b):
                continue
            inside: list[QuantityMatch] = []
            i = bisect.bisect_right(taken[0], b - 1) - 1
            if i >= 0 and taken[1][i] > a:
                # 萬六大關 read as 六 大關 cut the number: that reading gives way
                inside = [q for q in self.out if a < q.num_start < b]
                if not inside or any(
                    q.start < b and q.end > a for q in self.out if q not in inside
                ):
                    continue
            if raw[0].isdigit():
                if self._is_name_part(a):
                    continue
            elif not (barrier or self._ends_before(cue, a, 16)):
                continue
            parsed = parse_number("一" + raw if raw.startswith("萬") else raw)
            if parsed is None or not 1000 <= parsed.value < 100000:
                continue
            self.out = [q for q in self.out if q not in inside]
            self._emit_bare(a, b, parsed, _Unit(raw, "點", "other"), _rule("shorthand_level"))

    def _bare_index_levels(self) -> None:
        """``PMI報49.1``, ``採購經理指數跌至49，``, ``按月升1.8、``: a plain number after a
        move word, ending its clause, with a word of the index before it in the clause and
        no rate word between, is a level (or move) of that index in 點
        (quantity_context.yaml: bare_index_levels)."""
        cfg = self.ctx.bare_index_gap
        taken = _merge((q.start, q.end) for q in self.out)
        for m in self.rx.bare_index_level.finditer(self.scan):
            a, b = m.start("n"), m.end("n")
            i = bisect.bisect_right(taken[0], b - 1) - 1
            if (i >= 0 and taken[1][i] > a) or self._skipped(a, b):
                continue
            stop = last_of(self.scan, _SENTENCE_ENDS, m.start())
            if m.group("ch") is not None:
                # 下跌4.3至57.8, 下滑0.2個百分點至9月份的52.4: a move and its number stand
                # before the joiner in its clause (not 1至3月, 去年至今)
                c = m.start("ch")
                clause = last_of(self.scan, "，,；;。！？!?\n", c)
                moved = self.rx.bare_index_chain_after.search(self.scan, max(clause + 1, c - 16), c)
                if moved is None:
                    continue
            # an industry's reading (電子暨光學產業60.4、交通工具產業59.5) takes the index word
            # from anywhere in its sentence or the one before: the list of industries runs
            # long, and the last one may get a sentence of its own (…54.4。化學暨生技醫療產業
            # 49.5，則轉為緊縮)
            if m.group("sec") is not None:
                lo = last_of(self.scan, _SENTENCE_ENDS, stop) + 1 if stop >= 0 else 0
            else:
                lo = max(stop + 1, m.start() - cfg)
            if m.group("adj") is None:
                # (生產指數109.19，: the index's name right before the level is its own cue)
                word = self.rx.bare_index_word.search(self.rscan, self.n - m.start(), self.n - lo)
                if word is None:
                    continue
                if self.rx.bare_index_not_between.search(self.scan, self.n - word.start(), a):
                    continue
            parsed = parse_number(m.group("n").replace(",", ""))
            if parsed is None or parsed.positional:
                continue
            if m.group("sec") is not None:
                low, high = self.ctx.sector_range
                if "." not in m.group("n") or not low <= parsed.value <= high:
                    continue  # 工業4.0, 金融業6: no reading of an industry's index
            unit = _Unit(m.group("n"), "點", "other")
            self._emit_bare(a, b, parsed, unit, _rule("bare_index_level"))

    def _lone_qualifier(self, a: int) -> str:
        q, _ = self._qualifier_before(a)
        return q if q in ("lt", "lte") else "gt"

    def _bare_range_start(self, a: int, raw: str, parsed: ParsedNumber, unit: _Unit) -> None:
        """``8~10億``: the bare number before a range word takes the amount's magnitude and
        currency (as ``3至5萬`` does with a written unit), as far as keeps the range
        ordered; ``_link_ranges`` then joins the two."""
        m = self.rx.range_before.search(self.scan, max(0, a - 16), a)
        if m is None or self._skipped(m.start(), a) or _dash_is_sign(self.scan[m.end("n") : a]):
            return
        first = parse_number(m.group("n"))
        if first is None or first.positional or _is_year_like(first, self.ctx.year_guard):
            return
        mag = _carried_magnitude(raw, first.value, parsed.value)
        if mag == 1.0 or first.value * mag * 10 <= parsed.value:
            return  # 2015-10億: no magnitude of the second fits the first
        self._emit_bare(
            m.start("n"),
            m.end("n"),
            dataclasses.replace(first, value=exact_product(first.value, mag)),
            unit,
            _rule("bare_magnitude_money"),
        )

    def _currency_stated(self, pos: int) -> str | None:
        """The currency whose name the sentence of ``pos`` says shortly before it with no
        amount of its own (新台幣存款分別為 3 億、5 億; 以美元計，營收達 12 億): the bare
        magnitudes after it are amounts in that currency (within bare_money.window * 2)."""
        stop = last_of(self.scan, _SENTENCE_ENDS, pos)
        lo = max(stop + 1, pos - 2 * int(self.ctx.bare_money["window"]))
        found = None
        for m in self.rx.currency_word.finditer(self.scan, lo, pos):
            if not _PLAIN_DIGITS.match(self.scan[m.end() : m.end() + 3].lstrip(" \t")):
                found = m  # 新台幣 3 億元 wrote its own amount; 新台幣存款 names the currency
        return self.ctx.prefixes[found.group()] if found is not None else None

    def _money_after(self, pos: int) -> str | None:
        """The currency of an amount with a large magnitude later in the clause of ``pos``
        (突破10億大關達14.62億元: the bare 10億 is money in that currency)."""
        stop = self.rx.delimiter.search(self.scan, pos)
        end = min(stop.start() if stop else self.n, pos + 12)
        for q in self.out:
            if pos <= q.start < end and self._large_money(q):
                return q.unit
        return None

    def _money_before(self, pos: int) -> str | None:
        """The currency of an amount with a large magnitude earlier in the sentence of
        ``pos`` (募資48.5億元，其中，17億用於…: a bare 億 there is money in that currency)."""
        stop = last_of(self.scan, _SENTENCE_ENDS, pos)
        for q in reversed(self.out):
            if stop < q.start and q.end <= pos and self._large_money(q):
                return q.unit
        return None

    def _large_money(self, q: QuantityMatch) -> bool:
        """An amount of money whose number writes a large magnitude (48.5億元, 14.62億元):
        the amount a bare 億 beside it in its clause or sentence is counted in."""
        large = self.ctx.bare_money["magnitudes"]
        return q.kind == "money" and any(c in self.scan[q.num_start : q.num_end] for c in large)

    def _list_head(
        self, q: QuantityMatch, *, signed: bool = False
    ) -> tuple[str, float | None, int] | None:
        """A quantity that may close a list of bare numbers before it (``_slash_lists``,
        ``_unit_lists``): no range or 成, a kind lists share, an unsigned Arabic number
        (``signed``: or a signed one, ``27.3/-1.1/-1.3億元``). Its number as written, the
        magnitude its tail writes (None: 3百多億, no plain factor) and where the list ends
        (before its qualifier: 2百多億、近3百億元 reaches past the 近; before its sign)."""
        if q.range_group is not None or "cheng" in q.rule:
            return None
        if q.kind not in _SLASH_KINDS and q.kind not in _ENUMERATED_KINDS:
            return None
        raw = self.scan[q.num_start : q.num_end]
        sign = len(raw) - len(raw.lstrip(_SIGNS)) if signed else 0
        if sign > 1 or (sign == 0 and raw[:1] in _SIGNS):
            return None
        raw = raw[sign:]
        digits = _ARABIC_HEAD.match(raw)
        if digits is None:
            return None
        tail = raw[digits.end() :].strip()
        factor = magnitude_value(tail) if tail else 1.0
        pos = q.num_start
        if self.scan[q.start : q.num_start] in self.ctx.qualifiers:
            pos = q.start
        elif signed and not sign and pos > q.start and self.scan[pos - 1] in _SIGNS:
            pos -= 1  # the sign is quoted before the number: the list ends before it
        return raw, factor, pos

    def _slash_lists(self) -> None:
        """``7.95/11.07億美元``, ``1.2/1.5/1.8元``, ``高達20、30顆``: bare Arabic numbers
        joined by ``/`` or ``、`` to a quantity share its magnitude and unit (a broker's
        values for successive years; ``、`` only for one smaller number, a spoken range:
        ``6、7倍`` too, and over the qualifier of the second, ``2百多億、近3百億元``, whose
        first number keeps its own magnitude and 多); not after 第 (第1、2名 are ranks)."""
        found = sorted(self.out, key=lambda q: q.num_start)
        taken = _merge((q.start, q.end) for q in found)
        for q in found:
            head = self._list_head(q, signed=True)
            if head is None or self.rx.english_after.match(self.scan, q.num_end):
                continue
            raw, factor, pos = head  # factor None: 3百多億 (see below)
            signed = any(c in _SIGNS for c in self.scan[q.start : q.num_start + 1])
            run = False  # a run of three or more values (PE為111/63/42倍) is no fraction
            while (m := _SLASH_BEFORE.search(self.scan, max(0, pos - 24), pos)) is not None:
                a, b = m.start("n"), m.end("n")
                prev = self.scan[a - 1] if a > 0 else " "
                minus = False
                if m.group("s"):
                    # a sign after a list's slash or a word (淨利潤-1.11/0.61億元); after a
                    # Latin letter or a digit it is a hyphen, as _strip_sign reads it
                    before = self.scan[a - 2] if a > 1 else " "
                    if not (before.isascii() and before.isalnum()):
                        signed, minus, prev = True, m.group("s") in _DASHES, before
                        a -= 1
                if (prev.isascii() and prev.isalpha()) or prev in ".,第":
                    break  # A1/B2, 2024/01/05: part of a code or a date
                i = bisect.bisect_right(taken[0], b - 1) - 1
                if self._skipped(a, b) or (i >= 0 and taken[1][i] > a):
                    break
                parsed = parse_number(m.group("n"))
                if parsed is None:
                    break
                enumerated = "、" in self.scan[b:pos]
                if enumerated and signed:
                    break  # a spoken range (20、30顆) has no sign
                run = run or (
                    not enumerated
                    and self.scan[b:pos].strip(" \t") == "/"
                    and (m2 := _SLASH_BEFORE.search(self.scan, max(0, a - 24), a)) is not None
                    and "/" in self.scan[m2.end("n") : a]
                )
                if (
                    not enumerated
                    and q.kind not in _SLASH_KINDS
                    and not run
                    and self.scan[q.num_end : q.end].strip(" \t") not in self.ctx.cued_slash_items
                ):
                    break  # 3/4倍 is no list of ratios (111/63/42倍 is: three values;
                    # PE為52/26X is: a valuation multiple is never a fraction)
                if m.group("mag"):
                    # 2百多、3百億元 -> 2百多億; 2千、3千萬 -> 2千萬; 2百多億 has its own
                    whole = parse_number(raw)
                    if whole is None or not enumerated:
                        break
                    scale = _carried_magnitude(raw, parsed.value, whole.value)
                    if parsed.value * scale * 10 <= whole.value:
                        break  # 5百、3百億: no magnitude fits a spoken range
                    scale *= q.value / whole.value  # the unit's own scale (億元 -> TWD)
                elif factor is None:
                    break
                else:
                    scale = factor
                if enumerated and (
                    pos not in (q.num_start, q.start)
                    or parsed.value * scale >= q.value
                    or _SLASH_BEFORE.search(self.scan, max(0, a - 24), a) is not None
                ):
                    break  # 20、30顆 is a spoken range; 1、2、3類 are names of classes
                value = exact_product(parsed.value, scale)
                self._emit_bare(
                    a,
                    b,
                    dataclasses.replace(parsed, value=-value if minus else value),
                    _Unit(m.group("n"), q.unit, q.kind),
                    _rule("slash_list"),
                )
                pos = a

    def _unit_lists(self) -> None:
        """``攻破15700、15800、15900點``, ``分別為 30、35 及 40 元``, ``30 萬、45 萬及 50
        萬張``: bare Arabic items joined to a quantity by 、/及/和 … share its unit (and its
        magnitude, where an item writes none) when the list has three items or more, or a
        list cue (分別, 依序) stands before its first item; a lone pair with no cue is a
        spoken range (``_slash_lists``). Not names of classes (1、2、3類: 1, 2, 3 …), ranks
        after 第, or numbers glued to a Latin name (iPhone 13、14 及 15)."""
        reach = int(self.ctx.unit_lists["reach"])
        taken = _merge((q.start, q.end) for q in self.out)
        by_end = {q.end: q for q in sorted(self.out, key=lambda q: (q.end, q.start))}
        for q in sorted(self.out, key=lambda q: q.num_start):
            head = self._list_head(q)
            if head is None:
                continue
            raw, factor, pos = head
            whole = parse_number(raw)
            if whole is None or whole.value == 0 or factor is None:
                continue
            scale = q.value / whole.value  # the unit's own scale (億元 -> TWD)
            items: list[tuple[int, int, ParsedNumber]] = []
            item = self.rx.unit_list_item
            while (m := item.search(self.scan, max(0, pos - 24), pos)) is not None:
                a, b = m.start("n"), m.end("n")
                parsed = parse_number(m.group("n"))
                i = bisect.bisect_right(taken[0], b - 1) - 1
                if parsed is None or self._skipped(a, b) or (i >= 0 and taken[1][i] > a):
                    break
                if q.num_start - a > reach:
                    break
                # 30 萬、: an item that writes its own magnitude keeps it (parsed already)
                value = exact_product(parsed.value, 1.0 if m.group("mag") else factor, scale)
                items.append((a, b, dataclasses.replace(parsed, value=value)))
                pos = a
            if not items:
                continue
            first = items[-1][0]
            # 分別占比55%、14%、11和9%: earlier items that write the unit themselves belong
            # to the list too (its length and its cue count from the first of them)
            members = len(items)
            while (prev := self._listed_before(first, q.unit, by_end)) is not None:
                members += 1
                first = prev.num_start
            before = self.scan[max(0, first - 2) : first]
            if before.endswith("第") or _LATIN_BEFORE.search(before):
                continue  # 第1、2及3名 are ranks; iPhone 13、14 及 15 names
            cued = self._ends_before(self.rx.unit_list_cue_r, first, 12) is not None
            if members < 2 and not cued:
                continue  # 20、30顆: a spoken range, read by _slash_lists if at all
            numbers = [parse_number(self.scan[a:b]) for a, b, _ in reversed(items)]
            values = [n.value for n in numbers if n is not None] + [whole.value]
            if values == [float(k) for k in range(1, len(values) + 1)]:
                continue  # 1、2、3類: names of classes
            if all(n is not None and _GREGORIAN.fullmatch(n.plain_digits or "") for n in numbers):
                continue  # 2021、2022及2023: years (a list of 60、61 is no list of ROC years)
            for a, b, parsed in items:
                self._emit_bare(
                    a,
                    b,
                    parsed,
                    _Unit(self.scan[a:b], q.unit, q.kind),
                    _rule("unit_list"),
                )

    def _listed_before(
        self, pos: int, unit: str, by_end: dict[int, QuantityMatch]
    ) -> QuantityMatch | None:
        """The quantity in ``unit`` that a list joiner (、, 及, 和 …) alone separates from
        ``pos``, if any (``55%、`` before ``14%``)."""
        joiners = self.ctx.unit_lists["joiners"]
        for end in range(pos - 1, max(-1, pos - 5), -1):
            prev = by_end.get(end)
            if prev is not None:
                gap = self.scan[end:pos].strip(" \t")
                if prev.unit == unit and prev.range_group is None and gap in joiners:
                    return prev
                return None
        return None

    def _spoken_pairs(self) -> None:
        """``兩、三家``, ``五、六倍``, ``三、四成``, ``6、7成``, ``二、三十家``: a digit and 、
        right before a one-digit quantity (or one digit and magnitudes) one larger is a
        spoken range (FORMAT: 約3至4成 is 30 % and 40 %); the first digit takes the second's
        unit. Only two neighbours: 一、二、三類 and 1、3名 are lists of names, and a digit
        after 第 or another digit is none of this."""
        values = _digit_values()
        taken = _merge((q.start, q.end) for q in self.out)
        for q in list(self.out):
            if q.range_group is not None or q.kind not in _SLASH_KINDS | _ENUMERATED_KINDS:
                continue
            a = q.num_start - 2
            if q.unit in self.ctx.spoken_pair_not_units and not self._counted_pair(q, a):
                continue  # 二、三季營收: two quarters, not a count of them
            second = _pair_head(self.scan[q.num_start : q.num_end], values)
            prev = self.folded[a - 1 : a]  # (not the scan view, which masks 一、 heads)
            # 一、兩年: the scan view masks a 一、 head; inside a line it is no heading
            head = self.folded[a : a + 1] if a > 0 and prev not in ("", "\n") else ""
            first_c = self.scan[a : a + 1] if a >= 0 else ""
            first = values.get(first_c, values.get(head)) if a >= 0 else None
            if first is not None and first_c not in values:
                first_c = head
            if second is None or first is None:
                continue
            far = self.ctx.spoken_pair_far.get(first_c)
            nxt = self.scan[q.num_start : q.num_start + 1]
            if first + 1 != second and not (far is not None and far == nxt):
                continue
            if self.folded[a + 1] != "、" or self.scan[q.num_start - 1 : q.num_start] != "、":
                continue
            if prev in values or prev in ("、", "第", ".", ",") or prev.isdigit():
                continue  # 一、二、三類; 第三、四季; 1.5、6
            i = bisect.bisect_right(taken[0], a) - 1
            if self._skipped(a, a + 1) or (i >= 0 and taken[1][i] > a):
                continue
            self._emit_bare(
                a,
                a + 1,
                ParsedNumber(value=exact_product(q.value / second, first)),
                _Unit(first_c, q.unit, q.kind),
                _rule("spoken_pair"),
            )

    def _counted_pair(self, q: QuantityMatch, a: int) -> bool:
        """A position word that counts the noun written right after it (三、四位董事, 兩、三名
        員工) makes a spoken range; before a rank cue (分居三、四位, 排名二、三名) or with no
        noun after it, the pair names positions."""
        spec = self.ctx.spoken_pair_counted
        if q.unit not in spec["units"] or a < 0:
            return False
        nxt = self.scan[q.end : q.end + 1]
        if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in spec["not_nouns"]:
            return False
        before = self.scan[max(0, a - 4) : a]
        return not before.endswith(tuple(spec["rank_cues"]))

    def _link_ranges(self) -> None:
        """Two quantities with one unit joined by 至/~ are a range even when each matched on
        its own (約新臺幣40億元至60億元): share a group, the bounds and the first qualifier."""
        out = self.out
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.range_group is not None or b.range_group is not None or a.unit != b.unit:
                continue
            gap = self.rx.range_gap.fullmatch(self.scan, a.end, b.start)
            if gap is None or _dash_is_sign(self.scan[a.end : b.start]):
                continue  # -$0.56 -$0.76: two signed values side by side
            if (
                a.direction is not None
                and self._level_after_change(a.kind, a.value, b.value)
                and any(w in self.scan[a.end : b.start] for w in ("至", "到"))
            ):
                # 融資餘額減少 12 億元至 2,890 億元, 毛利率下降3.6%至44.7%: a change, then
                # the level reached
                continue
            self.range_count += 1
            lo, hi = min(a.value, b.value), max(a.value, b.value)
            common = {
                "range_group": self.range_count,
                "lower": lo,
                "upper": hi,
                "lower_inclusive": True,
                "upper_inclusive": True,
            }
            out[i] = dataclasses.replace(a, end=b.end, **common)  # type: ignore[arg-type]
            q = a.qualifier if b.qualifier == "eq" else b.qualifier
            out[i + 1] = dataclasses.replace(b, qualifier=q, **common)  # type: ignore[arg-type]


@functools.cache
def _span_length_r(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word of a span of time, then a number or a range of two, ending the window."""
    if not cues:
        return None
    num = r"(?:\d+(?:\.\d+)?|[一二兩三四五六七八九十]{1,3})"
    return re.compile(
        rf"(?:{_alt(cues)})(?:的)?[ \t]*(?P<n1>{num})"
        rf"(?:[ \t]*(?:到|至|~|〜|-|–)[ \t]*(?P<n2>{num}))?[ \t]*$"
    )


_LATIN_UNIT = re.compile(rf"[{_LETTERS}]+(?:/[{_LETTERS}]+)*[²³]?")
# a number written in digits only (53, 1,000, 0.5): 46億度 with a magnitude is an amount
_LABEL_COLON = re.compile(r"[ \t*]*[：:][ \t*]*$")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_PLAIN_DIGITS = re.compile(r"[0-9][0-9.,]*")
_LATIN_NEXT = re.compile(r"[ \t]?[A-Za-z]")
# the rest of a bracket holding only a specification: (500mg/50ml), （182mm）
_BRACKET_REST = re.compile(r"[A-Za-z0-9./µμ \t]{0,12}[)）]")
# the other end of a range of two-digit years around a number (25-26年)
_SHORT_BEFORE = re.compile(r"(?<!\d)(\d{2})[-~～至到]$")
_SHORT_AFTER = re.compile(r"[-~～至到](\d{2})年")
# 過億, 破億: "over one 億" with no digit written (an amount only after a money word)
# a four-digit year and its 年 right before a number (2024年1-52周)
_AFTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}[ \t]*年[ \t]*$")
_LONE_MAGNITUDE = re.compile(r"(?<=[過破上])[億兆](?![\d萬億兆])")
# 一年多, 一個多月: "and some more" after the unit makes a lone 一 a count; not 多 that
# begins a word (一種多頭排列: a bull market; 多媒體, 多角化, 多層, 多維, 多邊, 多極)
_MORE_AFTER = re.compile(
    r"[ \t]{0,2}[\u4e00-\u9fff]{1,2}?[多餘](?![少數元次種樣項家個國方重功能頭媒角層維邊極])"
)


# A whole number written with a leading zero (05, 012): a short year or a code.
_ZERO_PADDED = re.compile(r"0[0-9]+")

# Magnitude characters that stand inside a Chinese number before its last digit (十五,
# 三百五, 兩千五): a digit right after one continues that number.
_INNER_MAGNITUDES = frozenset("十拾百佰千仟")


@functools.cache
def _chinese_digits() -> frozenset[str]:
    """Chinese digits 1-9 (not 兩, which begins a count of its own after a word), and the
    tens written in one character (第卄六條: 六 is inside 卄六)."""
    lex = load_lexicon("numerals")
    digits = {c for c, v in lex["digits"].items() if 1 <= v <= 9 and c != "兩"}
    return frozenset(digits | set(lex["tens_digits"]))


@functools.cache
def _magnitude_chars() -> frozenset[str]:
    lex = load_lexicon("numerals")
    return frozenset(lex["small_magnitudes"]) | frozenset(lex["large_magnitudes"])


def _pair_head(number: str, values: dict[str, int]) -> int | None:
    """The digit a spoken pair's second number is counted by: the number itself (三、四成),
    or its leading digit when only magnitudes follow it (二、三十家, 三、四百萬元, 五、六千人:
    the first digit is scaled by the same magnitudes)."""
    whole = values.get(number)
    if whole is not None or len(number) < 2:
        return whole
    mags = _magnitude_chars()
    if all(c in mags for c in number[1:]):
        return values.get(number[0])
    return None


@functools.cache
def _digit_values() -> dict[str, int]:
    """One-digit numbers, Arabic and Chinese (兩 too), with their values."""
    digits = load_lexicon("numerals")["digits"]
    out = {c: int(v) for c, v in digits.items() if 1 <= v <= 9}
    out.update({str(d): d for d in range(1, 10)})
    return out


_SENTENCE_ENDS = "。！？!?\n"
_GREGORIAN = re.compile(r"(?:19|20)\d\d")
_LATIN_BEFORE = re.compile(r"[A-Za-z][ \t]?$")  # a number glued to a Latin name (iPhone 14)
# The kinds a slash list carries (money, counts, percentages ...; not a ratio 3/1).
_DASHES = frozenset("-−")  # the separators of a range that are also a minus sign
_SLASH_KINDS = frozenset({"money", "count", "percent", "duration", "other"})
# Kinds a 、 list carries though a / list does not (6、7倍; 3/4倍 is a fraction).
_ENUMERATED_KINDS = frozenset({"ratio"})
_ARABIC_HEAD = re.compile(r"\d[\d,]*(?:\.\d+)?")
# a bare Arabic number (with Chinese magnitudes and 多: 2百多億), then / or 、 right
# before the position searched up to
_SIGNS = "-−+"
_SLASH_BEFORE = re.compile(
    r"(?P<s>[-−+])?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?(?P<mag>[十百千萬億兆]*(?<=[十百千萬億兆])[多餘]?[萬億兆]?)?)"
    r"[ \t]?[/、][ \t]?$"
)


def _dash_is_sign(gap: str) -> bool:
    """The text between two numbers is ``<space>-`` (no space after the dash)."""
    g = gap.rstrip("$")
    return len(g) >= 2 and g[-1] in "-–—−" and g[-2] in " \t"


def yuan_currency(folded: str) -> str:
    """The currency plain 元 means in this text: the report's default (TWD) unless the text
    is written about another place (currencies.yaml: yuan_context)."""
    cur = load_lexicon("currencies")
    yc = cur["yuan_context"]
    default = cur["default_yuan"]
    counts = _place_cues(folded, yc)
    home = counts.get(default, 0)
    needed = yc.get("min_cues_alone", yc["min_cues"]) if home == 0 else yc["min_cues"]
    order = list(counts)

    def winner(score: dict[str, float], least: float) -> str | None:
        # most cues wins; a tie goes to the place listed first (cues of the mainland
        # before Hong Kong's: a mainland story names 香港 as often as 中國)
        _, _, iso = max((c, -order.index(i), i) for i, c in score.items() if i != default)
        n = counts[iso]
        return iso if n >= least and n >= yc["ratio"] * home else None

    # A currency's name written on an amount (發行價9.94港元) shows the writer had to name
    # it: such names are taken back from its cues (a mainland story of a Hong Kong listing
    # quotes prices in 港元 and profits in plain 元 = CNY). That may only hand the text to
    # another place that holds enough cues of its own, never to the default: a Hong Kong
    # story with few other cues keeps HKD.
    ranked = dict(counts)
    for iso, names in yc.get("named_on_amount", {}).items():
        alt = "|".join(re.escape(w) for w in names)
        # (18億港元, 37.3億元人民幣, 人民幣 5億元: after the number, after its 元, or before it)
        named = re.findall(rf"\d[十百千萬億兆]*元?[ \t]*(?:{alt})|(?:{alt})[ \t]*\d", folded)
        ranked[iso] = ranked.get(iso, 0) - len(named)
    # (the place the names hand the text to holds min_cues of its own, alone or not: a
    # results story that names 人民幣 on each amount and 港股 twice is no Hong Kong text)
    least = max(needed, yc["min_cues"])
    return winner(ranked, least) or winner(counts, needed) or str(default)


_CLAUSE_MARKS = "，。、；,;！？!?\n"


@functools.cache
def _change_level_percent_ratio() -> float | None:
    """How many times the first percentage the second must be to be a level, not a range's
    end, after a change word (qualifiers.yaml: change_level_percent_ratio)."""
    ratio = load_lexicon("qualifiers").get("change_level_percent_ratio")
    return float(ratio) if ratio is not None else None


@functools.cache
def _quoted_names() -> tuple[str, str, int, frozenset[str]] | None:
    """The quotation marks that open and close a quoted name, how far before its number
    the opening one may stand, and the measure words such a name ends in
    (quantity_context.yaml: quoted_names)."""
    spec = load_lexicon("quantity_context").get("quoted_names")
    if not spec:
        return None
    opens, closes = "".join(spec["open"]), "".join(spec["close"])
    return opens, closes, int(spec["window"]), frozenset(spec["units"])


@functools.cache
def _listed_share_spec() -> tuple[re.Pattern[str], int, int, int] | None:
    """The words of a share's price or earnings, how far before the number (in its clause)
    one may stand, how far back the company may be named, and how common a word a
    two-character name's edge makes with its neighbour when the name is read inside it
    (currencies.yaml: listed_share_amount)."""
    spec = load_lexicon("currencies").get("listed_share_amount")
    if not spec:
        return None
    return (
        re.compile(_alt(spec["cues"])),
        int(spec["window"]),
        int(spec["reach"]),
        int(spec["glued_word_freq"]),
    )


@functools.cache
def _colloquial_yuan_spec() -> tuple[frozenset[str], re.Pattern[str], int, int] | None:
    """The measure words said for 元, the words of a share's earnings or price that make
    them money, and how far before the number and after the word such a word may stand
    (currencies.yaml: colloquial_yuan)."""
    spec = load_lexicon("currencies").get("colloquial_yuan")
    if not spec:
        return None
    return (
        frozenset(spec["surfaces"]),
        re.compile(_alt(spec["cues"])),
        int(spec["window"]),
        int(spec["after"]),
    )


def _latin_cut(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` begins or ends a Latin word inside a longer one (ASE in PHASE)."""

    def letter(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()

    return (letter(a) and letter(a - 1)) or (letter(b - 1) and letter(b))


@functools.cache
def _listed_name_index() -> tuple[dict[str, bool], tuple[int, ...]]:
    """The names (lower-cased) of the companies listed at home (a stock code of TWSE or
    TPEx) and of the companies at home in the places whose money a text may be read in
    (currencies.yaml listed_share_amount.away_countries: the organization lexicons'
    country), each True for a company listed at home; and their lengths, longest first.
    Names that are everyday words (context names), one-character names and two-letter
    Latin ones are left out; a name both sides hold counts as neither."""
    from pipeline.extract.entities.lexicon import Lexicons

    spec = load_lexicon("currencies").get("listed_share_amount") or {}
    away = frozenset(spec.get("away_countries", ()))
    owner: dict[str, bool] = {}
    clash: set[str] = set()
    for e in Lexicons.load().organizations:
        if e.stock_code and e.country == "TW":
            at_home = True
        elif e.country in away:
            at_home = False
        else:
            continue
        for n in e.names:
            if len(n) < 2 or n in e.context_names or (n.isascii() and len(n) < 3):
                continue
            k = n.lower()
            if owner.get(k, at_home) != at_home:
                clash.add(k)
            owner[k] = at_home
    for k in clash:
        del owner[k]
    return owner, tuple(sorted({len(k) for k in owner}, reverse=True))


@functools.cache
def _bare_price_r() -> re.Pattern[str] | None:
    """A target-price word, at most one link word, a number or a range with no unit, then
    the end of the clause (currencies.yaml: bare_price)."""
    spec = load_lexicon("currencies").get("bare_price")
    if not spec:
        return None
    num = r"\d[\d,]*(?:\.\d+)?"
    return re.compile(
        rf"(?:{_alt(spec['cues'])})[ \t]*(?:(?:{_alt(spec['links'])})[ \t]*)?"
        rf"(?P<n>{num})(?:[ \t]*(?:{_alt(spec['range_marks'])})[ \t]*(?P<n2>{num}))?"
        rf"(?=[ \t]*(?:[{re.escape(''.join(spec['then']))}]|$))",
        re.MULTILINE,
    )


@functools.cache
def _price_from_r() -> re.Pattern[str] | None:
    """A price word, a number with no unit, then a floor word (currencies.yaml: price_from)."""
    spec = load_lexicon("currencies").get("price_from")
    if not spec:
        return None
    return re.compile(
        rf"(?:{_alt(spec['cues'])})[ \t]*(?P<n>\d[\d,]*(?:\.\d+)?)[ \t]*(?:{_alt(spec['then'])})"
    )


@functools.cache
def _cue_index() -> tuple[re.Pattern[str], dict[str, tuple[str, float]]]:
    """One alternation of every place's cue words and of the words that hold a cue but are
    none (yuan_context.not_cues: 節省, 省錢), longest first, so a cue is counted once, as
    the longest word it stands in (新臺幣 is one cue, not 新臺幣 and 臺幣), and not where
    it is only a piece of another word; each cue with its place and its weight."""
    yc = load_lexicon("currencies")["yuan_context"]
    weights = yc.get("weights", {})
    owner: dict[str, tuple[str, float]] = {}
    for iso, words in sorted(yc["cues"].items()):
        for w in words:
            owner[w] = (iso, float(weights.get(w, 1)))
    rx = re.compile(_alt([*owner, *yc.get("not_cues", ())]))
    return rx, owner


def _place_cues(text: str, yc: dict[str, Any], weighted: bool = True) -> dict[str, float]:
    """How many cue words (by weight, when ``weighted``) and patterns of each place
    ``text`` holds (yuan_context). Weights are for a whole text, where a weak word recurs
    in any place's writing; a single line's cues count whole (港股…恒指 in one line)."""
    rx, owner = _cue_index()
    counts: dict[str, float] = {iso: 0.0 for iso in yc["cues"]}
    for m in rx.finditer(text):
        hit = owner.get(m.group())
        if hit is not None:
            counts[hit[0]] += hit[1] if weighted else 1.0
    for iso, patterns in yc.get("patterns", {}).items():
        counts[iso] = counts.get(iso, 0) + sum(len(re.findall(p, text)) for p in patterns)
    return counts


def _story_currencies(folded: str, text_iso: str) -> tuple[list[int], list[int], list[str]]:
    """Paragraph lines whose plain 元 is not the text's (currencies.yaml: story_currency).

    A digest or a news feed strings stories of several places together: in a text read as
    written about another place than the report's own, a line that holds cues of a third
    place and none of the text's is that place's story (港股…成交額1770億元 in a feed read
    as the mainland's: HKD). In such a text, a line that names its 元 once on an amount
    (盈利236.6億元人民幣…經調整盈利272.3億元) writes its later plain 元 in that money; a
    text of the report's own place names the currency on each amount that is not its own."""
    cur = load_lexicon("currencies")
    sc = cur.get("story_currency")
    if not sc:
        return [], [], []
    yc = cur["yuan_context"]
    default = str(cur["default_yuan"])
    # (15.62分人民幣: a fraction of the 元 names its money as well)
    coins = _alt([*cur["yuan"], *cur["yuan_fractions"]["scale"]])
    named = [
        (
            re.compile(
                rf"\d[ \t]*[萬億兆]?[ \t]*(?:{coins})[ \t]*(?:{_alt(words)})"
                rf"|(?:{_alt(words)})[ \t]*\d"
            ),
            iso,
        )
        for iso, words in sorted(sc.get("named", {}).items())
    ]
    starts: list[int] = []
    ends: list[int] = []
    isos: list[str] = []
    pos = 0
    for line in folded.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if text_iso != default:
            counts = _place_cues(line, yc, weighted=False)
            others = sorted(
                (c, iso) for iso, c in counts.items() if iso not in (default, text_iso) and c
            )
            if (
                counts.get(text_iso, 0) == 0
                and others
                and others[-1][0] >= int(sc["min_cues"])
                and (len(others) == 1 or others[-2][0] < others[-1][0])
            ):
                starts.append(a)
                ends.append(b)
                isos.append(others[-1][1])
        for rx, iso in named:
            m = rx.search(line)
            if m is None or iso == text_iso or text_iso == default:
                continue  # (a Taiwanese text names 人民幣 on each amount that is)
            if starts and starts[-1] == a:
                starts.pop(), ends.pop(), isos.pop()
            starts.append(a + m.end())
            ends.append(b)
            isos.append(str(iso))
            break
    return starts, ends, isos


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def english_dollar(folded: str) -> str | None:
    """The money a text written in English means by its bare ``$`` (currencies.yaml
    english_dollar): the one its unit lines name (``Unit: NT$ Mn``), else, when it names
    the report's own money nowhere (a US company's deck), English writing's dollar; None
    for a Chinese text or an English one naming NT$ (its ``$`` the report's own money)."""
    cur = load_lexicon("currencies")
    spec = cur.get("english_dollar")
    if not spec:
        return None
    han = len(_HAN.findall(folded))
    letters = han + len(_LATIN_LETTER.findall(folded))
    if not letters or han > spec["max_han_share"] * letters:
        return None
    named = _unit_line_monies(folded)
    if named:
        return _sole_money(named)  # None for two monies or a dollar of another place
    if any(mark in folded for mark in spec["own_money_marks"]):
        return None
    latin: str | None = cur.get("bare_dollar_latin_magnitude")
    return latin


def _unit_line_monies(folded: str) -> set[str]:
    """The monies the text's dollar unit lines name (``Unit: NT$ Mn`` → TWD), "" for a
    dollar of a place currencies.yaml does not map (``(HKD$B)``)."""
    rx, monies = _dollar_unit_lines()
    if rx is None:
        return set()
    return {monies.get(m.group("cur"), "") for m in rx.finditer(folded)}


def _sole_money(named: set[str]) -> str | None:
    """The one money ``named`` holds, or None for none, two, or an unmapped dollar."""
    return next(iter(named)) if len(named) == 1 and "" not in named else None


@functools.cache
def _dollar_unit_lines() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """currencies.yaml dollar_unit_lines, compiled once."""
    spec = load_lexicon("currencies").get("dollar_unit_lines")
    if not spec:
        return None, {}
    return re.compile(spec["pattern"], re.M), dict(spec["monies"])


def _declared_currencies(folded: str) -> tuple[list[int], list[int], list[str]]:
    """``以美元計算，…``: spans (from the declaration to the end of its paragraph line)
    where a plain 元 and a bare 億 are in the declared currency (currencies.yaml:
    passage_currency). A bracket that names a currency for "the same below"
    (``逾14.5億元（澳門元、下同）``) declares it from its own line to the end of the text."""
    cur = load_lexicon("currencies")
    pc = cur["passage_currency"]
    rx = re.compile(
        rf"(?:{_alt(pc['before'])})[ \t]*(?P<w>{_alt(cur['suffixes'])})[ \t]*"
        rf"(?:{_alt(pc['after'])})(?=[ \t]*[{re.escape(''.join(pc['then']))}])"
    )
    below = re.compile(
        rf"[(（][ \t]*(?P<w>{_alt(cur['suffixes'])})[ \t]*[、，,;；]?[ \t]*"
        rf"(?:{_alt(pc['same_below'])})[ \t]*[)）]"
    )
    spans: list[tuple[int, int, str]] = []
    for m in rx.finditer(folded):
        nl = folded.find("\n", m.end())
        spans.append((m.start(), nl if nl >= 0 else len(folded), cur["suffixes"][m.group("w")]))
    for m in below.finditer(folded):
        line = folded.rfind("\n", 0, m.start()) + 1
        spans.append((line, len(folded), cur["suffixes"][m.group("w")]))
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    isos: list[str] = []
    for a, b, iso in spans:
        if starts and a < ends[-1]:
            ends[-1] = a  # a later declaration takes over
        starts.append(a)
        ends.append(b)
        isos.append(str(iso))
    return starts, ends, isos


def cuts_number(folded: str, a: int, b: int) -> bool:
    """``folded[a:b]`` starts or ends inside a number (a digit, or a decimal point or
    thousands comma between digits, on the other side of the boundary)."""

    def digit(i: int) -> bool:
        return 0 <= i < len(folded) and folded[i].isdigit()

    if (
        a > 0
        and digit(a)
        and (
            digit(a - 1)
            or (folded[a - 1] in ".," and digit(a - 2) and not clause_comma(folded, a - 1))
        )
    ):
        return True
    first = folded[a : a + 1]
    if first in ("-", "+", "−") and (digit(a - 1) or (a > 0 and folded[a - 1] in ".,")):
        return True
    return (
        b < len(folded)
        and digit(b - 1)
        and (
            digit(b)
            or (folded[b] in ".," and digit(b + 1) and not clause_comma(folded, b))
        )
    )


def clause_comma(folded: str, i: int) -> bool:
    """The ASCII comma at ``i`` ends a clause, not a thousands group: the digits before it
    cannot head one (four or more of them, or a decimal's: 天璣1200,3家外資, 3.5,2家)."""
    if folded[i : i + 1] != ",":
        return False
    j = i
    while j > 0 and folded[j - 1].isdigit():
        j -= 1
    return i - j >= 4 or (i - j >= 1 and j > 0 and folded[j - 1] == ".")


def _carried_magnitude(raw2: str, v1: float, v2: float) -> float:
    """Largest trailing magnitude of the second number that keeps ``v1 * m <= v2``."""
    tail = len(raw2)
    while tail > 0 and magnitude_value(raw2[tail - 1 :]) is not None:
        tail -= 1
    for i in range(tail, len(raw2)):
        mag = magnitude_value(raw2[i:])
        if mag is not None and v1 * mag <= v2:
            return mag
    return 1.0


# Organization lexicons whose names may begin with a digit (36氪, 85度C, 21世紀經濟報導).
_NAME_LEXICONS = ("agencies", "institutions", "companies", "global_companies")


@functools.cache
def _digit_names() -> re.Pattern[str] | None:
    """The organization names of the lexicons that begin with a digit, as one pattern.

    Such a name reads as a number and a unit (36氪 as 36 of a 氪, 85度C as 85 度), but
    the analyst listed it as a name: its digits count nothing. A digit, a Latin letter or
    a dot right before it makes it part of a longer token (136氪), and is no match.
    """
    names: set[str] = set()
    for lexicon in _NAME_LEXICONS:
        for entry in load_lexicon(lexicon) or []:
            forms = (
                [entry] if isinstance(entry, str) else [entry["name"], *entry.get("aliases", [])]
            )
            names.update(f for f in forms if isinstance(f, str) and f[:1].isdigit())
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![0-9A-Za-z.])(?:{alt})", re.IGNORECASE)


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the digit-led lexicon names in ``text`` (see ``_digit_names``)."""
    rx = _digit_names()
    return [] if rx is None else [m.span() for m in rx.finditer(text)]


def find_quantities(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[QuantityMatch]:
    """Every quantity in ``text``, in order; ``skip`` holds spans (dates, tables) to leave alone."""
    return _Finder(text, skip).run()


# --------------------------------------------------------------------------- extract


Tok = tuple[str, int, int]  # (folded text, start, end) with offsets into the document


@functools.cache
def _word_freq() -> Any:
    from pipeline.segment import get_segmenter

    return get_segmenter().freq


def _tokens(layer: TokenLayer, scan: str, lo: int, hi: int) -> list[Tok]:
    """Words of ``scan[lo:hi]`` from the document's token layer; a multi-character word
    the dictionary does not know (jieba's HMM guesses such as 中使, 底前, 年將) is split
    into characters, so a function word glued to a neighbour still ends a phrase."""
    if hi <= lo:
        return []
    freq = _word_freq()
    out: list[Tok] = []
    for s, e in layer.window(scan, lo, hi):
        w = scan[s:e]
        if e - s > 1 and not freq(w) and not w.isascii():
            out.extend((scan[i], i, i + 1) for i in range(s, e))
        else:
            out.append((w, s, e))
    return out


@dataclass(frozen=True)
class _SubjectWords:
    trailing: frozenset[str]
    cuts: frozenset[str]
    share: tuple[str, ...]
    right_stops: frozenset[str]
    right_verbs: frozenset[str]
    right_trailing: frozenset[str]
    breaks: frozenset[str]


@functools.cache
def _subject_words() -> _SubjectWords:
    ctx = _context()
    ql = load_lexicon("qualifiers")
    subj = ctx.subject
    quals = set(ctx.qualifiers) | set(ql["neutral"])
    dirs = set(ql["directions"]["increase"]) | set(ql["directions"]["decrease"])
    return _SubjectWords(
        trailing=frozenset(subj["left_trailing"]) | quals | dirs,
        cuts=frozenset(subj["left_cuts"]) | quals | dirs,
        share=tuple(subj["share_verbs"]),
        right_stops=frozenset(subj["right_stops"]),
        right_verbs=frozenset(subj["right_verbs"]),
        right_trailing=frozenset(subj["right_trailing"]),
        breaks=frozenset(subj["break_chars"]) | ctx.delimiters,
    )


def _is_break(tok: str) -> bool:
    """Spaces, delimiters and numbers end a phrase (…新北市 33件: not 65件、新北市)."""
    breaks = _subject_words().breaks
    if tok.isspace() or any(ch.isdigit() or ch in breaks for ch in tok):
        return True
    p = parse_number(tok)
    return p is not None and not p.formal


def _subject_left(
    layer: TokenLayer, scan: str, start: int, lo: int, ctx: _Context
) -> tuple[int, int] | None:
    """Noun phrase written before the number: 廠商家數超過 2,550家 -> 廠商家數."""
    words = _subject_words()
    toks = _tokens(layer, scan, lo, start)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i][0].endswith(words.share):
            # 實體腫瘤臨床試驗件數約占腫瘤治療中之 45%: the share is of what stands before 占.
            toks = toks[:i]
            break
    else:
        last = [t for t in toks if not t[0].isspace()]
        if last and last[-1][0] in ("的", "之"):
            return None  # …的五成: what precedes 的 is the whole, not what is measured
    while toks and (toks[-1][0].isspace() or toks[-1][0] in words.trailing):
        toks.pop()
    i = len(toks)
    while i > 0 and toks[i - 1][0] not in words.cuts and not _is_break(toks[i - 1][0]):
        i -= 1
    if i == len(toks):
        return None
    return toks[i][1], toks[-1][2]


def _subject_right(
    layer: TokenLayer, scan: str, end: int, hi: int, ctx: _Context
) -> tuple[int, int] | None:
    """Noun phrase a measure word classifies: 9項全新上市的細胞及基因產品於 -> 細胞及基因產品."""
    words = _subject_words()
    phrase: list[Tok] = []
    for t in _tokens(layer, scan, end, hi):
        if t[0] in words.right_stops or _is_break(t[0]):
            break
        phrase.append(t)
    for i in range(len(phrase) - 1, -1, -1):
        if phrase[i][0] == "的":
            phrase = phrase[i + 1 :]
            break
    for i, t in enumerate(phrase):
        if t[0] in words.right_verbs:
            phrase = phrase[:i]
            break
    while phrase and phrase[-1][0] in words.right_trailing:
        phrase.pop()
    if not phrase:
        return None
    return phrase[0][1], phrase[-1][2]


def _good_subject(s: str, ctx: _Context) -> bool:
    subj = ctx.subject
    if not subj["min_chars"] <= len(s) <= subj["max_chars"]:
        return False
    if any(ch.isdigit() for ch in s):
        return False
    return s[-1] in subj["head_chars"] or (s[-1].isascii() and s[-1].isalpha())


def _date_index(dates: Sequence[DateFact]) -> tuple[list[int], list[DateFact]]:
    usable = sorted((d for d in dates if d.iso), key=lambda d: d.span.start)
    return [d.span.end for d in usable], usable


def _published_year(doc: Document) -> int | None:
    p = doc.metadata.published
    return int(p[:4]) if p and p[:4].isdigit() else None


def _history_year(doc: Document, dates: Sequence[DateFact]) -> int | None:
    """The year that parts history from outlook: the text's date, else the year the text
    states as its own (今(2014)年, 去(2017)年 resolve its 今年/去年); a year it only
    guesses (the latest it writes) parts nothing."""
    year = _published_year(doc)
    if year is None:
        for d in dates:
            if d.anchor_source == "text_year" and d.anchor_evidence == "stated" and d.anchor:
                return int(d.anchor[:4]) if d.anchor[:4].isdigit() else None
    return year


# How far back before a bare year a model's name and number may start (MatePad 11.5 2024).
_EDITION_WINDOW = 40
# How far back before a number its sensitivity shock (當新台幣升值5%時) may stand.
_SHOCK_WINDOW = 150


def _period_closed(
    by_id: Mapping[str, DateFact],
    by_period: Mapping[str, Sequence[DateFact]],
    date_id: str,
    published: str | None,
) -> bool:
    """Whether the period a date names (its whole span when it opens or closes one) ended
    before the text's own date: 113年第一季 or 一月一日至三月三十一日 in a report of May 2024.

    ``by_period``: the dates of each period, in the order of ``by_id`` (``_dates_by_period``),
    read instead of a walk over every date of the document for each number."""
    d = by_id.get(date_id)
    if d is None or not published or len(published) < 7:
        return False
    ends = (by_period.get(d.period_id, ()) if d.period_id else ()) or [d]
    return all((end := _period_end(x)) is not None and end < published for x in ends)


def _whole_year_after(
    scan: str, rx: _Regexes, d: DateFact | None, s_lo: int, end: int
) -> bool:
    """Whether the number's sentence writes 全年 after the closed month or quarter its figure
    continues (10月外銷訂單693.7億美元，全年可望破7,000億美元): the whole running year, not over."""
    lo = s_lo if d is None or not s_lo <= d.span.end <= end else d.span.end
    return rx.whole_year_after_closed.search(scan, lo, end) is not None


def _later_year(
    scan: str,
    rx: _Regexes,
    d: DateFact,
    pub_year: int | None,
    doc_year: Callable[[], int | None],
    clause: tuple[int, int],
    sentence: int,
) -> bool:
    """Whether ``d``, the year a number's own sentence writes for it, is one the text has not
    reached (quantity_context.yaml later_year): past the text's known year, not a fiscal
    label, with no year up to the text's own in the number's clause; in a text whose year is
    not known, only a year a horizon word leads (到2030年), past the year the text establishes."""
    year = int((d.iso or "0")[:4]) if (d.iso or "")[:4].isdigit() else 0
    if str(year) not in d.text:
        return False  # (9月開始 resolved into a later year: only a year the text writes)
    if d.precision == "day":
        # a whole day is an event's date — a standard's effective day (2027年1月1日 生效), a
        # meeting, a maturity — not the period a figure is of: its figures keep their own cues
        return False
    lo, hi = clause
    fiscal_lo = max(0, min(d.span.start, sentence) - 4)
    if rx.later_fiscal.search(scan, fiscal_lo, max(hi, d.span.end + 6)):
        # 2025Q2財季(截至9月的自然季度)收入為2365億元, FY2Q26: a fiscal period runs ahead of the
        # calendar (a month it glosses takes the fiscal year too)
        return False
    if pub_year is not None:
        return year > pub_year and not any(
            int(m.group()) <= pub_year
            for m in rx.later_past_year.finditer(scan, lo, hi)
            if not d.span.start <= m.start() < d.span.end
        )
    ahead = doc_year()
    return (
        ahead is not None
        and year > ahead
        and rx.later_horizon.search(scan, max(0, d.span.start - 4), d.span.start) is not None
    )


def _telling_day(scan: str, rx: _Regexes, d: DateFact | None) -> bool:
    """Whether ``d`` is a day a verb of telling follows (路透17日報導，GMI Cloud計畫…斥資5億美元,
    Google 14日宣布): the day the plan was told, not the period its figures are of, so its
    having passed closes no outlook (flags60)."""
    return (
        d is not None
        and d.precision == "day"
        and rx.telling_day.match(scan, d.span.end) is not None
    )


def _opens_after(d: DateFact | None, published: str | None) -> bool:
    """Whether the month or day ``d`` names, in the text's own year, starts after the month
    of the text's date (11月 in a report of September), or, a day, after the text's own day
    in its month; not a whole year, nor a later year
    (whose figures other rules judge), nor a text whose date is known only by its year."""
    return (
        d is not None
        and bool(d.iso)
        and d.precision in ("month", "day")
        and published is not None
        and len(published) >= 7
        and len(d.iso or "") >= 7
        and (d.iso or "")[:4] == published[:4]
        and (
            (d.iso or "")[:7] > published[:7]
            # (links56: 自2月13日至17日對外競價拍賣1109張 in a text of 2月11日: a day of the
            # text's own month still to come)
            # (not one the text calls today, 今(10)日, under a dateline of the night before:
            # quantity_context.yaml present_day_heads)
            or (
                d.precision == "day"
                and d.text[:1] not in _present_day_heads()
                and len(published) >= 10
                and (d.iso or "")[:7] == published[:7]
                and (d.iso or "")[:10] > published[:10]
            )
        )
    )


def _dates_by_period(dates: Iterable[DateFact]) -> dict[str, list[DateFact]]:
    """The dates of each period (its start and end), in the order given."""
    out: dict[str, list[DateFact]] = {}
    for d in dates:
        if d.period_id:
            out.setdefault(d.period_id, []).append(d)
    return out


def _period_end(d: DateFact) -> str | None:
    """The last day (ISO, day 31 for any month: only compared) of the period a date names."""
    if not d.iso or not d.iso[:4].isdigit():
        return None
    if d.precision == "day" and len(d.iso) >= 10:
        return d.iso[:10]
    if d.precision == "month" and len(d.iso) >= 7:
        return f"{d.iso[:7]}-31"
    key = f"q{d.quarter}" if d.quarter else f"h{d.half}" if d.half else None
    month = _period_months()[key][1] if key else 12
    return f"{d.iso[:4]}-{month:02d}-31"


def _period_months() -> dict[str, tuple[int, int]]:
    """First and last month of each quarter and half: the dates stage's reader of the table."""
    from pipeline.extract.dates import period_months

    return period_months()


def _published_month(doc: Document) -> int:
    """The month of the text's date; 13 (later than any) when it is unknown."""
    p = doc.metadata.published
    return int(p[5:7]) if p and p[5:7].isdigit() else 13


def _document_year(doc: Document, dates: Sequence[DateFact]) -> int | None:
    """The year the document is written in: its date, else the year its text establishes."""
    try:
        from pipeline.extract.dates import document_year
    except ImportError:  # pragma: no cover - the dates stage ships with the package
        return _published_year(doc)
    return document_year(doc, dates)


def _year_end_reported(doc: Document, dates: Sequence[DateFact], year: int | None) -> bool:
    """Whether ``doc``, written in ``year``, reports the year before complete (the dates
    stage's test: a whole year's or a December's figures reported, nothing estimated)."""
    if year is None:
        return False
    try:
        from pipeline.extract.dates import year_end_reported
    except ImportError:  # pragma: no cover - the dates stage ships with the package
        return False
    spans = [(d.span.start, d.span.end, d.iso, d.precision) for d in dates]
    return year_end_reported(doc.text, spans, year)


def _dates_for(doc: Document) -> list[DateFact]:
    """Date facts when the caller has none: the dates stage is the one source of truth."""
    try:
        from pipeline.extract.dates import extract_dates
    except ImportError:  # pragma: no cover - the dates stage ships with the package
        return []
    return extract_dates(doc)[0]


def _told_periods(dates: Sequence[DateFact]) -> list[DateFact]:
    """The dates a number can take its period from: not a part of a year the dates stage
    left open (a bare 第三季 in a text whose year it cannot fix), which is listed as a date
    but frames no year, and whose 下半年/明年… sense would flip a forecast flag; nor a model
    year (2021 款的漢 EV 降價2萬元: the cut is not of 2021)."""
    try:
        from pipeline.extract.dates import frames_no_period
    except ImportError:  # pragma: no cover - the dates stage ships with the package
        return list(dates)
    return [d for d in dates if not frames_no_period(d)]


def _subject(
    layer: TokenLayer, scan: str, q: QuantityMatch, lo: int, hi: int, ctx: _Context
) -> str:
    """Right phrase for a measure word that classifies a noun, else the left phrase; or ''."""
    text = layer.text
    spans = []
    if q.kind == "count" and q.range_group is None:
        spans.append(_subject_right(layer, scan, q.end, hi, ctx))
    spans.append(_subject_left(layer, scan, q.start, lo, ctx))
    for span in spans:
        if span is not None:
            cand = text[span[0] : span[1]].strip()
            if _good_subject(cand, ctx):
                return cand
    return ""


def _visible(text: str) -> int:
    """Characters that are not spaces (the scan view has folded U+3000 to a space)."""
    return len(text) - text.count(" ") - text.count("\t") - text.count("\n")


def _drop_table_like(
    doc: Document,
    matches: list[QuantityMatch],
    scan: str,
    ctx: _Context,
    charted: Sequence[ChartLabel] = (),
) -> list[QuantityMatch]:
    """Drop the numbers of blocks that are mostly numbers: table rows and chart labels that
    structure left as paragraphs (``0% 20% 40%``) are not running text. A chart's change
    figure paired with its series word by the glyph boxes (``charted``) is kept."""
    rule = ctx.table_like
    per_block: dict[int, list[QuantityMatch]] = {}
    for q in matches:
        b = doc.block_at(q.num_start)
        if b is not None:
            per_block.setdefault(b, []).append(q)
    dropped: set[int] = set()
    for b, qs in per_block.items():
        if len(qs) < rule["min_quantities"]:
            continue
        block = doc.blocks[b]
        if any(c in scan[block.start : block.end] for c in "，。；、"):
            continue  # 營收約5億元、逾300人、近四成。: an enumeration in prose is no table
        if len({q.unit for q in qs}) >= rule.get("prose_min_units", len(qs) + 1):
            continue  # a headline of feet, money, years and percent is no row of cells
        text_chars = _visible(scan[block.start : block.end])
        starts, ends = _merge((q.start, q.end) for q in qs)  # range members overlap
        matched = sum(_visible(scan[a:b]) for a, b in zip(starts, ends, strict=True))
        if text_chars - matched <= rule["max_other_chars_per_quantity"] * len(qs):
            dropped.update(id(q) for q in qs)
    # a document's title is a headline, never a row of cells (滬綜指收升0.4% 3300得而復失:
    # the glued-row split read "3300得" as the start of another row)
    titles = [(b.start, b.end) for b in doc.blocks if b.kind == "title"]
    lines = [q for q in matches if not any(a <= q.num_start < e for a, e in titles)]
    dropped |= _table_like_lines(lines, scan, rule)
    dropped |= {id(q) for q in matches if _dollar_column(scan, q)}
    if charted and dropped:
        starts = [c.start for c in charted]
        for q in matches:
            k = bisect.bisect_right(starts, q.num_start) - 1
            if k >= 0 and q.num_start < charted[k].end:
                dropped.discard(id(q))
    return [q for q in matches if id(q) not in dropped] if dropped else matches


_CELL = re.compile(r"[(（]?[-+−]?\$?\d[\d,]*(?:\.\d+)?%?[)）]?")


def _table_like_lines(
    matches: Sequence[QuantityMatch], scan: str, rule: dict[str, int]
) -> set[int]:
    """A line of a paragraph that is a table row or chart labels (``營業毛利率 62.3% 59.0%
    +2.8 ppts``, ``淨利 106,118 107,141 (1.0%)``, ``8.8% 12.3%``): numbers with a short
    label and no clause punctuation, every quantity on it a bare cell (no CJK unit, no
    qualifier word, no range), so prose such as ``營收 5億元 成長 3%`` is never one."""
    per_line: dict[int, list[QuantityMatch]] = {}
    for q in matches:
        per_line.setdefault(scan.rfind("\n", 0, q.num_start) + 1, []).append(q)
    for line_start, line_qs in list(per_line.items()):
        end = scan.find("\n", line_start)
        rows = _glued_rows(scan, line_start, len(scan) if end < 0 else end)
        if len(rows) > 1:  # one entry per row the text layer glued into this line
            del per_line[line_start]
            for q in line_qs:
                row = max(r for r in rows if r <= q.num_start)
                per_line.setdefault(row, []).append(q)
    dropped: set[int] = set()
    for start, qs in per_line.items():
        end = _row_end(scan, start)
        line = scan[start:end]
        if any(c in line for c in "，。；"):
            continue  # prose has clause punctuation; a table row does not
        if _english_words(line) >= rule["prose_min_english_words"]:
            continue  # revenue totaled NT$320Bn in 4Q2025 and increased by 24% QoQ: a sentence
        # the label runs to the last CJK character (4000 營業收入 四及六.16 $ 24,427,885
        # 100.00); after it only cells, brackets and Latin tags (YoY, ppts, Non-TIFRS)
        cut = _label_end(line)
        # a measure in the label's bracketed unit note (晶圓出貨量 (千片十二吋約當晶圓) 3,961
        # 4,085 -3.0%) names the row's unit: it is no cell and does not make the row prose
        qs = [q for q in qs if not _in_unit_note(line, q.start - start, q.end - start, cut)]
        if not qs or any(q.range_group is not None or _has_cjk(scan[q.start : q.end]) for q in qs):
            continue
        cells = _CELL.findall(line[cut:])
        if (
            (
                len(cells) >= rule["line_min_numbers"]
                # a chart's lone data label (``YoY 5.7% YoY``, ``合併營業毛利率 49.6%``,
                # ``17.3%``) among its axis ticks and label rows (``8.8% 12.3%``, ``20% 20%``)
                or (len(cells) == 1 and not _list_item(line) and _beside_row(scan, start, rule))
            )
            and _visible(line[:cut]) <= rule["line_max_label_chars"]
            and all(q.num_start - start >= cut for q in qs)
        ):
            dropped.update(id(q) for q in qs)
    return dropped


def _in_tick(pos: int, ticks: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether ``pos`` lies inside one of the sorted ``ticks`` spans."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and ticks[i][0] <= pos < ticks[i][1]


def _english_words(line: str) -> int:
    """How many lower-case English words ``line`` writes (``and``, ``by``, ``revenue``): a
    table row's or a chart's labels are a few capitalised names (``Net Income Attributable
    to the Parent``), an English sentence on a slide is mostly such words."""
    return sum(
        1
        for t in line.split()
        if (w := t.strip(",.;:()")).isascii() and w.isalpha() and w[:1].islower()
    )


def _in_unit_note(line: str, a: int, b: int, cut: int) -> bool:
    """Whether ``line[a:b]`` sits in brackets inside a row's label (before ``cut``)."""
    if b > cut:
        return False
    opened = max(line.rfind("(", 0, a), line.rfind("（", 0, a))
    closed = max(line.rfind(")", 0, a), line.rfind("）", 0, a))
    closes = [i for i in (line.find(")", b), line.find("）", b)) if 0 <= i < cut + 1]
    return opened > closed and bool(closes)


def _label_end(line: str) -> int:
    """Where a row's label ends: after its last CJK character (Latin tags and cells after)."""
    return max((i + 1 for i, c in enumerate(line) if _has_cjk(c)), default=0)


def _cells_line(line: str, rule: dict[str, int]) -> bool:
    """A line of bare cells and nothing else but Latin tags (``8.8% 12.3%``, ``-2.4pts
    -2.1pts``, ``20% 20%``): a chart's data labels or axis ticks, a table's values."""
    tokens = line.split()
    cells = sum(1 for t in tokens if _CELL_TOKEN.fullmatch(t))
    return cells >= rule["line_min_numbers"] and all(
        _CELL_TOKEN.fullmatch(t) or (t.isascii() and t.isalpha()) for t in tokens
    )


# one cell as a word of its own, a Latin tag glued after it (-2.4pts, 3x); never a date
# (113.3.31) or a code glued to words
_CELL_TOKEN = re.compile(rf"{_CELL.pattern}[A-Za-z]{{0,4}}")


def _list_item(line: str) -> bool:
    """A line holding a bullet (``5 ➢ 股利配發率 104.2%``): a point made in words."""
    return any(unicodedata.category(c) == "So" or c in "•‧·" for c in line)


def _beside_row(scan: str, start: int, rule: dict[str, int]) -> bool:
    """Whether the line before or after the one at ``start`` is a line of bare cells (or a
    lone cell of its own: an axis's ticks one a line): a lone cell next to one is the same
    table's or chart's, not running text (a line with words beside it, ``行動服務營收 YoY +
    4.7％``, may be a slide's statement)."""
    line_start = scan.rfind("\n", 0, start) + 1
    line_end = scan.find("\n", start)
    lines = []
    if line_start > 0:
        lines.append(scan[scan.rfind("\n", 0, line_start - 1) + 1 : line_start - 1])
    if line_end >= 0:
        stop = scan.find("\n", line_end + 1)
        lines.append(scan[line_end + 1 : len(scan) if stop < 0 else stop])
    # ticks run on only from a tick: a labelled figure (``通訊產品, 71%``) needs a row
    lone = _lone_cell(scan[line_start : len(scan) if line_end < 0 else line_end])
    return any(_cells_line(x, rule) or (lone and _lone_cell(x)) for x in lines)


def _lone_cell(line: str) -> bool:
    """A line of one bare cell and nothing else (``60.00%`` over ``50.00%``): two such lines
    running on are a chart's axis ticks or data labels, never a sentence."""
    tokens = line.split()
    return len(tokens) == 1 and _CELL_TOKEN.fullmatch(tokens[0]) is not None


# 36.2 %應收帳款 281.79 3.6 %: a cell glued to the next row's label (the text layer lost the
# line break of a statement row); two cells before it make the left part a row of its own
_GLUED_ROW = gated(  # (its cells' optional brackets and signs give re no prefix of its own)
    r"(?:[(（]?[-+−]?\d[\d,]*(?:\.\d+)?\s?%?[)）]?[ \t]+){1,}"
    r"[(（]?[-+−]?\d[\d,]*(?:\.\d+)?\s?%?[)）]?(?=[\u4e00-\u9fff])"
)


def _glued_rows(scan: str, start: int, end: int) -> list[int]:
    """Starts of the rows in ``scan[start:end]``: the line start, and each point where a
    run of at least two cells runs straight into a CJK label."""
    rows = [start]
    for m in _GLUED_ROW.finditer(scan, start, end):
        if m.end() < end:
            rows.append(m.end())
    return rows


def _row_end(scan: str, start: int) -> int:
    """Where the row starting at ``start`` ends: its line end or the next glued row."""
    end = scan.find("\n", start)
    end = len(scan) if end < 0 else end
    rows = _glued_rows(scan, start, end)
    return rows[1] if len(rows) > 1 else end


# a cell of a financial column right beside a bracketed percentage (spaces between only)
_CELL_BEFORE = re.compile(r"[\d%)）][ \t]+$")
_CELL_AFTER = re.compile(r"[ \t]+[(（]?[-+−]?\d")
_COLUMN_GAP = re.compile(r"[ \t\n()（）$－\-]*")


def _dollar_column(scan: str, q: QuantityMatch) -> bool:
    """``$ 94,801 $ 97,564 $ 72,664``: a bare-dollar amount with another number right
    beside it (only spaces, brackets, dashes or $ between) is a column of a statement
    that structure left in a paragraph; in prose such an amount stands alone."""
    text = scan[q.start : q.end].lstrip()
    if not text.startswith("$") or _has_cjk(text):
        return False
    after = _COLUMN_GAP.match(scan, q.end)
    nxt = scan[after.end() : after.end() + 1] if after else ""
    i = q.start
    while i > 0 and scan[i - 1] in " \t\n()（）$－-":
        i -= 1
    return nxt.isdigit() or (i > 0 and scan[i - 1].isdigit())


# A short bracketed gloss (an abbreviation, 含預售) the look-back runs over (_lo)
_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"
_GLOSS_MAX = 12
_GLOSS_NOT_AFTER = "，。；：,;:！？!?\n 「」『』《》【】[]（）()"


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _column_years(
    matches: Sequence[QuantityMatch], dates: Sequence[DateFact], scan: str, rule: dict[str, int]
) -> dict[int, tuple[int, str | None]]:
    """``4Q25 3Q25 4Q24`` over ``營收 5.2億元 4.8億元 4.1億元``: a line of values under a
    header line of periods (within ``column_lookback`` lines, over other rows only) takes
    its column's period, value k under period k (or under period k // c when each period
    heads c columns: ``金額 % 金額 %``). The row itself writes no date."""
    per_line: dict[int, list[QuantityMatch]] = {}
    for q in matches:
        per_line.setdefault(scan.rfind("\n", 0, q.num_start) + 1, []).append(q)
    starts = [d.span.start for d in dates]
    out: dict[int, tuple[int, str | None]] = {}
    for start, qs in per_line.items():
        end = scan.find("\n", start)
        end = len(scan) if end < 0 else end
        line = scan[start:end]
        if len(qs) < 2 or any(c in line for c in "，。；") or _dates_in(starts, start, end):
            continue
        header = _period_header(scan, dates, starts, start, rule)
        if header is None:
            continue
        first = min(q.start for q in qs) - start  # the label runs to the first value
        cells = [m.start() + start for m in _VALUE_CELL.finditer(line, first)]
        n = len(header)
        if not cells or len(cells) % n:
            continue
        per = len(cells) // n
        for q in qs:
            k = bisect.bisect_right(cells, q.num_start) - 1
            if k >= 0 and k // per < n:
                d = header[k // per]
                out[id(q)] = (int(d.iso[:4]), d.id)  # type: ignore[index]
    return out


# one value of a row: a number with its unit or sign ((9.0%), 5.2億元, 38.7 %)
_VALUE_CELL = re.compile(r"(?<![\d.,])[(（]?[-+−]?\$?\d[\d,]*(?:\.\d+)?")


def _dates_in(starts: Sequence[int], lo: int, hi: int) -> bool:
    return bisect.bisect_left(starts, hi) > bisect.bisect_left(starts, lo)


def _period_header(
    scan: str, dates: Sequence[DateFact], starts: Sequence[int], row: int, rule: dict[str, int]
) -> list[DateFact] | None:
    """The dates of the nearest line above ``row`` that holds only periods side by side
    (two at least, a short label besides), passing over rows of values (``金額 % 金額 %``)."""
    end = row - 1
    for _ in range(rule["column_lookback"]):
        if end <= 0:
            return None
        start = scan.rfind("\n", 0, end) + 1
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        line_dates = [d for d in dates[lo:hi] if d.iso]
        side_by_side = all(
            not scan[a.span.end : b.span.start].strip(" \t")
            for a, b in itertools.pairwise(line_dates)
        )  # columns: 4Q25 3Q25, not 2024年與2023年比較
        if len(line_dates) >= 2 and side_by_side:
            rest = scan[start:end]
            for d in reversed(line_dates):
                a, b = d.span.start - start, d.span.end - start
                rest = rest[:a] + rest[b:]
            if _visible(rest) <= rule["line_max_label_chars"] and not any(
                c in rest for c in "，。；、"
            ):
                return line_dates
            return None
        if lo != hi or any(c in scan[start:end] for c in "，。；"):
            return None  # prose or a single date between: no header over this row
        end = start - 1
    return None


# (…提升至2024年下半年/2025年下半年/2026年的26%/36%/40%: periods joined by slashes, then 的
# and values joined by slashes, are a list by themselves, the slash its 分別)
_LIST_CUE = re.compile(
    r"分別為|分別是|分別達|分別|依序為|依次為|依序"
    r"|(?<=[年季度月])的(?=[0-9][0-9.,]*[%％]?/[0-9])"
)


def _glossed_periods(
    scan: str, rx: _Regexes, dates: Sequence[DateFact]
) -> tuple[dict[str, DateFact], set[str]]:
    """``上季(2016年10-12月)``: each relative period word the text glosses with a date in
    brackets right after it, mapped to the last date inside the bracket (the period's end);
    a word glossed twice with different years is left out (no single period) and returned
    apart: where the text writes it again it states a period nothing resolves."""
    starts = [d.span.start for d in dates]
    out: dict[str, DateFact] = {}
    dropped: set[str] = set()
    for m in rx.glossed.finditer(scan):
        close = min(
            (i for i in (scan.find(")", m.end()), scan.find("）", m.end())) if i >= 0),
            default=-1,
        )
        if close < 0 or close - m.end() > 24:
            continue
        k = bisect.bisect_left(starts, m.end())
        inside = [d for d in dates[k:] if d.span.end <= close and d.iso][:4]
        if not inside or inside[0].span.start - m.end() > 2:
            continue
        word, d = m.group(1), inside[-1]
        if word in out and out[word].iso[:4] != d.iso[:4]:  # type: ignore[index]
            dropped.add(word)
        out.setdefault(word, d)
    return {w: d for w, d in out.items() if w not in dropped}, dropped


def _list_order_years(
    doc: Document,
    matches: Sequence[QuantityMatch],
    dates: Sequence[DateFact],
    scan: str,
    is_base: Callable[[DateFact], bool] | None = None,
    is_thing: Callable[[DateFact], bool] | None = None,
) -> dict[int, tuple[int, str | None]]:
    """``民國113年及112年…分別為 4,843千元及6,137千元``: in a sentence listing n periods and
    then, after 分別為/依序為, n values of one unit, the k-th value is the k-th period's.
    Periods that are the bases of a comparison (``較前月以及去年同期分別增加23%與30%``,
    ``is_base``) list what each change is measured against, not the values' periods.
    Dates that name a thing (``is_thing``: 于2027年到期、…票據) are no periods a list runs over
    (認購率依次分別有3.3倍、3倍: the ratios of the notes, not of their maturity years).
    ``dates`` are in order of start: the dates of a stretch of text are a bisected slice,
    not a filter over every date of the document per list cue."""
    out: dict[int, tuple[int, str | None]] = {}
    starts = [d.span.start for d in dates]
    by_sentence: dict[int, list[QuantityMatch]] = {}
    for q in matches:
        si = doc.sentence_at(q.num_start)
        if si is not None:
            by_sentence.setdefault(si, []).append(q)
    listed: list[tuple[int, str | None]] = []  # the periods the text listed last
    reporting = _regexes().reporting
    carry = _regexes().list_carry
    for si, qs in by_sentence.items():
        sent = doc.sentences[si]
        lo = sent.start
        # (2021年和2022年…分別為A和B，2023年及2024年1-6月這一數字分別為C和D: a later list
        # takes the periods written after the list before it)
        for cue in _LIST_CUE.finditer(scan, sent.start, qs[-1].start):
            if cue.start() < lo:
                continue
            seg = lo
            first = lo == sent.start
            # (毛利率一直在20%以下，2022年—2024年分別是A、B、C: a value stated before the
            # list has its own period; the list's periods are those written after it)
            stated = [q.end for q in qs if q.end <= cue.start()]
            p_lo = max(lo, *stated) if stated else lo
            periods = [
                d
                for d in dates[
                    bisect.bisect_left(starts, p_lo) : bisect.bisect_right(starts, cue.start())
                ]
                if d.span.end <= cue.start()
            ]
            if (
                first
                and not stated
                and not periods
                and si > 0
                and doc.sentences[si - 1].block == sent.block
            ):
                # …資產總額分別為 A及B；負債總額分別為 C及D: the periods of the sentence before
                prev = doc.sentences[si - 1]
                k_prev = bisect.bisect_left(starts, prev.start)
                periods = list(dates[k_prev : bisect.bisect_left(starts, prev.end, lo=k_prev)])
            if is_thing is not None:
                periods = [d for d in periods if not is_thing(d)]
            named = (
                first
                and not periods
                and len(listed) >= 2
                and reporting.search(
                    scan, doc.sentences[_full_sentence(doc, si)].start, cue.start()
                )
            )
            # one date per period: a range's end does not start another period (nor does a
            # period's end written in its start's words: 2023年及2024年1-6月 gives 2023年 twice)
            periods = [
                d
                for n, d in enumerate(periods)
                if not (
                    d.period_id
                    and d.iso
                    and d.span.start > 0
                    and any(p.period_id == d.period_id for p in periods[:n])
                )
            ]
            # the list ends where a later date is written (…分別曾達26.6億元、27.4億元，2013年
            # 已降至10.95億元: that value is 2013's own)
            k_later = bisect.bisect_left(starts, cue.end())
            stop = (
                starts[k_later]
                if k_later < len(starts) and starts[k_later] < sent.end
                else sent.end
            )
            lo = stop
            after = [q for q in qs if cue.end() <= q.start < stop]
            by_unit: dict[str, list[QuantityMatch]] = {}
            for q in after:
                by_unit.setdefault(q.unit, []).append(q)
            if is_base is not None and any(is_base(d) for d in periods):
                continue  # 較前月以及去年同期分別增加23%與30%: both changes are of the month told
            slots = listed if named else _period_slots(periods, dates, scan)
            if not periods and not named:
                prior = _prior_year_slots(doc, si, seg, cue.start(), stated, dates, scan)
                slots = prior or slots
            if len(slots) < 2 or len({y for y, _ in slots}) < 2:
                continue
            listed = slots
            # (維持2024年預測不變，並將2025-2027年淨收入分別上調15%/2%/1%: the periods of the
            # cue's own clause, when the values are as many, are the ones the list runs over)
            c_lo = max(scan.rfind(p, p_lo, cue.start()) for p in "，,；;")
            own = [d for d in periods if d.span.start > c_lo] if c_lo >= 0 else []
            own_slots = _period_slots(own, dates, scan) if 0 < len(own) < len(periods) else []
            for group in by_unit.values():
                if len(group) % len(slots) == 0:
                    for k, q in enumerate(group):
                        out[id(q)] = slots[k % len(slots)]
                elif len(group) == len(own_slots) >= 2 and len({y for y, _ in own_slots}) >= 2:
                    for slot, q in zip(own_slots, group, strict=True):
                        out[id(q)] = slot
                elif _stray_first(periods, slots, scan) and _short_list(
                    group, slots, scan, cue.end()
                ):
                    # one value fewer than the periods written before the cue: the one too
                    # many is a date the list does not run over (自2012年開始陷入虧損，
                    # 2013年、2014年每股虧損分別超過10元、11元), so the values take the
                    # periods nearest the cue, one each, never two with the last. (A list
                    # with no periods of its own, 報告期內 or the list before it in its
                    # sentence, one value short: which period lacks its value is not said;
                    # 111年~113年營收分別為A、B、C，每股盈餘分別為D、E stays as it was.)
                    for slot, q in zip(slots[-len(group) :], group, strict=True):
                        out[id(q)] = slot
    _span_lists(doc, by_sentence, dates, scan, out)
    # (links56) 預估2026、2027、2028年Capex分別為520至560億、650億與700億美元: a range is one
    # figure with its end; when only the end took a listed period, the range takes it too
    slotted: dict[int, tuple[int, str | None]] = {}
    for q in matches:
        if q.range_group is not None and id(q) in out:
            slotted.setdefault(q.range_group, out[id(q)])
    for q in matches:
        if q.range_group is not None and id(q) not in out and q.range_group in slotted:
            out[id(q)] = slotted[q.range_group]
    for si in sorted(by_sentence):
        qs = by_sentence[si]
        sent = doc.sentences[si]
        before = by_sentence.get(si - 1, [])
        if (
            before
            and doc.sentences[si - 1].block == sent.block
            and _LIST_CUE.search(scan, sent.start, qs[-1].start) is None
        ):
            # (the periods in the order the sentence before listed them, each once)
            slots = list(dict.fromkeys(out[id(q)] for q in before if id(q) in out))
            if carry is not None and len({y for y, _ in slots}) >= 2:
                _carried_list(sent, qs, slots, starts, scan, carry, out)
    return out


_CARRY_GAP = re.compile(r"[ \t]*[、/／及和與][ \t]*")


def _carried_list(
    sent: Any,
    qs: Sequence[QuantityMatch],
    listed: Sequence[tuple[int, str | None]],
    starts: Sequence[int],
    scan: str,
    carry: re.Pattern[str],
    out: dict[int, tuple[int, str | None]],
) -> None:
    """``預計2025-2027年歸母淨利潤分別為A、B、C。當前股價對應PE為14倍、13倍、12倍``: a sentence
    that writes no period and no 分別, only a word of correspondence (對應: quantity_context.yaml
    list_carry_cues) before one enumeration of as many values of one unit as the sentence
    before listed periods, runs over those periods in order."""
    k = bisect.bisect_left(starts, sent.start)
    if k < len(starts) and starts[k] < sent.end:
        return  # (a period of its own: its values are its own)
    cue = carry.search(scan, sent.start, qs[0].start)
    if cue is None:
        return
    group = [q for q in qs if q.start >= cue.end()]
    if (
        len(group) != len(listed)
        or len(group) < 2
        or len({q.unit for q in group}) != 1
        or not all(_CARRY_GAP.fullmatch(scan, p.end, q.start) for p, q in itertools.pairwise(group))
    ):
        return
    for slot, q in zip(listed, group, strict=True):
        out.setdefault(id(q), slot)


def _stray_first(
    periods: Sequence[DateFact], slots: Sequence[tuple[int, str | None]], scan: str
) -> bool:
    """Whether the first of the periods written before a 分別 cue stands apart from the
    others (自2012年開始陷入虧損，2013年、2014年…), which are joined by 、/及/和: a date the
    list does not run over. (2021年、2022年及2023年…分別為A、B: all joined, no telling.)"""
    return (
        len(periods) == len(slots) >= 3
        and not _ENUM_GAP.fullmatch(scan, periods[0].span.end, periods[1].span.start)
        and all(
            _ENUM_GAP.fullmatch(scan, a.span.end, b.span.start)
            for a, b in itertools.pairwise(periods[1:])
        )
    )


def _short_list(
    group: Sequence[QuantityMatch], slots: Sequence[tuple[int, str | None]], scan: str, cue: int
) -> bool:
    """Whether ``group`` is one enumeration of at least two values, one fewer than ``slots``,
    right after the 分別 cue that ends at ``cue``. Two values over a span of five years
    (2020年至2024年第三季…分別為A及B) pair with no telling which years: not a list."""
    return (
        2 <= len(group) == len(slots) - 1
        and group[0].start - cue <= 2
        and all(_ENUM_GAP.fullmatch(scan, p.end, q.start) for p, q in itertools.pairwise(group))
    )


def _prior_year_slots(
    doc: Document,
    si: int,
    lo: int,
    cue: int,
    stated: Sequence[int],
    dates: Sequence[DateFact],
    scan: str,
) -> list[tuple[int, str | None]]:
    """``截至2024年3月31日的全年…，上兩個年度營收分別為A、B``: the n years before the year
    the sentence wrote last before ``上兩個年度``, oldest first (quantity_context.yaml:
    prior_years); none when no such phrase stands between ``lo`` and the cue with no value
    (``stated``: their ends) after it."""
    prior = None
    for found in _regexes().prior_years.finditer(scan, lo, cue):
        prior = found  # the last such phrase before the cue
    if prior is None or any(e > prior.end() for e in stated):
        return []
    start = doc.sentences[_full_sentence(doc, si)].start
    written = [d for d in dates if start <= d.span.start and d.span.end <= prior.start() and d.iso]
    if not written:
        return []
    n = {"兩": 2, "二": 2, "三": 3, "四": 4, "五": 5}.get(prior.group("n")) or int(prior.group("n"))
    year = int(written[-1].iso[:4])  # type: ignore[index]
    return [(year - k, None) for k in range(n, 0, -1)]


def _period_slots(
    periods: Sequence[DateFact], dates: Sequence[DateFact], scan: str
) -> list[tuple[int, str | None]]:
    """The periods a ``分別`` list runs over, one per value: a span of whole years stands for
    each of its years (``2021—2023年以及2024年上半年…分別約為A、B、C、D``: 2021, 2022, 2023,
    2024; the years between have no date id), also when it ends in a part of its last year
    (``2020年—2024年三季報…分別為`` five values: 2020 … 2024)."""
    slots: list[tuple[int, str | None]] = []
    for d in periods:
        if not d.iso:
            continue
        end = next(
            (
                e
                for e in dates
                if d.period_id
                and e.period_id == d.period_id
                and e.span.start > d.span.start
                and e.iso
                and d.precision == "year"  # (its end may be a part: 2020年—2024年三季報)
            ),
            None,
        )
        first = int(d.iso[:4])
        if end is not None and end.iso and _season_start(scan, end.span.start) == d.span.start:
            # 2025/26年度: one fiscal year or season, not a span of two years
            slots.append((int(end.iso[:4]), end.id))
            continue
        if end is None or not end.iso or not 0 < int(end.iso[:4]) - first <= 10:
            slots.append((first, d.id))
            continue
        last = int(end.iso[:4])
        ids = {first: d.id, last: end.id}
        slots.extend((y, ids.get(y)) for y in range(first, last + 1))
    return slots


_ENUM_GAP = re.compile(r"[ \t]*[、及和與][ \t]*")
# (links45) a slash joins two years only where the dates stage read them as one slash list
# (2026/2027年財測EPS上修至10.60/17.36元), never a season (2026/27年度)
_SLASH_GAP = re.compile(r"[ \t]*[/／][ \t]*")
_SLASH_LIST_RULE = "dates.year_slash_list.v1"
# what joins the values of one run: a research note's forecast line writes them with a slash
# (公司24-26年歸母淨利潤預計為7.07/8.02/8.72億元), as a list of years is not
_RUN_GAP = re.compile(r"[ \t]*[、及和與/][ \t]*")


def _span_lists(
    doc: Document,
    by_sentence: dict[int, list[QuantityMatch]],
    dates: Sequence[DateFact],
    scan: str,
    out: dict[int, tuple[int, str | None]],
) -> None:
    """``2021年-2023年，收入約1.4億元、2.5億元、4.4億元；同期虧損約6億元、4.4億元、4.3億元``:
    an enumeration of as many values as the years of a span written before it in its
    sentence gives the k-th value the span's k-th year (the years between have no date)."""
    starts = [d.span.start for d in dates]  # sorted: the date index
    value_ends = sorted(q.end for qs in by_sentence.values() for q in qs)
    for si, qs in by_sentence.items():
        lo = doc.sentences[_full_sentence(doc, si)].start
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, qs[0].start)
        before = [d for d in dates[i:j] if d.iso]
        spans = [
            (a, b)
            for a, b in itertools.pairwise(before)
            # (a span of whole years may end in a part of its last: 2021年至2023年上半年)
            if a.period_id and a.period_id == b.period_id and a.precision == "year"
            # (2025/26年度 is one fiscal year or season, no span of two)
            and _season_start(scan, b.span.start) != a.span.start
        ]
        # 在2021年和2022年，…收入為9460萬元和1.43億元: a list of years, one per value
        listed = before[-1:]
        while len(listed) <= len(before) - 1:
            d = before[-len(listed) - 1]
            slashed = (
                d.rule == listed[0].rule == _SLASH_LIST_RULE
                and _SLASH_GAP.fullmatch(scan, d.span.end, listed[0].span.start) is not None
            )
            if not slashed and not _ENUM_GAP.fullmatch(scan, d.span.end, listed[0].span.start):
                break
            listed.insert(0, d)
        # (only when they are all the sentence's dates: 114年及113年1月1日至3月31日…以113年及
        # 112年12月31日之成本率計算，金額分別為 A及B is about the first list, not the last)
        if len(before) == len(listed) >= 2 and len({d.iso for d in listed}) == len(listed):
            years = [(int(d.iso[:4]), d.id) for d in listed]  # type: ignore[index]
            _pair_runs(qs, scan, listed[-1].span.end, years, out)
        # (links56) 高盛維持2026年資本支出560億美元，並將2027、2028年上修至700億與740億美元: a
        # later enumeration takes the list of years written between the value before it and it
        # (all of them, as the first one's are all the sentence's)
        _later_year_lists(qs, scan, dates, starts, (lo, value_ends), out)
        if not spans:
            continue
        a, b = spans[-1]
        first, last = int(a.iso[:4]), int(b.iso[:4])  # type: ignore[index]
        ids = {first: a.id, last: b.id}
        span_years = [(y, ids.get(y)) for y in range(first, last + 1)]
        _pair_runs(qs, scan, b.span.end, span_years, out)


def _later_year_lists(
    qs: Sequence[QuantityMatch],
    scan: str,
    dates: Sequence[DateFact],
    starts: Sequence[int],
    bounds: tuple[int, Sequence[int]],
    out: dict[int, tuple[int, str | None]],
) -> None:
    """Each enumeration of ``qs`` after the first value (values of one unit joined by
    、/及/和/與) whose stretch since the value before it (or the sentence's start, ``bounds``)
    writes only a list of as many distinct years, joined by 、/及/和/與 (``摩根士丹利則預估2026、
    2027年EPS為94.30元與116.94元`` after 高盛's own list): the k-th value is the k-th year's."""
    lo, value_ends = bounds
    runs = _value_runs(qs, scan)
    for run in runs:
        if len(run) < 2 or any(id(q) in out for q in run):
            continue
        k = bisect.bisect_right(value_ends, run[0].start) - 1
        b_lo = max(lo, value_ends[k]) if k >= 0 else lo
        if b_lo == lo:
            continue  # (the sentence's first enumeration: _span_lists' own case)
        i, j = bisect.bisect_left(starts, b_lo), bisect.bisect_left(starts, run[0].start)
        before = [d for d in dates[i:j] if d.iso]
        if (
            len(before) == 2
            and before[0].period_id
            and before[0].period_id == before[1].period_id
            and before[0].precision == before[1].precision == "year"
            and _season_start(scan, before[1].span.start) != before[0].span.start
        ):
            # (links58) 上調華邦電2026~2027年EPS至$1.5/$3.4，上調2025~2027年BVPS至$23.3/$24.6/
            # $25.3: a later span of years, as many as the values, gives the k-th its k-th year
            first, last = int(before[0].iso[:4]), int(before[1].iso[:4])  # type: ignore[index]
            ids = {first: before[0].id, last: before[1].id}
            if last - first + 1 == len(run) >= 2:
                for y, q in zip(range(first, last + 1), run, strict=True):
                    out.setdefault(id(q), (y, ids.get(y)))
            continue
        if len(before) != len(run) or len({d.iso for d in before}) != len(before):
            continue
        if not all(
            _ENUM_GAP.fullmatch(scan, a.span.end, b.span.start)
            for a, b in itertools.pairwise(before)
        ):
            continue
        for d, q in zip(before, run, strict=True):
            out.setdefault(id(q), (int(d.iso[:4]), d.id))  # type: ignore[index]


def _value_runs(qs: Sequence[QuantityMatch], scan: str) -> list[list[QuantityMatch]]:
    """The enumerations of ``qs``: values of one unit in a row joined by 、/及/和/與."""
    runs: list[list[QuantityMatch]] = [[qs[0]]]
    for p, q in itertools.pairwise(qs):
        if q.unit == p.unit and _RUN_GAP.fullmatch(scan, p.end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def _pair_runs(
    qs: Sequence[QuantityMatch],
    scan: str,
    after: int,
    years: Sequence[tuple[int, str | None]],
    out: dict[int, tuple[int, str | None]],
) -> None:
    """Each enumeration after ``after`` (values of one unit joined by 、/及/和) as long as
    ``years`` gives its k-th value the k-th year."""
    runs = _value_runs(qs, scan)
    for run in runs:
        if 2 <= len(years) == len(run) and run[0].start >= after:
            for (year, date_id), q in zip(years, run, strict=True):
                out.setdefault(id(q), (year, date_id))


_BULLETS = "•●■◆▪‧・-－*※➢►"


# 營業收入 52.3億元, 毛利率：23.1%: a short label, then one value closing the line
_PAIR_LINE = re.compile(
    r"[ \t]*[^\d\s，。；,;：:][^，。；,;\n]{0,20}?[ \t：:]+"
    r"[-+−(（$]*[0-9][0-9,.]*[^\s，。；]{0,6}[ \t]*"
)


def _is_bullet(scan: str, start: int, end: int) -> bool:
    """A bullet item, or a label–value line of a table written as text (營業收入 52.3億元)."""
    return scan[start:end].lstrip()[:1] in _BULLETS or bool(_PAIR_LINE.fullmatch(scan, start, end))


def _lead_lines(doc: Document, pos: int, scan: str) -> list[tuple[int, int]]:
    """The lines a bullet item hangs from, nearest first: the lead line before the run of
    bullets (``台積公司預期:``) and, when it ends with a colon, the short title above the
    bullets and leads before it (``2026年第一季業績展望``). Empty when ``pos`` is no bullet."""
    bi = doc.block_at(pos)
    if bi is None or not _is_bullet(scan, doc.blocks[bi].start, doc.blocks[bi].end):
        return []
    j = bi - 1
    while j >= 0 and _is_bullet(scan, doc.blocks[j].start, doc.blocks[j].end):
        j -= 1
    if j < 0:
        return []
    lead = doc.blocks[j]
    out = [(lead.start, lead.end)]
    if scan[lead.start : lead.end].rstrip().endswith((":", "：")):
        k = j - 1
        while k >= 0 and (
            _is_bullet(scan, doc.blocks[k].start, doc.blocks[k].end)
            or scan[doc.blocks[k].start : doc.blocks[k].end].rstrip().endswith((":", "："))
        ):
            k -= 1
        if k >= 0 and _visible(scan[doc.blocks[k].start : doc.blocks[k].end]) <= 40:
            out.append((doc.blocks[k].start, doc.blocks[k].end))
    return out


def _run_opening_year(
    doc: Document,
    pos: int,
    scan: str,
    dates: Sequence[DateFact],
    date_starts: Sequence[int],
    finder: _Finder,
    match_starts: Sequence[int],
) -> DateFact | None:
    """The year the first bullet of a run of bullets opens with, for a later bullet of the
    run that writes no date: 「• 2025 年伺服器電源收入佔總營收 22%」⏎「• 一般伺服器佔 14-15%」⏎
    「• 整體伺服器電源年增 30-35%」 — the first item states the year and the items under it go
    on with that year's figures, as under a lead line that names it (FORMAT: the sentence
    it continues). None when ``pos`` is no bullet (a marked one, not a label–value line) or
    the run's first bullet; when the first bullet does not open with a written year (a
    year in its middle may be a base or a plan of its own clause); when that year is a since
    or a comparison; when any bullet between (or the number's own, before it) writes a
    date; or when a bullet between states no figure (``• 趨勢：``: a sub-list of its own
    topic starts there, ``match_starts`` are the numbers' starts)."""
    bi = doc.block_at(pos)
    if bi is None:
        return None

    def marked(j: int) -> bool:
        b = doc.blocks[j]
        return scan[b.start : b.end].lstrip()[:1] in _BULLETS

    if not marked(bi):
        return None
    j = bi
    while j > 0 and marked(j - 1):
        j -= 1
    if j == bi:
        return None
    first = doc.blocks[j]
    k = bisect.bisect_left(date_starts, first.start)
    if k >= len(dates) or dates[k].span.start >= first.end:
        return None
    d = dates[k]
    head = scan[first.start : d.span.start].strip().lstrip(_BULLETS).strip()
    if head or d.precision != "year" or not d.iso:
        return None
    if finder.is_since(d) or finder.is_comparison(d):
        return None
    between = bisect.bisect_left(date_starts, doc.blocks[j + 1].start)
    if between < len(dates) and dates[between].span.start < pos:
        return None
    for b in doc.blocks[j + 1 : bi]:
        m = bisect.bisect_left(match_starts, b.start)
        if m >= len(match_starts) or match_starts[m] >= b.end:
            return None
    return d


def _breaks_down_a_count(doc: Document, start: int, out: Sequence[Quantity]) -> bool:
    """Whether the sentence before the one at ``start`` (its whole sentence) states a count:
    the count a 其中 sentence's own small counts break down."""
    pos = start - 1
    while pos > 0 and doc.text[pos].isspace():
        pos -= 1
    prev = doc.sentence_at(pos) if pos >= 0 else None
    if prev is None:
        return False
    lo = doc.sentences[_full_sentence(doc, prev)].start
    for fact in reversed(out):
        if fact.span.start < lo:
            return False
        if fact.kind == "count" and fact.span.start < start:
            return True
    return False


def _full_sentence(doc: Document, si: int) -> int:
    """The first clause of the sentence that clause ``si`` belongs to: the segmenter ends a
    clause at ；, but 營收6.33億元…；營業毛利1.94億元 is one sentence about one period."""
    while si > 0:
        prev = doc.sentences[si - 1]
        if not doc.text[prev.start : prev.end].rstrip().endswith(("；", ";")):
            break
        if doc.block_at(prev.start) != doc.block_at(doc.sentences[si].start):
            break
        si -= 1
    return si


def _own_yearless_period(doc: Document, si: int | None, pos: int, finder: _Finder) -> bool:
    """Whether the sentence of the number at ``pos`` writes a period of its own with no year
    before it (榮成Q2營收季增4.87%, 本季新潤則擬推出…): such a period is the text's present, not
    the plan a sentence before looks to (估計2016年完工, 明年將持穩獲利), so it takes no year
    from that plan (quantity_context.yaml: yearless_periods, statement_periods,
    glossed_periods)."""
    if si is None:
        return False
    lo = doc.sentences[_full_sentence(doc, si)].start
    rx = finder.rx
    return bool(
        rx.statement_period.search(finder.scan, lo, pos)
        or rx.relative_period.search(finder.scan, lo, pos)
    )


# How many one-sentence paragraphs a period is handed on through (the items of a list).
_CONTINUED_DEPTH = 8


def _paragraph_continued(
    doc: Document, bi: int, first: int, finder: _Finder, floor: int, depth: int = 0
) -> int:
    """Where the search for an inherited period may start when the number's sentence opens
    its paragraph with a word that refers back to the paragraph before (其非GAAP每股收益…,
    該公司同期營業利益…): the last sentence of that paragraph, whose period it continues;
    otherwise ``floor`` unchanged. (A paragraph after a heading continues nothing.)"""
    block = doc.blocks[bi]
    start = doc.sentences[first].start
    if bi == 0 or finder.scan[block.start : start].strip(" \t*•·‧-－–"):
        return floor
    before = doc.blocks[bi - 1]
    if before.kind in ("heading", "title"):
        return floor
    # (a paragraph whose last sentence ends with ； is one sentence with the next: 其中會員服務
    # 營收同比增加24%至55億元；⏎歸屬於…的淨利為6.181億元 goes on with the same period)
    if (
        not finder.rx.paragraph_continues.match(finder.scan, start)
        and not finder.rx.paragraph_speaker.match(finder.scan, start)
        and not finder.scan[before.start : before.end].rstrip().endswith(("；", ";"))
    ):
        return floor
    last = doc.sentence_at(max(before.start, before.end - 1))
    if last is None:
        return floor
    lead = _full_sentence(doc, last)
    if lead > 0 and finder.rx.list_lead.search(
        finder.scan, doc.sentences[lead].start, doc.sentences[lead].end
    ):
        # (links34: 發行條件說明如下：⏎5年期…64億元；⏎7年期…: the list's lead writes no period
        # of its own; it goes on with the sentence before it, as its own first item does)
        lead = _full_sentence(doc, lead - 1)
    back = max(before.start, doc.sentences[lead].start)
    head = doc.sentence_at(before.start)
    if depth < _CONTINUED_DEPTH and head is not None and back == before.start:
        # (links32: 至於台灣表現，…。⏎MIC補充，…: a one-sentence paragraph that itself goes on
        # with the one before hands its period on: look one paragraph further back)
        # (links34: so does an item of a list whose items end with ； — 發行條件如下：⏎5年期
        # …64億元；⏎7年期…30億元；⏎10年期…108億元: every item goes on with the list's lead)
        back = _paragraph_continued(doc, bi - 1, _full_sentence(doc, head), finder, back, depth + 1)
    return min(floor, back)


def _inherited_year(
    doc: Document,
    pos: int,
    dates: Sequence[DateFact],
    date_ends: Sequence[int],
    finder: _Finder,
    headed: Sequence[int],
    item_start: int = -1,
    reported_years: frozenset[str] = frozenset(),
) -> tuple[DateFact, str] | None:
    """A number whose sentence states no period takes the one its paragraph has set in an
    earlier sentence (其中…, …則為…: ``continuation``), else its heading's (``heading``).

    ``item_start``: where the digest item the number stands in begins (after a 閱讀全文 link,
    quantity_context.yaml item_breaks), when it begins inside the paragraph: nothing of the
    items before it is continued, but the headings above the paragraph still head it (美股重點
    新聞摘要2023年05月24日 dates every item of the digest)."""
    bi = doc.block_at(pos)
    if bi is None:
        return None
    block = doc.blocks[bi]
    k = bisect.bisect_right(date_ends, pos) - 1
    si = doc.sentence_at(pos)
    floor = block.start
    if si is not None:
        first = _full_sentence(doc, si)
        # 其中…3.7億。而…9.1億: a sentence that opens with a continuation word continues
        # the one before, so the period it inherits may be one more sentence back
        if first > 0 and finder.rx.continues.match(finder.scan, doc.sentences[first].start):
            prev = _full_sentence(doc, first - 1)
            if doc.sentences[prev].start >= block.start:
                first = prev
        if first > 0:
            floor = max(block.start, doc.sentences[_full_sentence(doc, first - 1)].start)
        floor = _paragraph_continued(doc, bi, first, finder, floor)
    floor = max(floor, item_start)
    own_period = _own_yearless_period(doc, si, pos, finder)
    # (the start of the number's own sentence: a span it counts since a date of its own runs
    # from that date to the text's present, so nothing before it is continued. Since a day or
    # a month, or 今年以來 (2025年6月24日以來指數漲幅僅18%, 今年以來…匯率從年初30元持續走升),
    # the span lies in that date's year; since a year (自2000年上市以來) it spans many: none)
    own_lo = doc.sentences[_full_sentence(doc, si)].start if si is not None else pos
    # (…2029年將達120億美元。臺北市接收了50%的投資案件: a deed done before the number is of
    # the sentence's own time, not the plan's year the sentence before looks to)
    done = si is not None and finder.rx.done_mark.search(finder.scan, own_lo, pos) is not None
    while k >= 0 and dates[k].span.start >= floor:
        if dates[k].span.start >= own_lo and finder.is_since(dates[k]):
            d = dates[k]
            if d.iso and (d.relative or d.precision in ("month", "day")):
                return d, "same_sentence"
            break
        if _ends_year_span(dates, k):
            # 2024-2026年也都有建案將陸續完工。同時，…預估總銷22億元: the sentence before sets
            # a span of years, no one year the next sentence's figures continue
            break
        if not (
            finder.is_comparison(dates[k])
            or finder.is_since(dates[k])
            or finder.is_edition(dates[k])
            # (發行2027年到期的債券，票面利率4.5%; 至2027年到期，發行金額30億元: a maturity,
            # the bond's end, is no period of the terms written after it)
            or finder.names_a_thing(dates[k])
            or finder.rx.term_end.match(finder.scan, dates[k].span.end) is not None
            # (毛利率31.2%（去年同期28.5%）⏎每股盈餘3.1元: a comparison period dates its own
            # clause only, no later sentence's figures)
            or finder.is_compared_period(dates[k])
            or finder.is_history(dates[k], pos)
            or finder.is_deadline(dates[k])
            or ((own_period or done) and finder.is_plan(dates[k]))
        ):
            # (自2003年接觸該藥以來: a span to the present is no period of the next sentence)
            return dates[k], "continuation"
        k -= 1
    # (the nearest heading or title before the block, found by bisection in ``headed``,
    # the indices of the heading and title blocks, not by a walk back over every block)
    h = bisect.bisect_left(headed, bi) - 1
    for j in headed[h : h + 1] if h >= 0 else ():
        b = doc.blocks[j]
        if b.kind in ("heading", "title"):
            if b.kind == "title" and len(_heading_years(dates, b.start, b.end)) > 1:
                # 今年…年減19.1% 明年重返成長: a headline of two periods dates no paragraph
                # (a numbered heading that lists 114 年及 113 年 still dates its wrapped
                # values in order: 分別為 6,680⏎仟元及 2,182 仟元)
                break
            k = bisect.bisect_right(date_ends, b.end) - 1
            if k >= 0 and dates[k].span.start >= b.start and _event_edition(finder.scan, dates[k]):
                break  # TIMTOS 2023 展現…實力: the year names the fair, not the figures below
            if (
                k >= 0
                and dates[k].span.start >= b.start
                and finder.rx.later_horizon.search(
                    finder.scan, max(b.start, dates[k].span.start - 4), dates[k].span.start
                )
                is not None
            ):
                # (lk32: GE Vernova 訂單鎖死到2030 over 整體 backlog 已達 1,630 億美元: a year a
                # heading reaches to, 到2030, is the horizon of what it tells, not the period
                # of the figures under it; quantity_context.yaml later_year.horizon_before)
                break
            if (
                k >= 0
                and dates[k].span.start >= b.start
                and _guessed_relative(dates[k])
                and (dates[k].anchor or "")[:4] not in reported_years
            ):
                # 去年進口酒量326百萬公升 over a text that writes 2012…2022 and no date of its
                # own: the headline's 去年 counts from a year only guessed from the latest one
                # the text writes, which the paragraphs below do not write: no heading period
                # (but 2月12日美股成交額前20 over a text that reports 2025財年二季度業績: the
                # year the headline counts from is written below as one reported, so it heads)
                break
            if k >= 0 and dates[k].span.start >= b.start and not finder.is_since(dates[k]):
                # (…完成13天平流層飛行測試 有望明年全面投入運營: a year the title forecasts
                # right after a cue, in its clause, is its outlook, not the period of the
                # paragraphs under it; not 為配合未來對外投資需求，於民國一一三年五月十日…)
                lo = max(b.start, dates[k].span.start - 6)
                cue = finder.rx.forecast.search(finder.scan, lo, dates[k].span.start)
                between = finder.scan[cue.end() : dates[k].span.start] if cue else ""
                if cue and not re.search(r"[，,；;。]", between):
                    break
                opened = _section_opened(doc, bi, j, dates, date_ends, finder, dates[k], pos)
                if opened is not None:
                    return opened, "continuation"
                return dates[k], "heading"
            break
    return None


def _section_opened(
    doc: Document,
    bi: int,
    head: int,
    dates: Sequence[DateFact],
    date_ends: Sequence[int],
    finder: _Finder,
    heading_date: DateFact,
    pos: int,
) -> DateFact | None:
    """The year the paragraph right before block ``bi`` (under the same heading) opens with,
    when it is another year than the heading's: 「2024年…回顧與展望」 over 「2023年全球…安裝量為
    54.1萬台…」⏎「就區域分布而言…約27.6萬台」: a review of a year tells the statistics of the year
    before, and a yearless paragraph after goes on with them, not with the title's year. Not
    for a forecast sentence (預估…), a heading, a paragraph that writes another year too, nor
    when that opening year is a plan, base, span or history; the opening sentence must state
    figures of its year (a number after it)."""
    if bi - 1 <= head or any(doc.blocks[i].kind in ("heading", "title") for i in (bi - 1, bi)):
        return None  # (a heading of its own starts a section, whatever paragraph precedes it)
    if not heading_date.iso or heading_date.relative:
        return None
    si = doc.sentence_at(pos)
    if si is not None:
        s = doc.sentences[_full_sentence(doc, si)]
        if finder.rx.forecast.search(finder.scan, s.start, max(s.start, pos)):
            return None
    before = doc.blocks[bi - 1]
    first = doc.sentence_at(before.start)
    if first is None:
        return None
    sent = doc.sentences[first]
    lo = bisect.bisect_left(date_ends, sent.start + 1)
    hi = bisect.bisect_right(date_ends, sent.end)
    for k in range(lo, hi):
        d = dates[k]
        if d.span.start < sent.start:
            continue
        if (
            d.relative
            or not d.iso
            or d.iso[:4] >= heading_date.iso[:4]
            or finder.is_plan(d)
            or finder.is_comparison(d)
            or finder.is_since(d)
            or finder.names_a_thing(d)
            or finder.is_history(d, pos)
            or _ends_year_span(dates, k)
        ):
            return None
        if finder.rx.forecast.search(finder.scan, sent.start, sent.end):
            return None
        if not re.search(r"[0-9０-９]", finder.scan[d.span.end : sent.end]):
            return None
        # (…2023年全球伺服器出貨量為1,350萬台…。展望2024年，…: a paragraph that goes on to
        # another year is no longer about its opening one)
        lo = bisect.bisect_left(date_ends, before.start + 1)
        hi = bisect.bisect_right(date_ends, before.end)
        if any(e.iso and e.iso[:4] != d.iso[:4] for e in dates[lo:hi] if not e.relative):
            return None
        return d
    return None


def _ends_year_span(dates: Sequence[DateFact], k: int) -> bool:
    """``dates[k]`` closes a span that starts in an earlier year (2024-2026年, 2021年至
    2023年): the span covers several calendar years. A span of months across one turn of
    the year (自去年底至今年5月, 2022年11月至2023年4月) is the months up to its end: the
    sentences after it may continue its end's year."""
    d = dates[k]
    if not d.period_id or not d.iso:
        return False
    return any(
        e.period_id == d.period_id
        and e.iso is not None
        and e.iso[:4] < d.iso[:4]
        and (
            (e.precision == "year" and d.precision == "year")
            or int(d.iso[:4]) - int(e.iso[:4]) >= 2
        )
        for e in dates[max(0, k - 2) : k]
    )


def _reported_years(
    doc: Document, dates: Sequence[DateFact], match_starts: Sequence[int], finder: _Finder
) -> frozenset[str]:
    """The years the text gives figures of: a date written out (not relative) with a number
    after it in its sentence, neither a plan or outlook (延至2026年, 在2025年不會降息), history
    (於2023年9月加入), a span since it nor a comparison base. A headline's relative date
    resolved against a guessed text year heads the paragraphs only when that year is one of
    these: the text then reports its own year (該公司公佈2025財年二季度初步業績，銷售額…), while
    a text whose year is only inferred from the series it tells (2012…2022, of a text of
    2023) never writes it."""
    years: set[str] = set()
    for x in dates:
        if x.relative or not x.iso or x.iso[:4] in years:
            continue
        si = doc.sentence_at(x.span.start)
        if si is None:
            continue
        hi = doc.sentences[si].end
        j = bisect.bisect_left(match_starts, x.span.end)
        if j >= len(match_starts) or match_starts[j] >= hi:
            continue
        if (
            finder.is_plan(x)
            or finder.is_comparison(x)
            or finder.is_since(x)
            or _told_as_history(finder.scan, x)
        ):
            continue
        years.add(x.iso[:4])
    return frozenset(years)


def _title_opening(
    scan: str, d: DateFact, pos: int, brackets: Sequence[tuple[str, str]], floor: int
) -> int:
    """Where the title (《…》) that ``d`` stands in opens, after ``floor`` (the sentence's
    start), when it closes before ``pos`` (-1 otherwise): its years name the document
    (《…總體規劃（2021-2035）》獲批覆)."""
    for opening, closing in brackets:
        lo = scan.rfind(opening, floor, d.span.start)
        if lo < 0 or scan.rfind(closing, lo, d.span.start) >= 0:
            continue
        if scan.find(closing, d.span.end, pos) >= 0:
            return lo
    return -1


def _dated_before(dates: Sequence[DateFact], k: int, lo: int, at: int) -> bool:
    """Whether a date of ``dates`` before ``k`` stands between ``lo`` and ``at`` (≥ 0): the
    sentence wrote a period of its own before the title that holds ``dates[k]``."""
    if at < 0:
        return False
    return any(lo <= d.span.start and d.span.end <= at for d in dates[:k])


def _in_example(scan: str, d: DateFact) -> bool:
    """A date inside an illustration the text picks (以碧桂園2023年的數據為例: the dates
    stage's ``in_example``, dates.yaml text_year.example_frame)."""
    from pipeline.extract.dates import in_example

    return in_example(scan, d.span.start, d.span.end)


def _told_as_history(scan: str, d: DateFact) -> bool:
    """The dates stage's reading of ``d`` as history or a deed done in its clause."""
    from pipeline.extract.dates import told_as_history

    return told_as_history(scan, d.span.start, d.span.end, deeds=True)


def _guessed_relative(d: DateFact) -> bool:
    """Whether ``d`` is a relative year (去年, 今年) the dates stage resolved only against the
    latest year the text writes (quantity_context.yaml: guessed_text_year), not against a date
    or a year the text states as its own."""
    return d.anchor_source == "text_year" and d.anchor_evidence in _guessed_evidence()


@functools.cache
def _present_day_heads() -> frozenset[str]:
    return frozenset(load_lexicon("quantity_context")["present_day_heads"])


@functools.cache
def _guessed_evidence() -> frozenset[str]:
    return frozenset(load_lexicon("quantity_context")["guessed_text_year"])


# a bare year right after a Latin name (TIMTOS 2023, COMPUTEX 2024): the edition of an event
_EVENT_EDITION = re.compile(r"[A-Za-z][A-Za-z&.-]+[ \t]*$")


def _event_edition(scan: str, d: DateFact) -> bool:
    """Whether ``d`` is a bare year written as an event's edition after its Latin name."""
    return d.text.strip().isdigit() and bool(
        _EVENT_EDITION.search(scan, max(0, d.span.start - 16), d.span.start)
    )


def _heading_years(dates: Sequence[DateFact], start: int, end: int) -> set[str]:
    """The distinct years a heading or title writes (``今年…明年`` is two).

    ``dates`` in order of their start (``_date_index``): the heading's are bisected out,
    not filtered from every date of the document for every title."""
    lo = bisect.bisect_left(dates, start, key=_date_start)
    hi = bisect.bisect_left(dates, end, lo, key=_date_start)
    return {d.iso[:4] for d in dates[lo:hi] if d.iso}


def _date_start(d: DateFact) -> int:
    return d.span.start


def _chained_year(
    doc: Document,
    prev: Quantity,
    q: QuantityMatch,
    si: int | None,
    date_starts: Sequence[int],
    continues: re.Pattern[str],
    period_run: bool = False,
) -> tuple[int, str | None] | None:
    """``…12月年增19.32%…。相較於…，傳統產業則呈現兩極化走勢。機械設備業…年增1.6%``: a
    number whose sentence states no period continues the measurements before it in its
    paragraph when the last of them is an amount or a rate tied to a written date and no
    date (resolved or not) is written between; sentences with no number in between
    (a topic sentence) do not break the run. A count does not carry it (它 may list
    anything), nor does a number linked only to the document's year — unless its sentence
    opens with a continuation word right after the one that states the present
    (``目前帳上現金約284.5億元…。另應付可轉換公司債餘額為170億元``: the same balance sheet,
    through that sentence's later clauses)."""
    if si is None or prev.sentence is None or prev.sentence > si:
        return None
    if prev.kind == "count" or prev.year is None:
        return None
    if prev.sentence == si:
        k = bisect.bisect_left(date_starts, prev.span.end)
        undated = k >= len(date_starts) or date_starts[k] >= q.start
        if not undated or prev.year_link != "continuation":
            return None
        # 累計前三季營收約81.34億元、年減25%，毛利率達10.6%: the period the sentence's first
        # number carried over from the paragraph dates the numbers after it in the sentence
        return prev.year, prev.year_date_id
    first = _full_sentence(doc, si)
    if (
        prev.year_link == "anchor"
        and prev.year_date_id is None
        and first > 0
        and _full_sentence(doc, first - 1) <= prev.sentence
        and continues.match(doc.text, doc.sentences[first].start)
    ):
        # (the present carries one sentence, and only into one that says it continues)
        return prev.year, None
    if (
        period_run
        and prev.year_date_id is None
        and doc.block_at(prev.span.start) == doc.block_at(q.num_start)
        and bisect.bisect_left(date_starts, prev.span.end)
        == bisect.bisect_left(date_starts, q.start)
    ):
        # 本週全體上市股票成交金額為2兆1588億元。成交金額前3名產業為半導體類，成交金額7874億元:
        # the period a weekly reports (quantity_context.yaml: present_periods) runs on through
        # its paragraph as a written date does, until a date is written
        return prev.year, None
    if prev.year_date_id is None or prev.year_link not in ("same_sentence", "continuation"):
        return None
    if doc.block_at(prev.span.start) != doc.block_at(q.num_start):
        return None
    k = bisect.bisect_left(date_starts, prev.span.end)
    if k < len(date_starts) and date_starts[k] < q.start:
        return None
    return prev.year, prev.year_date_id


def _span_on_number(
    matches: Sequence[QuantityMatch], idx: int, lo: int, after: int, finder: _Finder
) -> bool:
    """A length of time written before ``matches[idx]`` in its sentence (and after the date
    it is linked to) as the span it is measured over: 未來20年…成長率4.7%, 治療36周後
    體重降低22.0% (``quantity_context.yaml: span_on_number``)."""
    rx, scan = finder.rx, finder.scan
    for k in range(idx - 1, -1, -1):  # back from the number, with no copy of every match before
        m = matches[k]
        if m.start < max(lo, after):
            break
        if (
            m.kind == "duration"
            and (
                finder._ends_before(rx.span_before, m.start, 8) or rx.span_after.match(scan, m.end)
            )
            # (屋齡10年內的住宅比例僅有12.1%: an age class of things, no span of the number)
            and not finder._ends_before(rx.span_age, m.start, 4)
        ):
            return True
    return False


def _ahead_span(
    matches: Sequence[QuantityMatch], idx: int, bounds: tuple[int, int, int], finder: _Finder
) -> bool:
    """A length of time still ahead (``十年內產能要放大五倍``, ``三個月內會出現``) frames the
    figure ``matches[idx]``: the figure is that length, or stands after it in its clause
    (from ``bounds[1]``) with a modal of the future between (``quantity_context.yaml:
    ahead_span``). Not in a sentence (from ``bounds[0]``) that tells a past span before it:
    a record's regularity (``發行23年來…最晚兩年內一定會彈回來``) is no outlook."""
    rx, scan = finder.rx, finder.scan
    s_lo, c_lo, c_hi = bounds
    q = matches[idx]
    for k in range(idx, -1, -1):
        m = matches[k]
        if m.start < c_lo:
            break
        if m.kind != "duration" or (k != idx and m.end > q.start):
            continue
        # (十年之內 is read whole as one length: its 內 is inside the span)
        tail = 2 if scan.endswith("之內", 0, m.end) else int(scan.endswith("內", 0, m.end))
        ahead = rx.ahead_after.match(scan, m.end - tail)
        if ahead is None or finder._ends_before(rx.span_age, m.start, 4):
            continue
        if finder._ends_before(rx.past_span_before, m.start, 8):
            continue
        stop = c_hi if k == idx else q.start
        modal = rx.ahead_modal.search(scan, max(ahead.end(), m.end), stop)
        if modal is None:
            continue
        if k != idx and any(w in scan[modal.end() : q.start] for w in rx.change_from):
            # 目標在三年內將營收從目前約87億美元成長至…: the base of the change stands now
            continue
        past = any(
            rx.past_span_after.match(scan, p.end)
            or finder._ends_before(rx.past_span_before, p.start, 8)
            for p in matches[:k]
            if p.kind == "duration" and p.start >= s_lo
        )
        return not past
    return False


def _bracket_aside(scan: str, q: QuantityMatch, reach: int = 10) -> bool:
    """``電池系統(40~50%)``: the number stands in brackets opened right after a word
    (with at most a range's other end or a qualifier beside it inside)."""
    head = scan[max(0, q.start - reach) : q.start]
    opened = max(head.rfind("("), head.rfind("（"))
    if opened < 1 or not head[opened - 1].isalnum():
        return False
    if any(c in head[opened:] for c in ")），。；,;"):
        return False
    tail = scan[q.end : q.end + reach]
    closes = [i for i in (tail.find(")"), tail.find("）")) if i >= 0]
    return bool(closes) and not any(c in tail[: min(closes)] for c in "(（，。；,;")


def _same_period_before(
    doc: Document,
    pos: int,
    period: str,
    dates: Sequence[DateFact],
    date_ends: Sequence[int],
    finder: _Finder,
) -> DateFact | None:
    """The last dated quarter or half written before ``pos`` in its paragraph or the one
    before that covers the same months as ``period`` (a quarter or half written without its
    year: 第四季度, 上半年), when no other period is written between; a base it is compared
    with (去年同期, 較2023年第四季) or a since does not count. None otherwise."""
    start, end = _period_start_month(period), _period_end_month(period)
    if (start, end) not in {(1, 3), (4, 6), (7, 9), (10, 12), (1, 6), (7, 12)}:
        return None
    bi = doc.block_at(pos)
    if bi is None:
        return None
    floor = doc.blocks[bi].start
    if bi > 0 and doc.blocks[bi - 1].kind not in ("heading", "title"):
        floor = doc.blocks[bi - 1].start
    k = bisect.bisect_right(date_ends, pos) - 1
    while k >= 0 and dates[k].span.start >= floor:
        d = dates[k]
        k -= 1
        if finder.is_comparison(d) or finder.is_since(d) or not d.iso:
            continue
        if d.quarter is not None:
            months = ((d.quarter - 1) * 3 + 1, d.quarter * 3)
        elif d.half is not None:
            months = (1, 6) if d.half == 1 else (7, 12)
        else:
            return None  # (another period written between: 2025年…第四季 is not the one before)
        return d if months == (start, end) else None
    return None


def _prior_quarter_year(
    scan: str, q: QuantityMatch, lo: int, year: int, d: DateFact | None, rx: _Regexes
) -> int | None:
    """The year of a base's value written right after 上季/上一季 (較上季的1.46%), when its
    sentence reports a quarter of ``year`` (the date ``d`` it was linked to, else a quarter
    written without its year before the number): the quarter before a first quarter is the
    fourth of the year before. None when the number is no such value or no quarter is told."""
    if not rx.prior_quarter_base.search(scan, max(lo, q.start - 24), q.start):
        return None
    quarter = d.quarter if d is not None else None
    if quarter is None:
        told = [m.group() for m in rx.yearless.finditer(scan, lo, q.start)][-1:]
        start = _period_start_month(told[0]) if told else 0
        quarterly = bool(told) and ("季" in told[0] or told[0][:1] == "Q")
        quarter = (start - 1) // 3 + 1 if quarterly and start in (1, 4, 7, 10) else None
    if quarter is None:
        return None
    return year - 1 if quarter == 1 else year


def _reported_results_period(
    doc: Document, dates: Sequence[DateFact], pos: int, finder: _Finder
) -> DateFact | None:
    """The period a results notice reports, as it names it (截至2022年9月30日止6個月業績): the
    nearest date before ``pos`` in a sentence that names results (``results_periods``) and is
    no comparison base nor bracketed base, else the first such after it; None when none."""
    found: list[DateFact] = []
    for d in dates:
        if not d.iso or d.relative or finder.is_comparison(d) or _bracket_base(finder.scan, d):
            continue
        si = doc.sentence_at(d.span.start)
        if si is None:
            continue
        sent = doc.sentences[_full_sentence(doc, si)]
        if finder.rx.results_period.search(finder.scan, sent.start, sent.end):
            found.append(d)
    before = [d for d in found if d.span.end <= pos]
    if before:
        return before[-1]
    return next((d for d in found if d.span.start >= pos), None)


def _reported_quarter(dates: Sequence[DateFact], pos: int, finder: _Finder) -> DateFact | None:
    """The quarter a text reports, as it dates it: the nearest dated quarter before ``pos``
    that is no comparison base, else the first after it; None when it dates none."""
    quarters = [d for d in dates if d.quarter is not None and d.iso and not finder.is_comparison(d)]
    before = [d for d in quarters if d.span.end <= pos]
    if before:
        return before[-1]
    return next((d for d in quarters if d.span.start >= pos), None)


def _vague_between(vague: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a vague period (近年, 近期, 過去) is written between ``lo`` and ``hi``.

    ``vague`` holds the vague periods' spans sorted: the first starting at ``lo`` or later
    is bisected and only those starting up to ``hi`` are read (a walk over every date of
    the document per number was a tenth of the stage on a long text)."""
    for k in range(bisect.bisect_left(vague, (lo,)), len(vague)):
        start, end = vague[k]
        if start > hi:
            return False
        if end <= hi:
            return True
    return False


def _span_start_before(
    scan: str, dates: Sequence[DateFact], k: int, lo: int, rx: _Regexes
) -> DateFact | None:
    """The dated start of a change written earlier in the sentence (由2012年的190百萬公升…至
    2022年…), when ``dates[k]``, the year a later change of the sentence reaches, is that
    change's end: the later change (同期間由537減少至392) starts where the first one did."""
    for j in range(k - 1, -1, -1):
        d = dates[j]
        if d.span.start < lo:
            return None
        if (
            d.iso
            and d.precision == "year"
            and rx.change_from_date.search(scan, max(lo, d.span.start - 2), d.span.start)
            and int(d.iso[:4]) < int(dates[k].iso[:4])  # type: ignore[index]
        ):
            return d
    return None


def _period_end_month(text: str) -> int:
    """The last month a period written without its year covers (前三季 -> 9, 上半年 -> 6,
    1至9月 -> 9); 12 when it cannot be told."""
    digits = re.findall(r"[0-9]+|[一二三四五六七八九十]+", text)
    parsed = parse_number(digits[-1]) if digits else None
    n = int(parsed.value) if parsed is not None else 1 if "首季" in text else 0
    if ("季" in text or text[:1] == "Q") and 1 <= n <= 4:  # 第四季, Q4
        return _period_months()[f"q{n}"][1]
    if "上半" in text:
        return _period_months()["h1"][1]
    if "月" in text and 1 <= n <= 12:
        return n
    return 12


def _period_start_month(text: str) -> int:
    """The first month a period written without its year covers (第四季 -> 10, 下半年 -> 7);
    1 when it cannot be told (全年)."""
    end = _period_end_month(text)
    quarter = next((k for k, v in _period_months().items() if k[0] == "q" and v[1] == end), None)
    if ("季" in text or text[:1] == "Q") and quarter and "前" not in text:
        return _period_months()[quarter][0]
    if "下半" in text:
        return _period_months()["h2"][0]
    return 1


def _start(m: QuantityMatch) -> int:
    return m.start


def _span_start(d: DateFact) -> int:
    return d.span.start


def _finishes_change(
    before: Sequence[QuantityMatch], pos: int, by_start: Sequence[DateFact], finder: _Finder
) -> bool:
    """Whether the clause after the delimiter at ``pos`` names where a change ends that the
    number right before ``pos`` starts (將從今年的10.32億盎司，下滑至2017年的10.27億盎司:
    從/由 before the first value, a "to" word after the comma; quantity_context.yaml:
    change_path): the later value is the same statement's, whatever later year it writes.
    A change that ends in the present (從過去的最高800個攤位，縮減到今年的405個攤位: 今年 or a
    relative year before it) has been reached, and stays a statement of its own."""
    scan, rx = finder.scan, finder.rx
    prev = [m for m in before if m.end <= pos]
    if not prev or scan[prev[-1].end : pos].strip(" \t"):
        return False
    k = bisect.bisect_left(by_start, pos, key=_span_start)
    nxt = rx.delimiter.search(scan, pos + 1)
    end = nxt.start() if nxt is not None else len(scan)
    # (the dates of the clause only: by_start is in start order, so those starting before
    # ``end`` are a slice, not a filter over every date to the text's end)
    k_end = bisect.bisect_left(by_start, end, lo=k, key=_span_start)
    if any(
        d.relative and (d.iso is None or d.anchor is None or d.iso[:4] <= d.anchor[:4])
        for d in by_start[k:k_end]
    ):
        return False  # 從過去的最高800個，縮減到今年的405個: a change to the present is reached
    p = prev[-1]
    to = rx.change_to.match(scan, p.end)
    if to is None or to.end() <= pos:
        return False
    k = bisect.bisect_left(finder.delims, p.start)
    lo = finder.delims[k - 1] + 1 if k else 0
    return rx.base_from.search(scan, lo, p.start) is not None


def _new_statement(
    matches: Sequence[QuantityMatch],
    idx: int,
    cue_end: int,
    by_start: Sequence[DateFact],
    finder: _Finder,
    published: str | None,
    text_year: int | None = None,
) -> int:
    """Where a new statement starts between a forecast cue (ending at ``cue_end``) and
    ``matches[idx]``: a later clause that writes a period of its own, over by the text's
    date, after a number has followed the cue or after the cue's own clause has said what
    it expects (``quantity_context.yaml: statement_periods``); -1 when none does.
    (預估2025年…，第四季…60萬台 in a text of October is still ahead.) In a text with no date
    of its own, ``text_year`` (the year it establishes) still tells a year after it from
    one that may be over: 我們預計25年…，27-28年…銷量達到100萬臺 goes on with the outlook."""
    q = matches[idx]
    scan = finder.scan
    # (matches are sorted by start, dates in by_start too: bisect, not scan, per call)
    lo = bisect.bisect_left(matches, cue_end, hi=idx, key=_start)
    stated = [m.end for m in matches[lo:idx]]
    # 原相將因新品拉貨而明顯成長，5月營收4.65億元: a cue whose own clause says what it
    # expects has its object there; a lead cue (法人初估，其陽2月營收…) governs what follows
    own = finder.rx.delimiter.search(scan, cue_end, q.start)
    if own is not None and scan[cue_end : own.start()].strip(" \t"):
        broken = _breaks_down_before(matches, idx, cue_end, own.start(), finder)
        if broken >= 0:
            return broken
        first = min([own.start(), *stated[:1]])
    elif stated:
        first = stated[0]
    else:
        return -1
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    pub_month = int(published[5:7]) if published and published[5:7].isdigit() else None
    found = -1
    delims = finder.delims
    # the period the cue's own clause is about, the last written before the cue (上詮第4季平均
    # 月營收可望…；整體Q4營收季成長約20%: a later clause of that quarter goes on with the
    # outlook, it states nothing new)
    k0 = bisect.bisect_left(delims, cue_end)
    c0 = delims[k0 - 1] if k0 else 0
    outlook_periods = {
        (_period_start_month(p.group()), _period_end_month(p.group()))
        for p in list(finder.rx.yearless.finditer(scan, c0, cue_end))[-1:]
    }
    # the whole years the outlook itself is about (預估，2016年全球需求將年增5.7%…, 大陸今年的
    # 需求增長則在7%左右 in a text of 2016 goes on with it: the same year is no period over)
    k_o = bisect.bisect_left(by_start, c0, key=_span_start)
    k_o_hi = bisect.bisect_left(by_start, first, lo=k_o, key=_span_start)
    outlook_years = {d.iso[:4] for d in by_start[k_o:k_o_hi] if d.iso and d.precision == "year"}
    # (… and the relative years it names that the text leaves unresolved: 今年 of 今年上半年)
    outlook_words = {
        _year_word(d.text) for d in by_start[k_o:k_o_hi] if d.iso is None and d.relative
    }
    for pos in delims[bisect.bisect_left(delims, first) : bisect.bisect_left(delims, q.start)]:
        # (…第4季營收暫估持穩前季高檔(第3季營收4.06億元、為歷史次高): a bracket that opens
        # with a period of its own is an aside reporting it, like a clause after a comma)
        if scan[pos] not in "，,；;(（" or finder.rx.breakdown.match(scan, pos + 1):
            continue  # (，其中第四季…: a breakdown shares the outlook it breaks down)
        nxt = finder.rx.delimiter.search(scan, pos + 1, q.start)
        clause_end = nxt.start() if nxt else q.start
        # (the clause writes the base's value: 較去年出貨量8000萬支成長)
        valued = any(pos < m.start and m.end <= clause_end for m in matches[lo:idx])
        k = bisect.bisect_left(by_start, pos, key=_span_start)
        k_hi = bisect.bisect_left(by_start, clause_end, lo=k, key=_span_start)
        # (the base of the number's own change, 同比上年下降73.71%, also in a clause of its
        # own right before the number's, 與上年同期相比，增減變動幅度為-3.0%, starts no
        # statement; a base's own value, 低於去年26%的增速, does)
        written = [
            d
            for d in by_start[k:k_hi]
            if not (
                finder.is_comparison(d)
                and (nxt is None or finder.frames(d, q.start))
                and (
                    not finder.rx.base_value.fullmatch(scan, d.span.end, q.start)
                    or finder.rx.multiple_base.match(scan, d.span.end)
                )
            )
            # (…約為8500萬支，較去年出貨量8000萬支成長，下半年…則達9000萬支: a clause before
            # the number's that only names the base of the outlook's change states nothing new)
            and not (nxt is not None and finder.is_comparison(d) and valued)
        ]
        # (…需求將緩步增加，第二季產值可較第一季成長3.9%: before a number has followed
        # the cue, a quarter or half with no year is the outlook's own period; only a
        # written date or a closed span starts anew)
        rx = finder.rx
        if _finishes_change(matches[lo:idx], pos, by_start, finder):
            continue  # 預估將從今年的X，下滑至2017年的Y: the change's end, no new statement
        aside = scan[pos] in "(（"  # (the bracket's own period is told, not the outlook's)
        if aside and rx.cue_span.fullmatch(scan, cue_end, pos):
            continue  # 在預測期間(2024-2029年)的複合年增長率: the span the forecast covers
        told = aside or (stated and pos >= stated[0])
        periods = rx.statement_period if told else rx.closed_period
        m = periods.search(scan, pos + 1, clause_end)
        if not written and m is None:
            continue
        if (
            not written
            and m is not None
            and finder.compares_span(m.start(), m.end())
            and rx.base_change.search(scan, m.end(), q.start) is not None
        ):
            # (links42) 公司估計，第四季…；…約與第二季持平至成長6%: the quarter is the base
            # of the outlook's own change, a period the number is measured against
            continue
        if (
            not written
            and m is not None
            and ((_period_start_month(m.group()), _period_end_month(m.group())) in outlook_periods)
        ):
            continue
        if (
            written
            and m is None
            and all(d.iso and d.precision == "year" and d.iso[:4] in outlook_years for d in written)
        ):
            continue  # the outlook's own whole year told again: no statement of another period
        if (
            written
            and m is None
            and all(d.iso is None and d.relative and d.precision == "year" for d in written)
            and {_year_word(d.text) for d in written} <= outlook_words
        ):
            # SEMI預期，今年上半年…可能暴跌18%，是影響今年…緩增3%的主因 in a text of no date:
            # the outlook's own unresolved year (今年) told again, as a written year is above
            continue
        if (
            written
            and m is None
            and pub_year is None
            and rx.running_whole_year.match(scan, written[-1].span.end)
            and all(
                d.relative
                and d.anchor_source == "text_year"
                and d.precision == "year"
                and d.iso
                and d.anchor
                and d.iso[:4] == d.anchor[:4]
                for d in written
            )
        ):
            # 法人預估，第四季EPS估超過1.7元，…，今年全年EPS約6.7元 in a text of unknown date: the
            # year the text is written in is still running, no period over
            continue
        at = min([d.span.start for d in written] + ([m.start()] if m else []))
        years = [int(d.iso[:4]) for d in written if d.iso]
        if (
            pub_month is None
            and not written
            and m is not None
            and rx.closed_period.fullmatch(m.group()) is None
            and (start_m := _period_start_month(m.group())) >= _period_months()["h2"][0]
            and all(start_m > s for s, _ in outlook_periods)  # (預估第4季…；第3季…則為 reports)
        ):
            # 預估今年…，下半年零組件端備貨量則達9000萬支 in a text of unknown date: a later
            # part of the year, with no year written, is still the outlook's to come (a
            # first quarter, a span so far, 前三季營收達80億元, or a part before the outlook's
            # own may have been reported)
            continue
        if pub_year is None and text_year is not None and years and min(years) > text_year:
            continue  # (a year after the one the undated text establishes has not come)
        if (
            pub_year is None
            and years
            and outlook_years
            and min(years) > max(int(y) for y in outlook_years)
        ):
            # (links56) 法人預估，2026年營收將成長三成，2027年則再成長兩成 in a text of no date:
            # a year after the one the outlook projects has not come either
            continue
        if pub_year is None or pub_month is None or (years and max(years) < pub_year):
            found = at  # the text's date is unknown, or the period is a past year's
            continue
        if years and max(years) > pub_year:
            continue
        days = [d.iso for d in written if d.iso and len(d.iso) == 10]
        if days and len(days) == len(written) and max(days) <= _text_today(published, written):
            found = at  # 今日開盤股價…達136元: a day already come is no outlook's period
            continue
        months = [int(d.iso[5:7]) for d in written if d.iso and len(d.iso) >= 7]
        end = _period_end_month(m.group()) if m is not None else max(months, default=12)
        if end < pub_month:
            found = at
    return found


def _year_word(text: str) -> str:
    """The year a relative date names, up to its 年 (``今年`` of ``今年上半年``); the whole
    text when it writes no 年."""
    k = text.find("年")
    return text[: k + 1] if k >= 0 else text


def _breaks_down_before(
    matches: Sequence[QuantityMatch], idx: int, cue_end: int, own_end: int, finder: _Finder
) -> int:
    """``簽約金分別為 87,142 仟元…，將於取得…後…認列收入，其中 10,266 仟元若無法…``: where a
    breakdown clause (``其中``) starts that breaks down the figures stated before a cue whose
    own clause names no figure (its object is said in words), or -1. The breakdown shares
    what it breaks down, not the cue's outlook (預估營收將達100億元，其中海外60億元 breaks
    down the outlook's own figure and keeps it); a part is in its whole's unit."""
    q, scan = matches[idx], finder.scan
    lo = bisect.bisect_left(matches, cue_end, hi=idx, key=_start)
    if lo < idx:
        return -1  # a figure follows the cue: the breakdown is of the outlook's figures
    stop = max(scan.rfind("。", 0, cue_end), scan.rfind("\n\n", 0, cue_end))
    if lo == 0 or matches[lo - 1].end <= stop or matches[lo - 1].unit != q.unit:
        return -1  # no figure stated before the cue in its sentence, or not one of its parts
        # (去年營收80億元，預計將擴產，其中新廠產能3萬片: the part of the expansion)
    delims = finder.delims
    for k in range(bisect.bisect_left(delims, own_end), len(delims)):  # no copy of the tail
        pos = delims[k]
        if pos >= q.start:
            break
        if scan[pos] in "，,；;" and finder.rx.breakdown.match(scan, pos + 1):
            return pos + 1
    return -1


def _text_today(published: str | None, dates: Sequence[DateFact]) -> str:
    """The text's own day: its report date, or later where a relative day counts from a
    day the text states (``2025年6月9日 22:55`` … ``今(10)日``: the 10th); empty if unknown."""
    days = [published[:10]] if published and len(published) >= 10 else []
    days += [d.anchor for d in dates if d.relative and d.anchor and len(d.anchor) == 10]
    return max(days, default="")


def _open_bound(d: DateFact, pos: int, finder: _Finder) -> bool:
    """``2011年後``, ``2026年以前``, or ``2010年前`` with a per-year measure (每年) between it
    and ``pos``: a year that bounds an open span (quantity_context.yaml: open_bounds)."""
    if d.precision != "year":
        return False
    rx, scan = finder.rx, finder.scan
    if rx.open_after.match(scan, d.span.end):
        return True
    m = rx.open_before.match(scan, d.span.end)
    closing = rx.closing_before.match(scan, d.span.end)
    if m is None or (closing is None and rx.per_year.search(scan, m.end(), pos) is None):
        return False
    # (將於2025年前增設工廠，預計每年可生產1,500台: a plan's deadline, its year kept; so is
    # 預計在2025年以前完成…)
    lo = scan.rfind("。", 0, d.span.start) + 1
    return rx.forecast.search(scan, lo, pos) is None


def _outlook_closed_before(
    scan: str,
    rx: _Regexes,
    cue: re.Match[str],
    span: tuple[int, int, QuantityMatch],
    match_starts: Sequence[int],
) -> bool:
    """``可可由於乾旱大漲35%，本年度可可產量預估將年減330萬噸；糖價則因供應充裕下跌17.8%``:
    a cue that stands after its clause's subject, not at the head of the sentence, is that
    clause's predicate; once its own part of the sentence (up to ``；``) has stated its
    figure, a later part that writes no cue and reports a move or a result before the
    number (``quantity_context.yaml: reported_moves``) is a new statement. A cue that
    opens the sentence (``預估今年金價上漲10%；銀價上漲5%``, ``統計處預估，批發業…；零售業…``)
    governs every part of it."""
    y_lo, s_lo, q = span
    if not (y_lo < s_lo and cue.end() <= s_lo):
        return False  # the cue is in the number's own part of the sentence
    if rx.delimiter.search(scan, y_lo, cue.start()) is None:
        return False  # the cue opens the sentence: it leads all its parts
    part_end = min(
        (p for p in (scan.find("；", cue.end(), s_lo), scan.find(";", cue.end(), s_lo)) if p >= 0),
        default=s_lo,
    )
    k = bisect.bisect_left(match_starts, cue.end())
    if not (k < len(match_starts) and match_starts[k] < part_end):
        return False  # the cue's part names no figure of its own: it leads what follows
    if rx.forecast.search(scan, s_lo, q.start):
        return False
    return rx.reported_move.search(scan, s_lo, q.start) is not None


def _repeats_outlook_period(
    scan: str,
    rx: _Regexes,
    by_start: Sequence[DateFact],
    span: tuple[int, int, int],
    year: int | None,
    starts: Sequence[int],
) -> bool:
    """``統計處預估，批發業11月營業額為…；零售業11月營業額為…``: the clause after ``；`` (from
    ``mid`` to the number at ``pos``) writes only periods that the sentence before it (from
    ``lo``) wrote between a forecast cue and its number — a list of parallel figures of one
    outlook, not a new statement (``預估2008年…；2002至2007年…`` writes another period); a
    number of another year there (``…，去年同期為短缺6.5萬噸``, a base) is none of it."""
    lo, mid, pos = span

    def periods(a: int, b: int) -> set[tuple[str | None, int | None, int | None]]:
        k = bisect.bisect_left(by_start, a, key=_span_start)
        k_hi = bisect.bisect_left(by_start, b, lo=k, key=_span_start)
        return {(d.iso, d.quarter, d.half) for d in by_start[k:k_hi]}

    # the outlook's own periods: each written between a cue and the number after it (預估
    # 2022年…將達3成; 預估，1-5月…約16萬噸，去年同期則為…: 去年 is a base told after it)
    outlook: set[tuple[str | None, int | None, int | None]] = set()
    for cue in rx.forecast.finditer(scan, lo, mid):
        k = bisect.bisect_left(starts, cue.end())
        outlook |= periods(cue.end(), min(starts[k] if k < len(starts) else mid, mid))
    mine = periods(mid, pos)
    if not outlook or not mine or not all(p[0] for p in mine):
        return False
    if year is not None and year < max(int(str(p[0])[:4]) for p in mine):
        return False  # (去年同期為短缺6.5萬噸 after 1-5月: the base's year, not the outlook's)
    return mine <= outlook


def _bracketed_value(scan: str, d: DateFact, pos: int, match_starts: Sequence[int]) -> bool:
    """A date in brackets closed before ``pos`` that a value follows inside them (a base or an
    earlier year's figure glossed beside a number: 每股盈餘2.98元(102年為3.35元),
    大增30%(去年同月為8萬5,712臺)): an aside that dates the value in its brackets only. A bare
    value in brackets of its own goes on with the series (營收為2,203億日圓(2013年為2,018億日圓)、
    營益為151億日圓(150億日圓): 150 is 2013's too)."""
    if pos > 0 and scan[pos - 1] in "(（":
        return False
    before = scan[max(0, d.span.start - 20) : d.span.start]
    if max(before.rfind("("), before.rfind("（")) <= max(before.rfind(")"), before.rfind("）")):
        return False
    close = re.search(r"[)）]", scan[d.span.end : pos])
    if close is None:
        return False
    end = d.span.end + close.start()
    k = bisect.bisect_left(match_starts, d.span.end)
    return k < len(match_starts) and match_starts[k] < end


def _target_price(
    scan: str, q: QuantityMatch, c_lo: int, s_lo: int, rx: _Regexes, ctx: _Context
) -> bool:
    """A number in a clause that names a target price (quantity_context: target_price_cues).

    A label before ： and an amount converted in brackets after the price stay in its
    clause (12個月目標股價：480美元, 875丹麥克朗（約合126美元）); so does the change a
    clause of its own makes of it (將台積的目標價，從131元降至127元: the clause opens with
    從/由, the price it changes is named in the clause before)."""
    lo = c_lo
    opened = lo > s_lo and scan[lo - 1] in "（(：:"
    changed = lo > s_lo and scan[lo - 1] in "，,"
    changed = changed and rx.target_price_change.match(scan, lo, q.start) is not None
    if opened or changed:
        lo = _clause_start(scan, lo - 1, s_lo, ctx.delimiters, 40)
    return rx.target_price.search(scan, lo, q.start) is not None


def _change_start(scan: str, q: QuantityMatch, c_lo: int, rx: _Regexes) -> int:
    """``外銷比重從10.8%降至8.1%``: where the ``從``/``由`` that makes ``q`` the value a
    change starts from stands in its clause (``quantity_context.yaml: stated_bases``,
    ``change_path``); -1 when ``q`` starts no change."""
    m = rx.base_from.search(scan, c_lo, q.start)
    to = rx.change_to.match(scan, q.end) if m is not None else None
    if m is None or to is None or rx.base_not_change_end.search(to.group()):
        return -1
    return m.start()


def _past_move_after(scan: str, rx: _Regexes, cue_end: int, pos: int) -> bool:
    """A move told as done (``股價連日大漲``, ``quantity_context.yaml: past_moves``) in a clause
    after the cue's, with no cue after it before ``pos``: a new statement, no outlook.
    A move in a trading session (``盤後暴漲``, ``session_moves``) needs no clause of its own:
    a session's move is reported once it is told."""
    last = None
    for m in rx.session_move.finditer(scan, cue_end, pos):
        last = m
    if last is not None and rx.forecast.search(scan, last.end(), pos) is None:
        return True
    last = None
    for m in rx.past_move.finditer(scan, cue_end, pos):
        last = m
    if last is None or rx.delimiter.search(scan, cue_end, last.start()) is None:
        return False
    return rx.forecast.search(scan, last.end(), pos) is None


def _object_marker(
    scan: str,
    cue: re.Match[str],
    s_lo: int,
    date_starts: Sequence[int],
    rx: _Regexes,
    ctx: _Context,
    c_limit: int,
) -> bool:
    """``將政府31.4兆美元的債務上限提高兩年``, ``Fed將短期利率從0%上調至5%``: a 將 that marks
    the object of a change (``quantity_context.yaml: object_marker``, read on the whole text
    as the object runs past the number) tells no tense, so it is no forecast cue; unless its
    clause writes a period before it (``2014年逐步將28nm製程佔營收比重從2%提升至5%``: the
    change is placed in that period, a plan)."""
    marked = rx.object_marker.match(scan, cue.start()) is not None
    if not marked and rx.object_marker_bare.match(scan, cue.start()) is None:
        return False
    lo = _clause_start(scan, cue.start(), s_lo, ctx.delimiters, c_limit)
    j = bisect.bisect_left(date_starts, lo)
    k = bisect.bisect_left(date_starts, cue.start(), lo=j)
    # (並於上個月將報價從240美元提高至265美元: a period already past places no plan; with no
    # figure in the object, 上個月將報價提高至265美元, only such a period tells the deed)
    return (marked or k > j) and all(rx.object_marker_past.match(scan, s) for s in date_starts[j:k])


def _stated_base(scan: str, q: QuantityMatch, c_lo: int, rx: _Regexes) -> bool:
    """``由今年的680萬片攀升至840萬片``, ``相較於初代Switch的80美元``: the number is the value a
    change starts from or a comparison measures against, which stands already, not the
    outlook its sentence tells (``quantity_context.yaml: stated_bases``); a base named as
    an expectation (高於市場預期的X) is none."""
    m = rx.base_from.search(scan, c_lo, q.start)
    to = rx.change_to.match(scan, q.end) if m is not None else None
    if m is not None and to is not None and not rx.base_not_change_end.search(to.group()):
        # (將從二成起跳，全年也將至少挑戰損益兩平: 至少 is no end of a change)
        if rx.base_expected.search(scan, max(c_lo, m.start() - 6), m.start()):
            return False  # 目標價由150元調降至141元: the base is an earlier expectation
        if rx.base_revision_to.search(to.group()) and rx.base_revision_from.search(
            scan, m.start(), q.start
        ):
            return False  # 從原先的1.6%下修至1.4%: a revised estimate starts from the old one
        return not _expects(scan, m.start() + 1, q.start, rx)
    # (較2012年（3719萬臺）: the clause of a value in brackets opens at the bracket; the
    # base's cue stands before it)
    lo = max(0, c_lo - 24) if c_lo > 0 and scan[c_lo - 1] in "（(" else c_lo
    m = rx.base_compared.search(scan, lo, q.start)
    if m is None and q.direction is None:
        m = rx.base_compared_past.search(scan, c_lo, q.start)  # 較去年同期為2000萬支
    return m is not None and not _expects(scan, m.start() + 1, q.start, rx)


def _rule_in_force(scan: str, q: QuantityMatch, c_lo: int, s_lo: int, rx: _Regexes) -> bool | None:
    """A draft amendment's two values (``quantity_context.yaml: in_force``): False for the
    value in force (``將現行…上限10億元提高至18億元``: 10億元, after 現行 with no change
    word between), True for the value proposed (18億元, 1.5億元 in ``由現行3億元調降為
    1.5億元``: after a change word in its clause, in a sentence that wrote 現行 before that
    change), None where the sentence names no rule in force."""
    words = [
        m
        for m in rx.in_force.finditer(scan, s_lo, q.start)
        if not rx.in_force_not_after.search(scan, max(s_lo, m.start() - 3), m.start())
    ]
    if not words:
        return None
    last = words[-1]
    if rx.in_force_change.search(scan, max(last.end(), c_lo), q.start):
        return not rx.reached.search(scan, last.end(), q.start)
    # (較現行(400台)增加5成: the value in brackets right after the word is the one in force)
    bracketed = not scan[last.end() : q.start].strip(" \t(（")
    if (last.start() >= c_lo or bracketed) and not rx.in_force_change.search(
        scan, last.end(), q.start
    ):
        return False
    return None


def _expects(scan: str, lo: int, hi: int, rx: _Regexes) -> bool:
    """A forecast cue or an expectation named in ``scan[lo:hi]`` (高於市場預期的50億元)."""
    return bool(rx.forecast.search(scan, lo, hi) or rx.base_expectation.search(scan, lo, hi))


# a period word right after 由/從/自 that a bracket after it glosses (自前一年度(2012年度)…)
_GLOSSED_FROM = re.compile(r"[由從自][^，,；;。\n（()）]{1,6}?[年季月度]$")


def _changed_to(matches: Sequence[QuantityMatch], idx: int, d: DateFact, finder: _Finder) -> bool:
    """``由2016年的4.5%縮小至0.5%``: ``matches[idx]`` is the value a change from the dated
    value before it reaches, and no date is written between (``quantity_context.yaml:
    change_path``)."""
    if idx == 0 or d.span.start == 0:
        return False
    start = d.span.start
    if finder.scan[start - 1] in "（(":
        # 自前一年度(2012年度)的虧損111億日圓轉為盈餘154億日圓: the date glosses the period
        # word the change starts from, before the bracket
        pre = finder.scan[max(0, start - 9) : start - 1]
        m = _GLOSSED_FROM.search(pre)
        start = start - 1 - len(pre) + m.start() + 1 if m else start
    if finder.scan[start - 1] not in finder.rx.change_from:
        return False
    prev, q = matches[idx - 1], matches[idx]
    if q.range_group is not None and prev.range_group == q.range_group:
        return False
    # the dated value stands right after its date (由2016年的4.5%, 由2015年的合計虧損1億元:
    # a few words naming it may stand between), not later in the clause
    # (虧損1、2千萬元: a count written 1、2 before the value is part of it)
    gap = re.sub(r"[0-9一二三四五六七八九][、~～-]$", "", finder.scan[d.span.end : prev.start])
    gap = gap.strip(" \t的之")
    if len(gap) > 6 or any(c in "，,；;。\n" or c.isdigit() for c in gap):
        return False
    return finder.rx.change_to.fullmatch(finder.scan, prev.end, q.start) is not None


def _reached_year(
    doc: Document,
    q: QuantityMatch,
    base: DateFact,
    dates: Sequence[DateFact],
    date_ends: Sequence[int],
    pub_year: int | None,
) -> DateFact | None:
    """The latest year after ``base`` and not after the text's date that the number's
    paragraph writes before it: the period a change from ``base`` has reached. A later
    year its own sentence writes before the base comes first, forecast or not (明年…滲透率將
    從今年的18%，大幅成長至26-30%: the change is told of 明年)."""
    bi = doc.block_at(q.num_start)
    lo = doc.blocks[bi].start if bi is not None else 0
    base_year = int(base.iso[:4])  # type: ignore[index]
    si = doc.sentence_at(base.span.start)
    if si is not None:
        s_lo = doc.sentences[_full_sentence(doc, si)].start
        told = [
            d
            for d in dates[: bisect.bisect_right(date_ends, base.span.start)]
            if d.span.start >= s_lo and d.iso and int(d.iso[:4]) > base_year
        ]
        if told:
            return told[-1]
    best: DateFact | None = None
    for k in range(bisect.bisect_right(date_ends, q.start) - 1, -1, -1):
        d = dates[k]
        if d.span.start < lo:
            break
        y = int(d.iso[:4])  # type: ignore[index]
        later = best is None or y > int(best.iso[:4])  # type: ignore[index]
        if y > base_year and (pub_year is None or y <= pub_year) and later:
            best = d
    return best


_QUOTES = {"“": "”", "「": "」", "『": "』"}


def _outlook_openers(scan: str, rx: _Regexes, lo: int, hi: int) -> list[re.Match[str]]:
    """The forecast cues from ``lo`` to ``hi`` and the estimate frames there (fc61: the holder
    of an estimate as its clause's subject, 市場共識大概落在…, 他們模型則是把營收往上推到…), in
    text order: both open an outlook that reaches the numbers after them. A holder that a
    comparison in its clause leads (擊敗了市場共識) frames a result, not an estimate."""
    cues = list(rx.forecast.finditer(scan, lo, hi))
    frames = [
        m
        for m in rx.estimate_frame.finditer(scan, lo, hi)
        if rx.frame_compared.search(scan, max(0, m.start() - 16), m.start()) is None
    ]
    if not frames:
        return cues
    return sorted(cues + frames, key=lambda m: m.start())


def _quoted_before(scan: str, lo: int, cue: int, pos: int) -> bool:
    """A cue inside a quotation closed before ``pos`` (表示，“這將使集團…。”此外，…利潤率達到了
    20%): the quote's outlook is the speaker's, not the reported number's after it."""
    for opener, closer in _QUOTES.items():
        o = scan.rfind(opener, lo, cue)
        if o >= 0 and scan.find(closer, o, cue) < 0 and scan.find(closer, cue, pos) >= 0:
            return True
    return False


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` lies inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, start, key=lambda s: s[0]) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _compared_later(
    doc: Document,
    si: int,
    pos: int,
    dates: Sequence[DateFact],
    date_starts: Sequence[int],
    finder: _Finder,
) -> list[int]:
    """The years of the comparison bases in the full sentence of ``pos`` (較2024年, 上年同期),
    or none when the sentence writes any other date or an unresolved one."""
    lo, hi = doc.sentences[_full_sentence(doc, si)].start, doc.sentences[si].end
    years: list[int] = []
    for k in range(bisect.bisect_left(date_starts, lo), len(dates)):  # no copy of the tail
        d = dates[k]
        if d.span.end > hi:
            break
        if not d.iso or not (finder.is_comparison(d) or finder.is_aside(d, pos)):
            return []
        years.append(int(d.iso[:4]))
    return years


def _paragraph_results_period(
    doc: Document,
    pos: int,
    dates: Sequence[DateFact],
    date_starts: Sequence[int],
    finder: _Finder,
) -> DateFact | None:
    """``營業額12.3億元，按年增5%。…董事會公布截至2025年6月30日止六個月的業績``: a results
    notice that gives its figures before the sentence naming the period they report. That
    period, the only date of the paragraph, written in a later sentence that names results
    (``quantity_context.yaml: results_periods``), dates the paragraph's yearless figures; not
    a plan, base, span or forecast sentence, nor a paragraph that sets any other date."""
    bi = doc.block_at(pos)
    if bi is None:
        return None
    block = doc.blocks[bi]
    if block.kind in ("title", "heading"):
        return None
    lo = bisect.bisect_left(date_starts, block.start)
    hi = bisect.bisect_left(date_starts, block.end)
    if hi - lo != 1:
        return None
    d = dates[lo]
    si = doc.sentence_at(pos)
    di = doc.sentence_at(d.span.start)
    if si is None or di is None or not d.iso or d.relative:
        return None
    own = doc.sentences[si]
    sent = doc.sentences[_full_sentence(doc, di)]
    if sent.start < own.end or d.span.start <= pos:
        return None  # (a date in the number's own sentence is _later_period's)
    if (
        finder.is_plan(d)
        or finder.is_comparison(d)
        or finder.is_since(d)
        or finder.is_edition(d)
        or finder.names_a_thing(d)
        or finder.is_deadline(d)
    ):
        return None
    rx = finder.rx
    if rx.forecast.search(finder.scan, sent.start, sent.end):
        return None
    if not rx.results_period.search(finder.scan, sent.start, sent.end):
        return None
    return d


def _later_period(
    doc: Document,
    q: QuantityMatch,
    si: int | None,
    dates: Sequence[DateFact],
    date_starts: Sequence[int],
    finder: _Finder,
) -> DateFact | None:
    """``出口至美國的金額為1113億美元…，源自於2024年…``: a sentence that writes its period
    only after the number. A clause opening with a continuation word (``…超過20%後，而
    2024年…``) states something else, so does a plan (``以3.5億元收購…，預計今年第2季
    完成``: when the deal closes, not the price's period), a comparison base, and the
    periods that head a ``分別`` list (``…20%以下，2022年—2024年分別是A、B、C``), nor does a
    sentence that counts since a year written before the number."""
    if si is None:
        return None
    hi = doc.sentences[si].end
    k = bisect.bisect_left(date_starts, q.end)
    lo = doc.sentences[_full_sentence(doc, si)].start
    if any(finder.is_since(d) for d in dates[bisect.bisect_left(date_starts, lo) : k]):
        # 統計自1995年以來，聯準會曾四度停止升息，…僅在2018年落後: a sentence that counts
        # since a year measures the whole span; a later year is one of its occurrences
        return None
    while k < len(dates) and dates[k].span.end <= hi:
        d = dates[k]
        if finder.rx.turn.search(finder.scan, q.end, d.span.start) or finder.rx.forecast.search(
            finder.scan, q.end, d.span.start
        ):
            return None
        end = max(
            e.span.end
            for e in dates[k : k + 3]
            if e is d or (d.period_id and e.period_id == d.period_id)
        )
        head = _LIST_HEAD.match(finder.scan, end)
        if head is not None and _LIST_CUE.search(head.group()):
            return None  # (…20%以下，2022年—2024年分別是A、B、C: the list's periods)
        if _bracket_base(finder.scan, d):
            k += 1  # (增加至6.96億港元（2022年：港幣5700萬元）: the bracket's base is no period)
            continue
        if finder.names_a_thing(d):
            k += 1  # (年息1.75厘的10億美元票據；於2032年到期、…: the next note's maturity)
            continue
        if not finder.is_comparison(d) and not finder.is_since(d):
            return d
        k += 1
    return None


# what joins the periods of a list (2017年、2018年; 2016至2020年)
_PERIOD_JOIN = re.compile(r"[ \t]*[、及和與至到~～—-][ \t]*")


def _count_period(
    doc: Document,
    q: QuantityMatch,
    si: int | None,
    dates: Sequence[DateFact],
    date_starts: Sequence[int],
    finder: _Finder,
) -> DateFact | None:
    """``共計980家皆已於6月12日前完成5月營收申報``: a small count written before the period
    that dates its clause (or a clause after it the count is the subject of, ``共計950家，
    皆已如期完成3月營收申報``) is counted at that period. Not a period of a list or span
    (``40款仿製藥2017年、2018年``): a count is dated by one period or none; nor the horizon
    of a target (``三國…爭取到2030年將…``, quantity_context.yaml count_horizon_before)."""
    later = _later_period(doc, q, si, dates, date_starts, finder)
    if later is None or not later.iso:
        return None
    scan, rx = finder.scan, finder.rx
    before = scan[max(0, later.span.start - 4) : later.span.start].rstrip(" \t")
    if before.endswith(rx.count_horizon):
        return None  # (三國…爭取到2030年將交流規模增至…: the horizon of a target, not the count's)
    pos = q.end
    while (stop := _CLAUSE_STOP.search(scan, pos, later.span.start)) is not None:
        at = stop.start()
        grouped = (
            scan[at] == "," and scan[at - 1 : at].isdigit() and scan[at + 1 : at + 2].isdigit()
        )
        if not grouped and rx.count_continues.match(scan, at) is None:
            return None  # (1,026家: a digit group's comma ends no clause)
        pos = stop.end()
    k = bisect.bisect_left(date_starts, later.span.end)
    if k < len(dates) and _PERIOD_JOIN.fullmatch(scan, later.span.end, dates[k].span.start):
        return None  # (2017年、2018年, 2019-2020年: a list or span of periods, no one period)
    return later


# from a number to the next inside a bracket that opens right after it: 4,000戶(年增20%)
_BRACKET_OPEN = re.compile(r"[ \t]*[(（][^()（），。；]*")

# the clause after a date, up to its first number: where a 分別 list it heads would start
_LIST_HEAD = re.compile(r"[^，。；,;\n0-9０-９]*")


def extract_quantities(
    doc: Document,
    dates: Sequence[DateFact] | None = None,
    *,
    subjects: bool = True,
    tokens: TokenLayer | None = None,
    boxes: GlyphBoxes | None = None,
) -> list[Quantity]:
    """Quantity facts (q1..) for ``doc`` with provenance, year, forecast flag and subject.

    ``dates`` are the document's date facts: numbers inside them are not quantities,
    and a quantity takes the year of the nearest date before it in its sentence.
    Table blocks are left to the tables stage. ``subjects=False`` skips the subject
    look-up, the one step that reads words; ``tokens`` is the document's token layer
    (cut here, on the first subject, when not given). ``boxes`` are a PDF's glyph boxes: a
    chart's change labels (``QoQ`` over its figure) are paired by where they stand.
    """
    layers = [tokens] if tokens is not None else []

    def layer() -> TokenLayer:
        if not layers:
            from pipeline.segment import token_layer

            layers.append(token_layer(doc.text))
        return layers[0]

    if dates is None:
        dates = _dates_for(doc)
    charted = chart_labels(doc, boxes, dates)
    skip = [(d.span.start, d.span.end) for d in dates]
    dates = _told_periods(dates)
    ctx = _context()
    skip += _around(
        [(b.start, b.end) for b in doc.blocks if b.kind in ctx.skip_block_kinds], charted
    )
    skip += _name_spans(doc.text)
    finder = _Finder(doc.text, skip)
    scan, rx = finder.scan, finder.rx
    matches = _drop_table_like(doc, finder.run(), scan, ctx, charted)
    ticks = axis_ticks(doc, boxes)
    if ticks:  # a chart's value-axis ticks are no quantities the slide states
        tick_starts = [a for a, _ in ticks]
        matches = [q for q in matches if not _in_tick(q.num_start, ticks, tick_starts)]
    c_limit = 40
    window = int(ctx.subject["window"])  # characters each side worth segmenting
    date_ends, date_list = _date_index(dates)
    headed = [j for j, b in enumerate(doc.blocks) if b.kind in ("heading", "title")]
    date_starts = [d.span.start for d in date_list]
    all_ends = sorted(d.span.end for d in dates)
    all_starts = sorted(d.span.start for d in dates)
    by_start = sorted(dates, key=lambda d: d.span.start)
    vague_spans = sorted((d.span.start, d.span.end) for d in dates if d.vague)
    # a sentence that writes its own time frame, vague (近年來) or a span of years back
    # (較3年前): its figures continue no period of the sentences before it
    frame_spans = sorted(
        (d.span.start, d.span.end)
        for d in dates
        if d.vague or (d.iso is None and rx.years_back.fullmatch(d.text))
    )
    # 今(31)日 with no month to count from: still the day the text is written (昨(25)日 the
    # day before it: quantity_context.yaml present_day_heads)
    today = [
        d
        for d in dates
        if d.iso is None
        and not d.vague
        and d.precision == "day"
        and d.text[:1] in _present_day_heads()
        # (links34: not a day of 今年 the text leaves unresolved, 預料截至今年3月底止的年度，可增長
        # 20%: a day of the year, no today)
        and d.text[1:2] != "年"
    ]
    today_ends = sorted(d.span.end for d in today)
    # 今年上半年 in a text that fixes no year: a period stated but not resolved (not 較上月,
    # nor 今(27)日公佈第二季營收…；營業淨利…: the present, whose year is the text's)
    open_starts = sorted(
        d.span.start
        for d in dates
        if d.iso is None and not d.vague and not finder.is_comparison(d) and d not in today
    )
    # the year the document is written in: computed once, when a number needs it
    doc_year = functools.cache(lambda: _document_year(doc, dates))
    pub_year = _history_year(doc, dates)
    year_end = functools.cache(lambda: _year_end_reported(doc, dates, doc_year()))
    date_by_id = {d.id: d for d in dates}
    date_periods = functools.cache(lambda: _dates_by_period(date_by_id.values()))
    lists = _list_order_years(
        doc, matches, date_list, scan, finder.is_comparison, finder.names_a_thing
    )
    glosses, ambiguous = _glossed_periods(scan, rx, date_list)
    ambiguous_word = (
        re.compile("|".join(map(re.escape, sorted(ambiguous, key=lambda w: (-len(w), w)))))
        if ambiguous
        else None
    )
    glossed_word = (
        re.compile("|".join(map(re.escape, sorted(glosses, key=len, reverse=True))))
        if glosses
        else None
    )
    # 低於2.08億美元的市場預期: the expectation a number names is no cue for later clauses
    # … nor is the one named before it (遜於經濟學家預期的0.5%；年增率報5.5%, 接近原先所預估
    # 高標213億元，季增約5%): the cue's outlook ends with the value it names
    expected = sorted(
        [(m.start(), m.end()) for x in matches if (m := rx.expectation_after.match(scan, x.end))]
        + [
            (m.start(), x.end)
            for x in matches
            if (m := rx.expectation_before.search(scan, max(0, x.start - 12), x.start))
        ]
        # (超出了分析師的預期，投銀業務費用收入成長31%: an expectation a result beat or missed is
        # told of the result, no outlook for the clauses after it)
        + [m.span() for m in rx.compared_expectation.finditer(scan)]
    )
    columns = _column_years(matches, by_start, scan, ctx.table_like)

    out: list[Quantity] = []
    range_ids: dict[int, str] = {}
    prev_in_sentence: dict[int, Quantity] = {}
    outlook: dict[str, bool] = {}  # date id -> forecast flag of its own sentence's numbers
    listed_outlook: dict[int, int] = {}  # year -> last sentence whose list projected it
    named_expectations: set[str] = set()  # ids of numbers followed by 的市場預期
    base_values: set[int] = set()  # indices (from 1) of numbers that are a base's own value
    # ids of the facts of a run the text's reported period started (本週…成交金額…。成交金額
    # 前3名…7874億元): the week a weekly reports is a period, not the vague present
    period_run: set[int] = set()
    match_starts = [m.start for m in matches]
    # 市盈率34.67倍(2025年預測): a bracketed forecast mark projects the number before it only
    marked: dict[int, int] = {}  # number's end -> its mark's end
    for mq in matches:
        if (mark := rx.forecast_mark_after.match(scan, mq.end)) is not None:
            marked[mq.end] = mark.end()
    reported_years = _reported_years(doc, date_list, match_starts, finder)
    # a digest's link words (閱讀全文) are literal words: a text that writes none anywhere has
    # none in any sentence, and no number's sentence need be read for them
    item_breaks_written = rx.item_break.search(scan) is not None
    # the facts of each sentence so far (``_lead_is_outlook`` asks for one sentence's)
    by_sentence: dict[int | None, list[Quantity]] = {}
    # the sentences whose figures share, as a breakdown, the outlook of the sentence before
    # (its first sentence → the period's year)
    broken_down: dict[int, int] = {}
    for i, q in enumerate(matches, start=1):
        prev_end = matches[i - 2].end if i > 1 else -1
        si = doc.sentence_at(q.num_start)
        if si is not None:
            s_lo, s_hi = doc.sentences[si].start, doc.sentences[si].end
        else:
            bi = doc.block_at(q.num_start)
            s_lo, s_hi = (
                (doc.blocks[bi].start, doc.blocks[bi].end) if bi is not None else (0, len(scan))
            )
        # year: the nearest date before the number in its sentence (its clauses up to 。)
        year: int | None = None
        year_id: str | None = None
        link: str | None = None
        y_lo = doc.sentences[_full_sentence(doc, si)].start if si is not None else s_lo
        # 閱讀全文...美債上限談判卡關 公股銀曝險約3476億元: a digest's link to the full story
        # ends one item; the headline after it is a new one, whatever punctuation is missing
        item_break = (
            max((m.end() for m in rx.item_break.finditer(scan, y_lo, q.start)), default=-1)
            if item_breaks_written
            else -1
        )
        if item_break >= 0:
            y_lo, s_lo = item_break, max(s_lo, item_break)
        k = bisect.bisect_right(date_ends, q.start) - 1
        while (
            k >= 0
            and date_list[k].span.start >= y_lo
            and (
                (
                    finder.is_comparison(date_list[k])
                    and not rx.base_value.fullmatch(scan, date_list[k].span.end, q.start)
                    # (與2021年高檔9140億元相比: a value inside the frame is the base's own)
                    and not finder.in_with_frame(date_list[k], q.start)
                )
                or finder.is_aside(date_list[k], q.start)
                or finder.is_history(date_list[k], q.start)
                # 是2024年的兩倍: the base of a multiple, not the multiple's period
                or rx.multiple_base.match(scan, date_list[k].span.end)
                or finder.is_edition(date_list[k])  # MatePad 11.5 2024，售價1999元
                or finder.names_a_thing(date_list[k])  # 2027年到期的債券5億美元
                # 達到2010年開始編制相關資料以來最高的560億美元: where the records start
                or rx.since_records.match(scan, date_list[k].span.end)
                # 毛利率為2015年以來最低的18%: the start of the span a value is ranked over
                or rx.since_rank.match(scan, date_list[k].span.end)
                # 暴減43%(去年同月為47萬6,183臺)、PS5大增30%: a base in brackets dates its own value
                or _bracketed_value(scan, date_list[k], q.start, match_starts)
                # 2024年，《…規劃（2021-2035）》獲批覆，…突破100萬戶: the sentence's own year
                # was written before the title (《2024年…報告》顯示 dates what it reports)
                or _dated_before(
                    date_list,
                    k,
                    y_lo,
                    _title_opening(scan, date_list[k], q.start, rx.title_brackets, y_lo),
                )
            )
        ):
            k -= 1  # 較2022年衰退5.8%: 2022 is the base of the comparison, not the period
            # (低於去年26%的增速: a number right after its base is the base's own value)
        k_end = -1
        # 高於2024年調整後的46.3%: the value of a comparison base, history whatever the cue
        base_valued = (
            k >= 0 and date_list[k].span.start >= y_lo and finder.is_comparison(date_list[k])
        )
        if k >= 0 and date_list[k].span.start >= y_lo:
            d = date_list[k]
            year, year_id = int(d.iso[:4]), d.id  # type: ignore[index]
            link = "same_sentence"
            k_end = d.span.end
            if k > 0 and d.period_id and date_list[k - 1].period_id == d.period_id:
                start = date_list[k - 1]
                before = scan[max(0, q.start - 3) : q.start].rstrip(" \t")
                if before[-1:] and rx.change_from_date.search(before) and start.iso:
                    # 2013年至2023年，合計營收從179億瑞士法郎下降至44億: the span's start
                    # (過去20年 (2003/3/31-2023/3/31)，市值自8400億元成長至13.8兆: 自 too)
                    year, year_id = int(start.iso[:4]), start.id
            fiscal = _fiscal_gloss(scan, date_list, k, rx)
            if fiscal is not None:
                year, year_id = int(fiscal.iso[:4]), fiscal.id  # type: ignore[index]
        if (
            link == "same_sentence"
            and (i - 1) in base_values
            and out
            and rx.base_list_join.fullmatch(scan, matches[i - 2].end, q.start)
        ):
            # 比起去年同期的1.65%、1.25%: the values listed after a base's own value are the
            # base's too
            year, year_id, base_valued = out[-1].year, out[-1].year_date_id, True
        if base_valued and link == "same_sentence":
            base_values.add(i)
            stated_value = out[-1] if out and si is not None and out[-1].sentence == si else None
            if (
                stated_value is not None
                and (i - 1) not in base_values
                and date_list[k].relative
                # (a year back, 去年同期; not 較首季, a quarter of the same year)
                and (date_list[k].iso or "")[:4] < (date_list[k].anchor or "")[:4]
                and stated_value.year is not None
                and stated_value.year == year
            ):
                # 其中海外營收40億元(2023), 較去年同期的35億元: a base is of a year before the
                # value it is compared with; 去年 resolved from a text year one later than the
                # period the sentence continues names that period's year, so the base is the
                # year before it
                year, year_id = stated_value.year - 1, None
        if (
            link == "same_sentence"
            and out
            and q.range_group is not None
            and matches[i - 2].range_group == q.range_group
            and out[-1].year_link in ("continuation", "anchor")
            and _changed_to(matches, i - 2, date_list[k], finder)
        ):
            # 成長至26-30%: the range's end shares the period its start reached
            year, year_id, link = out[-1].year, out[-1].year_date_id, out[-1].year_link
        elif link == "same_sentence" and _changed_to(matches, i - 1, date_list[k], finder):
            # 由2016年的4.5%縮小至0.5%: the value a change reaches is of the latest year its
            # paragraph has reported (2023年…由2022年的25.5%降至17.5%), else the text's own
            reached = _reached_year(doc, q, date_list[k], date_list, date_ends, pub_year)
            if reached is not None:
                year, year_id, link = int(reached.iso[:4]), reached.id, "continuation"  # type: ignore[index]
            else:
                year, year_id = doc_year(), None
                link = "anchor" if year is not None else None
        if (
            link == "same_sentence"
            and year is not None
            and year <= (pub_year or doc_year() or year)  # (history, or a text of no year)
            and not rx.forecast.search(scan, y_lo, q.start)
            and date_list[k].precision == "year"
            and not date_list[k].period_id
            and not base_valued
            and k_end <= _change_start(scan, q, s_lo, rx)
        ):
            # 2017年…外銷比重從10.8%降至8.1%: a change over a year starts from the level
            # the year before left (a month or quarter names no such start: 5月失業率由3.8%
            # 降至3.7% starts from April; an outlook's, 預估2030年將從30%提高至50%, from now)
            # (進口量由2012年的190…截至2022年已攀升至326…，國產酒量同期間由537減少至392: a
            # later change of the sentence runs over the span its first one set, from 2012)
            first = _span_start_before(scan, date_list, k, y_lo, rx)
            year, year_id = (int(first.iso[:4]), first.id) if first else (year - 1, None)  # type: ignore[index]
        if (
            link == "same_sentence"
            and year is not None
            and rx.since_total_after.match(scan, k_end)
            and rx.since_total_cue.search(scan, k_end, q.start)
            and (dy := doc_year()) is not None
            and dy > year
        ):
            # 政府從去年10月起已陸續協助業者提交3232件: a total run from a start up to now is
            # of the text's year, the span's end (FORMAT), not of its start
            year, year_id, link = dy, None, "anchor"
        bounded = link == "same_sentence" and _open_bound(date_list[k], q.start, finder)
        if link == "same_sentence" and (
            rx.other_years.search(scan, k_end, q.start)
            or _vague_between(vague_spans, k_end, q.start)
        ):
            # 2020年…外，其他年度均維持在706至755百萬公升之間; 2022年…，威士忌近年進口值
            # 超過百億元: the years the number measures are others, or no calendar year
            bounded = True
        if bounded:
            # 2011年後…每年成長幅度在6~10%: a span with one end open is no calendar year
            year, year_id, link = None, None, None
        # 2013年營收…，今年前三季營收 4.26億元 in a text that fixes no year: the number's
        # period is the unresolved one after the written date, not that date
        j = bisect.bisect_left(open_starts, max(y_lo, k_end))
        stated_open = bounded or (j < len(open_starts) and open_starts[j] < q.start)
        if not stated_open and k_end < 0 and rx.past_opener.match(scan, y_lo) is not None:
            # 過去全球90%人口住在農村 after a sentence about 2030: how things were, no year
            stated_open = True
        if stated_open:
            year, year_id, link = None, None, None
        # 上季北美市場銷售量成長3% after 上季(2016年10-12月): the period the text glossed
        said: re.Match[str] | None = None
        if glossed_word is not None and not stated_open:
            said = max(  # the last one before the number
                glossed_word.finditer(scan, max(y_lo, k_end), q.start),
                key=lambda m: m.start(),
                default=None,
            )
        if said is not None:
            d = glosses[said.group()]
            year, year_id, link = int(d.iso[:4]), d.id, "same_sentence"  # type: ignore[index]
            k_end = said.end()
        elif (
            year is None
            and ambiguous_word is not None
            and ambiguous_word.search(scan, s_lo, q.start) is not None
        ):
            # 上季 glossed as 2016's and as 2017's quarter, then 上季北美市場成長4%至1,200萬台:
            # the sentence states a period nothing resolves, so it continues none
            stated_open = True
        # 目前, 現已, 上週 after any date of the sentence: the number measures the present
        # (由目前約35%提高至50%: only the first number after "from the present" does)
        # (…目前產品營收結構為…7-8成；市場結構方面，台灣40-50%: the clauses after ； too, when
        # the sentence writes no date before the number: 截至2023年底…，現階段…；經統計… is 2023)
        p_lo = y_lo if year_id is None else s_lo
        cue_end = -1
        period_cue = False  # (the last cue names the period the text reports: 本週)
        # (searched up to the number's end: 過戶日前十五個 — a cue's look-ahead sees the number)
        for m in rx.present.finditer(scan, p_lo, q.end):
            if m.end() > q.start:
                break
            starts_change = m.start() > 0 and scan[m.start() - 1] in "由從"
            if not (starts_change and prev_end > m.end()):
                cue_end = m.end()
                period_cue = m.group() in rx.present_periods
        j = bisect.bisect_left(today_ends, q.start + 1) - 1
        if j >= 0 and today_ends[j] >= p_lo:
            cue_end = max(cue_end, today_ends[j])
        present = cue_end >= 0 and (year_id is None or cue_end > k_end)
        if (
            present
            and year_id is not None
            and rx.forecast.search(scan, y_lo, k_end)
            and rx.forecast.search(scan, cue_end, q.start)
        ):
            # 展望2023年，…指出，近期防疫措施鬆綁，…預估製造業產值26.32兆元: a forecast cue
            # after the present one projects the number into the period the sentence looked
            # out to (not a history year's: 2020年疫情爆發，目前預估市場規模… is the present)
            present = False
        if present:
            year, year_id = doc_year(), None
            link = "anchor" if year is not None else None
        in_period = present and period_cue and year is not None
        listed = lists.get(id(q))
        if listed is not None:
            # 民國113年及112年…分別為 4,843千元及6,137千元: the n-th value, n-th date
            (year, year_id), link = listed, "list_order"
        column = columns.get(id(q))
        if column is not None and link in (None, "heading", "continuation", "anchor"):
            # 4Q25 3Q25 4Q24 over a row of values: each value is its column's period
            (year, year_id), link = column, "column"
        if year is None and not present:
            # 營收 5億元（2023年）: a date in brackets right after the number.
            k = bisect.bisect_left(date_starts, q.end)
            if k < len(date_list) and not scan[q.end : date_list[k].span.start].strip(" \t(（"):
                d = date_list[k]
                if (
                    d.span.start - q.end <= 3
                    and d.span.end <= s_hi
                    # (每股盈餘 3.1元（去年同期2.4元）: a bracket that gives another period's
                    # value compares, it dates that value, not the one before it)
                    and not _BRACKET_VALUE_AFTER.match(scan, d.span.end)
                ):
                    year, year_id = int(d.iso[:4]), d.id  # type: ignore[index]
                    link = "after_number"
        leads = _lead_lines(doc, q.num_start, scan)
        for lo, hi in leads if year is None and not present else []:
            # • 合併營收約介於… under 「2026年第一季業績展望 / 台積公司預期:」
            k = bisect.bisect_right(date_ends, hi) - 1
            if k >= 0 and date_list[k].span.start >= lo:
                d = date_list[k]
                if _labels_another_row(scan, d, q.start, rx.row_of_values):
                    continue  # (dates52) Y23 $886 $949 $982⏎YoY -3%: a row's label, no lead
                year, year_id, link = int(d.iso[:4]), d.id, "heading"  # type: ignore[index]
                break
        if (
            year is None
            and not present
            and not stated_open
            and (q.kind != "count" or abs(q.value) >= ctx.volume_count_min)
            and (
                run_year := _run_opening_year(
                    doc, q.num_start, scan, date_list, date_starts, finder, match_starts
                )
            )
            is not None
        ):
            # • 2025 年伺服器電源收入佔總營收 22%⏎• 一般伺服器佔 14-15%: the first bullet of the
            # run names the year its later bullets go on with
            year, year_id, link = int(run_year.iso[:4]), run_year.id, "heading"  # type: ignore[index]
        yearless = rx.yearless.search(scan, y_lo, q.start)
        # (the period nearest the number: 第四季度銷量年增2%，…全年預計將成長5% is the year's)
        nearest = [m.group() for m in rx.yearless.finditer(scan, y_lo, q.start)][-1:]
        repeated = (
            _same_period_before(doc, q.start, nearest[0], date_list, date_ends, finder)
            if year is None and not stated_open and not present and nearest
            else None
        )
        if repeated is not None:
            # 安森美2024年第四季…。⏎第四季度營收17.2億美元: the quarter the paragraph before
            # wrote with its year, said again without it, is that quarter still
            year, year_id, link = int(repeated.iso[:4]), repeated.id, "continuation"  # type: ignore[index]
        elif year is None and not stated_open and not present and yearless:
            # 第一季台灣DRAM產業產值為532億元: a quarter of the year the text is written in
            year, year_id = doc_year(), None
            link = "anchor" if year is not None else None
            pub_month = doc.metadata.published[5:7] if doc.metadata.published else ""
            start_month = _period_start_month(yearless.group())
            if (
                year is not None
                and (
                    (pub_month.isdigit() and start_month > int(pub_month))
                    # 自結第4季…單季EPS高達1.62元 in a text with no date of its own that
                    # reports 2016年全年: the fourth quarter or second half it reports is
                    # of the year just closed (dates.year_end_reported)
                    or (
                        not pub_month
                        and start_month >= 7
                        and _period_end_month(yearless.group()) == 12
                        and year_end()
                    )
                )
                and not rx.forecast.search(scan, y_lo, q.start)
            ):
                # 第四季度的銷售額下降了1.4% in February: a period not yet begun at the
                # text's date that it reports on is last year's
                year -= 1
        # 電池系統(40~50%)、馬達(10~15%): a figure in brackets after a name describes the
        # thing named; it takes no period from the sentences before (a new topic)
        # (a share: an amount in brackets, 海外營收(3億元), still measures the paragraph's
        # period, and so does a figure of a 其中 sentence)
        aside = (
            q.kind == "percent"
            and _bracket_aside(scan, q)
            and not rx.continues.match(scan, doc.sentences[_full_sentence(doc, si)].start)
            if si is not None
            else False
        )
        # 近年來政經情勢逐漸穩定，經濟成長率均維持在7%以上 after a sentence of 2015: the
        # sentence's own frame, no continued year
        # (全球CIS市場規模每年維持7%-8%成長幅度: a per-year measure in the number's clause
        # is of every year, no one continued)
        # (年均成長率將達23%，使市場規模在2026年達到…: a compound rate is no per-year frame —
        # FORMAT gives it the end year of its span)
        c_lo = _clause_start(scan, q.start, s_lo, ctx.delimiters, c_limit)
        framed = year is None and (
            _vague_between(frame_spans, y_lo, q.start)
            or (
                rx.per_year.search(scan, c_lo, q.start) is not None
                and rx.compound_rate.search(scan, c_lo, q.start) is None
            )
        )
        # (a count this large, 出貨量約1,365萬台, 銷量1,700萬輛, 員工1.4萬多名, is a volume or a
        # stock measured at a period, as an amount is: it takes a period from its heading or
        # the sentence it continues, not a plan's year (…2027年可望達70萬台。然而，約14.6萬家
        # 工廠…: what exists now); a small one, 兩家, 3款產品, names things, no period — unless
        # its sentence breaks down a count of the one before (…，國內已有20多家…。其中4款產品
        # 已申報上市: FORMAT, a lead sentence is the heading of the 其中… breakdown after it;
        # not 2024年營收年增10%。其中新增客戶3家, which breaks no count down)
        periodic = (
            q.kind != "count"
            or abs(q.value) >= ctx.volume_count_min
            or (
                si is not None
                and rx.breakdown.match(scan, y_lo) is not None
                and _breaks_down_a_count(doc, y_lo, out)
            )
        )
        headed_base = year is None and (
            _bracket_head(scan, q, date_list, date_starts)
            # 收入及毛利分別為5.2億元及1.3億元（2022年：分別為…）: each figure of the list
            # the bracket closes stands before it (base_list_joiners between them)
            or _listed_before_bracket(scan, matches, i - 1, date_list, date_starts, rx)
        )
        if headed_base and not stated_open and not present:
            # 營業額6.96億港元（2022年：5.7億港元）: the figure before a comparative bracket is
            # of the results period the text names (截至2023年12月31日止年度), not the base's
            # (a results box under its dated heading keeps the heading's period)
            inherited = _inherited_year(
                doc, q.start, date_list, date_ends, finder, headed, item_break, reported_years
            )
            reported = _reported_results_period(doc, date_list, q.start, finder)
            if inherited is not None and inherited[1] == "heading":
                pass
            elif reported is not None:
                year, year_id, link = int(reported.iso[:4]), reported.id, "continuation"  # type: ignore[index]
        if year is None and periodic and not stated_open and not present and not framed:
            inherited = _inherited_year(
                doc, q.start, date_list, date_ends, finder, headed, item_break, reported_years
            )
            if inherited is not None and not (aside and inherited[1] == "continuation"):
                d, link = inherited
                year, year_id = int(d.iso[:4]), d.id  # type: ignore[index]
        if (
            year is None
            and periodic
            and not stated_open
            and not present
            and out
            and item_break < 0
            and not framed
        ):
            chained = _chained_year(
                doc, out[-1], q, si, all_starts, rx.continues, id(out[-1]) in period_run
            )
            planned = (
                chained is not None
                and chained[1] is not None
                and chained[1] in date_by_id
                and finder.is_plan(date_by_id[chained[1]])
                and (
                    _own_yearless_period(doc, si, q.start, finder)
                    or rx.done_mark.search(scan, y_lo, q.start) is not None
                )
            )
            if chained is not None and not aside and not planned:
                (year, year_id), link = chained, "continuation"
                in_period = id(out[-1]) in period_run and year_id is None
        if (
            q.kind == "count"
            and link in ("continuation", "heading")
            and year_id in date_by_id
            and finder.is_plan(date_by_id[year_id])
        ):
            year, year_id, link = None, None, None  # (a count continues no plan's year)
        if (
            link == "continuation"
            and year_id in date_by_id
            and date_by_id[year_id].span.start < y_lo
            and _in_example(scan, date_by_id[year_id])
            and not rx.continues.match(scan, y_lo)
            and not rx.history_then.search(scan, y_lo, q.start)
        ):
            # 以碧桂園2023年的數據為例，…73萬戶…。據陸挺估算，…需要3兆人民幣: an example dates
            # its own sentence; the next one continues it only if it says so (其中, 而…, or
            # 當時 pointing back at it: 以2011年為例，…。值得注意的是，當時…上漲4.7%)
            year, year_id, link = None, None, None
        if year is None and periodic and not stated_open and not present and not framed:
            later = _later_period(doc, q, si, date_list, date_starts, finder)
            if later is not None:
                year, year_id, link = int(later.iso[:4]), later.id, "same_sentence"  # type: ignore[index]
            else:
                told = _paragraph_results_period(doc, q.start, date_list, date_starts, finder)
                if told is not None:
                    year, year_id, link = int(told.iso[:4]), told.id, "continuation"  # type: ignore[index]
        if (
            year is None
            and q.kind == "count"
            and not periodic
            and not stated_open
            and not present
            and not framed
            and (dated := _count_period(doc, q, si, date_list, date_starts, finder)) is not None
        ):
            year, year_id, link = int(dated.iso[:4]), dated.id, "same_sentence"  # type: ignore[index]
        if (
            year is None
            and not stated_open
            and not present
            and rx.present_quarter.search(scan, y_lo, q.start)
            and (bq := doc.block_at(q.start)) is not None
            and doc.blocks[bq].kind not in ("title", "heading")  # (a headline restates)
        ):
            # 單季權益法認列的投資收益為2.77億元: the quarter the text reports, pointed at, in
            # a sentence that continues no dated one: the quarter the text dates (nearest
            # before, else first after; 單季營收1878億美元 over 2024年第四季營收…), else one of
            # the text's own year
            reported = _reported_quarter(date_list, q.start, finder)
            if reported is not None:
                year, year_id, link = int(reported.iso[:4]), reported.id, "continuation"  # type: ignore[index]
            elif (dy := doc_year()) is not None:
                year, year_id, link = dy, None, "anchor"
        if (
            year is None
            and not stated_open
            and not present
            and rx.present_results.search(scan, y_lo, q.start)
            and (bq := doc.block_at(q.start)) is not None
            and doc.blocks[bq].kind not in ("title", "heading")
        ):
            # 集團期內取得…資助4090萬港元: the results period the text names
            reported = _reported_results_period(doc, date_list, q.start, finder)
            if reported is not None:
                year, year_id, link = int(reported.iso[:4]), reported.id, "continuation"  # type: ignore[index]
        if (
            year is None
            and not stated_open
            and not present
            and rx.quote.search(
                scan, _quoted_clause(scan, q.start, s_lo, rx, ctx, c_limit), q.start
            )
            and (dy := doc_year()) is not None
        ):
            # 最新股價為每股205美元, 黃金期貨漲0.35%: a market quote with no period of its own is
            # the text's day (quantity_context.yaml quote_cues)
            year, year_id, link = dy, None, "anchor"
        if year is None and not stated_open and not present and si is not None:
            # 接近800萬美元的價格標籤比2024年超級碗…高出近100萬美元: a sentence whose only
            # dates are the bases it compares with measures a later period, the text's own
            compared = _compared_later(doc, si, q.start, date_list, date_starts, finder)
            if compared and (dy := doc_year()) is not None and all(y < dy for y in compared):
                year, year_id, link = dy, None, "anchor"
        if year is not None and said is None and link in ("same_sentence", "anchor"):
            prior = _prior_quarter_year(scan, q, y_lo, year, date_by_id.get(year_id or ""), rx)
            if prior is not None:
                # 第一季淨利差為1.4%…較上季的1.46%: the base's value is the quarter before's
                year, year_id = prior, None
        # (only in the number's clause: 創下25年來最佳表現，台股市值更突破3兆美元)
        span_lo = c_lo  # (the number's clause start, worked out above)
        spanned = _span_on_number(matches, i - 1, span_lo, k_end, finder)
        if year is not None and link != "list_order" and spanned:
            # 未來20年…平均年成長率4.7%-5%: the period written on the number is no calendar year
            year, year_id, link = None, None, None
        if q.kind == "duration":
            # 近15年, 5-8年: a length of time is no calendar period (FORMAT: null)
            year, year_id, link = None, None, None
        if (
            year is not None
            and link in ("continuation", "anchor", "heading")
            and rx.trial_endpoint.search(scan, _phrase_start(scan, q.start, s_lo), q.start)
        ):
            # 用舒沃替尼進行治療，客觀緩解率（ORR）達到了61%: a trial's endpoint measures the
            # trial, no calendar period; only a date of its own sentence dates it (2024年11月，
            # 安進披露II期結果，最高減重20%)
            year, year_id, link = None, None, None
        if (
            year is not None
            and link not in ("list_order", "column")
            and _target_price(scan, q, span_lo, s_lo, rx, ctx)
            and not (link == "same_sentence" and k_end > span_lo)
        ):
            # 目標價從原先130美元上修至132美元: a price over a horizon, no calendar period
            year, year_id, link = None, None, None
        c_hi = _clause_end(scan, q.end, ctx.delimiters, c_limit)
        c_hi = min(c_hi, s_hi)
        # A forecast word anywhere before the number in its sentence (MIC預估，今年…可達…):
        # the outlook governs the clauses after it.
        # a cue before ； governs the clauses after it that write no period of their own
        # (預估2008年…；2002至2007年…平均成長率11.12% is history)
        j = bisect.bisect_left(all_starts, s_lo)
        own_period = j < len(all_starts) and all_starts[j] < q.start
        if own_period:
            # (links42) a period written only as the base of a comparison is none of the
            # clause's own (公司估計，第四季營收…；約與第二季持平至成長6%: the outlook's)
            # (by_start and all_starts share one order: the dates from s_lo to the number)
            k_hi = bisect.bisect_left(all_starts, q.start, lo=j)
            own_period = any(
                not (finder.is_comparison(d) and rx.base_change.search(scan, d.span.end, q.start))
                for d in by_start[j:k_hi]
            )
        repeats = (
            own_period
            and y_lo < s_lo
            and _repeats_outlook_period(
                scan, rx, by_start, (y_lo, s_lo, q.start), year, match_starts
            )
        )
        if repeats:
            own_period = False  # 統計處預估，批發業11月…；零售業11月…: the outlook's own period
        cue_lo = s_lo if own_period else y_lo
        cues = [
            c
            for c in _outlook_openers(scan, rx, cue_lo, q.start)
            if not _inside(expected, c.start(), c.end())
            and not _quoted_before(scan, s_lo, c.start(), q.start)
            and not _object_marker(scan, c, s_lo, all_starts, rx, ctx, c_limit)
            and not any(a <= c.start() < b for a, b in marked.items())
            # (fc61) an estimate's holder frames its own clause and the short ones after it
            # that list one more figure (市場共識大概落在548～550億美元，EPS約1.2多美元), not a
            # remark that follows (…，跟Bloomberg共識之間多抓了將近一個季度的成長空間)
            and not (
                c.re is rx.estimate_frame
                and c.start() < c_lo
                and q.start - c_lo > rx.frame_item_reach
            )
        ]
        restart = -1
        if cues:
            restart = _new_statement(
                matches, i - 1, cues[-1].end(), by_start, finder, doc.metadata.published, doc_year()
            )
        if repeats and restart >= s_lo:
            restart = -1  # (the period this clause writes is the outlook's own, no new one)
        if restart >= 0:
            # 財測目標今年營收年增20%，前三季營收達80億元: a later clause's own period
            cues = [c for c in cues if c.start() >= restart]
        closed = bool(cues) and _outlook_closed_before(
            scan, rx, cues[-1], (y_lo, s_lo, q), match_starts
        )
        if closed:
            cues = []  # 可可產量預估將年減330萬噸；糖價則…下跌17.8%: a new statement after ；
        if cues and _past_move_after(scan, rx, cues[-1].end(), q.start):
            cues = []  # 預計將逐步發酵，…，股價連日大漲，最高來到63.7元: told as done
        forecast = bool(cues)
        if cues and rx.reached.search(scan, max(cues[-1].end(), c_lo), q.start):
            forecast = False  # 將實現的在手訂單已經超過1000億元: reached, not projected
        if (
            cues
            and all(c.group() == "估" for c in cues)
            and (rx.statistics_lead.match(scan, s_lo) or rx.statistics_lead.match(scan, y_lo))
        ):
            # IEK統計，2017年…產值估為1,854億元 (and the sentences continuing it, whose cue is
            # that 估): counted, not projected
            forecast = False
        if (
            forecast
            and pub_year is None
            and year is not None
            and all(c.group() in rx.past_reckoning for c in cues)
            and (dy := doc_year()) is not None
            and year < dy - 1
        ):
            # 據協會估計，截至2014年底…同期行業收入超過3,500億元 in a report of 2017 (no date of
            # its own): an estimate of a year gone by, no outlook (not the year just ended,
            # which a text early in the next still estimates: estimate_season)
            forecast = False
        if any(rx.forecast.search(scan, lo, hi) for lo, hi in leads) and not (
            # (a bullet that writes its own year before the text's, 元件預計有序順價 over
            # 2024年全球光伏裝機532GW in a note of 2025, reports the history the view rests on)
            link == "same_sentence"
            and year is not None
            and (ly := doc_year()) is not None
            and year < ly
        ):
            forecast = True  # the bullets under 「…展望」 / 「台積公司預期:」 are its outlook
        prev = prev_in_sentence.get(si) if si is not None else None
        if (
            prev is not None
            and prev.is_forecast
            and prev.id not in named_expectations
            and year_id is not None
            and restart < 0
        ):
            forecast = forecast or prev.year_date_id == year_id  # same period, same outlook
        here = date_by_id.get(year_id) if year_id is not None else None
        if (
            not forecast
            and si is not None
            and here is not None
            and (
                restart < 0
                or (
                    here.span.start < restart
                    and (
                        link == "continuation"
                        or _compared_at(by_start, all_starts, restart, finder)
                    )
                )
            )
            and not rx.carry_base.search(scan, c_lo, q.start)
        ):
            # same period, same outlook: any figure before it in the sentence that projects
            # the period this one takes, not only the one just before, and past a statement
            # that a base year opens when the figure goes back to the outlook's period, with
            # no date of its own or past a comparison's base (較2021年上半年純利…，同比上升
            # 2.4%至5%); not past a period of its own (財測目標今年營收年增20%，前三季營收…)
            # (預估今年出貨約1.55億台，年衰退幅度由2016年的4.5%縮小至0.5%: the 0.5% is this
            # year's, past the base's 4.5%); and the same whole year written again
            # (今(2014)年…可望達5,728億元，為今年成長最大的次產業；IC製造業產值達1.16兆元)
            forecast = any(
                f.is_forecast
                and f.id not in named_expectations
                and f.year_date_id is not None
                and (
                    f.year_date_id == year_id
                    or _same_whole_year(date_by_id.get(f.year_date_id), here)
                )
                for f in by_sentence.get(si, ())
            )
        if (
            prev is not None
            and prev.is_forecast
            and prev.id not in named_expectations
            and c_lo > prev.span.end
            and rx.alternative.match(scan, c_lo)
        ):
            forecast = True  # 可能會達到3%、4%，甚至5%: the further figure of the same outlook
        if (
            link == "continuation"
            and year_id is not None
            and si is not None
            and (rx.breakdown.match(scan, y_lo) or rx.breakdown_view.match(scan, y_lo))
            and _lead_is_outlook(by_sentence.get(lead := _full_sentence(doc, si) - 1, []), lead)
        ):
            # (…預估2025年出貨量將達1.8億台。以各類別觀察，…: a view by segment breaks it down)
            # 預估2019年產值26,214億元。其中IC設計業…6,711億元: a breakdown of an outlook
            forecast = forecast or outlook.get(year_id, False)
            if forecast and year is not None:
                broken_down[_full_sentence(doc, si)] = year
        if (
            not forecast
            and not cues
            and link in ("continuation", "heading")
            and year is not None
            and si is not None
            and (full := _full_sentence(doc, si)) > 0
            and doc.block_at(doc.sentences[full - 1].start) == doc.block_at(y_lo)
            and broken_down.get(_full_sentence(doc, full - 1)) == year
        ):
            # 以各類別觀察，IC設計業產值1兆760億元。IC製造業2兆6060億元。IC封裝業…: the next
            # segments of a breakdown of an outlook, each its own sentence with no period or
            # cue of its own, go on with it in the same year (links55)
            forecast = True
            broken_down[full] = year
        if (
            not forecast
            and not cues
            and link == "continuation"
            and year_id is not None
            and outlook.get(year_id, False)
            and c_hi < s_hi
            and scan[c_hi] in "，,"
            and rx.outlook_predicate.match(scan, c_hi + 1) is not None
        ):
            # SEMI預估，今年…支出達1090億美元。台灣…支出金額340億美元，仍將居全球之冠: a sentence
            # that goes on with an outlook's period, whose figure's clause is followed by a
            # predicate in the future with no subject of its own (仍將, 也可望), is part of
            # that outlook (…接收了50%的外國投資，預計多年來將… starts a view of its own)
            forecast = True
        if (
            not forecast
            and year is not None
            and (dy := doc_year()) is not None
            and year > dy
            and rx.compound_rate.search(scan, c_lo, q.start) is not None
        ):
            # 2023年到2029年的CAGR為25% in a text of 2025: a compound rate over a span that
            # ends ahead of the text is projected, no cue needed (its end year is its year)
            forecast = True
        if year is not None and pub_year is not None and year != pub_year:
            # a year before the report's is history, cue or not; but the year just ended is
            # still estimated early in the next (業績預告: 2024年…淨利潤預計為… in February),
            # and its payout proposed (董事會…擬配發每股0.6元現金股利) whatever the month
            estimate = (
                year == pub_year - 1
                and not (base_valued and link == "same_sentence")
                and (
                    (
                        _published_month(doc) <= ctx.estimate_season
                        and bool(rx.estimate.search(scan, y_lo, q.start))
                    )
                    or bool(rx.payout.search(scan, y_lo, q.start))
                )
            )
            forecast = forecast and (year > pub_year or estimate)
        elif (
            forecast
            and year_id is not None
            and _period_closed(date_by_id, date_periods(), year_id, doc.metadata.published)
            and not rx.projecting_estimate.search(scan, y_lo, q.start)
            and not rx.fear.search(scan, y_lo, q.start)
            and not _whole_year_after(scan, rx, date_by_id.get(year_id), s_lo, q.start)
            and not _telling_day(scan, rx, date_by_id.get(year_id))
        ):
            # 當受益憑證價格上漲10%…民國一一三年第一季之稅前淨利將分別增加4,843千元 in a
            # report of May 2024: a 將 over a period already ended is a what-if on reported
            # figures; only an estimate word (預估第一季營收…) still projects a closed period
            forecast = False
        if (
            not forecast
            and link == "same_sentence"
            and year_id is not None
            and _opens_after(date_by_id.get(year_id), doc.metadata.published)
            and not rx.term_end.search(scan, y_lo, q.start)
            and not finder.is_pay_day(date_by_id[year_id])
        ):
            # 今年11月起每人要普發1萬元 in a text of September: a month after the text's own
            # has not come, and what it holds is projected, cue or not (not a term's end:
            # 借款到期日為12月，餘額… is the balance owed now; nor a pay day: 宣佈派發每股
            # 1.5分的中期股息，派息日是5月22日 is declared, not projected)
            forecast = True
        if (
            not forecast
            and link == "same_sentence"
            and year is not None
            and (later := date_by_id.get(year_id or "")) is not None
            and not finder.is_comparison(later)
            and not finder.is_pay_day(later)
            and not rx.term_end.search(scan, y_lo, q.start)
            and not rx.reached.search(scan, c_lo, q.start)
            and _later_year(scan, rx, later, pub_year, doc_year, (c_lo, q.start), y_lo)
        ):
            # (flags60) 2020年再降至95g/km in a report of 2017, 到2030年，產業園投資規模達100億元:
            # a figure of a year the text has not reached yet is projected, forecast verb or
            # not (a year written as a base, a pay day, a term's end, or a figure told as
            # already reached, 訂單已排到2027年, is none)
            forecast = True
        if (
            not forecast
            and link in ("same_sentence", "continuation")
            and year is not None
            and year == pub_year
            and _published_month(doc) <= 11
            and (running := date_by_id.get(year_id or "")) is not None
            and running.precision == "year"
            and rx.running_reach.search(scan, c_lo, q.end)
        ):
            # 今年全球晶圓代工業產值可到993.15億美元 in a text of October: what the running
            # year can reach is projected, no forecast word needed
            forecast = True
        if (
            not forecast
            and q.kind == "money"
            and link == "same_sentence"
            and year is not None
            and year == pub_year
            and _published_month(doc) <= ctx.running_amount_last_month
            and (running := date_by_id.get(year_id or "")) is not None
            and running.precision == "year"
            and c_lo <= running.span.start
            and rx.running_amount.search(scan, running.span.end, q.start)
            and not rx.running_amount_not.search(scan, running.span.start, q.start)
        ):
            # 台灣今年晶圓廠設備支出金額達340億美元 in a text of June: the running year's
            # total is not counted yet, so the amount it comes to is projected
            forecast = True
        if (
            not forecast
            and rx.guidance_cap_after.match(scan, q.end)
            and rx.guidance_cap_before.search(scan, c_lo, q.end)
            and (year is None or pub_year is None or year >= pub_year)
            and (
                (
                    link == "same_sentence"
                    and (capped := date_by_id.get(year_id or "")) is not None
                    and capped.precision == "year"  # (a whole year, not the text's own day)
                )
                or rx.running_whole_year.search(scan, c_lo, q.start) is not None
            )
        ):
            # 今年資本支出不超過300億元上限: a company's cap on a period still to run is its
            # guidance (外資持股不超過10%上限, a cap in force with no period, is none)
            forecast = True
        if (
            link == "list_order"
            and year is not None
            and si is not None
            and listed_outlook.get(year, -2) >= si - 1
        ):
            # 預計2024-2026年歸母淨利潤為3.31/4.57/6.28億元。對應EPS分別為0.39/0.49/0.60元: a list
            # that takes the years of the sentence before's projected list is of that outlook
            # (its years were judged there: the estimate of a year just ended included)
            forecast = True
        if (
            not forecast
            and link == "list_order"
            and year is not None
            and (ref := pub_year if pub_year is not None else doc_year()) is not None
            and year > ref
        ):
            # 2023 - 2026年營業總收入分別為4900/3993/4148/4360 in a text of 2024: a list over
            # years that runs past the text's own projects those later years, cue or not
            # (links56: in a text with no date, past the year it establishes: 高盛上修2026、
            # 2027年EPS至95.24元與125元 in a note that reads as of 2026)
            forecast = True
        if present and year_id is None and link != "list_order":
            # 目標…由目前約35%: what stands now has been reached; only a cue after 目前 counts
            # (…昨日…，未來五年將實現的在手訂單已經超過1000億元: reached after the cue)
            # (within the cues' own reach: 預估2008年…；今年以來上漲13.5% writes its own period)
            after = _outlook_openers(scan, rx, max(cue_end, cue_lo), q.start)
            forecast = (
                bool(after)
                and not closed
                and not rx.reached.search(scan, max(after[-1].end(), c_lo), q.start)
                and not _past_move_after(scan, rx, after[-1].end(), q.start)
            )
        if forecast and not rx.estimate.search(scan, y_lo, q.start):
            # (from the last full stop: a filing's line wrapped inside a ROC year,
            # 民國一一三及一一二⏎年第一季之損益, splits the sentence before the number)
            w_lo = max(0, q.start - _SHOCK_WINDOW)
            stop = scan.rfind("。", w_lo, q.start)
            w_lo = min(stop + 1 if stop >= 0 else w_lo, y_lo)
            shock = rx.shock.search(scan, w_lo, q.start)
            if shock is not None and rx.effect.search(scan, shock.end(), q.start):
                forecast = False  # 當新台幣升值5%時…之損益將分別減少500,261仟元: a what-if
        if forecast and rx.standing_rule.search(scan, s_lo, s_hi):
            forecast = False  # 股利政策…每年…提撥不低於50%: a rule that binds every year
        if (
            forecast
            and _stated_base(scan, q, c_lo, rx)
            and (year is None or (dy := doc_year()) is None or year <= dy)
        ):
            forecast = False  # 將由今年的680萬片攀升至…, 相較於初代的80美元: a stated base
        if forecast and rx.history_average.match(scan, q.end):
            forecast = False  # 將僅上漲4.1%，低於10%的長期年平均水準: the long-run base, reported
        if forecast and rx.sequel_opens.match(scan, c_lo) and rx.sequel_closes.match(scan, q.end):
            forecast = False  # 預計，繼8月成長0.2%後，9月增幅將達到0.1%: the step before, reached
        in_force = _rule_in_force(scan, q, c_lo, s_lo, rx)
        if in_force is not None:
            forecast = in_force  # 將現行…10億元提高至18億元: the rule in force, the one proposed
        if forecast and aside and q.direction is None:
            # 環瑞醫將善用…，長期擴大如高壓電源(成本佔比20.5%): a share in brackets describes
            # the thing named; only a cue in the clause that names it makes it an outlook
            # (預計明年營收結構為伺服器(50%)、手機(30%) keeps its cue; a change in brackets,
            # 營收規模擴增(季增46%), is part of the outlook it explains)
            opened = max(scan.rfind("(", s_lo, q.start), scan.rfind("（", s_lo, q.start))
            # (the clause runs over the brackets of the names listed before: 伺服器(50%)、手機(30%))
            named = _clause_start(scan, opened, s_lo, ctx.delimiters - _BRACKETS, c_limit)
            forecast = rx.forecast.search(scan, named, q.start) is not None
        if rx.expectation_before.search(scan, max(c_lo, q.start - 12), q.start) and not (
            year is not None and pub_year is not None and year < pub_year
        ):
            # 低於市場預期的0.53美元: the number is the expectation itself (one of a year gone
            # by is history: 去(2020)年營收…，市場原本預估1,450億元)
            forecast = True
            named_expectations.add(f"q{i}")  # (no outlook for the numbers after it)
        if rx.guidance_before.search(scan, max(c_lo, q.start - 16), q.start) and not (
            year is not None and pub_year is not None and year < pub_year
        ):
            forecast = True  # 上修25Q4財測至營收112億美元: the figure is the guidance itself
        if (
            q.range_group is not None
            and i >= 2
            and matches[i - 2].range_group == q.range_group
            and out
            and out[-1].is_forecast
        ):
            forecast = True  # 低於市場預期的0.45-0.5元: a range's ends share one outlook
        if (
            out
            and out[-1].id in named_expectations
            and _BRACKET_OPEN.fullmatch(scan, out[-1].span.end, q.start)
        ):
            forecast = True  # 原先預估的4,000戶(年增20%): a bracket on the expectation is of it
        if q.end in marked:
            forecast = True  # 市盈率34.67倍(2025年預測): the mark after it projects it
        if rx.expectation_after.match(scan, q.end):
            forecast = True  # 超過19.1%的市場預期: the number is the expectation itself
            named_expectations.add(f"q{i}")
        if forecast and q.kind == "percent" and rx.view_holders.match(scan, q.end):
            # 61%認為本週金價將上漲，22%預計將會下跌, 超過半數的網友(55.3%)感到不滿意: the share
            # of those who hold a view is counted in a survey, not projected
            forecast = False
        if not forecast and _ahead_span(matches, i - 1, (s_lo, c_lo, c_hi), finder):
            forecast = True  # 十年內產能要放大五倍: a length still ahead, with its modal
        if (
            forecast
            and q.kind == "duration"
            and (
                finder._ends_before(rx.past_span_before, q.start, 8)
                or rx.past_span_after.match(scan, q.end)
            )
        ):
            # 改寫15年來銷售紀錄, 扭轉過去兩年的落後態勢: the past the outlook is measured on
            forecast = False
        # subject
        subject = ""
        if subjects:
            # A date is never part of the subject: 今年第1季全球…金額 -> 全球…金額.
            j = bisect.bisect_right(all_ends, q.start) - 1
            sub_lo = max(c_lo, all_ends[j]) if j >= 0 else c_lo
            j = bisect.bisect_left(all_starts, q.end)
            sub_hi = min(c_hi, all_starts[j]) if j < len(all_starts) else c_hi
            sub_lo, sub_hi = max(sub_lo, q.start - window), min(sub_hi, q.end + window)
            subject = _subject(layer(), scan, q, sub_lo, sub_hi, ctx)
        if subjects and not subject:
            subject = ""
            if (
                prev is not None
                and prev.unit == q.unit
                and prev.subject
                and year is not None
                and (
                    (prev.year is not None and year != prev.year and prev.year_date_id != year_id)
                    # (lk32: a present figure with no year, then an outlook of a written year:
                    # backlog 已達 1,630 億美元，並預計在 2027 年提前突破 2,000 億美元)
                    or (prev.year is None and forecast and not prev.is_forecast)
                )
            ):
                subject = prev.subject  # …市場為 181.2億美元，預估至 2028年將擴增至 412.1億美元
        range_id = None
        if q.range_group is not None:
            range_id = range_ids.setdefault(q.range_group, f"qr{len(range_ids) + 1}")
        fact = Quantity(
            id=f"q{i}",
            text=doc.text[q.start : q.end],
            span=CharSpan(start=q.start, end=q.end),
            page=doc.page_at(q.num_start),
            sentence=si,
            rule=q.rule,
            value=q.value,
            unit=q.unit,
            kind=q.kind,  # type: ignore[arg-type]
            qualifier=q.qualifier,  # type: ignore[arg-type]
            lower=q.lower,
            upper=q.upper,
            lower_inclusive=q.lower_inclusive,
            upper_inclusive=q.upper_inclusive,
            range_id=range_id,
            direction=q.direction,  # type: ignore[arg-type]
            per=q.per,
            year=year,
            year_date_id=year_id,
            year_link=link,  # type: ignore[arg-type]
            is_forecast=forecast,
            subject=subject or None,
        )
        out.append(fact)
        if in_period and fact.year_link in ("anchor", "continuation") and fact.year == year:
            period_run.add(id(fact))
        by_sentence.setdefault(fact.sentence, []).append(fact)
        if si is not None:
            prev_in_sentence[si] = fact
        if year_id is not None and link == "same_sentence":
            outlook[year_id] = forecast
        if year is not None and si is not None and link == "list_order" and forecast:
            listed_outlook[year] = si
    return _restated_headlines(
        doc,
        _revised_starts(
            scan,
            _shared_per(doc.text, _list_units(doc.text, _charted(out, charted, date_by_id))),
            rx,
        ),
    )


def _revised_starts(scan: str, facts: list[Quantity], rx: _Regexes) -> list[Quantity]:
    """(fc61) ``CAGR預期從16%上修到27%``, ``營收由31～33億調升至34～38億``: the value a revision
    verb moves to a projected one is the same figure's earlier estimate, projected too
    (quantity_context.yaml revision_frame; the verbs are dates.yaml forecast_revision_words).
    Only where the later value is projected (a statistic revised, GDP成長率由2.9%上修至3.2%,
    keeps both reported, and so does a rule's value in force, 由現行3億元調降為1.5億元).
    A range's ends go with it."""
    for n, b in enumerate(facts):
        if not b.is_forecast or b.sentence is None:
            continue
        lo = max(0, n - 3)
        for k in range(n - 1, lo - 1, -1):
            a = facts[k]
            if a.sentence != b.sentence or a.span.end > b.span.start:
                continue
            if rx.revision_moves.match(scan, a.span.end, b.span.start) is None:
                continue
            group = [
                j
                for j in range(lo, n)
                if j == k or (a.range_id is not None and facts[j].range_id == a.range_id)
            ]
            start = min(facts[j].span.start for j in group)
            opens = rx.revision_opens.search(scan, max(0, start - 12), start)
            if opens is not None and not rx.in_force.search(scan, opens.start(), start):
                # (門檻由現行3億元調降為1.5億元: the rule in force, not an earlier estimate)
                for j in group:
                    if not facts[j].is_forecast:
                        facts[j] = facts[j].model_copy(update={"is_forecast": True})
            break
    return facts


def _around(spans: list[tuple[int, int]], charted: Sequence[ChartLabel]) -> list[tuple[int, int]]:
    """``spans`` with a chart's paired change figures cut out: a chart's labels that structure
    set as a table block (``2% 1%`` over the axis ticks) are no table's cells when a series
    word stands over each."""
    if not charted:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for c in charted:
            if a <= c.start and c.end <= b:
                out.append((a, c.start))
                a = c.end
        out.append((a, b))
    return [(a, b) for a, b in out if a < b]


def _charted(
    facts: list[Quantity], charted: Sequence[ChartLabel], date_by_id: Mapping[str, DateFact]
) -> list[Quantity]:
    """A chart's change figure takes the series word set over it as its subject (``QoQ``
    over ``-5.5%``), and the period of its chart's latest category (``3Q25`` of ``3Q24 2Q25
    3Q25``) as its year: the text order had given it the word beside it, or none."""
    if not charted:
        return facts
    starts = [c.start for c in charted]
    for f in facts:
        k = bisect.bisect_right(starts, f.span.start) - 1
        if k < 0 or not f.span.start < charted[k].end:
            continue
        label = charted[k]
        f.subject = label.word
        cat = label.category
        if cat is not None and cat.iso and cat.id in date_by_id:
            f.year = int(cat.iso[:4])
            f.year_date_id = cat.id
            f.year_link = "column"
    return facts


def _fiscal_gloss(scan: str, dates: Sequence[DateFact], k: int, rx: _Regexes) -> DateFact | None:
    """The fiscal year that the span of months holding ``dates[k]`` glosses
    (``上年度(2013年度；2013年4月-2014年3月)``, ``quantity_context.yaml: fiscal_year_gloss``):
    the span says when that year ran, the number is of the year named."""
    d = dates[k]
    if not d.period_id or d.precision not in ("month", "day"):
        return None
    j = k
    while j > 0 and dates[j - 1].period_id == d.period_id:
        j -= 1
    if j == 0:
        return None
    fy = dates[j - 1]
    if (
        fy.iso
        and fy.precision == "year"
        and rx.fiscal_named.search(scan, fy.span.start, fy.span.end)
        and rx.fiscal_gap.fullmatch(scan, fy.span.end, dates[j].span.start)
    ):
        return fy
    return None


def _compared_at(
    by_start: Sequence[DateFact], starts: Sequence[int], pos: int, finder: _Finder
) -> bool:
    """Whether the date starting at ``pos`` (a statement's restart) is a comparison's base."""
    j = bisect.bisect_left(starts, pos)
    return j < len(starts) and starts[j] == pos and finder.is_comparison(by_start[j])


def _same_whole_year(a: DateFact | None, b: DateFact | None) -> bool:
    """Two mentions of one calendar year as a whole (今(2014)年 … 今年): one period."""
    return (
        a is not None
        and b is not None
        and a.iso is not None
        and a.iso == b.iso
        and a.precision == b.precision == "year"
        and a.quarter is None
        and b.quarter is None
        and a.half is None
        and b.half is None
    )


def _lead_is_outlook(facts: Sequence[Quantity], lead: int) -> bool:
    """Whether the sentence a 其中 breakdown opens after (``lead``) may be the outlook it
    breaks down: not when that sentence's own figures are all told as reached (預估第4季營收
    季增逾1成。目前營收結構為A約3-4成…。其中…美國約4-5成: the breakdown is of the structure
    told just before, not of the outlook two sentences back)."""
    told = [f for f in facts if f.sentence == lead]
    return not told or any(f.is_forecast for f in told)


def _list_units(text: str, facts: list[Quantity]) -> list[Quantity]:
    """分別高出3.01個、3.14個百分點: a list item read in the first word of the unit the list
    ends in (個 of 個百分點) takes that unit and its kind (measure_words.yaml: list_joiners);
    checked from the last item back, so a longer list carries the unit to every item."""
    joiners = set(load_lexicon("measure_words")["list_joiners"])
    written = ""  # the last item's text, while a list carries its unit back
    for n in range(len(facts) - 2, -1, -1):
        f, nxt = facts[n], facts[n + 1]
        if not written or nxt.unit == nxt.text.rstrip()[-len(nxt.unit) :]:
            written = text[nxt.span.start : nxt.span.end].rstrip()
        if f.kind == nxt.kind or not f.text.rstrip().endswith(f.unit):
            written = ""
            continue
        if text[f.span.end : nxt.span.start].strip(" \t") not in joiners:
            written = ""
            continue
        at = written.rfind(f.unit)
        tail = written[at + len(f.unit) :] if at > 0 else ""
        if tail and not any(c.isdigit() for c in tail):
            facts[n] = f.model_copy(update={"unit": nxt.unit, "kind": nxt.kind})
        else:
            written = ""
    return facts


_PER_GAP = 24  # characters between a per-unit figure and a reference compared with it
_PER_GAP_STOPS = frozenset("。；;！？!?\n每")


def _shared_per(text: str, facts: list[Quantity]) -> list[Quantity]:
    """A per-unit is said once and holds for the amounts that restate it: the other end of a
    range (每股收益在 0.45 至 0.55 美元之間: both per share) and the reference an amount is
    compared with in its sentence (每股收益 0.95 美元，低於分析師估計的 0.97 美元; 上年同期的
    2.95 美元). A reference is an amount of the same unit after a reference word
    (qualifiers.yaml: reference_words) with no sentence end and no other 每 between."""
    refs = tuple(load_lexicon("qualifiers")["reference_words"])
    by_range: dict[str, str] = {}
    for f in facts:
        if f.range_id is not None and f.per is not None and f.kind == "money":
            by_range.setdefault(f.range_id, f.per)
    prev: Quantity | None = None
    for n, f in enumerate(facts):
        per = f.per
        if per is None and f.kind == "money":
            if f.range_id is not None and f.range_id in by_range:
                per = by_range[f.range_id]
            elif (
                prev is not None
                and prev.per is not None
                and prev.kind == "money"
                and prev.unit == f.unit
                and prev.sentence == f.sentence
                and 0 <= f.span.start - prev.span.end <= _PER_GAP
            ):
                gap = text[prev.span.end : f.span.start]
                if not _PER_GAP_STOPS.intersection(gap) and any(w in gap for w in refs):
                    per = prev.per
            if per is not None:
                f = f.model_copy(update={"per": per})
                facts[n] = f
        prev = f
    return facts


def _restated_headlines(doc: Document, facts: list[Quantity]) -> list[Quantity]:
    """``亞馬遜單季營收1878億美元`` over a body that reports ``2024年第四季營收為1878億美元``:
    a title or heading figure with no period of its own restates the first later figure
    of the body with the same value and unit, and takes that figure's year; a restated
    forecast or target takes its outlook but no year (FORMAT: a headline that restates a
    forecast is a forecast; the ho11 gold leaves a headline target without a period null)."""
    heads = {i for i, b in enumerate(doc.blocks) if b.kind in ("title", "heading")}
    for n, h in enumerate(facts):
        if h.year is not None or doc.block_at(h.span.start) not in heads:
            continue
        body = next(
            (
                f
                for f in facts[n + 1 :]
                if f.value == h.value
                and f.unit == h.unit
                and f.kind == h.kind
                and doc.block_at(f.span.start) not in heads
            ),
            None,
        )
        if body is not None and body.year is not None and body.is_forecast:
            # 擬現增籌資11.75億元 over 擬…募集11.75億元: a target or plan restated writes no
            # period of its own (the body's year is where the plan is told, not what it
            # measures); it is a forecast still
            facts[n] = h.model_copy(update={"is_forecast": True})
        elif body is not None and body.year is not None:
            facts[n] = h.model_copy(
                update={
                    "year": body.year,
                    "year_date_id": body.year_date_id,
                    "year_link": "restated",
                    "is_forecast": h.is_forecast,
                }
            )
    return facts
