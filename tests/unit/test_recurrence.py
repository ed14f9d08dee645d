"""Occurrences of posted series (services/postings/recurrence.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from services.postings.recurrence import RecurrenceError, expand

BERLIN = ZoneInfo("Europe/Berlin")
SHANGHAI = ZoneInfo("Asia/Shanghai")
FAR = datetime(2030, 1, 1, tzinfo=UTC)


def _expand(rule: str, **changes: Any) -> list[tuple[datetime, datetime]]:
    arguments: dict[str, Any] = {
        "start": datetime(2027, 3, 1, 9, 30),
        "end": datetime(2027, 3, 1, 11, 0),
        "zone": "Asia/Shanghai",
        "horizon_end": FAR,
    }
    return expand(rule, **(arguments | changes))


def _starts(occurrences: list[tuple[datetime, datetime]]) -> list[str]:
    return [start.isoformat() for start, _ in occurrences]


def test_a_weekly_session_keeps_its_wall_clock_time_across_dst() -> None:
    occurrences = _expand(
        "FREQ=WEEKLY;COUNT=4",
        start=datetime(2027, 3, 20, 9, 30),
        end=datetime(2027, 3, 20, 11, 0),
        zone="Europe/Berlin",
    )
    assert _starts(occurrences) == [
        "2027-03-20T09:30:00+01:00",
        "2027-03-27T09:30:00+01:00",
        "2027-04-03T09:30:00+02:00",
        "2027-04-10T09:30:00+02:00",
    ]
    assert [end.isoformat() for _, end in occurrences] == [
        "2027-03-20T11:00:00+01:00",
        "2027-03-27T11:00:00+01:00",
        "2027-04-03T11:00:00+02:00",
        "2027-04-10T11:00:00+02:00",
    ]
    assert all(start.tzinfo == BERLIN for start, _ in occurrences)


def test_aware_times_are_converted_to_the_series_zone() -> None:
    occurrences = _expand(
        "FREQ=DAILY;COUNT=2",
        start=datetime(2027, 3, 1, 1, 30, tzinfo=UTC),
        end=datetime(2027, 3, 1, 3, 0, tzinfo=UTC),
    )
    assert occurrences == [
        (datetime(2027, 3, 1, 9, 30, tzinfo=SHANGHAI), datetime(2027, 3, 1, 11, tzinfo=SHANGHAI)),
        (datetime(2027, 3, 2, 9, 30, tzinfo=SHANGHAI), datetime(2027, 3, 2, 11, tzinfo=SHANGHAI)),
    ]


def test_every_occurrence_lasts_as_long_as_the_first() -> None:
    occurrences = _expand("FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12")
    assert {end - start for start, end in occurrences} == {timedelta(minutes=90)}
    assert len(occurrences) == 12


def test_exdates_are_left_out_whether_naive_or_aware() -> None:
    occurrences = _expand(
        "FREQ=DAILY;COUNT=5",
        exdates=[datetime(2027, 3, 2, 9, 30), datetime(2027, 3, 4, 1, 30, tzinfo=UTC)],
    )
    assert _starts(occurrences) == [
        "2027-03-01T09:30:00+08:00",
        "2027-03-03T09:30:00+08:00",
        "2027-03-05T09:30:00+08:00",
    ]


def test_an_exdate_at_another_time_of_day_excludes_nothing() -> None:
    assert len(_expand("FREQ=DAILY;COUNT=3", exdates=[datetime(2027, 3, 2, 10, 0)])) == 3


def test_the_horizon_end_is_inclusive() -> None:
    occurrences = _expand("FREQ=DAILY", horizon_end=datetime(2027, 3, 3, 9, 30, tzinfo=SHANGHAI))
    assert _starts(occurrences)[-1] == "2027-03-03T09:30:00+08:00"
    assert len(occurrences) == 3


def test_a_naive_horizon_is_read_in_the_series_zone() -> None:
    occurrences = _expand("FREQ=DAILY", horizon_end=datetime(2027, 3, 3, 9, 29))
    assert len(occurrences) == 2


def test_occurrences_past_the_limit_are_dropped() -> None:
    assert len(_expand("FREQ=DAILY")) == 500
    assert _starts(_expand("FREQ=DAILY", limit=3)) == [
        "2027-03-01T09:30:00+08:00",
        "2027-03-02T09:30:00+08:00",
        "2027-03-03T09:30:00+08:00",
    ]


def test_excluded_occurrences_do_not_count_towards_the_limit() -> None:
    occurrences = _expand("FREQ=DAILY", limit=2, exdates=[datetime(2027, 3, 1, 9, 30)])
    assert _starts(occurrences) == ["2027-03-02T09:30:00+08:00", "2027-03-03T09:30:00+08:00"]


@pytest.mark.parametrize(
    "rule", ["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", "  freq=weekly;byday=tu,th;count=4  "]
)
def test_a_rule_may_carry_its_property_name_and_any_case(rule: str) -> None:
    assert _starts(_expand(rule)) == [
        "2027-03-02T09:30:00+08:00",
        "2027-03-04T09:30:00+08:00",
        "2027-03-09T09:30:00+08:00",
        "2027-03-11T09:30:00+08:00",
    ]


def test_until_in_utc_is_honoured() -> None:
    assert len(_expand("FREQ=DAILY;UNTIL=20270303T013000Z")) == 3


@pytest.mark.parametrize(
    ("rule", "english"),
    [
        ("FREQ=MINUTELY", "Sessions repeat at most hourly: FREQ=SECONDLY and MINUTELY, BYSECOND and several BYMINUTE values are refused."),
        ("freq=secondly;bymonthday=31;bymonth=2", "Sessions repeat at most hourly: FREQ=SECONDLY and MINUTELY, BYSECOND and several BYMINUTE values are refused."),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL must be a whole number of at least 1."),
        ("FREQ=DAILY;INTERVAL=-1", "INTERVAL must be a whole number of at least 1."),
        ("FREQ=DAILY;INTERVAL=two", "INTERVAL must be a whole number of at least 1."),
        ("", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
        ("RRULE:", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
        ("FREQ=DAILY\r\nRRULE:FREQ=HOURLY", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
        ("FREQ=FORTNIGHTLY", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
        ("FREQ=WEEKLY;BYDAY=XX", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
        ("FREQ=DAILY;COUNT=many", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
        ("BEGIN:VEVENT", "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10."),
    ],
)  # fmt: skip
def test_refused_rules_say_why_in_both_languages(rule: str, english: str) -> None:
    with pytest.raises(RecurrenceError) as raised:
        _expand(rule)
    assert raised.value.message.en == english
    assert str(raised.value) == english
    assert raised.value.message.zh
    assert not raised.value.message.zh.isascii()


@pytest.mark.parametrize(
    ("changes", "english"),
    [
        ({"zone": "Mars/Olympus_Mons"}, "'Mars/Olympus_Mons' is not an IANA time zone."),
        ({"end": datetime(2027, 3, 1, 9, 30)}, "The first occurrence must end after it starts."),
        ({"end": datetime(2027, 3, 1, 8, 0)}, "The first occurrence must end after it starts."),
    ],
)
def test_a_bad_zone_or_first_occurrence_is_refused(changes: dict[str, Any], english: str) -> None:
    with pytest.raises(RecurrenceError) as raised:
        _expand("FREQ=DAILY;COUNT=2", **changes)
    assert raised.value.message.en == english
    assert not raised.value.message.zh.isascii()


def test_a_recurrence_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="IANA"):
        _expand("FREQ=DAILY", zone="Nowhere")


def test_a_first_occurrence_spanning_a_dst_change_is_returned_as_posted() -> None:
    start = datetime(2027, 3, 28, 1, 0, tzinfo=BERLIN)
    end = datetime(2027, 3, 28, 4, 0, tzinfo=BERLIN)  # two hours: 02:00 does not exist
    occurrences = _expand("FREQ=WEEKLY;COUNT=2", start=start, end=end, zone="Europe/Berlin")
    assert occurrences[0] == (start, end)
    assert {b.astimezone(UTC) - a.astimezone(UTC) for a, b in occurrences} == {timedelta(hours=2)}


@pytest.mark.parametrize(
    "rule", ["FREQ=HOURLY;BYMINUTE=0,30;COUNT=4", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0,10,20;COUNT=3"]
)
def test_sub_hourly_rules_written_with_byminute_are_refused(rule: str) -> None:
    with pytest.raises(RecurrenceError):
        _expand(rule)
