"""Small saved review pages for the furniture tests: one builder, so each test file
states only its own prose and what its page differs by (the work, the outlet, a
wrapper round the article's text)."""

from __future__ import annotations

from audioreview.readers import read_html


def review_page(article: str, *, work: str, outlet: str, lang: str = "en", head: str = "",
                wrapper: str | None = None) -> str:
    """A review page: ``<title>`` "<work> review | <outlet>", an ``<h1>``, then ``head``
    and the ``article`` HTML (inside ``<wrapper class='post-body'>`` when given)."""
    inner = f"<{wrapper} class='post-body'>{article}</{wrapper}>" if wrapper else article
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{work} review | {outlet}</title>"
            f"</head><body><main><article><h1>{work} review</h1>{head}{inner}</article></main></body></html>")


def body_text(html: str) -> str:
    """Every body block's text, as the narration reads it."""
    return " ".join(b.text for b in read_html(html, "t.html").body_blocks())
