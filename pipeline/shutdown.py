"""Ending a finished process without freeing its heap object by object.

A run's parent holds the warm state (the prefix dictionary's 378k entries, lexicons,
rule tables, regexes) and the dataset writer pyarrow, DuckDB and the run's documents;
the interpreter's own shutdown frees every one of those objects and module before the
process ends: about 0.04 s in the parent and 0.06 s in the writer, after the last file
is written, on the path of every run (the parent waits for the writer to end). The
operating system takes the memory back at once.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn


def exit_now(code: int) -> NoReturn:
    """End this process with ``code``: exit handlers run and the standard streams are
    flushed as at a normal exit, then the process ends without the interpreter's
    teardown. Only for a process whose work is done and whose files are closed (every
    output here is written whole and renamed into place before this point). A thread
    still at work (not a daemon) gets the normal exit, which waits for it."""
    main = threading.main_thread()
    if any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate()):
        sys.exit(code)
    try:
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # a closed pipe: nothing left to say
                stream.flush()
        os._exit(code)
