"""``表 N`` captions, the lines that belong to their tables, sources and references."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from pipeline.chars import fold_width
from pipeline.extract.tables.text_grid import (
    _PIPE_ROW_RE,
    _RULE_LINE_RE,
    _split_cells,
    _tokens,
    _value_suffix,
)
from pipeline.models import (
    Block,
    Document,
    PdfTable,
    UnitNote,
    UnitSource,
)
from pipeline.pdftables.cells import is_value_token
from pipeline.pdftables.lexicon import (
    _TOKEN_RE,
    _WS_RE,
    _lex,
    _norm_caption_label,
    caption_body,
    caption_label,
)

# --------------------------------------------------------------------------- document regions


@dataclass
class TableRegion:
    """Where one table lives in ``Document.text``: caption, row lines, notes, source."""

    label: str  # "表 1"
    caption: str  # caption text after the label
    caption_span: tuple[int, int]
    page: int
    caption_pages: list[int] = field(default_factory=list)
    row_lines: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)
    sources: list[tuple[int, int]] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    # Set when the unit is the PDF grid's: where the finder or the notes pass read it.
    unit_source: UnitSource | None = None
    unit_note: UnitNote | None = None
    unit_exception: str | None = None  # 每股盈餘為新台幣元: rows that take another unit
    title: str | None = None  # an uncaptioned table's heading
    period: str | None = None  # the period line above the grid

    @property
    def end(self) -> int:
        return max([self.caption_span[1]] + [e for _, e in self.row_lines])

    def take_grid_unit(self, grid: PdfTable) -> None:
        """The PDF grid's unit, with where it was read (its own line or a note)."""
        if grid.unit:
            self.units.append(grid.unit)
            self.unit_source, self.unit_note = grid.unit_source, grid.unit_note
            self.unit_exception = grid.unit_exception


def _block_lines(doc: Document, b: Block) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = b.start
    while s <= b.end:
        e = doc.text.find("\n", s, b.end)
        if e < 0:
            e = b.end
        if doc.text[s:e].strip():
            ls = s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip())
            le = e - (len(doc.text[s:e]) - len(doc.text[s:e].rstrip()))
            out.append((ls, le))
        s = e + 1
    return out


LineKind = Literal["unit", "note", "source", "row", "header", "label", "text"]
_PUNCT = "。，；、：:!?！？"


def line_kind(text: str) -> LineKind:
    """What a line near a table is: unit, note, source, data row, header, lone label, prose."""
    lex = _lex()
    f = fold_width(text)
    if lex.source_line.match(f):
        return "source"
    if lex.note_line.match(f):
        return "note"
    if lex.unit_line.match(f):
        return "unit"
    if _RULE_LINE_RE.match(f):
        return "header"
    if _PIPE_ROW_RE.match(f):
        cells = _split_cells(f, "|")
        return "row" if any(is_value_token(c.text) for c in cells if c.text) else "header"
    if "。" in f:
        return "text"
    toks = _tokens(f)
    if len(toks) >= 2 and _value_suffix(toks) >= 1 and not any(p in f for p in "，；"):
        return "row"
    if len(toks) >= 2 and len(f) <= 80 and not any(p in f for p in "，；、"):
        return "header"
    if len(toks) == 1 and len(f) <= 15 and not any(p in f for p in _PUNCT):
        return "label"
    return "text"


def _value_count(text: str) -> int:
    return sum(1 for t in _TOKEN_RE.findall(fold_width(text)) if is_value_token(t))


def _paragraph_in_table(
    doc: Document,
    j: int,
    region: TableRegion,
    lines: Sequence[tuple[int, int]],
    kinds: Sequence[LineKind],
    seen_data: bool,
) -> bool:
    """Whether a block the structure stage called a paragraph holds rows of this table."""
    text = doc.text[doc.blocks[j].start : doc.blocks[j].end]
    ok = _tabular(text) or all(
        k in ("unit", "note", "source", "row")
        or (k in ("header", "label") and (not seen_data or _rows_follow(doc, j)))
        for k in kinds
    )
    if not ok or not region.row_lines:
        return ok
    last = region.row_lines[-1]
    if doc.blocks[j].page <= doc.page_at(last[0]):
        return True
    # On a new page, only rows as wide as the last one (or a long run of reflowed rows)
    # continue the table: a chart's axis labels do not.
    width = _value_suffix(_tokens(fold_width(doc.text[last[0] : last[1]])))
    if _tabular(text) and _value_count(text) >= 3 * max(width, 1):
        return True
    first = region.row_lines[0]
    header = _WS_RE.sub("", fold_width(doc.text[first[0] : first[1]]))
    return all(
        (k == "row" and _value_suffix(_tokens(fold_width(doc.text[s:e]))) == width)
        or _WS_RE.sub("", fold_width(doc.text[s:e])) == header  # the header, repeated
        for (s, e), k in zip(lines, kinds, strict=True)
    )


def _next_block(doc: Document, j: int) -> int | None:
    """Index of the first block after ``j`` that is not a footer or a note."""
    k = j + 1
    while k < len(doc.blocks) and doc.blocks[k].kind in ("footer", "note"):
        k += 1
    return k if k < len(doc.blocks) else None


def _source_of_next_figure(doc: Document, j: int, region: TableRegion) -> bool:
    """Source block ``j`` sits over a figure caption on a later page than the table: ITIS
    prints a figure's source above its caption, so it is the figure's, unless the figure
    has its own source line below the caption."""
    f = _next_block(doc, j)
    if f is None or caption_block_label(doc, f, "figure") is None:
        return False
    after = _next_block(doc, f)
    if after is not None and doc.blocks[after].kind == "source":
        return False
    last = doc.page_at(region.row_lines[-1][0]) if region.row_lines else region.page
    return doc.blocks[j].page > last


def _rows_follow(doc: Document, j: int) -> bool:
    """Table rows come after block ``j``, past at most a few header-only paragraphs."""
    seen = 0
    for b in doc.blocks[j + 1 :]:
        if b.kind == "footer":
            continue
        text = doc.text[b.start : b.end]
        if b.kind == "table" or _tabular(text):
            return True
        kinds = {line_kind(text[s - b.start : e - b.start]) for s, e in _block_lines(doc, b)}
        if "row" in kinds and kinds <= {"row", "header", "label"}:
            return True
        seen += 1
        if b.kind != "paragraph" or not kinds <= {"header", "label"} or seen > 3:
            return False
    return False


def _tabular(text: str) -> bool:
    """Rows the structure stage reflowed into one paragraph: mostly numbers, no full stop."""
    f = fold_width(text)
    if "。" in f:
        return False
    toks = _TOKEN_RE.findall(f)
    nums = sum(1 for t in toks if is_value_token(t))
    return nums >= 3 and nums >= 0.4 * len(toks)


def caption_block_label(doc: Document, i: int, which: Literal["table", "figure"]) -> str | None:
    """Label when block ``i`` is a caption: tagged by structure, or a short captionlike line."""
    b = doc.blocks[i]
    kind = "table_caption" if which == "table" else "figure_caption"
    text = doc.text[b.start : b.end]
    if b.kind == kind:
        return _norm_caption_label(b.label, which) or caption_label(text, which)
    if b.kind != "paragraph" or "。" in text or len(text) > 100 or "\n" in text:
        return None
    label = caption_label(text, which)
    if label is None:
        return None
    if which == "figure":
        return label
    nxt = next((bb for bb in doc.blocks[i + 1 :] if bb.kind != "footer"), None)
    if nxt is None:
        return None
    first = _block_lines(doc, nxt)
    if nxt.kind == "table" or (
        first and line_kind(doc.text[first[0][0] : first[0][1]]) in ("row", "header", "unit")
    ):
        return label
    return None


def find_table_regions(
    doc: Document, last_pages: dict[int, int] | None = None
) -> list[TableRegion]:
    """Every ``表 N`` caption with the row, note, unit and source lines that follow it.

    A caption marked as continued (``表 1（續）``), or repeating the label of the table
    just before on the next page, extends that table instead of starting a new one.
    """
    lex = _lex()
    regions: list[TableRegion] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        label = caption_block_label(doc, i, "table")
        if label is None:
            i += 1
            continue
        b = blocks[i]
        text = doc.text[b.start : b.end]
        prev = regions[-1] if regions else None
        continued = bool(lex.continued.search(fold_width(text)))
        if (
            prev is not None
            and prev.label == label
            and (continued or b.page - max(prev.caption_pages) <= 1)
        ):
            region = prev
            region.caption_pages.append(b.page)
        else:
            caption = caption_body(text, "table")
            m = lex.unit_inline.search(fold_width(caption))
            units = [caption[m.start("unit") : m.end("unit")].strip()] if m else []
            region = TableRegion(label, caption, (b.start, b.end), b.page, [b.page], units=units)
            regions.append(region)
        last = (last_pages or {}).get(region.caption_span[0])
        i = _consume(doc, i + 1, region, last)
    return regions


# A title line over an uncaptioned text table: short, no sentence in it.
_TITLE_MAX = 40
# Markdown marks around a title line: heading hashes, a bullet, a setext underline the
# reflow glued on (``新車銷量排行------``), a closing colon.
_TITLE_MARKS_RE = re.compile(r"^\s*(?:#{1,6}|\\?[*\-•])\s*|\s*(?:[-=]{3,}|[：:])\s*$")
# A Markdown rule (``------``, ``***``) between a title and its table.
_RULE_RE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")


def _title_above(doc: Document, k: int) -> str | None:
    """The title of a text table from block ``k`` above it: one short line that states no
    sentence (``主要產品營收比較``, ``## 各區出貨量``, ``各產品營收如下：``), its Markdown
    heading marks and closing colon dropped; None when the block is prose or a table's."""
    b = doc.blocks[k]
    if b.kind not in ("paragraph", "heading", "title"):
        return None
    text = doc.text[b.start : b.end].strip()
    if text.endswith(("：", ":")):
        # the paragraph's last sentence leads into the table (``…如下：``)
        text = re.split(r"[。！？；!?]", text)[-1].strip()
    if not text or "\n" in text or any(p in text for p in "。！？；!?"):
        return None
    if text.endswith(("：", ":")) and len(text) <= 2 * _TITLE_MAX:
        # a line leading into the table (``截至第三季，各區用電量：``): its last clause
        # names it, what comes before sets the scene
        text = re.split(r"[，,]", text)[-1].strip()
    if len(text) > _TITLE_MAX:
        return None
    if line_kind(text) in ("unit", "note", "source", "row"):
        return None
    title = _TITLE_MARKS_RE.sub("", text).strip()
    if not any(ch.isalpha() for ch in title):  # a rule (``------``) or a bare number
        return None
    return title or None


_CAPTION_BELOW_RE = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\n]{2,40})(?:\*\*|__)\s*$")


def _caption_below(doc: Document, j: int) -> tuple[str, tuple[int, int]] | None:
    """A table's name set under it as a caption: a line that is bold and nothing else right
    after the table (``**近三年營收預期**``, the news sites' caption under a table or image).
    Only for a table no line above names; its span is the name inside the marks."""
    k = j + 1
    while k < len(doc.blocks) and doc.blocks[k].kind == "footer":
        k += 1
    if k >= len(doc.blocks) or doc.blocks[k].kind not in ("paragraph", "heading"):
        return None
    b = doc.blocks[k]
    m = _CAPTION_BELOW_RE.match(doc.text[b.start : b.end])
    if m is None or any(p in m.group("t") for p in "。！？；!?"):
        return None
    return m.group("t").strip(), (b.start + m.start("t"), b.start + m.end("t"))


def uncaptioned_text_regions(doc: Document, regions: Sequence[TableRegion]) -> list[TableRegion]:
    """Regions of the table blocks of a text document that no ``表 N`` caption claims: a
    report delivered as text or Markdown sets its tables as pipe rows, tab- or space-aligned
    columns under a plain title line. The line above names the table, a unit line between
    them scales its cells, and the notes and source lines after it are its own, as under a
    caption. Two lines at least (a header and a row)."""
    taken = [(r.caption_span[0], r.end) for r in regions]
    out: list[TableRegion] = []
    blocks = doc.blocks

    def free(b: Block) -> bool:
        return not any(s <= b.start < e for s, e in taken)

    for j, b in enumerate(blocks):
        if b.kind != "table" or not free(b) or len(_block_lines(doc, b)) < 2:
            continue
        first = j
        k = j - 1
        while k >= 0 and blocks[k].kind == "footer":
            k -= 1
        if (
            k >= 0
            and blocks[k].kind == "paragraph"
            and free(blocks[k])
            and line_kind(doc.text[blocks[k].start : blocks[k].end].strip()) == "unit"
        ):
            first, k = k, k - 1
        if k >= 1 and _RULE_RE.match(doc.text[blocks[k].start : blocks[k].end]):
            k -= 1
        title = _title_above(doc, k) if k >= 0 and free(blocks[k]) else None
        if title is not None:  # the table starts at its title, not at the prose before it
            head = blocks[k]
            at = doc.text.rfind(title, head.start, head.end)
            span = (at, at + len(title)) if at >= 0 else (head.start, head.end)
        else:
            span = (blocks[first].start, blocks[first].start)
        below = _caption_below(doc, j) if title is None else None
        if below is not None:
            title = below[0]
        label = title or f"表格 p{b.page}-{len(out) + 1}"
        region = TableRegion(label, title or "", span, b.page, [b.page])
        region.title = title
        _consume(doc, first, region)
        if len(region.row_lines) < 2:
            continue

        taken.append((region.caption_span[0], region.end))
        out.append(region)
    return out


def _consume(doc: Document, j: int, region: TableRegion, last_page: int | None = None) -> int:
    """Take the blocks after a caption that belong to its table; index of the next block.

    ``last_page`` (the last page of the table's PDF grid) stops rows from being read on
    later pages, where the text layer may hold a chart's labels.
    """
    blocks = doc.blocks
    after_source = False
    seen_data = False
    checked = 0
    while j < len(blocks):
        b = blocks[j]
        if b.kind == "footer":
            j += 1
            continue
        if b.kind in ("table_caption", "figure_caption", "heading", "title", "byline"):
            break
        if last_page is not None and b.page > last_page and b.kind in ("table", "paragraph"):
            break
        lines = _block_lines(doc, b)
        kinds = [line_kind(doc.text[s:e]) for s, e in lines]
        if b.kind == "note" or (kinds and all(k == "note" for k in kinds)):
            region.notes.extend(lines if b.kind != "note" else [(b.start, b.end)])
            j += 1
            continue
        if b.kind == "source" or (kinds and all(k == "source" for k in kinds)):
            if _source_of_next_figure(doc, j, region):
                break
            region.sources.append((b.start, b.end))
            after_source = True
            j += 1
            continue
        if after_source:
            break
        if b.kind == "paragraph":
            seen_data = seen_data or any(
                line_kind(doc.text[s:e]) == "row" for s, e in region.row_lines[checked:]
            )
            checked = len(region.row_lines)
            if not _paragraph_in_table(doc, j, region, lines, kinds, seen_data):
                break
        for (s, e), k in zip(lines, kinds, strict=True):
            if k == "unit":
                m = _lex().unit_line.match(fold_width(doc.text[s:e]))
                if m:
                    region.units.append(doc.text[s + m.start("unit") : s + m.end("unit")].strip())
            elif k == "note":
                region.notes.append((s, e))
            elif k == "source":
                region.sources.append((s, e))
                after_source = True
            else:
                region.row_lines.append((s, e))
        j += 1
    return j


# --------------------------------------------------------------------------- build


def parse_source(text: str) -> tuple[str, str | None]:
    """Source line body and its date: ``資料來源：X（2024/01）`` -> ``X（2024/01）``, 2024-01."""
    lex = _lex()
    f = fold_width(text)
    m = lex.source_prefix.match(f)
    body = text[m.end() :].strip() if m else text.strip()
    return body, source_date(body)


def source_date(text: str) -> str | None:
    """ISO date of a source line: the last date it states (``（2024/01）`` -> ``2024-01``)."""
    f = fold_width(text)
    best: tuple[int, int, str] | None = None
    for pat in _lex().source_dates:
        for m in pat.finditer(f):
            g = m.groupdict()
            if g.get("roc"):
                year = int(g["roc"]) + 1911
            elif g.get("y"):
                year = int(g["y"])
            else:
                continue
            if not 1900 <= year <= 2100:
                continue
            iso = f"{year:04d}"
            month = int(g["m"]) if g.get("m") else None
            if month is not None:
                if not 1 <= month <= 12:
                    continue
                iso += f"-{month:02d}"
                day = int(g["d"]) if g.get("d") else None
                if day is not None and 1 <= day <= 31:
                    iso += f"-{day:02d}"
            key = (m.start(), m.end() - m.start(), iso)
            if best is None or (key[0], key[1]) > (best[0], best[1]):
                best = key
    return best[2] if best else None


# --------------------------------------------------------------------------- references


def find_references(doc: Document, which: Literal["table", "figure"]) -> dict[str, list[int]]:
    """Sentences that cite each ``表 N``/``圖 N`` (``（圖 1）``, ``如圖 2、3``, ``圖 1~3``)."""
    lex = _lex()
    pat = lex.table_reference if which == "table" else lex.figure_reference
    char = "表" if which == "table" else "圖"
    skip = {"table_caption", "figure_caption", "table", "source", "note"}
    folded = fold_width(doc.text)
    out: dict[str, list[int]] = {}
    for m in pat.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1] in lex.reference_blocked_before:
            continue
        bi = doc.block_at(m.start())
        if bi is not None and doc.blocks[bi].kind in skip:
            continue
        if (
            bi is not None
            and doc.blocks[bi].start == m.start()
            and caption_block_label(doc, bi, which) is not None
        ):
            continue  # a caption the structure stage did not tag
        si = doc.sentence_at(m.start())
        if si is None:
            continue
        for label in _expand_refs(m.group("nums")):
            lst = out.setdefault(f"{char} {label}", [])
            if si not in lst:
                lst.append(si)
    return out


_REF_NUM_RE = re.compile(r"\d{1,3}(?:[-.．]\d{1,2})?")


def _expand_refs(nums: str) -> list[str]:
    found = list(_REF_NUM_RE.finditer(nums))
    out: list[str] = []
    for k, m in enumerate(found):
        label = m.group().replace("．", ".")
        if k and _lex().reference_range.match(nums[found[k - 1].end() : m.start()]):
            a, b = found[k - 1].group(), m.group()
            if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 50:
                out.extend(str(x) for x in range(int(a) + 1, int(b)))
        out.append(label)
    return out
