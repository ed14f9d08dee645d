"""Every test runs against real databases: SQLite always, PostgreSQL where one answers.

PostgreSQL is found at CIVICAL_TEST_POSTGRES_URL (default: the local server as user
postgres). Without one, its half of the suite is skipped locally and fails under CI.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import event, select

from server import create_app, prepare
from services.core.auth import Principal, Role
from services.core.db import Database
from services.core.models import Base, DataVersion
from services.core.settings import Settings
from services.postings import departments
from tests.api import ADMIN_TOKEN, Api
from tests.feedserver import FEED_HOST

POSTGRES_URL = os.environ.get(
    "CIVICAL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


async def as_postgres_admin(statement: str) -> None:
    connection = await asyncpg.connect(POSTGRES_URL)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this run, dropped afterwards."""
    name = f"civical_test_{uuid.uuid4().hex[:12]}"
    try:
        asyncio.run(as_postgres_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI: {error}")
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL}: {error}")
    base = POSTGRES_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    yield f"{base}/{name}"
    asyncio.run(as_postgres_admin(f'DROP DATABASE "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.getbasetemp() / "civical.sqlite3"
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("postgres_url")
    return url


async def fresh_deployment(url: str) -> None:
    """The database migrated and emptied, as a newly started server would find it."""
    database = Database(url)
    try:
        await prepare(database, Settings(database_url=url, admin_token=ADMIN_TOKEN))
        await empty(database)
    finally:
        await database.dispose()


async def fresh_department(url: str) -> str:
    """A fresh database with one department, made as the coordinator; its token."""
    await fresh_deployment(url)
    database = Database(url)
    try:
        async with database.writing() as db:
            _, token = await departments.create_department(
                db, Principal(Role.COORDINATOR), slug="tax", name="税务局"
            )
    finally:
        await database.dispose()
    return token


async def empty(database: Database) -> None:
    async with database.writing() as db:
        for table in reversed(Base.metadata.sorted_tables):
            if table is not DataVersion.__table__:
                await db.execute(table.delete())


async def stored_rows(
    database: Database, without: frozenset[str] = frozenset()
) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row, table by table in key order: equal before and after when a
    refused request wrote nothing."""
    async with database.reading() as db:
        return {
            table.name: [
                tuple(row)
                for row in await db.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
            if table.name not in without
        }


@asynccontextmanager
async def started(database_url: str, **settings: Any) -> AsyncIterator[Any]:
    """The app started (migrated) and emptied on one database, with the tests' coordinator
    token and feed host, and any other ``settings``."""
    application = create_app(
        Settings(
            **{"admin_token": ADMIN_TOKEN, "import_allowlist": FEED_HOST}
            | settings
            | {"database_url": database_url}
        )
    )
    async with application.router.lifespan_context(application):
        await empty(application.state.database)
        yield application


@contextmanager
def counting_statements(app: Any) -> Iterator[list[str]]:
    """The SQL statements the app sends while the block runs."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engines = [engine.sync_engine for engine in app.state.database.engines]
    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[Any]:
    async with started(database_url) as application:
        yield application


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://civical.test") as http:
        yield http


@pytest.fixture
def api(client: httpx.AsyncClient) -> Api:
    return Api(client)
