"""ingest: encodings, page breaks, PDF engines and their fallbacks, clear errors."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import DEFAULT_SETTINGS, Settings
from pipeline.errors import (
    CorruptPDFError,
    EmptyInputError,
    EncryptedPDFError,
    InputError,
    NoTextLayerError,
    TooLargeError,
    TooManyPagesError,
    UnsupportedFormatError,
)
from pipeline.ingest import (
    SHADOW_MAX,
    SHADOW_SHARE,
    Glyph,
    _dedupe_glyphs,
    common_share,
    decode_text,
    ingest,
    measure_page,
    split_text_pages,
)
from tests import pdfgen
from tests.conftest import RAW

SEED = (RAW / "seed.txt").read_text(encoding="utf-8")
SAMPLE = "2023 年細胞及基因治療產業回顧，衛福部核准 258 件。"
ENGINES = pytest.mark.parametrize("engine", ["auto", "pdfplumber"])


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("cp950"), "cp950"),
        (SAMPLE.encode("big5"), "cp950"),
    ],
)
def test_decode_text_detects_encoding(data: bytes, encoding: str) -> None:
    text, enc = decode_text(data)
    assert text == SAMPLE
    assert enc == encoding


@pytest.mark.parametrize(
    ("ch", "expected"),
    [
        ("\uf90a", "金"),  # CJK compatibility ideograph 金
        ("\uf98e", "年"),
        ("\u2f75", "竹"),  # Kangxi radical 竹 (新竹 in a filing's address)
        ("\u2f00", "一"),
        ("\ufa0e", "\ufa0e"),  # a unified ideograph inside the compatibility block stays
        ("金", "金"),
        ("A", "A"),
        ("（", "（"),
    ],
)
def test_compatibility_ideographs_are_unified(ch: str, expected: str) -> None:
    from pipeline.chars import unified_ideograph

    assert unified_ideograph(ch) == expected


def test_big5_copy_of_the_sample_gives_the_same_document(tmp_path: Path) -> None:
    from pipeline.run import build_document

    big5 = tmp_path / "seed_big5.txt"
    big5.write_bytes(SEED.encode("cp950"))
    a = build_document(RAW / "seed.txt", Settings(isolate=False))
    b = build_document(big5, Settings(isolate=False))
    assert b.source.encoding == "cp950"
    assert a.text == b.text
    assert [x.kind for x in a.blocks] == [x.kind for x in b.blocks]


def test_sample_pages_from_one_space_page_starts() -> None:
    pages = split_text_pages(SEED)
    assert len(pages) == 6
    assert pages[1].lstrip().startswith("在多樣產品上市")
    assert pages[4].lstrip().startswith("表 1")


def test_form_feeds_split_pages() -> None:
    assert split_text_pages("甲\f乙\f丙") == ["甲", "乙", "丙"]
    assert split_text_pages("甲\f乙\f\f") == ["甲", "乙"]


def test_controls_nuls_and_crlf_are_cleaned(tmp_path: Path) -> None:
    f = tmp_path / "dirty.txt"
    f.write_bytes("第一行\r\n第二\x00行\x07\r\n".encode())
    raw = ingest(f).raw
    assert raw.pages[0].text == "第一行\n第二行\n"


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", EmptyInputError),
        ("blank.txt", b"  \n\n \x00", EmptyInputError),
        ("fake.pdf", b"this is not a pdf at all", UnsupportedFormatError),
        ("image.png", b"\x89PNG\r\n\x1a\n....", UnsupportedFormatError),
    ],
)
def test_bad_inputs_raise_clear_errors(tmp_path: Path, name: str, data: bytes, error: type) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(error) as exc:
        ingest(f)
    assert name in str(exc.value)
    assert "\n" not in str(exc.value)


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:  # sparse: refused by size, never read
        fh.seek(10_000_000)
        fh.write(b"x")
    with pytest.raises(TooLargeError, match="limit"):
        ingest(f, Settings(max_bytes=1_000_000))


def test_page_quality_spots_garbled_cjk() -> None:
    good = measure_page(SEED)
    assert good.common_share > 0.99
    garbled = measure_page("2023 笙棇自陋趴膊範莩䃟猧苛桲")
    assert garbled.common_share < 0.7
    assert measure_page("(cid:123)(cid:456)").cid == 2
    assert common_share("abc") == 1.0


# --------------------------------------------------------------------------- PDFs


@pytest.mark.parametrize(
    ("engine", "extractor"), [("auto", "pypdfium2"), ("pdfplumber", "pdfplumber")]
)
def test_embedded_font_pdf(tmp_path: Path, engine: str, extractor: str) -> None:
    path = tmp_path / "report.pdf"
    pdfgen.make_report_pdf(path, ["2023 年細胞及基因治療產業回顧\n衛福部核准 258 件細胞治療計畫。"])
    raw = ingest(path, Settings(pdf_engine=engine)).raw
    assert raw.pages[0].extractor == extractor
    assert "細胞及基因治療產業回顧" in raw.pages[0].text
    assert "258 件" in raw.pages[0].text
    assert raw.pages[0].boxes is not None and len(raw.pages[0].boxes) == len(raw.pages[0].text)


def test_msung_cid_font_falls_back_to_pdfium(tmp_path: Path) -> None:
    path = tmp_path / "msung.pdf"
    lines = ["2023 年細胞及基因治療產業回顧", "全球細胞及基因治療市場為 181.2億美元"]
    pdfgen.make_msung_pdf(path, lines)
    page = ingest(path, Settings(pdf_engine="pdfplumber")).raw.pages[0]
    assert page.extractor == "pypdfium2"
    assert any(f.startswith("garbled_in_pdfplumber") for f in page.flags)
    for line in lines:
        assert line in page.text
    auto = ingest(path).raw.pages[0]  # pypdfium2 first: decoded right away
    assert auto.extractor == "pypdfium2" and all(line in auto.text for line in lines)


@ENGINES
def test_fake_bold_is_deduplicated(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "bold.pdf"
    pdfgen.make_fake_bold_pdf(path, ["公司營收創新高"])
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    assert "公司營收創新高" in text
    assert "公公" not in text


@ENGINES
def test_offbaseline_digits_stay_on_their_line(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "digits.pdf"
    pdfgen.make_offbaseline_digits_pdf(path)
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    assert "2026 年第 1 季" in text


@ENGINES
def test_two_column_page_reads_column_by_column(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "cols.pdf"
    fixture = pdfgen.make_two_column_pdf(path)
    page = ingest(path, Settings(pdf_engine=engine)).raw.pages[0]
    assert "multi_column" in page.flags
    text = page.text.replace("\n", "").replace(" ", "")
    left, right = (c.replace("\n", "").replace(" ", "") for c in pdfgen.COLUMN_TEXTS[:2])
    assert left in text and right in text
    assert text.index(left) < text.index(right)
    assert fixture.n_pages == 1


@ENGINES
def test_encrypted_empty_password_is_read(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "aes.pdf"
    pdfgen.make_encrypted_pdf(path)
    raw = ingest(path, Settings(pdf_engine=engine)).raw
    assert any(p.text.strip() for p in raw.pages)
    assert "pypdfium2" in {p.extractor for p in raw.pages}


@ENGINES
def test_private_use_characters_are_kept_and_flagged(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "pua.pdf"
    pdfgen.make_private_use_pdf(path)
    page = ingest(path, Settings(pdf_engine=engine)).raw.pages[0]
    assert "private_use" in page.flags
    assert any(0xE000 <= ord(c) <= 0xF8FF for c in page.text)


@pytest.mark.parametrize(
    ("maker", "error"),
    [
        ("make_truncated_pdf", (CorruptPDFError, NoTextLayerError)),
        ("make_corrupt_pdf", (CorruptPDFError, NoTextLayerError)),
        ("make_password_pdf", EncryptedPDFError),
        ("make_image_only_pdf", NoTextLayerError),
    ],
)
@ENGINES
def test_broken_pdfs_raise_typed_errors(
    tmp_path: Path, maker: str, error: type, engine: str
) -> None:
    path = tmp_path / f"{maker}.pdf"
    getattr(pdfgen, maker)(path)
    with pytest.raises(error) as exc:
        ingest(path, Settings(pdf_engine=engine))
    assert isinstance(exc.value, InputError)
    assert path.name in str(exc.value)


@ENGINES
def test_a_damaged_pdf_after_an_encrypted_one_is_damaged(tmp_path: Path, engine: str) -> None:
    """PDFium keeps its last error per thread, and a failed load need not set it: a damaged
    file read right after an encrypted one must not be reported as encrypted (E111)."""
    locked = tmp_path / "locked.pdf"
    broken = tmp_path / "broken.pdf"
    pdfgen.make_password_pdf(locked)
    pdfgen.make_corrupt_pdf(broken, seed=1, n_hits=40)
    with pytest.raises(EncryptedPDFError):
        ingest(locked, Settings(pdf_engine=engine))
    with pytest.raises((CorruptPDFError, NoTextLayerError)) as exc:
        ingest(broken, Settings(pdf_engine=engine))
    assert not isinstance(exc.value, EncryptedPDFError)


def test_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "many.pdf"
    pdfgen.make_many_pages_pdf(path, 30)
    with pytest.raises(TooManyPagesError):
        ingest(path, Settings(max_pages=20))


@ENGINES
def test_three_column_slide_reads_column_by_column(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "slide.pdf"
    fixture = pdfgen.make_three_column_slide_pdf(path)
    page = ingest(path, Settings(pdf_engine=engine)).raw.pages[0]
    assert "multi_column" in page.flags
    got = page.text.replace("\n", "").replace(" ", "")
    want = fixture.pages[0].replace("\n", "").replace(" ", "")
    assert got == want


@pytest.mark.parametrize(
    ("engine", "extractor"), [("auto", "pypdfium2"), ("pdfplumber", "pdfplumber")]
)
def test_seed_pdf_gives_the_same_text_as_the_seed_txt(engine: str, extractor: str) -> None:
    from difflib import SequenceMatcher

    from pipeline.run import build_document

    txt = build_document(RAW / "seed.txt", Settings(isolate=False))
    pdf = build_document(RAW / "seed.pdf", Settings(isolate=False, pdf_engine=engine))
    assert pdf.source.page_extractors == [extractor] * 6
    assert [b.kind for b in pdf.blocks] == [b.kind for b in txt.blocks]
    # Only inter-word spaces at PDF line ends may differ.
    ops = SequenceMatcher(None, txt.text, pdf.text, autojunk=False).get_opcodes()
    changed = [txt.text[a:b] + pdf.text[c:d] for op, a, b, c, d in ops if op != "equal"]
    assert all(not ch.strip() for ch in changed), changed


@ENGINES
def test_lines_set_solid_are_not_interleaved(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "solid.pdf"
    fixture = pdfgen.make_tight_lines_pdf(path)
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    assert text.split("\n") == fixture.pages[0].split("\n")


@ENGINES
def test_glyph_kerned_under_a_bracket_keeps_its_order(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "kerned.pdf"
    pdfgen.make_kerned_bracket_pdf(path)
    assert ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text == "(七)關係人交易"


def test_running_header_splits_pages_of_an_unmarked_dump() -> None:
    body = "".join(f"ITIS 產業評析\n第{i}段內容。\n{i}\n" for i in range(1, 4))
    assert len(split_text_pages(body)) == 3
    captions = "".join(f"資料來源：同上\n第{i}段。\n" for i in range(5))
    assert len(split_text_pages(captions)) == 1


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("第一行報告\n".encode() + "第二行報告\n".encode("cp950") + "第三行".encode(), "mixed"),
        ("報告內容".encode()[:4] + b"\x00" + "報告內容".encode()[4:] + b"!" * 300, "NUL"),
        ("報告".encode() + b"\xed\xa0\x80" + "內容".encode(), "surrogates"),
    ],
)
def test_damaged_encodings_are_recovered(data: bytes, encoding: str) -> None:
    text, enc = decode_text(data)
    assert encoding in enc
    assert "報告" in text


def test_pdf_facts_carry_page_and_bbox_of_their_glyphs() -> None:
    import pdfplumber

    from pipeline.run import build_document

    doc = build_document(RAW / "seed.pdf", Settings(isolate=False))
    quantities = [q for q in doc.facts.quantities if q.text == "181.2億美元"]
    assert quantities and quantities[0].bbox is not None
    q = quantities[0]
    x0, top, x1, bottom = q.bbox
    with pdfplumber.open(RAW / "seed.pdf") as pdf:
        page = pdf.pages[q.page - 1]
        cropped = page.within_bbox((x0 - 1, top - 1, x1 + 1, bottom + 1)).extract_text()
    assert "181.2" in cropped and "億美元" in cropped
    assert all(f.bbox is not None for f in doc.facts.dates)


# --------------------------------------------------------------------------- issue 11: text layer

_CJK_SPACE_CJK = re.compile(r"(?=[\u4e00-\u9fff] [\u4e00-\u9fff])")


def _plumber_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("turn", [1, -1])
def test_text_set_a_quarter_turn_reads_in_its_own_frame(tmp_path: Path, turn: int) -> None:
    """A landscape table printed a quarter turn on a portrait page (annual reports'
    director rosters) reads line by line as printed, after the page's upright heading,
    not as columns of single glyphs (6121's annual report: 2325 CJK␣CJK pairs, 1630 of
    its 1909 glyphs on one page turned); each glyph keeps its box on the page."""
    path = tmp_path / "turned.pdf"
    fixture = pdfgen.make_turned_table_pdf(path, turn)
    page = ingest(path).raw.pages[0]
    assert page.text == fixture.pages[0]  # the spaces the roster typed, no others
    assert page.boxes is not None and len(page.boxes) == len(page.text)
    k = page.text.index("王大明")
    box = page.boxes[k]
    assert box is not None
    x0, top, x1, bottom = box
    # on the page a turned glyph's neighbour along its line stands below (or above) it
    nxt = page.boxes[k + 1]
    assert nxt is not None and abs(nxt[0] - x0) < 1 and (nxt[1] - top) * turn > 0
    assert 0 <= x0 < x1 <= pdfgen.A4_W and 0 <= top < bottom <= pdfgen.A4_H


@ENGINES
def test_letter_spaced_and_justified_cjk_reads_solid(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "spaced.pdf"
    fixture = pdfgen.make_letter_spaced_pdf(path)
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    plumber = _plumber_text(path)
    # The trap is real: pdfplumber's own text is letter-spaced.
    assert "資 產 負 債 表" in plumber and "安 侯 建 業" in plumber
    assert text.split("\n") == fixture.pages[0].split("\n")
    assert len(_CJK_SPACE_CJK.findall(text)) <= len(_CJK_SPACE_CJK.findall(plumber))


@pytest.mark.parametrize(
    ("gaps", "wide", "expected"),
    [
        # Evenly spread CJK (justified): no gap stands out, no space.
        ([2.0, 2.0, 2.0, 2.0], True, [False] * 4),
        # A column gap in a justified row stays a space.
        ([2.0, 2.0, 30.0, 2.0, 2.0], True, [False, False, True, False, False]),
        # Latin words set solid: the word space stays.
        ([0.0, 0.0, 3.0, 0.0, 0.0], False, [False, False, True, False, False]),
    ],
)
def test_space_after_measures_gaps_against_the_row(
    gaps: list[float], wide: bool, expected: list[bool]
) -> None:
    from pipeline.ingest import Glyph, space_after

    ch = "字" if wide else "a"
    advance = 10.0 if wide else 5.0
    row = []
    x = 0.0
    for gap in [0.0, *gaps]:
        x += gap
        row.append(Glyph(ch, x, 0.0, x + advance, 10.0, origin=x, em=10.0))
        x += advance
    assert space_after(row) == expected


@pytest.mark.parametrize(
    ("engine", "hidden"),
    [("auto", ("off_page", "white", "clipped")), ("pdfplumber", ("off_page", "white"))],
)
def test_hidden_text_is_dropped_and_the_page_flagged(
    tmp_path: Path, engine: str, hidden: tuple[str, ...]
) -> None:
    path = tmp_path / "hidden.pdf"
    fixture = pdfgen.make_hidden_text_pdf(path)
    page = ingest(path, Settings(pdf_engine=engine)).raw.pages[0]
    assert "hidden_text" in page.flags
    for line in fixture.pages[0].split("\n"):  # white on a dark bar is visible: kept
        assert line in page.text
    for key in hidden:
        assert fixture.extra["hidden"][key] not in page.text, key


@ENGINES
def test_shadowed_title_is_read_once(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "shadow.pdf"
    fixture = pdfgen.make_shadow_title_pdf(path)
    assert "連連線線" in _plumber_text(path)  # the trap is real
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    assert text.split("\n") == fixture.pages[0].split("\n")


@ENGINES
def test_side_box_beside_a_slide_table_is_read_apart(tmp_path: Path, engine: str) -> None:
    """The side box's title shares a text line with a table row; table rows with
    parenthesized negatives stay one line each."""
    from pipeline.run import build_document

    path = tmp_path / "side.pdf"
    fixture = pdfgen.make_side_box_slide_pdf(path)
    doc = build_document(path, Settings(pdf_engine=engine, isolate=False))
    lines = doc.text.split("\n")
    assert sorted(lines) == sorted(fixture.pages[0].split("\n"))
    rows = [" ".join(r) for r in pdfgen.SIDE_TABLE_ROWS]
    assert [ln for ln in lines if ln in rows] == rows


@ENGINES
def test_side_title_and_note_in_their_own_sizes_are_read_apart(tmp_path: Path, engine: str) -> None:
    """A title in large type and a note in small type left of a table share text lines
    with its rows, off the rows' baseline: the box is read apart (its first line, longer
    than the rest, whole; the note's last lines, below the table, with the note), and no
    gap between the box and a row becomes a space between two CJK words."""
    path = tmp_path / "side-note.pdf"
    pdfgen.make_side_note_slide_pdf(path)
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    lines = text.split("\n")
    rows = [" ".join(r) for r in pdfgen.SIDE_NOTE_ROWS]
    assert [ln for ln in lines if ln in rows] == rows
    box = [*pdfgen.SIDE_NOTE_TITLE, *pdfgen.SIDE_NOTE_LINES]
    start = lines.index(box[0])
    assert lines[start : start + len(box)] == box
    assert re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", text) is None


def test_distributed_line_reads_as_one_phrase() -> None:
    """``中  華  民  國  114  年  5  月  13  日`` spread over a whole line (seen under an
    auditor's signatures): one phrase, not ten words."""
    from pipeline.ingest import Glyph, rows_to_text

    row: list[Glyph] = []
    x = 50.0
    for word in ("中", "華", "民", "國", "114", "年", "5", "月", "13", "日"):
        for ch in word:
            wide = not ch.isdigit()
            advance = 12.0 if wide else 6.0
            row.append(Glyph(ch, x, 0.0, x + advance, 12.0, origin=x, em=12.0))
            x += advance + (0.0 if wide else 0.3)
        x += 37.5
    text, _ = rows_to_text([row])
    assert text == "中華民國114年5月13日"


@ENGINES
def test_spread_label_before_its_amount_reads_solid(tmp_path: Path, engine: str) -> None:
    """A label spread over its column with its amount only a little further off than its
    own glyph gaps (annual reports' condensed statements): one word, the amount apart;
    three cells each holding one mark stay three."""
    path = tmp_path / "spread-labels.pdf"
    fixture = pdfgen.make_spread_labels_pdf(path)
    plumber = _plumber_text(path)
    assert "營 業 成 本" in plumber  # the trap is real
    text = ingest(path, Settings(pdf_engine=engine)).raw.pages[0].text
    assert text.split("\n") == fixture.pages[0].split("\n")
    assert len(_CJK_SPACE_CJK.findall(text)) < len(_CJK_SPACE_CJK.findall(plumber))


def _spread_row(cells: list[tuple[str, float]], em: float = 10.0) -> list[Glyph]:
    """Glyphs of ``(text, gap before)`` cells: wide glyphs an em wide, digits half."""
    row: list[Glyph] = []
    x = 0.0
    for text, gap in cells:
        x += gap
        for ch in text:
            advance = em if not ch.isascii() else em / 2
            row.append(Glyph(ch, x, 0.0, x + advance, em, origin=x, em=em))
            x += advance
    return row


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # a spread label, its amount a little further off than its own gaps: one word
        ([("營", 0), ("業", 14), ("成", 14), ("本", 14), ("68,695", 18)], "營業成本 68,695"),
        # the same with a Latin word after it
        ([("資", 0), ("本", 9), ("額", 9), ("NT", 12)], "資本額 NT"),
        # one mark repeated: three cells, not a word
        ([("無", 0), ("無", 14), ("無", 14), ("928", 18)], "無 無 無 928"),
        # two glyphs tell nothing (``是  否`` may be two cells): as before, apart
        ([("是", 0), ("否", 14), ("3", 18)], "是 否 3"),
        # the next glyph wide and not clearly further off: the run stays apart
        (
            [("名", 0), ("稱", 0), ("主", 20), ("要", 14), ("股", 14), ("東", 14)],
            "名稱 主 要 股 東",
        ),
        # closer to the amount than its own gaps: no word set apart
        ([("營", 0), ("業", 14), ("成", 14), ("本", 14), ("68", 10), ("9", 0)], "營 業 成 本 689"),
    ],
)
def test_spread_run_set_apart_from_a_number_is_one_word(
    cells: list[tuple[str, float]], expected: str
) -> None:
    from pipeline.ingest import rows_to_text

    # digits at no gap keep the row's usual gap at zero, as in a statement's row
    text, _ = rows_to_text([_spread_row([*cells, ("1234", 30)])])
    assert text.removesuffix(" 1234") == expected


def _padded_row(cells: list[tuple[str, float, int]], em: float = 10.0) -> list[Glyph]:
    """Glyphs of ``(text, gap before in ems, ideographic spaces typed before)`` cells."""
    row: list[Glyph] = []
    x = 0.0
    for text, gap, pad in cells:
        x += gap * em
        for k, ch in enumerate(text):
            row.append(
                Glyph(
                    ch,
                    x,
                    0.0,
                    x + em,
                    em,
                    origin=x,
                    em=em,
                    spaced=pad > 0 and not k,
                    padding=pad if not k else 0,
                )
            )
            x += em
    return row


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # a label padded to its column's width by one typed U+3000, cells 1.3 em off
        ([("積", 0, 0), ("盈", 1.3, 0), ("餘", 1.0, 1), ("合", 1.3, 0)], "積 盈餘 合"),
        # three typed spaces, three ems
        ([("計", 0, 0), ("差", 1.3, 0), ("額", 3.05, 3), ("權益", 1.3, 0)], "計 差額 權益"),
        # a padded label whose row's cells stand barely an em apart: the padding still
        # tells the label, and an em off it is another cell
        ([("％", 0, 0), ("金", 1.1, 0), ("額", 2.0, 2), ("％", 1.1, 0)], "％ 金額 ％"),
        # the gap wider than the spaces typed there: a column gap, not padding
        (
            [("餘公積", 0, 0), ("盈", 1.3, 0), ("餘", 2.6, 1), ("合計", 1.3, 0)],
            "餘公積 盈 餘 合計",
        ),
        # one mark repeated: two cells
        (
            [("餘公積", 0, 0), ("無", 1.3, 0), ("無", 1.0, 1), ("合計", 1.3, 0)],
            "餘公積 無 無 合計",
        ),
        # words of several glyphs with a typed space between: two words (a title, a name)
        ([("中華民國", 0, 0), ("王大明", 1.0, 1)], "中華民國 王大明"),
        # a padded name right after a colon: the colon ends the label, the name is a word
        ([("董事長：", 0, 0), ("王", 0.0, 0), ("明", 1.0, 1)], "董事長：王明"),
        # in brackets, and after an enumeration comma
        ([("代表人（", 0, 0), ("陳", 0.0, 0), ("華", 1.0, 1), ("）", 0.0, 0)], "代表人（陳華）"),
        ([("林志明、", 0, 0), ("王", 0.0, 0), ("明", 1.0, 1)], "林志明、王明"),
        # a padded pair run into a word before it: no cell of its own, left as it was
        ([("董事長", 0, 0), ("王", 0.0, 0), ("明", 1.0, 1)], "董事長王 明"),
    ],
)
def test_a_label_padded_with_ideographic_spaces_reads_solid(
    cells: list[tuple[str, float, int]], expected: str
) -> None:
    """8481's equity statement: ``盈　餘`` under ``未分配``, ``金　　額`` over each amount
    column, set with typed U+3000 to a longer name's width, read as two words since the
    turned glyphs are measured from their pen (the spread-cell rule cannot tell two
    glyphs from two one-glyph cells); a gap of exactly the typed spaces' ems is theirs."""
    from pipeline.ingest import rows_to_text

    text, _ = rows_to_text([_padded_row(cells)])
    assert text == expected


@pytest.mark.parametrize("turn", [0, 1, -1])
def test_a_padded_header_cell_reads_solid_on_the_page(tmp_path: Path, turn: int) -> None:
    """The same on a PDF, upright and printed a quarter turn: the ideographic spaces are
    read from the PDF's own text (typed, not generated), counted on the glyph after them,
    and a header of padded labels reads as a reader writes it."""
    import pypdfium2

    from pipeline.ingest import layout_glyphs, pdfium_glyphs

    fixture = pdfgen.make_padded_header_pdf(tmp_path / f"padded{turn}.pdf", turn)
    pdf = pypdfium2.PdfDocument(fixture.path)
    try:
        read = pdfium_glyphs(pdf, 0)
    finally:
        pdf.close()
    assert sorted(g.padding for g in read.glyphs if g.padding) == [1, 1, 3]
    text, _, _ = layout_glyphs(read.glyphs, read.width, read.height)
    assert text == fixture.pages[0]


@pytest.mark.parametrize("turn", [1, -1])
def test_turned_glyphs_are_measured_from_their_pen_position(turn: int) -> None:
    """Turned text whose glyph boxes run past their advance (a Kai font in 6121's turned
    manager roster: boxes 8–11.6pt for a 7.6pt em): the gap between two cells (a name
    and the gender beside it, 0.6 em) is measured from each glyph's pen position, as
    for upright text, and stays a space; the name's glyphs, whose boxes overlap, read solid."""
    from pipeline.ingest import _turned, rows_to_text

    em, width, height = 7.6, 595.0, 842.0
    pens = [100.0, 107.6, 115.2, 127.4]  # 陳明達, then 男 0.6 em after 達's advance
    glyphs = []
    for ch, pen in zip("陳明達男", pens, strict=True):
        lo, hi = pen - 1.9, pen + em + 2.1  # the box: wider than the advance both ways
        # on the page the line runs along y (PDF space: y up); ``box`` is top-down
        if turn > 0:  # reads top to bottom: the pen moves down the page
            y_pen = height - pen
            box = (300.0, height - y_pen - (hi - pen), 307.6, height - y_pen + (pen - lo))
        else:  # reads bottom to top
            y_pen = pen
            box = (300.0, height - (y_pen + (hi - pen)), 307.6, height - (y_pen - (pen - lo)))
        glyphs.append(_turned(ch, box, em, False, turn, width, height, y_pen))
    glyphs.sort(key=lambda g: g.x0)
    assert [g.origin for g in glyphs] == pytest.approx(pens)
    text, _ = rows_to_text([glyphs])
    assert text == "陳明達 男"


MISENCODED_STATEMENT = [
    "單位：新台幣仟元",
    "項目|113年12月31日|112年12月31日",
    "現金及約當現金|1,404,647|652,848",
    "應收帳款淨額|1,200,169|1,154,769",
    "存貨|57,110|57,110",
    "流動資產合計|2,661,926|1,864,727",
]


@ENGINES
def test_page_in_a_misencoded_font_gives_no_text_and_no_tables(tmp_path: Path, engine: str) -> None:
    """A font whose ToUnicode map is off turns Chinese into Armenian/Thai/Ethiopic-like
    letters while digits stay right: the page is undecodable, not text, and the
    statement drawn on it is not a table with nonsense headers."""
    path = tmp_path / "misencoded.pdf"
    cover = ["弘帆股份有限公司 一一三 度報告書"]
    fx = pdfgen.make_misencoded_pdf(path, cover, MISENCODED_STATEMENT)
    assert "1,404,647" in fx.extra["extracted"] and "現金" not in fx.extra["extracted"]
    result = ingest(path, Settings(pdf_engine=engine))
    good, bad = result.raw.pages
    assert good.text == fx.pages[0] and "undecodable_text" not in good.flags
    assert bad.text == "" and "undecodable_text" in bad.flags
    assert [t for t in result.pdf_tables if t.page == 2] == []


def test_a_big5_ordered_font_reads_as_the_characters_its_glyphs_draw(tmp_path: Path) -> None:
    """標楷體 re-embedded by a filing converter with no ToUnicode map gives its glyph ids
    (``ൂՏǺ`` for ``單位：``, ``224ԃ`` for ``113年``): its name says the Big5 order of its
    glyphs, so the page reads as the characters they draw, and its statement is a
    table, where the page used to be dropped (and an annual report refused)."""
    path = tmp_path / "big5-ordered.pdf"
    cover = ["弘帆股份有限公司 一一三 度報告書"]
    fx = pdfgen.make_misencoded_pdf(path, cover, MISENCODED_STATEMENT, big5=True)
    assert fx.extra["extracted"].startswith("ൂՏǺ") and "1,404,647" not in fx.extra["extracted"]
    result = ingest(path)
    good, read = result.raw.pages
    assert good.text == fx.pages[0] and "big5_glyph_ids" not in good.flags
    assert read.text == fx.pages[1] and "big5_glyph_ids" in read.flags
    (table,) = [t for t in result.pdf_tables if t.page == 2]
    assert table.rows[:2] == [
        ["項目", "113年12月31日", "112年12月31日"],
        ["現金及約當現金", "1,404,647", "652,848"],
    ]


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        ("ѶԁިҽԖज़Ϧљ! CPO!GBNF!DP/-!MUE/!", True),  # an annual report's cover, as extracted
        ("ᆢঅϷঊᓯഢ႟ଛҹ $ 1,404,647 652,848 ᐒ\u0a43ࠔϷೡ୧ࠔ 1,200,169", True),
        ("營業收入 1,404,647 千元，較去年成長 12.5%", False),
        ("俄羅斯子公司 ООО «Ромашка» 持股 100%，營業收入 1,200 千元，帳列於其他應收款項", False),
        ("μ-opioid 受體與 α-synuclein、β-amyloid 等靶點", False),
    ],
)
def test_letters_of_foreign_scripts_mark_a_page_garbled(text: str, garbled: bool) -> None:
    assert measure_page(text).looks_garbled(Settings()) is garbled


def test_a_pdf_whose_only_words_are_misencoded_is_refused(tmp_path: Path) -> None:
    """An annual report set in a font with an off ToUnicode map on every page but one
    page of bare figures: nothing a reader could use, so a one-line error, not an empty
    document."""
    path = tmp_path / "misencoded-all.pdf"
    pdfgen.make_misencoded_pdf(path, ["3,121,117 90.06", "3,465,668 100.00"], MISENCODED_STATEMENT)
    with pytest.raises(CorruptPDFError, match=r"cannot be decoded on 1 of its 2 page") as exc:
        ingest(path)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    "maker", ["make_fake_bold_pdf", "make_private_use_pdf", "make_turned_table_pdf"]
)
def test_the_glyph_calls_by_address_read_what_the_typed_bindings_read(
    tmp_path: Path, maker: str
) -> None:
    """The page reader calls pdfium by plain addresses (no per-call pointer checks); each
    call answers what pypdfium2's typed binding answers, for every character."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from pipeline.ingest import _glyph_calls

    path = tmp_path / "p.pdf"
    make = getattr(pdfgen, maker)
    if maker == "make_fake_bold_pdf":
        make(path, ["公司營收創新高 2023 年"])
    elif maker == "make_turned_table_pdf":
        make(path, 1)
    else:
        make(path)
    unicode, text_index, box_at, origin_at, text_object = _glyph_calls()
    pdf = pypdfium2.PdfDocument(path)
    try:
        textpage = pdf[0].get_textpage()
        raw = textpage.raw
        at = ctypes.cast(raw, ctypes.c_void_p).value
        count = pdfium_c.FPDFText_CountChars(raw)
        assert count > 0
        typed, mine = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
        x, y, x2, y2 = (ctypes.c_double() for _ in range(4))
        for i in range(count):
            assert unicode(at, i) == pdfium_c.FPDFText_GetUnicode(raw, i)
            assert text_index(at, i) == pdfium_c.FPDFText_GetTextIndexFromCharIndex(raw, i)
            assert box_at(at, i, ctypes.addressof(mine)) == pdfium_c.FPDFText_GetLooseCharBox(
                raw, i, typed
            )
            assert (mine.left, mine.bottom, mine.right, mine.top) == (
                typed.left,
                typed.bottom,
                typed.right,
                typed.top,
            )
            origin_at(at, i, ctypes.addressof(x2), ctypes.addressof(y2))
            pdfium_c.FPDFText_GetCharOrigin(raw, i, x, y)
            assert (x2.value, y2.value) == (x.value, y.value)
            obj = pdfium_c.FPDFText_GetTextObject(raw, i)
            # a null pointer reads 0 through cffi (None through a ctypes prototype)
            assert (text_object(at, i) or 0) == (ctypes.cast(obj, ctypes.c_void_p).value or 0)
        textpage.close()
    finally:
        pdf.close()


@pytest.mark.parametrize(
    "maker",
    ["make_fake_bold_pdf", "make_private_use_pdf", "make_hidden_text_pdf", "make_statement_pdf"],
)
def test_one_call_per_page_tells_whether_every_character_is_in_the_text(
    tmp_path: Path, maker: str
) -> None:
    """The page reader asks once per page whether the last text index reaches the last
    character (``FPDFText_GetCharIndexFromTextIndex``) instead of asking each character
    for its text index: the answer is yes exactly when no character is left out of the
    text and each one's text index is its own index."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    path = tmp_path / "p.pdf"
    make = getattr(pdfgen, maker)
    if maker == "make_fake_bold_pdf":
        make(path, ["公司營收創新高 2023 年"])
    else:
        make(path)
    pdf = pypdfium2.PdfDocument(path)
    try:
        checked = 0
        for k in range(len(pdf)):
            textpage = pdf[k].get_textpage()
            raw = textpage.raw
            n = pdfium_c.FPDFText_CountChars(raw)
            page_says = n > 0 and pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, n - 1) == n - 1
            each_says = n > 0 and all(
                pdfium_c.FPDFText_GetTextIndexFromCharIndex(raw, i) == i for i in range(n)
            )
            assert page_says == each_says
            checked += n
            textpage.close()
        assert checked > 0
    finally:
        pdf.close()


def _hyphenated_lines_pdf(path: Path) -> None:
    """Latin lines that end in a word broken by a hyphen: pdfium marks each such hyphen
    (its character holds 0x2, its unit in the page's text U+FFFE), and joins the lines
    with a generated ``\r\n``; runs of typed spaces, which pdfium thins out."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 12)
    for k, line in enumerate(
        ["The inter-", "national market grew 12-", "15 percent in co-", "operation.  Two   spaces."]
    ):
        c.drawString(72, 700 - 14 * k, line)
    c.showPage()
    c.save()


@pytest.mark.parametrize(
    "maker",
    [
        "hyphenated",
        "make_fake_bold_pdf",
        "make_private_use_pdf",
        "make_hidden_text_pdf",
        "make_statement_pdf",
        "make_turned_table_pdf",
    ],
)
def test_the_page_text_read_at_once_gives_each_characters_unicode(
    tmp_path: Path, maker: str
) -> None:
    """``_page_codes`` reads a page's characters from one ``FPDFText_GetText`` call: on a
    page whose every character is in the text, each code equals ``FPDFText_GetUnicode``
    of that character, the line-ending hyphens (U+FFFE in the text, 0x2 asked one by
    one) and the generated line breaks included."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from pipeline.ingest import _glyph_calls, _page_codes

    path = tmp_path / "p.pdf"
    if maker == "hyphenated":
        _hyphenated_lines_pdf(path)
    elif maker == "make_fake_bold_pdf":
        pdfgen.make_fake_bold_pdf(path, ["公司營收創新高 2023 年"])
    else:
        getattr(pdfgen, maker)(path)
    get_unicode = _glyph_calls()[0]
    pdf = pypdfium2.PdfDocument(path)
    read = 0
    marks = 0
    try:
        for k in range(len(pdf)):
            textpage = pdf[k].get_textpage()
            raw = textpage.raw
            at = ctypes.cast(raw, ctypes.c_void_p).value or 0
            n = pdfium_c.FPDFText_CountChars(raw)
            if n > 0 and pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, n - 1) == n - 1:
                codes = _page_codes(raw, n, get_unicode, at)
                assert codes is not None
                assert list(codes) == [get_unicode(at, i) for i in range(n)]
                read += n
                marks += codes.count(0x2)
            textpage.close()
    finally:
        pdf.close()
    assert read > 0
    if maker == "hyphenated":
        assert marks == 2  # "inter-" and "co-"; "12-" before a digit is no broken word


@pytest.mark.parametrize("maker", ["hyphenated", "make_hidden_text_pdf", "make_turned_table_pdf"])
def test_a_page_read_from_its_text_at_once_gives_the_glyphs_read_one_by_one(
    tmp_path: Path, maker: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page reader's glyphs and finder records are the same whether the characters
    come from the page's text in one call or (``_page_codes`` giving none, as on a page
    with a character beyond the BMP) from one ``FPDFText_GetUnicode`` call each."""
    import pypdfium2

    from pipeline import ingest as ingest_module

    path = tmp_path / "p.pdf"
    if maker == "hyphenated":
        _hyphenated_lines_pdf(path)
    else:
        getattr(pdfgen, maker)(path)
    pdf = pypdfium2.PdfDocument(path)
    try:
        at_once = [ingest_module.pdfium_glyphs(pdf, k, geometry=True) for k in range(len(pdf))]
        monkeypatch.setattr(ingest_module, "_page_codes", lambda *args: None)
        each = [ingest_module.pdfium_glyphs(pdf, k, geometry=True) for k in range(len(pdf))]
    finally:
        pdf.close()
    assert any(read.glyphs for read in at_once)
    for a, b in zip(at_once, each, strict=True):
        assert a.glyphs == b.glyphs
        assert a.hidden == b.hidden
        assert a.geometry is not None and b.geometry is not None
        assert a.geometry.chars == b.geometry.chars


@pytest.mark.parametrize("engine", ["cffi", "ctypes"])
def test_a_call_by_address_answers_the_same_through_cffi_and_ctypes(
    tmp_path: Path, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``by_address`` calls pdfium through cffi when it is installed and through a ctypes
    prototype otherwise: for each result type (unsigned, int, double, pointer) and
    argument kind (index, out-pointer), both answer what the typed binding answers."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from pipeline.pdftables import geometry

    if engine == "ctypes":
        monkeypatch.setattr(geometry, "_ffi", lambda: None)
    ptr, index = ctypes.c_void_p, ctypes.c_int
    unicode = geometry.by_address(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, ptr, index)
    box_at = geometry.by_address(pdfium_c.FPDFText_GetLooseCharBox, index, ptr, index, ptr)
    font_size = geometry.by_address(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, ptr, index)
    text_object = geometry.by_address(pdfium_c.FPDFText_GetTextObject, ptr, ptr, index)
    path = tmp_path / "p.pdf"
    pdfgen.make_fake_bold_pdf(path, ["公司營收創新高 2023 年"])
    pdf = pypdfium2.PdfDocument(path)
    try:
        textpage = pdf[0].get_textpage()
        raw = textpage.raw
        at = ctypes.cast(raw, ctypes.c_void_p).value or 0
        typed, mine = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
        count = pdfium_c.FPDFText_CountChars(raw)
        assert count > 0
        objects = 0
        for i in range(count):
            assert unicode(at, i) == pdfium_c.FPDFText_GetUnicode(raw, i)
            assert box_at(at, i, ctypes.addressof(mine)) == pdfium_c.FPDFText_GetLooseCharBox(
                raw, i, typed
            )
            assert bytes(mine) == bytes(typed)
            assert font_size(at, i) == pdfium_c.FPDFText_GetFontSize(raw, i)
            obj = pdfium_c.FPDFText_GetTextObject(raw, i)
            assert (text_object(at, i) or 0) == (ctypes.cast(obj, ctypes.c_void_p).value or 0)
            objects += bool(obj)
        assert objects > 0
        textpage.close()
    finally:
        pdf.close()


@pytest.mark.parametrize("maker", ["make_hidden_text_pdf", "make_turned_table_pdf"])
def test_the_text_object_reads_by_address_read_what_the_typed_bindings_read(
    tmp_path: Path, maker: str
) -> None:
    """What the page reader keeps of each text object (clipped away, white, font size,
    size through the matrix, quarter turn) is read by plain addresses; each reading
    equals the one pypdfium2's typed bindings give, on pages with a clipped line, white
    text and text set a quarter turn."""
    import ctypes
    import math

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from pipeline.ingest import _VisibleArea

    def typed_clip(obj: object) -> tuple[float, float, float, float] | None:
        clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
        if not clip:
            return None
        box = None
        x, y = ctypes.c_float(), ctypes.c_float()
        for p in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
            pts = []
            for k in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, p)):
                seg = pdfium_c.FPDFClipPath_GetPathSegment(clip, p, k)
                if seg and pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                    pts.append((x.value, y.value))
            if pts:
                xs, ys = [q[0] for q in pts], [q[1] for q in pts]
                part = (min(xs), min(ys), max(xs), max(ys))
                box = part if box is None else (
                    max(box[0], part[0]), max(box[1], part[1]),
                    min(box[2], part[2]), min(box[3], part[3]),
                )  # fmt: skip
        return box

    def typed_clipped(key: int) -> bool:
        obj = ctypes.cast(key, pdfium_c.FPDF_PAGEOBJECT)
        clip = typed_clip(obj)
        if clip is None:
            return False
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            return False
        return (
            right.value < clip[0] - 0.5
            or left.value > clip[2] + 0.5
            or top.value < clip[1] - 0.5
            or bottom.value > clip[3] + 0.5
        )

    path = tmp_path / "p.pdf"
    getattr(pdfgen, maker)(path, *([1] if maker == "make_turned_table_pdf" else []))
    pdf = pypdfium2.PdfDocument(path)
    seen = {"clipped": 0, "white": 0, "turned": 0, "objects": 0}
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        raw = textpage.raw
        at = ctypes.cast(raw, ctypes.c_void_p).value or 0
        visible = _VisibleArea(page)
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        matrix = pdfium_c.FS_MATRIX()
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            obj = pdfium_c.FPDFText_GetTextObject(raw, i)
            key = ctypes.cast(obj, ctypes.c_void_p).value if obj else 0
            got = visible.text_object(at, i, key or 0)
            size = float(pdfium_c.FPDFText_GetFontSize(raw, i))
            scaled, turn = None, 0
            if pdfium_c.FPDFText_GetMatrix(raw, i, matrix):
                scaled = size * math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
                if abs(matrix.b) > 4 * abs(matrix.a):
                    turn = 1 if matrix.b < 0 else -1
            white = bool(
                pdfium_c.FPDFText_GetFillColor(raw, i, r, g, b, a)
                and min(r.value, g.value, b.value) >= 245
            )
            clipped = bool(key) and typed_clipped(key or 0)
            assert (got.clipped, got.white, got.size, got.scaled, got.turn) == (
                clipped,
                white,
                size,
                scaled,
                turn,
            )
            seen["objects"] += 1
            seen["clipped"] += clipped
            seen["white"] += white
            seen["turned"] += turn != 0
        textpage.close()
    finally:
        pdf.close()
    # the fixtures hold what the readings tell apart
    if maker == "make_hidden_text_pdf":
        assert seen["clipped"] and seen["white"]
    else:
        assert seen["turned"]


# Characters a page's measure tells apart: common and rare Han (BMP and plane 2),
# Private-Use characters of both areas, the replacement character, controls, Cyrillic.
_PAGE_CHARS = "的台積電鑫犇\U00020000\U0002a6d6\ue000\uf8ff\U000f0000\U0010fffd\ufffd\x01Жa1 "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_PAGE_CHARS)), max_size=80))
def test_a_pages_measure_counts_what_a_test_per_character_counts(text: str) -> None:
    """The page measure counts Private-Use characters with one character class and the
    common Han characters by deleting them (``str.translate``): the same counts, and the
    same share to the last bit, as a Python test per character."""
    from pipeline.chars import CJK_RE
    from pipeline.ingest import common_chars

    def private(ch: str) -> bool:
        cp = ord(ch)
        return 0xE000 <= cp <= 0xF8FF or 0xF0000 <= cp <= 0x10FFFD

    quality = measure_page(text)
    assert quality.private_use == sum(1 for ch in text if private(ch))
    cjk = CJK_RE.findall(text)
    assert quality.cjk == len(cjk)
    common = common_chars()
    share = sum(ch in common for ch in cjk) / len(cjk) if cjk else 1.0
    assert quality.common_share == share and common_share(text) == share


def _kept_by_scan(glyphs: list[Glyph], tol: float) -> list[Glyph]:
    """The dedupe rule read off every kept glyph (no grid): a glyph is dropped when a
    kept glyph of the same character lies within its limit on both axes."""
    out: list[Glyph] = []
    for g in glyphs:
        limit = max(tol, min(SHADOW_SHARE * g.height, 0.5 * (g.x1 - g.x0), SHADOW_MAX))
        if not any(
            p.text == g.text and abs(p.x0 - g.x0) <= limit and abs(p.top - g.top) <= limit
            for p in out
        ):
            out.append(g)
    return out


_SPOTS = st.floats(min_value=-30.0, max_value=60.0, allow_nan=False).map(lambda v: round(v, 1))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("年0連"), _SPOTS, _SPOTS, st.sampled_from([0.6, 3.0, 9.0, 30.0])),
        max_size=40,
    ),
    st.sampled_from([0.5, 1.0, SHADOW_MAX]),  # the grid is SHADOW_MAX wide: tol never more
)
def test_the_dedupe_grid_keeps_what_a_scan_of_every_kept_glyph_keeps(
    spots: list[tuple[str, float, float, float]], tol: float
) -> None:
    # Twins at every offset up to and past the 4-point reach, across cell edges and
    # negative coordinates, with glyphs small (limit set by their size) and large.
    glyphs = [Glyph(t, x, y, x + size, y + size) for t, x, y, size in spots]
    assert _dedupe_glyphs(glyphs, tol) == _kept_by_scan(glyphs, tol)


@pytest.mark.parametrize("turn", [1, -1, 0])
def test_a_page_read_by_pdfplumber_keeps_the_turned_grids_rows_and_cell_gaps(
    tmp_path: Path, turn: int
) -> None:
    """The pdfplumber path (its engine, or a page pypdfium2 could not read) lays out a
    page printed a quarter turn as the pypdfium2 path does: its glyphs in their upright
    frame (a turn told from the text matrix by the same rule), the grid found turned and
    the gaps between its cells written U+3000. It read such a page as columns of single
    glyphs (``總獨董職``), the roster no table of its rows."""
    import pdfplumber

    from pipeline.ingest import _default_table_finder, _read_page

    fixture = pdfgen.make_turned_words_table_pdf(tmp_path / f"roster{turn}.pdf", turn)
    with pdfplumber.open(fixture.path) as pdf:
        page, tables = _read_page(fixture.path, pdf, 0, DEFAULT_SETTINGS, _default_table_finder())
    assert page.extractor == "pdfplumber"
    assert [t.turn for t in tables] == [turn]
    lines = page.text.split("\n")
    sep = "\u3000" if turn else " "
    for row in fixture.extra["rows"]:
        assert sep.join(row) in lines


@pytest.mark.parametrize("engine", ["pypdfium2", "pdfplumber"])
@pytest.mark.parametrize("turn", [1, -1])
def test_a_turned_grids_wrapped_cells_are_written_whole_a_row_a_line(
    tmp_path: Path, turn: int, engine: str
) -> None:
    """A turned roster whose cells wrap (a title over two lines beside a nationality over
    two and an education cell over three): read line by line across the row, each
    cell's first line ran into the next cell's (``總經　中華　王大明　台灣大學電機`` then
    ``理　民國　系學士宏達電``) and the entity stage read that junk. The grid says where
    each glyph belongs: each row is written on a line of its own, its cells whole, on
    both engines' paths."""
    import pdfplumber
    import pypdfium2

    from pipeline.ingest import _default_table_finder, _pdfium_page, _read_page

    fixture = pdfgen.make_turned_wrapped_roster_pdf(tmp_path / f"wrapped{turn}.pdf", turn)
    if engine == "pdfplumber":
        with pdfplumber.open(fixture.path) as plumber:
            page, _ = _read_page(
                fixture.path, plumber, 0, DEFAULT_SETTINGS, _default_table_finder()
            )
    else:
        pdf = pypdfium2.PdfDocument(fixture.path)
        try:
            page = _pdfium_page(pdf, 0, [], tables=[])
        finally:
            pdf.close()
    lines = page.text.split("\n")
    assert page.extractor == engine
    assert lines[1:] == ["\u3000".join(row) for row in fixture.extra["rows"]]
    assert len(page.boxes) == len(page.text)


def test_an_upright_grids_wrapped_cells_read_as_printed(tmp_path: Path) -> None:
    """Upright, the same grid's lines read as every engine reads them (line by line)."""
    import pypdfium2

    from pipeline.ingest import _pdfium_page

    fixture = pdfgen.make_turned_wrapped_roster_pdf(tmp_path / "wrapped0.pdf", 0)
    pdf = pypdfium2.PdfDocument(fixture.path)
    try:
        page = _pdfium_page(pdf, 0, [], tables=[])
    finally:
        pdf.close()
    assert "總經 中華 王大明 台灣大學電機" in page.text.split("\n")


@pytest.mark.parametrize("turn", [1, -1, 0])
def test_a_turned_grids_cell_gaps_are_ideographic_spaces(tmp_path: Path, turn: int) -> None:
    """A ruled roster printed a quarter turn: the gap between two of a row's cells (a
    title and a name, a name and a gender) crosses a cell's rule and is written as a
    full-width space, so the cells stay apart without reading as letter-spaced words.
    Upright, the same grid's rows read as every engine reads them, with spaces."""
    import pypdfium2

    from pipeline.ingest import _pdfium_page

    fixture = pdfgen.make_turned_words_table_pdf(tmp_path / f"roster{turn}.pdf", turn)
    pdf = pypdfium2.PdfDocument(fixture.path)
    try:
        found: list[Any] = []
        page = _pdfium_page(pdf, 0, [], tables=found)
    finally:
        pdf.close()
    lines = page.text.split("\n")
    sep = "\u3000" if turn else " "
    for row in fixture.extra["rows"]:
        assert sep.join(row) in lines
    if turn:
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", page.text)
