"""Calendar feeds of the merged calendar, rendered once per change and reused.

A feed is the sessions that pass a filter within a window, merged-away sessions
included (as CANCELLED pointers to their survivors, so subscribed apps drop them). An
enterprise's private feed also carries every session of its window that the enterprise
registered for, marked as such, and the sessions merged into those.
Each session's VEVENT is rendered once per stamp (which moves with any change of the
session, its postings or its registrations) and department names, and kept; a feed is
the join of its sessions' blocks, so a change re-renders one block, not the feed. A
whole feed is kept until a write touches a day of its window, so polls render nothing
while departments post into other months.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import CalendarFilter, filter_conditions, window_conditions
from services.core.caches import ByteLRU, ScopedCache
from services.core.db import Database, chunked
from services.core.inflight import InFlight
from services.core.metrics import FEED_RENDERS
from services.core.models import Department, ReadVersion, Session
from services.core.versions import BESIDE, Scope
from services.feeds import ics
from services.participation.registrations import registered_sessions
from services.postings.views import Columns

REFRESH = timedelta(hours=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_KIND_LABELS = {"TRAINING": "培训 Training", "PUBLICITY": "政策宣讲 Publicity"}
REGISTERED_LABEL = "已报名 Registered"  # a category, and the first line of the description
REGISTERED_MARK = "✓ "  # before the title, where a calendar app shows it


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """What a feed shows: its name, filter and window, and whose registrations it carries."""

    name: str
    wanted: CalendarFilter
    start: datetime
    end: datetime
    registered_by: int | None = None  # an enterprise, for its private feeds


@dataclass(frozen=True, slots=True)
class _Block:
    """One session's rendered VEVENT, valid while its stamp and the names beside it hold."""

    stamp: int
    beside: int
    updated_at: datetime
    body: bytes


def _etag(
    spec: FeedSpec, members: Sequence[tuple[int, int]], beside: int, seats: dict[int, int]
) -> str:
    """A strong validator without hashing the body: the body is a function of the feed's
    spec, the (session, stamp) pairs in it, the seats its enterprise holds at them, the
    version of the department names beside them and the writer (named by its PRODID); all
    read from storage, so every process gives one feed the same validator."""
    digest = hashlib.blake2b(repr((ics.PRODID, spec, beside)).encode(), digest_size=20)
    digest.update(",".join(f"{key}:{stamp}:{seats.get(key, 0)}" for key, stamp in members).encode())
    return f'"{digest.hexdigest()}"'


@dataclass(frozen=True, slots=True)
class RenderedFeed:
    body: bytes
    etag: str
    last_modified: datetime


SessionRow = Session | Columns  # a session, or a row of _FEED_COLUMNS
_FEED_COLUMNS = (
    Session.id, Session.uid, Session.sequence, Session.stamp, Session.status, Session.kind,
    Session.title, Session.description, Session.start, Session.end, Session.location,
    Session.registration_url, Session.online_url, Session.topics, Session.hosts,
    Session.merged_into_id, Session.updated_at,
)  # fmt: skip


def _description(session: SessionRow, host_names: list[str], seats: int | None) -> str:
    parts = [f"{REGISTERED_LABEL}: {seats} 人 attendees" if seats else ""]
    parts.append(session.description or "")
    parts.append(f"主办单位 Hosts: {'、'.join(host_names)}")
    if session.registration_url:
        parts.append(f"报名 Registration: {session.registration_url}")
    if session.online_url:
        parts.append(f"线上参加 Join online: {session.online_url}")
    return "\n\n".join(part for part in parts if part)


def feed_event(
    session: SessionRow, host_names: list[str], survivor_uid: str | None, seats: int | None = None
) -> ics.FeedEvent:
    """A session's VEVENT; ``seats`` marks one the feed's enterprise registered for."""
    marks = (REGISTERED_LABEL,) if seats else ()
    return ics.FeedEvent(
        uid=session.uid,
        sequence=session.sequence,
        status="CANCELLED" if session.status == "CANCELLED" else "CONFIRMED",
        title=f"{REGISTERED_MARK}{session.title}" if seats else session.title,
        description=_description(session, host_names, seats),
        start=session.start,
        end=session.end,
        location=session.location,
        url=session.registration_url or session.online_url,
        categories=(*marks, _KIND_LABELS[session.kind], *session.topics),
        organizer=None,
        last_modified=session.updated_at,
        related_to=survivor_uid,
    )


class FeedRenderer:
    """Per-process caches of rendered VEVENT blocks and of whole feeds, half the bytes each."""

    def __init__(self, database: Database, *, cache_bytes: int = 64 << 20) -> None:
        self.database = database
        self._blocks: ByteLRU[int, _Block] = ByteLRU(cache_bytes // 2, "feed_blocks")
        self._feeds: ScopedCache[FeedSpec, RenderedFeed] = ScopedCache(
            database.versions, cache_bytes // 2, "feeds"
        )
        self._rendering: InFlight[tuple[FeedSpec, int], RenderedFeed] = InFlight()

    async def render(self, spec: FeedSpec) -> RenderedFeed:
        versions = self.database.current_versions()
        if versions is None:  # other processes' writes unknown for now: nothing kept holds
            FEED_RENDERS.labels("RENDERED").inc()
            async with self.database.reading() as db:
                return await self._render(db, spec)
        cached = self._feeds.get(spec)
        if cached is not None:
            FEED_RENDERS.labels("CACHED").inc()
            return cached
        as_of = versions.known
        key = (spec, as_of)
        shared = await self._rendering.joined(key)
        if shared is not None:
            FEED_RENDERS.labels("SHARED").inc()
            return shared
        FEED_RENDERS.labels("RENDERED").inc()
        with self._rendering.leading(key) as share:
            async with self.database.reading() as db:
                feed = await self._render(db, spec)
            share(feed)
        self._feeds.put(
            spec,
            feed,
            size=len(feed.body) + 500,
            scope=Scope.window(spec.start, spec.end),
            as_of=as_of,
        )
        return feed

    async def _render(self, db: AsyncSession, spec: FeedSpec) -> RenderedFeed:
        seats = await registered_sessions(db, spec.registered_by) if spec.registered_by else {}
        members = [
            (key, stamp)
            for key, stamp in await db.execute(
                select(Session.id, Session.stamp)
                .where(*window_conditions(spec.start, spec.end, merged_away=True))
                .where(_chosen(spec.wanted, list(seats)))
                .order_by(Session.start, Session.id)
            )
        ]
        beside = await db.scalar(
            select(func.coalesce(func.max(ReadVersion.changed_at), 0)).where(
                ReadVersion.key.in_(BESIDE.names)
            )
        )
        assert beside is not None
        blocks = {key: self._blocks.get(key) for key, _ in members if key not in seats}
        stale = [
            key
            for key, stamp in members
            if key in blocks
            and ((block := blocks[key]) is None or (block.stamp, block.beside) != (stamp, beside))
        ]
        blocks.update(await self._render_blocks(db, stale, beside))
        blocks.update(await _blocks(db, [key for key, _ in members if key in seats], beside, seats))
        shown = [blocks[key] for key, _ in members]
        return RenderedFeed(
            body=ics.render_calendar(spec.name, [block.body for block in shown if block]),
            etag=_etag(spec, members, beside, seats),
            last_modified=max((block.updated_at for block in shown if block), default=_EPOCH),
        )

    async def _render_blocks(
        self, db: AsyncSession, session_ids: Sequence[int], beside: int
    ) -> dict[int, _Block]:
        """Blocks every feed may share (none marked as registered), kept for the next feed."""
        rendered = await _blocks(db, session_ids, beside, {})
        for key, block in rendered.items():
            self._blocks.put(key, block, len(block.body) + 100)
        return rendered


def _chosen(wanted: CalendarFilter, registered: Sequence[int]) -> ColumnElement[bool]:
    """Sessions passing the filter, or registered for, or merged into one registered for."""
    passing = and_(true(), *filter_conditions(wanted))
    if not registered:
        return passing
    return or_(passing, Session.id.in_(registered), Session.merged_into_id.in_(registered))


async def _blocks(
    db: AsyncSession, session_ids: Sequence[int], beside: int, seats: dict[int, int]
) -> dict[int, _Block]:
    """The VEVENT blocks of these sessions, marked where ``seats`` says the feed's enterprise
    registered (those are the enterprise's own: never kept for other feeds)."""
    if not session_ids:
        return {}
    names = dict((await db.execute(select(Department.slug, Department.name))).all())
    rendered = {}
    for chunk in chunked(session_ids):
        rows = (await db.execute(select(*_FEED_COLUMNS).where(Session.id.in_(chunk)))).all()
        for row, event in zip(rows, await _feed_events(db, rows, names, seats), strict=True):
            rendered[row.id] = _Block(row.stamp, beside, row.updated_at, ics.render_event(event))
    return rendered


async def _department_names(db: AsyncSession) -> dict[str, str]:
    return {row.slug: row.name for row in await db.scalars(select(Department))}


async def _feed_events(
    db: AsyncSession,
    rows: Sequence[SessionRow],
    names: dict[str, str],
    seats: dict[int, int] | None = None,
) -> list[ics.FeedEvent]:
    """The VEVENTs of these sessions, merged-away ones pointing at their survivors, those
    in ``seats`` marked as registered for."""
    survivors = {row.merged_into_id for row in rows if row.merged_into_id}
    uids = (
        dict(
            (
                await db.execute(select(Session.id, Session.uid).where(Session.id.in_(survivors)))
            ).all()
        )
        if survivors
        else {}
    )
    return [
        feed_event(
            row,
            [names.get(slug, slug) for slug in row.hosts],
            uids.get(row.merged_into_id or 0),
            (seats or {}).get(row.id),
        )
        for row in rows
    ]


async def session_feed(db: AsyncSession, session_key: int) -> RenderedFeed:
    """A calendar of one session, as the feeds write it, for "add to my calendar"."""
    row = await db.get_one(Session, session_key)
    (event,) = await _feed_events(db, [row], await _department_names(db))
    body = ics.render_calendar(row.title, [ics.render_event(event)])
    return RenderedFeed(
        body=body,
        etag=f'"{hashlib.blake2b(body, digest_size=20).hexdigest()}"',
        last_modified=row.updated_at,
    )
