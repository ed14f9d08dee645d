"""Pages served by the app itself: the dashboard reads the same GraphQL API as everyone."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

DASHBOARD = Path(__file__).with_name("dashboard.html")


def page_routes() -> list[Route]:
    dashboard_html = DASHBOARD.read_text(encoding="utf-8")

    async def dashboard(_request: Request) -> HTMLResponse:
        return HTMLResponse(dashboard_html)

    return [Route("/dashboard", dashboard, methods=["GET"])]
