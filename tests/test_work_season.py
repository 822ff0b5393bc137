"""A season or an episode after a title is the part reviewed, not the title's (invented texts)."""

from audioreview.readers import read_text
from audioreview.readers.markdown import read_markdown


def test_a_headlines_season_and_episode_are_no_part_of_the_title():
    text = ("Harbour Lights season 2, episode 5 review – the lighthouse keeper finally talks\n\n"
            "The fifth hour of the second run spends its time on a single night at sea.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Harbour Lights"


def test_a_season_in_brackets_or_short_is_no_part_of_the_title():
    text = ("I watched the whole run over a weekend and could not stop.\n\n"
            "### Details\n- **Show:** Quiet Meridian (Season 1)\n- **Created by:** Tova Lindqvist\n- **Episodes:** 8\n")
    assert read_markdown(text, "review.md").metadata.work.title == "Quiet Meridian"
    text = "Lantern Row S1 review – worth it?\n\nIt starts slow, but the finale lands and the cast is superb.\n"
    assert read_text(text, "review.txt").metadata.work.title == "Lantern Row"
