"""What a feed or page URL asks for: the filter and the window in its query string.

Feeds and the public calendar page read their parameters here, so a page and the feed
with the same parameters are the same question and hold the same sessions.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from starlette.datastructures import QueryParams

from services.calendar.reads import CalendarFilter
from services.calendar.window import feed_window, moment
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Message
from services.vocabularies.checks import checked_filter

FILTERS = ("kind", "topic", "sector", "region", "department")
WINDOW = ("from", "to")
PARAMETERS = (*FILTERS, *WINDOW)


def refuse_unknown(params: QueryParams, accepted: Collection[str] = PARAMETERS) -> None:
    """Refuse, naming them, parameters the URL does not take, so a misspelt filter is not
    silently the whole calendar."""
    unknown = sorted({name for name in params if name not in accepted})
    if unknown:
        listed, names = ", ".join(unknown), ", ".join(accepted)
        raise DomainError.single(
            ErrorCode.BAD_USER_INPUT,
            Message(
                f"Unknown parameter {listed}: this address takes {names}.",
                f"未知参数 {listed}：此网址只接受 {names}。",
            ),
        )


async def asked_filter(
    database: Database, params: QueryParams, base: CalendarFilter | None = None
) -> CalendarFilter:
    """`kind`, `topic`, `sector`, `region` and `department` narrow ``base``, each repeatable,
    each value in any form the API accepts, made canonical; values naming nothing are refused."""
    asked = CalendarFilter(
        kinds=tuple(params.getlist("kind")),
        topics=tuple(params.getlist("topic")),
        sectors=tuple(params.getlist("sector")),
        regions=tuple(params.getlist("region")),
        departments=tuple(params.getlist("department")),
    )
    async with database.reading() as db:
        checked = await checked_filter(db, asked, ())
    base = base or CalendarFilter()
    return CalendarFilter(
        kinds=checked.kinds or base.kinds,
        topics=checked.topics or base.topics,
        sectors=checked.sectors or base.sectors,
        regions=checked.regions or base.regions,
        departments=checked.departments or base.departments,
    )


def asked_window(
    params: QueryParams, default_start: datetime | None = None
) -> tuple[datetime, datetime]:
    """The feed window: `from` and `to` (ISO dates or times) where given, else the feed's own
    bounds, or ``default_start`` for a missing `from`."""
    start, end = (moment(name, params[name]) if name in params else None for name in WINDOW)
    return feed_window(now(), start or default_start, end)
