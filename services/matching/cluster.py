"""Group postings into sessions by one rule, for a whole store or a posting's neighbourhood.

A posting belongs with another when the model's score of the pair reaches
``MERGE_SCORE``, when they are twins (the same numbered session, alike, at one time),
or when they share one room or one online meeting in one time slot (the physical
rule). Two postings never end in one session when they contradict each other (another
series number, class, half day, language class or special audience; times that do
not meet; in a county whose rooms are reliable, another room, building or meeting at
the same time), nor when a pair across the two groups is of one day, starting more
than an hour apart in times that do not meet (the on-site session and the online one
after it are not joined through a co-host's posting that spans both). Nor do they when
a pair across scores below ``FLOOR`` and the pairs across score below ``MERGE_SCORE`` on
average: a parallel session is not pulled in through a third posting, but one co-host's
posting much unlike another's (filed as publicity where the other says training, for
other villages) does not keep it from the session that the rest of its postings say it
belongs to. One department's two postings, though, join only when they are alike enough
to merge by themselves: it posts one session once, so a second posting unlike its first is
its second session, whatever a co-host's posting says. The physical rule outweighs a low
score across the groups, and a department's habits (its two subjects at one hour), but
not a contradiction: a co-host's overlong end that meets a room's two back-to-back
sessions joins one of them, not both. A posting fits a session when it fits its members,
whatever their starts: three co-hosts announcing 13:30, 14:00 and 14:30 for one 14:00
session meet each other, so they end as one session in any order.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import timedelta

from services.matching.anchors import Judge
from services.matching.compare import HABITS, Comparison, Field, compare
from services.matching.places import Aliases
from services.matching.posting import Posting

MERGE_SCORE = -2.0  # log2-odds, with the prior: chosen on the fitted counties' recall and precision
CANDIDATE_SCORE = -6.0  # below a merge, at or above this a coordinator is asked
FLOOR = -5.0  # a pair this unlike keeps their groups apart, unless the rest outweighs it
PHYSICAL = 99.0  # the score of one room (or meeting) at intersecting times
# A session is in one place: postings at once in another building or online meeting are
# other sessions; where rooms are written reliably, so are those in another room of the
# same building (the parallel session next door).
ELSEWHERE = frozenset({"other-place", "other-code"})
OTHER_ROOM = "other-room"
# Two kinds of building, where no name or address tells them apart (a 职教中心 and an
# 实训基地, the 老供销大楼 and the 电商服务中心), are most often two places; but a county calls
# one building by its old use or its new, so for two departments the evidence decides.
# One department does not post one session twice: its two postings are two sessions.
OTHER_KIND = "other-kind"
# Where neither says a place, only the titles can say one session: unless they share much
# wording or a policy subject, the two are not one session by themselves (two departments'
# sessions on neighbouring policies often meet in time), though a session with a place
# that each of them joins holds both (one co-host's English title and another's plain
# question, neither giving the room). Where one says a place, titles with no word, policy
# family or area in common are two sessions, unless they keep the very same times and the
# rest of the evidence, the hour aside, says one session (one series number, topic words
# in common: a co-host's English title the dictionary does not translate, or its own
# words for the subject). A title that cannot be read (written in a script other than
# Chinese or English) says neither, and the evidence decides.
NO_PLACE = "neither"
EVEN_ODDS = 0.0
APART_ALONE = -100.0  # below any candidate, yet no bar to a session both join
UNREADABLE = "empty"  # a title in a script not read (Korean): it says nothing
ONE_PLACE = "missing"
# Starts this far apart in one day, in times that do not meet, are two sessions; nearer, one
# co-host may give a half-hour's sign-in where another gives the talk.
_AN_HOUR_APART, _ONE_DAY_APART = timedelta(hours=1), timedelta(hours=12)


class Verdict(enum.Enum):
    """What became of a posting placed."""

    MERGE = "MERGE"  # it shares its session
    CANDIDATE = "CANDIDATE"  # it has a session of its own, and a duplicate candidate
    NEW = "NEW"  # it has a session of its own


def pair_score(judge: Judge, comparison: Comparison) -> float:
    """The pair's log2-odds of being one session; the rules decide before the evidence does."""
    if comparison.contradiction is not None:
        return float("-inf")
    if comparison.twins:
        return PHYSICAL
    venue = comparison.levels[Field.VENUE]
    if comparison.same_place_and_time and (judge.rooms_reliable or venue == "same-code"):
        return PHYSICAL
    if venue in ELSEWHERE or (judge.rooms_reliable and venue == OTHER_ROOM):
        return float("-inf")
    if venue == OTHER_KIND and comparison.levels[Field.DEPARTMENT] == "same":
        return float("-inf")
    unreadable = comparison.levels[Field.TITLE] == UNREADABLE
    if venue == NO_PLACE and not comparison.one_subject and not unreadable:
        return APART_ALONE
    score = judge.model.score(comparison.levels)
    if venue == ONE_PLACE and not comparison.words_shared and not unreadable:
        at_once = comparison.levels[Field.TIME] == "same"
        beside_the_hour = score - judge.model.weight(Field.TIME, "same")
        return score if at_once and beside_the_hour >= EVEN_ODDS else float("-inf")
    return score


def candidate_pairs(postings: Sequence[Posting]) -> Iterator[tuple[int, int]]:
    """Positions of every pair whose times intersect: the only pairs that can be one session.

    A sweep over starts keeps the postings still running, so each posting meets only
    those (no pair of the whole set is ever tried).
    """
    order = sorted(range(len(postings)), key=lambda i: (postings[i].start, postings[i].key))
    running: list[int] = []
    for i in order:
        start = postings[i].start
        running = [j for j in running if postings[j].end > start]
        for j in running:
            yield min(i, j), max(i, j)
        running.append(i)


class _Groups:
    """Union-find whose unions are refused when any pair across contradicts."""

    def __init__(
        self,
        postings: Sequence[Posting],
        scores: Mapping[tuple[int, int], float],
        parted: AbstractSet[tuple[int, int]],
    ) -> None:
        self._parent = list(range(len(postings)))
        self._postings = postings
        self._scores = scores
        self._parted = parted
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(postings))}

    def find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def _apart(self, x: int, y: int, score: float | None, *, physical: bool) -> bool:
        """Whether postings x and y (``score`` their pair's, if they are a candidate pair)
        keep their groups apart, whatever else the groups share: for a physical rule's
        union, a pair that cannot be one session whoever posted it; otherwise a pair that
        cannot be one session at all, one department's two postings not alike enough to
        merge by themselves (it posts one session once), or two postings of one day whose
        times do not meet (the morning's session and the afternoon's; a training's days,
        posted day by day, are days apart)."""
        a, b = self._postings[x], self._postings[y]
        if score is None:
            return _AN_HOUR_APART <= abs(a.start - b.start) < _ONE_DAY_APART
        if physical:
            return (min(x, y), max(x, y)) in self._parted
        one_department = a.department == b.department
        unlike_own = one_department and score < MERGE_SCORE and score != APART_ALONE
        return score == float("-inf") or unlike_own

    def _kept_apart(self, left: Sequence[int], right: Sequence[int], *, physical: bool) -> bool:
        """Whether the groups stay apart: a pair across that keeps them so (``_apart``), or,
        outside the physical rule, a pair across scoring below ``FLOOR``, unless the pairs
        across are on the whole alike enough to merge. One pass over the pairs across."""
        scores: list[float] = []
        for x in left:
            for y in right:
                score = self._scores.get((min(x, y), max(x, y)))
                if self._apart(x, y, score, physical=physical):
                    return True
                if not physical and score is not None and score != APART_ALONE:
                    scores.append(score)
        return bool(scores) and min(scores) < FLOOR and sum(scores) < MERGE_SCORE * len(scores)

    def union(self, i: int, j: int, *, checked: bool = True, physical: bool = False) -> None:
        root_i, root_j = self.find(i), self.find(j)
        if root_i == root_j:
            return
        left, right = self.members[root_i], self.members[root_j]
        if checked and self._kept_apart(left, right, physical=physical):
            return
        if len(left) < len(right):
            root_i, root_j = root_j, root_i
        self._parent[root_j] = root_i
        self.members[root_i] += self.members.pop(root_j)


def comparisons_of(
    postings: Sequence[Posting], aliases: Aliases = frozenset()
) -> dict[tuple[int, int], Comparison]:
    """Every candidate pair, by positions, compared once (learning and clustering share them)."""
    return {
        (i, j): compare(postings[i], postings[j], aliases) for i, j in candidate_pairs(postings)
    }


def cluster(
    postings: Sequence[Posting],
    judge: Judge,
    *,
    comparisons: Mapping[tuple[int, int], Comparison] | None = None,
    keep_apart: Iterable[tuple[int, int]] = (),
    keep_together: Iterable[Iterable[int]] = (),
) -> list[list[int]]:
    """Partition the postings' keys into sessions (every key exactly once).

    Coordinator decisions are sticky: each ``keep_together`` group ends in one cluster
    (it wins over a ``keep_apart`` pair inside it), and no automatic merge puts a
    ``keep_apart`` pair together. Automatic merges are made best score first.
    """
    index_of = {p.key: i for i, p in enumerate(postings)}
    compared = comparisons if comparisons is not None else comparisons_of(postings)
    scores = {pair: pair_score(judge, comparison) for pair, comparison in compared.items()}
    # What no physical rule overrides: times, series and rooms that say two sessions, and a
    # coordinator's word; a department's habits (its two subjects at one hour) give way
    parted = {
        pair
        for pair, comparison in compared.items()
        if comparison.contradiction is not None and comparison.contradiction not in HABITS
    }
    for a, b in keep_apart:
        if a in index_of and b in index_of:
            i, j = sorted((index_of[a], index_of[b]))
            scores[i, j] = float("-inf")
            parted.add((i, j))
    groups = _Groups(postings, scores, parted)
    for together in keep_together:
        indices = [index_of[key] for key in together if key in index_of]
        for index in indices[1:]:
            groups.union(indices[0], index, checked=False)
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if score < MERGE_SCORE:
            break
        groups.union(i, j, physical=score >= PHYSICAL)  # the rules hold whatever else is near
    return [[postings[i].key for i in members] for members in groups.members.values()]
