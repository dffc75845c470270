"""Normalize: pages of raw text to clean lines, each knowing its page and glyph boxes.

Removes what the page layout added and the report did not say: blank lines,
running headers and footers repeated across pages, and bare page numbers. Reflow
into paragraphs happens in ``structure``, which knows what kind each line is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.lexicon import load_lexicon
from pipeline.models import RawDocument

Box = tuple[float, float, float, float]

_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:第\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})(?:\s*頁)?(?:\s*[-–—])?"
    r"(?:\s*(?:/|of)\s*\d{1,4})?\s*$|^\s*(?:page|Page|PAGE)\s+\d{1,4}\s*$"
)
_DIGITS_RE = re.compile(r"\d+")
# How many lines at each end of a page are candidates for running headers/footers.
EDGE_LINES = 2


@dataclass
class Line:
    """One visual line of a page after cleaning."""

    text: str
    page: int
    boxes: list[Box | None] | None = None
    indented: bool = False  # starts with an ideographic or double space: a new paragraph


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(text))


def _edge_key(text: str) -> str:
    """Compare running lines with their digits masked (``第 3 頁`` ~ ``第 4 頁``)."""
    return _DIGITS_RE.sub("#", re.sub(r"\s+", "", text))


def page_lines(raw: RawDocument) -> list[list[Line]]:
    """Split each page into stripped, non-empty lines, keeping the glyph boxes aligned."""
    pages: list[list[Line]] = []
    for page in raw.pages:
        lines: list[Line] = []
        pos = 0
        for chunk in page.text.split("\n"):
            start, end = pos, pos + len(chunk)
            pos = end + 1
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + lead, start + lead + len(stripped)
            boxes = page.boxes[s:e] if page.boxes is not None else None
            indented = chunk.startswith(("\u3000", "  "))
            lines.append(Line(stripped, page.number, boxes, indented))
        pages.append(lines)
    return pages


def _has_number_columns(text: str) -> bool:
    """Table rows look alike once digits are masked; running headers carry at most one number."""
    return len(_DIGITS_RE.findall(text)) >= 2 and len(text.split()) >= 3


def find_running_lines(
    pages: list[list[Line]], min_share: float, keep_prefixes: tuple[str, ...] = ()
) -> set[str]:
    """Keys of lines repeated at the top or bottom of many pages.

    Source lines and captions also repeat at page edges in ITIS reports (one per
    figure), so lines starting with a structural prefix are never running lines.
    """
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {
            _edge_key(ln.text)
            for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]
            if not ln.text.startswith(keep_prefixes) and not _has_number_columns(ln.text)
        }
        counts.update(edge)
    need = max(2, int(min_share * len(pages) + 0.999))
    return {key for key, n in counts.items() if n >= need and key}


def normalize(raw: RawDocument) -> list[Line]:
    """Clean lines of the whole document in reading order."""
    lex = load_lexicon("structure")
    pages = page_lines(raw)
    keep = tuple(
        lex["source_prefixes"] + lex["note_prefixes"] + lex["figure_labels"] + lex["table_labels"]
    )
    running = find_running_lines(pages, float(lex["running_line_min_share"]), keep)
    out: list[Line] = []
    for lines in pages:
        n = len(lines)
        for i, line in enumerate(lines):
            at_edge = i < EDGE_LINES or i >= n - EDGE_LINES
            if at_edge and (_edge_key(line.text) in running or is_page_number(line.text)):
                continue
            out.append(line)
    return out
