"""One extraction stage in a forked child while the worker runs the others.

A worker alone on a machine with a core to spare runs the entity stage (≈ 40 % of a long
text's document time) beside the quantities, tables and figures stages, which read none of
its records. The child is a fork: it shares the document, the token layer and the warm
lexicons copy-on-write, runs the stage exactly as the worker would, and sends back the
stage's records pickled. It lives under the worker's limits: it inherits the address-space
cap, dies with the worker (a timeout kills the worker), and a child that fails in any way
sends nothing, so the worker runs the stage itself and the document ends as it would have.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import signal
from typing import TYPE_CHECKING, Any

from pipeline.models import Facts

if TYPE_CHECKING:
    from pipeline.config import Settings
    from pipeline.extract import Stage
    from pipeline.run import Built


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this child when the worker dies (a timeout's kill -9)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the worker died before prctl took effect
        os._exit(1)


class SideStage:
    """A stage started in a forked child; ``join`` puts its records on the document."""

    def __init__(self, stage: Stage, built: Built, settings: Settings) -> None:
        if not all(name in Facts.model_fields for name in stage.assigns):
            raise ValueError(f"stage {stage.name} assigns more than facts: not run aside")
        self.stage, self.built, self.settings = stage, built, settings
        self.assigns = stage.assigns
        self.joined = False
        self._pid: int | None = None
        self._read: int | None = None
        self._module = importlib.import_module(stage.module)
        parent = os.getpid()
        try:
            read, write = os.pipe()
        except OSError:
            return  # no child: ``join`` runs the stage here
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(read)
                _die_with_parent(parent)
                stage.apply(self._module, built, settings)
                facts = built.document.facts
                payload = pickle.dumps(
                    [getattr(facts, name) for name in stage.assigns], pickle.HIGHEST_PROTOCOL
                )
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
                code = 0
            except BaseException:  # anything: the worker runs the stage itself
                pass
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    def _receive(self) -> list[Any] | None:
        """The child's records, or None when it sent none whole."""
        if self._pid is None or self._read is None:
            return None
        chunks: list[bytes] = []
        with contextlib.suppress(OSError):
            while chunk := os.read(self._read, 1 << 20):
                chunks.append(chunk)
        os.close(self._read)
        self._read = None
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if os.waitstatus_to_exitcode(status) != 0 or not chunks:
            return None
        try:
            values = pickle.loads(b"".join(chunks))
        except Exception:  # a cut payload: the worker runs the stage itself
            return None
        if not isinstance(values, list) or len(values) != len(self.assigns):
            return None
        return values

    def join(self) -> None:
        """Wait for the child and take its records; without them, run the stage here."""
        self.joined = True
        values = self._receive()
        if values is None:
            self.stage.apply(self._module, self.built, self.settings)
            return
        facts = self.built.document.facts
        for name, value in zip(self.assigns, values, strict=True):
            setattr(facts, name, value)

    def close(self) -> None:
        """A child still running when the worker's own stages failed: killed and reaped."""
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self._pid, 0)
            self._pid = None
        if self._read is not None:
            os.close(self._read)
            self._read = None
