"""Page geometry for table finding, read from pypdfium2 page objects without pdfminer.

Glyph boxes come from the text page (loose, font-height boxes in pdfplumber's top-down
coordinates); ruling edges come from the segments of path objects. pdfplumber's own
table algorithm (``merge_edges`` -> ``edges_to_intersections`` ->
``intersections_to_cells`` -> ``cells_to_tables``) runs on those edges, so a page is
handed to pdfplumber only when its rulings really form a grid: vector charts (curves,
filled bars, horizontal gridlines without verticals) never do.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.chars import unified_text

Edge = dict[str, Any]

# Same tolerances as the lines strategy the finder hands pdfplumber (LINES_SETTINGS).
SNAP = 3.0
JOIN = 3.0
INTERSECT = 3.0
EDGE_MIN = 3.0
# A path thinner than this is a drawn line (a border drawn as a thin filled rectangle too).
THIN = 2.0


@dataclass
class PageGeometry:
    """What the finder needs from a page: its size, glyphs, ruling edges and the boxes
    of its filled curved shapes (``curves``: a pie's wedges, a donut's arcs) and of its
    bar runs (``bars``: one filled path of rectangles standing on one baseline)."""

    width: float
    height: float
    chars: list[dict[str, Any]] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    curves: list[Box4] = field(default_factory=list)
    bars: list[Box4] = field(default_factory=list)

    def ruled_grids(self) -> list[tuple[float, float, float, float]]:
        """Bounding boxes of ruled grids with at least two rows and two columns."""
        return ruled_grids(self.edges)


# A page is read in a turned frame when at least this share of its glyphs (and this
# many) are set a quarter turn the same way: a landscape table printed on a portrait page.
TURNED_SHARE = 0.5
TURNED_MIN = 20

Box4 = tuple[float, float, float, float]


def to_frame(box: Box4, turn: int, width: float, height: float) -> Box4:
    """A top-down box on the page in the frame where text turned ``turn`` reads upright
    (1: read top to bottom, the frame's top is the page's right edge; -1: bottom to
    top, its left edge), the frame ``height`` wide and ``width`` tall. The same
    transform as ``pipeline.ingest._turned``."""
    x0, top, x1, bottom = box
    if turn > 0:
        return (top, width - x1, bottom, width - x0)
    return (height - bottom, x0, height - top, x1)


def from_frame(box: Box4, turn: int, width: float, height: float) -> Box4:
    """``to_frame`` undone: a box of the turned frame back on the page."""
    fx0, ftop, fx1, fbottom = box
    if turn > 0:
        return (width - fbottom, fx0, width - ftop, fx1)
    return (ftop, height - fx1, fbottom, height - fx0)


def turned_frame(geom: PageGeometry) -> tuple[PageGeometry, int] | None:
    """The page in its turned frame when most of its glyphs are set a quarter turn one
    way (``char["turn"]``, from the text object's matrix): those glyphs and the ruling
    edges turned with them, so a landscape table printed turned is found and read as a
    reader turning the page reads it, not as columns of single glyphs read backwards.
    Glyphs set upright on that page (a running head, a page number) are left out."""
    counts = {1: 0, -1: 0}
    # the turned glyphs picked in one comprehension (most pages have none: no per-glyph
    # loop), then counted as before
    for t in [t for c in geom.chars if (t := c.get("turn", 0))]:
        counts[t] += 1
    turn = max(counts, key=lambda k: counts[k])
    if counts[turn] < max(TURNED_MIN, TURNED_SHARE * len(geom.chars)):
        return None
    w, h = geom.width, geom.height
    frame = PageGeometry(h, w)
    for c in geom.chars:
        if c.get("turn", 0) != turn:
            continue
        x0, top, x1, bottom = to_frame((c["x0"], c["top"], c["x1"], c["bottom"]), turn, w, h)
        frame.chars.append(
            {**c, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "size": bottom - top}
        )
    for e in geom.edges:
        frame.edges.append(_edge(*to_frame((e["x0"], e["top"], e["x1"], e["bottom"]), turn, w, h)))
    frame.curves = [to_frame(b, turn, w, h) for b in geom.curves]
    frame.bars = [to_frame(b, turn, w, h) for b in geom.bars]
    return frame, turn


def _edge(x0: float, top: float, x1: float, bottom: float) -> Edge:
    orientation = "h" if abs(bottom - top) < abs(x1 - x0) else "v"
    if orientation == "h":
        top = bottom = (top + bottom) / 2
    else:
        x0 = x1 = (x0 + x1) / 2
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix that applies ``inner`` first, then ``outer`` (PDF row-vector order)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def page_paths(page: Any, max_depth: int = 2) -> list[Any]:
    """Raw handles of a page's path objects, in the order of pypdfium2's
    ``page.get_objects(filter=(FPDF_PAGEOBJ_PATH,), max_depth=...)`` (form XObjects
    entered depth first), without a helper object for each of the page's text objects."""
    return [obj for obj, _ in placed_paths(page, max_depth)]


def placed_paths(page: Any, max_depth: int = 2) -> list[tuple[Any, Matrix]]:
    """``page_paths`` with the matrix that places each path on the page: pdfium gives a
    path inside a form XObject in the form's own space, so a page printed scaled into a
    form (a landscape schedule drawn at 70 %) would have its rulings off its glyphs."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    out: list[tuple[Any, Matrix]] = []
    # Every object of the page is listed and typed (a report page holds hundreds of text
    # objects for a few paths): those two calls go by address, and only a path or a form
    # becomes a typed handle.
    get_object, get_type = _walk_calls()
    page_at = ctypes.cast(page.raw, ctypes.c_void_p).value or 0
    handle = pdfium_c.FPDF_PAGEOBJECT

    def walk(form: Any, level: int, place: Matrix) -> None:
        if form is None:
            n = pdfium_c.FPDFPage_CountObjects(page.raw)
        else:
            n = pdfium_c.FPDFFormObj_CountObjects(form)
        if n < 0:
            raise pypdfium2.PdfiumError("Failed to get number of pageobjects.")
        for i in range(n):
            if form is None:
                at = get_object(page_at, i)
            else:
                obj = pdfium_c.FPDFFormObj_GetObject(form, i)
                at = ctypes.cast(obj, ctypes.c_void_p).value if obj else None
            if not at:
                raise pypdfium2.PdfiumError("Failed to get pageobject.")
            kind = get_type(at)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                out.append((ctypes.cast(at, handle), place))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
                obj = ctypes.cast(at, handle)
                m = pdfium_c.FS_MATRIX()
                own = (
                    (m.a, m.b, m.c, m.d, m.e, m.f)
                    if pdfium_c.FPDFPageObj_GetMatrix(obj, m)
                    else IDENTITY
                )
                walk(obj, level + 1, _compose(own, place))

    walk(None, 0, IDENTITY)
    return out


def by_address(fn: Any, restype: Any, *args: Any) -> Callable[..., Any]:
    """The C function behind a pypdfium2 binding, called with plain ints and floats (an
    address as an int; a null pointer comes back as 0): no per-call check and
    conversion of typed pointer arguments.

    Called through cffi when it is installed: the same C function at the same address,
    its call about 0.4 µs cheaper than a ctypes prototype's (five calls per glyph over
    the 204-page report's 161 k characters: 1.02 → 0.74 s of CPU), the same values.
    ``restype`` and ``args`` are ctypes types (``c_int``, ``c_uint``, ``c_double``,
    ``c_void_p``), as a ctypes prototype takes them."""
    address = ctypes.cast(fn, ctypes.c_void_p).value or 0
    ffi = _ffi()
    if ffi is not None:
        names = ", ".join(_C_NAMES[a] for a in args)
        cffi_call: Callable[..., Any] = ffi.cast(f"{_C_NAMES[restype]}(*)({names})", address)
        return cffi_call
    call: Callable[..., Any] = ctypes.CFUNCTYPE(restype, *args)(address)
    return call


# The C type a ctypes type of ``by_address`` stands for; a pointer is an address (an
# int of a pointer's width), as the ctypes prototype reads a ``c_void_p``.
_C_NAMES: dict[Any, str] = {
    ctypes.c_int: "int",
    ctypes.c_uint: "unsigned int",
    ctypes.c_double: "double",
    ctypes.c_void_p: "uintptr_t",
}


@functools.cache
def _ffi() -> Any:
    """cffi's FFI when cffi is installed, else None (the calls go through ctypes)."""
    try:
        import cffi
    except ImportError:  # pragma: no cover - cffi is a dependency; ctypes still works
        return None
    return cffi.FFI()


@functools.cache
def _walk_calls() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """``FPDFPage_GetObject`` (the object's address as an int, None for none) and
    ``FPDFPageObj_GetType`` taking plain ints: the typed bindings check and convert
    their pointer arguments on every call."""
    import pypdfium2.raw as pdfium_c

    ptr = ctypes.c_void_p
    return (
        by_address(pdfium_c.FPDFPage_GetObject, ptr, ptr, ctypes.c_int),
        by_address(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, ptr),
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _segments(
    obj: Any, height: float, place: Matrix = IDENTITY
) -> list[tuple[float, float, float, float]]:
    """Axis-aligned straight segments of one path object, in top-down page coordinates
    (``place``: the matrix of the forms around the path)."""
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return []  # pdfium cannot place the path: no rulings from it
    a, b, c, d, e, f = _compose((m.a, m.b, m.c, m.d, m.e, m.f), place)
    n = pdfium_c.FPDFPath_CountSegments(obj)
    out: list[tuple[float, float, float, float]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    start: tuple[float, float] | None = None
    prev: tuple[float, float] | None = None
    for i in range(n):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
        pt = (px, height - py)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = prev = pt
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
            out.append((prev[0], prev[1], pt[0], pt[1]))
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                out.append((pt[0], pt[1], start[0], start[1]))
        prev = pt
    return out


def _path_edges(obj: Any, height: float, place: Matrix = IDENTITY) -> list[Edge]:
    """Ruling edges of one path object (a raw handle) placed on the page by ``place``."""
    import pypdfium2.raw as pdfium_c

    bounds = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
        return []  # pdfium cannot place the path: no rulings from it
    left, bottom, right, top = (v.value for v in bounds)
    if place != IDENTITY:
        corners = [_apply(place, x, y) for x in (left, right) for y in (bottom, top)]
        left, right = min(x for x, _ in corners), max(x for x, _ in corners)
        bottom, top = min(y for _, y in corners), max(y for _, y in corners)
    w, h = right - left, top - bottom
    if max(w, h) < EDGE_MIN:
        return []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if min(w, h) <= THIN:  # a line, or a border drawn as a thin filled rectangle
        return [_edge(left, height - top, right, height - bottom)]
    if not stroke.value:
        return []  # a filled area (shading, a chart's bar): no ruling
    out = []
    for x0, y0, x1, y1 in _segments(obj, height, place):
        if abs(x1 - x0) <= 0.5 or abs(y1 - y0) <= 0.5:
            lo_x, hi_x = sorted((x0, x1))
            lo_y, hi_y = sorted((y0, y1))
            if max(hi_x - lo_x, hi_y - lo_y) >= EDGE_MIN:
                out.append(_edge(lo_x, lo_y, hi_x, hi_y))
    return out


# A filled curved shape smaller than this (points, either side) is a bullet or a
# rounded corner's dot, no chart's wedge.
CURVE_MIN = 12.0


def _curved_fill(obj: Any, height: float, place: Matrix = IDENTITY) -> Box4 | None:
    """The top-down box of a filled path drawn with a Bézier segment (a pie's wedge, a
    donut's arc, a rounded box), or None: a chart's wedges are found from these boxes."""
    import pypdfium2.raw as pdfium_c

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if not fill.value:
        return None
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if not any(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj, i))
        == pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(n)
    ):
        return None
    bounds = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
        return None
    left, bottom, right, top = (v.value for v in bounds)
    corners = [_apply(place, x, y) for x in (left, right) for y in (bottom, top)]
    x0, x1 = min(x for x, _ in corners), max(x for x, _ in corners)
    y0, y1 = min(y for _, y in corners), max(y for _, y in corners)
    if min(x1 - x0, y1 - y0) < CURVE_MIN:
        return None
    return (x0, height - y1, x1, height - y0)


# A bar run: one filled path of at least this many closed rectangles side by side,
# standing on one baseline (bottoms within BAR_BASE points) and not all of one height
# (highlight boxes over a table's columns share their tops too).
BAR_MIN = 3
BAR_BASE = 1.0


def _rect_subpaths(obj: Any, height: float, place: Matrix) -> list[Box4] | None:
    """The top-down boxes of a path's subpaths when every one is an axis-aligned
    rectangle (four or five straight points), else None."""
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return None
    a, b, c, d, e, f = _compose((m.a, m.b, m.c, m.d, m.e, m.f), place)
    x, y = ctypes.c_float(), ctypes.c_float()
    subs: list[list[tuple[float, float]]] = []
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return None
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        pt = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subs:
            subs.append([])
        subs[-1].append(pt)
    out: list[Box4] = []
    for pts in subs:
        if len(pts) not in (4, 5):
            return None
        xs = sorted({round(p[0], 1) for p in pts})
        ys = sorted({round(p[1], 1) for p in pts})
        if len(xs) != 2 or len(ys) != 2:
            return None
        out.append((xs[0], ys[0], xs[1], ys[1]))
    return out


def _bar_run(obj: Any, height: float, place: Matrix = IDENTITY) -> Box4 | None:
    """The box of a column chart's bars drawn as one filled path (rectangles side by
    side on one baseline, of differing heights), or None."""
    import pypdfium2.raw as pdfium_c

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if not fill.value or pdfium_c.FPDFPath_CountSegments(obj) < 4 * BAR_MIN:
        return None
    rects = _rect_subpaths(obj, height, place)
    if rects is None or len(rects) < BAR_MIN:
        return None
    rects.sort()
    base = [r[3] for r in rects]
    if max(base) - min(base) > BAR_BASE:
        return None
    if any(r[0] < q[2] - BAR_BASE for q, r in itertools.pairwise(rects)):
        return None  # overlapping: not bars side by side
    tops = [r[1] for r in rects]
    if max(tops) - min(tops) <= BAR_BASE:
        return None  # all of one height: boxes, not bars
    return hull(rects)


def pdfium_geometry(
    page: Any,
    max_paths: int = 5000,
    textpage: Any = None,
    chars: list[dict[str, Any]] | None = None,
) -> PageGeometry:
    """Glyphs and ruling edges of one pypdfium2 page (the page stays open for the caller).

    ``textpage``: the page's text page when the caller has it open already (ingest reads
    the page's text from it), so a page's text layer is loaded once, not twice;
    ``chars``: the glyphs (``inked_text`` + ``char_record``) when the caller read them in
    its own pass over the text page, so each glyph is read once. A page with more path
    objects than ``max_paths`` is a drawing, not a table page: its edges are not read.
    """
    width, height = page.get_size()
    geom = PageGeometry(float(width), float(height))
    if chars is not None:
        geom.chars = chars
    else:
        own = textpage is None
        if own:
            textpage = page.get_textpage()
        try:
            geom.chars = _pdfium_chars(textpage.raw, height)
        finally:
            if own:
                textpage.close()
    paths = placed_paths(page, max_depth=2)
    if len(paths) <= max_paths:
        for obj, place in paths:
            try:
                geom.edges.extend(_path_edges(obj, height, place))
                curve = _curved_fill(obj, height, place)
                bar = _bar_run(obj, height, place)
            except Exception:  # a malformed path costs its edges, not the page
                continue
            if bar is not None:
                geom.bars.append(bar)
            if curve is not None:
                geom.curves.append(curve)
    geom.chars = _dedupe(geom.chars)
    return geom


def median_of(values: list[float]) -> float:
    """``statistics.median`` of a non-empty list of floats, the same value: its generic
    checks cost more than the sort on the short lists of a text line (the page layout
    and the finder take a median per line)."""
    data = sorted(values)
    n = len(data)
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def inked_text(raw: Any, index: int, count: int, code: int) -> str | None:
    """The glyph character ``index`` of a text page inks (``code`` is its UTF-16 unit),
    or None for spaces, controls and the low half of a surrogate pair."""
    import pypdfium2.raw as pdfium_c

    if code <= 32 or 0xDC00 <= code <= 0xDFFF or code in (0xA0, 0x3000, 0xFFFE):
        return None
    if 0xD800 <= code <= 0xDBFF:  # a character beyond the BMP: join its pair
        low = pdfium_c.FPDFText_GetUnicode(raw, index + 1) if index + 1 < count else 0
        if not 0xDC00 <= low <= 0xDFFF:
            return None
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
    ch = chr(code)
    return ch if ch.strip() else None


def char_record(text: str, rect: Any, height: float) -> dict[str, Any]:
    """The finder's glyph record from a loose char box (``FS_RECTF``), top-down coordinates."""
    return char_record_at(text, rect.left, rect.bottom, rect.right, rect.top, height)


def char_record_at(
    text: str, left: float, bottom: float, right: float, top: float, height: float
) -> dict[str, Any]:
    """``char_record`` from the box's sides already read (a reader that also needs them
    reads each ctypes field once)."""
    return {
        "text": text,
        "x0": left,
        "x1": right,
        "top": height - top,
        "bottom": height - bottom,
        "size": top - bottom,
    }


def _pdfium_chars(raw: Any, height: float) -> list[dict[str, Any]]:
    """Every inked glyph of a text page with its loose box, top-down coordinates."""
    import pypdfium2.raw as pdfium_c

    # The raw calls: pypdfium2's per-character helpers cost twice as much per glyph.
    chars: list[dict[str, Any]] = []
    rect = pdfium_c.FS_RECTF()
    n = pdfium_c.FPDFText_CountChars(raw)
    for i in range(n):
        ch = inked_text(raw, i, n, pdfium_c.FPDFText_GetUnicode(raw, i))
        if ch is None:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
        chars.append(char_record(ch, rect, height))
    return chars


def matrix_turn(matrix: Any) -> int:
    """The quarter turn a glyph is set at from its text matrix ``(a, b, c, d, e, f)``: 1
    reads top to bottom, -1 bottom to top, 0 upright (or no matrix). The text runs along
    ``(a, b)``; a quarter turn when it runs along the y axis. pdfium's reading of a text
    object and pdfplumber's of a char are told by this same rule."""
    if not matrix or len(matrix) < 2:
        return 0
    a, b = float(matrix[0]), float(matrix[1])
    if abs(b) > 4 * abs(a):
        return 1 if b < 0 else -1
    return 0


def plumber_geometry(page: Any) -> PageGeometry:
    """The same geometry from a pdfplumber page (the pdfplumber engine's path), its
    turned glyphs marked as pdfium's are (the finder reads such a page turned)."""
    chars = [
        {
            "text": unified_text(c["text"]),
            "x0": float(c["x0"]),
            "x1": float(c["x1"]),
            "top": float(c["top"]),
            "bottom": float(c["bottom"]),
            "size": float(c.get("size") or (c["bottom"] - c["top"])),
            **({"turn": turn} if (turn := matrix_turn(c.get("matrix"))) else {}),
        }
        for c in page.chars
        if c.get("text") and c["text"].strip()
    ]
    edges = [
        _edge(float(e["x0"]), float(e["top"]), float(e["x1"]), float(e["bottom"]))
        for e in page.edges
    ]
    curves = [
        (float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]))
        for c in page.curves
        if c.get("fill") and min(c["x1"] - c["x0"], c["bottom"] - c["top"]) >= CURVE_MIN
    ]
    return PageGeometry(float(page.width), float(page.height), _dedupe(chars), edges, curves)


def _dedupe(chars: list[dict[str, Any]], tol: float = 1.0) -> list[dict[str, Any]]:
    """Drop a glyph drawn again within ``tol`` points of an identical one (fake bold)."""
    # The keys in one comprehension, and a page with no key twice (most pages) kept
    # whole on one set's size: no per-glyph loop (``x / 1.0`` is ``x``).
    if tol == 1.0:
        keys = [(ch["text"], round(ch["x0"]), round(ch["top"])) for ch in chars]
    else:
        keys = [(ch["text"], round(ch["x0"] / tol), round(ch["top"] / tol)) for ch in chars]
    if len(set(keys)) == len(keys):
        return list(chars)
    seen: set[tuple[str, int, int]] = set()
    out = []
    for key, ch in zip(keys, chars, strict=True):
        if key in seen:
            continue
        seen.add(key)
        out.append(ch)
    return out


def cell_groups(edges: list[Edge]) -> list[list[tuple[float, float, float, float]]]:
    """pdfplumber's lines strategy on these edges: the cells of each ruled table."""
    if len(edges) < 4:
        return []
    from pdfplumber import table as pt

    merged = [
        e
        for e in pt.merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
        if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= EDGE_MIN
    ]
    if sum(1 for e in merged if e["orientation"] == "v") < 3:
        return []  # fewer than three verticals cannot make two columns
    cells = pt.intersections_to_cells(pt.edges_to_intersections(merged, INTERSECT, INTERSECT))
    groups: list[list[tuple[float, float, float, float]]] = pt.cells_to_tables(cells)
    return [g for g in groups if not crossed_frames(g)]


# Points two cells may share past their common rule (strokes drawn a little apart).
OVERLAP_TOL = 1.0


def crossed_frames(cells: Sequence[Box4]) -> bool:
    """Cells of which two overlap, neither holding the other: frames laid across each
    other (two pies' plot areas on a slide, each a box reaching past the other's edge),
    no grid. A ruled table's cells tile its box; a frame round a header may hold cells
    (``finder._holders``) but never cuts across one."""
    ordered = sorted(cells)
    for k, a in enumerate(ordered):
        for b in ordered[k + 1 :]:
            if b[0] >= a[2] - OVERLAP_TOL:
                break
            if min(a[3], b[3]) - max(a[1], b[1]) <= OVERLAP_TOL:
                continue  # side by side or one above the other
            if min(a[2], b[2]) - b[0] <= OVERLAP_TOL:
                continue
            holds = all(a[i] <= b[i] + OVERLAP_TOL for i in (0, 1)) and all(
                b[i] <= a[i] + OVERLAP_TOL for i in (2, 3)
            )
            held = all(b[i] <= a[i] + OVERLAP_TOL for i in (0, 1)) and all(
                a[i] <= b[i] + OVERLAP_TOL for i in (2, 3)
            )
            if not (holds or held):
                return True
    return False


def ruled_grids(edges: list[Edge]) -> list[tuple[float, float, float, float]]:
    """Bounding boxes of ruled tables with at least two rows and two columns."""
    out = []
    for group in cell_groups(edges):
        xs = {round(c[0], 1) for c in group}
        ys = {round(c[1], 1) for c in group}
        if len(xs) >= 2 and len(ys) >= 2:
            out.append(hull(group))
    return out


def hull(boxes: Sequence[Sequence[float]]) -> tuple[float, float, float, float]:
    """The smallest box holding every box given (none empty)."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
