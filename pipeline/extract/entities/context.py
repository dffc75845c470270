"""More names found by the words around them, for reports whose names no lexicon lists.

``discovery`` reads Latin names and names with a company suffix; these scans
add the shapes a new report uses for the rest:

* government bodies named by one word with an agency ending (經濟部, 漁業署, 水試所,
  金管會) where a body's verb or preposition stands next to it (根據財政部統計);
* international bodies (聯合國世界氣象組織, 國際能源總署);
* lists that say what their items are: ``A、B為主要供應商``, ``與A、B合作``, a text-table
  column headed 廠商, and a company named before 旗下;
* names that are list-mates of an organization already found (``與甯岳、鼎翊合作``);
* product and brand names in 「quotes」 next to a product word (推出品牌「綠享肉」).

Each ``find_*`` is a pure scan that returns candidates; the entity stage weighs them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence

from pipeline.extract.entities.abbrev import NAME_DOTS
from pipeline.extract.entities.discovery import (
    _english_line,
    drug_word_before,
    fills_its_item,
    name_ends_well,
    split_items,
)
from pipeline.extract.entities.generic import PLACE_OR_SPACE, kind_of_thing, role_cut
from pipeline.extract.entities.rules import CJK, CJK_RE, Rules
from pipeline.extract.entities.tokens import (
    COMMON_FREQ,
    DETERMINER,
    GLOSS_FREQ,
    RARE_FREQ,
    TRADE_WORD_ENDS,
    breaks_name,
    plausible_cjk_name,
    strip_country,
    walk_back_name,
    walk_forward_name,
)
from pipeline.extract.entities.types import (
    ORG,
    PRODUCT,
    Cand,
    Ctx,
    hits_of_each,
    literal,
    places_of,
    places_of_each,
    rule_id,
)
from pipeline.regexes import matches_at

# What a list never reaches across.
_LIST_BREAK = re.compile(r"[，。；：:！？\n（）()「」《》【】]")
# A 「quoted」 name (no clause mark inside).
# 「」 and 『』 in Taiwanese text; “” where mainland text (and OpenCC's conversion of it) quotes
# (straight quotes around a Chinese name too, as converted mainland news writes them: 系統"某眼")
_QUOTED = re.compile(
    r"[「『“]([^「」『』“”，。；：！？\n]{2,20})[」』”]"
    r'|(?<![A-Za-z0-9])"(?=[\u4e00-\u9fff])([^"「」『』“”，。；：！？\n]{2,20})"'
)
# a Latin gloss in parentheses between a kind word and the quoted name: 系統（ADAS）「某眼」
_LATIN_GLOSS_END = re.compile(r"[（(][A-Za-z][A-Za-z0-9\- ]{0,20}[）)]$")
# Cells of a text-table row: separated by two spaces or more.
_CELL_SPLIT = re.compile(r"[ \u3000]{2,}")
# A name followed by one of these did something at some time or place (宏崴電動於2023年推出).
# A short parenthesis right after a name: （原農委會）, （IEA）.
_PAREN_AFTER = re.compile(r"\s*[（(][^（）()\n]{1,20}[）)]")
# 農業部（原農委會）: the name a body had before.
_FORMER = re.compile(
    r"[（(]\s*(?:原|舊稱|前身為|前身|原名|原稱)\s*[:：]?\s*([^（）()，,、。；\s]{2,16})\s*[）)]"
)
# 旗下 and what may follow it before a subsidiary's name.
_UNDER = re.compile(r"旗下(?:的|之)?")


def _cjk_item_ok(ctx: Ctx, s: int, e: int, *, relaxed: bool, free_end: bool = False) -> bool:
    """A Chinese list item that can be a name: whole tokens, not generic, not a place.

    ``relaxed`` lets a well-known word through (中油, 台塑: dictionary words of some
    frequency) when the structure around it already says it is a name. ``free_end``: the
    item's end is a cue's start the caller matched (某某 + 跌超12%, which the segmenter may
    glue as 客跌超), so it need not be a token's end.
    """
    rules, fold = ctx.rules, ctx.fold
    item = fold[s:e]
    if not (2 <= len(item) <= 12) or not (ctx.is_boundary(s) and (free_end or ctx.is_boundary(e))):
        return False
    if any(ch.isdigit() for ch in item) or not all(CJK_RE.match(ch) for ch in item):
        return False
    if fold[s - 1 : s].isdecimal():  # (a circled item number, ②, is none: orgs53)
        return False  # 公司150 + 仟股、新普科技: a number's unit read back to its digits
    if item in rules.country_words or item in rules.place_words or rules.is_generic(item):
        return False
    if rules.is_industry(item):  # 電子業 + 股價: the industry, not one of its companies
        return False
    toks = ctx.words_in(s, e)
    if toks[0] in rules.subject_determiners:
        return False  # OpenAI和一些輿論: a determiner opens a kind of thing, never a name (orgs37)
    # 日本企業, 韓系廠商, 外商: a kind of company, not one
    # 鉅子 + 生物 in a broker's list: a trade word that ends companies' names (生物, 科技) is no
    # kind after a name's own word when the list already says its items are names
    trade_end = relaxed and len(toks) >= 2 and toks[-1] in rules.cjk_suffixes
    if toks[-1] in rules.company_nouns or (rules.is_generic(toks[-1]) and not trade_end):
        return False
    if item.endswith(rules.kind_noun_endings):
        return False  # 美系電動車 + 大 + 廠: a kind of company however it was cut (orgs58)
    if len(item) <= 3 and item[-1] in TRADE_WORD_ENDS:
        return False
    if plausible_cjk_name(ctx, s, e, strict=True):
        return True
    return (
        relaxed
        and plausible_cjk_name(ctx, s, e, strict=False)
        and ctx.word_freq(item) < 5 * COMMON_FREQ
        and not any(ctx.is_verb(t) for t in ctx.tokens_in(s, e))
    )


def _latin_item_ok(ctx: Ctx, item: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z][A-Za-z0-9&'.\- ]{0,30}", item))
        and not ctx.rules.is_not_name(item)
        and not any(ch.isdigit() for ch in item.split()[0])
    )


def _list_items(ctx: Ctx, start: int, end: int, kind: str, rule: str, strength: int) -> list[Cand]:
    """Items of a list between ``start`` and ``end`` when at least one is clearly a name.

    Every item must be a possible name; a Chinese item that is also an everyday word
    (中油) passes only when another item is a clear name.
    """
    fold = ctx.fold
    items = [(s, e) for s, e in split_items(ctx, start, end) if e > s]
    if not items:
        return []
    strict: list[bool] = []
    for s, e in items:
        item = fold[s:e]
        if item.isascii():
            if not _latin_item_ok(ctx, item):
                return []
            strict.append(True)
        elif _cjk_item_ok(ctx, s, e, relaxed=False):
            strict.append(True)
        elif len(items) > 1 and _cjk_item_ok(ctx, s, e, relaxed=True):
            strict.append(False)
        else:
            return []
    if not any(strict):
        return []
    return [Cand(s, e, ORG, kind, rule, strength) for s, e in items]


def _first_item_start(ctx: Ctx, end: int, lo: int) -> int:
    """Where a list ending at ``end`` starts: back to a clause mark, a list head or a stop word."""
    fold = ctx.fold
    brk = max((m.end() for m in _LIST_BREAK.finditer(fold, lo, end)), default=lo)
    heads = list(ctx.rules.enum_head_re.finditer(fold, brk, end))
    if heads:
        brk = heads[-1].end()
    # the first item is read back from its end, so that a verb before it stays out
    first_sep = ctx.rules.list_split_re.search(fold, brk, end)
    first_end = first_sep.start() if first_sep else end
    start = walk_back_name(ctx, first_end, 10, allow_latin=True)
    if fold[brk:first_end].isascii():
        start = brk
        while start < first_end and fold[start].isspace():
            start += 1
    return max(start, brk)


# --------------------------------------------------------------------------- lists


def find_copula_lists(ctx: Ctx) -> list[Cand]:
    """``飛宏精機、科創光電為主要供應商``: names a clause says are companies of a kind."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.copula_tail_re.finditer(fold):
        if not ctx.is_boundary(m.start()):
            continue
        if not ctx.is_boundary(m.start(1)):
            continue  # 以X + 為主 + 下游企業: 為 inside a word (為主, mainly) is no copula (orgs29)
        if m.group(1).startswith(("本", "該")) and rules.self_reference_re.search(m.group(1)):
            continue  # 限額 + 為 + 本公司淨值之50%: the filer's word for itself, no kind of a list
        if _kind_word_qualifies(ctx, m.end()):
            continue  # 都是 + 公司 + 基礎產品線: the kind word qualifies a thing (orgs36)
        kind = rules.enum_tails[m.group(2)]
        end = m.start()
        # 皆 / 均 / 都 written before 為: not part of the last name
        while end > 0 and fold[end - 1] in "皆均都亦也同 ":
            end -= 1
        start = _first_item_start(ctx, end, max(0, end - 60))
        out += _list_items(ctx, start, end, kind, rule_id("copula_list"), 1)
    return out


def _kind_word_qualifies(ctx: Ctx, end: int) -> bool:
    """都是公司 + 基礎產品線: a dictionary word right after the kind's word makes that word a
    modifier of a thing (the company's product lines), not what the list items are; a word
    for companies or parties (公司 + 客戶, 大廠 + 供應商) still names them."""
    k = ctx.token_index_at(end)
    if k is None or ctx.tokens[k][0] != end:
        return False
    nxt = ctx.fold[slice(*ctx.tokens[k])]
    rules = ctx.rules
    return (
        len(nxt) > 1
        and CJK_RE.match(nxt) is not None
        and ctx.word_freq(nxt) > 0
        and not ctx.is_function_word(nxt)
        and nxt not in rules.company_nouns
        and nxt not in rules.party_nouns
        and nxt not in rules.enum_tails
    )


def find_partner_lists(ctx: Ctx) -> list[Cand]:
    """``與甯岳、鼎翊合作``: the names something is done with are companies."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in ctx.rules.partner_re.finditer(fold):
        s, e = m.span(1)
        if not ctx.is_boundary(s) or not ctx.is_boundary(e):
            continue
        if _persons_joined(ctx, m.start(), s, e):
            continue  # 股東王京 + 和 + 張樹江 + 簽署: two people, no partner firm (orgs58)
        if fold.startswith(ctx.rules.role_words_tuple, m.end()):
            continue  # 甲及乙擔任總經理暨 + 共同 + 執行長: a shared title, no partner (orgs71)
        out += _list_items(ctx, s, e, "company", rule_id("partner_list"), 1)
    return out


def _persons_joined(ctx: Ctx, joiner: int, s: int, e: int) -> bool:
    """王京 + 和 + 張樹江: the item after the joining word and the run before it both have a
    person's shape (a surname and one or two characters, a token of its own)."""
    fold = ctx.fold
    if e - s > 3 or not _person_shaped(ctx, fold[s:e]):
        return False
    return any(
        joiner - k >= 0
        and ctx.is_boundary(joiner - k)
        and all(CJK_RE.match(ch) for ch in fold[joiner - k : joiner])
        and _person_shaped(ctx, fold[joiner - k : joiner])
        for k in (2, 3)
    )


def find_party_lists(ctx: Ctx) -> list[Cand]:
    """``投資方包括NFDG、Sequoia和SV Angel``: the parties of a deal or a trade (``party_nouns``)
    listed after 包括 / 為 are companies when there are two or more and every one is a name."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in ctx.rules.party_list_re.finditer(fold):
        s, e = m.span(1)
        tail = re.search(r"等|在內", fold[s:e])  # 甲、乙等 + 廠商: the list ends at 等
        e = s + tail.start() if tail else e
        while e > s and fold[e - 1].isspace():
            e -= 1
        items = split_items(ctx, s, e)
        if len(items) < 2 or not ctx.is_boundary(s):
            continue
        if any(_person_like(ctx, a, b) or _word_twice(fold[a:b]) for a, b in items):
            continue  # 客戶包括王大明、李華: people; QORVEL Qorvel Technology: two table cells
        out += _list_items(ctx, s, e, "company", rule_id("party_list"), 1)
    return out


def find_deal_parties(ctx: Ctx) -> list[Cand]:
    """``GeneQuantum 與 Biohaven 和 AimedBio 的 130 億美元交易``: Latin names joined before a
    deal's noun (``deal_nouns``, an amount between) are the deal's parties — companies, not
    the products a word's shape alone would make of them (prods43)."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in ctx.rules.deal_parties_re.finditer(fold):
        s, e = m.span(1)
        if not ctx.is_boundary(s) or not ctx.is_boundary(e):
            continue
        if len(split_items(ctx, s, e)) < 2:
            continue
        out += _list_items(ctx, s, e, "company", rule_id("deal_parties"), 1)
    return out


_LATIN_PRODUCT_ITEM = re.compile(r"[A-Za-z][A-Za-z0-9&'.+\- ]{1,30}")


def find_counted_product_lists(ctx: Ctx) -> list[Cand]:
    """``七個新型 DAA 藥品，為 Daklinza、Sunvepra、Harvoni``: a counted kind of product
    (``counted_product_kinds``) then a head and a list of two or more Latin names — the
    names are the products counted. A list with any other item (a Chinese word, a number)
    gives nothing (prods43)."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in ctx.rules.counted_products_re.finditer(fold):
        s, e = m.span(1)
        tail = re.search(r"等|在內", fold[s:e])
        e = s + tail.start() if tail else e
        items = split_items(ctx, s, e)
        if len(items) < 2 or not ctx.is_boundary(s):
            continue
        names = [fold[a:b] for a, b in items]
        if not all(
            _LATIN_PRODUCT_ITEM.fullmatch(n) and not ctx.rules.is_not_name(n) for n in names
        ):
            continue
        out += [Cand(a, b, PRODUCT, None, rule_id("counted_product_list"), 1) for a, b in items]
    return out


def _word_twice(item: str) -> bool:
    """QORVEL Qorvel Technology: a Latin word written twice at once ends one cell and opens
    the next; the Latin runs' own reading splits them."""
    words = item.casefold().split()
    return any(a == b for a, b in itertools.pairwise(words))


# A count right before a kind of company (4家 + 上市公司, 三家 + 車企): the companies counted.
_COUNTED_BEFORE = re.compile(
    r"(?:[0-9]+|[一二兩三四五六七八九十百千幾數多]+)\s*[家個隻只檔][^，。、；\s]{0,4}$"
)


def find_acting_subjects(ctx: Ctx) -> list[Cand]:
    """``昱晴光能則推出…``, ``宏崴電動於2023年推出``: a clause that opens with a name doing
    what companies do (推出, 宣布, 投資 …), or cooperating with someone (中油與…合作)."""
    fold, rules = ctx.fold, ctx.rules
    out: list[Cand] = []
    acts = [(m.start(), m.group()) for m in rules.subject_acts_re.finditer(fold)]
    acts += [(m.start(), m.group()) for m in ctx.rules.partner_re.finditer(fold)]
    for pos, act in acts:
        lo = max(0, pos - 30)
        brk = max((m.end() for m in _LIST_BREAK.finditer(fold, lo, pos)), default=-1)
        if brk < 0 and lo > 0:
            continue
        start = max(brk, 0)
        lead = rules.subject_lead_re.match(fold, start)
        if lead:
            start = lead.end()
        tail = rules.subject_tail_re.search(fold, start, pos)
        if tail is None:
            continue
        end = tail.start()
        heads = list(rules.lead_word_re.finditer(fold, start, end))  # 國內業者 + 立能儲能
        heads += [
            k
            for k in rules.org_kind_before_re.finditer(fold, start, end)
            if ctx.is_boundary(k.end())
        ]
        if heads:
            head = max(heads, key=lambda h: h.end())
            if _COUNTED_BEFORE.search(fold, max(0, head.start() - 8), head.end()):
                # 4家 + 上市公司 + 齊發公告: counted companies act, no name follows (orgs49)
                continue
            start = head.end()  # 韓廠 + 鈺瀚
        end = _before_news_date(ctx, start, end)
        if not (2 <= end - start <= 8) or fold[start:end].isascii():
            continue
        if rules.name_place_re.fullmatch(fold, start, end):
            continue  # 廣東省 + 發布: a province or a city acting, no company (orgs36)
        if not _starts_with_country(ctx, start, end) and _subject_ok(ctx, start, end):
            cue = act.strip()[:20]
            out.append(Cand(start, end, ORG, "company", rule_id("acting_subject"), 1, cue=cue))
    return out


# A stock code in brackets right after a name (金斯瑞(01548.HK), 某某(300042)).
_CODE_AFTER = re.compile(r"\s*[（(]\s*[0-9]{4,6}")


def _person_subject(ctx: Ctx, start: int, end: int) -> bool:
    """雷軍, 陳茂波: a subject of a person's shape with no organization's ending, that the text
    nowhere writes with a company's ending or a stock code after it (萬科集團, 金斯瑞生物科技,
    金斯瑞(01548.HK) are companies of a person's shape)."""
    rules, fold = ctx.rules, ctx.fold
    name = fold[start:end]
    if not _person_shaped(ctx, name) or rules.cjk_org_kind(name) is not None:
        return False
    for _, e in places_of(name, fold):
        if _CODE_AFTER.match(fold, e) or any(
            fold[e : e + size] in rules.cjk_suffixes for size in rules.cjk_suffix_sizes
        ):
            return False
    return True


def _before_news_date(ctx: Ctx, start: int, end: int) -> int:
    """三星 + 日前 + 來台也宣布: a news date (日前, 11日, 上週五) inside a clause's subject run
    closes the subject; what follows it is what the subject did, not the rest of a name."""
    for m in ctx.rules.act_gap_re.finditer(ctx.fold, start + 2, end):
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        if ctx.is_boundary(s) and ctx.is_boundary(m.end()) and s > start + 1:
            return s
    return end


# What may stand right before a framed name: the start of the text, a clause or a list mark.
_FRAME_OPEN = re.compile(r"(?:^|[，。；：:！？\n（）()「」『』、/“”\"])\s*$")


# What may follow a name written after a kind of company: a mark, a joining word, a verb.
_KIND_NAME_END = re.compile(
    r"[，。；、：:！？（(）)」』]|的|之|與|和|及|於|已|將|則|也|亦|並|曾|正|近"
)


def _kind_name_ends(ctx: Ctx, end: int) -> bool:
    rules, fold = ctx.rules, ctx.fold
    if _KIND_NAME_END.match(fold, end):
        return True
    acts = (rules.company_acts_re, rules.subject_acts_re, rules.org_frame_after_re)
    k = ctx.token_index_at(end)
    nxt = fold[slice(*ctx.tokens[k])] if k is not None else ""
    # 概念股甲寅影音 + 漲停 (orgs77): a stock's price move closes its name too
    return (
        nxt in rules.company_verbs
        or any(a.match(fold, end) for a in acts)
        or rules.price_move_re.match(fold, end) is not None
    )


def _person_like(ctx: Ctx, start: int, end: int) -> bool:
    """施雅茹 (表示): a short run that opens with a surname is a person's name."""
    name = ctx.fold[start:end]
    for surname in ctx.rules.person_surnames:
        if name.startswith(surname):
            return len(name) - len(surname) <= 2
    return False


def _role_before(ctx: Ctx, start: int) -> bool:
    """總經理 + 鐘世英: a person's role right before the run."""
    return ctx.fold[max(0, start - 6) : start].endswith(ctx.rules.role_words_tuple)


def _names_person(ctx: Ctx, start: int, end: int) -> bool:
    """(總經理) + 邱文昌: a run with a person's role before it or inside it."""
    toks = ctx.tokens_in(start, end)
    return _role_before(ctx, start) or any(t in ctx.rules.role_words for t in toks)


# A person's name as news writes it: a Latin given name and surname (Sam Altman), or a surname
# and one or two characters (馬斯克, 黃仁勳; not 新普科技, a company a filing names after 董事).
# A later word may hold a second capital (Kate MacCabe, Sean O'Neil).
_PERSON_LATIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z'-]+(?:[A-Z][a-z]+)?){1,2}")
# The same run standing alone in the text (no Latin word glued before or after it).
_PERSON_LATIN_RUN = re.compile(rf"(?<![A-Za-z0-9&.-]){_PERSON_LATIN.pattern}(?![A-Za-z0-9])")
_PERSON_CJK = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _person_shaped(ctx: Ctx, name: str) -> bool:
    """Sam Altman, 馬斯克, 歐陽明: the shape of a person's name, nothing about its context."""
    if _PERSON_LATIN.fullmatch(name):
        return True
    if not _PERSON_CJK.fullmatch(name):
        return False
    surnames = ctx.rules.person_surnames
    return name.startswith(surnames) and any(  # one C-speed test of every surname first
        name.startswith(s) and 1 <= len(name) - len(s) <= 2 for s in surnames
    )


_LATIN_WORD_SPACE = re.compile(r"[A-Za-z0-9&.] $")


def after_latin_word(fold: str, pos: int) -> bool:
    """``fold[:pos]`` ends with a Latin word's last character and a space (a newline after
    them too, as ``$`` reads it): looked at where it ends, not by copying and searching the
    whole text before ``pos`` (done for every Latin run, that was quadratic)."""
    return _LATIN_WORD_SPACE.search(fold, max(0, pos - 3), pos) is not None


def people_named(ctx: Ctx, found: Iterable[Cand]) -> frozenset[str]:
    """Names the document writes right after a person's role (執行長Sam Altman, CEO馬斯克) or
    right before a title (馬斯克先生): such a name is a person wherever it stands, however a
    company frame or a list took it (Sam Altman則說, 馬斯克和Sam Altman最初…)."""
    fold, rules = ctx.fold, ctx.rules
    texts = {fold[c.start : c.end] for c in found if c.label == ORG and c.source != "lexicon"}
    names = {t for t in texts if _person_shaped(ctx, t)}
    known = {fold[c.start : c.end] for c in found if c.label == ORG and c.source == "lexicon"}
    # Scott Rubner表示 where no finder took the full name: its surname alone (Rubner表示) may be
    names |= {
        m.group()
        for m in _PERSON_LATIN_RUN.finditer(fold)
        if m.group() not in known and not after_latin_word(fold, m.start())
    }
    out: set[str] = set(_glossed_people(ctx, texts - known))
    out |= _transliterated_after_role(ctx, texts - known - names)
    # 雷軍 + 宣佈, 陳茂波 + 今早…發表: people announce as companies do; a clause's subject of a
    # person's shape is a person, unless a lexicon names it (高通宣布) or the text writes it
    # with a company's ending or a stock code somewhere (orgs67)
    acting = rule_id("acting_subject")
    out |= {
        fold[c.start : c.end]
        for c in found
        if c.rule == acting
        and fold[c.start : c.end] not in known
        and _person_subject(ctx, c.start, c.end)
    }
    ordered = list(names)
    for name, places in zip(ordered, places_of_each(fold, ordered), strict=True):
        speaks = name not in known and _given_named(ctx, name)
        for m_start, m_end in places:
            before = fold[max(0, m_start - 8) : m_start].rstrip()
            after = fold[m_end : m_end + 8].lstrip(" ，,")
            # Hester Peirce上周表示: a word of time between the speaker and his word
            after = rules.time_word_lead_re.sub("", after, count=1)
            if (
                before.endswith(rules.person_roles_before)
                or fold.startswith(rules.person_titles_after, m_end)
                # Raymond James分析師: a role after the name makes it the employer, not a speaker
                or (
                    speaks
                    and after.startswith(rules.person_speech_after)
                    and not after.startswith(rules.person_roles_before)
                )
            ):
                out.add(name)
                break
    return frozenset(out)


_NEXT_LATIN_WORD = re.compile(r"[ ,]*([A-Za-z]+\.?)")
# 伍德 (Cathie Wood): a Chinese run glossed by a Latin name of a person's shape
_PERSON_GLOSS = re.compile(rf"\s*[（(]\s*({_PERSON_LATIN.pattern})\s*[)）]")
# 馬納特·馬納烏提威特: the dot between the given name and the surname of a transliteration
_NAME_DOTS = NAME_DOTS
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CJK_5_TO_8 = re.compile(r"[\u4e00-\u9fff]{5,8}")


def _glossed_people(ctx: Ctx, texts: Iterable[str]) -> set[str]:
    """創辦人伍德 (Cathie Wood), 億萬富豪阿加渥 (Anil Agarwal): a transliterated name no surname
    list holds is a person when the text glosses it with a Latin person's name whose first word
    is a common given name, or writes a person's role right before it. A company glossed by its
    Latin name (帝濶 (DeCloak), 維達 (Vedanta Resources)) has no person's shape or holds a
    company's word."""
    fold, rules = ctx.fold, ctx.rules
    out: set[str] = set()
    shaped = [t for t in texts if _PERSON_CJK.fullmatch(t) or _CJK_5_TO_8.fullmatch(t)]
    for text, places in zip(shaped, places_of_each(fold, shaped), strict=True):
        latin: set[str] = set()
        glossed, role = False, False
        for m_start, m_end in places:
            g = _PERSON_GLOSS.match(fold, m_end)
            if g is not None:
                words = g.group(1).split(" ")
                if any(w.casefold() in rules.person_not_words for w in words):
                    glossed = False
                    break
                glossed = True
                latin.add(g.group(1))
                if words[0] in rules.given_names:
                    role = True
            before = fold[max(0, m_start - 16) : m_start].rstrip()
            roles = rules.person_roles_before
            if before.endswith(roles):
                role = True
            elif before[-1:] in _NAME_DOTS:  # 執行長 + 馬納特· + 馬納烏提威特: the given name
                head = before[:-1]
                role = role or any(
                    head[: len(head) - k].endswith(roles)
                    for k in range(1, 7)
                    if _CJK_RUN.fullmatch(head[len(head) - k :])
                )
        if glossed and role:
            out |= {text, *latin}
    return out


def lexicon_people(ctx: Ctx, found: Iterable[Cand]) -> frozenset[str]:
    """投資長 + 施耐德（Marc Seidner）: a lexicon company's short Chinese name that the text writes
    right after a person's role and glosses with a Latin person's name (a common given name
    first) is a namesake person's transliteration here, not the company; both cues are
    needed, as a company's Chinese name glossed by its Latin one has no given name (orgs38)."""
    fold, rules = ctx.fold, ctx.rules
    known = {fold[c.start : c.end] for c in found if c.label == ORG and c.source == "lexicon"}
    out: set[str] = set()
    names = sorted(t for t in known if _PERSON_CJK.fullmatch(t))
    for text, places in zip(names, places_of_each(fold, names), strict=True):
        for start, end in places:
            g = _PERSON_GLOSS.match(fold, end)
            if g is None:
                continue
            words = g.group(1).split(" ")
            if words[0] not in rules.given_names or any(
                w.casefold() in rules.person_not_words for w in words
            ):
                continue
            if fold[max(0, start - 16) : start].rstrip().endswith(rules.person_roles_before):
                out.add(text)
                break
    return frozenset(out)


def _transliterated_after_role(ctx: Ctx, texts: Iterable[str]) -> set[str]:
    """美國總統 + 特朗普, 總統唐納德· + 特朗普: a short Chinese run no surname list opens (a
    transliterated foreign name) that the text writes right after a person's role, the role
    and the name perhaps split by a dotted given name, is a person wherever it stands
    (特朗普表示 later in the text is no company speaking). A run with a kind's ending
    (董事長 + 室, 總統 + 府) names a body, and stays (orgs36)."""
    fold, rules = ctx.fold, ctx.rules
    roles = rules.person_roles_before
    out: set[str] = set()
    for text in texts:
        if not _PERSON_CJK.fullmatch(text) or rules.cjk_org_kind(text) is not None:
            continue
        for m_start, _ in places_of(text, fold):
            before = fold[max(0, m_start - 16) : m_start]
            if before[-1:] in _NAME_DOTS:  # 唐納德· + 特朗普: the given name before the dot
                head = before[:-1]
                named = any(head[: len(head) - k].endswith(roles) for k in range(1, 6))
            else:
                named = before.endswith(roles)
            if named:
                out.add(text)
                break
    return out


def _given_named(ctx: Ctx, name: str) -> bool:
    """Missy Cummings, Nick Timiraos: two or three capitalised Latin words opening with a common
    given name and holding no company word, written nowhere in the document with a legal ending
    (Charles Schwab Corp.): a person when he speaks (a lexicon company, Morgan Stanley, is
    left out by the caller)."""
    rules = ctx.rules
    words = name.split(" ")
    if not _PERSON_LATIN.fullmatch(name) or words[0] not in rules.given_names:
        return False
    if any(w.casefold() in rules.person_not_words for w in words):
        return False
    for m_start, m_end in places_of(name, ctx.fold):
        word = _NEXT_LATIN_WORD.match(ctx.fold, m_end)
        if word and word.group(1).casefold() in rules.person_not_words:
            return False
        # 農機大廠 John Deere: a kind of company written right before it names a company
        before = ctx.fold[max(0, m_start - 12) : m_start].rstrip()
        if any(k.end() == len(before) for k in rules.org_kind_before_re.finditer(before)):
            return False
    return True


# Rubner, McCarthy: a Latin surname written alone (compiled once: asked per candidate)
_SURNAME_ALONE = re.compile(r"[A-Z][a-z'-]+(?:[A-Z][a-z]+)?")


class _PeopleIndex:
    """What ``names_a_person`` asks of the document's people, worked out once per document:
    it is asked of every candidate twice, and walked every person (a ``find`` over the text
    each) per candidate — quadratic in a long report, whose people grow with it.

    ``cover_starts``/``cover_reach``: every place the text writes a person (overlapping
    places too), by start, with the furthest end reached so far; ``surnames`` the last
    word of each spaced name; ``by_first`` the people by their first character."""

    __slots__ = ("by_first", "cover_reach", "cover_starts", "surnames")

    def __init__(self, fold: str, people: frozenset[str]) -> None:
        self.surnames = frozenset(p.rsplit(" ", 1)[-1] for p in people if " " in p)
        places: list[tuple[int, int]] = []
        by_first: dict[str, list[str]] = {}
        for p in sorted(people):
            by_first.setdefault(p[:1], []).append(p)
            at = fold.find(p)
            while at >= 0:
                places.append((at, at + len(p)))
                at = fold.find(p, at + 1)
        places.sort()
        self.cover_starts = [a for a, _ in places]
        self.cover_reach = list(itertools.accumulate((b for _, b in places), max))
        self.by_first = {k: tuple(v) for k, v in by_first.items()}

    def covers(self, start: int, end: int) -> bool:
        """Whether a place of a person holds all of ``start..end``."""
        k = bisect.bisect_right(self.cover_starts, start) - 1
        return k >= 0 and self.cover_reach[k] >= end


@functools.lru_cache(maxsize=4)
def _people_index(fold: str, people: frozenset[str]) -> _PeopleIndex:
    return _PeopleIndex(fold, people)


def names_a_person(ctx: Ctx, c: Cand, people: frozenset[str]) -> bool:
    """A candidate that is a person the document names (:func:`people_named`), a piece of one,
    or such a name with a common word glued after it (馬斯克 + 最初): no organization."""
    if c.label != ORG or c.source == "lexicon" or not people:
        return False
    fold = ctx.fold
    text = fold[c.start : c.end]
    if text in people:
        return True
    if not text or "" in people:  # (no name is empty: the plain walk keeps the odd case)
        return _names_a_person_walk(ctx, c, text, people)
    index = _people_index(fold, people)
    # Rubner表示 after Scott Rubner: a person's surname alone, once the text named him in full
    if text in index.surnames and _SURNAME_ALONE.fullmatch(text):
        return True
    # Kosar of Anna Kosar: a short form's repeat inside the person's name
    if index.covers(c.start, c.end):
        return True
    return any(
        text.startswith(p)
        and ctx.is_boundary(c.start + len(p))
        and ctx.word_freq(text[len(p) :]) > 0
        for p in index.by_first.get(text[0], ())
    )


def _names_a_person_walk(ctx: Ctx, c: Cand, text: str, people: frozenset[str]) -> bool:
    """``names_a_person`` past its first test, person by person (kept for the tests, which
    hold the index to it, and for an empty candidate or person)."""
    fold = ctx.fold
    if _SURNAME_ALONE.fullmatch(text) and any(
        p.rsplit(" ", 1)[-1] == text for p in people if " " in p
    ):
        return True
    for p in people:
        at = fold.find(p, max(0, c.end - len(p)), c.start + len(p))
        if at >= 0 and at <= c.start and c.end <= at + len(p):
            return True
    return any(
        text.startswith(p)
        and ctx.is_boundary(c.start + len(p))
        and ctx.word_freq(text[len(p) :]) > 0
        for p in people
    )


def _cut_frame_lead(ctx: Ctx, start: int, end: int) -> int:
    """前 + 賽靈思, 其中 + 微軟: a clause's opening word the walk back took into the name."""
    for m in ctx.rules.org_frame_lead_re.finditer(ctx.fold, start, min(end, start + 3)):
        if m.start() == start and ctx.is_boundary(m.end()) and m.end() < end:
            return m.end()
    return start


def _framed_ok(ctx: Ctx, start: int, end: int) -> bool:
    """A bare run a frame vouches for: 2 to 8 characters of Chinese, not a place or a
    country's word, and a name by the subject test (no verb, no common word alone)."""
    if not (2 <= end - start <= 8) or not ctx.is_boundary(start):
        return False
    if ctx.fold[start:end].isascii() or _starts_with_country(ctx, start, end):
        return False
    if ctx.rules.name_place_re.fullmatch(ctx.fold, start, end):
        return False  # 廣東省 + 發布: a province or a city, no company (orgs36)
    if _counted_moves(ctx, ctx.fold[start:end]):
        return False  # 供應商 + 七進六出: who came in and went out, counted, is no name (orgs78)
    toks = ctx.words_in(start, end)
    if len(toks) > 3 or toks[-1] in ctx.rules.frame_not_tails:  # 光伏業內人士, 諾和諾德美股
        return False
    if toks[-1] in ctx.rules.metric_after_name:
        # 東歐 + 銷量 + 預計: a figure is what the clause is about (orgs36); alone after a kind
        # of company it is that kind's figure (面板供應商 + 良率: orgs78)
        return False
    # a verb, a describing or a function word inside makes a clause (三者合計, 飛磁佔國巨)
    if any(ctx.is_verb(t) or t in ctx.adjectives or ctx.is_function_word(t) for t in toks):
        return False
    if any(t in ctx.rules.office_moves for t in toks):
        return False  # 李某 + 辭任 + 董事會主席: a person leaves an office (orgs72)
    for i, t in enumerate(toks):
        # 飛磁 + 佔 + 國巨: a one-character verb before a known word; 易威 + 還可: an
        # unknown word that ends in an adverb (what the segmenter guessed is a clause)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if i > 0 and len(t) == 1 and t in ctx.glue_chars and ctx.word_freq(nxt) > 0:
            return False
        if len(t) > 1 and ctx.word_freq(t) == 0 and ctx.is_function_word(t[-1]):
            return False
    # 多晶矽 + 產能: a common noun at the end is what the clause is about, not a name's part;
    # 產能 + 利用率: nor does a name open with one (the distinctive word leads)
    last = toks[-1]
    if len(toks) > 1 and ctx.word_freq(last) >= COMMON_FREQ and last not in ctx.rules.cjk_suffixes:
        return False
    if len(toks) > 1 and ctx.word_freq(toks[0]) >= COMMON_FREQ:
        return False
    return _cjk_item_ok(ctx, start, end, relaxed=False)


def _counted_moves(ctx: Ctx, run: str) -> bool:
    """Two written numbers with one character between them (七進六出, 三增兩減): a count of
    moves, no name; a name may hold one numeral (三星) or a number's run (一零四)."""
    nums = ctx.rules.count_numerals
    return any(
        run[i] in nums and run[i + 1] not in nums and run[i + 2] in nums
        for i in range(len(run) - 2)
    )


def _after_kind_ok(ctx: Ctx, start: int, end: int) -> bool:
    """A name right after a kind of company. When the segmenter glued the kind's last
    characters to an unknown name (廠鈺瀚, 藥企諾 + 芙佳), the guessed word's rest opens the
    name: it must be short, not a word of the dictionary, and followed only by name tokens."""
    if ctx.is_boundary(start):
        return _framed_ok(ctx, start, end)
    k = bisect.bisect_right(ctx.starts, start) - 1
    if k < 0 or ctx.tokens[k][1] > end:
        return False
    guessed = ctx.fold[slice(*ctx.tokens[k])]
    rest_end = ctx.tokens[k][1]
    name = ctx.fold[start:end]
    if ctx.word_freq(guessed) > 0 or not (2 <= len(name) <= 6):
        return False
    if not all(CJK_RE.match(ch) for ch in name) or ctx.word_freq(name) >= RARE_FREQ:
        return False
    return (
        rest_end == end
        or _framed_ok(ctx, rest_end, end)
        or all(ctx.word_freq(t) == 0 for t in ctx.tokens_in(rest_end, end))
    )


def _before_report_word(ctx: Ctx, start: int, end: int) -> int:
    """東吳證券 + 研報 + 指出: a broker's or a body's report written after its name and before
    the frame's verb is what speaks, no part of the name; the name ends before it (orgs36)."""
    k = ctx.token_index_ending_at(end)
    if k is None:
        return end
    s, e = ctx.tokens[k]
    if ctx.fold[s:e] in ctx.rules.report_words_after_name and s - start >= 2:
        return s
    return end


def _person_before_title(ctx: Ctx, start: int, end: int) -> int:
    """聯華生技 + 沈碧蘭 + 董事長: a surname and one or two characters the segmenter set apart,
    between a firm's name and a person's title, are the person, no part of the firm (orgs58);
    where the firm's name ends (``end`` when no person closes the run)."""
    fold = ctx.fold
    for k in (3, 2):
        at = end - k
        if (
            at - start >= 2
            and fold[at] in ctx.rules.person_surnames
            and ctx.is_boundary(at)
            and all(CJK_RE.match(ch) for ch in fold[at:end])
            # a full name the dictionary may know as a rare word (沈碧蘭); two characters
            # only where it knows no word (金 + 控 is one)
            and ctx.word_freq(fold[at:end]) < (RARE_FREQ if k == 3 else 1)
            and ctx.word_freq(fold[at + 1 : end]) < RARE_FREQ
        ):
            return at
    return end


def find_framed_names(ctx: Ctx) -> list[Cand]:
    """Bare company names that a frame vouches for (issue 10): a clause that opens with a run
    before 預計, 董事長, 營收 … (微軟預計, 前賽靈思董事長), and a run written right after a
    kind of company (跨國藥企阿斯特捷利康, 電子醫材廠紅電醫, 子公司飛磁). The frames are data
    (``org_frame_after``, ``org_kind_before`` in ``entity_cues.yaml``); a run that opens with a
    surname before a word of speech (施雅茹表示) is a person."""
    fold, rules = ctx.fold, ctx.rules
    out: list[Cand] = []
    for m in rules.org_frame_after_re.finditer(fold):
        end = cue_at = m.start()
        # 志聖本周股價, X 11日股價: a news date between the name and its cue is no part of it
        gap = rules.act_gap_end_re.search(fold, max(0, end - 16), end)
        if gap is not None and gap.start() < end and ctx.is_boundary(gap.start()):
            end = gap.start()
        if not ctx.is_boundary(end):
            continue
        start = _cut_frame_lead(ctx, walk_back_name(ctx, end, 8), end)
        if start >= end:
            continue
        # 晶片大廠 + 鈺瀚 + 宣布: the kind of company is no part of the name
        kinds = [k.end() for k in rules.org_kind_before_re.finditer(fold, start, end)]
        if kinds:
            if _after_kind_ok(ctx, kinds[-1], end):
                out.append(
                    Cand(kinds[-1], end, ORG, "company", rule_id("org_kind"), 1, cue=m.group())
                )
            continue
        before = fold[max(0, start - 4) : start]
        if not (_FRAME_OPEN.search(before) or rules.org_frame_lead_re.search(before)):
            continue
        # 全智科 + 副總 + 簡正宇 + 表示: the body ends at the role, the person speaks (read up
        # to the cue, so that a role before a news date, X主管今晚表示, is still cut)
        end = min(end, role_cut(ctx, start, cue_at))
        if end == start:
            continue
        # 施雅茹表示, 總經理鐘世英表示: a person speaks
        if _person_like(ctx, start, end) and (
            m.group() in rules.org_frame_speech or _role_before(ctx, start)
        ):
            continue
        if m.group() in rules.employer_titles:
            end = _person_before_title(ctx, start, end)
        end = _before_report_word(ctx, start, end)
        if _framed_ok(ctx, start, end):
            out.append(Cand(start, end, ORG, "company", rule_id("org_frame"), 1, cue=m.group()))
    for m in rules.org_kind_before_re.finditer(fold):
        start = m.end()
        # 藥企諾 + 芙佳: the segmenter may guess a word across the kind's end
        k = bisect.bisect_right(ctx.starts, start) - 1
        tok_end = ctx.tokens[k][1] if k >= 0 else start
        end = (
            walk_forward_name(ctx, tok_end, 8)
            if tok_end > start
            else walk_forward_name(ctx, start, 8)
        )
        # 美商鈺瀚 + 擴產: what a company does ends its name
        for act in (rules.company_acts_re, rules.subject_acts_re, rules.org_frame_after_re):
            hit = act.search(fold, start + 2, end)
            if hit is not None and ctx.is_boundary(hit.start()):
                end = hit.start()
        # 概念股 + 掀漲停潮 (orgs77): a price move inside the run is the kind's stocks moving;
        # the name, if any, ends before it
        move = rules.price_move_re.search(fold, start, end)
        if move is not None and move.start() < end:
            if move.start() - start < 2:
                continue
            end = move.start()
        # the name closes a clause or an item, or its company acts (not a table's header
        # cell: 子公司 + 明細 + a line break)
        if _after_kind_ok(ctx, start, end) and _kind_name_ends(ctx, end):
            out.append(Cand(start, end, ORG, "company", rule_id("org_kind"), 1, cue=m.group()))
    # 晶片供應商 + 安華高 + （Avago）: a supplier's or a maker's name its Latin form closes
    for m in rules.org_kind_glossed_re.finditer(fold):
        glossed = _latin_glossed_end(ctx, m.end())
        if glossed is not None and ctx.is_boundary(m.end()) and _framed_ok(ctx, m.end(), glossed):
            out.append(
                Cand(m.end(), glossed, ORG, "company", rule_id("org_kind"), 1, cue=m.group())
            )
    return out


def find_product_owners(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """``正大天晴的利妥昔單抗``, ``石家莊以嶺藥業的連花清咳片``: a bare name opening its clause
    and owning (的 / 之) a product that a rule found is the company behind it."""
    fold, rules = ctx.fold, ctx.rules
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 1:
            continue
        if rules.cjk_model_generation_head_re.match(fold, c.start):
            # 最強的 + 第二代驍龍8: what a 的 before a model's generation says describes the
            # model (the best, the newest), it names no company behind it (prods58)
            continue
        of = rules.possessive_re.search(fold, max(0, c.start - 2), c.start)
        if of is None or of.end() != c.start:
            continue
        end = of.start()
        start = _cut_frame_lead(ctx, walk_back_name(ctx, end, 8), end)
        before = fold[max(0, start - 4) : start]
        if (start, end) in seen or not (
            _FRAME_OPEN.search(before) or rules.org_frame_lead_re.search(before)
        ):
            continue
        if _framed_ok(ctx, start, end) and not _person_like(ctx, start, end):
            seen.add((start, end))
            out.append(Cand(start, end, ORG, "company", rule_id("product_owner"), 1, cue="的"))
    return out


def _subject_ok(ctx: Ctx, start: int, end: int) -> bool:
    """A clause's subject that is a name: no describing or acting word before its last one
    (單一案件, 平台上線首月 are not names; 宏崴先進 is), and a proper name's rarity."""
    toks = ctx.words_in(start, end)
    if not toks or len(toks) > 3 or toks[0] in ctx.adjectives:
        return False
    if (
        toks[0] in ctx.rules.subject_determiners
        or ctx.fold[start:end] in ctx.rules.subject_determiners
    ):
        return False  # 任何 + 提早: any company that acts so, none named (要 + 約: cut in two)
    if ctx.fold.startswith(ctx.rules.subject_time_words, start):
        return False  # 年內 + 實現收入, 會後 + 宣布: when it was done, not who (orgs63)
    if any(t in ctx.verbs or t in ctx.adjectives for t in toks[:-1]):
        return False
    return _cjk_item_ok(ctx, start, end, relaxed=len(toks) == 1)


def _starts_with_country(ctx: Ctx, start: int, end: int) -> bool:
    return any(ctx.fold.startswith(c, start, end) for c in ctx.rules.country_prefixes)


# What may follow a person's name written after an officer's title: a mark, a speech or
# joining word, a word of time (陳某某表示, 王某某、李某某, 林某某今日).
_AFTER_PERSON = re.compile(
    r"\s*(?:[，,。：:、（(「]|表示|指出|說|認為|強調|坦言|透露|預估|預期|分析|補充|致詞|受訪|接受|"
    r"也|則|亦|在|於|會後|今|昨|日前|近日|與|和|及|等)"
)
_LATIN_PERSON_AFTER_TITLE = re.compile(r"\s?[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}(?![A-Za-z])")


def _person_after_title(ctx: Ctx, pos: int) -> bool:
    """A person's name at ``pos``: a surname and one or two characters before a speech word
    or a mark (蔡某某表示), or two or three capitalised Latin words (Fawad Razaq)."""
    fold = ctx.fold
    if _LATIN_PERSON_AFTER_TITLE.match(fold, pos):
        return True
    for surname in ctx.rules.person_surnames:
        if fold.startswith(surname, pos):
            rest = pos + len(surname)
            return any(
                all(CJK_RE.match(ch) for ch in fold[rest : rest + k])
                and (
                    _AFTER_PERSON.match(fold, rest + k) is not None
                    or ctx.rules.officer_acts_re.match(fold, rest + k) is not None
                )
                for k in (1, 2)
            )
    return False


# A run before an officer's title ending in one of these is a clause's words (依序為, 由, 是).
_CLAUSE_TAIL_CHARS = frozenset("為是於在由的將被")


# A desk's group code inside a title (某銀行 + G10 + 外匯策略主管).
_GROUP_CODE = re.compile(r"[A-Z]\d{1,2}")
# A Latin body right before an officer's title: capitalised words (GoldSilver Central, Sevens
# Report Research), after a mark, a space or a Chinese character.
_LATIN_BODY_BEFORE = re.compile(
    r"(?<![A-Za-z0-9&.'-])[A-Z][A-Za-z0-9&.'-]*(?: [A-Z&][A-Za-z0-9&.'-]*){0,3} ?$"
)


def _staff_start(ctx: Ctx, pos: int) -> int:
    """Start of a title's rank, field and desk that end at ``pos`` (首席 + 外匯 + 策略師,
    企劃 + 研究室 + 總監, G10 + 外匯 + 策略 + 主管): they tell the person's job, not the name of
    the body before them, which a title glued to them would otherwise cut (瑞穗證券首席外匯)."""
    rules, fold = ctx.rules, ctx.fold
    i = ctx.token_index_ending_at(pos)
    start, taken = pos, 0
    while i is not None and i >= 0 and taken < 5:
        ts, te = ctx.tokens[i]
        tok = fold[ts:te]
        if tok.isspace():
            i -= 1
            continue
        if tok not in rules.staff_title_words and not _GROUP_CODE.fullmatch(tok):
            break
        start, taken, i = ts, taken + 1, i - 1
    return start


# A department's last character (審計部, 研究室, 業務課).
_UNIT_ENDS = frozenset("部室課組處")
# A stock code just before a run: 某房屋 (9940-TW) + 不動產企研室 + 經理.
_CODE_BEFORE = re.compile(r"[（(][^（()）]{1,24}[）)]\s*$")


def _staff_field_run(ctx: Ctx, start: int) -> bool:
    """A run before a title that is the field of the person's desk, not a body: it follows the
    body's stock code (某房屋 (9940-TW) + 不動產 + 企研室經理) or a word joining it to another
    field (股票與 + 實物資產 + 主管)."""
    fold = ctx.fold
    if _CODE_BEFORE.search(fold, max(0, start - 26), start) is not None:
        return True
    k = ctx.token_index_ending_at(start)
    if k is None or fold[slice(*ctx.tokens[k])] not in ctx.rules.coordinators:
        return False
    # 17、 + 某某時代 + 董事長: a line's item number and its mark open the line, joining nothing
    return _LINE_ITEM_NUMBER.fullmatch(fold, fold.rfind("\n", 0, start) + 1, start) is None


# A line's item number and its mark before the line's words (3、, 12. ): no coordinator.
_LINE_ITEM_NUMBER = re.compile(r"\s*[0-9０-９]{1,2}\s*[、.．]\s*")


def _latin_body_before(ctx: Ctx, pos: int) -> int | None:
    """Start of a Latin firm's name written right before an officer's title (StoneX + 能源市場
    策略總監 + Alex Hodes): the Chinese walk back stops at Latin letters."""
    m = _LATIN_BODY_BEFORE.search(ctx.fold, max(0, pos - 40), pos)
    if m is None or m.end() - m.start() < 3:
        return None
    name = ctx.fold[m.start() : pos].strip()
    if name in ctx.rules.employer_titles or name in ctx.rules.role_words:
        return None  # CEO + 執行長, a title written in English
    return m.start()


def find_officer_employers(ctx: Ctx) -> list[Cand]:
    """``某某集團董事長蔡某某表示``: the run of tokens right before an officer's title that a
    person's name follows is the body he serves — a new report's companies are introduced
    this way more than by any suffix. Only a whole run that is no common word, place, kind of
    company or a company's own unit (研發 + 副總, 台灣區 + 總經理) counts."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.employer_title_re.finditer(fold):
        s = m.start()
        if not ctx.is_boundary(s) or not ctx.is_boundary(m.end()):
            continue
        if not _person_after_title(ctx, m.end()):
            continue
        s = _staff_start(ctx, s)
        start = walk_back_name(ctx, s, 10)
        if s - start < 2 and (latin := _latin_body_before(ctx, s)) is not None:
            end = s
            while end > latin and fold[end - 1].isspace():
                end -= 1
            out.append(
                Cand(latin, end, ORG, "company", rule_id("officer_employer"), 1, cue=m.group())
            )
            continue
        if s > start and _staff_field_run(ctx, start):
            continue
        if s - start <= 3 and fold[s - 1] in _UNIT_ENDS:
            continue  # 審計部 + 協理, 資訊部 + 經理: a department of the speaker's own company
        start = strip_country(ctx, start, s)
        # 子公司 + X, 晶圓廠 + X + 董事長: a word for the company's kind or kin leads the name
        heads = [h.end() for h in rules.lead_word_re.finditer(fold, start, s)]
        heads += [h.end() for h in rules.org_kind_before_re.finditer(fold, start, s)]
        start = max([start, *(h for h in heads if ctx.is_boundary(h) and s - h >= 2)])
        if s - start < 2:
            continue
        toks = ctx.words_in(start, s)
        if not toks or toks[-1] in rules.employer_not_last or toks[0] in rules.employer_not_last:
            continue
        if toks[-1] in rules.org_kind_before or toks[-1] in rules.company_nouns:
            continue  # 全球最大晶圓廠 + 董事長: a company described by its kind, none named
        if any(t in rules.role_words or t in rules.coordinators for t in toks):
            continue  # 總經理暨 + 執行長, 執行副總暨 + 發言人: two titles of one person
        if fold[s - 1] in _CLAUSE_TAIL_CHARS:
            continue  # 左至右 + 依序為 + 總經理: a clause that introduces people, no body
        if _person_like(ctx, start, s) or _role_before(ctx, start):
            continue
        if not _cjk_item_ok(ctx, start, s, relaxed=True):
            continue
        out.append(Cand(start, s, ORG, "company", rule_id("officer_employer"), 1, cue=m.group()))
    return out


def find_family_names(ctx: Ctx, lexicon: Sequence[Cand]) -> list[Cand]:
    """富邦金控 … 富邦 + 文教 + 基金會, 富邦 + 集團 + 董事長: a run that opens with the leading word
    of a company the lexicon found in this text and ends in an organization's ending is a
    body of that group, however common its words (a group's foundation, bank or holding is
    written with the group's word, which is why the dictionary knows it). The leading word
    must be a name's own word: no place, country, generic or trade word (台灣 + 大, 中國 + 信託).
    Only a company's name heads a group: an institute's or an agency's leading words are its
    own field (國家生技醫療產業策進會 … 國家生技 + 研究園區: a park, no body of it; orgs73)."""
    rules, fold = ctx.rules, ctx.fold
    # a lexicon name is one token (the segmenter knows it): its heads are its leading parts
    prefixes = {
        name[:k]
        for c in lexicon
        if c.label == ORG
        and c.kind == "company"
        and CJK_RE.fullmatch((name := fold[c.start : c.end])[:1] or "x")
        for k in range(2, len(name))
    }
    words = sorted(
        w
        for w in prefixes
        if w not in rules.country_words
        and w not in rules.place_words
        and not any(w.startswith(p) for p in rules.country_prefixes)
        and not rules.is_generic(w)
        and w not in rules.cjk_suffixes
        and w not in ctx.function_words
    )
    # the tokens that are such a word, by their places in the text (one automaton pass), not
    # by a walk over every token of the document
    at = sorted(
        i
        for places in hits_of_each(fold, words)
        for s, e in places
        if (i := ctx.token_index_at(s)) is not None and ctx.tokens[i][1] == e
    )
    if not at:
        return []
    taken = {k for c in lexicon for k in range(c.start, c.end)}  # offsets inside a found name
    out: list[Cand] = []
    for i in at:
        s, e = ctx.tokens[i]
        if s in taken:
            continue
        prev = fold[ctx.tokens[i - 1][0] : ctx.tokens[i - 1][1]] if i else ""
        if CJK_RE.match(prev[-1:]) and prev not in rules.stop_tokens:
            continue  # 店面 + 商務 + 發展協會: the word inside a longer name, not its head
        for j in range(i + 1, min(i + 4, len(ctx.tokens))):
            ts, te = ctx.tokens[j]
            tok = fold[ts:te]
            if te - s > 10 or not CJK_RE.fullmatch(tok[0]) or tok in rules.stop_tokens:
                break
            if tok in rules.cjk_suffixes and not tok.endswith(rules.weak_org_endings):
                out.append(Cand(s, te, ORG, "company", rule_id("family_name"), 1, cue=fold[s:e]))
                break
            if ctx.is_verb(tok):
                break
    return out


def find_place_subsidiaries(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """投資天津某盟、蘇州某盟, 旗下北京某威: a mainland province or city (``subsidiary_places``)
    written right before a company found in the text — by the lexicon, a rule or a repeat —
    names that company's subsidiary there, as mainland companies are named (place + trade
    name); the place is part of that name. The place is a whole token, and what stands before
    it is no name's character: a mark, a stop or function word, a verb, a country or another
    place (四川 + 成都 + 某東方) (orgs64)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    taken: set[tuple[int, int]] = set()
    for c in sorted(found, key=lambda c: (c.start, c.end, c.rule)):
        if c.label != ORG or c.kind != "company" or c.end - c.start < 2:
            continue
        if not all(CJK_RE.match(ch) for ch in fold[c.start : c.end]):
            continue
        k = ctx.token_index_ending_at(c.start)
        if k is None:
            continue
        ps, pe = ctx.tokens[k]
        if fold[ps:pe] not in rules.subsidiary_places or (ps, c.end) in taken:
            continue
        if k > 0 and ctx.tokens[k - 1][1] == ps:
            prev = fold[ctx.tokens[k - 1][0] : ps]
            if CJK_RE.match(prev[-1:]) and not (
                prev in rules.stop_tokens
                or ctx.is_function_word(prev)
                or ctx.is_verb(prev)
                or prev in rules.country_words
                or prev in rules.subsidiary_places
                or ctx.word_freq(prev) >= RARE_FREQ
            ):
                continue  # 某電 + 天津 …: a word glued before the place; no place name
        taken.add((ps, c.end))
        out.append(Cand(ps, c.end, ORG, "company", rule_id("place_subsidiary"), 1, cue=fold[ps:pe]))
    return out


def find_parent_companies(ctx: Ctx) -> list[Cand]:
    """``宏崴旗下的宏崴電動於2023年推出``: the owner before 旗下, and a subsidiary that acts."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in _UNDER.finditer(fold):
        s_under = m.start()
        if fold[s_under - 1 : s_under].isascii():
            pass  # a Latin owner is weighed with the Latin names
        else:
            start = walk_back_name(ctx, s_under, 8)
            if start < s_under and _cjk_item_ok(ctx, start, s_under, relaxed=True):
                out.append(Cand(start, s_under, ORG, "company", rule_id("parent_company"), 1))
        pos = m.end()
        if not ctx.is_boundary(pos) or not CJK_RE.match(fold[pos : pos + 1]):
            continue
        end = walk_forward_name(ctx, pos, 8)
        last = ctx.token_index_ending_at(end)
        while last is not None and fold[slice(*ctx.tokens[last])] in rules.subject_adverb_words:
            end = ctx.tokens[last][0]  # 旗下X汽車 + 正式 + 宣佈: the adverb leads the act
            last = ctx.token_index_ending_at(end) if end > pos else None
        if end - pos < 2 or rules.product_before_re.match(fold[pos:end]):
            continue
        nxt = ctx.token_index_at(end)
        follow = fold[ctx.tokens[nxt][0] : ctx.tokens[nxt][1]] if nxt is not None else ""
        acts = follow in rules.at_tokens or follow in rules.company_verbs
        if acts and _cjk_item_ok(ctx, pos, end, relaxed=False):
            out.append(Cand(pos, end, ORG, "company", rule_id("parent_company"), 1))
    return out


_MEMBER_LIST_KINDS = frozenset({"research", "association"})
_LEXICON = rule_id("lexicon")


def find_list_mates_of(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """Unknown names in one list with companies found anywhere (by a rule or a lexicon).

    ``聯岳（LYC）與鼎碩面臨`` → 鼎碩; the list is followed along, so that a third
    name after a second one is reached as well.
    """
    fold = ctx.fold
    # a research body or an association the lexicon knows leads a list of members as a
    # company does (車輛中心、金屬中心、某某車電等單位: orgs73)
    known = [
        c
        for c in found
        if c.label == ORG
        and c.strength >= 1
        and (c.kind == "company" or (c.kind in _MEMBER_LIST_KINDS and c.rule == _LEXICON))
    ]

    def mates(c: Cand, fresh: Callable[[int, int], bool]) -> Iterator[Cand]:
        for s, e in _mates(ctx, c):
            # 總經理 + 邱文昌: a person named by a role, not a company
            if not fresh(s, e) or _names_person(ctx, s, e):
                continue
            item = fold[s:e].strip()
            if item.isascii() and not _latin_mate_ok(ctx, item):
                continue
            if item.isascii() or _cjk_item_ok(ctx, s, e, relaxed=True):
                # a mate of an institute's list is of its kind (台大、清大、政大等校: schools)
                kind = c.kind if c.kind in _MEMBER_LIST_KINDS else "company"
                yield Cand(s, e, ORG, kind, rule_id("list_mate"), 1)
                gloss = _LATIN_GLOSS.match(fold, e)
                if gloss is not None and not item.isascii():
                    # 賽普拉斯半導體（Cypress）: the mate's Latin name in brackets names it too
                    gs = gloss.start() + 1
                    gs += len(fold[gs : gloss.end() - 1]) - len(fold[gs : gloss.end() - 1].lstrip())
                    ge = gs + len(fold[gs : gloss.end() - 1].strip())
                    if fresh(gs, ge) and _latin_mate_ok(ctx, fold[gs:ge]):
                        yield Cand(gs, ge, ORG, kind, rule_id("list_mate"), 1)

    # 騰訊 of 快手、騰訊影片和小紅書: a name that is only the head of its item (a product, a
    # phrase) makes no list of names
    frontier = [c for c in known if fills_its_item(ctx, c.end)]
    return _follow_lists(ctx, found, frontier, 4, mates)  # a list is rarely longer


def _follow_lists(
    ctx: Ctx,
    found: Iterable[Cand],
    frontier: list[Cand],
    steps: int,
    mates: Callable[[Cand, Callable[[int, int], bool]], Iterator[Cand]],
) -> list[Cand]:
    """The items a list joins to the names in ``frontier``, followed along it one item further
    each step (at most ``steps``): ``mates`` gives a name's new items, asking ``fresh`` whether
    a span is still free (no name found or added there, nor inside one found)."""
    taken = {(c.start, c.end) for c in found}
    covered = bytearray(len(ctx.fold) + 1)
    for c in found:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)

    def fresh(s: int, e: int) -> bool:
        return (s, e) not in taken and 1 not in covered[s:e]

    out: list[Cand] = []
    for _ in range(steps):
        new: list[Cand] = []
        for c in frontier:
            for cand in mates(c, fresh):
                taken.add((cand.start, cand.end))
                new.append(cand)
        out += new
        frontier = new
        if not new:
            break
    return out


# A recommendation's list: a 【…】 list, and a bare list up to its clause's end or its 等.
_BRACKET_LIST = re.compile(r"【([^【】\n]{2,200})】")
_BARE_LIST_END = re.compile(r"[，,。；;！？!?\n（(]|等")
# How far a recommendation's sentence runs at most (a broker's line of several 【…】 lists).
_RECOMMEND_REACH = 240


def find_recommended_lists(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """A broker's recommendation names stocks: 建議關注甲乙、丙丁、戊己等 and 推薦【甲乙、丙丁】.

    After a word of recommending (``recommend_cues``), every 【…】 list in the sentence is the
    broker's list of stocks (the bracket is its mark), and a bare 、-list right after the word
    is one when an item of it is already found as a company (the others are then companies
    too, though no suffix or lexicon names them: the first item glued to 建議關注, the last
    before 等). Each item must still be a name's shape (``_cjk_item_ok``); a share's class
    mark (-B, （H）) is no part of it. 建議關注粘膠短纖、氯化鉀 (goods, none of them a company)
    makes no names.
    """
    rules, fold = ctx.rules, ctx.fold
    found = list(found)
    companies = {(c.start, c.end) for c in found if c.label == ORG and c.strength >= 1}
    taken = {(c.start, c.end) for c in found}

    def _vouched(item: tuple[int, int]) -> bool:
        # an item found as a company, or one a company's ending closes (某鋁股份): a name
        # the broker writes with its legal word, though no rule kept it alone (orgs48)
        name = fold[item[0] : item[1]]
        return item in companies or (
            len(name) >= 4 and rules.cjk_org_kind(name) == "company" and not rules.is_generic(name)
        )

    out: list[Cand] = []
    for cue in rules.recommend_cue_re.finditer(fold):
        stop = re.compile(r"[。\n]").search(fold, cue.end(), cue.end() + _RECOMMEND_REACH)
        hi = stop.start() if stop is not None else min(len(fold), cue.end() + _RECOMMEND_REACH)
        lists = [(m.start(1), m.end(1), True) for m in _BRACKET_LIST.finditer(fold, cue.end(), hi)]
        labelled = [] if lists else _labelled_lists(ctx, cue.end(), hi)
        if not lists and not labelled:
            lo = cue.end()
            while lo < hi and fold[lo] in "：: ":
                lo += 1
            end = _BARE_LIST_END.search(fold, lo, hi)
            lists = [(lo, end.start() if end is not None else hi, False)]
        for lo, hi_list, bracketed in [*lists, *((lo, e, True) for lo, e in labelled)]:
            items = _recommended_items(ctx, lo, hi_list)
            if not bracketed and (len(items) < 2 or not any(_vouched(i) for i in items)):
                continue
            out += _companies_of_items(ctx, items, taken, "recommended")
    return out


# A line's bullet or number (- , * , 1. , （一）, 3、) before its words.
_LINE_MARK = re.compile(
    r"[ \t]*(?:[-*•·]\s*|[0-9０-９]{1,2}[.．、]\s*|[（(][一二三四五六七八九十0-9]{1,2}[）)]\s*)?"
)
# A labelled list's line: its label (no more than a short phrase) and its colon.
_LABEL_LINE = re.compile(r"([^：:\n，,。；]{1,16})[：:]\s*")


def find_heading_picks(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """公用事業相關公司 / 火電：甲、乙。 / 水電：丙。: a research digest names its stocks under a
    heading line ending in a word for companies (``pick_heading_endings``), one labelled list a
    line. The heading says the items are companies, as a recommending word does; the block
    runs over the lines of that shape right after it (a heading's own ``label：甲、乙`` too) and
    ends at the first other line. Items are cut at 等, a bracket or a clause mark and must
    still be a name's shape (``_cjk_item_ok``) (orgs41)."""
    rules, fold = ctx.rules, ctx.fold
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    in_block = False
    pos = 0
    for line in fold.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        mark = _LINE_MARK.match(fold, lo, hi)
        body = mark.end() if mark is not None else lo
        text = fold[body:hi].strip()
        if text.rstrip("：:").endswith(rules.pick_heading_endings):
            in_block = True
            continue
        label = _LABEL_LINE.match(fold, body, hi) if in_block else None
        if label is None:
            in_block = False
            continue
        end = _BARE_LIST_END.search(fold, label.end(), hi)
        items = _recommended_items(ctx, label.end(), end.start() if end is not None else hi)
        out += _companies_of_items(ctx, items, taken, "heading_pick")
    return out


def _companies_of_items(
    ctx: Ctx,
    items: Iterable[tuple[int, int]],
    taken: set[tuple[int, int]],
    rule: str,
    ends: frozenset[int] = frozenset(),
) -> list[Cand]:
    """The items of a list a rule has vouched for, as companies: each still of a name's
    shape and not found yet (``taken`` grows, so a later list names it no second time).
    ``ends``: where a cue the rule matched starts, an item's end there though no token's."""
    out: list[Cand] = []
    for s, e in items:
        if (s, e) in taken or not _cjk_item_ok(ctx, s, e, relaxed=True, free_end=e in ends):
            continue
        taken.add((s, e))
        out.append(Cand(s, e, ORG, "company", rule_id(rule), 1))
    return out


# A market wrap's clause: what opens it, and the marks that end its sentence.
_CLAUSE_OPEN = re.compile(r"[，,；;：:。！？\n]")
_WRAP_SENTENCE = re.compile(r"[^。！？\n]+")
_WRAP_LINE = re.compile(r"[^\n]+")


def clause_start(marks: Sequence[int], start: int, at: int) -> int:
    """Where the clause holding ``at`` opens, no earlier than ``start``: just after the last
    clause mark before ``at`` (``marks``: every _CLAUSE_OPEN match's start in the text, in
    order). _CLAUSE_OPEN matches one character, so this is the end of the last match of
    ``_CLAUSE_OPEN.finditer(text, start, at)``, bisected instead of scanned: a scan from the
    sentence's start per price move was quadratic in a long line."""
    k = bisect.bisect_left(marks, at) - 1
    return marks[k] + 1 if k >= 0 and marks[k] >= start else start


def find_move_mates(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """某甲漲超8%，某乙漲超6%，某丙、某丁漲超2%: a market wrap names each stock with its price
    move, clause after clause. When one clause's name is a company found (by a lexicon or a
    rule), the sentence is a list of stocks, and the names of its other such clauses are
    companies though nothing else names them. A name ending in an index's, a sector's or a
    price's word (道指, 金融板塊, 金價) is none; a sentence with no company found gives none.

    orgs49: a digest's paragraph (one line) that moves an index (上證指數跌0.27%) or a company
    found is a market wrap as a whole: every name moving in it (某甲跌停, 某乙3連板, 某丙獲淨買入
    1.2億港元) is a stock's, one to a sentence or more."""
    rules, fold = ctx.rules, ctx.fold
    companies = {(c.start, c.end) for c in found if c.label == ORG and c.strength >= 1}
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    marks = [m.start() for m in _CLAUSE_OPEN.finditer(fold)]  # found once (``clause_start``)
    for line in _WRAP_LINE.finditer(fold):
        wrap = False
        sentences: list[list[tuple[int, int]]] = []
        move_starts: set[int] = set()
        for sent in _WRAP_SENTENCE.finditer(fold, line.start(), line.end()):
            items: list[tuple[int, int]] = []
            for move in rules.price_move_re.finditer(fold, sent.start(), sent.end()):
                if _move_inside_word(ctx, move.start()):
                    continue  # 毛利率提 + 升3%: the move's character ends a word (提升), no move
                move_starts.add(move.start())
                lo = clause_start(marks, sent.start(), move.start())
                for s, e in _joined_items(ctx, _recommended_items(ctx, lo, move.start())):
                    if fold[s:e].endswith(rules.wrap_index_endings):
                        wrap = True  # 上證指數 + 跌0.27%: the paragraph is a market wrap
                    elif e - s <= 8 and not _moving_measure(ctx, s, e):
                        items.append((s, e))
            sentences.append(items)
        wrap = wrap or any(i in companies for items in sentences for i in items)
        for items in sentences:
            if items and wrap:
                out += _companies_of_items(
                    ctx, items, taken, "move_mate", frozenset(move_starts)
                )
    return out


# A numbered label ends at its colon within a name's length; its run goes on while the next
# number follows within a paragraph's reach and no blank line parts them.
_LABEL_END = re.compile(r"[：:，,。；;\n]")
_LABEL_MAX, _NUMBERED_GAP = 8, 300


def find_numbered_mates(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """①甲：產能擴張；②乙：消費電池；③丙：隔膜出貨: a digest numbers its labelled lines
    (``numbered_item_mark``: ①, （1）); when one label of a run is a company found (a lexicon's,
    a rule's), the run is a list of companies and its other labels are companies too, though
    nothing else names them (orgs53). A label is what stands between the number and a colon."""
    rules, fold = ctx.rules, ctx.fold
    companies = {(c.start, c.end) for c in found if c.label == ORG and c.strength >= 1}
    taken = {(c.start, c.end) for c in found}
    runs: list[list[tuple[int, int]]] = []
    last = -1
    for m in rules.numbered_item_re.finditer(fold):
        s = m.end()
        stop = _LABEL_END.search(fold, s, s + _LABEL_MAX + 2)
        if stop is None or stop.group() not in "：:":
            continue
        e = stop.start()
        while s < e and fold[s].isspace():
            s += 1
        while e > s and fold[e - 1].isspace():
            e -= 1
        if not 2 <= e - s <= _LABEL_MAX:
            continue
        if runs and m.start() - last <= _NUMBERED_GAP and "\n\n" not in fold[last : m.start()]:
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
        last = e
    out: list[Cand] = []
    for items in runs:
        if len(items) >= 2 and any(i in companies for i in items):
            out += _companies_of_items(ctx, items, taken, "numbered_mate")
    return out


def _move_inside_word(ctx: Ctx, start: int) -> bool:
    """The move at ``start`` is glued to the character before it into a word (提升, 上升,
    回升): the character ends that word and moves no stock named before it (orgs53)."""
    fold = ctx.fold
    return (
        start > 0
        and not ctx.is_boundary(start)
        and CJK_RE.match(fold[start - 1]) is not None
        and ctx.word_freq(fold[start - 1 : start + 1]) > 0
    )


def _joined_items(ctx: Ctx, items: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each item split at a joining word that is a token of its own (中海油 + 和 + 中石油 +
    跌近1%, 海底撈 + 及 + 九毛九 + 分別升逾9%: orgs53); a name holding the character inside a
    token (和碩) stays whole."""
    fold = ctx.fold
    out: list[tuple[int, int]] = []
    for s, e in items:
        pos = s
        for ts, te in ctx.tokens_from(s):
            if te > e:
                break
            if fold[ts:te] in _MOVE_JOINERS and ts > pos:
                out.append((pos, ts))
                pos = te
        if e > pos:
            out.append((pos, e))
    return out


_MOVE_JOINERS = frozenset(("和", "及", "與", "以及"))


def _moving_measure(ctx: Ctx, s: int, e: int) -> bool:
    """道指, 金融板塊, 金價, 營收, 毛利率 + 上漲: an index, a sector, a price or a company's figure
    moves too, and is no stock's name. orgs77: so does one with an adverb between it and the
    move (高通 + 股價 + 聞聲 + 再漲, 恒生 + 指數 + 收, 某某 + 概念股 + 掀): a measure's token
    (``metric_after_name``, or one ending in a ``move_not_endings`` word of two characters or
    more) with no more than ``move_adverb_max`` characters after it in the item."""
    item, rules = ctx.fold[s:e], ctx.rules
    toks = ctx.words_in(s, e)
    if (
        item.endswith(rules.move_not_endings)
        or item.endswith("率")
        or bool(toks and toks[-1] in rules.metric_after_name)
    ):
        return True
    long_endings = tuple(w for w in rules.move_not_endings if len(w) >= 2)
    tail = 0
    for tok in reversed(toks[1:]):
        if tail and (tok in rules.metric_after_name or tok.endswith(long_endings)):
            return True
        tail += len(tok)
        if tail > rules.move_adverb_max:
            return False
    return False


# Where a list's label starts: after a clause mark or the recommending word.
_LABEL_OPEN = re.compile(r"[，,；;：:。\n]")
# The most a label (全國性煤電龍頭, 裝置製造商有望受益標的) holds.
_LABEL_REACH = 16


def _labelled_lists(ctx: Ctx, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lists of a recommendation's sentence ``fold[lo:hi]`` that a label naming companies
    opens (全國性煤電龍頭：甲乙、丙丁等；水電運營商：戊己等): each runs from its label's colon
    to 等, a clause mark or the next ；. A broker groups his picks this way, and the label, not a
    found item, says they are companies; a label of goods gives no list here."""
    fold, rules = ctx.fold, ctx.rules
    out: list[tuple[int, int]] = []
    for colon in re.finditer(r"[：:]", fold[lo:hi]):
        c = lo + colon.start()
        opens = [m.end() for m in _LABEL_OPEN.finditer(fold, max(lo, c - _LABEL_REACH), c)]
        start = opens[-1] if opens else max(lo, c - _LABEL_REACH)
        label = fold[start:c].strip()
        if not label or not label.endswith(rules.recommend_label_endings):
            continue
        end = _BARE_LIST_END.search(fold, c + 1, hi)
        out.append((c + 1, end.start() if end is not None else hi))
    return out


def _recommended_items(ctx: Ctx, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the 、-items of ``fold[lo:hi]``, spaces and a share's class mark cut."""
    fold = ctx.fold
    items: list[tuple[int, int]] = []
    pos = lo
    for sep in [*(m.start() for m in re.finditer("、", fold[lo:hi])), hi - lo]:
        s, e = pos, lo + sep
        pos = e + 1
        while s < e and fold[s].isspace():
            s += 1
        while e > s and fold[e - 1].isspace():
            e -= 1
        tail = ctx.rules.share_class_tail_re.search(fold, s, e)
        if tail is not None and tail.start() > s:
            e = tail.start()
        if e > s:
            items.append((s, e))
    return items


# A list's joining words between two items of the same shape (、 及 和 與 以及).
_HEAD_MATE_JOIN = re.compile(r"\s*(?:以及|、|及|和|與)\s*")
# The most a list item's own words (before its body word) and its common tail (H股) hold.
_HEAD_MATE_NAME, _HEAD_MATE_TAIL = 8, 4
# The tail the items share after their body word: none, or a class of shares (H股, A股).
_HEAD_MATE_TAIL_RE = re.compile(r"(?:[A-Z]{1,2}股)?")


def find_head_mates(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """Items of a list of the same shape as an organization in it: 建陽大醫院及大清醫院,
    農業銀行H股、郵儲銀行H股、招商銀行H股, 中央大學與福建師範大學.

    A name found (by a lexicon or a rule) that ends in a body's word (醫院, 大學, 銀行, 協會 …:
    ``institution_heads``) and the items joined to it that end in the same word and the same
    tail after it are one list of bodies: each item's own words are a name of the same kind,
    though they are dictionary words (大清, 招商). Not a word for a kind of body (其他醫院,
    教學醫院, 地方銀行: ``place_kind_words``, generic words), a count, a function word, or a
    place alone before 銀行 (歐洲銀行); nor a list of kinds of company (人身險公司、資管公司).
    """
    fold, rules = ctx.fold, ctx.rules

    def mates(c: Cand, fresh: Callable[[int, int], bool]) -> Iterator[Cand]:
        name = fold[c.start : c.end]
        head = next((h for h in rules.institution_heads if name.endswith(h)), None)
        if head is None or len(name) == len(head):
            return
        for s, e in _same_shape_items(ctx, c.start, c.end, head):
            if fresh(s, e) and _head_mate_name(ctx, s, e, head):
                yield Cand(s, e, ORG, c.kind, rule_id("head_mate"), 1, cue=head)

    frontier = [c for c in found if c.label == ORG and c.strength >= 1 and c.length >= 3]
    return _follow_lists(ctx, found, frontier, 6, mates)


def _same_shape_items(ctx: Ctx, start: int, end: int, head: str) -> list[tuple[int, int]]:
    """The items right before and after the name ``start:end`` in a list that end in
    ``head`` and in the same tail the name has before the joining word (農業銀行 + H股、)."""
    fold = ctx.fold
    out: list[tuple[int, int]] = []
    after = _HEAD_MATE_JOIN.search(fold, end, end + _HEAD_MATE_TAIL + 3)
    tail = fold[end : after.start()] if after else ""
    if after is None or not _HEAD_MATE_TAIL_RE.fullmatch(tail):
        after, tail = None, ""
    shape = re.escape(head + tail)
    if after is not None:
        m = re.compile(rf"[^\s、，。；：:！？\n（）()]{{1,{_HEAD_MATE_NAME}}}?{shape}").match(
            fold, after.end()
        )
        if m and ctx.is_boundary(m.end() - len(tail)):
            out.append((m.start(), m.end() - len(tail)))
    lo = max(0, start - len(head) - len(tail) - 4)
    before = re.compile(rf"{shape}{_HEAD_MATE_JOIN.pattern}$").search(fold, lo, start)
    if before is not None and ctx.is_boundary(before.start() + len(head)):
        e = before.start() + len(head)
        out.append((walk_back_name(ctx, e, _HEAD_MATE_NAME + len(head)), e))
    return out


def _head_mate_name(ctx: Ctx, s: int, e: int, head: str) -> bool:
    """An item's own words before its body word make a name: Chinese, no count, no function
    word, no word for a kind of body, and not a place alone before 銀行."""
    rules = ctx.rules
    own = ctx.fold[s : e - len(head)]
    if not own or not all(CJK_RE.match(ch) for ch in own) or rules.is_generic(own):
        return False
    toks = ctx.words_in(s, e - len(head))
    if any(breaks_name(ctx, t) or t in rules.place_kind_words or DETERMINER.match(t) for t in toks):
        return False
    place = rules.name_place_re.fullmatch(own)
    return not (place and head.endswith("銀行"))


def _mates(ctx: Ctx, c: Cand) -> list[tuple[int, int]]:
    """The names written right before and after ``c`` in a list (、 及 和 與)."""
    fold, rules = ctx.fold, ctx.rules
    out: list[tuple[int, int]] = []
    # 海發基金及日本 Rabo Ventures: a country word may stand before the known name
    before = rules.mate_before_re.search(fold, max(0, c.start - 8), c.start)
    if before:
        e = before.start()
        e = _before_latin_gloss(ctx, e)  # 賽普拉斯半導體（Cypress）、 + 恩智浦: the name before it
        s = _past_list_lead(ctx, walk_back_name(ctx, e, 6 if e == before.start() else 8), e)
        # 權值股 + 台積電、鴻海: a word for a kind of company or share is no part of the mate
        kinds = [k.end() for k in rules.org_kind_before_re.finditer(fold, s, e - 1)]
        s = max([s, *(k for k in kinds if e - k >= 2 and ctx.is_boundary(k))])
        latin = _LATIN_MATE_BEFORE.search(fold, max(0, e - 32), e)
        if latin is not None and s == e:  # LGD、夏普: a Latin name before the known one
            s = latin.start()
        # 甲、乙和丙: 乙 before the joining word is itself an item of a 、-list, when 丙 is a
        # company known for sure (a lexicon's, a strong rule's), not a kind of thing taken for
        # one (植物肉、純素蛋及純素乳製品公司) (orgs53)
        listed = c.strength >= 2 and before.group().strip()[0] != "、"
        if listed and e - s < 2:
            s = _from_list_mark(ctx, s, e)  # 甲、乙能 + 和丙: the segmenter split before 能
        if e - s >= 2 and (
            before.group().strip()[0] == "、"
            or _clause_opens(ctx, s)
            or (listed and fold[s - 1 : s] == "、")
        ):
            out.append((s, e))
    # 聯岳（LYC）與鼎碩: past a name in parentheses written after the known one
    end = c.end
    paren = re.match(r"\s*[（(][^（）()\n]{1,40}[）)]", fold[end : end + 44])
    if paren:
        end += paren.end()
    after = re.match(r"\s*(?:、|及|和|與)\s*", fold[end : end + 3])
    if after:
        s = end + after.end()
        e = walk_forward_name(ctx, s, 6)
        latin = _LATIN_MATE_AFTER.match(fold, s)
        if latin is not None and e == s:  # 夏普、LGD: a Latin name after the known one
            e = latin.end()
        if not name_ends_well(ctx, e) and fold[c.start - 1 : c.start] == "、":
            e = _to_item_mark(ctx, s, e)  # 甲、乙和丙能 + 。: the last item fills its slot
        # 天鈺（驅動IC）、虹晶（IP授權）: a mate glossed in brackets in turn ends at them (orgs46)
        if e - s >= 2 and (name_ends_well(ctx, e) or fold[e : e + 1] in ("（", "(")):
            out.append((s, e))
        else:
            glossed = _latin_glossed_end(ctx, s)
            if glossed is not None:
                out.append((s, glossed))
    return out


# A name's Latin gloss in brackets right after it: 賽普拉斯半導體（Cypress）.
_LATIN_GLOSS = re.compile(r"[（(]\s*[A-Za-z][A-Za-z0-9&.,'\- ]{1,40}[）)]")
# How long a Chinese name glossed by its Latin one may run: a transliteration with its trade
# word (賽普拉斯半導體) is longer than the six characters of an unglossed list item.
_GLOSSED_MATE_REACH = 8


def _before_latin_gloss(ctx: Ctx, e: int) -> int:
    """Where the Chinese name ends whose Latin gloss in brackets ends at ``e`` (the bracket's
    start); ``e`` itself when no such gloss ends there (orgs78)."""
    fold = ctx.fold
    if fold[e - 1 : e] not in ("）", ")"):
        return e
    k = max(fold.rfind("（", max(0, e - 44), e), fold.rfind("(", max(0, e - 44), e))
    if k > 0 and _LATIN_GLOSS.fullmatch(fold, k, e) and CJK_RE.match(fold[k - 1]):
        return k
    return e


def _latin_glossed_end(ctx: Ctx, s: int) -> int | None:
    """The end of a Chinese list item starting at ``s`` that its Latin name in brackets
    closes (微芯（Microchip）和 + 賽普拉斯半導體（Cypress）): the bracket says where the name
    stops, however many characters a transliteration takes; else None (orgs78)."""
    fold = ctx.fold
    for k in range(s + 2, min(len(fold), s + _GLOSSED_MATE_REACH) + 1):
        if not CJK_RE.match(fold[k - 1]):
            return None
        if fold[k : k + 1] in ("（", "(") and _LATIN_GLOSS.match(fold, k):
            return k
    return None


# Where the last item of a 、-list ends at the latest: a list's or a clause's mark.
_ITEM_MARK = re.compile(r"[、，,。；;：:！？\n]")
_ITEM_MARK_REACH = 6


def _to_item_mark(ctx: Ctx, s: int, e: int) -> int:
    """The end of the item starting at ``s`` when a list's or a clause's mark closes it within
    a name's length (天津力神、江蘇智航和 + 億緯鋰能 + 。, which the segmenter splits before 能, a
    modal verb's character); else ``e``. The item of a 、-list fills its slot (orgs53)."""
    m = _ITEM_MARK.search(ctx.fold, s, s + _ITEM_MARK_REACH + 1)
    return m.start() if m is not None and m.start() - s >= 2 else e


def _from_list_mark(ctx: Ctx, s: int, e: int) -> int:
    """The start of the item ending at ``e`` when a 、 opens it within a name's length (欣旺達、
    + 億緯鋰能 + 和寧德時代): the item of a 、-list fills its slot; else ``s`` (orgs53)."""
    fold = ctx.fold
    lo = max(0, e - _ITEM_MARK_REACH - 1)
    marks = [m.start() for m in _ITEM_MARK.finditer(fold, lo, e)]
    if marks and fold[marks[-1]] == "、" and e - marks[-1] - 1 >= 2:
        return marks[-1] + 1
    return s


# A Latin list item beside a known name (LGD、夏普, Teradyne、ADVANTEST, 台積電及GF): a
# capitalised word, at most three, of letters, digits and name marks, not glued to more Latin.
_LATIN_MATE = r"[A-Z][A-Za-z0-9&.'\-]*(?: [A-Z][A-Za-z0-9&.'\-]*){0,2}"
_LATIN_MATE_BEFORE = re.compile(rf"(?<![A-Za-z0-9 .&'\-]){_LATIN_MATE}\s*$")
_LATIN_MATE_AFTER = re.compile(rf"{_LATIN_MATE}(?![A-Za-z0-9&'\-])")


def _latin_mate_ok(ctx: Ctx, item: str) -> bool:
    """A Latin list mate: a name's shape (``_latin_item_ok``), no model number (A9, S9),
    no person (Tim Cook: a given name first) and no English word in lower case."""
    words = item.split()
    return (
        _latin_item_ok(ctx, item)
        and not any(ch.isdigit() for ch in item)
        and not (len(words) > 1 and words[0] in ctx.rules.given_names)
        and len(item) >= 2
    )


def _past_list_lead(ctx: Ctx, start: int, end: int) -> int:
    """分別來自 + 泓碩, 包括 + 江蘇豪森: a word leading a list (``list_leads``) that the walk
    back took in is no part of the first item; the item starts after the last one, when what
    is left holds a rare word (a proper name: not 銀行貸款, a phrase of everyday words)."""
    out = _past_last_of(ctx, start, end, ctx.rules.list_leads)
    if out > start and not plausible_cjk_name(ctx, out, end, strict=True):
        return start
    return out


def _clause_opens(ctx: Ctx, s: int) -> bool:
    """The name starts a clause or follows a word leading a list (聯岳與鼎碩, 包括A和B,
    來自A、B: ``list_heads``), not 其中A與B …"""
    fold = ctx.fold
    before = fold[max(0, s - 1) : s]
    if not before or bool(_LIST_BREAK.match(before)) or before in "由與和及":
        return True
    k = ctx.token_index_ending_at(s)
    return k is not None and fold[slice(*ctx.tokens[k])] in ctx.rules.list_heads


def find_table_orgs(ctx: Ctx) -> list[Cand]:
    """Names in a text-table column headed 廠商, 代工廠, 客戶 …: one row per line."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    header: list[str] | None = None
    pos = 0
    for line in fold.split("\n"):
        start = pos
        pos += len(line) + 1
        cells = _cells(line, start)
        if len(cells) < 2:
            header = None
            continue
        texts = [fold[s:e] for s, e in cells]
        if any(t in rules.table_company_headers for t in texts):
            header = texts
            continue
        if header is None or len(cells) != len(header):
            header = None
            continue
        for (s, e), head in zip(cells, header, strict=True):
            if head not in rules.table_company_headers:
                continue
            kind = rules.enum_tails.get(head, "company")
            kind = "company" if kind == "product" else kind
            for a, b in split_items(ctx, s, e):
                item = fold[a:b]
                if item.isascii():
                    if _latin_item_ok(ctx, item):
                        out.append(Cand(a, b, ORG, kind, rule_id("table_column"), 1))
                elif _cjk_item_ok(ctx, a, b, relaxed=True):
                    out.append(Cand(a, b, ORG, kind, rule_id("table_column"), 1))
    return out


def find_cell_legal_names(ctx: Ctx) -> list[Cand]:
    """本誠創業投資股份有限公司 - 同上 4,455 …: a filing table's row opening with a registered
    name. The first cell is the name whole, legal ending included: a cell has no clause
    around it, so a first character prose would read as a word of its own (本, 太 of
    太和光) stays in it. Only a cell followed by a non-word cell (an amount, a dash, 〃,
    同上) or ending its line counts, and never one opening with a function word or
    holding a joining one (a wrapped line of prose is no cell)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.cell_legal_name_re.finditer(fold):
        head = m.group(1)
        bare = PLACE_OR_SPACE.sub("", head)
        if (
            len(bare) < 2
            or head[0] in rules.cell_name_not_openers
            or any(w in head for w in rules.cell_name_not_inside)
            or rules.is_generic(bare)
            or bare in rules.generic_modifiers
        ):
            continue
        end = m.end() if rules.cell_ending_kept[m.group(2)] else m.end(1)
        cand = Cand(m.start(), end, ORG, "company", rule_id("table_cell_legal_name"), 1)
        cand.cue = m.group(2)
        out.append(cand)
    return out


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _CELL_SPLIT.finditer(line):
        if m.start() > pos:
            out.append((offset + pos, offset + m.start()))
        pos = m.end()
    if pos < len(line.rstrip()):
        out.append((offset + pos, offset + len(line.rstrip())))
    return [(s, e) for s, e in out if e > s]


# --------------------------------------------------------------------------- bodies


def _opens_item(ctx: Ctx, start: int) -> bool:
    """A name that starts a text, a clause or a list item (after a mark or a joining word)."""
    if start == 0 or ctx.fold[start - 1] in "，。；：:！？\n（）()「」『』、":
        return True
    k = ctx.token_index_at(start)
    prev = ctx.fold[slice(*ctx.tokens[k - 1])] if k else ""
    return prev in ctx.rules.coordinators or prev in ctx.rules.subject_openers


def _owner_before_particle(rules: Rules, head: str) -> bool:
    """本行 + 所 + 控制, 其 + 所 + 發布: after the filer's word for itself or a pronoun, 所 is
    the particle before a verb ("what the bank controls"), no institute's ending."""
    return bool(head) and (head.endswith("其") or rules.self_reference_re.search(head) is not None)


_DAY_BEFORE = re.compile(r"[0-9０-９]\s*[)）]?\s*$")


def _after_date_and_meeting_verb(ctx: Ctx, start: int, end: int) -> int:
    """今 (25) 日 + 召開法 + 說會: jieba glues a news date's 日 and a verb of holding a meeting
    to the meeting's name (召開法 is a dictionary word); the name starts after both, and what
    is left is a kind of meeting, no body."""
    fold = ctx.fold
    if fold[start] in "日年月" and _DAY_BEFORE.search(fold, max(0, start - 6), start):
        start += 1
    for verb in ctx.rules.meeting_verbs:
        if fold.startswith(verb, start) and end - start - len(verb) >= 2:
            return start + len(verb)
    return start


def _across_inner_and(ctx: Ctx, start: int, end: int) -> int:
    """海南省發展 + 和 + 改革委員會, 工業 + 和 + 資訊化部: a mainland body's name joins its
    two fields with 和 (a Hong Kong bureau's with 及: 勞工 + 及 + 福利局); after one of
    ``body_inner_and_words`` the walk back goes on across the joiner (orgs43, orgs68)."""
    fold = ctx.fold
    if start < 2 or fold[start - 1] not in ctx.rules.body_inner_joiners:
        return start
    word = next((w for w in ctx.rules.body_inner_and_words if fold.endswith(w, 0, start - 1)), None)
    if word is None or not ctx.is_boundary(start - 1 - len(word)):
        return start
    before = walk_back_name(ctx, start - 1, 16 - (end - start))
    return min(before, start - 1 - len(word))


# 2024 (世界…大會), 第八屆 (未來…大會): an edition's mark, then at most a few characters of the name
_EDITION_BEFORE = re.compile(
    r"(?:(?:19|20)[0-9]{2}\s*年?|第[一二三四五六七八九十百0-9]{1,4}屆)[\u4e00-\u9fff]{0,4}$"
)
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


def _held_event(ctx: Ctx, start: int, end: int) -> bool:
    """2024世界智慧網聯汽車大會, 某某產業大會將於10月26日在雲南舉行: a congress named by its
    edition, or one that a clause says will be held, is an event, no body (orgs68)."""
    fold, rules = ctx.fold, ctx.rules
    if _EDITION_BEFORE.search(fold, max(0, start - 12), start):
        return True
    if not any(fold.startswith(w, end) for w in rules.event_time_words):
        return False
    stop = _CLAUSE_END.search(fold, end, min(len(fold), end + 40))
    clause = fold[end : stop.start() if stop is not None else min(len(fold), end + 40)]
    return any(v in clause for v in (*rules.meeting_verbs, *rules.event_open_verbs))


def _under_government_head(ctx: Ctx, start: int, t_start: int, end: int) -> bool:
    """台南市 + 政府 + 經濟發展局, 台中市政府 + 經發局, 國務院 + 國資委: the name opens with a
    government's head (``government_heads``), alone or after a short place word, and the
    body's last word follows it: the name is that government's body (orgs70). Not the
    bodies taken together (行政院 + 部會, 市府 + 局處: ``collective_bodies``)."""
    fold = ctx.fold
    if fold[t_start:end] in ctx.rules.collective_bodies:
        return False
    for head in ctx.rules.government_heads:
        at = fold.find(head, start, t_start)
        if at < 0 or at - start > 4 or not ctx.is_boundary(at + len(head)):
            continue
        # 台南市 + 政府: the place's token holds the head's 市
        if at == start or ctx.is_boundary(at) or (fold[at] in "市縣省" and ctx.is_boundary(at + 1)):
            return True
    return False


def find_government_bodies(ctx: Ctx) -> list[Cand]:
    """經濟部, 漁業署, 立法院, 水試所, 金管會: one word with an agency ending, next to a body's cue.

    Such a word is a body only where the text treats it as one: 根據財政部統計,
    環境部已於…公告, 送至立法院審議. Words that end so without naming a body (董事會,
    事務所, 資料中心, 總部) are listed in ``generic_bodies``.
    """
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    found: list[tuple[int, int, bool]] = []
    events: set[str] = set()
    for m in rules.body_ending_re.finditer(fold):
        end = m.end()
        if not ctx.is_boundary(end):
            continue
        last = ctx.token_index_ending_at(end)
        if last is None:
            continue
        t_start = ctx.tokens[last][0]
        if fold[t_start:end] in rules.not_body_words:
            continue  # 規模 + 部署: a verb or a part that merely ends in 署 / 部 (orgs29)
        start = walk_back_name(ctx, end, 16)
        if start < end and walk_back_name(ctx, end, 24) != start:
            continue  # longer than a body's name: no telling where it starts
        start = min(start, t_start) if start < end else t_start
        inner = start  # 改革委員會 of 發展 + 和 + 改革委員會: what the plausibility test reads
        start = _across_inner_and(ctx, start, end)
        first = ctx.token_index_at(start)
        if (
            first is not None
            and ctx.tokens[first][1] <= t_start
            and fold[slice(*ctx.tokens[first])] in rules.body_before
        ):
            start = ctx.tokens[first][1]  # 獲 + 證監會 (註冊): the cue is no part of the name
        if rules.cjk_org_kind(fold[start:end]) != "association":
            # 中國 + 連鎖經營協會: an association keeps its country, 美國 + 商務部 not (orgs70)
            start = strip_country(ctx, start, end)
        start = _after_date_and_meeting_verb(ctx, start, end)
        name = fold[start:end]
        last_tok = fold[t_start:end]
        if len(name) < 3 or name in rules.generic_bodies or last_tok in rules.place_words:
            continue
        if rules.country_and_generic_body(name):
            continue  # 中華民國 + 法院, 我國 + 法院: the courts of a country, not one body
        if last_tok in rules.generic_bodies and start >= t_start:
            continue
        if name.endswith(rules.meeting_nouns):
            continue  # 公司 + 法說會, 業績 + 說明會: a meeting, never a body (orgs63)
        if last_tok in rules.event_endings and any(
            fold.endswith(w, start, t_start) for w in rules.event_attendees
        ):
            continue  # 蘋果 + 開發者 + 大會: an event named by who attends it (orgs46)
        if last_tok in rules.event_endings and _held_event(ctx, start, end):
            events.add(fold[start:end])  # 2024某某大會, 某某大會將於…舉辦: an event (orgs68)
            continue
        if rules.is_generic(name) or any(ch.isdigit() for ch in name):
            continue
        if start < t_start and fold[start:t_start] in rules.generic_modifiers:
            continue  # 眼科 + 中心, 教學 + 醫院: a kind of body, no body's name (orgs45)
        if fold[end - 1] == "所" and (
            _owner_before_particle(rules, fold[start : end - 1])
            or (t_start == end - 1 and fold[end - 2] in rules.particle_suo_after)
        ):
            continue  # 管制局 + 所 + 公布: the particle after a body, no institute (orgs60)
        if not plausible_cjk_name(ctx, max(start, inner), end, strict=False):
            continue
        # 農業部（原農委會）今年 …: the cue may follow a name in parentheses
        paren = _PAREN_AFTER.match(fold, end)
        cued = (
            rules.body_before_re.search(fold, max(0, start - 4), start)
            or rules.body_after_re.match(fold, end)
            or (paren and rules.body_after_re.match(fold, paren.end()))
            # 台中市政府經發局與遠傳合作: a party to a partnership (orgs21), the whole name
            # from a clause's or a list's start (無 + 店面… cut inside a name is no start)
            or (rules.partner_re.match(fold, end) and _opens_item(ctx, start))
            or (rules.body_officer_re.match(fold, end) and _whole_name_start(ctx, start))
            or (_under_government_head(ctx, start, t_start, end) and _opens_item(ctx, start))
        )
        found.append((start, end, bool(cued)))
    # 國家發展改革委、國家能源局印發, 財政部與醫保局查核: bodies in one list share its cue
    # (orgs23); a list item with no cue of its own counts when a cued one stands beside it
    cued_at = {i for i, (_, _, cued) in enumerate(found) if cued}
    grew = True
    while grew:
        grew = False
        for i in range(len(found) - 1):
            if (i in cued_at) != (i + 1 in cued_at) and _BODY_JOIN.fullmatch(
                fold, found[i][1], found[i + 1][0]
            ):
                cued_at |= {i, i + 1}
                grew = True
    for i in sorted(cued_at):
        start, end, _ = found[i]
        if fold[start:end] in events:
            continue  # 今年的某某大會: the event named again
        kind = rules.cjk_org_kind(fold[start:end]) or "agency"
        out.append(Cand(start, end, ORG, kind, rule_id("government_body"), 1))
    return out


def _whole_name_start(ctx: Ctx, start: int) -> bool:
    """Nothing of a longer name stands before ``start``: the text's or a clause's start, a
    mark, or an opener (``body_officer_openers``: 的, 為, 其) as the token before. 標準化 +
    管理委員會, 可 + 再生能源發展中心 (a word or a character of the name before) is a name cut
    short, not a name."""
    k = ctx.token_index_at(start)
    if not k:
        return True
    prev = ctx.fold[ctx.tokens[k - 1][0] : ctx.tokens[k - 1][1]]
    rules = ctx.rules
    opens = prev in rules.body_before or prev in rules.body_officer_openers
    return opens or not CJK_RE.search(prev)


# What joins two bodies of one list: 、, 與, 和, 及, 暨, 以及 (also 及送請 … is no join).
_BODY_JOIN = re.compile(r"\s*(?:、|與|和|及|暨|以及)\s*")


def find_international_bodies(ctx: Ctx) -> list[Cand]:
    """世界衛生組織, 國際能源總署, 國際半導體產業協會: a world-wide body's full name."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.international_re.finditer(fold):
        s, e = m.span()
        if not (ctx.is_boundary(s) and ctx.is_boundary(e)):
            continue
        toks = ctx.words_in(s, e)
        inner = [t for t in toks if t not in rules.coordinators and t != "暨"]
        if any(breaks_name(ctx, t) or ctx.is_verb(t) or DETERMINER.match(t) for t in inner[1:-1]):
            continue
        if any(t in rules.company_nouns or t in rules.generic_orgs for t in inner[1:-1]):
            continue
        if all(rules.is_generic(t) for t in inner):
            continue  # 國際 + 大型 + 機構: kind words only, a kind of body and no name (orgs45)
        if fold[s:e].endswith("基金") and any(w in fold[s:e] for w in rules.fund_class_words):
            continue  # 全球 + 對沖 + 基金: a class of funds, no body (orgs38)
        kind = rules.cjk_org_kind(fold[s:e]) or "association"
        if kind == "company" and _glued_to_name_before(ctx, s):
            continue  # 台新 + 國際商業銀行, 兆豐 + 國際商業銀行: a company's name holds 國際
        out.append(Cand(s, e, ORG, kind, rule_id("international_body"), 2))
    return out


def _glued_to_name_before(ctx: Ctx, s: int) -> bool:
    """A content word right before (no clause edge, function word, verb or country): 國際
    there is inside a longer name, not the opening of a world-wide body's."""
    k = ctx.token_index_ending_at(s)
    if k is None:
        return False
    word = ctx.fold[slice(*ctx.tokens[k])]
    return bool(
        len(word) >= 2
        and all(CJK_RE.match(ch) for ch in word)
        and not ctx.is_function_word(word)
        and not ctx.is_verb(word)
        and word not in ctx.object_verbs
        and word not in ctx.rules.country_words
    )


def find_former_names(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """農業部（原農委會）: the former name of an organization just found is one of its names."""
    fold = ctx.fold
    ends: dict[int, Cand] = {}
    for c in found:
        if c.label == ORG and c.strength >= 1:
            ends.setdefault(c.end, c)
    out: list[Cand] = []
    for m in _FORMER.finditer(fold):
        j = m.start() - 1 if fold[m.start() - 1 : m.start()] == " " else m.start()
        now = ends.get(j)
        if now is None:
            continue
        s, e = m.span(1)
        if ctx.rules.is_generic(fold[s:e]):
            continue
        full = fold[now.start : now.end]
        out.append(Cand(s, e, ORG, now.kind, rule_id("former_name"), 1, link=full))
    return out


# 因華生技製藥股份有限公司（因華生技公司）, …有限公司(以下簡稱「宇瞻」): the short name
# a filing defines for a company right after its legal name.
_DEFINED_SHORT = re.compile(
    r"\s*[（(]\s*(?:以下簡稱|以下稱|下稱|簡稱)?\s*[「『“]?"
    rf"([{CJK}][{CJK}A-Za-z0-9]{{1,11}})[」』”]?\s*[）)]"
)
_LEGAL_NAME_END = re.compile(r"(?:股份\s*有限\s*|有限\s*(?:責任\s*)?)公司$")
# FOCALTECH ELECTRONICS, LTD.（以下簡稱 FOCALTECH 公司）: a registered Latin name's short name,
# with or without the 公司 a filing adds.
_DEFINED_LATIN_SHORT = re.compile(
    r"\s*[（(]\s*(?:以下簡稱|以下稱|下稱|簡稱)?\s*[「『“]?\s*"
    r"([A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z][A-Za-z0-9&.\-]*){0,3})(?:\s*公司)?[」』”]?\s*[）)]"
)
# KORVA MELDA Logistics Corporation(以下簡稱KML): a cue word defines a Latin short name that
# need not open as the registered name does (its initials, a coined short form: orgs21).
_CUED_LATIN_SHORT = re.compile(
    r"\s*[（(]\s*(?:以下簡稱|以下稱|下稱|簡稱)\s*[：:]?\s*[「『“\"]?\s*"
    r"([A-Za-z][A-Za-z0-9&.\-]{1,15})(?:\s*公司)?[」』”\"]?\s*[）)]"
)

# Andon Hong Kong Co., Limited（簡稱：“九安香港”）, …（現用名：X，簡稱：“小米投資”）, …（簡稱：
# “知行汽車”，股份代號：1274）: a cue word that defines a short name, with or without a colon,
# among the other notes in the parentheses; the short name need not open as the full one does.
_CUED_SHORT = re.compile(
    r"\s*[（(][^（）()\n]{0,40}?(?<![A-Za-z])(?:以下簡稱|以下稱|下稱|簡稱)\s*[：:]?\s*[「『“\"]?"
    rf"([{CJK}][{CJK}A-Za-z0-9]{{1,9}})[」』”\"]?\s*(?:[，,；;][^（）()\n]{{0,30}})?[）)]"
)


def _cued_short_form(ctx: Ctx, c: Cand, full: str) -> re.Match[str] | None:
    """The Chinese short name a legal name's parentheses define by a cue word (簡稱：“X”)."""
    legal = _LEGAL_NAME_END.search(full) or (
        full.isascii() and ctx.rules.latin_legal_end_re.search(full)
    )
    if not legal:
        return None
    m = _CUED_SHORT.match(ctx.fold, c.end)
    short = m.group(1) if m else ""
    if m is None or ctx.rules.is_generic(short) or ctx.rules.self_reference_re.match(short):
        return None
    return m


def find_defined_short_forms(ctx: Ctx, found: Iterable[Cand]) -> list[Cand]:
    """The short name in parentheses after a company's legal name is one of its names.

    It must open as the legal name does (two characters or more): （以下簡稱本公司）
    or （註一） define no name; the short name then stands for the company wherever
    it is written (a lexicon word inside it, 思科 in 海思科公司, does not).
    """
    fold = ctx.fold
    out: list[Cand] = []
    for c in found:
        if c.label != ORG or c.strength < 1:
            continue
        full = fold[c.start : c.end]
        if _LEGAL_NAME_END.search(full):
            m = _DEFINED_SHORT.match(fold, c.end)
            opens = m is not None and full.startswith(fold[m.start(1) : m.start(1) + 2])
        elif full.isascii() and ctx.rules.latin_legal_end_re.search(full):
            # the short name is the registered name's first word(s), in any case
            m = _DEFINED_LATIN_SHORT.match(fold, c.end)
            opens = m is not None and full.casefold().startswith(m.group(1).casefold())
            if not opens:
                m = _CUED_LATIN_SHORT.match(fold, c.end)
                opens = m is not None and not ctx.rules.is_generic(m.group(1))
        else:
            continue
        if m is None or not opens:
            m = _cued_short_form(ctx, c, full)
            if m is None:
                continue
        s, e = m.span(1)
        if fold[s:e] == full:
            continue
        out.append(
            Cand(s, e, ORG, c.kind, rule_id("defined_short_form"), 3, c.entry, c.source, link=full)
        )
    out += _wrapped_short_forms(ctx, found, {(c.start, c.end) for c in out})
    return out


# （盛佳公司） alone at the start or end of a line: a table cell's wrapped second line.
_WRAPPED_SHORT = re.compile(rf"[（(]\s*([{CJK}]{{2,10}}公司)\s*[）)]")


def _wrapped_short_forms(
    ctx: Ctx, found: Iterable[Cand], taken: set[tuple[int, int]]
) -> list[Cand]:
    """本公司 盛佳國際股份有限公司 藥品買賣 100.00% / （盛佳公司）: a table cell holding a legal
    name and its short name wraps, and the short name lands on its own line or after the
    row's other cells; it still names the closest legal name before it (this line or the
    one before) that opens as it does."""
    fold = ctx.fold
    legal = sorted(
        (
            c
            for c in found
            if c.label == ORG and c.strength >= 1 and _LEGAL_NAME_END.search(fold[c.start : c.end])
        ),
        key=lambda c: c.start,
    )
    out: list[Cand] = []
    for m in _WRAPPED_SHORT.finditer(fold):
        s, e = m.span(1)
        at_line_edge = fold[m.end() : m.end() + 1] in ("\n", "") or (
            fold[max(0, m.start() - 1) : m.start()] in ("\n", "")
        )
        if not at_line_edge or (s, e) in taken:
            continue
        line = fold.rfind("\n", 0, m.start())
        lo = fold.rfind("\n", 0, line) + 1 if line > 0 else 0
        for c in reversed(legal):
            if c.end > m.start() or c.start < lo:
                continue
            full = fold[c.start : c.end]
            if full.startswith(fold[s : s + 2]) and fold[s:e] != full:
                out.append(
                    Cand(
                        s,
                        e,
                        ORG,
                        c.kind,
                        rule_id("defined_short_form"),
                        3,
                        c.entry,
                        c.source,
                        link=full,
                    )
                )
                break
    return out


# --------------------------------------------------------------------------- products


_A_SERIES_OF = "一系列"


def find_quoted_products(ctx: Ctx) -> list[Cand]:
    """推出植物肉品牌「綠享肉」, 「慧農通」平台: a quoted name next to a product word.

    Not a plan, a law or a slogan in quotes (「智慧農業推動計畫」, 「淨零排放」): the
    quoted text must not end in such a word, and a product word must stand next to it.
    """
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    matches = list(_QUOTED.finditer(fold))
    group_end = _quoted_list_ends(fold, matches)
    # where each list of quotes opens (matches come in order): a quote after its list's
    # first is a later item, without a walk over every quote of the text per quote
    opens: dict[int, int] = {}
    for m in matches:
        opens.setdefault(group_end[m.start()], m.start())
    for m in matches:
        s, e = m.span(1) if m.group(1) is not None else m.span(2)
        name = fold[s:e].strip()
        listed = group_end[m.start()] != m.end() or opens[group_end[m.start()]] < m.start()
        latin_kind = _ends_in_latin_kind(ctx, name)
        if (
            (name.isascii() and not listed and not latin_kind)
            or not name
            or rules.not_product_head_re.search(name)
        ):
            continue
        if rules.spec_re.match(name):
            continue  # 「16nm/14nm節點」, 「12吋晶圓」: a specification opens it
        if rules.law_suffix_re.search(name) or rules.is_generic(name):
            continue
        if rules.title_not_product_re.search(name):
            continue  # 發布“2024年便利店發展情況概覽”: a document, its year or its kind says so
        if name in rules.domain_terms or ctx.word_freq(name) >= RARE_FREQ:
            continue
        left = fold[max(0, m.start() - 10) : m.start()]
        # 一系列“某某”活動: "a series of", no product line's word before the name
        before = not left.endswith(_A_SERIES_OF) and bool(
            rules.product_before_re.search(left)
            or rules.product_weak_before_re.search(left)
            or rules.product_quoted_re.search(fold, max(0, m.start() - 10), m.start() + 1)
            or _product_word_ending_at(ctx, m.start())
            or drug_word_before(ctx, m.start())  # 降糖藥「某某」
        )
        # 系統（ADAS）“某眼”: a kind named, glossed, then named again in quotes, an apposition
        glossed = _product_word_before_gloss(ctx, m.start())
        after = _product_word_starting_at(ctx, m.end()) or _names_its_kind(ctx, name) or latin_kind
        if (
            (before or after)
            and not (glossed or listed or _product_word_ending_at(ctx, m.start()))
            and _weak_kind_after_only(ctx, name, m.end())
        ):
            # 推出「某閃」技術, 「機皇」產品: a generic word after a plain Chinese word says what
            # it is, whatever verb opens it; a kind's word before it (品牌「某某」) still names
            continue  # one (prods46)
        if listed:  # “甲”和“乙”兩款晶片: the kind after the list is each item's
            after = after or _kind_after_list(ctx, group_end[m.start()])
        elif rules.not_product_next_re.match(fold, m.end()):
            continue
        if fold[m.start()] in '“"' and ctx.word_freq(name) > 0 and not (after or glossed):
            continue  # 減肥藥“贏面”, 創新藥“亮劍”: “” also marks a word used as a figure
        if _swap_phrase(ctx, s, e):
            continue  # "油改電"車型, “煤改氣”: one thing turned into another, no name (prods47)
        if _slogan_or_described(ctx, name, s, e):
            continue  # “全民智駕 加配不加價”, “新形態”耳機: a slogan, a kind described (prods32)
        if _clause_or_likeness(ctx, s, e, m.start()):
            continue  # 「賣到缺貨」, 變成「數位員工管理平台」: a clause, a likeness (prods65)
        if before or after or glossed:
            # 「Google Glass(見附圖)」: a note or a gloss in Chinese closing the quote is no
            # part of the name
            note = _CJK_NOTE_END.search(fold, s, e)
            if note and note.start() - s >= 2:
                e = note.start()
            while e > s and fold[e - 1].isspace():  # 「工具機抑振模組 」: a stray space
                e -= 1
            # 「某妙清(Omacor)」: a Chinese name with its Latin name in brackets is one product
            # with two names, each its own mention (prods42)
            gloss = _QUOTED_LATIN_GLOSS.search(fold, s, e)
            if gloss is not None and gloss.start() - s >= 2:
                latin = Cand(*gloss.span(1), PRODUCT, None, rule_id("quoted_product"), 2)
                latin.link = fold[s : gloss.start()]
                out += [Cand(s, gloss.start(), PRODUCT, None, rule_id("quoted_product"), 2), latin]
                continue
            out.append(Cand(s, e, PRODUCT, None, rule_id("quoted_product"), 2))
    return out


# marks that end or break a sentence: a quoted text holding one is something said, no name
_SENTENCE_MARKS = frozenset("，,。！!？?；;")


_CJK_SPACE_CJK = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")


def _slogan_or_described(ctx: Ctx, name: str, start: int, end: int) -> bool:
    """“全民智駕 加配不加價”: two Chinese phrases parted by a space are a slogan's two
    halves (a name spaces only around its Latin part: 某某 AI 眼鏡); “新形態”: an adjective
    (or one of ``describing_words``) and a common word describe a kind, as prose would,
    whatever product word follows. A judgement, a grade or a kind described by a clause
    with 的 is no name either (prods38)."""
    if _CJK_SPACE_CJK.search(name):
        return True
    rules = ctx.rules
    if name.startswith(rules.quoted_judgement_openers) or (
        len(name) > 1 and name.endswith(rules.quoted_grade_endings)
    ):
        return True  # “令人印象深刻”, “王炸級”技術突破: a judgement, a grade (prods38)
    head, of, tail = name.rpartition("的")
    if of and head and ctx.word_freq(tail) >= RARE_FREQ:
        return True  # “令人印象深刻的模型”: a kind described by a clause, no name
    if of and len(head) >= 6 and rules.product_noun_end_re.search(tail):
        return True  # “首款搭載並量產該感測器的手機產品”: a long clause before a kind (prods44)
    words = [w for w in ctx.tokens_in(start, end) if w.strip()]
    return (
        len(words) == 2
        and (words[0] in ctx.adjectives or words[0] in ctx.rules.describing_words)
        and ctx.word_freq(words[1]) >= RARE_FREQ
    )


# two Chinese parts joined by a plus sign: 「光元件＋次模組」, 「全屋地暖+水管系統」 (prods65)
_CJK_PLUS_CJK = re.compile(r"[\u4e00-\u9fff] ?[+＋] ?[\u4e00-\u9fff]")


def _clause_or_likeness(ctx: Ctx, start: int, end: int, open_at: int) -> bool:
    """A quoted text that is a clause or a list (「賣到缺貨」, 「向美國致敬」, 「存貨、設備」),
    or that a likeness frames (變成「數位員工管理平台」, 像一台「人氣投票機」), describes
    something; it names no offering.

    A name is one noun phrase with no function word inside (之 of 「蒼穹之翼」 aside:
    ``quoted_name_inner_words``) and no list; a phrase after a verb of likeness or becoming,
    or after an indefinite 一 + measure word, says what a thing is like, where a name
    would come after 名為 or a launch verb (prods65)."""
    rules, fold = ctx.rules, ctx.fold
    name = fold[start:end]
    if "、" in name or _CJK_PLUS_CJK.search(name):
        return True
    words = ctx.words_in(start, end)
    if len(words) >= 2 and any(
        ctx.is_function_word(w) and w not in rules.quoted_name_inner_words for w in words
    ):
        return True
    if words and ctx.is_verb(words[0]):
        return True  # 「提供更多工具」: a common verb opens it, a predicate
    left = _CLAUSE_MARK_SPLIT.split(fold[max(0, open_at - 16) : open_at])[-1]
    return rules.quoted_likeness_before_re.search(left) is not None


_CLAUSE_MARK_SPLIT = re.compile(r"[，,。！!？?；;：:\n「」“”]")


def _swap_phrase(ctx: Ctx, start: int, end: int) -> bool:
    """"油改電"車型, “煤改氣”, “以舊換新”: a short all-Chinese quoted word with a verb of
    turning one thing into another inside (``swap_verbs``: 改, 換) says what is turned into
    what — a description of a kind or a policy, never a name (prods47)."""
    name = ctx.fold[start:end].strip()
    if not 3 <= len(name) <= 4 or not all(CJK_RE.match(ch) for ch in name):
        return False
    return any(ch in ctx.rules.swap_verbs for ch in name[1:-1])


def _weak_kind_after_only(ctx: Ctx, name: str, end: int) -> bool:
    """「某閃」技術, 「油改電」方案, 「機皇」產品: the only product word beside an all-Chinese
    quoted word is a generic one (``quoted_weak_after_kinds``) that says what it describes,
    a technique, a scheme, goods; a nickname or a technique's name, no product's. A name
    closing in a kind word of its own (「某某系列」產品) is still one (prods46)."""
    if not all(CJK_RE.match(ch) for ch in name) or _names_its_kind(ctx, name):
        return False
    if ctx.rules.product_noun_end_re.search(name):
        return False
    i = ctx.token_index_at(end)
    if i is None:
        return False
    s, e = ctx.tokens[i]
    return ctx.fold[s:e] in ctx.rules.quoted_weak_after_kinds


def _ends_in_latin_kind(ctx: Ctx, name: str) -> bool:
    """「QLED TV」, 「某某 LED TV」: a quoted name whose last word is a Latin word for a kind of
    device (``quoted_latin_kinds``) after a head of its own names one product of that kind, as
    a Chinese kind word ending a quoted compound does (``_names_its_kind``); the quotes mark
    it as a name. A head that is only a trade or generic word (「LED TV」) or has no capital
    and no Chinese names the kind itself (prods33)."""
    rules = ctx.rules
    head, _, kind = name.rpartition(" ")
    head = head.strip()
    if kind not in rules.quoted_latin_kinds or not head:
        return False
    if not (CJK_RE.search(head) or any(ch.isupper() for ch in head)):
        return False
    return not (
        rules.is_not_name(head)
        or rules.is_generic(head)
        or head.casefold() in rules.latin_generic_words
        or ctx.word_freq(head) >= RARE_FREQ
    )


def _product_word_before_gloss(ctx: Ctx, start: int) -> bool:
    """輔助系統（ADAS）「某眼」: the kind's word stands before the English gloss of itself, which
    sits between it and the quoted name."""
    gloss = _LATIN_GLOSS_END.search(ctx.fold, max(0, start - 24), start)
    return gloss is not None and _product_word_ending_at(ctx, gloss.start())


def _names_its_kind(ctx: Ctx, name: str) -> bool:
    """「高效能主軸驅動器」, 「加工機智慧監控預警系統」: a quoted Chinese compound that ends in a
    word for a kind of product (驅動器, 系統, 模組) after words of its own names one product
    of that kind; the quotes mark it as a name, as a product word beside them would. A kind
    that also names a field's arrangements (系統, 平台: 「電子病歷系統」) needs a long head of
    its own (``quoted_soft_kinds``); a word the dictionary knows (「作業系統」) is no name."""
    m = ctx.rules.product_noun_end_re.search(name)
    if m is None or not CJK_RE.match(name[:1]):
        return False
    if any(name.endswith(word) for word in ctx.rules.not_product_nouns):
        return False  # 「某某發展與契機」: a talk's title ends in 契機, no 機 of a kind (prods53)
    head = name[: m.start()].strip()
    soft = m.group() in ctx.rules.quoted_soft_kinds
    if len(head) < (ctx.rules.quoted_soft_head_min if soft else 3):
        return False
    return ctx.word_freq(name) == 0 and ctx.word_freq(head) < RARE_FREQ


# a bracket of Chinese characters alone that closes a quoted name: (見附圖), （下稱本案）
_CJK_NOTE_END = re.compile(r"\s*[(（][\u4e00-\u9fff]+[)）]\s*$")
# a Latin name in brackets closing a quoted Chinese name (「某妙清(Omacor)」)
_QUOTED_LATIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[(（]\s*([A-Za-z][A-Za-z0-9 .\-]*[A-Za-z0-9])\s*[)）]$"
)


# between two quoted items of one list: a separator or nothing (“甲”“乙”和“丙”品牌)
_QUOTE_JOIN = re.compile(r"\s*(?:[、，,和及與或]|以及)?\s*")
# a count of the items before their kind: 兩款, 三個, 這兩款
_ITEM_COUNT = re.compile(r"(?:這|等)?[兩二三四五六七八九十幾數0-9]*[款個種項大]?")


def _quoted_list_ends(fold: str, matches: Sequence[re.Match[str]]) -> dict[int, int]:
    """For each quoted item (by its start), the end of the last item of its list: quoted
    items joined by a separator or by nothing are one list."""
    ends: dict[int, int] = {}
    group: list[re.Match[str]] = []
    for m in [*matches, None]:
        if m is not None and group and _QUOTE_JOIN.fullmatch(fold, group[-1].end(), m.start()):
            group.append(m)
            continue
        for g in group:
            ends[g.start()] = group[-1].end()
        group = [m] if m is not None else []
    return ends


def _kind_after_list(ctx: Ctx, end: int) -> bool:
    """兩款全功能GPU晶片 after “甲”和“乙”: a word for a kind of product in the clause after
    the list, past a count, modifiers and trade acronyms (not past a verb or a mark)."""
    pos = _ITEM_COUNT.match(ctx.fold, end)
    # the first token from the count's end on (兩 + 款全 + 功能: a token may straddle it)
    i = bisect.bisect_left(ctx.starts, pos.end() if pos else end)
    for k in range(4):
        if i + k >= len(ctx.tokens):
            return False
        s, e = ctx.tokens[i + k]
        tok = ctx.fold[s:e]
        if ctx.rules.not_product_head_re.search(tok) or ctx.rules.not_product_next_re.match(tok):
            return False  # “甲”“乙”兩大方案, 政策性工具: plans and policies, not products
        if ctx.rules.is_product_noun(tok):
            return True
        if not (CJK_RE.match(tok) or (tok.isascii() and tok.strip().isalnum())):
            return False
        if ctx.is_verb(tok) or ctx.is_function_word(tok):
            return False
    return False


LAUNCHED_SHORT_RULE = rule_id("launched_short_form")
LAUNCHED_TITLE_RULE = rule_id("launched_title")


def find_launched_titles(ctx: Ctx) -> list[Cand]:
    """推出《王者榮耀》, 上線《燕雲十六聲》手遊版: a title in 《》 right after a word that
    launches, ships or publishes it (``launch_title_before``) is the product launched — a
    game, an app, a show. Titles also name laws, papers, reports and plans: one that ends in
    such a word (《個人資料保護法》, 《華爾街日報》, 《2025年報告》) or holds a date or a
    number of its own is none of them."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []

    def title_at(m: re.Match[str]) -> Cand | None:
        s, e = m.span(1)
        name = fold[s:e].strip()
        s += len(fold[s:e]) - len(fold[s:e].lstrip())
        if (
            not name
            or rules.law_suffix_re.search(name)
            or rules.not_product_head_re.search(name)
            or rules.media_title_re.fullmatch(fold, s - 1, e + 1)
            or rules.title_not_product_re.search(name)
            or rules.is_generic(name)
        ):
            return None
        return Cand(s, s + len(name), PRODUCT, None, LAUNCHED_TITLE_RULE, 2)

    # launched (推出《甲》), or listed after a kind of work sold (大作，包括…《甲》: prods28), or
    # written right before the kind of work it is (《甲》遊戲, 《甲》系列新作: prods31)
    matches = [
        *rules.launch_title_re.finditer(fold),
        *rules.listed_title_re.finditer(fold),
        *rules.kind_after_title_re.finditer(fold),
    ]
    frontier = [c for c in map(title_at, matches) if c is not None]
    taken = {c.start for c in frontier}
    while frontier:  # 《甲》和某社的《乙》: a title joined to one found is one of its kind
        out += frontier
        mates = (rules.title_mate_re.match(fold, c.end + 1) for c in frontier)
        found = [title_at(m) for m in mates if m is not None]
        frontier = [c for c in found if c is not None and c.start not in taken]
        taken.update(c.start for c in frontier)
    if out:
        out += _title_chains_and_glosses(ctx, out, taken, title_at)
    return out


def _title_chains_and_glosses(
    ctx: Ctx,
    found: list[Cand],
    taken: set[int],
    title_at: Callable[[re.Match[str]], Cand | None],
) -> list[Cand]:
    """What a found title says of the titles around it (prods31): in a chain of titles joined
    only by list marks (《甲》、《乙》、《丙》), one found title makes every title of the chain
    one of its kind, the found one standing anywhere in it (the forward mate reads only the
    titles after it); every other place the text writes a found title in 《》 is that title;
    and a title's own name in Latin letters right after it (《甲》Some Name, 《甲》(Name)) is
    its second name. The gloss needs a small letter (initials after a title are a kind:
    《甲》DLC) and, written bare, must end the clause."""
    rules, fold = ctx.rules, ctx.fold
    titles = list(rules.any_title_re.finditer(fold))
    chains: list[list[re.Match[str]]] = []
    for m in titles:
        if chains and rules.title_joint_re.fullmatch(fold, chains[-1][-1].end(), m.start()):
            chains[-1].append(m)
        else:
            chains.append([m])
    names = {fold[c.start : c.end] for c in found}
    out: list[Cand] = []

    def add(m: re.Match[str]) -> None:
        cand = title_at(m)
        if cand is not None and cand.start not in taken:
            taken.add(cand.start)
            out.append(cand)
            names.add(fold[cand.start : cand.end])

    grew = True
    while grew:  # a chain found grows the names, which may find another chain
        grew = False
        for chain in chains:
            inner = [m.group(1).strip() for m in chain]
            if (
                len(chain) > 1
                and any(n in names for n in inner)
                and not all(n in names for n in inner)
            ):
                before = len(names)
                for m in chain:
                    add(m)
                grew = grew or len(names) > before
    for m in titles:
        if m.group(1).strip() not in names:
            continue
        add(m)
        g = rules.title_latin_gloss_re.match(fold, m.end())
        if g is None or bool(g.group(1)) != bool(g.group(3)):
            continue
        gs, ge = g.span(2)
        gloss = fold[gs:ge]
        tail = fold[g.end() : g.end() + 1]
        if (
            len(gloss) < 4
            or not re.search("[a-z]", gloss)
            or (not g.group(1) and tail not in ("", "\n", "*", "，", "。", "、", "；"))
            or rules.is_generic(gloss)
            or gs in taken
        ):
            continue
        taken.add(gs)
        out.append(Cand(gs, ge, PRODUCT, None, LAUNCHED_TITLE_RULE, 2))
    return out


def find_launched_short_forms(ctx: Ctx) -> list[Cand]:
    """推出某神之眼C高階三目版（簡稱某神之眼C）: what a word that launches a product
    (``launch_title_before``) introduces with a short form in parentheses is that product,
    when the full name opens with its short form — so the short form bounds the name, and
    both are its names (the short one as written in the text after it). A company's or a
    plan's name ends in its own words (``not_product_head``) and is none."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.launch_short_form_re.finditer(fold):
        (s, e), (ss, se) = m.span(1), m.span(2) if m.group(2) is not None else m.span(3)
        full, short = fold[s:e], fold[ss:se].strip()
        if (
            not full.startswith(short)
            or len(short) >= len(full)
            or rules.not_product_head_re.search(full)
            or rules.is_generic(short)
        ):
            continue
        long_name = Cand(s, e, PRODUCT, None, LAUNCHED_SHORT_RULE, 2)
        out.append(long_name)
        short_name = Cand(ss, ss + len(short), PRODUCT, None, LAUNCHED_SHORT_RULE, 2)
        short_name.link = full.casefold()
        out.append(short_name)
    return out


_CJK_WORD = re.compile(f"[{CJK}]+")
# 兩套, 三款, 數種: a numeral and a measure word count things and name none
# 兩套, 三款, 首批 (推出 + 首批 + 機型: the first of them, prods53)
_COUNT_WORD = re.compile("[一二三四五六七八九十兩幾數多首]+[套種類款個項件台臺部顆張片塊枚組批家]")


def _tokens_ending_as_product_nouns(ctx: Ctx) -> list[int]:
    """The indices (from 1) of the tokens that can be a product noun: those that end in the
    last character of a product noun ending (``$`` also matches before a final newline).
    Found from those characters' places in the text, not by testing every token."""
    fold, starts, tokens = ctx.fold, ctx.starts, ctx.tokens
    ends: set[int] = set()
    for m in ctx.rules.product_noun_last_re.finditer(fold):
        e = m.end()
        ends.add(e)
        if fold[e : e + 1] == "\n":
            ends.add(e + 1)
    out = []
    for e in ends:
        i = bisect.bisect_left(starts, e) - 1
        if i >= 1 and tokens[i][1] == e:
            out.append(i)
    out.sort()
    return out


def find_framed_cjk_products(ctx: Ctx, lexicon: Sequence[Cand]) -> list[Cand]:
    """發表 + 玄鐵 + 處理器, 旗下的 + 騰勢 + 品牌: one rare Chinese word that is no verb, no
    function word and no kind of thing, between a word that launches, builds in or owns a
    product and a word for a kind of product, is that product's name (no stem, no quote,
    no lexicon). A company the lexicons know in that place stays a company (發表 + 華為 +
    手機)."""
    rules, fold = ctx.rules, ctx.fold
    taken = bytearray(len(fold) + 1)
    for c in lexicon:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    for i in _tokens_ending_as_product_nouns(ctx):
        s, e = ctx.tokens[i]
        noun = fold[s:e]
        if not CJK_RE.match(noun) or not rules.is_product_noun(noun):
            continue
        k = i - 1
        ns, ne = ctx.tokens[k]
        # 璇 + 璣: a name the dictionary does not know may come cut into single characters
        while ne - ns == 1 and k > 0 and ne - ctx.tokens[k - 1][0] <= 4:
            ps, pe = ctx.tokens[k - 1]
            ch = fold[ps:pe]
            if pe - ps != 1 or not CJK_RE.match(ch) or ctx.word_freq(ch) >= RARE_FREQ:
                break
            k, ns = k - 1, ps
        name = fold[ns:ne]
        if (
            len(name) < 2
            or not _CJK_WORD.fullmatch(name)
            or 1 in taken[ns:ne]
            or ctx.word_freq(name) >= RARE_FREQ
            or ctx.is_verb(name)
            or ctx.is_function_word(name)
            or name in ctx.adjectives
            # 釋出 + 回購 + 方案, 開發 + 摺疊 + 手機, 開發 + 下列 + 產品, 採用 + 這讓 + 手機: a word
            # the dictionary tags as a verb or an adjective, however rare, or a determiner's
            # run, says what the kind does or which of it, no name (prods53)
            or name in ctx.predicates
            or DETERMINER.match(name) is not None
            or rules.is_product_noun(name)
            or rules.is_generic(name)
            or rules.product_generation_re.search(name)
            or any(name.startswith(c) for c in rules.country_prefixes)
            or kind_of_thing(ctx, fold[ns:e])  # 開發 + 眼底 + 照相機: a kind of instrument
            or _COUNT_WORD.fullmatch(name) is not None  # 採用了 + 兩套 + 方案: a count
            or name in rules.model_kind_modifiers  # 採用了 + 推理 + 模型: a sort of model
        ):
            continue
        if rules.cjk_product_frame_re.search(fold, max(0, ns - 10), ns):  # 旗下的 + 騰勢
            out.append(Cand(ns, ne, PRODUCT, None, rule_id("cjk_product_frame"), 1))
    return out


# a version after a system's Chinese name: initials with a number (ADS 3.0), one capital
# (某之眼 C), a tier word (Pro, Max …: model_variant_words)
_SYSTEM_VERSION = re.compile(
    r" ?(?P<v>[A-Z]{2,5} ?[0-9]+(?:\.[0-9]+)*|[A-Z][a-z]+|[A-Z])(?![A-Za-z0-9\-+.])"
)
# what may close such a name and its version: punctuation, a list mark, a joiner, 的
_SYSTEM_CLOSE = re.compile(r"\s*(?:[，,。；;、：:）)」』”\n]|和|與|及|的|等|$)")


def find_fitted_systems(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """搭載 + 某廠 + 乾坤智駕 + ADS 3.0, 標配 + 某之眼 + C: a rare Chinese name fitted or
    launched (``system_fit_cues``; a found maker may stand between) with its version written
    right after it is a system's name, no quote or kind word needed — the version says it is
    one thing. A single capital or a tier word is the name's variant (某之眼 C); initials with
    a number (ADS 3.0) are the version's own name. The Chinese name must be no dictionary
    word, verb, describing or generic word (搭載高階智駕 C 級: 高階 describes; prods34)."""
    rules, fold = ctx.rules, ctx.fold
    makers = {c.start: c.end for c in found if c.label == ORG and c.strength >= 1}
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for m in rules.system_fit_re.finditer(fold):
        start = m.end()
        start = makers.get(start, start)
        for k in range(start + 2, min(start + 7, len(fold)) + 1):
            name = fold[start:k]
            if not CJK_RE.match(name[-1]) or not ctx.is_boundary(k):
                if not CJK_RE.match(name[-1]):
                    break
                continue
            v = _SYSTEM_VERSION.match(fold, k)
            if v is None or not _SYSTEM_CLOSE.match(fold, v.end()):
                continue
            version = v.group("v")
            tier = len(version) == 1 or version.casefold() in rules.model_variant_words
            if not tier and not any(ch.isdigit() for ch in version):
                break  # 某某 Smart: a Latin word, not a version
            if not _system_name_ok(ctx, start, k):
                break
            rule = rule_id("fitted_system")
            if (start, k) not in taken:
                out.append(Cand(start, k, PRODUCT, None, rule, 2))
            vs = v.start("v")
            if tier:
                out.append(Cand(start, v.end(), PRODUCT, None, rule, 2))
            else:
                out.append(Cand(vs, v.end(), PRODUCT, None, rule, 2))
            break
    return out


def _system_name_ok(ctx: Ctx, start: int, end: int) -> bool:
    """A Chinese name of its own: all Chinese, no common word as a whole, no verb, function,
    describing, generic or kind word, and no word of a kind of thing."""
    rules = ctx.rules
    name = ctx.fold[start:end]
    if not all(CJK_RE.match(ch) for ch in name) or not ctx.is_boundary(start):
        return False
    toks = ctx.words_in(start, end)
    return not (
        ctx.word_freq(name) >= RARE_FREQ
        or ctx.is_verb(toks[0])
        or any(ctx.is_function_word(t) and t != "之" for t in toks)
        or toks[0] in rules.describing_words
        or rules.is_generic(name)
        or rules.is_product_noun(name)
        or kind_of_thing(ctx, name)
        or any(name.startswith(c) for c in rules.country_prefixes)
    )


def _product_word_ending_at(ctx: Ctx, pos: int) -> bool:
    i = ctx.token_index_ending_at(pos)
    if i is None:
        return False
    s, e = ctx.tokens[i]
    return ctx.rules.is_product_noun(ctx.fold[s:e])


def _product_word_starting_at(ctx: Ctx, pos: int) -> bool:
    i = ctx.token_index_at(pos)
    if i is None:
        return False
    s, e = ctx.tokens[i]
    return ctx.rules.is_product_noun(ctx.fold[s:e])


# a Latin word ending in a plus that joins nothing after it: TV+, Disney+ (not Switch+Switch Lite)
_PLUS_WORD = re.compile(r"(?<![A-Za-z0-9+])(?P<word>[A-Za-z][A-Za-z0-9]{1,15})\+(?![A-Za-z0-9+])")


def _company_ends_and_spans(found: Sequence[Cand]) -> tuple[set[int], set[tuple[int, int]]]:
    """Where a found company ends (a maker right before a line's name vouches for it) and
    every span already found (never found twice): what the maker-led finders start from."""
    org_ends = {c.end for c in found if c.label == ORG and c.strength >= 1}
    return org_ends, {(c.start, c.end) for c in found}


def _before_one_space(fold: str, s: int) -> int:
    """Where the word before ``s`` ends, one space allowed between (某廠 TV+, 某廠TV+)."""
    return s - 1 if fold[s - 1 : s] == " " else s


def find_maker_plus_names(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某廠TV+, Acme Max+: a Latin word ending in a plus written right after a found company
    (glued or one space apart) is that maker's product, a service or a line, even in capitals
    — the maker vouches for it as the small letter of Disney+ does alone. A plus after a
    word of ``plus_strategy_words`` is a programme's slogan (AI+, 5G+), no product (prods33)."""
    fold, rules = ctx.fold, ctx.rules
    org_ends, taken = _company_ends_and_spans(found)
    out: list[Cand] = []
    for m in _PLUS_WORD.finditer(fold):
        s, e = m.span()
        before = _before_one_space(fold, s)
        if before not in org_ends or (s, e) in taken:
            continue
        if m.group("word").casefold() in rules.plus_strategy_words:
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("maker_plus"), 2))
    return out


# a Latin line's name one space after its maker: words of letters, the later ones capitalized
_MAKER_LINE = re.compile(r" ([A-Za-z][a-z]+(?: [A-Z][a-z]+)*)(?![A-Za-z0-9\-+])")


def find_maker_kept_lines(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Google Drive, Microsoft Surface Edition: a Latin company found right before a line
    named with plain English words (``maker_kept_line_words``) is part of the line's name, as
    the dev gold writes it; alone the words name nothing. A coined name or a model after its
    maker (Android, PS5) is named without it (prods46)."""
    starts = frozenset(c.start for c in found)
    fold, rules = ctx.fold, ctx.rules
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for c in found:
        if c.label != ORG or c.strength < 1 or not fold[c.start : c.end].isascii():
            continue
        if not fold[c.start : c.end].strip() or not fold[c.start].isalpha():
            continue
        m = _MAKER_LINE.match(fold, c.end)
        if m is None or m.group(1).split(" ", 1)[0] not in rules.maker_kept_line_words:
            m = _plain_offering(ctx, c, starts)
            rule = rule_id("maker_plain_line")
        else:
            rule = rule_id("maker_kept_line")
        if m is None:
            continue
        # AWS Bedrock, NVIDIA Omniverse: after a maker written in capitals (a platform's
        # initials) the offering is named alone, as a coined name after its maker is (prods46)
        # (a listed word keeps its maker however written: AMD Instinct)
        plain = rule == rule_id("maker_plain_line")
        alone = plain and fold[c.start : c.end].isupper()
        if alone and all(w.casefold() in rules.model_variant_words for w in m.group(1).split()):
            alone = False  # CNBC Pro: an edition word names nothing without its maker
        start = m.start(1) if alone else c.start
        if (start, m.end()) not in taken:
            taken.add((start, m.end()))
            out.append(Cand(start, m.end(), PRODUCT, None, rule, 2))
    return out
# one to three plain capitalised English words one space after a maker, then Chinese or a
# mark (Amazon Bedrock 大部分…, Amazon Connect、…, Apple Pay 的): not a model (Tesla Model Y)
_PLAIN_OFFERING = re.compile(
    rf" ([A-Z][a-z]{{2,}}(?: [A-Z][a-z]{{2,}}){{0,2}})(?= ?[{CJK}、，。；：（）「」,;:()])"
)


def _plain_offering(ctx: Ctx, c: Cand, starts: frozenset[int]) -> re.Match[str] | None:
    """Amazon Bedrock, Amazon Connect、Kiro, Amazon Fresh、Instacart: in Chinese prose a known
    Latin company, one space, then plain capitalised English words up to the Chinese is that
    company's offering named with its maker, as ``maker_kept_line_words`` are (Google Drive),
    whatever the words; a known name there (NVIDIA Blackwell, Meta MTIA), a word of a
    company's name (Google Research, Samsung Electronics) or a word that is never a name
    leaves the maker alone (prods64)."""
    fold, rules = ctx.fold, ctx.rules
    if c.source != "lexicon":
        return None
    before = fold[max(0, c.start - 2) : c.start].rstrip(" ")[-1:]
    if before.isascii() and before.isalnum():
        return None  # (Biosimilar to Roche Perjeta): an English phrase, the maker one of its words
    m = _PLAIN_OFFERING.match(fold, c.end)
    if m is None or any(m.start(1) <= s < m.end(1) for s in starts):
        return None
    words = m.group(1).split()
    if any(rules.is_not_name(w) or rules.english_country_re.fullmatch(w) for w in words):
        return None  # KPMG Australia: a firm's member in a country, no offering
    if words[-1].casefold() in rules.maker_line_not_heads:
        return None  # NASDAQ Biotechnology Index: an index, a prize, an event
    if rules.latin_org_kind(f"{fold[c.start : c.end]} {m.group(1)}") is not None:
        return None
    if _english_line(fold, c.start, m.end()):
        return None  # a headline in English: its words are capitalised, no names
    if rules.shape_firm_before_re.search(fold, max(0, c.start - 120), c.start):
        return None  # 晶圓廠如 SkyWater 或 Intel Foundry: a firm among firms (prods66)
    return m




# after a found name: one word of 2–6 letters (a variant: Lite, Pro, Max) ending the Latin run
_VARIANT_TAIL = re.compile(r" ?([A-Za-z]{2,6})(?![A-Za-z0-9\-]|\+(?![A-Za-z]))")
_BEFORE_VARIANT_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def variant_matches(name: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, variant word) of every ``name`` + variant in ``text``, no letter, digit or
    dash before the name, left to right and never overlapping (as ``finditer`` of the name,
    the look-behind and ``_VARIANT_TAIL`` would give them).

    The name is found as a literal and the tail matched at its end: one pattern for
    every name, where a pattern compiled per name cost ≈ 1 ms a name (178 names on the
    150k-character text), and none tries every position of the text."""
    out: list[tuple[int, int, str]] = []
    n = len(name)
    find = literal(name).search  # faster than str.find in a text of Chinese
    at = find(text)
    while at is not None:
        pos = at.start()
        m = None
        if pos == 0 or text[pos - 1] not in _BEFORE_VARIANT_NAME:
            m = _VARIANT_TAIL.match(text, pos + n)
        at = find(text, m.end()) if m is not None else find(text, pos + 1)
        if m is not None:
            out.append((pos, m.end(), m.group(1)))
    return out


def find_variant_extensions(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Switch+Switch Lite, HTC U23 pro: a found product's name followed, wherever the text
    writes it, by one variant word (``model_shape_words``: Lite, Pro, Max …) that ends the
    Latin run is that line's model — the variant names a model of it, so the reader would cut
    it at the bare name. In capitals as the list writes it, or in small letters after a name
    ending in a digit (U23 pro: a model's number vouches for the tier word). A plus after
    the variant joins the next item of a list (Lite+OLED), not a tier (Pro+) (prods40)."""
    fold, rules = ctx.fold, ctx.rules
    names = {
        fold[c.start : c.end]
        for c in found
        if c.label == PRODUCT
        and c.strength >= 1
        and c.end - c.start >= 2
        and fold[c.end - 1].isascii()
        and fold[c.end - 1].isalnum()
        and fold[c.start].isascii()
    }
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for name in sorted(names):
        for s, e, word in variant_matches(name, fold):
            if word.casefold() not in rules.model_shape_words:
                continue
            if not (word[0].isupper() or (word.islower() and name[-1].isdigit())):
                continue
            if (s, e) in taken:
                continue
            taken.add((s, e))
            out.append(Cand(s, e, PRODUCT, None, rule_id("variant_after"), 2))
    return out


# a platform's edition after a dash: Arrow Lake-S, Raptor Lake-HX, Zeta Lake -S (prods44)
_DASH_EDITION = re.compile(r" ?-[A-Z]{1,2}(?![A-Za-z0-9\-])")


def _editions_after(
    ctx: Ctx,
    found: Sequence[Cand],
    edition: re.Pattern[str],
    rule: str,
    takes: Callable[[str, Cand], bool],
) -> list[Cand]:
    """Found products (``takes``) that ``edition`` continues right after their end: the
    model with its edition, a product of its own; the bare name stays where the text
    writes it bare."""
    fold = ctx.fold
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for c in sorted(found, key=lambda c: (c.start, c.end)):
        if c.label != PRODUCT or c.strength < 1 or not takes(fold, c):
            continue
        m = edition.match(fold, c.end)
        if m is None or (c.start, m.end()) in taken:
            continue
        taken.add((c.start, m.end()))
        out.append(Cand(c.start, m.end(), PRODUCT, None, rule_id(rule), 2))
    return out


def find_dash_editions(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Arrow Lake-S 桌上型 CPU, Raptor Lake-HX: a found product's name in Latin words with a
    dash and one or two capitals right after it is that line's edition (desktop, mobile), a
    product of its own, as the maker names it. A lower-case letter or more letters after the
    dash make another word (prods44)."""
    return _editions_after(
        ctx,
        found,
        _DASH_EDITION,
        "dash_edition",
        lambda fold, c: fold[c.start : c.end].isascii() and fold[c.end - 1 : c.end].isalnum(),
    )


def find_network_editions(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """realme X50 Pro 5G 維持發表時程, Galaxy S20 Ultra 5G 手機: a network generation
    (``network_editions``) right after a found model ending in a Latin letter or a digit is
    the edition the maker sells under that name, so the model ends after it (prods50)."""
    return _editions_after(
        ctx,
        found,
        ctx.rules.network_edition_re,
        "network_edition",
        lambda fold, c: (
            c.end - c.start >= 2 and fold[c.end - 1].isascii() and fold[c.end - 1].isalnum()
        ),
    )


# one capital, then 系列 (a space may stand between): 購買 S 系列, 三星的 A 系列
_LETTER_SERIES = re.compile(r"(?<![A-Za-z0-9])[A-Z] ?系列")


def find_letter_series(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """購買 S 系列, 三星的 A 系列, 推出C系列: one capital letter and 系列 name a maker's line when
    a found company (its 的 or 旗下 may follow) or a verb that launches, buys or fits a product
    (``letter_series_verbs``; not 分為) stands right before it — a lone letter
    is no name, so the line's word stays in it. Letters in a run of their own (A、B 系列 as a
    plan's parts) or after anything else stay unread (prods40)."""
    fold = ctx.fold
    org_ends, taken = _company_ends_and_spans(found)
    out: list[Cand] = []
    for m in _LETTER_SERIES.finditer(fold):
        s, e = m.span()
        before = _before_one_space(fold, s)
        for glue in ("的", "旗下"):
            if fold[before - len(glue) : before] == glue and before - len(glue) in org_ends:
                before -= len(glue)
                break
        i = ctx.token_index_ending_at(before)
        by_verb = i is not None and fold[ctx.tokens[i][0] : before] in ctx.rules.letter_series_verbs
        if (before not in org_ends and not by_verb) or (s, e) in taken:
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("letter_series"), 2))
    return out


def find_plus_kind_names(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Copilot+ PC: a found product's name, a plus and a Latin word for a kind of device
    (``plus_kind_words``) are one product's name — the plus makes a line of devices of the
    name, which the reader would cut at the plus or at the bare name (prods40)."""
    fold, rules = ctx.fold, ctx.rules
    if rules.plus_kind_re is None:
        return []
    spans = {(c.start, c.end) for c in found if c.label == PRODUCT and c.strength >= 1}
    out: list[Cand] = []
    for m in rules.plus_kind_re.finditer(fold):
        s, e = m.span()
        w_end = m.end("word")
        if (s, w_end) not in spans and (s, w_end + 1) not in spans:
            continue
        if m.group("word").casefold() in rules.plus_strategy_words:
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("plus_kind"), 2))
    return out


# a capitalised Latin brand word (one or two: Chrome, Zeta Cloud) after a maker's 的, closed
# by punctuation, a list mark, a joiner or a space before Chinese
_OWNED_NAME = re.compile(
    r"的 ?(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?=\s*(?:[，,。；;、：:）)\n]|和|與|及|$)"
    r"|\s*[{cjk}])"
    .replace("{cjk}", CJK)
)


def find_maker_owned_names(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某廠 的 Chrome, 某藥廠的Lumora: a capitalised Latin brand word right after a found
    company's 的 is that maker's product (a browser, a drug, a service), when it is no
    company, person, trade or generic word and no person's role or act follows it
    (某廠的 Tim 表示 is someone speaking; prods34)."""
    fold, rules = ctx.fold, ctx.rules
    org_ends = {c.end for c in found if c.label == ORG and c.kind == "company" and c.strength >= 2}
    orgs = {fold[c.start : c.end].casefold() for c in found if c.label == ORG}
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for m in _OWNED_NAME.finditer(fold):
        maker_end = m.start() - (fold[m.start() - 1 : m.start()] == " ")
        if maker_end not in org_ends:
            continue
        s, e = m.span("name")
        name = m.group("name")
        first = name.split()[0]
        if (
            (s, e) in taken
            or name.casefold() in orgs
            or first in rules.given_names
            or rules.is_not_name(name)
            or rules.is_not_name(first)
            or rules.is_generic(name)
            or rules.latin_org_kind(name)
            or _role_or_act_after(ctx, e)
        ):
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("maker_owned"), 2))
    return out


_SENTENCE_EDGE = re.compile(r"[。！？!?；;\n]")
# the most a name of an owner list may be written in the dictionary's corpus: a coined name is
# rare there (生椰拿鐵 0), what owners are compared by is not (營收, 股價, 門店 …)
_OWNER_LIST_NAME_FREQ = 50


def find_owner_lists(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """瑞幸的甲、喜茶的乙和某茶的丙都是大爆款; 比如卡地亞的TRINITY或者寶格麗的某 DREAM: a list of
    two or more items written owner + 的 + name, one owner a found company, in a sentence
    that says what they sell (``owner_list_kinds``), names one product per owner — the list
    form says each name is the thing its owner makes. Every name must be rare in the
    dictionary (a metric, a place of business, a common noun is compared so: 甲的營收、乙的
    獲利), no found company, no generic or never-a-name word, no kind word itself (甲的新款
    手機), and the names must differ; one that fails sinks the list (prods38)."""
    fold, rules = ctx.fold, ctx.rules
    if not rules.owner_list_kinds:
        return []
    # an owner is a company found anywhere in the text (its mention here may be a repeat that
    # the repeat pass adds later)
    makers = tuple(
        {fold[c.start : c.end] for c in found if c.label == ORG and c.strength and c.length > 1}
    )
    orgs = {fold[c.start : c.end].casefold() for c in found if c.label == ORG}
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    edges: list[int] | None = None
    for m in rules.owner_list_re.finditer(fold):
        items = list(rules.owner_list_item_re.finditer(fold, m.start(), m.end()))
        if len(items) < 2:
            continue
        spans = []
        for it in items:
            s, e = it.span(2)
            while e > s and fold[e - 1].isspace():
                e -= 1
            s = _past_kind_word(fold, s, e, rules.owner_list_describers)
            spans.append((it.end(1), s, e))
        names = [fold[s:e] for _, s, e in spans]
        if len(set(names)) != len(names):
            continue
        owned = any(it.group(1).rstrip().endswith(makers) for it in items)
        if edges is None:  # the sentence marks, found once: no walk from the text's start per list
            edges = [x.start() for x in _SENTENCE_EDGE.finditer(fold)]
        k = bisect.bisect_left(edges, m.start())
        lo = edges[k - 1] + 1 if k else 0  # past the last mark before the list
        edge = _SENTENCE_EDGE.search(fold, m.end())
        sentence = fold[lo : edge.start() if edge else len(fold)]
        if not owned or not any(k in sentence for k in rules.owner_list_kinds):
            continue
        if any(not _owner_list_name(ctx, n, orgs) for n in names):
            continue
        out += [
            Cand(s, e, PRODUCT, None, rule_id("owner_list"), 2)
            for _, s, e in spans
            if (s, e) not in taken
        ]
    return out


def _past_kind_word(fold: str, s: int, e: int, kinds: Sequence[str]) -> int:
    """強生的前列腺癌藥物Zytiga: an item that describes its name before it (a disease + 藥物,
    a kind + 疫苗) names only what follows its last kind word; the description is no part of
    the name (prods56). An item that ends with its kind word keeps it (the list then sinks)."""
    best = s
    for k in kinds:
        i = fold.rfind(k, s, e)
        if i >= 0 and i + len(k) < e:
            best = max(best, i + len(k))
    return best


def _owner_list_name(ctx: Ctx, name: str, orgs: set[str]) -> bool:
    """A name of an owner list: rare, no company, generic, kind or never-a-name word."""
    rules = ctx.rules
    return (
        bool(name.strip())
        and not name[0].isdigit()
        and ctx.word_freq(name) < _OWNER_LIST_NAME_FREQ
        and name.casefold() not in orgs
        and not rules.is_generic(name)
        and not rules.is_not_name(name)
        and not name.endswith(rules.owner_list_kinds)
        and not name.startswith(("新", "這", "該", "其"))
        and not (_PERSON_CJK.fullmatch(name) and _person_shaped(ctx, name))  # 鴻海的劉某
    )


_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+.\-]*[A-Za-z0-9+]\s*$")
_LATIN_NAME_AT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*[A-Za-z0-9+](?![A-Za-z0-9])")
_CLAUSE_START = "，,。；;！？!?\n「“（( 　"


def find_copula_products(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某書是一款協作工具, 某書作為一種協作工具; 作為一個效率產品，某書一直…: a name that opens its
    clause and is said to be one of a kind of product (``copula_product_openers`` +
    ``copula_product_kinds``) is a product — an app, a tool, a model the text never cues
    otherwise (its other mentions follow as repeats). The name is one Latin word or one
    dictionary token that is rare in the corpus (a coined name; 公司是一款… is no name), no
    found company, no generic or never-a-name word (prods38)."""
    fold, rules = ctx.fold, ctx.rules
    orgs = {fold[c.start : c.end].casefold() for c in found if c.label == ORG}
    taken = {(c.start, c.end) for c in found}
    spans: list[tuple[int, int]] = []
    for m in rules.copula_product_re.finditer(fold):
        left = fold[max(0, m.start() - 24) : m.start()]
        latin = _LATIN_NAME_BEFORE.search(left)
        if latin is not None:
            s = m.start() - len(left) + latin.start()
            e = s + len(latin.group(0).rstrip())
        else:
            i = ctx.token_index_ending_at(m.start())
            if i is None:
                continue
            s, e = ctx.tokens[i]
        if s == 0 or fold[s - 1] in _CLAUSE_START:
            spans.append((s, e))
    for m in rules.copula_product_lead_re.finditer(fold):
        latin = _LATIN_NAME_AT.match(fold, m.end())
        if latin is not None:
            spans.append(latin.span())
            continue
        i = ctx.token_index_at(m.end())
        if i is not None:
            spans.append(ctx.tokens[i])
    out: list[Cand] = []
    for s, e in spans:
        name = fold[s:e]
        if (
            (s, e) in taken
            or len(name) < 2
            or name.casefold() in orgs
            or (not name.isascii() and ctx.word_freq(name) >= GLOSS_FREQ)
            or (name.isascii() and not any(ch.isupper() for ch in name))
            or rules.is_generic(name)
            or rules.is_not_name(name)
            or DETERMINER.match(name)
        ):
            continue
        taken.add((s, e))
        out.append(Cand(s, e, PRODUCT, None, rule_id("copula_product"), 2))
    return out


def find_quoted_product_lines(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """上線了“某書智慧夥伴”: a quoted name that opens with a found product's name and goes on
    for a few characters more is a product of that line (a maker names a new part after the
    product it belongs to), with no kind word needed — the found name is the cue. Not a plan,
    a report or a slogan (``not_product_heads``, ``title_not_product``, a judgement), and
    the rest must be two to eight characters with a Chinese one, no clause, no bracket or
    slash (a note, a list of specifications) (prods38)."""
    fold, rules = ctx.fold, ctx.rules
    heads = tuple(
        sorted(
            {
                fold[c.start : c.end]
                for c in found
                if c.label == PRODUCT and c.strength >= 1 and c.length >= 2
            },
            key=len,
            reverse=True,
        )
    )
    if not heads:
        return []
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for m in _QUOTED.finditer(fold):
        s, e = m.span(1) if m.group(1) is not None else m.span(2)
        name = fold[s:e].strip()
        # one C-speed test of every head first: most quotes open with none of them
        head = None
        if name.startswith(heads):
            head = next((h for h in heads if name.startswith(h)), None)
        if head is None or not 2 <= len(name) - len(head) <= 8 or (s, e) in taken:
            continue
        rest = name[len(head) :]
        if (
            not CJK_RE.search(rest)  # 「Helio Cloud」的概念: a Latin phrase, no line's part
            or any(ch in rest for ch in "()（）/／")  # 「某 Glass(見附圖)」, 「16nm/14nm節點」
            or any(ch in rest for ch in _SENTENCE_MARKS)  # “某 Y L,秋天見!”: a line said (prods44)
            or rules.spec_re.match(name)
            or rules.not_product_head_re.search(name)
            or rules.title_not_product_re.search(name)
            or rules.law_suffix_re.search(name)
            or _slogan_or_described(ctx, name, s, e)
            or "的" in rest
            or rules.not_product_next_re.match(fold, m.end())  # “某Phone以舊換新”活動
        ):
            continue
        out.append(Cand(s, s + len(name), PRODUCT, None, rule_id("quoted_product_line"), 2))
    return out


def find_product_modules(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某書知識庫, 某書專案: a found product's name with a word for one of its modules glued
    after it (``product_module_words``: 知識庫, 專案, 助手, 地圖 …) is a product of that line,
    written as the maker writes it. The module word must end a token (某書專案管理 goes on
    into another word) and the name start one (prods39). A listed product has modules only
    when it is of a kind that has them (software: 某書專案; a chip's 專案 is a project, prods56)."""
    fold, rules = ctx.fold, ctx.rules
    heads = {
        fold[c.start : c.end]
        for c in found
        if c.label == PRODUCT
        and c.strength >= 1
        and c.length >= 2
        and (c.entry is None or c.entry.kind in rules.product_module_entry_kinds)
    }
    if not heads or rules.product_module_re is None:
        return []
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for head in sorted(heads, key=lambda h: (-len(h), h)):
        for s, m_end in places_of(head, fold):
            mod = rules.product_module_re.match(fold, m_end)
            if mod is None or not ctx.is_boundary(s) or not ctx.is_boundary(mod.end()):
                continue
            if (s, mod.end()) in taken:
                continue
            taken.add((s, mod.end()))
            out.append(Cand(s, mod.end(), PRODUCT, None, rule_id("product_module"), 2))
    return out


# 華為雲尤拉OS, 阿里雲伺服器OS, 騰訊雲Linux伺服器OS: a list item or an object that ends in OS
_OS_NAME = re.compile(
    rf"(?:(?<=[如、，,：:（(「“\s])|(?<=及|和|與|或|括|載|用|於|出|布|佈))"
    rf"((?:[{CJK}]|[A-Za-z][A-Za-z0-9]*(?=[{CJK}])){{2,12}}?OS)(?![A-Za-z0-9])"
)


def find_os_names(ctx: Ctx) -> list[Cand]:
    """華為雲尤拉OS, 騰訊雲Linux伺服器OS: Chinese words (a Latin word may stand among them)
    ending in the letters OS make an operating system's name — an owner's, a line's and a
    kind's words before OS belong to it, as the maker writes it. The run starts after a list
    mark, a clause mark or a verb that adopts or launches, and holds a Chinese character
    right before OS (macOS, iOS are Latin words the other rules read) (prods39)."""
    fold, rules = ctx.fold, ctx.rules
    out: list[Cand] = []
    for m in _OS_NAME.finditer(fold):
        s, e = m.span(1)
        if not CJK_RE.match(fold[e - 3 : e - 2]) or not ctx.is_boundary(s):
            continue
        if rules.is_generic(fold[s : e - 2]) and e - 2 - s <= 2:
            continue  # 系統OS: a kind, no name
        out.append(Cand(s, e, PRODUCT, None, rule_id("os_name"), 2))
    return out


def find_numbered_models(ctx: Ctx) -> list[Cand]:
    """Core i7-14700K, 酷睿 i9-14900K, i7 14700K: a processor's tier and number in the maker's
    naming scheme (``model_number_patterns``) names that model wherever it is written; a
    Latin letter or digit right before it makes it part of another word (prods44)."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in ctx.rules.model_number_re.finditer(fold):
        s, e = m.span()
        before = fold[s - 1 : s]
        if before == "-" or (before.isascii() and before.isalnum()):
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("model_number"), 2))
    return out


_INN_GLOSS = re.compile(rf"([{CJK}])[（(]([a-z]{{4,}})[）)]")


def find_inn_glossed_drugs(ctx: Ctx) -> list[Cand]:
    """貝達喹啉（bedaquiline）: a Chinese name whose last syllable is one drug transliterations end
    in, glossed by one lower-case word with an INN's ending, is a drug even when no stem of the
    lists names its class — the writer glosses a drug by its INN, a brand or a company by its
    capitalised name. The Chinese name reads back over rare words as a name read from its
    ending does (新藥 + 貝達喹啉: a common word or a break character ends it), and both the
    name and the gloss are products (prods40)."""
    fold, rules = ctx.fold, ctx.rules
    if not rules.gloss_cjk_endings or not rules.gloss_inn_endings:
        return []
    out: list[Cand] = []
    for m in _INN_GLOSS.finditer(fold):
        inn = m.group(2)
        if (
            m.group(1) not in rules.gloss_cjk_endings
            or len(inn) < rules.gloss_inn_min_chars
            or not inn.endswith(rules.gloss_inn_endings)
            or inn in rules.not_drugs
        ):
            continue
        end = m.end(1)
        i = ctx.token_index_ending_at(end)
        start = end
        while i is not None and i >= 0:
            s, e = ctx.tokens[i]
            word = fold[s:e]
            if (
                not all(CJK_RE.match(ch) for ch in word)
                or any(ch in rules.drug_name_breaks for ch in word)
                or (len(word) > 1 and ctx.word_freq(word) >= rules.drug_word_freq)
                or end - s > rules.drug_max_chars
            ):
                break
            start = s
            i -= 1
        if end - start < 3 or fold[start:end] in rules.cjk_not_drugs:
            continue
        out.append(Cand(start, end, PRODUCT, None, rule_id("inn_gloss"), 2))
        out.append(Cand(m.start(2), m.end(2), PRODUCT, None, rule_id("inn_gloss"), 2))
    return out


_KIND_NAME_JOINERS = frozenset({"和", "與", "及", "、", "以及"})


def find_kind_named_models(ctx: Ctx) -> list[Cand]:
    """旗下車型甲蘭達和乙蘭達實施…: right after a word for a kind of vehicle or device
    (``cjk_kind_before_names``: 車型, 車款, 機型 …), one rare Chinese word — and each rare
    word joined to it by 和 、 與 及 — is a model of that kind. Each item is one token of two to
    four characters, rare in the dictionary (車型價格, 車型銷量 are what kinds are measured
    by), no verb, function word, place or generic word, nor a word ending as the kind does
    (車款 + 改款: the kind redone), and the list must end at a clause mark, a verb or a
    function word (prods39)."""
    fold, rules = ctx.fold, ctx.rules
    if rules.cjk_kind_before_names_re is None:
        return []
    out: list[Cand] = []
    for k in rules.cjk_kind_before_names_re.finditer(fold):
        if not ctx.is_boundary(k.start()) or not ctx.is_boundary(k.end()):
            continue
        i = ctx.token_index_at(k.end())
        items: list[tuple[int, int]] = []
        while i is not None and i < len(ctx.tokens):
            s, e = ctx.tokens[i]
            word = fold[s:e]
            if (
                not 2 <= len(word) <= 4
                or not all(CJK_RE.match(ch) for ch in word)
                or ctx.word_freq(word) >= RARE_FREQ
                or ctx.is_verb(word)
                or ctx.is_function_word(word)
                or rules.is_generic(word)
                or rules.is_product_noun(word)
                or word in rules.place_words
                or word[-1] == k.group()[-1]  # 車款 + 改款, 新款: the kind again, no name
            ):
                break
            items.append((s, e))
            nxt = fold[e : e + 2]
            j = next(
                (w for w in sorted(_KIND_NAME_JOINERS, key=len, reverse=True) if nxt.startswith(w)),
                None,
            )
            if j is None:
                break
            i = ctx.token_index_at(e + len(j))
        if not items:
            continue
        end = items[-1][1]
        after = ctx.tokens_in(end, end + 2)[:1]
        closes = (
            not after
            or not CJK_RE.match(after[0][:1])
            or ctx.is_verb(after[0])
            or ctx.is_function_word(after[0])
        )
        if not closes:
            continue
        out += [Cand(s, e, PRODUCT, None, rule_id("kind_named_model"), 2) for s, e in items]
    return out


def _role_or_act_after(ctx: Ctx, end: int) -> bool:
    """執行長, 表示, 指出 …: a person's role or a company's act right after the name."""
    right = ctx.fold[end : end + 8].lstrip()
    return right.startswith(ctx.rules.role_words_tuple) or bool(
        ctx.rules.company_after_re.match(right)
    )


MEDIA_TITLE_RULE = rule_id("media_title")


def find_media_titles(ctx: Ctx) -> list[Cand]:
    """《華爾街日報》, 《金融時報》: a paper or magazine written as a title is its publisher; so
    is any title that reports or gives an interview (據《某財經》報導: a book or a rule does
    not)."""
    out: list[Cand] = []
    for m in itertools.chain(
        ctx.rules.media_title_re.finditer(ctx.fold),
        ctx.rules.reporting_title_re.finditer(ctx.fold),
    ):
        s, e = m.span(1)
        if ctx.rules.is_generic(ctx.fold[s:e]):
            continue
        out.append(Cand(s, e, ORG, "other", MEDIA_TITLE_RULE, 2, cue="《》"))
    return out


def _after_source_kind(ctx: Ctx, start: int, end: int) -> int:
    """行業媒體 + 同寫意: the name starts after a word for a kind of source."""
    return _past_last_of(ctx, start, end, ctx.rules.source_kind_heads)


def _past_last_of(ctx: Ctx, start: int, end: int, words: frozenset[str]) -> int:
    """After the last token of ``words`` in ``[start, end)`` that leaves two characters or
    more of the run; ``start`` when there is none."""
    out = start
    for s, e in ctx.tokens_from(start):
        if e > end - 2:
            break
        if ctx.fold[s:e] in words:
            out = e
    return out


# Marks that open an item of a bulleted list (markdown * - +, a bullet): no part of a name.
_BULLETS = frozenset("*-+•·‧")


def _kind_item(ctx: Ctx, item: str) -> bool:
    """An item of a list that is a kind, not a name: a common dictionary word (保險, 券商) or
    a Latin term no name is (GPU, ASIC)."""
    rules = ctx.rules
    if rules.is_generic(item) or item in rules.domain_terms:
        return True
    if item.isascii():
        return rules.is_not_name(item)
    return ctx.word_freq(item) >= RARE_FREQ


def _run_items(start: int, run: str) -> list[tuple[int, int]]:
    """The spans of a run's items between 、及與和, spaces off their ends."""
    out = []
    for item in re.finditer(r"[^、及與和]+", run):
        text = item.group()
        s = start + item.start() + (len(text) - len(text.lstrip()))
        e = start + item.end() - (len(text) - len(text.rstrip()))
        if e > s:
            out.append((s, e))
    return out


def find_reporting_sources(ctx: Ctx) -> list[Cand]:
    """據電子工程專輯報道, 接受路透社採訪, 據期貨日報資料: the news or data source a report
    cites is an organization."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.reported_re.finditer(fold):
        s, e = m.span(1)
        if m.group().endswith(rules.report_data_words):
            if not ctx.is_boundary(m.end()):
                continue  # 據 Insight + 資料庫: a database, not data a body published
            s = _after_source_kind(ctx, s, e)
            head = ctx.words_in(strip_country(ctx, s, e), e)
            if head and ctx.word_freq(head[0]) >= COMMON_FREQ:
                continue  # 根據 + 歷史 + 保固資料: an ordinary word opens no source's name
        e = _past_people_tail(ctx, s, e)
        # 據紅星 + 新聞報道: the segmenter may glue the name's last word to the report's word;
        # the report's word ends a token, so the name ends where it begins (orgs32)
        glued = not ctx.is_boundary(e) and ctx.is_boundary(m.end())
        if glued and any(w in rules.report_source_modifiers for w in ctx.words_in(s, e)):
            continue  # 據最新 + 新聞報導: which news, not whose
        if _source_name_ok(ctx, s, e, end_cut=glued):
            out.append(Cand(s, e, ORG, "other", rule_id("reported_by"), 1, cue=m.group().strip()))
    out += _data_sources(ctx)
    for m in opening_reports(fold):
        # 韓聯社報導，…; MarketWatch、CNBC 11月28日報導，…: the sources that open a clause
        # with their report; 道瓊社、X等多家外電: what follows 等 is the kind, not a name
        run_end = fold.find("等", m.start(1), m.end(1))
        run_end = m.end(1) if run_end < 0 else run_end
        for item in re.finditer(r"[^、及與和]+", fold[m.start(1) : run_end]):
            s, e = m.start(1) + item.start(), m.start(1) + item.end()
            # spaces and invisible format marks (a zero-width non-joiner) are no part of a name
            # and a list item's bullet (* 日本 NHK 報導, orgs29) opens no name either
            while s < e and (
                fold[s].isspace() or unicodedata.category(fold[s]) == "Cf" or fold[s] in _BULLETS
            ):
                s += 1
            while e > s and (fold[e - 1].isspace() or unicodedata.category(fold[e - 1]) == "Cf"):
                e -= 1
            s = strip_country(ctx, s, e)  # 英國 + 金融時報
            while s < e and fold[s].isspace():
                s += 1
            s = _after_source_kind(ctx, s, e)  # 科技網站 + PC Watch (orgs21)
            e = _past_people_tail(ctx, s, e)
            if e - s >= 2 and _source_name_ok(ctx, s, e):
                out.append(Cand(s, e, ORG, "other", rule_id("reported_by"), 1, cue=m.group(2)))
    for m in rules.kind_report_re.finditer(fold):
        # 據韓媒 the bell 指出, 轉述韓媒ETNews的報導: the kind of source before a name makes
        # it one, so weaker acts than 報導 will do
        s, e = m.span(1)
        if ctx.is_boundary(m.start()) and _source_name_ok(ctx, s, e):
            out.append(_source_cand(s, e, m.group().strip()))
    for m in rules.credit_paren_re.finditer(fold):
        # …正式啟幕。（新浪財經）: the newsflash's source closing its paragraph (orgs38)
        s, e = m.span(1)
        if _source_name_ok(ctx, s, e):
            out.append(_source_cand(s, e, "（）"))
    for regex in (rules.byline_re, rules.disclaimer_re, rules.kind_media_title_re):
        # 介面新聞記者 | 黃華, 不代表藥智網立場, 中國媒體《第一財經》: a medium by its byline,
        # its disclaimer or its kind
        for m in regex.finditer(fold):
            s, e = m.span(1)
            s = strip_country(ctx, s, e)
            if regex is rules.byline_re and e - s < 3:
                continue  # 時報 + 記者: a paper's kind, the short of a longer name
            if not _source_name_ok(ctx, s, e, end_cut=regex is rules.byline_re):
                continue
            if regex is rules.kind_media_title_re:
                # 媒體《星島頭條》: the medium is written as a title, which is no title's inside
                # that names nothing (orgs34: it was dropped as one)
                out.append(Cand(s, e, ORG, "other", MEDIA_TITLE_RULE, 2, cue=m.group().strip()))
            else:
                out.append(_source_cand(s, e, m.group().strip()))
    for m in rules.kind_list_re.finditer(fold):
        # MacDailyNews、9to5Mac等外電: each item of a list its kind of source closes
        if m.group().endswith(tuple(rules.enum_kind_tails)) and all(
            all(CJK_RE.match(t) and ctx.word_freq(t) > 0 for t in ctx.words_in(*item))
            for item in _run_items(m.start(1), m.group(1))
        ):
            continue  # 科研院所、重點實驗室等機構: kinds of body in dictionary words (orgs41)
        items = [fold[a:b].strip() for a, b in _run_items(m.start(1), m.group(1))]
        if any(_kind_item(ctx, t) for t in items if t):
            continue  # 券商、保險、銀行理財等機構, OAM、UBB、GPU、ASIC 等平台: a kind among the
            # items makes the list one of kinds, no sources (orgs82)
        for item in re.finditer(r"[^、及與和]+", m.group(1)):
            s, e = m.start(1) + item.start(), m.start(1) + item.end()
            while s < e and fold[s].isspace():
                s += 1
            while e > s and fold[e - 1].isspace():
                e -= 1
            if e - s >= 2 and _source_name_ok(ctx, s, e):
                out.append(_source_cand(s, e, "等"))
    for m in _DATELINE.finditer(fold):
        # 財聯社6月5日訊, 財聯社（北京，記者 王宏）訊, 品玩2月10日訊: a news item's dateline
        # opens its line with the medium that files it
        s, e = m.span(1)
        if _source_name_ok(ctx, s, e) and ctx.is_boundary(e) and ctx.is_boundary(m.end()):
            out.append(Cand(s, e, ORG, "other", rule_id("reported_by"), 1, cue=m.group(2)))
    return out


# A newsflash's headline line: the one who speaks or acts, a full-width colon, the news
# (東華科技：西藏…項目將正式投產, 光線傳媒：積極探索…)
# (a reflowed text glues a headline to the source credit closing the paragraph before it:
# …相關資訊。（央視新聞）國家發改委：支持…)
_HEADLINE_HEAD = re.compile(
    rf"(?:^|[。！？][（(][{CJK}]{{2,8}}[）)])[ \t]*([{CJK}]{{2,8}})：(?=[^\s：])", re.MULTILINE
)


def find_headline_speakers(ctx: Ctx) -> list[Cand]:
    """東華科技：西藏…將正式投產, 光線傳媒：積極探索…: a mainland newsflash opens its headline
    with the company it is about and a full-width colon, and the news under it names the company
    again (光線傳媒在互動平台表示). The run before the colon is a name when the next line writes it
    again, it holds an organization's ending or a word the dictionary lacks, and it is no
    person (郭某某：), no country or place (英法德：, 伊朗軍方：), no label (資料來源：, 導語：)
    and no common word or verb (行業資金流向：); the usual generic checks follow (orgs38)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in _HEADLINE_HEAD.finditer(fold):
        s, e = m.span(1)
        text = fold[s:e]
        if not (ctx.is_boundary(s) and ctx.is_boundary(e)) or _person_shaped(ctx, text):
            continue
        if ctx.word_freq(text) > 0 or text.startswith(rules.credit_prefixes):  # 資料來源：
            continue
        if not _named_in_next_line(ctx, e, text):
            continue  # 導語：, 技術迭代：: a heading, not a company the news under it acts for
        if strip_country(ctx, s, e) != s or rules.name_place_re.match(text):
            continue
        if all(ch in rules.country_initials for ch in text):
            continue  # 英法德：聯合國已… — the countries that act
        words = ctx.words_in(s, e)
        if any(ctx.is_verb(w) or ctx.is_function_word(w) or breaks_name(ctx, w) for w in words):
            continue
        kind = rules.cjk_org_kind(text)
        if kind is None and (
            # 開營 + 現場：: a section's heading (富達 + 國際：, a weak ending, stays)
            (ctx.word_freq(words[-1]) >= COMMON_FREQ and words[-1] not in rules.weak_org_endings)

            or not plausible_cjk_name(ctx, s, e, strict=True)
        ):
            continue
        out.append(Cand(s, e, ORG, kind or "company", rule_id("headline_speaker"), 1, cue="："))
    return out


def _named_in_next_line(ctx: Ctx, pos: int, text: str) -> bool:
    """The line after the one holding ``pos`` (the news under a headline) writes ``text`` as
    the one who acts or speaks (``headline_subject_re``: 廈鎢新能公告, 光線傳媒在互動平台表示,
    富達國際的投資組合經理); a section heading the paragraph mentions (技術迭代在為行業帶來…)
    is none."""
    fold = ctx.fold
    start = fold.find("\n", pos)
    if start < 0:
        return False
    end = fold.find("\n", start + 1)
    end = end if end >= 0 else len(fold)
    return any(
        ctx.rules.headline_subject_re.match(fold, m_end)
        for m_start, m_end in places_of(text, fold, end)
        if m_start > start
    )


# Where a clause opens before a body's data: its mark, then a line's item number (3、, （二）).
_DATA_CLAUSE_MARK = re.compile(r"[，,。；;！？!?：:\n（(「」『』【】]")
_DATA_ITEM_MARK = re.compile(
    r"\s*(?:[0-9０-９]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,2}[）)])?\s*"
)
_DATA_LEAD_MAX = 24


def _clause_opening(fold: str, end: int, reach: int) -> int | None:
    """Where the clause that runs on to ``end`` opens: after the last clause mark within
    ``reach`` characters before it and a line's item number (17、, （二）) — the start of a
    name the clause leads with. None when no clause opens within reach (and the text does
    not start there): ``end`` is far inside one, so nothing before it leads the clause."""
    lo = max(0, end - reach)
    mark = max((k.end() for k in _DATA_CLAUSE_MARK.finditer(fold, lo, end)), default=-1)
    if mark < 0 and lo > 0:
        return None
    start = _DATA_ITEM_MARK.match(fold, max(mark, 0), end)
    return start.end() if start is not None else max(mark, 0)


def _data_sources(ctx: Ctx) -> list[Cand]:
    """中汽協資料顯示，…; 某統計局8月31日發布的數據顯示，…: a clause that opens with a body
    and then its figures shown (``data_shown_acts``) cites that body as 據 + X + 資料 does
    (orgs69). The same checks hold: the name's first word is no ordinary word (最新資料顯示,
    公開資料顯示, 財報資料顯示 name no body) and the whole is a source's name."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.data_shown_re.finditer(fold):
        d = m.start()
        if not ctx.is_boundary(d) or not ctx.is_boundary(m.end()):
            continue
        s = _clause_opening(fold, d, _DATA_LEAD_MAX)
        if s is None:
            continue  # no clause opens within a name's reach: the data word is far inside one
        if fold.startswith(rules.report_before, s):
            continue  # 據 + X + 資料顯示: the report's own pattern reads it (reported_re)
        tail = rules.data_lead_tail_re.search(fold, s, d)
        e = tail.start() if tail is not None else d
        verb = rules.data_publish_re.search(fold, s, e)
        if verb is not None:
            e = verb.start()  # 某某 + 發布財報 + 資料顯示: the body publishes its own record
        while e > s and (fold[e - 1].isspace() or fold[e - 1] in "）)"):
            e -= 1  # 麥肯錫(McKinsey)的數據顯示: the bracket closes the gloss, no part of it
        s = _after_source_kind(ctx, s, e)
        if e - s < 2 or (not fold[s:e].isascii() and e - s > 12):
            continue
        head = ctx.words_in(strip_country(ctx, s, e), e)
        if not head or ctx.word_freq(head[0]) >= COMMON_FREQ:
            continue  # 公開 + 資料顯示, 今年上半年 + 財報資料顯示: no body's name
        if not fold[s:e].isascii() and not _data_body_ok(ctx, s, e):
            continue  # 增值稅 + 發票資料顯示: a kind of record, no body
        if _source_name_ok(ctx, s, e):
            out.append(Cand(s, e, ORG, "other", rule_id("data_source"), 1, cue=m.group()))
    return out


def find_figure_subjects(ctx: Ctx) -> list[Cand]:
    """某科第2季營收為112億元, 某銀行去年盈利3658億元: a clause that opens with a short name,
    then a period of a report and a company's own figure with its amount, names the company
    that reports it (orgs69). The name is the whole clause opening: two to six characters of
    whole tokens, a name's shape (``_cjk_item_ok``: no kind, place, industry — 全球, 公司,
    伺服器 + 營收 are none — and no everyday word unless a period follows it)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.figure_subject_re.finditer(fold):
        e = m.start()
        while e > 0 and fold[e - 1].isspace():
            e -= 1
        s = _clause_opening(fold, e, 8)
        if s is None:
            continue
        e = _cut_figure_tails(ctx, s, e)
        # a period between the name and its figure (聯電 + 第三季 + 營收) lets a well-known word
        # through; with none, 雲端 + 營收 or 廣告 + 營收 is a segment's figure (rare names pass)
        relaxed = m.group("period") is not None
        if not 2 <= e - s <= 6 or not _cjk_item_ok(ctx, s, e, relaxed=relaxed):
            continue
        if _person_like(ctx, s, e) or rules.name_place_re.fullmatch(fold, s, e):
            continue
        words = ctx.words_in(s, e)
        if words and words[-1] in rules.figure_subject_not_last:
            continue  # 全 + 行業 + 實現營業收入: the whole trade reports, no one company
        if rules.report_period_re.search(fold, s, e):
            continue  # 第三季 + 雲端 + 營收: a period opens the clause, a segment's figure follows
        out.append(Cand(s, e, ORG, "company", rule_id("figure_subject"), 1, cue=m.group()))
    return out


def _cut_figure_tails(ctx: Ctx, s: int, e: int) -> int:
    """某某 + 自結, 歸母 (+ 淨利潤): the end of a clause opening before a figure, past the figure's
    qualifiers and the report's verbs (``figure_subject_tails``)."""
    fold, tails = ctx.fold, ctx.rules.figure_subject_tails
    cut = True
    while cut and e > s:
        cut = False
        for tail in tails:
            k = e - len(tail)
            # a one-character tail (共) only at a token's edge; a longer one anywhere: the
            # segmenter glues it to a word before (致 + 稅前 + 淨利 is cut 致稅前)
            if k >= s and fold.startswith(tail, k) and (len(tail) > 1 or ctx.is_boundary(k)):
                e, cut = k, True
                break
    return e


def _data_body_ok(ctx: Ctx, s: int, e: int) -> bool:
    """A Chinese run before shown data that can be a body: a list item's shape, and its last
    word no everyday noun (增值稅 + 發票, 平臺 + 預訂: a record, no body) unless it is a body's
    ending (民航局, 聯合會)."""
    if not _cjk_item_ok(ctx, s, e, relaxed=True):
        return False
    words = ctx.words_in(s, e)
    last = words[-1] if words else ""
    common = ctx.word_freq(last) >= COMMON_FREQ // 2
    return not common or ctx.rules.body_ending_re.search(last) is not None


def _source_cand(s: int, e: int, cue: str) -> Cand:
    return Cand(s, e, ORG, "other", rule_id("reported_by"), 1, cue=cue)


# A dateline: the medium, then its reporter or editor in parentheses or the day, then 訊 / 電.
# in square brackets too, its date with a year (【某台 2019 年 2 月 15 日訊】: orgs50)
_DATELINE = re.compile(
    r"^[【\[]?([^，。；！？\n（）()「」《》:：\s0-9【】\[\]]{2,8}?)\s*"
    r"((?:（[^）\n]{0,24}(?:記者|編輯)[^）\n]{0,12}）"
    r"|(?:[0-9]{4}\s*年\s*)?(?:[0-9]{1,2}\s*月\s*)?[0-9]{1,2}\s*日)\s*(?:訊|電))",
    re.MULTILINE,
)


# A clause opened by who reports, then its verb: 彭博社報導，…, CNBC 11月28日報導，….
_OPENING_REPORT = re.compile(
    r"(?:^|(?<=[。，；！？\n]))([^，。；！？\n（）()「」《》:：]{2,40}?)\s*"
    r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?\s*((?:報導|報道)(?=\s*[，,：:])|引述|援引)",
    re.MULTILINE,
)
# where ``_OPENING_REPORT`` can start (the text's start, after a newline or a clause's mark),
# its report words, and the marks neither its name nor the date and spaces after it hold
_CLAUSE_MARK = re.compile(r"[。，；！？\n]")
_OPENING_REPORT_WORD = re.compile(r"(?=報導|報道|引述|援引)")  # every start, overlapping too
_NOT_IN_OPENING = re.compile(r"[，。；！？（）()「」《》:：]")


def opening_reports(fold: str) -> list[re.Match[str]]:
    """What ``_OPENING_REPORT.finditer(fold)`` gives, asked only at the clause starts that
    have a report word before the next mark the match cannot hold (its name holds none, and
    what follows the name is spaces, digits and 年月日): the pattern opens with a look-behind
    and a lazy run of up to 40 characters, which ``re`` tried at every clause start of the
    text, where few clauses write a report word at all."""
    words = [m.start() for m in _OPENING_REPORT_WORD.finditer(fold)]
    if not words:
        return []
    marks = [m.start() for m in _NOT_IN_OPENING.finditer(fold)]

    def starts() -> Iterator[int]:
        for start in itertools.chain((0,), (m.end() for m in _CLAUSE_MARK.finditer(fold))):
            k = bisect.bisect_left(words, start + 2)
            if k == len(words):
                return  # no report word after here: no match either
            j = bisect.bisect_left(marks, start)
            if j == len(marks) or marks[j] >= words[k]:
                yield start

    return matches_at(_OPENING_REPORT, fold, starts())


def _past_people_tail(ctx: Ctx, s: int, e: int) -> int:
    """據介面新聞 + 記者報導, 彭博 + 分析師報導: the people of a source (``frame_not_tails``)
    written after its name are no part of it; the source ends before them."""
    for tail in sorted(ctx.rules.frame_not_tails, key=len, reverse=True):
        cut = e - len(tail)
        if cut - s >= 2 and ctx.fold.startswith(tail, cut, e) and ctx.is_boundary(cut):
            return cut
    return e


def _source_name_ok(ctx: Ctx, s: int, e: int, *, end_cut: bool = False) -> bool:
    """Whether ``fold[s:e]``, cited as the source of a report, is a name and not who reports
    in general (媒體, 記者, 外電, 本報). ``end_cut``: the end is known from a cue word the
    segmenter may have glued to the name (新聞 + 記者 is one word)."""
    rules = ctx.rules
    name = ctx.fold[s:e]
    if rules.is_generic(name) or name in rules.domain_terms or name in rules.source_kind_heads:
        return False
    if ctx.fold[strip_country(ctx, s, e) : e] in rules.source_kind_heads:
        return False  # 沙特 + 媒體報道: a country's press in general, no one source (orgs50)
    if not name.isascii():
        if not (ctx.is_boundary(s) and (end_cut or ctx.is_boundary(e))):
            return False
        return plausible_cjk_name(ctx, s, e, strict=False) and ctx.word_freq(name) < RARE_FREQ
    return not rules.is_not_name(name)
