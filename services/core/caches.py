"""Caches bounded in bytes, and answers kept only while what they read is unchanged.

A budget in entries says nothing about memory: one feed is megabytes, one calendar
page hundreds of kilobytes, one session's rendering a few hundred bytes. These caches
count the bytes they keep and let the least recently used go first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from services.core.clock import now
from services.core.metrics import CACHED_BYTES
from services.core.versions import Change, Scope, Versions

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
MEBIBYTE = 1 << 20


class ByteLRU(Generic[K, V]):
    """Values within a budget of bytes (each put says its size); the least recently used
    go first, and a value larger than the whole budget is not kept at all."""

    def __init__(self, budget: int, name: str) -> None:
        """``name`` labels the bytes kept in ``/metrics``."""
        self.budget = budget
        self.size = 0
        self._values: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self._gauge = CACHED_BYTES.labels(name)

    def __len__(self) -> int:
        return len(self._values)

    def get(self, key: K) -> V | None:
        found = self._values.get(key)
        if found is None:
            return None
        self._values.move_to_end(key)
        return found[0]

    def put(self, key: K, value: V, size: int) -> None:
        self.discard(key)
        if size > self.budget:
            return
        self._values[key] = (value, size)
        self._count(size)
        while self.size > self.budget:
            _, (_, dropped) = self._values.popitem(last=False)
            self._count(-dropped)

    def discard(self, key: K) -> None:
        found = self._values.pop(key, None)
        if found is not None:
            self._count(-found[1])

    def _count(self, change: int) -> None:
        self.size += change
        self._gauge.inc(change)  # moved by changes, so caches of one name add up

    def clear(self) -> None:
        self._count(-self.size)
        self._values.clear()

    def discard_if(self, doomed: Callable[[V], bool]) -> None:
        for key in [key for key, (value, _) in self._values.items() if doomed(value)]:
            self.discard(key)


@dataclass(frozen=True, slots=True)
class _Kept(Generic[V]):
    value: V
    scope: Scope
    as_of: int
    until: datetime | None  # when time alone makes it wrong (a deadline passing), if ever


class ScopedCache(Generic[K, V]):
    """Answers kept while nothing in the scope they read changed after the version they were
    computed at (and, for an answer that time changes, until then); dropped the moment this
    process learns that something did."""

    def __init__(self, versions: Versions, budget: int, name: str) -> None:
        self._versions = versions
        self._kept: ByteLRU[K, _Kept[V]] = ByteLRU(budget, name)
        versions.subscribe(self._retire)

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, key: K) -> V | None:
        """The answer kept for ``key`` if it still holds (ask ``Database.current_versions`` first)."""
        kept = self._kept.get(key)
        if kept is None:
            return None
        if self._versions.holds(kept.scope, kept.as_of) and (
            kept.until is None or now() < kept.until
        ):
            return kept.value
        self._kept.discard(key)
        return None

    def put(
        self,
        key: K,
        value: V,
        *,
        size: int,
        scope: Scope,
        as_of: int,
        until: datetime | None = None,
    ) -> None:
        """Keep an answer computed from reads begun at version ``as_of``, unless a write to
        its scope was learnt meanwhile (then it may already be out of date); one that time
        changes is used only before ``until``."""
        if self._versions.holds(scope, as_of):
            self._kept.put(key, _Kept(value, scope, as_of, until), size)

    def _retire(self, change: Change) -> None:
        self._kept.discard_if(lambda kept: kept.scope.touched_by(change))
