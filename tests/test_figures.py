"""figures: captions, their source lines and the sentences that cite them."""

from __future__ import annotations

import pytest

from pipeline.extract.figures import extract_figures, find_figure_captions
from pipeline.extract.tables.captions import find_references
from pipeline.models import Document
from tests.test_tables import make_doc

SEED_SOURCE = "Alliance for Regenerative Medicine；DCB產資組 ITIS研究團隊（2024/01）"
SEED_CAPTIONS = [
    "2023 年全球細胞及基因治療臨床試驗件數分布－依臨床試驗期程",
    "2023 年全球細胞及基因治療臨床試驗件數分布－依適應症為腫瘤治療之腫瘤型態",
    "2023 年全球細胞及基因治療臨床試驗件數分布－依適應症類別",
]


def _sentence(doc: Document, i: int) -> str:
    s = doc.sentences[i]
    return doc.text[s.start : s.end]


def test_seed_figures(seed_doc: Document) -> None:
    figures = extract_figures(seed_doc)
    assert [f.id for f in figures] == ["f1", "f2", "f3"]
    assert [f.figure_id for f in figures] == ["圖 1", "圖 2", "圖 3"]
    assert [f.caption for f in figures] == SEED_CAPTIONS  # 圖 2 joined across its wrap
    for k, f in enumerate(figures, start=1):
        assert seed_doc.text[f.span.start : f.span.end] == f.text
        assert f.text.startswith(f"圖 {k} ")
        assert f.source_text == SEED_SOURCE and f.source_date == "2024-01"
        assert f.rule == "figures.caption.v1"
        assert len(f.cited_in) == 1
        assert _sentence(seed_doc, f.cited_in[0]).endswith(f"（圖 {k}）。")
        assert f.cited_in[0] < (f.sentence or 0)
    assert [f.page for f in figures] == [seed_doc.page_at(f.span.start) for f in figures]
    # The document's figures are these, with the stable ids the run assigns at the end.
    assert [f.model_dump(exclude={"id"}) for f in seed_doc.facts.figures] == [
        f.model_dump(exclude={"id"}) for f in figures
    ]


def test_source_after_captions_is_taken_when_the_document_does_so() -> None:
    doc = make_doc(
        [
            ("paragraph", "市場持續成長（圖 1）。"),
            ("figure_caption", "圖 1 全球市場規模"),
            ("source", "資料來源：IQVIA（2023/05）"),
            ("figure_caption", "圖 2 臺灣市場規模"),
            ("source", "資料來源：本研究整理（2024/01）"),
            ("paragraph", "如圖 2 所示，臺灣市場亦成長。"),
        ]
    )
    f1, f2 = extract_figures(doc)
    assert (f1.source_text, f1.source_date) == ("IQVIA（2023/05）", "2023-05")
    assert (f2.source_text, f2.source_date) == ("本研究整理（2024/01）", "2024-01")
    assert [_sentence(doc, i) for i in f2.cited_in] == ["如圖 2 所示，臺灣市場亦成長。"]


def test_a_table_source_is_not_a_figure_source() -> None:
    doc = make_doc(
        [
            ("table_caption", "表 1 統計"),
            ("table", "項目 件數\nA 1"),
            ("source", "資料來源：衛福部（2024/01）"),
            ("figure_caption", "圖 1 趨勢"),
            ("paragraph", "本段說明趨勢。"),
        ]
    )
    (fig,) = extract_figures(doc)
    assert fig.source_text is None and fig.source_date is None


def test_source_before_caption_with_footer_between() -> None:
    doc = make_doc(
        [
            ("source", "資料來源：ARM（2024/01）", 1),
            ("footer", "原文出處：ITIS智網", 1),
            ("figure_caption", "圖 1 臨床試驗件數", 2),
        ]
    )
    (fig,) = find_figure_captions(doc)
    assert fig.source_block == 0


def test_caption_left_as_paragraph_is_found() -> None:
    doc = make_doc([("paragraph", "說明（圖 3）。"), ("paragraph", "圖 3 全球產值分布")])
    (fig,) = extract_figures(doc)
    assert fig.figure_id == "圖 3" and fig.caption == "全球產值分布" and fig.cited_in == [0]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("超過五成臨床試驗案於該階段（圖 1）。", ["圖 1"]),
        ("如圖 1、2 所示。", ["圖 1", "圖 2"]),
        ("詳見圖 1 及圖 3。", ["圖 1", "圖 3"]),
        ("分布如（圖 2～4）。", ["圖 2", "圖 3", "圖 4"]),
        ("請參考圖２－１。", ["圖 2-1"]),
        ("從地圖 1 可知。", []),
        ("產業藍圖 2 的規劃。", []),
    ],
)
def test_figure_references(sentence: str, labels: list[str]) -> None:
    doc = make_doc([("paragraph", "前言。"), ("paragraph", sentence)])
    refs = find_references(doc, "figure")
    assert sorted(refs) == labels
    assert all(v == [1] for v in refs.values())


def test_a_paragraph_opening_with_a_figure_reference_cites_it() -> None:
    doc = make_doc(
        [("paragraph", "圖 1 顯示，全球市場持續成長。"), ("figure_caption", "圖 1 全球市場")]
    )
    (fig,) = extract_figures(doc)
    assert fig.cited_in == [0]
