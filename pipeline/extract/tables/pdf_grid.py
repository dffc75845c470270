"""A grid from the PDF table finder's parts: merged cells, header rows, spans in the text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.extract.tables.captions import TableRegion
from pipeline.extract.tables.grid import _GCell, _Grid
from pipeline.extract.tables.text_grid import _stub_count
from pipeline.models import (
    Document,
    PdfTable,
)
from pipeline.pdftables.cells import (
    _is_year,
    development_cells,
    parse_cell,
    year_cells,
    year_row_label,
)
from pipeline.pdftables.geometry import to_frame
from pipeline.pdftables.lexicon import _WS_RE, _lex
from pipeline.pdftables.phrases import _round_box
from pipeline.pdftables.text_cells import TEXT_CELLS, _join

Box = tuple[float, float, float, float]


def read_boxes(t: PdfTable) -> list[list[Box | None]]:
    """The cells' boxes as a reader sees the grid: on a page printed a quarter turn, in
    the turned page's frame. The finder hands its boxes back on the page as printed (for
    provenance), where a turned grid's columns run down the page and its rows across;
    which cell spans which, and where a column starts, are questions about the grid as
    read (a spanning header over its columns must lie over them, not beside them)."""
    if not t.turn or t.page_width is None or t.page_height is None:
        return t.cell_bboxes
    w, h = t.page_width, t.page_height
    return [[None if b is None else to_frame(b, t.turn, w, h) for b in r] for r in t.cell_bboxes]


@functools.cache
def _dated_part() -> re.Pattern[str]:
    return re.compile(rf"\s*(?P<date>{_lex().header_date.pattern})(?:\s+(?P<rest>\S.*?))?\s*$")


def _periods_over_repeats(parts: list[list[str]], stub: int) -> list[list[str]] | None:
    """Dates over a run of column names set again for each date (``114.03.31`` and
    ``113.12.31`` over ``外幣 | 匯率 | 新臺幣`` twice): each date heads one whole run, however
    the text layer cut the header (a date read into the name under it, ``113.09.30 匯率``,
    or spread over the wrong three columns). None when the header is no such thing."""
    cols = parts[stub:]
    dates: list[str] = []
    leaves: list[str] = []
    firsts: dict[str, int] = {}
    glued = False  # a date read into the name under it (113.09.30 匯率)
    for j, ps in enumerate(cols):
        own: list[str] = []
        names: list[str] = []
        for p in ps:
            m = _dated_part().match(p)
            if m is None:
                names.append(p)
                continue
            own.append(m.group("date").strip())
            if m.group("rest"):
                names.append(m.group("rest"))
                glued = True
        if len(names) != 1 or len(set(own)) > 1:
            return None
        leaves.append(names[0])
        for d in own:
            if d not in firsts:
                firsts[d] = j
                dates.append(d)
    k = len(dates)
    if k == 1 and not (glued and 0 < firsts[dates[0]] < len(cols) - 1):
        return None  # one date: only when read into a middle name (外幣 | 113.09.30 匯率 | 新臺幣)
    if k < 1 or len(cols) % k:
        return None
    m_ = len(cols) // k
    keys = [_WS_RE.sub("", fold_width(x)) for x in leaves]
    if (
        m_ < 2
        or len(set(keys[:m_])) != m_
        or any(keys[i] != keys[i % m_] for i in range(len(keys)))
    ):
        return None
    if any(firsts[d] // m_ != i for i, d in enumerate(dates)):
        return None
    return parts[:stub] + [[dates[j // m_], leaf] for j, leaf in enumerate(leaves)]


def _covering(t: PdfTable) -> list[list[tuple[int, int] | None]]:
    """For each None grid position, the (row, col) of the merged cell that covers it."""
    rows = t.rows
    n = len(rows)
    ncol = max((len(r) for r in rows), default=0)
    cover: list[list[tuple[int, int] | None]] = [[None] * ncol for _ in range(n)]
    boxes = read_boxes(t)
    if len(boxes) != n or any(len(b) != len(r) for b, r in zip(boxes, rows, strict=True)):
        return cover
    col_x0 = [
        min((b[0] for i in range(n) if j < len(boxes[i]) and (b := boxes[i][j])), default=0.0)
        for j in range(ncol)
    ]
    row_top = [min((b[1] for b in boxes[i] if b), default=0.0) for i in range(n)]
    for i in range(n):
        for j in range(len(rows[i])):
            if rows[i][j] is not None:
                continue
            x, y = col_x0[j] + 1.0, row_top[i] + 1.0
            for ii in range(i, -1, -1):
                hit = None
                for jj in range(min(j, len(rows[ii]) - 1), -1, -1):
                    bb = boxes[ii][jj]
                    if (
                        rows[ii][jj] is not None
                        and bb
                        and bb[0] <= x < bb[2]
                        and bb[1] <= y < bb[3]
                    ):
                        hit = (ii, jj)
                        break
                if hit:
                    cover[i][j] = hit
                    break
    return cover


def _grid_texts(t: PdfTable, cover: list[list[tuple[int, int] | None]]) -> list[list[str]]:
    """Grid texts with a merged cell's text repeated over the positions it covers."""
    out: list[list[str]] = []
    for i, row in enumerate(t.rows):
        r: list[str] = []
        for j, c in enumerate(row):
            if c is not None:
                r.append(c)
            elif cover[i][j] is not None:
                ii, jj = cover[i][j]  # type: ignore[misc]
                r.append(t.rows[ii][jj] or "")
            else:
                r.append("")
        out.append(r)
    return out


def _solid_cells(row: Sequence[str | None]) -> str:
    """A row's cells (merged ones once) run together, spaces dropped."""
    return _WS_RE.sub("", fold_width("".join(x for x in row if x)))


def same_characters(a: str, b: str) -> bool:
    """The same characters, each as often, in any order: a header set again on the next
    page in another form (the finder cut it into other cells and rows there)."""
    return len(a) == len(b) and sorted(a) == sorted(b)


def _pdf_header_count(texts: list[list[str]], cover: list[list[Any]]) -> int:
    """Header rows: the first, plus rows under a spanning header cell (two-level headers)."""
    h = 1
    while h < min(len(texts) - 1, 4):
        above_spans = any(
            c is not None and c[0] == h - 1 and c[1] != j for j, c in enumerate(cover[h - 1])
        ) or any(c is not None and c[0] < h for c in cover[h])
        numeric = any(
            (cv := parse_cell(x)) is not None and cv.value is not None and not _is_year(x)
            for x in texts[h][1:]
            if x
        )
        # a line of accident years (意外年度 ≦108 109 110 …), its label in its own first
        # cell or the corner above: column names, however its bare years parse
        # and so is a line of development years (1 2 3 …) under that corner, its own
        # cells read (not the names of cells merged down from the row above)
        own = [x for x, c in zip(texts[h][1:], cover[h][1:], strict=False) if c is None]
        years = (year_cells(texts[h][1:]) or development_cells(own)) and (
            year_row_label(texts[h][0]) or year_row_label(texts[h - 1][0])
        )
        if (above_spans and not numeric) or years:
            h += 1
        else:
            break
    return h


def _column_extents(t: PdfTable) -> list[tuple[float, float] | None]:
    """Each column's reach across the page, from the cells that hold text (a column the
    finder opened for nothing has none)."""
    ncol = max((len(r) for r in t.rows), default=0)
    out: list[tuple[float, float] | None] = []
    for j in range(ncol):
        boxes = [
            b
            for r, bs in zip(t.rows, read_boxes(t), strict=False)
            if j < len(r) and j < len(bs) and (r[j] or "").strip() and (b := bs[j]) is not None
        ]
        out.append((min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None)
    return out


# How far (points) a continued part's column of text may stand from the first part's
# column it falls into when it overlaps none (a letter-spaced glyph of an item name).
_MERGE_GAP = 12.0


def column_map(first: PdfTable, part: PdfTable, merge: bool = False) -> list[int | None] | None:
    """Where each column of a continued part stands among the first part's columns: the
    one it overlaps most for their joint reach, left to right (a column of nothing maps
    nowhere); none when a column of text overlaps no column of the first part or, unless
    ``merge`` (the part is known to continue: its header set again), two fall into one
    (a letter-spaced item ``其 他 應 收 款`` the finder cut into more columns there, its
    glyphs set elsewhere on each page: one that overlaps no column falls into the nearest
    one at most ``_MERGE_GAP`` away, not left of the column before it)."""
    a, b = _column_extents(first), _column_extents(part)
    out: list[int | None] = []
    last = -1
    for eb in b:
        if eb is None:
            out.append(None)
            continue
        # Overlap over union: a group name's reach over its columns is no match for one.
        overlaps = [
            ((min(ea[1], eb[1]) - max(ea[0], eb[0])) / (max(ea[1], eb[1]) - min(ea[0], eb[0])), i)
            for i, ea in enumerate(a)
            if ea is not None and max(ea[1], eb[1]) > min(ea[0], eb[0])
        ]
        best = max(overlaps, default=None)
        if merge and (best is None or best[0] <= 0):
            gaps = [
                (max(ea[0] - eb[1], eb[0] - ea[1]), i)
                for i, ea in enumerate(a)
                if ea is not None and i >= last
            ]
            near = min(gaps, default=None)
            best = (1.0, near[1]) if near is not None and near[0] <= _MERGE_GAP else None
        if best is None or best[0] <= 0 or best[1] < last or (best[1] == last and not merge):
            return None
        last = best[1]
        out.append(best[1])
    return out


def _remapped(
    part: PdfTable, texts: list[list[str]], ncol: int, cmap: list[int | None]
) -> tuple[list[list[str]], list[list[tuple[float, float, float, float] | None]], list[list[bool]]]:
    """A continued part's rows laid on the first part's columns."""
    rows: list[list[str]] = []
    boxes: list[list[tuple[float, float, float, float] | None]] = []
    covered: list[list[bool]] = []
    for i, row in enumerate(texts):
        r, cov = [""] * ncol, [False] * ncol
        bs: list[tuple[float, float, float, float] | None] = [None] * ncol
        pb = part.cell_bboxes[i] if i < len(part.cell_bboxes) else []
        for j, x in enumerate(row):
            k = cmap[j] if j < len(cmap) else None
            if k is None or k >= ncol:
                continue
            r[k] = f"{r[k]} {x}".strip() if r[k] else x
            bs[k] = bs[k] or (pb[j] if j < len(pb) else None)
            cov[k] = j < len(part.rows[i]) and part.rows[i][j] is None
        rows.append(r)
        boxes.append(bs)
        covered.append(cov)
    return rows, boxes, covered


def _grid_from_pdf(doc: Document, region: TableRegion, parts: list[PdfTable]) -> _Grid:
    first = parts[0]
    cover0 = _covering(first)
    texts0 = _grid_texts(first, cover0)
    ncol = max(len(r) for r in texts0)
    h = _pdf_header_count(texts0, cover0)
    header_rows = texts0[:h]
    # A header repeated on a continuation page may name its first column differently
    # (資產 -> 負債及權益): compare the rest.
    header_keys = [_WS_RE.sub("", fold_width("".join(r[1:]))) for r in header_rows]
    header_whole = [_WS_RE.sub("", fold_width("".join(r))) for r in header_rows]
    head_raw = "".join(_solid_cells(r) for r in first.rows[:h])
    body: list[list[_GCell]] = []
    body_texts: list[list[str]] = []
    covered_body: list[list[bool]] = []
    for k, part in enumerate(parts):
        cover = cover0 if k == 0 else _covering(part)
        texts = texts0 if k == 0 else _grid_texts(part, cover)
        part_boxes = part.cell_bboxes
        part_cov = [[c is None for c in r] for r in part.rows]
        cmap = None
        if k > 0 and len(part.rows[0]) != ncol:
            cmap = column_map(first, part) or column_map(first, part, merge=True)
        if cmap is not None:  # its columns differ (one the finder opened for nothing)
            texts, part_boxes, part_cov = _remapped(part, texts, ncol, cmap)
        start = h if k == 0 else 0
        if k > 0:
            keys = [_WS_RE.sub("", fold_width("".join(r[1:]))) for r in texts[: h + 1]]
            if h > 1 and header_keys[h - 1] in keys:
                # The leaf header repeated under a group row of its own (資產 -> 負債及權益).
                start = keys.index(header_keys[h - 1]) + 1
            # or word for word when the finder cut the part's header into other cells
            whole = [_WS_RE.sub("", fold_width("".join(r))) for r in texts[:h]]
            while start < min(h, len(texts)) and (
                keys[start] == header_keys[start] or whole[start] == header_whole[start]
            ):
                start += 1
            head = "".join(header_whole)
            if start == 0 and len(head) >= 8:
                # the whole header set again in another form (its rows cut otherwise, maybe
                # into more rows than the first part's)
                rows_solid = [_WS_RE.sub("", fold_width("".join(r))) for r in texts]
                # its cells as the finder read them, too: a merged cell's text counts once
                # (the finder may merge other cells on each page)
                raw = [_solid_cells(r) for r in part.rows]
                for m in range(1, min(len(texts) - 1, h + 3) + 1):
                    if same_characters("".join(rows_solid[:m]), head) or same_characters(
                        "".join(raw[:m]), head_raw
                    ):
                        start = m
                        break
        for i in _block_heads(texts0, h, texts, start) if k > 0 else ():
            # the next block's heading (美　金) set on the repeated header's line, in the
            # corner the first part leaves empty over its own block heading (新　台　幣)
            boxes = part_boxes[i] if i < len(part_boxes) else []
            bb = boxes[0] if boxes else None
            body.append(
                [_GCell(texts[i][0], None, _round_box(bb) if bb else None, part.page)]
                + [_GCell("", None, None, part.page) for _ in range(ncol - 1)]
            )
            body_texts.append([texts[i][0]] + [""] * (ncol - 1))
            covered_body.append([False] * ncol)
        for i in range(start, len(texts)):
            row = texts[i] + [""] * (ncol - len(texts[i]))
            if k > 0 and i == start and body and _carried_text(part, row):
                # the rest of the last row's text cells, set on the next page under the
                # names again: that row's, not a row of its own
                for j, x in enumerate(row):
                    if x:
                        body[-1][j].text = body_texts[-1][j] = _join(body_texts[-1][j], x)
                continue
            boxes = part_boxes[i] if i < len(part_boxes) else []
            cells = []
            cov = []
            for j in range(ncol):
                bb = boxes[j] if j < len(boxes) else None
                is_cov = j < len(part_cov[i]) and part_cov[i][j]
                cells.append(_GCell(row[j], None, _round_box(bb) if bb else None, part.page))
                cov.append(is_cov)
            body.append(cells)
            body_texts.append(row)
            covered_body.append(cov)
    stub = _stub_count(body_texts, ncol)
    # A merged value cell counts once: only stub columns repeat a covering text.
    for r, cov in zip(body, covered_body, strict=True):
        for j, c in enumerate(cov):
            if c and j >= stub:
                r[j].text = ""
    # A cell spanning columns and reaching down past the header band is a frame round a
    # grid set inside it (a boxed note holding a table), and one spanning the whole row
    # is the grid's title bar: neither is a group name of the columns it reaches over.
    frames = {o for row in cover0[h:] for o in row if o is not None}
    frames |= {o for row in cover0[:h] if row and (o := row[-1]) is not None and o[1] == 0}
    header_parts: list[list[str]] = []
    for j in range(ncol):
        ps: list[str] = []
        for i, row in enumerate(header_rows):
            x = row[j] if j < len(row) else ""
            owner = cover0[i][j] if j < len(cover0[i]) else None
            if owner is not None and owner in frames and owner[1] != j:
                continue
            if x and (not ps or ps[-1] != x):
                ps.append(x)
        header_parts.append(ps)
    header_parts = _periods_over_repeats(header_parts, stub) or header_parts
    columns = [" / ".join(ps) for ps in header_parts]
    _align_spans(doc, region, body, stub)
    x0 = min(p.bbox[0] for p in parts if p.page == first.page)
    bbox = (
        x0,
        first.bbox[1],
        max(p.bbox[2] for p in parts if p.page == first.page),
        max(p.bbox[3] for p in parts if p.page == first.page),
    )
    return _Grid(columns, header_parts, body, stub, None, bbox, sorted({p.page for p in parts}))


def _block_heads(first: list[list[str]], h: int, texts: list[list[str]], start: int) -> list[int]:
    """The repeated header rows of a continued part whose corner holds a label where the
    first part's header has none, when the first part's body opens with a label row of
    no figures (a block's heading, ``新　台　幣``): that label heads the part's block."""
    opens = len(first) > h and first[h][0].strip() and not any(x.strip() for x in first[h][1:])
    if not opens or any(r[0].strip() for r in first[:h]):
        return []
    return [i for i in range(min(start, len(texts))) if texts[i] and texts[i][0].strip()]


def _carried_text(part: PdfTable, row: list[str]) -> bool:
    """A text-cell part's first row that leaves its first column empty and holds text,
    no figure: the rest of the row before the page break (round 24 joins the part)."""
    return (
        part.strategy == TEXT_CELLS
        and not row[0].strip()
        and any(x.strip() for x in row)
        and all((cv := parse_cell(x)) is None or cv.value is None for x in row if x.strip())
    )


def _cell_pattern(text: str) -> str:
    return "[^\\S\\n]*".join(re.escape(ch) for ch in text if not ch.isspace())


def _search_row(
    text: str, cells: list[str], anchored: bool | None, sep: str, lo: int, hi: int
) -> list[tuple[int, int]] | None:
    """The row's cells as one regular expression (``_align_spans``' slow path, and the
    definition ``find_row`` must agree with)."""
    lead = "(?m)^[^\\S\\n]*" if anchored else "(?m)(?<!\\S)"
    pat = lead + sep.join(f"({_cell_pattern(c)})" for c in cells)
    tail = "(?![0-9A-Za-z.,%])" if anchored is None else "(?!\\S)"
    m = re.compile(pat + tail).search(text, lo, hi)
    return None if m is None else [(m.start(k), m.end(k)) for k in range(1, len(cells) + 1)]


_OPEN_AFTER = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%")


def _hspace(ch: str) -> bool:
    return ch != "\n" and ch.isspace()


def find_row(
    text: str, cells: list[str], anchored: bool | None, lo: int, hi: int
) -> list[tuple[int, int]] | None:
    """``_search_row`` with cells a space or more apart, without compiling a pattern.

    Every row's pattern is new, so ``re`` compiled each one: most of what placing a
    filing's cells cost (0.8 s of Novatek's 5.3). The pattern needs no backtracking: a
    cell is its characters with spaces between them (never a line break), the next cell
    starts after one space or more, and every character is not a space, so skipping
    every space before the next character is the only way through. So the first place
    it starts is the match: at a line's start past its spaces (``anchored``), else after
    a space or the text's start, ending before a space, the end or (``anchored`` None)
    anything but a digit, a Latin letter or ``.,%``.
    """
    chars = [[ch for ch in c if not ch.isspace()] for c in cells]
    first = chars[0][0]
    p = text.find(first, lo, hi)
    while p >= 0:
        if anchored:
            q = p  # ^[^\S\n]* before the cell
            while q > 0 and _hspace(text[q - 1]):
                q -= 1
            ok = (q == 0 or text[q - 1] == "\n") and q >= lo
        else:
            ok = p == 0 or text[p - 1].isspace()
        if ok:
            found = _match_cells(text, chars, p, hi)
            if found is not None:
                e = found[-1][1]
                if e == hi or (
                    text[e] not in _OPEN_AFTER if anchored is None else text[e].isspace()
                ):
                    return found
        p = text.find(first, p + 1, hi)
    return None


def find_rows(text: str, cells: list[str], lo: int, hi: int) -> Iterator[list[tuple[int, int]]]:
    """Every place of ``find_row`` (unanchored) in ``text[lo:hi]``, one after another as
    ``finditer`` gives them."""
    found = find_row(text, cells, False, lo, hi)
    while found is not None:
        yield found
        found = find_row(text, cells, False, found[-1][1], hi)


def _match_cells(
    text: str, chars: list[list[str]], p: int, hi: int
) -> list[tuple[int, int]] | None:
    out = []
    for k, cell in enumerate(chars):
        if k:
            if p >= hi or not _hspace(text[p]):
                return None
            while p < hi and _hspace(text[p]):
                p += 1
        s = p
        for i, ch in enumerate(cell):
            if i:
                while p < hi and _hspace(text[p]):
                    p += 1
            if p >= hi or text[p] != ch:
                return None
            p += 1
        out.append((s, p))
    return out


def _align_spans(doc: Document, region: TableRegion, body: list[list[_GCell]], stub: int) -> None:
    """Point PDF cells at their text in ``Document.text`` (the page's text layer).

    Each grid row is looked for as one text line holding its cells in order; when the
    text layer wrapped the label, the values alone. A row the text layer lost gets no
    spans instead of shifting the rows after it.
    """
    if not region.row_lines:
        return
    lo, hi = region.row_lines[0][0], region.end
    cursor = lo
    for row in body:
        cells = [c for c in row if c.text.strip()]
        values = [c for c in row[stub:] if c.text.strip()]
        solid = "[^\\S\\n]+"
        tries: list[tuple[list[_GCell], bool | None, str]] = [
            (cells, bool(row[0].text.strip()), solid)
        ]
        if tries[0][1]:
            tries.append((cells, False, solid))  # the text layer put something before the row
        if values and len(values) < len(cells):
            tries.append((values, False, solid))
        # Labels wrapped around the row in the text layer (a ruled cell over three lines):
        # the numbers alone.
        numbers = [c for c in values if (cv := parse_cell(c.text)) is not None and not cv.null]
        if len(numbers) >= 2 and len(numbers) < len(values):
            tries.append((numbers, False, solid))
            # Text cells wrapped inside the row (a reason over four lines) and nothing
            # marks ($ -, －) between its amounts: the amounts in order on one line.
            # The last may have the row's next line run into it (10,071之金融資產－流動).
            tries.append((numbers, None, "(?!\\S)[^\\n]*?(?<!\\S)"))
        # A date closing a wrapped row (2026 年 1 月 1 日（註）, 核定至民國一一一年度) that the
        # text layer ran into the row's next line: it ends where a word of text starts,
        # not at a space; with its label before it on the line when the label is there.
        if len(values) == 1 and values[0].text.strip()[-1:] in "日度)）":
            if len(cells) > len(values):
                tries.append((cells, None, solid))
            tries.append((values, None, solid))
        for group, anchored, sep in tries:
            if not group:
                continue
            if sep == solid:
                found = find_row(doc.text, [c.text for c in group], anchored, cursor, hi)
            else:
                found = _search_row(doc.text, [c.text for c in group], anchored, sep, cursor, hi)
            if found is not None:
                for c, (s, e) in zip(group, found, strict=True):
                    # Quote the document (the grid text may differ in spacing only).
                    c.span = (s, e)
                    c.text = doc.text[s:e]
                cursor = found[-1][1]
                break
