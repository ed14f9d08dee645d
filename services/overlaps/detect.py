"""Find CONFLICT and REDUNDANT pairs by sweeping sorted sessions, never by trying all pairs.

Sessions are sorted by start once. CONFLICT candidates come from an
active-interval sweep (a heap of running sessions by end), so each session
meets only the sessions running when it starts. REDUNDANT candidates come
from buckets keyed by kind and a topic or a blocking title token (see
`titles`), each scanned with two pointers over the window. Every candidate
pair is then judged against the written definition by `Analysis.judge`,
which is also what `overlaps_with` applies to one session against the rest,
so both always agree.

Overlaps are reported as pairs: a group of three equally wasteful sessions
is its three pairs, which is how quality is counted anyway.
"""

import heapq
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import datetime, timedelta

from services.core.errors import Message
from services.overlaps import reasons
from services.overlaps.model import (
    DEFAULT_WINDOW,
    Overlap,
    OverlapType,
    SessionInfo,
    shared_audience,
    times_intersect,
)
from services.overlaps.subjects import Subjects
from services.overlaps.titles import SIMILAR_TITLES, TitleIndex

ALL_TYPES = (OverlapType.CONFLICT, OverlapType.REDUNDANT)
ONE_WORDING = 0.9  # titles this alike are one title written again, whatever the tags
TOPIC_CONTENT = 0.8  # content score of a shared topic with unlike titles (see `Overlap`)
_EDGE_PROXIMITY = 0.5  # proximity of two starts a whole window apart (see `Overlap`)

Pair = tuple[int, int]  # positions in the sorted list, earlier first
BucketKey = tuple[
    str, str, str | int
]  # (kind, "topic" or "subject", name) or (kind, script, token)


class Analysis:
    """Live sessions sorted by (start, key), with the title index the judgement needs."""

    def __init__(self, sessions: Sequence[SessionInfo], window: timedelta) -> None:
        self.live = sorted((s for s in sessions if not s.cancelled), key=lambda s: (s.start, s.key))
        self.window = window
        self.titles = TitleIndex([s.title for s in self.live])
        self.subjects = Subjects(self.live)

    def judge(self, i: int, j: int, types: Collection[OverlapType]) -> list[Overlap]:
        """The overlaps between the sessions at positions i and j, per the written definition."""
        a, b = self.live[i], self.live[j]
        audience = shared_audience(a, b) if a.key != b.key else None
        if audience is None:
            return []
        found = []
        if OverlapType.CONFLICT in types and times_intersect(a, b):
            reason = reasons.conflict(a, b, *audience)
            found.append(_overlap(OverlapType.CONFLICT, a, b, _concurrency(a, b), reason, audience))
        if OverlapType.REDUNDANT in types and a.kind == b.kind:
            found.extend(self._redundancy(i, j, audience))
        return found

    def _redundancy(
        self, i: int, j: int, audience: tuple[frozenset[str], frozenset[str]]
    ) -> list[Overlap]:
        """REDUNDANT when the starts are within the window and both explain one policy: the
        titles' subjects say so, or one title translates the other, or a topic that names a
        subject, or titles this alike."""
        a, b = self.live[i], self.live[j]
        gap = abs(a.start - b.start)
        if gap > self.window:
            return []
        similarity = self.titles.similarity(i, j)
        relation = self.subjects.relation(i, j, one_wording=similarity >= ONE_WORDING)
        if relation != "same" and self._translated(i, j):
            relation = "same"
        if relation == "different":
            return []
        topics = self.subjects[i].topics & self.subjects[j].topics
        if relation == "unknown" and not topics and similarity < SIMILAR_TITLES:
            return []
        content = max(similarity, TOPIC_CONTENT if relation == "same" or topics else 0.0)
        proximity = 1 - (1 - _EDGE_PROXIMITY) * _ratio(gap, self.window)
        reason = reasons.redundant(a, b, topics or a.topics & b.topics, *audience)
        return [_overlap(OverlapType.REDUNDANT, a, b, content * proximity, reason, audience)]

    def _translated(self, i: int, j: int) -> bool:
        """One title in English says what the other says in Chinese, and the glossary does
        not read both (when it does, the subjects it reads decide): that is one subject
        whatever each department tagged it with ("Investment" / "林果")."""
        named = self.subjects[i].title and self.subjects[j].title
        return not named and self.titles.translated(i, j)

    def ordered(self, pairs: Iterable[Pair], types: Collection[OverlapType]) -> list[Overlap]:
        """Judge the pairs; order the overlaps by earliest start, then keys, then type."""
        found = [
            (self.live[i].start, overlap) for i, j in pairs for overlap in self.judge(i, j, types)
        ]
        found.sort(key=lambda item: (item[0], item[1].keys, item[1].type.value))
        return [overlap for _, overlap in found]

    def concurrent(self) -> Iterator[Pair]:
        """Pairs whose intervals intersect: each session against those still running at its start."""
        running: list[tuple[datetime, int]] = []
        for j, session in enumerate(self.live):
            while running and running[0][0] <= session.start:
                heapq.heappop(running)
            yield from ((i, j) for _, i in running)
            heapq.heappush(running, (session.end, j))

    def alike(self) -> Iterator[Pair]:
        """Pairs of one kind sharing a topic or a blocking title token, starting within the window."""
        buckets: defaultdict[BucketKey, list[int]] = defaultdict(list)
        for i, session in enumerate(self.live):
            subject = self.subjects[i]
            for topic in subject.topics:
                buckets[session.kind, "topic", topic].append(i)
            for concept in subject.title | subject.tagged:
                buckets[session.kind, "subject", concept].append(i)
            for script, point in self.titles.blocking_tokens(i):
                buckets[session.kind, script, point].append(i)
        for members in buckets.values():
            earliest = 0
            for later, j in enumerate(members):
                while self.live[j].start - self.live[members[earliest]].start > self.window:
                    earliest += 1
                yield from ((i, j) for i in members[earliest:later])
        yield from (
            (i, j)
            for i, j in self.titles.translations()
            if self.live[i].kind == self.live[j].kind
            and self.live[j].start - self.live[i].start <= self.window
        )


def _ratio(part: timedelta, whole: timedelta) -> float:
    return part / whole if whole else 0.0


def _concurrency(a: SessionInfo, b: SessionInfo) -> float:
    """The share of the shorter session spent at the same time as the other."""
    together = min(a.end, b.end) - max(a.start, b.start)
    return min(_ratio(together, min(a.duration, b.duration)), 1.0) if together else 0.0


def _overlap(
    kind: OverlapType,
    a: SessionInfo,
    b: SessionInfo,
    score: float,
    reason: Message,
    audience: tuple[frozenset[str], frozenset[str]],
) -> Overlap:
    sectors, regions = audience
    return Overlap(
        type=kind,
        keys=tuple(sorted((a.key, b.key))),
        score=round(score, 3),
        reason=reason,
        sectors=tuple(sorted(sectors)),
        regions=tuple(sorted(regions)),
    )


def _nearby(
    sessions: Sequence[SessionInfo], start: datetime | None, end: datetime | None, margin: timedelta
) -> list[SessionInfo]:
    """The sessions that could overlap one intersecting [start, end): two linear passes, no
    sort. The sessions touching the period set the span; a long one reaches far past it."""
    if start is None and end is None:
        return list(sessions)
    touching = [s for s in sessions if _touches(s, start, end)]
    if not touching:
        return []
    longest = max((s.duration for s in sessions), default=timedelta(0))
    low = min(s.start for s in touching) - margin - longest
    high = max(s.end for s in touching) + margin
    return [s for s in sessions if low <= s.start <= high]


def _touches(session: SessionInfo, start: datetime | None, end: datetime | None) -> bool:
    return (start is None or session.end > start) and (end is None or session.start < end)


def find_overlaps(
    sessions: Sequence[SessionInfo],
    *,
    types: Collection[OverlapType] = ALL_TYPES,
    window: timedelta = DEFAULT_WINDOW,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Overlap]:
    """Every overlap among `sessions`, ordered by earliest start, then keys, then type.

    With `start`/`end`, only overlaps with a session intersecting [start, end)
    are returned, and the other stored sessions are skipped in one linear pass,
    so asking for a month costs about the same whatever is stored.
    """
    analysis = Analysis(_nearby(sessions, start, end, window), window)
    candidates: set[Pair] = set()
    if OverlapType.CONFLICT in types:
        candidates.update(analysis.concurrent())
    if OverlapType.REDUNDANT in types:
        candidates.update(analysis.alike())
    live = analysis.live
    wanted = (
        (i, j)
        for i, j in candidates
        if _touches(live[i], start, end) or _touches(live[j], start, end)
    )
    return analysis.ordered(wanted, types)


def overlaps_with(
    target: SessionInfo,
    others: Sequence[SessionInfo],
    *,
    types: Collection[OverlapType] = ALL_TYPES,
    window: timedelta = DEFAULT_WINDOW,
) -> list[Overlap]:
    """The overlaps involving `target` (a postEvent payload): one judgement per other session.

    Title weights are learned from `target` and `others` together, as
    `find_overlaps` would on the same sessions, so the two agree.
    """
    if target.cancelled:
        return []
    analysis = Analysis([target, *(s for s in others if s.key != target.key)], window)
    mine = next(i for i, s in enumerate(analysis.live) if s.key == target.key)
    pairs = (
        (min(mine, other), max(mine, other)) for other in range(len(analysis.live)) if other != mine
    )
    return analysis.ordered(pairs, types)
