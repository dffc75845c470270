"""Run settings as one validated dataclass (like pdfplumber's ``TableSettings``)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, fields

PDF_ENGINES = ("auto", "pdfplumber")
EXECUTORS = ("local", "dask")
REFERENCE_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def valid_reference_date(text: str) -> bool:
    """A date as a report's own is written (YYYY, YYYY-MM or YYYY-MM-DD) that exists.

    Checked up front: an unreadable reference date resolved no 今年 or 去年 and said nothing.
    """
    m = REFERENCE_DATE.fullmatch(text)
    if m is None:
        return False
    try:
        datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Settings:
    """Limits and thresholds for one run.

    Attributes:
        max_bytes: inputs larger than this are refused before they are read.
        max_pages: PDFs with more pages are refused (a page bomb costs minutes).
        timeout_s: wall-clock limit for one document in its worker process.
        memory_mb: address-space limit for one worker process.
        min_common_share: a PDF page whose CJK characters are less often common
            Traditional characters than this is taken as mis-decoded and re-read
            with pypdfium2.
        workers: documents processed in parallel (worker processes).
        isolate: run each document in its own worker process (time/memory limits);
            off only for debugging and the in-process API.
        reference_date: ISO date that relative dates (今年, 去年) resolve against
            when the document states none; never the clock, so runs are repeatable.
        pdf_engine: ``auto`` reads page text with pypdfium2 and parses a page with
            pdfplumber only for tables or text pypdfium2 cannot decode (fast);
            ``pdfplumber`` reads every page with pdfplumber and falls back to
            pypdfium2 for pages it garbles, leaves empty or cannot parse.
        force: redo every document, even one whose input, pipeline version and
            lexicon version are unchanged since the last run into the same folder.
        excel: CSV files of ``dataset/`` start with a UTF-8 BOM (Excel reads them as UTF-8).
        executor: ``local`` (a pool of warm worker processes on this machine) or
            ``dask`` (the same per-document function mapped over a Dask cluster).
        scheduler: address of the Dask scheduler; None starts a ``LocalCluster``.
        min_confidence: products and organizations whose confidence is below this
            are left out of the output (0 keeps every one).
    """

    max_bytes: int = 64 * 1024 * 1024
    max_pages: int = 2000
    timeout_s: float = 300.0
    memory_mb: int = 3072
    min_common_share: float = 0.85
    workers: int = 1
    isolate: bool = True
    reference_date: str | None = None
    pdf_engine: str = "auto"
    force: bool = False
    excel: bool = False
    executor: str = "local"
    scheduler: str | None = None
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in {"max_bytes", "max_pages", "memory_mb", "workers"} and (
                not isinstance(value, int) or value < 1
            ):
                raise ValueError(f"Settings.{f.name} must be a positive integer, got {value!r}")
        if self.timeout_s <= 0:
            raise ValueError(f"Settings.timeout_s must be > 0, got {self.timeout_s!r}")
        if self.pdf_engine not in PDF_ENGINES:
            raise ValueError(f"Settings.pdf_engine must be one of {PDF_ENGINES}")
        if self.executor not in EXECUTORS:
            raise ValueError(f"Settings.executor must be one of {EXECUTORS}")
        if self.reference_date is not None and not valid_reference_date(self.reference_date):
            raise ValueError(
                f"Settings.reference_date must be YYYY-MM-DD, YYYY-MM or YYYY, "
                f"got {self.reference_date!r}"
            )
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError("Settings.min_confidence must be within [0, 1]")
        if not 0.0 <= self.min_common_share <= 1.0:
            raise ValueError("Settings.min_common_share must be within [0, 1]")


DEFAULT_SETTINGS = Settings()
