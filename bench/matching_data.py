"""A labelled synthetic workload for the matcher: postings with their true session.

Deliberately *not* the sample city's wording: another city (Hangzhou), other
policy topics, other formats ("政策解读会", "hands-on coaching"), other
series and audience markers ("第三场", "Part 2", "滨江站", "Binjiang
edition"), other venue and meeting-id spellings. Rules tuned on one corpus
are tested here on words they never saw.

Each real session is posted by one department, and by co-hosts with another
language, wording, venue spelling and a start up to 30 minutes later. Hard
negatives: the next number of a series on another day, the same training
for another district at the same hour, a sibling topic with a near-identical
title at the same hour, and an unnumbered general session beside "第1期".

Records have the shape `{"department", "truthSession", "input"}` where
`input` is a PostEventInput. Generation is deterministic for a seed.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any

ZONE = timezone(timedelta(hours=8))

# (Chinese, English); topics in one tuple are siblings whose titles look alike.
TOPIC_FAMILIES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("增值税留抵退税", "VAT credit refunds"), ("增值税发票管理", "VAT invoice management")),
    (("工伤保险", "work injury insurance"), ("失业保险稳岗返还", "unemployment insurance refunds")),
    (("食品标签标识", "food labelling"), ("食品安全抽检", "food safety sampling")),
    (
        ("安全生产标准化", "work safety standardisation"),
        ("特种设备安全", "special equipment safety"),
    ),
    (
        ("环境影响评价", "environmental impact assessment"),
        ("固体废物管理", "solid waste management"),
    ),
    (("企业信用修复", "corporate credit repair"), ("电子营业执照", "electronic business licences")),
    (("数据资产入表", "data asset accounting"), ("数据安全合规", "data security compliance")),
    (("跨境人民币结算", "cross-border RMB settlement"), ("外汇收支管理", "foreign exchange rules")),
    (("绿色工厂创建", "green factory certification"), ("节能审查", "energy conservation review")),
    (
        ("技术合同登记", "technology contract registration"),
        ("专利开放许可", "open patent licensing"),
    ),
    (("劳务派遣用工", "labour dispatch"), ("最低工资标准", "minimum wage rules")),
    (("广告合规", "advertising compliance"), ("价格行为规范", "pricing conduct")),
    (("网络交易监管", "online marketplace rules"),),
    (("医保支付改革", "medical insurance payment reform"),),
    (("进出口商品检验", "import and export inspection"),),
    (("人工智能应用", "AI adoption"),),
)
TOPICS = tuple(topic for family in TOPIC_FAMILIES for topic in family)

FORMATS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "PUBLICITY": (
        ("政策解读会", "政策说明会", "政策解读专题会", "专题讲座"),
        ("policy explainer", "policy information meeting", "talk", "explainer"),
    ),
    "TRAINING": (
        ("业务辅导", "实操辅导会", "操作辅导", "专题培训课"),
        ("hands-on coaching", "practical guidance", "coaching day", "course"),
    ),
}

# (Chinese, English, streets as (Chinese, English))
DISTRICTS = (
    ("上城", "Shangcheng", (("解放路", "Jiefang Road"), ("庆春路", "Qingchun Road"))),
    ("拱墅", "Gongshu", (("湖墅南路", "South Hushu Road"), ("莫干山路", "Moganshan Road"))),
    ("西湖", "Xihu", (("文三路", "Wensan Road"), ("天目山路", "Tianmushan Road"))),
    ("滨江", "Binjiang", (("江南大道", "Jiangnan Avenue"), ("长河路", "Changhe Road"))),
    ("萧山", "Xiaoshan", (("市心中路", "Middle Shixin Road"), ("金城路", "Jincheng Road"))),
    ("余杭", "Yuhang", (("文一西路", "West Wenyi Road"), ("五常大道", "Wuchang Avenue"))),
    ("临平", "Linping", (("临平大道", "Linping Avenue"), ("迎宾路", "Yingbin Road"))),
    ("钱塘", "Qiantang", (("学林街", "Xuelin Street"), ("文渊北路", "North Wenyuan Road"))),
    ("富阳", "Fuyang", (("金桥北路", "North Jinqiao Road"), ("富春街", "Fuchun Street"))),
)
BUILDINGS = (
    ("会议中心", "Conference Centre"),
    ("市民之家", "Citizens' Hall"),
    ("人才服务中心", "Talent Service Centre"),
    ("创业园", "Startup Park"),
    ("文化馆", "Cultural Hall"),
    ("商会大楼", "Chamber of Commerce Building"),
)
SECTORS = (
    "manufacturing",
    "retail",
    "logistics",
    "software",
    "catering",
    "healthcare",
    "construction",
    "finance",
)
DEPARTMENTS = tuple(f"hz{n:02d}" for n in range(30))
DEPARTMENT_TAGS = ("【市税务】", "【市监】", "【人社】", "[Commerce]", "【生态环境】", "")
HOURS = ((9, 0), (9, 30), (10, 0), (13, 30), (14, 0), (14, 30), (15, 0), (18, 30))
CN_NUMERALS = "零一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class Session:
    """One real-world session, before any department words it."""

    number: int
    kind: str
    topic: tuple[str, str]
    start: datetime
    minutes: int
    district: int  # index into DISTRICTS: where it happens
    street: int
    house: int
    building: int
    online_id: str | None
    series: int | None
    reserved_for: int | None  # a district's 专场 / edition
    sectors: tuple[str, ...]


def _series_marker(rng: random.Random, number: int, chinese: bool) -> str:
    if chinese:
        numeral = CN_NUMERALS[number] if number <= 10 else str(number)
        return rng.choice(
            (f"第{number}期", f"第{numeral}期", f"（第{numeral}场）", f"第{number}讲")
        )
    return rng.choice((f" (Part {number})", f", Round {number}", f" No. {number}", f" #{number}"))


def _reserved_marker(rng: random.Random, district: int, chinese: bool) -> str:
    zh, en, _ = DISTRICTS[district]
    if chinese:
        return rng.choice((f"（{zh}区企业专场）", f"·{zh}站", f"（{zh}专场）", f"【{zh}分场】"))
    return rng.choice((f" – {en} edition", f" for {en} companies", f" for {en} businesses"))


def _chinese_title(rng: random.Random, s: Session) -> str:
    body = s.topic[0] + rng.choice(FORMATS[s.kind][0])
    if rng.random() < 0.3:
        body = (
            rng.choice(("关于召开", "关于举办", ""))
            + body
            + rng.choice(("的通知", "", "（报名中）"))
        )
    if rng.random() < 0.3:
        body = rng.choice(("2026年度", "2027年", "２０２７年")) + body
    if s.reserved_for is not None:
        body += _reserved_marker(rng, s.reserved_for, True)
    if s.series is not None:
        body += _series_marker(rng, s.series, True)
    return rng.choice(DEPARTMENT_TAGS) + body


def _english_title(rng: random.Random, s: Session) -> str:
    topic = s.topic[1]
    fmt = rng.choice(FORMATS[s.kind][1])
    body = rng.choice(
        (
            f"{topic[0].upper()}{topic[1:]} {fmt}",
            f"{fmt.title()}: {topic}",
            f"{topic.title()} {fmt.title()}",
        )
    )
    if rng.random() < 0.3:
        body = rng.choice(("Invitation: ", "Register now: ", "FY2027 ", "Notice of ")) + body
    if s.reserved_for is not None:
        body += _reserved_marker(rng, s.reserved_for, False)
    if s.series is not None:
        body += _series_marker(rng, s.series, False)
    return body


def _title(rng: random.Random, s: Session) -> str:
    language = rng.random()
    if language < 0.5:
        return _chinese_title(rng, s)
    if language < 0.75:
        return _english_title(rng, s)
    return _chinese_title(rng, s) + rng.choice((" / ", "｜", " ")) + _english_title(rng, s)


def _venue(rng: random.Random, s: Session, chinese: bool) -> str:
    if s.online_id is not None:
        spaced = f"{s.online_id[:3]} {s.online_id[3:6]} {s.online_id[6:]}"
        return rng.choice(
            (
                f"钉钉视频会议 会议ID {s.online_id}",
                f"腾讯会议：{spaced}",
                f"Zoom webinar (ID {spaced})",
                "线上（企业微信直播）",
                "Online (WeCom live)",
            )
        )
    dzh, den, streets = DISTRICTS[s.district]
    szh, sen = streets[s.street]
    bzh, ben = BUILDINGS[s.building]
    room = (
        rng.choice(("", "3楼301室", "第二会议室", "A座5楼报告厅"))
        if chinese
        else rng.choice(("", ", Room 301", ", 2F Hall B"))
    )
    if chinese:
        return rng.choice(
            (
                f"浙江省杭州市{dzh}区{szh}{s.house}号{room}",
                f"{dzh}区{szh}{s.house}号{dzh}{bzh}{room}",
                f"杭州{dzh}{bzh}（{szh}{s.house}号）{room}",
                f"杭州市{dzh}{bzh}{room}",
            )
        )
    return rng.choice(
        (
            f"{den} {ben}, {s.house} {sen}, {den}, Hangzhou{room}",
            f"{s.house} {sen} ({den} {ben}){room}",
            f"{den} {ben}{room}",
        )
    )


def _posting(rng: random.Random, s: Session, ident: int) -> dict[str, Any]:
    """One department's wording of a session."""
    title = _title(rng, s)
    start = s.start + timedelta(minutes=rng.choice((0, 0, 0, 0, 5, 10, 15, 20, 30)))
    end = start + timedelta(minutes=s.minutes + rng.choice((0, 0, -30, 30)))
    chinese = any("\u4e00" <= char <= "\u9fff" for char in title) and rng.random() < 0.8
    topics = [s.topic[0]] + ([rng.choice(TOPICS)[0]] if rng.random() < 0.2 else [])
    regions = [DISTRICTS[s.reserved_for][0] + "区"] if s.reserved_for is not None else []
    event: dict[str, Any] = {
        "externalId": f"e{ident}",
        "kind": s.kind,
        "title": title,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "timezone": "Asia/Shanghai",
        "location": _venue(rng, s, chinese),
        "topics": list(dict.fromkeys(topics)),
        "audience": {"sectors": list(s.sectors) if rng.random() < 0.8 else [], "regions": regions},
    }
    if s.online_id is not None and rng.random() < 0.3:
        event["onlineUrl"] = f"https://meeting.example.cn/j/{s.online_id}"
    return event


def _base_session(rng: random.Random, number: int, day: datetime) -> Session:
    hour, minute = rng.choice(HOURS)
    return Session(
        number=number,
        kind=rng.choice(("PUBLICITY", "TRAINING")),
        topic=rng.choice(TOPICS),
        start=day.replace(hour=hour, minute=minute),
        minutes=rng.choice((60, 90, 120, 150)),
        district=rng.randrange(len(DISTRICTS)),
        street=rng.randrange(2),
        house=rng.randrange(1, 1200),
        building=rng.randrange(len(BUILDINGS)),
        online_id=f"{rng.randrange(10**8, 10**9)}" if rng.random() < 0.3 else None,
        series=None,
        reserved_for=None,
        sectors=tuple(rng.sample(SECTORS, rng.randrange(3))),
    )


def _relocated(rng: random.Random, s: Session, number: int, district: int) -> Session:
    return replace(
        s,
        number=number,
        district=district,
        house=rng.randrange(1, 1200),
        building=rng.randrange(len(BUILDINGS)),
        online_id=None,
    )


def _sibling_topic(rng: random.Random, topic: tuple[str, str]) -> tuple[str, str] | None:
    family = next(f for f in TOPIC_FAMILIES if topic in f)
    others = [t for t in family if t != topic]
    return rng.choice(others) if others else None


def _look_alikes(rng: random.Random, s: Session, next_number: int) -> list[Session]:
    """Different sessions built to be confused with `s` (see the module docstring)."""
    roll = rng.random()
    if roll < 0.25:
        first = replace(s, series=1)
        return [first] + [
            replace(
                first,
                number=next_number + k,
                series=k + 2,
                start=s.start + timedelta(days=7 * (k + 1)),
            )
            for k in range(rng.randrange(1, 3))
        ]
    if roll < 0.45:
        here = replace(s, reserved_for=s.district, online_id=None)
        other = rng.choice([d for d in range(len(DISTRICTS)) if d != s.district])
        return [here, replace(_relocated(rng, here, next_number, other), reserved_for=other)]
    if roll < 0.6 and (sibling := _sibling_topic(rng, s.topic)):
        twin = _relocated(rng, s, next_number, rng.randrange(len(DISTRICTS)))
        return [s, replace(twin, topic=sibling)]
    if roll < 0.7:
        other = rng.choice([d for d in range(len(DISTRICTS)) if d != s.district])
        return [s, replace(_relocated(rng, s, next_number, other), series=1)]
    return [s]


def _hosts(rng: random.Random) -> list[str]:
    """The departments posting one session: usually one, sometimes co-hosts or a re-post."""
    first = rng.choice(DEPARTMENTS)
    roll = rng.random()
    if roll < 0.8:
        return [first]
    if roll < 0.85:
        return [first, first]
    return [first, *rng.sample([d for d in DEPARTMENTS if d != first], rng.randrange(1, 4))]


def generate(n: int, seed: int = 0, per_day: int = 40) -> list[dict[str, Any]]:
    """About `n` labelled postings, `per_day` a day on average.

    The density is kept fixed as `n` grows (100k postings span years) because
    a denser calendar is not a bigger city but a different, more ambiguous one:
    with a few dozen topics, same-topic sessions at the same hour would stop
    being rare. The sample city has about 11 postings a day.
    """
    return list(_records(n, per_day, random.Random(seed)))


def _records(n: int, per_day: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    days = max(1, n // per_day)
    first_day = datetime(2027, 1, 4, tzinfo=ZONE)
    produced = number = 0
    while produced < n:
        day = first_day + timedelta(days=rng.randrange(days))
        for s in _look_alikes(rng, _base_session(rng, number, day), number + 1):
            number = max(number, s.number) + 1
            for department in _hosts(rng):
                yield {
                    "department": department,
                    "truthSession": s.number,
                    "input": _posting(rng, s, produced),
                }
                produced += 1
