"""Print the tables a run found, page by page, so a person can match them to the seen ones.

``found`` in the README's real-PDF table is a count: a split table and a missed one cancel
out in it. Matching one to one needs the found tables laid out like the list a person
writes while looking at the rendered pages (page, a title or the first header words, one
line each; docs/tables-in-pdfs.md keeps those lists). This prints, for each document of a
run's output (``itis-extract run … --out DIR``), one line per table at its first page:
pages, rows × columns, title, and the first header cells.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_CELL_CHARS = 14  # a header cell is cut here: enough to tell the columns apart


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def census_lines(doc: dict[str, Any], header_cells: int = 4) -> list[str]:
    """One line per table of one document, in page order: ``p. N[–M] RxC title | h1 | h2 …``."""
    lines: list[tuple[int, int, str]] = []
    for order, table in enumerate(doc.get("facts", {}).get("tables", [])):
        pages = table.get("pages") or ([table["page"]] if table.get("page") else [0])
        first, last = min(pages), max(pages)
        where = f"p. {first}" if first == last else f"p. {first}–{last}"
        rows = table.get("rows", [])
        columns = [c for c in table.get("columns", []) if c]
        heads = " | ".join(_short(c, _CELL_CHARS) for c in columns[:header_cells])
        title = _short(table.get("title") or table.get("caption") or "", 30)
        size = f"{len(rows)}x{len(table.get('columns', []))}"
        lines.append((first, order, f"{where:10} {size:>6}  {title or '(untitled)'}  [{heads}]"))
    return [text for _, _, text in sorted(lines)]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the census of every document in a run's ``documents/`` folder (or of one JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a run's output folder or one document JSON")
    parser.add_argument("--match", default="", help="only documents whose name contains this")
    parser.add_argument("--headers", type=int, default=4, help="header cells shown per table")
    args = parser.parse_args(argv)
    paths = [args.out] if args.out.is_file() else sorted((args.out / "documents").glob("*.json"))
    for path in paths:
        if args.match not in path.stem:
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        lines = census_lines(doc, args.headers)
        print(f"== {path.stem}: {len(lines)} tables")
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
