"""Per-request context: who is asking, and loaders that live exactly as long as the request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from schema.cache import ResponseCache
from schema.types import Session
from services import calendar
from services.auth import Principal, Role
from services.db import Database


def sessions_of(bundle: calendar.SessionBundle) -> list[Session]:
    return [Session.of(row, bundle.events[row.id], bundle.departments) for row in bundle.sessions]


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    database: Database
    principal: Principal
    response_cache: ResponseCache
    session_loader: DataLoader[int, Session | None] = field(init=False)

    def require_coordinator(self) -> None:
        """For queries, which have no ``userErrors``: a refusal is a GraphQL error."""
        if self.principal.role is not Role.COORDINATOR:
            raise GraphQLError(
                "Only the coordinator may read this.", extensions={"code": "FORBIDDEN"}
            )

    def __post_init__(self) -> None:
        self.session_loader = DataLoader(load_fn=self._load_sessions)

    async def _load_sessions(self, keys: Sequence[int]) -> list[Session | None]:
        async with self.database.reading() as db:
            bundle = await calendar.sessions_by_id(db, keys)
        found = dict(zip((row.id for row in bundle.sessions), sessions_of(bundle), strict=True))
        return [found.get(key) for key in keys]
