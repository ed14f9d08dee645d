"""Learning, without a round trip per read, of writes that other connections commit.

Each process applies its own writes to its ``Versions`` as they commit. Others' it
learns this way:

- **SQLite**: one plain connection of the process's own asks ``PRAGMA data_version``
  before each cached answer is used; the number moves only when another connection
  committed, and only then are the changed read_versions rows read (both are calls into
  the SQLite library in this process, no server in between).
- **PostgreSQL**: a write transaction sends ``NOTIFY civical_versions`` with its version
  as it commits. Every process listens on one dedicated connection, reads the
  read_versions rows that changed and answers ``NOTIFY civical_versions_seen``. The
  writer names, inside its transaction, the listening processes, and acknowledges its
  write to its client only once each of them has answered (or ``SEEN_TIMEOUT`` passed,
  which it logs): so no process serves a page from before a write that its client saw
  acknowledged. While a process's listener is down it uses no cached answer at all.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager, suppress

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.live import asyncpg_arguments
from services.core.versions import Versions

log = logging.getLogger("civical.versions")

CHANNEL = "civical_versions"
SEEN_CHANNEL = "civical_versions_seen"
APPLICATION_NAME = "civical read versions"  # how operators (and writers) tell these apart
SEEN_TIMEOUT = 5.0  # seconds a writer waits for the other processes to learn its write
HEARTBEAT = 10.0
FIRST_RETRY, LAST_RETRY = 0.5, 30.0
# One statement, so one snapshot: the rows changed since a version, and the version reached.
_CHANGED_SINCE = (
    "SELECT key, changed_at FROM read_versions WHERE changed_at > {known}"
    " UNION ALL SELECT '', version FROM data_version"
)


def _learn(versions: Versions, rows: list[tuple[str, int]]) -> None:
    """Apply one snapshot of read_versions rows changed since ``versions.known``; the row
    named '' carries the data version that snapshot had reached."""
    latest = max((changed_at for key, changed_at in rows if key == ""), default=0)
    versions.learn(latest, {key: changed_at for key, changed_at in rows if key})


class SqliteWatch:
    """Others' commits to an SQLite file, noticed through ``PRAGMA data_version``."""

    def __init__(self, url: str, versions: Versions) -> None:
        self._path = make_url(url).database or ""
        self._versions = versions
        self._connection: sqlite3.Connection | None = None
        self._seen_data_version: int | None = None

    def current(self) -> Versions:
        """The versions, brought up to date with whatever another connection committed."""
        connection = self._connection
        if connection is None:
            connection = self._connection = sqlite3.connect(self._path, isolation_level=None)
            connection.execute("PRAGMA busy_timeout=30000")
        (data_version,) = connection.execute("PRAGMA data_version").fetchone()
        if data_version != self._seen_data_version:
            # remembered first: a commit while the rows are read moves it again
            self._seen_data_version = data_version
            query = _CHANGED_SINCE.format(known="?")
            _learn(self._versions, connection.execute(query, (self._versions.known,)).fetchall())
        return self._versions

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Nothing runs in the background: each use of the versions asks SQLite first."""
        yield

    async def announce(self, _db: AsyncSession, _version: int) -> frozenset[int]:
        """Other connections learn of a commit through data_version: nobody to wait for."""
        return frozenset()

    async def learnt_by(self, _peers: Collection[int], _version: int) -> None:
        """Nothing to wait for (see ``announce``)."""

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class PostgresWatch:
    """Others' commits to a PostgreSQL database, heard through LISTEN/NOTIFY."""

    def __init__(self, url: str, versions: Versions) -> None:
        self._connect_args = asyncpg_arguments(url, APPLICATION_NAME)
        self._versions = versions
        self._listener: asyncpg.Connection | None = None
        self._backend: int | None = None  # the listener's server process, which writers name
        self._wake = asyncio.Event()
        self._seen: dict[int, int] = {}  # listener backend → latest version it acknowledged
        self._answered = asyncio.Event()

    def current(self) -> Versions | None:
        """The versions while they are being kept up to date; None while they cannot be."""
        return self._versions if self._listener is not None else None

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Listen (and catch up) before serving; keep listening, reconnecting, until shutdown."""
        connection = await self._connect()
        keeper = asyncio.create_task(self._stay_connected(connection))
        try:
            yield
        finally:
            keeper.cancel()
            await asyncio.wait([keeper])
            self._listener = self._backend = None

    def close(self) -> None:
        """Nothing to close outside ``running``."""

    async def announce(self, db: AsyncSession, version: int) -> frozenset[int]:
        """Inside a write transaction: notify every listener as it commits; the listening
        processes (other than this one) whose answer the commit should wait for."""
        await db.execute(
            text("SELECT pg_notify(:channel, :version)"),
            {"channel": CHANNEL, "version": str(version)},
        )
        if self._listener is None:  # not listening: no confirmation could be heard
            return frozenset()
        rows = await db.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE application_name = :name"
                " AND datname = current_database() AND pid <> :own"
            ),
            {"name": APPLICATION_NAME, "own": self._backend},
        )
        return frozenset(pid for (pid,) in rows)

    async def learnt_by(self, peers: Collection[int], version: int) -> None:
        """Wait until every one of ``peers`` has learnt writes up to ``version``."""
        if not peers:
            return
        try:
            async with asyncio.timeout(SEEN_TIMEOUT):
                while any(self._seen.get(pid, 0) < version for pid in peers):
                    self._answered.clear()
                    await self._answered.wait()
        except TimeoutError:
            log.warning(
                "read versions: processes %s did not confirm version %s within %.0f s",
                sorted(pid for pid in peers if self._seen.get(pid, 0) < version),
                version,
                SEEN_TIMEOUT,
            )

    async def _connect(self) -> asyncpg.Connection:
        connection = await asyncpg.connect(**self._connect_args)
        try:
            await connection.add_listener(CHANNEL, self._written)
            await connection.add_listener(SEEN_CHANNEL, self._confirmed)
            connection.add_termination_listener(lambda _connection: self._wake.set())
            await self._catch_up(connection)
        except BaseException:
            connection.terminate()
            raise
        self._backend = connection.get_server_pid()
        self._listener = connection
        log.info("read versions: listening on PostgreSQL channel %s", CHANNEL)
        return connection

    async def _catch_up(self, connection: asyncpg.Connection) -> None:
        rows = await connection.fetch(
            _CHANGED_SINCE.format(known="$1"), self._versions.known, timeout=HEARTBEAT
        )
        _learn(self._versions, [(row[0], row[1]) for row in rows])

    async def _stay_connected(self, connection: asyncpg.Connection) -> None:
        while True:
            try:
                await self._pump(connection)
            except Exception as error:
                log.warning(
                    "read versions: lost the PostgreSQL connection (%s: %s); reconnecting",
                    type(error).__name__,
                    error,
                )
            finally:
                self._listener = None  # no cached answer is used until listening again
                with suppress(Exception):
                    await connection.close(timeout=FIRST_RETRY)
                connection.terminate()
            connection = await self._reconnect()

    async def _pump(self, connection: asyncpg.Connection) -> None:
        """Catch up whenever a write is announced, and say so; check the line when quiet."""
        while True:
            try:
                async with asyncio.timeout(HEARTBEAT):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
            if connection.is_closed():
                raise ConnectionError("PostgreSQL closed the connection")
            await self._catch_up(connection)
            await connection.execute(
                "SELECT pg_notify($1, $2)",
                SEEN_CHANNEL,
                str(self._versions.known),
                timeout=HEARTBEAT,
            )

    async def _reconnect(self) -> asyncpg.Connection:
        delay = 0.0
        while True:
            await asyncio.sleep(delay)
            try:
                return await self._connect()
            except Exception as error:
                delay = min(max(2 * delay, FIRST_RETRY), LAST_RETRY)
                log.warning(
                    "read versions: cannot listen on PostgreSQL (%s: %s); trying again in %.1f s",
                    type(error).__name__,
                    error,
                    delay,
                )

    def _written(
        self, _connection: asyncpg.Connection, _pid: int, _channel: str, _payload: str
    ) -> None:
        self._wake.set()

    def _confirmed(
        self, _connection: asyncpg.Connection, pid: int, _channel: str, payload: str
    ) -> None:
        try:
            version = int(payload)
        except ValueError:
            log.warning("read versions: ignored a confirmation %r from %s", payload[:40], pid)
            return
        if len(self._seen) > 10_000:  # backends of long-gone processes
            self._seen.clear()
        self._seen[pid] = max(self._seen.get(pid, 0), version)
        self._answered.set()
