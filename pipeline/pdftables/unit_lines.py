"""Unit lines over a table (``單位：新台幣仟元``, ``(NT$ million)``, a corner cell's
``(仟元)``): what scale and currency the table's amounts are in, and its exceptions."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    clean_cell_text,
    parse_unit,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _data_cell,
    _phrases,
    _PLine,
)


def _join_period_tail(t: PdfTable) -> None:
    """A period set on two lines over a grid, its start alone above (``114年1月1日``,
    read as the period line) and its end under it in the label column's corner or on
    a line of its own (``至3月31日``, beside the first column's name or taken for the
    title): the two are one period, and the end names no column and titles nothing."""
    period = (t.period or "").strip()
    if not period or period[-1:] != "日" or re.search(r"[至~～]", period):
        return
    tail = _lex().period_tail
    corner = t.rows[0][0] if t.rows and t.rows[0] else None
    m = tail.match(corner or "")
    if corner is not None and m is not None:
        t.period = clean_cell_text(period + m.group(0).strip())
        t.rows[0][0] = clean_cell_text(corner[m.end() :])
        return
    title = (t.title or "").strip()
    m = tail.match(title)
    if m is not None and not title[m.end() :].strip():
        t.period = clean_cell_text(period + title)
        t.title = None


def _corner_cell_unit(t: PdfTable) -> tuple[str, str] | None:
    """The unit in the label column's corner: the first row's, or a lower header row's
    under a group name set over the amount columns only (``合併`` over ``2026 (E) 2025
    (A)``, ``(NT$bn)`` level with the lower names; under a corner that names the label
    column, ``資產負債表項目`` beside ``4Q25 3Q25 4Q24``)."""
    for row in t.rows:
        unit = _corner_text_unit(row[0]) if row and row[0] else None
        if unit is not None:
            return unit
        if not row or any(c and _data_cell(c) for c in row[1:]):
            return None  # the first row of amounts: below the header
        if row[0] and not any(c and c.strip() for c in row[1:]):
            return None  # a label of its own: below the header
    return None


def _corner_text_unit(text: str) -> tuple[str, str] | None:
    """The unit of a corner cell: the whole cell's, the bracketed unit closing the
    label column's name (``資產負債表項目 (新台幣十億元)``), or a bare scaled money unit set
    alone over the labels (``新台幣百萬元``, ``in NT$ Mn``, ``NT$ M``): a corner names no
    row, so money with a scale there is the amounts' unit."""
    unit = line_unit(text)
    if unit is None:
        m = _CORNER_UNIT_RE.search(text)
        unit = line_unit(m.group()) if m is not None and m.start() > 0 else None
    if unit is None:
        bare = clean_cell_text(_lex().corner_unit_lead.sub("", text, count=1))
        unit = _scaled_money_unit(bare) or _bilingual_unit(bare)
    return unit


def _scaled_money_unit(text: str) -> tuple[str, str] | None:
    """``text`` when it is a money unit with a scale (``新台幣百萬元``, ``NT$ M``)."""
    info = parse_unit(text) if text else None
    if info is not None and info.kind == "money" and info.multiplier != 1.0:
        return text, ""
    return None


def _bilingual_unit(text: str) -> tuple[str, str] | None:
    """A unit written in English and again in Chinese (``NT$ million 新台幣百萬元``, a
    bilingual deck's corner): its English half, when both halves name the same money at
    the same scale."""
    m = _BILINGUAL_UNIT_RE.match(text)
    if m is None:
        return None
    halves = [parse_unit(m[h].strip()) for h in ("a", "b")]
    if any(u is None or u.kind != "money" or u.multiplier == 1.0 for u in halves):
        return None
    a, b = halves
    assert a is not None and b is not None
    if (a.base_unit, a.multiplier) != (b.base_unit, b.multiplier):
        return None
    return m["a"].strip(), ""


_CORNER_UNIT_RE = re.compile(r"[(（][^()（）]+[)）]\s*$")
# An English unit, then the same in Chinese (`NT$ million 新台幣百萬元`).
_BILINGUAL_UNIT_RE = re.compile(
    r"(?P<a>[\x20-\x7e]*[A-Za-z][\x20-\x7e]*?)\s*(?P<b>[^\x00-\x7f].*)$"
)


def _join_cut_units(lines: list[_PLine]) -> list[_PLine]:
    """Lines with a unit line cut inside its leading exception (``單位：除每股盈餘為新台幣元``
    over ``外，餘係新台幣仟元``) set again as one line, so the unit after the clause is read."""
    out: list[_PLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if k + 1 < len(lines) and _cut_unit_line(ln.text):
            nxt = lines[k + 1]
            out.append(
                _PLine(
                    text=ln.text + nxt.text,
                    x0=min(ln.x0, nxt.x0),
                    top=ln.top,
                    x1=max(ln.x1, nxt.x1),
                    bottom=nxt.bottom,
                    chars=[*ln.chars, *nxt.chars],
                )
            )
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _join_bilingual_units(lines: list[_PLine]) -> list[_PLine]:
    """Lines with a unit written in English over the same unit in Chinese (``NT$ billion``
    over ``新台幣十億元``, a bilingual deck's unit over a chart) set as one line, so the two
    are read as the one unit line they are."""
    out: list[_PLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and ln.text.strip().isascii()
            and _bilingual_unit(f"{ln.text.strip()} {nxt.text.strip()}") is not None
            and nxt.top - ln.bottom < ln.size
            and abs(nxt.x0 - ln.x0) < 2 * ln.size
        ):
            text = f"{ln.text.strip()} {nxt.text.strip()}"
            chars = [*ln.chars, *nxt.chars]
            top, bottom = ln.top, nxt.bottom
            out.append(_PLine(text, min(ln.x0, nxt.x0), top, max(ln.x1, nxt.x1), bottom, chars))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _unit_over_columns(ln: _PLine) -> bool:
    """A unit set in the label column's corner of the header line, the column names after
    it (``單位:億元 | 2026.3.31 | % | 2025.12.31``): the header, not a unit line over it."""
    if len(_phrases(ln)) < 2:
        return False
    found = line_unit(ln.text)
    return found is not None and bool(_lex().unit_header_tail.match(found[1]))


def _continues_unit_line(text: str) -> bool:
    """A unit line that goes on to the next line with its exception (``…仟元，惟``), or
    with its unit after an exception cut at the line's end (``單位：除每股盈餘為新台幣元``)."""
    lex = _lex()
    if _cut_unit_line(text):
        return True
    return line_unit(text) is not None and bool(lex.unit_continues.search(fold_width(text)))


def _cut_unit_line(text: str) -> bool:
    """A unit line that holds nothing after its exception clause (``單位：除另予註明者外``)."""
    lex = _lex()
    f = fold_width(text)
    m = lex.unit_line.match(f) or lex.unit_inline.search(f)
    return (
        m is not None and line_unit(text) is None and bool(lex.unit_exception_cut.match(m["unit"]))
    )


def unit_exception(lines: Sequence[_PLine]) -> tuple[str, list[_PLine]] | None:
    """What a unit line excepts, with its own unit (``每股盈餘為新台幣元``), and the lines
    that state it apart from the unit line: the exception under it in brackets
    (``(除每股盈餘為新台幣元外)``) or the unit line's second line (``每股盈餘為元`` under
    ``單位：新台幣仟元，惟``), never a title nor a column's name."""
    lex = _lex()
    for k, ln in enumerate(lines):
        if line_unit(ln.text) is None:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        used = (
            [nxt]
            if nxt is not None
            and (_continues_unit_line(ln.text) or lex.unit_exception.match(fold_width(nxt.text)))
            else []
        )
        text = re.sub(r"\s+", "", fold_width("".join(x.text for x in [ln, *used])))
        m = lex.unit_exception_item.search(text)
        lead = lex.unit_line.match(fold_width(ln.text))
        clause = lex.unit_exception_lead.match(lead["unit"]) if lead is not None else None
        if m is None and clause is not None:
            # 單位：除每股盈餘為新台幣元外，餘係新台幣仟元: the exception stated first
            m = lex.unit_exception_item.search("除" + re.sub(r"\s+", "", clause["item"]) + "外")
        if m is not None:
            return f"{m['item']}為{m['unit']}", used
    return None


# A governing note is a line of its own, not a sentence that happens to end on a unit.
_NOTE_MAX_CHARS = 60
_OPENING = ("", "(", "（")


def note_unit(line: str) -> str | None:
    """The unit a line declares for every amount that states none, when the line is such a
    note and nothing else (``（金額除另予註明外，均以新台幣仟元為單位）``)."""
    f = fold_width(line).strip()
    if len(f) > _NOTE_MAX_CHARS:
        return None
    m = _lex().unit_note.search(f)
    if m is None or f[: m.start()].strip() not in _OPENING or re.search(r"\d", m["unit"]):
        return None
    bare = _EXCEPT_TAIL.sub("", line)  # 單位：新台幣仟元 without its (除特別註明者外)
    found = (line_unit(bare) if bare.strip() else None) or line_unit(line)
    return found[0] if found is not None else None


_EXCEPT_TAIL = re.compile(r"\s*[（(]\s*除[^（()）]*[）)]\s*$")


def line_unit(text: str) -> tuple[str, str] | None:
    """The unit a line declares and the rest of the line: ``單位：新台幣仟元``,
    ``(除另予註明者外，金額為新台幣十億元)``, a bare ``(新台幣佰萬元)``."""
    lex = _lex()
    f = fold_width(text)
    m = lex.unit_line.match(f) or lex.unit_inline.search(f) or lex.unit_note.search(f)
    if m:
        raw = clean_cell_text(text[m.start("unit") : m.end("unit")])
        cut = lex.unit_exception_cut.match(raw) is not None
        if cut:  # 附表一 單位：除另予註明者外，係新台幣仟元: the unit after the clause
            raw = clean_cell_text(text[m.start("unit") :]).rstrip("）) ")
        # 除每股盈餘為新台幣元外，餘係新台幣仟元: the clause names the exception, not the unit
        lead = lex.unit_exception_lead.match(raw)
        if lead is None and cut:
            return None  # 單位：除每股盈餘為新台幣元 / 外，餘係…: the unit is on the next line
        raw = raw[lead.end() :] if lead is not None else raw
        # 單位：新台幣元 單位：新台幣千元: two panels' unit lines side by side read as one
        # line; one unit when they agree, else none of them is the whole line's
        panels = {x for x in (lex.unit_inline.match(p) for p in _panel_units(raw)) if x}
        if panels:
            units = {clean_cell_text(x["unit"]) for x in panels} | {_panel_units(raw)[0]}
            if len(units) > 1:
                return None
            raw = units.pop()
        # "新台幣仟元，惟每股盈餘為元": the unit of the amounts comes first.
        unit = re.split(r"[，,；;]", raw)[0].strip()
        if not unit:
            return None
        rest = (f[: m.start()] + ("" if cut else f[m.end() :])).strip()
        unit, headers = _unit_word(unit)
        return unit, f"{rest} {headers}".strip()
    en = lex.unit_phrase_en.match(f)
    english = _english_unit(en["unit"]) if en is not None else None
    if english is not None:  # (Expressed in New Taiwan Thousand Dollars)
        return english, ""
    inner = f.strip()
    if inner[:1] in "(（" and inner[-1:] in ")）":
        u = parse_unit(inner[1:-1])
        if u is not None and u.kind == "money" and u.multiplier != 1.0:
            return clean_cell_text(text.strip()[1:-1]), ""
    # TWD ；仟元, USD / 千元: a deck's currency, a mark, then the scaled unit of its money
    c = lex.currency_re.match(inner)
    sep = _CURRENCY_SEP.match(inner, c.end()) if c is not None else None
    if c is not None and sep is not None and sep.end() < len(inner):
        joined = inner[: c.end()] + inner[sep.end() :]
        u = parse_unit(joined)
        if u is not None and u.kind == "money" and u.multiplier != 1.0:
            return joined, ""
    return _bilingual_unit(clean_cell_text(inner))  # NT$ billion 新台幣十億元


def _phrase_unit(ln: _PLine) -> tuple[str, str] | None:
    """A line's unit: a unit line set as a phrase of its own among header words
    (``單位：新台幣佰萬元`` left of ``(尚未經會計師核閱)`` over a column) ends where its
    phrase ends; else the whole line's (two unit phrases: ``line_unit`` decides)."""
    unit_line = _lex().unit_line
    ph = _phrases(ln)
    own = [p for p in ph if unit_line.match(fold_width(p.text))]
    if len(ph) >= 2 and len(own) == 1:
        found = line_unit(own[0].text)
        if found is not None:
            return found
    return line_unit(ln.text)


def _panel_units(raw: str) -> list[str]:
    """A unit line's text cut where a second unit line set beside it starts
    (``新台幣元單位：新台幣千元`` -> ``新台幣元``, ``單位：新台幣千元``)."""
    cuts = [m.start() for m in _lex().unit_inline.finditer(fold_width(raw))]
    bounds = [0, *[c for c in cuts if c > 0], len(raw)]
    return [raw[a:b].strip() for a, b in itertools.pairwise(bounds) if raw[a:b].strip()]


def _english_unit(phrase: str) -> str | None:
    """The unit an English unit line's words name, written as the unit parser reads it:
    ``New Taiwan Thousand Dollars`` and ``thousands of New Taiwan Dollars`` are both
    ``NT$ thousands``, a bare ``millions`` stays a scale. Its words may be glued
    (``TaiwanThousand``), so they are read without spaces: one scale word, and besides it
    a money's name or nothing; anything else is no unit (``(including …)``)."""
    lex = _lex()
    written = clean_cell_text(phrase)
    u = parse_unit(written, declared=True)
    if u is not None and u.multiplier != 1.0 and (u.kind == "money" or u.base_unit is None):
        return written  # `NT$ Mn`, `US$ millions`: as the slide writes it
    words = re.sub(r"\s+", "", phrase.casefold())
    m = lex.english_unit_scale.search(words)
    if m is None:
        return None
    rest = words[: m.start()] + words[m.end() :]
    rest = rest.removeprefix("of") if m.start() == 0 else rest  # thousands of NT dollars
    if rest and rest not in lex.english_money_names:
        return None
    money = lex.english_money_names.get(rest, "")
    unit = f"{money} {m.group()}".strip()
    return unit if parse_unit(unit, declared=True) is not None else None


def _unit_word(unit: str) -> tuple[str, str]:
    """A unit line's unit cut where its unit word ends, and the column headers set on
    the same line after it (``億元 2026.3.31 % 2025.12.31 %``, ``新台幣百萬元第四季第四季``):
    the longest head that reads as a unit followed by nothing but headers."""
    if parse_unit(unit) is not None:
        return unit, ""
    tail = _lex().unit_header_tail
    for end in range(len(unit) - 1, 0, -1):
        head, rest = unit[:end].rstrip(), unit[end:]
        if head and tail.match(rest) and parse_unit(head) is not None:
            return head, rest.strip()
    return unit, ""


_CURRENCY_SEP = re.compile(r"\s*[；;，,／/]\s*")
