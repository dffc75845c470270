"""Every PDF cell pointed at its text: the cells the row-by-row pass could not place.

The row pass (``pdf_grid._align_spans``) looks for a grid row as one text line. Three
layouts defeat it, and each leaves whole runs of cells without a span: two statements
set side by side (assets left, liabilities right: the text layer runs both onto one
line, the grid stacks them), a merged label cell over several rows (a slide's `TIFRS`
group; the grid repeats it on each row, the text holds it once), and text set on more
than one line (a label wrapped in its cell; two wrapped text columns whose lines the
text layer interleaves). Here each cell left over is placed by itself: its text nearest
the row's placed cells, on a part of the page no other cell holds; a repeated merged
label takes the span of the cell it repeats; wrapped text gets one piece per line
(``parts``), its span running from the first piece to the last.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from pipeline.extract.tables.grid import _GCell, _Grid
from pipeline.extract.tables.pdf_grid import _cell_pattern, find_rows
from pipeline.models import Document

_MAX_PIECES = 16  # a cell's lines: beyond this a match is chance, not the cell
_LINE_GAP = 5  # lines a wrapped cell's next piece may stand below its last


class _Claims:
    """Spans already quoted by a cell, kept sorted for overlap tests."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, s: int, e: int) -> None:
        k = bisect.bisect_left(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)

    def free(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self.starts, e)
        return not any(self.ends[i] > s for i in range(max(0, k - 3), k))


def place_cells(doc: Document, grid: _Grid) -> None:
    """Spans for the cells of a PDF grid the row pass left without one."""
    claims = _Claims()
    for row in grid.body:
        for c in row:
            if c.span is not None:
                claims.add(*c.span)
            for s, e in c.parts:
                claims.add(s, e)
    bounds = {p.number: (p.start, p.end) for p in doc.pages}
    anchor = None
    for i, row in enumerate(grid.body):
        placed = [c.span[0] for c in row if c.span is not None]
        if not placed and anchor is not None:
            placed = _place_row(doc, row, bounds, anchor, claims)
        if placed:
            anchor = min(placed)
            _squeeze(doc, row, claims)
        # a cell the page holds on one line first: one set on several lines must not
        # take a piece of it
        for wrapped in (False, True):
            for j, c in enumerate(row):
                if not c.text.strip() or c.span is not None or c.page not in bounds:
                    continue
                above = grid.body[i - 1][j] if i else None
                if j < grid.stub and above is not None and above.span and above.text == c.text:
                    # the grid repeats a merged label over the rows it covers: that cell
                    c.span, c.parts = above.span, list(above.parts)
                    c.bbox = c.bbox or above.bbox
                    continue
                lo, hi = bounds[c.page]
                at = anchor if anchor is not None and lo <= anchor < hi else lo
                if wrapped and _last_on_page(grid, i, c.page) and c.page + 1 in bounds:
                    hi = bounds[c.page + 1][1]  # a row's text carried onto the next page
                _place(doc, c, lo, hi, at, claims, wrapped)
                if c.span is not None and not placed:
                    anchor = c.span[0]


def _last_on_page(grid: _Grid, i: int, page: int) -> bool:
    """Row ``i`` is the last on ``page`` of a table that goes on to the next page."""
    if page + 1 not in grid.pages:
        return False
    return i + 1 == len(grid.body) or any(
        x.page != page for x in grid.body[i + 1] if x.text.strip()
    )


def _quote(doc: Document, c: _GCell, s: int, e: int) -> None:
    """Point a cell at ``text[s:e]``; where the text spaces it otherwise than the grid
    (``金 額``, ``第 17 號`` for ``金額``, ``第 17號``: letter-spacing the text layer kept),
    the cell keeps the grid's text and its span the pieces between the spaces."""
    c.span = (s, e)
    quoted = doc.text[s:e]
    if quoted != c.text:
        c.parts = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", quoted)]
        if len(c.parts) == 1:
            c.parts, c.text = [], quoted


def _squeeze(doc: Document, row: list[_GCell], claims: _Claims) -> None:
    """Cells right before or after a placed neighbour, glued to it or a space apart: a
    word the grid cut in two (``美`` | ``元`` of a letter-spaced ``美 元`` the text
    layer wrote ``美元``), placed from the neighbour however short they are."""
    changed = True
    while changed:
        changed = False
        for j, c in enumerate(row):
            if c.span is not None or not c.text.strip():
                continue
            pat = _cell_pattern(c.text)
            after = row[j + 1].span if j + 1 < len(row) else None
            before = row[j - 1].span if j else None
            m = None
            if after is not None:
                lo = max(0, after[0] - 2 * len(c.text) - 8)
                m = re.compile(f"(?<![0-9.,]){pat}[^\\S\\n]*$").search(doc.text, lo, after[0])
            if m is None and before is not None:
                m = re.compile(f"[^\\S\\n]*({pat})(?![0-9.,])").match(doc.text, before[1])
            if m is not None:
                s, e = (m.start(1), m.end(1)) if m.lastindex else (m.start(), m.end())
                if claims.free(s, e) and doc.text[s:e].strip() == doc.text[s:e]:
                    _quote(doc, c, s, e)
                    claims.add(s, e)
                    changed = True


def _place_row(
    doc: Document,
    row: list[_GCell],
    bounds: dict[int, tuple[int, int]],
    anchor: int,
    claims: _Claims,
) -> list[int]:
    """A row none of whose cells is placed, looked for again as one line anywhere on its
    page (a right-hand statement's row run after the left-hand one's on the line)."""
    cells = [c for c in row if c.text.strip()]
    if len(cells) < 2 or cells[0].page not in bounds:
        return []
    lo, hi = bounds[cells[0].page]
    found = _nearest(find_rows(doc.text, [c.text for c in cells], lo, hi), anchor, claims)
    if found is None:
        return []
    for c, (s, e) in zip(cells, found, strict=True):
        _quote(doc, c, s, e)
        claims.add(s, e)
    return [found[0][0]]


def _place(
    doc: Document, c: _GCell, lo: int, hi: int, at: int, claims: _Claims, wrapped: bool
) -> None:
    if not wrapped:
        found = _nearest(_single(doc, c.text, lo, hi), at, claims)
        if found is not None:
            s, e = found[0]
            _quote(doc, c, s, e)
            claims.add(s, e)
        return
    edges = _Edges(doc.text, claims)
    pieces = _nearest(_wrapped(doc, c.text, lo, hi, edges), at, claims, edges.glued)
    if pieces is None:
        return
    c.span, c.parts = (pieces[0][0], pieces[-1][1]), pieces
    for s, e in pieces:
        claims.add(s, e)


def _nearest(
    candidates: Iterator[list[tuple[int, int]]],
    at: int,
    claims: _Claims,
    glued: Callable[[list[tuple[int, int]]], int] = lambda _: 0,
) -> list[tuple[int, int]] | None:
    """The candidate on free text nearest ``at``; of pieces, those glued to other words
    the fewest times first."""
    best: tuple[int, int, list[tuple[int, int]]] | None = None
    for pieces in candidates:
        if all(claims.free(s, e) for s, e in pieces):
            key = (glued(pieces), abs(pieces[0][0] - at))
            if best is None or key < best[:2]:
                best = (*key, pieces)
    return best[2] if best else None


def _single(doc: Document, text: str, lo: int, hi: int) -> Iterator[list[tuple[int, int]]]:
    """The cell's text on one line: between spaces, else (two characters or more) not
    inside a number or a Latin word."""
    strict = list(find_rows(doc.text, [text], lo, hi))  # between spaces
    pat = _cell_pattern(text)
    if not strict and len(pat) > 2 and sum(not ch.isspace() for ch in text) >= 2:
        loose = re.compile(f"(?<![0-9A-Za-z.,]){pat}(?![0-9A-Za-z.,%])")
        strict = [[(m.start(), m.end())] for m in loose.finditer(doc.text, lo, hi)]
    yield from strict


def _wrapped(
    doc: Document, text: str, lo: int, hi: int, edges: _Edges
) -> Iterator[list[tuple[int, int]]]:
    """The cell's text set on several lines, in pieces, each between spaces,
    a line's ends or another cell's text (the text layer glues a cell's piece to the cell
    beside it: ``2027年1月1日項損益表…``), every piece but the last two characters long
    or more, or one set upright."""
    chars = [ch for ch in text if not ch.isspace()]
    if len(chars) < 3:
        return
    lines = _lines(doc.text, lo, hi)
    for k in range(len(lines)):
        for start in edges.starts(lines[k], chars[0]):
            found = edges.best(lines, k, start, 0, chars)
            if found is not None:
                yield list(found[1])


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    s = lo
    while s < hi:
        e = text.find("\n", s, hi)
        e = hi if e < 0 else e
        out.append((s, e))
        s = e + 1
    return out


class _Edges:
    """Where a piece of a cell may start and end on a line: at a space, a line's ends, or
    the edge of another cell's text."""

    def __init__(self, text: str, claims: _Claims) -> None:
        self.text, self.claims = text, claims
        self.cell_starts, self.cell_ends = set(claims.starts), set(claims.ends)
        self.memo: dict[tuple[int, int], tuple[int, tuple[tuple[int, int], ...]] | None] = {}

    def glued(self, pieces: list[tuple[int, int]]) -> int:
        """Pieces that open or close against a word of text no cell holds."""
        t = self.text
        return sum(
            (s > 0 and not t[s - 1].isspace() and s not in self.cell_ends)
            + (e < len(t) and not t[e].isspace() and e not in self.cell_starts)
            for s, e in pieces
        )

    def opens(self, line: tuple[int, int], p: int) -> bool:
        before = self.text[p - 1] if p > line[0] else " "
        # or glued to a word of another cell's (價值關係透過損益…: a name's last line and
        # the cell's first run together)
        return before.isspace() or p in self.cell_ends or (before > "\x7f" < self.text[p])

    def closes(self, line: tuple[int, int], p: int) -> bool:
        return p == line[1] or self.text[p].isspace() or p in self.cell_starts

    def upright(self, line: tuple[int, int], start: int, end: int) -> bool:
        """A piece of one character opening its line on its own: a name set upright in a
        merged cell (``本`` / ``公`` / ``司``), one character a line."""
        return start == line[0] and (end == line[1] or self.text[end].isspace())

    def starts(self, line: tuple[int, int], first: str) -> Iterator[int]:
        p = self.text.find(first, line[0], line[1])
        while p >= 0:
            if self.opens(line, p):
                yield p
            p = self.text.find(first, p + 1, line[1])

    def best(
        self, lines: list[tuple[int, int]], k: int, start: int, n: int, chars: list[str]
    ) -> tuple[int, tuple[tuple[int, int], ...]] | None:
        """The pieces from ``start`` on line ``k`` spelling ``chars[n:]`` on free text that
        are glued to other words the fewest times (and with them that count); each
        (start, n) is worked out once, so a long cell of common characters costs the
        positions it may pass through, not every way through them."""
        key = (start, n)
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = None  # a cycle is impossible (pieces move forward); be safe
        text, line = self.text, lines[k]
        ends = []  # (characters matched, end offset) where a piece may close
        p, m = start, n
        while m < len(chars) and p < line[1] and text[p] == chars[m]:
            p, m = p + 1, m + 1
            if self.closes(line, p):
                ends.append((m, p))
            q = p  # spaces inside the piece (letter-spacing the text layer kept)
            while q < line[1] and text[q] in " \t\u3000":
                q += 1
            if m < len(chars) and q < line[1] and text[q] == chars[m]:
                p = q
        if m - n >= 2 and (not ends or ends[-1][1] != p):
            ends.append((m, p))  # as far as the cell's text runs (glued to the next cell)
        found: tuple[int, tuple[tuple[int, int], ...]] | None = None
        for m, e in reversed(ends):
            if not self.claims.free(start, e):
                continue
            glued = self.glued([(start, e)])
            if m == len(chars):
                if n > 0 and (found is None or glued < found[0]):
                    found = (glued, ((start, e),))
                continue
            if m - n < 2 and not self.upright(line, start, e):
                continue
            # the next piece: further on the line (past the cell the text layer set
            # between) or on a line below
            for kk in range(k, min(len(lines), k + 1 + _LINE_GAP)):
                for s2 in self.starts(lines[kk], chars[m]):
                    if s2 <= e:
                        continue
                    rest = self.best(lines, kk, s2, m, chars)
                    if (
                        rest is not None
                        and len(rest[1]) < _MAX_PIECES
                        and (found is None or glued + rest[0] < found[0])
                    ):
                        found = (glued + rest[0], ((start, e), *rest[1]))
        self.memo[key] = found
        return found
