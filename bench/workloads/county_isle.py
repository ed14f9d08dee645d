"""Labelled workload: 椰澜黎族苗族自治县 (Yelan Li and Miao Autonomous County), Hainan.

An invented coastal autonomous county in southern Hainan, March-May 2027. Fourteen county
departments post enterprise-facing trainings (TRAINING) and policy-publicity sessions
(PUBLICITY); two or three of them often co-host one real session and each posts it in its own
words. ``generate(seed)`` returns about 1,050-1,150 postings with the truth (the real session
each belongs to). Deterministic per seed; stdlib only.

County
------
椰澜黎族苗族自治县, written 椰澜县 / 椰澜 / 县 / Yelan (County). Seat: 澜洲镇. Economy: rubber
(橡胶), betel nut (槟榔), mango (芒果), coconut (椰子), the fishing port at 南湾, a commercial
port with customs at 港门, beach tourism and homestays, Li brocade (黎锦), and 椰澜经济开发区
(经开区), the county's free-trade-port (自贸港) park. No sessions on 4-5 April (清明), on
三月三 (Fri 9 April in this workload's calendar) or on 1-5 May; a few tourism and women's
federation sessions fall on Saturdays.

Towns (regions) and their spellings
-----------------------------------
full / short / with county prefix / English, then notes:

- 澜洲镇 / 澜洲 / 椰澜县澜洲镇 / Lanzhou Town: the county seat, where most buildings are.
- 南湾镇 / 南湾 / 椰澜县南湾镇 / Nanwan Town: fishing port; its government posts too.
- 椰林镇 / 椰林 / 椰澜县椰林镇 / Yelin Town: coconuts, beach homestays.
- 芒岭镇 / 芒岭 / 椰澜县芒岭镇 / Mangling Town: mango park and orchards.
- 港门镇 / 港门 / 椰澜县港门镇 / Gangmen Town: commercial port with customs.
- 什丁乡 / 什丁 / 椰澜县什丁乡 / Shiding Township: Li villages, rubber, Li brocade.
- 毛坦乡 / 毛坦 / 椰澜县毛坦乡 / Maotan Township: Miao villages, betel nut.
- 红岭农场居 / 红岭 / 椰澜县红岭农场居 / Hongling Farm Community: the former state rubber farm,
  still 国营红岭农场 in 农业农村局's postings.

Buildings and rooms (each room is written many ways)
----------------------------------------------------
Building names come in forms: full (海南省/椰澜黎族苗族自治县…), county (椰澜县…), short
(县…), bare (no prefix), abbreviation, a second plaque, English. Floors: 3楼 / 三楼 / 3F / 3层 /
三层 / 3/F / Floor 3; building numbers: 2号楼 / 2#楼 / 二号楼 / 2栋 and, at the 行政中心,
the letter alias B栋 / B座 (Building 2 = Block B); numbered rooms: 第一会议室 / 一号会议室 /
1号会议室 / 第1会议室 / 一会议室 / Meeting Room 1; some departments insert spaces or write
full-width digits (３楼).

- 县政务服务中心 (海南省椰澜黎族苗族自治县政务服务中心, 椰澜县政务服务中心, 县政务中心,
  政务服务中心, Yelan Government Services Center; 椰风大道88号): 3F 第一会议室, 3F 第二会议室,
  2F 培训室.
- 县行政中心 (县府大院, 县府, 行政中心, Yelan Administrative Center; 人民路1号): 2号楼 (= B栋)
  5F 第一会议室, 2号楼 3F 第三会议室, 1号楼 (= A栋) 4F 第二会议室.
- 县委党校 = 县行政学院, one institution with two plaques (中共椰澜黎族苗族自治县委员会党校,
  椰澜县委党校, 党校, 县行政学院, 椰澜县行政学院, Yelan Party School, Yelan Academy of
  Governance): 1F 报告厅 (学术报告厅, Lecture Hall), 2F 201教室 (第一教室), 2F 202教室
  (第二教室).
- 椰澜经济开发区管委会 (海南椰澜经济开发区管理委员会, 经开区管委会, 园区管委会, 管委会, 经开区,
  Yelan EDZ Administration): B栋 4F 第一/第二会议室, A栋 1F 招商路演厅 (路演厅, Roadshow Hall).
- 县税务局 (国家税务总局椰澜黎族苗族自治县税务局, 税务局, Yelan County Tax Service): 1F
  纳税人学堂 (Taxpayer School), 4F 会议室.
- 县人力资源市场 = 县就业服务中心 (also 县零工市场): 2F 第一/第二培训室.
- 县文化馆: 3F 多功能厅, 2F 非遗传习室 (黎锦传习室).
- 县职业技术学校 (县职校, 椰澜县中等职业技术学校): 实训楼 1F 电工实训室, 实训楼 2F
  烹饪实训室, 教学楼 3F 多媒体教室; also written as the school only.
- 港门港口岸联检楼 (港门口岸联检楼, 联检楼): 2F 第一会议室, 3F 海关业务培训室.
- 南湾中心渔港服务中心 (南湾渔港服务中心, 渔港服务中心): 1F 渔民培训室.
- Town halls 某镇人民政府 / 某镇政府 (南湾镇政府 is just 镇政府 in 南湾镇's own postings): 南湾 and
  澜洲 have 3F 第一会议室 and 2F 第二会议室, the others one 3F 会议室; 红岭农场居党群服务中心
  (国营红岭农场场部) has 2F 会议室 and 1F 党员活动室.
- 芒岭芒果产业园 综合楼 2F 会议室; field sites 芒岭镇芒果标准化示范基地, 毛坦乡槟榔种植示范基地
  (written as the site only); 县妇女儿童活动中心 (县妇儿中心) 3F 培训室 and 2F 多功能厅;
  县游客服务中心 2F 会议室.

Departments and their habits
----------------------------
Times are +08:00 unless noted; "timezone" is always Asia/Shanghai.

- rsj 县人力资源和社会保障局 (人社局): formal titles, 【县人社局】 prefix, 2027年第一季度, 第N期
  series numbers, （免费）/（补贴性培训）; TRAINING; sectors as Chinese names; towns in full;
  ids RSJ-2027-0001; writes 三楼 and 第一会议室; registration links.
- sw 县税务局: times in UTC ("Z"); 纳税人学堂｜ prefix, 关于举办…的通知; PUBLICITY; sectors as
  letters ("C"); mostly no towns; ids SW20270314007.
- scjg 县市场监督管理局 (市监局): "市监局：" prefix, 3F / B座 / spaces; sectors "C 制造业"; towns
  short (南湾).
- swj 县商务局: everyday titles, 【报名】, （名额有限）; sectors Chinese; ids swj-27-001.
- tzj 县投资促进局 / Invest Yelan: everything in English (titles, rooms, "Manufacturing",
  "Nanwan Town", English tags); ids IY-202703-001.
- nyj 县农业农村局: formal, 2027年 often in full-width digits (２０２７年, ３楼); sectors
  "A 农、林、牧、渔业"; towns with the county prefix, the farm as 国营红岭农场; ids NY20270315-01.
- lwj 县旅游和文化广电体育局 (旅文局): everyday titles, 【文旅】, （公益）; sectors Chinese;
  towns short; 黎语 classes for tourism staff.
- yjj 县应急管理局: formal, "…专项行动——" prefixes, writes 县府 / 二号楼 / 5层; TRAINING;
  sectors "C 制造业"; ids are document numbers 椰应急培〔2027〕12号.
- gxj 县工业和信息化局 (工信局): 关于组织参加…的通知, 2027年第二季度; sectors as letters.
- hg 椰澜海关 (隶属海口海关): times in UTC ("Z"); "椰澜海关：" / 【关务课堂】; sectors
  "C 制造业"; hex ids hg-3f9a1c2e.
- jkq 椰澜经济开发区管委会 (自贸港工作办公室): 【经开区】; writes 管委会B栋; sectors as letters;
  often posts only a catch-all title (企业服务日活动) as a co-host.
- fl 县妇女联合会 (妇联): everyday titles, （公益）, 【巾帼】; rarely any sector; towns short.
- gsl 县工商业联合会 (工商联): calls the party school 县行政学院; 【工商联】; sectors Chinese.
- nanwan 南湾镇人民政府: everyday titles "南湾镇：…", 关于召开…的通知, rarely tags; evening
  meetings for fishermen; writes its own hall as 镇政府三楼第一会议室 (no town name).

Tags (topics) are each department's own words (人社局 职业技能, 税务局 税费优惠, 商务局 惠企,
Invest Yelan "tax incentives" …); co-hosts share none or only broad words such as 惠企.

Co-hosting (about 40% of postings belong to sessions with 2-3 postings)
-----------------------------------------------------------------------
One session, several postings: each co-host titles it in its own register (formal Chinese,
everyday Chinese, English) and decorations; a co-host may give no location, only the building,
or only a catch-all title (企业服务日活动, 政企面对面, Enterprise Service Day); co-hosts tag with
their own words; only the lead writes the series number (第3期); kinds may differ (人社局
TRAINING, 税务局 PUBLICITY); starts may be 30 minutes apart (sign-in vs. start: 13:30 / 14:00 /
14:30) with ends 15-30 minutes apart; UTC from 税务局 and 海关; online and hybrid sessions carry
the meeting code as 842-331-907 / 842331907 / 842 331 907 in the location or in the URL.

Hard negatives built in (different sessions a careless matcher would merge)
---------------------------------------------------------------------------
- Parallel rooms: two sessions at the same hour in two rooms of one building (第一 vs 第二会议室,
  201 vs 202, 2号楼 vs 1号楼), some with the same co-host on both sides.
- Qualifiers on both sides at the same place and time: 一班/二班 at 县职校, 第5期/第6期 at the
  人力资源市场, 南湾镇专场/椰林镇专场 at 县税务局, 初级班/提高班 of the 黎语 class at 县文化馆,
  and same-hour roadshow stops (经开区站/港门站).
- The same training, same title, the same morning in two towns.
- The same title in the same room on consecutive days.
- A three-day course and a one-day session inside it (same building, other room).
- The same policy at the same hour online and in a hall (a town hall, the 经开区), by the same
  department or by different ones.
- Two online sessions at the same hour with different meeting codes (even on one topic).
- Back-to-back sessions in one room (09:00-10:30 then 10:30-12:00), and one department's
  catch-all 企业服务日活动 twice in one day in one hall.
- The same catch-all title at the same hour in two places (经开区 vs 南湾镇).
- An English posting and a Chinese one on the same policy at the same hour in two rooms of the
  经开区 (they look like one co-hosted session but are not).

Truth
-----
``truth.session`` numbers the real sessions; ``truth.start``/``end`` are the session's own times
(+08:00), around which the co-hosts' announced times scatter; ``truth.kind`` is the lead host's.
No two sessions overlap in one room (a free hour is kept around each), except the deliberate
same-place qualifier pairs, which name only the building, and the touching back-to-back pairs.
Records come shuffled, in no arrival order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

__all__ = ["generate"]

CST = timezone(timedelta(hours=8))
TZ_NAME = "Asia/Shanghai"
FIRST_DAY = date(2027, 3, 1)
LAST_DAY = date(2027, 5, 31)
HOLIDAYS = frozenset(
    {date(2027, 4, 5), date(2027, 4, 9), date(2027, 5, 3), date(2027, 5, 4), date(2027, 5, 5)}
)
ROOM_BUFFER = 60  # minutes kept free around a session so announced-time jitter never collides

_CN_DIGITS = "〇一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _cn(n: int) -> str:
    """Chinese numeral for 1-99."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def _fw(text: str) -> str:
    return text.translate(_FULLWIDTH)


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    names = [w[0] for w in weighted]
    weights = [w[1] for w in weighted]
    return rng.choices(names, weights)[0]


# --------------------------------------------------------------------------------------------
# Towns, sectors
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    key: str
    full: str
    short: str
    en: str
    legacy: str


TOWNS: dict[str, Town] = {
    t.key: t
    for t in (
        Town("lanzhou", "澜洲镇", "澜洲", "Lanzhou Town", "澜洲镇"),
        Town("nanwan", "南湾镇", "南湾", "Nanwan Town", "南湾镇"),
        Town("yelin", "椰林镇", "椰林", "Yelin Town", "椰林镇"),
        Town("mangling", "芒岭镇", "芒岭", "Mangling Town", "芒岭镇"),
        Town("gangmen", "港门镇", "港门", "Gangmen Town", "港门镇"),
        Town("shiding", "什丁乡", "什丁", "Shiding Township", "什丁乡"),
        Town("maotan", "毛坦乡", "毛坦", "Maotan Township", "毛坦乡"),
        Town("hongling", "红岭农场居", "红岭", "Hongling Farm Community", "国营红岭农场"),
    )
}


def _town(key: str, style: str) -> str:
    t = TOWNS[key]
    if style == "short":
        return t.short
    if style == "county":
        return "椰澜县" + t.full
    if style == "en":
        return t.en
    if style == "legacy":
        return "椰澜县" + t.legacy if t.legacy == t.full else t.legacy
    return t.full


# GB/T 4754-2017 sections used here: letter -> (Chinese name, English name)
SECTORS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "C": ("制造业", "Manufacturing"),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and Retail Trade"),
    "G": ("交通运输、仓储和邮政业", "Transport, Storage and Postal Services"),
    "H": ("住宿和餐饮业", "Accommodation and Catering"),
    "I": ("信息传输、软件和信息技术服务业", "Information Transmission, Software and IT Services"),
    "J": ("金融业", "Finance"),
    "K": ("房地产业", "Real Estate"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "N": ("水利、环境和公共设施管理业", "Water, Environment and Public Facilities Management"),
    "O": ("居民服务、修理和其他服务业", "Resident Services, Repair and Other Services"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
}


def _sector(letter: str, style: str) -> str:
    cn, en = SECTORS[letter]
    if style == "cn":
        return cn
    if style == "letter_cn":
        return f"{letter} {cn}"
    if style == "en":
        return en
    return letter


# --------------------------------------------------------------------------------------------
# Buildings and rooms
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Building:
    key: str
    town: str
    names: dict[str, tuple[str, ...]]  # form -> spellings; forms: full county short bare alt
    # abbr own en; "own" is used only by the building's own town government
    address: str | None = None


@dataclass(frozen=True)
class Block:
    num: int | None = None  # 2 -> 2号楼
    letter: str | None = None  # B -> B栋 (alias when num is also set)
    name: str | None = None  # 实训楼
    en_name: str | None = None


@dataclass(frozen=True)
class Room:
    key: str
    building: str
    floor: int | None = None
    block: Block | None = None
    number: int | None = None  # numbered room: 第一会议室
    noun: str = "会议室"
    noun_en: str = "Meeting Room"
    named: tuple[str, ...] = ()  # named room: 报告厅
    named_en: tuple[str, ...] = ()
    whole: bool = False  # the venue is written as the building/site only


def _hall_names(t: Town, own: bool) -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {
        "full": (f"海南省椰澜黎族苗族自治县{t.full}人民政府",),
        "county": (f"椰澜县{t.full}人民政府", f"椰澜县{t.full}政府"),
        "short": (f"{t.full}政府", f"{t.full}人民政府"),
        "en": (f"{t.en} Government", f"{t.en} People's Government"),
    }
    if own:
        names["own"] = ("镇政府", "镇政府大院")
    return names


BUILDINGS: dict[str, Building] = {
    b.key: b
    for b in (
        Building(
            "zwzx",
            "lanzhou",
            {
                "full": ("海南省椰澜黎族苗族自治县政务服务中心", "椰澜黎族苗族自治县政务服务中心"),
                "county": ("椰澜县政务服务中心",),
                "short": ("县政务服务中心", "县政务中心"),
                "bare": ("政务服务中心", "政务中心"),
                "en": (
                    "Yelan Government Services Center",
                    "Yelan County Government Service Center",
                ),
            },
            "椰风大道88号",
        ),
        Building(
            "xzzx",
            "lanzhou",
            {
                "full": ("椰澜黎族苗族自治县行政中心",),
                "county": ("椰澜县行政中心",),
                "short": ("县行政中心",),
                "bare": ("行政中心",),
                "abbr": ("县府大院", "县府"),
                "en": ("Yelan Administrative Center", "Yelan County Government Compound"),
            },
            "人民路1号",
        ),
        Building(
            "dx",
            "lanzhou",
            {
                "full": ("中共椰澜黎族苗族自治县委员会党校",),
                "county": ("椰澜县委党校",),
                "short": ("县委党校",),
                "bare": ("党校",),
                "alt": ("县行政学院", "椰澜县行政学院"),
                "en": ("Yelan Party School", "Yelan Academy of Governance (Party School)"),
            },
            "学府路6号",
        ),
        Building(
            "jkq",
            "lanzhou",
            {
                "full": ("海南椰澜经济开发区管理委员会",),
                "county": ("椰澜经济开发区管委会", "椰澜经开区管委会"),
                "short": ("经开区管委会", "园区管委会"),
                "bare": ("管委会",),
                "abbr": ("经开区",),
                "en": (
                    "Yelan EDZ Administration",
                    "Yelan Economic Development Zone Administration",
                ),
            },
            "椰澜经开区创业大道2号",
        ),
        Building(
            "swju",
            "lanzhou",
            {
                "full": ("国家税务总局椰澜黎族苗族自治县税务局",),
                "county": ("椰澜县税务局",),
                "short": ("县税务局",),
                "bare": ("税务局",),
                "en": ("Yelan County Tax Service",),
            },
            "椰风大道36号",
        ),
        Building(
            "rlsc",
            "lanzhou",
            {
                "full": ("椰澜黎族苗族自治县人力资源市场",),
                "county": ("椰澜县人力资源市场",),
                "short": ("县人力资源市场", "县就业服务中心"),
                "bare": ("人力资源市场",),
                "alt": ("县零工市场",),
                "en": ("Yelan Human Resources Market", "Yelan Employment Service Center"),
            },
        ),
        Building(
            "whg",
            "lanzhou",
            {
                "full": ("椰澜黎族苗族自治县文化馆",),
                "county": ("椰澜县文化馆",),
                "short": ("县文化馆",),
                "bare": ("文化馆",),
                "en": ("Yelan Cultural Center",),
            },
        ),
        Building(
            "zyxx",
            "lanzhou",
            {
                "full": ("椰澜黎族苗族自治县中等职业技术学校",),
                "county": ("椰澜县职业技术学校",),
                "short": ("县职校", "县职业技术学校"),
                "bare": ("职校",),
                "en": ("Yelan Vocational and Technical School",),
            },
        ),
        Building(
            "ka",
            "gangmen",
            {
                "full": ("海南省椰澜县港门港口岸联检大楼",),
                "county": ("椰澜县港门港口岸联检楼",),
                "short": ("港门口岸联检楼", "港门港联检楼"),
                "bare": ("联检楼",),
                "en": ("Gangmen Port Joint Inspection Building",),
            },
        ),
        Building(
            "nwyg",
            "nanwan",
            {
                "full": ("椰澜县南湾国家级中心渔港服务中心",),
                "county": ("椰澜县南湾中心渔港服务中心",),
                "short": ("南湾渔港服务中心",),
                "bare": ("渔港服务中心",),
                "own": ("渔港服务中心",),
                "en": ("Nanwan Fishing Port Service Center",),
            },
        ),
        Building(
            "mgyq",
            "mangling",
            {
                "county": ("椰澜县芒岭镇芒果产业园",),
                "short": ("芒岭芒果产业园", "芒岭镇芒果产业园"),
                "en": ("Mangling Mango Industrial Park",),
            },
        ),
        Building(
            "jd_mango",
            "mangling",
            {
                "county": ("椰澜县芒岭镇芒果标准化示范基地",),
                "short": ("芒岭镇芒果标准化示范基地", "芒岭芒果示范基地"),
                "en": ("Mangling Mango Demonstration Orchard",),
            },
        ),
        Building(
            "jd_betel",
            "maotan",
            {
                "county": ("椰澜县毛坦乡槟榔种植示范基地",),
                "short": ("毛坦乡槟榔种植示范基地", "毛坦槟榔示范基地"),
                "en": ("Maotan Betel Nut Demonstration Plantation",),
            },
        ),
        Building(
            "fe",
            "lanzhou",
            {
                "county": ("椰澜县妇女儿童活动中心",),
                "short": ("县妇女儿童活动中心", "县妇儿中心"),
                "bare": ("妇女儿童活动中心",),
                "en": ("Yelan Women and Children's Activity Center",),
            },
        ),
        Building(
            "yk",
            "lanzhou",
            {
                "county": ("椰澜县游客服务中心",),
                "short": ("县游客服务中心", "县游客中心"),
                "en": ("Yelan Visitor Center",),
            },
        ),
        Building(
            "th_hongling",
            "hongling",
            {
                "full": ("椰澜黎族苗族自治县红岭农场居党群服务中心",),
                "county": ("椰澜县红岭农场居党群服务中心",),
                "short": ("红岭居党群服务中心", "红岭农场居党群服务中心"),
                "alt": ("国营红岭农场场部",),
                "en": ("Hongling Farm Community Service Center",),
            },
        ),
        *(
            Building(f"th_{t.key}", t.key, _hall_names(t, own=t.key == "nanwan"))
            for t in TOWNS.values()
            if t.key != "hongling"
        ),
    )
}

_B2 = Block(num=2, letter="B")
_B1 = Block(num=1, letter="A")
_JB = Block(letter="B")
_JA = Block(letter="A")
_SX = Block(name="实训楼", en_name="Training Building")
_JX = Block(name="教学楼", en_name="Teaching Building")
_ZH = Block(name="综合楼", en_name="Main Building")

ROOMS: dict[str, Room] = {
    r.key: r
    for r in (
        Room("zwzx_3_1", "zwzx", 3, number=1),
        Room("zwzx_3_2", "zwzx", 3, number=2),
        Room("zwzx_2_px", "zwzx", 2, named=("培训室", "企业培训室"), named_en=("Training Room",)),
        Room("zwzx_all", "zwzx", whole=True),
        Room("xzzx_2_5_1", "xzzx", 5, _B2, number=1),
        Room("xzzx_2_3_3", "xzzx", 3, _B2, number=3),
        Room("xzzx_1_4_2", "xzzx", 4, _B1, number=2),
        Room(
            "dx_hall",
            "dx",
            1,
            named=("报告厅", "学术报告厅"),
            named_en=("Lecture Hall", "Auditorium"),
        ),
        Room(
            "dx_201",
            "dx",
            2,
            named=("201教室", "201室", "第一教室"),
            named_en=("Classroom 201", "Room 201"),
        ),
        Room(
            "dx_202",
            "dx",
            2,
            named=("202教室", "202室", "第二教室"),
            named_en=("Classroom 202", "Room 202"),
        ),
        Room("jkq_b4_1", "jkq", 4, _JB, number=1),
        Room("jkq_b4_2", "jkq", 4, _JB, number=2),
        Room(
            "jkq_a1_ly",
            "jkq",
            1,
            _JA,
            named=("招商路演厅", "路演厅", "招商中心路演厅"),
            named_en=("Roadshow Hall", "Investment Roadshow Hall"),
        ),
        Room(
            "sw_xt",
            "swju",
            1,
            named=("纳税人学堂", "纳税人学堂培训室"),
            named_en=("Taxpayer School", "Taxpayer Classroom"),
        ),
        Room("sw_4", "swju", 4, named=("会议室",), named_en=("Meeting Room",)),
        Room("swju_all", "swju", whole=True),
        Room("rlsc_1", "rlsc", 2, number=1, noun="培训室", noun_en="Training Room"),
        Room("rlsc_2", "rlsc", 2, number=2, noun="培训室", noun_en="Training Room"),
        Room("rlsc_all", "rlsc", whole=True),
        Room("whg_dgn", "whg", 3, named=("多功能厅",), named_en=("Multi-function Hall",)),
        Room(
            "whg_fy",
            "whg",
            2,
            named=("非遗传习室", "黎锦传习室"),
            named_en=("Intangible Heritage Workshop",),
        ),
        Room("whg_all", "whg", whole=True),
        Room(
            "zy_elec",
            "zyxx",
            1,
            _SX,
            named=("电工实训室",),
            named_en=("Electrical Training Workshop",),
        ),
        Room(
            "zy_cook",
            "zyxx",
            2,
            _SX,
            named=("烹饪实训室", "中餐烹饪实训室"),
            named_en=("Culinary Training Room",),
        ),
        Room("zy_mm", "zyxx", 3, _JX, named=("多媒体教室",), named_en=("Multimedia Classroom",)),
        Room("zy_all", "zyxx", whole=True),
        Room("ka_2_1", "ka", 2, number=1),
        Room(
            "ka_3_px",
            "ka",
            3,
            named=("海关业务培训室", "关务培训室"),
            named_en=("Customs Training Room",),
        ),
        Room(
            "nw_ym",
            "nwyg",
            1,
            named=("渔民培训室", "渔民学校教室"),
            named_en=("Fishermen's Training Room",),
        ),
        Room("mg_2", "mgyq", 2, _ZH, named=("会议室",), named_en=("Meeting Room",)),
        Room("jd_mango", "jd_mango", whole=True),
        Room("jd_betel", "jd_betel", whole=True),
        Room("fe_3", "fe", 3, named=("培训室", "巾帼培训室"), named_en=("Training Room",)),
        Room("fe_2", "fe", 2, named=("多功能厅",), named_en=("Multi-function Hall",)),
        Room("yk_2", "yk", 2, named=("会议室",), named_en=("Meeting Room",)),
        Room("th_hongling_1", "th_hongling", 2, named=("会议室",), named_en=("Meeting Room",)),
        Room(
            "th_hongling_2",
            "th_hongling",
            1,
            named=("党员活动室", "活动室"),
            named_en=("Activity Room",),
        ),
        Room("th_nanwan_1", "th_nanwan", 3, number=1),
        Room("th_nanwan_2", "th_nanwan", 2, number=2),
        Room("th_lanzhou_1", "th_lanzhou", 3, number=1),
        Room("th_lanzhou_2", "th_lanzhou", 2, number=2),
        *(
            Room(
                f"th_{k}_1", f"th_{k}", 3, named=("会议室", "大会议室"), named_en=("Meeting Room",)
            )
            for k in ("yelin", "mangling", "gangmen", "shiding", "maotan")
        ),
    )
}


# --------------------------------------------------------------------------------------------
# Departments
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocStyle:
    bname: tuple[tuple[str, int], ...]
    floor: tuple[tuple[str, int], ...] = (("lou", 1),)
    block: tuple[tuple[str, int], ...] = (("hao", 1),)
    number: tuple[tuple[str, int], ...] = (("di_cn", 1),)
    space: float = 0.0
    fullwidth: float = 0.0
    omit_floor: float = 0.15
    letter_alias: float = 0.0
    address: float = 0.0
    english: bool = False


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    register: str  # formal / casual / en
    kind_bias: str | None
    utc: bool
    sector_style: str
    sector_drop: float
    region_style: str
    region_drop: float
    loc: LocStyle
    topics: dict[str, tuple[str, ...]]
    topic_empty: float
    capacities: tuple[int | None, ...]
    reg_p: float
    reg_url: str  # with {eid}
    catch_all: tuple[str, ...]
    no_loc: float  # probability a co-host posting gives no location
    home_town: str | None = None


DEPTS: dict[str, Dept] = {
    d.slug: d
    for d in (
        Dept(
            slug="rsj",
            name="椰澜县人力资源和社会保障局",
            register="formal",
            kind_bias="TRAINING",
            utc=False,
            sector_style="cn",
            sector_drop=0.3,
            region_style="full",
            region_drop=0.5,
            loc=LocStyle(
                bname=(("short", 5), ("county", 2), ("bare", 1), ("alt", 1)),
                floor=(("cnlou", 4), ("lou", 2)),
                block=(("hao", 3), ("cnhao", 2)),
                number=(("di_cn", 4), ("hao", 1)),
                fullwidth=0.05,
            ),
            topics={
                "employment": ("就业", "稳岗", "就业补贴"),
                "skills": ("职业技能", "技能提升", "补贴性培训"),
                "social": ("社会保险", "养老保险", "参保"),
                "talent": ("人才", "引才"),
                "women": ("创业担保贷款", "创业补贴"),
                "homecare": ("育婴员", "家政服务员"),
                "language": ("职业技能",),
                "rubber": ("割胶工", "技能提升"),
                "general": ("人社服务", "惠企"),
            },
            topic_empty=0.1,
            capacities=(40, 50, 60, 100, None),
            reg_p=0.5,
            reg_url="https://rsj.yelan.example/peixun/baoming?id={eid}",
            catch_all=("春风行动系列活动", "就业服务月活动", "人社服务进企业"),
            no_loc=0.1,
        ),
        Dept(
            slug="sw",
            name="国家税务总局椰澜黎族苗族自治县税务局",
            register="formal",
            kind_bias="PUBLICITY",
            utc=True,
            sector_style="letter",
            sector_drop=0.5,
            region_style="full",
            region_drop=0.8,
            loc=LocStyle(
                bname=(("county", 3), ("full", 2), ("short", 1)),
                floor=(("lou", 3), ("ceng", 2)),
                block=(("hao", 2), ("hash", 1)),
                number=(("di_cn", 2), ("di_ar", 2)),
                address=0.15,
            ),
            topics={
                "tax": ("税费优惠", "纳税服务", "小微企业"),
                "invoice": ("数电发票", "发票"),
                "social": ("社保费", "费源管理"),
                "ftp": ("自贸港税收", "企业所得税"),
                "talent": ("个人所得税", "人才个税"),
                "iit": ("个人所得税", "汇算清缴"),
                "registration": ("新办纳税人",),
                "foreign": ("非居民税收",),
                "customs": ("进口环节税",),
                "homestay": ("个体户定额",),
                "general": ("办税缴费", "惠企"),
            },
            topic_empty=0.05,
            capacities=(80, 100, 120, None),
            reg_p=0.2,
            reg_url="https://etax.yelan.example/nsrxt/{eid}",
            catch_all=("便民办税春风行动", "纳税人开放日"),
            no_loc=0.1,
        ),
        Dept(
            slug="scjg",
            name="椰澜县市场监督管理局",
            register="formal",
            kind_bias=None,
            utc=False,
            sector_style="letter_cn",
            sector_drop=0.3,
            region_style="short",
            region_drop=0.6,
            loc=LocStyle(
                bname=(("short", 3), ("bare", 2), ("county", 1)),
                floor=(("F", 4), ("lou", 1), ("slash", 1)),
                block=(("hash", 2), ("hao", 1)),
                number=(("hao", 3), ("di_ar", 1)),
                space=0.5,
                letter_alias=0.5,
            ),
            topics={
                "food": ("食品安全", "餐饮服务"),
                "equip": ("特种设备",),
                "ip": ("知识产权", "地理标志"),
                "registration": ("登记注册", "个体工商户"),
                "price": ("价格监管", "明码标价"),
                "mango": ("地理标志",),
                "consumption": ("消费维权",),
                "homestay": ("证照办理",),
                "general": ("市场监管", "营商环境"),
            },
            topic_empty=0.1,
            capacities=(60, 80, None),
            reg_p=0.15,
            reg_url="https://scjg.yelan.example/hd/{eid}",
            catch_all=("“守护消费”宣传活动", "市场监管服务企业活动"),
            no_loc=0.12,
        ),
        Dept(
            slug="swj",
            name="椰澜县商务局",
            register="casual",
            kind_bias="PUBLICITY",
            utc=False,
            sector_style="cn",
            sector_drop=0.3,
            region_style="full",
            region_drop=0.6,
            loc=LocStyle(
                bname=(("short", 3), ("bare", 3)),
                floor=(("lou", 3), ("ceng", 1)),
                block=(("hao", 2), ("dong", 1)),
                number=(("di_cn", 2), ("cn", 1), ("hao", 1), ("bare_cn", 1)),
                space=0.2,
            ),
            topics={
                "trade": ("外贸", "跨境电商"),
                "consumption": ("促消费", "以旧换新"),
                "ecommerce": ("电子商务", "直播带货"),
                "ftp": ("开放型经济",),
                "mango": ("农产品上行",),
                "general": ("惠企", "商贸流通"),
            },
            topic_empty=0.15,
            capacities=(50, 100, 200, None),
            reg_p=0.35,
            reg_url="https://swj.yelan.example/form/{eid}",
            catch_all=("惠企政策宣讲周活动", "商务惠企服务日"),
            no_loc=0.15,
        ),
        Dept(
            slug="tzj",
            name="椰澜县投资促进局 (Invest Yelan)",
            register="en",
            kind_bias="PUBLICITY",
            utc=False,
            sector_style="en",
            sector_drop=0.3,
            region_style="en",
            region_drop=0.6,
            loc=LocStyle(bname=(("en", 1),), english=True),
            topics={
                "ftp": ("FTP policy", "investment"),
                "tax": ("tax incentives",),
                "customs": ("zero tariff", "customs"),
                "value": ("processing", "tariff exemption"),
                "origin": ("rules of origin",),
                "trade": ("cross-border e-commerce",),
                "registration": ("market entry",),
                "foreign": ("foreign investment", "market entry"),
                "digital": ("digital economy",),
                "talent": ("talent", "individual income tax"),
                "tourism": ("tourism",),
                "general": ("investment", "business environment"),
            },
            topic_empty=0.05,
            capacities=(30, 50, 80),
            reg_p=0.7,
            reg_url="https://invest.yelan.example/events/{eid}/register",
            catch_all=("Enterprise Service Day", "FTP Policy Week"),
            no_loc=0.1,
        ),
        Dept(
            slug="nyj",
            name="椰澜县农业农村局",
            register="formal",
            kind_bias="TRAINING",
            utc=False,
            sector_style="letter_cn",
            sector_drop=0.4,
            region_style="legacy",
            region_drop=0.3,
            loc=LocStyle(
                bname=(("county", 3), ("full", 1), ("short", 1), ("alt", 1)),
                floor=(("cnlou", 1), ("lou", 2)),
                block=(("hao", 1),),
                number=(("di_cn", 1),),
                fullwidth=0.5,
            ),
            topics={
                "betel": ("槟榔", "病虫害防治"),
                "rubber": ("天然橡胶", "割胶技术"),
                "mango": ("芒果", "农业技术"),
                "coconut": ("椰子", "椰子种植"),
                "fishery": ("渔业", "渔船管理"),
                "ecommerce": ("农村电商",),
                "ip": ("农产品品牌",),
                "general": ("乡村振兴", "三农"),
            },
            topic_empty=0.1,
            capacities=(50, 80, 100, None),
            reg_p=0.1,
            reg_url="https://nyj.yelan.example/bm/{eid}",
            catch_all=("科技下乡活动", "农技服务进村"),
            no_loc=0.1,
        ),
        Dept(
            slug="lwj",
            name="椰澜县旅游和文化广电体育局",
            register="casual",
            kind_bias=None,
            utc=False,
            sector_style="cn",
            sector_drop=0.3,
            region_style="short",
            region_drop=0.5,
            loc=LocStyle(
                bname=(("short", 3), ("bare", 1)),
                floor=(("lou", 2), ("F", 2)),
                block=(("hao", 1),),
                number=(("hao", 1), ("di_cn", 1)),
                space=0.3,
            ),
            topics={
                "tourism": ("文旅", "旅游服务"),
                "homestay": ("民宿",),
                "culture": ("非遗", "黎锦"),
                "language": ("黎语", "导游"),
                "food": ("餐饮",),
                "fire": ("旅游安全",),
                "price": ("旅游市场秩序",),
                "general": ("文旅融合",),
            },
            topic_empty=0.15,
            capacities=(30, 40, 100, None),
            reg_p=0.3,
            reg_url="https://lwj.yelan.example/bm?id={eid}",
            catch_all=("文旅惠企服务日", "文旅市场服务月活动"),
            no_loc=0.12,
        ),
        Dept(
            slug="yjj",
            name="椰澜县应急管理局",
            register="formal",
            kind_bias="TRAINING",
            utc=False,
            sector_style="letter_cn",
            sector_drop=0.3,
            region_style="full",
            region_drop=0.6,
            loc=LocStyle(
                bname=(("abbr", 3), ("short", 2)),
                floor=(("ceng", 3), ("lou", 1)),
                block=(("cnhao", 2), ("hao", 2)),
                number=(("di_cn", 2), ("cn", 1)),
            ),
            topics={
                "safety": ("安全生产", "主体责任"),
                "fire": ("消防安全",),
                "typhoon": ("防台风", "应急预案"),
                "confined": ("有限空间",),
                "fishery": ("渔船安全",),
                "equip": ("特种作业",),
                "skills": ("特种作业",),
                "general": ("安全生产",),
            },
            topic_empty=0.05,
            capacities=(60, 100, 150, None),
            reg_p=0.1,
            reg_url="https://yjj.yelan.example/px/{eid}",
            catch_all=("安全生产月活动", "应急宣传进企业"),
            no_loc=0.1,
        ),
        Dept(
            slug="gxj",
            name="椰澜县工业和信息化局",
            register="formal",
            kind_bias=None,
            utc=False,
            sector_style="letter",
            sector_drop=0.3,
            region_style="full",
            region_drop=0.8,
            loc=LocStyle(
                bname=(("full", 3), ("county", 1)),
                floor=(("lou", 2), ("cnceng", 1)),
                block=(("hao", 1),),
                number=(("di_cn", 1), ("di_ar", 1)),
            ),
            topics={
                "digital": ("数字化转型", "工业互联网"),
                "specialized": ("专精特新", "中小企业"),
                "equip": ("工业安全",),
                "coconut": ("椰子加工", "食品工业"),
                "value": ("加工制造",),
                "confined": ("工业安全",),
                "general": ("工业经济", "中小企业"),
            },
            topic_empty=0.1,
            capacities=(50, 80, None),
            reg_p=0.2,
            reg_url="https://gxj.yelan.example/hd/{eid}",
            catch_all=("中小企业服务月活动", "工信惠企服务日"),
            no_loc=0.1,
        ),
        Dept(
            slug="hg",
            name="椰澜海关",
            register="formal",
            kind_bias="PUBLICITY",
            utc=True,
            sector_style="letter_cn",
            sector_drop=0.3,
            region_style="full",
            region_drop=0.8,
            loc=LocStyle(
                bname=(("county", 2), ("short", 1)),
                floor=(("lou", 1), ("ceng", 2)),
                block=(("hao", 1),),
                number=(("di_cn", 1),),
            ),
            topics={
                "customs": ("零关税", "通关"),
                "value": ("加工增值", "免征关税"),
                "origin": ("原产地", "RCEP"),
                "trade": ("跨境电商监管",),
                "ftp": ("封关运作",),
                "general": ("海关政策", "自贸港封关运作"),
            },
            topic_empty=0.1,
            capacities=(60, 80, None),
            reg_p=0.1,
            reg_url="https://hg.yelan.example/gwkt/{eid}",
            catch_all=("关企面对面活动", "海关开放日"),
            no_loc=0.1,
        ),
        Dept(
            slug="jkq",
            name="椰澜经济开发区管委会（自贸港工作办公室）",
            register="formal",
            kind_bias="PUBLICITY",
            utc=False,
            sector_style="letter",
            sector_drop=0.4,
            region_style="full",
            region_drop=0.8,
            loc=LocStyle(
                bname=(("bare", 3), ("short", 2), ("abbr", 1)),
                floor=(("F", 2), ("lou", 2)),
                block=(("dong", 3), ("zuo", 1)),
                number=(("di_cn", 2), ("hao", 1)),
            ),
            topics={
                "ftp": ("自贸港", "园区招商"),
                "customs": ("封关运作",),
                "value": ("园区产业",),
                "digital": ("园区数字化",),
                "tax": ("惠企政策",),
                "general": ("营商环境", "惠企"),
            },
            topic_empty=0.1,
            capacities=(80, 100, 150, None),
            reg_p=0.2,
            reg_url="https://jkq.yelan.example/hd/{eid}",
            catch_all=("企业服务日活动", "惠企政策进园区", "政企面对面"),
            no_loc=0.15,
        ),
        Dept(
            slug="fl",
            name="椰澜县妇女联合会",
            register="casual",
            kind_bias=None,
            utc=False,
            sector_style="cn",
            sector_drop=0.8,
            region_style="short",
            region_drop=0.4,
            loc=LocStyle(
                bname=(("short", 2), ("bare", 1)),
                floor=(("cnlou", 3), ("lou", 1)),
                block=(("hao", 1),),
                number=(("di_cn", 1),),
                space=0.5,
                fullwidth=0.1,
            ),
            topics={
                "women": ("巾帼创业", "妇女就业"),
                "homecare": ("巾帼家政",),
                "culture": ("黎锦苗绣",),
                "finance": ("创业贷款",),
                "ecommerce": ("巾帼电商",),
                "general": ("巾帼建功",),
            },
            topic_empty=0.3,
            capacities=(30, 40, 50, None),
            reg_p=0.2,
            reg_url="https://fl.yelan.example/bm/{eid}",
            catch_all=("巾帼服务日活动", "“三八”维权周活动"),
            no_loc=0.2,
        ),
        Dept(
            slug="gsl",
            name="椰澜县工商业联合会（总商会）",
            register="casual",
            kind_bias="PUBLICITY",
            utc=False,
            sector_style="cn",
            sector_drop=0.5,
            region_style="full",
            region_drop=0.8,
            loc=LocStyle(
                bname=(("alt", 3), ("short", 1)),
                floor=(("lou", 2), ("cnlou", 1)),
                block=(("hao", 1),),
                number=(("di_cn", 1),),
            ),
            topics={
                "finance": ("融资", "银企对接"),
                "private": ("民营经济", "商会"),
                "tax": ("减税降费",),
                "employment": ("用工",),
                "specialized": ("民营企业",),
                "general": ("民营企业", "惠企"),
            },
            topic_empty=0.2,
            capacities=(50, 100, None),
            reg_p=0.1,
            reg_url="https://gsl.yelan.example/hd/{eid}",
            catch_all=("民营企业服务月活动", "政企面对面"),
            no_loc=0.15,
        ),
        Dept(
            slug="nanwan",
            name="南湾镇人民政府",
            register="casual",
            kind_bias="PUBLICITY",
            utc=False,
            sector_style="cn",
            sector_drop=0.9,
            region_style="full",
            region_drop=0.5,
            loc=LocStyle(
                bname=(("own", 2), ("short", 2)),
                floor=(("cnlou", 3), ("lou", 1)),
                block=(("hao", 1),),
                number=(("di_cn", 1), ("cn", 1)),
            ),
            topics={"fishery": ("渔民", "休渔"), "typhoon": ("防风",), "general": ("镇村服务",)},
            topic_empty=0.6,
            capacities=(None, 50, 100),
            reg_p=0.0,
            reg_url="",
            catch_all=("南湾镇企业服务日", "南湾镇惠企政策宣讲活动"),
            no_loc=0.15,
            home_town="nanwan",
        ),
    )
}


# --------------------------------------------------------------------------------------------
# Subjects: what a session is about, and how each register names it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    theme: str
    kind: str
    owners: tuple[str, ...]
    partners: tuple[str, ...]
    venues: tuple[str, ...]  # room keys, "TOWN" (a town hall), "ONLINE"
    formal: tuple[str, ...]
    casual: tuple[str, ...]
    en: tuple[str, ...]
    sectors: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    durs: tuple[int, ...] = (120,)
    parts: tuple[str, ...] = ("am", "pm")
    series: bool = False
    online: float = 0.0
    window: tuple[date, date] | None = None
    weight: float = 1.0
    weekend: bool = False


ALL_TOWNS = tuple(TOWNS)

SUBJECTS: dict[str, Subject] = {
    s.key: s
    for s in (
        Subject(
            key="tax_small",
            theme="tax",
            kind="PUBLICITY",
            owners=("sw",),
            partners=("swj", "gsl", "jkq", "tzj", "gxj"),
            venues=("sw_xt", "zwzx_3_1", "zwzx_3_2", "dx_hall", "jkq_b4_2", "TOWN"),
            formal=(
                "小微企业和个体工商户税费优惠政策宣讲会",
                "支持小微企业发展税费优惠政策专题辅导",
            ),
            casual=("小微企业减税降费，政策怎么享？", "小老板必听：税费优惠面对面"),
            en=(
                "Tax Relief for Small Businesses: Policy Briefing",
                "Briefing: Tax and Fee Incentives for Small and Micro Enterprises",
            ),
            towns=ALL_TOWNS,
            online=0.15,
            series=True,
            weight=1.5,
        ),
        Subject(
            key="tax_iit",
            theme="iit",
            kind="PUBLICITY",
            owners=("sw",),
            partners=("rsj", "gsl", "fl"),
            venues=("sw_xt", "zwzx_3_1", "zwzx_2_px", "TOWN"),
            formal=("2026年度个人所得税综合所得汇算清缴政策辅导", "个人所得税年度汇算办理指引培训"),
            casual=("个税年度汇算，手把手教你填", "个税汇算怎么退税？现场教"),
            en=("Individual Income Tax Annual Reconciliation Walkthrough",),
            towns=ALL_TOWNS,
            online=0.3,
            window=(date(2027, 3, 1), date(2027, 5, 31)),
        ),
        Subject(
            key="tax_invoice",
            theme="invoice",
            kind="TRAINING",
            owners=("sw",),
            partners=("scjg", "swj"),
            venues=("sw_xt", "sw_4", "zwzx_2_px"),
            formal=("全面数字化的电子发票推广应用培训", "数电发票开具与使用业务培训"),
            casual=("数电发票怎么开？一次讲明白",),
            en=("Training: Fully Digitalized E-Invoices",),
            online=0.25,
            series=True,
        ),
        Subject(
            key="tax_ftp",
            theme="ftp",
            kind="PUBLICITY",
            owners=("sw", "jkq"),
            partners=("tzj", "jkq", "sw", "gxj"),
            venues=("zwzx_3_1", "jkq_b4_2", "jkq_a1_ly", "dx_hall"),
            formal=(
                "海南自由贸易港企业所得税优惠政策解读会",
                "自贸港鼓励类产业企业所得税优惠政策宣讲",
            ),
            casual=("15%企业所得税，你家企业能享吗？",),
            en=(
                "Hainan FTP 15% Corporate Income Tax Incentive Briefing",
                "FTP Corporate Income Tax Incentives Explained",
            ),
            sectors=("C", "I", "L", "M"),
            online=0.1,
        ),
        Subject(
            key="talent_iit",
            theme="talent",
            kind="PUBLICITY",
            owners=("rsj", "sw"),
            partners=("tzj", "jkq", "sw", "rsj"),
            venues=("zwzx_3_2", "xzzx_2_3_3", "jkq_b4_1"),
            formal=(
                "自贸港高端紧缺人才个人所得税优惠政策申报辅导",
                "高端紧缺人才认定及个税优惠政策宣讲",
            ),
            casual=("人才个税超15%部分免征，怎么申报？",),
            en=("Talent Income Tax Cap (15%) Application Clinic",),
            sectors=("I", "M", "J"),
        ),
        Subject(
            key="si_fee",
            theme="social",
            kind="PUBLICITY",
            owners=("sw", "rsj"),
            partners=("rsj", "sw"),
            venues=("zwzx_3_1", "zwzx_2_px", "sw_4", "rlsc_1"),
            formal=("社会保险费申报缴纳业务培训", "企业职工基本养老保险参保缴费政策宣讲"),
            casual=("社保怎么交、交多少？企业经办人看过来",),
            en=("Social Insurance Contributions: Filing Workshop",),
            online=0.2,
        ),
        Subject(
            key="job_subsidy",
            theme="employment",
            kind="PUBLICITY",
            owners=("rsj",),
            partners=("gsl", "swj", "jkq", "fl"),
            venues=("rlsc_1", "rlsc_2", "xzzx_2_5_1", "zwzx_3_2", "TOWN"),
            formal=("稳岗返还及一次性扩岗补助政策宣讲会", "就业创业补贴政策解读会"),
            casual=("招人有补贴！扩岗补助申领讲解",),
            en=("Job Retention and Hiring Subsidies Briefing",),
            towns=ALL_TOWNS,
            online=0.1,
            weight=1.3,
        ),
        Subject(
            key="skill_elec",
            theme="skills",
            kind="TRAINING",
            owners=("rsj",),
            partners=("yjj",),
            venues=("zy_elec", "rlsc_1"),
            formal=("低压电工作业职业技能培训班", "电工（五级/初级工）职业技能提升培训"),
            casual=("学电工拿证，免费培训开班啦",),
            en=("Low-voltage Electrician Skills Course",),
            sectors=("C", "E"),
            durs=(180, 210),
            parts=("am", "pm", "day"),
            series=True,
        ),
        Subject(
            key="skill_cook",
            theme="skills",
            kind="TRAINING",
            owners=("rsj",),
            partners=("lwj", "fl"),
            venues=("zy_cook",),
            formal=("中式烹调师（海南风味菜）职业技能培训班",),
            casual=("学做地道海南菜，免费培训报名中",),
            en=("Hainan Cuisine Cook Training",),
            sectors=("H",),
            durs=(180,),
            parts=("am", "pm", "day"),
            series=True,
        ),
        Subject(
            key="skill_live",
            theme="ecommerce",
            kind="TRAINING",
            owners=("rsj", "swj"),
            partners=("swj", "fl", "nyj", "rsj"),
            venues=("rlsc_1", "rlsc_2", "TOWN"),
            formal=("农村电商直播带货技能培训", "电子商务直播销售员培训班"),
            casual=("手把手教你直播卖芒果", "直播带货入门课"),
            en=("Livestream E-commerce Skills Workshop",),
            sectors=("F", "A"),
            towns=("nanwan", "yelin", "mangling", "maotan", "shiding"),
            durs=(150, 180),
            series=True,
            weight=1.3,
        ),
        Subject(
            key="skill_home",
            theme="homecare",
            kind="TRAINING",
            owners=("rsj", "fl"),
            partners=("fl", "rsj"),
            venues=("fe_3", "fe_2", "rlsc_2", "dx_201"),
            formal=("育婴员职业技能培训班", "家政服务员技能培训"),
            casual=("巾帼家政培训，学完推荐上岗", "想做月嫂？免费培训来了"),
            en=("Domestic Service and Infant Care Training",),
            sectors=("O",),
            durs=(180,),
            series=True,
            weekend=True,
        ),
        Subject(
            key="food_safety",
            theme="food",
            kind="TRAINING",
            owners=("scjg",),
            partners=("lwj", "swj", "nanwan"),
            venues=("zwzx_3_2", "yk_2", "xzzx_1_4_2", "TOWN"),
            formal=("餐饮服务食品安全管理人员培训", "食品经营者食品安全主体责任落实宣讲会"),
            casual=("开饭店必听：食品安全这些红线别碰",),
            en=("Food Safety Training for Restaurant Managers",),
            sectors=("H", "F"),
            towns=ALL_TOWNS,
            weight=1.3,
        ),
        Subject(
            key="special_equip",
            theme="equip",
            kind="TRAINING",
            owners=("scjg",),
            partners=("yjj", "gxj"),
            venues=("xzzx_1_4_2", "jkq_b4_1", "zy_mm"),
            formal=(
                "特种设备安全管理和作业人员培训",
                "电梯、锅炉、压力容器使用单位安全主体责任宣贯会",
            ),
            casual=("企业里的锅炉、叉车怎么管？",),
            en=("Special Equipment Safety Training",),
            sectors=("C", "G", "K"),
        ),
        Subject(
            key="ip_gi",
            theme="ip",
            kind="PUBLICITY",
            owners=("scjg",),
            partners=("nyj", "swj", "tzj"),
            venues=("mg_2", "zwzx_3_2", "xzzx_2_3_3"),
            formal=("地理标志商标（椰澜芒果）保护与使用培训", "商标品牌建设及知识产权保护宣讲会"),
            casual=("你家芒果能用“地理标志”吗？",),
            en=("Trademarks and Geographical Indications Workshop",),
            sectors=("A", "C", "F"),
        ),
        Subject(
            key="registration",
            theme="registration",
            kind="PUBLICITY",
            owners=("scjg",),
            partners=("sw", "jkq", "tzj"),
            venues=("zwzx_3_2", "zwzx_2_px", "jkq_b4_1"),
            formal=("经营主体登记注册便利化政策宣讲", "个体工商户“个转企”政策解读会"),
            casual=("开店办照一次办好，流程讲给你听",),
            en=("How to Register a Business in Yelan",),
        ),
        Subject(
            key="price",
            theme="price",
            kind="PUBLICITY",
            owners=("scjg",),
            partners=("lwj",),
            venues=("yk_2", "xzzx_1_4_2", "TOWN"),
            formal=("旅游旺季明码标价与价格行为规范提醒告诫会",),
            casual=("旺季涨价有红线，明码标价讲清楚",),
            en=("Price Tagging Rules for the Tourist Season",),
            sectors=("H", "F", "L"),
            towns=("nanwan", "yelin", "gangmen"),
        ),
        Subject(
            key="crossborder",
            theme="trade",
            kind="TRAINING",
            owners=("swj",),
            partners=("hg", "tzj", "jkq"),
            venues=("jkq_b4_1", "ka_2_1", "zwzx_3_1"),
            formal=("跨境电子商务政策与实务培训", "跨境电商企业海关监管政策宣讲"),
            casual=("跨境电商怎么做？政策+实操一次听懂",),
            en=("Cross-border E-commerce Policy and Practice",),
            sectors=("F", "I", "G"),
            online=0.1,
        ),
        Subject(
            key="consumption",
            theme="consumption",
            kind="PUBLICITY",
            owners=("swj",),
            partners=("scjg", "sw"),
            venues=("zwzx_3_2", "xzzx_2_3_3", "TOWN"),
            formal=("消费品以旧换新政策宣讲会",),
            casual=("以旧换新补贴怎么领？商户必看",),
            en=("Trade-in Subsidy Briefing for Retailers",),
            sectors=("F",),
            towns=("lanzhou", "gangmen", "yelin"),
            online=0.15,
        ),
        Subject(
            key="zero_tariff",
            theme="customs",
            kind="PUBLICITY",
            owners=("hg",),
            partners=("jkq", "tzj", "swj", "sw"),
            venues=("ka_2_1", "ka_3_px", "jkq_a1_ly", "jkq_b4_2"),
            formal=("自由贸易港“零关税”政策宣讲会", "原辅料“零关税”政策及申报实务培训"),
            casual=("零关税清单里有你要的设备吗？",),
            en=("Zero-Tariff Policy Briefing for FTP Enterprises",),
            sectors=("C", "G", "F"),
            online=0.15,
            weight=1.3,
        ),
        Subject(
            key="value_added",
            theme="value",
            kind="PUBLICITY",
            owners=("hg",),
            partners=("jkq", "tzj", "gxj"),
            venues=("ka_3_px", "jkq_b4_1", "jkq_b4_2"),
            formal=("加工增值内销免征关税政策解读会",),
            casual=("加工增值超30%免关税，怎么算？",),
            en=("30% Value-Added Processing Tariff Exemption Explained",),
            sectors=("C",),
        ),
        Subject(
            key="origin",
            theme="origin",
            kind="TRAINING",
            owners=("hg",),
            partners=("swj", "tzj"),
            venues=("ka_3_px", "ka_2_1", "zwzx_3_1"),
            formal=("RCEP原产地规则与证书申领培训",),
            casual=("出口拿原产地证，能省多少关税？",),
            en=("RCEP Rules of Origin Workshop",),
            sectors=("C", "F", "A"),
            online=0.1,
        ),
        Subject(
            key="ftp_invest",
            theme="ftp",
            kind="PUBLICITY",
            owners=("tzj", "jkq"),
            partners=("jkq", "tzj", "swj"),
            venues=("jkq_a1_ly", "jkq_b4_2", "xzzx_2_5_1"),
            formal=("自贸港投资政策推介会", "椰澜经开区招商政策发布会"),
            casual=("来经开区投资，有哪些扶持？",),
            en=("Invest Yelan: FTP Investment Policy Roadshow", "Investment Promotion Briefing"),
            sectors=("C", "I", "L", "M"),
            weight=1.2,
        ),
        Subject(
            key="foreign",
            theme="foreign",
            kind="PUBLICITY",
            owners=("tzj",),
            partners=("scjg", "sw"),
            venues=("jkq_b4_1", "zwzx_3_1", "xzzx_2_5_1"),
            formal=("外商投资企业登记及服务政策宣讲",),
            casual=("外资企业落地椰澜，手续怎么办？",),
            en=(
                "Foreign-Invested Enterprises: Registration and Services Briefing",
                "Doing Business in the Hainan FTP for Foreign Investors",
            ),
            sectors=("L", "I", "M"),
        ),
        Subject(
            key="betel",
            theme="betel",
            kind="TRAINING",
            owners=("nyj",),
            partners=("swj", "scjg"),
            venues=("jd_betel", "th_maotan_1", "th_shiding_1"),
            formal=("槟榔黄化病综合防控技术培训", "槟榔科学施肥与病虫害绿色防控培训"),
            casual=("槟榔发黄怎么办？专家田间教你",),
            en=("Betel Nut Yellow Leaf Disease Control",),
            sectors=("A",),
            towns=("maotan", "shiding"),
            durs=(150, 180),
        ),
        Subject(
            key="rubber",
            theme="rubber",
            kind="TRAINING",
            owners=("nyj",),
            partners=("rsj",),
            venues=("th_hongling_1", "th_shiding_1"),
            formal=("天然橡胶割胶技术培训班", "橡胶树“两病”防治及割胶工技能培训"),
            casual=("割胶技术比武前集训",),
            en=("Rubber Tapping Skills Course",),
            sectors=("A",),
            towns=("hongling", "shiding"),
            durs=(150, 180),
        ),
        Subject(
            key="mango",
            theme="mango",
            kind="TRAINING",
            owners=("nyj",),
            partners=("swj", "scjg"),
            venues=("mg_2", "jd_mango", "th_mangling_1"),
            formal=("芒果花果期管理及采后处理技术培训",),
            casual=("芒果保花保果，专家来支招",),
            en=("Mango Orchard Management Workshop",),
            sectors=("A",),
            towns=("mangling",),
            durs=(150, 180),
        ),
        Subject(
            key="coconut",
            theme="coconut",
            kind="TRAINING",
            owners=("nyj",),
            partners=("gxj",),
            venues=("th_yelin_1", "zy_mm"),
            formal=("椰子种植及椰产品精深加工技术培训",),
            casual=("椰子全身都是宝：种植+加工课",),
            en=("Coconut Growing and Processing Course",),
            sectors=("A", "C"),
            towns=("yelin",),
        ),
        Subject(
            key="fish_safety",
            theme="fishery",
            kind="TRAINING",
            owners=("nanwan", "yjj"),
            partners=("nyj", "yjj", "nanwan"),
            venues=("nw_ym", "th_nanwan_1", "th_nanwan_2", "th_gangmen_1"),
            formal=("渔船安全生产及防台风培训", "渔业船舶安全生产专项整治宣讲会"),
            casual=("出海前必听：渔船安全那些事",),
            en=("Fishing Vessel Safety Training",),
            sectors=("A",),
            towns=("nanwan", "gangmen"),
            parts=("am", "pm", "eve"),
        ),
        Subject(
            key="moratorium",
            theme="fishery",
            kind="PUBLICITY",
            owners=("nanwan", "nyj"),
            partners=("nyj", "nanwan"),
            venues=("nw_ym", "th_nanwan_1", "th_gangmen_1"),
            formal=("2027年南海伏季休渔政策宣传会",),
            casual=("5月1日起休渔，这些规定要知道",),
            en=("Summer Fishing Moratorium Briefing",),
            sectors=("A",),
            towns=("nanwan", "gangmen"),
            parts=("am", "pm", "eve"),
            window=(date(2027, 4, 1), date(2027, 4, 30)),
        ),
        Subject(
            key="safety_prod",
            theme="safety",
            kind="TRAINING",
            owners=("yjj",),
            partners=("scjg", "gxj", "jkq"),
            venues=("dx_hall", "xzzx_2_5_1", "xzzx_1_4_2", "jkq_b4_2"),
            formal=(
                "生产经营单位主要负责人和安全管理人员安全生产培训",
                "安全生产治本攻坚三年行动政策宣讲",
            ),
            casual=("老板必学：安全生产责任怎么落实",),
            en=("Workplace Safety Training for Managers",),
            sectors=("C", "E", "G"),
            durs=(150, 180),
            weight=1.4,
        ),
        Subject(
            key="typhoon",
            theme="typhoon",
            kind="TRAINING",
            owners=("yjj",),
            partners=("nanwan", "lwj"),
            venues=("xzzx_2_5_1", "th_nanwan_1", "yk_2"),
            formal=("汛期及防台风应急预案编制培训",),
            casual=("台风季快到了，企业防台清单",),
            en=("Typhoon Preparedness for Businesses",),
            window=(date(2027, 4, 15), date(2027, 5, 31)),
        ),
        Subject(
            key="fire",
            theme="fire",
            kind="TRAINING",
            owners=("yjj",),
            partners=("lwj", "scjg"),
            venues=("yk_2", "xzzx_2_3_3", "TOWN"),
            formal=("人员密集场所消防安全培训", "民宿及小旅馆消防安全知识宣讲"),
            casual=("民宿老板的消防安全课",),
            en=("Fire Safety for Guesthouses",),
            sectors=("H",),
            towns=("nanwan", "yelin", "gangmen", "shiding"),
        ),
        Subject(
            key="confined",
            theme="confined",
            kind="TRAINING",
            owners=("yjj",),
            partners=("gxj",),
            venues=("jkq_b4_1", "zy_mm", "xzzx_2_3_3"),
            formal=("有限空间作业安全专题培训",),
            casual=("下池子、进罐子前，先听这堂课",),
            en=("Confined Space Work Safety Training",),
            sectors=("C", "N"),
        ),
        Subject(
            key="digital",
            theme="digital",
            kind="PUBLICITY",
            owners=("gxj",),
            partners=("swj", "jkq", "tzj"),
            venues=("jkq_a1_ly", "zwzx_3_1", "xzzx_2_5_1"),
            formal=("中小企业数字化转型政策及案例分享会",),
            casual=("小企业怎么上云？数字化转型沙龙",),
            en=("SME Digital Transformation Workshop",),
            sectors=("C", "I"),
            online=0.15,
        ),
        Subject(
            key="specialized",
            theme="specialized",
            kind="PUBLICITY",
            owners=("gxj",),
            partners=("jkq", "gsl"),
            venues=("dx_201", "jkq_b4_1", "xzzx_2_3_3"),
            formal=("专精特新中小企业培育申报辅导",),
            casual=("专精特新申报，材料怎么准备？",),
            en=("Applying for Specialized and Sophisticated SME Status",),
            sectors=("C", "I", "M"),
        ),
        Subject(
            key="finance",
            theme="finance",
            kind="PUBLICITY",
            owners=("gsl",),
            partners=("swj", "gxj", "fl"),
            venues=("dx_hall", "zwzx_3_1", "xzzx_2_5_1"),
            formal=("民营企业融资对接会", "政银企融资对接暨金融惠企政策宣讲会"),
            casual=("小微企业贷款难？银行面对面",),
            en=("SME Financing Matchmaking Session",),
        ),
        Subject(
            key="private_econ",
            theme="private",
            kind="PUBLICITY",
            owners=("gsl",),
            partners=("scjg", "jkq"),
            venues=("dx_hall", "dx_201"),
            formal=("促进民营经济发展壮大政策宣讲会",),
            casual=("民营企业家座谈：政策落地怎么样",),
            en=("Private Sector Development Policy Briefing",),
        ),
        Subject(
            key="women_biz",
            theme="women",
            kind="PUBLICITY",
            owners=("fl",),
            partners=("rsj", "lwj", "swj"),
            venues=("fe_2", "fe_3", "TOWN"),
            formal=("巾帼创业就业政策宣讲暨创业担保贷款政策解读",),
            casual=("姐妹们创业有贷款贴息！政策来啦", "巾帼创业沙龙"),
            en=("Women Entrepreneurs: Start-up Loan Briefing",),
            towns=ALL_TOWNS,
            weekend=True,
        ),
        Subject(
            key="brocade",
            theme="culture",
            kind="TRAINING",
            owners=("lwj", "fl"),
            partners=("fl", "lwj", "rsj"),
            venues=("whg_fy", "th_shiding_1"),
            formal=("黎族传统纺染织绣技艺（黎锦）传承培训班",),
            casual=("跟阿婆学织黎锦", "黎锦织绣体验课"),
            en=("Li Brocade Weaving Workshop",),
            sectors=("R",),
            towns=("shiding", "maotan"),
            durs=(180,),
            series=True,
            weekend=True,
        ),
        Subject(
            key="homestay",
            theme="homestay",
            kind="TRAINING",
            owners=("lwj",),
            partners=("scjg", "yjj", "sw"),
            venues=("yk_2", "whg_dgn", "TOWN"),
            formal=("乡村民宿经营管理与服务规范培训",),
            casual=("开民宿怎么办证？一堂课讲清楚",),
            en=("Homestay (B&B) Operation and Licensing Workshop",),
            sectors=("H",),
            towns=("nanwan", "yelin", "shiding"),
            weight=1.2,
        ),
        Subject(
            key="li_lang",
            theme="language",
            kind="TRAINING",
            owners=("lwj",),
            partners=("rsj",),
            venues=("whg_dgn", "yk_2"),
            formal=("旅游从业人员黎语日常用语培训班",),
            casual=("导游学黎语：常用100句",),
            en=("Basic Li Language for Tourism Staff",),
            sectors=("R", "H"),
            durs=(90, 120),
            series=True,
        ),
        Subject(
            key="festival",
            theme="tourism",
            kind="PUBLICITY",
            owners=("lwj",),
            partners=("swj", "tzj"),
            venues=("whg_dgn", "yk_2"),
            formal=("“三月三”文旅消费活动商家动员会",),
            casual=("三月三活动商家招募说明会",),
            en=("Sanyuesan Festival Merchant Briefing",),
            sectors=("H", "F", "R"),
            window=(date(2027, 3, 1), date(2027, 4, 7)),
        ),
    )
}


# --------------------------------------------------------------------------------------------
# Sessions and the planner
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Qualifier:
    kind: str  # period / class / town / stop / level
    n: int = 0
    town: str = ""
    both: bool = False  # every co-host writes it (else only the lead does)

    def cn(self) -> str:
        if self.kind == "period":
            return f"第{self.n}期"
        if self.kind == "class":
            return f"{_cn(self.n)}班"
        if self.kind == "town":
            return f"{TOWNS[self.town].full}专场"
        if self.kind == "stop":
            return f"{TOWNS[self.town].short}站" if self.town != "jkq" else "经开区站"
        return ("初级班", "提高班")[self.n - 1]

    def en(self) -> str:
        if self.kind == "period":
            return f"Session {self.n}"
        if self.kind == "class":
            return f"Class {self.n}"
        if self.kind == "town":
            return f"{TOWNS[self.town].en} Session"
        if self.kind == "stop":
            return "EDZ Stop" if self.town == "jkq" else f"{TOWNS[self.town].en} Stop"
        return ("Beginners", "Advanced")[self.n - 1]


@dataclass
class Session:
    sid: int
    subject: Subject
    kind: str
    start: datetime
    end: datetime
    room: str | None
    code: str | None
    hosts: list[str]
    towns: list[str]
    sectors: list[str]
    qualifier: Qualifier | None = None
    offsets: dict[str, tuple[int, int]] = field(default_factory=dict)
    override: dict[str, dict[str, Any]] = field(default_factory=dict)
    note: str = ""
    catch_all_ok: bool = True
    numbered: bool = False  # gets a series number in the post-pass
    located: bool = False  # every host names the room (showcases of room spellings)


def _at(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=CST)


def _workdays() -> list[date]:
    days = []
    d = FIRST_DAY
    while d <= LAST_DAY:
        if d.weekday() < 5 and d not in HOLIDAYS:
            days.append(d)
        d += timedelta(days=1)
    return days


def _saturdays() -> list[date]:
    return [
        d
        for d in (FIRST_DAY + timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1))
        if d.weekday() == 5 and d != date(2027, 5, 1)
    ]


WORKDAYS = _workdays()
SATURDAYS = _saturdays()
_PART_STARTS: dict[str, tuple[tuple[int, int], ...]] = {
    "am": ((8, 30), (9, 0), (9, 0), (9, 30)),
    "pm": ((14, 30), (14, 30), (15, 0), (14, 0)),
    "eve": ((19, 30),),
    "day": ((9, 0),),
}
_PART_LIMIT = {"am": 12 * 60, "pm": 17 * 60 + 30, "eve": 21 * 60 + 30, "day": 17 * 60}


class Planner:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sessions: list[Session] = []
        self.busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()

    # time and place -------------------------------------------------------------------------

    def day(self, subject: Subject | None = None) -> date:
        rng = self.rng
        if subject is not None and subject.weekend and rng.random() < 0.12:
            pool = SATURDAYS
        else:
            pool = WORKDAYS
        if subject is not None and subject.window is not None:
            lo, hi = subject.window
            pool = [d for d in pool if lo <= d <= hi] or WORKDAYS
        return rng.choice(pool)

    def slot(self, subject: Subject, d: date) -> tuple[datetime, datetime]:
        rng = self.rng
        part = rng.choice(subject.parts)
        hour, minute = rng.choice(_PART_STARTS[part])
        start = _at(d, hour, minute)
        if part == "day":
            return start, _at(d, 17, 0)
        end_min = min(hour * 60 + minute + rng.choice(subject.durs), _PART_LIMIT[part])
        return start, _at(d, end_min // 60, end_min % 60)

    def free(self, room: str, start: datetime, end: datetime, buffer: int = ROOM_BUFFER) -> bool:
        pad = timedelta(minutes=buffer)
        target = ROOMS[room]
        for key, spans in self.busy.items():
            other = ROOMS[key]
            same = key == room or (
                other.building == target.building and (other.whole or target.whole)
            )
            if not same:
                continue
            for s, e in spans:
                if s - pad < end and start < e + pad:
                    return False
        return True

    def new_code(self) -> str:
        while True:
            code = f"{self.rng.randint(100, 999)}{self.rng.randint(100, 999)}"
            code += f"{self.rng.randint(100, 999)}"
            if code not in self.codes:
                self.codes.add(code)
                return code

    # sessions -------------------------------------------------------------------------------

    def add(
        self,
        subject: str,
        start: datetime,
        end: datetime,
        room: str | None,
        hosts: list[str],
        *,
        online: bool = False,
        kind: str | None = None,
        towns: list[str] | None = None,
        qualifier: Qualifier | None = None,
        note: str = "",
        override: dict[str, dict[str, Any]] | None = None,
        catch_all_ok: bool = True,
        numbered: bool = False,
        arrival: str | None = None,
        located: bool = False,
        check: bool = True,
        buffer: int = ROOM_BUFFER,
    ) -> Session | None:
        subj = SUBJECTS[subject]
        if room is not None and check and not self.free(room, start, end, buffer):
            return None
        rng = self.rng
        if towns is None:
            towns = self._towns_for(subj, room)
        sectors = list(subj.sectors)
        if len(sectors) > 2 and rng.random() < 0.4:
            sectors = rng.sample(sectors, len(sectors) - 1)
        s = Session(
            sid=len(self.sessions) + 1,
            subject=subj,
            kind=kind or subj.kind,
            start=start,
            end=end,
            room=room,
            code=self.new_code() if online or room is None else None,
            hosts=list(hosts),
            towns=towns,
            sectors=sectors,
            qualifier=qualifier,
            override=dict(override or {}),
            note=note,
            catch_all_ok=catch_all_ok,
            numbered=numbered,
            located=located,
        )
        if arrival is not None:
            _arrival(s, rng, spread=arrival == "spread")
        if room is not None:
            self.busy.setdefault(room, []).append((start, end))
        self.sessions.append(s)
        return s

    def _towns_for(self, subj: Subject, room: str | None) -> list[str]:
        rng = self.rng
        if room is not None:
            town = BUILDINGS[ROOMS[room].building].town
            if town != "lanzhou" and rng.random() < 0.85:
                return [town]
        if subj.towns and subj.towns != ALL_TOWNS and rng.random() < 0.6:
            return sorted(rng.sample(list(subj.towns), rng.randint(1, len(subj.towns))))
        if rng.random() < 0.15:
            return sorted(rng.sample(ALL_TOWNS, 2))
        return []

    def postings(self) -> tuple[int, int]:
        total = sum(len(s.hosts) for s in self.sessions)
        multi = sum(len(s.hosts) for s in self.sessions if len(s.hosts) > 1)
        return total, multi


def _arrival(s: Session, rng: random.Random, spread: bool = False) -> None:
    """Co-hosts announce different starts (sign-in vs. start) and slightly different ends."""
    if len(s.hosts) < 2:
        return
    if spread or rng.random() < 0.35:
        # 13:30 / 14:00 / 14:30: one host gives the session's own start, the others 30 min apart
        shifts = [-30, 0, 30] if len(s.hosts) > 2 else rng.choice(([-30, 0], [0, 30]))
        rng.shuffle(shifts)
        for slug, shift in zip(s.hosts, shifts, strict=False):
            s.offsets[slug] = (shift, rng.choice((-30, -15, 0, 0, 15, 30)))
    else:
        for slug in s.hosts[1:]:
            if rng.random() < 0.15:
                s.offsets[slug] = (0, rng.choice((-30, -15, 15, 30)))


# --------------------------------------------------------------------------------------------
# Hard negatives and showcases, built before the random fill so their rooms are free
# --------------------------------------------------------------------------------------------

# (subject, (day offset, hour, minute) start, (day offset, hour, minute) end, room, hosts, options)
Spec = tuple[str, tuple[int, int, int], tuple[int, int, int], str | None, list[str], dict[str, Any]]


def _try(p: Planner, specs: list[Spec], tries: int = 400) -> list[Session]:
    """Place a group of sessions on one random working day (and the days after it), or none."""
    for _ in range(tries):
        base = p.rng.choice(WORKDAYS)
        offsets = {spec[1][0] for spec in specs} | {spec[2][0] for spec in specs}
        if any(base + timedelta(days=k) not in WORKDAYS for k in offsets):
            continue
        timed = [
            (
                subject,
                _at(base + timedelta(days=s[0]), s[1], s[2]),
                _at(base + timedelta(days=e[0]), e[1], e[2]),
                room,
                hosts,
                opts,
            )
            for subject, s, e, room, hosts, opts in specs
        ]
        if any(t[3] is not None and not p.free(t[3], t[1], t[2]) for t in timed):
            continue
        out = []
        for subject, start, end, room, hosts, opts in timed:
            s = p.add(subject, start, end, room, hosts, check=False, **opts)
            assert s is not None
            out.append(s)
        return out
    return []


def _pair(
    a: tuple[str, str | None, list[str]],
    b: tuple[str, str | None, list[str]],
    start: tuple[int, int],
    end: tuple[int, int],
    note: str,
    **opts: Any,
) -> list[Spec]:
    """Two sessions at the same time: (subject, room, hosts) each."""
    return [
        (a[0], (0, *start), (0, *end), a[1], a[2], {"note": note, **opts}),
        (b[0], (0, *start), (0, *end), b[1], b[2], {"note": note, **opts}),
    ]


def _hn_parallel_rooms(p: Planner) -> None:
    """Two rooms of one building at one hour: two sessions."""
    combos = [
        (("tax_small", "zwzx_3_1", ["sw", "swj"]), ("registration", "zwzx_3_2", ["scjg"])),
        (("job_subsidy", "xzzx_2_5_1", ["rsj", "gsl"]), ("safety_prod", "xzzx_1_4_2", ["yjj"])),
        (("specialized", "dx_201", ["gxj", "gsl"]), ("skill_home", "dx_202", ["rsj", "fl"])),
        (("ftp_invest", "jkq_b4_2", ["jkq", "tzj"]), ("value_added", "jkq_b4_1", ["hg", "jkq"])),
        (("si_fee", "zwzx_3_1", ["rsj"]), ("tax_invoice", "zwzx_3_2", ["sw"])),
        (("safety_prod", "xzzx_2_5_1", ["yjj", "scjg"]), ("fire", "xzzx_2_3_3", ["yjj"])),
    ]
    for a, b in combos:
        hour = p.rng.choice((9, 15))
        _try(p, _pair(a, b, (hour, 0), (hour + 2, 0), "parallel-room"))


def _hn_qualifiers(p: Planner) -> None:
    """Different qualifiers on both sides, same place and same time: two sessions."""
    # (subject, building-level venue, hosts, qualifier kind, one side's value, the other's)
    cases: list[tuple[str, str, list[str], str, int | str, int | str]] = [
        ("skill_elec", "zy_all", ["rsj", "yjj"], "class", 1, 2),
        ("skill_elec", "zy_all", ["rsj", "yjj"], "class", 1, 2),
        ("skill_live", "rlsc_all", ["rsj"], "period", 5, 6),
        ("skill_home", "rlsc_all", ["rsj", "fl"], "period", 7, 8),
        ("tax_small", "swju_all", ["sw"], "town", "nanwan", "yelin"),
        ("tax_small", "swju_all", ["sw"], "town", "gangmen", "mangling"),
        ("li_lang", "whg_all", ["lwj"], "level", 1, 2),
        ("li_lang", "whg_all", ["lwj", "rsj"], "level", 1, 2),
    ]
    for subject, room, hosts, kind, va, vb in cases:
        hour = p.rng.choice((9, 14))
        specs: list[Spec] = []
        for value in (va, vb):
            if isinstance(value, str):
                q = Qualifier(kind, town=value, both=True)
            else:
                q = Qualifier(kind, value, both=True)
            opts: dict[str, Any] = {
                "qualifier": q,
                "note": "qualifier-both-sides",
                "catch_all_ok": False,
            }
            if q.kind == "town":
                opts["towns"] = [q.town]
            specs.append((subject, (0, hour, 30), (0, hour + 3, 0), room, hosts, opts))
        _try(p, specs)
    # roadshow stops: one hour, two places
    for _ in range(2):
        _try(
            p,
            [
                (
                    "zero_tariff",
                    (0, 9, 30),
                    (0, 11, 30),
                    "jkq_a1_ly",
                    ["hg", "jkq"],
                    {
                        "qualifier": Qualifier("stop", town="jkq", both=True),
                        "note": "stops",
                        "catch_all_ok": False,
                    },
                ),
                (
                    "zero_tariff",
                    (0, 9, 30),
                    (0, 11, 30),
                    "ka_2_1",
                    ["hg"],
                    {
                        "qualifier": Qualifier("stop", town="gangmen", both=True),
                        "note": "stops",
                        "catch_all_ok": False,
                    },
                ),
            ],
        )


def _hn_two_towns(p: Planner) -> None:
    """The same training under the same title, the same morning, in two towns."""
    cases = [
        ("skill_live", ["rsj"], "th_nanwan_1", "th_yelin_1"),
        ("betel", ["nyj"], "th_maotan_1", "th_shiding_1"),
        ("food_safety", ["scjg"], "th_gangmen_1", "th_mangling_1"),
        ("fire", ["yjj", "lwj"], "th_yelin_1", "th_nanwan_2"),
    ]
    for subject, hosts, ra, rb in cases:
        title = p.rng.choice(SUBJECTS[subject].formal)
        specs: list[Spec] = [
            (
                subject,
                (0, 9, 0),
                (0, 11, 30),
                room,
                hosts,
                {
                    "towns": [BUILDINGS[ROOMS[room].building].town],
                    "note": "same-title-two-towns",
                    "override": {hosts[0]: {"base": title}},
                },
            )
            for room in (ra, rb)
        ]
        _try(p, specs)


def _hn_consecutive(p: Planner) -> None:
    """The same title in the same room on two consecutive working days."""
    cases = [
        ("safety_prod", "dx_hall", ["yjj"], ["yjj", "scjg"]),
        ("tax_invoice", "sw_xt", ["sw"], ["sw"]),
        ("homestay", "yk_2", ["lwj", "scjg"], ["lwj"]),
        ("zero_tariff", "ka_3_px", ["hg"], ["hg", "jkq"]),
    ]
    for subject, room, hosts_a, hosts_b in cases:
        title = p.rng.choice(SUBJECTS[subject].formal)
        opts: dict[str, Any] = {
            "note": "consecutive-days",
            "override": {hosts_a[0]: {"base": title}},
            "arrival": "maybe",
        }
        _try(
            p,
            [
                (subject, (0, 9, 0), (0, 11, 30), room, hosts_a, opts),
                (subject, (1, 9, 0), (1, 11, 30), room, hosts_b, opts),
            ],
        )


def _hn_course_inside(p: Planner) -> None:
    """A three-day course and a one-day session on its second day, next door."""
    cases = [
        (("skill_home", "fe_3", ["rsj", "fl"]), ("women_biz", "fe_2", ["fl"])),
        (("rubber", "th_hongling_1", ["nyj"]), ("rubber", "th_hongling_2", ["nyj", "rsj"])),
        (("skill_elec", "zy_elec", ["rsj"]), ("special_equip", "zy_mm", ["scjg", "yjj"])),
    ]
    for (c_subj, c_room, c_hosts), (o_subj, o_room, o_hosts) in cases:
        _try(
            p,
            [
                (c_subj, (0, 9, 0), (2, 17, 0), c_room, c_hosts, {"note": "three-day-course"}),
                (
                    o_subj,
                    (1, 14, 30),
                    (1, 16, 30),
                    o_room,
                    o_hosts,
                    {"note": "one-day-inside-course"},
                ),
            ],
        )


def _hn_online_vs_hall(p: Planner) -> None:
    """One policy at one hour, online and in a hall, by different hosts: two sessions."""
    cases = [
        (("tax_iit", None, ["sw"]), ("tax_iit", "th_nanwan_1", ["nanwan"])),
        (("zero_tariff", None, ["hg"]), ("zero_tariff", "jkq_b4_2", ["jkq", "tzj"])),
        (("job_subsidy", None, ["rsj"]), ("job_subsidy", "th_maotan_1", ["rsj"])),
    ]
    for a, b in cases:
        _try(p, _pair(a, b, (15, 0), (17, 0), "online-vs-hall"))


def _hn_two_codes(p: Planner) -> None:
    """Two online sessions at one hour with different meeting codes."""
    cases = [
        (("tax_invoice", None, ["sw"]), ("tax_iit", None, ["sw"])),
        (("si_fee", None, ["rsj"]), ("si_fee", None, ["sw"])),
        (("digital", None, ["gxj", "swj"]), ("crossborder", None, ["swj"])),
    ]
    for a, b in cases:
        _try(p, _pair(a, b, (9, 30), (11, 30), "two-online-codes"))


def _hn_back_to_back(p: Planner) -> None:
    """Touching sessions in one room, and one catch-all title twice a day in one hall."""
    for room in ("zwzx_3_1", "dx_hall"):
        _try(
            p,
            [
                ("tax_small", (0, 9, 0), (0, 10, 30), room, ["sw"], {"note": "back-to-back"}),
                ("registration", (0, 10, 30), (0, 12, 0), room, ["scjg"], {"note": "back-to-back"}),
            ],
        )
    catch_all = {"jkq": {"title": "【经开区】企业服务日活动"}}
    for _ in range(2):
        _try(
            p,
            [
                (
                    "ftp_invest",
                    (0, 9, 0),
                    (0, 11, 30),
                    "jkq_a1_ly",
                    ["jkq"],
                    {"note": "catch-all-twice-a-day", "override": catch_all},
                ),
                (
                    "digital",
                    (0, 14, 30),
                    (0, 17, 0),
                    "jkq_a1_ly",
                    ["jkq"],
                    {"note": "catch-all-twice-a-day", "override": catch_all},
                ),
            ],
        )


def _hn_catch_all_two_places(p: Planner) -> None:
    """The same catch-all title at the same hour in the 经开区 and in 南湾镇."""
    for _ in range(2):
        _try(
            p,
            [
                (
                    "tax_ftp",
                    (0, 15, 0),
                    (0, 17, 0),
                    "jkq_b4_2",
                    ["jkq", "sw"],
                    {
                        "note": "catch-all-two-places",
                        "override": {"jkq": {"title": "企业服务日活动"}},
                    },
                ),
                (
                    "fish_safety",
                    (0, 15, 0),
                    (0, 17, 0),
                    "th_nanwan_1",
                    ["nanwan", "yjj"],
                    {
                        "note": "catch-all-two-places",
                        "override": {"nanwan": {"title": "企业服务日活动"}},
                    },
                ),
            ],
        )


def _hn_en_vs_cn(p: Planner) -> None:
    """An English and a Chinese posting on one policy at one hour, in two rooms."""
    for _ in range(2):
        _try(
            p,
            _pair(
                ("ftp_invest", "jkq_a1_ly", ["tzj"]),
                ("ftp_invest", "jkq_b4_2", ["jkq"]),
                (9, 30),
                (11, 30),
                "en-vs-cn-two-rooms",
            ),
        )


def _one(
    p: Planner,
    subject: str,
    start: tuple[int, int],
    end: tuple[int, int],
    room: str | None,
    hosts: list[str],
    **opts: Any,
) -> None:
    _try(p, [(subject, (0, *start), (0, *end), room, hosts, opts)])


def _showcases(p: Planner) -> None:
    """Positive cases that must appear several times whatever the random fill does."""
    rng = p.rng
    # 党校 = 行政学院: 工商联 writes the second plaque, Invest Yelan writes English
    for subject, hosts in (
        ("private_econ", ["gsl", "scjg"]),
        ("finance", ["gsl", "swj", "tzj"]),
        ("safety_prod", ["yjj", "gsl"]),
    ):
        _one(
            p,
            subject,
            (14, 30),
            (17, 0),
            "dx_hall",
            hosts,
            note="two-plaques",
            arrival="maybe",
            located=True,
        )
    # one formal Chinese, one everyday Chinese, one English
    for subject, room, hosts in (
        ("ftp_invest", "jkq_a1_ly", ["jkq", "swj", "tzj"]),
        ("tax_ftp", "zwzx_3_1", ["sw", "gsl", "tzj"]),
        ("crossborder", "ka_2_1", ["hg", "swj", "tzj"]),
    ):
        _one(p, subject, (9, 0), (11, 30), room, hosts, note="three-registers", located=True)
    # 13:30 / 14:00 / 14:30
    for subject, room, hosts in (
        ("job_subsidy", "xzzx_2_5_1", ["rsj", "gsl", "swj"]),
        ("zero_tariff", "ka_2_1", ["hg", "jkq", "tzj"]),
        ("homestay", "yk_2", ["lwj", "scjg", "sw"]),
    ):
        _one(
            p,
            subject,
            (14, 0),
            (16, 30),
            room,
            hosts,
            note="arrival-order",
            arrival="spread",
            located=True,
        )
    # kinds differ, and the meeting code is written differently (online and hybrid)
    kinds = {"rsj": {"kind": "TRAINING"}, "sw": {"kind": "PUBLICITY"}}
    for where in (None, None, "zwzx_3_1"):
        _one(
            p,
            "si_fee",
            (15, 0),
            (17, 0),
            where,
            ["sw", "rsj"],
            online=True,
            override=kinds,
            note="kind-and-codes",
        )
    # series number on one side only
    for subject, room, hosts in (
        ("skill_elec", "zy_elec", ["rsj", "yjj"]),
        ("skill_live", "rlsc_1", ["rsj", "swj", "fl"]),
        ("li_lang", "whg_dgn", ["lwj", "rsj"]),
    ):
        _one(
            p,
            subject,
            (9, 0),
            (12, 0),
            room,
            hosts,
            note="series-one-side",
            numbered=True,
            located=True,
            catch_all_ok=False,
        )
    # the co-host posts only a catch-all title and no location
    for subject, room, hosts in (
        ("registration", "jkq_b4_1", ["scjg", "jkq"]),
        ("value_added", "jkq_b4_2", ["hg", "jkq"]),
        ("job_subsidy", "rlsc_2", ["rsj", "gsl"]),
    ):
        co = hosts[1]
        title = rng.choice(DEPTS[co].catch_all)
        _one(
            p,
            subject,
            (9, 30),
            (11, 30),
            room,
            hosts,
            note="catch-all-cohost",
            override={co: {"title": title, "location": None}},
        )


# --------------------------------------------------------------------------------------------
# Random fill
# --------------------------------------------------------------------------------------------


def _venues(subject: Subject, home: str | None) -> list[str]:
    out: list[str] = []
    for v in subject.venues:
        if v == "TOWN":
            for t in subject.towns or ALL_TOWNS:
                out.append(f"th_{t}_1")
        else:
            out.append(v)
    if home is not None:
        out = [r for r in out if BUILDINGS[ROOMS[r].building].town == home]
    return out


def _fill(p: Planner, target: int, share: float) -> None:
    rng = p.rng
    subjects = list(SUBJECTS.values())
    weights = [s.weight for s in subjects]
    while p.postings()[0] < target:
        subj = rng.choices(subjects, weights)[0]
        primary = rng.choice(subj.owners)
        total, multi = p.postings()
        want_multi = rng.random() < (0.6 if multi < share * max(total, 1) else 0.08)
        for _ in range(30):
            d = p.day(subj)
            start, end = p.slot(subj, d)
            online = rng.random() < subj.online
            room: str | None = None
            if not online:
                venues = _venues(subj, DEPTS[primary].home_town)
                if not venues:
                    break
                room = rng.choice(venues)
                if not p.free(room, start, end):
                    continue
            where = BUILDINGS[ROOMS[room].building].town if room else None
            partners = [
                x for x in subj.partners if x != primary and DEPTS[x].home_town in (None, where)
            ]
            hosts = [primary]
            if want_multi and partners:
                n = 2 if rng.random() < 0.72 or len(partners) < 2 else 3
                hosts += rng.sample(partners, n - 1)
            hybrid = room is not None and subj.online > 0 and rng.random() < 0.12
            s = p.add(subj.key, start, end, room, hosts, online=online or hybrid)
            if s is None:
                continue
            if subj.series and rng.random() < 0.7:
                s.numbered = True
            _arrival(s, rng)
            break


def _number_series(p: Planner) -> None:
    groups: dict[tuple[str, str], list[Session]] = {}
    for s in p.sessions:
        if s.subject.series:
            groups.setdefault((s.subject.key, s.hosts[0]), []).append(s)
    for items in groups.values():
        taken = {s.qualifier.n for s in items if s.qualifier and s.qualifier.kind == "period"}
        n = 0
        for s in sorted(items, key=lambda x: (x.start, x.sid)):
            if not s.numbered or s.qualifier is not None:
                continue
            n += 1
            while n in taken:
                n += 1
            s.qualifier = Qualifier("period", n)


# --------------------------------------------------------------------------------------------
# Rendering one department's posting
# --------------------------------------------------------------------------------------------


def _floor(n: int, fmt: str) -> str:
    return {
        "lou": f"{n}楼",
        "cnlou": f"{_cn(n)}楼",
        "F": f"{n}F",
        "ceng": f"{n}层",
        "cnceng": f"{_cn(n)}层",
        "slash": f"{n}/F",
    }.get(fmt, f"{n}楼")


def _block(b: Block, fmt: str, alias: bool) -> str:
    if b.name:
        return b.name
    if b.num is not None and not (alias and b.letter):
        n = b.num
        return {
            "hash": f"{n}#楼",
            "cnhao": f"{_cn(n)}号楼",
            "dong": f"{n}栋",
        }.get(fmt, f"{n}号楼")
    return f"{b.letter}座" if fmt == "zuo" else f"{b.letter}栋"


def _numbered(n: int, noun: str, fmt: str) -> str:
    return {
        "di_cn": f"第{_cn(n)}{noun}",
        "cn": f"{_cn(n)}号{noun}",
        "hao": f"{n}号{noun}",
        "di_ar": f"第{n}{noun}",
        "bare_cn": f"{_cn(n)}{noun}",
    }.get(fmt, f"第{_cn(n)}{noun}")


def _room_cn(room: Room, style: LocStyle, rng: random.Random, building_only: bool) -> str:
    b = BUILDINGS[room.building]
    form = _pick(rng, style.bname)
    names = b.names.get(form) or b.names.get("short") or b.names["county"]
    name = rng.choice(names)
    parts = [name]
    if not (room.whole or building_only):
        if room.block is not None:
            parts.append(
                _block(room.block, _pick(rng, style.block), rng.random() < style.letter_alias)
            )
        if room.floor is not None and rng.random() >= style.omit_floor:
            parts.append(_floor(room.floor, _pick(rng, style.floor)))
        if room.number is not None:
            parts.append(_numbered(room.number, room.noun, _pick(rng, style.number)))
        else:
            parts.append(rng.choice(room.named))
    sep = " " if rng.random() < style.space else ""
    text = sep.join(parts)
    if b.address and rng.random() < style.address:
        text = f"{TOWNS[b.town].full}{b.address}{text}"
    if rng.random() < style.fullwidth:
        text = _fw(text)
    return text


def _room_en(room: Room, rng: random.Random, building_only: bool) -> str:
    b = BUILDINGS[room.building]
    name = rng.choice(b.names["en"])
    if room.whole or building_only:
        return name
    if room.number is not None:
        label = rng.choice((f"{room.noun_en} {room.number}", f"No. {room.number} {room.noun_en}"))
    else:
        label = rng.choice(room.named_en)
    floor = ""
    if room.floor is not None:
        floor = rng.choice((f"{room.floor}/F", f"Floor {room.floor}", f"{room.floor}F"))
    block = ""
    if room.block is not None:
        bl = room.block
        if bl.en_name:
            block = bl.en_name
        elif bl.num is not None:
            block = rng.choice((f"Building {bl.num}", f"Bldg {bl.num}"))
        else:
            block = f"Block {bl.letter}"
    if rng.random() < 0.6:
        return ", ".join(x for x in (label, floor, block, name) if x)
    inner = ", ".join(x for x in (block, floor) if x)
    return f"{name}, {label}" + (f" ({inner})" if inner else "")


def _code_text(code: str, rng: random.Random) -> str:
    style = rng.choice(("dash", "plain", "space"))
    if style == "dash":
        return f"{code[:3]}-{code[3:6]}-{code[6:]}"
    if style == "space":
        return f"{code[:3]} {code[3:6]} {code[6:]}"
    return code


def _online_where(code: str, dept: Dept, rng: random.Random) -> tuple[str | None, str | None]:
    in_loc = rng.random() < 0.6
    in_url = not in_loc or rng.random() < 0.5
    loc: str | None
    if dept.loc.english:
        loc = f"Online (Tencent Meeting ID: {_code_text(code, rng)})" if in_loc else "Online"
    elif in_loc:
        loc = rng.choice(
            ("腾讯会议：{c}", "线上（腾讯会议号{c}）", "腾讯会议 会议号 {c}", "线上直播 {c}")
        )
        loc = loc.format(c=_code_text(code, rng))
    else:
        loc = rng.choice(("线上", "线上（腾讯会议）", None))
    url: str | None = None
    if in_url:
        if rng.random() < 0.65:
            url = f"https://meeting.tencent.com/p/{code}"
        else:
            url = f"https://live.yelan.example/room/{_code_text(code, rng).replace(' ', '-')}"
    return loc, url


def _where(s: Session, dept: Dept, lead: bool, rng: random.Random) -> tuple[str | None, str | None]:
    if s.room is None:
        assert s.code is not None
        return _online_where(s.code, dept, rng)
    room = ROOMS[s.room]
    if not s.located and rng.random() < (0.02 if lead else dept.no_loc):
        return None, None
    building_only = not (lead or s.located) and rng.random() < 0.06
    if dept.loc.english:
        text = _room_en(room, rng, building_only)
    else:
        text = _room_cn(room, dept.loc, rng, building_only)
    if s.code is None:
        return text, None
    mode = rng.choice(("room", "online", "both"))
    if mode == "room":
        return text, None
    if mode == "online":
        return _online_where(s.code, dept, rng)
    code = _code_text(s.code, rng)
    if dept.loc.english:
        text = f"{text} + online (Tencent Meeting {code})"
    else:
        text += rng.choice(("（同步线上：腾讯会议 {c}）", "；线上同步直播，会议号{c}")).format(
            c=code
        )
    url = f"https://meeting.tencent.com/p/{s.code}" if rng.random() < 0.4 else None
    return text, url


def _with_qualifier(base: str, q: Qualifier, register: str, rng: random.Random) -> str:
    if register == "en":
        return base + rng.choice((f" ({q.en()})", f" - {q.en()}"))
    text = q.cn()
    if register == "casual":
        return base + rng.choice((f"·{text}", f" {text}", f"（{text}）"))
    if q.kind == "period" and rng.random() < 0.5:
        return f"{text}{base}"
    if q.kind == "stop":
        return base + rng.choice((f"·{text}", f"——{text}"))
    if q.kind == "town" and rng.random() < 0.3:
        return f"{text}：{base}"
    return f"{base}（{text}）"


def _quarter(d: datetime) -> str:
    return "第一季度" if d.month <= 3 else "第二季度"


def _decorate(
    slug: str, title: str, register: str, s: Session, rng: random.Random, online: bool
) -> str:
    r = rng.random
    formal = register == "formal"
    if slug == "rsj":
        if formal and r() < 0.25 and not title.startswith(("2027", "第")):
            title = rng.choice(("2027年", f"2027年{_quarter(s.start)}")) + title
        if r() < 0.15:
            title += rng.choice(("（免费）", "（补贴性培训）", "（名额有限）"))
        if r() < 0.45:
            title = rng.choice(("【县人社局】", "【椰澜县人社局】", "县人社局：")) + title
        if r() < 0.08:
            title = _fw(title)
    elif slug == "sw":
        x = r()
        if formal and x < 0.3:
            title = f"关于举办{title}的通知"
        elif x < 0.6:
            title = rng.choice(("纳税人学堂｜", "【纳税人学堂】", "税务局：")) + title
        if online and r() < 0.4:
            title += "（线上）"
    elif slug == "scjg":
        if r() < 0.5:
            title = rng.choice(("市监局：", "县市场监管局：", "【市场监管】")) + title
        if r() < 0.1:
            title += "（公益）"
    elif slug == "swj":
        if r() < 0.3:
            title += "（名额有限）"
        if r() < 0.25:
            title = "【报名】" + title
    elif slug == "tzj":
        if r() < 0.3 and not title.startswith("Invest Yelan"):
            title = "[Invest Yelan] " + title
        if r() < 0.2:
            title += rng.choice((" (Free Admission)", " | Limited Seats", " - Register Now"))
    elif slug == "nyj":
        if r() < 0.2 and formal:
            title = f"关于开展{title}的通知"
        elif formal and r() < 0.35 and not title.startswith("2027"):
            title = "2027年" + title
        if r() < 0.2:
            title += "（田间课堂）"
        if r() < 0.5:
            title = _fw(title)
    elif slug == "lwj":
        if r() < 0.35:
            title = rng.choice(("【文旅】", "旅文局：", "【县旅文局】")) + title
        if r() < 0.15:
            title += "（公益）"
    elif slug == "yjj":
        x = r()
        if x < 0.2:
            title = (
                rng.choice(
                    ("安全生产治本攻坚三年行动——", "“打非治违”专项行动：", "安全生产专项行动·")
                )
                + title
            )
        elif x < 0.35 and formal:
            title = f"关于组织开展{title}的通知"
        elif x < 0.5:
            title = "【应急】" + title
    elif slug == "gxj":
        x = r()
        if x < 0.3 and formal:
            title = f"关于组织参加{title}的通知"
        elif x < 0.5 and formal:
            title = f"2027年{_quarter(s.start)}" + title
        if r() < 0.2:
            title = "【工信】" + title
    elif slug == "hg":
        if r() < 0.45:
            title = rng.choice(("椰澜海关：", "【关务课堂】", "【海关惠企】")) + title
    elif slug == "jkq":
        if r() < 0.4:
            title = rng.choice(("【经开区】", "经开区管委会：")) + title
        if r() < 0.2:
            title += "（自贸港政策系列）"
    elif slug == "fl":
        if r() < 0.4:
            title += "（公益）"
        if r() < 0.2:
            title = "【巾帼】" + title
        if r() < 0.1:
            title = _fw(title)
    elif slug == "gsl":
        if r() < 0.35:
            title = "【工商联】" + title
        if r() < 0.2:
            title += "（免费）"
    elif slug == "nanwan" and r() < 0.45:
        x = r()
        if x < 0.4 or (x >= 0.7 and not formal):
            title = "南湾镇：" + title
        elif x < 0.7:
            title = "【通知】" + title
        else:
            title = f"南湾镇关于召开{title}的通知"
    return title


def _register(dept: Dept, rng: random.Random) -> str:
    if dept.register == "formal" and rng.random() < 0.12:
        return "casual"
    if dept.register == "casual" and rng.random() < 0.2:
        return "formal"
    return dept.register


def _title(
    s: Session, slug: str, lead: bool, used: set[str], rng: random.Random
) -> tuple[str, str]:
    dept = DEPTS[slug]
    register = _register(dept, rng)
    over = s.override.get(slug, {})
    if not lead and s.catch_all_ok and "title" not in over and rng.random() < 0.08:
        return dept.catch_all[rng.randrange(len(dept.catch_all))], register
    options = {
        "formal": s.subject.formal,
        "casual": s.subject.casual,
        "en": s.subject.en,
    }[register] or s.subject.formal
    fresh = [t for t in options if t not in used] or list(options)
    base = str(over.get("base") or rng.choice(fresh))
    if "base" in over and register == "en":
        base = rng.choice(s.subject.en)
    used.add(base)
    q = s.qualifier
    if q is not None and (lead or q.both):
        base = _with_qualifier(base, q, register, rng)
    return _decorate(slug, base, register, s, rng, s.room is None), register


def _topics(dept: Dept, subject: Subject, rng: random.Random) -> list[str]:
    if rng.random() < dept.topic_empty:
        return []
    own = list(dept.topics.get(subject.theme, ()))
    general = list(dept.topics.get("general", ()))
    tags = rng.sample(own, min(len(own), rng.choice((1, 2, 2, 3)))) if own else []
    if general and (not tags or rng.random() < 0.35):
        extra = rng.choice(general)
        if extra not in tags:
            tags.append(extra)
    return tags


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.isoformat()


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.count: dict[str, int] = {}
        self.seen: set[str] = set()

    def next(self, slug: str, start: datetime) -> str:
        n = self.count.get(slug, 0) + 1
        self.count[slug] = n
        d = start.date()
        ymd = d.strftime("%Y%m%d")
        eid = {
            "rsj": f"RSJ-2027-{n:04d}",
            "sw": f"SW{ymd}{n:03d}",
            "scjg": f"scjg_hd_{n:05d}",
            "swj": f"swj-27-{n:03d}",
            "tzj": f"IY-{d.strftime('%Y%m')}-{n:03d}",
            "nyj": f"NY{ymd}-{n:02d}",
            "lwj": f"lwj2027-{n:03d}",
            "yjj": f"椰应急培〔2027〕{n}号",
            "gxj": f"GXJ{d.strftime('%m%d')}{n:03d}",
            "jkq": f"JKQ-HD-{n:04d}",
            "fl": f"fl_{d.strftime('%m%d')}_{n}",
            "gsl": f"GSL2027{n:03d}",
            "nanwan": f"nw2027{n:03d}",
        }.get(slug)
        while eid is None or eid in self.seen:
            eid = f"hg-{self.rng.getrandbits(32):08x}"
        self.seen.add(eid)
        return eid


def _render(s: Session, rng: random.Random, ids: _Ids) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    used: set[str] = set()
    truth = {
        "session": s.sid,
        "kind": s.kind,
        "start": s.start.isoformat(),
        "end": s.end.isoformat(),
    }
    for i, slug in enumerate(s.hosts):
        dept = DEPTS[slug]
        lead = i == 0
        title, _register_used = _title(s, slug, lead, used, rng)
        kind = s.kind
        if not lead and dept.kind_bias and dept.kind_bias != kind and rng.random() < 0.6:
            kind = dept.kind_bias
        ds, de = s.offsets.get(slug, (0, 0))
        start = s.start + timedelta(minutes=ds)
        end = s.end + timedelta(minutes=de)
        location, url = _where(s, dept, lead, rng)
        sectors = [] if rng.random() < dept.sector_drop else list(s.sectors)
        regions = [] if rng.random() < dept.region_drop else list(s.towns)
        eid = ids.next(slug, s.start)
        reg = dept.reg_url.format(eid=eid) if dept.reg_url and rng.random() < dept.reg_p else None
        record_input: dict[str, Any] = {
            "externalId": eid,
            "kind": kind,
            "title": title,
            "start": _iso(start, dept.utc),
            "end": _iso(end, dept.utc),
            "timezone": TZ_NAME,
            "location": location,
            "onlineUrl": url,
            "topics": _topics(dept, s.subject, rng),
            "audience": {
                "sectors": [_sector(x, dept.sector_style) for x in sectors],
                "regions": [_town(x, dept.region_style) for x in regions],
            },
            "capacity": rng.choice(dept.capacities),
            "registrationUrl": reg,
        }
        for key, value in s.override.get(slug, {}).items():
            if key in record_input:
                record_input[key] = value
        out.append({"department": slug, "input": record_input, "truth": dict(truth)})
    return out


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def _build(seed: int) -> tuple[list[dict[str, Any]], list[Session]]:
    rng = random.Random(seed)
    p = Planner(rng)
    _hn_parallel_rooms(p)
    _hn_qualifiers(p)
    _hn_two_towns(p)
    _hn_consecutive(p)
    _hn_course_inside(p)
    _hn_online_vs_hall(p)
    _hn_two_codes(p)
    _hn_back_to_back(p)
    _hn_catch_all_two_places(p)
    _hn_en_vs_cn(p)
    _showcases(p)
    _fill(p, target=rng.randint(1060, 1140), share=rng.uniform(0.38, 0.42))
    _number_series(p)
    ids = _Ids(rng)
    records: list[dict[str, Any]] = []
    for s in p.sessions:
        records.extend(_render(s, rng, ids))
    rng.shuffle(records)
    return records, p.sessions


def generate(seed: int) -> list[dict[str, Any]]:
    """Postings of the invented 椰澜黎族苗族自治县, March-May 2027, with their true sessions."""
    return _build(seed)[0]
