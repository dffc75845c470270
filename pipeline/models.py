"""Typed records that flow between stages.

This module is the leaf of the package: it imports no stage. Every fact carries
its provenance (exact span into ``Document.text``, page, sentence, rule) so that
``document.text[fact.span.start:fact.span.end] == fact.text`` always holds.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    WithJsonSchema,
    WrapSerializer,
)

SCHEMA_VERSION = "2.4.0"


class Record(BaseModel):
    """Base for every serialized record: unknown keys are an error, not noise."""

    model_config = ConfigDict(extra="forbid")


class CharSpan(Record):
    """Half-open character range ``[start, end)`` into ``Document.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


# --------------------------------------------------------------------------- ingest


class PageText(Record):
    """One page as an extractor produced it, before normalization."""

    number: int = Field(ge=1)
    text: str
    extractor: Literal["pdfplumber", "pypdfium2", "text"]
    flags: list[str] = Field(default_factory=list)
    # One (x0, top, x1, bottom) per character of ``text`` for PDF pages; None for
    # synthetic characters such as the newlines between lines.
    boxes: list[tuple[float, float, float, float] | None] | None = None
    width: float | None = None
    height: float | None = None


# Where a table's unit came from: a unit line of its own (above it, in its corner or its
# caption's region), the unit note of its page (under a filing's running header), or a
# note stated once for many pages (at the start of a filing's notes) and carried on.
UnitSource = Literal["table", "page_note", "document_note"]


class UnitNote(Record):
    """A line that declares the unit of every amount stated without one of its own
    (``（除另有註明者外，所有金額均以新台幣千元為單位）``): where an analyst finds it."""

    unit: str
    text: str
    page: int = Field(ge=1)
    bbox: tuple[float, float, float, float]
    # The note in ``Document.text``; None when normalize removed it as page furniture.
    span: CharSpan | None = None


class PdfTable(Record):
    """A grid the PDF table finder found on a page (``pipeline.pdftables``)."""

    page: int = Field(ge=1)
    bbox: tuple[float, float, float, float]
    rows: list[list[str | None]]
    cell_bboxes: list[list[tuple[float, float, float, float] | None]] = Field(default_factory=list)
    strategy: str = "lines"
    # The "表 N ..." line just above the grid; a "圖 N ..." line when the grid is a chart.
    caption: str | None = None
    # What stands above the grid: a heading ("合併資產負債表", a slide title), the unit
    # line's unit ("新台幣仟元") and the period line ("民國一一三年三月三十一日…").
    title: str | None = None
    unit: str | None = None
    period: str | None = None
    unit_source: UnitSource | None = None
    unit_note: UnitNote | None = None
    # What the unit line excepts, with its own unit: ``每股盈餘為新台幣元`` from
    # ``(除每股盈餘為新台幣元外)`` or ``單位：新台幣仟元，惟`` / ``每股盈餘為元``.
    unit_exception: str | None = None
    page_height: float | None = None  # where on its page the grid sits (continuations)
    # A grid printed a quarter turn (a landscape schedule on a portrait page): the turn it
    # is read in (``pdftables.geometry.to_frame``) and its page's width, so that what
    # comes first and what reaches the foot are judged as a reader turning the page does.
    turn: int = 0
    page_width: float | None = None


class RawDocument(Record):
    """What ingest hands to normalize: pages of text plus where they came from."""

    path: str
    sha256: str
    format: Literal["pdf", "txt"]
    encoding: str | None = None
    pages: list[PageText]


# --------------------------------------------------------------------------- structure

BlockKind = Literal[
    "title",
    "byline",
    "heading",
    "paragraph",
    "figure_caption",
    "table_caption",
    "table",
    "source",
    "note",
    "footer",
]


class Page(Record):
    number: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    extractor: Literal["pdfplumber", "pypdfium2", "text"] = "text"
    flags: list[str] = Field(default_factory=list)


class Block(Record):
    kind: BlockKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    page: int = Field(ge=1)
    level: int | None = None
    label: str | None = None  # "一", "圖 1", "表 1" ...


class Sentence(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    block: int = Field(ge=0)


class Author(Record):
    name: str
    credential: str | None = None
    affiliation: str | None = None


class Metadata(Record):
    title: str | None = None
    authors: list[Author] = Field(default_factory=list)
    publisher: str | None = None
    published: str | None = None  # ISO YYYY, YYYY-MM or YYYY-MM-DD
    # Which rule chose ``published`` (``structure.published.auditor_signature.v1``) and
    # the date as the report states it: ``text[published_span.start:published_span.end]``.
    published_rule: str | None = None
    published_span: CharSpan | None = None
    language: str = "zh-Hant"


class Source(Record):
    path: str
    sha256: str
    format: Literal["pdf", "txt"]
    encoding: str | None = None
    pages: int = Field(ge=0)
    page_extractors: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- facts

ReviewAction = Literal["reject", "edit", "add"]


class FactReview(Record):
    """What a reviewer did to a fact; ``at`` comes from the corrections file, not the clock."""

    action: ReviewAction
    at: str | None = None
    fields: list[str] = Field(default_factory=list)  # the fields an edit changed


class Fact(Record):
    """Provenance shared by every fact.

    ``id`` is stable: the same fact in the same document keeps it across reruns and
    versions (``<prefix>-<8 hex>``, a digest of the document hash, the fact type and the
    normalized span), assigned once after every stage by ``pipeline.dataset.ids``.
    Fields that refer to other records must follow the naming convention so that
    assignment remaps them: ``<name>_id`` for one id, ``<name>_ids`` or ``fact_ids``
    for a list, at any depth (``Approval.agency_id``). ``refers_to``, ``start_date``
    and ``end_date`` predate the convention and are listed in
    ``pipeline.dataset.ids.LEGACY_REFERENCE_FIELDS``; a field named ``*_id`` that
    holds a label rather than an id (``Table.table_id`` = 表 1) is left alone unless
    its value looks like an id (letters then digits, e.g. ``qr1``), which makes it a
    group label.
    """

    id: str
    text: str
    span: CharSpan
    page: int = Field(ge=1)
    sentence: int | None = None
    rule: str
    bbox: tuple[float, float, float, float] | None = None
    # Machine output never carries ``review``: only reviewed documents do.
    review: FactReview | None = Field(default=None, exclude_if=lambda v: v is None)


QuantityKind = Literal["money", "count", "percent", "duration", "ratio", "other"]
Qualifier = Literal["eq", "approx", "gt", "gte", "lt", "lte"]


def _whole_as_int(v: float, handler: SerializerFunctionWrapHandler) -> Any:
    """66.1億元 is written 6610000000, not 6610000000.0: a whole value is an integer."""
    if math.isfinite(v) and v == int(v) and abs(v) < 2**53:
        return int(v)
    return handler(v)


# A value in base units; JSON writes a whole one as an integer (the schema says number).
Amount = Annotated[
    float,
    WrapSerializer(_whole_as_int, return_type=int | float, when_used="json"),
    WithJsonSchema({"type": "number"}),
]

YearLink = Literal[
    "same_sentence",
    "list_order",
    "heading",
    "column",
    "continuation",
    "anchor",
    "after_number",
    "restated",
]


class Quantity(Fact):
    """One figure in base units (181.2億美元 -> 18120000000 USD).

    ``lower``/``upper`` say the qualifier as data: eq -> [v, v]; gt/gte -> lower only;
    lt/lte -> upper only; approx -> neither; a vague numeral keeps its own bounds
    (一萬多 -> (10000, 20000), 三十幾萬 -> [300000, 400000)); members of one range share
    ``range_id`` and carry the range's [lower, upper].
    """

    value: Amount
    unit: str
    kind: QuantityKind
    qualifier: Qualifier = "eq"
    lower: Amount | None = None
    upper: Amount | None = None
    lower_inclusive: bool | None = None
    upper_inclusive: bool | None = None
    range_id: str | None = None
    direction: Literal["increase", "decrease"] | None = None
    per: str | None = None  # the per-unit of a rate: 120 元/股 -> 股, 每人每年 3 萬元 -> 人/年
    year: int | None = None
    year_date_id: str | None = None
    year_link: YearLink | None = None  # how ``year`` was found
    is_forecast: bool = False
    subject: str | None = None


DatePrecision = Literal["year", "half", "quarter", "month", "day"]
DateQualifier = Literal[
    "none", "start", "mid", "end", "as_of", "h1", "h2", "q1", "q2", "q3", "q4", "approx"
]


# What fixed a text's own year (dates.text_year_evidence), or the conflict that left it open.
TextYearEvidence = Literal[
    "stated",
    "latest_year",
    "latest_year_closed",
    "dateline_after_latest",
    "no_year",
    "this_year_beside",
    "history_after",
    "plans_far_ahead",
    "year_only",
    "same_day",
    "same_part",
    "series_before_this_year",
    "this_year_months",
    "whole_year_before_this_part",
    "deferred_after_written",
    "relative_after_written",
    "release_title",
    "latest_year_fallback",
    "reported_part",
    "bounds_meet",
]


class DateFact(Fact):
    iso: str | None  # None only for an unresolved relative date
    precision: DatePrecision
    calendar: Literal["gregorian", "roc"] = "gregorian"
    qualifier: DateQualifier = "none"
    relative: bool = False
    resolved: bool = True
    vague: bool = False  # 近幾年: relative with no single calendar year, never resolved
    period_id: str | None = None
    quarter: int | None = Field(default=None, ge=1, le=4)  # 112年第3季, 4Q25 (iso stays the year)
    half: int | None = Field(default=None, ge=1, le=2)  # 2023年上半年, 1H26
    # What a relative date (今年, 7月27日, 同年) was resolved against, and where that came
    # from: the document's own date, --reference-date, the year the text establishes, or
    # the date before it.
    anchor: str | None = None
    anchor_source: Literal["document_date", "reference_date", "text_year", "previous"] | None = None
    # When the anchor is the text's own year: what fixed it (a stated 今(2024)年, the latest
    # year written, one after it when that year is told as ended or reported complete).
    anchor_evidence: TextYearEvidence | None = None
    # Why a year was read as ROC: written after 民國, a ROC-only form (113.3.31,
    # 115/07/15), other ROC dates in the document, or (alone) a number of 80–150 in a
    # document dated, or writing of years, in the 2010s–2020s; or (dates43) a year of 80–150
    # with a month or part of a year in a document naming a Taiwanese government body.
    calendar_reason: (
        Literal[
            "prefix", "roc_form", "roc_dates_elsewhere", "report_date_and_range", "taiwanese_source"
        ]
        | None
    ) = None


class Period(Fact):
    start_date: str  # DateFact id
    end_date: str  # DateFact id
    start_iso: str | None
    end_iso: str | None


class Mention(Record):
    text: str
    span: CharSpan
    page: int = Field(ge=1)
    sentence: int | None = None
    rule: str


Modality = Literal[
    "autologous_cell", "allogeneic_cell", "gene_therapy", "gene_editing", "car_t", "other"
]
OrgKind = Literal["company", "agency", "association", "hospital", "research", "other"]
EntitySource = Literal["lexicon", "pattern"]


class Evidence(Record):
    """One rule that found a product or organization, with the cue it read and where."""

    rule: str  # versioned rule id (entities.cjk_org_suffix.v1)
    cue: str | None = None  # what the rule read: a suffix (醫藥), a stock code, a lexicon's name
    text: str  # the mention the rule found, exactly as written
    span: CharSpan


class Approval(Record):
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    agency_id: str | None = None  # Organization id of the approving agency, when found
    date_id: str | None = None  # DateFact id the year comes from


class Product(Fact):
    name: str
    aliases: list[str] = Field(default_factory=list)
    source: EntitySource
    company: list[str] = Field(default_factory=list)
    modality: list[Modality] = Field(default_factory=list)
    indication: list[str] = Field(default_factory=list)
    approvals: list[Approval] = Field(default_factory=list)
    company_ids: list[str] = Field(default_factory=list)  # Organization ids of ``company``
    canonical: str | None = None  # the lexicon's name for it, when the lexicon knows it
    # document-independent key of the product: product:<slug of its canonical name>
    canonical_id: str | None = None
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)  # from the strongest evidence
    evidence: list[Evidence] = Field(default_factory=list)  # each rule that found it, its cue
    mentions: list[Mention] = Field(default_factory=list)


class Organization(Fact):
    name: str
    kind: OrgKind
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    source: EntitySource
    canonical: str | None = None  # the lexicon's name for it, when the lexicon knows it
    stock_code: str | None = None  # TWSE / TPEx stock code of a listed company
    # document-independent key: twse:<stock code> of a listed company, else org:<slug of name>
    canonical_id: str | None = None
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)  # from the strongest evidence
    evidence: list[Evidence] = Field(default_factory=list)  # each rule that found it, its cue
    mentions: list[Mention] = Field(default_factory=list)


class Target(Fact):
    """What a drug acts on or a test measures (PD-L1, CD20, HER2, T 細胞): never a product."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Regulation(Fact):
    name: str
    short_names: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    date_ids: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)  # iso of the linked dates
    source: EntitySource = "pattern"
    mentions: list[Mention] = Field(default_factory=list)


class Abbreviation(Fact):
    short: str
    long_en: str | None = None
    long_zh: str | None = None
    refers_to: str | None = None  # id of the organization/regulation/product


class Cell(Record):
    text: str
    value: float | None = None  # the number as written: "1,138" -> 1138, "12.5%" -> 12.5
    unit: str | None = None  # unit as written ("億元", "%", "件")
    base_value: float | None = None  # value in base units: 3.2 (億元) -> 320000000
    # A range in one cell (a forecast): ``value`` is its lower end.
    upper: float | None = None  # a range's upper end as written: "4.6~4.7" -> 4.7
    base_upper: float | None = None  # the upper end in base units: 4.7 (億元) -> 470000000
    base_unit: str | None = None  # "TWD", "USD", "%", "件", "片/月"
    kind: QuantityKind | None = None
    null: bool = False  # a null marker such as "-" or "—"
    markers: list[str] = Field(default_factory=list)  # footnote markers such as "*"
    row_header: str | None = None
    col_header: str | None = None
    page: int | None = None
    span: CharSpan | None = None
    # Text set on several lines (a wrapped label, interleaved with other cells' lines by
    # the text layer): one span a line, in order; ``span`` runs from the first to the last
    # and the pieces, spaces aside, spell ``text``.
    parts: list[CharSpan] | None = None
    bbox: tuple[float, float, float, float] | None = None


class Table(Fact):
    table_id: str  # "表 1"
    caption: str
    columns: list[str] = Field(default_factory=list)
    rows: list[list[Cell]] = Field(default_factory=list)
    unit: str | None = None
    unit_source: UnitSource | None = None
    unit_note: UnitNote | None = None  # the note the unit was read from (page_note, document_note)
    notes: list[str] = Field(default_factory=list)
    source_text: str | None = None
    source_date: str | None = None
    pages: list[int] = Field(default_factory=list)
    check_ids: list[str] = Field(default_factory=list)
    stub_columns: int = 1  # leading label columns (row headers)
    total_rows: list[int] = Field(default_factory=list)  # indexes into rows
    total_columns: list[int] = Field(default_factory=list)  # indexes into columns
    strategy: Literal["text", "pdf_lines", "pdf_text"] = "text"
    cited_in: list[int] = Field(default_factory=list)  # sentence indexes
    # An uncaptioned table's heading ("合併資產負債表", a slide title) and period line.
    title: str | None = None
    period: str | None = None


class Figure(Fact):
    figure_id: str  # "圖 1"
    caption: str
    source_text: str | None = None
    source_date: str | None = None
    cited_in: list[int] = Field(default_factory=list)  # sentence indexes


class Check(Record):
    id: str
    kind: str
    status: Literal["pass", "fail", "info"]
    message: str
    fact_ids: list[str] = Field(default_factory=list)
    values: dict[str, Any] = Field(default_factory=dict)
    rule: str


class Facts(Record):
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    products: list[Product] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    regulations: list[Regulation] = Field(default_factory=list)
    abbreviations: list[Abbreviation] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)


# --------------------------------------------------------------------------- document


class Document(Record):
    """One processed report: the canonical text and everything found in it."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: Source
    metadata: Metadata
    text: str
    pages: list[Page]
    blocks: list[Block]
    sentences: list[Sentence]
    facts: Facts = Field(default_factory=Facts)
    checks: list[Check] = Field(default_factory=list)

    _page_starts: list[int] | None = PrivateAttr(default=None)
    _sentence_starts: list[int] | None = PrivateAttr(default=None)
    _block_starts: list[int] | None = PrivateAttr(default=None)

    def _starts(
        self, name: str, spans: Sequence[Page] | Sequence[Sentence] | Sequence[Block]
    ) -> list[int]:
        """The start offsets of ``spans``, worked out once and kept in private ``name``.

        Read from ``__pydantic_private__`` (a slot), not as ``self.<name>``: pydantic
        serves a private attribute through ``__getattr__``, about 1.3 µs a read, and the
        stages ask for the sentence, page or block at an offset tens of thousands of
        times in a long report."""
        private = self.__pydantic_private__
        assert private is not None  # set by pydantic: this model declares private attributes
        starts: list[int] | None = private.get(name)
        if starts is None:
            starts = private[name] = [r.start for r in spans]
        return starts

    def page_at(self, offset: int) -> int:
        """Page number holding character ``offset``."""
        i = bisect.bisect_right(self._starts("_page_starts", self.pages), offset) - 1
        return self.pages[max(i, 0)].number if self.pages else 1

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._starts("_sentence_starts", self.sentences), offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def block_at(self, offset: int) -> int | None:
        """Index of the block holding ``offset``, or None."""
        i = bisect.bisect_right(self._starts("_block_starts", self.blocks), offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return i
        return None


class ErrorRecord(Record):
    """One failed input, or one record left out of a document: a line of ``errors.jsonl``.

    ``fact_id`` and ``schema_path`` are set when a single fact or check failed
    validation and was dropped while the rest of its document was written.
    """

    schema_version: str = SCHEMA_VERSION
    path: str
    doc_id: str | None = None
    code: str
    error: str
    message: str
    stage: str
    fact_id: str | None = None
    schema_path: str | None = None


class ManifestInput(Record):
    path: str
    doc_id: str | None
    sha256: str | None
    status: Literal["ok", "error"]
    pages: int | None = None
    counts: dict[str, int] = Field(default_factory=dict)


class Manifest(Record):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    lexicon_version: str | None = None  # hash of the lexicon files (pipeline.lexicon)
    inputs: list[ManifestInput]
    counts: dict[str, int]
    errors: list[ErrorRecord]


# --------------------------------------------------------------------------- review


class RejectCorrection(Record):
    """The fact is wrong: reviewed output keeps it, marked, and datasets leave it out."""

    action: Literal["reject"]
    fact_id: str
    at: str | None = None
    note: str | None = None


class EditCorrection(Record):
    """One field of a fact gets a new value (checked against the fact's model when applied)."""

    action: Literal["edit"]
    fact_id: str
    field: str
    value: Any
    at: str | None = None
    note: str | None = None


class AddCorrection(Record):
    """A fact the pipeline missed: its type, its span in ``Document.text`` and its fields."""

    action: Literal["add"]
    type: str
    span: CharSpan
    fields: dict[str, Any] = Field(default_factory=dict)
    at: str | None = None
    note: str | None = None


Correction = Annotated[
    RejectCorrection | EditCorrection | AddCorrection, Field(discriminator="action")
]


class Corrections(Record):
    """``corrections/<doc_id>.json``: what a reviewer did on one document's review page."""

    schema_version: Literal[1] = 1
    doc_id: str
    source_sha256: str
    reviewer: str | None = None
    at: str | None = None  # when the file was saved; a correction without its own ``at`` takes it
    corrections: list[Correction] = Field(default_factory=list)
