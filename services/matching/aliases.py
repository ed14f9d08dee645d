"""Buildings a county calls by two names, learnt from its own postings.

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
room, a pair the rules part, and two towns' audiences (a bureau's tour, one town's hall
each) teach nothing.

The sightings are counted on the levels of fields the aliases do not change (titles,
subjects, times) and on the buildings as written, so they are the same whichever aliases
were in force when the pair was compared, and a ``rematch`` counts them afresh.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from services.matching.cluster import comparisons_of
from services.matching.compare import Comparison, Field, compare
from services.matching.places import Aliases, building_relation, room_relation, spelling
from services.matching.posting import Posting
from services.matching.venue import Room

DAYS_SEEN = 2  # days with a sighting before two spellings are one building
_AT_ONCE = frozenset({"same", "same-start", "same-end", "close"})
_TITLED_ALIKE = frozenset({"same", "high", "middle", "translated", "foreign-shared"})
_OTHER_SUBJECTS = frozenset({"disjoint", "other-area"})
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Sighting:
    """Two spellings' same room at one time, on a day: one session (``agrees``) or two."""

    spellings: tuple[str, str]  # sorted
    day: int  # days since 2000-01-01, UTC
    agrees: bool


def sighting(a: Posting, b: Posting, comparison: Comparison) -> Sighting | None:
    """What the pair says of its two buildings' spellings being one, if anything."""
    levels = comparison.levels
    if levels[Field.TIME] not in _AT_ONCE or not (a.venue.onsite and b.venue.onsite):
        return None
    if comparison.contradiction is not None or levels[Field.REGIONS] != "compatible":
        return None  # two towns' sessions at one hour, each in its town's hall
    agrees = levels[Field.TITLE] in _TITLED_ALIKE or levels[Field.SUBJECT] == "shared"
    disagrees = levels[Field.TITLE] == "none" and levels[Field.SUBJECT] in _OTHER_SUBJECTS
    if not (agrees or disagrees):
        return None
    left, right = spelling(a.venue), spelling(b.venue)
    if not (left and right) or left == right:
        return None
    if not _one_room(a.venue.room, b.venue.room):
        return None
    if building_relation(a.venue, b.venue) == "same":
        return None  # the words say so already
    day = (min(a.start, b.start) - _EPOCH) // timedelta(days=1)
    return Sighting((min(left, right), max(left, right)), day, agrees)


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
    found = (sighting(postings[i], postings[j], c) for (i, j), c in comparisons.items())
    return {seen for seen in found if seen is not None}


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
        pair for pair, seen in days.items() if len(seen) >= DAYS_SEEN and pair not in refuted
    )


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
            left, right = spelling(postings[i].venue), spelling(postings[j].venue)
            if (min(left, right), max(left, right)) in changed:
                comparisons[i, j] = compare(postings[i], postings[j], after)
    return comparisons, seen
