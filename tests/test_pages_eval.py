"""Page furniture on saved review pages (tests/pages_eval.py): none of it may
reach the narration, and the body must not be cut. The blind set is asserted
on aggregate figures only, so a failure shows no page of it."""

from __future__ import annotations

import pages_eval

# The blind set's latest score, never looked at nor tuned on (README.md): a recorded
# floor, not the target. The target is 0 furniture words and 0 body sentences lost.
# First scored at 47 words, 2 sentences lost, 0.904 of the body words; after tuning3:
BLIND_FURNITURE_WORDS_MAX = 41
BLIND_BODY_SENTENCES_LOST_MAX = 0
BLIND_BODY_WORDS_MIN = 0.986


def _narrates_no_furniture(name: str, pages: int = 12) -> None:
    """A tuning set: every page read, no furniture narrated, no body sentence or word lost."""
    result = pages_eval.score(name)
    figures = result.figures()
    assert result.pages == pages and result.errors == 0, figures
    assert result.furniture_words_narrated == 0, figures
    assert result.body_sentences_lost == 0 and figures["body words narrated"] == 1.0, figures


def test_tuning_pages_narrate_no_furniture_and_lose_no_body():
    result = pages_eval.score("tuning")
    figures = result.figures()
    assert result.pages == 8 and result.errors == 0, figures
    assert result.furniture_words_narrated == 0, figures
    assert result.body_sentences_lost == 0 and figures["body words narrated"] >= 0.99, figures
    assert figures["language right"] == 1.0, figures


def test_second_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning2: 12 harder pages (shop boxes, comment sections, author cards), first scored
    at 264 furniture words narrated of 1,897, then tuned on."""
    result = pages_eval.score("tuning2")
    figures = result.figures()
    assert result.pages == 12 and result.errors == 0, figures
    assert result.furniture_words_narrated == 0, figures
    assert result.body_sentences_lost == 0 and figures["body words narrated"] >= 0.99, figures


def test_third_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning3: 12 pages written blind (call-to-action and support boxes, polls, embedded
    posts, practical-information boxes, a body opened inside a paywall teaser), first
    scored at 194 furniture words narrated of 1,756 and 1 of 24 body sentences lost,
    then tuned on."""
    _narrates_no_furniture("tuning3")


def test_fourth_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning4: 12 pages written blind (text-to-speech players, shop and price widgets, pull
    quotes, author cards, sign-up fields with a button, newsletter sign-offs, letters-to-the-
    editor lines, a body paragraph where a "skip advertisement" link lands), first scored at
    216 furniture words narrated of 3,033, 0 of 24 body sentences lost and 0.982 of the body
    words, then tuned on."""
    _narrates_no_furniture("tuning4")


def test_fifth_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning5: 12 pages written blind (a newsletter's notes to its readers inside the body,
    support boxes with a row of links, podcast and audio boxes, pull quotes that paraphrase,
    notes that share a class with a review-copy note, bios of a critic the review never
    names, comment sections under German headings), first scored at 477 furniture words
    narrated of 2,665, 0 of 24 body sentences lost and 1.0 of the body words, then tuned on."""
    _narrates_no_furniture("tuning5")


def test_sixth_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning6: 12 pages written blind, furniture hard to tell by structure (notes in which the
    outlet speaks of itself as full sentences in plain <p> between body paragraphs, boxes in
    <blockquote>, <dl>, <table> and <details>, long-headline link lists, bios that do not start
    with the name), first scored at 810 furniture words narrated of 3,046, 0 of 24 body sentences
    lost and 1.0 of the body words, then tuned on to 7 words: the review's own subheadings
    ("Worum geht es?"), which the page's table of contents repeats. The table is dropped and the
    subheadings are the review's, so the scorer now counts a furniture string the page also says
    outside its furniture only when it is narrated more often than that: 0."""
    _narrates_no_furniture("tuning6")


def test_seventh_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning7: 12 pages written blind, furniture hard to tell by structure (an editor asking the readers to pay
    in plain <p> or <blockquote> between body paragraphs, affiliate notes that never say "affiliate", the
    outlet's video, show, readers and scores, a reader's comment set as a quotation, a shop link after a book's
    data line, a premium badge), first scored at 487 furniture words narrated of 3,032, 0 of 24 body sentences
    lost and 1.0 of the body words, then tuned on."""
    _narrates_no_furniture("tuning7")


def test_eighth_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning8: 12 pages written blind, imitating big publishing platforms and hard by structure (a spoiler
    warning in a callout card of <div>s, "Read our interview: <link>", a sentence about the writer's own piece
    that runs into its link, a newsletter's postscript asking for replies, a screener note), first scored at 56
    furniture words narrated of 3,367, 1 of 24 body sentences lost and 1.0 of the body words, then tuned on."""
    _narrates_no_furniture("tuning8")


def test_ninth_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning9: 12 pages written blind, realistic and varied like blind3 (an affiliate aside in parentheses between
    the paragraphs whose links and "affiliés" are apart, a blog post's italic sign-off asking for a follow and a
    reply in the responses, a newsletter's bold "Housekeeping" over notes to its readers after a rule), first
    scored at 93 furniture words narrated of 3,734, 0 of 24 body sentences lost and 1.0 of the body words, then
    tuned on."""
    _narrates_no_furniture("tuning9")


def test_tenth_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning10: 12 pages written blind, realistic and varied like blind3 (an aside all in brackets between the
    paragraphs pointing to the writer's other piece by its quoted headline, a blog post's closing questions sending
    the reader to the comments, "From the archive:" over one of the outlet's old pieces in a div among the body's
    divs), first scored at 49 furniture words narrated of 3,110, 0 of 24 body sentences lost and 1.0 of the body
    words, then tuned on."""
    _narrates_no_furniture("tuning10")


def test_eleventh_tuning_pages_narrate_no_furniture_and_lose_no_body():
    """tuning11: 12 pages written blind, each imitating a different publishing system (a regional daily's CMS,
    a games network with hashed classes, a fan wiki, a newsletter platform's web view, a static-site blog, a
    culture portal...: a player and an ad named only by their data attributes' names, a series note over the
    review, a webmentions box under a heading, a subscriber's notice, an editors' note), first scored at 141
    furniture words narrated of 3,076, 0 of 24 body sentences lost and 1.0 of the body words, then tuned on."""
    _narrates_no_furniture("tuning11")


def test_blind_pages_aggregate_figures():
    result = pages_eval.score("blind")
    figures = result.figures()  # aggregates only: never a page's contents
    assert result.pages == 12 and result.errors == 0, figures
    assert result.furniture_words_narrated <= BLIND_FURNITURE_WORDS_MAX, figures
    assert result.body_sentences_lost <= BLIND_BODY_SENTENCES_LOST_MAX, figures
    assert figures["body words narrated"] >= BLIND_BODY_WORDS_MIN, figures


# blind2: 12 pages written blind after the tuning on tuning4, scored once, never looked at nor
# tuned on. First scored at 241 of 2,604 furniture words narrated, no body lost; after the
# tuning on tuning5 (aggregates only, scored before and after): 192; after the tuning on tuning6
# (outlet notes, <details>/<dl> boxes, link boxes, small boxes around a lone link, late bios): 137; after
# the tuning on tuning7 (readers asked to pay, affiliate notes by what they say, quotations signed as
# furniture, links after a paragraph's last sentence; aggregates only, scored before and after):
# 119. Scored again with the scorer's count of a string the page also says outside its furniture
# (a table of contents' entry that is a subheading too: narrated once, it is the review's): 103.
# Unchanged by the tuning on tuning9, tuning10 and tuning11 alone; 86 with the 2026-12-02 (fourth
# session) byline and header rules (meta24, meta27) merged with tuning11's (measured once, aggregates only).
BLIND2_FURNITURE_WORDS_MAX = 86


def test_a_contents_entry_that_is_also_a_subheading_leaks_only_when_said_twice():
    entry = "Mein Fazit"
    assert not pages_eval._leaked(entry, ["mein fazit", "der film ist gut."], own=1)
    assert pages_eval._leaked(entry, ["mein fazit", "der film ist gut.", "mein fazit"], own=1)
    assert pages_eval._leaked(entry, ["mein fazit"], own=0)
    page_text = pages_eval._norm("Inhalt Worum geht es? Mein Fazit Worum geht es? Der Film ... Mein Fazit Gut.")
    assert pages_eval.own_mentions(page_text, "Mein Fazit", ["Worum geht es?", "Mein Fazit"]) == 1


def test_second_blind_pages_aggregate_figures():
    result = pages_eval.score("blind2")
    figures = result.figures()  # aggregates only: never a page's contents
    assert result.pages == 12 and result.errors == 0, figures
    assert result.furniture_words_narrated <= BLIND2_FURNITURE_WORDS_MAX, figures
    assert result.body_sentences_lost == 0, figures
    assert figures["body words narrated"] >= 0.99, figures
    assert figures["language right"] == 1.0, figures


# blind3: 12 pages written blind after the tuning on tuning8 by a helper asked for realistic, varied
# pages (tidy semantic HTML and nested divs with hashed class names), scored once, never looked at nor
# tuned on: 52 of 2,509 furniture words narrated, 1 of 24 body sentences lost, body words 1.0.
BLIND3_FURNITURE_WORDS_MAX = 52


def test_third_blind_pages_aggregate_figures():
    result = pages_eval.score("blind3")
    figures = result.figures()  # aggregates only: never a page's contents
    assert result.pages == 12 and result.errors == 0, figures
    assert result.furniture_words_narrated <= BLIND3_FURNITURE_WORDS_MAX, figures
    assert result.body_sentences_lost <= 1, figures
    assert figures["body words narrated"] >= 0.99, figures
    assert figures["language right"] == 1.0, figures
