"""Dates and times, read and written one way everywhere.

The model keeps a review's date as ISO 8601 text (``YYYY-MM-DD``, or a partial
``YYYY``/``YYYY-MM``; a date-time keeps its time). Readers turn what they find
into that with :func:`iso_date`; writers turn it into what their format wants:
:func:`w3c_date` for the EPUB's ``dc:date``, :func:`as_datetime` for the feed's
RFC 822 dates. Impossible dates (``2025-02-30``) are never accepted. Times in
the audio are written by :func:`clock` (captions, SMIL) and :func:`short_clock`
(durations shown to people).
"""

from __future__ import annotations

import datetime as _dt
import re

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?\s*$")


def _parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO date or date-time prefix that names a real
    calendar date (year 1000 or later), else None."""
    match = _ISO.match(value or "")
    if not match:
        return None
    year, month, day = (int(x) if x else None for x in match.groups())
    try:
        _dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return (year, month, day) if year >= 1000 else None


def real_date(year: int, month: int, day: int) -> bool:
    """Whether the numbers name a day of the calendar."""
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or date-time (``2024-03-05T10:00Z`` ->
    ``2024-03-05``); None when it does not start with a full, real date."""
    parts = _parts(value)
    if parts is None or parts[2] is None:
        return None
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def w3c_date(value: str | None) -> str | None:
    """The date as W3CDTF (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or None."""
    parts = _parts(value)
    if parts is None:
        return None
    year, month, day = parts
    return "-".join(x for x in (f"{year:04d}", month and f"{month:02d}", day and f"{day:02d}") if x)


def as_datetime(value: str | None) -> _dt.datetime | None:
    """An ISO date or date-time as an aware datetime (UTC when no zone is given,
    midnight for a date); None when it is not one."""
    raw = (value or "").strip()
    if not raw:
        return None
    try:
        stamp = _dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        day = iso_date(raw)
        if day is None:
            return None
        stamp = _dt.datetime.fromisoformat(day)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=_dt.timezone.utc)


def clock(seconds: float, separator: str = ".", hour_digits: int = 2) -> str:
    """``HH:MM:SS.mmm``, rounded to the millisecond: WebVTT as it is, SubRip with
    ``separator=","``, a SMIL clock value with ``hour_digits=1`` (``H:MM:SS.mmm``)."""
    ms = max(0, int(round(seconds * 1000)))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:0{hour_digits}d}:{m:02d}:{s:02d}{separator}{ms:03d}"


def short_clock(seconds: float) -> str:
    """A duration for people: ``0:05``, ``4:15``, ``1:02:03`` (whole seconds)."""
    s = max(0, int(round(seconds)))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
