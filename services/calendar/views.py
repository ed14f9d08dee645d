"""What readers see of a session: its derived fields, hosts and postings, as plain values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from services.calendar.sessions import capacity_of
from services.core.models import Department, Event, Session
from services.participation.figures import EvaluationSummary, TakingPart
from services.postings.views import DepartmentView, PostingView


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
    hosts: tuple[DepartmentView, ...]  # every posting department, earliest first
    postings: tuple[PostingView, ...]  # earliest first
    capacity: int | None  # see ``capacity_of``
    registered_attendees: int
    evaluation: EvaluationSummary | None  # None below MIN_RATINGS ratings

    @property
    def seats_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.registered_attendees, 0)

    @classmethod
    def of(
        cls,
        row: Session,
        events: Sequence[Event],
        departments: Mapping[int, Department],
        taking_part: TakingPart,
    ) -> SessionView:
        """One ``DepartmentView`` per department, shared by its hosts entry and its postings."""
        hosts = {
            event.department_id: DepartmentView.of(departments[event.department_id])
            for event in events
        }
        return cls(
            key=row.id,
            uid=row.uid,
            kind=row.kind,
            title=row.title,
            description=row.description,
            start=row.start,
            end=row.end,
            timezone=row.timezone,
            location=row.location,
            online_url=row.online_url,
            registration_url=row.registration_url,
            topics=tuple(row.topics),
            sectors=tuple(row.sectors),
            regions=tuple(row.regions),
            status=row.status,
            sequence=row.sequence,
            hosts=tuple(hosts.values()),
            postings=tuple(PostingView.of(event, hosts[event.department_id]) for event in events),
            capacity=capacity_of(events),
            registered_attendees=taking_part.registered_attendees,
            evaluation=taking_part.evaluation,
        )
