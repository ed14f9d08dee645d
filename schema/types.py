"""GraphQL object types. Built once per object from storage rows, so fields resolve as
plain attributes (graphql-core's cheapest path); only relations that may be skipped
(``Event.session``) resolve lazily, through a per-request loader."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry.types import Info

from schema import ids
from schema.pagination import PageInfo
from services import models

if TYPE_CHECKING:
    from schema.context import Context


@strawberry.enum(description="What an event is for.")
class EventKind(Enum):
    TRAINING = "TRAINING"
    PUBLICITY = "PUBLICITY"


@strawberry.enum(description="Whether a posting or session still takes place.")
class Status(Enum):
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"


@strawberry.interface(description="An object with an opaque global id, fetchable with `node(id:)`.")
class Node:
    id: strawberry.ID


@strawberry.type(description="Who a session is for. An empty list means everyone.")
class Audience:
    sectors: list[str]
    regions: list[str]


@strawberry.type(description="A government department that posts events.")
class Department(Node):
    slug: str = strawberry.field(description="Short stable name, e.g. `tax`.")
    name: str

    @classmethod
    def of(cls, row: models.Department) -> Department:
        return cls(id=strawberry.ID(ids.encode("Department", row.id)), slug=row.slug, name=row.name)


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(_zone(zone))


@strawberry.type(
    description="A posting: what one department said about one event. Never rewritten by merging."
)
class Event(Node):
    external_id: str = strawberry.field(description="The department's own id for this event.")
    kind: EventKind
    title: str
    description: str | None
    start: datetime = strawberry.field(description="Start, with the offset of `timezone`.")
    end: datetime
    timezone: str = strawberry.field(description="IANA time zone, e.g. `Asia/Shanghai`.")
    location: str | None
    online_url: str | None
    topics: list[str]
    audience: Audience
    capacity: int | None
    registration_url: str | None
    department: Department
    sequence: int = strawberry.field(
        description="Rises by one on every change; pass it back as `expectedSequence`."
    )
    status: Status
    created_at: datetime
    updated_at: datetime
    session_id: strawberry.Private[int]

    @strawberry.field(description="The merged-calendar session this posting belongs to.")
    async def session(self, info: Info[Any, None]) -> Session | None:
        context: Context = info.context  # typed here: Context imports this module
        return await context.session_loader.load(self.session_id)

    @classmethod
    def of(cls, row: models.Event, department: Department) -> Event:
        return cls(
            id=strawberry.ID(ids.encode("Event", row.id)),
            external_id=row.external_id,
            kind=EventKind(row.kind),
            title=row.title,
            description=row.description,
            start=_local(row.start, row.timezone),
            end=_local(row.end, row.timezone),
            timezone=row.timezone,
            location=row.location,
            online_url=row.online_url,
            topics=row.topics,
            audience=Audience(sectors=row.sectors, regions=row.regions),
            capacity=row.capacity,
            registration_url=row.registration_url,
            department=department,
            sequence=row.sequence,
            status=Status(row.status),
            created_at=row.created_at,
            updated_at=row.updated_at,
            session_id=row.session_id,
        )


@strawberry.type(
    description="One real-world occurrence on the merged calendar, hosted by every department that posted it."
)
class Session(Node):
    uid: str = strawberry.field(description="The ICS UID; stable for the session's whole life.")
    kind: EventKind
    title: str
    description: str | None
    start: datetime
    end: datetime
    timezone: str
    location: str | None
    online_url: str | None
    registration_url: str | None
    topics: list[str]
    audience: Audience
    status: Status = strawberry.field(description="CANCELLED only when every posting is cancelled.")
    sequence: int = strawberry.field(description="Rises on every change, as the ICS SEQUENCE does.")
    hosts: list[Department] = strawberry.field(
        description="Every department that posted it, earliest first."
    )
    events: list[Event] = strawberry.field(description="Its postings, earliest first.")
    key: strawberry.Private[int]

    @classmethod
    def of(
        cls,
        row: models.Session,
        events: Sequence[models.Event],
        departments: dict[int, models.Department],
    ) -> Session:
        hosts = {e.department_id: Department.of(departments[e.department_id]) for e in events}
        return cls(
            id=strawberry.ID(ids.encode("Session", row.id)),
            key=row.id,
            uid=row.uid,
            kind=EventKind(row.kind),
            title=row.title,
            description=row.description,
            start=_local(row.start, row.timezone),
            end=_local(row.end, row.timezone),
            timezone=row.timezone,
            location=row.location,
            online_url=row.online_url,
            registration_url=row.registration_url,
            topics=row.topics,
            audience=Audience(sectors=row.sectors, regions=row.regions),
            status=Status(row.status),
            sequence=row.sequence,
            hosts=list(hosts.values()),
            events=[Event.of(event, hosts[event.department_id]) for event in events],
        )


@strawberry.type
class SessionEdge:
    cursor: str
    node: Session


@strawberry.type(description="A page of sessions in start order.")
class SessionConnection:
    edges: list[SessionEdge]
    page_info: PageInfo
    total_count: int = strawberry.field(description="Sessions matching the query in all pages.")

    @strawberry.field(description="The sessions of `edges`, without cursors.")
    def nodes(self) -> list[Session]:
        return [edge.node for edge in self.edges]


@strawberry.enum
class Role(Enum):
    ANONYMOUS = "ANONYMOUS"
    COORDINATOR = "COORDINATOR"
    DEPARTMENT = "DEPARTMENT"
    ENTERPRISE = "ENTERPRISE"


@strawberry.type(description="The caller, as its bearer token identifies it.")
class Viewer:
    role: Role
    department: Department | None
