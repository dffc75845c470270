"""Tokens and name boundaries: where a name may start and end.

A name is a run of whole tokens; these helpers walk tokens back from a suffix or
forward from a start, and stop at a verb, a function word, a mark or a numeral.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from pipeline.extract.entities.rules import (
    CHINESE_NUMERAL,
    CJK_RE,
    NAME_BREAK,
)

if TYPE_CHECKING:
    pass
from pipeline.extract.entities.types import Ctx

# A token this common in the dictionary is an ordinary word, not a name (半導體, 面板).
COMMON_FREQ = 1000
# A strict suffix (公司, 生技) needs a word rarer than this before it: a proper name.
RARE_FREQ = 300
# A word written this often in the dictionary's corpus is an ordinary word (大盤, 贊助,
# 測試); a coined name is rarer (超微, 任天堂, 英飛凌): what a gloss in parentheses translates.
GLOSS_FREQ = 100
# A word the dictionary saw fewer times than this is coined (寧德 2, 輝達 6): a name's own mark
# in a pair with no other sign; a term's word is seen more (積壓 13, 交換器 36: orgs89).
COINED_FREQ = 10
# 各國, 該, 其他: a word that picks out members of a kind, never inside a name.
DETERMINER = re.compile(r"^(?:各|每|該|此|這|那|其他|其它|所有|部分|諸|同一)")
# A word ending so names a kind of trader (設備商, 電池廠): never the start of a name.
TRADE_WORD_ENDS = "商廠"
# Units written right after a number in a date (2023年12月15日): never the start of a name.
DATE_UNITS = "年月日號"
# Clause breaks: a possessive or a list does not reach across them.
CLAUSE_BREAK = re.compile(r"[，。；！？\n]")

# --------------------------------------------------------------------------- helpers


def _breaks_name(ctx: Ctx, tok: str) -> bool:
    rules = ctx.rules
    return (
        tok in rules.stop_tokens
        or tok in rules.coordinators
        or bool(NAME_BREAK.search(tok))
        or any(ch.isdigit() for ch in tok)
        or bool(CHINESE_NUMERAL.match(tok))
        or ctx.is_function_word(tok)
    )


def _role_unit(ctx: Ctx, i: int) -> bool:
    """Token ``i`` is a role's unit word right after the role (主辦 + 單位, 牽頭 + 單位)."""
    rules, toks = ctx.rules, ctx.tokens
    if i == 0 or ctx.fold[slice(*toks[i])] not in rules.role_unit_words:
        return False
    return ctx.fold[slice(*toks[i - 1])] in rules.role_unit_verbs


def _oov_glued_char(ctx: Ctx, i: int, start: int) -> bool:
    """Token ``i`` is one Chinese character, no function character at a name's edge, glued
    between a word the dictionary does not know (億緯鋰, read by the segmenter's guessing) and
    the name walked so far (``start``): the segmenter split a coined name's last character off
    as a word of its own (能, a modal), and it stays inside the name (orgs53)."""
    fold, toks = ctx.fold, ctx.tokens
    s, e = toks[i]
    if e != start or e - s != 1 or i == 0 or fold[s] in ctx.rules.edge_chars:
        return False
    ps, pe = toks[i - 1]
    prev = fold[ps:pe]
    return (
        pe == s
        and len(prev) >= 2
        and all(CJK_RE.match(ch) for ch in prev)
        and ctx.word_freq(prev) == 0
        and CJK_RE.match(fold[s]) is not None
    )


def breaks_name(ctx: Ctx, tok: str) -> bool:
    """A token that never sits inside a name: a stop word, a mark, a numeral, a function word."""
    return _breaks_name(ctx, tok)


def _short_latin(tok: str, allowed: bool) -> bool:
    """A letter or two inside a Chinese name: T in 嵌合抗原受體 T 細胞, SK in SK海力士."""
    return allowed and tok.isascii() and len(tok) <= 2


# A magnitude written alone as a token: a number's unit after digits or a numeral (3,000 + 萬), the
# first character of a name after anything else (的 + 萬 + 勝發科技)
_LONE_MAGNITUDES = frozenset("萬億千百")


def _counts(ctx: Ctx, i: int) -> bool:
    """Token ``i`` is a number (digits or a Chinese numeral): what follows it counts."""
    if i < 0:
        return False
    tok = ctx.fold[ctx.tokens[i][0] : ctx.tokens[i][1]]
    return any(ch.isdigit() for ch in tok) or bool(CHINESE_NUMERAL.match(tok))


def walk_back_name(
    ctx: Ctx, end: int, max_chars: int, *, allow_latin: bool = False, registered: bool = False
) -> int:
    """Start of the name that ends at ``end``: tokens back to a stop word, mark or numeral.

    ``registered``: the name ends in a registered legal ending (股份有限公司), which vouches
    for a coined name's character the segmenter split off (``_oov_glued_char``)."""
    rules = ctx.rules
    i = ctx.token_index_ending_at(end)
    start = end
    endings = rules.name_end_tokens
    while i is not None and i >= 0:
        s, e = ctx.tokens[i]
        tok = ctx.fold[s:e]
        if end - s > max_chars:
            break
        if e == end and tok in endings:
            pass  # 所 / 處 end a name here even though the dictionary calls them particles
        elif tok.isspace():
            # one space between a Latin letter and a Chinese word (嵌合抗原受體 T 細胞)
            if not allow_latin or tok != " " or i == 0:
                break
            prev = ctx.fold[ctx.tokens[i - 1][1] - 1]
            if not (prev.isascii() and prev.isalpha()) and not CJK_RE.match(prev):
                break
        elif tok in _LONE_MAGNITUDES and e < end and not _counts(ctx, i - 1):
            pass  # 的 + 萬 + 勝發科技: a magnitude after no number opens a name (orgs38)
        elif _role_unit(ctx, i):
            break  # 主辦 + 單位 + 某某總會: the role's unit word is no part of the name (orgs70)
        elif registered and _oov_glued_char(ctx, i, start):
            pass  # 億緯鋰 + 能 + 股份有限公司: a name's last character the segmenter split off
        elif _breaks_name(ctx, tok) or not (CJK_RE.search(tok) or _short_latin(tok, allow_latin)):
            break
        start = s
        i -= 1
    while start < end and ctx.fold[start].isspace():
        start += 1
    start = _unglue_head(ctx, start, end)
    start = _out_of_split_word(ctx, start, end)
    start = _into_split_locative(ctx, start, end)
    # after a number, the date glues to a verb (15日獲, 12月 獲): measure words and verbs go
    k = ctx.token_index_at(start)
    prev = ctx.fold[ctx.tokens[k - 1][0] : ctx.tokens[k - 1][1]] if k else ""
    if k is not None and any(ch.isdigit() for ch in prev):
        while k < len(ctx.tokens) and ctx.tokens[k][1] <= end - 2:
            s, e = ctx.tokens[k]
            tok = ctx.fold[s:e]
            glued = len(tok) == 1 or (ctx.word_freq(tok) == 0 and len(tok) <= 3)
            if not (glued and all(ch in ctx.glue_chars or ch in DATE_UNITS for ch in tok)):
                break
            start = e
            k += 1
    return start


_NUMBER_TOKEN = re.compile(r"[0-9][0-9.,，]*")


def opens_counted(ctx: Ctx, start: int) -> bool:
    """36 + 支 + 硬科技團隊, 81.52 + 億 + 淨流入證券, 兩類 + 組織基因, 一 + 群創 + 業者: a run that
    opens with a counting word right after a number, or with a written number and a counting
    word of its own, says how many of something there are; it is no name, whatever suffix or
    lexicon name the words after it hold (orgs38). The number must be a token of its own (統一
    + 家 is no count: the walk back would have taken 統一 into the name)."""
    rules, fold = ctx.rules, ctx.fold
    first = fold[start : start + 1]
    if first in rules.count_numerals and fold[start + 1 : start + 2] in rules.count_classifiers:
        return ctx.is_boundary(start + 2)  # 兩類 + 組織: the count is a word of its own
    if (
        first in rules.count_numerals
        and fold[start + 1 : start + 2] in rules.count_approximators
        and fold[start + 2 : start + 3] in rules.count_classifiers
    ):
        return ctx.is_boundary(start + 3)  # 百餘家 + 頭部基金管理公司: a rough count (orgs41)
    if first not in rules.count_classifiers:
        return False
    k = ctx.token_index_ending_at(start)
    if k is not None and k > 0 and fold[ctx.tokens[k][0] : ctx.tokens[k][1]].isspace():
        k -= 1  # 36 + " " + 支: a space between the number and its counting word
    if k is None:
        return False
    prev = fold[ctx.tokens[k][0] : ctx.tokens[k][1]]
    return bool(_NUMBER_TOKEN.fullmatch(prev)) or all(ch in rules.count_numerals for ch in prev)


def _out_of_split_word(ctx: Ctx, start: int, end: int) -> int:
    """其 + 中清陶 + 能源: the segmenter split a joining word (其中, 當中) and glued its second
    character to the name after it; the name starts past that character, unless the two
    characters there make a common word of their own (其 + 中國子公司 keeps 中國; the
    segmenter's rare 中清 of 其 + 中清 + 陶能源 does not) (orgs41)."""
    fold = ctx.fold
    if (
        start > 0
        and end - start >= 3
        and fold[start - 1 : start + 1] in ctx.rules.stop_tokens
        and ctx.word_freq(fold[start : start + 2]) < RARE_FREQ
    ):
        return start + 1
    return start


def _into_split_locative(ctx: Ctx, start: int, end: int) -> int:
    """相關公司 + 中 + 通 + 快遞: the segmenter read 中 as the locative after a word and left the
    name's next character alone; a name never opens with a lone character (no function word)
    right after a lone locative of ``split_locatives``, so it takes the locative in (中通快遞,
    not 通快遞) (orgs43)."""
    fold = ctx.fold
    k = ctx.token_index_at(start)
    if k is None or k < 2 or end - start < 2:
        return start
    s, e = ctx.tokens[k]
    ps, pe = ctx.tokens[k - 1]
    tok, prev = fold[s:e], fold[ps:pe]
    if (
        len(tok) == 1
        and CJK_RE.match(tok)
        and not ctx.is_function_word(tok)
        and tok not in ctx.rules.stop_tokens
        and prev in ctx.rules.split_locatives
        and len(fold[ctx.tokens[k - 2][0] : ctx.tokens[k - 2][1]]) >= 2
    ):
        return ps
    before = fold[ctx.tokens[k - 2][0] : ctx.tokens[k - 2][1]]
    if (
        prev in ctx.rules.split_locatives
        and len(tok) >= 2
        and (before in ctx.object_verbs or ctx.is_verb(before))
        and ctx.word_freq(prev + tok[0]) > 0
    ):
        return ps  # 聘任 + 中 + 興華 + 會計師事務所: no locative after a verb; 中興 opens the name
    return start


def _unglue_head(ctx: Ctx, start: int, end: int) -> int:
    """並與宏田 + 食品: a word jieba guessed (not in its dictionary) may have swallowed a
    joining word in front of the name; the name starts after it."""
    k = ctx.token_index_at(start)
    if k is None:
        return start
    s, e = ctx.tokens[k]
    tok = ctx.fold[s:e]
    if len(tok) < 3 or ctx.word_freq(tok) or not CJK_RE.match(tok):
        return start
    rules = ctx.rules
    for head in (tok[:2], tok[:1]):
        if head in _LONE_MAGNITUDES and not _counts(ctx, k - 1):
            continue  # 的 + 萬勝發 + 科技: a magnitude after no number is the name's (orgs38)
        joins = head in rules.stop_tokens or head in rules.coordinators
        if (joins or ctx.is_function_word(head)) and end - (s + len(head)) >= 2:
            return s + len(head)
    if tok[0] in TRADE_WORD_ENDS and end - (s + 1) >= 2 and _ends_trade_word(ctx, k):
        return s + 1
    return start


def _ends_trade_word(ctx: Ctx, k: int) -> bool:
    """LED + 廠聯嘉 + 光電, LED + 廠富采 + 投控: the segmenter glued the 廠 (商) that ends a
    word for a kind of maker (LED廠, 面板廠) to the unknown name after it; the name starts
    past it. Only right after a word of its own — a Latin word or a Chinese one that is no
    stop or function word — so the 廠 has a word to end (orgs64)."""
    if k == 0:
        return False
    ps, pe = ctx.tokens[k - 1]
    if pe != ctx.tokens[k][0]:
        return False
    prev = ctx.fold[ps:pe]
    if prev.isascii():
        return prev.isalnum() and any(ch.isalpha() for ch in prev)
    return (
        len(prev) >= 2
        and all(CJK_RE.match(ch) for ch in prev)
        and prev not in ctx.rules.stop_tokens
        and not ctx.is_function_word(prev)
    )


def walk_forward_name(ctx: Ctx, start: int, max_chars: int) -> int:
    """End of a name starting at ``start``: tokens up to a verb, stop word or mark."""
    rules = ctx.rules
    i = ctx.token_index_at(start)
    end = start
    while i is not None and i < len(ctx.tokens):
        s, e = ctx.tokens[i]
        tok = ctx.fold[s:e]
        if e - start > max_chars or tok.isspace() or _breaks_name(ctx, tok):
            break
        if tok in rules.company_verbs or not CJK_RE.search(tok):
            break
        if end > start and tok in ctx.transitive_verbs:  # 鼎碩 + 面臨: a verb ends the name
            break
        if end > start and tok in rules.metric_after_name:  # 某某 + 漲幅 + 領先: its figure
            break
        end = e
        i += 1
    return end


def strip_generic_head(ctx: Ctx, start: int, end: int) -> int:
    """Skip leading tokens such as 知名 or 生醫新創 that qualify a name without being part of it."""
    rules = ctx.rules
    i = max(bisect.bisect_right(ctx.starts, start) - 1, 0)
    while i < len(ctx.tokens):
        s, e = ctx.tokens[i]
        if e <= start:
            i += 1
            continue
        if e >= end or ctx.fold[max(s, start) : e] not in rules.generic_modifiers:
            break
        start = e
        i += 1
    return start


def after_trade_word(ctx: Ctx, start: int, end: int) -> int:
    """Past the last word for a kind of trader before ``end``: 設備商 / 電池廠 + 組成聯盟.

    Such a word (…商, …廠) names a category of companies, so a name read back from a
    suffix starts after it, as it does after 業者 or 廠商.
    """
    i = max(bisect.bisect_right(ctx.starts, start) - 1, 0)
    cut = start
    while i < len(ctx.tokens) and ctx.tokens[i][1] <= end - 2:
        s, e = ctx.tokens[i]
        tok = ctx.fold[s:e]
        if s >= start and len(tok) >= 2 and tok[-1] in TRADE_WORD_ENDS and CJK_RE.match(tok):
            cut = e
        i += 1
    return cut


# an ordinal or a determiner before a written number (前 + 十名, 第 + 一台, 這 + 十一家)
_COUNT_OPENERS = "前第這那每各"


def holds_count_or_time(ctx: Ctx, toks: Sequence[str]) -> bool:
    """漲幅 + 前十名 + 公司, 推一家 + 公司, 觸發 + 一場 + 科技, 多少間 + 公司, 上一季 + 公司: a
    written number and its counting word anywhere in a run count or pick out what follows, and
    a word of time tells when; neither is ever part of a name (orgs88). The segmenter may glue
    the count to the word before it (推一家); a word the number makes with that word (統一 + 家)
    is no count, nor is a number of 數 or 多 alone (數位, 多項 are words of their own)."""
    rules = ctx.rules
    nums, approx = rules.count_numerals, rules.count_approximators
    kinds = rules.run_count_classifiers
    for i, tok in enumerate(toks):
        if tok in rules.run_time_words:
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        for k in range(2, len(tok)):
            if tok[:k] in rules.quantity_words and tok[k:] in kinds:
                return True  # 多少 + 間
        p = next((k for k, ch in enumerate(tok) if ch in nums), None)
        if p is None:
            continue
        q = p
        while q < len(tok) and (tok[q] in nums or (q > p and tok[q] in approx)):
            q += 1
        head, number, rest = tok[:p], tok[p:q], tok[q:] or nxt
        if number in ("數", "多") or len(rest) != 1 or rest not in kinds:
            continue
        if not head or all(ch in _COUNT_OPENERS for ch in head):
            return True
        if ctx.word_freq(head + number) == 0:
            return True  # 推 + 一家: no word of the two (統一 + 家 is one)
    return False


def plausible_cjk_name(ctx: Ctx, name_start: int, name_end: int, *, strict: bool) -> bool:
    """A Chinese name part is not a common noun: 長聖國際 yes, 細胞治療 / 教學 / 相關 no.

    ``strict`` (for 公司 / 生技 …) also wants a rare word in it: a proper name.
    """
    rules = ctx.rules
    prefix = ctx.fold[name_start:name_end]
    if len(prefix) < 2 or rules.is_generic(prefix):
        return False
    toks = ctx.words_in(name_start, name_end)
    if not toks or all(rules.is_generic(t) for t in toks):
        return False
    if toks[-1] in rules.category_modifiers:
        return False  # 覆核 + 整體 + 公司: the company as a whole, no company's name
    if any(t in rules.quantity_words for t in toks):
        return False  # 任何 + 先進科技, 超 + 六成 + 公司: companies counted, none named (orgs63)
    if holds_count_or_time(ctx, toks):
        return False  # 漲幅 + 前十名 + 公司, 上一季 + 公司: a count or a time, no name (orgs88)
    # a one-character adverb (能, 越, 更) may be part of an unknown name (昱晴光能); a
    # joining character (為, 與, 等) or a longer function word (無不, 將於) never is
    # 嘉 + 和 + 生物: a one-character joiner right after a lone first character joins no two
    # words (one character is no item of a list); it is the name's own character
    glued = 1 if len(toks) > 2 and len(toks[0]) == 1 and CJK_RE.match(toks[0]) else -1
    if any(
        (ctx.is_function_word(t) and (len(t) > 1 or t in rules.edge_chars) and i != glued)
        or DETERMINER.match(t)
        for i, t in enumerate(toks)
    ):
        return False
    if strict:
        # the distinctive word leads: 細胞治療公司 is a kind of company, 天力離岸風電科技 one
        if toks[0] in rules.domain_terms or rules.is_generic(toks[0]):
            return False
        # a verb and its object (建立磷酸鋰鐵電池 + 材料) is no name; a lone verb may be (合一生技)
        if len(toks) > 1 and ctx.is_verb(toks[0]):
            return False
        return any(
            (ctx.word_freq(t) < RARE_FREQ and not rules.is_generic(t)) or t.isascii()
            for t in _join_single_chars(toks)
        )
    return True



def _join_single_chars(toks: list[str]) -> list[str]:
    """Runs of one-character tokens joined: 宏 + 崴 + 先進 → 宏崴, 先進.

    A word the dictionary does not know may come out of the segmenter one character at
    a time; joined again it is the rare word a name is made of.
    """
    out: list[str] = []
    run = ""
    for t in toks:
        if len(t) == 1 and CJK_RE.match(t):
            run += t
            continue
        if run:
            out.append(run)
            run = ""
        out.append(t)
    if run:
        out.append(run)
    return out


def entity_tokens(
    fold: str, spans: Iterable[tuple[int, int]], freq: Mapping[str, int] | None, edge_chars: str
) -> list[tuple[int, int]]:
    """The segments the entity rules read: jieba's, with joining words cut off its guesses.

    Where the dictionary knows no word, jieba's HMM glues characters into a guessed word,
    and a function character next to an unknown name is often glued to it (衡為, 電等,
    有宏翔: 岳衡 + 為, 科億光 + 電等, 有 + 宏翔精機). Such a character (``edge_chars``) at
    either end of a guessed word is made a token of its own, so that the name starts or
    ends on a token edge.
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if e - s < 2 or freq is None or freq.get(fold[s:e]) or not CJK_RE.match(fold[s]):
            out.append((s, e))
            continue
        head = s + 1 if fold[s] in edge_chars else s
        tail = e - 1 if fold[e - 1] in edge_chars and e - 1 > head else e
        if head > s:
            out.append((s, head))
        if tail > head:
            out.append((head, tail))
        if tail < e:
            out.append((tail, e))
    return out


def strip_country(ctx: Ctx, start: int, end: int) -> int:
    """Leave a leading foreign country out of a name (日本 + 醫藥品醫療機器綜合機構).

    Taiwan stays: in 台灣電力公司 or 臺灣精準醫療產業協會 it is part of the name.
    """
    name = ctx.fold[start:end]
    for country in ctx.rules.country_prefixes:
        if country in ctx.rules.kept_country_words:
            continue
        if name.startswith(country) and len(name) - len(country) >= 2:
            s = start + len(country)
            while s < end and ctx.fold[s] == " ":
                s += 1
            return s
    return start
