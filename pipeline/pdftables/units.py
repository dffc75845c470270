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
from pipeline.pdftables.cells import parse_unit
from pipeline.pdftables.geometry import hull
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.unit_lines import line_unit, note_unit

_EXCEPT_LINE = re.compile(r"\s*[（(]\s*除")
# A unit line is short (``附表一 單位：新台幣仟元``), no sentence that ends on a unit.
_LINE_MAX = 40


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
    """A grid titled as a financial statement (``合併資產負債表``): a new part of the report.
    A statement's name inside a phrase (``未於資產負債表``, a bank's offsetting note's column
    head taken for its title; ``statement_phrase_lead``) titles no statement."""
    title = re.sub(r"\s+", "", fold_width(table.title or ""))
    lex = _lex()
    m = lex.statement_title.search(title)
    if m is None or m.end() != len(title):
        return False
    return lex.statement_phrase_lead.search(title[: m.start()]) is None


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
    if not notes:
        report = _report_unit(pages, tables)
        for t in tables:
            if t.unit is None and report is not None:
                t.unit, t.unit_source, t.unit_note = report.unit, "document_note", report


def _report_unit(pages: Sequence[PageText], tables: Sequence[PdfTable]) -> UnitNote | None:
    """The unit a filing states for its amounts when its notes' unit note cannot be read (a
    scanned page): the one money unit with a scale that the tables' own unit lines state
    (a count's 仟股 aside) on two pages or more (``附表一 單位：新台幣仟元``), in a document
    that names its notes (``合併財務報告附註``). The note recorded is the first such line.
    None when the tables state different units, or the document is no filing (a deck's
    slides state units one by one)."""
    stated = sorted(
        (t for t in tables if t.unit_source == "table" and _scaled_money(t.unit)),
        key=lambda t: (t.page, t.bbox[1], t.bbox[0]),
    )
    units = {re.sub(r"\s+", "", fold_width(t.unit or "")) for t in stated}
    if len(units) != 1 or len({t.page for t in stated}) < 2:
        return None
    if not any(_lex().notes_title.search(re.sub(r"\s+", "", fold_width(p.text))) for p in pages):
        return None
    page = next((p for p in pages if p.number == stated[0].page), None)
    return _unit_line(page, stated[0]) if page is not None else None


def _scaled_money(unit: str | None) -> bool:
    """A unit of money with a scale (新台幣仟元), not a count of shares (仟股) or plain 元."""
    info = parse_unit(unit, declared=True) if unit else None
    return info is not None and info.kind == "money" and info.multiplier > 1.0


def _unit_line(page: PageText, table: PdfTable) -> UnitNote | None:
    """The line above ``table`` on its page that states its unit, with the box of its glyphs."""
    if not page.boxes:
        return None
    start = 0
    best: UnitNote | None = None
    for line in page.text.split("\n"):
        end = start + len(line)
        found = line_unit(line) if line.strip() and len(line) <= _LINE_MAX else None
        boxes = [b for b in page.boxes[start:end] if b is not None] if found else []
        if found is not None and found[0] == table.unit and boxes:
            x0, top, x1, bottom = hull(boxes)
            if bottom <= table.bbox[1] + 2:
                bbox = (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))
                best = UnitNote(unit=found[0], text=line.strip(), page=page.number, bbox=bbox)
        start = end + 1
    return best


__all__ = ["carry_unit_notes", "page_unit_note"]
