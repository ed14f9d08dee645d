"""A posting's matching features, read once when it is built."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from services.matching.families import families_of
from services.matching.glossary import BROAD, UMBRELLAS, areas_of, concepts_in
from services.matching.text import CJK, fold
from services.matching.titles import TitleFeatures, place_key, title_features
from services.matching.venue import TOWN_SEATS, Venue, venue


@dataclass(frozen=True, slots=True)
class Posting:
    """What one department said about a session, plus its read forms."""

    key: int
    department: str
    kind: str  # "TRAINING" | "PUBLICITY"
    title: str
    start: datetime  # timezone-aware, UTC
    end: datetime
    location: str | None
    online_url: str | None
    topics: frozenset[str]  # folded
    subject_topics: frozenset[str]  # those that name more than a policy area ("增值税" does not)
    sectors: frozenset[str]  # empty = all sectors
    regions: frozenset[str]  # empty = the whole county
    title_concepts: frozenset[str]  # policy subjects the title names (areas left out)
    topic_concepts: frozenset[str]  # policy subjects the topics name
    title_areas: frozenset[str]  # the policy areas the title names ("安全生产"), umbrellas left out
    title_families: frozenset[str]  # policy families of its subjects (of its areas, if no subject)
    title_features: TitleFeatures = field(repr=False, compare=False)
    venue: Venue = field(repr=False, compare=False)

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
        department_name: str = "",
    ) -> Posting:
        """Read once; ``start`` and ``end`` must be timezone-aware and are kept in UTC.
        ``department_name`` ("新堤镇人民政府") tells the town a town's office writes its hall
        for; ``department`` is what tells departments apart."""
        office = _TOWN_OFFICE.match(fold(department_name or department))
        own_town = office.group(1) if office else None
        features = _this_town(title_features(title), own_town)
        topics = tuple(topics)
        named = frozenset().union(*map(concepts_in, topics))
        return cls(
            key=key,
            department=department,
            kind=kind,
            title=title,
            start=_utc(start),
            end=_utc(end),
            location=location,
            online_url=online_url,
            topics=frozenset(filter(None, map(fold, topics))),
            subject_topics=frozenset(
                fold(topic) for topic in topics if fold(topic) and not _area_only(topic)
            ),
            sectors=frozenset(map(fold, sectors)),
            regions=(towns := frozenset(filter(None, map(place_key, _towns(regions))))),
            title_concepts=features.concepts - BROAD,
            topic_concepts=named - BROAD,
            title_areas=areas_of(features.concepts),
            title_families=families_of(features.concepts - BROAD or features.concepts - UMBRELLAS),
            title_features=features,
            venue=_in_its_town(
                venue(location, online_url),
                _town_of(own_town, features.display) or towns,
            ),
        )


posting = Posting.build


def _area_only(topic: str) -> bool:
    """A tag the glossary knows only as a policy area ("增值税", "安全生产"): departments put
    it on sessions of many subjects, so sharing it says little."""
    concepts = concepts_in(topic)
    return bool(concepts) and concepts <= BROAD


def _in_its_town(place: Venue, towns: frozenset[str]) -> Venue:
    """A town's hall named only as "镇政府" is the hall of the posting's own town (its
    department's or its title's), or of the one town it is for: a town's own departments
    write it so."""
    if len(towns) == 1 and place.concepts & TOWN_SEATS and not (place.names or place.regions):
        return replace(place, regions=towns)
    return place


_VILLAGE = re.compile(r"(?:村|社区|居委会|村委会|\bvillage|\bcommunity)$")


def _towns(regions: Iterable[str]) -> list[str]:
    """The towns of an audience, its villages left out: a town's office writes its villages
    (鹭鸣村), a county bureau the town (白鹭洲镇), and one session is for both."""
    return [region for region in regions if not _VILLAGE.search(fold(region).strip())]


# A town's own office posting ("溪坑镇人民政府"), or a title that begins with its town
# ("溪坑镇政企面对面", "渔湾镇：…", "藕塘乡举办…")
_TOWN_OFFICE = re.compile(f"^([{CJK}]{{2,4}}?(?:镇|乡|街道))(?:人民政府|政府|办事处)$")
_LEADING_TOWN = re.compile(f"^([{CJK}]{{2,4}}?(?:镇|乡|街道))(?![{CJK}]*(?:政府|办事处))")


def _town_of(office: str | None, title: str) -> frozenset[str]:
    """The town a posting is of: the town whose office posts it, or the town its title (as
    displayed, decorations gone) begins with."""
    leading = _LEADING_TOWN.match(title)
    town = office or (leading.group(1) if leading else None)
    return frozenset({place_key(town)}) if town else frozenset()


# "本镇专场": the special session of the town whose office posts it, as a county bureau writes
# "菱角湖镇专场"
_THIS_TOWN = ("special", f"place:{place_key('本镇')}")


def _this_town(features: TitleFeatures, town: str | None) -> TitleFeatures:
    if town is None or _THIS_TOWN not in features.qualifiers:
        return features
    named = ("special", f"place:{place_key(town)}")
    return replace(features, qualifiers=features.qualifiers - {_THIS_TOWN} | {named})


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("posting times must be timezone-aware")
    return moment.astimezone(UTC)
