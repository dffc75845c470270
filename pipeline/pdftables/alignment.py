"""Unruled tables from column alignment: lines of amounts whose x-positions agree, their
labels (wrapped, indented), header and sections, cut into a grid."""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    clean_cell_text,
    deck_figure,
    is_account_code,
    year_cells,
    year_row_label,
)
from pipeline.pdftables.columns import (
    DISTRIBUTED_PITCH_EM,
    _best_col,
    _Col,
    _column_header,
    _columns,
    _distributed_words,
    _glyph_phrase,
    _marker_word,
    _numbered_words,
    _overlap,
    _stub_name,
    _word_chars,
)
from pipeline.pdftables.geometry import (
    Edge,
)
from pipeline.pdftables.headers import (
    _header_spans,
    _solid_header,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _DASHED_FOLIO,
    _IDEOGRAPH_RE,
    DISTRIBUTED_EVEN,
    LETTER_PITCH_EM,
    MAX_LABEL_LINES,
    SPACE_GAP_EM,
    _data_cell,
    _dates_in,
    _even_pitch,
    _inside,
    _is_caption_line,
    _is_data_phrase,
    _join_text,
    _Phrase,
    _phrases,
    _PLine,
    _round_box,
    _solid_date,
)
from pipeline.pdftables.unit_lines import (
    _continues_unit_line,
    _unit_over_columns,
    line_unit,
)


def _year_header(ph: Sequence[_Phrase]) -> bool:
    """A header line of years (``意外年度 ≦108 109 110 … 113``): a ``year_row_labels`` label,
    then only years counting by one (``cells.year_cells``). It names the columns of an
    insurer's claims development table; its years are no amounts."""
    return len(ph) >= 3 and year_row_label(ph[0].text) and year_cells([p.text for p in ph[1:]])


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


# A header set over this many lines or more wraps each column's name inside the column
# (small type, words letter-spaced over the cell's width): its glyphs are read by column.
WRAPPED_HEADER_LINES = 3
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
