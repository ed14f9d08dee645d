"""How refusals reach clients: ``userErrors`` for mutations, GraphQL errors for queries.

Either way a refusal carries the path of the offending input, a sentence in the
caller's language and a stable code; the services' ``DomainError`` is the one source.
"""

from __future__ import annotations

import strawberry
from graphql import GraphQLError

from schema.enums import ErrorCode
from services.core.errors import DomainError, Language


@strawberry.type(description="Why a mutation was refused. A refused mutation stores nothing.")
class UserError:
    field: list[str] | None = strawberry.field(
        description='Path of the offending input field, e.g. ["input", "end"]; null when the whole request is refused.'
    )
    message: str = strawberry.field(
        description="A sentence for a person, in the language `Accept-Language` asks for (Chinese or English)."
    )
    code: ErrorCode = strawberry.field(description="A stable code for programs.")


def user_errors(error: DomainError, language: Language) -> list[UserError]:
    return [
        UserError(
            field=list(problem.field) if problem.field else None,
            message=problem.message.text(language),
            code=problem.code,
        )
        for problem in error.problems
    ]


def query_error(refusal: DomainError, language: Language, error: GraphQLError) -> GraphQLError:
    """A query's refusal as the GraphQL error in its place, code in ``extensions.code``."""
    problem = refusal.problems[0]
    extensions: dict[str, object] = {"code": problem.code.value}
    if problem.field:
        extensions["field"] = list(problem.field)
    return GraphQLError(
        problem.message.text(language),
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )
