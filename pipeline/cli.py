"""Command line: a thin layer over ``pipeline.run``, ``validate`` and ``evaluate``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline import __version__


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="itis-extract",
        description="Structured facts with provenance from Taiwanese industry-analysis reports.",
    )
    parser.add_argument("--version", action="version", version=f"itis-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract PDF/TXT reports into an output folder")
    run.add_argument("inputs", nargs="+", type=Path, help="files or folders (PDF, TXT)")
    run.add_argument("--out", type=Path, default=Path("extracted"), help="output folder")
    run.add_argument(
        "-j",
        "--workers",
        type=_positive_int,
        default=min(4, os.cpu_count() or 1),
        help="documents processed in parallel (default: CPU count, at most 4)",
    )
    run.add_argument("--timeout", type=float, default=300.0, help="seconds per document")
    run.add_argument("--memory-mb", type=_positive_int, default=3072, help="memory per document")
    run.add_argument("--max-bytes", type=_positive_int, default=64 * 1024 * 1024)
    run.add_argument("--max-pages", type=_positive_int, default=2000)
    run.add_argument(
        "--reference-date",
        default=None,
        help="ISO date for relative dates (今年) when a report states no date of its own",
    )
    run.add_argument(
        "--pdf-engine",
        choices=["auto", "pdfplumber"],
        default="auto",
        help="auto: pypdfium2 text, pdfplumber for tables and undecodable pages (fast);"
        " pdfplumber: pdfplumber for every page, pypdfium2 as the fallback",
    )
    run.add_argument(
        "--no-isolate",
        action="store_true",
        help="process documents in this process (debugging; no time/memory limits)",
    )
    run.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        help="leave out products and organizations less sure than this (0-1)",
    )
    run.add_argument("-q", "--quiet", action="store_true", help="print only the summary")

    val = sub.add_parser("validate", help="validate an extracted folder (JSON and CSV)")
    val.add_argument("folder", type=Path)
    val.add_argument("--lang", choices=["en", "zh-TW"], default="en")
    val.add_argument("--json", dest="as_json", action="store_true", help="machine-readable report")

    ev = sub.add_parser("eval", help="score extraction against gold files")
    ev.add_argument("inputs", nargs="+", type=Path, help="report files or folders")
    ev.add_argument("--gold", type=Path, required=True, help="folder of <stem>.json gold files")
    ev.add_argument("--json", dest="json_out", type=Path, help="also write the scores as JSON")
    ev.add_argument("--min-precision", type=float, default=None)
    ev.add_argument("--min-recall", type=float, default=None)
    ev.add_argument("--details", action="store_true", help="list missing and spurious facts")

    sch = sub.add_parser("schemas", help="write the JSON Schemas of every record type")
    sch.add_argument("--out", type=Path, default=Path("schemas"))
    return parser


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    from pipeline.config import Settings
    from pipeline.run import Outcome, collect_inputs, run

    settings = Settings(
        max_bytes=args.max_bytes,
        max_pages=args.max_pages,
        timeout_s=args.timeout,
        memory_mb=args.memory_mb,
        workers=args.workers,
        isolate=not args.no_isolate,
        reference_date=args.reference_date,
        pdf_engine=args.pdf_engine,
        min_confidence=args.min_confidence,
    )
    missing = [p for p in args.inputs if not p.exists()]
    for p in missing:
        console.print(f"[red]error[/red] {escape(str(p))}: no such file or folder")
    inputs = [p for p in args.inputs if p.exists()]
    if not collect_inputs(inputs):
        console.print("[red]error[/red] no PDF or TXT inputs found")
        return 2

    def on_done(o: Outcome) -> None:
        if args.quiet:
            return
        if o.ok:
            n = sum(o.counts.get(k, 0) for k in o.counts if k != "checks")
            name, doc_id = escape(o.path.name), escape(o.doc_id)
            console.print(f"[green]ok[/green]    {name} → {doc_id} ({o.pages} pages, {n} facts)")
        else:
            assert o.error is not None
            reason = escape(f"{o.path.name}: [{o.error.code}] {o.error.message}")
            console.print(f"[red]error[/red] {reason}")

    report = run(inputs, args.out, settings, on_done=on_done)
    ok, failed = len(report.succeeded), len(report.failed)
    counts = ", ".join(
        f"{k} {v}" for k, v in report.counts.items() if k not in ("documents", "errors")
    )
    console.print(
        f"{ok} document(s) extracted, {failed} failed → {args.out}  ({counts})", markup=False
    )
    fails = sum(1 for d in _iter_checks(args.out) if d.get("status") == "fail")
    if fails:
        console.print(f"[yellow]{fails} consistency check(s) failed[/yellow] (see checks.csv)")
    if missing or (failed and not ok):
        return 1
    return 0


def _iter_checks(out: Path) -> list[dict[str, object]]:
    import csv

    path = out / "checks.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cmd_eval(args: argparse.Namespace, console: Console) -> int:
    from pipeline.evaluate import evaluate, report_json, totals

    results = evaluate(args.gold, args.inputs)
    if not results:
        console.print("[red]error[/red] no gold file matches any input")
        return 2
    table = Table(title="extraction vs gold")
    for col in ("document", "fact type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col not in ("document", "fact type") else "left")
    rows = [(r.doc, r.scores) for r in results] + [("TOTAL", totals(results))]
    for name, scores in rows:
        for t, s in scores.items():
            table.add_row(
                name,
                t,
                str(s.tp),
                str(s.fp),
                str(s.fn),
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
            )
    console.print(table)
    if args.details:
        for r in results:
            for t in r.scores:
                if r.missing[t] or r.spurious[t]:
                    console.print(f"{r.doc} {t}: missing {r.missing[t]} spurious {r.spurious[t]}")
    if args.json_out:
        from pipeline.emit import atomic_write_text, dumps

        atomic_write_text(args.json_out, dumps(report_json(results)))
    below = [
        (r.doc, t, s)
        for r in results
        for t, s in r.scores.items()
        if (args.min_precision is not None and s.precision < args.min_precision)
        or (args.min_recall is not None and s.recall < args.min_recall)
    ]
    for doc, t, s in below:
        console.print(f"[red]below the bar[/red] {doc} {t}: P {s.precision:.3f} R {s.recall:.3f}")
    return 1 if below else 0


def cmd_validate(args: argparse.Namespace, console: Console) -> int:
    from pipeline.validate import validate_folder

    report = validate_folder(args.folder, lang=args.lang)
    if args.as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        report.print(console)
    return 0 if report.ok else 1


def cmd_schemas(args: argparse.Namespace, console: Console) -> int:
    from pipeline.schema import write_schemas

    for path in write_schemas(args.out):
        console.print(f"wrote {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console(stderr=False, highlight=False, soft_wrap=True)
    handlers = {"run": cmd_run, "eval": cmd_eval, "validate": cmd_validate, "schemas": cmd_schemas}
    return handlers[args.command](args, console)


if __name__ == "__main__":
    sys.exit(main())
