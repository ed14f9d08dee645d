"""Which days a span touches, and whether an answer still holds after what was learnt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.core.versions import (
    DEPARTMENT_NAMES,
    EVERYTHING,
    Change,
    Scope,
    Versions,
    day_from_key,
    day_key,
    day_of,
    days_touched,
)

MARCH_5 = datetime(2027, 3, 5, tzinfo=UTC)


def test_a_span_touches_the_days_it_covers_and_not_the_one_it_ends_at_midnight() -> None:
    assert days_touched(MARCH_5 + timedelta(hours=9), MARCH_5 + timedelta(hours=11)) == range(
        day_of(MARCH_5), day_of(MARCH_5) + 1
    )
    assert len(days_touched(MARCH_5, MARCH_5 + timedelta(days=1))) == 1
    assert len(days_touched(MARCH_5, MARCH_5 + timedelta(days=1, seconds=1))) == 2
    assert len(days_touched(MARCH_5 - timedelta(seconds=1), MARCH_5)) == 1
    assert days_touched(MARCH_5, MARCH_5) == range(day_of(MARCH_5), day_of(MARCH_5) + 1)


def test_days_are_utc_days_whatever_the_zone() -> None:
    shanghai_morning = datetime.fromisoformat("2027-03-05T07:00:00+08:00")  # 4 March in UTC
    assert day_of(shanghai_morning) == day_of(MARCH_5) - 1


def test_day_keys_read_back() -> None:
    assert day_key(day_of(MARCH_5)) == "2027-03-05"
    assert day_from_key("2027-03-05") == day_of(MARCH_5)
    assert day_from_key(DEPARTMENT_NAMES) is None


def test_an_answer_holds_until_a_write_touches_its_scope() -> None:
    versions = Versions()
    march = Scope.window(MARCH_5, MARCH_5 + timedelta(days=26))
    versions.learn(3, {"2027-05-06": 3})
    assert versions.known == 3
    assert versions.holds(march, as_of=1), "May's writes leave March alone"
    versions.learn(4, {"2027-03-30": 4})
    assert not versions.holds(march, as_of=3)
    assert versions.holds(march, as_of=4)
    versions.learn(5, {DEPARTMENT_NAMES: 5})
    assert not versions.holds(march, as_of=4), "sessions show their hosts' names"
    assert not versions.holds(Scope(whole=True), as_of=4)
    assert versions.holds(Scope(whole=True), as_of=5)


def test_days_far_apart_and_out_of_range_are_kept_apart() -> None:
    versions = Versions()
    versions.learn(2, {"1970-01-01": 2, "2199-12-31": 2})
    assert versions.changed_at(Scope((range(1, 80_000),))) == 0
    assert versions.changed_at(Scope((range(-5, 1),))) == 2
    assert versions.changed_at(Scope((range(80_000, 200_000),))) == 2


def test_listeners_hear_what_changed() -> None:
    versions = Versions()
    heard: list[Change] = []
    versions.subscribe(heard.append)
    versions.learn(7, {"2027-03-05": 7, EVERYTHING: 7})
    versions.learn(8, {})
    assert heard == [Change(7, frozenset({day_of(MARCH_5)}), frozenset({EVERYTHING}))]
    assert Scope.window(MARCH_5, MARCH_5 + timedelta(hours=1)).touched_by(heard[0])
    assert not Scope((range(0, 10),)).touched_by(Change(9, frozenset({day_of(MARCH_5)})))
