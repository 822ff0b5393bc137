"""One reading of dates for every reader and writer, and one clock format."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from audioreview.dates import clock
from audioreview.dates import as_datetime, iso_date, real_date, w3c_date


@pytest.mark.parametrize("value,expected", [
    ("2024-03-05", "2024-03-05"), ("2024-03-05T10:30:00Z", "2024-03-05"), (" 2024-03-05 ", "2024-03-05"),
    ("2024-03", None), ("2024", None), ("2024-02-30", None), ("0999-01-01", None), ("5 March 2024", None),
    ("", None), (None, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("2024-03", "2024-03"), ("2024", "2024"), ("2024-13", None), ("2024-03-05T23:59:59+02:00", "2024-03-05"),
])
def test_w3c_date_keeps_partial_dates(value, expected):
    assert w3c_date(value) == expected


def test_as_datetime_is_aware_and_refuses_impossible_dates():
    assert as_datetime("2024-03-05") == datetime(2024, 3, 5, tzinfo=timezone.utc)
    assert as_datetime("2024-03-05T10:00:00Z") == datetime(2024, 3, 5, 10, tzinfo=timezone.utc)
    assert as_datetime("2024-03-05T10:00:00+02:00").utcoffset().total_seconds() == 7200
    assert as_datetime("2024-02-30") is None and as_datetime("someday") is None and as_datetime(None) is None


def test_real_date():
    assert real_date(2024, 2, 29) and not real_date(2023, 2, 29) and not real_date(2024, 4, 31)


@pytest.mark.parametrize("seconds,args,expected", [
    (0, {}, "00:00:00.000"), (3723.4567, {}, "01:02:03.457"), (59.9996, {}, "00:01:00.000"),
    (3723.4567, {"separator": ","}, "01:02:03.457".replace(".", ",")), (3723.4567, {"hour_digits": 1}, "1:02:03.457"),
    (-0.2, {}, "00:00:00.000"),
])
def test_clock(seconds, args, expected):
    assert clock(seconds, **args) == expected
