"""Live announcements of calendar changes (new overlaps, merges) for dashboards.

A broker fans each announcement out to every listener; a listener that falls behind
loses its oldest announcements rather than slowing writers. On SQLite one process
serves the database, so an in-process broker reaches every listener. On PostgreSQL
several processes serve one database, so announcements travel through PostgreSQL's
LISTEN/NOTIFY and each process hands what it hears, its own included, to its listeners.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

import asyncpg
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.clock import now
from services.core.errors import Message
from services.core.listening import HEARTBEAT, KeptConnection

log = logging.getLogger("civical.live")

QUEUE_SIZE = 100
CHANNEL = "civical_live"
PAYLOAD_LIMIT = 7999  # bytes: PostgreSQL refuses a NOTIFY payload of 8000 bytes or more
APPLICATION_NAME = "civical live updates"  # how operators tell these connections apart


class UpdateKind(Enum):
    CHANGED = "CHANGED"
    MERGED = "MERGED"
    OVERLAP = "OVERLAP"


@dataclass(frozen=True, slots=True)
class Announcement:
    kind: UpdateKind
    session_ids: tuple[int, ...]
    message: Message
    at: datetime = field(default_factory=now)


def happened(title: str, what: Message) -> Message:
    """ "增值税留抵退税政策解读会: posted", in both languages."""
    return Message(f"{title}: {what.en}", f"{title}：{what.zh}")


Publish = Callable[[Announcement], None]
_PENDING = "civical.announcements"


def announce(db: AsyncSession, announcement: Announcement) -> None:
    """Announce a change made in this transaction, once (and only if) it commits."""
    db.info.setdefault(_PENDING, []).append(announcement)


def pending(db: AsyncSession) -> list[Announcement]:
    """The announcements a committed transaction made, taken so they are published once."""
    found: list[Announcement] = db.info.pop(_PENDING, [])
    return found


def encode(announcement: Announcement, limit: int = PAYLOAD_LIMIT) -> str:
    """The announcement as JSON of at most ``limit`` UTF-8 bytes, to fit a NOTIFY payload.

    Messages too long are cut between characters (never inside one), each to the same
    length, and end with "…"; should the session ids alone not fit, only the first ones
    that do are kept.
    """
    ids = len(announcement.session_ids)
    longest = max(len(announcement.message.en), len(announcement.message.zh))
    whole = _json(announcement, longest, ids)
    if len(whole.encode()) <= limit:
        return whole
    kept = _longest(longest, lambda n: _fits(announcement, n, ids, limit))
    if kept is not None:
        return _json(announcement, kept, ids)
    kept_ids = _longest(ids, lambda n: _fits(announcement, 0, n, limit))
    if kept_ids is None:
        raise ValueError(f"a {limit}-byte payload cannot hold any announcement")
    return _json(announcement, 0, kept_ids)


def decode(payload: str) -> Announcement:
    """The announcement that :func:`encode` wrote; ValueError for anything else."""
    try:
        data = json.loads(payload)
        return Announcement(
            UpdateKind(data["kind"]),
            tuple(int(key) for key in data["session_ids"]),
            Message(str(data["message"]), str(data["message_zh"])),
            datetime.fromisoformat(data["at"]),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"not an announcement: {payload[:80]!r}") from error


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length] + "…"


def _json(announcement: Announcement, length: int, ids: int) -> str:
    return json.dumps(
        {
            "kind": announcement.kind.value,
            "session_ids": announcement.session_ids[:ids],
            "message": _cut(announcement.message.en, length),
            "message_zh": _cut(announcement.message.zh, length),
            "at": announcement.at.isoformat(),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _fits(announcement: Announcement, length: int, ids: int, limit: int) -> bool:
    return len(_json(announcement, length, ids).encode()) <= limit


def _longest(most: int, fits: Callable[[int], bool]) -> int | None:
    """The largest n in 0..most for which ``fits(n)`` holds (it holds for every smaller n too)."""
    if not fits(0):
        return None
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(middle) else (low, middle - 1)
    return low


class Broker:
    """Announcements to the listeners of this process, which are all of them on SQLite."""

    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[Announcement]] = set()

    def publish(self, announcement: Announcement) -> None:
        """Announce to every listener of the deployment; never blocks the caller."""
        self._deliver(announcement)

    async def listen(self) -> AsyncIterator[Announcement]:
        queue: asyncio.Queue[Announcement] = asyncio.Queue(QUEUE_SIZE)
        self._listeners.add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._listeners.discard(queue)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """The broker at work for as long as the app serves; nothing to start in one process."""
        yield

    def _deliver(self, announcement: Announcement) -> None:
        for queue in self._listeners:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(announcement)


class PostgresBroker(Broker):
    """Announcements to the listeners of every process on one PostgreSQL database.

    ``publish`` only queues a NOTIFY; the process delivers to its own listeners when the
    notification comes back, as every other process does, so each listener hears each
    announcement exactly once. NOTIFY goes out after the mutation committed, from one
    dedicated connection that also LISTENs: a NOTIFY inside the write transaction would
    make every writing commit wait its turn on PostgreSQL's one notification-queue lock,
    and announcements are made only for committed changes anyway. The price: a process that
    dies between its commit and its NOTIFY leaves that one change unannounced.
    """

    def __init__(self, database_url: str, channel: str = CHANNEL) -> None:
        super().__init__()
        self._channel = channel
        self._outbox: deque[str] = deque(maxlen=QUEUE_SIZE)  # oldest dropped while disconnected
        self._line = KeptConnection(
            database_url,
            APPLICATION_NAME,
            log,
            "live updates",
            start=self._listen,
            work=self._send,
            recovered="other processes' announcements meanwhile were missed",
        )

    def publish(self, announcement: Announcement) -> None:
        self._outbox.append(encode(announcement))
        self._line.wake()

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Listen from the start (failing like a migration would); reconnect until shutdown."""
        async with self._line.running():
            log.info("live updates: listening on PostgreSQL channel %s", self._channel)
            yield

    async def _listen(self, connection: asyncpg.Connection) -> None:
        await connection.add_listener(self._channel, self._received)

    async def _send(self, connection: asyncpg.Connection) -> None:
        """Send queued announcements, or check the connection when there are none.

        An announcement whose NOTIFY fails is not sent again: it may have gone out, and
        a listener should rather miss one than hear it twice.
        """
        if not self._outbox:
            await connection.execute("SELECT 1", timeout=HEARTBEAT)
        while self._outbox:  # one statement each: PostgreSQL folds a transaction's twins
            payload = self._outbox.popleft()
            await connection.execute(
                "SELECT pg_notify($1, $2)", self._channel, payload, timeout=HEARTBEAT
            )

    def _received(
        self, _connection: asyncpg.Connection, _pid: int, _channel: str, payload: str
    ) -> None:
        try:
            announcement = decode(payload)
        except ValueError as error:
            log.warning("live updates: ignored a notification on %s: %s", self._channel, error)
            return
        self._deliver(announcement)
