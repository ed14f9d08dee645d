"""Feed sources: the ICS feeds departments already publish, registered for civical to pull."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.sessions import CONFIRMED
from services.core.auth import Principal, Role, require_owner
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Department, Event, FeedSource
from services.core.validation import KINDS, Collector
from services.imports import FetchError, check_url
from services.postings import departments, post
from services.vocabularies import store as vocabularies
from services.vocabularies.checks import audience_terms
from services.vocabularies.terms import Facet

INTERVAL = timedelta(hours=1)
MAX_BACKOFF = timedelta(hours=24)
PENDING = "PENDING"
OK = "OK"
ERROR = "ERROR"
SUSPECT = "SUSPECT"


@dataclass(frozen=True, slots=True)
class ImportProblemView:
    key: str | None  # the event's UID (with its RECURRENCE-ID); None for the whole file
    message: Message


@dataclass(frozen=True, slots=True)
class FeedSourceView:
    key: int
    url: str
    status: str
    event_count: int
    last_error: Message | None
    last_fetched_at: datetime | None
    default_kind: str
    default_topics: tuple[str, ...]
    problems: tuple[ImportProblemView, ...]

    @classmethod
    def of(cls, row: FeedSource) -> FeedSourceView:
        return cls(
            key=row.id,
            url=row.url,
            status=row.status,
            event_count=row.event_count,
            last_error=(
                Message(row.last_error, row.last_error_zh or row.last_error)
                if row.last_error
                else None
            ),
            last_fetched_at=row.last_fetched_at,
            default_kind=row.default_kind,
            default_topics=tuple(row.default_topics),
            problems=tuple(
                ImportProblemView(problem.get("key"), _message(problem)) for problem in row.problems
            ),
        )


def _message(problem: dict[str, str | None]) -> Message:
    """A stored problem's sentence; problems kept before they had a Chinese one show English."""
    english = problem.get("message") or ""
    return Message(english, problem.get("message_zh") or english)


async def _department_for(db: AsyncSession, principal: Principal, slug: str | None) -> int:
    """The caller's own department, or the one the coordinator names."""
    field = ("input", "department")
    if principal.role is Role.DEPARTMENT and principal.department_id is not None:
        own = await db.get(Department, principal.department_id) if slug is not None else None
        if own is not None and own.slug != slug:
            raise DomainError.single(
                ErrorCode.FORBIDDEN,
                Message(
                    "A department adds only its own feed sources.", "部门只能添加本部门的日历源。"
                ),
                field,
            )
        return principal.department_id
    if principal.role is Role.COORDINATOR:
        found = await departments.by_slug(db, slug)
        if found is None:
            raise DomainError.single(
                ErrorCode.REQUIRED,
                Message(
                    "The coordinator names an existing department.", "协调员须写明一个已有的部门。"
                ),
                field,
            )
        return found.id
    raise DomainError.single(ErrorCode.UNAUTHENTICATED, _NEEDS_DEPARTMENT)


_NEEDS_DEPARTMENT = Message("Feed sources need a department token.", "日历源需要部门令牌。")


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
        check.add("url", ErrorCode.REQUIRED, Message("url is required.", "url 为必填项。"))
    elif not check.problems:  # one problem per fault: a URL refused already is not checked again
        try:
            check_url(clean_url)
        except FetchError as error:
            check.add("url", ErrorCode.INVALID_URL, error.message)
    vocabulary = await vocabularies.load(db)
    if kind not in KINDS:
        check.add(
            "defaultKind",
            ErrorCode.INVALID,
            Message(
                f"defaultKind is one of {', '.join(KINDS)}.",
                f"defaultKind 须为 {'、'.join(KINDS)} 之一。",
            ),
        )
    source = FeedSource(
        department_id=department_id,
        url=clean_url or "",
        default_kind=kind,
        default_topics=audience_terms(check, "defaultTopics", topics, Facet.TOPIC, vocabulary),
        default_sectors=audience_terms(
            check, "defaultAudience.sectors", sectors, Facet.SECTOR, vocabulary
        ),
        default_regions=audience_terms(
            check, "defaultAudience.regions", regions, Facet.REGION, vocabulary
        ),
        status=PENDING,
        event_count=0,
        problems=[],
        failures=0,
        next_fetch_at=now(),
        created_at=now(),
    )
    check.raise_if_any()
    await vocabularies.remember(
        db, vocabulary, topics=source.default_topics, regions=source.default_regions
    )
    db.add(source)
    await db.flush()
    return source


async def own_source(db: AsyncSession, principal: Principal, source_id: int) -> FeedSource:
    source = await db.get(FeedSource, source_id)
    owner = source.department_id if source else None
    require_owner(
        principal, owner, owner_role=Role.DEPARTMENT, what=Message("feed source", "日历源")
    )
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
        await post.cancel(db, Principal(Role.COORDINATOR), event.id, expected_sequence=None)
    await db.execute(update(Event).where(Event.source_id == source.id).values(source_id=None))
    await db.delete(source)
    return sessions


async def list_sources(db: AsyncSession, principal: Principal) -> list[FeedSourceView]:
    query = select(FeedSource).order_by(FeedSource.id)
    if principal.role is Role.DEPARTMENT:
        query = query.where(FeedSource.department_id == principal.department_id)
    elif principal.role is not Role.COORDINATOR:
        raise DomainError.single(ErrorCode.UNAUTHENTICATED, _NEEDS_DEPARTMENT)
    return [FeedSourceView.of(row) for row in await db.scalars(query)]


def backoff(failures: int) -> timedelta:
    """Retry a failing source after 5 minutes, doubling up to a day."""
    delay: timedelta = timedelta(minutes=5) * 2 ** max(failures - 1, 0)
    return min(delay, MAX_BACKOFF)


async def source_view(db: AsyncSession, source_id: int) -> FeedSourceView | None:
    row = await db.get(FeedSource, source_id)
    return FeedSourceView.of(row) if row else None
