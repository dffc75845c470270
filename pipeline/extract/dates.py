"""Calendar references (dates) in ITIS report text.

Reports mix Gregorian years (2023年, 2024/01, 2024-01-15), ROC years (民國101年7月,
112年第3季, 113.3.31), Chinese numerals (二〇二三年, 一○六年) and relative words (今年,
去年), while "NN 年" is as often a duration (不超過 5年, 近 100 年) as a year. So:

* ``find_dates`` is a pure, regex-driven scan of one string. An ordered chain of named
  parsers (``PARSERS``) proposes candidates; the longest candidate wins an overlap and the
  chain order breaks ties. Two dates joined by a connector (2021年至2023年) become a range.
* ``extract_dates`` turns the matches into ``DateFact`` / ``Period`` records with
  provenance and resolves relative dates against the document date.
* ``find_published_date`` reads the document's own date from a byline/source/footer line.

Cue words, ranges and guards are data in ``pipeline/lexicon/dates.yaml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast, get_args

from pipeline.chars import fold_fields, fold_width, last_of
from pipeline.lexicon import load_lexicon
from pipeline.models import (
    CharSpan,
    DateFact,
    DatePrecision,
    DateQualifier,
    Document,
    Period,
    TextYearEvidence,
)
from pipeline.regexes import gated

Calendar = Literal["gregorian", "roc"]
Anchor = Literal["doc", "previous", "sentence"]
Role = Literal["start", "end"]

RULE_VERSION = "v1"


def rule_id(strategy: str) -> str:
    """Versioned rule id for a parser strategy (``dates.iso.v1``)."""
    return f"dates.{strategy}.{RULE_VERSION}"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a string; offsets are into that string.

    ``iso`` is None for a relative date (今年) until ``resolve_relative`` gives it an
    anchor; ``vague`` relative phrases (近幾年) never resolve. Two matches with the same
    ``group`` are the ``start`` and ``end`` of one range.
    """

    start: int
    end: int
    text: str
    iso: str | None
    precision: DatePrecision
    calendar: Calendar
    qualifier: DateQualifier
    rule: str
    relative: bool = False
    anchor: Anchor | None = None
    unit: Literal["year", "month", "day"] = "year"
    offset: int = 0
    month: int | None = None
    day: int | None = None
    vague: bool = False
    group: int | None = None
    role: Role | None = None

    @property
    def year(self) -> int | None:
        return int(self.iso[:4]) if self.iso else None


# --------------------------------------------------------------------------- lexicon


_SP = r"[ \t]*"
# Patterns start with a plain character class (fast to scan for); whether a number is the
# tail of another number or an id is checked in Python (``_Lex.num_ok``).
_NOT_BEFORE_NUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,/:_")
_LA_NUM = r"(?![0-9]|[.,/\-][0-9])"
# Slash dates may be followed by "-" and the next date of a range (2023/12/31-2024/1/5).
_LA_SLASH = r"(?![0-9]|[.,/][0-9])"
_MON = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元"
_DAY = (
    r"3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?"
    r"|十[一二三四五六七八九]?|[一二三四五六七八九]|卅一?"
)
# a weekday in brackets after a date: （週一）, (三), （星期五）
_WEEKDAY = r"[(（][ \t]*(?:週|周|星期|禮拜)?[一二三四五六日天][ \t]*[)）]"
# 月 starting another word (月薪, 月費, 月報, 月台, 月球)
# (but 9月台灣事業群, 9月台股, 10月臺幣, 9月經濟數據: the month, then a word of its own)
_NOT_MONTH = "薪|費|租|息|票|刊|報|餅|臺(?![灣股幣廠商])|台(?![灣股幣廠商])|球|光|亮|色|經(?!濟)"
_CJK_SMALL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


_QUALIFIERS = frozenset(get_args(DateQualifier))


def _qual(name: str) -> DateQualifier:
    """A qualifier name from the lexicon or a parser, checked against the model's Literal."""
    if name not in _QUALIFIERS:
        raise ValueError(f"unknown date qualifier {name!r}")
    return cast(DateQualifier, name)


def _alt(words: Any) -> str:
    """Regex alternation of literal words, longest first so 上半年 beats 上半."""
    # Ties in name order: the same pattern in every process (see pipeline.regexes).
    ws = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ws) if ws else "(?!)"


def _cls(chars: Any) -> str:
    cs = "".join(sorted({str(c) for c in chars}))
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in cs) + "]" if cs else "(?!)"


def _guarded(entries: list[dict[str, Any]]) -> str:
    """Alternation of qualifier words, each refusing the characters that extend it."""
    parts = []
    for e in sorted(entries, key=lambda e: len(e["word"]), reverse=True):
        nb = e.get("not_before") or []
        parts.append(re.escape(e["word"]) + (f"(?!{_cls(nb)})" if nb else ""))
    return "|".join(parts)


def _is_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class _Lex:
    """The dates lexicon compiled into regexes once per process."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.greg_min, self.greg_max = data["gregorian"]["min"], data["gregorian"]["max"]
        form = data["short_year_form"]
        self.short_form_window: tuple[int, int] = (int(form["min"]), int(form["max"]))
        self.bare_min, self.bare_max = data["bare_year"]["min"], data["bare_year"]["max"]
        self.bare_latin_max: int = data["bare_year_after_latin_max"]
        self.ticker_not_after = frozenset(data["ticker"]["not_after"])
        self.ticker_list_min: int = data["ticker"]["list_min"]
        # (2002-TW), 2002.TW: four digits with a market code after them
        self.ticker_market = re.compile(
            r"(?<![0-9])(?P<c>[0-9]{4})[ \t]?[-.－][ \t]?"
            rf"(?:{_alt(data['ticker']['markets'])})(?![A-Za-z])",
            re.IGNORECASE,
        )
        roc = data["roc"]
        self.roc_offset = roc["offset"]
        self.roc_bare = (roc["bare_min"], roc["bare_max"])
        self.roc_ordinal_after = re.compile(
            rf"{_SP}第{_SP}[0-9一二三四五六七八九十]{{1,3}}{_SP}(?:{_alt(data['roc_ordinal_units'])})"
        )
        self.roc_prefixed = (roc["prefixed_min"], roc["prefixed_max"])
        self.cjk_digits: dict[str, int] = data["cjk_digits"]
        self.cjk_positional: dict[str, int] = data["cjk_positional"]
        self.year_q = {e["word"]: _qual(e["qualifier"]) for e in data["year_qualifiers"]}
        self.month_q = {e["word"]: _qual(e["qualifier"]) for e in data["month_qualifiers"]}
        self.halves = {k: _qual(v) for k, v in data["halves"].items()}
        self.quarter_words: dict[str, int] = data["quarter_words"]
        lp = data["leading_parts"]
        accumulated = rf"(?:(?:{_alt(lp['accumulated'])}){_SP})?"
        # (two or more: 前一季, 前一個月 are the quarter and month before, no period from January)
        self.leading_part = (
            rf"{_alt(lp['before'])}{_SP}(?:[2-4二兩三四]{_SP}季度?"
            rf"|(?:1[0-2]|[2-9]|十[一二]?|[二兩三四五六七八九]){_SP}個?{_SP}月份?)"
        )
        self.period_months = _read_period_months(data)
        self.period_start = {k: v[0] for k, v in self.period_months.items()}
        self.period_end = {k: v[1] for k, v in self.period_months.items()}
        self.relative = {e["word"]: e for e in data["relative"]}
        # (links40) relative words that date only where the text defines them (本期間)
        self.defined_only = frozenset(e["word"] for e in data["relative"] if e.get("defined_only"))
        # 今日, 昨天, 明日: a day counted from the day the text is dated (its dateline)
        self.relative_days: dict[str, dict[str, Any]] = {
            e["word"]: e for e in data["relative_days"]
        }
        self.rel_day = re.compile(_alt(self.relative_days))
        self.vague = {e["word"]: e for e in data["vague"]}
        self.en_months: dict[str, int] = data["en_months"]
        # A CJK year numeral must not continue another numeral (二十一二三年).
        self.slash_list_after = frozenset(data["slash_list_after"])
        ysep = _cls(data["year_slash_list_separators"])
        self.year_slash_list = re.compile(
            rf"(?<![0-9A-Za-z./\-])(?P<list>[0-9]{{2}}(?:[0-9]{{2}})?(?:{_SP}{ysep}{_SP}[0-9]{{2,4}})+)"
            rf"{_SP}年(?!{_alt(data['year_slash_list_not_after'])})"
        )
        self.year_slash_split = re.compile(rf"{_SP}{ysep}{_SP}")
        self.year_slash_list_short_min = int(data["year_slash_list_short_min"])
        self.not_before_cjk = frozenset(
            list(self.cjk_digits) + list(self.cjk_positional) + ["千", "萬", "兩"]
        )

        digits = _cls(list(self.cjk_digits) + list(self.cjk_positional))
        conn = _alt(data["connectors"])
        lsep = _alt(data["month_list_separators"])
        year = rf"(?P<yd>[0-9]{{1,4}}|{digits}{{1,6}})"
        # 2024財年, 2017會計年度第1季: a fiscal year is read as its year
        # (民國114\n年, 2024\n年: a year broken over a line; checked in _parse_cjk_ymd)
        nian = rf"(?P<nian>{_SP}(?:\n{_SP})?(?:{_alt(data['fiscal_year_words'])}|學?年度?))"
        mq = _guarded(data["month_qualifiers"])
        yq = _guarded(data["year_qualifiers"])
        # 2025年第一財季: a fiscal quarter written with its year is read as that year's
        # quarter (a bare 第三財季 is left unread, as the dev gold leaves it)
        fq = rf"(?:(?:{_alt(data['fiscal_quarter_marks'])}){_SP})?"
        # 5月中旬, 12月底, 3 月初 with no year: the point in the month written after it
        self.month_qual_after = re.compile(rf"{_SP}(?P<mq>{mq})")
        half = _alt(self.halves) + r"|H[12](?![0-9A-Za-z])"
        tail = (
            r"(?:"
            rf"{_SP}(?P<mpart>(?P<mon>{_MON}){_SP}月份?)"
            rf"(?:{_SP}(?P<dpart>(?P<day>{_DAY}){_SP}[日號])|(?P<mq>{mq}))?"
            rf"|{_SP}(?P<md>(?P<smon>1[0-2]|0?[1-9])/(?P<sday>3[01]|[12][0-9]|0?[1-9]))(?![0-9/.%])"
            rf"|{_SP}第{_SP}(?P<q>[1-4一二三四]){_SP}{fq}季度?"
            # 2024年三季度 (mainland wording: no 第, always 度)
            rf"|{_SP}(?P<qd>[1-4一二三四]){_SP}季度"
            # 明年二季, 今年一季 (Taiwanese news: no 第, no 度); not 季節, 季風, 季賽
            rf"|{_SP}(?P<qn>[1-4一二三四]){_SP}季(?![度節風賽])"
            rf"|{_SP}(?P<qq>Q[1-4])(?![0-9A-Za-z])"
            rf"|{_SP}(?P<qw>{_alt(self.quarter_words)})"
            # 111年前三季, 2022年前9個月, 今年前5月: the months from January on (the year)
            rf"|{_SP}(?P<lead>{accumulated}{self.leading_part})"
            rf"|{_SP}(?P<h>{half})"
            rf"|年?(?P<yq>{yq})"  # 2023年年末, 去年年底: 年 said twice
            r")?"
        )
        self.cjk = gated(year + nian + tail)
        self.roc_prefix_words: list[str] = list(data["roc_prefixes"])
        self.prefix_before = re.compile(rf"(?:{_alt(data['roc_prefixes'])}){_SP}$")
        self.prefix_last = frozenset(p[-1] for p in data["roc_prefixes"])
        self.month_chars = frozenset("一二三四五六七八九十元")

        self.iso = re.compile(
            rf"(?P<y>[0-9]{{4}})-(?P<m>1[0-2]|0?[1-9])(?:-(?P<d>3[01]|[12][0-9]|0?[1-9]))?{_LA_NUM}"
        )
        self.slash = re.compile(
            rf"(?P<y>[0-9]{{4}})(?P<sep>[/.])(?P<m>1[0-2]|0?[1-9])"
            rf"(?:(?P=sep)(?P<d>3[01]|[12][0-9]|0?[1-9]))?{_LA_SLASH}"
        )
        # (dates38) a filing copied without its line breaks glues the next item's number to
        # a two-digit day (決議日期:102/06/182.原發放股利…: the 18th, then item 2.)
        self.roc_numeric = re.compile(
            rf"(?P<y>[0-9]{{2,3}})(?P<sep>[./\-])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
            rf"(?P<d>3[01]|[12][0-9]|0?[1-9])"
            rf"(?:{_LA_NUM}|(?<=[0-9]{{2}})(?=[1-9][0-9]?\.(?![0-9])))"
        )
        # (113/01): a two-part ROC year/month only inside brackets, where it cannot be a fraction.
        self.roc_bracket = re.compile(
            rf"[(（]{_SP}(?P<y>[0-9]{{2,3}})/(?P<m>1[0-2]|0?[1-9]){_SP}[)）]"
        )

        self.range_yy = re.compile(
            rf"(?P<y1>[0-9]{{4}})(?P<n1>{_SP}年)?{_SP}(?P<conn>{conn}){_SP}"
            rf"(?P<y2>[0-9]{{4}}|[0-9]{{2}}(?={_SP}年))(?P<n2>{_SP}年度?)?{_LA_NUM}"
        )
        # 2015/16年度, 2016/17財年, （2016/17）作物年度: a season or fiscal year across two
        # calendar years, written with a slash (2015-16年度 is read by range_yy)
        self.season_slash = re.compile(
            rf"(?<![0-9A-Za-z./\-])(?P<y1>(?:19|20)[0-9]{{2}}){_SP}/{_SP}"
            rf"(?P<y2>(?:19|20)[0-9]{{2}}|[0-9]{{2}})"
            rf"(?![0-9/])(?P<close>{_SP}[)）])?{_SP}(?P<w>{_alt(data['season_after'])})"
        )
        # (dates39) the end of a crop or marketing season (2017/18年度, 2018/19年制糖期), not a
        # fiscal year's (2016/17財年): its bare months split at season_turn_month
        self.season_month_end = re.compile(
            rf"[0-9]{{2,4}}(?:{_SP}[)）])?{_SP}(?:{_alt(data['season_month_words'])})"
        )
        self.season_turn_month = int(data["season_turn_month"])
        # 99年至101年間: the span word closing a range is no duration cue (range_span_after)
        self.range_span = re.compile(rf"{_SP}(?:{_alt(data['range_span_after'])})")
        rfa = data["range_from_after"]
        self.range_from_after = re.compile(
            rf"{_SP}{re.escape(rfa['word'])}(?!{_alt(rfa['not_before'])})"
        )
        self.conn_before = re.compile(rf"{_SP}(?:{conn}){_SP}$")
        self.range_roc = re.compile(
            rf"(?P<y1>[0-9]{{2,3}}){_SP}(?P<conn>{conn}){_SP}(?P<y2>[0-9]{{2,3}})(?P<nian>{_SP}年度?)"
        )
        # Tried only where ``cjk`` found a year (see _Scan.years).
        self.range_mm = re.compile(
            year + nian + rf"{_SP}(?P<m1>{_MON}){_SP}(?P<u1>月)?{_SP}(?P<conn>{conn}){_SP}"
            rf"(?P<m2>{_MON}){_SP}月份?(?P<mq>{mq})?"
        )
        # 2月13日至17日: the second day of a range keeps the first one's month
        self.day_range_end = re.compile(rf"{_SP}(?:{conn}){_SP}(?P<d2>{_DAY}){_SP}[日號]")
        # 2月11日和12日, 2月12日、13日: a later day of a list keeps the month too
        self.day_list_next = re.compile(
            rf"{_SP}(?:{_alt(data['day_list_joiners'])}){_SP}(?P<d2>{_DAY}){_SP}[日號]"
        )
        self.day_list_prev = re.compile(rf"[日號]{_SP}(?:{_alt(data['day_list_joiners'])}){_SP}$")
        self.range_dd = re.compile(
            year + nian + rf"{_SP}(?P<m1>{_MON}){_SP}月{_SP}(?P<d1>{_DAY}){_SP}(?P<u1>[日號])?"
            rf"(?:{_SP}{_WEEKDAY})?{_SP}(?P<conn>{conn}){_SP}(?:(?P<m2>{_MON}){_SP}月{_SP})?(?P<d2>{_DAY}){_SP}[日號]"
        )

        no_ar = r"(?![0-9A-Za-z])"
        joined = rf"(?:{_alt(data['year_code_joiners'])}{_SP})?"
        self.hq_year_first = re.compile(
            rf"(?P<y>[0-9]{{4}}){_SP}{joined}(?P<c>Q[1-4]|H[12]){no_ar}"
        )
        # 2013第二季, 2016上半年: a year glued to a Chinese quarter or half without its 年
        self.hq_cjk_glued = re.compile(
            rf"(?P<y>[0-9]{{4}}){_SP}(?:第{_SP}(?P<q>[1-4一二三四]){_SP}季度?|(?P<h>{_alt(self.halves)}))"
        )
        # (decks30) 2025 First Quarter, the Fourth Quarter of 2024: a quarter's English name
        names = "|".join(
            re.escape(w).replace(r"\ ", "[ \t]+")
            for w in sorted(data["en_period_names"], key=lambda w: (-len(w), w))
        )
        self.en_period_codes: dict[str, str] = {
            " ".join(k.lower().split()): str(v) for k, v in data["en_period_names"].items()
        }
        en_of = rf"(?:[ \t]+(?i:{_alt(data['en_period_joiners'])}))?"
        self.hq_en_names = (
            re.compile(rf"(?P<y>[0-9]{{4}})[ \t]+(?P<p>(?i:{names})){no_ar}"),
            re.compile(rf"(?P<p>(?i:{names})){en_of},?[ \t]+(?P<y>[0-9]{{4}}){no_ar}"),
        )
        self.hq_code_first = re.compile(
            rf"(?P<c>Q[1-4]|H[12]){_SP}(?:['’]{_SP}(?P<yy>[0-9]{{2}})|(?P<y>[0-9]{{4}})){no_ar}"
        )
        self.hq_compact = re.compile(
            rf"(?P<n>[1-4])(?P<k>[QH]){_SP}['’]?(?P<y>[0-9]{{4}}|[0-9]{{2}}){no_ar}"
        )
        # (FY25Q4, FY25H1: a quarter of a fiscal year, which need not be the calendar's;
        # its fiscal year is what the form fixes)
        self.fiscal = re.compile(
            rf"FY{_SP}(?:(?P<n>[1-4])(?P<k>[QH]))?['’]?(?P<y>[0-9]{{4}}|[0-9]{{2}})"
            rf"(?:(?P<k2>[QH])(?P<n2>[1-4]))?(?P<est>[EF])?{no_ar}"
        )
        # 2026E, 2027F: an analyst's model year marked as an estimate (FY26E above)
        self.estimate_year = re.compile(rf"(?P<y>20[0-9]{{2}})[EF]{no_ar}")
        # 24E 平均PE: a two-digit one only before a measure (dates.yaml: estimate_year_measures)
        self.estimate_short_year = re.compile(
            rf"(?P<y>[0-9]{{2}})[EF]{_SP}(?={_alt(data['estimate_year_measures'])})"
        )
        # Y25, Y24Q4: a deck's calendar year as Y and two digits, alone or with its
        # quarter or half glued after (Y25 營收, Y24Q4 Y25Q4 YOY)
        self.y_short = re.compile(rf"Y(?P<y>[0-9]{{2}})(?:(?P<k>[QH])(?P<n>[1-4]))?{no_ar}")
        # 24Q4, 25H1: a research note's two-digit year glued before its quarter or half (the
        # form fixes the date; no text year is needed to read it)
        self.hq_short_first = re.compile(rf"(?P<y>[0-9]{{2}})(?P<c>Q[1-4]|H[12]){no_ar}")
        # (decks32) 114Q3, 113H2: a ROC year glued before its quarter or half code
        self.hq_roc_code = re.compile(rf"(?P<y>[0-9]{{3}})(?P<c>Q[1-4]|H[12]){no_ar}")
        lo_roc, hi_roc = data["roc_code_years"]
        self.roc_code_years = (int(lo_roc), int(hi_roc))
        # 24年1月, 24年12月: a two-digit year with a month, a date by its form (24年來, 24年以上
        # are lengths of time; a month after 年 is not)
        self.short_year_month = re.compile(
            r"(?<![0-9A-Za-z.,/\-])(?P<y>[0-9]{2})年(?P<m>1[0-2]|0?[1-9])月(?!份?[0-9])"
        )
        # 2024M12, 2024M1-10, 2024M1-M10: a research note's month code (the months of a
        # statistic released monthly), a month or a span of months of that year
        mon_code = r"1[0-2](?![0-9])|0?[1-9](?![0-9])"
        self.month_code = re.compile(
            rf"(?<![0-9A-Za-z])(?P<y>[0-9]{{4}})M(?P<m1>{mon_code})"
            rf"(?:(?P<conn>[-~～])M?(?P<m2>{mon_code}))?(?![A-Za-z])"
        )

        first = _cls({k[0].upper() for k in self.en_months})
        day_en = r"3[01]|[12][0-9]|0?[1-9]"
        word = rf"(?P<mon>{first}[A-Za-z]{{2,8}})(?![A-Za-z])\.?"
        self.en = (
            re.compile(
                rf"{word}(?:{_SP}(?P<d>{day_en})(?:st|nd|rd|th)?(?![0-9]))?,?{_SP}"
                rf"(?P<y>[0-9]{{4}})(?![0-9])"
            ),
            re.compile(
                rf"(?P<d>{day_en})(?:st|nd|rd|th)?{_SP}{word},?{_SP}(?P<y>[0-9]{{4}})(?![0-9])"
            ),
            # 2021 Dec, 2020 Jul 15 (a reference list's year-first form)
            re.compile(rf"(?P<y>[0-9]{{4}}){_SP}{word}(?:{_SP}(?P<d>{day_en})(?![0-9:]))?"),
            # (dates39) 4月. 19, 2025: a stamp localised from Apr. 19, 2025, the month in
            # Chinese, the English order and its comma kept
            re.compile(
                rf"(?P<mon>1[0-2]|0?[1-9])月\.?{_SP}(?P<d>{day_en})(?![0-9]),{_SP}"
                rf"(?P<y>[0-9]{{4}})(?![0-9])"
            ),
            # (dates40) 2021,11月,09日: a page stamp on a line of its own, the parts set
            # apart by commas (a theme's date format)
            re.compile(
                rf"^{_SP}(?P<y>[0-9]{{4}}),{_SP}(?P<mon>1[0-2]|0?[1-9])月,{_SP}"
                rf"(?P<d>{day_en})日{_SP}$",
                re.MULTILINE,
            ),
        )
        # (dates39) 19/04/2025, 04/19/2025: a stamp with its year last; read only where one
        # of the first two numbers cannot be a month (a day past 12), which fixes the order
        self.slash_year_last = re.compile(
            r"(?P<a>3[01]|[12][0-9]|0?[1-9])/(?P<b>3[01]|[12][0-9]|0?[1-9])/"
            r"(?P<y>(?:19|20)[0-9]{2})(?![0-9/])"
        )

        self.rel = re.compile(rf"(?P<rel>{_alt(self.relative)})(?P<du>度)?" + tail)
        self.rel_month = re.compile(rf"(?P<relm>{_alt(self.relative)})份?(?P<mq>{mq})?")
        self.rel_vague = re.compile(rf"(?P<vg>{_alt(self.vague)})")
        # 5、6月, 今年1-2月, 去年11及12月份, 1至9月: months written with one 月
        mon = rf"(?:{_MON})"
        year_rel = _alt(w for w, e in self.relative.items() if e["unit"] == "year")
        self.month_span = gated(
            rf"(?:(?P<rel>{year_rel})(?P<du>度)?{_SP})?"
            rf"(?:(?P<items>{mon}(?:{_SP}(?:{lsep}){_SP}{mon})+){_SP}月份?"
            rf"|(?P<m1>{mon}){_SP}(?P<u1>月)?{_SP}(?:{conn}){_SP}(?P<m2>{mon}){_SP}月份?)"
            rf"(?!{_NOT_MONTH})"
        )
        self.month_item = re.compile(_MON)
        # 今年5月16-31日, 5月16日至31日: days of one month written with one 月, alone or after a
        # relative year (a written year's are range_dd's)
        self.day_span = gated(
            rf"(?:(?P<rel>{year_rel}){_SP})?(?P<mo>{mon}){_SP}月份?{_SP}(?P<d1>{_DAY}){_SP}"
            rf"(?P<u1>[日號])?{_SP}(?:{conn}){_SP}(?P<d2>{_DAY}){_SP}[日號]"
        )
        stated_year = (
            rf"(?P<sw>{_cls(data['stated_relative'])}){_SP}[(（]{_SP}(?P<sy>[0-9]{{2,4}}){_SP}[)）]"
            rf"(?P<sn>{_SP}年度?)"
        )
        self.rel_stated = re.compile(stated_year + tail)
        # 今年2023年, 去年 2022 年: the year written out right after the word glosses it (one date)
        self.rel_glossed = re.compile(
            rf"(?P<sw>{_cls(data['stated_relative'])})年{_SP}(?P<sy>[0-9]{{4}})(?P<sn>{_SP}年度?)"
            + tail
        )
        # 今(104)年1-9月: the stated year a month span right after it belongs to
        self.rel_stated_year_end = re.compile(rf"{stated_year}{_SP}$")

        # 今(15)日, 今(29日), 昨(10)日, 明(30日): the day of the document's own month
        # (今天(23日), 昨天（14日）: the day stated in brackets beats the one the word counts
        # from the document's date, a copied page's stamp often the morning after)
        self.rel_stated_day = re.compile(
            rf"[今本昨明][天日]?{_SP}[(（]{_SP}(?P<sd>[0-9]{{1,2}}){_SP}"
            rf"(?:[日號]{_SP}[)）]|[)）]{_SP}[日號])"
        )
        # 週五(14日), 上週三（10日）: a weekday with its day of the month in brackets
        self.weekday_stated_day = gated(
            rf"(?:{_alt(data['weekday_heads'])})(?:{_alt(data['weekday_names'])}){_SP}[(（]{_SP}"
            rf"(?P<sd>[0-9]{{1,2}}){_SP}[日號]{_SP}[)）]"
        )
        # (dates38) 上週五, 下週二, 週四: a weekday a news page's stamp resolves
        self.weekday_names: tuple[str, ...] = tuple(map(str, data["weekday_names"]))
        self.weekday_weeks: dict[str, int] = dict(data["weekday_weeks"])
        self.weekday = gated(
            rf"(?P<pre>{_alt(self.weekday_weeks)})?(?:{_alt(data['weekday_heads'])})"
            rf"(?P<name>{_alt(data['weekday_names'])})"
        )
        self.weekday_not_after = frozenset(map(str, data["weekday_not_after"]))
        self.weekday_not_before = frozenset(map(str, data["weekday_not_before"]))
        self.weekday_future = re.compile(_alt(data["weekday_future_before"]))
        # (dates44, dates52) 2024年11月15日 星期五, 115年05月29日，星期五: a weekday glossing the
        # day right before it
        self.day_glossed = re.compile(
            r"[0-9０-９一二三四五六七八九十][日號][ \t\u3000]{0,2}"
            rf"(?:{_cls(data['weekday_gloss_marks'])}[ \t\u3000]{{0,2}})?$"
        )
        self.dateline_day = gated(data["dateline_day"], re.MULTILINE)
        nd = data["news_day"]
        # (see news_day in dates.yaml: a day before a word for an act, or between its
        # subject and the clause it opens, the clause running on to its comma). The
        # pattern opens on the day's first digit and only then looks behind it (at the
        # character before the digit): a pattern that opens on a look-behind is tried at
        # every character of the text, one that opens on a digit skips to the next digit.
        self.news_day = gated(
            r"(?P<sd>[0-9]"
            # (據泰國《國家報》12日報道: a paper's title closing right before the day)
            r"(?:(?<=[\u4e00-\u9fff）)》，,][0-9])|(?<=[A-Za-z] [0-9])|(?<=[A-Za-z][0-9]))"
            rf"(?<!{_cls(nd['not_after'])}[0-9])[0-9]?)日"
            rf"(?=(?:{_alt(nd['acts'])})"
            rf"|(?!{_alt(nd['clause_not_before'])})[\u4e00-\u9fff][^，。；,;\n]*[，。；,;])"
            # 12日，工信部發佈…, 20日晚，公司公告…: a day opening its sentence, a comma after it
            rf"|(?:(?<=^)|(?<=[。；;！？!?]))[ \t]*(?P<od>[0-9]{{1,2}})日"
            rf"(?=(?:{_alt(nd['opening_after'])})?[ \t]*[，,])",
            re.MULTILINE,
        )
        self.news_day_subject = re.compile(rf"(?:{_alt(nd['subject_words'])})$")
        self.month_start = re.compile(rf"[ \t]*(?:{_alt(data['month_start_after'])})")
        # 明、後年: the first of two relative years sharing the second's 年
        self.shared_year_words: dict[str, int] = data["shared_year_words"]
        self.paired_years: dict[str, list[int]] = data["paired_years"]
        self.paired_year = re.compile(
            rf"(?<!{_cls(data['paired_years_not_after'])})"
            rf"(?P<p>{_alt(self.paired_years)})"
            rf"(?:{_alt(data['paired_years_count'])})?年度?"
        )
        self.shared_year = re.compile(
            rf"(?P<c>{_cls(self.shared_year_words)})、(?=(?:{_alt(self.relative)})(?![0-9]))"
        )
        # 以4/26收盤價計算: a month/day before a trading session's word (not inside a longer
        # number or a date written out: 2016/4/26 is read whole)
        self.market_md = gated(
            r"(?<![0-9./])(?P<mo>1[0-2]|[1-9])/(?P<d>3[01]|[12][0-9]|[1-9])(?![0-9/.%])"
            rf"(?=[ \t]*(?:{_alt(data['market_day_after'])}))"
        )
        # 第一季（截至 3/31）: a month/day right after a cut-off word
        self.cutoff_md = re.compile(
            rf"(?:{_alt(data['cutoff_day_before'])})[ \t]*"
            r"(?<![0-9./])(?P<mo>1[0-2]|[1-9])/(?P<d>3[01]|[12][0-9]|[1-9])(?![0-9/.%])"
        )
        # 較上(4)月成長57%: the month before the one told, stated in brackets
        self.stated_month_words: dict[str, int] = data["stated_month_words"]
        self.rel_stated_prev_month = re.compile(
            rf"(?P<sw>{_cls(self.stated_month_words)}){_SP}[(（]{_SP}(?P<sm>[0-9]{{1,2}}){_SP}"
            rf"[)）]{_SP}月份?"
        )
        self.leading_end = re.compile(rf"年度?{_SP}{accumulated}{self.leading_part}$")
        # (links29) how many months a leading part counts: 前3季 9, 前兩季 6, 前8個月 8
        self.leading_count = re.compile(
            rf"(?P<n>[0-9]{{1,2}}|[一二兩三四五六七八九十]{{1,3}}){_SP}(?P<q>季度?)?[^0-9]*$"
        )
        # 累計前5月, ；前三季EPS: the release's months from January on, written alone
        bare_after = "|".join(
            [r"(?<=^)", r"(?<=[，,。；;：:！？!?\n（(])"]
            + [f"(?<={re.escape(w)})" for w in data["leading_parts"]["bare_after"]]
            + [
                f"(?<=[0-9A-Za-z]{re.escape(w)})"
                for w in data["leading_parts"]["bare_after_code_bracket"]
            ]
        )
        figure = _alt(data["leading_parts"]["figure_after"])
        # (此前3月營收, 目前5月營收: the 前 of an adverb, then a month: not 前3月)
        # (因此前11月營收 is 因此 + 前11月: month_after_adverbs_not_after)
        adverb_not_after = list(data["month_after_adverbs_not_after"])
        adverb_tail = "".join(
            f"(?!(?<={re.escape(w[:-1])})"
            + "".join(f"(?<!{re.escape(c + w[:-1])})" for c in adverb_not_after)
            + ")"
            for w in data["month_after_adverbs"]
            if w.endswith("前")
        )
        self.bare_leading = gated(
            rf"(?:{bare_after})(?P<lp>{self.leading_part})"
            rf"|(?<![0-9年度計積]){adverb_tail}(?P<lf>{self.leading_part})(?={_SP}(?:{figure}))",
            re.MULTILINE,
        )
        self.period_words = {k: _qual(v) for k, v in data["period_words"].items()}
        # 112下半年度, 2024上半年: a year numeral whose 年 is the half's own (a filing's header)
        halves_only = [w for w, q in self.period_words.items() if q in ("h1", "h2")]
        self.year_half = gated(
            rf"(?<![0-9A-Za-z.,/\-])(?P<yd>[0-9]{{2,4}})(?P<pw>{_alt(halves_only)})"
        )
        self.period_word = gated(
            rf"(?<!{_cls(data['yearless_quarter_not_after'])})(?P<pw>{_alt(self.period_words)})"
        )
        self.rel_stated_month = re.compile(
            rf"{_cls(data['stated_this_month'])}{_SP}[(（]{_SP}(?P<sm>[0-9]{{1,2}}){_SP}[)）]"
            rf"{_SP}月份?"
            rf"(?:{_SP}(?P<smd>{_DAY}){_SP}[日號])?"
        )
        # a list of quarters under one 季: items joined by 、或與及和, each item with or without 第
        plain_joiner = _cls(data["quarter_list_joiners"])
        # (第一至三季, 第2~4季: a span of quarters written once, its first with 第, is its
        # start and its end, as 1-3月 is; 2~3季 with no 第 may be a length, 需2~3季去化)
        joiner = _cls([*data["quarter_list_joiners"], *data["quarter_range_joiners"]])
        item = rf"(?:第{_SP})?[一二三四1-4]"
        listed = rf"(?=(?:{_SP}{plain_joiner}{_SP}{item})+{_SP}季)"
        listed_or_span = rf"(?=(?:{_SP}{joiner}{_SP}{item})+{_SP}季)"
        # an item after a joiner after an item (fixed-width look-behinds: a space either side)
        after_item = "|".join(
            rf"(?<=[一二三四1-4]{a}{joiner}{b})" for a in ("", " ") for b in ("", " ")
        )
        # an item with no 第 before it opens a list only where no number or count word does
        # (12、3季, 前1、2季, 連續3、4季); after 年 it may (2023年二、三季度, 今年1、2季)
        not_after = [c for c in data["yearless_quarter_not_after"] if c != "年"]
        self.quarter_list_gap = re.compile(rf"{_SP}{joiner}{_SP}(?:第{_SP})?")
        # (dates58) 2026首季，…；第二季…: one clause of the sentence, then the joiner, then the
        # quarter opening the next clause (no sentence end, no other joiner between)
        qcj = [str(w) for w in data["quarter_clause_joiners"]]
        qcj_class = "".join(re.escape(w) for w in sorted(qcj))
        self.quarter_clause_gap = re.compile(
            rf"[^。！？!?\n{qcj_class}]{{0,80}}(?:{_alt(qcj)}){_SP}"
        )
        self.quarter_done_after = re.compile(
            rf"[^，,。；;！？!?\n]*?(?:{_alt(data['quarter_done_after'])})"
        )
        self.quarter_long_over_ahead = re.compile(_alt(data["quarter_long_over_ahead_cues"]))
        self.narrative_year_leads = frozenset(data["narrative_year_leads"])
        self.narrative_year_not_before = frozenset(data["narrative_year_not_before"])
        self.yearless_quarter = gated(
            rf"(?:(?<!{_cls(data['yearless_quarter_not_after'])})"
            # (第 4 季: news sets a digit off with spaces)
            rf"(?:第{_SP}(?P<a>[一二三四1-4]){_SP}季(?:度)?"
            # (這一季度, 同一季度: this, the same quarter)
            rf"|(?<!{_cls(data['bare_quarter_not_after'])})(?P<b>[一二三四1-4])季度"
            # 勤誠Q1合併營收, 展望Q3: a quarter in Latin with no year (not Q1 2024, read
            # with its year, nor 2014/Q3, 2025-Q4; not a model or a code, AQ1, Q10, Q1A)
            r"|(?<![0-9A-Za-z/\-])Q(?P<c>[1-4])(?![0-9A-Za-z]))"
            # 第2、3季, 第二、三季, 2015年第一、二季: quarters listed under one 季 are each a
            # quarter (after 年 too: the year's parser stops at 2015年 before a list)
            # 第三或第四季, 第一和第三季度, 二、三季度, 1、2 季, 一、二、三季度: every item that
            # a later item and 季 follow is a quarter too (after 年: the year's parser stops at
            # 2015年 before a list), and the last one with no 第 closes the list
            rf"|第{_SP}(?P<d>[一二三四1-4]){listed_or_span}"
            rf"|(?<![0-9０-９一二三四五六七八九十百千萬億兩零〇.．/A-Za-z])"
            rf"(?<!{_cls(not_after)})(?P<f>[一二三四1-4]){listed}"
            rf"|(?:{after_item})(?P<e>[一二三四1-4]){_SP}季(?:度)?)"
        )
        # 到年末, 。年底前, ，年中曾: the start, middle or end of a year written before
        part_words = [e for e in data["year_qualifiers"] if e["qualifier"] in ("start", "end")]
        # (年中 too, kept from 年中無休, 年中慶 …: yearless_mid_not_before)
        part_words += [
            {**e, "not_before": [*e.get("not_before", []), *data["yearless_mid_not_before"]]}
            for e in data["year_qualifiers"]
            if e["qualifier"] == "mid"
        ]
        self.compared_year = re.compile(
            rf"(?<!{_cls(data['compared_year_not_after'])})"
            rf"(?:{_alt(data['compared_year_before'])}){_SP}$"
        )
        self.yearless_part = gated(
            rf"(?:(?<=^)|(?<=[，,。；;：:！？!?\n])|(?<={_alt(data['yearless_part_after'])}))"
            rf"年(?P<yq>{_guarded(part_words)})",
            re.MULTILINE,
        )
        self.same_period_after = re.compile(rf"{_SP}(?:{_alt(data['same_period_after'])})")
        # 下半年及明年: a list of two periods, no phrase naming the part's year
        self.own_phrase_list = re.compile(
            rf"{_SP}(?:{_alt(data['own_phrase_list_between'])}){_SP}"
        )
        self.same_month_after = re.compile(rf"{_SP}(?:{_alt(data['same_month_after'])})")
        self.header_cell = re.compile(_alt(data["header_cell_separators"]))
        self.season_text_year_words = frozenset(data["season_text_year_words"])
        # (the rest of a label after a word counted back, up to its end: 同月比較：)
        label_char = r"[^，,。；;！？!?\n:：]"
        self.label_rest = re.compile(
            rf"{label_char}{{0,6}}?(?:{_alt(data['label_compare_words'])}){label_char}{{0,4}}?"
            rf"(?:{_alt(data['label_end'])})"
        )
        self.bare_day = re.compile(r"(?P<d>3[01]|[12][0-9]|0?[1-9])[日號]")
        self.month_term = re.compile(rf"{_SP}(?:{_alt(data['month_term_after'])})")
        self.month_count = re.compile(rf"(?:{_alt(data['month_count_before'])}){_SP}$")
        # (此前1月份: a month after an adverb in 前, which _MONTH_DAY's look-behind keeps out;
        # a look-behind per length, as re wants them of one width)
        by_len: dict[int, list[str]] = {}
        for w in data["month_after_adverbs"]:
            by_len.setdefault(len(w), []).append(w)
        not_adverb = "".join(
            f"(?<!{re.escape(c + w)})"
            for c in data["month_after_adverbs_not_after"]
            for w in data["month_after_adverbs"]
        )
        adverb = "|".join(f"(?<={_alt(ws)}){not_adverb}" for _, ws in sorted(by_len.items()))
        self.adverb_month = gated(
            rf"(?:{adverb or '(?!)'})(?P<mo>{_MON})[ \t]*月(?:份)?"
            rf"(?:[ \t]*(?P<d>{_DAY})[ \t]*[日號]|(?!{_NOT_MONTH}))"
        )
        self.recurring = re.compile(rf"(?:{_alt(data['recurring_before'])}){_SP}$")
        # (dates44) 7月預測為2.9%, 從10月的預估值: the month an earlier forecast was made in
        self.vintage_after = re.compile(rf"{_SP}(?:{_alt(data['forecast_vintage_after'])})")
        self.revision = re.compile(_alt(data["forecast_revision_words"]))
        # (之後每年都會在年底前公布: a recurring word anywhere before in the clause)
        self.recurring_in_clause = re.compile(_alt(data["recurring_before"]))
        self.lunar = re.compile(rf"(?:{_alt(data['lunar_before'])}){_SP}$")
        self.habitual_season = re.compile(_alt(data["habitual_season_before"]))
        self.habitual_season_after = re.compile(
            rf"[^，,。；;！？!?\n]{{0,10}}?(?:{_alt(data['habitual_season_after'])})"
        )
        self.habitual_not_with = re.compile(_alt(data["habitual_season_not_with"]))
        self.past_year_clause_reach = int(data["past_year_clause_reach"])
        self.model_year = re.compile(
            rf"(?<![0-9A-Za-z.])(?P<y>(?:19|20)[0-9]{{2}}){_SP}年?款"
            rf"(?={_SP}[^\s，,、。；;：:！？!?）)」』0-9])"
            rf"(?!{_SP}(?:{_alt(data['model_year_not_before'])}))"
        )
        self.model_year_after = re.compile(
            rf"(?:^|[，,、。；;：:「『（(\n]|{_alt(data['model_year_after'])}){_SP}$"
        )
        self.compared_with_before = re.compile(rf"(?:{_alt(data['compared_with_before'])}){_SP}$")
        self.compared_with_after = re.compile(rf"{_SP}(?:{_alt(data['compared_with_after'])})")
        self.month_change_from = re.compile(rf"(?:{_alt(data['month_change_from_before'])}){_SP}$")
        cy = data["counted_years"]
        self.counted_max: int = cy["max"]
        self.counted_back = tuple(cy["back"])
        self.counted = gated(
            rf"(?<!{_alt(cy['not_before_number'])})"
            rf"(?P<n>[0-9]{{1,2}}|[一二兩三四五六七八九十]{{1,3}}){_SP}年"
            rf"(?P<w>{_alt(cy['back'] + cy['forward'])})(?!{_alt(cy['not_after_word'])})"
        )
        self.counted_event = re.compile(rf"(?:{_alt(cy['event_before'])})(?:了|的)?{_SP}$")
        self.counted_own_clause = re.compile(
            rf"(?:^|[，,。；;：:！？!?\n]){_SP}(?:{_alt(cy['own_clause_before'])}){_SP}$"
        )
        self.bare = re.compile(r"(?P<y>(?:19|20)[0-9]{2})(?![0-9A-Za-z]|[.,/\-:][0-9])")

        self.dur_before = re.compile(rf"(?:{_alt(data['duration_before'])}){_SP}$")
        self.dur_after = re.compile(rf"{_SP}(?:{_alt(data['duration_after'])})")
        self.short_dur_after = re.compile(_alt(data["short_year_duration_after"]))
        self.short_compare_before = re.compile(
            rf"(?:{_alt(data['short_year_compare_before'])}){_SP}$"
        )
        self.short_compare_back = int(data["short_year_compare_back"])
        self.decade_after = re.compile(_alt(data["decade_after"]))
        self.decade_not_words = re.compile(_alt(data["decade_not_words"]))
        self.as_of = re.compile(rf"(?:{_alt(data['as_of_before'])}){_SP}$")
        self.approx_before = re.compile(rf"(?:{_alt(data['approx_before'])}){_SP}$")
        self.approx_after = re.compile(rf"{_SP}(?:{_alt(data['approx_after'])})")
        ty = data["text_year"]
        self.stated_offsets: dict[str, int] = dict(ty["stated_offsets"])
        # one list of plan cues, each with the scopes it works in (dates.yaml: plan_cues)
        cues: dict[str, list[str]] = ty["plan_cues"]

        def scoped(scope: str) -> list[str]:
            return [c for c, scopes in cues.items() if scope in scopes]

        # (one fixed-width look-behind per word: 低於預期 compares a result, it neither plans
        # nor estimates; dates.yaml: estimate_compared_before)
        # (臨時估計: a provisional estimate of a period over is a report; the words are one
        # list with the quantity stage's forecast cues, quantity_context.yaml)
        provisional = load_lexicon("quantity_context").get("provisional_estimate_words") or []
        compared = "".join(
            f"(?<!{re.escape(w)})"
            for w in [*ty.get("estimate_compared_before", []), *provisional]
        )
        # (世界農業展望委員會: a cue inside a body's name plans nothing)
        named = rf"(?!{_alt(ty['cue_in_name_before'])})"
        self.plan_before = re.compile(rf"{compared}(?:{_alt(scoped('near'))}){named}")
        self.horizon_before = re.compile(
            rf"(?<![{''.join(ty['horizon_not_after'])}])(?:{_alt(ty['horizon_before'])}){_SP}$"
        )
        # (2020年上半年前十大半導體廠商, 2023年第三季前十大晶圓代工廠: 前 opening a ranking's
        # count is no deadline; dates.yaml: deadline_not_ranking)
        count = _cls([*"0123456789", *self.cjk_digits, *self.cjk_positional, "兩"])
        ranking = rf"{_SP}{count}+{_SP}(?:{_alt(ty['deadline_not_ranking'])})"
        self.deadline_after = re.compile(rf"{_SP}(?:{_alt(ty['deadline_after'])})(?!{ranking})")
        self.closed_after = re.compile(rf"{_SP}(?:{_alt(ty['closed_after'])})")
        self.reported_after = re.compile(rf"{_SP}(?:{_alt(ty['reported_after'])})")
        self.estimate = re.compile(
            rf"{compared}(?:{_alt(ty['estimate_cues'])}){named}"
            rf"|(?<!{_cls(ty['estimate_number_not_after'])})"
            rf"(?:{_alt(ty['estimate_before_number'])})(?=[0-9])"
        )
        self.forecast_led = re.compile(
            rf"(?:{_alt(scoped('leads'))})"
            rf"(?!{_alt([*ty['forecast_led_not_before'], *ty['cue_in_name_before']])})"
        )
        self.led_reach: int = ty["forecast_led_reach"]
        self.fiscal_year = re.compile(_alt(ty["fiscal_year"]))
        # (2025年第一財季: a fiscal quarter named by a 財季 mark)
        self.fiscal_quarter = re.compile(rf"(?:{_alt(data['fiscal_quarter_marks'])}){_SP}季")
        # （編輯：張良知）1130425: the editor's bracket, then seven digits closing the line
        self.editor_stamp_cues: tuple[str, ...] = tuple(map(str, data["editor_stamp_cues"]))
        # 113年度, 114學年: a year word no count of years takes (dates.yaml: roc_form_year_words)
        self.roc_form_year_words: tuple[str, ...] = tuple(map(str, data["roc_form_year_words"]))
        frame = data["base_frame"]
        self.base_frame_open = re.compile(rf"(?:{_alt(frame['open_before'])}){_SP}$")
        self.base_frame_close = re.compile(
            rf"[^，,。；;！？!?\n]{{0,{int(frame['reach'])}}}?(?:{_alt(frame['close_after'])})"
        )
        self.editor_stamp = re.compile(
            rf"[(（][^()（）\n]{{0,20}}(?:{_alt(data['editor_stamp_cues'])})[^()（）\n]{{0,20}}[)）]"
            r"[ \t\u3000]*\n?[ \t\u3000]*"
            r"(?P<y>[0-9]{3})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])"
            r"(?=[ \t\u3000]*(?:\n|$))"
        )
        # 9月份季度, 6月財季: a quarter named by its closing month
        self.month_quarter = re.compile(rf"{_SP}(?:{_alt(data['month_named_quarter'])})")
        self.present_before = re.compile(rf"(?:{_alt(ty['present_before'])}){_SP}$")
        self.roc_source = re.compile(_alt(data["roc_source_names"]))
        self.release_title_not = re.compile(_alt(ty["release_title_not"]))
        self.release_title_after = re.compile(
            rf"[^\n。]{{0,{int(ty['release_title_reach'])}}}?(?:{_alt(ty['release_title_after'])})"
        )
        self.this_year_glued = re.compile(ty["this_year_glued_before"])
        self.year_of_kind_after = re.compile(ty["year_of_kind_after"])
        self.present_after = re.compile(rf"{_SP}(?:{_alt(ty['present_after'])})")
        self.edition_before = re.compile(rf"(?:{_alt(ty['edition_before'])}){_SP}$")
        # (dates36) 〈2023半導體展〉, 2023 新財富 500 富人本周公布: a name a bare year heads, ending
        # in an event's noun or published now (the name's characters: no punctuation)
        name = r"[\u4e00-\u9fffA-Za-z0-9 \t]{0,14}?"
        self.edition_name_after = re.compile(
            rf"{_SP}{name}(?<!{_cls(ty['edition_name_not_after'])})"
            rf"(?:{_alt(ty['edition_name_after'])})"
            rf"(?!{_alt(ty['edition_name_not_before'])})"
        )
        self.edition_now_after = re.compile(rf"{_SP}{name}{_SP}(?:{_alt(ty['edition_now_after'])})")
        self.edition_ahead = re.compile(_alt(ty["edition_ahead"]))
        self.ranking_after = re.compile(rf"{_SP}{name}(?:{_alt(ty['ranking_after'])})")
        self.present_in_sentence = re.compile(_alt(ty["present_in_sentence"]))
        self.present_day_before = re.compile(
            rf"(?:{_alt(ty['present_day_heads'])}){_SP}[(（]{_SP}[0-9]{{1,2}}{_SP}日?{_SP}[)）]"
        )
        self.release_day_after = re.compile(rf"{_SP}(?:{_alt(ty['release_day_after'])})")
        # 2024年度半年報, 2024年“十一”假期: a part of the year a word after it names
        self.year_part_after = re.compile(
            rf"{_SP}度?{_SP}[“「\"]?{_SP}(?:{_alt(ty['year_part_after'])})"
        )
        self.released_month_before = re.compile(
            rf"(?:{_alt(ty['released_month_before'])}){_SP}了?{_SP}[，,：:]?{_SP}$"
        )
        self.released_month_not_after = re.compile(
            rf"{_SP}(?:{_alt(ty['released_month_not_after'])})"
        )
        self.period_report_after = re.compile(
            rf"[^，。；、,;:：\s]{{0,{int(ty['period_report_reach'])}}}?"
            rf"(?:{_alt(ty['period_report_after'])})"
        )
        self.as_of_now = re.compile(_alt(ty["as_of_now"]))
        self.running_after = re.compile(rf"{_SP}(?:{_alt(ty['running_after'])})")
        self.forecast_base_after = re.compile(rf"{_SP}(?:{_alt(ty['forecast_base_after'])})")
        self.forecast_compared = re.compile(_alt(ty["forecast_compared_cues"]))
        self.forecast_compared_this_year = re.compile(_alt(ty["forecast_compared_this_year"]))
        self.since_before = re.compile(rf"(?:{_alt(ty['since_before'])}){_SP}$")
        # (links56: text_year revision_plan, year_span_after)
        self.revised_before = (
            re.compile(rf"(?:{_alt(data['forecast_revision_words'])})[^，,；;：:]*$")
            if ty.get("revision_plan")
            else None
        )
        self.year_span_after = re.compile(rf"{_SP}(?:{_alt(ty.get('year_span_after', []))})")
        # (ty60: 把2026、2027年EPS大幅上修, 將2028年營收與獲利上修: a whole year whose figures are
        # the object of a revising verb later in its clause; text_year.revised_object_before)
        self.revised_object_before = re.compile(
            rf"(?:{_alt(ty['revised_object_before'])})[^，,。；;：:]{{0,8}}$"
        )
        self.revised_after = re.compile(
            rf"[^，,。；;：:]{{0,{int(ty['revised_after_reach'])}}}?"
            rf"(?:{_alt(data['forecast_revision_words'])})"
        )
        self.fiscal_label = re.compile(_alt(ty["fiscal_label"]))
        self.compared_with_this_year_after = re.compile(
            rf"[^，,。；;：:！？!?\n]{{0,{int(ty['revised_after_reach'])}}}?"
            rf"(?:{_alt(ty['compared_with_this_year_after'])})"
        )
        # 創2009年4月(1.54)以來: a value in brackets may stand between
        self.since_count_word = re.compile(
            rf"{_SP}(?:[(（][^()（）]{{0,16}}[)）]{_SP})?(?:{_alt(ty['since_count'])})"
        )
        self.december_figure = re.compile(_alt(ty["december_figures"]))
        self.fourth_quarter = re.compile(_alt(ty["fourth_quarter_marks"]))
        self.part_of_year = re.compile(_alt(ty["part_of_year"]))
        clause = r"[^，,。；;！？!?\n]"  # a character of the same clause
        # (2017年，全球五大銅礦預計將有三座位於秘魯: a year that frames its sentence before a
        # comma is the time of the clause right after it)
        self.outlook_on_after = re.compile(rf"{_SP}(?:{_alt(ty['outlook_on_after'])})")
        # 2021年ICT十大趨勢: a list of the year's coming trends, a few characters after it
        self.trend_list_after = re.compile(
            rf"[^，,。；;！？!?\n]{{0,10}}?(?:{_alt(ty['trend_list_after'])})"
        )
        self.outlook_on_before = re.compile(rf"(?:{_alt(ty['outlook_on_before'])}){_SP}$")
        self.outlook_attitude_after = re.compile(
            rf"{clause}{{0,{int(ty['outlook_attitude_reach'])}}}?"
            rf"(?:{_alt(ty['outlook_attitude_after'])})"
        )
        self.plan_after = re.compile(
            rf"(?:{_SP}[，,])?{clause}{{0,20}}?(?:{_alt(ty['plan_after'])})"
        )
        # (no 的 between: 預計出售給微軟的裝置…佔公司2012年營收, the verb modifies a noun)
        self.plan_in_clause = re.compile(
            rf"(?:{_alt(scoped('clause'))}){named}[^，,。；;！？!?\n的]*$"
        )
        self.range_plan_after = re.compile(rf"{clause}{{0,20}}?(?:{_alt(ty['range_plan_after'])})")
        self.since_count = re.compile(
            rf"{_SP}(?:{_alt(ty['since_count'])}){_SP}[、，,]?{_SP}(?:近|逾|超過|長達|約)?{_SP}"
            rf"(?P<n>[0-9]{{1,3}}|[一二兩三四五六七八九十]{{1,3}}){_SP}(?P<u>個{_SP}月|年)"
        )
        # 本季(2016年10-12月), 今年(2024): a relative word whose date the text writes in brackets
        self.stated_before = re.compile(
            rf"(?P<w>{_cls(ty['stated_offsets'])})(?:{_alt(ty['stated_units'])})?"
            rf"(?:{_alt(ty['stated_part_words'])})?{_SP}[(（]{_SP}$"
        )
        # 截至2023年12月31日止年度（「本年度」）: a relative word defined as a dated period
        self.defined_between = re.compile(ty["defined_term_between"])
        self.defined_close = re.compile(ty["defined_term_close"])
        # 去年春節月份（2024年2月）: a year word and what of it the bracket dates (a few words)
        self.stated_glossed_before = re.compile(
            rf"(?P<w>{_cls(ty['stated_offsets'])})年[\u4e00-\u9fff]{{1,{ty['stated_gloss_max']}}}"
            rf"{_SP}[(（]{_SP}$"
        )
        bases = [*ty["base_before"], *ty["base_before_year_only"]]
        self.base_before = re.compile(rf"(?:{_alt(bases)}){_SP}$")
        # 2015年營收仍將較去年增長: the year's own clause compares it with 去年 (see dates.yaml)
        self.on_last_year_after = re.compile(
            rf"{clause}{{0,16}}?(?:{_alt(ty['base_before'])}){_SP}(?:{_alt(ty['last_year_words'])})"
        )
        # (dates39) 由於去年發貨量創新高，2025年出口規模…: the clause before the year, in its
        # sentence, opens on 去年 (its end anchored at the year's start: search backwards
        # from a bounded window, never the whole text)
        self.after_last_year = re.compile(
            rf"(?:^|[，,。；;！？!?\n]){_SP}(?:{_alt(ty['after_last_year_openers'])})?"
            rf"(?:{_alt(ty['last_year_words'])})(?![同底初末])[^，,。；;！？!?\n]{{1,30}}[，,]{_SP}$"
        )
        self.after_last_year_ahead = re.compile(
            rf"[^，,。；;！？!?\n]{{0,12}}?(?:{_alt(ty['after_last_year_ahead'])})"
        )
        # 2022年底…推遲到去年第一季: the year is earlier than the relative one it moved to
        # (also past a comma: 2022年底廠區停工，訂單推遲到去年第一季生產)
        self.moved_to_after = re.compile(
            rf"[^。；;！？!?\n]{{0,30}}?(?:{_alt(ty['moved_to'])}){_SP}"
            rf"(?P<w>{_alt(ty['last_year_words'])}|{_alt(ty['this_year'])})"
        )
        self.base_period_after = re.compile(rf"{_SP}(?:{_alt(ty['base_period_after'])})")
        # 2023年11月至去年8月, 自2023年以來: bounds a text's year (see _relative_floor)
        self.span_to_relative = frozenset(ty["span_to_relative_connectors"])
        self.since_floor_after = re.compile(rf"{_SP}(?:{_alt(ty['since_floor_after'])})")
        self.bound_overrides = frozenset(ty["bound_overrides"])
        # the open reasons the latest year written may override (empty: the fallback is off)
        self.fallback_reasons = frozenset(ty["fallback_reasons"])
        self.passed_before = re.compile(rf"(?:{_alt(ty['passed_before'])}){_SP}$")
        self.earlier_quarter_base = re.compile(
            rf"(?:{_alt(data['earlier_quarter_base_before'])}){_SP}$"
        )
        # (從第三季度開始: a span's start, no base)
        self.earlier_quarter_start = re.compile(
            rf"(?:{_alt(data['earlier_quarter_start_cues'])}){_SP}$"
        )
        self.earlier_quarter_start_after = re.compile(
            rf"{_SP}(?:{_alt(data['earlier_quarter_start_after'])})"
        )
        # (加以去年…基期偏低影響: a base period named in passing)
        self.base_period_cause = re.compile(
            rf"(?:{_alt(data['base_period_cause_before'])}){_SP}$"
        )
        self.base_period_words = re.compile(_alt(data["base_period_words"]))
        # (脫離2023年衰退的陰霾: a year left behind)
        self.left_behind = re.compile(rf"(?:{_alt(data['left_behind_before'])}){_SP}$")
        # (與 right before the quarter, or before the first of the quarters listed with it)
        self.earlier_quarter_compared = re.compile(
            rf"(?:{_alt(data['earlier_quarter_compared_before'])})[^，,。；;、]{{0,3}}季"
        )
        self.earlier_quarter_compared_after = re.compile(
            _alt(data["earlier_quarter_compared_after"])
        )
        self.base_after = re.compile(rf"{_SP}(?:{_alt(ty['base_after'])})")
        self.this_year: tuple[str, ...] = tuple(ty["this_year"])
        # 今年、2024年的銷售: a year listed right after 今年 (not compared with it)
        self.listed_after_this_year = re.compile(
            rf"(?:{_alt(ty['this_year'])}){_SP}(?:{_alt(ty['listed_after_this_year'])}){_SP}$"
        )
        self.listed_not_after = re.compile(
            rf"{_SP}[^，,。；;！？!?\n]{{0,8}}?(?:{_alt(ty['listed_not_after'])})"
        )
        self.last_year_words: frozenset[str] = frozenset(ty["last_year_words"])
        self.outlook_before = re.compile(rf"(?:{_alt(ty['outlook_before'])}){_SP}$")
        self.whole_year_after = re.compile(rf"{_SP}(?:{_alt(ty['whole_year_after'])})")
        self.bare_whole_year = re.compile(
            rf"{_SP}(?:{_alt(ty['whole_year_after'])}){_SP}的?(?:{_alt(ty['bare_whole_year_figures'])})"
        )
        self.late_part_qualifiers: frozenset[str] = frozenset(ty["late_part_qualifiers"])
        # 2025年台灣製造業…景氣展望: a title after the year that names its outlook
        self.headline_forecast_after = re.compile(
            rf"{_SP}[^，,。；;：:！？!?\n]*?(?:{_alt(ty['headline_forecast_after'])})"
        )
        self.headline_measure = re.compile(_alt(ty["headline_measures"]))
        self.headline_sentence_ends: tuple[str, ...] = tuple(map(str, ty["headline_sentence_ends"]))
        self.headline_reach = int(ty["headline_reach"])
        self.outlook_title_after = re.compile(
            rf"{_SP}[^，,。；;：:！？!?\n]{{0,{int(ty['outlook_title_reach'])}}}?"
            rf"(?:{_alt(ty['outlook_title_after'])})"
        )
        # 今年夏天, 2023 年夏季: the season a year names right after it (的 allowed)
        self.season_of: dict[str, str] = dict(ty["season_after"])
        self.season_after = re.compile(rf"{_SP}(?:的)?(?P<w>{_alt(self.season_of)})")
        self.future_after = re.compile(rf"{_SP}(?:{_alt(ty['future_after'])})")
        self.dateline_reach = int(ty["dateline_reach"])
        self.dateline_latest_gap = int(ty["dateline_latest_gap"])
        # (最早在2026年: at the earliest, ahead; 早在2000年: as early as, history)
        self.background_before = re.compile(
            rf"(?<!{_cls(ty['background_before_not_after'])})(?:{_alt(ty['background_before'])})"
        )
        self.deed_done_before = re.compile(_alt(ty["deed_done_before"]))
        self.since_open = re.compile(_alt(ty["since_before"]))
        self.since_record = re.compile(rf"(?:{_alt(ty['since_record_before'])}){_SP}$")
        self.record_base = re.compile(rf"(?:{_alt(ty['record_base_before'])}){_SP}(?:[(（]{_SP})?$")
        self.year_on_year = re.compile(_alt(ty["year_on_year"]))
        self.budget_before_change = re.compile(_alt(ty["budget_before_change"]))
        self.forecast_around_change = re.compile(_alt(ty["forecast_around_change"]))
        self.forecast_before_year = re.compile(
            rf"(?:{_alt(ty['forecast_around_change'])}){_SP}$"
        )
        self.plan_horizon = int(ty["plan_horizon"])
        self.timeline_joiners = "".join(ty["timeline_joiners"])
        self.same_figure_min_digits = int(ty["same_figure_min_digits"])
        self.same_figure_count = int(ty["same_figure_count"])
        self.reported_month_gap = int(data["reported_month_gap"])
        qh = data["quarter_header_row"]
        self.quarter_header_lines_above = int(qh["lines_above"])
        self.quarter_header_other_chars = int(qh["other_chars"])
        self.reported_month_not_with = re.compile(_alt(data["reported_month_not_with"]))
        self.year_turn_not_after = re.compile(rf"(?:{_alt(ty['year_turn_not_after'])}){_SP}$")
        self.since_close = re.compile(rf"{clause}{{0,24}}?(?:{_alt(ty['since_count'])})")
        self.background_right_after = re.compile(
            rf"{_SP}(?:的)?(?:{_alt([*ty['background_right_after'], *ty['crisis_right_after']])})"
        )
        self.crisis_right_after = re.compile(rf"{_SP}(?:的)?(?:{_alt(ty['crisis_right_after'])})")
        self.attributive_deed = re.compile(rf"{_SP}(?:所)?(?:{_alt(ty['attributive_deed_after'])})")
        self.background_in_clause = re.compile(
            rf"{clause}{{0,24}}?(?:{_alt(ty['background_in_clause'])}"
            rf"|被{clause}{{0,12}}?(?:{_alt(ty['background_passive'])}))"
        )
        # 1999年他的回答迄今仍有用: a deed of the date lasting to now, told two or more
        # characters after it in its clause (not 2024年迄今, the year run so far)
        self.lasting_to_now = re.compile(
            rf"{clause}{{2,24}}?(?:{_alt(ty['lasting_to_now_later'])})"
        )
        # 2023年6月時數值創下自2015年12月以來最大跌幅: a record set back then (時 right after
        # the date, a record's verb and 以來 later in its clause) is history the text recalls
        rt = ty["record_at_time"]
        self.record_at_time = re.compile(
            rf"{_SP}(?:{_alt(rt['time_marks'])}){clause}{{0,{int(rt['reach'])}}}?"
            rf"(?:{_alt(rt['record_verbs'])}){clause}{{0,{int(rt['reach'])}}}?"
            rf"(?:{_alt(ty['since_count'])})"
        )
        self.year_end_after = re.compile(
            rf"{_SP}(?:{_alt(ty['year_end_after'])})(?!{_SP}(?:{_alt(ty['year_end_not_after'])}))"
        )
        self.year_end_not_after = re.compile(rf"{_SP}(?:{_alt(ty['year_end_not_after'])})")
        self.year_end_event_after = re.compile(rf"{_SP}(?:{_alt(ty['year_end_event_after'])})")
        self.example_open = re.compile(_alt(ty["example_frame"]["before"]))
        self.example_close = re.compile(
            rf"{clause}{{0,12}}?(?:{_alt(ty['example_frame']['after'])})"
        )
        self.year_end_report_before = re.compile(_alt(ty["year_end_report_before"]))
        self.year_end_not_before = re.compile(rf"(?:{_alt(ty['year_end_not_before'])}){_SP}$")
        # 2024WAIC, 2025CES展: an edition's year glued before the event's Latin name (not a
        # unit, 2000MW, nor a currency code, 2000USD, which make the number an amount)
        cur = load_lexicon("currencies")
        self.currency_codes = frozenset(
            v for part in ("suffixes", "prefixes") for v in cur[part].values()
        ) | frozenset(k for part in ("suffixes", "prefixes") for k in cur[part] if k.isalpha())
        self.bare_event_after = gated(
            r"(?<![0-9A-Za-z.,/\-])(?P<y>(?:19|20)[0-9]{2})(?P<ev>[A-Z]{3,8})(?![A-Za-z0-9])"
        )
        self.bare_not_after = re.compile(rf"(?:{_alt(data['bare_year_not_after'])}){_SP}$")
        # 天璣2000: a listed line's Chinese name glued before four digits makes them its model
        # number, no year (prods58; the kinds whose lines take model numbers: model_line_kinds)
        kinds = frozenset(data["model_line_kinds"])
        self.model_lines = frozenset(
            n
            for e in load_lexicon("products")
            if isinstance(e, dict) and e.get("kind") in kinds
            for n in (e["name"], *(e.get("aliases") or ()))
            if not n.isascii()
        )
        self.model_line_max = max((len(n) for n in self.model_lines), default=0)
        self.code_label = re.compile(
            rf"(?:{_alt(data['code_labels'])}){_SP}[:：]?{_SP}[A-Za-z]?{_SP}$"
        )
        # (and the quantities' known units of two or more CJK characters: 2000平方米, 3000公噸)
        units = [
            u["surface"]
            for u in load_lexicon("measure_words")["units"]
            if len(u["surface"]) > 1 and not u.get("latin") and not u["surface"].isascii()
        ]
        self.bare_not_before = re.compile(
            rf"{_SP}(?!{_alt(data['bare_year_continuations'])})"
            rf"(?:{_alt([*data['bare_year_not_before'], *units])})"
        )
        # 2月3日（週一）至2月7日（週五）: a weekday in brackets may close the first end
        self.link = re.compile(rf"{_SP}(?:{_WEEKDAY}{_SP})?(?:{conn}){_SP}")
        # 廠房主建物 5 年至 60 年: a span opened by a count of years (no date) is a duration
        self.years_count_to = re.compile(rf"(?<![0-9.])[0-9]{{1,2}}{_SP}年{_SP}(?:{conn}){_SP}$")
        self.published_cue = re.compile(rf"(?:{_alt(data['published_cues'])})[ \t:：]*$")
        # Nothing but spaces and closing punctuation to the end of the string.
        # (a time of day may close a dateline: 台北 2026-01-16 10:46)
        self.line_end = re.compile(
            r"(?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[\s。.，,;；)）\]】」』]*\Z"
        )

    # ----------------------------------------------------------------- context

    @staticmethod
    def num_ok(fold: str, s: int) -> bool:
        """The number at ``s`` is not the tail of a number, decimal or id (ABBV-2023)."""
        if s == 0:
            return True
        p = fold[s - 1]
        if _label_colon(fold, s):
            return True  # a label's colon (事實發生日:115/07/15), not a time's
        if p == ":" and s >= 2 and fold[s - 2].isascii() and fold[s - 2].isalpha():
            # (links34) a Latin label's colon (date:2009-10-22, Updated:2024/10/10)
            label = re.search(r"[A-Za-z]+$", fold[max(0, s - 12) : s - 1])
            if label is not None and label.group() in _latin_date_labels():
                return True
            # (dates51) a source's name and its colon opening a headline (SEMI:2023年全球…,
            # Gartner:2019全球…): a year running on into Chinese words is no code's or
            # time's number (ABC:2023, WHEAT:2024/25 stay)
            if _SOURCE_COLON_YEAR.match(fold, s) and _SOURCE_BEFORE_COLON.search(
                fold, max(0, s - 16), s - 1
            ):
                return True
        if p == "," and s >= 2 and (not fold[s - 2].isascii() or fold[s - 2] in "%)]"):
            # (links29) a half-width comma after a character (據金管會統計,113年前3季, in
            # texts copied with half-width punctuation) ends a clause: no thousands group
            # (links34: nor after a percent sign or a closing bracket — 按年增25%,2021年同期為,
            # (人民幣,下同),2021年同期); dates50: after any non-ASCII character — a closing
            # mark of a title (〈條例〉,2009年通過) or a quote is no digit of a thousands group)
            return True
        if p in _NOT_BEFORE_NUM:
            return False
        return not (p == "-" and s >= 2 and _is_alnum(fold[s - 2]))

    def prefix_start(self, fold: str, s: int) -> int | None:
        """Start of a 民國 / 中華民國 right before ``s``, if there is one."""
        j = s
        while j > 0 and fold[j - 1] in " \t":
            j -= 1
        if j == 0 or fold[j - 1] not in self.prefix_last:
            return None
        m = self.prefix_before.search(fold, max(0, s - 8), s)
        return m.start() if m else None

    # ----------------------------------------------------------------- numbers

    def cjk_int(self, s: str) -> int | None:
        """二〇二三 -> 2023 (digit by digit); 一百零六 -> 106 (positional)."""
        if all(c in self.cjk_digits for c in s):
            return int("".join(str(self.cjk_digits[c]) for c in s))
        value = cur = 0
        for c in s:
            if c in self.cjk_digits:
                cur = self.cjk_digits[c]
            elif c in self.cjk_positional:
                value += (cur or 1) * self.cjk_positional[c]
                cur = 0
            else:
                return None
        return value + cur

    def duration_context(self, fold: str, num_start: int | None, after: int | None) -> bool:
        """True when a 2-3 digit "NN 年" reads as a length of time, not a ROC year
        (自101年以來: a span since a year, framed by 自…以來, is no length)."""
        if num_start is not None and self.dur_before.search(fold, max(0, num_start - 8), num_start):
            return True
        if after is None or self.dur_after.match(fold, after) is None:
            return False
        return not (
            num_start is not None
            and self.since_before.search(fold, max(0, num_start - 4), num_start)
            and self.since_count_word.match(fold, after)
        )

    def short_year_window(self, yy: int) -> bool:
        """Whether a two-digit year read by its form alone (24Q4, 24年12月) is one of 20YY:
        only in the window of the research notes that write them (dates.yaml:
        short_year_form), never a ROC year's two digits (99年12月 is 2010)."""
        lo, hi = self.short_form_window
        return lo <= yy <= hi

    def names_decade(self, fold: str, after: int | None) -> bool:
        """True when the 年 ending at ``after`` reads 年代 (a decade), not 年 + 代工."""
        return (
            after is not None
            and self.decade_after.match(fold, after) is not None
            and self.decade_not_words.match(fold, after) is None
        )

    def year_value(
        self,
        prefixed: bool,
        yd: str,
        fold: str,
        num_start: int | None,
        after: int | None,
        month_after: bool = False,
    ) -> tuple[int, Calendar] | None:
        """The Gregorian year of a year numeral and its calendar, or None when not a year.

        For a bare 2-3 digit year, a duration cue ending at ``num_start`` or starting at
        ``after`` rules it out; None skips that check (a month, quarter or half after the
        年 already settles that it is a date). ``month_after``: a month or quarter follows the
        年, the only case where a positional numeral without 民國 is a ROC year.
        """
        is_digits = yd.isascii()
        if is_digits:
            n = int(yd)
        else:
            positional = any(c in self.cjk_positional for c in yd)
            parsed = self.cjk_int(yd)
            if parsed is None:
                return None
            n = parsed
            if positional and not prefixed:
                # (dates50) a positional numeral (一百零八年, 九十年) is a ROC year without 民國
                # only when a month or a quarter after its 年 settles it (自一百零八年一月一日施行,
                # in a law's history); alone it may be a count (九十年來)
                lo, hi = self.roc_bare
                if month_after and lo <= n <= hi:
                    return n + self.roc_offset, "roc"
                return None
        if prefixed:
            lo, hi = self.roc_prefixed
            return (n + self.roc_offset, "roc") if lo <= n <= hi else None
        if len(yd) == 4:
            if n % 10 == 0 and self.names_decade(fold, after):
                return None  # 1990年代: a decade, not the year 1990
            return (n, "gregorian") if self.greg_min <= n <= self.greg_max else None
        if len(yd) in (2, 3):
            lo, hi = self.roc_bare
            if not lo <= n <= hi or self.duration_context(fold, num_start, after):
                return None
            return n + self.roc_offset, "roc"
        return None

    def month_value(self, s: str) -> int:
        if s.isascii():
            return int(s)
        if s == "元":
            return 1
        return self.cjk_int(s) or 0

    def day_value(self, s: str) -> int:
        if s.isascii():
            return int(s)
        if s[0] in "廿卅":
            return (20 if s[0] == "廿" else 30) + (_CJK_SMALL.get(s[1:], 0) if len(s) > 1 else 0)
        return self.cjk_int(s) or 0


@functools.cache
def _lexicon() -> _Lex:
    return _Lex(load_lexicon("dates"))


def editor_stamp_cues() -> tuple[str, ...]:
    """The words of an editor's bracket (編輯): a text without one has no editor's stamp."""
    return _lexicon().editor_stamp_cues


def _read_period_months(data: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """First and last month of each quarter and half (``dates.yaml: period_months``): the one
    reader of that table, so the dates and quantities stages cannot disagree on a period."""
    return {k: (v[0], v[1]) for k, v in data["period_months"].items()}


def period_months() -> dict[str, tuple[int, int]]:
    """``q1``..``q4``, ``h1``, ``h2`` -> (first month, last month), read once per process."""
    return _lexicon().period_months


# --------------------------------------------------------------------------- building


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string for the parts, or None when they are not a real calendar date."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@dataclass(slots=True)
class _Tail:
    month: int | None = None
    day: int | None = None
    precision: DatePrecision = "year"
    qualifier: DateQualifier = "none"
    end: int = 0


def _tail(lex: _Lex, m: re.Match[str], year: int, base_end: int) -> _Tail:
    """What follows 年 (which ends at ``base_end``): month/day, quarter, half, or a
    start/mid/end word."""
    t = _Tail(end=m.end())
    if t.end == base_end:  # no tail: the common case, decided without reading groups
        return t
    if m.group("mpart"):
        t.month = lex.month_value(m.group("mon"))
        t.precision = "month"
        if m.group("dpart"):
            day = lex.day_value(m.group("day"))
            if _iso(year, t.month, day) is not None:
                t.day = day
                t.precision = "day"
            else:  # 2月30日: keep the month, drop the impossible day
                t.end = m.end("mpart")
        elif m.group("mq"):
            t.qualifier = lex.month_q[m.group("mq")]
    elif m.group("md"):  # 2015年3/31, 今年4/30
        month, day = int(m.group("smon")), int(m.group("sday"))
        if _iso(year, month, day) is not None:
            t.month, t.day, t.precision = month, day, "day"
        else:
            t.end = base_end
    elif m.group("q") or m.group("qd") or m.group("qn") or m.group("qq") or m.group("qw"):
        if m.group("q") or m.group("qd") or m.group("qn"):
            q = m.group("q") or m.group("qd") or m.group("qn")
            n = int(q) if q.isascii() else _CJK_SMALL[q]
        elif m.group("qq"):
            n = int(m.group("qq")[1])
        else:
            n = lex.quarter_words[m.group("qw")]
        t.precision = "quarter"
        t.qualifier = _qual(f"q{n}")
    elif m.group("lead"):  # 111年前三季: months from January on, dated by the year
        pass
    elif m.group("h"):
        h = m.group("h")
        t.precision = "half"
        t.qualifier = lex.halves[h] if h in lex.halves else _qual(h.lower())
    elif m.group("yq"):
        t.qualifier = lex.year_q[m.group("yq")]
    return t


def _dm(
    sc: _Scan,
    start: int,
    end: int,
    iso: str | None,
    precision: DatePrecision,
    calendar: Calendar,
    strategy: str,
    qualifier: DateQualifier = "none",
    **kw: Any,
) -> DateMatch:
    return DateMatch(
        start=start,
        end=end,
        text=sc.text[start:end],
        iso=iso,
        precision=precision,
        calendar=calendar,
        qualifier=qualifier,
        rule=rule_id(strategy),
        **kw,
    )


Parts = tuple[DateMatch, ...]


class _Scan:
    """One folded string plus the year numerals found in it, shared by several parsers."""

    def __init__(self, lex: _Lex, text: str) -> None:
        self.lex = lex
        self.text = text
        self.fold = fold_fields(text)  # a cell gap ends a date (chars.CELL_GAP)
        self._years: list[tuple[re.Match[str], bool, int]] | None = None
        self._year_ends: dict[int, tuple[re.Match[str], bool, int]] | None = None

    @property
    def years(self) -> list[tuple[re.Match[str], bool, int]]:
        """(match of ``cjk``, has a 民國 prefix, start including the prefix) per year numeral."""
        if self._years is None:
            lex, fold = self.lex, self.fold
            out = []
            for m in lex.cjk.finditer(fold):
                s = m.start()
                if m.group("yd").isascii():
                    # (2024年下半年/2025年下半年: a year a slash joins to a period before it)
                    slashed = s >= 2 and fold[s - 1] == "/" and fold[s - 2] in lex.slash_list_after
                    # (links53: a half-width comma after a Latin name, 根據IDC,2024年全球…,
                    # ends a clause too: a letter starts no thousands group)
                    latin_comma = s >= 2 and fold[s - 1] == "," and fold[s - 2].isascii()
                    latin_comma = latin_comma and fold[s - 2].isalpha()
                    if (
                        not lex.num_ok(fold, s)
                        and not slashed
                        and not latin_comma
                        and not _name_glued_year(lex, fold, s, m.group("yd"))
                    ):
                        continue
                elif s > 0 and fold[s - 1] in lex.not_before_cjk:
                    continue
                p = lex.prefix_start(fold, s)
                out.append((m, p is not None, s if p is None else p))
            self._years = out
        return self._years

    def year_before(self, s: int) -> tuple[int, Calendar, int] | None:
        """(year, calendar, start) of a written year whose 年 ends at ``s`` (spaces allowed)."""
        if self._year_ends is None:
            self._year_ends = {m.end("nian"): (m, p, st) for m, p, st in self.years}
        e = len(self.fold[:s].rstrip(" \t"))
        hit = self._year_ends.get(e)
        if hit is None:
            return None
        m, prefixed, start = hit
        yv = self.lex.year_value(prefixed, m.group("yd"), self.fold, None, None)
        return None if yv is None else (yv[0], yv[1], start)

    def stated_year_before(self, s: int) -> tuple[int, Calendar, int] | None:
        """(year, calendar, start) of a stated relative year (今(104)年) ending at ``s``."""
        m = self.lex.rel_stated_year_end.search(self.fold, max(0, s - 16), s)
        if m is None:
            return None
        sy = m.group("sy")
        n = int(sy)
        if len(sy) == 4:
            ok = self.lex.greg_min <= n <= self.lex.greg_max
            return (n, "gregorian", m.start()) if ok else None
        lo, hi = self.lex.roc_prefixed
        return (n + self.lex.roc_offset, "roc", m.start()) if lo <= n <= hi else None

    def prefixed(self, s: int) -> tuple[bool, int]:
        p = self.lex.prefix_start(self.fold, s)
        return (False, s) if p is None else (True, p)


_GREGORIAN4 = re.compile(r"(?:19|20)[0-9]{2}")


def _parse_editor_stamp(sc: _Scan) -> Iterator[Parts]:
    """（編輯：張良知）1130425: a wire agency's compact ROC stamp (yyymmdd), the day the
    article was published. Only where such stamps stand, right after the editor's bracket
    (on its line or the next) at a line's end: any other seven digits (an amount, a code, a
    phone number, a DOI's tail) are no date."""
    lex, fold = sc.lex, sc.fold
    for m in lex.editor_stamp.finditer(fold):
        y = int(m.group("y"))
        if not lex.roc_bare[0] <= y <= lex.roc_bare[1]:
            continue
        iso = _iso(y + lex.roc_offset, int(m.group("m")), int(m.group("d")))
        if iso:
            yield (_dm(sc, m.start("y"), m.end(), iso, "day", "roc", "editor_stamp"),)


def _parse_cjk_ymd(sc: _Scan) -> Iterator[Parts]:
    """2023年, 2023 年 12月底, 民國101年7月, 112年第3季, 二〇二三年, 一○六年 ..."""
    lex, fold = sc.lex, sc.fold
    for m, prefixed, start in sc.years:
        nian_end = m.end("nian")
        # a year broken over a line (民國114\n年第1季, 2024\n年營收) only with 民國 or four
        # digits of a Gregorian year, or as the second of a pair under 民國 (民國一一三及一一二\n
        # 年第一季): a value at a line's end (營收114\n年增5%) is none
        if "\n" in m.group("nian") and not (
            prefixed
            or _GREGORIAN4.fullmatch(m.group("yd"))
            or _roc_pair_before(fold, m.start("yd"))
        ):
            continue
        if m.end() == nian_end:
            settled, qualified = False, False
        else:
            qualified = m.group("yq") is not None
            settled = not qualified
        after = None if settled or qualified else nian_end
        if after is not None and lex.range_span.match(fold, after):
            after = None if _closes_year_range(sc, start) else after
        yv = lex.year_value(
            prefixed, m.group("yd"), fold, None if settled else m.start("yd"), after, settled
        )
        if yv is None:
            continue
        year, cal = yv
        t = _tail(lex, m, year, nian_end)
        strategy = "roc_year" if cal == "roc" else "cjk_ymd"
        iso = _iso(year, t.month, t.day)
        if iso is None:
            continue
        at = start
        if t.month is not None and lex.fiscal_year.search(m.group("nian")):
            # 2011財年9月下旬: two facts, the fiscal year as written and the month, taken in
            # the calendar year of the same number (Apple's year to September, a 年度 from
            # April): the fiscal year is no calendar year to put the month in
            yield (_dm(sc, start, nian_end, _iso(year), "year", cal, strategy),)
            at = m.start("mpart") if m.group("mpart") else m.start("md")
        yield (
            _dm(
                sc,
                at,
                t.end,
                iso,
                t.precision,
                cal,
                strategy,
                t.qualifier,
                month=t.month,
                day=t.day,
            ),
        )
        if t.day is not None and t.month is not None:  # 2025年2月11日和12日
            for a, b, listed in _listed_days(sc, t.end, t.day):
                yield (
                    _dm(
                        sc,
                        a,
                        b,
                        _iso(year, t.month, listed),
                        "day",
                        cal,
                        strategy,
                        month=t.month,
                        day=listed,
                    ),
                )


def _closes_year_range(sc: _Scan, start: int) -> bool:
    """The year at ``start`` closes a range opened by a year that is a date
    (99年至101年間: the first end, no duration, makes the span word after the second
    "between", not "for")."""
    c = sc.lex.conn_before.search(sc.fold, max(0, start - 8), start)
    if c is None:
        return False
    first = sc.year_before(c.start())
    return first is not None and not sc.lex.duration_context(sc.fold, first[2], None)


def _parse_iso(sc: _Scan) -> Iterator[Parts]:
    """2024-01-15, 2024-01."""
    lex, fold = sc.lex, sc.fold
    for m in lex.iso.finditer(fold):
        y = int(m.group("y"))
        if not (lex.greg_min <= y <= lex.greg_max and lex.num_ok(fold, m.start())):
            continue
        mo = int(m.group("m"))
        d = int(m.group("d")) if m.group("d") else None
        iso = _iso(y, mo, d)
        if iso:
            yield (_dm(sc, m.start(), m.end(), iso, "day" if d else "month", "gregorian", "iso"),)


def _parse_slash(sc: _Scan) -> Iterator[Parts]:
    """2024/01, 2024/1/15, 2024.01, 2024.1.15 (not 2024.01億, a decimal)."""
    lex, fold = sc.lex, sc.fold
    for m in lex.slash.finditer(fold):
        y = int(m.group("y"))
        s = m.start()
        if not lex.greg_min <= y <= lex.greg_max:
            continue
        # A range may put a "-" right before: 2023/12/31-2024/1/5.
        # (dates38) a label's half-width colon (發佈時間:2018/09/27) is no time's or id's
        if s > 0 and (
            (fold[s - 1] in _NOT_BEFORE_NUM and not _label_colon(fold, s))
            or (fold[s - 1] == "-" and s >= 2 and fold[s - 2].isascii() and fold[s - 2].isalpha())
        ):
            continue
        d = int(m.group("d")) if m.group("d") else None
        if d is None and m.group("sep") == "." and lex.bare_not_before.match(fold, m.end()):
            continue
        iso = _iso(y, int(m.group("m")), d)
        if iso:
            yield (_dm(sc, s, m.end(), iso, "day" if d else "month", "gregorian", "slash"),)
    for m in lex.slash_year_last.finditer(fold):
        s = m.start()
        if s > 0 and fold[s - 1] in _NOT_BEFORE_NUM and not _label_colon(fold, s):
            continue
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if not lex.greg_min <= y <= lex.greg_max or (a > 12) == (b > 12):
            continue  # (05/04/2025: day-first or month-first is not told)
        iso = _iso(y, b, a) if a > 12 else _iso(y, a, b)
        if iso:
            yield (_dm(sc, s, m.end(), iso, "day", "gregorian", "slash"),)


def _parse_roc_numeric(sc: _Scan) -> Iterator[Parts]:
    """113.3.31, 113/03/31, 民國113-3-31, (113/01)."""
    lex, fold = sc.lex, sc.fold
    for m in lex.roc_numeric.finditer(fold):
        if not lex.num_ok(fold, m.start()):
            continue
        y = int(m.group("y"))
        prefixed, start = sc.prefixed(m.start())
        lo, hi = lex.roc_prefixed if prefixed else lex.roc_bare
        if not lo <= y <= hi:
            continue
        iso = _iso(y + lex.roc_offset, int(m.group("m")), int(m.group("d")))
        if iso:
            yield (_dm(sc, start, m.end(), iso, "day", "roc", "roc_numeric"),)
    for m in lex.roc_bracket.finditer(fold):
        y = int(m.group("y"))
        if lex.roc_bare[0] <= y <= lex.roc_bare[1]:
            iso = _iso(y + lex.roc_offset, int(m.group("m")))
            if iso:
                yield (_dm(sc, m.start("y"), m.end("m"), iso, "month", "roc", "roc_numeric"),)


def _label_colon(fold: str, s: int) -> bool:
    """A half-width colon right before ``s`` ends a label written in characters
    (發佈時間:, 事實發生日:), not a time (16:29) or an id."""
    return s >= 2 and fold[s - 1] == ":" and "\u4e00" <= fold[s - 2] <= "\u9fff"


def _free_before(fold: str, s: int) -> bool:
    return s == 0 or not _is_alnum(fold[s - 1])


def _parse_half_or_quarter(sc: _Scan) -> Iterator[Parts]:
    """2024 Q1, Q1 2024, Q3'23, 1Q24, 1H2024, 2024H2, FY2023, Y25, Y24Q4."""
    lex, fold = sc.lex, sc.fold
    found: list[tuple[re.Match[str], str, int, str]] = []
    for m in lex.hq_year_first.finditer(fold):
        if lex.num_ok(fold, m.start()):
            found.append((m, m.group("c")[0], int(m.group("c")[1]), m.group("y")))
    for m in lex.hq_code_first.finditer(fold):
        if _free_before(fold, m.start()):
            found.append((m, m.group("c")[0], int(m.group("c")[1]), m.group("y") or m.group("yy")))
    for m in lex.hq_compact.finditer(fold):
        if _free_before(fold, m.start()):
            found.append((m, m.group("k"), int(m.group("n")), m.group("y")))
    for m in lex.fiscal.finditer(fold):
        if _free_before(fold, m.start()):
            # FY2Q26, FY25Q4: the fiscal year as written with its quarter or half (no
            # calendar guess); FY2023 alone is the year
            k, n = m.group("k") or m.group("k2"), m.group("n") or m.group("n2")
            found.append((m, k or "FY", int(n) if n else 0, m.group("y")))
    for m in lex.estimate_year.finditer(fold):
        if _free_before(fold, m.start()):
            found.append((m, "FY", 0, m.group("y")))
    for m in lex.estimate_short_year.finditer(fold):
        if _free_before(fold, m.start()) and lex.short_year_window(int(m.group("y"))):
            found.append((m, "FY", 0, m.group("y")))
    for m in lex.y_short.finditer(fold):
        # not after a word of letters and a space: a model's name (vivo Y21), no year
        if re.search(r"[A-Za-z]{2,} $", fold[max(0, m.start() - 12) : m.start()]):
            continue
        if _free_before(fold, m.start()) and lex.short_year_window(int(m.group("y"))):
            k, n = m.group("k"), m.group("n")
            if k is None or (k == "H" and int(n) > 2):
                found.append((m, "FY", 0, m.group("y")))  # the year alone
            else:
                found.append((m, k, int(n), m.group("y")))
    for m in lex.hq_short_first.finditer(fold):
        if _free_before(fold, m.start()) and lex.short_year_window(int(m.group("y"))):
            found.append((m, m.group("c")[0], int(m.group("c")[1]), m.group("y")))
    for m in lex.hq_cjk_glued.finditer(fold):
        if lex.num_ok(fold, m.start()):
            if m.group("q"):
                q = m.group("q")
                found.append((m, "Q", int(q) if q.isascii() else _CJK_SMALL[q], m.group("y")))
            else:
                found.append((m, "H", int(lex.halves[m.group("h")][1]), m.group("y")))
    for rx in lex.hq_en_names:
        for m in rx.finditer(fold):
            if _free_before(fold, m.start()):
                code = lex.en_period_codes[" ".join(m.group("p").lower().split())]
                found.append((m, code[0], int(code[1]), m.group("y")))
    lo, hi = lex.roc_code_years
    coded: list[int] = []  # line starts of the ROC codes, in text order
    for m in lex.hq_roc_code.finditer(fold):
        n_roc = int(m.group("y"))
        if _free_before(fold, m.start()) and lo <= n_roc <= hi:
            code = m.group("c")
            qual = _qual(code.lower())
            prec_roc: DatePrecision = "quarter" if code[0] == "Q" else "half"
            iso = _iso(n_roc + lex.roc_offset)
            yield (_dm(sc, m.start(), m.end(), iso, prec_roc, "roc", "half_or_quarter", qual),)
            line = fold.rfind("\n", 0, m.start()) + 1
            if not coded or coded[-1] != line:
                coded.append(line)
    yield from _roc_axis_years(sc, coded)
    for m, kind, n, ytxt in found:
        y = int(ytxt) + (2000 if len(ytxt) == 2 else 0)
        if not lex.greg_min <= y <= lex.greg_max or (kind == "H" and n > 2):
            continue
        if kind == "FY":
            yield (_dm(sc, m.start(), m.end(), _iso(y), "year", "gregorian", "half_or_quarter"),)
            continue
        qual = _qual(f"q{n}" if kind == "Q" else f"h{n}")
        prec: DatePrecision = "quarter" if kind == "Q" else "half"
        yield (_dm(sc, m.start(), m.end(), _iso(y), prec, "gregorian", "half_or_quarter", qual),)


_AXIS_TOKEN = re.compile(r"\S+")


def _roc_axis_years(sc: _Scan, coded: Sequence[int]) -> Iterator[Parts]:
    """(decks32) ``114 113`` under a ROC deck's years chart: bare three-digit years in the ROC
    window (dates.yaml: roc_code_years), two or more a year apart one after another, on a
    line of nothing but them and ROC period codes, that line holding such codes or standing
    right before or after one that does (``114Q4 114Q3 113Q4`` of the quarters chart beside).
    Alone, ``114 113`` is no date: it is one only beside its axis's codes."""
    lex, fold = sc.lex, sc.fold
    lo, hi = lex.roc_code_years
    pairwise = itertools.pairwise
    seen: set[int] = set()
    for line in coded:
        before = fold.rfind("\n", 0, max(0, line - 1)) + 1 if line else None
        after_end = fold.find("\n", line)
        after = after_end + 1 if after_end >= 0 else None
        for start in (before, line, after):
            if start is None or start in seen:
                continue
            seen.add(start)
            end = fold.find("\n", start)
            tokens = list(_AXIS_TOKEN.finditer(fold, start, len(fold) if end < 0 else end))
            years = [t for t in tokens if t.group().isdigit() and len(t.group()) == 3]
            codes = [t for t in tokens if lex.hq_roc_code.fullmatch(t.group())]
            if (
                len(years) < 2
                or len(years) + len(codes) != len(tokens)
                or not all(lo <= int(t.group()) <= hi for t in years)
                or any(abs(int(a.group()) - int(b.group())) != 1 for a, b in pairwise(years))
            ):
                continue
            for t in years:
                iso = _iso(int(t.group()) + lex.roc_offset)
                yield (_dm(sc, t.start(), t.end(), iso, "year", "roc", "roc_axis_year"),)


def _parse_short_year_month(sc: _Scan) -> Iterator[Parts]:
    """24年12月, 25年1月: a research note's month written with a two-digit year. Its month
    makes it a date whatever year the text is of, so it needs no text year (as a bare
    ``25年`` does, see ``_short_years``) and is evidence for one: a digest that writes only
    two-digit years still dates its ``12月`` and ``今年``."""
    lex, fold = sc.lex, sc.fold
    for m in lex.short_year_month.finditer(fold):
        y = 2000 + int(m.group("y"))
        if lex.short_year_window(y - 2000) and not lex.duration_context(fold, m.start(), None):
            iso = _iso(y, int(m.group("m")))
            yield (_dm(sc, m.start(), m.end(), iso, "month", "gregorian", "short_year_month"),)


def _parse_month_code(sc: _Scan) -> Iterator[Parts]:
    """2024M12, 2024M1-10: the month code of a research note (its monthly statistics); a
    span of months is two dates, its start and end, as 2024年1-10月 is."""
    lex, fold = sc.lex, sc.fold
    for m in lex.month_code.finditer(fold):
        y, m1 = int(m.group("y")), int(m.group("m1"))
        if not lex.greg_min <= y <= lex.greg_max:
            continue
        if m.group("m2") is None:
            yield (_dm(sc, m.start(), m.end(), _iso(y, m1), "month", "gregorian", "month_code"),)
            continue
        m2 = int(m.group("m2"))
        if m1 >= m2:
            continue
        s2 = m.start("m2") - (fold[m.start("m2") - 1] == "M")  # (2024M1-M10: its M)
        yield (
            _dm(
                sc,
                m.start(),
                m.end("m1"),
                _iso(y, m1),
                "month",
                "gregorian",
                "month_code",
                role="start",
                month=m1,
            ),
            _dm(
                sc,
                s2,
                m.end(),
                _iso(y, m2),
                "month",
                "gregorian",
                "month_code",
                role="end",
                month=m2,
            ),
        )


def _parse_model_year(sc: _Scan) -> Iterator[Parts]:
    """2021 款的漢 EV, 2017年款iPad: a model year names a car's or a device's model by its
    year, a calendar reference (FORMAT: years inside names are dates); a count of goods
    (推出2681款新品, 產品2030款) is not one (see model_year_after in dates.yaml)."""
    lex, fold = sc.lex, sc.fold
    for m in lex.model_year.finditer(fold):
        y, s = int(m.group("y")), m.start()
        if lex.bare_min <= y <= lex.bare_max and lex.model_year_after.search(
            fold, max(0, s - 6), s
        ):
            yield (_dm(sc, m.start(), m.end(), _iso(y), "year", "gregorian", "model_year"),)


def _parse_en_month(sc: _Scan) -> Iterator[Parts]:
    """January 2024, Jan. 15, 2024, 15 January 2024."""
    lex, fold = sc.lex, sc.fold
    for i, rx in enumerate(lex.en):
        for m in rx.finditer(fold):
            s = m.start()
            if s > 0 and (
                fold[s - 1].isascii() and fold[s - 1].isalpha() if i == 0 else fold[s - 1].isdigit()
            ):
                continue
            mon = m.group("mon")
            month = int(mon) if mon.isdigit() else lex.en_months.get(mon.lower())
            y = int(m.group("y"))
            if month is None or not lex.greg_min <= y <= lex.greg_max:
                continue
            d = int(m.group("d")) if m.group("d") else None
            iso = _iso(y, month, d)
            if iso:
                yield (_dm(sc, s, m.end(), iso, "day" if d else "month", "gregorian", "en_month"),)


def _word_ok(fold: str, start: int, end: int, entry: dict[str, Any]) -> bool:
    """Whether the word at ``start:end`` stands on its own: not glued into another word by
    the character before or after it, unless the characters before form a word of their
    own (超過 + 去年業績, where 過 + 去年 would be 過去 + 年)."""
    before = fold[start - 1] if start > 0 else ""
    after = fold[end] if end < len(fold) else ""
    glued = before in (entry.get("not_after") or []) and not any(
        fold.endswith(w, 0, start) for w in entry.get("still_after") or []
    )
    # (a word that is a date only right before one of these: 昨 + 表示, dates.yaml only_before)
    only = entry.get("only_before")
    if only and not any(fold.startswith(w, end) for w in only):
        return False
    return not glued and after not in (entry.get("not_before") or [])


# (dates38) a bare weekday's week: the last one on or before the stamp, or the next one
WEEKDAY_PAST, WEEKDAY_NEXT = -9, 9


def _parse_weekday(sc: _Scan) -> Iterator[Parts]:
    """上週五, 下週二, 本週三, 週四 (dates.yaml: weekday_weeks): a day of the stamp's week or
    the one before or after it; ``offset`` is the week (-1, 0, 1) or, for a bare weekday,
    WEEKDAY_PAST / WEEKDAY_NEXT (a future cue leads its clause), ``day`` the weekday (Monday
    0). Not 每週五, 週一至週五, 一週一次, 週五(14日) (a stated day: relative_stated_day)."""
    lex, fold = sc.lex, sc.fold
    for m in lex.weekday.finditer(fold):
        s, e = m.start(), m.end()
        # (what stands before a bare weekday only: 指數上週五 is last Friday, 數週 a count)
        bare = m.group("pre") is None
        if (bare and fold[s - 1 : s] in lex.weekday_not_after) or (
            fold[e : e + 1] in lex.weekday_not_before
        ):
            continue
        if re.match(rf"{_SP}[(（]", fold[e : e + 3]):
            continue
        if bare and lex.day_glossed.search(fold, max(0, s - 7), s):
            # (dates44) 2024年11月15日 星期五, 3月4日星期一, 115年05月29日，星期五: the weekday
            # of the day before it names that day again (one date, as 12/3(二) is)
            continue
        week, day = _weekday_parts(lex, fold, m)
        yield (
            _dm(
                sc,
                s,
                e,
                None,
                "day",
                "gregorian",
                "weekday",
                relative=True,
                anchor="doc",
                unit="day",
                offset=week,
                day=day,
            ),
        )


def _weekday_parts(lex: _Lex, fold: str, m: re.Match[str]) -> tuple[int, int]:
    """The week (-1, 0, 1, WEEKDAY_PAST or WEEKDAY_NEXT) and the weekday (Monday 0) of a
    weekday matched in ``fold``."""
    day = min(lex.weekday_names.index(m.group("name")), 6)  # (日 and 天 are both Sunday)
    pre = m.group("pre")
    if pre is not None:
        return lex.weekday_weeks[pre], day
    s, e = m.start(), m.end()
    begin = last_of(fold, "，,。！？!?；;\n", s)
    ahead = lex.weekday_future.search(fold, begin, s) or lex.weekday_future.match(fold, e)
    return (WEEKDAY_NEXT if ahead else WEEKDAY_PAST), day


def _weekday_from(anchor_iso: str, week: int, weekday: int) -> str | None:
    """The iso of ``weekday`` (Monday 0) in the week ``week`` of the day ``anchor_iso``."""
    try:
        a = dt.date.fromisoformat(anchor_iso)
    except ValueError:
        return None
    if week == WEEKDAY_PAST:
        return (a - dt.timedelta(days=(a.weekday() - weekday) % 7)).isoformat()
    if week == WEEKDAY_NEXT:
        return (a + dt.timedelta(days=(weekday - a.weekday()) % 7)).isoformat()
    monday = a - dt.timedelta(days=a.weekday())
    if week == -1 and a.weekday() >= 5:
        week = 0  # (on a weekend 上週五 is the trading week just closed: 2025-11-23 → 11-21)
    return (monday + dt.timedelta(days=7 * week + weekday)).isoformat()


def _parse_relative(sc: _Scan) -> Iterator[Parts]:
    """今年, 去年底, 明年第一季, 本月, 同年, 近幾年 (vague), 今(2024)年 (stated)."""
    lex, fold = sc.lex, sc.fold
    for m in lex.rel.finditer(fold):
        word = m.group("rel")
        e = lex.relative[word]
        if e["unit"] != "year" or not _word_ok(fold, m.start(), m.start() + len(word), e):
            continue
        # 2000 is a leap year: 2月29日 is checked again on resolution.
        t = _tail(lex, m, 2000, m.end("du") if m.group("du") else m.end("rel"))
        yield (
            _dm(
                sc,
                m.start(),
                t.end,
                None,
                t.precision,
                "gregorian",
                "relative",
                t.qualifier,
                relative=True,
                # 上年三月: a month of last year, told from the writer's present; 較上年2月同期
                # compares with the period just written, as 上年同期 does
                anchor=(
                    e.get("month_anchor", e["anchor"])
                    if t.month and not lex.base_after.match(fold, t.end)
                    else e["anchor"]
                ),
                unit="year",
                offset=e["offset"],
                month=t.month,
                day=t.day,
            ),
        )
    for m in lex.rel_month.finditer(fold):
        word = m.group("relm")
        e = lex.relative[word]
        if e["unit"] != "month" or not _word_ok(fold, m.start(), m.start() + len(word), e):
            continue
        qual = lex.month_q[m.group("mq")] if m.group("mq") else _qual("none")
        yield (
            _dm(
                sc,
                m.start(),
                m.end(),
                None,
                "month",
                "gregorian",
                "relative",
                qual,
                relative=True,
                anchor=e["anchor"],
                unit="month",
                offset=e["offset"],
            ),
        )
    for m in lex.rel_day.finditer(fold):  # 今日, 昨天: a day of the text's own date
        e = lex.relative_days[m.group()]
        if _word_ok(fold, m.start(), m.end(), e):
            yield (
                _dm(
                    sc,
                    m.start(),
                    m.end(),
                    None,
                    "day",
                    "gregorian",
                    "relative_day",
                    relative=True,
                    anchor="doc",
                    unit="day",
                    offset=e["offset"],
                ),
            )
    for m in lex.rel_vague.finditer(fold):
        e = lex.vague[m.group("vg")]
        if _word_ok(fold, m.start(), m.end(), e):
            yield (
                _dm(
                    sc,
                    m.start(),
                    m.end(),
                    None,
                    "year",
                    "gregorian",
                    "relative",
                    "approx",
                    relative=True,
                    anchor="doc",
                    vague=True,
                ),
            )
    for m in itertools.chain(
        lex.rel_stated_day.finditer(fold),
        # (下週二(2日) at a month's end is next month's: left alone, not put in this one)
        (
            w
            for w in lex.weekday_stated_day.finditer(fold)
            if fold[w.start() - 1 : w.start()] != "下"
        ),
        lex.dateline_day.finditer(fold),
    ):
        d = int(m.group("sd"))
        if 1 <= d <= 31:
            yield (_day_of_month(sc, m.start(), m.end(), d, None, "relative"),)
    for m in lex.news_day.finditer(fold):  # 董事長25日表示, 20日晚: a day of the text's month
        d = int(m.group("sd") or m.group("od"))
        if (
            1 <= d <= 31
            and (
                not lex.dur_before.search(fold, max(0, m.start() - 4), m.start())
                or lex.news_day_subject.search(fold, max(0, m.start() - 4), m.start())
            )
            # (2月11日、12日及13日舉行: the last day of a list keeps the list's month)
            and not lex.day_list_prev.search(fold, max(0, m.start() - 4), m.start())
        ):
            # 該片將於14日在北美上映: a day announced ahead is of the text's month, never the
            # month before (news_day_ahead is not rolled back)
            ahead = "將" in fold[max(0, m.start() - 3) : m.start()]
            strategy = "news_day_ahead" if ahead else "news_day"
            yield (_day_of_month(sc, m.start(), m.end(), d, None, strategy),)
    for m in lex.rel_stated_prev_month.finditer(fold):  # 較上(4)月: a month told in brackets
        mo = int(m.group("sm"))
        if 1 <= mo <= 12:
            yield _month_day(sc, m.start(), m.end(), mo, None)
    for m in lex.rel_stated_month.finditer(fold):  # 本(10)月份, 本(7)月12日: the text's year
        mo = int(m.group("sm"))
        day = lex.day_value(m.group("smd")) if m.group("smd") else None
        if 1 <= mo <= 12 and _iso(2000, mo, day) is not None:
            yield _month_day(sc, m.start(), m.end(), mo, day)
    for m in itertools.chain(lex.rel_stated.finditer(fold), lex.rel_glossed.finditer(fold)):
        sy = m.group("sy")
        n = int(sy)
        cal: Calendar
        if len(sy) == 4:
            if not lex.greg_min <= n <= lex.greg_max:
                continue
            year, cal = n, "gregorian"
        else:
            if not lex.roc_prefixed[0] <= n <= lex.roc_prefixed[1]:
                continue
            year, cal = n + lex.roc_offset, "roc"
        t = _tail(lex, m, year, m.end("sn"))
        iso = _iso(year, t.month, t.day)
        if iso:
            yield (
                _dm(
                    sc,
                    m.start(),
                    t.end,
                    iso,
                    t.precision,
                    cal,
                    "relative",
                    t.qualifier,
                    relative=True,
                    anchor="doc",
                    month=t.month,
                    day=t.day,
                ),
            )


def _parse_shared_year(sc: _Scan) -> Iterator[Parts]:
    """明、後年, 今、明年: the first relative year of the list, whose 年 the next one carries
    (the second is read by ``_parse_relative``). Not glued to the word before it (說明、後年):
    the characters that keep its full word (明年) from standing alone keep it out too."""
    lex, fold = sc.lex, sc.fold
    for m in lex.shared_year.finditer(fold):
        c = m.group("c")
        entry = lex.relative.get(c + "年")
        if entry is None or not _word_ok(fold, m.start(), m.start(), {**entry, "not_before": []}):
            continue
        yield (
            _dm(
                sc,
                m.start(),
                m.end("c"),
                None,
                "year",
                "gregorian",
                "relative",
                relative=True,
                anchor="doc",
                unit="year",
                offset=lex.shared_year_words[c],
            ),
        )


def _parse_year_slash_list(sc: _Scan) -> Iterator[Parts]:
    """2025/2026/2027年, 25/26/27年: years listed with slashes before one 年, each a year of
    its own (the last with its 年), as a list written with 、 is; every year later than the
    one before and all written alike (four digits, or two of the 2000s in a longer run)."""
    lex = sc.lex
    for m in lex.year_slash_list.finditer(sc.fold):
        s0 = m.start("list")
        spans: list[tuple[int, int]] = []
        for piece in re.finditer(r"[0-9]+", m.group("list")):
            spans.append((s0 + piece.start(), s0 + piece.end()))
        widths = {e - s for s, e in spans}
        if len(widths) != 1 or widths - {2, 4}:
            continue
        short = widths == {2}
        if short and len(spans) < lex.year_slash_list_short_min:
            continue
        if short and not all(lex.short_year_window(int(sc.fold[s:e])) for s, e in spans):
            continue  # (97/98/99年: a ROC year's two digits, never 2097)
        years = [int(sc.fold[s:e]) + (2000 if short else 0) for s, e in spans]
        if any(b <= a for a, b in itertools.pairwise(years)):
            continue
        if not all(lex.greg_min <= y <= lex.greg_max for y in years):
            continue
        for n, ((s, e), y) in enumerate(zip(spans, years, strict=True)):
            end = m.end() if n == len(spans) - 1 else e
            yield (_dm(sc, s, end, _iso(y), "year", "gregorian", "year_slash_list"),)


def _parse_paired_years(sc: _Scan) -> Iterator[Parts]:
    """今明兩年, 明後兩年: two relative years in one phrase, each its own date (今 of 今年, then
    明兩年 of 明年), counted from the text's year as ``_parse_relative`` counts them."""
    lex = sc.lex
    for m in lex.paired_year.finditer(sc.fold):
        first, second = lex.paired_years[m.group("p")]
        mid = m.start("p") + 1
        for start, end, offset in ((m.start("p"), mid, first), (mid, m.end(), second)):
            yield (
                _dm(
                    sc,
                    start,
                    end,
                    None,
                    "year",
                    "gregorian",
                    "shared_year",
                    relative=True,
                    anchor="doc",
                    unit="year",
                    offset=offset,
                ),
            )


def _clause_anchored(
    sc: _Scan,
    m: re.Match[str],
    strategy: str,
    offset: int,
    qual: DateQualifier = "none",
    group: str | int = 0,
) -> Parts:
    """A year counted from the date written before it in its clause (decided in
    extract_dates; with no such date ``_drop_open_counts`` drops most of them)."""
    prec: DatePrecision = "year"
    if qual in ("q1", "q2", "q3", "q4", "h1", "h2"):
        prec = "quarter" if qual[0] == "q" else "half"
    return (
        _dm(
            sc,
            m.start(group),
            m.end(group),
            None,
            prec,
            "gregorian",
            strategy,
            qual,
            relative=True,
            anchor="sentence",
            unit="year",
            offset=offset,
        ),
    )


def _parse_counted(sc: _Scan) -> Iterator[Parts]:
    """四年前, 三年後: a year counted from another."""
    lex, fold = sc.lex, sc.fold
    for m in lex.counted.finditer(fold):
        s = m.start()
        if s > 0 and (fold[s - 1].isdigit() or fold[s - 1] in lex.cjk_digits):
            continue
        if lex.counted_event.search(fold, max(0, s - 6), s):
            continue  # 上市三年後: counted from an event, not a date
        raw = m.group("n")
        n = int(raw) if raw.isascii() else lex.cjk_int(raw.replace("兩", "二"))
        if not n or n > lex.counted_max:
            continue
        yield _clause_anchored(sc, m, "counted", -n if m.group("w") in lex.counted_back else n)


def _count_opens_clause(fold: str, m: DateMatch) -> bool:
    """``…的細節後，在10年前，國際三期臨床的費用…``: a counted year set as its clause's
    whole frame (在 or 早在 opening the clause, a comma closing it) counts from the text's
    present, not from a year an earlier clause of its sentence wrote. Not a bare count after
    a dated event (``1997年獲批上市，三年後，即2000年``), which continues the story."""
    lex = _lexicon()
    opens = lex.counted_own_clause.search(fold, max(0, m.start - 4), m.start) is not None
    return opens and fold[m.end : m.end + 1] in ("，", ",")


def _parse_yearless_quarter(sc: _Scan) -> Iterator[Parts]:
    """第四季度, 一季度, 第3季 with no year of their own (and each of a list, 第2、3季)."""
    lex = sc.lex
    ends: set[int] = set()  # where each quarter read so far ends (a list's items)
    for m in lex.yearless_quarter.finditer(sc.fold):
        raw = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
        raw = raw or m.group("f")
        gap = lex.quarter_list_gap
        if m.group("e") and not any(gap.fullmatch(sc.fold, e, m.start()) for e in ends):
            continue  # 連續3、4季: the last of a list counts only after a quarter listed before it
        if m.group("f") and _heading_number(sc.fold, m.start("f"), m.end("f")):
            continue  # (dates44) 2、二季度全國…: the line's heading number, then one quarter
        ends.add(m.end())
        n = int(raw) if raw.isascii() else lex.cjk_digits[raw]
        yield _clause_anchored(sc, m, "yearless_quarter", 0, _qual(f"q{n}"))


# (a bare half, 首季, 前三季 or 第2季 with no date in its clause takes the year of the
# release it continues; see _release_year)
_RELEASE_RULES = frozenset(rule_id(r) for r in ("period_word", "leading_part", "yearless_quarter"))


def _parse_period_word(sc: _Scan) -> Iterator[Parts]:
    """上半年, 下半年, 首季, 累計前5月, 前三季 written alone: parts of a year with no year of
    their own, of the year their clause writes before them or, in a release, of the year
    the release is about (see ``_release_year``)."""
    lex = sc.lex
    for m in lex.period_word.finditer(sc.fold):
        yield _clause_anchored(sc, m, "period_word", 0, lex.period_words[m.group("pw")])
    for m in lex.year_half.finditer(sc.fold):
        yv = lex.year_value(False, m.group("yd"), sc.fold, None, None)
        if yv is not None:
            year, cal = yv
            rule = "roc_year" if cal == "roc" else "cjk_ymd"
            yield (
                _dm(
                    sc,
                    m.start(),
                    m.end(),
                    _iso(year),
                    "half",
                    cal,
                    rule,
                    lex.period_words[m.group("pw")],
                ),
            )
    for m in lex.bare_leading.finditer(sc.fold):
        yield _clause_anchored(sc, m, "leading_part", 0, group="lp" if m.group("lp") else "lf")


def _parse_yearless_part(sc: _Scan) -> Iterator[Parts]:
    """年末, 年底, 年初 with no year of their own: of the year written before them."""
    lex = sc.lex
    for m in lex.yearless_part.finditer(sc.fold):
        # (每年都會在年底前公布: the end of every year, recurring, is no year's)
        begin = last_of(sc.fold, "，,。；;！？!?\n", m.start()) + 1
        if lex.recurring_in_clause.search(sc.fold, begin, m.start()):
            continue
        yield _clause_anchored(sc, m, "yearless_part", 0, lex.year_q[m.group("yq")])


def _parse_range(sc: _Scan) -> Iterator[Parts]:
    """Ranges whose second end is partial: 2023-2028, 2023~2028年, 110至112年, 2023年1~3月,
    2024年1月15日至20日. Ranges of two complete dates are linked after selection."""
    lex, fold = sc.lex, sc.fold
    for m in lex.range_yy.finditer(fold):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        short = len(m.group("y2")) == 2
        if short:  # 2019至21年: the second end in its century's short form
            y2 += y1 - y1 % 100
        n1, n2 = m.group("n1"), m.group("n2")
        if n1 and n2 and not short:  # two full dates: left to the linker (2023年底 keeps
            continue  # its qualifier)
        if not (lex.greg_min <= y1 < y2 <= lex.greg_max and y2 - y1 <= 150):
            continue
        if not lex.num_ok(fold, m.start()):
            continue
        if not n1 and not n2:
            if not (lex.bare_min <= y1 and y2 <= lex.bare_max):
                continue
            if lex.bare_not_after.search(fold, max(0, m.start() - 8), m.start()):
                continue
            if lex.bare_not_before.match(fold, m.end()):
                if lex.range_from_after.match(fold, m.end()):
                    # 2025–2026 起: from then on, no count of 2026 items; two bare years, as
                    # each alone would be (no evidence of the text's own year either)
                    for s1, e1, yy in ((m.start(), m.end("y1"), y1), (m.start("y2"), m.end(), y2)):
                        yield (_dm(sc, s1, e1, _iso(yy), "year", "gregorian", "bare_year"),)
                continue
        e1 = m.end("n1") if n1 else m.end("y1")
        yield (
            _dm(sc, m.start(), e1, _iso(y1), "year", "gregorian", "range", role="start"),
            _dm(sc, m.start("y2"), m.end(), _iso(y2), "year", "gregorian", "range", role="end"),
        )
    for m in lex.season_slash.finditer(fold):
        y1 = int(m.group("y1"))
        long = len(m.group("y2")) == 4
        y2 = int(m.group("y2")) if long else y1 - y1 % 100 + int(m.group("y2"))
        if y2 != y1 + 1 or not lex.greg_min <= y1 < y2 <= lex.greg_max:
            continue  # (a season runs into the next year only: 2015/16, not 2015/18)
        if long and m.group("w") == "年":
            continue  # (2024/2025年 is as often two years listed; 2024/2025年度 is a season)
        yield (
            _dm(sc, m.start(), m.end("y1"), _iso(y1), "year", "gregorian", "season", role="start"),
            _dm(
                sc,
                m.start("y2"),
                m.end("y2") if m.group("close") else m.end("w"),  # (its 年度, not a bracket)
                _iso(y2),
                "year",
                "gregorian",
                "season",
                role="end",
            ),
        )
    for m in lex.range_roc.finditer(fold):
        if not lex.num_ok(fold, m.start()):
            continue
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        prefixed, start = sc.prefixed(m.start())
        lo, hi = lex.roc_prefixed if prefixed else lex.roc_bare
        if not lo <= y1 < y2 <= hi:
            continue
        after = None if lex.range_span.match(fold, m.end("nian")) else m.end("nian")
        if not prefixed and lex.duration_context(fold, m.start("y1"), after):
            continue
        off = lex.roc_offset
        yield (
            _dm(sc, start, m.end("y1"), _iso(y1 + off), "year", "roc", "range", role="start"),
            _dm(sc, m.start("y2"), m.end(), _iso(y2 + off), "year", "roc", "range", role="end"),
        )
    for y, prefixed, start in sc.years:
        # Only a month numeral after 年 can open a month or day range.
        nxt = fold[y.end("nian") : y.end("nian") + 8].lstrip(" \t")[:1]
        if nxt and (nxt.isdigit() or nxt in lex.month_chars):
            yield from _month_or_day_range(sc, y.start(), prefixed, start)


def _month_or_day_range(sc: _Scan, pos: int, prefixed: bool, start: int) -> Iterator[Parts]:
    """2023年1~3月, 2023年1月至3月, 2024年1月15日至20日, 2024年1月30日至2月3日 at ``pos``."""
    lex, fold = sc.lex, sc.fold
    m = lex.range_mm.match(fold, pos)
    if m:
        yv = lex.year_value(prefixed, m.group("yd"), fold, None, None)
        m1, m2 = lex.month_value(m.group("m1")), lex.month_value(m.group("m2"))
        if yv is not None and 1 <= m1 < m2 <= 12:
            year, cal = yv
            q2 = lex.month_q[m.group("mq")] if m.group("mq") else _qual("none")
            e1 = m.end("u1") if m.group("u1") else m.end("m1")
            yield (
                _dm(sc, start, e1, _iso(year, m1), "month", cal, "range", role="start", month=m1),
                _dm(
                    sc,
                    m.start("m2"),
                    m.end(),
                    _iso(year, m2),
                    "month",
                    cal,
                    "range",
                    q2,
                    role="end",
                    month=m2,
                ),
            )
    m = lex.range_dd.match(fold, pos)
    if m:
        yv = lex.year_value(prefixed, m.group("yd"), fold, None, None)
        if yv is None:
            return
        year, cal = yv
        m1 = lex.month_value(m.group("m1"))
        m2 = lex.month_value(m.group("m2")) if m.group("m2") else m1
        d1, d2 = lex.day_value(m.group("d1")), lex.day_value(m.group("d2"))
        a, b = _iso(year, m1, d1), _iso(year, m2, d2)
        if a is None or b is None or not a < b:
            return
        e1 = m.end("u1") if m.group("u1") else m.end("d1")
        s2 = m.start("m2") if m.group("m2") else m.start("d2")
        yield (
            _dm(sc, start, e1, a, "day", cal, "range", role="start", month=m1, day=d1),
            _dm(sc, s2, m.end(), b, "day", cal, "range", role="end", month=m2, day=d2),
        )


_CODE_LINE = re.compile(r"^[ \t]*(?P<c>[0-9]{4})[ \t]+[\u4e00-\u9fff]", re.MULTILINE)


def _account_code_starts(lex: _Lex, fold: str) -> frozenset[int]:
    """Line-leading 4-digit numbers that are account codes (1980 其他金融資產): in a text
    whose lines start with codes before account names, several of those codes cannot be
    years (1100, 1170, 3110), so none of them is one."""
    found = [(m.start("c"), int(m.group("c"))) for m in _CODE_LINE.finditer(fold)]
    not_years = sum(1 for _, c in found if not lex.bare_min <= c <= lex.bare_max)
    return frozenset(s for s, _ in found) if not_years >= 3 else frozenset()


# 大成鋼（2027）, 聯發科 (2454): four digits alone in brackets right after a name (a CJK
# or Latin letter, not a time word such as 今/去/年 that a bracketed year glosses)
_NAME_BRACKET = gated(r"(?<=[A-Za-z\u4e00-\u9fff])[ \t]?[（(][ \t]?(?P<c>[0-9]{4})[ \t]?[）)]")
_TICKER_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _ticker_starts(lex: _Lex, fold: str) -> frozenset[int]:
    """Bracketed four-digit numbers after names that are stock codes, not years: in a text
    where one such number cannot be a year (台積電（2330）) or one sentence lists several
    (大成鋼（2027）、第一銅（2009）、燁興（2007）), every one of them is a code. A bracketed
    year after a time word (今(2024)年, 去年（2023）) does not match, and a single citation
    year after a source (MIC（2024）) stays a year."""
    marked = frozenset(m.start("c") for m in lex.ticker_market.finditer(fold))
    found = [
        (m.start("c"), int(m.group("c")), m.group("c"))
        for m in _NAME_BRACKET.finditer(fold)
        if fold[max(0, m.start() - 1)] not in lex.ticker_not_after
    ]
    if not found:
        return marked
    if any(not lex.bare_min <= c <= lex.bare_max for _, c, _ in found):
        return marked | frozenset(s for s, _, _ in found)
    ends = [m.start() for m in _TICKER_SENTENCE_END.finditer(fold)]
    per_sentence: dict[int, set[str]] = {}
    for s, _, digits in found:
        per_sentence.setdefault(bisect.bisect_left(ends, s), set()).add(digits)
    if any(len(v) >= lex.ticker_list_min for v in per_sentence.values()):
        return marked | frozenset(s for s, _, _ in found)
    return marked


def _parse_bare_year(sc: _Scan) -> Iterator[Parts]:
    """A four-digit year with no 年 (2012 生技產業白皮書, (2023)), when it is not a count."""
    lex, fold = sc.lex, sc.fold
    codes = _account_code_starts(lex, fold) | _ticker_starts(lex, fold)
    for m in lex.bare.finditer(fold):
        y = int(m.group("y"))
        s = m.start()
        if not lex.bare_min <= y <= lex.bare_max:
            continue
        event = y <= lex.bare_latin_max and _EVENT_GLUED.search(fold, max(0, s - 8), s)
        if not (event or lex.num_ok(fold, s)):
            continue  # (CES2025, COMPUTEX2024: an event's edition glued to its name)
        if s in codes:
            continue
        if lex.bare_not_before.match(fold, m.end()):
            continue
        if lex.bare_not_after.search(fold, max(0, s - 8), s):
            continue
        if y > lex.bare_latin_max and _LATIN_BEFORE.search(fold, max(0, s - 3), s):
            continue  # RTX 2080: a model number, not a year
        if _glued_model_line(lex, fold, s):
            continue  # 天璣2000: a listed line's model number, not a year (prods58)
        if _STAMP_BEFORE.search(fold, max(0, s - 32), s):
            continue  # (dates38) 2017-03-03 2043: a page's view count beside its stamp
        yield (_dm(sc, s, m.end(), _iso(y), "year", "gregorian", "bare_year"),)
    for m in lex.bare_event_after.finditer(fold):
        y, s = int(m.group("y")), m.start()
        if not lex.bare_min <= y <= lex.bare_latin_max or m.group("ev") in lex.currency_codes:
            continue
        if lex.bare_not_before.fullmatch(fold, m.end("y"), m.end()) or s in codes:
            continue
        if lex.bare_not_after.search(fold, max(0, s - 8), s):
            continue
        yield (_dm(sc, s, m.end("y"), _iso(y), "year", "gregorian", "bare_year"),)


def _glued_model_line(lex: _Lex, fold: str, s: int) -> bool:
    """Whether a listed line's Chinese name (天璣, 驍龍) ends right at ``s``, glued to the
    number: the number is that line's model (天璣2000), not a year."""
    return any(
        fold[s - k : s] in lex.model_lines for k in range(2, min(s, lex.model_line_max) + 1)
    )


_LATIN_BEFORE = re.compile(r"[A-Za-z][ \t]{0,2}$")
# a full numeric day (and its time) with only spaces after it, on the number's line: a site's
# stamp, whose next number is a count (views, hits), not a year
_STAMP_BEFORE = re.compile(
    r"(?<![0-9])[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}"
    r"(?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t]+$"
)
# 材料-KY2023年第一季: a company's Latin suffix (two or more capitals, a word of its own)
_NAME_GLUED = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}$")


def _name_glued_year(lex: _Lex, fold: str, s: int, digits: str) -> bool:
    """Whether the four digits at ``s``, glued to a Latin name before them and followed by
    年 (the caller's match), are a year: ``材料-KY2023年第一季`` (a -KY company's results)
    writes its name and the year with no space; a model number (RTX2080) has no 年 after
    it, and a year that late is no results year (bare_year_after_latin_max)."""
    return (
        len(digits) == 4
        and lex.bare_min <= int(digits) <= lex.bare_latin_max
        and _NAME_GLUED.search(fold, max(0, s - 8), s) is not None
    )


_EVENT_GLUED = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,}$")


# characters that end an amount before its 元 (5億元月增3%)
_AMOUNT_END = "萬億千百兆仟佰幣$"
_NOT_MONTH_AFTER = "0-9.,/:年個第前近後〇○零一二三四五六七八九十"
# (dates32: the words of _NOT_MONTH_AFTER that count or order months keep a month out with
# spaces between too, as cnyes writes 近 3 月 for 近3月, a fund's past three months; not 年,
# whose 2023 年 6 月 is a date, nor digits)
_COUNT_BEFORE_SPACED_MONTH = frozenset("個第近")
# (逼近 3 月強震後的低點, 越接近 6 月份營收公布期: near a month, a date; not 後 either, 併購
# 後 7 月將…: July, after the deal)
_NEAR_WORDS = ("接近", "逼近", "將近", "靠近", "貼近")


def _counted_spaced_month(before: str) -> bool:
    """Whether the text ``before`` a spaced month (its spaces stripped) ends in a word that
    counts or orders months (近 3 月, 第 3 月) rather than one that dates one (逼近 3 月)."""
    return before[-1:] in _COUNT_BEFORE_SPACED_MONTH and not before.endswith(_NEAR_WORDS)


# (a half-width comma after a word is punctuation: 持續走升,10月中旬過後 in text whose
# 「，」 a parser made 「,」; after a digit it separates thousands: 1,10月 is no month)
_MONTH_DAY = gated(
    rf"(?<![{_NOT_MONTH_AFTER.replace(',', '')}])(?<![0-9],)(?<![0-9]-)"
    rf"(?P<mo>{_MON})[ \t]*月(?:份)?"
    rf"(?:[ \t]*(?P<d>{_DAY})[ \t]*[日號]|(?!{_NOT_MONTH}))"  # 6月23日報導 keeps its day
)


_MM_DD = gated(r"(?<![0-9./])(?P<mo>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9/.])")
# 於2/18舉行, 訂於11/21公佈: a month/day after 於 and before a word is a date (not after
# 低於/高於/大於..., where 1/3 is a fraction, nor before 的/之/以, 左右 ...)
_AT_MD = gated(
    r"(?<![低高等大小少多近超過優劣])於[ \t]*(?P<mo>1[0-2]|[1-9])/(?P<d>3[01]|[12][0-9]|[1-9])"
    rf"(?![0-9/.%])(?=[ \t]*[\u4e00-\u9fff]|{_WEEKDAY})(?![ \t]*[的之以左強多處])"
)

# 7/8至8/5活動期間, 7/1~7/31: two month/day pairs joined by a range word, the second later
# (in the same or one of the next few months) are two dates (a range of fractions or ratios
# never runs so; not inside a longer number or a date written out, 2016/7/8)
# (5/12-5/16, 5/12–5/16: a dash joins two month/days as 至 does; the fraction and order checks
# below keep 1/3-1/2 out)
_MD_RANGE = gated(
    r"(?<![0-9./])(?P<mo>1[0-2]|[1-9])/(?P<d>3[01]|[12][0-9]|[1-9])"
    r"[ \t]*(?:至|到|~|～|〜|-|–|—)[ \t]*"
    r"(?P<mo2>1[0-2]|[1-9])/(?P<d2>3[01]|[12][0-9]|[1-9])(?![0-9/.%])"
)
_MD_RANGE_MONTHS = 3
_MD_RANGE_FRACTION = 10

# 本周五(12/4)正式上櫃, 下週一（7/25）起, 除權交易日8/15(二): a month/day glossing a weekday
# in brackets, or glossed by one, is a date (a ratio or a fraction is never either)
_WEEKDAY_MD = gated(
    r"(?:(?<=(?:週|周|期|拜)[一二三四五六日天])[ \t]*[(（][ \t]*"
    r"(?P<mo>1[0-2]|[1-9])/(?P<d>3[01]|[12][0-9]|[1-9])(?=[ \t]*[)）])"
    r"|(?<![0-9./])(?P<mo2>1[0-2]|[1-9])/(?P<d2>3[01]|[12][0-9]|[1-9])"
    rf"(?=[ \t]*{_WEEKDAY}))"
)


def _month_day(
    sc: _Scan,
    start: int,
    end: int,
    month: int,
    day: int | None,
    qualifier: DateQualifier = "none",
) -> Parts:
    return (
        _dm(
            sc,
            start,
            end,
            None,
            "day" if day else "month",
            "gregorian",
            "month_day",
            qualifier,
            relative=True,
            anchor="doc",
            unit="year",
            offset=0,
            month=month,
            day=day,
        ),
    )


def _in_relative_year(
    sc: _Scan, start: int, end: int, entry: dict[str, Any], month: int, day: int | None = None
) -> DateMatch:
    """A month (or day) of a year told relatively (今年1-2月, 去年12月1日～15日)."""
    return _dm(
        sc,
        start,
        end,
        None,
        "day" if day else "month",
        "gregorian",
        "relative",
        relative=True,
        anchor=entry["anchor"],
        unit="year",
        offset=entry["offset"],
        month=month,
        day=day,
    )


def _list_number_first(fold: str, items: list[re.Match[str]]) -> bool:
    """一、8月底…, 二、8月總薪資…: the first item of a month list is the number of a heading
    when the list mixes a Chinese numeral with Arabic digits (a list of months is written in
    one script: 5、6月, 五、六月), or when it opens a numbered line (_heading_number); the
    month after it is read alone."""
    first = items[0]
    if not first.group().isdigit() and any(x.group().isdigit() for x in items[1:]):
        return True
    return len(items) == 2 and _heading_number(fold, first.start(), first.end())


_HEADING_NUMERALS = "一二三四五六七八九十"


def _heading_number(fold: str, start: int, end: int) -> bool:
    """4、8月21日…, 2、二季度…, 三、9月出口…: a number that opens its line with 、 right after
    it is the line's heading number when another line opens with the number before or after
    it (a digest's or a release's numbered items: 1、…, 2、…), not the first of a list."""
    i = start
    while i > 0 and fold[i - 1] in " \t\u3000":
        i -= 1
    if (i > 0 and fold[i - 1] != "\n") or fold[end : end + 1] != "、":
        return False
    raw = fold[start:end]
    if raw.isdigit():
        n = int(raw)
        near = [str(k) for k in (n - 1, n + 1) if k >= 1]
    elif raw in _HEADING_NUMERALS:
        n = _HEADING_NUMERALS.index(raw) + 1
        near = [_HEADING_NUMERALS[k - 1] for k in (n - 1, n + 1) if 1 <= k <= 10]
    else:
        return False
    return not _line_heading_numbers(fold).isdisjoint(near)


_LINE_HEADING = re.compile(r"(?:^|\n)[ \t\u3000]*([0-9]+|[一二三四五六七八九十])、")


@functools.lru_cache(maxsize=2)
def _line_heading_numbers(fold: str) -> frozenset[str]:
    """The numbers that open a line with 、 (1、…, 二、…), found once per text instead of one
    whole-text search per candidate heading number."""
    return frozenset(m.group(1) for m in _LINE_HEADING.finditer(fold))


def _parse_month_span(sc: _Scan) -> Iterator[Parts]:
    """Months written with one 月: a list (5、6月 -> May and June, each a date of its own)
    or a period (1至9月, 今年1-2月), alone or after a relative year whose year they take.
    After a written year they are that year's (2016年7、8、9月)."""
    lex, fold = sc.lex, sc.fold
    for m in lex.month_span.finditer(fold):
        s = m.start()
        rel = m.group("rel")
        entry = lex.relative[rel] if rel else None
        written = None
        if entry is not None:
            if not _word_ok(fold, s, s + len(rel), entry):
                continue
        elif s > 0 and (
            (fold[s - 1] in _NOT_MONTH_AFTER and not _comma_after_word(fold, s - 1))
            or (fold[s - 1].isalpha() and fold[s - 1].isascii())
        ):
            written = sc.year_before(s)  # 2016年7、8、9月: the months of the year written
            stated = written is None and (written := sc.stated_year_before(s)) is not None
            if written is None:
                continue
            s = written[2]
        if m.group("items"):
            items = list(lex.month_item.finditer(fold, m.start("items"), m.end("items")))
            if _list_number_first(fold, items):
                continue  # (dates44) 一、8月底…: a heading's number, then one month
            ends = [(x.start(), x.end(), lex.month_value(x.group())) for x in items]
        else:
            e1 = m.end("u1") if m.group("u1") else m.end("m1")
            ends = [
                (m.start("m1"), e1, lex.month_value(m.group("m1"))),
                (m.start("m2"), m.end(), lex.month_value(m.group("m2"))),
            ]
        months = [mo for _, _, mo in ends]
        if not all(1 <= a < b <= 12 for a, b in itertools.pairwise(months)):
            continue  # a list or period of months runs forward (not 12、3月 or 5-2月)
        parts: list[DateMatch] = []
        for k, (a, b, mo) in enumerate(ends):
            a, b = (s if k == 0 else a), (m.end() if k == len(ends) - 1 else b)
            if written is not None:
                year, cal, _ = written
                rule = (
                    "range" if not m.group("items") else "roc_year" if cal == "roc" else "cjk_ymd"
                )
                # 今(104)年1-9月: the text states its year, as 今(104)年 alone does
                kw: dict[str, Any] = {"relative": True, "anchor": "doc"} if stated else {}
                rule = "relative" if stated else rule
                parts.append(_dm(sc, a, b, _iso(year, mo), "month", cal, rule, month=mo, **kw))
                continue
            if entry is None:
                parts.extend(_month_day(sc, a, b, mo, None))
                continue
            parts.append(_in_relative_year(sc, a, b, entry, mo))
        if m.group("items"):
            yield from ((p,) for p in parts)
        else:
            yield replace(parts[0], role="start"), replace(parts[1], role="end")


def _parse_day_span(sc: _Scan) -> Iterator[Parts]:
    """Days of one month written with one 月 (今年5月16-31日, 5月16日至31日): two days, the
    start and end of a period, as after a written year (2013年5月16-31日); before, only the
    month (or the first day) was read."""
    lex, fold = sc.lex, sc.fold
    for m in lex.day_span.finditer(fold):
        s = m.start()
        rel = m.group("rel")
        entry = lex.relative[rel] if rel else None
        if entry is not None:
            if not _word_ok(fold, s, s + len(rel), entry):
                continue
        elif s > 0 and (fold[s - 1] in _NOT_MONTH_AFTER or _is_alnum(fold[s - 1])):
            continue  # (2013年5月16-31日 is the written year's; 15月, A5月 no month)
        mo = lex.month_value(m.group("mo"))
        d1, d2 = lex.day_value(m.group("d1")), lex.day_value(m.group("d2"))
        if not (1 <= mo <= 12 and 1 <= d1 < d2 <= 31 and _iso(2000, mo, d2)):
            continue
        e1 = m.end("u1") if m.group("u1") else m.end("d1")
        ends = ((s, e1, d1), (m.start("d2"), m.end(), d2))
        if entry is None:
            a, b = (_month_day(sc, x, y, mo, d)[0] for x, y, d in ends)
        else:
            a, b = (_in_relative_year(sc, x, y, entry, mo, d) for x, y, d in ends)
        yield replace(a, role="start"), replace(b, role="end")


_OPEN_NAME = '「『《〈“"'
_CLOSE_NAME = '」』》〉”"'


# a year of four digits glued to a Chinese word after it (2023年, 2019全球)
_SOURCE_COLON_YEAR = re.compile(r"(?:19|20)[0-9]{2}[\u4e00-\u9fff]")
# a Latin name of two letters or more, a word of its own, right before the colon
_SOURCE_BEFORE_COLON = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}$")


@functools.cache
def _latin_date_labels() -> frozenset[str]:
    """dates.yaml latin_date_labels: the Latin labels a page prints before its date."""
    return frozenset(load_lexicon("dates")["latin_date_labels"])


def _comma_after_word(fold: str, i: int) -> bool:
    """Whether ``fold[i]`` is a half-width comma used as punctuation (after no digit)."""
    return fold[i] == "," and (i == 0 or not fold[i - 1].isdigit())


def _day_told_before(told_days: Mapping[str, set[str]], m: DateMatch) -> str | None:
    """The year of a full day already told with the month and day of ``m`` (a month-day
    without its year), when the text told that day once only (or always in one year).

    ``told_days``: the years of every day told so far by the ``-MM-DD`` end of its ISO date
    (``_tell_day``), kept as the dates are resolved, so that a day is one look-up instead
    of a walk over every date told before it."""
    if m.rule != rule_id("month_day") or m.month is None or m.day is None:
        return None
    years = told_days.get(f"-{m.month:02d}-{m.day:02d}", ())
    return next(iter(years)) if len(years) == 1 else None


def _tell_day(told_days: dict[str, set[str]], fact: DateFact) -> None:
    """Record a resolved day for ``_day_told_before`` (its year under its ``-MM-DD`` end)."""
    if fact.precision == "day" and fact.iso:
        told_days.setdefault(fact.iso[-6:], set()).add(fact.iso[:4])


def _month_names_term(lex: _Lex, fold: str, m: re.Match[str]) -> bool:
    """一月效應, 「五月天」, 《四月物語》: a month word that opens a term or a quoted name
    (more CJK after 月 before the closing mark) names something, not a month."""
    if lex.month_term.match(fold, m.end()):
        return True
    if m.start() == 0 or fold[m.start() - 1] not in _OPEN_NAME:
        return False
    run = fold[m.end() : m.end() + 12]
    close = next((i for i, c in enumerate(run) if c in _CLOSE_NAME), 0)
    return close > 0 and all("\u4e00" <= c <= "\u9fff" for c in run[:close])


def _parse_month_day(sc: _Scan) -> Iterator[Parts]:
    """A month or a day with no year (7月27日, 4月, 九月份, 02/03): its year is the one just
    written in its sentence, the document's, or the one the text establishes (resolved in
    ``extract_dates``)."""
    lex, fold = sc.lex, sc.fold
    for m in itertools.chain(_MONTH_DAY.finditer(fold), lex.adverb_month.finditer(fold)):
        if (
            m.group("mo").isdigit()
            and m.start() > 0
            and fold[m.start() - 1].isascii()
            and fold[m.start() - 1].isalpha()
        ):
            continue  # A5月: a name; Pitchbook九月份 is a month
        if (
            m.group("mo").isdigit()
            and fold[m.start() - 1 : m.start()] in (" ", "\t")
            and _counted_spaced_month(fold[: m.start()].rstrip(" \t"))
        ):
            continue  # 近 6 月上漲 8%, 第 3 月: a count or an ordinal of months, spaced as 近6月
        mo = lex.month_value(m.group("mo"))
        if m.group("mo") == "元" and (
            m.start() == 0
            or fold[m.start() - 1] in _AMOUNT_END
            or fold[m.end() : m.end() + 1] in "增減"
        ):
            continue  # 100萬元月增: an amount's 元, not 元月 (January)
        if not 1 <= mo <= 12:
            continue
        if not m.group("d") and _month_names_term(lex, fold, m):
            continue
        if not m.group("d") and lex.month_count.search(fold, max(0, m.start() - 4), m.start()):
            continue  # 終結連7月擴張: seven months in a row, not July
        if lex.recurring.search(fold, max(0, m.start() - 6), m.start()):
            continue  # 每年3月: every year's March, no one date
        if lex.lunar.search(fold, max(0, m.start() - 4), m.start()):
            continue  # (dates38) 農曆七月: a lunar month, no Gregorian one
        d = lex.day_value(m.group("d")) if m.group("d") else None
        if d is not None and not 1 <= d <= 31:
            continue
        # (7 月下旬, 8 月初, 12月底: a month with no year keeps the point in it the text
        # names, as 2023年6月中旬 does; the span takes the word)
        q = None if d is not None else lex.month_qual_after.match(fold, m.end())
        if q is not None:
            yield _month_day(sc, m.start(), q.end(), mo, None, lex.month_q[q.group("mq")])
            continue
        yield _month_day(sc, m.start(), m.end(), mo, d)
        end = lex.day_range_end.match(fold, m.end()) if d is not None else None
        d2 = lex.day_value(end.group("d2")) if end else None
        if end and d2 is not None and d is not None and d < d2 <= 31:
            yield _month_day(sc, end.start("d2"), end.end(), mo, d2)
        for a, b, listed in _listed_days(sc, m.end(), d):
            yield _month_day(sc, a, b, mo, listed)
    for m in _MM_DD.finditer(fold):
        # 上週（02/03-02/07）: a zero-padded month/day pair (11/12 could be a ratio)
        if m.group("mo")[0] == "0" or m.group("d")[0] == "0":
            yield _month_day(sc, m.start(), m.end(), int(m.group("mo")), int(m.group("d")))
    for m in _AT_MD.finditer(fold):
        yield _month_day(sc, m.start("mo"), m.end(), int(m.group("mo")), int(m.group("d")))
    for m in _WEEKDAY_MD.finditer(fold):
        gm, gd = ("mo", "d") if m.group("mo") else ("mo2", "d2")
        yield _month_day(sc, m.start(gm), m.end(gd), int(m.group(gm)), int(m.group(gd)))
    for pattern in (lex.market_md, lex.cutoff_md):
        for m in pattern.finditer(fold):
            yield _month_day(sc, m.start("mo"), m.end("d"), int(m.group("mo")), int(m.group("d")))
    for m in _MD_RANGE.finditer(fold):
        mo, d, mo2, d2 = (int(m.group(g)) for g in ("mo", "d", "mo2", "d2"))
        # (1/2至3/4: two proper fractions with small denominators read as a range of shares)
        fractions = all(a < b <= _MD_RANGE_FRACTION for a, b in ((mo, d), (mo2, d2)))
        if (mo, d) < (mo2, d2) and mo2 - mo <= _MD_RANGE_MONTHS and not fractions:
            yield _month_day(sc, m.start("mo"), m.end("d"), mo, d)
            yield _month_day(sc, m.start("mo2"), m.end("d2"), mo2, d2)


def _listed_days(sc: _Scan, pos: int, day: int | None) -> Iterator[tuple[int, int, int]]:
    """2月11日和12日, 2月12日、13日及14日: (start, end, day) of the later days of a list
    written after one month, which are of that month (each a date, as the gold gives each
    day); the days run forward, and a day followed by a length word (及10日內) is no date."""
    lex, fold = sc.lex, sc.fold
    while day is not None:
        nxt = lex.day_list_next.match(fold, pos)
        d2 = lex.day_value(nxt.group("d2")) if nxt else None
        if nxt is None or d2 is None or not day < d2 <= 31 or lex.dur_after.match(fold, nxt.end()):
            return
        yield nxt.start("d2"), nxt.end(), d2
        pos, day = nxt.end(), d2


# 13日~17日 with no month: two Arabic days and a range word (not the tail of 2月13日, nor of
# a number or a code)
_BARE_DAY = gated(r"(?<![0-9０-９月./\-:：])(?P<d>3[01]|[12][0-9]|0?[1-9])日")


def _parse_bare_day_range(sc: _Scan) -> Iterator[Parts]:
    """《興櫃股》光焱科技13日~17日對外競拍, 峰會10日至11日在巴黎舉行: a range of two days with
    no month is of the month the text is dated in, as its 今(13)日 and 13日電 are (news
    names the days of its own month so); the days run forward."""
    lex, fold = sc.lex, sc.fold
    for m in _BARE_DAY.finditer(fold):
        end = lex.day_range_end.match(fold, m.end())
        if end is None:
            continue
        d1, d2 = int(m.group("d")), lex.day_value(end.group("d2"))
        if d2 is None or not d1 < d2 <= 31:
            continue
        if lex.dur_before.search(fold, max(0, m.start() - 4), m.start()) or lex.dur_after.match(
            fold, end.end()
        ):
            continue  # 耗時3日至5日, 第13日至17日, 3日至5日內: lengths and ordinals of days
        yield (
            _day_of_month(sc, m.start(), m.end(), d1, "start"),
            _day_of_month(sc, end.start("d2"), end.end(), d2, "end"),
        )


def _day_of_month(
    sc: _Scan, start: int, end: int, day: int, role: Role | None, strategy: str = "bare_day_range"
) -> DateMatch:
    """A day whose month and year are the text's own (resolved against its date)."""
    return _dm(
        sc,
        start,
        end,
        None,
        "day",
        "gregorian",
        strategy,
        relative=True,
        anchor="doc",
        unit="month",
        offset=0,
        day=day,
        role=role,
    )


Parser = Callable[[_Scan], Iterator[Parts]]

# The ordered chain: on an overlap the longest candidate wins, then the earlier parser.
PARSERS: tuple[tuple[str, Parser], ...] = (
    ("range", _parse_range),
    ("iso", _parse_iso),
    ("slash", _parse_slash),
    ("roc_numeric", _parse_roc_numeric),
    ("editor_stamp", _parse_editor_stamp),
    ("year_slash_list", _parse_year_slash_list),
    ("cjk_ymd", _parse_cjk_ymd),  # also emits dates.roc_year.v1 for ROC years
    ("half_or_quarter", _parse_half_or_quarter),
    ("month_code", _parse_month_code),
    ("short_year_month", _parse_short_year_month),
    ("model_year", _parse_model_year),
    ("en_month", _parse_en_month),
    ("relative", _parse_relative),
    ("weekday", _parse_weekday),
    ("shared_year", _parse_shared_year),
    ("paired_years", _parse_paired_years),
    ("counted", _parse_counted),
    ("yearless_quarter", _parse_yearless_quarter),
    ("yearless_part", _parse_yearless_part),
    ("period_word", _parse_period_word),
    ("bare_year", _parse_bare_year),
    ("month_span", _parse_month_span),
    ("day_span", _parse_day_span),
    ("month_day", _parse_month_day),
    ("bare_day_range", _parse_bare_day_range),
)


# --------------------------------------------------------------------------- selection


@dataclass(order=True, slots=True)
class _Cand:
    key: tuple[int, int, int]
    start: int = field(compare=False)
    end: int = field(compare=False)
    parts: Parts = field(compare=False)


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """Non-overlapping candidates: longest first, then chain order, then position."""
    cands.sort()
    taken = bytearray(size)
    chosen: list[_Cand] = []
    for c in cands:
        if 1 in taken[c.start : c.end]:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _iso_key(iso: str) -> tuple[int, ...]:
    return tuple(int(p) for p in iso.split("-"))


def _ordered(a: DateMatch, b: DateMatch) -> bool:
    if a.iso is None or b.iso is None:
        return a.relative and b.relative and not (a.vague or b.vague)
    ka, kb = _iso_key(a.iso), _iso_key(b.iso)
    n = min(len(ka), len(kb))
    return ka[:n] <= kb[:n] and ka != kb


_PARTS_OF_YEAR = frozenset(("q1", "q2", "q3", "q4", "h1", "h2"))


def _link_and_qualify(lex: _Lex, fold: str, matches: list[DateMatch]) -> list[DateMatch]:
    """Join "date connector date" into ranges, then add the as_of / approx qualifiers."""
    out = list(matches)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.group is not None or b.group is not None or a.vague or b.vague:
            continue
        if a.end < b.start and lex.link.fullmatch(fold, a.end, b.start) and _ordered(a, b):
            out[i] = replace(a, group=-1, role="start")
            out[i + 1] = replace(b, group=-1, role="end")
    final: list[DateMatch] = []
    group = 0
    for m in out:
        if m.role == "start":
            group += 1
        if m.group is not None:
            m = replace(m, group=group)
        s = m.start
        # (截至2024年三季度末: a quarter or half keeps its qualifier, which its quarter and
        # half fields are read from; the cut-off is the end of that part of the year)
        if (
            m.role != "end"
            and m.qualifier not in _PARTS_OF_YEAR
            and lex.as_of.search(fold, max(0, s - 10), s)
        ):
            m = replace(m, qualifier="as_of")
        elif m.qualifier == "none" and (
            lex.approx_before.search(fold, max(0, s - 4), s) or lex.approx_after.match(fold, m.end)
        ):
            m = replace(m, qualifier="approx")
        final.append(m)
    return final


_SHARED = re.compile(
    r"(?P<roc>民國)?[ \t]*(?P<y>[0-9]{2,4}|[〇○零一二三四五六七八九]{2,4})(?P<nian>[ \t]*年)?"
    r"[ \t]*(?:及|與|和|、|暨|或)[ \t]*$"
)


def _roc_pair_before(fold: str, start: int) -> bool:
    """Whether a year at ``start`` is the second of a pair its 民國 opens (民國一一三及 ⟨here⟩)."""
    m = _SHARED.search(fold, max(0, start - 16), start)
    return m is not None and m.group("roc") is not None


def _shared_tail(lex: _Lex, fold: str, matches: list[DateMatch]) -> list[DateMatch]:
    """``民國一一三年及一一二年一月一日至三月三十一日``, ``民國114及113年第1季``: a year
    joined by 及 to a fuller date shares that date's month, day, quarter or range, so the
    phrase is two periods (2024Q1 and 2023Q1), one per year."""
    out: list[DateMatch] = []
    i = 0
    while i < len(matches):
        b = matches[i]
        members = [b]
        if b.group is not None and b.role == "start" and i + 1 < len(matches):
            members.append(matches[i + 1])
        if b.iso is None or (len(b.iso) == 4 and b.qualifier == "none") or b.relative:
            out.append(b)
            i += 1
            continue
        lo = max(out[-1].start if out else 0, b.start - 16)
        m = _SHARED.search(fold, lo, b.start)
        prev = out[-1] if out and out[-1].end > lo else None
        if prev is not None and (prev.start < lo or prev.iso is None or len(prev.iso) != 4):
            m = None
        if m is not None and prev is not None and prev.start != m.start():
            m = None
        n = lex.cjk_int(m.group("y")) if m and not m.group("y").isdigit() else None
        if m is not None:
            y = int(m.group("y")) if m.group("y").isdigit() else n
            roc = bool(m.group("roc")) or b.calendar == "roc"
            if y is not None and roc:
                y += 1911
            if y is None or not lex.bare_min <= y <= lex.bare_max or str(y) == b.iso[:4]:
                m = None
        if m is None or y is None:
            out.append(b)
            i += 1
            continue
        if prev is not None:
            out.pop()
        start, end = m.start(), (m.end("nian") if m.group("nian") else m.end("y"))
        text = fold[start:end]
        for part in members:
            iso = f"{y}{part.iso[4:]}" if part.iso else None
            out.append(
                replace(
                    part,
                    start=start,
                    end=end,
                    text=text,
                    iso=iso,
                    calendar="roc" if roc else part.calendar,
                    group=-1 if len(members) > 1 else None,
                    role=part.role if len(members) > 1 else None,
                    rule=rule_id("shared_tail"),
                )
            )
        out.extend(members)
        i += len(members)
    return out


_SHORT_YEAR = gated(r"(?<![0-9A-Za-z.,/\-])(?P<y>[0-9]{2})(?=年|財年|FY)")
# 二六年, 二五財年: the same two digits written as Chinese numerals (a year of this century's
# first three decades; 三五年 is "three or five years", outside any text's window)
_SHORT_CN_YEAR = gated(
    r"(?<![〇○零一二三四五六七八九十百千萬兩第這那每])(?P<y>[一二][〇○零一二三四五六七八九])(?=年|財年)"
)
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
# 24-26年, 25~27財年: a span of two-digit years (a research note's forecast years)
_SHORT_RANGE = gated(
    r"(?<![0-9A-Za-z.,/\-])(?P<a>[0-9]{2})[ \t]*(?:-|~|～|至|到)[ \t]*(?P<b>[0-9]{2})(?=年|財年)"
)
_SHORT_RANGE_SPAN = 4  # the longest span read as years (10-15年, 25-30年 are lengths of time)
# how far past the text's year a span of two-digit years may open: a note's outlook runs a
# few years on (預計25年…，27-28年TOC端突破), a length of time is longer (30-40年)
_SHORT_RANGE_AHEAD = 3
# a past span is read only where it opens its clause (1)20-23年全球…, ；20-23年…), not as
# what a clause tells (使用壽命20-23年: a length)
_SHORT_RANGE_OPENS = frozenset("\n，,。；;：:)）】」 ")


def _short_years(
    lex: _Lex, sc: _Scan, matches: list[DateMatch], anchor: str | None
) -> list[DateMatch]:
    """``對25年資本開支展望``, ``25財年``: a two-digit year abbreviates a year next to the
    one the text is written in (``anchor``: its own latest written year), when no duration
    cue (過去, 長達, 近) makes it a length of time."""
    fold = sc.fold
    if anchor is None:
        return matches
    ty = int(anchor)
    taken = [(m.start, m.end) for m in matches]
    extra = []
    for m in itertools.chain(_SHORT_YEAR.finditer(fold), _SHORT_CN_YEAR.finditer(fold)):
        yy = m.group("y")
        y = 2000 + (int(yy) if yy.isascii() else _CN_DIGIT[yy[0]] * 10 + _CN_DIGIT[yy[1]])
        # (創下25年來最佳, 25年以上: a length of time; 25年資本開支 stays a year)
        if lex.short_dur_after.match(fold, m.end() + 1) and fold.startswith("年", m.end()):
            continue
        if lex.duration_context(fold, m.start(), None):
            continue
        if not ty - 1 <= y <= ty + 1 and not _short_year_compared(lex, fold, m, ty, y):
            continue
        if any(a < m.end() + 1 and m.start() < b for a, b in taken):
            continue
        end = m.end() + (2 if fold.startswith("財年", m.end()) else 1)  # (25財年 whole)
        part = _short_year_part(lex, fold, m.start(), y)
        if part is not None and not any(
            a < part.end and end <= b and not (end <= a and b <= part.end) for a, b in taken
        ):
            # (展望25年上半年, 25年Q1: the part of the year its 年 carries, as 2025年上半年;
            # a quarter read alone inside it, Q1, gives way)
            drop = {(a, b) for a, b in taken if end <= a and b <= part.end}
            if drop:
                matches = [o for o in matches if (o.start, o.end) not in drop]
            extra.append(
                _dm(
                    sc,
                    m.start(),
                    part.end,
                    _iso(y),
                    part.precision,
                    "gregorian",
                    "short_year",
                    part.qualifier,
                )
            )
            continue
        extra.append(_dm(sc, m.start(), end, _iso(y), "year", "gregorian", "short_year"))
    for m in _SHORT_RANGE.finditer(fold):
        # (公司承諾24-26年分紅: the first year next to the text's own, a span of a few years,
        # no length-of-time cue around it: 未來10-15年內, 待償期25-30年 are no dates)
        a, b = 2000 + int(m.group("a")), 2000 + int(m.group("b"))
        nian = m.end() + 1 if fold.startswith("年", m.end()) else None
        if not a < b <= a + _SHORT_RANGE_SPAN:
            continue
        # (20-23年全球動力電池CR…: a past span closing by the text's own year, read back as
        # far as a comparison's base year; 25年來, 以上 after it make it a length of time)
        past = (
            ty - lex.short_compare_back <= a
            and b <= ty
            and nian is not None
            and (m.start() == 0 or fold[m.start() - 1] in _SHORT_RANGE_OPENS)
            and nian < len(fold)
            and "\u4e00" <= fold[nian] <= "\u9fff"
        )
        if past and nian is not None and lex.short_dur_after.match(fold, nian):
            continue
        if not (ty - 1 <= a <= ty + _SHORT_RANGE_AHEAD or past):
            continue
        if lex.duration_context(fold, m.start(), nian):
            continue
        end = m.end() + (2 if fold.startswith("財年", m.end()) else 1)
        if any(x < end and m.start() < y for x, y in taken):
            continue
        # (21~23年: the span's end, not also a year read alone)
        extra = [e for e in extra if not (e.start < end and m.start() < e.end)]
        extra.append(_dm(sc, m.start(), m.end("a"), _iso(a), "year", "gregorian", "short_year"))
        extra.append(_dm(sc, m.start("b"), end, _iso(b), "year", "gregorian", "short_year"))
    return sorted([*matches, *extra], key=lambda d: d.start) if extra else matches


def _short_year_compared(lex: _Lex, fold: str, m: re.Match[str], ty: int, y: int) -> bool:
    """``較20年增長``, ``從21年的18%``: a two-digit year right after a comparison word is
    the comparison's base year, a few years before the text's own (dates.yaml:
    short_year_compare_before), unless its 年 is a length's (較10年前)."""
    if not m.group("y").isascii() or not fold.startswith("年", m.end()):
        return False
    if not ty - lex.short_compare_back <= y < ty or not lex.short_year_window(y - 2000):
        return False
    if lex.short_compare_before.search(fold, max(0, m.start() - 4), m.start()) is None:
        return False
    return not lex.duration_context(fold, m.start(), m.end() + 1)


def _short_year_part(lex: _Lex, fold: str, start: int, year: int) -> _Tail | None:
    """The quarter or half a two-digit year's 年 carries (``25年上半年``, ``24年第四季``,
    ``25年Q1``), read as the tail of a four-digit year is; None for any other tail. A month,
    a day, a start or end word or 前N季 is not taken: ``25年前``, ``25年中``, ``25年底薪`` are
    lengths of time or other words as often as dates."""
    cm = lex.cjk.match(fold, start)
    if cm is None or not any(cm.group(g) for g in ("q", "qd", "qn", "qq", "qw", "h")):
        return None
    return _tail(lex, cm, year, cm.end("nian"))


# what may join two parts of one year (明年中旬至下半年, 去年第三季及第四季)
_PART_JOIN = re.compile(r"旬?[ \t]*(?:至|到|及|和|與|、|~|-)?[ \t]*")
_PHRASE_END = re.compile(r"[，,、。！？!?；;\n]")  # (2019年8月18日 … 2019年，8月18日: its phrase)
_SAME_SENTENCE = 60  # how far back a date still anchors a month-day or a count in its clause
_CLAUSE_END = re.compile(r"[。！？!?；;\n]")


def _stamp_days(facts: list[DateFact], reference: str | None) -> list[DateFact]:
    """``MoneyDJ新聞 2021-11-04 11:39 … 工研院今(4)日表示``, ``明(30日)登場…將於10月30日至
    11月1日登場``: in a text whose own date is not known, 今(N)日 / 明(N日) is the full date
    written in it with day N, if exactly one day is; that fixes the document's month, and
    so the other stated days (今(29日)) of the text. A day of a year before the text's own
    (去年12月31日 in a text of 2018) is not today's."""
    rx = _lexicon().rel_stated_day
    stated = [
        (i, int(h.group("sd")))
        for i, f in enumerate(facts)
        if f.iso is None and (h := rx.fullmatch(fold_width(f.text)))
    ]
    if not stated:
        return facts
    days = {
        f.iso
        for f in facts
        if f.iso and len(f.iso) == 10 and (reference is None or f.iso[:4] >= reference[:4])
    }
    months: set[str] = set()
    for _, day in stated:
        same = {iso for iso in days if int(iso[8:]) == day}
        if len(same) == 1:
            months.add(same.pop()[:7])
    if len(months) != 1:
        return facts
    month = months.pop()
    out = list(facts)
    for i, day in stated:
        iso = _iso(int(month[:4]), int(month[5:]), day)
        if iso is not None:
            out[i] = out[i].model_copy(
                update={"iso": iso, "resolved": True, "anchor": month, "anchor_source": "previous"}
            )
    return out


def _told_day(lex: _Lex, text: str) -> int | None:
    """The day of a bare day (22日) or a stated one (今(22)日, 昨(20)日), else None."""
    if m := lex.bare_day.fullmatch(text):
        return int(m.group("d"))
    if m := lex.rel_stated_day.fullmatch(fold_width(text)):
        return int(m.group("sd"))
    return None


def _drop_open_days(
    facts: list[DateFact], periods: list[Period]
) -> tuple[list[DateFact], list[Period]]:
    """A day counted from today (昨天, 今日, 上週五) in a text whose day nothing fixes is no
    date (FORMAT.md: relative dates only where the text fixes them): drop it, number the rest
    again."""
    days = _lexicon().relative_days
    # (昨 alone counts only from a dateline's day, never one the text tells: dateline_only)
    keep = [
        k
        for k, f in enumerate(facts)
        if not (f.iso is None and (fold_width(f.text) in days or f.rule == _WEEKDAY_RULE))
        and not (
            f.anchor_source == "text_year"
            and days.get(fold_width(f.text), {}).get("dateline_only", False)
        )
    ]
    if len(keep) == len(facts):
        return facts, periods
    kept, new = _renumbered(facts, keep)
    ids = {facts[k].id: kept[n].id for k, n in new.items()}
    # (收購期間為今日起至9月26日: a period one of whose ends is dropped is no period; its
    # other end stays a date of its own)
    broken = {p.id for p in periods if p.start_date not in ids or p.end_date not in ids}
    if broken:
        kept = [
            f.model_copy(update={"period_id": None}) if f.period_id in broken else f for f in kept
        ]
    return kept, [
        p.model_copy(update={"start_date": ids[p.start_date], "end_date": ids[p.end_date]})
        for p in periods
        if p.id not in broken
    ]


def _renumbered(
    facts: Sequence[DateFact], keep: Sequence[int]
) -> tuple[list[DateFact], dict[int, int]]:
    """``facts[k]`` for each ``k`` in ``keep``, numbered d1, d2 … again (ids follow reading
    order), and where each kept index went."""
    new = {k: n for n, k in enumerate(keep)}
    return [facts[k].model_copy(update={"id": f"d{n + 1}"}) for n, k in enumerate(keep)], new


def _month_relatives(facts: list[DateFact], text: str) -> list[DateFact]:
    """Statistics releases tell a month, then compare it (``5月份，原油產量較前月增加0.9%，
    較去年同期也增加5.1%``): a month counted back (上月, 前月) with no month of the document
    to count from takes the month written last before it in its sentence, or else (and 本月,
    下月 always) the dateline's (``12月15日公布…秘魯央行上月預估``: November), and so does a
    bare day (``11月28日表示…發改委28日表示``); ``去年同期`` after a single month is that month
    a year before (a span, 1~5月, or a quarter leaves it the year)."""
    lex = _lexicon()
    fold = fold_width(text)
    month_words = {w: int(e["offset"]) for w, e in lex.relative.items() if e["unit"] == "month"}
    lead = len(fold) - len(fold.lstrip())

    def planned(f: DateFact) -> bool:
        """A day a plan cue leads to in its clause (公司今(30)日動工，預計2027年7月1日量產):
        a day ahead, never the text's dateline."""
        begin = last_of(fold, "，,。！？!?；;\n", f.span.start)
        return lex.plan_before.search(fold, begin, f.span.start) is not None

    first_day = next(
        (
            f
            for f in facts
            if f.iso
            and len(f.iso) == 10
            and f.span.start - lead < lex.dateline_reach
            and not planned(f)
        ),
        None,
    )
    dateline = first_day.iso[:7] if first_day and first_day.iso else None
    if dateline is None:
        # (dates42) 本(10)月份全體上市公司營收…。…致本月較112年同月成長: with no dateline, the one
        # month the text states in brackets as its own is its present month
        stated = {
            f.iso[:7]
            for f in facts
            if f.relative
            and f.iso
            and len(f.iso) >= 7
            and lex.rel_stated_month.fullmatch(fold, f.span.start, f.span.end)
        }
        dateline = min(stated) if len(stated) == 1 else None
    # (a day counted from today needs a dateline written out: not 去年12月31日; a wire's
    # dateline, 聖保羅5月12日電, dates it though its year is only the text's)
    dateline_day = (
        first_day.iso
        if first_day
        and (
            not first_day.relative
            or (
                # (dates53: or the document's date, （中央社阿姆斯特丹16日綜合外電報導） in a
                # text stamped 1141217: the wire's own day, a day before the stamp's)
                first_day.anchor_source in ("text_year", "reference_date", "document_date")
                and (wire := lex.dateline_day.search(fold, first_day.span.start))
                and wire.end() == first_day.span.end
            )
        )
        else None
    )
    # (dates53) a wire's dateline written as a bare day, which is what 今天 in its text counts
    # from where the document's date (a stamp of the next day) says otherwise
    wire_day = (
        dateline_day
        if first_day is not None and first_day.relative and dateline_day is not None
        else None
    )
    # (days of a month other than the dateline's: 今(8)日 beside 2023-07-08 stays open)
    other_days = {
        int(f.iso[8:]) for f in facts if f.iso and len(f.iso) == 10 and f.iso[:7] != dateline
    }
    # 今(10)日 states today outright: 今日 of the same text is that day, whatever the stamp
    # (2025年6月9日 下午10:55 … 今(10)日掛牌 … 今日開盤)
    today = {
        iso
        for f in facts
        if f.text[:1] == "今"
        and (day := _told_day(lex, f.text))
        and (
            iso := f.iso
            or (
                dateline_day
                and day not in other_days
                and _iso(int(dateline_day[:4]), int(dateline_day[5:7]), day)
            )
        )
        and len(iso) == 10
    }
    stated_today = today.pop() if len(today) == 1 else None
    out = list(facts)

    def month_word(t: str) -> str | None:
        """The month word 上月, 前月底, 本月份 … is (its qualifier and 份 aside)."""
        for w in sorted(month_words, key=len, reverse=True):
            rest = t[len(w) :].removeprefix("份") if t.startswith(w) else None
            if rest is not None and (not rest or rest in lex.month_q):
                return str(w)
        return None

    def told(g: DateFact) -> bool:
        """A month told that a later 上月/前月 may count from."""
        return bool(
            g.iso
            and not (g.relative and month_word(g.text))
            # (去年同期 made a month a year back, 上(4)月: a comparison's base, never the
            # month told: …較去年同期…；…較去年同期 is a year back each time, not two)
            and not (g.relative and g.text in lex.relative)
            and lex.rel_stated_prev_month.fullmatch(fold, g.span.start, g.span.end) is None
            # (創下2008年1月以來…新高, 自去年9月起的累計: where a span starts, not the month told)
            and not _is_since(fold, g.span.end)
            and not lex.since_before.search(fold, max(0, g.span.start - 4), g.span.start)
        )

    in_order = all(a.span.start <= b.span.start for a, b in itertools.pairwise(facts))
    # (the one month written with its year in the first line, the title: 111年12月工業生產統計;
    # dates43: or a headline's bare month the text's year dates, 3月工業生產指數年減3.28%, not
    # a month counted back or on, 上月)
    title_end = fold.find("\n", lead)
    titled = [
        f
        for f in facts
        if lead <= f.span.start
        and (title_end < 0 or f.span.end <= title_end)
        and (not f.relative or (title_end >= 0 and _BARE_MONTH.fullmatch(f.text) is not None))
        and f.iso is not None
        and f.precision == "month"
    ]
    title_month = titled[0].iso[:7] if len(titled) == 1 and titled[0].iso else None

    def month_told_relatively(g: DateFact) -> bool:
        """A month told as 上月/前月 that is the period reported, not a comparison's base."""
        return bool(
            g.iso
            and g.relative
            and month_word(g.text)
            and g.precision == "month"
            and not _is_base(fold, g.span.start)
            and lex.month_change_from.search(fold, max(0, g.span.start - 3), g.span.start) is None
        )

    def month_told(i: int, opened: int, as_of: bool = False) -> str | None:
        """The single month told last before fact ``i`` after ``opened`` (or None)."""
        last = last_before(out, i, opened, told, in_order)
        return (
            last.iso[:7]
            if last is not None
            and last.iso is not None
            and last.precision == "month"
            and last.period_id is None
            # 今年以來截至3月底…較去年同期: a span to March (but 截至7月底…較前月底: June)
            and (as_of or last.qualifier != "as_of")
            and len(last.iso) == 7
            else None
        )

    def month_told_after(i: int, end: int) -> str | None:
        """The single month told first after fact ``i`` in its sentence (or None)."""
        close = _NEXT_SENTENCE.search(fold, end)
        stop = close.start() if close else len(fold)
        for g in out[i + 1 :]:
            if g.span.start >= stop or fold[end : g.span.start].strip() in ("(", "（"):
                return None  # (較前月(10月): the bracket tells 前月 itself)
            if told(g) and g.precision == "month" and g.period_id is None and g.iso:
                return g.iso[:7] if len(g.iso) == 7 else None
        return None

    for i, f in enumerate(facts):
        # (the sentence up to its full stop: 5月份，原油產量較前月增加0.9%；較去年同期也增加)
        opened = last_of(fold, "。！？!?\n", f.span.start)
        single = month_told(i, opened)
        if single is not None and lex.header_cell.search(fold, opened + 1, f.span.start):
            # (dates42) 項目 | 113年10月 | 112年10月 | 去年同期增減: in a header row the same
            # period is the row's own month, its first, not the column written last
            own = next(
                (g for g in out[:i] if g.span.start > opened and told(g) and g.iso),
                None,
            )
            if own is not None and own.iso is not None and own.precision == "month":
                single = own.iso[:7]
        if (
            single is None
            and f.relative
            and lex.same_period_after.match(fold, f.span.end)
            and (told_month := last_before(out, i, opened, month_told_relatively, in_order))
            and told_month.iso is not None
            and len(told_month.iso) == 7
        ):
            # (dates39) 該國上月生咖啡豆出口量…，較去年同期下降29.1%: the same period a year
            # back of a month told relatively (上月, not a base) is that month's
            single = told_month.iso
        if single is None and lex.same_month_after.match(fold, f.span.end):
            # 2013年7月份…。其中，國內銷售量較去年同月大增: the month the paragraph told
            single = month_told(i, fold.rfind("\n", 0, f.span.start))
            if single is None and title_month is not None:
                # (dates42) 111年12月工業生產統計 … 2.與上年同月比較：工業生產減少7.93%: with no
                # month in its paragraph, the month a release's title reports
                single = title_month
        update: dict[str, Any] = {}
        word = month_word(f.text) if f.relative else None
        # (本月, 下月 count from the day of writing: 6月底庫存依然緊張，進入本月… is not June)
        back = word is not None and month_words[word] < 0
        told_base = month_told(i, opened, as_of=True) if back else None
        if (
            back
            and told_base is None
            and (
                _is_base(fold, f.span.start)
                or (
                    lex.compared_with_before.search(fold, max(0, f.span.start - 3), f.span.start)
                    and lex.compared_with_after.match(fold, f.span.end)
                )
            )
        ):
            # 與前月相比，9月份進口量月增: a base compared with the month its sentence
            # goes on to tell (August), not the month before the dateline's
            told_base = month_told_after(i, f.span.end)
        based = _is_base(fold, f.span.start) or (
            back
            and lex.month_change_from.search(fold, max(0, f.span.start - 3), f.span.start)
            is not None
        )
        if back and told_base is None and based:
            # (dates39) 10月份，工業增加值…。裝備製造業增加值同比增長6.2%，比上月加快0.7個
            # 百分點: a base counted back in a sentence that tells no month counts back from
            # the month its paragraph told last (September), not from the dateline's
            told_base = month_told(i, last_of(fold, "\n", f.span.start), as_of=True)
        base = told_base or dateline
        # (路透社7月26日報導…2016年6月，進口量較前月減少: where the present is only one the
        # text implies, the month told before 前月 in its sentence is what it counts back from)
        # (dates38) and so does a comparison's base (發布8月景氣燈號…較上月減少2分, in a text of
        # September: July, the month before the one told, not the dateline's last month)
        implied = told_base is not None and (f.anchor_source == "text_year" or based)
        if (f.iso is None or implied) and word and base is not None:
            k = int(base[:4]) * 12 + int(base[5:7]) - 1 + month_words[word]
            iso = _iso(k // 12, k % 12 + 1)
            update = {"iso": iso, "anchor": base, "anchor_source": "previous"}
        elif (
            day_base := stated_today
            or (
                # (only where the two days differ: where they agree, nothing moves)
                wire_day
                if f.iso
                and f.anchor_source in ("reference_date", "document_date")
                and wire_day != f.anchor
                else (None if f.iso else dateline_day)
            )
        ) and (
            e := lex.relative_days.get(fold_width(f.text))
        ):
            # 2024年5月21日（中央社…21日電）…昨天: a day counted from the dateline's day
            iso = _day_plus(day_base, int(e["offset"]))
            update = {"iso": iso, "anchor": day_base, "anchor_source": "previous"}
        elif (
            f.iso is None
            and f.rule == _WEEKDAY_RULE
            and (day_base := stated_today or dateline_day)
            and (wd := lex.weekday.search(fold, f.span.start, f.span.end + 2))
            and wd.start() == f.span.start
        ):
            # 路透社聖保羅5月12日電…協會週一公佈: a weekday of the dateline's week
            iso = _weekday_from(day_base, *_weekday_parts(lex, fold, wd))
            update = {"iso": iso, "anchor": day_base, "anchor_source": "previous"}
        elif (
            f.iso is None
            and dateline
            and (day := _told_day(lex, f.text))
            and (lex.bare_day.fullmatch(f.text) or (dateline_day and day not in other_days))
        ):
            # 22日表示, 明(22)日: a day of the dateline's month (not 今(8)日 where a date of
            # another month has that day too: 2023-06-08 開幕。2023-07-08 截止。)
            iso = _iso(int(dateline[:4]), int(dateline[5:]), day)
            update = {"iso": iso, "anchor": dateline, "anchor_source": "previous"}
        elif (
            f.iso
            and len(f.iso) == 4
            and f.relative
            and single
            and lex.same_period_after.match(fold, f.span.end)
            and f.text in lex.relative
            and int(lex.relative[f.text]["offset"]) < 0
            and lex.relative[f.text]["unit"] == "year"
        ):
            # (counted from the month told, not from the text's year: 2016年12月…去年同期 in a
            # text of 2017 is December 2015)
            year = int(single[:4]) + int(lex.relative[f.text]["offset"])
            update = {"iso": _iso(year, int(single[5:7])), "precision": "month", "anchor": single}
        elif (
            f.iso
            and len(f.iso) == 4
            and f.relative
            and lex.same_period_after.match(fold, f.span.end)
            and f.text in lex.relative
            and int(lex.relative[f.text]["offset"]) < 0
            and lex.relative[f.text]["unit"] == "year"
            and (part := last_before(out, i, opened, lambda g: g.iso is not None, in_order))
            and part.iso
            and (part.quarter or part.half)
            # (nor from a part told relatively: 低於去年第四季的5.7%和去年同期的10.4% sets two
            # bases beside the quarter the sentence reports; 同期 is that quarter's)
            and not part.relative
            # (nor from another column of a header row: 114年第3季 | 113年第3季 | 本期累計 |
            # 去年同期累計 compares with the row's own period, see _header_row_bases)
            and lex.header_cell.search(fold, part.span.end, f.span.start) is None
        ):
            # (counted from the quarter told, not from the text's year: 2024年第四季營收…，比去年
            # 同期減少6% in a text of 2025 compares with the fourth quarter of 2023)
            year = int(part.iso[:4]) + int(lex.relative[f.text]["offset"])
            update = {"iso": str(year), "anchor": part.iso[:4], "anchor_source": "previous"}
        if update.get("iso"):
            out[i] = f.model_copy(update={**update, "resolved": True})
    return out


def _later_month_in_sentence(text: str, m: DateMatch, prev_end: int, prev_iso: str) -> bool:
    """``雖然去年11月受惠新機拉貨…，可惜動能未能延續至12月``: a bare month told after a month
    of another year (去年11月, 明年3月) in the same sentence, and not before it in the
    calendar, is of that year (``去年11月…5月`` is a month of the text's own year). A line
    break ends the sentence as 。 does: a headline's ``明年7月1日正式上線`` frames nothing of
    the story under it (``預計於8月15日運抵`` is of the text's own year)."""
    between = text[prev_end : m.start]
    return (
        m.month is not None
        and len(prev_iso) >= 7
        and m.month >= int(prev_iso[5:7])
        and "。" not in between
        and "\n" not in between
        and m.start - prev_end <= _SAME_SENTENCE
    )


def _fronted_year(fold: str, m: DateMatch) -> bool:
    """``去年，出於擔憂通膨，消費者在5、6和7月減少外食``: a whole year told relatively (去年,
    明年; not 今年, the text's own) that opens its sentence, set off by a comma, is the time
    the whole sentence is told in."""
    if not (
        m.relative
        and m.offset != 0
        and m.unit == "year"
        and m.precision == "year"
        and m.qualifier == "none"
        and m.group is None
    ):
        return False
    begin, _ = _sentence_bounds(fold, m.start, m.end)
    opens = fold[begin : m.start].strip(' \t「『“"') == ""
    return opens and fold[m.end : m.end + 1] in ("，", ",")


def _clause_opened_by_past_year(fold: str, o: DateMatch, m: DateMatch) -> bool:
    """``產量部分，去年受到 4 月霪雨``: a year before the present told relatively (去年, 上年)
    opening a clause, and a bare month a few characters on in that clause (dates.yaml
    past_year_clause_reach), no plan between."""
    if not (
        o.relative
        and o.offset < 0
        and o.unit == "year"
        and o.precision == "year"
        and o.qualifier == "none"
        and o.group is None
    ):
        return False
    lex = _lexicon()
    between = fold[o.end : m.start]
    if len(between) > lex.past_year_clause_reach or _CLAUSE_BREAK.search(between):
        return False
    begin = last_of(fold, "，,。；;！？!?\n：:", o.start) + 1
    return not fold[begin : o.start].strip() and lex.plan_before.search(between) is None


def _framed_by_fronted_year(
    fold: str, matches: Sequence[DateMatch], m: DateMatch, fronted: tuple[int, int, str]
) -> bool:
    """Whether the bare month ``m`` lies in the sentence a fronted year opens (see
    ``_fronted_year``) with no other date between but months listed with it (5、6和7月) and no
    plan before it in a sentence of a past year (去年，…預計5月推出: a plan looks ahead from
    the present; 明年，公司將在3月推出 plans in that year)."""
    end, after, _ = fronted
    if not after <= m.start < end:
        return False
    # (only months listed with it stand between: 去年，今年1月的訂單… is of another year)
    if any(
        after <= o.start < m.start and (o.rule != rule_id("month_day") or not o.relative)
        for o in matches
    ):
        return False
    lex = _lexicon()
    past = any(o.end == after and o.offset < 0 for o in matches)
    planned = lex.plan_before.search(fold, after, m.start) or lex.estimate.search(
        fold, after, m.start
    )
    return not (past and planned)


def _in_dated_paragraph(
    text: str, m: DateMatch, prev_end: int, prev_iso: str, reference: str | None
) -> bool:
    """``2025年12月工業生產指數…。電子零組件業12月年增…`` in a text of 2026: a month (or
    month and day) with no year of its own, in the paragraph of a year-month written
    before it, is of that year, not of the year the text is written in, unless that
    year-month is still ahead (專利將於2026年3月20日到期。截至2月5日… in a text of 2025)."""
    if len(prev_iso) < 7 or m.precision not in ("month", "day") or not reference:
        return False
    if "\n" in text[prev_end : m.start]:
        return False
    return prev_iso[:4] <= reference[:4]


def last_before(
    facts: Sequence[DateFact],
    i: int,
    opened: int,
    keep: Callable[[DateFact], bool],
    in_order: bool,
) -> DateFact | None:
    """The last of ``facts[:i]`` that starts after ``opened`` and ``keep`` accepts.

    Read backwards from ``i``: with the facts in reading order (``in_order``) the walk
    stops at the first one at or before ``opened``, so a long text's dates are no longer
    each compared with every date before them (quadratic: 0.06 s on 150k characters)."""
    for k in range(i - 1, -1, -1):
        g = facts[k]
        if g.span.start <= opened:
            if in_order:
                return None
            continue
        if keep(g):
            return g
    return None


def _is_since(fold: str, end: int) -> bool:
    """Whether the date ending at ``end`` is where a span since then starts (…以來)."""
    return _lexicon().since_count_word.match(fold, end) is not None


_HEADER_ROW_LINES = 8  # (the lines of one cell each a header row may run over)


def _header_row_bases(fold: str, matches: Sequence[DateMatch]) -> dict[int, str | None]:
    """``會計項目 | 114年第3季 | 113年第3季 | 本期累計 | 去年同期累計``: in a header row of cells
    (``header_cell_separators``), last year's same period is the year before the row's first
    written date, the statement's own period, not the year before the date written last.
    Returns the own year by index into ``matches``; None for a column label over dated rows."""
    lex = _lexicon()
    out: dict[int, str | None] = {}
    for i, m in enumerate(matches):
        if not (
            m.relative
            and m.unit == "year"
            and m.offset == -1
            and lex.same_period_after.match(fold, m.end) is not None
        ):
            continue
        start = fold.rfind("\n", 0, m.start) + 1
        # (a row laid out one cell a line, 113年 |\n112年 |\n本期累計 |\n去年同期累計 |: the
        # lines of cells right before it, a few at most, are its row)
        for _ in range(_HEADER_ROW_LINES):
            if start == 0:
                break
            above = fold.rfind("\n", 0, start - 1) + 1
            if lex.header_cell.search(fold, above, start - 1) is None:
                break
            start = above
        own = next(
            (
                o
                for o in matches[:i]
                if o.start >= start
                and not o.relative
                and o.iso is not None
                and lex.header_cell.search(fold, o.end, m.start) is not None
            ),
            None,
        )
        if own is not None and own.iso is not None:
            out[i] = own.iso[:4]
            continue
        # (年/月 | 營收 | 去年同期年增率(%)\n2024/10 | 11.12 | …: a column's label over rows each
        # dated in their first cell compares every row with its own year before: no one date)
        line_end = fold.find("\n", m.end)
        below = line_end + 1 if line_end >= 0 else -1
        row_date = next((o for o in matches[i + 1 :] if o.start >= below), None)
        if (
            below > 0
            and lex.header_cell.search(fold, start, m.start) is not None
            and row_date is not None
            and not row_date.relative
            and not fold[below : row_date.start].strip(" \t|｜")
        ):
            out[i] = None
    return out


def _label_bases(fold: str, matches: Sequence[DateMatch]) -> dict[int, str]:
    """``1.與上月比較：111年12月工業生產指數…``: a word counted back inside a line's label
    (nothing but the label before it on its line, ``label_end`` closing it) counts from the
    first written date right after the label on its line. Returns that date's iso by index."""
    lex = _lexicon()
    out: dict[int, str] = {}
    for i, m in enumerate(matches):
        if not (m.relative and m.offset < 0 and m.unit in ("year", "month")):
            continue
        start = fold.rfind("\n", 0, m.start) + 1
        rest = lex.label_rest.match(fold, m.end)
        if rest is None or any(c in fold[start : m.start] for c in "，,。；;！？!?:："):
            continue
        line_end = fold.find("\n", rest.end())
        line_end = len(fold) if line_end < 0 else line_end
        told = next(
            (
                o
                for o in matches[i + 1 :]
                if o.start >= rest.end() and not o.relative and o.iso is not None
            ),
            None,
        )
        if (
            told is not None
            and told.iso is not None
            and told.end <= line_end
            and not fold[rest.end() : told.start].strip()
            and (m.unit == "year" or len(told.iso) >= 7)
        ):
            out[i] = told.iso
    return out


def _quarter_header_years(fold: str, matches: Sequence[DateMatch]) -> dict[int, str | None]:
    """``2025年營收\nQ1 Q2 Q3 Q4``: a line of bare quarters is a table's column header, of the
    one year the nearest line above it that writes a date states (dates.yaml:
    quarter_header_row); None (open) when no line near above states one year, as on a chart
    whose rows are each of their own year (``Q1 Q2 Q3 Q4 Year\nY21 $867 …``): the text's own
    year is no column's. Returns the year by index into ``matches``."""
    lex = _lexicon()
    lines = _matches_by_line(fold, matches)
    out: dict[int, str | None] = {}
    for start in sorted(lines):
        idx = lines[start]
        quarters = [matches[i] for i in idx]
        if len(quarters) < 2 or any(
            q.rule != rule_id("yearless_quarter") or q.iso is not None for q in quarters
        ):
            continue
        end = fold.find("\n", start)
        end = len(fold) if end < 0 else end
        rest = "".join(_line_rest(fold, start, end, quarters).split())
        if len(rest) > lex.quarter_header_other_chars or any(c.isdigit() for c in rest):
            continue
        heads: list[str | None] = [None] * len(idx)
        above_end = start - 1
        below = [matches[i] for i in lines.get(end + 1, [])]
        if below and not fold[end + 1 : below[0].start].strip():
            # (Q1 Q2 Q3 Q4 Year\nY21 $867 …: rows each dated in their first cell)
            above_end = -1
        for _ in range(lex.quarter_header_lines_above):
            if above_end < 0:
                break
            above = fold.rfind("\n", 0, above_end) + 1
            told = [matches[i] for i in lines.get(above, [])]
            if told:
                years = {o.iso[:4] for o in told if not o.relative and o.iso is not None}
                if len(years) == 1:
                    heads = [min(years)] * len(idx)
                elif len(told) == len(idx) and _years_only_line(fold, above, above_end, told):
                    # (decks29) 2025年 2024年 2024年\n第一季 第四季 第一季: a header set on two
                    # lines, each quarter under the year of its column, in order
                    heads = [o.iso[:4] for o in told]  # type: ignore[index]
                break
            above_end = above - 1
        for i, year in zip(idx, heads, strict=True):
            out[i] = year
    return out


def _matches_by_line(fold: str, matches: Sequence[DateMatch]) -> dict[int, list[int]]:
    """The indexes into ``matches`` by the start of the line each stands on, in order."""
    lines: dict[int, list[int]] = {}
    for i, m in enumerate(matches):
        lines.setdefault(fold.rfind("\n", 0, m.start) + 1, []).append(i)
    return lines


def _line_rest(fold: str, start: int, end: int, on_line: Sequence[DateMatch]) -> str:
    """What the line ``fold[start:end]`` writes beside the dates ``on_line`` (in order)."""
    return (
        fold[start : on_line[0].start]
        + "".join(fold[a.end : b.start] for a, b in itertools.pairwise(on_line))
        + fold[on_line[-1].end : end]
    )


def _years_only_line(fold: str, start: int, end: int, on_line: Sequence[DateMatch]) -> bool:
    """Whether the line ``fold[start:end]`` is a header row of years only (``113年 112年``,
    ``2025年 2024年 2024年``): nothing but spaces beside ``on_line``, each a year the text
    fixes."""
    return not _line_rest(fold, start, end, on_line).strip() and not any(
        m.relative or m.precision != "year" or m.iso is None for m in on_line
    )


def _column_years(fold: str, matches: Sequence[DateMatch]) -> dict[int, str]:
    """A header line of years only (``113年 112年``) over a line of month spans with no year
    (``1月至3月 1月至3月``): the k-th span is the k-th year's, as the columns of a table
    are. Returns the year iso by index into ``matches``."""
    lines = _matches_by_line(fold, matches)
    out: dict[int, str] = {}
    for start, idx in lines.items():
        end = fold.find("\n", start)
        end = len(fold) if end < 0 else end
        years = [matches[i] for i in idx]
        if len(years) < 2 or not _years_only_line(fold, start, end, years):
            continue
        below = lines.get(end + 1, [])
        units: list[list[int]] = []
        for i in below:
            m = matches[i]
            if m.rule != rule_id("month_day"):
                units = []
                break
            if m.role == "end" and units and matches[units[-1][-1]].group == m.group:
                units[-1].append(i)
            else:
                units.append([i])
        if len(units) != len(years):
            continue
        for unit, y in zip(units, years, strict=True):
            for i in unit:
                out[i] = y.iso or ""
    return out


def _year_within_span(m: DateMatch, span: tuple[str, str]) -> str | None:
    """``今年度(2014年4月-2015年3月)財測…維持於7月31日公佈的``, ``2017年下半年至2018年營運將
    走強，主因：第3季…``: a month or quarter with no year, told right after a span over two
    calendar years (a fiscal year, a season: a longer one, 2012年5月-2016年11月期間連續55個月,
    is a record the present month is measured against), is of the first year in which it
    falls within the span, not of the span's end, the date written last. None when it falls
    in no year of the span."""
    month = m.month or _lexicon().period_start.get(m.qualifier)
    first, last = parse_iso(span[0]), parse_iso(span[1])
    if month is None or first is None or last is None:
        return None
    lo = (first[0], first[1] or 1)
    hi = (last[0], last[1] or 12)
    for y in range(first[0], last[0] + 1):
        if lo <= (y, month) <= hi:
            return str(y)
    return None


def _season_of_text(fold: str, matches: Sequence[DateMatch]) -> int | None:
    """The first year of the one crop or marketing season a text writes as its only years
    (``2019/20年度`` and nothing else written with a year: a USDA, sugar-association or
    coffee report restating its season), else None. Its bare months (``截至11月底``,
    ``8月份所預估``) fall in that season (see ``_season_month_year``)."""
    lex = _lexicon()
    first: int | None = None
    for m in matches:
        if m.relative or m.iso is None:
            continue
        if m.rule != rule_id("season"):
            return None  # (another year written: the text's other rules fix its months)
        if m.role == "end":
            if lex.season_month_end.match(fold, m.start) is None:
                return None  # (2016/17財年: a fiscal year may start in any month)
            continue
        if (
            first is not None
            and m.year is not None
            and m.year < first
            and not _is_base(fold, m.start)
        ):
            # (dates42: an earlier season the text looks back on, 2019/20年度棉花已預售; not one
            # compared with, 2024/25年度產量高於2023/24年度, which a report may write before
            # its lead season starts)
            continue
        if first is not None and first != m.year:
            return None  # (two seasons: which one a month is of is not told)
        first = m.year
    return first


def _glosses_season(fold: str, matches: Sequence[DateMatch], i: int) -> bool:
    """Whether ``matches[i]`` sits in the bracket right after a season that glosses its
    months (``2013/14年度(10月到次年9月)``): the season's definition, no date of its own."""
    for j in range(i - 1, -1, -1):
        o = matches[j]
        if o.rule == rule_id("season") and o.role == "end":
            between = fold[o.end : matches[i].start]
            return (
                any(c in between for c in "(（")
                and not any(c in between for c in ")）")
                and len(between) <= 8
            )
        if o.rule != rule_id("month_day"):
            return False
    return False


def _season_month_year(m: DateMatch, first: int) -> str:
    """The year of a bare month within the season starting in ``first``: crops are sown and
    marketed from mid-year into the next, so a month from ``season_turn_month`` on is of the
    first year, an earlier one of the second."""
    month = m.month or 1
    return str(first if month >= _lexicon().season_turn_month else first + 1)


def _same_clause_run(text: str, end: int, start: int) -> bool:
    """Whether ``start`` lies in the sentence ``end`` closes a date of, close by."""
    return "。" not in text[end:start] and start - end <= _SAME_SENTENCE


def _turns_the_year(fold: str, m: DateMatch, prev_iso: str) -> bool:
    """``公司於2024年12月20日宣布…1月13日完成``: a bare day of January or February told after a
    day of December runs on into the next year (not a comparison's base, 較1月5日, nor one of
    a parallel list: …至十二月三十一日及一月一日至三月三十一日)."""
    prev = parse_iso(prev_iso)
    return (
        m.rule == rule_id("month_day")
        and m.day is not None
        and m.month is not None
        and m.month <= 2
        and prev is not None
        and prev[1] == 12
        and prev[2] is not None
        and not _is_base(fold, m.start)
        and _lexicon().year_turn_not_after.search(fold, max(0, m.start - 3), m.start) is None
    )


def _base_month_turns_back(
    fold: str, facts: Sequence[DateFact], m: DateMatch, iso: str | None
) -> bool:
    """``1月CPI環比上漲0.5%，同比升至3%，高於12月的2.9%``, ``1月營收較12月成長``: a bare month
    that is a comparison's base (``_is_base``), resolved (``iso``) to the year of a month told
    before it, numbered lower, in its sentence or the one before, at most three months before
    it across the turn of the year, is of the year before (as ``上(12)月`` after ``2019年1月``
    is, ``_month_before_turns_back``)."""
    if (
        iso is None
        or len(iso) < 4
        or m.rule != rule_id("month_day")
        or m.precision != "month"
        or m.month is None
        or "年" in m.text
        or not _is_base(fold, m.start)
    ):
        return False
    begin, _ = _sentence_bounds(fold, m.start, m.end)
    if begin > 0:  # (…1月CPI環比上漲0.5%。這一漲幅推動…，高於12月的2.9%: or the one before)
        begin = _sentence_bounds(fold, begin - 1, begin - 1)[0]
    return any(
        begin <= f.span.start < m.start
        and f.iso is not None
        and len(f.iso) >= 7
        and f.iso[:4] == iso[:4]
        and int(f.iso[5:7]) < m.month
        # (only across the turn, at most a quarter back: 3月營收較5月 compares no past May)
        and int(f.iso[5:7]) + 12 - m.month <= 3
        for f in facts
    )


def _bare_month(m: DateMatch) -> bool:
    """A month written without a year (11月, 11月份)."""
    return (
        m.rule == rule_id("month_day")
        and m.precision == "month"
        and m.month is not None
        and "年" not in m.text
    )


def _released_months(fold: str, matches: Sequence[DateMatch]) -> set[int]:
    """The bare months a text tells right after a release verb (統計處公布，11月零售業…;
    dates.yaml: text_year.released_month_before): months whose figures are out."""
    lex = _lexicon()
    return {
        m.month
        for m in matches
        if _bare_month(m)
        and m.month is not None
        and lex.released_month_before.search(fold, max(0, m.start - 8), m.start) is not None
        and lex.released_month_not_after.match(fold, m.end) is None
    }


def _released_month_ahead(
    m: DateMatch, iso: str, reference: str | None, released: set[int]
) -> bool:
    """``2024年1月4日 政府統計處公布，11月零售業總銷貨價值…``: a month whose figures the text
    says are out (``released``; its headline and later mentions too), resolved (``iso``) to
    the year of the text's date but numbered after its month, is of the year before."""
    return (
        reference is not None
        and len(reference) >= 7
        and reference[5:7].isdigit()
        and iso[:4] == reference[:4]
        and _bare_month(m)
        and m.month in released
        and m.month is not None
        and m.month > int(reference[5:7])
    )


def _month_before_turns_back(fold: str, m: DateMatch, prev_iso: str) -> bool:
    """``2019年1月營收較上(12)月減少``: the month before the one told (上/前 with the month in
    brackets), numbered later than it, is of the year before."""
    lex = _lexicon()
    stated = lex.rel_stated_prev_month.fullmatch(fold, m.start, m.end)
    return (
        stated is not None
        and lex.stated_month_words[stated.group("sw")] < 0
        and m.month is not None
        and len(prev_iso) >= 7
        and m.month > int(prev_iso[5:7])
    )


@dataclass(frozen=True, slots=True)
class _Told:
    """A date told in a document, as _release_year reads it."""

    end: int
    iso: str
    aside: bool  # where a span since starts (99年第4季以來) or a comparison's base
    qualifier: DateQualifier
    part: bool  # a period within its year (a quarter, a half, a month, 前三季)
    written: bool = False  # a year written out (2016年) or 今年, not counted (去年) nor a month


def _month_told_before(
    text: str,
    fold: str,
    facts: Sequence[DateFact],
    matches: Sequence[DateMatch],
    m: DateMatch,
    reach: Sequence[int],
) -> str | None:
    """The year of the same month told before ``m`` in its paragraph (``103年12月…；…12月合併
    逾放比`` in a text written in 2015: December 2014; ``2013年11月…高於10月…。11月…較10月``),
    as long as every date told since (not a comparison's base, nor where a span since
    starts) is of that year (``2023年3月…。2024年…。3月…`` stays open). A month that ends a
    range (``較2015年1-4月``) is no month told.

    ``reach[k]``: the furthest end of the spans of ``matches[: k + 1]`` (``facts[k]`` is
    ``matches[k]``'s), so the dates ending after the line starts are looked for from the
    first that reaches past it, not among every date told since the text began."""
    if m.month is None or m.day is not None:  # (a day told again is another matter)
        return None
    line = last_of(text, "\n", m.start)  # (an int test, not a slice back to every date)
    first = bisect.bisect_right(reach, line, 0, len(facts))
    before = [
        f
        for k, f in enumerate(facts[first:], first)
        if f.iso
        and matches[k].group is None
        and line < f.span.end <= m.start
        and not _is_base(fold, f.span.start)
        and not _is_since(fold, f.span.end)
        # (和去年同月(2022年11月…)相比，11月份…: a month in a comparison's frame is its base)
        and not _FRAME_CLOSE.search(fold, f.span.end, m.start)
    ]
    for k in range(len(before) - 1, -1, -1):
        iso = before[k].iso
        if iso is not None and len(iso) == 7 and int(iso[5:7]) == m.month:
            later = before[k:]
            return iso[:4] if all((o.iso or "")[:4] == iso[:4] for o in later) else None
    return None


def _is_part(m: DateMatch) -> bool:
    """Whether ``m`` dates a period within its year, as a release reports one."""
    return (
        m.precision in ("quarter", "half", "month", "day")
        or _lexicon().leading_end.search(m.text) is not None
    )


def is_open_part(f: DateFact) -> bool:
    """Whether ``f`` is a part of a year written alone that no release year dated (上半年,
    第三季, 前9月 in a text whose year is open). An annotator lists it, open, so the dates
    stage keeps it; but it tells no period a number can take (its year may be the text's or
    the next one's: 步入第4季 vs 明年…第一季), so the year and forecast links read past it."""
    return f.iso is None and f.rule in _RELEASE_RULES


def frames_no_period(f: DateFact) -> bool:
    """Whether ``f`` is a date no number takes its period from: an open part of a year (see
    ``is_open_part``) or a model year (``2021 款的漢 EV 調降2萬元``: the price is cut now, not
    in 2021; the year names the model). The dates stage lists both; the links read past them."""
    return is_open_part(f) or f.rule == rule_id("model_year")


def _period_told(fold: str, f: DateFact) -> bool:
    """Whether a dated part of a year is a period the text reports, the one a later quarter
    written alone can repeat: not a comparison's base (較2023年第四季, 以105年第一季為基期),
    nor a span's start or a record's date (創2021年第一季以來新低), which are history."""
    lex = _lexicon()
    return not (
        _is_base(fold, f.span.start)
        or lex.base_period_after.match(fold, f.span.end)
        or _is_since(fold, f.span.end)
        or _frames_nothing_at(fold, f.span.start, f.span.end)
    )


def _quarter_told_before(fold: str, facts: Sequence[DateFact], m: DateMatch) -> str | None:
    """The year of a quarter written alone that repeats the quarter told last in the text
    (``安森美2024年第四季收益未達預期…\n* 第四季度營收17.2億美元``, ``展望今年第一季…\n* 英業達
    預期第一季淡季…``): a news story lists its points one to a line, so the quarter it
    reports is told with its year once and then alone in the next points, where no release
    paragraph carries it (see ``_release_year``). Only where no other quarter, and no date
    of another year, is told between them (a comparison's base, 較去年同期, 較一年前, aside;
    so is the base quarter itself, 較2023年第四季)."""
    between: set[str] = set()  # the years of the dates told since
    for f in reversed(facts):
        if f.iso is None:
            if f.relative and f.precision in ("year", "quarter", "half"):
                return None  # (明年第一季… open: a year the text does not fix)
            continue
        if not _period_told(fold, f):
            continue
        if f.quarter is not None:
            same = f.quarter == int(m.qualifier[1]) and between <= {f.iso[:4]}
            return f.iso[:4] if same else None
        if f.half is not None:
            return None
        between.add(f.iso[:4])
    return None


_QUARTERS = ("q1", "q2", "q3", "q4")


def _quarters_of_one_year(facts: list[DateFact], fold: str) -> list[DateFact]:
    """(dates50) A quarter written alone that every other rule left open (``2025年第一季度…。
    展望第二季度…。第一季度各廠``, in a text copied without its dateline) is of the year the
    text wrote that quarter with before it, when it wrote it with one year only (not 4Q24
    beside 4Q23), whatever else it told between (2017年第四季度…2018年第一季度的指引。…第四季度
    營收: the quarter reported). A record's or a comparison's quarter (創2019年第一季以來, 較
    2023年第四季) is no quarter told. A last pass: no other date counts from the year it fills.
    """
    told = [
        f
        for f in facts
        if f.quarter is not None
        and f.iso is not None
        and f.anchor is None
        and _period_told(fold, f)
    ]
    out = list(facts)
    for i, f in enumerate(facts):
        if f.iso is not None or f.quarter is None or f.rule != rule_id("yearless_quarter"):
            continue
        years = sorted(
            {
                g.iso[:4]
                for g in told
                if g.iso is not None and g.quarter == f.quarter and g.span.end <= f.span.start
            }
        )
        if len(years) == 1:
            told_end = max(
                g.span.end
                for g in told
                if g.quarter == f.quarter and g.span.end <= f.span.start
            )
            frame = _narrative_year_between(facts, fold, told_end, f.span.start)
            if frame is not None and frame != years[0] and _clause_looks_ahead(fold, f):
                continue  # (the text moved on to another year, the quarter ahead: open)
            update = {"iso": years[0], "anchor": years[0], "anchor_source": "previous"}
            out[i] = f.model_copy(update={**update, "resolved": True})
    return out


_CLAUSE_ENDS = "，,。；;！？!?\n"
_CLAUSE_ON = re.compile(f"[^{_CLAUSE_ENDS}]*")


def _clause_looks_ahead(fold: str, f: DateFact) -> bool:
    """(dates54) Whether the clause of a quarter alone looks ahead (第四季產能利用率將提升;
    dates.yaml quarter_long_over_ahead_cues): only such a quarter may be of a later year the
    text went on to; one told as done (第四季晶圓出貨較第三季成長, after 2024年有望… in a review
    of 2023's fourth quarter) is still the quarter the text reviews."""
    begin = last_of(fold, _CLAUSE_ENDS, f.span.start) + 1
    rest = _CLAUSE_ON.match(fold, f.span.end)
    end = rest.end() if rest is not None else f.span.end
    return _lexicon().quarter_long_over_ahead.search(fold, begin, end) is not None


_FRAME_MARKS = " \t\u3000*・•●▪■◆◎○-－—"


def _narrative_year_between(
    facts: Sequence[DateFact], fold: str, start: int, end: int
) -> str | None:
    """(dates54) The year, between ``start`` and ``end``, that the text last set as the frame
    of its narrative: a year alone heading its sentence (``2024年，公司將擴大投資``, ``展望
    2024年``, ``明年…``; dates.yaml narrative_year_leads), not a span's end, a base or a list
    (2024年以來, 2023年至2024年). A year told in passing inside another period (2018年第一季度
    的指引) frames nothing. ``""`` for a frame whose year the text does not fix (明年 in an
    undated text): another year all the same. None when no year frames anything there."""
    lex = _lexicon()
    year: str | None = None
    at = -1
    for h in facts:
        if not (start <= h.span.start and h.span.end <= end) or h.span.start < at:
            continue
        if h.precision != "year" or h.quarter is not None or h.half is not None or h.vague:
            continue
        if fold[h.span.end : h.span.end + 1] in lex.narrative_year_not_before:
            continue
        begin = last_of(fold, _SENTENCE_ENDS, h.span.start) + 1
        lead = fold[begin : h.span.start].strip(_FRAME_MARKS)
        if lead and lead not in lex.narrative_year_leads:
            continue
        year, at = (h.iso[:4] if h.iso is not None else ""), h.span.start
    return year


def _framed_in_clause(
    text: str, told: Sequence[_Told], m: DateMatch, year: str, line: int
) -> bool:
    """Whether the date told last before ``m``, close by in its sentence, is a year or a
    part of the text's own ``year`` (``今年來市場需求疲弱，台星科上半年…``; ``相較於今年首季
    的營業淨損…，及第二季的營業利益…``): a part of a year its clause goes on to without a
    year is of that one, a base or a span since it included (those frame nothing only when
    they are of another year). Not a quarter after a later one (2025年第四季…及第一季展望:
    whose Q1?). Only a quarter or a half: a run of months from January (前三季, 累計前5月)
    beside a target for 今年 is left to the release's own year (its figures are reported,
    not the target's)."""
    if m.qualifier not in (*_QUARTERS, "h1", "h2"):
        return False
    near = [t for t in told if line < t.end <= m.start]
    if not near:
        return False
    last = near[-1]
    if last.iso[:4] != year or not (last.part or last.written):
        return False
    if not _same_clause_run(text, last.end, m.start):
        return False
    return not (
        m.qualifier in _QUARTERS
        and last.qualifier in _QUARTERS
        and _QUARTERS.index(last.qualifier) > _QUARTERS.index(m.qualifier)
    )


def _release_year(
    text: str,
    told: Sequence[_Told],
    m: DateMatch,
    reference: str | None,
    evidence: TextYearEvidence | None,
    named: bool = False,
) -> str | None:
    """The year of a part of a year written alone with no date in its clause (上半年, 首季,
    累計前三季, 第2季): a release tells its figures for one year and then goes on without
    repeating it (``103年第2季…研發投入…。累計上半年…``). It is the text's own year when the
    last date told before it in its paragraph (not where a span starts, 99年第4季以來, nor a
    comparison's base) is of that year and a period of it (a quarter, half or month: what a
    release reports; a plain year may be history, 成立於2009年), or with any date of it, or
    none told, when the text states its year outright (今(105)年). Any other year before it
    leaves the part open, and so does a quarter after a later one in its sentence
    (2025年第四季營運成果及第一季業績展望: whose Q1?) unless it is the later one's base
    (單季毛利率降到14.3%（首季為17.8%）, 較首季增加)."""
    if reference is None:
        return None
    year = reference[:4]
    # a text whose own year is fixed (stated, or worked out: 2023年首季…, 今年、2024年) dates a
    # part of a year alone as a text with a dateline would, its headline's too (小米Q1營收年減:
    # the quarter the story reports); not where the year is only the latest one written in a
    # text that neither names its own year relatively nor tells a part of that year
    # (``named``: 像2021年初的台積電一樣 in a column is history, no present; 2023年首季營收…
    # is a release's period)
    worked_out = evidence not in (None, "latest_year", "latest_year_closed") or named
    stated = evidence == "stated" or (evidence is not None and worked_out)
    line = last_of(text, "\n", m.start)  # its paragraph opens after it
    if _framed_in_clause(text, told, m, year, line):
        return year
    before = [t for t in told if line < t.end <= m.start and not t.aside]
    # (2017年第1季營收…，反映出2016年的併購效益。展望第2季…: an earlier plain year told
    # after the release's period is history or a base, not a new period)
    while (
        len(before) > 1 and before[-1].written and not before[-1].part and before[-1].iso[:4] < year
    ):
        before = before[:-1]
    # (links29: 台塑表示…明年元月底農曆春節連假…。台塑前三季每股純益虧損0.24元: a date ahead of
    # the text's year told before a part reported as reached frames no period of it — what is
    # reached is of the text's year, nothing of a year to come is)
    if before and before[-1].iso[:4] > year and not _estimated_around(text, m):
        before = [t for t in before if t.iso[:4] <= year]
    if not before:
        # (a release's months from January on, 累計前9月, are dated as the bare month they end
        # in is, 9月 of the text's year: a figure's months, not a quarter of another year)
        months = m.rule == rule_id("leading_part") and m.text.rstrip().endswith(("月", "月份"))
        # (nor where the text has told this part of another year: 2030年第四季…。2031年第一季
        # 展望…。第四季度毛利率… may repeat that quarter; _quarter_told_before left it open)
        other = worked_out and any(
            t.qualifier == m.qualifier and t.part and t.iso[:4] != year and not t.aside
            for t in told
            if t.end <= m.start
        )
        if (stated and not (other and evidence != "stated")) or months:
            return year
        if (
            evidence is None
            and not any(
                t.part and t.iso[:4] != year and not t.aside for t in told if t.end <= m.start
            )
            and _part_over_by(m, reference)
        ):
            # links32: 漢科累計前3季稅前淨利已達4億元 in a text dated 2022-11-25 (its dateline or
            # stamp): a part of the year over by the text's own day, with no year told in its
            # paragraph and no part of another year told before, is of the text's year
            return year
        if (
            evidence is None
            and not any(
                t.part and t.iso[:4] != year and not t.aside for t in told if t.end <= m.start
            )
            and _quarter_begun_by(text, m, reference)
        ):
            # (dates51) 臺灣第一季出口表現亮眼 in a text dated 2021-06-03, 第三季營運 in one of
            # July: a quarter alone, begun by the text's own month and told as no plan, with no
            # year told in its paragraph and no part of another year told before, is of the
            # text's year (one ahead may be last year's: 第四季 in a text of January)
            return year
        return year if _planned_part_ahead(text, m, reference, evidence) else None
    last = before[-1]
    quarters = ("q1", "q2", "q3", "q4")
    if (
        m.qualifier in quarters
        and last.qualifier in quarters
        and quarters.index(last.qualifier) > quarters.index(m.qualifier)
        and _same_clause_run(text, last.end, m.start)
        # (降到14.3%（首季為17.8%）, 較首季增加: the base a later quarter is compared with)
        and _lexicon().earlier_quarter_base.search(text, max(0, m.start - 4), m.start) is None
        and not _compared_quarter(text, m)
    ):
        return None
    # (a plain year written out that is the text's own, 2016年將延續…。…下半年出貨量可望成長,
    # frames the part as a period of it does: history told plainly is of another year)
    # (only in a release that has told a period of that year before: a plain year alone,
    # 成立時間在2004~2009年。…第1季財報, frames nothing)
    own = last.written and any(t.part and t.iso[:4] == year for t in before[:-1])
    return year if last.iso[:4] == year and (last.part or stated or own) else None


def _compared_quarter_year(
    text: str, fold: str, facts: Sequence[DateFact], m: DateMatch
) -> str | None:
    """The year of the yearless quarter ``m`` that its sentence compares a quarter told before
    it with (``2025年第三季度…，環比第二季度提升``, ``第2季營收…，較第1季減少``, ``與第二季相比``):
    the told quarter's year for an earlier quarter, the year before for a later one (第一季…
    較第四季: last year's fourth). The told quarter is the last one dated in the sentence
    before ``m``, or in the paragraph when nothing dated stands between (the sentence carries
    its period on); the same quarter (a year-on-year base) is left to the other rules."""
    n = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}.get(m.qualifier)
    if n is None or not _quarter_base(text, fold, m.start, m.end):
        return None
    begin, _end = _sentence_bounds(fold, m.start, m.end)
    # (成長表現與首季年增4.4%、第2季年增3.0%相比: a quarter compared itself tells no period)
    told = next(
        (
            f
            for f in reversed(facts)
            if f.span.end <= m.start
            and f.quarter is not None
            and f.iso is not None
            and not _quarter_base(text, fold, f.span.start, f.span.end)
        ),
        None,
    )
    if told is None or told.quarter is None or told.iso is None or told.quarter == n:
        return None
    if not told.iso[:4].isdigit():
        return None
    # (dates57: or the last one its paragraph tells in a sentence before, when nothing dated
    # stands between: 2023年第一季營收…。毛利率…，分別較第四季及去年同期減少 compares this
    # sentence's figures, of the quarter it carries on, with last year's fourth)
    if told.span.start < begin and (
        "\n" in fold[told.span.end : m.start]
        or any(told.span.end <= f.span.start < m.start for f in facts)
    ):
        return None
    year = int(told.iso[:4])
    return str(year if n < told.quarter else year - 1)


def _quarter_base(text: str, fold: str, start: int, end: int) -> bool:
    """Whether the quarter at ``start:end`` is the base of a comparison: right after one of
    dates.yaml earlier_quarter_base_before (環比第二季度, 較第1季) or after 與 with 相比 later."""
    lex = _lexicon()
    base = lex.earlier_quarter_base.search(fold, max(0, start - 4), start)
    if (
        base is not None
        and lex.earlier_quarter_start.search(fold, max(0, start - 4), start) is not None
        and lex.earlier_quarter_start_after.match(fold, end) is not None
    ):
        base = None  # (從第三季度開始逐漸復甦: from the quarter on, no comparison)
    return base is not None or _compared_span(text, start, end)


# how far a base period's clause reaches after its date, and where a clause ends (not a
# digit group's comma)
_BASE_PERIOD_REACH = 30
_BASE_PERIOD_CLAUSE_END = re.compile(r"[，。；;！？!?\n]|,(?![0-9０-９])")


def _past_base_word(fold: str, passing_ends: set[int], end: int, start: int) -> bool:
    """Whether the date ending at ``end`` is a base period named in passing (its end is in
    ``passing_ends``) whose base word stands before ``start``: a part there is past the base."""
    if end not in passing_ends:
        return False
    return _lexicon().base_period_words.search(fold, end, start) is not None


def _base_period_in_passing(fold: str, start: int, end: int) -> bool:
    """``加以去年颱風干擾及中秋連假基期偏低影響，第3季…``, ``因2023年基期低，第二季…``: the date
    at ``start:end`` is named as the low or high base of a comparison inside a cause phrase
    (dates.yaml base_period_cause_before right before it, base_period_words later in its
    clause), a year in passing that frames no lone quarter or month after it. Not a year the
    cause follows (``2023年因基期較高，第一季…``: 2023 still frames)."""
    lex = _lexicon()
    if lex.base_period_cause.search(fold, max(0, start - 4), start) is None:
        return False
    stop = min(len(fold), end + _BASE_PERIOD_REACH)
    close = _BASE_PERIOD_CLAUSE_END.search(fold, end, stop)
    return lex.base_period_words.search(fold, end, close.start() if close else stop) is not None


def _left_behind(fold: str, m: DateMatch) -> bool:
    """``逐步脫離2023年衰退的陰霾，…第二季末``, ``走出去年的谷底，第一季…``: a year alone right
    after a verb of leaving (dates.yaml left_behind_before) is one the sentence leaves behind,
    named in passing; it frames no lone part after it."""
    return (
        m.precision == "year"
        and m.qualifier == "none"
        and _lexicon().left_behind.search(fold, max(0, m.start - 4), m.start) is not None
    )


def _compared_quarter(text: str, m: DateMatch) -> bool:
    """See ``_compared_span``."""
    return _compared_span(text, m.start, m.end)


def _compared_span(text: str, start: int, end: int) -> bool:
    """``成長表現與首季年增4.4%、第2季年增3.0%相比``: an earlier quarter after 與 in its clause
    (the quarters listed after it too) with 相比 later in its sentence is the base of a
    comparison, of the later quarter's year."""
    lex = _lexicon()
    begin = last_of(text, "，,。；;！？!?\n", start) + 1
    if lex.earlier_quarter_compared.search(text, begin, end) is None:
        return False
    close = _CLAUSE_END.search(text, end)
    return lex.earlier_quarter_compared_after.search(
        text, end, close.start() if close else len(text)
    ) is not None


# the count of a leading part (前3季, 前11月, 前三季度, 前 9 個月)
_LEADING_COUNT = re.compile(
    r"前[ \t]*(?P<n>[0-9]{1,2}|[一二三四五六七八九十兩]{1,3})[ \t]*(?:個)?[ \t]*(?P<u>季|月)"
)


def _part_over_by(m: DateMatch, reference: str) -> bool:
    """Whether the leading part of a year ``m`` names (前3季, 前11月: what a digest sums up
    from January on) has ended by the month of ``reference``, a full date of the text's own
    (the part in that year). A bare quarter or half is none: it may be planned or another
    year's (新車預計第一季上市; 財測目標…，上半年為27% compares)."""
    if len(reference) < 7 or not reference[5:7].isdigit():
        return False
    end = None
    if m.rule == rule_id("leading_part"):
        c = _LEADING_COUNT.search(fold_width(m.text))
        n = None
        if c is not None:
            raw = c.group("n")
            n = int(raw) if raw.isascii() else _lexicon().cjk_int(raw.replace("兩", "二"))
        if n is not None and n > 0:
            end = n * 3 if c is not None and c.group("u") == "季" else n
    return end is not None and 0 < end <= 12 and end <= int(reference[5:7])


def _reported_month_ahead(
    fold: str, m: DateMatch, count_from: str | None, reference: str | None
) -> bool:
    """``11月零售業銷貨值升15.9%`` in a text of 2024年1月4日, ``企業陸續公布截至12月年度…業績
    預告`` in one of March: a month (or a day) written with no year that lies at least
    ``reported_month_gap`` months after the month of the text's own date, counted from that
    date, in a sentence that neither plans, estimates nor looks ahead (預計, 將, 之前 …: an
    event ahead is announced as one) nor schedules or holds an event (訂於, 舉行: as often
    ahead as past), is a month news reports after it is over, so the year before's."""
    if (
        m.rule != _MONTH_DAY_RULE
        or not m.relative
        or m.offset != 0
        or m.month is None
        or count_from is None
        or count_from != reference
        or len(count_from) < 7
        or not count_from[5:7].isdigit()
    ):
        return False
    lex = _lexicon()
    if m.month - int(count_from[5:7]) < lex.reported_month_gap:
        return False
    # (up to the end of its own clause: 11月零售業…按年明顯上升,預期…會持續 looks ahead only
    # after the month's clause; 公司預估，11月營收… leads it)
    begin, end = _sentence_bounds(fold, m.start, m.end)
    close = _COMMA_CLAUSE_END.search(fold, m.end, end)
    end = close.start() if close is not None else end
    return (
        lex.estimate.search(fold, begin, end) is None
        and lex.plan_before.search(fold, begin, end) is None
        and lex.future_after.match(fold, m.end) is None
        and lex.reported_month_not_with.search(fold, begin, end) is None
    )


_COMMA_CLAUSE_END = re.compile(r"[，,；;]")


def _estimated_around(text: str, m: DateMatch) -> bool:
    """Whether the sentence of ``m`` estimates, plans or looks ahead (dates.yaml: estimate
    cues, plan cues)."""
    lex = _lexicon()
    fold = fold_width(text)
    begin, end = _sentence_bounds(fold, m.start, m.end)
    return bool(lex.estimate.search(fold, begin, end) or lex.plan_before.search(fold, begin, end))


# the end of a comparison's frame (和去年同月(…)相比，, 與2021年相較，): the dates before it
# are the base, not the period of the clause after it
# (與2021年高檔9140億元相比仍有顯著差距，首季…: 相比 may close a short verdict on the
# comparison before the comma)
_FRAME_CLOSE = gated(
    r"[)）]?[ \t]*(?:(?:相比|相較|比較|對比)(?:之下)?|相比[^，,。；;！？!?\n]{1,8})[ \t]*[，,]"
)


# FY2025 Q3: a quarter right after a fiscal year's label is a part of that fiscal year
_FY_BEFORE = re.compile(r"(?i:FY)[ \t]*(?:[0-9]{4}|[0-9]{2})[ \t]*$")


def _group_years(matches: Sequence[DateMatch]) -> dict[int, set[int | None]]:
    """The years of each span's group of matches, gathered once per text."""
    out: dict[int, set[int | None]] = defaultdict(set)
    for d in matches:
        if d.group is not None:
            out[d.group].add(d.year)
    return out


def _group_years_planned(years: set[int | None], plans: Sequence[int]) -> bool:
    """Whether every year of a span of whole years is one the text already planned for."""
    return bool(plans) and None not in years and years <= set(plans)


def _fiscal_part(fold: str, m: DateMatch) -> bool:
    """A part of a fiscal year (``2027財年第二季度``, ``2026財年首財季``, ``FY2025 Q3``): whose
    calendar year it falls in depends on the company (NVIDIA's and Alibaba's years run ahead
    of the calendar, Apple's and Skyworks' end in September), so it dates neither the text
    nor a yearless day told after it. A whole fiscal year reported (``2014會計年度的營收``)
    still does."""
    lex = _lexicon()
    fiscal = lex.fiscal_year.search(m.text) is not None or fold_width(m.text)[:2].upper() == "FY"
    return fiscal and (m.precision != "year" or "季" in fold[m.end : m.end + 4])


def _closes_frame_of(fold: str, prev_end: int, start: int) -> bool:
    """Whether a comparison's frame that holds the date ending at ``prev_end`` closes
    before ``start`` (``和去年同月(2021年10月…)相比，10月份…``). A frame opened in a later
    sentence holds no such date: ``2017年11月份銷售額為377億美元。和前月相比，11月銷售額…``
    compares November with October, both of 2017."""
    frame = _FRAME_CLOSE.search(fold, prev_end, start)
    return frame is not None and _SENTENCE_STOP.search(fold, prev_end, frame.start()) is None


_SENTENCE_STOP = re.compile(r"[。！？!?]")


_CLAUSE_REST = re.compile(r"[^，,。；;！？!?\n]{0,40}")


def _compared_in_clause(fold: str, end: int) -> bool:
    """Whether the clause a date ending at ``end`` stands in closes as a comparison's frame
    (``與2021年高檔9140億元相比，``): the date is the base compared with, no period told."""
    clause = _CLAUSE_REST.match(fold, end)  # (bounded: a clause's first 40 characters)
    stop = clause.end() if clause is not None else end
    return _FRAME_CLOSE.search(fold, end, min(len(fold), stop + 1)) is not None


def _framed_base(fold: str, start: int, end: int) -> bool:
    """``與2020年平均值相較也降低1.1%``: a date right after a frame's opener whose clause goes
    on to its closer (dates.yaml: base_frame) is the base compared with, no period told."""
    lex = _lexicon()
    if not lex.base_frame_open.search(fold, max(0, start - 3), start):
        return False
    return lex.base_frame_close.match(fold, end) is not None


def _told_year_frames(fold: str, told: DateMatch, m: DateMatch, after: Sequence[DateMatch]) -> bool:
    """Whether the year ``told`` relatively (去年, 明年) frames the part of a year ``m`` its
    sentence writes alone after it (``去年受惠追加量、前三季EPS仍達4.43元``: 去年's first
    three quarters): the sentence tells of that year, as it would after 2023年. Not a
    comparison's base (較去年, 去年同期), a point of that year (超前去年底預估，一旦下半年…),
    the same part told again (去年下半年虧損，下半年可望轉盈: whose?), a span since
    (去年以來) or a frame closed before it
    (與去年相比，上半年…: the text's own) or a bracket closed before it ((與上年同季比)，首季…),
    and no further than a clause run; nor where
    the part's own phrase writes a year after it (從去年虧損中走出，第1季是今年谷底)."""
    lex = _lexicon()
    return (
        told.rule == rule_id("relative")
        and told.qualifier not in ("start", "mid", "end", "as_of", "approx")
        and (told.qualifier == "none" or told.qualifier != m.qualifier)
        and not any(
            _PHRASE_END.search(fold, m.end, o.start) is None
            and (
                (not _is_base(fold, o.start) and lex.same_period_after.match(fold, o.end) is None)
                # (去年下半年改善，…Q1營運將較去年Q4減弱: 去年 named again is another year's)
                or (o.relative and o.unit == "year" and o.offset == told.offset)
            )
            for o in after
        )
        and _same_clause(fold, told.end, m.start)
        and not _is_base(fold, told.start)
        # (加以去年颱風干擾…基期偏低影響，第3季: a base period named in passing, the part
        # past its base word; 受到去年客戶在第2季量產而基期太高 keeps 去年's Q2)
        and not (
            _base_period_in_passing(fold, told.start, told.end)
            and lex.base_period_words.search(fold, told.end, m.start) is not None
        )
        and lex.same_period_after.match(fold, told.end) is None
        and not _is_since(fold, told.end)
        # (走出去年的谷底，第一季…: a year left behind)
        and not _left_behind(fold, told)
        and not _FRAME_CLOSE.search(fold, told.end, m.start)
        # ((與上年同季比),成長表現與首季年增4.4%: a year in a bracket closed before the part)
        and not _BRACKET_CLOSE.search(fold, told.end, m.start)
    )


_BRACKET_CLOSE = re.compile(r"[)）]")
_BARE_MONTH = re.compile(r"[0-9一二三四五六七八九十]{1,3}[ \t]*月份?")  # (3月, 十二月份)


def _year_of_own_phrase(
    fold: str, matches: Sequence[DateMatch], i: int, reference: str | None
) -> str | None:
    """``富采已從2023年虧損陰霾中走出，第1季是2024年谷底``, ``LED首季是今年谷底``: a part of a
    year written alone whose own phrase goes on, a word or two later, to a year (written
    out, or 今年/去年 against the text's year) is that year's, not the year written before
    it. Not a comparison's base (第1季較2023年)."""
    m = matches[i]
    if m.rule not in _RELEASE_RULES or i + 1 >= len(matches):
        return None
    nxt = matches[i + 1]
    if nxt.precision != "year" or nxt.vague or nxt.start - m.end > 3:
        return None
    if _PHRASE_END.search(fold, m.end, nxt.start) or _is_base(fold, nxt.start):
        return None
    if _lexicon().own_phrase_list.fullmatch(fold, m.end, nxt.start):
        return None  # (下半年及明年: two periods listed, each of its own year)
    if nxt.relative and nxt.anchor == "doc" and nxt.unit == "year":
        iso = resolve_relative(nxt, reference)
    else:
        iso = None if nxt.relative else nxt.iso
    return iso[:4] if iso else None


def _is_base(fold: str, start: int) -> bool:
    """Whether the date starting at ``start`` is the base of a comparison (較2015年1-4月)."""
    return _lexicon().base_before.search(fold, max(0, start - 4), start) is not None


def _same_clause(text: str, end: int, start: int) -> bool:
    """Whether a date ending at ``end`` is written shortly before ``start`` in its clause."""
    return 0 <= start - end <= _SAME_SENTENCE and not _CLAUSE_END.search(text, end, start)


_NEXT_SENTENCE = re.compile(r"[。！？!?]")
# a clause's end (not a digit group's comma, 6,330億元)
_BASE_CLAUSE_END = re.compile(r"[，]|,(?![0-9０-９])")


def _own_period_before_base(
    fold: str,
    facts: Sequence[DateFact],
    m: DateMatch,
    prev_end: int,
    prev_iso: str,
    reference: str | None,
) -> bool:
    """``3月營收較109年同期成長25.32%，累計第一季營收…``: a sentence that told a period of the
    text's own year before the base it compares with goes on about that year past the base's
    clause; the yearless part there (not itself a base: ``低於2019年第四季的88%，…較第四季``)
    is the text's, not the base's. With no such period before it (``營收較2023年成長一成，
    年底前…``) the base's year still frames it."""
    if reference is None or reference[:4] <= prev_iso[:4] or _is_base(fold, m.start):
        return False
    if _BASE_CLAUSE_END.search(fold, prev_end, m.start) is None:
        return False
    lo = _sentence_bounds(fold, m.start, m.end)[0]
    for f in reversed(facts):
        if f.span.start < lo:
            break
        if (
            f.span.start < prev_end
            and f.relative
            and f.iso is not None
            and f.iso[:4] == reference[:4]
            and not _is_base(fold, f.span.start)
        ):
            return True
    return False
# where the comparison a base's date stands in ends (its bracket closes, its sentence ends)
_BASE_FRAME_END = re.compile(r"[。！？!?；;\n)）]")
# what may stand before a time frame that opens its sentence (而到了年末，…)
_FRAME_OPENERS = re.compile(r"[ \t]*(?:而|但)?(?:到了|到|至|在|於)?[ \t]*")


def _next_sentence(text: str, end: int, start: int) -> bool:
    """Whether a date ending at ``end`` is in the sentence right before the one that
    ``start`` opens as its time frame, in the same paragraph (2024年營收創高。三季度末，庫存…;
    not …第1季營收… in the middle of a sentence, which is of the text's own year)."""
    if not 0 <= start - end <= 2 * _SAME_SENTENCE:
        return False
    gap = text[end:start]
    ends = list(_NEXT_SENTENCE.finditer(gap))
    return (
        "\n" not in gap
        and len(ends) == 1
        and _FRAME_OPENERS.fullmatch(gap, ends[0].end()) is not None
    )


def _anchored(text: str, matches: Sequence[DateMatch], m: DateMatch) -> bool:
    """Whether a written (not relative) date stands before ``m`` in its clause, or — for a
    year taken as it stands (a quarter, 年末, 當年) — in the sentence just before it. A
    quarter before a later written one (2025年第四季營運成果及第一季業績展望: next year's
    Q1, or this year's?) is ambiguous and not anchored."""
    since = _lexicon().since_before
    anchors = [
        o
        for o in matches
        if not o.relative
        and 0 <= m.start - o.end <= 2 * _SAME_SENTENCE
        # (從2009金融風暴之後，…傳統旺季的第三季: where a span since starts is no frame)
        and not since.search(text, max(0, o.start - 4), o.start)
        and (
            _same_clause(text, o.end, m.start)
            or (m.offset == 0 and o.group is None and _next_sentence(text, o.end, m.start))
        )
    ]
    if not anchors:
        return False
    last = anchors[-1]
    quarters = ("q1", "q2", "q3", "q4")
    if m.qualifier in quarters and last.qualifier in quarters:
        return quarters.index(last.qualifier) <= quarters.index(m.qualifier)
    return True


def _drop_open_counts(
    text: str, matches: list[DateMatch], release: bool = False
) -> list[DateMatch]:
    """上市5年後 with no date before it in its clause is a span after some event (a
    duration, a quantity), not a year, and 當年 with none means "back then": counted
    forward, or taken as it stands, they need a date to count from."""
    return [
        m
        for m in matches
        if not (
            m.anchor == "sentence"
            and m.offset >= 0
            # (with the document at hand, a part of a year may take the release's year:
            # extract_dates decides it with _release_year and drops it where it cannot)
            and not (release and m.rule in _RELEASE_RULES)
            and not _anchored(text, matches, m)
        )
    ]


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text`` in reading order; pure, offsets relative to ``text``."""
    if not text:
        return []
    lex, scan, matches = _scan_dates(text)
    return _finish_dates(lex, scan, matches, text_year(text, matches))


def _scan_dates(text: str) -> tuple[_Lex, _Scan, list[DateMatch]]:
    """The dates of ``text`` before two-digit years (which need the text's year) are added."""
    lex = _lexicon()
    scan = _Scan(lex, text)
    fold = scan.fold
    cands: list[_Cand] = []
    for prio, (_name, parser) in enumerate(PARSERS):
        for parts in parser(scan):
            s, e = parts[0].start, parts[-1].end
            cands.append(_Cand((s - e, prio, s), s, e, parts))
    matches: list[DateMatch] = []
    for c in _select(cands, len(text)):
        if lex.code_label.search(fold, max(0, c.start - 10), c.start):
            continue  # 公告編號：2025 - 001: a code, not a date
        if _habitual_season(lex, fold, c):
            continue  # 產期在 12 月至翌年 2 月: a crop's season, every year's
        if len(c.parts) > 1:
            matches.extend(replace(p, group=-1) for p in c.parts)
        else:
            matches.append(_month_quarter(scan, c.parts[0]))
    if any(m.relative and m.text in lex.defined_only for m in matches):
        # (本期間, 本期: a date only where the text defines it as a period, text_year.defined_*)
        defined = _defined_terms(fold, matches)
        matches = [
            m
            for m in matches
            if not (m.relative and m.text in lex.defined_only) or m.text in defined
        ]
    return lex, scan, _link_and_qualify(lex, fold, _shared_tail(lex, fold, matches))


def _habitual_season(lex: _Lex, fold: str, c: _Cand) -> bool:
    """``主產期在 5~7 月``, ``3、4 月即可採收``: months with no year of their own told as a crop's
    season (dates.yaml habitual_season_*), a habit of every year, no date."""
    if any(
        p.iso is not None
        or p.precision not in ("month", "day")
        # (bare months, and 翌年 2 月 closing a season; not 上月, a month counted back)
        or not (
            p.rule == rule_id("month_day")
            or (p.relative and p.unit == "year" and p.offset > 0 and p.month is not None)
        )
        for p in c.parts
    ):
        return False
    begin = last_of(fold, _SENTENCE_ENDS, c.start) + 1
    if lex.habitual_season.search(fold, begin, c.start) is None:
        if lex.habitual_season_after.match(fold, c.end) is None:
            return False
        begin = last_of(fold, "，,。；;！？!?\n", c.start) + 1  # (its clause)
    return lex.habitual_not_with.search(fold, begin, c.end) is None


def _month_quarter(sc: _Scan, m: DateMatch) -> DateMatch:
    """蘋果把9月份季度營收預測調低, 去年12月季度, 2024年9月份季度財報: a quarter named by the
    month that closes it (a company's fiscal quarter, Apple's to September) is no month, and
    which calendar quarter it is the text does not say: only its year is dated, as a quarter's
    is (the ISO stays the year)."""
    if m.precision != "month" or m.qualifier != "none":
        return m
    named = sc.lex.month_quarter.match(sc.fold, m.end)
    if named is None:
        return m
    end = named.end()
    iso = m.iso[:4] if m.iso else None
    return replace(m, end=end, text=sc.text[m.start : end], iso=iso, precision="year", month=None)


def _finish_dates(
    lex: _Lex, scan: _Scan, matches: list[DateMatch], year: str | None, release: bool = False
) -> list[DateMatch]:
    """Two-digit years next to ``year`` (the text's own), linked into ranges with their
    neighbours (linking again renumbers the ranges in reading order and keeps the rest), and
    counts with nothing to count from dropped."""
    short = _short_years(lex, scan, matches, year)
    if short is not matches:
        short = _link_and_qualify(lex, scan.fold, short)
    return _drop_open_counts(scan.text, short, release)


# --------------------------------------------------------------------------- resolving


def parse_iso(iso: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", iso.strip())
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if _iso(y, mo, d) is None:
        return None
    return y, mo, d


_NEWS_DAY_RULE = rule_id("news_day")
_MONTH_DAY_RULE = rule_id("month_day")
_WEEKDAY_RULE = rule_id("weekday")
_NEWS_DAY_RULES = frozenset((_NEWS_DAY_RULE, rule_id("news_day_ahead")))


def resolve_relative(m: DateMatch, anchor_iso: str | None) -> str | None:
    """The iso of a relative match counted from ``anchor_iso``; None when it cannot be."""
    if m.iso is not None:
        return m.iso
    if not m.relative or m.vague or anchor_iso is None:
        return None
    anchor = parse_iso(anchor_iso)
    if anchor is None:
        return None
    y, mo, anchor_day = anchor
    if m.unit == "day":  # 昨天: only from a day the text fixes, never from its year or month
        if not (mo and anchor_day):
            return None
        if m.rule == _WEEKDAY_RULE and m.day is not None:
            return _weekday_from(anchor_iso, m.offset, m.day)
        return _day_plus(anchor_iso, m.offset)
    if m.unit == "month":
        if mo is None:
            return None
        k = y * 12 + (mo - 1) + m.offset
        if m.rule == _NEWS_DAY_RULE and m.day and anchor_day and m.day > anchor_day + 2:
            # 28日表示 in a text of 2月3日: news tells past days, that is 1月28日; a day just
            # ahead is of the text's month (將在11日或12日宣佈, 北京時間14日凌晨 on the 13th)
            k -= 1
        return _iso(k // 12, k % 12 + 1, m.day)
    return _iso(y + m.offset, m.month, m.day)


def _day_plus(iso: str, offset: int) -> str | None:
    """The iso day ``offset`` days from the day ``iso`` (None if ``iso`` is no full day)."""
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=offset)).isoformat()
    except ValueError:
        return None


def year_of(iso: str | None) -> int | None:
    """Year of an iso date string: the one accessor the quantities ``year`` link should use."""
    return int(iso[:4]) if iso and len(iso) >= 4 and iso[:4].isdigit() else None


def find_published_date(text: str) -> str | None:
    """The document date stated in a byline/source/footer string, e.g. ``ITIS研究團隊（2024/01）``.

    Only a date that reads as a stamp counts: in brackets, after a cue such as 出版日期, or
    closing the line. A year that modifies a word (``106 年認證產業分析師``) is not the
    document's date. The last stamp in the string wins.
    """
    lex = _lexicon()
    fold = fold_width(text)
    stamps = []
    for m in find_dates(text):
        if m.iso is None or m.vague:
            continue
        before = fold[max(0, m.start - 8) : m.start].rstrip(" \t")
        after = fold[m.end : m.end + 8].lstrip(" \t")
        if (
            (before.endswith(("(", "（", "[", "【")) and after.startswith((")", "）", "]", "】")))
            or lex.published_cue.search(fold, max(0, m.start - 12), m.start)
            or lex.line_end.match(fold, m.end)
        ):
            stamps.append(m)
    return stamps[-1].iso if stamps else None


# --------------------------------------------------------------------------- facts


RocReason = Literal[
    "prefix", "roc_form", "roc_dates_elsewhere", "report_date_and_range", "taiwanese_source"
]
_ROC_ALONE = (80, 150)  # a lone ROC year without 民國: 1991-2061
_ROC_REPORT_YEARS = (2010, 2029)


def _roc_reasons(
    fold: str,
    matches: Sequence[DateMatch],
    published: str | None,
    gregorian_year: Callable[[], str | None],
) -> dict[int, RocReason]:
    """Why each ROC date is one (by start offset); a ROC date with no reason is dropped.
    民國 before it or a ROC-only form (113.3.31) is reason enough; a bare ``110年`` needs
    other ROC dates in the document, or, alone, a number of 80–150 in a document dated (or
    writing its years in, ``gregorian_year``: asked only then) 2010–2029: a Taiwanese
    report. A bare ``60 年`` closing a span opened by a count of years (``5 年至 60 年``,
    a useful life) is a duration, no date."""
    lex = _lexicon()
    prefixes = tuple(lex.roc_prefix_words)

    def duration(m: DateMatch) -> bool:
        count = lex.years_count_to.search(fold, max(0, m.start - 8), m.start)
        return count is not None and not any(o.start <= count.start() < o.end for o in matches)

    roc = [
        m
        for m in matches
        if m.calendar == "roc" and (m.text.lstrip().startswith(prefixes) or not duration(m))
    ]
    out: dict[int, RocReason] = {}
    names: list[bool] = []

    def taiwanese() -> bool:  # (searched once, and only when asked)
        if not names:
            names.append(lex.roc_source.search(fold) is not None)
        return names[0]

    pub = int(published[:4]) if published and published[:4].isdigit() else None
    if pub is None and roc:
        ty = gregorian_year()
        pub = int(ty) if ty else None
    for m in roc:
        y = m.year
        if m.text.lstrip().startswith(prefixes):
            out[m.start] = "prefix"
        elif m.rule == rule_id("roc_numeric") or m.relative:
            out[m.start] = "roc_form"  # 113.3.31, 去(102)年
        elif any(o.start != m.start for o in roc):
            out[m.start] = "roc_dates_elsewhere"
        elif _roc_year_month(m, fold):
            out[m.start] = "roc_form"  # 105年11月, alone in the document
        elif (
            y is not None
            and _ROC_ALONE[0] <= y - 1911 <= _ROC_ALONE[1]
            and pub is not None
            and _ROC_REPORT_YEARS[0] <= pub <= _ROC_REPORT_YEARS[1]
        ):
            out[m.start] = "report_date_and_range"
        elif (
            y is not None
            and _ROC_ALONE[0] <= y - 1911 <= _ROC_ALONE[1]
            and _roc_year_month(m, fold, _ROC_ALONE)
            and taiwanese()
        ):
            out[m.start] = "taiwanese_source"  # 98年4月…, 農糧署: a Taiwanese agency's release
    return out


def _roc_year_month(
    m: DateMatch, fold: str = "", window: tuple[int, int] = (100, 150)
) -> bool:
    """``已於105年11月公開發行``: a three-digit year of 100–150 written with its month is a
    ROC date by its form (no Gregorian year is written so, and a count of years does not
    take a month after it: that is 105年11個月), whatever else the document dates; a wider
    ``window`` asks only for the form (a Taiwanese source's 98年4月)."""
    y = m.year
    # (103年第三季, 103年上半年, 111年前三季: a part of the year is as much a date's form as a
    # month, and a count of years takes none after it)
    # (…與103年同期相較: the same period of a year, a comparison's base, is a date's form too)
    lex = _lexicon()
    part = (
        m.month is not None
        or m.precision in ("quarter", "half")
        or lex.leading_end.search(m.text) is not None
        or lex.base_after.match(fold, m.end) is not None
        or m.text.rstrip().endswith(lex.roc_form_year_words)
        or lex.roc_ordinal_after.match(fold, m.end) is not None
    )
    return y is not None and part and window[0] <= y - 1911 <= window[1]


AnchorSource = Literal["document_date", "reference_date", "text_year", "previous"]


_SENTENCE_ENDS = "。！？!?；;\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
_CLAUSE_BREAK = re.compile("[，,。；;！？!?\n、：:（(]")


def _sentence_bounds(fold: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``fold[start:end]``: from the last end mark before ``start`` to
    the first one from ``end`` (looked for outward, not scanned from the text's start)."""
    begin = last_of(fold, _SENTENCE_ENDS, start) + 1
    after = _SENTENCE_END.search(fold, end)
    return begin, after.start() if after else len(fold)


def _beside_this_year(
    fold: str, starts: Sequence[int], matches: Sequence[DateMatch], words: tuple[str, ...]
) -> bool:
    """Whether a plain 今年 shares a sentence with one of the years written at ``starts``:
    then that year is another than the text's own. Not when both tell a part of their year
    (鈷價從今年2~3月大幅漲價，連帶使得2017年第一季迄5月底…): one timeline of months and
    quarters runs through the sentence; a part of another year beside them is written as
    去年 or 明年, or is the base of a comparison (較2016年第一季), which counts elsewhere."""
    plain = [
        m
        for m in matches
        if m.relative and m.iso is None and not m.vague and m.text.startswith(words)
    ]
    parted = {m.start: m for m in matches if _part_within_year(m) and not _is_base(fold, m.start)}
    for s in starts:
        begin, end = _sentence_bounds(fold, s, s)
        for p in plain:
            if (
                begin <= p.start < end
                and not _one_timeline(parted.get(s), p)
                and not _report_of_part(fold, parted.get(s), p)
            ):
                return True
    return False


def _report_of_part(fold: str, written: DateMatch | None, this_year: DateMatch) -> bool:
    """Whether a part of a year written out names a report (``2016年第二季黃金調查報告表示，
    今年第二季的實物黃金需求…``) whose sentence then tells the same part as 今年: the report
    tells its own period, so the two are one year, not a comparison of two (which writes
    its figures beside each, ``2016年第一季EPS 1元，今年第一季2元``)."""
    if written is None or written.end > this_year.start:
        return False
    same = (written.month, written.qualifier) == (this_year.month, this_year.qualifier)
    return same and _lexicon().period_report_after.match(fold, written.end) is not None


# a clause that closes with 後/之後 (no verb of a plan in it: 2024年後將…): what follows
# came after the year
_THEN_AFTER = re.compile(r"[^，,。；;！？!?\n將預]{0,24}?(?:之後|以後|後)[ \t]*[，,]")


def _series_before_this_year(
    fold: str, matches: Sequence[DateMatch], latest: int, words: tuple[str, ...]
) -> bool:
    """``2011年佔比還不到15%，2012年提昇至20-25%，…預期今年此一比重可望上看40%``: a sentence
    that walks year by year up to the latest year the text writes (each year one after the
    one before, at least two) and goes on to a plain 今年 is a time series told up to the
    present, so 今年 is the year after the last one written."""
    for m in matches:
        if m.relative or m.year != latest or m.precision != "year":
            continue
        begin, end = _sentence_bounds(fold, m.start, m.end)
        years = [
            o.year
            for o in matches
            if begin <= o.start < m.start and not o.relative and o.year is not None
        ]
        later = [
            o
            for o in matches
            if m.end <= o.start < end and o.relative and o.iso is None and not o.vague
        ]
        # (only the series' years before it, 今年 right after: …2012年…，今年…; or one year
        # whose clause closes as what came before, 在2022年大部分時間…升息後，…今年放慢步伐)
        then = _THEN_AFTER.match(fold, m.end) is not None
        if not then and (not years or years[-1] != latest - 1 or any(y > latest for y in years)):
            continue
        if (
            later
            and later[0].text.startswith(words)
            and not any(o.relative for o in matches if begin <= o.start < m.start)
        ):
            return True
    return False


def _months_written_beside_this_years(
    matches: Sequence[DateMatch], latest: Sequence[DateMatch], words: tuple[str, ...]
) -> bool:
    """``今年6月發布…。今年2月宣布…。…於2022年9月在一架…``: a text that has told the months of
    its own year as 今年N月 writes a month out with its year after that only for another
    year, so where the latest year it writes is told in such months and days alone, that
    year is not the text's own. Not where a month is written both ways (2015年1月… 今年1月:
    the same month, one year)."""
    this = [
        m
        for m in matches
        if m.relative
        and m.iso is None
        and m.anchor == "doc"
        and m.offset == 0
        and m.month is not None
        and m.text.startswith(words)
    ]
    if not this or not latest:
        return False
    # (a month written out first and 今年N月 after it is the usual way to name the text's
    # year once: 2022年3月全面推行。今年4月，名單公布; only written after the text has
    # named its months relatively is it another year)
    first = min(m.start for m in this)
    months = {m.month for m in this}
    return all(m.precision in ("month", "day") and m.start > first for m in latest) and not any(
        m.month in months for m in latest
    )


def _whole_year_before_this_part(
    fold: str, matches: Sequence[DateMatch], latest: int, words: tuple[str, ...]
) -> bool:
    """``2021年…出口金額大約是3.37億美元，…今年前11月出口…也有1.43億美元``: the latest year
    written whole (no part of it) and then a part of 今年 (今年前11月, 今年上半年, 今年11月,
    今年迄今) in one sentence that estimates nothing set a closed year's figure beside this
    year's running one, so 今年 is the year after it."""
    lex = _lexicon()
    for m in matches:
        if m.relative or m.year != latest or m.precision != "year" or m.group is not None:
            continue
        begin, end = _sentence_bounds(fold, m.start, m.end)
        if lex.estimate.search(fold, begin, end) or lex.plan_before.search(fold, begin, end):
            continue
        if any(
            o.relative
            and o.iso is None
            and not o.vague
            and m.end <= o.start < end
            and any(
                o.text.startswith(w)
                # (今年迄今, 今年以來: the part of it run so far)
                and (len(o.text) > len(w) or lex.running_after.match(fold, o.end) is not None)
                for w in words
            )
            for o in matches
        ):
            return True
    return False


def _one_timeline(written: DateMatch | None, this_year: DateMatch) -> bool:
    """Whether a part of a year written out and a 今年 of its sentence tell one year: a
    month (2017年4月…，今年前4個月…) with a plain 今年, or two different parts (今年2~3月…
    2017年第一季); the same part twice (2016年第一季EPS 1元，今年第一季2元) compares two years."""
    if written is None:
        return False
    same = (written.month, written.qualifier) == (this_year.month, this_year.qualifier)
    if this_year.precision == "year":
        # (2023年第一季營收…，今年訂單已陸續談妥: a quarter or half reported within its year,
        # _part_within_year, and a plain 今年 after it are one year as a month and 今年 are)
        return written.precision == "month" or (
            written.precision in ("quarter", "half")
            and _part_within_year(written)
            and written.end <= this_year.start
        )
    # (今年5月動工，2018年第1季試營運: a later month of 今年 before an earlier part is a plan
    # running into the next year, not one year told in order)
    first, last = _months_of(this_year), _months_of(written)
    in_order = first is not None and last is not None and first[0] <= last[1]
    return _part_within_year(this_year) and not same and in_order


def _months_of(m: DateMatch) -> tuple[int, int] | None:
    """The first and last month of a month, quarter or half."""
    if m.precision == "month" and m.month is not None:
        return m.month, m.month
    return _lexicon().period_months.get(m.qualifier or "")


def _relatives_of_sentence(
    fold: str, matches: Sequence[DateMatch], m: DateMatch
) -> list[DateMatch]:
    """The plain relatives counted from the text's year (今年, 去年, 明年上半年; not
    去(2013)年) of ``m``'s sentence."""
    begin, end = _sentence_bounds(fold, m.start, m.end)
    return [
        o
        for o in matches
        if begin <= o.start < end
        and o.relative
        and o.iso is None
        and not o.vague
        and o.anchor == "doc"
    ]


def _sentence_relatives(fold: str, matches: Sequence[DateMatch], m: DateMatch) -> list[DateMatch]:
    """The plain relative years (今年, 去年, 明年; not 去(2013)年) of ``m``'s sentence."""
    return [o for o in _relatives_of_sentence(fold, matches, m) if o.precision == "year"]


# (a figure with its unit: 5%, 2億片, 1,080億美; greedy, so no match starts inside a number)
_HEADLINE_FIGURE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?(?:%|％|[^\s0-9.,，。、；;：:]{1,2})")


def _headline_restated(fold: str, matches: Sequence[DateMatch], m: DateMatch) -> int | None:
    """How many years the text lies before ``m``, a year its headline (the first line)
    forecasts a figure for (2022年全球半導體設備支出將成長5%), when the body restates that
    figure (5%, with its unit) right under 明年 (1) or 今年 (0), before any other relative
    year of its sentence; None when there is no such headline or the restatements disagree.
    A headline with no figure to restate, or one that reports (2025年…營收創新高), is
    restated by its measure's word (headline_measures) — a report's under 今年 only."""
    if m.relative or m.precision != "year" or m.year is None:
        return None
    head_start = len(fold) - len(fold.lstrip())
    head_end = fold.find("\n", head_start)
    if head_end < 0 or m.start >= head_end or m.start < head_start:
        return None
    lex = _lexicon()
    # (dates53: a first line that ends a sentence or runs long is a paragraph, no headline)
    head = fold[head_start:head_end].rstrip()
    if len(head) > lex.headline_reach or any(e in head for e in lex.headline_sentence_ends):
        return None
    cue = lex.headline_forecast_after.match(fold, m.end)
    forecast = cue is not None and cue.end() <= head_end
    figures = {f.group() for f in _HEADLINE_FIGURE.finditer(fold, m.end, head_end)}
    if not (forecast and figures):
        # (links36) the measure a headline reports (2025年…營收創新高 ⏎ 今年營收…) or, with
        # no figure, forecasts (2026年…出貨將增 ⏎ 明年出貨…): its words stand for its figure
        figures = {f.group() for f in lex.headline_measure.finditer(fold, m.end, head_end)}
        words = True
    else:
        words = False
    if not figures:
        return None
    offsets: set[int] = set()
    for o in matches:
        if (
            o.start < head_end
            or not o.relative
            or o.iso is not None
            or o.vague
            or o.anchor != "doc"
            or o.precision != "year"
            or o.offset not in ((0, 1) if forecast else (0,))
        ):
            continue
        # (the figures told under it: up to the next relative year of its sentence, 今年…
        # 年增34%，明年可望再成長5%)
        end = min(
            [_sentence_bounds(fold, o.start, o.end)[1]]
            + [r.start for r in _sentence_relatives(fold, matches, o) if r.start > o.start]
        )
        if words:  # (出貨 in the headline, 出貨量 under 明年: the word is found in it)
            found = any(fold.find(w, o.end, end) >= 0 for w in sorted(figures))
        else:
            said = {f.group() for f in _HEADLINE_FIGURE.finditer(fold, o.end, end)}
            found = bool(figures & said)
        if found:
            offsets.add(o.offset)
    return offsets.pop() if len(offsets) == 1 else None


def _outlook_this_year(fold: str, matches: Sequence[DateMatch], m: DateMatch) -> bool:
    """``展望2015年，F-鈺齊指出，集團對今年維持審慎樂觀看法``: the year looked out over is
    今年 when its sentence says 今年 and no later year (明年, 後年)."""
    rel = _sentence_relatives(fold, matches, m)
    return any(o.offset == 0 for o in rel) and not any(o.offset > 0 for o in rel)


def _outlook_over_this_year(
    fold: str, matches: Sequence[DateMatch], m: DateMatch, lex: _Lex
) -> bool:
    """``展望2015年，…成長率將為2.86%，略低於今年成長率3.26%``: a sentence whose only
    relative years are 今年 written as the base of a comparison (較今年, 低於今年) compares
    the year looked out over with the year before it; that 今年 is no outlook year."""
    rel = [o for o in _relatives_of_sentence(fold, matches, m) if "年" in o.text]
    return bool(rel) and all(
        o.offset == 0 and lex.base_before.search(fold, max(0, o.start - 6), o.start) is not None
        for o in rel
    )


def _whole_after_late_part(
    fold: str, matches: Sequence[DateMatch], m: DateMatch, lex: _Lex
) -> bool:
    """``展望第四季，…第四季營運仍趨樂觀，2022年全年獲利可期``: a whole year written after a
    yearless late part of a year (第四季, 下半年) in its sentence is the year of that part,
    the one the text is in (dates.yaml: text_year.whole_year_after)."""
    if m.precision != "year" or m.relative or not lex.whole_year_after.match(fold, m.end):
        return False
    begin = _sentence_bounds(fold, m.start, m.end)[0]
    return any(
        begin <= o.start < m.start
        and o.relative
        and o.iso is None
        and o.year is None
        and o.qualifier in lex.late_part_qualifiers
        for o in matches
    )


def _outlook_next_year(fold: str, matches: Sequence[DateMatch], m: DateMatch) -> bool:
    """``展望2015年，友達相信，…明年電視平均尺寸可望續增1吋以上``: the year looked out over
    is 明年 when its sentence names 明年 (alone or a part of it: 明年上半年) and never 今年:
    the outlook and 明年 are one year, so the text is of the year before. (Not a plain
    forecast year beside 明年, 預估2017年…明年: only 展望 names the year the sentence is
    about; both 今年 and 明年 in the sentence leave it to the other rules.)"""
    offsets = {o.offset for o in _relatives_of_sentence(fold, matches, m) if "年" in o.text}
    return 1 in offsets and 0 not in offsets


def _compared_from_last_year(fold: str, matches: Sequence[DateMatch], i: int) -> bool:
    """``長華去年稅後淨利約4.5億元，全年EPS…較2012年EPS的9.34元明顯有所下滑``: the base of
    a comparison whose subject is 去年 (the last date written before it in its sentence) is
    the year before last, so the text lies two years after the base."""
    return _compared_from(fold, matches, i, -1)


def _compared_from_year(fold: str, matches: Sequence[DateMatch], i: int) -> bool:
    """Whether the subject of the comparison whose base is ``matches[i]`` (as in
    ``_compared_from``) is the whole year right after the base, written out
    (``2020年石油需求量將降至每日9400萬桶，較2019年的每日1億桶下滑``)."""
    subject = _comparison_subject(fold, matches, i)
    base = matches[i]
    return (
        subject is not None
        and not subject.relative
        and subject.precision == "year"
        and base.year is not None
        and subject.year == base.year + 1
    )


def _comparison_subject(fold: str, matches: Sequence[DateMatch], i: int) -> DateMatch | None:
    """The date the comparison whose base is ``matches[i]`` is made from: the last date
    written before the base in its sentence, or the first after a base set apart as the
    frame of its clause (相較2021年，台灣去年的市佔率提升2%)."""
    m = matches[i]
    begin, end = _sentence_bounds(fold, m.start, m.end)
    subject = next((o for o in reversed(matches[:i]) if o.start >= begin), None)
    after = next((o for o in matches[i + 1 :] if o.start < end), None)
    if after is not None and re.match(r"[^，,。0-9]{0,4}[，,]", fold[m.end : after.start]):
        subject = after
    return subject


def _compared_from(fold: str, matches: Sequence[DateMatch], i: int, offset: int) -> bool:
    """Whether the subject of the comparison whose base is ``matches[i]`` (the last date
    written before it in its sentence, or the first after a base set apart as a frame) is a
    plain relative year of ``offset`` (-1 去年, 0 今年)."""
    subject = _comparison_subject(fold, matches, i)
    relatives = [o for o in _sentence_relatives(fold, matches, matches[i]) if o.offset == offset]
    return subject is not None and subject in relatives


def _compared_whole_year(fold: str, matches: Sequence[DateMatch], m: DateMatch) -> bool:
    """``2024年本田中國銷量為85.2萬輛，較2023年的123.4萬輛下滑30.94%``: a whole year compared
    with the whole year before it (not 同期, a part of it; not an estimate) is over."""
    if m.precision != "year" or m.relative or m.year is None:
        return False
    begin, end = _sentence_bounds(fold, m.start, m.end)
    lex = _lexicon()
    if lex.estimate.search(fold, begin, end) or lex.part_of_year.search(fold, begin, end):
        return False
    return any(
        o.start > m.end
        and o.start < end
        and o.precision == "year"
        and not o.relative
        and o.year == m.year - 1
        and lex.base_before.search(fold, max(begin, o.start - 4), o.start) is not None
        for o in matches
    )


def _heads_dated_event(fold: str, matches: Sequence[DateMatch], i: int) -> bool:
    """``2024台北國際電腦展將於6月4日…``, ``「2013兩岸電子商務產業交流及合作會議」…今（12）日
    閉幕``: a bare year glued before a name, followed in its paragraph by a month or day
    with no year of its own (that takes this year; 今(12)日 is a day of the text's own
    month) before any other written year. A bare year after a name (中國製造 2025) is a
    plan's, not this."""
    m = matches[i]
    nxt = fold[m.end : m.end + 1]
    before = fold[max(0, m.start - 3) : m.start].rstrip(" \t")[-1:]
    if not ("\u4e00" <= nxt <= "\u9fff") or ("\u4e00" <= before <= "\u9fff"):
        return False
    for n in matches[i + 1 :]:
        if "\n" in fold[m.end : n.start]:
            return False
        if n.rule == rule_id("month_day") or (
            n.relative and n.offset == 0 and n.day is not None and n.month is None
        ):
            return True
        if n.year is not None and not n.relative:
            return False
    return False


def _names_edition(fold: str, m: DateMatch) -> bool:
    """``〈2023半導體展〉``, ``2020亞洲生技大展登場``, ``2023 新財富 500 富人本周公布``: a bare year
    heading a name (no character of a word before it: 中國製造 2025 is a plan's) that ends in
    an event's noun or is published or opened now names the edition the text reports, with
    no date of the event needed (dates.yaml: edition_name_after, edition_now_after)."""
    lex = _lexicon()
    before = fold[max(0, m.start - 3) : m.start].rstrip(" \t")[-1:]
    if "\u4e00" <= before <= "\u9fff":
        return False
    named = lex.edition_name_after.match(fold, m.end) or lex.edition_now_after.match(fold, m.end)
    # (2035世界趨勢與臺灣樣貌調查出爐: a name that looks ahead names the year it looks at)
    return named is not None and not lex.edition_ahead.search(fold, m.end, named.end())


def _told_as_history(fold: str, m: DateMatch) -> bool:
    """``菱生在2000年…成立了``, ``在2004年被智森科技併購``, ``創2022年11月以來``, ``2024年6月初，
    但斌曾經``: a written date its clause tells as past history (a founding, a takeover, the
    start of a span, 曾, 當時) is background, not the period the text is written in."""
    return told_as_history(fold, m.start, m.end)


def _deed_done(fold: str, m: DateMatch, matches: Sequence[DateMatch]) -> bool:
    """``永豐餘已於108年9月申請第1件``: a date its clause tells as a deed already done lies
    before the text, which may be a year or more later (dates.yaml: deed_done_before) —
    unless its sentence goes on to a later month written without a year (``已於105年11月公開
    發行，預計將於12月28日登錄``): that timeline runs within the year to the text's present."""
    lex = _lexicon()
    begin = last_of(fold, "，,。；;！？!?\n", m.start) + 1
    if not lex.deed_done_before.search(fold, begin, m.start):
        return False
    if m.month is None:  # (a whole year has no later month to run on to)
        return True
    _, end = _sentence_bounds(fold, m.start, m.end)
    return not any(
        o.relative
        and o.anchor == "doc"
        and o.offset == 0
        and o.month is not None
        and o.month > m.month
        and "年" not in o.text
        and m.end <= o.start < end
        for o in matches
    )


def crisis_after(fold: str, end: int) -> int:
    """The end of a crisis named right after a date ending at ``end`` (``2009年金融海嘯``),
    else -1: the dates stage reads such a year as history (no text year); the link stage
    asks apart whether the crisis is compared with or is the period its figures are of."""
    m = _lexicon().crisis_right_after.match(fold, end)
    return m.end() if m else -1


def told_as_history(
    fold: str, start: int, end: int, *, deeds: bool = False, crises: bool = True
) -> bool:
    """Whether the date at ``fold[start:end]`` (width-folded text) is told as history by
    its clause (see ``_told_as_history``); with ``deeds``, also as a deed already done
    (``已於2023年取得…認證，並累積取得25張``: the numbers of the clauses after it are no
    deed of that date — see ``_deed_done`` for what the text's own year makes of it)."""
    lex = _lexicon()
    begin = last_of(fold, "，,。；;！？!?\n", start) + 1
    if lex.background_before.search(fold, begin, start):
        return True
    # (a year written out only: 已在11月1日開始供貨 is a day of the text's own year, not
    # a past the text may be a year or more beyond)
    if deeds and "年" in fold[start:end] and lex.deed_done_before.search(fold, begin, start):
        return True
    m = lex.background_right_after.match(fold, end)
    if m and (crises or not lex.crisis_right_after.match(fold, end)):
        return True
    # 自美聯儲2022年6月開始實施…以來: a span since the date, whatever stands between
    if _since_start(fold, begin, start, end):
        return True
    if lex.lasting_to_now.match(fold, end) is not None:
        return True
    if lex.record_at_time.match(fold, end) is not None:
        return True
    return lex.background_in_clause.match(fold, end) is not None


def _history_before_reference(fold: str, m: DateMatch, reference: str | None) -> bool:
    """``該公司於1987年成立``, ``在2008年推出的計畫``, ``自2015年起``: a plain written year told
    as history (a founding, a launch dating the thing after it, the start of a span) in a
    text whose own year is known and later: a launch or founding year is no year the text is
    about, so it frames no yearless month after it."""
    if (
        reference is None
        or m.relative
        or m.group is not None
        or m.precision != "year"
        or m.qualifier != "none"
        or m.year is None
        or m.year >= int(reference[:4])
    ):
        return False
    lex = _lexicon()
    begin = last_of(fold, "，,。；;！？!?\n", m.start) + 1
    # (自2015年起, 從2019年開始: right after 自/從 and right before 起/開始)
    started = lex.month_start.match(fold, m.end) is not None and lex.since_open.search(
        fold, max(begin, m.start - 2), m.start
    )
    return (
        told_as_history(fold, m.start, m.end)
        or lex.attributive_deed.match(fold, m.end) is not None
        or _is_since(fold, m.end)
        or bool(started)
    )


def _since_start(fold: str, begin: int, start: int, end: int) -> bool:
    """``自美聯儲2022年6月開始實施…以來``, ``創下2009年第1季宅指數發佈以來``: the date at
    ``fold[start:end]`` starts a span since then (自/從 or a record's 創下 before it in its
    clause from ``begin``, 以來 later in the clause), whatever stands between."""
    lex = _lexicon()
    opened = lex.since_open.search(fold, begin, start) or lex.since_record.search(
        fold, begin, start
    )
    return opened is not None and lex.since_close.match(fold, end) is not None


def _frames_nothing(fold: str, m: DateMatch) -> bool:
    """A written date no later month or day without its year is of: where a span since
    starts (創2007年11月至2009年11月金融海嘯時期以來最長), a record's date or the level a
    value is measured against (較史上最高紀錄(2001年1月的71.45萬), 僅高於2016年12月的2.3%)."""
    return _frames_nothing_at(fold, m.start, m.end)


def _frames_nothing_at(fold: str, start: int, end: int) -> bool:
    """``_frames_nothing`` on the date at ``fold[start:end]``."""
    lex = _lexicon()
    begin = last_of(fold, "，,。；;！？!?\n", start) + 1
    return _since_start(fold, begin, start, end) or (
        lex.record_base.search(fold, max(0, start - 8), start) is not None
    )


def _changed_on_year_before(fold: str, m: DateMatch) -> bool:
    """``2024年全球矽晶圓出貨量同比下降2.7%``: a whole year's change on the year before, with
    no part of the year (上半年, 第四季, 1-10月, 春節) between, is a figure reported after the
    year."""
    lex = _lexicon()
    # (not 2025年初, a part of the year, nor a horizon: 到2030年，…的年增長率應低於3%)
    if m.qualifier != "none" or lex.year_end_not_before.search(fold, max(0, m.start - 4), m.start):
        return False
    end = _sentence_bounds(fold, m.start, m.end)[1]
    change = lex.year_on_year.search(fold, m.end, min(end, m.end + 30))
    # (nor a budget compared with last year's: 2024年安排財政赤字…，比上年年初預算增加)
    # (nor an outlook: 2026年產值將年增50%, 法人估2026年產值年增50%)
    return (
        change is not None
        and not lex.part_of_year.search(fold, m.end, change.start())
        and not lex.budget_before_change.search(fold, m.end, change.start())
        and not lex.forecast_around_change.search(fold, m.end, change.start())
        and not lex.forecast_before_year.search(fold[max(0, m.start - 4) : m.start])
    )


def _year_ended(fold: str, m: DateMatch) -> bool:
    """``此前的2024年年末``, ``2023年底，…``, ``在2024年最後幾個月``, ``截至2024年12月末``: the end
    of a year told as past (not a deadline, 年底前, nor a plan or estimate in the sentence)
    closes that year."""
    lex = _lexicon()
    if m.relative or m.year is None:
        return False
    if m.precision == "year" and m.qualifier == "end":
        ended = lex.year_end_not_after.match(fold, m.end) is None
    elif m.precision == "year" and m.qualifier == "as_of" and m.text.rstrip()[-1:] in "底末":
        # 年度報告顯示，截至2022年底: a year-end state read from that year's report (its
        # 截至 is no deadline, whatever year_end_not_before says of 至)
        begin, end = _sentence_bounds(fold, m.start, m.end)
        return (
            lex.year_end_report_before.search(fold, begin, m.start) is not None
            and not lex.estimate.search(fold, begin, end)
            and not lex.plan_before.search(fold, begin, m.start)
        )
    elif m.precision == "month" and m.month == 12 and m.qualifier in ("end", "as_of"):
        ended = True
    else:
        ended = m.precision == "year" and lex.year_end_after.match(fold, m.end) is not None
    if not ended or (
        m.precision == "year" and lex.year_end_not_before.search(fold, max(0, m.start - 4), m.start)
    ):
        return False
    begin, end = _sentence_bounds(fold, m.start, m.end)
    planned = lex.plan_before.search(fold, begin, m.start)
    return not (lex.estimate.search(fold, begin, end) or planned)


def _event_at_year_end(fold: str, m: DateMatch) -> bool:
    """``OpenAI於2022年底推出了ChatGPT``: a launch or an outbreak at a year's end is history
    the text may tell years later, so it bounds the text's year from below; read as a year
    told closed (``_year_ended``) it dated every 今年 of a text of 2025 as 2023."""
    lex = _lexicon()
    if m.relative or m.year is None or m.qualifier != "end":
        return False
    if lex.year_end_event_after.match(fold, m.end) is None:
        return False
    # (not a launch planned or estimated: 預計雙方產品將在2025年底問世 is a plan's timeline)
    begin, end = _sentence_bounds(fold, m.start, m.end)
    planned = lex.plan_before.search(fold, begin, m.start)
    return not (lex.estimate.search(fold, begin, end) or planned)


def in_example(fold: str, start: int, end: int) -> bool:
    """``以碧桂園2023年的數據為例``: the date at ``fold[start:end]`` stands inside an
    illustration the text picks (dates.yaml text_year.example_frame)."""
    lex = _lexicon()
    begin = last_of(fold, "，,。；;！？!?\n", start) + 1
    return (
        lex.example_open.search(fold, begin, start) is not None
        and lex.example_close.match(fold, end) is not None
    )


def _in_example(fold: str, m: DateMatch) -> bool:
    """An example's year (``in_example``) may be years behind the text, so it bounds the
    text's year from below; read as the latest year written it dated a text of 2024 as
    2023."""
    return in_example(fold, m.start, m.end)


def _is_dateline(fold: str, m: DateMatch) -> bool:
    """Whether ``m`` is a full day on a short line of its own (or of a byline) at the head or
    the foot of the text (``2022/11/10``, ``（2023-11-10 10:30）``,
    ``（中央社記者…2023年11月10日電）``): the day the text was written, which fixes its year
    whatever 今年 or 去年 it says."""
    if m.precision != "day" or m.relative:
        return False
    reach = _lexicon().dateline_reach
    line_start = fold.rfind("\n", 0, m.start) + 1
    line_end = fold.find("\n", m.end)
    line_end = len(fold) if line_end < 0 else line_end
    if line_end - line_start > reach:
        return False
    return not fold[:line_start].strip() or not fold[line_end:].strip()


def text_year(text: str, matches: Sequence[DateMatch]) -> str | None:
    """The year a text with no date of its own establishes (see text_year_evidence)."""
    return text_year_evidence(text, matches)[0]


def text_year_evidence(
    text: str, matches: Sequence[DateMatch]
) -> tuple[str | None, TextYearEvidence]:
    """The year a text with no date of its own establishes (a headline year, 2025年開春以來,
    the latest period it reports): the latest year it writes out with 年 or as a full date,
    leaving out bare years (names: 中國製造 2025) and plans, forecasts and deadlines; one
    year more when that year's results are reported as complete (dates.yaml: text_year).
    A guess that breaks a bound its relative dates set (2023年11月至去年8月: at least 2025)
    is replaced by the smallest year that meets them (dates.yaml: text_year.bound_overrides)."""
    year, evidence = _guessed_text_year(text, matches)
    if year is None or evidence not in _lexicon().bound_overrides:
        return year, evidence
    floor = _relative_floor(fold_width(text), matches)
    if floor is not None and int(year) < floor:
        return str(floor), "relative_after_written"
    return year, evidence


# the month a part of a year (a quarter, a half, its start) closes with
_PART_LAST = {"q1": 3, "q2": 6, "q3": 9, "q4": 12, "h1": 6, "h2": 12, "start": 3, "mid": 9}


def _relative_floor(fold: str, matches: Sequence[DateMatch]) -> int | None:
    """The least year the text can be of, by its relative dates tied to written ones: a span
    from a written date to 去年/今年… (``2023年11月至去年8月``) ends after it starts, so the
    relative year (the text's year plus its offset) is at least the written one, later when
    its part ends no later in the year; a span since a written year (``自2023年以來``) runs
    to the present (dates.yaml: text_year.span_to_relative_connectors, since_floor_after)."""
    lex = _lexicon()
    ordered = sorted(matches, key=lambda m: (m.start, m.end))
    floors: list[int] = []
    for m, n in zip(ordered, [*ordered[1:], None], strict=True):
        if m.relative or m.year is None:
            continue
        if lex.since_before.search(fold, max(0, m.start - 4), m.start) and (
            lex.since_floor_after.match(fold, m.end)
        ):
            floors.append(m.year)  # 自2023年以來: the present is no earlier
        if (
            n is None
            or not n.relative
            or n.vague
            or n.anchor != "doc"
            or n.unit != "year"
            or "年" not in n.text[:2]
            or fold[m.end : n.start].strip(" \t\u3000") not in lex.span_to_relative
        ):
            continue
        last = m.month or _PART_LAST.get(m.qualifier, 12)
        end = n.month or _PART_LAST.get(n.qualifier, 12)
        # (2023年11月至去年8月: 去年 after 2023, the text 2025; 2022年底至今年1月底: 2023)
        floors.append(m.year - n.offset + (0 if end > last else 1))
    return max(floors, default=None)


def _guessed_text_year(
    text: str, matches: Sequence[DateMatch]
) -> tuple[str | None, TextYearEvidence]:
    """The year the text's own dates point to, before its relative bounds are checked."""
    fold = fold_width(text)
    lex = _lexicon()
    for m in matches:
        # 今(103)年, 去(2023)年: the text states its own year outright
        if m.rule == rule_id("relative") and m.iso and m.text[:1] in lex.stated_offsets:
            return str(int(m.iso[:4]) + lex.stated_offsets[m.text[:1]]), "stated"
        # 本季(2016年10-12月): a relative word whose date the text writes out in brackets
        if m.iso and not m.relative:
            stated = lex.stated_before.search(fold, max(0, m.start - 6), m.start)
            # (去年春節月份（2024年2月）: a few words of what the year's bracket glosses)
            stated = stated or lex.stated_glossed_before.search(fold, max(0, m.start - 12), m.start)
            if stated:
                return str(int(m.iso[:4]) + lex.stated_offsets[stated.group("w")]), "stated"
    title = next((m for m in matches if _release_title(fold, m)), None)
    if title is not None and title.year is not None:
        # 103年12月主要農作物生產預測, 2022年第3季…國際貿易情勢分析 heading the text: a release
        # reports the period its title names, so that is its year, whatever later years its
        # forecasts and comparisons write (本年, 上年 count from it)
        return str(title.year), "release_title"
    same = _same_day_both_ways(fold, matches)
    if same is not None:  # 以2025年6月1日為界 … 以今年6月1日為界: one day written both ways
        return str(same), "same_day"
    same = _same_part_both_ways(fold, matches)
    if same is not None:  # 預期2025年第一季… 展望今年第一季: one quarter written both ways
        return str(same), "same_part"
    same = _same_season_both_ways(fold, matches)
    if same is not None:  # 今年夏天… 2023年夏季將成為…: one season written both ways
        return str(same), "same_part"
    same = _same_figure_both_ways(fold, matches)
    if same is not None:  # 明年…成長18.3% … 2026年再成長18.3%: one figure written both ways
        return str(same), "same_part"
    written: list[tuple[int, bool, int]] = []
    planned: set[int] = set()  # range groups announced as a plan (期許2016-2020年)
    editions: set[int] = set()  # starts of edition years: the text's own year by definition
    backing: set[int] = set()  # years reported complete by 全年, 年報 … (closed_after)
    floor = 0  # the latest year told as history: the text is of that year or later
    plans: list[int] = []  # years the text plans for: its own is at most a few years before
    # single years planned, each the latest year the text can be of, and whether a 今年
    # beside it put it one year further back (see _bounds_meet)
    ceilings: list[tuple[int, bool]] = []
    planned_ranges = _planned_ranges(fold, matches)
    group_years = _group_years(matches)
    plan_sentences: list[tuple[tuple[int, int], int]] = []  # (sentence bounds, year) of plans
    pinned: set[int] = set()  # starts of years that clear the margin (see the end)
    same_period: set[int] = set()  # starts of 2015年同期: the year compared from is 今年's
    editions_now: set[int] = set()  # years of editions published or held now
    this_year_bases: dict[int, int] = {}  # starts and years of bases 今年 is compared with
    year_bases: set[int] = set()  # years of bases the year after them is compared with
    done_parts: set[int] = set()  # years of parts (Q1–Q3, H1, a month) whose results are told
    for i, m in enumerate(matches):
        y = m.year
        # 2024台北國際電腦展…於6月4日: a year heading a name dated in the text is its edition
        # (not a model name a year is glued to: CDMA2000)
        glued = fold[m.start - 1 : m.start].isascii() and fold[m.start - 1 : m.start].isalpha()
        edition = (
            m.rule == rule_id("bare_year")
            and not glued
            and (
                _heads_dated_event(fold, matches, i)
                # 本次2017 WCIT: the edition of the event the text reports
                or lex.edition_before.search(fold, max(0, m.start - 4), m.start) is not None
                or _names_edition(fold, m)
            )
        )
        if edition and _names_edition(fold, m):
            # 2023 新財富 500 富人本周公布, 〈2023半導體展〉: an edition published or held now,
            # its year not over
            editions_now.add(m.year or 0)
        # (links51: a bare year glued to its whole year's figures, 2021全年度出貨總量, 2020 全年
        # 經濟成長率, is a year of the calendar, no name: it counts as a year written with 年;
        # dates.yaml: text_year.bare_whole_year_figures)
        whole_bare = m.rule == rule_id("bare_year") and not glued and (
            lex.bare_whole_year.match(fold, m.end) is not None
        )
        if (
            y is None
            or m.relative
            or (
                m.rule in (rule_id("bare_year"), rule_id("short_year"))
                and not edition
                and not whole_bare
            )
            # (2021 款的漢 EV: a model's year tells nothing of when the text is written; nor
            # does a season across two years, 自9月起的2015/16年度: the present is in either)
            or m.rule in (rule_id("model_year"), rule_id("season"))
            # (nor a quarter a 財季 names: ARM, Alibaba 2025年第一財季 is April to June 2024,
            # their fiscal years running ahead of the calendar; it was read as a plain year,
            # no evidence, before it was read as a quarter)
            or (m.precision == "quarter" and lex.fiscal_quarter.search(m.text))
            # (nor a part of a fiscal year, 2027財年第二季度, 2026財年首財季: NVIDIA's and
            # Alibaba's years run ahead of the calendar, so the quarter is of the year before
            # and a yearless 8月27日 beside it no day of the year written; a whole fiscal
            # year reported, 2014會計年度的營收, still dates the text)
            or _fiscal_part(fold, m)
            # (ty60: nor a fiscal label's whole year, FY2027, 2027財年: a company's year that
            # runs ahead of the calendar (a market valuing NVIDIA on FY2027 in November 2025)
            # says nothing of the year the text is written in; text_year.fiscal_label)
            or (m.precision == "year" and lex.fiscal_label.search(fold_width(m.text)) is not None)
        ):
            continue
        if m.precision == "year" and lex.compared_with_this_year_after.match(fold, m.end):
            # (ty60: 讓2027年的供需缺口較今年進一步擴大: a whole year whose figure is compared
            # with 今年 in its clause is another year than the text's own, no evidence of it;
            # text_year.compared_with_this_year_after)
            continue
        counted = lex.since_count.match(fold, m.end)
        if counted is not None:  # 自2013年6月以來近10個月: the text is 10 months later
            raw = counted.group("n")
            n = int(raw) if raw.isascii() else lex.cjk_int(raw.replace("兩", "二")) or 0
            k = y * 12 + (m.month or 1) - 1 + (n if counted.group("u") != "年" else 12 * n)
            written.append((k // 12, False, m.start))
            editions.add(m.start)  # the text's present, whatever 今年 stands beside it
            continue
        if (
            m.precision == "year"
            and m.qualifier == "none"
            and lex.listed_after_this_year.search(fold, max(0, m.start - 8), m.start)
            and not lex.listed_not_after.match(fold, m.end)
        ):
            # 公司對今年、2024年的銷售同樣看好: a list runs in order, so the year listed after
            # 今年 is the one after it and the text is of the year before
            written.append((y - 1, False, m.start))
            editions.add(m.start)  # (the text's present: no 今年 beside it makes it another)
            continue
        if (
            m.precision == "year"
            and not m.relative
            and (
                lex.this_year_glued.search(fold, max(0, m.start - 3), m.start) is not None
                or (
                    lex.year_of_kind_after.match(fold, m.end) is not None
                    and _says_this_year(fold, m, lex.this_year)
                )
            )
        ):
            # 今2024年營收…, 今年對產業而言，2012年仍是萎縮的一年: a year the text equates with
            # 今年 is its own, whatever 今年 beside it or a forecast in its sentence
            written.append((y, False, m.start))
            editions.add(m.start)
            continue
        if (
            m.precision == "year"
            and m.qualifier == "none"
            and lex.year_part_after.match(fold, m.end) is not None
        ):
            # 2024年度半年報業績披露完畢, 2024年“十一”假期: a half-year report or a holiday of
            # the year is told within it, so it is the text's own year, whatever 今年 beside it
            # (dates.yaml: text_year.year_part_after)
            written.append((y, False, m.start))
            pinned.add(m.start)
            editions.add(m.start)
            continue
        moved = lex.moved_to_after.match(fold, m.end)
        if moved is not None:
            # 2022年底鄭州廠區之訂單推遲到去年第一季: 去年 is after 2022, the text two years on
            later = 2 if moved.group("w") in lex.last_year_words else 1
            written.append((y + later, False, m.start))
            editions.add(m.start)  # the text's present, whatever 今年 stands beside it
            continue
        # a cue in the sentence before is not this date's (…挑戰損益兩平。環瑞醫成立於2013年)
        before = _SENTENCE_END.split(fold[max(0, m.start - 14) : m.start])[-1]
        # (a deed done on a year reported complete, 已於6月25日股東常會通過2014年盈餘分配, dates
        # the text after that year: it counts as written, closed, below)
        on_closed = m.precision == "year" and lex.closed_after.match(fold, m.end) is not None
        if (
            _told_as_history(fold, m)
            or _deed_done(fold, m, matches)
            or _event_at_year_end(fold, m)
            or _in_example(fold, m)
        ) and not on_closed:
            # 在2004年被智森科技併購, 已於108年9月申請, 於2022年底推出: before the text, not
            # its year
            floor = max(floor, y)
            continue
        # (a title naming a year's outlook, 2025年…景氣展望, is published the year before:
        # beside 明年 it is that 明年; beside 今年 it tells nothing, 舉辦「2023年…景氣展望」
        # 記者會，…今年年產值突破4.7兆元 in December 2022)
        titled = m.precision == "year" and lex.outlook_title_after.match(fold, m.end) is not None
        outlook = bool(lex.outlook_before.search(before))
        if outlook and _outlook_over_this_year(fold, matches, m, lex):
            # 展望2015年，…將為2.86%，略低於今年的3.26%: the year looked out over is
            # measured against 今年, so 今年 is the year before it, the text's own
            written.append((y - 1, False, m.start))
            editions.add(m.start)
            continue
        if outlook and _outlook_this_year(fold, matches, m):
            written.append((y, False, m.start))  # 展望2014年，…今年…: the text's own year
            editions.add(m.start)
            continue
        if _whole_after_late_part(fold, matches, m, lex):
            written.append((y, False, m.start))  # 展望第四季，…2022年全年獲利可期: its own year
            editions.add(m.start)
            continue
        if (outlook or titled) and _outlook_next_year(fold, matches, m):
            written.append((y - 1, False, m.start))  # 展望2015年，…明年…: the year after it
            editions.add(m.start)
            continue
        restated = _headline_restated(fold, matches, m)
        if restated is not None:
            # 2022年…將成長5% ⏎ …明年可望再成長5%: the headline's forecast year is the body's
            # 明年 (or 今年), so the text is of the year before it (or of it)
            written.append((y - restated, False, m.start))
            editions.add(m.start)
            continue
        base = lex.base_before.search(before) is not None  # (將較2025年成長: a base, no plan)
        base = base or _framed_base(fold, m.start, m.end)  # (與2020年平均值相較也降低)
        if (
            not base
            and m.precision == "year"
            and m.qualifier == "none"
            and lex.on_last_year_after.match(fold, m.end)
        ):
            # 2015年營收仍將較去年增長1成以上: a year compared with 去年 is the one after it, the
            # text's own, even where its figure is forecast (the only year a results story
            # writes out may be its outlook for the year it is in)
            written.append((y, False, m.start))
            editions.add(m.start)
            continue
        if (
            not base
            and m.precision == "year"
            and m.qualifier == "none"
            and m.rule == rule_id("cjk_ymd")
            and lex.after_last_year.search(fold, max(0, m.start - 40), m.start) is not None
            and lex.after_last_year_ahead.match(fold, m.end) is None
        ):
            # 由於去年發貨量創歷史新高，2025年出口規模自然會出現回落: told against 去年, the
            # year after it, the text's own
            written.append((y, False, m.start))
            editions.add(m.start)
            continue
        # 計劃於2025年啟動…試驗，2026年進一步推進…: a later year in the sentence of a plan
        # continues its timeline
        sentence = _sentence_bounds(fold, m.start, m.end)
        if base and any(s == sentence and p > y + 1 for s, p in plan_sentences):
            # 預期2026年獲利…，較2023年大幅成長27%: the base of a forecast year more than one
            # year before it is compared from that year, so it says nothing of the text (the
            # year right before, 預估2026年…較2025年, is the last one reported: the text is 2026)
            continue
        timeline = not base and any(s == sentence and y > p for s, p in plan_sentences)
        # (展望2H25，…；2026年進一步迎來…: a year opening the clause joined to a plan's one)
        joined = sentence[0] - 1
        timeline = timeline or (
            not base
            and joined >= 0
            and fold[joined] in lex.timeline_joiners
            and not fold[sentence[0] : m.start].strip(" \t\u3000")
            and any(s[1] == joined and y > p for s, p in plan_sentences)
        )
        forecast = lex.forecast_led.search(fold, sentence[0], m.start)
        led = forecast is not None and forecast.start() < sentence[0] + lex.led_reach
        if (
            forecast is not None
            and lex.since_before.search(before)
            and lex.forecast_base_after.match(fold, m.end)
        ):
            written.append((y, False, m.start))  # 預估將從2017年的15億支成長至2021年: the base
            plan_sentences.append((sentence, y))  # … and the later years, its timeline
            continue
        # a span of years whose growth is given (2019-2023年…年複合成長率) is a plan as a
        # whole, but no timeline the later years of its sentence continue
        ranged = m.group is not None and m.group in planned_ranges
        if (
            ((lex.plan_before.search(before) and not base) or m.group in planned)
            # (從2018年9月到2024年7月: the end of a span whose start is written is no horizon)
            or (not base and m.role != "end" and lex.horizon_before.search(before))
            or (not base and lex.plan_in_clause.search(fold, sentence[0], m.start))
            # (links56: 上修2026、2027年EPS: a year an estimate is revised for)
            or (
                not base
                and lex.revised_before is not None
                and lex.revised_before.search(before) is not None
            )
            or (not base and lex.plan_after.match(fold, m.end))
            # (ty60: 大和把2026、2027年EPS大幅上修: a year whose figures a verb later in its
            # clause revises is an estimate's year, as 上修2027年EPS is)
            or (
                not base
                and m.precision == "year"
                and lex.revised_object_before.search(before) is not None
                and lex.revised_after.match(fold, m.end) is not None
            )
            # (ty60: 會決定聯發科在2027到2028年的營收規模 after 預估2028年…, 2027年的700至800億美元:
            # a span of whole years each already written as a plan is the plans' span told again)
            or (
                m.group is not None
                and m.precision == "year"
                and _group_years_planned(group_years[m.group], plans)
            )
            # (ty61: Blackwell 在 2025 年下半年到 2026 年下半年的生命周期，營收有機會做到…: the end
            # of a span whose sentence goes on to estimate what it brings is a horizon)
            or (not base and _span_end_estimated(fold, matches, i))
            # (對2025年的展望: the year a view looks ahead to)
            # (links51: or an attitude toward it, 供應鏈對2026年主流終端應用需求轉趨保守,
            # 公司對2022全年業績持樂觀態度: a view of a year still to come)
            or (
                not base
                and lex.outlook_on_before.search(before) is not None
                and (
                    lex.outlook_on_after.match(fold, m.end) is not None
                    or lex.outlook_attitude_after.match(fold, m.end) is not None
                )
            )
            # (2021年ICT十大趨勢: the year a list of coming trends looks at)
            or (not base and lex.trend_list_after.match(fold, m.end) is not None)
            or ranged
            or timeline
            or (led and not base)
        ):
            if m.group is not None:
                planned.add(m.group)
            plans.append(y)
            if (
                m.group is None
                and not ranged
                and not base
                and not lex.since_before.search(before)
                and not _later_year_in_sentence(fold, m, matches)
            ):
                # (not a span's start or a base a later year of its sentence is told against,
                # 將從2025年的約50億次，暴增到2030年, 到2030年…將是2026年的25倍: a forecast's
                # start may be past)
                strict = _beside_plain_this_year(fold, m, matches)
                ceilings.append((y - 1, True) if strict else (y, False))
            if not ranged:
                plan_sentences.append((sentence, y))
            continue
        if lex.deadline_after.match(fold, m.end) or (
            m.precision == "year"
            and (
                lex.since_before.search(before)
                # (links56: 2027年之後的收入: a span beyond the year, not the year told)
                or lex.year_span_after.match(fold, m.end)
            )
        ):
            continue
        if (
            base
            and m.precision == "year"
            and lex.forecast_compared.search(fold, *sentence) is not None
            and lex.forecast_compared_this_year.search(fold, *sentence) is None
            and not any(
                n is not m and n.year is not None and sentence[0] <= n.start < sentence[1]
                for n in matches
            )
        ):
            # (d33: 整體capex將明顯高於2025年: a forecast compared with the year is of a later
            # period, so the year is the present or before it, no year past it — where that
            # period is unwritten: no other year, relative or written, in the sentence, and
            # not 全年; dates.yaml text_year.forecast_compared_cues)
            written.append((y, False, m.start))
            floor = max(floor, y)
            continue
        if m.precision == "year" and (base or lex.base_after.match(fold, m.end)):
            y += 1  # 較2024年成長, 2024年同期: compared from a later year
            pinned.add(m.start)  # (a comparison fixes the year it is made from)
            if lex.base_after.match(fold, m.end):
                same_period.add(m.start)
            if base and _compared_from_last_year(fold, matches, i):
                y += 1  # 去年EPS…較2012年的9.34元下滑: 去年 is 2013, the text 2014
            elif base and _compared_from(fold, matches, i, 0):
                this_year_bases[m.start] = y - 1
            elif base and _compared_from_year(fold, matches, i):
                year_bases.add(y - 1)
        closing = m.precision == "year" and lex.present_after.match(fold, m.end) is not None
        if edition or closing:
            # (2020年已近尾聲: a year said to be closing now is the text's own, whatever
            # 今年 stands beside it, as an edition year is)
            editions.add(m.start)
        # (a quarter's 財報 closes the quarter, not the year: 2013年第三季財報)
        # (a fiscal year, 2014會計年度的營收, closes before the calendar year: reported
        # complete, it says nothing of the year after)
        # (nor do the months from January on: 2015年累計前5個月營收達…)
        year_only = m.precision == "year" and not lex.fiscal_year.search(m.text) and not _is_part(m)
        # (a base's year end, 較112年底, is already counted one on: the year after it is the
        # one the comparison is made from, not one closed)
        whole = not base and (
            (year_only and lex.closed_after.match(fold, m.end) is not None) or _year_ended(fold, m)
        )
        # (reported figures date the text after the year, but, weaker than 全年 or 年報, do
        # not outweigh a plain 今年 beside the year: 2019年營收為5億元，今年將翻倍)
        reported = (
            (year_only and lex.reported_after.match(fold, m.end) is not None)
            or _compared_whole_year(fold, matches, m)
            or (year_only and _changed_on_year_before(fold, m))
            or (
                # 2016年12月零售銷售額月增0.6%: a December's figure is reported after the year
                # (so is a fourth quarter's or a second half's, which end in December:
                # 煉油業務在2024年第四季虧損, not a plan, 2024年第四季營收將…)
                (
                    (m.month == 12 and m.precision == "month")
                    or (
                        # (not a fiscal year's, 2013會計年度第4季 (2013年7-9月): it ends when
                        # the company's year does)
                        m.qualifier in ("q4", "h2")
                        and not m.relative
                        and not lex.fiscal_year.search(m.text)
                        and not _told_ahead(fold, m)
                    )
                )
                and lex.december_figure.search(
                    fold, m.end, _sentence_bounds(fold, m.start, m.end)[1]
                )
                is not None
            )
        )
        if whole or reported:  # an estimate of the year's results is no report of them
            # (nor is a year said to be closing now, 2024年即將結束: it is not over yet)
            estimated = closing or lex.estimate.search(
                fold, *_sentence_bounds(fold, m.start, m.end)
            )
            whole, reported = whole and not estimated, reported and not estimated
        written.append((y, whole or reported, m.start))
        if not base and _part_within_year(m) and _reports_part(fold, m):
            done_parts.add(y)  # 3Q25 營收季增 79%: a closed part's results told as done
        if (
            _part_within_year(m)  # 2016年上半年營收, 2015年4月份: a part of the year told
            or lex.present_before.search(before)  # 進入2016年, 站在2025年的新起點
            # 2016年下半年毛利率應該沒有去年同期的高: compared with 去年同期, it is this year
            or lex.present_in_sentence.search(fold, *sentence)
            # 周一（30 日）召開113年第2次審議會: a session of the year held on a day of the
            # text's present week (not 今(7)日公布2023年出口統計: last year's figures told today)
            or (
                lex.present_day_before.search(fold, sentence[0], m.start) is not None
                and (
                    lex.roc_ordinal_after.match(fold, m.end) is not None
                    # 週三（24日）公布2023年美國品牌聲譽百強榜: a ranking out that day is its year's
                    or (m.precision == "year" and lex.ranking_after.match(fold, m.end) is not None)
                )
            )
            or _is_dateline(fold, m)  # （2023-11-10 10:30）, 2022/11/10 heading or closing it
        ):
            pinned.add(m.start)
        if _release_title(fold, m):
            # 103年12月主要農作物生產預測 heading the text: the period its release reports, the
            # text's own year whatever 本年/今年 says beside it (December's too)
            pinned.add(m.start)
            editions.add(m.start)
        if (
            m.precision in ("day", "month")
            and m.qualifier == "as_of"
            and m.month is not None
            and m.month < 12
        ):
            # 截至2025年2月12日，…年內收益率: the day a running figure is cut off at is the
            # text's present, whatever 今年 stands beside it (not a year's last day,
            # 截至2024年12月31日: a year's figures are reported after it)
            # (dates48: so is a month's end, 截至2024年6月底, 截至2022年5月: a count told as of
            # then is out within the year, not December's, which is the year's)
            pinned.add(m.start)
            editions.add(m.start)
        if m.precision == "day" and lex.release_day_after.match(fold, m.end) is not None:
            # 於2021年3月18日發布的新數據: the day what the text reports was released is its
            # present, whatever 今年 stands beside it (as an edition year is)
            pinned.add(m.start)
            editions.add(m.start)
        if whole:
            backing.add(y)
    # 2020年石油需求將降至…，較2019年下滑 … 今年航空收益將減少…，較2019年下滑55%: one base
    # compared from both 今年 and the written year after it says 今年 is that year, so 今年
    # beside it is no later one (a base compared from 今年 alone may be years back:
    # 預期今年營收較2020年小幅成長 leaves the year open)
    same_period |= {s for s, b in this_year_bases.items() if b in year_bases}
    if not written:
        return None, "no_year"
    # A maturity far ahead (民國118年到期, written once or twice in a filing citing 2023 two
    # hundred times) is no year the text is written in: a year counts when it is at most
    # one past the year written most often, or written often enough itself.
    counts = Counter(y for y, _, _ in written)
    mode = max(counts, key=lambda y: (counts[y], y))
    often = max(2, counts[mode] // 20)

    # (a state told as of a date, 截至2025年1月, and a full day heading the text, 2025年1月15日，
    # 東信營銷…, are the present, never a maturity ahead)
    present = {
        m.year
        for m in matches
        if m.year is not None
        and not m.relative
        and (m.qualifier == "as_of" or (m.precision == "day" and m.start < lex.dateline_reach))
    }

    def near(y: int) -> bool:
        return y <= mode + 1 or counts[y] >= often or y in present

    # (a range reaching that far ahead, 全球2015年至2017年三年的產能增速 in a text of 2014, is
    # an outlook as a whole: its first year is no year of the text either)
    group_of = {m.start: m.group for m in matches if m.group is not None}
    far = {group_of[s] for y, _, s in written if s in group_of and not near(y)}
    latest = max(
        (y for y, _, s in written if near(y) and group_of.get(s, -1) not in far),
        default=max(y for y, _, _ in written if near(y)),
    )
    # (an edition published or held now, 2023 新財富 500 富人本周公布, 〈2023半導體展〉, is of a
    # year still running: its figures compared with the year before, 2023年財富同比暴跌, close
    # nothing)
    closed = latest not in editions_now and any(c for y, c, _ in written if y == latest)
    # 今年 beside the latest year says the text is later, unless the year before it is
    # reported complete (2024年全年… 今年初…2025年第一場): then it is the text's own
    backed = latest in backing or latest - 1 in backing
    # (an edition year beside 今年 is the same year: PV Taiwan 2013是…主辦，今年…)
    # (nor is 2015年同期 beside 今年: 今年上半年…較2015年同期增加27.6% compares 今年 with the
    # same part of the year before, so the year it is compared from is 今年 itself)
    beside = [s for y, _, s in written if y == latest and s not in editions | same_period]
    year = latest + 1 if closed else latest
    met = _bounds_meet(floor, ceilings, latest, closed or backed)
    if met is not None:
        return str(met), "bounds_meet"

    def left_open(reason: TextYearEvidence) -> tuple[str | None, TextYearEvidence]:
        # the gated fallback (dates.yaml: text_year.fallback_reasons): where the margin leaves
        # the year open for one of the listed reasons, the latest year written as past or
        # present is taken after all, marked latest_year_fallback so an analyst can filter it
        if reason in lex.fallback_reasons:
            return str(year), "latest_year_fallback"
        return None, reason

    if not backed and _beside_this_year(fold, beside, matches, lex.this_year):
        if _series_before_this_year(fold, matches, latest, lex.this_year):
            return str(latest + 1), "series_before_this_year"
        if _whole_year_before_this_part(fold, matches, latest, lex.this_year):
            return str(latest + 1), "whole_year_before_this_part"
        if latest - 1 in done_parts:
            # (ty61: 3Q25 美元營收 331 億… 公司把今年 capex 上修…，2026 年快速放量: the year
            # beside 今年 is another than the text's own, and the closed part the text reports
            # as done, of the year before it, is of the text's own year)
            return str(latest - 1), "reported_part"
        return left_open("this_year_beside")
    if not (closed or backed) and _months_written_beside_this_years(
        matches, [m for m in matches if m.start in set(beside)], lex.this_year
    ):
        return left_open("this_year_months")
    # the evidence conflicts: history of a later year than the one the text reads as its own,
    # or plans far ahead of it (1988年還發現… beside 最快可望於2018年取證)
    if year < floor or (plans and min(plans) - year > lex.plan_horizon):
        return left_open("history_after" if year < floor else "plans_far_ahead")
    told = {s for y, _, s in written if y == latest}
    before_past = None if closed else _present_before_past(fold, matches, told)
    if before_past == "month":  # the dateline falls before a month told of the latest year
        return str(latest + 1), "dateline_after_latest"
    if before_past == "day":
        return left_open("history_after")
    # The margin: a whole year written in a text that calls its own year 今年, 去年 or 明年
    # is as often a past year's results or history (2014年公司表現突出, 2008年金融海嘯) as the
    # present; it fixes the text's year only when a part of it is told (2016年上半年營收,
    # 2015年4月份), it is the base of a comparison, it is entered (進入2016年) or compared
    # with 去年同期, the year before it is reported complete, it heads an edition or an
    # outlook of the present, or the text writes every year out (no relative year at all).
    if not (closed or backed) and not (told & (pinned | editions)) and _names_own_year(matches):
        # (ty61: unless the text reports a closed part of the year before as done, 3Q25 營收
        # 季增 79% beside 廣發認為 2026 年 NAND 供給增速僅 ~15%: a quarter's results are out
        # within its year, so the whole year after it, pinned by nothing, is a view ahead;
        # a text with no relative year keeps its latest year, as links51 measured)
        if latest - 1 in done_parts:
            return str(latest - 1), "reported_part"
        return left_open("year_only")
    return str(year), "latest_year_closed" if closed else "latest_year"


def _beside_plain_this_year(fold: str, m: DateMatch, matches: Sequence[DateMatch]) -> bool:
    """Whether a plain 今年 shares the sentence of the planned year ``m`` (``把 2026 年才該見到
    的價位，提前拉到今年年底``): a year looked ahead to beside the text's own is a later one."""
    words = _lexicon().this_year
    begin, end = _sentence_bounds(fold, m.start, m.end)
    return any(
        o.relative and o.iso is None and not o.vague and begin <= o.start < end
        and o.text.startswith(words)
        for o in matches
    )


def _later_year_in_sentence(fold: str, m: DateMatch, matches: Sequence[DateMatch]) -> bool:
    """Whether a later year is written in the sentence of ``m`` (before or after it)."""
    begin, end = _sentence_bounds(fold, m.start, m.end)
    return any(
        begin <= o.start < end and not o.relative and (o.year or 0) > (m.year or 0)
        for o in matches
    )


def _bounds_meet(
    floor: int, ceilings: Sequence[tuple[int, bool]], latest: int, closed: bool
) -> int | None:
    """The year a text's history and plans pin between them: what it tells as done
    (已經在2026年第一季開始量產) is of its year or before, a single year it plans for
    (預計2027年, 在2026年將首度超過) of its year or after, and after 今年 when a plain 今年
    stands beside it (把 2026 年才該見到的價位，提前拉到今年年底: 今年 is 2025 at the latest).
    Where the latest history and the earliest plan meet, that is the text's year whatever
    later year it writes as a fact. Where a plan beside 今年 bounds the text to the latest
    year it writes as a fact (open, not reported complete), that year is; a plan's own year
    equal to the latest fact's is no bound of it (談 2027 年 HBM 合約 … 要到 2027 年: a
    year ahead read as a fact) (d32)."""
    if not ceilings:
        return None
    ceiling, strict = min(ceilings)
    if floor and floor == ceiling:
        return ceiling
    if strict and ceiling == latest and floor <= latest and not closed:
        return ceiling
    return None


def _span_end_estimated(fold: str, matches: Sequence[DateMatch], i: int) -> bool:
    """``Blackwell 在 2025 年下半年到 2026 年下半年的生命周期，營收有機會做到 5,000 億美元``: the
    end of a span of two written dates whose sentence goes on, with no other date between, to
    an estimate (dates.yaml estimate_cues) is the horizon the estimate reaches, not a period
    reported (its start may well be the present)."""
    m = matches[i]
    if m.role != "end" or m.group is None or m.relative:
        return False
    _, end = _sentence_bounds(fold, m.start, m.end)
    cue = _lexicon().estimate.search(fold, m.end, end)
    if cue is None:
        return False
    return not any(m.end <= o.start < cue.start() for o in matches[i + 1 :])


def _reports_part(fold: str, m: DateMatch) -> bool:
    """``3Q25 營收季增 79%``, ``2025年8月營收月增26%``: a written quarter, half or month whose
    own clause goes straight on to a figure of its results (dates.yaml december_figures a few
    characters after it, a digit later in the clause), with no estimate, plan or revision
    cue in its sentence before it or in its clause (``預估3Q25營收季增5%``, ``4Q25 營收預估季增
    6%``, ``MS 把 3Q25 EPS 上修至``): its results are out, so the part is over."""
    lex = _lexicon()
    if m.relative or m.year is None or m.precision not in ("quarter", "half", "month"):
        return False
    begin, end = _sentence_bounds(fold, m.start, m.end)
    stop = _CLAUSE_STOP.search(fold, m.end, end)
    clause_end = stop.start() if stop else end
    figure = lex.december_figure.search(fold, m.end, min(m.end + _REPORT_REACH, clause_end))
    if figure is None or _DIGIT.search(fold, figure.end(), clause_end) is None:
        return False
    return not (
        lex.estimate.search(fold, begin, clause_end)
        or lex.revision.search(fold, begin, clause_end)
        or _planned(fold, m)
    )


_REPORT_REACH = 6  # how far after its part a figure's word may start (3Q25 營收, 8月合併營收)


def _release_title(fold: str, m: DateMatch) -> bool:
    """A month, quarter or half heading the text's first line before a release's word
    (``103年12月主要農作物生產預測``, ``113年10月上市公司營業收入``), no outlook on the line
    (text_year.release_title_not): the title of a release that reports that period."""
    # (only blank characters before it: a cheap bound first, the text may be long)
    if m.start > _TITLE_LEAD or m.relative or m.year is None or not _reported_part(m):
        return False
    if fold[: m.start].strip():
        return False
    lex = _lexicon()
    line_end = fold.find("\n", m.end)
    if line_end < 0:
        return False  # (a text of one line has no title: 2016年第一季營收5億元，今年…)
    line = fold[m.end : line_end]
    return (
        _TITLE_BREAK.search(line) is None  # (a title is a phrase: no sentence on its line)
        and lex.release_title_after.match(fold, m.end) is not None
        and lex.release_title_not.search(line) is None
    )


_TITLE_BREAK = re.compile(r"[。，,；;！？!?]")
_TITLE_LEAD = 16  # how many blank characters may stand before a title's period


def _reported_part(m: DateMatch) -> bool:
    """A month, quarter or half (December, Q4 and H2 too): a part of a year a release reports
    (a whole year heading a title is as often an outlook: 2025年半導體產業展望)."""
    return m.precision in ("month", "quarter", "half")


def _same_day_both_ways(fold: str, matches: Sequence[DateMatch]) -> int | None:
    """The year a day written both with its year and with 今年/去年 (``以2025年6月1日為界``,
    ``即以今年6月1日為界``) fixes: the written year less the relative's offset, when all such
    pairs agree. Only whole days, or months a span starts from (自2021年10月起…從去年10月起;
    a month is compared across years: 今年6月營收較2024年6月), and only in different
    sentences (one sentence writing a day twice spans years: 自今年9月25日實施至2020年9月25日)."""
    # (a month counts too where a span starts from it both times: 自2021年10月起…從去年10月起)
    start = _lexicon().month_start
    single = [
        m
        for m in matches
        if m.group is None
        and m.month
        and (m.day or (m.precision == "month" and start.match(fold, m.end) is not None))
    ]
    offsets: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for m in single:
        if m.relative and m.anchor == "doc" and "年" in m.text:
            sentence = _sentence_bounds(fold, m.start, m.end)
            offsets.setdefault((m.month or 0, m.day or 0), set()).add((m.offset, sentence[0]))
    years = {
        m.year - k
        for m in single
        if not m.relative and m.year
        for k, begin in offsets.get((m.month or 0, m.day or 0), ())
        if _sentence_bounds(fold, m.start, m.end)[0] != begin
    }
    return years.pop() if len(years) == 1 else None


def _same_part_both_ways(fold: str, matches: Sequence[DateMatch]) -> int | None:
    """The year a quarter or half written both with its year and with 今年/去年/明年
    (``廣達預期2025年第一季…``, ``展望今年第一季…``; ``2024年第四季營收…``, ``去年第4季獲利``)
    fixes: the written year less the relative's offset. A news story that tells its outlook
    or its last results once with the year and once as 今年/去年 says which year is its own;
    a quarter compared across years (``今年第一季營收較2024年第一季成長``) is told in one
    sentence, so only pairs in different sentences count, and only when every pair agrees
    (今年第一季 and 今年第三季 beside 2024年第一季 and 2025年第三季 do not) and no part of a
    year later than both the pair's and the one it gives is written (``2026年第一季``: the
    text may be of that year, telling the pair's quarter as history)."""
    parts = ("q1", "q2", "q3", "q4", "h1", "h2")
    single = [
        m
        for m in matches
        if m.group is None
        and m.qualifier in parts
        and m.month is None
        # (audit28d: a span's start or a record's date, 創下民國97年第3季以來最高, is history
        # by its grammar, however far back: paired with 今年第3季 it fixes no year)
        and (m.relative or not _frames_nothing_at(fold, m.start, m.end))
    ]
    offsets: dict[str, set[tuple[int, int]]] = {}
    for m in single:
        if m.relative and m.anchor == "doc" and "年" in m.text and m.text[:1] != "年":
            sentence = _sentence_bounds(fold, m.start, m.end)
            offsets.setdefault(m.qualifier, set()).add((m.offset, sentence[0]))
    if not offsets:
        return None
    # (a written part its clause tells as past, 在2024年下半年曾宣稱…, is over: paired with
    # 今年's same part, 今年下半年之前不太可能, it is not this year's but the one before)
    years = {
        m.year - k + (1 if k == 0 and told_as_history(fold, m.start, m.end) else 0)
        for m in single
        if not m.relative and m.year
        for k, begin in offsets.get(m.qualifier, ())
        if _sentence_bounds(fold, m.start, m.end)[0] != begin
    }
    paired = {m.year for m in single if not m.relative and m.year and m.qualifier in offsets}
    # (a later part told as a plan, 計劃從2024上半年開始量產, is ahead of the text, not its year)
    latest_part = max(
        (m.year for m in single if not m.relative and m.year and not _planned(fold, m)),
        default=0,
    )
    if len(years) != 1:
        return None
    year = years.pop()
    return year if latest_part <= max(year, *paired) else None


def _same_season_both_ways(fold: str, matches: Sequence[DateMatch]) -> int | None:
    """The year a season written both with its year and with 今年/去年/明年 (``今年夏天…``,
    ``「2023 年夏季顯然將成為…」``) fixes, as a quarter told both ways does (see
    ``_same_part_both_ways``): a season is a part of the year the text has no other word
    for. Only pairs in different sentences count (``今年夏天的客流…高於2022年夏天`` compares
    two years in one), every pair must agree, and a written season its clause tells as past
    is over (paired with 今年's, it is the year before's)."""
    lex = _lexicon()
    seasons: list[tuple[DateMatch, str]] = []
    for m in matches:
        if m.group is not None or m.precision != "year" or m.qualifier != "none":
            continue
        w = lex.season_after.match(fold, m.end)
        if w is not None:
            seasons.append((m, lex.season_of[w.group("w")]))
    offsets: dict[str, set[tuple[int, int]]] = {}
    for m, season in seasons:
        if m.relative and m.anchor == "doc" and m.unit == "year" and "年" in m.text:
            sentence = _sentence_bounds(fold, m.start, m.end)
            offsets.setdefault(season, set()).add((m.offset, sentence[0]))
    years = {
        m.year - k + (1 if k == 0 and told_as_history(fold, m.start, m.end) else 0)
        for m, season in seasons
        if not m.relative and m.year
        for k, begin in offsets.get(season, ())
        if _sentence_bounds(fold, m.start, m.end)[0] != begin
    }
    return years.pop() if len(years) == 1 else None


def _same_figure_both_ways(fold: str, matches: Sequence[DateMatch]) -> int | None:
    """The year a figure told both under a written year and under 今年/明年/去年 fixes
    (``明年半導體市場可望成長18.3%，達到8800億美元`` … ``2026年再成長18.3%，進一步達到8800億美元``):
    a lead tells its news with the relative year and the body again with the year written, so
    the written year less the relative's offset is the text's. Only whole years, only pairs in
    different sentences (one sentence compares two years), only figures a reader takes as the
    same one (text_year.same_figure_min_digits digits, or a decimal: not 5% twice), each told
    in its year's clause before the next date, and text_year.same_figure_count of them (one
    may recur: 今年…支出達1090億美元 … 2023年…支出約1090億美元, a forecast flat on this year);
    every pair must agree."""
    lex = _lexicon()
    ordered = sorted(matches, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    told: list[tuple[DateMatch, int, frozenset[str]]] = []  # (year, sentence start, figures)
    for m in ordered:
        if m.precision != "year" or m.qualifier != "none" or m.group is not None:
            continue
        if m.relative:
            if m.iso is not None or m.vague or m.anchor != "doc" or "年" not in m.text[:2]:
                continue
        elif m.year is None or m.rule in (rule_id("bare_year"), rule_id("short_year")):
            continue
        begin, end = _sentence_bounds(fold, m.start, m.end)
        j = bisect.bisect_left(starts, m.end)  # (the next date after it closes its clause)
        stop = min(end, starts[j]) if j < len(starts) else end
        figures = frozenset(
            f.group()
            for f in _HEADLINE_FIGURE.finditer(fold, m.end, stop)
            if "." in f.group()
            or sum(c.isdigit() for c in f.group()) >= lex.same_figure_min_digits
        )
        if figures:
            told.append((m, begin, figures))
    years = {
        w.year - r.offset
        for w, wb, wf in told
        if not w.relative and w.year is not None
        for r, rb, rf in told
        if r.relative and rb != wb and len(wf & rf) >= lex.same_figure_count
    }
    return years.pop() if len(years) == 1 else None


def _planned(fold: str, m: DateMatch) -> bool:
    """Whether ``m`` is told as a plan: a plan cue right before it (計劃從2024上半年) or
    anywhere before it in its clause (預計…於2024上半年)."""
    lex = _lexicon()
    before = _SENTENCE_END.split(fold[max(0, m.start - 14) : m.start])[-1]
    begin = _sentence_bounds(fold, m.start, m.end)[0]
    return bool(lex.plan_before.search(before) or lex.plan_in_clause.search(fold, begin, m.start))


def _planned_part_ahead(
    text: str, m: DateMatch, reference: str, evidence: TextYearEvidence | None
) -> bool:
    """``陸家嘴財經早餐2024年8月28日 … 豹8預計三季度以後正式上市``: in a text whose own day or
    month is given (the document's date, no year worked out), a quarter or half told as a
    plan (a plan cue before it in its clause) that has not ended by that month is of the
    text's year: a plan looks ahead from the present. One already over (預計第一季 in a text
    of November) may be next year's and stays open."""
    if evidence is not None or len(reference) < 7 or not reference[5:7].isdigit():
        return False
    if m.precision not in ("quarter", "half"):
        return False
    end = _lexicon().period_end.get(m.qualifier or "")
    return end is not None and end >= int(reference[5:7]) and _planned(fold_width(text), m)


def _quarter_begun_by(text: str, m: DateMatch, reference: str) -> bool:
    """Whether the quarter ``m`` (written alone) has begun by the month of ``reference``, the
    text's own date, and is told as no plan (預計第一季上市 in a text of November may plan
    next year's: _planned_part_ahead and _outlook_quarter_year decide those), nor, when over
    for more than a quarter, in a sentence that looks ahead."""
    if m.precision != "quarter" or len(reference) < 7 or not reference[5:7].isdigit():
        return False
    n = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}.get(m.qualifier or "")
    month = int(reference[5:7])
    if n is None or 3 * n - 2 > month:
        return False
    fold = fold_width(text)
    if _planned(fold, m):
        return False
    if month - 3 * n > 3:
        # (over for more than a quarter: 第一季營收將成長 in a text of December looks ahead
        # to next year's; dates.yaml quarter_long_over_ahead_cues)
        begin, end = _sentence_bounds(fold, m.start, m.end)
        if _lexicon().quarter_long_over_ahead.search(fold, begin, end) is not None:
            return False
    return True


def _part_within_year(m: DateMatch) -> bool:
    """A month, quarter or half that ends before the year does (2016年上半年, 2015年4月份,
    2014年第2季): told, it is reported within its year. December, the fourth quarter and
    the second half are reported after the year as often; a day dates an event, which is
    as often history (於2010年9月合併…, 2004年12月透過…)."""
    if m.precision == "month":
        return m.month is not None and m.month < 12 and m.qualifier not in ("end", "as_of")
    lex = _lexicon()
    if m.precision == "year" and lex.leading_end.search(m.text) is not None:
        # (links29) the months from January on, short of the year (113年前3季, 2024年前8月)
        months = _leading_months(m.text)
        return months is not None and months < 12
    period_end = lex.period_end
    return m.precision in ("quarter", "half") and period_end.get(m.qualifier or "", 12) < 12


def _leading_months(text: str) -> int | None:
    """How many months the leading part ending ``text`` counts from January (``2024年前3季``
    9, ``113年前兩季`` 6, ``2022年累計前8個月`` 8), None when unread."""
    lex = _lexicon()
    tail = text[text.rfind("前") + 1 :] if "前" in text else ""
    m = lex.leading_count.match(tail.strip())
    if m is None:
        return None
    raw = m.group("n")
    n = int(raw) if raw.isascii() else lex.cjk_int(raw.replace("兩", "二"))
    if n is None:
        return None
    return 3 * n if m.group("q") else n


def _names_own_year(matches: Sequence[DateMatch]) -> bool:
    """Whether the text names a year by its relation to its own (今年, 去年, 明年)."""
    # (not a bare 9月9日, which writes no year, nor 四年前, counted from another date)
    return any(m.relative and m.anchor == "doc" and "年" in m.text and not m.vague for m in matches)


def _planned_ranges(fold: str, matches: Sequence[DateMatch]) -> set[int]:
    """The ranges of years that are one plan (``2016-2021年的年複合成長將有15-20%``, ``將分成3期
    支付，分別於2013~2015年11月``): a plan cue before any member, or one of range_plan_after in
    the clause after it, and no comparison base (較2019-2021年). Decided for the range as a
    whole: a bare first year is read with its end, not skipped as a name."""
    lex = _lexicon()
    out: set[int] = set()
    for m in matches:
        if m.group is None or m.group in out:
            continue
        before = _SENTENCE_END.split(fold[max(0, m.start - 14) : m.start])[-1]
        if lex.base_before.search(before):
            continue
        if lex.plan_before.search(before) or lex.range_plan_after.match(fold, m.end):
            out.add(m.group)
    return out


def _told_ahead(fold: str, m: DateMatch) -> bool:
    """Whether the sentence of ``m`` plans (預計, 將 …), or a boundary word follows it
    (之前, 起, 以後: future_after)."""
    lex = _lexicon()
    begin, end = _sentence_bounds(fold, m.start, m.end)
    return (
        lex.plan_before.search(fold, begin, end) is not None
        or lex.future_after.match(fold, m.end) is not None
    )


def _present_before_past(
    fold: str, matches: Sequence[DateMatch], told: set[int]
) -> Literal["month", "day"] | None:
    """``介面新聞記者 | 陳楊 … 2月10日，“核酸大王”張核子…被採取限制消費措施。…2024年11月，
    核子基因集團…釋出…影片``: the dateline (the text's first date, a day with no year near
    its head) is the text's present, so it cannot fall before a month the text tells of the
    year it would be read in (at ``told``, in a sentence that neither plans nor estimates
    nor tells the period as standing now, 截至目前, not a boundary: 以2025年6月1日為界).
    Then the text is of a later year: ``"month"`` when a month (or a quarter, a half) of
    that year is told later in the calendar — news tells last year's months as its latest
    past, so the text is of the year after —, ``"day"`` when only a day is
    (這是2022年11月3日在港口拍攝的: a file photo's day may lie years back)."""
    lex = _lexicon()
    first = matches[0] if matches else None
    if first is None or not (
        first.relative
        and first.offset == 0
        and first.anchor == "doc"
        and first.day is not None
        and first.month is not None
    ):
        return None
    far = first.start - (len(fold) - len(fold.lstrip())) > lex.dateline_reach
    # (past a lead paragraph, the first date still dates the news when it opens its
    # sentence: …迎來了新的發展機遇。2月7日，迪哲醫藥釋出公告)
    opens = fold[first.start - 1 : first.start] in ("", "。", "\n") and fold[
        first.end : first.end + 1
    ] in ("，", ",")
    if far and not opens:
        return None
    later: list[str] = []
    for m in matches:
        month = m.month or lex.period_end.get(m.qualifier)
        if m.start not in told or month is None or lex.future_after.match(fold, m.end):
            continue
        begin, end = _sentence_bounds(fold, m.start, m.end)
        if lex.estimate.search(fold, begin, end) or lex.plan_before.search(fold, begin, end):
            continue
        if lex.as_of_now.search(fold, begin, end):
            continue  # 截至目前，2016年第二季…: the period standing now, no past told
        if first.month < month:
            # (a month far back in the calendar from the dateline, 2月8日 beside 2017年3月,
            # may be years back: it bounds the text's year from below only, as a day does)
            recent = first.month + 12 - month <= lex.dateline_latest_gap
            later.append(m.precision if recent else "day")
    if not later:
        return None
    return "day" if all(p == "day" for p in later) else "month"


@dataclass(frozen=True, slots=True)
class _DocumentDates:
    """A document's dates with the ROC ones that have no reason dropped, why the others are
    ROC (by start offset), and the year its text establishes with its evidence."""

    matches: tuple[DateMatch, ...]
    reasons: dict[int, RocReason]
    year: str | None
    evidence: TextYearEvidence


@functools.lru_cache(maxsize=4)
def _document_dates(text: str, published: str | None) -> _DocumentDates:
    """The scan of one document, computed once for the dates stage and the year the
    quantities ask for: the text's year is worked out once (twice only when bare ROC years
    need the Gregorian years' verdict first) and passed to what needs it."""
    if not text:
        return _DocumentDates((), {}, None, "no_year")
    lex, scan, raw = _scan_dates(text)
    gregorian = [m for m in raw if m.calendar != "roc"]
    asked: list[tuple[str | None, TextYearEvidence]] = []

    def gregorian_year() -> str | None:
        asked.append(text_year_evidence(text, gregorian))
        return asked[0][0]

    reasons = _roc_reasons(scan.fold, raw, published, gregorian_year)
    kept = [m for m in raw if m.calendar != "roc" or m.start in reasons]
    year, evidence = (
        asked[0] if asked and len(kept) == len(gregorian) else text_year_evidence(text, kept)
    )
    finished = _finish_dates(lex, scan, kept, year, release=True)
    return _DocumentDates(tuple(finished), reasons, year, evidence)


def _says_this_year(fold: str, m: DateMatch, words: Sequence[str]) -> bool:
    """Whether the sentence of ``m`` writes 今年 (one of ``words``) before it."""
    lo, _hi = _sentence_bounds(fold, m.start, m.end)
    return any(fold.find(w, lo, m.start) >= 0 for w in words)


def own_text_year(text: str) -> tuple[str | None, TextYearEvidence]:
    """The year ``text`` establishes with no date given for it, and what fixed it (or why it
    is open): what relative dates of a text copied without its dateline rest on."""
    scanned = _document_dates(text, None)
    return scanned.year, scanned.evidence


def year_end_reported(
    text: str, dates: Sequence[tuple[int, int, str | None, str]], year: int
) -> bool:
    """Whether a text of ``year`` reports the year before it as complete: its whole year
    (``2016年全年的營收達90.8億元``, ``去年全年營收``) or its December's figure (``去年12月營收降到
    8.78億元``), in a sentence that estimates nothing. Such a text is written after that year
    closed, in the next one's results season: a fourth quarter or a month of it (``10月``
    to ``12月``) it reports with no year of its own is the year before's, not one still to
    come. ``dates`` are ``(start, end, iso, precision)`` with relative dates resolved."""
    lex = _lexicon()
    fold = fold_width(text)
    prior = str(year - 1)
    for start, end, iso, precision in dates:
        if iso is None or iso[:4] != prior:
            continue
        sentence = _sentence_bounds(fold, start, end)
        # (a base passed or compared with, 已超車2021年全年的884億元, reports no closed year)
        if lex.passed_before.search(fold, max(sentence[0], start - 6), start) or (
            lex.base_before.search(fold, max(sentence[0], start - 6), start)
        ):
            continue
        whole = precision == "year" and lex.closed_after.match(fold, end) is not None
        december = (
            precision == "month"
            and iso[5:7] == "12"
            and lex.december_figure.search(fold, end, min(end + 8, sentence[1])) is not None
        ) or (
            # 24Q4生豬出欄總量18226萬頭，同比-3.76%: a fourth quarter's figure, in its sentence
            precision == "quarter"
            and lex.fourth_quarter.search(fold, start, end) is not None
            and lex.december_figure.search(fold, end, sentence[1]) is not None
        )
        if (whole or december) and not lex.estimate.search(fold, *sentence):
            return True
    return False


def _resolved_spans(
    matches: Sequence[DateMatch], reference: str
) -> list[tuple[int, int, str | None, str]]:
    """``(start, end, iso, precision)`` of each match, relative ones counted from the
    text's own year (去年 → the year before it)."""
    return [
        (m.start, m.end, m.iso or resolve_relative(m, reference), m.precision)
        for m in matches
        if m.iso or (m.relative and m.anchor == "doc" and not m.vague)
    ]


def _reported_year_end(
    fold: str, m: DateMatch, reference: str | None, matches: Sequence[DateMatch] = ()
) -> bool:
    """A month of the year's last quarter (10月…12月) that a text dated only by the year it
    establishes reports as reached (no estimate in its sentence before it). Not where the
    text writes that month (or a later one) of its own year out as reached (累計2022年1至11月
    beside 11月營收: the text's November, though it reports 2021年全年 too)."""
    if reference is None or m.rule != rule_id("month_day") or (m.month or 0) < 10:
        return False
    if any(_reached_month(fold, o, reference[:4], m.month or 0) for o in matches):
        return False
    return not _lexicon().estimate.search(fold, _sentence_bounds(fold, m.start, m.end)[0], m.start)


def _reached_month(fold: str, o: DateMatch, year: str, month: int) -> bool:
    """Whether ``o`` writes a month of ``year`` out, at or after ``month``, as reached (not
    in a sentence that plans or estimates, nor a boundary ahead: 2022年12月前)."""
    if o.relative or o.iso is None or o.iso[:4] != year or (o.month or 0) < month:
        return False
    lex = _lexicon()
    begin, end = _sentence_bounds(fold, o.start, o.end)
    return not (
        lex.future_after.match(fold, o.end)
        or lex.estimate.search(fold, begin, end)
        or lex.plan_before.search(fold, begin, o.start)
    )


def document_year(doc: Document, dates: Sequence[DateFact]) -> int | None:
    """The year ``doc`` is written in: its date, the anchor its relative dates were resolved
    against, else the year its text establishes (None when nothing fixes it)."""
    pub = doc.metadata.published
    if pub and pub[:4].isdigit():
        return int(pub[:4])
    for d in dates:
        source = d.anchor_source in ("reference_date", "text_year")
        if d.anchor and source and d.anchor[:4].isdigit():
            return int(d.anchor[:4])
    ty = _document_dates(doc.text, None).year
    return int(ty) if ty else None


def _past_news_month_day(m: DateMatch, reference: str | None) -> bool:
    """Whether the bare news day ``m`` lies more than two days after the day a news month
    was fixed by (``reference``), where resolve_relative would count it back a month."""
    parsed = parse_iso(reference) if reference else None
    return (
        parsed is not None and parsed[2] is not None and m.day is not None and m.day > parsed[2] + 2
    )


def _quarter_ahead_told_done(
    fold: str, matches: Sequence[DateMatch], m: DateMatch, reference: str | None
) -> bool:
    """Whether the yearless quarter ``m`` begins after the text's present month and its
    clause tells it as done (dates.yaml: quarter_done_after): a quarter still ahead of the
    present has done nothing, so the one told is the last of that name, a year before. The
    present month is the reference's when it has one, else the month of a date the text
    states as its present (本週（2025.2.3–2025.2.7）); the latest month it merely writes out is
    no present (聯電公布2014年6月營收 in July: 第三季接單已超過產能 is that July's quarter)."""
    n = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}.get(m.qualifier)
    if n is None or n == 1 or reference is None or not reference[:4].isdigit():
        return False
    if len(reference) >= 7:
        present = int(reference[5:7])
    else:
        stated = _lexicon().stated_before
        months = [
            int(o.iso[5:7])
            for o in matches
            if not o.relative
            and o.iso is not None
            and o.iso[:4] == reference[:4]
            and o.iso[5:7].isdigit()
            and (
                stated.search(fold, max(0, o.start - 6), o.start) is not None
                # (the span's end: 本週（2025.2.3–2025.2.7）)
                or (
                    o.role == "end"
                    and any(
                        p.group == o.group
                        and p.role == "start"
                        and stated.search(fold, max(0, p.start - 6), p.start) is not None
                        for p in matches
                    )
                )
            )
        ]
        if not months:
            return False
        present = max(months)
    if 3 * (n - 1) + 1 <= present:
        return False
    return _lexicon().quarter_done_after.match(fold, m.end) is not None


def _outlook_quarter_year(fold: str, m: DateMatch, reference: str) -> str | None:
    """The year of the yearless quarter ``m`` that its text, dated ``reference`` (with its
    month), looks ahead to: 展望 right before it, or an estimate cue before it in its
    sentence (dates.yaml: text_year.outlook_before, estimate_cues). A quarter looked out over is the
    next one of its name not yet over — this year's while it runs or is ahead, else next
    year's (展望第一季 in November); one only estimated may also be the quarter just ended
    (法人預估第三季EPS in November, before its results), so only one over for more than a
    quarter is next year's. None when no outlook names it or the text's year stands."""
    if len(reference) < 7 or not reference[5:7].isdigit() or not reference[:4].isdigit():
        return None
    n = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}.get(m.qualifier)
    if n is None:
        return None
    lex = _lexicon()
    lo = last_of(fold, "，,；;。\n", m.start) + 1
    looked = lex.outlook_before.search(fold, max(lo, m.start - 4), m.start) is not None
    # (a lead cue governs the clauses after it: 丙公司預期，第一季營收介於…)
    cue = lex.estimate.search(fold, last_of(fold, "；;。\n", m.start) + 1, m.start)
    # (… with the figure estimated in the quarter's clause: 預計第一季上市 plans a launch of
    # a quarter left open)
    clause = _CLAUSE_STOP.search(fold, m.end)
    figure = _DIGIT.search(fold, m.end, clause.start() if clause else len(fold)) is not None
    estimated = cue is not None and figure
    if not (looked or estimated):
        return None
    present, year, end = int(reference[5:7]), int(reference[:4]), 3 * n
    if present <= end:
        # (one only estimated while it runs or is ahead is the text's year, as a part of a
        # year alone already is: no date of its own needed)
        return str(year) if looked else None
    if looked or end + 3 < present:
        return str(year + 1)
    return None


_CLAUSE_STOP = re.compile(r"[，,；;。\n]")
_DIGIT = re.compile(r"[0-9]")


def _forecast_vintage(fold: str, m: DateMatch) -> bool:
    """Whether the bare month ``m`` is the month an earlier forecast was made in (7月預測為
    2.9%, 從10月的預估值): one of dates.yaml forecast_vintage_after right after it, in a
    sentence that revises a forecast (調降, 上修…)."""
    if m.rule != rule_id("month_day") or m.day is not None or m.month is None:
        return False
    lex = _lexicon()
    if lex.vintage_after.match(fold, m.end) is None:
        return False
    begin, end = _sentence_bounds(fold, m.start, m.end)
    return lex.revision.search(fold, begin, end) is not None


def _vintage_year(fold: str, matches: Sequence[DateMatch], m: DateMatch, reference: str) -> str:
    """The year of the forecast month ``m``: the text's (``reference``), or the year before
    when that month lies after the text's present (the reference's month, else the latest
    month of its year the text writes out as reached: 綜合分析報告(2021年1月) … 從10月的預估值
    is October 2020)."""
    year = reference[:4]
    if len(reference) >= 7 and reference[5:7].isdigit():
        present: int | None = int(reference[5:7])
    else:
        reached = [o.month for o in matches if o.month and _reached_month(fold, o, year, 1)]
        present = max(reached) if reached else None
    return str(int(year) - 1) if present is not None and (m.month or 0) > present else year


def _part_ahead_reported(fold: str, m: DateMatch, reference: str | None) -> bool:
    """Whether the yearless month or quarter ``m`` begins after the month of the text's date
    (``reference``) and its sentence reports a figure for it (dates.yaml december_figures
    right after it) with no estimate (``12月營收52億元，月增3%``, ``第四季營收150億元，季增5%``
    in a text of January): a part of the year still ahead has no figures, so the one told
    is the last of that name, a year before. (``預估第二季營收將季增5%`` stays ahead.)"""
    if reference is None or len(reference) < 7 or not reference[5:7].isdigit():
        return False
    present = int(reference[5:7])
    if m.rule == rule_id("month_day"):
        if m.day is not None or m.month is None:
            return False
        first = m.month
    else:
        n = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}.get(m.qualifier)
        if n is None:
            return False
        first = 3 * (n - 1) + 1
    if first <= present:
        return False
    lex = _lexicon()
    begin, end = _sentence_bounds(fold, m.start, m.end)
    # (the figure itself in the part's clause: 8月上旬交貨, 12月營收則下滑 tell no figure)
    clause = _CLAUSE_STOP.search(fold, m.end, end)
    return (
        lex.december_figure.match(fold, m.end, min(m.end + 3, end)) is not None
        and _DIGIT.search(fold, m.end, clause.start() if clause else end) is not None
        and lex.estimate.search(fold, begin, end) is None
    )


def _news_month(matches: Sequence[DateMatch], year: str) -> tuple[str, set[tuple[int, int]]]:
    """The text's month when only its year is fixed: a news text copied without its dateline
    tells its days bare (海關總署9日新增…, 網站10日顯示…) and, now and then, one of them with
    its month (12月9日主要受影響的是…). A day told both ways fixes the month of every bare
    news day (the latest such day is the text's present); with two months for them, none.
    Returns the reference (``YYYY-MM-DD`` or ``year`` unchanged) and the (month, day) pairs
    told both ways."""
    news = {m.day for m in matches if m.rule in _NEWS_DAY_RULES and m.day}
    pairs = {
        (m.month, m.day)
        for m in matches
        if m.rule == rule_id("month_day")
        and m.relative
        and m.month is not None
        and m.day in news
        and m.group is None
    }
    months = {mo for mo, _ in pairs}
    if len(months) != 1:
        return year, set()
    mo, day = max(pairs)
    iso = _iso(int(year), mo, day)
    if iso is None:
        return year, set()
    return iso, {(mo, d) for mo, d in pairs}


def _defined_terms(fold: str, matches: Sequence[DateMatch]) -> dict[str, tuple[int, str]]:
    """Relative words a text defines as the dated period they follow (截至2023年12月31日止
    年度（「本年度」）): word → (where defined, the date's iso). A word defined as two
    periods dates nothing (dropped)."""
    lex = _lexicon()
    found: dict[str, tuple[int, str]] = {}
    clash: set[str] = set()
    for prev, m in itertools.pairwise(matches):
        if not m.relative or m.iso is not None or prev.relative or prev.iso is None:
            continue
        if not lex.defined_between.fullmatch(fold, prev.end, m.start):
            continue
        if not lex.defined_close.match(fold, m.end):
            continue
        if m.text in found and found[m.text][1][:4] != prev.iso[:4]:
            clash.add(m.text)
        found.setdefault(m.text, (m.start, prev.iso))
    return {k: v for k, v in found.items() if k not in clash}


_HEAD_DATE_RULE = "structure.published.head.v1"


def extract_dates(
    doc: Document, reference_date: str | None = None
) -> tuple[list[DateFact], list[Period]]:
    """DateFacts (d1..) and Periods (pr1..) for ``doc.text`` with provenance.

    Relative dates resolve against ``reference_date`` (default ``doc.metadata.published``);
    同年/隔年 resolve against the closest earlier resolved date. Unresolvable ones keep
    ``iso=None, resolved=False``.
    """
    reference = reference_date or doc.metadata.published
    source: AnchorSource = "reference_date" if reference_date else "document_date"
    scanned = _document_dates(doc.text, doc.metadata.published)
    matches, reasons = list(scanned.matches), scanned.reasons
    evidence: TextYearEvidence | None = None
    both_ways: set[tuple[int, int]] = set()
    if reference is None:
        reference, evidence = scanned.year, scanned.evidence
        source = "text_year"
        if reference is not None and len(reference) == 4:
            reference, both_ways = _news_month(matches, reference)
    elif (
        doc.metadata.published_rule == _HEAD_DATE_RULE
        and reference == doc.metadata.published
        and scanned.year == reference[:4]
    ):
        # (dates45) a page dated only by a date at its head whose text works out the same
        # year (2023年第二季度財務業績 under 新加坡，2023年8月29日——) tells its parts of a
        # year alone as that year's, as it did with no date of its own
        evidence = scanned.evidence
    facts: list[DateFact] = []
    previous: str | None = None
    previous_end = 0  # where the date ``previous`` was told ends
    # (dates44: the same, skipping a horizon, 目標是到2050年: what 上年 counts back from)
    previous_back: str | None = None
    previous_back_end = 0
    history_groups: set[int] = set()  # groups (or -1 - index) that frame no later date
    last_explicit: tuple[int, str] | None = None
    # (a plain year told as history that last_explicit skips, 1998年成立: where it ends, its year)
    last_history: tuple[int, str] | None = None
    # (whether that date is a comparison's base: 較2024年底上升6個百分點)
    last_explicit_base = False
    # where each base period named in passing ends (加以去年…基期偏低影響: see
    # _base_period_in_passing); a part past its base word is not of its year
    passing_ends: set[int] = set()
    last_span: tuple[str, str] | None = None  # the span last_explicit ends, if it ends one
    last_month: tuple[int, str] | None = None  # a month of another year told relatively
    fronted: tuple[int, int, str] | None = None  # 去年，… opening its sentence (_fronted_year)
    told: list[_Told] = []  # every date told, for _release_year
    told_days: dict[str, set[str]] = {}  # the years of each -MM-DD told, for _day_told_before
    group_ids: dict[int, list[int]] = {}
    span_anchor: dict[int, tuple[str | None, AnchorSource | None]] = {}
    fold = fold_width(doc.text)
    stated_before = _lexicon().stated_before
    since_groups = {m.group for m in matches if m.role == "end" and _is_since(fold, m.end)}
    base_groups = {m.group for m in matches if m.role == "start" and _is_base(fold, m.start)}
    columns = _column_years(fold, matches)
    header_bases = _header_row_bases(fold, matches)
    quarter_heads = _quarter_header_years(fold, matches)
    label_bases = _label_bases(fold, matches)
    defined = _defined_terms(fold, matches)
    # (今年, 去年: the text names its own year; or it tells a part of the year it is read
    # as, 2023年首季: see _release_year)
    named = _names_own_year(matches) or any(
        not m.relative
        and m.year is not None
        and m.year == year_of(reference)
        and _part_within_year(m)
        for m in matches
    )
    reach = list(itertools.accumulate((o.end for o in matches), max))  # (_month_told_before)
    # (a text whose only written years are one season: its bare months' years)
    season_first = _season_of_text(fold, matches) if reference is None else None
    # (dates42: and the year of the first bare month it tells, its own month, is its present:
    # 2020/21年度棉花播種於11月20日…今年大豆收獲推遲 is of 2020, 2017/18年度…8月18日…今年 of 2017)
    season_now = (
        next(
            (
                _season_month_year(m, season_first)
                for i, m in enumerate(matches)
                if m.rule == rule_id("month_day")
                and m.month is not None
                and m.iso is None
                and not _glosses_season(fold, matches, i)
            ),
            None,
        )
        if season_first is not None
        else None
    )
    # a text dated by the year it establishes that reports the year before complete
    year_end = (
        source == "text_year"
        and reference is not None
        and reference[:4].isdigit()
        and year_end_reported(doc.text, _resolved_spans(matches, reference), int(reference[:4]))
    )
    # (the end, fiscal-year label and quarter of the fiscal quarter told last: 2025財年第三季)
    last_fiscal: tuple[int, str, int] | None = None
    released = _released_months(fold, matches)  # (months whose figures are out)
    for i, m in enumerate(matches):
        iso = m.iso
        by_season = False  # (a bare month dated by the text's one season)
        anchor: str | None = None
        anchor_source: AnchorSource | None = None
        if (
            m.relative
            and iso is None
            and not m.vague
            and m.role == "end"
            and m.group in span_anchor
        ):
            anchor, anchor_source = span_anchor[m.group]  # 1至9月: 9月 is of 1月's year
            iso = resolve_relative(m, anchor)
        elif m.relative and iso is None and not m.vague:
            # (上年 counts from the date told last in its paragraph; paragraphs on, …較上年同期
            # has left that date behind and counts from the text's own year, as 去年 does)
            # (a word of last year only, text_year.last_year_words: 同年, 隔年 tell a story's
            # timeline on from the paragraph before)
            # (dates44: 目標是到2050年…。截至7月末，比上年末淨增: a year counted back in a later
            # sentence is not counted from a horizon the text looked out to, but from the date
            # before it; 到2025年營收達百億，較前一年成長 still counts from the horizon)
            counted, counted_end = previous, previous_end
            if (
                m.offset < 0
                and previous_end != previous_back_end
                and _CLAUSE_END.search(doc.text, previous_end, m.start) is not None
            ):
                counted, counted_end = previous_back, previous_back_end
            far = (
                counted is not None
                and m.text in _lexicon().last_year_words
                and "\n" in doc.text[counted_end : m.start]
            )
            anchor, anchor_source = (
                (counted, "previous")
                if m.anchor == "previous" and not far
                else (reference, source)
            )
            # 本季(10-12月): the text's present, not the year written last
            now = stated_before.search(fold, max(0, m.start - 6), m.start) is not None
            # (a day the text also tells as a bare news day is its present, whatever year
            # the sentence wrote before it: 自2021年10月起…。12月9日 beside 海關總署9日新增)
            now = now or (m.rule == rule_id("month_day") and (m.month, m.day) in both_ways)
            now = now or (m.rule == rule_id("counted") and _count_opens_clause(fold, m))
            if (
                (m.rule == rule_id("month_day") or m.anchor == "sentence")
                and last_explicit is not None
                and not now
                # (a part of a year alone with no date in its clause is _release_year's, and
                # one after 今年… in its clause is of that year, not of one written before it)
                and (
                    m.rule not in _RELEASE_RULES
                    or (
                        _anchored(doc.text, matches, m)
                        and not any(
                            o.relative
                            and last_explicit[0] <= o.start < m.start
                            # (第一、第二季: the quarter listed before it shares its year)
                            # (第三或第四季, 第一和第三季度: so does one joined by 或/和)
                            and not (
                                o.rule == m.rule
                                and _lexicon().quarter_list_gap.fullmatch(fold, o.end, m.start)
                            )
                            for o in matches
                        )
                    )
                )
            ):
                # 民國113年1月1日至3月31日, 2024年營收…至3月31日: a month and day with no
                # year of their own belong to the year just written in their sentence
                prev_end, prev_iso = last_explicit
                if _past_base_word(fold, passing_ends, prev_end, m.start):
                    # (dates55) 因2023年基期低，第二季…: a base named in passing frames no part
                    # past its base word (受到去年客戶在第2季量產而基期太高 keeps 去年's Q2)
                    pass
                elif _closes_frame_of(fold, prev_end, m.start):
                    # 和去年同月(2021年10月…10月31日)相比，10月份…: the frame holds the base;
                    # the month after it is the text's own
                    pass
                elif last_explicit_base and (
                    _BASE_FRAME_END.search(doc.text, prev_end, m.start)
                    or _own_period_before_base(fold, facts, m, prev_end, prev_iso, reference)
                ):
                    # 毛利率達24%(較2024年底上升6個百分點) [7] - 上半年研發費用…: a base's year
                    # frames no period past the bracket or sentence that compares with it
                    pass
                elif (
                    _same_clause_run(doc.text, prev_end, m.start)
                    or _in_dated_paragraph(doc.text, m, prev_end, prev_iso, reference)
                    or (
                        m.anchor == "sentence"
                        and m.offset == 0
                        and _next_sentence(doc.text, prev_end, m.start)
                    )
                ):
                    anchor, anchor_source = prev_iso, "previous"
                    if _turns_the_year(fold, m, prev_iso):  # 2024年12月20日…1月13日
                        anchor = str(int(prev_iso[:4]) + 1)
                    elif _month_before_turns_back(fold, m, prev_iso):  # 2019年1月…上(12)月
                        anchor = str(int(prev_iso[:4]) - 1)
                    elif last_span is not None and _same_clause_run(doc.text, prev_end, m.start):
                        # 今年度(2014年4月-2015年3月)財測…7月31日: 2014, in the span's sentence
                        anchor = _year_within_span(m, last_span) or anchor
            if (
                m.anchor == "sentence"
                and m.unit == "year"
                and m.offset == 0
                and not now
                and last_history is not None
                and (last_explicit is None or last_explicit[0] < last_history[0])
                and (
                    _same_clause_run(doc.text, last_history[0], m.start)
                    or _next_sentence(doc.text, last_history[0], m.start)
                )
            ):
                # 該公司1998年成立，當年員工僅120人: "that year" points back to the year its
                # sentence wrote, history or not (a history year frames no bare month after
                # it, see _history_before_reference, but is the year 當年 names)
                anchor, anchor_source = last_history[1], "previous"
            told_day = _day_told_before(told_days, m)
            if (
                told_day is not None
                and not now
                and not (
                    last_explicit is not None
                    and _PHRASE_END.search(doc.text, last_explicit[0], m.start) is None
                )
            ):
                # 今年8月18日傳出欠稅…。2019年又表示…——這也就是為什麼當8月18日傳出欠稅案後:
                # a day told again is the day told first, not of a year written since
                anchor, anchor_source = told_day, "previous"
            if m.rule == rule_id("yearless_quarter") and anchor_source != "previous":
                # 2024年第四季營收17.2億美元。…第四季度營收…: the quarter told again
                repeated = _quarter_told_before(fold, facts, m)
                if repeated is not None:
                    anchor, anchor_source = repeated, "previous"
            if m.rule in _RELEASE_RULES and anchor_source != "previous":
                # 103年第2季…。累計上半年…: a part of a year alone, in the release's year
                anchor = _release_year(doc.text, told, m, reference, evidence, named)
                anchor_source = source if anchor is not None else None
                last = matches[i - 1] if i else None
                if (
                    last is not None
                    and last.relative
                    and last.offset != 0
                    and last.unit == "year"
                    and facts[-1].iso is not None
                    and (
                        _PART_JOIN.fullmatch(doc.text, last.end, m.start) is not None
                        or _told_year_frames(fold, last, m, matches[i + 1 : i + 2])
                    )
                ):
                    # 明年中旬至下半年, 去年第三季及第四季: a part joined to a part of another
                    # year told relatively is of that year, not the release's; so is one
                    # its sentence goes on to (去年受惠追加量、前三季EPS仍達4.43元)
                    anchor, anchor_source = facts[-1].iso[:4], "previous"
            if (
                m.rule == rule_id("yearless_quarter")
                and anchor_source == source
                and anchor is not None
                and _quarter_ahead_told_done(fold, matches, m, reference)
            ):
                # 本週（2025.2.3–2025.2.7）…四季度已有顯著改善: last year's fourth quarter
                anchor = str(int(anchor[:4]) - 1)
            if (
                m.rule == rule_id("yearless_quarter")
                and source != "text_year"
                and reference is not None
                and (anchor is None or anchor[:4] == reference[:4])
                and (ahead := _outlook_quarter_year(fold, m, reference)) is not None
            ):
                # 去年第四季營收…；展望第一季，營收將季減 in a text of January: this year's
                # first quarter; 預期第一季營收… in a text of November: next year's
                anchor, anchor_source = ahead, source
            if (
                m.rule in (rule_id("yearless_quarter"), rule_id("month_day"))
                and source != "text_year"
                and anchor_source in (source, "previous")
                and anchor is not None
                and reference is not None
                and anchor[:4] == reference[:4]
                and _part_ahead_reported(fold, m, reference)
            ):
                # 12月營收52億元，月增3% in a text of January: last year's December
                anchor = str(int(anchor[:4]) - 1)
            listed_after = matches[i - 1] if i else None
            if (
                m.rule == rule_id("yearless_quarter")
                and listed_after is not None
                and listed_after.rule == m.rule
                and facts[-1].span.start == listed_after.start
                and facts[-1].iso is not None
                and _lexicon().quarter_list_gap.fullmatch(fold, listed_after.end, m.start)
            ):
                # 去年三、四季度, 第三或第四季: a quarter listed after another is of its year
                anchor, anchor_source = facts[-1].iso[:4], "previous"
            if (
                m.rule == rule_id("yearless_quarter")
                and anchor_source != "previous"
                and listed_after is not None
                and facts[-1].span.start == listed_after.start
                and facts[-1].iso is not None
                and facts[-1].quarter is not None
                and m.qualifier in _QUARTERS
                and facts[-1].quarter < _QUARTERS.index(m.qualifier) + 1
                # (較2023年第三季成長；第四季…, 以103年第一季為基期計算；第三季…: a base)
                and not _is_base(fold, facts[-1].span.start)
                and _lexicon().base_period_after.match(fold, facts[-1].span.end) is None
                and _lexicon().quarter_clause_gap.fullmatch(fold, listed_after.end, m.start)
            ):
                # 預估2026首季，獲利趨緩；第二季拉貨；第三季量產: the next quarter opening the next
                # clause of the sentence runs on in the year of the one before it
                anchor, anchor_source = facts[-1].iso[:4], "previous"
            if (
                m.rule == rule_id("month_day")
                and last_month is not None
                # (a month of another year told since the date written last frames it:
                # 2022年…。零售業因去年10月五倍券效益，…延後至10、11月)
                and (
                    anchor_source != "previous"
                    or (last_explicit is not None and last_month[0] > last_explicit[0])
                )
                and not now
                and _later_month_in_sentence(doc.text, m, *last_month)
                and not _past_base_word(fold, passing_ends, last_month[0], m.start)
            ):
                anchor, anchor_source = last_month[1], "previous"
            if (
                m.rule == rule_id("month_day")
                and anchor_source != "previous"
                and not now
                and fronted is not None
                and _framed_by_fronted_year(fold, matches, m, fronted)
            ):
                # 去年，出於擔憂通膨，消費者在5、6和7月減少外食: the months of a sentence that
                # opens on a year told relatively are of that year
                anchor, anchor_source = fronted[2], "previous"
            if (
                m.rule == rule_id("month_day")
                and not now
                and i
                and facts
                and facts[-1].span.start == matches[i - 1].start
                and facts[-1].iso is not None
                and _clause_opened_by_past_year(fold, matches[i - 1], m)
            ):
                # 產量部分，去年受到 4 月霪雨影響: a month in the clause last year opens, with only
                # a few words between, is of last year
                anchor, anchor_source = facts[-1].iso[:4], "previous"
            if m.rule == rule_id("month_day") and anchor_source != "previous" and not now:
                # 103年12月稅前盈餘…。子公司12月合併逾放比: the month the release told
                told_year = _month_told_before(doc.text, fold, facts, matches, m, reach)
                if told_year is not None:
                    anchor, anchor_source = told_year, "previous"
            if (
                m.rule == rule_id("yearless_quarter")
                and last_fiscal is not None
                and m.qualifier in ("q1", "q2", "q3", "q4")
                and int(m.qualifier[1]) >= last_fiscal[2]
                and "\n" not in doc.text[last_fiscal[0] : m.start]
                and (last_explicit is None or last_explicit[0] < last_fiscal[0])
            ):
                # 美光2025財年第三季營收…，第四季營收預估…: a later quarter told after a
                # fiscal one in its paragraph is of that fiscal year, as the text labels it
                anchor, anchor_source = last_fiscal[1], "previous"
            base_year = (
                _compared_quarter_year(doc.text, fold, facts, m)
                if m.rule == rule_id("yearless_quarter")
                else None
            )
            if base_year is not None:
                # (dates45) 2025年第三季度淨息差…，環比第二季度提升; 第2季…將較第1季下滑: the
                # quarter a told quarter is compared with is of its year (Q4 against Q1: the
                # year before), whatever an outlook or the text's year would say
                anchor, anchor_source = base_year, "previous"
            if (
                anchor is None
                and season_now is not None
                and m.relative
                and m.unit == "year"
                and m.anchor == "doc"
                and m.text[:2] in _lexicon().season_text_year_words
            ):
                # 2020/21年度…播種於11月20日…。由於今年大豆收獲推遲: the season text's present
                anchor, anchor_source = season_now, "previous"
            by_season = (
                anchor is None
                and season_first is not None
                and m.rule == rule_id("month_day")
                and m.month is not None
                and not _glosses_season(fold, matches, i)
            )
            if by_season and season_first is not None:
                # 截至11月底，2019/20年度…: a bare month of the season the text reports on
                anchor, anchor_source = _season_month_year(m, season_first), "previous"
            own_year = _year_of_own_phrase(fold, matches, i, reference)
            if own_year is not None:  # 第1季是2024年谷底: the year its own phrase names
                anchor, anchor_source = own_year, "previous"
            if i in columns:  # 113年 112年 / 1月至3月 1月至3月: each under its own year
                anchor, anchor_source = columns[i], "previous"
            if i in header_bases:  # 114年第3季 | 113年第3季 | 本期累計 | 去年同期累計
                anchor = header_bases[i]
                anchor_source = "previous" if anchor is not None else None
            if i in quarter_heads:  # (dates52) 2025年營收\nQ1 Q2 Q3 Q4: the header's year
                anchor = quarter_heads[i]
                anchor_source = "previous" if anchor is not None else None
            if i in label_bases:  # 4.全年與上年比較：111年工業生產指數…
                anchor, anchor_source = label_bases[i], "previous"
            if m.text in defined and defined[m.text][0] <= m.start:
                # 截至2023年12月31日止年度（「本年度」）…本年度虧損…: the period defined
                anchor, anchor_source = defined[m.text][1], "previous"
            count_from = anchor
            if (
                anchor_source == "text_year"
                and year_end
                and _reported_year_end(fold, m, anchor, matches)
            ):
                # 自結12月營收達到11億元 in a text that reports 2016年全年: December of 2016
                # (the anchor stays the text's year; the month is counted back from it)
                count_from = str(int(anchor[:4]) - 1)  # type: ignore[index]
            elif _reported_month_ahead(fold, m, count_from, reference):
                # (dates46) 11月零售業銷貨值升15.9% under 2024年1月4日: a month told with no
                # year far after the text's own month, in a sentence that neither plans nor
                # estimates, is a past month reported, of the year before
                count_from = str(int(count_from[:4]) - 1)  # type: ignore[index]
            if (
                anchor_source == "previous"
                and reference is not None
                and reference[:4].isdigit()
                and _forecast_vintage(fold, m)
            ):
                # 調降2023年全球經濟成長率為2.7% (7月預測為2.9%): the month the earlier forecast
                # was made in is of the text's own time, not of the year forecast
                anchor, anchor_source = reference, source
                count_from = _vintage_year(fold, matches, m, reference)
            iso = resolve_relative(m, count_from)
            if iso is not None and _released_month_ahead(m, iso, reference, released):
                # 2024年1月4日 統計處公布，11月零售業…: November's figures out in January are
                # the November before
                iso = f"{int(iso[:4]) - 1}{iso[4:]}"
            if iso is not None and _base_month_turns_back(fold, facts, m, iso):
                # 1月CPI升至3%，高於12月的2.9%: a month compared with, numbered after the
                # month told before it (of the year it came out in), is of the year before
                iso = f"{int(iso[:4]) - 1}{iso[4:]}"
            if (
                both_ways
                and m.rule == _NEWS_DAY_RULE
                and count_from == reference
                and _past_news_month_day(m, reference)
            ):
                # 人民日報27日報導…。8月2日，…。12日，工信部發佈…: a day told both ways only
                # bounds the text's present from below, so a news day later in the month than
                # it may be of that month or of the one before: no date
                iso = None
            if iso is None:
                anchor, anchor_source = None, None
            if m.role == "start" and m.group is not None:
                span_anchor[m.group] = (count_from, anchor_source)
        if (
            iso is None
            and m.relative
            and not m.vague
            and m.anchor == "doc"
            and m.precision == "year"
        ):
            # (Fed從2013年起每年調查…。通膨去年升抵高點…，前一年原本處於高點: a year told
            # relatively that stays open is the date written last; a later 前一年 counts
            # from it, so is open too, not the year before 2013)
            previous, previous_end = None, m.end
            previous_back, previous_back_end = None, m.end
        if iso is not None:
            # (上年同期的利息收入…；上年同期的利息支出…: a year counted back from the date
            # written last is a comparison's base, never the date the next 上年 counts from)
            # (創下99年第4季以來最高，…較上年同期: where a span since starts is no period the
            # next 上年 counts from either)
            starts_since = (
                m.group in since_groups if m.group is not None else _is_since(fold, m.end)
            )
            if (
                m.qualifier in ("q1", "q2", "q3", "q4")
                and (
                    (not m.relative and _fiscal_part(fold, m))
                    or _FY_BEFORE.search(fold, max(0, m.start - 10), m.start) is not None
                )
            ):
                last_fiscal = (m.end, iso[:4], int(m.qualifier[1]))  # (FY2025 Q3 too)
            # (自9月起的2015/16年度…較上年同期: a season across two years is no one year a
            # later relative word counts from, nor a bare month is of)
            season = m.rule == rule_id("season")
            if (
                not (m.relative and m.anchor == "previous" and m.offset < 0)
                and not starts_since
                and not season
                and not by_season  # (nor a month it dated: 10月19日的報告…比上年)
            ):
                previous, previous_end = iso, m.end
                if m.relative or not _lexicon().horizon_before.search(
                    fold, max(0, m.start - 6), m.start
                ):
                    previous_back, previous_back_end = iso, m.end
            # (1998年成立，同年11月上市，12月…: a month of the history year told again by 同年
            # tells the story on in that year)
            of_history = (
                m.anchor == "previous"
                and last_history is not None
                and iso[:4] == last_history[1][:4]
            )
            if (
                m.relative
                and (m.offset != 0 or of_history)
                and m.month is not None
                and not _is_base(fold, m.start)
            ):
                last_month = (m.end, iso)  # 去年11月…至12月: a later month is of that year
                if _base_period_in_passing(fold, m.start, m.end):
                    passing_ends.add(m.end)  # (受到去年3月…、基期較高影響，3月…)
            if _fronted_year(fold, m):
                fronted = (_sentence_bounds(fold, m.start, m.end)[1], m.end, iso)
            if (
                m.relative
                and m.offset == 0
                and m.rule == rule_id("month_day")
                and m.group is None
                and not _is_base(fold, m.start)
            ):
                # 2017年第1季…。展望第2季，4月營收4.12億元，累計前4月…: a month the release
                # tells without its year is a period of the year it resolved to
                told.append(_Told(m.end, iso, False, m.qualifier, True))
            elif (
                m.relative
                and m.offset != 0
                and m.unit == "year"
                and m.anchor == "doc"
                and _is_part(m)
            ):
                # 回顧去年營運，去年下半年…，下半年…: a period of another year than the
                # release's frames the paragraph (not 去年同期, a comparison's base)
                aside = (
                    _is_base(fold, m.start)
                    or _lexicon().same_period_after.match(fold, m.end) is not None
                )
                told.append(_Told(m.end, iso, aside, m.qualifier, _is_part(m)))
            if not m.relative or (m.offset == 0 and m.text[:1] in ("今", "本")):
                if m.group is not None:
                    since, base = m.group in since_groups, m.group in base_groups
                else:
                    since, base = _is_since(fold, m.end), _is_base(fold, m.start)
                    # (以103年第一季為基期計算: the base of a series, no period reported)
                    base = base or _lexicon().base_period_after.match(fold, m.end) is not None
                    # (與2021年高檔9140億元相比仍有差距，首季…: the base of a comparison whose
                    # frame closes in the year's clause)
                    base = base or _compared_in_clause(fold, m.end)
                    # (與2020年平均值相較也降低1.1%: a base framed by 與…相較, no comma after)
                    base = base or _framed_base(fold, m.start, m.end)
                # (dates56) 脫離2023年衰退的陰霾: a year left behind frames nothing
                left = _left_behind(fold, m)
                # 自2013年6月以來 starts a span and 較2015年1-4月 is a comparison's base, not
                # the period the next sentences are about (今年以來, 2024年以來 are this
                # year's and that year's)
                # (今年 is the text's own year told as plainly as 2017年 is: 展望2017年第三季…
                # 再創今年新高。…下半年有3類新產品 frames 下半年 as a written year would)
                written = m.precision == "year" and (not m.relative or m.qualifier == "none")
                # (nor does a record's date or a span's start told without 以來 right after
                # it, 創2007年11月至2009年11月金融海嘯時期以來, 紀錄(2001年1月…): the group whole)
                group_key = m.group if m.group is not None else -1 - i  # (a lone date: itself)
                # (該公司於1987年成立，11月將推出新品; 在2008年推出的計畫，4月份…; 自2015年起
                # 擴產，11月營收…: a founding, launch or since year before the text's own known
                # year is history, no year the later yearless months of its sentence are of)
                if (
                    not m.relative and m.role != "end" and _frames_nothing(fold, m)
                ) or _history_before_reference(fold, m, reference):
                    history_groups.add(group_key)
                # (是2007年7月份公布營收以來的新低: a lone record's date is no period the
                # release reports either, so no part of a year after it takes its year)
                lone_history = m.group is None and group_key in history_groups
                told.append(
                    _Told(
                        m.end,
                        iso,
                        since or base or lone_history or season or left,
                        m.qualifier,
                        _is_part(m),
                        written and not season,
                    )
                )
                if group_key in history_groups:
                    since = True
                    if lone_history and written and not m.relative:
                        last_history = (m.end, iso)
                # (創2007年採用現行統計方式以來新高，可望持續至6月份: a lone record's year
                # is no year a bare month after it is of, as its month is not; its gloss in
                # brackets is, 創2012年Q2(4-6月)開始公布…以來, and so is a level compared
                # with, 低於2015年第四季開工率88%，…較第四季衰退)
                glossed = fold[m.end : m.end + 1] in ("(", "（")
                # (2024年全年營收比2023年增長26%，遠高於年初的預期: a year compared with, right
                # after 比/較, is no year the clause goes on about either)
                compared = (
                    not m.relative
                    and m.precision == "year"
                    and m.qualifier == "none"
                    and m.group is None
                    and _lexicon().compared_year.search(fold, max(0, m.start - 5), m.start)
                    is not None
                    and last_explicit is not None
                    and _same_clause_run(doc.text, last_explicit[0], m.start)
                )
                # (2021年ICT十大趨勢: the year a list of coming trends looks at frames no month
                # the lines under it report, 上銀11月營收…)
                trends = (
                    not m.relative
                    and m.precision == "year"
                    and _lexicon().trend_list_after.match(fold, m.end) is not None
                )
                if _base_period_in_passing(fold, m.start, m.end):
                    passing_ends.add(m.end)  # (dates55) 因2023年基期低，第二季…
                if not (
                    ((since or base) and not m.relative and m.precision in ("month", "day"))
                    or (lone_history and not glossed and not _is_base(fold, m.start))
                    or season
                    or compared
                    or trends
                    or left
                    # (英偉達公布2027財年第二季財報，於8月27日發布: a fiscal quarter is no
                    # calendar year for the day after it, see _fiscal_part)
                    or _fiscal_part(fold, m)
                ):
                    last_explicit = (m.end, iso)  # 2024年, 今年: not 去年底 (…並自5月2日起)
                    last_explicit_base = _is_base(fold, m.start) or _framed_base(
                        fold, m.start, m.end
                    )
                    first = facts[group_ids[m.group][0]].iso if m.group in group_ids else None
                    spans_years = (
                        m.role == "end" and first is not None and int(first[:4]) + 1 == int(iso[:4])
                    )
                    last_span = (first, iso) if spans_years and first is not None else None
        if m.group is not None:
            group_ids.setdefault(m.group, []).append(i)
        facts.append(
            DateFact(
                id=f"d{i + 1}",
                text=m.text,
                span=CharSpan(start=m.start, end=m.end),
                page=doc.page_at(m.start),
                sentence=doc.sentence_at(m.start),
                rule=m.rule,
                iso=iso,
                precision=m.precision,
                calendar=m.calendar,
                qualifier=m.qualifier,
                relative=m.relative,
                resolved=iso is not None,
                vague=m.vague,
                quarter=int(m.qualifier[1]) if m.qualifier in ("q1", "q2", "q3", "q4") else None,
                half=int(m.qualifier[1]) if m.qualifier in ("h1", "h2") else None,
                anchor=anchor,
                anchor_source=anchor_source,
                anchor_evidence=evidence if anchor_source == "text_year" else None,
                calendar_reason=reasons.get(m.start) if m.calendar == "roc" else None,
            )
        )
        _tell_day(told_days, facts[-1])
    facts = _stamp_days(facts, reference)
    periods: list[Period] = []
    for idx in group_ids.values():
        if len(idx) != 2:
            continue
        a, b = facts[idx[0]], facts[idx[1]]
        pid = f"pr{len(periods) + 1}"
        facts[idx[0]] = a.model_copy(update={"period_id": pid})
        facts[idx[1]] = b.model_copy(update={"period_id": pid})
        rule = rule_id("range") if a.rule == rule_id("range") else rule_id("range_link")
        periods.append(
            Period(
                id=pid,
                text=doc.text[a.span.start : b.span.end],
                span=CharSpan(start=a.span.start, end=b.span.end),
                page=a.page,
                sentence=a.sentence,
                rule=rule,
                start_date=a.id,
                end_date=b.id,
                start_iso=a.iso,
                end_iso=b.iso,
            )
        )
    facts = _quarters_of_one_year(_month_relatives(facts, doc.text), fold)
    return _drop_open_days(facts, periods)
