"""The time window a question covers (services/calendar/window.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from services.calendar.window import feed_window, moment, window
from services.core.errors import DomainError, ErrorCode, Problem

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _refusal(error: pytest.ExceptionInfo[DomainError]) -> Problem:
    (problem,) = error.value.problems
    assert problem.code is ErrorCode.BAD_USER_INPUT
    assert problem.field is None
    assert not problem.message.zh.isascii()
    return problem


def test_aware_bounds_pass_through_unchanged() -> None:
    start, end = datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=timezone.min)
    assert window(start, end) == (start, end)
    assert window(start, end)[1].tzinfo is timezone.min


def test_naive_bounds_are_read_in_shanghai() -> None:
    assert window(datetime(2027, 3, 1), datetime(2027, 3, 2)) == (
        datetime(2027, 3, 1, tzinfo=SHANGHAI),
        datetime(2027, 3, 2, tzinfo=SHANGHAI),
    )


@pytest.mark.parametrize(
    "end", [datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 3, 1, 7, 59, tzinfo=SHANGHAI)]
)
def test_end_must_be_after_start(end: datetime) -> None:
    with pytest.raises(DomainError) as raised:
        window(datetime(2027, 3, 1, tzinfo=UTC), end)
    assert _refusal(raised).message.en == "`to` must be after `from`."


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime(1969, 12, 31, 23, tzinfo=UTC), datetime(1970, 1, 2, tzinfo=UTC)),
        (datetime(2199, 12, 1, tzinfo=UTC), datetime(2200, 1, 1, 0, 0, 1, tzinfo=UTC)),
        (datetime(1970, 1, 1), datetime(1970, 1, 2)),  # Shanghai midnight is 1969 in UTC
        (datetime(1, 1, 1, tzinfo=timezone.max), datetime(2027, 1, 1, tzinfo=UTC)),
        (datetime(2027, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, tzinfo=timezone.min)),
    ],
)
def test_bounds_must_lie_between_1970_and_2200(start: datetime, end: datetime) -> None:
    with pytest.raises(DomainError) as raised:
        window(start, end)
    assert _refusal(raised).message.en == "`from` and `to` must lie between 1970 and 2200."


def test_1970_and_2200_themselves_are_allowed() -> None:
    start, end = datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)
    assert window(start, end) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-03-10", datetime(2027, 3, 10, tzinfo=SHANGHAI)),
        ("2027-03-10T09:30", datetime(2027, 3, 10, 9, 30, tzinfo=SHANGHAI)),
        ("2027-03-10T09:30:00Z", datetime(2027, 3, 10, 9, 30, tzinfo=UTC)),
        (
            "2027-03-10T09:30:00+02:00",
            datetime(2027, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_moment_reads_iso_8601_dates_and_times(text: str, expected: datetime) -> None:
    read = moment("from", text)
    assert read == expected
    assert read.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", ["yesterday", "", "2027-13-01", "10/03/2027"])
def test_moment_refuses_anything_else_naming_the_parameter(text: str) -> None:
    with pytest.raises(DomainError) as raised:
        moment("to", text)
    problem = _refusal(raised)
    assert problem.message.en == f"`to` must be an ISO 8601 date or time, not {text!r}."
    assert "`to`" in problem.message.zh


def test_a_feed_covers_30_days_back_to_a_year_ahead_in_whole_utc_days() -> None:
    today = datetime(2027, 3, 10, 15, 45, tzinfo=UTC)
    assert feed_window(today) == (
        datetime(2027, 2, 8, tzinfo=UTC),
        datetime(2028, 3, 9, tzinfo=UTC),
    )


def test_polls_within_one_utc_day_share_one_window() -> None:
    morning = datetime(2027, 3, 10, 8, 30, tzinfo=SHANGHAI)  # 00:30 UTC
    night = datetime(2027, 3, 11, 7, 59, tzinfo=SHANGHAI)  # 23:59 UTC
    assert feed_window(morning) == feed_window(night)
    assert feed_window(night) != feed_window(datetime(2027, 3, 11, 8, 0, tzinfo=SHANGHAI))


def test_given_feed_bounds_replace_the_defaults() -> None:
    today = datetime(2027, 3, 10, tzinfo=UTC)
    start, end = datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 3, 20, tzinfo=UTC)
    assert feed_window(today, start, end) == (start, end)
    assert feed_window(today, start) == (start, datetime(2028, 3, 9, tzinfo=UTC))
    assert feed_window(today, end=end) == (datetime(2027, 2, 8, tzinfo=UTC), end)


def test_given_feed_bounds_are_checked() -> None:
    with pytest.raises(DomainError) as raised:
        feed_window(datetime(2027, 3, 10, tzinfo=UTC), end=datetime(2027, 1, 1, tzinfo=UTC))
    assert _refusal(raised).message.en == "`to` must be after `from`."
