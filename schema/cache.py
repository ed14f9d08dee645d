"""A response cache for repeated reads of unchanged data.

Feeds and dashboards ask the same questions again and again while nothing changes.
An answer is kept under (document, variables, operation, the caller's visibility,
data version); every write bumps the data version in the database, so a write in
any process retires the cached answers of all processes.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from graphql import ExecutionResult
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from services.core.auth import Role
from services.core.inflight import InFlight

if TYPE_CHECKING:
    from schema.context import Context

CacheKey = tuple[str, str, str | None, str, int]


class ResponseCache:
    """A bounded LRU of query results."""

    def __init__(self, capacity: int = 256) -> None:
        self.capacity = capacity
        self._results: OrderedDict[CacheKey, ExecutionResult] = OrderedDict()
        self.answering: InFlight[CacheKey, ExecutionResult] = (
            InFlight()
        )  # asked at once: answered once

    def get(self, key: CacheKey) -> ExecutionResult | None:
        result = self._results.get(key)
        if result is not None:
            self._results.move_to_end(key)
        return result

    def put(self, key: CacheKey, result: ExecutionResult) -> None:
        self._results[key] = result
        self._results.move_to_end(key)
        while len(self._results) > self.capacity:
            self._results.popitem(last=False)


class CachedReads(SchemaExtension):
    """Serves a query from the cache when the data version has not moved since it was answered,
    and has callers asking the same uncached question at once wait for one answer."""

    async def on_execute(self) -> AsyncIterator[None]:
        execution = self.execution_context
        context: Context = execution.context
        if (
            execution.operation_type is not OperationType.QUERY
            or execution.query is None
            or context.principal.role
            is Role.ENTERPRISE  # feed fetch times change without a version bump
        ):
            yield
            return
        key: CacheKey = (
            execution.query,
            json.dumps(execution.variables, sort_keys=True, default=str),
            execution.operation_name,
            context.principal.cache_key,
            await context.database.data_version(),
        )
        cache = context.response_cache
        cached = cache.get(key)
        if cached is None:
            cached = await cache.answering.joined(key)
        if cached is not None:
            execution.result = cached
            yield
            return
        with cache.answering.leading(key) as share:
            yield
            result = execution.result
            if isinstance(result, ExecutionResult) and not result.errors:
                cache.put(key, result)
                share(result)
