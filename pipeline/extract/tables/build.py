"""A Table fact from a region and its grid."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.extract.tables.captions import TableRegion, parse_source
from pipeline.extract.tables.cells import _PERCENT, _header_unit, _HeaderUnit, _type_cell
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
    clean_cell_text,
    is_account_code,
    parse_cell,
    parse_unit,
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
    """``foreign`` for a header that is the name of foreign money (``外幣``, ``美金``,
    ``美 / 元``, ``人民幣（千元）``), ``TWD`` for one naming the report's own money
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
                return kind
    return None


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


def _build_table(
    doc: Document, region: TableRegion, grid: _Grid, tid: str, strategy: str
) -> tuple[Table, list[Check]]:
    ncol = len(grid.columns)
    stub = min(grid.stub, ncol)
    unit_text = next(iter(region.units), None) or grid.unit
    table_unit = parse_unit(unit_text, declared=True) if unit_text else None
    col_units = [
        _header_unit(grid.header_parts[j] if j < len(grid.header_parts) else [])
        for j in range(ncol)
    ]
    # A unit read from a note for all the report's amounts is a scale for amounts only: a
    # figure with decimals (持股比例 100.00, EPS 0.48) or a foreign-money column keeps none.
    from_note = region.unit_source in ("page_note", "document_note")
    headers = [grid.header_parts[j] if j < len(grid.header_parts) else [] for j in range(ncol)]
    col_money = [
        None if not from_note else "count" if _count_header(h) else _money_header(h)
        for h in headers
    ]
    plain_cols = {j for j in range(stub, ncol) if _plain_number_header(headers[j])}
    rows: list[list[Cell]] = []
    carry = [""] * stub
    marker_cols = {
        j
        for j in range(stub)
        if re.sub(r"\s+", "", fold_width(grid.columns[j].rsplit(" / ", 1)[-1])).casefold()
        in _lex().marker_headers
    }
    code_cols = {j for j in range(stub, ncol) if code_column(grid.columns[j])}
    for gr in grid.body:
        stub_texts = [clean_cell_text(gr[j].text) for j in range(stub)]
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
        ru = _header_unit([row_header]) if row_header else _HeaderUnit(None, None, False)
        foreign_row = from_note and _money_header([row_header or ""]) == "foreign"
        cells: list[Cell] = []
        for j, gc in enumerate(gr):
            cell = Cell(
                text=gc.text,
                row_header=row_header,
                col_header=grid.columns[j] or None,
                page=gc.page,
                span=CharSpan(start=gc.span[0], end=gc.span[1]) if gc.span else None,
                bbox=gc.bbox,
            )
            if j >= stub and not codes_row and j not in code_cols:
                cv = parse_cell(gc.text)
                if cv is not None and j in plain_cols:
                    _type_cell(cell, cv, [])  # an exchange rate: its own unit or none
                elif cv is not None:
                    cu = col_units[j]
                    candidates = [
                        cu.explicit,
                        ru.explicit,
                        cu.measure,
                        ru.measure,
                        _PERCENT
                        if cu.percentish and not (table_unit and table_unit.kind == "percent")
                        else None,
                        _PERCENT if ru.percentish else None,
                        None
                        if from_note
                        and (
                            cv.decimals
                            or col_money[j] in ("foreign", "count")
                            or (foreign_row and col_money[j] != "TWD")
                        )
                        else table_unit,
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
    checks = check_table(table)
    table.check_ids = [c.id for c in checks]
    return table, checks
