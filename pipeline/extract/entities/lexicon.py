"""The entity lexicons as one value, so a run can be given a different set.

``Lexicons.load()`` reads the YAML files under ``pipeline/lexicon/``; tests (and an
analyst checking how a new report would fare) pass ``lexicons.without(names)`` to
see what the discovery patterns find when the lexicons have never heard of a name.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeVar

from pipeline.errors import LexiconError
from pipeline.lexicon import lexicon_version, load_lexicon, source_stamp, stored
from pipeline.segment import measure_words

# dict_orgs (generated from jieba's dictionary) comes last: a hand-written entry that shares
# a name keeps its own name, aliases and country.
ORG_LEXICONS = ("agencies", "institutions", "companies", "global_companies", "dict_orgs")
DEFAULT_ORG_KIND = {
    "agencies": "agency",
    "institutions": "research",
    "companies": "company",
    "global_companies": "company",
    "dict_orgs": "company",
}


@dataclass(frozen=True)
class ProductEntry:
    name: str
    aliases: tuple[str, ...] = ()
    company: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    indication: tuple[str, ...] = ()
    kind: str = "other"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str
    lexicon: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    stock_code: str | None = None  # TWSE / TPEx code of a listed company
    industry: str | None = (
        None  # a listed company's industry (tw_listed.tsv): words its legal name holds
    )
    # names of the entry that are also everyday words (甲骨文 of Oracle, 安心 of a listed
    # company, Solar): each counts only in a company's context, while the entry's other names
    # (Oracle, 安心食品服務股份有限公司) count anywhere
    context_names: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _norm(name: str) -> str:
    """Case-folded, without spaces and dots: how two spellings of a name are compared."""
    return re.sub(r"[\s.,'’\-]", "", name.casefold())


def _product(raw: Any) -> ProductEntry:
    if isinstance(raw, str):
        return ProductEntry(raw)
    return ProductEntry(
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        company=tuple(raw.get("company", ())),
        modality=tuple(raw.get("modality", ())),
        indication=tuple(raw.get("indication", ())),
        kind=raw.get("kind", "other"),
    )


def _org(raw: Any, lexicon: str) -> OrgEntry:
    kind = DEFAULT_ORG_KIND[lexicon]
    if isinstance(raw, str):
        return OrgEntry(raw, kind, lexicon)
    return OrgEntry(
        name=raw["name"],
        kind=raw.get("kind", kind),
        lexicon=lexicon,
        aliases=tuple(raw.get("aliases", ())),
        country=raw.get("country"),
        region=raw.get("region"),
        context_names=tuple(raw.get("context", ())),
    )


@dataclass(frozen=True, eq=False)
class Lexicons:
    """Names (products, organizations) and rule words (suffixes, cues) for one run.

    Compared and cached by ``key``, a digest of the contents, so two loads of the
    same files share one compiled pipeline.
    """

    products: tuple[ProductEntry, ...]
    organizations: tuple[OrgEntry, ...]
    org_suffixes: dict[str, Any]
    cues: dict[str, Any]
    modalities: dict[str, list[str]]
    indications: tuple[str, ...]
    disease_suffixes: tuple[str, ...]
    domain_terms: tuple[str, ...]
    source_prefixes: tuple[str, ...]
    drug_stems: dict[str, Any] = field(default_factory=dict)
    car_brands: tuple[dict[str, Any], ...] = ()
    car_makers: dict[str, Any] = field(default_factory=dict)
    key: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.key:
            blob = json.dumps(
                [
                    [p.__dict__ for p in self.products],
                    [o.__dict__ for o in self.organizations],
                    self.org_suffixes,
                    self.cues,
                    self.modalities,
                    self.indications,
                    self.disease_suffixes,
                    self.domain_terms,
                    self.source_prefixes,
                    self.drug_stems,
                    self.car_brands,
                    self.car_makers,
                ],
                ensure_ascii=False,
                sort_keys=True,
                default=list,
            )
            object.__setattr__(self, "key", hashlib.sha1(blob.encode()).hexdigest()[:16])

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicons) and other.key == self.key

    @classmethod
    def load(cls) -> Lexicons:
        """The lexicons from the YAML files shipped with the package."""
        return _default()

    def without(self, names: Iterable[str]) -> Lexicons:
        """A copy without the product and organization entries that carry any of ``names``.

        What a new report looks like to the pipeline: none of its names are known.
        """
        drop = {_norm(n) for n in names}

        def named(n: str) -> bool:
            k = _norm(n)
            # a name written cut short (BioMarin Pharmaceutica) is still that entry's name
            return k in drop or any(
                min(len(k), len(d)) >= 6
                and abs(len(k) - len(d)) <= 3
                and (k.startswith(d) or d.startswith(k))
                for d in drop
            )

        def keep(entry: ProductEntry | OrgEntry) -> bool:
            return not any(named(n) for n in entry.names)

        # key="" makes the copy compute its own digest (the field list is not repeated here,
        # so a field added to Lexicons is carried over instead of silently reset)
        return dataclasses.replace(
            self,
            products=tuple(p for p in self.products if keep(p)),
            organizations=tuple(o for o in self.organizations if keep(o)),
            key="",
        )

    def user_words(self) -> frozenset[str]:
        """Words for the segmenter's user dictionary: names, aliases, domain terms, cues."""
        words: set[str] = set(self.domain_terms) | set(measure_words())
        for p in self.products:
            words.update(p.names)
        for o in self.organizations:
            # listed short names stay out: as boosted words they would cut through
            # ordinary text (群鑫創業 → 群 + 鑫創 + 業); they are matched on jieba's own cut
            if o.lexicon != "tw_listed":
                words.update(o.names)
        for cues in self.modalities.values():
            words.update(cues)
        words.update(self.indications)
        return frozenset(words)


LISTED_FILE = "tw_listed.tsv"
_LISTED_COLUMNS = [
    "code", "name", "aliases", "market", "industry", "context", "registered", "english", "cue_only"
]  # fmt: skip
_CODE = re.compile(r"[0-9A-Z]{4,6}")


def load_listed() -> tuple[dict[str, Any], ...]:
    """The listed companies (``tw_listed.tsv``), each row checked; a bad row names its line.

    Not cached: the default lexicons (cached) read it once per process, and its 2k row
    dicts and lists (1.5 MB) need not outlive the entries made of them.

    ``registered`` and ``english`` are the other names a filing or the press writes
    (台灣肥料股份有限公司, Novatek); ``cue_only`` those of them that are everyday words.
    """
    text = (resources.files("pipeline.lexicon") / LISTED_FILE).read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = []
    header: list[str] | None = None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != _LISTED_COLUMNS:
                raise LexiconError(f"{LISTED_FILE} line {n}: columns {header} != {_LISTED_COLUMNS}")
            continue
        row = dict(zip(header, cells, strict=False))
        if (
            len(cells) != len(header)
            or not _CODE.fullmatch(row["code"])
            or not row["name"]
            or row["context"] not in ("0", "1")
        ):
            raise LexiconError(f"{LISTED_FILE} line {n}: bad row {line!r}")
        names = {k: [a for a in row[k].split("|") if a] for k in ("registered", "english")}
        cue_only = [a for a in row["cue_only"].split("|") if a]
        if not set(cue_only) <= {*names["registered"], *names["english"]}:
            raise LexiconError(f"{LISTED_FILE} line {n}: cue_only names no name of the row")
        rows.append(
            {
                "code": row["code"],
                "name": row["name"],
                "aliases": [a for a in row["aliases"].split("|") if a],
                "market": row["market"],
                "industry": row["industry"],
                "context": row["context"] == "1",
                **names,
                "cue_only": cue_only,
            }
        )
    return tuple(rows)


def _cue_only(
    name: str,
    row: dict[str, Any],
    short: tuple[str, ...],
    cue_short: bool,
    everyday: frozenset[str] = frozenset(),
) -> bool:
    """A name of a listed row that counts only in a company's context: its short name when
    that is an everyday word, a name the row marks, and any of its names that is itself an
    everyday word (數字科技, digital technology in mainland wording: orgs40)."""
    return (cue_short and name in short) or name in row.get("cue_only", ()) or name in everyday


def with_listed(
    orgs: list[OrgEntry],
    listed: Iterable[dict[str, Any]],
    common: Iterable[str] = (),
    holding_tails: tuple[str, ...] = (),
) -> list[OrgEntry]:
    """The organizations plus the listed companies, every listed one carrying its stock code.

    A listed company the hand-written lexicons already know (台積電) gives that entry its
    code, short name and registered and English names; one whose name a foreign entry holds
    (三星 is Samsung there) is left to that entry; every other becomes an entry of its own.
    A short name that is an everyday word, and a registered or English name marked
    ``cue_only``, count only in a company's context (``context_names``). A hand-written
    Taiwanese company without a code named as a listed holding less its tail (日月光 of
    日月光投控, ``holding_tails``) carries the holding's code: the press writes the group so.
    """
    out = list(orgs)
    listed = tuple(listed)  # read twice: the rows, then the holdings (_holdings_coded)
    everyday = frozenset(common)
    index: dict[str, int] = {}
    for i, o in enumerate(out):
        for n in o.names:
            index.setdefault(_norm(n), i)
    for row in listed:
        short = (row["name"], *row.get("aliases", ()))
        more = (*row.get("registered", ()), *row.get("english", ()))
        hit = next((index[_norm(n)] for n in short if _norm(n) in index), None)
        if hit is None:  # 台灣積體電路製造: a hand-written entry may hold the registered name only
            registered = row.get("registered", ())
            hit = next((index[_norm(n)] for n in registered if _norm(n) in index), None)
        cue_short = bool(row.get("context", False)) or any(n in everyday for n in short)
        if hit is not None:
            known = out[hit]
            if known.country in (None, "TW") and known.kind == "company" and not known.stock_code:
                # a name another entry holds (T.S.M.C. of 台苯 is TSMC, 台積電's) stays with it
                extra = tuple(
                    n
                    for n in dict.fromkeys((*short, *more))
                    if n not in known.names and index.get(_norm(n), hit) == hit
                )
                out[hit] = dataclasses.replace(
                    known,
                    aliases=(*known.aliases, *extra),
                    stock_code=row["code"],
                    country="TW",
                    industry=row.get("industry") or None,
                    context_names=(
                        *known.context_names,
                        *(n for n in extra if _cue_only(n, row, short, cue_short, everyday)),
                    ),
                )
                for n in extra:
                    index.setdefault(_norm(n), hit)
            continue
        names = tuple(n for n in dict.fromkeys((*short, *more)) if _norm(n) not in index)
        if row["name"] not in names:
            continue  # every name of the row is another entry's
        # 國巨*, 國邑*: the exchange's mark is no part of the company's name; the record is named
        # by the short name without it, the marked form staying a name to find (orgs42)
        bare = row["name"].rstrip("*")
        if bare != row["name"] and bare in names:
            names = (bare, *(n for n in names if n != bare))
        out.append(
            OrgEntry(
                name=names[0],
                kind="company",
                lexicon="tw_listed",
                aliases=names[1:],
                country="TW",
                stock_code=row["code"],
                industry=row.get("industry") or None,
                context_names=tuple(
                    n for n in names if _cue_only(n, row, short, cue_short, everyday)
                ),
            )
        )
        for n in names:
            index.setdefault(_norm(n), len(out) - 1)
    return _holdings_coded(out, index, listed, holding_tails)


def _holdings_coded(
    out: list[OrgEntry],
    index: dict[str, int],
    listed: Iterable[dict[str, Any]],
    holding_tails: tuple[str, ...],
) -> list[OrgEntry]:
    """日月光 + 投控: the entry named by a listed holding's short name less its tail, a Taiwanese
    company with no code of its own, carries the holding's code."""
    for row in listed:
        tail = next((t for t in holding_tails if row["name"].endswith(t)), None)
        if tail is None or len(row["name"]) - len(tail) < 2:
            continue
        i = index.get(_norm(row["name"][: -len(tail)]))
        if i is None:
            continue
        known = out[i]
        if known.stock_code or known.kind != "company" or known.country not in (None, "TW"):
            continue
        out[i] = dataclasses.replace(known, stock_code=row["code"], country="TW")
    return out


# 台 and 臺 are one character in two forms; Taiwanese press writes 台達, OpenCC s2twp and
# official text 臺達 (台达 → 臺達): each form of a name finds the same organization (orgs50).
_TAI_FORMS = {"台": "臺", "臺": "台"}


def with_tai_variants(orgs: list[OrgEntry]) -> list[OrgEntry]:
    """Every name holding 台 or 臺 also written in the other form, as an alias of the same
    entry, unless another entry holds that form already (a name is never taken from its
    owner); an everyday-word name's other form counts only in context as well."""
    taken = {_norm(n) for o in orgs for n in o.names}
    out: list[OrgEntry] = []
    for o in orgs:
        extra: list[str] = []
        context: list[str] = []
        for n in o.names:
            if "台" not in n and "臺" not in n:
                continue
            other = "".join(_TAI_FORMS.get(ch, ch) for ch in n)
            if _norm(other) in taken:
                continue
            taken.add(_norm(other))
            extra.append(other)
            if n in o.context_names:
                context.append(other)
        if extra:
            o = dataclasses.replace(
                o,
                aliases=(*o.aliases, *extra),
                context_names=(*o.context_names, *context),
            )
        out.append(o)
    return out


def _is_initials(name: str) -> bool:
    """CDE, IDT: a short all-capital Latin name, which organizations of many countries share."""
    return name.isascii() and name.isupper() and " " not in name and len(name) <= 6


def merged(orgs: Iterable[OrgEntry]) -> list[OrgEntry]:
    """One entry per organization: an entry sharing a name with an earlier one adds its names.

    Initials alone do not make two entries one: Taiwan's 醫藥品查驗中心 and the mainland's
    藥品審評中心 are both CDE. When entries of different countries share only initials, both
    stay, and the initials are taken from both — which of them the text means is for the
    text to say (its full name written beside them), else they are left unlinked (orgs79).
    """
    out: list[OrgEntry] = []
    index: dict[str, int] = {}
    shared: set[str] = set()  # initials two organizations hold: no lexicon name
    for o in orgs:
        o = dataclasses.replace(o, aliases=tuple(n for n in o.aliases if _norm(n) not in shared))
        hit = next((index[_norm(n)] for n in o.names if _norm(n) in index), None)
        if hit is not None and o.country != out[hit].country:
            same = [n for n in o.names if index.get(_norm(n)) == hit]
            if all(_is_initials(n) for n in same) and o.name not in same:
                shared.update(_norm(n) for n in same)
                known = out[hit]
                out[hit] = dataclasses.replace(
                    known, aliases=tuple(n for n in known.aliases if _norm(n) not in shared)
                )
                o = dataclasses.replace(
                    o, aliases=tuple(n for n in o.aliases if _norm(n) not in shared)
                )
                hit = next((index[_norm(n)] for n in o.names if _norm(n) in index), None)
        if hit is None:
            out.append(o)
            hit = len(out) - 1
        else:
            known = out[hit]
            extra = tuple(dict.fromkeys(n for n in o.names if n not in known.names))
            # a later file that marks a name an everyday word (甲骨文) is heard
            out[hit] = dataclasses.replace(
                known,
                aliases=(*known.aliases, *extra),
                context_names=tuple(dict.fromkeys((*known.context_names, *o.context_names))),
            )
        for n in out[hit].names:
            index.setdefault(_norm(n), hit)
    return out


@functools.cache
def _default() -> Lexicons:
    """Read back from the cache folder when these lexicon files and this code built it
    before: merging the organization lexicons with the 2k listed companies and digesting
    the result costs every process ≈ 0.06 s, reading it back a fraction of that."""
    import yaml

    from pipeline import __version__

    key = "|".join(
        (
            __version__,
            yaml.__version__,
            lexicon_version(),  # every lexicon and schema file (an analyst's folder too)
            source_stamp(__file__, str(resources.files("pipeline.lexicon") / LISTED_FILE)),
        )
    )
    return stored("entity-lexicons", key, _build_default, pickled=True)


def _build_default() -> Lexicons:
    orgs: list[OrgEntry] = []
    for name in ORG_LEXICONS:
        orgs.extend(_org(raw, name) for raw in load_lexicon(name))
    orgs = merged(orgs)
    cues = load_lexicon("entity_cues")
    domain_terms = load_lexicon("domain_terms")["terms"]
    suffixes = load_lexicon("org_suffixes")
    orgs = with_listed(
        orgs,
        load_listed(),
        [*cues["common_word_names"], *domain_terms],
        holding_tails=tuple(suffixes["holding_tails"]),
    )
    orgs = with_tai_variants(orgs)
    indications = load_lexicon("indications")
    return Lexicons(
        products=tuple(_product(raw) for raw in load_lexicon("products")),
        organizations=tuple(orgs),
        org_suffixes=suffixes,
        cues=cues,
        modalities=load_lexicon("modalities")["modalities"],
        indications=tuple(indications["indications"]),
        disease_suffixes=tuple(indications["disease_suffixes"]),
        domain_terms=tuple(domain_terms),
        source_prefixes=tuple(load_lexicon("structure")["source_prefixes"]),
        drug_stems=load_lexicon("drug_stems"),
        car_brands=tuple(load_lexicon("car_brands")["brands"]),
        car_makers={
            k: v
            for k, v in load_lexicon("car_brands").items()
            if k in ("makers", "model_not_words")
        },
    )


_T = TypeVar("_T")


def per_lexicon(build: Callable[[Lexicons], _T]) -> Callable[[Lexicons], _T]:
    """``build(lex)`` made once per ``Lexicons`` object, not once per document.

    By identity, not by equality: what is built holds that object's own entries (an index
    by ``id`` of an entry, a table of entries), which an equal load's entries are not.
    Callers must not change what they get."""
    memo: dict[int, tuple[Lexicons, _T]] = {}

    @functools.wraps(build)
    def get(lex: Lexicons) -> _T:
        got = memo.get(id(lex))
        if got is not None and got[0] is lex:
            return got[1]
        if len(memo) >= 4:
            memo.clear()
        value = build(lex)
        memo[id(lex)] = (lex, value)
        return value

    return get
