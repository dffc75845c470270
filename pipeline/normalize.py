"""Normalize: pages of raw text to clean lines, each knowing its page and glyph boxes.

Removes what the page layout added and the report did not say: blank lines,
running headers and footers repeated across pages, and bare page numbers. Reflow
into paragraphs happens in ``structure``, which knows what kind each line is.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from pipeline.lexicon import load_lexicon
from pipeline.models import RawDocument

Box = tuple[float, float, float, float]

_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:第\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})(?:\s*頁)?(?:\s*[-–—])?"
    r"(?:\s*(?:/|of)\s*\d{1,4})?\s*$|^\s*(?:page|Page|PAGE)\s+\d{1,4}\s*$"
    # 〜4〜, 〜4-1〜 (a continued statement's page), - 12 -
    r"|^\s*[〜~～\-–—]\s*\d{1,4}(?:-\d{1,2})?\s*[〜~～\-–—]\s*$"
)
_DIGITS_RE = re.compile(r"\d+")
# How many lines at each end of a page are candidates for running headers/footers
# once the furniture outside them is gone (a stamp above a copyright line above a
# page count: each peeled off uncovers the next).
EDGE_LINES = 2
# How many lines at each end of a page are counted when looking for running lines.
SCAN_LINES = 4


@dataclass
class Line:
    """One visual line of a page after cleaning."""

    text: str
    page: int
    boxes: list[Box | None] | None = None
    indented: bool = False  # starts with an ideographic or double space: a new paragraph
    # a blank line stood before it on its page: the writer ended the paragraph there (a text
    # file's paragraphs, which the paragraph-year rules of the links need whole and apart)
    after_blank: bool = False


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
        blanks: list[int] = []  # blank lines right before each kept line
        pos = 0
        run = 0
        for chunk in page.text.split("\n"):
            start, end = pos, pos + len(chunk)
            pos = end + 1
            stripped = chunk.strip()
            if not stripped:
                run += 1
                continue
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + lead, start + lead + len(stripped)
            boxes = page.boxes[s:e] if page.boxes is not None else None
            indented = chunk.startswith(("\u3000", "  "))
            lines.append(Line(stripped, page.number, boxes, indented))
            blanks.append(run if len(lines) > 1 else 0)
            run = 0
        need = _paragraph_blanks([ln.text for ln in lines], blanks)
        for line, n in zip(lines, blanks, strict=True):
            line.after_blank = n >= need
        pages.append(lines)
    return pages


# Fewest blank-separated lines that can show a page is double spaced.
_SPACED_MIN = 3
_SENTENCE_END_RE = re.compile(r"[。！？!?][」』）)】〉》\"'”’]*$")


def _paragraph_blanks(texts: list[str], blanks: list[int]) -> int:
    """How many blank lines end a paragraph on a page: one, unless the text is double
    spaced (a blank line after most of its lines, and most of those lines wrapped mid
    sentence, as text copied from a PDF is), where a blank line is spacing and only a run
    of two ends a paragraph. ``blanks[i]``: blank lines right before ``texts[i]``."""
    spaced = [texts[i - 1] for i in range(1, len(texts)) if blanks[i] >= 1]
    wrapped = sum(1 for t in spaced if not _SENTENCE_END_RE.search(t))
    double = len(spaced) >= _SPACED_MIN and len(spaced) * 2 >= len(texts) - 1
    return 2 if double and wrapped * 2 > len(spaced) else 1


_NUMBER_TOKEN_RE = re.compile(r"^[-+($]*\d[\d,.]*%?\)?$")


@functools.cache
def _period_cell_re() -> re.Pattern[str]:
    """A cell written as a period code (structure.yaml: period_code_cells)."""
    forms = load_lexicon("structure")["period_code_cells"]
    return re.compile("|".join(f"(?:{f})" for f in forms))


def _has_number_columns(text: str) -> bool:
    """A table row: two or more number cells, and no more words than numbers.

    Table rows look alike once digits are masked; a running line such as
    ``© 2026 TSMC, Ltd 2 TSMC Property`` also carries two numbers, but among words. A
    chart's axis of period codes (``3Q24 2Q25 3Q25``, ``114Q4 114Q3 113Q4 114 113``) is such
    a row too, when it holds nothing else (``3Q25 Earnings Call 5`` is a running footer).
    """
    tokens = text.split()
    cell = _period_cell_re()
    coded = [bool(cell.fullmatch(t)) for t in tokens]
    if (
        len(tokens) >= 2
        and any(coded)
        and all(c or _NUMBER_TOKEN_RE.match(t) for c, t in zip(coded, tokens, strict=True))
    ):
        return True
    numbers = sum(1 for t in tokens if _NUMBER_TOKEN_RE.match(t))
    return numbers >= 2 and numbers >= len(tokens) - numbers


# Where a running stamp glued to a line of the page may begin or end: at a run of
# spaces or after a sentence end or closing bracket.
_CUT_RE = re.compile(r"\s+|(?<=[。！？」』）)])")
# At most this many characters of a line's ends are tried as a glued stamp.
GLUED_MAX = 80
# A glued part must have a fixed part of at least this many letters (not just ``#``).
GLUED_MIN_LETTERS = 3


def edge_pieces(text: str) -> list[tuple[int, int]]:
    """Spans of a line's leading and trailing parts that may be a glued running stamp."""
    pieces: list[tuple[int, int]] = []
    n = len(text)
    for m in _CUT_RE.finditer(text):
        if 0 < m.end() < n and n - m.end() <= GLUED_MAX:
            pieces.append((m.end(), n))
        if 0 < m.start() < n and m.start() <= GLUED_MAX:
            pieces.append((0, m.start()))
    return pieces


def _is_running_candidate(text: str, keep_prefixes: tuple[str, ...], letters: int = 0) -> bool:
    """Has a fixed part (``letters`` letters or more), is neither structural nor a table row."""
    return (
        sum(ch.isalpha() for ch in text) >= letters
        and not text.startswith(keep_prefixes)
        and not _has_number_columns(text)
    )


def find_running_lines(
    pages: list[list[Line]], min_share: float, keep_prefixes: tuple[str, ...] = ()
) -> set[str]:
    """Keys of lines, or of the leading/trailing parts of lines, repeated at the top or
    bottom of many pages: running headers, footers and stamps.

    Source lines and captions also repeat at page edges in ITIS reports (one per
    figure), so lines starting with a structural prefix are never running lines. A
    stamp that varies only by its numbers (``第 3 頁／共 12 頁``, ``Time Stamp - 5/2/2025
    3:11 PM``) is found with its digits masked, also when the layout glued it to the
    first or last line of the page.
    """
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        keys: set[str] = set()
        for ln in lines[:SCAN_LINES] + lines[-SCAN_LINES:]:
            if not _is_running_candidate(ln.text, keep_prefixes):
                continue  # nor any part of it: a table row or a source line stays whole
            keys.add(_edge_key(ln.text))
            for s, e in edge_pieces(ln.text):
                piece = ln.text[s:e].strip()
                if _is_running_candidate(piece, keep_prefixes, GLUED_MIN_LETTERS):
                    keys.add(_edge_key(piece))
        counts.update(keys)
    need = max(2, int(min_share * len(pages) + 0.999))
    return {key for key, n in counts.items() if n >= need and key}


def strip_running(
    line: Line, running: set[str], keep_prefixes: tuple[str, ...] = ()
) -> Line | None:
    """The line without a running stamp glued to its start or end; None if nothing is left."""
    text = line.text
    if is_page_number(text):
        return None
    if not _is_running_candidate(text, keep_prefixes):
        return line
    if _edge_key(text) in running:
        return None
    start, end = 0, len(text)
    for s, e in edge_pieces(text):  # longest first: pieces come in text order
        piece = text[s:e].strip()
        if _edge_key(piece) not in running or not _is_running_candidate(
            piece, keep_prefixes, GLUED_MIN_LETTERS
        ):
            continue
        if e == len(text) and s > start and s < end:
            end = min(end, s)
        elif s == 0 and e < end and e > start:
            start = max(start, e)
    if (start, end) == (0, len(text)):
        return line
    rest = text[start:end]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.strip()
    if not rest:
        return None
    s = start + lead
    boxes = line.boxes[s : s + len(rest)] if line.boxes is not None else None
    return Line(rest, line.page, boxes, line.indented and start == 0, line.after_blank)


def normalize(raw: RawDocument) -> list[Line]:
    """Clean lines of the whole document in reading order."""
    lex = load_lexicon("structure")
    pages = page_lines(raw)
    keep = tuple(
        lex["source_prefixes"]
        + lex["note_prefixes"]
        + lex["figure_labels"]
        + lex["table_labels"]
        + lex["unit_prefixes"]
    )
    running = find_running_lines(pages, float(lex["running_line_min_share"]), keep)
    out: list[Line] = []
    for lines in pages:
        out.extend(peel_page(lines, running, keep))
    return out


def peel_page(lines: list[Line], running: set[str], keep: tuple[str, ...]) -> list[Line]:
    """A page's lines without the running lines at its edges, peeled from each end: a
    removed line uncovers the next one, up to ``EDGE_LINES`` kept lines per end."""
    kept: list[Line | None] = list(lines)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        seen = 0
        for i in order:
            if seen >= EDGE_LINES:
                break
            line = kept[i]
            if line is None:
                continue
            kept[i] = strip_running(line, running, keep)
            if kept[i] is not None:
                seen += 1
    return [ln for ln in kept if ln is not None]
