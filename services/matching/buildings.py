"""What a store keeps of its buildings: the sightings that teach it a building's other
names (``aliases``), and each posting's building as matching spells it, by which a
building's postings are found again once its other name is learnt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, and_, bindparam, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.models import Event, VenueSighting
from services.matching.aliases import Sighting
from services.matching.places import spelled, spelling
from services.matching.posting import Posting


def building(posting: Posting) -> str | None:
    """The posting's building as matching spells it, if it gives one."""
    return (spelling(posting.venue) or None) if posting.venue.onsite else None


async def sightings_among(db: AsyncSession, postings: Sequence[Posting]) -> set[Sighting]:
    """The store's sightings between these postings' buildings and places (see ``aliases``),
    and the agreeing ones between theirs and any other spelling: a sighting of this
    building's other name under a spelling of it not seen here counts with theirs. A
    refutation counts for its own pair only, so the others are not read."""
    spellings = {written for p in postings if p.venue.onsite for written in spelled(p.venue)} - {""}
    if len(spellings) < 2:
        return set()
    low, high = VenueSighting.low.in_(spellings), VenueSighting.high.in_(spellings)
    rows = await db.execute(
        select(
            VenueSighting.low, VenueSighting.high, VenueSighting.day, VenueSighting.agrees
        ).where(or_(and_(low, high), and_(VenueSighting.agrees, or_(low, high))))
    )
    return {Sighting((low, high), day, agrees) for low, high, day, agrees in rows}


async def keep_sightings(
    db: AsyncSession, sightings: Iterable[Sighting], *, replace: bool = False
) -> None:
    """Add these sightings to the store's (or, after a rematch, put them in their place);
    a day's sighting is kept once, however many pairs showed it."""
    if replace:
        await db.execute(delete(VenueSighting))
    rows = [
        {
            "low": seen.spellings[0],
            "high": seen.spellings[1],
            "day": seen.day,
            "agrees": seen.agrees,
        }
        for seen in sorted(sightings, key=lambda s: (s.spellings, s.day, s.agrees))
    ]
    if not rows:
        return
    dialect = db.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    await db.execute(insert(VenueSighting).on_conflict_do_nothing(), rows)


async def keep_buildings(
    db: AsyncSession, events: Sequence[Event], postings: Sequence[Posting]
) -> None:
    """Each posting's building as matching spells it, where it changed, in one prepared
    statement (a rematch of a whole store, one flush per posting, took a tenth longer)."""
    changed = [
        {"event_id": event.id, "building": spelt}
        for event, posting in zip(events, postings, strict=True)
        if event.building != (spelt := building(posting))
    ]
    if changed:
        table = cast(Table, Event.__table__)
        await db.execute(
            update(table)
            .where(table.c.id == bindparam("event_id"))
            .values(building=bindparam("building"))
            .execution_options(synchronize_session=False),
            changed,
        )
