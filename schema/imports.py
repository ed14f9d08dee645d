"""Feed sources: a department's existing ICS feed, pulled into civical."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.enums import EventKind
from schema.payloads import INPUT, Payload, answer, key_of, transact
from schema.postings.inputs import AudienceInput
from services.core.db import Transaction
from services.core.errors import Language
from services.imports import runs, sources
from services.imports.sources import FeedSourceView


@strawberry.type(description="Something the last import could not read.")
class ImportProblem:
    key: str | None = strawberry.field(
        description="The event's UID (with its RECURRENCE-ID); null for the whole file."
    )
    message: str = strawberry.field(
        description="What was wrong, in the language `Accept-Language` asks for."
    )


@strawberry.type(description="An ICS feed a department publishes, pulled every hour.")
class FeedSource:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it back as it is.")
    url: str = strawberry.field(description="Where the feed is fetched from.")
    status: str = strawberry.field(
        description="PENDING, OK, ERROR (see lastError) or SUSPECT (a shrunken feed awaiting confirmation)."
    )
    event_count: int = strawberry.field(
        description="Upcoming events imported from it and not cancelled."
    )
    last_error: str | None = strawberry.field(
        description="Why the last fetch or import failed, in the caller's language; null when it did not."
    )
    last_fetched_at: datetime | None = strawberry.field(
        description="When it was last fetched (UTC); null before the first fetch."
    )
    default_kind: EventKind = strawberry.field(description="The kind its events are posted as.")
    default_topics: list[str] = strawberry.field(
        description="Topics every event imported from it is given, besides its own CATEGORIES."
    )
    problems: list[ImportProblem] = strawberry.field(
        description="Per-event problems of the last import."
    )

    @classmethod
    def of(cls, view: FeedSourceView, language: Language) -> FeedSource:
        return cls(
            id=strawberry.ID(ids.encode("FeedSource", view.key)),
            url=view.url,
            status=view.status,
            event_count=view.event_count,
            last_error=view.last_error.text(language) if view.last_error else None,
            last_fetched_at=view.last_fetched_at,
            default_kind=EventKind(view.default_kind),
            default_topics=list(view.default_topics),
            problems=[
                ImportProblem(key=p.key, message=p.message.text(language)) for p in view.problems
            ],
        )


@strawberry.input(description="A department's ICS feed to import, and what its events are for.")
class AddFeedSourceInput:
    url: str = strawberry.field(
        description="http or https; private and loopback addresses are refused."
    )
    default_kind: EventKind = strawberry.field(
        default=EventKind.TRAINING, description="The kind its events are posted as."
    )
    default_topics: list[str] = strawberry.field(
        default_factory=list,
        description="Topics every imported event is given, in any form `topics` accepts.",
    )
    default_audience: AudienceInput | None = strawberry.field(
        default=None, description="Who its events are for; left out, everyone."
    )
    department: str | None = strawberry.field(
        default=None, description="Slug; required of the coordinator."
    )


@strawberry.input(description="One feed source.")
class FeedSourceInput:
    id: strawberry.ID = strawberry.field(description="The feed source's id.")


@strawberry.type(description="A feed source after a change.")
class FeedSourcePayload(Payload):
    source: FeedSource | None = strawberry.field(
        default=None, description="The feed source, with the outcome of its import."
    )


@strawberry.type(description="The new feed source, imported once already.")
class AddFeedSourcePayload(FeedSourcePayload):
    pass


@strawberry.type(description="The feed source, imported again just now.")
class RefreshFeedSourcePayload(FeedSourcePayload):
    pass


@strawberry.type(description="Which feed source was removed.")
class RemoveFeedSourcePayload(Payload):
    removed_id: strawberry.ID | None = strawberry.field(
        default=None, description="The id of the feed source that is gone."
    )


@strawberry.type
class ImportQueries:
    @strawberry.field(description="The caller's feed sources (the coordinator sees all).")
    async def feed_sources(self, info: Info[Context, None]) -> list[FeedSource]:
        async with info.context.database.reading() as db:
            found = await sources.list_sources(db, info.context.principal)
        return [FeedSource.of(view, info.context.language) for view in found]


@strawberry.type
class ImportMutations:
    @strawberry.mutation(
        description="Register an ICS feed and import it now; unsafe addresses are refused and nothing is stored."
    )
    async def add_feed_source(
        self, info: Info[Context, None], input: Annotated[AddFeedSourceInput, INPUT]
    ) -> AddFeedSourcePayload:
        audience = input.default_audience or AudienceInput()

        async def add() -> AddFeedSourcePayload:
            view = await runs.add_and_import(
                info.context.database, info.context.principal, info.context.allowlist,
                url=input.url, kind=input.default_kind.value, topics=input.default_topics,
                sectors=audience.sectors, regions=audience.regions, department=input.department,
            )  # fmt: skip
            return AddFeedSourcePayload(source=FeedSource.of(view, info.context.language))

        return await answer(info, AddFeedSourcePayload, add)

    @strawberry.mutation(
        description="Import a feed source now instead of at its next scheduled fetch."
    )
    async def refresh_feed_source(
        self, info: Info[Context, None], input: Annotated[FeedSourceInput, INPUT]
    ) -> RefreshFeedSourcePayload:

        async def refresh() -> RefreshFeedSourcePayload:
            view = await runs.refresh(
                info.context.database,
                info.context.principal,
                info.context.allowlist,
                key_of("FeedSource", input.id, ("input", "id")),
            )
            return RefreshFeedSourcePayload(source=FeedSource.of(view, info.context.language))

        return await answer(info, RefreshFeedSourcePayload, refresh)

    @strawberry.mutation(description="Stop pulling a feed; the events it brought are cancelled.")
    async def remove_feed_source(
        self, info: Info[Context, None], input: Annotated[FeedSourceInput, INPUT]
    ) -> RemoveFeedSourcePayload:
        async def work(db: Transaction) -> RemoveFeedSourcePayload:
            key = key_of("FeedSource", input.id, ("input", "id"))
            await sources.remove_source(db, info.context.principal, key)
            return RemoveFeedSourcePayload(removed_id=input.id)

        return await transact(info, RemoveFeedSourcePayload, work)
