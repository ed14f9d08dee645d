"""A room of a building: how a place's text names it, and whether two rooms are one.

A room holds one session at a time, so the room is the strongest sign there is, and
another room of the same building at the same hour is the classic parallel session.
A county writes one room many ways ("第二会议室" = "2号会议室" = "会议室（二）" = "Meeting
Room No.2"; "三楼" = "3F" = "3/F" = "Level 3"; "2号楼" = "2#楼" = "Building 2") and two
rooms alike (301室 / 302课室); what one side leaves out is unknown, never a
contradiction; what both give and differ in is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matching.text import CJK, number, pinyin_like, romanised

_FLOOR = re.compile(
    r"(?<![a-z])(b\d)(?:\s*(?:楼|层|f))?(?![a-z\d])|(?<![\d#号])(\d{1,2})\s*(?:楼|层)(?![栋幢座])|(?<![\d#])(\d{1,2})\s*/?\s*f(?![a-z])|"
    r"\blevel\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s*floor\b|\bfloor\s*(\d{1,2})\b|"
    r"(?<!\d)(\d{1,2})\s*층|(?<!\d)(\d{1,2})-قەۋەت"  # Korean 3층, Uyghur 3-قەۋەت
)
_WING = re.compile(
    r"(\d{1,2}|[a-h])\s*(?:号楼|#楼|栋|幢|座|号馆)|(?<![\d])(\d{1,2})\s*#(?!\d)|"
    r"\b(?:building|bldg\.?|tower|block|wing)\s*(\d{1,2}|[a-h])\b|"
    r"\b(\d{1,2}|[a-h])\s+(?:building|tower|block)\b|"
    "([东西南北])(?:侧)?(?:楼|区|配楼)|\\b(east|west|south|north)\\s+(?:building|wing|block)\\b"
)
_DIRECTIONS = {"东": "east", "西": "west", "南": "south", "北": "north"}
_ROOM_NUMBER = re.compile(
    r"(?<![\d#号路])(\d{3,4})\s*(?:号)?\s*(?:室|房间|会议室|教室|课室|培训室|实训室|(?=多功能|报告厅|会议厅))|"
    r"\broom\s*(\d{3,4})\b|(?<![\d#号路\-])(\d{3,4})(?=\s*$|\s*[),，）])|"
    # "401电商直播实训室": a number, then the room's own name
    f"(?<![\\d#号路\\-])(\\d{{3,4}})(?=[{CJK}]{{2,6}}?(?:室|教室|厅))"
)
# (pattern, kind of room): the label is the pattern's first non-empty group.
_LABELS = (
    (re.compile(r"(\d{1,2})\s*号?\s*(?:会议室|会议厅)"), "meeting"),
    (re.compile(r"(?:会议室|会议厅)\s*(\d{1,2}|[a-h])(?![\d])"), "meeting"),
    (re.compile(r"(?<![a-z\d])([a-h])\s*[区号]?\s*(?:会议室|会议厅)"), "meeting"),
    # "东会议室", "西侧会议室", "East Meeting Room": rooms a floor tells apart by side
    (re.compile(r"([东西南北])侧?\s*(?:会议室|会议厅)"), "meeting"),
    (re.compile(r"\b(east|west|south|north)\s+(?:meeting|conference)\s+room\b"), "meeting"),
    (
        re.compile(r"\b(?:meeting|conference)\s+(?:room|hall)\s*(?:no\.?\s*)?(\d{1,2}|[a-h])\b"),
        "meeting",
    ),
    (re.compile(r"\b(?:no\.?\s*)?(\d{1,2})\s+(?:meeting|conference)\s+room\b"), "meeting"),
    (re.compile(r"제\s*(\d{1,2})\s*회의실|(\d{1,2})\s*호?\s*회의실"), "meeting"),  # Korean
    # "A号直播间", "直播A厅", "直播间B", "Livestream Studio A": one studio however called
    (re.compile(r"(?<![\da-z])(\d{1,2}|[a-h])\s*号?\s*直播(?:间|厅|室)"), "studio"),
    (
        re.compile(r"直播\s*(?:间|厅|室)?\s*(\d{1,2}|[a-h])(?![\da-z])\s*号?\s*(?:间|厅|室)?"),
        "studio",
    ),
    (
        re.compile(
            r"\blive\s*(?:stream(?:ing)?\s+)?(?:room|studio)\s*(?:no\.?\s*)?(\d{1,2}|[a-h])\b"
        ),
        "studio",
    ),
    (
        re.compile(
            r"(?<![\da-z])(\d{1,2}|[a-h])\s*号?\s*(?:培训教室|培训室|教室|课室|活动室|实训室|车间|排练[室厅])"
        ),
        "training",
    ),
    (
        re.compile(r"(?:培训室|教室|课室|活动室|实训室|车间|排练[室厅])\s*(\d{1,2}|[a-h])(?![\d])"),
        "training",
    ),
    (
        re.compile(
            r"\b(?:training\s+r(?:oo)?m\.?|classroom|class\s+room|rehearsal\s+room)\s*(?:no\.?\s*)?(\d{1,2}|[a-h])\b"
        ),
        "training",
    ),
    (re.compile(r"(?<![a-z])([a-h])\s*号?\s*厅"), "hall"),
    # "1号厅", "二号报告厅", "第三报告厅", "Hall No.3": halls a building numbers
    (re.compile(r"(?<![\d#.a-z])(\d{1,2})\s*号?\s*(?:报告)?厅"), "hall"),
    (re.compile(r"\bhall\s*(?:no\.?\s*)?([a-h\d])\b|\b([a-h])\s+hall\b"), "hall"),
    # "3F-2": the floor (taken already), then the room, of whatever kind
    (re.compile(r"(?:^|(?<=\s))-\s*(\d{1,2}|[a-h])(?![\da-z])"), "room"),
    (re.compile(r"\broom\s*([a-h])\b"), "room"),
    # "4层B室", "培训B室": a lettered room of any kind
    (re.compile(r"(?<![a-z\d])([a-h])\s*室"), "room"),
)
# A room named like "锦绣厅" or "兰亭会议室", not the building's last word before its room
# ("税务局会议室", "镇政府会议室", "服务中心会议室").
_BUILDING_END = "局府委院所站处校馆司厦楼园村区镇县市心会店堂部地场"
_HALL_NAMED, _USE_NAMED = "hall:", "room:"  # kinds whose key is the room's own name
_OWN_NAMES = frozenset({_HALL_NAMED, _USE_NAMED})
# "Qiaosheng Hall" is the 侨声厅: a hall's own name, in pinyin
_PINYIN_HALL = re.compile(r"\b([a-z]{4,})\s+hall\b")
_NAMED = (
    # "国际报告厅" is the 国际厅 and an auditorium
    (re.compile(f"([{CJK}]{{2}})(?<![{_BUILDING_END}大学术能])报告厅"), "hall: auditorium"),
    (re.compile(r"多功能(?:学术)?报告厅"), "multi auditorium"),
    (re.compile(r"学术报告厅|报告厅|大礼堂|礼堂|\bauditorium\b|\blecture hall\b"), "auditorium"),
    # "峡谷多功能厅" is the 峡谷厅 and a multi-purpose hall
    (re.compile(f"([{CJK}]{{2}})(?<![{_BUILDING_END}大])多功能(?:会议)?[厅室]"), "hall: multi"),
    (
        re.compile(
            r"多功能(?:会议)?[厅室]|\bmulti-?\s?(?:function|purpose)(?:al)?\s+(?:hall|room)\b"
        ),
        "multi",
    ),
    (
        re.compile(r"路演厅|路演室|路演中心|\b(?:roadshow|pitch(?:ing)?)\s+(?:hall|room)\b"),
        "roadshow",
    ),
    (
        re.compile(r"大会议室|\b(?:large|main|big)\s+(?:meeting|conference)\s+(?:room|hall)\b"),
        "large",
    ),
    (re.compile(r"小会议室|\bsmall\s+(?:meeting|conference)\s+room\b"), "small"),
    (
        re.compile(r"直播(?:实训)?(?:室|间)|\b(?:live[- ]?stream(?:ing)?|studio|live\s+room)\b"),
        "studio",
    ),
    (re.compile(r"纳税人学堂|\btaxpayer school\b"), "taxpayer school"),
    (re.compile(r"洽谈(?:室|厅|间)|\bnegotiation\s+(?:room|hall)\b"), "negotiation"),
    # a cultural centre's or club's stage ("文化艺术中心大剧场"); a 剧院 may be the building
    (re.compile(f"大剧场|(?<=[{_BUILDING_END}])剧场"), "theatre"),
    (re.compile(r"(?:应急)?指挥(?:中心|大厅)|\bcommand (?:cent(?:er|re)|hall)\b"), "command"),
    # "黎锦传习室", "电工实训室", "渔民培训室": a room named for its use and its own name.
    # Written so, it is that room; but a county writes it as "品鉴厅" too, so another
    # such name says nothing against it (``Room.distinct``).
    (
        re.compile(f"([{CJK}]{{2}}(?<![{_BUILDING_END}大])(?!会议)[{CJK}][{CJK}](?<!教))室"),
        _USE_NAMED,
    ),
    # "锦绣厅", "兰亭会议室"; a building's 大厅 ("政务服务大厅") is none
    # "研学教室" / "研学课堂" too, though not a "培训教室" or a "多媒体教室"
    (
        re.compile(f"([{CJK}]{{2}})(?<![{_BUILDING_END}大训体务展])(?:会议厅|会议室|厅|教室|课堂)"),
        _HALL_NAMED,
    ),
)
_GENERIC_ROOM = re.compile(
    r"会议室|培训室|教室|课室|会议厅|活动室|\b(?:meeting|conference|training)\s+room\b|\bclassroom\b"
)


@dataclass(frozen=True, slots=True)
class Room:
    """A room as far as the text tells it; None wherever it is silent."""

    number: str | None = None  # "301"
    label: tuple[str, str] | None = None  # ("meeting", "2"), ("hall", "b")
    named: frozenset[str] = frozenset()  # {"auditorium"}, {"multi", "auditorium"}, {"hall:jinxiu"}
    floor: int | None = None
    wing: str | None = None  # "3", "b", "east"

    @property
    def storey(self) -> int | None:
        """The floor, as written or as a room number tells it (room 302 is on the third)."""
        if self.floor is not None or self.number is None:
            return self.floor
        return int(self.number[:-2])

    @property
    def distinct(self) -> frozenset[str]:
        """The names that tell this room from any other: all but a room named for its use
        ("电工实训室"), which its county may name otherwise too ("品鉴室" / "品茗厅")."""
        return frozenset(name for name in self.named if not name.startswith(_USE_NAMED))

    @property
    def specific(self) -> bool:
        """Whether it names one room of a building (a floor or wing alone does not)."""
        return bool(self.number or self.label or self.distinct)


def _first(match: re.Match[str]) -> str:
    return next((group for group in match.groups() if group), match.group(0))


def _take(pattern: re.Pattern[str], text: str) -> tuple[str | None, str]:
    """The first match's first non-empty group, and the text with every match removed."""
    found = pattern.search(text)
    if found is None:
        return None, text
    return _first(found), pattern.sub(" ", text)


_FLOOR_THEN_LETTER = re.compile(r"(\d)\s*f(?=[a-h]\s*(?:厅|室|会议|区))")  # "2FB厅": 2F, B厅


def read_room(text: str) -> tuple[Room, str]:
    text = _FLOOR_THEN_LETTER.sub(r"\1f ", text)
    wing_raw, text = _take(_WING, text)
    wing = _DIRECTIONS.get(wing_raw, wing_raw) if wing_raw else None
    floor_raw, text = _take(_FLOOR, text)
    number_raw, text = _take(_ROOM_NUMBER, text)
    label = None
    for pattern, kind in _LABELS:
        value, text = _take(pattern, text)
        if value is not None:
            label = label or (kind, _DIRECTIONS.get(value) or str(number(value) or value))
    named: set[str] = set()
    for pattern, kind in _NAMED:
        value, text = _take(pattern, text)
        if value is not None and not (kind in _OWN_NAMES and named):
            named.update(
                f"{word}{romanised(value)}" if word in _OWN_NAMES else word for word in kind.split()
            )
    if not named:
        hall = _PINYIN_HALL.search(text)
        if hall and pinyin_like(hall.group(1)):
            named.add(f"{_HALL_NAMED}{hall.group(1)}")
            text = text[: hall.start()] + text[hall.end() :]
    text = _GENERIC_ROOM.sub(" ", text)
    room = Room(
        number=number_raw,
        label=label,
        named=frozenset(named),
        floor=(-int(floor_raw[1:]) if floor_raw.startswith("b") else int(floor_raw))
        if floor_raw
        else None,
        wing=wing,
    )
    return room, text


def room_relation(a: Room, b: Room) -> str:
    """ "same" when the rooms agree on a number, label or name and differ in nothing both
    give; "conflict" when something both give differs, or both name a room and no name
    agrees (a 多功能厅 is not 第二会议室); "floor" when both give one floor and neither names
    a room; otherwise "unknown"."""
    conflict = (
        _wings_differ(a.wing, b.wing)
        or (a.storey is not None and b.storey is not None and a.storey != b.storey)
        or (a.number is not None and b.number is not None and a.number != b.number)
        or (bool(a.distinct) and bool(b.distinct) and a.distinct.isdisjoint(b.distinct))
        or _labels_differ(a.label, b.label)
    )
    agree = (
        (a.number is not None and a.number == b.number)
        or bool(a.named & b.named)
        or (a.label is not None and b.label is not None and _labels_agree(a.label, b.label))
    )
    if conflict or (
        a.specific and b.specific and not agree and _one_way(a, b) and not _two_systems(a, b)
    ):
        return "conflict"
    if agree:
        return "same"
    return "floor" if _one_floor_no_room_named(a, b) else "unknown"


def _two_systems(a: Room, b: Room) -> bool:
    """Whether one side gives a room only by its number and the other only by its label, on
    the number's floor or with no floor at all ("301室" / "三楼第一会议室" / "第2会议室"): a
    building's numbers and its names of rooms are two systems, and neither tells which of the
    other's rooms it is; a county numbers its meeting rooms through the building as often as
    by floor."""
    return any(
        x.number is not None
        and not x.label
        and not x.distinct
        and y.number is None
        and y.label is not None
        and (y.floor is None or y.floor == x.storey)
        for x, y in ((a, b), (b, a))
    )


def _one_floor_no_room_named(a: Room, b: Room) -> bool:
    """Both give the floor and neither names a room ("镇政府二楼会议室", "2F会议室"): what
    two departments share in one building at one hour on one floor is one room (396 pairs
    of 401 in the workloads), though it says nothing of how a county writes its rooms."""
    return not a.specific and not b.specific and a.storey is not None and a.storey == b.storey


def one_named_hall(a: Room, b: Room) -> bool:
    """Both name one hall by its own name ("侨声厅"): a county has one such hall, whatever
    the building is called ("侨联大厦" / "华侨大厦")."""
    return any(name.startswith("hall:") for name in a.named & b.named)


_ANY_BIG_ROOM = frozenset({"multi", "large"})


def _one_way(a: Room, b: Room) -> bool:
    """Whether two rooms are named so that they can differ: a room given only as the
    multi-purpose hall or the large meeting room may be the other's numbered one ("401会议室"
    is the "西楼多功能厅"); an auditorium is no classroom."""
    for x, y in ((a, b), (b, a)):
        if x.named and x.named <= _ANY_BIG_ROOM and not y.named and x.number is None:
            return bool(x.label is not None and y.label is not None)
    return True


def _wing_number(wing: str) -> str:
    """Lettered wings count as numbers: counties call 2号楼 "B栋" as often as not."""
    return str(ord(wing) - ord("a") + 1) if len(wing) == 1 and "a" <= wing <= "h" else wing


_COMPASS = frozenset({"east", "west", "south", "north"})


def _wings_differ(a: str | None, b: str | None) -> bool:
    """Wings of one system that differ: "南楼" may be "2号楼", for a county names its wings by
    number or by the compass, and neither tells which of the other's it is."""
    if a is None or b is None or (a in _COMPASS) != (b in _COMPASS):
        return False
    return _wing_number(a) != _wing_number(b)


_MEETING_HALLS = frozenset({"meeting", "hall"})


def _labels_comparable(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Labels of one kind of room, or a room of any kind: "B会议室" may be the "B厅", but
    "Hall 1" is no "一号直播间"."""
    kinds = {a[0], b[0]}
    return len(kinds) == 1 or "room" in kinds or kinds == _MEETING_HALLS


def _labels_agree(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return _labels_comparable(a, b) and a[1] == b[1]


def _labels_differ(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    if a is None or b is None:
        return False
    return _labels_comparable(a, b) and a[1] != b[1]
