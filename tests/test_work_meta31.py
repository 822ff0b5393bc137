"""The work reviewed (readers/work.py): titles styled in lower case (meta31): invented texts."""

from audioreview.readers import read_markdown, read_text


def _meta(text: str, markdown: bool = False):
    reader = read_markdown if markdown else read_text
    return reader(text, "review.md" if markdown else "review.txt").metadata


def _work(text: str, markdown: bool = False):
    return _meta(text, markdown).work


def test_a_sentence_that_opens_in_lower_case_names_the_work():
    text = ("Posted in Records\n\n"
            "Nobody expected a quiet record from the Halloway Sisters. pale harbour, released in March 2023, "
            "is the quietest thing they have made. The Halloway Sisters wrote it in a rented cottage.\n\n"
            "Some of it drifts. But pale harbour is the sound of a band that has stopped trying to be loud, and "
            "the closing song is the best they have written.\n")
    assert _work(text).title == "pale harbour"


def test_a_lower_case_title_in_italics_said_twice_is_a_candidate():
    text = ("*Reviewed by Ines Okafor*\n\n"
            "Bram Leary's second collection, *weather for the tenants*, is full of small rooms. The poems in "
            "*weather for the tenants* are short, and most of them are set in a kitchen at night.\n\n"
            "Leary has a gift for the last line. Buy it.\n")
    assert _work(text, markdown=True).title == "weather for the tenants"


def test_a_writer_who_writes_all_in_lower_case_names_nothing_so():
    text = ("okay. i have been putting this off. the film is long and the film is slow, and i loved it.\n\n"
            "the ending is the best part. the ending is also the part everyone will argue about.\n\n"
            "Marrow Creek is in cinemas now. go.\n")
    assert _work(text).title != "the ending"


def test_an_abbreviation_does_not_open_a_sentence():
    text = ("Marrow Creek is a slow western, e.g. the kind your father liked. Marrow Creek takes its time. "
            "I liked it, e.g. the kind of film I rarely like.\n")
    assert _work(text).title == "Marrow Creek"


def test_an_infobox_line_of_fields_gives_the_creator_its_first_field():
    text = ("# Holy orders\n\n"
            "> **Developer:** Lampblack Studio · **Publisher:** Vesper Games · **Platforms:** PC, PS5 · **Release:** 2025\n\n"
            "*Cinder Abbey* is a turn-based tactics game about a besieged monastery. Cinder Abbey asks you to "
            "ration every candle, and the campaign is long.\n")
    assert _work(text, markdown=True).creator == "Lampblack Studio"


# -- bylines and outlets (tuning21)

_BODY = ("Harrow Lane is a slow, careful novel about a family that runs a ferry. Harrow Lane never hurries, and its "
         "last chapter is the best thing in it.\n\nThe prose is plain and exact. Harrow Lane earns its ending.\n\n")


def test_a_papers_column_header_names_its_writer_and_their_ethics_line_names_no_outlet():
    text = ("DALE GAZETTE — Friday 7 March 2025 — Page 14\n\nEATING OUT with Nell Ashby\n\n"
            "Pies and Patience\n\n" + _BODY + "Nell Ashby pays for all meals reviewed in this column.\n")
    meta = _meta(text)
    assert meta.author == "Nell Ashby"
    assert meta.publication != "Nell Ashby"


def test_a_blog_platforms_header_names_the_publication_and_the_writer_beside_follow():
    text = ("*Published in* **Slow Shelves**\n\n# Rereading at forty\n\n[Ida Marsh](https://example.com/@ida) · Follow\n\n"
            "9 min read · Mar 3, 2025\n\n" + _BODY)
    meta = _meta(text, markdown=True)
    assert (meta.author, meta.publication) == ("Ida Marsh", "Slow Shelves")


def test_a_sign_off_with_the_signers_role_in_brackets():
    text = _BODY + "See you on the 13th,\nBev Carrow (convenor)\n"
    assert _meta(text).author == "Bev Carrow"


def test_related_links_over_the_sites_footer_do_not_hide_the_bio_above_them():
    text = (_BODY + "Jo Whitcombe is a culture writer at The Ninth Street Review.\n\n"
            "More from Books:\nThe long afterlife of the ferry novel\nWhy nobody writes about rivers\n\n"
            "The Ninth Street Review is a reader-supported nonprofit. Become a member →\n")
    meta = _meta(text)
    assert (meta.author, meta.publication) == ("Jo Whitcombe", "The Ninth Street Review")


def test_a_skip_link_is_never_the_outlet():
    text = "Skip to main content\n\n" + _BODY
    assert _meta(text).publication != "Skip to main content"


# -- the work, from rows and headlines (tuning21)

def test_a_credits_row_at_the_end_names_the_film_and_its_director():
    text = ("# Nobody leaves dry\n\nIt takes eleven minutes for anyone to speak in *Quayhand*. Bram Tully as the "
            "harbourmaster is superb, and *The Drowning Season* looks slight beside it.\n\n---\n\n"
            "**Quayhand** (15) · Dir. Siobhán Keel · Ireland 2024 · 118 mins · In cinemas now\n")
    work = _work(text, markdown=True)
    assert (work.title, work.creator) == ("Quayhand", "Siobhán Keel")


def test_an_artist_and_record_row_keeps_the_volume_in_the_title():
    text = ("# Sleep is for the weak\n\nMira Okon's first *Lullabies for Insomniacs* record was better than most. "
            "This one is softer still.\n\n---\n\n"
            "**Mira Okon – *Lullabies for Insomniacs, Vol. 2*** · Hush Tapes · 2025 · 11 tracks\n"
            "**Recommended if you like:** Nils Frahm, Hania Rani\n\n— reviewed by Ana Pol\n")
    assert _work(text, markdown=True).title == "Lullabies for Insomniacs, Vol. 2"


def test_a_column_label_before_artist_and_record_in_the_headline():
    text = ("Classic Album: Dray – Lowtide (1996)\n\nEvery fan has an argument. Mine is about Lowtide, ten songs long "
            "and made by a twenty-year-old. Lowtide still sounds new.\n")
    work = _work(text)
    assert (work.title, work.creator) == ("Lowtide", "Dray")


def test_a_places_details_line_in_capitals_gives_the_name_as_the_prose_writes_it():
    text = ("Proper Pies\n\nThe old post office in Reeth closed in 2019. Since 2023 it has been The Tin Kettle, a tearoom "
            "run by Maud and Phil Dodd. The pies are the best in Reeth, and Reeth has tried a few.\n\n"
            "THE TIN KETTLE, The Green, Reeth. Open Wed–Sun, 10am–4pm. Lunch for two about £38.\n")
    assert _work(text).title == "The Tin Kettle"


def test_a_pages_published_time_stamp_is_no_books_year_and_a_restaurant_review_is_filed_so():
    text = ("Restaurant review: Iya Tola, Peckham\n\nPublished: Thursday, 16 January 2025, 08:00\n\n"
            "Iya Tola opened in March 2024 in an old phone shop. The stew at Iya Tola is fierce and the rice is smoky; "
            "the chef, Tola Coker, cooks everything to order.\n")
    work = _work(text)
    assert work.kind == "other" and work.year != 2025


def test_a_director_credit_does_not_make_a_series_a_film():
    text = ("Kestrel Hall review: a ghost story\nEwan Lark's four-part chiller for BBC Two is patient and creepy\n\n"
            "Kestrel Hall begins tomorrow night and continues over the following three Sundays. The first episode is "
            "quiet; episode two is the best hour of television this year. The series takes its name from a bird.\n\n"
            "CAST: Harriet Lowe, Callum Adair\nWRITER: Ewan Lark\nDIRECTOR: Maya Stroud\n")
    assert _work(text).kind == "tv"


# -- the end's furniture does not hide the byline above it (tuning21)

def test_a_row_of_counters_and_a_series_pointer_are_furniture():
    from audioreview.readers.furniture import is_furniture_text

    assert is_furniture_text("💬 61 comments · 🔗 Share")
    assert is_furniture_text("Next in Retro Reviews: Portal, the four-hour game that ate the world →")
    assert is_furniture_text("You're getting this email because you joined the book club list at the Albion.")
    assert not is_furniture_text("Drive · Park · Walk")


def test_a_written_by_note_above_the_pages_counters_signs_the_review():
    text = ("# Retro Review: Lantern Run\n\n" + _BODY.replace("Harrow Lane", "Lantern Run") +
            "*Written by Mo Delane. Mo has thrown 40,000 paint cans and regrets none of them.*\n\n"
            "**Tags:** Platformer · 2004 · Retro\n\n💬 [61 comments](#comments) · 🔗 Share\n\n"
            "**Next in Retro Reviews:** [Portal, the four-hour game →](/retro/portal)\n")
    assert _meta(text, markdown=True).author == "Mo Delane"


def test_a_letters_see_you_sign_off_over_the_signers_name():
    text = _BODY + "See you on the 13th,\nBev Carrow\n\n---\nYou're getting this email because you signed the list.\n"
    assert _meta(text).author == "Bev Carrow"


def test_the_sites_follow_line_is_no_byline():
    text = "NORTHERN SHELF\nIssue 88 · Autumn 2024\n\n" + _BODY + "Follow Northern Shelf on Instagram and Bluesky | Subscribe\n"
    assert _meta(text).author is None
