"""A table cell's wrapped lines, joined by where its glyphs sit on the page.

A PDF line is read across a table's row: a name that its cell wraps (``Phison Electronics
Japan`` / ``Corp.``) ends one text line before the row's other cells (the business, the
shares held), and the rest of the cell opens a later line, or even the end of the same line
when the cells of a row sit at different heights (``EpoStar … 採權益法Electronics``). Reading
order cannot join the two; the glyphs' boxes can: the rest lies in the name's column (from
the name's left side to where the row's next cell begins), on the next baselines, in the
same row (no figure of a new row beside it). The mention keeps its span on the first line;
the name the cell writes is kept beside it (``Cand.written``) for the record.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from pipeline.extract.entities.rules import Rules
from pipeline.extract.entities.types import ORG, Cand, rule_id
from pipeline.models import Page

Box = tuple[float, float, float, float]


class GlyphBoxes(Protocol):
    """The glyph boxes of a PDF document's text (``run.CharBoxes``)."""

    def __len__(self) -> int: ...

    def box(self, i: int) -> Box | None: ...

    def union(self, start: int, end: int) -> Box | None: ...

    def column(self, k: int, start: int, end: int) -> Sequence[float]: ...


# a Latin name's words: what a wrapped cell's later line may hold (Ltd., (BVI), Private)
_LATIN_WORDS = re.compile(r"[A-Za-z(][A-Za-z&().,\-]*(?:[ \t]+[A-Za-z(][A-Za-z&().,\-]*)*")
# a short Chinese name glossing the company at its cell's end: Limited（迅捷）
_GLOSS_AFTER = re.compile(r"[ \t]*（[\u3400-\u9fff]{1,8}）$")
_CJK = re.compile(r"[\u3400-\u9fff]")
# the same gloss closing a Chinese cell after its form: 有限公司（七星公司）
_CJK_GLOSS_AFTER = re.compile(r"（[\u3400-\u9fff]{1,8}）$")
# how many of the cell's later lines are read: a narrow cell wraps a name over up to three
_MAX_LINES = 3
# a blank between two glyphs of one line at least this share of the glyphs' height parts
# two cells (a Latin word space is about a quarter of it)
_CELL_GAP = 0.45
# how many text lines after the name's own are searched for the cell's glyphs
_TEXT_LINES = 5


def _legal_kind(rules: Rules, name: str) -> str | None:
    """The kind of a Latin name that ends in a legal form (Corp., Limited), else None."""
    words = name.split()
    if not words or words[-1].casefold() not in rules.latin_legal_forms:
        return None
    return rules.latin_org_kind(name)


def _all_forms(rules: Rules, words: str) -> bool:
    """``Ltd.``, ``Co., Ltd.``: a line of legal forms only (Pte. + Ltd.)."""
    return all(w.casefold().rstrip(",") in rules.latin_legal_forms for w in words.split())


# a Chinese cell's line: Chinese characters and the brackets of a place (（上海）有限公司)
_CJK_CELL = re.compile(r"[\u3400-\u9fff（）()]+")
# what goes on after a form that ends inside a line when the cell lists names (公司、福建鼎
# / 成工程管理有): the line is a list's, no one name's rest
_LIST_MARKS = frozenset("、，,；;")
# a Chinese registered name joined from its cell's lines is at most this long
_CJK_MAX = 30


def _cjk_form(rules: Rules, name: str) -> bool:
    """The Chinese name ends in a registered legal form (股份有限公司, 有限合夥)."""
    return name.endswith(tuple(rules.cell_ending_kept))


def _cjk_stem_ok(rules: Rules, name: str) -> bool:
    """The name before the form is one (two characters at least, no bracket first): a cell's
    later line opens no name (資股份有 / 限公司 of 聯旭東投 / 資股份有 / 限公司)."""
    form = max((f for f in rules.cell_ending_kept if name.endswith(f)), key=len)
    stem = name[: -len(form)]
    return len(stem) >= 2 and stem[0] not in "（("


def _form_tails(rules: Rules) -> tuple[str, ...]:
    """The last two characters of each registered form (公司, 合夥): a cell's line holding one
    that does not end the name has passed the form."""
    return tuple(sorted({f[-2:] for f in rules.cell_ending_kept}))


# a figure cell of a row: 100.00, 1,234, (529), 30.51%, -
_FIGURE = re.compile(r"[(\-]?[0-9][0-9,.]*%?\)?")


def _in_figure(text: str, p: int) -> bool:
    """Glyph ``p`` is a digit of a figure standing alone (a new row's amount), not of a note
    mark (註2) or a code inside a word."""
    if not text[p].isdigit():
        return False
    lo, hi = p, p + 1
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return _FIGURE.fullmatch(text[lo:hi]) is not None


def _page_end(pages: Sequence[Page], offset: int) -> int | None:
    for p in pages:
        if p.start <= offset < p.end:
            return p.end
    return None


def _apart(boxes: GlyphBoxes, text: str, p: int, q: int, em: float) -> bool:
    """Glyphs ``p`` and ``q`` (``p`` before ``q`` in the text) belong to two cells: a
    blank wider than a word space between them on one visual line, or two visual lines
    the reading order ran together (採權益法 + Electronics)."""
    a, b = boxes.box(p), boxes.box(q)
    if a is None or b is None:
        return True
    if abs(a[1] - b[1]) >= em / 2:
        return True
    return b[0] - a[2] >= _CELL_GAP * em


def _parted(boxes: GlyphBoxes, text: str, p: int, q: int, em: float, cjk: bool) -> bool:
    """``_apart``, or for Chinese a blank in the text between them: Chinese writes no word
    space, so a blank between two Chinese cells' glyphs parts them however close they sit
    (聯旭東投 普通股股票)."""
    if cjk and q > p + 1 and text[p + 1 : q].isspace():
        return True
    return _apart(boxes, text, p, q, em)


def _band_text(
    text: str,
    boxes: GlyphBoxes,
    places: list[int],
    line_of: dict[int, int],
    em: float,
    cjk: bool = False,
) -> str | None:
    """The words of one visual line of the cell, or None when its glyphs are no whole run of
    the text (other cells' glyphs between them, or glued to them on one visual line)."""
    places.sort()
    if len({line_of[p] for p in places}) != 1:
        return None
    inside = set(places)
    lo, hi = places[0], places[-1] + 1
    if any(not text[p].isspace() and p not in inside for p in range(lo, hi)):
        return None
    # a cell's sides: the glyphs before and after the run on its text line are other cells'
    before = next((p for p in range(lo - 1, -1, -1) if not text[p].isspace()), None)
    if (
        before is not None
        and "\n" not in text[before:lo]
        and not _parted(boxes, text, before, lo, em, cjk)
    ):
        return None
    after = next((p for p in range(hi, len(text)) if not text[p].isspace()), None)
    if (
        after is not None
        and "\n" not in text[hi:after]
        and not _parted(boxes, text, hi - 1, after, em, cjk)
    ):
        return None
    if cjk:  # a Chinese cell's line is one run: a blank inside parts two cells' lines
        words = text[lo:hi]
        return None if any(c.isspace() for c in words) else words
    words = " ".join(text[lo:hi].split())
    # Limited（迅捷）: the short name the filing glosses the company with is no part of it
    words = _GLOSS_AFTER.sub("", words)
    return words if _LATIN_WORDS.fullmatch(words) else None


def _first_run(
    text: str, boxes: GlyphBoxes, places: list[int], em: float, right: float
) -> list[int]:
    """The glyphs of ``places`` that run on in the text from the leftmost one, when that
    one starts under the name's first line (a glyph or more before its ``right`` end: a
    wrapped line may be centred in its cell), up to the first that a blank or a gap
    parts from the one before; none when the leftmost starts further right (the next
    column's words: 其他關係人 beside 聯芯集成電路製造)."""
    placed = [(b[0], p) for p in places if (b := boxes.box(p)) is not None]
    if not placed:
        return []
    x, start = min(placed)
    if x > right - em:
        return []
    inside = set(places)
    run = [start]
    while run[-1] + 1 in inside and not _parted(boxes, text, run[-1], run[-1] + 1, em, True):
        run.append(run[-1] + 1)
    return run


def cell_written_name(
    text: str,
    pages: Sequence[Page],
    boxes: GlyphBoxes,
    rules: Rules,
    start: int,
    end: int,
    cjk: bool = False,
) -> tuple[str, int, list[tuple[int, int]]] | None:
    """The whole name a table cell writes when the Latin name ``[start, end)`` opens its
    first line and the rest of the cell (up to its legal form) sits below it in its column,
    where that first line ends and the spans of the later lines; None when there is no such
    rest. ``cjk``: the first line is a Chinese name cut before the end of its registered
    form (聯旭東投 / 資股份有 / 限公司), the later lines Chinese glued without spaces."""
    name = text[start:end]
    if cjk:
        if not _CJK_CELL.fullmatch(name) or _cjk_form(rules, name):
            return None
        if any(t in name for t in _form_tails(rules)):
            return None  # 本公司, 子公司及: a form's tail inside the first line ends no cut name
    elif "\n" in name or _CJK.search(name) or not any(c.isalpha() for c in name):
        return None
    # a cell's first line: a gap before and after it (prose runs on into Chinese); two
    # Chinese cells side by side may be glued in the text, their glyphs' places part them
    if not cjk and start > 0 and text[start - 1] not in " \t\n\u3000":
        return None
    if not cjk and end < len(text) and text[end] not in " \t\n\u3000":
        return None
    page_end = _page_end(pages, start)
    first = boxes.union(start, end)
    if page_end is None or first is None:
        return None
    x0, top, x1, bottom = first
    em = bottom - top
    if em <= 0:
        return None
    if cjk and any(_apart(boxes, text, p, p + 1, em) for p in range(start, end - 1)):
        return None  # two cells glued in the text: no one cell's line
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # the whole first line of its cell: the glyphs beside it on its line are other cells'
    # (RealYou of Regis | RealYou Investment is a name's first word, not its cell's line)
    prev = next((p for p in range(start - 1, line_start - 1, -1) if not text[p].isspace()), None)
    if prev is not None and not _parted(boxes, text, prev, start, em, cjk):
        return None
    # the cell's first line runs on over word spaces (RealYou + Investment: a name cut at
    # its first word, as a repeat of a short name finds it); the row's next cell begins
    # after a wider blank, and the column runs from the name's left side to there
    right = float("inf")
    while True:
        nxt = next((p for p in range(end, line_end) if not text[p].isspace()), None)
        if nxt is None:
            break
        if _parted(boxes, text, end - 1, nxt, em, cjk):
            b = boxes.box(nxt)
            right = float("inf") if b is None else b[0]
            break
        if cjk:
            return None  # a Chinese cell's line holds no word space
        word_end = next((p for p in range(nxt, line_end) if text[p].isspace()), line_end)
        if not _LATIN_WORDS.fullmatch(text[nxt:word_end]):
            return None  # a Latin word glued to other text: no cell's line
        end = word_end
    name = text[start:end]
    # the glyphs of the next few text lines on the page, the rest of the name's own included
    stop = end
    for _ in range(_TEXT_LINES + 1):
        nl = text.find("\n", stop + 1)
        if nl < 0 or nl >= page_end:
            stop = min(len(text), page_end)
            break
        stop = nl
    # the glyphs below the name's own visual line (the row's other cells), top down: the
    # tops and left sides read in one slice each (a glyph with no box has NaN there)
    floor = top + em / 2
    tops, lefts = boxes.column(1, end, stop), boxes.column(0, end, stop)
    below = [
        (t, p)
        for p, t, left in zip(range(end, stop), tops, lefts, strict=True)
        if left == left and not t < floor and not text[p].isspace()
    ]
    below.sort()
    # whether the row's figures stand beside the name's first line (its own visual line)
    figures = any(
        t < floor and not text[p].isspace() and _in_figure(text, p)
        for p, t, left in zip(range(end, stop), tops, lefts, strict=True)
        if left == left
    )
    # a Chinese glyph is wide, its cell's later line starts under its first one
    # (Investment 公司: the word beside it is the next cell's)
    lead = 0.0 if cjk else em / 2
    written, last_bottom = name, bottom
    parts: list[tuple[int, int]] = []
    # the visual lines one at a time, each read only once the ones above it let the cell
    # run on: a glyph within half a glyph's height of a line's first one is on that line
    i = 0
    for _ in range(_MAX_LINES):
        if i >= len(below):
            break
        band_top, p = below[i]
        band_bottom = float("nan")
        col: list[int] = []
        every: list[int] = []
        while True:
            b = boxes.box(p)
            assert b is not None
            band_bottom = b[3] if not every else max(band_bottom, b[3])
            every.append(p)
            cx = (b[0] + b[2]) / 2
            if x0 - lead <= cx < right - em / 10:
                col.append(p)
            i += 1
            if i >= len(below) or not below[i][0] - band_top < em / 2:
                break
            p = below[i][1]
        line_of = {q: text.count("\n", end, q) for q in col}
        if band_top - last_bottom > 0.8 * em:
            return None  # a blank between: the cell has ended
        if cjk and right == float("inf") and col:
            # nothing beside the first line shows where the column ends: the cell's line
            # is the run that starts under the name, up to the first blank (份有限公司 |
            # $ 4,740,295 …); words starting further right are the next cells'
            col = _first_run(text, boxes, col, em, x1)
        if not col:
            return None
        if any(_in_figure(text, p) for p in every if p not in col):
            if figures:
                return None  # a new row's figures beside it: the cell has ended
            # the row's figures set beside the name's second line, none beside its first
            # (深圳宏芯宇電子股 / 份有限公司 $ 4,740,295): the cell goes on
            figures = True
        words = _band_text(text, boxes, col, line_of, em, cjk)
        if words is None:
            return None
        if cjk:
            # the form ends inside the line and the cell goes on with what the company
            # issued (合作金庫商業銀行股份有 / 限公司112年度第2期無 / 擔保…債券): the name
            # ends with its form
            cut = next(
                (k for k in range(1, len(words)) if _cjk_form(rules, written + words[:k])),
                None,
            )
            if (
                cut is not None
                and _CJK_CELL.fullmatch(words[:cut])
                and words[cut] not in _LIST_MARKS
            ):
                words = words[:cut]
                col = col[:cut]
            if not _CJK_CELL.fullmatch(words):
                return None
            # 公司（七星公司）: the short name the filing glosses the company with after its
            # form is no part of it
            gloss = _CJK_GLOSS_AFTER.search(words)
            if gloss and gloss.start() and _cjk_form(rules, written + words[: gloss.start()]):
                words = words[: gloss.start()]
            # a cell wraps when its first line is full: a later line no wider than it, but
            # for a bracketed place kept whole (聯詠科技 / （深圳）有限公司); a wider line is a
            # new row's name under a heading (關係人名稱 / 聯華電子股份有限公司)
            line = boxes.union(col[0], col[0] + len(words))
            if line is None or (line[2] - line[0] > x1 - x0 + em / 2 and words[0] not in "（("):
                return None
            if _cjk_form(rules, words) and _cjk_stem_ok(rules, words):
                return None  # a whole name of its own: the next row's (宸羽塑膠股份有限公司)
            written += words
            parts.append((col[0], col[-1] + 1))
            if _cjk_form(rules, written):
                return (written, end, parts) if _cjk_stem_ok(rules, written) else None
            if len(written) > _CJK_MAX or any(t in words for t in _form_tails(rules)):
                return None  # a form passed without ending the cell: no name's cell
            last_bottom = band_bottom
            continue
        if _legal_kind(rules, name) and not _all_forms(rules, words):
            return None  # a whole name already: only a form's second half (Pte. + Ltd.) runs on
        written = f"{written} {words}"
        parts.append((col[0], col[-1] + 1))
        if _legal_kind(rules, written):
            return written, end, parts
        last_bottom = band_bottom
    return None


def with_cell_names(
    text: str, pages: Sequence[Page], boxes: GlyphBoxes, rules: Rules, mentions: list[Cand]
) -> list[Cand]:
    """Each Latin organization written as a table cell's first line, with the name its
    cell writes over its wrapped lines (``Cand.written``)."""
    if not len(boxes):
        return mentions
    out: list[Cand] = []
    wrapped: list[tuple[int, int]] = []  # the later lines of the cells read so far
    for m in mentions:
        if m.label == ORG and m.written is None and m.end <= len(boxes):
            whole = cell_written_name(text, pages, boxes, rules, m.start, m.end)
            if whole is not None:
                m = replace(m, written=whole[0])
                wrapped += whole[2]
        out.append(m)
    out += _unfound_cell_names(text, pages, boxes, rules, out, wrapped)
    out.sort(key=lambda c: c.start)
    return _cjk_cell_names(text, pages, boxes, rules, out, wrapped)


# a run of Latin words that may open a cell (the cell's first word is a capital's)
_LATIN_RUN = re.compile(r"[A-Z][A-Za-z&().,\-]*(?:[ \t]+[A-Za-z(][A-Za-z&().,\-]*)*")
_WORD = re.compile(r"\S+")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z.\-]*")
CELL_NAME_RULE = rule_id("table_cell_wrapped_name")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """``[start, end)`` has a blank or the text's edge on both sides: it may be a cell's
    whole line, not part of a word glued to other text."""
    if start and not text[start - 1].isspace():
        return False
    return end >= len(text) or text[end].isspace()


def _wrap_lines_end(text: str, pos: int) -> int:
    """The end of the ``_TEXT_LINES`` text lines after ``pos`` (the text's end when fewer
    follow): as far as a cell opened at ``pos`` may wrap."""
    nl = pos
    for _ in range(_TEXT_LINES):
        k = text.find("\n", nl + 1)
        if k < 0:
            return len(text)
        nl = k
    return nl


def _unfound_cell_names(
    text: str,
    pages: Sequence[Page],
    boxes: GlyphBoxes,
    rules: Rules,
    mentions: list[Cand],
    wrapped: list[tuple[int, int]],
) -> list[Cand]:
    """Kestrel Flash (Samoa) / Limited, Orvane Storage / Holdings (BVI) / Corporation: a
    Latin name no finder took (its first line ends in no legal form and holds no known
    word) that its cell completes below it with one; found by the cell, the first line its
    span. A cell opens a run's first word and any word after a blank wider than a space; a
    cell's later line (Holdings (BVI) of Orvane Storage) opens none."""
    taken = sorted([*((m.start, m.end) for m in mentions), *wrapped])
    starts = [a for a, _ in taken]
    out: list[Cand] = []
    for m in _LATIN_RUN.finditer(text):
        if not _stands_alone(text, m.start(), m.end()):
            continue  # inside a word or glued to Chinese: no cell's first word
        words = [w.span() for w in _WORD.finditer(text, m.start(), m.end())]
        # the lines a cell could wrap onto must hold a legal form at all (a cheap look)
        nl = _wrap_lines_end(text, m.end())
        forms = _LATIN_TOKEN.findall(text, m.end(), nl)
        if not any(w.casefold() in rules.latin_legal_forms for w in forms):
            continue
        for k, (a, b) in enumerate(words):
            if k and not _apart(boxes, text, words[k - 1][1] - 1, a, _em(boxes, a)):
                continue
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and taken[i][0] <= a < taken[i][1]:
                continue
            if b > len(boxes) or not text[a].isupper() or _continues_above(text, boxes, a, b):
                continue
            whole = cell_written_name(text, pages, boxes, rules, a, b)
            if whole is None:
                continue
            name, end, parts = whole
            kind = _legal_kind(rules, name) or "company"
            out.append(Cand(a, end, ORG, kind, CELL_NAME_RULE, 1, written=name, cue="cell"))
            for span in [(a, end), *parts]:
                j = bisect.bisect_right(starts, span[0])
                taken.insert(j, span)
                starts.insert(j, span[0])
    return out


# the blank under a cell's line before its next line, at most, against the glyphs' height: a
# wrapped line follows its cell's line closer than the next row follows the row before
_WRAP_GAP = 0.35


def _continues_above(text: str, boxes: GlyphBoxes, start: int, end: int) -> bool:
    """Latin letters right above ``[start, end)``, at a wrapped line's distance: the word is
    a later line of the cell above (International of Novatek / International / (BVI) Ltd.),
    no cell's first line."""
    first = boxes.union(start, end)
    if first is None:
        return True
    x0, top, x1, _ = first
    em = first[3] - top
    lo = start
    for _ in range(_TEXT_LINES):
        k = text.rfind("\n", 0, lo - 1)
        if k < 0:
            lo = 0
            break
        lo = k
    for p in range(lo, start):
        if not text[p].isascii() or not text[p].isalpha():
            continue
        b = boxes.box(p)
        if b is None or not x0 - em / 2 <= (b[0] + b[2]) / 2 <= x1:
            continue
        if 0 <= top - b[3] < _WRAP_GAP * em:
            return True
    return False


def _em(boxes: GlyphBoxes, p: int) -> float:
    b = boxes.box(p)
    return 0.0 if b is None else b[3] - b[1]


# a Chinese run that may be a cell's first line: whole between blanks or the line's ends
_CJK_RUN = re.compile(r"[\u3400-\u9fff（）()]+")
_CJK_RUN_MAX = 24


def _cjk_cell_names(
    text: str,
    pages: Sequence[Page],
    boxes: GlyphBoxes,
    rules: Rules,
    mentions: list[Cand],
    wrapped: list[tuple[int, int]],
) -> list[Cand]:
    """聯旭東投資股份有限公 / 司, 聯旭東投 / 資股份有 / 限公司: a Chinese registered name its
    narrow cell cuts before the end of its legal form, joined from the cell's lines below it
    (``cell_written_name``). A mention that opens the first line (深圳佳存電子科技 of
    深圳佳存電子科技有限 / 公司) takes the whole line as its span and the cell's name; a line
    no finder took is found by the cell. A later line of a cell opens none."""
    # a form's last character (司, 夥): a lone 司 may end the cell on its next line
    tails = tuple(sorted({f[-1] for f in rules.cell_ending_kept}))
    taken = sorted(wrapped)
    starts = [a for a, _ in taken]
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, mentions[k].end, k))
    span_starts = [mentions[k].start for k in order]
    # the furthest end of the mentions that start before each one: a mention across a line
    reach: list[int] = []
    far = -1
    for k in order:
        reach.append(far)
        far = max(far, mentions[k].end)
    reach.append(far)
    drop: set[int] = set()
    added: list[Cand] = []
    for r in _CJK_RUN.finditer(text):
        ra, rb = r.span()
        if rb > len(boxes):
            break
        if rb - ra < 2 or not _stands_alone(text, ra, rb):
            continue  # glued to Latin or figures: no cell's whole line
        # the lines a cell could wrap onto must end a form at all (a cheap look)
        nl = _wrap_lines_end(text, rb)
        if not any(text.find(t, rb, nl) >= 0 for t in tails):
            continue
        for a, b in _cells_of_run(boxes, text, ra, rb):
            if not 2 <= b - a <= _CJK_RUN_MAX:
                continue
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and taken[i][0] <= a < taken[i][1]:
                continue  # a later line of a cell already joined
            # the mentions inside the cell's line; none may cross its sides
            lo = bisect.bisect_left(span_starts, a)
            hi = bisect.bisect_left(span_starts, b)
            inside = [order[q] for q in range(lo, hi)]
            if reach[lo] > a or any(mentions[k].end > b for k in inside):
                continue
            opening = [k for k in inside if mentions[k].start == a and mentions[k].label == ORG]
            whole = cell_written_name(text, pages, boxes, rules, a, b, cjk=True)
            if whole is None:
                continue
            name, end, parts = whole
            if opening:
                keep = max(opening, key=lambda k: (mentions[k].length, -k))
                added.append(replace(mentions[keep], end=end, written=name))
            else:
                cand = Cand(a, end, ORG, "company", CELL_NAME_RULE, 1, written=name, cue="cell")
                added.append(cand)
            drop.update(inside)  # the cell's name holds them (聯旭東 of 聯旭東投資股份有限公)
            for span in parts:
                j = bisect.bisect_right(starts, span[0])
                taken.insert(j, span)
                starts.insert(j, span[0])
    if not added:
        return mentions
    out = [m for k, m in enumerate(mentions) if k not in drop] + added
    out.sort(key=lambda c: c.start)
    return out


def _cells_of_run(boxes: GlyphBoxes, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells a run of Chinese text holds: two cells side by side are glued in the text
    (健喬信元醫藥生技優良化學製藥股份), a blank wider than a word space parts them."""
    em = _em(boxes, start)
    if em <= 0:
        return []
    cuts = [p + 1 for p in range(start, end - 1) if _apart(boxes, text, p, p + 1, em)]
    edges = [start, *cuts, end]
    return list(itertools.pairwise(edges))
