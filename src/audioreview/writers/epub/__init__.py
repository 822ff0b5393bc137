"""The EPUB 3 edition: one package, since its parts only make sense together.

``book.py`` assembles the book (``write_epub``); ``anthology.py`` one book of
many reviews (``write_anthology``); ``xhtml.py`` writes the content
documents; ``smil.py`` the media overlays; ``meta.py`` the identifiers, dates
and accessibility metadata.
"""

from .anthology import AnthologyEntry, AnthologyOptions, write_anthology, write_anthology_into
from .book import MAX_WORDS_PER_DOCUMENT, EpubOptions, write_epub, write_epub_into

__all__ = ["MAX_WORDS_PER_DOCUMENT", "AnthologyEntry", "AnthologyOptions", "EpubOptions", "write_anthology",
           "write_anthology_into", "write_epub", "write_epub_into"]
