"""A table's title from around it: a ``表 N`` caption, the heading or slide title above,
a statement's name, a side title; the context lines (period, unit) read with it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    Box,
    clean_cell_text,
    split_markers,
)
from pipeline.pdftables.geometry import (
    hull,
)
from pipeline.pdftables.lexicon import _lex, caption_label
from pipeline.pdftables.phrases import (
    _is_data_phrase,
    _join_text_all,
    _letter_spaced,
    _phrases,
    _PLine,
    _solid_date,
    lines_from_chars,
)
from pipeline.pdftables.statements import (
    _statement_head,
)
from pipeline.pdftables.unit_lines import (
    _join_bilingual_units,
    _join_cut_units,
    _phrase_unit,
    line_unit,
    note_unit,
    unit_exception,
)


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
