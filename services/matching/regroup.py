"""Applying a new grouping of postings to the stored sessions, keeping every uid that can be kept.

Used for the whole store by ``rematch`` and for one posting's neighbourhood by
``placement``: the postings given make up whole sessions (or are new), and the groups
are their new sessions. Each group keeps the uid of the oldest session it contains
that no other group claimed first; a session that no group keeps is retired,
pointing at the group that took most of its postings, so feeds tell calendars.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar import sessions
from services.core.models import Event, Session


def _assign(
    groups: Sequence[Sequence[int]],
    origin: Mapping[int, int | None],
    age: Mapping[int, tuple[datetime, int]],
) -> list[int | None]:
    """For each group, the existing session that keeps its uid, or None for a new one."""
    claims = sorted(
        (age[session_id], -count, index, session_id)
        for index, group in enumerate(groups)
        for session_id, count in Counter(
            origin[key] for key in group if origin[key] is not None
        ).items()
        if session_id is not None
    )
    chosen: list[int | None] = [None] * len(groups)
    taken: set[int] = set()
    for _age, _count, index, session_id in claims:
        if chosen[index] is None and session_id not in taken:
            chosen[index] = session_id
            taken.add(session_id)
    return chosen


async def regroup(
    db: AsyncSession,
    events: Mapping[int, Event],
    groups: Sequence[Sequence[int]],
    live: dict[int, Session],
    slugs: Mapping[int, str],
    *,
    focus: Event | None = None,
) -> int:
    """Put ``events`` (by id) into ``groups``; ``live`` holds every session they are in now.

    An event not yet stored is keyed by 0 and has no session. Moves are one statement,
    so the loaded events keep their old ``session_id``, except ``focus``, which is brought
    up to date (and added, if new). Returns how many stored postings changed session.
    """
    origin = {key: (event.session_id if key else None) for key, event in events.items()}
    size = Counter(origin.values())
    chosen = _assign(groups, origin, {s.id: (s.created_at, s.id) for s in live.values()})
    placed: dict[int, int] = {}
    changed: dict[int, list[Event]] = {}
    for group, session_id in zip(groups, chosen, strict=True):
        members = [events[key] for key in group]
        if session_id is None:
            created = await sessions.new_session(db, members)
            live[created.id] = created
            placed.update((key, created.id) for key in group)
        elif any(origin[key] != session_id for key in group) or len(group) != size[session_id]:
            placed.update((key, session_id) for key in group)
            changed[session_id] = members
    moves = {
        key: session_id for key, session_id in placed.items() if key and origin[key] != session_id
    }
    await _move(db, moves)
    if focus is not None:
        key = focus.id or 0
        if key in placed and focus.session_id != placed[key]:
            focus.session_id = placed[key]
        db.add(focus)
    await _retire_unclaimed(db, origin, placed, live)
    await sessions.rederive(db, [live[session_id] for session_id in changed], changed, slugs)
    return len(moves)


async def _move(db: AsyncSession, moves: Mapping[int, int]) -> None:
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
    db: AsyncSession,
    origin: Mapping[int, int | None],
    placed: Mapping[int, int],
    live: Mapping[int, Session],
) -> None:
    """Retire each session that lost postings and kept none into the one that took most of them."""
    went: dict[int, Counter[int]] = defaultdict(Counter)
    for key, session_id in placed.items():
        if origin[key] is not None:
            went[cast(int, origin[key])][session_id] += 1
    kept = set(placed.values())
    await sessions.retire(
        db,
        [
            (live[session_id], live[targets.most_common(1)[0][0]])
            for session_id, targets in went.items()
            if session_id not in kept
        ],
    )
