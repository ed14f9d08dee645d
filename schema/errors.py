"""``userErrors``: how refusals reach clients, with a path, a sentence and a stable code."""

from __future__ import annotations

import strawberry

from services.errors import DomainError, ErrorCode

UserErrorCode = strawberry.enum(
    ErrorCode, description="Stable machine-readable reason a mutation was refused."
)


@strawberry.type(description="Why a mutation was refused. A refused mutation stores nothing.")
class UserError:
    field: list[str] | None = strawberry.field(
        description='Path of the offending input field, e.g. ["input", "end"]; null when the whole request is refused.'
    )
    message: str = strawberry.field(description="A sentence for a person.")
    code: UserErrorCode = strawberry.field(description="A stable code for programs.")  # type: ignore[valid-type]


def user_errors(error: DomainError) -> list[UserError]:
    return [
        UserError(
            field=list(problem.field) if problem.field else None,
            message=problem.message,
            code=problem.code,
        )
        for problem in error.problems
    ]
