"""Departments and their postings: the queries and mutations. Each mutation is one service
call inside one transaction; refusals come back as ``userErrors`` and store nothing."""

from __future__ import annotations

from typing import Self

import strawberry
from strawberry.types import Info

from schema.cache import reads_departments
from schema.calendar import Session
from schema.context import Context
from schema.overlaps import Overlap
from schema.payloads import Payload, key_of, transact
from schema.postings.inputs import (
    CancelEventInput,
    CreateDepartmentInput,
    PostEventInput,
    UpdateEventInput,
)
from schema.postings.types import Department, Event
from services.core.db import Transaction
from services.postings import departments, post


@strawberry.type(description="The new department, and its token.")
class CreateDepartmentPayload(Payload):
    department: Department | None = strawberry.field(default=None, description="The department.")
    token: str | None = strawberry.field(
        default=None, description="The department's bearer token, shown this once."
    )


@strawberry.input(description="Whose token to replace.")
class RotateDepartmentTokenInput:
    department: str | None = strawberry.field(
        default=None, description="Slug; a department may leave it out, the coordinator names one."
    )


@strawberry.type(description="The department, and its new token.")
class RotateDepartmentTokenPayload(Payload):
    department: Department | None = strawberry.field(default=None, description="The department.")
    token: str | None = strawberry.field(
        default=None,
        description="The new bearer token, shown this once; the old one no longer works.",
    )


@strawberry.type(description="A posting after a change, its session and what it collides with.")
class EventPayload(Payload):
    event: Event | None = strawberry.field(default=None, description="The posting.")
    session: Session | None = strawberry.field(
        default=None, description="The session the event belongs to now."
    )
    overlaps: list[Overlap] = strawberry.field(
        default_factory=list,
        description=f"Sessions this one collides with (conflicts) or repeats (redundancies): the {post.SHOWN_OVERLAPS} with the highest score, worst first. `overlaps` lists them all.",
    )

    @classmethod
    def of(cls, outcome: post.Outcome) -> Self:
        return cls(
            event=Event.alone(outcome.posting),
            session=Session.of(outcome.session),
            overlaps=[Overlap.of(found) for found in outcome.overlaps],
        )


@strawberry.type(description="A posted event (every occurrence, for a series).")
class PostEventPayload(EventPayload):
    created: bool = strawberry.field(
        default=False, description="False when an existing externalId was updated."
    )
    merged: bool = strawberry.field(
        default=False,
        description="True when the posting shares its session with other departments' postings.",
    )
    occurrences: list[Event] = strawberry.field(
        default_factory=list,
        description="Every occurrence posted (one unless `recurrence` was given).",
    )


@strawberry.type(description="An updated event.")
class UpdateEventPayload(EventPayload):
    pass


@strawberry.type(description="A cancelled event.")
class CancelEventPayload(EventPayload):
    pass


def _event_id(global_id: str) -> int:
    return key_of("Event", global_id, ("input", "id"))


@strawberry.type
class PostingQueries:
    @strawberry.field(description="Every department, by slug.")
    async def departments(self, info: Info[Context, None]) -> list[Department]:
        reads_departments(info)
        async with info.context.database.reading() as db:
            return [Department.of(view) for view in await departments.list_departments(db)]


@strawberry.type
class PostingMutations:
    @strawberry.mutation(description="Create a department and its token (coordinator only).")
    async def create_department(
        self, info: Info[Context, None], input: CreateDepartmentInput
    ) -> CreateDepartmentPayload:
        async def work(db: Transaction) -> CreateDepartmentPayload:
            view, token = await departments.create_department(
                db, info.context.principal, slug=input.slug, name=input.name
            )
            return CreateDepartmentPayload(department=Department.of(view), token=token)

        return await transact(info, CreateDepartmentPayload, work)

    @strawberry.mutation(
        description="Replace a department's token (its own, or any for the coordinator); the old one stops at once."
    )
    async def rotate_department_token(
        self, info: Info[Context, None], input: RotateDepartmentTokenInput
    ) -> RotateDepartmentTokenPayload:
        async def work(db: Transaction) -> RotateDepartmentTokenPayload:
            view, token = await departments.rotate_token(
                db, info.context.principal, input.department
            )
            return RotateDepartmentTokenPayload(department=Department.of(view), token=token)

        return await transact(info, RotateDepartmentTokenPayload, work)

    @strawberry.mutation(
        description="Post an event for the caller's department; the same externalId again updates it."
    )
    async def post_event(
        self, info: Info[Context, None], input: PostEventInput
    ) -> PostEventPayload:
        async def work(db: Transaction) -> PostEventPayload:
            outcome = await post.post(
                db,
                info.context.principal,
                input.raw(),
                external_id=input.external_id,
                department=input.department,
                recurrence=input.recurrence.to_service() if input.recurrence else None,
            )
            payload = PostEventPayload.of(outcome)
            payload.created, payload.merged = outcome.created, outcome.merged
            payload.occurrences = [Event.alone(view) for view in outcome.postings]
            return payload

        return await transact(info, PostEventPayload, work)

    @strawberry.mutation(description="Change fields of one of the caller's events.")
    async def update_event(
        self, info: Info[Context, None], input: UpdateEventInput
    ) -> UpdateEventPayload:
        async def work(db: Transaction) -> UpdateEventPayload:
            outcome = await post.update(
                db,
                info.context.principal,
                _event_id(input.id),
                input.changes(),
                expected_sequence=input.expected_sequence,
            )
            return UpdateEventPayload.of(outcome)

        return await transact(info, UpdateEventPayload, work)

    @strawberry.mutation(
        description="Cancel one of the caller's events. It is kept, marked CANCELLED."
    )
    async def cancel_event(
        self, info: Info[Context, None], input: CancelEventInput
    ) -> CancelEventPayload:
        async def work(db: Transaction) -> CancelEventPayload:
            outcome = await post.cancel(
                db,
                info.context.principal,
                _event_id(input.id),
                expected_sequence=input.expected_sequence,
            )
            return CancelEventPayload.of(outcome)

        return await transact(info, CancelEventPayload, work)
