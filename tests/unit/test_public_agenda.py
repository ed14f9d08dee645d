"""The agenda's address: its views, links, cursors and the marks chat apps add."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.calendar.views import SessionView
from services.core.errors import DomainError, Language
from web.public import texts
from web.public.agenda import (
    AgendaQuery,
    Period,
    by_day,
    cursor,
    language_of,
    position,
    shared_marks_dropped,
)

TODAY = date(2027, 3, 10)  # a Wednesday


def _session(key: int, start: datetime, timezone: str = "Asia/Shanghai") -> SessionView:
    return SessionView(
        key=key, uid=f"{key}@civical", kind="TRAINING", title="t", description=None, start=start,
        end=start, timezone=timezone, location=None, online_url=None, registration_url=None,
        topics=(), sectors=(), regions=(), status="CONFIRMED", sequence=0, stamp=0, hosts=(), postings=(),
    )  # fmt: skip


def test_a_query_keeps_the_filters_in_their_order_and_leaves_out_empty_values() -> None:
    query = AgendaQuery.of(
        [("region", "石湾镇"), ("sector", ""), ("kind", "TRAINING"), ("lang", "en")]
    )
    assert query.filters == (("region", "石湾镇"), ("kind", "TRAINING"))
    assert query.filter_query() == "region=%E7%9F%B3%E6%B9%BE%E9%95%87&kind=TRAINING"
    assert query.href("/", start="2027-03-08") == (
        "/?region=%E7%9F%B3%E6%B9%BE%E9%95%87&kind=TRAINING&from=2027-03-08&lang=en"
    )
    assert query.without("/calendar", "kind", "TRAINING") == (
        "/calendar?region=%E7%9F%B3%E6%B9%BE%E9%95%87&lang=en"
    )
    assert AgendaQuery().href("/") == "/"


def test_a_new_view_starts_on_its_first_page() -> None:
    query = AgendaQuery.of([("after", "abc"), ("kind", "TRAINING")])
    assert "after" not in query.href("/", start="2027-03-01")
    assert "after=next" in query.href("/", after="next")


@pytest.mark.parametrize(
    ("start", "end", "span", "first"),
    [
        (None, None, "upcoming", TODAY),
        ("2027-03-08", "2027-03-15", "week", date(2027, 3, 8)),
        ("2027-03-01", "2027-04-01", "month", date(2027, 3, 1)),
        ("2027-02-01", "2027-03-01", "month", date(2027, 2, 1)),
        ("2027-03-09", "2027-03-16", "range", date(2027, 3, 9)),
        ("2027-03-08T09:00", "2027-03-15", "range", TODAY),
    ],
)
def test_the_window_says_which_view_it_is(
    start: str | None, end: str | None, span: str, first: date
) -> None:
    period = Period.of(AgendaQuery(start=start, end=end), TODAY)
    assert (period.span, period.first) == (span, first)


def test_weeks_and_months_have_neighbours() -> None:
    week = Period.of(AgendaQuery(start="2027-03-08", end="2027-03-15"), TODAY)
    assert week.neighbours() == (
        (date(2027, 3, 1), date(2027, 3, 8)),
        (date(2027, 3, 15), date(2027, 3, 22)),
    )
    december = Period.of(AgendaQuery(start="2026-12-01", end="2027-01-01"), TODAY)
    assert december.neighbours() == (
        (date(2026, 11, 1), date(2026, 12, 1)),
        (date(2027, 1, 1), date(2027, 2, 1)),
    )
    assert Period.of(AgendaQuery(), TODAY).neighbours() is None
    assert week.anchor(TODAY) == TODAY
    assert december.anchor(TODAY) == date(2026, 12, 1)


def test_a_cursor_names_its_place_and_a_forged_one_is_refused() -> None:
    start = datetime(2027, 3, 10, 1, 30, tzinfo=UTC)
    assert position(cursor(_session(42, start))) == (start, 42)
    for forged in ("garbage", "", "MjAyNy0wMS0wMVQwMDowMDowMA", "fHx8", "4pyTIMOgIGxhIG1vZGU"):
        with pytest.raises(DomainError):
            position(forged)


def test_sessions_fall_on_the_day_they_start_in_their_own_zone() -> None:
    late = datetime(2027, 3, 10, 17, 0, tzinfo=UTC)  # 01:00 on the 11th in Shanghai
    days = by_day([_session(1, late), _session(2, late, "Europe/London")])
    assert [(day.day, [s.key for s in day.sessions]) for day in days] == [
        (date(2027, 3, 11), [1]),
        (date(2027, 3, 10), [2]),
    ]


def test_the_marks_of_a_shared_link_are_dropped_and_nothing_else() -> None:
    pairs = [
        ("from", "singlemessage"),
        ("isappinstalled", "0"),
        ("from", "2027-03-01"),
        ("kind", "x"),
    ]
    assert shared_marks_dropped(pairs) == [("from", "2027-03-01"), ("kind", "x")]


def test_languages() -> None:
    assert language_of("en") is Language.EN
    assert language_of(None) is None
    with pytest.raises(DomainError):
        language_of("fr")


def test_dates_as_each_language_writes_them() -> None:
    assert texts.day(date(2027, 3, 10), Language.ZH, TODAY) == "3月10日 星期三"
    assert texts.day(date(2028, 1, 2), Language.ZH, TODAY) == "2028年1月2日 星期日"
    assert texts.day(date(2027, 3, 10), Language.EN, TODAY) == "Wednesday 10 March"
    assert texts.period(date(2027, 3, 29), date(2027, 4, 4), Language.EN) == "29 March–4 April 2027"
    assert texts.period(date(2027, 3, 8), date(2027, 3, 14), Language.ZH) == "2027年3月8日–14日"
    assert texts.month(date(2027, 3, 1), Language.EN) == "March 2027"
    start = datetime(2027, 3, 10, 9, 30)
    assert texts.span(start, start.replace(hour=11), Language.ZH, TODAY) == "09:30–11:30"
    assert texts.span(start, datetime(2027, 3, 11, 12), Language.EN, TODAY) == (
        "09:30 – Thursday 11 March 12:00"
    )
