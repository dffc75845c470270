"""The one place that knows the order of the stages.

``build_document`` chains ingest → normalize → structure → extract → link →
validate for one file, in process. ``run`` does it for a batch, each document in
a worker process with time and memory limits, and hands the results to emit.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import gc
import json
import marshal
import math
import multiprocessing as mp
import multiprocessing.connection as mp_connection
import os
import re
import signal
import time
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import DEFAULT_SETTINGS, Settings
from pipeline.dataset.writer import WriterProcess
from pipeline.errors import (
    InputError,
    ItisExtractError,
    MemoryExceeded,
    SchemaError,
    TimeoutExceeded,
    WorkerCrashed,
    WorkerError,
)
from pipeline.ingest import IngestResult, ingest
from pipeline.models import (
    Check,
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

if TYPE_CHECKING:
    from pipeline.segment import TokenLayer

Box = tuple[float, float, float, float]

# Inside a folder only PDF and text files are reports: a folder's Markdown files are mostly
# its README and notes (tests/corpus/ holds SOURCES .md files). A Markdown report is read
# when it is named on the command line.
INPUT_SUFFIXES = {".pdf", ".txt", ".text"}
DOC_ID_MAX_BYTES = 100


def make_doc_id(path: str | Path) -> str:
    """Stable, path-safe id from the file name (extension kept: seed.txt and seed.pdf differ).

    Never contains a separator, ``..`` or a leading dot, so it cannot escape the
    output folder or hide there.
    """
    name = unicodedata.normalize("NFC", Path(path).name)
    safe = re.sub(r"[^\w\-.\u3400-\u9fff]+", "_", name)
    safe = re.sub(r"\.{2,}", "_", safe).strip("._")
    # File names are limited in bytes (255 on ext4): 100 leave room for ".json", the
    # temp-file affixes and a clash suffix, also for CJK names (3 bytes a character).
    safe = safe.encode("utf-8")[:DOC_ID_MAX_BYTES].decode("utf-8", "ignore").rstrip("._")
    return safe or "document"


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


class CharBoxes:
    """One glyph box (x0, top, x1, bottom) per character of a PDF document's text, kept in
    a flat array of doubles (NaN where a character has no box): 32 bytes a character
    where a list of tuples of floats costs about 170, so a 200-page report's boxes no
    longer weigh on the memory of every later stage."""

    def __init__(self, boxes: Iterable[Box | None] = ()) -> None:
        flat = array("d")
        none = (math.nan,) * 4
        for b in boxes:
            flat.extend(none if b is None else b)
        self._flat = flat

    def __len__(self) -> int:
        return len(self._flat) // 4

    def box(self, i: int) -> Box | None:
        """The box of character ``i`` (None when it has none): one glyph's, read often."""
        flat = self._flat
        x0 = flat[4 * i]
        if x0 != x0:  # NaN: no box
            return None
        return (x0, flat[4 * i + 1], flat[4 * i + 2], flat[4 * i + 3])

    def column(self, k: int, start: int, end: int) -> array[float]:
        """Side ``k`` (0 x0, 1 top, 2 x1, 3 bottom) of the boxes of characters ``[start,
        end)``, NaN where a character has none: one slice, for a scan over many glyphs."""
        return self._flat[4 * start + k : 4 * end : 4]

    def union(self, start: int, end: int) -> Box | None:
        """Union of the boxes of characters ``[start, end)`` (None when none has one)."""
        flat = self._flat
        x0s = flat[4 * start : 4 * end : 4]
        found = [k for k, x in enumerate(x0s) if x == x]  # NaN != NaN: no box
        if not found:
            return None
        base = 4 * start
        return (
            min(flat[base + 4 * k] for k in found),
            min(flat[base + 4 * k + 1] for k in found),
            max(flat[base + 4 * k + 2] for k in found),
            max(flat[base + 4 * k + 3] for k in found),
        )


@dataclass
class Built:
    """A document plus what is not serialized with it (glyph boxes, PDF tables)."""

    document: Document
    char_boxes: CharBoxes
    pdf_tables: list[PdfTable]
    # the document's tokens, cut once after structure; the text stages read them
    tokens: TokenLayer | None = None


def _bbox_for(built: Built, start: int, end: int, page: int | None = None) -> Box | None:
    """Union box of the glyphs in ``[start, end)`` that lie on ``page`` (the page ``start``
    is on when none is given).

    A span that runs over a page break would otherwise get a box mixing two pages'
    coordinates; the box is on the page the fact names, so the two always agree (a
    quantity whose qualifier ends one page and whose number opens the next names the
    number's page).
    """
    doc = built.document
    page = doc.page_at(start) if page is None else page
    lo, hi = next(((p.start, p.end) for p in doc.pages if p.number == page), (start, end))
    box = built.char_boxes.union(max(start, lo), min(end, hi))
    if box is None:
        return None
    return (round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2))


def _fill_bboxes(built: Built) -> None:
    """PDF facts get the union box of their characters on the page they name."""
    doc = built.document
    if doc.source.format != "pdf":
        return
    for name in Facts.model_fields:
        for fact in getattr(doc.facts, name):
            if isinstance(fact, Fact) and fact.bbox is None:
                fact.bbox = _bbox_for(built, fact.span.start, fact.span.end, fact.page)


def build_document(
    path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    doc_id: str | None = None,
) -> Document:
    """Run every stage on one file in this process and return the Document."""
    return build(path, settings, doc_id).document


def build(
    path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    doc_id: str | None = None,
    *,
    stable_ids: bool = True,
) -> Built:
    """Like ``build_document`` but also returns glyph boxes and PDF table grids.

    ``stable_ids=False`` leaves the extractors' ids on the facts: for ``checked_json``,
    which assigns the stable ones on the document's one serialization."""
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
    # Only PDF facts get boxes; the ingest result, its lines and their per-character box
    # tuples are dropped before the extract stages run.
    boxes = CharBoxes(st.char_boxes if raw.format == "pdf" else ())
    pdf_tables = result.pdf_tables
    del result, raw, lines, st
    from pipeline.extract import run_extractors
    from pipeline.segment import token_layer

    built = Built(document, boxes, pdf_tables, token_layer(document.text))

    run_extractors(built, settings)
    # Only the text stages read the token layer (about 12 MB for 150k characters): gone
    # before stable ids and the JSON, where a long document's memory peaks.
    built.tokens = None
    _fill_bboxes(built)
    if stable_ids:
        built.document = with_stable_ids(built.document)
    return built


def with_stable_ids(doc: Document) -> Document:
    """The one place fact ids are assigned: after every extraction stage and the checks.

    Ids and references live only in the facts and checks, so only those go through JSON
    and back; the text, pages, blocks and sentences (most of a long document's bytes)
    are kept as they are instead of being serialized and validated again."""
    from pipeline.dataset.ids import assign_stable_ids

    part = doc.model_dump(mode="json", include={"source", "facts", "checks"})
    out = assign_stable_ids(part)
    facts = Facts.model_validate(out["facts"])
    checks = [Check.model_validate(c) for c in out["checks"]]
    return doc.model_copy(update={"facts": facts, "checks": checks})


def checked_json(doc: Document) -> tuple[str, dict[str, int], Any] | None:
    """The document's JSON with stable ids, its record counts and what ``json.loads`` of
    the JSON gives when that is at hand (``emit.dumps_and_data``; else None), when the
    document is valid whole.

    ``doc`` still has the extractors' ids. The model is dumped once: the ids are assigned
    on that dump (as ``with_stable_ids`` does on its own dump of the facts), which is then
    printed and validated as ``sanitize_document`` validates its own. ``with_stable_ids``
    then ``sanitize_document`` dumped the facts, validated them back into models and
    dumped the whole document again: the same bytes, since the models' JSON read back is
    the same JSON (held over real documents by a test). None when anything fails
    validation: the caller takes that path, which leaves the failing records out."""
    from pipeline.dataset.ids import assign_stable_ids
    from pipeline.emit import dumps_and_data
    from pipeline.validate import validate_document_json

    data = assign_stable_ids(doc.model_dump(mode="json"))
    text, plain = dumps_and_data(data)
    data_read = json.loads(text) if plain is None else plain
    if validate_document_json(data_read, text=text, finite=plain is not None):
        return None
    counts = {name: len(data["facts"][name]) for name in Facts.model_fields}
    counts["checks"] = len(data["checks"])
    return text, counts, plain


# --------------------------------------------------------------------------- batch

FAULT_ENV = "ITIS_EXTRACT_FAULT"
"""Fault injection for tests and drills, read only inside worker processes.

``ITIS_EXTRACT_FAULT=<action>[:<part of a file name>]`` makes the worker of each
matching input misbehave before it reads the file: ``hang`` (sleeps past any
timeout), ``crash`` (dies by SIGSEGV), ``exit`` (exits with status 3 without an
answer), ``oom`` (allocates until the memory limit stops it), ``raise`` (an
unexpected exception) or ``badfact`` (one extracted fact is corrupted, so the
writer must drop and report it). Unset in normal runs; only workers read it.
"""


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
    dropped: list[ErrorRecord] = field(default_factory=list)  # records left out of the document
    skipped: bool = False  # unchanged since the last run into the same folder: not redone
    worker: int | None = None  # pid of the warm worker that did it (diagnostics, not output)
    # The written document as ``json.loads`` of its file reads it, marshalled
    # (``document_data``): what the run's CSVs and the dataset writer read, without
    # parsing the file the worker has just printed. None: read the file.
    data: bytes | None = None
    # Pages with no text layer (a scanned page, an image of a signed statement): told to the
    # user, who cannot otherwise tell a page with no tables from a page with no text.
    image_pages: int = 0


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
    if isinstance(exc, (MemoryError, WorkerError)):
        return "worker"
    return "extract"


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """True when ``kind`` is anywhere in the cause/context chain (libraries wrap MemoryError)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, kind):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


def error_record(path: Path, doc_id: str | None, exc: BaseException) -> ErrorRecord:
    """One-line, typed error for a failed document."""
    stage = _stage_of(exc)
    if isinstance(exc, ItisExtractError):
        code, message = exc.code, exc.message
    elif _caused_by(exc, MemoryError):
        code, message = (
            MemoryExceeded.code,
            "out of memory (over the per-document limit, --memory-mb)",
        )
        stage = "worker"
    elif _caused_by(exc, RecursionError):
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
        stage=stage,
    )


def extract_one(
    path: Path,
    doc_id: str,
    settings: Settings,
    mutate: Callable[[Document], None] | None = None,
    *,
    keep_data: bool = False,
) -> tuple[Outcome, str | None]:
    """The per-document function every executor maps: build and validate one file.

    Returns the outcome and the document's JSON (None when it failed); writes
    nothing, so it can run anywhere (a local worker, a Dask worker on another
    machine). A fact or check that fails its schema or an invariant is left out and
    reported (``Outcome.dropped``); only an invalid document shell fails the whole
    document. ``mutate`` edits the built document before validation (fault injection).
    ``keep_data``: set ``Outcome.data`` when the document's data is at hand (a local
    worker's parent reads it instead of the file; a Dask task sends no more than the JSON).
    """
    with document_collection():
        return _extract_one(path, doc_id, settings, mutate, keep_data)


@contextlib.contextmanager
def document_collection() -> Iterator[None]:
    """No automatic garbage collection while one document is built; one full pass after it.

    A document allocates hundreds of thousands of records that live until it is written
    (a 150k-character text: 13 first-generation passes, 0.1 s of CPU, collecting
    nothing), and its cyclic garbage is small: about 15,000 objects on a 204-page PDF
    (pdfminer's layout objects, pdfplumber's pages), 3 MiB of peak RSS at most. So the
    collector waits for the document to end; the pass then walks only what is left of
    it, since warm-up froze the lexicons, dictionary and spaCy pipeline (``warm_up``,
    ``_execute``). The collector's earlier state (on or off) is restored.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
        gc.collect()


def _image_pages(doc: Document) -> int:
    """How many of the document's pages have no text layer (ingest's ``no_text_layer``)."""
    return sum(1 for p in doc.pages if "no_text_layer" in p.flags)


def _extract_one(
    path: Path,
    doc_id: str,
    settings: Settings,
    mutate: Callable[[Document], None] | None,
    keep_data: bool,
) -> tuple[Outcome, str | None]:
    from pipeline.emit import document_path
    from pipeline.validate import sanitize_document

    try:
        document_path(Path("."), doc_id)  # refuse an unsafe doc_id before any work
        built = build(path, settings, doc_id, stable_ids=False)
        checked = checked_json(built.document) if mutate is None else None
        if checked is not None:  # the usual case: valid whole, serialized once
            text, counts, plain = checked
            source = built.document.source
            outcome = Outcome(path, doc_id, True, None, source.sha256, source.pages, counts, [])
            outcome.image_pages = _image_pages(built.document)
            if keep_data and plain is not None:
                outcome.data = marshal.dumps(plain)
            return outcome, text
        doc = with_stable_ids(built.document)
        if mutate is not None:
            mutate(doc)
        text, dropped = sanitize_document(doc)
        counts = {name: len(getattr(doc.facts, name)) for name in Facts.model_fields}
        counts["checks"] = len(doc.checks)
        records = [
            ErrorRecord(
                path=path.name,
                doc_id=doc_id,
                code=d.code,
                error=d.error,
                message=f"{d.kind} {d.record_id} left out: {d.message}",
                stage="validate",
                fact_id=d.record_id,
                schema_path=d.path,
            )
            for d in dropped
        ]
        outcome = Outcome(
            path, doc_id, True, None, doc.source.sha256, doc.source.pages, counts, records
        )
        outcome.image_pages = _image_pages(doc)
        return outcome, text
    except Exception as exc:  # one bad document must never stop the batch
        return Outcome(path, doc_id, False, error_record(path, doc_id, exc)), None


STATE_DIR = ".state"
"""``<out>/.state/<doc_id>.json``: what an incremental run needs to skip a document.

Written right after the document (both atomically), so a run killed between the
two only redoes that document.
"""


def state_path(out_dir: Path, doc_id: str) -> Path:
    from pipeline.emit import safe_child

    return safe_child(out_dir, STATE_DIR, f"{doc_id}.json")


def _versions() -> tuple[str, str]:
    """(pipeline version, lexicon version); the pipeline's includes the schema version."""
    from pipeline import __version__
    from pipeline.lexicon import lexicon_version
    from pipeline.models import SCHEMA_VERSION

    return f"{__version__}+schema.{SCHEMA_VERSION}", lexicon_version()


@functools.cache
def code_version() -> str:
    """A hash of the package's own source files: part of what an incremental run compares.

    The version number changes at a release, not at an edit: a developer (or an analyst
    trying a patched rule) who changed the code and reran into the same folder got the
    documents the old code wrote, silently, until ``--force``. Tens of files read once per
    run: milliseconds.
    """
    from pipeline.lexicon import package_stamp

    return package_stamp()[:12]


RUN_ONLY_SETTINGS = frozenset(
    {
        "workers",
        "isolate",
        "timeout_s",
        "memory_mb",
        "max_bytes",
        "max_pages",
        "force",
        "excel",
        "executor",
        "scheduler",
    }
)
"""Settings that never change a written document; every other setting (a new one too)
is part of what an incremental run compares."""


def settings_key(settings: Settings) -> dict[str, object]:
    return {
        f.name: getattr(settings, f.name)
        for f in dataclasses.fields(settings)
        if f.name not in RUN_ONLY_SETTINGS
    }


def commit(
    out_dir: Path, outcome: Outcome, text: str | None, settings: Settings = DEFAULT_SETTINGS
) -> Outcome:
    """Write a finished document and its state record (atomically, in that order)."""
    from pipeline.emit import atomic_write_text, document_path, dumps

    if not outcome.ok or text is None:
        return outcome
    try:
        atomic_write_text(document_path(out_dir, outcome.doc_id), text)
        pipeline_version, lexicon_version = _versions()
        state = {
            "path": outcome.path.name,
            "sha256": outcome.sha256,
            "pipeline_version": pipeline_version,
            "lexicon_version": lexicon_version,
            "code_version": code_version(),
            "settings": settings_key(settings),
            "pages": outcome.pages,
            "counts": outcome.counts,
            "dropped": [d.model_dump(mode="json") for d in outcome.dropped],
        }
        atomic_write_text(state_path(out_dir, outcome.doc_id), dumps(state))
    except Exception as exc:
        return Outcome(outcome.path, outcome.doc_id, False, error_record(outcome.path, None, exc))
    return outcome


def process_one(
    path: Path,
    doc_id: str,
    out_dir: Path,
    settings: Settings,
    mutate: Callable[[Document], None] | None = None,
) -> Outcome:
    """Build, validate and write one document in this process; never raises for bad input."""
    outcome, text = extract_one(path, doc_id, settings, mutate, keep_data=True)
    return commit(out_dir, outcome, text, settings)


def unchanged_outcome(
    path: Path, doc_id: str, out_dir: Path, settings: Settings = DEFAULT_SETTINGS
) -> Outcome | None:
    """The outcome recorded for ``doc_id`` when its input, pipeline, lexicons and the
    settings that shape a document are unchanged."""
    from pipeline.emit import document_path
    from pipeline.ingest import sha256_file

    try:
        state = json.loads(state_path(out_dir, doc_id).read_text(encoding="utf-8"))
        if not document_path(out_dir, doc_id).is_file():
            return None
        pipeline_version, lexicon_version = _versions()
        if (
            state.get("path") != path.name
            or state.get("pipeline_version") != pipeline_version
            or state.get("lexicon_version") != lexicon_version
            or state.get("code_version") != code_version()
            or state.get("settings") != json.loads(json.dumps(settings_key(settings)))
            or state.get("sha256") != sha256_file(path)
        ):
            return None
        dropped = [ErrorRecord.model_validate(d) for d in state.get("dropped", [])]
        counts = {str(k): int(v) for k, v in state.get("counts", {}).items()}
        pages = state.get("pages")
        return Outcome(path, doc_id, True, None, state["sha256"], pages, counts, dropped, True)
    except (OSError, ValueError, KeyError, TypeError):
        return None


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


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this worker when the batch process dies (even by kill -9)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def break_first_fact(doc: Document) -> None:
    """Fault: the first quantity's text no longer matches its span (it must be dropped)."""
    if doc.facts.quantities:
        doc.facts.quantities[0].text += "\u2063"


def _inject_fault(path: Path) -> Callable[[Document], None] | None:
    """Misbehave on purpose when ``$ITIS_EXTRACT_FAULT`` names this input (see FAULT_ENV);
    return the document mutator for the ``badfact`` fault."""
    spec = os.environ.get(FAULT_ENV, "")
    if not spec:
        return None
    action, _, needle = spec.partition(":")
    if needle and needle not in path.name:
        return None
    if action == "badfact":
        return break_first_fact
    if action == "hang":
        while True:
            time.sleep(3600)
    elif action == "crash":
        import faulthandler

        faulthandler.disable()  # a drill, not a bug: no traceback dump on stderr
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(60)
    elif action == "exit":
        os._exit(3)
    elif action == "oom":
        hoard = []
        while True:
            hoard.append(bytearray(64 << 20))
    elif action == "raise":
        raise RuntimeError(f"fault injected by ${FAULT_ENV}")
    return None


MAX_DOCS_PER_WORKER = 50
"""A warm worker is replaced after this many documents, so slow leaks cannot add up."""


def _pool_worker(out_dir: Path, settings: Settings, conn: Connection, parent: int) -> None:
    """A warm worker: forked from the warmed-up parent, takes documents until told to stop."""
    _die_with_parent(parent)
    _limit_memory(settings.memory_mb)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, doc_id = job
        try:
            mutate = _inject_fault(path)
            outcome = process_one(path, doc_id, out_dir, settings, mutate)
        except Exception as exc:  # MemoryError included: the parent replaces this worker
            outcome = Outcome(path, doc_id, False, error_record(path, doc_id, exc))
        outcome.worker = os.getpid()
        conn.send(outcome)


WARM_UP_TEXT = (
    "2023 年產業回顧\n"
    "台灣亞太產業分析專業協進會 110 年認證產業分析師 王小明\n"
    "一、市場概況\n"
    "2023年全球市場規模為 181.2億美元，預估至 2028年將達 412.1億美元，"
    "共有 1 項自體細胞產品、3 項異體細胞產品及 5 項基因治療產品等 9項產品上市，"
    "美國食品藥物管理局（Food and Drug Administration, FDA）核准 Casgevy，約占 42.8%。\n"
    "表 1 2023 年統計\n項目 數量\n自體 1\n總計 1\n資料來源：本研究整理（2024/01）\n"
)


def warm_up(pdf: bool = True) -> None:
    """Load dictionaries, lexicons and schema validators once in the parent.

    Forked workers inherit them (copy-on-write), so the per-document cost of
    isolation is the fork itself, not loading every lexicon again. The cheapest
    way to touch every cache a stage fills is to run the stages once on a tiny
    built-in report. ``pdf``: the batch holds PDFs, so pypdfium2 is imported too (a
    batch of texts never pays for it). pdfplumber is not: pypdfium2 reads the text and
    the table geometry, and pdfplumber (with pdfminer: ≈ 20 MB and 0.1–0.3 s) is
    imported by the worker that meets the first ruled grid or undecodable page.
    """
    from pipeline.regexes import stored_programs

    # Warm-up allocates the state it keeps (a million objects) and little garbage: with
    # the collector on, about 160 collections walked what was loaded so far (≈ 0.04 s of
    # CPU on the run's serial start).
    was_on = gc.isenabled()
    gc.disable()
    try:
        with stored_programs():  # the stages' regular expressions, compiled by an earlier run
            _warm_up(pdf)
    finally:
        if was_on:
            gc.enable()
    # What warm-up loaded lives as long as the process: out of the collector's sight, so
    # that no collection in a worker walks (and dirties the shared pages of) the lexicons,
    # the dictionary and the spaCy pipeline again. No full collection first: it walked the
    # million objects just loaded (≈ 0.045 s of every run's serial start) to free the few
    # dozen in cycles that warm-up leaves (81 on the sample report), which now stay frozen.
    gc.freeze()


def _warm_up(pdf: bool) -> None:
    import ctypes  # noqa: F401  (used by every worker: import once here)
    import tempfile

    if pdf:
        import pypdfium2  # noqa: F401  (imported once, not per document)

    from pipeline.ingest import common_chars
    from pipeline.segment import get_segmenter

    get_segmenter()
    common_chars()
    # Not the JSON Schema validator: a worker needs it only for a document the model
    # rejects (``validate.model_accepts``), and builds it then.
    with tempfile.TemporaryDirectory(prefix="itis-warm-") as tmp:
        sample = Path(tmp) / "warm-up.txt"
        sample.write_text(WARM_UP_TEXT, encoding="utf-8")
        # a failing stage shows up on the real inputs, with its file name
        with contextlib.suppress(Exception):
            checked_json(build(sample, Settings(isolate=False), stable_ids=False).document)
    from pipeline.extract.entities.component import warm_lexicon_tables

    warm_lexicon_tables()  # tables the tiny report does not reach, built once for all workers


_TMP_RE = re.compile(r"^\..+\.tmp$")


def _remove_stale_tmp(out: Path) -> None:
    """Temp files of an interrupted run (``.name.XXXX.tmp``, never renamed into place)."""
    for folder in (out, out / "documents", out / "tables", out / STATE_DIR, out / "dataset"):
        if folder.is_dir():
            for p in folder.iterdir():
                if p.is_file() and _TMP_RE.match(p.name):
                    p.unlink(missing_ok=True)


def _crash_reason(code: int | None) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        hint = {
            "SIGKILL": " (killed from outside, e.g. by the kernel's out-of-memory killer)",
            "SIGABRT": " (a native library aborted, often on an allocation over --memory-mb)",
            "SIGSEGV": " (a native library crashed on this input)",
        }.get(name, "")
        return f"worker killed by signal {name}{hint}"
    return f"worker exited with code {code} without a result"


@dataclass
class _Slot:
    """One warm worker process and the document it is working on."""

    proc: BaseProcess
    conn: Connection
    job: tuple[Path, str] | None = None
    started: float = 0.0
    done: int = 0

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(1)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


def _failed(path: Path, doc_id: str, exc: BaseException) -> Outcome:
    return Outcome(path, doc_id, False, error_record(path, doc_id, exc))


def _input_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # the worker reports it, with the file's name
        return 0


def dispatch_order(jobs: Sequence[tuple[Path, str]], workers: int) -> list[tuple[Path, str]]:
    """The order in which a pool of ``workers`` takes the documents: largest input first.

    Taken in input order, a long report that comes last runs alone while the other
    workers have nothing left to do (the batch waits for it); largest first, the small
    ones fill the gaps at the end, so the workers finish close together (longest
    processing time first). The size in bytes stands in for the work; equal sizes keep
    input order. One worker takes them in input order (nothing to balance). Outputs do
    not depend on the order: each document is built on its own, and the run's outcomes
    are listed in input order."""
    if workers <= 1:
        return list(jobs)
    return sorted(jobs, key=lambda job: -_input_size(job[0]))


def _run_pool(
    jobs: list[tuple[Path, str]],
    out_dir: Path,
    settings: Settings,
    on_done: Callable[[Outcome], None],
) -> list[Outcome]:
    """A pool of warm workers taking documents from a queue, with the per-document limits.

    Workers are forked from this (warmed-up) process, so dictionaries and lexicons are
    loaded once, not per document. A worker that breaks a limit (timeout: killed;
    memory: it reports MemoryError; crash) is replaced by a fresh fork; so is one
    that has done ``MAX_DOCS_PER_WORKER`` documents.
    """
    ctx = mp.get_context("fork")
    pending = collections.deque(dispatch_order(jobs, settings.workers))
    slots: list[_Slot] = []
    results: dict[str, Outcome] = {}
    parent = os.getpid()

    def finish(outcome: Outcome) -> None:
        results[outcome.doc_id] = outcome
        on_done(outcome)

    def feed() -> None:
        """Fork the workers the pending documents need and hand each idle one its next."""
        # A new worker only for a document no idle worker can take.
        while len(slots) < settings.workers and len(pending) > sum(
            1 for s in slots if s.job is None
        ):
            mine, theirs = ctx.Pipe(duplex=True)
            proc = ctx.Process(
                target=_pool_worker, args=(out_dir, settings, theirs, parent), daemon=True
            )
            try:
                proc.start()
            except OSError as e:  # no process could be forked (limits, memory)
                mine.close()
                theirs.close()
                path, doc_id = pending.popleft()
                finish(
                    _failed(
                        path,
                        doc_id,
                        WorkerCrashed(f"could not start a worker: {e.strerror or e}"),
                    )
                )
                continue
            theirs.close()
            slots.append(_Slot(proc, mine))
        for slot in slots:
            if slot.job is None and pending:
                job = pending.popleft()
                try:
                    slot.conn.send(job)
                except OSError:  # died while idle: not this document's fault
                    pending.appendleft(job)
                    slot.kill()
                    slot.job = None
                    slot.done = MAX_DOCS_PER_WORKER
                    continue
                slot.job, slot.started = job, time.monotonic()

    try:
        while pending or any(s.job for s in slots):
            feed()
            busy = [s for s in slots if s.job is not None]
            if not busy:
                slots[:] = [s for s in slots if s.done < MAX_DOCS_PER_WORKER]
                continue
            ready = mp_connection.wait([s.conn for s in busy], timeout=0.2)
            arrived: list[Outcome] = []
            for slot in busy:
                assert slot.job is not None
                path, doc_id = slot.job
                retire = False
                if slot.conn in ready:
                    try:
                        outcome: Outcome = slot.conn.recv()
                        memory = outcome.error is not None and outcome.error.code == (
                            MemoryExceeded.code
                        )
                        retire = memory or slot.done + 1 >= MAX_DOCS_PER_WORKER
                    except (EOFError, OSError):
                        slot.proc.join(5)
                        crash = WorkerCrashed(_crash_reason(slot.proc.exitcode))
                        outcome = _failed(path, doc_id, crash)
                        retire = True
                elif time.monotonic() - slot.started > settings.timeout_s:
                    slot.proc.kill()
                    late = TimeoutExceeded(f"took longer than {settings.timeout_s:g}s (--timeout)")
                    outcome = _failed(path, doc_id, late)
                    retire = True
                else:
                    continue
                slot.job, slot.done = None, slot.done + 1
                if retire:
                    slot.stop()
                    slot.done = MAX_DOCS_PER_WORKER
                arrived.append(outcome)
            slots[:] = [s for s in slots if s.done < MAX_DOCS_PER_WORKER]
            # A worker that has just answered gets its next document before this process
            # reads the answer (the values for the run's CSVs, the copy for the dataset
            # writer, whose pipe can block while that child is busy): it no longer waits
            # idle for that. The outcomes are the same, whatever order they are read in.
            if arrived:
                feed()
            for outcome in arrived:
                finish(outcome)
    finally:
        for slot in slots:  # finished or interrupted: leave no worker behind
            if slot.job is None:
                slot.stop()
            else:
                slot.kill()
    return [results[doc_id] for _, doc_id in jobs]


def _dask_task(path: Path, doc_id: str, settings: Settings) -> tuple[Outcome, str | None]:
    """What a Dask worker runs: the same per-document function as a local worker."""
    return extract_one(path, doc_id, settings)


def _run_dask(
    jobs: list[tuple[Path, str]],
    out_dir: Path,
    settings: Settings,
    on_done: Callable[[Outcome], None],
) -> list[Outcome]:
    """Map ``extract_one`` over a Dask cluster; this process writes what comes back.

    Inputs must be readable at the same path by the cluster's workers (a shared file
    system); outputs are written here only. Without ``settings.scheduler`` a
    ``LocalCluster`` with ``settings.workers`` single-threaded worker processes is
    started and closed. Per-document time and memory limits are the cluster's own
    (Dask's worker memory limits), not ``--timeout``/``--memory-mb``.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:  # the optional extra
        raise ItisExtractError(
            "--executor dask needs the dask extra: pip install 'itis-extract[dask]'"
        ) from e

    results: dict[str, Outcome] = {}
    with contextlib.ExitStack() as stack:
        if settings.scheduler:
            client = stack.enter_context(Client(settings.scheduler))  # type: ignore[no-untyped-call]
        else:
            cluster = stack.enter_context(
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=settings.workers,
                    threads_per_worker=1,
                    processes=True,
                    # None does not disable the scheduler's HTTP server (dask/distributed#8136):
                    # it binds 8787 and warns when another cluster holds it; ":0" binds a free port.
                    dashboard_address=":0",
                )
            )
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        # pure=False: unique task keys, so runs sharing a scheduler never share results.
        futures = [
            client.submit(_dask_task, path, doc_id, settings, pure=False) for path, doc_id in jobs
        ]
        done = as_completed(futures, with_results=True)  # type: ignore[no-untyped-call]
        for _, result in done:
            outcome, text = result
            outcome = commit(out_dir, outcome, text, settings)
            results[outcome.doc_id] = outcome
            on_done(outcome)
    return [results[doc_id] for _, doc_id in jobs]


def _execute(
    jobs: list[tuple[Path, str]],
    out: Path,
    settings: Settings,
    on_done: Callable[[Outcome], None],
) -> list[Outcome]:
    """Hand the documents to the chosen executor; every executor writes the same files.

    Warm-up closes the stored-programs block the CLI opened before its imports
    (``regexes.open_programs``); a run without warm-up closes it before any document."""
    if settings.isolate and settings.executor != "dask" and jobs:
        warm_up(pdf=any(path.suffix.lower() == ".pdf" for path, _ in jobs))
        return _run_pool(jobs, out, settings, on_done)
    from pipeline.regexes import close_programs

    close_programs()
    if not jobs:
        return []
    if settings.executor == "dask":
        return _run_dask(jobs, out, settings, on_done)
    outcomes: list[Outcome] = []
    for path, doc_id in jobs:
        outcome = process_one(path, doc_id, out, settings)
        if not outcomes:
            # The first document loaded what every later one uses (no warm-up on this
            # path): out of the collector's walks from now on, as in a warm worker.
            gc.freeze()
        on_done(outcome)
        outcomes.append(outcome)
    return outcomes


def document_data(path: Path, data: bytes | None = None) -> Any:
    """A written document as ``json.loads`` of its file reads it: from ``data`` (the
    worker's marshalled copy, ``Outcome.data``) when given, else from the file.

    The parent (for the run's CSVs) and the dataset writer each parsed the JSON the worker
    had just printed from the same values: 4 MB for a 150k-character text, ≈ 0.09 s of
    CPU each under load; ``marshal`` reads the same values back in half that, and the
    worker writes them in a tenth."""
    if data is not None:
        return marshal.loads(data)
    return json.loads(path.read_text(encoding="utf-8"))


def _remove_other_documents(out: Path, keep: set[str]) -> None:
    """Documents (and their state) of inputs no longer in the input set, or failed now."""
    for folder in (out / "documents", out / STATE_DIR):
        if folder.is_dir():
            for p in folder.glob("*.json"):
                if p.name[: -len(".json")] not in keep:
                    p.unlink(missing_ok=True)


def run(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    on_done: Callable[[Outcome], None] | None = None,
) -> RunReport:
    """Extract every input into ``out_dir``; failed inputs are recorded, never fatal.

    Incremental: a document whose input bytes, pipeline version and lexicon version
    are unchanged since it was last written here is not redone (``settings.force``
    redoes it); outputs of inputs no longer given are removed. Every file is written
    atomically, so an interrupted run leaves only complete files (and perhaps temp
    files, which the next run removes); rerunning completes it with byte-identical
    output.
    """
    from pipeline.dataset import write_dataset
    from pipeline.emit import document_path, write_dataset_tables, write_errors, write_manifest

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_tmp(out)
    files = collect_inputs(inputs)
    ids = assign_doc_ids(files)
    callback = on_done or (lambda o: None)
    done: dict[str, Outcome] = {}
    # Every written document, read for the CSVs as soon as it is there (from the values
    # its worker sent, else from the file): during a pool's run this process only waits,
    # so the reading overlaps the workers' work.
    loaded: dict[str, dict[str, Any]] = {}

    def load(doc_id: str, data: bytes | None = None) -> Path:
        path = document_path(out, doc_id)
        loaded[doc_id] = document_data(path, data)
        return path

    jobs: list[tuple[Path, str]] = []
    for f in files:
        kept = None if settings.force else unchanged_outcome(f, ids[f], out, settings)
        if kept is not None:
            done[kept.doc_id] = kept
            load(kept.doc_id)
            callback(kept)
        else:
            jobs.append((f, ids[f]))
    # With worker processes, a child forked now, before warm-up, writes the dataset (see
    # pipeline.dataset.writer): the warm parent never loads pyarrow and DuckDB, and the
    # child holds none of the warm state. Started now, it imports them on the other core
    # while this process warms up, and reads each document as it is written. (The
    # workers forked meanwhile hold its pipe too; all of them are gone before the
    # request closes it.)
    writer = WriterProcess() if settings.isolate else None

    def finished(outcome: Outcome) -> None:
        # The writer reads each new document as it is written, not all after the last.
        if outcome.ok:
            path = load(outcome.doc_id, outcome.data)
            if writer is not None:
                writer.written(path, outcome.data)
        outcome.data = None  # read: the run keeps its data in ``loaded`` alone
        callback(outcome)

    frozen = gc.get_freeze_count()
    try:
        if writer is not None:
            writer.start()
        for outcome in _execute(jobs, out, settings, finished):
            done[outcome.doc_id] = outcome
        outcomes = [done[ids[f]] for f in files]
        _remove_other_documents(out, {o.doc_id for o in outcomes if o.ok})
        errors: list[ErrorRecord] = []
        for o in outcomes:
            if o.error is not None:
                errors.append(o.error)
            errors.extend(o.dropped)
        from pipeline import __version__
        from pipeline.lexicon import lexicon_version

        versions = (__version__, lexicon_version())
        if writer is not None:  # it writes the dataset while this process writes the CSVs
            paths = [document_path(out, o.doc_id) for o in outcomes if o.ok]
            writer.send(out, paths, *versions, errors, settings.excel)
        documents = [loaded[o.doc_id] for o in outcomes if o.ok]
        counts = write_dataset_tables(out, documents)
        counts["documents"] = len(documents)
        counts["errors"] = sum(1 for o in outcomes if not o.ok)
        dropped = sum(len(o.dropped) for o in outcomes)
        if dropped:
            counts["dropped_records"] = dropped
        manifest = Manifest(
            pipeline_version=versions[0],
            lexicon_version=versions[1],
            inputs=[
                ManifestInput(
                    path=o.path.name,
                    doc_id=o.doc_id if o.ok else None,
                    sha256=o.sha256,
                    status="ok" if o.ok else "error",
                    pages=o.pages,
                    counts={**o.counts, "dropped": len(o.dropped)} if o.dropped else o.counts,
                )
                for o in outcomes
            ],
            counts=counts,
            errors=errors,
        )
        if writer is None:
            write_dataset(out, documents, *versions, errors, excel=settings.excel)
        else:
            writer.wait()
    finally:
        if writer is not None:
            writer.close()
        if frozen == 0:  # what this run froze (warm-up, the first document) is the caller's
            gc.unfreeze()  # process again: collectable once the run's caches let it go
    write_manifest(out, manifest)
    write_errors(out, errors)
    return RunReport(outcomes, counts, out)
