"""Group postings into sessions: one posting at a time (`decide`) or all at once (`cluster`).

Both paths apply one rule, so that matching postings as they arrive and a
full rematch mostly agree: a posting joins a group when its best match in
the group reaches MERGE_THRESHOLD and it contradicts no member of the group.
The second half is what stops chaining: A~B and B~C never pull in a C that
contradicts A.
"""

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from services.matching.posting import Posting
from services.matching.score import (
    CANDIDATE_THRESHOLD,
    CANDIDATE_WINDOW,
    MERGE_THRESHOLD,
    TITLE_FLOOR,
    Match,
    compare,
    conflicts,
)


class Verdict(enum.Enum):
    """What to do with a new posting."""

    MERGE = "MERGE"  # join the session
    CANDIDATE = "CANDIDATE"  # start a session, record a duplicate candidate against it
    NEW = "NEW"  # start a session


@dataclass(frozen=True, slots=True)
class Decision:
    """Where a new posting goes; `session_id` is None exactly when the verdict is NEW."""

    session_id: int | None
    score: float
    reasons: tuple[str, ...]
    verdict: Verdict


def _session_match(new: Posting, members: Sequence[Posting]) -> Match:
    """The best match with any member, incompatible if any member contradicts `new`."""
    matches = [compare(new, member) for member in members]
    best = max(matches, key=lambda match: match.score)
    if all(match.compatible for match in matches):
        return best
    clash = next(match for match in matches if not match.compatible)
    reasons = best.reasons + tuple(f"contradicts a member: {r}" for r in clash.reasons[-1:])
    return Match(min(best.score, MERGE_THRESHOLD - 0.01), reasons, compatible=False)


def decide(new: Posting, sessions: Mapping[int, Sequence[Posting]]) -> Decision:
    """Choose the session `new` joins, or the one to flag it against, or none.

    Ties go to the lowest (oldest) session id, so replaying the same postings
    gives the same answer.
    """
    scored = sorted(
        (
            (_session_match(new, members), session_id)
            for session_id, members in sessions.items()
            if members
        ),
        key=lambda item: (-item[0].score, item[1]),
    )
    if not scored or scored[0][0].score < CANDIDATE_THRESHOLD:
        return Decision(None, scored[0][0].score if scored else 0.0, (), Verdict.NEW)
    match, session_id = scored[0]
    verdict = (
        Verdict.MERGE if match.compatible and match.score >= MERGE_THRESHOLD else Verdict.CANDIDATE
    )
    return Decision(session_id, match.score, match.reasons, verdict)


def _time_slots(postings: Sequence[Posting]) -> dict[int, list[int]]:
    """Indices by CANDIDATE_WINDOW-wide start slot.

    A pair within the window shares a slot or lies in two consecutive ones.
    """
    width = CANDIDATE_WINDOW.total_seconds()
    slots: defaultdict[int, list[int]] = defaultdict(list)
    for index, p in enumerate(postings):
        slots[int(p.start.timestamp() // width)].append(index)
    return slots


def _zh(p: Posting) -> str:
    return p.title_features.zh


def _en(p: Posting) -> str:
    return p.title_features.en


def _similar_titles(
    postings: Sequence[Posting], rows: list[int], cols: list[int], text: Callable[[Posting], str]
) -> Iterator[tuple[int, int]]:
    """Pairs of indices whose titles (in one script) reach TITLE_FLOOR, by one cdist call."""
    rows = [i for i in rows if text(postings[i])]
    cols = [j for j in cols if text(postings[j])]
    if not rows or not cols:
        return
    scores = cdist(
        [text(postings[i]) for i in rows],
        [text(postings[j]) for j in cols],
        scorer=Indel.normalized_similarity,
        score_cutoff=TITLE_FLOOR,
        dtype=np.float32,
        workers=1,
    )
    for r, c in zip(*np.nonzero(scores), strict=True):
        i, j = rows[r], cols[c]
        if i != j:
            yield min(i, j), max(i, j)


def _block_pairs(postings: Sequence[Posting]) -> Iterator[tuple[int, int]]:
    """Title-similar pairs: each time slot against itself and the next slot.

    `workers=1` because the blocks are small: threads cost more than they save.
    """
    slots = _time_slots(postings)
    for slot, rows in slots.items():
        cols = rows + slots.get(slot + 1, [])
        for text in (_zh, _en):
            yield from _similar_titles(postings, rows, cols, text)


def _venue_keys(p: Posting) -> Iterator[tuple[str, str, str]]:
    v = p.venue
    places = v.meeting_ids | v.numbers | v.districts | ({"online"} if v.online else set())
    for topic in p.topics:
        for place in places:
            yield p.kind, topic, place


def _key_pairs(postings: Sequence[Posting]) -> Iterator[tuple[int, int]]:
    """Pairs sharing kind, a topic and a meeting id, street number, district or being online.

    This finds the Chinese and English postings of one session, whose titles
    share no tokens for cdist to see.
    """
    groups: defaultdict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index, p in enumerate(postings):
        for key in _venue_keys(p):
            groups[key].append(index)
    for members in groups.values():
        members.sort(key=lambda index: postings[index].start)
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if postings[j].start - postings[i].start > CANDIDATE_WINDOW:
                    break
                yield min(i, j), max(i, j)


class _Groups:
    """Union-find that refuses a union when any cross pair contradicts."""

    def __init__(self, postings: Sequence[Posting], apart: set[frozenset[int]]) -> None:
        self._postings = postings
        self._apart = apart
        self._parent = list(range(len(postings)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(postings))}

    def find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def union(self, i: int, j: int) -> None:
        root_i, root_j = self.find(i), self.find(j)
        if root_i == root_j:
            return
        if len(self.members[root_i]) < len(self.members[root_j]):
            root_i, root_j = root_j, root_i
        self._parent[root_j] = root_i
        self.members[root_i] += self.members.pop(root_j)

    def join_if_consistent(self, i: int, j: int) -> None:
        left, right = self.members[self.find(i)], self.members[self.find(j)]
        if left is right:
            return
        for x in left:
            for y in right:
                if frozenset((x, y)) in self._apart or conflicts(
                    self._postings[x], self._postings[y]
                ):
                    return
        self.union(i, j)


def cluster(
    postings: Sequence[Posting],
    *,
    keep_apart: Iterable[tuple[int, int]] = (),
    keep_together: Iterable[Iterable[int]] = (),
) -> list[list[int]]:
    """Partition the postings' keys into sessions (every key exactly once).

    Coordinator decisions are sticky: each `keep_together` group ends in one
    cluster (it wins over a `keep_apart` pair inside it), and no automatic
    merge puts a `keep_apart` pair together. Keys not among `postings` are
    ignored. Automatic merges are made best score first.
    """
    index_of = {p.key: index for index, p in enumerate(postings)}
    apart = {
        frozenset((index_of[a], index_of[b]))
        for a, b in keep_apart
        if a in index_of and b in index_of
    }
    groups = _Groups(postings, apart)
    for together in keep_together:
        indices = [index_of[key] for key in together if key in index_of]
        for index in indices[1:]:
            groups.union(indices[0], index)
    for _, i, j in _merge_edges(postings):
        groups.join_if_consistent(i, j)
    return [[postings[index].key for index in members] for members in groups.members.values()]


def _merge_edges(postings: Sequence[Posting]) -> list[tuple[float, int, int]]:
    """Compatible pairs at or above MERGE_THRESHOLD, best first."""
    edges = []
    for i, j in set(_block_pairs(postings)) | set(_key_pairs(postings)):
        match = compare(postings[i], postings[j])
        if match.compatible and match.score >= MERGE_THRESHOLD:
            edges.append((match.score, i, j))
    edges.sort(key=lambda edge: (-edge[0], edge[1], edge[2]))
    return edges
