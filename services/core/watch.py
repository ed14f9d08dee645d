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
from contextlib import asynccontextmanager

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.listening import HEARTBEAT, KeptConnection
from services.core.versions import Versions

log = logging.getLogger("civical.versions")

CHANNEL = "civical_versions"
SEEN_CHANNEL = "civical_versions_seen"
APPLICATION_NAME = "civical read versions"  # how operators (and writers) tell these apart
SEEN_TIMEOUT = 5.0  # seconds a writer waits for the other processes to learn its write
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
        self._versions = versions
        self._listening = False  # caught up and listening: what this process kept holds
        self._backend: int | None = None  # the listener's server process, which writers name
        self._seen: dict[int, int] = {}  # listener backend → latest version it confirmed
        self._answered = asyncio.Event()
        self._line = KeptConnection(
            url,
            APPLICATION_NAME,
            log,
            "read versions",
            start=self._listen,
            work=self._catch_up,
            lost=self._lost,
            recovered="caught up with the writes made meanwhile",
        )

    def current(self) -> Versions | None:
        """The versions while they are being kept up to date; None while they cannot be."""
        return self._versions if self._listening else None

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Listen and catch up before serving; keep listening, reconnecting, until shutdown."""
        async with self._line.running():
            log.info("read versions: listening on PostgreSQL channel %s", CHANNEL)
            try:
                yield
            finally:
                self._lost()

    def close(self) -> None:
        """Nothing to close outside ``running``."""

    async def announce(self, db: AsyncSession, version: int) -> frozenset[int]:
        """Inside a write transaction: notify every listener as it commits; the listening
        processes (other than this one) whose answer the commit should wait for."""
        await db.execute(
            text("SELECT pg_notify(:channel, :version)"),
            {"channel": CHANNEL, "version": str(version)},
        )
        if not self._listening:  # no confirmation could be heard
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

    async def _listen(self, connection: asyncpg.Connection) -> None:
        """LISTEN first, then catch up: no write falls between the two."""
        await connection.add_listener(CHANNEL, self._written)
        await connection.add_listener(SEEN_CHANNEL, self._confirmed)
        self._backend = connection.get_server_pid()
        await self._catch_up(connection)
        self._listening = True

    async def _catch_up(self, connection: asyncpg.Connection) -> None:
        """Learn the writes made since the last known, and tell the writers (also, when
        quiet, a check of the connection)."""
        rows = await connection.fetch(
            _CHANGED_SINCE.format(known="$1"), self._versions.known, timeout=HEARTBEAT
        )
        _learn(self._versions, [(row[0], row[1]) for row in rows])
        await connection.execute(
            "SELECT pg_notify($1, $2)", SEEN_CHANNEL, str(self._versions.known), timeout=HEARTBEAT
        )

    def _lost(self) -> None:
        self._listening = False  # nothing kept is used until listening (and caught up) again

    def _written(
        self, _connection: asyncpg.Connection, _pid: int, _channel: str, _payload: str
    ) -> None:
        self._line.wake()

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
