"""Caches bounded in bytes, and answers dropped when what they read changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.core.caches import ByteLRU, ScopedCache
from services.core.versions import Scope, Versions

MARCH = Scope.window(datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))
MAY = Scope.window(datetime(2027, 5, 1, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC))


def test_the_least_recently_used_go_when_the_bytes_run_out() -> None:
    cache: ByteLRU[str, str] = ByteLRU(100, "test")
    cache.put("a", "A", 40)
    cache.put("b", "B", 40)
    assert cache.get("a") == "A"  # now b is the least recently used
    cache.put("c", "C", 40)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == ("A", None, "C")
    assert cache.size == 80
    cache.put("huge", "H", 101)
    assert cache.get("huge") is None
    assert len(cache) == 2


def test_an_answer_is_dropped_as_soon_as_a_write_touches_it() -> None:
    versions = Versions()
    cache: ScopedCache[str, bytes] = ScopedCache(versions, 1000, "test")
    cache.put("march", b"m", size=10, scope=MARCH, as_of=0)
    cache.put("may", b"y", size=10, scope=MAY, as_of=0)
    versions.learn(1, {"2027-05-20": 1})
    assert cache.get("march") == b"m"
    assert cache.get("may") is None
    assert len(cache) == 1


def test_an_answer_begun_before_a_write_it_may_miss_is_not_kept() -> None:
    versions = Versions()
    cache: ScopedCache[str, bytes] = ScopedCache(versions, 1000, "test")
    versions.learn(2, {"2027-03-10": 2})
    cache.put("march", b"old", size=10, scope=MARCH, as_of=1)
    assert cache.get("march") is None
    cache.put("march", b"new", size=10, scope=MARCH, as_of=2)
    assert cache.get("march") == b"new"


def test_an_answer_that_time_changes_is_not_used_once_its_moment_came() -> None:
    versions = Versions()
    cache: ScopedCache[str, bytes] = ScopedCache(versions, 1000, "test")
    moment = datetime.now(UTC)
    cache.put("soon", b"s", size=10, scope=MARCH, as_of=0, until=moment + timedelta(hours=1))
    cache.put("past", b"p", size=10, scope=MARCH, as_of=0, until=moment - timedelta(seconds=1))
    assert (cache.get("soon"), cache.get("past")) == (b"s", None)
    assert len(cache) == 1
