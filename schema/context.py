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
from services.auth import Principal
from services.db import Database
from services.errors import DomainError
from services.importer import Allowlist
from services.live import Broker


def sessions_of(bundle: calendar.SessionBundle) -> list[Session]:
    return [Session.of(row, bundle.events[row.id], bundle.departments) for row in bundle.sessions]


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    database: Database
    principal: Principal
    response_cache: ResponseCache
    broker: Broker
    allowlist: Allowlist
    public_url: str | None = None
    reveal_errors: bool = False
    session_loader: DataLoader[int, Session | None] = field(init=False)

    def base_url(self) -> str:
        """Where clients reach this server: the configured public URL, else the request's own."""
        return (self.public_url or str(self.request.base_url)).rstrip("/")

    @staticmethod
    def refusal(error: DomainError) -> GraphQLError:
        """For queries, which have no ``userErrors``: a refusal is a GraphQL error with its code."""
        problem = error.problems[0]
        return GraphQLError(problem.message, extensions={"code": problem.code.value})

    def require_coordinator(self) -> None:
        try:
            self.principal.require_coordinator()
        except DomainError as error:
            raise self.refusal(error) from error

    def __post_init__(self) -> None:
        self.session_loader = DataLoader(load_fn=self._load_sessions)

    async def _load_sessions(self, keys: Sequence[int]) -> list[Session | None]:
        async with self.database.reading() as db:
            bundle = await calendar.sessions_by_id(db, keys)
        found = dict(zip((row.id for row in bundle.sessions), sessions_of(bundle), strict=True))
        return [found.get(key) for key in keys]
