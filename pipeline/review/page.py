"""Review pages: one self-contained HTML file per document, and an index.

Everything taken from a report is escaped on the way in (``html.escape`` for markup,
``\\u003c``-escaped JSON for the data block the script reads), and a Content
Security Policy lets only this page's own script (by hash) run and forbids every
network request, so a hostile report shows ``<script>`` as text. CSS and JS are
package data files (``assets/``), embedded into each page: no fonts, no scripts
and no images are fetched from anywhere.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import io
import itertools
import json
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from pipeline.emit import atomic_write_text, safe_child
from pipeline.models import Document, ErrorRecord, Fact, Facts

REVIEW_DIR = "review"
PAGE_SCALE = 1.5  # PDF page images: 1.5 px per point (108 dpi), sharp enough to read
PROVENANCE = ("id", "text", "span", "page", "sentence", "rule", "bbox", "review")
TYPE_LABELS = {
    "quantities": "Quantities",
    "dates": "Dates",
    "periods": "Periods",
    "products": "Products",
    "organizations": "Organizations",
    "regulations": "Regulations",
    "abbreviations": "Abbreviations",
    "tables": "Tables",
    "figures": "Figures",
}
BLOCK_TAGS = {
    "title": ("h1", "title"),
    "heading": ("h2", "heading"),
    "byline": ("div", "byline"),
    "paragraph": ("p", "para"),
    "figure_caption": ("div", "figcap"),
    "table_caption": ("div", "tcap"),
    "table": ("div", "tbl"),
    "source": ("div", "src"),
    "note": ("div", "note"),
    "footer": ("div", "footer"),
}


def _asset(name: str) -> str:
    return resources.files("pipeline.review").joinpath("assets", name).read_text("utf-8")


def esc(text: object) -> str:
    """Markup-safe text: the only way report text enters a page outside the data block."""
    return html.escape(str(text), quote=True)


def json_for_script(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    # Model field order, not sorted keys: the panel lists fields as the model declares them.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --------------------------------------------------------------------------- fact types


def fact_type_names(doc: Document) -> list[str]:
    """Every list-of-facts field, known or added later (rendered generically)."""
    return [n for n in Facts.model_fields if isinstance(getattr(doc.facts, n, None), list)]


def _item_model(fact_type: str) -> type[BaseModel] | None:
    annotation = Facts.model_fields[fact_type].annotation
    args = typing.get_args(annotation)
    inner = args[0] if args else None
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def field_kind(annotation: Any) -> dict[str, Any]:
    """How the page edits a field: number, integer, string, bool, a choice, or JSON."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        kind = field_kind(args[0])
        return {**kind, "nullable": True}
    if origin is typing.Literal:
        return {"kind": "choice", "choices": list(typing.get_args(annotation))}
    simple = {float: "number", int: "integer", str: "string", bool: "bool"}
    if annotation in simple:
        return {"kind": simple[annotation]}
    return {"kind": "json"}


def type_schemas() -> dict[str, dict[str, Any]]:
    """Per fact type: editable fields (kind, required) for the page's edit and add forms."""
    out: dict[str, dict[str, Any]] = {}
    for name in Facts.model_fields:
        model = _item_model(name)
        if model is None or not issubclass(model, Fact):
            continue
        fields = {}
        for fname, info in model.model_fields.items():
            if fname in PROVENANCE:
                continue
            fields[fname] = {**field_kind(info.annotation), "required": info.is_required()}
        out[name] = fields
    return out


# --------------------------------------------------------------------------- text


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    fact_id: str
    type_index: int
    mention: bool = False


def render_text(text: str, start: int, end: int, marks: Sequence[Mark]) -> str:
    """``text[start:end]`` as escaped HTML with properly nested ``<mark>`` elements.

    Overlapping facts that cross each other are closed and reopened around the
    boundary, so the markup always nests. Every text run carries its offset
    (``data-o``) so the page maps a selection back to character offsets.
    """
    inside = [
        Mark(max(m.start, start), min(m.end, end), m.fact_id, m.type_index, m.mention)
        for m in marks
        if m.start < end and m.end > start and m.end > m.start
    ]
    points = sorted({start, end, *(m.start for m in inside), *(m.end for m in inside)})
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in itertools.pairwise(points):
        covering = sorted(
            (m for m in inside if m.start <= a and m.end >= b),
            key=lambda m: (m.start, -m.end, m.mention, m.fact_id),
        )
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep] == covering[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        for m in covering[keep:]:
            cls = f"hl ty{m.type_index}" + (" mention" if m.mention else "")
            out.append(f'<mark class="{cls}" data-id="{esc(m.fact_id)}">')
        stack = covering
        out.append(f'<span class="t" data-o="{a}">{esc(text[a:b])}</span>')
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _marks(doc: Document, types_: list[str]) -> list[Mark]:
    marks: list[Mark] = []
    for ti, name in enumerate(types_):
        if name == "tables":
            continue  # a table is shown as a table, its cells are not facts
        for f in getattr(doc.facts, name):
            span = getattr(f, "span", None)
            if span is None:
                continue
            marks.append(Mark(span.start, span.end, f.id, ti))
            for mention in getattr(f, "mentions", []) or []:
                if (mention.span.start, mention.span.end) != (span.start, span.end):
                    marks.append(Mark(mention.span.start, mention.span.end, f.id, ti, True))
    return marks


def _table_html(table: Any) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in table.columns)
    rows = []
    for r, row in enumerate(table.rows):
        total = " total" if r in table.total_rows else ""
        cells = []
        for c, cell in enumerate(row):
            tag = "th" if c < table.stub_columns else "td"
            title = ""
            if cell.base_value is not None:
                base = f"{cell.base_value:g} {cell.base_unit or ''}".strip()
                title = f' title="{esc(base)}"'
            num = " num" if cell.value is not None else ""
            cells.append(f'<{tag} class="c{num}"{title}>{esc(cell.text)}</{tag}>')
        rows.append(f'<tr class="r{total}">{"".join(cells)}</tr>')
    meta = []
    if table.unit:
        meta.append(f"單位：{esc(table.unit)}")
    meta.extend(esc(n) for n in table.notes)
    if table.source_text:
        meta.append(f"資料來源：{esc(table.source_text)}")
    foot = "".join(f"<div>{m}</div>" for m in meta)
    return (
        f'<div class="table-card" data-id="{esc(table.id)}">'
        f'<div class="table-head"><button class="chip ty-tables" data-goto="{esc(table.id)}">'
        f"{esc(table.table_id)}</button> {esc(table.caption)}</div>"
        f'<div class="table-scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f'<div class="table-foot">{foot}</div></div>'
    )


def render_body(doc: Document, types_: list[str]) -> str:
    """The document, block by block, with page markers and tables as tables."""
    marks = sorted(_marks(doc, types_), key=lambda m: m.start)
    starts = [m.start for m in marks]
    longest = max((m.end - m.start for m in marks), default=0)
    tables = sorted(doc.facts.tables, key=lambda t: t.span.start)
    shown_tables: set[str] = set()
    pieces: list[tuple[int, int, str, int]] = []  # (start, end, kind, page)
    pos = 0
    for b in sorted(doc.blocks, key=lambda b: (b.start, b.end)):
        if b.start > pos and doc.text[pos : b.start].strip():
            pieces.append((pos, b.start, "gap", doc.page_at(pos)))
        pieces.append((b.start, b.end, b.kind, b.page))
        pos = max(pos, b.end)
    if pos < len(doc.text) and doc.text[pos:].strip():
        pieces.append((pos, len(doc.text), "gap", doc.page_at(pos)))
    out: list[str] = []
    page = 0
    for start, end, kind, block_page in pieces:
        while page < block_page:
            page += 1
            out.append(f'<div class="pgmark" id="page-{page}"><span>Page {page}</span></div>')
        # only the marks that can reach this block: linear in the document, not quadratic
        near = marks[bisect.bisect_left(starts, start - longest) : bisect.bisect_left(starts, end)]
        body = render_text(doc.text, start, end, near)
        tag, cls = BLOCK_TAGS.get(kind, ("div", "gap"))
        if kind == "table":
            table = next((t for t in tables if t.span.start < end and t.span.end > start), None)
            if table is not None and table.id not in shown_tables:
                shown_tables.add(table.id)
                out.append(_table_html(table))
            out.append(
                f'<details class="rawtable"><summary>table as extracted text</summary>'
                f'<div class="blk tbl">{body}</div></details>'
            )
            continue
        out.append(f'<{tag} class="blk {cls}">{body}</{tag}>')
    while page < len(doc.pages):
        page += 1
        out.append(f'<div class="pgmark" id="page-{page}"><span>Page {page}</span></div>')
    return "\n".join(out)


# --------------------------------------------------------------------------- data


def _fact_data(doc: Document, fact_type: str, fact: Any) -> dict[str, Any]:
    data = fact.model_dump(mode="json")
    fields = {k: v for k, v in data.items() if k not in PROVENANCE and k != "mentions"}
    if fact_type == "tables":
        fields.pop("rows", None)
        fields["row_count"] = len(fact.rows)
    sentence = ""
    if fact.sentence is not None and 0 <= fact.sentence < len(doc.sentences):
        s = doc.sentences[fact.sentence]
        sentence = doc.text[s.start : s.end]
    return {
        "id": fact.id,
        "type": fact_type,
        "text": fact.text,
        "start": fact.span.start,
        "end": fact.span.end,
        "page": fact.page,
        "sentence": fact.sentence,
        "sentence_text": sentence,
        "rule": fact.rule,
        "bbox": list(fact.bbox) if fact.bbox else None,
        "mentions": len(getattr(fact, "mentions", []) or []),
        "review": data.get("review"),  # set in a reviewed folder (apply-corrections)
        "fields": fields,
    }


def page_images(pdf: Path, pages: Iterable[int]) -> dict[str, dict[str, Any]]:
    """PNG data URIs of the given pages (pypdfium2), with their size in PDF points."""
    import pypdfium2 as pdfium

    out: dict[str, dict[str, Any]] = {}
    pdf_doc = pdfium.PdfDocument(str(pdf))
    try:
        for number in sorted(set(pages)):
            if not 1 <= number <= len(pdf_doc):
                continue
            page = pdf_doc[number - 1]
            width, height = page.get_size()
            image = page.render(scale=PAGE_SCALE).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=True)
            uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
            out[str(number)] = {"src": uri, "w": width, "h": height}
            page.close()
    finally:
        pdf_doc.close()
    return out


def find_source(doc: Document, sources: Sequence[Path]) -> Path | None:
    """The source file of ``doc`` in one of ``sources`` (by name, confirmed by sha256)."""
    name = Path(doc.source.path).name
    for folder in sources:
        for candidate in (folder / name, *sorted(folder.rglob(name))):
            if candidate.is_file():
                digest = hashlib.sha256(candidate.read_bytes()).hexdigest()
                if digest == doc.source.sha256:
                    return candidate
    return None


def page_data(doc: Document, pdf: Path | None) -> dict[str, Any]:
    """Everything the page script reads, as one JSON object."""
    types_ = fact_type_names(doc)
    facts: dict[str, Any] = {}
    order: list[str] = []
    for name in types_:
        for f in getattr(doc.facts, name):
            if isinstance(f, Fact):
                facts[f.id] = _fact_data(doc, name, f)
    for f in sorted(facts.values(), key=lambda f: (f["start"], -f["end"], f["id"])):
        order.append(f["id"])
    images: dict[str, Any] = {}
    if pdf is not None:
        images = page_images(pdf, (f["page"] for f in facts.values() if f["bbox"]))
    return {
        "doc_id": doc.doc_id,
        "sha256": doc.source.sha256,
        "types": [
            {"name": n, "label": TYPE_LABELS.get(n, n.replace("_", " ").capitalize()), "index": i}
            for i, n in enumerate(types_)
        ],
        "schemas": type_schemas(),
        "facts": facts,
        "order": order,
        "checks": [c.model_dump(mode="json") for c in doc.checks],
        "page_images": images,
    }


# --------------------------------------------------------------------------- pages

PALETTE = [
    "#2563eb", "#059669", "#7c3aed", "#db2777", "#d97706", "#0891b2",
    "#65a30d", "#dc2626", "#4f46e5", "#0d9488", "#c026d3", "#ca8a04",
]  # fmt: skip


def _type_css(n: int) -> str:
    rules = []
    for i in range(n):
        c = PALETTE[i % len(PALETTE)]
        rules.append(f".ty{i},mark.hl.ty{i}{{--c:{c}}}")
        rules.append(f"body.hide{i} mark.ty{i}{{background:none;border-color:transparent}}")
    return "\n".join(rules)


def _csp(scripts: Sequence[str]) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in scripts
    )
    return (
        "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; "
        f"script-src {hashes}; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )


def _shell(title: str, body: str, scripts: Sequence[str], extra_css: str = "") -> str:
    css = _asset("review.css") + "\n" + extra_css
    script_tags = "".join(f"<script>{s}</script>" for s in scripts)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-Hant"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp(scripts))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{css}</style></head>\n"
        f"<body>{body}{script_tags}</body></html>\n"
    )


def _checks_html(doc: Document) -> str:
    failed = [c for c in doc.checks if c.status == "fail"]
    others = [c for c in doc.checks if c.status != "fail"]

    def item(c: Any) -> str:
        chips = "".join(
            f'<button class="chip" data-goto="{esc(fid)}">{esc(fid)}</button>' for fid in c.fact_ids
        )
        return (
            f'<li class="check {esc(c.status)}" id="check-{esc(c.id)}" data-check="{esc(c.id)}">'
            f'<span class="status">{esc(c.status)}</span> <span class="kind">{esc(c.kind)}</span> '
            f'<span class="msg">{esc(c.message)}</span> <span class="chips">{chips}</span></li>'
        )

    head = (
        f'<h3>Failed checks <span class="count">{len(failed)}</span></h3>'
        if failed
        else "<h3>No failed checks</h3>"
    )
    fail_list = f'<ul class="checks">{"".join(item(c) for c in failed)}</ul>' if failed else ""
    other_list = (
        f"<details><summary>{len(others)} other checks (pass, info)</summary>"
        f'<ul class="checks">{"".join(item(c) for c in others)}</ul></details>'
        if others
        else ""
    )
    return f'<section class="checks-box" id="checks">{head}{fail_list}{other_list}</section>'


def render_document_page(doc: Document, pdf: Path | None = None) -> str:
    """The review page of one document, as a complete, self-contained HTML string."""
    types_ = fact_type_names(doc)
    data = page_data(doc, pdf)
    counts = {n: len(getattr(doc.facts, n)) for n in types_}
    legend = "".join(
        f'<label class="legend-item ty{i}"><input type="checkbox" checked data-type-index="{i}">'
        f'<span class="swatch"></span>{esc(TYPE_LABELS.get(n, n))}'
        f' <span class="count">{counts[n]}</span></label>'
        for i, n in enumerate(types_)
    )
    meta = doc.metadata
    sub = " · ".join(
        esc(x)
        for x in (
            doc.doc_id,
            f"{doc.source.format.upper()}, {doc.source.pages} pages",
            meta.publisher,
            meta.published,
        )
        if x
    )
    body = f"""
<header class="top">
 <div class="brand"><a href="index.html">itis-extract review</a></div>
 <div class="doc-title"><div class="t1">{esc(meta.title or doc.doc_id)}</div>
  <div class="t2">{sub}</div></div>
 <div class="top-actions">
  <span id="corr-count" class="pill">0 corrections</span>
  <button id="download" class="btn primary" title="Save corrections/{esc(doc.doc_id)}.json">
   Download corrections</button>
 </div>
</header>
<nav class="legend" id="legend">{legend}
 <span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous fact · <kbd>f</kbd> next failed check ·
 <kbd>x</kbd> reject · <kbd>e</kbd> edit · select text to add a fact</span></nav>
<main class="layout">
 <article class="doc" id="doc">{_checks_html(doc)}
  <div class="text" id="text">{render_body(doc, types_)}</div>
 </article>
 <aside class="panel" id="panel">
  <section id="detail" class="detail"><div class="empty">Click a highlighted fact
   (or press <kbd>j</kbd>) to see its normalized fields.</div></section>
  <section class="corrections"><h3>Corrections <span class="count" id="corr-n">0</span></h3>
   <ol id="corr-list"></ol>
   <div class="row"><button id="clear" class="btn">Clear all</button></div>
  </section>
 </aside>
</main>
<div id="addbar" class="addbar" hidden></div>
<script type="application/json" id="data">{json_for_script(data)}</script>
"""
    return _shell(f"{meta.title or doc.doc_id} — review", body, [_asset("review.js")],
                  _type_css(len(types_)))  # fmt: skip


def render_index(docs: Sequence[Document], errors: Sequence[ErrorRecord]) -> str:
    """The index: every document with pages, facts per type, failed checks; every error."""
    types_ = list(Facts.model_fields)
    head = "".join(f'<th class="num">{esc(TYPE_LABELS.get(t, t))}</th>' for t in types_)
    rows = []
    for d in docs:
        failed = sum(1 for c in d.checks if c.status == "fail")
        cells = "".join(f'<td class="num">{len(getattr(d.facts, t))}</td>' for t in types_)
        dropped = sum(1 for e in errors if e.doc_id == d.doc_id)
        rows.append(
            f'<tr><td><a href="{esc(d.doc_id)}.html">{esc(d.doc_id)}</a>'
            f'<div class="sub">{esc(d.metadata.title or "")}</div></td>'
            f'<td class="num">{d.source.pages}</td>{cells}'
            f'<td class="num{" bad" if failed else ""}">{failed}</td>'
            f'<td class="num{" bad" if dropped else ""}">{dropped}</td></tr>'
        )
    err_rows = "".join(
        f"<tr><td>{esc(e.path)}</td><td>{esc(e.fact_id or '')}</td><td>{esc(e.code)}</td>"
        f"<td>{esc(e.stage)}</td><td>{esc(e.message)}</td></tr>"
        for e in errors
    )
    errors_html = (
        f'<h2>Errors <span class="count">{len(errors)}</span></h2>'
        '<table class="grid"><thead><tr><th>input</th><th>fact</th><th>code</th><th>stage</th>'
        f"<th>message</th></tr></thead><tbody>{err_rows}</tbody></table>"
        if errors
        else "<h2>No errors</h2>"
    )
    body = f"""
<header class="top"><div class="brand">itis-extract review</div>
 <div class="doc-title"><div class="t1">{len(docs)} documents</div></div></header>
<main class="index">
<table class="grid"><thead><tr><th>document</th><th class="num">pages</th>{head}
<th class="num">failed checks</th><th class="num">errors</th></tr>
</thead><tbody>{"".join(rows)}</tbody></table>
{errors_html}
</main>"""
    return _shell("itis-extract review", body, [])


def _read_errors(extracted: Path) -> list[ErrorRecord]:
    path = extracted / "errors.jsonl"
    if not path.is_file():
        return []
    return [
        ErrorRecord.model_validate_json(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def write_review(extracted: Path, sources: Sequence[Path] = ()) -> list[Path]:
    """Write ``extracted/review/index.html`` and one page per document; return the paths.

    ``sources``: folders holding the original files; a PDF found there (same sha256)
    gets page images with each fact's box drawn.
    """
    out = safe_child(extracted, REVIEW_DIR)
    docs = [
        Document.model_validate_json(p.read_bytes())
        for p in sorted((extracted / "documents").glob("*.json"))
    ]
    written = []
    for doc in docs:
        pdf = find_source(doc, sources) if doc.source.format == "pdf" and sources else None
        path = safe_child(out, f"{doc.doc_id}.html")
        atomic_write_text(path, render_document_page(doc, pdf))
        written.append(path)
    keep = {p.name for p in written}
    for stale in out.glob("*.html"):  # a page of a document no longer in the folder
        if stale.name not in keep and stale.name != "index.html":
            stale.unlink()
    index = out / "index.html"
    atomic_write_text(index, render_index(docs, _read_errors(extracted)))
    return [index, *written]
