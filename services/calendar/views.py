"""What readers see of a session: its derived fields, hosts and postings, as plain values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.core.kinds import Status
from services.core.models import Session
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
    stamp: int  # moves with every change of the session or its postings
    hosts: tuple[DepartmentView, ...]  # every posting department, earliest first
    postings: tuple[PostingView, ...]  # earliest first

    @property
    def capacity(self) -> int | None:
        """The seats of its earliest posting that names a number, by the rule the session's
        other details follow (``sessions.derive``): postings still on count first."""
        on = [p for p in self.postings if p.status != Status.CANCELLED] or self.postings
        return next((p.capacity for p in on if p.capacity is not None), None)

    @classmethod
    def of(cls, values: Sequence[Any], postings: Sequence[PostingView]) -> SessionView:
        """From the values of ``SESSION_COLUMNS`` in their order, and its postings; its hosts
        are its postings' departments."""
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
        )


SESSION_COLUMNS = (
    Session.id, Session.uid, Session.kind, Session.title, Session.description, Session.start,
    Session.end, Session.timezone, Session.location, Session.online_url,
    Session.registration_url, Session.topics, Session.sectors, Session.regions,
    Session.status, Session.sequence, Session.stamp,
)  # fmt: skip
