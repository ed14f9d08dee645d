"""A posting's matching features, computed once when it is built."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.matching.normalise import TitleFeatures, title_features
from services.matching.venue import VenueFeatures, venue_features


@dataclass(frozen=True, slots=True)
class Posting:
    """What one department said about a session, plus its normalised forms."""

    key: int
    department: str
    kind: str  # "TRAINING" | "PUBLICITY"
    title: str
    start: datetime  # timezone-aware, UTC
    end: datetime
    location: str | None
    online_url: str | None
    topics: frozenset[str]
    sectors: frozenset[str]  # empty = all sectors
    regions: frozenset[str]  # empty = all regions
    title_features: TitleFeatures = field(repr=False, compare=False)
    venue: VenueFeatures = field(repr=False, compare=False)

    @classmethod
    def build(
        cls,
        *,
        key: int,
        department: str,
        kind: str,
        title: str,
        start: datetime,
        end: datetime,
        location: str | None = None,
        online_url: str | None = None,
        topics: Iterable[str] = (),
        sectors: Iterable[str] = (),
        regions: Iterable[str] = (),
    ) -> "Posting":
        """Normalise once; `start` and `end` must be timezone-aware and are kept in UTC."""
        return cls(
            key=key,
            department=department,
            kind=kind,
            title=title,
            start=_utc(start),
            end=_utc(end),
            location=location,
            online_url=online_url,
            topics=frozenset(topics),
            sectors=frozenset(sectors),
            regions=frozenset(regions),
            title_features=title_features(title),
            venue=venue_features(location, online_url),
        )

    @property
    def identity(self) -> tuple[str, str, datetime, str, frozenset[str]]:
        """What an identical re-post repeats: kind, title, start, place and meeting id."""
        return (
            self.kind,
            self.title_features.text,
            self.start,
            self.venue.place,
            self.venue.meeting_ids,
        )


posting = Posting.build


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("posting times must be timezone-aware")
    return moment.astimezone(UTC)
