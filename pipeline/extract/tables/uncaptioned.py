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
from pipeline.extract.tables.pdf_grid import _cell_pattern
from pipeline.models import Document, PdfTable
from pipeline.pdftables.cells import parse_cell
from pipeline.pdftables.lexicon import _lex, caption_label


def _numeric_rows(t: PdfTable) -> int:
    return sum(
        1
        for r in t.rows
        if sum(1 for c in r[1:] if c and (cv := parse_cell(c)) and cv.value is not None) >= 1
    )


def _numeric_cells(t: PdfTable) -> int:
    return sum(
        1 for r in t.rows[1:] for c in r if c and (cv := parse_cell(c)) and cv.value is not None
    )


def _date_rows(t: PdfTable) -> int:
    """Rows whose last cell is a whole date (a standard's effective date)."""
    lex = _lex()
    return sum(1 for r in t.rows[1:] if r and r[-1] and lex.date_cell.match(fold_width(r[-1])))


def _one_row(t: PdfTable) -> bool:
    """One row of amounts under its header: a ruled grid's of three amounts or more, or
    a notes table's whose header names every amount (a period, or a column name the finder found set
    over it; the label column's own name may stand in a row between)."""
    if t.strategy == "lines" and _numeric_cells(t) >= 3:
        return True

    def amounts(r: list[str | None]) -> list[int]:
        return [j for j, c in enumerate(r) if c and (cv := parse_cell(c)) and cv.value is not None]

    rows = [i for i, r in enumerate(t.rows) if amounts(r)]
    if len(rows) != 1 or rows[0] == 0 or rows[0] != len(t.rows) - 1:
        return False
    cols = amounts(t.rows[rows[0]])
    above = t.rows[: rows[0]]
    return len(cols) >= 2 and all(
        any(j < len(h) and (h[j] or "").strip() for h in above) for j in cols
    )


def _title_key(t: PdfTable, furniture: frozenset[str] = frozenset()) -> str | None:
    """The title without spaces and without a continued mark (``合併資產負債表(續)``);
    none when the title is the pages' running header."""
    if not t.title or t.title in furniture:
        return None
    return re.sub(r"\s+", "", _lex().continued.sub("", fold_width(t.title))) or None


def _continues(
    prev: PdfTable, nxt: PdfTable, first_on_page: bool, furniture: frozenset[str] = frozenset()
) -> bool:
    if nxt.page != prev.page + 1 or not first_on_page:
        return False
    if not prev.rows or not nxt.rows or len(prev.rows[0]) != len(nxt.rows[0]):
        return False
    key = _title_key(nxt, furniture)
    titled = nxt.title and nxt.title not in furniture
    if key is None and titled and _lex().continued.search(fold_width(nxt.title or "")):
        return True  # titled only "（承前頁）"
    if key is not None:
        # A statement split over pages repeats its name, with a continued mark the text
        # layer may scramble ("合併現金流量表承(" for 合併現金流量表(承上頁)).
        before = _title_key(prev, furniture)
        return key == before or (
            before is not None
            and _lex().statement_title.search(before) is not None
            and key.startswith(before)
            and _lex().statement_title.search(key[len(before) :]) is None
            and len(key) - len(before) <= 4
        )
    # Untitled: the grid ran to the foot of its page and the next starts at the top
    # (titled only by the running header: right under it, nearer both edges).
    if prev.page_height is None or nxt.page_height is None:
        return False
    foot, top = (0.8, 0.2) if nxt.title in furniture else (0.7, 0.3)
    return prev.bbox[3] >= foot * prev.page_height and nxt.bbox[1] <= top * nxt.page_height


def uncaptioned_groups(
    pdf_tables: Sequence[PdfTable], used: set[int], furniture: frozenset[str] = frozenset()
) -> list[list[PdfTable]]:
    """Grids no caption claimed, with the grids that continue them on later pages (a
    running header is no title: the same one on two pages joins nothing)."""
    tables = sorted(pdf_tables, key=lambda t: (t.page, t.bbox[1], t.bbox[0]))
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
        amounts = _numeric_rows(t) >= 2 or _one_row(t) or _date_rows(t) >= 3
        if not amounts and t.strategy != "words":
            continue
        if groups and _continues(groups[-1][-1], t, id(t) in first_on_page, furniture):
            groups[-1].append(t)
        else:
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
        region.units.append(first.unit)
    region.row_lines = [(span[1], hi)]
    return region
