"""The coordinator's side: duplicate candidates to decide, and merges and splits that stick."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from schema import ids
from schema.context import Context, sessions_of
from schema.live import announce
from schema.pagination import PageInfo, check_first, decode_cursor, encode_cursor, window
from schema.payloads import Payload, key_of, session_shown, shown, transact
from schema.types import Event, Session
from services import calendar, coordination
from services.live import UpdateKind


@strawberry.type(description="Two postings that are probably, not surely, the same session.")
class DuplicateCandidate:
    id: strawberry.ID
    score: float = strawberry.field(
        description="Match score from 0 to 1; merging starts at a higher score."
    )
    reasons: list[str] = strawberry.field(description='Why, e.g. "title 87%", "same venue".')
    sessions: list[Session] = strawberry.field(
        description="The two sessions the postings are in now."
    )
    events: list[Event] = strawberry.field(description="The two postings.")


@strawberry.type
class DuplicateCandidateEdge:
    cursor: str
    node: DuplicateCandidate


@strawberry.type
class DuplicateCandidateConnection:
    edges: list[DuplicateCandidateEdge]
    page_info: PageInfo

    @strawberry.field
    def nodes(self) -> list[DuplicateCandidate]:
        return [edge.node for edge in self.edges]


@strawberry.input
class MergeSessionsInput:
    session_ids: list[strawberry.ID] = strawberry.field(
        description="Two or more sessions; the oldest uid survives."
    )


@strawberry.input
class SplitEventInput:
    event_id: strawberry.ID


@strawberry.input
class DismissDuplicateInput:
    candidate_id: strawberry.ID


@strawberry.input
class SetSessionTitleInput:
    session_id: strawberry.ID
    title: str | None = strawberry.field(
        description="null gives back the earliest posting's title."
    )


@strawberry.type
class SessionPayload(Payload):
    session: Session | None = None


@strawberry.type
class MergeSessionsPayload(SessionPayload):
    pass


@strawberry.type
class SetSessionTitlePayload(SessionPayload):
    pass


@strawberry.type
class SplitEventPayload(Payload):
    event: Event | None = None
    session: Session | None = strawberry.field(
        default=None, description="The posting's own session now."
    )


@strawberry.type
class DismissDuplicatePayload(Payload):
    candidate_id: strawberry.ID | None = None


@strawberry.type
class CoordinationQueries:
    @strawberry.field(
        description="Open duplicate candidates starting in [from, to), in start order (coordinator only)."
    )
    async def duplicate_candidates(
        self,
        info: Info[Context, None],
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
        first: int = 100,
        after: str | None = None,
    ) -> DuplicateCandidateConnection:
        info.context.require_coordinator()
        start, end = window(from_, to)
        async with info.context.database.reading() as db:
            page = await coordination.duplicate_candidates(
                db,
                start=start,
                end=end,
                first=check_first(first),
                after=decode_cursor(after) if after else None,
            )
            bundle = await calendar.sessions_by_id(db, sorted(set(page.session_of.values())))
        by_id = dict(zip((row.id for row in bundle.sessions), sessions_of(bundle), strict=True))
        edges = []
        for row in page.candidates:
            pair = (row.low_event_id, row.high_event_id)
            pair_sessions = [by_id[page.session_of[event_id]] for event_id in pair]
            events = [
                next(e for e in session.events if e.id == ids.encode("Event", event_id))
                for session, event_id in zip(pair_sessions, pair, strict=True)
            ]
            node = DuplicateCandidate(
                id=strawberry.ID(ids.encode("DuplicateCandidate", row.id)),
                score=round(row.score, 3),
                reasons=row.reasons,
                sessions=pair_sessions,
                events=events,
            )
            edges.append(DuplicateCandidateEdge(cursor=encode_cursor(row.start, row.id), node=node))
        return DuplicateCandidateConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
        )


@strawberry.type
class CoordinationMutations:
    @strawberry.mutation(
        description="Merge sessions into the oldest, whose uid survives (coordinator only). Sticks."
    )
    async def merge_sessions(
        self, info: Info[Context, None], input: MergeSessionsInput
    ) -> MergeSessionsPayload:
        async def work(db: AsyncSession) -> MergeSessionsPayload:
            keys = [
                key_of("Session", session_id, ("input", "sessionIds"))
                for session_id in input.session_ids
            ]
            survivor = await coordination.merge_sessions(db, info.context.principal, keys)
            return MergeSessionsPayload(session=await session_shown(db, survivor.id))

        payload = await transact(info, MergeSessionsPayload, work)
        announce(info, UpdateKind.MERGED, payload.session, "sessions merged")
        return payload

    @strawberry.mutation(
        description="Give a posting a session of its own (coordinator only). Sticks."
    )
    async def split_event(
        self, info: Info[Context, None], input: SplitEventInput
    ) -> SplitEventPayload:
        async def work(db: AsyncSession) -> SplitEventPayload:
            row = await coordination.split_event(
                db, info.context.principal, key_of("Event", input.event_id, ("input", "eventId"))
            )
            event, session = await shown(db, row)
            return SplitEventPayload(event=event, session=session)

        payload = await transact(info, SplitEventPayload, work)
        announce(info, UpdateKind.CHANGED, payload.session, "split off")
        return payload

    @strawberry.mutation(
        description="Declare a duplicate candidate two different sessions (coordinator only). Sticks."
    )
    async def dismiss_duplicate(
        self, info: Info[Context, None], input: DismissDuplicateInput
    ) -> DismissDuplicatePayload:
        async def work(db: AsyncSession) -> DismissDuplicatePayload:
            key = key_of("DuplicateCandidate", input.candidate_id, ("input", "candidateId"))
            await coordination.dismiss_duplicate(db, info.context.principal, key)
            return DismissDuplicatePayload(candidate_id=input.candidate_id)

        return await transact(info, DismissDuplicatePayload, work)

    @strawberry.mutation(
        description="Set (or with null, clear) a session's title (coordinator only)."
    )
    async def set_session_title(
        self, info: Info[Context, None], input: SetSessionTitleInput
    ) -> SetSessionTitlePayload:
        async def work(db: AsyncSession) -> SetSessionTitlePayload:
            key = key_of("Session", input.session_id, ("input", "sessionId"))
            session = await coordination.set_session_title(
                db, info.context.principal, key, input.title
            )
            return SetSessionTitlePayload(session=await session_shown(db, session.id))

        return await transact(info, SetSessionTitlePayload, work)
