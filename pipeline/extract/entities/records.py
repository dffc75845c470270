"""From resolved mentions to records: entities, product facts, regulations, abbreviations.

Mentions that are forms of one thing become one record: the same lexicon entry, the
same written name, an abbreviation with its long forms, a 中文（Latin） pair, a short
form with its full name. A product's developer, modality, indication and approvals
are read from its own phrase first (the clause before it, then the head of the list
it is in), falling back to the lexicon; a regulation takes the date of the phrase
that announced or sent it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.chars import fold_width
from pipeline.extract.entities.abbrev import (
    AbbrevMatch,
    NamePair,
    Part,
    RegulationMatch,
    clause_bounds,
)
from pipeline.extract.entities.lexicon import Lexicons, OrgEntry, ProductEntry, per_lexicon
from pipeline.extract.entities.rules import URL_RE, Rules, is_acronym, rules_for
from pipeline.extract.entities.tokens import CLAUSE_BREAK
from pipeline.extract.entities.types import ORG, PRODUCT, Cand, Ctx, rule_id
from pipeline.models import (
    Abbreviation,
    Approval,
    CharSpan,
    DateFact,
    Document,
    Evidence,
    Mention,
    Organization,
    Product,
    Regulation,
)

# characters an owner frame may hold between a company and its product (三星今日正式推出新款)
_OWNER_GAP = 10
_NON_DEVELOPER_KINDS = ("agency", "association")


class _Groups:
    """Union-find over entity keys: an abbreviation joins its long forms into one entity."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, k: Any) -> Any:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep a lexicon key as the root so the entity stays linked to its entry
            if isinstance(rb, tuple) and rb[0] == "lex":
                ra, rb = rb, ra
            self.parent[rb] = ra


def _norm(name: str) -> str:
    # a hyphen look-alike (U+2010 to U+2013) is left out as ``-`` is: GPT-5.1 however set
    return re.sub(r"[\s.,'’\-\u2010-\u2013]", "", name.casefold())


@functools.lru_cache(maxsize=4)
def _lexicon_names(lex: Lexicons) -> dict[str, dict[str, ProductEntry | OrgEntry]]:
    out: dict[str, dict[str, ProductEntry | OrgEntry]] = {PRODUCT: {}, ORG: {}}
    for p in lex.products:
        for n in p.names:
            out[PRODUCT].setdefault(_norm(n), p)
    for o in lex.organizations:
        for n in o.names:
            out[ORG].setdefault(_norm(n), o)
    return out


def _lexicon_entry_for(lex: Lexicons, label: str, text: str) -> ProductEntry | OrgEntry | None:
    """The lexicon entry a found name is a form of: same name, or cut short (Therapeutic), or
    a Latin name with its legal form written out (Kioxia Corporation is the entry Kioxia)."""
    entry = _entry_for_norm(lex, label, _norm(text))
    if entry is not None or label != ORG or not text.isascii():
        return entry
    forms = _latin_legal_forms(lex)
    legal = frozenset(w.casefold() for w in lex.cues["latin_company_tails"])
    words = text.replace(",", " ").split()
    names = _lexicon_names(lex)[label]
    trade = False
    while len(words) > 1 and words[-1].casefold() in forms:
        word = words.pop().casefold()
        trade = trade or word not in legal
        # the very name (Novatek USA is no cut-short Novatek: a subsidiary)
        entry = names.get(_norm(" ".join(words)))
        # a listed company's name + a trade word names a company of its group (FocalTech
        # Electronics, Ltd. of FocalTech 3545, Phison Technology Inc.): only a legal form adds
        if entry is not None and not (trade and isinstance(entry, OrgEntry) and entry.stock_code):
            return entry
    return None


@functools.lru_cache(maxsize=4)
def _latin_legal_forms(lex: Lexicons) -> frozenset[str]:
    """Inc., Corporation, Ltd. …: what a Latin company name may add to its short form. Not
    Holdings: XConn Technologies Holdings is the parent of XConn Technologies, not it."""
    forms = {w.casefold() for w in lex.org_suffixes["latin"]["company"]}
    return frozenset(forms - {"holdings"})


@functools.lru_cache(maxsize=4)
def _latin_company_tails(lex: Lexicons) -> frozenset[str]:
    """Only legal forms (Inc., Corp., Co., Ltd.): what a listed company's English short name
    may add and still be that company (entity_cues.yaml: latin_company_tails)."""
    return frozenset(w.casefold() for w in lex.cues["latin_company_tails"])


@functools.lru_cache(maxsize=8192)
def _entry_for_norm(lex: Lexicons, label: str, n: str) -> ProductEntry | OrgEntry | None:
    names = _lexicon_names(lex)[label]
    if n in names:
        return names[n]
    if len(n) < 6:
        return None
    # a name cut short shares its first six characters with the full one; a product's name
    # with more after it is a model of it, not the name cut short (iPhone + SE, iPhone + 16)
    for k, entry in _long_names_by_head(lex)[label].get(n[:6], ()):
        model = label == PRODUCT and len(n) > len(k)
        if abs(len(k) - len(n)) <= 3 and (k.startswith(n) or n.startswith(k)) and not model:
            return entry
    return None


@functools.lru_cache(maxsize=4)
def _long_names_by_head(
    lex: Lexicons,
) -> dict[str, dict[str, list[tuple[str, ProductEntry | OrgEntry]]]]:
    out: dict[str, dict[str, list[tuple[str, ProductEntry | OrgEntry]]]] = {}
    for label, names in _lexicon_names(lex).items():
        heads: dict[str, list[tuple[str, ProductEntry | OrgEntry]]] = defaultdict(list)
        for k, entry in names.items():
            if len(k) >= 6:
                heads[k[:6]].append((k, entry))
        out[label] = dict(heads)
    return out


def build_lexicon_tables(lex: Lexicons) -> None:
    """Build this module's per-lexicon tables now (each is cached for the process).

    Warm-up's tiny report reaches none of them, so every worker built them on its first
    document that named a listed company (≈ 0.03 s of CPU under load, and the tables' pages
    its own); built before the fork they are shared by every worker and replacement."""
    _lexicon_names(lex)
    _long_names_by_head(lex)
    _latin_legal_forms(lex)
    _latin_company_tails(lex)


def provenance(doc: Document, start: int, end: int, rule: str) -> dict[str, Any]:
    """What every mention and entity fact carries: exact text and span, page, sentence, rule."""
    return {
        "text": doc.text[start:end],
        "span": CharSpan(start=start, end=end),
        "page": doc.page_at(start),
        "sentence": doc.sentence_at(start),
        "rule": rule,
    }


def mention_of(doc: Document, start: int, end: int, rule: str) -> Mention:
    """A mention with its provenance: exact span, page, sentence, rule."""
    return Mention(**provenance(doc, start, end, rule))


def _mention(doc: Document, c: Cand | Part, rule: str) -> Mention:
    return mention_of(doc, c.start, c.end, rule)


_DEFINED_SHORT_RULE = rule_id("defined_short_form")


@dataclass
class Entity:
    label: str
    mentions: list[Cand]
    entry: ProductEntry | OrgEntry | None
    id: str = ""

    @property
    def first(self) -> Cand:
        return self.mentions[0]


def group_mentions(
    doc: Document,
    lex: Lexicons,
    mentions: list[Cand],
    abbreviations: list[AbbrevMatch],
    pairs: list[NamePair],
) -> list[Entity]:
    groups = _Groups()
    key_of: dict[int, Any] = {}
    entry_of_key: dict[Any, ProductEntry | OrgEntry] = {}
    for i, m in enumerate(mentions):
        text = m.written or doc.text[m.start : m.end]
        # Phison / Technology Inc. wrapped in a cell: the lexicon's Phison is the first word
        # of another company's name, which is looked up whole
        entry = m.entry if m.written is None else None
        if m.rule == _DEFINED_SHORT_RULE and m.link is not None:
            pass  # 以下簡稱 FOCALTECH: the defined name is its registered name's, not a lexicon's
        elif entry is None:
            entry = _lexicon_entry_for(lex, m.label, text)
        if entry is None and m.label == ORG and text.isascii() and m.rule != _DEFINED_SHORT_RULE:
            # Novatek Microelectronics Corp.: the listed company whose English name opens it
            entry = _listed_by_code(lex).get(_latin_listed_code(rules_for(lex), text) or "")
        key: tuple[str, str, Any]
        if entry is not None:
            key = ("lex", m.label, id(entry))
            entry_of_key[key] = entry
        else:
            key = ("txt", m.label, _norm(text))
        key_of[i] = key
        groups.find(key)

    starts = [m.start for m in mentions]  # mentions are sorted and do not overlap

    def mention_at(part: Part | None) -> int | None:
        """The organization written as ``part``: one around it or inside it — the one that
        ends where the part ends first (甲 + 獲 + 索尼（Sony）: 索尼 is Sony's name, the 甲
        the part's run took in before a verb is another company: orgs50)."""
        if part is None:
            return None
        first = None
        i = max(bisect.bisect_right(starts, part.start) - 1, 0)
        while i < len(mentions) and mentions[i].start < part.end:
            m = mentions[i]
            inside = part.start <= m.start and m.end <= part.end
            around = m.start <= part.start and part.end <= m.end
            if m.label == ORG and (around or (inside and m.end == part.end)):
                return i
            if m.label == ORG and inside and first is None:
                first = i
            i += 1
        return first

    for parts in [(a.long_zh, a.long_en, a.short) for a in abbreviations] + [
        (p.zh, p.en) for p in pairs
    ]:
        found = [i for i in (mention_at(p) for p in parts) if i is not None]
        for i in found[1:]:
            groups.union(key_of[found[0]], key_of[i])
    # a short form joins its full name (能源署 → 經濟部能源署)
    by_text = {
        _norm(m.written or doc.text[m.start : m.end]): key_of[i] for i, m in enumerate(mentions)
    }
    for i, m in enumerate(mentions):
        if m.link is not None and _norm(m.link) in by_text:
            groups.union(by_text[_norm(m.link)], key_of[i])
    # 培美曲塞 (or 注射用 + 培美曲塞) and 培美曲塞二鈉, 奧希替尼 and 甲磺酸奧希替尼: one drug,
    # with and without its salt
    stems = lex.drug_stems
    salted_forms = [("", _norm(t)) for t in stems.get("salts_after", ())]
    salted_forms += [(_norm(a), "") for a in stems.get("salts_before", ())]
    for i, m in enumerate(mentions):
        if m.label != PRODUCT:
            continue
        base = _norm(m.link if m.link is not None else doc.text[m.start : m.end])
        for head, tail in salted_forms:
            if head + base + tail in by_text:
                groups.union(by_text[head + base + tail], key_of[i])
                break
    for short, full in _short_full_pairs(lex, mentions, doc.text):
        groups.union(key_of[short], key_of[full])
    for short, full in _place_short_pairs(lex, mentions, doc.text):
        groups.union(key_of[short], key_of[full])
    by_root: dict[Any, list[int]] = defaultdict(list)
    for i in key_of:
        by_root[groups.find(key_of[i])].append(i)
    entities: list[Entity] = []
    for root, idx in by_root.items():
        ms = sorted((mentions[i] for i in idx), key=lambda m: m.start)
        entry = entry_of_key.get(root)
        if entry is None:
            entry = next((entry_of_key[key_of[i]] for i in idx if key_of[i] in entry_of_key), None)
        entities.append(Entity(ms[0].label, ms, entry))
    entities.sort(key=lambda e: e.first.start)
    return entities


@functools.lru_cache(maxsize=4)
def _trade_words(lex: Lexicons) -> frozenset[str]:
    """What a company's full name adds to its short one: trade, legal form (七星 + 化學製藥)."""
    suf = lex.org_suffixes
    words = [*suf["legal_name_words"], *(s["suffix"] for s in suf["cjk"] if s["kind"] == "company")]
    for trade in suf["industry_words"].values():
        words.extend(trade)
    return frozenset(words)


def _short_full_pairs(lex: Lexicons, mentions: Sequence[Cand], text: str) -> list[tuple[int, int]]:
    """Company mentions written short and in full in one document (七星 … 七星化學製藥): one record.

    The full name opens with the short one and adds only words of a trade or legal form
    (化學, 製藥, 科技, 股份有限公司); the short one's last characters may begin the first such word
    (聯發科 + 技). 三星 and 三星生物 stay two: 生物 alone is a trade word, so the short name must
    not already be an entry of its own that the full name is not.
    """
    companies: dict[str, int] = {}
    for i, m in enumerate(mentions):
        name = fold_width(m.written or text[m.start : m.end])
        if m.label == ORG and m.kind == "company":
            companies.setdefault(name, i)
    out: list[tuple[int, int]] = []
    # The names that open with ``short`` sit together in sorted order, from where ``short``
    # would go: a bisection, not a scan of every name; taken in the order of the mentions.
    names = sorted(companies)
    for short, i in companies.items():
        if len(short) < 2:
            continue
        k = bisect.bisect_left(names, short)
        opening = []
        while k < len(names) and names[k].startswith(short):
            opening.append(names[k])
            k += 1
        for full in sorted(opening, key=companies.__getitem__):
            j = companies[full]
            if len(full) <= len(short):
                continue
            a, b = mentions[i].entry, mentions[j].entry
            if a is not None and b is not None and a is not b:
                continue  # both known, and known as two (三星 Samsung, 三星生物 Samsung Biologics)
            # a listed company's English short name takes a legal form only (FocalTech
            # Electronics, Ltd. is a company of FocalTech's group, not 3545 itself)
            listed = isinstance(a, OrgEntry) and bool(a.stock_code)
            if _adds_only_trade(lex, short, full[len(short) :], listed=listed):
                out.append((i, j))
    return out


def _adds_only_trade(lex: Lexicons, short: str, rest: str, listed: bool = False) -> bool:
    """The full name is ``short + rest`` and ``rest`` is only trade or legal words (only legal
    forms after a listed company's Latin short name)."""
    if short.isascii():
        # Kioxia … Kioxia Corporation: whole Latin words of a legal form or trade
        forms = _latin_company_tails(lex) if listed else _latin_legal_forms(lex)
        return rest[:1] == " " and all(w.casefold() in forms for w in rest.split())
    words = _trade_words(lex)
    return any(_covered(short[len(short) - back :] + rest, words) for back in range(len(short) - 1))


def outside_urls(mentions: list[Cand], text: str) -> list[Cand]:
    """A name inside a web address is no mention (網址：https://www.deloitte.com.tw): the
    address belongs to the company it names, but it is written as no name of it."""
    urls = [m.span() for m in URL_RE.finditer(text)]
    if not urls:
        return mentions
    starts = [a for a, _ in urls]

    def inside(c: Cand) -> bool:
        k = bisect.bisect_right(starts, c.start) - 1
        return k >= 0 and c.end <= urls[k][1]

    return [c for c in mentions if not inside(c)]


_SPACE = re.compile(r"\s+")
_LINE_END = re.compile(r"[ \t]*\n")


def without_cut_pieces(
    lex: Lexicons, legal_forms: frozenset[str], mentions: list[Cand], text: str
) -> list[Cand]:
    """Drop the pieces of longer names that a table cell's wrap cut off.

    A subsidiaries table wraps a registered name inside its cell, so a line holds only its
    start: ``聯詠電子`` + ``科技`` (the next cell's words glued on) of 聯詠電子科技（蘇州）有限公司,
    ``XConn Technologies`` / ``Holdings, Ltd.``. A company name that another company name of the
    document continues, where the text after it goes on as that longer name does (spaces and
    line breaks aside), or where the next line opens with the rest of that name, or a Latin
    name with no legal form that ends its line where a longer
    Latin name goes on by a word (``United Semiconductor`` of United Semiconductor Japan Co.,
    Ltd.), is that piece, not a company of its own. A lexicon name is never a piece.
    """
    names = sorted(
        {
            fold_width(text[m.start : m.end])
            for m in mentions
            if m.label == ORG and m.kind == "company"
        }
    )
    out: list[Cand] = []
    for m in mentions:
        name = fold_width(text[m.start : m.end])
        if m.label != ORG or m.kind != "company" or m.entry is not None or len(name) < 4:
            out.append(m)
            continue
        k = bisect.bisect_right(names, name)
        longer = []
        while k < len(names) and names[k].startswith(name):
            rest = names[k][len(name) :]
            plain = rest if name.isascii() else _SPACE.sub("", rest)  # 股份有限 / 公司
            if not _adds_only_trade(lex, name, plain):  # 七星化學製藥 / 股份有限公司: one name
                longer.append(rest)
            k += 1
        after = fold_width(text[m.end : m.end + 40])
        glued = _SPACE.sub("", after)
        # the longer name's next word (Latin) or next two characters (Chinese) follow
        cut = any(
            rest.strip()
            and glued.startswith(
                _SPACE.sub("", rest)[: len(rest.split()[0]) if name.isascii() else 2]
            )
            for rest in longer
        )
        if not cut:
            # the next line opens with the rest (Qarvex Semiconductor 晶圓代工 … / Japan Co., Ltd.)
            eol = text.find("\n", m.end)
            nxt = fold_width(text[eol + 1 : eol + 41]).lstrip() if eol >= 0 else ""
            cut = any(len(rest.strip()) >= 2 and nxt.startswith(rest.strip()) for rest in longer)
        if not cut and name.isascii() and _LINE_END.match(after):
            last = name.split()[-1].casefold()
            cut = (
                last not in legal_forms
                and len(name.split()) >= 2
                and any(rest[:1] == " " for rest in longer)
            )
        if not cut:
            out.append(m)
    return out


@functools.lru_cache(maxsize=4)
def _place_short_re(lex: Lexicons) -> re.Pattern[str]:
    marks = sorted(lex.org_suffixes["subsidiary_marks"], key=len, reverse=True)
    return re.compile(rf"(.{{2,}}?)({'|'.join(map(re.escape, marks))})公司")


def _place_short_pairs(lex: Lexicons, mentions: Sequence[Cand], text: str) -> list[tuple[int, int]]:
    """A subsidiary's filing short name, its parent's head + its place + 公司 (健喬香港公司), and
    its registered name with the place in parentheses (健喬信元醫藥（香港）有限公司): one record.

    The registered name must open with the same head and hold that place in parentheses, and be
    the only company of the document that does: of two (…（香港） and …（香港）投資) none is.
    """
    place_short = _place_short_re(lex)
    companies: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == ORG and m.kind == "company":
            companies.setdefault(fold_width(m.written or text[m.start : m.end]), i)
    out: list[tuple[int, int]] = []
    for name, i in companies.items():
        hit = place_short.fullmatch(name)
        if hit is None:
            continue
        head, place = hit.groups()
        fulls = sorted(
            (f for f in companies if f != name and f.startswith(head)),
            key=len,
        )
        fulls = [f for f in fulls if f"({place})" in f or f"（{place}）" in f]
        # 健喬信元醫藥（香港） and 健喬信元醫藥（香港）有限公司 are one name written short and full
        if fulls and all(f.startswith(fulls[0]) for f in fulls):
            out.append((i, companies[fulls[0]]))
    return out


# Confidence by the strongest evidence behind a record: a lexicon entry, a strong cue
# (a suffix, a definition, a drug stem), a weak one (a list beside a known name), a repeat.
CONFIDENCE_BY_STRENGTH = {3: 0.95, 2: 0.85, 1: 0.65, 0: 0.5}
# Each further mention found by a rule of its own adds this much, up to ``CONFIDENCE_MAX``.
CONFIDENCE_PER_RULE = 0.05
CONFIDENCE_MAX = 0.99


def confidence_of(ent: Entity) -> float:
    """How sure the stage is that the record names a real product or organization."""
    if ent.entry is not None:
        return CONFIDENCE_BY_STRENGTH[3]
    best = max(min(max(m.strength, 0), 3) for m in ent.mentions)
    rules = {m.rule for m in ent.mentions if m.strength > 0}
    score = CONFIDENCE_BY_STRENGTH[best] + CONFIDENCE_PER_RULE * max(len(rules) - 1, 0)
    return round(min(score, CONFIDENCE_MAX), 2)


# Legal endings left out of a canonical id: 台積電公司 and 台積電 are one company.
_SLUG_ENDINGS = re.compile(
    r"(?:股份有限公司|有限公司|公司|[\s,]+(?:inc|corp|corporation|co|ltd|limited|llc|plc)\.?)$"
)
_SLUG_JUNK = re.compile(r"[^\w]+")


def canonical_id(label: str, name: str, stock_code: str | None = None) -> str:
    """A key of the product or organization that does not depend on the document.

    A listed company is its stock code (``twse:2330``, whatever name the text uses);
    anything else is a slug of its canonical name, width-folded and case-folded, with
    a legal ending left out (``org:台積電``, ``org:vertex-pharmaceuticals``,
    ``product:osimertinib``).
    """
    if stock_code:
        return f"twse:{stock_code}"
    slug = fold_width(name).casefold().strip()
    slug = _SLUG_ENDINGS.sub("", slug) or slug
    slug = _SLUG_JUNK.sub("-", slug).strip("-_") or "-"
    return f"{'org' if label == ORG else 'product'}:{slug}"


def _cue(m: Cand) -> str | None:
    if m.cue is not None:
        return m.cue
    if isinstance(m.entry, OrgEntry):
        return f"lexicon:{m.entry.lexicon}"
    if isinstance(m.entry, ProductEntry):
        return "lexicon:products"
    return None


def evidence_of(doc: Document, ent: Entity) -> list[Evidence]:
    """Each rule that found the record (repeats of a found name left out), with its cue."""
    out: list[Evidence] = []
    seen: set[tuple[str, str | None]] = set()
    for m in ent.mentions:
        cue = _cue(m)
        if m.strength <= 0 or (m.rule, cue) in seen:
            continue
        seen.add((m.rule, cue))
        span = CharSpan(start=m.start, end=m.end)
        out.append(Evidence(rule=m.rule, cue=cue, text=doc.text[m.start : m.end], span=span))
    if not out:  # every mention a repeat: the first one stands for the record
        m = ent.first
        span = CharSpan(start=m.start, end=m.end)
        out.append(Evidence(rule=m.rule, cue=_cue(m), text=doc.text[m.start : m.end], span=span))
    return out


# A line break a PDF put inside a Chinese name (因華生技製藥股份有限 / 公司) is no part of it.
_CJK_LINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])")
# a Latin name wrapped in a table cell (ProGrade Digital / Inc.) is written with a space
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _names(
    doc: Document, rules: Rules, ent: Entity, places: Iterable[str] = ()
) -> tuple[str, list[str]]:
    """Name as written (the lexicon's own name if the text uses it) and the other forms;
    a line break inside a Chinese name is left out of the form. A lexicon body written after
    one of ``places`` (香港 + 聯交所) is written bare too."""
    written: list[str] = []
    seen: set[str] = set()
    for m in ent.mentions:
        t = m.written or _LINE_BREAK.sub(" ", _CJK_LINE_BREAK.sub("", doc.text[m.start : m.end]))
        if t.casefold() not in seen:
            seen.add(t.casefold())
            written.append(t)
    if isinstance(ent.entry, OrgEntry):
        # 香港 + 聯交所: a body written after its place is also written as its lexicon name
        bare_names = {n.casefold() for n in ent.entry.names}
        for w in list(written):
            for place in places:
                bare = w.removeprefix(place)
                if bare != w and bare.casefold() in bare_names and bare.casefold() not in seen:
                    seen.add(bare.casefold())
                    written.append(bare)
    name = written[0]
    if ent.entry is not None:
        for w in written:
            if w.casefold() == ent.entry.name.casefold():
                name = w
    # GPT-5.1 set with a non-breaking hyphen: named with ``-`` (the form as set stays an alias)
    hyphened = rules.latin_hyphens(name)
    if hyphened != name and hyphened.casefold() not in seen:
        seen.add(hyphened.casefold())
        written.append(hyphened)
    name = hyphened
    # Omniverse™: the name written with its mark is a form of it too
    for m in ent.mentions:
        mark = doc.text[m.end : m.end + 1]
        t = doc.text[m.start : m.end] + mark
        if mark in ("®", "™") and t.casefold() not in seen:
            seen.add(t.casefold())
            written.append(t)
    return name, [w for w in written if w != name]


def _country(rules: Rules, ent: Entity, names: Iterable[str]) -> str | None:
    if isinstance(ent.entry, OrgEntry) and ent.entry.country:
        return ent.entry.country
    for n in names:
        for word, info in rules.regions.items():
            if n.startswith(word) and len(n) > len(word):
                return info["region"]
        for word, code in rules.country_codes.items():  # 香港 + 運輸及物流局, 挪威 + 統計局
            if n.startswith(word) and len(n) > len(word):
                return code
    return None


# A full company name written in a filing: 聯詠科技股份有限公司 is listed as 聯詠; the
# group a listed company heads is named after it (健喬集團 → 健喬).
_LEGAL_ENDINGS = ("股份有限公司", "有限公司", "公司", "集團")


@functools.lru_cache(maxsize=4)
def _listed_short_names(lex: Lexicons) -> dict[str, tuple[str, str | None]]:
    return {
        n: (o.stock_code, o.industry)
        for o in lex.organizations
        if o.stock_code  # 安心 + 公司: the legal ending is the company context
        for n in o.names
        if len(n) >= 2 and not n.isascii()
    }


@functools.lru_cache(maxsize=64)
def _legal_words(lex: Lexicons, industry: str | None) -> frozenset[str]:
    suf = lex.org_suffixes
    return frozenset([*suf["legal_name_words"], *suf["industry_words"].get(industry or "", ())])


def _covered(text: str, words: frozenset[str]) -> bool:
    """``text`` is a run of ``words`` (empty is covered): 精密工業 = 精密 + 工業."""
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        ok[end] = any(ok[start] and text[start:end] in words for start in range(end))
    return ok[-1]


def _own_legal_middle(lex: Lexicons, short: str, middle: str, industry: str | None) -> bool:
    """The words between a listed short name and the legal ending fit the company's own name.

    廣豐 (其他業) + 國際媒體 + 股份有限公司 is another company; 聯發科 + 技 reads 聯發 + 科技, so
    the short name's last characters may begin the first word.
    """
    words = _legal_words(lex, industry)
    if any(_covered(short[len(short) - back :] + middle, words) for back in range(len(short) - 1)):
        return True
    # 健喬 + 信元 + 醫藥生技: a merged company keeps a second name of two characters, then
    # words of its own industry (at least one; 國際 and 實業 alone say nothing of the trade)
    trade = lex.org_suffixes["industry_words"].get(industry or "", ())
    rest = middle[2:]
    return any(w in rest for w in trade) and _covered(rest, words)


@functools.lru_cache(maxsize=4)
def _listed_latin_names(lex: Lexicons) -> dict[str, str]:
    """A listed company's English names (Novatek, Hon Hai, Solar) → its code."""
    return {
        n.casefold(): o.stock_code
        for o in lex.organizations
        if o.stock_code
        for n in o.names
        if n.isascii()
    }


@functools.lru_cache(maxsize=4)
def _listed_by_code(lex: Lexicons) -> dict[str, OrgEntry]:
    return {o.stock_code: o for o in lex.organizations if o.stock_code}


def _latin_listed_code(rules: Rules, name: str) -> str | None:
    """MediaTek Inc., Novatek Corp.: a listed company's English name with a legal ending.

    Only the name itself with its ending: the exchanges' tables give English short names,
    and in filings a word more names another company of the group (FocalTech Electronics,
    Ltd., Phison Technology Inc., Novatek Japan Kabushiki-Kaisha are subsidiaries).
    """
    bare = name
    while (m := rules.latin_legal_end_re.search(bare)) is not None and m.start() > 0:
        bare = bare[: m.start()]
    if bare == name:
        return None  # no legal ending: the lexicon's own hit, if the name is one
    return _listed_latin_names(rules.lex).get(bare.casefold())


STOCK_CODE_RULE = rule_id("stock_code")
# F-英利(2239): a name with the exchanges' F- mark, read with the code written after it.
_LISTING_MARK_RULE = rule_id("listing_mark")
_CODE_IN_CUE = re.compile(r"[0-9]{4,6}[A-Z]?(?![.0-9])")
# A code in Taiwan's form (2330, 6488.TWO): a sentence with one lists no mainland companies only.
_TAIWAN_CODE = re.compile(r"[（(]\s*(?:股票代[號碼]\s*[:：]?\s*)?[0-9]{4}(?:\.TWO?)?[A-Z]?\s*[）)]")


def foreign_listing(fold: str, rules: Rules, ent: Entity) -> str | None:
    """``sse:600276`` of 恆瑞醫藥(600276.SH): a mainland or Hong Kong code the text writes
    right after a mention (in the stock-code rule's cue or after a lexicon name); ``fold``
    is the document's width-folded text (``Ctx.fold``)."""
    for m in ent.mentions:
        cue = m.cue if m.rule == STOCK_CODE_RULE and m.cue else ""
        code = rules.foreign_code_bare_re.search(cue) or rules.foreign_code_re.match(
            fold, _past_spaces(fold, m.end)
        )
        if code is not None:
            return f"{rules.foreign_exchanges[code.group(2)]}:{code.group(1)}"
    return None


def _past_spaces(fold: str, i: int) -> int:
    while i < len(fold) and fold[i] in " \t":
        i += 1
    return i


def in_foreign_list(doc: Document, fold: str, rules: Rules, ent: Entity) -> bool:
    """安集科技 among 中微公司(688012.SH)、滬硅產業(688126.SH): every mention stands in a sentence
    listing mainland or Hong Kong codes and none in Taiwan's form — a mainland company, whatever
    Taiwanese company a lexicon gives the same short name."""
    for m in ent.mentions:
        s, e = _sentence_bounds(doc, fold, m.start)
        codes = len(rules.foreign_code_re.findall(fold, s, e))
        if codes < rules.foreign_min_codes or _TAIWAN_CODE.search(fold, s, e):
            return False
    return bool(ent.mentions)


def stock_code_of(rules: Rules, ent: Entity, names: Iterable[str]) -> str | None:
    """The lexicon's code, else that of the listed short name a full legal name starts with.

    Only the company itself inherits the code: 聯詠 + 科技 + 股份有限公司 is 3034, but
    健喬 + 香港 + 公司 is a subsidiary, a company of its own, and gets none.
    """
    if isinstance(ent.entry, OrgEntry) and ent.entry.stock_code:
        return ent.entry.stock_code
    for m in ent.mentions:  # 宏岳晶(6789): the code written after the name, read by its rule
        if m.rule in (STOCK_CODE_RULE, _LISTING_MARK_RULE) and m.cue:
            written = _CODE_IN_CUE.search(m.cue)
            if written is not None:
                return written.group()
    for name in names:
        if name.isascii():
            latin = _latin_listed_code(rules, name)
            if latin is not None:
                return latin
    listed = _listed_short_names(rules.lex)
    for name in names:
        ending = next((e for e in _LEGAL_ENDINGS if name.endswith(e)), None)
        if ending is None:
            continue
        for size in range(min(len(name) - 2, 6), 1, -1):  # the longest short name first
            hit = listed.get(name[:size])
            if hit is not None:
                code, industry = hit
                middle = name[size : len(name) - len(ending)]
                # 聯詠科技（蘇州）有限公司: a place in parentheses registers a subsidiary
                subsidiary = rules.subsidiary_mark_re.search(middle) or "（" in middle
                own = _own_legal_middle(rules.lex, name[:size], middle, industry)
                return code if own and not subsidiary else None
    return None


def only_borrowed_latin_name(doc: Document, ent: Entity) -> bool:
    """IDT (Integrated Device Technology, bought by 瑞薩) is not 互動, whose English short name
    the exchange gives as IDT: a listed company's English name that is an acronym or an
    everyday word (``cue_only`` in tw_listed.tsv) is shared with companies abroad, so when a
    document writes the company by no other name — every mention Latin, no Chinese name of
    it anywhere — nothing says it is the Taiwanese one, and the name is left unlinked (orgs79).
    """
    entry = ent.entry
    if not (isinstance(entry, OrgEntry) and entry.lexicon == "tw_listed" and entry.stock_code):
        return False
    own = {_norm(n) for n in entry.names}
    shared = {_norm(n) for n in entry.context_names if n.isascii()}
    texts = [_norm(m.written or doc.text[m.start : m.end]) for m in ent.mentions]
    named = [t for t in texts if t in own]
    return (
        bool(named)
        and all(t in shared for t in named)
        and all(t.isascii() for t in texts)
    )


def organization_record(doc: Document, rules: Rules, fold: str, ent: Entity) -> Organization:
    """The record of one organization; ``fold`` is the document's width-folded text."""
    if only_borrowed_latin_name(doc, ent):
        ent = Entity(label=ent.label, mentions=ent.mentions, entry=None, id=ent.id)
    name, aliases = _names(doc, rules, ent, rules.country_codes)
    kinds = [m.kind for m in ent.mentions if m.kind]
    if isinstance(ent.entry, OrgEntry):
        kind = ent.entry.kind
    else:
        # the most frequent kind; a tie goes to the first written (a set would vary by run)
        kind = max(dict.fromkeys(kinds), key=kinds.count) if kinds else "other"
    first = ent.first
    foreign = foreign_listing(fold, rules, ent)
    mainland = foreign is not None or in_foreign_list(doc, fold, rules, ent)
    code = None if mainland else stock_code_of(rules, ent, [name, *aliases])
    # 安集科技(688019.SH) is not the Taiwanese entry of that name; 工商銀行(601398.SH) is its own
    taiwanese = isinstance(ent.entry, OrgEntry) and bool(ent.entry.stock_code)
    entry = None if mainland and taiwanese else ent.entry
    return Organization(
        id=ent.id,
        **provenance(doc, first.start, first.end, first.rule),
        name=name,
        kind=kind,  # type: ignore[arg-type]
        aliases=aliases,
        country=_country(rules, ent, [name, *aliases]),
        source="lexicon" if ent.entry is not None else "pattern",
        canonical=entry.name if entry is not None else None,
        stock_code=code,
        canonical_id=foreign or canonical_id(ORG, entry.name if entry else name, code),
        confidence=confidence_of(ent),
        evidence=evidence_of(doc, ent),
        mentions=[_mention(doc, m, m.rule) for m in ent.mentions],
    )


# --------------------------------------------------------------------------- product facts


@dataclass
class _Phrase:
    """Where a product mention's own facts are written: its clause, list head and phrase."""

    clause: tuple[int, int]
    head: tuple[int, int] | None
    segment: tuple[int, int]
    coordinated_with: int | None  # index of the product mention it is listed with


def _sentence_bounds(doc: Document, fold: str, offset: int) -> tuple[int, int]:
    i = doc.sentence_at(offset)
    if i is not None:
        s = doc.sentences[i]
        return s.start, s.end
    return clause_bounds(fold, offset, offset)


def _phrases(doc: Document, ctx: Ctx, products: list[Cand]) -> list[_Phrase]:
    rules, fold = ctx.rules, ctx.fold
    out: list[_Phrase] = []
    for k, m in enumerate(products):
        s_start, _s_end = _sentence_bounds(doc, fold, m.start)
        prev = products[k - 1] if k else None
        prev_end = prev.end if prev is not None and prev.end >= s_start else s_start
        heads = [h for h in rules.enum_head_re.finditer(fold, s_start, m.start)]
        head = (s_start, heads[-1].start()) if heads else None
        start = max(prev_end, heads[-1].end() if heads else s_start)
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(fold, start, m.start)]
        clause_start = breaks[-1] if breaks else start
        coordinated = None
        if prev is not None and prev.end >= s_start:
            gap = fold[prev.end : m.start]
            if gap.strip() and rules.coordinator_gap_re.fullmatch(gap):
                coordinated = k - 1
        out.append(_Phrase((clause_start, m.start), head, (start, m.start), coordinated))
    return out


def _modalities(rules: Rules, fold: str, span: tuple[int, int]) -> list[str]:
    found = []
    for m in rules.modality_re.finditer(fold, *span):
        modality = rules.modality_of.get(re.sub(r"\s+", "", m.group()).casefold())
        if modality and modality not in found:
            found.append(modality)
    return found


def _indications(
    rules: Rules, text: str, fold: str, span: tuple[int, int], abbrev_long: dict[str, str]
) -> list[str]:
    found: list[str] = []
    for m in rules.indication_re.finditer(fold, *span):
        found.append(text[m.start() : m.end()])
    if not found:
        for m in rules.disease_re.finditer(fold, *span):
            found.append(text[m.start(1) : m.end(1)].strip())
    for short, long in abbrev_long.items():
        if re.search(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])", fold[span[0] : span[1]]):
            found.append(long)
    return list(dict.fromkeys(found))


def _first_nonempty(*values: list[Any]) -> list[Any]:
    for v in values:
        if v:
            return v
    return []


class _Agencies:
    """The document's agency mentions, by start: each product mention asks for the last
    one in a stretch of text, which a walk over every mention answered (a long report
    names an agency hundreds of times and a product as often)."""

    def __init__(self, mentions: list[tuple[Cand, Organization]]) -> None:
        # A stable sort: of mentions that start together the first listed stays first.
        self._mentions = sorted(mentions, key=lambda co: co[0].start)
        self._starts = [c.start for c, _ in self._mentions]

    def last_within(self, lo: int, hi: int) -> Organization | None:
        """The agency of the mention starting last in ``lo..hi`` (both ends in); of
        several starting there, the first listed: what the walk kept, which replaced its
        pick only by a later start."""
        starts = self._starts
        j = bisect.bisect_right(starts, hi)
        if not j or starts[j - 1] < lo:
            return None
        return self._mentions[bisect.bisect_left(starts, starts[j - 1])][1]


def _approval(
    doc: Document,
    ctx: Ctx,
    m: Cand,
    agencies: _Agencies,
    dates: _Dates,
    lex_agency: dict[str, Organization | OrgEntry],
) -> Approval | None:
    """Agency (or region), year for a product mention, where its sentence or paragraph says so."""
    rules, fold = ctx.rules, ctx.fold
    s_start, s_end = _sentence_bounds(doc, fold, m.start)
    not_approved = _not_approved_re(rules)
    # 核准進入臨床試驗 clears a trial, it does not approve a product
    cues = [
        c
        for c in rules.approval_re.finditer(fold, s_start, s_end)
        if not not_approved.match(fold, c.end(), min(c.end() + 6, s_end))
        and not re.match(r"\s*(?:進入|執行|展開|開始)", fold[c.end() : c.end() + 4])
    ]
    scope_start = s_start
    if cues:
        cue = cues[0]
    else:
        # "2 項異體細胞產品分別為 A、B": a list that details an approval stated just before
        if not_approved.search(fold, s_start, s_end):
            return None
        if not rules.enum_head_re.search(fold, s_start, m.start):
            return None
        b = doc.block_at(m.start)
        b_start = doc.blocks[b].start if b is not None else s_start
        earlier = list(rules.approval_re.finditer(fold, b_start, s_start))
        if not earlier:
            return None
        cue, scope_start = earlier[-1], b_start
    near = cue.start()
    agency_org = agencies.last_within(scope_start, max(near, m.start))
    region = None
    agency_name = None
    if agency_org is not None:
        region = _agency_region(agency_org, lex_agency)
        agency_name = _short_name(agency_org.name, agency_org.aliases)
    else:
        regions = list(rules.region_re.finditer(fold, scope_start, near + 1))
        if not regions:
            return None
        info = rules.regions[regions[-1].group()]
        region = info["region"]
        target = lex_agency.get(info["agency"])
        if isinstance(target, Organization):
            agency_org = target
            agency_name = _short_name(target.name, target.aliases)
        elif isinstance(target, OrgEntry):
            agency_name = _short_name(target.name, list(target.aliases))
        else:
            agency_name = info["agency"]
    year_fact = _year_before(doc, dates, m.start, s_start)
    return Approval(
        agency=agency_name,
        region=region,
        year=int(year_fact.iso[:4]) if year_fact and year_fact.iso else None,
        agency_id=agency_org.id if agency_org is not None else None,
        date_id=year_fact.id if year_fact else None,
    )


@functools.lru_cache(maxsize=4)
def _not_approved_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    )


def _not_approved_re(rules: Rules) -> re.Pattern[str]:
    return _not_approved_pattern(tuple(rules.lex.cues.get("not_approved_cues", ())))


def _short_name(name: str, aliases: Sequence[str]) -> str:
    """FDA rather than 美國食品暨藥物管理局: the acronym an analyst writes, when there is one."""
    for a in (name, *aliases):
        if is_acronym(a):
            return a
    return name


def _agency_region(org: Organization, lex_agency: dict[str, Organization | OrgEntry]) -> str | None:
    entry = lex_agency.get(org.canonical or "")
    if isinstance(entry, OrgEntry) and entry.region:
        return entry.region
    return org.country


class _Dates:
    """Date facts looked up by position: the ones that start in a span of the text."""

    def __init__(self, dates: list[DateFact]) -> None:
        self.dates = dates
        self.starts = [d.span.start for d in dates]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def starting_in(self, lo: int, hi: int) -> list[DateFact]:
        """Dates whose start is in ``[lo, hi)``, in their order (ids follow the text)."""
        if not self.ordered:
            return [d for d in self.dates if lo <= d.span.start < hi]
        return self.dates[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


def _year_before(doc: Document, dates: _Dates, offset: int, sentence_start: int) -> DateFact | None:
    """The closest dated year before ``offset``: in its sentence, else earlier in its block."""
    b = doc.block_at(offset)
    lo = doc.blocks[b].start if b is not None else sentence_start
    best: DateFact | None = None
    for d in dates.starting_in(lo, offset):
        if (
            d.iso
            and lo <= d.span.start < offset
            and (best is None or d.span.start > best.span.start)
        ):
            best = d
    return best


@per_lexicon
def _lexicon_agencies(lex: Lexicons) -> dict[str, OrgEntry]:
    """The lexicon's agencies by name (the last entry of a name keeps it), read once per
    lexicon: a walk over its 7k organizations cost every document ≈ 1 ms."""
    return {o.name: o for o in lex.organizations if o.kind == "agency"}


def product_records(
    doc: Document,
    ctx: Ctx,
    lex: Lexicons,
    entities: list[Entity],
    orgs: list[Organization],
    org_mentions: list[tuple[Cand, Organization]],
    abbreviations: list[AbbrevMatch],
    dates: list[DateFact],
) -> list[Product]:
    rules, fold, text = ctx.rules, ctx.fold, doc.text
    product_mentions = sorted(
        ((m, e) for e in entities if e.label == PRODUCT for m in e.mentions),
        key=lambda x: x[0].start,
    )
    phrases = _phrases(doc, ctx, [m for m, _ in product_mentions])
    # SCD治療用 …: a short form whose long form is a disease names the indication
    abbrev_long = {
        a.short.text: a.long_zh.text
        for a in abbreviations
        if a.long_zh is not None and rules.disease_name_re.search(fold_width(a.long_zh.text))
    }
    agencies = _Agencies([(c, o) for c, o in org_mentions if o.kind == "agency"])
    lex_agency: dict[str, Organization | OrgEntry] = dict(_lexicon_agencies(lex))
    for o in orgs:
        if o.canonical and o.kind == "agency":
            lex_agency[o.canonical] = o
    # per mention: text-derived facts, with list-mates inheriting from the item before
    companies_at: list[list[Organization]] = []
    modality_at: list[list[str]] = []
    indication_at: list[list[str]] = []

    mention_starts = [c.start for c, _ in org_mentions]  # org_mentions are in text order

    def counterparty(i: int, span_end: int) -> bool:
        """與 + 海思科公司 + 簽訂 SYN010 協議: the other party to a contract, not the owner;
        its short form in parentheses after it (（海思科公司）) too."""
        c = org_mentions[i][0]
        before = fold[max(0, c.start - 2) : c.start].rstrip()
        if before.endswith(("（", "(")) and i > 0:
            prev = org_mentions[i - 1][0]
            if 0 <= c.start - prev.end <= 2 and counterparty(i - 1, span_end):
                return True
        if not before.endswith(rules.counterparty_before):
            return False
        brk = re.search(r"[，。；]", fold[c.end : span_end])
        stop = c.end + brk.start() if brk else span_end
        return rules.counterparty_acts_re.search(fold, c.end, min(stop, c.end + 30)) is not None

    def orgs_in(span: tuple[int, int]) -> list[Organization]:
        found: list[Organization] = []
        parties: list[Organization] = []
        i = bisect.bisect_left(mention_starts, span[0])
        while i < len(org_mentions) and mention_starts[i] <= span[1]:
            c, o = org_mentions[i]
            if c.end <= span[1] and o.kind not in _NON_DEVELOPER_KINDS and o not in found:
                if counterparty(i, max(span[1], c.end + 30)):
                    parties.append(o)
                else:
                    found.append(o)
            i += 1
        return [o for o in found if o not in parties]

    def owner_of(start: int) -> Organization | None:
        """蘋果iPhone 16, Apple的Vision Pro, 三星今日推出Galaxy S25: the company written right
        before a product mention as its owner (``owner_frame_*`` in entity_cues.yaml)."""
        i = bisect.bisect_left(mention_starts, start) - 1
        if i < 0:
            return None
        c, o = org_mentions[i]
        if (
            o.kind in _NON_DEVELOPER_KINDS
            or not 0 <= start - c.end <= _OWNER_GAP
            or not rules.owner_frame_re.fullmatch(fold, c.end, start)
        ):
            return None
        return o

    owners_at = [owner_of(m.start) for m, _ in product_mentions]
    for ph in phrases:
        inherit = ph.coordinated_with
        comp = _first_nonempty(orgs_in(ph.clause), orgs_in(ph.segment))
        mod = _first_nonempty(
            _modalities(rules, fold, ph.clause),
            _modalities(rules, fold, ph.head) if ph.head else [],
            _modalities(rules, fold, ph.segment),
        )
        ind = _first_nonempty(
            _indications(rules, text, fold, ph.clause, abbrev_long),
            _indications(rules, text, fold, ph.segment, abbrev_long),
        )
        if inherit is not None:
            comp = comp or companies_at[inherit]
            mod = mod or modality_at[inherit]
            ind = ind or indication_at[inherit]
        companies_at.append(comp)
        modality_at.append(mod)
        indication_at.append(ind)
    by_canonical = {o.canonical.casefold(): o for o in orgs if o.canonical}
    by_name = {n.casefold(): o for o in orgs for n in (o.name, *o.aliases)}
    date_index = _Dates(dates)
    mentions_of: dict[int, list[int]] = defaultdict(list)
    for k, (_m, e) in enumerate(product_mentions):
        mentions_of[id(e)].append(k)
    out: list[Product] = []
    for ent in (e for e in entities if e.label == PRODUCT):
        idx = mentions_of[id(ent)]
        text_companies: list[Organization] = []
        modality: list[str] = []
        indication: list[str] = []
        approvals: list[Approval] = []
        # a company written as the product's owner wins over the companies of its clauses,
        owners: list[Organization] = []
        for k in idx:
            owner = owners_at[k]
            if owner is not None and owner not in owners:
                owners.append(owner)
            for o in companies_at[k]:
                if o not in text_companies:
                    text_companies.append(o)
            modality += [x for x in modality_at[k] if x not in modality]
            indication += [x for x in indication_at[k] if x not in indication]
            appr = _approval(doc, ctx, product_mentions[k][0], agencies, date_index, lex_agency)
            if appr is not None:
                approvals.append(appr)
        # else the companies named in the most of its mentions' clauses: a long text names
        # rivals, reporters and customers in one clause or two (彭博社指出, 華為也推出)
        votes = [sum(o in companies_at[k] for k in idx) for o in text_companies]
        text_companies = [o for o, v in zip(text_companies, votes, strict=True) if v == max(votes)]
        if owners:
            text_companies = owners
        entry = ent.entry if isinstance(ent.entry, ProductEntry) else None
        company_names: list[str] = []
        company_ids: list[str] = []
        # Helio G99, Zenbook 14: a model of a listed line is made by the line's maker
        line = entry or _line_of(lex, fold[ent.first.start : ent.first.end])
        if line is not None and line.company:
            for cname in line.company:
                org = by_canonical.get(cname.casefold()) or by_name.get(cname.casefold())
                company_names.append(org.name if org else cname)
                if org:
                    company_ids.append(org.id)
        else:
            company_names = [o.name for o in text_companies]
            company_ids = [o.id for o in text_companies]
        if entry is not None:
            modality = list(dict.fromkeys([*entry.modality, *modality]))
            indication = list(dict.fromkeys([*entry.indication, *indication]))
        name, aliases = _names(doc, rules_for(lex), ent)
        first = ent.first
        out.append(
            Product(
                id=ent.id,
                **provenance(doc, first.start, first.end, first.rule),
                name=name,
                aliases=aliases,
                source="lexicon" if entry is not None else "pattern",
                company=company_names,
                company_ids=company_ids,
                modality=modality,  # type: ignore[arg-type]
                indication=indication,
                approvals=_dedupe_approvals(approvals),
                canonical=entry.name if entry is not None else None,
                canonical_id=canonical_id(PRODUCT, entry.name if entry else name),
                confidence=confidence_of(ent),
                evidence=evidence_of(doc, ent),
                mentions=[_mention(doc, m, m.rule) for m in ent.mentions],
            )
        )
    return out


def _dedupe_approvals(approvals: list[Approval]) -> list[Approval]:
    out: list[Approval] = []
    for a in approvals:
        same = [b for b in out if (b.agency, b.region) == (a.agency, a.region)]
        if not same:
            out.append(a)
        elif same[0].year is None and a.year is not None:
            out[out.index(same[0])] = a
    return out


# --------------------------------------------------------------------------- regulations


def _regulation_dates(
    doc: Document, ctx: Ctx, reg: RegulationMatch, dates: _Dates
) -> list[DateFact]:
    """Dates in the phrase that announces or sends the regulation (公告, 送至 …)."""
    fold = ctx.fold
    out: list[DateFact] = []
    for p in reg.mentions:
        c_start, c_end = clause_bounds(fold, p.start, p.end)
        if not ctx.rules.regulation_verb_re.search(fold, c_start, c_end):
            continue
        in_clause = [d for d in dates.starting_in(c_start, c_end) if d.iso and d.span.end <= c_end]
        if not in_clause:
            s_start, _ = _sentence_bounds(doc, fold, p.start)
            in_clause = [d for d in dates.starting_in(s_start, p.start) if d.iso][-1:]
        before = [d for d in in_clause if d.span.start < p.start]
        pick = before[-1] if before else (in_clause[0] if in_clause else None)
        if pick is not None and pick not in out:
            out.append(pick)
    return out


def regulation_records(
    doc: Document, ctx: Ctx, regs: list[RegulationMatch], dates: list[DateFact]
) -> list[Regulation]:
    out: list[Regulation] = []
    date_index = _Dates(dates)
    for i, reg in enumerate(regs, 1):
        linked = _regulation_dates(doc, ctx, reg, date_index)
        written = list(dict.fromkeys(p.text for p in reg.mentions))
        out.append(
            Regulation(
                id=f"r{i}",
                **provenance(doc, reg.first.start, reg.first.end, reg.rule),
                name=reg.name,
                short_names=reg.short_names,
                aliases=[w for w in written if w != reg.name and w not in reg.short_names],
                date_ids=[d.id for d in linked],
                dates=[d.iso for d in linked if d.iso],
                source="pattern",
                mentions=[_mention(doc, p, reg.rule) for p in reg.mentions],
            )
        )
    return out


@functools.lru_cache(maxsize=4)
def _product_lines(lex: Lexicons) -> dict[str, ProductEntry]:
    """Every name of a lexicon product with a maker, case-folded: the lines models extend."""
    return {n.casefold(): p for p in lex.products if p.company for n in (p.name, *p.aliases)}


def _line_of(lex: Lexicons, name: str) -> ProductEntry | None:
    """The lexicon line a model's name opens with (Helio + G99, 驍龍 + 8 Gen 3, Galaxy + Z
    Fold6): the longest listed name that ends where a word, a space or a number starts."""
    lines = _product_lines(lex)
    folded = name.casefold()
    for k in range(len(folded) - 1, 1, -1):
        head = folded[:k]
        nxt = folded[k]
        if head in lines and (nxt == " " or nxt.isdigit() or not head[-1].isascii()):
            return lines[head]
    return None


def _owner(owners: list[tuple[int, int, str]], starts: list[int], part: Part) -> str | None:
    """The entity whose mention holds ``part``; mentions never overlap, so there is one at most."""
    i = bisect.bisect_right(starts, part.start) - 1
    if i >= 0 and part.end <= owners[i][1]:
        return owners[i][2]
    return None


def abbreviation_records(
    doc: Document,
    abbreviations: list[AbbrevMatch],
    mention_owner: list[tuple[int, int, str]],
    regulations: list[Regulation],
) -> list[Abbreviation]:
    reg_by_name = {n: r.id for r in regulations for n in (r.name, *r.short_names)}
    owners = sorted(mention_owner)
    owner_starts = [s for s, _, _ in owners]
    out: list[Abbreviation] = []
    for i, a in enumerate(abbreviations, 1):
        refers = None
        if a.regulation and a.long_zh is not None:
            refers = reg_by_name.get(a.long_zh.text) or reg_by_name.get(a.short.text)
        if refers is None:
            for part in (a.short, a.long_zh, a.long_en):
                if part is None:
                    continue
                hit = _owner(owners, owner_starts, part)
                if hit:
                    refers = hit
                    break
        out.append(
            Abbreviation(
                id=f"a{i}",
                **provenance(doc, a.start, a.end, a.rule),
                short=a.short.text,
                long_en=a.long_en.text if a.long_en else None,
                long_zh=a.long_zh.text if a.long_zh else None,
                refers_to=refers,
            )
        )
    return out
