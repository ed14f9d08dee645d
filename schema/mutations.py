"""Write side of the API. Each mutation runs one service call inside one transaction and
reports refusals as ``userErrors``; a refused mutation stores nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from schema import ids
from schema.context import Context, sessions_of
from schema.errors import UserError, user_errors
from schema.inputs import CancelEventInput, CreateDepartmentInput, PostEventInput, UpdateEventInput
from schema.types import Department, Event, Session
from services import calendar, departments, postings
from services.errors import DomainError, ErrorCode
from services.models import Department as DepartmentRow
from services.models import Event as EventRow


@strawberry.type
class Payload:
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation was refused; empty when it succeeded."
    )


P = TypeVar("P", bound=Payload)


@strawberry.type
class CreateDepartmentPayload(Payload):
    department: Department | None = None
    token: str | None = strawberry.field(
        default=None, description="The department's bearer token, shown this once."
    )


@strawberry.type
class EventPayload(Payload):
    event: Event | None = None
    session: Session | None = strawberry.field(
        default=None, description="The session the event belongs to now."
    )


@strawberry.type
class PostEventPayload(EventPayload):
    created: bool = strawberry.field(
        default=False, description="False when an existing externalId was updated."
    )


@strawberry.type
class UpdateEventPayload(EventPayload):
    pass


@strawberry.type
class CancelEventPayload(EventPayload):
    pass


async def _transact(
    info: Info[Context, None], payload: type[P], work: Callable[[AsyncSession], Awaitable[P]]
) -> P:
    try:
        return await info.context.database.transact(work)
    except DomainError as error:
        return payload(user_errors=user_errors(error))


def _event_id(global_id: str) -> int:
    key = ids.decode_as("Event", global_id)
    if key is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such event.", ("input", "id"))
    return key


async def _shown(db: AsyncSession, row: EventRow) -> tuple[Event, Session]:
    """The event and its session as the payload shows them, read inside the same transaction."""
    owner = await db.get(DepartmentRow, row.department_id)
    assert owner is not None
    (session,) = sessions_of(await calendar.sessions_by_id(db, [row.session_id]))
    return Event.of(row, Department.of(owner)), session


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a department and its token (coordinator only).")
    async def create_department(
        self, info: Info[Context, None], input: CreateDepartmentInput
    ) -> CreateDepartmentPayload:
        async def work(db: AsyncSession) -> CreateDepartmentPayload:
            row, token = await departments.create_department(
                db, info.context.principal, slug=input.slug, name=input.name
            )
            return CreateDepartmentPayload(department=Department.of(row), token=token)

        return await _transact(info, CreateDepartmentPayload, work)

    @strawberry.mutation(
        description="Post an event for the caller's department; the same externalId again updates it."
    )
    async def post_event(
        self, info: Info[Context, None], input: PostEventInput
    ) -> PostEventPayload:
        async def work(db: AsyncSession) -> PostEventPayload:
            posted = await postings.post_event(
                db,
                info.context.principal,
                input.raw(),
                external_id=input.external_id,
                department=input.department,
            )
            event, session = await _shown(db, posted.event)
            return PostEventPayload(event=event, session=session, created=posted.created)

        return await _transact(info, PostEventPayload, work)

    @strawberry.mutation(description="Change fields of one of the caller's events.")
    async def update_event(
        self, info: Info[Context, None], input: UpdateEventInput
    ) -> UpdateEventPayload:
        async def work(db: AsyncSession) -> UpdateEventPayload:
            row = await postings.update_event(
                db,
                info.context.principal,
                _event_id(input.id),
                input.changes(),
                expected_sequence=input.expected_sequence,
            )
            event, session = await _shown(db, row)
            return UpdateEventPayload(event=event, session=session)

        return await _transact(info, UpdateEventPayload, work)

    @strawberry.mutation(
        description="Cancel one of the caller's events. It is kept, marked CANCELLED."
    )
    async def cancel_event(
        self, info: Info[Context, None], input: CancelEventInput
    ) -> CancelEventPayload:
        async def work(db: AsyncSession) -> CancelEventPayload:
            row = await postings.cancel_event(
                db,
                info.context.principal,
                _event_id(input.id),
                expected_sequence=input.expected_sequence,
            )
            event, session = await _shown(db, row)
            return CancelEventPayload(event=event, session=session)

        return await _transact(info, CancelEventPayload, work)
