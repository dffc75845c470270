"""Table finding on PDF page geometry, below the extract stages: ingest calls it while a
page is open, and ``pipeline.extract.tables`` turns the grids it finds into Table facts.

``lexicon`` compiles tables.yaml, ``cells`` reads what a cell says, ``finder`` finds
grids on a pdfplumber page.
"""

from pipeline.pdftables.finder import find_pdf_tables, page_may_have_table

__all__ = ["find_pdf_tables", "page_may_have_table"]
