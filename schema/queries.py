"""Read side of the API: the calendar, departments, `node` and `me`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context, sessions_of
from schema.inputs import CalendarFilter
from schema.pagination import (
    DEFAULT_PAGE,
    PageInfo,
    check_first,
    decode_cursor,
    encode_cursor,
    window,
)
from schema.types import (
    Department,
    Event,
    Node,
    Role,
    SessionConnection,
    SessionEdge,
    Viewer,
)
from services import calendar, departments
from services.models import Department as DepartmentRow
from services.models import Event as EventRow


@strawberry.type
class CalendarQueries:
    @strawberry.field(
        description=(
            "Sessions of the merged calendar that intersect [from, to), in start order. "
            f"`first` is at most {calendar.MAX_PAGE} (default {DEFAULT_PAGE})."
        )
    )
    async def calendar(
        self,
        info: Info[Context, None],
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
        filter: CalendarFilter | None = None,
        first: int = DEFAULT_PAGE,
        after: str | None = None,
    ) -> SessionConnection:
        start, end = window(from_, to)
        check_first(first)
        async with info.context.database.reading() as db:
            page = await calendar.calendar_page(
                db,
                start=start,
                end=end,
                wanted=(filter or CalendarFilter()).to_service(),
                first=first,
                after=decode_cursor(after) if after else None,
            )
        edges = [
            SessionEdge(cursor=encode_cursor(row.start, row.id), node=node)
            for row, node in zip(page.bundle.sessions, sessions_of(page.bundle), strict=True)
        ]
        return SessionConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
            total_count=page.total,
        )

    @strawberry.field(description="Every department, by slug.")
    async def departments(self, info: Info[Context, None]) -> list[Department]:
        async with info.context.database.reading() as db:
            return [Department.of(row) for row in await departments.list_departments(db)]

    @strawberry.field(description="The caller, as its bearer token identifies it.")
    async def me(self, info: Info[Context, None]) -> Viewer:
        principal = info.context.principal
        department = None
        if principal.department_id is not None:
            async with info.context.database.reading() as db:
                row = await db.get(DepartmentRow, principal.department_id)
            department = Department.of(row) if row else None
        return Viewer(role=Role(principal.role.value), department=department)

    @strawberry.field(description="Any object by its global id; null when there is none.")
    async def node(self, info: Info[Context, None], id: strawberry.ID) -> Node | None:
        decoded = ids.decode(id)
        if decoded is None:
            return None
        type_name, key = decoded
        if type_name == "Session":
            return await info.context.session_loader.load(key)
        async with info.context.database.reading() as db:
            if type_name == "Department":
                department = await db.get(DepartmentRow, key)
                return Department.of(department) if department else None
            if type_name == "Event":
                event = await db.get(EventRow, key)
                if event is None:
                    return None
                owner = await db.get(DepartmentRow, event.department_id)
                assert owner is not None
                return Event.of(event, Department.of(owner))
        return None
