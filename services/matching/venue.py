"""Parse a free-text location into what identifies a venue.

The same hall is written "浙江省杭州市滨江区江南大道588号3楼301室",
"杭州滨江会议中心（江南大道588号）" or "Binjiang Conference Centre, 588
Jiangnan Ave". Rooms and floors vary between postings of one session, so
they are dropped; what is kept is whether it is online, the meeting id, the
street numbers, the district and the remaining place words. Districts are
romanised (every reading of a polyphone) so that a Chinese and an English
address can be compared.
"""

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, pinyin

from services.matching.normalise import CJK, CJK_RUN, cjk_points, code_point, encode, fold, words

_MEETING_ID = re.compile(r"(?<![\d.])\d(?:[ -]?\d){6,}(?![\d.])")
_ROOM = re.compile(
    r"\d+\s*(?:楼|层|号会议室|号厅|号楼|室|f(?![a-z])|/f)|\b(?:room|rm|floor|level|hall|unit|suite)"
    r"\s*[a-z]?\d+[a-z]?|(?<![a-z])[a-f]\d+(?!\d)|\d+(?:st|nd|rd|th)\s+floor|[a-z]座"
)
# One `\b` before a group of words rather than one per word: the regex engine can
# then reject most positions on their first character, which makes this scan ~5x faster.
_ONLINE = re.compile(
    r"线上|在线|网络直播|直播|视频会议|腾讯会议|钉钉|企业微信|云会议|会议号|会议id|"
    r"\b(?:online\b|webinar\b|live\s*stream|livestream\b|live\b|zoom\b|teams\b|tencent meeting\b|"
    r"dingtalk\b|wecom\b|virtual\b|meeting\s*(?:id|no\.?|number|code)\b|id\b)"
)
# Major cities, which addresses often start with and omit "市" after.
_CITIES = (
    "北京|上海|天津|重庆|广州|深圳|杭州|南京|苏州|武汉|成都|西安|长沙|郑州|济南|青岛|沈阳|大连|"
    "哈尔滨|长春|合肥|福州|厦门|南昌|南宁|昆明|贵阳|太原|石家庄|呼和浩特|兰州|西宁|银川|乌鲁木齐|"
    "拉萨|海口|宁波|无锡"
)
_CITY_PREFIX = re.compile(
    f"^(?:中国)?(?:[{CJK}]{{2,3}}?省)?(?:{_CITIES}|[{CJK}]{{2}}(?=市[^民]))?市?"
)
_CN_DISTRICT = re.compile(f"^([{CJK}]{{2,3}}?)(?:新区|区|县)")
_ROAD_WORDS = frozenset(
    ["road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "highway"]
)
_NOT_A_PLACE = frozenset(
    ["hall", "room", "floor", "level", "building", "block", "tower", "suite", "unit", "no"]
)
_VENUE_NOISE = re.compile(
    r"\b(?:china|no\.?|road|rd|street|st|avenue|ave|district|lane|building|bldg)\b"
)
_DIGITS = re.compile(r"\d+")
_PART_SEPARATOR = re.compile(r"[,()]")
_LATIN_WORD = re.compile(r"[a-z][a-z']*")


@dataclass(frozen=True, slots=True)
class VenueFeatures:
    """Where a session happens: mode, meeting ids, street numbers, district, place words."""

    online: bool | None  # None when nothing is known
    onsite: bool
    meeting_ids: frozenset[str]
    numbers: frozenset[str]
    districts: frozenset[str]  # romanised candidates; empty when unknown
    place: str  # encoded place tokens, see normalise.encode


@lru_cache(maxsize=1 << 16)
def venue_features(location: str | None, online_url: str | None) -> VenueFeatures:
    """Parse a free-text location and an optional online URL (cached: venues repeat)."""
    text = fold(location or "")
    ids = {_id_digits(raw) for raw in _MEETING_ID.findall(text)}
    if ids:  # rare in a location, so skip the second scan when there are none
        text = _MEETING_ID.sub(" ", text)
    if online_url:
        url = fold(online_url)
        from_url = {_id_digits(raw) for raw in _MEETING_ID.findall(url)}
        ids |= from_url or {url.split("://")[-1].split("?")[0].rstrip("/")}
    text, online_words = _ONLINE.subn(" ", text)
    online = bool(online_words) or bool(online_url)
    numbers, districts, place = _address(_ROOM.sub(" ", text).strip(" ,"), online)
    return VenueFeatures(
        online=online if (location or online_url) else None,
        onsite=bool(numbers or districts) or (bool(place) and not online),
        meeting_ids=frozenset(ids),
        numbers=numbers,
        districts=districts,
        place=place,
    )


@lru_cache(maxsize=1 << 16)
def _address(text: str, online: bool) -> tuple[frozenset[str], frozenset[str], str]:
    """Street numbers, districts and encoded place tokens of a location without ids or rooms.

    Cached: a fifth of the locations of a batch differ from another only in the room.
    """
    numbers = frozenset(_DIGITS.findall(text))
    text = _CITY_PREFIX.sub("", text)
    place_text = _VENUE_NOISE.sub(" ", _DIGITS.sub(" ", text))
    place = cjk_points(place_text) | {code_point(word) for word in words(place_text)}
    districts = frozenset() if online and not numbers else _districts(text)
    return numbers, districts, encode(place)


def _id_digits(raw: str) -> str:
    """A meeting id without its separators (a `_MEETING_ID` match is digits, spaces and "-")."""
    return raw.replace(" ", "").replace("-", "")


def _districts(text: str) -> frozenset[str]:
    """The district an address lies in, romanised; empty when it cannot be told."""
    head = CJK_RUN.match(text)
    if head and len(head.group()) >= 2:
        explicit = _CN_DISTRICT.match(head.group())
        return _romanise(explicit.group(1) if explicit else head.group()[:2])
    return _english_districts(text)


@lru_cache(maxsize=1 << 12)
def _romanise(name: str) -> frozenset[str]:
    """Every pinyin spelling of a short name ("长宁" is read chang or zhang)."""
    readings = pinyin(name, style=Style.NORMAL, heteronym=True)
    return frozenset("".join(combo) for combo in itertools.product(*readings))


def _english_districts(text: str) -> frozenset[str]:
    """First words of the place-name parts, skipping street parts and the trailing city.

    "Putuo Library, 319 West Yan'an Road, Putuo District, Shanghai" gives
    {putuo}; "1119 Moganshan Road (Gongshu Chamber of Commerce)" gives {gongshu}.
    """
    heads = []
    for part in _PART_SEPARATOR.split(text):
        found = _LATIN_WORD.findall(part)
        if (
            found
            and found[0] not in _NOT_A_PLACE
            and not _DIGITS.search(part)
            and not _ROAD_WORDS & set(found)
        ):
            heads.append(found)
    if len(heads) >= 2 and len(heads[-1]) == 1:
        heads.pop()  # ", Shanghai": the city
    return frozenset(found[0].replace("'", "") for found in heads)
