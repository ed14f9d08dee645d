"""Suggest free slots for a new session, so departments coordinate before they post.

A slot is a start on the `step` grid inside working hours on a local
weekday. It is never offered when an existing live session for an
intersecting audience runs at the same time (a CONFLICT). Among the free
ones, fewer REDUNDANT neighbours is better: existing sessions of the same
kind (any kind when none is given), sharing a topic and an audience, whose
start is within the window of the slot's. Ties go to the earliest start.
Suggestions never overlap one another, so each is a real alternative.
"""

import bisect
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.overlaps.model import DEFAULT_WINDOW, SessionInfo, shared


@dataclass(frozen=True, slots=True)
class Slot:
    """A free interval (UTC); `score` = 1 / (1 + redundancy): 1 when nothing repeats it."""

    start: datetime
    end: datetime
    redundancy: int
    score: float


@dataclass(frozen=True, slots=True)
class _Busy:
    """The existing sessions that matter to the requested audience, sorted by start."""

    starts: list[datetime]
    sessions: list[SessionInfo]
    longest: timedelta
    alike: list[datetime]  # starts of the redundancy candidates, sorted

    def conflicts(self, start: datetime, end: datetime) -> bool:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, end)
        return any(s.end > start for s in self.sessions[low:high])

    def redundancy(self, start: datetime, window: timedelta) -> int:
        return bisect.bisect_right(self.alike, start + window) - bisect.bisect_left(
            self.alike, start - window
        )


def _busy(
    existing: Sequence[SessionInfo],
    kind: str | None,
    topics: Collection[str],
    sectors: frozenset[str],
    regions: frozenset[str],
) -> _Busy:
    relevant = sorted(
        (
            s
            for s in existing
            if not s.cancelled
            and shared(s.sectors, sectors) is not None
            and shared(s.regions, regions) is not None
        ),
        key=lambda s: s.start,
    )
    wanted = frozenset(topics)
    return _Busy(
        starts=[s.start for s in relevant],
        sessions=relevant,
        longest=max((s.duration for s in relevant), default=timedelta(0)),
        alike=[s.start for s in relevant if (kind is None or s.kind == kind) and s.topics & wanted],
    )


def _grid(
    duration: timedelta,
    start: datetime,
    end: datetime,
    working_hours: tuple[time, time],
    zone: ZoneInfo,
    step: timedelta,
) -> Iterator[tuple[datetime, datetime]]:
    """(start, end) in UTC of every step within working hours on a local weekday in [start, end)."""
    day: date = start.astimezone(zone).date()
    while (opening := datetime.combine(day, working_hours[0], zone)) < end:
        closing = datetime.combine(day, working_hours[1], zone)
        moment = opening
        while day.weekday() < 5 and moment + duration <= closing:
            begin, finish = moment.astimezone(UTC), (moment + duration).astimezone(UTC)
            if begin >= start and finish <= end:
                yield begin, finish
            moment += step
        day += timedelta(days=1)


def suggest_slots(
    existing: Sequence[SessionInfo],
    *,
    kind: str | None,
    topics: Collection[str],
    sectors: frozenset[str],
    regions: frozenset[str],
    duration: timedelta,
    start: datetime,
    end: datetime,
    working_hours: tuple[time, time],
    zone: ZoneInfo,
    count: int = 5,
    step: timedelta = timedelta(minutes=30),
    window: timedelta = DEFAULT_WINDOW,
) -> list[Slot]:
    """The best `count` free, mutually disjoint slots, least redundancy first, then earliest."""
    if duration <= timedelta(0) or step <= timedelta(0):
        raise ValueError("duration and step must be positive")
    busy = _busy(existing, kind, topics, sectors, regions)
    free = [
        Slot(begin, finish, n, round(1 / (1 + n), 3))
        for begin, finish in _grid(duration, start, end, working_hours, zone, step)
        if not busy.conflicts(begin, finish)
        for n in (busy.redundancy(begin, window),)
    ]
    free.sort(key=lambda slot: (slot.redundancy, slot.start))
    chosen: list[Slot] = []
    for slot in free:
        if len(chosen) == count:
            break
        if all(slot.end <= other.start or other.end <= slot.start for other in chosen):
            chosen.append(slot)
    return chosen
