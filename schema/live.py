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
from services.core.errors import Language


@strawberry.type(description="Something changed on the merged calendar.")
class CalendarUpdate:
    kind: UpdateKind = strawberry.field(description="What kind of change.")
    session_ids: list[strawberry.ID] = strawberry.field(description="The sessions it concerns.")
    message: str = strawberry.field(
        description="What happened, for a person, in the language the connection asked for."
    )
    at: datetime = strawberry.field(description="When it was announced.")

    @classmethod
    def of(cls, announcement: live.Announcement, language: Language) -> CalendarUpdate:
        return cls(
            kind=announcement.kind,
            session_ids=[
                strawberry.ID(ids.encode("Session", key)) for key in announcement.session_ids
            ],
            message=announcement.message.text(language),
            at=announcement.at,
        )


@strawberry.type(description="Live updates, over graphql-transport-ws on /graphql.")
class Subscription:
    @strawberry.subscription(description="New postings, merges and overlaps, as they happen.")
    async def calendar_updates(
        self, info: Info[Context, None]
    ) -> AsyncGenerator[CalendarUpdate, None]:
        async for announcement in info.context.broker.listen():
            yield CalendarUpdate.of(announcement, info.context.language)
