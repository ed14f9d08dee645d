"""What every mutation shares: the payload base, one transaction, and refusals as ``userErrors``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.errors import UserError, user_errors
from services.core.db import Transaction
from services.core.errors import DomainError, ErrorCode, Message

INPUT = strawberry.argument(description="The mutation's one input; its type describes each field.")


@strawberry.type(description="What every mutation answers besides its result.")
class Payload:
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why the mutation was refused; empty when it succeeded."
    )


P = TypeVar("P", bound=Payload)


async def answer(
    info: Info[Context, None], payload: type[P], action: Callable[[], Awaitable[P]]
) -> P:
    """The payload ``action`` makes, or one whose ``userErrors`` say why it was refused."""
    try:
        return await action()
    except DomainError as error:
        return payload(user_errors=user_errors(error, info.context.language))


async def transact(
    info: Info[Context, None], payload: type[P], work: Callable[[Transaction], Awaitable[P]]
) -> P:
    """Run ``work`` in one transaction; a domain refusal becomes the payload's ``userErrors``."""
    return await answer(info, payload, lambda: info.context.database.transact(work))


def key_of(type_name: str, global_id: str, field: tuple[str, ...]) -> int:
    """The key inside a global id of the expected type, or a NOT_FOUND refusal."""
    key = ids.decode_as(type_name, global_id)
    if key is None:
        raise DomainError.single(
            ErrorCode.NOT_FOUND,
            Message(f"No such {type_name} {global_id!r}.", f"没有 {type_name} {global_id!r}。"),
            field,
        )
    return key
