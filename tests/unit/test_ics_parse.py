"""Reading departments' ICS feeds (services/imports/parse.py and services/imports/zones.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from services.core.errors import Message
from services.imports.parse import (
    MAX_OCCURRENCES_PER_SERIES,
    UNTITLED,
    ImportedEvent,
    ParseResult,
    Problem,
    parse_calendar,
)
from services.imports.zones import iana_zone

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ics"
SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HORIZON_START = datetime(2027, 1, 1, tzinfo=UTC)
HORIZON_END = datetime(2028, 1, 1, tzinfo=UTC)
NOT_ICALENDAR_EVENT = Message(
    "Event left out: it is not valid iCalendar.", "活动未导入：它不是有效的 iCalendar 内容。"
)


def _vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def _vtimezone(tzid: str, offset: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:STANDARD", "END:VTIMEZONE",
    ]  # fmt: skip


def _feed(*components: list[str], head: Sequence[str] = ()) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//civical//tests//EN", *head]
    lines += [line for component in components for line in component]
    return "\r\n".join([*lines, "END:VCALENDAR", ""]).encode()


def _parse(
    data: bytes,
    *,
    default_zone: str = "Asia/Shanghai",
    horizon_start: datetime = HORIZON_START,
    horizon_end: datetime = HORIZON_END,
) -> ParseResult:
    return parse_calendar(
        data, default_zone=default_zone, horizon_start=horizon_start, horizon_end=horizon_end
    )


def _only(data: bytes, *, default_zone: str = "Asia/Shanghai") -> ImportedEvent:
    result = _parse(data, default_zone=default_zone)
    assert result.problems == []
    (event,) = result.events
    return event


def _times(event: ImportedEvent) -> tuple[datetime, datetime, str]:
    return event.start, event.end, event.timezone


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("China Standard Time", "Asia/Shanghai"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("/mozilla.org/20050126_1/Europe/Paris", "Europe/Paris"),
        (" /Asia/Shanghai/ ", "Asia/Shanghai"),
    ],
)
def test_iana_zone_reads_iana_windows_and_vendor_names(name: str, expected: str) -> None:
    assert iana_zone(name) == ZoneInfo(expected)


@pytest.mark.parametrize("name", ["Nowhere/Land", "", "(UTC-05:00) Eastern Time (US and Canada)"])
def test_iana_zone_of_an_unknown_name_is_none(name: str) -> None:
    assert iana_zone(name) is None


def test_a_windows_zone_name_becomes_its_iana_zone_keeping_the_wall_clock() -> None:
    event = _only(
        _feed(
            _vevent(
                "UID:outlook-1",
                "SUMMARY:Export control briefing",
                "DTSTART;TZID=W. Europe Standard Time:20270310T090000",
                "DTEND;TZID=W. Europe Standard Time:20270310T100000",
            )
        )
    )
    assert _times(event) == (
        datetime(2027, 3, 10, 9, tzinfo=BERLIN),
        datetime(2027, 3, 10, 10, tzinfo=BERLIN),
        "Europe/Berlin",
    )
    assert event.start.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("tzid", "zone"), [("Europe/Berlin", BERLIN), ("China Standard Time", SHANGHAI)]
)
def test_a_files_vtimezone_does_not_override_a_known_zone_name(tzid: str, zone: ZoneInfo) -> None:
    event = _only(
        _feed(
            _vtimezone(tzid, "+0500"),
            _vevent("UID:z", "SUMMARY:z", f"DTSTART;TZID={tzid}:20270310T090000"),
        )
    )
    assert event.start == datetime(2027, 3, 10, 9, tzinfo=zone)
    assert event.timezone == zone.key


def test_a_zone_known_only_from_the_files_vtimezone_is_shown_in_the_calendars_zone() -> None:
    event = _only(
        _feed(
            _vtimezone("Custom Zone", "+0500"),
            _vevent("UID:z", "SUMMARY:z", "DTSTART;TZID=Custom Zone:20270310T090000"),
        )
    )
    assert event.start == datetime(2027, 3, 10, 4, tzinfo=UTC)  # same instant
    assert _times(event) == (
        datetime(2027, 3, 10, 12, tzinfo=SHANGHAI),
        datetime(2027, 3, 10, 13, tzinfo=SHANGHAI),
        "Asia/Shanghai",
    )


def test_an_unknown_tzid_is_read_as_floating_and_reported_once() -> None:
    result = _parse(
        _feed(
            _vevent("UID:a", "SUMMARY:a", "DTSTART;TZID=Nowhere/Land:20270310T090000"),
            _vevent("UID:b", "SUMMARY:b", "DTSTART;TZID=Nowhere/Land:20270311T090000"),
        )
    )
    assert [event.start for event in result.events] == [
        datetime(2027, 3, 10, 9, tzinfo=SHANGHAI),
        datetime(2027, 3, 11, 9, tzinfo=SHANGHAI),
    ]
    assert result.problems == [
        Problem(
            None,
            Message(
                "TZID 'Nowhere/Land' is unknown; its times were read as floating.",
                "TZID 'Nowhere/Land' 无法识别，其时间按浮动时间读取。",
            ),
        )
    ]


def test_one_files_vtimezone_does_not_decide_how_another_file_is_read() -> None:
    _only(
        _feed(
            _vtimezone("Department Zone", "+0500"),
            _vevent("UID:a", "SUMMARY:a", "DTSTART;TZID=Department Zone:20270310T090000"),
        )
    )
    result = _parse(
        _feed(_vevent("UID:b", "SUMMARY:b", "DTSTART;TZID=Department Zone:20270310T090000"))
    )
    assert [event.start for event in result.events] == [datetime(2027, 3, 10, 9, tzinfo=SHANGHAI)]
    assert [problem.key for problem in result.problems] == [None]


def test_utc_times_are_shown_in_the_x_wr_timezone() -> None:
    event = _only(
        _feed(
            _vevent(
                "UID:g",
                "SUMMARY:noon in New York",
                "DTSTART:20271222T170000Z",
                "DTEND:20271222T180000Z",
            ),
            head=["X-WR-TIMEZONE:America/New_York"],
        )
    )
    assert _times(event) == (
        datetime(2027, 12, 22, 12, tzinfo=NEW_YORK),
        datetime(2027, 12, 22, 13, tzinfo=NEW_YORK),
        "America/New_York",
    )


def test_floating_times_are_read_in_the_x_wr_timezone() -> None:
    event = _only(
        _feed(
            _vevent("UID:f", "SUMMARY:f", "DTSTART:20270310T090000"),
            head=["X-WR-TIMEZONE:Europe/Berlin"],
        )
    )
    assert event.start == datetime(2027, 3, 10, 9, tzinfo=BERLIN)
    assert event.timezone == "Europe/Berlin"


def test_an_unknown_x_wr_timezone_is_reported_and_the_default_zone_used() -> None:
    result = _parse(
        _feed(
            _vevent("UID:u", "SUMMARY:u", "DTSTART:20270310T090000Z"),
            head=["X-WR-TIMEZONE:Mars/Olympus_Mons"],
        )
    )
    assert [_times(event)[0] for event in result.events] == [
        datetime(2027, 3, 10, 17, tzinfo=SHANGHAI)
    ]
    assert result.problems == [
        Problem(
            None,
            Message(
                "X-WR-TIMEZONE 'Mars/Olympus_Mons' is unknown; read in Asia/Shanghai.",
                "X-WR-TIMEZONE 'Mars/Olympus_Mons' 无法识别，按 Asia/Shanghai 读取。",
            ),
        )
    ]


def test_floating_times_are_read_in_the_default_zone() -> None:
    event = _only(
        _feed(_vevent("UID:f", "SUMMARY:f", "DTSTART:20270310T090000", "DTEND:20270310T103000")),
        default_zone="Europe/Berlin",
    )
    assert _times(event) == (
        datetime(2027, 3, 10, 9, tzinfo=BERLIN),
        datetime(2027, 3, 10, 10, 30, tzinfo=BERLIN),
        "Europe/Berlin",
    )


def test_utc_times_without_x_wr_timezone_are_shown_in_the_calendars_zone() -> None:
    event = _only(_feed(_vevent("UID:u", "SUMMARY:u", "DTSTART:20270310T090000Z")))
    assert event.start == datetime(2027, 3, 10, 17, tzinfo=SHANGHAI)
    assert event.timezone == "Asia/Shanghai"


def test_an_event_in_its_own_iana_zone_keeps_it() -> None:
    event = _only(
        _feed(_vevent("UID:n", "SUMMARY:n", "DTSTART;TZID=America/New_York:20270310T090000"))
    )
    assert (event.start, event.timezone) == (
        datetime(2027, 3, 10, 9, tzinfo=NEW_YORK),
        "America/New_York",
    )
    assert event.start.tzinfo == NEW_YORK


def test_an_all_day_event_runs_from_local_midnight_to_the_next() -> None:
    event = _only(_feed(_vevent("UID:d", "SUMMARY:d", "DTSTART;VALUE=DATE:20270310")))
    assert event.all_day is True
    assert _times(event) == (
        datetime(2027, 3, 10, tzinfo=SHANGHAI),
        datetime(2027, 3, 11, tzinfo=SHANGHAI),
        "Asia/Shanghai",
    )


def test_an_all_day_events_dtend_is_exclusive() -> None:
    event = _only(
        _feed(
            _vevent(
                "UID:d", "SUMMARY:d", "DTSTART;VALUE=DATE:20270310", "DTEND;VALUE=DATE:20270313"
            ),
            head=["X-WR-TIMEZONE:Europe/Berlin"],
        )
    )
    assert (event.start, event.end) == (
        datetime(2027, 3, 10, tzinfo=BERLIN),
        datetime(2027, 3, 13, tzinfo=BERLIN),
    )


def test_a_timed_event_is_not_all_day() -> None:
    assert _only(_feed(_vevent("UID:t", "SUMMARY:t", "DTSTART:20270310T090000Z"))).all_day is False


@pytest.mark.parametrize(
    "end",
    [[], ["DTEND:20270310T090000Z"]],
    ids=["no DTEND", "DTEND equal to DTSTART"],
)
def test_a_zero_length_event_lasts_one_hour(end: list[str]) -> None:
    event = _only(_feed(_vevent("UID:z", "SUMMARY:z", "DTSTART:20270310T090000Z", *end)))
    assert event.end - event.start == timedelta(hours=1)
    assert event.start == datetime(2027, 3, 10, 9, tzinfo=UTC)


def test_duration_stands_in_for_dtend() -> None:
    event = _only(
        _feed(_vevent("UID:d", "SUMMARY:d", "DTSTART:20270310T090000Z", "DURATION:PT90M"))
    )
    assert event.end - event.start == timedelta(minutes=90)


def test_an_event_ending_before_it_starts_is_left_out_with_a_problem() -> None:
    result = _parse(
        _feed(
            _vevent("UID:back", "SUMMARY:b", "DTSTART:20270310T090000Z", "DTEND:20270310T080000Z"),
            _vevent("UID:fine", "SUMMARY:f", "DTSTART:20270310T090000Z"),
        )
    )
    assert [event.key for event in result.events] == ["fine"]
    assert result.problems == [
        Problem(
            "back",
            Message(
                "Event left out: its end is before its start.", "活动未导入：它的结束早于开始。"
            ),
        )
    ]


def test_an_event_without_dtstart_is_left_out_with_a_problem() -> None:
    result = _parse(_feed(_vevent("UID:none", "SUMMARY:n")))
    assert result.events == []
    assert result.problems == [
        Problem(
            "none", Message("Event left out: it has no DTSTART.", "活动未导入：它没有 DTSTART。")
        )
    ]


def test_a_broken_event_is_reported_and_the_others_kept() -> None:
    result = _parse(
        _feed(
            _vevent("UID:good-1", "SUMMARY:one", "DTSTART:20270310T090000Z"),
            _vevent("UID:broken", "SUMMARY:broken", "DTSTART:notadate"),
            _vevent("UID:good-2", "SUMMARY:two", "DTSTART:20270311T090000Z"),
        )
    )
    assert result.readable is True
    assert [event.key for event in result.events] == ["good-1", "good-2"]
    assert result.problems == [Problem("broken", NOT_ICALENDAR_EVENT)]


def test_an_event_without_uid_gets_a_stable_synthesised_one() -> None:
    def key(summary: str) -> str:
        return _only(_feed(_vevent(f"SUMMARY:{summary}", "DTSTART:20270310T090000Z"))).key

    assert re.fullmatch("import-[0-9a-f]{32}", key("宣讲会"))
    assert key("宣讲会") == key("宣讲会")
    assert key("宣讲会") != key("培训会")


def test_a_recurring_series_applies_exdate_and_recurrence_id_overrides() -> None:
    result = _parse(
        _feed(
            _vevent(
                "UID:weekly",
                "SUMMARY:每周政策咨询门诊",
                "DTSTART;TZID=Asia/Shanghai:20270302T093000",
                "DTEND;TZID=Asia/Shanghai:20270302T103000",
                "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE;TZID=Asia/Shanghai:20270309T093000",
            ),
            _vevent(
                "UID:weekly",
                "RECURRENCE-ID;TZID=Asia/Shanghai:20270316T093000",
                "SUMMARY:每周政策咨询门诊（改期）",
                "DTSTART;TZID=Asia/Shanghai:20270317T140000",
                "DTEND;TZID=Asia/Shanghai:20270317T150000",
            ),
        )
    )
    assert result.problems == []
    assert [(e.key, e.title, e.start, e.end) for e in result.events] == [
        (
            "weekly|2027-03-02T01:30:00Z",
            "每周政策咨询门诊",
            datetime(2027, 3, 2, 9, 30, tzinfo=SHANGHAI),
            datetime(2027, 3, 2, 10, 30, tzinfo=SHANGHAI),
        ),
        (
            "weekly|2027-03-16T01:30:00Z",
            "每周政策咨询门诊（改期）",
            datetime(2027, 3, 17, 14, tzinfo=SHANGHAI),
            datetime(2027, 3, 17, 15, tzinfo=SHANGHAI),
        ),
        (
            "weekly|2027-03-23T01:30:00Z",
            "每周政策咨询门诊",
            datetime(2027, 3, 23, 9, 30, tzinfo=SHANGHAI),
            datetime(2027, 3, 23, 10, 30, tzinfo=SHANGHAI),
        ),
    ]


def test_a_weekly_series_keeps_its_wall_clock_time_across_dst() -> None:
    result = _parse(
        _feed(
            _vevent(
                "UID:dst",
                "SUMMARY:dst",
                "DTSTART;TZID=Europe/Berlin:20270320T093000",
                "DTEND;TZID=Europe/Berlin:20270320T103000",
                "RRULE:FREQ=WEEKLY;COUNT=3",
            )
        )
    )
    assert [(event.key, event.start.time().isoformat()) for event in result.events] == [
        ("dst|2027-03-20T08:30:00Z", "09:30:00"),
        ("dst|2027-03-27T08:30:00Z", "09:30:00"),
        ("dst|2027-04-03T07:30:00Z", "09:30:00"),
    ]


def test_an_all_day_series_is_keyed_by_date() -> None:
    result = _parse(
        _feed(
            _vevent(
                "UID:day",
                "SUMMARY:开放日",
                "DTSTART;VALUE=DATE:20270302",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;VALUE=DATE:20270309",
            )
        )
    )
    assert [(event.key, event.all_day) for event in result.events] == [
        ("day|2027-03-02", True),
        ("day|2027-03-16", True),
    ]


def test_only_occurrences_intersecting_the_horizon_are_read() -> None:
    result = _parse(
        _feed(
            _vevent("UID:before", "SUMMARY:b", "DTSTART:20261231T220000Z"),
            _vevent(
                "UID:across", "SUMMARY:a", "DTSTART:20261231T233000Z", "DTEND:20270101T003000Z"
            ),
            _vevent("UID:inside", "SUMMARY:i", "DTSTART:20270601T090000Z"),
            _vevent("UID:after", "SUMMARY:a", "DTSTART:20280102T000000Z"),
        )
    )
    assert [event.key for event in result.events] == ["across", "inside"]


@pytest.mark.parametrize(
    ("rule", "english", "chinese"),
    [
        ("FREQ=SECONDLY", "Event left out: its RRULE repeats up to 86400 times a day.", "活动未导入：它的 RRULE 每天重复多达 86400 次。"),
        ("FREQ=MINUTELY;INTERVAL=30", "Event left out: its RRULE repeats up to 48 times a day.", "活动未导入：它的 RRULE 每天重复多达 48 次。"),
        ("FREQ=DAILY;BYHOUR=9,10,11,12,13;BYMINUTE=0,10,20,30,40,50", "Event left out: its RRULE repeats up to 30 times a day.", "活动未导入：它的 RRULE 每天重复多达 30 次。"),
        ("FREQ=HOURLY;INTERVAL=0", "Event left out: its RRULE has an INTERVAL below 1.", "活动未导入：它的 RRULE 的 INTERVAL 小于 1。"),
    ],
)  # fmt: skip
def test_costly_rules_are_refused(rule: str, english: str, chinese: str) -> None:
    result = _parse(
        _feed(_vevent("UID:r", "SUMMARY:r", "DTSTART:20270310T090000Z", f"RRULE:{rule}"))
    )
    assert result.events == []
    assert result.problems == [Problem("r", Message(english, chinese))]


def test_a_rule_starting_long_before_the_horizon_is_refused() -> None:
    result = _parse(
        _feed(_vevent("UID:old", "SUMMARY:o", "DTSTART:19000101T000000Z", "RRULE:FREQ=HOURLY"))
    )
    assert result.problems == [
        Problem(
            "old",
            Message(
                "Event left out: its RRULE starts too long before the import horizon.",
                "活动未导入：它的 RRULE 开始得比导入范围早太多。",
            ),
        )
    ]


def test_an_hourly_rule_is_accepted() -> None:
    result = _parse(
        _feed(
            _vevent("UID:h", "SUMMARY:h", "DTSTART:20270310T090000Z", "RRULE:FREQ=HOURLY;COUNT=3")
        )
    )
    assert [event.start.hour for event in result.events] == [17, 18, 19]


def test_a_series_is_cut_after_its_first_occurrences() -> None:
    result = _parse(
        _feed(_vevent("UID:daily", "SUMMARY:d", "DTSTART:20270101T000000Z", "RRULE:FREQ=DAILY")),
        horizon_end=datetime(2031, 1, 1, tzinfo=UTC),
    )
    assert len(result.events) == MAX_OCCURRENCES_PER_SERIES
    assert result.events[-1].start == datetime(2027, 1, 1, 8, tzinfo=SHANGHAI) + timedelta(999)
    assert result.problems == [
        Problem(
            "daily",
            Message(
                "Series cut after its first occurrences in the horizon.",
                "重复活动只导入了导入范围内的前若干次。",
            ),
        )
    ]


def test_text_is_cleaned_like_posted_text() -> None:
    result = _parse(
        _feed(
            _vevent(
                "UID:t",
                "SUMMARY:" + "长" * 250,
                "DESCRIPTION:第一行\\n第二行\x01",
                "LOCATION:石湾镇\\n二楼",
                "STATUS:CANCELLED",
                "CATEGORIES:增值税,manufacturing,增值税",
                "CATEGORIES:retail",
                "URL:https://tax.example.org/1",
                "DTSTART:20270310T090000Z",
            )
        )
    )
    (event,) = result.events
    assert event.title == "长" * 199 + "…"
    assert event.description == "第一行\n第二行"
    assert event.location == "石湾镇 二楼"
    assert event.url == "https://tax.example.org/1"
    assert event.cancelled is True
    assert event.categories == ("增值税", "manufacturing", "retail")
    assert result.problems == [
        Problem("t", Message("SUMMARY cut to 200 characters.", "SUMMARY 被截短为 200 个字符。"))
    ]


def test_a_missing_title_is_noted() -> None:
    result = _parse(_feed(_vevent("UID:n", "DTSTART:20270310T090000Z")))
    assert [event.title for event in result.events] == [UNTITLED]
    assert result.problems == [
        Problem(
            "n",
            Message(f"No SUMMARY; titled {UNTITLED!r}.", f"没有 SUMMARY，标题记为 {UNTITLED!r}。"),
        )
    ]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "/relative/path", "ftp://example.org/", "https://"]
)
def test_a_url_that_is_not_http_is_left_out_and_noted(url: str) -> None:
    result = _parse(_feed(_vevent("UID:u", "SUMMARY:u", f"URL:{url}", "DTSTART:20270310T090000Z")))
    assert [event.url for event in result.events] == [None]
    assert result.problems == [
        Problem(
            "u",
            Message(
                "URL left out: not an http(s) URL within the limit.",
                "URL 未导入：不是长度限制内的 http(s) 网址。",
            ),
        )
    ]


def test_a_second_event_with_the_same_key_is_left_out() -> None:
    data = _feed(_vevent("UID:x", "SUMMARY:first", "DTSTART:20270310T090000Z")) + _feed(
        _vevent("UID:x", "SUMMARY:second", "DTSTART:20270311T090000Z")
    )
    result = _parse(data)
    assert [event.title for event in result.events] == ["first"]
    assert result.problems == [
        Problem(
            "x",
            Message(
                "Another event in the feed has the same key; left out.",
                "日历中另有一个活动使用同一标识，此活动未导入。",
            ),
        )
    ]


def test_a_byte_order_mark_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + _feed(_vevent("UID:bom", "SUMMARY:b", "DTSTART:20270310T090000Z"))
    assert _only(data).key == "bom"


def test_an_unreadable_file_says_nothing_about_its_events() -> None:
    result = _parse(b"this is not a calendar")
    assert result.readable is False
    assert result.events == []
    assert result.problems == [
        Problem(
            None,
            Message(
                "The file was not read: it is not valid iCalendar.",
                "文件未能读取：它不是有效的 iCalendar 内容。",
            ),
        )
    ]


def test_a_file_without_vcalendar_is_unreadable() -> None:
    result = _parse(b"BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270310T090000Z\r\nEND:VEVENT\r\n")
    no_calendar = Message("The file holds no VCALENDAR.", "文件中没有 VCALENDAR 日历。")
    assert result == ParseResult([], [Problem(None, no_calendar)], False)


def test_an_unknown_default_zone_is_a_caller_error() -> None:
    with pytest.raises(ValueError, match="default_zone"):
        _parse(_feed(), default_zone="Mars/Olympus_Mons")


def test_a_naive_horizon_is_a_caller_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        _parse(_feed(), horizon_start=datetime(2027, 1, 1))


def test_fixture_outlook_quoted_windows_tzid_with_rrule_and_exdates() -> None:
    result = _parse(
        (FIXTURES / "exchange__windows_quoted_tzid_rrule.ics").read_bytes(),
        horizon_start=datetime(2015, 1, 1, tzinfo=UTC),
        horizon_end=datetime(2016, 1, 1, tzinfo=UTC),
    )
    los_angeles = ZoneInfo("America/Los_Angeles")
    assert [event.start for event in result.events] == [
        datetime(2015, 7, day, 12, tzinfo=los_angeles) for day in (6, 7, 9, 11, 12, 13, 14, 15)
    ]
    assert result.problems == [
        Problem(
            None,
            Message(
                "TZID '(UTC-05:00) Eastern Time (US and Canada)' is unknown; "
                "its times were read as floating.",
                "TZID '(UTC-05:00) Eastern Time (US and Canada)' 无法识别，其时间按浮动时间读取。",
            ),
        )
    ]


def test_fixture_google_moved_occurrence() -> None:
    result = _parse(
        (FIXTURES / "google__moved_event_recurrence_id.ics").read_bytes(),
        horizon_start=datetime(2023, 1, 1, tzinfo=UTC),
        horizon_end=datetime(2024, 1, 1, tzinfo=UTC),
    )
    moved = {event.key: event for event in result.events}[
        "7v3ju5ft4je5iq18nfdk2s3spk@google.com|2023-08-15T04:00:00Z"
    ]
    assert moved.start == datetime(2023, 8, 14, 14, tzinfo=ZoneInfo("Australia/Sydney"))
    assert moved.timezone == "Australia/Sydney"


def test_fixture_one_broken_event_among_good_ones() -> None:
    result = _parse(
        (FIXTURES / "lanyrd__multi_event.ics").read_bytes(),
        horizon_start=datetime(2011, 1, 1, tzinfo=UTC),
        horizon_end=datetime(2012, 1, 1, tzinfo=UTC),
    )
    assert len(result.events) == 8
    assert result.problems == [Problem("sdfkf09fsd0", NOT_ICALENDAR_EVENT)]
