"""What readers see of a session: its derived fields, hosts and postings, as plain values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from services.core.kinds import Status
from services.core.models import Session
from services.participation.figures import EvaluationSummary, TakingPart
from services.postings.views import DepartmentView, PostingView


class Offer(Protocol):
    """What a posting says of its seats: a posting row or its view."""

    @property
    def status(self) -> str: ...

    @property
    def capacity(self) -> int | None: ...


def capacity_of(postings: Iterable[Offer]) -> int | None:
    """Seats a session offers: the largest any host gives (hosts seat the same people once),
    None when none gave a number. Cancelled postings offer nothing while another stands."""
    offers = list(postings)
    on = [offer for offer in offers if offer.status != Status.CANCELLED] or offers
    return max((offer.capacity for offer in on if offer.capacity), default=None)


@dataclass(frozen=True, slots=True)
class SessionView:
    key: int
    uid: str
    kind: str
    title: str
    description: str | None
    start: datetime
    end: datetime
    timezone: str
    location: str | None
    online_url: str | None
    registration_url: str | None
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    status: str
    sequence: int
    stamp: int  # moves with every change of the session, its postings, seats or ratings
    hosts: tuple[DepartmentView, ...]  # every posting department, earliest first
    postings: tuple[PostingView, ...]  # earliest first
    registered_attendees: int = 0
    evaluation: EvaluationSummary | None = None  # None below MIN_RATINGS ratings

    @property
    def capacity(self) -> int | None:
        """See ``capacity_of``."""
        return capacity_of(self.postings)

    @property
    def seats_left(self) -> int | None:
        capacity = self.capacity
        if capacity is None:
            return None
        return max(capacity - self.registered_attendees, 0)

    @classmethod
    def of(
        cls, values: Sequence[Any], postings: Sequence[PostingView], taking_part: TakingPart
    ) -> SessionView:
        """From the values of ``SESSION_COLUMNS`` in their order, its postings and what
        enterprises gave it; its hosts are its postings' departments."""
        (
            key, uid, kind, title, description, start, end, timezone, location, online_url,
            registration_url, topics, sectors, regions, status, sequence, stamp,
        ) = values  # fmt: skip
        hosts = {posting.department.key: posting.department for posting in postings}
        return cls(
            key=key,
            uid=uid,
            kind=kind,
            title=title,
            description=description,
            start=start,
            end=end,
            timezone=timezone,
            location=location,
            online_url=online_url,
            registration_url=registration_url,
            topics=tuple(topics),
            sectors=tuple(sectors),
            regions=tuple(regions),
            status=status,
            sequence=sequence,
            stamp=stamp,
            hosts=tuple(hosts.values()),
            postings=tuple(postings),
            registered_attendees=taking_part.registered_attendees,
            evaluation=taking_part.evaluation,
        )


SESSION_COLUMNS = (
    Session.id, Session.uid, Session.kind, Session.title, Session.description, Session.start,
    Session.end, Session.timezone, Session.location, Session.online_url,
    Session.registration_url, Session.topics, Session.sectors, Session.regions,
    Session.status, Session.sequence, Session.stamp,
)  # fmt: skip
