"""The GraphQL layer: it translates between GraphQL and the services, nothing more."""

import strawberry
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.tools import merge_types

from schema.cache import CachedReads
from schema.coordination import CoordinationMutations, CoordinationQueries
from schema.dashboards import DashboardQueries
from schema.enterprises import EnterpriseMutations, EnterpriseQueries
from schema.imports import ImportMutations, ImportQueries
from schema.limits import LIMITS
from schema.live import LiveSubscriptions
from schema.masking import MaskInternalErrors
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

schema = strawberry.Schema(
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
