"""civical's app factory and command line.

python server.py [serve] [--host H] [--port P] [--workers N] [--demo]
                                    serve (migrating the database first; --demo loads the
                                    sample county before serving)
python server.py demo               load the sample county and exit
python server.py rematch            match every posting again, keeping coordinator decisions
                                    (--learning: learn the model from this store first)
python server.py import [--source ID]
                                    pull every feed source (or one) now
python server.py admin-token --rotate
                                    print a new coordinator token; the old one stops at once
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import socket
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute

from schema import ids
from schema.view import GraphQLEndpoint
from services.core.auth import CoordinatorKey, coordinator_key, rotate_coordinator_token
from services.core.caches import MEBIBYTE
from services.core.db import Database, serves_many_processes
from services.core.errors import Language
from services.core.live import Broker, PostgresBroker
from services.core.settings import Settings
from services.demo import county
from services.imports import Allowlist, FetchError, runs
from services.imports.poller import run as poller_run
from services.matching import rematch
from services.notifications.worker import run as webhook_run
from web import workers
from web.feeds import feed_routes
from web.limits import LimitBody
from web.memory import settle_after_start_up
from web.observability import Observe, configure_logging, metrics_routes
from web.pages import graphiql_page, page_routes
from web.public import PublicPages
from web.ratelimit import RateLimit, budget_storage, close_storage
from web.reports import report_routes

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


def create_app(settings: Settings, *, settle_memory: bool = False) -> Starlette:
    """The app; ``settle_memory`` tunes the collector once started (a serving process, never
    a test process hosting many apps)."""
    broker = (
        PostgresBroker(settings.database_url)
        if serves_many_processes(settings.database_url)
        else Broker()
    )
    database = Database(settings.database_url, broker.publish)
    budgets = budget_storage(settings.rate_limit_storage)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.database = database
        app.state.coordinator = await prepare(database, settings)
        if settle_memory:
            settle_after_start_up()
        background = []
        if settings.poll_seconds > 0:
            background.append(poller_run(database, allowlist, settings.poll_seconds))
        if settings.webhook_seconds > 0:
            background.append(
                webhook_run(database, allowlist, settings.language, settings.webhook_seconds)
            )
        tasks = [asyncio.create_task(work) for work in background]
        try:
            async with broker.running(), database.watching():
                yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)  # stopped before the database
            await database.dispose()
            close_storage(budgets)

    async def healthz(_request: Request) -> JSONResponse:
        try:
            await database.ping()
        except Exception as error:  # any failure to answer is "unhealthy"; the log says why
            log.warning("health check failed: %s", error)
            return JSONResponse(
                {"status": "unavailable", "error": "the database does not answer; 数据库无应答"},
                status_code=503,
            )
        return JSONResponse({"status": "ok"})

    allowlist = Allowlist.parse(settings.import_allowlist)
    quarter = settings.cache_mb * MEBIBYTE // 4
    graphql = GraphQLEndpoint(
        database,
        broker,
        allowlist,
        public_url=settings.public_url,
        reveal_errors=settings.reveal_errors,
        language=settings.language,
        ide_page=graphiql_page(),
        cache_bytes=2 * quarter,
    )
    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz, methods=["GET"]),
            *feed_routes(database, settings.language, cache_bytes=2 * quarter),
            *page_routes(),
            *report_routes(database, settings.language),
            *PublicPages(database, settings).routes(),
            *metrics_routes(),
        ],
        lifespan=lifespan,
        middleware=[
            Middleware(Observe),
            Middleware(
                RateLimit,
                per_ip=settings.rate_limit_per_ip,
                per_token=settings.rate_limit_per_token,
                storage=budgets,
                language=settings.language,
            ),
            Middleware(LimitBody),
        ],
    )


def app_from_env() -> Starlette:
    """The app that ``serve`` runs, built in each worker process from the environment.

    Workers are fresh interpreters that uvicorn starts from this import string, so they
    set up logging themselves; more than one worker means ``main`` already migrated and
    printed any generated coordinator token, which the workers then find stored.
    """
    configure_logging()
    return create_app(Settings.from_env(), settle_memory=True)


async def run_command(
    command: str, settings: Settings, source: int | None = None, *, learning: bool = False
) -> int:
    """A one-shot command on a migrated database, printing its progress and report; the exit status.

    ``prepare`` only migrates and settles the coordinator token.
    """
    database = Database(settings.database_url)

    def progress(line: str) -> None:
        print(f"civical {command}: {line}", flush=True)

    try:
        await prepare(database, settings)
        if command == "demo":
            progress(await county.load(database))
        elif command == "rematch":
            async with database.writing() as db:
                progress(str(await rematch.rematch(db, progress, learning=learning)))
        elif command == "import":
            return await _import(
                database,
                Allowlist.parse(settings.import_allowlist),
                source,
                progress,
                settings.language,
            )
        elif command == "admin-token":
            return await _rotate_admin_token(database, settings, progress)
        elif command == "prepare":
            progress("the database is migrated and the coordinator token settled.")
    finally:
        await database.dispose()
    return 0


async def _rotate_admin_token(
    database: Database, settings: Settings, progress: Callable[[str], None]
) -> int:
    """A new stored coordinator token, unless CIVICAL_ADMIN_TOKEN fixes it (then nothing changes)."""
    if settings.admin_token:
        progress(
            "CIVICAL_ADMIN_TOKEN sets the coordinator token, so nothing was rotated:"
            " change that variable and restart instead."
        )
        return 1
    async with database.writing() as db:
        token = await rotate_coordinator_token(db)
    progress("a new coordinator token is in force; the old one stopped working in every process.")
    progress(f"it is shown this once; keep it safe: {token}")
    return 0


async def _import(
    database: Database,
    allowlist: Allowlist,
    source: int | None,
    progress: Callable[[str], None],
    language: Language,
) -> int:
    """Import one source, or every source; failing sources are reported and make the exit status 1."""
    failed = 0
    found = await runs.source_ids(database, source)
    if not found:
        progress("no feed source is registered, so there was nothing to import.")
    for source_id in found:
        try:
            report = await runs.import_source(database, source_id, allowlist)
        except FetchError as error:
            progress(f"source {source_id}: {error.code}: {error.message.text(language)}")
            failed += 1
            continue
        progress(report.text(language))
        failed += report.status in ("ERROR", "GONE")
    if found:
        progress(f"{len(found) - failed} of {len(found)} sources imported.")
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
        "command",
        nargs="?",
        choices=["serve", "demo", "rematch", "import", "admin-token"],
        default="serve",
    )
    parser.add_argument(
        "--rotate", action="store_true", help="with admin-token: replace the coordinator token"
    )
    parser.add_argument("--source", type=_source_id, help="with import: only this source (its id)")
    parser.add_argument(
        "--learning",
        action="store_true",
        help="with rematch: learn the matching model from this store's postings and decisions",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--demo", action="store_true", help="load the sample county before serving")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="with serve: worker processes sharing the port (PostgreSQL only)",
    )
    args = parser.parse_args(argv)
    configure_logging()
    settings = Settings.from_env()
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers > 1 and not serves_many_processes(settings.database_url):
        parser.error(
            f"--workers {args.workers} needs PostgreSQL (CIVICAL_DATABASE_URL=postgresql+asyncpg://…):"
            " on SQLite live updates reach only the process that made them,"
            " so serve SQLite from one process"
        )
    if args.learning and args.command != "rematch":
        parser.error("--learning goes with rematch")
    if args.command == "admin-token" and not args.rotate:
        parser.error("admin-token needs --rotate: the token in force is never shown again")
    if args.demo:
        asyncio.run(run_command("demo", settings))
    if args.command != "serve":
        return asyncio.run(run_command(args.command, settings, args.source, learning=args.learning))
    if args.workers == 1:
        config = uvicorn.Config(
            "server:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            log_config=None,  # keep the JSON logging set up above
            access_log=False,  # Observe logs every request with more to say
        )
        AnnouncedServer(config).run()
        return 0
    asyncio.run(run_command("prepare", settings))
    with tempfile.TemporaryDirectory(prefix="civical-metrics-") as shared_metrics:
        # workers sum their counters through files here, so /metrics shows them all
        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", shared_metrics)
        announce_addresses(f"http://{_host(args.host)}:{args.port}")
        return workers.serve("server:app_from_env", args.host, args.port, args.workers)


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def announce_addresses(base: str) -> None:
    """The one line a person starting the server reads (the JSON log lines are for machines)."""
    print(
        f"civical: serving on {base} — calendar {base}/, GraphiQL {base}/graphql,"
        f" dashboard {base}/dashboard (Ctrl+C stops)",
        flush=True,
    )


class AnnouncedServer(uvicorn.Server):
    """uvicorn's server, saying where it listens once the socket is bound."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and not self.should_exit:
            host, port = self.servers[0].sockets[0].getsockname()[:2]
            announce_addresses(f"http://{_host(host)}:{port}")


if __name__ == "__main__":
    sys.exit(main())
