"""Departments and their postings as GraphQL types.

Built once per object from the services' views, so fields resolve as plain attributes
(graphql-core's cheapest path); only a posting's session, which a query may skip,
resolves lazily through the per-request loader.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry.types import Info

from schema import ids
from schema.enums import EventKind, Status
from services.postings.views import DepartmentView, PostingView

if TYPE_CHECKING:
    from schema.calendar import Session
    from schema.context import Context


@strawberry.interface(description="An object with an opaque global id, fetchable with `node(id:)`.")
class Node:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it back as it is.")


@strawberry.type(description="Who a session is for. An empty list means everyone.")
class Audience:
    sectors: list[str] = strawberry.field(
        description="GB/T 4754 section codes (see `sectors` for their names); empty: all sectors."
    )
    regions: list[str] = strawberry.field(
        description="Towns and streets by name (see `regions`); empty: the whole county."
    )


@strawberry.type(description="A government department that posts events.")
class Department(Node):
    slug: str = strawberry.field(description="Short stable name, e.g. `tax`.")
    name: str = strawberry.field(description="Its full name, e.g. 县税务局.")
    disabled: bool = strawberry.field(
        description="True when the coordinator disabled it: its token is refused, its sessions stay."
    )

    @classmethod
    def of(cls, view: DepartmentView) -> Department:
        return cls(
            id=strawberry.ID(ids.encode("Department", view.key)),
            slug=view.slug,
            name=view.name,
            disabled=view.disabled,
        )


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local(moment: datetime, zone: str) -> datetime:
    """A stored UTC time in the zone it was posted in."""
    return moment.astimezone(_zone(zone))


@strawberry.type(
    description="A posting: what one department said about one event. Never rewritten by merging."
)
class Event(Node):
    external_id: str = strawberry.field(description="The department's own id for this event.")
    kind: EventKind = strawberry.field(
        description="Training or publicity, as the department filed it."
    )
    title: str = strawberry.field(description="As the department wrote it.")
    description: str | None = strawberry.field(description="Free text, line breaks kept.")
    start: datetime = strawberry.field(description="Start, with the offset of `timezone`.")
    end: datetime = strawberry.field(description="End, with the offset of `timezone`.")
    timezone: str = strawberry.field(description="IANA time zone, e.g. `Asia/Shanghai`.")
    location: str | None = strawberry.field(description="The place, as the department wrote it.")
    online_url: str | None = strawberry.field(description="Where to join online.")
    topics: list[str] = strawberry.field(description="Policy topics it is about, by name.")
    audience: Audience = strawberry.field(description="Who it is for.")
    capacity: int | None = strawberry.field(description="Seats this department offers.")
    registration_url: str | None = strawberry.field(description="Where to register.")
    department: Department = strawberry.field(description="The department that posted it.")
    sequence: int = strawberry.field(
        description="Rises by one on every change; pass it back as `expectedSequence`."
    )
    status: Status = strawberry.field(description="CANCELLED once the department cancelled it.")
    created_at: datetime = strawberry.field(description="When it was first posted (UTC).")
    updated_at: datetime = strawberry.field(description="When it last changed (UTC).")
    session_key: strawberry.Private[int]

    @strawberry.field(description="The merged-calendar session this posting belongs to.")
    async def session(
        self, info: Info[Any, None]
    ) -> Annotated[Session, strawberry.lazy("schema.calendar")] | None:
        context: Context = info.context  # typed here: Context imports this module
        return await context.session_loader.load(self.session_key)

    @classmethod
    def of(cls, view: PostingView, department: Department) -> Event:
        return cls(
            id=strawberry.ID(ids.encode("Event", view.key)),
            external_id=view.external_id,
            kind=EventKind(view.kind),
            title=view.title,
            description=view.description,
            start=local(view.start, view.timezone),
            end=local(view.end, view.timezone),
            timezone=view.timezone,
            location=view.location,
            online_url=view.online_url,
            topics=list(view.topics),
            audience=Audience(sectors=list(view.sectors), regions=list(view.regions)),
            capacity=view.capacity,
            registration_url=view.registration_url,
            department=department,
            sequence=view.sequence,
            status=Status(view.status),
            created_at=view.created_at,
            updated_at=view.updated_at,
            session_key=view.session_key,
        )

    @classmethod
    def alone(cls, view: PostingView) -> Event:
        """A posting shown without its session's other postings."""
        return cls.of(view, Department.of(view.department))
