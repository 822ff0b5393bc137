"""build_script on hand-built reviews: chapter order, ids, announcement, pauses."""

import pytest

from audioreview.ids import assign_ids
from audioreview.model import (
    ABOUT_ID,
    NOTE_ID,
    TITLE_ID,
    Block,
    Metadata,
    Review,
    Section,
    Sentence,
    Work,
)
from audioreview.speech.profiles import VoiceProfile
from audioreview.speech.script import build_script, title_announcement


def para(*texts: str, kind: str = "paragraph") -> Block:
    return Block(id="", kind=kind, sentences=[Sentence(id="", text=t) for t in texts])


def make_review(**meta) -> Review:
    metadata = Metadata(
        title=meta.get("title", "Salt and Static"),
        work=Work(title=meta.get("work", "The Lighthouse Keepers"), kind=meta.get("kind", "film"),
                  creator=meta.get("creator")),
        author=meta.get("author", "Mara Quill"),
        publication=meta.get("publication", "The Weekly Reel"),
    )
    opening = Section(id="", heading="Opening", blocks=[
        para("A storm film made on a tiny budget.", "It runs 2h 14m."),
        para("Nobody hurries."),
    ], sections=[
        Section(id="", heading="The cast", level=3, blocks=[para("Both leads are superb.")]),
    ])
    verdict = Section(id="", heading="The verdict", blocks=[para("I give it 9/10.")],
                      notice=para("This part describes an injury."))
    review = Review(
        metadata=metadata,
        sections=[opening, verdict],
        byline=para("Mara Quill writes about film."),
        disclaimer=para("A screener was provided."),
        content_note=para("Content note: injury.", "Mentions of drowning."),
    )
    return assign_ids(review)


PROFILE = VoiceProfile(name="t", pause_sentence=0.3, pause_paragraph=0.8, pause_section=1.5,
                       lexicon={"Quill": "Kwill"})


def test_chapter_order_ids_and_names():
    review = make_review()
    script = build_script(review, PROFILE)
    ids = [c.id for c in script.chapters]
    assert ids == [NOTE_ID, review.sections[0].id, review.sections[1].id, ABOUT_ID]
    assert [c.title for c in script.chapters] == ["Content note", "Opening", "The verdict", "About this review"]
    assert [c.name for c in script.chapters] == ["content-note", "opening", "the-verdict", "about"]
    assert script.language == "en"


def test_note_chapter_first_with_note_kind():
    review = make_review()
    note = build_script(review, PROFILE).chapters[0]
    assert [u.id for u in note.utterances] == [s.id for s in review.content_note.sentences]
    assert {u.kind for u in note.utterances} == {"note"}


def test_title_announcement_opens_first_body_chapter():
    review = make_review()
    opening = build_script(review, PROFILE).chapters[1]
    first = opening.utterances[0]
    assert (first.id, first.kind) == (TITLE_ID, "title")
    assert first.text == "Salt and Static. A review of The Lighthouse Keepers by Mara Quill, for The Weekly Reel."
    assert first.spoken.endswith("by Mara Kwill, for The Weekly Reel.")
    # nothing else carries the title id
    assert sum(u.id == TITLE_ID for u in build_script(review, PROFILE).utterances()) == 1


def test_body_utterances_keep_model_ids_and_fold_subsections():
    review = make_review()
    opening_section = review.sections[0]
    opening = build_script(review, PROFILE).chapters[1]
    expected = [TITLE_ID, opening_section.heading_id]
    expected += [s.id for b in opening_section.blocks for s in b.sentences]
    sub = opening_section.sections[0]
    expected += [sub.heading_id] + [s.id for s in sub.blocks[0].sentences]
    assert [u.id for u in opening.utterances] == expected
    kinds = [u.kind for u in opening.utterances]
    assert kinds == ["title", "heading", "sentence", "sentence", "sentence", "heading", "sentence"]


def test_text_is_original_spoken_is_normalised_with_lexicon():
    script = build_script(make_review(), PROFILE)
    runtime = next(u for u in script.utterances() if u.text == "It runs 2h 14m.")
    assert runtime.spoken == "It runs two hours fourteen minutes."
    verdict = next(u for u in script.utterances() if u.text == "I give it 9/10.")
    assert verdict.spoken == "I give it nine out of ten."
    byline = next(u for u in script.utterances() if u.text == "Mara Quill writes about film.")
    assert byline.spoken == "Mara Kwill writes about film."


def test_notice_comes_before_heading():
    review = make_review()
    verdict = build_script(review, PROFILE).chapters[2]
    assert [u.kind for u in verdict.utterances] == ["note", "heading", "sentence"]
    assert verdict.utterances[0].id == review.sections[1].notice.sentences[0].id
    assert verdict.utterances[1].id == review.sections[1].heading_id


def test_about_chapter_last_holds_byline_and_disclaimer():
    review = make_review()
    about = build_script(review, PROFILE).chapters[-1]
    assert [u.id for u in about.utterances] == [
        review.byline.sentences[0].id, review.disclaimer.sentences[0].id]


def test_pauses():
    script = build_script(make_review(), PROFILE)
    opening = script.chapters[1]
    pauses = [u.pause_after for u in opening.utterances]
    # title, heading, sentence, last-of-paragraph, last-of-paragraph, sub-heading, last of chapter
    assert pauses == [0.8, 0.8, 0.3, 0.8, 0.8, 0.8, 1.5]
    for chapter in script.chapters:
        assert chapter.utterances[-1].pause_after == 1.5
    note = script.chapters[0]
    assert [u.pause_after for u in note.utterances] == [0.3, 1.5]


def test_optional_parts_are_left_out():
    review = make_review()
    review.content_note = None
    review.byline = review.disclaimer = None
    script = build_script(review, PROFILE)
    assert [c.id for c in script.chapters] == [s.id for s in review.sections]
    assert script.chapters[0].utterances[0].id == TITLE_ID


def test_empty_spoken_utterances_and_chapters_are_skipped():
    review = make_review()
    review.sections[1].blocks.append(para("—", "…"))
    review.sections[1].notice = None
    review.sections.append(Section(id="", heading="", blocks=[para("(…)")]))
    assign_ids(review)
    script = build_script(review, PROFILE)
    assert all(u.spoken.strip() for u in script.utterances())
    assert review.sections[2].id not in [c.id for c in script.chapters]
    verdict = script.chapters[2]
    assert [u.kind for u in verdict.utterances] == ["heading", "sentence"]
    assert verdict.utterances[-1].pause_after == 1.5


def test_derived_heading_repeating_title_is_not_said_twice():
    review = make_review()
    review.sections[0].heading = "Salt and Static"
    review.sections[0].derived = True
    assign_ids(review)
    first = build_script(review, PROFILE).chapters[1]
    assert [u.kind for u in first.utterances[:3]] == ["title", "sentence", "sentence"]


def test_no_sections_gives_a_title_chapter():
    review = assign_ids(Review(metadata=Metadata(title="Just a Title")))
    script = build_script(review, PROFILE)
    assert [c.id for c in script.chapters] == [TITLE_ID]
    assert script.chapters[0].utterances[0].text == "Just a Title."


@pytest.mark.parametrize("meta,expected", [
    (dict(), "Salt and Static. A review of The Lighthouse Keepers by Mara Quill, for The Weekly Reel."),
    (dict(creator="Ines Varga"),
     "Salt and Static. A review of The Lighthouse Keepers, directed by Ines Varga. "
     "Reviewed by Mara Quill, for The Weekly Reel."),
    (dict(creator="Ines Varga", kind="book", publication=None),
     "Salt and Static. A review of The Lighthouse Keepers, written by Ines Varga. Reviewed by Mara Quill."),
    (dict(work=None), "Salt and Static. By Mara Quill, for The Weekly Reel."),
    (dict(work=None, author=None, publication=None), "Salt and Static."),
    (dict(author=None), "Salt and Static. A review of The Lighthouse Keepers, for The Weekly Reel."),
    (dict(title="Is It Worth It?", publication=None),
     "Is It Worth It? A review of The Lighthouse Keepers by Mara Quill."),
])
def test_title_announcement(meta, expected):
    assert title_announcement(make_review(**meta).metadata) == expected


def test_rating_lifted_out_of_the_body_is_announced():
    from audioreview.model import Metadata, Rating
    from audioreview.speech.script import title_announcement

    text = title_announcement(Metadata(title="Night Ferry", rating=Rating("4 out of 5", 4.0, 5.0)))
    assert text == "Night Ferry. Rating: 4 out of 5."
    assert "Rating" not in title_announcement(Metadata(title="Night Ferry"))


@pytest.mark.parametrize("kind", ["film", "tv", "book", "game", "other"])
def test_the_audio_and_the_title_page_name_the_creator_alike(kind):
    """One phrase table: the announcement says the role the EPUB title page prints."""
    from audioreview.model import Metadata, Work
    from audioreview.phrases import creator_label
    from audioreview.speech.script import title_announcement
    from audioreview.writers.epub.xhtml import title_page_body

    meta = Metadata(title="A Headline", work=Work(title="The Work", kind=kind, creator="Ana Ruiz"))
    spoken = title_announcement(meta)
    label = creator_label(kind)
    assert f"The Work, {label.lower()} Ana Ruiz." in spoken
    page = title_page_body(make_review(title="A Headline", work="The Work", kind=kind, creator="Ana Ruiz"), None)
    assert f"<dt lang=\"en\">{label}</dt>" in page or f"<dt>{label}</dt>" in page
