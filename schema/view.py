"""The GraphQL endpoint: bearer tokens become principals before any resolver runs."""

from __future__ import annotations

import logging

import orjson
from cross_web import HTTPException
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse

from schema import schema
from schema.cache import Answer, Principals, ReadCache
from schema.calendar import session_loader
from schema.context import Context
from schema.fragments import Renderings, RenderingUse
from services.core.auth import CoordinatorKey, InvalidToken, Principal, principal_for
from services.core.caches import ByteLRU
from services.core.db import Database
from services.core.errors import Language, Message, negotiate
from services.core.live import Broker
from services.core.metrics import REFUSED_TOKENS
from services.core.versions import BESIDE, Change
from services.imports import Allowlist

log = logging.getLogger("civical.auth")


def bearer_token(connection: HTTPConnection) -> str | None:
    scheme, _, token = connection.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def _log_refusal(refused: InvalidToken, scope: Scope) -> None:
    client = (scope.get("client") or ("?", 0))[0]
    retired = refused.retired
    if retired is None:
        REFUSED_TOKENS.labels("UNKNOWN").inc()
        log.warning("refused an unknown bearer token from %s", client)
        return
    REFUSED_TOKENS.labels("REVOKED").inc()
    log.warning(
        "refused a revoked token of %s %s (replaced %s) from %s",
        retired.owner_role.lower(),
        retired.owner_id,
        retired.retired_at.isoformat(timespec="seconds"),
        client,
    )


async def _deny(socket: WebSocket, refusal: Response) -> None:
    """Refuse a WebSocket handshake with the HTTP answer itself where the server can send one
    (the ASGI denial-response extension); otherwise closing before accepting makes it a 403."""
    if "websocket.http.response" in socket.scope.get("extensions", {}):
        await socket.send_denial_response(refusal)
    else:
        await socket.close(code=1008)


_HTTP_REFUSALS = {
    "Unable to parse request body as JSON": Message(
        "The request body is not JSON.", "请求体不是 JSON。"
    ),
    "No GraphQL query found in the request": Message(
        "The request has no GraphQL query.", "请求中没有 GraphQL 查询。"
    ),
    "Unsupported content type": Message(
        "Send application/json (or a GET with ?query=).",
        "请以 application/json 发送（或用 GET 加 ?query=）。",
    ),
    "GraphQL only supports GET and POST requests.": Message(
        "GraphQL answers GET and POST only.", "GraphQL 只接受 GET 和 POST 请求。"
    ),
    "Not Found": Message("Not found.", "未找到。"),
}


class GraphQLEndpoint(GraphQL[Context, None]):
    def __init__(
        self,
        database: Database,
        broker: Broker,
        allowlist: Allowlist,
        *,
        public_url: str | None = None,
        reveal_errors: bool = False,
        language: Language = Language.ZH,
        ide_page: str | None = None,
        cache_bytes: int = 64 << 20,
    ) -> None:
        """``cache_bytes`` is shared by kept answers and kept renderings, half each."""
        super().__init__(schema, graphql_ide="graphiql")
        self.ide_page = ide_page
        self.language = language
        self.database = database
        self.broker = broker
        self.allowlist = allowlist
        self.public_url = public_url
        self.reveal_errors = reveal_errors
        self.answers = ReadCache(database, cache_bytes // 2)
        self.renderings: Renderings = ByteLRU(cache_bytes // 2, "renderings")
        database.versions.subscribe(self._retire_renderings)
        self.principals = Principals()

    def _retire_renderings(self, change: Change) -> None:
        """Renderings are kept per session stamp, so a session's new version simply replaces
        its old one; but every rendering shows department names, and goes when they change."""
        if change.names & BESIDE.names:
            self.renderings.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            if scope["type"] == "http":
                request = Request(scope, receive)
                language = negotiate(request.headers.get("accept-language"), self.language)
                response = await self.answers.respond(
                    request, language, lambda: self._principal(request), self._execute
                )
                await response(scope, receive, send)
            else:
                await super().__call__(scope, receive, send)
        except InvalidToken as refused:
            _log_refusal(refused, scope)
            scope.setdefault("state", {})["caller"] = "refused token"
            language = negotiate(Headers(scope=scope).get("accept-language"), self.language)
            refusal = JSONResponse(
                {
                    "errors": [
                        {
                            "message": refused.reason.text(language),
                            "extensions": {"code": "UNAUTHENTICATED"},
                        }
                    ]
                },
                status_code=401,
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
            if scope["type"] == "http":
                await refusal(scope, receive, send)
            else:
                await _deny(WebSocket(scope, receive, send), refusal)

    async def render_graphql_ide(self, request: Request) -> Response:
        """The server's own GraphiQL page (its scripts vendored), not strawberry's CDN one."""
        if self.ide_page is None:
            return await super().render_graphql_ide(request)
        return HTMLResponse(self.ide_page)

    async def create_websocket_response(
        self, request: WebSocket, subprotocol: str | None
    ) -> WebSocket:
        """Settle who is asking before accepting: a refused token gets a 401, never a socket."""
        request.state.principal = await self._principal(request)
        return await super().create_websocket_response(request, subprotocol)

    async def _execute(self, request: Request) -> Response:
        """strawberry's answer to a request, with its refusals of a malformed request (a body
        that is not JSON, no query) told in the caller's language."""
        try:
            return await self.run(request)
        except HTTPException as refused:
            language = negotiate(request.headers.get("accept-language"), self.language)
            reason = _HTTP_REFUSALS.get(refused.reason, Message(refused.reason, "请求无效。"))
            return PlainTextResponse(reason.text(language), status_code=refused.status_code)

    async def _principal(self, connection: HTTPConnection) -> Principal:
        """Who the bearer token stands for, settled once per request."""
        known: Principal | None = getattr(connection.state, "principal", None)
        if known is not None:
            return known

        async def look_up() -> Principal:
            async with self.database.reading() as db:
                coordinator: CoordinatorKey = connection.app.state.coordinator
                return await principal_for(db, token, coordinator)

        token = bearer_token(connection)
        principal = await self.principals.of(token, self.database.current_versions(), look_up)
        connection.state.principal = principal
        connection.state.caller = principal.caller  # for the access log, cached answers too
        return principal

    def encode_json(self, data: object) -> str:
        """Unescaped text: Chinese titles travel as themselves, at a third of the escaped size.

        A str, not bytes: WebSocket messages built from it must stay text frames for browsers.
        """
        return orjson.dumps(data).decode()

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        """The answer as UTF-8 JSON bytes, with any headers or status the resolvers set."""
        response = Response(orjson.dumps(response_data), media_type="application/json")
        response.headers.raw.extend(sub_response.headers.raw)
        if sub_response.background:
            response.background = sub_response.background
        if sub_response.status_code:
            response.status_code = sub_response.status_code
        return response

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        language = negotiate(request.headers.get("accept-language"), self.language)
        versions = self.database.current_versions()
        return Context(
            request=request,
            response=response,
            database=self.database,
            principal=await self._principal(request),
            broker=self.broker,
            allowlist=self.allowlist,
            session_loader=session_loader(self.database),
            language=language,
            public_url=self.public_url,
            reveal_errors=self.reveal_errors,
            answer=getattr(request.state, "answer", None) or Answer(),
            renderings=None
            if versions is None
            else RenderingUse(self.renderings, versions.changed_at(BESIDE), language),
        )
