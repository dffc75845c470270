"""Tables: grids and ``表 N`` captions made into Table facts with typed cells and checks.

Find, then build. ``text_grid.parse_text_table`` reads rows from a text dump (a label
that may hold spaces and Latin, then numeric columns); ``pipeline.pdftables`` found the
PDF grids at ingest (ruled ones from path objects, unruled ones from the alignment of
numeric cells, with their title, unit and period lines). ``extract_tables`` ties each
grid to its caption, note and source lines in ``Document.text`` (``captions``), makes
the grids no caption claims into tables of their own (``uncaptioned``), types every
numeric cell by the unit that governs it (``cells``) and records a Check for every total
row/column, balance and share column (``totals``), so a misread digit shows up as a
failed check instead of a silent wrong number.

Check ids are ``<table id>.c<k>`` (``t1.c1``); ``Table.check_ids`` holds the same ids.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.extract.quantities import english_dollar
from pipeline.extract.tables.build import _build_table, closing_heading
from pipeline.extract.tables.captions import (
    TableRegion,
    find_references,
    find_table_regions,
    uncaptioned_text_regions,
)
from pipeline.extract.tables.grid import _Grid, _grid_from_text
from pipeline.extract.tables.pdf_grid import _cell_pattern, _grid_from_pdf
from pipeline.extract.tables.spans import place_cells
from pipeline.extract.tables.uncaptioned import (
    _numeric_rows,
    furniture_titles,
    heading_before,
    take_opening_period,
    title_untitled,
    uncaptioned_groups,
    uncaptioned_region,
    wrapped_rows_span,
)
from pipeline.models import (
    Check,
    Document,
    PdfTable,
    Quantity,
    Table,
)
from pipeline.pdftables.lexicon import _lex, caption_body, caption_label
from pipeline.pdftables.text_cells import TEXT_CELLS

# --------------------------------------------------------------------------- extract


__all__ = ["extract_tables", "match_pdf_tables", "outside_cells"]


def match_pdf_tables(
    regions: Sequence[TableRegion], pdf_tables: Sequence[PdfTable]
) -> dict[int, list[PdfTable]]:
    """PDF grids for each caption region (by label, then page and order), with continuations.

    A grid on the next page with the same column count and no caption of its own is
    the same table continued.
    """
    tables = sorted(pdf_tables, key=lambda t: (t.page, t.bbox[1], t.bbox[0]))
    used: set[int] = set()
    out: dict[int, list[PdfTable]] = {}
    # Grids captioned as figures are charts drawn with rectangles: never a table.
    tables = [t for t in tables if not (t.caption and caption_label(t.caption, "figure"))]
    labels = [caption_label(t.caption, "table") if t.caption else None for t in tables]

    def take(ri: int, k: int) -> None:
        used.add(k)
        out.setdefault(ri, []).append(tables[k])

    for ri, region in enumerate(regions):  # 1. the grid names its caption
        for k, t in enumerate(tables):
            if (
                k not in used
                and labels[k] == region.label
                and ri not in out
                and (t.page in region.caption_pages or t.page - 1 in region.caption_pages)
            ):
                take(ri, k)
    for p in sorted({r.page for r in regions}):  # 2. order of captions and grids on a page
        rs = [ri for ri, r in enumerate(regions) if r.page == p and ri not in out]
        ts = [k for k, t in enumerate(tables) if t.page == p and k not in used and not labels[k]]
        for ri, k in zip(rs, ts, strict=False):
            take(ri, k)
    for ri, region in enumerate(regions):  # 3. caption at the foot of the page
        if ri in out:
            continue
        nxt = [k for k, t in enumerate(tables) if t.page == region.page + 1]
        if nxt and nxt[0] not in used and not labels[nxt[0]]:
            take(ri, nxt[0])
    for ri in sorted(out):  # 4. continued on the following pages
        while True:
            last = out[ri][-1]
            ncol = len(last.rows[0]) if last.rows else 0
            nxt = [k for k, t in enumerate(tables) if t.page == last.page + 1]
            if not nxt:
                break
            k = nxt[0]
            cont = labels[k] is None or (
                labels[k] == regions[ri].label
                and bool(_lex().continued.search(fold_width(tables[k].caption or "")))
            )
            if k in used or not cont or not tables[k].rows or len(tables[k].rows[0]) != ncol:
                break
            take(ri, k)
    return out


def _orphan_regions(
    doc: Document, regions: Sequence[TableRegion], pdf_tables: Sequence[PdfTable]
) -> list[TableRegion]:
    """Regions for PDF grids whose ``表 N`` caption the structure stage left in a paragraph:
    the caption line is found in the page's text, the grid supplies the rows."""
    known = {r.label for r in regions}
    pages = {p.number: p for p in doc.pages}
    out: list[TableRegion] = []
    for t in pdf_tables:
        label = caption_label(t.caption, "table") if t.caption else None
        page = pages.get(t.page)
        if label is None or label in known or page is None or not t.caption:
            continue
        m = re.compile(_cell_pattern(t.caption)).search(doc.text, page.start, page.end)
        if m is None:
            continue
        text = doc.text[m.start() : m.end()]
        out.append(
            TableRegion(label, caption_body(text, "table"), (m.start(), m.end()), t.page, [t.page])
        )
        known.add(label)
    return out


def _regions(
    doc: Document, pdf_tables: Sequence[PdfTable], last_pages: dict[int, int] | None = None
) -> list[TableRegion]:
    regions = find_table_regions(doc, last_pages)
    regions += _orphan_regions(doc, regions, pdf_tables)
    return sorted(regions, key=lambda r: r.caption_span[0])


def extract_tables(
    doc: Document, pdf_tables: list[PdfTable] | None = None
) -> tuple[list[Table], list[Check]]:
    """Table facts (ids t1.. in text order) and their checks (ids ``t1.c1`` ..)."""
    grids = [t for t in pdf_tables or [] if t.rows]
    regions = _regions(doc, grids)
    matched = match_pdf_tables(regions, grids)
    by_caption = {regions[k].caption_span[0]: parts for k, parts in matched.items()}
    if by_caption:  # read the text again, up to the last page of each grid
        last = {start: max(p.page for p in parts) for start, parts in by_caption.items()}
        regions = _regions(doc, grids, last)
    refs = find_references(doc, "table")
    used = {id(p) for parts in matched.values() for p in parts}
    items: list[tuple[TableRegion, _Grid, str]] = []
    for region in regions:
        parts = by_caption.get(region.caption_span[0])
        if parts:
            region.period = region.period or parts[0].period
            if not region.units and parts[0].unit:
                region.take_grid_unit(parts[0])
            grid = _grid_from_pdf(doc, region, parts)
            strategy = "pdf_lines" if parts[0].strategy == "lines" else "pdf_text"
        else:
            grid = _grid_from_text(doc, region)
            strategy = "text"
        items.append((region, grid, strategy))
    if doc.source.format == "txt":
        # text input has no PDF grid: its uncaptioned tables are the table blocks
        for region in uncaptioned_text_regions(doc, regions):
            items.append((region, _grid_from_text(doc, region), "text"))
    claimed = {k for k, t in enumerate(grids) if id(t) in used}
    cursor = 0
    furniture = furniture_titles(doc, grids)
    # (the last table placed, the cursor before it)
    placed: tuple[PdfTable, int] | None = None
    for n, parts in enumerate(uncaptioned_groups(grids, claimed, furniture, doc), start=1):
        # a panel read from text beside the last table shares its text lines: its rows
        # are read from where that table's were (ruled grids keep the reading order)
        beside = (
            placed is not None
            and parts[0].strategy != "lines"
            and _side_by_side(placed[0], parts[0])
        )
        found = _uncaptioned(doc, parts, n, placed[1] if beside and placed else cursor, furniture)
        if found is not None:
            items.append(found)
            placed = (parts[-1], placed[1] if beside and placed else cursor)
            cursor = max(cursor, found[0].end)
    items.sort(key=lambda x: (x[0].caption_span[0], x[0].end))
    title_untitled(doc, items)
    for region, grid, _ in items:
        take_opening_period(region, grid)
    tables: list[Table] = []
    checks: list[Check] = []
    closing: tuple[int, int, str] | None = None
    # a US company's deck: its `$` is US$ (read only when the document has a table)
    dollar = english_dollar(fold_width(doc.text)) if items else None
    for k, (region, grid, strategy) in enumerate(items):
        if strategy != "text":
            place_cells(doc, grid)
        # a block heading closing the table before (美金 over a repeated header) heads
        # this table's first rows when it goes on, on the same page, with the same columns
        opening = (
            closing[2]
            if closing is not None
            and closing[:2] == (doc.page_at(region.caption_span[0]), len(grid.columns))
            else None
        )
        table, tchecks = _build_table(
            doc, region, grid, f"t{k + 1}", strategy, opening, dollar
        )
        closing = closing_heading(table)
        table.cited_in = refs.get(region.label, [])
        tables.append(table)
        checks.extend(tchecks)
    return tables, checks


def outside_cells(quantities: list[Quantity], tables: Sequence[Table]) -> list[Quantity]:
    """The quantities whose span touches no typed cell of a table.

    A table's numbers are its cells (FORMAT.md: cells of tables are no quantities). A PDF
    grid found from geometry often sits in lines the structure stage kept as prose, so the
    quantity stage reads the same figures again: `$281,080` as 281,080 TWD beside its cell
    of 281,080 仟元, or `48,072 依` and `169,649 － 1%` run over two cells. Cells that hold
    text only (`月結 270 天`, `5 年至 60 年`) type nothing, so their quantities stay."""
    spans = sorted(
        (s.start, s.end)
        for t in tables
        for row in t.rows
        for c in row
        if c.value is not None
        for s in ([c.span] if c.span is not None else []) + list(c.parts or [])
    )
    if not spans:
        return quantities
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def in_cell(q: Quantity) -> bool:
        k = bisect.bisect_left(starts, q.span.end) - 1  # the last cell starting before its end
        return k >= 0 and reach[k] > q.span.start

    return [q for q in quantities if not in_cell(q)]


def _uncaptioned(
    doc: Document, parts: list[PdfTable], n: int, cursor: int, furniture: frozenset[str]
) -> tuple[TableRegion, _Grid, str] | None:
    """Region and grid of an uncaptioned table, its span cut to the text its cells quote."""
    region = uncaptioned_region(doc, parts, n, cursor, furniture)
    if region is None:
        return None
    grid = _grid_from_pdf(doc, region, parts)
    spans = [c.span for row in grid.body for c in row if c.span is not None]
    if not spans and region.row_lines and region.row_lines[0][0] > cursor:
        # The title was read after the rows (a slide's side title): rows from the cursor.
        region.row_lines = [(max(cursor, _page_start(doc, parts[0].page)), region.end)]
        grid = _grid_from_pdf(doc, region, parts)
        spans = [c.span for row in grid.body for c in row if c.span is not None]
    lines = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
    if lines is None and (
        parts[0].strategy == TEXT_CELLS
        or (parts[0].strategy == "lines" and not any(_numeric_rows(p) for p in parts))
    ):
        # wrapped text in every cell (a ruled grid of words too: its header rows, read as
        # such, leave only cells whose lines run beside each other's): placed by its
        # cells' first and last lines
        lines = wrapped_rows_span(doc, parts, max(cursor, region.caption_span[1]), region.end)
    if lines is None:
        return None
    region.row_lines = [lines]
    if region.caption_span[0] == region.caption_span[1]:
        start = region.row_lines[0][0]
        region.caption_span = (start, start)
    region.caption_pages = [parts[0].page]
    if parts[0].title in furniture:  # the page's running header: the note heading instead
        heading = heading_before(doc, region.row_lines[0][0], parts[0].page)
        if heading:
            region.title = region.label = region.caption = heading
    strategy = "pdf_lines" if parts[0].strategy == "lines" else "pdf_text"
    return region, grid, strategy


def _side_by_side(a: PdfTable, b: PdfTable) -> bool:
    """Two grids on one page side by side: apart left to right, sharing lines."""
    if a.page != b.page:
        return False
    apart = a.bbox[2] <= b.bbox[0] or b.bbox[2] <= a.bbox[0]
    return apart and min(a.bbox[3], b.bbox[3]) > max(a.bbox[1], b.bbox[1])


def _page_start(doc: Document, number: int) -> int:
    return next((p.start for p in doc.pages if p.number == number), 0)
