"""Read Arabic, Chinese and mixed numerals (2,550 / 一萬多 / 3萬4千 / 1,234百萬 / 三十幾萬).

Reports mix scripts inside one number, so a number is read as one token stream:
Arabic runs and Chinese digits are coefficients, 十百千 multiply inside a
萬-section, 萬億兆 close a section and scale it. Vague markers keep their
meaning as bounds instead of being dropped: 一萬多 is [10000, 20000),
三十幾萬 is [300000, 400000), 數十萬 is [100000, 1000000). Everything here works
on width-folded text (``pipeline.chars.fold_width``); the character tables are
the ``numerals`` lexicon.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pipeline.lexicon import load_lexicon

Vagueness = Literal["more", "some"]

ARABIC_PATTERN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
_ARABIC_RE = re.compile(rf"(?:{ARABIC_PATTERN})")
_COMMA_GROUPS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SIGNS = {"-": -1.0, "−": -1.0, "+": 1.0}


@dataclass(frozen=True)
class ParsedNumber:
    """A number as written: its floor ``value`` plus what the writing says about bounds.

    ``upper`` is exclusive and set only when the numeral itself bounds the value
    (一萬多 < 20000, 三十幾萬 < 400000) or, for a pair such as 三四, inclusive
    (``upper_inclusive``). ``positional`` marks digit-by-digit numerals (二〇二三),
    which are how years are written, never counts.
    """

    value: float
    upper: float | None = None
    upper_inclusive: bool = False
    vague: Vagueness | None = None
    positional: bool = False
    pair: bool = False
    chinese: bool = False
    arabic: bool = False
    magnitude: bool = False
    plain_digits: str | None = None  # the Arabic digits when the number is one plain Arabic run
    formal: int = 0  # how many 大寫 characters (壹貳參…) it is written with


@dataclass(frozen=True)
class _Tables:
    digits: dict[str, float]
    small: dict[str, float]
    large: dict[str, float]
    vague: frozenset[str]
    more: frozenset[str]
    points: frozenset[str]
    english: dict[str, float]
    formal: frozenset[str]
    tens: dict[str, float]
    inner_zeros: frozenset[str]
    magnitude_led: tuple[str, ...]


@functools.cache
def _tables() -> _Tables:
    lex = load_lexicon("numerals")
    return _Tables(
        digits={k: float(v) for k, v in lex["digits"].items()},
        small={k: float(v) for k, v in lex["small_magnitudes"].items()},
        large={k: float(v) for k, v in lex["large_magnitudes"].items()},
        vague=frozenset(lex["vague_digits"]),
        more=frozenset(lex["more_markers"]),
        points=frozenset(lex["decimal_points"]),
        english={k.lower(): float(v) for k, v in lex["english_magnitudes"].items()},
        formal=frozenset(lex["formal_chars"]),
        tens={k: float(v) for k, v in lex["tens_digits"].items()},
        inner_zeros=frozenset(lex["inner_zeros"]),
        magnitude_led=tuple(sorted(lex["magnitude_led_units"], key=len, reverse=True)),
    )


def _cls(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


@functools.cache
def number_pattern() -> str:
    """Regex fragment (no groups) for one number in folded text, scripts mixed.

    It is deliberately permissive (``parse_number`` decides); a space is allowed
    only before a magnitude (``1 萬多``, ``181.2 億``), never between two digit runs,
    so table rows such as ``301 173 1,138`` stay separate numbers.
    """
    t = _tables()
    start = _cls(set(t.digits) | set(t.small) | t.vague | set(t.tens))
    body = _cls(
        set(t.digits) | set(t.small) | set(t.large) | t.vague | t.more | set(t.tens) | t.inner_zeros
    )
    mags = _cls(set(t.small) | set(t.large))
    large = _cls(set(t.large))
    point = _cls(t.points)
    digit = _cls(set(t.digits))
    # (調查顯示,68%: a comma after a word, as some texts write ，, may precede a number;
    # a comma after a digit is a thousands group — unless the digits before it cannot head
    # one: four of them or a decimal's, 天璣1200,3家外資, 成長3.5,2家: a clause's comma, as
    # quantities.clause_comma reads it)
    clause_comma = r"(?<=\d\d\d\d,)|(?<=[.]\d,)|(?<=[.]\d\d,)|(?<=[.]\d\d\d,)"
    lead = rf"(?<![\d.])(?:(?<!\d,)|{clause_comma})(?:{ARABIC_PATTERN})|[{start}]"
    # (年減○．五％: a circle for 〇 starts a number right before a decimal point)
    lead += rf"|[{_cls(t.inner_zeros)}](?=[{point}][{digit}])"
    # (6 兆 3,313 億, 4 萬 5 千人: a space after a large magnitude only before the next
    # section)
    after_large = rf"(?<=[{large}])[ ](?=(?:{ARABIC_PATTERN})[ ]?[{mags}])"
    # (2 萬 9,900 元: in spaced writing, a magnitude set off on both sides runs on to the
    # whole section after it, three or four digits and no decimal; 2億3 is the spoken
    # 2.3億, so one or two digits stay apart)
    after_large += rf"|(?<=[ ][{large}])[ ](?=(?:\d{{3,4}}|\d,\d{{3}})(?![\d.,]))"
    # A digit run is one piece: a piece never starts right after a digit, or a run of n
    # digits could be split 2^n ways and a failed match would backtrack through all of them.
    # (33.18億千瓦時: a magnitude that begins a unit word is the unit's, not the number's)
    led = "|".join(re.escape(w) for w in t.magnitude_led)
    body_piece = rf"(?!{led})[{body}]" if led else rf"[{body}]"
    # (7000 餘張, 100 多個: in spaced writing a "more" marker may stand apart from the
    # digits too, as a magnitude may)
    more = _cls(t.more)
    piece = (
        rf"(?<!\d)(?:{ARABIC_PATTERN})|{body_piece}|[{point}](?=[{digit}])|[ ](?=[{mags}])"
        rf"|(?<=\d)[ ](?=[{more}])|{after_large}"
    )
    return rf"(?:{lead})(?:{piece})*"


def number_start_chars() -> str:
    """Every character a number can start with (for a fast first-character test)."""
    t = _tables()
    # (廿六條: a tens digit starts a number as a digit does; ○．五: so does a circle
    # before a decimal point)
    chars = set(t.digits) | set(t.small) | t.vague | set(t.tens) | t.inner_zeros
    return "0123456789" + "".join(sorted(chars))


@functools.cache
def english_magnitude_pattern() -> str:
    """Regex fragment for a Latin magnitude word (billion, mn ...), case-insensitive."""
    words = sorted(_tables().english, key=len, reverse=True)
    return r"(?i:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])"


def exact_product(*factors: float) -> float:
    """Product computed in decimal, each factor taken as written (repr): 66.1 × 1e8 is
    6610000000, where binary floats give 6609999999.999999."""
    out = Decimal(1)
    for f in factors:
        out *= Decimal(repr(float(f)))
    return float(out)


def exact_sum(a: float, b: float) -> float:
    """Sum computed in decimal (1.1億 + 0.2億 stays exact)."""
    return float(Decimal(repr(float(a))) + Decimal(repr(float(b))))


def magnitude_value(text: str) -> float | None:
    """Value of a run of magnitude characters alone (萬 -> 1e4, 百萬 -> 1e6), else None."""
    t = _tables()
    if not text:
        return None
    v = 1.0
    for ch in text:
        m = t.small.get(ch) or t.large.get(ch)
        if m is None:
            return None
        v *= m
    return v


def english_magnitude(word: str) -> float | None:
    """Multiplier of a Latin magnitude word, or None."""
    return _tables().english.get(word.strip().lower())


def parse_arabic(text: str) -> float | None:
    """Value of an Arabic number with optional sign, thousands commas and decimals."""
    s = text.strip().replace(" ", "")
    sign = 1.0
    if s and s[0] in _SIGNS:
        sign, s = _SIGNS[s[0]], s[1:]
    if not _COMMA_GROUPS_RE.match(s):
        return None
    return sign * float(s.replace(",", ""))


def _place(value: float) -> float | None:
    """Step of the last written digit of an integer: 10 for 10, 1000 for 1,000, 1 for 15."""
    if value != int(value) or value == 0:
        return None
    n, p = int(value), 1.0
    while n % 10 == 0:
        n //= 10
        p *= 10
    return p


Token = tuple[str, float]  # (kind, value): num | small | large | more | vague | zero


def _tokenize(s: str) -> list[Token] | None:
    t = _tables()
    tokens: list[Token] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == " ":
            i += 1
            continue
        m = _ARABIC_RE.match(s, i)
        if m:
            v = parse_arabic(m.group())
            if v is None:
                return None
            tokens.append(("arabic", v))
            i = m.end()
            continue
        if ch in t.points:
            # 三點五: the Chinese digits after 點 are decimals of the pending number.
            j = i + 1
            frac = ""
            while j < n and s[j] in t.digits:
                frac += str(int(t.digits[s[j]]))
                j += 1
            if frac and tokens and tokens[-1][0] == "small":
                # 七十點二 = 70.2: decimals of the whole section before them
                tokens.append(("frac", float(f"0.{frac}")))
                i = j
                continue
            if not frac or not tokens or tokens[-1][0] not in ("num", "zero"):
                return None
            tokens[-1] = ("num", float(f"{int(tokens[-1][1])}.{frac}"))
            i = j
            continue
        if ch in t.tens:
            # 三百廿三 = 323: 廿 / 卅 / 卌 are a digit and its 十 in one character
            tokens += [("num", t.tens[ch] / 10), ("small", 10.0)]
        elif ch in t.inner_zeros:
            tokens.append(("zero", 0.0))  # 三八○億: a circle for 〇 inside a number
        elif ch in t.digits:
            kind = "zero" if t.digits[ch] == 0 else "num"
            tokens.append((kind, t.digits[ch]))
        elif ch in t.small:
            tokens.append(("small", t.small[ch]))
        elif ch in t.large:
            tokens.append(("large", t.large[ch]))
        elif ch in t.more:
            tokens.append(("more", 0.0))
        elif ch in t.vague:
            tokens.append(("vague", 0.0))
        else:
            return None
        i += 1
    return tokens


def _evaluate(tokens: list[Token]) -> tuple[float, float | None] | None:
    """(value, step of 多) for magnitude notation; None when the tokens do not form a number."""
    total = 0.0
    section = 0.0
    cur: float | None = None
    cur_place: float | None = None
    last_place: float | None = None
    more_place: float | None = None
    seen_more = False
    last_large: float | None = None
    for kind, v in tokens:
        if seen_more and kind not in ("large",):
            return None  # 多 only ends a number or sits before its last magnitude (三十多萬)
        if kind == "zero":
            if cur is not None:
                return None
            continue  # 一百零五: 零 holds a place, adds nothing
        if kind == "frac":
            if cur is not None:
                return None
            section = exact_sum(section, v)  # 七十點二: the section's decimals
            last_place = None
            continue
        if kind in ("num", "arabic"):
            if cur is not None:
                return None
            cur = v
            cur_place = _place(v) if kind == "arabic" else 1.0

        elif kind == "small":
            coef = 1.0 if cur is None else cur
            section = exact_sum(section, exact_product(coef, v))
            last_place = v if (cur is None or cur == int(cur)) else None
            cur = None
        elif kind == "large":
            if cur is not None:
                section = exact_sum(section, cur)
                last_place = cur_place
                cur = None
            if last_large is not None and v > last_large:
                # 3萬億 = 3e12, 1萬5千億 = 1.5e12: a larger magnitude after a smaller one
                # scales everything before it (the mainland trillion 萬億)
                total = exact_product(exact_sum(total, section), v)
            elif section == 0:
                return None
            else:
                total = exact_sum(total, exact_product(section, v))
            last_large = v
            section = 0.0
            last_place = last_place * v if last_place is not None else None
            if more_place is not None:
                more_place *= v
        elif kind == "more":
            if cur is not None:
                section = exact_sum(section, cur)
                last_place = cur_place
                cur = None
            if section == 0 and total == 0:
                return None
            seen_more = True
            more_place = last_place
            if more_place is None:
                more_place = float("nan")
    if cur is not None:
        prev = tokens[-2] if len(tokens) > 1 else None
        last = tokens[-1]
        short = last[0] == "num" or (last[0] == "arabic" and last[1] == int(last[1]) < 10)
        if prev is not None and prev[0] in ("small", "large") and short:
            # 一萬五 = 15000, 1萬5 = 15000, 三百五 = 350: the digit takes the next place
            cur = exact_product(cur, prev[1], 0.1)
        section = exact_sum(section, cur)
    value = exact_sum(total, section)
    if seen_more:
        return value, (None if more_place != more_place else more_place)  # nan: unknown step
    return value, None


@functools.lru_cache(maxsize=8192)
def parse_number(text: str) -> ParsedNumber | None:
    """Read one number as matched by ``number_pattern`` (sign allowed); None if it is not one."""
    parsed = _parse(text)
    if parsed is None:
        return None
    formal = sum(1 for ch in text if ch in _tables().formal)
    return dataclasses.replace(parsed, formal=formal) if formal else parsed


def _positional_amount(tokens: list[Token], kinds: list[str]) -> float | None:
    """``九八九九億元``, ``三八○億美元``: news writes an amount digit by digit before its
    magnitude; three digits or more (三四億 is three or four 億, a pair)."""
    if len(kinds) < 4 or kinds[-1] != "large" or kinds[0] != "num":
        return None
    if any(k not in ("num", "zero") for k in kinds[:-1]):
        return None
    # (三○二點四億, 七二九．二億: the last digit carries the decimals written after it)
    *head, (_, last) = tokens[:-1]
    digits = "".join(str(int(v)) for _, v in head) + repr(last).removesuffix(".0")
    return exact_product(float(digits), tokens[-1][1])


def _tens_before_vague(tokens: list[Token]) -> list[Token]:
    """``30幾億`` is ``三十幾億`` (30 to 39 億): an Arabic round number before 幾/數 gives
    its leading digit and its place, so the unknown digit takes the place below."""
    out: list[Token] = []
    for i, (kind, v) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if kind == "arabic" and nxt == "vague" and v >= 10 and v == int(v):
            digits = str(int(v))
            if digits[0] != "0" and set(digits[1:]) == {"0"}:
                out += [("num", float(digits[0])), ("small", float(10 ** (len(digits) - 1)))]
                continue
        out.append((kind, v))
    return out


def _parse(text: str) -> ParsedNumber | None:
    s = text.strip()
    sign = 1.0
    if s and s[0] in _SIGNS:
        sign, s = _SIGNS[s[0]], s[1:].lstrip()
    if not s:
        return None
    t = _tables()
    tokens = _tokenize(s)
    if not tokens:
        return None
    arabic = any(k == "arabic" for k, _ in tokens)
    tokens = _tens_before_vague(tokens)
    kinds = [k for k, _ in tokens]
    chinese = any(ch in t.digits or ch in t.small or ch in t.large or ch in t.vague for ch in s)
    magnitude = any(k in ("small", "large") for k in kinds)

    if len(tokens) == 1 and kinds[0] == "arabic":
        return ParsedNumber(value=sign * tokens[0][1], arabic=True, plain_digits=s.replace(",", ""))

    # Digit strings without magnitudes: 二〇二三 (positional, a year) or 三四 (three or four).
    if all(k in ("num", "zero") for k in kinds):
        if len(tokens) == 1:  # (三點五 is one token, 3.5: never truncate its decimals)
            return ParsedNumber(value=sign * tokens[0][1], chinese=True)
        digits = [int(v) for _, v in tokens]
        if len(digits) == 2 and digits[1] == digits[0] + 1 and digits[0] > 0:
            return ParsedNumber(
                value=sign * digits[0],
                upper=sign * digits[1],
                upper_inclusive=True,
                pair=True,
                chinese=True,
            )
        # 三個以上 digits, or two that are no pair (二九, 一○): digit by digit. Only a
        # percent takes such a number (二九％, 一○％); everywhere else it is a year or a word.
        return ParsedNumber(
            value=sign * float("".join(map(str, digits))), positional=True, chinese=True
        )

    positional = _positional_amount(tokens, kinds)
    if positional is not None:
        return ParsedNumber(value=sign * positional, chinese=True, magnitude=True)

    if "vague" in kinds:
        if kinds.count("vague") != 1 or "more" in kinds:
            return None
        i = kinds.index("vague")
        nxt = kinds[i + 1] if i + 1 < len(kinds) else None
        before = kinds[:i]
        last_large = max((j for j, k in enumerate(before) if k == "large"), default=-1)
        section_empty = not any(k in ("num", "arabic", "small") for k in before[last_large + 1 :])
        leading = nxt == "small" or (nxt == "large" and section_empty)

        def with_digit(d: float) -> float | None:
            r = _evaluate([("num", d) if k == "vague" else (k, v) for k, v in tokens])
            return None if r is None else r[0]

        v1, v9 = with_digit(1.0), with_digit(9.0)
        if v1 is None or v9 is None:
            return None
        place = (v9 - v1) / 8  # what one step of the unknown digit is worth
        floor = v1 if leading else v1 - place
        if floor <= 0:
            return None
        upper = v9 + place
        return ParsedNumber(
            value=sign * floor,
            upper=sign * upper,
            vague="some",
            chinese=chinese,
            arabic=arabic,
            magnitude=magnitude,
        )

    r = _evaluate(tokens)
    if r is None:
        return None
    value, more_place = r
    if value <= 0 and "more" in kinds:
        return None
    if "more" in kinds:
        more_upper = None if more_place is None else sign * (value + more_place)
        return ParsedNumber(
            value=sign * value,
            upper=more_upper,
            vague="more",
            chinese=chinese,
            arabic=arabic,
            magnitude=magnitude,
        )
    return ParsedNumber(value=sign * value, chinese=chinese, arabic=arabic, magnitude=magnitude)
