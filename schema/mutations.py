"""Write side of the API. Each mutation runs one service call inside one transaction and
reports refusals as ``userErrors``; a refused mutation stores nothing."""

from __future__ import annotations

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from schema.context import Context
from schema.dashboards import Overlap, shown_overlaps
from schema.inputs import CancelEventInput, CreateDepartmentInput, PostEventInput, UpdateEventInput
from schema.live import announce, announce_overlap
from schema.payloads import Payload, key_of, shown, transact
from schema.types import Department, Event, Session
from services import dashboards, departments, postings, series
from services.live import UpdateKind


@strawberry.type
class CreateDepartmentPayload(Payload):
    department: Department | None = None
    token: str | None = strawberry.field(
        default=None, description="The department's bearer token, shown this once."
    )


@strawberry.input
class RotateDepartmentTokenInput:
    department: str | None = strawberry.field(
        default=None, description="Slug; a department may leave it out, the coordinator names one."
    )


@strawberry.type
class RotateDepartmentTokenPayload(Payload):
    department: Department | None = None
    token: str | None = strawberry.field(
        default=None,
        description="The new bearer token, shown this once; the old one no longer works.",
    )


@strawberry.type
class EventPayload(Payload):
    event: Event | None = None
    session: Session | None = strawberry.field(
        default=None, description="The session the event belongs to now."
    )
    overlaps: list[Overlap] = strawberry.field(
        default_factory=list,
        description="Sessions this one collides with (conflicts) or repeats (redundancies): the 20 with the highest score, worst first. `overlaps` lists them all.",
    )


@strawberry.type
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


@strawberry.type
class UpdateEventPayload(EventPayload):
    pass


@strawberry.type
class CancelEventPayload(EventPayload):
    pass


def _event_id(global_id: str) -> int:
    return key_of("Event", global_id, ("input", "id"))


PAYLOAD_OVERLAPS = 20


async def _overlaps(db: AsyncSession, session_id: int) -> list[Overlap]:
    """The most wasteful overlaps of the posting's session, worst first."""
    found = await dashboards.overlaps_of(db, session_id)
    worst = sorted(found, key=lambda overlap: -overlap.score)[:PAYLOAD_OVERLAPS]
    return await shown_overlaps(db, worst)


def _announce(
    info: Info[Context, None], kind: UpdateKind, payload: EventPayload, what: str
) -> None:
    """The change, then each overlap it left, for live dashboards."""
    announce(info, kind, payload.session, what)
    for overlap in payload.overlaps:
        announce_overlap(info, [session.key for session in overlap.sessions], overlap.reason)


@strawberry.type
class EventMutations:
    @strawberry.mutation(description="Create a department and its token (coordinator only).")
    async def create_department(
        self, info: Info[Context, None], input: CreateDepartmentInput
    ) -> CreateDepartmentPayload:
        async def work(db: AsyncSession) -> CreateDepartmentPayload:
            row, token = await departments.create_department(
                db, info.context.principal, slug=input.slug, name=input.name
            )
            return CreateDepartmentPayload(department=Department.of(row), token=token)

        return await transact(info, CreateDepartmentPayload, work)

    @strawberry.mutation(
        description="Replace a department's token (its own, or any for the coordinator); the old one stops at once."
    )
    async def rotate_department_token(
        self, info: Info[Context, None], input: RotateDepartmentTokenInput
    ) -> RotateDepartmentTokenPayload:
        async def work(db: AsyncSession) -> RotateDepartmentTokenPayload:
            row, token = await departments.rotate_token(
                db, info.context.principal, input.department
            )
            return RotateDepartmentTokenPayload(department=Department.of(row), token=token)

        return await transact(info, RotateDepartmentTokenPayload, work)

    @strawberry.mutation(
        description="Post an event for the caller's department; the same externalId again updates it."
    )
    async def post_event(
        self, info: Info[Context, None], input: PostEventInput
    ) -> PostEventPayload:
        async def work(db: AsyncSession) -> PostEventPayload:
            principal, raw = info.context.principal, input.raw()
            if input.recurrence is None:
                all_posted = [
                    await postings.post_event(
                        db,
                        principal,
                        raw,
                        external_id=input.external_id,
                        department=input.department,
                    )
                ]
            else:
                all_posted = await series.post_series(
                    db, principal, raw, external_id=input.external_id, rrule=input.recurrence.rrule,
                    exdates=input.recurrence.exdates, department=input.department,
                )  # fmt: skip
            shown_all = [await shown(db, posted.event) for posted in all_posted]
            first = all_posted[0]
            return PostEventPayload(
                event=shown_all[0][0],
                session=shown_all[0][1],
                overlaps=await _overlaps(db, first.event.session_id),
                created=first.created,
                merged=first.merged,
                occurrences=[event for event, _ in shown_all],
            )

        payload = await transact(info, PostEventPayload, work)
        _announce(
            info, UpdateKind.MERGED if payload.merged else UpdateKind.CHANGED, payload, "posted"
        )
        return payload

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
            event, session = await shown(db, row)
            return UpdateEventPayload(
                event=event, session=session, overlaps=await _overlaps(db, row.session_id)
            )

        payload = await transact(info, UpdateEventPayload, work)
        _announce(info, UpdateKind.CHANGED, payload, "updated")
        return payload

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
            event, session = await shown(db, row)
            return CancelEventPayload(event=event, session=session)

        payload = await transact(info, CancelEventPayload, work)
        _announce(info, UpdateKind.CHANGED, payload, "cancelled")
        return payload
