"""The values overlap detection reads and returns, and the audience rule they share."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from services.core.errors import Message

DEFAULT_WINDOW = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """What overlap detection needs of a stored session (times aware, UTC)."""

    key: int
    kind: str
    title: str
    start: datetime
    end: datetime
    topics: frozenset[str]
    sectors: frozenset[str]  # empty = all sectors
    regions: frozenset[str]  # empty = all regions
    hosts: tuple[str, ...]  # department slugs
    cancelled: bool = False

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


class OverlapType(Enum):
    CONFLICT = "CONFLICT"
    REDUNDANT = "REDUNDANT"


@dataclass(frozen=True, slots=True)
class Overlap:
    """Two sessions an enterprise would feel as waste.

    `score` (0..1): for CONFLICT, the share of the shorter session that runs at
    the same time as the other; for REDUNDANT, how alike the content is (title
    similarity, at least `TOPIC_CONTENT` for a shared topic) times how close the
    starts are (1 on the same start, falling linearly to 0.5 at the window's edge).
    """

    type: OverlapType
    keys: tuple[int, ...]  # sorted
    score: float
    reason: Message  # in both languages
    sectors: tuple[str, ...]  # the shared audience, sorted; empty = all
    regions: tuple[str, ...]


def shared(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    """The intersection of two audience facets where empty means all; None when disjoint."""
    if not left or not right:
        return left or right
    common = left & right
    return common or None


def shared_audience(a: SessionInfo, b: SessionInfo) -> tuple[frozenset[str], frozenset[str]] | None:
    """The sectors and regions both sessions address, or None when their audiences are apart."""
    sectors = shared(a.sectors, b.sectors)
    regions = shared(a.regions, b.regions)
    if sectors is None or regions is None:
        return None
    return sectors, regions


def times_intersect(a: SessionInfo, b: SessionInfo) -> bool:
    """Half-open intervals: a session ending when another starts does not conflict with it."""
    return a.start < b.end and b.start < a.end
