"""The feed URLs calendar apps subscribe to: plain HTTP with strong validators.

Every feed answers ``text/calendar`` whatever ``Accept`` says (Google sends none,
Thunderbird asks for XML), with an ``ETag`` that is a digest of the body, so an
unchanged calendar answers ``304`` and a changed one is never mistaken for it.
"""

from __future__ import annotations

from email.utils import format_datetime

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from services.calendar.reads import CalendarFilter
from services.core.db import Database
from services.core.errors import DomainError, Language, Message, negotiate
from services.enterprises.subscriptions import FeedAccess, open_private_feed
from services.feeds.render import FeedRenderer, FeedSpec, RenderedFeed
from services.postings import departments
from web.conditional import not_modified
from web.queries import asked_filter, asked_window, refuse_unknown

CALENDAR_TYPE = "text/calendar; charset=utf-8"
MAX_AGE = 300


async def _spec(
    database: Database,
    request: Request,
    name: str,
    base: CalendarFilter,
    registered_by: int | None = None,
) -> FeedSpec:
    refuse_unknown(request.query_params)
    start, end = asked_window(request.query_params)
    wanted = await asked_filter(database, request.query_params, base)
    return FeedSpec(name, wanted, start, end, registered_by)


def _answer(request: Request, feed: RenderedFeed, *, private: bool) -> Response:
    headers = {
        "ETag": feed.etag,
        "Last-Modified": format_datetime(feed.last_modified, usegmt=True),
        "Cache-Control": f"{'private' if private else 'public'}, max-age={MAX_AGE}",
    }
    if not_modified(request, feed.etag, feed.last_modified):
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = 'inline; filename="civical.ics"'
    return Response(feed.body, media_type=CALENDAR_TYPE, headers=headers)


_NO_FEED = Message("No such feed.", "没有这个日历。")
_MOVED = Message(
    "This feed has a new URL; ask its enterprise for it.", "此日历已更换网址，请向订阅的企业索取。"
)
_REVOKED = Message("This feed was revoked.", "此日历已被撤销。")
_DISABLED = Message(
    "This feed's enterprise was disabled by the coordinator.", "此日历所属企业已被协调员停用。"
)


def feed_routes(
    database: Database, language: Language = Language.ZH, *, cache_bytes: int = 64 << 20
) -> list[Route]:
    renderer = FeedRenderer(database, cache_bytes=cache_bytes)

    def say(request: Request, message: Message, status: int) -> Response:
        """A plain-text refusal in the caller's language (Accept-Language, else the server's)."""
        chosen = negotiate(request.headers.get("accept-language"), language)
        return PlainTextResponse(
            message.text(chosen), status_code=status, headers={"Content-Language": chosen.value}
        )

    async def serve(
        request: Request, name: str, base: CalendarFilter, *, registered_by: int | None = None
    ) -> Response:
        try:
            spec = await _spec(database, request, name, base, registered_by)
        except DomainError as error:
            return say(request, _joined(error), 400)
        return _answer(request, await renderer.render(spec), private=registered_by is not None)

    async def everything(request: Request) -> Response:
        return await serve(request, "civical", CalendarFilter())

    async def department(request: Request) -> Response:
        slug = request.path_params["slug"]
        async with database.reading() as db:
            owner = await departments.named(db, slug)
        if owner is None:
            return say(request, Message(f"No department {slug!r}.", f"没有部门 {slug!r}。"), 404)
        return await serve(request, f"civical · {owner.name}", CalendarFilter(departments=(slug,)))

    async def subscription(request: Request) -> Response:
        client = request.client.host if request.client else "?"
        feed = await open_private_feed(
            database, request.path_params["token"], request.headers.get("user-agent"), client
        )
        refusals = {
            FeedAccess.MOVED: (_MOVED, 410),
            FeedAccess.REVOKED: (_REVOKED, 410),
            FeedAccess.DISABLED: (_DISABLED, 403),
            FeedAccess.NOT_FOUND: (_NO_FEED, 404),
        }
        if feed.access in refusals:
            message, status = refusals[feed.access]
            return say(request, message, status)
        return await serve(
            request, feed.name or "civical", feed.wanted, registered_by=feed.enterprise
        )

    return [
        Route("/feeds/all.ics", everything, methods=["GET"]),
        Route("/feeds/departments/{slug}.ics", department, methods=["GET"]),
        Route("/feeds/s/{token}.ics", subscription, methods=["GET"]),
    ]


def _joined(error: DomainError) -> Message:
    """Every problem of a refusal, one per line."""
    return Message(
        "\n".join(problem.message.en for problem in error.problems),
        "\n".join(problem.message.zh for problem in error.problems),
    )
