"""The synthetic PDF fixtures really carry the traps of real Taiwanese PDFs.

Every assertion here runs pdfplumber / pypdfium2 / pypdf directly on a generated file,
so if a library upgrade makes a trap disappear (or the generator stops producing it),
this file says so before the ingest tests silently stop testing anything.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.exceptions import PdfminerException

from tests import pdfgen
from tests.pdfgen import (
    SAMPLE_LINES,
    TABLE1_CAPTION,
    TABLE1_HEADER,
    TABLE1_ROWS,
    TABLE1_TOTAL,
    PdfFixture,
    cjk_chars,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_TXT = ROOT / "raw" / "seed.txt"
SEED_PDF = ROOT / "raw" / "seed.pdf"
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


# --------------------------------------------------------------------------- helpers


def plumber_pages(path: Path | bytes, **kwargs: Any) -> list[str]:
    # From bytes: pdfplumber.open(path) leaks its file handle when the PDF fails to parse.
    data = path if isinstance(path, bytes) else path.read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text(**kwargs) or "" for page in pdf.pages]


def pdfium_pages(path: Path, password: str | None = None) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path), password=password)
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return out
    finally:
        pdf.close()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdfgen")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_TXT.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- font


def test_find_cjk_font_finds_installed_font() -> None:
    path = pdfgen.find_cjk_font()
    assert path.is_file()
    assert path.suffix in {".ttc", ".ttf"}


def test_find_cjk_font_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pdfgen.find_cjk_font()
    monkeypatch.setenv(pdfgen.CJK_FONT_ENV, str(real))
    monkeypatch.setattr(pdfgen, "CJK_FONT_CANDIDATES", ())
    assert pdfgen.find_cjk_font() == real


def test_find_cjk_font_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(pdfgen.CJK_FONT_ENV, str(tmp_path / "missing.ttc"))
    monkeypatch.setattr(pdfgen, "CJK_FONT_CANDIDATES", (tmp_path / "nope.ttc",))
    with pytest.raises(pdfgen.CJKFontNotFoundError, match="fonts-wqy-microhei"):
        pdfgen.find_cjk_font()


# --------------------------------------------------------------------------- wrapping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("細" * 40, ["細" * 36, "細" * 4]),
        ("細" * 36 + "。", ["細" * 36 + "。"]),  # closing punctuation hangs
        ("細" * 35 + "（註）", ["細" * 35, "（註）"]),  # an opening bracket never ends a line
        ("細" * 30 + " Administration 細胞", ["細" * 30, "Administration 細胞"]),
    ],
)
def test_wrap_text_cases(text: str, expected: list[str]) -> None:
    font = pdfgen._register_cjk()
    assert pdfgen.wrap_text(text, font, 12, pdfgen.BODY_W) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="細胞及基因治療產業，。（）", min_size=1, max_size=8),
            st.from_regex(r"[A-Za-z0-9][A-Za-z0-9,.\-]{0,11}", fullmatch=True),
            st.just(" "),
        ),
        max_size=40,
    )
)
def test_wrap_text_keeps_every_character(parts: list[str]) -> None:
    font = pdfgen._register_cjk()
    text = "".join(parts)
    lines = pdfgen.wrap_text(text, font, 12, pdfgen.BODY_W)
    assert squash("".join(lines)) == squash(text)
    for line in lines:
        assert pdfgen._width(line, font, 12) <= pdfgen.BODY_W + 12.01
    latin_words = re.findall(r"[A-Za-z0-9][A-Za-z0-9,.\-]*", text)
    for word in latin_words:  # no Latin word that fits on a line is cut (parts drawn side by
        # side can join into one word wider than the line, which must be cut somewhere)
        if pdfgen._width(word, font, 12) <= pdfgen.BODY_W:
            assert any(word in line for line in lines)


# --------------------------------------------------------------------------- seed reflow


def test_seed_pages_follow_page_break_lines(seed_text: str) -> None:
    pages = pdfgen.split_seed_pages(seed_text)
    breaks = sum(
        1
        for ln in seed_text.split("\n")
        if ln.startswith(" ") and not ln.startswith("  ") and ln.strip()
    )
    assert len(pages) == breaks == 6
    assert pages[0][0] == "2023 年細胞及基因治療產業回顧"
    assert pages[5][0] == "效性、安全性及即時提供治療的目標。"


def test_seed_reflow_blocks(seed_text: str) -> None:
    pages = [p.split("\n") for p in pdfgen.seed_text_pages(seed_text)]
    blocks = [b for p in pages for b in p]
    assert "一、罕見疾病與實體腫瘤治療為細胞及基因治療產品發展方向" in blocks
    assert "二、臺灣相關法規與時俱進，加速細胞及基因治療產業發展" in blocks
    assert "圖 2 2023 年全球細胞及基因治療臨床試驗件數分布－依適應症為腫瘤治療之腫瘤型態" in blocks
    # Latin words across a wrapped line get one space; CJK joins directly.
    assert any("（Food and Drug Administration, FDA）在政府" in b for b in blocks)
    table = pages[4][:10]
    assert table[0] == TABLE1_CAPTION
    assert table[1] == " ".join(TABLE1_HEADER)
    assert table[2:9] == [" ".join(r) for r in TABLE1_ROWS]
    assert table[9] == " ".join(TABLE1_TOTAL)
    # The characters survive reflow exactly.
    assert squash("".join(b for p in pages for b in p)) == squash(
        "".join(ln for p in pdfgen.split_seed_pages(seed_text) for ln in p)
    )


@pytest.mark.parametrize(
    ("row", "n_cols", "cells"),
    [
        ("自體 CD 34+ selection 0 0 0", 4, ["自體 CD 34+ selection", "0", "0", "0"]),
        ("總計 502 258 1,398", 4, ["總計", "502", "258", "1,398"]),
        (" ".join(TABLE1_HEADER), 4, list(TABLE1_HEADER)),
        ("沒有數字的一行", 4, ["沒有數字的一行"]),
    ],
)
def test_split_row(row: str, n_cols: int, cells: list[str]) -> None:
    assert pdfgen.split_row(row, n_cols) == cells


# --------------------------------------------------------------------------- seed.pdf


@pytest.fixture(scope="module")
def seed_fixture(out: Path) -> PdfFixture:
    return pdfgen.make_seed_pdf(SEED_TXT, out / "seed.pdf")


def test_seed_pdf_is_committed_and_current(seed_fixture: PdfFixture) -> None:
    assert SEED_PDF.is_file(), "run `python scripts/make_seed_pdf.py`"
    assert plumber_pages(SEED_PDF) == plumber_pages(seed_fixture.path)


def test_seed_pdf_is_deterministic(seed_fixture: PdfFixture, out: Path) -> None:
    again = pdfgen.make_seed_pdf(SEED_TXT, out / "seed-again.pdf")
    assert again.path.read_bytes() == seed_fixture.path.read_bytes()


def test_seed_pdf_pages_match_seed_breaks(seed_fixture: PdfFixture, seed_text: str) -> None:
    assert seed_fixture.n_pages == len(pdfgen.split_seed_pages(seed_text)) == 6
    with pdfplumber.open(seed_fixture.path) as pdf:
        assert len(pdf.pages) == 6
        assert all(round(p.width) == 595 and round(p.height) == 842 for p in pdf.pages)


@pytest.mark.parametrize("engine", ["pdfplumber", "pypdfium2"])
def test_seed_pdf_has_the_seed_characters(
    seed_fixture: PdfFixture, seed_text: str, engine: str
) -> None:
    pages = (
        plumber_pages(seed_fixture.path)
        if engine == "pdfplumber"
        else pdfium_pages(seed_fixture.path)
    )
    assert cjk_chars("\n".join(pages)) == cjk_chars(seed_text)


def test_seed_pdf_text_is_what_was_drawn(seed_fixture: PdfFixture) -> None:
    pages = plumber_pages(seed_fixture.path)
    for i, text in enumerate(pages):
        assert text == "\n".join(
            [pdfgen.HEADER_TEXT, seed_fixture.pages[i], seed_fixture.footers[i]]
        )
    assert seed_fixture.footers == ["1", "2", "3", "4", "5", "6"]
    body = squash("".join(seed_fixture.pages))
    assert body == squash("".join(pdfgen.seed_text_pages(SEED_TXT.read_text("utf-8"))))


def test_seed_pdf_lines_are_about_36_cjk_wide(seed_fixture: PdfFixture) -> None:
    lines = [ln for p in seed_fixture.pages for ln in p.split("\n")]
    font = seed_fixture.extra["font"]
    sizes = [sz for p in seed_fixture.extra["line_sizes"] for sz in p]
    assert len(sizes) == len(lines)
    for line, size in zip(lines, sizes, strict=True):
        assert pdfgen._width(line, font, size) <= pdfgen.BODY_W + size  # + a hanging 。
    wide = [len(ln) for ln in lines if pdfgen.display_width(ln) == 2 * len(ln)]  # all-CJK lines
    assert max(wide) <= 37
    body = [pdfgen._width(ln, font, 12) for ln, sz in zip(lines, sizes, strict=True) if sz == 12]
    assert sum(w >= 0.9 * pdfgen.BODY_W for w in body) > 0.6 * len(body)  # most lines are full


def test_seed_pdf_table_is_ruled(seed_fixture: PdfFixture) -> None:
    with pdfplumber.open(seed_fixture.path) as pdf:
        page = pdf.pages[4]
        assert len(page.lines) >= 10 + 5  # row rules + column rules + header rule
        tables = page.extract_tables()
    assert tables == [[list(TABLE1_HEADER), *map(list, TABLE1_ROWS), list(TABLE1_TOTAL)]]


def test_seed_pdf_figures_are_images_without_text(seed_fixture: PdfFixture) -> None:
    with pdfplumber.open(seed_fixture.path) as pdf:
        images = [len(p.images) for p in pdf.pages]
    assert images == [0, 1, 2, 0, 0, 0]


# --------------------------------------------------------------------------- MSung garbling


def test_msung_report_garbles_in_pdfplumber_only(out: Path, seed_text: str) -> None:
    fx = pdfgen.make_report_pdf(
        out / "msung-seed.pdf", pdfgen.seed_text_pages(seed_text), font="msung"
    )
    seed_chars = cjk_chars(seed_text)
    plumber = "".join(plumber_pages(fx.path))
    got = CJK_RE.findall(plumber)
    assert len(got) > 2000  # real CJK characters come out ...
    share = sum(ch in seed_chars for ch in got) / len(got)
    assert share < 0.9  # ... but mostly the wrong ones (observed: ~0.10)
    assert cjk_chars("".join(pdfium_pages(fx.path))) == seed_chars


def test_msung_lines(out: Path) -> None:
    fx = pdfgen.make_msung_pdf(out / "msung.pdf")
    with pdfplumber.open(fx.path) as pdf:
        fonts = {c["fontname"] for c in pdf.pages[0].chars}
        plumber = pdf.pages[0].extract_text()
    assert fonts == {"MSung-Light"}
    assert plumber != fx.pages[0]
    assert "細胞" not in plumber
    assert pdfium_pages(fx.path) == fx.pages


def test_msung_font_is_not_embedded(out: Path) -> None:
    fx = pdfgen.make_msung_pdf(out / "msung.pdf")
    resources: Any = pypdf.PdfReader(fx.path).pages[0]["/Resources"]
    fonts = resources["/Font"]
    font = next(
        f.get_object() for f in fonts.values() if f.get_object()["/BaseFont"] == "/MSung-Light"
    )
    assert font["/Subtype"] == "/Type0"
    assert "/ToUnicode" not in font
    cid_font = font["/DescendantFonts"][0].get_object()
    # reportlab pairs a GB (simplified) UCS-2 CMap with a CNS1 (traditional) font: pdfminer
    # maps the codes to GB1 CIDs and reads them as CNS1 CIDs; pdfium reads the UCS-2 codes.
    assert font["/Encoding"] == "/UniGB-UCS2-H"
    assert cid_font["/CIDSystemInfo"]["/Ordering"] == "CNS1"
    descriptor = cid_font["/FontDescriptor"].get_object()
    assert not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


# --------------------------------------------------------------------------- fake bold


def test_fake_bold_doubles_chars_without_dedupe(out: Path) -> None:
    fx = pdfgen.make_fake_bold_pdf(out / "bold.pdf")
    with pdfplumber.open(fx.path) as pdf:
        page = pdf.pages[0]
        raw = page.extract_text()
        deduped = page.dedupe_chars().extract_text()
        chars = sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"]))
    assert "細細胞胞" in raw and "118811..22億億" in raw
    assert deduped == fx.pages[0]
    assert pdfium_pages(fx.path) == fx.pages  # pdfium drops overlapping copies itself
    assert len(chars) == 2 * len(squash(fx.pages[0])) + 2 * sum(
        ln.count(" ") for ln in fx.pages[0].split("\n")
    )
    pairs = list(zip(chars[::2], chars[1::2], strict=True))
    assert all(a["text"] == b["text"] for a, b in pairs)
    assert {round(b["x0"] - a["x0"], 3) for a, b in pairs} == {fx.extra["offset"]}


def test_fake_bold_offset_is_bounded(out: Path) -> None:
    with pytest.raises(ValueError):
        pdfgen.make_fake_bold_pdf(out / "bold-bad.pdf", offset=0.5)


# --------------------------------------------------------------------------- off-baseline


def test_offbaseline_digits_split_in_pdfplumber(out: Path) -> None:
    fx = pdfgen.make_offbaseline_digits_pdf(out / "offbaseline.pdf")
    lines = plumber_pages(fx.path)[0].split("\n")
    assert lines[:2] == ["年第 季營收 億元", "2026 1 181.2"]
    assert lines[0::2] == fx.extra["cjk_parts"]
    assert lines[1::2] == fx.extra["digit_parts"]
    assert pdfium_pages(fx.path) == fx.pages  # pdfium keeps each line whole


def test_offbaseline_geometry(out: Path) -> None:
    fx = pdfgen.make_offbaseline_digits_pdf(out / "offbaseline.pdf")
    with pdfplumber.open(fx.path) as pdf:
        chars = pdf.pages[0].chars
    first = [c for c in chars if c["matrix"][5] > chars[0]["matrix"][5] - 10]
    cjk = next(c for c in first if c["text"] == "年")
    digit = next(c for c in first if c["text"] == "2")
    assert cjk["matrix"][5] - digit["matrix"][5] == pytest.approx(fx.extra["shift"])
    assert digit["fontname"] == "Helvetica"
    assert digit["top"] - cjk["top"] > 3  # pdfplumber's default y_tolerance


# --------------------------------------------------------------------------- columns


def test_two_columns_interleave_in_pdfplumber(out: Path) -> None:
    fx = pdfgen.make_two_column_pdf(out / "two-col.pdf")
    left, right = fx.extra["columns"]
    lines = plumber_pages(fx.path)[0].split("\n")
    assert lines[0] == fx.extra["title"]
    assert lines[1] == f"{left[0]} {right[0]}"
    assert pdfium_pages(fx.path)[0] == fx.pages[0]


def test_three_column_slide_interleaves(out: Path) -> None:
    fx = pdfgen.make_three_column_slide_pdf(out / "slide.pdf")
    cols = fx.extra["columns"]
    with pdfplumber.open(fx.path) as pdf:
        page = pdf.pages[0]
        assert (page.width, page.height) == (960, 540)
        lines = page.extract_text().split("\n")
    assert lines[1] == " ".join(col[0] for col in cols)
    assert pdfium_pages(fx.path)[0] == fx.pages[0]


# --------------------------------------------------------------------------- encryption


@pytest.fixture(scope="module")
def encrypted(out: Path) -> PdfFixture:
    return pdfgen.make_encrypted_pdf(out / "encrypted.pdf")


def test_encrypted_is_acrobat_aes256_r5(encrypted: PdfFixture) -> None:
    reader = pypdf.PdfReader(encrypted.path)
    assert reader.is_encrypted
    enc: Any = reader.trailer["/Encrypt"].get_object()
    assert (enc["/V"], enc["/R"]) == (5, 5)
    assert enc["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert len(enc["/U"]) == len(enc["/O"]) == 127
    assert reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED  # empty user password


def test_encrypted_reads_empty_in_pdfplumber(encrypted: PdfFixture) -> None:
    with pdfplumber.open(encrypted.path) as pdf:  # opens without a password ...
        assert len(pdf.pages) == 1
        assert pdf.pages[0].chars == []  # ... and silently finds no text
        assert (pdf.pages[0].extract_text() or "") == ""


def test_encrypted_reads_fully_in_pypdfium2(encrypted: PdfFixture) -> None:
    assert pdfium_pages(encrypted.path) == encrypted.pages
    assert cjk_chars(encrypted.pages[0]) == cjk_chars("".join(SAMPLE_LINES))


def test_encrypted_r6_is_no_obstacle(out: Path) -> None:
    fx = pdfgen.make_encrypted_pdf(out / "encrypted-r6.pdf", acrobat_r5=False)
    enc: Any = pypdf.PdfReader(fx.path).trailer["/Encrypt"].get_object()
    assert enc["/R"] == 6
    assert plumber_pages(fx.path) == fx.pages


def test_password_pdf_cannot_be_opened(out: Path) -> None:
    fx = pdfgen.make_password_pdf(out / "password.pdf")
    with pytest.raises(PdfminerException):
        plumber_pages(fx.path)
    with pytest.raises(pypdfium2.PdfiumError, match="password"):
        pypdfium2.PdfDocument(str(fx.path))
    assert pdfium_pages(fx.path, password=fx.extra["user_password"]) == fx.pages


# --------------------------------------------------------------------------- scanned


def test_image_only_has_no_text_layer(out: Path) -> None:
    fx = pdfgen.make_image_only_pdf(out / "scan.pdf")
    with pdfplumber.open(fx.path) as pdf:
        page = pdf.pages[0]
        assert page.chars == []
        assert len(page.images) == 1
        img = page.images[0]
        assert img["width"] == pytest.approx(page.width) and img["height"] == pytest.approx(
            page.height
        )
    assert pdfium_pages(fx.path) == [""]
    assert fx.pages[0]  # the text is there, as pixels


# --------------------------------------------------------------------------- private use


def test_private_use_char_in_every_engine(out: Path) -> None:
    fx = pdfgen.make_private_use_pdf(out / "pua.pdf")
    pua = chr(fx.extra["codepoint"])
    plumber = plumber_pages(fx.path)[0]
    pdfium = pdfium_pages(fx.path)[0]
    for text in (plumber, pdfium):
        assert f"林{pua}明" in text
        assert [ch for ch in text if 0xE000 <= ord(ch) <= 0xF8FF] == [pua, pua]
    assert pdfium == fx.pages[0]
    with pdfplumber.open(fx.path) as pdf:
        font = next(c["fontname"] for c in pdf.pages[0].chars if c["text"] == pua)
    assert "WQYEUDC" in font


def test_private_use_codepoint_must_be_pua(out: Path) -> None:
    with pytest.raises(ValueError):
        pdfgen.make_private_use_pdf(out / "pua-bad.pdf", codepoint=0x4E00)


# --------------------------------------------------------------------------- tables

TABLE1 = [list(TABLE1_HEADER), *map(list, TABLE1_ROWS), list(TABLE1_TOTAL)]


def test_ruled_table(out: Path) -> None:
    fx = pdfgen.make_table_pdf(out / "table-ruled.pdf", ruled=True)
    with pdfplumber.open(fx.path) as pdf:
        assert pdf.pages[0].extract_tables() == [TABLE1]
    text = plumber_pages(fx.path)[0]
    assert TABLE1_CAPTION in text and fx.extra["note"] in text and fx.extra["source"] in text


def test_unruled_table_has_aligned_columns_only(out: Path) -> None:
    fx = pdfgen.make_table_pdf(out / "table-unruled.pdf", ruled=False)
    with pdfplumber.open(fx.path) as pdf:
        page = pdf.pages[0]
        assert page.extract_tables() == []  # no ruling lines to find
        assert len(page.lines) == 1  # only the running-header rule
        words = page.extract_words()
    lines = plumber_pages(fx.path)[0].split("\n")
    for row in TABLE1:
        assert " ".join(row) in lines
    # the numbers of a column share their right edge
    top = next(w["top"] for w in words if w["text"] == "申請案件數")
    bottom = next(w["top"] for w in words if w["text"] == "總計")
    body = [w for w in words if top < w["top"] <= bottom + 1]
    right = {round(w["x1"], 1) for w in body if w["text"] in {"301", "118", "32", "502"}}
    assert len(right) == 1


@pytest.mark.parametrize("repeat_header", [True, False])
def test_multipage_table(out: Path, repeat_header: bool) -> None:
    fx = pdfgen.make_multipage_table_pdf(
        out / f"table-multi-{repeat_header}.pdf", repeat_header=repeat_header
    )
    rows = fx.extra["rows"]
    assert fx.n_pages == 2
    assert set(fx.extra["row_pages"]) == {0, 1}
    total = rows[-1]
    assert total[0] == "總計"
    for k in (1, 2, 3):
        assert int(total[k].replace(",", "")) == sum(int(r[k].replace(",", "")) for r in rows[:-1])
    with pdfplumber.open(fx.path) as pdf:
        t1 = pdf.pages[0].extract_tables()[0]
        t2 = pdf.pages[1].extract_tables()[0]
    assert t1[0] == fx.extra["header"]
    assert (t2[0] == fx.extra["header"]) is repeat_header
    body = t1[1:] + (t2[1:] if repeat_header else t2)
    assert body == rows


# --------------------------------------------------------------------------- hostile files


def test_many_pages_small(out: Path) -> None:
    fx = pdfgen.make_many_pages_pdf(out / "many.pdf", 2000)
    assert fx.path.stat().st_size < 1_000_000  # pages share one content stream, so it stays cheap
    pdf = pypdfium2.PdfDocument(str(fx.path))
    try:
        assert len(pdf) == 2000
    finally:
        pdf.close()
    with pdfplumber.open(fx.path) as doc:
        assert len(doc.pages) == 2000
        last = doc.pages[-1].extract_text()
    assert last == fx.pages[-1] == "Page 2000 of 2000: revenue 181.2 (2023)"


def test_truncated_pdf_cannot_be_opened(out: Path) -> None:
    fx = pdfgen.make_truncated_pdf(out / "truncated.pdf")
    data = fx.path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" not in data
    assert len(data) == fx.extra["full_size"] // 2
    with pytest.raises(PdfminerException):
        plumber_pages(fx.path)
    with pytest.raises(pypdfium2.PdfiumError):
        pypdfium2.PdfDocument(str(fx.path))


def test_corrupt_pdf_is_damaged_inside_objects(out: Path) -> None:
    fx = pdfgen.make_corrupt_pdf(out / "corrupt.pdf")
    again = pdfgen.make_corrupt_pdf(out / "corrupt-again.pdf")
    data = fx.path.read_bytes()
    assert data == again.path.read_bytes()  # seeded
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(fx.extra["damaged_offsets"]) >= 8
    clean = pdfgen._small_report_bytes()
    assert len(data) == len(clean) and data != clean
    try:
        text = "".join(plumber_pages(fx.path))
    except Exception:  # pdfminer raises one of many types on damaged objects
        text = None
    assert text != "".join(plumber_pages(clean))


def _flate_stream(path: Path, obj: int) -> bytes:
    data = path.read_bytes()
    start = data.index(b"\n%d 0 obj\n" % obj)
    body = data.index(b"stream\n", start) + len(b"stream\n")
    length = int(re.search(rb"/Length (\d+)", data[start:body]).group(1))  # type: ignore[union-attr]
    return data[body : body + length]


def test_decompression_bomb_default_is_small_and_huge(out: Path) -> None:
    fx = pdfgen.make_decompression_bomb_pdf(out / "bomb.pdf")
    assert fx.extra["inflated_size"] == 1 << 30
    assert fx.path.stat().st_size < 2_000_000
    stream = _flate_stream(fx.path, fx.extra["bomb_object"])
    d = zlib.decompressobj()
    head = d.decompress(stream, 16 << 20)  # inflate only the first 16 MiB
    assert head == b"\0" * (16 << 20)
    assert d.unconsumed_tail  # ... and there is much more to come
    assert not d.eof


def test_decompression_bomb_inflates_to_exact_size(out: Path) -> None:
    size = (1 << 18) + 12345  # pdfminer needs ~1.5 s per MiB of NULs: keep it small
    fx = pdfgen.make_decompression_bomb_pdf(out / "bomb-small.pdf", size=size)
    inflated = zlib.decompress(_flate_stream(fx.path, fx.extra["bomb_object"]))  # checks Adler-32
    assert len(inflated) == size and not inflated.strip(b"\0")
    assert plumber_pages(fx.path)[0] == fx.pages[0]
    assert pdfium_pages(fx.path) == fx.pages


def test_deeply_nested_pdf(out: Path) -> None:
    fx = pdfgen.make_deeply_nested_pdf(out / "nested.pdf", depth=5000)
    data = fx.path.read_bytes()
    assert b"[" * 5000 in data and b"<< /A " * 5000 in data
    assert pdfium_pages(fx.path) == fx.pages
    assert plumber_pages(fx.path) == fx.pages
    with pytest.raises(pypdf.errors.PdfReadError):  # a recursive parser gives up
        pypdf.PdfReader(fx.path).pages[0].extract_text()


# --------------------------------------------------------------------------- size

SMALL_GENERATORS: list[tuple[str, Callable[[Path], PdfFixture]]] = [
    ("msung", pdfgen.make_msung_pdf),
    ("bold", pdfgen.make_fake_bold_pdf),
    ("offbaseline", pdfgen.make_offbaseline_digits_pdf),
    ("two-col", pdfgen.make_two_column_pdf),
    ("slide", pdfgen.make_three_column_slide_pdf),
    ("encrypted", pdfgen.make_encrypted_pdf),
    ("password", pdfgen.make_password_pdf),
    ("scan", pdfgen.make_image_only_pdf),
    ("pua", pdfgen.make_private_use_pdf),
    ("table", pdfgen.make_table_pdf),
    ("multi", pdfgen.make_multipage_table_pdf),
    ("truncated", pdfgen.make_truncated_pdf),
    ("corrupt", pdfgen.make_corrupt_pdf),
    ("nested", pdfgen.make_deeply_nested_pdf),
]


@pytest.mark.parametrize(("name", "make"), SMALL_GENERATORS, ids=[n for n, _ in SMALL_GENERATORS])
def test_each_fixture_is_small(out: Path, name: str, make: Callable[[Path], PdfFixture]) -> None:
    # Fixtures are built per test run, so each must stay a small file (the fonts subset, not
    # embedded whole); sizes, not seconds, because tests never fail on wall-clock time.
    fx = make(out / f"size-{name}.pdf")
    data = fx.path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) < 512_000


def test_every_module_level_name_of_the_fixtures_is_bound_once() -> None:
    """Fixtures are appended by many rounds; a constant bound twice at module level
    (PIE_LABELS, SCHEDULE_TITLE) silently hands the first fixture the second one's
    value — a deck's pie fixture broke another's test that way. ruff's F811 checks only
    functions and imports."""
    import ast
    from collections import Counter

    tree = ast.parse(Path(pdfgen.__file__).read_text(encoding="utf-8"))
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound[node.name] += 1
            continue
        else:
            continue
        bound.update(t.id for t in targets if isinstance(t, ast.Name))
    twice = sorted(name for name, n in bound.items() if n > 1 and name != "__all__")
    assert twice == [], twice
