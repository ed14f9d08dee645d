"""Per-request context: who is asking, in which language, and loaders that live exactly as
long as the request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from schema.cache import Answer
from schema.fragments import RenderingUse
from services.core.auth import Principal
from services.core.db import Database
from services.core.errors import Language
from services.core.live import Broker
from services.imports import Allowlist

if TYPE_CHECKING:
    from schema.calendar import Session


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    database: Database
    principal: Principal
    broker: Broker
    allowlist: Allowlist
    session_loader: DataLoader[int, Session | None]
    language: Language = Language.ZH
    public_url: str | None = None
    reveal_errors: bool = False
    answer: Answer = field(default_factory=Answer)  # what the root fields read, for the cache
    renderings: RenderingUse | None = None  # cached renderings this request may use

    def base_url(self) -> str:
        """Where clients reach this server: the configured public URL, else the request's own."""
        return (self.public_url or str(self.request.base_url)).rstrip("/")
