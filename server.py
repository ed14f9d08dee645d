"""civical's app factory and command line.

python server.py [--host H] [--port P] [--demo]   serve (migrating the database first)
python server.py demo                             load the sample county and exit
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

import uvicorn
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute

from schema import ids
from schema.view import GraphQLEndpoint
from services import demo, imports, rematch
from services.auth import CoordinatorKey, coordinator_key
from services.db import Database
from services.importer import Allowlist, FetchError
from services.live import Broker
from services.models import FeedSource
from services.poller import run as poller_run
from services.settings import Settings
from web.feeds import feed_routes
from web.limits import LimitBody
from web.pages import page_routes

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
        poller = None
        if settings.poll_seconds > 0:
            poller = asyncio.create_task(poller_run(database, allowlist, settings.poll_seconds))
        try:
            yield
        finally:
            if poller is not None:
                poller.cancel()
            await database.dispose()

    async def healthz(_request: Request) -> JSONResponse:
        try:
            await database.ping()
        except Exception as error:  # any failure to answer is "unhealthy", and says why
            log.warning("health check failed: %s", error)
            return JSONResponse({"status": "unavailable", "error": str(error)}, status_code=503)
        return JSONResponse({"status": "ok"})

    allowlist = Allowlist.parse(settings.import_allowlist)
    graphql = GraphQLEndpoint(database, Broker(), allowlist, public_url=settings.public_url)
    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz, methods=["GET"]),
            *feed_routes(database),
            *page_routes(),
        ],
        lifespan=lifespan,
        middleware=[Middleware(LimitBody)],
    )


async def run_command(command: str, settings: Settings, source: int | None = None) -> int:
    """A one-shot command on a migrated database, printing its progress and report; the exit status."""
    database = Database(settings.database_url)

    def progress(line: str) -> None:
        print(f"civical {command}: {line}", flush=True)

    try:
        await prepare(database, settings)
        if command == "demo":
            progress(await demo.load(database))
        elif command == "rematch":
            async with database.writing() as db:
                progress(str(await rematch.rematch(db, progress)))
        else:
            return await _import(
                database, Allowlist.parse(settings.import_allowlist), source, progress
            )
    finally:
        await database.dispose()
    return 0


async def _import(
    database: Database, allowlist: Allowlist, source: int | None, progress: Callable[[str], None]
) -> int:
    """Import one source, or every source; failing sources are reported and make the exit status 1."""
    async with database.reading() as db:
        ids = [source] if source is not None else list(await db.scalars(select(FeedSource.id)))
    failed = 0
    for source_id in ids:
        try:
            report = await imports.import_source(database, source_id, allowlist)
        except FetchError as error:
            progress(f"source {source_id}: {error.code}: {error.message}")
            failed += 1
            continue
        progress(str(report))
        failed += report.status in ("ERROR", "GONE")
    return 1 if failed else 0


def _source_id(text: str) -> int:
    """A feed source's id as the API shows it, or its plain number."""
    key = int(text) if text.isdigit() else ids.decode_as("FeedSource", text)
    if key is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a feed source id")
    return key


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="server.py", description="Serve civical, or run one of its commands."
    )
    parser.add_argument(
        "command", nargs="?", choices=["serve", "demo", "rematch", "import"], default="serve"
    )
    parser.add_argument("--source", type=_source_id, help="with import: only this source (its id)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--demo", action="store_true", help="load the sample county before serving")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    if args.demo:
        asyncio.run(run_command("demo", settings))
    if args.command != "serve":
        return asyncio.run(run_command(args.command, settings, args.source))
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
