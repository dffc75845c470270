"""Lexicons and rule tables as data files an analyst can edit without Python.

Each ``<name>.yaml`` here is loaded once per process; when
``schemas/lexicon/<name>.schema.json`` (shipped inside the package as
``pipeline/lexicon/schemas/``) exists, the file is validated against it on load
so a typo in a hand-edited lexicon fails loudly with the file and path.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import yaml

from pipeline.errors import LexiconError


@functools.cache
def load_lexicon(name: str) -> Any:
    """Parsed contents of ``pipeline/lexicon/<name>.yaml``, validated when a schema exists."""
    root = resources.files("pipeline.lexicon")
    path = root / f"{name}.yaml"
    if not path.is_file():
        raise LexiconError(f"no lexicon named {name!r} ({path})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise LexiconError(f"{name}.yaml is not valid YAML: {e}") from e
    schema_path = root / "schemas" / f"{name}.schema.json"
    if schema_path.is_file():
        import jsonschema

        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        errors = sorted(
            jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path)
        )
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.path) or "(root)"
            raise LexiconError(f"{name}.yaml at {where}: {first.message}")
    return data
