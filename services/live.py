"""Live announcements of calendar changes (new overlaps, merges) for dashboards.

One broker per process fans each announcement out to every listener; a listener
that falls behind loses its oldest announcements rather than slowing writers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from services.clock import now

QUEUE_SIZE = 100


class UpdateKind(Enum):
    CHANGED = "CHANGED"
    MERGED = "MERGED"
    OVERLAP = "OVERLAP"


@dataclass(frozen=True, slots=True)
class Announcement:
    kind: UpdateKind
    session_ids: tuple[int, ...]
    message: str
    at: datetime = field(default_factory=now)


class Broker:
    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[Announcement]] = set()

    def publish(self, announcement: Announcement) -> None:
        for queue in self._listeners:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(announcement)

    async def listen(self) -> AsyncIterator[Announcement]:
        queue: asyncio.Queue[Announcement] = asyncio.Queue(QUEUE_SIZE)
        self._listeners.add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._listeners.discard(queue)
