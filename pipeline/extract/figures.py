"""Figures: ``圖 N`` captions with their source line and the sentences that cite them.

Figures in reports are images, so what the text holds is the caption (joined across
its wrapped lines by the structure stage), a ``資料來源：`` line and citations such as
``（圖 1）``. ITIS reports print the source just above the caption, other publishers
just below: each source line goes to one caption, on the side the document itself
uses where both sides would do.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.tables.captions import (
    caption_block_label,
    find_references,
    find_table_regions,
    parse_source,
)
from pipeline.models import CharSpan, Document, Figure
from pipeline.pdftables.lexicon import caption_body

RULE = "figures.caption.v1"
# Blocks that may stand between a caption and its source line.
_SKIP = frozenset({"footer", "note"})


@dataclass
class FigureCaption:
    """A ``圖 N`` caption block and the source block chosen for it (block indexes)."""

    block: int
    label: str
    source_block: int | None = None


def _neighbour_source(doc: Document, i: int, step: int, taken: set[int]) -> int | None:
    j = i + step
    while 0 <= j < len(doc.blocks) and doc.blocks[j].kind in _SKIP:
        j += step
    if 0 <= j < len(doc.blocks) and doc.blocks[j].kind == "source" and j not in taken:
        return j
    return None


def find_figure_captions(doc: Document) -> list[FigureCaption]:
    """Every ``圖 N`` caption, each with the nearest free source line before or after it."""
    captions = [
        FigureCaption(i, label)
        for i in range(len(doc.blocks))
        if (label := caption_block_label(doc, i, "figure")) is not None
    ]
    # Source lines that belong to a table are not a figure's.
    starts = {b.start: k for k, b in enumerate(doc.blocks)}
    taken = {starts[s] for r in find_table_regions(doc) for s, _ in r.sources if s in starts}
    before = [_neighbour_source(doc, c.block, -1, taken) for c in captions]
    after = [_neighbour_source(doc, c.block, +1, taken) for c in captions]
    n_before = sum(1 for b, a in zip(before, after, strict=True) if b is not None and a is None)
    n_after = sum(1 for b, a in zip(before, after, strict=True) if a is not None and b is None)
    prefer_after = n_after > n_before
    for c, b, a in zip(captions, before, after, strict=True):
        order = (a, b) if prefer_after else (b, a)
        for cand in order:
            if cand is not None and cand not in taken:
                c.source_block = cand
                taken.add(cand)
                break
    return captions


def extract_figures(doc: Document) -> list[Figure]:
    """Figure facts (ids f1.. in text order) with caption, source, date and citations."""
    refs = find_references(doc, "figure")
    out: list[Figure] = []
    for k, fc in enumerate(find_figure_captions(doc)):
        b = doc.blocks[fc.block]
        text = doc.text[b.start : b.end]
        source_text = source_date = None
        if fc.source_block is not None:
            sb = doc.blocks[fc.source_block]
            source_text, source_date = parse_source(doc.text[sb.start : sb.end])
        out.append(
            Figure(
                id=f"f{k + 1}",
                text=text,
                span=CharSpan(start=b.start, end=b.end),
                page=b.page,
                sentence=doc.sentence_at(b.start),
                rule=RULE,
                figure_id=fc.label,
                caption=caption_body(text, "figure"),
                source_text=source_text,
                source_date=source_date,
                cited_in=refs.get(fc.label, []),
            )
        )
    return out
