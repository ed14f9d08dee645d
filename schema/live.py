"""Live updates for dashboards, over graphql-transport-ws on /graphql."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.types import Session
from services import live

UpdateKind = strawberry.enum(live.UpdateKind, description="What changed on the calendar.")


@strawberry.type(description="Something changed on the merged calendar.")
class CalendarUpdate:
    kind: UpdateKind  # type: ignore[valid-type]
    session_ids: list[strawberry.ID]
    message: str
    at: datetime

    @classmethod
    def of(cls, announcement: live.Announcement) -> CalendarUpdate:
        return cls(
            kind=announcement.kind,
            session_ids=[
                strawberry.ID(ids.encode("Session", key)) for key in announcement.session_ids
            ],
            message=announcement.message,
            at=announcement.at,
        )


@strawberry.type
class LiveSubscriptions:
    @strawberry.subscription(description="New postings, merges and overlaps, as they happen.")
    async def calendar_updates(
        self, info: Info[Context, None]
    ) -> AsyncGenerator[CalendarUpdate, None]:
        async for announcement in info.context.broker.listen():
            yield CalendarUpdate.of(announcement)


def announce(
    info: Info[Context, None], kind: live.UpdateKind, session: Session | None, what: str
) -> None:
    """Tell live listeners what a mutation did to a session; a refused mutation (no session) did nothing."""
    if session is not None:
        info.context.broker.publish(
            live.Announcement(kind, (session.key,), f"{session.title}: {what}")
        )


def announce_overlap(info: Info[Context, None], session_keys: list[int], reason: str) -> None:
    info.context.broker.publish(
        live.Announcement(live.UpdateKind.OVERLAP, tuple(session_keys), reason)
    )
