"""Original review texts of any length for the benches (written for this
project, assembled from fixed phrases by a seeded generator, so every run gets
the same texts and no two sentences of a batch repeat)."""

from __future__ import annotations

import random

SUBJECTS = ["The harbour sequence", "The second act", "The lead performance", "The score", "The opening chapter",
            "The supporting cast", "The final level", "The production design", "The dialogue", "The pacing",
            "The camera work", "The map design", "The translation", "The sound mix", "The closing pages"]
VERBS = ["carries", "undercuts", "sharpens", "softens", "rescues", "complicates", "brightens", "slows",
         "frames", "echoes", "steadies", "unsettles"]
OBJECTS = ["the quiet middle stretch", "a story about leaving home", "the central friendship",
           "every argument at the kitchen table", "the long winter sequence", "a plot that could have drifted",
           "the question of who gets to stay", "the humour of the early scenes", "the weight of the ending",
           "a premise that sounds thin on paper", "the rivalry between the sisters", "the slow reveal"]
TAILS = ["without ever raising its voice", "more than once", "with real patience", "in ways I did not expect",
         "and the effect lingers", "though not always", "with a light touch", "almost by accident",
         "until the very last scene", "and nobody seems to notice"]
WORKS = ["Harbour Lights", "The Salt Orchard", "Copper Wire", "A Map of Rain", "The Night Ferry", "Lowland",
         "Glass Birds", "The Long Thaw", "Paper Moons", "North of Nowhere", "The Weaver", "Iron Kites",
         "Cold Comfort", "The Bell Tower", "Small Hours", "River Debt", "The Ash Garden", "Open Water",
         "The Quiet Engine", "Last Orchard"]
AUTHORS = ["Ada Linde", "Ben Okafor", "Carla Mendes", "Dmitri Sokol", "Esme Hart", "Farid Nouri"]
HEADINGS = ["The story", "The performances", "The craft", "What falls short", "Verdict", "The world",
            "The music", "The ending"]


def sentence(rng: random.Random, n: int) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}, "
            f"as note {n} of this review observes.")


def review(index: int, words: int, sections: int = 3) -> str:
    """A Markdown-free plain-text review of about ``words`` words: a title line,
    a byline, and ``sections`` headed sections of paragraphs."""
    rng = random.Random(1000 + index)
    title = f"{WORKS[index % len(WORKS)]}{'' if index < len(WORKS) else f' {index // len(WORKS) + 1}'}"
    author = AUTHORS[index % len(AUTHORS)]
    per_sentence = 17
    total = max(sections, words // per_sentence)
    lines = [f"{title}: a review", ""]
    n = 0
    for s in range(sections):
        heading = HEADINGS[s % len(HEADINGS)] + ("" if s < len(HEADINGS) else f", part {s // len(HEADINGS) + 1}")
        lines += [heading, ""]
        share = total // sections + (1 if s < total % sections else 0)
        while share > 0:
            para = min(share, 4)
            lines += [" ".join(sentence(rng, (n := n + 1)) for _ in range(para)), ""]
            share -= para
    lines += [f"Reviewed by {author}", ""]
    return "\n".join(lines)


def raw_piper(texts, profile, warm_up: bool = True) -> tuple[float, float]:  # noqa: ANN001
    """(seconds, seconds of speech): Piper itself (PiperVoice.load, onnxruntime's
    default threads, i.e. all cores) synthesizing ``texts`` one after another in
    this process, model load excluded -- the baseline the benches divide by."""
    import time

    from piper import PiperVoice, SynthesisConfig

    from audioreview.speech.piper_engine import resolve_model

    onnx, cfg = resolve_model(profile)
    voice = PiperVoice.load(onnx, config_path=cfg)
    syn = SynthesisConfig(length_scale=profile.speed, normalize_audio=False)
    if warm_up:
        list(voice.synthesize("Warm up.", syn_config=syn))
    t0 = time.perf_counter()
    samples = sum(len(c.audio_float_array) for t in texts for c in voice.synthesize(t, syn_config=syn))
    return time.perf_counter() - t0, samples / voice.config.sample_rate
