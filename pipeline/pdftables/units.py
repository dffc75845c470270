"""The unit a table states nowhere near itself: a document-level pass after the per-page
finder.

Filings print the unit of their amounts once for many tables: a note under the notes'
title (``(除另有註明者外，所有金額均以新台幣千元為單位)``, Phison and Changingtec print it
once, on the first notes page) or under every notes page's running header (Novatek). The
finder sees one page at a time, so it reads only the unit lines right above a grid; this
pass gives every later table that states no unit of its own the unit of the last such
note, until another note or a statement (a new part of the report, whose own unit line
governs it), and records the note — page, box, text — so an analyst can trace the scale.
A table's own unit line is never overridden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.models import PageText, PdfTable, UnitNote
from pipeline.pdftables.finder import note_unit
from pipeline.pdftables.geometry import hull
from pipeline.pdftables.lexicon import _lex

_EXCEPT_LINE = re.compile(r"\s*[（(]\s*除")


def page_unit_note(page: PageText) -> UnitNote | None:
    """The first unit note on a PDF page, with the box of its glyphs."""
    if not page.boxes:
        return None
    start = 0
    lines = page.text.split("\n")
    for k, line in enumerate(lines):
        end = start + len(line)
        unit = note_unit(line) if line.strip() else None
        joined = line
        if unit is None and k + 1 < len(lines) and _EXCEPT_LINE.match(lines[k + 1]):
            # "單位：新台幣仟元" over "(除特別註明者外)": one note on two lines
            unit = note_unit(line + lines[k + 1])
            joined = line + "\n" + lines[k + 1]
        stop = start + len(joined)
        boxes = [b for b in page.boxes[start:stop] if b is not None] if unit else []
        if unit is not None and boxes:
            x0, top, x1, bottom = hull(boxes)
            bbox = (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))
            return UnitNote(unit=unit, text=joined.strip(), page=page.number, bbox=bbox)
        start = end + 1
    return None


def _is_statement(table: PdfTable) -> bool:
    """A grid titled as a financial statement (``合併資產負債表``): a new part of the report."""
    title = re.sub(r"\s+", "", fold_width(table.title or ""))
    m = _lex().statement_title.search(title)
    return m is not None and m.end() == len(title)


def carry_unit_notes(pages: Sequence[PageText], tables: Sequence[PdfTable]) -> None:
    """Give each table with no unit of its own the unit of the note that governs it: the note
    above it on its page (``page_note``) or the last note on an earlier page
    (``document_note``), cut off by a page whose statement carries its own unit line and
    no note. A unit the finder read for the table itself is marked ``table``."""
    notes = {p.number: n for p in pages if (n := page_unit_note(p)) is not None}
    by_page: dict[int, list[PdfTable]] = {}
    for t in tables:
        by_page.setdefault(t.page, []).append(t)
    current: UnitNote | None = None
    for number in sorted(set(notes) | set(by_page)):
        own = notes.get(number)
        grids = sorted(by_page.get(number, []), key=lambda t: (t.bbox[1], t.bbox[0]))
        if own is None and any(_is_statement(t) and t.unit for t in grids):
            current = None  # a statement starts a new part of the report
        for t in grids:
            if t.unit is not None:
                t.unit_source = t.unit_source or "table"
            elif own is not None and own.bbox[3] <= t.bbox[1] + 2:
                t.unit, t.unit_source, t.unit_note = own.unit, "page_note", own
            elif current is not None:
                t.unit, t.unit_source, t.unit_note = current.unit, "document_note", current
        if own is not None:
            current = own


__all__ = ["carry_unit_notes", "page_unit_note"]
