"""Finding products and organizations that no lexicon lists, by their context.

A report always names companies and products the lexicons have never seen, but
it names them in a few set ways: a Latin-script name before 開發的 / 公司 / 治療 or
after 療法 / 藥物 / 產品, a company suffix (Therapeutics, 生技), a code name
(ABBV-RGX-314), a list closed by 等公司 or opened by 業者如, a source line, a
「country + …部」 government body, a sub-unit written after a known body
(衛福部 + 醫事司), a pair 輝達（NVIDIA）. Each ``find_*`` here is a pure scan of
the text that returns candidates with the rule that found them; the entity
stage weighs and resolves them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline import segment
from pipeline.chars import FIELD_MARK, fold_width
from pipeline.extract.entities.abbrev import goods_term
from pipeline.extract.entities.generic import (
    KIND_FREQ,
    PLACE_OR_SPACE,
    framed_node,
    listed_names,
    place_named,
)
from pipeline.extract.entities.lexicon import Lexicons, OrgEntry, ProductEntry
from pipeline.extract.entities.rules import (
    CJK,
    CJK_MODEL,
    CJK_RE,
    CODE_NAME,
    CODE_NUMBER,
    DASHLESS_CODE,
    LATIN_RUN,
    MODEL_NUMBER,
    ROMAN,
    STOCK_CODE,
    STOCK_CODE_AFTER,
    TARGET_FAMILY_RE,
    URL_RE,
    Rules,
    fold_target,
    is_acronym,
)
from pipeline.regexes import BeforeAnchor, gated, matches_at

if TYPE_CHECKING:
    pass
from pipeline.extract.entities.tokens import (
    CLAUSE_BREAK,
    COMMON_FREQ,
    GLOSS_FREQ,
    RARE_FREQ,
    TRADE_WORD_ENDS,
    after_trade_word,
    breaks_name,
    plausible_cjk_name,
    strip_country,
    strip_generic_head,
    walk_back_name,
    walk_forward_name,
)
from pipeline.extract.entities.types import (
    ORG,
    PRODUCT,
    Cand,
    Ctx,
    SpanReach,
    find_literals,
    hits_of_each,
    literal,
    places_of,
    rule_id,
)

# A capital right after a lower-case letter inside a word: CoWoS, SunArc, iPhone.
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# a small letter before capitals alone (sNDA, mRNA, eVTOL: supplemental, messenger …) prefixes
# initials; a small letter inside them (CoWoS, SoIC: "on") may still name a product
_PREFIXED_INITIALS = re.compile(r"[a-z][A-Z]{2,}[0-9]*")
# ，chronic lymphocytic leukemia）: English words spelling out a short form, to its parenthesis
_SPELLED_OUT = re.compile(r"\s*[，,;；]\s*[A-Za-z][A-Za-z\- ]{3,80}[）)]")
# 於, 已於, 亦於 … right after a name: what follows says when or where it acted.
_WORD = re.compile(r"\S+")
_AMOUNT_TAIL = re.compile(r"(?<=[A-Za-z])[0-9][0-9.,]*$")
_MAGNITUDES = frozenset("萬億千百兆")
_SHARE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_OF_END = re.compile(r"的\s*$")
_NUMBER_END = re.compile(r"[0-9] ?$")
# What a list item may carry in parentheses before the next item: a figure (its sales, price,
# share), not a word that glosses or types it
_ITEM_ATTRIBUTE = re.compile(r"\s*[（(][^（）()\n、0-9]{0,20}[0-9][^（）()\n、]{0,30}[）)]")
# Between a company and its model: 則以, 亦推出, 的新款 …
_MODEL_GAP = re.compile(
    r"\s*(?:則|亦|也|並|將|已|再|另|即)?(?:以|推出|發表|採用|搭載|的|之)(?:新款|新一代)?\s*$"
)
# A business unit in capitals right after a Chinese company name: 三星 + SDI.
# A model code: letters, then digits (AT-3, H20, A17, F-16A/B); a product right before a
# word for a kind of product.
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,5}-?[0-9]{1,5}[A-Za-z]{0,3}(?:/[A-Z]{1,2})?")
_LATIN_UNIT = re.compile(r"[A-Z]{2,5}(?![A-Za-z0-9\-])")
# What closes a list item after a company name and its capitals (華虹NEC、, 某某ABC；).
_LATIN_UNIT_CLOSERS = frozenset("、，,；;")
# What follows a number that makes it an amount or a date: 196.2億, 3,000萬, 270萬, 2023年.
_AMOUNT_AFTER = re.compile(r"(?:[.,][0-9]+)*[萬億千百兆年月日%％]")
# A unit after a number, past its decimals: 115.2Tbps.
_UNIT_AFTER = re.compile(r"(?:[.,][0-9]+)*[A-Za-z]")
# The code opening a row of a financial statement: A22300, B01800, C7.
_ROW_CODE = re.compile(r"[A-Z]{1,2}[0-9]{4,6}|[A-Z][0-9]{1,2}")


# --------------------------------------------------------------------------- Latin names


@dataclass
class Run:
    start: int
    end: int
    name: str
    evidence: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rules_hit: dict[str, str] = field(default_factory=dict)
    kind: str | None = None
    end_ext: int | None = None  # end including a Chinese suffix (ITIS研究團隊)
    form_end: int | None = None  # end including a dosage form (XYZ-12注射液)
    not_name: bool = False  # an acronym of the trade: a name only with a suffix (ITIS研究團隊)
    known: bool = False  # a lexicon hit, taking part only as a neighbour in lists

    def add(self, label: str, strength: int, rule: str, kind: str | None = None) -> None:
        self.evidence[label] += strength
        self.rules_hit.setdefault(label, rule)
        if kind and label == ORG and self.kind is None:
            self.kind = kind

    @property
    def label(self) -> str | None:
        evidence = self.evidence
        if len(evidence) < 2:  # none, or one label (the most runs): nothing to weigh
            return next(iter(evidence), None)
        best = max(self.evidence.values())
        labels = [k for k, v in self.evidence.items() if v == best]
        if len(labels) == 1:
            return labels[0]
        return ORG if self.kind else None


# variants listed with slashes (Air/Pro/Pro Max): the words of a run split at spaces and slashes
_SLASHED = re.compile(r"[\s/]+")
# a model number written after a space and a Chinese line's name: three to five digits (and a
# letter), or one or two digits and a lower-case letter (天璣 8400, 驍龍 8s)
_SPACED_CJK_MODEL = re.compile(r"[0-9]{3,5}[A-Za-z]?|[0-9]{1,2}[a-z]")
# two or more names of one word each joined by slashes, each opening with a letter and at least
# two characters long (Windows/Mac/Android, PS5/Xbox/Switch)
_SLASH_NAMES = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]+(?:/[A-Za-z][A-Za-z0-9+.\-]+)+")


# a word after a line's name that carries a model: 2, 14, 2+, S24, 9a (not 2025: a year)
_SHAPE_NUMBER = re.compile(r"[A-Z]{0,2}[0-9]{1,4}[A-Za-z]?\+?")


# a series letter, a capitalised word and a model number: Z Fold 4, Z Flip 3 (not a year)
_LETTER_LINE_MODEL = re.compile(r"[A-Z] [A-Z][a-z]{2,} (?!(?:19|20)[0-9]{2}\b)[0-9]{1,4}\+?")


def _model_shaped(rules: Rules, name: str) -> bool:
    """Powerbeats Pro 2, FreeBuds Pro 2+, Redmi Note 14 Pro+, MacBook Air: a Latin run whose
    first word is a line's name and whose later words are model numbers and variant words,
    one of them at least a variant word (``model_shape_words``), names a product by its
    shape: no company, standard or place is written so. A first word the trade uses for a
    kind of thing (AI Pro, USB Plus) or a year (2025 Pro) makes no line."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    head, rest = words[0], [w.rstrip("+") for w in words[1:]]
    if _LETTER_LINE_MODEL.fullmatch(name) and not rules.is_not_name(words[1]):
        return True  # Z Fold 4, Z Flip 3: a series letter, the line's word, its number (prods58)
    if (
        not head[:1].isalpha()
        or head.casefold() in rules.model_variant_words
        or rules.is_not_name(head)
        or any(_YEAR.fullmatch(w) for w in rest)
    ):
        return False
    shaped = [
        w.casefold() in rules.model_shape_words
        or w.casefold() in rules.model_variant_words
        or bool(_SHAPE_NUMBER.fullmatch(w))
        for w in rest
    ]
    # Amazfit PowerBuds Pro: more words of the line's name may come before the model's tail
    k = len(shaped)
    while k > 0 and shaped[k - 1]:
        k -= 1
    line = rest[:k]
    return (
        k <= 2
        and all(w[:1].isupper() and not rules.is_not_name(w) for w in line)
        and any(w.casefold() in rules.model_shape_words for w in rest[k:])
    )


# a coined word: a capital inside it after a lower-case letter (iPhone, macOS, PCMark, HarmonyOS)
_COINED_WORD = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
# a version number after a line's name: 5, 26, 10, 26.2, 8040 (not 2025: a year)
_COINED_VERSION = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,2})?")


def _coined_version(rules: Rules, name: str) -> bool:
    """iPhone 5, macOS 26, PCMark 10, macOS 26.2: a coined word (a capital inside it) and a
    version number is a product's model (prods52): a company whose name is coined so writes
    no bare number after it, save a year (TrendForce 2024) or a count (a unit follows)."""
    words = name.split()
    return (
        len(words) == 2
        and _COINED_WORD.fullmatch(words[0]) is not None
        and not rules.is_not_name(words[0])
        and _COINED_VERSION.fullmatch(words[1]) is not None
        and not _YEAR.fullmatch(words[1])
    )


def _plus_variant(rules: Rules, run: str) -> bool:
    """Redmi Note 14 Pro+, iPhone 6 Plus+: a plus right after a variant word that follows a
    line's name is part of the model's name, as after a model number."""
    words = run.split()
    return (
        len(words) > 1
        and run.endswith("+")
        and words[-1][:-1].casefold() in rules.model_shape_words
    )


def _trade_acronym(rules: Rules, word: str) -> bool:
    """A word that is never a name and is no word of English: GPU, AI, 5G (not Smart, New)."""
    return rules.is_not_name(word) and not (word[:1].isupper() and word[1:].islower())


_DAY = re.compile(r"[0-9]{1,2}")
# S25+, Note 10+: a plus right after a model number (letters before it) is part of the name
_PLUS_MODEL = re.compile(r"[A-Za-z][A-Za-z]*[ ]?[0-9]+\+$")
# Disney+, aiDAPTIV+: one word with a small letter (a name, not initials such as AI+) ends in a
# plus that joins nothing after it (prods31): the plus is the name's
_PLUS_NAME = re.compile(r"(?=[A-Za-z]*[a-z])[A-Za-z]{3,}[A-Za-z0-9]*\+(?![A-Za-z0-9+])")


# A legal form after a comma ends the name before it (Acme Trading HongKong, Ltd; Nordvale
# Trading Co., Ltd.): the comma is the registry's way of writing it, not a list.
_COMMA_LEGAL = re.compile(
    r",[ ]?(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|LLP|L\.?P\.?|Corp\.?|S\.A\.|AG|GmbH|plc|PLC"
    r"|N\.V\.)"
    r"(?![A-Za-z0-9&])",
    re.IGNORECASE,  # FOCALTECH ELECTRONICS, LTD.
)


# Legal forms that close a registered name: a capitalized word after one opens another name.
_CLOSING_FORMS = frozenset(
    [
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "limited",
        "llc",
        "l.l.c.",
        "lp",
        "l.p.",
        "llp",
        "corp",
        "corp.",
        "corporation",
        "gmbh",
        "plc",
        "n.v.",
        "s.a.",
        "bhd",
        "bhd.",
    ]
)


# The same with and without their dot, and Co.: what an acronym may carry as its name's tail.
_TAIL_FORMS = _CLOSING_FORMS | {f.rstrip(".") for f in _CLOSING_FORMS} | {"co", "co."}


def _starts_a_cell(fold: str, words: list[tuple[int, int]], start: int, i: int) -> bool:
    """Word ``i + 1`` written already in this cell: at once (Realtek + Realtek Germany), or
    in another case (SIMPLO HOLDINGS + Simplo Technology USA): the next cell starts there."""
    nxt = fold[slice(*words[i + 1])]
    if not nxt[:1].isupper():
        return False
    if fold[slice(*words[i])].casefold() == nxt.casefold():
        return True
    return any(
        fold[slice(*w)].casefold() == nxt.casefold() and fold[slice(*w)] != nxt
        for w in words[start : i + 1]
    )


def _caps_cell_after(fold: str, words: list[tuple[int, int]], i: int) -> bool:
    """Lumatek + NWW MANUFACTURING CO.,LTD.: a word in mixed case, then two or more words in
    capitals to the run's end, is two cells; a registry writes one name in one case."""
    word = fold[slice(*words[i])]
    rest = [fold[slice(*w)] for w in words[i + 1 :]]
    # Eight Partners + VC LLC: an acronym and a legal form alone are the name's own tail
    body = [w for w in rest if w.casefold().rstrip(",") not in _TAIL_FORMS]
    return (
        word[:1].isupper()
        and any(ch.islower() for ch in word)
        and len(body) >= 2
        and all(w.isupper() and sum(ch.isalpha() for ch in w) >= 2 for w in rest)
    )


def _cells_of_one_run(
    rules: Rules, fold: str, words: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """Leading Enterprises Limited + Apple Inc., Amber Universal Inc. + Bluocean Inc.: table
    cells a PDF line joins into one run; a closing legal form (not the run's last word) before
    a capitalized word that is no legal form or company word itself ends one name there
    (Evergreen Insurance Company Limited, Pte. Ltd., Limited Partners stay whole).
    A word written again at once (SIMPLO + Simplo Technology, Realtek + Realtek Germany) or
    in another case later also ends a cell: no name repeats a word so, but a holder column
    and a name column do.
    Returns the names that end inside ``words``, in order; the rest of the run follows them."""
    pieces: list[list[tuple[int, int]]] = []
    start = 0
    for i, (a, b) in enumerate(words[:-1]):
        nxt = fold[words[i + 1][0] : words[i + 1][1]]
        if _starts_a_cell(fold, words, start, i) or _caps_cell_after(fold, words, i):
            pieces.append(words[start : i + 1])
            start = i + 1
            continue
        if fold[a:b].casefold() not in _CLOSING_FORMS or i == start:
            continue
        if not nxt[:1].isupper() or nxt.casefold() in rules.latin_suffix_kind:
            continue
        pieces.append(words[start : i + 1])
        start = i + 1
    return pieces


def _counted_after(rules: Rules, fold: str, e: int) -> bool:
    """What follows a number at ``e`` counts goods: a magnitude (1 + 萬臺) or a measure word of
    counted goods (3 + 套); 台 / 臺 only where no word goes on after it (2 + 台灣 names a place)."""
    nxt = fold[e : e + 1]
    if not nxt:
        return False
    if nxt in _MAGNITUDES:
        return True
    if nxt in rules.count_rank_words:  # 5 + 大 + 精選遊戲: the top five, a count
        return bool(CJK_RE.match(fold[e + 1 : e + 2]))
    if nxt not in rules.product_count_words or fold.startswith(rules.product_count_not_words, e):
        return False  # 3 + 架構: a word that opens with a counting character counts nothing
    after = fold[e + 1 : e + 2]
    return nxt not in "台臺" or not after or not CJK_RE.match(after) or after == "的"


# Novatek International (BVI) Ltd., Regis Investment (Samoa) Limited: a registry's place in
# parentheses between a name and its legal form belongs to the name.
_PLACE_LEGAL = re.compile(
    r"[ ]?\([A-Za-z][A-Za-z .]{1,20}\)[ ]?"
    r"(?:Co\.,?[ ]?Ltd\.?|Pte\.?[ ]?Ltd\.?|Private[ ]Limited|Ltd\.?|Limited|Inc\.?"
    r"|Corporation|Corp\.?)"
    r"(?![A-Za-z0-9&])",
    re.IGNORECASE,
)


def _numbered_fund(fold: str, word: tuple[int, int]) -> bool:
    """Translink Capital Partners III, L.P.: a Roman numeral before a legal form after a
    comma numbers a fund (III, IV and V are three funds), no list marker after a name."""
    return (
        ROMAN.fullmatch(fold, *word) is not None and _COMMA_LEGAL.match(fold, word[1]) is not None
    )


# The target of a markdown link right after its text, up to its last path segment: ](/x/ABCD)
_LINK_TARGET_END = re.compile(r"\]\([^()\s]*/([A-Za-z0-9.]{1,8})\)")


# 1302, 1002596: a benchmark app's score, four digits or more
_SCORE = re.compile(r"[0-9]{4,}")
# Q1 … Q4: a quarter's code, a word of its own in a Latin run
_QUARTER_CODE = re.compile(r"Q[1-4]")
# 2.5, 18: a bare number, a word of its own in a Latin run
_BARE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def latin_runs(ctx: Ctx) -> list[Run]:
    """Capitalized Latin-script word runs outside URLs, trimmed of words that are never names."""
    fold, rules = ctx.fold, ctx.rules
    masked = [m.span() for m in URL_RE.finditer(fold)]  # in order, never overlapping
    mask_starts = [a for a, _ in masked]
    runs: list[Run] = []
    for m in LATIN_RUN.finditer(fold):
        s, e = m.span()
        k = bisect.bisect_right(mask_starts, s) - 1
        if k >= 0 and s < masked[k][1]:
            continue
        # a trailing dot ends the sentence unless it ends Inc. / Co. / Ltd.
        while (
            e > s
            and fold[e - 1] in ".-/+'"
            and (fold[s:e].split()[-1].casefold() not in rules.latin_suffix_kind)
            and not _PLUS_MODEL.search(fold, s, e)  # Galaxy S25+: the plus names the model
            and not _plus_variant(rules, fold[s:e])  # Redmi Note 14 Pro+
            and not _PLUS_NAME.fullmatch(fold, s, e)  # Streamly+: a named service's plus
        ):
            e -= 1
        # Grail3億美元, Therapeutics1.25億: a number glued to a name is an amount, not its part
        amount = _AMOUNT_TAIL.search(fold, s, e)
        if amount is not None and fold[e : e + 1] in _MAGNITUDES:
            e = amount.start()
        words = [w.span() for w in _WORD.finditer(fold, s, e)]
        # [ABCD Abcd Widgets Inc](/analysis/ABCD): a link's text that opens with the ticker
        # its target ends in writes the ticker before the name, no part of it (orgs29)
        link = _LINK_TARGET_END.match(fold, e)
        if len(words) > 1 and link is not None and fold[slice(*words[0])] == link.group(1):
            words.pop(0)
            s = words[0][0]
        # Qorvel Technology Inc. + 100%: a subsidiaries table's share after the name, no part
        while len(words) > 1 and fold[e : e + 1] in "%％" and _SHARE.fullmatch(fold, *words[-1]):
            words.pop()
            e = words[-1][1]
        # Strategy Analytics 28 + 日發表: the day of a date after a name is not its part
        # 年產 Tarpack 1 + 萬臺, Zorva 3 + 臺: a number before a magnitude or a measure word of
        # counted goods counts the product; it is no model number of it
        day = fold[e : e + 1] in "日月" and _DAY.fullmatch(fold, *words[-1])
        counted = _counted_after(rules, fold, e) and _SHARE.fullmatch(fold, *words[-1])
        # TSMC CoWoS 2026 + 年產能: a year before 年 dates what follows, no model number of
        # the name (not a model year: 2024 + 年款, 年版)
        year = _YEAR.fullmatch(fold, *words[-1]) and _YEAR_AFTER.match(fold, e)
        if len(words) > 1 and (day or counted or year):
            words.pop()
        # MI325X + Q4 上膛, H200 + Q3 出貨: a quarter's code after a numbered model dates it, no
        # part of its name (Audi Q4: a line's letter and number after a word with no digit stays)
        if (
            len(words) > 1
            and _QUARTER_CODE.fullmatch(fold, *words[-1])
            and any(ch.isdigit() for ch in fold[slice(*words[-2])])
        ):
            words.pop()
        # Lenalidomide + 2.5mg: a strength after a name is the dose sold, no part of the name
        while len(words) > 1 and rules.dose_re.fullmatch(fold, *words[-1]):
            words.pop()
        # GPT-4.5 + 2.5 GHz, Gemini + 3 GB: a number and its unit as two words after a name
        # measure the product (a clock, a memory), no version of it; a size glued to its
        # number (Llama 3.1 405B) stays the model's (prods57)
        while (
            len(words) > 2
            and _BARE_NUMBER.fullmatch(fold, *words[-2])
            and rules.is_spec(fold[words[-2][0] : words[-1][1]])
        ):
            del words[-2:]
        # Remsima Solution + for injection: a capitalised last word opening an English phrase
        # in lower case (a dosage form, a heading's gloss) is no part of the name (prods48)
        while len(words) > 1 and _TITLE_WORD.fullmatch(fold, *words[-1]):
            tail = _LOWER_WORDS_TO_END.match(fold, words[-1][1])
            if tail is None or any(w in rules.model_variant_words for w in tail.group().split()):
                break
            words.pop()
        introduced = bool(rules.company_before_re.search(fold[max(0, s - 8) : s]))
        if not rules.latin_org_kind(fold[s:e]):  # CRISPR Therapeutics keeps its CRISPR
            # GPU B200 → B200; but Smart Cell X9 keeps its Smart (a word, not a trade acronym)
            # (not Z Fold 4: a series letter before the line's word and its number, prods58)
            while (
                len(words) > 1
                and _trade_acronym(rules, fold[words[0][0] : words[0][1]])
                and not _LETTER_LINE_MODEL.fullmatch(fold, words[0][0], words[-1][1])
            ):
                words.pop(0)
            # 22nm Arora-V, 128GB Zorva: a process node or a capacity opens no name
            while len(words) > 1 and rules.model_capacity_re.fullmatch(fold, *words[0]):
                words.pop(0)
            # GPU B200 → B200, Quest 3 keeps its 3, 新創 Hanbit Endo AI keeps its AI
            while (
                not introduced
                and len(words) > 1
                and fold[slice(*words[-1])].casefold() in rules.not_names
                and fold[slice(*words[-1])].casefold() not in rules.model_variant_words
                and not _tier_after_version(fold, words)  # Gemini 2.0 + Flash
                and not _numbered_fund(fold, words[-1])  # Partners + III + , L.P.
                and not _PLACE_LEGAL.match(fold, words[-1][1])  # International + (BVI) Ltd.
            ):
                words.pop()
        if not words:
            continue
        for piece in _cells_of_one_run(rules, fold, words):
            name = fold[piece[0][0] : piece[-1][1]]
            runs.append(
                Run(
                    piece[0][0],
                    piece[-1][1],
                    ctx.text[piece[0][0] : piece[-1][1]],
                    not_name=rules.is_not_name(name),
                )
            )
            words = words[len(piece) :]
        whole = words[-1][1] == e  # no word left off the run's end
        s, e = words[0][0], words[-1][1]
        legal = _COMMA_LEGAL.match(fold, e) or _PLACE_LEGAL.match(fold, e)
        if whole and legal is not None:
            e = legal.end()  # Toshiba International Procurement HongKong + , Ltd
        name = fold[s:e]
        # 酷睿 + Ultra + 處理器: a variant word alone names no product, nor variants listed
        # with slashes (Air/Pro/Pro Max 用 A19 Pro: prods41)
        variant = all(w.casefold() in rules.model_variant_words for w in _SLASHED.split(name) if w)
        if not variant and _SLASH_NAMES.fullmatch(name):
            # Windows/Mac/Android, PS5/Xbox: names joined by slashes are a list of names, each
            # typed as a list's item is (not P/E, PIC/S, CDK4/6: a part of one letter or a
            # bare number; H100/H200 models split as well)
            at = s
            for part in name.split("/"):
                end = at + len(part)
                runs.append(Run(at, end, ctx.text[at:end], not_name=rules.is_not_name(part)))
                at += len(part) + 1
            continue
        runs.append(Run(s, e, ctx.text[s:e], not_name=rules.is_not_name(name) or variant))
    for m in CJK_MODEL.finditer(fold):
        # 天璣9300: one brand word, then the model number (not 容量可達270萬)
        brand_end = m.start() + len(
            m.group().rstrip("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        )
        brand = ctx.token_index_ending_at(brand_end)
        if brand is None or _AMOUNT_AFTER.match(fold, m.end()):
            continue  # 設備支出196.2億美元: an amount, not a model
        start = ctx.tokens[brand][0]  # 華為 + 麒麟970: the brand is the last word only
        # 旗艦型 + 號至強 + 6900P: a cue word the segmenter cut (型號) ends inside the brand's
        # word; the brand starts after the cue (prods62)
        start = _after_cut_cue(rules, fold, start, brand_end)
        if start < m.start() or brand_end - start < 2:
            continue
        if start > 0 and fold[start - 1].isdigit():
            continue  # 1 + 萬張 + 910B: a count's measure word, no brand
        if rules.series_amount_re.match(fold, m.end()):
            continue  # 已有255 + 家: a count, no model
        if rules.series_index_re.match(fold, m.end()):
            continue  # 某深300 + 產品 … 寬基: a market index and the funds that track it
        # after a product cue (旗艦晶片天璣9300) or before a kind of product (麒麟970晶片)
        cue = rules.product_before_re.search(fold[max(0, start - 10) : start]) is not None
        cue = cue or _product_noun_after(ctx, m.end())  # 麒麟9020 + 感測器
        if (cue or rules.product_after_re.match(fold, m.end())) and _model_brand(ctx, start, m):
            runs.append(Run(start, m.end(), ctx.text[start : m.end()]))
    runs.sort(key=lambda r: r.start)
    return runs


def _code_of_document(ctx: Ctx, r: Run) -> bool:
    """港交所18C + 規則, 遞交A-1 + 上市檔案: a code written before a word for a rule, a form
    or a document (a short word may stand between) names that clause or form, never a
    product, whatever verb or company stands near it."""
    if not any(map(str.isdigit, r.name)):
        return False
    fold = ctx.fold
    j = r.end + (fold[r.end : r.end + 1] == " ")
    for gap in range(4):
        if gap and not CJK_RE.match(fold[j + gap - 1 : j + gap]):
            return False
        m = ctx.rules.code_document_re.match(fold, j + gap)
        if m is not None and ctx.is_boundary(m.end()):
            return True
    return False


def _after_cut_cue(rules: Rules, fold: str, start: int, brand_end: int) -> int:
    """Where a brand's word starts once a product cue that ends inside it is left out: 型號 in
    旗艦型 + 號至強 (two characters must stay for the brand); ``start`` when none does."""
    for k in (1, 2):
        if brand_end - (start + k) < 2:
            break
        if any(
            c.end() == start + k
            for c in rules.product_before_re.finditer(fold, max(0, start - 6), start + k)
        ):
            return start + k
    return start


def _model_brand(ctx: Ctx, start: int, m: re.Match[str]) -> bool:
    """麒麟 + 970 + 晶片, not 支援 + 115.2Tbps, 變為 + 174 個, 最快 + 2025: a rare word that
    is no verb before a model number that is no year and carries no unit."""
    brand = ctx.fold[start : m.end()].rstrip("0123456789")
    number = re.search(r"[0-9]+", m.group())
    return (
        ctx.word_freq(brand) < RARE_FREQ
        and not ctx.is_verb(brand)
        and brand not in ctx.object_verbs  # 藉助 + 1688 + 平臺: a rare verb is still a verb
        and not ctx.is_function_word(brand)
        and not (number is not None and _YEAR.fullmatch(number.group()))
        and not _UNIT_AFTER.match(ctx.fold, m.end())
    )


# the rest of the line (trade words the run left out: Digital), then the next line's first word
_NEXT_LINE_WORD = re.compile(r"((?:[ \t]+[A-Za-z&]+)*)[ \t]*\n[ \t]*(\S+)")


# The Latin words that open the next line: a wrapped cell's next part (Investment, (Samoa))
_LINE_LEAD = re.compile(
    r"[ \t]*\n[ \t]*([A-Za-z(][A-Za-z&().,\-]*(?:[ \t]+[A-Za-z(][A-Za-z&().,\-]*)*)"
)


def _legal_kind(rules: Rules, name: str) -> str | None:
    """The kind of a name that ends in a legal form (Inc., Limited), else None: a slide's
    stacked headings end in a trade word as often (Governance Business / People Fleet /
    Transparency Partners), and are no name wrapped over lines."""
    if name.rsplit(None, 1)[-1].casefold() not in rules.latin_legal_forms:
        return None
    return rules.latin_org_kind(name)


def _wrapped_legal_form(ctx: Ctx, r: Run) -> tuple[str, int] | None:
    """ProGrade Digital / Inc.: a table cell or a slide wrapped a company's name before its
    legal form; the run that ends the line is a company's name, never a product (the kind
    the form gives). A lone word needs no guard: the form alone decides. A narrow cell
    wraps it over several lines (RealYou / Investment / Limited), one word opening each
    line, also in the first column of a table with other cells after it."""
    fold, rules = ctx.fold, ctx.rules
    m = _NEXT_LINE_WORD.match(fold, r.end)
    # the shape is asked first: most runs have no line after them to wrap onto (a cheap
    # match at one place), and only a wrapped one is worth the name checks below
    lone = (
        m is None
        and " " not in r.name
        and _INNER_CAPITAL.search(r.name) is not None
        and r.start == fold.rfind("\n", 0, r.start) + 1
    )
    if m is None and not lone:
        return None
    # 100.00 + Corp.: the last cell of a row, not a name; a name ending in a trade word
    # (EpoStar Electronics / (BVI) Corporation) still runs on to its form
    if _legal_kind(rules, r.name) or not any(ch.isalpha() for ch in r.name):
        return None
    if m is not None:
        # the name ends its line: the form on the next line is the same cell's, and the
        # mention runs on to it (EpoStar Electronics / (BVI) Corporation is one name)
        kind = _legal_kind(rules, f"{r.name}{m.group(1)} {m.group(2)}")
        if kind:
            return kind, m.end(2)
        name, pos, end = f"{r.name}{m.group(1)}", m.end(1), m.end(1)
    else:
        # one brand-shaped word opening a row: the first line of a narrow first cell (a
        # plain word there, Power / Flash Limited, may be a cell of its own and is left alone)
        line_end = fold.find("\n", r.end)
        name, pos, end = r.name, len(fold) if line_end < 0 else line_end, r.end
    whole = m is not None  # every line so far holds the cell's words only: the span runs on
    for _ in range(3):
        line = _LINE_LEAD.match(fold, pos)
        if line is None:
            return None
        name = f"{name} {line.group(1)}"
        kind = _legal_kind(rules, name)
        if kind:
            return kind, line.end(1) if whole else end
        line_end = fold.find("\n", line.end())
        whole = whole and not fold[line.end() : max(line.end(), line_end)].strip()
        pos = len(fold) if line_end < 0 else line_end
    return None


def _body_word_acts(ctx: Ctx, s: int, e: int) -> bool:
    """組織 + 專家評審: a body word that is a verb too, with Chinese words run on after it, says
    what the body before it does (``verb_body_words``); a body's own verb after it (組織表示)
    or a mark leaves it a name's last word (orgs51)."""
    fold = ctx.fold
    if fold[s:e] not in ctx.rules.verb_body_words or not CJK_RE.match(fold[e : e + 1] or " "):
        return False
    rules = ctx.rules
    return not (
        fold[e] in "的之"
        or rules.subject_acts_re.match(fold, e)
        or rules.org_acts_after_re.match(fold, e)
    )


def _cjk_suffix_after(ctx: Ctx, e: int) -> tuple[int, str] | None:
    """A Chinese body word written right after a Latin name (ITIS研究團隊, Harvard大學)."""
    fold = ctx.fold
    j = e + 1 if fold[e : e + 1] == " " else e
    if not ctx.is_boundary(j):
        return None
    rules = ctx.rules
    heads = rules.suffix_after_heads
    if heads is not None and fold[j : j + 1] not in heads:
        return None  # no body word or subunit starts with this character
    for size in rules.body_suffix_lengths:  # longest first
        info = rules.body_suffixes.get(fold[j : j + size])
        if info is not None and ctx.is_boundary(j + size) and not _body_word_acts(ctx, j, j + size):
            return (j + size if info["keep_in_name"] else e), str(info["kind"])
    for size in rules.long_subunit_lengths:
        unit = fold[j : j + size]
        if unit in rules.long_subunits and ctx.is_boundary(j + size):
            return j + size, rules.cjk_org_kind("X" + unit) or "other"
    return None


def _after_company(ctx: Ctx, start: int, org_ends: set[int]) -> bool:
    """A name written right after a company (特斯拉Model Y, 納智捷（Luxgen）n7)."""
    fold = ctx.fold
    j = start - 1 if start and fold[start - 1] == " " else start
    if j in org_ends:
        return True
    # AMD則以 MI300X, 大廠 X 亦推出 Y2: a few words of acting between company and model
    gap = _MODEL_GAP.search(fold, max(0, j - 8), j)
    if gap and gap.start() in org_ends and gap.start() < j and fold[start : start + 1].isalpha():
        return True  # (a model starts with a letter: X 以 111.4GWh is an amount)
    if j and fold[j - 1] in "）)":
        o = max(fold.rfind("（", 0, j), fold.rfind("(", 0, j))
        return o > 0 and j - o < 40 and o in org_ends
    return False


def _acronym_like(name: str) -> bool:
    """FDA, LFP, HPE: capitals only (no lower-case letter anywhere)."""
    return not any(ch.islower() for ch in name)


# a model number of capitals and digits, or digits and a capital (S80, H20, 910B, 4090D)
_CODED_WORD = re.compile(r"[A-Z]{1,3}-?[0-9]{2,5}[A-Z]{0,2}|[0-9]{3,5}[A-Z]{1,2}")


# a brand in capitals, longer than the trade's acronyms (SAPIEN), and a bare generation (3)
_CAPS_BRAND = re.compile(r"[A-Z]{5,}")
_BARE_GENERATION = re.compile(r"[0-9]{1,2}")


def _coded_model(rules: Rules, name: str) -> bool:
    """MTT S80, 910B: a name in capitals whose last word is a model number (not 128GB, a
    capacity)."""
    words = name.split()
    last = words[-1]
    if (
        len(words) == 2
        and _CAPS_BRAND.fullmatch(words[0])
        and _BARE_GENERATION.fullmatch(last)
        and words[0].casefold() not in rules.series_not_lines
        and not rules.is_not_name(words[0])
    ):
        return True  # SAPIEN 3 + 瓣膜: a brand spelled in capitals, then its generation (prods48)
    return bool(_CODED_WORD.fullmatch(last)) and not rules.model_capacity_re.fullmatch(last)


def _model_like(name: str) -> bool:
    """H100, Falcon X2, SunArc: a digit, or a capital after a lower-case letter."""
    return any(ch.isdigit() for ch in name) or bool(_INNER_CAPITAL.search(name))


def _skip_quote(fold: str, pos: int, step: int) -> int:
    """Past a space and an opening (step -1) or closing (step 1) quote next to a name."""
    quotes = '「『“"' if step < 0 else '」』”"'
    j = pos
    for _ in range(3):
        k = j + step if step < 0 else j
        if 0 <= k < len(fold) and (fold[k] == " " or fold[k] in quotes):
            j += step
        else:
            break
    return j


# 手機——Mate X, 新車—ET9: a dash setting a name in apposition after its kind
_APPOSITION_DASH = re.compile(r"(?:——|—|──|－－)$")


def _product_noun_before(ctx: Ctx, start: int) -> bool:
    """插秧機 FieldRunner, 機器人「GripMate」: the word before the name is a kind of product
    (三折疊手機——Mate X: a dash of apposition between them too, prods47)."""
    j = _skip_quote(ctx.fold, start, -1)
    dash = _APPOSITION_DASH.search(ctx.fold, max(0, j - 2), j)
    if dash is not None:
        j = _skip_quote(ctx.fold, dash.start(), -1)
    i = ctx.token_index_ending_at(j)
    if i is None:
        return False
    s, e = ctx.tokens[i]
    tok = ctx.fold[s:e]
    return bool(CJK_RE.match(tok)) and ctx.rules.is_product_noun(tok)


# a list mark right before a later example (如 X、Y); what ends the examples (a closing paren,
# a clause's end)
_EXAMPLE_LIST_MARK = re.compile(r"(?:[、，,/]|和|及|與)\s*$")
_EXAMPLE_LIST_END = re.compile(r"[）)。；;！？]")


def _kind_example_before(ctx: Ctx, start: int) -> bool:
    """虛擬化軟體（如 Parallels Desktop）, Windows 筆電（如 Dell XPS、…）: a name given in
    parentheses as an example of a kind of product is a product of that kind (prods41)."""
    fold = ctx.fold
    m = ctx.rules.kind_example_open_re.search(fold, max(0, start - 8), start)
    if m is None:
        # a later item of the examples' list (如 X、Y): the list's opener before it
        if not _EXAMPLE_LIST_MARK.search(fold, max(0, start - 3), start):
            return False
        lo = max(0, start - 40)
        paren = max(fold.rfind("（", lo, start), fold.rfind("(", lo, start))
        if paren < 0 or _EXAMPLE_LIST_END.search(fold, paren, start):
            return False
        m = ctx.rules.kind_example_head_re.match(fold, paren)
        if m is None:
            return False
    i = ctx.token_index_ending_at(m.start())
    if i is None:
        return False
    s, e = ctx.tokens[i]
    tok = ctx.fold[s:e]
    return bool(CJK_RE.match(tok)) and ctx.rules.is_product_noun(tok)


def _product_noun_after(ctx: Ctx, end: int) -> bool:
    """TerraScan 土壤監測系統: a short noun phrase naming a kind of product follows."""
    i = ctx.token_index_at(_skip_quote(ctx.fold, end, 1))
    for k in range(3):
        if i is None or i + k >= len(ctx.tokens):
            return False
        s, e = ctx.tokens[i + k]
        tok = ctx.fold[s:e]
        if not CJK_RE.match(tok) or breaks_name(ctx, tok):
            return False
        if _kind_word_at(ctx, i + k):
            return True
        if ctx.is_verb(tok):
            return False
    return False


# Place words after a thing (卡 + 上, 板 + 中): on, in, inside
_PLACE_AFTER_KIND = frozenset("上中內裡")


def _kind_word_at(ctx: Ctx, k: int) -> bool:
    """Token ``k`` ends a word for a kind of product, alone (系統) or with the token after it
    when the dictionary cuts the word in two (開發 + 板, 算力 + 卡: 開發板, 算力卡)."""
    s, e = ctx.tokens[k]
    tok = ctx.fold[s:e]
    if ctx.rules.is_product_noun(tok):
        return True
    if k + 1 >= len(ctx.tokens) or ctx.tokens[k + 1][0] != e:
        return False
    s2, e2 = ctx.tokens[k + 1]
    nxt = ctx.fold[s2:e2]
    # 加速 + 卡上: the dictionary glued the kind's last character to a place word after it
    if len(nxt) == 2 and nxt[1] in _PLACE_AFTER_KIND:
        nxt = nxt[0]
    return (
        len(nxt) == 1
        and CJK_RE.match(nxt) is not None
        and not ctx.rules.is_product_noun(nxt)
        and ctx.rules.is_product_noun(tok + nxt)
    )


def _kind_of_product_after(ctx: Ctx, end: int) -> bool:
    """AT-3 + 高級 + 教練機: a word for a kind of product in the next two words, right
    after a model code (a modifier such as 高級 may stand between, verb or not; a space
    too: GB300 系統)."""
    i = ctx.token_index_at(end + (ctx.fold[end : end + 1] == " "))
    for k in range(2):
        if i is None or i + k >= len(ctx.tokens):
            return False
        s, e = ctx.tokens[i + k]
        tok = ctx.fold[s:e]
        if not CJK_RE.match(tok):
            return False
        # 加速 + 卡: a verb's token may open the kind's word (加速卡), so the kind is read first
        if _kind_word_at(ctx, i + k) or tok in ctx.rules.model_code_kinds:
            return True
        if breaks_name(ctx, tok):
            return False
    return False


_AMOUNT_BEFORE = re.compile(r"[0-9)）]\s$")


def _row_code(ctx: Ctx, r: Run) -> bool:
    """A22300, B07100, C7: the code of a financial statement's row, at the start of a line
    or after the amounts of the row before it (a PDF line may hold several rows)."""
    fold = ctx.fold
    if not _ROW_CODE.fullmatch(r.name):
        return False
    return (
        r.start == 0
        or fold[r.start - 1] == "\n"
        or bool(_AMOUNT_BEFORE.search(fold, max(0, r.start - 2), r.start))
    )


def _numbered_org(ctx: Ctx, r: Run) -> bool:
    """Ernst & Young Global Limited 3, Novatek Japan Kabushiki-Kaisha 1, Novatek
    International USD4,000: a company's name with a page or note number after it, or an
    amount in a currency, is no model of that company."""
    rules = ctx.rules
    words = r.name.split()
    head = " ".join(w for w in words if not any(ch.isdigit() for ch in w))
    if head and head != r.name and rules.latin_org_kind(head):
        return True
    if any(w.casefold() in rules.company_event_words for w in words):
        return True  # NIO + Day 2023, Apple + Event 2024: the company's event, no model (prods47)
    coded = [w for w in words if any(ch.isdigit() for ch in w)]
    return any(w.rstrip("0123456789,.") in rules.code_not_heads for w in coded)


def _verb_model(ctx: Ctx, r: Run) -> bool:
    """研發 GB300 NVL72, OV50H 先後搭載於: a run that opens with a model code (letters,
    then digits), acted on by a product's verb of its clause — developed, launched,
    shipped or built into something. A code alone says nothing: stock, part and standard
    numbers have the same shape."""
    rules, fold = ctx.rules, ctx.fold
    first = r.name.split()[0]
    if not _MODEL_CODE.fullmatch(first) or rules.is_not_name(first):
        return False
    if " " not in r.name and first.rstrip("0123456789") in rules.code_not_heads:
        return False  # ISO9001, TOP10, GB50016 (but GB300 NVL72 is a model's full name)
    if _row_code(ctx, r):
        return False  # A22300 採用權益法認列之…: the code of a statement's row
    lo = r.start - len(CLAUSE_BREAK.split(fold[max(0, r.start - 6) : r.start])[-1])
    hi = r.end + len(CLAUSE_BREAK.split(fold[r.end : r.end + 8])[0])
    # a whole word (出貨 but not 出貨量, a noun: TK50H 出貨量 is a figure of any code)
    return any(
        ctx.is_boundary(v.start()) and ctx.is_boundary(v.end())
        for span in ((lo, r.start), (r.end, hi))
        for v in rules.model_code_verb_re.finditer(fold, *span)
    )


def _acts_as_company(ctx: Ctx, end: int) -> bool:
    """Panvera於堪薩斯州興建 …, X 已於 2024年 宣布 …: the name does what companies do.

    The act must come in the same clause and before any approval word (Casgevy 於
    2023年獲 FDA 核准 is a product).
    """
    rules, fold = ctx.rules, ctx.fold
    m = rules.at_time_re.match(fold, end)
    if not m:
        return False
    brk = CLAUSE_BREAK.search(fold, m.end(), m.end() + 30)
    stop = brk.start() if brk else min(len(fold), m.end() + 30)
    act = rules.company_acts_re.search(fold, m.end(), stop)
    if not act:
        return False
    approval = rules.approval_re.search(fold, m.end(), act.start())
    return approval is None and not re.search(r"獲|取得", fold[m.end() : act.start()])


def _agency_acronym(ctx: Ctx, r: Run) -> bool:
    """向 TFDA 申請, 取得美國 FDA 510(k) 上市許可: an acronym an approval is asked of."""
    rules, fold = ctx.rules, ctx.fold
    if not (_acronym_like(r.name) and " " not in r.name and 2 <= len(r.name) <= 6):
        return False
    if not rules.agency_before_re.search(fold, max(0, r.start - 8), r.start):
        return False
    brk = CLAUSE_BREAK.search(fold, r.end, r.end + 16)
    stop = brk.start() if brk else min(len(fold), r.end + 16)
    return bool(rules.agency_after_re.search(fold, r.end, stop))


# a figure with its magnitude letter (15M, 2.5B, 300K): an amount in an English headline
_COUNTED_FIGURE = re.compile(r"(?<![A-Za-z0-9.])[0-9]+(?:\.[0-9]+)?[KMB](?![A-Za-z0-9])")


# a code's last part is a number after a dash (SND-12, ABBV-RGX-314)
_DASH_NUMBER_END = re.compile(r"-[0-9]{2,}$")


def classify_runs(
    ctx: Ctx,
    runs: Sequence[Run],
    org_ends: set[int] | None = None,
    product_starts: frozenset[int] = frozenset(),
) -> None:
    """Weigh each run's context: suffix words, cue words before and after, code-name shape."""
    rules, fold = ctx.rules, ctx.fold
    # a code written once right after a trial word names that trial wherever it is written
    trials = {r.name.casefold() for r in runs if not r.known and _trial_code(ctx, r)}
    for r in runs:
        suffix = _cjk_suffix_after(ctx, r.end)
        if suffix is not None and r.name.casefold() not in rules.latin_not_body_heads:
            r.end_ext, skind = suffix
            r.add(ORG, 2, rule_id("latin_cjk_suffix"), skind)
        wrapped = _wrapped_legal_form(ctx, r)
        if wrapped is not None:
            r.end_ext = r.end_ext or wrapped[1]  # ZentaGrade + Digital: to the line's end
            r.add(ORG, 2, rule_id("latin_wrapped_form"), wrapped[0])
        counted = rules.product_count_re.search(fold[max(0, r.start - 10) : r.start])
        if r.not_name and not r.known and counted and _MODEL_CODE.fullmatch(r.name):
            r.not_name = False  # 16臺 + K1: machines counted, whatever a period's K1 means
        if r.not_name or r.known or _code_target(ctx, r) or r.name.casefold() in trials:
            continue
        if _sentence_case_gloss(ctx, r):
            continue  # 免疫製劑 + Immunologic agents: an English term, its first word capitalised
        kind = rules.latin_org_kind(r.name)
        if not kind and fold[max(0, r.start - 6) : r.start].rstrip().endswith(
            rules.role_words_tuple
        ):
            # 財務長Tom Szkutak, 分析師Brian Nowak: a person after a role; a name with its
            # legal form (董事 Zoomly! Benelux B.V.: a corporate director) stays a company
            continue
        if kind and rules.kind_gloss_before_re.search(fold, max(0, r.start - 8), r.start):
            kind = None  # 極低損耗材料 (Ultra Low Loss Materials): a kind glossed (orgs48)
        words = r.name.split()
        if (
            kind
            and words[-1].casefold().rstrip(".") not in rules.latin_legal_forms_undotted
            and all(w.casefold() in rules.latin_generic_words for w in words)
        ):
            # Market Research: a trade's words and an ending, no one's name (orgs81); a
            # registered form keeps its name (Global Flash Limited: a table's cell)
            kind = None
        if kind and r.start not in product_starts:  # iPhone + SE: a model, not a company SE
            r.add(ORG, 2, rule_id("latin_org_suffix"), kind)
        left = fold[max(0, r.start - 10) : r.start]
        right = fold[r.end : r.end + 16]
        strong_cue = (
            rules.product_before_re.search(left)
            or _product_noun_before(ctx, r.start)
            or _kind_example_before(ctx, r.start)
            or rules.product_quoted_re.search(left)  # 核心「Hurricane」
        )
        # 新款Macbook: a generation of a thing is a model whatever its shape (not an acronym:
        # 第二代TAVR產品 is a kind of device)
        generation = rules.product_generation_re.search(left) and (
            _model_like(r.name) or not (kind or _acronym_like(r.name))
        )
        if not kind and _model_shaped(rules, r.name):  # Powerbeats Pro 2, with no cue near
            r.add(PRODUCT, 2, rule_id("latin_model_shape"))
        if (
            not kind
            and _coined_version(rules, r.name)
            # iPhone 3 + 萬臺: a count of the goods, no model
            and not _counted_after(rules, fold, r.end + (fold[r.end : r.end + 1] == " "))
        ):
            r.add(PRODUCT, 2, rule_id("coined_version"))  # macOS 26, PCMark 10
        english = _english_line(fold, r.start, r.end)
        # 解決方案BU + CEO: a person's role right after the run makes it a unit or a company
        # whose officer he is, whatever cue stands before it (prods34)
        before_role = fold[r.end : r.end + 8].lstrip().startswith(rules.person_roles_before)
        if english or before_role:
            pass  # Data Center Play with GPU & CPU Expansion: a headline's words, no cue's name
        elif strong_cue or generation:
            r.add(PRODUCT, 2, rule_id("latin_product_cue"))
        elif rules.product_weak_before_re.search(left):
            r.add(PRODUCT, 1, rule_id("latin_product_cue"))
        # Stargate + 計劃: the name of a project, which no cue around makes a company
        project = rules.project_head_re.match(fold, r.end) is not None
        if rules.company_before_re.search(left) and not project:
            r.add(ORG, 1, rule_id("latin_company_cue"), "company")
        if rules.company_after_re.match(right) and not project:
            r.add(ORG, 1, rule_id("latin_company_cue"), "company")
        # capitals only name a kind of thing before a kind word (LFP 電池) unless they end in a
        # model number (MTT S80 顯示卡, 910B 算力卡)
        named = (
            not _acronym_like(r.name)
            or CJK_RE.match(r.name) is not None  # 麒麟9020 + 感測器: a brand and its model
            or (_coded_model(rules, r.name) and not _row_code(ctx, r))  # not B07100 + 預付設備款
        )
        noun_after = named and _product_noun_after(ctx, r.end)
        if (rules.product_after_re.match(right) or noun_after) and not _agency_acronym(ctx, r):
            r.add(PRODUCT, 1, rule_id("latin_product_cue"))  # not 美國 FDA + 藥證: the agency
        if (
            named
            and rules.architecture_after_re.match(fold, r.end)
            and r.name.casefold() not in rules.architecture_not_names
            and r.name.casefold() not in rules.platform_heads  # x86 架構: an instruction set
        ):
            r.add(PRODUCT, 2, rule_id("architecture_name"))  # Redwood Cove + 架構
        if rules.product_field_before_re.search(fold, max(0, r.start - 14), r.start):
            r.add(PRODUCT, 2, rule_id("product_field"))  # 新藥名稱或代號：MCS-2
        if rules.copy_drug_after_re.match(fold, r.end):
            r.add(PRODUCT, 2, rule_id("copy_of_brand"))  # RESTASIS + 學名藥: the reference drug
        if rules.copy_relation_subject_re.match(fold, r.end) or (
            rules.copy_relation_object_re.match(fold, r.end)
            and rules.copy_relation_object_before_re.search(fold, max(0, r.start - 6), r.start)
        ):
            r.add(PRODUCT, 2, rule_id("copy_relation"))  # Herzuma是 + Herceptin + 的生物類似物
        if rules.units_sold_after_re.match(fold, r.end):
            r.add(PRODUCT, 2, rule_id("units_sold"))  # RAV4則以19,590輛: a model's count
        if rules.price_gloss_re.match(fold, r.end) and not _acronym_like(r.name):
            r.add(PRODUCT, 2, rule_id("latin_price_gloss"))  # Some Case（售 $398）: on sale
        if (
            not english
            and _built_on_platform(ctx, r)
            # 基於Transformer架構: the field's generic design names no platform (prods63)
            and r.name.casefold() not in rules.architecture_not_names
        ):
            r.add(PRODUCT, 2, rule_id("platform_name"))  # 以 Zeta-X 平台打造: a named platform
        if _class_gloss(ctx, r.end) or _used_for(ctx, r.end):
            r.add(PRODUCT, 2, rule_id("latin_product_gloss"))  # Atrasentan（…拮抗劑）
        if rules.country_company_re.search(left) and not _acronym_like(r.name) and not project:
            r.add(ORG, 1, rule_id("latin_country_company"), "company")
        source = rules.source_after_re.match(fold, r.end)
        # 根據 X 資料 (not 據 X 資料庫: a database is no organization)
        if (
            source is not None
            and ctx.is_boundary(source.end())
            and rules.source_before_re.search(
                CLAUSE_BREAK.split(fold[max(0, r.start - 20) : r.start])[-1]
            )
        ):
            r.add(ORG, 2, rule_id("latin_source"), "company")
        if _acts_as_company(ctx, r.end):
            r.add(ORG, 1, rule_id("latin_company_act"), "company")
        if _agency_acronym(ctx, r):
            r.add(ORG, 2, rule_id("agency_acronym"), "agency")
        tail = rules.enum_tail_re.match(right.lstrip())
        field = tail is not None and tail.group(1)[: -len(tail.group(2))].strip()
        kind = rules.enum_tails[tail.group(2)] if tail else ""
        if tail and field not in rules.enum_field_modifiers and not _kind_word(rules, r.name, kind):
            # (PSU 等環節企業, 等行業公司: a field's word before the kind names fields: orgs43)
            if kind == "product":
                r.add(PRODUCT, 1, rule_id("enumeration"))
            else:
                r.add(ORG, 1, rule_id("enumeration"), kind)
        if CODE_NAME.fullmatch(r.name) and CODE_NUMBER.search(r.name):
            # SND-12, ABBV-RGX-314: a number after the dash ends what a company's, an
            # agency's or a standard's letters never end in (COVID-19 and ISO-9001 are
            # other things: code_not_heads)
            numbered = _DASH_NUMBER_END.search(r.name) is not None
            head = r.name.split("-", 1)[0]
            strong = numbered and head not in rules.code_not_heads and not r.end_ext
            r.add(PRODUCT, 3 if strong else 1, rule_id("code_name"))
        if (
            _MODEL_CODE.fullmatch(r.name)
            and _kind_of_product_after(ctx, r.end)
            and not _row_code(ctx, r)  # B07100 預付設備款增加: a statement's row
        ):
            r.add(PRODUCT, 2, rule_id("code_name"))  # AT-3 + 高級教練機, H20 + 晶片
        if (
            _MODEL_CODE.fullmatch(r.name)
            and counted
            and not rules.counted_level_after_re.match(fold, r.end)
        ):
            r.add(PRODUCT, 2, rule_id("counted_model"))  # 4000多架F16: machines counted
        if _verb_model(ctx, r):
            r.add(PRODUCT, 1, rule_id("model_code_verb"))  # 研發 GB300 NVL72
        form = rules.drug_form_re.match(fold, r.end)
        if form is not None and len(form.group()) >= 2 and ctx.is_boundary(form.end()):
            r.form_end = form.end()  # XYZ-12 + 注射液: the product as sold
            r.add(PRODUCT, 2, rule_id("latin_form"))
        if drug_word_before(ctx, r.start):
            r.add(PRODUCT, 2, rule_id("latin_product_cue"))
        if _drug_code(ctx, r):
            r.add(PRODUCT, 2, rule_id("drug_code"))
        # a model number, not an edition year (三星 Galaxy 2025 發表會)
        has_digit = any(ch.isdigit() for w in r.name.split() if not _YEAR.fullmatch(w) for ch in w)
        numbered = _numbered_org(ctx, r)
        if (
            org_ends
            and has_digit
            and not numbered
            and not _COUNTED_FIGURE.search(r.name)  # Predicts 15M Shipments: a count, no model
            and _after_company(ctx, r.start, org_ends)
            and not _row_run(fold, r.start, r.end)
            and not english  # Qualcomm Surpasses Q1 Earnings Estimates: a headline's verb
        ):
            r.add(PRODUCT, 2, rule_id("company_model"))
        # 治療糖尿病足潰瘍的 ENGENSIS: "treats …'s X" names a product
        if _OF_END.search(left):
            clause = CLAUSE_BREAK.split(fold[max(0, r.start - 40) : r.start])[-1]
            if rules.treat_re.search(clause):
                r.add(PRODUCT, 1, rule_id("latin_product_cue"))


# the fewest Latin words of a line written in English (a headline, a reference's title)
_ENGLISH_LINE_WORDS = 6
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _english_line(fold: str, start: int, end: int) -> bool:
    """* [Analyst Bullish on X Amid Data Center, Client PC](…): a line with no Chinese in
    it and six Latin words or more is written in English — a headline, a reference's
    title. The cues before and after a name are read from Chinese prose; in an English
    line a capitalised word is the headline's style, and a company then a word with a
    digit (Qualcomm Surpasses Q1 …) is its subject and verb, no model (prods32)."""
    lo = fold.rfind("\n", 0, start) + 1
    hi = fold.find("\n", end)
    line = fold[lo : hi if hi >= 0 else len(fold)]
    if CJK_RE.search(line) is not None:
        return False
    return len(_LATIN_WORD.findall(line)) >= _ENGLISH_LINE_WORDS


def _built_on_platform(ctx: Ctx, r: Run) -> bool:
    """基於 + SDA + 平臺, 以 + Zeta-X + 平台打造, 採用 + ABC2.0 + 技術架構: a Latin name
    between a word of building on (``platform_leads``, a few describing characters
    between: 基於新一代全電 + SDA) and a word for a platform or an architecture is that
    platform's name, initials too — what a product is built on is named, not a kind (AI, 5G
    and other words never a name are left before any cue is read; prods34)."""
    rules, fold = ctx.rules, ctx.fold
    if not rules.platform_word_re.match(fold, r.end):
        return False
    lo = max(0, r.start - 12)
    lo = r.start - len(CLAUSE_BREAK.split(fold[lo : r.start])[-1])
    lead = rules.platform_lead_re.search(fold, lo, r.start)
    # the lead a word of its own (以 + e-TNGA), not the head of another (以及 + 某電 AFC 平台)
    return lead is not None and ctx.is_boundary(lead.end("lead"))


def _class_gloss(ctx: Ctx, end: int) -> bool:
    """Atrasentan（內皮素A受體拮抗劑）, Fabhalta (口服補體因子B抑制劑): a gloss that says
    what kind of product the name is, with words of its own before the kind. A gloss of
    common words only translates an English term (Biosimilar（生物類似藥）, Gene
    Therapy（基因療法）): the Latin word is that term, not a name."""
    m = ctx.rules.class_gloss_re.match(ctx.fold, end)
    if m is None or ctx.rules.is_generic(m.group().strip(" （()）")):
        return False
    return any(
        not all(CJK_RE.match(ch) for ch in w) or ctx.word_freq(w) < RARE_FREQ
        for w in ctx.tokens_in(*m.span("mod"))
        if w.strip()
    )


def _used_for(ctx: Ctx, end: int) -> bool:
    """Remibrutinib用於慢性蕁麻疹: what a name is used for makes it a product; not
    NVIDIA用於AI的晶片, where 的 makes the name the owner of what is used."""
    m = ctx.rules.product_used_for_re.match(ctx.fold, end)
    if m is None:
        return False
    brk = CLAUSE_BREAK.search(ctx.fold, m.end())
    return "的" not in ctx.fold[m.end() : brk.start() if brk else len(ctx.fold)]


def drug_word_before(ctx: Ctx, start: int) -> bool:
    """減肥藥 Amyvex: the word right before a Latin name is a kind of drug."""
    rules = ctx.rules
    while start > 0 and ctx.fold[start - 1] == " ":
        start -= 1
    i = ctx.token_index_ending_at(start)
    if i is None:
        return False
    s, e = ctx.tokens[i]
    if e - s == 1 and i > 0 and CJK_RE.match(ctx.fold[ctx.tokens[i - 1][0]]):
        s = ctx.tokens[i - 1][0]  # 降糖 + 藥: the kind of drug is two tokens
    word = ctx.fold[s:e]
    return word.endswith(rules.drug_word_endings) and word not in rules.drug_word_not_cues


def _code_clause(ctx: Ctx, r: Run) -> tuple[str, str] | None:
    """The clause around a dashless code name (AB308, XYZ4567), or None for other shapes."""
    if not DASHLESS_CODE.fullmatch(r.name):
        return None
    head = r.name[: len(r.name) - len(r.name.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
    if head in ctx.rules.code_not_heads:  # TOP10, ISO13485, FDA510K
        return None
    if ctx.fold.startswith(ctx.rules.code_amount_after, r.end):  # NT300億: an amount
        return None
    fold = ctx.fold
    before = CLAUSE_BREAK.split(fold[max(0, r.start - 20) : r.start])[-1]
    after = CLAUSE_BREAK.split(fold[r.end : r.end + 12])[0]
    return before, after


def _code_target(ctx: Ctx, r: Run) -> bool:
    """抗CD276, IL23抑制劑: a code after 抗 or before 抗體 names a target, not a product
    (雙抗 + code is still a drug)."""
    clause = _code_clause(ctx, r)
    if clause is None:
        return False
    rules = ctx.rules
    before, after = clause
    target_before = rules.code_target_before_re.search(before) and not (
        rules.drug_code_cue_end_re.search(before)
    )
    return bool(target_before or rules.code_target_after_re.match(after))


# Immunologic + agents ⏎: lower-case English words after a run, to a line's end, a Chinese
# character or a mark
_LOWER_WORDS_TO_END = re.compile(r"(?: [a-z]{2,})+ ?(?=$|\n|[^\x00-\x7f]|[,.;:)])")
# (a capitalised word: _TITLE_WORD, below with the tiers after a version)


def _sentence_case_gloss(ctx: Ctx, r: Run) -> bool:
    """第8節免疫製劑Immunologic agents: one capitalised word and lower-case English words after it
    to the end of the phrase is an English term written as a sentence starts (a heading's
    gloss of a class of drugs), not a name and the words after it (prods48). A name's
    qualifier with a version (GPT-4o mini) has digits; a particle opens no such term."""
    if not _TITLE_WORD.fullmatch(r.name):
        return False
    m = _LOWER_WORDS_TO_END.match(ctx.fold, r.end)
    if m is None:
        return False
    words = m.group().split()
    return words[0] not in ctx.rules.english_particles and not any(
        w in ctx.rules.model_variant_words for w in words
    )


def find_field_products(ctx: Ctx) -> list[Cand]:
    """產品中文名稱：二尖瓣夾系統: the value of a filing's field that names its product, alone on
    its line, is that product, whatever words it is written in (prods48); a kind word alone
    (產品名稱：藥品) names none."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.product_field_value_re.finditer(fold):
        s, e = m.span(1)
        if rules.is_generic(fold[s:e]):
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("product_field"), 2))
    return out


def _trial_code(ctx: Ctx, r: Run) -> bool:
    """臨床試驗 IZABRIGHT-Breast01, 試驗“KEYNOTE-189”: a code right after a word for a
    trial (``series_trial_words``) is the trial's name, not the drug's (prods48)."""
    if not (CODE_NAME.fullmatch(r.name) or DASHLESS_CODE.fullmatch(r.name)):
        return False
    lo = max(0, r.start - 8)
    return ctx.rules.series_trial_before_re.search(ctx.fold, lo, r.start) is not None


def _drug_code(ctx: Ctx, r: Run) -> bool:
    """AB308, XYZ4567 next to a drug word of its clause (雙抗, 臨床, 授權): a drug's code
    name. Elsewhere the same shape is a stock code, a part or a chip."""
    clause = _code_clause(ctx, r)
    if clause is None:
        return False
    cue = ctx.rules.drug_code_cue_re
    return bool(cue.search(clause[0]) or cue.search(clause[1]))


def _feature_word(ctx: Ctx, r: Run) -> bool:
    """A standard, a format or a kind of part before "的 … product": no maker of it.

    支援 H.265 的產品, 相容於 802.11ax 的產品, 使用 MOSFET 的筆電: what a product supports or is
    built from (a feature verb in the same list item, or a technology term) is written where a
    maker's name would be.
    """
    rules = ctx.rules
    if r.name.casefold() in rules.not_product_terms:
        return True
    return bool(rules.feature_item_re.search(ctx.fold, max(0, r.start - 30), r.start))


def _companies_by_their_acts(ctx: Ctx, runs: Sequence[Run]) -> None:
    """Hydis + 關廠, X + 將裁員: what only a company undergoes (``company_only_acts``) makes
    the name a company wherever it is written, over a product's cue before it elsewhere
    (旗下 + Hydis: a subsidiary, not a product)."""
    acts = ctx.rules.company_only_acts_re
    names = {r.name.casefold() for r in runs if not r.not_name and acts.match(ctx.fold, r.end)}
    for r in runs:
        if r.name.casefold() in names and not r.known:
            r.add(ORG, r.evidence[PRODUCT] + 1, rule_id("latin_company_act"), "company")


def _list_chains(ctx: Ctx, runs: Sequence[Run]) -> list[list[Run]]:
    """The runs in reading order, grouped into lists (Casgevy和 Lyfgenia, A、B、C)."""
    rules, fold = ctx.rules, ctx.fold
    chains: list[list[Run]] = []
    for r in runs:
        if chains:
            prev = chains[-1][-1]
            gap_start = prev.end_ext or prev.end
            # Entresto（78.22億美元，+31%）、Kesimpta: a figure in parentheses after an item
            attr = _ITEM_ATTRIBUTE.match(fold, gap_start)
            if attr is not None and r.not_name and r.end <= attr.end():
                continue  # the figure inside it (78.22) is no item of the list
            gap = fold[attr.end() if attr else gap_start : r.start]
            # (a slash between two runs: the parts of Windows/Mac/Android)
            if gap == "/" or (gap.strip() and rules.coordinator_gap_re.fullmatch(gap)):
                chains[-1].append(r)
                continue
        chains.append([r])
    return chains


def propagate_runs(ctx: Ctx, runs: Sequence[Run]) -> None:
    """Share a type along a list (Casgevy和 Lyfgenia) and read "X 的 … product" as company.

    A name typed in one place is typed wherever it is written, before lists are read, so
    that "NVIDIA、Microsoft" learns from a Microsoft typed elsewhere.
    """
    rules, fold = ctx.rules, ctx.fold
    typed: dict[str, tuple[str, str | None]] = {}
    for r in runs:
        if r.label is not None and not r.not_name:
            typed.setdefault(r.name.casefold(), (r.label, r.kind))
    for r in runs:
        if r.label is None and not r.not_name and r.name.casefold() in typed:
            label, kind = typed[r.name.casefold()]
            r.add(label, 1, rule_id("repeat"), kind)
    for i, r in enumerate(runs):
        if r.label is not None or r.not_name or not rules.possessive_re.match(fold, r.end):
            continue
        clause_end = CLAUSE_BREAK.search(fold, r.end)
        stop = clause_end.start() if clause_end else len(fold)
        for k in range(i + 1, len(runs)):  # in place: a slice copied the tail per run
            o = runs[k]
            if o.start >= stop:
                break
            if o.label == PRODUCT:
                if not _feature_word(ctx, r):
                    r.add(ORG, 1, rule_id("latin_possessive"), "company")
                break
    for chain in _list_chains(ctx, runs):
        labels = [r.label for r in chain if r.label]
        if not labels or len(chain) < 2:
            continue
        label = max(dict.fromkeys(labels), key=labels.count)  # a tie: the first written
        kinds = [r.kind for r in chain if r.label == ORG and r.kind]
        for r in chain:
            if r.label is None and not r.not_name and not _NUMBER_CELL_END.search(r.name):
                if _glued_in_list_of_kind(ctx, r):
                    continue
                r.add(label, 1, rule_id("coordination"), kinds[0] if kinds else None)


def _glued_in_list_of_kind(ctx: Ctx, r: Run) -> bool:
    """勝華 + OGS和宸鴻TOL等觸控技術: a Latin word glued after Chinese in a list closed by 等
    and a kind of technology or goods is a company's technology, no company (orgs50)."""
    fold = ctx.fold
    return (
        r.start > 0
        and CJK_RE.match(fold[r.start - 1]) is not None
        and ctx.rules.list_of_kind_after_re.match(fold, r.end) is not None
    )


# 荷蘭DP + 3 + 銷貨 540: a bare number after a short capitalized word in a table row is the
# next cell (a code of the relation), which only a list's neighbour would type as a company's
# name with it; a model's number (Quest 3) is typed by its own cue, never by a list.
_NUMBER_CELL_END = re.compile(r"(?<![A-Za-z])[A-Z]{1,4} [0-9]{1,2}$")


def _starts_within(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` lies in [lo, hi): a bisection, not a walk."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _second_look(ctx: Ctx, runs: Sequence[Run], known: Sequence[Cand]) -> None:
    """What only the typed neighbours tell: a model after a company found by a cue
    (AMD則以 MI300X), and a lexicon product with more name before it (Factory Gemini:
    a name wrapped at a space, whose second word alone is a known product)."""
    org_ends = {r.end for r in runs if r.label == ORG}
    products_ending = {c.end: c for c in known if c.label == PRODUCT}
    org_starts = sorted(c.start for c in known if c.label == ORG)
    for r in runs:
        if r.label is not None or r.not_name or r.known:
            continue
        if (
            any(ch.isdigit() for ch in r.name)
            and not _COUNTED_FIGURE.search(r.name)  # Predicts 15M Shipments: a count, no model
            and not _numbered_org(ctx, r)
            and _after_company(ctx, r.start, org_ends)
            and not _row_run(ctx.fold, r.start, r.end)
            and not _english_line(ctx.fold, r.start, r.end)  # Qualcomm Surpasses Q1 …
        ):
            r.add(PRODUCT, 2, rule_id("company_model"))
        p = products_ending.get(r.end)
        if (
            p is not None
            and p.start > r.start
            and not _starts_within(org_starts, r.start, p.start)
            and not ctx.rules.is_not_name(ctx.fold[r.start : p.start].strip())
        ):
            r.add(PRODUCT, 2, rule_id("product_extension"))
    # CoWoS, SunArc: a word with a capital inside, and nothing else said about it, is
    # more often a brand than a company (companies are introduced by what they do); the
    # weakest vote, so any cue for the same name elsewhere in the report wins
    typed = {r.name.casefold() for r in runs if r.label is not None}
    fold = ctx.fold
    # DeepSeek beside DeepSeek-R1: a word that opens a longer product's name is its maker
    # (not iPhone beside iPhone 13: a coined line's numbered model leaves the line a product)
    models = {
        r.name.casefold()
        for r in runs
        if r.label == PRODUCT and not _coined_version(ctx.rules, r.name)
    } | {
        fold[c.start : c.end].casefold() for c in known if c.label == PRODUCT
    }
    # Zorva-Pro + -7B, Zorva-Pro + -Mini-2: a found product's name, a dash, then a variant
    # with a number is a model of it (the size of an AI model, a generation)
    for r in runs:
        folded = r.name.casefold()
        if r.label is None and not r.not_name and _dash_variant_of(folded, models):
            r.add(PRODUCT, 2, rule_id("product_model"))
            models.add(folded)
    for r in runs:
        after_number = bool(_NUMBER_END.search(fold, max(0, r.start - 2), r.start))
        if (
            r.label is None
            and not (r.not_name or r.known or after_number)  # 5 mmHg, 10kW: units
            and r.name.casefold() not in typed
            and len(r.name) >= 4
            and r.name[0].isalpha()
            and " " not in r.name
            and _INNER_CAPITAL.search(r.name)
            and not _PREFIXED_INITIALS.fullmatch(r.name)  # sNDA, mRNA: initials, no brand
            and not _glossed_term(ctx, r)
            and not any(
                m.startswith((f"{r.name.casefold()} ", f"{r.name.casefold()}-")) for m in models
            )
            # 參展 ChinaJoy: a fair one attends, no brand (prods36)
            and not ctx.rules.event_before_re.search(fold, max(0, r.start - 6), r.start)
        ):
            if _firm_frame(ctx, r.start, r.end):
                # ServiceNow大漲14%, 晶圓廠如 SkyWater: a firm by its clause (prods66), typed
                # before the lists below learn from it (a list with a company gives nothing)
                r.add(ORG, 1, rule_id("latin_company_cue"), "company")
            else:
                r.add(PRODUCT, 0, rule_id("brand_shape"))
    # FaceTime、Zoom、Teams 等 (prods41): a list whose only typed items are brands by their
    # shape (read above, after the lists were first read) types its other items as products;
    # a list with a company in it gives nothing
    for chain in _list_chains(ctx, runs):
        labels = {r.label for r in chain if r.label is not None}
        if labels != {PRODUCT} or len(chain) < 2:
            continue
        for r in chain:
            if r.label is None and not r.not_name and not _NUMBER_CELL_END.search(r.name):
                r.add(PRODUCT, 0, rule_id("coordination"))


# A word that gives a model's version: 2.0, 3.5 (Gemini 2.0), o3-mini, o1, R1, V3, 4o, and a
# name with its version after a dash (GPT-3.5, GPT-4o, Qwen-2.5)
_VERSION_WORD = re.compile(
    r"\d+(?:\.\d+)+|[a-z][0-9][A-Za-z0-9\-]*|[A-Z][0-9]{1,2}|[0-9][a-z]"
    r"|[A-Za-z]{2,}-[0-9]+(?:\.[0-9]+)+[a-z]?|[A-Za-z]{2,}-[0-9][a-z]"
)


def _versioned_models(ctx: Ctx, runs: Sequence[Run]) -> None:
    """R1則概述…, o3-mini認為…, Gemini 2.0亦…: a name that carries a version (2.0, o3, R1)
    is a model, not a company, even when it is said to act; companies' names carry no
    version. Only a company read off weak cues (則, 亦, a list mate) gives way: a legal
    form, a body word, a lexicon entry or what only a company has after it (公司, 股價,
    執行長: ``company_only_after``) keeps it a company."""
    for r in runs:
        if (
            r.label != ORG
            or r.known
            or r.end_ext
            or r.not_name
            or ctx.rules.latin_org_kind(r.name)
            or r.evidence[ORG] > 2
            or not any(_VERSION_WORD.fullmatch(w) for w in r.name.split())
            or ctx.rules.company_only_after_re.match(ctx.fold, r.end)
        ):
            continue
        r.add(PRODUCT, r.evidence[ORG] + 1, rule_id("model_version"))


def _glossed_term(ctx: Ctx, r: Run) -> bool:
    """宿主抗移植物反應（HvGR）, 原發性漿細胞白血病（pPCL）: a short form alone in
    parentheses right after a Chinese phrase abbreviates that phrase, a term of the field;
    its shape alone does not make it a brand."""
    fold = ctx.fold
    if not (r.start >= 2 and fold[r.start - 1] in "（(" and CJK_RE.match(fold[r.start - 2])):
        return False
    # 慢性淋巴細胞白血病（CLL，chronic lymphocytic leukemia）: the short form, then its
    # spelled-out English words, glosses the phrase just the same
    return fold[r.end : r.end + 1] in ("）", ")") or bool(_SPELLED_OUT.match(fold, r.end))


def _cut_company_heads(ctx: Ctx, runs: list[Run], known: Sequence[Cand]) -> None:
    """OPPO Find N5, MediaTek Dimensity 9400: a known company's name opening a longer run
    that names a model (a number or a variant word in it) is the maker, not part of the
    product; the run starts after it, where a model after a company (特斯拉Model Y) is
    read as that company's model."""
    fold = ctx.fold
    org_at = {c.start: c.end for c in known if c.label == ORG}
    products = {(c.start, c.end) for c in known if c.label == PRODUCT}
    product_at = {c.start for c in known if c.label == PRODUCT}
    for r in runs:
        # x86 Windows (prods41): a platform's word before a known product is no part of it
        head = fold[r.start : r.end].split(" ")[0]
        if (
            head.casefold() in ctx.rules.platform_heads
            and r.start + len(head) + 1 in product_at
            and fold[r.start + len(head) : r.start + len(head) + 1] == " "
        ):
            r.start += len(head) + 1
            r.name = ctx.text[r.start : r.end]
            continue
        e = org_at.get(r.start)
        if e is None or e >= r.end or fold[e : e + 1] != " " or (r.start, r.end) in products:
            continue
        rest = fold[e + 1 : r.end].split()
        # 筆電（如 Dell XPS）: an example of a kind of product, its maker first (prods41)
        example = _kind_example_before(ctx, r.start)
        # AMD Strix Halo + 處理器: a line's name between its maker and a kind of product
        # (prods42)
        kind_after = bool(ctx.rules.product_after_re.match(fold, r.end)) and not (
            ctx.rules.is_not_name(" ".join(rest))
        )
        model = (
            any(ch.isdigit() for w in rest for ch in w)
            or any(w.casefold() in ctx.rules.model_variant_words for w in rest)
            or example
            or kind_after
            or e + 1 in product_at  # Google + Android: a known product after its maker (prods47)
        )
        # FDA 510(k): a number alone after the company is a clearance, not a model
        if not model or not rest[0][0].isalpha() or ctx.rules.latin_org_kind(r.name):
            continue  # BioMarin Pharmaceutical: the company's full name
        r.start = e + 1
        r.name = ctx.text[r.start : r.end]
        if example:
            r.add(PRODUCT, 2, rule_id("latin_product_cue"))


# a Chinese gloss in brackets right after initials (BBU（備援電池）), or the bracket that
# opens with the initials after their gloss (備援電池 (BBU, Back-up Battery Unit))
_GLOSS_AFTER = re.compile(rf" ?[（(]([{CJK}]{{2,12}})[）)]")
_BRACKET_BEFORE = re.compile(r"[（(] ?$")


def _kind_glossed_initials(ctx: Ctx, runs: Sequence[Run]) -> frozenset[str]:
    """BBU（備援電池）, 備援電池 (BBU, …): initials the text glosses by ordinary words for a
    kind of goods (``goods_term``: dictionary words ending in 電池, 電路, 車) name that kind
    wherever the text writes them (BBU 營收: the segment's revenue, no company's) (orgs83)."""
    fold = ctx.fold
    out: set[str] = set()
    for r in runs:
        if r.known or r.not_name or not is_acronym(r.name) or " " in r.name:
            continue
        m = _GLOSS_AFTER.match(fold, r.end)
        if m is not None and goods_term(ctx, r.name, m.start(1), m.end(1)):
            if not ctx.rules.org_acts_after_re.match(fold, m.end()):
                out.add(r.name.casefold())  # X（某某汽車）宣布: a firm that acts, no kind
            continue
        b = _BRACKET_BEFORE.search(fold, max(0, r.start - 3), r.start)
        close = fold.find(")" if b is not None and b.group()[0] == "(" else "）", r.end)
        if b is None or (close >= 0 and ctx.rules.org_acts_after_re.match(fold, close + 1)):
            continue
        end = b.start()
        while end > 0 and fold[end - 1] == " ":
            end -= 1
        i = ctx.token_index_ending_at(end)
        # the gloss's first word: two or three words back, each a dictionary word
        for k in (1, 2, 3):
            if i is None or i - k < 0:
                break
            start = ctx.tokens[i - k][0]
            if goods_term(ctx, r.name, start, end):
                out.add(r.name.casefold())
                break
    return frozenset(out)


def find_latin_candidates(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """Latin-script products and organizations found by their context."""
    runs = latin_runs(ctx)
    glossed = _kind_glossed_initials(ctx, runs)
    for r in runs:
        if glossed and not r.known and r.name.casefold() in glossed:
            r.not_name = True  # BBU 營收 where the text glosses BBU（備援電池）: a kind (orgs83)
        # a clause or a form (18C規則), a disease (CLL患者): a name only with a body word after it
        if _code_of_document(ctx, r) or ctx.rules.disease_after_re.match(ctx.fold, r.end):
            r.not_name = True
        if ctx.fold[r.start - 1 : r.start] in ("#", "@", "＃") and r.start > 0:
            r.not_name = True  # #AppleLaunch, @OpenAI: a hashtag or a handle, not a mention
    known_list = list(known)
    known_at = {(c.start, c.end): c for c in known_list}
    _cut_company_heads(ctx, runs, known_list)
    # lexicon hits are evidence for their neighbours in a list
    extra = []
    for r in runs:
        k = known_at.get((r.start, r.end))
        if k is not None:
            r.known = True
            r.add(k.label, 3, k.rule, k.kind)
    covered = bytearray(len(ctx.fold) + 1)
    for r in runs:
        covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    for c in known_list:
        if not covered[c.start]:
            extra.append(Run(c.start, c.end, ctx.text[c.start : c.end], known=True))
            extra[-1].add(c.label, 3, c.rule, c.kind)
    runs = sorted([*runs, *extra], key=lambda r: r.start)
    org_ends = {c.end for c in known_list if c.label == ORG}
    product_starts = frozenset(c.start for c in known_list if c.label == PRODUCT)
    classify_runs(ctx, runs, org_ends, product_starts)
    _companies_by_their_acts(ctx, runs)
    propagate_runs(ctx, runs)
    _second_look(ctx, runs, known_list)
    _versioned_models(ctx, runs)
    out: list[Cand] = []
    for r in runs:
        label = r.label
        if label is None or (r.known and not r.end_ext):
            continue
        end = r.end_ext if (label == ORG and r.end_ext) else r.end
        if label == PRODUCT and r.form_end:
            end = r.form_end
        elif label == PRODUCT:
            end = _edition_end(ctx, end)  # a model's edition: Magic6 + 至臻版
        if r.not_name and not r.end_ext:
            continue
        if label == ORG and _continues_line_before(ctx, r.start):
            continue
        cand = Cand(
            r.start,
            end,
            label,
            r.kind if label == ORG else None,
            r.rules_hit[label],
            min(2, r.evidence[label]),
        )
        out.extend(_split_slash_models(ctx, cand) if label == PRODUCT else [cand])
    return out


def _edition_end(ctx: Ctx, end: int) -> int:
    """榮耀Magic6 + 至臻版: an edition word after a model is part of its name. (The maker
    stays out of it, 三星S9 → S9, as the annotators write it.)"""
    edition = ctx.rules.model_edition_re.match(ctx.fold, end)
    return edition.end() if edition is not None else end


# 7A/8A, SE2/SE3, H100/H200: two model numbers of one shape joined by a slash
_SLASH_MODELS = re.compile(
    r"([A-Za-z]{0,3}[0-9]{1,4}[A-Za-z]{0,2})/([A-Za-z]{0,3}[0-9]{1,4}[A-Za-z]{0,2})$"
)


# iPhone 6s/ 6s Plus: the model after the slash repeats the first one's number and adds a word
_SLASH_REPEAT = re.compile(r"([A-Za-z0-9\-]*[0-9][A-Za-z0-9\-]*)/ ?(\1 [A-Za-z0-9+]+)$")


def _split_slash_models(ctx: Ctx, c: Cand) -> list[Cand]:
    """Pixel 7A/8A, iPhone SE2/SE3, H100/H200: a product line with two model numbers is two
    models, the first written with the line's name (Pixel 7A) and the second as written
    (8A). iPhone 6s/ 6s Plus: a second model that repeats the first one's number with a word
    of its own is two models too (iPhone 6s, 6s Plus)."""
    rep = _SLASH_REPEAT.search(ctx.fold, c.start, c.end)
    if rep is not None and rep.start() > c.start:
        return [
            Cand(c.start, rep.end(1), c.label, c.kind, c.rule, c.strength),
            Cand(rep.start(2), rep.end(2), c.label, c.kind, c.rule, c.strength),
        ]
    # iPhone 17 Pro/Pro Max (prods41): variant words after the slash name the line's other
    # model, no name as written; the first model keeps the line's name
    slash = ctx.fold.find("/", c.start, c.end)
    if slash > c.start and any(ch.isdigit() for ch in ctx.fold[c.start : slash]):
        tail = ctx.fold[slash + 1 : c.end].split()
        if tail and all(w.casefold() in ctx.rules.model_variant_words for w in tail):
            return [Cand(c.start, slash, c.label, c.kind, c.rule, c.strength)]
    m = _SLASH_MODELS.search(ctx.fold, c.start, c.end)
    if m is None or not all(re.search("[A-Za-z]", s) for s in (m.group(1), m.group(2))):
        return [c]  # 2023/2024: years; H100/H200 and SE2/SE3 carry letters
    a, b = m.span(1), m.span(2)
    return [
        Cand(c.start, a[1], c.label, c.kind, c.rule, c.strength),
        Cand(b[0], b[1], c.label, c.kind, c.rule, c.strength),
    ]


_YEAR = re.compile(r"(?:19|20)\d\d")
# 年 after a year (a space may stand between), not 年款 / 年版 / 年式, a model year
_YEAR_AFTER = re.compile(r" ?年(?![款版式])")


# a dotted version number (2.0, 3.5): what follows it in capitals and small letters is a tier
_DOTTED_VERSION = re.compile(r"[0-9]+\.[0-9]+")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _tier_after_version(fold: str, words: list[tuple[int, int]]) -> bool:
    """Gemini 2.0 + Flash, Claude 3.5 + Sonnet: a capitalised word right after a dotted version
    names the model's tier, even a word of the trade (Flash); not GB200 + GPU, whose number is
    no version and whose word is an acronym."""
    if len(words) < 2:
        return False
    return bool(
        _DOTTED_VERSION.fullmatch(fold, *words[-2]) and _TITLE_WORD.fullmatch(fold, *words[-1])
    )


def _model_run_end(ctx: Ctx, c: Cand) -> int | None:
    """Galaxy + Z Fold7, GB200 + NVL72, Galaxy S25 + Ultra: the run of Latin words that goes
    on after a known product's name, when a word of it is a number or names a variant."""
    rules, fold = ctx.rules, ctx.fold
    if fold[c.end : c.end + 1] != " " or not fold[c.start : c.end].isascii():
        return None
    m = LATIN_RUN.match(fold, c.start)
    if m is None or m.end() <= c.end:
        return None
    words = [w.span() for w in _WORD.finditer(fold, c.end, m.end())]
    # Galaxy S25+ 12GB RAM: a capacity or a size and what follows it are the model's
    # specification, not its name
    for k, (a, b) in enumerate(words):
        # (X Injectable Suspension + 100mg: a drug's strength likewise)
        if rules.model_capacity_re.fullmatch(fold, a, b) or rules.dose_re.fullmatch(fold, a, b):
            del words[k:]
            break
    # Galaxy AI, GB200 GPU: a trade word is no model (a number is: Galaxy Z Flip 6); nor is an
    # English noun a headline goes on with (iPhone SE 4 + Shipments: -ment, -tion … in plural)
    while (
        words
        and not fold[slice(*words[-1])].isdigit()
        and (
            rules.is_not_name(fold[slice(*words[-1])])
            or fold[slice(*words[-1])].removesuffix("s").endswith(rules.english_word_endings)
        )
        and fold[slice(*words[-1])].casefold() not in rules.model_variant_words  # SEROQUEL XR
        and not _tier_after_version(fold, words)
    ):
        words.pop()
    # MI325X + Q4 上膛: a quarter's code after a numbered model dates it (prods60)
    if words and _QUARTER_CODE.fullmatch(fold, *words[-1]):
        before = fold[slice(*words[-2])] if len(words) > 1 else fold[c.start : c.end]
        if any(ch.isdigit() for ch in before):
            words.pop()
    # Geekbench + 1302: four digits or more after a benchmark app are its score (prods60)
    if (
        words
        and fold[c.start : c.end].casefold() in rules.score_apps
        and _SCORE.fullmatch(fold, *words[0])
    ):
        return None
    texts = [fold[a:b] for a, b in words]
    if not texts or (
        rules.latin_org_kind(fold[c.start : words[-1][1]])
        and texts[-1].casefold() not in rules.model_variant_words  # iPhone SE: a model
    ):
        return None
    if any(_YEAR.fullmatch(t) for t in texts):
        return None  # GTC 2025: an edition year
    if (
        any(ch.isdigit() for t in texts for ch in t)
        or any(t.casefold() in rules.model_variant_words for t in texts)
        or (
            _slash_variant(rules, texts[-1])
            and not fold[words[-1][1] :].lstrip(" ").startswith(rules.slash_pair_not_before)
        )
    ):
        return words[-1][1]
    return None


# X/S, 16A/B, Pro/Max: a model's last part and its variants after slashes
_SLASH_PARTS = re.compile(r"[A-Za-z0-9\-]+(?:/[A-Za-z0-9]+)+")


def _slash_variant(rules: Rules, word: str) -> bool:
    """Series X/S, F-16A/B: a run's last word that lists variants of its own last part with
    slashes — a capital after a capital or a variant word (Pro/Max) — names a line of
    models, one product written with its variants. Not a number after a number (5/6, 3/4:
    a date or a fraction is written so), a unit or a ratio (km/h: small letters), nor
    initials of two words (TCP/IP: the parts are no variants of each other)."""
    if not _SLASH_PARTS.fullmatch(word):
        return False
    head, *variants = word.split("/")
    for variant in variants:
        if variant.casefold() in rules.model_variant_words:
            continue
        if len(variant) == 1 and variant.isupper() and head[-1:].isupper():
            continue
        return False
    return True


def _continues_line_before(ctx: Ctx, start: int) -> bool:
    """SEMICONDUCTORES S.A. opening a line after a cell ending CAL-COMP INDUSTRIA DE: the
    rest of a name a table cell wrapped, not a name (a name never ends on a connector)."""
    fold = ctx.fold
    line_start = fold.rfind("\n", 0, start) + 1
    if line_start == 0 or fold[line_start:start].strip():
        return False
    prev_start = fold.rfind("\n", 0, line_start - 1) + 1
    return ctx.rules.cut_latin_line_re.search(fold, prev_start, line_start - 1) is not None


# GPT-4o + mini, o3 + mini: a variant word written in lower case after a versioned model
# (not GPT-4o max tokens: a lower-case word after it makes it English)
# (or after a dash: Phi-3 + -mini, GPT-4o + -mini, with no cue before them: prods62)
_LOWER_VARIANT = re.compile(r"[ \-]([a-z]{2,6})(?![A-Za-z0-9\-]| +[a-z])")


def _lower_variant_end(ctx: Ctx, c: Cand) -> int | None:
    """GPT-4o mini, Gemini 2.0 pro: a known model that carries a version (a digit), then a
    variant word in lower case (``model_variant_words``), is that variant, a model of its
    own; the trade writes AI models' tiers so. A name with no version (Apple pro) takes
    none: there the word is English."""
    fold = ctx.fold
    name = fold[c.start : c.end]
    m = _LOWER_VARIANT.match(fold, c.end)
    if (
        m is None
        or not name.isascii()
        or not any(ch.isdigit() for ch in name)
        or m.group(1) not in ctx.rules.model_variant_words
    ):
        return None
    return m.end()


# RDNA + 3.5, Zen + 5.1: a generation written with one decimal after a Latin line's name
_DECIMAL_GENERATION = re.compile(r" ?[0-9]{1,2}\.[0-9](?![0-9A-Za-z.%％])")


def _decimal_generation_end(ctx: Ctx, end: int) -> int | None:
    """RDNA 3.5 架構: a Latin line's name, then a number with one decimal that no unit, count,
    currency or magnitude follows, is that generation of the line (prods48); 某 3.5 億 and
    某 2.5 倍 are figures."""
    fold, rules = ctx.fold, ctx.rules
    m = _DECIMAL_GENERATION.match(fold, end)
    if m is None:
        return None
    after = m.end() + (fold[m.end() : m.end() + 1] == " ")
    nxt = fold[after : after + 1]
    spec = rules.model_capacity_re.match(fold, m.start() + (fold[m.start()] == " "))
    if spec is not None or rules.dose_re.match(fold, m.start() + (fold[m.start()] == " ")):
        return None  # Helio 2.5 GHz, X 2.5 mg: a specification, not a generation
    if (
        not nxt
        or not (nxt.isalnum() or CJK_RE.match(nxt))  # a mark or a line's end after it
        or rules.platform_word_re.match(fold, after)  # + 架構, + 平台
        or rules.version_launch_re.match(fold, after)  # + 剛發表: a version launched (prods64)
        or (CJK_RE.match(nxt) and _product_noun_after(ctx, after))  # + 處理器
        or (nxt.isascii() and nxt.isupper())  # + GPU, + NPU
    ):
        return m.end()
    return None


def _spaced_line_number(ctx: Ctx, m: re.Match[str], strength: int) -> bool:
    """驍龍 8 系列晶片, 驍龍 8 處理器: one or two digits a space after a listed Chinese line's
    name, then 系列 or a word for a kind of product, are that line's model (prods59); before
    a verb (相比驍龍 8 降低), a count or an amount (微信 10 億) they stay no model."""
    if strength < 3 or not re.fullmatch(r" [0-9]{1,2}", m.group()):
        return False
    fold = ctx.fold
    after = m.end() + (fold[m.end() : m.end() + 1] == " ")
    return fold.startswith("系列", after) or _product_noun_after(ctx, after)


# 驍龍8+, 驍龍 8 +: the plus a maker writes after a Chinese line's model number
_PLUS_MARK = re.compile(r" ?\+")


def _plus_mark_end(ctx: Ctx, end: int) -> int | None:
    """驍龍8+ 旗艦處理器, 驍龍 8 + 或天璣9000, 驍龍8+ Gen 1: a plus right after a Chinese
    line's model number is part of the model's name when a Chinese word, a mark, a line's end
    or a tail word (``cjk_model_tail_words``) follows it; a Latin word or a number after it
    (驍龍8+LPDDR5X, 驍龍8 + 16GB) makes it a joint of two parts, no name's (prods59)."""
    fold = ctx.fold
    m = _PLUS_MARK.match(fold, end)
    if m is None:
        return None
    after = m.end()
    if ctx.rules.cjk_model_tail_re.match(fold, after):
        return after
    nxt = fold[after + (fold[after : after + 1] == " ") :][:1]
    if nxt == "+" or (nxt.isascii() and nxt.isalnum()):
        return None
    return after


_SERIES_LETTER = re.compile(r" [A-Z](?= ?(?:[^\x00-\x7f]|$))")


def find_product_models(ctx: Ctx, products: Iterable[Cand], strength: int = 3) -> list[Cand]:
    """A known product with a model number after it is that model: 天璣 + 9300.
    ``strength``: a lexicon's product vouches more (3) than one the rules found (2)."""
    fold = ctx.fold
    out: list[Cand] = []
    for c in products:
        if c.label != PRODUCT:
            continue
        end = _model_run_end(ctx, c) or _lower_variant_end(ctx, c)
        if end is None and not fold[c.start : c.end].isascii():
            # 鴻蒙 + OS 4.0, 天璣 + AIOS 6.0: a Chinese line's name with a system's word glued
            # after it (and its version) is that system, a product of its own (prods47)
            system = ctx.rules.glued_system_re.match(fold, c.end)
            end = system.end() if system is not None else None
        if end is None and fold[c.start : c.end].isascii():
            # Galaxy + J, iPhone + X: a Latin line's series letter, Chinese or a clause's
            # end after it (not Snapdragon X + Elite: more Latin words follow) (prods47)
            letter = _SERIES_LETTER.match(fold, c.end)
            end = letter.end() if letter is not None else None
        if end is None and fold[c.start : c.end].isascii():
            end = _decimal_generation_end(ctx, c.end)  # RDNA + 3.5: a generation's number
        if end is None:
            m = MODEL_NUMBER.match(fold, c.end)
            if not m:
                continue
            if m.group().startswith(" ") and not fold[c.end - 1].isascii():
                # 天璣 + 8400, 驍龍 + 8s Gen 3: after a space, a Chinese line's model number
                # has a model's shape or a variant word after it (not 微信 + 10 億)
                spaced = _SPACED_CJK_MODEL.fullmatch(m.group().strip())
                if (
                    not spaced
                    and not ctx.rules.cjk_model_tail_re.match(fold, m.end())
                    and _plus_mark_end(ctx, m.end()) is None  # 驍龍 8 + 旗艦處理器
                    and not _spaced_line_number(ctx, m, strength)
                ):
                    continue
                after = m.end() + (fold[m.end() : m.end() + 1] == " ")
                # 抖音 + 500 + 萬, 某模型 + 300 + 個: a count, no model
                counted = ctx.rules.series_amount_re.match(fold, after)
                if counted or _AMOUNT_AFTER.match(fold, after):
                    continue
            num = m.group().strip()
            if fold[m.end() : m.end() + 1] in "年月日":
                continue
            # 安兔兔 + 1002596: four digits or more after a benchmark app are its score (prods60)
            if _SCORE.fullmatch(num) and fold[c.start : c.end].casefold() in ctx.rules.score_apps:
                continue
            # MI325X + Q4 上膛: a quarter's code after a model that has its number already
            # dates it (Audi + Q4: a line's letter and number stays the model) (prods60)
            if _QUARTER_CODE.fullmatch(num) and any(ch.isdigit() for ch in fold[c.start : c.end]):
                continue
            # 天璣2000, 天璣2000系列 beside 2023年: four digits glued to a listed line (no space,
            # no 年 after them) are its model, not a year (prods58); a year-shaped number a
            # space apart (Switch 2025) or after a line the rules found stays no model
            if re.fullmatch(r"(?:19|20)\d\d", num) and (m.group().startswith(" ") or strength < 3):
                continue
            end = m.end()
        if _counted_after(ctx.rules, fold, end):
            continue  # Vexo 3 + 萬臺: a count of the goods, not a model number
        after_num = end + (fold[end : end + 1] == " ")
        amount = ctx.rules.series_amount_re.match(fold, after_num) or _AMOUNT_AFTER.match(
            fold, after_num
        )
        k = ctx.token_index_at(after_num)
        word = fold[ctx.tokens[k][0] : ctx.tokens[k][1]] if k is not None else ""
        if (
            amount is not None
            # not XDNA 2 + 架構: a word that opens with a count's character (億美元 does)
            and (ctx.is_boundary(amount.end()) or ctx.word_freq(word) < RARE_FREQ)
            and fold[c.end : c.end + 1] == " "
            and fold[c.end : end].strip().isdigit()
        ):
            continue  # Google + 30 億美元, MEXT + 39 名員工: a count after a space (prods65)
        if ctx.rules.is_spec(fold[c.end : end].strip()):
            continue  # 某格魯肽 + 25mg: a drug's dose, a quantity, not a model number
        end = _edition_end(ctx, end)  # 驍龍8 + 至尊版
        start = c.start
        if not fold[c.start : c.end].isascii():
            end = _plus_mark_end(ctx, end) or end  # 驍龍8+ 旗艦處理器 (prods59)
            tail = ctx.rules.cjk_model_tail_re.match(fold, end)
            end = tail.end() if tail is not None else end  # 驍龍8 + Gen 3, 驍龍8 + Elite
            # 第二代 + 驍龍8: a listed line's generation glued before it is the model's (prods58)
            generation = ctx.rules.cjk_model_generation_re.search(fold, max(0, start - 4), start)
            start = generation.start() if generation is not None and strength >= 3 else start
        out += _split_slash_models(
            ctx, Cand(start, end, PRODUCT, None, rule_id("product_model"), strength)
        )
    return out


def _mentions_of(ctx: Ctx, cands: Iterable[Cand]) -> list[Cand]:
    """Every place the text writes one of these names (a Latin name as a whole word), each as
    a copy of the candidate that found it: a model number may follow any mention of a line's
    name, not only the one a rule read (任天堂Switch 2 in a title, Switch in the body)."""
    fold = ctx.fold
    protos: dict[str, Cand] = {}
    for c in cands:
        if c.end > c.start:
            protos.setdefault(fold[c.start : c.end], c)
    out: list[Cand] = []
    n = len(fold)
    # each name's hits, kept as re.finditer of that name alone keeps them: the leftmost
    # one its edges allow, then the next that starts after it ends
    for (name, c), hits in zip(protos.items(), hits_of_each(fold, list(protos)), strict=True):
        latin = name.isascii()
        pos = 0
        for start, end in hits:
            if start < pos:
                continue
            if latin and (
                (start and fold[start - 1] in _ASCII_ALNUM)
                or (end < n and fold[end] in _ASCII_LETTERS)
            ):
                continue
            out.append(Cand(start, end, c.label, c.kind, c.rule, c.strength))
            pos = end
    return out


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_ALNUM = _ASCII_LETTERS | frozenset("0123456789")


# Ice Lake + 第3代Xeon, 第六代EPYC + Venice與Verano: one or two capitalised words (no acronym,
# no digit) as a chip generation's code name; more listed after the first (與, 和, 及, 、)
_CODE_NAME_WORDS = r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?"
_CODE_NAME_BEFORE = re.compile(rf"({_CODE_NAME_WORDS}) ?\Z")
_CODE_NAME_AFTER = re.compile(rf" ?({_CODE_NAME_WORDS})(?![A-Za-z0-9])")
_CODE_NAME_LISTED = re.compile(rf"(?:與|和|及|、|/) ?({_CODE_NAME_WORDS})(?![A-Za-z0-9])")


def find_generation_code_names(ctx: Ctx, lexicon: Sequence[Cand]) -> list[Cand]:
    """Ice Lake第3代Xeon, 第六代EPYC Venice與Verano: a coined name right before a chip line's
    numbered generation, or right after the line written with one, is the code name of that
    generation's chips — a product of its own, as analysts list it (prods62). A company's
    name, a variant word (Ultra, Pro) or a trade's generic word there names no code."""
    rules, fold = ctx.rules, ctx.fold
    orgs = [c for c in lexicon if c.label == ORG]
    out: list[Cand] = []

    def code(start: int, end: int) -> None:
        name = fold[start:end]
        if (
            rules.is_not_name(name)
            or name.casefold() in rules.model_variant_words
            or all(w.casefold() in rules.latin_generic_words for w in name.split())
            or any(o.start < end and start < o.end for o in orgs)
        ):
            return
        out.append(Cand(start, end, PRODUCT, None, rule_id("generation_code_name"), 2))

    for c in lexicon:
        if c.label != PRODUCT or not isinstance(c.entry, ProductEntry) or c.entry.kind != "chip":
            continue
        gen = rules.chip_generation_re.search(fold, max(0, c.start - 8), c.start)
        if gen is None:
            continue
        before = _CODE_NAME_BEFORE.search(fold, max(0, gen.start() - 24), gen.start())
        # the whole name, no longer run's last words (Raptor + Lake Refresh第14代: left alone)
        lead = fold[max(0, before.start() - 2) : before.start()] if before is not None else ""
        if (
            before is not None
            and not (lead[-1:].isascii() and (lead[-1:].isalnum() or lead[-1:] in "-.&"))
            and not (lead[-1:] == " " and lead[:1].isascii() and lead[:1].isalnum())
        ):
            code(*before.span(1))
        after = _CODE_NAME_AFTER.match(fold, c.end)
        if after is None or fold[after.end(1) : after.end(1) + 1] in (" ", "-"):
            continue
        code(*after.span(1))
        listed = _CODE_NAME_LISTED.match(fold, after.end())
        while listed is not None:
            code(*listed.span(1))
            listed = _CODE_NAME_LISTED.match(fold, listed.end())
    return out


# GPT-5 + .2, Gemini 2 + .5: a point and one or two digits right after a model's number,
# then no digit, letter, point or share (not GPT-5 + .2% nor a count: 3.5萬)
_POINT_VERSION = re.compile(r"\.[0-9]{1,2}(?![0-9A-Za-z.%％])")


def find_point_versions(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """| GPT-5.2 | 27.80% |, Opus 4.5 和 GPT-5.1: a product found in the text whose Latin name
    ends in its number, written with a point version after it, is that version — a model of
    its own — wherever it stands, a table's cell or a clause with no cue (prods62)."""
    fold = ctx.fold
    kinds: dict[str, str | None] = {}
    for c in found:
        name = fold[c.start : c.end]
        if c.label == PRODUCT and c.strength >= 2 and name.isascii() and name[-1:].isdigit():
            kinds.setdefault(name, c.kind)
    names = sorted(kinds)
    out: list[Cand] = []
    for name, hits in zip(names, hits_of_each(fold, names), strict=True):
        for start, end in hits:
            m = _POINT_VERSION.match(fold, end)
            if m is None or (start > 0 and _latin_alnum(fold[start - 1])):
                continue
            if _AMOUNT_AFTER.match(fold, m.end()) or _counted_after(ctx.rules, fold, m.end()):
                continue  # iPhone 15 + .5萬支: a count of the goods
            out.append(Cand(start, m.end(), PRODUCT, kinds[name], rule_id("point_version"), 2))
    return out


def find_found_models(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """The model finders run first on lexicon names (天璣 + 9300, 小米 + 14); a name the rules
    found (a product by its cue, a company by its acts or its suffix) leads a model number
    the same way: Switch (found as a console) + 2, 華為 (found as a company) + 麒麟955. A
    report's new names are no lexicon's, so without this pass their models go unseen."""
    found_here = [c for c in found if c.source != "lexicon" and c.strength >= 1 and c.length >= 2]
    products = [
        c
        for c in _mentions_of(ctx, [c for c in found_here if c.label == PRODUCT])
        if not any(ch.isdigit() for ch in ctx.fold[c.start : c.end])  # a model already
    ]
    makers = _mentions_of(ctx, [c for c in found_here if c.label == ORG])
    return [*find_product_models(ctx, products, strength=2), *find_maker_models(ctx, makers)]


# 小米14, 小米 14 Pro: a model number of digits only, right after its maker's name
_MAKER_NUMBER = re.compile(
    r"[ ]?[0-9]{1,3}(?![0-9A-Za-z.%])(?:[ ]?(?:[A-Z][a-z]+|[A-Z]{2})(?![A-Za-z0-9]))*"
)


# RTX 3090, iPhone 5, ZQX4080 Ti: a Latin line's word (two letters or more, one capital at
# least) and a model number of digits, then the model's variant words
_SERIES_MODEL = gated(
    r"(?<![A-Za-z0-9\-.])([A-Za-z]*[A-Z][A-Za-z]*)( ?)([0-9]{1,4}[A-Za-z]{0,2}\+?)"
    r"(?![A-Za-z0-9.\-/])((?: [A-Z][A-Za-z]{1,5}\+?)*)"
)


# USD 1,234, X 12%: digits grouped by a comma or a percent sign after the number: an amount
_DIGIT_GROUP_AFTER = re.compile(r"[,，][0-9]{3}|\s*[%％]")
# one cell of a row of figures: 35, 2,529,266, (93.47), -26.06%, a dash for an empty cell
_NUMBER_CELL = re.compile(r"[(（]?\s*[-−–]?[0-9][0-9,.]*[%％]?\s*[)）]?|[-−–—]+|[(（]|[)）]")


def _row_cell(fold: str, end: int) -> bool:
    """Panamax 33 2 35 26%, ASGL 2 (銷貨) ( 450,637,103) …: a word and a number with more
    figures after it on its line is a row's label and its first value, not a model: the
    next cell is a figure (or a dash), or figures make half the cells left on the line."""
    stop = fold.find("\n", end)
    cells = fold[end : len(fold) if stop < 0 else stop].split()
    if not cells:
        return False
    numeric = [bool(_NUMBER_CELL.fullmatch(c)) for c in cells]
    figures = sum(
        1 for c, n in zip(cells, numeric, strict=True) if n and any(ch.isdigit() for ch in c)
    )
    return numeric[0] or (figures >= 2 and 2 * sum(numeric) >= len(cells))


def _row_run(fold: str, start: int, end: int) -> bool:
    """捷波 JETWAYUS 3 銷貨 270,748, 華碩 ASGL 2 64,178,386: a run whose bare number opens a
    row of figures is a row's label and values (a subsidiary and its note number)."""
    for m in re.finditer(r"(?<![^ ])[0-9]+(?![^ ])", fold[start:end]):
        return _row_cell(fold, start + m.end())
    return False


def _declared_company_names(ctx: Ctx) -> set[str]:
    """Qorvex Global Ltd.（以下簡稱QXGL）, 瑞華電腦股份有限公司（簡稱瑞華）: the short names the
    text declares for a company (a legal form or 公司 before the parenthesis), folded."""
    fold, rules = ctx.fold, ctx.rules
    out: set[str] = set()
    for m in rules.short_name_re.finditer(fold):
        before = fold[max(0, m.start() - 30) : m.start()].rstrip()
        words = before.split()
        last = words[-1].strip(".,，").casefold() if words else ""
        if before.endswith(("公司", "集團")) or last in rules.latin_suffix_kind:
            short = next(g for g in m.groups() if g)
            out.add(short.strip().casefold())
    return out


def _in_prose(ctx: Ctx, m: re.Match[str]) -> bool:
    """RTX 3090 的效能 …, the new RTX 3080 card: a member read in running text, its line
    holding words besides it (two Chinese characters, or two Latin words): a model number
    is told so by the sentence; a label alone on a line or in a row tells nothing."""
    fold = ctx.fold
    lo = fold.rfind("\n", 0, m.start()) + 1
    hi = fold.find("\n", m.end())
    rest = fold[lo : m.start()] + " " + fold[m.end() : len(fold) if hi < 0 else hi]
    return len(CJK_RE.findall(rest)) >= 2 or len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2


def find_model_series(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """RTX 3090 … RTX 3080, iPhone 4 … iPhone 5: one Latin word written with two or more
    different model numbers in a document is a product line, and each line + number is a
    model, with no cue word and no lexicon entry. A company, a place or a person is never
    numbered so; what is (Phase 1, Table 2, Type 2, Section 232, DDR4/DDR5, Wi-Fi 6) is a
    word of the document, the trade or a standard (``series_not_lines``, the trade's
    acronyms, ``not_product_terms``), or the number is an amount, a year or a date."""
    fold, rules = ctx.fold, ctx.rules
    org_spans = [(c.start, c.end) for c in known if c.label == ORG]
    org_reach = SpanReach(org_spans)
    org_names = {fold[s:e].casefold() for s, e in org_spans} | _declared_company_names(ctx)
    by_line: dict[str, list[re.Match[str]]] = defaultdict(list)
    for m in _SERIES_MODEL.finditer(fold):
        line, num = m.group(1), m.group(3)
        folded = line.casefold()
        if (
            len(line) < 2
            or len(line) > 12
            or folded in rules.series_not_lines
            # Limited 3, Corporation 173, USD 61: a legal form, a currency or a word of a
            # registered name before a number is a page, a note or an amount
            or folded in rules.latin_generic_words
            or folded in rules.latin_suffix_kind
            or folded in rules.not_product_terms
            or folded in rules.model_variant_words
            or rules.is_not_name(line)
            # DDR4, HBM3, USB4: capitals glued to a digit name a standard's generation
            or (not m.group(2) and line.isupper())
            or _YEAR.fullmatch(num.rstrip("+"))
            or (folded in rules.score_apps and _SCORE.fullmatch(num))  # Geekbench 1302
            or _AMOUNT_AFTER.match(fold, m.end(3))
            or _UNIT_AFTER.match(fold, m.end(3))
            or _DIGIT_GROUP_AFTER.match(fold, m.end(3))
            or rules.series_amount_re.match(fold, m.end(3))
            or org_reach.reaches(m.start() + 1, m.start())  # inside a company's name
            # Total 133 15 75, ACI 3 銷貨 101,662,286: a row's label and its values
            or _row_cell(fold, m.end(3))
        ):
            continue
        by_line[folded].append(m)
    out: list[Cand] = []
    for folded, matches in by_line.items():
        if len({m.group(3).casefold() for m in matches}) < 2:
            continue
        # the numbers must be read as models somewhere: one member in a sentence
        if not any(_in_prose(ctx, m) for m in matches):
            continue
        # ACI 2 … ACI 3 where ACI is a company of the document (a lexicon's, or a short
        # name the text gives a company): a note or relation number, not a model
        if folded in org_names and matches[0].group(1).isupper():
            continue
        # REDEFINE 4是一項…試驗, REDEFINE 11的新III期臨床: a member named a trial in its
        # clause makes the whole line a programme of trials, not of products
        if any(rules.series_trial_re.match(fold, m.end()) for m in matches):
            continue
        # S&P 500 … Nasdaq 100 … 指數: a family of market indices, no line of products
        if any(rules.series_index_re.match(fold, m.end()) for m in matches):
            continue
        for m in matches:
            # the variant words after the number: Ti, Pro Max; not a next name (RTX 3080 Nvidia)
            end = m.end(3)
            for w in m.group(4).split():
                if (
                    w.rstrip("+").casefold()
                    not in rules.model_variant_words | rules.series_variants
                ):
                    break
                end = fold.index(w, end) + len(w)
            out.append(Cand(m.start(), end, PRODUCT, None, rule_id("model_series"), 2))
    return out


# a version glued after a Chinese name: 3.5, X1, X1.0, 9020, 6P (not 2.5億, 3nm, 15%)
_CJK_VERSION = gated(
    r"(?<=[\u4e00-\u9fff])((?:[A-Z]{1,2})?[0-9]{1,4}(?:\.[0-9]{1,2})?[A-Z]?)(?![0-9A-Za-z.])"
)


# 第4季, 每3年: characters of ordinals and counts, never in a line's name
_ORDINAL_CHARS = frozenset("第每共約近逾")
# 升至, 切換到, 達: a verb's goal or measure ends with these, a name never does
_GOAL_CHARS = frozenset("到至達為")


def _takes_object(ctx: Ctx, word: str) -> bool:
    """接入, 切換到: a word the dictionary uses as a predicate or a verb with an object."""
    return word in ctx.predicates or word in ctx.object_verbs


# a period or an ordinal's unit after the number: 4季, 3期, 2屆, 5代
_PERIOD_AFTER = re.compile(r"[季期屆代輪次級]")


def _cjk_line_start(ctx: Ctx, end: int) -> int:
    """Start of the Chinese name that ends at ``end``: whole tokens back over up to four
    characters, none a function word, a verb, a break word or a kind of product (推出的 +
    某某, 模型 + 某某)."""
    start = end
    k = ctx.token_index_ending_at(end)
    while k is not None and k >= 0:
        s, e = ctx.tokens[k]
        tok = ctx.fold[s:e]
        if not all(CJK_RE.match(ch) for ch in tok) or end - s > 4:
            break
        if ctx.is_function_word(tok) or ctx.is_verb(tok) or breaks_name(ctx, tok):
            break
        if ctx.rules.is_product_noun(tok):
            break  # 推理模型 + 某火X1: the kind before the name is no part of it
        start, k = s, k - 1
    return start


def _line_before_kind(ctx: Ctx, line: str) -> bool:
    """某火 + 大模型, 某麟 + 處理器: the line's name written right before a word for a kind
    of product somewhere in the text."""
    return any(_product_noun_after(ctx, e) for _, e in places_of(line, ctx.fold))


# 麒麟970, 鯤鵬920: a model number of three digits or more after a brand, read by latin_runs
_BRAND_NUMBER = re.compile(r"[0-9]{3,5}[A-Za-z]?")


def _one_version_line(ctx: Ctx, line: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A line written with one version only names a model when each word of it is one the
    dictionary barely knows (美國 + 限制 + QX20晶片: a sentence, no line) and the version is
    no brand's model number, which names its brand's last word alone (嵐岳 + 鯤鵬920)."""
    s, e = spans[0]
    if _BRAND_NUMBER.fullmatch(ctx.fold, s + len(line), e):
        return False
    limit = ctx.rules.cjk_series_max_freq
    return all(len(t) < 2 or ctx.word_freq(t) <= limit for t in ctx.tokens_in(s, s + len(line)))


def find_cjk_model_series(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """某火3.5 … 某火X1 … 某火X1.0: a Chinese name the dictionary barely knows, written with
    two or more different versions glued after it, is a product line and each name + version
    a model (the Chinese form of ``find_model_series``). A company's name (小米14 is its
    maker's model, read by ``find_maker_models``), a common word (工業4.0, 工業3.0) and a
    number that is an amount, a count or a date are none."""
    fold, rules = ctx.fold, ctx.rules
    org_reach = SpanReach((c.start, c.end) for c in known if c.label == ORG)
    by_line: dict[str, list[tuple[int, int]]] = defaultdict(list)
    versions: dict[str, set[str]] = defaultdict(set)
    found = [(m, _cjk_line_start(ctx, m.start())) for m in _CJK_VERSION.finditer(fold)]
    written = {fold[s : m.start()] for m, s in found}
    for m, start in found:
        line = fold[start : m.start()]
        # 再到 + 天璣8350, 中天 + 璣8450: words glued before a rare line the text writes alone
        # elsewhere are no part of it; the member joins that line (the longest, prods52)
        head = next(
            (
                line[cut:]
                for cut in range(1, len(line) - 1)
                if line[cut:] in written and ctx.word_freq(line[cut:]) <= rules.cjk_series_max_freq
            ),
            None,
        )
        if head is not None:
            start, line = m.start() - len(head), head
        if (
            len(line) < 2
            # 1萬張 + A100, 兩顆 + B200: things counted by a measure word, no line's name
            or line.endswith(rules.product_count_words)
            or (start > 0 and fold[start - 1].isdigit())
            # 年第4季, 每月3日: a date's or a count's characters make no line
            or any(ch in rules.drug_name_breaks or ch in _ORDINAL_CHARS for ch in line)
            or _PERIOD_AFTER.match(fold, m.end())
            or ctx.word_freq(line) > rules.cjk_series_max_freq
            or rules.is_generic(line)
            or rules.not_product_head_re.search(line)
            or org_reach.reaches(m.start(), start)  # a company's name across the line
            or _YEAR.fullmatch(m.group(1))
            # 某化Q3, 某泰H1: a quarter or a half (a term never a name: not_names) after a
            # company is a period of its results, no version of a product
            or m.group(1).casefold() in rules.not_names
            or rules.is_spec(m.group(1))  # 某地12V, 某機7B: a quantity's unit, no model's letter
            # 由24.2X升至27.3X: a multiple; a letter after a decimal version names no model
            or ("." in m.group(1) and m.group(1)[-1].isalpha())
            # 切換到 + R1, 升至 + 38.0X: a verb and its object or its goal, no name
            or line[-1] in _GOAL_CHARS
            or any(_takes_object(ctx, t) for t in ctx.tokens_in(start, m.start()))
            # 本季度12 + 寸晶圓: the number of a size or a node after a word, no version
            or rules.spec_re.match(fold[m.start(1) : m.end() + 3]) is not None
            or _AMOUNT_AFTER.match(fold, m.end())
            or _DIGIT_GROUP_AFTER.match(fold, m.end())
            or rules.series_amount_re.match(fold, m.end())
            or _row_cell(fold, m.end())
        ):
            continue
        by_line[line].append((start, m.end()))
        versions[line].add(m.group(1))
    out: list[Cand] = []
    for line, spans in by_line.items():
        # 某象2.1 + 模型, 某途6 + 系列: one version is enough where a member stands right
        # before a word for a kind of product
        kind_member = any(_product_noun_after(ctx, e) for _, e in spans)
        if len(versions[line]) < 2 and not (kind_member and _one_version_line(ctx, line, spans)):
            continue
        # 某火X1, 雷某V3: a letter in a version, or the line written before a word for a kind
        # of product (某火大模型); not figures after a word (淨利潤1.35 … 1.9, 報收2176.16)
        lettered = any(not v.replace(".", "").isdigit() for v in versions[line])
        # 天璣8500 + Elite … 天璣8450、天璣8350: three model numbers of a brand's shape, or one
        # member with a variant word after it, make a line of digits only (prods52)
        # (each of two members at least ends at a mark, a space or a dash, not at a Chinese
        # word: 減少400 + 萬, 產出590 + 萬包 are amounts in any script)
        numbered = (
            len(versions[line]) >= 3
            and all(_BRAND_NUMBER.fullmatch(v) for v in versions[line])
            and sum(not CJK_RE.match(fold[e : e + 1]) for _, e in spans) >= 2
        )
        tailed = any(rules.cjk_model_tail_re.match(fold, e) for _, e in spans)
        if (
            not lettered
            and not kind_member
            and not numbered
            and not tailed
            and not _line_before_kind(ctx, line)
        ):
            continue
        # “某空6”II期臨床試驗, 臨床試驗“某空28”: a member named a trial makes the line trials
        if any(
            rules.series_trial_re.match(fold, e)
            or rules.series_trial_before_re.search(fold, max(0, s - 8), s)
            # 某創50、某創100等寬基指數, 某證A500 … ETF: a family of market indices
            or rules.series_index_re.match(fold, e)
            for s, e in spans
        ):
            continue
        # 某沃EX90 … 某沃集團: the line is the maker, a lettered version the model on its own
        maker = _line_is_maker(ctx, line)
        for s, e in spans:
            if maker and fold[s + len(line)].isalpha():
                s += len(line)
            tail = rules.cjk_model_tail_re.match(fold, e)  # 天璣8500 + Elite, 天璣8400 + -MAX
            e = tail.end() if tail is not None else e
            out.append(Cand(s, e, PRODUCT, None, rule_id("cjk_model_series"), 2))
    return out


def _line_is_maker(ctx: Ctx, line: str) -> bool:
    """The line's name is written elsewhere with a company's ending right after it (某沃集團,
    某沃汽車): it names the company that makes the models, so a model is its version alone,
    as a known maker's lettered model is (三星S9 → S9)."""
    endings = ctx.rules.maker_line_endings
    return bool(endings) and any(
        ctx.fold.startswith(endings, e) for _, e in places_of(line, ctx.fold)
    )


_COUNT_CHARS = frozenset("一二三四五六七八九十百千萬億兩數幾多")


def _named_elsewhere(ctx: Ctx, line: str, kind_end: int) -> bool:
    """The name before a model's kind word is written elsewhere without that word (某包 in a
    title, 某義千問 alone: a name used as one), and never before a company's word (潞某 +
    科技: the maker, whose model the kind word then describes)."""
    fold, alone = ctx.fold, False
    for s, e in places_of(line, fold):
        if any(ctx.rules.cjk_org_kind(fold[s : e + k]) for k in (2, 3, 4)):
            return False
        if not ctx.rules.named_model_kind_re.match(fold, e):
            alone = True
    return alone


def find_named_models(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """某包大模型, 某義大模型: a Chinese name the dictionary barely knows right before a kind
    word the trade writes as part of a model's name (``named_model_kinds``) is that model's
    name, the kind word included. A modifier of the kind (開源, 多模態, 行業: the kind's
    sorts, ``model_kind_modifiers``), a count (百億), a company's name, a common word and a
    word the text writes only there are none."""
    fold, rules = ctx.fold, ctx.rules
    org_spans = [(c.start, c.end) for c in known if c.label == ORG]
    modifiers = rules.model_kind_modifiers
    out: list[Cand] = []
    for m in rules.named_model_kind_re.finditer(fold):
        start = _cjk_line_start(ctx, m.start())
        if start == m.start() and m.start() > 0 and CJK_RE.match(fold[m.start() - 1]):
            # 某義大 + 模型: the words cut across the kind; its first piece starts the name
            i = bisect.bisect_right(ctx.starts, m.start() - 1) - 1
            if i >= 0 and ctx.tokens[i][0] < m.start() < ctx.tokens[i][1]:
                piece_start = ctx.tokens[i][0]
                if all(CJK_RE.match(ch) for ch in fold[piece_start : m.start()]):
                    start = _cjk_line_start(ctx, piece_start)
        for _, oe in org_spans:  # 某度 + 某心大模型: the maker heads the name, no part of it
            if start < oe <= m.start():
                start = oe
        line = fold[start : m.start()]
        toks = ctx.tokens_in(start, m.start())
        if (
            len(line) < 2
            or any(ch.isdigit() or ch in _ORDINAL_CHARS for ch in line)
            or any(ch in rules.drug_name_breaks for ch in line)
            or line[0] in _COUNT_CHARS  # 百億 + 大模型, 兩款 + …: a count, no name
            or rules.is_generic(line)
            or line in modifiers
            or any(t in modifiers or rules.is_generic(t) for t in toks)
            # 多 + 模態大模型: a modifier the words cut in two
            or any(fold[k : m.start()] in modifiers for k in range(start - 3, start))
            or ctx.word_freq(line) > rules.cjk_series_max_freq
            or any(len(t) > 1 and ctx.word_freq(t) > rules.cjk_series_max_freq for t in toks)
            # 接入 + 大模型, 切換到: a verb that takes an object, no name
            or any(_takes_object(ctx, t) for t in toks)
            # 國家網信辦 + 大模型備案: a body's name
            or rules.cjk_org_kind(line) is not None
            # Apollo + 某艙大模型: a name that goes on before, in Latin, is longer
            or (start > 0 and fold[start - 1].isascii() and fold[start - 1].isalnum())
            or not _named_elsewhere(ctx, line, m.end())
        ):
            continue
        out.append(Cand(start, m.end(), PRODUCT, None, rule_id("named_model"), 2))
    return out


def find_model_lines(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某途6, 某途6P … 某途家族; 某包大模型 … “某包”: the Chinese line of a model a rule found
    by its version or its kind word is a product where the text writes it alone (a whole
    word, no version after it), as annotators name a line beside its models."""
    fold, rules = ctx.fold, ctx.rules
    series, named = rule_id("cjk_model_series"), rule_id("named_model")
    lines: set[str] = set()
    for c in found:
        name = fold[c.start : c.end]
        if c.label != PRODUCT or c.rule not in (series, named):
            continue
        kind = _CJK_VERSION if c.rule == series else rules.named_model_kind_re
        m = kind.search(name)
        if m is not None and m.start() >= 2:
            lines.add(name[: m.start()])
    taken = bytearray(len(fold) + 1)
    for c in found:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    for line in lines:
        for s, e in places_of(line, fold):
            if 1 in taken[s:e] or fold[e : e + 1].isdigit() or fold[e : e + 1].isupper():
                continue  # a model's own mention, or the line with a version after it
            if ctx.is_boundary(s) and ctx.is_boundary(e):
                out.append(Cand(s, e, PRODUCT, None, rule_id("model_line"), 1))
    return out


# Mate + XT, Mate + RS: one or two capitals after a line, then no letter or digit (not
# Switch + CIS, a part's acronym)
_LINE_LETTERS = re.compile(r" ?([A-Z]{1,2})(?![A-Za-z0-9])")


def find_maker_word_lines(ctx: Ctx, known: Iterable[Cand]) -> list[Cand]:
    """任天堂Switch, Google Pixel, 華為 Mate: right after one of a maker's lexicon names (glued,
    or one space apart), a line of that maker named by an everyday English word
    (``maker_word_lines``), written with its capital and ending at no letter, is a product;
    the word alone is none (switch, a surface, a mate). A Latin maker, a space and a word the
    dev gold writes with its maker (Microsoft Surface: ``maker_kept_line_words``) is read
    whole elsewhere (prods57)."""
    fold, rules = ctx.fold, ctx.rules
    if not rules.maker_word_lines:
        return []
    out: list[Cand] = []
    for c in known:
        entry = c.entry
        if c.label != ORG or c.source != "lexicon" or not isinstance(entry, OrgEntry):
            continue
        words = rules.maker_word_lines.get(entry.name)
        if not words:
            continue
        at = c.end + (fold[c.end : c.end + 1] == " ")
        latin_maker = fold[c.end - 1 : c.end].isascii()
        if latin_maker and at == c.end:
            continue  # GoogleSwitch: one Latin run, no maker and line
        for w in words:
            end = at + len(w)
            if fold[at:end] != w or fold[end : end + 1] in _ASCII_LETTERS:
                continue
            if latin_maker and w in rules.maker_kept_line_words:
                continue
            # HUAWEI Mate + XT: a series of capitals after the line names its model (a number
            # after it is the model grammar's: Pixel 9, Mate 70)
            letters = _LINE_LETTERS.match(fold, end)
            if letters is not None and not rules.is_not_name(letters.group(1)):
                end = letters.end()
            out.append(Cand(at, end, PRODUCT, None, rule_id("maker_word_line"), 2))
            break
    return out


def find_maker_models(ctx: Ctx, known: Iterable[Cand]) -> list[Cand]:
    """小米14, 小米10至尊紀念版, 發表小米14，: a known company's Chinese name with a bare model
    number after it is that company's model, named with the maker (a number alone names
    nothing; a model with letters, 三星S9 → S9, is read as a Latin name without it). The
    number must be said to be a model: an edition or a variant word or a word for a kind
    of product after it, or a word that launches a product before the maker with nothing but a
    clause's end after the number (推出小米3款 counts phones, 小米14年 is no model)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for c in known:
        name = fold[c.start : c.end]
        if c.label != ORG or not all(CJK_RE.match(ch) for ch in name):
            continue
        m = _MAKER_NUMBER.match(fold, c.end)
        if m is None:
            continue
        words = m.group().split()
        if any(w[0].isalpha() and w.casefold() not in rules.model_variant_words for w in words):
            continue  # 小米 14 GB: a unit, not a variant word
        spec = rules.spec_re.match(fold, c.end + len(m.group()) - len(m.group().lstrip()))
        if spec is not None and spec.end() > m.end():
            continue  # 某積電 4 奈米: the number measures a process or a size, no model
        end = _edition_end(ctx, m.end())
        framed = rules.cjk_product_frame_re.search(fold, max(0, c.start - 8), c.start)
        after = fold[end : end + 1]
        closes = (
            not after
            or not (CJK_RE.match(after) or after.isalnum())
            or any(
                ctx.is_function_word(w) or ctx.is_verb(w) for w in ctx.tokens_in(end, end + 2)[:1]
            )
        )
        if not (
            end > m.end()
            or len(words) > 1  # + Ultra, + Pro: a variant word
            or rules.product_after_re.match(fold, end)
            or (framed is not None and closes)
        ):
            continue
        out.append(Cand(c.start, end, PRODUCT, None, rule_id("maker_model"), 2))
    out += _maker_line_models(ctx, known)
    return out


# 麒麟 + 955, 天璣 + 9300, 獵戶座 + 9610: a model number after a product line's name (letters
# after the digits as in 9000S), then no unit, no counter word, no date: 南科 + 18廠 is a plant
_LINE_NUMBER = re.compile(r"[ ]?[0-9]{2,5}[A-Z]{0,2}(?![0-9A-Za-z.%])")
# a year after the word (19xx, 20xx), then 年 or more years listed up to 年 (2026、2027年, 2026至
# 2027年): what follows a verb there is dated, no model number of a line (prods62)
_LINE_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_YEARS_ON = re.compile(r"(?:[ ]?[、,，至到~～\-][ ]?(?:19|20)?[0-9]{2})*[ ]?年")


def _maker_line_models(ctx: Ctx, known: Iterable[Cand]) -> list[Cand]:
    """華為 + 麒麟955, 高通 + 驍龍820: right after a known company's Chinese name, one rare
    word (no verb, no function word, no common word) with a model number is that maker's
    line and model; the model is named without the maker, as analysts write it alone."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for c in known:
        if c.label != ORG or not all(CJK_RE.match(ch) for ch in fold[c.start : c.end]):
            continue
        i = ctx.token_index_at(c.end)
        if i is None:
            continue
        s, e = ctx.tokens[i]
        line = fold[s:e]
        if (
            not 2 <= len(line) <= 3
            or not all(CJK_RE.match(ch) for ch in line)
            or ctx.word_freq(line) >= RARE_FREQ
            or ctx.is_verb(line)
            or ctx.is_function_word(line)
            or line in ctx.adjectives
            or rules.is_product_noun(line)
            or rules.is_generic(line)
        ):
            continue
        m = _LINE_NUMBER.match(fold, e)
        if m is None:
            continue
        if _LINE_YEAR.fullmatch(m.group().strip()) and _YEARS_ON.match(fold, m.end()):
            continue  # 高盛 + 上修 + 2026、2027年EPS: years a verb's object is dated by, no model
        # 聯發科 + 天璣 9300 (prods52): after a space, a model number of a brand's shape only
        # (not 南科 18 廠), and what follows it is read past a space after it too
        spaced = m.group().startswith(" ")
        if spaced and not _SPACED_CJK_MODEL.fullmatch(m.group().strip()):
            continue
        at = m.end() + (spaced and fold[m.end() : m.end() + 1] == " ")
        if spaced and (
            _counted_after(rules, fold, at)
            or _AMOUNT_AFTER.match(fold, at)
            or any(ch in _ORDINAL_CHARS for ch in line)  # 公司 + 法第 267 條: an article
        ):
            continue  # 某某 3000 萬元: an amount
        after = fold[m.end() : m.end() + 1]
        # 聯發科 + 天璣9400 + 將, 高通 + 驍龍855 + 競爭: a function word or a verb after the
        # number ends the model's name, as a mark does (prods52); a noun there is what was counted
        glued = ctx.tokens_in(m.end(), m.end() + 2)[:1]
        if (
            after
            and CJK_RE.match(after)
            and not rules.product_after_re.match(fold, m.end())
            and not (glued and (ctx.is_function_word(glued[0]) or ctx.is_verb(glued[0])))
        ):
            continue  # 南科 + 18 + 廠, 員工 + 300 + 人: a counted thing, not a model
        out.append(Cand(s, m.end(), PRODUCT, None, rule_id("maker_model"), 2))
    return out


# --------------------------------------------------------------------------- Chinese names


def find_cjk_suffix_names(ctx: Ctx) -> list[Cand]:
    """Chinese names ending in an organization word: 台灣亞太產業分析專業協進會, 長聖國際生技."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.cjk_suffix_re.finditer(fold):
        s_suf, e = m.span()
        info = rules.cjk_suffixes[m.group()]
        registered = m.group() in rules.registered_forms
        if _body_word_acts(ctx, s_suf, e):
            continue  # 工信部 + 組織專家: the body word a verb, with its object after it
        if info["kind"] == "company" and fold[e : e + 1] in rules.bureau_after_trade:
            continue  # 省科技 + 廳: the field of a province's department, no company (orgs51)
        if not ctx.is_boundary(e) or not (registered or ctx.is_boundary(s_suf)):
            continue  # a legal ending is one even when a word runs into it (生技股 + 份有限公司)
        # 晶圓代工業 is 晶圓代工 + 業, not 晶圓代 + 工業: a domain word across the suffix
        lo = max(0, s_suf - 8)
        domain = rules.domain_term_re.finditer(fold, lo, e)
        if not registered and any(d.start() < s_suf < d.end() for d in domain):
            continue
        start = _suffix_name_start(ctx, s_suf, m.group(), bool(info["strict"]))
        if start is not None and registered:
            start = _across_place_parens(ctx, start)
        if start is None and info.get("common_head"):
            start = _common_head_start(ctx, s_suf)
            if (
                start is not None
                and ctx.is_boundary(s_suf)
                and ctx.token_index_ending_at(s_suf) == ctx.token_index_at(start)
                and not _bank_context(ctx, start, e)
            ):
                continue  # 權益證券, 債務證券, 限制銀行: accounting words, no company context
                # (a middle word, 台新 + 國際 + 商業 + 銀行, is a bank's formal name: no context)
        if start is None and not registered:
            start = _latin_glued_head(ctx, s_suf)
        if start is None and registered:
            start = _trade_words_after_place_parens(ctx, s_suf)
        placed = None
        if start is None and m.group() in rules.institution_heads:
            start = placed = _place_opened_start(ctx, s_suf, e)
        if start is None:
            continue
        lead = rules.category_lead_re.match(fold, e)
        after = lead.end() if lead else e
        compound = rules.suffix_compound_re.match(fold, after)
        if (
            info["kind"] == "company"
            and compound is not None
            and not rules.employer_title_re.match(fold, compound.end())
        ):
            # 能源 + 產業, 光電 + 市場, 生技 + 醫療 + 類股: a category's head, no name (but
            # 某資本集團 + 研究 + 主管: a desk and its officer after a body's name: orgs40)
            continue
        if (
            info["kind"] == "company"
            and not info.get("common_head")  # 呼和浩特市 + 商業銀行 is a city's bank
            and rules.place_head_re.fullmatch(fold, start, s_suf)
        ):
            continue  # 安徽省 + 醫藥: a place's trade, not a company
        if (
            info["kind"] == "company"
            and not registered
            and rules.place_trade_re.fullmatch(fold, start, s_suf)
        ):
            continue  # 綿陽市 + 創新 + 科技的發展: a place's trade with a word of newness (orgs62)
        if (
            info["kind"] == "company"
            and not registered
            and fold[start:s_suf].endswith(rules.descriptor_kind_tails)
        ):
            continue  # 太陽能矽晶片大廠 + 綠能: a maker's kind before a company word (orgs62)
        start = _after_glued_joiner(ctx, start, s_suf)
        start = _after_joined_company(ctx, start, s_suf)
        start = _past_person(ctx, start, s_suf)
        start = _after_news_day(ctx, start, s_suf)
        start = _after_date_unit(ctx, start, s_suf)
        if _date_unit_opens(ctx, start):
            continue  # 5 月 + 無新發 + 養老理財: a clause after the unit, no name (orgs43)
        if m.group() not in _LEGAL_TAILS:  # 健喬 + 美國 + 公司 is a subsidiary's legal name
            start = _from_inner_country(ctx, start, s_suf)
        if rules.legal_inside_re.search(fold, start, s_suf):
            continue  # …股份有限公 + 司健喬信元 + 醫藥: cells of a table glued across a name
        if _only_verb_and_complement(ctx, start, s_suf):
            continue  # 換算成 + 金控, 改制為 + 投控: a kind word after a verb of becoming
        if not registered and info["kind"] != "company" and _object_of_verb(ctx, start, s_suf):
            continue  # 員工仍不願 + 返回 + 辦公室: the body's word, a verb's object (orgs37)
        if (
            m.group() in rules.verb_object_company_words
            and _verb_before_company(ctx, start, s_suf)
        ):
            continue  # 政策 + 開展 + 公司, 欺詐 + 發行 + 證券: a verb's object (orgs66)
        if (
            m.group() in rules.verb_object_company_words
            and _sort_before_company(ctx, start, s_suf)
        ):
            continue  # 電動汽車 + 初創 + 公司, 原料藥 + 龍頭 + 公司: a sort of company (orgs66)
        if info.get("context") and not _weak_suffix_context(ctx, start, e):
            continue  # 實收資本, 買回股份: an everyday word, a name only in a company's context
        if m.group() in rules.goods_suffixes and _goods_phrase(ctx, start, s_suf):
            continue  # 車用半導體, 減低食品, 首支低溫電子: a phrase about goods, not a company
        if not registered and _quoted_slogan(ctx, start, e):
            continue  # 推動「智慧機械」、「綠能科技」等: a quoted programme among others (orgs37)
        quoted_after = _KIND_BEFORE_QUOTED.match(fold, e)
        if not registered and quoted_after and m.group() in rules.kind_suffixes:
            continue  # 智駕公司“千里科技”: a kind of company told before its quoted name (orgs38)
        if (
            not registered
            and m.group() in rules.kind_suffixes
            and _KIND_BEFORE_LATIN.match(fold, e)
            and _dictionary_words(ctx, start, s_suf)
        ):
            continue  # 養老基金資產管理公司APG…: a kind told before its Latin name (orgs41)
        if (
            info["kind"] == "company"
            and not registered
            and rules.kind_counter_re.search(fold, max(0, start - 26), start)
        ):
            continue  # 是一家 + 晶片設計 + 公司, 建立一家 + 國家航天 + 公司: a kind (orgs74)
        if (
            info["kind"] == "company"
            and not registered
            and m.group() in rules.field_name_endings
            and _field_word_head(ctx, start, s_suf)
            and not _weak_suffix_context(ctx, start, e)
        ):
            continue  # 無線 + 通訊, 第一批 + 無線 + 通訊, NFC + 近場 + 通訊: a kind (orgs74)
        end = e if info["keep_in_name"] else s_suf
        if start != placed:  # 韓國 + 產業銀行 is the place's own bank: the place stays
            start = _country_of_a_society(ctx, start, end, str(info["kind"]))
        out.append(
            Cand(start, end, ORG, str(info["kind"]), rule_id("cjk_org_suffix"), 1, cue=m.group())
        )
    return out


_LATIN_OR_DIGITS = re.compile(r"[A-Za-z0-9.\- ]+")


def _field_word_head(ctx: Ctx, start: int, s_suf: int) -> bool:
    """無線 + 通訊, 前瞻 + 通訊, 類比 + 半導體, AI + 烹飪 + 科技, 第一批 + 無線 + 通訊, 不含 +
    通訊: the words before a company word that also ends a field's name are a describing or
    field word (the dictionary's A, Vt or Nv; not Vi, which opens names: 潤澤科技, 開源證券)
    or a word of ``field_head_words``, after nothing but orders, exclusions and Latin glosses
    (NFC, AI). A rare word of a name's own (中貝, 通宇) is none of these (orgs74)."""
    rules, fold = ctx.rules, ctx.fold
    head = fold[start:s_suf]
    kinds = 0
    country = next((w for w in ctx.words_in(start, s_suf)[:1] if w in rules.country_words), "")
    if country and head[len(country) :].startswith(rules.field_head_openers):
        head = head[len(country) :]  # 中國 + 第一批 + 無線 + 通訊: the country of a kind's order
    while head:
        latin = _LATIN_OR_DIGITS.match(head)
        if latin:
            head = head[latin.end() :]
            continue
        word = next((w for w in rules.field_head_openers if head.startswith(w)), None)
        if word is None:
            break
        head, kinds = head[len(word) :], kinds + 1
    if not head:
        return kinds > 0
    at = s_suf - len(head)
    return (
        len(head) >= 2
        and ctx.words_in(at, s_suf) == [head]
        and head in ctx.predicates
        and head not in segment.intransitive_verbs()
    )


# Onyx + 資本集團, Acme + 科技公司: a capitalised Latin word (a capital, then lower case) glued
# right before the Chinese words of a body's kind; no Latin word, digit or mark runs into it.
_LATIN_HEAD_BEFORE = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][a-z]{2,15} ?$")


def _latin_glued_head(ctx: Ctx, s_suf: int) -> int | None:
    """Onyx資本集團, Acme科技公司: where the Chinese words before an organization word are no
    name of their own (資本, 科技: common words, so the suffix finder gives up), a capitalised
    Latin word glued before them is the name's head, and the name runs from it (orgs40). The
    Chinese words must be few (≤ 4 characters) and no place, country or verb; the Latin word
    no term, person's given name or word the name checks turn down (AI, IC, LED are capitals
    only and never match)."""
    rules, fold = ctx.rules, ctx.fold
    cjk = walk_back_name(ctx, s_suf, 4)
    if not (0 < s_suf - cjk <= 4) or not ctx.is_boundary(cjk):
        return None
    words = ctx.words_in(cjk, s_suf)
    if any(w in rules.country_words or w in rules.place_words or ctx.is_verb(w) for w in words):
        return None
    m = _LATIN_HEAD_BEFORE.search(fold, max(0, cjk - 17), cjk)
    if m is None:
        return None
    word = m.group().strip()
    if rules.is_not_name(word) or word in rules.given_names or rules.is_generic(word):
        return None
    return m.start()


def _object_of_verb(ctx: Ctx, start: int, s_suf: int) -> bool:
    """返回 + 辦公室, 前往 + 醫院: a body's or a place's word right after a common verb is where
    someone goes or what he does, not the end of a name; a name read back across the verb
    holds a clause (員工仍不願返回辦公室). Only for bodies and institutions: a company's legal
    or trade ending after a verb is read by the company rules (製造 + 公司)."""
    last = ctx.token_index_ending_at(s_suf)
    if last is None:
        return False
    t_start = ctx.tokens[last][0]
    return start < t_start and ctx.is_verb(ctx.fold[t_start:s_suf])


def _verb_before_company(ctx: Ctx, start: int, s_suf: int) -> bool:
    """開展 + 公司, 出任 + 公司, 發行 + 證券: a common verb right before a company word, after
    other words, makes the company word its object (the company the report is about, a kind of
    paper), no name's end; a verb that is a name's trade word (製造, 開發, 創新) stays (orgs66)."""
    last = ctx.token_index_ending_at(s_suf)
    if last is None:
        return False
    t_start = ctx.tokens[last][0]
    tok = ctx.fold[t_start:s_suf]
    return start < t_start and ctx.is_verb(tok) and tok not in ctx.rules.name_trade_words


def _sort_before_company(ctx: Ctx, start: int, s_suf: int) -> bool:
    """初創, 龍頭, 上櫃 right before a company word, after other words, say what sort of
    company it is (電動汽車初創公司, 原料藥龍頭公司): no company's own name ends in one (orgs66)."""
    last = ctx.token_index_ending_at(s_suf)
    if last is None:
        return False
    t_start = ctx.tokens[last][0]
    return start < t_start and ctx.fold[t_start:s_suf] in ctx.rules.class_modifiers


def _only_verb_and_complement(ctx: Ctx, start: int, end: int) -> bool:
    """換算成 + 金控, 改 + 為 + 控股公司: a head that is only a common verb and its complement
    (成, 為 …: ``verb_complements``), one dictionary word or two, names nothing; the kind word
    after it is what something becomes, not a company's name."""
    words = ctx.words_in(start, end)
    complements = ctx.rules.verb_complements
    if len(words) == 1:
        tok = words[0]
        return len(tok) > 2 and tok[-1] in complements and ctx.is_verb(tok[:-1])
    return len(words) == 2 and ctx.is_verb(words[0]) and words[1] in complements


def _place_opened_start(ctx: Ctx, s_suf: int, e: int) -> int | None:
    """以 + 韓國產業銀行: where a place opens a bank's or a body's name of plain words that the
    rare-word test turns down (``place_named``), the name starts at the place."""
    start = walk_back_name(ctx, s_suf, 12)
    for s, _ in ctx.tokens_from(start):
        if s >= s_suf:
            break
        toks = ctx.words_in(s, s_suf)
        if place_named(ctx, ctx.fold[s:e], toks):
            return s
    return None


def _goods_phrase(ctx: Ctx, start: int, s_suf: int) -> bool:
    """車用 + 半導體, 工業級 + 半導體, 減低 + 食品, 首支 + 低溫 + 電子: a kind of goods.

    Before a trade word that is also an everyday word for goods (``goods_suffixes``), a verb
    takes it as its object, a word of time (現時, 目前) dates it, a word ending in 用 / 級 /
    載 / 型 / 式 says what the goods are for or made as, and a count (首支, 每款) counts
    them: a company's name has none of these (天力能源, 凌陽電子: a rare word and the trade
    word alone). A number with a word counting goods just before (46款 + 智慧網聯汽車, the count
    word glued in 35 + 款數 + …) or a head made only of words for a kind of the goods (智慧 +
    網聯 + 汽車, 新能源 + 汽車) names goods too (orgs29).
    """
    rules, fold = ctx.rules, ctx.fold
    toks = ctx.words_in(start, s_suf)
    if not toks:
        return False
    last, first = toks[-1], toks[0]
    counts = rules.product_count_words
    counted = (start >= 2 and fold[start - 1] in counts and fold[start - 2].isdigit()) or (
        start >= 1 and fold[start] in counts and fold[start - 1].isdigit()
    )
    return (
        counted
        or all(t in rules.goods_kind_words for t in toks)
        or any(ctx.is_verb(t) or t in rules.time_tails for t in toks)
        or (len(last) >= 2 and last.endswith(rules.goods_attributive_ends))
        or (
            len(first) == 2
            and first.startswith(rules.goods_count_heads)
            and ctx.word_freq(first) == 0
        )
    )


def _country_of_a_society(ctx: Ctx, start: int, end: int, kind: str) -> int:
    """日本 + 厚生勞動省 → 厚生勞動省, but a school or a society keeps its country as written
    (中國科學技術大學, 中國人工智慧學會, 美國臨床癌症醫學會, 瑞士洛桑大學): there the country is
    part of the name the body gives itself, and without it 科學技術大學 is a kind of school."""
    if kind in ("research", "association"):
        return start
    if ctx.fold.endswith(ctx.rules.registered_forms, start, end):
        # 中國國旅股份有限公司 (orgs45), 中國華安投資有限公司 (an investment body's, orgs50): a
        # registered name, its country word and all
        return start
    return strip_country(ctx, start, end)


# A company's registered legal form: a name written with it is the name as registered.


_NEWS_DAY_BEFORE = re.compile(r"[0-9０-９]\s*[)）]?\s*$")


def _after_news_day(ctx: Ctx, start: int, s_suf: int) -> int:
    """今 (23) 日 + 獲 + 營建署都市計畫委員會: a news date's 日 that the walk back from the
    ending took in, and a body's cue glued after it (獲, 經, 由, 向: ``body_before``), open
    no name; the name starts after them (orgs36)."""
    fold = ctx.fold
    if fold[start : start + 1] != "日" or not _NEWS_DAY_BEFORE.search(
        fold, max(0, start - 6), start
    ):
        return start
    s = start + 1
    for w in sorted(ctx.rules.body_before, key=len, reverse=True):
        if fold.startswith(w, s) and s_suf - s - len(w) >= 2:
            return s + len(w)
    return s if s_suf - s >= 2 else start


def _date_unit_opens(ctx: Ctx, start: int) -> bool:
    """The run still opens with a date's unit right after its number (``_after_date_unit``
    kept it: a clause follows the unit)."""
    unit = ctx.fold[start : start + 1]
    return bool(unit) and unit in "年月" and bool(
        _NEWS_DAY_BEFORE.search(ctx.fold, max(0, start - 6), start)
    )


def _after_date_unit(ctx: Ctx, start: int, s_suf: int) -> int:
    """6 月 + 規上工業, 2022 年 + 單體醫院: the unit of a date right after its number opens no
    name; the walk back took it in because the segmenter glued it to the words after it
    (orgs41)."""
    fold = ctx.fold
    unit = fold[start : start + 1]
    if not (unit and _NEWS_DAY_BEFORE.search(fold, max(0, start - 6), start)):
        return start
    if unit in ctx.rules.clock_units:
        # 下午 2 + 點在 + 逢甲大學: a clock's unit, and the joining word after it (orgs57)
        s = start + 1
        if fold[s : s + 1] and fold[s] in ctx.rules.edge_chars and s_suf - s - 1 >= 2:
            return s + 1
        return start
    if unit not in "年月":
        return start
    words = ctx.words_in(start + 1, s_suf)
    stops = ctx.rules.stop_tokens
    if s_suf - start - 1 < 2 or any(breaks_name(ctx, t) or t[:1] in stops for t in words):
        return start  # 5 月 + 無新發 + 養老理財: a clause, not a name, after the unit
    return start + 1


def _past_person(ctx: Ctx, start: int, s_suf: int) -> int:
    """(董事長) 楊宏 + 華夏 + 銀行: a person's name glued before a company's one word.

    A word the dictionary does not know, of two or three characters opening with a surname,
    before one dictionary word and the organization word (or a bank's middle words) is a
    person the sentence names (the chairman, the buyer), not the start of the name.
    """
    rules, fold = ctx.rules, ctx.fold
    k = ctx.token_index_at(start)
    while (
        k is not None
        and k + 1 < len(ctx.tokens)
        and fold[slice(*ctx.tokens[k])] in (rules.role_words)
    ):
        k += 1  # 董事長 + 楊宏: the role is cut later, the person here
    if k is None or k + 1 >= len(ctx.tokens):
        return start
    s, e = ctx.tokens[k]
    person = fold[s:e]
    ns, ne = ctx.tokens[k + 1]
    rest = ctx.words_in(ne, s_suf)
    if (
        2 <= len(person) <= 3
        and ctx.word_freq(person) == 0
        and person.startswith(rules.person_surnames)
        and ne - ns >= 2
        and ne <= s_suf  # 覃昱 + 醫療: the company word itself follows, the name is all there
        and ctx.word_freq(fold[ns:ne]) > 0
        and all(t in rules.bank_middle_words for t in rest)
    ):
        return ns
    return start


def _bank_context(ctx: Ctx, start: int, end: int) -> bool:
    """長江證券營收…, 據長江證券統計, 收購國都證券: a company's act, figure or cue around it."""
    rules, fold = ctx.rules, ctx.fold
    return bool(
        _weak_suffix_context(ctx, start, end)
        or rules.company_tail_re.match(fold, end)
        or rules.org_acts_after_re.match(fold, end)
        or rules.company_before_re.search(fold[max(0, start - 8) : start])
        or rules.source_before_re.search(fold[max(0, start - 4) : start])
    )


# Where a phrase starts: a clause's punctuation or a line (not a quote: “未來銀行” is a notion).
_CLAUSE_EDGE = frozenset("。，；：、！？\n (（")


def _common_head_start(ctx: Ctx, s_suf: int) -> int | None:
    """長江 + 證券, 國泰 + 證券, 華南 + 商業 + 銀行: a bank or broker named by an everyday word.

    The name is the one whole word before the ending (past middle words such as 國際 商業), two
    characters or more, no word for a kind of bank (投資銀行, 中小銀行: ``bank_kind_heads``), and
    it opens a phrase: the text or a clause starts before it, or a joining or function word or a
    verb, however rare, that takes an object (與, 由, 據, 收購, 躍升為) stands there.
    """
    rules, fold = ctx.rules, ctx.fold
    k = ctx.token_index_ending_at(s_suf)
    while k is not None and fold[slice(*ctx.tokens[k])] in rules.bank_middle_words:
        k = ctx.token_index_ending_at(ctx.tokens[k][0])  # 台新 + 國際 + 商業 + 銀行
    if k is None:
        return None
    s, e = ctx.tokens[k]
    word = fold[s:e]
    if (
        e - s < 2
        or not all(CJK_RE.match(ch) for ch in word)
        or word in rules.bank_kind_heads
        or rules.is_generic(word)
        or word in rules.domain_terms
        or ctx.is_function_word(word)
        or ctx.is_verb(word)
        or breaks_name(ctx, word)  # 兩家 + 銀行: a count of banks
    ):
        return None
    before = ctx.token_index_ending_at(s)
    if s == 0 or fold[s - 1] in _CLAUSE_EDGE:
        return s
    if before is None:
        return None
    prev = fold[slice(*ctx.tokens[before])]
    if (
        ctx.is_function_word(prev)
        or prev in rules.name_joiners
        or ctx.is_verb(prev)
        or prev in ctx.object_verbs  # 躍升為 + 內蒙古銀行: a verb's object opens a phrase
    ):
        return s
    return None


def _across_joined_field(ctx: Ctx, start: int, suffix: str) -> int:
    """智慧財產 + 及 + 商業法院: a public body named for two fields joins them with 及; the
    walk back stopped at 及 goes on over the first field, when that is ordinary words with no
    body's ending of its own (經濟部 + 及 + 能源局 are two bodies) and no place."""
    fold, rules = ctx.fold, ctx.rules
    if rules.cjk_org_kind("X" + suffix) != "agency" or fold[start - 1 : start] != "及":
        return start
    head = walk_back_name(ctx, start - 1, 8)
    field = fold[head : start - 1]
    if not (2 <= len(field) <= 6) or rules.cjk_org_kind(field) is not None:
        return start
    if rules.name_place_re.match(field) or field.startswith(rules.country_prefixes):
        return start
    toks = ctx.words_in(head, start - 1)
    if not toks or not all(ctx.word_freq(t) > 0 for t in toks):
        return start
    return head


def _suffix_name_start(ctx: Ctx, s_suf: int, suffix: str, strict: bool) -> int | None:
    """Where the name before an organization word starts, or None if that is no name.

    A registered legal ending (股份有限公司, 有限公司) is evidence enough that ordinary
    words before it are a proper name (優良化學製藥股份有限公司, 台灣肥料股份有限公司):
    then no rare word is needed, and the name starts after a verb that takes an object
    (持有, 收購) while 優良 or 健康 may open one; failing that, the usual test applies.
    """
    rules, fold = ctx.rules, ctx.fold
    anchor = s_suf
    if not ctx.is_boundary(s_suf):  # 昱厚 + 生技股 + 份有限公司: from the word's start
        anchor = ctx.tokens[bisect.bisect_right(ctx.starts, s_suf) - 1][0]
    start = walk_back_name(ctx, anchor, 14, registered=suffix in ctx.rules.registered_forms)
    second = start  # 商業法院 of 智慧財產及商業法院: what the usual tests read
    start = _across_joined_field(ctx, start, suffix)
    # 新創如雲象科技: a list head or a word for companies glued in front ends the reach
    lead = list(rules.lead_word_re.finditer(fold, start, s_suf))
    if lead and s_suf - lead[-1].end() >= 2:
        start = lead[-1].end()
    start = after_trade_word(ctx, start, s_suf)
    if strict:
        qualified = strip_generic_head(ctx, start, s_suf)
        if qualified > start and _kind_of_goods(ctx, qualified, s_suf, suffix):
            return None  # 大型 + 煙草 + 公司: a sort of company qualified, no name (orgs32)
        start = qualified
        if _SUPERLATIVE_BEFORE.search(fold, max(0, start - 6), start) and _dictionary_words(
            ctx, start, s_suf
        ):
            return None  # 全球最大的 + 外賣 + 服務 + 公司: what the company is, not its name
    if suffix in rules.holding_member_suffixes and fold[start:s_suf] in rules.holding_stems:
        return start  # 國泰 + 投信: a financial holding's member, its name however common (orgs42)
    relaxed = _registered_head(ctx, start, s_suf) if suffix in rules.registered_forms else None
    if relaxed is not None:
        return _line_opening_joiner(ctx, relaxed)
    if suffix in rules.place_group_suffixes and _place_led_group(ctx, start, s_suf):
        return _line_opening_joiner(ctx, start)
    if not plausible_cjk_name(ctx, max(start, second), s_suf, strict=strict):
        return None
    return _line_opening_joiner(ctx, start)


def _place_led_group(ctx: Ctx, start: int, end: int) -> bool:
    """福建省 + 電子資訊, 上海 + 電氣 before 集團: a province's or a city's name (``name_places``)
    opens the words, and trade words of a name's shape follow it, no word for a kind or a size
    of company (大型), no function word, verb or place after it: a mainland group named by its
    place, every word in the dictionary (orgs53)."""
    rules, fold = ctx.rules, ctx.fold
    m = rules.group_place_re.match(fold, start, end)
    if m is None or not ctx.is_boundary(m.end()) or end - m.end() < 2:
        return False
    rest = ctx.words_in(m.end(), end)
    return (
        bool(rest)
        and all(CJK_RE.fullmatch(ch) for ch in fold[m.end() : end])
        and not any(
            t in rules.place_kind_words
            or ctx.is_verb(t)
            or ctx.is_function_word(t)
            or t in rules.place_words
            or rules.group_place_re.fullmatch(t) is not None
            for t in rest
        )
        and not rules.is_generic(fold[m.end() : end])
    )


_PARENS_BEFORE = re.compile(rf"[（(]([{CJK}]{{2,4}})[）)]$")
_PARENS_AT = re.compile(rf"[（(]([{CJK}]{{2,4}})[）)]")
_CJK_RUN_END = re.compile(rf"[{CJK}]{{2,8}}$")


# 中天(上海) + 生物科技 + 有限公司: a place in brackets, then a few trade words before the
# legal ending
_PARENS_TRADE_BEFORE = re.compile(rf"[（(]([{CJK}]{{2,4}})[）)]([{CJK}]{{2,6}})$")


def _trade_words_after_place_parens(ctx: Ctx, s_suf: int) -> int | None:
    """中天(上海)生物科技有限公司: a registered name whose own words after its place in
    brackets are only trade words (生物科技, 醫藥) the walk back turns down; the bracketed place
    says the group's name stands before it (中天, an everyday word elsewhere), so the name runs
    from there (orgs49). The place must be one, the trade words whole tokens."""
    m = _PARENS_TRADE_BEFORE.search(ctx.fold, max(0, s_suf - 14), s_suf)
    if m is None or not ctx.rules.name_place_re.fullmatch(m.group(1)):
        return None
    if not ctx.is_boundary(m.start(2)):
        return None
    start = _across_place_parens(ctx, m.start(2))
    rules, fold = ctx.rules, ctx.fold
    for s, e in ctx.tokens_from(start):
        if e > m.start():
            break
        tok = fold[s:e]  # 本公司 + 代 + 中天(上海)…: the filer and a preposition before the name
        if (
            tok in rules.parens_name_cut_words
            or rules.self_reference_re.match(tok)
            or ctx.is_function_word(tok)
            or tok in rules.coordinators
        ):
            start = e
    return start if m.start() - start >= 2 and ctx.is_boundary(start) else None


def _across_place_parens(ctx: Ctx, start: int) -> int:
    """統一 + (上海) + 商貿有限公司, 統一超商 + (浙江) + 便利店有限公司: a mainland subsidiary's
    registered name writes its place in parentheses after the group's name, inside the name;
    the name read back from its legal ending stops at the bracket, so it goes on past a place
    in brackets to the Chinese words before it (the group's name: 統一 may be a verb
    elsewhere), less a joining or function word that opens them (與 + 統一).
    """
    fold, rules = ctx.fold, ctx.rules
    m = _PARENS_AT.match(fold, start) or _PARENS_BEFORE.search(fold, max(0, start - 6), start)
    if m is None or not rules.name_place_re.fullmatch(m.group(1)):
        return start
    run = _CJK_RUN_END.search(fold, max(0, m.start() - 8), m.start())
    if run is None:
        return start
    head = run.start()
    for s, e in ctx.tokens_from(head):
        tok = fold[s:e]
        if e > m.start() - 2 or not (ctx.is_function_word(tok) or tok in rules.coordinators):
            break
        head = e
    return head if m.start() - head >= 2 and ctx.is_boundary(head) else start


# 全球最大的, 第二大的, 最早的: a rank told before a kind word describes a company the text
# names elsewhere (orgs34)
_SUPERLATIVE_BEFORE = re.compile(r"(?:最|第[一二三四五六七八九十]+)[\u4e00-\u9fff]{0,2}的\s*$")


# 智駕 + 公司 + “千里科技”: a kind word right before a short quoted name describes it (orgs38)
_KIND_BEFORE_QUOTED = re.compile(r"[“「『\"][^”」』\"\n，,。]{2,12}[”」』\"]")
# 養老基金 + 資產管理公司 + APG Asset Management: a kind word right before a capitalised Latin
# name (two capitals, or a capital and lower case) describes it (orgs41)
_KIND_BEFORE_LATIN = re.compile(r" ?[A-Z][A-Za-z0-9&.\-]+")
_QUOTED_MATE_BEFORE = re.compile(r"[」』”][、，,及和與][「『“]$")
_QUOTED_MATE_AFTER = re.compile(r"[」』”]\s*(?:[、，,]|及|和|與)\s*[「『“]")


def _quoted_slogan(ctx: Ctx, start: int, end: int) -> bool:
    """「智慧機械」、「綠能科技」、「生醫產業」: a run of dictionary words in quote marks, listed
    with other quoted items, is a programme's or a field's slogan (a policy's pillars), not a
    company; a company named so in a list of quoted names is rare and has a rare word."""
    fold = ctx.fold
    opened = fold[start - 1 : start] in ("「", "『", "“")
    if not opened or fold[end : end + 1] not in ("」", "』", "”"):
        return False
    mate = _QUOTED_MATE_BEFORE.search(fold, max(0, start - 4), start) or _QUOTED_MATE_AFTER.match(
        fold, end
    )
    return mate is not None and _dictionary_words(ctx, start, end)


def _dictionary_words(ctx: Ctx, start: int, end: int) -> bool:
    """Every word of ``fold[start:end]`` is one the dictionary knows (外賣 + 服務)."""
    toks = ctx.words_in(start, end)
    return bool(toks) and all(CJK_RE.match(t) and ctx.word_freq(t) > 0 for t in toks)


def _kind_of_goods(ctx: Ctx, start: int, end: int, suffix: str) -> bool:
    """大型煙草公司, 知名半導體企業: after a word that sorts companies (大型, 知名), a kind's
    word (公司, 企業) after one dictionary word names a sort, not one company (a name of
    several words, 台灣 + 水泥, may well be one)."""
    if suffix not in ctx.rules.kind_suffixes:
        return False
    toks = ctx.words_in(start, end)
    return (
        len(toks) == 1
        and len(toks[0]) >= 2
        and all(CJK_RE.match(ch) for ch in toks[0])
        and ctx.word_freq(toks[0]) > 0
    )


def _registered_head(ctx: Ctx, start: int, end: int) -> int | None:
    """The name before a registered legal ending, of ordinary words if need be, or None."""
    rules = ctx.rules
    start = _past_last_verb(ctx, start, end)  # 持有 + 瑋成投資控股股份有限公司
    start = _past_spaced_tail(ctx, start, end)  # 金 + 額 + 優良化學製藥…
    toks = ctx.words_in(start, end)
    if not toks or toks[0] in rules.domain_terms or rules.is_generic(toks[0]):
        return None  # 創業投資 + 股份有限公司: the distinctive word leads a name
    if all(ctx.word_freq(t) >= RARE_FREQ for t in toks) and _stray_char_before(ctx, start):
        return None  # 本 + 誠 + 創業投資…: ordinary words cut from a name read apart
    if not plausible_cjk_name(ctx, start, end, strict=False):
        return None
    return start


def _line_opening_joiner(ctx: Ctx, start: int) -> int:
    """和 + 艦芯片製造…: a joining character that opens a line joins nothing before it, so
    it is the first character of the name (a table row's 和艦芯片製造（蘇州）股份有限公司)."""
    k = ctx.token_index_ending_at(start)
    if k is None:
        return start
    s, e = ctx.tokens[k]
    opens_line = s == 0 or ctx.fold[s - 1] == "\n"
    return s if opens_line and ctx.fold[s:e] in ctx.rules.coordinators else start


def _past_opening_verb(ctx: Ctx, start: int, end: int) -> int:
    """擴展 + 到 + 安卓: past a common verb opening ``fold[start:end]`` and its complement
    (到, 給 …: ``verb_complements``), two characters of name at least left (prods32)."""
    verb = False
    complements = ctx.rules.verb_complements
    for s, e in ctx.tokens_from(start):
        tok = ctx.fold[s:e]
        # the dictionary may hold the verb with its complement as one word (擴展到)
        glued = len(tok) > 2 and tok[-1] in complements and ctx.is_verb(tok[:-1])
        if end - e < 2 or not (ctx.is_verb(tok) or glued or (verb and tok in complements)):
            break
        verb, start = True, e
    return start


def _past_last_verb(ctx: Ctx, start: int, end: int) -> int:
    """After the last verb taking an object (公司 + 持有 + 瑋成投資…), unless a proper name
    stands before it (建興 + 儲存 + 科技 is one name) or only a company word is left after it."""
    out = start
    rules = ctx.rules
    for s, e in ctx.tokens_from(start):
        if s >= end - 2:
            break
        tok = ctx.fold[s:e]
        verb = tok in ctx.transitive_verbs or tok in rules.registered_object_verbs
        if not verb or ctx.fold[e:end] in rules.cjk_suffixes:
            continue
        if tok in listed_names(rules.lex):
            continue  # 福建 + 統一 + 馬口鐵有限公司: a listed group's name heads its subsidiary's
        before = ctx.words_in(out, s)
        if all(ctx.word_freq(t) >= RARE_FREQ or rules.is_generic(t) for t in before):
            out = e
    return out


def _past_spaced_tail(ctx: Ctx, start: int, end: int) -> int:
    """損 失 金 額 + 優良化學製藥股份有限公司: in letter-spaced text (a table header a PDF
    spread out), a one-character token right after a spaced character is the last letter
    of the spaced word, not the name's first."""
    k = ctx.token_index_at(start)
    if k is None or start < 3:
        return start
    s, e = ctx.tokens[k]
    fold = ctx.fold
    spaced = fold[start - 3] == " " and fold[start - 1] == " " and CJK_RE.match(fold[start - 2])
    if e - s == 1 and spaced and end - e >= 2:
        return e
    return start


def _stray_char_before(ctx: Ctx, start: int) -> bool:
    """A single Chinese character right before ``start`` that joins nothing (not 及, 之, 與)."""
    k = ctx.token_index_ending_at(start)
    if k is None:
        return False
    s, e = ctx.tokens[k]
    tok = ctx.fold[s:e]
    rules = ctx.rules
    joins = tok in rules.edge_chars or tok in rules.coordinators or tok in rules.stop_tokens
    return e - s == 1 and bool(CJK_RE.match(tok)) and not joins


# A registered name the suffix words cannot see: its legal ending broken by a line
# (…股份\n有限公司), a place in parentheses before it (聯詠科技（蘇州）有限公司), or a
# single-member company's 一人有限公司.
_SPLIT_LEGAL = gated(
    rf"(?:[（(][{CJK}]{{2,4}}[）)]\s*|一人)?(?:股份\s*有限\s*公司|有限\s*(?:責任\s*)?公司)"
)


def find_registered_names(ctx: Ctx) -> list[Cand]:
    """Legal names written with a place in parentheses or a line break in the legal ending.

    Mainland and Hong Kong subsidiaries are registered as 健喬信元醫藥（香港）有限公司;
    a filing's justified text breaks 海思科醫藥集團股份 / 有限公司 across lines.
    """
    fold = ctx.fold
    out: list[Cand] = []
    for m in _SPLIT_LEGAL.finditer(fold):
        tail = m.group()
        if not (tail.startswith(("（", "(", "一人")) or any(ch.isspace() for ch in tail)):
            continue  # a plain ending: ``find_cjk_suffix_names`` reads it
        s_tail = m.start()
        if not ctx.is_boundary(s_tail):
            continue
        start = _suffix_name_start(ctx, s_tail, "有限公司", True)
        if start is None:
            continue
        start = _across_place_parens(ctx, start)
        if ctx.rules.legal_inside_re.search(fold, start, s_tail):
            continue
        out.append(Cand(start, m.end(), ORG, "company", rule_id("cjk_org_suffix"), 1, cue=tail))
    return out


def _from_inner_country(ctx: Ctx, start: int, head_end: int) -> int:
    """爆買 + 美國 + 生物: words before a country are not part of a name that follows it;
    the name starts at the country (which ``strip_country`` then leaves out)."""
    i = ctx.token_index_at(start)
    if i is None:
        return start
    out = start
    while i < len(ctx.tokens) and ctx.tokens[i][0] < head_end:
        s, e = ctx.tokens[i]
        if s > start and ctx.fold[s:e] in ctx.rules.country_prefixes:
            out = s
        i += 1
    return out


def _after_glued_joiner(ctx: Ctx, start: int, head_end: int) -> int:
    """久事神康 + 和 + 通橋醫療: a joining word the segmenter glued into a token (康和) still
    ends the list item before it; the name starts after it. Two characters or more must
    stand on each side, so 康和 + 證券 (a name that holds 和) stays whole."""
    fold = ctx.fold
    joins = list(ctx.rules.list_split_re.finditer(fold, start + 2, head_end - 2))
    m = joins[-1] if joins else None
    if m is None or m.start() - start < 2 or ctx.is_boundary(m.start()):
        return start  # none, or one the tokens already cut (then the walk stopped there)
    return m.end()


def _after_joined_company(ctx: Ctx, start: int, head_end: int) -> int:
    """甲集團 + 暨 + 乙科技: 暨 joins the parts of one name (食品暨藥物管理局), but after a
    company's own ending (集團, 公司 …) it joins two companies; the name starts after it."""
    rules, fold = ctx.rules, ctx.fold
    for k in range(head_end - 1, start + 1, -1):
        # the joiner may be glued to the next name's head (暨 + 恩嘉 read as one token)
        if fold[k] not in rules.name_joiners or not ctx.is_boundary(k) or head_end - k < 3:
            continue
        left = fold[start:k]
        if any(
            left.endswith(suf) and len(left) > len(suf) and info["kind"] == "company"
            for suf, info in rules.cjk_suffixes.items()
        ):
            return k + 1
    return start


def _weak_suffix_context(ctx: Ctx, start: int, end: int) -> bool:
    """普冉股份宣布…, 由高瓴資本領投, A、B股份: a company's context around the name."""
    rules, fold = ctx.rules, ctx.fold
    if rules.legal_after_re.match(fold, end):
        return False  # 益得生物科技股份 + 有限公司 on the next line: part of a legal name
    toks = ctx.words_in(start, end)
    if len(toks) <= 2 and (ctx.is_verb(toks[0]) or toks[0] in ctx.predicates):
        return False  # 買回 + 股份, 返還 + 資本: a verb and its object
    return bool(
        rules.weak_suffix_after_re.match(fold, end)
        or rules.weak_suffix_before_re.search(fold, max(0, start - 4), start)
        or STOCK_CODE_AFTER.match(fold, end)
    )


_LEGAL_TAILS = ("股份有限公司", "有限公司", "公司")


def glued_names(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Pattern names that are another found name with other words glued behind it.

    健喬信元醫藥生技 + 優良化學: two table cells written without a space read as one
    run ending in a company word. What follows a name the document already holds (a
    lexicon hit, a legal name without its 股份有限公司) is that company's own longer name
    only when it opens with a company word, a legal ending, a sub-unit or a place
    (… + 生技股份有限公司, … + 香港公司); a rest that is a company name of its own
    (two words or more, then a company word: 優良 + 化學) is a second name glued on, while
    遠東新 + 世紀 is the full name of what the lexicon knows by its short one.
    """
    rules, fold = ctx.rules, ctx.fold
    stems: set[str] = set()
    for c in found:
        if c.label != ORG or c.kind != "company" or not CJK_RE.match(fold[c.start]):
            continue  # 聯合國 + 糧食及農業組織 is one body's name: only companies glue so
        name = fold[c.start : c.end]
        if c.source == "lexicon" and len(name) >= 3:
            stems.add(name)
        for tail in _LEGAL_TAILS:
            if name.endswith(tail) and len(name) - len(tail) >= 4:
                stems.add(name[: -len(tail)])
                break
    if not stems:
        return []
    own_words = (
        *rules.cjk_suffixes,
        *_LEGAL_TAILS,
        *rules.subunits,
        *rules.agency_endings,
    )
    out: list[Cand] = []
    for c in found:
        if c.label != ORG or c.source == "lexicon" or c.strength <= 0:
            continue
        name = fold[c.start : c.end]
        # (the name's own prefixes looked up among the stems, a rest of two characters or
        # more left, instead of every stem tried on every name)
        for cut in range(1, len(name) - 1):
            if name[:cut] not in stems:
                continue
            rest = name[cut:]
            if (
                ctx.is_boundary(c.start + cut)
                and not rest.startswith(own_words)
                and not rest.startswith(("（", "("))  # 聯詠科技 + （深圳）有限公司: a subsidiary
                and not rules.subsidiary_mark_re.match(rest)
                and any(
                    rest.endswith(suf) and len(rest) - len(suf) >= 2 and info["kind"] == "company"
                    for suf, info in rules.cjk_suffixes.items()
                )
            ):
                out.append(c)
                break
    return out


def _province(ctx: Ctx, s: int, e: int) -> bool:
    """越南 + 北寧省, 中國 + 安徽省: 省 after a country names a ministry only when the words
    before it are a ministry's field, common words of the dictionary (經濟產業省, 外務省); a
    place's name, or a word the dictionary barely knows, before 省 makes a province. The
    dictionary lists provinces as words too (北寧省): the field's own words must be common
    (``KIND_FREQ``: 外務, 法務 are; 北寧, 北江 are not: orgs21)."""
    rules, fold = ctx.rules, ctx.fold
    if fold[e - 1] != "省":
        return False
    country = next((p for p in rules.country_prefixes if fold.startswith(p, s)), "")
    head = fold[s + len(country) : e - 1]
    if not head or rules.name_place_re.fullmatch(head):
        return True
    toks = ctx.words_in(s + len(country), e - 1)
    return any(len(t) < 2 or ctx.word_freq(t) < KIND_FREQ for t in toks)


def _ending_in_unknown_word(ctx: Ctx, end: int) -> bool:
    """香港 + 世同部 + 分公司: a one-character ending (部, 局) right after a word the dictionary
    does not know (世同, or 晶 + 澔 read one character at a time) is that unknown name's last
    character or the first of the next word (世同部分公司: part of 世同's company papers), no
    ministry's ending. A real body's head is a word of the dictionary (商務 + 部, 資源 + 部),
    or the whole is one (工信部)."""
    k = ctx.token_index_ending_at(end)
    if k is None:
        return False
    fold = ctx.fold
    tok = fold[slice(*ctx.tokens[k])]
    if not all(CJK_RE.match(ch) for ch in tok):
        return False
    if len(tok) > 1:
        return ctx.word_freq(tok) == 0 and ctx.word_freq(tok[:-1]) == 0 and len(tok) > 2
    run = ""
    while k > 0:
        k -= 1
        prev = fold[slice(*ctx.tokens[k])]
        if len(prev) != 1 or not CJK_RE.match(prev):
            break
        run = prev + run
    return len(run) >= 2 and ctx.word_freq(run) == 0


def find_country_agencies(ctx: Ctx) -> list[Cand]:
    """Government bodies written after a country: 韓國 + 金融服務委員會. The country is part
    of the name written and says whose body it is (the record's country): without it the
    name is another country's namesake (Taiwan's 金融監督管理委員會 has a 委員會 too). A word
    for a side (大陸 + 工信部: side_place_words) is left out."""
    rules = ctx.rules
    out: list[Cand] = []
    for m in rules.country_agency_re.finditer(ctx.fold):
        s, e = m.span()
        if not ctx.is_boundary(e) or not ctx.is_boundary(s):
            continue
        toks = ctx.tokens_in(s, e)
        if any(t in rules.stop_tokens or t in rules.coordinators for t in toks[1:]):
            continue
        if toks[-1] in rules.place_words or e - s < 5 or _holds_person_role(rules, toks):
            continue  # 美國 + 總統特朗普簽署: the country's president acting (orgs36)
        if _province(ctx, s, e) or _ending_in_unknown_word(ctx, e):
            continue
        side = next((w for w in rules.side_place_words if ctx.fold.startswith(w, s)), "")
        out.append(Cand(s + len(side), e, ORG, "agency", rule_id("country_agency"), 1))
    return out


def _lone_char_before_joiner(ctx: Ctx, prev: tuple[int, int], start: int) -> bool:
    """The item ``prev`` is one Chinese character, and one coordinator character (和, 與, 及)
    stands between it and ``start``, after a 、 or at the list's start."""
    s, e = prev
    fold = ctx.fold
    sep = fold[e:start]
    return (
        e - s == 1
        and CJK_RE.match(fold[s]) is not None
        and len(sep) == 1
        and sep in ctx.rules.coordinators
        and fold[s - 1 : s] == "、"
    )


def split_items(
    ctx: Ctx, start: int, end: int, splitter: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """Spans of the items of a list in ``ctx.fold[start:end]``, separators and spaces trimmed.

    Every list finder splits with the one separator list of ``entity_cues.yaml``
    (``list_separators``) unless it names its own (a slash list).
    """
    fold = ctx.fold
    splitter = splitter or ctx.rules.list_split_re
    items = []
    pos = start
    for m in splitter.finditer(fold, start, end):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, end))
    # 、嘉和生物、: a split at a one-character coordinator that leaves one character alone on
    # its left (嘉 | 生物) cut a name, not a list: the two pieces are one item
    joined: list[tuple[int, int]] = []
    for s, e in items:
        if joined and _lone_char_before_joiner(ctx, joined[-1], s):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    items = joined
    out = []
    for s, e in items:
        while s < e and fold[s].isspace():
            s += 1
        while e > s and fold[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def _kind_item(ctx: Ctx, s: int, e: int) -> bool:
    """叫車服務, 感知系統, 零組件, 智慧汽車: an item of a list closed by a company word that
    names goods, a service or a field (``enum_kind_item_ends``) — the word alone, or after a
    word for a kind of goods (智慧 + 汽車), one character (鋰 + 電池) or dictionary words
    (叫車 + 服務). After dictionary words an ending a maker's name may close (東風 + 汽車:
    ``goods_term_ends``) stays a name. A bare place (來自南京、西安、寧波等69家廠商) sorts the
    companies by where they are from: a kind too."""
    rules, fold = ctx.rules, ctx.fold
    item = fold[s:e]
    if item in rules.subsidiary_places or item in rules.country_words:
        return True
    if not all(CJK_RE.match(ch) for ch in item):
        return False
    end = next((w for w in rules.enum_kind_item_ends if item.endswith(w)), None)
    if end is None:
        return False
    head = item[: -len(end)]
    if len(head) <= 1 or head in rules.goods_kind_words:
        return True
    if any(end.endswith(t) for t in rules.goods_term_ends):
        return False
    return _spelled_by_dictionary(ctx, s, s + len(head))


def _good_item(ctx: Ctx, s: int, e: int) -> bool:
    rules, fold = ctx.rules, ctx.fold
    item = fold[s:e]
    if not item or len(item) > 12 or any(ch.isdigit() for ch in item):
        return False
    if item.isascii():
        return not rules.is_not_name(item)
    if not (ctx.is_boundary(s) and ctx.is_boundary(e)):
        return False
    if ctx.words_in(s, e)[0] in rules.subject_determiners:
        return False  # OpenAI和一些輿論: a determiner opens a kind of thing, never a name (orgs37)
    return plausible_cjk_name(ctx, s, e, strict=False) and ctx.word_freq(item) < COMMON_FREQ


_QUOTE_MARKS = "「」『』“”\"'‘’"


def _unquoted(fold: str, s: int, e: int) -> tuple[int, int]:
    """An item written in quote marks (『甲』) is the name inside them."""
    while s < e and fold[s] in _QUOTE_MARKS:
        s += 1
    while e > s and fold[e - 1] in _QUOTE_MARKS:
        e -= 1
    return s, e


def _after_description(ctx: Ctx, s: int, e: int) -> tuple[int, int]:
    """深圳上市的 + 光綫傳媒: an item described before 的 starts after it (orgs32), when a name's
    two characters are left and the 的 stands on its own (目的 is a word, not the particle)."""
    cut = ctx.fold.rfind("的", s, e)
    if cut < 0 or e - (cut + 1) < 2 or not ctx.is_boundary(cut) or not ctx.is_boundary(cut + 1):
        return s, e
    rules = ctx.rules
    if any(
        t in rules.stop_tokens or t in rules.coordinators or ctx.is_verb(t)
        for t in ctx.words_in(cut + 1, e)
    ):
        return s, e  # 安全性的 + 要求遠高於手機: a clause, not a name
    return cut + 1, e


_CJK_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)} | {"兩": 2}


def _small_count(text: str) -> int | None:
    """三 → 3, 十二 → 12, ３ → 3: a count of a few companies written in digits or Chinese."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    if text in _CJK_DIGITS:
        return _CJK_DIGITS[text]
    if text == "十":
        return 10
    if len(text) == 2 and text[0] == "十" and text[1] in _CJK_DIGITS:
        return 10 + _CJK_DIGITS[text[1]]
    return None


def _enumeration_tails(ctx: Ctx) -> list[tuple[int, int, tuple[int, int], int | None]]:
    """Where lists close on a kind's word: (list end, modifier start, the kind's word, count).

    ``甲、乙等公司`` (an enumeration marker, count None) and ``甲、乙、丙三家銀行`` (a count of
    companies and no marker: the count, which must then match the items). A count after 等
    belongs to the first form.
    """
    rules, fold = ctx.rules, ctx.fold
    marked_lists = list(rules.enum_tail_re.finditer(fold))
    out: list[tuple[int, int, tuple[int, int], int | None]] = [
        (m.start(), m.start(1), m.span(2), None) for m in marked_lists
    ]
    marked = {m.end() for m in marked_lists}
    for m in rules.count_tail_re.finditer(fold):
        count = _small_count(m.group(1))
        if count is None or m.end() in marked or not ctx.is_boundary(m.start()):
            continue
        out.append((m.start(), m.start(2), m.span(3), count))
    return sorted(out)


def _kind_word(rules: Rules, name: str, kind: str) -> bool:
    """PMIC, x86, Transformer: a word the lexicons hold for a kind, a standard or a design is
    no member's name in a list closed by a kind's word (lists31): no product by
    ``not_product_terms`` or ``architecture_not_names``, no company by ``org_not_kind_terms``
    (a standard body such as ISO stays one)."""
    folded = name.casefold()
    if kind == "product":
        return folded in rules.not_product_terms or folded in rules.architecture_not_names
    return folded in rules.org_not_kind_terms


def _latin_slash_parts(ctx: Ctx, s: int, e: int) -> list[tuple[int, int]]:
    """Hexagon/Vindynamics: a slash between two Latin names in a list's item joins two of its
    members (orgs84's list splitter did so); anything else stays one item."""
    fold = ctx.fold
    item = fold[s:e]
    if not item.isascii() or item.count("/") != 1:
        return [(s, e)]
    k = s + item.index("/")
    parts = [(s, k), (k + 1, e)]
    if all(_latin_list_name(ctx, fold[a:b]) and fold[a:b] == fold[a:b].strip() for a, b in parts):
        return parts
    return [(s, e)]


# the Latin name ending a list's first item: up to three words, all but the last capitalised
_LATIN_ITEM_TAIL = re.compile(
    r"(?:[A-Z0-9][A-Za-z0-9&'.\-]* ){0,2}[A-Za-z0-9][A-Za-z0-9&'.\-]*$"
)


def _latin_first_item(ctx: Ctx, s: int, e: int) -> int | None:
    """Where the Latin name ending a list's first item starts (客戶結構涵蓋 CoreWeave、…): the
    Chinese walk back reads no Latin words. -1 when Latin words go on before those taken (the
    tail of a longer name: Powerchip Semiconductor Manufacturing Corporation PSMC及SMIC),
    None when the item does not end in a Latin letter or digit."""
    fold = ctx.fold
    if e <= s or not (fold[e - 1].isascii() and fold[e - 1].isalnum()):
        return None
    m = _LATIN_ITEM_TAIL.search(fold, s, e)
    if m is None:
        return None
    before = fold[max(0, m.start() - 2) : m.start()]
    if re.search(r"[A-Za-z0-9.&'\-] ?$", before):
        return -1
    return m.start()


def find_enumerations(ctx: Ctx) -> list[Cand]:
    """Names listed before 等公司 / 等散熱廠商 / 等醫院: 長聖、長春藤、訊聯、鑫品、三顧等公司."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for list_end, mod_s, (tail_s, tail_e), count in _enumeration_tails(ctx):
        if not ctx.is_boundary(tail_e):
            # 等國產品牌: 產品 ends inside 品牌; the kind's word is the one ending on a token's
            # end (國產 + 品牌), and none there means no kind at all (orgs28)
            whole = next(
                (
                    t
                    for t in rules.enum_tail_next_re.finditer(fold, tail_s + 1, tail_e + 6)
                    if ctx.is_boundary(t.end()) and t.start() - mod_s <= 6
                ),
                None,
            )
            if whole is None:
                continue
            tail_s, tail_e = whole.span()
        kind = rules.enum_tails[fold[tail_s:tail_e]]
        general = fold[tail_s:tail_e] in rules.generic_enum_tails
        # 等一眾國產AI晶片企業: the last word of a compound names the kind (企業, not 晶片)
        compound = rules.enum_tail_next_re.match(fold, tail_e)
        if compound is not None:
            kind = rules.enum_tails[compound.group()]
            general = compound.group() in rules.generic_enum_tails
        modifier = fold[mod_s:tail_s]
        # the spaces of a Latin modifier run (等 neo cloud 租賃運算業者) break nothing
        if any(breaks_name(ctx, t) for t in ctx.tokens_in(mod_s, tail_s) if t.strip()):
            continue
        if modifier.strip() in rules.enum_field_modifiers:
            continue  # 環保、電力、燃氣等行業公司: the items are fields, no company (orgs41)
        # 等指標性商品: a word singling out particular goods makes a general tail name brands,
        # a maker's or a place's word + a kind (黑松沙士); a short item the dictionary spells
        # (洗衣精、衛生紙等熱銷商品) is still a kind
        particular = general and any(w in modifier for w in rules.particular_enum_modifiers)
        quoted_brand = False
        lo = max(0, list_end - 80)
        brk = max(
            (b.end() for b in re.finditer(r"[，。；：:（）()「」《》\n]", fold[lo:list_end])),
            default=0,
        )
        items = split_items(ctx, lo + brk, list_end)
        latin_start = _latin_first_item(ctx, *items[0]) if len(items) > 1 else None
        if latin_start is not None and latin_start < 0:
            continue  # Powerchip Semiconductor Manufacturing Corporation PSMC及SMIC: a name's tail
        if latin_start is not None:
            # 客戶結構涵蓋 CoreWeave、Nscale 等: the first item is the Latin name ending it
            items[0] = (latin_start, items[0][1])
        elif len(items) > 1:
            # the first item is reached by a verb (帶動奇鋐): cut it to the others' length
            longest = max(e - s for s, e in items[1:])
            s0, e0 = items[0]
            s0 = walk_back_name(ctx, e0, 12, allow_latin=True)
            head = list(rules.enum_head_re.finditer(fold, s0, e0))
            if head:
                s0 = head[-1].end()
            while e0 - s0 > longest + 1 and ctx.is_boundary(e0):
                nxt = next((b for b in range(s0 + 1, e0) if ctx.is_boundary(b)), e0)
                if e0 - nxt < 2:
                    break
                s0 = nxt
            items[0] = (s0, e0)
        else:
            s0, e0 = items[0]
            opened = _quote_opening(fold, e0)
            if kind == "product" and opened is not None:  # 憑藉“甲乙”等明星產品: the quote
                s0 = opened
                # a quoted name singled out as a particular good is a brand, common word or not
                quoted_brand = particular
            elif kind == "product":  # 以海鷗等車款: a lone product is one word
                last = ctx.token_index_ending_at(e0)
                s0 = ctx.tokens[last][0] if last is not None else e0
            else:
                s0 = strip_generic_head(ctx, walk_back_name(ctx, e0, 8, allow_latin=True), e0)
            items[0] = (s0, e0)
        items = [_unquoted(fold, s, e) for s, e in items]  # 『甲』、『乙』等6家業者
        items = [part for s, e in items for part in _latin_slash_parts(ctx, s, e)]
        # 甲、在深圳上市的乙等5間公司: a description before 的 says which; the name follows it
        if kind != "product":
            items = [_unquoted(fold, *_after_description(ctx, s, e)) for s, e in items]
        if quoted_brand:
            out.extend(
                Cand(s, e, PRODUCT, None, rule_id("enumeration"), 1) for s, e in items if e - s >= 2
            )
            continue
        if count is not None and (
            len(items) < 2
            or len(items) != count
            or any(
                fold[s:e] != "".join(fold[s:e].split())
                or any(ctx.is_verb(t) for t in ctx.words_in(s, e))
                for s, e in items
            )
        ):
            # 甲、乙兩家公司 names two; 投資甲3家公司 counts companies it does not name; with no
            # 等 to close it, a headline's clauses (加碼甲、乙 逢高調節兩家代工廠) are no list
            continue
        if len(items) > 1 and all(_surname_and_given(ctx, fold[s:e]) for s, e in items):
            continue  # 林志明、陳建宏等公司高層: people of the companies
        good = [(s, e) for s, e in items if _good_item(ctx, s, e)]
        if kind != "product":
            # a Latin item needs a name's shape: a capital, no person, no word written twice
            good = [
                (s, e)
                for s, e in good
                if not fold[s:e].isascii()
                or (_latin_list_name(ctx, fold[s:e]) and not fold[s:e].islower())
            ]
        if (
            kind != "product"
            and not modifier.strip()
            and fold[tail_s:tail_e] in rules.enum_kind_tails
            and all(_dictionary_words(ctx, s, e) for s, e in items)
        ):
            continue  # 科研院所、重點實驗室等機構: kinds of body, told in dictionary words (orgs41)
        if kind == "product":
            # Latin names in such lists are weighed with the Latin runs; a Chinese brand
            # (海鷗等平價車款) must not be an everyday word
            good = [
                (s, e)
                for s, e in good
                if not fold[s:e].isascii()
                and ctx.word_freq(fold[s:e]) < RARE_FREQ
                and not (
                    general
                    and not (particular and _brand_and_kind(ctx, s, e))
                    and _spelled_by_dictionary(ctx, s, e)
                )
            ]
            if good and len(good) * 2 > len(items):
                out.extend(Cand(s, e, PRODUCT, None, rule_id("enumeration"), 1) for s, e in good)
        else:
            # 叫車服務、感知系統、零組件、圖資等廠商: kinds of goods or services make half the
            # list or more, and the list names kinds of company; a kind among names is no name
            kinds = [(s, e) for s, e in items if _kind_item(ctx, s, e)]
            if kinds and len(kinds) * 2 >= len(items):
                continue
            good = [it for it in good if it not in kinds]
            if len(good) * 2 > len(items):
                out.extend(Cand(s, e, ORG, kind, rule_id("enumeration"), 2) for s, e in good)
    return out


def find_headed_model_lists(ctx: Ctx) -> list[Cand]:
    """入門級車型，包括甲、新款乙、新款丙等: a specific kind of product (a tail of
    ``enumeration_tails`` that is not a general one: 車型, 機型, 晶片) before 包括 or 如 lists
    models, as the same list closed by 等車型 does; an edition word before an item (新款) is no
    part of its name. An item must be a rare word and no dictionary phrase; a Latin item is
    weighed with the Latin runs. More than half the items must pass, or the list is of kinds."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.model_list_head_re.finditer(fold):
        s, e = m.span(1)
        tail = re.search(r"\s*等", fold[s:e])
        if tail is not None:
            e = s + tail.start()
        items = []
        for a, b in split_items(ctx, s, e):
            ed = rules.enum_item_edition_re.match(fold, a, b)
            items.append((ed.end() if ed is not None else a, b))
        if len(items) < 2:
            continue
        good = [
            (a, b)
            for a, b in items
            if b - a >= 2
            and not fold[a:b].isascii()
            and _good_item(ctx, a, b)
            and ctx.word_freq(fold[a:b]) < RARE_FREQ
            and not _spelled_by_dictionary(ctx, a, b)
        ]
        if good and len(good) * 2 > len(items):
            out.extend(Cand(a, b, PRODUCT, None, rule_id("enumeration"), 1) for a, b in good)
    return out


# A closing quote and its opening one: “…”, 「…」, 『…』.
_QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『", "’": "‘"}


def _quote_opening(fold: str, end: int) -> int | None:
    """Where the quote closed right before ``end`` opens, within a name's length, or None."""
    if end < 1 or fold[end - 1] not in _QUOTE_PAIRS:
        return None
    opening = fold.rfind(_QUOTE_PAIRS[fold[end - 1]], max(0, end - 22), end - 1)
    if opening < 0 or any(ch in "，。；：\n" for ch in fold[opening:end]):
        return None
    return opening


def _brand_and_kind(ctx: Ctx, start: int, end: int) -> bool:
    """黑松 + 沙士, 金門 + 高粱: a name word before the kind, in a list of particular goods.

    A short item (洗衣精) or one led by a verb or an adjective (冷凍 + 水餃) describes a kind.
    """
    toks = ctx.words_in(start, end)
    if end - start < 4 or len(toks) < 2:
        return False
    head = toks[0]
    return not (ctx.is_verb(head) or head in ctx.adjectives or ctx.is_function_word(head))


# A clause of a list ends at a sentence mark, a comma, a colon or a bracket.
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?\n（）()「」《》]")
_SHORT_ITEM = re.compile(rf"[{CJK}]{{2,6}}")


def _cued_clause(ctx: Ctx, start: int, end: int) -> bool:
    """The clause around ``fold[start:end]`` speaks of companies: a cue word of
    ``list_company_cues`` (供應鏈, 概念股, 車廠, 營收 …) stands in it, outside the list, and no
    word for goods (``list_thing_cues``: 產品, 服務 …) stands nearer the list."""
    fold = ctx.fold
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(fold, max(0, start - 40), start)), default=0)
    lo = max(lo, start - 40)
    hi_m = _CLAUSE_MARK.search(fold, end, min(len(fold), end + 40))
    hi = hi_m.start() if hi_m is not None else min(len(fold), end + 40)
    rules = ctx.rules
    company = _whole_cue(ctx, end, hi)
    thing = rules.list_thing_cue_re.search(fold, end, hi)
    if company is not None and (thing is None or company.start() < thing.start()):
        return True
    last_company = max((m.end() for m in _whole_cues(ctx, lo, start)), default=-1)
    things = rules.list_thing_cue_re.finditer(fold, lo, start)
    last_thing = max((m.end() for m in things), default=-1)
    return last_company > last_thing and thing is None


def _whole_cues(ctx: Ctx, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The company cues in ``fold[lo:hi]`` that are words of their own: 企業 of 企業級 (SSD),
    an enterprise grade, speaks of no company (orgs68)."""
    for m in ctx.rules.list_company_cue_re.finditer(ctx.fold, lo, hi):
        if ctx.is_boundary(m.start()) and ctx.is_boundary(m.end()):
            yield m


def _whole_cue(ctx: Ctx, lo: int, hi: int) -> re.Match[str] | None:
    return next(_whole_cues(ctx, lo, hi), None)


def _bare_list_member(ctx: Ctx, s: int, e: int) -> bool:
    """A member of a cued list: a short run of whole tokens that is no dictionary word as a
    whole, no kind word, no place and no verb phrase."""
    rules, fold = ctx.rules, ctx.fold
    item = fold[s:e]
    if not _SHORT_ITEM.fullmatch(item) or not _good_item(ctx, s, e):
        return False
    if ctx.word_freq(item) >= RARE_FREQ or item in rules.place_words:
        return False
    if item[-1] in rules.party_role_endings and ctx.word_freq(item[:-1]) > 0:
        return False  # 保證 + 人, 授信 + 戶: a party's role in a contract
    if any(
        item.endswith(w) and len(item) > len(w) and ctx.word_freq(item[: -len(w)]) > 0
        for w in rules.metric_endings
    ):
        return False  # 排放 + 量, 廢棄物 + 總重量: a measure of a thing, a figure, no company
    if fold[s - 1 : s].isdigit():
        return False  # 150 + 仟股: a number's unit, read back to its digits
    if rules.name_place_re.fullmatch(item) is not None or rules.product_noun_end_re.search(item):
        return False  # a place; a kind of product (取栓 + 支架)
    # 複合 + 調味料, 預製 + 菜: dictionary words (one character only last), nothing else, and
    # no organization's own ending last, spell a thing or a phrase, not a coined name
    toks = ctx.words_in(s, e)
    if (
        len(toks) > 1
        and all(len(t) > 1 for t in toks[:-1])
        and all(ctx.word_freq(t) > 0 for t in toks)
        and toks[-1] not in rules.cjk_suffixes
    ):
        return False
    return plausible_cjk_name(ctx, s, e, strict=True)


def _verb_head(ctx: Ctx, start: int, end: int) -> bool:
    """手握 + 甲乙: the item opens with a verb or a function word, and more follows."""
    toks = ctx.words_in(start, end)
    if len(toks) > 2 and toks[0] in ctx.rules.split_locatives and len(toks[1]) == 1:
        return False  # 中 + 通 + 快遞: the locative taken in (tokens._into_split_locative)
    return len(toks) > 1 and (
        ctx.is_verb(toks[0]) or toks[0] in ctx.transitive_verbs or ctx.is_function_word(toks[0])
    )


def _surname_and_given(ctx: Ctx, item: str, shortest: int = 3) -> bool:
    """林志明 (李華 with ``shortest`` 2): a surname and two (one) characters, a person's shape."""
    return shortest <= len(item) <= 3 and any(
        item.startswith(sn) and len(sn) == 1 for sn in ctx.rules.person_surnames
    )


# 第三, 第4: an ordinal opening a list item
_ORDINAL_ITEM = re.compile(r"第[一二三四五六七八九十百兩0-9０-９]")


def find_cued_lists(ctx: Ctx) -> list[Cand]:
    """群創、頎邦、聯詠等概念股, 甲乙、丙丁供應鏈: a 、-list of short names no lexicon knows, in a
    clause with company evidence (``list_company_cues``). No member is known, so the list
    as a whole vouches for its members: every item must be a short run of whole tokens, most
    of them rare words, or the list is read as a list of things."""
    fold = ctx.fold
    out: list[Cand] = []
    pos = 0
    while True:
        k = fold.find("、", pos)
        if k < 0:
            break
        # the run of 、-separated segments starting at the clause item before k
        seps = [k]
        while True:
            nxt = fold.find("、", seps[-1] + 1)
            if nxt < 0 or _CLAUSE_MARK.search(fold, seps[-1] + 1, nxt) is not None:
                break
            seps.append(nxt)
        pos = seps[-1] + 1
        middle = [(a + 1, b) for a, b in itertools.pairwise(seps)]
        if any(not _SHORT_ITEM.fullmatch(fold[a:b]) for a, b in middle):
            continue
        s_last = seps[-1] + 1
        e_last = walk_forward_name(ctx, s_last, 6)
        cut = _before_except_close(ctx, seps[0], s_last, e_last)
        closed, e_last = cut < e_last, cut  # 除甲、乙外: the closing word ends the item
        cue = ctx.rules.list_company_cue_re.search(fold, s_last + 2, e_last)
        if cue is not None and ctx.is_boundary(cue.start()):  # 丙丁 + 股價: the cue is no part
            e_last = cue.start()
        cue_next = ctx.rules.list_company_cue_re.match(fold, e_last) is not None
        if e_last - s_last < 2 or not (cue_next or closed or fills_its_item(ctx, e_last)):
            continue
        longest = max([b - a for a, b in middle] + [e_last - s_last])
        e0 = seps[0]
        s0 = walk_back_name(ctx, e0, 6, allow_latin=True)
        heads = list(ctx.rules.enum_head_re.finditer(fold, s0, e0))
        if heads:
            s0 = heads[-1].end()
        # 手握 + 甲乙丙 (a verb glued before the first item): cut it to the others' length
        while e0 - s0 > longest + 1 or _verb_head(ctx, s0, e0):
            nxt = next((b for b in range(s0 + 1, e0) if ctx.is_boundary(b)), e0)
            if e0 - nxt < 2:
                break
            s0 = nxt
        opener = next((w for w in ctx.rules.except_opens if fold.startswith(w, s0)), "")
        if opener and e0 - s0 - len(opener) >= 2:
            s0 += len(opener)  # 除 + 甲乙: the "except" word glued to the first item
        if fold[s0 - 1 : s0] in ("的", "之"):
            continue  # 品牌的甲、乙、丙: the things of the companies, not the companies
        items = [(s0, e0), *middle, (s_last, e_last)]
        if not _cued_clause(ctx, s0, e_last):
            continue
        if any(_ORDINAL_ITEM.match(fold, a, b) for a, b in items):
            continue  # 第三、四季營收: a list of ordinals (quarters, ranks), no names (orgs36)
        good = [(a, b) for a, b in items if _bare_list_member(ctx, a, b)]
        if all(_surname_and_given(ctx, fold[a:b], 2) for a, b in items):
            continue  # 林志明、陳建宏等公司高層, 客戶包括王大明、李華: a list of people
        if _kinds_of_one_thing(ctx, items):
            continue
        if len(good) >= 2 and len(good) * 3 >= len(items) * 2:
            out.extend(Cand(a, b, ORG, "company", rule_id("cued_list"), 1) for a, b in good)
    return out


_LATIN_LIST_SEP = re.compile(r"\s*(?:、|,|/|／|以及|和|與|及)\s*")


def _latin_list_name(ctx: Ctx, item: str) -> bool:
    """A name's shape: a capital first, no digit (A9, S9), no person (Tim Cook), no word the
    rules hold for no name, no word written twice at once (QORVEL Qorvel: two cells' names)."""
    words = item.split()
    return (
        len(item) >= 2
        and not any(ch.isdigit() for ch in item)
        and not ctx.rules.is_not_name(item)
        and not (len(words) > 1 and words[0] in ctx.rules.given_names)
        and not any(a.casefold() == b.casefold() for a, b in itertools.pairwise(words))
    )


def find_kind_led_latin_lists(ctx: Ctx, lexicon: Sequence[Cand]) -> list[Cand]:
    """旅遊網站（Expedia、Booking）, 包含 ByteDance、Tencent、Alibaba 在內的公司: two or more Latin
    names listed under a word for companies (``latin_list_kinds``), before the list's bracket
    or after the list closed by 在內的 (``latin_list_kind_modifiers`` between; a list closed by
    等 is ``find_enumerations``'s, Latin first item and all: lists31), are
    companies whether a lexicon knows them or not, and outvote the brand shape that would read
    them as products. Every item must have a name's shape, no model number and no known
    product or generic term's name, or the list is one of things (主要客戶（某某、Xeon）)."""
    rules, fold = ctx.rules, ctx.fold
    products = {(c.start, c.end) for c in lexicon if c.label == PRODUCT}
    out: list[Cand] = []
    for pattern in (rules.latin_list_kind_before_re, rules.latin_list_kind_after_re):
        for m in pattern.finditer(fold):
            ls, le = m.span("list")
            before = fold[max(0, ls - 2) : ls]
            if re.search(r"[A-Za-z0-9.&](?:\s)?$", before):
                continue  # inside a longer Latin word or name (Open + AI, Powerchip … PSMC)
            spans: list[tuple[int, int]] = []
            pos = ls
            for sep in _LATIN_LIST_SEP.finditer(fold, ls, le):
                spans.append((pos, sep.start()))
                pos = sep.end()
            spans.append((pos, le))
            ok = len(spans) >= 2 and all(
                _latin_list_name(ctx, fold[a:b])
                and (a, b) not in products
                and not rules.is_generic(fold[a:b])
                and fold[a:b].casefold() not in rules.not_product_terms
                for a, b in spans
            )
            if ok:
                out.extend(
                    Cand(a, b, ORG, "company", rule_id("kind_led_latin_list"), 2) for a, b in spans
                )
    return out


def find_round_leads(ctx: Ctx) -> list[Cand]:
    """本輪由華登國際領投: one investor between 由 and a round's leading word
    (``round_lead_words``) is named there as a member of a cued investors' list is: a short
    run of whole tokens, rare as a whole, no place, no kind word (orgs75)."""
    out: list[Cand] = []
    for m in ctx.rules.round_lead_re.finditer(ctx.fold):
        s, e = m.span(1)
        if not (ctx.is_boundary(s) and ctx.is_boundary(e)):
            continue
        toks = ctx.words_in(s, e)
        # 華登 + 國際, 國投 + 創業: dictionary words a cued list turns down, taken when the
        # first is rare (a coined head), no verb or function word
        coined = (
            len(toks) > 1
            and ctx.word_freq(toks[0]) < RARE_FREQ
            and not _verb_head(ctx, s, e)
            and ctx.word_freq(ctx.fold[s:e]) < RARE_FREQ
            and ctx.fold[s:e] not in ctx.rules.place_words
            and plausible_cjk_name(ctx, s, e, strict=True)
        )
        if coined or _bare_list_member(ctx, s, e):
            out.append(Cand(s, e, ORG, "company", rule_id("round_lead"), 1))
    return out


def find_counted_stock_lists(ctx: Ctx) -> list[Cand]:
    """紫金礦業、萬華化學、海大集團等24隻股票, 柏楚電子和華明裝備兩隻A股股票: a list closed by a
    count of stocks (``stock_count_re``) names listed companies, though the dictionary spells
    an item (紫金 + 礦業), which a cued list turns down. One item is enough after 等 (甲等8隻
    股票); without it two are needed (甲和乙兩隻股票), so a lone word before a count (持有兩隻)
    is never read as a name."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.stock_count_re.finditer(fold):
        end = m.start()
        items: list[tuple[int, int]] = []
        while len(items) < 12:
            s = walk_back_name(ctx, end, 8)
            while end - s >= 2 and _verb_head(ctx, s, end):  # 重倉 + 紫金礦業: the verb is cut
                nxt = next((b for b in range(s + 1, end) if ctx.is_boundary(b)), end)
                if end - nxt < 2:
                    break
                s = nxt
            if end - s < 2:
                break
            items.append((s, end))
            if fold[s - 1 : s] not in ("、", "和", "及", "與") or s < 2:
                break
            end = s - 1
        if not items or (len(items) < 2 and not fold.startswith("等", m.start())):
            continue
        # 重倉 + 紫金礦業 (a verb the dictionary does not know, glued before the first item):
        # cut it to the others' length, as a cued list does
        s0, e0 = items[-1]
        longest = max((b - a for a, b in items[:-1]), default=e0 - s0)
        while e0 - s0 > longest + 1:
            nxt = next((b for b in range(s0 + 1, e0) if ctx.is_boundary(b)), e0)
            if e0 - nxt < 2:
                break
            s0 = nxt
        items[-1] = (s0, e0)
        good = [
            (a, b)
            for a, b in items
            if _good_item(ctx, a, b)
            and not _verb_head(ctx, a, b)
            and fold[a:b] not in rules.place_words
            and rules.name_place_re.fullmatch(fold[a:b]) is None
            and not _surname_and_given(ctx, fold[a:b])
        ]
        if len(good) == len(items):
            out.extend(Cand(a, b, ORG, "company", rule_id("counted_stocks"), 1) for a, b in good)
    return out


def _kinds_of_one_thing(ctx: Ctx, items: Sequence[tuple[int, int]]) -> bool:
    """公允價值避險、現金流量避險及淨投資避險: items that all end in the same word of two
    characters or more name kinds of that thing (kinds of hedge), never companies, whose
    names do not share a last word (a shared legal or trade ending is read by the suffix
    finders, not here)."""
    lasts = set()
    for a, b in items:
        toks = ctx.words_in(a, b)
        if not toks:
            return False
        lasts.add(toks[-1])
    (last,) = lasts if len(lasts) == 1 else ("",)
    if len(items) >= 2 and len(last) >= 2 and last not in ctx.rules.cjk_suffixes:
        return True
    # 利差、死差和費差: two-character items that share a last character which is a common word
    # of its own (差, a gap) are kinds of it too, though the dictionary splits none of them
    # into that word or knows one (死差) not at all (orgs43)
    fold = ctx.fold
    end = items[-1][1] if items else 0
    more = [(end + 1, end + 3)] if fold[end : end + 1] in ("和", "及", "與") else []
    items = [*items, *more]  # 利差、死差 + 和 + 費差: the last one joined by a word
    chars = {fold[b - 1] for a, b in items}
    return (
        len(items) >= 3
        and all(b - a == 2 for a, b in items)
        and len(chars) == 1
        and CJK_RE.match(next(iter(chars))) is not None
        and ctx.word_freq(next(iter(chars))) >= COMMON_FREQ
        and next(iter(chars)) not in ctx.rules.cjk_suffixes
    )


def _before_except_close(ctx: Ctx, first_sep: int, s_last: int, e_last: int) -> int:
    """除甲、乙、丙外: in a list its clause opens with an "except" word (``except_opens``), the
    last item ends before the closing word (``except_closes``) the segmenter glued to it.
    ``first_sep`` is a point inside the list's first item or right after it."""
    rules, fold = ctx.rules, ctx.fold
    lo = max(0, first_sep - 10)
    brk = max((b.end() for b in _CLAUSE_MARK.finditer(fold, lo, first_sep)), default=lo)
    opened = any(fold.startswith(w, i) for i in range(brk, first_sep) for w in rules.except_opens)
    if not opened:
        return e_last
    for close in rules.except_close_re.finditer(fold, s_last + 2, e_last + 3):
        return close.start()
    return e_last


def _spelled_by_dictionary(ctx: Ctx, start: int, end: int) -> bool:
    """牙刷, 智慧 + 座艙, 兒童 + 簽帳 + 金融卡: Chinese words the dictionary knows, nothing
    else; a kind of product in a list of products in general (no brand, code or number)."""
    text = ctx.fold[start:end]
    if not all(CJK_RE.match(ch) for ch in text):
        return False
    if ctx.word_freq(text) > 0:
        return True
    # 熱 + 管理: a single character may join words; single characters alone (滾 + 吧) may
    # spell a brand the dictionary does not know
    toks = ctx.words_in(start, end)
    return any(len(t) >= 2 for t in toks) and all(ctx.word_freq(t) > 0 for t in toks)


_BRACKET_OPEN = re.compile(r"[（(]")


def find_led_names(ctx: Ctx) -> list[Cand]:
    """Names after a word for companies, before a verb: 國內業者立能儲能推出, 廠商如昇達科、台揚."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.company_nouns_re.finditer(fold):
        pos = m.end()
        if not ctx.is_boundary(pos):
            continue
        lo = max(0, m.start() - 5)
        own = rules.self_reference_re.search(fold[lo : m.end()].rstrip())
        if own is not None and lo + own.start() < m.start():
            continue  # 本公司 + 現正 + 持續: the company speaking of itself, then an adverb
        found: list[tuple[int, int]] = []
        while pos < len(fold):
            end = walk_forward_name(ctx, pos, 6)
            if end - pos < 2 or fold[pos:end] in rules.metric_after_name:
                break  # 供應商 + 良率: the companies' own figure, no name (orgs50)
            found.append((pos, end))
            sep = re.compile(r"\s*(?:、|及|和|與)\s*").match(fold, end)
            if not sep or not ctx.is_boundary(sep.end()):
                break
            pos = sep.end()
        if not found:
            continue
        last_end = found[-1][1]
        nxt = ctx.token_index_at(last_end)
        follow = ctx.fold[ctx.tokens[nxt][0] : ctx.tokens[nxt][1]] if nxt is not None else ""
        # 廠商，如A、B等: a list of two or more closed by 等 is the companies the noun led to
        closed = len(found) > 1 and follow in rules.enumeration_markers
        # 廠商（如甲乙）: examples in brackets after the noun, closed by the bracket (orgs49)
        closed = closed or (bool(_BRACKET_OPEN.search(m.group())) and follow in ("）", ")"))
        if follow not in rules.company_verbs and not closed:
            continue
        for s, e in found:
            if _good_item(ctx, s, e) and plausible_cjk_name(ctx, s, e, strict=True):
                out.append(Cand(s, e, ORG, "company", rule_id("led_name"), 1))
    return out


# What may follow a name that fills its list item: a separator, a bracket, a break, 的.
_ITEM_END = re.compile(r"[、，,。；;：:（(）)「」\[\]及和與等或/的之]")


def name_ends_well(ctx: Ctx, e: int) -> bool:
    """What comes at ``e`` may follow a name: nothing, a company's verb, a verb, 於, 則, or a
    separator."""
    i = ctx.token_index_at(e)
    nxt = ctx.fold[ctx.tokens[i][0] : ctx.tokens[i][1]] if i is not None else ""
    return (
        not nxt
        or nxt in ctx.rules.company_verbs
        or ctx.is_verb(nxt)
        or nxt in ctx.rules.at_tokens
        or nxt in ctx.rules.subject_followers
        or bool(re.match(r"[、，。；]", nxt))
    )


def fills_its_item(ctx: Ctx, end: int) -> bool:
    """The list item of a name ending at ``end`` ends there too: a separator, a bracket, 的,
    a break, the end of the text or a word a name is followed by comes next. 騰訊 of
    快手、騰訊影片和小紅書 does not: it heads a product's name, and makes no list of names."""
    nxt = ctx.fold[end : end + 1]
    return not nxt or nxt.isspace() or bool(_ITEM_END.match(nxt)) or name_ends_well(ctx, end)


def find_list_mates(ctx: Ctx, known: Iterable[Cand]) -> list[Cand]:
    """Unknown names listed with a known company: 與美琪瑪、台塑合作 → 美琪瑪 too."""
    fold = ctx.fold
    known = list(known)
    covered = bytearray(len(fold) + 1)
    for c in known:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)

    def ends_well(e: int) -> bool:
        i = ctx.token_index_at(e)
        nxt = fold[ctx.tokens[i][0] : ctx.tokens[i][1]] if i is not None else ""
        return (
            not nxt
            or nxt in ctx.rules.company_verbs
            or nxt in ctx.rules.metric_after_name  # 甲、乙 + 漲幅領先: 乙's own figure
            or bool(re.match(r"[、及和與等，。；]", nxt))
        )

    out: list[Cand] = []
    for c in known:
        if c.label != ORG or c.kind != "company":
            continue
        if fold[c.start - 1 : c.start] == "、" and fills_its_item(ctx, c.end):  # a mate before
            e = c.start - 1
            s = walk_back_name(ctx, e, 6)
            if 1 in covered[s:e] or fold[s - 1 : s].isdigit():
                continue  # 公司150 + 仟股、新普科技: a number's unit read back to its digits
            if _good_item(ctx, s, e) and plausible_cjk_name(ctx, s, e, strict=True):
                out.append(Cand(s, e, ORG, "company", rule_id("list_mate"), 1))
        if fold[c.end : c.end + 1] == "、":  # a mate after
            s = c.end + 1
            e = walk_forward_name(ctx, s, 6)
            cut = _before_except_close(ctx, c.end, s, e)  # 除甲、乙外: 乙, not 乙外
            if 1 in covered[s:e] or not (cut < e or ends_well(e)):
                continue
            e = cut
            if _good_item(ctx, s, e) and plausible_cjk_name(ctx, s, e, strict=True):
                out.append(Cand(s, e, ORG, "company", rule_id("list_mate"), 1))
    return out


def _source_items(fold: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    split = re.compile(  # a cell gap (FIELD_MARK in the fold) sets two items apart too
        # a full stop ends the credit's sentence (資料來源：前瞻產業研究院。: orgs51)
        rf"[；;、，,／。{FIELD_MARK}]|(?<=[\u4e00-\u9fff)）])\s+(?=[A-Za-z\u4e00-\u9fff])|"
        r"(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])"
    )
    for m in split.finditer(fold, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


# A Latin name with Chinese words after it in a source line: NCC + 數值, IDC + 數據.
_LATIN_THEN_CJK = re.compile(r"([A-Za-z][A-Za-z0-9&.\- ]*?)\s*([\u4e00-\u9fff]+)")


def _source_head(ctx: Ctx, item: str, start: int = -1) -> str:
    """NCC + 數值: an ordinary word after a Latin name says what was taken from it (its
    figures, its data); the source is the name. An organization word (ITIS + 研究團隊,
    DCB + 產資組) stays part of it. So do a site's field words (SEMI + 大半導體產業 of
    SEMI大半導體產業網站, ``start`` the item's place in the text): ordinary words all, they
    name the body's site, and the body is the Latin name (orgs52)."""
    m = _LATIN_THEN_CJK.fullmatch(item)
    if m is None:
        return item
    tail = m.group(2)
    rules = ctx.rules
    if rules.cjk_org_kind("X" + tail) is not None:
        return item
    if ctx.word_freq(tail) < KIND_FREQ:
        toks = ctx.words_in(start + m.start(2), start + m.end(2)) if start >= 0 else []
        if len(toks) < 2 or "".join(toks) != tail:
            return item
        if not all(ctx.word_freq(t) >= KIND_FREQ for t in toks):
            return item
    return m.group(1).strip()


# a reporter and a dateline after the medium in a source line: 某時報─某某某/台北報導, the dash
# sometimes typed as 一 (orgs42: the medium came out with its reporter and 台北報導)
_REPORTER_TAIL = re.compile(rf"\s*[─—\-一]\s*[{CJK}]{{2,4}}\s*[／/]\s*[{CJK}]{{0,4}}報[導道]$")


def find_source_orgs(ctx: Ctx) -> list[Cand]:
    """Organizations credited in source lines (資料來源：DCB產資組 ITIS研究團隊（2024/01）) and in
    bracketed image or data credits ((圖片來源：台積電提供))."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    # a source line, or a credit in brackets anywhere (（圖片來源：視覺中國）: orgs23)
    images = [*rules.image_credit_line_re.finditer(fold)]
    lines = [*rules.source_line_re.finditer(fold), *rules.credit_re.finditer(fold), *images]
    image_lines = {m.start() for m in images}
    for line in lines:
        stop = rules.source_line_stop_re.search(fold, line.start(1), line.end(1))
        line_end = stop.start() if stop is not None else line.end(1)
        for s, e in _source_items(fold, line.start(1), line_end):
            raw = fold[s:e]
            if line.start() in image_lines and raw.isascii():
                continue
            # drop a trailing (2024/01) and words such as 整理, and a bracket left open where
            # the line stopped (公司網站資訊（截至2025年12月）: cut at 截至)
            item = re.sub(r"\s*[（(][^（）()]*(?:[）)]\s*)?$", "", raw).strip()
            item = rules.source_item_trim_re.sub("", item).strip() or item
            item = rules.credit_byline_re.sub("", item).strip()  # X時報─記者／…報導 (orgs26)
            item = _REPORTER_TAIL.sub("", item).strip()  # X時報─某某某/台北報導 (orgs42)
            at = raw.find(item)
            item = _source_head(ctx, item, s + at if at >= 0 else -1)
            if not item:
                continue
            s += raw.find(item)
            e = s + len(item)
            if (
                len(item) < 2
                or item in rules.source_item_skip
                or rules.is_generic(item)
                or URL_RE.search(item)
                or re.search(r"\.(?:com|org|gov|net|edu|tw)\b|[《》「」]|\d{4}", item)
            ):
                continue
            if item.isascii():
                if rules.is_not_name(item):
                    continue
                kind = rules.latin_org_kind(item) or "other"
            else:
                kind = rules.cjk_org_kind(item) or "other"
            out.append(Cand(s, e, ORG, kind, rule_id("source_line"), 2))
    return out


# Where a thing is, said after a body's name (醫院內, 部內): before a one-character unit word
# (所, 處) they make no sub-unit.
_LOCATIVES = frozenset("內外中上下")


def _trade_term_elsewhere(ctx: Ctx, acronym: str, name: str) -> bool:
    """豪威科技 + CIS where the text also writes 手機CIS, 汽車CIS: the letters after a company
    are a term of its trade, written after ordinary words too, and no part of its name (三星SDI
    writes SDI only after 三星)."""
    if not _LATIN_UNIT.fullmatch(acronym):
        return False
    fold = ctx.fold
    for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", fold):
        before = fold[max(0, m.start() - len(name)) : m.start()]
        if before != name and CJK_RE.match(fold[m.start() - 1 : m.start()] or " "):
            return True
    return False


def _holds_person_role(rules: Rules, toks: Iterable[str]) -> bool:
    """總統, 董事長: a token of a person's role inside a run makes it a person's words, no
    body's name (美國 + 總統特朗普簽署)."""
    return any(t in rules.role_words or t in rules.person_roles_before for t in toks)


def find_subunits(ctx: Ctx, orgs: Iterable[Cand]) -> list[Cand]:
    """A body written right after a known one: 衛福部 + 醫事司, 經濟部 + 能源署, 日月光 + 投控."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in orgs:
        if c.label != ORG:
            continue
        if c.kind == "company":
            tail = rules.corporate_tail_re.match(fold, c.end) or _LATIN_UNIT.match(fold, c.end)
            if (
                tail
                # 華虹NEC、上海宏力: capitals after a company name are a unit of it only as a
                # list's item; else what it makes or trades (騰訊QQ, 特斯拉FSD, 甲VS乙: orgs63)
                and (
                    not _LATIN_UNIT.fullmatch(tail.group())
                    or fold[tail.end() : tail.end() + 1] in _LATIN_UNIT_CLOSERS
                )
                and CJK_RE.match(fold[c.end - 1])
                and ctx.is_boundary(tail.end())
                and (c.start, tail.end()) not in seen
                and not fold_target_in(ctx, tail.group())  # 百濟神州 + TIGIT: a target
                and not rules.is_not_name(tail.group())  # 英偉達 + GPU: what it makes
                and not _trade_term_elsewhere(ctx, tail.group(), fold[c.start : c.end])
                # 甲OGS和乙TOL等觸控技術: each item a company's technology, no unit (orgs50)
                and not rules.list_of_kind_after_re.match(fold, tail.end())
            ):
                seen.add((c.start, tail.end()))
                out.append(
                    Cand(
                        c.start,
                        tail.end(),
                        ORG,
                        "company",
                        rule_id("corporate_tail"),
                        3,
                        cue=tail.group(),
                    )
                )
            continue  # a company has holdings, not bureaus: Rapidus公司 is Rapidus
        unit_end = _subunit_end(ctx, c.end)
        if unit_end is None:
            continue
        toks = ctx.tokens_in(c.end, unit_end)
        # 研究 + 中心: a unit word jieba cuts in two keeps its verb-like half (orgs60)
        inner = toks[:-2] if len(toks) >= 2 and toks[-2] + toks[-1] in rules.subunits else toks
        if any(breaks_name(ctx, t) or t.isspace() for t in inner):
            continue
        if toks and (toks[0] in rules.verb_body_words or toks[0] in rules.body_act_words):
            continue  # 某醫保局 + 組織專項檢查組, 證監會 + 責令 + 某所: the body acts, no bureau
        if toks and len(toks[-1]) > 1 and ctx.is_verb(toks[-1]):
            continue  # 國務院 + 決策 + 部署: a unit word ends a verb, no bureau (orgs72)
        if toks and toks[-1] in rules.place_words:
            continue
        # 美國 + 總統特朗普簽署: a person's role inside, or a verb whose last character is a
        # unit's (簽署, 布局): a person acting, no bureau (orgs36)
        if _holds_person_role(rules, toks) or (toks and rules.company_acts_re.fullmatch(toks[-1])):
            continue
        if unit_end - c.end == 2 and fold[c.end] in _LOCATIVES:
            continue  # 大清醫院 + 內所感染: "in the hospital", no bureau of it
        if fold.endswith(fold[c.end : unit_end], c.start, c.end):
            continue  # 某管處 + 處本部: the body's unit word again opens its office (orgs42)
        span = (c.start, unit_end)
        if span in seen:
            continue
        seen.add(span)
        unit = fold[c.end : unit_end]
        if _department(rules, fold[c.start : c.end], unit):
            continue  # 晟安醫院 + 婦產科: the hospital is the body, the department none
        kind = (
            "agency"
            if c.kind == "agency" and unit[-1] in "司署局處會"
            else (rules.cjk_org_kind(fold[c.start : unit_end]) or "other")
        )
        out.append(Cand(c.start, unit_end, ORG, kind, rule_id("subunit"), max(c.strength, 2)))
    return out


def _subunit_end(ctx: Ctx, start: int) -> int | None:
    """Where the first unit word after a body ends on a token's end: 國研院 + 儀器科技研究中心
    is no 儀器科 (科 inside 科技) but the 中心 after it (orgs60). The unit word may stand
    after up to eight characters, as ``subunit_re`` reads it."""
    rules, fold = ctx.rules, ctx.fold
    m = rules.subunit_re.match(fold, start)
    if not m or m.end() == start:
        return None
    if ctx.is_boundary(m.end()):
        return m.end()
    for pos in range(start, min(len(fold), start + 9)):
        for unit in rules.subunits_longest:
            if fold.startswith(unit, pos) and ctx.is_boundary(pos + len(unit)):
                return pos + len(unit)
        if not CJK_RE.match(fold[pos]):
            return None
    return None


def _department(rules: Rules, body: str, unit: str) -> bool:
    """婦產科 of a hospital, 醫學系 of a school: a department a body works through
    (``department_units`` after a body of a ``department_unit_bodies`` kind)."""
    if rules.cjk_org_kind(body) not in rules.department_unit_bodies:
        return False
    return any(unit.endswith(u) for u in rules.department_units)


@functools.lru_cache(maxsize=4)
def _suffix_places(rules: Rules) -> tuple[dict[str, int], tuple[int, ...]]:
    """Each CJK company suffix's place in the lexicon's order, and their lengths."""
    places = {suffix: k for k, suffix in enumerate(rules.cjk_suffixes)}
    return places, tuple(sorted({len(suffix) for suffix in places}))


def _endings(rules: Rules, name: str) -> list[str]:
    """The CJK company suffixes ``name`` ends with, in the lexicon's order: what a walk
    over every suffix with ``endswith`` meets, without the walk."""
    places, lengths = _suffix_places(rules)
    found = (name[len(name) - n :] for n in lengths if n <= len(name))
    return sorted((e for e in found if e in places), key=places.__getitem__)


def short_forms(ctx: Ctx, cands: Iterable[Cand]) -> dict[str, str]:
    """Short forms a found name is also written as: 能源署 of 經濟部能源署, Nordvale of
    Nordvale Therapeutics. Maps the short form to the folded full name."""
    rules, fold = ctx.rules, ctx.fold
    out: dict[str, str] = {}
    for c in cands:
        if c.label != ORG or c.source == "lexicon":
            continue
        full = fold[c.start : c.end]
        if c.rule == _LISTING_MARK_RULE:  # F-合富 → 合富, 太和-KY → 太和: the name as said
            bare = full.removeprefix("F-").removesuffix("-KY").rstrip("*")
            if len(bare) >= 2:
                out.setdefault(bare, full)
            continue
        if c.kind == "agency" and len(full) >= 5 and not full.isascii():
            # the shortest whole-token tail of 3+ characters: 衛福部食藥署 → 食藥署
            for b in range(c.end - 3, c.start, -1):
                if ctx.is_boundary(b) and c.end - b <= 5:
                    out.setdefault(fold[b : c.end], full)
                    break
        elif not full.isascii() and c.kind == "company":
            # 康衡醫材 → 康衡: the name before its company word, when it is a whole token
            for suffix in _endings(rules, full):
                info = rules.cjk_suffixes[suffix]
                if info.get("common_head") and full.endswith(suffix):
                    break  # 第一 of 第一商業銀行, 長江 of 長江證券: an everyday word alone
                head = full[: -len(suffix)]
                # a legal ending is cut off even where a word runs into it (…生技股 + 份有限公司)
                whole = ctx.is_boundary(c.start + len(head)) or suffix in rules.registered_forms
                if (
                    info["kind"] == "company"
                    and full.endswith(suffix)
                    and len(head) >= 2
                    and whole
                    and not rules.is_generic(head)
                    # 海南 of 海南創投, 上海 of 上海電力: a place alone is the place (orgs41)
                    and not rules.name_place_re.fullmatch(head)
                ):
                    out.setdefault(head, full)
                    break
        elif full.isascii() and rules.latin_org_kind(full) and " " in full:
            words = full.replace(",", " ").split()  # FOCALTECH ELECTRONICS, LTD. → FOCALTECH
            # a head short of its legal forms only is a form of it too: Synmosa Biopharma
            # (Pte. Ltd.), a table cell that lost its legal form to the next line; past a
            # company word (Holdings) only the bare head is (XConn Technologies Holdings)
            legal_only = True
            while len(words) > 1 and rules.latin_suffix_kind.get(words[-1].casefold()):
                popped = words.pop().casefold()
                legal_only = legal_only and popped in rules.latin_legal_forms
                head = " ".join(words)
                if legal_only and len(head) >= 4 and not rules.is_not_name(head):
                    out.setdefault(head, full)
            head = " ".join(words)
            if head != full and len(head) >= 4 and not rules.is_not_name(head):
                out.setdefault(head, full)
    out.update(_registered_heads(ctx, cands, out))
    out.update(_inner_model_codes(ctx, cands, out))
    return out


def _inner_model_codes(ctx: Ctx, cands: Iterable[Cand], taken: dict[str, str]) -> dict[str, str]:
    """VR200 of Rubin VR200 NVL72: a found product's model code inside its name (a word of
    capitals and digits, not the last: NVL72 names a rack's build that other models share) is
    that product wherever the text writes it alone later (一個VR200機櫃) — the code of one
    product only; a code two found products hold names neither (orgs87)."""
    rules, fold = ctx.rules, ctx.fold
    owners: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        full = fold[c.start : c.end]
        if c.label != PRODUCT or not full.isascii() or " " not in full:
            continue
        for word in full.split()[:-1]:
            if (
                DASHLESS_CODE.fullmatch(word)
                and not rules.is_spec(word)
                and not rules.is_not_name(word)  # not_names among them
            ):
                owners[word].add(full)
    return {
        code: next(iter(fulls))
        for code, fulls in owners.items()
        if len(fulls) == 1 and code not in taken
    }


def _registered_heads(ctx: Ctx, cands: Iterable[Cand], taken: dict[str, str]) -> dict[str, str]:
    """順儷公司 of 順儷健康事業股份有限公司: a filing calls a registered company by the head of
    its name and 公司 (``（以下簡稱順儷公司）``, often where a table cut the definition off).
    The head must open one registered name of the text only (優良化學… and 優良生技… share
    優良, so 優良公司 is neither; 優良生技公司 is the second)."""
    fold = ctx.fold
    by_head: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        full = fold[c.start : c.end]
        if c.label != ORG or c.source == "lexicon" or not full.endswith(ctx.rules.registered_forms):
            continue
        name = PLACE_OR_SPACE.sub("", full)
        body = name[: -len(next(t for t in ctx.rules.registered_forms if name.endswith(t)))]
        for k in range(2, len(body)):  # 順儷, 優良生技 (of 優良生技醫藥): proper heads
            head = body[:k]
            if all(CJK_RE.match(ch) for ch in head):
                by_head[head + "公司"].add(full)
    return {
        short: next(iter(fulls))
        for short, fulls in by_head.items()
        if len(fulls) == 1 and short not in taken and not ctx.rules.is_generic(short)
    }


def find_repeats(
    ctx: Ctx, named: dict[str, Cand], shorts: dict[str, str] | None = None
) -> list[Cand]:
    """Every other place a found name (or its short form) is written."""
    out: list[Cand] = []
    shorts = shorts or {}
    table: dict[str, tuple[Cand, str | None]] = {n: (c, None) for n, c in named.items()}
    for short, full in shorts.items():
        if short not in table and full in named:
            table[short] = (named[full], full)
    if not table:
        return out
    fold = ctx.fold
    folded = {k.casefold(): k for k in table}
    latin = sorted((n for n in table if n.isascii()), key=len, reverse=True)
    cjk = sorted((n for n in table if not n.isascii()), key=len, reverse=True)
    if latin:
        for s, e in find_literals(ctx.latin_view, [n.lower() for n in latin], latin_words=True):
            key = folded.get(fold[s:e].casefold())
            if key is not None:
                out.append(_repeat(*table[key], s, e))
    if cjk:
        for s, e in find_literals(fold, cjk):
            if e - s <= 3 and not (ctx.is_boundary(s) and ctx.is_boundary(e)):
                continue
            if _latin_alnum(fold[e - 1 : e]) and _latin_alnum(fold[e : e + 1]):
                continue  # 小米 12 in 小米 12X: a name never ends inside a Latin word (prods59)
            out.append(_repeat(*table[fold[s:e]], s, e))
    return out


# a Latin model glued after a maker: words of letters and digits, one space between (Magic V4,
# moto razr 60, Phantom Ultimate 2); a clause's punctuation or a Chinese character ends it
_GLUED_MODEL = re.compile(r"[A-Za-z][A-Za-z0-9+-]*(?: [A-Za-z0-9][A-Za-z0-9+-]*){0,3}")


def _maker_forms(ctx: Ctx, name: str) -> set[str]:
    """某耀科技公司, 某耀科技, 某耀: a company's name and what is left of it with its company
    endings cut one by one (the short form a text glues a model to), two characters at least."""
    forms = {name}
    suffix = ctx.rules.longest_cjk_suffix(name, 2, "company")
    while suffix is not None:
        name = name[: -len(suffix)]
        forms.add(name)
        suffix = ctx.rules.longest_cjk_suffix(name, 2, "company")
    return forms


def find_glued_models(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某耀Magic V4, 某羅拉moto razr 60: a company found in the text (by a cue, a list, the
    lexicon), written anywhere with a Latin model glued right after its Chinese name, makes
    that run a product of the company — the maker no part of it (三星S9 → S9). The run must
    look like a model: a digit in it, or two words or more; never a unit, a trade acronym or a
    generic word; and a company's ending after it (某耀Tech公司) makes it no model."""
    fold, rules = ctx.fold, ctx.rules
    makers: set[str] = set()
    # (each company's name once: it is found at every mention, its forms are the same)
    for name in {
        fold[c.start : c.end]
        for c in found
        if c.label == ORG and c.strength > 0 and c.length >= 2 and CJK_RE.match(fold[c.end - 1])
    }:
        makers |= _maker_forms(ctx, name)
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    names = sorted(makers)
    # each maker's hits in turn, as re.finditer of that name alone gives them (one automaton
    # pass for all makers, not a search of the text per maker)
    for hits in hits_of_each(fold, names):
        pos = 0
        for start, end in hits:
            if start < pos:
                continue
            pos = end
            run = _GLUED_MODEL.match(fold, end)
            if run is None:
                continue
            words = run.group().rstrip("+-").split()
            # 某達GB200 GPU: a trade acronym or a generic word after the model is its kind (a
            # number is the model's own: moto razr 60)
            while (
                len(words) > 1
                and words[-1].isalpha()
                and (rules.is_not_name(words[-1]) or rules.is_generic(words[-1]))
            ):
                words.pop()
            # 某達H200 + Q3 出貨: a quarter's code after a numbered model dates it (prods60)
            if (
                len(words) > 1
                and _QUARTER_CODE.fullmatch(words[-1])
                and any(ch.isdigit() for ch in words[-2])
            ):
                words.pop()
            name = " ".join(words)
            s, e = run.start(), run.start() + len(name)
            if (
                (s, e) in taken
                or not (any(ch.isdigit() for ch in name) or len(words) >= 2)
                or not any(ch.isalpha() for ch in words[-1] + words[0])
                or rules.is_spec(name)
                or rules.is_not_name(name)
                or rules.is_not_name(words[0])
                or rules.is_generic(name)
                or name.casefold() in rules.not_names
                or rules.cjk_suffix_re.match(fold, e) is not None
                or (e < len(fold) and fold[e].isalnum() and not CJK_RE.match(fold[e]))
            ):
                continue
            out.append(Cand(s, e, PRODUCT, None, rule_id("glued_model"), 2))
    return out


# 小米14C, 某維塔07Pro+, 某米10至尊紀念版: a model number (letters and a variant word may follow)
# glued right after a Chinese name (prods36); it never ends inside a Latin word (小米12ultra, not
# 小米12ultr: the variant word in lower case, prods59)
_NUMBERED_AFTER_CJK = re.compile(
    r"(?<=[\u4e00-\u9fff]) ?[0-9]{1,3}(?:[A-Za-z]{1,4}[0-9]{0,2})?"
    r"(?: ?(?i:Pro|Max|Ultra|Plus|Lite|SE|Mini)(?![A-Za-z])){0,2}\+?(?![0-9A-Za-z.,%／/:：\-])"
)


def _series_head_start(ctx: Ctx, start: int, makers: Mapping[int, int]) -> int | None:
    """Where the Chinese name a model number is glued to starts: a found company ending there
    (a maker: 小米 + 14C), else the one dictionary token before it when that token can be a
    series' name — two characters or more, Chinese, no verb, function word, measure, numeral,
    generic or kind word (這 + 10, 共有 + 12, 產品 + 3 name no model)."""
    if start in makers:
        return makers[start]
    i = ctx.token_index_ending_at(start)
    if i is None:
        return None
    s, e = ctx.tokens[i]
    tok = ctx.fold[s:e]
    rules = ctx.rules
    if (
        len(tok) < 2
        or not all(CJK_RE.match(ch) for ch in tok)
        or ctx.is_verb(tok)
        or ctx.is_function_word(tok)
        or rules.is_generic(tok)
        or rules.is_not_name(tok)
        or rules.is_product_noun(tok)
        or any(ch in _NUMERAL_CHARS for ch in tok)
        or breaks_name(ctx, tok)
    ):
        return None
    return s


# 小米12S + Ultra: a variant word ends a model's name, whatever is glued after it (prods47)
_VARIANT_END = re.compile(r"[ ](?i:Pro|Max|Ultra|Plus|Lite|SE|Mini)\+?$")


def _maker_kind_head(ctx: Ctx, start: int, makers: Mapping[int, int]) -> int | None:
    """小米 + 手機 + (space) 4: where a found company starts when one of
    ``maker_kind_model_words`` (手機, 平板) stands between it and a model number at ``start``."""
    fold = ctx.fold
    j = start
    while j > 0 and fold[j - 1] == " ":
        j -= 1
    for word in ctx.rules.maker_kind_model_words:
        k = j - len(word)
        if k > 0 and fold.startswith(word, k) and k in makers:
            return makers[k]
    return None


_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千萬億兩第前首末每各本該此這那數幾多")
# after a number, what makes it a date, an amount, a rank or a count (處罰19 + 間藥企), never a
# model's number
_NOT_A_MODEL_AFTER = frozenset(
    "年月日季億萬千元%倍成號期週周歲名位大間家個款輛台臺部項件種類次座條張顆支隻頭人"
)


def find_numbered_series_models(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """小米14C 與…, 某米14系列, 搭載於某米10至尊紀念版, 某維塔07Pro+ 上市: a Chinese series or
    maker name with a model number glued after it is a model, the Chinese part included (the
    number alone names nothing, unlike 三星S9 → S9). The reading needs what a model is written
    with: a series word (系列), an edition word (``model_edition_words``, kept in the name) or a
    word for a kind of product right after the number; or, after a company found in the text,
    letters in the number itself (14C, 07Pro+). A number with a unit, a date or a count after
    it (小米10月, 某廠21款) has none of these (prods36)."""
    fold, rules = ctx.fold, ctx.rules
    makers = {
        c.end: c.start
        for c in found
        if c.label == ORG and c.strength > 0 and CJK_RE.match(fold[c.end - 1 : c.end] or " ")
    }
    out: list[Cand] = []
    for m in _NUMBERED_AFTER_CJK.finditer(fold):
        s, e = m.span()
        if not ctx.is_boundary(s):
            continue
        # 小米手機 4, 某米平板 5: a maker, its kind of device, then the number is the model, the
        # maker and the kind word in its name (prods47); a space alone after a maker only
        # before a lettered number (小米 12S Ultra), a bare one being a count or a date
        kind_word = _maker_kind_head(ctx, s, makers)
        if kind_word is not None:
            head: int | None = kind_word
        elif fold[s] == " ":
            head = makers.get(s) if any(ch.isalpha() for ch in m.group()) else None
        else:
            head = _series_head_start(ctx, s, makers)
        if head is None:
            continue
        run = m.group().lstrip()
        edition = rules.model_edition_re.match(fold, e)
        series = fold.startswith("系列", e)
        k = ctx.token_index_at(e)
        # the kind's word itself right after the number (某米14手機), not a measure before it
        # (某廠21款車型: a count of models), nor a general word (某深300 + 產品: an index's funds)
        kind = series or edition is not None or (
            k is not None
            and _kind_word_at(ctx, k)
            and fold[ctx.tokens[k][0] : ctx.tokens[k][1]] not in rules.generic_enum_tails
        )
        lettered = any(ch.isalpha() for ch in run) and s in makers
        # 某迪 + 海豹 + 06: a series' name glued right after its maker, then the number (the
        # maker no part of the model, as 三星S9 → S9); not a count, a date or an amount after
        in_maker_line = head != s and head in makers and s not in makers
        # what follows the number, past the spaces a PDF's text sets before a unit (民國114 年)
        after = e + len(fold[e : e + 3]) - len(fold[e : e + 3].lstrip(" \u3000"))
        counted = (
            _counted_after(rules, fold, after) or fold[after : after + 1] in _NOT_A_MODEL_AFTER
        )
        if (in_maker_line or kind_word is not None) and not counted:
            kind = True
        if not (kind or lettered):
            continue
        if e < len(fold) and CJK_RE.match(fold[e]) and not kind and not _VARIANT_END.search(run):
            continue  # 小米14C億: a Chinese word glued after the letters is no model's end
        name_end = edition.end() if edition is not None else e
        name = fold[head:name_end]
        if rules.is_spec(run) or rules.is_generic(name) or rules.is_not_name(name):
            continue
        out.append(Cand(head, name_end, PRODUCT, None, rule_id("numbered_series_model"), 2))
    return out


def find_car_brand_models(ctx: Ctx) -> list[Cand]:
    """某界M9, 某克08, 某氪001 上市, 某鵬 P7, 某界M系列: a car brand (``car_brands.yaml``) with a
    model code glued after it names a car model, the brand part of the name (the press writes
    the pair as one name, and the code alone — M9, 08 — names nothing). The brand alone is no
    product. A brand that is an everyday word (理想, 坦克) needs letters in its code; a number
    with a count, a date, an amount or a level after it (某氪2月, 某跑30萬, 理想L2級) makes none
    (prods37)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.car_model_re.finditer(fold):
        s, e = m.span()
        if m.group("brand") in rules.common_car_brands and not ctx.is_boundary(s):
            continue  # 合理 + 想L7: an everyday word's brand inside a longer word
        nxt = fold[e : e + 1]
        if nxt in _NOT_A_MODEL_AFTER or nxt == "級" or _counted_after(rules, fold, e):
            continue
        brand = m.group("brand") or m.group("pbrand") or ""
        name = fold[s:e]
        if rules.is_spec(name[len(brand) :].strip()) or rules.is_not_name(name):
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("car_brand_model"), 2))
    return out


def find_car_maker_models(ctx: Ctx) -> list[Cand]:
    """Toyota Corolla Cross, Tesla Model Y, Lexus NX, 三菱XFORCE: a car maker of the world
    (``car_brands.yaml`` makers) before a model named in Latin words names that model, the
    model part alone (the maker is a company where the company rules find it, and the press
    writes the model without it too). A word of ``model_not_words`` (Motor, CEO, SUV) ends
    the name there; none before it, no model. An English line's words are a headline's, not
    a model's (prods41)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.car_maker_model_re.finditer(fold):
        s = m.start("model")
        words = m.group("model").split(" ")
        keep: list[str] = []
        for w in words:
            if w.casefold() in rules.car_model_not_words:
                break
            keep.append(w)
        if not keep:
            continue
        name = " ".join(keep)
        e = s + len(name)
        if _english_line(fold, m.start(), e) or rules.is_not_name(name) or rules.is_generic(name):
            continue
        if fold[e : e + 1].isdigit() or rules.is_spec(name):
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("car_maker_model"), 2))
    for m in rules.car_maker_quoted_re.finditer(fold):
        name = m.group("model")
        if not any(ch.isalpha() for ch in name) or rules.is_not_name(name) or rules.is_spec(name):
            continue  # 寶馬「2025」, 某廠「AI」: a year or a trade word in quotes names no model
        s, e = m.span("model")
        out.append(Cand(s, e, PRODUCT, None, rule_id("car_maker_model"), 2))
    return out


# 語言模型 +「Grok」: quote marks or spaces between a model word and the model's name
_MODEL_NAME_LEAD = re.compile(r"[ 「『“\"]*")


def _named_model_at(fold: str, at: int, product_starts: set[int]) -> bool:
    """語言模型 + Grok: a found product starts right after the model word (past spaces and an
    opening quote), so the word is that product's kind, not the company's own model."""
    lead = _MODEL_NAME_LEAD.match(fold, at)
    return lead is not None and lead.end() in product_starts
# lines named with their maker first (Google Drive, Amazon Bedrock: context.find_maker_kept_lines)
_MAKER_HEADED_RULES = frozenset({rule_id("maker_kept_line"), rule_id("maker_plain_line")})




def find_hosted_models(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """整合某Seek大模型, 接入某Seek。: a company named in Latin letters right after a verb of
    taking a model into a service (``model_host_verbs``) and before a model word or a clause's
    end is the company's model, a product mention of the same name (the company makes
    nothing else a service can take in). Its other mentions keep their label: the frame
    speaks for this place only (prods37)."""
    rules, fold = ctx.rules, ctx.fold
    orgs = [
        c
        for c in found
        if c.label == ORG
        and fold[c.start : c.end].isascii()
        and any(ch.isalpha() for ch in fold[c.start : c.end])
    ]
    # a name the text writes as a model somewhere: before a model word, or as the head of a
    # found product (某Seek-R1, 某Seek V3)
    heads = {
        fold[p.start : p.end].casefold().split("-")[0].split(" ")[0]
        for p in found
        # Amazon Bedrock, Google Drive: a line named with its maker heads with the maker
        if p.label == PRODUCT and p.rule not in _MAKER_HEADED_RULES
    }
    # 導入 xAI 語言模型 Grok: a found product named right after the model word is the model,
    # the company before it its maker (prods60)
    product_starts = {p.start for p in found if p.label == PRODUCT}

    def own_kind(c: Cand) -> bool:
        kind = rules.model_kind_after_re.match(fold, c.end)
        return kind is not None and not _named_model_at(fold, kind.end(), product_starts)

    models = {
        fold[c.start : c.end].casefold()
        for c in orgs
        if own_kind(c) or fold[c.start : c.end].casefold() in heads
    }
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in orgs:
        if (c.start, c.end) in seen:
            continue
        if not rules.model_host_before_re.search(fold[max(0, c.start - 6) : c.start]):
            continue
        if not (
            own_kind(c)
            or (
                fold[c.start : c.end].casefold() in models
                and rules.clause_end_after_re.match(fold, c.end)
            )
        ):
            continue
        seen.add((c.start, c.end))
        out.append(Cand(c.start, c.end, PRODUCT, None, rule_id("hosted_model"), 3))
    return out


def find_char_named_models(ctx: Ctx) -> list[Cand]:
    """2021 款的某 EV, 比亞迪某DM-i, 某Pro DM-i: a car named by one Chinese character is
    written with its powertrain (``powertrain_marks``) after it, a grade word (Pro) maybe
    between; the character and the marks are the model's name (the marks alone, DM-i, name
    only a kind of powertrain). The character must be a word of its own — the dictionary
    cuts it alone, it is no function word, verb or measure and none of
    ``powertrain_not_names`` (純EV, 新EV): the reading is the name's (prods32)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    for m in rules.char_model_re.finditer(fold):
        s = m.start("char")
        char = m.group("char")
        k = ctx.token_index_at(s)
        if k is None or ctx.tokens[k] != (s, s + 1):
            continue
        if (
            char in rules.powertrain_not_names
            or ctx.is_function_word(char)
            or ctx.is_verb(char)
            or rules.is_generic(char)
        ):
            continue
        out.append(Cand(s, m.end(), PRODUCT, None, rule_id("char_model"), 2))
    for m in rules.brand_char_model_re.finditer(fold):
        s = m.start("char")
        char = m.group("char")
        if char in rules.powertrain_not_names or ctx.is_function_word(char) or ctx.is_verb(char):
            continue  # 比亞迪 + 新 + Pro: no series' name
        out.append(Cand(s, m.end(), PRODUCT, None, rule_id("char_model"), 2))
    return out


# 「某之眼」（Some's Eye）: a closing quote, then a Latin name alone in parentheses
_QUOTED_LATIN_GLOSS = re.compile(
    r"[」』”\"]\s*[（(]\s*(?P<name>[A-Z][A-Za-z0-9'’\-]*(?: [A-Za-z0-9'’\-]+){0,3})\s*[）)]"
)


def find_quoted_glosses(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """名為「某之眼」（Some's Eye）: a Chinese product found in quotes with a capitalised Latin
    name alone in parentheses right after the quote has that name as its second one (the
    quotes mark the name, the parenthesis its English form). Not a company's name, a
    target, a trade acronym or a generic word (「雲端」（Cloud）is a term) (prods32)."""
    fold = ctx.fold
    orgs = {(c.start, c.end) for c in found if c.label == ORG}
    out: list[Cand] = []
    seen: set[int] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 2 or c.end in seen:
            continue
        if not CJK_RE.match(fold[c.end - 1]):
            continue
        m = _QUOTED_LATIN_GLOSS.match(fold, c.end)
        if m is None:
            continue
        seen.add(c.end)
        name = m.group("name")
        s, e = m.span("name")
        if (s, e) in orgs or _never_a_second_name(ctx, name) or _acronym_like(name):
            continue
        gloss = Cand(s, e, PRODUCT, None, rule_id("quoted_gloss"), 2)
        gloss.link = fold[c.start : c.end]
        out.append(gloss)
    return out


# Some Space + 某蒙座艙: capitalised Latin words (one to three, each with a small letter) glued
# (or one space apart) right before a found Chinese product, after no Latin word or space (an
# English phrase's last word, in Taiwan + 某蒙, is none)
_LATIN_BEFORE_CJK = re.compile(
    r"(?<![A-Za-z0-9\-+. ])(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}) ?$"
)


def find_latin_second_names(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """定製Harmony Space + 鴻蒙座艙-like: capitalised Latin words written right before a
    found Chinese product's name are its second name (one record, the Latin name its
    alias) — a product named twice, Latin first and glued; not a company found, a word
    never a name, a generic or company-kind word, a target (prods34)."""
    fold = ctx.fold
    orgs = {fold[c.start : c.end].casefold() for c in found if c.label == ORG}
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    seen: set[int] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 2 or c.start in seen:
            continue
        if not CJK_RE.match(fold[c.start]):
            continue
        m = _LATIN_BEFORE_CJK.search(fold, max(0, c.start - 40), c.start)
        if m is None:
            continue
        seen.add(c.start)
        name = m.group("name")
        s, e = m.span("name")
        if (
            (s, e) in taken
            or name.casefold() in orgs
            or any(_never_a_second_name(ctx, w) for w in (name, *name.split()))
        ):
            continue
        second = Cand(s, e, PRODUCT, None, rule_id("latin_second_name"), 2)
        second.link = fold[c.start : c.end]
        out.append(second)
    return out


def _never_a_second_name(ctx: Ctx, name: str) -> bool:
    """A Latin word beside a found product (its gloss, or the brand its code glosses) that
    names no product: a word never a name, a generic word, a company's kind word, a target."""
    rules = ctx.rules
    return (
        rules.is_not_name(name)
        or rules.is_generic(name)
        or bool(rules.latin_org_kind(name))
        or fold_target_in(ctx, name)
    )


# Cobenfy（KarXT）: a capitalised Latin word, then a bracket holding a code-like name alone
_NAME_BEFORE_BRACKET = re.compile(r"(?<![A-Za-z0-9\-])(?P<name>[A-Z][a-z][A-Za-z]{1,18})\s?[（(]$")
# a code name: a digit in it, or a capital after a small letter (KarXT, mRNA-1283)
_CODE_LIKE = re.compile(r"[0-9]|[a-z][A-Z]")


def find_code_glossed_brands(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Vexira（QrT-201）: a product found by its code name, written alone in a bracket right
    after a capitalised Latin word, glosses that word — the word is the product's brand, its
    second name (the code is how trials named it), and only as strong as the code. A word
    alone: the last word of a Latin phrase is the phrase's, which the code shortens. Not a
    company, a target, a trade word or a generic word (prods33)."""
    rules, fold = ctx.rules, ctx.fold
    labelled = {(c.start, c.end): c.label for c in found}
    out: list[Cand] = []
    for c in found:
        if c.label != PRODUCT:
            continue
        code = fold[c.start : c.end]
        if not _CODE_LIKE.search(code) or fold[c.end : c.end + 1] not in ("）", ")"):
            continue
        m = _NAME_BEFORE_BRACKET.search(fold, max(0, c.start - 24), c.start)
        if m is None:
            continue
        name = m.group("name")
        s, e = m.span("name")
        if _LATIN_WORD_AROUND.search(fold, max(0, s - 2), s):
            continue  # NVMe over Fabric（NVMe-oF）: the last word of a phrase the code shortens
        if (
            (s, e) in labelled
            or _never_a_second_name(ctx, name)
            or name.casefold() in rules.latin_generic_words
        ):
            continue
        # as strong as the code it glosses: a weak code that is later dropped takes it along
        brand = Cand(s, e, PRODUCT, c.kind, rule_id("code_gloss"), c.strength)
        brand.link = code
        out.append(brand)
    return out


# a bracket right after a name holding its initials alone: (XSX/S), （GSP）
_INITIALS_BRACKET = re.compile(r"\s*[（(]\s*([A-Za-z0-9]{2,8}(?:/[A-Za-z0-9]{1,3})?)\s*[）)]")


def _initials_of(name: str) -> tuple[str, ...]:
    """The ways a Latin model's name is written by its initials: each word's first letter, the
    last word (a model's letter or its slash variants: X/S, 16A/B) kept whole or cut to its
    first letter too."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isalnum() for w in words):
        return ()
    head = "".join(w[0] for w in words[:-1])
    last = words[-1]
    forms = {head + last[0]}
    if len(last) <= 4:
        forms.add(head + last)
    return tuple(f.casefold() for f in forms)


def find_initials_glosses(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Some Series X/S(SSX/S): a found Latin product of two words or more with its initials
    alone in a bracket right after it is named by them too — the initials are its short name,
    one record (prods36). Only a capital in the bracket and the name's own first letters:
    a code, a company's initials or a gloss of another thing (Xbox (微軟)) matches none."""
    fold = ctx.fold
    out: list[Cand] = []
    for c in found:
        if c.label != PRODUCT:
            continue
        name = fold[c.start : c.end]
        if not name.isascii():
            continue
        forms = _initials_of(name)
        m = _INITIALS_BRACKET.match(fold, c.end)
        if not forms or m is None:
            continue
        short = m.group(1)
        if short.casefold() not in forms or not any(ch.isupper() for ch in short):
            continue
        alias = Cand(m.start(1), m.end(1), PRODUCT, c.kind, rule_id("initials_gloss"), c.strength)
        alias.link = name
        out.append(alias)
    return out


# a character of a capitalised word before a line's last word (Omics of Omics Suite)
_MATE_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def last_word_mate_pattern(last: str) -> re.Pattern[str]:
    """One to three capitalised words, each with one space after it, then ``last`` ending
    the Latin run; no letter, digit or dash before the first word."""
    return re.compile(
        r"(?<![A-Za-z0-9\-])((?:[A-Z][A-Za-z0-9\-]*[ ]){1,3})"
        + re.escape(last)
        + r"(?![A-Za-z0-9])"
    )


def last_word_mate_matches(fold: str, last: str) -> list[re.Match[str]]:
    """What ``last_word_mate_pattern(last).finditer(fold)`` gives, asked only where a match
    can start: every word of a match is a whole run of ``_MATE_WORD_CHARS`` (a space or no
    such character before it), so its start is one of the three runs before an occurrence
    of ``last``. The pattern opens with a look-behind and a capital, which ``re`` tried at
    every position of the text (≈ 0.03 CPU s a word over 150k characters)."""
    starts: set[int] = set()
    find = literal(last).search  # faster than str.find in a text of Chinese
    at = find(fold)
    while at is not None:
        o = at.start()
        q = o
        for _ in range(3):
            if q < 1 or fold[q - 1] != " ":
                break
            a = q - 1
            while a > 0 and fold[a - 1] in _MATE_WORD_CHARS:
                a -= 1
            if a == q - 1:
                break
            starts.add(a)
            q = a
        at = find(fold, o + 1)
    return matches_at(last_word_mate_pattern(last), fold, sorted(starts))


def find_last_word_mates(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Target Finder Suite … 另一個 Omics Suite: capitalised Latin words before the last word of a
    found product of two words or more (a line's word: Suite, Watch, Copilot) name another
    product of that line — a maker names its products so. The last word must be capitalised,
    three letters or more and a name's (no generic, trade or company word: Data Center, Group
    say nothing); the mate's words must be no company, no word never a name (prods36)."""
    fold, rules = ctx.fold, ctx.rules
    taken = [(c.start, c.end) for c in found]
    lasts: set[str] = set()
    for c in found:
        name = fold[c.start : c.end]
        if c.label != PRODUCT or c.strength < 1 or not name.isascii() or " " not in name:
            continue
        last = name.rsplit(" ", 1)[1]
        if (
            len(last) >= 3
            and last.isalpha()
            and last[0].isupper()
            and not _never_a_second_name(ctx, last)
            and last.casefold() not in rules.latin_generic_words
            and last.casefold() not in rules.model_variant_words  # Pro, Max: a tier, no line
        ):
            lasts.add(last)
    out: list[Cand] = []
    for last in sorted(lasts):
        for m in last_word_mate_matches(fold, last):
            s, e = m.span()
            words = m.group(1).split()
            if any(a < e and s < b for a, b in taken) or any(
                _never_a_second_name(ctx, w) or w.casefold() in rules.latin_generic_words
                for w in words
            ):
                continue
            taken.append((s, e))
            out.append(Cand(s, e, PRODUCT, None, rule_id("last_word_mate"), 1))
    return out


def find_letter_variants(ctx: Ctx, named: dict[str, Cand]) -> list[Cand]:
    """某之眼A … 某之眼 B … 某之眼C: a found Chinese product name with one capital letter after
    it names a variant of that product, when the text writes it with two or more different
    letters (one letter alone may be a grade or a share class, 某藥A; and a letter before a
    word of ``letter_variant_not_before`` is one: A股, B輪)."""
    fold, rules = ctx.fold, ctx.rules
    out: list[Cand] = []
    names = [
        name
        for name, c in named.items()
        if c.label == PRODUCT and len(name) >= 2 and CJK_RE.match(name[-1])
    ]
    # one automaton pass for all names; each name's variants as re.finditer of the name and
    # its letter gives them (a hit with no letter after it consumes nothing)
    for name, hits in zip(names, hits_of_each(fold, names), strict=True):
        spans: list[tuple[int, int]] = []
        pos = 0
        for start, end in hits:
            m = _VARIANT_LETTER.match(fold, end) if start >= pos else None
            if m is None:
                continue
            pos = m.end()
            if fold[m.end() : m.end() + 1] in rules.letter_variant_not_before:
                continue
            spans.append((start, m.end()))
        if len({fold[e - 1] for _, e in spans}) < 2:
            continue
        kind = named[name].kind
        out += [Cand(s, e, PRODUCT, kind, rule_id("letter_variant"), 1) for s, e in spans]
    return out


# A variant's capital letter right after its product's name: 某之眼A, 某之眼 B
_VARIANT_LETTER = re.compile(r" ?([A-Z])(?![A-Za-z0-9.])")


def _latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _repeat(proto: Cand, link: str | None, start: int, end: int) -> Cand:
    return Cand(
        start,
        end,
        proto.label,
        proto.kind,
        rule_id("repeat"),
        0,
        proto.entry,
        proto.source,
        link=link if link is not None else proto.link,  # 海思科公司 again: still 海思科醫藥…
    )


# --------------------------------------------------------------------------- drug names

# A brand written right after a drug name: 替雷利珠單抗（百澤安）, Osimertinib（Tagrisso）,
# Durvalumab/Imfinzi.
_BRAND_AFTER = re.compile(
    r"\s*(?:[（(]\s*([A-Za-z][A-Za-z0-9\-]{2,20}|[\u4e00-\u9fff]{2,6})(?:®|™)?\s*[）)]"
    r"|/\s*([A-Z][A-Za-z0-9\-]{2,20}))"
)


# ... the brand after an example's word inside the parenthesis (如Enbrel): the same brand, the
# parenthesis already open
_EXAMPLE_BRAND = re.compile(
    r"([A-Za-z][A-Za-z0-9\-]{2,20}|[\u4e00-\u9fff]{2,6})(?:®|™)?\s*[）)]"
)


# A Latin brand written first, its drug name in parentheses after it: Tagrisso（奧希替尼）.
_BRAND_BEFORE = re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z0-9\-]{2,20})(?:®|™)?\s*[（(]\s*$")
_PAREN_CLOSE = re.compile(r"\s*[）)]")
# A parenthesis right after a drug name, and a trade name given inside it.
_PAREN_AFTER = re.compile(r"\s*[（(]([^（）()\n]{2,80})[）)]")
_TRADE_NAME = re.compile(
    r"(?:英文)?(?:商品名|商標名|品牌名)(?:稱)?(?:為|是)?[：:]?\s*"
    r"([A-Za-z][A-Za-z0-9\-]{2,20}|[\u4e00-\u9fff]{2,6}?)(?=[，,、；;）)\s/]|$)"
)
# A second trade name after a slash (英文商品名：Brandex/Brandexa): two names of one drug.
_SLASH_TRADE_NAME = re.compile(r"\s*/\s*([A-Za-z][A-Za-z0-9\-]{2,20})(?=[，,、；;）)\s/]|$)")


def _inn_start(ctx: Ctx, ending: int, org_ends: set[int], max_chars: int = 0) -> int:
    """Start of a Chinese drug name whose ending starts at ``ending``.

    A transliteration (利妥昔, 司美格) comes out of the segmenter as single characters and
    words the dictionary barely knows; an ordinary word (超越, 國產) or a break character
    (年, 的, 與) before it is not part of the name.
    """
    rules, fold = ctx.rules, ctx.fold
    start = ending
    # a pronoun that is also a drug's syllable (夫 + 那 + 奇珠單抗) is read over, but never opens
    # the name (在 + 那 + 某珠單抗: "that" drug)
    syllable = -1
    k = bisect.bisect_right(ctx.starts, ending - 1) - 1
    while k >= 0:
        s, e = ctx.tokens[k]
        piece = fold[s : min(e, ending)]
        if not piece or not all(CJK_RE.match(ch) for ch in piece):
            break
        if len(piece) >= 2 and ctx.word_freq(piece) >= rules.drug_word_freq:
            break
        if piece in rules.drug_syllables and rules.is_generic(piece) and syllable < 0:
            syllable = e
        elif piece in rules.drug_heads_cut or rules.is_generic(piece):
            break
        elif e == syllable - 1 and (
            piece in ctx.predicates or ctx.is_verb(piece) or ctx.is_function_word(piece)
        ):
            break  # 他說 + 那: a verb or a function word before the pronoun, which is "that"
        cut = next(
            (i for i in range(len(piece) - 1, -1, -1) if piece[i] in rules.drug_name_breaks), -1
        )
        if cut >= 0:
            start = s + cut + 1
            break
        if ending - s > max(rules.drug_max_chars, max_chars):
            break
        start = s
        k -= 1
    return syllable if start == syllable - 1 else start


def _with_salts(ctx: Ctx, start: int, end: int) -> tuple[int, int]:
    """醋酸 + 蘭瑞肽, 培美曲塞 + 二鈉: a salt's acid before a drug's name and its metal after
    it are part of the name as filed and sold (``drug_stems.yaml``: ``salts_before``,
    ``salts_after``); the metal only when the name ends after it (not 鈉 + 離子通道)."""
    rules, fold = ctx.rules, ctx.fold
    salt = rules.salt_after_re.match(fold, end)
    if salt is not None:
        after = salt.end()
        ends = after >= len(fold) or not CJK_RE.match(fold[after]) or ctx.is_boundary(after)
        if ends or rules.drug_form_re.match(fold, after) is not None:
            end = after
    acid = next((a for a in rules.salts_before if fold.endswith(a, 0, start)), "")
    if acid and ctx.is_boundary(start - len(acid)):
        start -= len(acid)
    return start, end


def last_end_between(ends: Sequence[int], lo: int, hi: int) -> int:
    """The last of ``ends`` (sorted) strictly between ``lo`` and ``hi``, else ``lo``: where
    a drug name starts at the latest after a company name before it (one bisection per
    name, not a walk over every company name in the report)."""
    i = bisect.bisect_left(ends, hi) - 1
    return ends[i] if i >= 0 and ends[i] > lo else lo


def _cut_words_before_written_inns(ctx: Ctx, found: list[Cand]) -> None:
    """某氏 + 利妥昔單抗: a Chinese INN the text also writes alone (利妥昔單抗) is that name
    wherever a word the dictionary knows is glued before it — a maker's name, not a syllable
    of the drug (恩美 + 曲妥珠單抗, a rare syllable pair, names another drug and stays); a
    salt (鹽酸) or a leading form (注射用) is part of the drug as filed and stays too."""
    rules, fold = ctx.rules, ctx.fold
    kept = (rule_id("inn_stem"), rule_id("inn_form"))
    written = {
        fold[c.start : c.end]
        for c in found
        if c.rule == kept[0] and CJK_RE.match(fold[c.start]) and c.end - c.start >= 3
    }
    for c in found:
        if c.rule not in kept:
            continue
        name = fold[c.start : c.end]
        for inn in written:
            k = name.find(inn)
            prefix = name[:k]
            if (
                k < 2
                or not ctx.is_boundary(c.start + k)
                or ctx.word_freq(prefix) == 0
                or prefix.endswith(rules.salts_before)
                or prefix.endswith(rules.drug_leading_forms)
            ):
                continue
            c.start += k
            break


def find_inn_names(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """Drug names by their stem, no cue word needed: durvalumab, 替雷利珠單抗, 司美格魯肽.

    An INN ends in a stem (-mab, -tinib, -glutide) and its Chinese name in the matching
    ending (單抗, 替尼, 魯肽): both are in ``drug_stems.yaml``. A brand in parentheses or
    after a slash right behind it is the same product under a second name.
    """
    rules, fold = ctx.rules, ctx.fold
    org_ends = {c.end for c in known if c.label == ORG}
    org_end_list = sorted(org_ends)
    out: list[Cand] = []
    for m in rules.inn_latin_re.finditer(fold):
        word = m.group()
        if len(word) < rules.inn_min_length or word.casefold() in rules.not_drugs:
            continue
        out.append(
            Cand(m.start(), m.end(), PRODUCT, None, rule_id("inn_stem"), 2, cue=f"-{m['stem']}")
        )
        form = rules.latin_form_re.match(fold, m.end())
        if form is not None:  # Quetiapine XR Tab.: the product as filed, a form of the drug
            packaged = Cand(m.start(), form.end(), PRODUCT, None, rule_id("inn_form"), 2)
            packaged.link = word
            out.append(packaged)
    for m in rules.inn_alone_re.finditer(fold):  # efsitora alfa: a biological's INN alone
        out.append(Cand(m.start(), m.end(), PRODUCT, None, rule_id("inn_stem"), 2))
    lowercase = [m.span("name") for m in rules.lowercase_drug_re.finditer(fold)]
    for m in rules.lowercase_drug_list_re.finditer(fold):
        lowercase += [w.span() for w in rules.lowercase_word_re.finditer(fold, *m.span("list"))]
    for s, e in sorted(set(lowercase)):
        word = fold[s:e]
        if word in rules.not_drugs or word.endswith(rules.english_word_endings):
            continue  # 療法 immunotherapy: an English word, not a drug's name
        if rules.inn_latin_re.fullmatch(word) and len(word) >= rules.inn_min_length:
            continue  # found by its stem above
        out.append(Cand(s, e, PRODUCT, None, rule_id("inn_cue"), 2))
    for m in rules.inn_cjk_re.finditer(fold):
        e = m.end()
        salted = rules.salt_after_re.match(fold, e) is not None  # 曲塞 + 二鈉, cut 曲塞二/鈉
        # a dosage form glued to the ending is the drug as sold (非那 + 定片 cut 那定片/…)
        salted = salted or rules.drug_form_re.match(fold, e) is not None
        if e < len(fold) and CJK_RE.match(fold[e]) and not ctx.is_boundary(e) and not salted:
            continue  # the ending runs on into another word
        start = _inn_start(ctx, m.start(), org_ends)
        start = last_end_between(org_end_list, start, m.start())
        # two characters before a two-character ending (奧希 + 替尼), one before a longer one
        # (恩 + 格列淨, 西 + 格列汀: the ending says more)
        if m.start() - start < (1 if len(m.group()) >= 3 else 2) or not CJK_RE.match(fold[start]):
            continue
        name = fold[start:e]
        if name in rules.cjk_not_drugs or rules.is_generic(name) or fold.startswith("類", e):
            continue  # 他汀類, 沙坦類: a class of drugs, not one
        start, e = _with_salts(ctx, start, e)
        out.append(Cand(start, e, PRODUCT, None, rule_id("inn_stem"), 2, cue=m.group()))
        form = rules.drug_form_re.match(fold, e)
        if form is not None:  # 替雷利珠單抗 + 注射液: the product as sold, a form of the drug
            packaged = Cand(start, form.end(), PRODUCT, None, rule_id("inn_form"), 2)
            packaged.link = fold[start:e]
            out.append(packaged)
        lead = next((f for f in rules.drug_leading_forms if fold.endswith(f, 0, start)), "")
        if lead:  # 注射用 + 卡非佐米: the same, with the form written first
            packaged = Cand(start - len(lead), e, PRODUCT, None, rule_id("inn_form"), 2)
            packaged.link = fold[start:e]
            out.append(packaged)
    for m in rules.letter_drug_re.finditer(fold):  # 以K藥為代表: a drug's nickname
        out.append(Cand(m.start(), m.end(), PRODUCT, None, rule_id("letter_drug"), 2))
    _cut_words_before_written_inns(ctx, out)
    brands: list[Cand] = []
    for c in out:
        spans: list[tuple[int, int]] = []
        b = _BRAND_AFTER.match(fold, c.end)
        example = rules.brand_example_opener_re.match(fold, c.end)
        if b is None and example is not None:  # etanercept(如Enbrel): a brand as an example
            b = _EXAMPLE_BRAND.match(fold, example.end())
        if b is not None:
            spans.append(b.span(1 if b.group(1) is not None else 2))
        paren = _PAREN_AFTER.match(fold, c.end)
        if paren is not None:  # 恩美曲妥珠單抗（商品名：赫塞萊，英文商品名：Kadcyla）
            for t in _TRADE_NAME.finditer(fold, *paren.span(1)):
                spans.append(t.span(1))
                second = _SLASH_TRADE_NAME.match(fold, t.end(1), paren.end(1))
                if second is not None:
                    spans.append(second.span(1))
        before = _BRAND_BEFORE.search(fold, max(0, c.start - 26), c.start)
        if before is not None and _PAREN_CLOSE.match(fold, c.end):
            spans.append(before.span(1))  # Imfinzi（度伐利尤單抗）: the brand, then the drug
        elif before is None and _PAREN_CLOSE.match(fold, c.end):
            inn = fold[c.start : c.end]
            spans.extend(_cjk_brand_before(ctx, c.start, org_ends, inn if inn.isascii() else ""))
        for s, e in spans:
            if fold_target_in(ctx, fold[s:e]) or rules.is_generic(fold[s:e]):
                continue
            brand = Cand(s, e, PRODUCT, None, rule_id("inn_brand"), 2)
            brand.link = fold[c.start : c.end]
            brands.append(brand)
    return out + brands


_SENTENCE_BREAK = re.compile(r"[。！？；\n]")
# An opening parenthesis right before a drug name, spaces allowed: 某某康（利妥昔單抗）
_PAREN_OPEN_BEFORE = re.compile(r"[（(]\s*$")


# a vowel group of a Latin drug name: one syllable, one character of its Chinese name at most
_VOWELS = re.compile(r"[aeiouy]+")


def _cjk_brand_before(
    ctx: Ctx, inn_start: int, org_ends: set[int], inn: str = "", *, spaced: bool = False
) -> list[tuple[int, int]]:
    """某某康（利妥昔單抗）: a Chinese name right before a drug's name in parentheses is its
    brand, read back from the parenthesis as a transliterated drug name is (over single
    characters and words the dictionary barely knows, up to a break character or an
    ordinary word: 首款產品 + 某某康, 創新藥 + 某某狀) and after any company's name.
    ``spaced``: one space may stand between the name and the bracket.

    Before a Latin INN (``inn``), the Chinese name is its Chinese INN, as long as the Latin
    one has syllables (帕某培特立帕肽（palopegteriparatide）: seven characters), and a lone
    character opening the clause opens it too (那 + 韋培肽（navepegritide）at a line's start)."""
    fold = ctx.fold
    paren = _PAREN_OPEN_BEFORE.search(fold, max(0, inn_start - 4), inn_start)
    end = paren.start() if paren is not None else 0
    if spaced and fold[end - 1 : end] == " ":  # 某膝康 (RevoCart): news sets a space before it
        end -= 1
    if paren is None or end < 1 or not CJK_RE.match(fold[end - 1]):
        return []
    budget = max(ctx.rules.brand_max_chars, len(_VOWELS.findall(inn.casefold())))
    start = last_end_between(sorted(org_ends), _inn_start(ctx, end, org_ends, budget), end)
    k = ctx.token_index_ending_at(start)
    if k is not None and start not in org_ends:
        s, e = ctx.tokens[k]
        single = e - s == 1 and CJK_RE.match(fold[s]) is not None
        opens = s == 0 or not CJK_RE.match(fold[s - 1])
        if single and inn and opens and end - s <= budget:
            start = s  # 那 + 韋培肽（navepegritide）opening its line: the name's first syllable
        elif single and fold[s] not in ctx.rules.drug_name_breaks:
            return []  # 那 + 韋培肽: a lone character the reader stopped at, the start unsure
    if not 2 <= end - start <= budget or end in org_ends:
        return []
    return [(start, end)]


class _Spans:
    """Spans kept sorted by end and by start, so that the ones ending or starting within a
    few characters of a word are found by bisection (``_listed_with``) instead of a walk
    over all of them (a long text's ≈ 700 companies for each of its ≈ 200 shapes)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.pairs = sorted(spans)
        self.ends = sorted(e for _, e in self.pairs)

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.pairs, (s, e))
        bisect.insort(self.ends, e)


def _listed_with(ctx: Ctx, c: Cand, spans: _Spans) -> bool:
    """``c`` and one of ``spans`` are items of one list: only a coordinator between them."""
    fold, gap_re = ctx.fold, ctx.rules.coordinator_gap_re
    lo, hi = c.start - 6, c.end + 6  # (a gap's length is read before the gap is cut)
    ends = spans.ends
    for e in ends[bisect.bisect_left(ends, lo) : bisect.bisect_right(ends, c.start)]:
        gap = fold[e : c.start]
        if gap.strip() and gap_re.fullmatch(gap):
            return True
    pairs = spans.pairs
    for s, e in pairs[bisect.bisect_left(pairs, (c.end,)) : bisect.bisect_left(pairs, (hi + 1,))]:
        if e > c.start:
            gap = fold[c.end : s]
            if gap.strip() and gap_re.fullmatch(gap):
                return True
    return False


_CAMEL_WORDS = re.compile(r"[A-Z][a-z]+")


def _glued_person(ctx: Ctx, c: Cand) -> bool:
    """IraJersey表示: a given name glued to a surname (the space lost) is a person speaking."""
    words = _CAMEL_WORDS.findall(ctx.fold[c.start : c.end])
    return len(words) == 2 and words[0] in ctx.rules.given_names


# the weak votes a Latin word can be a product by alone: its shape, a cue word after it
# (NVIDIA + 處理器), or its repeat of such a word (prods51)
_WEAK_SHAPE_RULES = (rule_id("brand_shape"), rule_id("latin_product_cue"), rule_id("repeat"))
# what may stand before a clause's subject: a break, or 據/根據 (根據TrendForce調查顯示)
_CLAUSE_OPEN = re.compile(r"(?:^|[，,。；;：:！？\n（(「『]|據)\s*$")
_CAPS_MAKER = re.compile(r"[A-Z]{4,}")


def _company_role(ctx: Ctx, c: Cand, orgs: _Spans) -> str | None:
    """The rule by which ``c``'s own clause makes it a company, if any (see below)."""
    fold, rules = ctx.fold, ctx.rules
    if _listed_with(ctx, c, orgs):
        return rule_id("list_mate")
    if rules.agent_act_re.match(fold, c.end) and not _glued_person(ctx, c):
        return rule_id("latin_company_act")
    before = fold[max(0, c.start - 6) : c.start]
    if rules.shape_body_after_re.match(fold, c.end) or rules.shape_body_before_re.search(before):
        return rule_id("latin_company_cue")  # 某某DJ新聞, 子公司 SunVolt, 聯合 SunVolt
    if c.rule == rule_id("brand_shape") and rules.shape_value_after_re.match(fold, c.end):
        return rule_id("latin_company_cue")  # SpaceX 的估值: a company's value (orgs84)
    if before.rstrip().endswith("與") and rules.shape_partner_after_re.match(fold, c.end):
        return rule_id("latin_company_cue")  # 與 SunVolt 合作
    if _CLAUSE_OPEN.search(before) and rules.shape_report_re.match(fold, c.end):
        return rule_id("latin_company_act")  # SunForce記憶體研究調查顯示
    if (
        c.rule == rule_id("latin_product_cue")
        and _CAPS_MAKER.fullmatch(fold[c.start : c.end])
        and rules.maker_kind_re.match(fold, c.end)
    ):
        return rule_id("latin_company_cue")  # NVIDIA 處理器: its maker
    return None


def inside_longer(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``(start, end)`` lies inside a longer one of ``spans`` (sorted),
    i.e. ``any(s <= start and end <= e and e - s > end - start for s, e in spans)``,
    answered by two bisections instead of a walk over every span: a span starting before
    ``start`` is longer whenever it reaches ``end``; one starting at ``start`` must pass it.
    (The walk, once per company of a long text over its every product, was 2.5M steps.)"""
    starts = [s for s, _ in spans]
    reach = [-1]  # reach[i]: the furthest end of spans[:i]
    for _, e in spans:
        reach.append(max(reach[-1], e))

    def test(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, start)
        if reach[i] >= end:
            return True
        j = bisect.bisect_right(starts, start, i)
        return j > i and spans[j - 1][1] > end

    return test


def shapes_among_companies(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """樂某科技、ToyVolt、FoloVolt 和魂某科技: a Latin word taken for a brand by its shape
    alone (``brand_shape``, the weakest vote) listed with companies is a company as its
    mates are, wherever the text writes it; so is one doing what a body does right after it
    (VoltCorp把…, TechVolt拆解…: ``agent_acts``), one before its news desk or its subsidiary,
    or right after 子公司 (``shape_body_after``, ``shape_body_before``)."""
    fold, shape = ctx.fold, rule_id("brand_shape")

    def weak(c: Cand) -> bool:
        """Shape alone, or a weak cue or a repeat on a word with no model number in it (not
        SU7, Ryzen 2000) that names no class of thing (not CMOS 晶片)."""
        if c.label != PRODUCT or c.rule not in _WEAK_SHAPE_RULES:
            return False
        if c.rule == shape:
            return True
        name = fold[c.start : c.end]
        return (
            c.strength <= 1
            and not any(ch.isdigit() for ch in name)
            and not ctx.rules.is_not_name(name)
            and not ctx.rules.is_generic(name)
            and name.casefold() not in ctx.rules.not_product_terms
        )

    shapes = [c for c in found if weak(c)]
    if not shapes:
        return list(found)
    in_longer = inside_longer(sorted((c.start, c.end) for c in found if c.label == PRODUCT))
    orgs = _Spans(
        (c.start, c.end)
        for c in found
        if c.label == ORG
        and c.strength >= 1
        # Google + Drive: a company word opening a longer product's name is no list's item
        and not in_longer(c.start, c.end)
    )
    names: dict[str, str] = {}
    grown = True
    while grown:  # a list of several such words learns from its company end to end
        grown = False
        for c in shapes:
            name = fold[c.start : c.end].casefold()
            if name in names:
                continue
            role = _company_role(ctx, c, orgs)
            if role is None:
                continue
            names[name] = role
            for d in shapes:
                if fold[d.start : d.end].casefold() == name:
                    orgs.add(d.start, d.end)
            grown = True
    # ServiceNow大漲14%, 晶圓廠如 SkyWater (prods66): a firm by its clause is a company
    # wherever the text writes it by a weak vote alone
    # (read at every place the text writes the word: the first brand_shape is not typed there)
    firms = {
        name.casefold()
        for name in {fold[c.start : c.end] for c in shapes}
        if _firm_anywhere(ctx, name)
    }
    out = []
    for c in found:
        key = fold[c.start : c.end].casefold()
        if weak(c) and key in names:
            c = Cand(c.start, c.end, ORG, "company", names[key], 1)
        elif weak(c) and key in firms:
            c = Cand(c.start, c.end, ORG, "company", rule_id("latin_company_cue"), 1)
        elif c.label == PRODUCT and c.rule == shape and _source_or_site(ctx, c):
            continue
        out.append(c)
    return out


def _firm_anywhere(ctx: Ctx, name: str) -> bool:
    """Whether a firm's clause (``_firm_frame``) stands around ``name`` anywhere it is
    written whole (no Latin letter or digit glued on either side)."""
    fold = ctx.fold
    for s, e in places_of(name, fold):
        if (s and fold[s - 1].isascii() and fold[s - 1].isalnum()) or (
            e < len(fold) and fold[e].isascii() and fold[e].isalnum()
        ):
            continue
        if _firm_frame(ctx, s, e):
            return True
    return False


def _firm_frame(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the clause of the name at ``start:end`` says a firm: its share price moves
    by a percentage, its officers follow 的, a kind of firm and 如 stand before it, or a
    list of names it opens closes with 等 and a word for firms (prods66). A product has
    none of these."""
    rules, fold = ctx.rules, ctx.fold
    return bool(
        rules.shape_move_after_re.match(fold, end)
        or rules.shape_staff_after_re.match(fold, end)
        or rules.shape_firm_before_re.search(fold, max(0, start - 120), start)
        or rules.shape_firm_list_after_re.match(fold, end)
    )


def _source_or_site(ctx: Ctx, c: Cand) -> bool:
    """參考 MacRumors, 直接投資WiseRoad, PjTime.com: a word shaped as a brand that one cites,
    invests in, or that ends in a web domain is a medium, a stake or a site, no product; left
    untyped when no company rule took it (NotebookCheck.net 新聞 stays a company: prods55)."""
    rules = ctx.rules
    return bool(
        rules.shape_source_before_re.search(ctx.fold, max(0, c.start - 8), c.start)
        or rules.web_domain_end_re.search(ctx.fold, c.start, c.end)
    )


def find_glossed_products(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """歐狄沃（Opdivo）: a product any finder found, in parentheses right after a Chinese
    name, has that name as its second one — read back from the parenthesis as a
    transliteration is (single characters and words the dictionary barely knows), never a
    company's name or a generic word. (The other order, Opdivo（歐狄沃）, is left alone: a
    gloss after a name is as often a description, 多模態, which no frequency tells apart.)"""
    rules, fold = ctx.rules, ctx.fold
    org_spans = [(c.start, c.end) for c in found if c.label == ORG]
    org_ends = {e for _, e in org_spans}
    out: list[Cand] = []
    for c in found:
        if c.label != PRODUCT or c.strength < 2 or c.rule == rule_id("inn_stem"):
            # a drug's name by its stem has its brands read already; a name found by its
            # shape alone (免疫熒光（mIF）: a technique's initials) vouches for no second name
            continue
        if not _PAREN_CLOSE.match(fold, c.end):
            continue
        for s, e in _cjk_brand_before(ctx, c.start, org_ends):
            s = _past_opening_verb(ctx, s, e)  # 擴展 + 到 + 安卓（Android）: the name is 安卓
            name = fold[s:e]
            if any(os < e and s < oe for os, oe in org_spans):
                continue  # 默沙東 in parentheses: the maker, not a second name
            if rules.is_generic(name) or fold_target_in(ctx, name) or ctx.word_freq(name) > 0:
                continue
            brand = Cand(s, e, PRODUCT, None, rule_id("glossed_product"), 2)
            brand.link = fold[c.start : c.end]
            out.append(brand)
    return out


def find_glossed_kind_names(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """某膝康 (RevoCart) 一次性軟骨修補系統, 某迪海豹 (Seal) 電動車: a Chinese name with a Latin
    name in brackets after it, then a kind of product (``glossed_name_kinds``, a few
    describing characters between), is one product with two names — the bracket says the
    two are one name, the kind says what it names. The Chinese name is read back from the
    bracket as a brand is (after a found maker: 某迪 + 海豹), must be rare in the dictionary,
    and neither name may be a found company, a company's Latin form or a never-a-name word.
    Initials in capitals name a body as often (東芝內存(TMC)), and a verb right after the
    bracket makes the kind its object ((TMC)提供設備): neither reads (prods38)."""
    rules, fold = ctx.rules, ctx.fold
    org_ends = {c.end for c in found if c.label == ORG}
    orgs = {fold[c.start : c.end].casefold() for c in found if c.label == ORG}
    taken = {(c.start, c.end) for c in found}
    out: list[Cand] = []
    for m in rules.glossed_kind_re.finditer(fold):
        ls, le = m.span("latin")
        latin = fold[ls:le]
        if (
            not any(ch.islower() for ch in latin)  # 東芝內存(TMC): a body's initials
            or any(ctx.is_verb(w) for w in ctx.words_in(*m.span("desc"))[:1])  # (TMC)提供設備
            or latin.casefold() in orgs
            or rules.latin_org_kind(latin)
            or rules.is_not_name(latin)
            or rules.is_generic(latin)
        ):
            continue
        for s, e in _cjk_brand_before(ctx, ls, org_ends, spaced=True):
            s = _past_opening_verb(ctx, s, e)  # 擴展 + 到 + 某卓 (Android) 手機
            name = fold[s:e]
            if (
                name.casefold() in orgs
                or rules.is_generic(name)
                or ctx.word_freq(name) >= GLOSS_FREQ
                or fold_target_in(ctx, name)
            ):
                continue
            if (s, e) not in taken:
                brand = Cand(s, e, PRODUCT, None, rule_id("glossed_kind_name"), 2)
                brand.link = latin
                out.append(brand)
            if (ls, le) not in taken:
                out.append(Cand(ls, le, PRODUCT, None, rule_id("glossed_kind_name"), 2))
    return out


# A lower-case Latin word alone in parentheses: Evrysdi（risdiplam）
_INN_GLOSS = re.compile(r"\s*[（(]\s*([a-z]{6,}(?:-[a-z]+)?)\s*[）)]")
# 利巴韋林（Ribavirin）: a Chinese drug name glossed by its INN written with a capital (prods44)
_CJK_INN_GLOSS = re.compile(r"\s*[（(]\s*([A-Z][a-z]{5,}(?:-[a-z]+)?)\s*[）)]")


def _dash_variant_of(folded: str, models: set[str]) -> bool:
    """Whether ``folded`` is a name of ``models``, a dash, then a part with a digit: the
    prefixes before each dash looked up in the set, not every model tried as a prefix."""
    i = folded.find("-")
    while i >= 0:
        if folded[:i] in models and any(ch.isdigit() for ch in folded[i:]):
            return True
        i = folded.find("-", i + 1)
    return False


def find_inn_glosses(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Evrysdi（risdiplam）: a lower-case Latin word alone in parentheses right after a product
    found by more than its shape is the drug's INN, its second name (an INN is written in
    lower case, a brand or a description is not); an English word (-tion, -ment …) or a
    word of ``not_drugs`` is a gloss of another kind."""
    rules, fold = ctx.rules, ctx.fold
    strong = {fold[c.start : c.end] for c in found if c.label == PRODUCT and c.strength >= 2}
    out: list[Cand] = []
    for c in found:
        if c.label != PRODUCT:
            continue
        # 利巴韋林（Ribavirin）: a Chinese name found as a drug, its INN in brackets with a
        # capital — one drug with two names, whatever found the Latin one (prods44)
        gloss = _CJK_INN_GLOSS.match(fold, c.end)
        if gloss is not None and all(CJK_RE.match(ch) for ch in fold[c.start : c.end]):
            word = gloss.group(1)
            stem = rules.inn_latin_re.fullmatch(word) and len(word) >= rules.inn_min_length
            if (
                fold[c.start : c.end] in strong
                and (stem or word in strong)
                and word.casefold() not in rules.not_drugs
            ):
                # stronger than the Latin name's own find, which has no link to keep
                inn = Cand(gloss.start(1), gloss.end(1), PRODUCT, None, rule_id("inn_gloss"), 3)
                inn.link = fold[c.start : c.end]
                out.append(inn)
            continue
        # (the gloss first: it is one match at the name's end, where the repeat test reads
        # every strong name, and it rarely follows)
        if (m := _INN_GLOSS.match(fold, c.end)) is None:
            continue
        if not any(n.startswith(fold[c.start : c.end]) for n in strong):
            continue  # a repeat of a name found elsewhere, or of its brand (某藥 of 某藥口服液)
        word = m.group(1)
        if word in rules.not_drugs or word.endswith(rules.english_word_endings):
            continue
        inn = Cand(m.start(1), m.end(1), PRODUCT, None, rule_id("inn_gloss"), 2)
        inn.link = fold[c.start : c.end]
        out.append(inn)
    return out


# A Latin model's name: letters and digits, dashes and dots inside, a number after one space
# (i5-14400F, RTX3050, RTX 5080, o3-mini)
_MODEL_ITEM = r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [0-9][A-Za-z0-9]*)?"
# The joining words of a list of models: 、 和 與 及 以及 / +
_MODEL_JOIN = r"\s*(?:、|以及|及|和|與|/|\+|＋)\s*"
_MATE_AFTER = re.compile(_MODEL_JOIN + f"({_MODEL_ITEM})(?![A-Za-z0-9])")
_MATE_BEFORE = re.compile(f"(?<![A-Za-z0-9.\\-])({_MODEL_ITEM})" + _MODEL_JOIN + "$")


def _model_named(ctx: Ctx, name: str) -> bool:
    """A model's name holds a letter and a digit and is no unit, period or standard."""
    rules = ctx.rules
    return (
        any(ch.isdigit() for ch in name)
        and any(ch.isalpha() for ch in name)
        and not rules.is_spec(name)
        and not rules.is_not_name(name)
        and not rules.is_generic(name)
    )


def find_model_mates(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """i5-14400F + RTX3050顯示卡, H100、H200和GB200: Latin names with a model number joined to a
    model found by any rule (a list of one kind: 、 和 與 及 / +) are models too; the list is
    followed along, a third item reached from the second. Not a unit, a period or a standard
    (5nm、7nm; Q1、Q2: ``is_spec``, ``not_names``), nor a name with no digit."""
    fold = ctx.fold
    taken = {(c.start, c.end) for c in found}
    frontier = [
        c
        for c in found
        if c.label == PRODUCT and c.strength >= 1 and _model_named(ctx, fold[c.start : c.end])
    ]
    out: list[Cand] = []
    for _ in range(4):
        new: list[Cand] = []
        for c in frontier:
            spans = []
            after = _MATE_AFTER.match(fold, c.end)
            if after is not None:
                spans.append(after.span(1))
            before = _MATE_BEFORE.search(fold, max(0, c.start - 40), c.start)
            if before is not None:
                spans.append(before.span(1))
            for s, e in spans:
                if (s, e) in taken or not _model_named(ctx, fold[s:e]):
                    continue
                taken.add((s, e))
                new.append(Cand(s, e, PRODUCT, None, rule_id("model_mate"), 1))
        out += new
        frontier = new
        if not new:
            break
    return out


# A model named by a short run of letters and a number (o3, H100, GPT-4 of GPT-4o, M9), the
# letters and the joint kept to find its siblings: the same letters and joint, another number
_SIBLING_HEAD = re.compile(r"([A-Za-z]{1,5})([- ]?)([0-9]{1,4})(?![0-9])")
# GLM-4.6, Gemini 2.5: a model named by letters and a decimal version, the whole name (prods40)
_DECIMAL_SIBLING_HEAD = re.compile(r"([A-Za-z]{2,8})([- ]?)[0-9]{1,2}\.[0-9]{1,2}")


def sibling_pattern(letters: str, joint: str, number: str = "[0-9]{1,4}") -> re.Pattern[str]:
    """The letters and joint of a model line, then a number: no letter, digit, dash or dot
    before the letters, none after the number.

    The letters come first and the look-behind after them (asking the same character before
    the letters): a pattern that opens with its literal lets ``re`` skip from one
    occurrence to the next, where one that opens with a look-behind tries every position of
    the text (a head over 150k characters: 0.004 → 0.0001 CPU s)."""
    head = re.escape(letters + joint)
    return re.compile(head + rf"(?<![A-Za-z0-9\-.]{head}){number}(?![A-Za-z0-9.\-％%])")


def find_number_siblings(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """o3-mini … o1的核心思路, H100 … H200: a found model named by a few letters and a number
    makes every other number after the same letters (the same joint, nothing glued around) a
    model of that line — a maker numbers its line so. The letters must be no unit, period or
    standard (Q1, H1, FY24: ``_model_named`` on the sibling), and a sibling whose number a
    count's or a date's word follows (o3 年, H1 季) is none (prods38). A decimal version
    (GLM-4.6) makes the same letters with another decimal version (GLM-4.5) a model so too
    (prods40)."""
    fold, rules = ctx.fold, ctx.rules
    heads: set[tuple[str, str]] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 1:
            continue
        m = _SIBLING_HEAD.match(fold, c.start)
        if m is None or (m.end() != c.end and fold[m.end()] not in "-‐ "):
            continue
        if not _model_named(ctx, m.group(0)):
            continue
        heads.add((m.group(1), m.group(2)))
    # a decimal version (GLM-4.6) makes the line's other decimal versions (GLM-4.5) models
    decimal_heads: set[tuple[str, str]] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 1:
            continue
        d = _DECIMAL_SIBLING_HEAD.match(fold, c.start, c.end)
        if d is None or (d.end() != c.end and fold[d.end()] != " "):
            continue  # Gemini 2.5 Pro: a variant word may follow the version
        if _model_named(ctx, d.group(1) + d.group(2) + "1"):
            decimal_heads.add((d.group(1), d.group(2)))
    taken = [(c.start, c.end) for c in found]
    # which characters a taken span covers, so that a match asks its own span once instead
    # of every span taken (an empty or reversed span covers none: those few are asked as
    # before)
    covered = bytearray(len(fold) + 1)
    for a, b in taken:
        covered[a:b] = b"\x01" * max(0, b - a)
    odd = [(a, b) for a, b in taken if a >= b]
    out: list[Cand] = []
    shapes = [(h, "[0-9]{1,4}") for h in sorted(heads)]
    shapes += [(h, r"[0-9]{1,2}\.[0-9]{1,2}") for h in sorted(decimal_heads)]
    for (letters, joint), number in shapes:
        decimal = "." in number
        for m in sibling_pattern(letters, joint, number).finditer(fold):
            s, e = m.span()
            if decimal:
                # a decimal sibling may hold the line's bare name a lexicon found (Gemini in
                # Gemini 2.0): only a span that crosses it stops it
                overlaps = any(a < e and s < b and not (s <= a and b <= e) for a, b in taken)
            else:
                overlaps = covered.find(1, s, e) >= 0 or any(a < e and s < b for a, b in odd)
            if overlaps or not _model_named(ctx, fold[s:e]):
                continue
            if rules.counted_level_after_re.match(fold, e) or _date_or_count_after(ctx, e):
                continue
            taken.append((s, e))
            covered[s:e] = b"\x01" * (e - s)
            out.append(Cand(s, e, PRODUCT, None, rule_id("number_sibling"), 1))
    out += _letter_siblings(ctx, found, taken)
    out += _maker_siblings(ctx, found, taken)
    return out


# MODEL D: a word of letters, one space, one capital letter — the whole name (prods39)
_LETTER_SIBLING_HEAD = re.compile(r"([A-Za-z]{3,10}) ([A-Z])")
# 小米10, 小米 15: a maker's Chinese name, then the model's number (prods39)
_MAKER_SIBLING_HEAD = re.compile(r"([\u4e00-\u9fff]{2,4})( ?)([0-9]{1,4})(?![0-9])")


def _letter_siblings(ctx: Ctx, found: Sequence[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """MODEL D … MODEL U, MODEL C: a found model named by a word and one capital makes the same
    word with another capital elsewhere a model of that line (a maker letters its line as it
    numbers it). Not a word for a step, grade or kind (Phase A … Phase B:
    ``sibling_letter_not_words``), and the letter must end the word run."""
    fold, rules = ctx.fold, ctx.rules
    words: set[str] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 1:
            continue
        m = _LETTER_SIBLING_HEAD.fullmatch(fold, c.start, c.end)
        if m is None or m.group(1).casefold() in rules.sibling_letter_not_words:
            continue
        if rules.is_not_name(m.group(1)) or rules.is_generic(m.group(1)):
            continue
        words.add(m.group(1))
    out: list[Cand] = []
    for word in sorted(words):
        pattern = re.compile(r"(?<![A-Za-z0-9\-.])" + re.escape(word) + r" [A-Z](?![A-Za-z0-9\-])")
        for m in pattern.finditer(fold):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Cand(s, e, PRODUCT, None, rule_id("number_sibling"), 1))
    return out


def _maker_siblings(ctx: Ctx, found: Sequence[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """小米10 … 小米6提價, 上一代小米15的定價: a found model named by a company found in the
    text and a bare number makes that company's name with another number a model too — a
    maker numbers its line, and once the text reads one number as a model it reads them all
    so. Not before a count's, a date's, a size's or a share's word (小米3款, 小米5年,
    ``maker_sibling_not_after``), not a decimal, and the name must start a token."""
    fold, rules = ctx.fold, ctx.rules
    makers = {fold[c.start : c.end] for c in found if c.label == ORG and c.strength >= 1}
    heads: set[tuple[str, str]] = set()
    for c in found:
        if c.label != PRODUCT or c.strength < 1:
            continue
        m = _MAKER_SIBLING_HEAD.match(fold, c.start)
        if m is None or m.end() > c.end or m.group(1) not in makers:
            continue
        heads.add((m.group(1), m.group(2)))
    out: list[Cand] = []
    # the maker's own mention inside its model's name gives way, as at the found model
    maker_spans = {(c.start, c.end) for c in found if c.label == ORG}
    for maker, joint in sorted(heads):
        pattern = re.compile(re.escape(maker + joint) + r"[0-9]{1,4}(?![0-9%％]|[.,][0-9])")
        for m in pattern.finditer(fold):
            s, e = m.span()
            own = (s, s + len(maker))
            if not ctx.is_boundary(s) or any(
                a < e and s < b and ((a, b) != own or own not in maker_spans) for a, b in taken
            ):
                continue
            if (
                _date_or_count_after(ctx, e)
                or rules.maker_sibling_not_after_re.match(fold, e)
                or rules.counted_level_after_re.match(fold, e)
            ):
                continue
            spec = rules.spec_re.match(fold, s + len(maker + joint))
            if spec is not None and spec.end() > e:
                continue  # 台積電3奈米: a process, no model
            taken.append((s, e))
            out.append(Cand(s, e, PRODUCT, None, rule_id("number_sibling"), 1))
    return out


def _date_or_count_after(ctx: Ctx, end: int) -> bool:
    """年, 月, 季, 個, 家 … right after a number: a date or a count, no model."""
    nxt = ctx.fold[end : end + 2].lstrip()
    return bool(nxt) and nxt[0] in "年月日季週周號号個家名位件台輛萬億元"


# A brand's Latin word in a list: a capital, then letters, digits, dashes and dots inside
# (Camzyos, Qwen-Audio), with a note in parentheses after it (Qwen-VL（多模態視覺）)
_BRAND_ITEM = re.compile(
    r"([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![A-Za-z0-9])(?:\s*[（(][^（）()\n]{1,16}[）)])?"
)
_BRAND_JOIN = re.compile(r"\s*(?:、|以及|及|和|與)\s*")
# A Latin word right after an item or right before it: the item is part of a longer name
_LATIN_WORD_AROUND = re.compile(r" [A-Za-z0-9]|[A-Za-z0-9] $")
_BRAND_JOIN_END = re.compile(r"(?:、|以及|及|和|與)\s*$")
_BRAND_ITEM_END = re.compile(_BRAND_ITEM.pattern + r"\s*$")
# How many items of such a list found by other rules make its other items brands too.
BRAND_LIST_FOUND = 2


def _brand_list(fold: str, start: int) -> list[tuple[int, int]]:
    """The Latin items of the list that opens at ``start``, joined by 、 和 與 及."""
    items: list[tuple[int, int]] = []
    pos = start
    while True:
        m = _BRAND_ITEM.match(fold, pos)
        if m is None:
            break
        items.append(m.span(1))
        j = _BRAND_JOIN.match(fold, m.end())
        if j is None:
            break
        pos = j.end()
    return items


def _list_opening(fold: str, start: int) -> int:
    """Where the Latin list holding the item at ``start`` opens (walking back over items)."""
    while True:
        head = fold[max(0, start - 40) : start]
        j = _BRAND_JOIN_END.search(head)
        if j is None:
            return start
        before = head[: j.start()]
        m = _BRAND_ITEM_END.search(before)
        if m is None or re.search(r"[A-Za-z0-9.\-]$", before[: m.start(1)]):
            return start
        start = start - len(head) + m.start(1)


def find_brand_mates(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Reblozyl、Breyanzi、Camzyos、Opdualag和Yervoy; Qwen、Qwen-VL、Qwen-Audio和Qwen-Math: in a
    list of Latin names of which at least two are products other rules found, and none an
    organization, the other names are brands too — a writer lists one kind of thing. An
    acronym (FDA, PFS), a target, a unit or a standard, or a word the lists of generic words
    hold stays out; an acronym counts only when it extends a found name (Qwen-VL of Qwen)."""
    fold, rules = ctx.fold, ctx.rules
    products = {(c.start, c.end) for c in found if c.label == PRODUCT and c.strength >= 1}
    orgs = {(c.start, c.end) for c in found if c.label == ORG and c.strength >= 1}
    seen: set[int] = set()
    out: list[Cand] = []
    for c in found:
        if c.label != PRODUCT or (c.start, c.end) not in products:
            continue
        opening = _list_opening(fold, c.start)
        if opening in seen:
            continue
        seen.add(opening)
        items = _brand_list(fold, opening)
        known = [it for it in items if it in products]
        if len(known) < BRAND_LIST_FOUND or any(it in orgs for it in items):
            continue
        heads = {fold[s:e].split("-")[0] for s, e in known}
        for s, e in items:
            name = fold[s:e]
            if (s, e) in products or (name.isupper() and len(name) <= 6):
                continue
            if _LATIN_WORD_AROUND.match(fold, e) or _LATIN_WORD_AROUND.search(fold, s - 2, s):
                continue  # Google of Google Play: a word of a longer name, not the item
            if is_acronym(name) and name.split("-")[0] not in heads:
                continue
            if (
                rules.is_spec(name)
                or rules.is_not_name(name)
                or rules.is_generic(name)
                or name.casefold() in rules.latin_generic_words
                or fold_target_in(ctx, name)
            ):
                continue
            out.append(Cand(s, e, PRODUCT, None, rule_id("brand_mate"), 1))
    return out


# A Latin brand right before its parenthesis: Strelvia（ — the brand may be one of a slash
# pair (Polavex/Imnovid（)
_GLOSSED_BRAND = re.compile(r"([A-Z][A-Za-z]{3,}(?:/[A-Z][A-Za-z]{3,})*)\s*$")
# (a Latin body may wrap once at a line's end: Izervay(avacincaptad ⏎ pegol))
_GLOSS_BODY = re.compile(r"[（(]([^（）()\n]{2,60}(?:[ ]*\n[ ]*[a-z][^（）()\n]{0,40})?)[）)]")
_GLOSS_SPLIT = re.compile(r"\s*[+＋、]\s*")


def find_gloss_brands(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """Strelvia（asfotase alfa）, Brenzia（布地奈德+格隆溴銨）, Polavex/Imnovid（泊馬度胺）: a
    capitalised Latin word whose parenthesis holds only drug names — a biological's INN (a
    lower-case word and alfa, beta …), or drugs found by their stems, one or several joined by
    + — is the brand of that drug; the INN pair is a product too. A description in the
    parenthesis (多模態視覺) or a company after the name vouches for nothing."""
    fold, rules = ctx.fold, ctx.rules
    drugs = {
        (c.start, c.end)
        for c in found
        if c.label == PRODUCT and c.strength >= 2 and c.rule == rule_id("inn_stem")
    }
    drug_text = {fold[s:e] for s, e in drugs}
    out: list[Cand] = []
    for m in _GLOSS_BODY.finditer(fold):
        body_start, body = m.start(1), m.group(1)
        brand = _GLOSSED_BRAND.search(fold, max(0, m.start() - 60), m.start())
        if brand is None or re.search(r"[A-Za-z0-9.\-]$", fold[: brand.start(1)]):
            continue
        wrapped = "\n" in body
        inn = rules.inn_pair_re.fullmatch(" ".join(body.split()))
        parts = [p for p in _GLOSS_SPLIT.split(body.strip()) if p]
        named = sum(p in drug_text for p in parts)
        # one drug alone, or a combination of which two are drugs by their stems (the others
        # spelled by endings no stem list holds: 布地奈德)
        if inn is None and not (named == len(parts) or (len(parts) >= 2 and named >= 2)):
            continue
        pos = brand.start(1)
        for word in brand.group(1).split("/"):
            if not (is_acronym(word) or rules.is_not_name(word) or rules.is_generic(word)):
                cand = Cand(pos, pos + len(word), PRODUCT, None, rule_id("gloss_brand"), 2)
                out.append(cand)
            pos += len(word) + 1
        if inn is not None and not wrapped:  # (a wrapped INN's name is no span of the text)
            s = body_start + (len(body) - len(body.lstrip()))
            inn_cand = Cand(s, s + len(body.strip()), PRODUCT, None, rule_id("gloss_brand"), 2)
            inn_cand.link = brand.group(1).split("/")[-1]
            out.append(inn_cand)
    return out


def _rare_before(ctx: Ctx, k: int) -> bool:
    """The token before token ``k`` is a Chinese word the dictionary barely knows."""
    if k < 1:
        return False
    s, e = ctx.tokens[k - 1]
    word = ctx.fold[s:e]
    rare = ctx.word_freq(word) <= ctx.rules.form_name_max_freq
    return len(word) >= 2 and rare and all(CJK_RE.match(ch) for ch in word)


def _form_name_start(ctx: Ctx, form_start: int, org_ends: set[int]) -> int | None:
    """Start of the name before a dosage form, or None when no rare word is in it.

    The name is the run of tokens before the form back to a function word, a verb, a class
    word (藥物, 新藥), a company's end or a mark; the form's own token may carry the name's
    last characters (鹼片, 咳片).
    """
    rules, fold = ctx.rules, ctx.fold
    k = bisect.bisect_right(ctx.starts, form_start - 1) - 1
    if k >= 0:
        s, e = ctx.tokens[k]
        if s < form_start - 1 < form_start < e and ctx.word_freq(fold[s:e]) > 0:
            return None  # 電池片, 矽晶片: a word of the dictionary that ends like a form
        if s < form_start < e and ctx.word_freq(fold[s:e]) > rules.form_name_max_freq:
            return None  # 照片, 影片, 刀片: a common word, not a rare name's last character + 片
    start, rare = form_start, False
    while k >= 0:
        s, e = ctx.tokens[k]
        piece = fold[s : min(e, form_start)]
        if not piece or not all(CJK_RE.match(ch) for ch in piece) or e in org_ends:
            break
        if form_start - s > rules.form_name_max_chars:
            break
        if piece in rules.drug_heads_cut or (len(piece) == 1 and piece in rules.edge_chars):
            break
        if piece in rules.subject_openers:
            break  # 其中 + 某某軟膠囊: a word that opens a clause, not the name's first word
        if piece in rules.form_name_kind_openers:
            return None  # 這種 + 某米水凝膠: a kind of preparation pointed at, no drug's name
        if (ctx.is_function_word(piece) or ctx.is_verb(piece)) and not _rare_before(ctx, k):
            if len(piece) == 1:
                return None  # 益 + 生菌膠囊: one character cut off a word, the start is unsure
            break  # (桑枝 + 總 + 生物鹼片: a word inside a name runs on to a rare word)
        if rare and piece in rules.form_name_prefixes:
            start = s  # 複方 + 某某烷胺膠囊, 小兒 + 某某靈顆粒: a word that opens a drug's name
            break
        piece_rare = ctx.word_freq(piece) <= rules.form_name_max_freq
        if rare and len(piece) >= 2 and not piece_rare:
            break  # 資料 + 某某清咳片, 榜首 + 某某顆粒: a common word before the rare name
        rare = rare or piece_rare
        start = s
        k -= 1
    if form_start - start < 2 or not rare:
        return None
    return start


# what ends a listed dosage form's item: a separator, a clause's end or 等 (…片、…顆粒等)
_FORM_ITEM_END = re.compile(r"[、，,；;。]|等|$")


def _listed_forms(ctx: Ctx, sentence: str) -> bool:
    """…止咳糖漿、…顆粒、…片: two or more items of a list ending in a dosage form make a
    sentence about drugs though it has no drug word (a company's products listed by use)."""
    ends = [
        m.end()
        for m in ctx.rules.drug_form_re.finditer(sentence)
        if _FORM_ITEM_END.match(sentence, m.end()) is not None
    ]
    return len(ends) >= 2 and any(sentence.startswith("、", e) for e in ends)


def find_form_names(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """金花清感顆粒, 某某清咳片: a name of its own before a dosage form, in a sentence about
    drugs, is a product (a Chinese medicine is sold under such a name, with no stem)."""
    rules, fold = ctx.rules, ctx.fold
    org_ends = {c.end for c in known if c.label == ORG}
    breaks = [b.start() for b in _SENTENCE_BREAK.finditer(fold)]
    out: list[Cand] = []
    for m in rules.drug_form_re.finditer(fold):
        e = m.end()
        if e < len(fold) and CJK_RE.match(fold[e]) and not ctx.is_boundary(e):
            continue  # the form runs on into another word (片商, 丸子)
        if fold.startswith("類", e):
            continue  # 非阿片類, 片類: a class of drugs, no product of its own
        k = bisect.bisect_left(breaks, m.start())
        sentence = fold[breaks[k - 1] + 1 if k else 0 : breaks[k] if k < len(breaks) else None]
        if not rules.form_name_cue_re.search(sentence) and not _listed_forms(ctx, sentence):
            continue
        start = _form_name_start(ctx, m.start(), org_ends)
        if start is None:
            continue
        name = fold[start:e]
        if rules.is_generic(name) or ctx.word_freq(name) > rules.form_name_max_freq:
            continue
        if any(
            n.end() == m.start() and n.start() - start >= (1 if len(n.group()) >= 3 else 2)
            for n in rules.inn_cjk_re.finditer(fold, start, m.start())
        ):
            continue  # 此前 + 某那定 + 片: a drug's ending before the form names it (inn_form)
        out.append(Cand(start, e, PRODUCT, None, rule_id("form_name"), 2))
    return out + _leading_form_names(ctx, org_ends)


# A capital (and a digit) glued to the end of a drug name: 多黏菌素B, 維生素B12
_STRAIN_LETTER = re.compile(r"[A-Z][0-9]{0,2}")


def _leading_form_names(ctx: Ctx, org_ends: set[int]) -> list[Cand]:
    """注射用紫杉醇脂質體, 注射用甲潑尼龍琥珀酸鈉: a form written first (注射用, "for
    injection") names the drug after it, whatever its ending; the name is the run of tokens
    after the form up to a function word, a verb, a class word (注射用藥品 names none) or a
    mark, and holds a word the dictionary barely knows."""
    rules, fold = ctx.rules, ctx.fold
    common, rare_freq = rules.drug_word_freq, rules.form_name_max_freq
    out: list[Cand] = []
    for form in rules.drug_leading_forms:
        for form_start, form_end in places_of(form, fold):
            k = bisect.bisect_right(ctx.starts, form_end) - 1
            end, rare = form_end, False
            while 0 <= k < len(ctx.tokens):
                s, e = ctx.tokens[k]
                piece = fold[max(s, form_end) : e]
                if rare and s == end and _STRAIN_LETTER.fullmatch(fold, s, e):
                    end = e  # 多黏菌素 + B: a letter glued to the name is its last part
                    break
                if not piece or not all(CJK_RE.match(ch) for ch in piece) or s in org_ends:
                    break
                if e - form_end > rules.form_name_max_chars:
                    break
                nxt = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else (e, e)
                rare_next = nxt[1] > nxt[0] and CJK_RE.match(fold[nxt[0]]) is not None
                rare_next = rare_next and ctx.word_freq(fold[slice(*nxt)]) <= rare_freq
                # a verb that opens the name before a rare word is its first word (生長 + 抑素)
                stop = ctx.is_function_word(piece) or (ctx.is_verb(piece) and not rare_next)
                stop = stop or piece.startswith(rules.drug_per_unit_heads)  # + 單支價格
                stop = stop or rules.approval_re.match(fold, s) is not None  # + 獲批上市
                stop = stop or any(fold.startswith(h, s) for h in rules.drug_heads_cut)  # 仿製藥
                # a common word after the rare name ends it (培美曲塞二鈉 + 銷售)
                stop = stop or (rare and len(piece) >= 2 and ctx.word_freq(piece) >= common)
                if stop or rules.is_generic(piece):
                    break
                rare = rare or ctx.word_freq(piece) <= rare_freq
                end = e
                k += 1
            if end - form_end >= 2 and rare:
                packaged = Cand(form_start, end, PRODUCT, None, rule_id("inn_form"), 2)
                packaged.link = fold[form_end : end]
                out.append(packaged)
    return out


_MARK = re.compile(r"[®™]")
# The words of a Latin name before a mark: Zentiva™, Snapdragon Ride™, THANK-u Plus™.
_LATIN_BEFORE_MARK = re.compile(
    r"(?<![A-Za-z0-9\-])(?:[A-Z][A-Za-z0-9\-]*[ ]){0,3}[A-Za-z][A-Za-z0-9\-]*$"
)
# A name that goes on after its mark: Snapdragon Ride™ Flex, Snapdragon®Cockpit, with its
# model number: Gorilla® Armor 2.
_LATIN_AFTER_MARK = re.compile(
    r"[ ]?[A-Z][A-Za-z0-9\-]*(?:[ ][A-Z][A-Za-z0-9\-]*){0,2}(?:[ ][0-9][A-Za-z0-9]*)?"
    r"(?![A-Za-z0-9])"
)


def _marked_name_start(ctx: Ctx, s: int, e: int, org_ends: set[int]) -> int:
    """NVIDIA Omniverse™, GPU Xyz™: a company or a trade acronym before the brand is no
    part of it; the name starts after the last such word."""
    rules, fold = ctx.rules, ctx.fold
    words = [w.span() for w in _WORD.finditer(fold, s, e)]
    while len(words) > 1:
        word = fold[slice(*words[0])]
        if words[0][1] in org_ends or rules.latin_org_kind(word) or _trade_acronym(rules, word):
            words.pop(0)
        else:
            break
    return words[0][0]


def find_marked_brands(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """百澤安®, Zentiva™: a name written with a trademark sign is a brand, a product — unless
    the lexicon knows it as a company (a company may mark its own name too)."""
    rules, fold = ctx.rules, ctx.fold
    known_list = list(known)
    org_ends = {c.end for c in known_list if c.label == ORG}
    out: list[Cand] = []
    for m in _MARK.finditer(fold):
        e = m.start()
        latin = _LATIN_BEFORE_MARK.search(fold, max(0, e - 40), e)
        if latin is not None:
            s = _marked_name_start(ctx, latin.start(), e, org_ends)
        elif e > 0 and CJK_RE.match(fold[e - 1]):
            s = _inn_start(ctx, e, org_ends)  # back over the name to a class word (單抗)
            heads = sorted(rules.drug_heads_cut, key=lambda h: (-len(h), h))
            head = next((h for h in heads if fold.startswith(h, s)), "")
            s += len(head)  # 單抗嵐 + 舒寧: a class word glued to the name's first character
            if not any(ctx.word_freq(w) <= rules.form_name_max_freq for w in ctx.tokens_in(s, e)):
                continue  # 註冊商標®: common words, no brand
        else:
            continue
        name = fold[s:e]
        if len(name) < 2 or e in org_ends or rules.is_generic(name) or rules.is_not_name(name):
            continue
        out.append(Cand(s, e, PRODUCT, None, rule_id("marked_brand"), 2))
        more = _LATIN_AFTER_MARK.match(fold, m.end()) if latin is not None else None
        if more is not None and not rules.is_not_name(more.group().strip()):
            out.append(Cand(s, more.end(), PRODUCT, None, rule_id("marked_brand"), 2))
    return out


def fold_target_in(ctx: Ctx, name: str) -> bool:
    """PD-L1, CD20, T 細胞: a target, biomarker or cell type, never a product or a company;
    nor is a slash pair of them (ROS1/NTRK 抑制劑, MSI-H/dMMR 患者: what a drug acts on or
    whom it treats, prods32)."""
    if fold_target(name) in ctx.rules.targets or TARGET_FAMILY_RE.fullmatch(name):
        return True
    parts = name.split("/")
    return len(parts) > 1 and all(
        fold_target(p) in ctx.rules.targets or TARGET_FAMILY_RE.fullmatch(p) for p in parts
    )


# --------------------------------------------------------------------------- slash lists

# A name in a slash list, with an optional note in parentheses after it.
_SLASH_ITEM = r"[^\n/：:，,。；;、（）()]{2,12}(?:[（(][^（）()\n]{0,24}[）)])?"
SLASH_LIST_ITEMS = 4  # the fewest items of a slash list
_SLASH_LIST = re.compile(rf"{_SLASH_ITEM}(?:/{_SLASH_ITEM}){{{SLASH_LIST_ITEMS - 1},}}")
_SLASH = re.compile("/")
_ITEM_NOTE = re.compile(r"[（(][^（）()\n]{0,24}[）)]$")
# Items of a slash list that must be known organizations before the others count as ones.
SLASH_LIST_KNOWN = 2


def _slash_list_matches(fold: str) -> Iterator[re.Match[str]]:
    """``_SLASH_LIST.finditer(fold)``, tried only on lines with three slashes or more.

    A match never holds a newline and needs three slashes, so the other lines (nearly all
    of a report) cannot hold one; the pattern tried at every offset of a long text was
    the entity stage's costliest regex.
    """
    start = 0
    n = len(fold)
    while start < n:
        end = fold.find("\n", start)
        if end < 0:
            end = n
        if fold.count("/", start, end) >= SLASH_LIST_ITEMS - 1:
            yield from _SLASH_LIST.finditer(fold, start, end)
        start = end + 1


def find_slash_lists(ctx: Ctx, known: Iterable[Cand]) -> list[Cand]:
    """匯頂科技/思特威/瑞芯微/寒武紀: a long slash list holding known companies lists companies.

    Research notes list the stocks they cover this way, with no cue word; two or more
    organizations already found (by a lexicon or by any other finder) among four or
    more items say what the others are.
    """
    fold = ctx.fold
    org_spans = {(c.start, c.end) for c in known if c.label == ORG}
    # a name a lexicon lists needs no second word; one a pattern found is vouched for
    # again by the list (the pattern alone may not be enough to keep it)
    lexicon_spans = {(c.start, c.end) for c in known if c.label == ORG and c.source == "lexicon"}
    out: list[Cand] = []
    for m in _slash_list_matches(fold):
        items: list[tuple[int, int]] = []
        for s, e in split_items(ctx, m.start(), m.end(), _SLASH):
            note = _ITEM_NOTE.search(fold, s, e)
            items.append((s, note.start() if note else e))
        if sum((s, e) in org_spans for s, e in items) < SLASH_LIST_KNOWN:
            continue
        for s, e in items:
            if (s, e) in lexicon_spans or not _slash_item_ok(ctx, s, e):
                continue
            out.append(
                Cand(
                    s,
                    e,
                    ORG,
                    "company",
                    rule_id("slash_list"),
                    1,
                    cue=fold[m.start() : m.end()][:40],
                )
            )
    return out


def _slash_item_ok(ctx: Ctx, s: int, e: int) -> bool:
    item = ctx.fold[s:e]
    if e - s < 2 or any(ch.isdigit() for ch in item) or ctx.rules.is_generic(item):
        return False
    if item.isascii():
        return not ctx.rules.is_not_name(item)
    return all(CJK_RE.match(ch) for ch in item)


# --------------------------------------------------------------------------- stock codes

# 威剛(3260), 台積電（2330）: a listed company's code after its name (rules.STOCK_CODE).
_CODE = STOCK_CODE
# A name right before its code (a Chinese one is cut back to its tokens, a Latin one opens
# a list item, a clause or a line).
_CODED_NAME = BeforeAnchor(
    r"([\u4e00-\u9fff]{2,8}(?:\s?-\s?KY)?|(?:^|(?<=[、，,：:；\s（(]))[A-Z][A-Za-z&.\-]{1,20})",
    rf"[（(]{_CODE}\s*[）)]",
    re.MULTILINE,
)


def _past_trade_word(ctx: Ctx, start: int, end: int) -> int:
    """晶片廠 + 祥碩(5269), IC廠 + 點序, 鏈條大廠 + 桂盟: a word for a kind of maker before
    the coded name, however the segmenter cut it, is not part of the name."""
    fold = ctx.fold
    for i in range(end - 3, start - 1, -1):
        if fold[i] in TRADE_WORD_ENDS:
            return i + 1
    return start


_CODE_DIGITS = re.compile(r"[0-9]{4,6}")
# Four digits and a capital: a listed company's preferred share (2887E) or a figure in a
# slide's shorthand (4300E: 4,300 億, E for 億).
_LETTERED_CODE = re.compile(r"(?<![0-9])([0-9]{4})[A-Z]\s*[）)]$")


# (00878-TW), (0056-TW), (006201-TW), (00632R-TW): the Taiwan exchanges number their
# exchange-traded funds from 00; a company's code never opens so. Only with the Taiwan mark:
# a mainland (000001.SZ) or Hong Kong (00700.HK) company's code opens with 00 too (orgs40).
_FUND_CODE = re.compile(r"(?<![0-9])00[0-9]{2,4}[A-Z]?\s*[.\-]\s*TWO?\b")
# The same code bare in brackets (orgs42): with a letter after five or six digits (00994A, 00632R)
# only a Taiwanese fund's; without one, four to six digits from 00 are a fund's only when the name
# before them is a fund's (fund_name_words: 高息, MSCI, 台灣50 …) — 騰訊（00700）, 某銀行（00998）
# and 某汽車（002594） are Hong Kong's and Shenzhen's companies.
_BARE_FUND_CODE = re.compile(r"[（(]\s*00[0-9]{2,4}([A-Z]?)\s*[）)]")
# the words of a fund's name back to the clause's last mark (某某台灣TOP 50(009816) holds a space)
_FUND_NAME_BACK = re.compile(r"[^，。、；：:,;（）()「」『』《》\n]{1,20}$")


def _bare_fund_code(ctx: Ctx, code: str, end: int) -> bool:
    """群益某某高息（00919）, 某某主動式ETF（00994A）: a Taiwanese exchange-traded fund's bare code;
    the fund's name before it is no company (orgs42: `高息`, `金融` of such names were taken)."""
    m = _BARE_FUND_CODE.fullmatch(code.strip())
    if m is None:
        return False
    if m.group(1):
        return True
    back = _FUND_NAME_BACK.search(ctx.fold, max(0, end - 20), end)
    run = back.group() if back else ""
    return any(w in run for w in ctx.rules.fund_name_words)


def _unlisted_lettered(code: str, names_of: dict[str, tuple[str, ...]]) -> bool:
    """EC + (4300E): a four-digit code with a letter vouches for a name only when its digits are
    a listed company's code (a preferred share's 2887E is 台新金's); otherwise the brackets hold
    an amount written in shorthand, and the word before them is no company."""
    m = _LETTERED_CODE.search(code)
    return m is not None and m.group(1) not in names_of


# -KY: the Taiwan exchanges' mark of a foreign-registered listed company (太和-KY, 世芯-KY).
_KY_NAME = re.compile(rf"[{CJK}]{{2,8}}(?=\*?(?: - |-)KY(?![A-Za-z0-9]))")
_KY_MARK = re.compile(r"\*?(?: - |-)KY")
_LISTING_MARK_RULE = rule_id("listing_mark")
# F-: the older mark of one, written before the name and its code (F-英利(2239), F-TPK宸鴻（3673）).
_F_NAME = re.compile(
    rf"(?<![A-Za-z0-9\-])F-(?:[A-Z][A-Za-z]{{1,7}})?[{CJK}]{{2,6}}(?=\s*[（(][0-9]{{4,6}}[）)])"
)


def _single_chars_before(ctx: Ctx, end: int) -> int:
    """Start of the run of one-character Chinese tokens that ends at ``end``."""
    k = ctx.token_index_ending_at(end)
    start = end
    while k is not None and k >= 0:
        s, e = ctx.tokens[k]
        if e - s != 1 or not CJK_RE.match(ctx.fold[s]):
            break
        start = s
        k -= 1
    return start


def find_listing_marked_names(ctx: Ctx) -> list[Cand]:
    """太和-KY看好…, 昂寶-KY(4947): a name with the exchanges' -KY mark is a listed company,
    with or without its code; the mark is part of the name as listed. So is the older F- mark
    before a name and its code (F-英利(2239), F-TPK宸鴻（3673）)."""
    out: list[Cand] = []
    for m in _KY_NAME.finditer(ctx.fold):
        s = _past_trade_word(ctx, walk_back_name(ctx, m.end(), 8), m.end())
        if m.end() - s < 2:  # 太 + 和-KY: the mark vouches for the characters it follows
            s = _single_chars_before(ctx, m.end())
        if m.end() - s < 2 or _kind_before_mark(ctx, s, m.end()):
            continue
        mark = _KY_MARK.match(ctx.fold, m.end())
        assert mark is not None  # the lookahead of _KY_NAME read it
        e = mark.end()
        out.append(Cand(s, e, ORG, "company", _LISTING_MARK_RULE, 2, cue="-KY"))
    for m in _F_NAME.finditer(ctx.fold):
        code = STOCK_CODE_AFTER.match(ctx.fold, m.end())
        cue = "F- " + code.group().strip() if code else "F-"  # the code is the record's
        out.append(Cand(m.start(), m.end(), ORG, "company", _LISTING_MARK_RULE, 3, cue=cue))
    return out


def _kind_before_mark(ctx: Ctx, s: int, e: int) -> bool:
    """材料-KY, 全新-KY: the mark makes a listed company's name of an everyday word, as its
    own stock code does (orgs32); only a word for a kind of body (公司-KY) is turned down."""
    return ctx.fold[s:e] in ctx.rules.generic_orgs


@functools.lru_cache(maxsize=4)
def _names_by_code(lex: Lexicons) -> dict[str, tuple[str, ...]]:
    """A listed company's Chinese names by its stock code, longest first."""
    out: dict[str, list[str]] = defaultdict(list)
    for o in lex.organizations:
        if o.stock_code:
            out[o.stock_code] += [fold_width(n) for n in o.names if not n.isascii()]
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _past_joiner(ctx: Ctx, start: int, end: int) -> int:
    """理事長暨 + 鈺創(5351), 與 + 和大(1536): a role, then a joining character, before a
    coded name of two characters or more are not part of it."""
    rules = ctx.rules
    for s, e in ctx.tokens_from(start):
        if e > end - 2:
            break
        if ctx.fold[s:e] in rules.role_words:
            start = e  # 理事長 + 暨 + 鈺創: a person's role is no part of the name
    head = ctx.fold[start : start + 1]
    if end - start - 1 >= 2 and (head in rules.coordinators or head in rules.name_joiners):
        return start + 1
    return start


# A foreign issuer's mark after its name, as financial news spaces it or not.
_KY_TAIL = re.compile(r"\s?-\s?KY$")


def _orphan_chars_before(ctx: Ctx, lo: int, start: int, end: int) -> int:
    """大廠 + 元 + 太 + 科技(8069), ；+ 大 + 中(6435): characters the segmenter left one by one
    right before a coded name are a name it lacks — the code vouches for them too. The walk
    back stops at such a character when the dictionary calls it a particle (太, 中); this
    takes the run of lone characters back to a word, a mark or a stop word (與, 由, 還), when
    what the walk kept is a trade word alone or nothing."""
    rules = ctx.rules
    name = ctx.fold[start:end]
    if end - start >= 2 and not rules.is_generic(name) and name not in rules.cjk_suffixes:
        return start
    k = ctx.token_index_at(start) if start < end else ctx.token_index_ending_at(end)
    if k is None:
        return start
    if start >= end:
        k += 1  # nothing kept: the lone characters end at the code
    new = start
    i = k - 1
    while i >= 0:
        ts, te = ctx.tokens[i]
        tok = ctx.fold[ts:te]
        if ts < lo or len(tok) != 1 or not CJK_RE.match(tok) or tok in rules.stop_tokens:
            break
        new = ts
        i -= 1
    return new if end - new >= 2 and new < start else start


def _vouched_name_start(ctx: Ctx, s: int, e: int, listed_start: dict[int, int]) -> int:
    """Start of a Chinese name in ``fold[s:e]`` that what follows it vouches for (its stock
    code, its Latin legal name): tokens back to a stop word, past a role, a joining character
    and a word for a kind of maker; a listed name the lexicon found there is the whole name."""
    ky = _KY_TAIL.search(ctx.fold, s, e)  # 安力-KY, 安力 - KY (5223-TW)
    head_end = ky.start() if ky else e
    start = max(s, walk_back_name(ctx, head_end, head_end - s))  # 標的包括 + 光洋科(1785)
    k = bisect.bisect_right(ctx.starts, start) - 1
    if (
        k >= 0
        and ctx.starts[k] < start
        and ctx.starts[k] >= s
        and ctx.fold[ctx.starts[k] : start] not in ctx.rules.stop_tokens
    ):
        # the code vouches for the whole token: 光洋科, not 光 + 洋科 (but 縱有緯穎 is
        # 縱有 + 緯穎: a stop word the segmenter glued in front stays out)
        start = ctx.starts[k]
    start = _orphan_chars_before(ctx, s, start, head_end)
    # 、和大(1536), 、中光電(5371), 、和 + 勤 + 精機: a short item of a list is all name
    whole_item = head_end - s <= 4 and ctx.fold[s - 1 : s] == "、"
    start = s if whole_item else _past_joiner(ctx, start, head_end)
    s = _past_trade_word(ctx, start, e)
    # 零售業巨擘 + 亞馬遜, IC設計龍頭 + 聯發科, 子公司 + 立敦(6175): a word for a kind of
    # company or for its kin is no part of it
    kinds = [k.end() for k in ctx.rules.org_kind_before_re.finditer(ctx.fold, s, e - 1)]
    kinds += [k.end() for k in ctx.rules.lead_word_re.finditer(ctx.fold, s, e - 1)]
    s = max([s, *(k for k in kinds if e - k >= 2 and ctx.is_boundary(k))])
    if whole_item:
        return s  # 、新某應材(300260.SZ): the item names it, not the known name it ends in (orgs45)
    return max(s, listed_start.get(e, s))


# 三星電子(Samsung Electronics Co.), 聯想集團(Lenovo Group Ltd.), LG電子(LG Electronics Inc.):
# a Chinese name glossed by a Latin company name in parentheses.
_GLOSSED_NAME = BeforeAnchor(
    r"((?:(?<![A-Za-z])[A-Z]{1,4})?[\u4e00-\u9fff]{2,8})",
    r"[（(]\s*([A-Za-z][A-Za-z0-9&.,'’`\- ]{1,60}?)\s*[）)]",
    spaced=False,
)


def find_glossed_names(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """A Chinese name right before its Latin company name in parentheses: the gloss vouches
    for the name as the code does (華為(Huawei Technologies Co.), 亞馬遜(Amazon.com, Inc.)).

    The gloss is a company's when it ends in a legal form or a company word (latin in
    org_suffixes.yaml) or is a Latin company another finder or the lexicon found.
    """
    rules = ctx.rules
    latin_orgs = {(c.start, c.end) for c in known if c.label == ORG}
    listed_start = {c.end: c.start for c in known if c.label == ORG and c.source == "lexicon"}
    out: list[Cand] = []
    for m in _GLOSSED_NAME.finditer(ctx.fold):
        gloss = m.group(2).rstrip(" ,")
        last = gloss.rsplit(" ", 1)[-1].casefold()
        gs = m.start(2)
        if (
            rules.latin_suffix_kind.get(last) != "company"
            and (gs, gs + len(gloss)) not in latin_orgs
        ):
            continue
        s, e = m.span(1)
        if CJK_RE.match(ctx.fold[s]):
            s = _vouched_name_start(ctx, s, e, listed_start)
        elif rules.is_not_name("".join(itertools.takewhile(str.isascii, m.group(1)))):
            continue  # AI + 技術發展加速（DeepSeek）: a trade word opens a phrase, not a name
        # else LG電子: a Latin head glued to the Chinese name opens it
        name = ctx.fold[s:e]
        if len(name) < 2 or rules.is_generic(name) or DATE_UNITS_END.search(name):
            continue
        out.append(Cand(s, e, ORG, "company", rule_id("latin_gloss"), 2, cue=gloss))
    return out


def find_coded_names(ctx: Ctx, known: Iterable[Cand] = ()) -> list[Cand]:
    """Companies written with their stock code: 璟德(3152)、威剛(3260) — no lexicon needed.

    A listed name the lexicon found right before the code is the whole name: 還 + 有致 +
    新(8081) is 致新, whatever token the segmenter glued in front of it.
    """
    listed_start = {c.end: c.start for c in known if c.label == ORG and c.source == "lexicon"}
    names_of = _names_by_code(ctx.rules.lex)
    out: list[Cand] = []
    for m in _CODED_NAME.finditer(ctx.fold):
        s, e = m.span(1)
        if CJK_RE.match(ctx.fold[s]):
            s = _vouched_name_start(ctx, s, e, listed_start)
            code = STOCK_CODE_AFTER.match(ctx.fold, e)
            digits = _CODE_DIGITS.search(code.group()) if code else None
            for listed in names_of.get(digits.group() if digits else "", ()):
                if ctx.fold.endswith(listed, s, e) and e - len(listed) > s:
                    s = e - len(listed)  # 有致新(8081): 8081 is 致新
                    break
        name = ctx.fold[s:e]
        if len(name) < 2:
            continue
        if ctx.rules.is_generic(name) or DATE_UNITS_END.search(name):
            continue
        code = STOCK_CODE_AFTER.match(ctx.fold, e)
        if code is not None and DATE_UNITS_START.match(ctx.fold, code.end()):
            continue  # 預估今(2015)年, 今(12)日: a date written with its number, no code
        if (
            code is not None
            and _YEAR_IN_BRACKETS.fullmatch(code.group())
            and ctx.rules.year_edition_after_re.match(ctx.fold, code.end())
        ):
            continue  # 申萬(2021)行業分類: the classification's edition year, no code (orgs51)
        if code is not None and _unlisted_lettered(code.group(), names_of):
            continue
        if code is not None and _FUND_CODE.search(code.group()):
            continue  # 某某高股息 (00878-TW): a Taiwanese fund's code; the fund is no company
        if code is not None and _bare_fund_code(ctx, code.group(), e):
            continue  # 某某高息（00919）: the same code written bare (orgs42)
        cue = code.group().strip() if code else None
        out.append(Cand(s, e, ORG, "company", rule_id("stock_code"), 2, cue=cue))
        mate = _SLASH_MATE_BEFORE.search(ctx.fold, max(0, s - 10), s)
        if mate is not None and not ctx.rules.is_generic(mate.group(1)):
            # 某海油/某國海洋石油（600938.SH/0883.HK）: the listing's short and full names, one
            # code for both (a broker's list of related stocks, orgs39)
            out.append(Cand(*mate.span(1), ORG, "company", rule_id("stock_code"), 2, cue=cue))
    for m in _NOTE_TITLE_CODE.finditer(ctx.fold):
        # 某某股份-600000-首次覆蓋報告: a broker's note title writes the company, then its
        # six-digit mainland code between dashes (orgs29)
        s, e = m.span(1)
        if ctx.is_boundary(e) and not ctx.rules.is_generic(ctx.fold[s:e]):
            out.append(Cand(s, e, ORG, "company", rule_id("stock_code"), 2, cue=m.group(2)))
    for m in _LINKED_CODE_NAME.finditer(ctx.fold):
        # * [2330 某某電](/analysis/2330), [QWXZ Qwexor Inc](/analysis/QWXZ): a link to a
        # stock's page whose text is its code (or ticker) and its name names the company
        s, e = m.span(2)
        if not ctx.rules.is_generic(ctx.fold[s:e]) and not ctx.rules.is_not_name(ctx.fold[s:e]):
            out.append(Cand(s, e, ORG, "company", rule_id("stock_code"), 2, cue=m.group(1)))
    out += _glued_code_names(ctx)
    out += _ticker_names(ctx, listed_start)
    return out


# A mainland code with its exchange glued after a list item's name, no parentheses
# (概念股（某某科技002837.SZ、某力圖603912.SH）: orgs47); the code is found first, then the name.
_GLUED_MAINLAND_CODE = re.compile(r"[0-9]{6}\.(?:SZ|SH|BJ)(?![A-Za-z0-9])")
_GLUED_CODE_BEFORE = frozenset("、，,（(：:；;\n")
_GLUED_CODE_AFTER = frozenset("、，,）)；;。\n")


def _glued_code_names(ctx: Ctx) -> list[Cand]:
    """某某科技002837.SZ、某力圖603912.SH: a list item that is a name and its code glued — the
    whole item between list marks is the name, two to six Chinese characters."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in _GLUED_MAINLAND_CODE.finditer(fold):
        e = m.start()
        if m.end() < len(fold) and fold[m.end()] not in _GLUED_CODE_AFTER:
            continue
        s = e
        while s > 0 and e - s < 7 and CJK_RE.match(fold[s - 1]):
            s -= 1
        if not 2 <= e - s <= 6 or (s > 0 and fold[s - 1] not in _GLUED_CODE_BEFORE):
            continue
        name = fold[s:e]
        if ctx.rules.is_generic(name) or DATE_UNITS_END.search(name):
            continue
        out.append(Cand(s, e, ORG, "company", rule_id("stock_code"), 2, cue=m.group()))
    return out


# A name of the same listing before a coded one, after a slash, opening a list item or clause.
_SLASH_MATE_BEFORE = re.compile(rf"(?:^|(?<=[、，,：:；\s]))([{CJK}]{{2,8}})[/／]$", re.M)
# A line that opens with a Chinese name and a six-digit code between dashes: a note's title.
_NOTE_TITLE_CODE = re.compile(rf"^[ \t]*([{CJK}]{{2,10}})[ \t]*-[ \t]*([0-9]{{6}})[ \t]*-", re.M)
# [CODE Name](…/CODE): a markdown link whose text repeats the code its target ends in (orgs29).
# A depositary receipt's mark after the name is the listing's, no part of it (台積電 ADR).
_LINKED_CODE_NAME = re.compile(
    r"\[([A-Z0-9.]{1,8}) ([^\[\]\n]{2,40}?)(?:\s+AD[RS])?\]\([^()\s]*/\1\)"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CODE_ANYWHERE = re.compile(rf"[（(]{STOCK_CODE}\s*[）)]")


def _ticker_names(ctx: Ctx, listed_start: dict[int, int]) -> list[Cand]:
    """蘋果(美：AAPL), 極光(NASDAQ: XYZ), 騰訊（700）: a ticker with its market vouches for the
    name before it as a stock code does. Hong Kong's three-digit codes look like any number in
    brackets, so one counts only in a sentence that writes a full code after a name too
    (金山雲（3896）、騰訊（700）) — a list of quoted companies, not of counted things."""
    fold = ctx.fold
    out: list[Cand] = []
    for m in ctx.rules.ticker_name_re.finditer(fold):
        s, e = m.span(1)
        code = m.group(2)
        if code.isdigit() and len(code) == 3:
            back = max(0, s - 300)
            lo = max((b.end() for b in _SENTENCE_END.finditer(fold, back, s)), default=back)
            hi_m = _SENTENCE_END.search(fold, e)
            hi = hi_m.start() if hi_m else len(fold)
            if not _CODE_ANYWHERE.search(fold, lo, hi):
                continue
        if code.isalpha() and not (fold[s:e].isascii() and _not_initials(code, fold[s:e])):
            continue  # 台積電（TSMC）, Full Self-Driving（FSD）: a second name, initials
        if code.isalpha() and (
            code.casefold() in ctx.rules.latin_places or _LATIN_AFTER.match(fold, m.end())
        ):
            continue  # Power Flash (HK) Limited: a registered name's place, no ticker
        if code.startswith("#") and fold[s:e].endswith(
            ctx.rules.term_endings + ctx.rules.agency_endings
        ):
            continue  # 消費者物價指數（#CPI）, 公開市場委員會（#FOMC）: a figure's, a body's tag
        if CJK_RE.match(fold[s]):
            lo = s
            s = _vouched_name_start(ctx, s, e, listed_start)
            if fold[s - 1 : s] in ("·", "・") and s - 1 > lo:
                s = max(lo, walk_back_name(ctx, s - 1, s - 1 - lo))  # 洛克希德·馬丁（#LMT）
        name = fold[s:e]
        if len(name) < 2 or ctx.rules.is_generic(name) or DATE_UNITS_END.search(name):
            continue
        if name.isascii() and (
            ctx.rules.is_not_name(name) or name.rsplit(" ", 1)[-1] in ctx.rules.ticker_not_last
        ):
            continue
        out.append(Cand(s, e, ORG, "company", rule_id("stock_code"), 2, cue=code))
    return out


# a Latin word right after a bracket: the registered name goes on (… (BVI) Ltd.)
_LATIN_AFTER = re.compile(r"\s*[A-Za-z]")


def _not_initials(code: str, name: str) -> bool:
    """PYPL after PayPal, CRWD after CrowdStrike: bare capitals in brackets that are not the
    name's own capitals in order (FSD of Full Self-Driving, QS of QuantumScape) are its ticker."""
    capitals = iter(ch for ch in name if ch.isupper())
    return not all(ch in capitals for ch in code)


# 民國113年(2024): a year before a parenthesis is no name.
DATE_UNITS_END = re.compile(r"[年月日季]$")
DATE_UNITS_START = re.compile(r"\s*[年月日季度]")
# a bracketed year alone (2021): an edition's year where an edition's word follows it
_YEAR_IN_BRACKETS = re.compile(r"\s*[（(]\s*(?:19|20)[0-9]{2}\s*[）)]")


# --------------------------------------------------------------------------- slashed tails

# a model's last word: its letters, its number, the letters after it (Cortex-A57, HBM3E, X670)
_MODEL_TAIL_WORD = re.compile(r"([A-Za-z][A-Za-z\-]*|(?<= ))?([0-9]{1,4})([A-Za-z]{0,2})$")
# what a slash after a model leaves: a number (808, 53, 4, 670E) or a letter and a number
# (M5, P30), with variant words after it (M4 Pro)
_SLASH_TAIL = re.compile(
    r"/ ?((?:[A-Za-z]{1,2})?([0-9]{1,4})[A-Za-z]{0,2})((?: [A-Z][A-Za-z]{1,7})*)(?![A-Za-z0-9/.%])"
)


def split_slashed_tails(ctx: Ctx, found: list[Cand]) -> list[Cand]:
    """Snapdragon 810/808, Cortex-A57/53, HBM3E/4, X670/670E, M4/M4 Pro: a model with a slash
    after it and a number (or a letter and a number) of as many digits names a second model
    of the same line, a product of its own. A bare number shares the first model's stem
    (Snapdragon 808, Cortex-A53, HBM4: the name ``written``); a tail with letters (M5, 670E,
    6s Plus) is a model as written. The first model ends at the slash (prods54). Not a year
    (2024/25), a date or a count (the number is not followed by 月, 萬, % …), nor a number of
    other length (5G/4: a fraction, a ratio)."""
    rules, fold = ctx.rules, ctx.fold
    out: list[Cand] = []
    taken: dict[tuple[int, int], list[Cand]] = defaultdict(list)
    for c in found:
        if c.label == PRODUCT:
            taken[(c.start, c.end)].append(c)
    for c in found:
        if c.label != PRODUCT:
            out.append(c)
            continue
        name = fold[c.start : c.end]
        slash = name.find("/")
        head_end = c.start + slash if slash > 0 else c.end
        head = _MODEL_TAIL_WORD.search(fold, c.start, head_end)
        tail = _SLASH_TAIL.match(fold, head_end)
        if (
            head is None
            or tail is None
            or len(tail.group(2)) != len(head.group(2))
            or (len(head.group(2)) == 4 and _YEAR.fullmatch(head.group(2)))
            or _AMOUNT_AFTER.match(fold, tail.end(1))
            or _counted_after(rules, fold, tail.end(1))
        ):
            out.append(c)
            continue
        end = tail.end(1)  # M4 + Pro: the variant words after the tail's number, no other word
        for w in _WORD.finditer(fold, tail.end(1), tail.end(3)):
            if w.group().casefold() not in rules.model_variant_words:
                break
            end = w.end()
        if slash > 0 and end != c.end:  # Lunar Lake/Arrow Lake: no tail's shape
            out.append(c)
            continue
        lettered = not tail.group(1)[0].isdigit()
        if lettered and not (head.group(1) or "").endswith(tail.group(1)[0]):
            out.append(c)  # A100/H200 …: a letter of another line is read by the split above
            continue
        # 810/808: a number alone names no model, so it takes the first model's words before
        # its number; a tail with letters or words of its own (670E, 6s Plus) is written as is
        bare = tail.group(1).isdigit() and end == tail.end(1)
        written = None
        if bare:
            written = ctx.text[c.start : head.start(2)] + ctx.text[tail.start(1) : end]
        if slash > 0:
            c = Cand(c.start, head_end, c.label, c.kind, c.rule, c.strength, c.entry, c.source)
            c.key = fold[c.start : c.end].casefold()
        out.append(c)
        span = (tail.start(1), end)
        if span in taken:  # X670/670E split as written above: the bare tail takes the stem
            for same in taken[span]:
                if written is not None and same.written is None:
                    same.written = written
                    same.key = written.casefold()
        else:
            t = Cand(*span, PRODUCT, None, rule_id("slashed_tail"), c.strength, written=written)
            t.key = (written or fold[t.start : t.end]).casefold()
            taken[span].append(t)
            out.append(t)
    return out


# a model number right before its generation word: 驍龍8 + Gen 2, Snapdragon 8+ + Gen 1
_NUMBER_BEFORE_GEN = re.compile(r"[0-9]{1,4}\+? ?$")


def join_generation_words(ctx: Ctx, found: list[Cand]) -> list[Cand]:
    """驍龍8 + Gen 2, Snapdragon 8+ + Gen 1: a generation word and its number
    (``model_generation_words``) after a model number belong to the model — the Chinese
    line's name before the number (two characters or more), or the product found ending at
    it; a Gen 2 alone names no product (prods54). A number with no line before it (第 8 Gen 2)
    leaves all as it was."""
    rules, fold = ctx.rules, ctx.fold
    ends: dict[int, list[Cand]] = defaultdict(list)
    for c in found:
        if c.label == PRODUCT:
            ends[c.end].append(c)
    out = list(found)
    lined: list[tuple[int, int, int]] = []  # (line start, number start, end): Chinese lines
    for g in rules.model_generation_re.finditer(fold):
        num = _NUMBER_BEFORE_GEN.search(fold, max(0, g.start() - 8), g.start())
        before = fold[num.start() - 1 : num.start()] if num is not None else ""
        if num is None or (before.isascii() and before.isalnum()):
            continue  # A57 + Gen 2: a number glued to a word is no line's model number
        # the product found ending at the number (Snapdragon 8) or at its plus (Snapdragon 8+)
        digits_end = num.start() + len(num.group().rstrip(" +"))
        plus_end = num.start() + len(num.group().rstrip(" "))
        heads = [
            c.start
            for e in sorted({digits_end, plus_end})
            for c in ends.get(e, [])
            if c.start < num.start()
        ]
        if not heads:
            at = num.start() - (fold[num.start() - 1 : num.start()] == " ")  # 驍龍 + 8 Gen 3
            line = _cjk_line_start(ctx, at)
            if at - line < 2:
                continue
            lined.append((line, at, g.end()))
            continue
        out.append(Cand(min(heads), g.end(), PRODUCT, None, rule_id("generation_model"), 2))
    # 此次 + 驍龍8 Gen2 … 驍龍8 Gen2: words glued before the line in one place are no part of
    # it; a place's line is the shortest ending (two characters at least) it shares with
    # another place's line, or its own where it shares none
    lines = [fold[s:e] for s, e, _ in lined]
    for k, (s, e, end) in enumerate(lined):
        shared = [
            n
            for j, other in enumerate(lines)
            if j != k and (n := _common_suffix_len(lines[k], other)) >= 2
        ]
        start = e - min(shared) if shared else s
        out.append(Cand(start, end, PRODUCT, None, rule_id("generation_model"), 2))
    return out


def _common_suffix_len(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their ends."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


# where a sentence ends: a node code's framed mate is read inside its own sentence only
_NODE_SENTENCE_END = re.compile(r"[。！!？?；;\n]")


def find_process_nodes(ctx: Ctx, found: Sequence[Cand]) -> list[Cand]:
    """N2技術已量產, N3和N5製程, N2/A16產能: a foundry's node code (N or A, a number, suffix
    letters) its clause frames as a process technology (``node_frame_words``) is a product; so
    is a code of the same letter in a sentence with a code the document frames so somewhere — a
    list or a comparison of nodes (與N6 RF+相比，N4CRF…). A code inside a found name (A17 Pro,
    Galaxy A15) is that name's (nodes32)."""
    fold = ctx.fold
    taken = [(c.start, c.end) for c in found]
    codes = list(ctx.rules.foundry_node_re.finditer(fold))
    framed = {m.start() for m in codes if framed_node(ctx, m.start(), m.end())}
    nodes = {m.group() for m in codes if m.start() in framed}
    out: list[Cand] = []
    stops = [e.start() for e in _NODE_SENTENCE_END.finditer(fold)] if nodes else []
    for m in codes:
        if any(a <= m.start() and m.end() <= b for a, b in taken):
            continue
        if m.start() not in framed:
            k = bisect.bisect_left(stops, m.start())
            lo = stops[k - 1] + 1 if k else 0
            hi = stops[k] if k < len(stops) else len(fold)
            if not any(
                lo <= o.start() < hi
                and o.start() != m.start()
                and o.group() in nodes
                and o.group()[0] == m.group()[0]
                for o in codes
            ):
                continue
        out.append(Cand(m.start(), m.end(), PRODUCT, None, rule_id("process_node"), 2))
    return out
