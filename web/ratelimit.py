"""Request budgets per client address and per bearer token, spent before any work is done.

A request spends from its address's budget (loopback addresses have none) and, when it
carries a bearer token, from that token's too; when either is spent the answer is
``429`` with ``Retry-After``. Every answer says what is left of the tighter budget in
the IETF draft's ``RateLimit-*`` headers. Budgets are the ``limits`` package's moving
window, kept in the process's memory unless ``storage`` names a store ``limits`` supports
(``redis://127.0.0.1:6379``, ``memcached://…``): then every process spends from the same
budgets, where in memory N processes behind one address would give a caller N times its
budget.
"""

from __future__ import annotations

import ipaddress
import json
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, WindowStats, parse
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.core import errors
from services.core.auth import digest
from services.core.errors import Language, negotiate
from services.core.metrics import RATE_LIMITED

UNMETERED = frozenset({"/healthz", "/metrics"})


@dataclass(frozen=True, slots=True)
class _Budget:
    """One budget's state before this request: which limit, and what is left of it."""

    limit: str
    item: RateLimitItem
    key: str
    stats: WindowStats

    @property
    def spent(self) -> bool:
        return self.stats.remaining <= 0

    @property
    def seconds_to_reset(self) -> int:
        return max(1, math.ceil(self.stats.reset_time - time.time()))


class RateLimit:
    """ASGI middleware; ``per_ip`` and ``per_token`` are budgets like ``"600/minute"`` or empty."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        per_ip: str,
        per_token: str,
        storage: Storage | None = None,
        language: Language = Language.ZH,
    ) -> None:
        self.app = app
        self.per_ip = parse(per_ip) if per_ip else None
        self.per_token = parse(per_token) if per_token else None
        self.limiter = MovingWindowRateLimiter(storage or MemoryStorage())
        self.language = language

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UNMETERED:
            await self.app(scope, receive, send)
            return
        budgets = await self._budgets(scope)
        if not budgets:
            await self.app(scope, receive, send)
            return
        tightest = min(budgets, key=lambda budget: budget.stats.remaining)
        refused = next((budget for budget in budgets if budget.spent), None)
        if refused is None:  # a refused request spends nothing, so waiting always helps
            for budget in budgets:
                await self.limiter.hit(budget.item, budget.limit, budget.key)
        headers = {
            "RateLimit-Limit": str(tightest.item.amount),
            "RateLimit-Remaining": str(max(0, tightest.stats.remaining - (refused is None))),
            "RateLimit-Reset": str(tightest.seconds_to_reset),
        }
        if refused is not None:
            RATE_LIMITED.labels(refused.limit).inc()
            await _too_many(scope, refused, headers, self.language)(scope, receive, send)
            return

        async def send_with_budget(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(headers)
            await send(message)

        await self.app(scope, receive, send_with_budget)

    async def _budgets(self, scope: Scope) -> list[_Budget]:
        """The budgets this request spends from: its address's, and its bearer token's."""
        wanted: list[tuple[str, RateLimitItem, str]] = []
        address = (scope.get("client") or ("unknown", 0))[0]
        if self.per_ip is not None and not _is_loopback(address):
            wanted.append(("ip", self.per_ip, address))
        scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
        if self.per_token is not None and scheme.lower() == "bearer" and token.strip():
            wanted.append(("token", self.per_token, digest(token.strip())))
        return [
            _Budget(limit, item, key, await self.limiter.get_window_stats(item, limit, key))
            for limit, item, key in wanted
        ]


def budget_storage(uri: str) -> Storage:
    """Where budgets are kept: the ``limits`` store a URI names, in its asyncio flavour
    (``redis://`` means ``async+redis://``), or this process's memory for an empty URI.
    A URI it cannot serve fails at start, not at the first request."""
    if not uri:
        return MemoryStorage()
    found = storage_from_string(uri if uri.startswith("async+") else f"async+{uri}")
    if not isinstance(found, Storage):
        raise ValueError(f"{uri!r} is no asyncio storage of the limits package")
    return found


def close_storage(storage: Storage) -> None:
    """Drop a shared store's connections at shutdown: ``limits`` has no close of its own, so
    the client's pool (coredis for Redis) is reached through the storage's bridge."""
    client = getattr(getattr(storage, "bridge", None), "storage", None)
    pool = getattr(client, "connection_pool", None)
    if pool is not None:
        pool.disconnect()


def _is_loopback(address: str) -> bool:
    """This machine itself: a reverse proxy that does not pass X-Forwarded-For makes every
    client look like it, and one shared address budget would then throttle them all at once."""
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _too_many(
    scope: Scope, refused: _Budget, headers: dict[str, str], language: Language
) -> Response:
    wait = refused.seconds_to_reset
    whose = {"ip": errors.Message("address", "地址"), "token": errors.Message("token", "令牌")}[
        refused.limit
    ]
    message = errors.Message(
        f"Too many requests for this {whose.en} ({refused.item}); try again in {wait} s.",
        f"此{whose.zh}的请求过多（{refused.item}），请 {wait} 秒后再试。",
    ).text(negotiate(Headers(scope=scope).get("accept-language"), language))
    headers = headers | {"Retry-After": str(wait)}
    if scope["path"] == "/graphql":
        body = {"errors": [{"message": message, "extensions": {"code": "RATE_LIMITED"}}]}
        return Response(
            json.dumps(body, ensure_ascii=False),
            status_code=429,
            headers=headers,
            media_type="application/json",
        )
    return Response(message, status_code=429, headers=headers, media_type="text/plain")
