"""Compiled regular-expression programs kept in the cache folder across processes.

Before its first document every process compiles the stages' ≈ 430 regular
expressions (the number grammar's, the date and entity rules', the lexicons' word
lists): ≈ 0.28 s of CPU, a third of the warm-up and a quarter of a one-page PDF's run.
Python cannot store a compiled pattern, but what ``re`` compiles is a list of integers
(the program ``_sre.compile`` turns into a pattern); those lists are stored, keyed by
the interpreter's version and the bytes of ``re``'s own compiler, and a later process
builds each pattern from its program without parsing and compiling it again.

A program is stored only when the pattern built from it compares equal to the one
``re`` compiles (CPython's ``Pattern.__eq__`` compares flags, pattern and program), so
a pattern read back is the very pattern ``re`` would give; anything unreadable, or an
interpreter without these internals, compiles as usual.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any

from pipeline.lexicon import cache_dir, read_stored, source_stamp, write_stored

_STORE = "regex-programs"
STORE_NAME = f"{_STORE}.marshal"
"""The cache folder's file of programs."""
MAX_PROGRAMS = 1500
"""Beyond this many programs (other versions of the lexicons, other branches of the code
share the folder), a process that learns new ones keeps only those it used."""

# (pattern, flags) -> the arguments of _sre.compile after the pattern
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _internals() -> tuple[Any, Any, Any] | None:
    """``_sre``, ``re._compiler`` and ``re._parser``: CPython's regex internals, or None."""
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    sre = getattr(compiler, "_sre", None)
    if sre is None or not hasattr(sre, "compile") or not hasattr(compiler, "_code"):
        return None
    if not hasattr(parser, "parse"):
        return None
    return sre, compiler, parser


def _key(compiler: Any, parser: Any, sre: Any) -> str:
    return "|".join(
        (
            sys.version,
            str(getattr(sre, "MAGIC", "")),
            str(getattr(sre, "CODESIZE", "")),
            source_stamp(compiler.__file__, parser.__file__),
        )
    )


def _program(compiler: Any, parser: Any, pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``."""
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        [int(op) for op in code],  # opcodes are named int constants: stored as ints
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


@contextlib.contextmanager
def stored_programs() -> Iterator[None]:
    """Within this block, ``re`` builds patterns from stored programs where it can; the
    programs of patterns compiled here for the first time are stored on the way out."""
    internals = _internals()
    folder = cache_dir()
    if internals is None or folder is None:
        yield
        return
    sre, compiler, parser = internals
    key = _key(compiler, parser, sre)
    programs: dict[tuple[str | bytes, int], Program] = {}
    found, got = read_stored(folder, _STORE, key)
    if found and isinstance(got, dict):
        programs = got
    used: set[tuple[str | bytes, int]] = set()
    learned = 0
    original = compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        nonlocal learned
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return original(p, flags)
        program = programs.get((p, flags))
        if program is not None:
            with contextlib.suppress(Exception):
                pattern = sre.compile(p, *program)
                used.add((p, flags))
                return pattern
        pattern = original(p, flags)
        with contextlib.suppress(Exception):
            program = _program(compiler, parser, p, flags)
            if sre.compile(p, *program) == pattern:
                programs[p, flags] = program
                used.add((p, flags))
                learned += 1
        return pattern

    compiler.compile = compile
    try:
        yield
    finally:
        compiler.compile = original
    if learned:
        if len(programs) > MAX_PROGRAMS:
            programs = {k: programs[k] for k in used}
        write_stored(folder, _STORE, key, programs)
