"""Regenerate pipeline/lexicon/dict_orgs.yaml from the organization names in jieba's dictionary.

jieba (MIT) tags about 4,700 words of its Simplified dictionary ``nt`` (an organization's
name). Those ending in a word for a company, bank, exchange, group or research body
(銀行, 證券, 交易所, 集團, 公司, 研究院 …) are converted to Taiwanese wording with OpenCC
``s2twp`` and written as lexicon entries: banks with common words in their names
(華南銀行, 渣打銀行, 英格蘭銀行), exchanges (芝加哥商品交易所), groups (海爾集團). The pipeline
reads only the generated YAML (no jieba dictionary walk, no OpenCC at run time).

Left out: a name whose part before the ending is itself an everyday word, a place or a
number (國家銀行, 網上銀行, 日本公司, 百家公司: a kind of body, not one), and a name that
opens with a name the hand-written lexicons already know, maybe after a place (美國高通公司 is
found as 高通 + 公司).

    .venv/bin/python scripts/gen_dict_orgs.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import jieba
from opencc import OpenCC

from pipeline.extract.entities.lexicon import ORG_LEXICONS
from pipeline.lexicon import load_lexicon

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "lexicon" / "dict_orgs.yaml"
SOURCE_LEXICON = "dict_orgs"
# The ending (in jieba's Simplified spelling) and the kind of body it names.
ENDINGS = {
    "交易所": "other",
    "研究院": "research",
    "研究所": "research",
    "银行": "company",
    "证券": "company",
    "集团": "company",
    "公司": "company",
    "控股": "company",
    "投资": "company",
    "资本": "company",
    "保险": "company",
    "制药": "company",
    "药业": "company",
    "电子": "company",
    "半导体": "company",
    "航空": "company",
}
# jieba tags of an everyday word: a stem tagged so is a kind of body, not a name.
EVERYDAY_TAGS = frozenset(
    {"n", "v", "vn", "vd", "a", "ad", "an", "d", "b", "m", "mq", "q", "f", "s", "t", "r", "p"}
)
PLACE_TAGS = frozenset({"ns"})
# After a place these endings still make one body's name (華南銀行, 東京證券交易所,
# 日本航空); 日本公司 or 中國集團 is any company of the place.
PLACE_NAMED = ("交易所", "银行", "证券", "航空", "研究院", "研究所")
# A body of a country or party, not an organization an industry report names.
# Words of a kind of business that org_suffixes.yaml keeps among places (subsidiary_marks).
KIND_WORDS = ("投資", "創投", "創業投資", "信託", "資產管理", "顧問", "貿易", "租賃", "石化", "總")
LEFT_OUT = re.compile(r"(國集團|黨|委員會|政府|七十七國)")


def _jieba_words() -> dict[str, tuple[int, str]]:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def _known_names() -> set[str]:
    names: set[str] = set()
    for lexicon in ORG_LEXICONS:
        if lexicon == SOURCE_LEXICON:
            continue
        for raw in load_lexicon(lexicon):
            if isinstance(raw, str):
                names.add(raw)
            else:
                names.update([raw["name"], *raw.get("aliases", ())])
    return {n for n in names if len(n) >= 2 and not n.isascii()}


def _stem_is_everyday(stem: str, ending: str, words: dict[str, tuple[int, str]]) -> bool:
    """国家 in 国家银行, 日本 in 日本公司: the part before the ending says what kind, not who."""
    if len(stem) < 2:
        return True
    tag = words.get(stem, (0, ""))[1]
    return tag in EVERYDAY_TAGS or (tag in PLACE_TAGS and ending not in PLACE_NAMED)


def _trade_words() -> frozenset[str]:
    """The words of a company's trade and legal form (org_suffixes.yaml): 創投 + 公司 is a kind."""
    suffixes = load_lexicon("org_suffixes")
    words = [*suffixes["legal_name_words"], *KIND_WORDS]
    for trade in suffixes["industry_words"].values():
        words.extend(trade)
    return frozenset(words)


def _covered(text: str, words: frozenset[str]) -> bool:
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        ok[end] = any(ok[start] and text[start:end] in words for start in range(end))
    return ok[-1]


def _known_after_place(
    word: str, name: str, known: set[str], words: dict[str, tuple[int, str]]
) -> bool:
    """美國高通公司, 中國建設銀行: a known name, maybe after a place, is found as that name."""
    heads = [0] + [k for k in (2, 3) if words.get(word[:k], (0, ""))[1] in PLACE_TAGS]
    return any(name[k:].startswith(n) for k in heads for n in known)


def entries() -> list[tuple[str, str]]:
    words = _jieba_words()
    known = _known_names()
    trade = _trade_words()
    cc = OpenCC("s2twp")
    out: dict[str, str] = {}
    for word, (_, tag) in sorted(words.items()):
        if tag != "nt":
            continue
        ending = next((e for e in ENDINGS if word.endswith(e)), None)
        if ending is None or _stem_is_everyday(word[: -len(ending)], ending, words):
            continue
        name = cc.convert(word)
        stem = name[: -len(ending)]
        if LEFT_OUT.search(name) or _known_after_place(word, name, known, words):
            continue
        if _covered(stem, trade):
            continue
        out.setdefault(name, ENDINGS[ending])
    return sorted(out.items())


def main() -> None:
    rows = entries()
    lines = [
        "# Organizations named in jieba's dictionary (words tagged nt, ending in a word for a",
        "# company, bank, exchange, group or research body), in Taiwanese wording (OpenCC s2twp).",
        "# GENERATED by scripts/gen_dict_orgs.py: do not edit by hand (add names to",
        "# global_companies.yaml instead). Source and licence: LEXICON_SOURCES.md.",
    ]
    lines += [f"- {{name: {name}, kind: {kind}}}" for name, kind in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} organizations -> {OUT}")


if __name__ == "__main__":
    main()
