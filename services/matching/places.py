"""Whether two postings' places are one room, one building, one online meeting or neither.

A county writes one room many ways (县行政中心3#楼第二会议室 = 行政中心三号楼二会议室) and
two rooms alike (301室 / 302课室); ``venue`` reads each place once, and this module
compares two readings: the buildings (addresses, institutions, proper names, the regions
each is written in, a town's own hall) and, with the rooms as ``rooms`` compares them,
the venue level of a pair (``venue_level``).
"""

from __future__ import annotations

from functools import lru_cache

from services.matching.rooms import one_named_hall, room_relation
from services.matching.text import has_cjk, romanised
from services.matching.translation import translates
from services.matching.venue import (
    COMPOUND,
    INSTITUTION_ENDINGS,
    KINDS_OF_BUILDING,
    MANY_PER_COUNTY,
    TOWN_SEATS,
    UNDER_ONE_ROOF,
    Venue,
    abbreviates,
    addresses_agree,
    bare_link_forms,
    names_agree,
    names_comparable,
    not_regions,
    venue,
)


def _one_of_many(a: Venue, b: Venue) -> bool:
    """Whether the buildings are of a kind a county has many of (each town's government, a
    village, a company) and only one side names which: "镇政府" is not "金厝镇人民政府"."""
    return bool(a.concepts & b.concepts & MANY_PER_COUNTY) and not (a.names and b.names)


def _named_by_its_town(a: Venue, b: Venue) -> bool:
    """Whether one side names the town whose government (or office) the other gives only with
    its town, in English: "新江镇府" is the "Xinjiang Town Government"."""
    if not a.concepts & b.concepts & MANY_PER_COUNTY:
        return False
    return any(
        not unnamed.names and any(romanised(name) in unnamed.regions for name in named.names)
        for named, unnamed in ((a, b), (b, a))
    )


def _seat_relation(a: Venue, b: Venue) -> str | None:
    """For two towns' own halls whose towns are known ("镇政府三楼会议室" posted by or for
    渔湾镇, the "沙口镇人民政府"): one building if the towns agree, two if not."""
    towns_a, towns_b = _seat_town(a), _seat_town(b)
    if not (towns_a and towns_b) or not names_comparable(towns_a, towns_b):
        return None  # a town in Hangul or Uyghur may be the one in characters
    sounds = {romanised(name) or name for name in towns_a}  # 后垵 is 后安
    agree = names_agree(towns_a, towns_b) > 0.0 or not sounds.isdisjoint(
        romanised(name) or name for name in towns_b
    )
    return "same" if agree else "different"


def _seat_town(side: Venue) -> frozenset[str]:
    """The town whose hall a place is, by its name or, unnamed, by the town it is written for."""
    if not side.concepts & TOWN_SEATS:
        return frozenset()
    return side.names or side.regions


def _share_a_character(left: frozenset[str], right: frozenset[str]) -> bool:
    """Whether two sides' Chinese names have a character in common: names of one kind of
    institution that do ("台青创业基地" / "两岸青年创业基地", "竹木产业园" / "云溪竹产业园") may be
    one place in two spellings, where names that share nothing ("静安" / "崇明") are not."""
    a = {c for name in left for c in name if has_cjk(c)}
    b = {c for name in right for c in name if has_cjk(c)}
    return bool(a & b)


_PLACE_NAME_LENGTH = 2  # a county's or town's name, without 县 or 镇
# Words of any building's English name, which say nothing of which one it is.
_BUILDING_WORDS = frozenset(
    {"service", "services", "office", "park", "base", "committee", "administrative", "public"}
)


def _in_translation(a: Venue, b: Venue) -> bool:
    """Whether one side's English name is the other's Chinese one translated: "HSR New Town
    Service Center" names the 高铁新城综合服务中心 (see ``translation``)."""
    return any(
        chinese.place
        and all(name.isascii() for name in english.names)  # not Hangul or Uyghur: untranslated
        and translates(chinese.place, " ".join(english.names - _BUILDING_WORDS))
        for chinese, english in ((a, b), (b, a))
    )


def _under_one_roof(a: Venue, b: Venue) -> bool:
    """Whether the two institutions are of a kind a county houses together, and no names
    say which town's each is."""
    return any(a.concepts & kin and b.concepts & kin for kin in UNDER_ONE_ROOF) and not (
        a.names and b.names
    )


def _distinguishing_names(a: Venue, b: Venue) -> tuple[frozenset[str], frozenset[str]]:
    """Each side's names less the regions the other is written in, and less a region both
    name: "浔澳鞋都电商产业园" and "Xun'ao Shoe City E-commerce Park, Xun'ao, Quanzhou" are both
    in 浔澳, which tells neither from the other; "Fuyang Startup Park" is still not the
    "Linping Startup Park". A town's office keeps its town's name."""
    both = {
        region
        for region in a.regions | b.regions
        if _names_region(a, region) and _names_region(b, region)
    }
    if (a.concepts | b.concepts) & MANY_PER_COUNTY:
        both.clear()  # "Longyan Subdistrict Office" is named for its town, which tells it
    return not_regions(a.names, b.regions | both), not_regions(b.names, a.regions | both)


def _names_region(side: Venue, region: str) -> bool:
    return region in side.regions or any(
        (romanised(name) or name).startswith(region) for name in side.names
    )


def _only_a_place_name(
    a: Venue, b: Venue, names_a: frozenset[str], names_b: frozenset[str]
) -> bool:
    """Whether the one side that says what its building is names it only by a place, which
    the other's name begins with: the 云溪宾馆 is not the 云溪茶城, though both are 云溪's."""
    if bool(a.concepts) == bool(b.concepts):
        return False
    said = names_a if a.concepts else names_b
    return all(len(name) <= _PLACE_NAME_LENGTH for name in said if has_cjk(name))


# What is left of "开发区服务中心" once its institution is read: the words of any building.
_ANY_BUILDING = frozenset({"服务中心", "中心", "大楼", "大厦", "办公楼", "综合楼", "服务大厅"})


def _says_whose(own: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a side names the institution the building belongs to, not only its kind (大楼)."""
    return bool(own) or any(name.endswith(INSTITUTION_ENDINGS) for name in names)


def building_relation(a: Venue, b: Venue) -> str:
    """ "same", "similar", "other-kind" (only the kinds of building differ), "different" or
    "unknown", from what the two spellings say."""
    if a.addresses and b.addresses:
        return "same" if addresses_agree(a.addresses, b.addresses) else "different"
    if _named_by_its_town(a, b):
        return "same"
    seat = _seat_relation(a, b)
    if seat is not None:
        return seat
    names_a, names_b = _distinguishing_names(a, b)
    if not (a.concepts or names_a) or not (b.concepts or names_b):
        return "unknown"
    # A 大厦 on both sides is no common institution when each says whose it is, and they
    # differ (总商会大厦, 管委会大楼; 税务局办公大楼, 煤炭工业局大楼)
    own_a, own_b = a.concepts - KINDS_OF_BUILDING, b.concepts - KINDS_OF_BUILDING
    whose_differ = (
        own_a.isdisjoint(own_b)
        if own_a and own_b
        else any(
            own and not names and other_names and not other_own
            for own, names, other_own, other_names in (
                (own_a, names_a, own_b, names_b),
                (own_b, names_b, own_a, names_a),
            )
        )
    )
    shared_concepts = bool(a.concepts & b.concepts) and not whose_differ
    concepts_clash = bool(a.concepts and b.concepts) and not shared_concepts
    if concepts_clash and not (names_a or names_b) and a.concepts | b.concepts <= COMPOUND:
        return "unknown"  # "综合楼西楼" may be the "行政中心西楼": the room must tell
    if concepts_clash and _under_one_roof(a, b):
        return "similar"
    one_of_many = _one_of_many(a, b)
    comparable = names_comparable(names_a, names_b)
    if (
        not (concepts_clash or one_of_many)
        and comparable  # a name in Hangul or Uyghur is no part of a place in characters
        and a.place
        and b.place
        and min(a.place, b.place, key=len) not in _ANY_BUILDING  # which abbreviates any
        and abbreviates(a.place, b.place)
    ):
        return "same"
    agreement = names_agree(names_a, names_b)
    if names_a and names_b and agreement == 0.0 and comparable:
        many = a.concepts & b.concepts & MANY_PER_COUNTY  # 铁龙镇政府 is not 龙仙镇政府
        if shared_concepts and not many and _share_a_character(names_a, names_b):
            return "similar"
        return "different"  # 静安税务局 is not 崇明税务局
    if concepts_clash and agreement == 1.0 and names_a and names_b:
        return "similar"
    if concepts_clash:
        whose_both = _says_whose(own_a, names_a) and _says_whose(own_b, names_b)
        return "different" if whose_both else "other-kind"
    if agreement == 1.0 and (
        (names_a and names_b and not _only_a_place_name(a, b, names_a, names_b))
        or (shared_concepts and not one_of_many)
    ):
        return "same"
    if not comparable and _in_translation(a, b):
        return "same"
    if agreement >= 0.5 or shared_concepts:
        return "similar"
    # Chinese against translated English, with no institution to tell them apart:
    # "兰博园" may well be the "Orchid Expo Park".
    return "different" if comparable else "unknown"


# Pairs of spellings (each pair sorted) that a store's own postings have shown to be one
# building, or one room, though nothing in the words says so (``aliases``): a building's
# spellings, or two whole places as written (``whole_place``).
Aliases = frozenset[tuple[str, str]]
_SPELLING_LENGTH = 100  # a building's name is shorter; a longer spelling is cut here
_WHOLE = "@"  # begins a whole place's spelling, which no building's spelling does


def spelling(venue: Venue) -> str:
    """The building as it is written, without its room: what an alias joins."""
    written = venue.place or "+".join(sorted(venue.names)) or "+".join(sorted(venue.concepts))
    return written[:_SPELLING_LENGTH]


def whole_place(venue: Venue) -> str:
    """The place as written, room and all: what a room's alias joins ("青山场部二楼防火指挥部"
    and "青山林场中心街3号防火办", one room that no reading of the words finds)."""
    return (_WHOLE + venue.written)[:_SPELLING_LENGTH] if venue.written else ""


def spelled(venue: Venue) -> tuple[str, str]:
    """The two spellings an alias may join: the building's, and the whole place's."""
    return spelling(venue), whole_place(venue)


def buildings_named(aliases: Aliases) -> set[str]:
    """The buildings' spellings in these aliases, a room's alias naming its building."""
    return {
        spelling(venue(name[len(_WHOLE) :])) if name.startswith(_WHOLE) else name
        for pair in aliases
        for name in pair
    }


@lru_cache(maxsize=1 << 16)
def spelled_as_one(left: str, right: str) -> bool:
    """Whether two buildings' spellings are one building by their words ("孵化大楼" /
    "高新技术产业开发区孵化大楼"); a whole place is its own."""
    if left == right:
        return True
    if left.startswith(_WHOLE) or right.startswith(_WHOLE):
        return False
    return building_relation(venue(left), venue(right)) == "same"


def _aliased(left: str, right: str, aliases: Aliases) -> bool:
    return (left, right) in aliases or (right, left) in aliases


def venue_level(a: Venue, b: Venue, aliases: Aliases = frozenset()) -> str:
    codes_differ = bool(a.codes and b.codes) and a.codes.isdisjoint(b.codes)
    if a.codes & b.codes or (a.links & b.links and not codes_differ):
        return "same-code"  # one link to a join page ("…/meeting/join") holds other numbers
    # A link that carries no meeting number says nothing against one that does ("dm/Xy7…"
    # and "p/336321529" may be one meeting); two numbers that differ do, and so do two links
    # without numbers, of one form ("dm/7wuBgJ5s", "dm/WqmWzyBX") or where neither side
    # gives a number at all.
    other_meeting = (
        codes_differ
        or bool(a.links and b.links and not a.codes and not b.codes)
        or bool(
            a.links
            and b.links
            and a.links.isdisjoint(b.links)
            and bare_link_forms(a.links) & bare_link_forms(b.links)
        )
    )
    if a.onsite and b.onsite:
        if aliases and _aliased(whole_place(a), whole_place(b), aliases):
            return "same-room"
        building, room = building_relation(a, b), room_relation(a.room, b.room)
        if building != "same" and aliases and _aliased(spelling(a), spelling(b), aliases):
            building = "same"
        if room == "same" and building == "same":
            return "same-room"
        if room == "floor" and building == "same":
            return "same-floor"
        if room == "conflict" and building not in ("different", "other-kind"):
            return "other-room"
        if building == "same":
            return "same-building"
        if room == "same" and (
            building in ("similar", "unknown")
            or (building in ("different", "other-kind") and one_named_hall(a.room, b.room))
        ):
            return "room-only"
        if building == "similar":
            return "similar-place"
        if building == "other-kind":  # and another room: surely another place
            return "other-place" if room == "conflict" else "other-kind"
        if building == "different":
            return "other-place"
        if other_meeting:
            return "other-code"
        return "unclear-place"
    if other_meeting:
        return "other-code"
    if a.online and b.online:
        return "both-online"
    if (a.online and not a.onsite and b.onsite and not b.online) or (
        b.online and not b.onsite and a.onsite and not a.online
    ):
        return "online-onsite"
    return "missing" if a.known or b.known else "neither"
