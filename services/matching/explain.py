"""Reasons a person can check: each comparison's level and what it weighed.

"same room +6.1", "titles 12% −1.3", "same start +0.4": the weight is the evidence, in
bits, that the county's data gives that level, so a coordinator sees both what matched
and how much it counted. A reason is kept as a short code ("venue=same-room +6.1") and
said when read (``say``), in the reader's language.
"""

from __future__ import annotations

from services.core.errors import Message
from services.matching.compare import (
    NEXT_IN_ROOM,
    ONLINE_AND_ON_SITE,
    OTHER_HOURS,
    OTHER_KINDS,
    OTHER_SUBJECTS,
    OTHER_TOWNS,
    Comparison,
    Field,
)
from services.matching.model import Model

_M = Message
_SAYINGS: dict[Field, dict[str, Message]] = {
    Field.TITLE: {
        "same": _M("same subject", "主题相同"),
        "foreign": _M("titles in different languages", "标题语言不同"),
        "foreign-shared": _M(
            "titles in different languages, a name in common", "标题语言不同，含相同名称"
        ),
        "translated": _M(
            "titles in different languages, one the other's translation", "标题语言不同，含义相近"
        ),
        "empty": _M("a title with no subject", "标题无主题"),
    },
    Field.SUBJECT: {
        "shared": _M("a policy subject in common", "政策主题相同"),
        "tagged": _M("one's subject among the other's topics", "一方主题在另一方的标签中"),
        "kin": _M("policy subjects of one family", "政策主题同属一类"),
        "area": _M("one policy area, no subject in common", "同一政策领域，主题未见相同"),
        "other-area": _M("other policy areas", "政策领域不同"),
        "disjoint": _M("other policy subjects", "政策主题不同"),
        "unknown": _M("a subject the glossary does not know", "主题不在词表中"),
    },
    Field.TOPICS: {
        "shared": _M("shared topic", "标签相同"),
        "area": _M("only a policy area's topic shared", "仅政策领域标签相同"),
        "related": _M("related topics", "标签相关"),
        "unrelated": _M("unrelated topics", "标签无关"),
        "missing": _M("a posting without topics", "一方无标签"),
    },
    Field.VENUE: {
        "same-code": _M("same online meeting", "同一线上会议"),
        "same-room": _M("same room", "同一会场"),
        "same-floor": _M("same floor, no room named", "同一楼层且未写明房间"),
        "same-building": _M("same building", "同一楼宇"),
        "similar-place": _M("similar place", "地点相近"),
        "unclear-place": _M("places that cannot be compared", "地点无法比较"),
        "room-only": _M("same room number", "房间号相同"),
        "both-online": _M("both online", "均为线上"),
        "other-room": _M("another room of the building", "同楼另一会场"),
        "other-code": _M("another online meeting", "另一线上会议"),
        "other-place": _M("another place", "另一地点"),
        "other-kind": _M("another kind of building", "另一类场所"),
        "online-onsite": _M("online and on site", "一方线上、一方线下"),
        "missing": _M("a posting without a place", "一方无地点"),
        "neither": _M("no place on either side", "双方均无地点"),
    },
    Field.TIME: {
        "same": _M("same time", "时间相同"),
        "same-start": _M("same start", "开始时间相同"),
        "same-end": _M("same end", "结束时间相同"),
        "close": _M("times mostly overlap", "时间大部分重叠"),
        "partial": _M("times partly overlap", "时间部分重叠"),
        "shifted": _M("starts hours apart", "开始时间相差数小时"),
        "apart": _M("times apart", "时间不重叠"),
    },
    Field.KIND: {
        "same": _M("same kind", "类型相同"),
        "different": _M("different kinds", "类型不同"),
    },
    Field.SECTORS: {
        "shared": _M("shared sectors", "行业相同"),
        "open": _M("open to all sectors", "面向所有行业"),
        "disjoint": _M("different sectors", "行业不同"),
    },
    Field.REGIONS: {
        "compatible": _M("regions that do not differ", "地区不冲突"),
        "disjoint": _M("different regions", "地区不同"),
    },
    Field.DEPARTMENT: {
        "different": _M("another department", "不同部门"),
        "same": _M("same department", "同一部门"),
    },
    Field.QUALIFIERS: {
        "same": _M("same special audience", "专场相同"),
        "same-series": _M("same series or class number", "期次或班次相同"),
        "same-sector": _M("sessions for the same sector", "同一行业专场"),
        "one-side": _M("a qualifier on one side only", "仅一方标明期次或专场"),
        "none": _M("no qualifiers", "均无期次或专场"),
    },
    Field.FORMAT: {
        "same": _M("same format", "形式相同"),
        "overlap": _M("formats partly alike", "形式部分相同"),
        "different": _M("another format", "形式不同"),
        "unknown": _M("a format not said", "未说明形式"),
    },
}
_RULES = {
    "physical": _M("one room (or meeting) at one time", "同一时间同一会场（或会议）"),
    "times do not meet": _M("times do not meet", "时间不重叠"),
    "starts hours apart": _M("starts hours apart", "开始时间相差数小时"),
    OTHER_TOWNS: _M(OTHER_TOWNS, "同一部门面向不同乡镇的活动"),
    OTHER_SUBJECTS: _M(OTHER_SUBJECTS, "同一部门不同主题的活动"),
    ONLINE_AND_ON_SITE: _M(ONLINE_AND_ON_SITE, "同一部门的线上与线下活动"),
    OTHER_KINDS: _M(OTHER_KINDS, "同一部门的培训与宣讲"),
    OTHER_HOURS: _M(OTHER_HOURS, "同一部门不同时段的活动"),
    NEXT_IN_ROOM: _M(NEXT_IN_ROOM, "同一会场的下一场活动"),
}
_TITLE_ALIKE = "title~"  # a title similarity, said as a share
_RULE = "!"  # a rule that decided before the evidence


def reasons(model: Model, comparison: Comparison) -> tuple[str, ...]:
    """Each field's level with its weight, strongest evidence first, as codes (see ``say``);
    a contradiction or the physical rule leads when there is one."""
    weights = model.weights(comparison.levels)
    found = sorted(weights.items(), key=lambda item: -abs(item[1]))
    said = tuple(
        f"{_code(field, comparison.levels[field], comparison)} {weight:+.1f}"
        for field, weight in found
    )
    if comparison.contradiction is not None:
        return (f"{_RULE}{comparison.contradiction}", *said)
    if comparison.same_place_and_time:
        return (f"{_RULE}physical", *said)
    return said


def _code(field: Field, level: str, comparison: Comparison) -> str:
    if field is Field.TITLE and level in ("high", "middle", "low", "none"):
        return f"{_TITLE_ALIKE}{comparison.title_similarity or 0:.0%}"
    return f"{field.value}={level}"


def say(reason: str) -> Message:
    """A reason code as a person reads it: "venue=same-room +6.1" is "same room +6.1" and
    "同一会场 +6.1". A code this version does not know is shown as kept."""
    if reason.startswith(_RULE):
        rule = reason.removeprefix(_RULE)
        if rule.startswith("different "):
            what = rule.removeprefix("different ")
            return _M(f"different {what}", f"{_QUALIFIER_ZH.get(what, what)}不同")
        return _RULES.get(rule, _M(rule, rule))
    code, _, weight = reason.rpartition(" ")
    shown = weight.replace("-", "−")
    if code.startswith(_TITLE_ALIKE):
        share = code.removeprefix(_TITLE_ALIKE)
        return _M(f"titles {share} {shown}", f"标题相似 {share} {shown}")
    name, _, level = code.partition("=")
    try:
        saying = _SAYINGS[Field(name)][level]
    except (ValueError, KeyError):
        return _M(reason, reason)
    return _M(f"{saying.en} {shown}", f"{saying.zh} {shown}")


_QUALIFIER_ZH = {
    "series": "期次",
    "class": "班次",
    "level": "班级层次",
    "half": "上下午场",
    "language": "授课语言",
    "special": "专场",
}
