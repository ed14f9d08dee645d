"""Rendered pages kept per data version, answered with strong validators.

A page is rendered again only when a write became known to this process (in any
process: the versions the feeds and GraphQL answers are kept by; a page lists
departments, towns and topics besides its window's sessions, so any write retires it),
and callers asking for one page at once share one rendering.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass

from services.core.db import Database
from services.core.inflight import InFlight


@dataclass(frozen=True, slots=True)
class Rendered:
    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes) -> Rendered:
        return cls(body, f'"{hashlib.blake2b(body, digest_size=20).hexdigest()}"')


class PageCache:
    """A bounded LRU of rendered pages, keyed by what the page depends on and the data version."""

    def __init__(self, database: Database, capacity: int = 256) -> None:
        self.database = database
        self.capacity = capacity
        self._pages: OrderedDict[tuple[Hashable, int], Rendered] = OrderedDict()
        self._rendering: InFlight[tuple[Hashable, int], Rendered] = InFlight()

    async def page(self, key: Hashable, render: Callable[[], Awaitable[bytes]]) -> Rendered:
        """The page of ``key`` at the current data version, rendered only if nobody has yet.

        The version is read before rendering, so a write during a rendering is seen next time.
        """
        versions = self.database.current_versions()
        if versions is None:  # this process cannot tell what changed: nothing kept holds
            return Rendered.of(await render())
        versioned = (key, versions.known)
        cached = self._pages.get(versioned)
        if cached is not None:
            self._pages.move_to_end(versioned)
            return cached
        shared = await self._rendering.joined(versioned)
        if shared is not None:
            return shared
        with self._rendering.leading(versioned) as share:
            cached = Rendered.of(await render())
            share(cached)
        self._pages[versioned] = cached
        while len(self._pages) > self.capacity:
            self._pages.popitem(last=False)
        return cached
