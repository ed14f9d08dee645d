"""Feed sources: a department's existing ICS feed, pulled into civical."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.enums import EventKind
from schema.payloads import Payload, answer, key_of, transact
from schema.postings.inputs import AudienceInput
from services.core.db import Transaction
from services.imports import runs, sources
from services.imports.sources import FeedSourceView


@strawberry.type(description="Something the last import could not read.")
class ImportProblem:
    key: str | None = strawberry.field(
        description="The event's UID (with its RECURRENCE-ID); null for the whole file."
    )
    message: str


@strawberry.type(description="An ICS feed a department publishes, pulled every hour.")
class FeedSource:
    id: strawberry.ID
    url: str
    status: str = strawberry.field(
        description="PENDING, OK, ERROR (see lastError) or SUSPECT (a shrunken feed awaiting confirmation)."
    )
    event_count: int = strawberry.field(
        description="Upcoming events imported from it and not cancelled."
    )
    last_error: str | None
    last_fetched_at: datetime | None
    default_kind: EventKind
    default_topics: list[str]
    problems: list[ImportProblem] = strawberry.field(
        description="Per-event problems of the last import."
    )

    @classmethod
    def of(cls, view: FeedSourceView) -> FeedSource:
        return cls(
            id=strawberry.ID(ids.encode("FeedSource", view.key)),
            url=view.url,
            status=view.status,
            event_count=view.event_count,
            last_error=view.last_error,
            last_fetched_at=view.last_fetched_at,
            default_kind=EventKind(view.default_kind),
            default_topics=list(view.default_topics),
            problems=[ImportProblem(key=p.key, message=p.message) for p in view.problems],
        )


@strawberry.input
class AddFeedSourceInput:
    url: str = strawberry.field(
        description="http or https; private and loopback addresses are refused."
    )
    default_kind: EventKind = EventKind.TRAINING
    default_topics: list[str] = strawberry.field(default_factory=list)
    default_audience: AudienceInput | None = None
    department: str | None = strawberry.field(
        default=None, description="Slug; required of the coordinator."
    )


@strawberry.input
class FeedSourceInput:
    id: strawberry.ID


@strawberry.type
class FeedSourcePayload(Payload):
    source: FeedSource | None = None


@strawberry.type
class AddFeedSourcePayload(FeedSourcePayload):
    pass


@strawberry.type
class RefreshFeedSourcePayload(FeedSourcePayload):
    pass


@strawberry.type
class RemoveFeedSourcePayload(Payload):
    removed_id: strawberry.ID | None = None


@strawberry.type
class ImportQueries:
    @strawberry.field(description="The caller's feed sources (the coordinator sees all).")
    async def feed_sources(self, info: Info[Context, None]) -> list[FeedSource]:
        async with info.context.database.reading() as db:
            found = await sources.list_sources(db, info.context.principal)
        return [FeedSource.of(view) for view in found]


@strawberry.type
class ImportMutations:
    @strawberry.mutation(
        description="Register an ICS feed and import it now; unsafe addresses are refused and nothing is stored."
    )
    async def add_feed_source(
        self, info: Info[Context, None], input: AddFeedSourceInput
    ) -> AddFeedSourcePayload:
        audience = input.default_audience or AudienceInput()

        async def add() -> AddFeedSourcePayload:
            view = await runs.add_and_import(
                info.context.database, info.context.principal, info.context.allowlist,
                url=input.url, kind=input.default_kind.value, topics=input.default_topics,
                sectors=audience.sectors, regions=audience.regions, department=input.department,
            )  # fmt: skip
            return AddFeedSourcePayload(source=FeedSource.of(view))

        return await answer(info, AddFeedSourcePayload, add)

    @strawberry.mutation(
        description="Import a feed source now instead of at its next scheduled fetch."
    )
    async def refresh_feed_source(
        self, info: Info[Context, None], input: FeedSourceInput
    ) -> RefreshFeedSourcePayload:

        async def refresh() -> RefreshFeedSourcePayload:
            view = await runs.refresh(
                info.context.database,
                info.context.principal,
                info.context.allowlist,
                key_of("FeedSource", input.id, ("input", "id")),
            )
            return RefreshFeedSourcePayload(source=FeedSource.of(view))

        return await answer(info, RefreshFeedSourcePayload, refresh)

    @strawberry.mutation(description="Stop pulling a feed; the events it brought are cancelled.")
    async def remove_feed_source(
        self, info: Info[Context, None], input: FeedSourceInput
    ) -> RemoveFeedSourcePayload:
        async def work(db: Transaction) -> RemoveFeedSourcePayload:
            key = key_of("FeedSource", input.id, ("input", "id"))
            await sources.remove_source(db, info.context.principal, key)
            return RemoveFeedSourcePayload(removed_id=input.id)

        return await transact(info, RemoveFeedSourcePayload, work)
