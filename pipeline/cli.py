"""Command line: a thin layer over ``pipeline.run``, ``validate`` and ``evaluate``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from rich.console import Console
from rich.markup import escape

from pipeline import __version__
from pipeline.shutdown import exit_now

if TYPE_CHECKING:
    from rich.progress import Progress
    from rich.table import Table

    from pipeline.run import RunReport


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a number above 0")
    return value


def _share(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be a number from 0 to 1")
    return value


def _reference_date(text: str) -> str:
    from pipeline.config import valid_reference_date

    if not valid_reference_date(text):
        raise argparse.ArgumentTypeError("must be a date: YYYY-MM-DD (or YYYY-MM, YYYY)")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="itis-extract",
        description="Structured facts with provenance from Taiwanese industry-analysis reports.",
    )
    parser.add_argument("--version", action="version", version=f"itis-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract PDF/TXT reports into an output folder")
    run.add_argument("inputs", nargs="+", type=Path, help="files or folders (PDF, TXT)")
    run.add_argument(
        "--out", type=Path, default=Path("extracted"), help="output folder (default: extracted)"
    )
    run.add_argument(
        "-j",
        "--workers",
        type=_positive_int,
        default=min(4, os.cpu_count() or 1),
        help="documents processed in parallel (default: CPU count, at most 4)",
    )
    run.add_argument(
        "--timeout", type=_positive_float, default=300.0, help="seconds per document (default: 300)"
    )
    run.add_argument(
        "--memory-mb", type=_positive_int, default=3072, help="MiB per document (default: 3072)"
    )
    run.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=64 * 1024 * 1024,
        help="larger inputs are refused before they are read (default: 64 MiB)",
    )
    run.add_argument(
        "--max-pages",
        type=_positive_int,
        default=2000,
        help="PDFs with more pages are refused before parsing (default: 2000)",
    )
    run.add_argument(
        "--reference-date",
        type=_reference_date,
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
        "--force",
        action="store_true",
        help="redo every document, also those unchanged since the last run into --out",
    )
    run.add_argument(
        "--executor",
        choices=["local", "dask"],
        default="local",
        help="local: warm worker processes on this machine; dask: a Dask cluster"
        " (pip install 'itis-extract[dask]')",
    )
    run.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); default: a LocalCluster of -j workers",
    )
    run.add_argument(
        "--excel", action="store_true", help="dataset CSVs start with a UTF-8 BOM (for Excel)"
    )
    run.add_argument(
        "--min-confidence",
        type=_share,
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
    ev.add_argument(
        "--json",
        dest="json_out",
        type=Path,
        nargs="?",
        const=Path("-"),
        help="write the scores (and every missed/spurious fact) as JSON to a file;"
        " alone or with -: print only the JSON, for CI",
    )
    ev.add_argument("--min-precision", type=float, default=None)
    ev.add_argument("--min-recall", type=float, default=None)
    ev.add_argument(
        "--details",
        action="store_true",
        help="print every missed and spurious fact with its sentence",
    )
    ev.add_argument(
        "--unseen",
        action="store_true",
        help="score products and organizations with each document's gold names removed"
        " from every lexicon (how the rules fare on names they have never seen)",
    )

    rev = sub.add_parser("review", help="write HTML review pages into <extracted>/review/")
    rev.add_argument("folder", type=Path, help="an extracted folder")
    rev.add_argument(
        "--sources",
        type=Path,
        action="append",
        default=[],
        help="folder with the original files: PDF pages are shown with each fact's box",
    )

    app = sub.add_parser(
        "apply-corrections", help="apply corrections/<doc_id>.json into <extracted>/reviewed/"
    )
    app.add_argument("folder", type=Path, help="an extracted folder")
    app.add_argument("corrections", type=Path, help="folder of corrections files")

    gold = sub.add_parser("gold", help="turn reviewed documents into gold files (FORMAT.md)")
    gold.add_argument("reviewed", type=Path, help="<extracted>/reviewed/")
    gold.add_argument("--out", type=Path, required=True, help="gold folder, e.g. tests/gold/")
    gold.add_argument("--force", action="store_true", help="replace gold files that differ")
    ev.add_argument(
        "--links",
        action="store_true",
        help="also score the year and is_forecast links of quantities (gold year/is_forecast)",
    )

    diff = sub.add_parser(
        "diff",
        help="facts added, removed or changed between two extracted folders"
        " (a new version, a lexicon edit, other options)",
    )
    diff.add_argument("old", type=Path, help="the earlier extracted folder")
    diff.add_argument("new", type=Path, help="the later extracted folder")
    diff.add_argument(
        "--facts",
        default=None,
        help="comma-separated fact types (quantities,dates,organizations,products,…); default all",
    )
    diff.add_argument(
        "--fields",
        default=None,
        help="compare only these fields (e.g. year,is_forecast); default every field that"
        " says what a fact is",
    )
    diff.add_argument("--context", type=int, default=30, help="characters shown each side")
    diff.add_argument(
        "--json", dest="json_out", type=Path, default=None, help="write every change as JSON"
    )
    diff.add_argument(
        "--summary", action="store_true", help="print only the counts, not each change"
    )

    sch = sub.add_parser("schemas", help="write the JSON Schemas of every record type")
    sch.add_argument("--out", type=Path, default=Path("schemas"))
    return parser


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    # The stages' modules compile their patterns as they are imported: from stored
    # programs, as warm-up's are (warm-up closes this block; so does the ``finally``).
    from pipeline.regexes import close_programs, open_programs

    open_programs()
    try:
        return _cmd_run(args, console)
    finally:
        close_programs()


def _cmd_run(args: argparse.Namespace, console: Console) -> int:
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
        force=args.force,
        excel=args.excel,
        executor=args.executor,
        scheduler=args.scheduler,
        min_confidence=args.min_confidence,
    )
    if args.scheduler and args.executor != "dask":
        console.print("[red]error[/red] --scheduler needs --executor dask")
        return 2
    missing = [p for p in args.inputs if not p.exists()]
    for p in missing:
        console.print(f"[red]error[/red] {escape(str(p))}: no such file or folder")
    inputs = [p for p in args.inputs if p.exists()]
    if not collect_inputs(inputs):
        console.print("[red]error[/red] no PDF or TXT inputs found")
        return 2

    files = collect_inputs(inputs)
    started = time.monotonic()
    # A progress bar on stderr, only on a terminal: logs and pipes get the plain lines.
    err = Console(stderr=True, highlight=False)
    progress = _progress(err) if err.is_terminal else None
    task = progress.add_task("extracting", total=len(files)) if progress else None
    lines = progress.console if progress else console

    def on_done(o: Outcome) -> None:
        if progress is not None and task is not None:
            progress.advance(task)
        if args.quiet:
            return
        if o.ok and o.skipped:
            name = escape(o.path.name)
            console.print(f"[dim]same[/dim]  {name} (unchanged since the last run, skipped)")
        elif o.ok:
            n = sum(o.counts.get(k, 0) for k in o.counts if k != "checks")
            name, doc_id = escape(o.path.name), escape(o.doc_id)
            scanned = (
                f"; {o.image_pages} without a text layer (scanned? run OCR on them)"
                if o.image_pages
                else ""
            )
            lines.print(
                f"[green]ok[/green]    {name} → {doc_id} ({o.pages} pages, {n} facts{scanned})"
            )
        else:
            assert o.error is not None
            reason = escape(f"{o.path.name}: [{o.error.code}] {o.error.message}")
            lines.print(f"[red]error[/red] {reason}")

    if progress is not None:
        with progress:
            report = run(inputs, args.out, settings, on_done=on_done)
    else:
        report = run(inputs, args.out, settings, on_done=on_done)
    ok, failed = len(report.succeeded), len(report.failed)
    fails = sum(1 for d in _iter_checks(args.out) if d.get("status") == "fail")
    console.print(run_summary(report, fails, time.monotonic() - started))
    console.print(f"{ok} document(s) extracted, {failed} failed → {escape(str(args.out))}")
    if fails:
        console.print(f"[yellow]{fails} consistency check(s) failed[/yellow] (see checks.csv)")
    if missing or (failed and not ok):
        return 1
    return 0


def _progress(err: Console) -> Progress:
    # imported here: a run whose stderr is no terminal (a batch, a pipe) never draws one
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def run_summary(report: RunReport, failed_checks: int, seconds: float) -> Table:
    """The end-of-run table: documents, pages, facts per type, failed checks, errors, time."""
    from rich.table import Table

    table = Table(title="run summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    ok, failed = len(report.succeeded), len(report.failed)
    table.add_row("documents", f"{ok}" + (f" ([red]{failed} failed[/red])" if failed else ""))
    table.add_row("pages", str(sum(o.pages or 0 for o in report.succeeded)))
    skip = {"documents", "errors", "checks", "dropped_records"}
    for name, n in report.counts.items():
        if name not in skip:
            table.add_row(f"  {name}", str(n))
    table.add_row("checks", str(report.counts.get("checks", 0)))
    table.add_row("failed checks", f"[yellow]{failed_checks}[/yellow]" if failed_checks else "0")
    errors = failed + report.counts.get("dropped_records", 0)
    table.add_row("errors", f"[red]{errors}[/red]" if errors else "0")
    table.add_row("time", f"{seconds:.1f} s")
    return table


def _iter_checks(out: Path) -> list[dict[str, object]]:
    import csv

    path = out / "checks.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _score_cells(s: Any) -> list[str]:
    return [
        str(s.tp + s.fn),
        str(s.tp + s.fp),
        str(s.tp),
        str(s.fp),
        str(s.fn),
        f"{s.precision:.3f}",
        f"{s.recall:.3f}",
        f"{s.f1:.3f}",
    ]


SCORE_COLUMNS = ("gold", "found", "tp", "fp", "fn", "precision", "recall", "F1")


def _print_links(results: Sequence[Any], details: bool, console: Console) -> None:
    """Year and forecast link accuracy per document and in total (``eval --links``)."""
    totals: dict[str, list[int]] = {"year": [0, 0], "is_forecast": [0, 0]}
    for r in results:
        for k, s in r.links.items():
            totals[k][0] += s.correct
            totals[k][1] += s.total
            console.print(f"links {r.doc} {k}: {s.correct}/{s.total} = {s.accuracy:.3f}")
        if details:
            for q, g in r.link_pairs:
                if q.year != g.get("year", q.year) or q.is_forecast != g.get(
                    "is_forecast", q.is_forecast
                ):
                    console.print(
                        f"  {q.text!r}: year {q.year} (gold {g.get('year')}), forecast"
                        f" {q.is_forecast} (gold {g.get('is_forecast')}), link {q.year_link}"
                    )
    for k, (c, t) in totals.items():
        console.print(f"links TOTAL {k}: {c}/{t} = {c / t if t else 1.0:.3f}")


def cmd_eval(args: argparse.Namespace, console: Console) -> int:
    from rich.table import Table

    from pipeline.evaluate import evaluate, report_json, totals

    results = evaluate(args.gold, args.inputs, unseen=args.unseen)
    if not results:
        console.print("[red]error[/red] no gold file matches any input")
        return 2
    data = report_json(results)
    for r in results:
        data["documents"][r.doc]["details"] = [d.as_dict() for d in r.details]
    to_stdout = args.json_out == Path("-")
    if not to_stdout:
        if len(results) > 1:
            per_doc = Table(title="per document", title_justify="left")
            per_doc.add_column("document")
            per_doc.add_column("fact type")
            for col in SCORE_COLUMNS:
                per_doc.add_column(col, justify="right")
            for r in results:
                for t, s in r.scores.items():
                    per_doc.add_row(escape(r.doc), t, *_score_cells(s))
            console.print(per_doc)
        docs = ", ".join(r.doc for r in results)
        table = Table(title=f"extraction vs gold ({escape(docs)})", title_justify="left")
        table.add_column("fact type")
        for col in SCORE_COLUMNS:
            table.add_column(col, justify="right")
        for t, s in totals(results).items():
            table.add_row(t, *_score_cells(s))
        console.print(table)
    if args.details and not to_stdout:
        for r in results:
            for d in r.details:
                missed = d.kind == "missing"
                label = "[red]missing [/red]" if missed else "[yellow]spurious[/yellow]"
                written = f" «{d.text}»" if d.text and d.text != d.value else ""
                where = f" {d.fact_id}" if d.fact_id else ""
                console.print(
                    f"{escape(r.doc)} {label} {d.fact_type}{escape(where)}: "
                    f"{escape(d.value)}{escape(written)}"
                )
                sentence = " ".join((d.sentence or "(not found in the text)").split())
                console.print(f"    {escape(sentence)}", style="dim")
    if args.links and not to_stdout:
        _print_links(results, args.details, console)
    if to_stdout:
        print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    elif args.json_out:
        from pipeline.emit import atomic_write_text, dumps

        atomic_write_text(args.json_out, dumps(data))
    below = [
        (r.doc, t, s)
        for r in results
        for t, s in r.scores.items()
        if (args.min_precision is not None and s.precision < args.min_precision)
        or (args.min_recall is not None and s.recall < args.min_recall)
    ]
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for doc, t, s in below:
        out = err if to_stdout else console
        out.print(f"[red]below the bar[/red] {doc} {t}: P {s.precision:.3f} R {s.recall:.3f}")
    return 1 if below else 0


def cmd_validate(args: argparse.Namespace, console: Console) -> int:
    from pipeline.validate import validate_folder

    report = validate_folder(args.folder, lang=args.lang)
    if args.as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        report.print(console)
    return 0 if report.ok else 1


def cmd_diff(args: argparse.Namespace, console: Console) -> int:
    from pipeline.compare import FACT_TYPES, compare_folders, format_change

    for folder in (args.old, args.new):
        if not (folder / "documents").is_dir():
            console.print(f"[red]error[/red] {escape(str(folder))}: no documents/ folder")
            return 2
    types = tuple(args.facts.split(",")) if args.facts else FACT_TYPES
    unknown = sorted(set(types) - set(FACT_TYPES))
    if unknown:
        console.print(f"[red]error[/red] unknown fact type(s): {', '.join(unknown)}")
        return 2
    fields = args.fields.split(",") if args.fields else None
    result = compare_folders(args.old, args.new, types, fields, args.context)
    if args.json_out is not None:
        args.json_out.write_text(
            json.dumps(result.as_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    if not args.summary:
        for change in result.changes:
            print(format_change(change))
    for doc_id in result.only_old:
        console.print(f"only in {escape(str(args.old))}: {escape(doc_id)}")
    for doc_id in result.only_new:
        console.print(f"only in {escape(str(args.new))}: {escape(doc_id)}")
    for doc_id in result.text_changed:
        console.print(f"text changed (facts paired by text): {escape(doc_id)}")
    for fact_type, row in result.counts().items():
        by_field = ", ".join(
            f"{k[6:]} {v}" for k, v in sorted(row.items()) if k.startswith("field:")
        )
        console.print(
            f"{fact_type}: +{row['added']} -{row['removed']} ~{row['changed']}"
            + (f" ({by_field})" if by_field else "")
        )
    console.print(f"{result.documents} document(s) compared, {len(result.changes)} change(s)")
    return 0


def cmd_schemas(args: argparse.Namespace, console: Console) -> int:
    from pipeline.schema import write_schemas

    for path in write_schemas(args.out):
        console.print(f"wrote {path}")
    return 0


def cmd_review(args: argparse.Namespace, console: Console) -> int:
    from pipeline.review import write_review

    if not (args.folder / "documents").is_dir():
        console.print(f"[red]error[/red] {escape(str(args.folder))}: no documents/ folder")
        return 2
    paths = write_review(args.folder, args.sources)
    console.print(f"wrote {len(paths) - 1} review page(s) and {escape(str(paths[0]))}")
    return 0


def cmd_apply_corrections(args: argparse.Namespace, console: Console) -> int:
    from pipeline.review import apply_corrections

    for folder in (args.folder / "documents", args.corrections):
        if not folder.is_dir():
            console.print(f"[red]error[/red] {escape(str(folder))}: no such folder")
            return 2
    report = apply_corrections(args.folder, args.corrections)
    for o in report.refused:
        where = f"{o.file}" + (f" #{o.index}" if o.index is not None else "")
        what = " ".join(x for x in (o.action, o.fact_id) if x)
        console.print(f"[red]refused[/red] {escape(where)} {escape(what)}: {escape(o.reason)}")
    console.print(
        f"{len(report.applied)} correction(s) applied, {len(report.refused)} refused; "
        f"{len(report.documents)} reviewed document(s) → {escape(str(args.folder / 'reviewed'))}"
    )
    return 1 if report.refused else 0


def cmd_gold(args: argparse.Namespace, console: Console) -> int:
    from pipeline.review import write_gold

    results = write_gold(args.reviewed, args.out, force=args.force)
    if not results:
        console.print(f"[red]error[/red] no reviewed documents in {escape(str(args.reviewed))}")
        return 2
    for r in results:
        note = f": {r.reason}" if r.reason else ""
        console.print(f"{r.status:9} {escape(str(r.path))} ({escape(r.doc_id)}){escape(note)}")
    return 1 if any(r.status == "refused" for r in results) else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console(stderr=False, highlight=False, soft_wrap=True)
    handlers = {
        "run": cmd_run,
        "eval": cmd_eval,
        "validate": cmd_validate,
        "schemas": cmd_schemas,
        "diff": cmd_diff,
        "review": cmd_review,
        "apply-corrections": cmd_apply_corrections,
        "gold": cmd_gold,
    }
    from pipeline.errors import LexiconError

    try:
        return handlers[args.command](args, console)
    except LexiconError as e:
        # An analyst's edit that breaks a lexicon: which file and entry, in one line, not
        # a traceback (README, *Teaching it new names and words*).
        from pipeline.lexicon import lexicon_root

        console.print(f"[red]error[/red] {escape(str(e))} (lexicons in {lexicon_root()})")
        return 2


def entry() -> NoReturn:
    """The ``itis-extract`` command: ``main``, then the process ends without the
    interpreter's teardown (``pipeline.shutdown``); ``main`` itself returns, for callers
    in a process that goes on."""
    try:
        code = main()
    except BrokenPipeError:
        # The reader went away (`itis-extract eval ... --json | head`): nothing left to say,
        # and no traceback; the rest of the output goes nowhere, as at a closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    exit_now(code)


if __name__ == "__main__":
    entry()
