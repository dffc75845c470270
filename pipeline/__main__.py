"""``python -m pipeline`` is the same as the ``itis-extract`` command."""

from pipeline.cli import entry

entry()
