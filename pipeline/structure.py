"""Structure: clean lines to the canonical document text, blocks, sentences and metadata.

Every line is first given a kind (heading, caption, source line, table row …);
then wrapped lines are reflowed into blocks — CJK lines joined without a space,
Latin words with one — and blocks are joined by a single newline. The canonical
text is what every fact's span indexes; ``char_pages``/``char_boxes`` map each of
its characters back to the page and the glyph box it came from.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.chars import fold_width
from pipeline.extract.dates import editor_stamp_cues, find_dates, find_published_date
from pipeline.extract.dates import rule_id as date_rule_id
from pipeline.lexicon import load_lexicon
from pipeline.models import (
    Author,
    Block,
    BlockKind,
    CharSpan,
    Metadata,
    Page,
    RawDocument,
    Sentence,
)
from pipeline.normalize import Line

Box = tuple[float, float, float, float]

_HEADING_RE = re.compile(
    r"^(?:(?P<l1>[一二三四五六七八九十]{1,3}|[壹貳參肆伍陸柒捌玖拾]{1,3})\s*[、.．]"
    r"|(?P<l0>第[一二三四五六七八九十\d]{1,3}[章節篇])"
    r"|(?P<l2>[（(][一二三四五六七八九十]{1,3}[)）]))"
)
_LIST_ITEM_RE = re.compile(
    r"^(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|[●•■◆▪‧・\-–]\s|\*{1,3}\s?(?=\S))"
)
_LABEL_RE = r"\s*(?P<num>\d{1,3}(?:[-.．]\d{1,2})?)(?=[\s：:、.．]|[^\d.．]|$)"
_END_PUNCT = "。！？!?"
_CLOSERS = "」』）)】〉》\"'”’"
_OPENERS = "「『（(【〈《“‘"
_CLOSE_OF = {
    "」": "「",
    "』": "『",
    "）": "（",
    ")": "(",
    "】": "【",
    "〉": "〈",
    "》": "《",
    "”": "“",
    "’": "‘",
}
_SENTENCE_END = "。！？；!?"
# The characters the sentence splitter acts on (with a digest's item marks: _item_marks)
# are found by one scan, not a Python step per character of every paragraph
_BRACKET_RE = re.compile("[" + re.escape(_OPENERS + "".join(_CLOSE_OF)) + "]")
# A number cell as statements print them: 1,234  -5.1%  $57,323  (1,234) for a negative.
_NUMERIC_CELL_RE = re.compile(
    r"^[(（]?\$?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[)）]?$|^[-—–─]$|^N/?A$"
)


@dataclass
class Structured:
    """The canonical text and everything that indexes it."""

    text: str
    char_pages: list[int]
    char_boxes: list[Box | None]
    pages: list[Page]
    blocks: list[Block]
    sentences: list[Sentence]
    metadata: Metadata


# --------------------------------------------------------------------------- lines


# Every character up to U+2E80 is narrow (0.55 of a cell); any other is wide (1.0).
_NARROW = {chr(c): 0.55 for c in range(0x2E81)}


def display_width(text: str) -> float:
    """Width in CJK cells: wide characters 1, Latin and digits about half.

    Every CJK ideograph lies above U+2E80, so the code point alone decides (no regex
    match per character); the sum adds the same values in the same order as before, now
    looked up at C speed (a generator per character was ≈ 1.5 % of a long text's run)."""
    return sum(map(_NARROW.get, text, itertools.repeat(1.0)))


def width_at_most(text: str, limit: float) -> bool:
    """``display_width(text) <= limit``, without summing a text too long to fit.

    Every character is at least 0.55 of a cell, so a text of more than ``(limit + 1) /
    0.55`` characters is wider than ``limit`` (the margin of 1 cell is far above any float
    rounding of the sum): the short-line tests over a text document's one page skip its
    paragraphs (≈ 0.1 s of summed widths on a 150k-character text)."""
    if len(text) * 0.55 > limit + 1:
        return False
    return display_width(text) <= limit


def _starts(text: str, prefixes: list[str]) -> bool:
    return any(text.startswith(p) for p in prefixes)


def _prefix_colon(text: str, prefixes: list[str]) -> bool:
    for p in prefixes:
        if text.startswith(p):
            rest = text[len(p) :].lstrip()
            if rest[:1] in ("：", ":") or (
                rest[:1].isdigit() and ("：" in rest[:4] or ":" in rest[:4])
            ):
                return True
    return False


def caption_label(text: str, labels: list[str]) -> str | None:
    """``圖 1`` / ``表 2-1`` when the line starts with a caption label, else None."""
    for label in labels:
        if text.startswith(label):
            m = re.match(_LABEL_RE, fold_width(text[len(label) :]))
            if m:
                return f"{label} {m.group('num')}"
    return None


def is_numeric_cell(token: str) -> bool:
    return bool(_NUMERIC_CELL_RE.match(fold_width(token)))


def numeric_tail(text: str) -> int:
    """How many numeric cells end the line (``… 48,426 9 61,938 10`` → 4)."""
    tail = 0
    for tok in reversed(text.split()):
        if not is_numeric_cell(tok):
            break
        tail += 1
    return tail


# Marks a statement prints apart from its number (`$ 94,801`, `( 452 )`, `- %`): part of
# the cell next to them, never a cell of their own.
_CELL_MARKS = frozenset({"$", "NT$", "(", ")", "（", "）", "%", "％"})


def cell_tail(text: str) -> int:
    """Like :func:`numeric_tail`, with the marks set apart from their number read as part of
    its cell (``$ 1,144,718 $ 1,156,724`` → 2, ``( 34,132 ) 5,822`` → 2)."""
    tail = 0
    for tok in reversed(text.split()):
        if fold_width(tok) in _CELL_MARKS:
            continue
        if not is_numeric_cell(tok):
            break
        tail += 1
    return tail


def reads_as_row(text: str) -> bool:
    """A line a reader sees as a table row: two or more amounts close it, or one amount with
    its currency sign set apart (``公司 $ 72,664``). Such a line is never reflowed into the
    next one, which is the next row or a label's wrapped tail from another cell."""
    if any(p in text for p in "。；"):
        return False
    toks = [fold_width(t) for t in text.split()]
    signed = len(toks) >= 2 and toks[-2] in ("$", "NT$") and is_numeric_cell(toks[-1])
    return cell_tail(text) >= 2 or signed or is_statement_row(text)


def is_table_row(text: str) -> bool:
    """A label followed by one or more numeric columns (``自體 CD 34+ selection 0 0 0``)."""
    tail = numeric_tail(text)
    return 1 <= tail < len(text.split()) and not any(p in text for p in "。，；")


_SPACED_RE = re.compile(r"\S(?: {3,}|\u3000{2,}|\t)\S")


def is_spaced_row(text: str) -> bool:
    """Cells set apart by wide runs of spaces (a text table or a list laid out in columns)."""
    return len(_SPACED_RE.findall(text)) >= 1 and not any(p in text for p in "。；")


def is_statement_row(text: str) -> bool:
    """A row of an uncaptioned table: two or more numeric cells, or cells set in columns."""
    return (numeric_tail(text) >= 2 or is_spaced_row(text)) and not any(p in text for p in "。；")


# A Markdown table's rule under its header (``|---|:---:|``, ``---|---``).
_PIPE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def is_pipe_row(text: str) -> bool:
    """A line of a table written with pipes between its cells (Markdown, or a text export):
    ``| 項目 | 2023 |``, ``項目 | 2023 | 2024``, or the ``|---|---|`` rule under its header.
    Such a line is a row on its own, never a paragraph's wrapped line: reflowed, the rows
    run together (``| 1,450 || 封裝測試 |``) and no later stage can read them apart."""
    f = fold_width(text).strip()
    if _PIPE_RULE_RE.match(f):
        return True
    if "。" in f or f.count("|") < 2:
        return False
    cells = [c.strip() for c in f.strip("|").split("|")]
    return len(cells) >= 2 and sum(1 for c in cells if c) >= 2


def _pipe_run(lines: list[Line], i: int) -> int:
    """End of the run of pipe rows starting at ``i``: a table when it holds two rows or more
    and every line but a rule starts with a pipe or the run has a rule (``a | b`` lines
    without one could be prose that happens to hold pipes)."""
    j = i
    while j < len(lines) and is_pipe_row(lines[j].text):
        j += 1
    run = [fold_width(ln.text).strip() for ln in lines[i:j]]
    if len(run) < 2:
        return i
    ruled = any(_PIPE_RULE_RE.match(t) for t in run)
    framed = all(t.startswith("|") for t in run)
    return j if ruled or framed else i


def classify(text: str, lex: dict[str, Any]) -> str:
    """Kind of a line, independent of its neighbours."""
    if _starts(text, lex["footer_prefixes"]):
        return "footer"
    if _prefix_colon(text, lex["source_prefixes"]):
        return "source"
    if _prefix_colon(text, lex["note_prefixes"]) or re.match(r"^註\s*\d", text):
        return "note"
    if _prefix_colon(text, lex["unit_prefixes"]):
        return "unit"
    no_period = "。" not in text
    if no_period and caption_label(text, lex["figure_labels"]):
        return "figure_caption"
    if no_period and caption_label(text, lex["table_labels"]):
        return "table_caption"
    if no_period and _HEADING_RE.match(text) and display_width(text) <= 45:
        return "heading"
    if _LIST_ITEM_RE.match(fold_width(text)) or text.lstrip()[:1] in lex["bullet_marks"]:
        return "list_item"
    return "text"


def is_byline(text: str, lex: dict[str, Any]) -> bool:
    if "。" in text or display_width(text) > 60:
        return False
    return any(c in text for c in lex["credentials"]) or bool(
        re.match(r"^(?:作者|撰文|撰稿|編輯)\s*[：:]", text)
    )


def _is_cover_field(text: str, lex: dict[str, Any]) -> bool:
    """``股票代碼：4114`` or ``地址：…`` on a cover: a label and its value, never a title."""
    m = re.match(r"^\s*([^：:\s]{2,8})\s*[：:]\s*\S", text)
    return m is not None and m.group(1) in lex["cover_field_labels"] and display_width(text) <= 60


def _continues_cover_title(prev: str, line: Line, kind: str, lex: dict[str, Any]) -> bool:
    """A cover title over more lines: ``…股份有限公司`` / ``及子公司`` /
    ``合併財務報告暨會計師核閱報告``, or ``2025年第4季`` / ``營運報告``. Only a line that
    names the document's kind (or the ``及子公司`` a company name wrapped onto) continues
    it, so a news headline never takes its first paragraph."""
    text = line.text.strip()
    if kind != "text" or line.after_blank or _ends_sentence(text) or display_width(text) > 40:
        return False
    if any(p in text for p in "，。；：:"):
        return False
    prev = prev.strip()
    if text.startswith("及") and prev.endswith("公司"):
        return True
    names_kind = any(text.endswith(w) for w in lex["title_report_words"])
    after_company = any(prev.endswith(w) for w in lex["title_company_ends"])
    after_period = _PERIOD_ONLY.fullmatch(prev) is not None
    return names_kind and (after_company or after_period)


# A cover line that is a period and nothing else: 2025年第4季, 民國114年第1季, 2025 Q4.
_PERIOD_ONLY = re.compile(
    r"(?:民國)?\s*[0-9一二三四五六七八九○〇零]{2,4}\s*年(?:度)?\s*(?:第\s*[1-4一二三四]\s*季|[上下]半年|Q[1-4])?"
    r"|[0-9]{4}\s*[-/]?\s*Q[1-4]|Q[1-4]\s*[0-9]{2,4}"
)


def _cut_at_labels(text: str, labels: list[str]) -> str:
    """A byline often carries a date label after the names: keep what comes before it."""
    cut = len(text)
    for label in labels:
        m = re.search(rf"{re.escape(label)}\s*[：:]", text)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    return text[:cut].strip(" \u3000")


def parse_byline(text: str, lex: dict[str, Any]) -> list[Author]:
    """Authors from ``<affiliation> <credential> <name>`` or ``作者：<name>（<credential>）``."""
    text = _cut_at_labels(text, lex["published_prefixes"])
    creds = sorted(lex["credentials"], key=len, reverse=True)
    cred_re = "|".join(re.escape(c) for c in creds)
    labelled = re.match(r"^(?:作者|撰文|撰稿|文|編輯)\s*[：:]\s*(?P<rest>.+)$", text)
    if labelled:
        rest = labelled.group("rest")
        paren = re.match(r"^(?P<names>[^（(／/]+)[（(](?P<inner>[^）)]*)[）)]", rest)
        slash = re.match(r"^(?P<names>[^／/]+)[／/](?P<inner>.+)$", rest)
        m3 = paren or slash
        names_part = m3.group("names") if m3 else rest
        inner = m3.group("inner").strip() if m3 else ""
        cm = re.search(rf"(?P<cred>{cred_re})", inner)
        cred = None
        aff = None
        if cm:
            cred_start = inner.rfind(" ", 0, cm.start())
            cred = (
                inner[cred_start + 1 : cm.end()].strip() if cred_start >= 0 else inner[: cm.end()]
            )
            aff = inner[:cred_start].strip() if cred_start > 0 else None
            if not aff:
                cred = inner[: cm.end()].strip()
        names = [n.strip() for n in re.split(r"[、,，]", names_part) if n.strip()]
        return [Author(name=n, credential=cred, affiliation=aff) for n in names]
    m = re.match(
        rf"^(?P<aff>.*?)\s*(?P<cred>(?:\d{{2,4}}\s*年\s*)?(?:{cred_re}))\s*(?P<names>.+)$", text
    )
    if not m:
        return []
    aff = m.group("aff").strip() or None
    cred = re.sub(r"\s+", " ", m.group("cred")).strip()
    names = [n for n in re.split(r"[、,，/\s]+", m.group("names").strip()) if n]
    return [Author(name=n, credential=cred, affiliation=aff) for n in names]


# --------------------------------------------------------------------------- grouping


@dataclass
class _Group:
    kind: BlockKind
    lines: list[Line]
    label: str | None = None
    level: int | None = None


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    # A Latin sentence ends with a period after a word (``or otherwise.``), never
    # inside a number (``4.0``).
    return bool(t) and (t[-1] in _END_PUNCT or (t[-1] == "." and t[-2:-1].isalpha()))


def group_lines(lines: list[Line], lex: dict[str, Any]) -> list[_Group]:
    """Reflow wrapped lines into blocks of one kind each."""
    if not lines:
        return []
    kinds = [classify(ln.text, lex) for ln in lines]
    text_widths = sorted(
        display_width(ln.text) for ln, k in zip(lines, kinds, strict=True) if k == "text"
    )
    wrap = text_widths[int(0.9 * (len(text_widths) - 1))] if text_widths else 40.0
    full = 0.7 * wrap

    groups: list[_Group] = []
    i = 0
    n = len(lines)
    # Each line is asked about as the next line and then again as the last line of the
    # block it joined: its row test and its glyph boxes' extent are worked out once.
    row_like = functools.cache(reads_as_row)
    inks: dict[int, _Ink | None] = {}
    # Title and byline live in the first few lines; a cover's field lines come before them.
    while i < min(n, 3) and _is_cover_field(lines[i].text, lex):
        groups.append(_Group("paragraph", [lines[i]]))
        i += 1
    if (
        i < n
        and kinds[i] in ("text", "heading")
        and not _ends_sentence(lines[i].text)
        and display_width(lines[i].text) <= 60
        and not is_byline(lines[i].text, lex)
    ):
        title = _Group("title", [lines[i]])
        groups.append(title)
        i += 1
        while i < n and _continues_cover_title(lines[i - 1].text, lines[i], kinds[i], lex):
            title.lines.append(lines[i])  # one block, its lines kept apart by their breaks
            i += 1
    while i < min(n, 4) and kinds[i] == "text" and is_byline(lines[i].text, lex):
        groups.append(_Group("byline", [lines[i]]))
        i += 1

    in_table = False
    while i < n:
        line, kind = lines[i], kinds[i]
        if kind == "table_caption":
            label = caption_label(line.text, lex["table_labels"])
            group = _Group("table_caption", [line], label=label)
            i = _continue_title(lines, kinds, i, group, wrap, full)
            groups.append(group)
            in_table = True
            continue
        if in_table and kind == "unit":
            groups.append(_Group("paragraph", [line]))
            i += 1
            continue
        run = _pipe_run(lines, i) if kind in ("text", "list_item") else i
        if run > i:  # a pipe table, under a caption or not: one row a line
            groups.append(_Group("table", lines[i:run]))
            i = run
            in_table = False
            continue
        if in_table:
            rows: list[Line] = []
            # Header: the first line after the caption, unless it is already a data row.
            if kind == "text" and not _ends_sentence(line.text) and not is_table_row(line.text):
                rows.append(line)
                i += 1
            while i < n and kinds[i] in ("text", "list_item") and is_table_row(lines[i].text):
                rows.append(lines[i])
                i += 1
            if rows:
                groups.append(_Group("table", rows))
            in_table = False
            continue
        if kind == "text" and is_statement_row(line.text):
            run = i
            while run < n and kinds[run] == "text" and is_statement_row(lines[run].text):
                run += 1
            if run - i >= 3 or (run - i >= 2 and all(is_spaced_row(x.text) for x in lines[i:run])):
                groups.append(_Group("table", lines[i:run]))
                i = run
                continue
        if kind == "figure_caption":
            label = caption_label(line.text, lex["figure_labels"])
            group = _Group("figure_caption", [line], label=label)
            i = _continue_title(lines, kinds, i, group, wrap, full)
            groups.append(group)
            continue
        if kind == "heading":
            m = _HEADING_RE.match(line.text)
            level = 1 if m and m.group("l1") else 0 if m and m.group("l0") else 2
            label = m.group(0).strip() if m else None
            group = _Group("heading", [line], label=label, level=level)
            i = _continue_title(lines, kinds, i, group, wrap, full)
            groups.append(group)
            continue
        block_kind: BlockKind = {
            "source": "source",
            "note": "note",
            "footer": "footer",
        }.get(kind, "paragraph")  # type: ignore[assignment]
        group = _Group(block_kind, [line])
        i += 1
        # Source lines and notes wrap only when they filled the line and did not
        # end in a closing bracket, as "（2024/01）" does.
        need = full if block_kind == "paragraph" else 0.9 * wrap
        while (
            i < n
            and kinds[i] == "text"
            and not lines[i].indented
            and not lines[i].after_blank
            and not row_like(lines[i].text)
            and not row_like(group.lines[-1].text)
            and not is_pipe_row(lines[i].text)
            and _joins(group.lines[-1].text, need)
            and (lines[i].page == group.lines[-1].page or _continues_page(lines[i].text, full))
            and not _set_apart(group.lines[-1], lines[i], inks)
            and not _ended_short(group.lines[-1], lines[i], inks)
            and not (is_entry_label(group.lines[0].text) and is_entry_label(lines[i].text))
            and not _dateline_break(group.lines[-1], lines[i], lex)
            and (block_kind == "paragraph" or group.lines[-1].text[-1] not in _CLOSERS)
        ):
            group.lines.append(lines[i])
            i += 1
        groups.append(group)
    return groups


# A PDF line further below the previous one than this many line heights starts a new
# block (a signature block's date under an approval number, a note under a table).
PARAGRAPH_GAP = 1.2


@dataclass(frozen=True, slots=True)
class _Ink:
    """What the wrap tests read off a PDF line's glyph boxes (``_line_ink``)."""

    top: float  # the highest glyph's top
    bottom: float  # the lowest glyph's bottom
    right: float  # the right edge of the rightmost glyph
    height: float  # the glyph height the tests measure gaps in (the upper median)
    word: float | None  # the width of the line's first word (None: no box in it)


def _line_ink(line: Line, inks: dict[int, _Ink | None] | None = None) -> _Ink | None:
    """The line's ``_Ink``, None when it has no glyph box; kept in ``inks`` (by the
    line's id, for the lines of one call of ``group_lines``) when given."""
    key = id(line)
    if inks is not None and key in inks:
        return inks[key]
    ink = None
    boxes = [b for b in line.boxes if b is not None] if line.boxes else []
    if boxes:
        m = _FIRST_WORD_RE.match(line.text)
        word = [b for b in line.boxes[: m.end()] if b is not None] if m and line.boxes else []
        # the boxes' sides as columns, each read in one pass of ``min``/``max``
        _, tops, rights, bottoms = zip(*boxes, strict=True)
        ink = _Ink(
            min(tops),
            max(bottoms),
            max(rights),
            sorted(map(operator.sub, bottoms, tops))[len(boxes) // 2],
            (max(b[2] for b in word) - min(b[0] for b in word)) if word else None,
        )
    if inks is not None:
        inks[key] = ink
    return ink


def _set_apart(prev: Line, nxt: Line, inks: dict[int, _Ink | None] | None = None) -> bool:
    """The next line sits well below the previous one on the same PDF page."""
    if prev.page != nxt.page or not prev.boxes or not nxt.boxes:
        return False
    above, below = _line_ink(prev, inks), _line_ink(nxt, inks)
    if above is None or below is None:
        return False
    return below.top - above.bottom > PARAGRAPH_GAP * above.height


# Room a wrapped line may leave at its right end, in glyph heights, beyond the width of
# the next line's first word: a CJK line break that keeps a closing mark with its
# character pushes a character or two to the next line.
WRAP_SLACK = 2.5
_FIRST_WORD_RE = re.compile(r"[\x21-\x7e]+|.")


def _ended_short(prev: Line, nxt: Line, inks: dict[int, _Ink | None] | None = None) -> bool:
    """The next line's first word would have fit at the end of the previous one: that line
    was ended, not wrapped (a slide's label lines, separate text boxes, a list's items).

    A wrapped line fills its column up to less than the next word's width, so the line
    after it cannot reach further right than that; the display-width test cannot see this
    on a wide slide whose short label line sits above a long one."""
    if prev.page != nxt.page or not prev.boxes or not nxt.boxes:
        return False
    above, below = _line_ink(prev, inks), _line_ink(nxt, inks)
    if above is None or below is None or below.word is None:
        return False
    room = below.right - above.right
    return room > below.word + WRAP_SLACK * above.height


# A definition list's entry label: a short name closed by a colon at the line's start
# (``Power IC：電源管理晶片``, ``* Mobile Phone：…``), itself neither a clause nor a number.
_ENTRY_LABEL_RE = re.compile(
    r"^(?:[*＊●•■◆▪‧・\-–]\s*)?[^\s：:，。；、,;0-9][^：:，。；、,;]{0,23}[：:]"
)


def is_entry_label(text: str) -> bool:
    """The line opens a definition list's entry: after an entry, a line opening with a
    label is the next entry, not the wrapped tail of the one before."""
    m = _ENTRY_LABEL_RE.match(text)
    return m is not None and display_width(m.group(0)) <= 16


def _continues_page(first: str, full: float) -> bool:
    """The first line of a page carries on the last paragraph of the previous page only
    when it reads as a paragraph's line (full, or ending a sentence); a short unpunctuated
    line is the next page's title or a table row, and pages never run together."""
    return display_width(first) >= full or _ends_sentence(first)


def _joins(prev: str, full: float) -> bool:
    """A paragraph line continues on the next one when it was wrapped, not ended."""
    return not _ends_sentence(prev) and display_width(prev) >= full


def _continue_title(
    lines: list[Line], kinds: list[str], i: int, group: _Group, wrap: float, full: float
) -> int:
    """Headings and captions wrap too: a full line followed by a short unpunctuated tail."""
    i += 1
    while (
        i < len(lines)
        and kinds[i] == "text"
        and not lines[i].after_blank
        and display_width(group.lines[-1].text) >= 0.5 * wrap
        and display_width(lines[i].text) < 0.5 * wrap
        and not any(p in lines[i].text for p in "。，；：:")
        and not is_table_row(lines[i].text)
        and len(lines[i].text.split()) <= 2  # a table's header row, not a caption's tail
        and not (group.kind == "table_caption" and any(ch.isdigit() for ch in lines[i].text))
    ):
        group.lines.append(lines[i])
        i += 1
    return i


# A line that ends inside a number: a thousands group not yet three digits long (1,2), or a
# comma or decimal point right after a digit; the next line's digits continue it.
_NUMBER_CUT_AT_WRAP = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})*,\d{0,2}$|\d\.$")


def join_separator(prev: str, nxt: str) -> str:
    """Space between Latin words across a wrap; nothing between CJK (or CJK and Latin)."""
    if not prev or not nxt:
        return ""
    a, b = prev[-1], nxt[0]
    if a == "-" or a.isspace() or b.isspace():
        return ""
    if b.isdigit() and _NUMBER_CUT_AT_WRAP.search(prev):
        return ""  # 新台幣1,2 / 34億元: the wrap cut a number inside a thousands group
    a_latin = a.isascii() and (a.isalnum() or a in ",.;:)%")
    b_latin = b.isascii() and (b.isalnum() or b in "(")
    return " " if a_latin and b_latin else ""


# --------------------------------------------------------------------------- assemble


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pages: list[int] = []
        self.boxes: list[Box | None] = []
        self.length = 0

    def add(self, text: str, page: int, boxes: list[Box | None] | None) -> None:
        self.parts.append(text)
        self.pages.extend([page] * len(text))
        self.boxes.extend(
            boxes if boxes is not None and len(boxes) == len(text) else [None] * len(text)
        )
        self.length += len(text)


def _unclosed_openers(text: str, start: int, end: int) -> set[int]:
    """Openers never closed in ``text[start:end]``: a typo (`估可提升到20%（去年約15%。全年…`)
    that would otherwise hold every later sentence end of the paragraph inside a bracket."""
    stack: list[tuple[str, int]] = []
    for m in _BRACKET_RE.finditer(text, start, end):
        j = m.start()
        ch = text[j]
        if ch in _OPENERS and ch not in "\"'":
            stack.append((ch, j))
        elif ch in _CLOSE_OF and stack and stack[-1][0] == _CLOSE_OF[ch]:
            stack.pop()
    return {j for _, j in stack}


_NUMERAL_CHARS = frozenset("〇○零一二三四五六七八九十廿卅百千萬億兩")
_SOURCE_MARK_RE = re.compile(r"\[\d{1,3}\]")


@functools.cache
def _item_marks() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The spaced dashes that set off a digest's labels and items, the characters a dash
    after which is a range's (82 億 - 88 億元), and the splitter's scan with them and ``]``."""
    lex = load_lexicon("structure")
    dashes = frozenset(lex.get("item_dashes", []))
    not_after = frozenset(lex.get("item_dash_not_after", ""))
    chars = _OPENERS + "".join(_CLOSE_OF) + _SENTENCE_END + "]" + "".join(sorted(dashes))
    return dashes, not_after, re.compile("[" + re.escape(chars) + "]")


def _source_marks_end(text: str, s: int, j: int, end: int) -> int | None:
    """Where a run of source marks closing an item ends (…同比增長11.67% [7] - 第三季度…,
    …9.24%[1][7] 財務表現…): after its last mark, when a space or the paragraph's end
    follows it; None for any other ``]``."""
    o = text.rfind("[", max(s, j - 4), j)
    if o <= s or not text[o + 1 : j].isdigit():
        return None
    k = j + 1
    while (m := _SOURCE_MARK_RE.match(text, k, end)) is not None:
        k = m.end()
    return k if k >= end or text[k].isspace() else None


def _item_dash(text: str, s: int, j: int, end: int, not_after: frozenset[str]) -> bool:
    """A spaced dash after a word (核心觀點 - 公司…, 財務表現與預測 - 2025年…): it sets off a
    digest's label or item. Not after a numeral's unit (a range) or before a Latin word
    (材料 - KY, a listed name)."""
    if not (s + 2 <= j and j + 2 < end and text[j - 1] == " " and text[j + 1] == " "):
        return False
    prev, nxt = text[j - 2], text[j + 2]
    if not "\u4e00" <= prev <= "\u9fff" or (nxt.isascii() and nxt.isalpha()):
        return False
    # (a unit after a numeral: 82 億 - 88 億元, 3000點 - 3200點; 核心觀點 - … is a label)
    q = j - 3
    while q > s and text[q] == " ":
        q -= 1
    return prev not in not_after or not (text[q].isdigit() or text[q] in _NUMERAL_CHARS)


def split_sentences(text: str, start: int, end: int, block: int, by_line: bool) -> list[Sentence]:
    """Sentences of ``text[start:end]``: at 。！？； outside brackets, at a digest's item
    marks (source marks before a space, a spaced dash after a label), or one per line."""
    out: list[Sentence] = []

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(start=s, end=e, block=block))

    if by_line:
        s = start
        for j in range(start, end + 1):
            if j == end or text[j] == "\n":
                emit(s, j)
                s = j + 1
        return out
    unclosed = _unclosed_openers(text, start, end)
    dashes, not_after, split_re = _item_marks()
    stack: list[str] = []
    s = start
    for m in split_re.finditer(text, start, end):
        j = m.start()
        if j < s:
            continue  # (an end mark or closing quote the sentence just ended took in)
        ch = text[j]
        if ch in _OPENERS and ch not in "\"'" and j not in unclosed:
            stack.append(ch)
        elif ch in _CLOSE_OF and stack and stack[-1] == _CLOSE_OF[ch]:
            stack.pop()
        elif ch in _SENTENCE_END and not stack:
            k = j + 1
            while k < end and (text[k] in _SENTENCE_END or text[k] in "」』”"):
                k += 1
            emit(s, k)
            s = k
        elif ch == "]" and not stack:
            marks_end = _source_marks_end(text, s, j, end)
            if marks_end is not None:
                emit(s, marks_end)
                s = marks_end
                t = s
                while t < end and text[t] == " ":
                    t += 1
                if t + 1 < end and text[t] in dashes and text[t + 1] == " ":
                    s = t + 1  # (the next item's bullet dash)
        elif ch in dashes and not stack and _item_dash(text, s, j, end, not_after):
            emit(s, j)
            s = j + 1
    emit(s, end)
    return out


@dataclass(frozen=True)
class ReportDate:
    """The date that dates the report, where it is stated, and the rule that chose it."""

    iso: str
    start: int
    end: int
    rule: str


def _labelled_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A date after a label that states the document's own date (發布日期：…)."""
    labels = lex["published_prefixes"]
    # The label before a colon, or alone on its line over its value (a web page's field,
    # ``公布時間`` over ``26/04/28``, printed to PDF).
    label_re = re.compile(
        "(?:" + "|".join(re.escape(x) for x in labels) + r")\s*(?:[：:]\s*|(?=\n)|$)"
    )
    # A report states its own date on its first pages or its last one; the same
    # label inside a filing's notes (1. 發行日期：109 年 12 月 4 日) dates a bond.
    last_page = blocks[-1].page if blocks else 1
    cited, reach = _cited_work_re(lex), int(lex["cited_work_reach"])
    for k, b in enumerate(blocks):
        if b.kind in ("table", "table_caption", "figure_caption"):
            continue
        if 2 < b.page < last_page:
            continue
        for m in label_re.finditer(text[: b.end], b.start):
            if _in_cited_work(text, m.start(), cited, reach):
                continue  # (書名：… 出版社：野人 出版日期：…: another work's date, not ours)
            base, limit = m.end(), b.end
            if not m.group().rstrip().endswith(("：", ":")):  # alone: its value on the next line
                if m.start() > b.start and text[m.start() - 1] != "\n":
                    continue  # a word in a sentence (另行公布日期), no field's label
                if m.end() == b.end and k + 1 < len(blocks):
                    limit = blocks[k + 1].end
                base = m.end() + len(text[m.end() : limit]) - len(text[m.end() : limit].lstrip())
                line_end = text.find("\n", base, limit)
                limit = line_end if line_end >= 0 else limit
            window = text[base : min(base + 24, limit)]
            iso = find_published_date(window)
            found = [d for d in find_dates(window) if d.iso]
            if iso is None and found:  # after a date label any date form counts
                iso = found[0].iso
            if iso is None and (short := _two_digit_year_date(window, text)) is not None:
                return ReportDate(short[0], base + short[1], base + short[2], "labelled")
            if iso:
                hit = next((d for d in found if d.iso == iso), None)
                s, e = (base + hit.start, base + hit.end) if hit else (base, base)
                return ReportDate(iso, s, e, "labelled")
    return None


_SHORT_YEAR_DATE = re.compile(r"^\s*(\d{2})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)")


def _cited_work_re(lex: dict[str, Any]) -> re.Pattern[str]:
    """A line opening with a field of another work's record (structure.yaml cited_work_labels)."""
    return re.compile(
        r"^[ \t\u3000]*(?:"
        + "|".join(re.escape(x) for x in lex["cited_work_labels"])
        + r")[ \t\u3000]*[：:]",
        re.M,
    )


def _in_cited_work(text: str, at: int, cited: re.Pattern[str], reach: int) -> bool:
    """Whether the label at ``at`` stands among another work's record fields (``cited``:
    書名：, 作者：, 出版社： opening a line within ``reach`` lines of the label's): a book or
    paper the text cites or gives away, whose publishing date is that work's, not the
    document's (a video's notes dated 2026/6/5 under a book of 2026/05/28)."""
    lo = at
    for _ in range(reach):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        if lo == 0:
            break
    hi = at
    for _ in range(reach):
        nxt = text.find("\n", hi + 1)
        if nxt < 0:
            hi = len(text)
            break
        hi = nxt
    return cited.search(text, lo, hi) is not None


def _two_digit_year_date(window: str, text: str) -> tuple[str, int, int] | None:
    """A labelled date whose year has two digits (``26/04/28``): a web page's 2026 or a
    filing's ROC year 99 (2010). The reading is the one whose year the document writes out
    elsewhere (``2026``, or ``99年``); neither, and the date is left unread."""
    m = _SHORT_YEAR_DATE.match(window)
    if m is None:
        return None
    yy, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    for year, written in (
        (2000 + yy, rf"(?<!\d){2000 + yy}(?!\d)"),
        (1911 + yy, rf"(?<!\d){yy}\s*年"),
    ):
        if re.search(written, text):
            return f"{year:04d}-{month:02d}-{day:02d}", m.start(1), m.end()
    return None


def _full_dates(text: str, start: int, end: int) -> list[ReportDate]:
    """Dates given to the day in ``text[start:end]``, with document offsets."""
    return [
        ReportDate(d.iso, start + d.start, start + d.end, "")
        for d in find_dates(text[start:end])
        if d.iso and d.precision == "day" and not d.vague
    ]


def _auditor_signature_date(
    blocks: list[Block], text: str, lex: dict[str, Any]
) -> ReportDate | None:
    """The date closing a line under the auditor's signatures, after the report's heading.

    The cover and the contents name the report too: each heading is tried, and one
    whose signature block and date do not follow within the window is passed over.
    """
    cues = lex["report_date"]
    for k, b in enumerate(blocks):
        chunk = text[b.start : b.end]
        salutation = chunk.rstrip(" ：:")
        if (
            width_at_most(chunk, 20)
            and any(chunk.startswith(h) for h in cues["auditor_report_headings"])
        ) or (
            width_at_most(chunk, 40)
            and any(salutation.endswith(h) for h in cues.get("auditor_salutations", ()))
        ):
            found = _signed_date(blocks[k + 1 :], text, cues)
            if found is not None:
                return found
    return None


def _signed_date(blocks: list[Block], text: str, cues: dict[str, Any]) -> ReportDate | None:
    signed: int | None = None
    for k, b in enumerate(blocks):
        chunk = text[b.start : b.end]
        if signed is not None and k - signed > cues["signature_window"]:
            return None
        if signed is not None:
            dates = _full_dates(text, b.start, b.end)
            if dates and not text[dates[-1].end : b.end].strip():
                return ReportDate(
                    dates[-1].iso, dates[-1].start, dates[-1].end, "auditor_signature"
                )
        if display_width(chunk) <= 40 and any(c in chunk for c in cues["signature_cues"]):
            signed = k
    return None


def _board_approval_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """本財務報告已於民國 114 年 5 月 13 日經董事會通過: the date the board approved the report."""
    cues = lex["report_date"]
    for b in blocks:
        if b.kind in ("table", "table_caption", "figure_caption", "heading"):
            continue
        chunk = text[b.start : b.end]
        if not any(c in chunk for c in cues["approval_cues"]):
            continue
        for sentence in re.finditer(r"[^。；]+", chunk):
            said = sentence.group()
            if any(c in said for c in cues["approval_cues"]) and any(
                w in said for w in cues["approval_subjects"]
            ):
                dates = _full_dates(text, b.start + sentence.start(), b.start + sentence.end())
                if len(dates) == 1:
                    return ReportDate(dates[0].iso, dates[0].start, dates[0].end, "board_approval")
    return None


# what may follow a dateline's date: a weekday, the time of day (2024年5月12日 週日 10:30),
# and (dates38) the count of views a site prints after its stamp (2017-03-03 2043) or the
# source a digest's date line names after a bar (2025-05-04 | 華安證券 | 研究所: words, no
# digits, which a table row of dated figures has)
_TIME_OF_DAY = re.compile(
    r"\s*(?:[（(]?(?:週|周|星期|禮拜)[一二三四五六日天][)）]?\s*)?"
    r"(?:(?:上午|下午|晚間)?\s*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?\s*)?"
    r"(?:(?<=\s)[0-9]{1,7}\s*)?"
    r"(?:[|｜][^\n0-9０-９]*)?"
)


def _dateline_break(prev: Line, nxt: Line, lex: dict[str, Any]) -> bool:
    """A text file's dateline ends its paragraph and starts none (a PDF's is set apart
    by its geometry: ``_set_apart``)."""
    return (prev.boxes is None and is_dateline(prev.text, lex)) or (
        nxt.boxes is None and is_dateline(nxt.text, lex)
    )


def is_dateline(text: str, lex: dict[str, Any]) -> bool:
    """A news dateline: a short line that a full date closes, with at most a weekday and
    the time of day after it (``2024年5月12日 10:30``, ``記者王明／台北報導 2024/05/12``).
    It is a line of its own: a TXT file's blank line after it is gone by now, and joined to
    the first paragraph it would stand in a sentence beside that paragraph's 今年."""
    if display_width(text) > lex["report_date"]["cover_max_width"]:
        return False
    dates = _full_dates(text, 0, len(text))
    if not dates or _TIME_OF_DAY.fullmatch(text, dates[-1].end) is None:
        return False
    # the date stands apart from any words before it (not 營運日期為2024年5月12日, a
    # narrow column's wrapped line)
    before = text[: dates[-1].start]
    return before.strip() == "" or before[-1] in " \t\u3000／/|｜:：、,，"


def _printed_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """An annual report's printing date on its cover (``中華民國114年4月1日刊印``): the
    book's own date. The financial statements bound inside it carry an auditor's and a
    board's date weeks earlier, which date only that part."""
    cues = "|".join(map(re.escape, lex["report_date"]["printed_cues"]))
    printed = re.compile(r"\s*(?:" + cues + r")\s*$")
    found = _cover_date(blocks, text, lex, printed, "printed")
    if found is not None:
        return found
    # The day's 日 left out before the cue (``中華民國一百一十四年五月二十八刊印``, as
    # printed): the day read as if it were there, the date's span ending at its numeral.
    bare_day = re.compile(
        r"月\s*([〇○零一二三四五六七八九十廿卅\d０-９]{1,3})\s*(?:" + cues + r")\s*$"
    )
    for s, e in _cover_lines(blocks, text, lex):
        m = bare_day.search(text, s, e)
        if m is None:
            continue
        day = [d for d in find_dates(text[s : m.end(1)] + "日") if d.end == m.end(1) + 1 - s]
        if day and day[-1].iso and day[-1].precision == "day" and not day[-1].vague:
            return ReportDate(day[-1].iso, s + day[-1].start, m.end(1), "printed")
    return None


def _cover_lines(blocks: list[Block], text: str, lex: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """The short lines of page 1 (a cover's), as (start, end) offsets into ``text``."""
    limit = lex["report_date"]["cover_max_width"]
    first_page = blocks[0].page if blocks else 1
    cited, reach = _cited_work_re(lex), int(lex["cited_work_reach"])
    for b in blocks:
        if b.page != first_page:
            break
        if b.kind in ("table", "table_caption", "figure_caption"):
            continue
        for ln in re.finditer(r"[^\n]+", text[b.start : b.end]):
            # (出版日期：2026/05/28 among 書名：, 出版社：: a cited book's line, not our cover)
            if width_at_most(ln.group(), limit) and not _in_cited_work(
                text, b.start + ln.start(), cited, reach
            ):
                yield b.start + ln.start(), b.start + ln.end()


def _cover_date(
    blocks: list[Block],
    text: str,
    lex: dict[str, Any],
    after: re.Pattern[str] = _TIME_OF_DAY,
    rule: str = "cover",
) -> ReportDate | None:
    """A deck's cover or conference date: a full date closing a short line on page 1
    (``after`` is what may follow it there). A line of several full dates is a
    statement's column header or period line (``114年3月31日 113年12月31日``): the dates
    it reports on, not its own."""
    for s, e in _cover_lines(blocks, text, lex):
        dates = _full_dates(text, s, e)
        # (a news dateline may close with the time: 記者… 台北 2026-01-16 10:46)
        if len(dates) == 1 and after.fullmatch(text, dates[-1].end, e):
            return ReportDate(dates[-1].iso, dates[-1].start, dates[-1].end, rule)
    return None


# A meeting's hour as its notice writes it: ``（星期四）上午 9 時整``, ``上午九時三十分``.
_MEETING_TIME = re.compile(
    r"\s*(?:[（(]?(?:週|周|星期|禮拜)[一二三四五六日天][)）]?\s*)?"
    r"(?:(?:上午|下午|晚間)?\s*(?:[0-9]{1,2}[:：][0-9]{2}|"
    r"[0-9０-９一二三四五六七八九十]{1,3}\s*[時点點]\s*(?:整|半|[0-9０-９一二三四五六七八九十]{1,3}\s*分)?)"
    r"\s*(?:起|開始)?\s*)?"
)


def _meeting_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A shareholders' meeting handbook or notice is dated by its meeting: the cover names
    the document (``110 年股東常會`` over ``議事手冊``) and gives the day and hour
    (``時間：110 年 6 月 10 日（星期四）上午 9 時整``), never the auditor's report bound in
    it as an attachment (that dates the financial statements)."""
    words = lex["report_date"]["meeting_cover_words"]
    if not any(any(w in text[s:e] for w in words) for s, e in _cover_lines(blocks, text, lex)):
        return None
    return _cover_date(blocks, text, lex, after=_MEETING_TIME, rule="meeting")


def _cover_month_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A deck's cover that gives only the month (``GOMAJI 上櫃前業績發表會`` over ``2015年12月``):
    a line of page 1's first blocks that is nothing but one date to the month. It dates the
    deck to that month, the last resort when nothing gives a day: a line standing alone
    among the cover's first lines is the deck's date, where the same month inside a body
    line is a period the text tells."""
    first = {id(b) for b in blocks[: lex["report_date"]["cover_month_blocks"]]}
    for s, e in _cover_lines(blocks, text, lex):
        if not any(id(b) in first and b.start <= s and e <= b.end for b in blocks):
            continue
        line = text[s:e]
        found = [d for d in find_dates(line) if d.iso and not d.vague]
        if len(found) != 1 or found[0].precision != "month":
            continue
        d = found[0]
        if d.iso is None or line[: d.start].strip() or line[d.end :].strip():
            continue
        return ReportDate(d.iso, s + d.start, s + d.end, "cover_month")
    return None


# the time of day a publication stamp writes after its date (2022-11-23 19:02:11)
_CLOCK = re.compile(
    r"[ \t\u3000]*(?:上午|下午|晚間)?[ \t\u3000]*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?"
)


def _stamp_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A news site's publication stamp opening the first body block, a full date with the
    time of day (``MoneyDJ新聞 2022-11-23 19:02:11 記者 丁於珊 報導經濟部統計處今(23)日…``):
    a copied page whose byline is glued to its first sentence (so no dateline line of its
    own) still says the day it was published, which its ``今(23)日`` and bare ``10月`` mean.
    The clock makes it a stamp, not a day the story tells (``2022-11-23起``); only the head
    of the block counts, before any sentence punctuation."""
    width = lex["report_date"]["stamp_head_width"]
    body = [b for b in blocks if b.kind not in ("title", "table", "table_caption")]
    for d, _head in _head_dates(body[:2], blocks, text, width):
        if _CLOCK.match(text, d.end):
            return ReportDate(d.iso, d.start, d.end, "stamp")
    return None


def _head_dates(
    body: list[Block], blocks: list[Block], text: str, width: int
) -> Iterator[tuple[ReportDate, str]]:
    """Full dates heading the first page's ``body`` blocks, each with the text before it in
    its block: a stamp or a dateline stands there, before any sentence punctuation and
    within ``width`` display columns of the block's start."""
    first_page = blocks[0].page if blocks else 1
    for b in body:
        if b.page != first_page:
            break
        for d in _full_dates(text, b.start, b.end):
            head = text[b.start : d.start]
            if display_width(head) > width or any(c in head for c in "。，,；;！？"):
                break
            yield d, head


def _dateline_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A paper's or wire's dateline heading the body (``【大紀元2021年10月05日訊】``,
    ``（中央社記者張建中新竹2011年8月2日電）``, ``自由時報 2023/01/05 後疫情時代…``,
    ``【鉅亨網記者陳慧菱 台北2018/09/11 】``): a copied
    page whose dateline is glued to its first sentence is still of that day. The full date
    must close with the agency's word and bracket, or follow a paper's name alone (a day the
    story tells, ``2022年11月23日起``, does neither); only the head of a block counts, before
    any sentence punctuation."""
    cues = lex["report_date"]
    width = cues["dateline_head_width"]
    close = re.compile(cues["dateline_close"])
    header = re.compile(cues["dateline_header"])
    header_close = re.compile(cues["dateline_header_close"])
    papers = frozenset(cues["dateline_papers"])
    body = [b for b in blocks if b.kind not in ("table", "table_caption")]
    for d, head in _head_dates(body[:3], blocks, text, width):
        if (
            close.match(text, d.end)
            or head.strip(" \t\u3000") in papers
            or (header.match(head) and header_close.match(text, d.end))
        ):
            return ReportDate(d.iso, d.start, d.end, "dateline")
    return None


def _photo_credit_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A news photo's caption that closes with its credit and a full date (``中央社記者潘智義攝
    113年4月25日``): a news page copied without its dateline is of the day its photo was taken,
    which is what its ``25日電`` and ``今年`` mean. The date must follow the credit with only
    spaces between; what follows it is not asked, since a text file's caption line is joined to
    the paragraph or dateline after it (``…攝  113年4月25日（中央社記者…25日電）``)."""
    cues = lex["report_date"]["photo_credit_cues"]
    named = "(?:" + "|".join(map(re.escape, cues)) + ")"
    # (dates38) or a comma between (記者金武鳳攝，2026.1.16): nownews writes it so
    credit = re.compile(named + r"[ \t\u3000]*[，,]?[ \t\u3000]*$")
    any_credit = re.compile(named)
    first_page = blocks[0].page if blocks else 1
    for b in blocks:
        if b.page != first_page:
            break
        # (a block that names no credit has no date after one: its dates are not read;
        # a text file's blocks are all on page 1)
        if any_credit.search(text, b.start, b.end) is None:
            continue
        for d in _full_dates(text, b.start, b.end):
            if credit.search(text, b.start, d.start):
                return ReportDate(d.iso, d.start, d.end, "photo_credit")
    return None


def _head_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A page's own date set by itself at the head of its text, the last resort when nothing
    else dates it (structure.yaml: report_date.head_date_*): a copied page's date line glued to
    its byline (``2026-01-11 財經中心／綜合報導``) or first sentence (``2021-07-27 今年上半年…``),
    a label's (``時間:2023-09-11 來源:…``), a head line's field (``中芯國際 電子元器件行業
    2025-05-13 光大證券``), one bracketed under a title (``(2023年11月15日)``) or a press
    release's place and date (``新加坡，2023年8月29日——``). Its 今年, 本月 and bare months are
    of that day. A date a sentence tells has a comma or a word glued after it, and a block
    opening a chronology has the next block open with a date too."""
    cues = lex["report_date"]
    width = cues["dateline_head_width"]
    after = re.compile(cues["head_date_after"])
    bracket = re.compile(cues["head_date_bracket_close"])
    release = re.compile(cues["head_date_release"])
    release_close = re.compile(cues["head_date_release_close"])
    labels = re.compile(
        r"^[ \t\u3000]*(?:"
        + "|".join(map(re.escape, cues["head_date_labels"]))
        + r")[ \t\u3000]*[：:]?[ \t\u3000]*$"
    )
    first_page = blocks[0].page if blocks else 1
    head = [b for b in blocks if b.kind not in ("table", "table_caption", "figure_caption")]
    head = [b for b in head[: cues["head_date_blocks"]] if b.page == first_page]
    for k, b in enumerate(head):
        for d in _full_dates(text, b.start, b.end):
            before = text[b.start : d.start]
            if display_width(before) > width:
                break
            if release.match(before) and release_close.match(text, d.end):
                return ReportDate(d.iso, d.start, d.end, "head")
            if any(c in before for c in "。，,；;！？"):
                break
            if before.rstrip().endswith(("(", "（")):
                apart = before.rstrip()[:-1]
                if (not apart.strip() or apart[-1] in " \t\u3000)）") and bracket.match(
                    text, d.end, b.end
                ):
                    return ReportDate(d.iso, d.start, d.end, "head")
                continue
            opens = not before.strip() or labels.match(before) is not None
            if not (opens or before[-1] in " \t\u3000") or not after.match(text, d.end, b.end):
                continue
            if not opens and (
                any(c in before for c in ".．")
                or before.rstrip()[-1] in cues["head_date_not_after"]
            ):
                continue  # (1. Windows 10 將於 2025-10-14 結束支援: a day the line tells)
            if opens and _dated_lines(text, d, b, head[k + 1 : k + 2], after):
                return None  # (a chronology's dated lines, not a page's date)
            return ReportDate(d.iso, d.start, d.end, "head")
    return None


def _dated_lines(
    text: str, d: ReportDate, b: Block, nxt: list[Block], after: re.Pattern[str]
) -> bool:
    """Whether another date set as ``d`` is (a date before words after a space) follows it in
    its block with no sentence punctuation between, or opens the next block: a chronology's
    lines (2001-10-25 公司成立 / 2005-03-01 股票上櫃), none of them the page's date."""
    for e in _full_dates(text, d.end, b.end):
        if any(c in text[d.end : e.start] for c in "。，,；;！？"):
            break
        if after.match(text, e.end, b.end):
            return True
    for n in nxt:
        lead = _full_dates(text, n.start, n.end)
        if (
            lead
            and not text[n.start : lead[0].start].strip()
            and after.match(text, lead[0].end, n.end)
        ):
            return True
    return False


def _editor_stamp_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """A wire agency's stamp after the editor's bracket at the article's end (``（編輯：張良知）
    1130425``): the day the article was published, which its ``25日電`` and ``今年`` mean. It
    beats a photo caption's date (the day the photo was taken, which may close a short line
    as a cover date does) and is looked for in the last blocks only, where such stamps stand."""
    cues = editor_stamp_cues()
    for b in reversed(blocks[-3:]):
        chunk = text[b.start : b.end]
        folded = fold_width(chunk)  # (what the stamp's pattern reads)
        if not any(c in folded for c in cues):
            continue  # (no editor's cue, no stamp: the block's dates are not read)
        for d in find_dates(chunk):
            if d.iso and d.rule == date_rule_id("editor_stamp"):
                return ReportDate(d.iso, b.start + d.start, b.start + d.end, "editor_stamp")
    return None


def _stated_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """The latest date stamped in a source, byline, note or footer line
    (``ITIS研究團隊（2024/01）``): how ITIS reviews date themselves."""
    best: ReportDate | None = None
    for b in blocks:
        if b.kind in ("source", "byline", "footer", "note"):
            iso = find_published_date(text[b.start : b.end])
            if iso and (best is None or iso > best.iso):
                best = ReportDate(iso, b.start, b.end, "stated")
    if best is None:
        return None
    hit = [d for d in find_dates(text[best.start : best.end]) if d.iso == best.iso]
    if hit:
        return ReportDate(best.iso, best.start + hit[-1].start, best.start + hit[-1].end, "stated")
    return best


# Ordered: the first strategy that finds a date dates the report. A label beats
# everything; a meeting handbook's cover dates it by its meeting (not the auditor's
# report bound in it); a printing date on the cover dates an annual report (and the filing
# bound in it); an auditor's signature date and the board's approval date date a
# filing; a wire agency's stamp after the editor's line is the day a news article was
# published (a photo caption's full date on a short line is only the day it was taken);
# a deck's cover date beats the stamps of its source lines; a cover that gives only
# the month dates the deck when nothing else does; a date standing by itself at the head
# of a copied page is the very last resort.
REPORT_DATE_STRATEGIES = (
    ("labelled", _labelled_date),
    ("meeting", _meeting_date),
    ("printed", _printed_date),
    ("auditor_signature", _auditor_signature_date),
    ("board_approval", _board_approval_date),
    ("editor_stamp", _editor_stamp_date),
    ("cover", _cover_date),
    ("stamp", _stamp_date),
    ("dateline", _dateline_date),
    ("photo_credit", _photo_credit_date),
    ("stated", _stated_date),
    ("cover_month", _cover_month_date),
    ("head", _head_date),
)


def find_report_date(blocks: list[Block], text: str, lex: dict[str, Any]) -> ReportDate | None:
    """The document's own date: the first strategy in ``REPORT_DATE_STRATEGIES`` that finds one."""
    for _name, strategy in REPORT_DATE_STRATEGIES:
        found = strategy(blocks, text, lex)
        if found is not None:
            return found
    return None


def structure(lines: list[Line], raw: RawDocument) -> Structured:
    """Canonical text, blocks, sentences, page map and metadata from clean lines."""
    lex = load_lexicon("structure")
    groups = group_lines(lines, lex)
    b = _Builder()
    blocks: list[Block] = []
    for g in groups:
        if b.length:
            b.add("\n", b.pages[-1], None)  # the separator stays on the page it ends
        start = b.length
        spans: list[tuple[int, int]] = []
        for k, ln in enumerate(g.lines):
            if k:
                sep = (
                    "\n"
                    if g.kind in ("table", "title")
                    else join_separator(g.lines[k - 1].text, ln.text)
                )
                if sep:
                    b.add(sep, g.lines[k - 1].page, None)
            spans.append((b.length, b.length + len(ln.text)))
            b.add(ln.text, ln.page, ln.boxes)
        blocks.append(
            Block(
                kind=g.kind,
                start=start,
                end=b.length,
                page=g.lines[0].page,
                level=g.level,
                label=g.label,
            )
        )
    text = "".join(b.parts)
    sentences: list[Sentence] = []
    for idx, blk in enumerate(blocks):
        sentences.extend(split_sentences(text, blk.start, blk.end, idx, blk.kind == "table"))
    pages = _page_spans(raw, b.pages, len(text))
    metadata = _metadata(blocks, text, lex)
    return Structured(text, b.pages, b.boxes, pages, blocks, sentences, metadata)


def _page_spans(raw: RawDocument, char_pages: list[int], length: int) -> list[Page]:
    """Each page's span of the canonical text.

    A page with no text of its own (an image, a blank page, only furniture) is an empty
    span where the next page starts: giving it the previous page's start instead made
    that page empty and moved its text onto the blank one.
    """
    # each page's first offset: built from the last character back, the first offset is
    # the one written last (one pass in C instead of a Python step per character)
    first = dict(zip(reversed(char_pages), range(len(char_pages) - 1, -1, -1), strict=True))
    starts = [0] * len(raw.pages)
    next_start = length
    for k in range(len(raw.pages) - 1, -1, -1):
        next_start = min(first.get(raw.pages[k].number, next_start), next_start)
        starts[k] = next_start
    if starts:
        starts[0] = 0
    pages: list[Page] = []
    for k, rp in enumerate(raw.pages):
        end = starts[k + 1] if k + 1 < len(starts) else length
        pages.append(
            Page(number=rp.number, start=starts[k], end=end, extractor=rp.extractor, flags=rp.flags)
        )
    return pages


def _metadata(blocks: list[Block], text: str, lex: dict[str, Any]) -> Metadata:
    # A cover's title may run over several lines (company, kind of report): one line of it.
    title = None
    block = next((b for b in blocks if b.kind == "title"), None)
    if block is not None:
        parts = [p.strip() for p in text[block.start : block.end].split("\n")]
        # a company name wrapped before its 及子公司 stays one name
        title = "".join(p if k == 0 or p.startswith("及") else " " + p for k, p in enumerate(parts))
    authors: list[Author] = []
    for blk in blocks:
        if blk.kind == "byline":
            authors.extend(parse_byline(text[blk.start : blk.end], lex))
    publisher = None
    for blk in blocks:
        chunk = text[blk.start : blk.end]
        for p in lex["publisher_prefixes"]:
            if chunk.startswith(p):
                rest = chunk[len(p) :].lstrip("：: ")
                name = re.split(r"\s+|https?://", rest)[0].strip()
                if name:
                    publisher = name
                    break
    date = find_report_date(blocks, text, lex)
    return Metadata(
        title=title,
        authors=authors,
        publisher=publisher,
        published=date.iso if date else None,
        published_rule=f"structure.published.{date.rule}.v1" if date else None,
        published_span=CharSpan(start=date.start, end=date.end) if date else None,
    )
