"""The coordinator's side: duplicate candidates to decide, and merges and splits that stick."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.calendar import Session
from schema.context import Context
from schema.pagination import (
    After,
    First,
    From,
    PageInfo,
    To,
    check_first,
    decode_cursor,
    encode_cursor,
)
from schema.payloads import INPUT, Payload, key_of, transact
from schema.postings.types import Event
from services.calendar.window import window
from services.coordination import decisions
from services.core.db import Transaction


@strawberry.type(description="Two postings that are probably, not surely, the same session.")
class DuplicateCandidate:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it to `dismissDuplicate`.")
    score: float = strawberry.field(
        description="Match score from 0 to 1; merging starts at a higher score."
    )
    reasons: list[str] = strawberry.field(
        description='Why, each with the weight it had in bits: "same room +6.1", "titles 12% −1.3" (in the caller\'s language).'
    )
    sessions: list[Session] = strawberry.field(
        description="The two sessions the postings are in now."
    )
    events: list[Event] = strawberry.field(description="The two postings.")


@strawberry.type(description="A duplicate candidate and where it stands in the list.")
class DuplicateCandidateEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the candidates after this one.")
    node: DuplicateCandidate = strawberry.field(description="The candidate.")


@strawberry.type(description="A page of duplicate candidates in start order.")
class DuplicateCandidateConnection:
    edges: list[DuplicateCandidateEdge] = strawberry.field(
        description="The candidates of this page."
    )
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")

    @strawberry.field(description="The candidates of `edges`, without cursors.")
    def nodes(self) -> list[DuplicateCandidate]:
        return [edge.node for edge in self.edges]


@strawberry.input(description="Sessions that are one real-world occurrence.")
class MergeSessionsInput:
    session_ids: list[strawberry.ID] = strawberry.field(
        description="Two or more sessions; the oldest uid survives."
    )


@strawberry.input(description="A posting to take out of its session.")
class SplitEventInput:
    event_id: strawberry.ID = strawberry.field(
        description="The posting; it gets a session of its own and is never merged back automatically."
    )


@strawberry.input(description="A candidate that is two different sessions.")
class DismissDuplicateInput:
    candidate_id: strawberry.ID = strawberry.field(description="The candidate to dismiss.")


@strawberry.input(description="The coordinator's title for a session.")
class SetSessionTitleInput:
    session_id: strawberry.ID = strawberry.field(description="The session.")
    title: str | None = strawberry.field(
        description="null gives back the earliest posting's title."
    )


@strawberry.type(description="A session after a coordinator's decision.")
class SessionPayload(Payload):
    session: Session | None = strawberry.field(default=None, description="The session.")


@strawberry.type(description="The surviving session; the others point at it.")
class MergeSessionsPayload(SessionPayload):
    pass


@strawberry.type(description="The session with its new title.")
class SetSessionTitlePayload(SessionPayload):
    pass


@strawberry.type(description="The posting in a session of its own.")
class SplitEventPayload(Payload):
    event: Event | None = strawberry.field(default=None, description="The posting.")
    session: Session | None = strawberry.field(
        default=None, description="The posting's own session now."
    )


@strawberry.type(description="The dismissed candidate.")
class DismissDuplicatePayload(Payload):
    candidate_id: strawberry.ID | None = strawberry.field(
        default=None, description="The candidate, no longer listed."
    )


@strawberry.type(description="What matching could not decide.")
class CoordinationQueries:
    @strawberry.field(
        description="Open duplicate candidates starting in [from, to), in start order (coordinator only)."
    )
    async def duplicate_candidates(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
        first: First = 100,
        after: After = None,
    ) -> DuplicateCandidateConnection:
        start, end = window(from_, to)
        async with info.context.database.reading() as db:
            page = await decisions.duplicate_candidates(
                db,
                info.context.principal,
                start=start,
                end=end,
                first=check_first(first),
                after=decode_cursor(after) if after else None,
            )
        edges = []
        for candidate in page.candidates:
            sessions = [Session.of(view) for view in candidate.sessions]
            events = [
                next(event for event in session.events if event.id == ids.encode("Event", view.key))
                for session, view in zip(sessions, candidate.postings, strict=True)
            ]
            node = DuplicateCandidate(
                id=strawberry.ID(ids.encode("DuplicateCandidate", candidate.key)),
                score=round(candidate.score, 3),
                reasons=[reason.text(info.context.language) for reason in candidate.reasons],
                sessions=sessions,
                events=events,
            )
            edges.append(
                DuplicateCandidateEdge(
                    cursor=encode_cursor(candidate.start, candidate.key), node=node
                )
            )
        return DuplicateCandidateConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
        )


@strawberry.type(description="The coordinator's decisions.")
class CoordinationMutations:
    @strawberry.mutation(
        description="Merge sessions into the oldest, whose uid survives (coordinator only). Sticks."
    )
    async def merge_sessions(
        self, info: Info[Context, None], input: Annotated[MergeSessionsInput, INPUT]
    ) -> MergeSessionsPayload:
        async def work(db: Transaction) -> MergeSessionsPayload:
            keys = [
                key_of("Session", session_id, ("input", "sessionIds"))
                for session_id in input.session_ids
            ]
            survivor = await decisions.merge_sessions(db, info.context.principal, keys)
            return MergeSessionsPayload(session=Session.of(survivor))

        return await transact(info, MergeSessionsPayload, work)

    @strawberry.mutation(
        description="Give a posting a session of its own (coordinator only). Sticks."
    )
    async def split_event(
        self, info: Info[Context, None], input: Annotated[SplitEventInput, INPUT]
    ) -> SplitEventPayload:
        async def work(db: Transaction) -> SplitEventPayload:
            posting, session = await decisions.split_event(
                db, info.context.principal, key_of("Event", input.event_id, ("input", "eventId"))
            )
            return SplitEventPayload(event=Event.alone(posting), session=Session.of(session))

        return await transact(info, SplitEventPayload, work)

    @strawberry.mutation(
        description="Declare a duplicate candidate two different sessions (coordinator only). Sticks."
    )
    async def dismiss_duplicate(
        self, info: Info[Context, None], input: Annotated[DismissDuplicateInput, INPUT]
    ) -> DismissDuplicatePayload:
        async def work(db: Transaction) -> DismissDuplicatePayload:
            key = key_of("DuplicateCandidate", input.candidate_id, ("input", "candidateId"))
            await decisions.dismiss_duplicate(db, info.context.principal, key)
            return DismissDuplicatePayload(candidate_id=input.candidate_id)

        return await transact(info, DismissDuplicatePayload, work)

    @strawberry.mutation(
        description="Set (or with null, clear) a session's title (coordinator only)."
    )
    async def set_session_title(
        self, info: Info[Context, None], input: Annotated[SetSessionTitleInput, INPUT]
    ) -> SetSessionTitlePayload:
        async def work(db: Transaction) -> SetSessionTitlePayload:
            key = key_of("Session", input.session_id, ("input", "sessionId"))
            session = await decisions.set_session_title(
                db, info.context.principal, key, input.title
            )
            return SetSessionTitlePayload(session=Session.of(session))

        return await transact(info, SetSessionTitlePayload, work)
