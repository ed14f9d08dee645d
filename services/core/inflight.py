"""One computation per key at a time, its answer shared with whoever asks meanwhile.

After a write retires a cached calendar page or feed, every client asking for it at
that moment would compute it again, fifty times for fifty clients, just when the
server is busiest. The first asker leads; the others wait for its answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class InFlight(Generic[K, V]):
    def __init__(self) -> None:
        self._running: dict[K, asyncio.Future[V | None]] = {}

    async def joined(self, key: K) -> V | None:
        """The answer of a computation of ``key`` already running, or None: then lead one.

        None also when the leader's answer cannot be shared (it failed, or held errors).
        """
        running = self._running.get(key)
        return None if running is None else await asyncio.shield(running)

    @contextmanager
    def leading(self, key: K) -> Iterator[Callable[[V], None]]:
        """Compute ``key`` and hand the answer to ``share``; whoever waits gets it, or None."""
        answer: asyncio.Future[V | None] = asyncio.get_running_loop().create_future()
        self._running.setdefault(key, answer)
        try:
            yield answer.set_result
        finally:
            if not answer.done():
                answer.set_result(None)
            if self._running.get(key) is answer:
                del self._running[key]
