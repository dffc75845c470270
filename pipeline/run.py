"""The one place that knows the order of the stages.

``build_document`` chains ingest → normalize → structure → extract → link →
validate for one file, in process. ``run`` does it for a batch, each document in
a worker process with time and memory limits, and hands the results to emit.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing as mp
import multiprocessing.connection as mp_connection
import os
import re
import signal
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from pipeline.config import DEFAULT_SETTINGS, Settings
from pipeline.errors import (
    InputError,
    ItisExtractError,
    MemoryExceeded,
    SchemaError,
    TimeoutExceeded,
    WorkerCrashed,
)
from pipeline.ingest import IngestResult, ingest
from pipeline.models import (
    Document,
    ErrorRecord,
    Fact,
    Facts,
    Manifest,
    ManifestInput,
    PdfTable,
    Source,
)
from pipeline.normalize import normalize
from pipeline.structure import Structured, structure

Box = tuple[float, float, float, float]

INPUT_SUFFIXES = {".pdf", ".txt", ".text"}


def make_doc_id(path: str | Path) -> str:
    """Stable, path-safe id from the file name (extension kept: seed.txt and seed.pdf differ).

    Never contains a separator, ``..`` or a leading dot, so it cannot escape the
    output folder or hide there.
    """
    name = unicodedata.normalize("NFC", Path(path).name)
    safe = re.sub(r"[^\w\-.\u3400-\u9fff]+", "_", name)
    safe = re.sub(r"\.{2,}", "_", safe).strip("._")
    return safe[:120] or "document"


def collect_inputs(paths: Sequence[str | Path]) -> list[Path]:
    """Files to process: the given files, and PDF/TXT files inside given folders, sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
            )
        else:
            found.append(p)
    seen: set[Path] = set()
    unique: list[Path] = []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def assign_doc_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """doc_ids unique within a batch: the same file name in two folders gets ``-2``, ``-3``."""
    ids: dict[Path, str] = {}
    used: set[str] = set()
    for p in paths:
        base = make_doc_id(p)
        doc_id, k = base, 2
        while doc_id in used:
            doc_id = f"{base}-{k}"
            k += 1
        used.add(doc_id)
        ids[p] = doc_id
    return ids


@dataclass
class Built:
    """A document plus what is not serialized with it (glyph boxes, PDF tables)."""

    document: Document
    char_boxes: list[Box | None]
    pdf_tables: list[PdfTable]


Extractor = Callable[[Document, Built, Settings], None]


def _bbox_for(built: Built, start: int, end: int) -> Box | None:
    boxes = [b for b in built.char_boxes[start:end] if b is not None]
    if not boxes:
        return None
    return (
        round(min(b[0] for b in boxes), 2),
        round(min(b[1] for b in boxes), 2),
        round(max(b[2] for b in boxes), 2),
        round(max(b[3] for b in boxes), 2),
    )


def _fill_bboxes(built: Built) -> None:
    """PDF facts get the union box of their characters on the page where they start."""
    doc = built.document
    if doc.source.format != "pdf":
        return
    for name in Facts.model_fields:
        for fact in getattr(doc.facts, name):
            if isinstance(fact, Fact) and fact.bbox is None:
                start = fact.span.start
                end = fact.span.end
                # Keep the box on the starting page: cut at the first char of another page.
                fact.bbox = _bbox_for(built, start, end)


def build_document(
    path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    doc_id: str | None = None,
) -> Document:
    """Run every stage on one file in this process and return the Document."""
    return build(path, settings, doc_id).document


def build(
    path: str | Path, settings: Settings = DEFAULT_SETTINGS, doc_id: str | None = None
) -> Built:
    """Like ``build_document`` but also returns glyph boxes and PDF table grids."""
    result: IngestResult = ingest(path, settings)
    raw = result.raw
    lines = normalize(raw)
    st: Structured = structure(lines, raw)
    document = Document(
        doc_id=doc_id or make_doc_id(path),
        source=Source(
            path=Path(raw.path).name,
            sha256=raw.sha256,
            format=raw.format,
            encoding=raw.encoding,
            pages=len(raw.pages),
            page_extractors=[p.extractor for p in raw.pages],
        ),
        metadata=st.metadata,
        text=st.text,
        pages=st.pages,
        blocks=st.blocks,
        sentences=st.sentences,
    )
    built = Built(document, st.char_boxes, result.pdf_tables)
    from pipeline.extract import run_extractors

    run_extractors(built, settings)
    _fill_bboxes(built)
    return built


# --------------------------------------------------------------------------- batch


@dataclass
class Outcome:
    """What happened to one input file."""

    path: Path
    doc_id: str
    ok: bool
    error: ErrorRecord | None = None
    sha256: str | None = None
    pages: int | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class RunReport:
    outcomes: list[Outcome]
    counts: dict[str, int]
    out_dir: Path

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def succeeded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.ok]


def _stage_of(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return "ingest"
    if isinstance(exc, SchemaError):
        return "validate"
    if isinstance(exc, MemoryError):
        return "worker"
    return "extract"


def error_record(path: Path, doc_id: str | None, exc: BaseException) -> ErrorRecord:
    """One-line, typed error for a failed document."""
    if isinstance(exc, ItisExtractError):
        code, message = exc.code, exc.message
    elif isinstance(exc, MemoryError):
        code, message = MemoryExceeded.code, "out of memory (over the per-document memory limit)"
    elif isinstance(exc, RecursionError):
        code, message = "E901", "input nested too deeply to parse"
    else:
        code, message = "E900", f"unexpected {type(exc).__name__}: {exc}"
    message = " ".join(str(message).split())[:500]
    return ErrorRecord(
        path=path.name,
        doc_id=doc_id,
        code=code,
        error=type(exc).__name__,
        message=message,
        stage=_stage_of(exc),
    )


def process_one(path: Path, doc_id: str, out_dir: Path, settings: Settings) -> Outcome:
    """Build, validate and write one document in this process; never raises for bad input."""
    from pipeline.emit import document_to_json, write_document
    from pipeline.validate import validate_document_json

    try:
        built = build(path, settings, doc_id)
        doc = built.document
        text = document_to_json(doc)
        violations = validate_document_json(json.loads(text))
        if violations:
            first = violations[0]
            raise SchemaError(
                f"output failed its schema at {first.path}: {first.message}"
                f" ({len(violations)} violation(s))"
            )
        write_document(doc, out_dir)
        counts = {name: len(getattr(doc.facts, name)) for name in Facts.model_fields}
        counts["checks"] = len(doc.checks)
        return Outcome(path, doc_id, True, None, doc.source.sha256, doc.source.pages, counts)
    except Exception as exc:  # one bad document must never stop the batch
        return Outcome(path, doc_id, False, error_record(path, doc_id, exc))


def _limit_memory(memory_mb: int) -> None:
    """Cap this worker's address space at what it has now plus ``memory_mb``."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            current = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = current + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, ImportError):
        pass


def _worker(path: Path, doc_id: str, out_dir: Path, settings: Settings, conn: Connection) -> None:
    _limit_memory(settings.memory_mb)
    try:
        outcome = process_one(path, doc_id, out_dir, settings)
    except MemoryError as exc:
        outcome = Outcome(path, doc_id, False, error_record(path, doc_id, exc))
    conn.send(outcome)
    conn.close()


def warm_up() -> None:
    """Load dictionaries and models once in the parent so forked workers share them."""
    for module, fn in (("pipeline.segment", "make_nlp"), ("pipeline.ingest", "common_chars")):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError:  # DEV-ONLY: segment is still being written
            continue
        getattr(mod, fn)()


def _run_isolated(
    jobs: list[tuple[Path, str]],
    out_dir: Path,
    settings: Settings,
    on_done: Callable[[Outcome], None],
) -> list[Outcome]:
    ctx = mp.get_context("fork")
    pending = list(jobs)
    running: list[tuple[Path, str, BaseProcess, Connection, float]] = []
    results: dict[str, Outcome] = {}
    while pending or running:
        while pending and len(running) < settings.workers:
            path, doc_id = pending.pop(0)
            recv, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(
                target=_worker, args=(path, doc_id, out_dir, settings, send), daemon=True
            )
            proc.start()
            send.close()
            running.append((path, doc_id, proc, recv, time.monotonic()))
        still: list[tuple[Path, str, BaseProcess, Connection, float]] = []
        ready = mp_connection.wait([r[3] for r in running], timeout=0.2)
        for path, doc_id, proc, recv, started in running:
            outcome: Outcome | None = None
            if recv in ready:
                try:
                    outcome = recv.recv()
                except (EOFError, OSError):
                    proc.join(5)
                    code = proc.exitcode
                    reason = (
                        f"worker killed by signal {signal.Signals(-code).name}"
                        if code is not None and code < 0
                        else f"worker exited with code {code}"
                    )
                    outcome = Outcome(
                        path, doc_id, False, error_record(path, doc_id, WorkerCrashed(reason))
                    )
            elif time.monotonic() - started > settings.timeout_s:
                proc.kill()
                outcome = Outcome(
                    path,
                    doc_id,
                    False,
                    error_record(
                        path,
                        doc_id,
                        TimeoutExceeded(f"took longer than {settings.timeout_s:g}s (--timeout)"),
                    ),
                )
            if outcome is None:
                still.append((path, doc_id, proc, recv, started))
                continue
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join()
            recv.close()
            results[doc_id] = outcome
            on_done(outcome)
        running = still
    return [results[doc_id] for _, doc_id in jobs]


def run(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    on_done: Callable[[Outcome], None] | None = None,
) -> RunReport:
    """Extract every input into ``out_dir``; failed inputs are recorded, never fatal."""
    from pipeline import __version__
    from pipeline.emit import document_path, write_dataset_tables, write_errors, write_manifest

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = collect_inputs(inputs)
    ids = assign_doc_ids(files)
    jobs = [(f, ids[f]) for f in files]
    callback = on_done or (lambda o: None)
    if settings.isolate:
        warm_up()
        outcomes = _run_isolated(jobs, out, settings, callback)
    else:
        outcomes = []
        for path, doc_id in jobs:
            outcome = process_one(path, doc_id, out, settings)
            callback(outcome)
            outcomes.append(outcome)
    documents = []
    for o in outcomes:
        if o.ok:
            documents.append(json.loads(document_path(out, o.doc_id).read_text(encoding="utf-8")))
    counts = write_dataset_tables(out, documents)
    counts["documents"] = len(documents)
    counts["errors"] = sum(1 for o in outcomes if not o.ok)
    errors = [o.error for o in outcomes if o.error is not None]
    manifest = Manifest(
        pipeline_version=__version__,
        inputs=[
            ManifestInput(
                path=o.path.name,
                doc_id=o.doc_id if o.ok else None,
                sha256=o.sha256,
                status="ok" if o.ok else "error",
                pages=o.pages,
                counts=o.counts,
            )
            for o in outcomes
        ],
        counts=counts,
        errors=errors,
    )
    write_manifest(out, manifest)
    write_errors(out, errors)
    return RunReport(outcomes, counts, out)
