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
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.lexicon import cache_dir, read_stored, source_stamp, write_stored

_STORE = "regex-programs"
STORE_NAME = f"{_STORE}.marshal"
"""The cache folder's file of programs."""
MAX_PROGRAMS = 4000
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


_early: contextlib.ExitStack | None = None
"""A ``stored_programs`` block opened by ``open_programs``, which the next block continues."""
_unpatch: Any = None
"""While a block is open: what puts ``re``'s own compiler back (a forked child's hook)."""
_fork_hook = False


def open_programs() -> None:
    """Open a ``stored_programs`` block now, before the stages' modules are imported.

    Their module-level patterns (≈ 170, ≈ 0.08 s of CPU of every run's imports) are then
    built from stored programs as well; the next ``stored_programs`` block (warm-up's)
    carries this one on and closes it, and ``close_programs`` closes it where none comes
    (a run that does not warm up). A child forked meanwhile (the dataset writer) compiles
    with ``re``'s own compiler and stores nothing."""
    global _early, _fork_hook
    if _early is not None or _unpatch is not None:
        return
    if not _fork_hook and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_forget_in_child)
        _fork_hook = True
    stack = contextlib.ExitStack()
    stack.enter_context(_stored_programs())
    _early = stack


def close_programs() -> None:
    """Close the block ``open_programs`` opened, if no ``stored_programs`` block took it."""
    global _early
    stack, _early = _early, None
    if stack is not None:
        stack.close()


def _forget_in_child() -> None:
    """In a forked child: ``re``'s own compiler back, and no block to close or store."""
    global _early, _unpatch, _gate_table
    if _unpatch is not None:
        _unpatch()
    _early = _unpatch = _gate_table = None


@contextlib.contextmanager
def stored_programs() -> Iterator[None]:
    """Within this block, ``re`` builds patterns from stored programs where it can; the
    programs of patterns compiled here for the first time are stored on the way out.
    A block ``open_programs`` opened is carried on by this one and closed with it."""
    global _early
    if _early is not None:
        stack, _early = _early, None
        with stack:
            yield
        return
    with _stored_programs():
        yield


@contextlib.contextmanager
def _stored_programs() -> Iterator[None]:
    global _unpatch
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

    # the gates' decisions, keyed by this module's code as well (it makes them)
    global _gate_table
    gate_key = f"{key}|{source_stamp(__file__)}"
    found, gates = read_stored(folder, _GATE_STORE, gate_key)
    _gate_table = gates if found and isinstance(gates, dict) else {}
    _gates_learned.clear()
    _gates_used.clear()
    compiler.compile = compile

    def unpatch() -> None:
        compiler.compile = original

    _unpatch = unpatch
    try:
        yield
    finally:
        compiler.compile = original
        _unpatch = None
        table, _gate_table = _gate_table, None
    if learned:
        if len(programs) > MAX_PROGRAMS:
            programs = {k: programs[k] for k in used}
        write_stored(folder, _STORE, key, programs)
    if _gates_learned and table is not None:
        if len(table) > MAX_PROGRAMS:
            table = {k: v for k, v in table.items() if k in _gates_used}
        write_stored(folder, _GATE_STORE, gate_key, table)
        _gates_learned.clear()


# ----------------------------------------------------------------- first-character gate

_WIDEST_RANGE = 4096
"""A character range wider than this in a pattern's first position gives it no gate."""

DIGITS = frozenset("0123456789") | {r"\d"}
"""What a ``\\d`` first adds to a pattern's first characters: the ASCII digits and ``\\d``
itself, which stands for every other decimal digit (660 in all) and is written into the
gate's class as it is (a class that listed the ones beyond the Basic Multilingual Plane
would be tested item by item: slower than no gate)."""


SPACE = r"\s"
"""What a ``\\s`` first adds to a pattern's first characters: ``\\s`` itself, written into
the gate's class as it is (every whitespace character, as in the pattern: ``\\s*股價``, a
name's move after optional spaces, starts with a space or with 股)."""


def _first_of(items: Any, c: Any) -> tuple[set[str], bool] | None:
    """The characters a parsed sequence can start its match with, and whether it can match
    the empty string; None when that is not known. A zero-width assertion or an optional
    item (``(?:今年)?``, ``(?:(?<=^)|(?<=，))``) adds its own first characters and lets the
    next item's count too: a match starts with one of either."""
    out: set[str] = set()
    for op, av in items:
        got = _first_op(op, av, c)
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def _first_op(op: Any, av: Any, c: Any) -> tuple[set[str], bool] | None:
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # consumes nothing
        return set(), True
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        out: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                out.add(chr(a))
            elif o is c.RANGE and a[1] - a[0] <= _WIDEST_RANGE:
                out.update(map(chr, range(a[0], a[1] + 1)))
            elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:  # \d: every decimal digit
                out.update(DIGITS)
            elif o is c.CATEGORY and a is c.CATEGORY_SPACE:  # \s: written as it is
                out.add(SPACE)
            else:  # a negated set, another category (\s, \w), a wide range
                return None
        return out, False
    if op is c.BRANCH:
        out = set()
        empty = False
        for branch in av[1]:
            got = _first_of(branch, c)
            if got is None:
                return None
            out |= got[0]
            empty = empty or got[1]
        return out, empty
    if op is c.SUBPATTERN:
        got = _first_of(av[-1], c)
        if got is None or not av[1] & c.SRE_FLAG_IGNORECASE:
            return got
        # (?i:fig): its letters match either case; an ASCII letter other than i, k and s
        # matches no character but its two cases (İ, ı, ſ and K match those three)
        if any(not ch.isascii() or ch in "iIkKsS" for ch in got[0] if len(ch) == 1):
            return None
        return got[0] | {ch.swapcase() for ch in got[0] if len(ch) == 1}, got[1]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, item = av
        got = _first_of(item, c)
        return None if got is None else (got[0], low == 0 or got[1])
    return None


_RE: Any = re  # its internals, which typeshed does not describe


def _parsed(pattern: str, flags: int) -> Any:
    """``re``'s parse of ``pattern`` (known to be readable: ``first_chars`` read it)."""
    return _RE._parser.parse(pattern, flags)


def _own_prefix(items: Any) -> bool:
    """Whether ``re`` finds where a match can start by itself: a pattern that opens with a
    literal, a character set or literal branches (inside plain groups) is scanned for
    those characters by its own prefix check (``re._compiler._compile_info``), which a gate
    would only slow down."""
    c = _RE._constants
    while items:
        op, av = items[0]
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # no flags of its own
            items = av[-1]
            continue
        if op in (c.LITERAL, c.IN):
            return True
        if op is c.BRANCH:
            return all(b and b[0][0] is c.LITERAL for b in av[1])
        return False
    return False


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not known
    (case-blind flags, an empty match possible, a class too wide, ``re``'s parser absent).
    A ``\\d`` that can start it adds ``DIGITS``, whose ``\\d`` stands for the other digits."""
    parser = getattr(re, "_parser", None)
    constants = getattr(re, "_constants", None)
    if parser is None or constants is None or flags & re.IGNORECASE:
        return None
    try:
        # inline global flags ((?i), (?x)) change what the first characters are and
        # cannot be wrapped in a gate: such a pattern gets none
        if _GLOBAL_FLAGS.match(pattern):
            return None
        got = _first_of(parser.parse(pattern, flags), constants)
    except Exception:  # another interpreter's internals: no gate
        return None
    return frozenset(got[0]) if got and got[0] and not got[1] else None


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead on the characters its matches start with.

    An alternation whose branches open with look-behinds (``(?<![較如於])預估|…``) gives
    ``re`` no first character to skip to: it tries every branch and its look-behinds at
    every position of the text. The look-ahead ``(?=[預推估…])`` rejects a position in one
    test; it holds wherever a match starts, so the matches are the same. (The forecast
    cues read 150k characters in 0.003 s instead of 0.05.) Where the first characters are
    not known, where ``re`` skips to them by itself (``_own_prefix``) or where the pattern
    opens with a gate already, it is compiled as it is.

    Deciding parses the pattern (as much work as compiling it): within ``stored_programs``
    the decision is read back from the cache folder with the programs."""
    flags = int(flags)  # a RegexFlag is no value marshal stores
    table = _gate_table
    if table is None:
        return re.compile(_gate(pattern, flags), flags)
    got = table.get((pattern, flags))
    if got is None:
        got = table[pattern, flags] = _gate(pattern, flags)
        _gates_learned.append((pattern, flags))
    _gates_used.add((pattern, flags))
    return re.compile(got, flags)


def _gate(pattern: str, flags: int) -> str:
    """``gated``'s pattern: ``pattern`` behind its gate, or as it is."""
    chars = first_chars(pattern, flags)
    if chars is None or pattern.startswith("(?=[") or _own_prefix(_parsed(pattern, flags)):
        return pattern
    cls = "".join(re.escape(ch) if len(ch) == 1 else ch for ch in sorted(chars))
    return f"(?=[{cls}])(?:{pattern})"


# (pattern, flags) -> the pattern ``gated`` compiles; set within ``stored_programs``
_gate_table: dict[tuple[str, int], str] | None = None
_gates_learned: list[tuple[str, int]] = []
_gates_used: set[tuple[str, int]] = set()
_GATE_STORE = "regex-gates"


_WIDEST_BODY = 200
"""A name's pattern that can match more characters than this is searched as it is."""


def max_width(pattern: str, flags: int = 0) -> int | None:
    """The most characters a match of ``pattern`` can span (look-arounds span none), or None
    when that is unbounded, wider than ``_WIDEST_BODY`` or not known."""
    parser = getattr(re, "_parser", None)
    if parser is None:
        return None
    try:
        widest = int(parser.parse(pattern, flags).getwidth()[1])
    except Exception:  # another interpreter's internals: not known
        return None
    return widest if widest <= _WIDEST_BODY else None


class BeforeAnchor:
    """``BODY(?=\\s*ANCHOR)`` (or ``BODY(?=ANCHOR)``): a name written right before a
    bracketed code or gloss (威剛(3260), 華為(Huawei)), its matches found from the anchors.

    ``finditer`` over the whole pattern tries the name at every position of the text (a
    run of 2–8 ideographs is a match start almost everywhere in Chinese) and keeps the few
    a code follows: ≈ 0.1 s per such pattern on 150k characters. The anchors are rare and
    start with a known character: each is found first, and the name is searched only in
    the window before it that a match can span (the body's widest match, after the
    whitespace before the anchor), with the search ending at the anchor's end. The matches
    are ``finditer``'s own — same leftmost start, same groups — given what such a body is:
    it never contains an anchor's first character, never ends in whitespace, and has no
    ``$``, ``\\b``, back-reference or look-ahead past its end (a name's class of characters
    and its look-behinds). Where the anchor's first characters or the body's width are not
    known the whole text is searched as before."""

    def __init__(self, body: str, anchor: str, flags: int = 0, *, spaced: bool = True) -> None:
        # spaced: whitespace may stand between the name and its anchor
        self.spaced = spaced
        ahead = rf"(?=\s*{anchor})" if spaced else rf"(?={anchor})"
        self.pattern = re.compile(body + ahead, flags)
        self.anchor = re.compile(anchor, flags)
        self.reach = max_width(body, flags)
        opens = first_chars(anchor, flags)
        self.opens = (
            re.compile("[" + "".join(re.escape(ch) for ch in sorted(opens)) + "]")
            if opens and not any(ch.isspace() or ch == SPACE for ch in opens)
            else None
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)``, found anchor by anchor."""
        reach, opens = self.reach, self.opens
        if reach is None or opens is None:
            yield from self.pattern.finditer(text)
            return
        search, anchored = self.pattern.search, self.anchor.match
        pos = 0  # where the previous match ended: finditer's next search starts there
        for o in opens.finditer(text):
            q = o.start()
            if q <= pos:
                continue
            a = anchored(text, q)
            if a is None:
                continue
            p = q  # a match ends where the whitespace before the anchor starts
            while self.spaced and p > pos and text[p - 1].isspace():
                p -= 1
            m = search(text, max(pos, p - reach), a.end())
            # a match starting past the opener is one of a later anchor, found at its turn
            if m is not None and m.start() < q:
                yield m
                pos = m.end()


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at one of ``starts``
    (ascending): each is tried with ``match`` unless the previous match covers it, so a
    pattern that opens with a look-behind or a lazy run is not tried at every other position."""
    out: list[re.Match[str]] = []
    pos = 0  # where the previous match ended: finditer's next search starts there
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out
