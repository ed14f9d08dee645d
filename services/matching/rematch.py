"""Matching every posting again, after the algorithm changed or to learn from the store.

With ``learning``, the model is first estimated afresh from this store's own candidate
pairs and its coordinator's decisions (``services.matching.learn``), kept, and used
from then on by every posting placed. Coordinator decisions are inputs, not
casualties: pinned postings stay together as their session, kept-apart pairs stay
apart. Sessions keep their uids as ``regroup`` says.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.bumps import TOUCHES
from services.core.clock import now
from services.core.models import Department, Event, KeepApart, MatchModel, Session
from services.matching import placement
from services.matching.aliases import compared
from services.matching.anchors import adapt, count, weigh
from services.matching.buildings import keep_buildings, keep_sightings
from services.matching.cluster import cluster
from services.matching.compare import Comparison
from services.matching.learn import learn
from services.matching.model import Model, default_model
from services.matching.regroup import regroup


@dataclass(frozen=True, slots=True)
class RematchReport:
    postings: int
    sessions_before: int
    sessions_after: int
    moved: int

    def __str__(self) -> str:
        return (
            f"{self.postings} postings: {self.sessions_before} sessions before, "
            f"{self.sessions_after} after; {self.moved} postings changed session"
        )


def _decided(
    keys: Sequence[int], apart: Sequence[tuple[int, int]], together: Sequence[list[int]]
) -> dict[tuple[int, int], bool]:
    """A coordinator's decisions as labelled pairs, by positions in ``keys``."""
    position = {key: index for index, key in enumerate(keys)}
    labels: dict[tuple[int, int], bool] = {}
    for low, high in apart:
        if low in position and high in position:
            labels[tuple(sorted((position[low], position[high])))] = False  # type: ignore[index]
    for group in together:
        indices = sorted(position[key] for key in group if key in position)
        for i, left in enumerate(indices):
            for right in indices[i + 1 :]:
                labels[left, right] = True
    return labels


async def rematch(
    db: AsyncSession, progress: Callable[[str], None] = lambda _: None, *, learning: bool = False
) -> RematchReport:
    with _collector_paused():
        return await _rematch(db, progress, learning=learning)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector from running while the whole store is matched.

    A rematch builds millions of objects that all live until it ends (a posting's
    features, every candidate pair's comparison) and leaves almost no cycles behind; each
    of the collector's full passes walks all of them again. With the collector running,
    the bench's rematch of 100k postings took a third longer (80 s against 60 s).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


async def _rematch(
    db: AsyncSession, progress: Callable[[str], None], *, learning: bool
) -> RematchReport:
    events = (await db.scalars(select(Event).order_by(Event.id))).all()
    progress(f"loaded {len(events)} postings")
    departments = (await db.scalars(select(Department))).all()
    slugs = {row.id: row.slug for row in departments}
    names = {row.id: row.name for row in departments}
    live = {
        s.id: s for s in await db.scalars(select(Session).where(Session.merged_into_id.is_(None)))
    }
    apart = [
        (low, high)
        for low, high in await db.execute(select(KeepApart.low_event_id, KeepApart.high_event_id))
    ]
    pinned: dict[int, list[int]] = defaultdict(list)
    for event in events:
        if event.pinned:
            pinned[event.session_id].append(event.id)
    postings = [
        placement.features(event, slugs[event.department_id], names[event.department_id])
        for event in events
    ]
    await keep_buildings(db, events, postings)
    comparisons, sightings = compared(postings)
    await keep_sightings(db, sightings, replace=True)
    progress(f"compared {len(comparisons)} pairs whose times meet")
    model = await placement.current_model(db)
    if learning:
        decided = _decided([event.id for event in events], apart, list(pinned.values()))
        model = await _learnt(db, comparisons, decided)
        progress(f"learnt the model from them ({len(decided)} decided by the coordinator)")
    anchors = count(comparisons.values())
    anchors += weigh(comparisons.values(), adapt(model, anchors).model)
    await placement.remember(db, anchors, replace=True)
    judge = adapt(model, anchors)
    clusters = cluster(
        postings,
        judge,
        comparisons=comparisons,
        keep_apart=apart,
        keep_together=pinned.values(),
    )
    progress(f"clustered into {len(clusters)} sessions")
    before = len(live)
    moved = await regroup(db, {event.id: event for event in events}, clusters, live, slugs)
    await db.execute(  # every posting judged now, in one statement
        update(Event)
        .values(judged=judge.stage)
        .execution_options(synchronize_session=False, **{TOUCHES: ()})  # nothing shown changes
    )
    progress(f"{moved} postings changed session")
    return RematchReport(len(events), before, len(clusters), moved)


async def _learnt(
    db: AsyncSession,
    comparisons: Mapping[tuple[int, int], Comparison],
    decided: Mapping[tuple[int, int], bool],
) -> Model:
    """A model learnt afresh from the shipped one, kept for every later placement."""
    model = learn(comparisons, default_model(), decided=decided)
    db.add(
        MatchModel(
            parameters=model.to_json(),
            pairs=len(comparisons),
            labelled=len(decided),
            fitted_at=now(),
        )
    )
    return model
