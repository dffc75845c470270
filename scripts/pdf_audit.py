"""Audit a run over PDFs the way the real-PDF rounds are checked: one row per document.

Run after ``itis-extract run <pdf dir> --out <out-dir>``:

    .venv/bin/python scripts/pdf_audit.py <out-dir> [<pdf dir>] [--json FILE]

Columns (each a measure an analyst would otherwise take by hand):

* ``pages``, ``tables``;
* ``unit`` / ``no unit``: tables of amounts (a numeric cell that is no percentage) with
  and without a unit read for them (a filing's tables all have one);
* ``scaled``: cells whose value a scale word multiplied (仟元, 千元, 百萬元, 億元 …), by word;
* ``CJK␣CJK``: CJK–space–CJK pairs in our text; with the PDF folder given, ours and
  pdfplumber's ``extract_text`` on the pages where pdfplumber reads CJK at all and that
  are not set mostly a quarter turn (the text layer is no worse than pdfplumber's when
  ours is not higher);
* ``furniture``: lines left in the text that repeat on most pages with a varying number
  (a page number, a time stamp): running stamps and footers that were not removed;
* ``published``: ``metadata.published``, the rule that chose it and the words it read;
* ``failed``: failed checks by kind;
* ``cut``: quantity spans that start or end inside a number.

Nothing here changes the run's output; the PDFs are read only for pdfplumber's count.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Non-overlapping, as every earlier round's figures were counted (``docs/real-pdfs.md``).
CJK_SPACE_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff] [\u3400-\u4dbf\u4e00-\u9fff]")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# The scale words of a unit, longest first: 百萬元 is 百萬, not 萬.
SCALE_WORDS = ("十億", "百萬", "佰萬", "仟萬", "千萬", "億", "萬", "仟", "千", "百", "佰")
_SCALE_RE = re.compile("|".join(SCALE_WORDS))
_LATIN_SCALE_RE = re.compile(r"\b(?:thousands?|millions?|billions?|bn|mn|k)\b", re.IGNORECASE)
# A repeated line counts as furniture on at least this share of the pages (and 3 pages).
FURNITURE_SHARE = 0.5
FURNITURE_MIN_PAGES = 3


@dataclass
class AuditRow:
    document: str
    pages: int
    tables: int
    unit_tables: int
    no_unit_tables: int
    scaled_cells: dict[str, int] = field(default_factory=dict)
    cjk_spaced: int = 0
    # On the pages pdfplumber reads CJK on: ours, then pdfplumber's (None: no PDF given).
    cjk_spaced_compared: int | None = None
    pdfplumber_spaced: int | None = None
    furniture: list[str] = field(default_factory=list)
    published: str | None = None
    published_rule: str | None = None
    published_evidence: str | None = None
    failed_checks: dict[str, int] = field(default_factory=dict)
    cut_spans: int = 0


def cjk_spaced(text: str) -> int:
    """CJK–space–CJK pairs: letter-spacing a reader would not write (or a gap between
    table cells set side by side)."""
    return len(CJK_SPACE_CJK.findall(text))


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def pdfplumber_spaced(pdf: Path) -> list[int | None]:
    """The same count on pdfplumber's ``extract_text`` of each page (the issue's measure);
    None for a page that gives no ground to compare with: one where pdfplumber reads no
    CJK at all (a font it cannot decode), or one set mostly a quarter turn (a landscape
    roster printed on a portrait page), whose text pdfplumber writes one glyph or one
    cell a line, so that it can hold no gap between two cells of a row at all."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on odd streams
    counts: list[int | None] = []
    with pdfplumber.open(str(pdf)) as document:
        for page in document.pages:
            text = page.extract_text() or ""
            chars = page.chars
            turned = sum(1 for c in chars if not c.get("upright", True))
            readable = _CJK.search(text) and turned <= len(chars) / 2
            counts.append(cjk_spaced(text) if readable else None)
    return counts


def _table_cells(table: dict[str, Any]) -> list[dict[str, Any]]:
    return [cell for row in table.get("rows", []) for cell in row]


def is_amount_table(table: dict[str, Any]) -> bool:
    """A table with a number that is no percentage: it needs a unit to be read."""
    return any(
        c.get("value") is not None and c.get("kind") != "percent" and c.get("unit") != "%"
        for c in _table_cells(table)
    )


def scale_word(unit: str | None) -> str | None:
    """The scale word of a unit (``新台幣仟元`` → 仟), or None for a unit without one."""
    if not unit:
        return None
    m = _SCALE_RE.search(unit)
    if m:
        return m.group(0)
    latin = _LATIN_SCALE_RE.search(unit)
    return latin.group(0).lower() if latin else None


def scaled_cells(tables: list[dict[str, Any]]) -> dict[str, int]:
    """Cells whose base value is their value times the scale of their unit, by scale word."""
    found: Counter[str] = Counter()
    for table in tables:
        for c in _table_cells(table):
            value, base = c.get("value"), c.get("base_value")
            if value in (None, 0) or base is None or base == value:
                continue
            word = scale_word(c.get("unit")) or scale_word(table.get("unit"))
            if word:
                found[word] += 1
    return dict(sorted(found.items()))


def page_texts(doc: dict[str, Any]) -> list[str]:
    text: str = doc.get("text", "")
    return [text[p["start"] : p["end"]] for p in doc.get("pages", [])]


def furniture_lines(pages: list[str]) -> list[str]:
    """Lines on most pages that are the same but for a number that varies (``第 3 頁``,
    ``Time Stamp - 5/2/2025 3:11 PM``, a copyright line ending in the page number): one
    example line per such pattern. A line with no digit never counts."""
    seen: dict[str, dict[int, str]] = {}
    for number, page in enumerate(pages):
        for raw in page.splitlines():
            line = _SPACES.sub(" ", raw).strip()
            if not line or not _DIGITS.search(line):
                continue
            seen.setdefault(_DIGITS.sub("#", line), {}).setdefault(number, line)
    floor = max(FURNITURE_MIN_PAGES, FURNITURE_SHARE * len(pages))
    found = []
    for lines in seen.values():
        if len(lines) >= floor and len(set(lines.values())) * 2 > len(lines):
            found.append(next(iter(lines.values())))
    return sorted(found)


def cut_spans(doc: dict[str, Any]) -> int:
    """Quantity spans that start or end inside a number (``41.0%`` read as ``0%``)."""
    text: str = doc.get("text", "")
    cut = 0
    for q in doc.get("facts", {}).get("quantities", []):
        s, e = q["span"]["start"], q["span"]["end"]
        # a digit right before a span starting with one (``41.0%`` read as ``0%``); a
        # list number before a span in words (``2.一年內``) cuts nothing
        before = (
            s > 0
            and text[s].isdigit()
            and (
                text[s - 1].isdigit()
                or (text[s - 1] == "." and s > 1 and text[s - 2].isdigit())
            )
        )
        after = e < len(text) and text[e - 1].isdigit() and text[e].isdigit()
        cut += bool(before or after)
    return cut


def failed_checks(doc: dict[str, Any]) -> dict[str, int]:
    kinds = Counter(c["kind"] for c in doc.get("checks", []) if c.get("status") == "fail")
    return dict(sorted(kinds.items()))


def audit_document(doc: dict[str, Any], pdf: Path | None = None) -> AuditRow:
    """One document's row; ``pdf``, when given, is read by pdfplumber for its count."""
    facts = doc.get("facts", {})
    tables: list[dict[str, Any]] = facts.get("tables", [])
    amounts = [t for t in tables if is_amount_table(t)]
    meta = doc.get("metadata", {})
    span = meta.get("published_span")
    text: str = doc.get("text", "")
    pages = page_texts(doc)
    ours = theirs = None
    if pdf is not None and pdf.is_file():
        counts = pdfplumber_spaced(pdf)
        read = [(page, n) for page, n in zip(pages, counts, strict=False) if n is not None]
        ours = sum(cjk_spaced(page) for page, _ in read)
        theirs = sum(n for _, n in read)
    return AuditRow(
        document=doc.get("doc_id", ""),
        pages=len(doc.get("pages", [])),
        tables=len(tables),
        unit_tables=sum(1 for t in amounts if t.get("unit")),
        no_unit_tables=sum(1 for t in amounts if not t.get("unit")),
        scaled_cells=scaled_cells(tables),
        cjk_spaced=cjk_spaced(text),
        cjk_spaced_compared=ours,
        pdfplumber_spaced=theirs,
        furniture=furniture_lines(pages),
        published=meta.get("published"),
        published_rule=meta.get("published_rule"),
        published_evidence=text[span["start"] : span["end"]] if span else None,
        failed_checks=failed_checks(doc),
        cut_spans=cut_spans(doc),
    )


def audit(out_dir: Path, pdf_dir: Path | None = None) -> list[AuditRow]:
    """A row per PDF document written under ``out_dir/documents``."""
    rows = []
    for path in sorted((out_dir / "documents").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("source", {}).get("format") != "pdf":
            continue
        pdf = pdf_dir / doc["source"]["path"] if pdf_dir is not None else None
        rows.append(audit_document(doc, pdf))
    return rows


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "0"


def render(rows: list[AuditRow]) -> str:
    """The rows as a Markdown table (the form ``docs/real-pdfs.md`` records)."""
    head = (
        "| document | pages | tables | unit / no unit | scaled cells | CJK␣CJK ours (pdfplumber)"
        " | furniture | published (rule: evidence) | failed checks | cut |"
    )
    out = [head, "|" + "---|" * 10]
    for r in rows:
        plumber = "—"
        if r.pdfplumber_spaced is not None:
            plumber = f"{r.cjk_spaced_compared} vs {r.pdfplumber_spaced}"
        rule = (r.published_rule or "").removeprefix("structure.published.")
        published = f"{r.published} ({rule}: `{r.published_evidence}`)" if r.published else "none"
        furniture = f"{len(r.furniture)}" + (f" (`{r.furniture[0]}`)" if r.furniture else "")
        out.append(
            f"| {r.document} | {r.pages} | {r.tables} | {r.unit_tables} / {r.no_unit_tables}"
            f" | {_counts(r.scaled_cells)} | {r.cjk_spaced} ({plumber}) | {furniture}"
            f" | {published} | {_counts(r.failed_checks)} | {r.cut_spans} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="the --out folder of an itis-extract run")
    parser.add_argument("pdf_dir", type=Path, nargs="?", help="the PDFs run (for pdfplumber)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args(argv)
    if not (args.out_dir / "documents").is_dir():
        print(f"error: {args.out_dir} holds no documents/ folder (run itis-extract first)")
        return 2
    rows = audit(args.out_dir, args.pdf_dir)
    print(render(rows))
    if args.json:
        data = [asdict(r) for r in rows]
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
