"""Review stage: pages, corrections, gold — and the round trip driven in a real browser.

The browser tests run headless Chromium (Debian's ``chromium``, installed by
``make system-deps``) through Playwright with ``executable_path``: they open the
seed's review page, click, reject, edit, add, download the corrections file, then
apply it, turn it into gold and score the pipeline against it with ``eval``.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.models import Corrections, Document
from pipeline.review.corrections import apply_corrections
from pipeline.review.gold import document_to_gold
from pipeline.review.page import Mark, render_document_page, render_text
from tests.conftest import RAW, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
HOSTILE_TEXT = (
    "2024年1月\n惡意報告<script>window.__pwned=1;alert(1)</script>標題\n\n一、市場概況\n\n"
    '2023年全球市場規模達181.2億美元，<img src=x onerror="window.__pwned=2">預估成長。'
    "美國共核准 9項產品，包含 1 項自體細胞產品、3 項異體細胞產品及 4 項基因治療產品。\n"
)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """raw/ (seed.txt and seed.pdf) through the real pipeline, then `review` with page images."""
    out = tmp_path_factory.mktemp("extracted")
    assert main(["run", str(RAW), "--out", str(out), "-q", "--no-isolate"]) == 0
    assert main(["review", str(out), "--sources", str(RAW)]) == 0
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    (base / "in").mkdir()
    (base / "in" / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    out = base / "out"
    assert main(["run", str(base / "in"), "--out", str(out), "-q", "--no-isolate"]) == 0
    assert main(["review", str(out)]) == 0
    return out


def _doc(folder: Path, doc_id: str) -> Document:
    return Document.model_validate_json((folder / "documents" / f"{doc_id}.json").read_bytes())


def _copy_extracted(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("review", "reviewed"))
    return dst


def _corrections(doc: Document, items: list[dict[str, Any]], sha: str | None = None) -> str:
    return json.dumps(
        {
            "schema_version": 1,
            "doc_id": doc.doc_id,
            "source_sha256": sha or doc.source.sha256,
            "at": "2026-01-02T03:04:05Z",
            "corrections": items,
        },
        ensure_ascii=False,
    )


# --------------------------------------------------------------------------- rendering


def _balanced(markup: str) -> bool:
    depth = 0
    for tag in re.findall(r"</?mark\b", markup):
        depth += -1 if tag.startswith("</") else 1
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([], '<span class="t" data-o="0">abcdef</span>'),
        (
            [Mark(1, 3, "q1", 0)],
            '<span class="t" data-o="0">a</span><mark class="hl ty0" data-id="q1">'
            '<span class="t" data-o="1">bc</span></mark><span class="t" data-o="3">def</span>',
        ),
        (  # nested: the inner fact sits inside the outer one
            [Mark(0, 6, "o1", 1), Mark(2, 4, "q1", 0)],
            '<mark class="hl ty1" data-id="o1"><span class="t" data-o="0">ab</span>'
            '<mark class="hl ty0" data-id="q1"><span class="t" data-o="2">cd</span></mark>'
            '<span class="t" data-o="4">ef</span></mark>',
        ),
        (  # crossing: the second is closed and reopened so the markup nests
            [Mark(0, 4, "a", 0), Mark(2, 6, "b", 1)],
            '<mark class="hl ty0" data-id="a"><span class="t" data-o="0">ab</span>'
            '<mark class="hl ty1" data-id="b"><span class="t" data-o="2">cd</span></mark></mark>'
            '<mark class="hl ty1" data-id="b"><span class="t" data-o="4">ef</span></mark>',
        ),
    ],
)
def test_render_text_nests_marks(marks: list[Mark], expected: str) -> None:
    out = render_text("abcdef", 0, 6, marks)
    assert out == expected
    assert _balanced(out)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(min_size=1, max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans()), max_size=8),
)
def test_render_text_always_nests_and_keeps_the_text(
    text: str, spans: list[tuple[int, int, bool]]
) -> None:
    marks = [
        Mark(min(a, b), max(a, b), f"f{i}", i % 3, mention)
        for i, (a, b, mention) in enumerate(spans)
    ]
    out = render_text(text, 0, len(text), marks)
    assert _balanced(out)
    runs = re.findall(r'<span class="t" data-o="(\d+)">(.*?)</span>', out, flags=re.S)
    assert "".join(html.unescape(r) for _, r in runs) == text
    for offset, run in runs:  # every run knows where it stands in the text
        assert text[int(offset) :].startswith(html.unescape(run))


def test_render_text_escapes_report_text() -> None:
    text = '<script>alert(1)</script><img src=x onerror="x()">'
    out = render_text(text, 0, len(text), [Mark(0, 8, 'q"1', 0)])
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and 'data-id="q&quot;1"' in out


def test_review_writes_index_and_one_page_per_document(extracted: Path) -> None:
    review = extracted / "review"
    assert sorted(p.name for p in review.glob("*.html")) == [
        "index.html",
        "seed.pdf.html",
        "seed.txt.html",
    ]
    index = (review / "index.html").read_text(encoding="utf-8")
    assert 'href="seed.txt.html"' in index and 'href="seed.pdf.html"' in index
    page = (review / "seed.txt.html").read_text(encoding="utf-8")
    doc = _doc(extracted, "seed.txt")
    for q in doc.facts.quantities:
        assert f'data-id="{q.id}"' in page
    assert page.count('class="pgmark"') == doc.source.pages
    assert "<table>" in page  # the seed's table 1, rendered as a table
    # self-contained: no URL that a browser would fetch
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "Content-Security-Policy" in page and "connect-src &#x27;none&#x27;" in page
    pdf_page = (review / "seed.pdf.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in pdf_page  # pages rendered by pypdfium2


def test_review_page_is_deterministic(extracted: Path) -> None:
    doc = _doc(extracted, "seed.txt")
    assert render_document_page(doc) == render_document_page(doc)


def test_hostile_report_is_escaped_in_the_file(hostile: Path) -> None:
    page = (hostile / "review" / "hostile.txt.html").read_text(encoding="utf-8")
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in page


# --------------------------------------------------------------------------- corrections


def test_apply_corrections_reject_edit_add(extracted: Path, tmp_path: Path) -> None:
    work = _copy_extracted(extracted, tmp_path / "x")
    doc = _doc(work, "seed.txt")
    machine = (work / "documents" / "seed.txt.json").read_bytes()
    start = doc.text.index("II期")
    q2, q5, q6 = (doc.facts.quantities[i].id for i in (1, 4, 5))
    corr = tmp_path / "corrections"
    corr.mkdir()
    (corr / "seed.txt.json").write_text(
        _corrections(
            doc,
            [
                {"action": "reject", "fact_id": q2},
                {"action": "edit", "fact_id": q5, "field": "value", "value": 123},
                {
                    "action": "add",
                    "type": "quantities",
                    "span": {"start": start, "end": start + 3},
                    "fields": {"value": 2, "unit": "期", "kind": "count"},
                    "at": "2026-01-02T09:00:00Z",
                },
                {"action": "reject", "fact_id": "q9999"},
                {"action": "edit", "fact_id": q6, "field": "kind", "value": "weight"},
                {"action": "edit", "fact_id": q6, "field": "span", "value": {}},
            ],
        ),
        encoding="utf-8",
    )
    report = apply_corrections(work, corr)
    assert [o.status for o in report.outcomes] == [
        "applied", "applied", "applied", "refused", "refused", "refused",
    ]  # fmt: skip
    assert "q9999 does not exist" in report.outcomes[3].reason
    assert (work / "documents" / "seed.txt.json").read_bytes() == machine
    reviewed = _doc(work / "reviewed", "seed.txt")
    by_id = {q.id: q for q in reviewed.facts.quantities}
    assert by_id[q2].review is not None and by_id[q2].review.action == "reject"
    assert by_id[q2].review.at == "2026-01-02T03:04:05Z"  # the file's `at`, not the clock
    assert by_id[q5].value == 123 and by_id[q5].review is not None
    assert by_id[q5].review.fields == ["value"]
    added = [q for q in reviewed.facts.quantities if q.rule == "review.add.v1"]
    assert len(added) == 1
    new = added[0]
    assert new.text == "II期" == reviewed.text[new.span.start : new.span.end]
    assert re.fullmatch(r"q-[0-9a-f]{8}", new.id) and new.unit == "期"  # the stable-id scheme
    assert new.id not in {q.id for q in doc.facts.quantities}
    assert new.review is not None and new.review.at == "2026-01-02T09:00:00Z"
    assert new.page == reviewed.page_at(start)
    assert "review" not in json.loads(machine)["facts"]["quantities"][0]
    # the dataset CSV leaves the rejected fact out; the log lists every outcome
    rows = (work / "reviewed" / "quantities.csv").read_text(encoding="utf-8").splitlines()
    ids = {r.split(",")[1] for r in rows[1:]}
    assert q2 not in ids and new.id in ids and q5 in ids
    log = (work / "reviewed" / "corrections.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(log) == 6
    # deterministic: a second application gives byte-identical files
    first = {p: p.read_bytes() for p in (work / "reviewed").rglob("*") if p.is_file()}
    apply_corrections(work, corr)
    assert {p: p.read_bytes() for p in (work / "reviewed").rglob("*") if p.is_file()} == first
    # and the reviewed folder passes the validator (rejected facts stay out of the CSVs)
    assert main(["validate", str(work / "reviewed")]) == 0


def test_changed_document_refuses_the_whole_file(extracted: Path, tmp_path: Path) -> None:
    work = _copy_extracted(extracted, tmp_path / "x")
    doc = _doc(work, "seed.txt")
    corr = tmp_path / "corrections"
    corr.mkdir()
    (corr / "seed.txt.json").write_text(
        _corrections(
            doc, [{"action": "reject", "fact_id": doc.facts.quantities[0].id}], sha="0" * 64
        ),
        encoding="utf-8",
    )
    (corr / "broken.json").write_text('{"schema_version": 1}', encoding="utf-8")
    assert main(["apply-corrections", str(work), str(corr)]) == 1
    report = apply_corrections(work, corr)
    reasons = {o.file: o.reason for o in report.refused}
    assert "document changed" in reasons["seed.txt.json"]
    assert "doc_id" in reasons["broken.json"]
    assert not list((work / "reviewed" / "documents").glob("*.json"))


def test_corrections_schema_is_the_model() -> None:
    schema = json.loads((ROOT / "schemas" / "corrections.schema.json").read_text("utf-8"))
    example = {
        "schema_version": 1,
        "doc_id": "seed.txt",
        "source_sha256": "ab" * 32,
        "corrections": [
            {"action": "reject", "fact_id": "q3"},
            {"action": "edit", "fact_id": "q5", "field": "value", "value": 123},
            {"action": "add", "type": "quantities", "span": {"start": 10, "end": 17}, "fields": {}},
        ],
    }
    jsonschema.validate(example, schema)
    Corrections.model_validate(example)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**example, "corrections": [{"action": "drop"}]}, schema)


def test_gold_from_a_reviewed_document(extracted: Path) -> None:
    doc = _doc(extracted, "seed.txt")
    gold = document_to_gold(doc)
    assert gold["source"] == "seed.txt" and gold["doc_date"] == "2024-01"
    assert len(gold["quantities"]) == len(doc.facts.quantities)
    first = gold["quantities"][0]
    assert first["text"] == "9項" and first["value"] == 9 and isinstance(first["value"], int)
    assert {"text", "value", "unit", "qualifier", "year", "is_forecast"} <= set(first)
    assert len(gold["dates"]) == sum(1 for d in doc.facts.dates if d.iso)


# --------------------------------------------------------------------------- browser


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright (no browser download: executable_path)."""
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the dev extra installs it
        executable = None
    if executable is None:
        reason = "chromium is not installed (`make system-deps` installs Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, headless=True)
        yield b
        b.close()


class PageWatch:
    """Console errors, page errors and dialogs of one page: a clean page has none."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))


def _select_text(page: Any, start: int, end: int) -> None:
    """Select the characters [start, end) of the document text, as a mouse drag would."""
    page.evaluate(
        """([start, end]) => {
          const runs = Array.from(document.querySelectorAll('#text span.t'));
          const at = (off) => {
            const t = runs.filter((r) => Number(r.dataset.o) <= off).pop();
            return [t.firstChild, off - Number(t.dataset.o)];
          };
          const range = document.createRange();
          range.setStart(...at(start));
          range.setEnd(...at(end));
          const sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
        }""",
        [start, end],
    )
    page.dispatch_event("#text", "mouseup")


def test_browser_review_round_trip(browser: Any, extracted: Path, tmp_path: Path) -> None:
    """Click, reject, edit, add, download → apply-corrections → gold → eval."""
    work = _copy_extracted(extracted, tmp_path / "extracted")
    shutil.copytree(extracted / "review", work / "review")
    doc = _doc(work, "seed.txt")
    context = browser.new_context(viewport={"width": 1366, "height": 800}, accept_downloads=True)
    page = context.new_page()
    watch = PageWatch(page)
    page.goto((work / "review" / "seed.txt.html").as_uri())

    # click a highlighted quantity: the panel shows its value and unit
    q1 = doc.facts.quantities[0]
    page.click(f'#text mark.hl[data-id="{q1.id}"]:not(.mention)')
    assert page.inner_text("#detail-text") == q1.text
    assert page.inner_text("#detail-norm") == f"= {q1.value:g} {q1.unit}"
    fields = dict(
        (row.query_selector("th").inner_text(), row.query_selector("td").inner_text())
        for row in page.query_selector_all("#fields tr")
    )
    assert fields["value"] == f"{q1.value:g}" and fields["unit"] == q1.unit

    # keyboard: j moves to the next fact in reading order, k back
    page.keyboard.press("j")
    second = page.inner_text("#detail .fid")
    assert second != q1.id
    page.keyboard.press("k")
    assert page.inner_text("#detail .fid") == q1.id

    # reject the second quantity
    q2, q5 = doc.facts.quantities[1].id, doc.facts.quantities[4].id
    page.click(f'#text mark.hl[data-id="{q2}"]:not(.mention)')
    page.click("#reject")
    assert page.locator(f'#text mark.rejected[data-id="{q2}"]').count() >= 1
    # edit the fifth one's value
    page.click(f'#text mark.hl[data-id="{q5}"]:not(.mention)')
    page.keyboard.press("e")
    page.select_option("#edit-field", "value")
    page.fill("#edit-value", "123")
    page.click("#edit-save")
    # add a missing fact from a selection
    start = doc.text.index("II期")
    _select_text(page, start, start + 3)
    page.select_option("#add-type", "quantities")
    page.fill("#add-value", "2")
    page.fill("#add-unit", "期")
    page.select_option("#add-kind", '"count"')
    page.click("#add-save")
    assert page.inner_text("#corr-n") == "3"
    assert page.evaluate("CSS.highlights.get('added').size") == 1  # the added span is shown

    # the work survives a reload (localStorage)
    page.reload()
    assert page.inner_text("#corr-n") == "3"
    ARTIFACTS.mkdir(exist_ok=True)
    page.click(f'#text mark.hl[data-id="{q1.id}"]:not(.mention)')
    page.screenshot(path=str(ARTIFACTS / "review-seed.png"))

    corrections = tmp_path / "corrections"
    corrections.mkdir()
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "seed.txt.json"
    saved = corrections / download.suggested_filename
    download.save_as(saved)
    assert watch.errors == []
    context.close()

    data = json.loads(saved.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "corrections.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    assert data["source_sha256"] == doc.source.sha256
    assert [c["action"] for c in data["corrections"]] == ["reject", "edit", "add"]
    assert data["corrections"][2]["span"] == {"start": start, "end": start + 3}

    assert main(["apply-corrections", str(work), str(corrections)]) == 0
    reviewed = _doc(work / "reviewed", "seed.txt")
    by_id = {q.id: q for q in reviewed.facts.quantities}
    assert by_id[q2].review is not None and by_id[q2].review.action == "reject"
    assert by_id[q5].value == 123
    added = [q for q in reviewed.facts.quantities if q.rule == "review.add.v1"]
    assert [(q.text, q.value, q.unit) for q in added] == [("II期", 2, "期")]

    gold = tmp_path / "gold"
    assert main(["gold", str(work / "reviewed"), "--out", str(gold)]) == 0
    assert sorted(p.name for p in gold.iterdir()) == ["seed.json"]
    scores = tmp_path / "scores.json"
    main(["eval", "--gold", str(gold), str(RAW / "seed.txt"), "--json", str(scores)])
    q = json.loads(scores.read_text(encoding="utf-8"))["total"]["quantities"]
    # rejected q2 and q5's old value are now spurious; 123 and the added II期 are missed
    n = len(doc.facts.quantities)
    assert (q["tp"], q["fp"], q["fn"]) == (n - 2, 2, 2)


def test_browser_pdf_page_shows_the_fact_box(browser: Any, extracted: Path) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 800})
    watch = PageWatch(page)
    page.goto((extracted / "review" / "seed.pdf.html").as_uri())
    q1 = _doc(extracted, "seed.pdf").facts.quantities[0].id
    page.click(f'#text mark.hl[data-id="{q1}"]:not(.mention)')
    assert page.locator("#detail .pageimg img").count() == 1
    box = page.locator("#detail .pageimg .box").bounding_box()
    img = page.locator("#detail .pageimg img").bounding_box()
    assert box is not None and img is not None
    assert img["x"] <= box["x"] and box["x"] + box["width"] <= img["x"] + img["width"] + 1
    assert 0 < box["width"] < img["width"] / 4
    # the legend filters a type out: navigation skips it
    page.uncheck('#legend input[data-type-index="0"]')  # quantities
    assert "hide0" in (page.get_attribute("body", "class") or "")
    for _ in range(5):
        page.keyboard.press("j")
        assert page.inner_text("#detail .badge") != "Quantities"
    assert watch.errors == []
    page.close()


def test_browser_hostile_report_runs_no_script(browser: Any, hostile: Path) -> None:
    page = browser.new_page()
    watch = PageWatch(page)
    page.goto((hostile / "review" / "hostile.txt.html").as_uri())
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#text img").count() == 0
    assert page.locator("script:not([type])").count() == 1  # the page's own script only
    text = page.inner_text("#text")
    assert "<script>window.__pwned=1;alert(1)</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    # the failed check is listed first; f jumps to it and selects its first fact
    doc = _doc(hostile, "hostile.txt")
    failed = next(c for c in doc.checks if c.status == "fail")
    page.keyboard.press("f")
    assert page.locator("li.check.fail.focus").count() == 1
    assert page.inner_text("#detail .fid") == failed.fact_ids[0]
    q1 = doc.facts.quantities[0].id
    page.click(f'#text mark.hl[data-id="{q1}"]:not(.mention)')
    assert "<img src=x" in page.inner_text("#detail .sentence")
    assert page.evaluate("window.__pwned") is None
    assert watch.errors == []
    page.close()


# --------------------------------------------------------------------------- eval and run output


def test_eval_details_prints_each_missed_and_spurious_fact_with_its_sentence(
    extracted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _doc(extracted, "seed.txt")
    gold = document_to_gold(doc)
    dropped = gold["quantities"].pop(0)  # the pipeline's 9項 becomes spurious
    gold["quantities"].append({"text": "II期", "value": 2, "unit": "期", "qualifier": "eq"})
    gold["organizations"].append("Nowhere Biotech")
    (tmp_path / "seed.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", "--gold", str(tmp_path), str(RAW / "seed.txt"), "--details"]) == 0
    out = capsys.readouterr().out
    n = len(doc.facts.quantities)
    row = r"[│\s]+".join(["quantities", str(n), str(n), str(n - 1), "1", "1", r"0\.9\d\d"])
    assert re.search(row, out)  # the per-type table
    lines = out.splitlines()
    # 9項 is written twice: the second, left without a gold partner, is the spurious one
    spurious = next(i for i, line in enumerate(lines) if "spurious quantities q" in line)
    assert "9 項" in lines[spurious] and dropped["text"] in lines[spurious + 1]
    missing = next(i for i, line in enumerate(lines) if "missing  quantities" in line)
    assert "2 期 «II期»" in lines[missing] and "II期" in lines[missing + 1]
    assert any("missing  organizations: Nowhere Biotech" in line for line in lines)
    assert main(["eval", "--gold", str(tmp_path), str(RAW / "seed.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)  # only JSON on stdout
    details = data["documents"]["seed.txt"]["details"]
    assert {(d["kind"], d["fact_type"], d["value"]) for d in details} == {
        ("spurious", "quantities", "9 項"),
        ("missing", "quantities", "2 期"),
        ("missing", "organizations", "Nowhere Biotech"),
    }


def test_run_summary_table_and_no_progress_bar_off_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(RAW / "seed.txt"), "--out", str(tmp_path), "--no-isolate"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # no progress bar when stderr is not a terminal
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(r"│\s*([a-z ]+?)\s*│\s*([^│]+?)\s*│", captured.out)
    }
    doc = _doc(tmp_path, "seed.txt")
    assert rows["documents"] == "1" and rows["pages"] == str(doc.source.pages)
    assert rows["quantities"] == str(len(doc.facts.quantities))
    assert rows["failed checks"] == "0" and rows["errors"] == "0"
    assert rows["time"].endswith(" s")


def test_run_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """stderr on a pseudo-terminal: rich draws the bar there (and clears it at the end)."""
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(RAW / "seed.txt"), "--out", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    stdout, _ = proc.communicate()
    os.close(master)
    assert proc.returncode == 0
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert "extracting" in terminal and "1/1" in terminal
    assert "run summary" in stdout.decode("utf-8")
