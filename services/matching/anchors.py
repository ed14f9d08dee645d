"""What a county's surely-identical postings teach about how its departments write.

Some pairs are one session in every county ever seen: the same numbered or special
session ("第1期", "石湾镇专场") under the same subject in one time slot (``twins``).
How such pairs are written varies by county, and tells the model what the shipped
defaults cannot know: whether co-hosts write the same room, whether one department
posts a session twice, whether co-hosts share topic words, kinds and audiences. So
the store counts its twins' levels of those fields as they arrive, and the model in
force is the shipped one with those fields' m moved towards the counts (``adapt``).

Where twins often name different rooms, a county's rooms are not reliable, and the
physical rule (one room, one session at a time) is not applied there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from services.matching.compare import LEVELS, Comparison, Field
from services.matching.model import Model

ADAPTED = (Field.VENUE, Field.DEPARTMENT, Field.TOPICS, Field.KIND, Field.AUDIENCE)
PRIOR_PAIRS = 10.0  # the shipped model counts as this many twins
UNRELIABLE_ROOMS = 0.3  # share of twins naming two rooms past which rooms are not evidence
_ENOUGH = 5  # twins with rooms on both sides before their rooms are judged


Anchors = Counter[tuple[Field, str]]


def count(comparisons: Iterable[Comparison]) -> Anchors:
    """The adapted fields' levels of the twins among these comparisons."""
    found: Anchors = Counter()
    for comparison in comparisons:
        if comparison.twins:
            found.update((field, comparison.levels[field]) for field in ADAPTED)
    return found


@dataclass(frozen=True, slots=True)
class Judge:
    """The model in force and whether rooms are evidence in this store."""

    model: Model
    rooms_reliable: bool = True


def adapt(model: Model, anchors: Mapping[tuple[Field, str], int]) -> Judge:
    """The model with the adapted fields' m moved towards what this store's twins show."""
    m = dict(model.m)
    for field in ADAPTED:
        seen = [anchors.get((field, level), 0) for level in LEVELS[field]]
        total = sum(seen)
        if total:
            m[field] = tuple(
                (n + PRIOR_PAIRS * share) / (total + PRIOR_PAIRS)
                for n, share in zip(seen, model.m[field], strict=True)
            )
    same_room = anchors.get((Field.VENUE, "same-room"), 0)
    other_room = anchors.get((Field.VENUE, "other-room"), 0)
    judged = same_room + other_room
    reliable = judged < _ENOUGH or other_room / judged < UNRELIABLE_ROOMS
    return Judge(Model(model.prior, m, model.u), reliable)
