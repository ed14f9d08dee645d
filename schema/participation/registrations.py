"""Registering for sessions: the enterprise's seats, and who comes, for the hosts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.pagination import DEFAULT_PAGE, After, First, PageInfo, check_first, key_after
from schema.participation.types import Registration, RegistrationConnection, RegistrationEdge
from schema.payloads import INPUT, Payload, key_of, transact
from services.calendar.reads import MAX_PAGE
from services.core.db import Transaction
from services.participation import registrations
from services.participation.access import no_session
from services.participation.registrations import (
    MAX_ATTENDEES,
    MAX_CONTACT_NAME,
    RegistrationView,
)


@strawberry.input(description="Seats at a session for the calling enterprise.")
class RegisterInput:
    session_id: strawberry.ID = strawberry.field(
        description="The session; refused with CLOSED once it was cancelled, merged into another or started."
    )
    attendees: int = strawberry.field(
        description=f"Seats wanted, 1 to {MAX_ATTENDEES}; FULL when more than `seatsLeft` (besides the enterprise's own)."
    )
    contact_name: str = strawberry.field(
        description=f"Whom the hosts call, at most {MAX_CONTACT_NAME} characters, plain text."
    )
    contact_phone: str = strawberry.field(
        description="The contact's phone: 5 to 20 digits, with spaces, dashes, brackets or a leading + if wanted."
    )


@strawberry.input(description="The registration to cancel.")
class CancelRegistrationInput:
    registration_id: strawberry.ID = strawberry.field(description="The registration.")


@strawberry.type(description="The registration, as it stands now.")
class RegistrationPayload(Payload):
    registration: Registration | None = strawberry.field(
        default=None, description="With its session's seats as they are now."
    )


async def _changed(
    info: Info[Context, None], change: Callable[[Transaction], Awaitable[RegistrationView]]
) -> RegistrationPayload:
    """The registration as ``change``, run in one transaction, leaves it; or why not."""

    async def work(db: Transaction) -> RegistrationPayload:
        return RegistrationPayload(registration=Registration.of(await change(db)))

    return await transact(info, RegistrationPayload, work)


def session_key(global_id: str, field: tuple[str, ...]) -> int:
    """The key of a session's global id, or NOT_FOUND."""
    key = ids.decode_as("Session", global_id)
    if key is None:
        raise no_session(field)
    return key


@strawberry.type(description="Registering for sessions.")
class RegistrationQueries:
    @strawberry.field(
        description="The calling enterprise's registrations, cancelled ones too, latest session first."
    )
    async def my_registrations(self, info: Info[Context, None]) -> list[Registration]:
        async with info.context.database.reading() as db:
            found = await registrations.mine(db, info.context.principal)
        return [Registration.of(view) for view in found]

    @strawberry.field(
        description=f"Who registered for a session, with their contacts, oldest first: for its hosts and the coordinator only. `first` is at most {MAX_PAGE}."
    )
    async def registrations(
        self,
        info: Info[Context, None],
        session_id: Annotated[strawberry.ID, strawberry.argument(description="The session.")],
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> RegistrationConnection:
        async with info.context.database.reading() as db:
            page = await registrations.of_session(
                db,
                info.context.principal,
                session_key(session_id, ("sessionId",)),
                first=check_first(first),
                after=key_after("Registration", after),
            )
        edges = [
            RegistrationEdge(
                cursor=ids.encode("Registration", view.key), node=Registration.of(view)
            )
            for view in page.registrations
        ]
        return RegistrationConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
            total_count=page.total,
        )


@strawberry.type(description="Registering for sessions.")
class RegistrationMutations:
    @strawberry.mutation(
        description="Seats at a session for the calling enterprise; registering again for it changes the seats and contact. The last seat goes to one enterprise only."
    )
    async def register(
        self, info: Info[Context, None], input: Annotated[RegisterInput, INPUT]
    ) -> RegistrationPayload:
        return await _changed(
            info,
            lambda db: registrations.register(
                db,
                info.context.principal,
                session_key(input.session_id, ("input", "sessionId")),
                attendees=input.attendees,
                contact_name=input.contact_name,
                contact_phone=input.contact_phone,
            ),
        )

    @strawberry.mutation(
        description="Give the seats back before the session starts (the enterprise's own, or any for the coordinator)."
    )
    async def cancel_registration(
        self, info: Info[Context, None], input: Annotated[CancelRegistrationInput, INPUT]
    ) -> RegistrationPayload:
        return await _changed(
            info,
            lambda db: registrations.cancel(
                db,
                info.context.principal,
                key_of("Registration", input.registration_id, ("input", "registrationId")),
            ),
        )
