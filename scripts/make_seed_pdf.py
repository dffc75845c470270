"""Lay out raw/seed.txt as raw/seed.pdf (deterministic: rerunning gives identical bytes).

Usage: python scripts/make_seed_pdf.py [SEED_TXT] [OUT_PDF]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a plain script from any directory
    sys.path.insert(0, str(ROOT))

from tests.pdfgen import make_seed_pdf, split_seed_pages  # noqa: E402


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else ROOT / "raw" / "seed.txt"
    out = Path(argv[2]) if len(argv) > 2 else ROOT / "raw" / "seed.pdf"
    fixture = make_seed_pdf(seed, out)
    expected = len(split_seed_pages(seed.read_text(encoding="utf-8")))
    if fixture.n_pages != expected:
        print(
            f"error: {out} has {fixture.n_pages} pages, {seed} has {expected}; a page overflowed",
            file=sys.stderr,
        )
        return 1
    print(f"wrote {out} ({fixture.n_pages} pages, {out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
