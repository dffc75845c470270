"""scripts/pdf_audit.py: the per-document audit of a run over PDFs, run on generated PDFs
through the real pipeline (never on the real PDFs, which live outside the repository)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scripts import pdf_audit
from tests import pdfgen


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """One run over three generated PDFs: a balance sheet under `單位：新台幣仟元`, a
    letter-spaced auditor's page, pages with running stamps. Returns the PDF folder and
    the audit rows by document."""
    from pipeline.run import run
    from tests.conftest import IN_PROCESS

    root = tmp_path_factory.mktemp("audit")
    pdfs = root / "pdfs"
    pdfs.mkdir()
    pdfgen.make_statement_pdf(pdfs / "statement.pdf")
    pdfgen.make_letter_spaced_pdf(pdfs / "spaced.pdf")
    pdfgen.make_running_furniture_pdf(pdfs / "furniture.pdf")
    out = root / "out"
    run(sorted(pdfs.glob("*.pdf")), out, IN_PROCESS)
    json_path = root / "audit.json"
    assert pdf_audit.main([str(out), str(pdfs), "--json", str(json_path)]) == 0
    rows = json.loads(json_path.read_text(encoding="utf-8"))
    return pdfs, {r["document"]: r for r in rows}


def test_audit_counts_tables_units_and_scaled_cells(audited: tuple[Path, dict[str, Any]]) -> None:
    """The statement's two pages are one continued table of amounts under 仟元: it has a
    unit and every nonzero amount is scaled by 仟."""
    _, rows = audited
    row = rows["statement.pdf"]
    assert row["pages"] == 2
    assert row["tables"] == 1
    assert (row["unit_tables"], row["no_unit_tables"]) == (1, 0)
    assert set(row["scaled_cells"]) == {"仟"}
    amounts = sum(1 for r in pdfgen.STATEMENT_ASSETS + pdfgen.STATEMENT_LIABILITIES)
    assert row["scaled_cells"]["仟"] >= amounts
    # The letter-spaced page and the stamped pages hold no table.
    assert rows["spaced.pdf"]["tables"] == rows["furniture.pdf"]["tables"] == 0


def test_audit_compares_letter_spacing_with_pdfplumber(
    audited: tuple[Path, dict[str, Any]],
) -> None:
    """pdfplumber keeps spaces inside `安 侯 建 業` and the spread title; our text does not."""
    _, rows = audited
    row = rows["spaced.pdf"]
    assert row["pdfplumber_spaced"] > 0
    assert row["cjk_spaced"] == row["cjk_spaced_compared"] == 0
    # On the statement every page is read by both: the two counts cover the same pages.
    statement = rows["statement.pdf"]
    assert statement["cjk_spaced_compared"] == statement["cjk_spaced"]
    assert statement["cjk_spaced"] <= statement["pdfplumber_spaced"]


def test_audit_reads_the_report_date_with_its_evidence(
    audited: tuple[Path, dict[str, Any]],
) -> None:
    """The signature date under `會計師：王大明` dates the report (on a one-page document it
    is also its first page's date standing alone): the audit shows the date, the rule
    and the words read."""
    _, rows = audited
    row = rows["spaced.pdf"]
    assert row["published"] == "2025-05-05"
    rule = row["published_rule"].split(".")
    assert rule[:2] == ["structure", "published"] and rule[2] in {"cover", "auditor_signature"}
    assert "".join(row["published_evidence"].split()) == "中華民國114年5月5日"


def test_audit_finds_no_furniture_checks_or_cuts_in_clean_output(
    audited: tuple[Path, dict[str, Any]],
) -> None:
    """The stamps that vary by page are removed by the pipeline, so none is left; the
    generated documents fail no check and no quantity span cuts a number."""
    _, rows = audited
    for row in rows.values():
        assert row["furniture"] == []
        assert row["failed_checks"] == {}
        assert row["cut_spans"] == 0


def test_audit_without_the_pdf_folder_leaves_pdfplumber_out(
    audited: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdfs, _ = audited
    out = pdfs.parent / "out"
    assert pdf_audit.main([str(out)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("| document | pages | tables |")
    assert len(table) == 2 + 3
    assert all("(—)" in line for line in table[2:])
    assert pdf_audit.main([str(tmp_path)]) == 2  # no run there: a clear error


@pytest.mark.parametrize(
    ("pages", "found"),
    [
        # A stamp whose time or page number varies, on every page: furniture.
        (
            [f"本文。\nTime Stamp - 5/2/2025 3:1{i} PM" for i in range(1, 5)],
            ["Time Stamp - 5/2/2025 3:11 PM"],
        ),
        (
            [f"營收成長。\n第 {i} 頁／共 4 頁" for i in range(1, 5)],
            ["第 1 頁／共 4 頁"],
        ),
        # The same line on every page, unvarying: a repeated heading, not a page stamp.
        (["2025 年營運報告\n內容。"] * 4, []),
        # A number varying on fewer than half of the pages: a table row.
        (["合計 1,234\n本文。", "合計 2,345\n本文。", "本文。", "本文。", "本文。"], []),
        # Lines without a digit never count.
        (["版權所有\n本文。"] * 4, []),
    ],
)
def test_furniture_lines(pages: list[str], found: list[str]) -> None:
    assert pdf_audit.furniture_lines(pages) == found


def _quantity(start: int, end: int) -> dict[str, Any]:
    return {"span": {"start": start, "end": end}}


@pytest.mark.parametrize(
    ("text", "span", "cut"),
    [
        ("毛利率41.0%", (3, 8), 0),
        ("毛利率41.0%", (6, 8), 1),  # `0%` out of `41.0%`
        ("毛利率41.0%", (4, 8), 1),  # `1.0%`
        ("營收1,234元", (2, 5), 1),  # `1,2` out of `1,234`
        ("2.一年內累積之金額", (2, 4), 0),  # `一年` after a list number: nothing cut
    ],
)
def test_cut_spans(text: str, span: tuple[int, int], cut: int) -> None:
    doc = {"text": text, "facts": {"quantities": [_quantity(*span)]}}
    assert pdf_audit.cut_spans(doc) == cut


def test_failed_checks_and_scale_words() -> None:
    doc = {
        "checks": [
            {"kind": "parts_sum", "status": "fail"},
            {"kind": "parts_sum", "status": "pass"},
            {"kind": "date_after_document", "status": "fail"},
            {"kind": "date_after_document", "status": "fail"},
        ]
    }
    assert pdf_audit.failed_checks(doc) == {"date_after_document": 2, "parts_sum": 1}
    assert [
        pdf_audit.scale_word(u) for u in ("新台幣仟元", "百萬元", "新台幣佰萬元", "元", None)
    ] == ["仟", "百萬", "佰萬", None, None]


def test_a_turned_page_gives_pdfplumber_no_ground_to_compare(tmp_path: Path) -> None:
    """pdfplumber writes a page set a quarter turn one glyph or one cell a line, so its
    count there says nothing about letter-spacing: that page is left out of the
    comparison, as a page it reads no CJK from is; an upright page is counted."""
    turned = pdfgen.make_turned_table_pdf(tmp_path / "turned.pdf").path
    upright = pdfgen.make_letter_spaced_pdf(tmp_path / "spaced.pdf").path
    assert pdf_audit.pdfplumber_spaced(turned) == [None]
    (count,) = pdf_audit.pdfplumber_spaced(upright)
    assert count is not None and count > 0
