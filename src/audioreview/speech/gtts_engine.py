"""gTTS engine: Google Translate's text-to-speech, online only.

* ``check()`` first tries to reach translate.google.<tld>:443 within ~3 s and
  raises VoiceError naming the offline voice when it cannot, so a render fails
  in seconds instead of hanging per sentence.
* Transient HTTP failures (429, 5xx, connection errors) are retried with
  exponential backoff; anything else fails at once.
* The MP3 Google returns is decoded in memory with miniaudio (no ffmpeg) and
  resampled to ``sample_rate`` while decoding. Nothing is written to disk here.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time

import numpy as np

from ..errors import VoiceError
from .engine import Engine
from .profiles import VoiceProfile

ENGINE_VERSION = 1
SAMPLE_RATE = 22050  # the podcast episode rate; gTTS itself sends 24 kHz
CONNECT_TIMEOUT = 3.0
TRIES = 4
BACKOFF = 0.5  # seconds; doubles per retry
TRANSIENT = {429, 500, 502, 503, 504}


def offline_message(name: str) -> str:
    return (
        f"voice '{name}' needs the network (Google Translate TTS) and none is reachable; "
        "use the offline voice 'joe' (--voice joe)"
    )


def reachable(host: str, port: int = 443, timeout: float = CONNECT_TIMEOUT) -> bool:
    """Can we open a TCP connection to host:port within ``timeout`` seconds?
    DNS lookups have no timeout of their own, so the whole try runs in a
    daemon thread that we stop waiting for."""
    result: list[bool] = []

    def attempt() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                result.append(True)
        except OSError:
            result.append(False)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout + 0.5)
    return bool(result and result[0])


class GTTSEngine(Engine):
    name = "gtts"

    def __init__(self, profile: VoiceProfile) -> None:
        self.profile = profile
        self.sample_rate = SAMPLE_RATE
        lang = (profile.language or "en").replace("_", "-")
        primary = lang.split("-")[0].lower()
        self.lang = lang if primary == "zh" else primary
        self.tld = profile.tld or "com"
        self._checked = False

    @property
    def host(self) -> str:
        return f"translate.google.{self.tld}"

    @property
    def cache_identity(self) -> str:
        return json.dumps(
            {"engine": "gtts", "v": ENGINE_VERSION, "lang": self.lang, "tld": self.tld, "rate": self.sample_rate},
            sort_keys=True,
        )

    def check(self) -> None:
        if self._checked:
            return
        if not reachable(self.host):
            raise VoiceError(offline_message(self.profile.name), self.profile.source)
        self._checked = True

    def _fetch(self, text: str) -> bytes:
        from gtts import gTTS
        from gtts.tts import gTTSError

        delay = BACKOFF
        last = ""
        for attempt in range(1, TRIES + 1):
            buf = io.BytesIO()
            try:
                gTTS(text, lang=self.lang, tld=self.tld, lang_check=False).write_to_fp(buf)
                data = buf.getvalue()
                if data:
                    return data
                last = "no audio in the response"
            except gTTSError as exc:
                status = getattr(getattr(exc, "rsp", None), "status_code", None)
                last = str(exc)
                if status is not None and status not in TRANSIENT:
                    raise VoiceError(f"Google Translate TTS failed: {exc}", self.profile.source) from None
            if attempt < TRIES:
                time.sleep(delay)
                delay *= 2
        raise VoiceError(f"Google Translate TTS failed after {TRIES} tries: {last}", self.profile.source)

    def synthesize(self, text: str) -> np.ndarray:
        import miniaudio

        text = text.strip()
        if not text:
            return np.zeros(0, dtype=np.float32)
        self.check()
        data = self._fetch(text)
        try:
            snd = miniaudio.decode(
                data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=self.sample_rate
            )
        except miniaudio.DecodeError as exc:
            raise VoiceError(f"Google Translate TTS sent audio that cannot be decoded: {exc}", self.profile.source) from None
        return np.frombuffer(snd.samples, dtype=np.float32).copy()
