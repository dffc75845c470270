"""Numeral reading: Arabic, Chinese (小寫/大寫), mixed scripts and vague markers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.numerals import (
    english_magnitude,
    magnitude_value,
    number_pattern,
    parse_arabic,
    parse_number,
)

CASES: list[tuple[str, float, float | None]] = [
    # text, value, exclusive upper (None when the numeral itself sets none)
    ("2,550", 2550, None),
    ("181.2", 181.2, None),
    ("1,234.5", 1234.5, None),
    ("181.2億", 18_120_000_000, None),
    ("412.1億", 41_210_000_000, None),
    ("3.5萬", 35_000, None),
    ("3萬4千", 34_000, None),
    # a larger magnitude after a smaller one scales all before it (the mainland trillion)
    ("3.2萬億", 3_200_000_000_000, None),
    ("三萬億", 3_000_000_000_000, None),
    ("1萬5千億", 1_500_000_000_000, None),
    ("2萬多億", 2_000_000_000_000, 3_000_000_000_000),
    ("3億5千萬", 350_000_000, None),
    ("1,234百萬", 1_234_000_000, None),
    ("1 萬", 10_000, None),
    ("十二", 12, None),
    ("十", 10, None),
    ("二十", 20, None),
    ("兩百", 200, None),
    ("一百零五", 105, None),
    ("一萬五", 15_000, None),
    ("三百五", 350, None),
    ("一千四百", 1400, None),
    ("九十九", 99, None),
    ("三點五億", 350_000_000, None),
    ("壹仟貳佰參拾肆", 1234, None),
    ("壹佰億", 10_000_000_000, None),
    ("3兆8,772億", 3_877_200_000_000, None),
    ("2兆684億", 2_068_400_000_000, None),
    ("一萬多", 10_000, 20_000),
    ("1 萬多", 10_000, 20_000),
    ("十多", 10, 20),
    ("10多", 10, 20),
    ("1,000多", 1000, 2000),
    ("三十多萬", 300_000, 400_000),
    ("三十幾萬", 300_000, 400_000),
    ("數十萬", 100_000, 1_000_000),
    ("幾百", 100, 1000),
    ("十幾", 10, 20),
    ("-1.2", -1.2, None),
    # Chinese decimals on their own keep their decimals (二點九二個百分點)
    ("二點九二", 2.92, None),
    ("七點三七", 7.37, None),
    ("零點五", 0.5, None),
    # 廿 / 卅 / 卌: a digit and its 十 in one character
    ("三百廿三", 323, None),
    ("七百卅九", 739, None),
    ("廿五", 25, None),
    ("卌", 40, None),
    ("三百廿三億", 32_300_000_000, None),
    # spaces around the magnitude between two sections
    ("6 兆 3,313 億", 6_331_300_000_000, None),
    ("9.5 億 200 萬", 952_000_000, None),
    # an amount written digit by digit before its magnitude; ○ as a zero inside it
    ("七六五四億", 765_400_000_000, None),
    ("二一八億", 21_800_000_000, None),
    ("五○○億", 50_000_000_000, None),
    ("三○五萬", 3_050_000, None),
    # ... with decimals after its last digit (三○二點四億美元, 七二九．二億 folded)
    ("三○二點四億", 30_240_000_000, None),
    ("七二九.二億", 72_920_000_000, None),
    ("六六六六.五億", 666_650_000_000, None),
    # decimals after a section that ends in 十 or 百 belong to the whole section
    ("七十點二", 70.2, None),
    ("一百點五", 100.5, None),
    ("七十點二億", 7_020_000_000, None),
    # a circle for 〇 before a decimal point (年減○．五％, folded)
    ("○.五", 0.5, None),
    # 卄, the other form of 廿
    ("卄六", 26, None),
]


@pytest.mark.parametrize(("text", "value", "upper"), CASES)
def test_parse_number(text: str, value: float, upper: float | None) -> None:
    p = parse_number(text)
    assert p is not None
    assert p.value == pytest.approx(value)
    if upper is None:
        assert p.upper is None
    else:
        assert p.upper == pytest.approx(upper)


@pytest.mark.parametrize(
    "text", ["幾", "數", "一一", "12,34", "萬", "多", "三四五六", "", "三四億", "○○"]
)
def test_not_a_number(text: str) -> None:
    p = parse_number(text)
    assert p is None or p.positional  # 三四五六 reads digit by digit, never as a count


def test_positional_digits_are_years_not_counts() -> None:
    p = parse_number("二〇二三")
    assert p is not None and p.positional and p.value == 2023


def test_adjacent_digits_are_an_approximate_pair() -> None:
    p = parse_number("三四")
    assert p is not None and p.pair and (p.value, p.upper, p.upper_inclusive) == (3, 4, True)


def test_formal_characters_are_counted() -> None:
    p = parse_number("陸")
    assert p is not None and p.formal == 1 and p.value == 6
    assert parse_number("六") is not None and parse_number("六").formal == 0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "value"), [("1,234", 1234), ("12", 12), ("-3.5", -3.5), ("1,2345", None)]
)
def test_parse_arabic(text: str, value: float | None) -> None:
    assert parse_arabic(text) == value


def test_magnitudes() -> None:
    assert magnitude_value("萬") == 10_000
    assert magnitude_value("百萬") == 1_000_000
    assert magnitude_value("萬元") is None
    assert english_magnitude("Billion") == 1e9
    assert english_magnitude("dozen") is None


def test_pattern_keeps_table_rows_apart() -> None:
    rx = re.compile(number_pattern())
    assert [m.group() for m in rx.finditer("301 173 1,138")] == ["301", "173", "1,138"]
    assert rx.fullmatch("1 萬多")
    assert rx.fullmatch("181.2 億")


_DIGITS = "零一二三四五六七八九"


def _to_chinese(n: int) -> str:
    """Reference writer for Chinese numerals below 1e8 (一億 and up not needed here)."""

    def section(k: int) -> str:
        out = ""
        zero = False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // value % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + unit
        return out

    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    text = ""
    if high:
        text = section(high) + "萬"
        if low and low < 1000:
            text += "零"
    if low:
        text += section(low)
    return text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_round_trip(n: int) -> None:
    p = parse_number(_to_chinese(n))
    assert p is not None and p.value == n


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_with_thousands_separators(n: int) -> None:
    p = parse_number(f"{n:,}")
    assert p is not None and p.value == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["萬", "億", "百萬", "千"]))
def test_arabic_times_magnitude(n: int, mag: str) -> None:
    p = parse_number(f"{n}{mag}")
    assert p is not None and p.value == n * magnitude_value(mag)  # type: ignore[operator]
