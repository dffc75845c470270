"""``python -m pipeline`` is the same as the ``itis-extract`` command."""

import sys

from pipeline.cli import main

sys.exit(main())
