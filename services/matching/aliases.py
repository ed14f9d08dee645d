"""Buildings and rooms a county calls by two names, learnt from its own postings.

Nothing in the words says that the 科创中心 is the 高新区孵化大楼, or the 台商之家 the
台商会馆: each county has its own. Its co-hosts show it, though. When two departments
post one session in one room of a building each calls by its own name, the two postings
name the same room (number, label or named hall; or one its number, the other its name on
that floor), at times that meet, under titles alike;
that is a *sighting* of the two spellings as one building, kept with its day. Two days
with such a sighting, and none on which the two spellings' same room held two sessions at
once on other subjects (two buildings that each have a room 301), make the spellings one
building for every comparison after. One day is not enough: a co-hosted session that
three departments post shows one coincidence three times. A floor both give without a
room, a pair the rules part, two towns' audiences (a bureau's tour, one town's hall
each) and two towns' halls named apart teach nothing. The days of one spelling with
another count together with its days with a third that the words make one building
with the second (``_pooled``).

Some rooms no reading of the words finds, room or building: the 青山场部二楼防火指挥部 is
the 青山林场中心街3号防火办, the 局职高2实训室 the 县职业高中203室. Two departments writing
one session so at one time are a sighting of the two *whole places* as one room, and two
days of it (none of two sessions at once there on other subjects) make them one room for
every comparison after: the same room, so the physical rule holds. Places the words put
in two rooms of one building, or in two towns, teach nothing so (one series' parallel
classes on two floors; a tour's towns). Across the project's workloads, 24 pairs of
places are learnt so; of the 62 pairs of postings at one time that they join, 61 are one
session.

The sightings are counted on the levels of fields the aliases do not change (titles,
subjects, times) and on the buildings as written, so they are the same whichever aliases
were in force when the pair was compared, and a ``rematch`` counts them afresh.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import combinations

from services.matching.cluster import comparisons_of
from services.matching.compare import Comparison, Field, compare
from services.matching.places import (
    Aliases,
    building_relation,
    spelled,
    spelled_as_one,
    spelling,
    whole_place,
)
from services.matching.posting import Posting
from services.matching.rooms import Room, room_relation
from services.matching.venue import MANY_PER_COUNTY, Venue

DAYS_SEEN = 2  # days with a sighting before two spellings are one building
_AT_ONCE = frozenset({"same", "same-start", "same-end", "close"})
_TITLED_ALIKE = frozenset({"same", "high", "middle", "translated", "foreign-shared"})
_OTHER_SUBJECTS = frozenset({"disjoint", "other-area"})
_APART = frozenset({"different", "other-kind"})  # buildings the words tell apart
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Sighting:
    """Two spellings' same room at one time, on a day: one session (``agrees``) or two."""

    spellings: tuple[str, str]  # sorted
    day: int  # days since 2000-01-01, UTC
    agrees: bool


def sightings_in(a: Posting, b: Posting, comparison: Comparison) -> Iterator[Sighting]:
    """What the pair says of its two buildings' spellings being one building, and of its
    two places as written being one room, if anything."""
    levels = comparison.levels
    if levels[Field.TIME] not in _AT_ONCE or not (a.venue.onsite and b.venue.onsite):
        return
    if comparison.contradiction is not None or levels[Field.REGIONS] != "compatible":
        return  # two towns' sessions at one hour, each in its town's hall
    agrees = levels[Field.TITLE] in _TITLED_ALIKE or levels[Field.SUBJECT] == "shared"
    disagrees = levels[Field.TITLE] == "none" and levels[Field.SUBJECT] in _OTHER_SUBJECTS
    if not (agrees or disagrees):
        return
    building = building_relation(a.venue, b.venue)
    if building == "same":
        return  # the words say so already
    day = (min(a.start, b.start) - _EPOCH) // timedelta(days=1)
    if _one_room(a.venue.room, b.venue.room) and not _two_of_many(a.venue, b.venue, building):
        yield from _seen(spelling(a.venue), spelling(b.venue), day, agrees)
    if _may_be_one_room(a.venue, b.venue, building):
        yield from _seen(whole_place(a.venue), whole_place(b.venue), day, agrees)


def _seen(left: str, right: str, day: int, agrees: bool) -> Iterator[Sighting]:
    if left and right and left != right:
        yield Sighting(_pair(left, right), day, agrees)


def _may_be_one_room(a: Venue, b: Venue, building: str) -> bool:
    """Whether two places may be one room that the words do not find: not two rooms of one
    building (the 6楼培训二室 and the 7楼多功能厅 of the 人社大楼 hold one series' parallel
    classes), nor places in two towns (a bureau's tour, at one hour in each town's hall,
    day after day)."""
    in_two_towns = bool(a.regions and b.regions) and a.regions.isdisjoint(b.regions)
    return not in_two_towns and (building in _APART or room_relation(a.room, b.room) != "conflict")


def _two_of_many(a: Venue, b: Venue, building: str) -> bool:
    """Two buildings of a kind every town has its own of, named apart (港门镇政府 /
    芒岭镇政府): one bureau's session at one hour in each is its tour of the towns."""
    return building == "different" and bool(a.concepts & b.concepts & MANY_PER_COUNTY)


def _one_room(a: Room, b: Room) -> bool:
    """Rooms named alike, or named on one floor in the building's two systems ("301室" /
    "三楼第一会议室"), which nothing else tells apart."""
    relation = room_relation(a, b)
    return relation == "same" or (
        relation == "unknown" and a.specific and b.specific and a.storey == b.storey is not None
    )


def sightings_of(
    postings: Sequence[Posting], comparisons: Mapping[tuple[int, int], Comparison]
) -> set[Sighting]:
    """The sightings among these compared pairs (by positions in ``postings``)."""
    return {
        seen
        for (i, j), comparison in comparisons.items()
        for seen in sightings_in(postings[i], postings[j], comparison)
    }


def aliases(sightings: Iterable[Sighting]) -> Aliases:
    """The pairs of spellings seen as one building on ``DAYS_SEEN`` days and never as two."""
    days: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
    refuted: set[tuple[str, str]] = set()
    for seen in sightings:
        if seen.agrees:
            days[seen.spellings].add(seen.day)
        else:
            refuted.add(seen.spellings)
    return frozenset(
        pair
        for pair, seen in _pooled(days).items()
        if len(seen) >= DAYS_SEEN and pair not in refuted
    )


def _pooled(days: Mapping[tuple[str, str], set[int]]) -> dict[tuple[str, str], set[int]]:
    """Each pair's days, with the days of the pairs that share one of its spellings and
    whose other spelling the words make the same building: the 科创中心 seen with the
    "高新区孵化大楼" one day and with the "高新技术产业开发区孵化大楼" another has been seen
    with one building on two days. Only days pool: a pair is refuted by its own sightings."""
    pooled = {pair: set(seen) for pair, seen in days.items()}
    others: defaultdict[str, list[str]] = defaultdict(list)
    for left, right in days:
        others[left].append(right)
        others[right].append(left)
    for shared, spellings in others.items():
        for x, y in combinations(spellings, 2):
            if spelled_as_one(x, y):
                p, q = _pair(shared, x), _pair(shared, y)
                pooled[p] |= days[q]
                pooled[q] |= days[p]
    return pooled


def _pair(left: str, right: str) -> tuple[str, str]:
    return (min(left, right), max(left, right))


def compared(
    postings: Sequence[Posting], known: AbstractSet[Sighting] = frozenset()
) -> tuple[dict[tuple[int, int], Comparison], set[Sighting]]:
    """Every candidate pair compared under the aliases that the ``known`` sightings and the
    postings' own show together, and the postings' own sightings. A pair that refutes an
    alias keeps its two sessions apart already: two sessions in one room at once say the
    room is in two buildings before they are taken for one."""
    before = aliases(known)
    comparisons = comparisons_of(postings, before)
    seen = sightings_of(postings, comparisons)
    after = aliases(known | seen)
    if after != before:
        changed = after ^ before
        for i, j in list(comparisons):
            spelt = zip(spelled(postings[i].venue), spelled(postings[j].venue), strict=True)
            if any((min(left, right), max(left, right)) in changed for left, right in spelt):
                comparisons[i, j] = compare(postings[i], postings[j], after)
    return comparisons, seen
