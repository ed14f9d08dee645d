"""The merged calendar: sessions, their pages, and fetching any object by its id."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, cast

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from schema import ids
from schema.cache import reads_anything, reads_window
from schema.context import Context
from schema.enums import EventKind, Status
from schema.fragments import Deferred
from schema.pagination import (
    DEFAULT_PAGE,
    After,
    First,
    From,
    PageInfo,
    To,
    check_first,
    decode_cursor,
    encode_cursor,
)
from schema.postings.types import Audience, Department, Event, Node, local
from services.calendar import reads
from services.calendar.views import SessionView
from services.calendar.window import window
from services.core.db import Database
from services.participation.figures import MIN_RATINGS
from services.postings import departments, post
from services.vocabularies.checks import checked_filter


@strawberry.type(
    description=f"How enterprises rated a session: shown once at least {MIN_RATINGS} rated it, so no single rating can be traced."
)
class SessionEvaluation:
    count: int = strawberry.field(description="Enterprises that rated it.")
    average_rating: float = strawberry.field(description="Their average rating, 1 to 5.")
    average_usefulness: float = strawberry.field(
        description="Their average of how useful it was, 1 to 5."
    )


@strawberry.type(
    description="One real-world occurrence on the merged calendar, hosted by every department that posted it."
)
class Session(Node):
    uid: str = strawberry.field(description="The ICS UID; stable for the session's whole life.")
    kind: EventKind = strawberry.field(description="Training or publicity.")
    title: str = strawberry.field(description="The title enterprises see.")
    description: str | None = strawberry.field(description="Free text, line breaks kept.")
    start: datetime = strawberry.field(description="Start, with the offset of `timezone`.")
    end: datetime = strawberry.field(description="End, with the offset of `timezone`.")
    timezone: str = strawberry.field(description="IANA time zone, e.g. `Asia/Shanghai`.")
    location: str | None = strawberry.field(description="The place.")
    online_url: str | None = strawberry.field(description="Where to join online.")
    registration_url: str | None = strawberry.field(description="Where to register.")
    topics: list[str] = strawberry.field(description="Every topic any of its postings names.")
    audience: Audience = strawberry.field(description="Who it is for.")
    status: Status = strawberry.field(description="CANCELLED only when every posting is cancelled.")
    sequence: int = strawberry.field(description="Rises on every change, as the ICS SEQUENCE does.")
    hosts: list[Department] = strawberry.field(
        description="Every department that posted it, earliest first."
    )
    events: list[Event] = strawberry.field(description="Its postings, earliest first.")
    capacity: int | None = strawberry.field(
        description="Seats it offers: the largest `capacity` of its postings (hosts seat the same people once); null when none gave one."
    )
    registered_attendees: int = strawberry.field(
        description="Seats enterprises hold at it through `register`."
    )
    seats_left: int | None = strawberry.field(
        description="`capacity` less `registeredAttendees`, never below 0; null without a capacity (no limit)."
    )
    evaluation: SessionEvaluation | None = strawberry.field(
        description=f"Enterprises' ratings once it ended; null until at least {MIN_RATINGS} rated it."
    )
    key: strawberry.Private[int]
    stamp: strawberry.Private[int]

    @classmethod
    def of(cls, view: SessionView, departments: dict[int, Department] | None = None) -> Session:
        """``departments`` holds the ``Department`` objects already built for this answer
        (one per department, however many sessions it hosts); new ones are added to it."""
        shared = {} if departments is None else departments
        hosts = {}
        for host in view.hosts:
            built = shared.get(host.key)
            if built is None:
                built = shared[host.key] = Department.of(host)
            hosts[host.key] = built
        return cls(
            id=strawberry.ID(ids.encode("Session", view.key)),
            key=view.key,
            uid=view.uid,
            kind=EventKind(view.kind),
            title=view.title,
            description=view.description,
            start=local(view.start, view.timezone),
            end=local(view.end, view.timezone),
            timezone=view.timezone,
            location=view.location,
            online_url=view.online_url,
            registration_url=view.registration_url,
            topics=list(view.topics),
            audience=Audience(sectors=list(view.sectors), regions=list(view.regions)),
            status=Status(view.status),
            sequence=view.sequence,
            stamp=view.stamp,
            hosts=list(hosts.values()),
            events=[Event.of(posting, hosts[posting.department.key]) for posting in view.postings],
            capacity=view.capacity,
            registered_attendees=view.registered_attendees,
            seats_left=view.seats_left,
            evaluation=(
                SessionEvaluation(
                    count=view.evaluation.count,
                    average_rating=view.evaluation.average_rating,
                    average_usefulness=view.evaluation.average_usefulness,
                )
                if view.evaluation
                else None
            ),
        )


def session_loader(database: Database) -> DataLoader[int, Session | None]:
    """Sessions by key, gathered per request into one read (made per request, never shared),
    with one ``Department`` object per department for the whole request."""
    departments: dict[int, Department] = {}

    async def load(keys: Sequence[int]) -> list[Session | None]:
        async with database.reading() as db:
            found = await reads.sessions_by_id(db, keys)
        return [Session.of(found[key], departments) if key in found else None for key in keys]

    return DataLoader(load_fn=load)


@dataclass(frozen=True, slots=True)
class _PageSession(Deferred):
    """A session of a calendar page, built (through the request's loader) only when no
    rendering of it at ``stamp`` is cached."""

    key: int
    page_stamp: int
    loader: DataLoader[int, Session | None]

    @property
    def identity(self) -> Hashable:
        return ("Session", self.key)

    @property
    def stamp(self) -> int:
        return self.page_stamp

    async def build(self) -> tuple[object, int]:
        session = await self.loader.load(self.key)
        if session is None:  # sessions are never deleted, only merged away
            raise LookupError(f"session {self.key} vanished while its page was read")
        return session, session.stamp


def _on_page(member: reads.Member, loader: DataLoader[int, Session | None]) -> Session:
    """A page's session as the executor completes it (``schema.fragments``): from a cached
    rendering, or built on a miss."""
    return cast(Session, _PageSession(member.key, member.stamp, loader))


@strawberry.type(description="A session and where it stands in the list.")
class SessionEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the sessions after this one.")
    node: Session = strawberry.field(description="The session.")


@strawberry.type(description="A page of sessions in start order.")
class SessionConnection:
    edges: list[SessionEdge] = strawberry.field(description="The sessions of this page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")
    total_count: int = strawberry.field(description="Sessions matching the query in all pages.")

    @strawberry.field(description="The sessions of `edges`, without cursors.")
    def nodes(self) -> list[Session]:
        return [edge.node for edge in self.edges]


@strawberry.input(
    description="Narrows the calendar. Empty lists do not narrow; a session open to all sectors or regions matches any."
)
class CalendarFilter:
    kinds: list[EventKind] = strawberry.field(
        default_factory=list, description="Sessions of any of these kinds."
    )
    topics: list[str] = strawberry.field(
        default_factory=list, description="Sessions about any of these topics."
    )
    sectors: list[str] = strawberry.field(
        default_factory=list, description="Sessions open to any of these sectors."
    )
    regions: list[str] = strawberry.field(
        default_factory=list, description="Sessions open to any of these regions."
    )
    departments: list[str] = strawberry.field(
        default_factory=list,
        description="Department slugs; a session matches if any of them hosts it.",
    )

    def to_service(self) -> reads.CalendarFilter:
        return reads.CalendarFilter(
            kinds=tuple(kind.value for kind in self.kinds),
            topics=tuple(self.topics),
            sectors=tuple(self.sectors),
            regions=tuple(self.regions),
            departments=tuple(self.departments),
        )


@strawberry.type
class CalendarQueries:
    @strawberry.field(
        description=(
            "Sessions of the merged calendar that intersect [from, to), in start order. "
            f"`first` is at most {reads.MAX_PAGE} (default {DEFAULT_PAGE})."
        )
    )
    async def calendar(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
        filter: Annotated[
            CalendarFilter | None, strawberry.argument(description="Narrows the sessions.")
        ] = None,
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> SessionConnection:
        start, end = window(from_, to)
        reads_window(info, start, end)
        async with info.context.database.reading() as db:
            page = await reads.calendar_page(
                db,
                start=start,
                end=end,
                wanted=await checked_filter(
                    db, (filter or CalendarFilter()).to_service(), ("filter",)
                ),
                first=check_first(first),
                after=decode_cursor(after) if after else None,
            )
        loader = info.context.session_loader
        edges = [
            SessionEdge(
                cursor=encode_cursor(member.start, member.key), node=_on_page(member, loader)
            )
            for member in page.members
        ]
        return SessionConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
            total_count=page.total,
        )

    @strawberry.field(description="Any object by its global id; null when there is none.")
    async def node(
        self,
        info: Info[Context, None],
        id: Annotated[strawberry.ID, strawberry.argument(description="A global id.")],
    ) -> Node | None:
        reads_anything(info)
        decoded = ids.decode(id)
        if decoded is None:
            return None
        type_name, key = decoded
        if type_name == "Session":
            return await info.context.session_loader.load(key)
        async with info.context.database.reading() as db:
            if type_name == "Department":
                department = await departments.department(db, key)
                return Department.of(department) if department else None
            if type_name == "Event":
                posting = await post.posting(db, key)
                return Event.alone(posting) if posting else None
        return None
