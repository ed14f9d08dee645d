"""Which parts of the data changed when, held in each process's memory.

Every write transaction takes the next data version and records, for each UTC day its
changed rows touch (before and after the change) and for each named part it changed
(department names, or anything it could not place in time), that it changed at that
version. An answer remembers the data version it was computed at (``as_of``) and the
scope it read; it is still right while nothing in that scope changed after ``as_of``.
The check is a range maximum over days and a few lookups: no database round trip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

DEPARTMENTS = "departments"  # the departments there are
DEPARTMENT_NAMES = "department_names"  # the slugs and names shown beside their sessions
COMPLAINTS = "complaints"  # enterprises' complaints and their steps (the report counts them)
EVERYTHING = "everything"  # a write that could not say which days it touched
SECONDS_PER_DAY = 86_400
_EPOCH = date(1970, 1, 1).toordinal()
_DAYS = 1 << 17  # 1970 to 2328: every day a stored time may fall on (1970-2200), and more


def day_of(moment: datetime) -> int:
    """The UTC day of a moment, counted from 1970-01-01."""
    return int(moment.timestamp() // SECONDS_PER_DAY)


def days_touched(start: datetime, end: datetime) -> range:
    """The UTC days the span [start, end) touches; an empty span touches the day it sits on."""
    first = day_of(start)
    if end <= start:
        return range(first, first + 1)
    last = -int(
        -end.timestamp() // SECONDS_PER_DAY
    )  # the day after the one ``end`` falls in, unless at midnight
    return range(first, max(last, first + 1))


def day_key(day: int) -> str:
    """A day as the read_versions table names it: its ISO date."""
    return date.fromordinal(day + _EPOCH).isoformat()


def day_from_key(key: str) -> int | None:
    """The day a read_versions key names, or None for a named part."""
    try:
        return date.fromisoformat(key).toordinal() - _EPOCH
    except ValueError:
        return None


def _clamped(day: int) -> int:
    return min(max(day, 0), _DAYS - 1)


@dataclass(frozen=True, slots=True)
class Scope:
    """What an answer read: spans of days, named parts, or (``whole``) anything at all."""

    days: tuple[range, ...] = ()
    names: frozenset[str] = frozenset()
    whole: bool = False

    @classmethod
    def window(cls, start: datetime, end: datetime) -> Scope:
        """Sessions intersecting [start, end) as readers see them: with their hosts' names."""
        return cls((days_touched(start, end),), BESIDE.names)

    def __or__(self, other: Scope) -> Scope:
        return Scope(self.days + other.days, self.names | other.names, self.whole or other.whole)

    def touched_by(self, change: Change) -> bool:
        """Whether ``change`` may have changed an answer of this scope."""
        if self.whole or self.names & change.names:
            return True
        return any(day in span for span in self.days for day in change.days)


WHOLE = Scope(whole=True)
BESIDE = Scope(names=frozenset({DEPARTMENT_NAMES, EVERYTHING}))  # shown beside sessions' rows


@dataclass(frozen=True, slots=True)
class Change:
    """What one learnt write (or several, caught up at once) changed, and at which version."""

    version: int
    days: frozenset[int] = frozenset()
    names: frozenset[str] = field(default_factory=frozenset)


class _RangeMax:
    """The largest value over a range of days, for values that only ever grow."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._tree = [0] * (2 * size)

    def raise_to(self, index: int, value: int) -> None:
        tree = self._tree
        position = index + self._size
        while position and tree[position] < value:
            tree[position] = value
            position >>= 1

    def largest(self, low: int, high: int) -> int:
        """The largest value in [low, high)."""
        tree, found = self._tree, 0
        low += self._size
        high += self._size
        while low < high:
            if low & 1:
                found = max(found, tree[low])
                low += 1
            if high & 1:
                high -= 1
                found = max(found, tree[high])
            low >>= 1
            high >>= 1
        return found


Listener = Callable[[Change], None]


class Versions:
    """The data versions this process knows of; ``known`` is the latest write it has learnt."""

    def __init__(self) -> None:
        self.known = 0
        self._days = _RangeMax(_DAYS)
        self._names: dict[str, int] = {}
        self._listeners: list[Listener] = []

    def changed_at(self, scope: Scope) -> int:
        """The version of the latest write known to have changed anything in ``scope``."""
        if scope.whole:
            return self.known
        latest = max((self._names.get(name, 0) for name in scope.names), default=0)
        for span in scope.days:
            if span:
                latest = max(
                    latest, self._days.largest(_clamped(span.start), _clamped(span.stop - 1) + 1)
                )
        return latest

    def holds(self, scope: Scope, as_of: int) -> bool:
        """Whether an answer of ``scope`` computed at version ``as_of`` is still right."""
        return self.changed_at(scope) <= as_of

    def named(self, name: str) -> int:
        return self._names.get(name, 0)

    def learn(self, version: int, changed: Mapping[str, int]) -> None:
        """Record writes up to ``version`` and when each key they name changed; tell listeners."""
        days, names = set(), set()
        for key, changed_at in changed.items():
            day = day_from_key(key)
            if day is None:
                if self._names.get(key, 0) < changed_at:
                    self._names[key] = changed_at
                    names.add(key)
            else:
                self._days.raise_to(_clamped(day), changed_at)
                days.add(day)
        self.known = max(self.known, version)
        if days or names:
            change = Change(version, frozenset(days), frozenset(names))
            for listener in self._listeners:
                listener(change)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every change learnt from now on (caches drop what it retires)."""
        self._listeners.append(listener)


def keys_of(days: Iterable[int], names: Iterable[str]) -> list[str]:
    """The read_versions keys of these days and names, in a stable order (writers lock them in it)."""
    return sorted({*(day_key(day) for day in days), *names})
