"""Where departments still collide: overlaps, free slots, and the coordination report."""

from __future__ import annotations

import base64
from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema.cache import reads_window
from schema.calendar import CalendarFilter, Session
from schema.context import Context
from schema.enums import EventKind
from schema.pagination import (
    DEFAULT_PAGE,
    After,
    First,
    From,
    PageInfo,
    To,
    check_first,
    forged_cursor,
)
from schema.postings.inputs import AudienceInput
from schema.postings.types import Audience
from services import overlaps
from services.calendar.window import window
from services.core.validation import DEFAULT_TIMEZONE
from services.overlaps import queries


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

    @classmethod
    def of(cls, view: queries.OverlapView) -> Overlap:
        found = view.overlap
        return cls(
            id=_overlap_id(found),
            type=OverlapType(found.type.value),
            score=round(found.score, 3),
            reason=found.reason,
            sessions=[Session.of(session) for session in view.sessions],
            audience=Audience(sectors=list(found.sectors), regions=list(found.regions)),
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


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"overlap:{index}".encode()).decode()


def _offset(after: str | None) -> int:
    if after is None:
        return 0
    try:
        position = int(base64.urlsafe_b64decode(after.encode()).decode().removeprefix("overlap:"))
    except ValueError as error:
        raise forged_cursor() from error
    if position < 0:
        raise forged_cursor()
    return position + 1


@strawberry.type
class OverlapQueries:
    @strawberry.field(
        description="Overlaps involving sessions in [from, to). `windowDays` is the redundancy window in days (default 14)."
    )
    async def overlaps(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
        filter: Annotated[
            CalendarFilter | None, strawberry.argument(description="Narrows the sessions.")
        ] = None,
        types: Annotated[
            list[OverlapType] | None, strawberry.argument(description="Both when left out.")
        ] = None,
        window_days: Annotated[
            int, strawberry.argument(description="Redundancy window, 1 to 90 days.")
        ] = 14,
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> OverlapConnection:
        start, end = window(from_, to)
        wanted = {overlaps.OverlapType(kind.value) for kind in types or list(OverlapType)}
        offset, limit = _offset(after), check_first(first)
        around = queries.margin(queries.redundancy_window(window_days))
        reads_window(info, start - around, end + around)
        async with info.context.database.reading() as db:
            page = await queries.overlap_page(
                db,
                start,
                end,
                (filter or CalendarFilter()).to_service(),
                types=wanted,
                window=queries.redundancy_window(window_days),
                offset=offset,
                limit=limit,
            )
        edges = [
            OverlapEdge(cursor=_cursor(offset + index), node=Overlap.of(view))
            for index, view in enumerate(page.overlaps)
        ]
        return OverlapConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=offset + limit < page.total,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total,
        )

    @strawberry.field(
        description="The best free slots for an audience: no conflict, least redundancy, earliest first."
    )
    async def suggest_slots(
        self, info: Info[Context, None], input: SuggestSlotsInput
    ) -> list[Slot]:
        hours = input.working_hours or WorkingHoursInput()
        audience = input.audience or AudienceInput()
        question = queries.slot_question(
            kind=input.kind.value if input.kind else None,
            topics=input.topics,
            sectors=audience.sectors,
            regions=audience.regions,
            duration_minutes=input.duration_minutes,
            window=window(input.from_, input.to),
            working_hours=(hours.start, hours.end),
            timezone=input.timezone,
            count=input.count,
        )
        around = queries.margin(overlaps.DEFAULT_WINDOW)
        reads_window(info, question.start - around, question.end + around)
        async with info.context.database.reading() as db:
            found = await queries.suggest_slots(db, question)
        return [
            Slot(
                start=slot.start.astimezone(question.zone),
                end=slot.end.astimezone(question.zone),
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
        from_: From,
        to: To,
    ) -> CoordinationReport:
        start, end = window(from_, to)
        around = queries.margin(overlaps.DEFAULT_WINDOW)
        reads_window(info, start - around, end + around)
        async with info.context.database.reading() as db:
            rows = await queries.coordination_report(db, start, end)
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
