"""Feed sources: a department's existing ICS feed, pulled into civical."""

from __future__ import annotations

from datetime import datetime

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.inputs import AudienceInput
from schema.payloads import Payload, key_of, transact
from schema.types import EventKind
from services import imports, sources
from services import models as rows
from services.errors import DomainError, ErrorCode
from services.importer import FetchError

REFUSED_FETCHES = ("FORBIDDEN_ADDRESS", "UNSAFE_URL")


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
    def of(cls, row: rows.FeedSource) -> FeedSource:
        return cls(
            id=strawberry.ID(ids.encode("FeedSource", row.id)),
            url=row.url,
            status=row.status,
            event_count=row.event_count,
            last_error=row.last_error,
            last_fetched_at=row.last_fetched_at,
            default_kind=EventKind(row.default_kind),
            default_topics=row.default_topics,
            problems=[
                ImportProblem(key=p.get("key"), message=p.get("message") or "")
                for p in row.problems
            ],
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


async def _reloaded(info: Info[Context, None], source_id: int) -> FeedSource:
    async with info.context.database.reading() as db:
        row = await db.get(rows.FeedSource, source_id)
    assert row is not None
    return FeedSource.of(row)


async def _import_now(info: Info[Context, None], source_id: int) -> FetchError | None:
    try:
        await imports.import_source(info.context.database, source_id, info.context.allowlist)
    except FetchError as error:
        return error
    return None


@strawberry.type
class ImportQueries:
    @strawberry.field(description="The caller's feed sources (the coordinator sees all).")
    async def feed_sources(self, info: Info[Context, None]) -> list[FeedSource]:
        try:
            async with info.context.database.reading() as db:
                return [
                    FeedSource.of(row)
                    for row in await sources.list_sources(db, info.context.principal)
                ]
        except DomainError as error:
            raise info.context.refusal(error) from error


@strawberry.type
class ImportMutations:
    @strawberry.mutation(
        description="Register an ICS feed and import it now; unsafe addresses are refused and nothing is stored."
    )
    async def add_feed_source(
        self, info: Info[Context, None], input: AddFeedSourceInput
    ) -> AddFeedSourcePayload:
        audience = input.default_audience or AudienceInput()

        async def work(db: AsyncSession) -> AddFeedSourcePayload:
            row = await sources.add_source(
                db, info.context.principal, url=input.url, kind=input.default_kind.value, topics=input.default_topics,
                sectors=audience.sectors, regions=audience.regions, department=input.department,
            )  # fmt: skip
            return AddFeedSourcePayload(source=FeedSource.of(row))

        payload = await transact(info, AddFeedSourcePayload, work)
        if payload.source is None:
            return payload
        source_id = key_of("FeedSource", payload.source.id, ("input", "id"))
        error = await _import_now(info, source_id)
        if error is not None and error.code in REFUSED_FETCHES:

            async def forget(db: AsyncSession) -> None:
                await sources.remove_source(db, info.context.principal, source_id)

            await info.context.database.transact(forget)
            return AddFeedSourcePayload(
                user_errors=AddFeedSourcePayload.refusal(
                    ErrorCode.FORBIDDEN_ADDRESS, error.message, ["input", "url"]
                )
            )
        return AddFeedSourcePayload(source=await _reloaded(info, source_id))

    @strawberry.mutation(
        description="Import a feed source now instead of at its next scheduled fetch."
    )
    async def refresh_feed_source(
        self, info: Info[Context, None], input: FeedSourceInput
    ) -> RefreshFeedSourcePayload:
        async def work(db: AsyncSession) -> RefreshFeedSourcePayload:
            row = await sources.own_source(
                db, info.context.principal, key_of("FeedSource", input.id, ("input", "id"))
            )
            return RefreshFeedSourcePayload(source=FeedSource.of(row))

        payload = await transact(info, RefreshFeedSourcePayload, work)
        if payload.source is None:
            return payload
        source_id = key_of("FeedSource", payload.source.id, ("input", "id"))
        await _import_now(info, source_id)
        return RefreshFeedSourcePayload(source=await _reloaded(info, source_id))

    @strawberry.mutation(description="Stop pulling a feed; the events it brought are cancelled.")
    async def remove_feed_source(
        self, info: Info[Context, None], input: FeedSourceInput
    ) -> RemoveFeedSourcePayload:
        async def work(db: AsyncSession) -> RemoveFeedSourcePayload:
            key = key_of("FeedSource", input.id, ("input", "id"))
            await sources.remove_source(db, info.context.principal, key)
            return RemoveFeedSourcePayload(removed_id=input.id)

        return await transact(info, RemoveFeedSourcePayload, work)
