"""Per department and per department pair: what they ran, together and against each other.

Enterprise hours estimate what an overlap costs the enterprises it touches:
the shorter session's duration (what an enterprise loses by sitting through
a repeat, or by missing one of two clashing sessions) times the reach of the
shared audience, counted in sector-region units: the number of shared
sectors (`ALL_SECTORS` when open to every sector) times the number of
shared regions (`ALL_REGIONS` when open to every region). A briefing for
one sector in one town counts 1; one for all enterprises counts 24. It
ranks departments and pairs; it is not a headcount.
"""

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from services.overlaps.model import Overlap, OverlapType, SessionInfo

ALL_SECTORS = 8.0  # sectors a county's enterprise sessions usually distinguish
ALL_REGIONS = 3.0  # an "all regions" session draws mostly from the few towns nearby

Departments = tuple[str, ...]  # one slug, or a sorted pair


@dataclass(frozen=True, slots=True)
class ReportRow:
    """Counts for one department or pair of departments over the analysed period.

    For a pair, `sessions` counts those hosted by either, `cohosted` and
    `merges` those hosted by both (every such session merged their postings,
    unless `pair_merges` says otherwise), and `conflicts`/`redundancies` the
    overlaps between a session of one and a session of the other.
    """

    departments: Departments
    sessions: int
    cohosted: int
    merges: int
    conflicts: int
    redundancies: int
    enterprise_hours: float


def reach(sectors: Sequence[str], regions: Sequence[str]) -> float:
    """An audience in sector-region units, an open list counting as all (see module docstring)."""
    return (len(sectors) or ALL_SECTORS) * (len(regions) or ALL_REGIONS)


def enterprise_hours(overlap: Overlap, by_key: Mapping[int, SessionInfo]) -> float:
    """Shorter session's hours x audience reach (see module docstring)."""
    hours = min(by_key[key].duration for key in overlap.keys).total_seconds() / 3600
    return hours * reach(overlap.sectors, overlap.regions)


def _involved(overlap: Overlap, by_key: Mapping[int, SessionInfo]) -> set[Departments]:
    """Departments hosting a member, and pairs hosting two different members."""
    hosts = [set(by_key[key].hosts) for key in overlap.keys]
    singles = {(slug,) for members in hosts for slug in members}
    pairs = {
        (min(x, y), max(x, y))
        for left, right in itertools.combinations(hosts, 2)
        for x in left
        for y in right
        if x != y
    }
    return singles | pairs


def _hosting(sessions: Iterable[SessionInfo]) -> tuple[Counter[Departments], Counter[Departments]]:
    """Sessions per department, and co-hosted ones per department and per pair."""
    hosted: Counter[Departments] = Counter()
    cohosted: Counter[Departments] = Counter()
    for session in sessions:
        hosts = sorted(set(session.hosts))
        hosted.update((slug,) for slug in hosts)
        cohosted.update((slug,) for slug in hosts if len(hosts) > 1)
        cohosted.update(itertools.combinations(hosts, 2))
    return hosted, cohosted


def coordination_report(
    sessions: Sequence[SessionInfo],
    overlaps: Sequence[Overlap],
    merges: Mapping[str, int],
    *,
    pair_merges: Mapping[tuple[str, str], int] | None = None,
) -> list[ReportRow]:
    """Rows for every department, then every pair that co-hosts or overlaps, sorted.

    `merges`: per department, postings merged into sessions with other hosts.
    Cancelled sessions are not counted; `overlaps` should come from
    `find_overlaps` on the same sessions (keys not among them are ignored).
    """
    live = [s for s in sessions if not s.cancelled]
    by_key = {s.key: s for s in live}
    hosted, cohosted = _hosting(live)
    counts = {kind: Counter[Departments]() for kind in OverlapType}
    hours: defaultdict[Departments, float] = defaultdict(float)
    for overlap in overlaps:
        if not all(key in by_key for key in overlap.keys):
            continue
        cost = enterprise_hours(overlap, by_key)
        for row in _involved(overlap, by_key):
            counts[overlap.type][row] += 1
            hours[row] += cost
    rows = set(hosted) | set(cohosted) | set(hours) | {(slug,) for slug in merges}
    for pair in (row for row in rows if len(row) == 2):
        hosted[pair] = hosted[pair[:1]] + hosted[pair[1:]] - cohosted[pair]  # hosted by either
    return [
        ReportRow(
            departments=row,
            sessions=hosted[row],
            cohosted=cohosted[row],
            merges=_merges(row, merges, pair_merges, cohosted),
            conflicts=counts[OverlapType.CONFLICT][row],
            redundancies=counts[OverlapType.REDUNDANT][row],
            enterprise_hours=round(hours[row], 2),
        )
        for row in sorted(rows, key=lambda row: (len(row), row))
    ]


def _merges(
    row: Departments,
    merges: Mapping[str, int],
    pair_merges: Mapping[tuple[str, str], int] | None,
    cohosted: Counter[Departments],
) -> int:
    if len(row) == 1:
        return merges.get(row[0], 0)
    if pair_merges is not None:
        return pair_merges.get((row[0], row[1]), 0)
    return cohosted[row]
