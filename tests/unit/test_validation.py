"""Checks and normalisation of posted events (services/core/validation.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from services.core.errors import DomainError, ErrorCode, Language
from services.core.validation import (
    DEFAULT_TIMEZONE,
    Collector,
    EventFields,
    RawEvent,
    clean_line,
    clean_text,
    storable,
    validate_department,
    validate_event,
    validate_external_id,
    within_range,
    zone,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
RAW = RawEvent(
    kind="TRAINING",
    title="增值税留抵退税政策解读会",
    description="政策要点",
    start=datetime(2027, 3, 10, 9, 30, tzinfo=SHANGHAI),
    end=datetime(2027, 3, 10, 11, 0, tzinfo=SHANGHAI),
    timezone="Asia/Shanghai",
    location="石湾镇政务服务中心",
    online_url="https://tax.example.org/live",
    topics=["增值税"],
    sectors=["manufacturing"],
    regions=["石湾镇"],
    capacity=80,
    registration_url="https://tax.example.org/register",
)


def _valid(**changes: Any) -> EventFields:
    return validate_event(replace(RAW, **changes))


def _refusals(**changes: Any) -> list[tuple[ErrorCode, list[str]]]:
    """Each problem's code and field path, as a client reads them."""
    with pytest.raises(DomainError) as raised:
        validate_event(replace(RAW, **changes))
    return [(problem.code, list(problem.field or ())) for problem in raised.value.problems]


def test_a_valid_event_comes_back_normalised() -> None:
    fields = _valid(
        kind="training",
        title="  Cafe\u0301 \x00briefing\r\n second line ",
        description=" one\r\ntwo\rthree\x07 ",
        location="  石湾镇\n二楼 ",
        topics=["增值税", " 增值税 ", "", "\x00", "出口"],
        regions=None,
    )
    assert fields == EventFields(
        kind="TRAINING",
        title="Café briefing second line",
        description="one\ntwo\nthree",
        start=datetime(2027, 3, 10, 9, 30, tzinfo=SHANGHAI),
        end=datetime(2027, 3, 10, 11, 0, tzinfo=SHANGHAI),
        timezone="Asia/Shanghai",
        location="石湾镇 二楼",
        online_url="https://tax.example.org/live",
        topics=["增值税", "出口"],
        sectors=["manufacturing"],
        regions=[],
        capacity=80,
        registration_url="https://tax.example.org/register",
    )


@pytest.mark.parametrize(
    ("changes", "code", "path"),
    [
        ({"kind": "PARTY"}, ErrorCode.INVALID, ["input", "kind"]),
        ({"kind": None}, ErrorCode.INVALID, ["input", "kind"]),
        ({"title": None}, ErrorCode.REQUIRED, ["input", "title"]),
        ({"title": " \r\n\x00 "}, ErrorCode.REQUIRED, ["input", "title"]),
        ({"title": "长" * 201}, ErrorCode.TOO_LONG, ["input", "title"]),
        ({"description": "长" * 10_001}, ErrorCode.TOO_LONG, ["input", "description"]),
        ({"timezone": "Mars/Olympus_Mons"}, ErrorCode.INVALID_TIMEZONE, ["input", "timezone"]),
        ({"start": None}, ErrorCode.REQUIRED, ["input", "start"]),
        ({"end": None}, ErrorCode.REQUIRED, ["input", "end"]),
        ({"end": RAW.start}, ErrorCode.END_BEFORE_START, ["input", "end"]),
        ({"end": datetime(2027, 3, 10, 9, tzinfo=SHANGHAI)}, ErrorCode.END_BEFORE_START, ["input", "end"]),
        ({"end": datetime(2027, 4, 10, 9, 30, 1, tzinfo=SHANGHAI)}, ErrorCode.INVALID, ["input", "end"]),
        ({"start": datetime(1969, 12, 31, 23, 59, tzinfo=UTC)}, ErrorCode.INVALID, ["input", "start"]),
        ({"end": datetime(2200, 1, 1, 0, 0, 1, tzinfo=UTC), "start": datetime(2199, 12, 31, tzinfo=UTC)}, ErrorCode.INVALID, ["input", "start"]),
        ({"location": "长" * 501}, ErrorCode.TOO_LONG, ["input", "location"]),
        ({"online_url": "ftp://tax.example.org/"}, ErrorCode.INVALID_URL, ["input", "onlineUrl"]),
        ({"online_url": "https://"}, ErrorCode.INVALID_URL, ["input", "onlineUrl"]),
        ({"online_url": "https://tax.example.org/a b"}, ErrorCode.INVALID_URL, ["input", "onlineUrl"]),
        ({"online_url": "https://tax.example.org/" + "a" * 2_000}, ErrorCode.TOO_LONG, ["input", "onlineUrl"]),
        ({"registration_url": "javascript:alert(1)"}, ErrorCode.INVALID_URL, ["input", "registrationUrl"]),
        ({"topics": [f"t{i}" for i in range(21)]}, ErrorCode.TOO_MANY, ["input", "topics"]),
        ({"topics": ["长" * 101]}, ErrorCode.TOO_LONG, ["input", "topics"]),
        ({"sectors": [f"s{i}" for i in range(51)]}, ErrorCode.TOO_MANY, ["input", "audience", "sectors"]),
        ({"sectors": ["s" * 101]}, ErrorCode.TOO_LONG, ["input", "audience", "sectors"]),
        ({"regions": [f"r{i}" for i in range(51)]}, ErrorCode.TOO_MANY, ["input", "audience", "regions"]),
        ({"regions": ["r" * 101]}, ErrorCode.TOO_LONG, ["input", "audience", "regions"]),
        ({"capacity": 0}, ErrorCode.INVALID, ["input", "capacity"]),
        ({"capacity": -5}, ErrorCode.INVALID, ["input", "capacity"]),
        ({"capacity": 1_000_001}, ErrorCode.INVALID, ["input", "capacity"]),
    ],
)  # fmt: skip
def test_each_refusal_names_its_code_and_field(
    changes: dict[str, Any], code: ErrorCode, path: list[str]
) -> None:
    assert _refusals(**changes) == [(code, path)]


def test_every_problem_is_reported_at_once() -> None:
    assert _refusals(
        kind="PARTY",
        title="",
        timezone="Nowhere",
        start=None,
        capacity=0,
        online_url="ftp://x",
        sectors=["s" * 101],
    ) == [
        (ErrorCode.INVALID, ["input", "kind"]),
        (ErrorCode.REQUIRED, ["input", "title"]),
        (ErrorCode.INVALID_TIMEZONE, ["input", "timezone"]),
        (ErrorCode.REQUIRED, ["input", "start"]),
        (ErrorCode.INVALID, ["input", "capacity"]),
        (ErrorCode.INVALID_URL, ["input", "onlineUrl"]),
        (ErrorCode.TOO_LONG, ["input", "audience", "sectors"]),
    ]


def test_every_problem_has_an_english_and_a_chinese_sentence() -> None:
    with pytest.raises(DomainError) as raised:
        validate_event(replace(RAW, kind=None, title=None, end=RAW.start, capacity=0))
    messages = [problem.message for problem in raised.value.problems]
    assert len(messages) == 4
    for message in messages:
        assert message.en
        assert message.en.isascii()
        assert not message.zh.isascii()
    assert str(raised.value) == "; ".join(message.en for message in messages)
    assert raised.value.problems[1].message.text(Language.ZH) == "title 不能为空。"


def test_the_field_path_starts_with_the_given_prefix() -> None:
    with pytest.raises(DomainError) as raised:
        validate_event(replace(RAW, sectors=["s" * 101]), prefix=("input", "events", "2"))
    assert [problem.field for problem in raised.value.problems] == [
        ("input", "events", "2", "audience", "sectors")
    ]


def test_limits_are_inclusive() -> None:
    fields = _valid(
        title="长" * 200,
        description="长" * 10_000,
        location="长" * 500,
        online_url="https://tax.example.org/" + "a" * (2_000 - 24),
        topics=[f"t{i}" for i in range(20)] + ["t0"],
        sectors=["s" * 100],
        capacity=1_000_000,
        end=datetime(2027, 4, 10, 9, 30, tzinfo=SHANGHAI),  # 31 days after the start
    )
    assert (len(fields.title), len(fields.topics), fields.capacity) == (200, 20, 1_000_000)
    assert (len(fields.description or ""), len(fields.location or "")) == (10_000, 500)
    assert fields.end - fields.start == timedelta(days=31)
    assert len(fields.online_url or "") == 2_000
    assert _valid(capacity=1).capacity == 1


def test_times_from_1970_to_2200_are_accepted() -> None:
    fields = _valid(start=datetime(1970, 1, 1, tzinfo=UTC), end=datetime(1970, 1, 1, 1, tzinfo=UTC))
    assert fields.start == datetime(1970, 1, 1, tzinfo=UTC)
    fields = _valid(
        start=datetime(2199, 12, 31, 23, tzinfo=UTC), end=datetime(2200, 1, 1, tzinfo=UTC)
    )
    assert fields.end == datetime(2200, 1, 1, tzinfo=UTC)


def test_times_without_offset_are_read_in_the_events_zone() -> None:
    fields = _valid(
        start=datetime(2027, 3, 10, 9, 0),
        end=datetime(2027, 3, 10, 11, 0),
        timezone="Europe/Berlin",
    )
    assert fields.start == datetime(2027, 3, 10, 9, 0, tzinfo=BERLIN)
    assert fields.start.astimezone(UTC) == datetime(2027, 3, 10, 8, 0, tzinfo=UTC)
    assert fields.end == datetime(2027, 3, 10, 11, 0, tzinfo=BERLIN)
    assert fields.timezone == "Europe/Berlin"


def test_times_without_offset_and_without_zone_are_read_in_the_default_zone() -> None:
    fields = _valid(start=datetime(2027, 3, 10, 9), end=datetime(2027, 3, 10, 11), timezone=None)
    assert fields.timezone == DEFAULT_TIMEZONE == "Asia/Shanghai"
    assert fields.start.astimezone(UTC) == datetime(2027, 3, 10, 1, tzinfo=UTC)


def test_naive_1970_midnight_in_shanghai_is_before_1970() -> None:
    assert _refusals(start=datetime(1970, 1, 1), end=datetime(1970, 1, 1, 2)) == [
        (ErrorCode.INVALID, ["input", "start"])
    ]


def test_times_with_an_offset_are_kept_as_given() -> None:
    plus_two = timezone(timedelta(hours=2))
    fields = _valid(
        start=datetime(2027, 3, 10, 9, tzinfo=plus_two), end=datetime(2027, 3, 10, 10, tzinfo=UTC)
    )
    assert fields.start.utcoffset() == timedelta(hours=2)
    assert fields.end - fields.start == timedelta(hours=3)


def test_the_time_zone_name_is_cleaned() -> None:
    assert _valid(timezone="  Europe/Berlin\n").timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("field", "attribute"),
    [("title", "title"), ("location", "location"), ("description", "description")],
)
def test_text_is_nfc_normalised(field: str, attribute: str) -> None:
    fields = _valid(**{field: "Cafe\u0301 \u212b"})
    assert getattr(fields, attribute) == "Café Å"


def test_tags_are_nfc_normalised_before_they_are_deduplicated() -> None:
    assert _valid(topics=["Cafe\u0301", "Café"]).topics == ["Café"]


def test_control_characters_are_stripped() -> None:
    fields = _valid(
        title="a\x00b\x1bc\x7fd\x85e\u2028f\ud800g",
        description="a\x00b\x1bc\x7fd\u2029e\tf\ng",
    )
    assert fields.title == "abcdefg"
    assert fields.description == "abcde\tf\ng"


def test_a_blank_description_becomes_none() -> None:
    assert _valid(description=" \x00 \r\n").description is None


def test_clean_line_folds_line_breaks_to_one_space() -> None:
    assert clean_line(" one \r\n\r\n two\nthree\rfour ") == "one two three four"


def test_clean_text_keeps_line_breaks_as_lf() -> None:
    assert clean_text(" one\r\ntwo\rthree\n\x00four ") == "one\ntwo\nthree\nfour"


@pytest.mark.parametrize(
    ("text", "expected"), [("增值税", True), ("a\x00b", False), ("a\ud800b", False), ("\t\n", True)]
)
def test_storable(text: str, expected: bool) -> None:
    assert storable(text) is expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(1970, 1, 1, tzinfo=UTC), True),
        (datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC), False),
        (datetime(2200, 1, 1, tzinfo=UTC), True),
        (datetime(2200, 1, 1, 0, 0, 1, tzinfo=UTC), False),
        (datetime(1970, 1, 1, 7, tzinfo=SHANGHAI), False),
    ],
)
def test_within_range(moment: datetime, expected: bool) -> None:
    assert within_range(moment) is expected


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "", "../etc/passwd", "Asia/"])
def test_zone_of_a_bad_name_is_none(name: str) -> None:
    assert zone(name) is None


def test_zone_of_an_iana_name() -> None:
    assert zone("Europe/Berlin") == BERLIN


def test_validate_external_id() -> None:
    assert validate_external_id(None) is None
    assert validate_external_id("  vat-2027\n03 ") == "vat-2027 03"
    with pytest.raises(DomainError) as raised:
        validate_external_id(" \x00 ")
    assert [(p.code, p.field) for p in raised.value.problems] == [
        (ErrorCode.REQUIRED, ("input", "externalId"))
    ]
    with pytest.raises(DomainError) as raised:
        validate_external_id("x" * 201)
    assert [(p.code, p.field) for p in raised.value.problems] == [
        (ErrorCode.TOO_LONG, ("input", "externalId"))
    ]


def test_validate_department() -> None:
    assert validate_department("  Tax-Bureau ", " 税务局\n") == ("tax-bureau", "税务局")
    with pytest.raises(DomainError) as raised:
        validate_department("-tax", "")
    assert [(p.code, p.field) for p in raised.value.problems] == [
        (ErrorCode.INVALID, ("input", "slug")),
        (ErrorCode.REQUIRED, ("input", "name")),
    ]
    with pytest.raises(DomainError):
        validate_department("t" * 64, "Tax")
    assert validate_department("t" * 63, "Tax")[0] == "t" * 63


@pytest.mark.parametrize(
    "text",
    ["人数<10人", "a < b and c > d", "3<5", "第一段\n\n第二段", "邮件 <  地址", "<<>>", "→ <- ←"],
)
def test_prose_keeps_plain_text_with_its_line_breaks(text: str) -> None:
    check = Collector(("input",))
    assert check.prose("text", text, 100) == clean_text(text)
    assert check.problems == []


@pytest.mark.parametrize(
    "text",
    ["<b>重要</b>", "</p>", "<!-- x -->", "<!DOCTYPE html>", "<?xml version='1.0'?>",
     "点<a href='x'>这里</a>", "x<script", "<img src=x onerror=alert(1)>", "<B>"],
)  # fmt: skip
def test_prose_refuses_markup_at_its_field(text: str) -> None:
    check = Collector(("input",))
    check.prose("text", text, 100)
    (problem,) = check.problems
    assert (problem.code, problem.field) == (ErrorCode.INVALID, ("input", "text"))
    assert "HTML" in problem.message.text(Language.EN)


def test_prose_refuses_too_long_and_missing_once_each() -> None:
    check = Collector(("input",))
    check.prose("text", "长" * 11, 10)
    check.prose("answer", " \n ", 10, required=True)
    check.plain_line("name", "<i>王</i>", 100)
    assert [(p.code, p.field) for p in check.problems] == [
        (ErrorCode.TOO_LONG, ("input", "text")),
        (ErrorCode.REQUIRED, ("input", "answer")),
        (ErrorCode.INVALID, ("input", "name")),
    ]
