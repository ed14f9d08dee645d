"""The GraphQL layer: it translates between GraphQL and the services, nothing more."""

import strawberry
from strawberry.extensions import ParserCache, ValidationCache

from schema.cache import CachedReads
from schema.mutations import Mutation
from schema.queries import Query
from schema.types import Department, Event, Session

schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    types=[Department, Event, Session],
    extensions=[
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
        CachedReads,
    ],
)

__all__ = ["schema"]
