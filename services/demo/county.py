"""A realistic sample county, so a first run shows a calendar worth looking at.

Loading is idempotent: departments are created once and every demo posting has a
fixed externalId, so loading again updates rather than duplicates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.db import Database
from services.core.models import Department
from services.core.validation import RawEvent
from services.postings import departments, events
from services.vocabularies import store as vocabularies
from services.vocabularies.store import TermChange
from services.vocabularies.terms import Facet

COUNTY = ZoneInfo("Asia/Shanghai")
DEPARTMENTS = {
    "tax": "县税务局",
    "market": "县市场监督管理局",
    "hrss": "县人力资源和社会保障局",
    "emergency": "县应急管理局",
    "ecology": "县生态环境局",
    "commerce": "县商务局",
    "customs": "县海关",
    "science": "县科技局",
    "finance": "县财政局",
    "housing": "县住房和城乡建设局",
    "data": "县数据局",
    "ipo": "县知识产权局",
}
# The county's towns and streets, with a code and the short names people write.
REGIONS = {
    "石湾镇": ("440604101", ("石湾",)),
    "龙江镇": ("440606103", ("龙江",)),
    "桥头镇": ("441900118", ("桥头",)),
    "城关街道": ("440604001", ("城关",)),
    "高新区": ("440604400", ("高新技术产业开发区", "高新技术开发区")),
}
TOWNS = list(REGIONS)
TOPIC_SYNONYMS = {
    "增值税": ("VAT", "增值税留抵退税"),
    "社保": ("社会保险", "social insurance"),
    "安全生产": ("workplace safety",),
    "环保": ("排污许可", "pollutant discharge"),
    "外贸": ("出口退税", "export"),
    "知识产权": ("IP", "专利", "商标"),
}
SECTORS = ["manufacturing", "retail", "logistics", "construction", "software", "catering"]
VENUES = [
    "县政务服务中心三楼报告厅",
    "县行政中心1号会议室",
    "高新区创业服务中心路演厅",
    "县图书馆报告厅",
]


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    chinese: str
    english: str
    hosts: tuple[str, ...]


TOPICS = (
    Topic(
        "增值税",
        "增值税留抵退税政策解读会",
        "VAT credit refund policy briefing",
        ("tax", "finance"),
    ),
    Topic(
        "安全生产",
        "安全生产责任制培训",
        "Workplace safety responsibility training",
        ("emergency", "market"),
    ),
    Topic("社保", "社会保险费申报实务培训", "Social insurance filing workshop", ("hrss", "tax")),
    Topic("环保", "排污许可管理政策宣讲", "Pollutant discharge permit briefing", ("ecology",)),
    Topic(
        "外贸",
        "出口退税与通关便利化宣讲会",
        "Export tax refund and customs clearance briefing",
        ("customs", "commerce"),
    ),
    Topic(
        "知识产权",
        "商标与专利保护培训",
        "Trademark and patent protection training",
        ("ipo", "market"),
    ),
    Topic(
        "数据安全",
        "企业数据安全合规培训",
        "Enterprise data security compliance training",
        ("data", "science"),
    ),
    Topic("食品安全", "食品经营许可宣讲会", "Food business licence briefing", ("market",)),
    Topic(
        "高新技术企业",
        "高新技术企业认定申报辅导",
        "High-tech enterprise certification coaching",
        ("science", "finance"),
    ),
    Topic(
        "建筑施工",
        "建筑施工安全专项培训",
        "Construction site safety training",
        ("housing", "emergency"),
    ),
)


def _raw(topic: Topic, day: date, hour: int, rng: random.Random, *, english: bool) -> RawEvent:
    start = datetime.combine(day, time(hour, 30 if rng.random() < 0.3 else 0), COUNTY)
    return RawEvent(
        kind="TRAINING" if "培训" in topic.chinese or "辅导" in topic.chinese else "PUBLICITY",
        title=topic.english if english else topic.chinese,
        description=f"面向企业的{topic.name}政策与实务说明，现场答疑。",
        start=start,
        end=start + timedelta(hours=rng.choice([1.5, 2, 2.5])),
        timezone="Asia/Shanghai",
        location=rng.choice(VENUES),
        online_url=None,
        topics=[topic.name],
        sectors=rng.sample(SECTORS, rng.choice([0, 1, 2])),
        regions=rng.sample(TOWNS, rng.choice([0, 1])),
        capacity=rng.choice([None, 50, 100, 200]),
        registration_url=None,
    )


async def _department_ids(
    database: Database, coordinator: Principal
) -> tuple[dict[str, int], list[str]]:
    """Every demo department's id, creating the missing ones; also the new tokens to show."""
    shown: list[str] = []
    async with database.writing() as db:
        existing = {row.slug: row.id for row in await db.scalars(select(Department))}
        for slug, name in DEPARTMENTS.items():
            if slug not in existing:
                row, token = await departments.create_department(
                    db, coordinator, slug=slug, name=name
                )
                existing[slug] = row.key
                shown.append(f"  {slug:<10} {name}  token: {token}")
    return existing, shown


async def _vocabularies(database: Database, coordinator: Principal) -> int:
    """Register the county's regions and topics that are not there yet; how many were new."""
    made = 0
    async with database.writing() as db:
        regions = {view.name for view in await vocabularies.list_terms(db, Facet.REGION, True)}
        for name, (code, synonyms) in REGIONS.items():
            if name not in regions:
                change = TermChange(name, code, synonyms)
                await vocabularies.create_term(db, coordinator, Facet.REGION, change)
                made += 1
        topics = {view.name for view in await vocabularies.list_terms(db, Facet.TOPIC, True)}
        for topic in TOPICS:
            if topic.name not in topics:
                change = TermChange(topic.name, None, TOPIC_SYNONYMS.get(topic.name, ()))
                await vocabularies.create_term(db, coordinator, Facet.TOPIC, change)
                made += 1
    return made


async def load(database: Database, *, weeks: int = 5, seed: int = 7) -> str:
    """Post a few weeks of sessions around today, some co-hosted and posted by both hosts."""
    coordinator = Principal(Role.COORDINATOR)
    _ids, shown = await _department_ids(database, coordinator)
    registered = await _vocabularies(database, coordinator)
    rng = random.Random(seed)
    first_day = now().astimezone(COUNTY).date() - timedelta(days=7)
    posted = 0
    for number in range(weeks * 12):
        topic = rng.choice(TOPICS)
        day = first_day + timedelta(days=rng.randrange(weeks * 7))
        if day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        raw = _raw(topic, day, rng.choice([9, 10, 14, 15]), rng, english=rng.random() < 0.25)
        hosts = topic.hosts if rng.random() < 0.35 else topic.hosts[:1]
        for slug in hosts:
            async with database.writing() as db:
                await events.post_event(
                    db, coordinator, raw, external_id=f"demo-{number}", department=slug
                )
            posted += 1
    lines = [
        f"{len(DEPARTMENTS)} departments, {len(REGIONS)} towns and streets, {len(TOPICS)} topics"
        f" ({registered} registered now), {posted} postings around {first_day}."
    ]
    if shown:
        lines += ["New department tokens (shown this once):", *shown]
    return "\n".join(lines)
