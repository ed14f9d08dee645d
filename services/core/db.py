"""Engines, transactions and migrations for SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from services.core.bumps import WritingSession, record
from services.core.live import Announcement, Publish, pending
from services.core.versions import Versions
from services.core.watch import PostgresWatch, SqliteWatch

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
_MIGRATION_LOCK_KEY = 0x63697669  # any constant shared by every civical process
_ATTEMPTS = 3
_RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure
_CHUNK = 500  # values per IN list: well inside every backend's limit on bound parameters
T = TypeVar("T")
Transaction = AsyncSession  # what a door holds while one service call decides inside it


def chunked(values: Sequence[T], size: int = _CHUNK) -> Iterator[Sequence[T]]:
    """Slices of at most ``size`` values, for IN lists over large sets."""
    for offset in range(0, len(values), size):
        yield values[offset : offset + size]


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def serves_many_processes(url: str) -> bool:
    """Whether this database can be shared by several serving processes (PostgreSQL can;
    SQLite has one writer and in-process live updates)."""
    return make_url(url).get_backend_name() == "postgresql"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: an acknowledged posting survives a power cut too, not only a killed process
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB per connection instead of 2 MiB
    cursor.close()


def _sqlite_engine(url: str, *, immediate: bool) -> AsyncEngine:
    """An SQLite engine; ``immediate`` makes every transaction take the write lock at BEGIN.

    Writers read before they write (matching looks for candidates); a deferred
    transaction could see a snapshot that another writer has already replaced, so
    write transactions begin IMMEDIATE and simply wait their turn.
    """
    engine = create_async_engine(url, connect_args={"timeout": 30}, json_deserializer=orjson.loads)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    if immediate:

        @event.listens_for(engine.sync_engine, "connect")
        def _manual_transactions(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine.sync_engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _discard(_announcement: Announcement) -> None:
    """Where announcements go when nobody listens (one-shot commands)."""


class Database:
    """The one door to storage: short read sessions, and write transactions that record what
    they changed (``services.core.bumps``) and, once committed, hand what they announced to
    ``publish``. ``versions`` is what this process knows of every process's writes."""

    def __init__(self, url: str, publish: Publish = _discard) -> None:
        self.url = url
        self._publish = publish
        self.versions = Versions()
        self._watch: SqliteWatch | PostgresWatch
        if _is_sqlite(url):
            self._read_engine = _sqlite_engine(url, immediate=False)
            self._write_engine = _sqlite_engine(url, immediate=True)
            self._watch = SqliteWatch(url, self.versions)
        else:
            self._read_engine = self._write_engine = create_async_engine(
                url,
                pool_size=10,
                max_overflow=10,
                pool_pre_ping=True,
                json_deserializer=orjson.loads,
            )
            self._watch = PostgresWatch(url, self.versions)
        self._reader = async_sessionmaker(self._read_engine, expire_on_commit=False)
        self._writer = async_sessionmaker(
            self._write_engine, expire_on_commit=False, sync_session_class=WritingSession
        )

    @property
    def engines(self) -> tuple[AsyncEngine, ...]:
        """Every engine in use (one, or a reader and a writer on SQLite)."""
        return tuple({id(e): e for e in (self._read_engine, self._write_engine)}.values())

    @property
    def is_sqlite(self) -> bool:
        return _is_sqlite(self.url)

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        async with self._reader() as session:
            yield session

    @asynccontextmanager
    async def writing(self, *, bump_version: bool = True) -> AsyncIterator[AsyncSession]:
        """One transaction: committed with what it changed recorded, or rolled back whole.

        Only bookkeeping that no cached answer shows (a feed's last fetch) may skip the
        record. Once committed, this process knows the write at once and, on PostgreSQL,
        the write returns only when the other serving processes know it too
        (``services.core.watch``). Announcements made inside (``services.core.live.announce``)
        are published only after the commit, so listeners never hear of a rolled-back change.
        """
        written, peers = None, frozenset[int]()
        async with self._writer() as session:
            async with session.begin():
                yield session
                if bump_version:
                    written = await record(session)
                    peers = await self._watch.announce(session, written.version)
            if written is not None:
                self.versions.learn(written.version, dict.fromkeys(written.keys, written.version))
                await self._watch.learnt_by(peers, written.version)
            for announcement in pending(session):
                self._publish(announcement)

    async def transact(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run ``work`` in one write transaction, again from the start if a concurrent
        writer won a uniqueness race (two first posts of one externalId, say) or
        PostgreSQL chose this transaction to break a deadlock between row locks."""
        attempts_left = _ATTEMPTS
        while True:
            try:
                async with self.writing() as session:
                    return await work(session)
            except DBAPIError as error:
                attempts_left -= 1
                if not attempts_left or not _worth_retrying(error):
                    raise

    def current_versions(self) -> Versions | None:
        """What this process knows of every write, brought up to date without a round trip
        to a server; None while it cannot be kept up to date (then no cached answer holds)."""
        return self._watch.current()

    @asynccontextmanager
    async def watching(self) -> AsyncIterator[None]:
        """Keep ``current_versions`` up to date with other processes' writes while serving."""
        async with self._watch.running():
            yield

    async def ping(self) -> None:
        async with self.reading() as session:
            await session.execute(text("SELECT 1"))

    async def migrate(self, revision: str = "head") -> None:
        """Bring the schema to ``revision``; safe when several processes start at once."""
        async with self._write_engine.begin() as connection:
            if not self.is_sqlite:
                await connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
                )
            await connection.run_sync(_upgrade, revision)

    async def dispose(self) -> None:
        self._watch.close()
        await self._read_engine.dispose()
        await self._write_engine.dispose()


def _upgrade(connection: Connection, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def _worth_retrying(error: DBAPIError) -> bool:
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES
