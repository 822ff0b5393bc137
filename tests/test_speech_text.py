"""Table tests for speech normalisation: written review prose -> words Piper reads well."""

import time

import pytest

from audioreview.speech.normalise import normalise_for_speech as say
from audioreview.speech.normalise import year

CASES = [
    # ratings
    ("I give it 9/10.", "I give it nine out of ten."),
    ("A solid 9.5/10 from me.", "A solid nine point five out of ten from me."),
    ("It earns 4 out of 5.", "It earns four out of five."),
    ("Verdict: 3/5", "Verdict: three out of five"),
    ("Rating: ★★★½", "Rating: three and a half stars"),
    ("★★★★☆", "four stars out of five"),
    ("★★½☆☆", "two and a half stars out of five"),
    ("★", "one star"),
    ("⭐️⭐️⭐️", "three stars"),
    ("Grade: B+", "Grade: B plus"),
    ("My grade: A-", "My grade: A minus"),
    ("It gets a B+ overall.", "It gets a B plus overall."),
    ("A B- grade at best.", "A B minus grade at best."),
    ("It is no C++ tutorial.", "It is no C++ tutorial."),
    # cardinals and ordinals
    ("There are 3 songs and 12 actors.", "There are three songs and twelve actors."),
    ("It has 1,200 extras.", "It has one thousand two hundred extras."),
    ("It runs 128 scenes.", "It runs one hundred twenty-eight scenes."),
    ("A 2.5 hour slog.", "A two point five hour slog."),
    ("It was her 3rd film.", "It was her third film."),
    ("The 21st of the series and the 2nd best.", "The twenty-first of the series and the second best."),
    ("A 5-star cast and a 90-minute runtime.", "A five-star cast and a ninety-minute runtime."),
    ("Ages 18+ only.", "Ages eighteen plus only."),
    ("It was -5° outside.", "It was minus five degrees outside."),
    ("Out on 12/25/2019.", "Out on twelve twenty-five twenty nineteen."),
    ("Agent 007 returns.", "Agent zero zero seven returns."),
    ("ISBN 9780140449136.", "ISBN nine seven eight zero one four zero four four nine one three six."),
    # years and decades
    ("Released in 1994.", "Released in nineteen ninety-four."),
    ("Remade in 2008.", "Remade in two thousand eight."),
    ("Again in 2019.", "Again in twenty nineteen."),
    ("Set in 1905 and 1900.", "Set in nineteen oh five and nineteen hundred."),
    ("The year 2000 came.", "The year two thousand came."),
    ("The 1990s were kind.", "The nineteen nineties were kind."),
    ("The '90s were kinder.", "The nineties were kinder."),
    ("The ’80s and the 2010s.", "The eighties and the twenty tens."),
    ("A man in his 40s.", "A man in his forties."),
    ("From 1990-1995 it ran.", "From nineteen ninety to nineteen ninety-five it ran."),
    ("Released 2019-05-04.", "Released May fourth, twenty nineteen."),
    ("Out on May 4th.", "Out on May fourth."),
    # money and percentages
    ("A ticket is $12.50.", "A ticket is twelve dollars fifty cents."),
    ("It made £3m.", "It made three million pounds."),
    ("It grossed $200 million.", "It grossed two hundred million dollars."),
    ("Popcorn is €5.", "Popcorn is five euros."),
    ("Just $1, or $0.99.", "Just one dollar, or ninety-nine cents."),
    ("A $1.2bn hit.", "A one point two billion dollars hit."),
    ("An 87% score.", "An eighty-seven percent score."),
    ("It fell 12.5%.", "It fell twelve point five percent."),
    # abbreviations
    ("The Q&A after the screening.", "The Q and A after the screening."),
    ("Alien vs. Predator.", "Alien versus Predator."),
    ("Kramer v. Kramer.", "Kramer versus Kramer."),
    ("Parasite (dir. Bong Joon-ho) is long.", "Parasite, directed by Bong Joon-ho, is long."),
    ("A song feat. a choir.", "A song featuring a choir."),
    ("It has approx. 40 extras.", "It has approximately forty extras."),
    ("Capes, masks, etc.", "Capes, masks, et cetera."),
    ("Some, e.g. the lead, shine.", "Some, for example the lead, shine."),
    ("No. 5 is best, then #1.", "number five is best, then number one."),
    ("Mr. Hale meets Dr. Ash.", "Mister Hale meets Doctor Ash."),
    ("Filmed on St. Agnes Road and Baker St.", "Filmed on Saint Agnes Road and Baker Street."),
    ("Tom & Jerry.", "Tom and Jerry."),
    ("The writer/director knows.", "The writer director knows."),
    ("Part II beats Part I.", "Part two beats Part one."),
    ("The book I read was short.", "The book I read was short."),
    ("See S02E05.", "See season two, episode five."),
    # runtimes and times
    ("Runtime: 2h 14m.", "Runtime: two hours fourteen minutes."),
    ("It runs 128 min.", "It runs one hundred twenty-eight minutes."),
    ("Just 1h 5m, or 2 hrs. Then it ends.", "Just one hour five minutes, or two hours. Then it ends."),
    ("It runs 90 minutes.", "It runs ninety minutes."),
    ("Doors at 9:30.", "Doors at nine thirty."),
    ("Ends at 10:00 or 9:05pm.", "Ends at ten o'clock or nine oh five P M."),
    ("It starts at 7 p.m.", "It starts at seven P M."),
    # fractions
    ("Half the cast, 1/2 of it.", "Half the cast, one half of it."),
    ("3/4 of the plot and 2/3 of the time.", "three quarters of the plot and two thirds of the time."),
    ("It takes 1 1/2 hours.", "It takes one and a half hours."),
    ("A 4½ star film.", "A four and a half star film."),
    ("Open 24/7.", "Open twenty-four seven."),
    # addresses
    ("More at https://example.com/reviews/the-long-road", "More at example dot com slash reviews slash the dash long dash road"),
    ("See https://www.example.org/x?ref=feed#top.", "See example dot org slash x."),
    ("Read it at example.com.", "Read it at example dot com."),
    ("Or www.example.net/reviews/.", "Or example dot net slash reviews."),
    ("Write to jo@example.org today.", "Write to jo at example dot org today."),
    # pauses
    ("It was — in a word — wonderful.", "It was, in a word, wonderful."),
    ("The ending–a twist–works.", "The ending, a twist, works."),
    ("It works - mostly.", "It works, mostly."),
    ("Wait... what?", "Wait, what?"),
    ("And then…", "And then"),
    ("The film (2019) is long.", "The film, twenty nineteen, is long."),
    ("It ends well (mostly).", "It ends well, mostly."),
    ("(Spoilers follow.)", "Spoilers follow."),
    ("Pages 10–12 matter.", "Pages ten to twelve matter."),
    # ordinary sentences stay natural
    ("The film is quiet and patient.", "The film is quiet and patient."),
    ("I watched it 2 times in one week.", "I watched it two times in one week."),
    ("Well-made, self-aware and never dull.", "Well-made, self-aware and never dull."),
    ("She shot it in 4K on a 3D rig.", "She shot it in 4K on a 3D rig."),
    ("A 12-year-old hero.", "A twelve-year-old hero."),
    ("Top 10 of 2023.", "Top ten of twenty twenty-three."),
    ("", ""),
]


@pytest.mark.parametrize("written,spoken", CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_normalise_table(written, spoken):
    assert say(written) == spoken


@pytest.mark.parametrize("written,spoken", CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_idempotent(written, spoken):
    assert say(spoken) == spoken


@pytest.mark.parametrize("y,words", [
    (1994, "nineteen ninety-four"), (2008, "two thousand eight"), (2019, "twenty nineteen"),
    (1905, "nineteen oh five"), (1900, "nineteen hundred"), (2000, "two thousand"),
    (1066, "ten sixty-six"), (2010, "twenty ten"),
])
def test_year_words(y, words):
    assert year(y) == words


def test_no_digits_or_symbols_left_in_a_busy_sentence():
    text = ("In 1999 the 3rd film (dir. A. Rowe) cost $4.5m, ran 2h 5m and scored 87% — "
            "a 7/10 from me, ★★★½ elsewhere, see example.com/r/12.")
    out = say(text)
    assert not any(ch.isdigit() for ch in out), out
    for sym in "$%★½()—/":
        assert sym not in out, (sym, out)


def test_other_language_keeps_words_and_says_numbers():
    out = say("Il y a 3 chansons — et (surtout) 12 acteurs.", "fr")
    assert out == "Il y a trois chansons, et, surtout, douze acteurs."
    assert say("I give it 9/10.", "en-GB") == "I give it nine out of ten."


def test_fast_enough():
    text = " ".join(c[0] for c in CASES)
    start = time.perf_counter()
    for _ in range(20):
        say(text)
    per_call = (time.perf_counter() - start) / 20
    assert per_call < 0.05, per_call


def test_long_sentences_are_cut_into_clause_pieces_for_piper():
    from audioreview.speech.piper_engine import PAUSE_CHARS, PIECE_CHARS, pieces

    short = "A short sentence, with a comma."
    assert pieces(short) == [short]
    clauses = ", ".join(f"clause number {i} of the long sentence here" for i in range(12)) + "."
    got = pieces(clauses)
    assert " ".join(got) == clauses  # nothing lost or reordered
    # 42 characters and a comma's pause a clause: three fit within the limit, four do not
    assert all(len(p) + PAUSE_CHARS * p.count(",") <= PIECE_CHARS for p in got) and len(got) == 4
    # A clause mark counts as the pause Piper makes there: a list of many short clauses is cut
    # where prose of the same length is not.
    prose = "The keepers walk the long harbour wall at dusk and the film follows them there without any hurry at all"
    listed = "The keepers, the wall, the dusk, the ferry, the bell, the gulls, the rain, the nets, the stairs, the lamp."
    assert len(pieces(prose + " and " + prose.lower(), 215)) == 1 and len(pieces(listed + " " + listed.lower(), 215)) == 2
    assert all(p.endswith((",", ".")) for p in got)  # cut at clause marks
    unbroken = " ".join(["word"] * 100)  # 499 characters, no clause mark
    assert [len(p.split()) for p in pieces(unbroken)] == [34, 34, 32]
