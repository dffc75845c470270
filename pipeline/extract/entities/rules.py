"""Lexicon words compiled once into the regexes and sets the entity rules use."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from pipeline.chars import Words
from pipeline.extract.entities.lexicon import Lexicons
from pipeline.lexicon import lexicon_root, load_lexicon
from pipeline.regexes import BeforeAnchor, gated

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
# A Latin word as it appears inside a name: letters, digits and & ' + . / - inside; one small
# letter and a dash may open it before a capital (e-TNGA, e-Power: prods34).
# a multiplication sign inside a mixture-of-experts size (Mixtral 8×7B: prods62) is the word's
_LATIN_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z]|[a-z][0-9]|[a-z]-[A-Z])(?:[A-Za-z0-9&'+./\-]|×(?=[0-9]+B))*"
_CONNECTORS = r"(?:of|for|and|the|de|du|des|la|le|von|van|&)"
# A brand's `!` inside a name (Yahoo! Netherlands B.V.): kept only with a word after it,
# so an exclamation ending a slogan or sentence stays out.
_BANG = r"(?:!(?=[ ][A-Z]))?"
# A run of capitalized Latin words, lowercase connectors allowed inside; never from inside a
# number written with thousands commas (16,000T + 壓鑄機: a tonnage, no name 000T).
LATIN_RUN = gated(
    rf"(?<![A-Za-z0-9&'+./\-])(?<![0-9],){_LATIN_WORD}{_BANG}"
    rf"(?:[ ](?:{_CONNECTORS}[ ])*{_LATIN_WORD}{_BANG})*"
)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef]+")
# A code name: letters, a dash, letters or digits, a 2+ digit number (ABBV-RGX-314, not PD-1).
CODE_NAME = re.compile(r"[a-z]*[A-Z]{2,}[A-Za-z0-9]*(?:-[A-Za-z0-9]+)+")
CODE_NUMBER = re.compile(r"\d{2,}")
# A code name without a dash (AB308, XYZ4567): a product only next to a drug word.
DASHLESS_CODE = re.compile(r"[A-Z]{2,5}[0-9]{2,5}[A-Z]?")
# orgs87: a broker's revision frame (X 昨天出了一篇把 Y 目標價): the most characters
# of its clause between the name and 把/將, and between 把/將 and the stock's figure
# (a stock's name, a span of years)
_NOTE_FRAME_LEAD, _NOTE_FRAME_OBJECT = 8, 12
# A model number written right after a product name: 天璣9300, Galaxy S24.
_SPEC_SPLIT = re.compile(r"[/／\s]+")
MODEL_NUMBER = re.compile(r"[ ]?(?:[0-9][A-Za-z0-9]*|[A-Z]{1,2}[0-9]+[A-Za-z0-9]*)(?![A-Za-z0-9.])")
# A Chinese brand with a model number (天璣9300), named as a product only after a product cue.
CJK_MODEL = re.compile(r"[\u4e00-\u9fff]{2,4}[0-9]{3,5}[A-Za-z]?(?![A-Za-z0-9])")
# 十二, 共十二家, 數家: numerals (with a measure word) end a name
CHINESE_NUMERAL = re.compile(
    r"^(?:共|逾|近|約|上|超過)?[一二三四五六七八九十百千萬兩幾數半〇○多]+[家個位名項件種款座台]?$"
)
DIGITS_ONLY = re.compile(r"[0-9.,%+\-/]+")
ROMAN = re.compile(r"[IVX]+")
# A period written as a code (4Q25, 1H24, Q3'25, FY2024): a slide's heading, never a name
# A reporting period or an estimate's year written as a code (1Q25, 2H24, FY24, 20H1, 23Q4,
# 2025E, 24E, FY25E, 2024A): a broker's column head, never a name (orgs45).
PERIOD_CODE = re.compile(
    r"[1-4]Q'?[0-9]{2}|[12]H'?[0-9]{2}|Q[1-4]'[0-9]{2}|FY'?[0-9]{2,4}[AEF]?"
    r"|(?:19|20)?[0-9]{2}[HQ][1-4]|(?:19|20)?[0-9]{2}[AEF]"
    # Y25, Y24Q4: a deck's calendar year as Y and two digits (prods: decks27)
    r"|Y[0-9]{2}(?:[HQ][1-4])?"
)
# 114Q4, 113H2: a Minguo year with its quarter or half, a deck's column head (orgs76)
ROC_PERIOD_CODE = re.compile(r"1[0-9]{2}[HQ][1-4]")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&/.\-]{0,7}")
# Characters that may not sit inside a Chinese name found by a rule.
# 丨 and ｜ (文丨某某創投: a byline's bar) break a name as a mark does (orgs45).
NAME_BREAK = re.compile(r"[\s，。；：、！？（）()「」『』《》【】\[\]\"“”‘’,;:!?丨｜|]")


def _in_clause_after(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` later in the clause that starts here (up to 40 characters, to the
    next clause break): what a numbered name's clause goes on to call it."""
    return re.compile(r"[^，。；！？,;\n]{0,40}?" + alternation(words))


# Families of targets named by a number: CD antigens (CD7, CD276) and interleukins
# (IL-15, IL-33), beyond the ones drug_stems.yaml lists.
TARGET_FAMILIES = r"CD[0-9]{1,3}[a-z]?|IL-?[0-9]{1,2}[A-Za-z]?"
TARGET_FAMILY_RE = re.compile(TARGET_FAMILIES, re.IGNORECASE)


def fold_target(name: str) -> str:
    """PD-L1, PDL1, pd-l1 and T 細胞 compare equal: case, dashes and spaces left out."""
    return re.sub(r"[\s\-]", "", name).casefold()


def is_acronym(name: str) -> bool:
    """FDA, TFDA, NIH: matched case-sensitively so that MOST is not "most"."""
    return (
        name.isascii()
        and " " not in name
        and len(name) <= 6
        and sum(ch.isupper() for ch in name) >= 2
        and bool(_ACRONYM.fullmatch(name))
    )


# 威剛(3260), 台積電（2330）, 台積電(股票代號：2330): a listed company's code after its name.
# Mainland and Hong Kong listings carry their exchange: 恆瑞醫藥(600276.SH), 信達生物(1801.HK);
# Taiwanese financial news writes the market after a dash: 旺宏 (2337-TW) (orgs21).
# A company listed twice writes both codes, each with its exchange: 某某石油(601857.SH/0857.HK)
# (orgs39).
_LISTED_AT = r"\s*[.\-]\s*(?:SH|SZ|HK|BJ|TW|TWO)"
STOCK_CODE = (
    r"(?:股票代[號码碼]|港股代[號码碼]|代[號码碼])?[:：]?\s*"
    rf"[0-9]{{4,6}}(?:{_LISTED_AT}(?:\s*[/／]\s*[0-9]{{4,6}}{_LISTED_AT})?|[A-Z])?"
)
STOCK_CODE_AFTER = re.compile(rf"\s*[（(]{STOCK_CODE}\s*[）)]")


def alternation(words: Iterable[str], *, spaces: bool = False) -> str:
    """Regex alternation of ``words``, longest first; a space matches any spacing if asked."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):  # one pattern in every process
        esc = re.escape(w)
        if spaces:
            esc = esc.replace(r"\ ", r"\s*")
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


class Rules:
    """Everything the entity rules need from one ``Lexicons``, compiled."""

    @staticmethod
    def _act_gap(c: dict[str, Any]) -> str:
        """An optional news date between a name and its act: a day (29日, 7月20日, 今(2)日),
        a weekday (上週五(28日)) or a word of time (日前), after 於 or 當地時間 if written;
        never read on from a digit (iPhone 15 + 日…)."""
        day = r"(?:[0-9０-９]{1,2}\s*月\s*)?[0-9０-９]{1,2}\s*日"
        weekday = r"[本上下這]?(?:週|周|星期)[一二三四五六日天]"
        word = alternation(c["act_gap_words"])
        bracket = r"(?:\s*[（(]\s*[0-9０-９]{1,2}\s*日?\s*[)）])?\s*日?"
        opener = alternation(c["act_gap_openers"])
        when = rf"(?:{day}|{weekday}{bracket}|{word}{bracket})"
        return rf"(?:(?<![0-9０-９])\s*(?:{opener}\s*)?{when})"

    def __init__(self, lex: Lexicons) -> None:
        c: dict[str, Any] = lex.cues
        suf = lex.org_suffixes
        self.lex = lex
        self.latin_suffix_kind: dict[str, str] = {
            w.casefold(): kind for kind, words in suf["latin"].items() for w in words
        }
        self.latin_head_kind: dict[str, str] = {
            w.casefold(): kind for kind, words in suf["latin_heads"].items() for w in words
        }
        self.cjk_suffixes: dict[str, dict[str, Any]] = {e["suffix"]: e for e in suf["cjk"]}
        self.cjk_suffix_re = re.compile(alternation(self.cjk_suffixes))
        self.bank_kind_heads = frozenset(suf.get("bank_kind_heads", ()))
        self.bank_middle_words = frozenset(suf.get("bank_middle_words", ()))
        # 車用 + 半導體, 減低 + 食品: a trade word that is also a kind of goods (org_suffixes.yaml)
        self.goods_suffixes = frozenset(suf.get("goods_suffixes", ()))
        self.goods_attributive_ends = tuple(suf.get("goods_attributive_ends", ()))
        self.goods_count_heads = tuple(suf.get("goods_count_heads", ()))
        self.goods_kind_words = frozenset(suf.get("goods_kind_words", ()))
        # 正式, 首度: an adverb between a subject and its act is no part of the name (orgs29)
        self.subject_adverb_words = frozenset(c["subject_adverbs"])
        self.goods_term_ends = tuple(suf.get("goods_term_ends", ()))
        # longest first, so that 研究團隊 wins over 團隊
        self.cjk_suffixes_longest = sorted(self.cjk_suffixes.items(), key=lambda kv: -len(kv[0]))
        # the suffixes' lengths, longest first: a name's ending is looked up once per length
        # (``longest_cjk_suffix``), not tested against every suffix of the lexicon
        self.cjk_suffix_sizes = tuple(sorted({len(k) for k in self.cjk_suffixes}, reverse=True))
        self.subunits = tuple(suf["subunits"])
        self.department_units = frozenset(suf["department_units"])
        self.department_unit_bodies = frozenset(suf["department_unit_bodies"])
        self.subunits_longest = sorted(self.subunits, key=len, reverse=True)
        # body words that may follow a Latin name (ITIS研究團隊), looked up by length
        self.body_suffixes = {k: v for k, v in self.cjk_suffixes.items() if v["kind"] != "company"}
        self.body_suffix_lengths = sorted({len(k) for k in self.body_suffixes}, reverse=True)
        self.long_subunits = frozenset(u for u in self.subunits if len(u) >= 2)
        self.long_subunit_lengths = sorted({len(u) for u in self.long_subunits}, reverse=True)
        # The first characters of those two lists: after most Latin names none follows, and
        # the lookups by length are skipped (None: an empty word, no such shortcut).
        after = [*self.body_suffixes, *self.long_subunits]
        self.suffix_after_heads: frozenset[str] | None = (
            frozenset(w[:1] for w in after) if all(after) else None
        )
        self.subunit_re = re.compile(rf"[{CJK}]{{0,8}}?{alternation(self.subunits)}")
        self.agency_endings = tuple(suf["agency_endings"])
        # 所, 處: the last token of a name even where the dictionary calls it a particle
        # (asked per token of every walk back: one set, not a tuple built per walk)
        self.name_end_tokens = frozenset((*self.subunits, *self.agency_endings))
        self.corporate_tail_re = re.compile(alternation(suf["corporate_tails"]))
        # 健喬 + 香港 + 公司: a place or an affiliate's word after a listed short name
        self.subsidiary_mark_re = re.compile(
            alternation([*suf["subsidiary_marks"], *c["country_prefixes"], *c["regions"]])
        )
        self.subsidiary_marks = frozenset(suf["subsidiary_marks"])
        # 安集科技(688019.SH): a code with a mainland or Hong Kong exchange's mark after a name
        foreign = suf.get("foreign_listings", {})
        self.foreign_exchanges: dict[str, str] = dict(foreign.get("exchanges", {}))
        self.foreign_min_codes: int = int(foreign.get("min_codes", 2))
        marks = "|".join(map(re.escape, sorted(self.foreign_exchanges)))
        self.foreign_code_re = re.compile(
            r"[（(]\s*(?:(?:股票|港股)?代[號码碼]\s*[:：]?\s*)?([0-9]{4,6})\."
            rf"({marks})\s*[）)]"
        )
        self.foreign_code_bare_re = re.compile(rf"([0-9]{{4,6}})\.({marks})(?![A-Za-z])")
        # 蘋果(美：AAPL), X（ZK.US）: a ticker with its market; 騰訊（700）: a short code (orgs28)
        tick = suf.get("tickers", {})
        dash_marks = "|".join(map(re.escape, sorted(tick.get("dash_marks", []))))
        ticker = (
            rf"(?:{alternation(tick.get('markets', []))}\s*[:：]\s*"
            r"(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?|[0-9]{3,6})"
            rf"|[A-Z]{{1,5}}\.(?:{'|'.join(map(re.escape, sorted(tick.get('marks', []))))})"
            # UiPath(PATH-US): cnyes writes a foreign ticker with its market after a dash
            rf"|[A-Z]{{1,5}}(?:\.[A-Z])?-(?:{dash_marks})"
            # SentinelOne（#S）, CrowdStrike（CRWD）: analysts' posts write a US ticker bare or
            # as a hashtag; a bare one counts only where it is no initials of the name
            # (discovery._ticker_names) (prods65)
            r"|#[A-Z]{1,5}|[A-Z]{2,5}"
            r"|[0-9]{3})"
        )
        # Teladoc Health(TDOC-US): a Latin name of up to four capitalised words
        self.ticker_not_last = frozenset(tick.get("not_name_last_words", ()))
        # Hims & Hers (#HIMS): an ampersand between words (prods65)
        latin_name = (
            r"(?<![A-Za-z0-9])[A-Z][A-Za-z&\-]{1,20}(?: (?:& )?[A-Z][A-Za-z&\-]{1,20}){0,3}"
        )
        self.ticker_name_re = BeforeAnchor(
            # 洛克希德·馬丁（#LMT）: a transliterated name's parts parted by a dot (prods65)
            rf"((?:[{CJK}]{{1,8}}[·・])?[{CJK}]{{2,8}}|{latin_name})",
            rf"[（(]\s*({ticker})\s*[）)]",
        )
        # 美國 + FDA: capitals after a country's word name its body, no product (prods50)
        self.country_prefix_words = tuple(sorted(c["country_prefixes"], key=lambda w: (-len(w), w)))
        self.country_agency_re = re.compile(
            rf"{alternation(c['country_prefixes'])}[{CJK}]{{1,10}}?{alternation(self.agency_endings)}"
        )
        self.place_words = frozenset(c.get("place_words", ()))

        # 推出平台「HydroLoom」: a quote may open the name; 感測器新品——OV50K: a dash sets the
        # name beside the word for its kind (an apposition)
        quote = r"\s*(?:——|—|──|－－|--)?\s*[「『“\"]?\s*$"
        self.source_before_re = re.compile(alternation(c.get("source_before", ())))
        self.source_after_re = re.compile(rf"\s*(?:的)?\s*{alternation(c.get('source_after', ()))}")
        # 推出了 X, 釋出了 X: the aspect particle may follow the cue
        # 推出了其 X: the owner's word may stand between the cue and the name (prods34)
        owners = alternation(c["product_cue_owners"])
        self.product_before_re = re.compile(
            alternation(c["product_before"], spaces=True) + f"(?:了)?(?:\\s*{owners})?" + quote
        )
        self.product_quoted_re = re.compile(
            alternation(c.get("product_before_quoted", ())) + r"\s*[「『“\"]\s*$"
        )
        self.product_generation_re = re.compile(alternation(c["product_generation_cues"]) + quote)
        self.project_head_re = re.compile(r"\s*" + alternation(c["project_heads"]))
        self.product_weak_before_re = re.compile(alternation(c["product_before_weak"]) + quote)
        self.product_noun_end_re = re.compile(alternation(c["product_noun_endings"]) + "$")
        # the last characters of those endings: where in a text a product noun can end
        lasts = sorted({w[-1] for w in c["product_noun_endings"] if w})
        self.product_noun_last_re = re.compile(
            "[" + "".join(map(re.escape, lasts)) + "]" if lasts else "(?!)"
        )
        self.not_product_nouns = frozenset(c["not_product_nouns"])
        self.quoted_soft_kinds = frozenset(c["quoted_soft_kinds"])
        self.quoted_weak_after_kinds = frozenset(c["quoted_weak_after_kinds"])
        self.quoted_latin_kinds = frozenset(c["quoted_latin_kinds"])
        self.pair_product_kinds = tuple(c["pair_product_kinds"])
        self.system_fit_re = re.compile(alternation(c["system_fit_cues"]) + r"(?:了)?\s*")
        # 基於新一代 + SDA + 平臺: a lead of building on, up to six describing characters, the
        # name, then (a space, 技術) a platform word (prods34)
        self.platform_lead_re = re.compile(
            "(?P<lead>" + alternation(c["platform_leads"]) + rf")[{CJK}]{{0,6}}\s*$"
        )
        self.platform_word_re = re.compile(r"\s*(?:技術)?" + alternation(c["platform_words"]))
        # Redwood Cove + 架構, Blackwell + 架構陣營: a coined name before the word for a chip's
        # architecture (prods52); not 架構師 (an architect, a person's role)
        self.architecture_after_re = re.compile(
            r"\s*" + alternation(c["architecture_words"]) + r"(?!師)"
        )
        self.architecture_not_names = frozenset(w.casefold() for w in c["architecture_not_names"])
        # 驍龍8 + Gen 2: a generation word and its number after a line's model number (prods54)
        self.model_generation_re = re.compile(
            alternation(c["model_generation_words"]) + r" ?[0-9]{1,2}(?![0-9A-Za-z.])"
        )
        self.maker_kept_line_words = frozenset(c["maker_kept_line_words"])
        self.maker_line_not_heads = frozenset(
            w.casefold() for w in c.get("maker_line_not_heads", ())
        )
        # 任天堂 + Switch, Google + Pixel: a maker's everyday-word lines, by its entry (prods57)
        self.maker_word_lines: dict[str, tuple[str, ...]] = {
            maker: tuple(sorted(words, key=lambda w: (-len(w), w)))
            for maker, words in sorted(c.get("maker_word_lines", {}).items())
        }
        self.plus_strategy_words = frozenset(w.casefold() for w in c["plus_strategy_words"])
        self.letter_series_verbs = frozenset(c.get("letter_series_verbs", ()))
        kinds = c.get("plus_kind_words", ())
        self.plus_kind_re = (
            re.compile(
                r"(?<![A-Za-z0-9+])(?P<word>[A-Za-z][A-Za-z0-9]{1,15})\+ ?"
                + alternation(kinds)
                + r"(?![A-Za-z0-9])"
            )
            if kinds
            else None
        )
        self.quoted_soft_head_min = int(c["quoted_soft_head_min"])
        self.country_company_re = re.compile(
            rf"{alternation(c['country_prefixes'])}\s*{alternation(c['country_company_links'])}?\s*$"
        )
        self.company_acts_re = re.compile(alternation(c["company_acts"]))
        self.subject_acts_re = re.compile(alternation(c["subject_acts"]))
        self.agency_before_re = re.compile(
            rf"{alternation(c['agency_before'])}\s*{alternation(c['country_prefixes'])}?\s*$"
        )
        self.agency_after_re = re.compile(alternation(c["agency_after"]))
        self.body_before = frozenset(c["body_before"])
        self.body_before_re = re.compile(alternation(c["body_before"]) + r"\s*$")
        self.body_after_re = re.compile(r"\s*" + alternation(c["body_after"]))
        self.generic_bodies = frozenset(c["generic_bodies"])
        # 蘋果開發者大會: a congress named by its attendees is an event (orgs46)
        self.event_attendees = frozenset(c.get("event_attendees", []))
        self.event_endings = frozenset(c.get("event_endings", []))
        self.event_time_words = tuple(c.get("event_time_words", ()))
        self.event_open_verbs = tuple(c.get("event_open_verbs", ()))
        self.international_re = re.compile(
            rf"{alternation(c['international_prefixes'])}[{CJK}]{{2,14}}?"
            rf"{alternation(c['international_endings'])}"
        )
        self.copula_tail_re = re.compile(
            rf"{alternation(c['copulas'])}\s*((?:[{CJK}A-Za-z]{{0,6}}?)"
            rf"({alternation(k for k, v in c['enumeration_tails'].items() if v != 'product')}))"
        )
        self.table_company_headers = frozenset(c["table_company_headers"])
        self.edge_chars = "".join(c["edge_function_chars"])
        self.report_source_modifiers = frozenset(c["report_source_modifiers"])
        # 爲 for 為: a variant of a function character read as the one the cue lists spell
        self.variant_fold = str.maketrans(dict(c["function_char_variants"]))
        self.hyphen_fold = str.maketrans({h: "-" for h in c["name_hyphen_variants"]})
        # GPT-4 set with an en dash: a dash look-alike after a Latin letter, before a letter or
        # a digit, is the name's hyphen
        self.name_dash_re = re.compile(
            "[" + "".join(re.escape(d) for d in c["name_dash_variants"]) + "](?=[A-Za-z0-9])"
        )
        self.name_dash_any_re = re.compile(
            "["
            + "".join(re.escape(d) for d in (*c["name_hyphen_variants"], *c["name_dash_variants"]))
            + "]"
        )
        self.not_product_head_re = re.compile(alternation(c["not_product_heads"]) + "$")
        self.not_product_next_re = re.compile(alternation(c["not_product_heads"]))
        self.company_nouns = frozenset(c["company_nouns"])
        # 太陽能矽晶片大廠 + 綠能: a maker's kind before a company word (orgs62)
        self.descriptor_kind_tails: tuple[str, ...] = tuple(
            sorted(map(str, c.get("descriptor_kind_tails", ())), key=lambda w: (-len(w), w))
        )
        self.party_nouns = frozenset(c["party_nouns"])
        # 製造, 開發, 創新 before 公司 are a name's trade, not a verb whose object is the company
        self.verb_object_company_words = frozenset(suf["verb_object_company_words"])
        self.name_trade_words = frozenset(
            [
                *suf["legal_name_words"],
                *suf["company_trade_verbs"],
                *(w for ws in suf["industry_words"].values() for w in ws),
            ]
        )
        self.country_words = frozenset(c["country_prefixes"]) | frozenset(c["regions"])
        self.body_ending_re = re.compile(alternation(suf["body_endings"]))
        self.bureau_after_trade = frozenset(suf["bureau_after_trade"])
        self.not_body_words = frozenset(suf["not_body_words"])
        self.suffix_compound_re = re.compile(alternation(c["suffix_compounds"]))
        self.category_modifiers = frozenset(c["category_modifiers"])
        # 超 + 六成: a rough count is a count too (orgs63)
        self.subject_time_words: tuple[str, ...] = tuple(sorted(c.get("subject_time_words", [])))
        # 領域 + 中多數 + 公司: a place word the segmenter glues before the count (orgs82)
        self.quantity_words = frozenset(c.get("quantity_words", [])) | frozenset(
            a + w
            for a in (*c.get("quantity_approximators", []), *c.get("quantity_glued_openers", []))
            for w in c.get("quantity_words", [])
        )
        self.meeting_nouns: tuple[str, ...] = tuple(sorted(c.get("meeting_nouns", [])))
        # 生技 + 醫療 + 類股, 通訊 + 整體 + 市場: field words and modifiers before the category
        self.category_lead_re = re.compile(
            alternation([*suf.get("goods_suffixes", ()), *c["category_modifiers"]]) + "{0,3}"
        )
        self.media_title_re = re.compile(
            rf"《([^《》\n，。]{{1,16}}{alternation(suf['media_title_endings'])})》"
        )
        self.place_head_re = re.compile(
            rf"[\u4e00-\u9fff]{{1,4}}{alternation(suf['place_endings'])}"
        )
        # 綿陽市 + 創新 + 科技: the place's trade with a word of newness (orgs62)
        self.place_trade_re = re.compile(
            rf"[\u4e00-\u9fff]{{1,4}}{alternation(suf['place_endings'])}"
            + alternation(suf.get("place_trade_qualifiers", ()))
        )
        # 福建 + 師範大學, 韓國 + 產業銀行: a place opens a body's name (org_suffixes.yaml)
        self.institution_heads: tuple[str, ...] = tuple(
            sorted(map(str, suf.get("institution_heads", ())), key=len, reverse=True)
        )
        self.place_kind_words = frozenset(suf.get("place_kind_words", ()))
        # 福建省 + 電子資訊 + 集團: a group named by its place (orgs53)
        self.place_group_suffixes = frozenset(suf.get("place_group_suffixes", ()))
        self.group_place_re = re.compile(alternation(suf.get("name_places", ())) + "[省市]?")
        self.name_place_re = re.compile(
            alternation([*suf.get("name_places", ()), *c["country_prefixes"], *c["regions"]])
            + rf"|[\u4e00-\u9fff]{{2,4}}{alternation(suf['place_endings'])}"
        )
        self.mate_before_re = re.compile(
            rf"(?:、|及|和|與)\s*{alternation(c['country_prefixes'])}?\s*$"
        )
        self.product_after_re = re.compile(rf"\s*{alternation(c['product_after'], spaces=True)}")
        # Atrasentan（內皮素A受體拮抗劑）: a gloss in parentheses that says what kind of product
        self.class_gloss_re = re.compile(
            rf"\s*[（(]\s*(?P<mod>[^（）()\n]{{0,20}}?)"
            rf"{alternation(c.get('class_gloss_endings', ()))}\s*[）)]"
        )
        self.model_code_kinds = frozenset(c.get("model_code_kinds", ()))
        # 4000多架F16, 兩顆 B200: a number (with 多/餘), a word that counts machines, the code
        self.product_count_words = tuple(c.get("product_count_words", ()))
        self.product_count_not_words = tuple(c.get("product_count_not_words", ()))
        # etanercept(如Enbrel): an example's word before a brand in the INN's parenthesis (prods48)
        self.brand_example_opener_re = re.compile(
            rf"\s*[（(]\s*{alternation(c.get('brand_example_openers', ()))}\s*"
        )
        self.count_rank_words = frozenset(c.get("count_rank_words", ()))
        # 研發新藥名稱或代號：MCS-2 (prods41): a filing's field that names the product
        self.product_field_before_re = re.compile(
            rf"{alternation(c.get('product_field_labels', ()))}\s*[：:]\s*$"
        )
        # 產品中文名稱：二尖瓣夾系統 ⏎: a Chinese value alone on its line after such a field
        self.product_field_value_re = re.compile(
            rf"{alternation(c.get('product_field_labels', ()))}[ \t]*[：:][ \t]*"
            rf"([\u4e00-\u9fff][^\s，。；;,:：、]{{1,19}})[ \t]*(?=\n|$)"
        )
        # RAV4則以19,590輛, HR-V：9,249輛 (prods41): a count of vehicles ranked after a name
        self.units_sold_after_re = re.compile(
            rf"\s*{alternation(c.get('units_sold_links', ()))}\s*"
            rf"[0-9][0-9,]*(?:\.[0-9]+)?\s*萬?\s*{alternation(c.get('units_sold_after', ()))}"
        )
        self.product_count_re = re.compile(
            r"[0-9０-９一二三四五六七八九十兩百千萬]+[多餘]?\s*"
            rf"{alternation(c.get('product_count_words', ()))}\s*$"
        )
        self.product_used_for_re = re.compile(rf"\s*{alternation(c.get('product_used_for', ()))}")
        # a news date a cue may stand behind (夏普(Sharp)29日於…發布, X 7月20日報導)
        gap = self._act_gap(c) + "?"
        # 志聖 + 本周 + 股價: the same date at the end of a run a frame cue follows
        self.act_gap_end_re = re.compile(rf"{self._act_gap(c)}\s*$")
        # 三星 + 日前 + 來台也宣布: the subject of an act ends where the news date begins
        self.act_gap_re = re.compile(self._act_gap(c))
        self.company_after_re = re.compile(rf"{gap}\s*{alternation(c['company_after'])}")
        self.company_before_re = re.compile(
            rf"{alternation(c['company_before'])}\s*{alternation(c['company_before_copulas'])}?\s*$"
        )
        self.possessive_re = re.compile(rf"\s*{alternation(c['possessive'])}")
        self.possessives = frozenset(c["possessive"])
        self.term_endings = tuple(c["term_endings"])
        self.gloss_document_words = tuple(c["gloss_document_words"])
        self.gloss_process_words = tuple(c.get("gloss_process_words", ()))
        self.gloss_explain_openers = tuple(c.get("gloss_explain_openers", ()))
        self.gloss_term_endings = tuple(c.get("gloss_term_endings", ()))
        self.gloss_measure_endings = tuple(c.get("gloss_measure_endings", ()))
        # 支援 H.265 的產品: the verb in the list item before the name (no 、 or break between)
        self.feature_item_re = re.compile(rf"{alternation(c['feature_verbs'])}[^、，。；！？\n]*$")
        self.coordinator_gap_re = re.compile(
            rf"\s*{alternation(c['coordinators'])}?\s*(?:{alternation(c['country_prefixes'])})?\s*"
        )
        self.coordinators = frozenset(c["coordinators"])
        self.parens_name_cut_words = frozenset(c.get("parens_name_cut_words", []))
        self.list_split_re = re.compile(rf"\s*{alternation(c['list_separators'])}\s*")
        self.enum_head_re = re.compile(alternation(c["enumeration_heads"]))
        # What may stand right before the first item of a list (包括A和B, 來自A、B, 隨著A、B):
        # an enumeration's head, a clause's opening word or a word leading a list of parties.
        self.list_heads = frozenset(c["enumeration_heads"]) | frozenset(c["list_lead_words"])
        self.list_leads = self.list_heads | frozenset(c["clause_openers"])
        self.enum_tails: dict[str, str] = dict(c["enumeration_tails"])
        self.generic_enum_tails = frozenset(c["generic_enumeration_tails"])
        # 車型，包括 + a list (prods28): a specific kind of product before the list
        specific = [t for t, k in self.enum_tails.items() if k == "product"]
        specific = [t for t in specific if t not in self.generic_enum_tails]
        self.model_list_head_re = re.compile(
            alternation(specific)
            + r"\s*[，,]?\s*"
            + alternation(c.get("enumeration_head_openers", ()))
            + r"\s*[：:]?\s*([^。；！？\n，,（）()「」《》]{2,60})"
        )
        self.enum_item_edition_re = re.compile(
            alternation(c.get("enumeration_item_editions", ())) + r"\s*"
        )
        self.particular_enum_modifiers = frozenset(c["particular_enumeration_modifiers"])
        self.enum_field_modifiers = frozenset(c.get("enum_field_modifiers", ()))
        self.enum_kind_tails = frozenset(c.get("enum_kind_tails", ()))
        self.enum_kind_item_ends = tuple(
            sorted(c.get("enum_kind_item_ends", ()), key=lambda w: (-len(w), w))
        )
        self.pick_heading_endings = tuple(c.get("pick_heading_endings", ()))
        # 等公司, 等散熱廠商, 等新一代AI晶片: a few words may qualify the noun
        # 等超過5家企業, 等逾十家廠商: a count of them may stand first (orgs21)
        self.enum_tail_re = re.compile(
            rf"{alternation(c['enumeration_markers'])}\s*"
            r"(?:(?:超過|逾|近|約|共|多達)?[0-9０-９一二三四五六七八九十兩數]+[多餘]?\s*(?:家|間))?"
            # lists31: the modifier run may open with up to three Latin words, each written
            # with a space after it (等 AWS 產品線, 等 neo cloud 租賃運算業者), before the few
            # Chinese or glued letters that may qualify the kind (等大型雲端業者)
            rf"((?:[A-Za-z][A-Za-z0-9\-]{{1,11}} ){{0,3}}"
            rf"[{CJK}A-Za-z]{{0,6}}?({alternation(self.enum_tails)}))"
        )
        # 國航、東航、南航三家航空公司: a count of companies right before their kind closes a
        # list as 等 does (orgs40); the finder takes it only when the count is the items'
        self.count_tail_re = re.compile(
            r"([0-9０-９一二三四五六七八九十兩]{1,2})\s*(?:家|間)\s*"
            rf"((?:[{CJK}A-Za-z]{{0,6}}?)({alternation(self.enum_tails)}))"
        )
        # 軍工、航天、阻燃等領域, 大模型、具身智慧等尖端科技: a list closed by a field's word
        # lists fields and trades, not companies (orgs32)
        self.field_list_tail_re = re.compile(
            rf"{alternation(c['enumeration_markers'])}[{CJK}]{{0,2}}?"
            rf"(?:{alternation(c['field_list_tails'])})"
        )
        # 等國產AI晶片 + 企業: a kind's word right after the one matched heads the compound
        self.enum_tail_next_re = re.compile(alternation(self.enum_tails))
        # Words joining a name to 合作 and the like: 與A、B合作, 和A簽約, 與A加強合作.
        self.partner_re = re.compile(
            r"(?:與|和|跟|同)([^，。；：:！？\n（）()「」《》]{2,40}?)"
            rf"{alternation(c['partner_act_modifiers'])}*{alternation(c['partner_acts'])}"
        )
        self.pair_org_after_re = re.compile(rf"{gap}\s*{alternation(c['pair_org_after'])}")
        self.pair_results_after_re = re.compile(
            r"\s*(?:[0-9]{4}\s*年?\s*)?(?:[Qq][1-4]|第[一二三四1-4]季)?\s*"
            rf"{alternation(c.get('pair_results_words', ()))}"
        )
        self.pair_joiner_after_re = re.compile(
            rf"{gap}\s*{alternation(c.get('pair_list_joiners', ()))}\s*"
        )
        self.org_acts_after_re = re.compile(rf"{gap}\s*{alternation(c['org_acts_after'])}")
        self.reported_re = re.compile(
            rf"{alternation(c['report_before'])}\s*"
            rf"([A-Za-z][A-Za-z .&\-]{{1,30}}?|[\u4e00-\u9fff]{{2,8}}?)\s*(?:的)?"
            rf"{alternation([*c['report_after'], *c['report_data_after']])}"
        )
        self.report_data_words = tuple(c["report_data_after"])
        self.report_before = tuple(c["report_before"])
        # 某協會 + 資料顯示 (orgs69): a clause's data word and what shows the figures
        self.data_shown_re = re.compile(
            f"{alternation(c['report_data_after'])}{alternation(c['data_shown_acts'])}"
        )
        self.data_publish_re = re.compile(alternation(c["data_publish_words"]))
        # what may stand between the body and its data word: a day, 最新, a publishing verb, 的
        self.data_lead_tail_re = re.compile(
            r"\s*(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?\s*(?:最新)?\s*"
            rf"(?:{alternation(c['data_publish_words'])})?(?:的)?\s*$"
        )
        self.source_kind_heads = frozenset(c["source_kind_heads"])
        # 韓媒 + ETNews + 的報導, 情報網站 + iPhone Mania + 2017年10月12日 + 報導 (orgs23)
        self.kind_report_re = re.compile(
            rf"{alternation(c['source_kind_heads'])}\s*"
            rf"([A-Za-z][A-Za-z0-9 .&'\-]{{0,30}}?[A-Za-z0-9]|[{CJK}]{{2,8}}?)"
            rf"\s*(?:[0-9]{{4}}\s*年)?{gap}\s*(?:的)?\s*{alternation(c['kind_report_acts'])}"
        )
        # 介面新聞 + 記者 | 黃華, 【財訊快報／記者…】: a medium's byline (orgs23)
        media_ends = [*suf["media_title_endings"], *c["byline_endings"]]
        self.byline_re = re.compile(
            rf"(?:^|(?<=[【\[「\s，。；|｜]))([{CJK}]{{1,8}}?{alternation(media_ends)})"
            rf"\s*[／/|｜]?\s*{alternation(c['byline_roles'])}",
            re.MULTILINE,
        )
        # …正式啟幕。（新浪財經）: a newsflash's source in brackets after its last sentence (a
        # reflowed text may glue the next headline right after it: orgs38)
        credit_ends = [*media_ends, *c.get("credit_paren_endings", ())]
        self.credit_paren_re = re.compile(
            rf"[。！？」”][（(]([{CJK}]{{1,8}}?{alternation(credit_ends)})[）)]"
        )
        # 中國時報─記者／連線報導 in a news credit: the byline after the medium is no part of it
        self.credit_byline_re = re.compile(
            rf"\s*[─—\-／/|｜]?\s*{alternation(c['byline_roles'])}.*$"
        )
        # 不代表藥智網立場: the medium of a disclaimer (orgs23)
        self.disclaimer_re = re.compile(
            rf"{alternation(c['disclaimer_before'])}\s*《?"
            rf"([A-Za-z][A-Za-z0-9 .&\-]{{0,30}}?[A-Za-z0-9]|[{CJK}]{{2,10}}?)》?\s*"
            rf"{alternation(c['disclaimer_after'])}"
        )
        # 據《某財經》報導, 接受《某社》採訪: a title that reports or interviews is a medium,
        # whatever its name ends in (orgs39)
        self.reporting_title_re = re.compile(
            rf"《([^《》\n，。]{{2,16}})》\s*{alternation(c['report_after'])}"
        )
        # 據中國媒體《第一財經》引述 …: a medium that a kind of source leads (orgs23)
        # 資料來源：, 圖片來源：: labels of a credit line open no headline's name (orgs38)
        self.credit_prefixes = tuple(c["credit_prefixes"])
        self.country_initials = frozenset(c.get("country_initials", ()))
        # 廈鎢新能 + 公告, 光線傳媒 + 在互動平台 + 表示, 富達國際 + 的投資組合 + 經理: the body
        # acting or speaking for the company its headline named (orgs38)
        acts = [*c["org_acts_after"], *c.get("headline_subject_acts", ())]
        staff = [*c["employer_titles"], *c.get("headline_subject_staff", ())]
        self.headline_subject_re = re.compile(
            rf"(?:{alternation(acts)}|在[^，。；\n]{{0,12}}?{alternation(acts)}"
            rf"|的[^，。；\n]{{0,8}}?{alternation(staff)})"
        )
        self.kind_media_title_re = re.compile(
            rf"{alternation(c['source_kind_heads'])}\s*《([^《》\n，。]{{2,16}})》"
        )
        # MacDailyNews、9to5Mac等外電: a list the kind of its items closes (orgs23)
        self.kind_list_re = re.compile(
            rf"(?:^|(?<=[。，；！？\n]))([^，。；！？\n（）()「」《》:：]{{2,60}}?)等(?:多家|各大|各)?\s*"
            rf"{alternation(c['source_kind_heads'])}"
        )
        # （圖片來源：視覺中國）, (圖／路透社): a credit in brackets anywhere in a line (orgs23)
        self.credit_re = re.compile(
            rf"[（(]\s*{alternation(c['credit_prefixes'])}\s*[：:／/]\s*([^（）()\n]{{1,40}}?)\s*[）)]"
        )
        self.weak_suffix_after_re = re.compile(rf"{gap}\s*{alternation(c['weak_suffix_after'])}")
        self.weak_suffix_before_re = re.compile(rf"{alternation(c['weak_suffix_before'])}\s*$")
        # a legal ending inside a name, or right after it across a line break: 股份 + 有限公司
        self.legal_inside_re = re.compile(r"有限公|股份有限")
        self.legal_after_re = re.compile(r"\s*有限")
        self.self_reference_re = re.compile(alternation(c["self_references"]) + "$")
        self.self_reference_leads = frozenset(c.get("self_reference_leads", ()))
        self.party_words = tuple(c.get("party_words", ()))
        self.party_role_heads = tuple(c.get("party_role_heads", ()))
        self.kind_noun_endings = tuple(c.get("kind_noun_endings", ()))
        self.place_name_tails = tuple(c.get("place_name_tails", ()))
        self.particle_suo_after = frozenset(c["particle_suo_after"])
        self.not_org_names = frozenset(c["not_org_names"]) | frozenset(c.get("country_names", ()))
        self.figure_endings = tuple(c.get("figure_endings", ()))
        self.quality_endings = tuple(c.get("quality_endings", ()))
        self.split_locatives = frozenset(c.get("split_locatives", ()))
        self.body_inner_and_words = tuple(c.get("body_inner_and_words", ()))
        self.body_inner_joiners = tuple(c.get("body_inner_joiners", ()))
        self.internal_unit_endings_chars = "".join(sorted(c["internal_unit_endings"]))
        self.role_unit_words = frozenset(c.get("role_unit_words", ()))
        self.role_unit_verbs = frozenset(c.get("role_unit_verbs", ()))
        self.collective_bodies = frozenset(c.get("collective_bodies", ()))
        # longest first, then by text: 市政府 is read before 市府
        self.government_heads = tuple(
            sorted(c.get("government_heads", ()), key=lambda w: (-len(w), w))
        )
        self.ordinal_point_re = re.compile(c.get("ordinal_point_re", "(?!)"))
        # a clause's opening word is cut as a swallowed head is (結語 + X醫藥, 看 + X電子)
        self.office_moves = frozenset(c.get("office_moves", ()))
        self.field_kind_words = tuple(
            sorted(c.get("field_kind_words", ()), key=lambda w: (-len(w), w))
        )
        self.field_name_endings = frozenset(c.get("field_name_endings", ()))
        self.kind_glued_endings = frozenset(c.get("kind_glued_endings", ()))
        # 由 + 華登國際 + 領投: one investor leads a round (orgs75)
        self.round_lead_re = re.compile(
            rf"由([{CJK}]{{2,6}}?)(?:{alternation(c.get('round_lead_words', ()))})"
        )
        self.field_head_words = frozenset(c.get("field_head_words", ()))
        # 一家 + 由某團隊創立的 + 晶片設計 + 公司: a count of one firm, then its kind (orgs74)
        namers = alternation(c.get("kind_counter_namers", ()))
        self.kind_counter_re = re.compile(
            rf"(?:{alternation(c.get('kind_counters', ()))})(?:(?!{namers})[{CJK}]){{0,24}}$"
        )
        self.field_head_openers: tuple[str, ...] = tuple(
            sorted(self.field_head_words, key=lambda w: (-len(w), w))
        )
        self.office_move_re = re.compile(alternation(self.office_moves))
        self.name_heads_cut = (
            frozenset(c["name_heads_cut"]) | frozenset(c["clause_openers"]) | self.office_moves
        )
        self.pair_name_openers = frozenset(c["pair_name_openers"])
        self.stake_verbs = frozenset(c.get("stake_verbs", ()))
        self.clock_units = frozenset(c.get("clock_units", ()))
        self.stake_legal_after = tuple(sorted(c.get("stake_legal_after", ())))
        self.verb_complements = frozenset(c.get("verb_complements", ()))
        # a filing table's first cell holding a registered name (``find_cell_legal_names``)
        endings = "|".join(map(re.escape, sorted(c["cell_legal_endings"], key=len, reverse=True)))
        self.cell_legal_name_re = re.compile(
            rf"^([\u4e00-\u9fff（）()]{{2,24}}?)({endings})"
            r"(?=[ \u3000]+(?:[-－–〃$＄0-9(（]|同上)|[ \u3000]*$)",
            re.MULTILINE,
        )
        self.cell_ending_kept: dict[str, bool] = dict(c["cell_legal_endings"])
        # a limited partnership's legal form (有限合夥): kept in the name, and the name before
        # it judged as a name of its own (orgs52)
        self.partnership_forms = tuple(c.get("partnership_forms", ()))
        self.firm_forms = tuple(c.get("firm_forms", ()))
        self.cell_name_not_openers = frozenset(c["cell_name_not_openers"])
        self.cell_name_not_inside = frozenset(c["cell_name_not_inside"])
        self.role_verbs = tuple(c["role_verbs"])
        # 代理 + 發言人, 審計部 + 協理: a role after a qualifier or a company's unit
        self.qualified_role_re = re.compile(
            rf"(?:{alternation(c['role_qualifiers'])}|[\u4e00-\u9fff]{{1,4}}部)"
            rf"{alternation(c['role_words'])}$"
        )
        # 公司 + 財務 + 部 (+ 監控公司): a company's own department opens the run
        self.internal_unit_re = re.compile(
            rf"(?:本公司|公司|本集團|集團)?{alternation(c['internal_unit_words'])}+"
            rf"{alternation(c['internal_unit_endings'])}"
        )
        self.period_end_marks = tuple(c["period_end_marks"])
        self.latin_places = frozenset(w.casefold() for w in c["latin_places"])
        self.role_words = frozenset(c["role_words"])
        self.role_words_tuple = tuple(c["role_words"])
        # frames that make a bare run of tokens a company's name (微軟 + 預計, 藥企 + 阿斯特捷利康)
        self.org_frame_after_re = re.compile(alternation(c["org_frame_after"]))
        self.org_frame_speech = frozenset(c["org_frame_speech"])
        self.org_frame_lead_re = re.compile(rf"(?:{alternation(c['org_frame_lead'])})\s*$")
        self.org_kind_before_re = re.compile(alternation(c["org_kind_before"]))
        self.org_kind_before = frozenset(c["org_kind_before"])
        self.org_kind_glossed_re = re.compile(alternation(c.get("org_kind_before_glossed", ())))
        self.frame_not_tails = frozenset(c["frame_not_tails"])
        self.industry_endings = tuple(sorted(c["industry_endings"], key=len, reverse=True))
        self.industry_fields = frozenset(c["industry_fields"])
        self.time_tails = frozenset(c["time_tails"])
        self.person_surnames = tuple(sorted(c["person_surnames"], key=len, reverse=True))
        self.officer_acts_re = re.compile(rf"\s*{alternation(c['officer_acts'])}")
        self.person_roles_before = tuple(c["person_roles_before"])
        self.person_titles_after = tuple(c["person_titles_after"])
        self.person_speech_after = tuple(c["person_speech_after"])
        # 上周表示, 今(2)日指出: a word of time between a speaker and his word of speech
        self.time_word_lead_re = re.compile(rf"^{self._act_gap(c)}\s*")
        self.person_not_words = frozenset(w.casefold() for w in c["person_not_words"])
        self.given_names = _given_names()
        self.not_product_terms = frozenset(
            w.casefold() for words in c["not_product_terms"].values() for w in words
        )
        self.standard_bodies = frozenset(
            w.casefold() for w in c["not_product_terms"].get("standard_bodies", ())
        )
        # PMIC, DDI, CPO: a kind, standard or technology is no company's name either, unless a
        # company lexicon names it outright (CIS as 致和證's context name only counts where the
        # lexicon rule reads a company's context; orgs86)
        org_names = frozenset(
            n.casefold()
            for o in lex.organizations
            for n in o.names
            if n.isascii() and n not in o.context_names
        )
        self.org_not_kind_terms = frozenset(
            w.casefold()
            for group in c.get("org_not_kind_groups", ())
            for w in c["not_product_terms"].get(group, ())
            if w.isascii() and w.casefold() not in org_names
        )
        # mRNA-1345, ADC-2024: a modality's letters before a dash and a number are a drug's
        # code (Moderna's names), not a standard at a speed grade (prods48)
        self.modality_acronyms = frozenset(
            w.casefold() for w in c["not_product_terms"].get("modality_acronyms", ())
        )
        self.method_after_re = re.compile(rf"[ ]?{alternation(c['method_after'])}")
        # Core i7-14700K, i7 14700K: a processor's tier and number (prods44)
        numbers = "|".join(f"(?:{p})" for p in c.get("model_number_patterns", ()))
        self.model_number_re = (
            re.compile(rf"(?:{numbers})(?![A-Za-z0-9\-])") if numbers else re.compile("(?!)")
        )
        # N2 + 製程, N3P、N2 + 製程, SF2（2奈米）: what makes a node code a process (prods44/45)
        node = r"(?:[A-Z]{1,2}[0-9]{1,2}[A-Z]?|[0-9]{1,2}A)"
        units = alternation(c.get("process_size_units", ()))
        self.process_after_re = re.compile(
            rf"(?:[ ]?[、/和及與][ ]?{node})*[ ]?{alternation(c.get('process_after', ()))}"
            rf"|[ ]?[（(][ ]?[0-9]+(?:\.[0-9]+)?[ ]?{units}[ ]?[）)]"
        )
        # 2奈米（N2）: a node code in brackets right after a size (prods45)
        self.process_before_re = re.compile(rf"{units}[ ]?[（(][ ]?$")
        # N2, N3E, N4CRF, N16HV, N6 RF+, A16: a foundry's node code, a product where its clause
        # frames it as a process technology (``node_frame_words``: nodes32). N1 and one-digit
        # A codes (A1, A9: a grade, a section, an Apple chip) are not of the shape.
        self.foundry_node_re = re.compile(
            r"(?<![A-Za-z0-9\-_&+])(?:N[2-9]|N[1-9][0-9]|A1[0-9])(?:[A-Z]{1,3})?(?: RF\+|\+)?"
            r"(?![A-Za-z0-9\-_&])"
        )
        self.node_frame_re = re.compile(alternation(c.get("node_frame_words", ())))
        self.node_frame_reach: int = int(c.get("node_frame_reach", 16))
        # FY2025, FY25Q4, FY2026-FY2028; YoY+11.23, QoQ-4.0pct: a period or a change against
        # one, written in Latin letters, as a word of a name (prods53)
        prefixes = alternation(c.get("period_prefixes", ()))
        year = rf"{prefixes}[ ]?(?:[0-9]{{4}}|[0-9]{{2}})(?:[ ]?[QH][1-4])?"
        self.latin_period_re = re.compile(
            rf"(?i:{year}(?:[ ]?[-~～–—/][ ]?{year})?)"
            rf"|(?i:{alternation(c.get('change_rate_words', ()))})[ ]?[+\-−±][ ]?[0-9][0-9.,]*"
            r"(?:[ ]?(?:%|pct|ppt|pp|bps))?"
            # 3Q26, 2H26: a quarter or a half written number first (prods64)
            + "".join(f"|(?i:{p})" for p in c.get("period_codes", ()))
        )
        # Codex 5.5 + 剛發表: a launch verb after a version number (prods64)
        self.version_launch_re = re.compile(
            rf"(?:{alternation(c.get('version_launch_adverbs', ()))})?"
            rf"{alternation(c.get('version_launch_verbs', ()))}"
        )
        # 爆料達人 @OnLeaks: a handle after a word for a person (prods45)
        self.handle_before_re = re.compile(
            rf"{alternation(c.get('handle_before', ()))}[ ]?[@＠]?$"
        )
        copy_not = alternation(c.get("copy_drug_not_after", ()))
        self.copy_drug_after_re = re.compile(
            rf"[ ]?{alternation(c.get('copy_drug_after', ()))}(?!{copy_not})"
        )
        # Fulphila和Udenyca + 是Neulasta的生物類似物; Neulasta（…）+ 的生物類似物 after 是 (prods47)
        c_verbs = alternation(c.get("copy_relation_verbs", ()))
        c_kinds = alternation(c.get("copy_relation_kinds", ()))
        c_firsts = alternation(c.get("copy_relation_firsts", ()))
        c_joins = alternation(c.get("copy_relation_joins", ()))
        self.copy_relation_subject_re = re.compile(
            rf"(?:[ ]?{c_joins}[ ]?[A-Za-z][A-Za-z0-9\-]*)*[ ]?{c_verbs}"
            rf"[^，,。；;：:\n]{{1,40}}?(?:的)?{c_firsts}?{c_kinds}"
        )
        self.copy_relation_object_re = re.compile(
            rf"(?:[ ]?[（(][^（()）\n]{{1,30}}[)）])?(?:[ ]?{c_joins}[ ]?[A-Za-z][A-Za-z0-9\-]*)*"
            rf"[ ]?的?{c_firsts}?{c_kinds}"
        )
        self.copy_relation_object_before_re = re.compile(
            rf"(?:{c_verbs}|{c_joins}){c_firsts}?[ ]?(?:與[ ]?)?$"
        )
        # 小米 + 手機 + 4: a kind of device between a maker and a model number (prods47)
        self.maker_kind_model_words = tuple(
            sorted(c.get("maker_kind_model_words", ()), key=lambda w: (-len(w), w))
        )
        self.device_class_heads = tuple(sorted(c["device_class_heads"], key=len, reverse=True))
        self.class_gloss_endings = tuple(
            sorted(c.get("class_gloss_endings", ()), key=len, reverse=True)
        )
        self.model_variant_words = frozenset(w.casefold() for w in c["model_variant_words"])
        self.score_apps = frozenset(w.casefold() for w in c["score_apps"])
        self.kind_example_open_re = re.compile(
            rf"[（(]\s*{alternation(c.get('kind_example_openers', ()))}\s*$"
        )
        self.kind_example_head_re = re.compile(
            rf"[（(]\s*{alternation(c.get('kind_example_openers', ()))}"
        )
        self.platform_heads = frozenset(w.casefold() for w in c.get("platform_heads", ()))
        self.slash_pair_not_before = tuple(c["slash_pair_not_before"])
        self.model_shape_words = frozenset(w.casefold() for w in c["model_shape_words"])
        # realme X50 Pro + 5G: a network generation right after a found model (prods50)
        self.network_edition_re = re.compile(
            rf" ?{alternation(c.get('network_editions', ()))}(?![A-Za-z0-9\-+])"
        )
        # 鴻蒙 + OS 4.0, 天璣 + AIOS 6.0: a system's word glued to a Chinese line's name (prods47)
        self.glued_system_re = re.compile(
            rf"{alternation(c.get('glued_system_words', ()))}(?: ?[0-9]+(?:\.[0-9]+)*)?"
            r"(?![A-Za-z0-9])"
        )
        self.swap_verbs = frozenset(c.get("swap_verbs", ()))
        self.company_event_words = frozenset(
            w.casefold() for w in c.get("company_event_words", ())
        )
        self.series_not_lines = frozenset(w.casefold() for w in c["series_not_lines"])
        self.series_variants = frozenset(w.casefold() for w in c["series_variants"])
        self.cjk_series_max_freq = int(c.get("cjk_series_max_freq", 100))
        self.maker_line_endings = tuple(c.get("maker_line_endings", ()))
        self.letter_variant_not_before = frozenset(c.get("letter_variant_not_before", ()))
        self.named_model_kind_re = re.compile(alternation(c["named_model_kinds"]))
        self.model_kind_modifiers = frozenset(c["model_kind_modifiers"])
        # an amount a deal names (8億美元, 130 億美元): digits, a magnitude, a currency (prods43)
        deal_amount = rf"[0-9][0-9.,]*\s*[萬億兆千百]*\s*{alternation(c['deal_amount_units'])}?"
        deal_qualifier = rf"(?:{alternation(c['deal_amount_qualifiers'])})?"
        # prods43: or paying for a firm (BioNTech以8億美元預付款收購): 以 + an amount + acts
        self.agent_act_re = re.compile(
            rf"\s*(?:{alternation(c['agent_acts'])}"
            rf"|以\s*{deal_qualifier}\s*{deal_amount}[^，,。；;\n]{{0,6}}?"
            rf"{alternation(c['agent_paid_acts'])})"
        )
        # a place of up to three characters may stand before a subsidiary (某某 南韓子公司)
        self.shape_body_after_re = re.compile(
            rf"\s*(?:[{CJK}]{{0,3}}(?:子公司|母公司)|{alternation(c['shape_body_after'])})"
        )
        self.shape_body_before_re = re.compile(rf"(?:{alternation(c['shape_body_before'])})\s*$")
        # orgs84: a valuation or a share price of the word (SpaceX 的估值, OpenAI 最近一輪的估值)
        self.shape_value_after_re = re.compile(
            rf"\s*(?:的\s*)?(?:{alternation(c['shape_value_rounds'])}\s*的?\s*)?"
            rf"(?:{alternation(c['shape_value_after'])})"
        )
        # prods51: a survey's finding later in the clause (TrendForce記憶體研究調查顯示)
        self.shape_report_re = re.compile(
            rf"[^，,。；;！？\n]{{0,24}}?(?:{alternation(c['shape_report_acts'])})"
        )
        self.maker_kind_re = re.compile(rf"\s*(?:{alternation(c['maker_kind_words'])})")
        # prods51: 與 + the word + 合作: a partner in a deal
        self.shape_partner_after_re = re.compile(
            rf"\s*(?:{alternation(c['shape_partner_acts'])})"
        )
        # prods66: a firm by its clause — ServiceNow大漲14% (a share's move by a percentage),
        # TidalScale 的共同創辦人 (its officers), 晶圓廠如 SkyWater (a kind of firm before 如),
        # CrowdStrike、Cloudflare 等行業巨頭 (a list of names closed by 等 and a word for firms)
        self.shape_move_after_re = re.compile(
            rf"\s*(?:{alternation(c['shape_move_acts'])})\s*"
            rf"(?:{alternation(c['shape_move_qualifiers'])})?\s*[0-9][0-9.]*\s*[%％]"
        )
        self.shape_staff_after_re = re.compile(
            rf"\s*的\s*(?:{alternation(c['shape_staff_after_de'])})"
        )
        # (晶圓廠如 SkyWater 或 + Intel Foundry: the later items of the list are firms too)
        self.shape_firm_before_re = re.compile(
            rf"(?:{alternation(c['shape_firm_kinds_before'])})"
            rf"(?:{alternation(c['shape_firm_examples'])})\s*[:：]?"
            r"(?:\s*[A-Za-z][A-Za-z0-9.&'\-]*(?: [A-Z][A-Za-z0-9.&'\-]*){0,2}"
            r"\s*[、,，/和與及或]){0,8}"
            r"\s*$"
        )
        self.shape_firm_list_after_re = re.compile(
            r"(?:\s*[、,，/和與及]\s*[A-Za-z][A-Za-z0-9.&'\-]*"
            r"(?: [A-Z][A-Za-z0-9.&'\-]*){0,2}){0,8}"
            rf"\s*等\s*(?:{alternation(c['shape_firm_list_ends'])})"
        )
        # 參展 + ChinaJoy: a word shaped as a brand that one exhibits at or attends is a fair
        self.event_before_re = re.compile(rf"(?:{alternation(c.get('event_before', ()))})\s*$")
        # prods55: 參考 MacRumors (a source), 直接投資WiseRoad (a stake): no brand by its shape
        cited = [*c["shape_source_before"], *c["shape_stake_before"]]
        self.shape_source_before_re = re.compile(rf"(?:{alternation(cited)})\s*[:：]?\s*$")
        self.web_domain_end_re = re.compile(
            rf"[A-Za-z0-9](?:{alternation(c['web_domain_endings'])})$", re.IGNORECASE
        )
        # Token 8元, X 10美元: a currency after a number makes it a price, not a model
        money = load_lexicon("currencies")
        self.series_amount_re = re.compile(
            r"\s?(?:"
            + alternation([*money["suffixes"], *money["yuan"], *c["series_count_words"]])
            + ")"
        )
        # 第3代 + Xeon, 第六代 + EPYC: a numbered generation right before a chip line (prods62)
        self.chip_generation_re = re.compile(
            r"第(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?"
            + alternation(c["chip_generation_words"])
            + r" ?\Z"
        )
        self.model_capacity_re = re.compile(
            r"[0-9]+(?:\.[0-9]+)?" + alternation(c["model_capacity_units"]), re.IGNORECASE
        )
        self.dose_re = re.compile(
            r"[0-9]+(?:\.[0-9]+)?" + alternation(c["dose_units"]), re.IGNORECASE
        )
        self.series_trial_re = _in_clause_after(c["series_trial_words"])
        self.series_index_re = _in_clause_after(c["series_index_words"])
        # 產品X的臨床試驗, X的臨床試驗申請: a drug's trial, the drug named (prods48)
        self.trial_drug_kind_before_re = re.compile(
            alternation(c.get("trial_drug_kinds_before", ())) + r"[「『“\"]?\s*$"
        )
        self.trial_applied_re = re.compile(alternation(c.get("trial_applied_words", ())))
        # 臨床試驗“某空28”: a trial word right before a member (a quote may stand between)
        self.series_trial_before_re = re.compile(
            alternation(c["series_trial_words"]) + r"[「『“\"]?\s*$"
        )
        # 推出《王者榮耀》: a title right after a word that launches it
        self.launch_title_re = re.compile(
            alternation(c["launch_title_before"]) + r"\s*《([^《》\n，。；：！？]{2,16})》"
        )
        # 重磅大作，包括某社的《甲》: a title listed after a kind of work sold (title_kinds)
        self.listed_title_re = re.compile(
            alternation(c.get("title_kinds", ()))
            + r"[^。；！？\n《》]{0,8}?"
            + alternation(c.get("title_list_openers", ()))
            + r"[^。；！？\n《》]{0,24}?《([^《》\n，。；！？]{2,16})》"
        )
        # 《甲》和某社的《乙》: a title joined to one found
        self.title_mate_re = re.compile(
            r"\s*(?:[（(][^（）()\n]{1,20}[）)])?[^《》。；！？\n，]{0,2}?(?:、|以及|及|和|與)"
            r"[^《》。；！？\n，]{0,24}?《([^《》\n，。；！？]{2,16})》"
        )
        # 400萬輛 + L2 + 及以上: a code counted as goods, then a level word, is a level
        self.counted_level_after_re = re.compile(
            r"\s*" + alternation(c.get("counted_level_after", ()))
        )
        # 《甲》遊戲, 《甲》系列新作: a title right before the kind of work it is; 《甲》等熱門遊戲:
        # a title given as an example of its kind (prods36); 包括《甲》(Name) 在內的許多當紅的遊戲:
        # its Latin name may stand between, and 在內的 closes the examples before a short run
        # that describes the kind (prods38)
        self.kind_after_title_re = re.compile(
            r"《([^《》\n，。；！？]{2,16})》\s*(?:[（(][^（）()\n，。；！？]{1,30}[）)])?\s*"
            r"(?:等|在內的?[^《》\n，。；！？、]{0,10}?)?\s*(?:系列)?\s*"
            + alternation(c.get("title_kinds", ()))
        )
        # 《甲》、《乙》: titles joined by a list mark only (one chain, one kind)
        # (《甲》(Name) 和《乙》: a title's Latin name in brackets may stand before the mark;
        # prods38)
        self.title_joint_re = re.compile(
            r"\s*(?:[（(][^（）()\n，。；！？《》]{1,30}[）)])?\s*(?:、|以及|及|和|與|/|／)\s*"
        )
        self.any_title_re = re.compile(r"《([^《》\n，。；！？]{2,24})》")
        # 《甲》Latin Name, 《甲》(Latin Name): a title's own name in Latin letters right after it
        self.title_latin_gloss_re = re.compile(
            r"[ \t]*([（(][ \t]*)?([A-Z][A-Za-z0-9'’\-]*(?::?[ \t]+[A-Za-z0-9'’\-]+){0,6})"
            r"[ \t]*([）)])?"
        )
        # 推出 + 某眼C高階版 + （簡稱某眼C）: a launched thing's full name and its short form,
        # named by 簡稱 or quoted alone (研發的某邁單臂手術機器人（“某邁單臂”）)
        self.launch_short_form_re = re.compile(
            alternation(c["launch_title_before"])
            + r"(?:全新|新一代|最新)?的?\s*([^\s《》「」“”\n，。；：、！？（）()]{3,24})\s*[（(]\s*"
            + r"(?:簡稱\s*[：:]?\s*[「“]?([^（）()「」“”\n，。；：、]{2,12}?)[」”]?"
            + r"|[「“]([^（）()「」“”\n，。；：、]{2,12}?)[」”])\s*[）)]"
        )
        # 蘋果 + 的 + Vision Pro, 三星 + 今日推出 + Galaxy S25: between an owner and its product
        self.counterparty_before = tuple(c["counterparty_before"])
        self.counterparty_acts_re = re.compile(alternation(c["counterparty_acts"]))
        self.owner_frame_re = re.compile(
            rf"\s*{alternation(c['owner_frame_adverbs'])}?\s*"
            rf"{alternation(c['owner_frame_words'])}?\s*[「《『“]?\s*"
        )
        # 《2025年半導體產業報告》: a report, a guide, a list or a title with a year is no product
        self.title_not_product_re = re.compile(
            alternation(c["title_not_product"]) + r"|(?:19|20)[0-9]{2}"
        )
        self.model_edition_re = re.compile(alternation(c["model_edition_words"]))
        # 第二代 + 驍龍8: a generation that is part of a listed chip's Chinese model name (prods58)
        self.cjk_model_generation_re = re.compile(alternation(c["cjk_model_generations"]) + "$")
        self.cjk_model_generation_head_re = re.compile(alternation(c["cjk_model_generations"]))
        # 驍龍8 + Gen 3, 驍龍8 + Elite: Latin variant words after a Chinese line's model number
        tails = alternation([*c["model_variant_words"], *c["cjk_model_tail_words"]])
        # (天璣8400 + -MAX: a dash and a variant in capitals too, prods47)
        self.cjk_model_tail_re = re.compile(
            rf"(?:(?: |-(?=[A-Za-z])){tails}(?: ?[0-9]{{1,2}})?|-(?i:{tails}))+(?![A-Za-z0-9+])"
        )
        # 某界M9, 某克08, 某氪001, 某鵬 P7, 某界M系列: a car brand (car_brands.yaml) with a model
        # code glued after it; a bare number only after a brand that is no everyday word (prods37)
        brands = [w for b in lex.car_brands for w in (b["name"], *b.get("aliases", ()))]
        plain = [
            w
            for b in lex.car_brands
            if not b.get("common")
            for w in (b["name"], *b.get("aliases", ()))
        ]
        code = r"[A-Z]{1,4}[0-9]{1,3}[A-Za-z]{0,2}|[A-Z]{1,2}(?=系列)"
        grade = r"(?: ?(?:Pro|Max|Ultra|Plus|EV|EREV|DM-i|DM-p)(?![A-Za-z]))?\+?"
        self.common_car_brands = frozenset(brands) - frozenset(plain)
        # gated: the look-behind that opens it gave ``re`` no first character to skip to, so
        # the whole-text scan tried every offset (0.06 CPU s on 150k characters → 0.006)
        self.car_model_re = gated(
            rf"(?<![A-Za-z0-9])(?:(?P<brand>{alternation(brands)}) ?(?P<code>{code})"
            rf"|(?P<pbrand>{alternation(plain)}) ?(?P<pcode>0[0-9]{{1,2}}|[1-9][0-9]{{2}}))"
            rf"{grade}(?![A-Za-z0-9.,%／/:：\-])"
        )
        # Toyota Corolla Cross, Tesla Model Y, 三菱XFORCE (prods41): a car maker of the world
        # before a model named in Latin words; a Latin maker needs a space before the model
        makers = lex.car_makers.get("makers", ())
        maker_names = [w for b in makers for w in (b["name"], *b.get("aliases", ()))]
        latin_makers = [w for w in maker_names if w.isascii()]
        cjk_makers = [w for w in maker_names if not w.isascii()]
        # a model's word: capitalised (Corolla, Mach-E), a lower-case letter or two before a
        # digit (i4, iX3), a hyphenated lower-case word (e-tron), a dot and a number (ID.4)
        word = (
            r"(?:[A-Z][A-Za-z0-9]*|[a-z]{1,2}[0-9][A-Za-z0-9]*|[a-z]+-[a-z]+)"
            r"(?:[.\-][A-Z0-9][A-Za-z0-9]*)?"
        )
        self.car_maker_model_re = gated(
            rf"(?<![A-Za-z0-9])(?:{alternation(latin_makers)} |{alternation(cjk_makers)} ?)"
            rf"(?P<model>{word}(?: (?:{word}|[0-9]{{1,3}}(?![0-9.,%])))"
            rf"{{0,2}})(?![A-Za-z0-9\-])"
        )
        # 保時捷「Taycan」, MG「ZS EV Maximum Range」, Polestar 「2 Long Range Single Motor」: a
        # maker or a brand that is no everyday word right before a quoted Latin name names that
        # model, the quotes bounding all of it (trims and numbers first included; prods49)
        quoted_makers = sorted({*maker_names, *plain}, key=lambda w: (-len(w), w))
        self.car_maker_quoted_re = gated(
            rf"(?<![A-Za-z0-9])(?:{alternation(quoted_makers)}) ?[「『]\s*"
            r"(?P<model>[A-Za-z0-9](?:[A-Za-z0-9 .+:\-]{0,28}[A-Za-z0-9+])?)\s*[」』]"
        )
        self.car_model_not_words = frozenset(
            w.casefold() for w in lex.car_makers.get("model_not_words", ())
        )
        # 甲的某品、乙的某款 (prods38): a list of owner + 的 + name items, and the kind words that
        # make its sentence one about what each owner sells
        joiners = alternation(c.get("owner_list_joiners", ("、",)))
        stop = r"、，,。；：:！？!?的（）()「」“”《》\n"
        item = rf"([^\s{stop}]{{1,8}}?)的 ?([^{stop}]{{1,14}}?)"
        ends = r"[，,。；;！？!?\n]|都|等|也|$"
        self.owner_list_re = re.compile(rf"{item}(?:{joiners}{item})+(?={ends})")
        self.owner_list_item_re = re.compile(rf"{joiners}?{item}(?={joiners}|{ends})")
        self.owner_list_kinds = tuple(c.get("owner_list_kinds", ()))
        self.owner_list_describers = tuple(
            sorted({*self.owner_list_kinds, *c.get("owner_list_describers", ())})
        )
        # 某書 + 知識庫 (prods39): a module of a found product, glued after its name
        modules = c.get("product_module_words", ())
        self.product_module_re = re.compile(r" ?" + alternation(modules)) if modules else None
        self.product_module_entry_kinds = frozenset(
            c.get("product_module_entry_kinds", ("software", "other"))
        )
        # 車型 + 甲蘭達和乙蘭達 (prods39): rare words right after a kind of vehicle or device
        kinds = c.get("cjk_kind_before_names", ())
        self.cjk_kind_before_names_re = re.compile(alternation(kinds)) if kinds else None
        # MODEL D … MODEL U; 小米10 … 小米6 (prods39): siblings of a found model
        self.sibling_letter_not_words = frozenset(
            w.casefold() for w in c.get("sibling_letter_not_words", ())
        )
        self.maker_sibling_not_after_re = re.compile(
            r"\s*" + alternation(c.get("maker_sibling_not_after", ("款",)))
        )
        # 某書是一款協作工具 / 作為一個效率產品，某書 (prods38): a name said to be a kind of
        # product; the clause-opening form may describe the kind at more length
        opener = alternation(c.get("copula_product_openers", ()))
        kind = alternation(c.get("copula_product_kinds", ()))
        self.copula_product_re = re.compile(
            rf"{opener}[^，,。；;！？!?\n、「」“”]{{0,10}}?{kind}(?=[，,。；;！？!?\n]|的|之一|$)"
        )
        self.copula_product_lead_re = re.compile(
            rf"(?:^|(?<=[，,。；;！？!?\n]))\s*{opener}[^，,。；;！？!?\n、「」“”]{{0,24}}?{kind}"
            r"\s*[，,]\s*"
        )
        # (RevoCart) 一次性軟骨修補系統: a Latin name in brackets, then a kind of product (prods38)
        self.glossed_kind_re = re.compile(
            r"[（(]\s*(?P<latin>[A-Z][A-Za-z0-9\-]*(?: [A-Za-z0-9\-]+){0,3})\s*[）)]\s*"
            rf"(?P<desc>[{CJK}]{{0,8}}?){alternation(c.get('glossed_name_kinds', ()))}"
        )
        # 整合 + 某Seek + 大模型: a verb of taking a model in before a company's name (prods37)
        self.model_host_before_re = re.compile(
            alternation(c.get("model_host_verbs", ())) + r"(?:了|的)?\s*$"
        )
        self.model_kind_after_re = re.compile(r"\s*" + alternation(c.get("model_kind_after", ())))
        # a clause's end or a time word after it (接入某Seek之前)
        self.clause_end_after_re = re.compile(
            r"\s*(?:[，。；、,;）)]|等|和|與|及|之前|之後|以後|後|$)"
        )
        self.cjk_product_frame_re = re.compile(
            alternation(c["cjk_product_frame_before"]) + r"(?:了|的)?\s*$"
        )
        self.company_only_after_re = re.compile(rf"\s*{alternation(c['company_only_after'])}")
        self.company_only_acts_re = re.compile(
            rf"\s*(?:{alternation(c['subject_adverbs'])})?{alternation(c['company_only_acts'])}"
        )
        self.disease_after_re = re.compile(rf"[ ]?{alternation(c['disease_after'])}")
        self.code_document_re = re.compile(rf"[ ]?{alternation(c['code_document_after'])}")
        self.model_code_verb_re = re.compile(alternation(c["model_code_verbs"]))
        self.clause_words = frozenset(c["clause_words"])
        self.kind_suffixes = tuple(sorted(c["kind_suffixes"], key=len, reverse=True))
        self.class_modifiers = frozenset(c["class_modifiers"])
        self.class_modifier_endings = tuple(c["class_modifier_endings"])
        self.weak_org_endings = tuple(c["weak_org_endings"])
        self.verb_body_words = frozenset(c["verb_body_words"])
        self.registered_object_verbs = frozenset(c.get("registered_object_verbs", []))
        self.body_act_words = frozenset(c.get("body_act_words", []))
        self.year_edition_after_re = re.compile(alternation(c["year_edition_after"]))
        self.latin_generic_words = frozenset(w.casefold() for w in c["latin_generic_words"])
        legal = frozenset(suf["latin_legal_forms"])
        self.latin_legal_forms = frozenset(
            w.casefold() for w in suf["latin"]["company"] if w.rstrip(".") in legal
        )
        # the forms without their closing dots (Ltd of Ltd.): built once, not per word read
        self.latin_legal_forms_undotted = frozenset(f.rstrip(".") for f in self.latin_legal_forms)
        stems: dict[str, Any] = lex.drug_stems
        latin_stems = "|".join(sorted(set(stems.get("latin", ())), key=lambda s: (-len(s), s)))
        self.inn_latin_re = re.compile(
            rf"(?<![A-Za-z0-9\-])[A-Za-z][a-z]+(?P<stem>{latin_stems})(?![A-Za-z0-9])"
            if latin_stems
            else "(?!)"
        )
        self.inn_min_length = int(stems.get("min_length", 7))
        self.not_drugs = frozenset(w.casefold() for w in stems.get("not_drugs", ()))
        # asfotase alfa: a lower-case word and a biological's second word is an INN
        self.inn_pair_re = re.compile(
            rf"[a-z]{{5,}} {alternation(stems.get('second_words', ()))}(?![A-Za-z])"
        )
        # efsitora alfa with no brand: a second word only an INN spells so (alfa, not alpha) makes
        # the pair a drug's name on its own, where beta or gamma may end a protein's name
        self.inn_alone_re = re.compile(
            r"(?<![A-Za-z\-])[a-z]{5,}[ \u00a0]"
            + alternation(stems.get("inn_only_second_words", ()))
            + r"(?![A-Za-z])"
        )
        self.inn_cjk_re = re.compile(alternation(stems.get("cjk", ())))
        self.cjk_not_drugs = frozenset(stems.get("cjk_not_drugs", ()))
        self.drug_heads_cut = frozenset(stems.get("heads_cut", ()))
        self.drug_form_re = re.compile(alternation(stems.get("forms", ())))
        self.drug_leading_forms = tuple(stems.get("leading_forms", ()))
        # longest first: 對甲苯磺酸 before 苯磺酸, 二鈉 before 鈉
        self.salts_before = tuple(sorted(stems.get("salts_before", ()), key=len, reverse=True))
        self.salt_after_re = re.compile(alternation(stems.get("salts_after", ())))
        # K藥, O藥: a drug's nickname (not K藥物, A藥廠)
        not_after = "".join(stems.get("letter_drug_not_after", ()))
        self.letter_drug_re = re.compile(
            rf"(?<![A-Za-z0-9\-])[A-Z]藥(?![{re.escape(not_after)}])"
            if not_after
            else r"(?<![A-Za-z0-9\-])[A-Z]藥"
        )
        self.drug_per_unit_heads = tuple(stems.get("per_unit_heads", ()))
        units = load_lexicon("measure_words")["open_units"]
        atoms = alternation(units["latin_atoms"])
        prefixes = "".join(re.escape(p) for p in units["latin_prefixes"])
        self.spec_re = re.compile(
            rf"\d+(?:\.\d+)?[ ]?(?:[{prefixes}]?(?:{atoms})|{alternation(units['name_units'])})"
        )
        # mL in 60mg/mL, kg in 5mg/kg: a unit alone after a slash is the measure a spec is per
        self.per_unit_re = re.compile(rf"[{prefixes}]?(?:{atoms})")
        self.form_name_cue_re = re.compile(alternation(stems.get("form_name_cues", ())))
        # 化療藥物gemcitabine, 試驗療法「epacadostat」: one lower-case word after a drug-class word
        self.lowercase_drug_re = re.compile(
            rf"{alternation(stems.get('lowercase_drug_cues', ()))}\s*[「『“\"]?\s*"
            r"(?P<name>(?<![A-Za-z0-9\-])[a-z]{5,}(?:-[a-z]+)?)(?![A-Za-z0-9\-])(?!\s+[a-z])"
        )
        # 與lithium或divalproex併用: lower-case words in a list before a word for combined use
        word = r"(?<![A-Za-z0-9\-])(?<![A-Za-z] )[a-z]{5,}(?![A-Za-z0-9\-])"  # not other drugs
        self.lowercase_drug_list_re = re.compile(
            rf"(?P<list>{word}(?:\s*(?:或|及|和|與|、|/)\s*{word})*)\s*"
            rf"{alternation(stems.get('lowercase_drug_after', ()))}"
        )
        self.lowercase_word_re = re.compile(word)
        # Quetiapine + XR Tab.: a release form, then a dosage form, after a Latin drug name
        self.latin_form_re = re.compile(
            rf"(?:[ ]{alternation(stems.get('release_words', ()))})?"
            rf"[ ]{alternation(stems.get('latin_forms', ()))}(?![A-Za-z0-9])"
        )
        self.english_word_endings = tuple(stems.get("english_word_endings", ()))
        self.drug_word_endings = tuple(stems.get("drug_word_endings", ()))
        self.drug_word_not_cues = frozenset(stems.get("drug_word_not_cues", ()))
        self.form_name_max_freq = int(stems.get("form_name_max_freq", 10))
        self.form_name_max_chars = int(stems.get("form_name_max_chars", 8))
        self.brand_max_chars = int(stems.get("brand_max_chars", 5))
        self.form_name_prefixes = frozenset(stems.get("form_name_prefixes", ()))
        self.form_name_kind_openers = frozenset(stems.get("form_name_kind_openers", ()))
        self.drug_word_freq = int(stems.get("common_word_freq", 50))
        self.drug_max_chars = int(stems.get("max_chars_before", 7))
        self.drug_name_breaks = frozenset(stems.get("name_breaks", ""))
        # 貝達喹啉（bedaquiline）: a drug's last syllable before a lower-case INN-shaped gloss
        self.gloss_cjk_endings = frozenset(stems.get("gloss_cjk_endings", ""))
        self.gloss_inn_endings = tuple(stems.get("gloss_inn_endings", ()))
        self.gloss_inn_min_chars = int(stems.get("gloss_inn_min_chars", 7))
        # the characters of the Chinese endings: syllables of transliterated drug names (那 of
        # 那韋, 非那定 is one, though alone it is the pronoun "that")
        self.drug_syllables = frozenset("".join(stems.get("cjk", ())))
        self.target_names = tuple(stems.get("targets", ()))
        self.drug_code_cue_re = re.compile(alternation(stems.get("code_cues", ())))
        self.code_not_heads = frozenset(stems.get("code_not_heads", ()))
        self.code_amount_after = tuple(stems.get("code_amount_after", ()))
        self.drug_code_cue_end_re = re.compile(self.drug_code_cue_re.pattern + r"\s*$")
        self.code_target_after_re = re.compile(
            rf"\s*{alternation(stems.get('code_target_after', ()))}"
        )
        self.code_target_before_re = re.compile(
            rf"{alternation(stems.get('code_target_before', ()))}\s*$"
        )
        self.targets = frozenset(
            fold_target(t) for t in (*self.target_names, *stems.get("not_products", ()))
        )
        n = "[0-9０-９一二三四五六七八九十]{1,2}"
        periods = alternation(c.get("company_tail_periods", ())).replace(re.escape("{n}"), n)
        figures = alternation(c.get("company_tail_figures", ()))
        self.company_tail_re = re.compile(
            rf"\s*(?:{alternation(c['company_tails'])}|(?:{periods})?\s*(?:{figures}))"
        )
        # orgs87: a broker's note's words after a name (目標價, 的報告, 出了一篇, 透過併購), an
        # adverb or a day between, and its revision frame (X 直接把 Y 目標價): company context
        note_gap = rf"{self._act_gap(c)}?\s*(?:{alternation(c['company_note_adverbs'])}\s*)?"
        self.company_note_after_re = re.compile(
            rf"{note_gap}(?:{alternation(c['company_note_after'])})"
        )
        self.company_report_before_re = re.compile(
            rf"{alternation(c['company_report_before'])}\s*$"
        )
        self.company_report_after_re = re.compile(
            rf"\s*{alternation(c['company_report_words'])}"
        )
        clause = r"[^，,。；;：:、！？\n]"
        self.company_note_frame_re = re.compile(
            rf"{clause}{{0,{_NOTE_FRAME_LEAD}}}?{alternation(c['company_note_frame_markers'])}"
            rf"(?:{clause}|、){{0,{_NOTE_FRAME_OBJECT}}}?{alternation(c['company_note_frame_objects'])}"
        )
        # orgs69: a period (a year before it or not), a company's figure, a link and an amount
        report_periods = alternation([*c.get("company_tail_periods", ()), *c["report_periods"]])
        report_periods = report_periods.replace(re.escape("{n}"), n)
        self.report_period_re = re.compile(report_periods)
        self.figure_subject_not_last = frozenset(c["figure_subject_not_last"])
        self.figure_subject_tails = tuple(
            sorted(c["figure_subject_tails"], key=lambda w: (-len(w), w))
        )
        self.figure_subject_re = re.compile(
            rf"(?P<period>(?:[0-9]{{4}}\s*年\s*)?(?:{report_periods})(?:份)?)?\s*"
            rf"{alternation(c['figure_subject_figures'])}\s*"
            rf"{alternation(c['figure_subject_links'])}?\s*[0-9]"
        )
        # Solar Co., Ltd., TFC Corp.: a Latin legal ending, a whole word, after a Latin name
        self.latin_company_tail_re = re.compile(
            rf"\s*,?\s*{alternation(c['latin_company_tails'])}(?![A-Za-z])", re.IGNORECASE
        )
        self.latin_legal_end_re = re.compile(
            rf"\s*,?\s*{alternation(c['latin_company_tails'])}$", re.IGNORECASE
        )
        # 廠商如 X、Y; 廠商，如 X、Y等 (a comma only before an enumeration's head: orgs22)
        heads = alternation(c["enumeration_heads"])
        self.company_nouns_re = re.compile(
            # orgs49: and a colon after the head (供應鏈企業，包括：甲、乙、丙等), or a bracket
            # before it (伺服器廠商（如甲乙）)
            rf"{alternation(c['company_nouns'])}\s*"
            rf"(?:[，,（(]\s*{heads}\s*[：:]?|{heads}\s*[：:]?)?\s*"
        )
        self.enumeration_markers = frozenset(c["enumeration_markers"])
        # orgs84: Latin names listed under a word for companies, before the list's bracket or
        # after it closed by 等 / 在內的 (旅遊網站（Expedia、Booking）, 包含 A、B 在內的公司)
        item = r"[A-Z][A-Za-z0-9&'.\-]*(?: [A-Z][A-Za-z0-9&'.\-]*){0,2}"
        items = rf"(?P<list>{item}(?:\s*(?:、|,|/|／|和|與|及|以及)\s*{item})+)"
        kinds = alternation(c["latin_list_kinds"])
        mods = alternation(c["latin_list_kind_modifiers"])
        self.latin_list_kind_before_re = re.compile(
            rf"{kinds}\s*[（(]\s*(?:{heads})?\s*[：:]?\s*{items}\s*(?:等等?)?\s*[）)]"
        )
        # lists31: the list closed by 等 is the enumeration reader's (find_enumerations), Latin
        # first item and all; this pattern keeps the 在內的 form only
        self.latin_list_kind_after_re = re.compile(rf"{items}\s*在內的\s*(?:{mods}\s*)*{kinds}")
        self.company_verbs = frozenset(c["company_verbs"])
        # 群創、頎邦、聯詠等概念股: the clause of a list of unknown names speaks of companies
        self.list_company_cue_re = re.compile(alternation(c["list_company_cues"]))
        self.party_role_endings = frozenset(c["party_role_endings"])
        # longest first: 廢棄物 + 總重量 is found before 廢棄物總 + 重量
        self.metric_endings = tuple(sorted(c.get("metric_endings", []), key=len, reverse=True))
        self.except_opens = frozenset(c.get("except_opens", []))
        self.except_close_re = re.compile(alternation(c.get("except_closes", [])))
        # a list mate naming goods, not a maker (鋰 + 電池): longest first (orgs71)
        self.list_goods_endings = tuple(
            sorted(c.get("list_goods_endings", []), key=lambda w: (-len(w), w))
        )
        # 耳機、滑鼠等周邊產品: a word for goods nearer the list than the company cue
        self.list_thing_cue_re = re.compile(alternation(c["list_thing_cues"]))
        # 建議關注 / 推薦【…】: a broker's list of stocks (orgs31)
        # 民政部 + 副部長: an officer's title after a whole body's name (orgs31)
        self.body_officer_re = re.compile(alternation(c.get("body_officer_titles", [])))
        self.body_officer_openers = frozenset(c.get("body_officer_openers", []))
        # 某某集團 + 董事長 + 蔡某某: an officer's title between a body and a person (orgs35)
        self.employer_titles = frozenset(c.get("employer_titles", []))
        self.employer_title_re = re.compile(alternation(self.employer_titles))
        self.employer_not_last = frozenset(c.get("employer_not_words", []))
        # 天津 + 某盟: a mainland place that names a found company's subsidiary (orgs64)
        self.subsidiary_places = frozenset(c.get("subsidiary_places", []))
        # 瑞穗證券 + 首席外匯 + 策略師: a title's rank, field and desk before it (orgs39)
        self.staff_title_words = frozenset(
            [*c.get("staff_title_modifiers", []), *c.get("staff_units", [])]
        )
        self.recommend_cue_re = re.compile(alternation(c.get("recommend_cues", [])))
        # 甲、乙等24隻股票, 甲和乙兩隻A股股票: a count of stocks closing a list (orgs46)
        self.stock_count_re = re.compile(
            rf"(?:等)?\s*(?:[0-9]+|[一二兩三四五六七八九十百幾多數]+)\s*"
            rf"{alternation(c.get('stock_count_measures', []))}\s*"
            rf"{alternation(c.get('stock_count_nouns', []))}"
        )
        self.recommend_label_endings = tuple(c.get("recommend_label_endings", []))
        # 某某漲超8%，某某小幅下跌: a stock's price move right after its name (orgs39)
        moves = alternation(c.get("move_words", []))
        self.price_move_re = gated(
            rf"\s*(?:股價)?(?:{alternation(c.get('move_adverbs', []))})*"
            rf"(?:{moves}(?:超|逾|近|約|了)?\s*[0-9]+(?:\.[0-9]+)?\s*[%％]|小幅{moves}"
            # orgs49: a limit move, a streak of them, money drawn (某甲跌停, 3連板, 4日3板,
            # 獲淨買入1.2億)
            rf"|{alternation(c.get('limit_moves', []))}|[0-9]+連板|[0-9]+日[0-9]+板"
            rf"|(?:獲|遭)?{alternation(c.get('flow_moves', []))}額?\s*[0-9])"
        )
        self.wrap_index_endings = tuple(c.get("wrap_index_endings", []))
        self.move_adverb_max = int(c.get("move_adverb_max", 3))
        self.mate_unit_endings = tuple(c.get("mate_unit_endings", []))
        self.move_not_endings = tuple(c.get("move_not_endings", []))
        self.share_class_tail_re = re.compile(str(c.get("share_class_tail", "")) + "$")
        self.numbered_item_re = re.compile(str(c.get("numbered_item_mark", "(?!)")))
        # 投資方包括 + a list: the list runs to the clause's end
        self.party_list_re = re.compile(
            rf"{alternation(c['party_nouns'])}\s*{alternation(c['party_list_heads'])}\s*[：:]?\s*"
            r"([^，。；：:！？\n（）()「」《》]{2,80})"
        )
        # prods43: Latin names joined by 與/和/、 before (的 +) an amount and a deal's noun
        latin = r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2}"
        self.deal_parties_re = re.compile(
            rf"({latin}(?:\s*(?:以及|與|和|及|跟|、)\s*{latin})+)\s*(?:之間)?\s*的?\s*"
            rf"(?:{deal_qualifier}\s*{deal_amount}\s*)?"
            rf"{alternation(c['deal_nouns'])}"
        )
        # prods43: 七個新型 DAA 藥品，為 + a list of products
        self.counted_products_re = re.compile(
            r"(?:[0-9]+|[一二兩三四五六七八九十]+)\s*"
            rf"{alternation(c['counted_product_measures'])}[^，,。；;：:、\n]{{0,12}}?"
            rf"{alternation(c['counted_product_kinds'])}\s*[，,]?\s*"
            rf"(?:{alternation(c['counted_product_heads'])}\s*[：:]?|[：:])\s*"
            r"([^，,。；;：:！？\n（）()「」《》]{2,160})"
        )
        self.subject_lead_re = re.compile(
            rf"\s*(?:{c.get('subject_item_marker', '(?!)')})?\s*"
            rf"{alternation(c['subject_openers'])}?\s*"
        )
        self.subject_openers = frozenset(c["subject_openers"])
        # 柏克14日宣布, 台灣樂金在14日與…發表: a news date may stand before the act too
        # orgs49: a reporting period between a firm and its results (某某 + 2024年上半年 + 實現營收,
        # 某某 + 24Q3 + 實現營收)
        periods = alternation(c.get("report_periods", []))
        self.subject_tail_re = re.compile(
            rf"{gap}(?:[0-9]{{2,4}}\s*年?\s*{periods}?|{periods})?"
            rf"(?:於[^，。；：:\n]{{1,14}}?)?{alternation(c['subject_adverbs'])}*\s*$"
        )
        self.at_tokens = frozenset(c["at_tokens"])
        self.at_time_re = re.compile(rf"\s*{alternation(c['at_adverbs'])}?於")
        self.subject_followers = frozenset(c["subject_followers"])
        self.treat_re = re.compile(alternation(c["treat_words"]))
        self.lead_word_re = re.compile(
            alternation([*c["company_nouns"], *c["enumeration_heads"], "旗下", "子公司", "母公司"])
        )
        self.country_prefixes = tuple(sorted(c["country_prefixes"], key=len, reverse=True))
        self.kept_country_words = frozenset(c["kept_country_words"])
        self.peer_words = tuple(sorted(c["peer_words"], key=len, reverse=True))
        # every word for a country a name may open with, kept in names or not
        self.country_heads: tuple[str, ...] = (*self.country_prefixes, *self.kept_country_words)
        self.side_place_words = tuple(c["side_place_words"])
        self.purchase_alliance_words = tuple(c["purchase_alliance_words"])
        self.name_joiners = frozenset(c["name_joiners"])
        self.latin_connectors = frozenset(w.casefold() for w in c["latin_connectors"])
        # a line whose Latin words end on a connector, then a cell (- or Chinese) or the line's end
        self.cut_latin_line_re = re.compile(
            rf"[A-Za-z][A-Za-z\-.]*\s+(?:{alternation(c['latin_connectors'])})"
            rf"(?:\s+[-–—]|\s*[{CJK}]|\s*$)",
            re.IGNORECASE,
        )
        self.legal_form_prefixes = tuple(c["legal_form_prefixes"])
        self.pair_not_org_after_re = re.compile(rf"\s*{alternation(c['pair_not_org_after'])}")
        # the rest of a list closed by 等 and a kind of technology or goods (…和乙TOL等單片式觸控
        # 技術): its items are the things, a company's name glued to each (orgs50)
        self.list_of_kind_after_re = re.compile(
            rf"(?:\s*[、和與及]\s*[^\s、，,。；;等]{{1,12}}){{0,4}}\s*等\s*"
            rf"[^\s、，,。；;]{{0,8}}?{alternation(c['pair_not_org_after'])}"
        )
        # 極低損耗材料 (Ultra Low Loss Materials): a kind of thing glossed in English before it;
        # the gloss's company word (Materials) names no company (orgs48)
        self.kind_gloss_before_re = re.compile(
            rf"{alternation(c['pair_not_org_after'])}\s?[（(]\s?$"
        )
        self.technology_after_re = re.compile(
            rf"(?:\s*[0-9]+)?(?:[{CJK}]{{1,4}}類股|(?: [A-Z][a-z]+){{1,2}})?\s*"
            rf"{alternation(c['technology_after'])}"
        )
        self.english_country_re = re.compile(
            rf"(?<![A-Za-z]){alternation(c['english_country_words'])}(?![A-Za-z])"
        )
        self.stop_tokens = frozenset(c["stop_tokens"])
        self.meeting_verbs = tuple(c.get("meeting_verbs", ()))
        self.metric_after_name = frozenset(c.get("metric_after_name", ()))
        self.report_words_after_name = frozenset(c.get("report_words_after_name", ()))
        self.index_namesakes = frozenset(c.get("index_namesakes", ()))
        # 高通量, 夏普比率: ordinary words that hold a known name; each name inside one, with
        # where it sits in the word (orgs45)
        held: dict[str, list[tuple[int, str]]] = {}
        for word in c.get("words_holding_names", ()):
            for i in range(len(word) - 1):
                for j in range(i + 2, len(word) + 1):
                    if j - i < len(word):
                        held.setdefault(word[i:j], []).append((i, word))
        self.words_holding_names = {k: tuple(v) for k, v in held.items()}
        # 恒生報 + 20000點: the index's level after 報
        self.index_move_re = re.compile(
            rf"\s*(?:{alternation(c.get('index_moves', ()))}|報\s*[0-9])"
        )
        self.trade_verb_compounds = frozenset(c.get("trade_verb_compounds", ()))
        self.subject_determiners = frozenset(c.get("subject_determiners", ()))
        # longest first: 股份有限公司 before 有限公司, so the ending cut off is the whole form
        self.registered_forms = tuple(sorted(c["registered_forms"], key=lambda w: (-len(w), w)))
        # IDC + 及液冷業務: a firm's name that also names a trade, written before the trade's
        # business word (or one coordinated with it) (orgs48)
        self.facility_endings = tuple(c.get("facility_endings", ()))
        self.organ_endings = tuple(c.get("organ_endings", ()))
        # 某某公司 + 研究部: a house's unit after its name (orgs48)
        self.staff_units = tuple(sorted(c.get("staff_units", ()), key=lambda u: (-len(u), u)))
        self.every_country_bodies = frozenset(c.get("every_country_bodies", ()))
        self.every_country_opener_re = re.compile(
            rf"{alternation(c.get('every_country_openers', ()))}\s?$"
        )
        self.field_namesakes = frozenset(n.casefold() for n in c.get("field_namesakes", ()))
        self.field_namesake_before_re = re.compile(
            rf"{alternation(c.get('facility_endings', ()))}\s?[/／、]\s?$"
        )
        self.field_namesake_after_re = re.compile(
            r"\s?(?:(?:及|與|和|、|/)\s?[\u4e00-\u9fff]{1,6}?)?"
            rf"(?:{alternation(c.get('field_namesake_words', ()))})"
        )
        # a research firm's words around a field namesake (根據 + IDC, IDC + 最新報告: orgs52)
        self.namesake_firm_after_re = re.compile(
            rf"\s?(?:{alternation(c.get('field_namesake_firm_after', ()))})"
        )
        self.namesake_firm_before_re = re.compile(
            rf"(?:{alternation(c.get('field_namesake_firm_before', ()))})\s?$"
        )
        # 36 + 支 + 硬科技團隊, 一 + 群創業者: counting words after a numeral open no name (orgs38)
        self.count_classifiers = frozenset(c.get("count_classifiers", ()))
        self.count_numerals = frozenset(c.get("count_numerals", ()))
        self.count_approximators = frozenset(c.get("count_approximators", ()))
        # 前十名 / 一間 / 一場 inside a run, 上一季 + 公司: a count or a time in it (orgs88)
        self.run_count_classifiers = self.count_classifiers | frozenset(
            c.get("run_count_classifiers", ())
        )
        self.pair_unit_words = tuple(c.get("pair_unit_words", ()))
        self.latin_site_words = frozenset(c.get("latin_site_words", ()))
        self.org_method_after_re = re.compile(
            rf"\s?(?:{alternation(c.get('org_method_after', ()))})"
        )
        self.site_after_re = re.compile(
            rf"\s?(?:的\s?)?(?:{alternation((*c.get('facility_endings', ()), '廠'))})"
        )
        self.run_time_words = frozenset(c.get("run_time_words", ()))
        # 全球 + 對沖 + 基金: a class of funds after a world-wide prefix (orgs38)
        self.fund_class_words = tuple(c.get("fund_class_words", ()))
        # 群益某某高息（00919）: words of a Taiwanese fund's name before its bare 00-code (orgs42)
        self.fund_name_words = tuple(c.get("fund_name_words", ()))
        # 國泰 + 投信: a financial holding's name before its business's word (orgs42)
        self.holding_member_suffixes = frozenset(c.get("holding_member_suffixes", ()))
        self.holding_stems = frozenset(
            stem
            for o in lex.organizations
            if o.stock_code
            for n in o.names
            if len(n) >= 3 and n.endswith(("金", "金控")) and (o.industry in (None, "金融保險業"))
            for stem in (n, n.removesuffix("控").removesuffix("金"))
        )
        # 載板雙雄, 電子五哥: a count of a trade's leaders names a group, no company (orgs42)
        self.group_count_words = tuple(c.get("group_count_words", ()))
        # 某某ETF + 研究團隊: a kind of security before a body's word heads a desk (orgs42)
        self.latin_not_body_heads = frozenset(
            w.casefold() for w in c.get("latin_not_body_heads", ())
        )
        self.generic_modifiers = frozenset(c["generic_modifiers"])
        self.generic_orgs = frozenset(c["generic_orgs"])
        self.not_names = frozenset(w.casefold() for w in c["not_names"])
        self.latin_licence_tails = frozenset(w.casefold() for w in c["latin_licence_tails"])
        self.rating_code_re = re.compile("|".join(f"(?:{p})" for p in c["rating_codes"]))
        # 某 EV, 某Pro DM-i: one character, a grade word, a powertrain (prods32)
        self.char_model_re = re.compile(
            rf"(?P<char>[{CJK}]) ?"
            rf"(?:{alternation(c['powertrain_grades'])} ?)?{alternation(c['powertrain_marks'])}"
            r"(?![A-Za-z0-9\-])"
        )
        self.powertrain_not_names = frozenset(c["powertrain_not_names"])
        # 比亞迪 + 漢 + L: a car brand, then a one-character series with a grade glued after it,
        # no powertrain needed (prods47); the brand written in Chinese, never a common word
        cjk_brands = [
            w
            for b in lex.car_brands
            if not b.get("common")
            for w in (b["name"], *b.get("aliases", ()))
            if CJK_RE.match(w)
        ]
        self.brand_char_model_re = re.compile(
            rf"{alternation(cjk_brands)}(?P<char>[{CJK}])"
            rf"(?P<grade>{alternation(c['powertrain_grades'])})(?![A-Za-z0-9\-])"
        )
        self.describing_words = frozenset(c["describing_words"])
        self.quoted_judgement_openers = tuple(c.get("quoted_judgement_openers", ()))
        self.quoted_grade_endings = tuple(c.get("quoted_grade_endings", ()))
        # prods65: a quoted clause or a likeness is no name (context._clause_or_likeness)
        self.quoted_name_inner_words = frozenset(c["quoted_name_inner_words"])
        likeness = alternation(c["quoted_likeness_before"])
        measures = alternation(c["quoted_indefinite_measures"])
        modifier = r"(?:[^，,。；;：:「」“”]{0,10}的)?"
        self.quoted_likeness_before_re = re.compile(
            rf"(?:(?:{likeness})了?(?:一(?:{measures}))?|一(?:{measures})){modifier}$"
        )
        # （售 $398）, (HK$1,299), （售價 2,990 元）: a price glossing the name before it (prods32)
        words, signs = alternation(c["price_gloss_words"]), alternation(c["price_signs"])
        self.price_gloss_re = re.compile(
            rf"\s*[（(]\s*(?:{words}\s*{signs}?|{signs})\s*[0-9][0-9,.]*\s*(?:[萬千]?元|港元|美元)?\s*[）)]"
        )
        self.english_particles = frozenset(c.get("english_particles", ()))
        # YoY Storage Solutions, OWNED BY PEGATRON CORP., US$14.5bn: slide words, no name (orgs76)
        self.latin_glued_heads = frozenset(c.get("latin_glued_heads", ()))
        self.latin_footer_heads = tuple(
            sorted(w.casefold() for w in c.get("latin_footer_heads", ()))
        )
        scales = alternation(c.get("latin_amount_scales", ()))
        self.latin_amount_re = re.compile(
            rf"(?:[A-Z]{{0,2}}\$)?[0-9][0-9,]*(?:\.[0-9]+)?(?:{scales})"
        )
        self.english_part_kinds = frozenset(w.casefold() for w in c.get("english_part_kinds", ()))
        self.domain_terms = frozenset(lex.domain_terms)
        self.domain_term_re = re.compile(alternation(lex.domain_terms))

        self.modality_of: dict[str, str] = {}
        for modality, cues in lex.modalities.items():
            for cue in cues:
                self.modality_of[re.sub(r"\s+", "", cue).casefold()] = modality
        all_cues = [cue for cues in lex.modalities.values() for cue in cues]
        self.modality_re = re.compile(alternation(all_cues, spaces=True), re.IGNORECASE)
        self.indication_re = re.compile(alternation(lex.indications, spaces=True))
        self.disease_re = re.compile(
            rf"(?:治療|針對|用於|適應症為|適用於)\s*((?:[{CJK}A-Za-z0-9]|\s(?=[A-Za-z0-9{CJK}])){{2,16}}?"
            rf"{alternation(lex.disease_suffixes)})"
        )
        self.disease_name_re = re.compile(
            rf"(?:{alternation(lex.indications)}|{alternation(lex.disease_suffixes)})$"
        )
        self.approval_re = re.compile(alternation(c["approval_cues"]), re.IGNORECASE)
        self.regions: dict[str, dict[str, str]] = dict(c["regions"])
        self.country_codes: dict[str, str] = dict(c.get("country_codes", {}))
        self.country_before_re = re.compile(alternation(self.country_codes) + r"\s*$")
        self.region_re = re.compile(alternation(self.regions))
        self.law_suffix_re = re.compile(rf"{alternation(c['law_suffixes'])}$")
        self.regulation_verb_re = re.compile(alternation(c["regulation_verbs"]))
        self.short_name_cues = tuple(c["short_name_cues"])
        self.short_name_re = re.compile(
            rf"[（(]\s*{alternation(self.short_name_cues)}\s*[:：]?\s*"
            r"(?:「([^」\n]{1,20})」|《([^》\n]{1,30})》|『([^』\n]{1,20})』|([^）)\s，,、「」《》]{1,12}))\s*[）)]"
        )
        bullet = r"(?:[▲△▼▽►▶●○■□◆◇※＊*]\s*)?"
        self.source_line_re = re.compile(
            rf"(?m)^[ \t]*{bullet}{alternation(lex.source_prefixes)}\s*[:：]\s*(.+)$"
        )
        # a line opening with an image's credit (▲圖片來源：前瞻網: orgs50); its Latin items are
        # left to the other rules (a platform's page: X Facebook)
        self.image_credit_line_re = re.compile(
            rf"(?m)^[ \t]*{bullet}{alternation(c['image_credit_prefixes'])}\s*[:：]\s*(.+)$"
        )
        # the credit ends at a sentence's end, a quote, a data date or a byline (orgs72)
        self.source_line_stop_re = re.compile(
            rf"{alternation(c.get('source_line_stops', ()))}"
            rf"|[\s，,、；;]{alternation(c.get('source_line_bylines', ()))}\s*[｜|／/:：]"
            rf"|\s{alternation(c.get('source_line_caption_labels', ()))}\s*[0-9０-９]+"
        )
        self.source_item_trim_re = re.compile(rf"(?:{alternation(c['source_item_trim'])})+$")
        self.source_item_skip = frozenset(c["source_item_skip"])

        for name, value in vars(self).items():
            if type(value) is frozenset and all(isinstance(w, str) for w in value):
                setattr(self, name, Words(value))  # one iteration order in every process

    # ------------------------------------------------------------------ helpers

    def latin_hyphens(self, text: str) -> str:
        """``text`` with the hyphens a Latin name may be set with (GPT-5.1 with a non-breaking
        hyphen, GPT-4 with an en dash) written ``-``, one character for one; a dash between
        digits (a range of years) stays."""
        if self.name_dash_any_re.search(text) is None:
            return text
        text = text.translate(self.hyphen_fold)
        return self.name_dash_re.sub(
            lambda m: "-"
            if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()
            else m.group(),
            text,
        )

    def is_licence_name(self, name: str) -> bool:
        """Llama 4 Community License, GLM License: a Latin name of two or more words whose last
        word is a licence's is the terms a model or data set is published under."""
        words = name.split()
        return len(words) > 1 and words[-1].casefold() in self.latin_licence_tails

    def latin_org_kind(self, name: str) -> str | None:
        """Kind of a Latin name from its last word (Therapeutics) or head (Alliance for …).

        A registry writes CO.,LTD. with no space after the comma: the comma parts are words."""
        words = name.replace(",", ", ").split()
        if len(words) >= 3 and self.english_country_re.fullmatch(words[-1]):
            words = words[:-1]  # Phison Technology + India: a subsidiary named by its country
        if len(words) >= 2:
            kind = self.latin_suffix_kind.get(words[-1].casefold())
            if kind:
                return kind
            if len(words) >= 3 and words[1] in ("of", "for"):
                return self.latin_head_kind.get(words[0].casefold())
        return None

    def longest_cjk_suffix(
        self, name: str, min_head: int = 0, kind: str | None = None
    ) -> str | None:
        """The longest suffix of ``cjk_suffixes`` (of ``kind`` when given) that ``name`` ends
        with and that leaves ``min_head`` characters or more before it, else None: what the
        first hit of a walk over ``cjk_suffixes_longest`` finds, by one dictionary lookup per
        suffix length (the walk tested every suffix of the lexicon per name)."""
        n = len(name)
        for size in self.cjk_suffix_sizes:
            if n - size < min_head:
                continue
            info = self.cjk_suffixes.get(name[n - size :])
            if info is not None and (kind is None or info["kind"] == kind):
                return name[n - size :]
        return None

    def country_and_generic_body(self, name: str) -> bool:
        """A country (kept in names or not) before a word for a kind of body (中華民國 +
        法院, 我國 + 法院): the bodies of that kind in a country, no one body. One C call
        rules out most names before the walk over every country word."""
        return name.startswith(self.country_heads) and any(
            name.startswith(country) and name[len(country) :] in self.generic_bodies
            for country in self.country_heads
        )

    def cjk_org_kind(self, name: str) -> str | None:
        """Kind of a Chinese name from its ending (協進會 → association)."""
        suffix = self.longest_cjk_suffix(name, 1)
        if suffix is not None:
            return str(self.cjk_suffixes[suffix]["kind"])
        if len(name) > 2 and name.endswith(("團隊", "組", "研究所", "研究院", "實驗室", "所")):
            return "research"
        if len(name) > 2 and name.endswith(
            (*self.agency_endings, "司", "署", "局", "院", "管理會")
        ):
            return "agency"
        if len(name) > 2 and name.endswith("中心"):
            return "research"
        return None

    def is_product_noun(self, word: str) -> bool:
        """插秧機, 辨識系統, 機器人: a word for a kind of product (not 商機, 危機)."""
        return bool(self.product_noun_end_re.search(word)) and word not in self.not_product_nouns

    def place_opened_head(self, name: str) -> str | None:
        """The body word ``name`` ends in when a place opens it and plain words name it
        (福建 + 師範 + 大學, 韓國 + 產業 + 銀行), else None."""
        head = next((h for h in self.institution_heads if name.endswith(h)), None)
        if head is None and self.group_place_re.match(name) is not None:
            # 福建省 + 電子資訊 + 集團: a mainland group named by its province or city (orgs53)
            head = next((h for h in sorted(self.place_group_suffixes) if name.endswith(h)), None)
        place = self.name_place_re.match(name)
        if head is None or place is None:
            return None
        # the place and the body word alone name a kind of bank (歐洲銀行 is Europe's banks)
        if place.end() > len(name) - len(head) - (head == "銀行"):
            return None
        return head

    def is_generic(self, word: str) -> bool:
        return (
            word in self.generic_orgs
            or word in self.generic_modifiers
            or word in self.domain_terms
            or word in self.stop_tokens
        )

    def is_industry(self, word: str) -> bool:
        """電子業, 航運產業: a field of trade (a generic word or one of ``industry_fields``)
        and an industry ending make the industry, not a company of it."""
        for ending in self.industry_endings:
            head = word[: -len(ending)]
            if word.endswith(ending) and head:
                return head in self.industry_fields or self.is_generic(head)
        return False

    def is_spec(self, name: str) -> bool:
        """64Mb, 8 GB, 5nm, 12吋: a number with a unit is a specification, never a name; so
        is a slash list of them, with generation words beside (16nm/14nm, 6nm/12nm 4G/5G)."""
        if self.spec_re.fullmatch(name) is not None or self.rating_code_re.fullmatch(name):
            return True  # IPX4, MIL-STD-810G: a rating or a standard met (prods32)
        parts = [p for p in _SPEC_SPLIT.split(name) if p]
        specs = [p for p in parts if self.spec_re.fullmatch(p)]
        # 60mg/mL, 120mg/1.7mL: a strength per a unit of volume is a dose, never a name (prods49)
        per_unit = {p for p in parts[1:] if "/" in name and self.per_unit_re.fullmatch(p)}
        return (
            "/" in name
            and bool(specs)
            and all(p in specs or p in per_unit or self.is_not_name(p) for p in parts)
        )

    def is_not_name(self, name: str) -> bool:
        """Latin strings that are never names: acronyms of the trade, numbers, numerals."""
        folded = name.casefold()
        if (
            folded in self.not_names
            or folded in self.latin_places
            or len(name) < 2
            or folded in self.english_particles
        ):
            return True
        if " " not in name and "-" in name and self.english_particles & set(name.split("-")[1:]):
            return True  # All-in-one, 2-in-1, Plug-in: an English compound, not a name
        if DIGITS_ONLY.fullmatch(name) or ROMAN.fullmatch(name) or PERIOD_CODE.fullmatch(name):
            return True
        words = name.split()
        if len(words) > 1 and words[0] in self.latin_glued_heads:
            return True  # YoY Storage Solutions, A New Era of AI Healthcare: glued slide words
        if self.latin_footer_heads and folded.startswith(self.latin_footer_heads):
            return True  # OWNED BY PEGATRON CORP.: a footer, whose owner is named elsewhere
        # 114Q4 114Q3 113Q4 114 113, 14.5bn: a run of period labels or amounts (orgs76)
        return all(
            w.casefold() in self.not_names
            or DIGITS_ONLY.fullmatch(w)
            or PERIOD_CODE.fullmatch(w)
            or ROC_PERIOD_CODE.fullmatch(w)
            or self.latin_amount_re.fullmatch(w)
            for w in words
        )


@functools.lru_cache(maxsize=8)
def rules_for(lex: Lexicons) -> Rules:
    return Rules(lex)


@functools.cache
def _given_names() -> frozenset[str]:
    """Common given names (given_names.txt, US Census 1990): what opens a Latin person's name."""
    text = (lexicon_root() / "given_names.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
