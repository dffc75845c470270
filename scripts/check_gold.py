"""Check the hand-made real-text gold files against their texts and the gold format.

Why: gold is typed by hand; a typo in a span, a unit or an ISO date silently corrupts every score
measured against it. Run: python scripts/check_gold.py [gold_dir] (default tests/gold/real/dev).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

LEXICON = Path(__file__).resolve().parents[1] / "pipeline" / "lexicon"


def _lexicon_currencies() -> frozenset[str]:
    """Every ISO code the currency lexicon maps a word to (泰銖 → THB): a gold unit the
    pipeline can name is a valid one, so the checker and the lexicon never drift apart."""
    text = (LEXICON / "currencies.yaml").read_text(encoding="utf-8")
    return frozenset(re.findall(r":\s*([A-Z]{3})\s*$", text, flags=re.M))


ISO_CURRENCIES = frozenset(
    ["USD", "TWD", "CNY", "EUR", "JPY", "KRW", "HKD", "GBP", "CHF", "DKK", "SGD", "AUD", "CAD"]
) | _lexicon_currencies()
QUALIFIERS = {"eq", "approx", "gt", "gte", "lt", "lte"}
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DOC_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
# Latin measure words, written as in the text (FORMAT.md: technical units). A closed list, no
# wildcard: an arbitrary Latin word (a product name, `x`) must still fail. SI prefixes are kept,
# never converted (`1kV` -> 1 kV, `5,200KW` -> 5200 kW); a compound per-unit is one word as written.
_SI_UNITS = (
    "V", "kV", "mV", "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh",
    "A", "mA", "Ah", "mAh", "Hz", "kHz", "MHz", "GHz",
    "bps", "kbps", "Mbps", "Gbps", "Tbps", "KB/s", "MB/s", "GB/s", "TB/s", "IOPS",
    "μm", "um", "mm", "cm", "m", "km", "nm", "pm", "fF", "pF", "nF", "μF", "uF",
    "s", "ms", "μs", "us", "ns", "dB", "°C", "℃", "mg", "g", "kg", "ml", "mL",
    "pin", "Tbps/mm", "fF/μm2",
)
_DATA_UNITS = ("KB", "MB", "GB", "TB", "PB", "EB", "Gb", "Mb", "kb", "Tb")
_OTHER_UNITS = ("MP", "pp", "ppts", "bp")
MEASURE_WORD = re.compile(
    r"^[\u3400-\u9fff]{1,3}$|^("
    + "|".join(re.escape(u) for u in _SI_UNITS + _DATA_UNITS + _OTHER_UNITS)
    + r")$"
)
REQUIRED = ("source", "doc_date", "quantities", "dates", "products", "organizations")


def text_for(gold_path: Path) -> Path:
    """The text a gold file annotates: gold/real/<set>/x.json -> corpus/real/<set>/x.txt."""
    parts = list(gold_path.parts)
    idx = len(parts) - 1 - parts[::-1].index("gold")
    parts[idx] = "corpus"
    return Path(*parts).with_suffix(".txt")


def check_quantity(q: dict[str, Any], text: str, where: str) -> list[str]:
    errors: list[str] = []
    for key in ("text", "value", "unit", "qualifier"):
        if key not in q:
            errors.append(f"{where}: missing {key}")
    if errors:
        return errors
    if q["text"] not in text:
        errors.append(f"{where}: text {q['text']!r} not in the document")
    if not isinstance(q["value"], int | float) or isinstance(q["value"], bool):
        errors.append(f"{where}: value {q['value']!r} is not a number")
    unit = q["unit"]
    if not (unit in ISO_CURRENCIES or unit == "%" or MEASURE_WORD.match(unit)):
        errors.append(f"{where}: unit {unit!r} is neither an ISO currency, % nor a measure word")
    if q["qualifier"] not in QUALIFIERS:
        errors.append(f"{where}: qualifier {q['qualifier']!r}")
    year = q.get("year")
    if year is not None and not (isinstance(year, int) and 1900 <= year <= 2100):
        errors.append(f"{where}: year {q['year']!r}")
    if "is_forecast" in q and not isinstance(q["is_forecast"], bool):
        errors.append(f"{where}: is_forecast {q['is_forecast']!r}")
    if "subject" in q and not (isinstance(q["subject"], str) and q["subject"]):
        errors.append(f"{where}: subject {q['subject']!r}")
    return errors


def check_file(gold_path: Path) -> list[str]:
    """All problems of one gold file, as readable one-line messages."""
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{gold_path}: invalid JSON: {exc}"]
    txt_path = text_for(gold_path)
    if not txt_path.exists():
        return [f"{gold_path}: no text {txt_path}"]
    text = txt_path.read_text(encoding="utf-8")
    errors = [f"{gold_path}: missing key {k}" for k in REQUIRED if k not in gold]
    if errors:
        return errors
    if gold["doc_date"] is not None and not DOC_DATE.match(gold["doc_date"]):
        errors.append(f"{gold_path}: doc_date {gold['doc_date']!r}")
    for i, q in enumerate(gold["quantities"]):
        errors += check_quantity(q, text, f"{gold_path.name} quantity {i} {q.get('text')!r}")
    for i, d in enumerate(gold["dates"]):
        where = f"{gold_path.name} date {i} {d.get('text')!r}"
        if d.get("text") not in text:
            errors.append(f"{where}: text not in the document")
        if not ISO_DATE.match(str(d.get("iso"))):
            errors.append(f"{where}: iso {d.get('iso')!r}")
    for kind in ("products", "organizations"):
        for name in gold[kind]:
            if not isinstance(name, str) or name not in text:
                errors.append(f"{gold_path.name} {kind}: {name!r} not in the document")
    return errors


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("tests/gold/real/dev")
    files = sorted(root.glob("*.json"))
    problems: list[str] = []
    for path in files:
        problems += check_file(path)
    corpus_dir = text_for(root / "x.json").parent
    stems = {path.stem for path in files}
    for txt in sorted(corpus_dir.glob("*.txt")):
        if txt.stem not in stems:
            problems.append(f"{txt}: text without a gold file")
    for line in problems:
        print(line)
    print(f"{len(files)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
