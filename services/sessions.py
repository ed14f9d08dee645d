"""Sessions derived from their postings.

The rule, in the words the README uses: the earliest posting that is not cancelled
gives the session its kind, title, times and place; later postings only fill what it
left empty. Topics are the union of all postings' topics; an audience that one
posting leaves open (no sectors, or no regions) makes the session open too. Hosts are
all posting departments. A session is cancelled only when every posting is.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.clock import now
from services.models import Event, Session, SessionTag

CONFIRMED = "CONFIRMED"
CANCELLED = "CANCELLED"
OPEN_TO_ALL = "*"
_DERIVED = (
    "kind", "title", "description", "start", "end", "timezone", "location",
    "online_url", "registration_url", "topics", "sectors", "regions", "status",
)  # fmt: skip


def _first(values: Iterable[Any]) -> Any:
    return next((value for value in values if value), None)


def _union(lists: Iterable[list[str]]) -> list[str]:
    return list(dict.fromkeys(value for values in lists for value in values))


def _audience(lists: Sequence[list[str]]) -> list[str]:
    return [] if any(not values for values in lists) else _union(lists)


def derive(events: Sequence[Event]) -> dict[str, Any]:
    """The session's fields from its postings (see the module docstring for the rule)."""
    ordered = sorted(events, key=lambda event: (event.created_at, event.id))
    active = [event for event in ordered if event.status != CANCELLED]
    basis = active or ordered
    head = basis[0]
    return {
        "kind": head.kind,
        "title": head.title,
        "description": _first(event.description for event in basis),
        "start": head.start,
        "end": head.end,
        "timezone": head.timezone,
        "location": _first(event.location for event in basis),
        "online_url": _first(event.online_url for event in basis),
        "registration_url": _first(event.registration_url for event in basis),
        "topics": _union(event.topics for event in basis),
        "sectors": _audience([event.sectors for event in basis]),
        "regions": _audience([event.regions for event in basis]),
        "status": CONFIRMED if active else CANCELLED,
    }


def _tags(session_id: int, fields: dict[str, Any]) -> list[SessionTag]:
    rows = [SessionTag(session_id=session_id, facet="topic", value=t) for t in fields["topics"]]
    for facet, values in (("sector", fields["sectors"]), ("region", fields["regions"])):
        rows += [
            SessionTag(session_id=session_id, facet=facet, value=v) for v in values or [OPEN_TO_ALL]
        ]
    return rows


async def new_session(db: AsyncSession, events: Sequence[Event]) -> Session:
    """A fresh session with a new uid for these postings, which are moved (or added) into it."""
    fields = derive(events)
    moment = now()
    session = Session(
        uid=f"{uuid.uuid4()}@civical", sequence=0, created_at=moment, updated_at=moment, **fields
    )
    db.add(session)
    await db.flush()
    for event in events:
        event.session_id = session.id
    db.add_all(events)
    db.add_all(_tags(session.id, fields))
    return session


async def refresh(db: AsyncSession, session_ids: Iterable[int]) -> None:
    """Re-derive these sessions after their postings changed; a change raises the SEQUENCE.

    A session left with no posting is deleted.
    """
    ids = sorted(set(session_ids))
    if not ids:
        return
    await db.flush()
    events = (await db.scalars(select(Event).where(Event.session_id.in_(ids)))).all()
    sessions = (await db.scalars(select(Session).where(Session.id.in_(ids)))).all()
    by_session: dict[int, list[Event]] = {session_id: [] for session_id in ids}
    for event in events:
        by_session[event.session_id].append(event)
    for session in sessions:
        members = by_session[session.id]
        if not members:
            await db.execute(delete(SessionTag).where(SessionTag.session_id == session.id))
            await db.delete(session)
            continue
        fields = derive(members)
        if any(getattr(session, name) != fields[name] for name in _DERIVED):
            for name, value in fields.items():
                setattr(session, name, value)
            session.sequence += 1
            session.updated_at = now()
            await db.execute(delete(SessionTag).where(SessionTag.session_id == session.id))
            db.add_all(_tags(session.id, fields))
