"""A one-line progress bar on stderr for synthesis: done/total, elapsed, ETA.

Shown only when asked for and stderr is a terminal, so batch logs and pipes
stay clean. Redraws at most ~10 times a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..dates import short_clock


class Progress:
    def __init__(self, total: int, label: str = "narrating", enabled: bool = True,
                 stream: TextIO | None = None, width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.label = label
        self.width = width
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = bool(enabled and total > 0 and isatty())

    def line(self) -> str:
        elapsed = time.monotonic() - self.start
        frac = self.done / self.total if self.total else 1.0
        filled = int(self.width * frac)
        bar = "#" * filled + "-" * (self.width - filled)
        eta = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        eta_text = short_clock(eta) if self.done else "?"
        return (f"{self.label} [{bar}] {self.done}/{self.total} sentences  "
                f"{short_clock(elapsed)} elapsed  ETA {eta_text}")

    def update(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()
            self.enabled = False

    def __enter__(self) -> Progress:
        if self.enabled:
            self.stream.write(self.line())
            self.stream.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
