"""audioreview: turn written reviews into accessible editions.

The library mirrors the CLI::

    import audioreview
    review = audioreview.load("examples/the-lantern-keepers.txt")   # -> Review
    results = audioreview.render_batch(["examples/paper-kites.md"], audioreview.RenderOptions(out_dir="output"))
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import AudioreviewError, InputError, OutputError, VoiceError  # noqa: E402
from .analysis.options import WarningOptions  # noqa: E402
from .model import Review  # noqa: E402
from .render import RenderOptions, load, prepare, render_batch, render_one, write_feed  # noqa: E402

__all__ = [
    "__version__", "load", "prepare", "render_batch", "render_one", "write_feed",
    "Review", "RenderOptions", "WarningOptions",
    "AudioreviewError", "InputError", "OutputError", "VoiceError",
]
