"""Rows of a table in a text dump: a label that may hold spaces, then numeric columns."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.chars import fold_width
from pipeline.pdftables.cells import (
    _is_year,
    _norm_label,
    is_account_code,
    is_value_token,
    parse_cell,
    parse_unit,
    parse_value_cell,
)
from pipeline.pdftables.lexicon import _TOKEN_RE, _WS_RE, _lex

RULE_TEXT = "tables.text.v1"


# --------------------------------------------------------------------------- text tables


@dataclass
class TextCell:
    """A cell of a text row: its text and ``[start, end)`` offsets in its line."""

    text: str
    start: int
    end: int


@dataclass
class TextRow:
    line: int  # index into the parsed lines
    cells: list[TextCell | None]


@dataclass
class TextTable:
    """Rows read from text lines: ``columns`` names every cell position."""

    columns: list[str]
    rows: list[TextRow]
    stub: int
    header_lines: list[int] = field(default_factory=list)
    header_parts: list[list[str]] = field(default_factory=list)
    unit: str | None = None
    unit_lines: list[int] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)


@dataclass
class _Tok:
    text: str
    start: int
    end: int


def _tokens(line: str) -> list[_Tok]:
    return [_Tok(line[m.start() : m.end()], m.start(), m.end()) for m in _TOKEN_RE.finditer(line)]


def _value_suffix(toks: Sequence[_Tok]) -> int:
    n = 0
    for t in reversed(toks):
        if not is_value_token(t.text):
            break
        n += 1
    return min(n, max(len(toks) - 1, 0))


def _header_like(toks: Sequence[_Tok], suffix: int) -> bool:
    """A first line is a header unless it reads as a data row (years are header names)."""
    if not toks:
        return False
    if suffix == 0:
        return True
    return all(_is_year(t.text) for t in toks[len(toks) - suffix :])


def _merge_header_tokens(line: str, toks: list[_Tok]) -> list[_Tok]:
    """Join tokens a header splits by spaces: ``產值 (億美元)``, ``2023 年``, ``2024 (e)``."""
    out: list[_Tok] = []
    for t in toks:
        f = fold_width(t.text)
        if out and (
            (f[0] in "(（" and parse_unit(f) is not None)
            or (_lex().year_suffix.match(f) and fold_width(out[-1].text)[-1:].isdigit())
        ):
            prev = out[-1]
            out[-1] = _Tok(line[prev.start : t.end], prev.start, t.end)
        else:
            out.append(t)
    return out


def _drop_unit_phrase(line: str, toks: list[_Tok]) -> tuple[list[_Tok], str | None]:
    m = _lex().unit_inline.search(fold_width(line))
    if not m:
        return toks, None
    kept = [t for t in toks if t.end <= m.start() or t.start >= m.end()]
    return kept, line[m.start("unit") : m.end("unit")].strip()


def _mode(values: Sequence[int]) -> int:
    if not values:
        return 0
    counts = Counter(values)
    best = max(counts.values())
    return max(v for v, c in counts.items() if c == best)


def _group_names(groups: list[str], n: int) -> list[str] | None:
    if not groups or n % len(groups):
        return None
    span = n // len(groups)
    return [groups[k // span] for k in range(n)]


_RULE_LINE_RE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$|^\s*[-=+|: ]{8,}$")
_PIPE_ROW_RE = re.compile(r"^[^|]*\|[^|]*\|.*$")  # two pipes: `| a | b |`, `a | b | c`
_WIDE_GAP_RE = re.compile(r"\S(?: {2,}|\t|\u3000)\S")


def _split_cells(line: str, sep: str) -> list[_Tok]:
    """Cells between separators (``|`` or a tab), trimmed, with their offsets in ``line``."""
    out: list[_Tok] = []
    pieces = line.split(sep)
    pos = 0
    for k, piece in enumerate(pieces):
        start, end = pos, pos + len(piece)
        pos = end + len(sep)
        if sep == "|" and k in (0, len(pieces) - 1) and not piece.strip():
            continue  # outside the leading and trailing pipes
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        m = _EMPHASIS_RE.match(text) if sep == "|" else None
        if m:  # Markdown bold or italic around the whole cell: the cell is what it wraps
            lead += m.start("t")
            text = m.group("t")
        out.append(_Tok(text, start + lead, start + lead + len(text)))
    return out


# ``**名稱**``, ``__名稱__``, ``*名稱*``: a Markdown table's emphasis around a cell.
_EMPHASIS_RE = re.compile(r"^(?P<m>\*{1,3}|_{2,3})(?P<t>\S(?:.*\S)?)(?P=m)$")


def _split_layout(line: str) -> list[_Tok]:
    """Cells of a layout dump: runs of text split at two or more spaces (or a tab)."""
    return [
        _Tok(m.group(), m.start(), m.end())
        for m in re.finditer(
            r"\S+(?:[ ](?! )\S+)*", line.replace("\t", "  ").replace("\u3000", "  ")
        )
    ]


def _delimited(lines: Sequence[str], content: Sequence[int]) -> list[list[_Tok]] | None:
    """Cells per line when the table marks its columns (pipes, tabs, or wide gaps on every
    line with one cell count): None when it does not and the rows must be read by their
    trailing numbers."""
    texts = [fold_width(lines[i]) for i in content]
    cells: list[list[_Tok]] | None = None
    if all(_PIPE_ROW_RE.match(t) or _RULE_LINE_RE.match(t) for t in texts):
        cells = [[] if _RULE_LINE_RE.match(t) else _split_cells(t, "|") for t in texts]
    elif all("\t" in t for t in texts):
        cells = [_split_cells(t, "\t") for t in texts]
    elif len(texts) >= 2 and all(_WIDE_GAP_RE.search(t) for t in texts):
        cells = [_split_layout(t) for t in texts]
        n = len(cells[0])
        if n < 2 or sum(1 for c in cells if len(c) == n) < 0.8 * len(cells):
            return None
        if any(len(c) > n for c in cells):
            return None
    if cells is None:
        return None
    # Offsets were found on the folded text: quote the original characters.
    return [
        [_Tok(lines[i][t.start : t.end], t.start, t.end) for t in row]
        for i, row in zip(content, cells, strict=True)
    ]


def _parse_delimited(
    lines: Sequence[str],
    cells: list[list[_Tok]],
    content: Sequence[int],
    unit: str | None,
    unit_lines: list[int],
) -> TextTable:
    rows_at = [i for i, c in zip(content, cells, strict=True) if c]
    by_line = dict(zip(content, cells, strict=True))
    header_line = rows_at[0]
    header = by_line[header_line]
    ncol = max(len(c) for c in cells)
    columns = [t.text for t in header] + [""] * (ncol - len(header))
    body = [i for i in rows_at[1:] if [t.text for t in by_line[i]] != columns[: len(by_line[i])]]
    texts = [[t.text for t in by_line[i]] + [""] * (ncol - len(by_line[i])) for i in body]
    stub = max(_stub_count(texts, ncol), 1) if ncol > 1 else 1
    rows = [
        TextRow(
            i,
            [TextCell(t.text, t.start, t.end) if t.text else None for t in by_line[i]]
            + [None] * (ncol - len(by_line[i])),
        )
        for i in body
    ]
    return TextTable(
        columns=columns,
        rows=rows,
        stub=stub,
        header_lines=[header_line],
        header_parts=[[c] if c else [] for c in columns],
        unit=unit,
        unit_lines=unit_lines,
        skipped_lines=[i for i in content if i not in body and i != header_line],
    )


def parse_text_table(lines: Sequence[str]) -> TextTable:
    """Rows of a text-dump table: header line(s) first, then ``label v1 v2 ...`` rows.

    The label may hold spaces and Latin (``自體 CD 34+ selection 0 0 0``): the number of
    value columns is the most common count of trailing numeric tokens, so the label is
    whatever stands before them. The header may have fewer tokens than a data row.
    """
    lex = _lex()
    toks: list[list[_Tok]] = []
    unit: str | None = None
    unit_lines: list[int] = []
    for i, line in enumerate(lines):
        f = fold_width(line)
        m = lex.unit_line.match(f)
        if m:
            unit = unit or line[m.start("unit") : m.end("unit")].strip()
            unit_lines.append(i)
            toks.append([])
            continue
        toks.append(_tokens(line))
    content = [i for i, t in enumerate(toks) if t]
    if not content:
        return TextTable([], [], 0, unit=unit, unit_lines=unit_lines)
    delimited = _delimited(lines, content)
    if delimited is not None and any(delimited):
        return _parse_delimited(lines, delimited, content, unit, unit_lines)
    suffix = {i: _value_suffix(toks[i]) for i in content}

    header_lines: list[int] = []
    first = content[0]
    if _header_like(toks[first], suffix[first]) or len(content) == 1:
        header_lines.append(first)
    body = [i for i in content if i not in header_lines]
    n_num = _mode([suffix[i] for i in body if suffix[i] >= 1])
    # Further header lines come before the first data row, and only under a first line
    # too short to name every column (group names over a second line: a two-level header).
    first_kept, _ = _drop_unit_phrase(lines[first], toks[first])
    if header_lines and len(_merge_header_tokens(lines[first], first_kept)) < n_num + 1:
        for i in body[:2]:
            if (suffix[i] == 0 and len(toks[i]) >= 2) or (
                suffix[i] >= 2
                and all(_is_year(t.text) for t in toks[i][-suffix[i] :])
                and len(toks[i]) - suffix[i] <= 1
            ):
                header_lines.append(i)
            else:
                break
        body = [i for i in content if i not in header_lines]
        if n_num == 0:
            n_num = _mode([suffix[i] for i in body if suffix[i] >= 1])

    # Header names per value column (bottom line last), stub header names.
    header_toks: list[list[_Tok]] = []
    for i in header_lines:
        kept, inline = _drop_unit_phrase(lines[i], toks[i])
        unit = unit or inline
        header_toks.append(_merge_header_tokens(lines[i], kept))

    labels = [toks[i][: len(toks[i]) - min(suffix[i], n_num)] for i in body]
    label_counts = [len(lab) for i, lab in zip(body, labels, strict=True) if lab and suffix[i]]

    stub = 1
    stub_names: list[str] = [""]
    parts: list[list[str]] = [[] for _ in range(n_num)]
    if header_toks:
        bottom = header_toks[-1]
        h = len(bottom)
        extra = h - n_num - 1
        if n_num == 0:
            stub = 1
            stub_names = [" ".join(t.text for t in bottom)] if bottom else [""]
        elif extra >= 0:
            if (
                extra > 0
                and label_counts
                and min(label_counts) >= extra + 1
                and statistics.median_low(label_counts) == extra + 1
            ):
                stub = extra + 1
                stub_names = [t.text for t in bottom[:stub]]
            else:
                stub_names = [lines[header_lines[-1]][bottom[0].start : bottom[extra].end]]
            for k, t in enumerate(bottom[h - n_num :]):
                parts[k].append(t.text)
        else:
            names = [t.text for t in bottom]
            names = [""] * (n_num - len(names)) + names
            for k, name in enumerate(names):
                parts[k].append(name)
        # Upper header lines: a group name over each run of columns.
        for upper in reversed(header_toks[:-1]):
            texts = [t.text for t in upper]
            groups: list[str] | None = None
            if (
                len(texts) >= 2
                and n_num % (len(texts) - 1) == 0
                and (_norm_label(texts[0]) in lex.header_keywords or len(texts) - 1 < n_num)
            ):
                groups = _group_names(texts[1:], n_num)
                if not stub_names[0]:
                    stub_names[0] = texts[0]
            if groups is None:
                groups = _group_names(texts, n_num)
            if groups is None:
                continue
            for k in range(n_num):
                if groups[k] and groups[k] not in parts[k]:
                    parts[k].insert(0, groups[k])

    columns = stub_names + [" / ".join(p for p in ps if p) for ps in parts]
    header_parts = [[s] for s in stub_names] + parts

    ref_header = _WS_RE.sub("", fold_width(lines[header_lines[0]])) if header_lines else None
    rows: list[TextRow] = []
    skipped: list[int] = []
    for i, lab in zip(body, labels, strict=True):
        if ref_header is not None and _WS_RE.sub("", fold_width(lines[i])) == ref_header:
            skipped.append(i)  # the header repeated on a continuation page
            continue
        row_toks = toks[i]
        k = min(suffix[i], n_num)
        values = row_toks[len(row_toks) - k :] if k else []
        cells: list[TextCell | None] = [None] * (stub + n_num)
        line = lines[i]
        if lab:
            if stub == 1 or len(lab) >= stub:
                lead = lab[: stub - 1] if stub > 1 else []
                rest = lab[len(lead) :]
                for j, tok in enumerate(lead):
                    cells[j] = TextCell(tok.text, tok.start, tok.end)
                cells[stub - 1] = TextCell(
                    line[rest[0].start : rest[-1].end], rest[0].start, rest[-1].end
                )
            else:
                for j, tok in enumerate(lab):
                    cells[stub - len(lab) + j] = TextCell(tok.text, tok.start, tok.end)
        for j, tok in enumerate(values):
            cells[stub + j] = TextCell(tok.text, tok.start, tok.end)
        rows.append(TextRow(i, cells))
    return TextTable(
        columns=columns,
        rows=rows,
        stub=stub,
        header_lines=header_lines,
        header_parts=header_parts,
        unit=unit,
        unit_lines=unit_lines,
        skipped_lines=skipped,
    )


def _stub_count(body: list[list[str]], ncol: int) -> int:
    """Leading label columns: mostly text (or years), or a rank column before a text one.

    A table of text only (its last column text too: a list of makers and their clients,
    of standards and what they change) has no value column for its labels to stop at:
    its rows are named by the first text column (after any code or rank column), the
    other columns are what the row says, never parts of its name (``鴻海 / NVIDIA、
    Microsoft / 廣達`` was one two-up list row's name)."""
    stub, lead = _label_columns(body, ncol)
    if ncol > 2 and stub == ncol - 1:
        last = [r[-1] for r in body if len(r) == ncol and r[-1]]
        first = [r[0] for r in body if r and r[0]]
        if all(re.fullmatch(r"\d{1,3}\.?", fold_width(v)) for v in first):
            lead = max(lead, 1)  # ranks (``1.``) read as text: they number the rows
        if _texty(last, False):
            return lead + 1
    return stub


def _label_columns(body: list[list[str]], ncol: int) -> tuple[int, int]:
    """The leading label columns and how many of them are codes or ranks (columns that
    number the rows before the first text column)."""
    stub = lead = 0
    for j in range(ncol - 1):
        vals = [r[j] for r in body if j < len(r) and r[j]]
        if not vals:
            break
        codes = sum(1 for v in vals if is_account_code(v))
        if (
            j == 0
            and 2 * codes > len(vals)
            and all(is_account_code(v) or parse_cell(v) is None for v in vals)
        ):
            # a statement's account codes (1100, 11XX): labels, not amounts; the column's
            # name may stand among them, set again over each page a statement continues on
            stub += 1
            lead = stub
            continue
        # a first column of ranges (``20~30``) is brackets naming the rows, not figures;
        # so is a column of ranges before more text (a loan's rate range before its term:
        # ``1.84%~2.07%`` | ``108/12/27~120/12/27`` | amount): it describes the row
        if _texty(vals, j == 0) or (
            _texty(vals, True)
            and _texty([r[j + 1] for r in body if j + 1 < len(r) and r[j + 1]], False)
        ):
            stub += 1
            continue
        if j == 0 and all(re.fullmatch(r"\d{1,3}\.?", fold_width(v)) for v in vals):
            nxt = [r[1] for r in body if len(r) > 1 and r[1]]
            if nxt and sum(1 for v in nxt if parse_cell(v) is None) >= 0.6 * len(nxt):
                stub += 1
                lead = stub
                continue
        if j == 0 and _row_numbers(vals):
            stub += 1  # months 1–12 down a deck's monthly table, then 合計: labels
            lead = stub
            continue
        break
    return stub, lead


def _texty(vals: list[str], ranges: bool) -> bool:
    """Mostly text (or years; or ranges when ``ranges``), not figures: a label column."""
    read = [(v, parse_value_cell(v)) for v in vals]
    texty = sum(
        1
        for v, cv in read
        if cv is None or _is_year(v) or (ranges and cv.upper is not None)
    )
    return bool(vals) and texty >= 0.6 * len(vals)


def _row_numbers(vals: list[str]) -> bool:
    """Numbers counting up by one from 0 or 1, down every row but label rows (合計)."""
    nums = [int(v) for v in vals if re.fullmatch(r"\d{1,3}", fold_width(v).strip())]
    rest = [v for v in vals if not re.fullmatch(r"\d{1,3}", fold_width(v).strip())]
    return (
        len(nums) >= 2
        and nums[0] in (0, 1)
        and nums == list(range(nums[0], nums[0] + len(nums)))
        and all(parse_cell(v) is None for v in rest)
    )
