"""Calendar feeds of the merged calendar, rendered once per change and reused.

A feed is the sessions that pass a filter within a window, merged-away sessions
included (as CANCELLED pointers to their survivors, so subscribed apps drop them). An
enterprise's private feed also carries every session it registered for, marked as such,
and the sessions merged into those.
Each session's VEVENT is rendered once per SEQUENCE and kept; a feed is the join of
its sessions' blocks, so a change re-renders one block, not the feed. A whole feed
is kept per data version, so polls of an unchanged calendar render nothing.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import CalendarFilter, filter_conditions, window_conditions
from services.core.db import Database, chunked
from services.core.inflight import InFlight
from services.core.metrics import FEED_RENDERS
from services.core.models import Department, Session
from services.feeds import ics
from services.participation.registrations import registered_sessions

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
    """One session's rendered VEVENT, valid while the session's SEQUENCE is unchanged."""

    sequence: int
    updated_at: datetime
    body: bytes


def _etag(spec: FeedSpec, members: Sequence[tuple[int, int]], seats: dict[int, int]) -> str:
    """A strong validator without hashing the body: the body is a function of the feed's
    spec, the (session, SEQUENCE) pairs in it, the seats registered at them and the writer
    (named by its PRODID)."""
    digest = hashlib.blake2b(repr((ics.PRODID, spec)).encode(), digest_size=20)
    digest.update(
        ",".join(f"{key}:{sequence}:{seats.get(key, 0)}" for key, sequence in members).encode()
    )
    return f'"{digest.hexdigest()}"'


@dataclass(frozen=True, slots=True)
class RenderedFeed:
    body: bytes
    etag: str
    last_modified: datetime


def _description(session: Session, host_names: list[str], seats: int | None) -> str:
    parts = [f"{REGISTERED_LABEL}: {seats} 人 attendees" if seats else ""]
    parts.append(session.description or "")
    parts.append(f"主办单位 Hosts: {'、'.join(host_names)}")
    if session.registration_url:
        parts.append(f"报名 Registration: {session.registration_url}")
    if session.online_url:
        parts.append(f"线上参加 Join online: {session.online_url}")
    return "\n\n".join(part for part in parts if part)


def feed_event(
    session: Session, host_names: list[str], survivor_uid: str | None, seats: int | None = None
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
    """Per-process caches of rendered VEVENT blocks and of whole feeds."""

    def __init__(self, database: Database, *, blocks: int = 200_000, feeds: int = 32) -> None:
        self.database = database
        self._blocks: dict[int, _Block] = {}
        self._block_limit = blocks
        self._feeds: OrderedDict[tuple[FeedSpec, int], RenderedFeed] = OrderedDict()
        self._feed_limit = feeds
        self._rendering: InFlight[tuple[FeedSpec, int], RenderedFeed] = InFlight()

    async def render(self, spec: FeedSpec) -> RenderedFeed:
        version = await self.database.data_version()
        key = (spec, version)
        cached = self._feeds.get(key)
        if cached is not None:
            self._feeds.move_to_end(key)
            FEED_RENDERS.labels("CACHED").inc()
            return cached
        shared = await self._rendering.joined(key)
        if shared is not None:
            FEED_RENDERS.labels("SHARED").inc()
            return shared
        FEED_RENDERS.labels("RENDERED").inc()
        with self._rendering.leading(key) as share:
            async with self.database.reading() as db:
                feed = await self._render(db, spec)
            share(feed)
        self._feeds[key] = feed
        while len(self._feeds) > self._feed_limit:
            self._feeds.popitem(last=False)
        return feed

    async def _render(self, db: AsyncSession, spec: FeedSpec) -> RenderedFeed:
        seats = await registered_sessions(db, spec.registered_by) if spec.registered_by else {}
        members = (
            await db.execute(
                select(Session.id, Session.sequence)
                .where(*window_conditions(spec.start, spec.end, merged_away=True))
                .where(_chosen(spec.wanted, list(seats)))
                .order_by(Session.start, Session.id)
            )
        ).all()
        await self._render_blocks(
            db,
            [key for key, sequence in members if key not in seats and self._stale(key, sequence)],
        )
        marked = await _blocks(db, [key for key, _ in members if key in seats], seats)
        bodies = [marked.get(key) or self._blocks[key] for key, _ in members]
        return RenderedFeed(
            body=ics.render_calendar(spec.name, [block.body for block in bodies]),
            etag=_etag(spec, members, seats),
            last_modified=max((block.updated_at for block in bodies), default=_EPOCH),
        )

    def _stale(self, key: int, sequence: int) -> bool:
        block = self._blocks.get(key)
        return block is None or block.sequence != sequence

    async def _render_blocks(self, db: AsyncSession, session_ids: Sequence[int]) -> None:
        if len(self._blocks) + len(session_ids) > self._block_limit:
            self._blocks.clear()
        self._blocks.update(await _blocks(db, session_ids, {}))


def _chosen(wanted: CalendarFilter, registered: Sequence[int]) -> ColumnElement[bool]:
    """Sessions passing the filter, or registered for, or merged into one registered for."""
    passing = and_(true(), *filter_conditions(wanted))
    if not registered:
        return passing
    return or_(passing, Session.id.in_(registered), Session.merged_into_id.in_(registered))


async def _blocks(
    db: AsyncSession, session_ids: Sequence[int], seats: dict[int, int]
) -> dict[int, _Block]:
    """The VEVENT blocks of these sessions, marked where ``seats`` says the feed's enterprise
    registered (those are the enterprise's own: the renderer never shares them)."""
    if not session_ids:
        return {}
    names = {row.slug: row.name for row in await db.scalars(select(Department))}
    blocks = {}
    for chunk in chunked(session_ids):
        rows = (await db.scalars(select(Session).where(Session.id.in_(chunk)))).all()
        survivors = {row.merged_into_id for row in rows if row.merged_into_id}
        uids = (
            dict(
                (
                    await db.execute(
                        select(Session.id, Session.uid).where(Session.id.in_(survivors))
                    )
                ).all()
            )
            if survivors
            else {}
        )
        for row in rows:
            event = feed_event(
                row,
                [names.get(slug, slug) for slug in row.hosts],
                uids.get(row.merged_into_id or 0),
                seats.get(row.id),
            )
            blocks[row.id] = _Block(row.sequence, row.updated_at, ics.render_event(event))
    return blocks
