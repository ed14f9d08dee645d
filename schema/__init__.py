"""The GraphQL layer: it translates between GraphQL and the services, nothing more."""

import strawberry
from graphql import GraphQLError
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from schema.cache import CachedReads
from schema.coordination import CoordinationMutations, CoordinationQueries
from schema.dashboards import DashboardQueries
from schema.enterprises import EnterpriseMutations, EnterpriseQueries
from schema.imports import ImportMutations, ImportQueries
from schema.limits import LIMITS
from schema.live import LiveSubscriptions
from schema.masking import MaskInternalErrors, is_internal
from schema.mutations import EventMutations
from schema.queries import CalendarQueries
from schema.types import Department, Event, Session

Query = merge_types(
    "Query",
    (CalendarQueries, CoordinationQueries, DashboardQueries, EnterpriseQueries, ImportQueries),
)
Mutation = merge_types(
    "Mutation", (EventMutations, CoordinationMutations, EnterpriseMutations, ImportMutations)
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
    subscription=LiveSubscriptions,
    types=[Department, Event, Session],
    extensions=[
        *LIMITS,
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
        CachedReads,
        MaskInternalErrors,
    ],
)

__all__ = ["schema"]
