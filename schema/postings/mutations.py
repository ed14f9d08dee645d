"""Departments and their postings: the queries and mutations. Each mutation is one service
call inside one transaction; refusals come back as ``userErrors`` and store nothing."""

from __future__ import annotations

from typing import Annotated, Self

import strawberry
from strawberry.types import Info

from schema.cache import reads_departments
from schema.calendar import Session
from schema.cohosting.types import SuggestedSession
from schema.context import Context
from schema.overlaps import Overlap
from schema.payloads import INPUT, Payload, key_of, transact
from schema.postings.inputs import (
    CancelEventInput,
    CreateDepartmentInput,
    PostEventInput,
    RestoreEventInput,
    UpdateDepartmentInput,
    UpdateEventInput,
)
from schema.postings.types import Department, Event
from services.cohosting import suggestions
from services.core.clock import now
from services.core.db import Transaction
from services.core.errors import Language
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
    def of(cls, outcome: post.Outcome, language: Language) -> Self:
        return cls(
            event=Event.alone(outcome.posting),
            session=Session.of(outcome.session),
            overlaps=[Overlap.of(found, language) for found in outcome.overlaps],
        )


@strawberry.type(description="A posted event (every occurrence, for a series).")
class PostEventPayload(EventPayload):
    created: bool = strawberry.field(
        default=False, description="False when an existing externalId was updated."
    )
    merged: bool = strawberry.field(
        default=False,
        description="True when the posting joined another department's posting in one session (its own department's other postings do not count).",
    )
    occurrences: list[Event] = strawberry.field(
        default_factory=list,
        description="Every occurrence posted (one unless `recurrence` was given).",
    )
    suggested_sessions: list[SuggestedSession] = strawberry.field(
        default_factory=list,
        description=f"Other departments' upcoming sessions this posting repeats (REDUNDANT), best first, at most {suggestions.SHOWN}: co-host one with `joinSession` instead of running a twin.",
    )


@strawberry.type(description="An updated event.")
class UpdateEventPayload(EventPayload):
    pass


@strawberry.type(description="A cancelled event.")
class CancelEventPayload(EventPayload):
    pass


@strawberry.type(description="A cancelled event brought back.")
class RestoreEventPayload(EventPayload):
    pass


@strawberry.type(description="The department after the change.")
class UpdateDepartmentPayload(Payload):
    department: Department | None = strawberry.field(default=None, description="The department.")


def _event_id(global_id: str) -> int:
    return key_of("Event", global_id, ("input", "id"))


@strawberry.type(description="Departments.")
class PostingQueries:
    @strawberry.field(description="Every department, by slug.")
    async def departments(self, info: Info[Context, None]) -> list[Department]:
        reads_departments(info)
        async with info.context.database.reading() as db:
            return [Department.of(view) for view in await departments.list_departments(db)]


@strawberry.type(description="Departments and their postings.")
class PostingMutations:
    @strawberry.mutation(description="Create a department and its token (coordinator only).")
    async def create_department(
        self, info: Info[Context, None], input: Annotated[CreateDepartmentInput, INPUT]
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
        self, info: Info[Context, None], input: Annotated[RotateDepartmentTokenInput, INPUT]
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
        self, info: Info[Context, None], input: Annotated[PostEventInput, INPUT]
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
            payload = PostEventPayload.of(outcome, info.context.language)
            payload.created, payload.merged = outcome.created, outcome.merged
            payload.occurrences = [Event.alone(view) for view in outcome.postings]
            payload.suggested_sessions = [
                SuggestedSession.of(suggestion, info.context.language)
                for suggestion in suggestions.joinable(
                    outcome.overlaps, outcome.session.key, outcome.posting.department.key, now()
                )
            ]
            return payload

        return await transact(info, PostEventPayload, work)

    @strawberry.mutation(description="Change fields of one of the caller's events.")
    async def update_event(
        self, info: Info[Context, None], input: Annotated[UpdateEventInput, INPUT]
    ) -> UpdateEventPayload:
        async def work(db: Transaction) -> UpdateEventPayload:
            outcome = await post.update(
                db,
                info.context.principal,
                _event_id(input.id),
                input.changes(),
                expected_sequence=input.expected_sequence,
            )
            return UpdateEventPayload.of(outcome, info.context.language)

        return await transact(info, UpdateEventPayload, work)

    @strawberry.mutation(
        description="Cancel one of the caller's events. It is kept, marked CANCELLED."
    )
    async def cancel_event(
        self, info: Info[Context, None], input: Annotated[CancelEventInput, INPUT]
    ) -> CancelEventPayload:
        async def work(db: Transaction) -> CancelEventPayload:
            outcome = await post.cancel(
                db,
                info.context.principal,
                _event_id(input.id),
                expected_sequence=input.expected_sequence,
            )
            return CancelEventPayload.of(outcome, info.context.language)

        return await transact(info, CancelEventPayload, work)

    @strawberry.mutation(
        description="Bring a cancelled event back; its sequence rises so calendars show it again."
    )
    async def restore_event(
        self, info: Info[Context, None], input: Annotated[RestoreEventInput, INPUT]
    ) -> RestoreEventPayload:
        async def work(db: Transaction) -> RestoreEventPayload:
            outcome = await post.restore(
                db,
                info.context.principal,
                _event_id(input.id),
                expected_sequence=input.expected_sequence,
            )
            return RestoreEventPayload.of(outcome, info.context.language)

        return await transact(info, RestoreEventPayload, work)

    @strawberry.mutation(
        description="Rename a department, or disable it: its token is refused, its sessions stay (coordinator only)."
    )
    async def update_department(
        self, info: Info[Context, None], input: Annotated[UpdateDepartmentInput, INPUT]
    ) -> UpdateDepartmentPayload:
        async def work(db: Transaction) -> UpdateDepartmentPayload:
            view = await departments.update_department(
                db, info.context.principal, input.slug, name=input.name, disabled=input.disabled
            )
            return UpdateDepartmentPayload(department=Department.of(view))

        return await transact(info, UpdateDepartmentPayload, work)
