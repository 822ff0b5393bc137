"""The pipeline: read -> analyse -> narrate -> write, with atomic outputs.

``render(paths, options)`` renders a batch; each input gets its own folder
``<out>/<slug>/``. Every output of an input is computed in memory first and only
then written, each file atomically, so a failed input writes nothing and a
killed run never leaves a half-written file where a good one stood. Files whose
bytes did not change are not rewritten; audio whose fingerprint (script, voice,
preset, tags) matches ``timing.json`` is neither re-synthesized nor re-encoded.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import ids
from .errors import AudioreviewError, InputError, InternalError
from .fileio import atomic_write, write_if_changed
from .model import RenderOptions, Review, SchemaError, Timing, WarningOptions

STDIN = "-"
RENDER_INFO = "render.json"
MODEL_FILE = "review.json"
TIMING_FILE = "timing.json"


@dataclass
class RenderResult:
    """What happened to one input of a batch."""

    source: str
    slug: str | None = None
    out_dir: Path | None = None
    written: list[str] = field(default_factory=list)  # files (re)written, relative to out_dir
    unchanged: list[str] = field(default_factory=list)
    error: AudioreviewError | None = None
    stats: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- read


def load(source: str | Path, fmt: str | None = None, *, data: bytes | None = None) -> Review:
    """Read one input into the document model (``"-"`` with ``data`` for stdin)."""
    from .readers import read

    return read(source, fmt, data=data)


def prepare(
    source: str | Path,
    fmt: str | None = None,
    warnings: WarningOptions | None = None,
    *,
    data: bytes | None = None,
) -> Review:
    """Read and analyse: the model with content warnings and the content note."""
    from .analysis.warnings import analyse

    review = load(source, fmt, data=data)
    return analyse(review, warnings or WarningOptions())


# ---------------------------------------------------------------------- the slug


def _source_key(source: str | Path) -> str:
    return "<stdin>" if str(source) == STDIN else str(Path(source).resolve())


def choose_slug(review: Review, source_key: str, out_dir: Path, taken: set[str]) -> str:
    """An ASCII folder name from the title, unique within ``out_dir``.

    A folder already holding a render of the same source is reused, so a
    re-render updates it in place; a folder of another source is never taken.
    """
    base = ids.slugify(review.metadata.title, 48) or "review"
    n = 1
    while True:
        slug = base if n == 1 else f"{base}-{n}"
        n += 1
        if slug in taken:
            continue
        info = _read_json(out_dir / slug / RENDER_INFO)
        if (out_dir / slug).exists() and (info is None or info.get("source") != source_key):
            continue
        taken.add(slug)
        return slug


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


# ------------------------------------------------------------------------ render


def _load_timing(path: Path, fingerprint: str) -> Timing | None:
    data = _read_json(path)
    if not data:
        return None
    try:
        timing = Timing.from_dict(data)
    except (SchemaError, TypeError):
        return None
    return timing if timing.fingerprint == fingerprint else None


def _audio_files(review: Review, slug: str, out: Path, options: RenderOptions,
                 result: RenderResult) -> tuple[dict[str, bytes], Timing]:
    """Narrate and encode, or reuse what is on disk when nothing changed."""
    from .speech.profiles import load_profile
    from .speech.script import build_script
    from .writers.audio import audio_fingerprint, warm_up, write_audio

    profile = load_profile(options.voice)
    script = build_script(review, profile)
    fingerprint = audio_fingerprint(script, profile, options, review)
    timing = _load_timing(out / TIMING_FILE, fingerprint)
    if timing is not None:
        names = [timing.episode_file] + [c.file for c in timing.chapters]
        if all((out / n).is_file() for n in names):
            result.stats.update(hits=0, misses=0, reused_audio=1)
            return {n: (out / n).read_bytes() for n in names}, timing

    from .speech.narrate import narrate

    narration = narrate(script, profile, options, while_waiting=lambda: warm_up(profile, options))
    files, timing = write_audio(review, script, narration, profile, options, slug)
    stats = getattr(narration, "stats", None) or {}
    result.stats.update({k: v for k, v in dict(stats).items() if isinstance(v, (int, float))})
    return files, timing


def build_outputs(review: Review, slug: str, out: Path, options: RenderOptions,
                  result: RenderResult) -> dict[str, bytes]:
    """Every file of one review, relative to its folder, as bytes (nothing written)."""
    files: dict[str, bytes] = {}
    timing: Timing | None = None
    audio: dict[str, bytes] | None = None
    if options.audio:
        audio, timing = _audio_files(review, slug, out, options, result)
        files.update(audio)
        files[TIMING_FILE] = _json_bytes(timing.to_dict())
        from .writers.chapters import write_chapters_json
        from .writers.transcript import write_srt, write_vtt

        files[f"{slug}.vtt"] = write_vtt(timing, review).encode("utf-8")
        files[f"{slug}.srt"] = write_srt(timing, review).encode("utf-8")
        files[f"{slug}.chapters.json"] = write_chapters_json(timing).encode("utf-8")
    if options.epub:
        from .writers.epub import write_epub

        files[f"{slug}.epub"] = write_epub(review, options, timing, audio)
    files[MODEL_FILE] = _json_bytes(review.to_dict())
    return files


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def _render_info(out: Path, source_key: str, options: RenderOptions) -> bytes:
    """render.json keeps the first render time and the episode guid across re-renders."""
    old = _read_json(out / RENDER_INFO) or {}
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    info = {
        "source": source_key,
        "first_rendered": old.get("first_rendered") or now,
        "guid": old.get("guid") or str(uuid.uuid4()),
        "voice": (options.voice or "joe") if options.audio else None,
        "preset": options.preset if options.audio else None,
    }
    return _json_bytes(info)


def _prune(out: Path, keep: Iterable[str]) -> None:
    """Remove chapter files of an earlier render that this render no longer has."""
    keep = set(keep)
    chapters = out / "chapters"
    if chapters.is_dir():
        for f in chapters.glob("*.mp3"):
            if f"chapters/{f.name}" not in keep:
                f.unlink()


def _blame_input(exc: AudioreviewError, source: str) -> AudioreviewError:
    """Every failure of a batch names its input first; a voice profile or cover
    file at fault stays named inside the message."""
    if exc.path not in (None, "built-in", source):
        exc.message = f"{exc.path}: {exc.message}"
    exc.path = source
    return exc


def render_one(source: str | Path, options: RenderOptions, taken: set[str] | None = None,
               *, data: bytes | None = None) -> RenderResult:
    """Render one input into ``options.out_dir/<slug>/``; errors land in the result."""
    result = RenderResult(source=str(source))
    try:
        review = prepare(source, options.input_format, options.warnings, data=data)
        out_root = Path(options.out_dir)
        key = _source_key(source)
        slug = choose_slug(review, key, out_root, taken if taken is not None else set())
        out = out_root / slug
        result.slug, result.out_dir = slug, out
        files = build_outputs(review, slug, out, options, result)
        files[RENDER_INFO] = _render_info(out, key, options)
    except AudioreviewError as exc:
        result.error = _blame_input(exc, str(source))
        return result
    except Exception as exc:  # a bug: keep rendering the rest of the batch
        result.error = InternalError(f"internal error, please report it: {type(exc).__name__}: {exc}",
                                     str(source))
        return result
    for name, payload in files.items():
        (result.written if write_if_changed(out / name, payload) else result.unchanged).append(name)
    _prune(out, files)
    return result


def render(sources: Iterable[str | Path], options: RenderOptions | None = None,
           *, stdin: bytes | None = None) -> list[RenderResult]:
    """Render a batch. A failed input does not stop the others."""
    options = options or RenderOptions()
    taken: set[str] = set()
    results = []
    for source in sources:
        data = stdin if str(source) == STDIN else None
        if str(source) == STDIN and data is None:
            data = sys.stdin.buffer.read()
        results.append(render_one(source, options, taken, data=data))
    if options.feed and any(r.ok for r in results):
        write_feed(options.out_dir, base_url=options.base_url)
    return results


def write_feed(out_dir: str | Path, settings: object | None = None, base_url: str | None = None) -> list[Path]:
    """Write ``feed.xml`` (and its cover) over every review rendered in ``out_dir``.

    Settings given here win over those stored by the last feed build in
    ``out_dir`` (feed-settings.json), which win over the defaults, so
    ``render --feed`` keeps the title an earlier ``audioreview feed --title`` set.
    """
    from .podcast import FeedSettings, build_feed, merge_settings, stored_settings

    given = settings if settings is not None else FeedSettings(base_url=base_url)
    merged = merge_settings(stored_settings(out_dir) or FeedSettings(), given)
    written = []
    for name, payload in build_feed(Path(out_dir), merged).items():
        target = Path(out_dir) / name
        write_if_changed(target, payload)
        written.append(target)
    return written


__all__ = [
    "RenderResult", "load", "prepare", "render", "render_one", "choose_slug",
    "build_outputs", "write_feed", "atomic_write", "InputError",
]
