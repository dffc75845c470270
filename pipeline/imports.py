"""Imports refused on purpose: a library that merely probes for an optional one pays for
importing it when it is installed, though nothing here ever uses it."""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Iterator, Sequence
from types import ModuleType


class _Refuse(importlib.abc.MetaPathFinder):
    """A finder, first on the path, that answers "not installed" for some top-level names."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r} (refused)", name=fullname)
        return None


@contextlib.contextmanager
def refused(*names: str) -> Iterator[None]:
    """Inside the block, importing any of ``names`` (or a submodule) raises
    ``ModuleNotFoundError`` as if it were not installed; one already imported is left as
    it is. After the block they import normally again."""
    finder = _Refuse([n for n in names if n not in sys.modules])
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
