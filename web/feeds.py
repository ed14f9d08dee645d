"""The feed URLs calendar apps subscribe to: plain HTTP with strong validators.

Every feed answers ``text/calendar`` whatever ``Accept`` says (Google sends none,
Thunderbird asks for XML), with an ``ETag`` that is a digest of the body, so an
unchanged calendar answers ``304`` and a changed one is never mistaken for it.
"""

from __future__ import annotations

from email.utils import format_datetime, parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from services.calendar.reads import CalendarFilter
from services.calendar.window import feed_window, moment
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Message
from services.core.validation import KINDS
from services.enterprises.subscriptions import FeedAccess, open_private_feed
from services.feeds.render import FeedRenderer, FeedSpec, RenderedFeed
from services.postings import departments

CALENDAR_TYPE = "text/calendar; charset=utf-8"
MAX_AGE = 300


def _filter(request: Request, base: CalendarFilter) -> CalendarFilter:
    """Query parameters narrow the feed's own filter: `kind`, `topic`, `sector`, `region` (repeatable)."""
    params = request.query_params
    kinds = tuple(kind.upper() for kind in params.getlist("kind"))
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise DomainError.single(
            ErrorCode.BAD_USER_INPUT,
            Message(
                f"`kind` is one of {', '.join(KINDS)}, not {', '.join(unknown)}.",
                f"`kind` 须为 {'、'.join(KINDS)} 之一，而不是 {'、'.join(unknown)}。",
            ),
        )
    return CalendarFilter(
        kinds=kinds or base.kinds,
        topics=tuple(params.getlist("topic")) or base.topics,
        sectors=tuple(params.getlist("sector")) or base.sectors,
        regions=tuple(params.getlist("region")) or base.regions,
        departments=base.departments,
    )


def _spec(request: Request, name: str, base: CalendarFilter) -> FeedSpec:
    bounds = [
        moment(bound, request.query_params[bound]) if bound in request.query_params else None
        for bound in ("from", "to")
    ]
    start, end = feed_window(now(), *bounds)
    return FeedSpec(name, _filter(request, base), start, end)


def _not_modified(request: Request, feed: RenderedFeed) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since counts only without it."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or feed.etag in tags
    if_modified_since = request.headers.get("if-modified-since")
    if if_modified_since is None:
        return False
    try:
        return feed.last_modified.replace(microsecond=0) <= parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False


def _answer(request: Request, feed: RenderedFeed, *, private: bool) -> Response:
    headers = {
        "ETag": feed.etag,
        "Last-Modified": format_datetime(feed.last_modified, usegmt=True),
        "Cache-Control": f"{'private' if private else 'public'}, max-age={MAX_AGE}",
    }
    if _not_modified(request, feed):
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = 'inline; filename="civical.ics"'
    return Response(feed.body, media_type=CALENDAR_TYPE, headers=headers)


def feed_routes(database: Database, *, cache_bytes: int = 64 << 20) -> list[Route]:
    renderer = FeedRenderer(database, cache_bytes=cache_bytes)

    async def serve(
        request: Request, name: str, base: CalendarFilter, *, private: bool = False
    ) -> Response:
        try:
            spec = _spec(request, name, base)
        except DomainError as error:
            return PlainTextResponse(error.problems[0].message.en, status_code=400)
        return _answer(request, await renderer.render(spec), private=private)

    async def everything(request: Request) -> Response:
        return await serve(request, "civical", CalendarFilter())

    async def department(request: Request) -> Response:
        slug = request.path_params["slug"]
        async with database.reading() as db:
            owner = await departments.named(db, slug)
        if owner is None:
            return PlainTextResponse(f"No department {slug!r}.", status_code=404)
        return await serve(request, f"civical · {owner.name}", CalendarFilter(departments=(slug,)))

    async def subscription(request: Request) -> Response:
        client = request.client.host if request.client else "?"
        feed = await open_private_feed(
            database, request.path_params["token"], request.headers.get("user-agent"), client
        )
        if feed.access is FeedAccess.MOVED:
            return PlainTextResponse("This feed has a new URL.", status_code=410)
        if feed.access is FeedAccess.REVOKED:
            return PlainTextResponse("This feed was revoked.", status_code=410)
        if feed.access is FeedAccess.NOT_FOUND:
            return PlainTextResponse("No such feed.", status_code=404)
        return await serve(request, "civical", feed.wanted, private=True)

    return [
        Route("/feeds/all.ics", everything, methods=["GET"]),
        Route("/feeds/departments/{slug}.ics", department, methods=["GET"]),
        Route("/feeds/s/{token}.ics", subscription, methods=["GET"]),
    ]
