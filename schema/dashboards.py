"""Dashboards: where departments still collide, free slots, and the coordination report."""

from __future__ import annotations

import base64
from datetime import datetime, time, timedelta
from enum import Enum
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from schema.context import Context, sessions_of
from schema.inputs import AudienceInput, CalendarFilter
from schema.pagination import DEFAULT_PAGE, PageInfo, bad_input, check_first, window
from schema.types import Audience, EventKind, Session
from services import calendar, dashboards, overlaps
from services.validation import DEFAULT_TIMEZONE, zone


@strawberry.enum(
    description="CONFLICT: same audience at intersecting times. REDUNDANT: same kind and subject for the same audience, close in time."
)
class OverlapType(Enum):
    CONFLICT = "CONFLICT"
    REDUNDANT = "REDUNDANT"


@strawberry.type(description="Different sessions an enterprise would feel as waste.")
class Overlap:
    id: strawberry.ID
    type: OverlapType
    score: float = strawberry.field(
        description="0 to 1: how much of the time, or how close the subject and date."
    )
    reason: str = strawberry.field(description="A sentence a department head understands.")
    sessions: list[Session]
    audience: Audience = strawberry.field(
        description="The audience the sessions share (an empty list means everyone)."
    )


@strawberry.type
class OverlapEdge:
    cursor: str
    node: Overlap


@strawberry.type
class OverlapConnection:
    edges: list[OverlapEdge]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[Overlap]:
        return [edge.node for edge in self.edges]


@strawberry.type(description="A free time for a new session.")
class Slot:
    start: datetime
    end: datetime
    redundancy: int = strawberry.field(
        description="Sessions on the same subject for the same audience within 14 days."
    )
    score: float = strawberry.field(
        description="1 for no redundancy, lower with each redundant session."
    )


@strawberry.input
class WorkingHoursInput:
    start: str = strawberry.field(default="09:00", description="Local time, HH:MM.")
    end: str = strawberry.field(default="17:30", description="Local time, HH:MM.")


@strawberry.input
class SuggestSlotsInput:
    audience: AudienceInput | None = None
    topics: list[str] = strawberry.field(default_factory=list)
    kind: EventKind | None = None
    duration_minutes: int = 120
    from_: datetime = strawberry.field(name="from")
    to: datetime
    working_hours: WorkingHoursInput | None = None
    timezone: str = DEFAULT_TIMEZONE
    count: int = strawberry.field(default=5, description="At most 50.")


@strawberry.type
class ReportRow:
    departments: list[str] = strawberry.field(description="One department's slug, or a pair's.")
    sessions: int
    cohosted: int
    merges: int
    conflicts: int
    redundancies: int
    enterprise_hours: float = strawberry.field(
        description="Estimated enterprise hours lost to its overlaps: the shorter session's hours × shared sectors × shared regions (an open list counts 8 sectors, 3 regions)."
    )


@strawberry.type(
    description="Coordination per department and per department pair; enterprise hours should fall month by month."
)
class CoordinationReport:
    departments: list[ReportRow]
    pairs: list[ReportRow]


def _overlap_id(found: overlaps.Overlap) -> strawberry.ID:
    text = f"Overlap:{found.type.value}:{','.join(map(str, found.keys))}"
    return strawberry.ID(base64.urlsafe_b64encode(text.encode()).decode().rstrip("="))


async def shown_overlaps(db: AsyncSession, found: list[overlaps.Overlap]) -> list[Overlap]:
    """Overlaps with their sessions, loaded in one bundle."""
    keys = sorted({key for item in found for key in item.keys})
    bundle = await calendar.sessions_by_id(db, keys)
    by_key = dict(zip((row.id for row in bundle.sessions), sessions_of(bundle), strict=True))
    return [
        Overlap(
            id=_overlap_id(item),
            type=OverlapType(item.type.value),
            score=round(item.score, 3),
            reason=item.reason,
            sessions=[by_key[key] for key in item.keys if key in by_key],
            audience=Audience(sectors=list(item.sectors), regions=list(item.regions)),
        )
        for item in found
    ]


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"overlap:{index}".encode()).decode()


def _offset(after: str | None) -> int:
    if after is None:
        return 0
    try:
        position = int(base64.urlsafe_b64decode(after.encode()).decode().removeprefix("overlap:"))
    except ValueError as error:
        raise bad_input("`after` is not a cursor this server gave out.") from error
    if position < 0:
        raise bad_input("`after` is not a cursor this server gave out.")
    return position + 1


def _time(text: str, field: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError as error:
        raise bad_input(f"`{field}` must be a time such as 09:00.") from error


@strawberry.type
class DashboardQueries:
    @strawberry.field(
        description="Overlaps involving sessions in [from, to). `window` is the redundancy window in days (default 14)."
    )
    async def overlaps(
        self,
        info: Info[Context, None],
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
        filter: CalendarFilter | None = None,
        types: list[OverlapType] | None = None,
        window_days: int = 14,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> OverlapConnection:
        start, end = window(from_, to)
        if not 0 < window_days <= 90:
            raise bad_input("`windowDays` must be between 1 and 90.")
        wanted = {overlaps.OverlapType(kind.value) for kind in types or list(OverlapType)}
        offset, limit = _offset(after), check_first(first)
        async with info.context.database.reading() as db:
            found = await dashboards.overlaps_between(
                db,
                start,
                end,
                (filter or CalendarFilter()).to_service(),
                types=wanted,
                window=timedelta(days=window_days),
            )
            page = await shown_overlaps(db, found[offset : offset + limit])
        edges = [
            OverlapEdge(cursor=_cursor(offset + index), node=node)
            for index, node in enumerate(page)
        ]
        return OverlapConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=offset + limit < len(found),
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=len(found),
        )

    @strawberry.field(
        description="The best free slots for an audience: no conflict, least redundancy, earliest first."
    )
    async def suggest_slots(
        self, info: Info[Context, None], input: SuggestSlotsInput
    ) -> list[Slot]:
        start, end = window(input.from_, input.to)
        tz = zone(input.timezone)
        if tz is None:
            raise bad_input(f"{input.timezone!r} is not an IANA time zone.")
        if not 15 <= input.duration_minutes <= 24 * 60 or not 1 <= input.count <= 50:
            raise bad_input("`durationMinutes` is 15 to 1440 and `count` 1 to 50.")
        if end - start > timedelta(days=92):
            raise bad_input("Ask for at most 92 days at a time.")
        hours = input.working_hours or WorkingHoursInput()
        audience = input.audience or AudienceInput()
        question = dashboards.SlotQuestion(
            kind=input.kind.value if input.kind else None,
            topics=input.topics,
            sectors=audience.sectors,
            regions=audience.regions,
            duration=timedelta(minutes=input.duration_minutes),
            start=start,
            end=end,
            working_hours=(
                _time(hours.start, "workingHours.start"),
                _time(hours.end, "workingHours.end"),
            ),
            zone=tz,
        )
        async with info.context.database.reading() as db:
            found = await dashboards.suggest_slots(db, question, input.count)
        return [
            Slot(
                start=slot.start.astimezone(tz),
                end=slot.end.astimezone(tz),
                redundancy=slot.redundancy,
                score=round(slot.score, 3),
            )
            for slot in found
        ]

    @strawberry.field(
        description="Sessions, co-hosting, merges, conflicts, redundancies and their cost, per department and pair."
    )
    async def coordination_report(
        self,
        info: Info[Context, None],
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
    ) -> CoordinationReport:
        start, end = window(from_, to)
        async with info.context.database.reading() as db:
            rows = await dashboards.coordination_report(db, start, end)
        shown = [
            ReportRow(
                departments=list(row.departments),
                sessions=row.sessions,
                cohosted=row.cohosted,
                merges=row.merges,
                conflicts=row.conflicts,
                redundancies=row.redundancies,
                enterprise_hours=round(row.enterprise_hours, 2),
            )
            for row in rows
        ]
        return CoordinationReport(
            departments=[row for row in shown if len(row.departments) == 1],
            pairs=[row for row in shown if len(row.departments) > 1],
        )
