"""Matching every posting again, after the thresholds or the algorithm changed.

Coordinator decisions are inputs, not casualties: pinned postings stay together as
their session, kept-apart pairs stay apart. Each new cluster keeps the uid of the
oldest session it contains that no other cluster claimed first; a session that no
cluster keeps is retired, pointing at the cluster that took most of its postings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services import matching
from services.calendar import sessions
from services.core.models import Department, Event, KeepApart, Session
from services.matching import placement


@dataclass(frozen=True, slots=True)
class RematchReport:
    postings: int
    sessions_before: int
    sessions_after: int
    moved: int

    def __str__(self) -> str:
        return (
            f"{self.postings} postings: {self.sessions_before} sessions before, "
            f"{self.sessions_after} after; {self.moved} postings changed session"
        )


def _assign(
    clusters: Sequence[list[int]], origin: dict[int, int], age: dict[int, tuple[datetime, int]]
) -> list[int | None]:
    """For each cluster, the existing session that keeps its uid, or None for a new one."""
    claims = sorted(
        (
            (age[session_id], -count, index, session_id)
            for index, cluster in enumerate(clusters)
            for session_id, count in Counter(origin[key] for key in cluster).items()
        )
    )
    chosen: list[int | None] = [None] * len(clusters)
    taken: set[int] = set()
    for _age, _count, index, session_id in claims:
        if chosen[index] is None and session_id not in taken:
            chosen[index] = session_id
            taken.add(session_id)
    return chosen


async def rematch(
    db: AsyncSession, progress: Callable[[str], None] = lambda _: None
) -> RematchReport:
    events = (await db.scalars(select(Event).order_by(Event.id))).all()
    progress(f"loaded {len(events)} postings")
    slugs = {row.id: row.slug for row in await db.scalars(select(Department))}
    live = {
        s.id: s for s in await db.scalars(select(Session).where(Session.merged_into_id.is_(None)))
    }
    apart = await db.execute(select(KeepApart.low_event_id, KeepApart.high_event_id))
    pinned: dict[int, list[int]] = defaultdict(list)
    for event in events:
        if event.pinned:
            pinned[event.session_id].append(event.id)
    clusters = matching.cluster(
        [placement.features(event, slugs[event.department_id]) for event in events],
        keep_apart=[(low, high) for low, high in apart],
        keep_together=pinned.values(),
    )
    progress(f"clustered into {len(clusters)} sessions")
    event_of = {event.id: event for event in events}
    origin = {event.id: event.session_id for event in events}
    size = Counter(origin.values())
    before = len(live)
    chosen = _assign(clusters, origin, {s.id: (s.created_at, s.id) for s in live.values()})
    placed: dict[int, int] = {}
    changed: dict[int, list[Event]] = {}
    for cluster, session_id in zip(clusters, chosen, strict=True):
        members = [event_of[key] for key in cluster]
        if session_id is None:
            created = await sessions.new_session(db, members)
            live[created.id] = created
            placed.update((key, created.id) for key in cluster)
        elif any(origin[key] != session_id for key in cluster) or len(cluster) != size[session_id]:
            placed.update((key, session_id) for key in cluster)
            changed[session_id] = members
    await _move(
        db, {key: session_id for key, session_id in placed.items() if origin[key] != session_id}
    )
    await _retire_unclaimed(db, origin, placed, live)
    await sessions.rederive(db, [live[session_id] for session_id in changed], changed, slugs)
    moved = sum(1 for key, session_id in placed.items() if origin[key] != session_id)
    progress(f"{moved} postings changed session")
    return RematchReport(len(events), before, len(clusters), moved)


async def _move(db: AsyncSession, moves: dict[int, int]) -> None:
    """Point postings at their new sessions in one prepared statement (no per-object flush)."""
    if moves:
        table = cast(Table, Event.__table__)
        await db.execute(
            update(table)
            .where(table.c.id == bindparam("event_id"))
            .values(session_id=bindparam("session_id")),
            [{"event_id": key, "session_id": session_id} for key, session_id in moves.items()],
        )


async def _retire_unclaimed(
    db: AsyncSession, origin: dict[int, int], placed: dict[int, int], live: dict[int, Session]
) -> None:
    """Retire each session that lost postings and kept none into the one that took most of them."""
    went: dict[int, Counter[int]] = defaultdict(Counter)
    for key, session_id in placed.items():
        went[origin[key]][session_id] += 1
    kept = set(placed.values())
    await sessions.retire(
        db,
        [
            (live[session_id], live[targets.most_common(1)[0][0]])
            for session_id, targets in went.items()
            if session_id not in kept
        ],
    )
