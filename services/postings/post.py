"""A department's postings, one call each: post (one event or a series), update, cancel.

Each call runs in the caller's transaction and returns what the poster is shown: the posting
(every occurrence of a series), the session it is in now, and the worst overlaps that
session has. Each announces the change and those overlaps to live listeners once it
commits; imports announce through the same ``announce_placed``, so a dashboard hears of
an imported posting exactly as of a posted one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import session_view
from services.calendar.views import SessionView
from services.core.auth import Principal
from services.core.errors import Message
from services.core.live import Announcement, UpdateKind, announce, happened
from services.core.models import Event
from services.core.validation import RawEvent
from services.notifications import conflicts
from services.overlaps.queries import OverlapView, worst_overlaps_of
from services.postings import departments, events, series
from services.postings.views import PostingView

SHOWN_OVERLAPS = 20


@dataclass(frozen=True, slots=True)
class Recurrence:
    """An RFC 5545 RRULE value and the starts of occurrences that do not take place."""

    rule: str
    exdates: Sequence[datetime] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a poster is shown after a change to its postings."""

    postings: list[PostingView]  # every occurrence posted; one unless a series
    session: SessionView  # the session of the first
    overlaps: list[OverlapView]  # that session's worst, at most SHOWN_OVERLAPS
    created: bool = False  # False when an existing externalId was updated
    merged: bool = False  # True when it shares its session with other postings

    @property
    def posting(self) -> PostingView:
        return self.postings[0]


async def posting_view(db: AsyncSession, event: Event) -> PostingView:
    owner = await departments.department(db, event.department_id)
    assert owner is not None
    return PostingView.of(event, owner)


POSTED = Message("posted", "已发布")
UPDATED = Message("updated", "已更新")
CANCELLED = Message("cancelled", "已取消")
RESTORED = Message("restored", "已恢复")
IMPORTED = Message("imported", "已导入")


async def announce_placed(
    db: AsyncSession,
    event: Event,
    what: Message,
    *,
    merged: bool = False,
    with_overlaps: bool = True,
) -> tuple[SessionView, list[OverlapView]]:
    """Announce a posting's change and each overlap its session now has; both are returned.
    The hosts of sessions it runs into at the same time are notified."""
    session = await session_view(db, event.session_id)
    found = await worst_overlaps_of(db, event.session_id, SHOWN_OVERLAPS) if with_overlaps else []
    kind = UpdateKind.MERGED if merged else UpdateKind.CHANGED
    announce(db, Announcement(kind, (session.key,), happened(session.title, what)))
    for item in found:
        announce(db, Announcement(UpdateKind.OVERLAP, item.overlap.keys, item.overlap.reason))
    if with_overlaps:
        await conflicts.tell(db, session, event.department_id)
    return session, found


async def post(
    db: AsyncSession,
    principal: Principal,
    raw: RawEvent,
    *,
    external_id: str | None,
    department: str | None = None,
    recurrence: Recurrence | None = None,
) -> Outcome:
    """Post one event, or every occurrence of a series; the same ``external_id`` updates it."""
    if recurrence is None:
        posted = [
            await events.post_event(
                db, principal, raw, external_id=external_id, department=department
            )
        ]
    else:
        posted = await series.post_series(
            db,
            principal,
            raw,
            external_id=external_id,
            rrule=recurrence.rule,
            exdates=recurrence.exdates,
            department=department,
        )
    first = posted[0]
    session, found = await announce_placed(db, first.event, POSTED, merged=first.merged)
    return Outcome(
        postings=[await posting_view(db, each.event) for each in posted],
        session=session,
        overlaps=found,
        created=first.created,
        merged=first.merged,
    )


async def update(
    db: AsyncSession,
    principal: Principal,
    event_id: int,
    changes: dict[str, object],
    *,
    expected_sequence: int | None,
) -> Outcome:
    """Change some fields of a posting; refused when ``expected_sequence`` is stale."""
    event = await events.update_event(
        db, principal, event_id, changes, expected_sequence=expected_sequence
    )
    session, found = await announce_placed(db, event, UPDATED)
    return Outcome([await posting_view(db, event)], session, found)


async def cancel(
    db: AsyncSession, principal: Principal, event_id: int, *, expected_sequence: int | None
) -> Outcome:
    """Cancel a posting: it is kept, marked CANCELLED, so calendars learn it is off."""
    event = await events.cancel_event(db, principal, event_id, expected_sequence=expected_sequence)
    session, _ = await announce_placed(db, event, CANCELLED, with_overlaps=False)
    return Outcome([await posting_view(db, event)], session, [])


async def restore(
    db: AsyncSession, principal: Principal, event_id: int, *, expected_sequence: int | None
) -> Outcome:
    """Bring a cancelled posting back; its session takes place again, with what it collides with."""
    event = await events.restore_event(db, principal, event_id, expected_sequence=expected_sequence)
    session, found = await announce_placed(db, event, RESTORED)
    return Outcome([await posting_view(db, event)], session, found)


async def posting(db: AsyncSession, event_id: int) -> PostingView | None:
    """A posting by id, for anyone: postings are public, like the calendar."""
    event = await db.get(Event, event_id)
    return await posting_view(db, event) if event else None
