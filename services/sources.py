"""Feed sources: the ICS feeds departments already publish, registered for civical to pull."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services import departments, postings
from services.auth import Principal, Role, require_owner
from services.clock import now
from services.errors import DomainError, ErrorCode
from services.importer import FetchError, check_url
from services.models import Department, Event, FeedSource
from services.sessions import CONFIRMED
from services.validation import KINDS, MAX_AUDIENCE_VALUES, MAX_TOPICS, Collector

INTERVAL = timedelta(hours=1)
MAX_BACKOFF = timedelta(hours=24)
PENDING = "PENDING"
OK = "OK"
ERROR = "ERROR"
SUSPECT = "SUSPECT"


async def _department_for(db: AsyncSession, principal: Principal, slug: str | None) -> int:
    """The caller's own department, or the one the coordinator names."""
    field = ("input", "department")
    if principal.role is Role.DEPARTMENT and principal.department_id is not None:
        own = await db.get(Department, principal.department_id) if slug is not None else None
        if own is not None and own.slug != slug:
            raise DomainError.single(
                ErrorCode.FORBIDDEN, "A department adds only its own feed sources.", field
            )
        return principal.department_id
    if principal.role is Role.COORDINATOR:
        found = await departments.by_slug(db, slug)
        if found is None:
            raise DomainError.single(
                ErrorCode.REQUIRED, "The coordinator names an existing department.", field
            )
        return found.id
    raise DomainError.single(ErrorCode.UNAUTHENTICATED, "Feed sources need a department token.")


async def add_source(
    db: AsyncSession,
    principal: Principal,
    *,
    url: str,
    kind: str,
    topics: Sequence[str],
    sectors: Sequence[str],
    regions: Sequence[str],
    department: str | None,
) -> FeedSource:
    department_id = await _department_for(db, principal, department)
    check = Collector(("input",))
    clean_url = check.url("url", url)
    if clean_url is None:
        check.add("url", ErrorCode.REQUIRED, "url is required.")
    else:
        try:
            check_url(clean_url)
        except FetchError as error:
            check.add("url", ErrorCode.INVALID_URL, error.message)
    if kind not in KINDS:
        check.add("defaultKind", ErrorCode.INVALID, f"defaultKind is one of {', '.join(KINDS)}.")
    source = FeedSource(
        department_id=department_id,
        url=clean_url or "",
        default_kind=kind,
        default_topics=check.tags("defaultTopics", topics, MAX_TOPICS),
        default_sectors=check.tags("defaultAudience.sectors", sectors, MAX_AUDIENCE_VALUES),
        default_regions=check.tags("defaultAudience.regions", regions, MAX_AUDIENCE_VALUES),
        status=PENDING,
        event_count=0,
        problems=[],
        failures=0,
        next_fetch_at=now(),
        created_at=now(),
    )
    check.raise_if_any()
    db.add(source)
    await db.flush()
    return source


async def own_source(db: AsyncSession, principal: Principal, source_id: int) -> FeedSource:
    source = await db.get(FeedSource, source_id)
    owner = source.department_id if source else None
    require_owner(principal, owner, owner_role=Role.DEPARTMENT, what="feed source")
    assert source is not None
    return source


async def remove_source(db: AsyncSession, principal: Principal, source_id: int) -> list[int]:
    """Remove a source and cancel the events it brought, which nobody keeps current any more.

    Returns the sessions those events were in."""
    source = await own_source(db, principal, source_id)
    events = (
        await db.scalars(
            select(Event).where(Event.source_id == source.id, Event.status == CONFIRMED)
        )
    ).all()
    sessions = [event.session_id for event in events]
    for event in events:
        await postings.cancel_event(db, Principal(Role.COORDINATOR), event.id)
    await db.execute(update(Event).where(Event.source_id == source.id).values(source_id=None))
    await db.delete(source)
    return sessions


async def list_sources(db: AsyncSession, principal: Principal) -> Sequence[FeedSource]:
    query = select(FeedSource).order_by(FeedSource.id)
    if principal.role is Role.DEPARTMENT:
        query = query.where(FeedSource.department_id == principal.department_id)
    elif principal.role is not Role.COORDINATOR:
        raise DomainError.single(ErrorCode.UNAUTHENTICATED, "Feed sources need a department token.")
    return (await db.scalars(query)).all()


def backoff(failures: int) -> timedelta:
    """Retry a failing source after 5 minutes, doubling up to a day."""
    delay: timedelta = timedelta(minutes=5) * 2 ** max(failures - 1, 0)
    return min(delay, MAX_BACKOFF)
