"""The learned content-warning model shipped in the package: provenance, loading, behaviour.

Training never runs here (tools/train_warnings_model.py does, by hand); these
tests check that the shipped weights are the ones trained from the data in the
repository, load offline, and behave on reviews written for these tests.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from audioreview.analysis.learned import META_FILE, MODEL_FILE, N_FEATURES, features, load_model
from audioreview.analysis.lexicons import CATEGORIES
from audioreview.analysis.content_warnings import analyse, warnings_report
from audioreview.model import Block, Metadata, Review, Section, Sentence, Work
from audioreview.ids import assign_ids
from audioreview.readers.sentences import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "src" / "audioreview" / "data"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_warnings_model", ROOT / "tools" / "train_warnings_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imports scikit-learn only inside train(); hashing needs none
    return module


@pytest.fixture(scope="module")
def meta() -> dict:
    return json.loads((DATA_DIR / META_FILE).read_text("utf-8"))


def test_shipped_model_matches_the_data_it_was_trained_on(meta):
    trainer = _trainer()
    files = trainer.training_files()
    assert [p.relative_to(ROOT).as_posix() for p in files] == meta["training_files"]
    assert trainer.data_hash(files) == meta["data_sha256"], "training data changed: run tools/train_warnings_model.py"
    model_bytes = (DATA_DIR / MODEL_FILE).read_bytes()
    assert hashlib.sha256(model_bytes).hexdigest() == meta["model_sha256"]
    assert len(model_bytes) <= 25 * 1024 * 1024
    assert meta["categories"] == list(CATEGORIES) and meta["n_features"] == N_FEATURES
    assert all(n >= 60 for n in meta["positives"].values()), meta["positives"]


def test_model_loads_offline_and_scores_sentences(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the model tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    load_model.cache_clear()
    model = load_model()
    assert model is not None and model.weights.shape == (len(CATEGORIES), N_FEATURES)
    p = model.probabilities([features("The soldiers shoot the villagers and burn the school."),
                             features("The soufflé rises beautifully and the sauce is silky.")])
    assert p.shape == (2, len(CATEGORIES))
    war = CATEGORIES.index("war_atrocity")
    assert p[0, war] > model.thresholds["war_atrocity"] > p[1, war]
    assert np.all((p >= 0) & (p <= 1))


def _review(paragraphs: list[str], title: str, work: str) -> Review:
    blocks = [Block(id="", sentences=[Sentence("", para[a:b]) for a, b in sentence_spans(para, "en")])
              for para in paragraphs]
    return assign_ids(Review(metadata=Metadata(title=title, work=Work(title=work)),
                             sections=[Section(id="", heading="Review", blocks=blocks)]))


# Written for this test.
WAR_DOCUMENTARY = [
    "Ash Over Karvel is a documentary about the last month of a besieged river town, assembled from the phones of the "
    "people who lived there.",
    "The shelling never stops. A market is hit at noon and the camera, held by a teenager, keeps running as neighbours "
    "pull bodies from the stalls.",
    "The hardest sequence follows a father carrying his six-year-old daughter to the clinic after a mortar strike; "
    "her legs are torn open, the doctors have no blood to give her, and she dies on the table while he holds her hand.",
    "It is an essential, devastating film, and it is not for the faint of heart.",
]
BENIGN = {
    "family": ["Pip and the Paper Moon is an animated family film about a mouse who wants to visit the moon.",
               "The villain, a vain magpie who steals shiny buttons, is more silly than scary, and younger viewers "
               "will cheer when he is finally outwitted.",
               "The songs are catchy, the jokes land for parents too, and the whole thing is over in eighty minutes."],
    "nature": ["Tidelands is a gentle nature series that spends a year on one stretch of northern coast.",
               "We watch puffins return to their burrows, seals haul out on the rocks and a heron stand motionless "
               "for what feels like an hour.",
               "The narration is calm, the photography is gorgeous, and it is the most relaxing television I have "
               "seen all year."],
    "comedy": ["Stag Weekend at Bramble Hall is a farce that never lets up.",
               "The best man spends the whole film threatening to murder the groom for losing the rings, and his "
               "threats grow more absurd with every scene.",
               "It is silly and loud and I laughed until my face hurt."],
    "food": ["The Butcher's Table is a cookbook for people who want to cook a whole animal rather than a pack of "
             "chops.",
             "Its chapters walk you through breaking down a lamb shoulder with a boning knife, and the recipe for "
             "blood orange glaze is worth the price alone.",
             "The photography is handsome and the recipes work; my slow-roast pork was the best I have made."],
}


def test_war_documentary_names_harm_to_children_at_severity_3():
    review = analyse(_review(WAR_DOCUMENTARY, "Ash Over Karvel review", "Ash Over Karvel"))
    found = {w.category: w for w in review.warnings}
    assert "child_harm" in found and found["child_harm"].severity == 3, found
    assert review.content_note is not None
    assert "children" in review.content_note.text, review.content_note.text
    assert found["child_harm"].shown


@pytest.mark.parametrize("kind", sorted(BENIGN))
def test_benign_family_nature_comedy_and_food_reviews_get_no_note(kind):
    review = analyse(_review(BENIGN[kind], f"{kind} review", None))
    assert review.content_note is None, [(w.category, w.severity) for w in review.warnings]


def test_explain_shows_cues_and_probability_per_sentence():
    review = analyse(_review(WAR_DOCUMENTARY, "Ash Over Karvel review", "Ash Over Karvel"))
    report = warnings_report(review)
    evidence = [e for w in report["warnings"] for e in w["evidence"]]
    assert evidence and all(set(e) == {"sentence_id", "text", "cues", "probability"} for e in evidence)
    assert all(0 < e["probability"] <= 1 for e in evidence if e["probability"] is not None)
    assert any(e["cues"] for e in evidence)
    json.dumps(report, allow_nan=False)


# Longer reviews (written for this test): from review_level.MIN_SENTENCES sentences
# on, the learned review-level models judge the whole review.
LONG_WAR_DOCUMENTARY = WAR_DOCUMENTARY[:3] + [
    "The director, who grew up two streets from the market, narrates in a flat, exhausted voice.",
    "Later, a boy of about ten describes finding his younger brother under the rubble of their school, and the film "
    "shows the small shoes lined up outside the morgue.",
    "There is no score and no expert talking heads, only the townspeople and the noise of the guns.",
    "It is an essential, devastating film, and it is not for the faint of heart.",
]
LONG_BENIGN = {
    "family": BENIGN["family"] + [
        "The animation has the soft texture of felt and paper, and every frame looks hand-made.",
        "Pip's best friend, a nervous snail with a talent for maps, steals every scene he is in.",
        "There is a chase across a rooftop of chimneys that made the whole cinema gasp and then giggle.",
        "Take the kids; you will hum the moon song for a week.",
    ],
    "food": BENIGN["food"] + [
        "The author trained as a butcher before she ran a restaurant, and it shows in the patient instructions.",
        "A chapter on stocks and sauces makes sure nothing is wasted, down to the bones.",
        "The pages on sharpening and caring for your knives are the clearest I have read.",
        "It is a serious book, but a warm one, and it belongs in any keen cook's kitchen.",
    ],
}


def test_review_level_models_ship_and_judge_long_reviews(monkeypatch):
    from audioreview.analysis import review_level

    model = load_model()
    assert model is not None and model.review is not None
    calls = []
    real_judge = review_level.judge
    monkeypatch.setattr(review_level, "judge", lambda *a: calls.append(1) or real_judge(*a))
    war = analyse(_review(LONG_WAR_DOCUMENTARY, "Ash Over Karvel review", "Ash Over Karvel"))
    assert calls, "a review this long is judged by the review-level models"
    found = {w.category: w for w in war.warnings}
    assert found["child_harm"].severity == 3 and found["child_harm"].shown, found
    assert war.warnings[0].severity == 3  # the most severe material first
    assert war.content_note is not None and "children" in war.content_note.text
    assert any(s.notice is not None for s in war.walk_sections())  # the notice before graphic material
    for kind, paragraphs in LONG_BENIGN.items():
        review = analyse(_review(paragraphs, f"{kind} review", None))
        assert review.content_note is None, (kind, [(w.category, w.severity) for w in review.warnings])


def test_review_verdict_agrees_with_the_note_decision():
    from audioreview.analysis.review_level import Judgement

    n = len(CATEGORIES)
    child, violence, gore = (CATEGORIES.index(c) for c in ("child_harm", "violence", "gore_injury"))
    presence = np.full(n, 0.1)
    presence[[child, violence, gore]] = [0.8, 0.9, 0.6]
    severity = np.ones(n, dtype=int)
    severity[[violence, gore]] = [3, 1]
    # No note: nothing may show, so the gravest categories go and the rest become mentions.
    quiet = Judgement(presence, severity, note=0.2).verdict(0.5, 0.5)
    assert quiet == {violence: 1, gore: 1}
    # A note: what the models found stands.
    assert Judgement(presence, severity, note=0.9).verdict(0.5, 0.5) == {child: 1, violence: 3, gore: 1}
    # A note but nothing that would show: the strongest category is at least "described".
    mild = Judgement(np.where(np.arange(n) == gore, 0.7, 0.1), np.ones(n, dtype=int), note=0.9)
    assert mild.verdict(0.5, 0.5) == {gore: 2}
