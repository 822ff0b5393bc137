"""Bylines and outlets: thread starters, social posts, taglines, signed notes, ... (meta24 rules, on invented text)."""

from audioreview.readers import bylines, read, read_markdown, read_text

BODY = ("The lighthouse scenes carry the whole film, and the keeper never once raises his voice. "
        "It is patient, funny and sad in the same breath, and the last shot lingers for days.\n\n"
        "The middle third sags a little, but the ending earns its quiet. See it on a big screen.\n\n")


def test_a_thread_starter_and_a_guide_inspector_sign_like_a_reviewer():
    assert bylines.byline("Started by owl_and_kettle, 03-11-2021 08:15 PM") == bylines.Byline("owl_and_kettle", None)
    assert bylines.explicit_byline("Inspected by Perpetua Lunde · Last visited May 2023").author == "Perpetua Lunde"


def test_quick_reply_is_a_page_control_and_a_word_count_a_date_counter():
    assert bylines.byline("Quick Reply | Back to top") is None and bylines.is_furniture("Quick Reply | Back to top")
    assert bylines.date_line("Published 4 June 2023 · 1,800 words · 8 min read") == "2023-06-04"


def test_how_often_a_writer_files_is_no_part_of_the_outlet():
    assert (bylines.bio_byline("Tamsin Vey reviews thrillers for the Courier every month.")
            == bylines.Byline("Tamsin Vey", "the Courier"))
    assert (bylines.bio_byline("Tamsin Vey writes The Slow Reel each Sunday. Tell a friend about it.")
            == bylines.Byline("Tamsin Vey", "The Slow Reel"))


def test_a_social_post_names_its_author_by_the_display_name_over_the_handle():
    assert bylines.byline("Ottoline Brisk @ottobrisk · 2h") == bylines.Byline("Ottoline Brisk", None)
    text = ("Ottoline Brisk @ottobrisk · 2h\nok a thread on the lighthouse film, which nobody has seen (1/3)\n\n"
            + BODY)
    assert read_text(text, "thread.txt").metadata.author == "Ottoline Brisk"


def test_a_tagline_under_the_name_gives_outlet_and_writer_but_yields_to_a_guest_byline():
    text = "Run to Ground\na newsletter about odd little films, by Perpetua Lunde\n\nIssue 12: the keeper\n\n" + BODY
    m = read_text(text, "issue-12.txt").metadata
    assert (m.author, m.publication) == ("Perpetua Lunde", "Run to Ground")
    page = ("# On the keeper\n\n**Run to Ground** — a newsletter about odd little films, edited by Perpetua Lunde\n\n"
            "*Guest post by Hollis Arkwright*\n\n---\n\n" + BODY)
    m = read_markdown(page, "guest.md").metadata
    assert (m.author, m.publication) == ("Hollis Arkwright", "Run to Ground")


def test_a_closing_note_signed_in_its_last_sentence_names_the_reviewer():
    text = ("The keeper\n\n" + BODY + "The Lamp Room paid for its own tickets. The trip was paid for by the magazine. "
            "Nobody connected with the film read this review before it ran. Reviewed by Hollis Arkwright.\n\nRelated: More from the festival\n")
    assert read_text(text, "review.txt").metadata.author == "Hollis Arkwright"


def test_a_name_and_its_slogan_over_the_markdown_title_is_the_masthead():
    page = "**Remote Control** · TV for people who own too many remotes\n\n# The keeper returns\n\n*by Hollis Arkwright*\n\n" + BODY
    m = read_markdown(page, "post.md").metadata
    assert (m.title, m.author, m.publication) == ("The keeper returns", "Hollis Arkwright", "Remote Control")


def test_where_to_listen_is_chrome_under_a_podcast_byline():
    assert bylines.is_furniture("Listen on: Pocket Casts · Spotify · RSS")
    text = ("Lamp Room Radio — a podcast about films nobody saw\n\nEp. 40 — The keeper\n\n"
            "Hosted by Perpetua Lunde and Hollis Arkwright\nListen on: Pocket Casts · Spotify · RSS\n\n" + BODY)
    assert read_text(text, "ep40.txt").metadata.author == "Perpetua Lunde and Hollis Arkwright"


def test_a_labelled_catalogue_rating_and_dated_stars_stay_in_the_reviewer_card():
    text = ("The Keeper\nby Ilse Marrow\n\nowl_and_kettle's review\nRating: ★★★★☆ really liked it\n"
            "Read from March 2 to March 9, 2024\n\n" + BODY)
    assert read_text(text, "review.txt").metadata.author == "owl_and_kettle"
    text = "Harbour Noodle Bar\n\nPerpetua L.\n31 reviews · 12 photos\n★★★★☆  4 Mar 2024\n\n" + BODY
    assert read_text(text, "reviews.txt").metadata.author == "Perpetua L."


def test_a_second_level_heading_opening_the_page_is_its_headline_and_keeps_the_header_open():
    page = "## The Keeper, by Ilse Marrow\n\n*Posted by Hollis Arkwright on 3 May 2022 · Tags: books, sea*\n\n---\n\n" + BODY
    m = read_markdown(page, "post.md").metadata
    assert (m.title, m.author) == ("The Keeper, by Ilse Marrow", "Hollis Arkwright")


def test_a_paper_over_its_section_bar_is_the_site():
    text = "The Harrowgate Listings\nMusic | Album of the week\n\nRust and salt\n\n" + BODY + "Words: Hollis Arkwright\n"
    m = read_text(text, "album.txt").metadata
    assert (m.author, m.publication) == ("Hollis Arkwright", "The Harrowgate Listings")


def test_a_shop_credit_for_the_book_is_not_the_reviewer(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    page = tmp_path / "product.html"
    page.write_text("<html><head><title>The Keeper | Quayside Books</title></head><body><main>"
                    "<h1>The Keeper</h1><p class=\"author\">Ilse Marrow <span>(Author)</span>, Tom Sayer "
                    "<span>(Translator)</span></p><section><h2>Staff pick</h2>"
                    f"<p class=\"reviewer\">Reviewed by Hollis Arkwright, fiction buyer</p>{body}</section>"
                    "</main></body></html>", "utf-8")
    assert read(page, "html").metadata.author == "Hollis Arkwright"


def test_a_labelled_handle_is_a_forum_poster():
    assert bylines.byline("Author: owl_and_kettle") == bylines.Byline("owl_and_kettle", None)
    text = ("The Lamp Room Forums\nHome > Films > The keeper, my review\n\n-----\nAuthor: owl_and_kettle\n"
            "Posts: 212 | Reputation: +40\n-----\n\n" + BODY)
    assert read_text(text, "thread.txt").metadata.author == "owl_and_kettle"


def test_a_rating_and_its_day_stay_in_a_user_review_card():
    text = ("The Keeper (2021)\nDirected by Ilse Marrow\n\n-----\nowl_and_kettle  ·  Top reviewer  ·  88 reviews\n"
            "Rated 8/10   ·   Watched 2 Mar 2024\n-----\n\n" + BODY)
    assert read_text(text, "reviews.txt").metadata.author == "owl_and_kettle"


def test_a_standfirst_subheading_over_the_byline_and_an_outlet_named_by_its_medium():
    page = ("# The sea keeps its own hours\n\n### A review of *The Keeper* by Ilse Marrow\n\n"
            "*by Hollis Arkwright · filed under Fiction · The Lamp Room book blog*\n\n" + BODY)
    m = read_markdown(page, "post.md").metadata
    assert (m.author, m.publication) == ("Hollis Arkwright", "The Lamp Room")


def test_a_podcast_listen_bar_under_the_name_heading_is_the_site_bar():
    page = ("# Lamp Room Radio\n\n**A podcast about films nobody saw.**\n\n"
            "[Listen on Pocket Casts](#) · [Spotify](#) · [RSS](#)\n\n---\n\n## Ep. 40 — The keeper, and the sea\n\n"
            "*Hosted by Hollis Arkwright · 51 min · Released 3 March 2024*\n\n" + BODY)
    m = read_markdown(page, "ep40.md").metadata
    assert (m.author, m.publication) == ("Hollis Arkwright", "Lamp Room Radio")


def test_a_home_bar_and_a_site_note_in_a_quote_keep_the_header_open():
    page = ("[Tea & Margins](/) — a book blog with too many bookmarks\n\n[Home](/) | [Reviews](/r) | [Reading list](/l) | "
            "[About me](/a)\n\n# Rereading The Keeper\n\n*posted by Hollis Arkwright on 2 May 2024 · 4 comments*\n\n" + BODY)
    assert read_markdown(page, "post.md").metadata.author == "Hollis Arkwright"
    page = ("[LAMPLIGHT](/) · [Film](/f) · [Books](/b) · [Music](/m) · [Donate](/d)\n\n"
            "> Lamplight is a reader-supported magazine. Subscribers keep our critics independent.\n\n"
            "# Salt and light\n\nby *Hollis Arkwright* · 2 May 2024 · 7 min read\n\n" + BODY)
    m = read_markdown(page, "review.md").metadata
    assert (m.title, m.author) == ("Salt and light", "Hollis Arkwright")


def test_joined_credits_and_an_infobox_beside_them():
    assert bylines.byline("Hosted and written by Perpetua Lunde") == bylines.Byline("Perpetua Lunde", None)
    text = ("LAMP ROOM RADIO\na podcast about films nobody saw\n\nEp. 40: The keeper\n\n"
            "Hosted and written by Perpetua Lunde\nRuntime: 48 min · Listen on Pocket Casts | RSS\n\n" + BODY)
    assert read_text(text, "ep40.txt").metadata.author == "Perpetua Lunde"


def test_a_second_level_site_name_over_its_bar_and_a_lower_case_site_leading_its_bar():
    page = "## Tide Table Notes\n\n*notes on slow films*\n\n[home](/) | [archive](/a) | [about](/b)\n\n---\n\n" + BODY
    assert read_markdown(page, "notes.md").metadata.publication == "Tide Table Notes"
    assert bylines.nav_line("tide table · films · music · about · rss") == "tide table"


def test_a_masthead_over_a_bare_name_names_the_writer():
    text = "The Quayside Review · Fiction · Issue 12\nHollis Arkwright\n\n" + BODY
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Hollis Arkwright", "The Quayside Review")


def test_a_forum_titled_with_its_board_is_the_site():
    text = ("The Lamp Room Collective - Forums\nBoard index ‹ Films ‹ Slow cinema\n\n"
            "Post by owl_and_kettle » Tue Mar 12, 2024 9:41 pm\n\n" + BODY)
    assert read_text(text, "post.txt").metadata.publication == "The Lamp Room Collective"


def test_a_bio_naming_the_medium_before_the_outlet():
    assert (bylines.bio_byline("Perpetua Lunde runs the film newsletter Tide Table and teaches in Hull.")
            == bylines.Byline("Perpetua Lunde", "Tide Table"))


def test_a_store_user_review_card_names_its_reviewer():
    assert bylines.is_furniture("👍 Recommended") and bylines.is_furniture("12.5 hrs on record (9.1 hrs at review time)")
    assert bylines.date_line("Posted: 4 March, 2021") == "2021-03-04"
    text = ("KELPWORKS   Store   Library   Community\n\nThe Keeper\n\n"
            "owl_and_kettle\n96 products in account · 7 reviews\n👍 Recommended\n12.5 hrs on record (9.1 hrs at review time)\n"
            "Posted: 4 March\n\n" + BODY)
    assert read_text(text, "review.txt").metadata.author == "owl_and_kettle"


def test_an_issue_after_the_outlet_and_a_comma_is_no_part_of_its_name():
    assert (bylines.byline("Words: Hollis Arkwright | The Quayside Quarterly, Issue 12")
            == bylines.Byline("Hollis Arkwright", "The Quayside Quarterly"))
