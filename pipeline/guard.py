"""Guards that measure a PDF before a native parser touches it.

pypdfium2 and pdfminer inflate a whole FlateDecode stream into memory before they
parse it; a few hundred kilobytes can inflate to gigabytes (a decompression
bomb). Under the worker's memory limit pdfium then aborts the process instead of
raising, so the bomb must be recognised first: every compressed non-image stream
is inflated chunk by chunk, counting bytes and keeping none, and the file is
refused once one stream would exceed the limit.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

from pipeline.errors import DecompressionBombError

# "stream" + EOL opens stream data (PDF 32000-1 §7.3.8); "endstream" must not match.
_STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
_DICT_LOOKBACK = 1024
_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20
# Real content streams compress 3–20:1; deflate's ceiling is about 1032:1. A stream
# past 32 MiB that inflates more than 250:1 is a bomb, whatever the limit.
_RATIO_FLOOR = 32 << 20
_MAX_RATIO = 250


def inflated_size(data: bytes | mmap.mmap, start: int, limit: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, counted up to just past ``limit``
    (or past 32 MiB when the ratio is a bomb's: then the count is cut short and
    returned as ``limit + 1``).

    Returns 0 for data that is not a zlib stream (images, encrypted or raw streams).
    """
    d = zlib.decompressobj()
    total = 0
    pos = start
    end = len(data)
    try:
        while not d.eof:
            if d.unconsumed_tail:
                piece = d.unconsumed_tail
            elif pos < end:
                piece = data[pos : pos + _CHUNK]
                pos += _CHUNK
            else:
                break
            total += len(d.decompress(piece, _OUT_CHUNK))
            consumed = pos - start - len(d.unconsumed_tail)
            if total > limit or (total > _RATIO_FLOOR and total > _MAX_RATIO * consumed):
                break
    except zlib.error:
        pass
    if total <= limit and total > _RATIO_FLOOR and total > _MAX_RATIO * (pos - start):
        return limit + 1
    return total


def _is_flate_non_image(head: bytes) -> bool:
    """The stream dictionary just before ``stream`` asks for Flate and is not an image."""
    opened = head.rfind(b"<<")
    dictionary = head[opened:] if opened >= 0 else head
    if b"/Image" in dictionary:
        return False  # images are not inflated to extract text
    return b"/FlateDecode" in dictionary or b"/Fl " in dictionary or b"/Fl]" in dictionary


def check_pdf_streams(path: Path, max_inflated: int) -> None:
    """Raise ``DecompressionBombError`` when a compressed stream of the PDF inflates past
    ``max_inflated`` bytes; cost is one inflate pass over the compressed streams."""
    with path.open("rb") as f:
        try:
            data: bytes | mmap.mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):  # empty file, or a file system without mmap
            data = f.read()
        try:
            for m in _STREAM_RE.finditer(data):  # type: ignore[arg-type]
                head = bytes(data[max(0, m.start() - _DICT_LOOKBACK) : m.start()])
                if not _is_flate_non_image(head):
                    continue
                size = inflated_size(data, m.end(), max_inflated)
                if size > max_inflated:
                    raise DecompressionBombError(
                        f"{path.name}: decompression bomb: the compressed stream at byte"
                        f" {m.end():,} inflates past {max_inflated:,} bytes or more than"
                        f" {_MAX_RATIO}:1 (the limit follows --memory-mb)"
                    )
        finally:
            if isinstance(data, mmap.mmap):
                data.close()


def stream_limit(memory_mb: int) -> int:
    """Per-stream inflate limit for a worker with ``memory_mb``: a quarter, at most 256 MiB."""
    return min(256, max(16, memory_mb // 4)) * 1024 * 1024
