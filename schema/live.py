"""Live updates for dashboards, over graphql-transport-ws on /graphql."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.enums import UpdateKind
from services.core import live


@strawberry.type(description="Something changed on the merged calendar.")
class CalendarUpdate:
    kind: UpdateKind = strawberry.field(description="What kind of change.")
    session_ids: list[strawberry.ID] = strawberry.field(description="The sessions it concerns.")
    message: str = strawberry.field(description="What happened, for a person.")
    at: datetime = strawberry.field(description="When it was announced.")

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
