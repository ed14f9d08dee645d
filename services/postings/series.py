"""Recurring series: a posting with an RRULE becomes one posting per occurrence.

Occurrences are expanded over a rolling 12-month horizon, each matched on its own, so
a department's weekly clinic can merge with another department's one-off session on
one of those days. The poller extends every series as the horizon rolls forward.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.sessions import CONFIRMED
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Event, Series
from services.core.validation import RawEvent, validate_event, validate_external_id
from services.postings import events, recurrence

HORIZON = timedelta(days=365)
MAX_OCCURRENCES = 400
_FIELD = ("input", "recurrence", "rrule")


def _occurrence_id(external_id: str, start: datetime) -> str:
    return f"{external_id}@{start.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"


def _template(raw: RawEvent) -> dict[str, object]:
    return {
        name: value.isoformat() if isinstance(value, datetime) else value
        for name, value in dataclasses.asdict(raw).items()
    }


def _raw(template: dict[str, object]) -> RawEvent:
    values = dict(template)
    for name in ("start", "end"):
        values[name] = datetime.fromisoformat(str(values[name]))
    return RawEvent(**values)  # type: ignore[arg-type]


def _expand(
    raw: RawEvent, rule: str, exdates: Sequence[datetime]
) -> list[tuple[datetime, datetime]]:
    fields = validate_event(raw)
    try:
        return recurrence.expand(
            rule,
            start=fields.start,
            end=fields.end,
            zone=fields.timezone,
            exdates=exdates,
            horizon_end=now() + HORIZON,
            limit=MAX_OCCURRENCES,
        )
    except recurrence.RecurrenceError as error:
        raise DomainError.single(ErrorCode.INVALID_RECURRENCE, error.message, _FIELD) from error


async def _post_occurrences(
    db: AsyncSession, principal: Principal, series: Series, raw: RawEvent
) -> list[events.Posted]:
    occurrences = _expand(raw, series.rrule, [datetime.fromisoformat(d) for d in series.exdates])
    if not occurrences:
        raise DomainError.single(
            ErrorCode.INVALID_RECURRENCE,
            Message(
                "The rule gives no occurrence in the next 12 months.",
                "该规则在未来 12 个月内没有活动。",
            ),
            _FIELD,
        )
    posted = []
    wanted = set()
    for start, end in occurrences:
        occurrence_id = _occurrence_id(series.external_id, start)
        wanted.add(occurrence_id)
        posted.append(
            await events.post_event(
                db,
                principal,
                dataclasses.replace(raw, start=start, end=end),
                external_id=occurrence_id,
                series_id=series.id,
            )
        )
    stale = await db.scalars(
        select(Event.id).where(
            Event.series_id == series.id,
            Event.status == CONFIRMED,
            Event.external_id.not_in(wanted),
        )
    )
    for event_id in stale.all():
        await events.cancel_event(db, principal, event_id)
    series.expanded_until = now() + HORIZON
    return posted


async def post_series(
    db: AsyncSession,
    principal: Principal,
    raw: RawEvent,
    *,
    external_id: str | None,
    rrule: str,
    exdates: Sequence[datetime],
    department: str | None = None,
) -> list[events.Posted]:
    """Store or replace a series and post its occurrences; re-posting the same externalId updates it."""
    owner = await events.posting_department(db, principal, department)
    validate_event(raw)
    series_key = validate_external_id(external_id) or f"series-{uuid.uuid4()}"
    series = await db.scalar(
        select(Series).where(Series.department_id == owner.id, Series.external_id == series_key)
    )
    if series is None:
        series = Series(
            department_id=owner.id, external_id=series_key, created_at=now(), expanded_until=now()
        )
        db.add(series)
    series.rrule = rrule.strip()
    series.exdates = [moment.isoformat() for moment in exdates]
    series.template = _template(raw)
    await db.flush()
    return await _post_occurrences(db, Principal(Role.DEPARTMENT, owner.id), series, raw)


async def extend_all(database: Database) -> int:
    """Post the occurrences that the rolling horizon has reached since each series was expanded."""
    due_before = now() + HORIZON - timedelta(days=1)
    async with database.reading() as db:
        due = (await db.scalars(select(Series.id).where(Series.expanded_until < due_before))).all()
    for series_id in due:

        async def extend(db: AsyncSession, series_id: int = series_id) -> None:
            series = await db.get(Series, series_id)
            assert series is not None
            await _post_occurrences(
                db, Principal(Role.DEPARTMENT, series.department_id), series, _raw(series.template)
            )

        await database.transact(extend)
    return len(due)
