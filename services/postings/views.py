"""What readers see of departments and postings: plain values, never storage rows.

The doors (GraphQL, feeds, pages) are given these, so nothing outside ``services``
depends on how postings are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from services.core.models import Department, Event

Columns = Row[*tuple[Any, ...]]  # a row of selected columns, read by name


@dataclass(frozen=True, slots=True)
class DepartmentView:
    key: int
    slug: str
    name: str
    disabled: bool = False

    @classmethod
    def of(cls, row: Department | Columns) -> DepartmentView:
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
    def of(cls, event: Event, department: DepartmentView) -> PostingView:
        return cls.of_columns(
            [getattr(event, column.key) for column in POSTING_COLUMNS], department
        )

    @classmethod
    def of_columns(cls, values: Sequence[Any], department: DepartmentView) -> PostingView:
        """From the values of ``POSTING_COLUMNS``, in their order (a row read unpacked: far
        cheaper than reading a row's columns by name, a thousand times per page)."""
        (
            key, session_key, _department_id, external_id, kind, title, description, start,
            end, timezone, location, online_url, topics, sectors, regions, capacity,
            registration_url, sequence, status, created_at, updated_at,
        ) = values  # fmt: skip
        return cls(
            key=key,
            external_id=external_id,
            kind=kind,
            title=title,
            description=description,
            start=start,
            end=end,
            timezone=timezone,
            location=location,
            online_url=online_url,
            topics=tuple(topics),
            sectors=tuple(sectors),
            regions=tuple(regions),
            capacity=capacity,
            registration_url=registration_url,
            department=department,
            sequence=sequence,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            session_key=session_key,
        )


POSTING_COLUMNS = (
    Event.id, Event.session_id, Event.department_id, Event.external_id, Event.kind,
    Event.title, Event.description, Event.start, Event.end, Event.timezone, Event.location,
    Event.online_url, Event.topics, Event.sectors, Event.regions, Event.capacity,
    Event.registration_url, Event.sequence, Event.status, Event.created_at, Event.updated_at,
)  # fmt: skip
