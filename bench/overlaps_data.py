"""A labelled synthetic calendar for overlap detection: sessions and every true overlapping pair.

A county (Nanhai-like towns, eight sectors) where thirty departments post
trainings and policy briefings. Each session is worded from a *policy*: a
Chinese name (full or short form) and an English name (two phrasings that
keep the policy's key words), put into one of many Chinese or English title
templates, or both. Policies come
in families whose names share words ("增值税留抵退税" / "增值税发票管理"),
so look-alike titles that are *not* the same subject are common.

Sessions arrive in waves: several departments explaining one policy within
two weeks (other kinds, other and overlapping audiences, some with a family
sibling instead), series of numbered sessions a few days apart, sessions
starting exactly when another ends, and background sessions. Some are
cancelled. Sectors and regions are often empty (= all).

Labels follow the written definition, computed by brute force over all
pairs (this is the oracle, not the implementation): CONFLICT when times and
audiences intersect; REDUNDANT when kind is equal, audiences intersect,
starts are at most the window apart, and both are worded from the same policy
(a family's topic tag shared by two sibling policies makes no redundancy).
"""

import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.overlaps import OverlapType, SessionInfo
from services.overlaps.model import shared_audience, times_intersect

ZONE = ZoneInfo("Asia/Shanghai")
EPOCH = date(2027, 1, 4)

# Families of (Chinese full name, Chinese short name, English names); one topic tag per family.
FAMILIES: tuple[tuple[str, tuple[tuple[str, str, tuple[str, str]], ...]], ...] = (
    (
        "增值税",
        (
            ("增值税留抵退税", "留抵退税", ("VAT credit refunds", "refunds of VAT credits")),
            ("增值税发票管理", "发票管理", ("VAT invoice management", "managing VAT invoices")),
            (
                "增值税小规模纳税人减免",
                "小规模减免",
                ("VAT relief for small taxpayers", "small taxpayer VAT relief"),
            ),
        ),
    ),
    (
        "社会保险",
        (
            (
                "工伤保险待遇",
                "工伤保险",
                ("work injury insurance benefits", "work injury insurance"),
            ),
            (
                "失业保险稳岗返还",
                "稳岗返还",
                ("job retention refunds", "unemployment insurance job retention refunds"),
            ),
        ),
    ),
    (
        "安全生产",
        (
            (
                "安全生产标准化建设",
                "安全标准化",
                ("work safety standardisation", "standardised work safety"),
            ),
            (
                "有限空间作业安全",
                "有限空间",
                ("confined space operations", "confined space operation safety"),
            ),
            (
                "特种设备安全管理",
                "特种设备",
                ("special equipment safety", "special equipment management"),
            ),
        ),
    ),
    (
        "食品安全",
        (
            (
                "预包装食品标签",
                "食品标签",
                ("prepackaged food labelling", "labelling prepackaged food"),
            ),
            (
                "餐饮服务食品安全操作规范",
                "餐饮操作规范",
                ("catering food safety practice", "food safety practice in catering"),
            ),
        ),
    ),
    (
        "数据合规",
        (
            (
                "数据出境安全评估",
                "数据出境",
                ("cross-border data transfer assessment", "assessing cross-border data transfers"),
            ),
            (
                "个人信息保护合规审计",
                "个人信息审计",
                ("personal information compliance audits", "personal information audits"),
            ),
        ),
    ),
    (
        "外贸",
        (
            (
                "出口退税无纸化申报",
                "出口退税申报",
                ("paperless export tax rebate filing", "export tax rebate filing"),
            ),
            (
                "跨境电商海外仓",
                "海外仓",
                ("overseas warehouses", "overseas warehouses for cross-border e-commerce"),
            ),
        ),
    ),
    (
        "知识产权",
        (
            (
                "商标品牌培育",
                "商标培育",
                ("trademark brand building", "building trademark brands"),
            ),
            ("专利开放许可", "开放许可", ("open patent licensing", "open licensing of patents")),
        ),
    ),
    ("绿色低碳", (("碳排放权交易", "碳交易", ("carbon emissions trading", "carbon trading")),)),
    (
        "用工",
        (
            (
                "劳动合同规范签订",
                "劳动合同",
                ("employment contract compliance", "employment contracts"),
            ),
        ),
    ),
    (
        "融资",
        (
            (
                "政府性融资担保",
                "融资担保",
                ("government financing guarantees", "government-backed financing guarantees"),
            ),
        ),
    ),
)

ZH_TEMPLATES = (
    "{p}政策解读会",
    "{p}专题培训",
    "关于举办{p}宣讲会的通知",
    "【报名】{p}业务辅导",
    "{p}实务操作培训班",
    "2027年{p}政策宣讲",
    "{p}新政答疑会",
    "{p}企业座谈会",
)
EN_TEMPLATES = (
    "{P} briefing",
    "Workshop: {p}",
    "{P} policy explainer",
    "Training on {p}",
    "Q&A on {p} for businesses",
    "Understanding {p}",
)
SERIES_MARKS = (("第{n}期", " (Session {n})"), ("（第{n}场）", ", Part {n}"))
KINDS = ("TRAINING", "PUBLICITY")
SECTORS = (
    "manufacturing",
    "retail",
    "logistics",
    "catering",
    "construction",
    "software",
    "textiles",
    "furniture",
)
REGIONS = ("石湾镇", "西樵镇", "九江镇", "丹灶镇", "狮山镇", "大沥镇", "里水镇", "桂城街道")
DEPARTMENTS = tuple(f"dept{n:02d}" for n in range(30))
STARTS = (time(9), time(9, 30), time(10), time(14), time(14, 30), time(15), time(16))
MINUTES = (60, 90, 120, 150, 180)


@dataclass(frozen=True, slots=True)
class Policy:
    family: int
    topic: str
    zh: tuple[str, str]
    en: tuple[str, str]


POLICIES = tuple(
    Policy(family, topic, (full, short), en)
    for family, (topic, members) in enumerate(FAMILIES)
    for full, short, en in members
)


@dataclass(frozen=True, slots=True)
class Labelled:
    """Sessions, each one's policy and title scripts, and the true pairs by type."""

    sessions: list[SessionInfo]
    truth: dict[OverlapType, set[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class _Wording:
    policy: int
    scripts: frozenset[str]  # "zh", "en": the scripts the title carries


class _Generator:
    """Deterministic for a seed; `wording[key]` records how each title was built."""

    def __init__(self, seed: int, months: int) -> None:
        self.rng = random.Random(seed)
        self.days = [
            EPOCH + timedelta(days=d)
            for d in range(months * 30)
            if (EPOCH + timedelta(days=d)).weekday() < 5
        ]
        self.sessions: list[SessionInfo] = []
        self.wording: dict[int, _Wording] = {}

    def title(self, policy: Policy, series: int | None) -> tuple[str, frozenset[str]]:
        rng = self.rng
        zh_mark, en_mark = rng.choice(SERIES_MARKS)
        zh = rng.choice(ZH_TEMPLATES).format(p=rng.choice(policy.zh))
        name = rng.choice(policy.en)
        en = rng.choice(EN_TEMPLATES).format(p=name, P=name[0].upper() + name[1:])
        if series is not None:
            zh, en = zh + zh_mark.format(n=series), en + en_mark.format(n=series)
        script = rng.choices(("zh", "en", "both"), weights=(5, 2, 3))[0]
        if script == "both":
            return f"{zh} {rng.choice(('/', '｜', ''))} {en}", frozenset(("zh", "en"))
        return (zh if script == "zh" else en), frozenset((script,))

    def audience(self) -> tuple[frozenset[str], frozenset[str]]:
        rng = self.rng
        sectors = rng.sample(SECTORS, rng.choices((0, 1, 2, 3), weights=(3, 4, 2, 1))[0])
        regions = rng.sample(REGIONS, rng.choices((0, 1, 2), weights=(4, 5, 1))[0])
        return frozenset(sectors), frozenset(regions)

    def topics(self, policy: Policy) -> frozenset[str]:
        roll = self.rng.random()
        if roll < 0.45:
            return frozenset()
        if roll < 0.9:
            return frozenset((policy.topic,))
        return frozenset((policy.topic, self.rng.choice(FAMILIES)[0]))

    def add(
        self,
        index: int,
        start: datetime,
        *,
        kind: str | None = None,
        audience: tuple[frozenset[str], frozenset[str]] | None = None,
        series: int | None = None,
    ) -> SessionInfo:
        rng, policy = self.rng, POLICIES[index]
        title, scripts = self.title(policy, series)
        sectors, regions = audience or self.audience()
        session = SessionInfo(
            key=len(self.sessions) + 1,
            kind=kind or rng.choice(KINDS),
            title=title,
            start=start,
            end=start + timedelta(minutes=rng.choice(MINUTES)),
            topics=self.topics(policy),
            sectors=sectors,
            regions=regions,
            hosts=tuple(rng.sample(DEPARTMENTS, rng.choices((1, 2, 3), weights=(7, 2, 1))[0])),
            cancelled=rng.random() < 0.05,
        )
        self.sessions.append(session)
        self.wording[session.key] = _Wording(index, scripts)
        return session

    def moment(self, day: date | None = None) -> datetime:
        local = datetime.combine(day or self.rng.choice(self.days), self.rng.choice(STARTS), ZONE)
        return local.astimezone(UTC)

    def near(self, start: datetime, days: int) -> datetime:
        return self.moment((start + timedelta(days=self.rng.randint(-days, days))).date())

    def wave(self) -> None:
        """Departments explaining one policy (or a sibling) within about two weeks."""
        rng = self.rng
        index = rng.randrange(len(POLICIES))
        first = self.add(index, self.moment())
        for _ in range(rng.randint(1, 4)):
            other = index
            if rng.random() < 0.3:
                siblings = [i for i, p in enumerate(POLICIES) if p.family == POLICIES[index].family]
                other = rng.choice(siblings)
            kind = first.kind if rng.random() < 0.7 else None
            audience = (first.sectors, first.regions) if rng.random() < 0.3 else None
            self.add(other, self.near(first.start, 16), kind=kind, audience=audience)

    def series(self) -> None:
        """One department's numbered series, a few days apart, one kind and audience."""
        rng = self.rng
        index = rng.randrange(len(POLICIES))
        start, kind, audience = self.moment(), rng.choice(KINDS), self.audience()
        for number in range(1, rng.randint(2, 5)):
            self.add(index, start, kind=kind, audience=audience, series=number)
            start = self.near(start + timedelta(days=rng.randint(3, 8)), 0)

    def touching(self) -> None:
        """A session starting exactly when another, for the same audience, ends."""
        first = self.add(self.rng.randrange(len(POLICIES)), self.moment())
        audience = (first.sectors, first.regions)
        self.add(self.rng.randrange(len(POLICIES)), first.end, audience=audience)

    def background(self) -> None:
        self.add(self.rng.randrange(len(POLICIES)), self.moment())


def generate(count: int, *, months: int, seed: int = 1) -> tuple[list[SessionInfo], "_Truth"]:
    """About `count` sessions spread over `months`, and the labeller for them."""
    generator = _Generator(seed, months)
    makers = (generator.wave, generator.series, generator.touching, generator.background)
    while len(generator.sessions) < count:
        generator.rng.choices(makers, weights=(4, 2, 1, 3))[0]()
    sessions = generator.sessions[:count]
    return sessions, _Truth(generator.wording)


class _Truth:
    """The labels of the written definition, given how each title was worded."""

    def __init__(self, wording: dict[int, _Wording]) -> None:
        self.wording = wording

    def same_policy(self, a: SessionInfo, b: SessionInfo) -> bool:
        return self.wording[a.key].policy == self.wording[b.key].policy

    def types(self, a: SessionInfo, b: SessionInfo, window: timedelta) -> Iterator[OverlapType]:
        if a.cancelled or b.cancelled or a.key == b.key or shared_audience(a, b) is None:
            return
        if times_intersect(a, b):
            yield OverlapType.CONFLICT
        if a.kind == b.kind and abs(a.start - b.start) <= window and self.same_policy(a, b):
            yield OverlapType.REDUNDANT

    def label(
        self, sessions: Sequence[SessionInfo], window: timedelta = timedelta(days=14)
    ) -> Labelled:
        """Every true pair, by trying all pairs (slow on purpose: it is the reference)."""
        truth: dict[OverlapType, set[tuple[int, int]]] = {t: set() for t in OverlapType}
        for a, b in itertools.combinations(sessions, 2):
            for kind in self.types(a, b, window):
                truth[kind].add((min(a.key, b.key), max(a.key, b.key)))
        return Labelled(list(sessions), truth)
