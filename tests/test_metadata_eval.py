"""Metadata on reviews nobody tuned the readers for: the tuned and the blind tables.

tests/data/metadata/tuning.jsonl (42 reviews), tuning2.jsonl (40 messier ones,
scored once before it was tuned on), tuning3, tuning4, tuning5, tuning6, tuning7, tuning8, tuning9, tuning10, tuning11, tuning12, tuning13, tuning14, tuning15 and tuning16 (later batches,
each scored once and then tuned on), blind.jsonl (30), blind2.jsonl (20), blind3 (30), blind4 (30), blind5 (30) and blind6 (30) were
written by helpers who never saw the readers' rules. The first two must meet the
issue's targets; the later tuning batches are held to what they score now; the
blind parts are scored, never tuned on, and held to the floors measured on them
(their own targets are not all met yet: see the README). ``pytest -s`` prints the
tables; so does ``python tests/metadata_eval.py tuning tuning2 blind``.
"""

from __future__ import annotations

from metadata_eval import FIELDS, Score, load, score, table

TARGETS = {"work_title": 0.95, "kind": 0.9, "creator": 0.85, "byline": 0.95, "publication": 0.95}
# Measured on the blind part at this commit; raise them when the rules improve. A floor is lowered only
# when one change, measured once on every blind set, gains more than it loses (blind4's year, once).
# (creator 0.833 -> 0.867 with the meta7 rules tuned on tuning7; title 0.967 -> 1.000 with the meta11
# rules tuned on tuning9, measured once on aggregates.)
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; year 0.706 -> 0.765.
# 2026-12-02 (fifth session): the learned title ranker (measured once as a branch, once merged and retrained,
# aggregates only) raised titles on five blind sets and lowered this one's title 1.000 -> 0.967 (one review); the floor follows the measured figure.
BLIND_FLOORS = {"work_title": 0.96, "kind": 0.96, "year": 0.76, "creator": 0.86, "byline": 0.93, "publication": 0.90}


def _tuned(name: str, floors: dict[str, float], tmp_path, reviews: int = 40) -> Score:
    """Score a tuning batch against the floors it is held to (its errors shown when one fails)."""
    result = score(load(name), tmp_path)
    print("\n" + table(name, result))
    assert result.reviews >= reviews
    for field_name, floor in floors.items():
        assert result.rate(field_name) >= floor, (field_name, result.rate(field_name), result.errors)
    assert result.file_name_titles == 0 and result.placeholder_headings == 0, result.errors
    return result


def _combined(parts: list[Score]) -> Score:
    total = Score()
    for part in parts:
        for name in FIELDS:
            total.hits[name] += part.hits[name]
            total.totals[name] += part.totals[name]
        total.reviews += part.reviews
        total.file_name_titles += part.file_name_titles
        total.placeholder_headings += part.placeholder_headings
        total.duplicate_headings += part.duplicate_headings
        total.errors += part.errors
    return total


def test_tuning_part_meets_the_targets(tmp_path):
    result = _combined([score(load(name), tmp_path / name) for name in ("tuning", "tuning2")])
    print("\n" + table("tuning + tuning2 (tuned on)", result))
    assert result.reviews >= 80
    for name, target in TARGETS.items():
        assert result.rate(name) >= target, (name, result.rate(name), result.errors)
    assert result.file_name_titles == 0 and result.duplicate_headings == 0, result.errors
    assert result.placeholder_headings <= 1, result.errors


def test_third_batch_holds_its_floor(tmp_path):
    """tuning3.jsonl: 40 reviews written to be harder still, scored once before tuning
    (title 0.650, creator 0.650, byline 0.800, publication 0.775) and then tuned on for
    bylines, publications, titles and creators; held to what it scores now (raised
    again with the issue 9 rules tuned on tuning5)."""
    result = score(load("tuning3"), tmp_path)
    print("\n" + table("tuning3", result))
    floors = {"work_title": 0.875, "kind": 0.97, "year": 0.90, "creator": 0.90, "byline": 1.0, "publication": 0.95}
    for name, floor in floors.items():
        assert result.rate(name) >= floor, (name, result.rate(name), result.errors)
    assert result.file_name_titles == 0 and result.placeholder_headings == 0, result.errors


def test_fourth_batch_holds_its_floor(tmp_path):
    """tuning4.jsonl: the odd half of a fourth batch (40 reviews, written blind), scored
    once before tuning (title 0.650, kind 0.950, year 0.647, creator 0.750, byline
    0.550, publication 0.450) and then tuned on; held to what it scores now."""
    result = score(load("tuning4"), tmp_path)
    print("\n" + table("tuning4", result))
    floors = {"work_title": 0.90, "kind": 0.95, "year": 0.76, "creator": 0.90, "byline": 0.95, "publication": 0.95}
    for name, floor in floors.items():
        assert result.rate(name) >= floor, (name, result.rate(name), result.errors)
    assert result.file_name_titles == 0, result.errors


def test_fifth_batch_holds_its_floor(tmp_path):
    """tuning5.jsonl: 40 reviews written blind for issue 9 (reading real reviews), scored
    once before tuning (title 0.775, kind 1.000, year 0.792, creator 0.700, byline 0.725,
    publication 0.575) and then tuned on with general rules; held to what it scores now."""
    _tuned("tuning5", {"work_title": 1.0, "kind": 1.0, "year": 1.0, "creator": 0.97, "byline": 1.0, "publication": 1.0}, tmp_path)


def test_sixth_batch_holds_its_floor(tmp_path):
    """tuning6.jsonl: 40 reviews written blind, scored once before tuning (title 0.525,
    kind 1.000, year 0.636, creator 0.564, byline 0.575, publication 0.950) and then
    tuned on with general rules (trailing page prompts, header segments and notes above
    a byline, navigation kickers, one mention one piece of evidence, seasons; then the
    review's own year against the years said with titles, comparisons before a dated title,
    release statements, creators in apposition and in the headline; then the creator said
    "X, the studio behind", "X created it", or named three times with no role); held to what it scores now."""
    _tuned("tuning6", {"work_title": 0.90, "kind": 1.0, "year": 0.90, "creator": 0.94, "byline": 0.95, "publication": 0.975}, tmp_path)


def test_seventh_batch_holds_its_floor(tmp_path):
    """tuning7.jsonl: 40 reviews written blind (pasted site pages, forum posts, newsletters,
    zines, store and catalogue pages), scored once before tuning (title 0.575, kind 1.000,
    year 0.703, creator 0.775, byline 0.525, publication 0.800) and then tuned on with general
    rules (a signature card ends the review, the site's name and slogan above its navigation
    are never the headline, more header byline shapes, characters and quoted speech kept out
    of titles, comparisons and other works, the fuller credit); held to what it scores now. The learned
    title ranker (2026-12-02, fifth session) chooses another candidate in one of its reviews (title 0.825 ->
    0.800); it is judged on held-out sets (docs/readers.md), not on the reviews it was trained on."""
    _tuned("tuning7", {"work_title": 0.80, "kind": 1.0, "year": 0.75, "creator": 0.875, "byline": 0.875, "publication": 0.925}, tmp_path)


def test_eighth_batch_holds_its_floor(tmp_path):
    """tuning8.jsonl: 40 reviews written blind (newspaper pages with a masthead and section bar,
    podcast transcripts, zines, forum threads, store pages, newsletters), scored once before
    tuning (title 0.475, kind 0.925, year 0.824, creator 0.750, byline 0.550, publication 0.475)
    and then tuned on with general rules (a capitals masthead over its section bar, the first
    line as the masthead over a byline, taglines signed "by X", "Reviewed for X by Y", the
    masthead's fuller outlet name, the columnist's outlet, a signer's bio under the signature,
    labels, speakers, days and hours never a title, a character's first name); then a second pass
    (meta9: a capitalised opener mid-sentence kept in the title, a numbered sequel over the bare
    name when the review says "the first X", an unmarked "A and B" said once is two things:
    title 0.575 -> 0.675); then a third pass (meta10, bylines and outlets: a signature said twice
    ends the review and vouches for a username or a lower-case outlet, rule lines are header
    furniture, "Submitted by:", an outlet beside its medium in any case, a page's own site name over
    a domain or squeezed handle, recipes alone no book: title 0.700, kind 0.975, byline 0.875,
    publication 0.900); held to what it scores now."""
    _tuned("tuning8", {"work_title": 0.775, "kind": 0.975, "year": 0.85, "creator": 0.775, "byline": 0.875, "publication": 0.90}, tmp_path)


def test_ninth_batch_holds_its_floor(tmp_path):
    """tuning9.jsonl: 40 reviews written blind (phone-app pastes, newsletter digests, bibliographic
    headers, festival dispatches, radio scripts, question headlines, listicles, OCR exports,
    reposts), scored once before tuning (title 0.500, kind 0.950, year 0.694, creator 0.675, byline
    0.625, publication 0.700) and then tuned on with consistency rules (meta11: a label and its value
    is never the work nor the headline, what the sentences are about, possessive titles kept whole,
    references made in passing, a book's citation, hard-wrapped bios, link rows, a post's age);
    held to what it scores now."""
    _tuned("tuning9", {"work_title": 0.90, "kind": 0.95, "year": 0.80, "creator": 0.875, "byline": 0.85, "publication": 0.80}, tmp_path)


def test_tenth_batch_holds_its_floor(tmp_path):
    """tuning10.jsonl: 40 reviews written blind (pages saved from many kinds of sites: archives,
    repertory listings, forum threads, shop pages, book blogs, newsletters), scored once before the
    meta11 pass and again after it with the same result (title 0.625, kind 0.975, year 0.912, creator
    0.650, byline 0.725, publication 0.925), then tuned on with rules read from how the review uses a
    span (meta12: a person named in a caption, by a surname said alone later, as the subject of a verb
    of performing, after "illustrated by"; participle labels; italic sentences; what the reviewer
    read or watched; "First published in 2017, X"; a headline's "X by Name"), then its bylines (a dash
    signature over the page's own lines, a diary's "Review by X ★★★★★ ♥" over "Watched 26 Dec 2023 ·
    Rewatch", "Posted on ... · 6 comments", an initialism that is no name); held to what it scores now."""
    _tuned("tuning10", {"work_title": 0.825, "kind": 0.975, "year": 0.94, "creator": 0.70, "byline": 0.85, "publication": 0.925}, tmp_path)


def test_eleventh_batch_holds_its_floor(tmp_path):
    """tuning11.jsonl: 40 reviews written blind (many kinds of sites; works named after a person,
    a place, a common word or a pronoun, some in lower case), scored once before tuning (title
    0.550, kind 1.000, year 0.811, creator 0.750, byline 0.900, publication 0.700), then tuned on
    with rules read from how the review uses a span (meta13: a headline "X is Name's ..." or "X at
    50:", "X was made by Y", "Spike Jonze's Her (2013)" when "Her" is said alone too, "X was first
    published in 1987", "every series of X", a pronoun set apart as a title, a definition list of
    the work's facts in HTML, a title-case site name over its navigation bar); held to what it scores now."""
    _tuned("tuning11", {"work_title": 0.775, "kind": 1.0, "year": 0.83, "creator": 0.80, "byline": 0.90, "publication": 0.775}, tmp_path)


def test_twelfth_batch_holds_its_floor(tmp_path):
    """tuning12.jsonl: 40 reviews written blind (saved with the page junk real sites carry: mastheads,
    menus, section bars, cookie and newsletter prompts, copyright footers, "related" lists; the outlet
    named as real pages name it), scored once before tuning (title 0.675, kind 0.950, year 0.750,
    creator 0.775, byline 0.525, publication 0.650), then tuned on with rules read from where a line
    stands (meta14: a copyright holder is the outlet's owning company, the page's own name at the top
    wins; a signature over its bio ends the review; five short page items below a signature; an
    issue's month beside a byline; "Reviewed on PC by X"; a kicker over the headline; a year the
    creator "had made" something in); held to what it scores now."""
    _tuned("tuning12", {"work_title": 0.70, "kind": 0.95, "year": 0.75, "creator": 0.80, "byline": 0.85, "publication": 0.90}, tmp_path)


def test_thirteenth_batch_holds_its_floor(tmp_path):
    """tuning13.jsonl: 40 reviews written blind (less famous works; reviews that talk at length about
    people and other works; ordinary-phrase titles; pun headlines), scored once before tuning (title
    0.475, kind 0.925, year 0.568, creator 0.600, byline 0.675, publication 0.775). Before any tuning it
    was also the held-out test of a learned title ranker (logistic regression over the candidates'
    evidence, trained on tuning..tuning12): the ranker over raw evidence picked 14 right, the hand
    rules 19, the ranker with the rule score as a feature 19, so it was not kept. Then tuned on: titles
    (a maker's possessive before an appositive, a fact box's head, a breadcrumb's last part under a
    review section, one title in bold among italics, an episode headline's work after its colon, a
    catalogue's "Title : subtitle", a site's "#" name over the "##" headline, page trailers with a
    copyright notice) and, by meta15, bylines, outlets, years and creators; held to what it scores now."""
    _tuned("tuning13", {"work_title": 0.775, "kind": 0.95, "year": 0.75, "creator": 0.725, "byline": 0.95, "publication": 0.95}, tmp_path)


def test_fourteenth_batch_holds_its_floor(tmp_path):
    """tuning14.jsonl: 40 reviews written blind, asked above all to vary how the reviewer and the
    outlet appear (roles, dates, read times, author boxes, newsletter sign-offs, guest posts,
    syndication lines, translator and editor credits, two reviewers, pseudonyms, outlets named only
    in a footer), scored once before tuning (title 0.525, kind 0.950, year 0.688, creator 0.625,
    byline 0.400, publication 0.700), then tuned on for bylines and outlets (meta16: accented names,
    "By X and Y", other people's credits beside the byline, a rule-led footer, guest posts, "X writes
    <Outlet> from", a footer bar ending in its copyright, "X is a Y company"), then for creators, years
    and titles (meta17: infobox crew credits, a library catalogue's record, a shop's product row, HTML
    table and bold-label list infoboxes, an edition in brackets, "had never seen X", "her 2023 film");
    held to what it scores now."""
    _tuned("tuning14", {"work_title": 0.875, "kind": 0.95, "year": 0.78, "creator": 0.75, "byline": 0.725, "publication": 0.85}, tmp_path)


def test_fifteenth_batch_holds_its_floor(tmp_path):
    """tuning15.jsonl: 40 reviews written blind, asked above all to vary where and how the work's
    title appears (only in the body, punning or quoted headlines, kickers, score boxes, product cards,
    breadcrumbs, shortened forms, first named late), scored once before anything was tuned on it
    (title 0.450, kind 0.925, year 0.840, creator 0.775, byline 0.750, publication 0.800), then tuned
    on for bylines and outlets (meta18) and for titles and creators (meta19: the saved file's name,
    "X season 4, episode 3", spans joined by "to"/"for", the body's order breaking ties); held to what
    it scores now."""
    _tuned("tuning15", {"work_title": 0.75, "kind": 0.925, "year": 0.84, "creator": 0.825, "byline": 0.95, "publication": 0.95}, tmp_path)


def test_sixteenth_batch_holds_its_floor(tmp_path):
    """tuning16.jsonl: 40 reviews written blind, asked to be as realistic and varied as the reviews
    people actually save (famous and little-known works, other people and works discussed at length,
    texts copied from phones and apps, some short), scored once before anything was tuned on it
    (title 0.575, kind 0.975, year 0.719, creator 0.615, byline 0.800, publication 0.825), then tuned
    on for bylines and outlets (meta20: roles before names, "Special to", profile cards, usernames
    signing, forum post titles); held to what it scores now. (A title and creator pass, meta21, was not
    merged: it cost blind5 a title and a year.)"""
    _tuned("tuning16", {"work_title": 0.60, "kind": 0.975, "year": 0.71, "creator": 0.61, "byline": 0.975, "publication": 0.925}, tmp_path)


def test_seventeenth_batch_holds_its_floor(tmp_path):
    """tuning17.jsonl: 40 reviews written blind, about half of them of invented works and half of
    little-known real ones (none of a title any earlier set used), film, TV, books, games, albums and
    restaurants, bylines and outlets printed in many ways; scored once before anything was tuned on it
    (title 0.600, kind 0.975, year 0.704, creator 0.692, byline 0.600, publication 0.825 with the rules
    of the session's start; title 0.625 with its first three title fixes, made before the data came);
    then tuned on for titles and years (meta25) and for bylines and outlets (meta24), and scored with
    the creator rules (meta23) that never saw it (creator 0.692 -> 0.718 from those alone); held to what
    it scores now. (Title 0.900 -> 0.875 when the title ranker was retrained with tuning20 in the sixth session:
    one review's in-sample choice moved, another set's came right; the hand rules lost nothing.) The learned
    byline ranker (sixth session) chooses another name in one of its reviews (byline 0.975 -> 0.950: a reply's
    handle under a thread); the rankers are judged on held-out sets (docs/readers.md), not on the reviews
    they were trained on."""
    _tuned("tuning17", {"work_title": 0.875, "kind": 0.975, "year": 0.92, "creator": 0.76, "byline": 0.95, "publication": 0.975}, tmp_path)


def test_eighteenth_batch_holds_its_floor(tmp_path):
    """tuning18.jsonl: 40 reviews written blind like tuning17 (half invented works, no title an earlier set
    used); scored once before anything was tuned on it: title 0.650, kind 1.000, year 0.839, creator 0.667,
    byline 0.725, publication 0.825 with the rules of the session's start, and title 0.700, year 0.871 (the
    rest unchanged) with the rules tuned on tuning17 that round (meta23, meta24, meta25), which never saw it;
    then tuned on for bylines and outlets (meta27) and creators (meta28); a title pass on it (meta26) was
    not merged (it cost the blind sets three fields); held to what it scores now."""
    _tuned("tuning18", {"work_title": 0.70, "kind": 1.0, "year": 0.87, "creator": 0.97, "byline": 0.95, "publication": 1.0}, tmp_path)


def test_nineteenth_batch_holds_its_floor(tmp_path):
    """tuning19.jsonl: 40 reviews written blind in the 2026-12-02 (fifth) session like blind8 (half invented
    works, no title an earlier set used); scored once before anything was tuned on it: title 0.800, kind
    1.000, year 0.613, creator 0.775, byline 0.800, publication 0.800 with the rules of the session's start;
    then tuned on for years, bylines and outlets and creators (the title ranker retrained with it); held to what it
    scores now. (Creator 0.925 -> 0.900 when the creator ranker was retrained with tuning20 in the sixth session:
    one review's in-sample choice moved; the hand rules lost nothing.) The learned publication ranker (sixth
    session) names an outlet in one of its reviews that names none (publication 0.975 -> 0.950: a breadcrumb's
    section name)."""
    _tuned("tuning19", {"work_title": 0.87, "kind": 1.0, "year": 0.80, "creator": 0.90, "byline": 0.97, "publication": 0.95}, tmp_path)


def test_twentieth_batch_holds_its_floor(tmp_path):
    """tuning20.jsonl: 40 reviews written blind in the sixth session (messy copied pages, no title an earlier set
    used); scored once before anything was tuned on it: title 0.700, kind 0.950, year 0.525, creator 0.650, byline
    0.750, publication 0.750; then tuned on (meta30, the byline and publication rankers trained with it); held to
    what it scores now."""
    _tuned("tuning20", {"work_title": 0.80, "kind": 0.95, "year": 0.55, "creator": 0.675, "byline": 0.85, "publication": 0.80}, tmp_path)


def test_twenty_first_batch_holds_its_floor(tmp_path):
    """tuning21.jsonl: 40 reviews written blind in the seventh session with tuning20's brief; scored once when it
    arrived (with the session's lower-case title candidates already in): title 0.800, kind 0.900, year 0.500,
    creator 0.700, byline 0.800, publication 0.850; then tuned on (meta31, the four rankers retrained with it);
    held to what it scores now."""
    _tuned("tuning21", {"work_title": 0.90, "kind": 0.95, "year": 0.525, "creator": 0.75, "byline": 0.975, "publication": 0.90}, tmp_path)


# The even half of the fourth batch: never tuned on. Measured at this commit (its first
# score was title 0.800, year 0.500, creator 0.600, byline 0.450, publication 0.650;
# after the tuning5 rules creator rose to 0.650 and byline fell back to 0.450, one review
# each way; the floor follows the measured figure and the README says so; the tuning6
# rules raised byline to 0.500; the meta8 creator rules raised creator to 0.700; the meta7
# rules tuned on tuning7 raised byline to 0.550 and publication to 0.850; the meta8 rules tuned on
# tuning8 raised title to 0.850; the meta13 rules tuned on tuning11 raised year to 0.583 and creator
# to 0.750, measured once on aggregates; the tuning13 rules and meta15 raised creator to 0.800 and
# byline to 0.600, measured once on aggregates).
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; year 0.583 -> 0.667, byline 0.600 -> 0.650.
# Then meta27 (bylines and outlets tuned on tuning18; measured twice, mid-pass and at its end, aggregates only): byline 0.650 -> 0.700.
# 2026-12-02 (fifth session), measured once per pass, aggregates only: the years pass (tuning19) moved nothing; the
# bylines and outlets pass (tuning19): byline 0.700 -> 0.750.
# The learned title ranker (fifth session): title 0.850 -> 0.900.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.750 -> 0.800.
BLIND2_FLOORS = {"work_title": 0.9, "kind": 1.0, "year": 0.66, "creator": 0.8, "byline": 0.8, "publication": 0.85}


def _blind(name: str, floors: dict[str, float], reviews: int, tmp_path) -> tuple[Score, str]:
    """Score a blind part against its floors; its individual errors are never
    printed (nobody tunes on them), only how many there are."""
    result = score(load(name), tmp_path)
    print("\n" + table(f"{name} (never tuned on)", result))
    assert result.reviews >= reviews
    errors = f"{len(result.errors)} errors (not shown: blind)"
    for field_name, floor in floors.items():
        rate = result.rate(field_name)  # a number, so a failing assert shows no errors either
        assert rate >= floor, (field_name, rate, errors)
    file_name_titles = result.file_name_titles
    assert file_name_titles == 0, errors
    return result, errors


def test_second_blind_part_holds_its_floor(tmp_path):
    _blind("blind2", BLIND2_FLOORS, 20, tmp_path)


# blind3.jsonl: 30 reviews written blind after the two tuning passes on tuning6, scored once
# and never tuned on: its floors are its first score (the honest measure of those passes);
# creator 0.600 -> 0.700 after the meta8 creator rules (scored once, aggregates only);
# title 0.733 -> 0.767 and year 0.846 -> 0.885 after the meta7 rules tuned on tuning7;
# title 0.767 -> 0.800 after the meta8 rules tuned on tuning8; publication 0.933 -> 0.967 after the
# meta10 byline and outlet rules tuned on tuning8; title 0.800 -> 0.833 after the meta11 rules tuned on tuning9;
# creator 0.700 -> 0.733 after the meta12 rules tuned on tuning10 (aggregates only); year 0.885 -> 0.923
# after the meta13 rules tuned on tuning11 (aggregates only); byline 0.833 -> 0.867 after the tuning13
# rules and meta15 (aggregates only); byline 0.867 -> 0.933 after meta16 tuned on tuning14 (aggregates only);
# year 0.923 -> 0.962 after meta17 tuned on tuning14 (aggregates only).
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; title 0.833 -> 0.867, creator 0.733 -> 0.833.
# Then meta27 (bylines and outlets tuned on tuning18; measured twice, mid-pass and at its end, aggregates only): publication 0.967 -> 1.000.
# The learned title ranker (fifth session): title 0.867 -> 0.900.
# The learned creator ranker (fifth session, measured once, aggregates only): creator 0.833 -> 0.867.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.933 -> 0.967.
BLIND3_FLOORS = {"work_title": 0.9, "kind": 0.93, "year": 0.96, "creator": 0.86, "byline": 0.96, "publication": 1.0}


def test_third_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind3", BLIND3_FLOORS, 30, tmp_path)
    assert result.placeholder_headings == 0, errors


# blind4.jsonl: 30 reviews written blind with tuning7 by another helper, never tuned on. Its first
# score (before the meta7 rules): title 0.533, kind 0.967, year 0.893, creator 0.767, byline 0.533,
# publication 0.700; measured after them (aggregates only): title 0.567, year 0.929, creator 0.800,
# byline 0.567, publication 0.733; after the meta8 rules tuned on tuning8: title 0.633, byline 0.600;
# after the meta10 byline and outlet rules tuned on tuning8: byline 0.667, publication 0.767.
# After the meta11 rules tuned on tuning9: byline 0.700. After the meta12 rules tuned on tuning10:
# title 0.667. The floors are the measured figures. After the meta13 rules tuned on tuning11 (measured
# once, aggregates only) year fell 0.929 -> 0.893 (one review) while the same change raised eight
# fields of the other blind sets (blind2 year and creator, blind3 year, blind5 title, year, creator,
# one review or more each). The change is judged on every blind set at once and kept, and this floor
# follows the measured figure, 0.89: the one floor lowered, said here and in the README. Finding the
# rule that cost the review would mean tuning on a blind set, so it is not looked for. After the meta14
# rules tuned on tuning12 (measured once, aggregates only): publication 0.767 -> 0.800. After the
# rules tuned on tuning12 and tuning13 this round (measured once, aggregates only): title 0.667 -> 0.733.
# After meta18 and meta19 tuned on tuning15 (measured once together, aggregates only): byline 0.700 ->
# 0.733, but creator 0.800 -> 0.767 (one review), while the same change raised blind6's title, byline
# and publication. Judged on every blind set at once (four fields up, one down) and kept; the creator
# floor follows the measured figure, 0.76 (the third floor lowered, said here and in the README); the
# review is not looked for.
# After meta22 (the bylines and outlets left on every tuning set; aggregates only): byline 0.767.
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; creator 0.767 -> 0.900, byline 0.767 -> 0.800.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.800 -> 0.867, publication 0.800 -> 0.833.
# The seventh session's pass, measured once, aggregates only: title 0.733 -> 0.767, creator 0.900 -> 0.933.
BLIND4_FLOORS = {"work_title": 0.76, "kind": 0.96, "year": 0.89, "creator": 0.93, "byline": 0.86, "publication": 0.83}


def test_fourth_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind4", BLIND4_FLOORS, 30, tmp_path)
    assert result.placeholder_headings == 0, errors


# blind5.jsonl: 30 reviews written blind at the start of the 2026-12-02 session by a helper told
# only to make them realistic and varied; scored once before anything was tuned that session:
# title 0.467, kind 1.000, year 0.786, creator 0.767, byline 0.700, publication 0.800; unchanged on
# every field after the meta11 rules tuned on tuning9 (measured once, aggregates only); title 0.500 and
# year 0.821 after the meta12 rules tuned on tuning10 (measured once, aggregates only); byline 0.767
# after the byline rules tuned on tuning10's bylines (dash signatures over page lines, diary headers);
# title 0.567, year 0.857 and creator 0.800 after the meta13 rules tuned on tuning11 (measured once, aggregates only).
# The first title rules tuned on tuning12/13 this round (commit 41b045e: a maker's possessive before an
# appositive, a dated appositive is no person's, "Title: Actor is ...", a season after a dash, a fact
# box's head) cost this set one title (0.567 -> 0.533) and gained blind4 two (0.667 -> 0.733), measured
# once on aggregates by a helper at the start of its pass; byline rose 0.767 -> 0.800 with meta15. The
# change is judged on every blind set at once and kept, and the title floor follows the measured
# figure, 0.53 (said here and in the README); finding the review would be tuning on a blind set.
# meta16 (bylines and outlets tuned on tuning14) brought the title back to 0.567, and meta17 (creators,
# years and titles tuned on tuning14) raised creator to 0.833 (aggregates only). meta20 (bylines tuned on
# tuning16) raised byline to 0.833; meta21 (titles and creators tuned on tuning16) cost this set a title
# and a year and gained no blind field, so it was not merged (aggregates only).
# meta22 (the bylines and outlets left on every tuning set, measured once, aggregates only) raised
# publication to 0.833 and blind4's and blind6's bylines, but cost this set a title (0.567 -> 0.533) and
# a year (0.857 -> 0.821): three fields up, two down, so it is kept and the title and year floors follow
# the measured figures (said in the README); the reviews are not looked for.
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; title 0.533 -> 0.600.
# 2026-12-02 (fifth session): the learned title ranker (measured once as a branch, once merged and retrained,
# aggregates only) raised titles on five blind sets and lowered this one's creator 0.833 -> 0.800 (one review: the creator follows the title chosen); the floor follows the measured figure.
# The learned creator ranker (fifth session, measured once, aggregates only): creator 0.800 -> 0.833, year 0.821 -> 0.857.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.833 -> 0.900, publication 0.833 -> 0.900.
# The seventh session's pass (lower-case titles, meta31 rules tuned on tuning21, the four rankers retrained), measured
# once, aggregates only: title 0.600 -> 0.633, publication 0.900 -> 0.867 (one review; the floor follows it).
BLIND5_FLOORS = {"work_title": 0.63, "kind": 1.0, "year": 0.85, "creator": 0.83, "byline": 0.9, "publication": 0.86}


def test_fifth_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind5", BLIND5_FLOORS, 30, tmp_path)
    assert result.placeholder_headings == 0, errors


# blind6.jsonl: 30 reviews written blind at the start of the 2026-12-02 (second) session, with tuning13,
# by another helper (a mix of famous and less famous works, people and other works discussed at
# length); scored once before anything was tuned that session: title 0.467, kind 0.967, year 0.815,
# creator 0.621, byline 0.600, publication 0.833. After the tuning13 rules and meta15 (measured once,
# aggregates only): year 0.815 -> 0.778 (one review), nothing else moved: the title rules fitted to
# tuning13 (0.475 -> 0.725) did not carry over. After meta16 (bylines and outlets tuned on tuning14,
# measured once, aggregates only): byline 0.600 -> 0.667, publication 0.833 -> 0.933. The floors are
# the measured figures. After meta18 and meta19 tuned on tuning15 (measured once together, aggregates
# only): title 0.467 -> 0.500, byline 0.667 -> 0.700, publication 0.933 -> 0.967. After meta20 (bylines
# tuned on tuning16, aggregates only): byline 0.733; after meta22: 0.767.
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; creator 0.621 -> 0.690.
# 2026-12-02 (fifth session): the learned title ranker (measured once as a branch, once merged and retrained,
# aggregates only) raised titles on five blind sets and lowered this one's year 0.778 -> 0.741 (one review: the year follows the title chosen); title 0.500 -> 0.533; the floor follows the measured figure.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.767 -> 0.933, publication 0.967 -> 1.000.
BLIND6_FLOORS = {"work_title": 0.53, "kind": 0.96, "year": 0.74, "creator": 0.68, "byline": 0.93, "publication": 1.0}


def test_sixth_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind6", BLIND6_FLOORS, 30, tmp_path)
    assert result.placeholder_headings == 0, errors


# blind7.jsonl: 30 reviews written blind at the start of the 2026-12-02 (fourth) session by a helper who
# never saw the rules (half invented works, half little-known real ones, none a title any earlier set
# used; a quarter each of headline, no headline, byline at the top, byline in or after a disclaimer);
# scored once, aggregates only, with the rules of the session's start (730728b) and again with its first
# three title fixes: title 0.700, kind 1.000, year 0.846, creator 0.786, byline 0.733, publication 0.833
# both times. The floors are the measured figures.
# 2026-12-02 (fourth session), measured once per pass, aggregates only: meta23 (creators), meta25 (titles and years, tuned on
# tuning17) and meta24 (bylines and outlets, tuned on tuning17) lost no field of any blind set; title 0.700 -> 0.767, year 0.846 -> 0.923, publication 0.833 -> 0.867.
# The learned title ranker (fifth session): title 0.767 -> 0.800.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.733 -> 0.767, publication 0.867 -> 0.900.
BLIND7_FLOORS = {"work_title": 0.8, "kind": 1.0, "year": 0.92, "creator": 0.78, "byline": 0.76, "publication": 0.9}


def test_seventh_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind7", BLIND7_FLOORS, 30, tmp_path)
    assert result.placeholder_headings == 0, errors


# blind8.jsonl: 30 reviews written blind at the start of the 2026-12-02 (fifth) session by a helper who never
# saw the rules (6 film, 5 tv, 6 book, 5 game, 4 music, 4 food; half invented works, half little-known real
# ones, no title an earlier set used; headline / no headline / byline on top / byline in a disclaimer about a
# quarter each); scored once, aggregates only, with the rules of the session's start (7078f00): title 0.767,
# kind 1.000, year 0.714, creator 0.800, byline 0.800, publication 0.700. The floors are the measured figures.
# Then, measured once per pass: the years pass (tuning19) moved nothing; the bylines and outlets pass (tuning19):
# creator 0.800 -> 0.833, publication 0.700 -> 0.733.
# The learned title ranker (fifth session): title 0.767 -> 0.800.
# The learned byline and publication rankers with meta30 (sixth session), measured once: byline 0.800 -> 0.867, publication 0.733 -> 0.767.
# The seventh session's pass, measured once, aggregates only: creator 0.833 -> 0.933, publication 0.767 -> 0.733
# (one review; the floor follows it).
BLIND8_FLOORS = {"work_title": 0.8, "kind": 1.0, "year": 0.71, "creator": 0.93, "byline": 0.86, "publication": 0.73}


def test_eighth_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind8", BLIND8_FLOORS, 30, tmp_path)
    assert result.placeholder_headings == 0, errors


def test_blind_part_holds_its_floor(tmp_path):
    result, errors = _blind("blind", BLIND_FLOORS, 30, tmp_path)
    placeholders, duplicates = result.placeholder_headings, result.duplicate_headings
    assert placeholders == 0 and duplicates == 0, errors


def test_byline_inside_a_disclaimer_paragraph(tmp_path):
    """The issue's example: the byline on the last lines of the closing paragraph."""
    from audioreview.readers import read

    text = ("Last Men in Aleppo is a heartbreaking chronicle of a city under siege, directed by Firas Fayyad.\n\n"
            "The film follows the White Helmets as they dig through rubble for survivors.\n\n"
            "Khaled and Mahmoud carry the film, and Last Men in Aleppo never looks away.\n\n"
            "It is essential viewing.\n"
            "The views and opinions expressed in this article are those of the author and do not necessarily "
            "reflect the official policy or position of Movieweb.\n"
            "Julian Roman at Movieweb\n"
            "Julian Roman\n")
    path = tmp_path / "review.txt"
    path.write_text(text, "utf-8")
    r = read(path)
    m = r.metadata
    assert (m.author, m.publication) == ("Julian Roman", "Movieweb")
    assert r.disclaimer is not None and "Julian" not in r.disclaimer.text
    assert r.disclaimer.text.startswith("The views and opinions")
    assert r.sections[-1].blocks[-1].text == "It is essential viewing."
    assert (m.work.title, m.work.kind, m.work.creator) == ("Last Men in Aleppo", "film", "Firas Fayyad")
    assert m.title == "Last Men in Aleppo — review"
    assert m.provenance["work.title"].source == "body" and 0 < m.provenance["work.title"].confidence <= 1
    from audioreview.writers.outline import format_outline
    from audioreview.speech.script import title_announcement

    assert title_announcement(m) == ("Last Men in Aleppo, a film directed by Firas Fayyad. "
                                     "A review by Julian Roman, for Movieweb.")
    assert "work.title body" in format_outline(r)
    assert not any(s.heading.startswith(("Part ", "Discussion")) for s in r.sections)


def test_headline_that_does_not_name_the_work_gets_it_in_the_edition_title(tmp_path):
    from audioreview.readers import read

    path = tmp_path / "review.txt"
    path.write_text("On the ropes\n\nRaging Bull is a ferocious film directed by Martin Scorsese. Raging Bull hurts."
                    "\n\nDe Niro is astonishing in Raging Bull.\n", "utf-8")
    r = read(path)
    assert r.metadata.title == "On the ropes"
    assert r.title == "On the ropes — a review of Raging Bull"
    assert r.metadata.provenance["title"].source == "headline"
    from audioreview.speech.script import title_announcement
    from audioreview.writers.epub.xhtml import title_of

    assert title_of(r) == "On the ropes — a review of Raging Bull"  # the EPUB's title page and dc:title
    assert title_announcement(r.metadata).startswith("On the ropes. A review of Raging Bull, directed by Martin Scorsese.")
