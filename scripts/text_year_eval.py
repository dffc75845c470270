"""Score the year a text establishes on its own against the year it was written in.

Texts copied without their dateline (news archives, data sets) rest every relative date
(今年, 去年, a bare ``3月``) on the year the text itself establishes
(``dates.own_text_year``). This measures that on a folder of real texts whose true year is
known but no longer written in them: ``FOLDER/years.tsv`` lists ``name<TAB>year`` per
line and ``FOLDER/name.txt`` is the text. Each text is scored ``right``, ``wrong`` (a year
that is not the true one: worse than none, since every relative date follows it) or
``unresolved``; ``--list`` prints the wrong and unresolved ones with the evidence.
No data ships with the repository: README (dates) says how to build such a folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.extract.dates import own_text_year


def score(folder: Path) -> list[dict[str, str | int | None]]:
    """One row per listed text: its name, true year, inferred year, evidence and verdict."""
    rows: list[dict[str, str | int | None]] = []
    for line in (folder / "years.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, true = line.split("\t")[:2]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        year, evidence = own_text_year(text)
        verdict = "unresolved" if year is None else "right" if year == true.strip() else "wrong"
        rows.append(
            {
                "name": name,
                "true": int(true),
                "year": year,
                "evidence": evidence,
                "verdict": verdict,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("folder", type=Path, help="texts and years.tsv (name<TAB>true year)")
    ap.add_argument("--list", action="store_true", help="print the wrong and unresolved texts")
    ap.add_argument("--json", type=Path, help="write every row to this JSON file")
    args = ap.parse_args(argv)
    rows = score(args.folder)
    verdicts = Counter(str(r["verdict"]) for r in rows)
    if args.list:
        for r in rows:
            if r["verdict"] != "right":
                v, name, true, got = r["verdict"], r["name"], r["true"], r["year"]
                print(f"{v:10} {name} true={true} got={got} {r['evidence']}")
    by_evidence = Counter((str(r["evidence"]), str(r["verdict"])) for r in rows)
    for (evidence, verdict), n in sorted(by_evidence.items()):
        print(f"  {evidence:20} {verdict:10} {n}")
    print(
        f"{len(rows)} texts: right {verdicts['right']}, wrong {verdicts['wrong']}, "
        f"unresolved {verdicts['unresolved']}"
    )
    if args.json:
        args.json.write_text(
            json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
