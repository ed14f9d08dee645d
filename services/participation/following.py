"""Enterprises registered for a session are told when it moves, is cancelled, comes back or
is merged into another.

Called where sessions change (``services.calendar.sessions``), inside the transaction that
changes them: what each registered enterprise is told goes into the notifications' outbox
(``services.notifications``) with the change, so it leaves only if the change commits (and
then whatever happens to the process), through the webhooks the enterprise added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.errors import Message
from services.core.kinds import Status
from services.core.models import Registration, Session
from services.notifications.kinds import Recipient, WebhookEvent
from services.notifications.outbox import notify
from services.participation.kinds import RegistrationStatus


class Change(StrEnum):
    MOVED = "MOVED"  # another time or place
    CANCELLED = "CANCELLED"
    RESTORED = "RESTORED"  # takes place again
    MERGED = "MERGED"  # now one session with another, whose uid it takes


@dataclass(frozen=True, slots=True)
class Before:
    """What an enterprise planned around, as it was before a change."""

    start: datetime
    end: datetime
    location: str | None
    status: str

    @classmethod
    def of(cls, session: Session) -> Before:
        return cls(session.start, session.end, session.location, session.status)


def change_of(before: Before, after: Session) -> Change | None:
    """What an enterprise registered for the session should hear of, if anything."""
    cancelled = Status.CANCELLED.value
    if before.status != cancelled and after.status == cancelled:
        return Change.CANCELLED
    if before.status == cancelled and after.status != cancelled:
        return Change.RESTORED
    if (before.start, before.end, before.location) != (after.start, after.end, after.location):
        return Change.MOVED
    return None


def _when(session: Session) -> str:
    zone = ZoneInfo(session.timezone)
    start, end = session.start.astimezone(zone), session.end.astimezone(zone)
    until = end.strftime("%H:%M") if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    return f"{start:%Y-%m-%d %H:%M}–{until}"


def facts(session: Session) -> dict[str, object]:
    """A session as a program reads it: what calendars key it by (``uid``), what it is now, and
    its ``sequence``, which rises on every change (the newest notice of a uid is the one with
    the highest)."""
    zone = ZoneInfo(session.timezone)
    return {
        "uid": session.uid,
        "sequence": session.sequence,
        "title": session.title,
        "start": session.start.astimezone(zone).isoformat(),
        "end": session.end.astimezone(zone).isoformat(),
        "location": session.location,
        "status": session.status,
    }


def summary(change: Change, session: Session, survivor: Session | None = None) -> Message:
    title, when, place = session.title, _when(session), session.location or "—"
    if change is Change.CANCELLED:
        return Message(f"{title} ({when}) was cancelled.", f"{title}（{when}）已取消。")
    if change is Change.RESTORED:
        return Message(
            f"{title} takes place again: {when}, {place}.", f"{title} 恢复举办：{when}，{place}。"
        )
    if change is Change.MOVED:
        return Message(f"{title} moved to {when}, {place}.", f"{title} 改为 {when}，{place}。")
    assert survivor is not None
    return Message(
        f"{title} is now part of {survivor.title} ({_when(survivor)}); your seats moved with it.",
        f"{title} 已并入 {survivor.title}（{_when(survivor)}），报名随之转入。",
    )


async def _registered(db: AsyncSession, session_ids: Sequence[int]) -> list[Registration]:
    return list(
        (
            await db.scalars(
                select(Registration)
                .where(
                    Registration.session_id.in_(session_ids),
                    Registration.status == RegistrationStatus.REGISTERED.value,
                )
                .order_by(Registration.id)
            )
        ).all()
    )


async def changed(db: AsyncSession, sessions: Sequence[tuple[Session, Before]]) -> None:
    """Tell the enterprises registered for these sessions what changed about them."""
    changes = {
        session.id: (session, change)
        for session, before in sessions
        if (change := change_of(before, session)) is not None
    }
    if not changes:
        return
    for registration in await _registered(db, list(changes)):
        session, change = changes[registration.session_id]
        await notify(
            db,
            Recipient.enterprise(registration.enterprise_id),
            WebhookEvent.REGISTERED_SESSION_CHANGED,
            summary(change, session),
            {
                "change": change.value,
                "session": facts(session),
                "attendees": registration.attendees,
            },
        )


async def merged(db: AsyncSession, retirements: Sequence[tuple[Session, Session]]) -> None:
    """Tell the enterprises registered for sessions merged away where their seats went."""
    survivors = {session.id: (session, survivor) for session, survivor in retirements}
    for registration in await _registered(db, list(survivors)):
        session, survivor = survivors[registration.session_id]
        await notify(
            db,
            Recipient.enterprise(registration.enterprise_id),
            WebhookEvent.REGISTERED_SESSION_CHANGED,
            summary(Change.MERGED, session, survivor),
            {
                "change": Change.MERGED.value,
                "session": facts(session),
                "mergedInto": facts(survivor),
                "attendees": registration.attendees,
            },
        )
