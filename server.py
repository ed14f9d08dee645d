"""civical's app factory and command line.

python server.py [--host H] [--port P] [--demo]   serve (migrating the database first)
python server.py demo                             load the sample county and exit
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute

from schema.view import GraphQLEndpoint
from services import demo, rematch
from services.auth import CoordinatorKey, coordinator_key
from services.db import Database
from services.live import Broker
from services.settings import Settings
from web.feeds import feed_routes
from web.limits import LimitBody

log = logging.getLogger("civical")


async def prepare(database: Database, settings: Settings) -> CoordinatorKey:
    """Migrate, then settle the coordinator token (printing it once if it was just made)."""
    await database.migrate()
    async with database.writing() as db:
        key, generated = await coordinator_key(db, settings.admin_token)
    if generated:
        print(
            "civical: no CIVICAL_ADMIN_TOKEN was set, so a coordinator token was generated.\n"
            f"civical: it is shown this once; keep it safe: {generated}",
            flush=True,
        )
    return key


def create_app(settings: Settings) -> Starlette:
    database = Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.database = database
        app.state.coordinator = await prepare(database, settings)
        try:
            yield
        finally:
            await database.dispose()

    async def healthz(_request: Request) -> JSONResponse:
        try:
            await database.ping()
        except Exception as error:  # any failure to answer is "unhealthy", and says why
            log.warning("health check failed: %s", error)
            return JSONResponse({"status": "unavailable", "error": str(error)}, status_code=503)
        return JSONResponse({"status": "ok"})

    graphql = GraphQLEndpoint(database, Broker(), public_url=settings.public_url)
    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz, methods=["GET"]),
            *feed_routes(database),
        ],
        lifespan=lifespan,
        middleware=[Middleware(LimitBody)],
    )


async def run_command(command: str, settings: Settings) -> None:
    """A one-shot command on a migrated database, printing its progress and report."""
    database = Database(settings.database_url)

    def progress(line: str) -> None:
        print(f"civical {command}: {line}", flush=True)

    try:
        await prepare(database, settings)
        if command == "demo":
            report: object = await demo.load(database)
        else:
            async with database.writing() as db:
                report = await rematch.rematch(db, progress)
        progress(str(report))
    finally:
        await database.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="server.py", description="Serve civical, or run one of its commands."
    )
    parser.add_argument("command", nargs="?", choices=["serve", "demo", "rematch"], default="serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--demo", action="store_true", help="load the sample county before serving")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    if args.demo:
        asyncio.run(run_command("demo", settings))
    if args.command != "serve":
        asyncio.run(run_command(args.command, settings))
        return 0
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
