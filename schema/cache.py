"""Answers to GraphQL queries kept as the bytes sent, and sent again without executing anything.

A query's answer is kept under the question (document, variables, operation name,
language) and, only where the answer differs between callers, the caller. Each root
field says what its answer depends on when it runs (``reads_window`` and its siblings):
a calendar page or a report is the same for every caller and depends only on the days
its window touches; a root field that says nothing is taken to differ by caller and to
depend on every write. The answer is kept with that scope and the data version its
reads began at, and is used again while nothing in its scope changed since (checked in
this process's memory, ``services.core.versions``); a write that touches the scope
drops it. Errors are never kept. Callers asking the same question at once, before an
answer is kept, wait for one computation.

Tokens are looked up once per token until this process learns of any write, so a
cached answer costs no database round trip even for a department's token.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import orjson
from graphql import GraphQLError, OperationDefinitionNode, parse
from starlette.requests import Request
from starlette.responses import Response
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from schema.limits import MAX_TOKENS
from services.core.auth import ANONYMOUS, Principal, digest
from services.core.caches import ScopedCache
from services.core.db import Database
from services.core.errors import Language
from services.core.inflight import InFlight
from services.core.metrics import READS
from services.core.versions import DEPARTMENTS, WHOLE, Scope, Versions

if TYPE_CHECKING:
    from strawberry.types import Info

    from schema.context import Context

JSON = "application/json"
_STATIC_ROOT_FIELDS = frozenset({"__typename", "__schema", "__type"})  # the schema's own
_MAX_REMEMBERED = 4_096  # tokens, and questions known to have the same answer for everyone
_LONGEST_REMEMBERED = 16_384  # characters of a document: longer ones are never remembered


@dataclass(frozen=True, slots=True)
class Question:
    """A GraphQL query as the cache tells them apart."""

    query: str
    variables: bytes  # canonical JSON: keys sorted
    operation: str | None
    language: Language

    @classmethod
    async def of(cls, request: Request, language: Language) -> Question | None:
        """The question a request asks, if it is one plain query (not a batch, an upload or
        a mutation), in the form strawberry would read it; else None."""
        if request.method == "GET":
            params = request.query_params
            query, operation = params.get("query"), params.get("operationName")
            try:
                variables = orjson.loads(params.get("variables") or "null")
            except orjson.JSONDecodeError:
                return None
        elif request.method == "POST" and JSON in request.headers.get("content-type", ""):
            try:
                data = orjson.loads(await request.body())
            except orjson.JSONDecodeError:
                return None
            if not isinstance(data, dict):
                return None
            query, variables, operation = (
                data.get("query"),
                data.get("variables"),
                data.get("operationName"),
            )
        else:
            return None
        if (
            not isinstance(query, str)
            or not isinstance(variables, dict | None)
            or not isinstance(operation, str | None)
            or _kind(query, operation) is not OperationType.QUERY
        ):
            return None
        return cls(query, orjson.dumps(variables, option=orjson.OPT_SORT_KEYS), operation, language)

    @property
    def size(self) -> int:
        return len(self.query) + len(self.variables) + 200


def _kind(query: str, operation: str | None) -> OperationType | None:
    """What a document's chosen operation is; None when it cannot be told (strawberry will say
    why). Remembered for documents of a sensible length."""
    if len(query) > _LONGEST_REMEMBERED:
        return _parsed_kind(query, operation)
    return _remembered_kind(query, operation)


def _parsed_kind(query: str, operation: str | None) -> OperationType | None:
    try:
        document = parse(query, max_tokens=MAX_TOKENS, no_location=True)
    except GraphQLError:
        return None
    chosen = [
        definition
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode)
        and (operation is None or (definition.name and definition.name.value == operation))
    ]
    if len(chosen) != 1:
        return None
    return OperationType(chosen[0].operation.value)


_remembered_kind = lru_cache(maxsize=512)(_parsed_kind)


@dataclass
class Answer:
    """What one executed operation read, as its root fields declared it."""

    declared: dict[str, Scope] = field(default_factory=dict)  # root key → scope, if public
    unrecorded: bool = False  # shows what no write records a version for
    until: datetime | None = None  # when time alone makes it wrong, if ever
    operation: OperationType | None = None
    errors: bool = True
    root_keys: tuple[str, ...] = ()

    def kept_as(self) -> tuple[Scope, bool] | None:
        """The scope the answer read and whether every caller gets the same; None when it
        must not be kept (not a query, errors, or something unrecorded)."""
        if self.operation is not OperationType.QUERY or self.errors or self.unrecorded:
            return None
        scope, public = Scope(), True
        for key in self.root_keys:
            if key in self.declared:
                scope |= self.declared[key]
            elif key not in _STATIC_ROOT_FIELDS:
                scope, public = scope | WHOLE, False
        return scope, public


def _declare(info: Info[Context, None], scope: Scope) -> None:
    if info.path.prev is None:  # only root fields speak for an answer
        info.context.answer.declared[str(info.path.key)] = scope


def reads_window(
    info: Info[Context, None], start: datetime, end: datetime, *, also: Iterable[str] = ()
) -> None:
    """This root field's answer is the same for every caller and changes only with the
    sessions that intersect [start, end) (with their postings and hosts), and with the
    named parts ``also`` names."""
    _declare(info, Scope.window(start, end) | Scope(names=frozenset(also)))


def holds_until(info: Info[Context, None], moment: datetime | None) -> None:
    """This field shows what changes at ``moment`` without any write (a deadline passing):
    an answer that holds it is not used from then on. None: time changes nothing."""
    answer = info.context.answer
    if moment is not None and (answer.until is None or moment < answer.until):
        answer.until = moment


def reads_departments(info: Info[Context, None]) -> None:
    """This root field's answer is the same for every caller and changes only with departments."""
    _declare(info, Scope(names=frozenset({DEPARTMENTS})))


def reads_anything(info: Info[Context, None]) -> None:
    """This root field's answer is the same for every caller, but any write may change it."""
    _declare(info, WHOLE)


def reads_unrecorded(info: Info[Context, None]) -> None:
    """This field shows what changes without a recorded version (a feed's last fetch, written
    on every poll): answers that hold it are never kept."""
    info.context.answer.unrecorded = True


class RecordAnswer(SchemaExtension):
    """Notes on the request's ``Answer`` what ran and whether it failed, for the cache to judge."""

    async def on_execute(self) -> AsyncIterator[None]:
        yield
        execution = self.execution_context
        answer: Answer = execution.context.answer
        answer.operation = execution.operation_type
        result = execution.result
        answer.errors = result is None or bool(result.errors) or result.data is None
        if result is not None and isinstance(result.data, dict):
            answer.root_keys = tuple(result.data)


def json_response(body: bytes) -> Response:
    return Response(body, media_type=JSON)


Execute = Callable[[Request], Awaitable[Response]]
_HIT, _SHARED, _MISS, _UNCACHED = (
    READS.labels(result) for result in ("HIT", "SHARED", "MISS", "UNCACHED")
)
CachedKey = tuple[Question, str | None]  # the caller's cache key, or None: the same for all


class ReadCache:
    """One process's kept answers, and the questions being answered right now."""

    def __init__(self, database: Database, budget: int) -> None:
        self._database = database
        self._answers: ScopedCache[CachedKey, bytes] = ScopedCache(
            database.versions, budget, "answers"
        )
        self._answering: InFlight[tuple[CachedKey, int], bytes] = InFlight()
        self._public: set[Question] = set()  # questions whose answer was the same for everyone

    async def respond(
        self,
        request: Request,
        language: Language,
        principal: Callable[[], Awaitable[Principal]],
        execute: Execute,
    ) -> Response:
        """The kept answer to the request's question, the answer of the same question being
        computed now, or ``execute``'s (kept when it may be)."""
        versions = self._database.current_versions()
        question = await Question.of(request, language)
        if question is None or versions is None:
            _UNCACHED.inc()
            return await execute(request)
        caller = (await principal()).cache_key
        for key in ((question, None), (question, caller)):
            kept = self._answers.get(key)
            if kept is not None:
                _HIT.inc()
                return json_response(kept)
        as_of = versions.known
        leader = ((question, None if question in self._public else caller), as_of)
        shared = await self._answering.joined(leader)
        if shared is not None:
            _SHARED.inc()
            return json_response(shared)
        _MISS.inc()
        with self._answering.leading(leader) as share:
            answer = request.state.answer = Answer()
            response = await execute(request)
            kept_as = answer.kept_as()
            body = getattr(response, "body", None)  # a streamed answer has none: never kept
            if kept_as is not None and response.status_code == 200 and isinstance(body, bytes):
                scope, public = kept_as
                if public:
                    self._remember_public(question)
                self._answers.put(
                    (question, None if public else caller),
                    body,
                    size=len(body) + question.size,
                    scope=scope,
                    as_of=as_of,
                    until=answer.until,
                )
                if public or leader[0][1] is not None:
                    share(body)
            return response

    def _remember_public(self, question: Question) -> None:
        if len(question.query) > _LONGEST_REMEMBERED:
            return
        if len(self._public) >= _MAX_REMEMBERED:
            self._public.clear()
        self._public.add(question)


class Principals:
    """Whom each recently used token stands for, until this process learns of any write
    (a rotation, say, which must stop the old token at once)."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[int, Principal]] = {}

    async def of(
        self,
        token: str | None,
        versions: Versions | None,
        look_up: Callable[[], Awaitable[Principal]],
    ) -> Principal:
        if not token:
            return ANONYMOUS
        if versions is None:
            return await look_up()
        key, as_of = digest(token), versions.known
        found = self._known.get(key)
        if found is not None and found[0] == as_of:
            return found[1]
        principal = await look_up()  # an unknown token raises: refusals are looked up each time
        if len(self._known) >= _MAX_REMEMBERED:
            self._known.clear()
        self._known[key] = (as_of, principal)
        return principal
