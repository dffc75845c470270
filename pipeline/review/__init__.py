"""Review: pages that show every fact on its source, corrections applied, gold exported.

The loop closes the pipeline: ``review`` writes self-contained HTML pages from an
extracted folder; a reviewer's corrections (``corrections/<doc_id>.json``) go through
``apply-corrections`` into ``extracted/reviewed/``; ``gold`` turns reviewed documents
into gold files that ``eval`` scores the next version against.
"""

from __future__ import annotations

from pipeline.review.corrections import ApplyReport, apply_corrections
from pipeline.review.gold import document_to_gold, write_gold
from pipeline.review.page import write_review

__all__ = ["ApplyReport", "apply_corrections", "document_to_gold", "write_gold", "write_review"]
