"""Fast paths give exactly what the plain computation they replace gives.

Each speed-up of the text stages (issue 13) is a shortcut around a plain computation:
these property tests hold the two equal on arbitrary text built from the characters
that matter to each.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.chars import _FOLD, _FOLD_MEMO_MIN, fold_width
from pipeline.extract.entities.discovery import _SLASH_LIST, _slash_list_matches

# Characters a slash list is made of and broken by: names, slashes, notes, newlines.
_SLASH_TEXT = st.text(alphabet="/\n\r名稱AB1 （）()，：、", max_size=300)
_WIDE_TEXT = st.text(alphabet="１２Ａａ％＋－．／～\u3000台積電/ 12Aa\n", max_size=50)


@settings(max_examples=400, deadline=None)
@given(_SLASH_TEXT)
def test_slash_lists_found_line_by_line_are_the_whole_texts(text: str) -> None:
    got = [(m.start(), m.end(), m.group()) for m in _slash_list_matches(text)]
    assert got == [(m.start(), m.end(), m.group()) for m in _SLASH_LIST.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(_WIDE_TEXT, st.integers(min_value=0, max_value=3))
def test_long_text_fold_is_memoized_and_equal(piece: str, extra: int) -> None:
    text = piece * (_FOLD_MEMO_MIN // max(len(piece), 1) + 1) + "Ａ" * extra
    folded = fold_width(text)
    assert folded == text.translate(_FOLD)
    assert len(folded) == len(text)
    assert fold_width(text) is folded or len(text) < _FOLD_MEMO_MIN


def test_slash_list_on_its_own_line_among_others() -> None:
    text = "營收成長/衰退\n匯頂科技/思特威/瑞芯微/寒武紀\n結論"
    spans = [m.span() for m in _slash_list_matches(text)]
    assert spans == [m.span() for m in _SLASH_LIST.finditer(text)]
    assert [text[s:e] for s, e in spans] == ["匯頂科技/思特威/瑞芯微/寒武紀"]
    assert re.fullmatch(_SLASH_LIST, "匯頂科技/思特威/瑞芯微") is None  # three items: no list
