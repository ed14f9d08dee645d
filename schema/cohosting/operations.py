"""Co-hosting's queries and mutations: each mutation is one service call in one transaction."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from schema.calendar import Session
from schema.cohosting.inputs import (
    InviteCoHostInput,
    JoinSessionInput,
    LeaveSessionInput,
    RespondToInvitationInput,
    WithdrawInvitationInput,
)
from schema.cohosting.types import (
    CohostingDecision,
    CohostingDecisionConnection,
    CohostingDecisionEdge,
    EventConnection,
    EventEdge,
    Invitation,
)
from schema.context import Context
from schema.enums import InvitationStatus, Status
from schema.pagination import (
    DEFAULT_PAGE,
    After,
    First,
    From,
    To,
    check_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from schema.payloads import INPUT, Payload, key_of, transact
from schema.postings.types import Event
from services.calendar.window import window
from services.cohosting import invitations, joins, mine, record
from services.core.db import Transaction


@strawberry.type(description="The department's posting in the session it co-hosts now.")
class JoinSessionPayload(Payload):
    event: Event | None = strawberry.field(default=None, description="The department's posting.")
    session: Session | None = strawberry.field(
        default=None, description="The session, with every host."
    )


@strawberry.type(description="The department's posting in a session of its own now.")
class LeaveSessionPayload(JoinSessionPayload):
    pass


@strawberry.type(description="The invitation as it stands.")
class InvitationPayload(Payload):
    invitation: Invitation | None = strawberry.field(default=None, description="The invitation.")


@strawberry.type(description="The invitation sent; the invited department is told.")
class InviteCoHostPayload(InvitationPayload):
    pass


@strawberry.type(description="The invitation withdrawn; the invited department is told.")
class WithdrawInvitationPayload(InvitationPayload):
    pass


@strawberry.type(description="The answer; the inviting department is told.")
class RespondToInvitationPayload(InvitationPayload):
    event: Event | None = strawberry.field(
        default=None, description="When accepted: the department's posting in the session."
    )
    session: Session | None = strawberry.field(
        default=None, description="When accepted: the session, with every host."
    )


def _session_id(global_id: str) -> int:
    return key_of("Session", global_id, ("input", "sessionId"))


def _invitation_id(global_id: str) -> int:
    return key_of("Invitation", global_id, ("input", "invitationId"))


@strawberry.type
class CohostingQueries:
    @strawberry.field(
        description="Invitations the caller's department sent or received, newest first (every one for the coordinator)."
    )
    async def my_invitations(
        self,
        info: Info[Context, None],
        status: Annotated[
            InvitationStatus | None, strawberry.argument(description="Only these; all if left out.")
        ] = None,
    ) -> list[Invitation]:
        async with info.context.database.reading() as db:
            found = await invitations.mine(db, info.context.principal, status)
        return [Invitation.of(view) for view in found]

    @strawberry.field(
        description=f"The caller's department's postings intersecting [from, to), in start order, each with its session and so its co-hosts. `first` is at most 500 (default {DEFAULT_PAGE})."
    )
    async def my_events(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
        status: Annotated[
            Status | None, strawberry.argument(description="Only these; all if left out.")
        ] = None,
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> EventConnection:
        start, end = window(from_, to)
        async with info.context.database.reading() as db:
            page = await mine.my_events(
                db,
                info.context.principal,
                start=start,
                end=end,
                status=status.value if status else None,
                first=check_first(first),
                after=decode_cursor(after) if after else None,
            )
        edges = [
            EventEdge(cursor=encode_cursor(view.start, view.key), node=Event.alone(view))
            for view in page.postings
        ]
        return EventConnection(
            edges=edges,
            page_info=page_info(edges, page.has_next),
        )

    @strawberry.field(
        description="Departments joining or leaving sessions starting in [from, to), by their own decision, in start order: every one for the coordinator, a department's own for it."
    )
    async def cohosting_decisions(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> CohostingDecisionConnection:
        start, end = window(from_, to)
        async with info.context.database.reading() as db:
            page = await record.decisions(
                db,
                info.context.principal,
                start=start,
                end=end,
                first=check_first(first),
                after=decode_cursor(after) if after else None,
            )
        edges = [
            CohostingDecisionEdge(
                cursor=encode_cursor(view.start, view.key), node=CohostingDecision.of(view)
            )
            for view in page.decisions
        ]
        return CohostingDecisionConnection(
            edges=edges,
            page_info=page_info(edges, page.has_next),
        )


@strawberry.type
class CohostingMutations:
    @strawberry.mutation(
        description="Co-host a session instead of running a twin: the department's posting joins it, and stays (as a coordinator's merge would)."
    )
    async def join_session(
        self, info: Info[Context, None], input: Annotated[JoinSessionInput, INPUT]
    ) -> JoinSessionPayload:
        async def work(db: Transaction) -> JoinSessionPayload:
            posting, session = await joins.join(
                db, info.context.principal, _session_id(input.session_id),
                external_id=input.external_id, extras=input.extras(), department=input.department,
            )  # fmt: skip
            return JoinSessionPayload(event=Event.alone(posting), session=Session.of(session))

        return await transact(info, JoinSessionPayload, work)

    @strawberry.mutation(
        description="Take one of the caller's postings out of the session it shares; it is never merged back automatically, and the coordinator sees it left."
    )
    async def leave_session(
        self, info: Info[Context, None], input: Annotated[LeaveSessionInput, INPUT]
    ) -> LeaveSessionPayload:
        async def work(db: Transaction) -> LeaveSessionPayload:
            key = key_of("Event", input.event_id, ("input", "eventId"))
            posting, session = await joins.leave(db, info.context.principal, key)
            return LeaveSessionPayload(event=Event.alone(posting), session=Session.of(session))

        return await transact(info, LeaveSessionPayload, work)

    @strawberry.mutation(
        description="Invite a department to co-host a session the caller hosts (hosts only); it is told by webhook."
    )
    async def invite_co_host(
        self, info: Info[Context, None], input: Annotated[InviteCoHostInput, INPUT]
    ) -> InviteCoHostPayload:
        async def work(db: Transaction) -> InviteCoHostPayload:
            view = await invitations.invite(
                db, info.context.principal, _session_id(input.session_id),
                invited=input.department, message=input.message,
            )  # fmt: skip
            return InviteCoHostPayload(invitation=Invitation.of(view))

        return await transact(info, InviteCoHostPayload, work)

    @strawberry.mutation(
        description="Accept (the department becomes a host) or decline an invitation (the invited department only); the inviting one is told."
    )
    async def respond_to_invitation(
        self, info: Info[Context, None], input: Annotated[RespondToInvitationInput, INPUT]
    ) -> RespondToInvitationPayload:
        async def work(db: Transaction) -> RespondToInvitationPayload:
            answer = await invitations.respond(
                db, info.context.principal, _invitation_id(input.invitation_id),
                accept=input.accept, external_id=input.external_id, extras=input.extras(),
            )  # fmt: skip
            return RespondToInvitationPayload(
                invitation=Invitation.of(answer.invitation),
                event=Event.alone(answer.posting) if answer.posting else None,
                session=Session.of(answer.session) if answer.session else None,
            )

        return await transact(info, RespondToInvitationPayload, work)

    @strawberry.mutation(
        description="Withdraw a pending invitation (the inviting department only); the invited one is told."
    )
    async def withdraw_invitation(
        self, info: Info[Context, None], input: Annotated[WithdrawInvitationInput, INPUT]
    ) -> WithdrawInvitationPayload:
        async def work(db: Transaction) -> WithdrawInvitationPayload:
            view = await invitations.withdraw(
                db, info.context.principal, _invitation_id(input.invitation_id)
            )
            return WithdrawInvitationPayload(invitation=Invitation.of(view))

        return await transact(info, WithdrawInvitationPayload, work)
