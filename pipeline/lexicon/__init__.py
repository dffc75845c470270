"""Lexicons and rule tables as data files an analyst can edit without Python.

Each ``<name>.yaml`` here is loaded once per process; when
``schemas/lexicon/<name>.schema.json`` (shipped inside the package as
``pipeline/lexicon/schemas/``) exists, the file is validated against it on load
so a typo in a hand-edited lexicon fails loudly with the file and path.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import marshal
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from pipeline.errors import LexiconError

T = TypeVar("T")

# libyaml's safe loader when PyYAML was built with it (about 10x faster on the large lexicons).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LEXICON_DIR_ENV = "ITIS_EXTRACT_LEXICON_DIR"
"""A folder that replaces ``pipeline/lexicon/`` (same file names): an analyst's edited copy."""

LEXICON_SUFFIXES = (".yaml", ".txt", ".tsv", ".json")


def lexicon_root() -> Traversable:
    """Where lexicons are read from: ``$ITIS_EXTRACT_LEXICON_DIR`` or the package's folder."""
    override = os.environ.get(LEXICON_DIR_ENV)
    return Path(override) if override else resources.files("pipeline.lexicon")


def lexicon_version() -> str:
    """Short hash of every lexicon and rule file (names and bytes): changes when any is edited.

    Stored with the output so an incremental run redoes documents extracted with other lexicons.
    """
    root = lexicon_root()
    h = hashlib.sha256()
    entries: list[tuple[str, Traversable]] = []
    for entry in root.iterdir():
        if entry.is_dir() and entry.name == "schemas":
            entries.extend((f"schemas/{e.name}", e) for e in entry.iterdir() if e.is_file())
        elif entry.is_file() and entry.name.endswith(LEXICON_SUFFIXES):
            entries.append((entry.name, entry))
    for name, entry in sorted(entries, key=lambda e: e[0]):
        data = entry.read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()[:12]


@functools.cache
def load_lexicon(name: str) -> Any:
    """Parsed contents of ``pipeline/lexicon/<name>.yaml``, validated when a schema exists."""
    root = lexicon_root()
    path = root / f"{name}.yaml"
    if not path.is_file():
        raise LexiconError(f"no lexicon named {name!r} ({path})")
    raw = path.read_bytes()

    def parse() -> Any:
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
        except yaml.YAMLError as e:
            raise LexiconError(f"{name}.yaml is not valid YAML: {e}") from e

    # Parsed once per content (and YAML library), then read back marshalled: a tenth of
    # the time of parsing the large lexicons again in every process.
    key = f"{hashlib.sha256(raw).hexdigest()}:{yaml.__version__}:{SAFE_LOADER.__name__}"
    data = stored(f"lexicon-{name}", key, parse)
    schema_path = root / "schemas" / f"{name}.schema.json"
    if schema_path.is_file():
        schema_bytes = schema_path.read_bytes()
        marker = _validated_marker(raw, schema_bytes)
        if marker is not None and marker.is_file():
            return data  # these very bytes passed this very schema before
        import jsonschema

        schema = json.loads(schema_bytes.decode("utf-8"))
        errors = sorted(
            jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path)
        )
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.path) or "(root)"
            raise LexiconError(f"{name}.yaml at {where}: {first.message}")
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.parent.mkdir(exist_ok=True)
                marker.touch()
    return data


def _validated_marker(data: bytes, schema: bytes) -> Path | None:
    """A file in the cache whose existence says: this lexicon passed this schema.

    Validating the lexicons costs every process ≈ 0.2 s; the file's name is a hash of
    the lexicon's and the schema's bytes (and the validator's version), so an edited
    lexicon or schema is validated again.
    """
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256()
    for part in (data, schema, _jsonschema_version().encode()):
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return folder / "lexicon-valid" / h.hexdigest()[:32]


@functools.cache
def _jsonschema_version() -> str:
    from importlib.metadata import version

    return version("jsonschema")


def cache_dir() -> Path | None:
    """A writable directory for caches (jieba's prefix dictionary, lexicon checks), or None.

    ``$ITIS_EXTRACT_CACHE`` or ``$XDG_CACHE_HOME``/``~/.cache``, then the system
    temp dir; a read-only home must not stop the pipeline, it only costs the
    0.5 s of rebuilding the dictionary.
    """
    candidates: list[Path] = []
    if env := os.environ.get("ITIS_EXTRACT_CACHE"):
        candidates.append(Path(env))
    xdg = os.environ.get("XDG_CACHE_HOME")
    candidates.append((Path(xdg) if xdg else Path.home() / ".cache") / "itis-extract")
    candidates.append(Path(tempfile.gettempdir()) / f"itis-extract-{os.getuid()}")
    for d in candidates:
        try:
            d.mkdir(parents=True, exist_ok=True)
            probe = d / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            continue
        return d
    return None


STORED_KEEP = 4
"""Values kept per name in the cache folder (the newest written): the cache folder is
per user, not per checkout, and two installs with other lexicons or code (a second
checkout, an upgrade run beside the old version) would otherwise overwrite each other's
value at every run and each rebuild it (0.1–0.2 s of warm-up)."""


def stored(name: str, key: str, build: Callable[[], T], *, pickled: bool = False) -> T:
    """``build()``, kept marshalled in the cache folder: a later process whose ``key`` is
    the same reads it back instead of building it again.

    For tables derived from the dictionary and the lexicons that every process would
    otherwise rebuild before its first document (tens of milliseconds each, a one-page
    PDF's whole run being about one second). ``key`` must name everything the value
    depends on (input bytes, code); one file per ``name`` and key
    (``<name>.<digest of key>.marshal``), at most ``STORED_KEEP`` per name: a new key
    adds a file and the oldest go, so files do not pile up. ``build()`` must return what
    ``marshal`` writes (str, numbers, tuples, lists, dicts, sets); anything unreadable is
    simply rebuilt. ``pickled``: the value holds objects of the pipeline's own classes
    (the entity lexicons' entries), kept with ``pickle`` instead (``.pickle``), and only in
    a folder no other user can write (``_private``): unpickling runs code.
    """
    return _stored(name, key, build, pickled=pickled)


def stored_packed(
    name: str,
    key: str,
    build: Callable[[], T],
    pack: Callable[[T], Any],
    unpack: Callable[[Any], T | None],
) -> T:
    """``stored`` for a value kept in the cache folder in another form than it is used
    in: ``pack(value)`` is written (marshalled), and what is read back is handed to
    ``unpack``, which returns None for anything it does not recognise (a damaged or
    foreign value): then the value is built and written again, never trusted."""
    return _stored(name, key, build, pack=pack, unpack=unpack)


def _stored(
    name: str,
    key: str,
    build: Callable[[], T],
    *,
    pickled: bool = False,
    pack: Callable[[T], Any] | None = None,
    unpack: Callable[[Any], T | None] | None = None,
) -> T:
    """What ``stored`` and ``stored_packed`` share: read the value back, else build it
    and write it (``pack``ed when given); a value ``unpack`` refuses is built again."""
    folder = cache_dir()
    if folder is None or (pickled and not _private(folder)):
        return build()
    key = f"{key}|{package_stamp()}"
    slot = _slot(name, key)
    found, raw = read_stored(folder, slot, key, pickled=pickled)
    if found:
        if unpack is None:
            return raw  # type: ignore[no-any-return]
        value = unpack(raw)
        if value is not None:
            return value
    value = build()
    write_stored(folder, slot, key, value if pack is None else pack(value), pickled=pickled)
    _keep_newest(folder, name, STORED_KEEP, _suffix(pickled))
    return value


def _slot(name: str, key: str) -> str:
    """The file name (before its suffix) of the value stored as ``name`` under ``key``."""
    return f"{name}.{hashlib.md5(key.encode('utf-8')).hexdigest()[:12]}"


def _suffix(pickled: bool) -> str:
    return ".pickle" if pickled else ".marshal"


def _private(folder: Path) -> bool:
    """The folder is this user's and no one else may write into it (a shared temp folder
    made by another user is not)."""
    try:
        st = folder.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _keep_newest(folder: Path, name: str, keep: int, suffix: str = ".marshal") -> None:
    """Remove all but the ``keep`` newest values stored under ``name``."""
    found = []
    for p in folder.glob(f"{name}.*{suffix}"):
        if p.name[len(name) + 1 : -len(suffix)].isalnum():  # not another name's file
            with contextlib.suppress(OSError):
                found.append((p.stat().st_mtime_ns, p.name, p))
    for _, _, p in sorted(found, reverse=True)[keep:]:
        p.unlink(missing_ok=True)


def read_stored(folder: Path, name: str, key: str, *, pickled: bool = False) -> tuple[bool, Any]:
    """(True, value) when ``folder`` (the cache folder) holds ``name`` stored under
    ``key``, else (False, None): no file, another key, or bytes that cannot be read back
    (a damaged pickle may fail in any way: every failure means rebuild)."""
    path = folder / f"{name}{_suffix(pickled)}"
    with contextlib.suppress(Exception):
        data = path.read_bytes()
        got_key, value = pickle.loads(data) if pickled else marshal.loads(data)
        if got_key == key:
            return True, value
    return False, None


def write_stored(folder: Path, name: str, key: str, value: Any, *, pickled: bool = False) -> None:
    """Store ``value`` under ``key`` as ``name`` in ``folder`` (the cache folder),
    atomically (a reader sees the old file or the new one); an unwritable folder or a
    value that cannot be written leaves nothing behind."""
    path = folder / f"{name}{_suffix(pickled)}"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    payload: Any = (key, value)
    try:
        data = (
            pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
            if pickled
            else marshal.dumps(payload)
        )
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except (OSError, ValueError, pickle.PicklingError, TypeError, AttributeError):
        tmp.unlink(missing_ok=True)


@functools.cache
def package_stamp() -> str:
    """A hash of every source file of the package: part of every stored value's key.

    A stored table is built by code in several modules (the entity lexicons by the
    entities package's normalizers, the user words by the segmenter's rules); a key that
    named only the module that stores it kept serving the old table after an edit
    elsewhere, until the cache folder was emptied. Seventy-odd files read once per
    process: a few milliseconds."""
    root = Path(__file__).resolve().parent.parent
    return source_stamp(*sorted(root.rglob("*.py")))


def source_stamp(*files: str | Path) -> str:
    """A hash of these source files' bytes: part of a stored value's key, so that an
    edited module rebuilds what it computes (a source that cannot be read gives a key
    no other process shares: the value is rebuilt)."""
    h = hashlib.md5()
    for f in files:
        try:
            data = Path(f).read_bytes()
        except OSError:
            data = os.urandom(16)
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()
