"""The pipeline: read -> analyse -> narrate -> write, with atomic outputs.

``render_batch(paths, options)`` renders a batch; each input gets its own folder
``<out>/<slug>/``, which the render owns:

1. Every option is checked before any work starts (:func:`check_options`): a
   bad one is one error, nothing is rendered.
2. The folder is claimed atomically: a new folder appears by renaming a hidden
   temporary folder that already holds ``render.json`` (the claim, naming the
   source), so two renders of different sources with the same title never share
   a folder, and a folder whose ``render.json`` names this source is reused --
   also when an earlier render of it was killed half-way.
3. While it renders, the render holds a lock on the folder (``flock``, dropped
   by the kernel if the process dies) and first removes ``.part`` files that
   killed runs left behind.
4. Every output is computed in memory, then committed as a group
   (:func:`~audioreview.fileio.commit_files`): all temporary files first, then
   the renames, ``review.json`` and ``render.json`` last. A failed write (a full
   disk) changes no final path; a folder this render created is removed again.
5. After the new files are in place, what the render no longer produces
   (audio after ``--no-audio``, the EPUB after ``--no-epub``, chapter files
   of an earlier outline) is removed.

Files whose bytes did not change are not rewritten; audio whose fingerprint
(script, voice, preset, tags) matches ``timing.json`` is neither re-synthesized
nor re-encoded.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import functools
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Literal

from . import ids, layout
from .covers import read_cover
from .errors import AudioreviewError, InputError, InternalError, OutputError
from .fileio import (PART_SUFFIX, OnDisk, Spool, atomic_write, commit_files, dir_lock, is_part_file, read_json_object,
                     remove_part_files, write_error)
from .analysis.options import WarningOptions
from .audio.timing import Timing
from .model import Review, SchemaError

if TYPE_CHECKING:
    from .inputs import InputItem

STDIN = "-"


@dataclass
class RenderOptions:
    """Everything a render needs besides the input. One record, passed down."""

    out_dir: str = "output"
    voice: str | None = None  # voice profile name; None: the default offline voice
    preset: Literal["podcast", "audiobook"] = "podcast"
    audio: bool = True
    epub: bool = True
    feed: bool = False
    base_url: str | None = None
    cache_dir: str | None = None
    use_cache: bool = True
    quiet: bool = False
    cover: str | None = None
    input_format: str | None = None  # --from: text, markdown, html
    warnings: WarningOptions = field(default_factory=WarningOptions)
    workers: int | None = None  # synthesis processes; None: decided from CPU count
    cache_max_size: int | None = None  # bytes; the synthesis cache is trimmed (LRU) after each review


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
    adjust: Callable[[Review], object] | None = None,
) -> Review:
    """Read and analyse: the model with content warnings and the content note.
    ``adjust`` changes the model between the two (a manifest row's metadata)."""
    from .analysis.content_warnings import analyse

    review = load(source, fmt, data=data)
    if adjust is not None:
        adjust(review)
    return analyse(review, warnings or WarningOptions())


# ------------------------------------------------------------------- options


PRESET_NAMES = ("podcast", "audiobook")


def check_options(options: RenderOptions, sources: Iterable[str | Path] = ()) -> list[str]:
    """Check every option before any work starts; raise the first problem as an
    AudioreviewError (one line). Creates the output folder (and checks that it
    can be written), so call it last before rendering. Returns warnings, one
    line each (a ``--voice`` whose language differs from a review's).

    With audio, every input (files, not standard input) is read for its
    language, and a review no voice speaks is refused here
    (:func:`~audioreview.speech.profiles.voice_for`), before anything is
    rendered; an input that cannot be read is left for its own error later.

    ``--feed`` with ``--no-audio`` is allowed when the output folder holds
    narrated reviews of other sources: the feed then lists those (the text-only
    renders of ``sources`` are no episodes). When it holds none, the feed would
    be empty, so that is refused here instead of after rendering.
    """
    from .speech.profiles import load_profile

    if options.preset not in PRESET_NAMES:
        raise OutputError(f"unknown audio preset {options.preset!r} (podcast or audiobook)", "--preset")
    if options.workers is not None and not 1 <= int(options.workers) <= 64:
        raise OutputError(f"--workers must be 1-64, got {options.workers}", "--workers")
    profile = load_profile(options.voice)  # an unknown voice is an error with --no-audio too
    notes: list[str] = []
    if options.audio:
        from .speech.engines import get_engine
        from .audio.episode import preset_for

        preset_for(profile, options.preset)  # the profile's bitrate and loudness against the preset
        get_engine(profile)  # Piper: the model files exist
        notes += _check_voices(options, [s for s in sources if str(s) != STDIN])
    if options.base_url is not None:
        from .feed.settings import check_base_url

        check_base_url(options.base_url)  # with or without --feed: a bad URL is never silently kept
    if options.cover:
        read_cover(options.cover)
    out = Path(options.out_dir)
    if options.feed:
        from .feed.settings import stored_settings

        stored = stored_settings(out) if out.is_dir() else None  # a damaged file fails now, not later
        if stored is not None and stored.image:
            from .covers import for_feed

            for_feed(read_cover(stored.image), stored.image)  # the feed's cover, kept from an earlier `feed --image`
        if not options.audio:
            from .inputs import iter_inputs

            inputs = {item.key or _source_key(item.source) for item in iter_inputs(sources)}
            if not any(True for _ in narrated_folders(out, exclude_sources=inputs)):
                raise OutputError(
                    "--feed with --no-audio: the feed lists narrated reviews and this folder holds none "
                    "besides these inputs; drop --no-audio (or --feed, and run `audioreview feed` later)",
                    str(out))
    check_out_dir(out)
    return notes


def _check_voices(options: RenderOptions, sources: list[str | Path]) -> list[str]:
    """A voice for every input's language (VoiceError naming the input when
    there is none), and the warnings of a forced ``--voice``. Folders, globs and
    manifests are expanded; a manifest row's language counts as it renders."""
    from .inputs import apply_overrides, iter_inputs

    notes: list[str] = []
    seen: set[str] = set()
    for item in iter_inputs(sources, exclude=[options.out_dir]):
        if item.error is not None or item.source == STDIN:
            continue  # reported with the input's own render
        try:
            review = load(item.source, item.fmt or options.input_format, data=item.data)
            if item.overrides:
                apply_overrides(review, item.overrides, item.label)
        except AudioreviewError:
            continue
        language = review.metadata.language or "en"
        if language in seen:
            continue
        seen.add(language)
        try:
            _, warning = _voice(review, options)
        except AudioreviewError as exc:
            raise _blame_input(exc, item.label) from None
        if warning:
            notes.append(f"{item.label}: {warning}")
    return notes


def _voice(review: Review, options: RenderOptions):  # -> tuple[VoiceProfile, str | None]
    from .readers.language import language_name
    from .speech.profiles import voice_for

    language = review.metadata.language or "en"
    return voice_for(language, options.voice, language_name(language))


def check_out_dir(out: Path) -> None:
    """The output folder exists (created if needed) and can be written."""
    probe = out
    while not os.path.lexists(probe) and probe != probe.parent:
        probe = probe.parent
    if os.path.lexists(probe) and not probe.is_dir():
        why = "it is a file" if probe == out else f"{probe} is a file"
        raise OutputError(f"cannot use as the output folder: {why}", str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, out, "create the output folder") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=PART_SUFFIX, dir=out)
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):  # a concurrent render's clean-up may have taken it
            os.unlink(tmp)
    except OSError as exc:
        raise write_error(exc, out, "write in the output folder") from None


def narrated_folders(out: Path, exclude_sources: set[str] = frozenset()) -> Iterable[Path]:
    """Folders of ``out`` the feed would list (review.json, timing.json and an
    MP3), except renders of ``exclude_sources``."""
    if not out.is_dir():
        return
    for sub in sorted(out.iterdir()):
        if sub.name.startswith(".") or not sub.is_dir():
            continue
        if not ((sub / layout.MODEL_FILE).is_file() and (sub / layout.TIMING_FILE).is_file() and any(sub.glob("*.mp3"))):
            continue
        info = read_json_object(sub / layout.RENDER_INFO)
        if isinstance(info, dict) and info.get("source") in exclude_sources:
            continue
        yield sub


# -------------------------------------------------------------- the folder


CLAIM_PREFIX = ".claim-"  # a folder being claimed (or removed): renamed into place, or deleted


def _source_key(source: str | Path) -> str:
    from .inputs import source_key

    return source_key(source)


@dataclass
class Claim:
    """A review's folder, held by this render."""

    slug: str
    path: Path
    fresh: bool  # created by this render (removed again if the render fails)


def _unfinished(folder: Path) -> bool:
    """A folder with no render.json and no review.json that holds nothing but
    our outputs and temporary files: a render of an earlier version that was
    killed or ran out of disk before it wrote them. Safe to adopt."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return False
    for p in entries:
        if p.is_symlink():
            return False
        if p.name == "chapters" and p.is_dir():
            if all(c.is_file() and not c.is_symlink() and (c.suffix == ".mp3" or is_part_file(c.name))
                   for c in p.iterdir()):
                continue
            return False
        if not (p.is_file() and (is_part_file(p.name) or (layout.is_output(p.name) and p.name != layout.MODEL_FILE))):
            return False
    return True


def _remove_claim_leftovers(out_root: Path) -> None:
    """Hidden claim folders and temporary files of killed runs in the output
    root. Call with the root locked: no claim is in progress then."""
    for p in list(out_root.iterdir()):
        if p.name.startswith(CLAIM_PREFIX) and p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
    remove_part_files(out_root, recursive=False)


_SWEPT_ROOTS: set[str] = set()  # output roots whose leftovers this process (or batch) has removed


def _sweep_once(out_root: Path, again: bool = False) -> None:
    """:func:`_remove_claim_leftovers` once per process, and again at the start
    of each batch (``again``): listing a root of a million folders for every
    claim would make a batch quadratic. Call with the root locked."""
    key = os.path.realpath(out_root)
    if again or key not in _SWEPT_ROOTS:
        _remove_claim_leftovers(out_root)
        _SWEPT_ROOTS.add(key)


def _claim_slug(base: str, key: str, out_root: Path, taken: set[str], info: bytes) -> Claim:
    """The first free folder name for ``base`` (``base``, ``base-2``, ...), or
    the folder that already holds a render of ``key``. With the output root
    locked, so claims of concurrent renders are serialised; a new folder is
    created with render.json already inside (rename of a hidden folder), so no
    render ever sees it without its claim."""
    with dir_lock(out_root):
        _sweep_once(out_root)
        n = 1
        while True:
            slug = base if n == 1 else f"{base}-{n}"
            n += 1
            if slug in taken:
                continue
            path = out_root / slug
            if os.path.lexists(path):
                if path.is_symlink() or not path.is_dir():
                    continue
                info_path = path / layout.RENDER_INFO
                if os.path.lexists(info_path):
                    held = read_json_object(info_path)
                    if held is not None and held.get("source") == key:
                        return Claim(slug, path, fresh=False)
                    continue  # another source's folder (or one we cannot read): never taken
                if _unfinished(path):
                    try:
                        atomic_write(info_path, info)
                    except OSError as exc:
                        raise write_error(exc, info_path) from None
                    return Claim(slug, path, fresh=False)
                continue
            tmp = out_root / f"{CLAIM_PREFIX}{uuid.uuid4().hex}"
            try:
                tmp.mkdir()  # (not mkdtemp: the folder keeps the umask's permissions, not 0700)
            except OSError as exc:
                raise write_error(exc, path, "create the folder") from None
            try:
                atomic_write(tmp / layout.RENDER_INFO, info)
                os.rename(tmp, path)
            except OSError as exc:
                shutil.rmtree(tmp, ignore_errors=True)
                if exc.errno in (errno.EEXIST, errno.ENOTEMPTY) and os.path.lexists(path):
                    continue  # appeared meanwhile (not one of ours: we hold the lock)
                raise write_error(exc, path, "create the folder") from None
            return Claim(slug, path, fresh=True)


def claim_folder(review: Review, key: str, out_root: Path, taken: set[str], options: RenderOptions,
                 stack: contextlib.ExitStack) -> Claim:
    """Claim the review's folder and lock it for the rest of ``stack``."""
    base = ids.slugify(review.metadata.title, 48) or "review"
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, out_root, "create the output folder") from None
    info = _json_bytes(_new_render_info(key, options))
    for _attempt in range(100):
        claim = _claim_slug(base, key, out_root, taken, info)
        lock = contextlib.ExitStack()
        try:
            fd = lock.enter_context(dir_lock(claim.path))
            same = fd is None or os.path.samestat(os.fstat(fd), os.stat(claim.path))
        except FileNotFoundError:
            same = False
        held = read_json_object(claim.path / layout.RENDER_INFO) if same else None
        if held is not None and held.get("source") == key:
            stack.enter_context(lock)
            taken.add(claim.slug)
            return claim
        lock.close()  # removed or replaced while we waited for it: claim again
    raise OutputError("cannot claim a folder: other renders keep replacing it", str(out_root / base))


def _remove_leftovers(out: Path, out_root: Path) -> None:
    """Temporary files of killed runs in a folder we hold (and of a feed build
    writing transcripts into it: the root lock keeps that out meanwhile)."""
    with dir_lock(out_root):
        remove_part_files(out, recursive=True)


def _discard(claim: Claim, out_root: Path) -> None:
    """Remove a folder this render created and could not finish (we hold its lock)."""
    with dir_lock(out_root):
        trash = out_root / f"{CLAIM_PREFIX}{uuid.uuid4().hex}"
        try:
            os.rename(claim.path, trash)
        except OSError:
            trash = claim.path
    shutil.rmtree(trash, ignore_errors=True)


# ------------------------------------------------------------------------ render


def _load_timing(path: Path, fingerprint: str) -> Timing | None:
    data = read_json_object(path)
    if not data:
        return None
    try:
        timing = Timing.from_dict(data)
    except (SchemaError, TypeError):
        return None
    return timing if timing.fingerprint == fingerprint else None


def _audio_files(review: Review, slug: str, out: Path, options: RenderOptions, result: RenderResult,
                 pool: object | None = None, next_up: Callable[[], None] | None = None,
                 spool: Spool | None = None) -> tuple[dict[str, bytes | OnDisk], Timing]:
    """Narrate and encode, or reuse what is on disk when nothing changed.

    In a batch, ``pool`` (a NarrationPool) synthesizes and ``next_up`` is
    called once this review's sentences are with the pool's workers: it hands
    them the next review's, so they synthesize while this one is mastered."""
    from .speech.script import build_script
    from .audio.episode import AudioOptions, audio_fingerprint, warm_up, write_audio

    profile, _ = _voice(review, options)  # the review's language's voice (or --voice)
    script = build_script(review, profile)
    audio_options = AudioOptions(preset=options.preset, cover=read_cover(options.cover) if options.cover else None,
                                 cache_dir=options.cache_dir, use_cache=options.use_cache)
    fingerprint = audio_fingerprint(script, profile, audio_options, review)
    timing = _load_timing(out / layout.TIMING_FILE, fingerprint)
    if timing is not None:
        names = [timing.episode_file] + [c.file for c in timing.chapters]
        if all((out / n).is_file() for n in names):
            result.stats.update(hits=0, misses=0, reused_audio=1)
            if next_up is not None:
                next_up()
            return {n: OnDisk(out / n, temporary=False) for n in names}, timing

    from .speech.narrate import start_narration

    pending = start_narration(script, profile, _narration_options(options), pool=pool)  # type: ignore[arg-type]
    if next_up is not None:
        next_up()
    narration = pending.result(while_waiting=lambda: warm_up(profile, audio_options))
    stats = dict(getattr(narration, "stats", None) or {})
    files, timing = write_audio(review, script, narration, profile, audio_options, slug, stats, spool=spool)
    result.stats.update({k: v for k, v in stats.items() if isinstance(v, (int, float))})
    return files, timing


def _narration_options(options: RenderOptions):  # noqa: ANN202 -- NarrationOptions (imported late)
    from .speech.narrate import NarrationOptions

    return NarrationOptions(cache_dir=options.cache_dir, use_cache=options.use_cache,
                            workers=options.workers, quiet=options.quiet)


def build_outputs(review: Review, slug: str, out: Path, options: RenderOptions,
                  result: RenderResult, *, pool: object | None = None,
                  next_up: Callable[[], None] | None = None, spool: Spool | None = None,
                  ) -> dict[str, bytes | OnDisk]:
    """Every file of one review, relative to its folder: bytes, or with a
    ``spool`` on the folder, the large ones (MP3s, EPUB) streamed into
    temporary files there (nothing written at a final path)."""
    files: dict[str, bytes | OnDisk] = {}
    timing: Timing | None = None
    audio: dict[str, bytes | OnDisk] | None = None
    spool = spool or Spool(None)
    if options.audio:
        audio, timing = _audio_files(review, slug, out, options, result, pool, next_up, spool)
        result.stats["audio_seconds"] = round(timing.duration, 3)
        files.update(audio)
        files[layout.TIMING_FILE] = _json_bytes(timing.to_dict())
        from .writers.chapters_json import write_chapters_json
        from .writers.transcript import write_srt, write_vtt

        files[layout.vtt_file(slug)] = write_vtt(timing, review).encode("utf-8")
        files[layout.srt_file(slug)] = write_srt(timing, review).encode("utf-8")
        files[layout.chapters_json_file(slug)] = write_chapters_json(timing).encode("utf-8")
    if options.epub:
        from .writers.epub import EpubOptions, write_epub_into

        cover = read_cover(options.cover) if options.cover else None
        files[layout.epub_file(slug)] = spool.write(
            layout.epub_file(slug), lambda fh: write_epub_into(fh, review, EpubOptions(cover=cover), timing, audio))
    from .pages import review_page

    files[layout.WEB_PAGE] = review_page(review, timing, files, out.parent)
    files[layout.MODEL_FILE] = _json_bytes(review.to_dict())
    return files


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False) + "\n").encode("utf-8")


def _new_render_info(source_key: str, options: RenderOptions) -> dict:
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    return {
        "source": source_key,
        "first_rendered": now,
        "guid": str(uuid.uuid4()),
        "voice": (options.voice or "joe") if options.audio else None,
        "preset": options.preset if options.audio else None,
    }


def _render_info(out: Path, source_key: str, options: RenderOptions) -> bytes:
    """render.json keeps the first render time and the episode guid across re-renders."""
    old = read_json_object(out / layout.RENDER_INFO) or {}
    info = _new_render_info(source_key, options)
    info["first_rendered"] = old.get("first_rendered") or info["first_rendered"]
    info["guid"] = old.get("guid") or info["guid"]
    return _json_bytes(info)


def _prune(out: Path, keep: Iterable[str]) -> list[str]:
    """Remove what an earlier render of this folder wrote and this one did not:
    MP3s, timing.json, transcripts, JSON chapters, the EPUB. Files of other
    kinds (say, notes of your own) are left alone."""
    keep = set(keep)
    removed = []
    chapters = out / layout.CHAPTERS_DIR
    candidates = list(out.iterdir())
    if chapters.is_dir() and not chapters.is_symlink():
        candidates += list(chapters.iterdir())
    for path in candidates:
        rel = path.relative_to(out).as_posix()
        if rel in keep or path.is_symlink() or not path.is_file():
            continue
        ours = path.suffix == ".mp3" if rel.startswith(layout.CHAPTERS_DIR + "/") else layout.is_output(path.name)
        if ours:
            path.unlink()
            removed.append(rel)
    if chapters.is_dir() and not chapters.is_symlink() and not any(chapters.iterdir()):
        chapters.rmdir()
    return removed


def _blame_input(exc: AudioreviewError, source: str) -> AudioreviewError:
    """Every failure of a batch names its input first; a voice profile or cover
    file at fault stays named inside the message."""
    if exc.path not in (None, "built-in", source):
        exc.message = f"{exc.path}: {exc.message}"
    exc.path = source
    return exc


def render_one(source: str | Path, options: RenderOptions, taken: set[str] | None = None,
               *, data: bytes | None = None, key: str | None = None, fmt: str | None = None,
               adjust: Callable[[Review], object] | None = None, review: Review | None = None,
               pool: object | None = None, next_up: Callable[[], None] | None = None) -> RenderResult:
    """Render one input into ``options.out_dir/<slug>/``; errors land in the result.

    A failure leaves the folder as it was (a folder this render created is
    removed again); a later input of the batch is still rendered. ``key``:
    what render.json records as the source (default: the resolved path);
    ``fmt`` overrides ``options.input_format``; ``adjust`` changes the model
    before the analysis (see :func:`prepare`). In a batch, ``review`` is the
    input already read (by the look-ahead), ``pool`` and ``next_up`` pipeline
    the synthesis (see :func:`render_batch`).
    """
    result = RenderResult(source=str(source))
    taken = taken if taken is not None else set()
    out_root = Path(options.out_dir)
    claim: Claim | None = None
    clock = time.monotonic()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.monotonic()
        result.stats[name] = round(now - clock, 3)
        clock = now

    with contextlib.ExitStack() as held:
        try:
            if review is None:
                review = prepare(source, fmt or options.input_format, options.warnings, data=data, adjust=adjust)
            lap("read_seconds")
            if options.audio:
                # A language no voice speaks is this input's error, before its folder is claimed;
                # render.json names the voice that narrates.
                options = replace(options, voice=_voice(review, options)[0].name)
                if pool is not None and getattr(pool, "profile", None) is not None \
                        and pool.profile.name != options.voice:
                    pool = None  # another language's voice: its own synthesis, not the batch's workers
            key = key or _source_key(source)
            claim = claim_folder(review, key, out_root, taken, options, held)
            out = claim.path
            result.slug, result.out_dir = claim.slug, out
            _remove_leftovers(out, out_root)
            pipelined = {"pool": pool, "next_up": next_up} if pool is not None else {}
            spool = held.enter_context(Spool(out))  # what is not committed is removed on the way out
            files = build_outputs(review, claim.slug, out, options, result, spool=spool, **pipelined)
            lap("outputs_seconds")
            files[layout.RENDER_INFO] = _render_info(out, key, options)
            result.written, result.unchanged = commit_files(out, files, last=layout.COMMIT_LAST)
            lap("write_seconds")
            if claim.fresh and layout.RENDER_INFO in result.unchanged:  # written by the claim, moments ago
                result.unchanged.remove(layout.RENDER_INFO)
                result.written.append(layout.RENDER_INFO)
            _prune(out, files)
        except AudioreviewError as exc:
            result.error = _blame_input(exc, str(source))
        except OSError as exc:  # an unlucky file system (full, read-only, gone): one line, exit 2
            where = exc.filename or (claim.path if claim else out_root)
            result.error = _blame_input(write_error(exc, where, "write"), str(source))
        except Exception as exc:  # a bug: keep rendering the rest of the batch
            detail = " ".join(str(exc).split())  # one line, even for a multi-line message
            result.error = InternalError(f"internal error, please report it: {type(exc).__name__}: {detail}",
                                         str(source))
        if result.error is not None and claim is not None and claim.fresh:
            _discard(claim, out_root)
            taken.discard(claim.slug)  # free again for a later input of the batch
    return result


# ------------------------------------------------------------------ batch (issue 14)
# Inputs (folders, globs, manifests) are expanded by inputs.py; where each
# review runs (here or on a Dask cluster), the progress display and the report
# live in batch.py. render_one stays the unit of work.


def _adjust_for(item: InputItem) -> Callable[[Review], object] | None:
    """A manifest row's metadata, applied to its review (None: nothing to apply)."""
    if not item.overrides:
        return None
    from .inputs import apply_overrides

    return functools.partial(apply_overrides, overrides=item.overrides, label=item.label)


def render_item(item: InputItem, options: RenderOptions, taken: set[str] | None = None,
                **pipelined: object) -> RenderResult:
    """One record of a batch (a file, standard input's bytes, a manifest row)
    -> its folder; then, with ``options.cache_max_size``, the synthesis cache
    is trimmed (never an entry this review used). Never raises: a Dask task."""
    started, clock = time.time(), time.monotonic()
    if item.error is not None:
        return RenderResult(source=item.label, error=item.error)
    result = render_one(item.source, options, taken, data=item.data, key=item.key, fmt=item.fmt,
                        adjust=_adjust_for(item), **pipelined)  # type: ignore[arg-type]
    result.stats["seconds"] = round(time.monotonic() - clock, 3)
    if options.cache_max_size and options.audio and options.use_cache:
        _trimmer(options).after_review(started)
    return result


_TRIMMERS: dict[tuple[str | None, int], object] = {}


def _trimmer(options: RenderOptions):  # noqa: ANN202 -- speech.cache.Trimmer, imported late
    from .speech.cache import Trimmer

    key = (options.cache_dir, int(options.cache_max_size or 0))
    if key not in _TRIMMERS:
        _TRIMMERS[key] = Trimmer(options.cache_dir, key[1])
    return _TRIMMERS[key]


def _task_failed(item: InputItem, exc: BaseException) -> RenderResult:
    """A task the cluster could not run (its workers kept dying, the scheduler went away)."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return RenderResult(source=item.label, error=OutputError(f"the Dask cluster could not render it: {detail}",
                                                             item.label))


def _for_cluster(options: RenderOptions) -> RenderOptions:
    """Options for Dask workers: absolute paths (a worker's working folder is
    its own), one synthesis process per task (scale with worker processes)."""
    from dataclasses import replace

    def absolute(path: str | None) -> str | None:
        return str(Path(path).expanduser().resolve()) if path else path

    return replace(options, out_dir=absolute(options.out_dir), cache_dir=absolute(options.cache_dir),
                   cover=absolute(options.cover), workers=1)


def _shipped(item: InputItem) -> InputItem:
    """A record with its bytes and folder key read here, for a worker that may
    not see the input (only the output folder is shared)."""
    from dataclasses import replace

    from .readers.decode import load_bytes

    if item.error is not None or item.data is not None:
        return item
    try:
        return replace(item, data=load_bytes(item.source), key=item.key or _source_key(item.source))
    except AudioreviewError as exc:
        return replace(item, error=exc)


def render_batch(sources: Iterable[str | Path], options: RenderOptions | None = None,
                 *, stdin: bytes | None = None, checked: bool = False, scheduler: str | None = None,
                 report: str | Path | None = None,
                 on_result: Callable[[RenderResult, Callable[..., None]], object] | None = None,
                 ) -> list[RenderResult]:
    """Render a batch. ``sources``: files, ``-``, folders, globs and manifests
    (:mod:`audioreview.inputs`). Options are checked first (an
    AudioreviewError before any work); after that a failed input does not
    stop the others. With ``options.feed`` the feed is written when at least
    one input rendered (a failure to write it raises). ``checked=True``: the
    caller already ran :func:`check_options`.

    ``scheduler``: a Dask scheduler address: each review is a task on that
    cluster (an OutputError within seconds when it cannot be reached).
    ``report``: write the batch report (JSON) there. ``on_result(result,
    say)``: called with each result as it comes (``say(line, err=False)``
    prints above the progress bar); the results are then not kept, and the
    list returned is empty (flat memory for an archive). A progress bar for
    the whole batch shows on a terminal unless ``options.quiet``.
    """
    from dataclasses import replace

    from .batch import BatchProgress, BatchReport, check_report_path, executor_for
    from .inputs import iter_inputs

    options = options or RenderOptions()
    sources = list(sources)
    if not checked:
        check_options(options, sources)
    if report is not None:
        check_report_path(report)
    exclude = [options.out_dir]
    total = sum(1 for _ in iter_inputs(sources, exclude))
    if Path(options.out_dir).is_dir():  # leftovers of killed runs: once here, not at every claim
        with dir_lock(options.out_dir):
            _sweep_once(Path(options.out_dir), again=True)
    executor = executor_for(scheduler)  # an unreachable scheduler: an error before any work
    results: list[RenderResult] = []
    any_ok = False
    run_options = _for_cluster(options) if scheduler else options
    bar = BatchProgress(total, enabled=not options.quiet and total > 1)
    if bar.enabled:
        run_options = replace(run_options, quiet=True)  # the batch bar replaces the one per review
    book = BatchReport(report, scheduler) if report is not None else None
    stack = contextlib.ExitStack()
    try:
        items = (replace(item, data=_stdin_bytes(stdin)) if item.source == STDIN and item.data is None else item
                 for item in iter_inputs(sources, exclude))
        if scheduler:
            work = functools.partial(render_item, options=run_options)
            items = (_shipped(item) for item in items)
        else:  # one machine: the next review's speech is synthesized while this one is mastered
            ahead = stack.enter_context(_pipeline(run_options, total))
            items = ahead.feed(items)
            taken: set[str] = set()

            def work(item: InputItem) -> RenderResult:
                return render_item(item, run_options, taken, **ahead.kwargs(item))
        for item, result in executor.map(work, items, _task_failed):
            any_ok = any_ok or result.ok
            bar.update(result.stats.get("audio_seconds", 0.0))
            if book is not None:
                book.add(item.origin, result)
            if on_result is not None:
                on_result(result, bar.write)
            else:
                results.append(result)
    except BaseException:
        if book is not None:
            book.discard()
        raise
    finally:
        stack.close()
        bar.close()
        executor.close()
    if scheduler and Path(options.out_dir).is_dir():
        # A worker killed mid-claim leaves a hidden claim folder; every task is done now.
        with dir_lock(options.out_dir):
            _remove_claim_leftovers(Path(options.out_dir))
    if book is not None:
        book.finish()
    if options.feed and any_ok:
        write_feed(options.out_dir, base_url=options.base_url)  # writes the library page too
    elif any_ok:
        write_library(options.out_dir)  # web edition: OUT/index.html
    return results


def watch(sources: Iterable[str | Path], options: RenderOptions, *, poll: float = 0.5,
          stop: Callable[[], bool] = lambda: False,
          on_result: Callable[[RenderResult, Callable[..., None]], object] | None = None) -> None:
    """Render ``sources``, then, every ``poll`` seconds until ``stop()``, render
    again each input whose file changed or appeared (in a watched folder or
    glob; a changed manifest is rendered again whole, its unchanged rows
    found unchanged). A failed input is reported through ``on_result`` and
    watched on. Files only: standard input cannot be watched.

    Why: an edited review rendered again in a new process spends most of its
    time starting up (imports, scipy.signal's ~1 s, the voice's session); in
    this process, which keeps them, an edited sentence costs its own speech,
    its chapter's mastering and the writing."""
    from .inputs import is_manifest, iter_inputs, read_manifest

    sources = list(sources)
    if STDIN in map(str, sources):
        raise InputError("standard input cannot be watched; name the review's file", STDIN)
    exclude = [options.out_dir]

    def stat(path: str | Path) -> tuple[int, int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def looks() -> dict[str, object]:
        """What each input to render again looks like now: a file's time and
        size; a manifest's, with those of the files its rows name."""
        now: dict[str, object] = {}
        for arg in map(str, sources):
            if is_manifest(arg) and Path(arg).is_file():
                rows = [item.source for item in read_manifest(arg) if item.data is None and item.error is None]
                now[arg] = (stat(arg), *map(stat, rows))
            else:
                for item in iter_inputs([arg], exclude):
                    if item.error is None and (look := stat(item.source)) is not None:
                        now[item.source] = look
        return now

    known = looks()
    render_batch(sources, options, checked=True, on_result=on_result)
    if options.audio:
        _warm_for_edits(options)
    while not stop():
        time.sleep(poll)
        now = looks()
        changed = [source for source, look in now.items() if known.get(source) != look]
        known = now
        if changed and not stop():
            render_batch(changed, options, checked=True, on_result=on_result)


def _warm_for_edits(options: RenderOptions) -> None:
    """Load the voice and the mastering's imports now, while watching idles:
    when every input was found unchanged, the first edit would wait for them."""
    from .audio.episode import AudioOptions, warm_up
    from .speech.engines import get_engine
    from .speech.profiles import load_profile

    try:
        profile = load_profile(options.voice)
        get_engine(profile).warm_up()
    except AudioreviewError:  # a voice that cannot load is each render's own error, reported there
        return
    warm_up(profile, AudioOptions(preset=options.preset, cache_dir=options.cache_dir, use_cache=options.use_cache))


def _stdin_bytes(given: bytes | None) -> bytes:
    return given if given is not None else sys.stdin.buffer.read()




class _LookAhead:
    """Pipelining across the reviews of a batch on one machine: one pool of
    synthesis workers for the whole batch, and, while review i waits for its own
    sentences, review i+1 is read and its sentences are handed to the workers,
    so they synthesize it while review i is mastered, encoded and written (one
    review ahead, so memory does not grow with the batch)."""

    def __init__(self, options: RenderOptions, pool: object | None) -> None:
        self.options, self.pool = options, pool
        self.prepared: dict[int, Review] = {}  # id(item) -> the review read ahead
        self.after: dict[int, InputItem] = {}  # id(item) -> the item after it

    def feed(self, items: Iterable[InputItem]) -> Iterator[InputItem]:
        """``items``, each known with its successor (read one ahead)."""
        it = iter(items)
        current = next(it, None)
        while current is not None:
            following = next(it, None)
            if following is not None and self.pool is not None:
                self.after[id(current)] = following
            yield current
            current = following

    def kwargs(self, item: InputItem) -> dict:
        if self.pool is None:
            return {}
        following = self.after.pop(id(item), None)
        return {"review": self.prepared.pop(id(item), None), "pool": self.pool,
                "next_up": (lambda: self._start(following)) if following is not None else None}

    def _start(self, item: InputItem) -> None:
        if item.error is not None or item.source == STDIN or id(item) in self.prepared:
            return
        from .speech.narrate import start_narration
        from .speech.script import build_script

        try:
            review = prepare(item.source, item.fmt or self.options.input_format, self.options.warnings,
                             data=item.data, adjust=_adjust_for(item))
        except Exception:  # noqa: BLE001 -- its own render reports it
            return
        self.prepared[id(item)] = review
        try:
            profile = _voice(review, self.options)[0]
            if profile.name != self.pool.profile.name:  # type: ignore[attr-defined]
                return  # another language's voice: synthesized by its own render
            # The workers put what they synthesize in the cache; the review's own
            # render finds it there (or still on its way) and collects it.
            start_narration(build_script(review, profile), profile, _narration_options(self.options),
                            pool=self.pool)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 -- reported by its own render
            pass


@contextlib.contextmanager
def _pipeline(options: RenderOptions, total: int) -> Iterator[_LookAhead]:
    """A :class:`_LookAhead` for a narrated batch of two or more inputs with
    worker processes (with --workers 1 synthesis runs in this process and
    cannot overlap); else one that changes nothing."""
    if not options.audio or total < 2 or options.workers == 1:
        yield _LookAhead(options, None)
        return
    from .speech.narrate import NarrationPool
    from .speech.profiles import load_profile

    with NarrationPool(load_profile(options.voice), options.workers) as pool:
        yield _LookAhead(options, pool)


# ------------------------------------------------------------------ end of batch (issue 14)


def write_feed(out_dir: str | Path, settings: object | None = None, base_url: str | None = None) -> list[Path]:
    """Write ``feed.xml`` (and its cover) over every review rendered in ``out_dir``.

    Settings given here win over those stored by the last feed build in
    ``out_dir`` (feed-settings.json), which win over the defaults, so
    ``render --feed`` keeps the title an earlier ``audioreview feed --title`` set.
    All files are written as one group, feed.xml last; a failed write (a full
    disk) is an OutputError naming the file, and changes no final path.
    """
    from .feed.library import build_feed
    from .feed.settings import FeedSettings, merge_settings, stored_settings

    given = settings if settings is not None else FeedSettings(base_url=base_url)
    merged = merge_settings(stored_settings(out_dir) or FeedSettings(), given)
    root = Path(out_dir)
    files = build_feed(root, merged)
    from .pages import feed_pages  # the pages of the feed's reviews link it now, and the library page

    files.update(feed_pages(root, list(narrated_folders(root)), writing=list(files)))
    with dir_lock(root):
        remove_part_files(root, recursive=False)
        commit_files(root, files, last=(layout.FEED_FILE,))
    return [root / name for name in files]


def write_library(out_dir: str | Path) -> list[Path]:
    """Web edition: write ``OUT/index.html``, the library page of every review
    rendered in ``out_dir`` (atomically, with the output root locked)."""
    from .pages import build_library

    root = Path(out_dir)
    files = build_library(root)
    with dir_lock(root):
        remove_part_files(root, recursive=False)
        commit_files(root, files)
    return [root / name for name in files]


def write_anthology(directory: str | Path, output: str | Path, *, title: str | None = None, audio: bool = True,
                    order: str = "date") -> Path:
    """Anthology: one EPUB of every review rendered in ``directory`` (its
    review.json, and timing.json and chapter MP3s unless ``audio`` is False),
    written atomically to ``output``; see :mod:`audioreview.collection`.
    The output's folder is checked (and created) before any work."""
    from .collection import anthology_entries, rendered_folders
    from .writers.epub import AnthologyOptions, write_anthology_into

    out = Path(output)
    if out.is_dir():
        raise OutputError("is a folder: give the path of the .epub file to write", str(out))
    rendered_folders(directory)  # a missing or empty DIR: one line, before anything is created
    check_out_dir(out.parent)
    with Spool(out.parent) as spool:  # streamed into its temporary file: a narrated archive is large
        entries = anthology_entries(directory, audio=audio, order=order)
        book = spool.write(out.name, lambda fh: write_anthology_into(fh, entries, AnthologyOptions(title=title)))
        commit_files(out.parent, {out.name: book})
    return out


__all__ = [
    "RenderOptions", "RenderResult", "load", "prepare", "render_batch", "render_one", "check_options",
    "claim_folder", "build_outputs", "write_feed", "write_library", "write_anthology", "render_item",
]
