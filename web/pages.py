"""Pages served by the app itself: the dashboard and GraphiQL, which read the same GraphQL
API as everyone, and the browser assets they need, vendored so no request leaves the
server (intranets have no CDN)."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

HERE = Path(__file__).parent
DASHBOARD = HERE / "dashboard.html"
GRAPHIQL = HERE / "graphiql.html"
ASSETS = HERE / "assets"
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
ASSET_NAMES = frozenset(path.name for path in ASSETS.iterdir() if path.suffix in _TYPES)
ASSET_MAX_AGE = 86_400


def graphiql_page() -> str:
    return GRAPHIQL.read_text(encoding="utf-8")


def page_routes() -> list[Route]:
    dashboard_html = DASHBOARD.read_text(encoding="utf-8")

    async def dashboard(_request: Request) -> HTMLResponse:
        return HTMLResponse(dashboard_html)

    async def asset(request: Request) -> Response:
        """One of the vendored files by name; nothing else on disk is reachable."""
        name = request.path_params["name"]
        if name not in ASSET_NAMES:
            return PlainTextResponse("No such asset. 没有这个文件。", status_code=404)
        path = ASSETS / name
        return FileResponse(
            path,
            media_type=_TYPES[path.suffix],
            headers={"Cache-Control": f"public, max-age={ASSET_MAX_AGE}"},
        )

    return [
        Route("/dashboard", dashboard, methods=["GET"]),
        Route("/assets/{name}", asset, methods=["GET"]),
    ]
