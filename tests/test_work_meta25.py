"""The work reviewed (readers/work.py), rules added with tuning17 (meta25): invented texts."""

from audioreview.readers import read_html, read_markdown, read_text
from audioreview.readers.work import Text, find_work


def _title(text: str, name: str = "review.md") -> object:
    return read_markdown(text, name).metadata.work.title


# -- a comparison reads as one whatever marks the title carries


def _score(guess, title: str) -> float:
    return next(points for form, points, _ in guess.candidates if form == title)


def test_a_title_in_italics_after_a_comparison_is_compared_with_not_reviewed():
    text = ("# A slow climb\n\n"
            "The lighthouse brings back the jolt I remember from *Hollow Bells*, a game of lamps and keys.\n\n"
            "Lamp Oil is short and its puzzles are fair.\n")
    assert _title(text) == "Lamp Oil"


def test_a_quoted_title_after_reminds_me_of_is_compared_with():
    text = ("# Winter notes\n\n"
            "The fog in it reminds me of \"The Glass Orchard\", a film I adored.\n\n"
            "Quarry Light is slow.\n")
    assert _title(text) == "Quarry Light"


def test_the_emphasis_mark_between_a_comparison_and_its_title_hides_nothing():
    def guess(words: str):
        return find_work(Text(headline=None, paragraphs=[(f"A cooking game {words} *Tumbledown Cart*, loud and quick.", []),
                                                          ("Orbital Grill is loud.", [])]))
    # (marks are not needed: the comparison is read from the words, the "*" before the title is skipped)
    assert _score(guess("from the studio behind"), "Tumbledown Cart") < _score(guess("set beside"), "Tumbledown Cart") - 1


# -- bold sets the subject apart only inside running prose


def test_one_title_in_bold_in_prose_is_the_subject_though_labels_open_lines_in_bold():
    text = ("# Nobody tells the truth here\n\n"
            "**The Couch Memo** · TV for people with too many subscriptions\n\n"
            "There are two kinds of people who will watch **Salt Island Lies**. One kind guesses. "
            "The other, like me, gives up and enjoys *Knife Weather* and *Glass Keys* more.\n\n"
            "The cast:\n\n"
            "- **Celia Moor** as the mother.\n"
            "- **Jonah Pike** as the best man.\n")
    assert _title(text) == "Salt Island Lies"
