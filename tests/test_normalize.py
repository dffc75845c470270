"""normalize: running headers/footers and page numbers go, real lines stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.chars import big5_glyph, big5_glyph_char, fold_width
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


# decks32: a chart's category axis at the foot of every slide (3Q24 2Q25 3Q25, a ROC one with
# its years 114Q4 114Q3 113Q4 114 113) repeats with other digits: a row of cells, no running
# line; a footer that only varies by its numbers still goes.
@pytest.mark.parametrize(
    ("foot", "kept"),
    [
        ("3Q24 2Q25 3Q25", True),
        ("114Q4 114Q3 113Q4 114 113", True),
        ("1H24 2H24 1H25", True),
        ("Q4'24 Q3'25 Q4'25", True),
        ("2024Q4 2025Q3 2025Q4", True),
        ("Copyright 2025 Example Inc.", False),
        # a footer naming its quarter among words, with the page number, still goes
        ("3Q25 Earnings Call 5", False),
    ],
)
def test_a_charts_period_axis_at_page_feet_is_no_running_line(foot: str, kept: bool) -> None:
    pages = [f"營業收入\n第{n}頁的內容。\n{foot}" for n in range(1, 5)]
    texts = [ln.text for ln in normalize(_raw(pages))]
    assert (foot in texts) is kept



@pytest.mark.parametrize("source", ["pdf", "txt_spaced", "txt_glued"])
def test_running_stamps_varying_by_page_are_removed(tmp_path: Path, source: str) -> None:
    """Time stamps, copyright lines and page counts go, also when glued to the last line;
    each page's title stays a line of its own."""
    from pipeline.run import build_document
    from tests import pdfgen
    from tests.conftest import IN_PROCESS

    if source == "pdf":
        path = tmp_path / "furniture.pdf"
        pdfgen.make_running_furniture_pdf(path)
    else:
        path = tmp_path / "furniture.txt"
        path.write_text(pdfgen.furniture_text(" " if source == "txt_spaced" else ""), "utf-8")
    doc = build_document(path, IN_PROCESS)
    expected = [line for body in pdfgen.FURNITURE_BODIES for line in body]
    assert doc.text.split("\n") == expected
    for page, body in zip(doc.pages, pdfgen.FURNITURE_BODIES, strict=True):
        assert doc.text[page.start : page.end].strip().split("\n") == list(body)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("© 2026 TSMC, Ltd {} TSMC Property", False),  # words among its numbers: a footer
        ("自體免疫細胞治療 301 173 1,13{}", True),  # a table row at the page's foot
    ],
)
def test_footers_with_numbers_are_not_table_rows(line: str, kept: bool) -> None:
    bodies = ["市場成長。", "廠商投入研發。", "政府推動政策。", "產值創新高。"]
    pages = [f"{body}\n{line.format(i)}" for i, body in enumerate(bodies, 1)]
    texts = [ln.text for ln in normalize(_raw(pages))]
    if kept:
        assert texts == [x for i, body in enumerate(bodies, 1) for x in (body, line.format(i))]
    else:
        assert texts == bodies


# A text file's blank line ends its paragraph (the links' paragraph-year rules need the
# paragraphs apart), unless the text is double spaced: a blank line after most lines, most
# of them wrapped mid sentence (text copied from a PDF), where only a run of two does.
_P1 = "甲公司今年營收成長兩成，董事長表示下半年訂單能見度佳。"
_P2 = "乙公司去年營收為30億元，法人預估今年營收將成長10%，動能來自新產品放量與海外客戶拉貨"
_P3 = "丙公司表示今年持續擴產。"


@pytest.mark.parametrize(
    ("text", "after_blank"),
    [
        # paragraphs apart: each blank line is a break
        (f"{_P1}\n\n{_P2}\n\n{_P3}\n", [False, True, True]),
        (f"{_P1}\n{_P2}\n\n{_P3}\n", [False, False, True]),
        # no blank line: nothing is marked
        (f"{_P1}\n{_P2}\n{_P3}\n", [False, False, False]),
        # double spaced wrapped lines: a single blank is spacing, two end a paragraph
        (
            "甲公司今年營收成長兩成，董事長表示\n\n下半年訂單能見度佳，主要受惠於\n\n"
            "伺服器需求。\n\n\n乙公司去年營收為30億元，毛利率\n\n為25%。\n",
            [False, False, False, True, False],
        ),
    ],
)
def test_a_blank_line_ends_a_paragraph(text: str, after_blank: list[bool]) -> None:
    assert [ln.after_blank for ln in normalize(_raw([text]))] == after_blank


# Glyph ids read from an annual report set in 標楷體 with no ToUnicode map (pdfium gave
# each as a code point: ``Ϧљ`` for 公司, ``Ǻ`` after every field name, ``Ƕ`` ending
# each sentence, ``!`` between words).
@pytest.mark.parametrize(
    ("glyph", "char"),
    [
        (998, "公"),
        (1113, "司"),
        (506, "："),
        (502, "。"),
        (500, "，"),
        (33, " "),
        (67, "B"),
        (499, "\u3000"),
        (31, None),
        (300, None),
    ],
)
def test_a_big5_ordered_glyph_id_reads_as_its_character(glyph: int, char: str | None) -> None:
    assert big5_glyph_char(glyph) == char


# Big5's two ranges of characters (A440–C67E, C940–F9D5) and its symbols, each a
# round trip through its glyph id, also past the 63 reserved codes A3C0–A3FE.
_BIG5_CHARS = st.builds(
    lambda lead, trail: bytes((lead, trail)).decode("cp950", errors="replace"),
    st.integers(0xA1, 0xF9),
    st.one_of(st.integers(0x40, 0x7E), st.integers(0xA1, 0xFE)),
).filter(lambda ch: ch not in "\ufffd€" and len(ch.encode("cp950", errors="ignore")) == 2)


@given(_BIG5_CHARS)
def test_a_big5_character_round_trips_through_its_glyph_id(ch: str) -> None:
    assert big5_glyph_char(big5_glyph(ch)) == ch
