"""Glyphs to lines, lines to phrases: a phrase is one cell of a row, cut at the gaps a
reader sees between cells (a column gap, a sign, a date's end, a grouped amount's end).
Every finder below reads a page as these lines and phrases."""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.chars import fold_width
from pipeline.pdftables.cells import (
    Box,
    _is_year,
    clean_cell_text,
    parse_cell,
)
from pipeline.pdftables.geometry import (
    PageGeometry,
    cell_groups,
    median_of,
)
from pipeline.pdftables.lexicon import _lex, caption_label

# Chars farther apart than this many font sizes start a new phrase (a new cell): wider
# than a Latin space or letter-spaced CJK (項　目 joins back later), narrower than a
# column gap.
PHRASE_GAP_EM = 0.8
SPACE_GAP_EM = 0.2
# A whole date ends its cell at any visible gap: a date and the next name are never one
# name unless set solid (``112.3.31`` then ``說明`` 0.2 em on, Phison p. 11).
DATE_GAP_EM = 0.1
_NUMERIC_TAIL_RE = re.compile(r"\S\s+[-+▲▼]?[\d.,]+%?\s+[-+▲▼]?[\d.,]+%?\s*$")


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


def _join_text_all(parts: Sequence[str]) -> str:
    out = ""
    for p in parts:
        out = _join_text(out, p)
    return out


def _is_caption_line(text: str) -> bool:
    return caption_label(text, "table") is not None or caption_label(text, "figure") is not None


def _data_cell(text: str) -> bool:
    """An amount, or several set in one cell (``$ - －``: two columns of nothing)."""
    parts = re.sub(r"([$＄])\s+", r"\1", text).split()
    return _is_data_phrase(text) or (bool(parts) and all(_is_data_phrase(x) for x in parts))


def _solid_date(text: str | None) -> str | None:
    """The date a cell holds and nothing else (``112.12.31``), spaces removed."""
    solid = re.sub(r"\s+", "", fold_width(text or ""))
    return solid if solid and _dates_in(solid) == {solid} else None


# Label lines (sections, wrapped labels) between a table's column names and its first
# amounts: `金融資產` / `透過損益按公允價值` / `  衡量` / `  強制透過損益按公` over the row.
MAX_LABEL_LINES = 4
# A page number set between dashes or waves (``- 49 -``, ``〜20〜``): never a row.
_DASHED_FOLIO = re.compile(r"^\s*[\-－—–〜~]\s*\d{1,3}\s*[\-－—–〜~]\s*$")


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


def _dates_in(text: str) -> set[str]:
    """The whole dates a line names (``112.12.31``, ``113年3月31日``), spaces removed
    first: a date letter-spaced over its column (``1 1 3 年 3 月 3 1 日``) is as whole."""
    found = _lex().header_date.findall(fold_width(text))
    solid = (re.sub(r"\s+", "", m) for m in found)
    return {m for m in solid if re.search(r"\d[./月]", m)}


@functools.lru_cache(maxsize=4096)
def _marker_key(text: str) -> str:
    """A text as the note and code column names are kept: no spaces, half width, folded.

    Kept for the texts last asked (a pure function of the text): a phrase's spaced-marker
    test asks for the phrase before it and the glyph after it again at each of its
    first glyphs."""
    return re.sub(r"\s+", "", fold_width(text)).casefold()


_IDEOGRAPH_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")


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
DISTRIBUTED_EVEN = 1.25
# Glyph centres further apart than this many font sizes are letter-spaced, not solid
# (solid CJK stands one em apart, digits half an em).
LETTER_PITCH_EM = 1.25


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


def _run_phrase(run: Sequence[_Phrase]) -> _Phrase:
    """Phrases of one line, left to right, read as one (their text joined, their boxes merged)."""
    return _Phrase(
        "".join(p.text for p in run),
        run[0].x0,
        min(p.top for p in run),
        run[-1].x1,
        max(p.bottom for p in run),
    )


def _join_text(a: str, b: str) -> str:
    """Two pieces of one cell: a space between them unless both sides are CJK."""
    return clean_cell_text(f"{a} {b}") if a else b
