"""Abbreviation definitions and regulation titles, found in the text.

Reports define a short form once, in a handful of shapes:
``美國食品暨藥物管理局（Food and Drug Administration, FDA）``, ``English (ABBR)``,
``中文全名（ABBR）``, ``衛生福利部（簡稱衛福部）``, ``（以下簡稱「本法」）``, ``（下稱…）``,
and cite regulations as ``《…》`` titles, 「quoted names」 ending in 法 / 條例, and
short names declared with ``（簡稱《…》）``. These scans return pure matches.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from pipeline.extract.entities.rules import CJK_RE, is_acronym
from pipeline.extract.entities.tokens import CLAUSE_BREAK, GLOSS_FREQ, walk_back_name
from pipeline.extract.entities.types import Ctx, places_of

# （Food and Drug Administration, FDA）: an English long form, a comma, the short form
_EN_AND_ABBR = re.compile(
    r"[（(]\s*([A-Z][A-Za-z0-9 .&'/\-]*?[A-Za-z0-9.])\s*[,，]\s*(?:以下簡稱|簡稱|下稱)?\s*"
    r"([A-Za-z][A-Za-z0-9&/.+\-]{0,14}?)\s*[）)]"
)
# （FDA）: a short form alone in parentheses
_ABBR_ONLY = re.compile(r"[（(]\s*([A-Z][A-Za-z&/.+\-]{0,12}[A-Za-z])\s*[）)]")
# Up to ten Latin words ending right before a parenthesis: an English long form.
_LATIN_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9.&'\-]*(?: [A-Za-z][A-Za-z0-9.&'\-]*){1,9}) ?$")
_LATIN_WORD_CHARS = frozenset(string.ascii_letters + string.digits + ".&'- ")
_TITLE = re.compile(r"《([^《》\n]{1,80})》")
_QUOTED = re.compile(r"「([^「」\n]{2,30})」")


@dataclass
class Part:
    text: str
    start: int
    end: int


@dataclass
class AbbrevMatch:
    """One definition: the whole span and its parts (any of the long forms may be absent)."""

    start: int
    end: int
    short: Part
    long_en: Part | None
    long_zh: Part | None
    rule: str
    regulation: bool = False  # the long form is a 《title》 or 「quoted」 regulation name


def _upper_count(s: str) -> int:
    return sum(1 for ch in s if ch.isupper())


def _initials_match(words: list[str], abbr: str) -> bool:
    """FDA from Food and Drug Administration: the abbreviation's letters in word order."""
    letters = [ch for ch in abbr.upper() if ch.isalpha()]
    if not letters:
        return False
    caps = [w[0].upper() for w in words if w[:1].isalpha()]
    it = iter(caps)
    return all(any(c == letter for c in it) for letter in letters) and caps[:1] == letters[:1]


def _long_zh(ctx: Ctx, paren: int, max_chars: int) -> Part | None:
    end = paren
    while end > 0 and ctx.fold[end - 1] == " ":
        end -= 1
    if end == 0 or not CJK_RE.match(ctx.fold[end - 1]):
        return None
    start = walk_back_name(ctx, end, max_chars, allow_latin=True)
    if end - start < 2:
        return None
    return Part(ctx.text[start:end], start, end)


def _latin_run_start(fold: str, end: int) -> int:
    """Where the run of Latin-word characters that ends at ``end`` starts (a newline right
    before ``end`` is passed over: ``$`` matches before it). A search anchored at ``$``
    tries every offset of its text, and a match of ``_LATIN_BEFORE`` is made of such
    characters only, so none starts before the run: searched from there, it finds what a
    search of the whole text before ``end`` finds (a window of 400 characters was searched,
    and the whole text when a run crossed the window's edge)."""
    i = end - 1 if fold[end - 1 : end] == "\n" else end
    while i > 0 and fold[i - 1] in _LATIN_WORD_CHARS:
        i -= 1
    return i


def _latin_before(ctx: Ctx, paren: int, abbr: str) -> Part | None:
    """The English long form written right before ``(ABBR)``, cut to the words it abbreviates."""
    m = _LATIN_BEFORE.search(ctx.fold, _latin_run_start(ctx.fold, paren), paren)
    if not m:
        return None
    words = m.group(1).split(" ")
    for k in range(len(words)):
        cand = words[k:]
        if cand[0][:1].upper() == abbr[:1].upper() and _initials_match(cand, abbr):
            text = " ".join(cand)
            start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
            return Part(ctx.text[start : start + len(text)], start, start + len(text))
    return None


def find_abbreviations(ctx: Ctx) -> list[AbbrevMatch]:
    """Every abbreviation definition in the text, in text order."""
    fold, text = ctx.fold, ctx.text
    out: list[AbbrevMatch] = []
    taken: list[tuple[int, int]] = []
    zh: Part | None
    en: Part | None
    for m in _EN_AND_ABBR.finditer(fold):
        long_en, abbr = m.group(1), m.group(2)
        one_word = len(long_en.split()) < 2
        if _upper_count(abbr) < 2 or (one_word and (len(long_en) < 6 or long_en == abbr)):
            continue
        en = Part(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
        short = Part(text[m.start(2) : m.end(2)], m.start(2), m.end(2))
        zh = _long_zh(ctx, m.start(), min(24, 3 * len(long_en.split()) + 4))
        start = zh.start if zh else m.start()
        out.append(AbbrevMatch(start, m.end(), short, en, zh, "entities.abbrev_en_pair.v1"))
        taken.append(m.span())
    for m in _ABBR_ONLY.finditer(fold):
        abbr = m.group(1)
        if _upper_count(abbr) < 2 or any(a <= m.start() < b for a, b in taken):
            continue
        short = Part(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
        en = _latin_before(ctx, m.start(), abbr)
        zh = None if en else _long_zh(ctx, m.start(), 14)
        if en is None and zh is None:
            continue
        start = en.start if en is not None else zh.start  # type: ignore[union-attr]
        rule = "entities.abbrev_en.v1" if en else "entities.abbrev_zh_latin.v1"
        out.append(AbbrevMatch(start, m.end(), short, en, zh, rule))
        taken.append(m.span())
    for m in ctx.rules.short_name_re.finditer(fold):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        short = Part(text[m.start(g) : m.end(g)], m.start(g), m.end(g))
        b_end = m.start()
        while b_end > 0 and fold[b_end - 1] == " ":
            b_end -= 1
        before = fold[max(0, b_end - 90) : b_end]
        offset = max(0, b_end - 90)
        regulation = False
        if before.endswith(("》", "」", "』")):
            close = before[-1]
            opener = {"》": "《", "」": "「", "』": "『"}[close]
            o = before.rfind(opener)
            if o < 0:
                continue
            zh = Part(text[offset + o + 1 : b_end - 1], offset + o + 1, b_end - 1)
            regulation = close == "》" or bool(ctx.rules.law_suffix_re.search(zh.text))
        else:
            zh = _long_zh(ctx, m.start(), 16)
        if zh is None or zh.text == short.text:
            continue
        regulation = regulation or m.group(2) is not None
        out.append(
            AbbrevMatch(
                zh.start, m.end(), short, None, zh, "entities.abbrev_short_name.v1", regulation
            )
        )
    out.sort(key=lambda a: a.start)
    return out


# The dot between the parts of a transliterated person's name (唐納德·特朗普, 澤蒂·阿克塔·阿其茲):
# a company's Chinese name is written without one.
NAME_DOTS = "·・‧．"
# 輝達（NVIDIA）, 高通（Qualcomm）, SK海力士（SK hynix）: a Chinese name and its Latin name
_LATIN_IN_PARENS = re.compile(r"[（(]\s*([A-Za-z][A-Za-z0-9 .&'\-]{0,40}?)\s*[）)]")
# Medtronic（美敦力）: the other way round
_CJK_IN_PARENS = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,8})\s*[）)]")


@dataclass
class NamePair:
    """A Chinese name with its Latin name in parentheses: two forms of one entity."""

    start: int
    end: int
    zh: Part
    en: Part
    # the body acts (a Title Case pair, ``_acting_transliteration``): a cue already read
    acts: bool = False


def _name_like_latin(rules_is_not_name: bool, name: str, org_kind: str | None = None) -> bool:
    words = name.split()
    if rules_is_not_name or not words or len(words) > 4:
        return False
    if len(words) == 1 or org_kind:  # European Commission: a body's name, by its last word
        return True
    # a descriptive phrase (Chimeric Antigen Receptor) is Title Case word by word; a name
    # has an acronym, an inner capital or a lower-case brand word in it (SK hynix, NTT Docomo)
    return any(w.isupper() or w[:1].islower() or any(c.isupper() for c in w[1:]) for w in words)


def _title_case_name(ctx: Ctx, en: str) -> bool:
    """Goldman Sachs, Didi Chuxing, Thomson Reuters: two or three capitalised words, no
    English particle, and no given name first (Tim Cook is a person). Such a phrase may as well
    describe a term (Chimeric Antigen Receptor): ``_acting_transliteration`` decides."""
    rules = ctx.rules
    words = en.split()
    return (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z]{2,}", w) for w in words)
        and not any(w.casefold() in rules.english_particles for w in words)
        and words[0] not in rules.given_names
        and not rules.is_not_name(en)
    )


def _acting_transliteration(ctx: Ctx, en: str, zh: Part, end: int) -> bool:
    """高盛(Goldman Sachs)發表, 湯森路透(Thomson Reuters)調查: a Title Case pair names a body
    only when its Chinese side is no gloss in ordinary words nor a person after his role
    (執行長馬斯克（Elon Musk）), and the body acts, right after
    the pair (``org_acts_after``), after a kind of company before it (``company_before``),
    or where the text writes the Chinese name again (高盛預估, 高盛指出)."""
    rules, fold = ctx.rules, ctx.fold
    if not (2 <= zh.end - zh.start <= 6) or not all(CJK_RE.match(ch) for ch in zh.text):
        return False
    if fold[max(0, zh.start - 6) : zh.start].endswith(rules.role_words_tuple) or any(
        r in zh.text for r in rules.role_words_tuple
    ):
        return False  # 執行長馬斯克（Elon Musk）: a person named after his role
    # 高盛, 聯準會: one word of the dictionary is a name it lists; ordinary words glossed by
    # a phrase are two or more (黑色 + 星期五)
    toks = ctx.words_in(zh.start, zh.end)
    if len(toks) > 1 and ordinary_gloss(ctx, en, zh.start, zh.end):
        return False
    if rules.org_acts_after_re.match(fold, end) or rules.company_before_re.search(
        fold, max(0, zh.start - 8), zh.start
    ):
        return True
    return any(
        rules.org_acts_after_re.match(fold, e)
        for s, e in places_of(zh.text, fold)
        if s != zh.start and ctx.is_boundary(s)
    )


def _named_with_org_ending(ctx: Ctx, zh: Part) -> bool:
    """大韓航空（Korean Air）, 澳洲郵政集團（Australia Post Group）: a Title Case gloss after a
    Chinese name that ends in an organization's own word (org_suffixes.yaml cjk: 航空, 集團,
    公司) is that organization's other name; the ending vouches as an act would. Only the
    suffix list counts, not a bare 局 or 中心 (研究中心（Research Center） is a term)."""
    name = zh.text
    return 3 <= len(name) <= 10 and ctx.rules.longest_cjk_suffix(name, 2) is not None


def _pair_zh(ctx: Ctx, paren: int) -> Part | None:
    """The Chinese name before ``（Latin）``, without a verb read into it (超越 + 特嵐)."""
    zh = _long_zh(ctx, paren, 8)
    if zh is None:
        return None
    start = zh.start
    # ● 澳洲 澳航集團（Qantas Group）: a space between Chinese words ends a heading, not a name
    gap = max(zh.text.rfind(" "), zh.text.rfind("\u3000"))
    if gap > 0 and CJK_RE.match(zh.text[gap - 1]) and zh.end - (start + gap + 1) >= 2:
        start += gap + 1
    toks = [t for t in ctx.tokens_in(start, zh.end)]
    while (
        len(toks) > 1
        and (ctx.is_verb(toks[0]) or toks[0] in ctx.rules.pair_name_openers)
        and zh.end - (start + len(toks[0])) >= 2
    ):
        start += len(toks.pop(0))
    # 甲 + 獲 + 索尼（Sony）: a one-character verb or a body's cue (``body_before``: 獲, 由,
    # 向) inside the run ends the clause before it; the name is what follows it (甲獲索尼 is
    # no second name of Sony: orgs50)
    pos, cut = start, None
    for t in toks[:-1]:
        pos += len(t)
        one = len(t) == 1 and (ctx.is_verb(t) or t in ctx.rules.body_before)
        if one and zh.end - pos >= 2:
            cut = pos
    if cut is not None:
        start = cut
    # 私募基金 + 貝恩資本（Bain Capital）: a word for a kind of company is no part of the name
    # (the kind may open before the name's reach: 私募 + 基金貝恩資本)
    lo = max(0, start - 4)
    kinds = [k.end() for k in ctx.rules.org_kind_before_re.finditer(ctx.fold, lo, zh.end)]
    # (晶片供應商 + 安華高（Avago）: a kind that stands before a name glossed so: orgs78)
    kinds += [k.end() for k in ctx.rules.org_kind_glossed_re.finditer(ctx.fold, lo, zh.end)]
    start = max([start, *(k for k in kinds if zh.end - k >= 2 and ctx.is_boundary(k))])
    return Part(ctx.text[start : zh.end], start, zh.end)


# What names a person by trade (稽核師, 分析員, 投資者): no organization's name ends so.
_PERSON_ENDS = frozenset("師員者")


def goods_term(ctx: Ctx, en: str, start: int, end: int) -> bool:
    """混合動力車（HV）, 純電動汽車（EV）, 新能源車（NEV）: a kind of goods glossed by its acronym.

    Dictionary words only, two or more, ending in a word for a kind of vehicle or device
    (``goods_term_ends``): a term, not a company's two names, even where the last word is
    also a company's word (汽車); a maker's name holds a word of its own (裕隆汽車) or opens
    with its country (日本顯示器).
    """
    zh, rules = ctx.fold[start:end], ctx.rules
    if not is_acronym(en) or not zh.endswith(rules.goods_term_ends):
        return False
    if zh.startswith(rules.country_prefixes):
        return False  # 日本顯示器（JDI）: a country and its trade name a company
    toks = ctx.words_in(start, end)
    return len(toks) >= 2 and all(CJK_RE.match(t) and ctx.word_freq(t) > 0 for t in toks)


def _term_gloss(ctx: Ctx, en: str, start: int, end: int) -> bool:
    """AM（售後服務市場）, KPI（關鍵績效指標）: an acronym glossed by a phrase of ordinary words,
    two or more dictionary words ending in a word for a kind of thing and no organization
    word, is a term spelled out, not a company's two names (TSMC（台積電）, 環球健康 (UHS))."""
    if goods_term(ctx, en, start, end):
        return True
    zh = ctx.fold[start:end]
    if not is_acronym(en) or ctx.rules.cjk_org_kind(zh) is not None:
        return False
    if len(zh) >= 3 and zh[-1] in _PERSON_ENDS:
        return True  # 內部稽核師（CIA）: a profession or its credential, no company
    toks = ctx.words_in(start, end)
    if len(toks) < 2 or not all(len(t) >= 2 and ctx.word_freq(t) > 0 for t in toks):
        return False
    # 環球健康 (UHS) is a company named in common words: a term ends in a word for a kind of
    # thing (市場, 指標, 系統, 服務), a company's name does not
    head, rules = toks[-1], ctx.rules
    return rules.is_generic(head) or rules.is_product_noun(head) or head in rules.domain_terms


def ordinary_gloss(ctx: Ctx, en: str, start: int, end: int) -> bool:
    """中立（Equal-weight）, 伺服器（Server）, 首創性（FIC）: the Chinese side of a pair in ordinary
    words translates a term; it is no second name of a company.

    Ordinary: one common word, a phrase (郭台銘的英文名字, 行動裝置與穿戴), or common words
    glossed by a word (液晶電視（LCD TV）) or ending an abstract noun (首創 + 性). Two common
    words glossed by an acronym may be a company named in words (環球健康 (UHS)); a coined name
    has a rare word (英飛凌, 東京威力科創), an organization's ending (食品藥物管理局) or a
    country (大日本印刷) in it.
    """
    rules = ctx.rules
    if rules.cjk_org_kind(ctx.fold[start:end]) is not None:
        return False
    toks = [t for t in ctx.tokens_in(start, end) if CJK_RE.match(t)]
    if not toks or any(t in rules.country_words for t in toks):
        return False
    if ctx.fold[start:end].endswith(rules.gloss_document_words):
        return True  # MOU（合作備忘錄）: a kind of document or agreement, glossed (orgs29)
    if len(toks) > 1 and any(t in rules.coordinators or t in rules.possessives for t in toks):
        return True
    if toks[-1].endswith(rules.term_endings) and all(ctx.word_freq(t) > 0 for t in toks):
        return True  # 年齡 + 標準化 + 率（ASR）: dictionary words closed by a measure's ending
    if not all(ctx.word_freq(t) >= GLOSS_FREQ or t.endswith(rules.term_endings) for t in toks):
        return False
    return len(toks) == 1 or not is_acronym(en) or toks[-1].endswith(rules.term_endings)


def glossed_trade_term(ctx: Ctx, en: str, start: int, end: int) -> bool:
    """精煉費（RC）, 碳奈米管（CNT）, 前五集中度（CR5）, PB（即更高價效比）: a fee, a field, a
    material or a measure glossed by its initials — or a Chinese side that explains the Latin
    word (即, 亦即) — is a term of the trade, not a company's two names, whatever cue stands
    around the pair (供應商CR5（…）, 低空經濟（eVTOL）和…). A company ending or a country opening
    the Chinese side keeps it a name (orgs41)."""
    rules = ctx.rules
    zh = ctx.fold[start:end]
    if zh.startswith(rules.gloss_explain_openers):
        return True
    if " " in en.strip() or rules.cjk_org_kind(zh) is not None:
        return False
    if zh.startswith(rules.country_prefixes) or rules.name_place_re.match(zh):
        return False
    if zh.endswith(rules.gloss_term_endings):
        return True
    toks = ctx.words_in(start, end)
    return bool(toks) and len(toks[-1]) >= 3 and toks[-1].endswith(rules.gloss_measure_endings)


def find_name_pairs(ctx: Ctx) -> list[NamePair]:
    """Every 中文（Latin name） pair whose two sides both look like names."""
    rules, fold, text = ctx.rules, ctx.fold, ctx.text
    out: list[NamePair] = []
    for m in _LATIN_IN_PARENS.finditer(fold):
        en = m.group(1)
        plain = _name_like_latin(rules.is_not_name(en), en, rules.latin_org_kind(en))
        if not plain and not _title_case_name(ctx, en):
            continue
        zh = _pair_zh(ctx, m.start())
        if zh is None or any(ch.isdigit() for ch in zh.text) or rules.is_generic(zh.text):
            continue
        dot = fold[zh.start - 1] if zh.start > 0 else ""
        if dot and dot in NAME_DOTS and rules.cjk_org_kind(zh.text) is None:
            continue  # 澤蒂·阿克塔· + 阿其茲（Zeti Akhtar Aziz）: a person's dotted name (orgs67)
        acts = not plain
        if acts and not (
            _named_with_org_ending(ctx, zh) or _acting_transliteration(ctx, en, zh, m.end())
        ):
            continue
        if _term_gloss(ctx, en, zh.start, zh.end) or glossed_trade_term(ctx, en, zh.start, zh.end):
            continue
        if rules.disease_name_re.search(zh.text) or (
            rules.cjk_org_kind(zh.text) is None and len(zh.text) > 6
        ):
            continue
        en_part = Part(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
        out.append(NamePair(zh.start, m.end(), zh, en_part, acts))
    for m in _CJK_IN_PARENS.finditer(fold):
        before = re.search(
            r"([A-Za-z][A-Za-z0-9.&'\-]*(?: [A-Za-z][A-Za-z0-9.&'\-]*){0,3}) ?$",
            fold[max(0, m.start() - 45) : m.start()],
        )
        if before is None:
            continue
        en_start = max(0, m.start() - 45) + before.start(1)
        en_text = before.group(1)
        zh_text = m.group(1)
        if not _name_like_latin(rules.is_not_name(en_text), en_text) or rules.is_generic(zh_text):
            continue
        if (
            rules.disease_name_re.search(zh_text)
            or _term_gloss(ctx, en_text, m.start(1), m.end(1))
            or glossed_trade_term(ctx, en_text, m.start(1), m.end(1))
        ):
            continue
        en = Part(text[en_start : en_start + len(en_text)], en_start, en_start + len(en_text))
        zh = Part(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
        out.append(NamePair(en_start, m.end(), zh, en))
    out.sort(key=lambda p: p.start)
    return out


# --------------------------------------------------------------------------- regulations


@dataclass
class RegulationMatch:
    """One regulation and every place it is written (names without their brackets)."""

    name: str
    first: Part
    rule: str
    short_names: list[str] = field(default_factory=list)
    mentions: list[Part] = field(default_factory=list)


def find_regulations(ctx: Ctx, abbreviations: list[AbbrevMatch]) -> list[RegulationMatch]:
    """《titles》, 「quoted law names」 and their declared short names, with all mentions."""
    fold, text = ctx.fold, ctx.text
    by_name: dict[str, RegulationMatch] = {}
    for m in _TITLE.finditer(fold):
        name = m.group(1).strip()
        if not name:
            continue
        part = Part(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
        reg = by_name.setdefault(name, RegulationMatch(name, part, "entities.regulation_title.v1"))
        reg.mentions.append(part)
    for m in _QUOTED.finditer(fold):
        name = m.group(1).strip()
        if not ctx.rules.law_suffix_re.search(name):
            continue
        part = Part(text[m.start(1) : m.end(1)], m.start(1), m.end(1))
        reg = by_name.setdefault(name, RegulationMatch(name, part, "entities.regulation_quoted.v1"))
        reg.mentions.append(part)
    # short names declared for a title: （簡稱《特管辦法》） – the short one is an alias, not a law
    alias_of: dict[str, str] = {}
    for a in abbreviations:
        if a.regulation and a.long_zh is not None and a.long_zh.text in by_name:
            alias_of[a.short.text] = a.long_zh.text
    for short, long in alias_of.items():
        reg = by_name[long]
        if short not in reg.short_names:
            reg.short_names.append(short)
        if short in by_name:
            reg.mentions.extend(by_name.pop(short).mentions)
    # bare mentions of a name or short name written without brackets
    taken = {(p.start, p.end) for r in by_name.values() for p in r.mentions}
    for reg in by_name.values():
        for name in {reg.name, *reg.short_names}:
            if len(name) < 3:
                continue
            for span in places_of(name, fold):
                if any(a <= span[0] and span[1] <= b for a, b in taken):
                    continue
                reg.mentions.append(Part(text[span[0] : span[1]], *span))
                taken.add(span)
    out = sorted(by_name.values(), key=lambda r: min(p.start for p in r.mentions))
    for r in out:
        r.mentions.sort(key=lambda p: p.start)
        r.first = r.mentions[0]
    return out


def clause_bounds(fold: str, start: int, end: int) -> tuple[int, int]:
    """The phrase (between ，。；！？ and newlines) holding ``[start, end)``."""
    lo = max(0, start - 200)
    left = max((m.end() for m in CLAUSE_BREAK.finditer(fold, lo, start)), default=lo)
    m = CLAUSE_BREAK.search(fold, end)
    return left, (m.start() if m else len(fold))
