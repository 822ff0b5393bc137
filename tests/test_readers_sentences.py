"""Sentence splitting: the cases review prose needs (pysbd plus our post-fixes)."""

import pytest

from audioreview.readers.sentences import pysbd_language, sentence_spans, split_sentences

CASES = [
    ("Mr. Hale plays the keeper. Dr. Amara Osei is his foil.",
     ["Mr. Hale plays the keeper.", "Dr. Amara Osei is his foil."]),
    ("It was shot in the U.S. and it shows. The rest came later.",
     ["It was shot in the U.S. and it shows.", "The rest came later."]),
    ("It was made in the U.S. The crew was small.", ["It was made in the U.S.", "The crew was small."]),
    ("I give it 9.5/10. That is high.", ["I give it 9.5/10.", "That is high."]),
    ("The Q&A after the screening was lively. Everyone stayed.",
     ["The Q&A after the screening was lively.", "Everyone stayed."]),
    ("He waits... and waits. Then the storm comes.", ["He waits... and waits.", "Then the storm comes."]),
    ("He waits... Then the storm comes.", ["He waits...", "Then the storm comes."]),
    ('She says, "I will not go." He leaves anyway.', ['She says, "I will not go."', "He leaves anyway."]),
    ("“Where are you going?” she asks. “Home.” He leaves.",
     ["“Where are you going?” she asks.", "“Home.”", "He leaves."]),
    ('He says: "No... not yet." She nods.', ['He says: "No... not yet."', "She nods."]),
    # post-fixes: pysbd gets these wrong on its own
    ("He waits… Then the storm comes.", ["He waits…", "Then the storm comes."]),
    ("The film is great!!! I loved it.", ["The film is great!!!", "I loved it."]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("Vol. 2 is better. Ch. 3 especially.", ["Vol. 2 is better.", "Ch. 3 especially."]),
    ("It ranks No. 5 on my list. Fair enough.", ["It ranks No. 5 on my list.", "Fair enough."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_split(text, expected):
    assert split_sentences(text) == expected


def test_whitespace_is_folded():
    assert split_sentences("One  line\nwrapped here.   Two.") == ["One line wrapped here.", "Two."]


def test_empty_text_has_no_sentences():
    assert split_sentences("   \n ") == []


def test_spans_point_into_text():
    text = "Mr. Hale waits… Then Dr. Osei arrives. It is 9.5/10."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Mr. Hale waits…", "Then Dr. Osei arrives.", "It is 9.5/10."]


def test_language_mapping():
    assert pysbd_language("en-GB") == "en"
    assert pysbd_language("de") == "de"
    assert pysbd_language("xx-YY") == "en"
    assert pysbd_language(None) == "en"


def test_pieces_without_letters_join_a_sentence():
    assert split_sentences("... Then it ends.") == ["... Then it ends."]
    assert split_sentences("It ends. ... ") == ["It ends. ..."]
