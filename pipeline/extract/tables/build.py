"""A Table fact from a region and its grid."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.chars import fold_width
from pipeline.extract.tables.captions import TableRegion, parse_source
from pipeline.extract.tables.cells import (
    _PERCENT,
    _header_unit,
    _HeaderUnit,
    _name_head,
    _type_cell,
)
from pipeline.extract.tables.grid import _GCell, _Grid
from pipeline.extract.tables.pdf_grid import _cell_pattern
from pipeline.extract.tables.totals import check_table
from pipeline.models import (
    Cell,
    CharSpan,
    Check,
    Document,
    Table,
    UnitNote,
)
from pipeline.pdftables.cells import (
    CellValue,
    UnitInfo,
    clean_cell_text,
    is_account_code,
    parse_cell,
    parse_counted_names,
    parse_unit,
    parse_value_cell,
    total_kind,
)
from pipeline.pdftables.lexicon import _lex

RULE_TEXT = "tables.text.v1"
RULE_PDF_LINES = "tables.pdf_lines.v1"
RULE_PDF_TEXT = "tables.pdf_text.v1"


def _note_text(doc: Document, span: tuple[int, int]) -> str:
    text = doc.text[span[0] : span[1]].strip()
    m = _lex().note_prefix.match(fold_width(text))
    return text[m.end() :].strip() if m else text


def _codes_row(cells: Sequence[_GCell]) -> bool:
    """A row of account codes over the columns (``3100 3200 … 31XX``): labels, not amounts."""
    texts = [c.text.strip() for c in cells if c.text.strip()]
    return (
        len(texts) >= 2
        and all(is_account_code(x) for x in texts)
        and any(not x.isdigit() for x in texts)
    )


def code_column(column: str) -> bool:
    """A column of codes among the amounts (編號, 資金貸與性質, 與交易人之關係, 代碼): its
    numbers name a kind or a row, never an amount under the table's unit."""
    name = re.sub(r"\s+", "", fold_width(column.rsplit(" / ", 1)[-1]))
    return bool(name) and bool(_lex().code_header.search(name))


def _marker_only(text: str) -> bool:
    t = fold_width(text).strip()
    m = _lex().cell_marker.search(t)
    return bool(t) and m is not None and m.start() == 0


def fold_marker_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A row holding nothing but note markers (``（註 3）`` set on the line under a cell)
    is no row: each marker goes to the cell above it, whose text and span stay its own."""
    out: list[list[Cell]] = []
    for row in rows:
        texts = [c.text.strip() for c in row]
        if out and any(texts) and all(not t or _marker_only(t) for t in texts):
            for above, text in zip(out[-1], texts, strict=False):
                if text:
                    above.markers.append(text)
            continue
        out.append(row)
    return out


def _plain_number_header(parts: Sequence[str]) -> bool:
    """A column named only for plain numbers (``112.12.31 匯率``): no table unit scales it."""
    lex = _lex()
    return any(
        lex.header_date.sub("", re.sub(r"[\s/]+", "", fold_width(p))) in lex.plain_number_headers
        for p in parts
    )


def _count_header(parts: Sequence[str]) -> bool:
    """A header naming a count (``持有股數``, ``單位數``), spaces and cell breaks aside."""
    text = re.sub(r"[\s/]+", "", fold_width("".join(parts)))
    return _lex().count_column.search(text) is not None


def _money_header(parts: Sequence[str]) -> str | None:
    """The currency a header names: ``USD`` for ``美金`` (``美 / 元``, ``人民幣（千元）`` CNY),
    ``foreign`` for foreign money unnamed (``外幣``), ``TWD`` for the report's own money
    (``新台幣``); None for any other header, also a label that merely holds such a word
    (``外幣兌換利益``)."""
    lex = _lex()
    pieces = [q for p in parts for q in p.split(" / ")] + ["".join(parts)]
    for piece in pieces:
        text = re.sub(r"[\s/]+", "", fold_width(piece))
        for kind, m in (
            ("foreign", lex.foreign_money.match(text)),
            ("TWD", lex.currency_re.match(text)),
        ):
            if m is None or (kind == "TWD" and lex.currencies.get(m.group().casefold()) != "TWD"):
                continue
            if len(m.group()) > 1 and re.fullmatch(r"(?:金額)?(?:[(（].*)?", text[m.end() :]):
                return lex.currencies.get(m.group().casefold(), "foreign")
    return None


def _foreign_money(column: str | None, row: str | None) -> str | None:
    """The foreign money a cell holds: its column's (``美金``), its row's when the column
    names only ``外幣`` (row ``美金`` × column ``外幣``, also ``新台幣`` in a report kept in
    US$); None in any column not named for foreign money (a garbled header beside it,
    ``率帳面金額``, may hold 新台幣)."""
    if column == "foreign" and row not in (None, "foreign", "count"):
        return row
    return None if column in (None, "TWD", "count") else column


def _pair_money(label: str | None) -> str | None:
    """The money of a row naming a pair of moneys (``美金：新臺幣``, ``日圓：美金``, also run on
    from a section's name: ``非貨幣性項目美金：新台幣``): a foreign money against the entity's
    functional one, the row's amounts in the first."""
    if not label:
        return None
    lex = _lex()
    m = lex.money_pair.search(re.sub(r"\s+", "", fold_width(label)))
    return lex.currencies.get(m.group("first").casefold()) if m else None


def _bare_scale(unit: UnitInfo | None) -> bool:
    """A money unit naming a scale and no money (``千元``, ``仟元``: ``元`` alone)."""
    if unit is None or unit.kind != "money":
        return False
    named = [m.group() for m in _lex().currency_re.finditer(fold_width(unit.text))]
    return all(n == "元" for n in named)


def _money_scale(unit: UnitInfo | None, money: str | None) -> UnitInfo | None:
    """A scale bracketed after a foreign money's name (``美金(千元)``, ``外幣(仟元)``) is that
    money's scale, never the ``元`` of NT$: the scale alone (its money the name's, or the
    row's under ``外幣``); None for any other unit or name."""
    if money in (None, "TWD", "count") or not _bare_scale(unit):
        return None
    return unit


def _in_money(scale: UnitInfo, money: str) -> UnitInfo:
    """``scale`` (``千元``) in ``money`` (``USD``; ``foreign`` for a money unnamed)."""
    base = None if money == "foreign" else money
    return UnitInfo(scale.text, scale.multiplier, base, "money")


def _same_scale(amount: float, rates: Sequence[float], twd: Sequence[float]) -> bool | None:
    """Whether a foreign amount shares the 新台幣 amount's scale, from the row's rate:
    amount × rate ≈ the TWD amount (True) or ≈ a thousand times it (False, the foreign
    amount in units); None with no rate and TWD amount to compare."""
    for r in rates:
        for t in twd:
            ratio = amount * r / t
            if 0.98 < ratio < 1.02:
                return True
            if 980 < ratio < 1020:
                return False
    return None


def _foreign_scales(
    body: Sequence[Sequence[_GCell]], stub: int, col_own_money: Sequence[str | None]
) -> dict[int, bool]:
    """Per foreign-money column, whether its amounts share the table's scale, as the rows
    that show it agree: an amount × the row's rate (any figure with decimals outside the
    foreign columns: a 匯率 column, also under a garbled ``匯`` header) ≈ an amount in a
    column not named for foreign money. One column has one scale, so rows whose rate is
    a cross rate (美元：港幣) take the scale the other rows show."""
    votes: dict[int, set[bool]] = {}
    for gr in body:
        values = [parse_cell(c.text) if j >= stub else None for j, c in enumerate(gr)]
        rates = [
            v.value
            for j, v in enumerate(values)
            if v and v.value and v.decimals and not col_own_money[j]
        ]
        twd = [
            v.value
            for j, v in enumerate(values)
            if v and v.value and not v.decimals and col_own_money[j] in (None, "TWD")
        ]
        for j, v in enumerate(values):
            if v and v.value and col_own_money[j] not in (None, "TWD", "count"):
                same = _same_scale(v.value, rates, twd)
                if same is not None:
                    votes.setdefault(j, set()).add(same)
    return {j: next(iter(v)) for j, v in votes.items() if len(v) == 1}


def _foreign_unit(
    table_unit: UnitInfo,
    currency: str,
    cv: CellValue,
    from_note: bool,
    evidence: bool | None,
    options: dict[str, UnitInfo],
) -> UnitInfo:
    """Foreign money under a table's money unit keeps its own currency, never the TWD of a
    bare ``仟元``; its scale is the table's when the row's rate shows it (amount × rate ≈
    the 新台幣 amount), else when the unit is the table's own line (a note, stated for the
    report's own money, scales no foreign amount) or names this money itself (the 美金 of
    ``美金仟元及新台幣仟元``)."""
    if currency in options and evidence is not False and not cv.decimals:
        return options[currency]
    scaled = evidence if evidence is not None else not from_note and not cv.decimals
    base = None if currency == "foreign" else currency
    if scaled and options:
        # 人民幣 under 美金仟元及新台幣仟元: the moneys' one scale (仟元), in its own money
        lex = _lex()
        text = min(options.values(), key=lambda u: u.text).text
        m = lex.currency_re.match(fold_width(text))
        return UnitInfo(text[m.end() :] if m else text, table_unit.multiplier, base, "money")
    if scaled:
        # 新台幣仟元 over a 美金 amount: the scale (仟元) is the table's, the money is not
        m = _lex().currency_re.match(fold_width(table_unit.text))
        twd = m is not None and _lex().currencies.get(m.group().casefold()) == "TWD"
        text = (
            table_unit.text[m.end() :].strip()
            if twd and m and m.end() < len(table_unit.text)
            else table_unit.text
        )
        return UnitInfo(text, table_unit.multiplier, base, "money")
    return UnitInfo(base or "外幣", 1.0, base, "money")


def _traced_note(doc: Document, region: TableRegion) -> UnitNote | None:
    """The unit note a table's unit came from, with its span in the text when the text
    still holds it (a note printed once stays; a running header's is furniture)."""
    note = region.unit_note
    if note is None or not region.units or region.units[0] != note.unit:
        return None
    page = next((p for p in doc.pages if p.number == note.page), None)
    m = (
        re.compile(_cell_pattern(note.text)).search(doc.text, page.start, page.end)
        if page is not None
        else None
    )
    span = CharSpan(start=m.start(), end=m.end()) if m is not None else None
    return note.model_copy(update={"span": span})


# An amount as an accountant writes it: a currency sign or thousands grouped (`$ 674,310`,
# `(26,006)`). A percentage is never written so.
_GROUPED = re.compile(r"\d,\d{3}(?!\d)")


def _excepted_rows(exception: str | None) -> tuple[str, UnitInfo] | None:
    """The rows a unit line excepts and their unit: (``每股盈餘``, 元) from
    ``每股盈餘為新台幣元``."""
    m = _lex().unit_exception_item.search("除" + exception) if exception else None
    unit = parse_unit(m["unit"], declared=True) if m is not None else None
    return (m["item"], unit) if m is not None and unit is not None else None


def _per_share_written(line: Sequence[tuple[str, CellValue | None]]) -> bool:
    """A row's figures are written as amounts per share: each with decimals, none with
    thousands grouped (``$ 0.48``, ``6.10``); a profit over the shares (``$ 1,250,000``)
    under the same heading is an amount in the table's unit. Shares beside them (a YoY
    column) are no amounts."""
    written = [
        (text, cv)
        for text, cv in line
        if cv is not None and cv.value is not None and not text.rstrip().endswith(("%", "％"))
    ]  # a change column's `+3%` beside `$3.50` is the row's rate, no amount
    return bool(written) and all("." in text and not _GROUPED.search(text) for text, _ in written)


_YUAN = parse_unit("元", declared=True)
# A unit naming several moneys at one scale: `美金仟元及新台幣仟元`.
_UNIT_ALTERNATIVES = re.compile(r"[及和與、/]")


def _own_money_unit(
    unit: UnitInfo | None, titles: Sequence[str], columns: Sequence[str] = ()
) -> UnitInfo | None:
    """A note's unit naming two moneys (``美金仟元及新台幣仟元``, a filing reporting in US$
    and setting its amounts again in NT$) scales a table in the one money the table names
    itself: in its title or in a value column's own name (``美金``, ``US$``, no more). Both
    moneys, neither, foreign money unnamed (``外幣``), or a money run into a column's name
    (``113年6月30日新台幣``, a garbled ``新台幣美``) leave the money unresolved, never a
    guess. A row naming a money (``新　台　幣`` over a block) decides nothing: the next
    block's name (``美　金``) may be set where no row label is read, its rows joined."""
    options = _money_options(unit)
    if not options:
        return unit
    own = [_moneys_named(text) for text in titles]
    for name in columns:
        money = _money_header([name.rsplit(" / ", 1)[-1]]) or _money_header([name])
        if money is None and _moneys_named(name) != set():
            return unit  # 113年6月30日新台幣 beside 美金: a money run into a date, or garbled
        own.append({money} if money else set())
    if any(m is None or "foreign" in m for m in own):
        return unit  # 外幣: a money the table does not name
    moneys = sorted({x for m in own if m for x in m})
    if len(moneys) != 1 or moneys[0] not in options:
        return unit
    return options[moneys[0]]


def _money_options(unit: UnitInfo | None) -> dict[str, UnitInfo]:
    """The moneys a unit names at one scale (``美金仟元及新台幣仟元`` -> USD and TWD, each
    in 仟元), none for a unit of one money or of none."""
    if unit is None or unit.kind != "money" or unit.base_unit is not None:
        return {}
    options: dict[str, UnitInfo] = {}
    for part in _UNIT_ALTERNATIVES.split(unit.text):
        info = parse_unit(part.strip(), declared=True) if part.strip() else None
        if info is None or info.base_unit is None or info.multiplier != unit.multiplier:
            return {}
        options[info.base_unit] = info
    return options if len(options) >= 2 else {}


def _block_money(row_header: str | None, options: dict[str, UnitInfo]) -> UnitInfo | None:
    """The unit of a block headed by a row naming one of the moneys a two-money unit names
    (``新　台　幣`` / ``美　金`` over the same items, each block in its own money; a heading
    run into it, ``使用權資產帳面金額新台幣``, still names it)."""
    named = _moneys_named(row_header or "") if options and row_header else None
    if not named or len(named) != 1:
        return None
    return options.get(min(named))


def _per_share_item(name: str | None, line: Sequence[tuple[str, CellValue | None]]) -> bool:
    """A row or column of amounts per share (``每股盈餘 (新台幣)``, figures like ``66.25``):
    the money it names is in 元, whatever scale the table's other amounts take."""
    own = (name or "").rsplit(" / ", 1)[-1]
    return bool(_lex().per_share_head.search(_name_head(own))) or _per_share_written(line)


def _money_scaled(
    named: UnitInfo | None, table_unit: UnitInfo | None, options: dict[str, UnitInfo]
) -> UnitInfo | None:
    """A header naming a money and no scale (``額定股本（新台幣）``, a column ``(美金)``)
    says which money, not that its figures are in 元: the unit line's scale still holds
    (``單位：新台幣仟元``; one of ``美金仟元及新台幣仟元``'s moneys). A scale of its own
    (``（新台幣元）``) or a money the unit does not name keeps the header's unit."""
    if (
        named is None
        or table_unit is None
        or named.kind != "money"
        or named.multiplier != 1.0
        or table_unit.kind != "money"
        or table_unit.multiplier == 1.0
    ):
        return named
    lex = _lex()
    folded = re.sub(r"\s+", "", fold_width(named.text))
    m = lex.currency_re.fullmatch(folded)
    if (
        m is None
        or len(m.group()) < 2
        or lex.currencies.get(m.group().casefold()) != named.base_unit
    ):
        return named  # 元, 新台幣元: a scale of its own
    if options:
        return options.get(named.base_unit or "", named)
    return table_unit if table_unit.base_unit == named.base_unit else named


def _bare_money(text: str) -> str | None:
    """The one money a line or label names and nothing else (``新　台　幣``, ``美金``)."""
    lex = _lex()
    folded = re.sub(r"\s+", "", fold_width(text))
    m = lex.currency_re.fullmatch(folded)
    return lex.currencies.get(m.group().casefold()) if m is not None and len(folded) > 1 else None


def _lead_money(
    doc: Document, region: TableRegion, grid: _Grid, options: dict[str, UnitInfo]
) -> UnitInfo | None:
    """The money of a two-money table's first block when its heading (``新台幣``) is set
    above the column header, where no row reads it: the last line of nothing but a money's
    name between the table's caption and its first row."""
    starts = [c.span[0] for row in grid.body for c in row if c.span is not None]
    if not options or not starts:
        return None
    lead = doc.text[region.caption_span[0] : min(starts)]
    named = [m for line in lead.splitlines() if (m := _bare_money(line)) is not None]
    return options.get(named[-1]) if named else None


def closing_heading(table: Table) -> tuple[int, int, str] | None:
    """A block heading that closes a table (its last row, no figures, a money's name only:
    ``美金`` under the NT$ block): the heading of the rows the table on from it sets after
    a repeated header (page, columns, label)."""
    if not table.rows or any(c.text.strip() for c in table.rows[-1][table.stub_columns :]):
        return None
    label = table.rows[-1][0].row_header if table.rows[-1] else None
    if not label or _bare_money(label) is None:
        return None
    return (table.rows[-1][0].page or table.page, len(table.columns), label)


def _moneys_named(text: str) -> set[str] | None:
    """The moneys a title, column name or row label names (``美金`` USD, ``新台幣`` TWD;
    ``元`` alone names none); None for foreign money unnamed (``外幣``)."""
    lex = _lex()
    folded = re.sub(r"\s+", "", fold_width(text))
    if lex.foreign_money.search(folded) and not any(
        lex.currencies.get(m.group().casefold()) for m in lex.foreign_money.finditer(folded)
    ):
        return None
    return {
        lex.currencies.get(m.group().casefold(), "")
        for m in lex.currency_re.finditer(folded)
        if len(m.group()) > 1
    }


def _per_share_unit(
    row_header: str | None, row_unit: UnitInfo | None, table_unit: UnitInfo | None
) -> UnitInfo | None:
    """元 for a row whose own name (its innermost stub) is an amount per share and says no
    unit itself, in a table of 新台幣 amounts, when nothing but the table's scale or a
    group's ``(%)`` would type it: a per-share amount is in 元 whatever the scale of the
    table's other amounts."""
    own = (row_header or "").rsplit(" / ", 1)[-1]
    bare_scale = table_unit is not None and table_unit.base_unit is None
    if (
        _YUAN is None
        or table_unit is None
        # `(in millions, except per share data)`: a scale naming no money scales no EPS
        or (table_unit.base_unit != _YUAN.base_unit and not bare_scale)
        or (row_unit is not None and row_unit.kind != "percent")
        or not _lex().per_share_head.search(_name_head(own))
        or _header_unit([own]).explicit is not None
    ):
        return None
    return _YUAN


def _per_share_named(
    row_header: str | None,
    section: str | None,
    line: Sequence[tuple[str, CellValue | None]],
) -> str | None:
    """A per-share row named by its section: ``基本每股盈餘`` (a row of its own, no values)
    over ``本期淨利 $ 6.10`` is the row ``基本每股盈餘 / 本期淨利``; alone, ``本期淨利``
    names the profit, and the basic and the diluted rows would read the same."""
    if not row_header or not section or section == row_header:
        return row_header
    head = _lex().per_share_head
    named = _without_note_ref(section)
    if (
        not head.search(_name_head(named))
        or any(head.search(_name_head(p)) for p in row_header.split(" / "))
        or not _per_share_written(line)
    ):
        return row_header
    return f"{named} / {row_header}"


def _names_item(label: str | None, item: str) -> bool:
    """A row's label names the excepted item itself (``基本每股盈餘``), not something of it
    (``用以計算基本每股盈餘之淨利``, an amount in the table's unit)."""
    text = re.sub(r"\s+", "", label or "")
    return re.search(re.escape(item) + r"(?![之的])", text) is not None


_NOTE_REF = re.compile(
    r"\s*[（(]\s*(?:附註|註)[^()（）]*(?:[（(][^()（）]*[）)][^()（）]*)*[）)]\s*$"
)


def _without_note_ref(label: str) -> str:
    """A row's label without the note it cites at its end (``每股盈餘(元)(附註六(十七))``):
    a unit in brackets before it is the label's."""
    return _NOTE_REF.sub("", label)


# A numbered note under a table: ``1. 依據T-IFRSs編製``, ``2、…``, ``註3：…``, ``(4) …``.
_NOTE_LINE = re.compile(
    r"^[ \t]*(?:註[ \t]*(\d{1,2})(?!\d)|[(（]?(\d{1,2})[ \t]*[.．、)）:：])[ \t]*(?![\d.,])\S",
    re.M,
)
# A row name ending on a footnote's number: ``淨利3``, ``EBITDA4``, ``行動 2``, ``負債比率 (%) 3``.
# Not a number that is the name's (``Q4``, ``PS5``: one or two Latin letters before it; ``2025``).
_TRAILING_NOTE = re.compile(
    r"^(?P<name>.*?(?:[^\x00-\x7f]|[A-Za-z]{3}|[)）%]))[ \t]?(?P<n>\d{1,2})$"
)


def _numbered_notes(doc: Document, grid: _Grid) -> frozenset[str]:
    """The numbers of the notes set under a table on its last page: what tells a
    footnote's number glued to a row's name from a number of the name."""
    ends = [gc.span[1] for gr in grid.body for gc in gr if gc.span]
    if not ends:
        return frozenset()
    last = max(ends)
    page = next((p for p in doc.pages if p.start <= last <= p.end), None)
    if page is None:
        return frozenset()
    below = doc.text[last : page.end]
    return frozenset(m.group(1) or m.group(2) for m in _NOTE_LINE.finditer(below))


def split_note_number(name: str, notes: frozenset[str]) -> tuple[str, str | None]:
    """A row name without the footnote number glued to its end (``淨利3`` -> ``淨利``,
    ``3``) when a note of that number stands under the table; else the name as written."""
    m = _TRAILING_NOTE.match(name)
    if m is None or m.group("n") not in notes or not m.group("name").strip():
        return name, None
    head = m.group("name").rstrip()
    if head.endswith("註") and head[:-1].strip():  # 鄧廷堅註1: the reference 註1
        return head[:-1].rstrip(), "註" + m.group("n")
    return head, m.group("n")


def _own_name(row_header: str | None) -> str:
    """A row's own name (its innermost stub), without the note it cites."""
    return _without_note_ref((row_header or "").rsplit(" / ", 1)[-1])


def _stated_count_unit(grid: _Grid, stub: int) -> UnitInfo | None:
    """The count unit a row naming a count states for itself (``計算稀釋每股盈餘之加權平均
    流通在外股數(千股)``): the unit of the table's counts that state none."""
    for gr in grid.body:
        name = _own_name(" / ".join(clean_cell_text(gr[j].text) for j in range(stub)))
        unit = _header_unit([name]).explicit if _count_header([name]) else None
        if unit is not None and unit.kind == "count":
            return unit
    return None


def _signed_twd(parsed: Sequence[Sequence[CellValue | None]], j: int) -> bool:
    """Whether a column writes the report's money sign (``$``, NT$) on one of its amounts:
    a statement sets it on a column's first and total rows only, for the whole column."""
    return any((cv := row[j]) is not None and cv.currency == "TWD" for row in parsed)


def _named_multiple(
    named: _HeaderUnit, line: Sequence[tuple[str, CellValue | None]]
) -> UnitInfo | None:
    """The unit of a row or column named a multiple (``利息保障倍數`` 倍, ``存貨週轉率`` 次)
    when no cell of the line is written as an amount: a ratio of two amounts, which the
    table's 仟元 never scales."""
    if named.multiple is None:
        return None
    if any(cv.currency is not None or _GROUPED.search(text) for text, cv in line if cv):
        return None
    return named.multiple


def _named_percent(named: _HeaderUnit, line: Sequence[tuple[str, CellValue | None]]) -> bool:
    """Whether a row's or column's name makes its cells percentages: it ends on a ratio
    (``營業比重``, ``毛利率``) and no cell of the line is written as an amount, or it ends on a
    part of a whole (``結構``, ``份額``) and its cells are 0–100 summing to 100 (with or
    without a total of 100 among them). ``採用權益法認列之關聯企業損益之份額`` ``(26,006)``
    is an amount in the table's 仟元."""
    values = [cv for _, cv in line if cv is not None and cv.value is not None]
    if not values or not (named.percentish or named.portion):
        return False
    if any(cv.currency is not None or _GROUPED.search(text) for text, cv in line if cv):
        return False
    if named.percentish:
        return True
    nums = [cv.value for cv in values if cv.value is not None]
    total = sum(nums)
    in_range = all(0 <= v <= 100 for v in nums)
    return in_range and len(nums) >= 2 and (abs(total - 100) <= 1 or abs(total - 200) <= 2)


def _ratio_rows(
    body: Sequence[Sequence[_GCell]],
    parsed: Sequence[Sequence[CellValue | None]],
    stub: int,
    ratio_cols: set[int],
) -> set[int]:
    """Rows that hold the ratio of the amount row above them: a remuneration table sets
    each director's amounts on one row and, under them, the same director's ratio of the
    total to the year's profit in the columns named a ratio (``…總額占稅後純益之比例``),
    so such a column alternates an amount (``150``, in the table's 仟元) and a ratio
    (``0.03``, percent). No column name can type both; the row pair can: the ratio row
    shares the amount row's stub (the name cell spans both, or is left blank), holds
    values in ratio-named columns only, each small (a percent, or 100 and under, written
    without thousands grouped), every one under a cell of the amount row, and the amount
    row holds amounts in other columns too."""
    out: set[int] = set()

    def stub_of(i: int) -> list[str]:
        return [clean_cell_text(body[i][j].text) for j in range(stub)]

    def valued(i: int) -> list[int]:
        return [
            j
            for j in range(stub, len(parsed[i]))
            if (cv := parsed[i][j]) is not None and cv.value is not None
        ]

    for i in range(1, len(body)):
        if i - 1 in out or not ratio_cols:
            continue
        own = stub_of(i)
        if any(own) and own != stub_of(i - 1):
            continue
        here = valued(i)
        if not here or any(j not in ratio_cols for j in here):
            continue
        if any(
            _GROUPED.search(body[i][j].text)
            or not ((cv := parsed[i][j]) and (cv.percent or abs(cv.value or 0.0) <= 100))
            for j in here
        ):
            continue
        above = valued(i - 1)
        if not any(j not in ratio_cols for j in above):
            continue
        if any(parsed[i - 1][j] is None for j in here):
            continue
        out.add(i)
    return out


def _build_table(
    doc: Document,
    region: TableRegion,
    grid: _Grid,
    tid: str,
    strategy: str,
    opening: str | None = None,
    dollar: str | None = None,
) -> tuple[Table, list[Check]]:
    """A typed table from its grid; ``opening`` is a block heading the table before closed
    with (``closing_heading``): the money of this table's rows up to a heading of their own;
    ``dollar`` the money a bare ``$`` names in the document (a US company's deck: USD),
    None for the report's own."""
    ncol = len(grid.columns)
    stub = min(grid.stub, ncol)
    unit_text = next(iter(region.units), None) or grid.unit
    table_unit = parse_unit(unit_text, declared=True) if unit_text else None
    table_unit = _own_money_unit(
        table_unit,
        [region.title or "", region.caption],
        grid.columns[stub:],  # a name over the labels (新　台　幣) heads a block
    )
    col_units = [
        _header_unit(grid.header_parts[j] if j < len(grid.header_parts) else [])
        for j in range(ncol)
    ]
    # A unit read from a note for all the report's amounts is a scale for amounts only: a
    # figure with decimals (持股比例 100.00, EPS 0.48) or a foreign-money column keeps none.
    from_note = region.unit_source in ("page_note", "document_note")
    headers = [grid.header_parts[j] if j < len(grid.header_parts) else [] for j in range(ncol)]
    col_money = ["count" if from_note and _count_header(h) else _money_header(h) for h in headers]
    plain_cols = {j for j in range(stub, ncol) if _plain_number_header(headers[j])}
    money_table = table_unit is not None and table_unit.kind == "money"
    # the money a column's own name holds (``外幣``, ``美 / 元``), not a group header over it
    # (``外幣`` over a garbled ``匯`` and ``率帳面金額``: the rate and the 新台幣 amount)
    col_own_money = [
        _money_header([c.rsplit(" / ", 1)[-1]]) or _money_header([c.replace(" / ", "")])
        for c in grid.columns
    ]
    scales = _foreign_scales(grid.body, stub, col_own_money)
    rows: list[list[Cell]] = []
    carry = [""] * stub
    marker_cols = {
        j
        for j in range(stub)
        if re.sub(r"\s+", "", fold_width(grid.columns[j].rsplit(" / ", 1)[-1])).casefold()
        in _lex().marker_headers
    }
    code_cols = {j for j in range(stub, ncol) if code_column(grid.columns[j])}
    parsed = [
        [
            (parse_value_cell(gr[j].text) or parse_counted_names(gr[j].text)) if j >= stub else None
            for j in range(ncol)
        ]
        for gr in grid.body
    ]
    if dollar is not None and dollar != "TWD":
        parsed = [
            [_dollar_cell(gr[j].text, cv, dollar) for j, cv in enumerate(row)]
            for gr, row in zip(grid.body, parsed, strict=True)
        ]
    col_named = list(col_money)  # the money a column's header names, not its `$` signs
    for j in range(stub, ncol):
        if col_money[j] is None and col_own_money[j] is None and _signed_twd(parsed, j):
            # `$ 46,214` atop 帳面金額 beside a 外幣 column, in rows named 美元: the sign marks
            # the report's own money, so the column is 新台幣 under the note's 仟元 too
            col_money[j] = "TWD"
    col_percent = [
        _named_percent(
            col_units[j], [(gr[j].text, row[j]) for gr, row in zip(grid.body, parsed, strict=True)]
        )
        for j in range(ncol)
    ]
    col_multiple = [
        _named_multiple(
            col_units[j], [(gr[j].text, row[j]) for gr, row in zip(grid.body, parsed, strict=True)]
        )
        for j in range(ncol)
    ]
    # the row pairs of amounts and their ratios (``_ratio_rows``): typed by the row
    ratio_cols = {j for j in range(stub, ncol) if col_units[j].percentish}
    ratio_rows = _ratio_rows(grid.body, parsed, stub, ratio_cols)
    excepted = _excepted_rows(region.unit_exception)
    # a two-money unit left unresolved: each block takes the money its heading row names
    money_options = _money_options(table_unit)
    col_units = [
        cu
        if j < stub
        or _per_share_item(
            grid.columns[j],
            [(gr[j].text, row[j]) for gr, row in zip(grid.body, parsed, strict=True)],
        )
        else replace(cu, explicit=_money_scaled(cu.explicit, table_unit, money_options))
        for j, cu in enumerate(col_units)
    ]
    # 外幣(千元), 美金(仟元): the scale of the column's foreign amounts, never NT$ 千元
    col_scale = [
        _money_scale(cu.explicit, col_own_money[j]) if j >= stub else None
        for j, cu in enumerate(col_units)
    ]
    col_units = [
        replace(cu, explicit=None) if col_scale[j] else cu for j, cu in enumerate(col_units)
    ]
    block_unit = _block_money(opening, money_options) or _lead_money(
        doc, region, grid, money_options
    )
    section_unit: UnitInfo | None = None
    section_item = False  # under a section's label naming the excepted item (每股盈餘)
    section_label: str | None = None  # the label of the last row without values
    notes = _numbered_notes(doc, grid) if stub else frozenset()
    count_unit = _stated_count_unit(grid, stub) if money_table else None
    for r_i, (gr, values) in enumerate(zip(grid.body, parsed, strict=True)):
        stub_split = [split_note_number(clean_cell_text(gr[j].text), notes) for j in range(stub)]
        stub_texts = [name for name, _ in stub_split]
        has_values = any(gr[j].text.strip() for j in range(stub, ncol))
        for j in range(stub):
            if stub_texts[j]:
                carry[j] = stub_texts[j]
            elif has_values and j < stub - 1:
                stub_texts[j] = carry[j]
        names = [
            x
            for j, x in enumerate(stub_texts)
            if x and j not in marker_cols and not is_account_code(x)
        ]
        row_header = " / ".join(dict.fromkeys(names)) or None
        codes_row = _codes_row(gr[stub:])
        ru = (
            _header_unit([_without_note_ref(row_header)])
            if row_header
            else _HeaderUnit(None, None, False)
        )
        if _rate_beside_amounts(ru, values[stub:]):
            # `營業毛利 (損) 毛利率 (%)`: an amount's name and its rate's on one row, the
            # rates written with % (`67.9%`), the amounts bare: the (%) is the rates' own
            ru = replace(ru, explicit=None)
        if not _per_share_item(row_header, [(gr[j].text, values[j]) for j in range(stub, ncol)]):
            ru = replace(ru, explicit=_money_scaled(ru.explicit, table_unit, money_options))
        # a row 美金(千元): its foreign amounts in 千元 of US$, its 新臺幣 column's not at all
        named_money = _money_header([row_header or ""]) or _pair_money(row_header)
        row_scale = _money_scale(ru.explicit, named_money)
        if row_scale is not None:
            ru = replace(ru, explicit=None)
        if not any(v is not None and v.value is not None for v in values):
            # a section's label (每股盈餘(元), 股數(仟股)：): its unit governs the rows of
            # its section
            section_unit = (
                ru.explicit if ru.explicit and ru.explicit.kind in ("money", "count") else None
            )
            section_item = excepted is not None and _names_item(row_header, excepted[0])
            section_label = row_header
            block_unit = _block_money(row_header, money_options) or block_unit
        row_unit = ru.explicit or section_unit
        if row_unit is None and excepted and _names_item(row_header, excepted[0]):
            row_unit = excepted[1]  # 基本每股盈餘 under 單位：新台幣仟元，惟每股盈餘為元
        elif (
            row_unit is None
            and excepted
            and section_item
            and _per_share_written([(gr[j].text, values[j]) for j in range(stub, ncol)])
        ):
            # `每股盈餘（附註二九）` over `基 本` / `稀 釋`, `基本每股盈餘` over `本期淨利`:
            # the section names the item, its rows' figures are written as per-share ones
            row_unit = excepted[1]
        per_share = _per_share_unit(row_header, row_unit, table_unit)
        if per_share is not None and _per_share_written(
            [(gr[j].text, values[j]) for j in range(stub, ncol)]
        ):
            # `獲利能力(%) / 基本每股盈餘` 9.84 in a 仟元 table: 9.84 元, neither 9,840 nor
            # %; it stands in for the table's unit, a column's own (成長率 %) still holds
            row_unit, ru = None, _HeaderUnit(None, None, False)
        else:
            per_share = None
        row_header = _per_share_named(
            row_header, section_label, [(gr[j].text, values[j]) for j in range(stub, ncol)]
        )
        row_percent = _named_percent(ru, [(gr[j].text, values[j]) for j in range(stub, ncol)])
        row_multiple = _named_multiple(ru, [(gr[j].text, values[j]) for j in range(stub, ncol)])
        row_money = _money_header([row_header or ""])
        # a row of figures named by one of the unit's moneys (已發行股本 / 美　金 $ 25,525)
        own_money = _block_money(row_header, money_options)
        # a count of shares in a money table (普通股加權平均流通在外股數): never the money's
        # unit; the count unit another row states (``…股數(千股)``), else none
        count_row = money_table and row_unit is None and _count_header([_own_name(row_header)])
        if count_row:
            row_unit = count_unit
        cells: list[Cell] = []
        for j, gc in enumerate(gr):
            cell = Cell(
                text=gc.text,
                row_header=row_header,
                col_header=grid.columns[j] or None,
                page=gc.page,
                span=CharSpan(start=gc.span[0], end=gc.span[1]) if gc.span else None,
                parts=[CharSpan(start=s, end=e) for s, e in gc.parts] or None,
                bbox=gc.bbox,
            )
            marker = stub_split[j][1] if j < stub else None
            if marker is not None:
                cell.markers = [marker]
            if j >= stub and not codes_row and j not in code_cols:
                cv = values[j]
                cu = col_units[j]
                foreign = _foreign_money(col_own_money[j], named_money)
                scale = col_scale[j] or row_scale
                if cv is not None and j in plain_cols:
                    _type_cell(cell, cv, [])  # an exchange rate: its own unit or none
                elif (
                    cv is not None
                    and cv.value is not None
                    and foreign is not None
                    and scale is not None
                    and row_unit is None
                ):
                    # 5,179 under 外幣(千元) in row 美金：新臺幣: US$ thousands, not NT$
                    _type_cell(cell, replace(cv, currency=None), [_in_money(scale, foreign)])
                elif (
                    cv is not None
                    and cv.value is not None
                    and foreign is not None
                    and money_table
                    and table_unit is not None
                    and cu.explicit is None
                    and row_unit is None
                ):
                    # `$1,026,611` under 外幣 in row 美金: USD, not the `$` or 仟元's TWD
                    unit = _foreign_unit(
                        table_unit, foreign, cv, from_note, scales.get(j), money_options
                    )
                    _type_cell(cell, replace(cv, currency=None), [unit])
                elif cv is not None and r_i in ratio_rows:
                    _type_cell(cell, cv, [_PERCENT])  # the ratio of the amounts above it
                elif cv is not None:
                    # a column named a rate (成長率 %, YoY) holds rates whatever the row's
                    # own unit (營收 (USD), 平均收現日數): the growth of an amount is no amount
                    # in an amount row over its ratio row, a ratio column holds the
                    # amount the ratio is taken of: the row types it, not the column
                    paired = r_i + 1 in ratio_rows and j in ratio_cols
                    col_rate = (
                        _PERCENT
                        if col_percent[j]
                        and not paired
                        and not (table_unit and table_unit.kind == "percent")
                        else None
                    )
                    explicit = cu.explicit
                    if paired and explicit is not None and explicit.kind == "percent":
                        explicit = None
                    # a column naming no money in a row 美金(千元): the row's money
                    row_own = (
                        _in_money(row_scale, named_money)
                        if row_unit is None
                        and row_scale is not None
                        and named_money is not None
                        and col_money[j] is None
                        and col_own_money[j] is None
                        and not cv.decimals
                        else row_unit
                    )
                    candidates = [
                        explicit,
                        col_rate,
                        row_own,
                        cu.measure,
                        ru.measure,
                        _PERCENT if row_percent else None,
                        row_multiple,
                        col_multiple[j],
                        per_share,
                        None
                        if count_row
                        or (
                            from_note
                            and (
                                cv.decimals
                                or col_money[j] == "count"
                                or foreign is not None
                                or (
                                    own_money is None
                                    and row_money not in (None, "TWD")
                                    and col_money[j] != "TWD"
                                )
                            )
                        )
                        else own_money
                        or money_options.get(col_named[j] or "")  # a 新台幣 column
                        or block_unit
                        or table_unit,
                    ]
                    _type_cell(cell, cv, candidates)
            cells.append(cell)
        rows.append(cells)
    rows = fold_marker_rows(rows)
    start = region.caption_span[0]
    end = region.end
    sources = [parse_source(doc.text[s:e]) for s, e in region.sources]
    pages = sorted(
        set(region.caption_pages) | set(grid.pages) | {doc.page_at(s) for s, _ in region.row_lines}
    )
    total_rows = [
        r
        for r, row in enumerate(rows)
        if stub and any(total_kind(row[j].text) for j in range(stub))
    ]
    total_columns = [
        j
        for j in range(stub, ncol)
        if total_kind(grid.header_parts[j][-1] if grid.header_parts[j] else None)
    ]
    rule = {"text": RULE_TEXT, "pdf_lines": RULE_PDF_LINES, "pdf_text": RULE_PDF_TEXT}[strategy]
    table = Table(
        id=tid,
        text=doc.text[start:end],
        span=CharSpan(start=start, end=end),
        page=doc.page_at(start),
        sentence=doc.sentence_at(start),
        rule=rule,
        bbox=grid.bbox,
        table_id=region.label,
        caption=region.caption,
        columns=grid.columns,
        rows=rows,
        unit=unit_text,
        unit_source=(region.unit_source or "table") if unit_text else None,
        unit_note=_traced_note(doc, region) if unit_text else None,
        notes=[_note_text(doc, sp) for sp in region.notes],
        source_text="；".join(s for s, _ in sources) or None,
        source_date=next((d for _, d in reversed(sources) if d), None),
        pages=pages,
        stub_columns=stub,
        total_rows=total_rows,
        total_columns=total_columns,
        strategy=strategy,  # type: ignore[arg-type]
        title=region.title,
        period=region.period,
    )
    if dollar is not None and dollar != "TWD":
        for row in rows:
            for cell in row:
                if cell.base_unit == "TWD" and _BARE_DOLLAR.search(fold_width(cell.text)):
                    # `$3.50` of EPS on a US company's deck: the per-share 元 is its $
                    cell.base_unit = dollar
                    cell.unit = "$" if cell.unit == "元" else cell.unit
    checks = check_table(table)
    table.check_ids = [c.id for c in checks]
    return table, checks


# A dollar sign no letters lead (`$12,252`, `($181M)`), not NT$ or US$.
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


def _dollar_cell(text: str, cv: CellValue | None, dollar: str) -> CellValue | None:
    """A cell's bare ``$`` read as the document's dollar (``english_dollar``), not the
    report's own money the sign names in a Taiwanese statement."""
    if cv is None or cv.currency != "TWD" or not _BARE_DOLLAR.search(fold_width(text)):
        return cv
    unit = cv.unit
    if unit is not None and unit.base_unit == "TWD":
        unit = replace(unit, base_unit=dollar)
    return replace(cv, currency=dollar, unit=unit)


def _rate_beside_amounts(ru: _HeaderUnit, values: Sequence[CellValue | None]) -> bool:
    """A row named in percent whose figures are of two kinds, some written with ``%``,
    some bare, one of them in thousands at least (``33,316 | 67.9% | 797 | 11.1%``): the
    label names an amount and its rate, and the bare figures are the amounts."""
    if ru.explicit is None or ru.explicit.kind != "percent":
        return False
    got = [v for v in values if v is not None and v.value is not None]
    marked = [v for v in got if v.percent]
    bare = [v for v in got if not v.percent]
    return bool(marked) and any(abs(v.value or 0) >= 1000 for v in bare)
