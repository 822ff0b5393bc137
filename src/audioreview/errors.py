"""Errors the library raises for bad input or a failed run.

The CLI turns every :class:`AudioreviewError` into one line on stderr,
``audioreview: <file>: <cause>``, and exit code 2; nothing else should reach the
user as a traceback.
"""

from __future__ import annotations


class AudioreviewError(Exception):
    """Base class: a problem the user can act on, with the file it concerns."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def __reduce__(self):  # noqa: ANN204 -- pickled whole (message and path) by a Dask task's result
        return type(self), (self.message, self.path)


class InputError(AudioreviewError):
    """The input cannot be read as a review (missing, empty, binary, malformed)."""


class VoiceError(AudioreviewError):
    """A voice profile is unknown, broken, or its engine cannot run here."""


class OutputError(AudioreviewError):
    """An output cannot be written (bad cover image, bad base URL, no reviews...)."""


class InternalError(AudioreviewError):
    """A bug, not bad input: reported in one line so the rest of a batch still
    renders; the CLI exits 1 for it (2 is for bad input)."""
