"""The RFC 5545 writer of the published feeds (services/feeds/ics.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import pytest

from services.feeds.ics import PRODID, FeedEvent, render_calendar, render_event

SHANGHAI = ZoneInfo("Asia/Shanghai")
EVENT = FeedEvent(
    uid="session-1@civical",
    sequence=3,
    status="CONFIRMED",
    title="增值税留抵退税政策解读会",
    description="第一行\n第二行",
    start=datetime(2027, 3, 5, 9, 30, tzinfo=SHANGHAI),
    end=datetime(2027, 3, 5, 11, 0, tzinfo=SHANGHAI),
    location="石湾镇政务服务中心",
    url="https://tax.example.org/sessions/1",
    categories=("增值税", "manufacturing"),
    organizer=("税务局", "mailto:tax@example.org"),
    last_modified=datetime(2027, 1, 2, 8, 0, tzinfo=SHANGHAI),
    related_to=None,
)


def _event(**changes: Any) -> FeedEvent:
    return replace(EVENT, **changes)


def _physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[: -len(b"\r\n")].split(b"\r\n")


def _content_lines(data: bytes) -> list[str]:
    """The unfolded content lines (RFC 5545 3.1)."""
    return data.replace(b"\r\n ", b"").decode().removesuffix("\r\n").split("\r\n")


def _property(data: bytes, name: str) -> list[str]:
    """The values of every content line named ``name`` (without parameters)."""
    return [line.partition(":")[2] for line in _content_lines(data) if line.split(":")[0] == name]


def _parsed_events(data: bytes) -> list[icalendar.Component]:
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    return list(calendar.walk("VEVENT"))


def _value(component: icalendar.Component, name: str) -> Any:
    """A parsed property, untyped: icalendar types it as a union of every value class."""
    value: Any = component[name]
    return value


def _feed(*events: FeedEvent) -> bytes:
    return render_calendar("税务局", [render_event(event) for event in events])


def test_every_line_ends_with_crlf() -> None:
    data = _feed(_event(description="one\ntwo\r\nthree\rfour"), _event(uid="second"))
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert data.count(b"\r") == data.count(b"\r\n")


@pytest.mark.parametrize("character", ["a", "é", "增", "😀"])
def test_lines_fold_at_75_octets_without_splitting_a_character(character: str) -> None:
    for length in range(60, 140):
        title = character * length
        lines = _physical_lines(render_event(_event(title=title)))
        for line in lines:
            assert len(line) <= 75
            line.decode()  # a folded line never ends or starts inside a UTF-8 sequence
        summary = next(i for i, line in enumerate(lines) if line.startswith(b"SUMMARY:"))
        folded = [summary]
        while lines[folded[-1] + 1].startswith(b" "):
            folded.append(folded[-1] + 1)
        assert b"".join(lines[i].removeprefix(b" ") for i in folded).decode() == f"SUMMARY:{title}"


def test_a_line_of_exactly_75_octets_is_not_folded() -> None:
    assert b"\r\nSUMMARY:" + b"a" * 67 + b"\r\n" in render_event(_event(title="a" * 67))
    assert b"\r\nSUMMARY:" + b"a" * 67 + b"\r\n a\r\n" in render_event(_event(title="a" * 68))


def test_continuation_lines_hold_74_octets_after_the_space() -> None:
    lines = _physical_lines(render_event(_event(title="a" * 300)))
    start = next(i for i, line in enumerate(lines) if line.startswith(b"SUMMARY:"))
    assert [len(line) for line in lines[start : start + 5]] == [75, 75, 75, 75, 12]
    assert all(line.startswith(b" a") for line in lines[start + 1 : start + 5])
    assert not lines[start + 5].startswith(b" ")


def test_text_escapes_backslashes_semicolons_commas_and_newlines() -> None:
    data = render_event(_event(title="a,b;c\\d\ne", location="x;y,z"))
    assert _property(data, "SUMMARY") == ["a\\,b\\;c\\\\d\\ne"]
    assert _property(data, "LOCATION") == ["x\\;y\\,z"]


def test_carriage_returns_are_dropped_and_control_characters_stripped() -> None:
    data = render_event(_event(description="one\r\ntwo\x00\x07\x1b\x7f three\ttab\rend"))
    assert _property(data, "DESCRIPTION") == ["one\\ntwo three\ttabend"]


def test_text_round_trips_through_icalendar() -> None:
    title = 'Tax, VAT; and \\ "quotes"\nsecond line ' + "长" * 40
    (parsed,) = _parsed_events(_feed(_event(title=title, location="石湾镇, 龙江镇; 二楼")))
    assert str(parsed["SUMMARY"]) == title
    assert str(parsed["LOCATION"]) == "石湾镇, 龙江镇; 二楼"
    assert str(parsed["DESCRIPTION"]) == "第一行\n第二行"


def test_urls_are_not_text_escaped() -> None:
    data = render_event(_event(url="https://example.org/a,b;c?x=1&y=中 文"))
    assert _property(data, "URL") == ["https://example.org/a,b;c?x=1&y=%E4%B8%AD%20%E6%96%87"]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JAVASCRIPT:alert(1)",
        "data:text/html,<b>x</b>",
        "ftp://example.org/file",
        "example.org/no-scheme",
        "\x00\r\n",
    ],
)
def test_urls_with_other_schemes_are_left_out(url: str) -> None:
    assert _property(render_event(_event(url=url)), "URL") == []


@pytest.mark.parametrize("url", ["http://example.org/", "HTTPS://example.org/", "mailto:a@b.org"])
def test_http_https_and_mailto_urls_are_kept(url: str) -> None:
    assert _property(render_event(_event(url=url)), "URL") == [url]


def test_a_line_break_in_a_url_cannot_start_a_property() -> None:
    data = render_event(_event(url="https://example.org/\r\nATTENDEE:mailto:x@example.org"))
    assert _property(data, "URL") == ["https://example.org/ATTENDEE:mailto:x@example.org"]
    assert _property(data, "ATTENDEE") == []


def test_a_uid_cannot_inject_a_second_event() -> None:
    uid = "real\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected"
    data = _feed(_event(uid=uid))
    assert [line for line in _content_lines(data) if line == "BEGIN:VEVENT"] == ["BEGIN:VEVENT"]
    assert _property(data, "UID") == ["real\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:injected"]
    (parsed,) = _parsed_events(data)
    assert str(parsed["UID"]) == "real\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected"


def test_a_title_cannot_add_properties() -> None:
    data = render_event(_event(title="x\r\nDTSTART:19700101T000000Z\nSTATUS:CANCELLED"))
    assert _property(data, "DTSTART") == ["20270305T013000Z"]
    assert _property(data, "STATUS") == ["CONFIRMED"]


def test_the_feed_parses_with_icalendar() -> None:
    data = _feed(EVENT, _event(uid="session-2@civical", title="安全生产责任制培训"))
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    assert str(calendar["PRODID"]) == PRODID
    first, second = _parsed_events(data)
    assert str(first["UID"]) == "session-1@civical"
    assert str(second["SUMMARY"]) == "安全生产责任制培训"
    assert _value(first, "DTSTART").dt == datetime(2027, 3, 5, 1, 30, tzinfo=UTC)
    assert _value(first, "DTEND").dt == datetime(2027, 3, 5, 3, 0, tzinfo=UTC)
    assert first["SEQUENCE"] == 3
    assert str(first["STATUS"]) == "CONFIRMED"
    assert str(first["URL"]) == "https://tax.example.org/sessions/1"
    assert [str(c) for c in _value(first, "CATEGORIES").cats] == ["增值税", "manufacturing"]
    assert str(first["ORGANIZER"]) == "mailto:tax@example.org"
    assert _value(first, "ORGANIZER").params["CN"] == "税务局"
    assert "RELATED-TO" not in first


def test_dtstamp_and_last_modified_are_the_last_modification_in_utc() -> None:
    data = render_event(EVENT)
    assert _property(data, "DTSTAMP") == ["20270102T000000Z"]
    assert _property(data, "LAST-MODIFIED") == ["20270102T000000Z"]
    (parsed,) = _parsed_events(render_calendar("x", [data]))
    assert _value(parsed, "DTSTAMP").dt == datetime(2027, 1, 2, tzinfo=UTC)


def test_an_unchanged_event_renders_to_the_same_bytes() -> None:
    assert render_event(EVENT) == render_event(_event())


def test_times_are_written_in_utc_without_fractions_of_a_second() -> None:
    data = render_event(_event(start=datetime(2027, 3, 5, 9, 30, 15, 500_000, tzinfo=SHANGHAI)))
    assert _property(data, "DTSTART") == ["20270305T013015Z"]


def test_dtend_is_left_out_when_the_event_lasts_no_time() -> None:
    data = render_event(_event(end=EVENT.start))
    assert _property(data, "DTEND") == []
    assert _property(data, "DTSTART") == ["20270305T013000Z"]


def test_a_merged_session_is_published_as_cancelled_and_related_to_its_survivor() -> None:
    data = render_event(_event(related_to="survivor@civical"))
    assert _property(data, "STATUS") == ["CANCELLED"]
    assert _property(data, "RELATED-TO") == ["survivor@civical"]


def test_empty_optional_properties_are_left_out() -> None:
    data = render_event(
        _event(description=None, location="\x00", url=None, categories=(), organizer=None)
    )
    names = [line.split(":")[0].split(";")[0] for line in _content_lines(data)]
    assert names == [
        "BEGIN", "UID", "DTSTAMP", "SEQUENCE", "STATUS", "DTSTART", "DTEND", "SUMMARY",
        "LAST-MODIFIED", "END",
    ]  # fmt: skip


def test_organizer_common_name_is_quoted_and_rfc_6868_escaped() -> None:
    data = render_event(_event(organizer=('Tax "Bureau"\n^ North', "mailto:tax@example.org")))
    lines = [line for line in _content_lines(data) if line.startswith("ORGANIZER")]
    assert lines == ["ORGANIZER;CN=\"Tax ^'Bureau^' ^^ North\":mailto:tax@example.org"]
    (parsed,) = _parsed_events(render_calendar("x", [data]))
    assert _value(parsed, "ORGANIZER").params["CN"] == 'Tax "Bureau" ^ North'


def test_organizer_without_a_name_has_no_common_name() -> None:
    data = render_event(_event(organizer=("\x00 ", "https://tax.example.org/")))
    assert [line for line in _content_lines(data) if line.startswith("ORGANIZER")] == [
        "ORGANIZER:https://tax.example.org/"
    ]


def test_organizer_with_another_scheme_is_left_out() -> None:
    data = render_event(_event(organizer=("Tax", "javascript:alert(1)")))
    assert not any(line.startswith("ORGANIZER") for line in _content_lines(data))


def test_categories_are_one_list_with_each_item_escaped() -> None:
    data = render_event(_event(categories=("a,b", "", "\x00", "c;d")))
    assert _property(data, "CATEGORIES") == ["a\\,b,c\\;d"]
    (parsed,) = _parsed_events(render_calendar("x", [data]))
    assert [str(c) for c in _value(parsed, "CATEGORIES").cats] == ["a,b", "c;d"]


@pytest.mark.parametrize(
    "changes",
    [
        {"start": datetime(2027, 3, 5, 9, 30)},
        {"end": datetime(2027, 3, 5, 11, 0)},
        {"last_modified": datetime(2027, 1, 2)},
        {"status": "TENTATIVE"},
        {"sequence": -1},
        {"uid": " \r\n\x00\t "},
    ],
)
def test_feed_event_refuses_programming_errors(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"FeedEvent\."):
        _event(**changes)


def test_calendar_header_names_the_feed_and_its_display_zone() -> None:
    data = render_calendar(
        "税务局, 石湾镇", [], timezone="Europe/Berlin", refresh=timedelta(hours=2)
    )
    assert _content_lines(data) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "NAME:税务局\\, 石湾镇",
        "X-WR-CALNAME:税务局\\, 石湾镇",
        "X-WR-TIMEZONE:Europe/Berlin",
        "REFRESH-INTERVAL;VALUE=DURATION:PT2H",
        "X-PUBLISHED-TTL:PT2H",
        "END:VCALENDAR",
    ]


def test_calendar_joins_rendered_events_verbatim_and_in_order() -> None:
    first, second = render_event(EVENT), render_event(_event(uid="session-2@civical"))
    data = render_calendar("x", [first, second])
    assert first + second + b"END:VCALENDAR\r\n" in data
    assert [str(event["UID"]) for event in _parsed_events(data)] == [
        "session-1@civical",
        "session-2@civical",
    ]


@pytest.mark.parametrize(
    ("refresh", "expected"),
    [
        (timedelta(hours=1), "PT1H"),
        (timedelta(minutes=30), "PT30M"),
        (timedelta(seconds=45), "PT45S"),
        (timedelta(minutes=1, seconds=30), "PT1M30S"),
        (timedelta(hours=1, seconds=5), "PT1H0M5S"),
        (timedelta(days=1), "P1D"),
        (timedelta(days=1, minutes=30), "P1DT30M"),
        (timedelta(days=2, hours=3, minutes=4, seconds=5), "P2DT3H4M5S"),
    ],
)
def test_refresh_is_an_rfc_5545_duration(refresh: timedelta, expected: str) -> None:
    data = render_calendar("x", [], refresh=refresh)
    assert _property(data, "X-PUBLISHED-TTL") == [expected]
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    assert _value(calendar, "REFRESH-INTERVAL").dt == refresh


@pytest.mark.parametrize(
    "refresh", [timedelta(0), timedelta(seconds=-60), timedelta(milliseconds=1500)]
)
def test_refresh_must_be_a_positive_whole_number_of_seconds(refresh: timedelta) -> None:
    with pytest.raises(ValueError, match="refresh"):
        render_calendar("x", [], refresh=refresh)


def test_an_unknown_display_zone_fails_loudly() -> None:
    with pytest.raises(ZoneInfoNotFoundError):
        render_calendar("x", [], timezone="Mars/Olympus_Mons")
