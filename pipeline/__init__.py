"""itis-extract: structured facts with provenance from Taiwanese industry reports."""

__version__ = "0.1.0"

__all__ = ["__version__"]
