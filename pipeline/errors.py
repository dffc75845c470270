"""One error root with typed leaves and stable codes, so a batch can report and go on."""

from __future__ import annotations


class ItisExtractError(Exception):
    """Root of every error the pipeline raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(ItisExtractError):
    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class TooLargeError(InputError):
    code = "E102"


class UnsupportedFormatError(InputError):
    code = "E103"


class CorruptPDFError(InputError):
    code = "E110"


class EncryptedPDFError(InputError):
    code = "E111"


class NoTextLayerError(InputError):
    code = "E112"


class TooManyPagesError(InputError):
    code = "E113"


class DecompressionBombError(InputError):
    """A compressed PDF stream would inflate past the per-stream limit."""

    code = "E114"


class EncodingError(InputError):
    code = "E120"


class SchemaError(ItisExtractError):
    code = "E200"


class LexiconError(ItisExtractError):
    code = "E210"


class WorkerError(ItisExtractError):
    code = "E300"


class TimeoutExceeded(WorkerError):
    code = "E301"


class MemoryExceeded(WorkerError):
    code = "E302"


class WorkerCrashed(WorkerError):
    code = "E303"
