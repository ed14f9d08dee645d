"""Placing one posting on the merged calendar: the database side of matching.

The sessions with a posting whose times meet the new one's are found through the
events' start index (never a scan of the table) and grouped again with it, judged by
the store's model (``cluster``). Deciding and writing happen in the caller's
transaction, under locks on the days the posting's times touch, so two processes
placing postings of one session at the same moment take turns and end with one
session (two postings of one session always share a day).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from sqlalchemy import delete, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar import sessions
from services.core.bumps import TOUCHES
from services.core.clock import now
from services.core.metrics import MATCHES
from services.core.models import (
    Department,
    DuplicateCandidate,
    Event,
    KeepApart,
    MatchAnchor,
    MatchModel,
    Session,
)
from services.core.validation import MAX_DURATION
from services.matching.aliases import aliases, compared
from services.matching.anchors import AGAIN_PER_POSTING, Anchors, Judge, adapt, count, weigh
from services.matching.buildings import building, keep_sightings, sightings_among
from services.matching.cluster import (
    CANDIDATE_SCORE,
    Verdict,
    cluster,
    pair_score,
)
from services.matching.compare import Comparison
from services.matching.explain import reasons
from services.matching.model import Model, OutdatedModel, default_model, probability
from services.matching.places import Aliases, buildings_named
from services.matching.posting import Posting
from services.matching.regroup import regroup

_LOCK_NAMESPACE = 0x6369  # first key of every matching lock: PostgreSQL's two-int advisory locks
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

log = logging.getLogger("civical.matching")


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a posting landed: ``merged`` when it shares its session with other postings."""

    session_id: int
    merged: bool


def _days(start: datetime, end: datetime) -> range:
    return range((start - _EPOCH) // timedelta(days=1), (end - _EPOCH) // timedelta(days=1) + 1)


async def lock_windows(db: AsyncSession, *spans: tuple[datetime, datetime]) -> None:
    """Serialise matching on these days across processes (SQLite's writers are serial anyway)."""
    if db.get_bind().dialect.name != "postgresql":
        return
    for day in sorted({day for start, end in spans for day in _days(start, end)}):
        await db.execute(
            text("SELECT pg_advisory_xact_lock(:namespace, :day)"),
            {"namespace": _LOCK_NAMESPACE, "day": day},
        )


async def try_lock_window(db: AsyncSession, start: datetime, end: datetime) -> bool:
    """Take these days' matching locks if no other transaction holds them, without waiting:
    work that can wait for the next posting there (or a rematch) must not deadlock."""
    if db.get_bind().dialect.name != "postgresql":
        return True
    for day in _days(start, end):
        taken = await db.scalar(
            text("SELECT pg_try_advisory_xact_lock(:namespace, :day)"),
            {"namespace": _LOCK_NAMESPACE, "day": day},
        )
        if not taken:
            return False
    return True


def features(event: Event, slug: str, name: str = "") -> Posting:
    """A stored posting as matching reads it; the department by its slug, and by its name
    when it is a town's office ("新堤镇人民政府": a bare "镇政府" it writes is its own)."""
    return Posting.build(
        key=event.id or 0,
        department=slug,
        department_name=name,
        kind=event.kind,
        title=event.title,
        start=event.start,
        end=event.end,
        location=event.location,
        online_url=event.online_url,
        topics=event.topics,
        sectors=event.sectors,
        regions=event.regions,
    )


async def current_model(db: AsyncSession) -> Model:
    """The model rematch last learnt from this store, or the one shipped with civical."""
    parameters = await db.scalar(
        select(MatchModel.parameters).order_by(MatchModel.id.desc()).limit(1)
    )
    return _parsed(parameters) if parameters else default_model()


@lru_cache(maxsize=8)
def _parsed(parameters: str) -> Model:
    """A model learnt by an earlier version compares on other levels: the shipped one serves
    until the next ``rematch --learning``."""
    try:
        return Model.from_json(parameters)
    except OutdatedModel as outdated:
        log.warning("learnt matching model predates these comparison levels (%s)", outdated)
        return default_model()


async def current_judge(db: AsyncSession) -> Judge:
    """The model in force, adapted to what this store's own postings have shown."""
    rows = await db.execute(
        select(MatchAnchor.among, MatchAnchor.field, MatchAnchor.level, MatchAnchor.count)
    )
    anchors = {(among, field, level): seen for among, field, level, seen in rows}
    return adapt(await current_model(db), anchors)


async def remember(db: AsyncSession, anchors: Anchors, *, replace: bool = False) -> None:
    """Add these counts to the store's (or, after a rematch, put them in their place).

    One upsert adds to each row in the database itself, so concurrent placements add up."""
    if replace:
        await db.execute(delete(MatchAnchor))
    if not anchors:
        return
    dialect = db.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(MatchAnchor)
    await db.execute(
        statement.on_conflict_do_update(
            index_elements=[MatchAnchor.among, MatchAnchor.field, MatchAnchor.level],
            set_={"count": MatchAnchor.count + statement.excluded["count"]},
        ),
        [
            {"among": among, "field": field, "level": level, "count": seen}
            for (among, field, level), seen in sorted(anchors.items())
        ],
    )


@dataclass(slots=True)
class _Neighbourhood:
    """The sessions whose postings meet a posting's times (and its own), whole."""

    events: dict[int, Event]  # by id; the posting placed is keyed 0 while it is new
    slugs: dict[int, str]  # department id -> slug
    names: dict[int, str]  # department id -> name
    live: dict[int, Session]
    apart: list[tuple[int, int]]
    pinned: list[list[int]]


async def _neighbourhood(db: AsyncSession, event: Event, *, fresh: bool = False) -> _Neighbourhood:
    """Found through the start index: sessions with a posting whose times meet the event's;
    ``fresh`` reads the postings' sessions again, after an earlier grouping in this
    transaction moved them in one statement."""
    meeting = select(Event.session_id).where(
        Event.start < event.end,
        Event.end > event.start,
        Event.start > event.start - MAX_DURATION,
    )
    session_ids = set((await db.scalars(meeting)).all())
    if event.id is not None:
        session_ids.add(event.session_id)
    ids = sorted(session_ids)
    live = {
        row.id: row
        for row in await db.scalars(
            select(Session).where(Session.id.in_(ids)).order_by(Session.id).with_for_update()
        )
    }
    members = (
        await db.scalars(
            select(Event)
            .where(Event.session_id.in_(ids))
            .execution_options(populate_existing=fresh)
        )
    ).all()
    events = {member.id: member for member in members}
    events[event.id or 0] = event
    departments = (
        await db.execute(
            select(Department.id, Department.slug, Department.name).where(
                Department.id.in_({e.department_id for e in events.values()})
            )
        )
    ).all()
    slugs = {row.id: row.slug for row in departments}
    names = {row.id: row.name for row in departments}
    keys = list(events)
    apart = [
        (low, high)
        for low, high in await db.execute(
            select(KeepApart.low_event_id, KeepApart.high_event_id).where(
                KeepApart.low_event_id.in_(keys), KeepApart.high_event_id.in_(keys)
            )
        )
    ]
    pinned: dict[int, list[int]] = defaultdict(list)
    for key, member in events.items():
        if member.pinned and key:
            pinned[member.session_id].append(key)
    return _Neighbourhood(events, slugs, names, live, apart, list(pinned.values()))


async def _record_candidate(
    db: AsyncSession, event: Event, session_id: int, score: float, why: tuple[str, ...]
) -> None:
    """A grey-band pair for a coordinator: this posting and the earliest posting of the session."""
    other = await db.scalar(
        select(Event.id)
        .where(Event.session_id == session_id)
        .order_by(Event.created_at, Event.id)
        .limit(1)
    )
    if other is None or other == event.id:
        return
    low, high = sorted((event.id, other))
    existing = await db.scalar(
        select(DuplicateCandidate).where(
            DuplicateCandidate.low_event_id == low, DuplicateCandidate.high_event_id == high
        )
    )
    if existing is None:
        db.add(
            DuplicateCandidate(
                low_event_id=low,
                high_event_id=high,
                score=probability(score),
                reasons=list(why),
                start=event.start,
                dismissed=False,
                created_at=now(),
            )
        )
    elif not existing.dismissed:
        existing.score, existing.reasons, existing.start = (
            probability(score),
            list(why),
            event.start,
        )


async def shares_session(db: AsyncSession, event: Event) -> bool:
    """Whether the posting's session holds another department's posting too."""
    await db.flush()
    other = await db.scalar(
        select(Event.id)
        .where(Event.session_id == event.session_id, Event.department_id != event.department_id)
        .limit(1)
    )
    return other is not None


async def place(
    db: AsyncSession, event: Event, slug: str, *, previous: tuple[datetime, datetime] | None = None
) -> Placement:
    """Put a new or changed posting in its session; ``previous`` is a changed one's old times.

    The sessions whose postings meet its times are grouped again with it by the rule a
    rematch applies (``cluster``), so where a posting ends does not depend on the order
    postings arrived in; those sessions may merge, or give up a posting, as a result.
    """
    spans = [(event.start, event.end)] + ([previous] if previous else [])
    await lock_windows(db, *spans)
    if event.pinned:
        await sessions.refresh(db, [event.session_id])
        return Placement(event.session_id, await shares_session(db, event))
    judge = await current_judge(db)
    focus = event.id or 0  # a new posting is keyed 0 until its grouping stores it
    grouped = await _group_around(db, event, judge)
    found, groups = grouped.found, grouped.groups
    mine = {
        pair: c
        for pair, c in grouped.comparisons.items()
        if focus in (found[pair[0]].key, found[pair[1]].key)
    }
    anchors = count(mine.values()) + weigh(mine.values(), judge.model)
    own = next(group for group in groups if focus in group)
    best = _best_outside(judge, found, mine, set(own))
    verdict = (
        Verdict.MERGE
        if len(own) > 1
        else Verdict.CANDIDATE
        if best is not None and best[0] >= CANDIDATE_SCORE
        else Verdict.NEW
    )
    MATCHES.labels(verdict.value).inc()
    await remember(db, anchors)
    done = set(grouped.around.events)
    grouped_here = len(done)
    if grouped.learnt:
        await _match_buildings_again(db, grouped.learnt, judge, done)
    await _judge_again(db, judge, done)
    if len(done) > grouped_here:
        await db.refresh(event)  # its session may have moved with the others grouped again
    if verdict is Verdict.CANDIDATE and best is not None:
        await db.flush()
        other = grouped.around.events[best[1]]
        await _record_candidate(db, event, other.session_id, best[0], reasons(judge.model, best[2]))
    return Placement(event.session_id, await shares_session(db, event))


@dataclass(slots=True)
class _Grouped:
    """A neighbourhood grouped again, and the aliases its postings taught."""

    around: _Neighbourhood
    found: list[Posting]
    comparisons: dict[tuple[int, int], Comparison]
    groups: list[list[int]]
    learnt: Aliases


async def _group_around(
    db: AsyncSession, event: Event, judge: Judge, *, fresh: bool = False
) -> _Grouped:
    """The sessions around the event grouped again with it, the sightings among them kept."""
    around = await _neighbourhood(db, event, fresh=fresh)
    found = [
        features(member, around.slugs[member.department_id], around.names[member.department_id])
        for member in around.events.values()
    ]
    key = event.id or 0
    event.building = building(next(posting for posting in found if posting.key == key))
    known = await sightings_among(db, found)
    comparisons, seen = compared(found, known)
    groups = cluster(
        found, judge, comparisons=comparisons, keep_apart=around.apart, keep_together=around.pinned
    )
    await regroup(db, around.events, groups, around.live, around.slugs, focus=event)
    await _stamp(db, around.events.values(), judge.stage)
    await sessions.refresh(db, [event.session_id])  # the posting changed, if its session did not
    await keep_sightings(db, seen - known)
    return _Grouped(around, found, comparisons, groups, aliases(known | seen) - aliases(known))


async def _stamp(db: AsyncSession, events: Iterable[Event], stage: int) -> None:
    """Mark these postings grouped at this stage of the store's learning. A posting another
    transaction holds (an update waiting for its days' lock) is passed over and stays
    stale, to be grouped again later: waiting for it could deadlock."""
    await db.flush()
    free = (
        select(Event.id)
        .where(Event.id.in_([e.id for e in events]), Event.judged.is_distinct_from(stage))
        .with_for_update(skip_locked=True)
    )
    await db.execute(
        update(Event)
        .where(Event.id.in_(free.scalar_subquery()))
        .values(judged=stage)
        .execution_options(synchronize_session=False, **{TOUCHES: ()})  # nothing shown changes
    )


async def _match_buildings_again(
    db: AsyncSession, learnt: Aliases, judge: Judge, done: set[int]
) -> None:
    """Once two spellings are learnt to be one building, its postings placed before are
    grouped again, as a rematch would, so the calendar does not wait for one; ``done``
    are those grouped with the learnt names already. A window another transaction is
    matching is left to it."""
    await db.flush()
    names = buildings_named(learnt)
    others = (
        await db.scalars(
            select(Event)
            .where(Event.building.in_(names), Event.pinned.is_(False))
            .order_by(Event.start, Event.id)
        )
    ).all()
    for other in others:
        await _group_again(db, other, judge, done)


async def _judge_again(db: AsyncSession, judge: Judge, done: set[int]) -> None:
    """Group again the neighbourhoods of up to ``AGAIN_PER_POSTING`` postings last grouped
    at an earlier stage of the store's learning, the earliest first: what the store has
    learnt since reaches every neighbourhood as postings keep arriving, not only those
    they land in. Postings from before stages were kept wait for a rematch."""
    await db.flush()
    stale = (
        await db.scalars(
            select(Event)
            .where(Event.judged < judge.stage, Event.pinned.is_(False), Event.id.not_in(done))
            .order_by(Event.judged, Event.id)
            .limit(AGAIN_PER_POSTING)
        )
    ).all()
    for other in stale:
        await _group_again(db, other, judge, done)


async def _group_again(db: AsyncSession, other: Event, judge: Judge, done: set[int]) -> None:
    """Group a placed posting's neighbourhood again, unless it was grouped in this placement
    already (``done``) or another transaction is matching its window."""
    if other.id in done or not await try_lock_window(db, other.start, other.end):
        return
    await db.refresh(other)  # an earlier grouping may have moved it in one statement
    done.update((await _group_around(db, other, judge, fresh=True)).around.events)


def _best_outside(
    judge: Judge,
    found: Sequence[Posting],
    mine: Mapping[tuple[int, int], Comparison],
    own: set[int],
) -> tuple[float, int, Comparison] | None:
    """The posting's best pair with a posting of another session: (score, its key, comparison)."""
    outside = [
        (pair_score(judge, comparison), other, comparison)
        for (i, j), comparison in mine.items()
        for other in (found[i].key, found[j].key)
        if other not in own
    ]
    return max(outside, key=lambda item: (item[0], -item[1]), default=None)
