"""The tables lexicon (tables.yaml) compiled once, and ``表 N``/``圖 N`` caption labels."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pipeline.chars import fold_width
from pipeline.lexicon import load_lexicon

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_CJK_GAP_RE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_WS_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"\S+")


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lex:
    table_caption: re.Pattern[str]
    figure_caption: re.Pattern[str]
    continued: re.Pattern[str]
    page_furniture: re.Pattern[str]
    corner_unit_lead: re.Pattern[str]
    currency_scale_letters: dict[str, float]
    unit_line: re.Pattern[str]
    unit_inline: re.Pattern[str]
    unit_parens: re.Pattern[str]
    unit_header_tail: re.Pattern[str]
    unit_phrase_en: re.Pattern[str]
    english_unit_scale: re.Pattern[str]
    english_money_names: dict[str, str]
    measure_header: re.Pattern[str]
    measure_header_word: re.Pattern[str]
    measure_header_words: dict[str, str]
    code_header: re.Pattern[str]
    currency_re: re.Pattern[str]
    currencies: dict[str, str]
    magnitude_re: re.Pattern[str]
    magnitudes: dict[str, float]
    percent_units: frozenset[str]
    count_units: frozenset[str]
    english_count_nouns: dict[str, str]
    ratio_units: frozenset[str]
    measure_units: frozenset[str]
    duration_units: frozenset[str]
    null_markers: frozenset[str]
    cell_marker: re.Pattern[str]
    lead_marker: re.Pattern[str]
    sign_markers: dict[str, int]
    total_re: re.Pattern[str]
    subtotal_re: re.Pattern[str]
    header_keywords: frozenset[str]
    share_re: re.Pattern[str]
    rate_re: re.Pattern[str]
    percent_head: re.Pattern[str]
    portion_head: re.Pattern[str]
    per_share_head: re.Pattern[str]
    per_share_unit: re.Pattern[str]
    multiple_heads: tuple[tuple[str, str], ...]  # (head word, unit), longest word first
    note_line: re.Pattern[str]
    bullet_line: re.Pattern[str]
    tick_over_years: re.Pattern[str]
    cell_change: re.Pattern[str]
    cell_header_lead: re.Pattern[str]
    cell_price_per_unit: re.Pattern[str]
    cell_approx: re.Pattern[str]
    cell_spaced_range: re.Pattern[str]
    note_prefix: re.Pattern[str]
    source_line: re.Pattern[str]
    source_prefix: re.Pattern[str]
    source_dates: tuple[re.Pattern[str], ...]
    year_header: re.Pattern[str]
    column_period: re.Pattern[str]
    year_suffix: re.Pattern[str]
    counted_names: re.Pattern[str]
    reference_range: re.Pattern[str]
    caption_line: re.Pattern[str]
    figure_reference: re.Pattern[str]
    table_reference: re.Pattern[str]
    reference_blocked_before: frozenset[str]
    accounting_negative: re.Pattern[str]
    currency_prefix: re.Pattern[str]
    currency_prefixes: dict[str, str]
    account_code: re.Pattern[str]
    statement_title: re.Pattern[str]
    notes_title: re.Pattern[str]
    period_line: re.Pattern[str]
    period_tail: re.Pattern[str]
    grand_total_re: re.Pattern[str]
    marker_headers: frozenset[str]
    check_marks: frozenset[str]
    unit_note: re.Pattern[str]
    unit_exception: re.Pattern[str]
    unit_exception_item: re.Pattern[str]
    unit_exception_lead: re.Pattern[str]
    unit_exception_cut: re.Pattern[str]
    unit_continues: re.Pattern[str]
    total_suffix: re.Pattern[str]
    balance_pairs: tuple[tuple[str, str], ...]
    contents_words: re.Pattern[str]
    contents_leader: re.Pattern[str]
    contents_page_ref: re.Pattern[str]
    section_heading: re.Pattern[str]
    note_refs_line: re.Pattern[str]
    note_refs_open: re.Pattern[str]
    aggregate_code: re.Pattern[str]
    reconciliation_base: re.Pattern[str]
    deduction_cue: re.Pattern[str]
    state_row: re.Pattern[str]
    statement_phrase_lead: re.Pattern[str]
    addition_cue: re.Pattern[str]
    generic_lead_in: re.Pattern[str]
    table_intro: re.Pattern[str]
    date_cell: re.Pattern[str]
    duration_cell: re.Pattern[str]
    range_cell: re.Pattern[str]
    header_date: re.Pattern[str]
    date_column_header: re.Pattern[str]
    word_table_headers: tuple[str, ...]
    stub_header_words: tuple[str, ...]
    lettered_heading: re.Pattern[str]
    table_title_endings: tuple[str, ...]
    year_row_labels: frozenset[str]
    year_header_cell: re.Pattern[str]
    foreign_money: re.Pattern[str]
    money_pair: re.Pattern[str]
    count_column: re.Pattern[str]
    plain_number_headers: frozenset[str]
    amount_headers: frozenset[str]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_TOTAL_KEYS = ("total_words", "subtotal_words", "grand_total_words")


@functools.cache
def _lex() -> _Lex:
    d = load_lexicon("tables")
    currencies = {fold_width(k).casefold(): v for k, v in d["currencies"].items()}
    magnitudes = {fold_width(k).casefold(): float(v) for k, v in d["magnitudes"].items()}
    pre = int(d["total_prefix_max"])
    return _Lex(
        table_caption=re.compile(d["table_caption"]),
        figure_caption=re.compile(d["figure_caption"]),
        continued=re.compile(d["continued"], re.IGNORECASE),
        page_furniture=re.compile(d["page_furniture"], re.IGNORECASE),
        corner_unit_lead=re.compile(d["corner_unit_lead"], re.IGNORECASE),
        currency_scale_letters={
            k.casefold(): float(v) for k, v in d["currency_scale_letters"].items()
        },
        unit_line=re.compile(d["unit_line"]),
        unit_inline=re.compile(d["unit_inline"]),
        unit_parens=re.compile(d["unit_parens"]),
        unit_header_tail=re.compile(d["unit_header_tail"]),
        unit_phrase_en=re.compile(d["unit_phrase_en"]),
        english_unit_scale=re.compile(_alternation(d["english_unit_scales"])),
        english_money_names={
            **{re.sub(r"\s+", "", k): k.upper() for k in currencies if k.isascii()},
            **{k.casefold(): v for k, v in d["english_money_names"].items()},
        },
        measure_header=re.compile(d["measure_header"]),
        measure_header_word=re.compile(
            rf"(?<![a-z])(?:{_alternation(sorted(d['measure_header_words']))})(?![a-z])",
            re.IGNORECASE,
        ),
        measure_header_words={k.casefold(): v for k, v in d["measure_header_words"].items()},
        code_header=re.compile(d["code_column_header"]),
        currency_re=re.compile(_alternation(list(currencies)), re.IGNORECASE),
        currencies=currencies,
        magnitude_re=re.compile(rf"(?:{_alternation(list(magnitudes))})(?![a-z])", re.IGNORECASE),
        magnitudes=magnitudes,
        percent_units=frozenset(fold_width(u) for u in d["percent_units"]),
        count_units=frozenset(d["count_units"]),
        english_count_nouns=dict(d.get("english_count_nouns", {})),
        ratio_units=frozenset(d["ratio_units"]),
        measure_units=frozenset(fold_width(u) for u in d["measure_units"]),
        duration_units=frozenset(d["duration_units"]),
        null_markers=frozenset(fold_width(m).casefold() for m in d["null_markers"]),
        cell_marker=re.compile(r"\s*" + d["cell_marker"]),
        lead_marker=re.compile(r"^(?:\*{1,3}|[†‡#])\s*"),
        sign_markers=dict(d["sign_markers"]),
        total_re=re.compile(
            rf"^.{{0,{pre}}}(?:{_alternation([w.casefold() for w in d['total_words']])})$"
        ),
        subtotal_re=re.compile(
            rf"^.{{0,{pre}}}(?:{_alternation([w.casefold() for w in d['subtotal_words']])})$"
        ),
        header_keywords=frozenset(w.casefold() for w in d["header_keywords"]),
        share_re=re.compile(_alternation(d["share_keywords"]), re.IGNORECASE),
        rate_re=re.compile(_alternation(d["rate_keywords"]), re.IGNORECASE),
        percent_head=re.compile(rf"(?:{_alternation(d['percent_heads'])})$", re.IGNORECASE),
        portion_head=re.compile(rf"(?:{_alternation(d['portion_heads'])})$", re.IGNORECASE),
        per_share_head=re.compile(rf"(?:{_alternation(d['per_share_heads'])})$", re.IGNORECASE),
        per_share_unit=re.compile(rf"^(?:{_alternation(d['per_share_units'])})\s*"),
        multiple_heads=tuple(
            sorted(d["multiple_heads"].items(), key=lambda kv: (-len(kv[0]), kv[0]))
        ),
        note_line=re.compile(d["note_line"]),
        bullet_line=re.compile(d["bullet_line"]),
        tick_over_years=re.compile(d["tick_over_years"]),
        cell_change=re.compile(d["cell_change"]),
        cell_header_lead=re.compile(d["cell_header_lead"]),
        cell_price_per_unit=re.compile(d["cell_price_per_unit"]),
        cell_approx=re.compile(d["cell_approx"]),
        cell_spaced_range=re.compile(d["cell_spaced_range"]),
        note_prefix=re.compile(d["note_prefix"]),
        source_line=re.compile(d["source_line"]),
        source_prefix=re.compile(d["source_prefix"]),
        source_dates=tuple(re.compile(p) for p in d["source_dates"]),
        year_header=re.compile(d["year_header"]),
        column_period=re.compile(d["column_period"]),
        year_suffix=re.compile(d["year_suffix"]),
        counted_names=re.compile(d["counted_names"]),
        reference_range=re.compile(d["reference_range"]),
        caption_line=re.compile(d["table_caption"].replace("^\\s*", "^[ \\t]*", 1), re.M),
        figure_reference=re.compile(d["figure_reference"]),
        table_reference=re.compile(d["table_reference"]),
        reference_blocked_before=frozenset(d["reference_blocked_before"]),
        accounting_negative=re.compile(d["accounting_negative"]),
        currency_prefix=re.compile(
            rf"^(?:{_alternation(list(d['cell_currency_prefixes']))})\s*(?=[\d.(（])"
        ),
        currency_prefixes=dict(d["cell_currency_prefixes"]),
        account_code=re.compile(d["account_code"]),
        statement_title=re.compile(_alternation(d["statement_titles"])),
        notes_title=re.compile(_alternation(d["notes_titles"])),
        period_line=re.compile(d["period_line"]),
        period_tail=re.compile(d["period_tail"]),
        total_suffix=re.compile(
            rf"(?:{_alternation([w.casefold() for k in _TOTAL_KEYS for w in d[k]])})$"
        ),
        unit_note=re.compile(d["unit_note"]),
        unit_exception=re.compile(d["unit_exception"]),
        unit_exception_item=re.compile(d["unit_exception_item"]),
        unit_exception_lead=re.compile(d["unit_exception_lead"]),
        unit_exception_cut=re.compile(d["unit_exception_cut"]),
        unit_continues=re.compile(d["unit_continues"]),
        marker_headers=frozenset(w.casefold() for w in d["marker_column_headers"]),
        check_marks=frozenset(d["check_marks"]),
        balance_pairs=tuple((a, b) for a, b in d["balance_pairs"]),
        contents_words=re.compile(_alternation([w.casefold() for w in d["contents_words"]])),
        contents_leader=re.compile(d["contents_leader"]),
        contents_page_ref=re.compile(d["contents_page_ref"]),
        section_heading=re.compile(d["section_heading"]),
        note_refs_line=re.compile(d["note_refs_line"]),
        note_refs_open=re.compile(d["note_refs_open"]),
        aggregate_code=re.compile(d["aggregate_code"]),
        reconciliation_base=re.compile(d["reconciliation_base"]),
        deduction_cue=re.compile(d["deduction_cue"]),
        state_row=re.compile(d["state_row"]),
        statement_phrase_lead=re.compile(d["statement_phrase_lead"]),
        addition_cue=re.compile(d["addition_cue"]),
        generic_lead_in=re.compile(d["generic_lead_in"]),
        table_intro=re.compile(d["table_intro"]),
        date_cell=re.compile(d["date_cell"]),
        duration_cell=re.compile(d["duration_cell"]),
        range_cell=re.compile(d["range_cell"]),
        header_date=re.compile(d["header_date"]),
        date_column_header=re.compile(d["date_column_header"]),
        word_table_headers=tuple(d["word_table_headers"]),
        stub_header_words=tuple(d["stub_header_words"]),
        lettered_heading=re.compile(d["lettered_heading"]),
        table_title_endings=tuple(d["table_title_endings"]),
        year_row_labels=frozenset(d["year_row_labels"]),
        year_header_cell=re.compile(d["year_header_cell"]),
        count_column=re.compile(_alternation(d["count_column_words"])),
        plain_number_headers=frozenset(d["plain_number_headers"]),
        amount_headers=frozenset(d["amount_headers"]),
        foreign_money=re.compile(
            _alternation(
                [*d["foreign_money_words"], *(k for k, v in d["currencies"].items() if v != "TWD")]
            ),
            re.IGNORECASE,
        ),
        money_pair=re.compile(
            rf"(?P<first>{_alternation(list(currencies))})\s*"
            rf"(?:{_alternation(d['money_pair_separators'])})\s*"
            rf"(?:{_alternation(list(currencies))})\s*$",
            re.IGNORECASE,
        ),
        grand_total_re=re.compile(
            rf"^.{{0,{pre}}}(?:{_alternation([w.casefold() for w in d['grand_total_words']])})$"
        ),
    )


def caption_label(text: str, which: Literal["table", "figure"]) -> str | None:
    """``表 1`` / ``圖 2-1`` when ``text`` starts with a caption label."""
    lex = _lex()
    m = (lex.table_caption if which == "table" else lex.figure_caption).match(fold_width(text))
    if not m:
        return None
    return f"{'表' if which == 'table' else '圖'} {m.group('num').replace('．', '.')}"


def caption_body(text: str, which: Literal["table", "figure"]) -> str:
    """Caption text after its label and the separator (``表 1：`` / ``圖 2 ``)."""
    lex = _lex()
    m = (lex.table_caption if which == "table" else lex.figure_caption).match(fold_width(text))
    rest = text[m.end() :] if m else text
    rest = re.sub(r"^[\s:：、.．\-－—]+", "", rest)
    return rest.strip()


def _norm_caption_label(label: str | None, which: Literal["table", "figure"]) -> str | None:
    if not label:
        return None
    return caption_label(label, which) or label
