"""Rating sessions after they ended; the comments, for the hosts (without names) and the coordinator."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.pagination import DEFAULT_PAGE, After, First, PageInfo, check_first, key_after
from schema.participation.registrations import session_key
from schema.participation.types import Evaluation, EvaluationConnection, EvaluationEdge
from schema.payloads import INPUT, Payload, transact
from services.calendar.reads import MAX_PAGE
from services.core.db import Transaction
from services.participation import evaluations
from services.participation.evaluations import HIGHEST, LOWEST, MAX_COMMENT


@strawberry.input(description="The calling enterprise's rating of a session it registered for.")
class EvaluateSessionInput:
    session_id: strawberry.ID = strawberry.field(
        description="A session the enterprise holds seats at, once it ended (TOO_EARLY before)."
    )
    rating: int = strawberry.field(description=f"How good it was, {LOWEST} to {HIGHEST}.")
    usefulness: int = strawberry.field(description=f"How useful it was, {LOWEST} to {HIGHEST}.")
    comment: str | None = strawberry.field(
        default=None,
        description=f"Plain text for the hosts (who do not see who wrote it), at most {MAX_COMMENT} characters.",
    )


@strawberry.type(description="The enterprise's rating, as it stands now.")
class EvaluateSessionPayload(Payload):
    evaluation: Evaluation | None = strawberry.field(
        default=None, description="Rating again replaces it."
    )


@strawberry.type(description="Rating sessions.")
class EvaluationQueries:
    @strawberry.field(
        description=f"A session's ratings and comments, for its hosts (without who wrote them) and the coordinator. `first` is at most {MAX_PAGE}."
    )
    async def evaluations(
        self,
        info: Info[Context, None],
        session_id: Annotated[strawberry.ID, strawberry.argument(description="The session.")],
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> EvaluationConnection:
        async with info.context.database.reading() as db:
            page = await evaluations.of_session(
                db,
                info.context.principal,
                session_key(session_id, ("sessionId",)),
                first=check_first(first),
                after=key_after("Evaluation", after),
            )
        edges = [
            EvaluationEdge(cursor=ids.encode("Evaluation", view.key), node=Evaluation.of(view))
            for view in page.evaluations
        ]
        return EvaluationConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
            total_count=page.total,
        )


@strawberry.type(description="Rating sessions.")
class EvaluationMutations:
    @strawberry.mutation(
        description="Rate a session the calling enterprise registered for, once it ended; again replaces the rating."
    )
    async def evaluate_session(
        self, info: Info[Context, None], input: Annotated[EvaluateSessionInput, INPUT]
    ) -> EvaluateSessionPayload:
        async def work(db: Transaction) -> EvaluateSessionPayload:
            view = await evaluations.evaluate(
                db,
                info.context.principal,
                session_key(input.session_id, ("input", "sessionId")),
                rating=input.rating,
                usefulness=input.usefulness,
                comment=input.comment,
            )
            return EvaluateSessionPayload(evaluation=Evaluation.of(view))

        return await transact(info, EvaluateSessionPayload, work)
