"""itis-extract: structured facts with provenance from Taiwanese industry reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"


def load_dataset(path: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of an ``extracted/dataset/`` folder as a pandas DataFrame (for notebooks)."""
    from pipeline.dataset import load_dataset as load

    return load(path)


__all__ = ["__version__", "load_dataset"]
