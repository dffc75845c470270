"""Table grids on one PDF page: ruled ones from pdfplumber's lines strategy, unruled ones
from the column alignment of numeric cells."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    _is_year,
    clean_cell_text,
    deck_figure,
    is_account_code,
    parse_cell,
    parse_unit,
    parse_value_cell,
    split_markers,
    year_cells,
    year_row_label,
)
from pipeline.pdftables.date_tables import date_column_tables, duration_lists, word_tables
from pipeline.pdftables.geometry import (
    Edge,
    PageGeometry,
    cell_groups,
    from_frame,
    hull,
    median_of,
    plumber_geometry,
    turned_frame,
)
from pipeline.pdftables.lexicon import _lex, caption_label
from pipeline.pdftables.text_cells import ruled_text_tables

# --------------------------------------------------------------------------- PDF grids

# Chars farther apart than this many font sizes start a new phrase (a new cell): wider
# than a Latin space or letter-spaced CJK (項　目 joins back later), narrower than a
# column gap.
PHRASE_GAP_EM = 0.8
SPACE_GAP_EM = 0.2
# A whole date ends its cell at any visible gap: a date and the next name are never one
# name unless set solid (``112.3.31`` then ``說明`` 0.2 em on, Phison p. 11).
DATE_GAP_EM = 0.1
_NUMERIC_TAIL_RE = re.compile(r"\S\s+[-+▲▼]?[\d.,]+%?\s+[-+▲▼]?[\d.,]+%?\s*$")


def page_may_have_table(page: Any, text: str) -> bool:
    """Cheap gate before the table finder: a ``表 N`` caption, ruling, or numeric rows."""
    folded = fold_width(text)
    if _lex().caption_line.search(folded):
        return True
    try:
        if len(page.rects) + len(page.lines) >= 4:
            return True
    except Exception:  # a page object without drawing objects
        pass
    return sum(1 for ln in folded.split("\n") if _NUMERIC_TAIL_RE.search(ln)) >= 2


@dataclass
class _PLine:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    chars: list[dict[str, Any]]
    # The line's phrases, read once: the finders ask for a line's phrases again and again
    # (≈ 2.5 times a line on a report), and a line and its glyphs never change.
    phrase_cache: tuple[_Phrase, ...] | None = field(default=None, compare=False, repr=False)
    # ``chars`` already stand in reading order (by ``x0 + x1``, ties in their order): set
    # by ``lines_from_chars``, which sorts them so, and kept by a line cut from such a line.
    ordered: bool = field(default=False, compare=False, repr=False)

    @functools.cached_property
    def size(self) -> float:
        sizes = [float(c.get("size") or (c["bottom"] - c["top"])) for c in self.chars]
        return statistics.median(sizes) if sizes else max(self.bottom - self.top, 1.0)


@dataclass(frozen=True)
class _Phrase:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    spread: bool = False  # a sign set a column gap apart joined to its amount ($ … 0.28)


def _join_wrapped(text: str) -> str:
    """Lines of one cell joined: nothing between CJK characters, a space otherwise."""
    return clean_cell_text(text.replace("\n", " "))


def lines_from_chars(chars: Sequence[dict[str, Any]]) -> list[_PLine]:
    """Text lines from glyph boxes: glyphs whose vertical centres agree, ordered by their
    horizontal centres (a CJK glyph's loose box may start left of the period before it:
    ordered by left edges, ``2.合約餘額`` read ``2合. 約餘額``)."""
    rows: list[list[dict[str, Any]]] = []
    centres: list[float] = []
    # Each glyph's centre and height worked out once (sorted with its index, so that
    # glyphs tied on centre and left edge keep their order, as a sort by key does).
    # (A list sorted in place, and ``max(h, 1.0)`` written as the comparison it makes.)
    ordered = [
        (
            ((top := c["top"]) + (bottom := c["bottom"])) / 2,
            c["x0"],
            k,
            1.0 if (h := bottom - top) < 1.0 else h,
            c,
        )
        for k, c in enumerate(chars)
    ]
    ordered.sort()
    for cy, _, _, h, c in ordered:
        if rows and abs(cy - centres[-1]) <= 0.35 * h:
            row = rows[-1]
            row.append(c)
            centres[-1] += (cy - centres[-1]) / len(row)
        else:
            rows.append([c])
            centres.append(cy)
    out = []
    for row in rows:
        row.sort(key=lambda c: c["x0"] + c["x1"])
        size = median_of([float(c.get("size") or (c["bottom"] - c["top"])) for c in row])
        parts: list[str] = []
        prev_x1: float | None = None
        for c in row:
            if prev_x1 is not None and c["x0"] - prev_x1 > SPACE_GAP_EM * size:
                parts.append(" ")
            parts.append(c["text"])
            prev_x1 = c["x1"]
        text = "".join(parts).strip()
        if not text:
            continue
        line = _PLine(
            text,
            min([c["x0"] for c in row]),
            min([c["top"] for c in row]),
            max([c["x1"] for c in row]),
            max([c["bottom"] for c in row]),
            row,
            ordered=True,
        )
        # ``size`` is the median of these same glyphs' sizes: kept, not worked out again
        line.__dict__["size"] = size
        out.append(line)
    out.sort(key=lambda x: (round(x.top, 1), x.x0))
    return out


class _CharsPage:
    """The one thing ``pdfplumber.table.Table.extract`` reads from a page: its chars."""

    def __init__(self, chars: Sequence[dict[str, Any]]) -> None:
        self.chars = [{**c, "upright": True, "doctop": c["top"]} for c in chars]


def _ruled_tables(geom: PageGeometry) -> list[Any]:
    """pdfplumber Tables on the geometry's edges, their text read from its glyphs.

    Most pages have no ruled grid: they pay neither pdfplumber's import nor a copy of
    their glyphs."""
    groups = cell_groups(geom.edges)
    if not groups:
        return []
    from pdfplumber import table as pt

    page: Any = _CharsPage(geom.chars)
    return [pt.Table(page, group) for group in groups]


def _phrases(line: _PLine) -> list[_Phrase]:
    """Runs of characters closer than a column gap: the cells of one text line (a new
    list each time; the phrases themselves are frozen and shared)."""
    if line.phrase_cache is None:
        line.phrase_cache = tuple(_read_phrases(line))
    return list(line.phrase_cache)


def _read_phrases(line: _PLine) -> list[_Phrase]:
    size = line.size
    # A line's glyphs in reading order: as they stand when the line is ``ordered`` (a
    # stable sort of a list already in key order changes nothing), else sorted.
    inked = (c for c in line.chars if not c["text"].isspace())
    chars = list(inked) if line.ordered else sorted(inked, key=lambda c: c["x0"] + c["x1"])
    out: list[_Phrase] = []
    cur: list[str] = []
    box: list[float] = []
    prev_x1 = 0.0
    # The gaps in points worked out once a line, and each glyph's tests in the order the
    # conditions were written: most glyphs sit a letter's width from the last one, past
    # none of the gaps, and neither a digit nor a bracket, so they join the phrase without
    # reading it; the box grows in place (the comparisons ``min``/``max`` make).
    phrase_gap = PHRASE_GAP_EM * size
    space_gap = SPACE_GAP_EM * size
    date_gap = DATE_GAP_EM * size
    for i, c in enumerate(chars):
        t = c["text"]
        gap = c["x0"] - prev_x1
        if cur:
            if len(cur) < 8 and out and _spaced_marker_ends(out[-1].text, "".join(cur), t):
                last = out.pop()
                cur = [last.text, *cur]
                box = [last.x0, min(last.top, box[1]), box[2], max(last.bottom, box[3])]
                gap = phrase_gap + 1  # the marker's name ends here: a cell of its own
            broken = t.isdigit() and _grouping_breaks(
                "".join(cur), itertools.islice(chars, i, None), size
            )
            if (
                gap > phrase_gap
                or (
                    gap > space_gap
                    and (
                        _amount_ends("".join(cur), t)
                        or _marker_after_amount("".join(cur), t)
                        or _sign_after_words(cur, t)
                    )
                )
                or (gap > date_gap and _date_ends("".join(cur), t, bool(out)))
                # only an opening bracket can touch (the join is read only for one)
                or (t in "(（" and _negatives_touch("".join(cur), t))
                or broken
            ):
                # the next amount's first digit may overlap this one's last: this cell
                # ends where that digit starts, so the two stand in two columns
                x1 = min(box[2], c["x0"] - 0.01) if broken else box[2]
                out.append(_Phrase(clean_cell_text("".join(cur)), box[0], box[1], x1, box[3]))
                cur = []
        if cur:
            if gap > space_gap:
                cur.append(" ")
            box[2] = c["x1"]
            if (top := c["top"]) < box[1]:
                box[1] = top
            if (bottom := c["bottom"]) > box[3]:
                box[3] = bottom
        else:
            box = [c["x0"], c["top"], c["x1"], c["bottom"]]
        cur.append(t)
        prev_x1 = c["x1"]
    if cur:
        out.append(_Phrase(clean_cell_text("".join(cur)), box[0], box[1], box[2], box[3]))
    return _join_spaced_dates(_join_spaced_row_label(_attach_currency(out), size))


SPACED_LABEL_GAP_EM = 4.0  # the widest letter-spacing of a label's characters
SPACED_LABEL_EVEN = 1.5  # its gaps agree within this ratio; the row's next cell is further


def _join_spaced_row_label(phrases: list[_Phrase], size: float) -> list[_Phrase]:
    """A row label letter-spaced over the label column (``資　　本``, ``股　　票``: each
    character alone, ems apart) falls apart into one-character phrases at the spacing:
    when the line opens with such characters, evenly spaced, and the row's next cell
    stands further off than the spacing, they are one label, as a reader reads them. A
    line of nothing but single characters (a header's ``男 女``) is left as it stands."""
    k = 0
    while k < len(phrases) and len(phrases[k].text) == 1 and _IDEOGRAPH_RE.match(phrases[k].text):
        k += 1
    if k < 2 or k == len(phrases):
        return phrases
    gaps = [phrases[i + 1].x0 - phrases[i].x1 for i in range(k - 1)]
    widest = max(gaps)
    if (
        min(gaps) <= 0
        or widest > SPACED_LABEL_GAP_EM * size
        or widest > SPACED_LABEL_EVEN * min(gaps)
        or phrases[k].x0 - phrases[k - 1].x1 <= SPACED_LABEL_EVEN * widest
    ):
        return phrases
    return [_run_phrase(phrases[:k]), *phrases[k:]]


def _spaced_marker_ends(before: str, done: str, nxt: str) -> bool:
    """``附　註`` letter-spaced over the label column with its ``註`` touching the next
    column's name (``附`` / ``註普通股股本``): the phrase before a column gap and the
    characters read since make a note or code column's name, and the next character goes
    on past it, so it starts the next column's name."""
    head = _marker_key(before)
    both = head + _marker_key(done)
    more = both + _marker_key(nxt)
    markers = _lex().marker_headers
    return head not in markers and both in markers and not any(w.startswith(more) for w in markers)


def _sign_after_words(cur: Sequence[str], nxt: str) -> bool:
    """``六(二十一)及七 $ 25,622,844``: a currency sign set a space after words (a row's note
    references) opens the amount's cell, never ends the words' one; joined to them, it
    pulls the label column over the amount column's header (``項目附註金``)."""
    return nxt in "$＄" and bool(cur) and _IDEOGRAPH_RE.match(cur[-1]) is not None


def _date_ends(done: str, nxt: str, after_cells: bool = True) -> bool:
    """A whole date read, then after a space the next one's digits (``113.3.31
    112.12.31 112.3.31 說明``: a header's date columns set closer than a column gap, as
    narrow share columns are, and the remarks column's name after them). Joined, two
    dates name one column and the group name over them lands on the wrong one. A date
    letter-spaced over its column (``1 1 3 . 3 . 3 1``) has spaces inside and is read
    whole as before. A word after the line's first date is its row's label
    (``114.01.01 餘額``), not a new cell: only a date after other cells (``after_cells``)
    ends at a word."""
    t = done.strip()
    word = after_cells and _IDEOGRAPH_RE.match(nxt) is not None
    return (nxt.isdigit() or word) and " " not in t and _solid_date(t) is not None


def _marker_after_amount(done: str, nxt: str) -> bool:
    """An amount read whole, then after a space a bare note marker (``100.00 註1``): the
    marker stands in the remarks column beside the figures (``說明``, ``備註``), set closer
    than a column gap; read into the amount's cell it takes that column's place and its
    name. A marker set solid or bracketed on the amount (``$1,121,475（註 7）``) stays the
    amount's."""
    if nxt != "註":
        return False
    t = done.strip()
    cv = parse_cell(t)
    return cv is not None and cv.value is not None and not _is_year(t)


def _amount_ends(done: str, nxt: str) -> bool:
    """An amount read whole, then after a space the next amount (``$ 67,559 100``,
    ``(507) (1)``: a statement's amount and % columns set closer than a column gap)."""
    if nxt not in "$(（-—－" and not nxt.isdigit():
        return False
    t = done.strip()
    cv = parse_cell(t)
    if cv is None or cv.value is None or cv.unit is not None or _is_year(t):
        return False
    # not a letter-spaced "1 2 0"; a bracket opens the next negative (a share `2`, then
    # `($ 12,686)` set a space after it), never a digit's neighbour in a spaced number
    return len(t) >= 3 or any(ch in t for ch in ",()$") or nxt in "(（"


_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")


def _grouping_breaks(done: str, rest: Iterable[dict[str, Any]], size: float) -> bool:
    """Two amounts printed with no gap (``3,045,5552,638,081,089``: the glyphs of the next
    column's amount touch, even overlap, this one's last digit): where the digit grouping
    breaks (four digits after a comma) a new amount starts. Split only when the amount
    read so far and the digits ahead, up to the next space, are each well grouped, so a
    malformed or decimal number is never cut."""
    t = done.strip().lstrip("$＄").strip()
    if _GROUPED_RE.fullmatch(t) is None:
        return False
    run: list[str] = []
    prev_x1: float | None = None
    for c in rest:
        ch = c["text"]
        if prev_x1 is not None and c["x0"] - prev_x1 > SPACE_GAP_EM * size:
            break
        if not (ch.isdigit() or ch == ","):
            if ch in ".%":
                return False  # a decimal or a share: not a plain amount
            break
        run.append(ch)
        prev_x1 = c["x1"]
    return _GROUPED_RE.fullmatch("".join(run)) is not None


_NIL_DASHES = frozenset({"-", "－", "—", "–"})


def _negatives_touch(done: str, nxt: str) -> bool:
    """``( 442,563,391)( 92)( 366,982,896)``: a statement's negative amounts and % set with
    each closing bracket touching the next one's opening bracket (no gap at all), so the
    next column's ``(`` would end this cell and leave the next amount unopened; a nil
    ``-`` before a negative (``( 201,742) - ( 282,042)``) ends its cell the same way."""
    t = done.strip()
    if nxt in "(（" and t in _NIL_DASHES:
        return True  # "- (": a nil % cell, then the next column's negative amount
    if not (nxt in "(（" and t.endswith((")", "）"))):
        return False
    opened = t if t.startswith(("(", "（")) else f"({t}"  # its "(" was set apart (``1)(``)
    return _amount_ends(opened, nxt)


def _attach_currency(phrases: list[_Phrase]) -> list[_Phrase]:
    """``$`` or ``(`` set apart from its amount (``$     57,323,668``, ``(     1,234)``:
    accountants align the signs) belongs to the amount."""
    lex = _lex()
    out: list[_Phrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        lead = prev.text.replace(" ", "") if prev is not None else ""
        if (
            prev is not None
            and lead
            and all(x in "(（" or x in "".join(lex.currency_prefixes) for x in lead)
        ):
            sep = "" if lead[-1] in "(（" else " "
            out[-1] = _Phrase(
                f"{prev.text}{sep}{p.text}",
                prev.x0,
                min(prev.top, p.top),
                p.x1,
                max(prev.bottom, p.bottom),
                spread=True,
            )
            continue
        out.append(p)
    return out


def _inside(line: _PLine, boxes: Sequence[Box]) -> bool:
    cy = (line.top + line.bottom) / 2
    cx = (line.x0 + line.x1) / 2
    return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in boxes)


def _round_box(b: Sequence[float]) -> Box:
    return (round(b[0], 2), round(b[1], 2), round(b[2], 2), round(b[3], 2))


class _SomeChars:
    """A page holding only the chars handed to it: all ``Table.extract`` reads."""

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        self.chars = chars


def table_text(t: Any, inside: list[dict[str, Any]] | None = None) -> list[list[str | None]]:
    """``t.extract()`` looking at the page's chars once instead of once per row.

    ``Table.extract`` keeps, for each row, the page's chars whose centre lies in the
    row's box; each row's box lies within the table's (both are the min and max of the
    same cells), so the chars centred in the table's box, tested the same way, reach
    every row the same, in the same order. ``inside``: those chars, when the caller has
    them (``grid_chars``).
    """
    if inside is None:
        inside = grid_chars(t)
    text: list[list[str | None]] = type(t)(_SomeChars(inside), t.cells).extract()
    return text


def grid_chars(t: Any) -> list[dict[str, Any]]:
    """The page's chars centred in a ruled grid's box (``_centred_in``'s half-open test),
    in the page's order: every cell box, a column's box over the rows and a row's band
    between its cells lie within the grid's box (the min and max of its cells), so the
    chars centred in any of them are among these — read from them, not from the page's."""
    x0, top, x1, bottom = t.bbox
    return [
        c
        for c in t.page.chars
        if (c["x0"] + c["x1"]) / 2 >= x0
        and (c["x0"] + c["x1"]) / 2 < x1
        and (c["top"] + c["bottom"]) / 2 >= top
        and (c["top"] + c["bottom"]) / 2 < bottom
    ]


def _from_lines_table(t: Any, page_number: int) -> PdfTable | None:
    # the grid's own chars, for the helpers that read chars inside its cells, columns
    # and row bands (each a box within the grid's); a row's lines (``_split_collapsed``)
    # and the labels left of the grid (``_labels_left``) are read from the page's
    own = grid_chars(t)
    raw = table_text(t, own)
    rows: list[list[str | None]] = []
    boxes: list[list[Box | None]] = []
    chars = getattr(t.page, "chars", [])
    bounds = _sub_columns(t.rows, own)
    holders = _holders(t.rows)
    for r, row in zip(raw, t.rows, strict=True):
        ruled, read = _unruled_cells(row.cells, r, t.rows, own)
        held = any(tuple(b) in holders for b in ruled if b)
        if held:  # read column by column: one header row
            ruled, read = _holder_columns(ruled, read, t.rows, holders, own)
        cells, texts = _nested_cells(ruled, read, bounds, own)
        split = None if held else _split_collapsed(cells, chars)
        if split is None:
            rows.append([None if c is None else _join_wrapped(c) for c in texts])
            boxes.append(cells)
            continue
        for line_texts, line_boxes in split:
            rows.append(list(line_texts))
            boxes.append(line_boxes)
    rows, boxes = _unstarted_columns_dropped(rows, boxes)
    bbox = _round_box(t.bbox)
    labels = _labels_left(rows, boxes, bbox, chars)
    if labels is not None:  # the rules frame the values only; the labels stand left of them
        names, x0 = labels
        labelled: list[list[str | None]] = []
        for text, row in zip(names, rows, strict=True):
            labelled.append([text, *row])
        rows = labelled
        boxes = [
            [(x0, b[1], bbox[0], b[3]) if (b := next((c for c in bs if c), None)) else None, *bs]
            for bs in boxes
        ]
        bbox = (round(x0, 2), bbox[1], bbox[2], bbox[3])
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    if sum(1 for r in rows if sum(1 for c in r if c) >= 2) < 2:
        return None
    return PdfTable(
        page=page_number,
        bbox=bbox,
        rows=rows,
        cell_bboxes=boxes,  # type: ignore[arg-type]
        strategy="lines",
    )


def _unstarted_columns_dropped(
    rows: list[list[str | None]], boxes: list[list[Box | None]]
) -> tuple[list[list[str | None]], list[list[Box | None]]]:
    """A grid column no text starts in, on any row (the header's cell left of it, and
    most rows' cells, run across it; a stray box's cells in it hold nothing), is no
    column: a stray vertical line made it (an arrow's shaft, a highlight box drawn over
    the grid), and read as one it doubles its neighbour's name (``4Q25 | 4Q25``)."""
    width = {len(r) for r in rows} | {len(b) for b in boxes}
    if len(width) != 1 or len(rows) != len(boxes):
        return rows, boxes
    ncol = width.pop()
    gone = [
        j
        for j in range(1, ncol)
        if all(not (r[j] or "").strip() for r in rows)
        and 2 * sum(1 for r in rows if r[j] is None) > len(rows)
    ]
    if not gone or len(gone) >= ncol - 1:
        return rows, boxes
    keep = [j for j in range(ncol) if j not in gone]
    return [[r[j] for j in keep] for r in rows], [[b[j] for j in keep] for b in boxes]


def _unruled_cells(
    cells: Sequence[Any],
    texts: Sequence[str | None],
    rows: Sequence[Any],
    chars: Sequence[dict[str, Any]],
) -> tuple[list[Any], list[str | None]]:
    """A ruled row's cells with the ones its rules leave out read back: a header cell
    filled but not stroked at the grid's edge (CHT's ``Q4 2025 (A)`` over the first
    amounts, ``達成率 %`` over the last) is no cell to the table finder, its text lost.
    Where a column has cells on other rows and this row's band holds glyphs there that no
    cell of the grid holds (a cell merged over the column, or down over the row, holds its
    own), the column's extent over the row's band is that cell."""
    out, read = list(cells), [texts[j] if j < len(texts) else None for j in range(len(cells))]
    if not any(cells):
        return out, read
    # a blank cell a stray box's side cut narrow (its column's other cells are twice as
    # wide or more) leaves the rest of the column's width to no cell: read like a
    # missing one (8299's `2,227` right of an arrow's box)
    cut = [
        j
        for j, b in enumerate(cells)
        if any((t or "").strip() for t in read)  # the box's own rows hold nothing
        and b is not None
        and not (read[j] or "").strip()
        and (wide := _column_width(rows, j)) is not None
        and 2 * (b[2] - b[0]) <= wide
    ]
    if all(cells) and not cut:
        return out, read
    # the row's own band: a cell merged down over the rows under it (地區 beside two
    # header lines) reaches further
    whole = [b for j, b in enumerate(cells) if b and j not in cut]
    if not whole:
        return out, read  # a stray box's own rows: no row of the grid's
    top = min(b[1] for b in whole)
    # (beside a box's cut cells, the box's own small cells end early: most cells' edge)
    bottom = statistics.median(b[3] for b in whole) if cut else min(b[3] for b in whole)
    for j, b in enumerate(cells):
        if b is not None and j not in cut:
            continue
        col = [r.cells[j] for r in rows if j < len(r.cells) and r.cells[j]]
        if not col:
            continue
        if j in cut:
            col = [c for c in col if 2 * (c[2] - c[0]) > (_column_width(rows, j) or 0.0)]
        box = (max(c[0] for c in col), top, min(c[2] for c in col), bottom)
        own = [
            c
            for c in _chars_in(chars, box)
            if not any(o and _centred_in(c, o) for r in rows for o in r.cells)
        ]
        if own:
            out[j] = box
            read[j] = "\n".join(ln.text for ln in lines_from_chars(own))
    return out, read


def _column_width(rows: Sequence[Any], j: int) -> float | None:
    """The width most of column ``j``'s cells have (the median), None with no cells."""
    widths = [c[2] - c[0] for r in rows if j < len(r.cells) and (c := r.cells[j])]
    return statistics.median(widths) if widths else None


def _holds(b: Sequence[float], o: Sequence[float]) -> bool:
    return (
        b != o and b[0] <= o[0] + 1 and b[1] <= o[1] + 1 and o[2] <= b[2] + 1 and o[3] <= b[3] + 1
    )


def _holders(rows: Sequence[Any]) -> set[tuple[float, ...]]:
    """Ruled cells that hold other cells of the grid: a header's frame whose inner rules
    stop short of it (8433's board-diversity header: its corner names and its groups'
    names are no cells of their own), read by the table finder as one cell over them all."""
    boxes = [tuple(b) for r in rows for b in r.cells if b]
    return {b for b in boxes if sum(1 for o in boxes if _holds(b, o)) >= 2}


def _holder_columns(
    cells: Sequence[Any],
    texts: Sequence[str | None],
    rows: Sequence[Any],
    holders: set[tuple[float, ...]],
    chars: Sequence[dict[str, Any]],
) -> tuple[list[Any], list[str | None]]:
    """A row whose cell holds other cells read column by column instead: the glyphs in it
    that no other cell holds, each phrase under the column it stands over (a name stacked
    one glyph a line, ``性`` / ``別``, stays one name). A run over several columns (a
    group's name over cells of their own, often letter-spaced across them) names none of
    them alone: it is left out."""
    out, read = list(cells), list(texts)
    inner = [b for r in rows for b in r.cells if b and tuple(b) not in holders]
    for j, b in enumerate(cells):
        if not b or tuple(b) not in holders:
            continue
        out[j], read[j] = None, None
        spans: dict[int, tuple[float, float]] = {}
        for k in range(len(cells)):
            col = [r.cells[k] for r in rows if k < len(r.cells) and r.cells[k]]
            col = [c for c in col if tuple(c) not in holders]
            if col and b[0] - 1 <= col[0][0] and col[0][2] <= b[2] + 1:
                spans[k] = (max(c[0] for c in col), min(c[2] for c in col))
        free = [c for c in _chars_in(chars, b) if not any(_centred_in(c, o) for o in inner)]
        taken: dict[int, list[dict[str, Any]]] = {}
        for run in _glyph_runs(free):
            over = {
                k
                for c in run
                for k, (x0, x1) in spans.items()
                if x0 <= (c["x0"] + c["x1"]) / 2 < x1
            }
            if len(over) == 1:
                taken.setdefault(over.pop(), []).extend(run)
        for k, own in taken.items():
            x0, x1 = spans[k]
            out[k] = (x0, b[1], x1, b[3])
            read[k] = "\n".join(ln.text for ln in lines_from_chars(own))
        for k, own in sorted(taken.items()):
            group = _group_under(own, k, b, spans, inner, free, set(taken))
            if group is None:
                continue
            first, last, box = group
            text = read[k]
            for m in range(first, last + 1):
                out[m], read[m] = None, None
            out[first], read[first] = box, text
    return out, read


def _group_under(
    own: Sequence[dict[str, Any]],
    k: int,
    holder: Sequence[float],
    spans: dict[int, tuple[float, float]],
    inner: Sequence[Any],
    free: Sequence[dict[str, Any]],
    named: set[int],
) -> tuple[int, int, Box] | None:
    """The columns a name inside a holder heads, when it heads more than the one it
    stands over: a group name (``運作情形``) whose own ruled box the table finder missed
    (its side rules stop short of the frame's top rule, so the holder took it in), over
    a band of cells that share one top rule (``是 · 否 · 摘要說明``). The band runs on from
    the cell under the name through the cells beside it that touch it, that share its
    top and stand under no text of their own in the holder above them; the name must
    stand nearer the band's middle than its own column's (a centred group name), else
    it heads its column alone. Returns the band's first and last column and the
    group's box (the holder's top to the band's top)."""
    bottom = max(c["bottom"] for c in own)
    mid = (min(c["x0"] for c in own) + max(c["x1"] for c in own)) / 2

    def held(c: Any) -> bool:
        return bool(_holds(holder, c))

    below = [c for c in inner if held(c) and c[1] >= bottom - 1]
    x0, x1 = spans[k]
    under = [c for c in below if c[0] < x1 - 1 and c[2] > x0 + 1]
    if not under:
        return None
    top = min(c[1] for c in under)
    band = [c for c in below if abs(c[1] - top) <= 1]
    cols = sorted(spans)

    def cell_of(m: int) -> Any:
        a, z = spans[m]
        return next((c for c in band if c[0] <= a + 1 and z <= c[2] + 1), None)

    def bare(m: int) -> bool:
        a, z = spans[m]
        area = (a, holder[1], z, top)
        return m not in named and not any(_centred_in(c, area) for c in free)

    if cell_of(k) is None:
        return None
    first = last = k
    while (i := cols.index(first)) > 0 and bare(m := cols[i - 1]):
        c, d = cell_of(m), cell_of(first)
        if c is None or d is None or abs(c[2] - d[0]) > 1:
            break
        first = m
    while (i := cols.index(last)) < len(cols) - 1 and bare(m := cols[i + 1]):
        c, d = cell_of(last), cell_of(m)
        if c is None or d is None or abs(c[2] - d[0]) > 1:
            break
        last = m
    if first == last:
        return None
    g0, g1 = spans[first][0], spans[last][1]
    if abs(mid - (g0 + g1) / 2) >= abs(mid - (x0 + x1) / 2):
        return None
    return first, last, (g0, holder[1], g1, top)


def _glyph_runs(chars: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Glyphs of one text line set solid (less than a third of a glyph apart): a name
    written across, where glyphs stacked in narrow columns stand further apart."""
    runs: list[list[dict[str, Any]]] = []
    for ln in lines_from_chars(chars):
        run: list[dict[str, Any]] = []
        for c in sorted(ln.chars, key=lambda c: c["x0"]):
            if run and c["x0"] - run[-1]["x1"] >= (c["bottom"] - c["top"]) / 3:
                runs.append(run)
                run = []
            run.append(c)
        if run:
            runs.append(run)
    return runs


def _centred_in(c: dict[str, Any], b: Sequence[float]) -> bool:
    cx: float = (c["x0"] + c["x1"]) / 2
    cy: float = (c["top"] + c["bottom"]) / 2
    return b[0] <= cx < b[2] and b[1] <= cy < b[3]


def _labels_left(
    rows: Sequence[Sequence[str | None]],
    boxes: Sequence[Sequence[Box | None]],
    bbox: Box,
    chars: Sequence[dict[str, Any]],
) -> tuple[list[str], float] | None:
    """Row labels set left of a ruled grid whose first column holds numbers, one per
    row band; None unless most rows have one. A grid whose first column holds labels
    of its own has none outside it (the text left of it is the slide's title or notes)."""
    firsts = [r[0] for r in rows[1:] if r and r[0]]
    if not firsts or sum(1 for x in firsts if _is_data_phrase(x)) < 0.5 * len(firsts):
        return None
    texts: list[str] = []
    x0 = bbox[0]
    for bs in boxes:
        b = next((c for c in bs if c), None)
        if b is None:
            texts.append("")
            continue
        own = [
            c
            for c in chars
            if b[1] <= (c["top"] + c["bottom"]) / 2 < b[3] and c["x1"] <= bbox[0] + 1
        ]
        line = lines_from_chars(own)
        phrases = [p for ln in line for p in _phrases(ln)]
        # Only the phrase nearest the grid: text further left is another column of the slide.
        near = [max(phrases, key=lambda p: p.x1)] if phrases else []
        texts.append(_join_text_all([p.text for p in near]))
        if near:
            x0 = min(x0, *(p.x0 for p in near))
    body = texts[1:]
    labelled = sum(1 for x in body if x and not _is_data_phrase(x))
    if not body or labelled < 0.6 * len(body):
        return None
    return texts, x0


def _sub_columns(rows: Sequence[Any], chars: Sequence[dict[str, Any]]) -> dict[int, list[float]]:
    """Ruled columns that each hold several columns of numbers (a slide's nested ruled
    blocks: one ruled cell per block holding every period's amounts): the x positions
    that split them, found from the alignment of the numbers inside across all rows."""
    ncol = max((len(r.cells) for r in rows), default=0)
    out: dict[int, list[float]] = {}
    for j in range(ncol):
        bs = [r.cells[j] for r in rows if j < len(r.cells) and r.cells[j]]
        if not bs:
            continue
        # A cell merged across the next columns (a header over its periods) is wider.
        x0, top = min(b[0] for b in bs), min(b[1] for b in bs)
        x1, bottom = min(b[2] for b in bs), max(b[3] for b in bs)
        own = [
            c
            for c in chars
            if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom
        ]
        data = [ph for ln in lines_from_chars(own) if _data_line(ph := _phrases(ln))]
        cols = _columns([p for ph in data for p in ph])
        numeric = [c for c in cols if not c.text and c.numeric - c.nulls >= 2]
        texts = sum(1 for c in cols if c.text)
        if len(cols) >= 2 and len(numeric) >= 2 and texts <= 1:
            out[j] = [(a.x1 + b.x0) / 2 for a, b in itertools.pairwise(cols)]
    return out


def _data_line(phrases: Sequence[_Phrase]) -> bool:
    return any(_is_data_phrase(p.text) for p in phrases)


def _nested_cells(
    cells: Sequence[Any],
    texts: Sequence[str | None],
    bounds: dict[int, list[float]],
    chars: Sequence[dict[str, Any]],
) -> tuple[list[Box | None], list[str | None]]:
    """A ruled row's cells with the split columns cut at ``bounds``; a cell whose text
    straddles a cut (a header over the block's periods) stays whole, covering the rest."""
    boxes: list[Box | None] = []
    out: list[str | None] = []
    for j, b in enumerate(cells):
        cuts = bounds.get(j)
        if cuts is None:
            boxes.append(_round_box(b) if b else None)
            out.append(texts[j] if j < len(texts) else None)
            continue
        n = len(cuts) + 1
        if b is None:
            boxes.extend([None] * n)
            out.extend([None] * n)
            continue
        own = _chars_in(chars, b)
        phrases = [p for ln in lines_from_chars(own) for p in _phrases(ln)]
        if any(p.x0 < x < p.x1 for p in phrases for x in cuts):
            boxes.extend([_round_box(b), *([None] * (n - 1))])
            out.extend([texts[j] if j < len(texts) else None, *([None] * (n - 1))])
            continue
        edges = [b[0], *cuts, b[2]]
        for a, z in itertools.pairwise(edges):
            sub = (a, b[1], z, b[3])
            boxes.append(_round_box(sub))
            lines = lines_from_chars(_chars_in(own, sub))
            out.append("\n".join(ln.text for ln in lines))
    return boxes, out


def _chars_in(chars: Sequence[dict[str, Any]], b: Sequence[float]) -> list[dict[str, Any]]:
    return [c for c in chars if _centred_in(c, b)]


def _split_collapsed(
    cells: Sequence[Box | None], chars: Sequence[dict[str, Any]]
) -> list[tuple[list[str | None], list[Box | None]]] | None:
    """The text lines of a ruled row that holds many rows (statements rule the columns
    and the header but not each row; a slide rules each block of rows): one row per text
    line, or None when the row is a row (fewer than two of its lines hold numbers).

    A cell set on one line of its own between the row's lines (a block's name centred
    beside its rows) goes on the first row and covers the rest, like a merged cell.
    """
    present = [b for b in cells if b]
    if len(present) < 2:
        return None
    # The row's own band: a cell merged down over the next rows reaches further.
    top = min(b[1] for b in present)
    bottom = min(b[3] for b in present)
    inside = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 < bottom]
    lines = lines_from_chars(inside)
    if len(lines) < 2:
        return None
    table: list[list[str | None]] = []
    extents: list[list[tuple[float, float] | None]] = []  # each cell's glyphs, x0 to x1
    numeric = 0
    wide = 0
    for ln in lines:
        texts: list[str | None] = []
        ext: list[tuple[float, float] | None] = []
        for b in cells:
            if b is None:
                texts.append(None)
                ext.append(None)
                continue
            own = [c for c in ln.chars if b[0] <= (c["x0"] + c["x1"]) / 2 < b[2]]
            sub = _PLine("", ln.x0, ln.top, ln.x1, ln.bottom, own, ordered=ln.ordered)
            texts.append(_join_text_all([p.text for p in _phrases(sub)]))
            ext.append((min(c["x0"] for c in own), max(c["x1"] for c in own)) if own else None)
        extents.append(ext)
        if sum(1 for x in texts[1:] if x and _is_data_phrase(x)) >= 1:
            numeric += 1
            wide += sum(1 for x in texts if x) >= 2
        table.append(texts)
    if numeric < 2 or (len(lines) < 3 and wide < 2):
        return None
    if all(len(x) <= 2 for row in table for x in row if x):
        return None  # names stacked a glyph or two a line (41 / 至 / 50 / 歲): one row
    # Cells with text on one line only, that line holding nothing else or centred in
    # the cell beside lines of other cells: merged cells.
    spanning = []
    for j, b in enumerate(cells):
        at = [i for i, row in enumerate(table) if row[j]]
        if b is None or len(at) != 1:
            continue
        ln = lines[at[0]]
        alone = sum(1 for x in table[at[0]] if x) == 1
        centred = (
            0 < at[0] < len(lines) - 1
            and abs((ln.top + ln.bottom) - (b[1] + min(b[3], bottom))) < 0.5 * ln.size
        )
        if alone or centred:
            spanning.append(j)
    out: list[tuple[list[str | None], list[Box | None]]] = []
    first_line: list[int] = []  # the line each row of ``out`` starts on
    for i, (ln, texts) in enumerate(zip(lines, table, strict=True)):
        if spanning and sum(1 for j, x in enumerate(texts) if x and j not in spanning) == 0:
            continue  # the merged cell's own line
        if out and _wraps(i, first_line[-1], table, extents, cells, ln.size):
            prev_texts, prev_boxes = out[-1]
            for j, x in enumerate(texts):
                if x:
                    prev_texts[j] = _join_text(prev_texts[j] or "", x)
                    pb = prev_boxes[j]
                    if pb is not None:
                        prev_boxes[j] = _round_box((pb[0], pb[1], pb[2], ln.bottom))
            continue
        row_boxes: list[Box | None] = []
        for j, b in enumerate(cells):
            if b is not None and j in spanning:
                first = not out
                texts[j] = next((r[j] for r in table if r[j]), "") if first else None
                row_boxes.append(_round_box((b[0], top, b[2], b[3])) if first else None)
            else:
                row_boxes.append(
                    _round_box((b[0], ln.top, b[2], ln.bottom)) if b is not None else None
                )
        out.append((texts, row_boxes))
        first_line.append(i)
    return out


def _wraps(
    i: int,
    start: int,
    table: Sequence[Sequence[str | None]],
    extents: Sequence[Sequence[tuple[float, float] | None]],
    cells: Sequence[Box | None],
    size: float,
) -> bool:
    """Line ``i`` of a ruled row goes on the text of the row started at line ``start``
    (``健喬信元醫藥生技`` / ``股份有限公司``): it holds no amount and no dash, and each of
    its words continues a cell whose line above ran to the cell's right edge (a wrapped
    line, not a short label) and starts no further left than the row's first line in
    that cell (a section name like ``公司債`` stands left of the names under it)."""
    texts = table[i]
    if not any(texts) or any(x and parse_cell(x) is not None for x in texts):
        return False
    if not any(x and parse_cell(x) is not None for x in table[start]):
        return False  # the row above is no row of amounts (a section name, a header)
    for j, x in enumerate(texts):
        if not x:
            continue
        above, first, b = extents[i - 1][j], extents[start][j], cells[j]
        here = extents[i][j]
        if above is None or first is None or b is None or here is None:
            return False
        if above[1] < b[2] - 2.5 * size or here[0] < first[0] - 1.0:
            return False
    return True


def _join_text_all(parts: Sequence[str]) -> str:
    out = ""
    for p in parts:
        out = _join_text(out, p)
    return out


def _is_caption_line(text: str) -> bool:
    return caption_label(text, "table") is not None or caption_label(text, "figure") is not None


def _caption_above(lines: Sequence[_PLine], top: float, floor: float) -> str | None:
    """The ``表 N`` line closest above ``top`` (and below ``floor``), within a few lines."""
    best = None
    for ln in lines:
        near = ln.bottom <= top + 2 and ln.top >= floor and top - ln.bottom <= 6 * ln.size
        if near and caption_label(ln.text, "table"):
            best = ln
    return best.text if best else None


def _figure_caption_near(lines: Sequence[_PLine], bbox: Box) -> str | None:
    """A ``圖 N`` caption right above or below a grid (past its source and note lines):
    the grid is a chart drawn with rectangles, not a table."""
    lex = _lex()
    for ln in lines:
        if 0 <= bbox[1] - ln.bottom <= 2 * ln.size and caption_label(ln.text, "figure"):
            return ln.text
    for ln in lines:
        if ln.top < bbox[3] - 1:
            continue
        if ln.top - bbox[3] > 8 * ln.size:
            break
        f = fold_width(ln.text)
        if lex.source_line.match(f) or lex.note_line.match(f):
            continue
        return ln.text if caption_label(ln.text, "figure") else None
    return None


def find_pdf_tables(page: Any, page_number: int) -> list[PdfTable]:
    """Table grids on one pdfplumber page (the pdfplumber engine's path)."""
    try:
        geom = plumber_geometry(page)
    except Exception:  # a malformed page costs its tables, not the document
        return []
    return find_tables(geom, page_number)


def find_tables(geom: PageGeometry, page_number: int) -> list[PdfTable]:
    """Table grids on one page: ruled ones first, then unruled ones.

    Unruled tables are read under each ``表 N`` caption that has no ruled grid, then
    wherever lines with a label and aligned numeric cells follow each other (an
    uncaptioned statement, a slide's KPI table, a table continued from the page
    before). Each grid records the title, unit line and period line above it.
    """
    # A malformed page must cost its tables, not the document: the finder is best effort.
    try:
        turned = turned_frame(geom)
        if turned is None:
            return _find_tables(geom, page_number)
        frame, turn = turned
        return [_back_on_page(t, turn, geom) for t in _find_tables(frame, page_number)]
    except Exception:
        return []


def _back_on_page(t: PdfTable, turn: int, geom: PageGeometry) -> PdfTable:
    """A grid found in a page's turned frame, its boxes put back where they stand on the
    page (provenance is on the page as printed)."""
    w, h = geom.width, geom.height
    t.bbox = _round_box(from_frame(t.bbox, turn, w, h))
    t.cell_bboxes = [
        [None if b is None else _round_box(from_frame(b, turn, w, h)) for b in row]
        for row in t.cell_bboxes
    ]
    t.page_height = round(h, 2)
    t.turn, t.page_width = turn, round(w, 2)
    return t


def _find_tables(geom: PageGeometry, page_number: int) -> list[PdfTable]:
    lines = lines_from_chars(geom.chars)
    found = _ruled_tables(geom)
    out: list[PdfTable] = []
    for t in found:
        pt = _from_lines_table(t, page_number)
        if pt is not None:
            out.append(pt)
    out.sort(key=lambda p: p.bbox[1])
    out = _join_blocks(out, lines)
    for p in out:
        _header_above(lines, p)
    floor = 0.0
    for p in out:
        p.caption = _caption_above(lines, p.bbox[1], floor) or _figure_caption_near(lines, p.bbox)
        floor = p.bbox[3]
    ruled = [p.bbox for p in out]
    ruled_captions = {p.caption for p in out if p.caption}
    width = geom.width
    for k, ln in enumerate(lines):
        if caption_label(ln.text, "table") is None or ln.text in ruled_captions:
            continue
        nxt = next((b for b in ruled if b[1] >= ln.bottom - 2), None)
        if nxt is not None and nxt[1] - ln.bottom <= 6 * ln.size:
            continue
        start = k + 1
        if start < len(lines) and _continues_caption(ln, lines[start]):
            start += 1
        tt = _text_table(lines, start, page_number, ruled, width, ln.text, probe=False)
        if tt is not None:
            out.append(tt)
    # lists of terms first: their `10 年` cells would read as amounts of a grid
    out.extend(duration_lists(lines, _phrases, page_number, [p.bbox for p in out]))
    # text beside a block of amounts is none of its rows
    rules = [e for e in geom.edges if e["orientation"] == "h"]
    # two panels side by side, each under its own unit line: each panel's tables are
    # found, titled and given their unit from its own lines
    own_lines: dict[int, list[_PLine]] = {}
    for panel in _side_panels(lines):
        found_here: list[PdfTable] = []
        found_here.extend(
            _uncaptioned(
                _beside_removed(panel),
                page_number,
                [p.bbox for p in out],
                width,
                geom.height,
                rules,
            )
        )
        # sentences in columns under a header ruled column by column: before the word
        # tables, which would read its first line as a row, and before the date tables,
        # which would read every column left of a date as one (``新發布或修訂準則 主要修訂內容
        # | 生效日``)
        found_here.extend(
            ruled_text_tables(
                panel, geom.edges, page_number, [p.bbox for p in out + found_here], geom.height
            )
        )
        found_here.extend(
            date_column_tables(
                panel, _phrases, page_number, [p.bbox for p in out + found_here], width
            )
        )
        found_here.extend(
            word_tables(panel, _phrases, page_number, [p.bbox for p in out + found_here])
        )
        for p in found_here:
            own_lines[id(p)] = panel
        out.extend(found_here)
    out.sort(key=lambda p: (p.bbox[1], p.bbox[0]))
    for p in out:
        here = own_lines.get(id(p), lines)
        _join_glyph_column(p, here)  # before the panels are matched column for column
        _rejoin_spaced_names(p, here)
        _stack_panels(p)
        _join_label_halves(p)
        _context_above(here, p, out, geom.chars)
        _join_period_tail(p)
        corner_unit = _corner_cell_unit(p) if p.unit is None else None
        if corner_unit is not None:  # "(NT$bn)" over the labels
            p.unit = corner_unit[0]
        p.page_height = round(geom.height, 2)
        _drop_page_number(p, geom.height)
        _drop_continued_marks(p)
    out = [part for p in out for part in split_date_sections(p)]
    out = [part for p in out for part in split_new_headers(p)]
    out = [part for p in out for part in split_stacked_panels(p)]
    contents_page = any(_contents_heading(ln.text) for ln in lines)
    wedges = wedge_charts(geom.curves) + bar_charts(geom.bars)
    return [p for p in out if not is_contents(p, contents_page) and not _on_wedges(p, wedges)]


# A gutter between two side-by-side panels is at least this many ems wide.
PANEL_GUTTER_EM = 1.5


def _unit_phrases(lines: Sequence[_PLine]) -> list[tuple[_PLine, _Phrase]]:
    """Phrases that are a unit line of their own (``單位：新台幣佰萬元``, ``Unit: NT$ Mn``)."""
    unit_line = _lex().unit_line
    return [
        (ln, p)
        for ln in lines
        for p in _phrases(ln)
        if unit_line.match(fold_width(p.text)) and line_unit(p.text) is not None
    ]


def _free_gaps(
    spans: Sequence[tuple[float, float]], lo: float, hi: float
) -> list[tuple[float, float]]:
    """The stretches of ``(lo, hi)`` no span covers."""
    gaps: list[tuple[float, float]] = []
    edge = lo
    for x0, x1 in sorted(spans):
        if x0 > edge:
            gaps.append((edge, min(x0, hi)))
        edge = max(edge, x1)
        if edge >= hi:
            break
    if edge < hi:
        gaps.append((edge, hi))
    return [(a, b) for a, b in gaps if b > a]


def _side_panels(lines: Sequence[_PLine]) -> list[list[_PLine]]:
    """The page's lines as panels: two panels set side by side (a table beside a chart,
    two tables), each under a unit line of its own, with a gutter no glyph crosses from
    the panels' titles down to their last lines, are read apart, the left one with the
    rest of the page; else the page's lines as one panel. Read as one, the panels' rows
    share lines: one table took the chart's labels as cells and the two units were one."""
    units = _unit_phrases(lines)
    for (la, a), (lb, b) in itertools.combinations(units, 2):  # in reading order
        left, right = (a, b) if a.x1 <= b.x0 else (b, a)
        if left.x1 > right.x0:
            continue
        size = max(la.size, lb.size)
        top = min(la.top, lb.top)
        bottom = max(la.bottom, lb.bottom)
        seed = [ln for ln in lines if ln.bottom > top and ln.top < bottom]
        spans = [(p.x0, p.x1) for ln in seed for p in _phrases(ln)]
        gaps = [
            g
            for g in _free_gaps(spans, left.x1, right.x0)
            if g[1] - g[0] >= PANEL_GUTTER_EM * size
        ]
        if not gaps:
            continue
        lo, hi = max(gaps, key=lambda g: (g[1] - g[0], -g[0]))
        band = _panel_band(lines, seed, lo, hi, PANEL_GUTTER_EM * size)
        if band is None:
            continue
        first, last, hi = band[0], band[1], band[3]
        right_ids = {
            id(c)
            for ln in lines[first : last + 1]
            for c in ln.chars
            if (c["x0"] + c["x1"]) / 2 >= hi
        }
        panel = [c for ln in lines[first : last + 1] for c in ln.chars if id(c) in right_ids]
        rest = [c for ln in lines for c in ln.chars if id(c) not in right_ids]
        return [lines_from_chars(rest), lines_from_chars(panel)]
    for ln, u in units if len(units) == 1 else []:
        got = _unitless_panel(lines, ln, u)
        if got is not None:
            return got
    return [list(lines)]


# Rows of its own (a label, then two amounts or more) a panel with no unit line sets.
UNITLESS_PANEL_ROWS = 2
# Lines under the unit line whose phrases bound the gutter looked for.
UNITLESS_GUTTER_LINES = 3


def _unitless_panel(
    lines: Sequence[_PLine], ln: _PLine, unit: _Phrase
) -> list[list[_PLine]] | None:
    """The page's only unit line over the left panel, a panel with no unit line beside it
    (its own title over it, its rows on the left table's lines): a gutter no glyph
    crosses from the unit line down, the right side setting rows of its own, a label then
    amounts, on two lines or more, and a title line of words over its first row. The
    right panel is read apart and takes no unit from the left's line."""
    right_edge = max(x.x1 for x in lines)
    seed = [x for x in lines if x.bottom > ln.top and x.top < ln.bottom]
    # the gutter is looked for where the unit line and the lines right under it leave
    # room (the right panel's title may stand over the left panel's gutter)
    k = lines.index(seed[-1]) if seed else 0
    near = lines[k - len(seed) + 1 : k + UNITLESS_GUTTER_LINES + 1]
    spans = [(p.x0, p.x1) for x in near for p in _phrases(x)]
    least = PANEL_GUTTER_EM * ln.size
    for lo, hi in _free_gaps(spans, unit.x1, right_edge):
        if hi - lo < least or (band := _panel_band(lines, seed, lo, hi, least)) is None:
            continue
        first, last, hi = band[0], band[1], band[3]
        right = [[p for p in _phrases(x) if p.x0 >= hi] for x in lines[first : last + 1]]
        rows = [k for k, ph in enumerate(right) if _labelled_row(ph)]
        if len(rows) < UNITLESS_PANEL_ROWS:
            continue  # amounts right of a gutter: the left table's own columns
        if any(ph and not any(_is_data_phrase(p.text) for p in ph) for ph in right[: rows[0]]):
            return _panel_lines(lines, first, last, hi)
    return None


def _panel_lines(lines: Sequence[_PLine], first: int, last: int, hi: float) -> list[list[_PLine]]:
    """The page's lines with the glyphs right of ``hi`` on lines ``first`` … ``last`` read
    as a page of their own."""
    panel = [c for x in lines[first : last + 1] for c in x.chars if (c["x0"] + c["x1"]) / 2 >= hi]
    right_ids = {id(c) for c in panel}
    rest = [c for x in lines for c in x.chars if id(c) not in right_ids]
    return [lines_from_chars(rest), lines_from_chars(panel)]


def _panel_band(
    lines: Sequence[_PLine], seed: Sequence[_PLine], lo: float, hi: float, least: float
) -> tuple[int, int, float, float] | None:
    """The run of lines around ``seed`` that no phrase crosses between ``lo`` and ``hi``
    (narrowed as lines are added, never under ``least``), when each side holds rows of
    its own under its unit: its first and last line and the gutter."""
    seed_ids = {id(ln) for ln in seed}
    idx = [k for k, ln in enumerate(lines) if id(ln) in seed_ids]
    if not idx:
        return None

    def narrowed(k: int, lo: float, hi: float) -> tuple[float, float] | None:
        for p in _phrases(lines[k]):
            if p.x1 <= lo or p.x0 >= hi:
                continue
            # the wider stretch the phrase leaves free
            lo, hi = (p.x1, hi) if hi - p.x1 >= p.x0 - lo else (lo, p.x0)
        return (lo, hi) if hi - lo >= least else None

    for k in idx:
        got = narrowed(k, lo, hi)
        if got is None:
            return None
        lo, hi = got
    first, last = idx[0], idx[-1]
    while first > 0 and (got := narrowed(first - 1, lo, hi)) is not None:
        first -= 1
        lo, hi = got
    while last + 1 < len(lines) and (got := narrowed(last + 1, lo, hi)) is not None:
        last += 1
        lo, hi = got
    # each side sets words of its own on two lines or more under its unit (a column of
    # amounts right of a gutter is one table's, not a panel)
    under = max(ln.bottom for ln in seed)
    for side in ("left", "right"):
        worded = 0
        for ln in lines[first : last + 1]:
            if ln.top < under - 1:
                continue
            ph = [p for p in _phrases(ln) if (p.x1 <= lo if side == "left" else p.x0 >= hi)]
            if any(not _is_data_phrase(p.text) for p in ph):
                worded += 1
        if worded < 2:
            return None
    return first, last, lo, hi


# Two filled curved shapes overlapping by less than this share of the smaller one's box
# are two wedges of a chart; more is a shape and its shadow or its outline.
WEDGE_OVERLAP = 0.8
# Of a grid's value cells at least this share set on a chart's wedges: the chart's labels.
ON_WEDGES_SHARE = 0.5
# A pie's wedges together fill a circle's box: its sides differ by at most this ratio
# (swooshes and ribbons behind a slide overlap too, in a long box).
WEDGE_ASPECT = 1.25


def _box_area(b: Sequence[float]) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _meet(a: Sequence[float], b: Sequence[float]) -> float:
    return _box_area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def wedge_charts(curves: Sequence[Box]) -> list[Box]:
    """The boxes of a page's pie and donut charts: filled curved shapes (``PageGeometry
    .curves``) that overlap one another in part, as a pie's wedges do around their
    centre, in a box as wide as tall. A rounded box holds the shapes inside it, a shadow
    lies almost on its shape: neither makes a chart."""
    boxes = sorted(curves)
    group = list(range(len(boxes)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    paired: set[int] = set()
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            meet = _meet(a, b)
            small = min(_box_area(a), _box_area(b))
            if meet <= 0 or small <= 0 or meet >= WEDGE_OVERLAP * small:
                continue
            paired.update((i, j))
            group[root(j)] = root(i)
    charts: dict[int, list[Box]] = {}
    for i in sorted(paired):
        charts.setdefault(root(i), []).append(boxes[i])
    out = []
    for _, bs in sorted(charts.items()):
        x0, top, x1, bottom = hull(bs)
        w, h = x1 - x0, bottom - top
        if min(w, h) > 0 and max(w, h) <= WEDGE_ASPECT * min(w, h):
            out.append((x0, top, x1, bottom))
    return out


# A column chart's value labels stand over its bars: the chart's zone reaches this
# share of its tallest bar's height (and at least BAR_RISE_MIN points) above it.
BAR_RISE = 0.3
BAR_RISE_MIN = 20.0


def bar_charts(bars: Sequence[Box]) -> list[Box]:
    """The zones of a page's column charts (``PageGeometry.bars``: bars drawn as one
    path on one baseline), reaching up over the tallest bar to hold its value label."""
    out = []
    for x0, top, x1, bottom in sorted(bars):
        rise = max(BAR_RISE_MIN, BAR_RISE * (bottom - top))
        out.append((x0, top - rise, x1, bottom))
    return out


def _on_wedges(t: PdfTable, wedges: Sequence[Box]) -> bool:
    """A grid read from a pie's or a donut's labels (``網路產品 18%`` on its wedge): most
    of its value cells set on the chart's wedges."""
    if not wedges or not t.cell_bboxes:
        return False
    centres = [
        ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        for r, bs in zip(t.rows, t.cell_bboxes, strict=False)
        for c, b in zip(r, bs, strict=False)
        if c and b is not None and _is_data_phrase(c)
    ]
    on = sum(1 for x, y in centres if any(w[0] <= x <= w[2] and w[1] <= y <= w[3] for w in wedges))
    return bool(centres) and on >= ON_WEDGES_SHARE * len(centres)


def _join_period_tail(t: PdfTable) -> None:
    """A period set on two lines over a grid, its start alone above (``114年1月1日``,
    read as the period line) and its end under it in the label column's corner or on
    a line of its own (``至3月31日``, beside the first column's name or taken for the
    title): the two are one period, and the end names no column and titles nothing."""
    period = (t.period or "").strip()
    if not period or period[-1:] != "日" or re.search(r"[至~～]", period):
        return
    tail = _lex().period_tail
    corner = t.rows[0][0] if t.rows and t.rows[0] else None
    m = tail.match(corner or "")
    if corner is not None and m is not None:
        t.period = clean_cell_text(period + m.group(0).strip())
        t.rows[0][0] = clean_cell_text(corner[m.end() :])
        return
    title = (t.title or "").strip()
    m = tail.match(title)
    if m is not None and not title[m.end() :].strip():
        t.period = clean_cell_text(period + title)
        t.title = None


def _corner_cell_unit(t: PdfTable) -> tuple[str, str] | None:
    """The unit in the label column's corner: the first row's, or a lower header row's
    under a group name set over the amount columns only (``合併`` over ``2026 (E) 2025
    (A)``, ``(NT$bn)`` level with the lower names; under a corner that names the label
    column, ``資產負債表項目`` beside ``4Q25 3Q25 4Q24``)."""
    for row in t.rows:
        unit = _corner_text_unit(row[0]) if row and row[0] else None
        if unit is not None:
            return unit
        if not row or any(c and _data_cell(c) for c in row[1:]):
            return None  # the first row of amounts: below the header
        if row[0] and not any(c and c.strip() for c in row[1:]):
            return None  # a label of its own: below the header
    return None


def _corner_text_unit(text: str) -> tuple[str, str] | None:
    """The unit of a corner cell: the whole cell's, the bracketed unit closing the
    label column's name (``資產負債表項目 (新台幣十億元)``), or a bare scaled money unit set
    alone over the labels (``新台幣百萬元``, ``in NT$ Mn``, ``NT$ M``): a corner names no
    row, so money with a scale there is the amounts' unit."""
    unit = line_unit(text)
    if unit is None:
        m = _CORNER_UNIT_RE.search(text)
        unit = line_unit(m.group()) if m is not None and m.start() > 0 else None
    if unit is None:
        bare = clean_cell_text(_lex().corner_unit_lead.sub("", text, count=1))
        unit = _scaled_money_unit(bare) or _bilingual_unit(bare)
    return unit


def _scaled_money_unit(text: str) -> tuple[str, str] | None:
    """``text`` when it is a money unit with a scale (``新台幣百萬元``, ``NT$ M``)."""
    info = parse_unit(text) if text else None
    if info is not None and info.kind == "money" and info.multiplier != 1.0:
        return text, ""
    return None


def _bilingual_unit(text: str) -> tuple[str, str] | None:
    """A unit written in English and again in Chinese (``NT$ million 新台幣百萬元``, a
    bilingual deck's corner): its English half, when both halves name the same money at
    the same scale."""
    m = _BILINGUAL_UNIT_RE.match(text)
    if m is None:
        return None
    halves = [parse_unit(m[h].strip()) for h in ("a", "b")]
    if any(u is None or u.kind != "money" or u.multiplier == 1.0 for u in halves):
        return None
    a, b = halves
    assert a is not None and b is not None
    if (a.base_unit, a.multiplier) != (b.base_unit, b.multiplier):
        return None
    return m["a"].strip(), ""


_CORNER_UNIT_RE = re.compile(r"[(（][^()（）]+[)）]\s*$")
# An English unit, then the same in Chinese (`NT$ million 新台幣百萬元`).
_BILINGUAL_UNIT_RE = re.compile(
    r"(?P<a>[\x20-\x7e]*[A-Za-z][\x20-\x7e]*?)\s*(?P<b>[^\x00-\x7f].*)$"
)


# Lines of text beside a block of amounts that make it a side block (bullets beside a
# slide's table), and the em-widths of the gutter between them.
BESIDE_LINES = 1
GUTTER_EM = 1.0


def _beside_removed(lines: Sequence[_PLine]) -> list[_PLine]:
    """The page's lines without the text set beside a block of amounts.

    A slide sets its bullets in a column of their own beside a table (``強化財務結構`` /
    ``-平衡利率/匯率風險`` left of ``Debt ratio 67.9% 57.9% …``): their lines stand between
    the table's, so the table read them as rows and its label column as theirs. Text is
    set aside when a gutter no glyph crosses runs between it and the block's labelled
    rows (its header two lines above, a line below), it holds no amount, a line of it
    stands among the rows on its own, and at most half the block's rows share a line
    with it: a table's own labels stand on every row."""
    side: set[int] = set()
    for block in _amount_blocks(lines):
        side |= _beside_block(lines, block)
    if not side:
        return list(lines)
    return lines_from_chars([c for ln in lines for c in ln.chars if id(c) not in side])


def _amount_blocks(lines: Sequence[_PLine]) -> list[list[int]]:
    """Runs of lines with two amounts or more, each a few lines from the one before."""
    blocks: list[list[int]] = []
    for k, ln in enumerate(lines):
        if sum(1 for p in _phrases(ln) if _is_data_phrase(p.text)) < 2:
            continue
        if blocks and ln.top - lines[blocks[-1][-1]].bottom <= 2.5 * ln.size:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks


def _beside_block(lines: Sequence[_PLine], block: Sequence[int]) -> set[int]:
    size = statistics.median(lines[k].size for k in block)
    top = lines[block[0]].top - 2 * size
    bottom = lines[block[-1]].bottom + size
    window = [ln for ln in lines if ln.bottom > top and ln.top < bottom]
    spans = sorted((p.x0, p.x1) for ln in window for p in _phrases(ln))
    edge = spans[0][1]
    found: set[int] = set()
    for x0, x1 in spans[1:]:
        if x0 - edge >= GUTTER_EM * size:
            # the last gutter that sets text aside: the one next to the table's labels
            found = _side_of(window, [lines[k] for k in block], edge, x0) or found
        edge = max(edge, x1)
    return found


def _labelled_row(ph: Sequence[_Phrase]) -> bool:
    """A row's own label, then two amounts or more and nothing else: a label set in halves
    over and under its row is the table's own and leaves the row none; a header's level
    numbers stand between its words (``第 1 等級 第 2 等級``)."""
    data = [_is_data_phrase(p.text) for p in ph]
    first = data.index(True) if True in data else 0
    return first > 0 and all(data[first:]) and len(data) - first >= 2


def _side_of(
    window: Sequence[_PLine], rows: Sequence[_PLine], left: float, right: float
) -> set[int]:
    """The glyphs left of the gutter ``(left, right)``, if they make a side block."""
    beside = [ln for ln in window if any(p.x1 <= left for p in _phrases(ln))]
    sharing = [ln for ln in rows if ln in beside]
    amounts_right = all(_labelled_row([p for p in _phrases(ln) if p.x0 >= right]) for ln in rows)
    # an amount on the left (a code, a number of two digits or more) makes it a table's
    texty = not any(
        p.x1 <= left and _is_data_phrase(p.text) and len(p.text) > 1
        for ln in window
        for p in _phrases(ln)
    )
    # lines of its own among the rows (a period line over the header is no side text)
    first = rows[0].top - 1.5 * rows[0].size
    own = [ln for ln in beside if ln not in sharing and ln.top >= first]
    if not (amounts_right and texty and len(own) >= BESIDE_LINES and 2 * len(sharing) <= len(rows)):
        return set()
    return {id(c) for ln in beside for c in ln.chars if c["x1"] <= left + 0.5}


# A statement's name line: ``個體權益變動表``, ``合併權益變動表（續）``.
_STATEMENT_NAME_MAX = 16


def _statement_head(lines: Sequence[_PLine]) -> list[_PLine]:
    """The lines from the nearest statement's name among ``lines`` to their end (its
    period and unit lines under it); none without such a name."""
    lex = _lex()
    for k in range(len(lines) - 1, -1, -1):
        text = clean_cell_text(fold_width(lines[k].text))
        if (
            len(text.replace(" ", "")) <= _STATEMENT_NAME_MAX
            and lex.statement_title.search(text)
            and not any(p in text for p in "。，；")
        ):
            return list(lines[k:])
    return []


def _contents_heading(text: str) -> bool:
    """A short line holding a contents word (§目　　錄§, 項目 頁次, Contents)."""
    key = re.sub(r"[\W_]+", "", fold_width(text)).casefold()
    return len(key) <= 8 and _lex().contents_words.search(key) is not None


def is_contents(t: PdfTable, contents_page: bool = False) -> bool:
    """A table of contents (titles with page numbers), which is not a table: a contents
    word (目錄, 頁次) in its title or first rows, a contents heading on its page, or dot
    leaders closing most of its labels (a contents page continued past its heading's),
    and every number in it a page reference, ascending down one column."""
    lex = _lex()
    head = [t.title or "", t.caption or "", *(c or "" for r in t.rows[:2] for c in r)]
    key = re.sub(r"\s+", "", fold_width(" ".join(head))).casefold()
    labels = [(r[0] or "").strip() for r in t.rows if r and (r[0] or "").strip()]
    led = sum(1 for x in labels if lex.contents_leader.search(x))
    if (
        not contents_page
        and not lex.contents_words.search(key)
        and not (led >= 2 and 2 * led >= len(labels))
    ):
        return False
    pages: dict[int, list[int]] = {}
    for r in t.rows:
        for j, c in enumerate(r[1:], start=1):
            text = fold_width(c or "").strip()
            first = text.split()[0] if text else ""  # "8～30 一～十三": page, then note numbers
            if lex.contents_page_ref.match(first):
                pages.setdefault(j, []).append(int(re.match(r"\d+", first).group()))  # type: ignore[union-attr]
            elif (cv := parse_cell(text)) is not None and cv.value is not None:
                return False  # an amount: a real table that happens to list pages
    return any(
        len(ps) >= 2 and all(a <= b for a, b in itertools.pairwise(ps)) for ps in pages.values()
    )


def _headless(t: PdfTable) -> bool:
    """A grid whose first row already holds amounts: its header, if any, is not ruled in."""
    return bool(t.rows) and any(
        c and _is_data_phrase(c) and not is_account_code(c) for c in t.rows[0][1:]
    )


def _column_edges(t: PdfTable) -> list[float]:
    return sorted({round(b[0]) for bs in t.cell_bboxes for b in bs if b} | {round(t.bbox[2])})


def _join_blocks(tables: list[PdfTable], lines: Sequence[_PLine]) -> list[PdfTable]:
    """Ruled grids stacked close under one another with the same column rules, the lower
    one without a header of its own, are one table drawn as separate blocks."""
    out: list[PdfTable] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is None or prev.strategy != "lines" or t.strategy != "lines":
            out.append(t)
            continue
        gap = t.bbox[1] - prev.bbox[3]
        between = [ln for ln in lines if prev.bbox[3] - 1 <= ln.top and ln.bottom <= t.bbox[1] + 1]
        size = statistics.median([ln.size for ln in lines]) if lines else 10.0
        a, b = _column_edges(prev), _column_edges(t)
        same = len(a) == len(b) and all(abs(x - y) <= size for x, y in zip(a, b, strict=True))
        if not same or not 0 <= gap <= 3 * size or between or not _headless(t):
            out.append(t)
            continue
        prev.rows = [*prev.rows, *t.rows]
        prev.cell_bboxes = [*prev.cell_bboxes, *t.cell_bboxes]
        prev.bbox = (prev.bbox[0], prev.bbox[1], max(prev.bbox[2], t.bbox[2]), t.bbox[3])
    return out


def _header_above(lines: Sequence[_PLine], t: PdfTable) -> None:
    """Column headers set above a ruled grid that frames only its body (a slide's period
    headers over the blocks): the lines right above it whose phrases stand over its
    columns, joined per column into one header row."""
    if t.strategy != "lines" or not _headless(t) or not t.cell_bboxes:
        return
    ncol = max(len(bs) for bs in t.cell_bboxes)
    spans: list[tuple[float, float] | None] = []
    for j in range(ncol):
        col = [b for bs in t.cell_bboxes if j < len(bs) and (b := bs[j]) is not None]
        spans.append((col[0][0], min(b[2] for b in col)) if col else None)
    x0, top, x1, _ = t.bbox
    head: list[_PLine] = []
    edge = top
    for ln in reversed([ln for ln in lines if ln.bottom <= top + 1]):
        if edge - ln.bottom > 1.5 * ln.size:
            break
        ph = _phrases(ln)
        inside = ln.x0 >= x0 - 2 and ln.x1 <= x1 + 2
        if not inside or len(ph) < 2 or any(_is_data_phrase(p.text) for p in ph):
            break
        head.insert(0, ln)
        edge = ln.top
    if not head:
        return
    texts = [""] * ncol
    for ln in head:
        for p in _phrases(ln):
            ov = [_overlap(p.x0, p.x1, *sp) if sp else -1.0 for sp in spans]
            j = ov.index(max(ov))
            texts[j] = _join_text(texts[j], p.text)
    if sum(1 for x in texts[1:] if x) < 2:
        return
    h_top, h_bottom = head[0].top, head[-1].bottom
    t.rows = [list(texts), *t.rows]
    t.cell_bboxes = [
        [_round_box((sp[0], h_top, sp[1], h_bottom)) if sp else None for sp in spans],
        *t.cell_bboxes,
    ]
    t.bbox = _round_box((x0, h_top, x1, t.bbox[3]))


_ORDINAL = re.compile(r"\d{1,3}")


def _label_rows(got: Sequence[tuple[_PLine, list[_Phrase], bool]]) -> int:
    """Data lines that start with a label (a statement's or a KPI table's rows do; a
    chart's axis ticks and data labels do not). Row numbers counting up by one down the
    first column (a deck's monthly table: ``1 52,215,347 …``, ``2 42,346,181 …``; an
    item number column) label their rows too, as does a name right after a row number."""
    n = 0
    previous: int | None = None  # the row number of the line before, if it had one
    counted = False  # whether that line was counted as part of a run of row numbers
    for k, (_, ph, data) in enumerate(got):
        if data and ph and _is_data_phrase(ph[0].text) and _label_beside(got, k, ph[0].x0):
            n += 1  # a slide's label cell set on two lines around its values
            previous, counted = None, False
            continue
        first = next((p for p in ph if not is_account_code(p.text)), None) if data else None
        number = None
        if first is not None and _ORDINAL.fullmatch(first.text) and len(ph) > 1:
            number = int(first.text)
        labelled = first is not None and not _is_data_phrase(first.text)
        if number is not None and first is not None and not labelled:
            # an item number, then a name (``0 統一企業(股)公司 統昶行銷(股)公司 1 銷貨
            # $ 10,884,796``: one party's number on each of its rows, repeated, not counting
            # up): the name labels the row
            after = ph[ph.index(first) + 1 :]
            labelled = bool(after) and not _is_data_phrase(after[0].text)
        if labelled or (data and _under_merged_label(got, k)):
            n += 1
        elif number is not None and previous is not None and number == previous + 1:
            n += 1 if counted else 2
            counted = True
            previous = number
            continue
        previous, counted = number, False
    return n


MERGED_LABEL_CELLS = 3  # amounts a row under a merged label sets under the row above's


def _under_merged_label(got: Sequence[tuple[_PLine, list[_Phrase], bool]], k: int) -> bool:
    """A row with no label right under a labelled row, every cell of it ending where one
    of that row's cells ends (a grant's second tranche, ``539 113.10.11 …`` under
    ``112.05.30 1,400 490 113.10.11 …``): the label cell is merged over both rows."""
    if k == 0:
        return False
    ln, ph = got[k][0], got[k][1]
    above_ln, above, data = got[k - 1]
    if not data or len(ph) < MERGED_LABEL_CELLS or len(above) <= len(ph):
        return False
    if ln.top - above_ln.bottom > ln.size or ph[0].x0 <= above[0].x1:
        return False
    return all(any(abs(p.x1 - a.x1) <= ln.size / 2 for a in above[1:]) for p in ph)


def _label_beside(got: Sequence[tuple[_PLine, list[_Phrase], bool]], k: int, x: float) -> bool:
    """A label line just above or below data line ``k`` that overlaps it in height and
    stands wholly left of its first amount (``Cape`` / ``8.0 6.8 …`` / ``(110,000+)``)."""
    ln = got[k][0]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(got) or got[j][2]:
            continue
        other, ph, _ = got[j]
        if ph and ph[-1].x1 < x and other.bottom > ln.top and other.top < ln.bottom:
            return True
    return False


def _texty(cells: Sequence[str | None]) -> bool:
    vals = [c for c in cells if c]
    return bool(vals) and sum(1 for c in vals if not _data_cell(c)) >= 0.8 * len(vals)


def _dated_cell(text: str) -> bool:
    """A cell that is nothing but a date or a year (``117年1月``, ``113.3.31``, ``2027``,
    also letter-spaced: ``1 1 7 年 1 月``): the date is read as a period line's is."""
    return _is_year(text) or _solid_date(text) is not None


def _data_cell(text: str) -> bool:
    """An amount, or several set in one cell (``$ - －``: two columns of nothing)."""
    parts = re.sub(r"([$＄])\s+", r"\1", text).split()
    return _is_data_phrase(text) or (bool(parts) and all(_is_data_phrase(x) for x in parts))


def _date_section(cells: Sequence[str | None]) -> bool:
    """A row that is nothing but a date in the label column (``113.03.31``,
    ``112年12月31日``): the section line opening one date's block under a shared header."""
    label = (cells[0] or "").strip() if cells else ""
    if not label or any(c and c.strip() for c in cells[1:]):
        return False
    dates = _dates_in(label)
    return len(dates) == 1 and re.sub(r"\s+", "", fold_width(label)) in dates


def split_date_sections(t: PdfTable) -> list[PdfTable]:
    """One table per date block: a grid whose column names stand once over blocks
    each opened by a line holding only its date (a maturity analysis: ``113.03.31`` /
    rows / ``112.12.31`` / rows) is one table per date, each under the shared header
    (its cells keep their own text and boxes; the header's cells are those of the
    first block, the title that of the whole) with its date as its period; a block
    that sets its column names again under its date keeps its own. The first block
    must open with its date too, or stand under a period line naming one date only,
    so a single dated row never cuts a table."""
    rows = t.rows
    data = [i for i, r in enumerate(rows) if any(c and _data_cell(c) for c in r[1:])]
    if not data:
        return [t]
    first = data[0]
    opens = [i for i in range(first) if _date_section(rows[i])]
    cuts = [i for i in range(first + 1, len(rows)) if _date_section(rows[i])]
    # A date alone on its line, anywhere over the columns, with the column names set
    # again under it: the next date's block (Phison p. 16's factored receivables per
    # date); the first block's date may stand in its header, read into a name.
    again = [i for i in range(first + 1, len(rows)) if _repeats_header(rows, i, first, data)]
    if again and not cuts and not opens:
        return _split_repeated(t, first, again, data)
    if not opens and not (cuts and t.period and _date_section([t.period])):
        return [t]
    if not cuts:  # one block: its date is the table's period
        t.period = t.period or (rows[opens[-1]][0] or "").strip()
        return [t]
    head = opens[-1] if opens else first
    if any(_date_section(r) or any(c and _data_cell(c) for c in r[1:]) for r in rows[:head]):
        return [t]
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else [[] for _ in rows]
    bounds = [head, *cuts, len(rows)]
    parts: list[PdfTable] = []
    for n, (a, b) in enumerate(itertools.pairwise(bounds)):
        own = [i for i in data if a <= i < b]
        if not own:
            return [t]  # a date line with no amounts under it: no block of its own
        body = [c for r in boxes[a:b] for c in r if c is not None]
        top = t.bbox[1] if n == 0 else min(c[1] for c in body) if body else t.bbox[1]
        bottom = (
            t.bbox[3]
            if n == len(bounds) - 2
            else min(
                (c[1] for c in (x for r in boxes[b : b + 1] for x in r) if c is not None),
                default=t.bbox[3],
            )
        )
        # Column names set again under the block's date: the block's own header.
        shared = 0 if n and any(sum(1 for c in r if c) >= 2 for r in rows[a + 1 : own[0]]) else head
        part = t.model_copy(deep=True)
        # Over its own names the date is the period, not a row above the header.
        lo = a + 1 if n and not shared else a
        part.rows = [list(r) for r in rows[:shared]] + [list(r) for r in rows[lo:b]]
        if t.cell_bboxes:
            part.cell_bboxes = [list(r) for r in boxes[:shared]] + [list(r) for r in boxes[lo:b]]
        part.bbox = (t.bbox[0], top, t.bbox[2], max(top, bottom))
        if n or opens:
            part.period = (rows[a][0] or "").strip()  # the block's own date
        parts.append(part)
    return parts


NEW_HEADER_LINES = 3  # lines of a stacked table's own column names, over its first amounts


def _names_row(row: Sequence[str | None], values: Sequence[int]) -> bool:
    """A line naming two value columns or more in words (``FY26 Prior Guidance | FY26
    Guidance``, ``GAAP | Less Share-Based | Non-GAAP``), no amount nor nil on it."""
    cells = [c for c in row[1:] if c and c.strip()]
    named = [row[j] or "" for j in values if j < len(row) and (row[j] or "").strip()]
    return (
        len(named) >= 2
        and not any(_data_cell(c) for c in cells)
        and all(_word_name(c) for c in named)
    )


def _word_name(text: str) -> bool:
    """A column's name in words: no figure, range (``38.77~39.50``), date (``112年5月
    31日``: a row of a term sheet) nor note mark."""
    solid = re.sub(r"\s+", "", fold_width(text))
    mark = _lex().cell_marker.search(solid)
    if (mark is not None and mark.start() == 0) or _marker_word(solid):
        return False  # ``(註1)`` under a row's cells marks them
    return parse_value_cell(text) is None and not _dated_cell(text) and not _dates_in(solid)


def split_new_headers(t: PdfTable) -> list[PdfTable]:
    """Two tables stacked on one slide, read as one grid: the second sets its own column
    names (words, not the first's dates: ``Annual Guidance | FY26 Prior Guidance | FY26
    Guidance`` under the quarter's guidance; ``Effective Tax Rates`` over ``GAAP | Less
    QSI | … | Non-GAAP`` under the operating expenses) between two runs of amounts. Each
    is a table: the second's names are its header, a one-cell line over them its title.
    A section line (``流動負債``) names no value column and cuts nothing."""
    rows = t.rows
    if t.strategy == "lines":  # a ruled grid: stacked tables are ruled apart
        return [t]
    data = [i for i, r in enumerate(rows) if any(c and _data_cell(c) for c in r[1:])]
    if len(data) < 2:
        return [t]
    ncol = min(len(r) for r in rows)
    # value columns: an amount on some row (a name column's rows hold words only)
    values = [j for j in range(1, ncol) if any(_data_cell(rows[i][j] or "") for i in data)]
    names = _column_names(rows[: data[0]], ncol)
    cut_at: int | None = None
    head_at = 0
    for i in range(data[0] + 1, data[-1]):
        if i in data or not _names_row(rows[i], values):
            continue
        nxt = next(k for k in data if k > i)
        if nxt - i > NEW_HEADER_LINES or any(not any(r[1:]) for r in rows[i:nxt]):
            continue
        again = _column_names(rows[i:nxt], ncol)
        if again == names or _restated_header(names, again):
            continue  # the first table's names set again: one table going on
        lo = i
        while lo - 1 > data[0] and lo - 1 not in data and sum(1 for c in rows[lo - 1] if c) == 1:
            lo -= 1  # its title line (or lines) over the names
        cut_at, head_at = lo, i
        break
    if cut_at is None:
        return [t]
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else []
    first = t.model_copy(deep=True)
    first.rows = [list(r) for r in rows[:cut_at]]
    second = t.model_copy(deep=True)
    second.rows = [list(r) for r in rows[head_at:]]
    titles = [clean_cell_text(next(c for c in r if c)) for r in rows[cut_at:head_at]]
    if boxes:
        first.cell_bboxes = [list(r) for r in boxes[:cut_at]]
        second.cell_bboxes = [list(r) for r in boxes[head_at:]]
        top = [c[1] for r in boxes[cut_at:] for c in r if c is not None]
        mid = min(top, default=t.bbox[3])
        first.bbox = (t.bbox[0], t.bbox[1], t.bbox[2], mid)
        second.bbox = (t.bbox[0], mid, t.bbox[2], t.bbox[3])
    if titles:
        second.title = " ".join(titles)
        second.caption = None
    _one_header_row(second, next(k for k in data if k > head_at) - head_at)
    return [first, *split_new_headers(second)]


def _blank_row(row: Sequence[str | None]) -> bool:
    return not any(c and c.strip() for c in row)


def _stub_label(row: Sequence[str | None]) -> str:
    return re.sub(r"\s+", "", fold_width(row[0] or "")) if row else ""


def split_stacked_panels(t: PdfTable) -> list[PdfTable]:
    """Two panels stacked in one ruled grid (a box between them joins their frames into
    one pdfplumber table): a band of rows holding no text across the grid's whole width,
    between two runs of amounts, after which either the header row is set again (the
    panel's unit or title row repeats: it is the lower panel's own header) or the upper
    panel's first row label opens the lower one again (``TIFRS`` / ``調節項目`` /
    ``Non-TIFRS`` for the operating income, then again for the net income): the lower
    panel takes the upper's column names, which it shares column for column. A blank
    band inside one statement is followed by other labels and cuts nothing."""
    rows = t.rows
    if t.strategy != "lines" or len(rows) < 5:
        return [t]
    ncol = min(len(r) for r in rows)
    if ncol < 3 or any(len(r) != ncol for r in rows):
        return [t]
    data = [i for i, r in enumerate(rows) if any(c and _data_cell(c) for c in r[1:])]
    if len(data) < 2 or data[0] == 0:
        return [t]
    head = rows[: data[0]]
    names = _column_names(head, ncol)
    if sum(1 for n in names[1:] if n) < 2:
        return [t]  # no column names to share
    first_label = _stub_label(rows[data[0]])
    cut: int | None = None
    own_head = False
    for i in range(data[0] + 1, data[-1]):
        if not _blank_row(rows[i]) or _blank_row(rows[i - 1]):
            continue  # not where a band of blank rows starts
        nxt = next((k for k in range(i + 1, len(rows)) if not _blank_row(rows[k])), None)
        if nxt is None or nxt > data[-1]:
            break
        again = _column_names(rows[nxt : nxt + len(head)], ncol)
        if nxt not in data and (again == names or _restated_header(names, again)):
            cut, own_head = nxt, True
            break
        if nxt in data and first_label and _stub_label(rows[nxt]) == first_label:
            cut = nxt
            break
    if cut is None:
        return [t]
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else []
    upper_end = max(k for k in data if k < cut) + 1
    upper = t.model_copy(deep=True)
    upper.rows = [list(r) for r in rows[:upper_end]]
    lower = t.model_copy(deep=True)
    lower.rows = [list(r) for r in rows[cut:]]
    if boxes:
        upper.cell_bboxes = [list(r) for r in boxes[:upper_end]]
        lower.cell_bboxes = [list(r) for r in boxes[cut:]]
    if not own_head:  # the upper panel's column names over the lower panel's amounts
        lower.rows = [list(r) for r in head] + lower.rows
        if boxes:
            lower.cell_bboxes = [list(r) for r in boxes[: data[0]]] + lower.cell_bboxes
    if boxes:
        bottom = [c[3] for r in boxes[:upper_end] for c in r if c is not None]
        top = [c[1] for r in boxes[cut:] for c in r if c is not None]
        upper.bbox = (t.bbox[0], t.bbox[1], t.bbox[2], max(bottom, default=t.bbox[3]))
        lower.bbox = (t.bbox[0], min(top, default=t.bbox[1]), t.bbox[2], t.bbox[3])
    lower.caption = None
    return [upper, *split_stacked_panels(lower)]


def _label_only(row: Sequence[str | None]) -> bool:
    return bool(row) and bool(row[0]) and not _data_cell(row[0] or "") and not any(row[1:])


def _overlaps(a: Box | None, b: Box | None) -> bool:
    return a is not None and b is not None and a[3] > b[1] and a[1] < b[3]


def _join_label_halves(t: PdfTable) -> None:
    """A slide's label cell set on two lines, one above and one below its row's values
    (``Cape`` / ``8.0 6.8 …`` / ``(110,000+)``), reads as three rows: join the label lines
    that overlap the values row in height into that row's label."""
    if len(t.cell_bboxes) != len(t.rows):
        return
    rows, boxes = t.rows, t.cell_bboxes
    out_rows: list[list[str | None]] = []
    out_boxes: list[list[Box | None]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        values = bool(row) and sum(1 for c in row[1:] if c and _data_cell(c)) >= 2
        vbox = next((b for b in boxes[k][1:] if b is not None), None) if values else None
        above = (
            vbox is not None
            and not row[0]
            and out_rows
            and _label_only(out_rows[-1])
            and _overlaps(out_boxes[-1][0], vbox)
        )
        below = (
            vbox is not None
            and k + 1 < len(rows)
            and _label_only(rows[k + 1])
            and _overlaps(boxes[k + 1][0], vbox)
        )
        if not (above or below):
            out_rows.append(list(row))
            out_boxes.append(list(boxes[k]))
            k += 1
            continue
        parts: list[str] = []
        part_boxes: list[Box] = []
        if above:
            parts.append(out_rows.pop()[0] or "")
            b = out_boxes.pop()[0]
            part_boxes += [b] if b is not None else []
        elif row[0]:
            # the upper line was already read into the values' row (a wrapped label)
            parts.append(row[0])
            b = boxes[k][0]
            part_boxes += [b] if b is not None else []
        if below:
            parts.append(rows[k + 1][0] or "")
            b = boxes[k + 1][0]
            part_boxes += [b] if b is not None else []
        label_box = hull(part_boxes) if part_boxes else None
        out_rows.append([" ".join(parts), *row[1:]])
        out_boxes.append([label_box, *boxes[k][1:]])
        k += 2 if below else 1
    t.rows, t.cell_bboxes = out_rows, out_boxes


def _join_glyph_column(t: PdfTable, lines: Sequence[_PLine]) -> None:
    """A label column cut in two by letter-spaced names set over its left edge (``資``
    ... ``產`` over the labels, ``資　產　總　計``): the column opened for their lone
    first glyphs holds nothing else, while labels of the grid run from inside its reach
    on into the label column (``流動資產`` set at the same left edge). Each glyph is its
    row's label's first character: the two columns are one (``資產``, ``資產總計``)."""
    rows, boxes = t.rows, t.cell_bboxes
    ncol = len(rows[0]) if rows else 0
    if len(boxes) != len(rows) or any(
        len(r) != ncol or len(bs) != ncol for r, bs in zip(rows, boxes, strict=True)
    ):
        return
    # header lines: above the first row holding an amount
    first = next(
        (i for i, r in enumerate(rows) if any(c and _is_data_phrase(c) for c in r)), len(rows)
    )
    for j in range(ncol - 1):
        cells = [r[j] for r in rows]
        own = [i for i, c in enumerate(cells) if c and c.strip()]
        # a cell covering the column from its left (None) must cover the next one too;
        # a None with nothing but None left of it is a header cell covered from above
        if not own or any(
            c is None and r[j + 1] is not None and any(x is not None for x in r[:j])
            for c, r in zip(cells, rows, strict=True)
        ):
            continue
        if any(len(x := (cells[i] or "").strip()) != 1 or not _IDEOGRAPH_RE.match(x) for i in own):
            continue
        # a header's glyph may stand over an empty label cell (``資`` of ``資　　產``,
        # whose ``產`` the amount column's name took); a body glyph starts its label
        if any(
            (not (n := rows[i][j + 1]) and i >= first)
            or (n and not _IDEOGRAPH_RE.match(n.strip()[:1]))
            for i in own
        ):
            continue
        reach = max((gb[2] for i in own if (gb := boxes[i][j]) is not None), default=None)
        start = min((lb[0] for r in boxes if (lb := r[j + 1]) is not None), default=None)
        if reach is None or start is None or start < reach:
            continue
        top, bottom = t.bbox[1], t.bbox[3]
        straddle = any(
            ph.x0 < reach and ph.x1 > start and _IDEOGRAPH_RE.match(ph.text[:1])
            for ln in lines
            if top <= ln.top and ln.bottom <= bottom
            for ph in _phrases(ln)
        )
        if not straddle:
            continue
        if j:
            _take_back_tail_glyphs(t, j, lines)
        for i, (r, bs) in enumerate(zip(rows, boxes, strict=True)):
            glyph = (r[j] or "").strip()
            nxt = r[j + 1]
            if glyph and not nxt and j + 2 < ncol and (gb := bs[j]) is not None:
                glyph += _glyph_partner(t, i, j + 2, gb, first, lines)
            r[j + 1] = (glyph + nxt.strip() if nxt else glyph) if glyph else nxt
            pair = [x for x in (bs[j], bs[j + 1]) if x is not None]
            bs[j + 1] = hull(pair) if glyph and pair else bs[j + 1]
            del r[j]
            del bs[j]
        return


# A header name set letter-spaced (justified over its column): its glyphs at least this
# share of the font size apart, each gap within ``_SPACED_SLACK`` of the first (a
# justified line sets one pitch exactly; a name beside it at its own spacing differs).
_SPACED_GAP = 0.5
_SPACED_SLACK = 0.1


def _spaced_runs(ln: _PLine) -> list[list[dict[str, Any]]]:
    """The letter-spaced names on a line: three ideographs or more in a row, set one
    pitch apart, the space between them against the font size wide (``收　　入　　類　　型``).
    Measured from each glyph's right edge: an engine's loose boxes reach left of the ink
    by varying amounts, never past where the glyph's advance ends."""
    size = ln.size
    chars = sorted(ln.chars, key=lambda c: (float(c["x1"]), float(c["x0"])))
    runs: list[list[dict[str, Any]]] = []
    run: list[dict[str, Any]] = []
    pitch = 0.0
    for c in chars:
        if _IDEOGRAPH_RE.match(str(c["text"])):
            if run:
                gap = float(c["x1"]) - float(run[-1]["x1"]) - size
                if gap >= _SPACED_GAP * size and (
                    len(run) == 1 or abs(gap - pitch) <= _SPACED_SLACK * size
                ):
                    pitch = gap if len(run) == 1 else pitch
                    run.append(c)
                    continue
            if len(run) >= 3:
                runs.append(run)
            run, pitch = [c], 0.0
            continue
        if len(run) >= 3:
            runs.append(run)
        run, pitch = [], 0.0
    if len(run) >= 3:
        runs.append(run)
    return runs


def _rejoin_spaced_names(t: PdfTable, lines: Sequence[_PLine]) -> None:
    """A header's letter-spaced name whose last glyphs, spread by the justification up to
    the next column, went into that column's name (``收入類 | 114年1月1日型至…``,
    ``關係人名 | 稱 114年3月31日``, ``帳列 | 項目關係人類別``): glyphs of one pitch on one
    line are one name, and those that stand left of every cell under the next column's
    name belong to the name on their left, never to that column."""
    rows, boxes = t.rows, t.cell_bboxes
    if len(boxes) != len(rows) or any(len(r) != len(bs) for r, bs in zip(rows, boxes, strict=True)):
        return
    first = next(
        (i for i, r in enumerate(rows) if any(c and _is_data_phrase(c) for c in r)), len(rows)
    )
    for i in range(first):
        row = rows[i]
        held = [b for b in boxes[i] if b is not None]
        if not held:
            continue
        top, bottom = min(b[1] for b in held), max(b[3] for b in held)
        for ln in lines:
            if not (top - 0.5 <= (ln.top + ln.bottom) / 2 <= bottom + 0.5):
                continue
            for run in _spaced_runs(ln):
                name = "".join(str(c["text"]) for c in run)
                for j in range(len(row) - 1):
                    body = [b[0] for bs in boxes[first:] if (b := bs[j + 1]) is not None]
                    left, right = (row[j] or "").strip(), row[j + 1] or ""
                    if not body or not left:
                        continue
                    k = next((k for k in range(len(name) - 1, 0, -1) if left.endswith(name[:k])), 0)
                    tail = name[k:]
                    if (
                        not k
                        or right.count(tail) != 1
                        or any(float(c["x1"]) > min(body) + 0.5 for c in run[k:])
                    ):
                        continue
                    row[j] = left + tail
                    row[j + 1] = clean_cell_text(right.replace(tail, "", 1)) or ""
                    break


def _glyph_partner(
    t: PdfTable,
    i: int,
    k: int,
    gb: tuple[float, float, float, float],
    first: int,
    lines: Sequence[_PLine],
) -> str:
    """A header's letter-spaced name (``資　　　產``) whose last glyph stands just left
    of the amounts and went into their column's name (``114年3月31日產金額``): the
    ideograph on the first glyph's line, left of every amount of column ``k``, comes out
    of that name and is returned (the label column's name is ``資產``)."""
    cell = t.rows[i][k]
    body = [b[0] for r in t.cell_bboxes[first:] if k < len(r) and (b := r[k]) is not None]
    if not cell or not body:
        return ""
    left = min(body)
    for ln in lines:
        if not (gb[1] - 0.5 <= ln.top and ln.bottom <= gb[3] + 0.5) or not any(
            gb[0] - 0.5 <= c["x0"] and c["x1"] <= gb[2] + 0.5 and _IDEOGRAPH_RE.match(c["text"])
            for c in ln.chars
        ):
            continue
        partner = [
            c["text"]
            for c in ln.chars
            if gb[2] < c["x0"] and c["x1"] <= left and _IDEOGRAPH_RE.match(c["text"])
        ]
        if len(partner) == 1 and partner[0] in cell:
            t.rows[i][k] = clean_cell_text(cell.replace(partner[0], "", 1)) or None
            return str(partner[0])
    return ""


def _take_back_tail_glyphs(t: PdfTable, j: int, lines: Sequence[_PLine]) -> None:
    """A name run on from the column before into the glyph column (``代碼資`` over the
    code column, its ``資`` standing over the glyph column, read as one at one pitch):
    its last ideograph, set inside the glyph column's reach, moves into that column."""
    reach = [b for r in t.cell_bboxes if (b := r[j]) is not None]
    x0, x1 = min(b[0] for b in reach), max(b[2] for b in reach)
    for r, boxes in zip(t.rows, t.cell_bboxes, strict=True):
        text = (r[j - 1] or "").rstrip()
        if r[j] != "" or len(text) < 2 or not _IDEOGRAPH_RE.match(text[-1]):
            continue
        tops = [b for b in boxes if b is not None]
        if not tops:
            continue
        top, bottom = min(b[1] for b in tops), max(b[3] for b in tops)
        inside = any(
            c["text"] == text[-1] and x0 - 0.5 <= c["x0"] and c["x1"] <= x1 + 0.5
            for ln in lines
            if top - 0.5 <= ln.top and ln.bottom <= bottom + 0.5
            for c in ln.chars
        )
        if inside:
            r[j - 1], r[j] = text[:-1].rstrip(), text[-1]


def _solid_date(text: str | None) -> str | None:
    """The date a cell holds and nothing else (``112.12.31``), spaces removed."""
    solid = re.sub(r"\s+", "", fold_width(text or ""))
    return solid if solid and _dates_in(solid) == {solid} else None


def _column_names(rows: Sequence[Sequence[str | None]], ncol: int) -> list[str]:
    """Each column's header text over some rows, joined, spaces and dates removed."""
    out = []
    for j in range(ncol):
        text = "".join(r[j] or "" for r in rows if j < len(r))
        solid = re.sub(r"\s+", "", fold_width(text))
        for d in _dates_in(solid):
            solid = solid.replace(d, "")
        out.append(solid)
    return out


def _repeats_header(
    rows: Sequence[Sequence[str | None]], i: int, first: int, data: Sequence[int]
) -> bool:
    """Row ``i`` holds one date and nothing else, and the rows between it and the next
    amounts name the columns as the table's header does (dates aside)."""
    cells = [c for c in rows[i] if c and c.strip()]
    if len(cells) != 1 or _block_date(cells[0]) is None:
        return False
    nxt = next((k for k in data if k > i), None)
    if nxt is None or nxt == i + 1:
        return False
    ncol = len(rows[i])
    names = _column_names(rows[:first], ncol)
    if sum(1 for n in names if n) < 2:
        return False
    again = _column_names(rows[i + 1 : nxt], ncol)
    return again == names or _restated_header(names, again)


_DATE_NOTE = re.compile(r"[(（][^()（）\d\s]{1,8}[)）]$")  # `(重編後)`: a bracketed note, no digits


def _block_date(text: str | None) -> str | None:
    """The date a block's date line holds, maybe with a bracketed note of words after it
    (``112.3.31(重編後)``, a restated period): the date alone."""
    solid = re.sub(r"\s+", "", fold_width(text or ""))
    return _solid_date(_DATE_NOTE.sub("", solid))


RESTATED_HEADER_SHARE = 0.8  # of the first header's characters a stacked table's sets again


def _restated_header(names: Sequence[str], again: Sequence[str]) -> bool:
    """A stacked table's own header under its date: the first table's column names set
    again with a few words changed (``金融資產總額`` over ``金融負債總額``: the liabilities'
    table under the assets'), and maybe its own title line over them (the first table's
    stood above the grid). Most of the first header's characters are there again, over
    as many named columns or more."""
    first = "".join(names)
    if sum(1 for n in again if n) < sum(1 for n in names if n):
        return False
    left = Counter("".join(again))
    shared = 0
    for ch in first:
        if left[ch] > 0:
            left[ch] -= 1
            shared += 1
    return shared >= RESTATED_HEADER_SHARE * len(first)


def _split_repeated(
    t: PdfTable, first: int, cuts: Sequence[int], data: Sequence[int]
) -> list[PdfTable]:
    """One table per block set under its date with its column names again: each block
    keeps its own header rows, its date as its period (the first block's date is taken
    out of the header cell it was read into, when that header names one date only)."""
    rows = t.rows
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(rows) else []
    parts: list[PdfTable] = []
    bounds = [0, *cuts, len(rows)]
    for n, (a, b) in enumerate(itertools.pairwise(bounds)):
        if not any(a <= i < b for i in data):
            return [t]
        part = t.model_copy(deep=True)
        lo = a + 1 if n else a
        part.rows = [list(r) for r in rows[lo:b]]
        if boxes:
            part.cell_bboxes = [list(r) for r in boxes[lo:b]]
        if boxes and b < len(rows):
            # the block ends where the next one's date line starts: the parts' boxes
            # never overlap (a later step keeps one of two overlapping grids)
            nxt_tops = [c[1] for c in boxes[b] if c is not None]
            if nxt_tops:
                part.bbox = (part.bbox[0], part.bbox[1], part.bbox[2], min(nxt_tops))
        if n:  # the names set again, line by line: one header row, as the first block's
            h = next(i for i in data if i > a) - lo
            if h > 1 and _own_title(part.rows[0], _column_names(rows[:first], len(rows[0]))):
                # the block's title line over its names (the first block's stood above
                # the grid, read as the table's title)
                part.title = clean_cell_text(next(c for c in part.rows[0] if c))
                part.rows = part.rows[1:]
                part.cell_bboxes = part.cell_bboxes[1:] if boxes else part.cell_bboxes
                h -= 1
            _one_header_row(part, h)
            tops = [c[1] for r in boxes[a:b] for c in r if c is not None]
            bottoms = [c[3] for r in boxes[a:b] for c in r if c is not None]
            if tops and bottoms:
                part.bbox = (t.bbox[0], min(tops), t.bbox[2], max(bottoms))
        if n:
            part.period = next(d for c in rows[a] if (d := _block_date(c)))
        else:
            dates = {d for r in rows[:first] for c in r for d in _dates_in(c or "")}
            if len(dates) == 1:
                (date,) = dates
                part.period = t.period or date
                for r in part.rows[:first]:
                    for j, c in enumerate(r):
                        if c and date in re.sub(r"\s+", "", fold_width(c)):
                            r[j] = clean_cell_text(c.replace(date, "")) or None
                # a header row that held nothing but the date goes with it
                keep = [i for i, r in enumerate(part.rows) if i >= first or any(r)]
                if len(keep) < len(part.rows):
                    part.rows = [part.rows[i] for i in keep]
                    if boxes:
                        part.cell_bboxes = [part.cell_bboxes[i] for i in keep]
        parts.append(part)
    return parts


TITLE_SHARE = 0.5  # at most this share of a title line's characters in the column names


def _own_title(row: Sequence[str | None], names: Sequence[str]) -> bool:
    """A line of one cell whose words are mostly not the first header's (``可執行淨額交割
    總約定或類似協議規範之金融負債`` over the names set again): the block's title."""
    cells = [c for c in row if c and c.strip()]
    if len(cells) != 1:
        return False
    text = re.sub(r"\s+", "", fold_width(cells[0]))
    pool = Counter("".join(names))
    shared = sum(min(k, pool[ch]) for ch, k in Counter(text).items())
    return len(text) >= 4 and shared <= TITLE_SHARE * len(text)


def _one_header_row(t: PdfTable, h: int) -> None:
    """The first ``h`` rows (a header's lines) joined column by column into one row."""
    if h < 2:
        return
    head = t.rows[:h]
    ncol = len(head[0])
    t.rows = [
        [clean_cell_text("".join(r[j] or "" for r in head)) or None for j in range(ncol)],
        *t.rows[h:],
    ]
    if len(t.cell_bboxes) != len(head) + len(t.rows) - 1:
        return
    merged: list[tuple[float, float, float, float] | None] = []
    for j in range(ncol):
        own = [
            box
            for r, boxes in zip(head, t.cell_bboxes[:h], strict=True)
            if j < len(boxes) and (box := boxes[j]) is not None and r[j]
        ]
        merged.append(hull(own) if own else None)
    t.cell_bboxes = [merged, *t.cell_bboxes[h:]]


def _stack_panels(t: PdfTable) -> None:
    """Two statements panels side by side (assets | liabilities, operating | investing
    cash flows) read as one wide grid: the right panel's rows go under the left one's,
    so each amount keeps its own row label."""
    ncol = min((len(r) for r in t.rows), default=0)
    if ncol < 4 or ncol % 2 or any(len(r) != ncol for r in t.rows):
        return
    k = ncol // 2
    head = 0
    while head < len(t.rows) and not any(
        c and _is_data_phrase(c) and not is_account_code(c) for c in t.rows[head]
    ):
        head += 1
    body = t.rows[head:]
    if len(body) < 2:
        return
    col = [[r[j] for r in body] for j in range(ncol)]
    values = [j for j in range(ncol) if not _texty(col[j]) and any(col[j])]
    labels_left = any(_texty(col[j]) for j in range(k) if j not in values)
    # A right panel's labels name things; a column of dates or years among the amounts
    # (a loan's maturity, ``117年1月``, between its rate and its amount) is a column.
    labels_right = any(
        _texty(col[j]) and not all(_dated_cell(c) for c in col[j] if c)
        for j in range(k, ncol)
        if j not in values
    )
    left_vals = [j for j in values if j < k]
    right_vals = [j - k for j in values if j >= k]
    if not (labels_left and labels_right and left_vals and left_vals == right_vals):
        return
    # Header rows name the value columns; section rows (流動資產 | 流動負債) leave them empty.
    head = 0
    while head < len(t.rows) and any(t.rows[head][j] for j in values):
        if any(c and _is_data_phrase(c) for c in t.rows[head]):
            break
        head += 1
    boxes = t.cell_bboxes if len(t.cell_bboxes) == len(t.rows) else []
    right = [r[k:] for r in t.rows[head:]]
    right_boxes = [b[k:] for b in boxes[head:]] if boxes else []
    while right and not any(right[-1]):
        right.pop()
        if right_boxes:
            right_boxes.pop()
    rows = [r[:k] for r in t.rows] + right
    stacked = [b[:k] for b in boxes] + right_boxes if boxes else []
    # Rows the left panel left blank beside the right panel's rows go.
    keep = [i for i, r in enumerate(rows) if i < head or any(r)]
    t.rows = [rows[i] for i in keep]
    if stacked:
        t.cell_bboxes = [stacked[i] for i in keep]


def _side_title(t: PdfTable) -> None:
    """A slide's title set left of its table shares the table's lines: a first column
    filled on few rows, before the label column, is the title, not a column (its
    statement's name when it has one)."""
    ncol = min((len(r) for r in t.rows), default=0)
    if ncol < 3:
        return
    first = [r[0] for r in t.rows if r[0]]
    labels = [r[1] for r in t.rows if r[1]]
    named = [x for x in first if _lex().statement_title.search(x)]
    # A side box naming a statement (company, 合併現金流量表, 自結數) may stand beside
    # a short table over half its rows; group names of a label column are fewer.
    most = len(t.rows) / (2 if named else 3)
    if not first or len(first) > most or len(labels) < len(t.rows) / 2:
        return
    if any(_is_data_phrase(x) for x in first + labels):
        return
    t.title = t.title or " ".join(named or first)
    t.rows = [r[1:] for r in t.rows]
    t.cell_bboxes = [b[1:] for b in t.cell_bboxes]
    x0 = min((b[0] for bs in t.cell_bboxes for b in bs if b), default=t.bbox[0])
    t.bbox = (x0, t.bbox[1], t.bbox[2], t.bbox[3])


def _has_axis(t: PdfTable) -> bool:
    """A column of evenly spaced, ordered numbers (0, 20,000, 40,000 …): a chart's axis
    ticks, so the lines around them are a chart, not a table."""
    ncol = max((len(r) for r in t.rows), default=0)
    for j in range(ncol):
        vals = []
        full = True  # every numbered line also holds two amounts or more
        years: list[bool] = []
        for r in t.rows:
            cell = (r[j] or "") if j < len(r) else ""
            glued = _lex().tick_over_years.match(cell)  # `35%2024 2025`: the last tick
            cv = parse_cell(glued.group(1) if glued else cell) if j < len(r) else None
            if cv is not None and cv.value is not None:
                vals.append(cv.value)
                years.append(_is_year(r[j] or ""))
                full = full and sum(1 for c in r[j + 1 :] if c and parse_cell(c)) >= 2
        while len(vals) > 4 and years[-1] and not years[-2]:
            # the chart's first category under its ticks (`2019` under `50`, `-`) is no tick
            vals.pop()
            years.pop()
        if len(vals) < 4:
            continue
        steps = {round(b - a, 6) for a, b in itertools.pairwise(vals)}
        if j == 0 and steps == {1} and vals[0] in (0, 1) and full:
            continue  # row numbers (months 1–12, item numbers) label full rows
        if len(steps) == 1 and 0 not in steps:
            return True
    return False


def _data_labels(t: PdfTable) -> bool:
    """A line chart's data labels (``2.9%`` … ``8.8%`` … ``5.0%`` over ``2020 … 2024``):
    values on lines of their own or two, each in a column of its own, set at the heights
    of the points they label; a table's rows share their columns. Years are the axis's
    labels, no values."""
    cols = [
        j
        for r in t.rows
        for j, c in enumerate(r)
        if c and _is_data_phrase(c) and parse_cell(c) is not None
    ]
    lines = sum(1 for r in t.rows if any(c and _is_data_phrase(c) for c in r))
    return len(cols) >= 3 and lines >= 2 and len(set(cols)) == len(cols)


def _word_cell(text: str | None) -> bool:
    """A cell of words and nothing else: no digit (an amount, a date, a count written
    ``31,000,000+``), no nil or note mark, a letter or an ideograph."""
    if not text or any(ch.isdigit() for ch in text) or _lex().cell_marker.match(text.strip()):
        return False
    return any(ch.isalpha() for ch in text) and not _data_cell(text)


def _scattered_labels(t: PdfTable) -> bool:
    """A diagram's labels read as a grid: a pie's or a map's ``歐洲`` over ``10%``, a
    timeline's phases along a curve. Each label stands over or under its value, so the
    words fall in the value columns, below amounts of the same column; a table's value
    columns hold, under their first amount, amounts, nil marks and notes only (its words
    are the label column's and the header's, above). And the labels share no line: the
    values stand one a line, each line's in a column of its own, where a table with one
    value a row keeps them in one column or two. Values one a line in three columns or
    more (one line of two allowed, labels meeting by chance), and most value columns
    mixed, make the lines no table."""
    valued_at = [[j for j, c in enumerate(r) if c and _is_data_phrase(c)] for r in t.rows]
    if sum(1 for js in valued_at if len(js) >= 2) > 1:
        return False
    if len({j for js in valued_at for j in js}) < 3:
        return False
    ncol = max((len(r) for r in t.rows), default=0)
    valued = mixed = 0
    for j in range(1, ncol):
        seen = words = 0
        for r in t.rows:
            c = r[j] if j < len(r) else None
            if c and _is_data_phrase(c):
                seen += 1
            elif seen and _word_cell(c):
                words += 1
        valued += seen > 0
        mixed += seen > 0 and words > 0
    return mixed >= 1 and 2 * mixed >= valued


# Lines of an infographic read as a grid at least this long (a one-row table is shorter).
LONE_VALUE_ROWS = 4


def _lone_values(t: PdfTable) -> bool:
    """An infographic's captions read as a grid: text in blocks side by side with a figure
    here and there (``Leading 75M+`` … ``10`` over ``Design wins``). A table's values share
    a column or a row; when none of its value columns holds two values and no row does,
    over four lines or more, the lines are no table."""
    rows = [r for r in t.rows if any(r)]
    if len(rows) < LONE_VALUE_ROWS:
        return False
    valued = [[j for j, c in enumerate(r) if j and c and _is_data_phrase(c)] for r in rows]
    cols = [j for js in valued for j in js]
    return bool(cols) and len(set(cols)) == len(cols) and all(len(js) <= 1 for js in valued)


def _uncaptioned(
    lines: Sequence[_PLine],
    page_number: int,
    exclude: Sequence[Box],
    width: float,
    height: float | None = None,
    rules: Sequence[Edge] = (),
) -> list[PdfTable]:
    """Unruled tables without a caption: runs of label + aligned number lines. The page
    number a grid took as its last row goes before the grid is judged (a slide's one-row
    table over its folio read as a chart's data labels, each in a column of its own)."""
    out: list[PdfTable] = []
    boxes = list(exclude)
    k = 0
    while k < len(lines):
        ln = lines[k]
        ph = _phrases(ln)
        if _inside(ln, boxes) or len(ph) < 2 or not any(_is_data_phrase(p.text) for p in ph):
            k += 1
            continue
        head = _header_start(lines, k, boxes)
        # From the lines above taken as its header, then, when they give no table (a
        # section label read as a paragraph line), from this line itself: a line of
        # amounts right under the last table's rows is never left out of every table.
        for start in dict.fromkeys((head, k)):
            tt = _text_table(lines, start, page_number, boxes, width, None, False, 4.5, 1, rules)
            got = _collect_lines(lines, start, boxes, width, False, 4.5)
            need = _min_rows(got, lines[start - 1] if start else None)
            got_rows = tt is not None and sum(1 for r in tt.rows if any(r)) >= need + 1
            if tt is not None and height is not None:
                _drop_page_number(tt, height)
            if tt is None or not got_rows or tt.bbox[3] < ln.top or _label_rows(got) < need:
                tt = _one_row_table(lines, k, start, boxes, page_number, width)
            if tt is not None or not _under_table(ln, boxes):
                break
        if tt is not None and _has_axis(tt):
            tt = None
        elif tt is not None and (_data_labels(tt) or _scattered_labels(tt) or _lone_values(tt)):
            # a chart's or a diagram's labels: none of its lines starts a table either
            boxes.append(tt.bbox)
            while k < len(lines) and lines[k].top <= tt.bbox[3]:
                k += 1
            continue
        if tt is None:
            k += 1
            continue
        _side_title(tt)
        out.append(tt)
        boxes.append(tt.bbox)
        while k < len(lines) and lines[k].top <= tt.bbox[3]:
            k += 1
    return out


def _under_table(ln: _PLine, boxes: Sequence[Box]) -> bool:
    """A line of amounts set within two lines under a table found above it and across
    its columns: a row of the same statement past a label the table stopped at."""
    above = [b for b in boxes if b[3] <= ln.top and b[0] < ln.x1 and ln.x0 < b[2]]
    if not above:
        return False
    bottom = max(b[3] for b in above)
    return ln.top - bottom <= 3 * ln.size + 2


def _min_rows(got: Sequence[tuple[_PLine, list[_Phrase], bool]], above: _PLine | None) -> int:
    """Labelled rows a table needs: two, or one under a header that names its date
    (``112.3.31`` over ``帳面金額 第一級 …``: a fair-value block per date) or its label
    column (``關係人名稱 1月至3月``), or under a line of nothing but a date set close above
    its header (``114 年 3月 31日`` over ``持有股數`` / ``子公司名稱 …``: one block per
    balance-sheet date, of one row)."""
    head = list(itertools.takewhile(lambda g: not g[2], got))
    head_lines = [ln for ln, _, _ in head]
    if _dates_in(" ".join(ln.text for ln in head_lines)):
        return 1
    if any(len(ph) >= 2 and _stub_name(_spaced_lead(ph)) for _, ph, _ in head):
        # 關係人名稱 | 1月至3月 …: a header naming its label column heads one row, its
        # name maybe letter-spaced over the column (``主　要　股　東　名　稱``)
        return 1
    first = next((ph for _, ph, d in got if d), None)
    if first is not None and any(
        _names_over_row(ph, first) >= NAMED_ROW_COLUMNS for _, ph, _ in head
    ):
        return 1  # a schedule's wide header, its names over the amounts, over its last row
    if above is None or not head_lines:
        return 2
    solid = re.sub(r"\s+", "", fold_width(above.text))
    close = head_lines[0].top - above.bottom <= 2.5 * above.size
    return 1 if close and solid and _dates_in(above.text) == {solid} else 2


# Column names over a row's amounts, one line of them, that head a table of one row (a
# schedule's last page: its header set again over the one row left).
NAMED_ROW_COLUMNS = 5


def _names_over_row(names: Sequence[_Phrase], row: Sequence[_Phrase]) -> int:
    """Words (no amount) of a header line each standing over an amount of ``row``."""
    amounts = [q for q in row if _is_data_phrase(q.text)]
    return sum(
        1
        for p in names
        if not _is_data_phrase(p.text)
        and _word_chars(p.text) >= 2
        and any(_overlap(p.x0, p.x1, q.x0, q.x1) > 0 for q in amounts)
    )


def _one_row_table(
    lines: Sequence[_PLine],
    k: int,
    start: int,
    exclude: Sequence[Box],
    page_number: int,
    width: float,
) -> PdfTable | None:
    """A notes table of one row (``租賃負債之利息 $1,950 $1,629`` under ``113年第 1季
    112年第 1季``): a label (or none) and amounts right under a header line whose periods
    stand one over each amount (the label column's name before them or not); or under
    column names one over each amount with the label column's own name below them
    (``持有股數 持股比例`` over ``主要股東名稱``)."""
    if start >= k:
        return None
    ph = _phrases(lines[k])
    # The label may be letter-spaced (``現　　金``) or two text columns (an account and
    # a party): words first, then nothing but amounts.
    lead = list(itertools.takewhile(lambda p: not _is_data_phrase(p.text), ph))
    nums = ph[len(lead) :]
    # A row of amounts with no label (one total under its periods: ``$ 363,362
    # (75,935)`` under ``113年 112年 / 1月至3月 1月至3月``) counts under periods only.
    unlabelled = not lead
    if len(nums) < 2 or not all(_is_data_phrase(p.text) for p in nums):
        return None
    size = lines[k].size

    def over_each(j: int) -> bool:
        head = _phrases(lines[j])
        return len(head) == len(nums) and all(
            _overlap(h.x0 - size, h.x1 + size, n.x0, n.x1) > 0
            for h, n in zip(head, nums, strict=True)
        )

    def stub_name(j: int) -> bool:
        head = _phrases(lines[j])
        return len(head) == 1 and head[0].x1 < nums[0].x0 and not _is_data_phrase(head[0].text)

    # periods, one column of three or more maybe a change (`2024Q1 Avg.` `2025Q1 Avg.`
    # `Change` over a slide's KPI row)
    dated = [any(ch.isdigit() for ch in h.text) for h in _phrases(lines[k - 1])]
    periods = over_each(k - 1) and sum(dated) >= len(dated) - (len(dated) >= 3)
    named = not unlabelled and k - 2 >= start and stub_name(k - 1) and over_each(k - 2)
    # the label column's own name before the periods (``關係人類別 110年度 109年度``):
    # that line alone is the header, whatever text stands above it
    head = _phrases(lines[k - 1])
    stubbed = (
        not unlabelled
        and len(head) == len(nums) + 1
        and head[0].x1 < nums[0].x0
        and not any(ch.isdigit() for ch in head[0].text)
        and all(
            any(ch.isdigit() for ch in h.text)
            and _overlap(h.x0 - size, h.x1 + size, n.x0, n.x1) > 0
            for h, n in zip(head[1:], nums, strict=True)
        )
    )
    if not (periods or named or stubbed):
        return None
    if not (periods or named):
        start = k - 1
    tt = _text_table(
        lines, start, page_number, exclude, width, None, probe=False, gap=4.5, min_rows=1
    )
    if tt is None or sum(1 for r in tt.rows if any(c and _is_data_phrase(c) for c in r)) != 1:
        return None
    return tt


# Label lines (sections, wrapped labels) between a table's column names and its first
# amounts: `金融資產` / `透過損益按公允價值` / `  衡量` / `  強制透過損益按公` over the row.
MAX_LABEL_LINES = 4
# A page number set between dashes or waves (``- 49 -``, ``〜20〜``): never a row.
_DASHED_FOLIO = re.compile(r"^\s*[\-－—–〜~]\s*\d{1,3}\s*[\-－—–〜~]\s*$")
_FOLIO = re.compile(r"^[\s\-－—–〜~]*\d{1,3}[\s\-－—–〜~]*$")


def _drop_page_number(t: PdfTable, height: float) -> None:
    """A grid that runs to its page's foot may take the page number (``33``, ``- 13 -``)
    as its last row: a row of nothing but the folio (a slide may print it twice, left
    and right) and page furniture (``CONFIDENTIAL``, ``© … All Rights Reserved``) in
    the page's bottom tenth is no row. A lone number in the label column is the folio
    only when that column is otherwise empty (its own, set left of the labels) or the
    furniture stands beside it."""
    lex = _lex()
    while len(t.rows) > 1 and len(t.cell_bboxes) == len(t.rows):
        last = t.rows[-1]
        cells = [(j, c.strip()) for j, c in enumerate(last) if c and c.strip()]
        folios = {re.sub(r"\D", "", c) for _, c in cells if _FOLIO.match(c)}
        # the furniture may be split over cells (``OWNED | BY PEGATRON CORP. | ALL RIGHTS
        # RESERVED``): read whole, in its order on the line
        rest = " ".join(c for _, c in cells if not _FOLIO.match(c))
        if len(folios) != 1 or (rest and not lex.page_furniture.match(fold_width(rest))):
            return
        # the columns only this row fills (the folio's own, the furniture's)
        own = [
            j for j, _ in cells if not any(len(r) > j and (r[j] or "").strip() for r in t.rows[:-1])
        ]
        if (last[0] or "").strip() and 0 not in own and not rest:
            return  # a label with a number and nothing else: a row (beside furniture, none)
        boxes = [b for b in t.cell_bboxes[-1] if b is not None]
        if not boxes or min(b[1] for b in boxes) < 0.9 * height:
            return
        t.rows.pop()
        t.cell_bboxes.pop()
        for j in reversed(own):
            for cells_row in t.rows:
                del cells_row[j : j + 1]
            for boxes_row in t.cell_bboxes:
                del boxes_row[j : j + 1]
        bottom = max((b[3] for r in t.cell_bboxes for b in r if b is not None), default=t.bbox[3])
        left = min((b[0] for r in t.cell_bboxes for b in r if b is not None), default=t.bbox[0])
        right = max((b[2] for r in t.cell_bboxes for b in r if b is not None), default=t.bbox[2])
        t.bbox = (
            left if 0 in own else t.bbox[0],
            t.bbox[1],
            right if own else t.bbox[2],
            bottom,
        )


def _drop_continued_marks(t: PdfTable) -> None:
    """A row that only says the table goes on or came from the page before (``（接次頁）``
    under a part's last row, ``（承前頁）`` over the next) is a mark, not a row."""
    lex = _lex()
    keep = [
        k
        for k, r in enumerate(t.rows)
        if not (
            (cells := [c.strip() for c in r if c and c.strip()])
            and len(cells) == 1
            and lex.continued.sub("", fold_width(cells[0])).strip() == ""
        )
    ]
    if len(keep) == len(t.rows) or len(t.cell_bboxes) != len(t.rows):
        return
    t.rows = [t.rows[k] for k in keep]
    t.cell_bboxes = [t.cell_bboxes[k] for k in keep]


# A slide sets its column names farther above the first row than a filing does (a rule
# and a blank line between: TSMC's ``4Q25 3Q25 4Q24`` 2.7 ems over ``期初現金``).
HEADER_GAP_EM = 3.5
# A line over a table set this many times larger than its rows is the table's title or a
# heading (`金融資產信用品質分析表` at 12 points over a 7-point grid), never its header.
TITLE_SIZE_RATIO = 1.4


def _names_over(line: _PLine, cells: Sequence[tuple[float, float]]) -> bool:
    """A line of several words and no amount, one of them over the first row's cells
    right of its label (an amount or a range, ``32.2-33.4``): the column names set apart
    from the rows (the label column's corner may hold the unit)."""
    ph = _phrases(line)
    return (
        len(ph) >= 2
        and not any(_is_data_phrase(p.text) for p in ph)
        and any(_overlap(p.x0, p.x1, a0, a1) > 0 for p in ph for a0, a1 in cells)
    )


def _corner_name(line: _PLine, first_row: _PLine) -> bool:
    """A statement's name in the label column's corner (``綜合損益表項目``) on a line whose
    other words each stand over a cell of the first row (``4Q25`` over ``業績展望``): a
    header line whose corner names the label column, not the table's title over it."""
    ph = _phrases(line)
    cells = [(p.x0, p.x1) for p in _phrases(first_row)[1:]]
    if len(ph) < 2 or not cells:
        return False
    title = _lex().statement_title
    return ph[0].x1 < min(a for a, _ in cells) and all(
        not title.search(fold_width(p.text))
        and any(_overlap(p.x0, p.x1, a0, a1) > 0 for a0, a1 in cells)
        for p in ph[1:]
    )


def _corner_unit(
    lines: Sequence[_PLine], j: int, k: int, amounts: Sequence[tuple[float, float]]
) -> bool:
    """A unit line in the label column's corner set between the two lines of a header
    (``2025年`` over ``第四季``, the unit level with both), or set a little above the one
    header line, its foot level with the line's names (``(NT$ Mn)`` over ``4Q 2025 …``):
    the header's corner, not the line over the header that ends it."""
    ln = lines[j]
    if line_unit(ln.text) is None or not 0 < j < k:
        return False
    if ln.x1 >= min(a for a, _ in amounts):
        return False
    above, below = lines[j - 1], lines[j + 1]
    if (  # `(in millions, …)` in smaller type, level with the one header line above it
        above.bottom > ln.top
        and above.top < ln.bottom
        and below.top >= ln.bottom
        and len(_phrases(above)) >= 2
        and min(p.x0 for p in _phrases(above)) > ln.x1
        and _names_over(above, amounts)
    ):
        return True
    if (  # `(NT$ Mn)` over the corner, its foot level with the one header line under it
        j < k - 1
        and above.bottom <= ln.top
        and below.top < ln.bottom < below.bottom
        and len(_phrases(below)) >= 2
        and min(p.x0 for p in _phrases(below)) > ln.x1
        and _names_over(below, amounts)
    ):
        return True
    return (
        j < k - 1
        and above.bottom > ln.top
        and below.top < ln.bottom
        and all(len(_phrases(x)) >= 2 for x in (above, below))
        and min(p.x0 for x in (above, below) for p in _phrases(x)) > ln.x1
    )


def _header_start(lines: Sequence[_PLine], k: int, exclude: Sequence[Box]) -> int:
    """First header line above data line ``k``: multi-phrase text lines set close above it."""
    lex = _lex()
    start = k
    amounts = [(p.x0, p.x1) for p in _phrases(lines[k]) if _is_data_phrase(p.text)]
    row_cells = [(p.x0, p.x1) for p in _phrases(lines[k])[1:]]
    labels = 0  # label lines passed over since ``start`` (a section, a wrapped label)
    for j in range(k - 1, max(k - 10, -1), -1):
        ln = lines[j]
        f = fold_width(ln.text)
        if _inside(ln, exclude):
            break
        gap = lines[j + 1].top - ln.bottom
        if gap > 2.5 * ln.size and not (
            j == k - 1
            and gap <= HEADER_GAP_EM * ln.size
            and _names_over(ln, [(p.x0, p.x1) for p in _phrases(lines[k])[1:]])
        ):
            break
        if labels and lines[start].top - ln.bottom > 2.5 * ln.size * (labels + 1):
            break
        if ln.size > TITLE_SIZE_RATIO * lines[k].size:
            break  # a title in larger type over a grid in small type
        single = len(_phrases(ln)) == 1
        if single and amounts and _section_date(lines, j, amounts) and labels < 2:
            labels += 1  # 113年3月31日 under the column names: the first date's block
            continue
        if single and not labels and amounts and _corner_unit(lines, j, k, amounts):
            start = j  # (單位:新台幣佰萬元) set between 2025年 and 第四季, left of them
            continue
        if (
            lex.unit_line.match(f)
            and not _unit_over_columns(ln)
            and not _unit_in_corner(ln, amounts)
        ) or (single and lex.period_line.match(f)):
            break
        if single and lex.unit_exception.match(f):
            break  # (除每股盈餘為新台幣元外) under the unit line: over the header
        if j > 0 and _continues_unit_line(lines[j - 1].text):
            break  # 單位：新台幣仟元，惟 / 每股盈餘為元: the unit line's second line
        last = _phrases(ln)[-1:]
        if last and last[0].x0 > lines[k].x0 and lex.unit_line.match(fold_width(last[0].text)):
            # the period line with the unit set at its right: over the header (a unit in
            # the label column names the header's first cell: 單位:新台幣佰萬元 | 2025年…)
            break
        if single and line_unit(ln.text) is not None:
            break  # (金額除另予註明外，均以新台幣仟元為單位): the page's unit, no header
        if _is_caption_line(ln.text):
            break
        if "。" in f or (lex.statement_title.search(f) and not _corner_name(ln, lines[k])):
            break
        ph = _phrases(ln)
        if any(_is_data_phrase(p.text) and not _is_year(p.text) for p in ph):
            break
        if len(ph) >= 2 and any(deck_figure(p.text) for p in ph[1:]):
            # a guidance row over the first amounts (``Revenues $11.8B-$12.6B $12.3B``): a
            # row of the grid, no header line; the names may stand above it
            labels = 0
            start = j
            continue
        section = j == k - 1 and len(ph) == 1  # 流動資產： between the header and the rows
        if len(ph) < 2 and not section and not (ph and ph[0].x0 > lines[k].x0 + 4 * ln.size):
            # A label line in the label column (金融資產 over a wrapped first label) is
            # the body's when the periods over the amounts stand above it.
            if len(ph) == 1 and ph[0].x1 < min(a for a, _ in amounts) and labels < MAX_LABEL_LINES:
                labels += 1
                continue
            break
        if labels and not _column_header(ph, amounts, ln.size, row_cells):
            break
        labels = 0
        start = j
    return start


def _unit_in_corner(ln: _PLine, amounts: Sequence[tuple[float, float]]) -> bool:
    """A unit line set as the label column's phrase on a header line whose other words
    stand over the amounts (``單位：新台幣佰萬元`` | ``(尚未經會計師核閱)``): the header's
    corner, so the column names above it are the header's too."""
    ph = _phrases(ln)
    if len(ph) < 2 or not amounts or not _lex().unit_line.match(fold_width(ph[0].text)):
        return False
    left = min(a for a, _ in amounts)
    return ph[0].x1 < left and all(p.x1 > left and not _is_data_phrase(p.text) for p in ph[1:])


def _join_cut_units(lines: list[_PLine]) -> list[_PLine]:
    """Lines with a unit line cut inside its leading exception (``單位：除每股盈餘為新台幣元``
    over ``外，餘係新台幣仟元``) set again as one line, so the unit after the clause is read."""
    out: list[_PLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if k + 1 < len(lines) and _cut_unit_line(ln.text):
            nxt = lines[k + 1]
            out.append(
                _PLine(
                    text=ln.text + nxt.text,
                    x0=min(ln.x0, nxt.x0),
                    top=ln.top,
                    x1=max(ln.x1, nxt.x1),
                    bottom=nxt.bottom,
                    chars=[*ln.chars, *nxt.chars],
                )
            )
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _join_bilingual_units(lines: list[_PLine]) -> list[_PLine]:
    """Lines with a unit written in English over the same unit in Chinese (``NT$ billion``
    over ``新台幣十億元``, a bilingual deck's unit over a chart) set as one line, so the two
    are read as the one unit line they are."""
    out: list[_PLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and ln.text.strip().isascii()
            and _bilingual_unit(f"{ln.text.strip()} {nxt.text.strip()}") is not None
            and nxt.top - ln.bottom < ln.size
            and abs(nxt.x0 - ln.x0) < 2 * ln.size
        ):
            text = f"{ln.text.strip()} {nxt.text.strip()}"
            chars = [*ln.chars, *nxt.chars]
            top, bottom = ln.top, nxt.bottom
            out.append(_PLine(text, min(ln.x0, nxt.x0), top, max(ln.x1, nxt.x1), bottom, chars))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _unit_over_columns(ln: _PLine) -> bool:
    """A unit set in the label column's corner of the header line, the column names after
    it (``單位:億元 | 2026.3.31 | % | 2025.12.31``): the header, not a unit line over it."""
    if len(_phrases(ln)) < 2:
        return False
    found = line_unit(ln.text)
    return found is not None and bool(_lex().unit_header_tail.match(found[1]))


def _continues_unit_line(text: str) -> bool:
    """A unit line that goes on to the next line with its exception (``…仟元，惟``), or
    with its unit after an exception cut at the line's end (``單位：除每股盈餘為新台幣元``)."""
    lex = _lex()
    if _cut_unit_line(text):
        return True
    return line_unit(text) is not None and bool(lex.unit_continues.search(fold_width(text)))


def _cut_unit_line(text: str) -> bool:
    """A unit line that holds nothing after its exception clause (``單位：除另予註明者外``)."""
    lex = _lex()
    f = fold_width(text)
    m = lex.unit_line.match(f) or lex.unit_inline.search(f)
    return (
        m is not None and line_unit(text) is None and bool(lex.unit_exception_cut.match(m["unit"]))
    )


def unit_exception(lines: Sequence[_PLine]) -> tuple[str, list[_PLine]] | None:
    """What a unit line excepts, with its own unit (``每股盈餘為新台幣元``), and the lines
    that state it apart from the unit line: the exception under it in brackets
    (``(除每股盈餘為新台幣元外)``) or the unit line's second line (``每股盈餘為元`` under
    ``單位：新台幣仟元，惟``), never a title nor a column's name."""
    lex = _lex()
    for k, ln in enumerate(lines):
        if line_unit(ln.text) is None:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        used = (
            [nxt]
            if nxt is not None
            and (_continues_unit_line(ln.text) or lex.unit_exception.match(fold_width(nxt.text)))
            else []
        )
        text = re.sub(r"\s+", "", fold_width("".join(x.text for x in [ln, *used])))
        m = lex.unit_exception_item.search(text)
        lead = lex.unit_line.match(fold_width(ln.text))
        clause = lex.unit_exception_lead.match(lead["unit"]) if lead is not None else None
        if m is None and clause is not None:
            # 單位：除每股盈餘為新台幣元外，餘係新台幣仟元: the exception stated first
            m = lex.unit_exception_item.search("除" + re.sub(r"\s+", "", clause["item"]) + "外")
        if m is not None:
            return f"{m['item']}為{m['unit']}", used
    return None


def _section_date(lines: Sequence[_PLine], j: int, amounts: Sequence[tuple[float, float]]) -> bool:
    """Line ``j`` is nothing but a date or a period in the label column, set right under
    column names over the amounts: it opens the first date's block of a table whose
    dates are sections under one header (a maturity analysis; an equity statement's
    years, ``113 年度`` or ``113 年 1月 1日至 3月 31日``), not a period line over a table."""
    ln = lines[j]
    text = re.sub(r"\s+", "", fold_width(ln.text))
    dated = _dates_in(ln.text) == {text} or bool(_lex().period_line.match(text))
    if j == 0 or not dated or ln.x1 >= min(a for a, _ in amounts):
        return False
    above = lines[j - 1]
    ph = _phrases(above)
    return (
        ln.top - above.bottom <= 2.5 * ln.size
        and len(ph) >= 2
        and not any(_is_data_phrase(p.text) for p in ph)
        and _column_header(ph, amounts, above.size)
    )


# A governing note is a line of its own, not a sentence that happens to end on a unit.
_NOTE_MAX_CHARS = 60
_OPENING = ("", "(", "（")


def note_unit(line: str) -> str | None:
    """The unit a line declares for every amount that states none, when the line is such a
    note and nothing else (``（金額除另予註明外，均以新台幣仟元為單位）``)."""
    f = fold_width(line).strip()
    if len(f) > _NOTE_MAX_CHARS:
        return None
    m = _lex().unit_note.search(f)
    if m is None or f[: m.start()].strip() not in _OPENING or re.search(r"\d", m["unit"]):
        return None
    bare = _EXCEPT_TAIL.sub("", line)  # 單位：新台幣仟元 without its (除特別註明者外)
    found = (line_unit(bare) if bare.strip() else None) or line_unit(line)
    return found[0] if found is not None else None


_EXCEPT_TAIL = re.compile(r"\s*[（(]\s*除[^（()）]*[）)]\s*$")


def line_unit(text: str) -> tuple[str, str] | None:
    """The unit a line declares and the rest of the line: ``單位：新台幣仟元``,
    ``(除另予註明者外，金額為新台幣十億元)``, a bare ``(新台幣佰萬元)``."""
    lex = _lex()
    f = fold_width(text)
    m = lex.unit_line.match(f) or lex.unit_inline.search(f) or lex.unit_note.search(f)
    if m:
        raw = clean_cell_text(text[m.start("unit") : m.end("unit")])
        cut = lex.unit_exception_cut.match(raw) is not None
        if cut:  # 附表一 單位：除另予註明者外，係新台幣仟元: the unit after the clause
            raw = clean_cell_text(text[m.start("unit") :]).rstrip("）) ")
        # 除每股盈餘為新台幣元外，餘係新台幣仟元: the clause names the exception, not the unit
        lead = lex.unit_exception_lead.match(raw)
        if lead is None and cut:
            return None  # 單位：除每股盈餘為新台幣元 / 外，餘係…: the unit is on the next line
        raw = raw[lead.end() :] if lead is not None else raw
        # 單位：新台幣元 單位：新台幣千元: two panels' unit lines side by side read as one
        # line; one unit when they agree, else none of them is the whole line's
        panels = {x for x in (lex.unit_inline.match(p) for p in _panel_units(raw)) if x}
        if panels:
            units = {clean_cell_text(x["unit"]) for x in panels} | {_panel_units(raw)[0]}
            if len(units) > 1:
                return None
            raw = units.pop()
        # "新台幣仟元，惟每股盈餘為元": the unit of the amounts comes first.
        unit = re.split(r"[，,；;]", raw)[0].strip()
        if not unit:
            return None
        rest = (f[: m.start()] + ("" if cut else f[m.end() :])).strip()
        unit, headers = _unit_word(unit)
        return unit, f"{rest} {headers}".strip()
    en = lex.unit_phrase_en.match(f)
    english = _english_unit(en["unit"]) if en is not None else None
    if english is not None:  # (Expressed in New Taiwan Thousand Dollars)
        return english, ""
    inner = f.strip()
    if inner[:1] in "(（" and inner[-1:] in ")）":
        u = parse_unit(inner[1:-1])
        if u is not None and u.kind == "money" and u.multiplier != 1.0:
            return clean_cell_text(text.strip()[1:-1]), ""
    # TWD ；仟元, USD / 千元: a deck's currency, a mark, then the scaled unit of its money
    c = lex.currency_re.match(inner)
    sep = _CURRENCY_SEP.match(inner, c.end()) if c is not None else None
    if c is not None and sep is not None and sep.end() < len(inner):
        joined = inner[: c.end()] + inner[sep.end() :]
        u = parse_unit(joined)
        if u is not None and u.kind == "money" and u.multiplier != 1.0:
            return joined, ""
    return _bilingual_unit(clean_cell_text(inner))  # NT$ billion 新台幣十億元


def _phrase_unit(ln: _PLine) -> tuple[str, str] | None:
    """A line's unit: a unit line set as a phrase of its own among header words
    (``單位：新台幣佰萬元`` left of ``(尚未經會計師核閱)`` over a column) ends where its
    phrase ends; else the whole line's (two unit phrases: ``line_unit`` decides)."""
    unit_line = _lex().unit_line
    ph = _phrases(ln)
    own = [p for p in ph if unit_line.match(fold_width(p.text))]
    if len(ph) >= 2 and len(own) == 1:
        found = line_unit(own[0].text)
        if found is not None:
            return found
    return line_unit(ln.text)


def _panel_units(raw: str) -> list[str]:
    """A unit line's text cut where a second unit line set beside it starts
    (``新台幣元單位：新台幣千元`` -> ``新台幣元``, ``單位：新台幣千元``)."""
    cuts = [m.start() for m in _lex().unit_inline.finditer(fold_width(raw))]
    bounds = [0, *[c for c in cuts if c > 0], len(raw)]
    return [raw[a:b].strip() for a, b in itertools.pairwise(bounds) if raw[a:b].strip()]


def _english_unit(phrase: str) -> str | None:
    """The unit an English unit line's words name, written as the unit parser reads it:
    ``New Taiwan Thousand Dollars`` and ``thousands of New Taiwan Dollars`` are both
    ``NT$ thousands``, a bare ``millions`` stays a scale. Its words may be glued
    (``TaiwanThousand``), so they are read without spaces: one scale word, and besides it
    a money's name or nothing; anything else is no unit (``(including …)``)."""
    lex = _lex()
    written = clean_cell_text(phrase)
    u = parse_unit(written, declared=True)
    if u is not None and u.multiplier != 1.0 and (u.kind == "money" or u.base_unit is None):
        return written  # `NT$ Mn`, `US$ millions`: as the slide writes it
    words = re.sub(r"\s+", "", phrase.casefold())
    m = lex.english_unit_scale.search(words)
    if m is None:
        return None
    rest = words[: m.start()] + words[m.end() :]
    rest = rest.removeprefix("of") if m.start() == 0 else rest  # thousands of NT dollars
    if rest and rest not in lex.english_money_names:
        return None
    money = lex.english_money_names.get(rest, "")
    unit = f"{money} {m.group()}".strip()
    return unit if parse_unit(unit, declared=True) is not None else None


def _unit_word(unit: str) -> tuple[str, str]:
    """A unit line's unit cut where its unit word ends, and the column headers set on
    the same line after it (``億元 2026.3.31 % 2025.12.31 %``, ``新台幣百萬元第四季第四季``):
    the longest head that reads as a unit followed by nothing but headers."""
    if parse_unit(unit) is not None:
        return unit, ""
    tail = _lex().unit_header_tail
    for end in range(len(unit) - 1, 0, -1):
        head, rest = unit[:end].rstrip(), unit[end:]
        if head and tail.match(rest) and parse_unit(head) is not None:
            return head, rest.strip()
    return unit, ""


_CURRENCY_SEP = re.compile(r"\s*[；;，,／/]\s*")


def _context_above(
    lines: Sequence[_PLine],
    table: PdfTable,
    tables: Sequence[PdfTable],
    chars: Sequence[dict[str, Any]] = (),
) -> None:
    """Title, unit line and period line around a grid: in the few lines above it (or
    inside its top), and on a slide in the text set to its left."""
    lex = _lex()
    x0, top, _, bottom = table.bbox
    floor = max((t.bbox[3] for t in tables if t.bbox[3] <= top + 1 and t is not table), default=0)
    over = [ln for ln in lines if floor - 1 <= ln.top and ln.bottom <= top + 2]
    above = over[-8:]
    inside = [ln for ln in lines if top - 2 <= ln.top <= bottom]
    # Text set left of the grid, read apart from the grid's rows it shares baselines with.
    left = lines_from_chars(
        [c for c in chars if c["x1"] <= x0 + 2 and top - 2 <= c["top"] and c["bottom"] <= bottom]
    ) or [ln for ln in inside if ln.x1 <= x0 + 2]
    # A section label set left of the rows' labels runs on into the grid (透過 | 損益按…):
    # its first glyphs left of the grid are no side text. A heading's bare number left
    # of the grid (4. | 存 貨) stays: the whole heading is taken below.
    left = [ln for ln in left if _bare_number(ln.text) or not _runs_on(ln, chars)]
    above, inside = _join_bilingual_units(_join_cut_units(above)), _join_cut_units(inside)
    for ln in inside:
        found = _phrase_unit(ln) if lex.unit_line.match(fold_width(ln.text)) else None
        if found is not None and table.unit is None:
            table.unit = found[0]
    excepted = unit_exception([*above, *inside])
    if excepted is not None:
        table.unit_exception = table.unit_exception or excepted[0]
    stated = [id(ln) for ln in excepted[1]] if excepted is not None else []
    titles: list[_PLine] = []
    for ln in [*reversed(above), *left]:
        if id(ln) in stated:
            continue  # 每股盈餘為元: the unit line's exception names no table
        text = clean_cell_text(fold_width(ln.text))
        found = _phrase_unit(ln)
        if found is not None:  # a unit line is never the title
            if note_unit(ln.text) is None:  # a note for many tables: pdftables.units
                table.unit = table.unit or found[0]
            continue
        if (lex.period_line.match(text) or _solid_date(text)) and len(_phrases(ln)) == 1:
            # a block's date of its own (``112.12.31``) is its period, never its title
            table.period = table.period or clean_cell_text(ln.text)
            continue
        if lex.note_line.match(text) or lex.source_line.match(text):
            continue  # 註2：… beside a slide's table is its note, not its title
        if len(text.replace(" ", "")) < 2:
            continue  # one glyph left of a grid (美　金 spread over its cell) names nothing
        if (
            not any(p in text for p in "。，；")
            and text.rstrip()[-1:] not in "、,"  # cut off mid-sentence
            and not _inside_paragraph(ln, lines)
            and len(text) <= 40
            and not _is_data_phrase(text)
            and names_something(text)
        ):
            titles.append(ln)
    named = [ln for ln in titles if lex.statement_title.search(clean_cell_text(ln.text))]
    if (
        not named
        and not floor
        and not any(lex.section_heading.match(fold_width(ln.text)) for ln in titles)
    ):
        # A statement's name stands over its column header however many lines that
        # header takes (an equity statement's column names run over six lines or more):
        # the page's first grid, under no note heading of its own.
        head = _statement_head(over[:-8])
        named = head[:1]
        titles += named
        for ln in head:  # its unit line stands as far above the grid
            found = line_unit(ln.text)
            if found is not None and note_unit(ln.text) is None:
                table.unit = table.unit or found[0]
    if table.caption is not None or table.title is not None or not titles:
        return
    # A slide's bullet set on the grid's header line, left of its columns, names the
    # table set beside it (`• 新造船訂單 On Order: 13` left of `2025 2026 2027`), not a
    # line of the slide's earlier bullets above it.
    # the line the grid's top falls in: its header's, or one it shares with a bullet
    header = next((ln for ln in lines if ln.top - 2 <= top <= ln.bottom), None)
    header = header or (inside[0] if inside else None)
    bullet = _bullet_on_header(header, table.bbox, chars) if header is not None else None
    if bullet is not None:
        table.title = bullet
        return
    # A note's numbered heading right above its table, not the page's running header in
    # larger type above both ("(二)透過損益按公允價值衡量之金融資產" under "…附註(續)").
    headed = [ln for ln in titles if lex.section_heading.match(fold_width(ln.text))][:1]
    # A line naming a table (`…信用品質分析表`, `table_title_endings`), not the running
    # header in larger type over it.
    tabled = [
        ln
        for ln in titles
        if clean_cell_text(fold_width(ln.text)).replace(" ", "").endswith(lex.table_title_endings)
    ][:1]
    # A statement's name; else a note's heading; else a table's name; else the largest
    # type (a slide title); else the nearest line.
    pool = named or headed or tabled or titles
    best = max(pool, key=lambda ln: (round(ln.size), -pool.index(ln)))
    if lex.bullet_line.match(fold_width(best.text)):
        # a slide's bullets in two sizes: the table stands under the nearest one's item
        best = next(ln for ln in pool if lex.bullet_line.match(fold_width(ln.text)))
    block = _title_block(left, titles, best)
    if len(block) > 1:  # a slide title set over several lines left of the grid
        title = clean_cell_text(_join_text_all([ln.text for ln in block]))
        bare = split_markers(title)[0]
        # A note marker closing the title (調節表註2) refers to the slide's note.
        table.title = bare if bare and title.startswith(bare) else title
        return
    # A slide's title line may run into a logo or a header set on the same baseline.
    phrases = [p.text for p in _phrases(best)] or [best.text]
    cjk = [p for p in phrases if re.search(r"[\u3400-\u9fff]", p)] or phrases
    longest = max(cjk, key=len)
    if len(longest) <= 2 or _letter_spaced(best):  # a letter-spaced title (目　錄): the whole line
        longest = best.text
    pick = next((p for p in phrases if lex.statement_title.search(p)), longest)
    if not names_something(pick) or _bare_number(pick):
        pick = best.text  # a phrase cut off its line (十二、其 | 他): the whole line names it
    if _bare_number(pick):
        # A heading's number left of the grid, its name over the grid's columns
        # (``4.`` | ``存 貨``): the heading is the whole line they share.
        whole = [ln for ln in inside if abs(ln.top - best.top) < 0.5 * best.size]
        if whole and names_something(whole[0].text):
            pick = whole[0].text
    lead = lex.bullet_line.match(fold_width(pick))  # (folding keeps every offset)
    table.title = clean_cell_text(pick[lead.end() :] if lead else pick) or None


def _bullet_on_header(header: _PLine, bbox: Box, chars: Sequence[dict[str, Any]]) -> str | None:
    """What the bullet set left of a grid on its header line's band (within half an em
    of its middle) says, when it is the only bullet beside the grid: a list of bullets
    beside a table (a fleet's 船數, 主要船型, 平均船齡 beside its rate table) is a list of
    its own, no title of it."""
    x0, _, _, bottom = bbox
    middle = (header.top + header.bottom) / 2
    reach = (header.bottom - header.top) / 2 + 0.5 * header.size
    lex = _lex()
    bullets = [
        ln
        for ln in lines_from_chars([c for c in chars if c["x1"] <= x0 + 2])
        if middle - reach <= (ln.top + ln.bottom) / 2 <= bottom + reach
        and lex.bullet_line.match(fold_width(ln.text))
    ]
    if len(bullets) != 1 or abs((bullets[0].top + bullets[0].bottom) / 2 - middle) > reach:
        return None
    text = clean_cell_text(lex.bullet_line.sub("", fold_width(bullets[0].text), count=1))
    return text if names_something(text) else None


def _inside_paragraph(line: _PLine, lines: Sequence[_PLine]) -> bool:
    """A line of running text, not the last of its paragraph: the line right below starts
    at its left edge and either ends at its right edge too (justified to the same
    measure) or the line right above does, within a double-spaced line's pitch. Edges
    agree to about half an em (a justified CJK line's first glyph sits a little in), so
    centred lines — a schedule's company, title and period set over one another — stay
    titles. A title stands apart from the text around it (a paragraph wrapped over the
    page gave its middle line, ``團內部向主要管理階層報告匯率風險時所使用之敏感度比``, as
    a title)."""
    em = line.size
    if line.x1 - line.x0 < 15 * em:
        return False
    near = [m for m in lines if m is not line and 0 < abs(m.top - line.top) <= 2.2 * em]
    below = [m for m in near if m.top > line.top and abs(m.x0 - line.x0) <= 0.6 * em]
    above = [m for m in near if m.top < line.top and abs(m.x1 - line.x1) <= 0.5 * em]
    wrapped = any(abs(m.x1 - line.x1) <= 0.5 * em for m in below)
    return bool(below) and (wrapped or bool(above))


def _runs_on(line: _PLine, chars: Sequence[dict[str, Any]]) -> bool:
    """The line's text goes on right after its last glyph, set solid (under half an em
    away, on its baseline): a cut-off part of a longer line, not text of its own."""
    return any(
        line.x0 < c["x0"] < line.x1 + 0.5 * line.size
        and c["x1"] > line.x1 + 1
        and abs(c["top"] - line.top) < 0.5 * line.size
        and not str(c.get("text", "")).isspace()
        for c in chars
    )


def _bare_number(text: str) -> bool:
    """A heading's number with nothing after it (``4.``, ``(三)``, ``十一、``)."""
    t = clean_cell_text(fold_width(text)).strip()
    bare = _lex().section_heading.match(t + "名")
    return bare is not None and bare.end() == len(t) + 1


def names_something(text: str) -> bool:
    """A table's title names what it holds: two CJK characters (or three Latin letters)
    beyond a heading's number and a lead-in's closing ``如下：``, never the wrapped tail of a
    sentence (``下：``) nor a character cut off a word (``合``). A date set over a block
    (``113.03.31``) names it too. A note's bare number
    (``2.``, ``(三)``) set left of its grid stays: it still tells one note's table from the
    next one's."""
    t = clean_cell_text(fold_width(text)).strip()
    if _bare_number(t):
        return True
    if _lex().unit_exception.match(t):
        return False  # (除特別註明者外): the unit line's exception, no name
    heading = _lex().section_heading
    if re.search(r"\d{2,4}\s*[./年]\s*\d{1,2}", t):  # a block's date (113.03.31)
        return True
    m = heading.match(t)
    rest = re.sub(r"(?:如[下次])?\s*[:：]$", "", t[m.end() - 1 :] if m else t)
    if rest != t and _lex().generic_lead_in.match(rest.replace(" ", "")):
        return False  # 其明細如下：, 相關說明如下：: a lead-in that names no table
    words = re.sub(r"[〇一二三四五六七八九十廿卅]", "", rest)  # a heading's number
    return (
        len(re.findall(r"[\u3400-\u9fff]", words)) >= 2 or len(re.findall(r"[A-Za-z]", rest)) >= 3
    )


def _title_block(left: Sequence[_PLine], titles: Sequence[_PLine], best: _PLine) -> list[_PLine]:
    """The lines of a title set left of a grid over several lines (``非金管會認可之`` /
    ``國際財務報導準則`` / ``(Non-TIFRS)``): title lines of its type size, each right under
    the one before, none of them a fragment of a word or two (a notes page's wrapped
    label beside its grid)."""
    if best not in left or len(best.text.strip()) < 3:
        return [best]
    k = left.index(best)
    block = [best]

    def fits(a: _PLine, b: _PLine) -> bool:  # b right under a
        return (
            b in titles
            and len(b.text.strip()) >= 3
            and abs(b.size - best.size) <= 1.5
            and 0 <= b.top - a.bottom <= 0.8 * best.size
        )

    j = k - 1
    while j >= 0 and fits(left[j], block[0]):
        block.insert(0, left[j])
        j -= 1
    j = k + 1
    while j < len(left) and fits(block[-1], left[j]):
        block.append(left[j])
        j += 1
    return block


def _continues_caption(caption: _PLine, line: _PLine) -> bool:
    """The second line of a wrapped caption: one phrase, aligned or centred like it."""
    if len(_phrases(line)) != 1 or line.top - caption.bottom > caption.size:
        return False
    centred = abs((line.x0 + line.x1) - (caption.x0 + caption.x1)) / 2 < caption.size
    return centred or abs(line.x0 - caption.x0) < caption.size


def _year_header(ph: Sequence[_Phrase]) -> bool:
    """A header line of years (``意外年度 ≦108 109 110 … 113``): a ``year_row_labels`` label,
    then only years counting by one (``cells.year_cells``). It names the columns of an
    insurer's claims development table; its years are no amounts."""
    return len(ph) >= 3 and year_row_label(ph[0].text) and year_cells([p.text for p in ph[1:]])


@functools.lru_cache(maxsize=8192)
def _is_data_phrase(text: str) -> bool:
    """An amount, a nil marker or a range of rates (``1.43%～2.60%``: a table of discount
    rates holds nothing else, and stays a table although its cells stay text).

    Kept for the texts last asked (a pure function of the text and of the tables lexicon,
    read once per process): the finders ask it of every phrase of a page again and again
    (≈ 750 times a page, most of them on texts asked before), and each ask folded the
    text's width twice and matched the year pattern."""
    cv = parse_cell(text)
    if cv is None:
        return _lex().range_cell.match(fold_width(text).strip()) is not None
    return cv.null or not _is_year(text)


def _collect_lines(
    lines: Sequence[_PLine],
    start: int,
    exclude: Sequence[Box],
    width: float,
    probe: bool,
    gap_factor: float = 1.8,
) -> list[tuple[_PLine, list[_Phrase], bool]]:
    lex = _lex()
    got: list[tuple[_PLine, list[_Phrase], bool]] = []
    heights: list[float] = []
    seen_data = False
    head_dates: set[str] = set()  # the dates of the header read before the first row
    amounts: list[tuple[float, float]] = []  # x-extents of the amounts read so far
    # where the digits of those amounts start: a `$` set apart in the column gap
    # (`$ 385,534` on a statement's first row) is no edge of the value column
    digits_left: list[float] = []
    for k in range(start, len(lines)):
        ln = lines[k]
        if _inside(ln, exclude):
            if got:
                break
            continue
        f = fold_width(ln.text)
        ph = _phrases(ln)
        # `*-533 -7,504`: amounts, the first with a note's mark, are a row, no note
        marked = len(ph) >= 2 and all(_is_data_phrase(p.text) for p in ph)
        if (lex.note_line.match(f) and not marked) or lex.source_line.match(f):
            break
        if _is_caption_line(ln.text) or "。" in f:
            break
        data = (
            any(_is_data_phrase(p.text) for p in ph[:1])
            or any(_is_data_phrase(p.text) or deck_figure(p.text) for p in ph[1:])
        ) and (not _numbered_words(ph) and not _year_header(ph))
        if (
            seen_data
            and not data
            and lex.section_heading.match(f)
            and not lex.note_refs_line.match(f)  # a row's note references wrapped: (九)(十一)
            and not _next_section(got, ln)
        ):
            break  # the next note's numbered heading: tables close together stay apart
        if amounts and not data and lex.table_intro.search(f):
            break  # "…如下：": the next table starts
        if amounts and not data and _date_intro(f):
            break  # "民國一一二年三月三十一日：" after a block: the next date's table
        if seen_data and _DASHED_FOLIO.match(f):
            break  # "- 49 -" under the rows: the page's number, no row (nor a column)
        if (
            seen_data
            and not data
            and lex.bullet_line.match(f)
            and ph[0].x0 < min(a for a, _ in amounts)
        ):
            # `• Financial figures were …` under the rows, from the label column on: the
            # slide's notes (a column of bullets right of the amounts is the table's)
            break
        if (
            seen_data
            and not data
            and amounts
            and _distributed(ln.chars, ln.size)
            and ln.x1 > min(a for a, _ in amounts)
        ):
            break  # `港　幣　之　影　響` spread over the amounts: the next block's name
        if seen_data and not data and _date_over_names(lines, k, amounts):
            break  # "113 年 12月 31日" over the column names again: the next date's table
        rows_read = sum(1 for _, _, d in got if d)
        # A date of its own over the amounts (112.3.31 after the block of 112.12.31): the
        # next date's block, a table of its own even of one row.
        dates = _dates_in(ln.text)
        # Several dates over the amounts under a header of periods (113年 / 1月至3月, no
        # whole date) are as new: the next table's column names.
        new_date = bool(dates) and (bool(head_dates) or len(dates) >= 2) and not dates & head_dates
        if (
            (rows_read >= 2 or (rows_read == 1 and (_periods_over_row(got) or new_date)))
            and not lex.note_refs_line.match(f)  # a row's references wrapped: (5)、(6)
            and _column_header(ph, amounts, ln.size)
            and _rows_ahead(lines, k + 1, amounts) >= (1 if new_date else 2)
        ) or (rows_read >= 2 and _new_periods_over_next(ph, lines, k, amounts)):
            break  # a new header over the amounts: the next table starts
        if (
            rows_read >= 1
            and _named_header(ph, amounts, ln.size)
            and _rows_ahead(lines, k + 1, amounts)
        ):
            # its upper header line (113年 112年 over 關係人名稱 1月至3月) goes with it
            left = min(a for a, _ in amounts) - 2 * ln.size
            while got and not got[-1][2] and all(p.x0 >= left for p in got[-1][1]):
                got.pop()
            break  # the label column named again over new rows: the next sub-table
        if got:
            gap = ln.top - got[-1][0].bottom
            if seen_data and gap > gap_factor * statistics.median(heights):
                break
        if (
            len(ph) == 1
            and not data
            and ph[0].x1 - ph[0].x0 > 0.45 * width
            # a long label wrapped over its row stops short of the amounts' column (of the
            # periods over it before any amount is read)
            and not ph[0].x1 < _values_left(got, amounts, digits_left) - ln.size / 2
        ):
            break  # a paragraph line
        if probe and not got and (len(ph) < 2 or not data):
            if k - start >= 3:
                return []
            continue
        if lex.unit_line.match(f) and not _unit_over_columns(ln):
            continue
        if not data and k > start and _continues_unit_line(lines[k - 1].text):
            continue  # 外，餘係新台幣仟元 under 單位：除每股盈餘為新台幣元: the unit's end
        got.append((ln, ph, data))
        if not seen_data and not data:
            head_dates |= _dates_in(ln.text)
        heights.append(max(ln.bottom - ln.top, 1.0))
        amounts.extend(
            (p.x0, p.x1) for p in ph if _is_data_phrase(p.text) and not is_account_code(p.text)
        )
        digits_left.extend(
            p.x0
            for p in ph
            if _is_data_phrase(p.text) and not is_account_code(p.text) and not _signed(p.text)
        )
        seen_data = seen_data or data
    while got and not got[-1][2] and len(got[-1][1]) <= 1:
        if len(got) >= 2 and got[-2][2] and _hangs_under(got[-1][0], got[-1][1], got[-2]):
            break  # the last row's label wrapped under its amounts: part of the table
        got.pop()
    return got


_SECTION_NUMBER_RE = re.compile(r"^\s*[(（]\s*(\d{1,2}|[一二三四五六七八九十])\s*[)）]")
_CJK_DIGITS = "一二三四五六七八九十"


def _section_number(text: str) -> int | None:
    m = _SECTION_NUMBER_RE.match(fold_width(text))
    if m is None:
        return None
    n = m.group(1)
    return int(n) if n.isdigit() else _CJK_DIGITS.index(n) + 1


def _next_section(got: Sequence[tuple[_PLine, list[_Phrase], bool]], ln: _PLine) -> bool:
    """A numbered label continuing the numbers of a section of the table read already
    (``(2)稀釋每股盈餘`` under ``(1) 基本每股盈餘`` and its rows, set at its left edge):
    the table's next section, not the next note's heading."""
    n = _section_number(ln.text)
    if n is None or n < 2:
        return False
    return any(
        not data and _section_number(row.text) == n - 1 and abs(row.x0 - ln.x0) <= ln.size
        for row, _, data in got
    )


def _signed(text: str) -> bool:
    """An amount led by its currency sign (``$ 385,534``): the sign stands in the gap
    left of the column, where a long label may end too."""
    lead = fold_width(text).lstrip()
    return any(lead.startswith(sign) for sign in _lex().currency_prefixes)


def _values_left(
    got: Sequence[tuple[_PLine, list[_Phrase], bool]],
    amounts: Sequence[tuple[float, float]],
    digits_left: Sequence[float] = (),
) -> float:
    """Where the value columns start: the digits of the amounts read so far (a `$` led
    amount only when every one is), else the header's names that hold a number (periods,
    dates); 0 when neither is read yet. A section label that ends between a `$` and the
    digits (`營業外收入及支出(附註…)` over its rows) is no paragraph line."""
    if digits_left:
        return min(digits_left)
    if amounts:
        return min(a for a, _ in amounts)
    heads = [p.x0 for _, ph, _ in got for p in ph if any(ch.isdigit() for ch in p.text)]
    return min(heads, default=0.0)


def _hangs_under(
    ln: _PLine, ph: Sequence[_Phrase], row: tuple[_PLine, list[_Phrase], bool]
) -> bool:
    """A line of one phrase that carries the label of the row of amounts right above it
    (``對確定福利義務現值 ($ 152,599) …`` / ``  之影響``): indented under that label's
    start, ending before its first amount, no more than a line apart."""
    above, cells, _ = row
    label = next((p for p in cells if not _is_data_phrase(p.text)), None)
    first = min((p.x0 for p in cells if _is_data_phrase(p.text)), default=None)
    size = ln.size
    return (
        len(ph) == 1
        and label is not None
        and first is not None
        and not _is_data_phrase(ph[0].text)
        and not ph[0].text.rstrip().endswith(("：", ":"))
        and not _lex().lettered_heading.match(fold_width(ph[0].text))  # b.租賃負債: the next
        and ph[0].x0 >= label.x0 + HANGING_INDENT_EM * size
        and ph[0].x0 < label.x1
        and ph[0].x1 < first
        and ln.top - above.bottom < size
    )


def _new_periods_over_next(
    ph: Sequence[_Phrase], lines: Sequence[_PLine], k: int, amounts: Sequence[tuple[float, float]]
) -> bool:
    """Periods set one over each amount of the next line (``113年第1季 112年第1季`` over
    ``投資性不動產之租金收入 $14,889 $14,889``), one of them over no column of the rows read
    so far: other columns, so another table, even of one row (Novatek p. 19's rent income
    came out as a row of the movement table above it, whose one column stands right)."""
    if len(ph) < 2 or k + 1 >= len(lines) or not amounts:
        return False
    if any(_is_data_phrase(p.text) or not any(ch.isdigit() for ch in p.text) for p in ph):
        return False
    size = lines[k].size
    nums = [p for p in _phrases(lines[k + 1]) if _is_data_phrase(p.text)]
    if len(nums) != len(ph) or not all(
        _overlap(h.x0 - size, h.x1 + size, n.x0, n.x1) > 0 for h, n in zip(ph, nums, strict=True)
    ):
        return False
    return any(all(_overlap(h.x0, h.x1, a0, a1) <= 0 for a0, a1 in amounts) for h in ph)


def _date_over_names(
    lines: Sequence[_PLine], k: int, amounts: Sequence[tuple[float, float]]
) -> bool:
    """Line ``k``, after a block's rows, is nothing but a date left of the amounts and
    the column names follow it (a line of two names or more, no amount, within the next
    two lines): the next date's block under its own header, not a section of this one
    (a maturity table's later date is followed by its rows' labels)."""
    ln = lines[k]
    if _solid_date(ln.text) is None or not amounts or ln.x1 >= min(a for a, _ in amounts):
        return False
    for nxt in lines[k + 1 : k + 3]:
        if nxt.top - ln.bottom > 2.5 * ln.size:
            return False
        ph = _phrases(nxt)
        if any(_is_data_phrase(p.text) for p in ph):
            return False
        if len(ph) >= 2:
            return True
    return False


def _date_intro(text: str) -> bool:
    """A period line closed by a colon (``民國一一二年三月三十一日：``) introduces what
    follows, like ``如下：``: set after a table's rows, it opens the next date's table."""
    head = text.strip()
    return head[-1:] in (":", "：") and bool(_lex().period_line.match(head[:-1]))


def _dates_in(text: str) -> set[str]:
    """The whole dates a line names (``112.12.31``, ``113年3月31日``), spaces removed
    first: a date letter-spaced over its column (``1 1 3 年 3 月 3 1 日``) is as whole."""
    found = _lex().header_date.findall(fold_width(text))
    solid = (re.sub(r"\s+", "", m) for m in found)
    return {m for m in solid if re.search(r"\d[./月]", m)}


def _over_cells(p: _Phrase, cells: Sequence[tuple[float, float]], size: float) -> bool:
    """``p`` stands over one of a row's text cells and starts no further left than the
    first of them (a column's name, not a label reaching across the label column)."""
    return (
        bool(cells)
        and p.x0 >= min(c0 for c0, _ in cells) - size
        and any(_overlap(p.x0, p.x1, c0, c1) > 0 for c0, c1 in cells)
    )


def _column_header(
    ph: Sequence[_Phrase],
    amounts: Sequence[tuple[float, float]],
    size: float,
    cells: Sequence[tuple[float, float]] = (),
) -> bool:
    """A header line under a table's rows (``112.12.31``, ``113年 / 1月至3月``, ``60 天內
    61-180 天``): no amount, nothing in the label column (a column name wider than its
    amounts may reach into it: ``第一等級`` over ``$-``), set over the amounts read so far,
    and a period or several column names. The same rows repeated under a new header
    (an aging schedule per date, a second notes table) are the next table. ``cells``,
    the first row's text cells right of its label (``資產法``, ``缺乏市場流通性`` of a
    level-3 inputs table): a name set over one of them, starting right of the label
    column, names that column, no label."""
    if not ph or (any(_is_data_phrase(p.text) for p in ph) and not _numbered_words(ph)):
        return False
    if not amounts:  # rows of account codes and labels only so far (8310 不重分類至損益…)
        return False
    if all(_lex().cell_marker.match(p.text.strip()) for p in ph):
        return False  # `(註1)  (註1)` under a row's cells: its note marks, no column names
    left = min(a for a, _ in amounts) - 2 * size
    if any(
        p.x0 < left
        and not any(_overlap(p.x0, p.x1, a0, a1) > 0 for a0, a1 in amounts)
        and not _over_cells(p, cells, size)
        and not _marker_name(p.text)
        and not _stub_name(p.text)
        # a date among dates: the next table's first column, left of this one's amounts
        and not (len(ph) >= 2 and all(_solid_date(q.text) for q in ph))
        # the same beside the label column's own name (關係人名稱 113.3.31 112.12.31)
        and not (
            _solid_date(p.text)
            and _stub_name(ph[0].text)
            and all(_solid_date(q.text) for q in ph[1:])
        )
        for p in ph
    ):
        return False  # a label or a wrapped label: the table goes on
    if not any(_overlap(p.x0, p.x1, a0, a1) > 0 for p in ph for a0, a1 in amounts):
        return False
    return len(ph) >= 2 or any(ch.isdigit() for ch in ph[0].text)


_STUB_NAME_MAX = 8  # glyphs of a label column's own name (關係人名稱, 證券名稱)


def _stub_name(text: str) -> bool:
    """The label column's own name (``關係人名稱``, ``證券名稱``, ``項目``: ends with a
    ``stub_header_words`` word, 8 glyphs at most): it stands in the label column on a
    header line, and is no row's label."""
    solid = re.sub(r"\s+", "", fold_width(text))
    return 2 <= len(solid) <= _STUB_NAME_MAX and solid.endswith(_lex().stub_header_words)


def _named_header(
    ph: Sequence[_Phrase], amounts: Sequence[tuple[float, float]], size: float
) -> bool:
    """A header line that names the label column too (``關係人名稱 113.3.31 112.12.31``
    after a sub-table's rows, under its lettered heading ``E.應收退稅款``): the column
    names set again, so the next sub-table starts, even after a block of one row."""
    left = min((a for a, _ in amounts), default=0.0)
    return (
        len(ph) >= 2
        and _stub_name(ph[0].text)
        and ph[0].x1 < left
        and _column_header(ph, amounts, size)
    )


def _marker_name(text: str) -> bool:
    """A note or code column's name (``附註``, ``代碼``), also cut where the next column's
    name runs into it (``附`` / ``註普通股股本``): it stands in the label column over the
    rows' note references, and is no label."""
    solid = _marker_key(text)
    return bool(solid) and any(
        w.startswith(solid) or solid.startswith(w) for w in _lex().marker_headers
    )


@functools.lru_cache(maxsize=4096)
def _marker_key(text: str) -> str:
    """A text as the note and code column names are kept: no spaces, half width, folded.

    Kept for the texts last asked (a pure function of the text): a phrase's spaced-marker
    test asks for the phrase before it and the glyph after it again at each of its
    first glyphs."""
    return re.sub(r"\s+", "", fold_width(text)).casefold()


def _marker_word(text: str) -> bool:
    """A note or code column's whole name (``附註``, ``代碼``), spaces removed."""
    return _marker_key(text) in _lex().marker_headers


def _numbered_words(ph: Sequence[_Phrase]) -> bool:
    """A letter-spaced header whose only numbers are ordinals among its words (``第 1 等級
    第 2 等級 第 3 等級 合計``): no row of amounts, so it never widens the columns."""
    nums = [p for p in ph if _is_data_phrase(p.text)]
    return (
        bool(nums)
        and all(re.fullmatch(r"\d{1,2}", p.text) for p in nums)
        and len(ph) - len(nums) > len(nums)
    )


def _periods_over_row(got: Sequence[tuple[_PLine, list[_Phrase], bool]]) -> bool:
    """The one row read so far stands right under periods set one over each amount
    (``113.03.31 112.12.31 112.03.31`` over ``聯華電子股份有限公司 $7,631,416 …``): a
    table of one row, not a panel of the next."""
    i = next(i for i, (_, _, d) in enumerate(got) if d)
    if i == 0:
        return False
    head = got[i - 1][1]
    if i >= 2 and len(head) == 1 and not any(ch.isdigit() for ch in head[0].text):
        head = got[i - 2][1]  # the row's label wrapped over it: the periods above that
    nums = [p for p in got[i][1] if _is_data_phrase(p.text)]
    size = got[i][0].size
    return (
        len(head) == len(nums) >= 2
        and all(any(ch.isdigit() for ch in h.text) for h in head)
        and all(
            _overlap(h.x0 - size, h.x1 + size, n.x0, n.x1) > 0
            for h, n in zip(head, nums, strict=True)
        )
    )


def _rows_ahead(lines: Sequence[_PLine], k: int, amounts: Sequence[tuple[float, float]]) -> int:
    """Lines of amounts from ``k`` to the next header over them (at most 2 counted): a
    block of one row under a repeated header is a panel of the same table (a fair-value
    table's one row per date), not a table of its own."""
    n = 0
    for ln in lines[k:]:
        ph = _phrases(ln)
        if "。" in ln.text or (n and _column_header(ph, amounts, ln.size)):
            break
        n += any(_is_data_phrase(p.text) and not is_account_code(p.text) for p in ph)
        if n >= 2:
            break
    return n


@dataclass
class _Col:
    x0: float
    x1: float
    numeric: int = 0
    text: int = 0
    nulls: int = 0
    signed: int = 0  # nothings written with their currency sign ("$ -")


def _columns(
    data_phrases: Sequence[_Phrase], one_line: bool = False, names: Sequence[_Phrase] = ()
) -> list[_Col]:
    """Columns as the union of overlapping phrase extents across data lines.

    An amount whose ``$`` stands a column gap before it (``$ 0.28`` set over a
    statement's amount and % columns) counts in the column it overlaps most and never
    joins two columns; it widens the columns only where no other amount stands.
    ``names``, the header's words, keep a column of nothing but "-" that one of them
    names alone (``購入或創始之信用減損金融資產`` over a dash on every row, between two
    amount columns): without its name it would join the amount beside it.
    """
    solid = [p for p in data_phrases if not p.spread]
    if one_line:
        solid = _join_spaced_label(solid)
    cols = _sweep(solid)
    loose = [p for p in data_phrases if p.spread]
    alone = [
        p
        for p in loose
        if not any(_overlap(p.x0, p.x1, c.x0, c.x1) > 0 for c in cols)
        # "$ -" centred under another line's amount joins that column; on a table's
        # only line of amounts (``無形資產減損損失 $ - $ 240``) no other line sets it.
        and not (cols and not one_line and (cv := parse_cell(p.text)) is not None and cv.null)
    ]
    if alone:
        cols = _sweep([*solid, *alone])
    for p in loose:
        if p not in alone:
            _count(cols[_best_col(p, cols)], p)
    # A "-" centred under an amount column makes no column of its own; on a table's
    # only line of amounts no other line sets that column, so a "-" is one.
    if one_line:
        return cols
    kept = [c for c in cols if c.text or c.numeric > c.nulls or c.signed]
    if len(kept) < 2:
        return cols
    # Columns of nothing but "-" clear right of every amount (a maturity analysis's later
    # buckets, empty on every row) are columns of their own, not part of the last one.
    right = max(c.x1 for c in kept)
    extra = [
        c
        for c in cols
        if c not in kept and c.nulls >= 2 and (c.x0 > right or _named_alone(c, kept, names))
    ]
    return sorted([*kept, *extra], key=lambda c: c.x0)


def _named_alone(col: _Col, kept: Sequence[_Col], names: Sequence[_Phrase]) -> bool:
    """A header word of two characters or more, no digit in it, over ``col`` and over
    no column kept: the column's own name."""
    return any(
        _word_chars(p.text) >= 2
        and not any(ch.isdigit() for ch in p.text)
        and _overlap(p.x0, p.x1, col.x0, col.x1) > 0
        and not any(_overlap(p.x0, p.x1, c.x0, c.x1) > 0 for c in kept)
        for p in names
    )


def _join_spaced_label(phrases: Sequence[_Phrase]) -> list[_Phrase]:
    """A label letter-spaced over its cell (``現　　金``, ``其　　他``) read as one phrase:
    on a table's only line no other label shows the label column's extent, so its
    single ideographs, set less than four glyphs apart, would each make a column."""
    run = list(
        itertools.takewhile(
            lambda p: len(p.text) == 1 and _IDEOGRAPH_RE.match(p.text) is not None, phrases
        )
    )
    if len(run) < 2 or any(
        b.x0 - a.x1 > 4 * (a.bottom - a.top) for a, b in itertools.pairwise(run)
    ):
        return list(phrases)
    return [_run_phrase(run), *phrases[len(run) :]]


def _spaced_lead(phrases: Sequence[_Phrase]) -> str:
    """A line's first words, read whole when letter-spaced (``主　要　股　東　名　稱``, then
    the next column's names far to the right): its single ideographs up to the first gap
    of four glyphs or more, joined; else its first phrase."""
    run = phrases[:1]
    for a, b in itertools.pairwise(phrases):
        if not all(len(p.text) == 1 and _IDEOGRAPH_RE.match(p.text) for p in (a, b)):
            break
        if b.x0 - a.x1 > 4 * (a.bottom - a.top):
            break
        run = [*run, b]
    return "".join(p.text for p in run) if run else ""


def _count(col: _Col, p: _Phrase) -> None:
    if _is_data_phrase(p.text):
        col.numeric += 1
        cv = parse_cell(p.text)
        col.nulls += cv is not None and cv.null
        # "$ -" is written, never centred under another column: a column of its own.
        col.signed += cv is not None and cv.null and cv.currency is not None
    else:
        col.text += 1


def _sweep(phrases: Sequence[_Phrase]) -> list[_Col]:
    cols: list[_Col] = []
    for p in sorted(phrases, key=lambda p: p.x0):
        if cols and p.x0 <= cols[-1].x1:
            cols[-1].x1 = max(cols[-1].x1, p.x1)
        else:
            cols.append(_Col(p.x0, p.x1))
        _count(cols[-1], p)
    return cols


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _best_col(p: _Phrase, cols: Sequence[_Col]) -> int:
    ov = [_overlap(p.x0, p.x1, c.x0, c.x1) for c in cols]
    if max(ov) > 0:
        return ov.index(max(ov))
    cx = (p.x0 + p.x1) / 2
    return min(range(len(cols)), key=lambda j: abs((cols[j].x0 + cols[j].x1) / 2 - cx))


def _header_spans(
    hdr: Sequence[list[_Phrase]], cols: Sequence[_Col], rules: Sequence[Edge] = ()
) -> list[list[tuple[list[int], _Phrase]]]:
    """Columns each header phrase stands over.

    The header line with the most phrases over value columns (the lowest such line)
    names single columns; a line above it with fewer phrases holds group names, each
    over the run of columns whose names it is centred on (``2022年`` over 產值, 比重).
    """
    value = [j for j, c in enumerate(cols) if c.numeric]
    per_line = [[(p, _best_col(p, cols)) for p in ph] for ph in hdr]
    counts = [sum(1 for _, j in line if j in value) for line in per_line]
    if not counts:
        return []
    leaf = max(range(len(counts)), key=lambda i: (counts[i], i))
    per_line[leaf] = _value_first(per_line[leaf], cols)
    centers = {j: (c.x0 + c.x1) / 2 for j, c in enumerate(cols)}
    edges = {j: (c.x0, c.x1) for j, c in enumerate(cols)}
    for p, j in per_line[leaf]:
        centers[j] = (p.x0 + p.x1) / 2
        edges[j] = (min(p.x0, edges[j][0]), max(p.x1, edges[j][1]))
    out: list[list[tuple[list[int], _Phrase]]] = []
    for i, line in enumerate(per_line):
        spans: list[tuple[list[int], _Phrase]] = []
        below = {k for later in per_line[i + 1 :] for _, k in later}
        for p, j in line:
            span = [j]
            slack = 0.5 * (p.bottom - p.top)
            if j not in below and edges[j][0] - slack <= p.x0 and p.x1 <= edges[j][1] + slack:
                # over a column no line below names, inside its extent: that column's own
                # name (MediaTek's `Q-Q` beside the years over their quarters), no group's
                spans.append(([j], p))
                continue
            if i < leaf and counts[i] < counts[leaf] and j in value:
                pc = (p.x0 + p.x1) / 2
                runs = [[j]]
                for a in range(len(value)):
                    for b in range(a + 1, len(value)):
                        run = value[a : b + 1]
                        if j in run and run == list(range(run[0], run[-1] + 1)):
                            runs.append(run)
                spread = _underlined_run(p, runs, edges, rules)
                if spread is None and (
                    _within(p, edges[j], centers, j, runs) or _stacked_on(p, j, per_line[i + 1])
                ):
                    # a line of a column's own name wrapped over several (法定盈 / 餘公積
                    # over one of an equity statement's narrow columns), no group's; or
                    # its first line set within the next's (股數 over (仟股或仟單位)),
                    # however some run's centre falls on its own
                    spans.append(([j], p))
                    continue
                spread = spread or _spread_over_run(p, runs, edges)
                if spread is not None:
                    spans.append((spread, p))
                    continue
                dist = [abs(sum(centers[x] for x in r) / len(r) - pc) for r in runs]
                # Centred as well (within half a point) over several runs, as symmetric
                # layouts are: a line's only date stands over them all (113.3.31 over
                # its three measures); a word over the run as wide as itself.
                near = [r for r, d in zip(runs, dist, strict=True) if d <= min(dist) + 0.5]
                if counts[i] == 1 and any(ch.isdigit() for ch in p.text):
                    best = (0.0, 0.0, max(near, key=len))
                else:
                    best = (0.0, 0.0, min(near, key=lambda r: _width_miss(r, cols, p)))
                span = best[2]
            spans.append((span, p))
        out.append(spans)
    return out


def _stacked_on(p: _Phrase, j: int, below: Sequence[tuple[_Phrase, int]]) -> bool:
    """A phrase of words (no digit: a date or period over a run is a group name; two
    characters or more: a lone glyph may be one of a distributed group name, ``買  入``)
    set within the width of the name of its own column ``j`` on the header line right
    under it, half a glyph of slack at each end."""
    if any(ch.isdigit() for ch in p.text) or _word_chars(p.text) < 2:
        return False
    slack = 0.5 * (p.bottom - p.top)
    return any(
        k == j
        and q.x0 - slack <= p.x0
        and p.x1 <= q.x1 + slack
        and q.top - p.bottom <= 1.5 * (p.bottom - p.top)
        for q, k in below
    )


def _value_first(
    line: list[tuple[_Phrase, int]], cols: Sequence[_Col]
) -> list[tuple[_Phrase, int]]:
    """A column's name spread over its value column and the text column beside it (匯率
    over ``33.2050`` and ``（美元：新台幣）``, its first glyph at the figures' left edge)
    names the figures: the text column only qualifies them. Only where no other name of
    the line stands over the value column."""
    taken = {j for _, j in line}
    out: list[tuple[_Phrase, int]] = []
    for p, j in line:
        if not cols[j].numeric and len(p.text) > 1:
            slack = 0.5 * (p.bottom - p.top)
            starts = [
                k
                for k, c in enumerate(cols)
                if k != j and c.numeric and k not in taken and c.x0 - slack <= p.x0 <= c.x1
            ]
            if (
                len(starts) == 1
                and _overlap(p.x0, p.x1, cols[starts[0]].x0, cols[starts[0]].x1) > 0
            ):
                j = starts[0]
        out.append((p, j))
    return out


def _within(
    p: _Phrase,
    edge: tuple[float, float],
    centers: dict[int, float],
    j: int,
    runs: Sequence[list[int]],
) -> bool:
    """A phrase set inside one column's extent (its name's and amounts'), within half a
    glyph at either end, and centred on it as closely as on any run of columns around it
    (within a point): a short group name centred over two columns' common edge is no
    column's."""
    slack = 0.5 * (p.bottom - p.top)
    if not (edge[0] - slack <= p.x0 and p.x1 <= edge[1] + slack):
        return False
    pc = (p.x0 + p.x1) / 2
    runs_off = [abs(sum(centers[x] for x in r) / len(r) - pc) for r in runs if len(r) > 1]
    return abs(centers[j] - pc) <= min(runs_off, default=float("inf")) + 1.0


def _underlined_run(
    p: _Phrase,
    runs: Sequence[list[int]],
    edges: dict[int, tuple[float, float]],
    rules: Sequence[Edge],
) -> list[int] | None:
    """The run of columns a group name's underline spans (``敏感度分析`` over 變動幅度,
    損益影響 and 淨利影響, the rule under it their extent): a horizontal rule right under
    the name, wider than it, starting right of the label column. Its columns are those
    whose names and amounts stand within the rule."""
    h = p.bottom - p.top
    first = min(r[0] for r in runs)
    # the label column's right edge: a rule from further left frames the table
    labels = max((x1 for k, (_, x1) in edges.items() if k < first), default=float("-inf"))
    for e in rules:
        if not (
            p.bottom - 0.3 * h <= e["top"] <= p.bottom + 0.8 * h
            and e["x0"] <= p.x0 + 0.5 * h
            and e["x1"] >= p.x1 - 0.5 * h
            and e["x1"] - e["x0"] > 1.5 * (p.x1 - p.x0)
            and e["x0"] >= labels
        ):
            continue
        inside = [
            r
            for r in runs
            if len(r) > 1
            and all(e["x0"] - h <= edges[j][0] and edges[j][1] <= e["x1"] + h for j in r)
        ]
        if inside:
            return max(inside, key=len)
    return None


def _spread_over_run(
    p: _Phrase, runs: Sequence[list[int]], edges: dict[int, tuple[float, float]]
) -> list[int] | None:
    """The run of two columns or more a group name is spread over edge to edge (a period
    set from its 金額's left to its ％'s right, ``1 1 2 年 1 月 1 日``), its ends within
    half a glyph of the run's outer edges (its names' and amounts'): the run it names,
    though its centre may stand nearer a wider run's (a ％ name set left in its column
    pulls the centres)."""
    slack = 0.5 * (p.bottom - p.top)
    fits = [
        r
        for r in runs
        if len(r) > 1
        and abs(edges[r[0]][0] - p.x0) <= slack
        and abs(edges[r[-1]][1] - p.x1) <= slack
    ]
    return fits[0] if len(fits) == 1 else None


def _width_miss(run: Sequence[int], cols: Sequence[_Col], p: _Phrase) -> float:
    return abs(cols[run[-1]].x1 - cols[run[0]].x0 - (p.x1 - p.x0))


_IDEOGRAPH_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
# CJK glyphs of one header word spread wider than this many font sizes apart are
# letter-spaced over their cell (代　碼, 金　　額), not set solid.
HEADER_SPREAD_EM = 0.4


def _solid_header(line: _PLine, cols: Sequence[_Col]) -> list[_Phrase]:
    """A header line's phrases with letter-spaced words read solid: glyphs spread over
    one column's width (``金`` at its left edge, ``額`` at its right) join, the column
    geometry deciding, while words over different columns stay apart."""
    size = line.size
    pieces: list[_Phrase] = []
    words = _distributed_words(line)
    for p in words if words is not None else _phrases(line):
        if words is not None:
            pieces.append(p)
            continue
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if not _IDEOGRAPH_RE.match(p.text) or len(own) != len(p.text):
            pieces.append(p)
            continue
        gaps = [b["x0"] - a["x1"] > HEADER_SPREAD_EM * size for a, b in itertools.pairwise(own)]
        # solid, or one word letter-spaced evenly over its cell, or a note column's name
        # spread over the label column's edge (``附　　　註``)
        if sum(gaps) != 1 or _marker_word(p.text):
            pieces.append(p)
            continue
        cut = gaps.index(True) + 1
        pieces += [_glyph_phrase(own[:cut]), _glyph_phrase(own[cut:])]
    given: list[_Phrase] = []  # glyphs given back to a spaced name by their solid neighbour
    if words is None:
        pieces = _split_cross_column_tail(pieces, line, cols, given)
        pieces = _split_off_tail_glyph(_split_spaced_ends(pieces, line, cols, given), line, cols)
    out: list[_Phrase] = []
    spread = False  # the last piece out is glyphs joined across a column's width
    for p in pieces:
        prev = out[-1] if out else None
        chain = spread and any(p is g for g in given)
        if prev is not None and _spread_over_one_column(prev, p, cols, chain):
            out[-1] = _Phrase(
                prev.text + p.text, prev.x0, min(prev.top, p.top), p.x1, max(prev.bottom, p.bottom)
            )
            spread = True
            continue
        out.append(p)
        spread = False
    return out


def _split_cross_column_tail(
    pieces: list[_Phrase], line: _PLine, cols: Sequence[_Col], given: list[_Phrase]
) -> list[_Phrase]:
    """Two letter-spaced names at one pitch run together over a column's edge (``代　碼　資``
    ... ``產``: 代碼 names the code column, 資…產 the label column): the phrase's last
    ideograph stands over another column than the glyph before it and pairs with the lone
    ideograph after it over that one column, so it is given back to that name (``given``)
    instead of closing the first one (``代碼資``, then ``產金``)."""
    wide = HEADER_SPREAD_EM * line.size
    out: list[_Phrase] = []
    for i, p in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if (
            nxt is None
            or len(own) < 2
            or len(own) != len(p.text)
            or not _IDEOGRAPH_RE.match(p.text + nxt.text)
            or len(nxt.text) != 1
            or float(own[-1]["x0"]) - float(own[-2]["x1"]) <= wide
            or _best_col(_glyph_phrase(own[-2:-1]), cols)
            == _best_col(_glyph_phrase(own[-1:]), cols)
            or not _over_one_column(own[-1]["x0"], nxt.x1, cols)
        ):
            out.append(p)
            continue
        out.append(_glyph_phrase(own[:-1]))
        given.append(_glyph_phrase(own[-1:]))
        out.append(given[-1])
    return out


def _split_spaced_ends(
    pieces: list[_Phrase], line: _PLine, cols: Sequence[_Col], given: list[_Phrase]
) -> list[_Phrase]:
    """Column names letter-spaced over their columns meet a name set solid between them
    (``未　　逾　　期`` | ``逾期1～30天`` | ``合　　　計``): the spaced names' glyphs nearest
    the solid one stand less than a phrase gap from it, so the line's gaps join them
    (``期逾期 1 ～ 3 0 天合``). A phrase set solid inside, whose first (last) ideograph
    stands apart by a letter-spacing gap next to a lone ideograph before (after) it, set
    further off, the two over one column, gives that glyph back to the spaced name
    (``given`` collects them: only they join a name already joined across a column)."""
    size = line.size
    wide = HEADER_SPREAD_EM * size

    def lone(q: _Phrase | None) -> bool:
        return q is not None and len(q.text) == 1 and bool(_IDEOGRAPH_RE.match(q.text))

    out: list[_Phrase] = []
    for i, p in enumerate(pieces):
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if len(own) < 4 or len(own) != len(p.text.replace(" ", "")):
            out.append(p)
            continue
        gaps = [float(b["x0"]) - float(a["x1"]) for a, b in itertools.pairwise(own)]
        before = out[-1] if out else None
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        head = (
            gaps[0] > wide
            and bool(_IDEOGRAPH_RE.match(own[0]["text"]))
            and before is not None
            and lone(before)
            and own[0]["x0"] - before.x1 > gaps[0]  # the spaced name's pitch, wider
            and _over_one_column(before.x0, own[0]["x1"], cols)
        )
        tail = (
            gaps[-1] > wide
            and bool(_IDEOGRAPH_RE.match(own[-1]["text"]))
            and after is not None
            and lone(after)
            and after.x0 - own[-1]["x1"] > gaps[-1]
            and _over_one_column(own[-1]["x0"], after.x1, cols)
        )
        lo, hi = int(head), len(own) - int(tail)
        if not (head or tail) or any(g > wide for g in gaps[lo : hi - 1]):
            out.append(p)
            continue
        if head:
            given.append(_glyph_phrase(own[:1]))
            out.append(given[-1])
        out.append(_glyph_phrase(own[lo:hi]))
        if tail:
            given.append(_glyph_phrase(own[hi:]))
            out.append(given[-1])
    return out


def _over_cols(x0: float, x1: float, cols: Sequence[_Col]) -> list[int]:
    """The columns whose body extent a glyph from ``x0`` to ``x1`` overlaps."""
    return [i for i, c in enumerate(cols) if _overlap(x0, x1, c.x0, c.x1) > 0]


def _split_off_tail_glyph(
    pieces: list[_Phrase], line: _PLine, cols: Sequence[_Col]
) -> list[_Phrase]:
    """Two names each letter-spaced over their whole column widths meet: the first
    name's last glyph stands over its column's right edge, a gap short of the next name's
    first glyph (``匯　　　率帳　面　金　額``: 匯 far left, then 率 set close before 帳),
    so the line's gaps join 率 to the wrong name. The body below tells: a glyph over a
    column's edge, right after a lone ideograph over that column or an earlier one, and
    followed by glyphs in the gutter or over later columns only, ends the lone glyph's
    name (匯率 | 帳面金額)."""
    out: list[_Phrase] = []
    tail: _Phrase | None = None  # the next name's glyphs, cut off the edge glyph
    for p in pieces:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev is tail
            and _IDEOGRAPH_RE.match(p.text)
            and _over_one_column(prev.x0, p.x1, cols)
        ):
            # the rest of that name, spread on over the same column (帳面 | 金額)
            tail = out[-1] = _Phrase(
                prev.text + p.text, prev.x0, min(prev.top, p.top), p.x1, max(prev.bottom, p.bottom)
            )
            continue
        own = sorted(
            (c for c in line.chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5),
            key=lambda c: c["x0"],
        )
        if (
            prev is None
            or len(prev.text) != 1
            or not _IDEOGRAPH_RE.match(prev.text + p.text)
            or len(own) != len(p.text)
            or len(own) < 3
            or any(
                b["x0"] - a["x1"] <= HEADER_SPREAD_EM * line.size
                for a, b in itertools.pairwise(own)
            )
        ):
            out.append(p)
            continue
        edge = _over_cols(own[0]["x0"], own[0]["x1"], cols)
        lone = _over_cols(prev.x0, prev.x1, cols)
        rest = [i for c in own[1:] for i in _over_cols(c["x0"], c["x1"], cols)]
        if not edge or not lone or min(lone) > max(edge) or (rest and min(rest) <= max(edge)):
            out.append(p)
            continue
        out[-1] = _Phrase(
            prev.text + own[0]["text"],
            prev.x0,
            min(prev.top, own[0]["top"]),
            own[0]["x1"],
            max(prev.bottom, own[0]["bottom"]),
        )
        tail = _glyph_phrase(own[1:])
        out.append(tail)
    return out


def _distributed_words(line: _PLine) -> list[_Phrase] | None:
    """A line of group names each letter-spaced over its own run of columns (``保　留　盈
    餘`` then ``其　他　權　益``, over an equity statement's columns; or one such name,
    ``歸　屬　於　本　公　司　業　主　之　權　益``): the ideographs cut where their even pitch
    changes, each run of three or more at one pitch a word. None unless the whole line
    is such words (solid type and single glyphs read as phrases)."""
    chars = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    if len(chars) < 6 or not all(_IDEOGRAPH_RE.match(c["text"]) for c in chars):
        return None
    # spread as a distributed word is (two ems and more): a wrapped line of names set
    # solid or a little spaced (``價格與帳面``) is read by its phrases
    least = DISTRIBUTED_PITCH_EM * line.size
    centres = [(float(c["x0"]) + float(c["x1"])) / 2 for c in chars]
    runs: list[list[int]] = [[0]]
    pitch = 0.0
    for i in range(1, len(chars)):
        step = centres[i] - centres[i - 1]
        run = runs[-1]
        if len(run) == 1 and step >= least:
            pitch = step
            run.append(i)
        elif len(run) > 1 and pitch / DISTRIBUTED_EVEN <= step <= DISTRIBUTED_EVEN * pitch:
            run.append(i)
        else:
            runs.append([i])
    if any(len(r) < 3 for r in runs):
        return None
    return [_glyph_phrase([chars[i] for i in r]) for r in runs]


# A header date's pieces (113 | 年 | 12 | 月 | 31 | 日, 至 | 3 | 月 | 31 | 日, 113 | 年度)
# and what they read joined: a date is one column name, never cut over columns.
_DATE_PIECE = re.compile(r"^[\d年月日度至]+$")
_SPACED_DATE = re.compile(
    r"^(?:\d{2,4}年(?:度|\d{1,2}月(?:\d{1,2}日)?)?(?:至\d{1,2}月\d{1,2}日)?|至\d{1,2}月\d{1,2}日)$"
)


def _join_spaced_dates(phrases: list[_Phrase]) -> list[_Phrase]:
    """A header date letter-spaced over a period's columns (``113 年 12 月 31 日`` set
    across ``金 額 ％``) falls apart into phrases at the spacing's gaps: the longest run of
    pieces that reads a date joins into one phrase, which then spans those columns."""
    out: list[_Phrase] = []
    i = 0
    while i < len(phrases):
        j = i + 1
        for end in range(len(phrases), i + 1, -1):
            run = phrases[i:end]
            text = "".join("".join(p.text.split()) for p in run)
            if all(_DATE_PIECE.match("".join(p.text.split())) for p in run) and _SPACED_DATE.match(
                text
            ):
                j = end
                break
        run = phrases[i:j]
        if len(run) == 1:
            out.append(run[0])
        else:
            text = "".join("".join(p.text.split()) for p in run)
            out.append(
                _Phrase(
                    text,
                    run[0].x0,
                    min(p.top for p in run),
                    run[-1].x1,
                    max(p.bottom for p in run),
                )
            )
        i = j
    return out


# A header set over this many lines or more wraps each column's name inside the column
# (small type, words letter-spaced over the cell's width): its glyphs are read by column.
WRAPPED_HEADER_LINES = 3
# Glyphs of a distributed group header stand at least this many font sizes apart, their
# centres evenly spaced within this ratio.
DISTRIBUTED_PITCH_EM = 2.0
DISTRIBUTED_EVEN = 1.25
# Glyph centres further apart than this many font sizes are letter-spaced, not solid
# (solid CJK stands one em apart, digits half an em).
LETTER_PITCH_EM = 1.25
# A wrapped label's next line hangs indented at least this many font sizes.
HANGING_INDENT_EM = 0.5
# Lines set at one indent start within this many font sizes of each other (CJK glyph
# boxes are loose: `國` and `衍` set flush start 2.4 pt apart at 10 pt).
ALIGNED_EM = 0.5


def _item_levels(
    body: Sequence[tuple[_PLine, list[_Phrase], bool]],
) -> list[tuple[float, float, float]]:
    """Where a table sets its sections' items: (the heading's start, the items' start, the
    size) for each label-only heading, maybe wrapped over more lines, whose next two rows
    start alike, indented under it (`透過損益…之金融資產` / `  國內上市(櫃)股票` / `  …`)."""
    out: list[tuple[float, float, float]] = []
    for i, (ln, _, data) in enumerate(body):
        if data or (i and not body[i - 1][2]):
            continue
        j = i + 1
        while j < len(body) and not body[j][2]:
            j += 1
        if j + 1 >= len(body) or not body[j + 1][2]:
            continue
        a, b = body[j][0].x0, body[j + 1][0].x0
        if min(a, b) >= ln.x0 + HANGING_INDENT_EM * ln.size and abs(a - b) < ALIGNED_EM * ln.size:
            out.append((ln.x0, a, ln.size))
    return out


def _cell_extents(data_phrases: Sequence[_Phrase], cols: Sequence[_Col]) -> list[_Col]:
    """Each column as wide as its cells including a ``$`` set a gap before the amount:
    a right-aligned amount column starts where its signs do, not where its digits do."""
    out = [_Col(c.x0, c.x1, c.numeric, c.text, c.nulls, c.signed) for c in cols]
    for p in data_phrases:
        c = out[_best_col(p, cols)]
        c.x0, c.x1 = min(c.x0, p.x0), max(c.x1, p.x1)
    return out


def _distributed(chars: Sequence[dict[str, Any]], size: float) -> bool:
    """Single ideographs spread evenly far apart (``非　現　金　之　變　動`` over a run of
    columns): one word set with distributed alignment."""
    return _even_pitch(chars, DISTRIBUTED_PITCH_EM * size)


def _even_pitch(chars: Sequence[dict[str, Any]], least: float) -> bool:
    """Three or more ideographs whose centres stand at least ``least`` apart, evenly
    (within ``DISTRIBUTED_EVEN``)."""
    if len(chars) < 3 or not all(_IDEOGRAPH_RE.match(c["text"]) for c in chars):
        return False
    centres = [(float(c["x0"]) + float(c["x1"])) / 2 for c in chars]
    pitches = [b - a for a, b in itertools.pairwise(centres)]
    low = min(pitches)
    return low >= least and max(pitches) <= DISTRIBUTED_EVEN * low


def _letter_spaced(line: _PLine) -> bool:
    """A line of ideographs set at one even pitch wider than solid type (``合 併 資 產 負
    債 表``, a statement's title spread over the page's middle): one word, however its
    gaps fall against the phrase gap (that pitch cut it into ``合併資 | 產負債 | 表``)."""
    chars = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    return _even_pitch(chars, LETTER_PITCH_EM * line.size)


def _zone_phrases(
    line: _PLine, cols: Sequence[_Col], zones: Sequence[_Col]
) -> tuple[list[_Phrase], bool] | None:
    """A wrapped header line read by column zone (each column out to half the gap to the
    next): a phrase is cut where a zone boundary falls in a gap between its glyphs (two
    names set a little apart, ``現金流量 票券折價``), and pieces in one zone join (a name
    letter-spaced over its cell, ``折　　價``), while a name set solid across a boundary
    stays whole (a date over its ``金額`` and ``％``); a line that is one distributed word
    is one phrase (a group header over several columns). None when a word other than a
    date stands across a boundary: the header is not wrapped column by column. The flag
    tells whether the zones read the line otherwise than its phrases (a cut, a join, a
    distributed word)."""
    chars = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    if not chars:
        return [], False
    size = line.size
    if _distributed(chars, size):
        return [_glyph_phrase(chars)], True
    words = _distributed_words(line)
    if words is not None:
        return words, True  # group names, each over its own run of columns
    changed = False
    bounds, starts = _zone_bounds(zones)
    word = None
    if bounds and not zones[0].numeric:
        bounds[0], word = _past_spaced_word(chars, bounds[0], size)
        if starts[1] > 1:  # several text columns: the word names one of them, as read
            word = None
    pieces: list[_Phrase] = []
    for p in _solid_header(line, cols):
        own = [c for c in chars if p.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= p.x1 + 0.5]
        if len(own) != len(p.text.replace(" ", "")):  # glyphs the phrase's box misses
            pieces.append(p)
            continue
        run = [own[0]]
        # a date or period is never cut, nor a note column's name letter-spaced over
        # the label column's edge (``附　　註``)
        dated = any(ch.isdigit() for ch in p.text) or _marker_word(p.text)
        for a, b in itertools.pairwise(own):
            ca, cb = (a["x0"] + a["x1"]) / 2, (b["x0"] + b["x1"]) / 2
            apart = b["x0"] - a["x1"] > SPACE_GAP_EM * size or cb - ca > LETTER_PITCH_EM * size
            if apart and not dated and any(ca < x < cb for x in bounds):
                pieces.append(_spaced_phrase(run, size))
                run = []
                changed = True
            run.append(b)
        pieces.append(_spaced_phrase(run, size))
    out: list[_Phrase] = []
    for p in pieces:
        prev = out[-1] if out else None
        zone = _one_zone(p, bounds)
        if (
            prev is not None
            and zone is not None
            and zone == _one_zone(prev, bounds)
            and (zones[starts[zone]].numeric or (_in_span(p, word) and _in_span(prev, word)))
        ):
            out[-1] = _Phrase(
                _join_text(prev.text, p.text),
                prev.x0,
                min(prev.top, p.top),
                p.x1,
                max(prev.bottom, p.bottom),
            )
            changed = True
            continue
        out.append(p)
    # A word set across a column boundary is a group name (保留盈餘 over its columns):
    # the line is no column-wrapped one.
    if any(
        _one_zone(p, bounds) is None
        and not any(ch.isdigit() for ch in p.text)
        and not _marker_word(p.text)
        for p in out
    ):
        return None
    return out, changed


def _past_spaced_word(
    chars: Sequence[dict[str, Any]], bound: float, size: float
) -> tuple[float, tuple[float, float] | None]:
    """The text columns' zone ends at a guess (their cells are ragged): a word
    letter-spaced over them (`關 係 人 類 別 ／ 名 稱`, `金　融　資　產`), its glyphs
    evenly far apart across that guess, ends the zone where its even pitch breaks, not
    between two of its glyphs. The zone's end and the word's extent, if one was."""
    centres = [(float(c["x0"]) + float(c["x1"])) / 2 for c in chars]
    k = next((i for i in range(2, len(chars)) if centres[i - 1] < bound < centres[i]), None)
    if k is None:
        return bound, None
    pitch = centres[k - 1] - centres[k - 2]

    def even(i: int) -> bool:
        step = centres[i] - centres[i - 1]
        return pitch / DISTRIBUTED_EVEN <= step <= DISTRIBUTED_EVEN * pitch

    if pitch <= LETTER_PITCH_EM * size or not even(k):
        return bound, None
    first = k - 2
    while first > 0 and even(first):
        first -= 1
    while k + 1 < len(chars) and even(k + 1):
        k += 1
    word = (float(chars[first]["x0"]), float(chars[k]["x1"]))
    if k + 1 == len(chars):
        return word[1] + 0.5 * size, word
    return (word[1] + float(chars[k + 1]["x0"])) / 2, word


def _in_span(p: _Phrase, span: tuple[float, float] | None) -> bool:
    """Whether the phrase stands within the span (half a point of slack)."""
    return span is not None and span[0] - 0.5 <= p.x0 and p.x1 <= span[1] + 0.5


def _zone_bounds(zones: Sequence[_Col]) -> tuple[list[float], list[int]]:
    """Zone boundaries, halfway between columns, before each column of amounts or right
    of one (the text columns at the left, whose cells are ragged, make one zone; a text
    column among the amounts, a loan's ``到期年度``, is a zone of its own), and the
    first column of each zone."""
    bounds: list[float] = []
    starts = [0]
    for j, (a, b) in enumerate(itertools.pairwise(zones)):
        if b.numeric or any(z.numeric for z in zones[: j + 1]):
            bounds.append((a.x1 + b.x0) / 2)
            starts.append(j + 1)
    return bounds, starts


def _one_zone(p: _Phrase, bounds: Sequence[float]) -> int | None:
    """The column zone that holds the whole phrase (its end glyphs' centres, about half
    a glyph in from its edges: CJK boxes are loose), if one does."""
    inset = min(p.bottom - p.top, p.x1 - p.x0) / 2
    first, last = bisect.bisect(bounds, p.x0 + inset), bisect.bisect(bounds, p.x1 - inset)
    return first if first == last else None


def _zone_spans(
    hdr: Sequence[list[_Phrase]],
    cols: Sequence[_Col],
    zones: Sequence[_Col],
    rules: Sequence[Edge] = (),
) -> list[list[tuple[list[int], _Phrase]]]:
    """Columns each phrase of a wrapped header names: its own column when it stands in
    one column's zone, else the run it is centred over (a group header); a date or
    period centred over a run keeps the run (``113.3.31`` over ``金額 ％``)."""
    bounds, starts = _zone_bounds(zones)
    out = _header_spans(hdr, cols, rules)
    for line in out:
        for k, (span, p) in enumerate(line):
            zone = _one_zone(p, bounds)
            col = starts[zone] if zone is not None else 0
            if (
                zone is not None
                and zones[col].numeric
                and not (len(span) > 1 and any(ch.isdigit() for ch in p.text))
            ):
                line[k] = ([col], p)
            elif len(span) == 1:
                under = [j for j, c in enumerate(zones) if p.x0 <= (c.x0 + c.x1) / 2 <= p.x1]
                if len(under) > 1:
                    line[k] = (under, p)
    return out


def _spaced_phrase(chars: Sequence[dict[str, Any]], size: float) -> _Phrase:
    """Glyphs of one cell as a phrase, a space at a word gap unless both sides are CJK."""
    parts: list[str] = []
    for a, b in itertools.pairwise(chars):
        parts.append(a["text"])
        if b["x0"] - a["x1"] > SPACE_GAP_EM * size:
            parts.append(" ")
    parts.append(chars[-1]["text"])
    p = _glyph_phrase(chars)
    return _Phrase(clean_cell_text("".join(parts)), p.x0, p.top, p.x1, p.bottom)


def _run_phrase(run: Sequence[_Phrase]) -> _Phrase:
    """Phrases of one line, left to right, read as one (their text joined, their boxes merged)."""
    return _Phrase(
        "".join(p.text for p in run),
        run[0].x0,
        min(p.top for p in run),
        run[-1].x1,
        max(p.bottom for p in run),
    )


def _glyph_phrase(chars: Sequence[dict[str, Any]]) -> _Phrase:
    return _Phrase(
        "".join(c["text"] for c in chars),
        chars[0]["x0"],
        min(c["top"] for c in chars),
        chars[-1]["x1"],
        max(c["bottom"] for c in chars),
    )


def _spread_over_one_column(
    a: _Phrase, b: _Phrase, cols: Sequence[_Col], a_spread: bool = False
) -> bool:
    """Two single ideographs with one column, and nothing else, between or under them
    (pairs are read left to right, so a glyph joins one neighbour at most); or glyphs
    already so joined (``a_spread``: ``未逾``) and the next one (``期``) of the same name."""
    if (len(a.text) != 1 and not a_spread) or len(b.text) != 1:
        return False
    if not _IDEOGRAPH_RE.match(a.text + b.text):
        return False
    if len(a.text) > 1:
        # the next glyph of the same spaced name stands at its pitch
        glyph = b.x1 - b.x0
        pitch = (a.x1 - a.x0 - glyph) / (len(a.text) - 1)
        step = b.x0 - (a.x1 - glyph)
        if not pitch / DISTRIBUTED_EVEN <= step <= DISTRIBUTED_EVEN * pitch:
            return False
    return _over_one_column(a.x0, b.x1, cols)


def _over_one_column(x0: float, x1: float, cols: Sequence[_Col]) -> bool:
    """From ``x0`` to ``x1`` touches one column and centres over it or the gutter."""
    mid = (x0 + x1) / 2
    home = [c for c in cols if c.x0 <= mid <= c.x1]
    touched = [c for c in cols if _overlap(x0, x1, c.x0, c.x1) > 0]
    return len(touched) == 1 and home in ([], touched)


def _wraps_label_row(
    ln: _PLine,
    ph: Sequence[_Phrase],
    cols: Sequence[_Col],
    wrapping: tuple[_PLine, _PLine] | None,
    label_right: float,
    pitch: float,
) -> bool:
    """Line ``ln``, a label only, goes on the label-only row right before it: that row's
    last line is full (as long as the label column's longest, less two glyphs) and
    closes with no colon, and ``ln`` hangs indented under the row's first line a row's
    pitch below."""
    if wrapping is None or any(_best_col(p, cols) for p in ph):
        return False
    first, last = wrapping
    return (
        ln.top - last.top < 1.5 * pitch
        and last.x1 >= label_right - 2 * last.size
        and not last.text.rstrip().endswith(("：", ":"))
        and ln.x0 >= first.x0 + HANGING_INDENT_EM * first.size
    )


SOLID_LINE_EM = 1.6  # lines of one wrapped cell stand at most this many ems apart, top to top


def _text_phrase(p: _Phrase, cols: Sequence[_Col]) -> bool:
    """Words standing over no value column: a label's or a text column's."""
    return not _is_data_phrase(p.text) and not any(
        _overlap(p.x0, p.x1, c.x0, c.x1) > 0 for c in cols if c.numeric
    )


def _lines_to_amounts(
    body: Sequence[tuple[_PLine, list[_Phrase], bool]],
    k: int,
    cols: Sequence[_Col],
    item_levels: Sequence[tuple[float, float, float]],
) -> int:
    """How many lines below label line ``k`` its row's amounts stand, when the row's name
    wraps down to them in a narrow label column (``定期存款(帳列其`` / ``  他金融資產—`` /
    ``  流動)  $ 10,000``; a second text column beside it wrapped too): every line set
    solid under the one before, hanging indented under the first, each but the last as
    long as the column's longest first words (full, so it wrapped), none closing on a
    colon, the line after the amounts starting back at the left. 0 for any other line: a
    section's heading over its items (the items stay indented), a row of its own."""
    ln, ph, _ = body[k]
    size = ln.size
    indent = HANGING_INDENT_EM * size
    if not ph or not all(_text_phrase(p, cols) for p in ph):
        return 0
    firsts = [q[0].x1 for _, q, _ in body if q and _best_col(q[0], cols) == 0]
    full = max(firsts, default=ln.x1) - 2 * size
    if sum(1 for _, _, d in body if d) == 1:
        # one row: a heading over its one item (`固定利率應收放款` / `  不超過一年`) is
        # as long as the longest; a wrapped name reaches the amounts
        full = max(full, min((c.x0 for c in cols if c.numeric), default=full) - 2 * size)
    prev = ln
    for n in range(1, MAX_LABEL_LINES):
        if k + n >= len(body):
            return 0
        nxt, nph, ndata = body[k + n]
        _, pph, _ = body[k + n - 1]
        if (
            not nph
            or nxt.top - prev.top > SOLID_LINE_EM * size
            or nph[0].x0 < ph[0].x0 + indent
            or _best_col(nph[0], cols) != 0
            or not _text_phrase(nph[0], cols)
            # where the table sets a heading's items (`透過其他綜合損益…` / `  權益工具`)
            or any(
                abs(hx - ln.x0) < ALIGNED_EM * sz and abs(ix - nxt.x0) < ALIGNED_EM * sz
                for hx, ix, sz in item_levels
            )
            or pph[0].x1 < full
            or prev.text.rstrip().endswith(("：", ":"))
        ):
            return 0
        if ndata:
            after = body[k + n + 1] if k + n + 1 < len(body) else None
            back = (
                after is None
                or not after[1]
                or not _text_phrase(after[1][0], cols)  # a total's amounts, no label
                or after[0].x0 <= nph[0].x0 - indent
            )
            return n if back else 0
        if not all(_text_phrase(p, cols) for p in nph):
            return 0
        prev = nxt
    return 0


def _run_cells(
    run: Sequence[tuple[_PLine, list[_Phrase], bool]], cols: Sequence[_Col]
) -> list[str]:
    """The cells of a row whose lines ``run`` down to its amounts: per column, the pieces
    that stand one under the other read down (``定期存款(帳列其`` + ``他金融資產—`` +
    ``流動)``), then the next such stack (``作為…保證額度`` + ``及…之擔保``) after a space."""
    stacks: list[list[tuple[float, float, list[str]]]] = [[] for _ in cols]
    for ln, ph, _ in run:
        for p in ph:
            j = _best_col(p, cols)
            if cols[j].numeric and _text_phrase(p, cols):
                # words beside the label, in no value column: the text column left of them
                j = max(
                    (i for i, c in enumerate(cols) if not c.numeric and c.x0 <= p.x0), default=0
                )
            col = stacks[j]
            # under a stack: starting at most half an em left of it, before its end
            home = [
                n for n, (x0, x1, _) in enumerate(col) if x0 <= p.x0 + ln.size / 2 and p.x0 < x1
            ]
            if home:
                x0, x1, pieces = col[home[-1]]
                col[home[-1]] = (x0, max(x1, p.x1), [*pieces, p.text])
            else:
                col.append((p.x0, p.x1, [p.text]))
                col.sort(key=lambda st: st[0])
    return [" ".join(clean_cell_text("".join(st[2])) for st in col) for col in stacks]


HEADER_WORD_CELLS = 2  # value columns a line of no label names to be a header's line


def _names_value_columns(cells: Sequence[str], cols: Sequence[_Col]) -> bool:
    """A line with no label and words over two value columns or more (``(a) (b)
    (c)=(a)-(b) 金融工具 … (e)=(c)-(d)``, the last line of a stacked table's header set
    solid over its first row): column names, a row of their own, never words of the
    amounts' row below."""
    if cells[0]:
        return False
    named = sum(
        1 for c, col in zip(cells, cols, strict=True) if col.numeric and c and not _data_cell(c)
    )
    return named >= HEADER_WORD_CELLS


def _wrapped_note_refs(cells: Sequence[str], data: bool, above: Sequence[str]) -> bool:
    """A line whose only words are note references (``(九)(十一)``, ``及七``) continues
    the row above: with no amounts, or with the amounts of a row above that has none (set
    on the wrapped row's last line)."""
    words = [c for c in cells if c and not _is_data_phrase(c)]
    if not words or not all(_lex().note_refs_line.match(fold_width(c)) for c in words):
        return False
    return not data or not any(_is_data_phrase(c) and not is_account_code(c) for c in above if c)


_SHARE_NAMES = frozenset({"%", "％", "(%)", "(％)", "（%）", "（％）"})


def _amounts_over_shares(
    body_rows: Sequence[tuple[list[str], _PLine]],
    levels: Sequence[Sequence[tuple[list[int], str]]],
) -> None:
    """A value under a ``％`` column whose ``金額`` beside it, under the same period, is
    empty is that period's amount: a cell set over both columns (earnings per share,
    ``0.21`` right-aligned with the ％ column, its ``$`` left on the first period only).
    A share of nothing is never printed, so no row loses a share it has."""
    pairs: list[tuple[int, int]] = []
    for j in range(1, len(levels)):
        own, left = levels[j], levels[j - 1]
        if (
            own
            and left
            and len(own) == len(left)
            and own[-1][0] == [j]
            and left[-1][0] == [j - 1]
            and "".join(own[-1][1].split()) in _SHARE_NAMES
            and "".join(left[-1][1].split()) not in _SHARE_NAMES
            and (len(own) == 1 or own[-2][0] == left[-2][0])
            # the amount column holds amounts (never the label column beside a ％)
            and any(_is_data_phrase(cells[j - 1]) for cells, _ in body_rows)
        ):
            pairs.append((j - 1, j))
    for cells, _ in body_rows:
        for a, s in pairs:
            if not cells[a].strip() and _is_data_phrase(cells[s]):
                cells[a], cells[s] = cells[s], ""


def _join_text(a: str, b: str) -> str:
    """Two pieces of one cell: a space between them unless both sides are CJK."""
    return clean_cell_text(f"{a} {b}") if a else b


# Lines of amounts that must set a column gap where a row's glyphs stand closer than one
# (every row but the glued one), before that row's phrase is cut there.
KEPT_GAP_ROWS = 3


def _split_at_kept_gaps(
    got: Sequence[tuple[_PLine, list[_Phrase], bool]],
) -> list[tuple[_PLine, list[_Phrase], bool]]:
    """Phrases cut where the table's other rows keep a column gap.

    A row's code set a little closer to its label (``7950 所得稅費用``, 7.3 pt apart
    under a column gap of 8.1 pt) or its label's last glyph closer to its note
    reference (``…關聯企業及 六(七)``) reads as one phrase, and the union of phrase
    extents then makes one column of code, label and note for the whole table. Where
    the row's glyphs stand apart by more than a space and at least ``KEPT_GAP_ROWS``
    rows of amounts end a phrase before that gap and start one after it (and more than
    twice as many as run over it), the phrase is two cells.

    Two text columns set closer than a column gap (a company's name and its business,
    names wrapped in both) run over the gap on many rows, so the rows of amounts alone
    never outvote it twice: where a header line names the two sides apart (a name over
    each side, none over the gap), the wrapped lines under the first row of amounts vote
    too and keeping the gap on more rows than run over it is enough."""
    data = [ph for _, ph, d in got if d]
    if len(data) <= KEPT_GAP_ROWS:
        return list(got)
    first = next(i for i, (_, _, d) in enumerate(got) if d)
    names = [ph for _, ph, _ in got[:first]]
    wrapped = [ph for _, ph, d in got[first:] if not d]
    out: list[tuple[_PLine, list[_Phrase], bool]] = []
    for ln, ph, d in got:
        cut = [q for p in ph for q in _cut_phrase(ln, p, data, ph, names, wrapped)]
        out.append((ln, cut if len(cut) != len(ph) else ph, d))
    return out


def _cell_piece(chars: Sequence[dict[str, Any]]) -> bool:
    """Glyphs that may make a cell of their own: some letter or digit (a bracket set apart
    opens the amount, ``所得稅費用 (`` / ``39,458)``), and more than one ideograph (``美　金``
    letter-spaced over its cell is one word)."""
    text = "".join(c["text"] for c in chars)
    return any(ch.isalnum() for ch in text) and not (
        len(text) == 1 and _IDEOGRAPH_RE.match(text) is not None
    )


def _glyph(p: _Phrase) -> bool:
    return len(p.text) == 1 and _IDEOGRAPH_RE.match(p.text) is not None


def _gap_votes(
    rows: Sequence[Sequence[_Phrase]], own: Sequence[_Phrase], p: _Phrase, lo: float, hi: float
) -> tuple[int, int]:
    """Rows that keep the gap ``lo``–``hi`` inside phrase ``p`` (a phrase ends before it
    and one starts after it) and rows that run a phrase over it."""
    kept = crossed = 0
    for row in rows:
        if row is own:
            continue
        if any(q.x0 < lo and q.x1 > hi for q in row):
            crossed += 1
        elif any(p.x0 < q.x1 <= hi and not _glyph(q) for q in row) and any(
            lo <= q.x0 < p.x1 and not _glyph(q) for q in row
        ):
            kept += 1
    return kept, crossed


def _named_apart(names: Sequence[Sequence[_Phrase]], p: _Phrase, lo: float, hi: float) -> bool:
    """A header line names each side of the gap ``lo``–``hi`` inside ``p`` and nothing
    over the gap itself (``子公司名稱`` over the names, ``業務性質`` over the business)."""
    return any(
        not any(q.x0 < lo and q.x1 > hi for q in line)
        and any(p.x0 <= q.x1 <= lo and not _glyph(q) for q in line)
        and any(hi <= q.x0 < p.x1 and not _glyph(q) for q in line)
        for line in names
    )


def _cut_phrase(
    ln: _PLine,
    p: _Phrase,
    data: Sequence[Sequence[_Phrase]],
    own: Sequence[_Phrase],
    names: Sequence[Sequence[_Phrase]] = (),
    wrapped: Sequence[Sequence[_Phrase]] = (),
) -> list[_Phrase]:
    if p.spread or _is_data_phrase(p.text) or not any(ch.isalpha() for ch in p.text):
        return [p]  # words only: `2 ($` is a share and the next amount's opening
    chars = sorted(
        (
            c
            for c in ln.chars
            if not c["text"].isspace() and c["x0"] >= p.x0 - 0.5 and c["x1"] <= p.x1 + 0.5
        ),
        key=lambda c: c["x0"] + c["x1"],
    )
    for i in range(1, len(chars)):
        lo, hi = chars[i - 1]["x1"], chars[i]["x0"]
        if hi - lo <= SPACE_GAP_EM * ln.size or not (
            _cell_piece(chars[:i]) and _cell_piece(chars[i:])
        ):
            continue
        kept, crossed = _gap_votes(data, own, p, lo, hi)
        cut = kept >= KEPT_GAP_ROWS and kept > 2 * crossed
        if not cut and _named_apart(names, p, lo, hi):
            kept, crossed = _gap_votes([*data, *wrapped], own, p, lo, hi)
            cut = kept >= KEPT_GAP_ROWS and kept > crossed
        if cut:
            left = _spaced_phrase(chars[:i], ln.size)
            right = _spaced_phrase(chars[i:], ln.size)
            return [left, *_cut_phrase(ln, right, data, own, names, wrapped)]
    return [p]


def _word_chars(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def _named_empty_columns(
    hdr: Sequence[tuple[_PLine, list[_Phrase], bool]],
    cols: list[_Col],
    over_values: Callable[[Sequence[_Phrase]], bool],
) -> list[_Col]:
    """A column the header names right of every column the body sets text in (a remarks
    column, ``說明`` / ``備註``, that no row of this page writes in) is a column of its
    own: found from the body only, it is missing, and its name joins the last value
    column's (``112.3.31 說明``), which moves that column's centre and the group name over
    the dates off their run. Only on a line that also names value columns (a line of
    column names), never a unit line, and only a name of two characters or more after
    another such name: a name letter-spaced over the last column's width (``市　價``,
    ``合　計``) falls apart into glyphs whose last stands past the amounts."""
    last = max(c.x1 for c in cols)
    extra: list[_Col] = []
    for _, ph, _ in hdr:
        if not over_values(ph):
            continue
        for before, p in itertools.pairwise(ph):
            if (
                p.x0 > last
                and _word_chars(p.text) >= 2
                and _word_chars(before.text) >= 2
                and not any(_overlap(p.x0, p.x1, c.x0, c.x1) > 0 for c in [*cols, *extra])
                and line_unit(p.text) is None
                and not any(ch.isdigit() for ch in p.text)
            ):
                extra.append(_Col(p.x0, p.x1, text=0))
    return [*cols, *sorted(extra, key=lambda c: c.x0)] if extra else cols


def _text_table(
    lines: Sequence[_PLine],
    start: int,
    page_number: int,
    exclude: Sequence[Box],
    width: float,
    caption: str | None,
    probe: bool,
    gap: float = 1.8,
    min_rows: int = 2,
    rules: Sequence[Edge] = (),
) -> PdfTable | None:
    """An unruled table from aligned text lines (columns found from numeric cells), of
    at least ``min_rows`` data lines; ``rules``, the page's horizontal rules, show how
    far a group name over the columns reaches."""
    got = _split_at_kept_gaps(_collect_lines(lines, start, exclude, width, probe, gap))
    data_idx = [i for i, (_, _, d) in enumerate(got) if d]
    if len(data_idx) < min_rows:
        return None
    first_data = data_idx[0]
    # a header line of years (意外年度 ≦108 109 …) sets its columns as the amounts do: a
    # year's column may hold nothing but dashes
    years = [p for _, ph, d in got[:first_data] if not d and _year_header(ph) for p in ph[1:]]
    names = [p for _, ph, d in got[:first_data] if not d for p in ph]
    cols = _columns(
        [p for i in data_idx for p in got[i][1]] + years,
        one_line=len(data_idx) == 1,
        names=names,
    )
    if len(cols) < 2 or not any(c.numeric for c in cols):
        return None
    ncol = len(cols)

    # Labels right above the first data line, over text columns only, are section
    # headings of the body (流動資產, or 流動資產 | 流動負債 on two panels), not a header.
    def over_values(ph: Sequence[_Phrase]) -> bool:
        return any(_overlap(p.x0, p.x1, c.x0, c.x1) > 0 for p in ph for c in cols if c.numeric)

    while first_data > 1:
        _, ph, _ = got[first_data - 1]
        if over_values(ph):
            break
        if len(ph) > sum(1 for c in cols if not c.numeric) and not (
            # the first lines of a row whose amounts stand on its last line (a name
            # wrapped in a narrow label column, what it secures wrapped beside it), under
            # the names of the value columns: the body's, not a header level of no value
            # (two texts side by side: not one word letter-spaced, `成　本`, which the
            # header's reading by zones needs)
            sum(1 for p in ph if len(p.text.strip()) > 1) >= 2
            and _best_col(ph[0], cols) == 0
            and any(over_values(got[h][1]) for h in range(first_data - 1))
        ):
            break
        first_data -= 1

    cols = _named_empty_columns(got[:first_data], cols, over_values)
    ncol = len(cols)

    # Header lines: phrases over column runs; a phrase over the same columns as the one
    # above continues it (a wrapped header), a narrower one sits under it (two levels).
    levels: list[list[tuple[list[int], str]]] = [[] for _ in range(ncol)]
    hdr = got[:first_data]
    zoned: list[tuple[list[_Phrase], bool] | None] = [None]
    hdr_cols = cols
    if len(hdr) >= WRAPPED_HEADER_LINES:
        hdr_cols = _cell_extents([p for i in data_idx for p in got[i][1]], cols)
        zoned = [_zone_phrases(ln, cols, hdr_cols) for ln, _, _ in hdr]
    # Read by zones only where they read some line otherwise: a header whose every
    # line the phrases read well keeps the phrases' reading.
    if all(z is not None for z in zoned) and any(z[1] for z in zoned if z is not None):
        spans = _zone_spans([z[0] for z in zoned if z is not None], cols, hdr_cols, rules)
    else:
        spans = _header_spans([_solid_header(ln, cols) for ln, _, _ in hdr], cols, rules)
    for line in spans:
        for span, p in line:
            stack = levels[span[0]]
            if stack and stack[-1][0] == span:
                stack[-1] = (span, _join_text(stack[-1][1], p.text))
                for j in span[1:]:
                    levels[j][-1] = stack[-1]
            else:
                for j in span:
                    levels[j].append((span, p.text))
    n_levels = max((len(s) for s in levels), default=0)
    rows: list[list[str | None]] = []
    boxes: list[list[tuple[float, float, float, float] | None]] = []
    if n_levels:
        h_top = min(ln.top for ln, _, _ in hdr)
        h_bot = max(ln.bottom for ln, _, _ in hdr)
        step = (h_bot - h_top) / n_levels
        for lv in range(n_levels):
            row: list[str | None] = [None] * ncol
            brow: list[tuple[float, float, float, float] | None] = [None] * ncol
            for j in range(ncol):
                stack = levels[j]
                if lv >= len(stack):
                    if not stack:
                        row[j] = ""
                        brow[j] = _round_box(
                            (cols[j].x0, h_top + lv * step, cols[j].x1, h_top + (lv + 1) * step)
                        )
                    continue
                span, text = stack[lv]
                if span[0] != j:
                    continue
                bottom = h_bot if lv == len(stack) - 1 else h_top + (lv + 1) * step
                row[j] = text
                brow[j] = _round_box(
                    (cols[span[0]].x0, h_top + lv * step, cols[span[-1]].x1, bottom)
                )
            rows.append(row)
            boxes.append(brow)

    # Body: one row per data line; a label-only line close to a data line is a wrapped label.
    body = got[first_data:]
    pitches = [
        body[b][0].top - body[a][0].top
        for a, b in zip(range(len(body)), range(1, len(body)), strict=False)
        if body[a][2] and body[b][2]
    ]
    if not pitches and len(got) >= 3:
        # no two rows of amounts follow each other (every label wrapped, or one row):
        # the table is set solid, its lines (the header's too) a row's pitch apart
        pitches = [b[0].top - a[0].top for a, b in itertools.pairwise(got)]
    pitch = statistics.median(pitches) if pitches else 0.0
    pending: list[str] = []
    body_rows: list[tuple[list[str], _PLine]] = []
    # where the label column's longest lines end: a label wrapped there was full
    label_right = max(
        (p.x1 for _, ph, _ in body for p in ph if _best_col(p, cols) == 0), default=0.0
    )
    if sum(1 for _, _, d in body if d) == 1:
        # one row: its own label is the longest, so a wrapped line must reach the amounts
        # (a heading over its one item, `固定利率應收放款` / `  不超過一年`, stops short)
        label_right = max(label_right, min((c.x0 for c in cols if c.numeric), default=0.0))
    item_levels = _item_levels(body)
    wrapping: tuple[_PLine, _PLine] | None = None  # a label-only row: its first, last line
    coded: tuple[list[str], _PLine, int] | None = None  # a coded row's label, wrapping
    run_end = -1  # the amounts' line of a row whose name's lines run down to it
    opening: list[str] | None = None  # note references that open the next row
    for k, (ln, ph, data) in enumerate(body):
        if k <= run_end:
            continue  # a line of a row read from its first line, down to its amounts
        if not data and pitch and (n := _lines_to_amounts(body, k, cols, item_levels)):
            run_end = k + n
            cells = _run_cells(body[k : run_end + 1], cols)
            ln, ph, data = body[run_end]
            wrapping = None
        else:
            cells = [""] * ncol
            for p in ph:
                j = _best_col(p, cols)
                cells[j] = _join_text(cells[j], p.text)
        if coded is not None:
            # an account's code opens its row: the lines under it with no code of their
            # own carry its label on, the one with the amounts closing it (`8316 透過其他
            # 綜合損益按公允價值 六(三)` / `衡量之權益工具投資未實現評` / `價損益 $ 393,962`)
            opened, last, n = coded
            coded = None
            if not cells[0] and ln.top - last.top < 1.5 * pitch and n < MAX_LABEL_LINES:
                merged = [clean_cell_text(a + b) for a, b in zip(opened, cells, strict=True)]
                if not data:
                    coded = (merged, ln, n + 1)
                    continue
                cells = merged
            else:
                body_rows.append((opened, last))
        amounts = any(_is_data_phrase(c) for c in cells[1:] if c)  # (a code reads as one)
        if not amounts and pitch and is_account_code(cells[0]) and k + 1 < len(body):
            nxt_ln, nxt_ph, _ = body[k + 1]
            if nxt_ln.top - ln.top < 1.5 * pitch and all(_best_col(p, cols) for p in nxt_ph):
                coded = (cells, ln, 1)
                continue
        if opening is not None:
            cells = [clean_cell_text(a + b) for a, b in zip(opening, cells, strict=True)]
            opening = None
        if (
            not data
            and pitch
            and k + 1 < len(body)
            and body[k + 1][2]
            and body[k + 1][0].top - ln.top < 1.5 * pitch
            and _wrapped_note_refs(cells, data, ())
            and _lex().note_refs_open.search(fold_width(cells[-1] or " ".join(cells)))
        ):
            # references ending on a joiner (`(1)、(4)、`), set half a line over their
            # row's amounts and going on under them (`(5)、(6)`): they open the row below
            opening = cells
            continue
        if body_rows and _wrapped_note_refs(cells, data, body_rows[-1][0]):
            # a row's note references wrapped onto lines of their own, at the row pitch
            # (`營業成本 六(六)(八)` / `(九)(十一)` / `及七`), the amounts maybe set on
            # the last of them: one row
            prev_cells = body_rows[-1][0]
            for j, c in enumerate(cells):
                if c:
                    prev_cells[j] = clean_cell_text(prev_cells[j] + c)
            continue
        if not data and pitch and _wraps_label_row(ln, ph, cols, wrapping, label_right, pitch):
            # a heading of no amounts wrapped over three lines or more, each line full,
            # its tail hanging under its start (`透過其他綜合損益按公` / `  允價值衡量之金融資`
            # / `  產`): one label
            cells = body_rows[-1][0]
            cells[0] = clean_cell_text(cells[0] + ln.text)
            wrapping = (wrapping[0], ln) if wrapping else None
            continue
        if not data and pitch:
            prev_close = body_rows and ln.top - body_rows[-1][1].top < 0.8 * pitch
            nxt = body[k + 1] if k + 1 < len(body) else None
            if (
                body_rows
                and body[k - 1][2]
                and _hangs_under(ln, ph, body[k - 1])
                and (nxt is None or nxt[0].x0 <= ph[0].x0 - HANGING_INDENT_EM * ln.size)
            ):
                # the row's label wrapped under its amounts, the next row back at the
                # left (`對確定福利義務現值 ($ 152,599)` / `  之影響` / `112 年 12 月 31日`)
                prev_cells = body_rows[-1][0]
                j = _best_col(ph[0], cols)
                prev_cells[j] = clean_cell_text(prev_cells[j] + ph[0].text)
                continue
            next_close = nxt is not None and nxt[2] and nxt[0].top - ln.top < 0.8 * pitch
            # close to both rows (a label set over and under its amounts, 稅前息前折舊攤銷前利益
            # / `*33,008 67.2%` / …利益率 (%)): the nearer one's
            nearer_next = (
                next_close
                and nxt is not None
                and body_rows
                and nxt[0].top - ln.top < ln.top - body_rows[-1][1].top
            )
            if prev_close and body[k - 1][2] and not nearer_next:
                prev_cells = body_rows[-1][0]
                for j, c in enumerate(cells):
                    if c:
                        prev_cells[j] = clean_cell_text(prev_cells[j] + c)
                continue
            # A label as long as the column's longest, whose next line, a row, hangs
            # indented under it while the line
            # after that starts back where the label did is wrapped at the row pitch
            # (small-type tables set solid: `長期借款（含一年內到期之長` / `  期借款）
            # 1,774,260` / `存入保證金`); a section heading's items all stay indented,
            # and a heading of one item is told by its item standing where the table
            # sets its sections' items (Phison p. 39 `…之金融負債` / `  衍生工具—…`).
            after = body[k + 2][0] if k + 2 < len(body) else None
            indent = HANGING_INDENT_EM * ln.size
            hanging = (
                nxt is not None
                and not any(
                    abs(hx - ln.x0) < ALIGNED_EM * sz and abs(ix - nxt[0].x0) < ALIGNED_EM * sz
                    for hx, ix, sz in item_levels
                )
                and nxt[2]
                and not any(_best_col(p, cols) for p in ph)
                and not ln.text.rstrip().endswith(("：", ":"))
                and ln.x1 >= label_right - 2 * ln.size
                and nxt[0].x0 >= ln.x0 + indent
                # the table's last row has no line after it to start back left
                and (after is None or after.x0 <= nxt[0].x0 - indent)
                and nxt[0].top - ln.top < 1.5 * pitch
            )
            if (next_close or hanging) and not _names_value_columns(cells, cols):
                pending = cells
                continue
        labels = [p for p in ph if not _best_col(p, cols)]
        if (
            data
            and not pending
            and wrapping is not None
            and wrapping[0] is not wrapping[1]
            and labels
            and _wraps_label_row(ln, labels, cols, wrapping, label_right, pitch)
            # a wrapped heading's first item, standing where the table sets its sections'
            # items, is a row of its own (`透過其他綜合損益按公允價` / `  值衡量之權益工具投資`
            # / `  上市櫃公司股票 40,533,213` / `  資本 …` / `小計`)
            and not any(
                abs(hx - wrapping[0].x0) < ALIGNED_EM * sz and abs(ix - ln.x0) < ALIGNED_EM * sz
                for hx, ix, sz in item_levels
            )
        ):
            # the tail of a label wrapped over three lines or more, with the amounts
            # (`嵌入式衍生工具—贖回權` / `(列報於…` / `價值衡量之…—流` / `動) $ 2,442`)
            pending = body_rows.pop()[0]
        if pending:
            cells = [clean_cell_text(a + b) for a, b in zip(pending, cells, strict=True)]
            pending = []
        body_rows.append((cells, ln))
        wrapping = (ln, ln) if not data and len(ph) == 1 else None
    if coded is not None:
        body_rows.append((coded[0], coded[1]))
    _amounts_over_shares(body_rows, levels)
    for cells, ln in body_rows:
        rows.append(list(cells))
        boxes.append([_round_box((c.x0, ln.top, c.x1, ln.bottom)) for c in cols])
    top = min(ln.top for ln, _, _ in got)
    bottom = max(ln.bottom for ln, _, _ in got)
    return PdfTable(
        page=page_number,
        bbox=_round_box((min(c.x0 for c in cols), top, max(c.x1 for c in cols), bottom)),
        rows=rows,
        cell_bboxes=boxes,
        strategy="text",
        caption=caption,
    )
