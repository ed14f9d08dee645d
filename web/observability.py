"""What operators see: one structured log line per request, and ``/metrics`` for Prometheus.

Log lines are JSON objects (python-json-logger), so a log shipper needs no parsing
rules; each carries the request's id, which is also sent back as ``X-Request-ID``.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
import uuid

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from pythonjsonlogger.json import JsonFormatter
from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.core.metrics import LATENCY, REQUESTS

access_log = logging.getLogger("civical.access")

_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def configure_logging(level: int = logging.INFO) -> None:
    """Every log record, civical's and uvicorn's, as one JSON object per line on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter(
            "{asctime}{levelname}{name}{message}",
            style="{",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
    )
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True


class Observe:
    """ASGI middleware: times each HTTP request, counts it, and logs it as one JSON line."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        status = 500  # what the client sees if the app fails before answering

        async def send_observed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_observed)
        finally:
            seconds = time.perf_counter() - started
            route = _route_of(scope)
            REQUESTS.labels(route, scope["method"], str(status)).inc()
            LATENCY.labels(route, scope["method"]).observe(seconds)
            headers = Headers(scope=scope)
            state = scope.get("state") or {}
            graphql = {"operation": state["operation"]} if "operation" in state else {}
            access_log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    # a private feed's path is its secret: only its route is logged
                    "path": route if "{token}" in route else scope["path"],
                    "status": status,
                    "duration_ms": round(seconds * 1000, 2),
                    "client": (scope.get("client") or ("", 0))[0],
                    "user_agent": headers.get("user-agent", ""),
                    # GraphQL names its caller (a department's slug, enterprise, coordinator,
                    # anonymous); the other doors read no token, so their callers are anonymous
                    "caller": state.get("caller", "anonymous"),
                    **graphql,
                },
            )


def _request_id(scope: Scope) -> str:
    """The caller's X-Request-ID when it is a plain token, so traces join up; else a new one."""
    offered = Headers(scope=scope).get("x-request-id", "")
    return offered if _SANE_REQUEST_ID.fullmatch(offered) else uuid.uuid4().hex


def _route_of(scope: Scope) -> str:
    """The route's template (``/feeds/departments/{slug}.ics``): bounded label values."""
    routes: list[BaseRoute] = getattr(scope.get("app"), "routes", [])
    for route in routes:
        if isinstance(route, Route) and route.matches(scope)[0] is Match.FULL:
            return route.path
    return "unmatched"


async def metrics(_request: Request) -> Response:
    """Prometheus' text format; with several processes, the sum over all of them."""
    registry = REGISTRY
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def metrics_routes() -> list[Route]:
    return [Route("/metrics", metrics, methods=["GET"])]
