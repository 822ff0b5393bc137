"""How a span is used in the review (readers/work.py): invented texts."""

from audioreview.readers import read_text
from audioreview.readers.work import Text, find_work


def test_two_places_joined_by_for_or_to_said_once_are_two_things():
    text = ("The three sisters at the heart of Marrow Creek want to leave dusty Upper Nevada for Oregon Coast Range "
            "before the harvest ends.\n\n"
            "By the finale the show has earned its quiet, and Marrow Creek its second season.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Marrow Creek"


def test_a_dated_season_of_a_series_names_the_series():
    text = ("Watching Season 2 (2024) of Paper Lanterns, which I finished last night.\n\n"
            "OK so the cast is great and the mystery holds.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Paper Lanterns"


def test_of_two_spans_with_equal_evidence_the_one_named_first_is_the_work():
    text = ("The quietest scene in Amber Rooms is the one in a small Harbour District flat where nobody speaks.\n\n"
            "I keep going back to it.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Amber Rooms"




def test_an_outlet_whose_name_starts_with_the_is_never_the_work():
    # Candidates are keyed without their article ("quiet frame"); the outlet among the names the
    # header gave must be too, or a file named after the newsletter makes the outlet the work.
    paragraphs = [("The Quiet Frame — a letter about slow films", []),
                  ("I had read all there was to read about Salt Marsh Hours before I sat down with it.", []),
                  ("Kolar has always looked at people from far away. This one comes closer.", []),
                  ("The Quiet Frame is a reader-supported publication.", [])]
    guess = find_work(Text(headline=None, paragraphs=paragraphs, people={"The Quiet Frame", "Ada Penhallow"},
                           name="the-quiet-frame-hours.md"))
    assert guess.title is not None and guess.title.value == "Salt Marsh Hours"



def test_compare_it_to_marks_a_comparison():
    from audioreview.readers.work import _compared
    for said in ("Compare it to Low Water", "compare this with Low Water", "Compared with Low Water"):
        assert _compared(said, said.index("Low")), said
    assert not _compared("I sat down to Low Water", len("I sat down to "))


def test_no_candidate_ends_with_a_joiner_once_its_small_last_word_is_dropped():
    from audioreview.readers.work import _sub_spans
    spans = _sub_spans("Harbour Branch — Adult Fiction — On")
    assert spans and not any(s.endswith(("—", "–", "-", ":", ",")) for s in spans), spans


def test_a_catalogue_title_line_keeps_the_title_proper():
    text = ("Title: The orchard at Hollin Row : a novel / Mara Vell\nAuthor: Vell, Mara\nPublisher: Fernhill, 2021\n\n"
            "Staff review\n\nThe orchard at Hollin Row is a patient, generous book about three sisters and one harvest.\n")
    work = read_text(text, "record.txt").metadata.work
    assert work.title == "The orchard at Hollin Row"
