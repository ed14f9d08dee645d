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

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services import matching, placement, sessions
from services.models import Department, Event, KeepApart, Session


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
    clusters: Sequence[list[int]], event_of: dict[int, Event], age: dict[int, tuple[datetime, int]]
) -> list[int | None]:
    """For each cluster, the existing session that keeps its uid, or None for a new one."""
    claims = sorted(
        (
            (age[session_id], -count, index, session_id)
            for index, cluster in enumerate(clusters)
            for session_id, count in Counter(event_of[key].session_id for key in cluster).items()
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
    before = len(live)
    chosen = _assign(clusters, event_of, {s.id: (s.created_at, s.id) for s in live.values()})
    members: dict[int, list[Event]] = {}
    for cluster, session_id in zip(clusters, chosen, strict=True):
        cluster_events = [event_of[key] for key in cluster]
        if session_id is None:
            created = await sessions.new_session(db, cluster_events)
            live[created.id] = created
        else:
            for event in cluster_events:
                event.session_id = session_id
            members[session_id] = cluster_events
    await _retire_unclaimed(db, events, origin, live, kept=set(members))
    await sessions.rederive(db, [live[session_id] for session_id in members], members, slugs)
    moved = sum(1 for event in events if event.session_id != origin[event.id])
    progress(f"{moved} postings changed session")
    return RematchReport(len(events), before, len(clusters), moved)


async def _retire_unclaimed(
    db: AsyncSession,
    events: Sequence[Event],
    origin: dict[int, int],
    live: dict[int, Session],
    kept: set[int],
) -> None:
    """Retire each session no cluster kept into the session that took most of its postings."""
    went: dict[int, Counter[int]] = defaultdict(Counter)
    for event in events:
        if origin[event.id] not in kept:
            went[origin[event.id]][event.session_id] += 1
    into: dict[int, list[Session]] = defaultdict(list)
    for session_id, targets in went.items():
        into[targets.most_common(1)[0][0]].append(live[session_id])
    for target, retired in into.items():
        await sessions.retire(db, retired, live[target])
