"""The file's name as evidence for the work (readers/work.py, `_named_by_file`): invented texts."""

from audioreview.readers import read_text
from audioreview.readers.markdown import read_markdown

TWO_PLACES = (
    "Nobody in Copper Bay talks about the winter of the flood, and Glass Orchard does not make them.\n\n"
    "The film follows Ada, who runs the ferry between Copper Bay and Glass Orchard, the island where "
    "her brother drowned. Copper Bay is grey and gossipy; Glass Orchard is bright and silent.\n\n"
    "By the end I wanted more of both, which is its own kind of praise.\n"
)


def test_a_file_saved_under_the_works_name_names_the_work():
    assert read_text(TWO_PLACES, "glass-orchard.txt").metadata.work.title == "Glass Orchard"
    assert read_text(TWO_PLACES, "glass orchard review (2).txt").metadata.work.title == "Glass Orchard"


def test_a_file_name_naming_a_short_form_favours_the_title_set_apart_that_holds_it():
    text = (
        "I finished the last chapter on the train. Pale Tide is the village Maren Holt left at sixteen, "
        "and the one she returns to in *Singing in Pale Tide* when her mother dies.\n\n"
        "The novel is long, and Pale Tide earns every page of it.\n"
    )
    assert read_markdown(text, "bookclub - pale tide.md").metadata.work.title == "Singing in Pale Tide"


def test_an_id_like_or_generic_file_name_changes_nothing():
    assert read_text(TWO_PLACES, "review.txt").metadata.work.title == read_text(TWO_PLACES, "000_3fa9c2e1b7d4.txt").metadata.work.title
