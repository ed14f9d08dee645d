"""What every mutation shares: the payload base, one transaction, and refusals as ``userErrors``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from schema import ids
from schema.context import Context, sessions_of
from schema.errors import UserError, user_errors
from schema.types import Department, Event, Session
from services import calendar
from services.errors import DomainError, ErrorCode
from services.models import Department as DepartmentRow
from services.models import Event as EventRow


@strawberry.type
class Payload:
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation was refused; empty when it succeeded."
    )

    @staticmethod
    def refusal(code: ErrorCode, message: str, field: list[str] | None = None) -> list[UserError]:
        return [UserError(field=field, message=message, code=code)]


P = TypeVar("P", bound=Payload)


async def transact(
    info: Info[Context, None], payload: type[P], work: Callable[[AsyncSession], Awaitable[P]]
) -> P:
    """Run ``work`` in one transaction; a domain refusal becomes the payload's ``userErrors``."""
    try:
        return await info.context.database.transact(work)
    except DomainError as error:
        return payload(user_errors=user_errors(error))


def key_of(type_name: str, global_id: str, field: tuple[str, ...]) -> int:
    """The key inside a global id of the expected type, or a NOT_FOUND refusal."""
    key = ids.decode_as(type_name, global_id)
    if key is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, f"No such {type_name.lower()}.", field)
    return key


async def session_shown(db: AsyncSession, session_id: int) -> Session:
    (session,) = sessions_of(await calendar.sessions_by_id(db, [session_id]))
    return session


async def shown(db: AsyncSession, row: EventRow) -> tuple[Event, Session]:
    """The event and its session as a payload shows them, read inside the same transaction."""
    owner = await db.get(DepartmentRow, row.department_id)
    assert owner is not None
    return Event.of(row, Department.of(owner)), await session_shown(db, row.session_id)
