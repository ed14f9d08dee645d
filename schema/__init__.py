"""The GraphQL layer: it translates between GraphQL and the services, nothing more.

Shared plumbing (context, cache, errors, ids, limits, masking, pagination, payloads,
view) sits beside one module or package per capability, mirroring ``services``.
"""

import strawberry
from graphql import GraphQLError
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.types import ExecutionContext

from schema.cache import RecordAnswer
from schema.calendar import CalendarQueries, Session
from schema.cohosting.operations import CohostingMutations, CohostingQueries
from schema.coordination import CoordinationMutations, CoordinationQueries
from schema.enterprises import EnterpriseMutations, EnterpriseQueries
from schema.fragments import FragmentExecution
from schema.imports import ImportMutations, ImportQueries
from schema.limits import LIMITS
from schema.live import Subscription
from schema.logging import NameTheOperation
from schema.masking import MaskInternalErrors, is_internal
from schema.notifications import NotificationMutations, NotificationQueries
from schema.overlaps import OverlapQueries
from schema.participation.complaints import ComplaintMutations, ComplaintQueries
from schema.participation.evaluations import EvaluationMutations, EvaluationQueries
from schema.participation.registrations import RegistrationMutations, RegistrationQueries
from schema.postings.mutations import PostingMutations, PostingQueries
from schema.postings.types import Department, Event
from schema.viewer import ViewerQueries
from schema.vocabularies import VocabularyMutations, VocabularyQueries


def _root(name: str, description: str, parts: tuple[type, ...]) -> type:
    """One root type from every capability's part of it."""
    return strawberry.type(type(name, parts, {}), description=description)


Query = _root(
    "Query",
    "What anyone may read: the merged calendar, overlaps, vocabularies; and the coordinator's lists.",
    (
        CalendarQueries,
        PostingQueries,
        ViewerQueries,
        CoordinationQueries,
        OverlapQueries,
        EnterpriseQueries,
        RegistrationQueries,
        EvaluationQueries,
        ComplaintQueries,
        ImportQueries,
        VocabularyQueries,
        CohostingQueries,
        NotificationQueries,
    ),
)
Mutation = _root(
    "Mutation",
    "Every change, one `input` each, answered with the result and `userErrors`; a refused mutation stores nothing.",
    (
        PostingMutations,
        CoordinationMutations,
        EnterpriseMutations,
        RegistrationMutations,
        EvaluationMutations,
        ComplaintMutations,
        ImportMutations,
        VocabularyMutations,
        CohostingMutations,
        NotificationMutations,
    ),
)


class _Schema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log our faults only: a client's bad document is its own answer, not an incident,
        and logging it whole (with its source) would let anyone fill the log."""
        super().process_errors([error for error in errors if is_internal(error)], execution_context)


schema = _Schema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    types=[Department, Event, Session],
    extensions=[
        *LIMITS,
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
        RecordAnswer,
        MaskInternalErrors,
        NameTheOperation,
    ],
    execution_context_class=FragmentExecution,
)

__all__ = ["schema"]
