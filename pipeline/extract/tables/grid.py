"""A table as a grid of cells with header parts, before cells are typed."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.tables.captions import TableRegion
from pipeline.extract.tables.text_grid import parse_text_table
from pipeline.models import (
    Document,
)
from pipeline.pdftables.cells import Box

# --------------------------------------------------------------------------- grids


@dataclass
class _GCell:
    text: str
    span: tuple[int, int] | None = None
    bbox: Box | None = None
    page: int | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)  # one piece a line


@dataclass
class _Grid:
    columns: list[str]
    header_parts: list[list[str]]
    body: list[list[_GCell]]
    stub: int
    unit: str | None = None
    bbox: Box | None = None
    pages: list[int] = field(default_factory=list)


def _grid_from_text(doc: Document, region: TableRegion) -> _Grid:
    lines = [doc.text[s:e] for s, e in region.row_lines]
    tt = parse_text_table(lines)
    body: list[list[_GCell]] = []
    for row in tt.rows:
        off = region.row_lines[row.line][0]
        page = doc.page_at(off)
        body.append(
            [
                _GCell(c.text, (off + c.start, off + c.end), None, page)
                if c is not None
                else _GCell("", None, None, page)
                for c in row.cells
            ]
        )
    pages = sorted({c.page for r in body for c in r if c.page is not None})
    return _Grid(tt.columns, tt.header_parts, body, tt.stub, tt.unit, None, pages)
