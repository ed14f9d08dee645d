"""The feed URLs calendar apps subscribe to: plain HTTP with strong validators.

Every feed answers ``text/calendar`` whatever ``Accept`` says (Google sends none,
Thunderbird asks for XML), with an ``ETag`` that is a digest of the body, so an
unchanged calendar answers ``304`` and a changed one is never mistaken for it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from services import enterprises
from services.auth import TokenOwner, retired
from services.calendar import CalendarFilter
from services.clock import now
from services.db import Database
from services.feeds import FeedRenderer, FeedSpec, RenderedFeed, default_window
from services.models import Department
from services.validation import DEFAULT_TIMEZONE, KINDS, storable, within_range, zone

CALENDAR_TYPE = "text/calendar; charset=utf-8"
MAX_AGE = 300

log = logging.getLogger("civical.feeds")


class BadFeedRequest(Exception):
    """A query parameter a feed cannot honour; answered 400 with the reason."""


def _moment(request: Request, name: str) -> datetime | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise BadFeedRequest(
            f"`{name}` must be an ISO 8601 date or time, not {value!r}."
        ) from error
    moment = moment if moment.tzinfo else moment.replace(tzinfo=zone(DEFAULT_TIMEZONE))
    if not within_range(moment):
        raise BadFeedRequest(f"`{name}` must lie between 1970 and 2200.")
    return moment


def _filter(request: Request, base: CalendarFilter) -> CalendarFilter:
    """Query parameters narrow the feed's own filter: `kind`, `topic`, `sector`, `region` (repeatable)."""
    params = request.query_params
    kinds = tuple(kind.upper() for kind in params.getlist("kind"))
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise BadFeedRequest(f"`kind` is one of {', '.join(KINDS)}, not {', '.join(unknown)}.")
    return CalendarFilter(
        kinds=kinds or base.kinds,
        topics=tuple(params.getlist("topic")) or base.topics,
        sectors=tuple(params.getlist("sector")) or base.sectors,
        regions=tuple(params.getlist("region")) or base.regions,
        departments=base.departments,
    )


def _spec(request: Request, name: str, base: CalendarFilter) -> FeedSpec:
    start, end = default_window(now())
    start, end = _moment(request, "from") or start, _moment(request, "to") or end
    if end <= start:
        raise BadFeedRequest("`to` must be after `from`.")
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


def feed_routes(database: Database) -> list[Route]:
    renderer = FeedRenderer(database)

    async def serve(
        request: Request, name: str, base: CalendarFilter, *, private: bool = False
    ) -> Response:
        try:
            spec = _spec(request, name, base)
        except BadFeedRequest as error:
            return PlainTextResponse(str(error), status_code=400)
        return _answer(request, await renderer.render(spec), private=private)

    async def everything(request: Request) -> Response:
        return await serve(request, "civical", CalendarFilter())

    async def department(request: Request) -> Response:
        slug = request.path_params["slug"]
        async with database.reading() as db:
            name = (
                await db.scalar(select(Department.name).where(Department.slug == slug))
                if storable(slug)
                else None
            )
        if name is None:
            return PlainTextResponse(f"No department {slug!r}.", status_code=404)
        return await serve(request, f"civical · {name}", CalendarFilter(departments=(slug,)))

    async def subscription(request: Request) -> Response:
        token = request.path_params["token"]
        async with database.reading() as db:
            found = await enterprises.subscription_by_token(db, token)
            replaced = None if found else await retired(db, token)
        client = request.client.host if request.client else "?"
        if replaced is not None and replaced.owner_role == TokenOwner.FEED:
            log.warning(
                "refused a replaced URL of feed %s (replaced %s) from %s",
                replaced.owner_id,
                replaced.retired_at.isoformat(timespec="seconds"),
                client,
            )
            return PlainTextResponse("This feed has a new URL.", status_code=410)
        if found is None:
            return PlainTextResponse("No such feed.", status_code=404)
        if found.revoked_at is not None:
            log.warning(
                "refused revoked feed %s of enterprise %s from %s",
                found.id,
                found.enterprise_id,
                client,
            )
            return PlainTextResponse("This feed was revoked.", status_code=410)
        agent = request.headers.get("user-agent")
        if enterprises.fetch_worth_recording(found, agent):
            async with database.writing(bump_version=False) as db:
                await enterprises.record_fetch(db, found.id, agent)
        return await serve(request, "civical", enterprises.subscription_filter(found), private=True)

    return [
        Route("/feeds/all.ics", everything, methods=["GET"]),
        Route("/feeds/departments/{slug}.ics", department, methods=["GET"]),
        Route("/feeds/s/{token}.ics", subscription, methods=["GET"]),
    ]
