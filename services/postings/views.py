"""What readers see of departments and postings: plain values, never storage rows.

The doors (GraphQL, feeds, pages) are given these, so nothing outside ``services``
depends on how postings are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from services.core.models import Department, Event


@dataclass(frozen=True, slots=True)
class DepartmentView:
    key: int
    slug: str
    name: str
    disabled: bool = False

    @classmethod
    def of(cls, row: Department) -> DepartmentView:
        return cls(key=row.id, slug=row.slug, name=row.name, disabled=row.disabled)


@dataclass(frozen=True, slots=True)
class PostingView:
    """One department's posting as it said it; ``session_key`` is the session it is in now."""

    key: int
    external_id: str
    kind: str
    title: str
    description: str | None
    start: datetime
    end: datetime
    timezone: str
    location: str | None
    online_url: str | None
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    capacity: int | None
    registration_url: str | None
    department: DepartmentView
    sequence: int
    status: str
    created_at: datetime
    updated_at: datetime
    session_key: int

    @classmethod
    def of(cls, row: Event, department: DepartmentView) -> PostingView:
        return cls(
            key=row.id,
            external_id=row.external_id,
            kind=row.kind,
            title=row.title,
            description=row.description,
            start=row.start,
            end=row.end,
            timezone=row.timezone,
            location=row.location,
            online_url=row.online_url,
            topics=tuple(row.topics),
            sectors=tuple(row.sectors),
            regions=tuple(row.regions),
            capacity=row.capacity,
            registration_url=row.registration_url,
            department=department,
            sequence=row.sequence,
            status=row.status,
            created_at=row.created_at,
            updated_at=row.updated_at,
            session_key=row.session_id,
        )
