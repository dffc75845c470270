"""Statement layout: a financial statement's name line over its grid, the contents
page's list of statements (no table), a grid with no header of its own."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from pipeline.chars import fold_width
from pipeline.models import (
    PdfTable,
)
from pipeline.pdftables.cells import (
    clean_cell_text,
    is_account_code,
    parse_cell,
)
from pipeline.pdftables.lexicon import _lex
from pipeline.pdftables.phrases import (
    _is_data_phrase,
    _PLine,
)

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
