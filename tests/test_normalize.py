"""normalize: running headers/footers and page numbers go, real lines stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.chars import fold_width
from pipeline.models import PageText, RawDocument
from pipeline.normalize import is_page_number, normalize


def _raw(pages: list[str]) -> RawDocument:
    return RawDocument(
        path="x.txt",
        sha256="0" * 64,
        format="txt",
        pages=[PageText(number=i + 1, text=t, extractor="text") for i, t in enumerate(pages)],
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3", True),
        ("- 12 -", True),
        ("第 4 頁", True),
        ("Page 7", True),
        ("5 / 26", True),
        ("iv", True),
        ("〜4〜", True),
        ("〜4-1〜", True),
        ("2023 年細胞及基因治療", False),
        ("總計 502 258 1,398", False),
        ("一、結語", False),
    ],
)
def test_is_page_number(line: str, expected: bool) -> None:
    assert is_page_number(line) is expected


def test_running_header_and_page_numbers_removed() -> None:
    bodies = ["市場成長。", "廠商投入研發。", "政府推動政策。", "產值創新高。"]
    pages = [f"ITIS 產業評析\n{body}\n- {i} -" for i, body in enumerate(bodies, 1)]
    lines = normalize(_raw(pages))
    assert [ln.text for ln in lines] == bodies
    assert [ln.page for ln in lines] == [1, 2, 3, 4]


def test_source_lines_repeated_at_page_edges_are_kept() -> None:
    src = "資料來源：DCB產資組 ITIS研究團隊（2024/01）"
    pages = [f"{src}\n正文{i}。\n圖 {i} 說明" for i in range(1, 4)]
    texts = [ln.text for ln in normalize(_raw(pages))]
    assert texts.count(src) == 3


@given(st.text())
def test_fold_width_keeps_length(text: str) -> None:
    assert len(fold_width(text)) == len(text)


@given(st.lists(st.text(), min_size=1, max_size=4))
def test_normalize_never_raises_and_lines_are_clean(pages: list[str]) -> None:
    for line in normalize(_raw(pages)):
        assert line.text == line.text.strip()
        assert line.text
        assert "\n" not in line.text


def test_table_rows_at_page_edges_are_not_running_lines() -> None:
    pages = [
        f"ITIS 產業評析\n項目{i}A 1{i} 2{i} 3{i}\n中間的說明文字第{i}段。"
        f"\n項目{i}B 4{i} 5{i} 6{i}\n{i}"
        for i in range(1, 5)
    ]
    texts = [ln.text for ln in normalize(_raw(pages))]
    assert "項目1A 11 21 31" in texts and "項目4B 44 54 64" in texts
    assert "ITIS 產業評析" not in texts
