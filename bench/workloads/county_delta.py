"""锦塘市 (Jintang): a labelled workload from a manufacturing county-level city in the Yangtze delta.

Jintang is an invented county-level city under 江苏省苏州市, with three development zones —
锦塘经济技术开发区 (经开区, "JETDZ"), 锦塘高新技术产业开发区 (高新区, "Hi-tech Zone") and
锦塘综合保税区 (综保区, "JCBZ", inside the 经开区) — and many English-speaking foreign-invested
enterprises.  Thirteen departments post trainings and policy briefings; about a third of the real
sessions are co-hosted and posted by two to four of them, each in its own words.  Default size:
790 real sessions, ~1,100 postings, 2027-03-01 .. 2027-05-31.

Conventions of the county
-------------------------
Addresses and rooms
  * Prefixes come and go: "江苏省苏州市锦塘市…", "锦塘市…" or none; a road address sometimes
    stands for the building ("锦塘市锦华路88号市行政中心", "锦塘市东塘街道星湖路168号科创大厦").
  * Zones in full or abbreviated: 锦塘经济技术开发区 / 经开区 / 开发区, 高新技术产业开发区 /
    高新区, 综合保税区 / 综保区, 管理委员会 / 管委会, 创新创业服务中心 / 双创中心;
    中共锦塘市委党校 / 市委党校 / 党校; 政务服务中心 / 市民服务中心 / 政务中心.
  * Towers and buildings: A座 / A栋 / A幢 / Tower A / Block A; 3号楼 / 3#楼 / 三号楼 /
    Building 3; at the government service centre B栋 is the same building as 2号楼 / 二号楼.
  * Floors 12楼 / 12F / 12层 / 十二楼 / 12/F / 12th Floor / Level 12, often dropped when the
    room number implies it ("A座1203会议室"); rooms 第二会议室 / 二号会议室 / 2号会议室 /
    2#会议室 / 二会议室 / Meeting Room 2; 培训室A / A培训室 / 培训室（A） / Training Room A /
    Room A; 培训中心B厅 / 培训中心 B 厅 / B厅 / Training Center Hall B; 1号教室 / 第一教室.
  * English renderings in either order: "Tower A, 12F, Room 1203, Sci-Tech Innovation Tower,
    Jintang ETDZ" or "Room 1203, 12/F, Block A, Kechuang Tower" (customs, jkq, zbq).
  * Town halls: "澄溪镇人民政府三楼会议室", "锦塘市澄溪镇政府 3F大会议室", "Meeting Room, 3F,
    Chengxi Town Government"; streets: "东塘街道办事处" / "东塘街道办".  Some sessions take
    place in an enterprise's training room ("新泾镇昕源精密机械（锦塘）有限公司1F员工培训室").
Online and hybrid
  * About 60% of the sessions are offline, 20% hybrid (a room and a link), 20% online only.
    Platforms: 腾讯会议 (rsj, tax, scjg, yjj, sthj, …), 钉钉 (gxj, gsl), 飞书 (kjj, gxq),
    华为云WeLink (customs, zbq), Teams and Zoom (jkq, swj, zbq).
  * Meeting codes appear as 842-331-907 / 842331907 / 842 331 907 (Zoom 3-4-4, Teams 3-3-3-3),
    in the URL path or query (".../p/842331907", "?meeting_code=…", "?confId=…") or in the
    location ("会议号：842 331 907（腾讯会议）", "Online (Microsoft Teams, Meeting ID: …)",
    "…报告厅（线上同步：腾讯会议 842-331-907）"); co-hosts of one meeting may post it as a
    token link without the code and as a code; some postings of webinars say just "线上".
Titles
  * Each department words a policy its own way ("药店GSP合规辅导" / "药品经营质量管理规范培训";
    "Export Control Compliance Training" / "两用物项出口管制合规培训": no shared words).
  * customs and jkq post about 60% of their titles in English, zbq often bilingual
    ("中文 English", "中文 | English", "English（中文）"); Chinese departments add
    "（英文授课）" / "（全英文）" / "（中英双语）" for English or bilingual sessions.
  * Decorations: "【市人社局】", "关于举办…的通知", "（名额有限）", "纳税人学堂｜",
    "2027年第二季度", "市监局：", "（公益）", "２０２７年度" (kjj, full-width digits),
    "【惠企服务】", "…——工业企业服务专项行动", "JETDZ Business Briefing: ",
    "[Registration Open]", "Jintang Customs | ", "[Customs-Enterprise Dialogue] ", "（必训）",
    "“政策进民企”系列：", "民营企业服务月｜", "【报名】"; rsj and gsl sometimes put the date
    and town in the title ("（3月9日·澄溪镇）").  Editions follow the calendar ("2027年…",
    "2026年度企业所得税…", "（2027版）").
  * Qualifiers: 第2期 / 第二期 / 第２期 / （第2期） / 第2场 / 第2批次 / Session 2 / Part II /
    Batch 2; 一班 / （二班） / 第二班 / Class 2; 澄溪镇专场 / 澄溪站 / （白沙专场） /
    （澄溪镇）; （上午场） / 上午场 / （上午） / (Morning Session); （英文班） / （中文授课） /
    英文专场 / （中文场） / English Class / (Mandarin Session); （制造业企业专场） /
    for Manufacturing Enterprises.  The host that leads a session always writes the
    qualifier; a co-host drops it about a quarter of the time, unless nothing else (the room
    or the meeting code) would tell the session from a sibling running at the same hour.
Topics (0–4 per posting)
  * policy names: rsj, tax, kjj, gxq, sthj ("增值税留抵退税", "稳岗返还", "排污许可");
  * generic tags: swj ("稳外贸", "外贸政策", "惠企"), scjg ("营商环境", "合规", "培训"),
    gxj ("惠企", "营商环境", "培训"), gsl ("惠企", "民营经济"), zbq ("开放平台", "通关便利");
  * English tags: customs ("AEO", "Export Control", "Customs"), jkq ("Business Environment",
    "Training", "Policy Briefing");
  * yjj posts no topics half of the time; anybody posts none now and then.
Audience
  * sectors as GB/T 4754-2017 Chinese names (rsj, tax, scjg, gxj, gxq, yjj, sthj, gsl),
    English names (customs, jkq, zbq) or section letters (swj, kjj); a co-host sends [] about a
    quarter of the time for a session the lead restricts (wider, never contradictory);
  * regions: full names (tax, swj, gxj, sthj, zbq), names without 镇/街道 (rsj, scjg, gxq,
    yjj, gsl), pinyin (customs, jkq: "Chengxi", "Chengxi Town"), or a mix that includes older
    names such as 城厢镇 / 西港镇 (kjj).  Sessions at a town hall are often for that town,
    jkq's and gxq's for their zones' streets.
Kinds
  * gsl files everything as PUBLICITY and yjj everything as TRAINING; other co-hosts file the
    other kind 7% of the time.
Times
  * tax sends UTC with "Z", customs UTC with "+00:00"; everybody else "+08:00".
  * gxj rounds end times to the hour (a session ending 11:30 is posted ending 12:00).
  * rsj, yjj, scjg often post the sign-in time (30 or 15 minutes early); gsl and swj sometimes
    the start of the main programme (30 minutes late); co-hosts that do not lead sometimes post
    an end 30 minutes off.
  * Working days (清明 and 劳动节 skipped), 08:30–17:30 local, a few full-day trainings; ~3%
    Saturday sessions and ~5% of the webinars in the evening (19:00).

Hard negatives: different real sessions that look alike (share of sessions, over seeds 0–9)
-----------------------------------------------------------------------------------------
  * series siblings (~9%): 第1期 / 第2期 / … of one training in the same room on later days,
    or 第1期 in the morning and 第2期 in the afternoon (webinars get a new code each time);
  * morning/afternoon repeats (~5%): one briefing twice in the same room on the same day,
    marked （上午场） / （下午场） (60%) or not marked at all;
  * parallel rooms (~4%): 一班 / 二班 (/ 三班) of one training in two or three rooms of one
    building at the same hour (401 vs 402, 1203 vs 1205, 培训室A vs 培训室B, 第一 vs 第二会议室,
    培训中心A厅 vs B厅, 1号 vs 2号教室);
  * parallel language classes (~3%): the English class and the Chinese class of one training
    in two rooms of one building at the same hour, titled in two languages;
  * town specials (~4% on successive days, ~3.5% at the same hour): one briefing's 澄溪镇专场
    / 白沙镇专场 … at each town hall; at the same hour most postings give no location, and
    only the town in the title and the audience tell them apart;
  * online sessions at one hour with other meeting codes (~3%): one department's two webinars
    on different policies, or one policy's 制造业企业专场 and 批发和零售业企业专场;
  * redundant sessions (~5.5%): the same policy for the same audience again within one to
    four working days, by the same department elsewhere or by another department;
  * sibling policies (~4%): near-identical titles ("增值税留抵退税政策解读" / "增值税发票管理
    政策解读", "出口退税政策解读" / "出口信用保险政策解读", "失业保险稳岗返还政策宣讲" /
    "失业保险技能提升补贴政策宣讲", "经开区产业扶持政策（2027版）宣讲会" / "高新区产业扶持政策
    （2027版）宣讲会", "跨境电商B2B直接出口（9710）业务培训" / "跨境电商出口海外仓（9810）
    业务培训") in the same room later that day or a day or two later, or in another room of
    the building at the same hour;
  * staggered sessions (~2%): a different session in another room of the same building that
    starts 30–60 minutes later.
About 40–45% of the sessions belong to one of these groups.  Besides them, one department often
runs unrelated sessions at the same hour.  Two unrelated sessions on one policy are kept off the
same hour; when that fails (0–2 pairs at the default size, ~0.5% of sessions at 70,000) every
posting of both keeps its room, meeting code or qualifier.

Scale: ``generate(seed, sessions)`` is linear in ``sessions``.  A larger workload gets a longer
calendar (scale ** 0.7 times as many days: 70,000 sessions span ~4.7 years with ~48 sessions a
working day) and proportionally more venues (enterprises' training rooms and 社区党群服务中心),
so that a room is no busier; the policy catalogue stays fixed and editions follow the year.
"""

from __future__ import annotations

import bisect
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Literal, TypedDict

Kind = Literal["TRAINING", "PUBLICITY"]
TRAINING: Kind = "TRAINING"
PUBLICITY: Kind = "PUBLICITY"

CITY = "锦塘市"
PREFIX_PROVINCE = "江苏省苏州市"
DEFAULT_SESSIONS = 790
BASE_DAYS = 92
START = date(2027, 3, 1)
CST = timezone(timedelta(hours=8))

DEPARTMENTS: dict[str, str] = {
    "rsj": "锦塘市人力资源和社会保障局",
    "tax": "国家税务总局锦塘市税务局",
    "customs": "中华人民共和国锦塘海关",
    "swj": "锦塘市商务局",
    "scjg": "锦塘市市场监督管理局",
    "kjj": "锦塘市科学技术局",
    "gxj": "锦塘市工业和信息化局",
    "jkq": "锦塘经济技术开发区管理委员会",
    "gxq": "锦塘高新技术产业开发区管理委员会",
    "zbq": "锦塘综合保税区管理办公室",
    "yjj": "锦塘市应急管理局",
    "sthj": "苏州市锦塘生态环境局",
    "gsl": "锦塘市工商业联合会",
}


class Region(TypedDict):
    name: str
    code: str | None
    synonyms: list[str]


REGIONS: list[Region] = [
    {
        "name": "锦城街道",
        "code": "320589001000",
        "synonyms": ["锦城", "Jincheng", "Jincheng Subdistrict", "城厢镇"],
    },
    {
        "name": "东塘街道",
        "code": "320589002000",
        "synonyms": ["东塘", "Dongtang", "Dongtang Subdistrict"],
    },
    {
        "name": "西港街道",
        "code": "320589003000",
        "synonyms": ["西港", "Xigang", "Xigang Subdistrict", "西港镇"],
    },
    {
        "name": "枫湾街道",
        "code": "320589004000",
        "synonyms": ["枫湾", "Fengwan", "Fengwan Subdistrict"],
    },
    {
        "name": "澄溪镇",
        "code": "320589101000",
        "synonyms": ["澄溪", "Chengxi", "Chengxi Town", "澄溪乡"],
    },
    {"name": "白沙镇", "code": "320589102000", "synonyms": ["白沙", "Baisha", "Baisha Town"]},
    {
        "name": "湖桥镇",
        "code": "320589103000",
        "synonyms": ["湖桥", "Huqiao", "Huqiao Town", "湖桥乡"],
    },
    {"name": "新泾镇", "code": "320589104000", "synonyms": ["新泾", "Xinjing", "Xinjing Town"]},
    {
        "name": "双浜镇",
        "code": "320589105000",
        "synonyms": ["双浜", "Shuangbang", "Shuangbang Town", "双浜乡"],
    },
    {
        "name": "南渚镇",
        "code": "320589106000",
        "synonyms": ["南渚", "Nanzhu", "Nanzhu Town", "渚泾镇"],
    },
    {"name": "蓬港镇", "code": None, "synonyms": ["蓬港", "Penggang", "Penggang Town"]},
]

_REGION: dict[str, Region] = {r["name"]: r for r in REGIONS}
ETDZ_STREETS = ("东塘街道", "枫湾街道")
HITECH_STREETS = ("西港街道",)

# GB/T 4754-2017 sections: letter -> (Chinese name, English name)
SECTIONS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"),
    "B": ("采矿业", "Mining"),
    "C": ("制造业", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "Production and supply of electricity, heat, gas and water",
    ),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and retail trades"),
    "G": ("交通运输、仓储和邮政业", "Transport, storage and post"),
    "H": ("住宿和餐饮业", "Accommodation and catering"),
    "I": (
        "信息传输、软件和信息技术服务业",
        "Information transmission, software and information technology services",
    ),
    "J": ("金融业", "Finance"),
    "K": ("房地产业", "Real estate"),
    "L": ("租赁和商务服务业", "Leasing and business services"),
    "M": ("科学研究和技术服务业", "Scientific research and technical services"),
    "N": (
        "水利、环境和公共设施管理业",
        "Management of water conservancy, environment and public facilities",
    ),
    "O": ("居民服务、修理和其他服务业", "Resident services, repair and other services"),
    "P": ("教育", "Education"),
    "Q": ("卫生和社会工作", "Health and social work"),
    "R": ("文化、体育和娱乐业", "Culture, sports and entertainment"),
    "S": (
        "公共管理、社会保障和社会组织",
        "Public administration, social security and social organizations",
    ),
    "T": ("国际组织", "International organizations"),
}
# how a 专场 for one sector is called in a title
_SECTOR_SPECIAL = {
    "C": ("制造业企业", "Manufacturing"),
    "F": ("批发和零售业企业", "Wholesale & Retail"),
    "G": ("物流企业", "Logistics"),
    "I": ("软件和信息技术服务企业", "IT Services"),
    "M": ("科技服务企业", "Technical Services"),
    "H": ("餐饮住宿企业", "Catering"),
}


# --------------------------------------------------------------------------- output types


class Audience(TypedDict):
    sectors: list[str]
    regions: list[str]


class PostInput(TypedDict):
    externalId: str
    kind: Kind
    title: str
    start: str
    end: str
    timezone: str
    location: str | None
    onlineUrl: str | None
    topics: list[str]
    audience: Audience
    capacity: int | None
    registrationUrl: str | None


class Truth(TypedDict):
    session: int
    policy: str
    kind: Kind
    start: str
    end: str
    sectors: list[str]
    regions: list[str]


class Posting(TypedDict):
    department: str
    input: PostInput
    truth: Truth


# --------------------------------------------------------------------------- numerals

_CN = "零一二三四五六七八九"
_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_num(n: int) -> str:
    """Chinese numeral for 1–99 (一, 十二, 二十)."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _CN[tens] + "十"
    return head + (_CN[ones] if ones else "")


def full_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


def roman(n: int) -> str:
    return _ROMAN[n] if n < len(_ROMAN) else str(n)


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --------------------------------------------------------------------------- venues


@dataclass(frozen=True)
class Wing:
    zh: tuple[str, ...]
    en: tuple[str, ...]


@dataclass(frozen=True)
class Room:
    key: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    seats: int
    floor: int | None = None
    wing: Wing | None = None
    floor_implied: bool = False  # a room number such as 1203 already says the floor


@dataclass(frozen=True)
class Building:
    key: str
    town: str
    zone: str | None
    full: str  # with province and city
    zh: tuple[str, ...]
    en: tuple[str, ...]
    rooms: tuple[Room, ...]
    users: tuple[str, ...]


def _numbered(key: str, n: int, floor: int, seats: int, wing: Wing | None = None) -> Room:
    return Room(
        key,
        (f"{n}会议室", f"{n}室", f"{n}号会议室", f"{n}"),
        (f"Room {n}", f"Rm {n}", f"Meeting Room {n}"),
        seats,
        floor,
        wing,
        True,
    )


def _ordinal(key: str, n: int, floor: int | None, seats: int, wing: Wing | None = None) -> Room:
    c = cn_num(n)
    return Room(
        key,
        (
            f"第{c}会议室",
            f"{c}号会议室",
            f"{n}号会议室",
            f"第{n}会议室",
            f"{n}#会议室",
            f"{c}会议室",
        ),
        (f"Meeting Room {n}", f"Conference Room {n}", f"No. {n} Meeting Room"),
        seats,
        floor,
        wing,
    )


def _lettered(
    key: str,
    letter: str,
    floor: int | None,
    seats: int,
    base: str = "培训室",
    base_en: str = "Training Room",
) -> Room:
    return Room(
        key,
        (f"{base}{letter}", f"{letter}{base}", f"{base}（{letter}）", f"{base} {letter}"),
        (f"{base_en} {letter}", f"Room {letter}"),
        seats,
        floor,
    )


def _hall(key: str, letter: str, floor: int | None, seats: int) -> Room:
    return Room(
        key,
        (f"培训中心{letter}厅", f"培训中心 {letter} 厅", f"{letter}厅", f"培训中心{letter}号厅"),
        (f"Training Center Hall {letter}", f"Hall {letter}, Training Center"),
        seats,
        floor,
    )


def _classroom(key: str, n: int, seats: int) -> Room:
    c = cn_num(n)
    return Room(
        key,
        (f"{n}号教室", f"第{c}教室", f"{c}号教室", f"教室{n}"),
        (f"Classroom {n}",),
        seats,
        None,
    )


def _named(
    key: str,
    zh: tuple[str, ...],
    en: tuple[str, ...],
    seats: int,
    floor: int | None = None,
    wing: Wing | None = None,
) -> Room:
    return Room(key, zh, en, seats, floor, wing)


_TOWER_A = Wing(("A座", "A栋", "A幢"), ("Tower A", "Block A"))
_TOWER_B = Wing(("B座", "B栋", "B幢"), ("Tower B", "Block B"))
_BLDG_1 = Wing(("1号楼", "1#楼", "一号楼"), ("Building 1",))
_BLDG_2 = Wing(("2号楼", "2#楼", "二号楼"), ("Building 2",))
_BLDG_3 = Wing(("3号楼", "3#楼", "三号楼"), ("Building 3",))
_BLDG_B = Wing(("B栋", "2号楼", "2#楼", "二号楼"), ("Building B", "Block B"))
_TEACHING = Wing(("教学楼", "教学主楼"), ("Teaching Building",))

BASE_BUILDINGS: tuple[Building, ...] = (
    Building(
        "xzzx",
        "锦城街道",
        None,
        "江苏省苏州市锦塘市行政中心",
        (
            "锦塘市行政中心",
            "市行政中心",
            "行政中心",
            "锦塘市锦华路88号市行政中心",
            "市政府行政中心",
        ),
        ("Jintang Municipal Administrative Center", "Jintang City Government Complex"),
        (
            _ordinal("xzzx-3-1", 1, 2, 40, _BLDG_3),
            _ordinal("xzzx-3-2", 2, 2, 40, _BLDG_3),
            _numbered("xzzx-2-501", 501, 5, 30, _BLDG_2),
            _numbered("xzzx-2-502", 502, 5, 30, _BLDG_2),
            _named(
                "xzzx-1-bgt",
                ("报告厅", "学术报告厅", "大报告厅"),
                ("Auditorium", "Lecture Hall"),
                200,
                1,
                _BLDG_1,
            ),
        ),
        ("rsj", "gxj", "scjg", "swj", "gsl", "kjj", "sthj"),
    ),
    Building(
        "zwzx",
        "锦城街道",
        None,
        "江苏省苏州市锦塘市政务服务中心",
        ("锦塘市政务服务中心", "市政务服务中心", "市民服务中心", "政务中心", "锦塘市民中心"),
        ("Jintang Government Service Center", "Jintang Citizen Service Center"),
        (
            Room(
                "zwzx-b-a",
                ("培训室A", "A培训室", "培训室（A）", "培训室 A"),
                ("Training Room A", "Room A"),
                50,
                3,
                _BLDG_B,
            ),
            Room(
                "zwzx-b-b",
                ("培训室B", "B培训室", "培训室（B）", "培训室 B"),
                ("Training Room B", "Room B"),
                50,
                3,
                _BLDG_B,
            ),
            _named(
                "zwzx-ly",
                ("企业服务专区路演室", "企业服务路演室"),
                ("Business Service Roadshow Room",),
                60,
                1,
                _BLDG_B,
            ),
        ),
        ("scjg", "rsj", "tax", "gsl"),
    ),
    Building(
        "kcds",
        "东塘街道",
        "jkq",
        "江苏省苏州市锦塘经济技术开发区科创大厦",
        (
            "锦塘经济技术开发区科创大厦",
            "经开区科创大厦",
            "科创大厦",
            "锦塘经开区科创大厦",
            "锦塘市东塘街道星湖路168号科创大厦",
        ),
        (
            "Sci-Tech Innovation Tower, Jintang ETDZ",
            "Kechuang Tower",
            "Jintang ETDZ Innovation Tower",
        ),
        (
            _numbered("kcds-a-1203", 1203, 12, 40, _TOWER_A),
            _numbered("kcds-a-1205", 1205, 12, 40, _TOWER_A),
            _named(
                "kcds-a-dgn",
                ("多功能厅", "多功能会议厅"),
                ("Multi-function Hall", "Multi-purpose Hall"),
                120,
                16,
                _TOWER_A,
            ),
            _named(
                "kcds-b-bgt",
                ("报告厅", "学术报告厅"),
                ("Auditorium", "Lecture Hall"),
                220,
                3,
                _TOWER_B,
            ),
        ),
        ("jkq", "customs", "swj", "tax", "kjj", "sthj"),
    ),
    Building(
        "jkqgwh",
        "东塘街道",
        "jkq",
        "江苏省苏州市锦塘经济技术开发区管理委员会",
        (
            "锦塘经济技术开发区管委会",
            "经开区管委会",
            "经济技术开发区管理委员会",
            "开发区管委会",
            "锦塘经开区管委会大楼",
        ),
        (
            "JETDZ Administrative Committee",
            "Jintang Economic and Technological Development Zone Administrative Committee",
        ),
        (
            _ordinal("jkqgwh-1", 1, 4, 36),
            _ordinal("jkqgwh-2", 2, 4, 36),
            _named(
                "jkqgwh-dgn",
                ("多功能厅", "多功能会议室"),
                ("Multi-function Hall", "Multi-purpose Room"),
                100,
                2,
            ),
        ),
        ("jkq", "yjj", "sthj", "rsj"),
    ),
    Building(
        "gxqgwh",
        "西港街道",
        "gxq",
        "江苏省苏州市锦塘高新技术产业开发区管理委员会",
        (
            "锦塘高新技术产业开发区管委会",
            "高新区管委会",
            "锦塘高新区管委会大楼",
            "高新技术产业开发区管理委员会",
        ),
        (
            "Jintang Hi-tech Zone Administrative Committee",
            "Jintang High-tech Industrial Development Zone Admin. Committee",
        ),
        (
            _numbered("gxqgwh-401", 401, 4, 30),
            _numbered("gxqgwh-402", 402, 4, 30),
            _named("gxqgwh-dgn", ("多功能厅", "多功能报告厅"), ("Multi-function Hall",), 150, 1),
        ),
        ("gxq", "kjj", "sthj", "yjj"),
    ),
    Building(
        "scsc",
        "西港街道",
        "gxq",
        "江苏省苏州市锦塘高新技术产业开发区创新创业服务中心",
        (
            "锦塘高新区创新创业服务中心",
            "高新区双创中心",
            "高新技术产业开发区创新创业服务中心",
            "双创中心",
        ),
        ("Hi-tech Zone Innovation & Entrepreneurship Center", "Jintang Innovation Hub"),
        (
            _named("scsc-ly", ("路演厅", "路演大厅"), ("Roadshow Hall",), 120, 1),
            _numbered("scsc-301", 301, 3, 30),
            _numbered("scsc-302", 302, 3, 30),
        ),
        ("gxq", "kjj", "gsl", "gxj"),
    ),
    Building(
        "zbqfw",
        "东塘街道",
        "zbq",
        "江苏省苏州市锦塘综合保税区综合服务中心",
        (
            "锦塘综合保税区综合服务中心",
            "综保区综合服务中心",
            "综保区服务大楼",
            "综合保税区服务中心",
        ),
        ("Jintang Comprehensive Bonded Zone Service Center", "JCBZ Service Center"),
        (
            _lettered("zbqfw-a", "A", 2, 40),
            _lettered("zbqfw-b", "B", 2, 40),
            _named("zbqfw-bgt", ("报告厅",), ("Auditorium",), 150, 1),
        ),
        ("zbq", "customs", "swj"),
    ),
    Building(
        "hg",
        "东塘街道",
        "jkq",
        "江苏省苏州市锦塘海关",
        ("锦塘海关", "锦塘海关业务楼", "海关业务综合楼"),
        ("Jintang Customs Building", "Jintang Customs"),
        (
            _named("hg-dgn", ("多功能会议室", "多功能厅"), ("Multi-function Room",), 80, 3),
            _numbered("hg-301", 301, 3, 24),
            _numbered("hg-302", 302, 3, 24),
        ),
        ("customs",),
    ),
    Building(
        "sw",
        "锦城街道",
        None,
        "江苏省苏州市国家税务总局锦塘市税务局",
        ("国家税务总局锦塘市税务局", "锦塘市税务局", "市税务局", "市税务局办公楼"),
        ("Jintang Municipal Tax Service",),
        (
            _named(
                "sw-nsr",
                ("纳税人学堂", "纳税人学堂（多功能厅）", "纳税人学堂培训室"),
                ("Taxpayer School", "Taxpayer Classroom"),
                100,
                5,
            ),
            _numbered("sw-501", 501, 5, 30),
            _numbered("sw-502", 502, 5, 30),
        ),
        ("tax",),
    ),
    Building(
        "dx",
        "锦城街道",
        None,
        "中共锦塘市委党校",
        ("中共锦塘市委党校", "锦塘市委党校", "市委党校", "党校"),
        ("Party School of the CPC Jintang Municipal Committee", "Jintang Party School"),
        (
            _named("dx-bgt", ("报告厅", "大礼堂报告厅"), ("Auditorium",), 300, 1, _TEACHING),
            _classroom("dx-1", 1, 60),
            _classroom("dx-2", 2, 60),
            _classroom("dx-3", 3, 60),
        ),
        ("rsj", "yjj", "scjg", "tax", "gxj"),
    ),
    Building(
        "rlzy",
        "锦城街道",
        None,
        "江苏省苏州市锦塘市人力资源市场",
        ("锦塘市人力资源市场", "市人力资源市场", "人才市场", "锦塘人力资源服务产业园"),
        ("Jintang Human Resources Market",),
        (
            _named("rlzy-px", ("培训室", "职业培训室"), ("Training Room",), 60, 3),
            _named("rlzy-dgn", ("多功能厅",), ("Multi-function Hall",), 120, 2),
        ),
        ("rsj",),
    ),
    Building(
        "jtbg",
        "锦城街道",
        None,
        "江苏省苏州市锦塘宾馆",
        ("锦塘宾馆", "锦塘宾馆会议中心", "锦塘宾馆（锦华路1号）"),
        ("Jintang Hotel", "Jintang Hotel Conference Center"),
        (
            _named("jtbg-jx", ("锦绣厅", "锦绣会议厅"), ("Jinxiu Hall",), 200, 2),
            _named("jtbg-lt", ("兰亭厅", "兰亭会议室"), ("Lanting Room",), 60, 2),
            _named("jtbg-gj", ("国际会议厅",), ("International Conference Hall",), 300, 1),
        ),
        ("swj", "jkq", "gsl", "tax", "customs"),
    ),
    Building(
        "qyfw",
        "锦城街道",
        None,
        "江苏省苏州市锦塘市企业服务中心",
        ("锦塘市企业服务中心", "市企业服务中心", "企业服务中心"),
        ("Jintang Enterprise Service Center",),
        (_hall("qyfw-a", "A", 2, 80), _hall("qyfw-b", "B", 2, 80)),
        ("gxj", "gsl", "scjg", "swj"),
    ),
)


def _pinyin(region: str) -> str:
    return _REGION[region]["synonyms"][1]


def _town_hall(region: Region) -> Building:
    name = region["name"]
    short = region["synonyms"][0]
    py = region["synonyms"][1]
    zh: tuple[str, ...]
    en: tuple[str, ...]
    if name.endswith("街道"):
        full = f"{PREFIX_PROVINCE}{CITY}{name}办事处"
        zh = (f"{name}办事处", f"{name}办", f"锦塘市{name}办事处", f"{short}街道办")
        en = (f"{py} Subdistrict Office",)
    else:
        full = f"{PREFIX_PROVINCE}{CITY}{name}人民政府"
        zh = (f"{name}人民政府", f"{name}政府", f"锦塘市{name}政府", f"{name}政府办公楼")
        en = (f"{py} Town Government", f"People's Government of {py} Town")
    rooms = (
        _named(f"th-{py}-hys", ("会议室", "大会议室"), ("Meeting Room",), 60, 3),
        _named(f"th-{py}-dgn", ("多功能厅",), ("Multi-function Hall",), 120, 2),
    )
    return Building(
        f"th-{py}", name, None, full, zh, en, rooms, ("rsj", "scjg", "gsl", "yjj", "tax", "gxj")
    )


TOWN_HALLS: dict[str, Building] = {r["name"]: _town_hall(r) for r in REGIONS}

_BRANDS = (
    ("博瑞", "Borui"),
    ("德恒", "Deheng"),
    ("精工", "Jinggong"),
    ("联拓", "Liantuo"),
    ("华驰", "Huachi"),
    ("昕源", "Xinyuan"),
    ("宏嘉", "Hongjia"),
    ("泰瑞", "Tairui"),
    ("凯翔", "Kaixiang"),
    ("盛拓", "Shengtuo"),
    ("铭达", "Mingda"),
    ("锐科", "Ruike"),
    ("嘉禾", "Jiahe"),
    ("威凯", "Weikai"),
    ("优利", "Youli"),
    ("立丰", "Lifeng"),
)
_PRODUCTS = (
    ("精密机械", "Precision Machinery"),
    ("电子科技", "Electronic Technology"),
    ("汽车零部件", "Auto Parts"),
    ("新材料", "New Materials"),
    ("光电", "Optoelectronics"),
    ("医疗器械", "Medical Devices"),
    ("智能装备", "Intelligent Equipment"),
    ("包装材料", "Packaging Materials"),
)
_COMMUNITY = (
    "福",
    "安",
    "康",
    "和",
    "泰",
    "新",
    "兴",
    "盛",
    "华",
    "景",
    "苑",
    "桥",
    "港",
    "湾",
    "林",
    "泉",
    "河",
    "湖",
    "城",
    "庄",
    "园",
    "阳",
    "明",
    "丰",
)


def _enterprise(i: int, town: str) -> Building:
    brand, brand_en = _BRANDS[i % len(_BRANDS)]
    product, product_en = _PRODUCTS[(i // len(_BRANDS)) % len(_PRODUCTS)]
    batch = i // (len(_BRANDS) * len(_PRODUCTS))
    if batch:
        brand, brand_en = brand + cn_num(batch % 99 + 1), f"{brand_en} {batch + 1}"
    zh_name = f"{brand}{product}（锦塘）有限公司"
    en_name = f"{brand_en} {product_en} (Jintang) Co., Ltd."
    rooms = (
        _named(f"ent{i}-px", ("培训教室", "员工培训室"), ("Training Room",), 50, 1),
        _named(f"ent{i}-dh", ("大会议室", "一号会议室"), ("Main Meeting Room",), 40, 2),
    )
    return Building(
        f"ent{i}",
        town,
        None,
        f"{PREFIX_PROVINCE}{CITY}{town}{zh_name}",
        (zh_name, f"{town}{zh_name}", f"{brand}{product}公司"),
        (en_name,),
        rooms,
        ("gxj", "yjj", "scjg", "kjj", "gsl", "sthj", "customs"),
    )


def _community(i: int, town: str) -> Building:
    n = len(_COMMUNITY)
    first, second = _COMMUNITY[i % n], _COMMUNITY[(i // n + i) % n]
    name = f"{first}{second}社区" if first != second else f"{first}{first}村"
    batch = i // (n * n)
    if batch:
        name = f"{cn_num(batch % 99 + 1)}{name}"
    short = _REGION[town]["synonyms"][0]
    center = f"{name}党群服务中心"
    rooms = (
        _named(f"cm{i}-hys", ("会议室", "议事厅"), ("Meeting Room",), 40, 2),
        _named(f"cm{i}-dgn", ("多功能室", "多功能活动室"), ("Multi-purpose Room",), 60, 1),
    )
    return Building(
        f"cm{i}",
        town,
        None,
        f"{PREFIX_PROVINCE}{CITY}{town}{center}",
        (f"{town}{center}", f"{short}{center}", center),
        (f"{name} Community Service Center",),
        rooms,
        ("rsj", "scjg", "gsl", "yjj", "tax"),
    )


# default-size enterprises where "走进企业" sessions happen
BASE_ENTERPRISES: tuple[Building, ...] = tuple(
    _enterprise(i, town)
    for i, town in enumerate(
        ("东塘街道", "枫湾街道", "西港街道", "澄溪镇", "白沙镇", "新泾镇", "湖桥镇", "南渚镇")
    )
)


# --------------------------------------------------------------------------- policies


@dataclass(frozen=True)
class Policy:
    pid: str
    kind: Kind
    lead: tuple[str, ...]
    co: tuple[str, ...]
    sectors: tuple[str, ...]
    zh: tuple[str, ...]
    en: tuple[str, ...]
    tags: tuple[str, ...]
    generic: tuple[str, ...]
    en_tags: tuple[str, ...]
    foreign: bool = False
    sibling: str | None = None
    minutes: tuple[int, ...] = (90, 120, 150)


def _p(
    pid: str,
    kind: Kind,
    lead: tuple[str, ...],
    co: tuple[str, ...],
    sectors: str,
    zh: tuple[str, ...],
    en: tuple[str, ...],
    tags: tuple[str, ...],
    generic: tuple[str, ...],
    en_tags: tuple[str, ...],
    foreign: bool = False,
    sibling: str | None = None,
) -> Policy:
    minutes = (120, 150, 180) if kind == TRAINING else (60, 90, 120)
    return Policy(
        pid,
        kind,
        lead,
        co,
        tuple(sectors),
        zh,
        en,
        tags,
        generic,
        en_tags,
        foreign,
        sibling,
        minutes,
    )


POLICIES: tuple[Policy, ...] = (
    # ---- tax
    _p(
        "vat-refund",
        PUBLICITY,
        ("tax",),
        ("gxj", "gsl", "kjj"),
        "",
        (
            "增值税留抵退税政策解读",
            "留抵退税政策宣讲会",
            "增值税期末留抵退税政策辅导",
            "留抵退税“直达快享”政策解读",
        ),
        ("VAT Credit Refund Policy Briefing", "Briefing on Refunds of Excess Input VAT Credits"),
        ("增值税留抵退税", "减税降费", "增值税"),
        ("惠企", "税费优惠", "减税降费"),
        ("VAT", "Tax Refund"),
        True,
        "vat-invoice",
    ),
    _p(
        "vat-invoice",
        PUBLICITY,
        ("tax",),
        ("scjg",),
        "",
        ("增值税发票管理政策解读", "数电发票推广应用政策宣讲", "全面数字化的电子发票开具实操培训"),
        (
            "VAT Invoice Management Briefing",
            "Fully Digitalised E-invoice (Shudian Fapiao) Workshop",
        ),
        ("数电发票", "增值税发票管理"),
        ("办税服务", "惠企"),
        ("VAT", "E-invoice"),
        True,
        "vat-refund",
    ),
    _p(
        "rd-deduction",
        PUBLICITY,
        ("tax", "kjj"),
        ("kjj", "gxq", "gxj", "tax"),
        "CIM",
        (
            "研发费用加计扣除政策解读",
            "研发费用税前加计扣除申报实务培训",
            "研发费用加计扣除政策辅导会",
        ),
        (
            "R&D Super Deduction Policy Briefing",
            "Workshop on the Additional Deduction of R&D Expenses",
        ),
        ("研发费用加计扣除", "科技创新税收优惠"),
        ("惠企", "科技创新", "减税降费"),
        ("R&D", "Tax Incentives"),
        True,
        "rd-ledger",
    ),
    _p(
        "rd-ledger",
        TRAINING,
        ("tax",),
        ("kjj",),
        "CIM",
        ("研发费用辅助账设置辅导", "研发支出辅助账归集实务培训", "研发费用辅助账填报实操"),
        ("R&D Expense Sub-ledger Workshop",),
        ("研发费用辅助账", "研发费用加计扣除"),
        ("培训", "财税辅导"),
        ("R&D", "Bookkeeping"),
        False,
        "rd-deduction",
    ),
    _p(
        "export-rebate",
        PUBLICITY,
        ("tax",),
        ("swj", "customs"),
        "CF",
        ("出口退税政策解读", "出口退（免）税申报实务培训", "外贸企业出口退税无纸化申报辅导"),
        ("Export VAT Rebate Policy Briefing", "Export Tax Refund Filing Workshop"),
        ("出口退（免）税", "出口退税"),
        ("稳外贸", "外贸政策", "惠企"),
        ("Export", "Tax Refund"),
        True,
        "export-credit",
    ),
    _p(
        "export-credit",
        PUBLICITY,
        ("swj",),
        ("gsl", "zbq"),
        "CF",
        ("出口信用保险政策解读", "出口信用保险政策宣讲会", "短期出口信用保险统保平台投保辅导"),
        ("Export Credit Insurance Briefing", "Short-term Export Credit Insurance: How to Enrol"),
        ("出口信用保险", "统保平台"),
        ("稳外贸", "外贸政策", "风险防范"),
        ("Export", "Credit Insurance"),
        True,
        "export-rebate",
    ),
    _p(
        "iit-annual",
        PUBLICITY,
        ("tax", "jkq"),
        ("rsj", "jkq", "tax"),
        "",
        (
            "个人所得税综合所得年度汇算政策解读",
            "个税年度汇算扣缴义务人培训",
            "外籍个人所得税年度汇算辅导",
        ),
        (
            "Individual Income Tax Annual Reconciliation for Foreign Employees",
            "IIT Annual Filing Briefing for Expatriate Staff",
        ),
        ("个人所得税年度汇算", "个税汇算"),
        ("办税服务", "惠企"),
        ("IIT", "Expatriates"),
        True,
        "cit-annual",
    ),
    _p(
        "cit-annual",
        TRAINING,
        ("tax",),
        ("gsl",),
        "",
        (
            "企业所得税年度汇算清缴政策解读",
            "企业所得税年度纳税申报表填报培训",
            "2026年度企业所得税汇算清缴辅导",
        ),
        ("Corporate Income Tax Annual Filing Workshop (FY2026)",),
        ("企业所得税汇算清缴", "企业所得税"),
        ("办税服务", "培训"),
        ("CIT", "Annual Filing"),
        True,
        "iit-annual",
    ),
    _p(
        "treaty",
        PUBLICITY,
        ("tax",),
        ("swj", "jkq"),
        "",
        (
            "非居民企业税收及税收协定待遇政策解读",
            "对外支付税务备案政策辅导",
            "税收协定待遇享受及对外支付备案实务",
        ),
        (
            "Tax Treaty Benefits and Outbound Payments: Briefing for FIEs",
            "Non-resident Enterprise Tax Briefing",
        ),
        ("税收协定", "非居民企业所得税", "对外支付税务备案"),
        ("外资服务", "营商环境"),
        ("Tax Treaty", "Withholding Tax"),
        True,
        "reinvest",
    ),
    _p(
        "reinvest",
        PUBLICITY,
        ("swj", "tax", "jkq"),
        ("jkq", "tax", "swj"),
        "",
        (
            "境外投资者以分配利润直接投资税收抵免政策宣讲",
            "外资企业利润再投资税收优惠政策解读",
            "境外投资者再投资税收抵免政策辅导",
        ),
        (
            "Tax Credit for Foreign Investors Reinvesting Profits",
            "Profit Reinvestment Tax Credit Briefing",
        ),
        ("再投资税收抵免", "稳外资"),
        ("稳外资", "外资服务", "惠企"),
        ("FDI", "Tax Credit"),
        True,
        "treaty",
    ),
    # ---- customs, commerce, bonded zone
    _p(
        "aeo",
        TRAINING,
        ("customs",),
        ("swj", "zbq", "jkq"),
        "CFG",
        ("海关AEO高级认证企业培育辅导", "海关企业信用管理暨AEO认证培训", "AEO高级认证标准解读"),
        ("AEO Advanced Certification Workshop", "Customs AEO Certification Coaching"),
        ("AEO认证", "海关信用管理"),
        ("稳外贸", "通关便利", "培训"),
        ("AEO", "Customs Compliance"),
        True,
    ),
    _p(
        "export-control",
        TRAINING,
        ("customs", "swj", "jkq"),
        ("swj", "jkq", "gxq", "customs"),
        "CF",
        ("两用物项出口管制合规培训", "出口管制内部合规体系建设培训", "出口管制法律法规解读"),
        ("Export Control Compliance Training", "Dual-use Items Export Control Compliance Workshop"),
        ("出口管制", "两用物项"),
        ("合规", "外贸政策", "培训"),
        ("Export Control", "Compliance"),
        True,
        "export-license",
    ),
    _p(
        "export-license",
        TRAINING,
        ("swj",),
        ("customs",),
        "CF",
        (
            "两用物项出口许可申请实务培训",
            "两用物项出口许可证件申领辅导",
            "出口许可申领系统操作培训",
        ),
        ("Dual-use Export Licence Application Workshop",),
        ("两用物项出口许可", "出口管制"),
        ("外贸政策", "培训"),
        ("Export Licence",),
        True,
        "export-control",
    ),
    _p(
        "bonded-processing",
        PUBLICITY,
        ("customs", "zbq"),
        ("zbq", "swj", "customs"),
        "C",
        (
            "加工贸易保税监管政策解读",
            "加工贸易手（账）册管理实务培训",
            "加工贸易企业保税监管政策宣讲",
        ),
        (
            "Bonded Processing Trade: Supervision Briefing",
            "Processing Trade Account Book Management Training",
        ),
        ("加工贸易", "保税监管"),
        ("稳外贸", "通关便利"),
        ("Processing Trade", "Bonded"),
        True,
    ),
    _p(
        "rcep",
        PUBLICITY,
        ("customs", "swj"),
        ("swj", "zbq", "gsl", "customs"),
        "CF",
        (
            "RCEP原产地规则及证书申领培训",
            "RCEP关税减让与原产地规则解读",
            "用好RCEP规则 拓展国际市场宣讲会",
        ),
        ("RCEP Rules of Origin Workshop", "How to Claim RCEP Tariff Preferences"),
        ("RCEP", "原产地规则"),
        ("稳外贸", "外贸政策", "惠企"),
        ("RCEP", "Rules of Origin"),
        True,
    ),
    _p(
        "two-step",
        TRAINING,
        ("customs", "zbq"),
        ("zbq", "customs"),
        "CFG",
        ("进出口货物“两步申报”操作培训", "通关便利化改革措施宣讲", "“提前申报”“两步申报”业务辅导"),
        ("Two-step Declaration Training", "Customs Clearance Facilitation Measures Briefing"),
        ("两步申报", "通关便利化"),
        ("通关便利", "营商环境"),
        ("Customs Clearance",),
        True,
    ),
    _p(
        "bonded-rd",
        PUBLICITY,
        ("zbq",),
        ("customs", "kjj"),
        "CM",
        ("综保区保税研发业务政策解读", "综合保税区保税研发监管政策宣讲", "保税研发账册管理培训"),
        ("Bonded R&D in the Comprehensive Bonded Zone: Policy Briefing",),
        ("保税研发", "综合保税区"),
        ("开放平台", "惠企"),
        ("Bonded Zone", "R&D"),
        True,
        "bonded-repair",
    ),
    _p(
        "bonded-repair",
        PUBLICITY,
        ("zbq",),
        ("customs",),
        "C",
        ("综保区保税维修业务政策解读", "综合保税区保税维修监管政策宣讲", "保税维修业务操作培训"),
        ("Bonded Repair in the Comprehensive Bonded Zone: Policy Briefing",),
        ("保税维修", "综合保税区"),
        ("开放平台", "稳外贸"),
        ("Bonded Zone", "Repair & Maintenance"),
        True,
        "bonded-rd",
    ),
    _p(
        "trade-support",
        PUBLICITY,
        ("swj",),
        ("customs", "tax", "gsl"),
        "CF",
        ("稳外贸惠企政策宣讲会", "2027年外贸扶持政策申报说明会", "外贸企业政策汇编解读"),
        ("Foreign Trade Support Policies 2027: Briefing",),
        ("稳外贸", "外贸扶持资金"),
        ("稳外贸", "外贸政策", "惠企"),
        ("Foreign Trade", "Subsidies"),
        True,
        "fair-subsidy",
    ),
    _p(
        "fair-subsidy",
        PUBLICITY,
        ("swj",),
        ("gsl",),
        "CF",
        (
            "境外展会补贴申报说明会",
            "“锦品出海”境外参展补贴政策解读",
            "2027年境外重点展会参展补贴申报辅导",
        ),
        ("Overseas Trade Fair Subsidy: Application Briefing",),
        ("境外展会补贴", "市场开拓"),
        ("稳外贸", "外贸政策", "惠企"),
        ("Trade Fairs", "Subsidies"),
        True,
        "trade-support",
    ),
    _p(
        "fie-report",
        TRAINING,
        ("swj",),
        ("scjg", "jkq"),
        "",
        (
            "外商投资信息报告年度报告填报培训",
            "外商投资企业年报“多报合一”辅导",
            "外商投资信息报告政策解读",
        ),
        ("Foreign Investment Information Report: Annual Filing Workshop",),
        ("外商投资信息报告", "年报"),
        ("外资服务", "营商环境", "培训"),
        ("Annual Report", "FIE Compliance"),
        True,
        "annual-report",
    ),
    _p(
        "cbec-b2b",
        TRAINING,
        ("swj", "zbq"),
        ("customs", "zbq", "swj"),
        "FI",
        (
            "跨境电商B2B直接出口（9710）业务培训",
            "跨境电商B2B出口监管政策解读",
            "跨境电商出口业务实操培训",
        ),
        ("Cross-border E-commerce B2B Export Training",),
        ("跨境电商", "9710"),
        ("稳外贸", "外贸新业态"),
        ("Cross-border E-commerce",),
        True,
        "cbec-warehouse",
    ),
    _p(
        "cbec-warehouse",
        TRAINING,
        ("swj",),
        ("customs",),
        "FG",
        (
            "跨境电商出口海外仓（9810）业务培训",
            "海外仓建设扶持政策解读",
            "跨境电商海外仓模式监管政策宣讲",
        ),
        ("Cross-border E-commerce Overseas Warehouse Training",),
        ("海外仓", "9810", "跨境电商"),
        ("稳外贸", "外贸新业态"),
        ("Overseas Warehouse",),
        True,
        "cbec-b2b",
    ),
    # ---- market regulation
    _p(
        "annual-report",
        TRAINING,
        ("scjg",),
        ("swj", "tax"),
        "",
        ("企业年度报告公示填报培训", "2026年度市场主体年报辅导", "企业年报“多报合一”填报指导"),
        ("Annual Report Disclosure Workshop",),
        ("企业年报", "信用监管"),
        ("营商环境", "培训"),
        ("Annual Report",),
        False,
        "fie-report",
    ),
    _p(
        "gsp",
        TRAINING,
        ("scjg",),
        ("gsl",),
        "F",
        ("药店GSP合规辅导", "药品经营质量管理规范培训", "零售药店GSP检查要点解读"),
        ("GSP Compliance Coaching for Pharmacies",),
        ("药品GSP", "药品经营质量管理规范"),
        ("合规", "培训"),
        ("GSP",),
    ),
    _p(
        "food-safety",
        TRAINING,
        ("scjg",),
        ("gsl",),
        "CFH",
        (
            "食品生产经营企业落实主体责任培训",
            "食品安全“两个责任”宣讲",
            "食品安全管理人员监督抽查考核培训",
        ),
        ("Food Safety Responsibility Training",),
        ("食品安全", "两个责任"),
        ("合规", "培训"),
        ("Food Safety",),
    ),
    _p(
        "special-equipment",
        TRAINING,
        ("scjg",),
        ("yjj",),
        "C",
        (
            "特种设备安全管理人员培训",
            "电梯叉车等特种设备使用单位安全培训",
            "特种设备使用单位主体责任宣讲",
        ),
        ("Special Equipment Safety Training",),
        ("特种设备安全",),
        ("安全生产", "培训"),
        ("Equipment Safety",),
        True,
    ),
    _p(
        "ip-pledge",
        PUBLICITY,
        ("scjg",),
        ("kjj", "gxq", "gsl"),
        "CIM",
        (
            "知识产权质押融资政策宣讲",
            "知识产权质押融资银企对接会",
            "知识产权质押融资“入园惠企”宣讲",
        ),
        ("IP-backed Financing Briefing",),
        ("知识产权质押融资", "知识产权"),
        ("惠企", "融资服务"),
        ("IP", "Financing"),
        False,
        "ip-overseas",
    ),
    _p(
        "ip-overseas",
        TRAINING,
        ("scjg",),
        ("swj", "jkq", "kjj"),
        "CIM",
        (
            "海外知识产权纠纷应对指导培训",
            "企业海外知识产权保护政策宣讲",
            "涉外知识产权风险防控培训",
        ),
        ("Overseas IP Dispute Response Workshop", "IP Protection for Foreign-invested Enterprises"),
        ("海外知识产权", "知识产权保护"),
        ("合规", "外贸政策"),
        ("IP", "Compliance"),
        True,
        "ip-pledge",
    ),
    _p(
        "standards",
        PUBLICITY,
        ("scjg",),
        ("gxj",),
        "C",
        (
            "企业标准“领跑者”及标准化资助政策解读",
            "首席质量官制度及质量提升政策宣讲",
            "标准化资助项目申报辅导",
        ),
        ("Standardisation Subsidies Briefing",),
        ("标准化", "质量提升"),
        ("惠企", "质量强市"),
        ("Standards",),
    ),
    _p(
        "credit-repair",
        PUBLICITY,
        ("scjg", "gsl"),
        ("gsl", "tax", "scjg"),
        "",
        ("企业信用修复政策宣讲", "经营异常名录移出及信用修复指导", "信用修复“一件事”办理指引"),
        ("Credit Restoration Briefing",),
        ("信用修复", "信用监管"),
        ("营商环境", "惠企"),
        ("Credit",),
    ),
    # ---- industry, science
    _p(
        "smart-mfg",
        PUBLICITY,
        ("gxj", "gxq"),
        ("gxq", "kjj", "jkq", "gxj"),
        "C",
        (
            "智能化改造数字化转型政策宣讲",
            "“智改数转网联”专项政策解读",
            "工业企业数字化转型诊断服务对接会",
        ),
        ("Smart Manufacturing & Digital Transformation Subsidies Briefing",),
        ("智改数转", "数字化转型"),
        ("惠企", "营商环境", "政策宣讲"),
        ("Digital Transformation", "Subsidies"),
        True,
    ),
    _p(
        "specialized-sme",
        PUBLICITY,
        ("gxj",),
        ("kjj", "gsl", "gxq"),
        "CI",
        (
            "专精特新中小企业培育政策解读",
            "专精特新中小企业认定申报辅导",
            "专精特新“小巨人”企业申报培训",
        ),
        ("'Little Giant' Specialised SME Application Coaching",),
        ("专精特新", "中小企业梯度培育"),
        ("惠企", "培训"),
        ("SME",),
        False,
        "innovative-sme",
    ),
    _p(
        "innovative-sme",
        PUBLICITY,
        ("gxj",),
        ("kjj",),
        "CI",
        (
            "创新型中小企业培育政策解读",
            "创新型中小企业评价申报辅导",
            "创新型中小企业自评价系统操作培训",
        ),
        ("Innovative SME Evaluation Briefing",),
        ("创新型中小企业", "中小企业梯度培育"),
        ("惠企", "培训"),
        ("SME",),
        False,
        "specialized-sme",
    ),
    _p(
        "energy",
        TRAINING,
        ("gxj",),
        ("sthj",),
        "CD",
        ("工业节能降碳政策解读", "重点用能单位能源管理培训", "工业企业节能诊断服务宣讲"),
        ("Industrial Energy Efficiency Briefing",),
        ("节能降碳", "能源管理"),
        ("绿色发展", "惠企"),
        ("Energy Efficiency",),
        True,
    ),
    _p(
        "hnte",
        TRAINING,
        ("kjj",),
        ("tax", "gxq"),
        "CIM",
        ("高新技术企业认定申报辅导", "高企认定政策解读及申报实务培训", "高新技术企业申报培训会"),
        ("High and New Technology Enterprise (HNTE) Recognition Workshop",),
        ("高新技术企业认定", "高企申报"),
        ("科技创新", "培训", "惠企"),
        ("HNTE", "Tax Incentives"),
        True,
        "tech-sme",
    ),
    _p(
        "tech-sme",
        TRAINING,
        ("kjj", "gxq"),
        ("gxq", "kjj"),
        "CIM",
        ("科技型中小企业评价入库辅导", "科技型中小企业评价政策解读", "科技型中小企业评价申报辅导"),
        ("Tech-based SME Evaluation Workshop",),
        ("科技型中小企业评价",),
        ("科技创新", "培训"),
        ("SME", "Innovation"),
        False,
        "hnte",
    ),
    _p(
        "rd-center",
        PUBLICITY,
        ("kjj", "gxq"),
        ("gxq", "kjj"),
        "CM",
        (
            "工程技术研究中心申报辅导",
            "省级工程技术研究中心建设政策解读",
            "企业研发机构建设政策宣讲",
        ),
        ("Engineering Research Centre Application Briefing",),
        ("工程技术研究中心", "企业研发机构"),
        ("科技创新", "惠企"),
        ("R&D Centres",),
        True,
    ),
    # ---- human resources
    _p(
        "job-subsidy",
        PUBLICITY,
        ("rsj",),
        ("gsl", "jkq", "gxq"),
        "",
        ("失业保险稳岗返还政策宣讲", "援企稳岗政策宣讲会", "就业补贴政策解读"),
        ("Job Retention Rebates Briefing",),
        ("稳岗返还", "援企稳岗", "就业补贴"),
        ("惠企", "稳就业"),
        ("Employment Subsidies",),
        False,
        "skill-subsidy",
    ),
    _p(
        "skill-subsidy",
        PUBLICITY,
        ("rsj",),
        ("gsl",),
        "",
        ("失业保险技能提升补贴政策宣讲", "职业技能提升补贴政策宣讲会", "技能提升补贴申领辅导"),
        ("Skills Upgrading Subsidy Briefing",),
        ("技能提升补贴", "职业技能提升行动"),
        ("惠企", "技能培训"),
        ("Skills",),
        False,
        "job-subsidy",
    ),
    _p(
        "skill-rating",
        TRAINING,
        ("rsj",),
        ("gxj",),
        "C",
        ("企业职业技能等级认定工作培训", "职业技能等级认定备案辅导", "企业自主评价工作推进培训"),
        ("In-house Skill Level Certification Training",),
        ("职业技能等级认定", "技能人才评价"),
        ("培训", "技能人才"),
        ("Skills",),
    ),
    _p(
        "work-permit",
        PUBLICITY,
        ("kjj", "rsj", "jkq"),
        ("jkq", "gxq", "rsj", "kjj"),
        "",
        (
            "外国人来华工作许可办理政策解读",
            "外籍人才工作许可与居留许可“一件事”办理培训",
            "外国人工作许可业务培训",
        ),
        (
            "Work Permits for Foreign Employees: Application Briefing",
            "Foreign Talent Work & Residence Permit Workshop",
        ),
        ("外国人来华工作许可", "外籍人才"),
        ("外资服务", "人才服务"),
        ("Work Permit", "Expatriates"),
        True,
    ),
    _p(
        "labour-law",
        TRAINING,
        ("rsj", "jkq"),
        ("gsl", "jkq", "rsj"),
        "",
        ("企业劳动用工法律风险防范培训", "和谐劳动关系构建政策宣讲", "劳动合同管理实务培训"),
        (
            "Labour Law Compliance for Foreign-invested Enterprises",
            "Employment Law Essentials for HR Managers",
        ),
        ("劳动关系", "劳动用工"),
        ("合规", "培训", "营商环境"),
        ("Labour Law", "HR Compliance"),
        True,
    ),
    _p(
        "social-insurance",
        PUBLICITY,
        ("rsj", "tax"),
        ("tax", "rsj", "jkq"),
        "",
        ("外籍员工社会保险参保政策解读", "社会保险费征缴政策宣讲", "企业社保费申报缴纳辅导"),
        ("Social Insurance for Foreign Employees: Briefing",),
        ("社会保险", "社保费"),
        ("惠企", "办税服务"),
        ("Social Insurance", "Expatriates"),
        True,
    ),
    _p(
        "talent",
        PUBLICITY,
        ("rsj", "gxq"),
        ("kjj", "gxq", "rsj"),
        "",
        ("“锦塘英才”计划申报政策解读", "高层次人才项目申报辅导", "“锦塘英才”计划申报说明会"),
        ("Jintang Talent Programme: Application Briefing",),
        ("锦塘英才计划", "人才政策"),
        ("人才服务", "惠企"),
        ("Talent",),
        True,
    ),
    # ---- safety, environment
    _p(
        "work-safety",
        TRAINING,
        ("yjj",),
        ("gxq", "jkq", "gxj"),
        "C",
        (
            "企业主要负责人安全生产主体责任培训",
            "安全生产治本攻坚三年行动宣讲",
            "《安全生产法》专题解读",
        ),
        ("Workplace Safety Responsibilities for Plant Managers",),
        ("安全生产", "主体责任"),
        ("安全生产", "培训"),
        ("Workplace Safety",),
        True,
        "hazchem",
    ),
    _p(
        "hazchem",
        TRAINING,
        ("yjj",),
        ("sthj", "gxq"),
        "CF",
        (
            "危险化学品企业安全管理培训",
            "危险化学品使用单位安全管理培训",
            "危化品安全风险排查整治宣讲",
        ),
        ("Hazardous Chemicals Safety Management Training",),
        ("危险化学品", "安全生产"),
        ("安全生产", "培训"),
        ("Hazardous Chemicals",),
        True,
        "work-safety",
    ),
    _p(
        "confined-space",
        TRAINING,
        ("yjj",),
        ("jkq", "gxq"),
        "C",
        ("有限空间作业安全培训", "有限空间作业安全专项培训", "有限空间作业“七不准”宣讲"),
        ("Confined Space Work Safety Training",),
        ("有限空间作业", "安全生产"),
        ("安全生产", "培训"),
        ("Workplace Safety",),
        True,
        "dust",
    ),
    _p(
        "dust",
        TRAINING,
        ("yjj",),
        ("gxq",),
        "C",
        ("粉尘涉爆作业安全培训", "粉尘涉爆企业安全专项培训", "粉尘防爆安全管理培训"),
        ("Combustible Dust Safety Training",),
        ("粉尘涉爆", "安全生产"),
        ("安全生产", "培训"),
        ("Workplace Safety",),
        False,
        "confined-space",
    ),
    _p(
        "pollution-permit",
        TRAINING,
        ("sthj",),
        ("gxq", "jkq"),
        "CD",
        ("排污许可证申领及执行报告填报培训", "排污许可管理条例解读", "排污许可执行报告填报辅导"),
        ("Pollutant Discharge Permit Compliance Training",),
        ("排污许可",),
        ("绿色发展", "合规"),
        ("Environmental Compliance",),
        True,
        "eia",
    ),
    _p(
        "eia",
        PUBLICITY,
        ("sthj",),
        ("gxq",),
        "CE",
        ("环评审批改革政策解读", "建设项目环境影响评价审批政策宣讲", "环评与排污许可衔接政策解读"),
        ("EIA Reform Briefing",),
        ("环境影响评价", "环评审批"),
        ("绿色发展", "营商环境"),
        ("EIA",),
        False,
        "pollution-permit",
    ),
    _p(
        "cbam",
        TRAINING,
        ("sthj", "swj", "jkq"),
        ("swj", "jkq", "sthj"),
        "C",
        (
            "欧盟碳边境调节机制（CBAM）应对培训",
            "出口企业碳足迹核算与CBAM申报培训",
            "CBAM过渡期申报实务",
        ),
        (
            "EU CBAM Readiness Workshop for Exporters",
            "Carbon Border Adjustment Mechanism: What Exporters Need to Know",
        ),
        ("CBAM", "碳足迹"),
        ("绿色发展", "稳外贸"),
        ("CBAM", "Carbon"),
        True,
    ),
    # ---- zones, chamber
    _p(
        "etdz-policy",
        PUBLICITY,
        ("jkq",),
        ("swj", "gxj"),
        "",
        (
            "经开区产业扶持政策（2027版）宣讲会",
            "锦塘经开区产业政策汇编解读",
            "经开区“亲商惠企”政策宣讲",
        ),
        (
            "JETDZ Industrial Support Policies 2027: Briefing",
            "Invest Jintang ETDZ: Incentive Policies Explained",
        ),
        ("经开区产业政策",),
        ("惠企", "营商环境", "招商引资"),
        ("Incentives", "Business Environment"),
        True,
        "hitech-policy",
    ),
    _p(
        "hitech-policy",
        PUBLICITY,
        ("gxq",),
        ("kjj", "gxj"),
        "",
        (
            "高新区产业扶持政策（2027版）宣讲会",
            "锦塘高新区产业政策汇编解读",
            "高新区科技创新扶持政策宣讲",
        ),
        ("Jintang Hi-tech Zone Support Policies 2027: Briefing",),
        ("高新区产业政策", "科技创新"),
        ("惠企", "营商环境"),
        ("Incentives",),
        True,
        "etdz-policy",
    ),
    _p(
        "private-economy",
        PUBLICITY,
        ("gsl",),
        ("scjg", "gxj"),
        "",
        ("《民营经济促进法》宣讲会", "民营经济促进法专题解读", "民营经济促进法进企业宣讲"),
        ("Private Economy Promotion Law Briefing",),
        ("民营经济促进法",),
        ("营商环境", "惠企", "法治宣传"),
        ("Law",),
    ),
    _p(
        "financing",
        PUBLICITY,
        ("gsl", "gxj"),
        ("gxj", "gsl", "scjg"),
        "",
        ("普惠金融政策宣讲暨银企对接会", "中小微企业融资支持政策解读", "“金融活水”助企纾困对接会"),
        ("SME Financing Support Briefing",),
        ("普惠金融", "银企对接"),
        ("惠企", "融资服务"),
        ("Financing",),
    ),
    _p(
        "private-compliance",
        PUBLICITY,
        ("gsl",),
        ("scjg", "rsj"),
        "",
        ("民营企业合规经营专题讲座", "企业合规风险防范宣讲会", "民营企业“法治体检”进园区宣讲"),
        ("Corporate Compliance Seminar for Private Enterprises",),
        ("企业合规", "法治体检"),
        ("营商环境", "民营经济", "法治宣传"),
        ("Compliance",),
        False,
        "private-economy",
    ),
)

POLICY: dict[str, Policy] = {p.pid: p for p in POLICIES}


# --------------------------------------------------------------------------- departments


@dataclass(frozen=True)
class Style:
    """How one department writes its postings."""

    short: str
    english: float  # share of English titles (policies that have one)
    bilingual: float  # share of "中文 English" titles
    zh_deco: tuple[str, ...]  # templates: {t} title, {y} year, {q} quarter, {Y} full-width year
    en_deco: tuple[str, ...]
    deco: float
    topics: Literal["policy", "generic", "en", "sparse"]
    generic: tuple[str, ...]
    sectors: Literal["zh", "en", "letter"]
    regions: Literal["name", "short", "pinyin", "mixed"]
    clock: Literal["local", "utc_z", "utc_offset"]
    platforms: tuple[str, ...]
    series_zh: tuple[str, ...]
    series_en: tuple[str, ...]
    ext: str
    reg: str | None
    early: float = 0.0  # posts the sign-in time
    late: float = 0.0  # posts the start of the main programme
    round_end: bool = False
    full_address: float = 0.15
    en_address: float = 0.0
    capacity: float = 0.5
    kind_fixed: Kind | None = None
    dated_title: float = 0.0  # "（3月9日·澄溪镇）"
    room_weight: tuple[float, float, float] = (0.55, 0.25, 0.20)  # room / hybrid / online
    weight: int = 8


STYLES: dict[str, Style] = {
    "rsj": Style(
        "市人社局",
        0.0,
        0.0,
        ("【市人社局】{t}", "关于举办{t}的通知", "{t}（名额有限）", "{y}年{t}"),
        (),
        0.4,
        "policy",
        ("稳就业", "惠企"),
        "zh",
        "short",
        "local",
        ("tencent",),
        ("第{n}期", "（第{n}期）", "第{cn}期"),
        ("Session {n}",),
        "RSJ-{y}-{seq:04d}",
        "https://rsj.jintang.gov.cn/pxbm/{seq}",
        early=0.35,
        dated_title=0.12,
        weight=12,
    ),
    "tax": Style(
        "市税务局",
        0.12,
        0.0,
        ("纳税人学堂｜{t}", "国家税务总局锦塘市税务局：{t}", "{y}年{q}{t}", "【税费服务】{t}"),
        ("Taxpayer School | {t}",),
        0.45,
        "policy",
        ("办税服务",),
        "zh",
        "name",
        "utc_z",
        ("tencent", "dingtalk"),
        ("（第{n}期）", "第{n}期", "第{n}场"),
        ("Session {n}",),
        "JTSW{y}{seq:05d}",
        "https://www.wjx.cn/vm/jtsw{seq:04d}.aspx",
        early=0.08,
        room_weight=(0.45, 0.25, 0.30),
        weight=12,
    ),
    "customs": Style(
        "锦塘海关",
        0.45,
        0.1,
        ("锦塘海关“关企面对面”：{t}", "【关企面对面】{t}", "{t}（免费）"),
        ("Jintang Customs | {t}", "[Customs-Enterprise Dialogue] {t}", "{t} (Free of Charge)"),
        0.4,
        "en",
        ("Customs",),
        "en",
        "pinyin",
        "utc_offset",
        ("tencent", "welink"),
        ("第{cn}期", "（第{n}期）"),
        ("Session {n}", "Part {roman}"),
        "JTCUS-{seq:06d}",
        "https://jintang.customs.gov.cn/hd/bm/{seq}",
        en_address=0.5,
        room_weight=(0.40, 0.35, 0.25),
        weight=8,
    ),
    "swj": Style(
        "市商务局",
        0.12,
        0.0,
        ("【稳外贸】{t}", "市商务局：{t}", "{y}年{t}"),
        ("{t}",),
        0.35,
        "generic",
        ("稳外贸", "外贸政策", "惠企"),
        "letter",
        "name",
        "local",
        ("tencent", "zoom"),
        ("第{n}期", "第{cn}场"),
        ("Session {n}",),
        "swj_{y}_{seq}",
        "https://jinshuju.net/f/swj{seq:05d}",
        late=0.1,
        room_weight=(0.45, 0.30, 0.25),
        weight=9,
    ),
    "scjg": Style(
        "市市场监管局",
        0.0,
        0.0,
        ("市监局：{t}", "{t}（公益）", "【市场监管】{t}"),
        (),
        0.4,
        "generic",
        ("营商环境", "惠企", "培训", "合规"),
        "zh",
        "short",
        "local",
        ("tencent",),
        ("第{n}期", "第{cn}期"),
        ("Session {n}",),
        "SCJG{y}{seq:04d}",
        "https://scjg.jintang.gov.cn/bm/{seq}",
        early=0.2,
        room_weight=(0.60, 0.20, 0.20),
        weight=10,
    ),
    "kjj": Style(
        "市科技局",
        0.05,
        0.0,
        ("{Y}年度{t}", "科技局关于开展{t}的通知", "【科技服务】{t}"),
        ("{t}",),
        0.4,
        "policy",
        ("科技创新",),
        "letter",
        "mixed",
        "local",
        ("feishu", "tencent"),
        ("第{fw}期", "第{n}期"),
        ("Session {n}",),
        "kjj-hd-{seq:05d}",
        "https://kjj.jintang.gov.cn/hd/{seq}",
        full_address=0.1,
        weight=7,
    ),
    "gxj": Style(
        "市工信局",
        0.0,
        0.0,
        ("【惠企服务】{t}", "{t}——工业企业服务专项行动", "{t}（免费）"),
        (),
        0.35,
        "generic",
        ("惠企", "营商环境", "培训"),
        "zh",
        "name",
        "local",
        ("dingtalk", "tencent"),
        ("第{n}期", "第{n}场"),
        ("Session {n}",),
        "GXJ/{y}/{seq:03d}",
        "https://gxj.jintang.gov.cn/qyfw/{seq}",
        round_end=True,
        weight=8,
    ),
    "jkq": Style(
        "经开区管委会",
        0.55,
        0.12,
        ("【经开区】{t}", "经开区“亲商服务日”：{t}"),
        ("JETDZ Business Briefing: {t}", "{t} [Registration Open]", "Invest Jintang | {t}"),
        0.4,
        "en",
        ("Business Environment", "Training", "Policy Briefing"),
        "en",
        "pinyin",
        "local",
        ("teams", "zoom", "tencent"),
        ("第{n}期",),
        ("Part {roman}", "Session {n}"),
        "{uuid}",
        "https://www.jetdz.gov.cn/en/events/{seq}",
        en_address=0.65,
        room_weight=(0.35, 0.40, 0.25),
        weight=9,
    ),
    "gxq": Style(
        "高新区管委会",
        0.0,
        0.0,
        ("高新区：{t}", "【报名】{t}", "{t}——高新区企业服务月系列活动"),
        (),
        0.35,
        "policy",
        ("科技创新",),
        "zh",
        "short",
        "local",
        ("tencent", "feishu"),
        ("第{cn}期", "第{n}期"),
        ("Session {n}",),
        "GXQ{seq:06d}",
        "https://gxq.jintang.gov.cn/bm/{seq}",
        weight=7,
    ),
    "zbq": Style(
        "综保区",
        0.2,
        0.35,
        ("【综保区】{t}",),
        ("JCBZ | {t}",),
        0.3,
        "generic",
        ("开放平台", "稳外贸", "通关便利"),
        "en",
        "name",
        "local",
        ("welink", "teams"),
        ("第{n}批次", "第{n}期"),
        ("Batch {n}", "Session {n}"),
        "JCBZ-EVT-{seq:05d}",
        "https://www.jcbz.gov.cn/hd/{seq}",
        en_address=0.4,
        weight=5,
    ),
    "yjj": Style(
        "市应急管理局",
        0.0,
        0.0,
        ("关于开展{t}的通知", "{t}（必训）", "【安全生产】{t}"),
        (),
        0.4,
        "sparse",
        ("安全生产",),
        "zh",
        "short",
        "local",
        ("tencent",),
        ("第{n}期", "第{cn}期"),
        ("Session {n}",),
        "YJJ-PX-{y}-{seq:04d}",
        None,
        early=0.3,
        kind_fixed=TRAINING,
        room_weight=(0.70, 0.15, 0.15),
        weight=8,
    ),
    "sthj": Style(
        "生态环境局",
        0.0,
        0.0,
        ("生态环境局：{t}", "【生态环境】{t}"),
        (),
        0.3,
        "policy",
        ("绿色发展",),
        "zh",
        "name",
        "local",
        ("tencent",),
        ("第{n}期",),
        ("Session {n}",),
        "sthj{seq:06d}",
        None,
        weight=5,
    ),
    "gsl": Style(
        "市工商联",
        0.0,
        0.0,
        ("“政策进民企”系列：{t}", "民营企业服务月｜{t}", "{t}（公益）"),
        (),
        0.45,
        "generic",
        ("惠企", "营商环境", "民营经济"),
        "zh",
        "short",
        "local",
        ("dingtalk",),
        ("第{n}场", "第{cn}期"),
        ("Session {n}",),
        "GSL{y}-{seq:04d}",
        "https://jinshuju.net/f/gsl{seq:05d}",
        early=0.1,
        late=0.25,
        kind_fixed=PUBLICITY,
        dated_title=0.2,
        room_weight=(0.40, 0.30, 0.30),
        weight=5,
    ),
}

ENGLISH_DEPTS = ("customs", "jkq", "zbq", "swj")
_LEADS: dict[str, tuple[Policy, ...]] = {
    d: tuple(p for p in POLICIES if d in p.lead) for d in DEPARTMENTS
}

PLATFORMS: dict[str, tuple[str, str, int]] = {
    "tencent": ("腾讯会议", "Tencent Meeting", 9),
    "dingtalk": ("钉钉会议", "DingTalk", 9),
    "feishu": ("飞书会议", "Feishu", 9),
    "zoom": ("Zoom", "Zoom", 11),
    "teams": ("Teams会议", "Microsoft Teams", 12),
    "welink": ("华为云WeLink", "WeLink", 9),
}


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class Qualifier:
    kind: Literal["series", "class", "town", "half", "lang", "sector"]
    n: int = 0
    value: str = ""  # town name, "am"/"pm", "en"/"zh", sector letter


@dataclass(frozen=True)
class Online:
    platform: str
    code: str
    token: str
    pwd: str


@dataclass
class Session:
    sid: int
    policy: Policy
    kind: Kind
    day: date
    start: int  # minutes after local midnight
    end: int
    hosts: list[str]
    building: Building | None
    room: Room | None
    online: Online | None
    lang: Literal["zh", "en", "bi"]
    qualifier: Qualifier | None
    sectors: list[str]
    regions: list[str]
    capacity: int | None
    distinct: bool = False  # a sibling runs at the same hour: keep something that tells them apart
    hide_location: float = 0.0  # chance that a posting gives no location at all
    registration: str | None = None


@dataclass
class Stats:
    groups: Counter[str] = field(default_factory=Counter)
    members: Counter[str] = field(default_factory=Counter)
    incidental: int = 0  # unrelated same-policy sessions that share an hour


def _working_days(span: int) -> tuple[list[date], list[date]]:
    holidays = {
        (1, 1),
        (4, 5),
        (5, 1),
        (5, 2),
        (5, 3),
        (5, 4),
        (5, 5),
        (10, 1),
        (10, 2),
        (10, 3),
        (10, 4),
        (10, 5),
        (10, 6),
        (10, 7),
        (2, 10),
        (2, 11),
        (2, 12),
        (2, 13),
    }
    work: list[date] = []
    saturdays: list[date] = []
    for i in range(span):
        d = START + timedelta(days=i)
        if (d.month, d.day) in holidays:
            continue
        if d.weekday() < 5:
            work.append(d)
        elif d.weekday() == 5:
            saturdays.append(d)
    return work, saturdays


class World:
    """Calendar, venues and bookings for one generated workload."""

    def __init__(self, rng: random.Random, n_sessions: int) -> None:
        self.rng = rng
        scale = max(n_sessions, 1) / DEFAULT_SESSIONS
        # a larger workload is a longer calendar (scale ** 0.7 as many days) with more venues
        span = round(BASE_DAYS * scale**0.7) if scale > 1 else BASE_DAYS
        self.days, self.saturdays = _working_days(span)
        base_count = len(BASE_BUILDINGS) + len(TOWN_HALLS) + len(BASE_ENTERPRISES)
        self.base_share = 1.0 if scale <= 1 else min(1.0, (span / BASE_DAYS) / scale)
        extra = math.ceil(base_count * (1 / self.base_share - 1))
        towns = [r["name"] for r in REGIONS]
        self.extra: list[Building] = [
            _enterprise(len(BASE_ENTERPRISES) + i // 2, towns[i % len(towns)])
            if i % 2 == 0
            else _community(i // 2, towns[(i // 2) % len(towns)])
            for i in range(extra)
        ]
        self.by_user: dict[str, list[Building]] = {d: [] for d in DEPARTMENTS}
        for b in BASE_BUILDINGS:
            for u in b.users:
                self.by_user[u].append(b)
        self.busy: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self.policy_busy: dict[tuple[str, int], list[tuple[int, int, int, Session]]] = {}
        self.codes: set[str] = set()
        self.next_sid = 0
        self.cluster = 0
        self.incidental = 0  # unrelated same-policy sessions that ended up at one hour

    # ---- calendar
    def day(self) -> date:
        if self.saturdays and self.rng.random() < 0.03:
            return self.rng.choice(self.saturdays)
        return self.rng.choice(self.days)

    def later(self, d: date, workdays: int) -> date | None:
        """The working day ``workdays`` after ``d``; None past the end of the calendar."""
        j = bisect.bisect_right(self.days, d) + workdays - 1
        return self.days[j] if j < len(self.days) else None

    def slot(self, policy: Policy, online: bool) -> tuple[int, int]:
        rng = self.rng
        dur = rng.choice(policy.minutes)
        r = rng.random()
        if online and r < 0.05:
            return 19 * 60, 19 * 60 + min(dur, 90)
        if policy.kind == TRAINING and r < 0.10:
            return 9 * 60, 16 * 60 + 30
        if r < 0.55:
            start = rng.choice((510, 540, 540, 570, 600))
            return start, max(start + 60, min(start + dur, 720 if start < 570 else 735))
        start = rng.choice((810, 840, 840, 870, 900))
        return start, max(start + 60, min(start + dur, 1050))

    # ---- venues
    def building(self, lead: str) -> Building:
        rng = self.rng
        if self.extra and rng.random() > self.base_share:
            i = rng.randrange(len(self.extra))
            window = [self.extra[(i + j) % len(self.extra)] for j in range(min(8, len(self.extra)))]
            own = [b for b in window if lead in b.users]
            return rng.choice(own or window)
        r = rng.random()
        if r < 0.72 and self.by_user[lead]:
            return rng.choice(self.by_user[lead])
        if r < 0.9 and lead in TOWN_HALLS["澄溪镇"].users:
            return rng.choice(list(TOWN_HALLS.values()))
        if lead in BASE_ENTERPRISES[0].users:
            return rng.choice(BASE_ENTERPRISES)
        return rng.choice(self.by_user[lead] or list(BASE_BUILDINGS))

    def free(self, room: Room, day: date, start: int, end: int) -> bool:
        """A room needs half an hour between two sessions."""
        for s, e in self.busy.get((room.key, day.toordinal()), ()):
            if start < e + 30 and s < end + 30:
                return False
        return True

    def book(self, room: Room, day: date, start: int, end: int) -> None:
        self.busy.setdefault((room.key, day.toordinal()), []).append((start, end))

    def clashes(self, pid: str, day: date, start: int, end: int) -> list[Session]:
        """Sessions of other groups on the same policy that overlap this span."""
        return [
            s
            for a, b, c, s in self.policy_busy.get((pid, day.toordinal()), ())
            if c != self.cluster and start < b and a < end
        ]

    def policy_free(self, pid: str, day: date, start: int, end: int) -> bool:
        return not self.clashes(pid, day, start, end)

    def free_day(self, pid: str, day: date, start: int, end: int) -> date:
        """``day``, or the next working day on which the policy has nothing else at that hour."""
        for _ in range(4):
            if self.policy_free(pid, day, start, end):
                return day
            nxt = self.later(day, 1)
            if nxt is None:
                break
            day = nxt
        return day

    def code(self, platform: str) -> Online:
        rng = self.rng
        digits = PLATFORMS[platform][2]
        while True:
            code = str(rng.randrange(10 ** (digits - 1), 10**digits))
            if code not in self.codes:
                self.codes.add(code)
                break
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        token = "".join(rng.choice(alphabet) for _ in range(10))
        pwd = "".join(rng.choice(alphabet) for _ in range(6))
        return Online(platform, code, token, pwd)


# --------------------------------------------------------------------------- building sessions

Lang = Literal["zh", "en", "bi"]
Mode = Literal["room", "hybrid", "online"]


class Builder:
    def __init__(self, rng: random.Random, n_sessions: int) -> None:
        self.rng = rng
        self.world = World(rng, n_sessions)
        self.sessions: list[Session] = []
        self.stats = Stats()

    # ---- choices
    def lead(self) -> str:
        depts = list(DEPARTMENTS)
        return self.rng.choices(depts, weights=[STYLES[d].weight for d in depts])[0]

    def policy_of(self, lead: str, pred: Callable[[Policy], bool] | None = None) -> Policy | None:
        pool = [p for p in _LEADS[lead] if pred is None or pred(p)]
        return self.rng.choice(pool) if pool else None

    def any_policy(self, lead: str) -> Policy:
        policy = self.policy_of(lead)
        assert policy is not None, lead
        return policy

    def hosts(self, policy: Policy, lead: str, rate: float = 0.34) -> list[str]:
        rng = self.rng
        co = [d for d in policy.co if d != lead]
        if not co or rng.random() >= rate:
            return [lead]
        k = min(len(co), rng.choices((1, 2, 3), weights=(70, 22, 8))[0])
        return [lead, *rng.sample(co, k)]

    def mode(self, lead: str) -> Mode:
        r = self.rng.random()
        room, hybrid, _ = STYLES[lead].room_weight
        if r < room:
            return "room"
        return "hybrid" if r < room + hybrid else "online"

    def lang(self, policy: Policy, lead: str) -> Lang:
        if not policy.foreign:
            return "zh"
        r = self.rng.random()
        if lead in ENGLISH_DEPTS:
            return "en" if r < 0.16 else "bi" if r < 0.40 else "zh"
        return "bi" if r < 0.08 else "zh"

    def audience(
        self, policy: Policy, building: Building | None, lead: str
    ) -> tuple[list[str], list[str]]:
        rng = self.rng
        sectors = list(policy.sectors)
        if len(sectors) > 1 and rng.random() < 0.15:
            sectors = sorted(rng.sample(sectors, len(sectors) - 1))
        regions: list[str] = []
        if building is not None and building.key.startswith("th-") and rng.random() < 0.5:
            regions = [building.town]
        elif lead == "jkq" and rng.random() < 0.3:
            regions = list(ETDZ_STREETS)
        elif lead == "gxq" and rng.random() < 0.3:
            regions = list(HITECH_STREETS)
        elif rng.random() < 0.06:
            regions = sorted(rng.sample([r["name"] for r in REGIONS], 2))
        return sectors, regions

    def capacity(self, room: Room | None) -> int | None:
        rng = self.rng
        if room is None:
            return rng.choice((None, None, 300, 500, 1000))
        seats = room.seats
        return rng.choice((seats, seats, (seats * 8 // 10) // 10 * 10 or seats, None))

    # ---- placing
    def place(
        self,
        lead: str,
        day: date,
        start: int,
        end: int,
        building: Building | None = None,
        exclude: Sequence[str] = (),
    ) -> tuple[Building, Room] | None:
        """A free room on that day and hour: in ``building`` if given, else where the lead goes."""
        rng = self.rng
        for _ in range(6):
            b = building or self.world.building(lead)
            rooms = [r for r in b.rooms if r.key not in exclude]
            if not rooms:
                return None
            room = rng.choice(rooms)
            if self.world.free(room, day, start, end):
                return b, room
        return None

    def rooms_at(
        self, lead: str, day: date, start: int, end: int, k: int
    ) -> tuple[Building, list[Room]] | None:
        """``k`` free rooms of one building."""
        w = self.world
        for _ in range(6):
            b = w.building(lead)
            rooms = [r for r in b.rooms if w.free(r, day, start, end)]
            if len(rooms) >= k:
                return b, sorted(self.rng.sample(rooms, k), key=lambda r: r.key)
        return None

    def new(
        self,
        policy: Policy,
        hosts: list[str],
        day: date,
        start: int,
        end: int,
        place: tuple[Building, Room] | None,
        online: Online | None,
        lang: Lang,
        qualifier: Qualifier | None = None,
        audience: tuple[list[str], list[str]] | None = None,
        kind: Kind | None = None,
    ) -> Session:
        w = self.world
        building, room = place if place else (None, None)
        if room is not None:
            w.book(room, day, start, end)
        elif online is None:  # nowhere to be: it becomes a webinar
            online = w.code(self.rng.choice(STYLES[hosts[0]].platforms))
        sectors, regions = audience or self.audience(policy, building, hosts[0])
        s = Session(
            w.next_sid,
            policy,
            kind or policy.kind,
            day,
            start,
            end,
            hosts,
            building,
            room,
            online,
            lang,
            qualifier,
            sectors,
            regions,
            self.capacity(room),
        )
        # rarely, an unrelated session on the same policy lands on the same hour (the anchors
        # avoid it): then both must keep what tells them apart (room, meeting code, qualifier)
        for other in w.clashes(policy.pid, day, start, end):
            other.distinct = s.distinct = True
            w.incidental += 1
        w.policy_busy.setdefault((policy.pid, day.toordinal()), []).append(
            (start, end, w.cluster, s)
        )
        w.next_sid += 1
        self.sessions.append(s)
        return s

    def online_for(self, lead: str, mode: str) -> Online | None:
        if mode == "room":
            return None
        return self.world.code(self.rng.choice(STYLES[lead].platforms))

    def free_slot(self, policy: Policy, online: bool, tries: int = 10) -> tuple[date, int, int]:
        w = self.world
        for _ in range(tries):
            day = w.day()
            start, end = w.slot(policy, online)
            if w.policy_free(policy.pid, day, start, end):
                break
        return day, start, end

    def note(self, kind: str, sessions: Sequence[Session]) -> None:
        if len(sessions) < 2:
            return
        self.stats.groups[kind] += 1
        self.stats.members[kind] += len(sessions)

    # ---- groups of sessions
    def single(self, lead: str | None = None, policy: Policy | None = None) -> list[Session]:
        lead = lead or self.lead()
        policy = policy or self.any_policy(lead)
        mode = self.mode(lead)
        day, start, end = self.free_slot(policy, mode == "online")
        place = None
        if mode != "online":
            place = self.place(lead, day, start, end)
            if place is None:
                mode = "online"
        return [
            self.new(
                policy,
                self.hosts(policy, lead),
                day,
                start,
                end,
                place,
                self.online_for(lead, mode),
                self.lang(policy, lead),
            )
        ]

    def series(self, remaining: int) -> list[Session]:
        """第1期, 第2期 … of one training: same room, other days (or morning and afternoon)."""
        rng, w = self.rng, self.world
        lead = self.lead()
        policy = self.any_policy(lead)
        k = min(remaining, rng.choice((2, 2, 3, 3, 4)))
        first = 1 if rng.random() < 0.7 else rng.randint(2, 5)
        hosts = self.hosts(policy, lead)
        mode = self.mode(lead)
        lang = self.lang(policy, lead)
        day, start, end = self.free_slot(policy, mode == "online")
        same_day = k == 2 and rng.random() < 0.25
        if same_day:  # 第1期 in the morning, 第2期 in the afternoon
            start = rng.choice((540, 570))
            end = start + min(end - start, 150)
        place = None if mode == "online" else self.place(lead, day, start, end)
        if place is None:
            mode = "online"
        out: list[Session] = []
        for i in range(k):
            if i:
                if same_day:
                    start, end = 840, 840 + (end - start)
                else:
                    nxt = w.later(day, rng.choice((1, 2, 3, 5, 5, 7)))
                    if nxt is None:
                        break
                    day = w.free_day(policy.pid, nxt, start, end)
            here = place
            if place is not None and not w.free(place[1], day, start, end):
                here = self.place(lead, day, start, end, building=place[0])
            online = self.online_for(lead, mode if here else "online")
            out.append(
                self.new(
                    policy,
                    hosts,
                    day,
                    start,
                    end,
                    here,
                    online,
                    lang,
                    Qualifier("series", first + i),
                )
            )
        self.note("series_siblings", out)
        return out

    def am_pm(self) -> list[Session]:
        """One briefing twice in one room, morning and afternoon."""
        rng, w = self.rng, self.world
        lead = self.lead()
        policy = self.any_policy(lead)
        dur = min(rng.choice(policy.minutes), 150)
        am, pm = rng.choice((540, 570)), rng.choice((840, 870))
        for _ in range(8):
            day = w.day()
            if w.policy_free(policy.pid, day, am, am + dur) and w.policy_free(
                policy.pid, day, pm, pm + dur
            ):
                break
        place = self.place(lead, day, am, pm + dur)
        if place is None:
            return self.single(lead, policy)
        hosts = self.hosts(policy, lead)
        lang = self.lang(policy, lead)
        marked = rng.random() < 0.6
        mode = "hybrid" if rng.random() < 0.25 else "room"
        out = [
            self.new(
                policy,
                hosts,
                day,
                s,
                s + dur,
                place,
                self.online_for(lead, mode),
                lang,
                Qualifier("half", value=h) if marked else None,
            )
            for s, h in ((am, "am"), (pm, "pm"))
        ]
        self.note("am_pm_repeat", out)
        return out

    def parallel_classes(self, remaining: int) -> list[Session]:
        """一班 / 二班 (/ 三班) of one training in rooms of one building at the same hour."""
        rng = self.rng
        lead = self.lead()
        policy = self.policy_of(lead, lambda p: p.kind == TRAINING) or self.any_policy(lead)
        k = min(remaining, 3 if rng.random() < 0.2 else 2)
        day, start, end = self.free_slot(policy, False)
        found = self.rooms_at(lead, day, start, end, k)
        if found is None:
            return self.single(lead, policy)
        b, rooms = found
        hosts = self.hosts(policy, lead)
        audience = self.audience(policy, b, lead)
        out = [
            self.new(
                policy,
                hosts,
                day,
                start,
                end,
                (b, room),
                None,
                "zh",
                Qualifier("class", i + 1),
                audience,
                TRAINING,
            )
            for i, room in enumerate(rooms)
        ]
        for s in out:
            s.distinct = True
        self.note("parallel_rooms", out)
        return out

    def parallel_language(self) -> list[Session]:
        """The English class and the Chinese class of one training, two rooms, one hour."""
        rng = self.rng
        lead = rng.choice(("customs", "customs", "jkq", "jkq", "swj", "zbq"))
        policy = self.policy_of(lead, lambda p: p.foreign and p.kind == TRAINING) or self.policy_of(
            lead, lambda p: p.foreign
        )
        if policy is None:
            return self.single(lead)
        day, start, end = self.free_slot(policy, False)
        found = self.rooms_at(lead, day, start, end, 2)
        if found is None:
            return self.single(lead, policy)
        b, rooms = found
        rng.shuffle(rooms)
        hosts = self.hosts(policy, lead, 0.4)
        audience = self.audience(policy, b, lead)
        classes: tuple[tuple[Room, Literal["en", "zh"]], ...] = ((rooms[0], "en"), (rooms[1], "zh"))
        out = [
            self.new(
                policy,
                hosts,
                day,
                start,
                end,
                (b, room),
                None,
                lang,
                Qualifier("lang", value=lang),
                audience,
            )
            for room, lang in classes
        ]
        for s in out:
            s.distinct = True
        self.note("parallel_language", out)
        return out

    def town_specials(self, remaining: int) -> list[Session]:
        """One briefing's 专场 in several towns: on successive days, or all at one hour."""
        rng, w = self.rng, self.world
        lead = rng.choice(("rsj", "rsj", "tax", "scjg", "gsl", "yjj", "gxj", "swj"))
        policy = self.any_policy(lead)
        k = min(remaining, rng.choice((2, 3, 3, 4)))
        towns = rng.sample([r["name"] for r in REGIONS], k)
        hosts = self.hosts(policy, lead)
        same_hour = rng.random() < 0.45
        day, start, end = self.free_slot(policy, False)
        out: list[Session] = []
        for i, town in enumerate(towns):
            if i and not same_hour:
                nxt = w.later(day, rng.choice((1, 1, 2)))
                if nxt is None:
                    break
                day = w.free_day(policy.pid, nxt, start, end)
            place = self.place(lead, day, start, end, building=TOWN_HALLS[town])
            s = self.new(
                policy,
                hosts,
                day,
                start,
                end,
                place,
                None,
                "zh",
                Qualifier("town", value=town),
                (list(policy.sectors), [town]),
            )
            if same_hour:
                s.distinct = True
                s.hide_location = 0.65
            out.append(s)
        self.note("town_same_hour" if same_hour else "town_specials", out)
        return out

    def online_same_hour(self) -> list[Session]:
        """Two webinars at one hour with their own meeting codes."""
        rng, w = self.rng, self.world
        lead = self.lead()
        policy = self.any_policy(lead)
        day, start, end = self.free_slot(policy, True)
        platform = rng.choice(STYLES[lead].platforms)
        specials = [c for c in policy.sectors if c in _SECTOR_SPECIAL]
        out: list[Session]
        if len(specials) >= 2 and rng.random() < 0.6:
            hosts = self.hosts(policy, lead)
            lang = self.lang(policy, lead)
            out = [
                self.new(
                    policy,
                    hosts,
                    day,
                    start,
                    end,
                    None,
                    w.code(platform),
                    lang,
                    Qualifier("sector", value=c),
                    ([c], []),
                )
                for c in rng.sample(specials, 2)
            ]
        else:
            other = self.policy_of(
                lead, lambda p: p.pid != policy.pid and w.policy_free(p.pid, day, start, end)
            )
            if other is None:
                return self.single(lead, policy)
            out = [
                self.new(
                    p,
                    self.hosts(p, lead),
                    day,
                    start,
                    end,
                    None,
                    w.code(platform),
                    self.lang(p, lead),
                )
                for p in (policy, other)
            ]
        for s in out:
            s.distinct = True
        self.note("online_codes", out)
        return out

    def redundant(self, remaining: int) -> list[Session]:
        """The same policy for the same audience again within days (not a duplicate)."""
        rng, w = self.rng, self.world
        lead = self.lead()
        policy = self.any_policy(lead)
        k = min(remaining, 3 if rng.random() < 0.25 else 2)
        leads = [lead]
        for _ in range(k - 1):
            others = [d for d in (*policy.lead, *policy.co) if d not in leads]
            leads.append(rng.choice(others) if others and rng.random() < 0.5 else lead)
        audience = self.audience(policy, None, lead)
        day = w.day()
        out: list[Session] = []
        for i, dept in enumerate(leads):
            mode = self.mode(dept)
            start, end = w.slot(policy, mode == "online")
            nxt = w.later(day, rng.randint(1, 4)) if i else day
            if nxt is None:
                break
            day = w.free_day(policy.pid, nxt, start, end)
            place = None
            if mode != "online":
                place = self.place(dept, day, start, end)
                if place is None:
                    mode = "online"
            hosts = [dept] if i else self.hosts(policy, dept, 0.2)
            out.append(
                self.new(
                    policy,
                    hosts,
                    day,
                    start,
                    end,
                    place,
                    self.online_for(dept, mode),
                    self.lang(policy, dept),
                    None,
                    audience,
                )
            )
        self.note("redundant", out)
        return out

    def siblings(self) -> list[Session]:
        """Two sibling policies with near-identical titles at nearby times and places."""
        rng, w = self.rng, self.world
        policy = rng.choice([p for p in POLICIES if p.sibling])
        sibling = POLICY[policy.sibling or ""]
        lead = rng.choice(policy.lead)
        lead2 = lead if lead in (*sibling.lead, *sibling.co) else rng.choice(sibling.lead)
        pattern = rng.random()
        for _ in range(8):
            day, start, end = self.free_slot(policy, False)
            if pattern < 0.4:  # later that day, same room
                s2 = 840 if start < 720 else 540
                e2 = s2 + min(end - start, 150)
                day2 = day
            elif pattern < 0.7:  # same hour, another room of the building
                s2, e2, day2 = start, end, day
            else:  # a day or two later, same room
                s2, e2, day2 = start, end, w.later(day, rng.choice((1, 2))) or day
            if w.policy_free(sibling.pid, day2, s2, e2):
                break
        place = self.place(lead, day, start, end)
        if place is None:
            return self.single(lead, policy)
        room_mode = "hybrid" if rng.random() < 0.2 else "room"
        first = self.new(
            policy,
            self.hosts(policy, lead),
            day,
            start,
            end,
            place,
            self.online_for(lead, room_mode),
            self.lang(policy, lead),
        )
        if lead2 not in place[0].users:  # the sibling's host stays in its own venues
            where = self.place(lead2, day2, s2, e2)
        elif pattern < 0.4 or (pattern >= 0.7 and day2 != day):
            where = (
                place
                if w.free(place[1], day2, s2, e2)
                else self.place(lead2, day2, s2, e2, building=place[0])
            )
        else:
            where = self.place(lead2, day2, s2, e2, building=place[0], exclude=(place[1].key,))
        second = self.new(
            sibling,
            self.hosts(sibling, lead2),
            day2,
            s2,
            e2,
            where,
            None,
            self.lang(sibling, lead2),
        )
        out = [first, second]
        self.note("sibling_policy", out)
        return out

    def staggered(self) -> list[Session]:
        """Another session in the same building, starting 30–60 minutes later."""
        rng, w = self.rng, self.world
        lead = self.lead()
        policy = self.any_policy(lead)
        day, start, end = self.free_slot(policy, False)
        place = self.place(lead, day, start, end)
        if place is None:
            return self.single(lead, policy)
        b = place[0]
        first = self.new(
            policy, self.hosts(policy, lead), day, start, end, place, None, self.lang(policy, lead)
        )
        users = [u for u in b.users if _LEADS[u]]
        lead2 = rng.choice(users) if users else lead
        shift = rng.choice((30, 45, 60))
        s2, e2 = start + shift, min(end + shift, 1080)
        p2 = self.policy_of(
            lead2, lambda p: p.pid != policy.pid and w.policy_free(p.pid, day, s2, e2)
        )
        where = self.place(lead2, day, s2, e2, building=b, exclude=(place[1].key,))
        if where is None or p2 is None:
            return [first]
        second = self.new(p2, self.hosts(p2, lead2), day, s2, e2, where, None, self.lang(p2, lead2))
        out = [first, second]
        self.note("staggered_building", out)
        return out

    def build(self, n: int) -> list[Session]:
        rng = self.rng
        kinds: tuple[tuple[str, float], ...] = (
            ("single", 0.745),
            ("series", 0.05),
            ("am_pm", 0.03),
            ("parallel_classes", 0.025),
            ("parallel_language", 0.02),
            ("town", 0.032),
            ("online", 0.02),
            ("redundant", 0.035),
            ("siblings", 0.03),
            ("staggered", 0.013),
        )
        names = [k for k, _ in kinds]
        weights = [wt for _, wt in kinds]
        while len(self.sessions) < n:
            remaining = n - len(self.sessions)
            self.world.cluster += 1
            kind = rng.choices(names, weights=weights)[0] if remaining > 1 else "single"
            if kind == "series":
                self.series(remaining)
            elif kind == "am_pm":
                self.am_pm()
            elif kind == "parallel_classes":
                self.parallel_classes(remaining)
            elif kind == "parallel_language":
                self.parallel_language()
            elif kind == "town":
                self.town_specials(remaining)
            elif kind == "online":
                self.online_same_hour()
            elif kind == "redundant":
                self.redundant(remaining)
            elif kind == "siblings":
                self.siblings()
            elif kind == "staggered":
                self.staggered()
            else:
                self.single()
        return self.sessions


# --------------------------------------------------------------------------- rendering


def _fmt_code(code: str, style: int) -> str:
    if style == 0:
        return code
    sep = "-" if style == 1 else " "
    if len(code) == 11:
        groups = [code[:3], code[3:7], code[7:]]
    else:
        groups = [code[i : i + 3] for i in range(0, len(code), 3)]
    return sep.join(groups)


def _url(o: Online, rng: random.Random) -> tuple[str, bool]:
    """A join link and whether the meeting code can be read from it."""
    c, t = o.code, o.token
    choices: list[tuple[str, bool]]
    if o.platform == "tencent":
        choices = [
            (f"https://meeting.tencent.com/dm/{t}", False),
            (f"https://meeting.tencent.com/p/{c}", True),
            (f"https://meeting.tencent.com/dm/{t}?meeting_code={c}", True),
        ]
    elif o.platform == "dingtalk":
        choices = [
            (f"https://meeting.dingtalk.com/j/{t}", False),
            (f"https://meeting.dingtalk.com/j/{t}?roomCode={c}", True),
        ]
    elif o.platform == "feishu":
        choices = [
            (f"https://vc.feishu.cn/j/{c}", True),
            (f"https://vc.feishu.cn/j/{c}?from=share", True),
        ]
    elif o.platform == "zoom":
        choices = [
            (f"https://zoom.us/j/{c}?pwd={o.pwd}{t}", True),
            (f"https://zoom.us/j/{c}", True),
        ]
    elif o.platform == "teams":
        choices = [
            (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{t}%40thread.v2/0", False)
        ]
    else:
        choices = [
            (f"https://welink.huaweicloud.com/meeting/join?confId={c}", True),
            (f"https://meeting.huaweicloud.com/#/j/{t}", False),
        ]
    return rng.choice(choices)


def _online_text(o: Online, english: bool, rng: random.Random, need_code: bool) -> str | None:
    zh_name, en_name, _ = PLATFORMS[o.platform]
    c = _fmt_code(o.code, rng.randrange(3))
    if english:
        options = [
            f"Online ({en_name}, Meeting ID: {c})",
            f"{en_name} Meeting ID {c}",
            f"Online via {en_name} — ID {c}",
        ]
        if o.platform == "teams":
            options = [f"Online (Microsoft Teams, Meeting ID: {c}, Passcode: {o.pwd})"]
        plain = ["Online", None]
    else:
        options = [
            f"线上（{zh_name}：{c}）",
            f"{zh_name}（会议号：{c}）",
            f"{zh_name} {c}",
            f"会议号：{c}（{zh_name}）",
        ]
        if o.platform == "teams":
            options = [f"线上（Teams会议号：{c}，密码：{o.pwd}）"]
        plain = ["线上", "线上直播", None]
    if need_code or rng.random() < 0.65:
        return rng.choice(options)
    return rng.choice(plain)


def _room_text(b: Building, r: Room, english: bool, st: Style, rng: random.Random) -> str:
    if english:
        label = rng.choice(r.en)
        floor = None
        if r.floor is not None and (not r.floor_implied or rng.random() < 0.5):
            floor = rng.choice(
                (f"{r.floor}F", f"{r.floor}/F", f"{_ordinal_en(r.floor)} Floor", f"Level {r.floor}")
            )
        wing = rng.choice(r.wing.en) if r.wing else None
        small = [x for x in (label, floor, wing) if x]
        if rng.random() < 0.5:
            small.reverse()
        return ", ".join([*small, rng.choice(b.en)])
    if rng.random() < st.full_address:
        head = b.full
    else:
        head = rng.choice(b.zh)
        if "锦塘" not in head and rng.random() < 0.3:
            head = ("锦塘" if head.startswith("市") else CITY) + head
    wing = rng.choice(r.wing.zh) if r.wing else ""
    floor = ""
    if r.floor is not None and (not r.floor_implied or rng.random() < 0.35):
        f, c = r.floor, cn_num(r.floor)
        floor = rng.choice((f"{f}楼", f"{f}F", f"{f}层", f"{c}楼", f"{c}层"))
    label = rng.choice(r.zh)
    sep = rng.choices(("", " ", "，"), weights=(7, 2, 1))[0]
    if floor.endswith("F") and label[0].isascii():
        floor += " "  # "2F A厅", not "2FA厅"
    return f"{head}{sep}{wing}{floor}{label}"


def _qualifier_text(
    q: Qualifier, st: Style, english: bool, training: bool, rng: random.Random
) -> str:
    n = q.n
    if q.kind == "series":
        tpl = rng.choice(st.series_en if english else st.series_zh)
        return tpl.format(n=n, cn=cn_num(n), fw=full_width(str(n)), roman=roman(n))
    if q.kind == "class":
        if english:
            return rng.choice((f"(Class {n})", f"Class {n}"))
        c = cn_num(n)
        return rng.choice((f"{c}班", f"（{c}班）", f"第{c}班", f"（{n}班）"))
    if q.kind == "town":
        region = _REGION[q.value]
        short, py = region["synonyms"][0], region["synonyms"][1]
        if english:
            return rng.choice((f"({py} Session)", f"– {py}"))
        return rng.choice(
            (f"{q.value}专场", f"（{short}专场）", f"{short}站", f"·{short}站", f"（{q.value}）")
        )
    if q.kind == "half":
        am = q.value == "am"
        if english:
            return "(Morning Session)" if am else "(Afternoon Session)"
        return rng.choice(
            ("（上午场）", "上午场", "（上午）") if am else ("（下午场）", "下午场", "（下午）")
        )
    if q.kind == "lang":
        en = q.value == "en"
        if not training:  # a briefing has 场, not 班
            if english:
                return "(English Session)" if en else "(Mandarin Session)"
            return rng.choice(("（英文场）", "英文专场") if en else ("（中文场）", "中文专场"))
        if english:
            return rng.choice(
                ("(English Class)", "- English Session")
                if en
                else ("(Chinese Class)", "(Mandarin Session)")
            )
        return rng.choice(
            ("（英文班）", "（英语授课）", "英文专场")
            if en
            else ("（中文班）", "（中文授课）", "中文专场")
        )
    zh_name, en_name = _SECTOR_SPECIAL[q.value]
    if english:
        return f"for {en_name} Enterprises"
    return rng.choice((f"（{zh_name}专场）", f"{zh_name}专场"))


def _attach(title: str, qual: str, english: bool, rng: random.Random) -> str:
    if not qual:
        return title
    if qual[0] in "（(·–-" or english:
        return f"{title} {qual}" if english else title + qual
    return title + rng.choice(("", "", "·", " ", "——")) + qual


_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


def _title(s: Session, dept: str, show_qual: bool, rng: random.Random) -> tuple[str, bool]:
    st, p = STYLES[dept], s.policy
    order = list(DEPARTMENTS).index(dept)
    qual_is_lang = s.qualifier is not None and s.qualifier.kind == "lang"
    lead_lang_en = s.lang == "en" or (
        qual_is_lang and s.qualifier is not None and s.qualifier.value == "en"
    )
    english = False
    bilingual = False
    if p.en and st.english:
        boost = (
            1.6
            if lead_lang_en
            else 0.5
            if s.lang == "zh" and s.qualifier and s.qualifier.kind == "lang"
            else 1.0
        )
        r = rng.random()
        english = r < min(0.95, st.english * boost)
        bilingual = not english and r < min(0.95, (st.english + st.bilingual) * boost)
    zh_core = p.zh[(order + len(p.pid)) % len(p.zh)] if rng.random() < 0.75 else rng.choice(p.zh)
    en_core = p.en[order % len(p.en)] if p.en else ""
    if bilingual and rng.random() < 0.7:  # a bilingual title pairs the canonical wordings
        zh_core, en_core = p.zh[0], p.en[0]
    if s.day.year != 2027:  # editions follow the calendar: 2027年 -> 2029年, 2026年度 -> 2028年度
        zh_core, en_core = (
            re.sub(r"202[67]", lambda m: str(s.day.year + int(m.group()) - 2027), x)
            for x in (zh_core, en_core)
        )
    if english:
        core = en_core
    elif bilingual:
        core = rng.choice(
            (f"{zh_core} {en_core}", f"{zh_core} | {en_core}", f"{en_core}（{zh_core}）")
        )
    else:
        core = zh_core
    if not english and not bilingual and not qual_is_lang:
        if s.lang == "en" and rng.random() < 0.5:
            core += rng.choice(("（英文授课）", "（全英文）"))
        elif s.lang == "bi" and rng.random() < 0.35:
            core += "（中英双语）"
    if s.qualifier is not None and show_qual:
        core = _attach(
            core, _qualifier_text(s.qualifier, st, english, s.kind == TRAINING, rng), english, rng
        )
    if rng.random() < st.deco:
        templates = st.en_deco if english else st.zh_deco
        if core[:4].isdigit():  # "2026年度…" takes no second year
            templates = tuple(t for t in templates if "{y}" not in t and "{Y}" not in t)
        if templates:
            year = str(s.day.year)
            core = rng.choice(templates).format(
                t=core,
                y=year,
                Y=full_width(year) if rng.random() < 0.5 else year,
                q=_QUARTERS[(s.day.month - 1) // 3],
            )
    if not english and rng.random() < st.dated_title:
        md = f"{s.day.month}月{s.day.day}日"
        town = s.building.town if s.building is not None and rng.random() < 0.7 else ""
        if s.qualifier is not None and s.qualifier.kind == "town":
            town = ""
        core += f"（{md}·{town}）" if town else f"（{md}）"
    return core[:200], english


def _clock(day: date, minutes: int, st: Style) -> str:
    local = datetime(day.year, day.month, day.day, tzinfo=CST) + timedelta(minutes=minutes)
    if st.clock == "local":
        return local.isoformat()
    utc = local.astimezone(UTC)
    text = utc.isoformat()
    return text.replace("+00:00", "Z") if st.clock == "utc_z" else text


def _utc(day: date, minutes: int) -> str:
    local = datetime(day.year, day.month, day.day, tzinfo=CST) + timedelta(minutes=minutes)
    return local.astimezone(UTC).isoformat()


def _sectors(letters: list[str], st: Style) -> list[str]:
    if st.sectors == "letter":
        return list(letters)
    i = 0 if st.sectors == "zh" else 1
    return [SECTIONS[c][i] for c in letters]


def _regions(names: list[str], st: Style, rng: random.Random) -> list[str]:
    out = []
    for name in names:
        syn = _REGION[name]["synonyms"]
        if st.regions == "name":
            out.append(name)
        elif st.regions == "short":
            out.append(syn[0])
        elif st.regions == "pinyin":
            out.append(syn[2] if len(syn) > 2 and rng.random() < 0.6 else syn[1])
        else:
            out.append(rng.choice([name, name, syn[0], *syn[3:]]))
    return out


def _topics(s: Session, st: Style, rng: random.Random) -> list[str]:
    p = s.policy
    if st.topics == "sparse":
        return [] if rng.random() < 0.5 else rng.sample(p.tags, 1)
    if st.topics == "policy":
        pool = list(p.tags)
        if s.kind == TRAINING and rng.random() < 0.2:
            pool.append("培训")
    elif st.topics == "generic":
        pool = list(dict.fromkeys((*p.generic, *st.generic)))
    else:
        pool = list(dict.fromkeys((*p.en_tags, *st.generic)))
    if rng.random() < 0.08:
        return []
    return rng.sample(pool, min(len(pool), rng.choice((1, 2, 2, 3))))[:4]


class Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seq: Counter[str] = Counter()

    def ext_id(self, dept: str, s: Session) -> tuple[str, int]:
        self.seq[dept] += 1
        seq = self.seq[dept]
        tpl = STYLES[dept].ext
        if tpl == "{uuid}":
            bits = self.rng.getrandbits(96)
            h = f"{bits:024x}{seq:08x}"
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}", seq
        return tpl.format(y=s.day.year, seq=seq), seq

    def posting(self, s: Session, dept: str, lead: bool) -> Posting:
        rng, st = self.rng, STYLES[dept]
        ext, seq = self.ext_id(dept, s)
        # --- where
        location: str | None = None
        url: str | None = None
        code_shown = False
        english_hint = st.english > 0 and (s.lang == "en" or rng.random() < st.english)
        en_addr = rng.random() < st.en_address if english_hint else False
        if s.room is not None and s.building is not None:
            hide = s.hide_location or (0.0 if s.distinct else 0.02 if lead else 0.1)
            if rng.random() >= hide:
                location = _room_text(s.building, s.room, en_addr, st, rng)
        if s.online is not None:
            if rng.random() < 0.82 or (s.room is None and location is None and s.distinct):
                url, code_shown = _url(s.online, rng)
            if s.room is None:
                text = _online_text(s.online, en_addr, rng, s.distinct and not code_shown)
                location = text
                code_shown = code_shown or (text is not None and any(ch.isdigit() for ch in text))
            elif location is not None and rng.random() < 0.3:
                zh_name, en_name, _ = PLATFORMS[s.online.platform]
                c = _fmt_code(s.online.code, rng.randrange(3))
                location += (
                    f" / Online: {en_name} {c}" if en_addr else f"（线上同步：{zh_name} {c}）"
                )
        # --- what
        has_room_text = location is not None and s.room is not None
        can_omit = not lead and s.qualifier is not None and (not s.distinct or has_room_text)
        show_qual = not (can_omit and rng.random() < 0.28)
        title, _ = _title(s, dept, show_qual, rng)
        kind = st.kind_fixed or s.kind
        if not lead and st.kind_fixed is None and rng.random() < 0.07:
            kind = TRAINING if kind == PUBLICITY else PUBLICITY
        # --- when
        start, end = s.start, s.end
        r = rng.random()
        if r < st.early:
            start -= 30 if rng.random() < 0.8 else 15
        elif r < st.early + st.late and end - start >= 90:
            start += 30
        if not lead and rng.random() < 0.15:
            end += rng.choice((-30, 30))
        if st.round_end:
            end = (end + 30) // 60 * 60
        if end <= start + 15:
            end = start + 60
        # --- who
        sectors = [] if rng.random() < (0.08 if lead else 0.25) else _sectors(s.sectors, st)
        regions = [] if rng.random() < (0.05 if lead else 0.2) else _regions(s.regions, st, rng)
        capacity = s.capacity if rng.random() < (st.capacity if lead else st.capacity / 2) else None
        registration: str | None = None
        if lead:
            if st.reg and rng.random() < 0.6:
                s.registration = st.reg.format(seq=seq)
            registration = s.registration
        elif s.registration and rng.random() < 0.4:
            registration = s.registration
        elif st.reg and rng.random() < 0.3:
            registration = st.reg.format(seq=seq)
        return {
            "department": dept,
            "input": {
                "externalId": ext,
                "kind": kind,
                "title": title,
                "start": _clock(s.day, start, st),
                "end": _clock(s.day, end, st),
                "timezone": "Asia/Shanghai",
                "location": location[:500] if location else None,
                "onlineUrl": url,
                "topics": _topics(s, st, rng),
                "audience": {"sectors": sectors, "regions": regions},
                "capacity": capacity,
                "registrationUrl": registration,
            },
            "truth": {
                "session": s.sid,
                "policy": s.policy.pid,
                "kind": s.kind,
                "start": _utc(s.day, s.start),
                "end": _utc(s.day, s.end),
                "sectors": list(s.sectors),
                "regions": list(s.regions),
            },
        }


def _build(seed: int, sessions: int | None) -> tuple[list[Posting], list[Session], Stats]:
    rng = random.Random(seed)
    n = DEFAULT_SESSIONS if sessions is None else max(0, sessions)
    builder = Builder(rng, n)
    real = builder.build(n)
    builder.stats.incidental = builder.world.incidental
    renderer = Renderer(rng)
    postings = [renderer.posting(s, dept, i == 0) for s in real for i, dept in enumerate(s.hosts)]
    rng.shuffle(postings)
    return postings, real, builder.stats


def generate(seed: int = 0, sessions: int | None = None) -> list[Posting]:
    """Postings of about ``sessions`` real sessions (default 790, ~1,100 postings), shuffled."""
    return _build(seed, sessions)[0]


def _summary(seed: int = 0) -> str:
    postings, real, stats = _build(seed, None)
    by_session: dict[int, list[Posting]] = {}
    for p in postings:
        by_session.setdefault(p["truth"]["session"], []).append(p)
    cohosted = sum(1 for ps in by_session.values() if len(ps) > 1)
    hosts = Counter(len(ps) for ps in by_session.values())
    kind_split = sum(1 for ps in by_session.values() if len({p["input"]["kind"] for p in ps}) > 1)
    start_split = sum(
        1
        for ps in by_session.values()
        if len({datetime.fromisoformat(p["input"]["start"]) for p in ps}) > 1
    )
    one_sided = 0
    for ps in by_session.values():
        s = real[ps[0]["truth"]["session"]]
        if s.qualifier is not None and len(ps) > 1:
            texts = {p["input"]["title"] for p in ps}
            one_sided += len(texts) > 1 and any(
                not _mentions_qualifier(t, s.qualifier) for t in texts
            )
    utc = sum(1 for p in postings if not p["input"]["start"].endswith("+08:00"))
    no_loc = sum(1 for p in postings if p["input"]["location"] is None)
    english = sum(1 for p in postings if p["input"]["title"].isascii())
    days = sorted({s.day for s in real})
    lines = [
        f"county_delta (锦塘市), seed {seed}",
        f"  postings {len(postings)}, real sessions {len(real)}, "
        f"{days[0]} .. {days[-1]} ({len(days)} days)",
        f"  co-hosted sessions {cohosted} ({cohosted / len(real):.1%}); hosts per session "
        + ", ".join(f"{k}: {v}" for k, v in sorted(hosts.items())),
        "  postings by department: "
        + ", ".join(
            f"{d} {c}" for d, c in Counter(p["department"] for p in postings).most_common()
        ),
        f"  kind disagreement {kind_split} sessions; posted starts disagree {start_split} sessions;"
        f" one-sided qualifier {one_sided} sessions",
        f"  UTC-stamped postings {utc}; no location {no_loc}; English titles {english}",
        "  hard negatives (groups / sessions):",
    ]
    for kind in (
        "series_siblings",
        "am_pm_repeat",
        "parallel_rooms",
        "parallel_language",
        "town_specials",
        "town_same_hour",
        "online_codes",
        "redundant",
        "sibling_policy",
        "staggered_building",
    ):
        lines.append(f"    {kind:20s} {stats.groups[kind]:4d} / {stats.members[kind]}")
    grouped = sum(stats.members.values())
    lines.append(
        f"    in some group: {grouped} sessions ({grouped / len(real):.1%}); "
        f"unrelated same-policy clashes: {stats.incidental}"
    )
    return "\n".join(lines)


def _mentions_qualifier(title: str, q: Qualifier) -> bool:
    if q.kind in ("series", "class"):
        marks = (str(q.n), cn_num(q.n), full_width(str(q.n)), roman(q.n))
        return any(m in title for m in marks) and any(
            w in title for w in ("期", "班", "场", "批", "Session", "Part", "Batch", "Class")
        )
    if q.kind == "town":
        syn = _REGION[q.value]["synonyms"]
        return any(m in title for m in (q.value, syn[0], syn[1])) and any(
            w in title for w in ("专场", "站", "Session", "–", "（")
        )
    if q.kind == "half":
        return any(m in title for m in ("上午", "下午", "Morning", "Afternoon"))
    if q.kind == "lang":
        return any(m in title for m in ("英文", "英语", "中文", "English", "Chinese", "Mandarin"))
    return "专场" in title or "Enterprises" in title


if __name__ == "__main__":
    print(_summary(0))
