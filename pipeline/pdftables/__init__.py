"""Table finding on PDF page geometry, below the extract stages: ingest calls it while a
page is open, and ``pipeline.extract.tables`` turns the grids it finds into Table facts.

``lexicon`` compiles tables.yaml, ``cells`` reads what a cell says, ``finder`` finds
grids on a page's geometry (``geometry`` reads it from pypdfium2 page objects, or
from a pdfplumber page on the pdfplumber engine's path), one module per mechanism
(listed in ``finder``'s docstring).
"""

from pipeline.pdftables.finder import find_pdf_tables, find_tables, page_may_have_table
from pipeline.pdftables.geometry import (
    PageGeometry,
    char_record,
    char_record_at,
    inked_text,
    median_of,
    pdfium_geometry,
    plumber_geometry,
)
from pipeline.pdftables.units import carry_unit_notes

__all__ = [
    "PageGeometry",
    "carry_unit_notes",
    "char_record",
    "char_record_at",
    "find_pdf_tables",
    "find_tables",
    "inked_text",
    "median_of",
    "page_may_have_table",
    "pdfium_geometry",
    "plumber_geometry",
]
