"""What readers see of a session: its derived fields, hosts and postings, as plain values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from services.core.kinds import Status
from services.core.models import Department, Event, Session
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

    @property
    def capacity(self) -> int | None:
        """The seats of its earliest posting that names a number, by the rule the session's
        other details follow (``sessions.derive``): postings still on count first."""
        on = [p for p in self.postings if p.status != Status.CANCELLED] or self.postings
        return next((p.capacity for p in on if p.capacity is not None), None)

    @classmethod
    def of(
        cls, row: Session, events: Sequence[Event], departments: Mapping[int, Department]
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
        )
