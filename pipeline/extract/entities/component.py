"""The entity stage, and its entry point.

``EntityFinder`` reads a document's words (the token layer, ``segment.TokenLayer``,
that the quantity stage reads too; without a layer — other lexicons, a bare string
— the segmenter cuts the text, and it remembers every run it has cut):

* the lexicon names where the words spell them: phrase patterns generated from
  the lexicons (labels PRODUCT / ORG / AGENCY), so adding a line to a lexicon file
  teaches a name; ``phrases`` finds them as spaCy's EntityRuler did, with the same
  choices, without its per-pattern Docs;
* names no lexicon lists, found by their context (``discovery``: Latin names,
  company suffixes, lists; ``context``: government and international bodies, lists
  that say what their items are, subjects that act like companies, quoted brands)
  and by abbreviation definitions (``abbrev``), weighed against the lexicon hits and
  resolved longest-first into mentions.

No spaCy Doc is built on the pipeline's path, and spaCy is not imported;
``entity_nlp()`` gives the same stage as a spaCy pipeline (``spacy_pipe``: lexicon
hits as ``doc.ents``, mentions in the span group ``doc.spans["itis_entities"]``).

``extract_entities`` then turns the mentions into records with provenance:
an abbreviation and its long forms are one organization, a product gets its
developer, modality, indication and approvals from its own phrase (or the
lexicon), a regulation its announcement dates from the date facts.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline import chars, segment
from pipeline.chars import fold_fields, fold_width
from pipeline.extract.entities import phrases
from pipeline.extract.entities import rules as rules_module
from pipeline.extract.entities import types as types_module
from pipeline.extract.entities.abbrev import (
    AbbrevMatch,
    NamePair,
    RegulationMatch,
    find_abbreviations,
    find_name_pairs,
    find_regulations,
    goods_term,
    ordinary_gloss,
)
from pipeline.extract.entities.cell_lines import GlyphBoxes, with_cell_names
from pipeline.extract.entities.context import (
    LAUNCHED_TITLE_RULE,
    MEDIA_TITLE_RULE,
    find_acting_subjects,
    find_cell_legal_names,
    find_copula_lists,
    find_copula_products,
    find_counted_product_lists,
    find_dash_editions,
    find_deal_parties,
    find_defined_short_forms,
    find_family_names,
    find_figure_subjects,
    find_fitted_systems,
    find_former_names,
    find_framed_cjk_products,
    find_framed_names,
    find_government_bodies,
    find_head_mates,
    find_heading_picks,
    find_headline_speakers,
    find_inn_glossed_drugs,
    find_international_bodies,
    find_kind_named_models,
    find_launched_short_forms,
    find_launched_titles,
    find_letter_series,
    find_list_mates_of,
    find_maker_kept_lines,
    find_maker_owned_names,
    find_maker_plus_names,
    find_media_titles,
    find_move_mates,
    find_network_editions,
    find_numbered_mates,
    find_numbered_models,
    find_officer_employers,
    find_os_names,
    find_owner_lists,
    find_parent_companies,
    find_partner_lists,
    find_party_lists,
    find_place_subsidiaries,
    find_plus_kind_names,
    find_product_modules,
    find_product_owners,
    find_quoted_product_lines,
    find_quoted_products,
    find_recommended_lists,
    find_reporting_sources,
    find_table_orgs,
    find_variant_extensions,
    lexicon_people,
    names_a_person,
    people_named,
)
from pipeline.extract.entities.discovery import (
    drug_word_before,
    find_brand_mates,
    find_car_brand_models,
    find_car_maker_models,
    find_char_named_models,
    find_cjk_model_series,
    find_cjk_suffix_names,
    find_code_glossed_brands,
    find_coded_names,
    find_counted_stock_lists,
    find_country_agencies,
    find_cued_lists,
    find_enumerations,
    find_field_products,
    find_form_names,
    find_found_models,
    find_generation_code_names,
    find_gloss_brands,
    find_glossed_kind_names,
    find_glossed_names,
    find_glossed_products,
    find_glued_models,
    find_headed_model_lists,
    find_hosted_models,
    find_initials_glosses,
    find_inn_glosses,
    find_inn_names,
    find_kind_led_latin_lists,
    find_last_word_mates,
    find_latin_candidates,
    find_latin_second_names,
    find_led_names,
    find_letter_variants,
    find_list_mates,
    find_listing_marked_names,
    find_maker_models,
    find_maker_word_lines,
    find_marked_brands,
    find_model_lines,
    find_model_mates,
    find_model_series,
    find_named_models,
    find_number_siblings,
    find_numbered_series_models,
    find_point_versions,
    find_process_nodes,
    find_product_models,
    find_quoted_glosses,
    find_registered_names,
    find_repeats,
    find_round_leads,
    find_slash_lists,
    find_source_orgs,
    find_subunits,
    fold_target_in,
    glued_names,
    join_generation_words,
    shapes_among_companies,
    short_forms,
    split_slashed_tails,
)
from pipeline.extract.entities.generic import keep_candidate, never_a_name, ordinary_product
from pipeline.extract.entities.lexicon import Lexicons, OrgEntry, ProductEntry, per_lexicon
from pipeline.extract.entities.records import (
    abbreviation_records,
    build_lexicon_tables,
    group_mentions,
    organization_record,
    outside_urls,
    product_records,
    regulation_records,
    without_cut_pieces,
)
from pipeline.extract.entities.rules import CJK, CJK_RE, STOCK_CODE_AFTER, is_acronym, rules_for
from pipeline.extract.entities.targets import find_targets, target_spans
from pipeline.extract.entities.tokens import (
    COINED_FREQ,
    COMMON_FREQ,
    DATE_UNITS,
    DETERMINER,
    GLOSS_FREQ,
    entity_tokens,
    opens_counted,
    strip_country,
)
from pipeline.extract.entities.types import (
    ORG,
    PRODUCT,
    Cand,
    Ctx,
    Literals,
    SpanReach,
    find_literals,
    places_of,
    rule_id,
)
from pipeline.lexicon import source_stamp
from pipeline.models import (
    Abbreviation,
    DateFact,
    Document,
    Organization,
    Product,
    Regulation,
    Target,
)

if TYPE_CHECKING:
    from spacy.language import Language

LEXICON_RULE = rule_id("lexicon")
# 股份有限公司, 有限公司: a registered name, a name whatever number stands before it (orgs38)
_REGISTERED_NAME_TAILS = ("有限公司", "有限責任公司")
LEXICON_TEXT_RULE = rule_id("lexicon_text")
_TITLE_SPAN = re.compile(r"《[^《》\n]{1,80}》")
SPAN_GROUP = "itis_entities"
_INN_RULE = rule_id("inn_stem")
# a dashless code found by its drug word names the drug even before 臨床 (AB308臨床試驗)
_DRUG_CODE_RULE = rule_id("drug_code")

# Lexicons by key, for the spaCy component factory (its config must be plain data).
_REGISTRY: dict[str, Lexicons] = {}


@dataclass
class EntityFacts:
    """What ``extract_entities`` returns: one list per record type, ids in text order."""

    products: list[Product] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    regulations: list[Regulation] = field(default_factory=list)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)


@dataclass
class Finding:
    """What the discovery component leaves on the Doc for ``extract_entities``."""

    ctx: Ctx
    mentions: list[Cand]
    abbreviations: list[AbbrevMatch]
    regulations: list[RegulationMatch]
    pairs: list[NamePair]


# --------------------------------------------------------------------------- the spaCy side


def ruler_patterns(lex: Lexicons) -> list[dict[str, Any]]:
    """Phrase patterns (EntityRuler format) for every lexicon name and alias; ids point
    back to entries."""
    patterns: list[dict[str, Any]] = []
    entries: list[tuple[str, ProductEntry | OrgEntry]] = [
        (f"p{i}", p) for i, p in enumerate(lex.products)
    ] + [(f"o{i}", o) for i, o in enumerate(lex.organizations)]
    for pid, entry in entries:
        if isinstance(entry, ProductEntry):
            label = PRODUCT
        else:
            label = "AGENCY" if entry.kind == "agency" else ORG
        for name in dict.fromkeys(entry.names):
            name = fold_width(name)
            # phrase patterns only (no token Matcher: it is the slow part on long reports);
            # case variants stand in for LOWER, except for acronyms: MOST is not "most"
            variants = [name] if is_acronym(name) else [name, name.lower(), name.upper()]
            if not is_acronym(name):
                variants += [" ".join(w[:1].upper() + w[1:] for w in name.split(" "))]
                if " " in name:  # Apple watch, Galaxy tab: the later words written lower
                    head, _, rest = name.partition(" ")
                    variants.append(f"{head} {rest.lower()}")
            for v in dict.fromkeys(variants):
                patterns.append({"label": label, "pattern": v, "id": pid})
    return patterns


def _pattern_rows(lex: Lexicons) -> tuple[tuple[str, str, str], ...]:
    """``ruler_patterns`` as (label, pattern, id) rows."""
    return tuple((p["label"], p["pattern"], p["id"]) for p in ruler_patterns(lex))


def _entry_by_id(lex: Lexicons, pid: str) -> ProductEntry | OrgEntry:
    i = int(pid[1:])
    return lex.products[i] if pid[0] == "p" else lex.organizations[i]


class EntityFinder:
    """Pattern discovery plus resolution against the lexicon's phrase hits.

    Plain Python on the words of a text (``segment.doc_words``): the pipeline calls it
    on the token layer without building a spaCy Doc (spaCy is not even imported on
    that path); ``entity_nlp()`` wraps it as the spaCy component
    ``itis_entity_discovery`` (``spacy_pipe``).
    """

    def __init__(
        self, lex: Lexicons, seg: segment.Segmenter | None, *, store: bool = False
    ) -> None:
        """``store``: these are the lexicon files' own lexicons, whose phrase table is
        kept in the cache folder for the next process."""
        self.lex = lex
        self.rules = rules_for(lex)
        self.segmenter = seg if seg is not None else segment.get_segmenter()
        self.freq: Mapping[str, int] | None = seg.frequencies if seg is not None else None
        if store:
            # keyed by what the patterns are made of (the lexicons' digest and the code that
            # turns entries into patterns), so a process that finds the table never builds
            # the 20k patterns only to key it
            made_by = (__file__, rules_module.__file__, types_module.__file__, chars.__file__)
            self.table = phrases.stored_table(
                f"{lex.key}:{source_stamp(*made_by)}",
                lambda: _pattern_rows(lex),
                self.segmenter,
            )
        else:
            self.table = phrases.cached_table(_pattern_rows(lex), self.segmenter)

    def find(
        self,
        text: str,
        words: Sequence[str],
        spaces: Sequence[bool],
        spans: Sequence[tuple[int, int]],
    ) -> tuple[Finding, list[phrases.Hit]]:
        """The mentions and definitions of ``text`` cut into ``words`` (``spans``: the
        tokens' offsets, a space after a word as one more token); the lexicon hits too."""
        fold = self.rules.latin_hyphens(
            _LATIN_APOSTROPHE.sub("'", fold_fields(text)).translate(self.rules.variant_fold)
        )
        ctx = Ctx(
            text,
            fold,
            entity_tokens(fold, list(spans), self.freq, self.rules.edge_chars),
            self.rules,
            self.freq,
            segment.function_words(),
            segment.glue_chars(),
            segment.common_verbs(),
            segment.common_verbs(transitive=True),
            segment.adjectives(),
            segment.predicate_words(),
            segment.object_verbs(),
        )
        # The lexicon names where the words spell them (what an EntityRuler of these
        # phrase patterns found, with the same choices: see ``phrases``).
        hits = self.table.hits(words, spaces)
        lexicon = []
        for h in hits:
            entry = _entry_by_id(self.lex, h.ent_id)
            label = PRODUCT if h.label == PRODUCT else ORG
            kind = None if h.label == PRODUCT else entry.kind  # type: ignore[union-attr]
            end = h.end_char
            if label == ORG and fold[end - 1] == "*":
                # 國巨*, 國邑 *: the exchange's mark after a listed short name is no part of the
                # name; the mention ends before it (orgs42)
                end = len(fold[h.start_char : end].rstrip("* ")) + h.start_char
            lexicon.append(Cand(h.start_char, end, label, kind, LEXICON_RULE, 3, entry, "lexicon"))
        lexicon = [
            c
            for c in lexicon
            if not _measured(ctx, c.start, c.end) or _own_code_before(ctx, c.start, c.entry)
        ]
        lexicon += find_lexicon_text(ctx, self.lex, lexicon)
        lexicon = [c for c in lexicon if not _inside_ordinary_word(ctx, c)]
        lexicon = [_country_before_abbreviation(ctx, _foreign_namesake(ctx, c)) for c in lexicon]
        lexicon = in_company_context(ctx, lexicon)
        lexicon = [c for c in lexicon if not _glued_to_other_name(ctx, self.lex, c)]
        lexicon = [c for c in lexicon if not _place_namesake(ctx, c)]
        lexicon += find_self_names(ctx, self.lex, lexicon)
        abbreviations = find_abbreviations(ctx)
        lexicon = _without_term_acronyms(ctx, lexicon, abbreviations)
        pairs = find_name_pairs(ctx)
        mentions = discover(ctx, lexicon, abbreviations, pairs)
        regulations = find_regulations(ctx, abbreviations)
        return Finding(ctx, mentions, abbreviations, regulations, pairs), hits


# Lowe’s, McDonald’s: a typographic apostrophe inside a Latin word is read as the ASCII one
# that the Latin name patterns know (one character for one: spans stay the text's own).
_LATIN_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’‘](?=[A-Za-z])")


# where a Latin letter meets a Chinese character in a name (SK|海力士, 台達|DC)
_SCRIPT_SEAM = re.compile(rf"(?<=[A-Za-z])(?=[{CJK}])|(?<=[{CJK}])(?=[A-Za-z])")


@functools.lru_cache(maxsize=4)
def lexicon_text_index(lex: Lexicons) -> tuple[tuple[str, ...], dict[str, ProductEntry | OrgEntry]]:
    """The Chinese lexicon names (two or more characters), and every folded name → its
    entry (products first, then organizations; the first entry to carry a name keeps it).

    Entries, not a prepared candidate per name: 9k names made 1.5 MB of candidates that
    every worker kept; the label and kind are the entry's own.
    """
    entries: dict[str, ProductEntry | OrgEntry] = {}
    pool: tuple[ProductEntry | OrgEntry, ...] = (*lex.products, *lex.organizations)
    for e in pool:
        for n in e.names:
            entries.setdefault(fold_width(n), e)
    # SK 海力士 for SK海力士: a space typed where Latin letters meet Chinese ones is no part of
    # the name (a post's spacing between scripts); the spaced form is the same organization (orgs83)
    for n, e in list(entries.items()):
        spaced = _SCRIPT_SEAM.sub(" ", n)
        if spaced != n and isinstance(e, OrgEntry):
            entries.setdefault(spaced, e)
    cjk = tuple(n for n in entries if not n.isascii() and len(n) >= 2)
    return cjk, entries


@functools.lru_cache(maxsize=4)
def lexicon_names(lex: Lexicons) -> Literals:
    """One automaton over the Chinese lexicon names (``lexicon_text_index``), built once
    per process (in the parent's warm-up: ≈ 0.03 s for 7k names) and run over each text."""
    return Literals(lexicon_text_index(lex)[0])


def find_lexicon_text(ctx: Ctx, lex: Lexicons, ruler_hits: Sequence[Cand]) -> list[Cand]:
    """Chinese lexicon names the ruler missed because jieba cut them apart in context.

    With the user dictionary this is rare, but a name glued to a rare neighbour can
    still be cut through; a plain text search is the safety net. Short names (two
    or three characters) must still start and end on token boundaries.
    """
    protos = lexicon_text_index(lex)[1]
    # a hit inside a ruler hit is no news: the furthest end of any hit starting at or before s
    taken = sorted((c.start, c.end) for c in ruler_hits)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    out: list[Cand] = []
    for s, e in lexicon_names(lex).find(ctx.fold):
        if _measured(ctx, s, e) and not _own_code_before(ctx, s, protos[ctx.fold[s:e]]):
            continue
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and reach[k] >= e:
            continue
        short = e - s <= 3 and not (ctx.is_boundary(s) and ctx.is_boundary(e))
        if short and not _glued_names(ctx, protos, s, e):
            continue
        entry = protos[ctx.fold[s:e]]
        if isinstance(entry, ProductEntry):
            out.append(Cand(s, e, PRODUCT, None, LEXICON_TEXT_RULE, 3, entry, "lexicon"))
        else:
            out.append(Cand(s, e, ORG, entry.kind, LEXICON_TEXT_RULE, 3, entry, "lexicon"))
    return out


def _glued_names(ctx: Ctx, protos: Mapping[str, object], s: int, e: int) -> bool:
    """高通驍龍, 華為麒麟晶片: the dictionary writes a maker and its product line as one word;
    a short lexicon name inside a token counts when the rest of that token is a lexicon
    name too (the token is two names, nothing else)."""
    i = ctx.token_index_at(s)
    if i is None:
        i = bisect.bisect_right(ctx.starts, s) - 1
    if i < 0:
        return False
    t0, t1 = ctx.tokens[i]
    if not (t0 <= s and e <= t1) or (t0, t1) == (s, e):
        return False
    fold = ctx.fold
    return (t0 == s or fold[t0:s] in protos) and (t1 == e or fold[e:t1] in protos)


_SELF_NAME_RULE = rule_id("self_name")
_NAMESAKE_RULE = rule_id("country_namesake")


@functools.lru_cache(maxsize=4)
def _org_names(lex: Lexicons) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Every lexicon organization name, folded and sorted, with its entry's index.

    The names that begin with a head are one run of this list (found by bisection): a
    dict of every name's every head held 19k keys with a set each, 6 MB of the warm
    state that every worker keeps, once the listed companies' registered names came in.
    """
    pairs = sorted((fold_width(n), i) for i, o in enumerate(lex.organizations) for n in o.names)
    return tuple(n for n, _ in pairs), tuple(i for _, i in pairs)


def sole_owner(lex: Lexicons, head: str) -> int | None:
    """The index of the one organization entry with a name longer than ``head`` that
    begins with it; None when no entry or several have one."""
    names, owners = _org_names(lex)
    owner = None
    i = bisect.bisect_right(names, head)  # names equal to head sort before: not longer
    while i < len(names) and names[i].startswith(head):
        if owner is not None and owners[i] != owner:
            return None
        owner = owners[i]
        i += 1
    return owner


@per_lexicon
def _org_positions(lex: Lexicons) -> dict[int, int]:
    """Each organization entry's place in the lexicon, by the entry's identity."""
    return {id(o): i for i, o in enumerate(lex.organizations)}


def find_self_names(ctx: Ctx, lex: Lexicons, hits: Sequence[Cand]) -> list[Cand]:
    """台積公司 in a deck that names TSMC: a company found in the text also calls itself by
    the head of its name and 公司.

    The head must belong to that one lexicon company and be no lexicon name itself (台塑
    of 台塑化 is another listed company), and the company must be named in the text, so a
    head shared by chance does not make a company of an unrelated word.
    """
    protos = lexicon_text_index(lex)[1]
    index = _org_positions(lex)
    heads: dict[str, OrgEntry] = {}
    for c in hits:
        entry = c.entry
        if c.label != ORG or not isinstance(entry, OrgEntry) or entry.kind != "company":
            continue
        for n in entry.names:
            n = fold_width(n)
            for k in range(2, len(n)):
                head = n[:k]
                if (
                    CJK_RE.match(head[-1])
                    and sole_owner(lex, head) == index[id(entry)]
                    and head not in protos
                    and head + "公司" not in protos
                ):
                    heads.setdefault(head + "公司", entry)
    out: list[Cand] = []
    for s, e in find_literals(ctx.fold, tuple(heads)):
        if ctx.is_boundary(s) and ctx.is_boundary(e):
            entry = heads[ctx.fold[s:e]]
            out.append(Cand(s, e, ORG, entry.kind, _SELF_NAME_RULE, 3, entry, "lexicon"))
    return out


# Only 、 makes a list of names: 大量 + 與 + 台積電 is "many (people) with TSMC".
_LIST_GAP = re.compile(r"\s*、\s*$")
_LIST_GAP_AFTER = re.compile(r"\s*、\s*")


def _context_only(ctx: Ctx, c: Cand) -> bool:
    if not isinstance(c.entry, OrgEntry):
        return False
    written = ctx.fold[c.start : c.end].casefold()
    return any(written == fold_width(n).casefold() for n in c.entry.context_names)


def _joiner_and_word(ctx: Ctx, c: Cand) -> bool:
    """和大 (和 + 大): a listed short name of a one-character joining word and a common word
    is read across a list's joint (推薦系統和 + 大模型, 大北京和 + 大廣州); like an everyday
    word it names the company only in a company's context (和碩, 和勤: a rare second
    character, stand as they are) (orgs41)."""
    if not (isinstance(c.entry, OrgEntry) and c.entry.stock_code) or c.length != 2:
        return False
    name = ctx.fold[c.start : c.end]
    return name[0] in ctx.rules.coordinators and ctx.word_freq(name[1]) >= COMMON_FREQ


def _needs_context(ctx: Ctx, c: Cand) -> bool:
    """A common word, or a firm's name that also names a trade (IDC: a research firm and the
    data-centre trade, an item of a telecom's business lines): a company only with a
    company's context (IDC + 指出, 根據 + IDC, a list of firms) somewhere (orgs52)."""
    return (
        _context_only(ctx, c)
        or _joiner_and_word(ctx, c)
        or ctx.fold[c.start : c.end].casefold() in ctx.rules.field_namesakes
    )


def _stray_piece(ctx: Ctx, c: Cand) -> bool:
    """瑞利 in 奧 + 瑞利 + 珠單抗: a listed short name between stray single characters is a
    piece of a word the dictionary does not know (a transliteration), not the company."""
    if not (isinstance(c.entry, OrgEntry) and c.entry.lexicon == "tw_listed") or c.length > 2:
        return False
    for k in (ctx.token_index_ending_at(c.start), ctx.token_index_at(c.end)):
        if k is None or not 0 <= k < len(ctx.tokens):
            continue
        s, e = ctx.tokens[k]
        tok = ctx.fold[s:e]
        stray = e - s == 1 and CJK_RE.match(tok) and tok not in ctx.glue_chars
        if stray and not ctx.is_function_word(tok) and tok not in ctx.rules.stop_tokens:
            return True
    return False


@per_lexicon
def _glue_words(lex: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    """Words that go on a longer name after a listed short name: ``other_name_words`` always,
    and every industry's trade words (those of the company's own industry are left out per hit)."""
    suf = lex.org_suffixes
    trade = {w for words in suf["industry_words"].values() for w in words}
    generic = frozenset(suf["legal_name_words"]) - frozenset(suf.get("other_name_words", ()))
    return frozenset(suf.get("other_name_words", ())), frozenset(trade - generic)


def _glued_to_other_name(ctx: Ctx, lex: Lexicons, c: Cand) -> bool:
    """中鋼 + 國際, 中航 + 鋰電: a listed short name glued to a word that goes on a company's
    name (國際, 實業, or a trade word not of its own industry) is the head of a longer name
    the lexicon does not know, another company a reader reads as one run; the hit is dropped,
    and the whole name counts only if another rule finds it (orgs43). 鴻海 + 科技集團 and 中鋼 +
    鋼鐵 go on with the company's own words and stay."""
    entry = c.entry
    if not (isinstance(entry, OrgEntry) and entry.stock_code) or c.length > 3:
        return False
    k = ctx.token_index_at(c.end)
    if k is None or not 0 <= k < len(ctx.tokens) or ctx.tokens[k][0] != c.end:
        return False
    s, e = ctx.tokens[k]
    word = ctx.fold[s:e]
    always, trade = _glue_words(lex)
    own = lex.org_suffixes["industry_words"].get(entry.industry or "", ())
    if word not in always and (word not in trade or word in own):
        return False
    return ctx.fold[c.start : e] not in lexicon_text_index(lex)[1]


def _place_namesake(ctx: Ctx, c: Cand) -> bool:
    """亞馬遜 + 州: a Chinese company's name with a state's word right after it is a place that
    shares the name (``place_name_tails``), no organization (orgs58)."""
    return (
        c.label == ORG
        and c.kind == "company"  # (共和黨 + 州: a party's states, the party still named)
        and CJK_RE.match(ctx.fold[c.end - 1 : c.end]) is not None
        and ctx.fold.startswith(ctx.rules.place_name_tails, c.end)
    )


# A number right before: 5 月 13 + 日 + 經董事會 (the 日 of a date, not 日經).
_NUMBER_BEFORE = re.compile(r"[0-9〇○零一二三四五六七八九十廿卅]\s*$")


def _date_unit_head(ctx: Ctx, c: Cand) -> bool:
    """日經 in 13 日經董事會通過: a name never starts with the unit of a date before it."""
    head = ctx.fold[c.start : c.start + 1]
    return head in DATE_UNITS and bool(
        _NUMBER_BEFORE.search(ctx.fold, max(0, c.start - 3), c.start)
    )


# What follows a company's name inside the name of one of its funds: 第一金 + 全家福貨幣市場基金;
# not a list's closing 等 or a joining word (甲投資局、乙投資局等主權財富基金: the bodies, orgs46).
_FUND_NAME_AFTER = re.compile(r"(?![等、及與])[\u4e00-\u9fff]{0,12}?基金(?!會)")


def _fund_head(ctx: Ctx, c: Cand) -> bool:
    """第一金全家福貨幣市場基金: a listed name glued to the rest of a fund's name names the
    fund (a holding in a filing's table), not the company (a 基金會 is its foundation)."""
    if not (isinstance(c.entry, OrgEntry) and (c.entry.stock_code or c.entry.kind == "company")):
        return False  # 第一金 (listed) or 野村 (a foreign house) + …貨幣市場基金
    return CJK_RE.match(ctx.fold[c.end : c.end + 1]) is not None and bool(
        _FUND_NAME_AFTER.match(ctx.fold, c.end)
    )


def _foreign_namesake(ctx: Ctx, c: Cand) -> Cand:
    """英國 + 財政部, 日本 + 商務部: a body's name after another country's word names that
    country's body, not the lexicon's (Taiwan's 財政部, China's 商務部): the country and the
    name together are a name of their own, with no lexicon entry."""
    entry = c.entry
    if (
        c.label != ORG
        or not isinstance(entry, OrgEntry)
        or entry.kind == "company"
        or entry.country is None
    ):
        return c
    m = ctx.rules.country_before_re.search(ctx.fold, max(0, c.start - 8), c.start)
    if m is None or not ctx.is_boundary(m.start()):
        return c
    code = ctx.rules.country_codes[m.group().strip()]
    if code == entry.country:
        # 香港 + 聯交所, 中國 + 商務部: the lexicon's own body, its place part of the name written
        # (大陸 + 商務部: a side's word is not, side_place_words)
        # (美國 + SEC: an abbreviation keeps its own name, _country_before_abbreviation)
        side = m.group().strip() in ctx.rules.side_place_words
        if side or m.end() != c.start or ctx.fold[c.start : c.end].isascii():
            return c
        return Cand(m.start(), c.end, ORG, c.kind, c.rule, c.strength, c.entry, c.source)
    return Cand(m.start(), c.end, ORG, entry.kind, _NAMESAKE_RULE, 2)


def _inside_ordinary_word(ctx: Ctx, c: Cand) -> bool:
    """高通 of 高通量測序, 夏普 of 夏普比率: a known name that an ordinary word
    (``words_holding_names``) holds where it is written is the word's, no company's (orgs45)."""
    if c.label != ORG:
        return False
    for offset, word in ctx.rules.words_holding_names.get(ctx.fold[c.start : c.end], ()):
        at = c.start - offset
        if at >= 0 and ctx.fold.startswith(word, at):
            return True
    return False


def _without_term_acronyms(
    ctx: Ctx, lexicon: list[Cand], abbreviations: Iterable[AbbrevMatch]
) -> list[Cand]:
    """違約損失率 (Loss given default, LGD): a document that spells an acronym out as a term
    (words in lower case, no name's capitals) uses it as that term throughout; a company the
    lexicon knows by the same letters (LG Display's LGD) is not meant anywhere in it."""
    terms = _term_acronyms(ctx, abbreviations)
    if not terms:
        return lexicon
    return [
        c
        for c in lexicon
        if c.label != ORG or ctx.fold[c.start : c.end].casefold() not in terms
    ]


def _term_acronyms(ctx: Ctx, abbreviations: Iterable[AbbrevMatch]) -> frozenset[str]:
    """The acronyms the document spells out as terms (``_term_spelled``), case-folded; and
    those glossed by a kind of facility (AI 資料中心（AIDC）: not the listed AIDC) (orgs43)."""
    return frozenset(
        a.short.text.casefold()
        for a in abbreviations
        if _term_spelled(ctx, a)
        or (a.long_zh is not None and _generic_body_glossed(ctx, a.long_zh.text))
    )


def _without_goods_glossed(
    ctx: Ctx, found: list[Cand], abbreviations: Iterable[AbbrevMatch]
) -> list[Cand]:
    """射頻積體電路（RFIC）, 電力管理積體電路（PMIC）: a kind of goods glossed by its initials
    (``goods_term``) is that kind wherever the text writes either form; a rule that reads its
    ending (積體電路, 汽車) as a company's finds no company in it, unless the pair acts as a
    firm does (某某汽車（QXC）公布…) (orgs83)."""
    kinds = {
        fold_width(part.text).casefold()
        for a in abbreviations
        if a.long_zh is not None
        and not a.regulation
        and goods_term(ctx, a.short.text, a.long_zh.start, a.long_zh.end)
        and not ctx.rules.org_acts_after_re.match(ctx.fold, a.end)  # 某某汽車（QXC）公布: a firm
        for part in (a.short, a.long_zh)
    }
    if not kinds:
        return found
    fold = ctx.fold
    return [
        c
        for c in found
        if c.label != ORG or c.source == "lexicon" or fold[c.start : c.end].casefold() not in kinds
    ]


def _term_spelled(ctx: Ctx, a: AbbrevMatch) -> bool:
    """Loss given default, Probability of default: a long form of two or more words, one of them
    after the first in lower case and no connector (of, and): a term, never a proper name
    (Bank for International Settlements keeps its capitals)."""
    if a.long_en is None:
        return False
    words = a.long_en.text.split()
    return len(words) >= 2 and any(
        w.isalpha() and w.islower() and w.casefold() not in ctx.rules.latin_connectors
        for w in words[1:]
    )


def _country_before_abbreviation(ctx: Ctx, c: Cand) -> Cand:
    """美國 + FDA, 歐盟 + EMA: a country's word before a body's Latin abbreviation says whose
    body it is; the name written is the abbreviation (its own lexicon name), while the
    Chinese full name keeps its country (美國食品藥物管理局)."""
    if c.label != ORG or not isinstance(c.entry, OrgEntry) or c.entry.kind == "company":
        return c
    text = ctx.fold[c.start : c.end]
    for country in ctx.rules.country_prefixes:
        rest = text.removeprefix(country)
        if rest == text:
            continue
        bare = rest.lstrip()
        names = {fold_width(n).casefold() for n in c.entry.names}
        if bare.isascii() and bare.isupper() and bare.casefold() in names:
            start = c.end - len(bare)
            return Cand(start, c.end, ORG, c.kind, c.rule, c.strength, c.entry, c.source)
        return c
    return c


# The last join of a list of three or more: 本田、日產 + 與 + 豐田.
_LIST_LAST_JOIN = re.compile(r"\s*[與和及]\s*$")


# A line's label: what opens it before its colon, past a bullet, an emoji or a box mark.
_LINE_LABEL = re.compile(r"^[^\w\n]*(?P<label>[^\W_][^：:\n，,。、；]{0,9}?)\s*[：:]", re.MULTILINE)


def _vouched_line_labels(
    ctx: Ctx, waiting: Sequence[Cand], kept: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """▋台積電：… / ▋英特爾：…, • 華邦電：… / 群聯：…: a note that labels its lines with the
    companies it covers makes each label a company once one of them is a company on its own;
    a listed short name that is also a word (群聯, 旺宏) is then the company too, unless it is
    a common word of the dictionary (材料：, 數字： label a spec's lines) (orgs87)."""
    if not waiting:
        return set()
    labels = {(m.start("label"), m.end("label")) for m in _LINE_LABEL.finditer(ctx.fold)}
    if not labels & kept:
        return set()
    return {
        (c.start, c.end)
        for c in waiting
        if (c.start, c.end) in labels and ctx.word_freq(ctx.fold[c.start : c.end]) < COMMON_FREQ
    }


def _vouched_list_members(
    ctx: Ctx, hits: Sequence[Cand], kept: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """本田、日產與豐田: a list of lexicon companies vouches for each member when one of them
    is certain. Items joined by 、, and the last one by 與 / 和 / 及 once a 、 made it a list
    (大量 + 與 + 台積電 alone is "many, with TSMC")."""
    orgs = sorted(
        (c for c in hits if c.label == ORG and isinstance(c.entry, OrgEntry)),
        key=lambda c: c.start,
    )
    out: set[tuple[int, int]] = set()
    run: list[Cand] = []

    def close() -> None:
        if len(run) >= 2 and any((c.start, c.end) in kept for c in run):
            out.update((c.start, c.end) for c in run)

    for c in orgs:
        if run and c.start >= run[-1].end:
            gap = ctx.fold[run[-1].end : c.start]
            listed = len(run) >= 2 and "、" in ctx.fold[run[0].end : run[-1].start]
            if _LIST_GAP.match(gap) or (listed and _LIST_LAST_JOIN.match(gap)):
                run.append(c)
                continue
            close()
            run = []
        if not run or c.start >= run[-1].end:
            run = [c]
    close()
    return out


# a capitalised Latin word and one space right before a lexicon hit: a given name, if listed
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def _given_name_before(ctx: Ctx, c: Cand) -> bool:
    """Richard + Bernstein: a Latin lexicon name written after a given name (one space
    between) is a person's surname; the firm named after a family is written alone."""
    if c.label != ORG or not ctx.fold[c.start : c.end].isascii():
        return False
    m = _WORD_BEFORE.search(ctx.fold, max(0, c.start - 16), c.start)
    return m is not None and m.group(1) in ctx.rules.given_names


def _trade_namesakes(ctx: Ctx, hits: Sequence[Cand]) -> frozenset[str]:
    """The ``field_namesakes`` (IDC) the document writes before a trade's business word
    (IDC + 業務, IDC + 及液冷業務) at least once: there it speaks of the trade, and its other
    mentions name the firm only in a company's context."""
    rules, fold = ctx.rules, ctx.fold
    if not rules.field_namesakes:
        return frozenset()
    return frozenset(
        fold[c.start : c.end].casefold()
        for c in hits
        if c.label == ORG
        and fold[c.start : c.end].casefold() in rules.field_namesakes
        and (
            rules.field_namesake_after_re.match(fold, c.end)
            or rules.field_namesake_before_re.search(fold, max(0, c.start - 8), c.start)
        )
    )


_GLOSS_AFTER = re.compile(r"\s?[（(]\s?")
_GLOSS_CLOSE = re.compile(r"\s?[）)]")


def _glossed_by_own_name(ctx: Ctx, c: Cand, by_span: Mapping[tuple[int, int], object]) -> bool:
    """通用(GM), GM（通用汽車）: a name glossed in brackets by another name of the same company
    (or glossing one) is that company, though each alone is an everyday word (通用 general, GM
    gross margin): the pair vouches for both (orgs65)."""
    fold = ctx.fold
    m = _GLOSS_AFTER.match(fold, c.end)
    if m is not None:  # the name, then its gloss
        for end in range(m.end() + 2, min(len(fold), m.end() + 40) + 1):
            if by_span.get((m.end(), end)) is c.entry and _GLOSS_CLOSE.match(fold, end):
                return True
    o = _GLOSS_AFTER.search(fold, max(0, c.start - 3), c.start)
    if o is None or o.end() != c.start or not _GLOSS_CLOSE.match(fold, c.end):
        return False
    return any(  # the gloss of a name right before its bracket
        by_span.get((start, o.start())) is c.entry
        for start in range(max(0, o.start() - 40), o.start() - 1)
    )


def _own_code_before(ctx: Ctx, start: int, entry: object) -> bool:
    """3443創意, 3044 健鼎: a listed short name right after its own stock code (a Taiwanese
    analyst's way of writing both) is the company, however common the word; any other number
    before it is no such evidence (orgs82)."""
    code = getattr(entry, "stock_code", None)
    if not code:
        return False
    fold = ctx.fold
    end = start - 1 if start > 0 and fold[start - 1] == " " else start
    lo = end - len(code)
    before = fold[lo - 1] if lo > 0 else " "
    return lo >= 0 and fold[lo:end] == code and not (before.isascii() and before.isalnum())


def in_company_context(ctx: Ctx, hits: Sequence[Cand]) -> list[Cand]:
    """Lexicon hits, less listed short names that are common words outside company context.

    安心 or 世界 is a company only next to a company word (公司, 集團, 股價), an act
    (宣布, 表示), a cue before it (業者, 旗下) or in a list with another company.
    """
    rules, fold = ctx.rules, ctx.fold
    solid = sorted(
        ((c.start, c.end) for c in hits if c.label == ORG and not _needs_context(ctx, c)),
    )
    ends = {e: s for s, e in solid}
    starts = {s for s, _ in solid}

    def listed_with_company(s: int, e: int) -> bool:
        # A company ending at most 4 characters before: those ends looked up, not every
        # company's end walked per name (the same test, whichever end passes it).
        for end in range(s - 4, s + 1):
            if end in ends and _LIST_GAP.match(fold[end:s]):
                return True
        m = _LIST_GAP_AFTER.match(fold, e)
        return m is not None and m.end() > e and m.end() in starts

    def company_context(s: int, e: int) -> bool:
        if fold[s:e].casefold() in rules.field_namesakes and (
            rules.namesake_firm_after_re.match(fold, e)
            or rules.namesake_firm_before_re.search(fold, max(0, s - 6), s)
        ):
            return True  # 根據 + IDC, IDC + 最新報告: the research firm (orgs52)
        return bool(
            rules.company_tail_re.match(fold, e)
            or rules.latin_company_tail_re.match(fold, e)
            or STOCK_CODE_AFTER.match(fold, e)
            or rules.org_acts_after_re.match(fold, e)
            or rules.company_before_re.search(fold[max(0, s - 8) : s])
            or rules.company_note_after_re.match(fold, e)  # 國巨目標價, MS 的報告 (orgs87)
            or rules.company_note_frame_re.match(fold, e)  # 大和…把南亞科目標價 (orgs87)
            or (  # 這幾份最新 + 國巨 + 報告 (orgs87)
                rules.company_report_after_re.match(fold, e) is not None
                and rules.company_report_before_re.search(fold, max(0, s - 3), s) is not None
            )
        )

    trades = _trade_namesakes(ctx, hits)
    by_span = {(c.start, c.end): c.entry for c in hits if isinstance(c.entry, OrgEntry)}
    out: list[Cand] = []
    waiting: list[Cand] = []  # common words with no context of their own: a list may vouch
    for c in hits:
        if _stray_piece(ctx, c) or _date_unit_head(ctx, c) or _fund_head(ctx, c):
            continue
        if fold[c.start : c.end].casefold() in trades and not company_context(c.start, c.end):
            continue  # IDC in a text on the data-centre trade: the trade, no firm (orgs48)
        many = rules.every_country_opener_re.search(fold, max(0, c.start - 5), c.start)
        if many and fold[c.start : c.end] in rules.every_country_bodies:
            continue  # 全球 + 央行: the class of a body every country has, no one (orgs48)
        if _given_name_before(ctx, c) and not company_context(c.start, c.end):
            continue  # 分析師Richard + Bernstein: a person's surname, no firm (orgs48)
        if not _needs_context(ctx, c):
            out.append(c)
            continue
        s, e = c.start, c.end
        if (
            company_context(s, e)
            or listed_with_company(s, e)
            or _glossed_by_own_name(ctx, c, by_span)
            or _own_code_before(ctx, c.start, c.entry)
        ):
            out.append(c)
        else:
            waiting.append(c)
    kept = {(c.start, c.end) for c in out}
    vouched = _vouched_list_members(ctx, hits, kept) | _vouched_line_labels(ctx, waiting, kept)
    chosen = {id(c) for c in out} | {id(c) for c in waiting if (c.start, c.end) in vouched}
    return [c for c in hits if id(c) in chosen]
    return out


def _measured(ctx: Ctx, start: int, end: int) -> bool:
    """台電 in 1,500台電腦: a short name whose first character is a measure word after a number
    (a number's digit, not an item's circled number: ①台積電 is a name, orgs53)."""
    return (
        end - start <= 3
        and start > 0
        and ctx.fold[start - 1].isdecimal()
        and ctx.fold[start] in ctx.glue_chars
    )


# the opening bracket before a gloss, a space allowed on either side
_GLOSS_OPEN = re.compile(r"\s?[（(]\s?$")


def _glossed_body_before(ctx: Ctx, short_start: int) -> tuple[int, int] | None:
    """The Chinese name right before an acronym's bracket when it ends in a body word of the
    association, research or agency kinds (基金會, 協會, 研究院 …): the words back to a stop word
    or a mark, at least two of them before the body word, none a person's role (orgs42)."""
    rules, fold = ctx.rules, ctx.fold
    m = _GLOSS_OPEN.search(fold, max(0, short_start - 3), short_start)
    if m is None:
        return None
    end = m.start()
    for suffix, info in rules.cjk_suffixes_longest:
        if info["strict"] or not fold.endswith(suffix, 0, end):
            continue
        if info["kind"] not in ("association", "research", "agency"):
            return None
        start = head = end - len(suffix)
        i = ctx.token_index_ending_at(head)
        while i is not None and i >= 0:
            s, e = ctx.tokens[i]
            tok = fold[s:e]
            if (
                head - s > 12
                or not all(CJK_RE.match(ch) for ch in tok)
                or ctx.is_function_word(tok)
                or DETERMINER.match(tok)
                or tok in rules.role_words
            ):
                break
            start, i = s, i - 1
        if head - start < 2 or rules.is_generic(fold[start:end]):
            return None
        return start, end
    return None


def _generic_body_glossed(ctx: Ctx, long_zh: str) -> bool:
    """AI 資料中心（AIDC）: a long form that is a word for a kind of facility or body
    (``generic_bodies``: 資料中心, 總部) after nothing but a short Latin term or a generic
    word names the kind, not one body."""
    rules = ctx.rules
    text = long_zh.replace(" ", "")
    body = next((g for g in rules.generic_bodies if text.endswith(g)), None)
    if body is None:
        return False
    head = text[: len(text) - len(body)]
    return not head or (head.isascii() and len(head) <= 3) or rules.is_generic(head)


def _term_holds_suffix(rules: rules_module.Rules, long_zh: str) -> bool:
    """人工智能, 雲計算: a long form that ends in a term of ``domain_terms`` longer than the
    organization ending it holds (智能) glosses the term; 某某半導體 (the ending the whole
    term) still reads as a name."""
    text = long_zh.replace(" ", "")
    suffix = rules.longest_cjk_suffix(text, 1)
    if suffix is None:
        return False
    return any(text[k:] in rules.domain_terms for k in range(len(text) - len(suffix)))


def _subunit_short_names(
    ctx: Ctx, abbreviations: Iterable[AbbrevMatch], subunits: Sequence[Cand]
) -> list[Cand]:
    """國家實驗研究院儀器科技研究中心（以下簡稱儀科中心）: a body found only as a unit of a
    known one still gives the short name its parenthesis defines (orgs60)."""
    by_end: dict[int, Cand] = {}
    for c in subunits:
        by_end.setdefault(c.end, c)
    out: list[Cand] = []
    for a in abbreviations:
        if a.regulation or a.long_zh is None or a.long_en is not None:
            continue
        unit = by_end.get(a.long_zh.end)
        if unit is None or ctx.rules.is_generic(a.short.text):
            continue
        short = Cand(a.short.start, a.short.end, ORG, unit.kind, rule_id("abbreviation_org"), 2)
        short.link = ctx.fold[unit.start : unit.end]
        out.append(short)
    return out


def _abbreviation_orgs(
    ctx: Ctx, abbreviations: Iterable[AbbrevMatch], known: set[str], found: Sequence[Cand]
) -> list[Cand]:
    """An abbreviation whose long form ends like an organization names one, in every form.

    A long form read back from the parenthesis may take a word too many (日獲…); a
    name already found that ends at the parenthesis gives the better start.
    """
    rules = ctx.rules
    ends: dict[int, Cand] = {}
    for c in sorted(found, key=lambda c: -c.strength):
        if c.label == ORG and c.strength >= 1:
            ends.setdefault(c.end, c)
    out: list[Cand] = []
    for a in abbreviations:
        if a.regulation:
            continue
        if a.long_zh is not None and goods_term(ctx, a.short.text, a.long_zh.start, a.long_zh.end):
            continue  # 純電動汽車（EV）: a kind of goods, though 汽車 ends companies' names too
        if a.long_zh is not None and _generic_body_glossed(ctx, a.long_zh.text):
            continue  # AI 資料中心（AIDC）: a kind of facility glossed, no body (orgs43)
        if (
            a.long_zh is not None
            and a.short.text.casefold() not in known
            and _term_holds_suffix(rules, a.long_zh.text)
        ):
            continue  # 人工智能（AI）: a term glossed, its 智能 no company's ending (orgs48)
        kind = None
        if a.long_zh is not None:
            kind = rules.cjk_org_kind(a.long_zh.text)
        if kind is None and a.long_en is not None:
            kind = rules.latin_org_kind(a.long_en.text)
        if kind is None and a.short.text.casefold() in known:
            kind = "other"
        if (
            kind is None
            and rules.org_acts_after_re.match(ctx.fold, a.end)
            and not rules.pair_not_org_after_re.match(ctx.fold, a.end)
        ):
            kind = "company"  # 彭博新能源財經（BloombergNEF, BNEF）預估 …: it acts, so it is a body
        if kind is None:
            continue
        if a.short.text.casefold() in rules.latin_places:
            continue  # Holdings (Samoa), X (HK) Co.: a place in parentheses, no abbreviation
        if a.long_en is None and (a.long_zh is None or rules.is_generic(a.long_zh.text)):
            glossed = _glossed_body_before(ctx, a.short.start)
            if glossed is not None:
                # 某某永續能源研究基金會(ABCE)簽署: the acronym's letters spell no Chinese (the
                # long form read back is the body word alone), but that word ends the name (orgs42)
                out.append(Cand(*glossed, ORG, kind, rule_id("abbreviation_org"), 2))
        for part in (a.long_zh, a.long_en, a.short):
            if part is not None and not rules.is_generic(part.text):
                start = part.start
                if part is a.long_zh:
                    english_country = a.long_en is not None and bool(
                        rules.english_country_re.search(a.long_en.text)
                    )
                    prior = ends.get(part.end)
                    legal = ctx.fold.startswith(rules.legal_form_prefixes, part.start)
                    if prior is not None and part.start <= prior.start and not legal:
                        start = prior.start
                        if english_country:  # 美國 + 食品藥物管理局 (U.S. Food and …)
                            for country in rules.country_prefixes:
                                if ctx.fold.endswith(country, part.start, start):
                                    start -= len(country)
                                    break
                    elif part.text.casefold() not in known and not english_country:
                        start = strip_country(ctx, part.start, part.end)
                out.append(Cand(start, part.end, ORG, kind, rule_id("abbreviation_org"), 2))
    return out


def _pair_orgs(
    ctx: Ctx, pairs: Iterable[NamePair], found: Sequence[Cand], terms: frozenset[str] = frozenset()
) -> list[Cand]:
    """輝達（NVIDIA）, Medtronic（美敦力）: a name given in two scripts is, by default, a company.

    Not when a product is written there or a product word follows (磷酸鋰鐵（LFP）電池), nor when
    the Latin side has no capital letter: a term glossed (believes（相信）, 同院（same-facility））;
    surer when a company cue follows (亦於, 宣布) or precedes (旗下), or one side is known.
    With neither, the pair alone is weak evidence: a Chinese side of ordinary words (大盤
    （Over-weight）, 晶圓測試（CP）) is a term translated, and no organization.
    """
    rules, fold = ctx.rules, ctx.fold
    pairs = list(pairs)
    orgs = {(c.start, c.end): c for c in found if c.label == ORG and c.strength >= 2}
    # (whether a product found overlaps a side: ``any(a < e and s < b …)`` over every
    # product, asked of a spans' index instead of walked for each pair)
    others = SpanReach((c.start, c.end) for c in found if c.label == PRODUCT and c.strength > 0)
    out: list[Cand] = []
    strong = {(c.start, c.end) for c in found if c.label == PRODUCT and c.strength >= 2}
    makers = {c.start: c.end for c in found if c.label == ORG and c.strength >= 1}
    for p in pairs:
        sides = [(p.zh.start, p.zh.end), (p.en.start, p.en.end)]
        if any(others.reaches(e, s) for s, e in sides):
            # 調節劑Zelvora（奧札莫德）: the Latin side a product found by a strong cue, the
            # Chinese side a word of its own (a transliteration, no dictionary word) is its
            # second name (prods28)
            zh = fold[p.zh.start : p.zh.end]
            if (
                (p.en.start, p.en.end) in strong
                and p.en.start < p.zh.start
                and not others.reaches(p.zh.end, p.zh.start)
                and len(zh) >= 3
                and re.fullmatch(f"[{CJK}]+", zh) is not None
                and ctx.word_freq(zh) == 0
                and not rules.is_generic(zh)
            ):
                second = Cand(p.zh.start, p.zh.end, PRODUCT, None, rule_id("name_pair_product"), 2)
                second.link = fold[p.en.start : p.en.end]
                out.append(second)
            continue
        # 某車廠海鷗（Gull）電動車: a found maker opening the Chinese side, a kind of product
        # right after the pair — the model's two names, the maker no part of them (prods34)
        maker_end = _maker_opening(ctx, p, makers)
        if maker_end is not None and _kind_after_pair(ctx, p.end):
            out += _pair_products(ctx, p, maker_end)
            continue
        if rules.pair_not_org_after_re.match(fold, p.end):
            continue
        if not any(ch.isupper() for ch in p.en.text):
            continue  # 相信（believes）, 付款人組合（payer mix）: a word glossed, no name
        if not any(s in orgs for s in sides) and _unit_pair(ctx, p):
            continue  # PC 業務（CSG）, Electrification（電氣化）業務: a company's segment (orgs88)
        if p.en.text.casefold() in terms:
            continue  # 違約損失率（LGD）where LGD is spelled out as Loss given default: a term
        if p.en.text.strip().casefold() in rules.org_not_kind_terms:
            continue  # CPO（共同封裝光學）, SSD（第一批工程樣品）: a kind glossed, no firm (orgs86)
        if _sentence_case_term(rules, p.en.text):
            continue  # 脈動陣列（Systolic array）: an English phrase in sentence case (orgs29)
        known = [orgs[s] for s in sides if s in orgs]
        if not known and p.en.text.split()[-1].casefold() in rules.english_part_kinds:
            continue  # 靜電保護器（ESD Diode）: a kind of electronic part glossed (orgs52)
        if not known and _process_glossed(ctx, p.zh.start, p.zh.end):
            continue  # 成品測試（FT）: a step of a process glossed, no firm (orgs52)
        if not known and _class_glossed(rules, fold[p.zh.start : p.zh.end]):
            continue  # 主權財富基金（SWFs）: a class of funds or a term glossed, no name (orgs48)
        if not known and _kind_glossed(ctx, p):
            if _INITIALISM.fullmatch(p.en.text):
                continue  # 小語言模型（SLMs）, 圖形處理器（GPU）: the kind's own initials
            if _described_kind(ctx, p.en.text):
                continue  # 驅動模組（AC-in Driver-on-Board Module）: the kind told in English
            # 自研模型（Zeta-4o）: a kind of product named by the Latin name, no company
            out.append(Cand(p.en.start, p.en.end, PRODUCT, None, rule_id("kind_gloss"), 2))
            continue
        if not known and _product_pair(ctx, p):
            if not _abbreviated_term(ctx, p):
                out += _pair_products(ctx, p)
            continue
        if not known and _initialism_glossed(ctx, p):
            continue  # MTS（薄膜觸控開關）, NPU（神經網路引擎）: a term spelled out (orgs63)
        first = min(p.zh.start, p.en.start)
        cued = bool(
            p.acts
            or _cued_after(ctx, p, makers)
            or rules.company_before_re.search(fold[max(0, first - 8) : first])
        )
        kind = known[0].kind if known else "company"
        strength = 2 if known or cued else 1
        if strength == 1 and ordinary_gloss(ctx, p.en.text, p.zh.start, p.zh.end):
            continue
        if strength == 1 and not _coined_pair(ctx, p, pairs, orgs, makers):
            continue  # 履約價值（RPO）, 訓練（Training）: a term glossed, no firm (orgs88)
        for s, e in sides:
            out.append(Cand(s, e, ORG, kind, rule_id("name_pair"), strength))
    return out


def _cued_after(ctx: Ctx, p: NamePair, makers: Mapping[int, int]) -> bool:
    """A company's cue right after the pair (亦, 宣布, 營收: ``pair_org_after``); a joiner of a
    list (與, 和, 及) is one only when a found firm follows it — 訓練（Training）與推理, 聚乙烯
    （PE）與聚丙烯 join terms, 輝達（NVIDIA）與超微 firms (orgs88)."""
    rules = ctx.rules
    if not rules.pair_org_after_re.match(ctx.fold, p.end):
        return False
    joined = rules.pair_joiner_after_re.match(ctx.fold, p.end)
    if joined is None or joined.end() in makers:
        return True
    # 聯電（UMC）與 + 力積電: a coined word after the joiner, a firm no lexicon names
    i = ctx.token_index_at(joined.end())
    if i is None:
        return False
    s, e = ctx.tokens[i]
    word = ctx.fold[s:e]
    return CJK_RE.match(word) is not None and (ctx.word_freq(word) < GLOSS_FREQ or e - s == 1)


def _unit_pair(ctx: Ctx, p: NamePair) -> bool:
    """PC 業務（CSG）, 行動與客戶業務（MCBU）, Electrification（電氣化）業務: a pair whose Chinese
    side ends in a word for a company's unit, or that one follows, names a segment the company
    reports (``pair_unit_words``), never a firm of its own (orgs88)."""
    units = ctx.rules.pair_unit_words
    after = ctx.fold[p.end : p.end + 4].lstrip()
    return ctx.fold[p.zh.start : p.zh.end].rstrip().endswith(units) or after.startswith(units)


def _coined_pair(
    ctx: Ctx,
    p: NamePair,
    pairs: Sequence[NamePair],
    orgs: Mapping[tuple[int, int], Cand],
    makers: Mapping[int, int],
) -> bool:
    """A pair with no cue and neither side known is a firm's two names only by a name's own
    mark: a Chinese word the dictionary lacks or rarely saw (舍弗勒, 特斯拉: a transliteration), an
    organization's ending, a country and one word (日本 + 顯示器（JDI）), a found firm opening it
    (東芝 + 內存（TMC）), or a list mate of a known firm's pair (海思 (Hisilicon) 與 比特大陸
    (Bitmain)), or a firm's results told after it (環球健康 (UHS) 2026 Q1 法說會). Common
    dictionary words glossed by initials or English translate a term (履約價值（RPO）, 股票薪酬
    （SBC）): most such pairs on posts nobody tuned on (orgs88)."""
    rules = ctx.rules
    if rules.cjk_org_kind(ctx.fold[p.zh.start : p.zh.end]) is not None:
        return True
    cjk = [t for t in ctx.words_in(p.zh.start, p.zh.end) if CJK_RE.match(t)]
    if not cjk:
        return True
    # a word the dictionary hardly saw is a coined name's (寧德 2, 輝達 6); one it saw more
    # often (特斯拉 79, but 交換器 36, 護城河 65) is a name only as the whole side and with the
    # text naming it a firm elsewhere; inside several words (積壓 + 訂單, 股票 + 薪酬) it is a
    # term's part: most such pairs on posts nobody tuned on (orgs89)
    if any(_coined_word(ctx, t) for t in cjk):
        return True
    if (
        len(cjk) == 1
        and ctx.word_freq(cjk[0]) < GLOSS_FREQ
        and (_firm_elsewhere(ctx, p) or _coined_list_mate(ctx, p, pairs))
    ):
        return True
    if rules.pair_results_after_re.match(ctx.fold, p.end):
        return True  # 環球健康 (UHS) 2026 Q1 法說會: a listed firm's results
    if len(cjk) == 2 and cjk[0] in rules.country_words and len(cjk[1]) >= 2:
        return True  # 日本 + 顯示器（JDI）, 澳洲 + 畢馬威 (not 日本 + 組裝 + 調校)
    opener = makers.get(p.zh.start)
    if opener is not None and opener < p.zh.end:
        return True
    return any(
        q is not p
        and _PAIR_LIST_GAP.fullmatch(
            ctx.fold[p.end : q.start] if q.start >= p.end else ctx.fold[q.end : p.start]
        )
        is not None
        and any(side in orgs for side in ((q.zh.start, q.zh.end), (q.en.start, q.en.end)))
        for q in pairs
    )


def _coined_word(ctx: Ctx, word: str) -> bool:
    """寧德, 舍弗勒: a word the dictionary hardly saw; not a determiner or an amount, which it
    may not count at all (這些 + 雲端巨頭, 大量 + 推理, 一切: orgs89)."""
    return (
        ctx.word_freq(word) < COINED_FREQ
        and not ctx.is_function_word(word)
        and not DETERMINER.match(word)
        and word not in ctx.rules.quantity_words
    )


def _coined_list_mate(ctx: Ctx, p: NamePair, pairs: Sequence[NamePair]) -> bool:
    """紫光展銳 (Unisoc)、海思 (Hisilicon), 公司如佳能 (Canon)及東京威力科創(TEL): a pair listed
    right beside one whose Chinese side is coined is one firm of a list of firms (orgs89)."""
    for q in pairs:
        if q is p:
            continue
        gap = ctx.fold[p.end : q.start] if q.start >= p.end else ctx.fold[q.end : p.start]
        if _PAIR_LIST_GAP.fullmatch(gap) is not None and any(
            CJK_RE.match(t) and _coined_word(ctx, t) for t in ctx.words_in(q.zh.start, q.zh.end)
        ):
            return True
    return False


def _firm_elsewhere(ctx: Ctx, p: NamePair) -> bool:
    """特斯拉（Tesla）… 特斯拉則因 … 包括特斯拉及: the Chinese side written again outside the pair
    with a company's context — an act or a company word after it (表示, 宣布, 營收, 股價) or a
    party's cue before it (包括, 由) — is the firm's name; a term glossed (護城河（Moat）) is
    written again with none (orgs89)."""
    rules, fold = ctx.rules, ctx.fold
    return any(
        not (p.start <= at < p.end)
        and (
            rules.org_acts_after_re.match(fold, end)
            or rules.weak_suffix_after_re.match(fold, end)
            or rules.company_tail_re.match(fold, end)
            or rules.weak_suffix_before_re.search(fold, max(0, at - 4), at)
        )
        for at, end in places_of(fold[p.zh.start : p.zh.end], fold)
    )


# what stands between two pairs of one list: a joiner, spaces (可口可樂（KO）、星巴克（SBUX）)
_PAIR_LIST_GAP = re.compile(r"\s*[、，,及和與跟]?\s*")


def _process_glossed(ctx: Ctx, start: int, end: int) -> bool:
    """成品 + 測試, 晶圓 + 針測: dictionary words closed by a step of a process
    (``gloss_process_words``); the step itself may be a trade's word the dictionary lacks
    (針測, orgs83), the words before it may not (華測 + 檢測)."""
    fold, rules = ctx.fold, ctx.rules
    steps = [w for w in rules.gloss_process_words if fold.endswith(w, start, end)]
    step = max(steps, key=len, default=None)
    if step is None or rules.cjk_org_kind(fold[start:end]) is not None:
        return False
    head_end = end - len(step)
    if head_end > start and not ctx.is_boundary(head_end):
        return _dictionary_phrase(ctx, start, end)
    return head_end == start or _dictionary_phrase(ctx, start, head_end)


def _dictionary_phrase(ctx: Ctx, start: int, end: int) -> bool:
    """成品 + 測試: Chinese dictionary words only, with no organization's ending (華測 + 檢測
    opens with a word the dictionary lacks: a firm's name)."""
    if ctx.rules.cjk_org_kind(ctx.fold[start:end]) is not None:
        return False
    toks = ctx.tokens_in(start, end)
    return bool(toks) and all(CJK_RE.match(t) and ctx.word_freq(t) > 0 for t in toks)


def _class_glossed(rules: rules_module.Rules, zh: str) -> bool:
    """主權財富基金, 對沖基金, 人工智慧: a class of funds (``fund_class_words`` + 基金) or a
    generic term is what an English gloss after it translates, never one body's name; so is a
    kind of company (跨國藥企（MNC）: ``kind_noun_endings``, which no firm's name ends in)."""
    zh = zh.replace(" ", "")
    if rules.is_generic(zh) or zh.endswith(rules.kind_noun_endings):
        return True
    return zh.endswith("基金") and zh[:-2] in rules.fund_class_words


def _initialism_glossed(ctx: Ctx, p: NamePair) -> bool:
    """MTS（薄膜觸控開關）, NPU（神經網路引擎）: initials, then in brackets Chinese words the
    dictionary knows, the last of them no organization's word (開關, 引擎, 成本), spell a term
    out; a firm's name is coined or ends in one (NS（國家半導體）). One known word (UMC（聯電）)
    or initials AFTER a known word (台積電（TSMC）) may be a firm the dictionary knows."""
    if p.en.start > p.zh.start:
        return False
    en = p.en.text
    if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", en) is None or sum(map(str.isupper, en)) < 2:
        return False
    words = ctx.words_in(p.zh.start, p.zh.end)
    if len(words) < 2 or not all(ctx.word_freq(w) > 0 for w in words):
        return False  # one word (UMC（聯電）) may be a firm's short name the dictionary knows
    # 國家 + 半導體, 投資 + 基金: an organization's word ending the Chinese keeps it a name
    last = words[-1]
    return not (ctx.rules.cjk_suffix_re.search(last) or ctx.rules.body_ending_re.search(last[-1]))


def _sentence_case_term(rules: rules_module.Rules, en: str) -> bool:
    """Systolic array, Large language model: a phrase of several words with only its first
    capitalised is an English term written as a sentence starts; a name capitalises each of
    its words but the particles (Bank of America, Taiwan Semiconductor)."""
    words = en.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    rest = [w for w in words[1:] if w.casefold() not in rules.english_particles]
    return bool(rest) and all(w.isalpha() and w.islower() for w in rest)


def _product_pair(ctx: Ctx, p: NamePair) -> bool:
    """歐某沃（Ortivo）獲FDA核准, 抗癌藥歐某沃（Ortivo）: a product's cue right after the
    pair (product_after: 獲FDA, 晶片, 手機) or a kind of drug right before it says the two
    names are a product's, not a company's."""
    first = min(p.zh.start, p.en.start)
    return (
        bool(ctx.rules.product_after_re.match(ctx.fold, p.end))
        or drug_word_before(ctx, first)
        or _drug_word_end(ctx, p.zh.start, p.zh.end) > p.zh.start
    )


def _abbreviated_term(ctx: Ctx, p: NamePair) -> bool:
    """補充新藥申請（sNDA）, 新藥臨床試驗申請（IND）: initials (a lower-case prefix letter
    allowed) glossing a Chinese phrase that ends in a common word (申請, 試驗) abbreviate a
    term, a filing or a study; a product's Chinese name ends in its own rare syllables."""
    if p.zh.start > p.en.start or not _PREFIXED_INITIALISM.fullmatch(p.en.text):
        return False
    i = ctx.token_index_ending_at(p.zh.end)
    if i is None:
        return False
    s, e = ctx.tokens[i]
    last = ctx.fold[s:e]
    return len(last) >= 2 and ctx.word_freq(last) >= ctx.rules.drug_word_freq


# initials with an optional lower-case prefix letter (sNDA, sBLA, NDA): an abbreviated term
_PREFIXED_INITIALISM = re.compile(r"[a-z]?[A-Z]{2,6}")


# Capitals only, with no digit, a plural s allowed (GPU, LLMs): the initials of the words glossed
_INITIALISM = re.compile(r"[A-Z]{2,6}s?")


def _described_kind(ctx: Ctx, latin: str) -> bool:
    """AC-in Driver-on-Board Module, Lab on a Chip Platform: a Latin gloss joined by an
    English particle in lower case (in, on, of: ``english_particles``) describes the kind in
    English words; a product's name has none."""
    words = re.split(r"[\s\-]+", latin)
    return any(w in ctx.rules.english_particles for w in words[1:-1])


def _kind_glossed(ctx: Ctx, p: NamePair) -> bool:
    """自研模型（Zeta-4o）, 旗艦手機（Orvane X5）: the Chinese side, before the Latin one,
    ends in a word for a kind of product."""
    i = ctx.token_index_ending_at(p.zh.end)
    if p.zh.start > p.en.start or i is None:
        return False
    s, e = ctx.tokens[i]
    return ctx.rules.is_product_noun(ctx.fold[s:e])


def _drug_word_end(ctx: Ctx, start: int, end: int) -> int:
    """抗癌藥 + 歐某沃: the end of a kind of drug that opens ``fold[start:end]`` (a word
    ending in 藥, not 製藥), else ``start``."""
    rules, fold = ctx.rules, ctx.fold
    k = ctx.token_index_at(start)
    while k is not None and k < len(ctx.tokens) and ctx.tokens[k][1] < end - 1:
        e = ctx.tokens[k][1]
        word = fold[start:e]
        if word.endswith(rules.drug_word_endings) and word not in rules.drug_word_not_cues:
            return e
        k += 1
    return start


def _maker_opening(ctx: Ctx, p: NamePair, makers: Mapping[int, int]) -> int | None:
    """某車廠 + 海鷗（Gull）: the end of a found company that opens the Chinese side written
    before the Latin one, when a name of two characters or more follows it, else None."""
    if p.zh.start > p.en.start:
        return None
    end = makers.get(p.zh.start)
    if end is None or p.zh.end - end < 2 or not ctx.is_boundary(end):
        return None
    rest = ctx.fold[end : p.zh.end]
    if not CJK_RE.match(rest) or ctx.rules.is_generic(rest) or ctx.is_verb(rest):
        return None
    return end


def _kind_after_pair(ctx: Ctx, end: int) -> bool:
    """海鷗（Gull）+ 電動車, 某某（Nova）+ 瀏覽器: a word for a kind of product right after
    the pair (``pair_product_kinds``, or a product noun: 手機, 系統)."""
    i = ctx.token_index_at(end + (ctx.fold[end : end + 1] == " "))
    if i is None:
        return False
    s, e = ctx.tokens[i]
    tok = ctx.fold[s:e]
    kinds = ctx.rules.pair_product_kinds
    return tok in kinds or ctx.rules.is_product_noun(tok) or ctx.fold.startswith(kinds, s)


def _pair_products(ctx: Ctx, p: NamePair, start: int | None = None) -> list[Cand]:
    """The two names of a product pair, the Chinese one linked to the Latin one (one record);
    a kind of drug glued before the Chinese name (抗癌藥 + 歐某沃) is no part of it, nor a
    maker opening it (``start``: 某車廠 + 海鷗)."""
    fold = ctx.fold
    zs = _drug_word_end(ctx, p.zh.start, p.zh.end) if start is None else start
    rule = rule_id("name_pair_product")
    out = [Cand(p.en.start, p.en.end, PRODUCT, None, rule, 2)]
    if p.zh.end - zs >= 2:
        zh = Cand(zs, p.zh.end, PRODUCT, None, rule, 2)
        zh.link = fold[p.en.start : p.en.end]
        out.append(zh)
    return out


_HOSTED_MODEL = rule_id("hosted_model")


def resolve(cands: Sequence[Cand]) -> list[Cand]:
    """Non-overlapping mentions: longer first, then stronger, then earlier."""
    chosen: list[Cand] = []
    size = max((c.end for c in cands), default=0)
    taken = bytearray(size)
    for c in sorted(cands, key=lambda c: (-c.length, -c.strength, c.start)):
        if c.length <= 0 or 1 in taken[c.start : c.end]:
            continue
        chosen.append(c)
        taken[c.start : c.end] = b"\x01" * c.length
    return sorted(chosen, key=lambda c: c.start)


def _defined_names_are_theirs(ctx: Ctx, found: list[Cand], defined: list[Cand]) -> None:
    """FOCALTECH ELECTRONICS, LTD.（以下簡稱 FOCALTECH 公司）: a short name the text defines for
    a registered name is that name's, wherever it is written, whatever company a lexicon
    gives the same word (3545 is FocalTech itself, not this subsidiary)."""
    fold = ctx.fold
    owner = {fold[d.start : d.end].casefold(): d for d in defined if d.link is not None}
    if not owner:
        return
    for c in found:
        d = owner.get(fold[c.start : c.end].casefold())
        if d is None or c is d or c.label != ORG or c.entry is None:
            continue
        if d.entry is None or getattr(c.entry, "stock_code", None) != getattr(
            d.entry, "stock_code", None
        ):
            c.entry, c.link, c.rule = d.entry, d.link, d.rule


def _vote_labels(cands: list[Cand]) -> None:
    """One label per written name across the document: the best-supported one wins."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in cands:
        votes[c.key][c.label] += c.strength + 1
    for c in cands:
        if c.source == "lexicon" or c.rule == _HOSTED_MODEL:
            continue  # 接入某Seek: the frame names the model in this one place
        v = votes[c.key]
        best = max(v, key=lambda k: v[k])
        if best != c.label:
            c.label = best
            c.kind = c.kind if best == ORG else None


# a name that is a title: a paper's (《華爾街日報》) or a launched product's (推出《王者榮耀》)
_TITLE_RULES = frozenset({MEDIA_TITLE_RULE, LAUNCHED_TITLE_RULE})
# a note's title quoted in a digest (《食品|某某啤酒(002461)：…》) names its company by
# the code (orgs47)
_IN_TITLE_KEPT = _TITLE_RULES | {rule_id("stock_code")}


def _text_only(find: Callable[[Ctx], list[Cand]]) -> Finder:
    def finder(ctx: Ctx, lexicon: Sequence[Cand]) -> list[Cand]:
        return find(ctx)

    finder.__name__ = find.__name__
    return finder


# A finder reads the context and the lexicon hits and proposes candidates; order is
# only the order candidates are listed in (resolution is longest, strongest, first).
Finder = Callable[[Ctx, Sequence[Cand]], list[Cand]]
FINDERS: tuple[Finder, ...] = (
    find_product_models,
    find_found_models,
    find_generation_code_names,
    find_maker_models,
    find_model_series,
    find_cjk_model_series,
    find_named_models,
    find_latin_candidates,
    _text_only(find_source_orgs),
    _text_only(find_enumerations),
    _text_only(find_headed_model_lists),
    _text_only(find_led_names),
    find_kind_led_latin_lists,
    find_list_mates,
    _text_only(find_cjk_suffix_names),
    _text_only(find_registered_names),
    _text_only(find_country_agencies),
    _text_only(find_government_bodies),
    _text_only(find_international_bodies),
    _text_only(find_copula_lists),
    _text_only(find_partner_lists),
    _text_only(find_party_lists),
    _text_only(find_deal_parties),
    _text_only(find_counted_product_lists),
    _text_only(find_parent_companies),
    _text_only(find_officer_employers),
    _text_only(find_figure_subjects),
    find_family_names,
    _text_only(find_acting_subjects),
    _text_only(find_framed_names),
    _text_only(find_table_orgs),
    _text_only(find_cell_legal_names),
    _text_only(find_quoted_products),
    _text_only(find_field_products),
    _text_only(find_launched_titles),
    _text_only(find_launched_short_forms),
    find_framed_cjk_products,
    _text_only(find_media_titles),
    _text_only(find_reporting_sources),
    _text_only(find_headline_speakers),
    find_inn_names,
    find_form_names,
    find_marked_brands,
    find_coded_names,
    find_glossed_names,
    _text_only(find_listing_marked_names),
    _text_only(find_counted_stock_lists),
    # weakest: a list that only its clause vouches for, after every list with a cue of its own
    _text_only(find_cued_lists),
    _text_only(find_round_leads),
)


# After a code-like name: a clinical trial (AdvanTIG-301和AdvanTIG-302試驗,
# REDEFINE 11的新III期臨床) or a plant (TACC-19廠), not a product.
_TRIAL_AFTER = re.compile(
    r"(?:\s*(?:和|與|及|、|,)\s*[A-Za-z0-9][A-Za-z0-9\- ]{0,20})*\s*(?:的)?(?:新)?"
    r"(?:[IV]+期|[一二三四1-4]期|[IV]+/[IV]+期)?\s*(?:臨床試驗|臨床研究|臨床|試驗|研究|廠房|廠)"
)


_VOUCHED_RULES = frozenset(rule_id(r) for r in ("stock_code", "listing_mark"))
_CLAUSE_MARKS = frozenset("，,。；;：:！？!?\n（）()「」『』《》")


def _field_lists(ctx: Ctx) -> list[tuple[int, int]]:
    """Spans of the lists closed by 等 + a field's word (軍工、航天航空、阻燃等領域): from the
    clause's start to the field word, when a 、 joins items there."""
    out: list[tuple[int, int]] = []
    fold = ctx.fold
    for m in ctx.rules.field_list_tail_re.finditer(fold):
        if ctx.rules.enum_tail_re.match(fold, m.start()):
            continue  # 甲、乙等行業領軍企業: the field qualifies a kind of company (its list)
        lo = m.start()
        while lo > 0 and fold[lo - 1] not in _CLAUSE_MARKS:
            lo -= 1
        if "、" in fold[lo : m.start()]:
            out.append((lo, m.end()))
    return out


def _in_field_list(c: Cand, spans: Sequence[tuple[int, int]]) -> bool:
    """An organization found by a pattern inside a list of fields is one of the fields."""
    if c.label != ORG or c.source == "lexicon" or c.rule in _VOUCHED_RULES:
        return False
    return any(lo <= c.start and c.end <= hi for lo, hi in spans)


def _trial_or_site(ctx: Ctx, c: Cand) -> bool:
    """A pattern product named right before 試驗 / 臨床 / 廠 names a trial or a plant."""
    if c.label != PRODUCT or c.source == "lexicon" or c.rule in (_INN_RULE, _DRUG_CODE_RULE):
        return False
    rules, fold = ctx.rules, ctx.fold
    m = _TRIAL_AFTER.match(fold, c.end)
    if m is None:
        return False
    # 產品CT0596的臨床試驗, X的臨床試驗申請: the trial of a drug named as a drug (prods48)
    kind_before = rules.trial_drug_kind_before_re.search(fold, max(0, c.start - 6), c.start)
    return kind_before is None and rules.trial_applied_re.match(fold, m.end()) is None


# 標普500的, 富時100、: a two- to four-digit number written right after a Chinese name and then
# a mark, a joining word or a move (no unit, no figure of the company's: 鴻海100億, 台積電500張;
# no code of a form: FDA 510(k))
_INDEX_LEVEL = re.compile(r"(?<=[\u4e00-\u9fff])[0-9]{2,4}(?=\s*(?:[的之、，。,及與和漲跌收]|$))")


def _names_a_technology(ctx: Ctx, c: Cand) -> bool:
    """ARM架構, 標準普爾500指數: a company's name before an architecture's or an index's
    word names the architecture or the index (``technology_after``), not the company; so
    does a name with an index's size after it and nothing else (比標普500的1.45倍), and an
    index's namesake before a move of the market (``index_namesakes``: orgs36)."""
    if c.label != ORG:
        return False
    rules, fold = ctx.rules, ctx.fold
    return bool(
        rules.technology_after_re.match(fold, c.end)
        or _INDEX_LEVEL.match(fold, c.end)
        # 標普開盤一度跌, 那斯達克上漲2%: an index's namesake followed by a move of the market
        or (
            fold[c.start : c.end] in rules.index_namesakes
            and rules.index_move_re.match(fold, c.end)
        )
    )


# a drug's code inside a longer hyphened name: PanACEA-BTZ-043-02 (a study's acronym, the code,
# a study number)
_CODE_SHAPE = re.compile(r"[A-Z]{2,6}-?[0-9]{2,6}")


def _trials_named_by_codes(ctx: Ctx, found: list[Cand]) -> list[Cand]:
    """PanACEA-BTZ-043-02, PanACEA: a name read by its shape that holds a found drug code with
    a Latin word hyphened before it (and a study number after) is the trial run on that drug,
    named as registries name studies — no product; nor is that word alone, the consortium's
    or the programme's acronym the trial is named by, unless a lexicon knows it (prods40)."""
    fold = ctx.fold
    codes = {
        fold[c.start : c.end]
        for c in found
        if c.label == PRODUCT and _CODE_SHAPE.fullmatch(fold, c.start, c.end)
    }
    if not codes:
        return found
    trial = re.compile(
        r"([A-Za-z][A-Za-z0-9]{2,})[-‐–](?:"
        + "|".join(re.escape(k) for k in sorted(codes, key=len, reverse=True))
        + r")(?:[-‐–][0-9]{1,3})?"
    )
    trials: set[tuple[int, int]] = set()
    heads: set[str] = set()
    for c in found:
        if c.label != PRODUCT or c.source == "lexicon":
            continue
        m = trial.fullmatch(fold, c.start, c.end)
        if m is not None:
            trials.add((c.start, c.end))
            heads.add(m.group(1))
    if not trials:
        return found
    return [
        c
        for c in found
        if not (
            c.label == PRODUCT
            and c.source != "lexicon"
            and ((c.start, c.end) in trials or fold[c.start : c.end] in heads)
        )
    ]


def _heads_cut_by_names_alone(ctx: Ctx, found: list[Cand]) -> None:
    """窺探出一二 + 迪哲醫藥, 長期來看 + 天風電子: a name found standing alone elsewhere in the
    text, or the short form of one (昱達 of 昱達科技), tells where it starts; a pattern name
    that ends with it after a verb or a function word (read back from a suffix or a frame)
    starts there too. A place before it stays (杭州 + 漢達 is a subsidiary): only a head with
    a predicate or a function word is cut."""
    fold = ctx.fold
    alone: dict[str, set[int]] = defaultdict(set)
    for c in found:
        if c.label == ORG and c.strength >= 1 and c.length >= 2:
            alone[fold[c.start : c.end]].add(c.start)
    # a found name's short form (昱達 of 昱達科技) tells as much: 因 + 昱達 + 併購 is 昱達
    # (a company's: an agency's tail 委員會 is a kind word), when the short form is no word
    by_name = {
        fold[c.start : c.end]: c.start for c in found if c.label == ORG and c.kind == "company"
    }
    for short, full in short_forms(ctx, found).items():
        if full in by_name and not ctx.rules.is_generic(short) and not ctx.word_freq(short):
            alone[short].add(by_name[full])
    for c in found:
        if c.label != ORG or c.source == "lexicon":
            continue
        for b in range(c.start + 1, c.end - 1):
            starts = alone.get(fold[b : c.end])
            if not starts or not starts - {b}:
                continue
            head = ctx.words_in(c.start, b)
            if any(
                t in ctx.predicates or ctx.is_function_word(t) or t in ctx.glue_chars for t in head
            ):
                c.start = b
            break


_CJK_RUN = re.compile(f"[{CJK}]+")


def _makers_glued_to_common_words(ctx: Ctx, found: list[Cand]) -> None:
    """Lexicon company + common words (a model, a report): 某汽車 + 海豹, 某藥廠 + 財報. A
    pattern name that opens with a lexicon company and goes on with dictionary words only,
    none of them a kind of organization, a place or an affiliate's mark, names that company
    and nothing more when the text also writes those words without the company (目前 +
    海豹 + 售價: the model by itself): the lexicon's hit already holds the company, the run
    is dropped. A run ending with a kind word (某某 + 投資公司), or whose rest never stands
    alone (東芝 + 內存, 日立 + 永大: a subsidiary's name), stays."""
    fold, rules = ctx.fold, ctx.rules
    heads: dict[int, int] = {}
    for c in found:
        if c.label == ORG and c.source == "lexicon" and c.kind == "company":
            heads[c.start] = max(heads.get(c.start, 0), c.end)
    if not heads:
        return
    names = {fold[c.start : c.end] for c in found if c.label == ORG and c.strength >= 1}
    for c in found:
        if c.label != ORG or c.source == "lexicon" or c.start not in heads:
            continue
        cut = heads[c.start]
        rest = fold[cut : c.end]
        if cut >= c.end or not ctx.is_boundary(cut) or not _CJK_RUN.fullmatch(rest):
            continue
        if rules.cjk_org_kind(fold[c.start : c.end]) or rules.subsidiary_mark_re.search(rest):
            continue
        words = ctx.words_in(cut, c.end)
        if rest in names or not all(ctx.word_freq(w) for w in words):
            continue
        maker = fold[c.start : cut]
        if any(fold[p - len(maker) : p] != maker for p in _starts_of(fold, rest)):
            c.end = c.start  # length 0: the filters below drop it


def _makers_cut_from_lines(ctx: Ctx, found: list[Cand]) -> None:
    """高通 + 驍龍888, 聯發科 + 天璣9400: a pattern product that opens with a lexicon company's
    Chinese name glued right before a lexicon product line is the line's model; the maker is
    cut off (its lexicon hit is kept and names the model's company), as analysts write the
    model without its maker (issue 10, prods57). A line that is itself the company's name
    (小米 + 14) is no cut: the lexicon's product hit must start where the company's ends."""
    fold = ctx.fold
    makers: dict[int, int] = {}
    lines: set[int] = set()
    for c in found:
        if c.source != "lexicon" or c.length < 2:
            continue
        if c.label == ORG and _CJK_RUN.fullmatch(fold, c.start, c.end):
            makers[c.start] = max(makers.get(c.start, 0), c.end)
        elif c.label == PRODUCT:
            lines.add(c.start)
    if not makers or not lines:
        return
    for c in found:
        if c.label != PRODUCT or c.source == "lexicon" or c.start not in makers:
            continue
        cut = makers[c.start]
        if cut in lines and cut < c.end - 1:
            c.start = cut


def _starts_of(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is written in ``text``, overlaps included."""
    p = text.find(word)
    while p >= 0:
        yield p
        p = text.find(word, p + 1)


# a Latin maker's word opening a product's name: Sony + PS5
# (a Chinese maker too, with a space: 華為 Mate 60 RS, prods44)
_MAKER_WORD = re.compile(r"([A-Za-z][A-Za-z&.\-]*|[\u4e00-\u9fff]{2,6})\s+(?=[A-Za-z0-9])")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


def _makers_cut_by_models_alone(ctx: Ctx, found: list[Cand]) -> None:
    """Sony PS5系列 … PS5產量 … Sony表示: a Latin product name whose first word is an
    organization found in the text, and whose rest the text also writes standing alone, is
    that rest; the organization is its maker. A name whose rest never stands alone (Google
    Glass) stays whole, and so does a lexicon's."""
    fold = ctx.fold
    orgs = {fold[c.start : c.end].casefold() for c in found if c.label == ORG and c.strength >= 1}
    if not orgs:
        return
    for c in found:
        if c.label != PRODUCT or c.source == "lexicon":
            continue
        m = _MAKER_WORD.match(fold, c.start, c.end)
        if m is None or m.group(1).casefold() not in orgs:
            continue
        rest = fold[m.end() : c.end]
        if not any(ch.isalpha() for ch in rest):
            continue  # iPhone + 13 … 13%: a bare number names no product on its own (prods52)
        for p, q in places_of(rest, fold):
            k = p  # the last character before the mention that is no space
            while k > 0 and fold[k - 1].isspace():
                k -= 1
            before, after = fold[k - 1 : k] if k else "", fold[q : q + 1]
            if p == m.end() or _LATIN_OR_DIGIT.match(before) or _LATIN_OR_DIGIT.match(after):
                continue  # this mention, or one inside a longer Latin run
            c.start = m.end()
            break


# a lower-case word right before a model, after Chinese text: vivo + X200, realme + GT 7 (a
# single capital between: vivo + X + Fold 3)
_LOWER_BRAND_BEFORE = re.compile(r"(?:^|(?<=[^\x00-\x7f]))([a-z]{3,12}) (?:[A-Z] )?$")


def _lower_case_brands(ctx: Ctx, found: list[Cand]) -> None:
    """vivo X200, realme GT 7 Pro: a brand written in lower case opens the model found after
    it, when the text also writes the word alone as a name, glued to Chinese (vivo發布, 據
    realme表示); an English word before a term (foreign DNA, sovereign AI) is never written
    so, and a model without a number (Origin OS) is left alone."""
    fold = ctx.fold
    for c in found:
        if c.label != PRODUCT or not any(ch.isdigit() for ch in fold[c.start : c.end]):
            continue
        m = _LOWER_BRAND_BEFORE.search(fold, max(0, c.start - 16), c.start)
        if m is None:
            continue
        alone = re.compile(rf"(?<![A-Za-z0-9 ]){m.group(1)}(?=[{CJK}])")
        if alone.search(fold) is not None:
            c.start = m.start(1)


def _listed_with_its_code(ctx: Ctx, c: Cand) -> bool:
    """全新 (2455-TW): a listed company whose short name is an everyday word (a generic
    modifier, a kind word) is still the company when its own stock code follows it."""
    entry = c.entry
    if not (isinstance(entry, OrgEntry) and entry.stock_code):
        return False
    m = STOCK_CODE_AFTER.match(ctx.fold, c.end)
    return m is not None and entry.stock_code in m.group()


def _split_drug_pairs(ctx: Ctx, found: list[Cand]) -> list[Cand]:
    """Durvalumab/Imfinzi is two names of one product: a pattern name holding a drug name
    and a slash gives way to the drug name and its brand."""
    drugs = [c for c in found if c.rule == _INN_RULE]
    out = []
    for c in found:
        slashed = c.source != "lexicon" and "/" in ctx.fold[c.start : c.end]
        if slashed and any(
            c.start <= d.start and d.end <= c.end and d.length < c.length for d in drugs
        ):
            continue
        out.append(c)
    return out


_SHAPE_RULES = frozenset({rule_id("latin_model_shape"), rule_id("brand_shape")})


def _shapes_glossing_companies(
    ctx: Ctx, found: list[Cand], pairs: Sequence[NamePair]
) -> list[Cand]:
    """大韓航空（Korean Air）, 某某能源（VoltCorp）: a Latin name taken for a product by its
    shape alone (a variant word, a brand's look), in parentheses right after a name the
    organization stage took as a company, or one ending in a company's suffix (航空, 公司),
    is that company's other name, no product; the pair then reads as the company's two names
    (prods50)."""
    orgs = {(c.start, c.end) for c in found if c.label == ORG and c.strength >= 1}
    fold, suffixes = ctx.fold, ctx.rules.cjk_suffixes

    def company(s: int, e: int) -> bool:
        if (s, e) in orgs:
            return True
        zh = fold[s:e]
        return any(
            zh.endswith(suf) and len(zh) >= len(suf) + 2 and entry["kind"] == "company"
            for suf, entry in suffixes.items()
        )

    glosses = {(p.en.start, p.en.end) for p in pairs if company(p.zh.start, p.zh.end)}
    if not glosses:
        return found
    return [
        c
        for c in found
        if not (c.label == PRODUCT and c.rule in _SHAPE_RULES and (c.start, c.end) in glosses)
    ]


def _country_acronym(ctx: Ctx, c: Cand) -> bool:
    """美國FDA藥證, 日本 PMDA 核准: capitals alone right after a country's word
    (``country_prefixes``) name that country's body (an agency, a company), never a product —
    a product written so carries a number or small letters (美國 iPhone 15) (prods50)."""
    if c.label != PRODUCT or c.source == "lexicon":
        return False
    fold = ctx.fold
    name = fold[c.start : c.end]
    if not (is_acronym(name) and name.isalpha() and name.isupper()):
        return False
    at = c.start - 1 if fold[c.start - 1 : c.start] == " " else c.start
    return any(fold[max(0, at - len(w)) : at] == w for w in ctx.rules.country_prefix_words)


def _names_a_meeting(ctx: Ctx, c: Cand) -> bool:
    """驍龍峰會, Snapdragon 峰會: a line's bare name (no model number) right before a
    meeting's ending (``event_endings``: 峰會, 大會, 年會, 論壇) names the maker's event, no
    product; a model with its number before a launch (Switch 2 發表會) stays one (prods50)."""
    if c.label != PRODUCT:
        return False
    fold = ctx.fold
    if any(ch.isdigit() for ch in fold[c.start : c.end]):
        return False
    at = c.end + 1 if fold[c.end : c.end + 1] == " " else c.end
    return fold[at : at + 2] in ctx.rules.event_endings


def _without_company_units(ctx: Ctx, found: list[Cand]) -> list[Cand]:
    """蔚來 + 法務部, 某某 + 研發部: a unit word (``internal_unit_endings``) right after a
    company the lexicon knows, opening the name, is that company's own department, no
    organization of its own (orgs70); the company stays."""
    fold, rules = ctx.fold, ctx.rules
    ends_at: dict[int, list[int]] = defaultdict(list)
    for c in found:
        if c.source == "lexicon" and c.label == ORG and c.kind == "company":
            ends_at[c.start].append(c.end)
    if not ends_at:
        return found
    return [
        c
        for c in found
        if c.label != ORG
        or c.source == "lexicon"
        or fold[c.end - 1] not in rules.internal_unit_endings_chars
        or not any(
            2 <= c.end - e <= 6 and ctx.is_boundary(e) and CJK_RE.match(fold[e : c.end])
            for e in ends_at.get(c.start, ())
        )
    ]


def _suffix_signs_of_products(ctx: Ctx, found: list[Cand]) -> None:
    """iPhone + SE, iPhone + X: a product the document names, then a variant word or one
    capital after a space, is that product's model — a legal form written so (SE: a Societas
    Europaea) after a product's name makes no company of it (prods54)."""
    fold, variants = ctx.fold, ctx.rules.model_variant_words
    products = {
        fold[c.start : c.end].casefold()
        for c in found
        if c.label == PRODUCT and c.strength >= 1 and " " not in fold[c.start : c.end]
    }
    if not products:
        return
    for c in found:
        if c.label != ORG or c.source == "lexicon":
            continue
        head, _, last = fold[c.start : c.end].rpartition(" ")
        if head.casefold() in products and (
            last.casefold() in variants or (len(last) == 1 and last.isupper())
        ):
            c.label, c.kind, c.rule = PRODUCT, None, rule_id("product_suffix_sign")


def _without_kinds_glued_before_names(ctx: Ctx, found: list[Cand]) -> list[Cand]:
    """鐳射雷達公司 + 速騰聚創, 面板廠商 + 友達: a name found by its company word, glued right
    before a known company's name, is that company's kind, not a second company (orgs75).
    Only a lexicon name after it counts: an unknown run there may be the name's own tail."""
    starts = {c.start for c in found if c.label == ORG and c.source == "lexicon"}
    if not starts:
        return found
    suffix_rule = rule_id("cjk_org_suffix")
    endings = ctx.rules.kind_glued_endings
    fold = ctx.fold

    def kind_only(c: Cand) -> bool:
        cue = c.cue or ""
        return (
            c.label == ORG
            and c.rule == suffix_rule
            and c.end in starts
            and cue in endings
            and fold[c.start : c.end].endswith(cue)
            and c.end - c.start > len(cue)
        )

    return [c for c in found if not kind_only(c)]


def _lines_over_found_orgs(found: list[Cand], lines: list[Cand]) -> list[Cand]:
    """``found`` with the product lines ``lines`` added and every discovered organization they
    overlap dropped: a maker and its offering were read as one company's name (lexicon names
    stay, the line rules never cover one)."""
    if not lines:
        return found
    kept = [
        c
        for c in found
        if c.label != ORG
        or c.source == "lexicon"
        or not any(c.start < w.end and w.start < c.end for w in lines)
    ]
    return kept + lines


def discover(
    ctx: Ctx, lexicon: list[Cand], abbreviations: list[AbbrevMatch], pairs: list[NamePair]
) -> list[Cand]:
    """All candidates → one label per name → repeats and sub-units → resolved mentions."""
    rules, fold = ctx.rules, ctx.fold
    found: list[Cand] = list(lexicon)
    for finder in FINDERS:
        found += finder(ctx, lexicon)
    # a slash list is read once the other finders have spoken: a name any of them found
    # (匯頂科技 by its suffix, 璟德 by its stock code) vouches for the list as a lexicon hit does
    found += find_slash_lists(ctx, [c for c in found if c.strength >= 1])
    found += find_glossed_products(ctx, found)
    found += find_glossed_kind_names(ctx, found)
    found = shapes_among_companies(ctx, found)
    known = {fold[c.start : c.end].casefold() for c in lexicon if c.label == ORG}
    found = _shapes_glossing_companies(ctx, found, pairs)
    found += _abbreviation_orgs(ctx, abbreviations, known, found)
    found += _pair_orgs(ctx, pairs, found, _term_acronyms(ctx, abbreviations))
    # mates of a name only count when the name itself does (液晶顯示器驅動積體電路 is a product)
    found = [c for c in found if c.length > 0 and keep_candidate(ctx, c)]
    found = _without_goods_glossed(ctx, found, abbreviations)
    found = _without_company_units(ctx, found)
    # 36 + 支 + 硬科技團隊, 一 + 群創 + 業者: a count of things, no name (orgs38)
    # (a registered name is one even after a table row's number: 1 + 群豐科技股份有限公司, and
    # so is a partnership's: 39,653 + 國泰私募股權智慧科技有限合夥, 國 no counting word there)
    registered = (*_REGISTERED_NAME_TAILS, *rules.partnership_forms)
    found = [
        c
        for c in found
        if c.label != ORG
        or not opens_counted(ctx, c.start)
        or "".join(fold[c.start : c.end].split()).endswith(registered)
    ]
    # a person the text names by his role is no company, nor a list mate of one
    people = people_named(ctx, found)
    found = [c for c in found if not names_a_person(ctx, c, people)]
    namesakes = lexicon_people(ctx, found)  # 投資長 + 施耐德（Marc …）: a person (orgs38)
    found = [c for c in found if c.source != "lexicon" or fold[c.start : c.end] not in namesakes]
    found = [c for c in found if not _names_a_meeting(ctx, c) and not _country_acronym(ctx, c)]
    _heads_cut_by_names_alone(ctx, found)
    _makers_cut_by_models_alone(ctx, found)
    _makers_glued_to_common_words(ctx, found)
    _lower_case_brands(ctx, found)
    # Google + Pixel read as one company's name: the line is a product
    found = _lines_over_found_orgs(found, find_maker_word_lines(ctx, found))
    found += find_found_models(ctx, found)
    found += find_point_versions(ctx, found)
    found += find_list_mates_of(ctx, found)
    found += find_recommended_lists(ctx, found)
    found += find_heading_picks(ctx, found)
    found += find_move_mates(ctx, found)
    found += find_numbered_mates(ctx, found)
    found += find_model_mates(ctx, found)
    found += find_number_siblings(ctx, found)
    found += find_brand_mates(ctx, found)
    found += find_gloss_brands(ctx, found)
    found += find_quoted_glosses(ctx, found)
    found += find_code_glossed_brands(ctx, found)
    found += find_initials_glosses(ctx, found)
    found += find_last_word_mates(ctx, found)
    found += find_maker_plus_names(ctx, found)
    # AWS + Bedrock read as one company's name in a list of them: the line
    found = _lines_over_found_orgs(found, find_maker_kept_lines(ctx, found))
    found += find_plus_kind_names(ctx, found)
    found += find_variant_extensions(ctx, found)
    found += find_dash_editions(ctx, found)
    found += find_network_editions(ctx, found)
    found += find_letter_series(ctx, found)
    found += find_fitted_systems(ctx, found)
    found += find_maker_owned_names(ctx, found)
    found += find_owner_lists(ctx, found)
    found += find_copula_products(ctx, found)
    found += find_quoted_product_lines(ctx, found)
    found += find_product_modules(ctx, found)
    found += find_os_names(ctx)
    found += find_numbered_models(ctx)
    found += find_inn_glossed_drugs(ctx)
    found += find_process_nodes(ctx, found)  # N2技術, N3和N5製程 (nodes32)
    kind_models = find_kind_named_models(ctx)
    if kind_models:  # 爆款車型 + 甲蘭達: an organization that swallowed the kind word is none
        ends = {(m.start, m.end) for m in kind_models}
        found = [
            c
            for c in found
            if not (c.label == ORG and any(c.start < a and c.end == b for a, b in ends))
        ]
        found += kind_models
    found += find_latin_second_names(ctx, found)
    found += find_head_mates(ctx, found)
    found += find_product_owners(ctx, found)
    found += find_former_names(ctx, found)
    defined = find_defined_short_forms(ctx, found)
    found += defined
    _defined_names_are_theirs(ctx, found, defined)
    found += find_model_lines(ctx, found)
    found += find_glued_models(ctx, found)
    found += find_numbered_series_models(ctx, found)
    found += find_char_named_models(ctx)
    found += find_car_brand_models(ctx)
    maker_models = find_car_maker_models(ctx)
    if maker_models:  # Tesla Model Y read as one company's name: the model is the name
        maker_spans = [(m.start, m.end) for m in maker_models]
        found = [
            c
            for c in found
            if not any(c.start < a and b <= c.end for a, b in maker_spans)
            and not any(a <= c.start and c.end <= b and c.label == ORG for a, b in maker_spans)
        ]
        found += maker_models
    found = _trials_named_by_codes(ctx, found)
    # 接入某Seek: the company's name read as its model here, its other mentions untouched
    hosted = find_hosted_models(ctx, found)
    if hosted:
        spans = {(c.start, c.end) for c in hosted}
        found = [c for c in found if c.label != ORG or (c.start, c.end) not in spans]
        found += hosted
    # nothing inside a 《title》: 《人體細胞組織優良操作規範》 names no organization
    titles = [m.span() for m in _TITLE_SPAN.finditer(fold)]  # in order, never overlapping
    title_starts = [a for a, _ in titles]

    def in_title(c: Cand) -> bool:
        k = bisect.bisect_left(title_starts, c.start) - 1
        return k >= 0 and c.end < titles[k][1] and c.rule not in _IN_TITLE_KEPT

    # MSI of MSI-H 患者: a name's letters inside a longer target's written form are the target's
    marks = target_spans(ctx)
    mark_starts = [a for a, _ in marks]

    def in_target(c: Cand) -> bool:
        k = bisect.bisect_right(mark_starts, c.start) - 1
        return k >= 0 and c.end <= marks[k][1] and c.length < marks[k][1] - marks[k][0]


    fields = _field_lists(ctx)
    found = [
        c
        for c in found
        if c.length > 0
        and not _in_field_list(c, fields)
        and (not rules.is_generic(fold[c.start : c.end]) or _listed_with_its_code(ctx, c))
        and not rules.is_spec(fold[c.start : c.end])
        and not in_title(c)
        and not in_target(c)
        and keep_candidate(ctx, c)
        and not fold_target_in(ctx, fold[c.start : c.end])
        and not _trial_or_site(ctx, c)
        and not _names_a_technology(ctx, c)
        and not ordinary_product(ctx, c)
    ]
    found = _without_kinds_glued_before_names(ctx, found)
    found = _split_drug_pairs(ctx, found)
    _suffix_signs_of_products(ctx, found)
    _makers_cut_from_lines(ctx, found)
    for c in found:
        c.key = fold[c.start : c.end].casefold()
    _vote_labels(found)
    # a name found once is found everywhere it is written, and so are its short forms
    named: dict[str, Cand] = {}
    for c in sorted(found, key=lambda c: -c.strength):
        named.setdefault(fold[c.start : c.end], c)
    found += find_repeats(ctx, named)
    found += find_place_subsidiaries(ctx, found)  # 天津 + 某盟 (orgs64)
    found += find_letter_variants(ctx, named)
    found += find_inn_glosses(ctx, found)
    subunits = find_subunits(ctx, [c for c in found if c.label == ORG])
    subunits += _subunit_short_names(ctx, abbreviations, subunits)
    found += subunits
    named = {fold[c.start : c.end]: c for c in [*found, *subunits] if c.strength > 0}
    shorts = short_forms(ctx, [*found, *subunits])
    found += [c for c in find_repeats(ctx, named, shorts) if c.link is not None]
    # a short form found on its own (能源署 by its cue) is still a form of the full name
    full_names = {fold[c.start : c.end] for c in found if c.label == ORG}
    for c in found:
        full = shorts.get(fold[c.start : c.end])
        if c.label == ORG and c.link is None and c.entry is None and full in full_names:
            c.link = full
    # repeats and short forms are copies: what the text alone rules out goes here too
    found = [
        c
        for c in found
        if not ordinary_product(ctx, c)
        and not _names_a_technology(ctx, c)
        and not names_a_person(ctx, c, people)
        and (
            c.label != ORG
            or c.source == "lexicon"
            or not never_a_name(ctx, fold[c.start : c.end], c.rule)
        )
    ]
    # two names glued into one run (cells of a table): neither the run nor its repeats
    glued = {fold[c.start : c.end] for c in glued_names(ctx, found)}
    found = [c for c in found if c.source == "lexicon" or fold[c.start : c.end] not in glued]
    # Snapdragon 810/808: the second model after the slash, read once repeats are found (its
    # bare number is no name to look for elsewhere)
    found = join_generation_words(ctx, found)
    _makers_cut_from_lines(ctx, found)
    return resolve(split_slashed_tails(ctx, found))


@functools.lru_cache(maxsize=4)
def entity_finder(lex: Lexicons) -> EntityFinder:
    """The per-process finder for these lexicons, with their segmenter."""
    words = None if lex == Lexicons.load() else lex.user_words()
    return EntityFinder(lex, segment.get_segmenter(words), store=words is None)


def warm_lexicon_tables(lex: Lexicons | None = None) -> None:
    """Build the entity stage's whole-lexicon tables before the first document (warm-up):
    the sorted organization names ``sole_owner`` bisects and the records' name indexes. The
    tiny warm-up report reaches none of them; built in the parent, every forked worker
    starts with them (shared pages) instead of building its own on its first document."""
    lex = lex or Lexicons.load()
    _org_names(lex)
    build_lexicon_tables(lex)


def entity_nlp(lexicons: Lexicons | None = None) -> Language:
    """The entity stage as a spaCy pipeline for these lexicons (default: the lexicon
    files): ``doc.ents`` the lexicon hits, ``doc.spans["itis_entities"]`` the mentions.
    spaCy is imported here, on use: the pipeline itself never needs it."""
    from pipeline.extract.entities.spacy_pipe import entity_pipeline

    return entity_pipeline(lexicons or Lexicons.load())


# --------------------------------------------------------------------------- entry point


def find_entities(
    text: str, lexicons: Lexicons | None = None, tokens: segment.TokenLayer | None = None
) -> Finding:
    """The resolved mentions and definitions of ``text``.

    ``tokens``, the document's token layer, gives the words when it was cut by these
    lexicons' segmenter (other lexicons bring other user words: then the text is cut
    here).
    """
    finder = entity_finder(lexicons or Lexicons.load())
    if tokens is not None and tokens.text == text and finder.segmenter is tokens.segmenter:
        cuts: Iterable[tuple[int, int]] = tokens.spans
    else:
        cuts = finder.segmenter.spans(text)
    words, spaces = segment.doc_words(text, cuts)
    return finder.find(text, words, spaces, segment.word_spans(words, spaces))[0]


def extract_entities(
    doc: Document,
    dates: list[DateFact],
    lexicons: Lexicons | None = None,
    *,
    tokens: segment.TokenLayer | None = None,
    boxes: GlyphBoxes | None = None,
) -> EntityFacts:
    """Products (p1..), organizations (o1..), regulations (r1..), abbreviations (a1..).

    ``lexicons`` replaces the lexicon files, e.g. ``Lexicons.load().without(names)``
    to see what the discovery patterns find in a report whose names are all new.
    ``tokens`` is the document's token layer (see ``find_entities``); ``boxes`` the glyph
    boxes of a PDF's text, which join a name its table cell wraps (``cell_lines``).
    """
    return _extract_entities(doc, dates, lexicons or Lexicons.load(), tokens, boxes)


def _extract_entities(
    doc: Document,
    dates: list[DateFact],
    lex: Lexicons,
    tokens: segment.TokenLayer | None,
    boxes: GlyphBoxes | None = None,
) -> EntityFacts:
    finding = find_entities(doc.text, lex, tokens)
    ctx = finding.ctx
    rules = ctx.rules
    mentions = without_cut_pieces(lex, rules.latin_legal_forms, finding.mentions, doc.text)
    mentions = outside_urls(mentions, doc.text)
    # Llama 4 Community License: a name closed by a licence word is the terms, no product
    mentions = [
        m
        for m in mentions
        if m.label != PRODUCT or not rules.is_licence_name(m.written or ctx.fold[m.start : m.end])
    ]
    if boxes is not None:
        mentions = with_cell_names(doc.text, doc.pages, boxes, rules, mentions)
    entities = group_mentions(doc, lex, mentions, finding.abbreviations, finding.pairs)
    counters = {PRODUCT: 0, ORG: 0}
    for ent in entities:
        counters[ent.label] += 1
        ent.id = f"{'p' if ent.label == PRODUCT else 'o'}{counters[ent.label]}"
    orgs = [organization_record(doc, rules, ctx.fold, e) for e in entities if e.label == ORG]
    org_by_id = {o.id: o for o in orgs}
    org_mentions = sorted(
        ((m, org_by_id[e.id]) for e in entities if e.label == ORG for m in e.mentions),
        key=lambda x: x[0].start,
    )
    products = product_records(
        doc, ctx, lex, entities, orgs, org_mentions, finding.abbreviations, dates
    )
    regulations = regulation_records(doc, ctx, finding.regulations, dates)
    owners = [(m.start, m.end, e.id) for e in entities for m in e.mentions]
    abbreviations = abbreviation_records(doc, finding.abbreviations, owners, regulations)
    return EntityFacts(products, orgs, regulations, abbreviations, find_targets(doc, ctx))


def at_least(found: EntityFacts, min_confidence: float) -> EntityFacts:
    """Only the products and organizations at least this sure; links to the others go."""
    if min_confidence <= 0:
        return found
    orgs = [o for o in found.organizations if o.confidence >= min_confidence]
    products = [p for p in found.products if p.confidence >= min_confidence]
    kept = {o.id for o in orgs} | {p.id for p in products}
    kept |= {r.id for r in found.regulations}
    for p in products:
        pairs = [(n, i) for n, i in zip(p.company, p.company_ids, strict=False) if i in kept]
        if len(p.company) == len(p.company_ids):
            p.company = [n for n, _ in pairs]
        p.company_ids = [i for _, i in pairs]
    for a in found.abbreviations:
        if a.refers_to is not None and a.refers_to not in kept:
            a.refers_to = None
    return EntityFacts(products, orgs, found.regulations, found.abbreviations, found.targets)


def warm_up() -> None:
    """Build the default entity finder now (before forking workers)."""
    entity_finder(Lexicons.load())
