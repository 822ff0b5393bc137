"""The options of the content-warning stage, light to import (the CLI and the
render build them before the detector and its model are loaded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class WarningOptions:
    """What the user asked of the content warnings (``--warnings``, ``--warn``,
    ``--no-warn``, ``--warn-threshold``)."""

    mode: Literal["auto", "off", "only"] = "auto"
    add: dict[str, int] = field(default_factory=dict)  # --warn CATEGORY[:SEVERITY]
    remove: list[str] = field(default_factory=list)  # --no-warn CATEGORY
    threshold: int | None = None  # show from this severity (None: the default rule)
