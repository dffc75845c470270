"""Tables without a ``表 N`` caption: statements, slide tables, KPI grids.

A grid the PDF finder found that no caption claims becomes a table of its own when it
holds numbers; a grid on the next page with the same columns continues it when it
carries the same title (a statement split over two pages) or starts the page with no
title of its own. Its region is found in ``Document.text`` from the title line and the
cells' own text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.extract.tables.captions import TableRegion
from pipeline.extract.tables.grid import _GCell, _Grid
from pipeline.extract.tables.pdf_grid import (
    _cell_pattern,
    _column_extents,
    _covering,
    _grid_texts,
    _pdf_header_count,
    column_map,
    read_boxes,
    same_characters,
)
from pipeline.models import Document, PdfTable
from pipeline.pdftables.cells import clean_cell_text, parse_cell
from pipeline.pdftables.geometry import to_frame
from pipeline.pdftables.lexicon import _lex, caption_label
from pipeline.pdftables.text_cells import TEXT_CELLS
from pipeline.pdftables.titles import names_something

# Tables of words (no amount needed): one line a row, or cells wrapped over lines.
WORDS = ("words", TEXT_CELLS)


def _numeric_rows(t: PdfTable) -> int:
    return sum(
        1
        for r in t.rows
        if sum(1 for c in r[1:] if c and (cv := parse_cell(c)) and cv.value is not None) >= 1
    )


def _turned_table(t: PdfTable) -> bool:
    """A ruled grid printed a quarter turn, of two rows and three columns or more: a page
    is turned for a table too wide to stand upright (a roster of directors, a governance
    self-assessment of 是 / 否 / 說明), never for a box of prose, so its words are a
    table's even where it holds no amount (an upright ruled grid of words may be a
    frame around text or a diagram's boxes)."""
    return bool(t.turn) and t.strategy == "lines" and len(t.rows) >= 2 and len(t.rows[0]) >= 3


def _checked_rows(t: PdfTable) -> int:
    """Rows of a matrix of check marks (``V`` under each skill a director has): two
    marks a row at least."""
    marks = _lex().check_marks
    return sum(1 for r in t.rows if sum(1 for c in r[1:] if c and c.strip() in marks) >= 2)


def _numeric_cells(t: PdfTable) -> int:
    return sum(
        1 for r in t.rows[1:] for c in r if c and (cv := parse_cell(c)) and cv.value is not None
    )


def _date_rows(t: PdfTable) -> int:
    """Rows whose last cell is a whole date (a standard's effective date)."""
    lex = _lex()
    return sum(1 for r in t.rows[1:] if r and r[-1] and lex.date_cell.match(fold_width(r[-1])))


def _dated(t: PdfTable) -> bool:
    """A table of effective dates: three dates or more, or any under a column named for
    them (a one-row table of the one new standard)."""
    n = _date_rows(t)
    head = re.sub(r"\s+", "", fold_width(t.rows[0][-1] or "")) if t.rows and t.rows[0] else ""
    return n >= 3 or (n >= 1 and _lex().date_column_header.search(head) is not None)


def _ranged(t: PdfTable) -> bool:
    """A table of rate ranges (``1.43%～2.60%`` per date: a lease's discount rates): two
    rows or more whose value cells are ranges or amounts, one of ranges at least, no
    amount needed (a short-term loan's balance over its range of rates: ``$ 3,737,600`` /
    ``5.84~6.00``, its % in the row's label: ``期末利率區間(%)``)."""
    lex = _lex()

    def ranged(r: list[str | None]) -> bool:
        pct = "%" if "%" in fold_width(r[0] or "") else ""  # the label gives the unit
        return any(c and lex.range_cell.match(fold_width(c).strip() + pct) for c in r[1:])

    def amounts(r: list[str | None]) -> bool:
        return any(c and (cv := parse_cell(c)) and cv.value is not None for c in r[1:])

    rows = t.rows[1:]
    return any(ranged(r) for r in rows) and sum(1 for r in rows if ranged(r) or amounts(r)) >= 2


def _one_row(t: PdfTable) -> bool:
    """One row of amounts under its header: a ruled grid's of three amounts or more, or
    a notes table's whose header names every amount (a period, or a column name the finder found set
    over it; the label column's own name may stand in a row between): two amounts or
    more, or one in a block under its own date; a row of nothings (``$-``) when no row
    holds an amount."""
    if t.strategy == "lines" and _numeric_cells(t) >= 3:
        return True

    def amounts(r: list[str | None]) -> list[int]:
        return [j for j, c in enumerate(r) if c and (cv := parse_cell(c)) and cv.value is not None]

    def nothings(r: list[str | None]) -> list[int]:
        return [j for j, c in enumerate(r[1:], 1) if c and (cv := parse_cell(c)) and cv.null]

    # A row of nothing but nothings (``應收帳款 $- $-``: no loss in either period) is the
    # row of a table of no amount.
    rows = [i for i, r in enumerate(t.rows) if amounts(r)] or [
        i for i, r in enumerate(t.rows) if len(nothings(r)) >= 2
    ]
    # the row's label may wrap onto lines under its amounts (``透過其他綜合損益按 $ 14,171,630
    # …`` / ``公允價值衡量之金融`` / ``資產－債務工具``): rows of a label alone after it
    after = t.rows[rows[0] + 1 :] if len(rows) == 1 else []
    if len(rows) != 1 or rows[0] == 0 or any(any(c and c.strip() for c in r[1:]) for r in after):
        return False
    # a nothing (``$ -``) is one of the row's amounts: ``$ - $ 240`` is two periods' loss
    row = t.rows[rows[0]]
    cols = [
        j
        for j, c in enumerate(row)
        if c and (cv := parse_cell(c)) and (cv.null or cv.value is not None)
    ]
    above = t.rows[: rows[0]]
    # A block of one date (its period read over it: 113年12月31日 over 項目 | 名目本金 |
    # 契約期間) may hold one amount: the contract its header names.
    return len(cols) >= (1 if t.period else 2) and all(
        any(j < len(h) and (h[j] or "").strip() for h in above) for j in cols
    )


def _title_key(t: PdfTable, furniture: frozenset[str] = frozenset()) -> str | None:
    """The title without spaces and without a continued mark (``合併資產負債表(續)``);
    none when the title is the pages' running header."""
    if not t.title or t.title in furniture:
        return None
    return re.sub(r"\s+", "", _lex().continued.sub("", fold_width(t.title))) or None


def _solid(text: str) -> str:
    return re.sub(r"\s+", "", fold_width(text))


def _header_dates(t: PdfTable) -> frozenset[str]:
    """The dates of the grid's own header: what its rows above the first amount say over
    the amount columns (``113.3.31`` over ``第一級 第二級 …``), the label column left out."""
    out = [c for r in _head(t) for c in r[1:] if c]
    return frozenset(_solid(m) for m in _lex().header_date.findall(fold_width(" ".join(out))))


def _period_dates(t: PdfTable) -> frozenset[str]:
    """The dates of the period line set above the grid (``民國 114 年 3 月 31 日``)."""
    found = _lex().header_date.findall(fold_width(t.period or ""))
    return frozenset(_solid(m) for m in found)


def _opening_period(t: PdfTable) -> str | None:
    """The period line a grid's rows open under, set as a row of its own between its
    column names and its first amount (``114年1月1日至3月31日``): a segment note sets
    each period's block so, one a page, under the names set again."""
    period = _lex().period_line
    for r in reversed(_head(t)):
        label = _solid(fold_width(r[0] or "")) if r else ""
        if label and not any(c and c.strip() for c in r[1:]):
            return label if period.match(label) and len(label) <= 24 else None
    return None


def _column_lefts(t: PdfTable) -> list[float] | None:
    lefts: list[float] = []
    for j in range(len(t.rows[0])):
        xs = [b[0] for r in read_boxes(t) if j < len(r) and (b := r[j]) is not None]
        if not xs:
            return None
        lefts.append(min(xs))
    return lefts


def _same_columns(prev: PdfTable, nxt: PdfTable, tolerance: float = 8.0) -> bool:
    """As many columns, each starting where the other part's does."""
    a, b = _column_lefts(prev), _column_lefts(nxt)
    return (
        a is not None
        and b is not None
        and len(a) == len(b)
        and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))
    )


def _as_read(t: PdfTable) -> tuple[tuple[float, float, float, float], float | None]:
    """The grid's box and its page's height as a reader sees them: on a page printed a
    quarter turn (a landscape schedule), in the frame of the turned page."""
    if not t.turn or t.page_width is None or t.page_height is None:
        return t.bbox, t.page_height
    frame = to_frame(t.bbox, t.turn, t.page_width, t.page_height)
    return frame, t.page_width


def _at_page_break(prev: PdfTable, nxt: PdfTable, foot: float = 0.7, top: float = 0.3) -> bool:
    """The first part runs to its page's foot and the second starts at the next top."""
    (_, _, _, prev_bottom), prev_height = _as_read(prev)
    (_, next_top, _, _), next_height = _as_read(nxt)
    if prev_height is None or next_height is None:
        return False
    return prev_bottom >= foot * prev_height and next_top <= top * next_height


def _columns_carry_on(prev: PdfTable, nxt: PdfTable, marked: bool) -> bool:
    """Columns counted differently on the two parts still carry on: each column of text
    of the second part falls into its own column of the first, and, unless a continued
    mark or the first part's header set again says so, every column of text of the first
    part receives one (a column the finder opened for nothing on one page is no column; a
    mark lets two columns the finder ran together on the next page fall into one)."""
    cmap = column_map(prev, nxt)
    if marked:
        return (cmap or column_map(prev, nxt, merge=True)) is not None
    if cmap is None:
        return False
    filled = {j for j, e in enumerate(_column_extents(prev)) if e is not None}
    return {k for k in cmap if k is not None} == filled


def _header_rows(t: PdfTable) -> list[str]:
    """The grid's header rows, spaces dropped."""
    return [_solid(" ".join(c for c in r if c)) for r in _head(t)]


def _head(t: PdfTable) -> list[list[str | None]]:
    """The grid's rows above its first amount; a table of text cells (no amounts: its
    dates stand in its text) has its column names in its first row."""
    if t.strategy == TEXT_CELLS:
        return t.rows[:1]
    out: list[list[str | None]] = []
    for r in t.rows:
        if any(c and (cv := parse_cell(c)) and cv.value is not None for c in r[1:]):
            return out
        out.append(r)
    # A grid of words has no first amount: its header is its ruled header band (the
    # first row and the rows under a cell spanning columns or rows), as the grid's
    # column names are read; all its rows are no header (their dates are the body's).
    cover = _covering(t)
    return t.rows[: _pdf_header_count(_grid_texts(t, cover), cover)]


def _same_header(prev: PdfTable, nxt: PdfTable) -> bool:
    """The next part opens with the first part's header rows set again, word for word
    however the finder cut them into cells (a group's name may follow on one part), or
    in another form: the same characters read in another order (a schedule's ruled header
    whose group name and the names under it the finder cut into other rows on each page,
    ``單價 授信期間`` under ``交易條件…`` on one page, run into it on the next)."""
    a, b = _header_rows(prev), _header_rows(nxt)
    n = min(len(a), len(b))
    if sum(len(h) for h in a[:n]) >= 8 and "".join(a[:n]) == "".join(b[:n]):
        return True
    # in another form, its rows cut otherwise (one row on a page, three on the next): the
    # whole header, without a section's label set under it (``股票：``, ``受益憑證：``)
    wa, wb = _header_words(prev), _header_words(nxt)
    return len(wa) >= 8 and same_characters(wa, wb)


def _header_words(t: PdfTable) -> str:
    """The grid's header rows run together, spaces dropped, rows holding nothing but a
    section's label (one cell ending in a colon) left out."""
    out = []
    for r in _head(t):
        cells = [c.strip() for c in r if c and c.strip()]
        if len(cells) == 1 and cells[0][-1:] in (":", "："):
            continue
        out.append(_solid(" ".join(cells)))
    return "".join(out)


def _header_repeated(prev: PdfTable, nxt: PdfTable) -> bool:
    """The next part opens with the first part's header set again, column for column (a
    schedule's ruled header on every page of it), however far down its page the first
    part ended (the rest of a landscape page left blank); with another count of columns,
    each of the next part's columns falling into one of the first part's (an item's
    spread glyphs cut into other columns on each page)."""
    if not _same_header(prev, nxt):
        return False
    if len(prev.rows[0]) == len(nxt.rows[0]):
        return _same_columns(prev, nxt)
    return column_map(prev, nxt, merge=True) is not None


def _amounts_in(line: str) -> bool:
    """Whether a line of text holds an amount (a row of a table, not its header)."""
    return any(
        (cv := parse_cell(w)) is not None and cv.value is not None
        for w in re.findall(r"[$(（]?[\d,.]+[)）%]?", line)
    )


def _carried_over(prev: PdfTable, nxt: PdfTable, doc: Document) -> bool:
    """A notes table continued under another title: the next page opens, down to the
    second part's title line, with the first part's header set again (``113.03.31
    112.12.31 …``, a line of the first part's page) or a continued mark (``（承前頁）``)
    and nothing that starts a new table (a numbered heading, a statement's name, a
    sentence); the second part's columns stand where the first part's do and the first
    part ran to its page's foot."""
    lex = _lex()
    title = fold_width(nxt.title or "")
    if not title or lex.section_heading.match(title) or lex.statement_title.search(title):
        return False
    if not (_same_columns(prev, nxt) and _at_page_break(prev, nxt)):
        return False
    before = next((p for p in doc.pages if p.number == prev.page), None)
    page = next((p for p in doc.pages if p.number == nxt.page), None)
    if before is None or page is None:
        return False
    m = re.compile(_cell_pattern(title)).search(doc.text, page.start, page.end)
    if m is None:
        return False
    if any(b.kind == "heading" and page.start <= b.start < m.end() for b in doc.blocks):
        return False
    end = doc.text.find("\n", m.end(), page.end)
    opening = [
        _solid(ln) for ln in doc.text[page.start : end if end >= 0 else page.end].split("\n")
    ]
    if any("。" in ln or lex.statement_title.search(ln) for ln in opening):
        return False
    if any(lex.continued.search(ln) for ln in opening):
        return True
    # A header line of the first part's page, no row of amounts (the text layer may run
    # the next line into it: "113.03.31 112.12.31 112.03.31金融負債").
    header = [
        ln
        for ln in (_solid(x) for x in doc.text[before.start : before.end].split("\n"))
        if len(ln) >= 4 and not _amounts_in(ln)
    ]
    return any(ln.startswith(h) for ln in opening for h in header)


def _continues(
    prev: PdfTable,
    nxt: PdfTable,
    first_on_page: bool,
    furniture: frozenset[str] = frozenset(),
    doc: Document | None = None,
) -> bool:
    if nxt.page != prev.page + 1 or not first_on_page:
        return False
    if not prev.rows or not nxt.rows:
        return False
    # The pages' running header (``…附註（續）``) marks every page, no table.
    marked = (
        nxt.title not in furniture
        and _lex().continued.search(fold_width(nxt.title or "")) is not None
    )
    # A statement's name set again over the next page's part (合併綜合損益表 over its
    # other comprehensive income) says it goes on as a continued mark does, though that
    # page's labels run over the note column the first page opened (六(三) inside them).
    key, before = _title_key(nxt, furniture), _title_key(prev, furniture)
    restated = key is not None and key == before and bool(_lex().statement_title.search(key))
    if len(prev.rows[0]) != len(nxt.rows[0]) and not _columns_carry_on(
        prev, nxt, marked or restated or _same_header(prev, nxt)
    ):
        return False
    heads = _header_dates(prev), _header_dates(nxt)
    if all(heads) and heads[0] != heads[1]:
        return False  # dates of its own (the fair values at the next date): a new table
    if heads[1] and not heads[0] and not _header_repeated(prev, nxt):
        return False  # a date over names the part above never had (113.3.31 over 保險合約…)
    periods = _period_dates(prev), _period_dates(nxt)
    if all(periods) and periods[0] != periods[1]:
        return False  # its own period line above it (113 年 12 月 31 日 after 114 年 3 月 31 日)
    units = [_solid(t.unit or "") for t in (prev, nxt) if t.unit_source == "table"]
    if len(units) == 2 and all(units) and units[0] != units[1]:
        # its own unit line above it (單位：美金仟元 after 單位：新台幣仟元): the statement
        # set again in another currency, a table of its own however alike the two look (a
        # unit carried from the notes' unit note is no line of the grid's own)
        return False
    opening = _opening_period(prev), _opening_period(nxt)
    if all(opening) and opening[0] != opening[1]:
        return False  # its rows under a period line of their own (113年… after 114年…)
    key = _title_key(nxt, furniture)
    titled = nxt.title and nxt.title not in furniture
    if key is None and titled and marked:
        return True  # titled only "（承前頁）"
    if key is not None:
        # A statement split over pages repeats its name, with a continued mark the text
        # layer may scramble ("合併現金流量表承(" for 合併現金流量表(承上頁)).
        before = _title_key(prev, furniture)
        return (
            key == before
            or (
                before is not None
                and _lex().statement_title.search(before) is not None
                and key.startswith(before)
                and _lex().statement_title.search(key[len(before) :]) is None
                and len(key) - len(before) <= 4
            )
            or (doc is not None and _carried_over(prev, nxt, doc))
        )
    # Untitled: the grid ran to the foot of its page and the next starts at the top
    # (titled only by the running header: right under it, nearer both edges).
    foot, top = (0.8, 0.2) if nxt.title in furniture else (0.7, 0.3)
    if doc is not None and _lead_in_above(nxt, doc):
        return False  # a sentence introduces it: a table of its own
    if _at_page_break(prev, nxt, foot, top):
        return True
    (_, next_top, _, _), next_height = _as_read(nxt)
    near_top = next_height is not None and next_top <= top * next_height
    if nxt.strategy == TEXT_CELLS and doc is not None and _heading_between(prev, nxt, doc):
        return False  # text cells under the names set again, but under a heading of their own
    return near_top and _header_repeated(prev, nxt)


def _first_cell_at(t: PdfTable, doc: Document) -> int | None:
    """Where the grid's first cell stands in the text of its page."""
    page = next((p for p in doc.pages if p.number == t.page), None)
    first = next((c for r in t.rows for c in r if c and c.strip()), None)
    if page is None or first is None:
        return None
    m = re.compile(_cell_pattern(first)).search(doc.text, page.start, page.end)
    return None if m is None else m.start()


def _heading_between(prev: PdfTable, nxt: PdfTable, doc: Document) -> bool:
    """A heading of the text between the two grids (``(三)…準則之影響`` after one list of
    standards, over the next under the same names): the next grid is its own table."""
    a, b = _first_cell_at(prev, doc), _first_cell_at(nxt, doc)
    if a is None or b is None:
        return False
    return any(k.kind == "heading" and a <= k.start and k.end <= b for k in doc.blocks)


def _marked_only(t: PdfTable, furniture: frozenset[str]) -> bool:
    """Titled by nothing but a continued mark (``（承前頁）``)."""
    title = fold_width(t.title or "")
    return (
        bool(title)
        and t.title not in furniture
        and _lex().continued.search(title) is not None
        and _title_key(t, furniture) is None
    )


def _lead_in_above(t: PdfTable, doc: Document) -> bool:
    """A sentence that introduces a table (``…之關係調節如下：``) between the page's top and
    the grid's first cell: the grid is the table it introduces, not the rest of the one
    above, even with the same column names (113年度 112年度) and only the running header
    for a title."""
    page = next((p for p in doc.pages if p.number == t.page), None)
    first = next((c for r in t.rows for c in r if c and c.strip()), None)
    if page is None or first is None:
        return False
    m = re.compile(_cell_pattern(first)).search(doc.text, page.start, page.end)
    if m is None:
        return False
    lex = _lex()
    return any(
        lex.table_intro.search(fold_width(ln))
        for ln in doc.text[page.start : m.start()].split("\n")
    )


def uncaptioned_groups(
    pdf_tables: Sequence[PdfTable],
    used: set[int],
    furniture: frozenset[str] = frozenset(),
    doc: Document | None = None,
) -> list[list[PdfTable]]:
    """Grids no caption claimed, with the grids that continue them on later pages (a
    running header is no title: the same one on two pages joins nothing; with the
    document, a part titled by its repeated header joins by its columns)."""
    tables = sorted(pdf_tables, key=lambda t: (t.page, _as_read(t)[0][1], _as_read(t)[0][0]))
    index = {id(t): k for k, t in enumerate(pdf_tables)}
    groups: list[list[PdfTable]] = []
    first_on_page: set[int] = set()
    seen_pages: set[int] = set()
    for t in tables:
        if t.page not in seen_pages:
            first_on_page.add(id(t))
            seen_pages.add(t.page)
    for t in tables:
        if index[id(t)] in used:
            continue
        if t.caption and (caption_label(t.caption, "figure") or caption_label(t.caption, "table")):
            continue
        # A table of words (related parties and their relation) holds no amount.
        amounts = (
            _numeric_rows(t) >= 2 or _one_row(t) or _dated(t) or _ranged(t) or _checked_rows(t) >= 2
        )
        continues = bool(groups) and _continues(
            groups[-1][-1], t, id(t) in first_on_page, furniture, doc
        )
        if not amounts and t.strategy not in WORDS and not _turned_table(t):
            if continues:  # the rest of a roster's row run onto the next page
                groups[-1].append(t)
            continue
        if continues:
            groups[-1].append(t)
            continue
        if groups and _marked_only(t, furniture) and groups[-1][-1].page == t.page - 1:
            # The next period's block of the note continued from the page before (its
            # own period line): titled by the note, not by ``（承前頁）``.
            t.title = groups[-1][-1].title
        groups.append([t])
    return groups


def furniture_titles(doc: Document, grids: Sequence[PdfTable]) -> frozenset[str]:
    """Titles that are the pages' running header (``…財務報告附註(續)`` over the grids at
    the top of many pages): a title on grids of three pages or more that ingest removed
    from the text as page furniture."""
    pages: dict[str, set[int]] = {}
    for t in grids:
        if t.title:
            pages.setdefault(t.title, set()).add(t.page)
    text = re.sub(r"\s+", "", doc.text)
    return frozenset(
        title
        for title, ps in pages.items()
        if len(ps) >= 3 and re.sub(r"\s+", "", title) not in text
    )


def heading_before(doc: Document, start: int, page: int) -> str | None:
    """The last heading of the text before ``start``, on the table's page or the one
    before (the note a table at the top of a page belongs to)."""
    first = next((p.start for p in doc.pages if p.number == page - 1), 0)
    heads = [b for b in doc.blocks if b.kind == "heading" and first <= b.start and b.end <= start]
    if not heads:
        return None
    return doc.text[heads[-1].start : heads[-1].end].strip() or None


def uncaptioned_region(
    doc: Document,
    parts: Sequence[PdfTable],
    n: int,
    cursor: int,
    furniture: frozenset[str] = frozenset(),
) -> TableRegion | None:
    """Where an uncaptioned grid lives in the text: its title line, then its rows (looked
    for after ``cursor``, the end of the table before it on the page)."""
    first = parts[0]
    page = next((p for p in doc.pages if p.number == first.page), None)
    last = next((p for p in doc.pages if p.number == parts[-1].page), None)
    if page is None or last is None:
        return None
    lo, hi = max(page.start, cursor), last.end
    title = (first.title or "") if first.title not in furniture else ""
    m = re.compile(_cell_pattern(title)).search(doc.text, lo, hi) if title.strip() else None
    label = title or f"表格 p{first.page}-{n}"
    span = (m.start(), m.end()) if m is not None else (lo, lo)
    region = TableRegion(label, title, span, first.page, [first.page], units=[])
    region.title, region.period = (title or None), first.period
    if first.unit:
        region.take_grid_unit(first)
    region.row_lines = [(span[1], hi)]
    return region


# Between two parts of one table stand only a date line and the header set again.
_PART_GAP_MAX = 120
_INTRO_RE = re.compile(r"[^。；;\n]{2,80}?如下\s*[:：]")
_INTRO_TITLE_MAX = 40


def title_untitled(doc: Document, items: Sequence[tuple[TableRegion, _Grid, str]]) -> None:
    """Title the PDF tables that stand under no title of their own: a later date's block of a
    note's table, or its part continued on the next page under the header set again. What
    stands between the table before and this one names it: a numbered heading (the last),
    else a sentence introducing it (``…之備抵損失變動表如下：``); with nothing there but date
    and header lines, it is a part of the nearest table before it with the same column names
    (dates aside) and takes that one's title. A numbered heading read as the grid's corner
    cell (``(七)存 貨``) is its title."""
    lex = _lex()
    seen: list[tuple[TableRegion, _Grid]] = []
    for region, grid, strategy in items:
        if region.title is None and not region.caption and strategy != "text":
            corner = clean_cell_text(grid.columns[0]) if grid.columns else ""
            title = corner if lex.section_heading.match(corner) else None
            if title is None and seen and seen[-1][0].page >= region.page - 1:
                title = _title_between(doc, seen, region, grid)
            if not title:
                title = _section_above(doc, region, grid)
            if title:
                region.title = region.label = region.caption = title
        seen.append((region, grid))


def _title_between(
    doc: Document, seen: Sequence[tuple[TableRegion, _Grid]], region: TableRegion, grid: _Grid
) -> str | None:
    prev = seen[-1][0]
    start, end = prev.end, region.caption_span[0]
    if end <= start:
        return None
    heads = [
        doc.text[b.start : b.end].strip()
        for b in doc.blocks
        if b.kind == "heading" and start <= b.start and b.end <= end
    ]
    heads = [h for h in heads if _lex().section_heading.match(h)]
    if heads:
        return heads[-1]
    gap = doc.text[start:end]
    intros = list(_INTRO_RE.finditer(gap))
    if intros:
        intro = intros[-1].group().strip()
        if len(intro) > _INTRO_TITLE_MAX and "，" in intro:
            clauses = intro.split("，")
            # the clause that names the table; a lead-in naming nothing (相關資訊如下：)
            # with the clause before it
            intro = clauses[-1] if names_something(clauses[-1]) else "，".join(clauses[-2:])
        return intro
    if "。" in gap or len(re.sub(r"\s+", "", gap)) > _PART_GAP_MAX:
        return None  # prose between: the table before is another matter
    key = _column_key(grid)
    for other, other_grid in reversed(seen):
        if other.page < region.page - 1:
            break
        if _column_key(other_grid) == key:
            return other.title
    # Other columns, right under the table before with no heading between: another table
    # of the same note (Novatek p. 19's rent income under 8. 投資性不動產's movement), named
    # by the note's numbered heading that titles the table before.
    if prev.page == region.page and prev.title and _lex().section_heading.match(prev.title):
        return prev.title
    return None


_AMOUNT_RE = re.compile(r"\d[\d,]*\d{3}|\$")


def _section_above(doc: Document, region: TableRegion, grid: _Grid) -> str | None:
    """The section a grid stands in, when nothing between the table before and this one
    names it (prose between, or no table before on this page or the last): the nearest
    numbered heading line above its first cell, on its page or the one before
    (``(1) 非衍生金融負債之流動性及利率風險表`` at the foot of the page before a maturity
    table that opens its page under the paragraph run on from there). The structure stage
    may keep such a line inside the paragraphs (no heading block), so the lines are read
    from the text: a line of its own, a numbered name, no sentence and no amount."""
    starts = [c.span[0] for row in grid.body for c in row if c.span is not None]
    if not starts:
        return None
    pages = [p for p in doc.pages if region.page - 1 <= p.number <= region.page]
    if not pages:
        return None
    lo, hi = min(p.start for p in pages), min(starts)
    lex = _lex()
    for line in reversed(doc.text[lo:hi].split("\n")):
        text = clean_cell_text(fold_width(line)).strip()
        m = lex.section_heading.match(text)
        if (
            m is not None
            and len(text) <= _INTRO_TITLE_MAX
            and not any(p in text for p in "。，；")
            and not _AMOUNT_RE.search(text)
            and names_something(text)
        ):
            return text
    return None


def _column_key(grid: _Grid) -> tuple[str, ...]:
    """A grid's column names with their dates and spacing taken out."""
    dates = _lex().header_date
    return tuple(dates.sub("", re.sub(r"[\s/]+", "", fold_width(c))) for c in grid.columns)


# Characters of a cell's first line that must be found to place a table of wrapped text.
_WRAPPED_LEAD_MIN = 3


def _piece_at(doc: Document, cell: str, lo: int, hi: int, head: bool) -> tuple[int, int] | None:
    """The longest head (or tail) of a cell's text found in ``doc.text[lo:hi]``: the line
    of a wrapped cell that the text layer kept whole, its first or its last."""
    solid = re.sub(r"\s+", "", cell)
    least = _WRAPPED_LEAD_MIN if head else 2
    for n in range(len(solid), least - 1, -1):
        piece = solid[:n] if head else solid[-n:]
        m = re.compile(_cell_pattern(piece)).search(doc.text, lo, hi)
        if m is not None:
            return m.start(), m.end()
    return None


def wrapped_rows_span(
    doc: Document, parts: Sequence[PdfTable], lo: int, hi: int
) -> tuple[int, int] | None:
    """Where a table of wrapped text cells stands in the text, none of whose cells the
    text holds whole (its lines run beside the other columns' lines): from its first
    cell's first line, a head of the cell's text, to the end of the last row's last
    lines, each a tail of its cell's text."""
    rows = [r for p in parts for r in p.rows[1:] if any(c and c.strip() for c in r)]
    if not rows:
        return None
    first = next(c for c in rows[0] if c and c.strip())
    start = _piece_at(doc, first, lo, hi, head=True)
    last = next(c for c in rows[-1] if c and c.strip())
    opening = _piece_at(doc, last, start[0], hi, head=True) if start else None
    if start is None or opening is None:
        return None
    ends = [
        end[1]
        for c in rows[-1]
        if c and c.strip() and (end := _piece_at(doc, c, opening[0], hi, head=False))
    ]
    return start[0], max([opening[1], *ends])


def _period_row(row: Sequence[_GCell]) -> str | None:
    """The text of a row that holds nothing but a period line in its label column
    (``114年1月1日至3月31日``), else None."""
    cells = [c.text or "" for c in row]
    if not cells or any(c.strip() for c in cells[1:]):
        return None
    label = cells[0].strip()
    solid = _solid(fold_width(label))
    return label if len(solid) <= 24 and _lex().period_line.match(solid) else None


def take_opening_period(region: TableRegion, grid: _Grid) -> None:
    """A period line set as a row of its own over the first amounts (a segment note's
    ``114年1月1日至3月31日`` under the column names) is the table's period, not a row: it
    fills ``period`` when no period line above the grid did, and leaves the rows, as does
    the same line set again over a continued part's rows. Rows under several periods keep
    them (each period line heads its own block of rows there)."""
    if not grid.body:
        return
    label = _period_row(grid.body[0])
    if label is None:
        return
    if {p for r in grid.body if (p := _period_row(r)) is not None} != {label}:
        return
    if region.period and _solid(fold_width(region.period)) != _solid(fold_width(label)):
        return
    rows = [r for r in grid.body if _period_row(r) is None]
    if rows:
        region.period = region.period or label
        grid.body = rows
