"""The English labels the editions generate around the review's own text.

One place for them, so the EPUB (writers/epub_xhtml.py) and the web edition
(writers/web.py) say the same thing in the same words: the writers may not
import each other, both import this. The content note and the section notices
themselves are written by :mod:`audioreview.analysis.note` and live in the model.
"""

from __future__ import annotations

# -- the title page's details (EPUB title page, web page header)
CREATOR_LABEL = {
    "film": "Directed by",
    "book": "Written by",
    "tv": "Created by",
    "game": "Developed by",
}
CREATOR_FALLBACK = "By"
KIND_LABEL = {"film": "film", "book": "book", "tv": "TV series", "game": "game"}
WORK_REVIEWED = "Work reviewed"
REVIEW_BY = "Review by"
PUBLISHED_IN = "Published in"
DATE = "Date"
RATING = "Rating"
ORIGINAL_REVIEW = "Original review"

# -- the content note and section notices
NOTE_HEADING = "Content note"
NOTICE_LABEL = "Content notice"  # the accessible name of a section's notice
CONTINUE_TO_REVIEW = "Continue to the review"  # the EPUB's link at the end of the note
SKIP_NOTE = "Skip the content note"  # the web page's control at the start of the note

ABOUT_HEADING = "About this review"
