"""A PostgreSQL connection a process keeps open for LISTEN/NOTIFY while it serves.

Opened before serving (failing as a migration would), checked whenever it has been quiet
for ``HEARTBEAT`` seconds, and opened again with back-off (0.5 s up to 30 s) whenever it
is lost; each loss and each recovery is logged under the name of what it carries. Live
announcements (``live``) and read versions (``watch``) each keep one.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

HEARTBEAT = 10.0  # seconds: quiet before the connection is checked; the longest wait on PostgreSQL
FIRST_RETRY, LAST_RETRY = 0.5, 30.0  # back-off bounds, in seconds, while PostgreSQL is away

Use = Callable[[asyncpg.Connection], Awaitable[None]]


def _nothing() -> None:
    """What a kept connection does on losing its line, unless told otherwise."""


def asyncpg_arguments(database_url: str, application_name: str) -> dict[str, Any]:
    """asyncpg's connect arguments for a SQLAlchemy URL: what the engine's own pool uses,
    under ``application_name`` (how operators tell the connections apart)."""
    url = make_url(database_url)
    _, arguments = url.get_dialect()().create_connect_args(url)
    accepted = inspect.signature(asyncpg.connect).parameters
    settings = {"application_name": application_name} | arguments.get("server_settings", {})
    return (
        {"timeout": HEARTBEAT}
        | {key: value for key, value in arguments.items() if key in accepted}
        | {"server_settings": settings}
    )


class KeptConnection:
    """``start`` runs on every new connection (to LISTEN, say); ``work`` whenever ``wake`` is
    called and at least every HEARTBEAT seconds, and must use the connection (a failure
    means the connection is gone); ``lost`` as soon as a connection is found gone."""

    def __init__(
        self,
        database_url: str,
        application_name: str,
        log: logging.Logger,
        name: str,
        *,
        start: Use,
        work: Use,
        lost: Callable[[], None] = _nothing,
        recovered: str = "",
    ) -> None:
        """Lines go to ``log``, each beginning with ``name`` (what the connection carries);
        ``recovered`` says what a recovery means for it."""
        self._connect_args = asyncpg_arguments(database_url, application_name)
        self._log, self._name = log, name
        self._start, self._work, self._lost = start, work, lost
        self._recovered = recovered
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        connection = await self._connect()
        keeper = asyncio.create_task(self._stay_connected(connection))
        try:
            yield
        finally:
            keeper.cancel()
            await asyncio.wait([keeper])

    async def _connect(self) -> asyncpg.Connection:
        connection = await asyncpg.connect(**self._connect_args)
        try:
            connection.add_termination_listener(lambda _connection: self._wake.set())
            await self._start(connection)
        except BaseException:
            connection.terminate()
            raise
        return connection

    async def _stay_connected(self, connection: asyncpg.Connection) -> None:
        while True:
            try:
                await self._pump(connection)
            except Exception as error:
                self._log.warning(
                    "%s: lost the PostgreSQL connection (%s: %s); reconnecting",
                    self._name,
                    type(error).__name__,
                    error,
                )
            finally:
                self._lost()
                await _close(connection)
            connection = await self._reconnect()

    async def _pump(self, connection: asyncpg.Connection) -> None:
        while True:
            try:
                async with asyncio.timeout(HEARTBEAT):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
            if connection.is_closed():
                raise ConnectionError("PostgreSQL closed the connection")
            await self._work(connection)

    async def _reconnect(self) -> asyncpg.Connection:
        delay = 0.0
        while True:
            await asyncio.sleep(delay)
            try:
                connection = await self._connect()
            except Exception as error:
                delay = min(max(2 * delay, FIRST_RETRY), LAST_RETRY)
                self._log.warning(
                    "%s: cannot listen on PostgreSQL (%s: %s); trying again in %.1f s",
                    self._name,
                    type(error).__name__,
                    error,
                    delay,
                )
                continue
            self._log.info("%s: listening again; %s", self._name, self._recovered)
            return connection


async def _close(connection: asyncpg.Connection) -> None:
    """Close gracefully if PostgreSQL answers soon, else drop the socket."""
    try:
        await connection.close(timeout=FIRST_RETRY)
    except Exception:
        connection.terminate()
