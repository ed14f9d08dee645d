"""Matching workload "county_plain": 汶丰市 (Wenfeng), a county-level city of 潍坊市, Shandong.

Purpose
-------
Labelled postings for scoring a calendar-deduplication engine pairwise. Government
departments of one county each post the trainings (TRAINING) and policy-publicity sessions
(PUBLICITY) they run for enterprises; when several departments co-host one real session,
each posts it separately in its own words. ``generate(seed)`` returns about 1,050-1,160
postings for about 790-850 real sessions between Mon 2027-03-01 and Sun 2027-05-30 (13
weeks), shuffled. Each record is ``{"department", "input", "truth"}``; ``truth.session``
names the real session, ``truth.kind`` its real kind and ``truth.start``/``truth.end`` its
real times in UTC. Deterministic for a seed (one ``random.Random(seed)``), stdlib only.

The county
----------
A plain county on the Laizhou Bay side of 潍坊 with four industries:
* greenhouse vegetables (冬暖式大棚, 集约化育苗) in 古槐镇, 桑台镇, 东郭乡; the brand
  “汶丰蔬菜” and the 鲁中农产品物流园 (田马镇);
* salt and fine chemicals in the 滨海化工产业园 (北洼镇), with its own safety training base;
* auto parts in 双庙镇, the 汶丰经济开发区 and the foreign-invested 中德（汶丰）汽车零部件
  产业园 (German and Korean tier-2 suppliers);
* logistics: 汶丰公路港, cold chain, 网络货运 platforms.
Spring is tax season (企业所得税汇算清缴, 个税年度汇算, 便民办税春风行动) and the
“春风行动” hiring campaign, so those subjects are frequent.

Towns (name / short / pinyin / old name; the old name is still used by 农业农村局):
城关街道/城关/Chengguan/城关镇, 文昌街道/文昌/Wenchang/东关街道, 洛城街道/洛城/Luocheng/洛城镇,
古槐镇/古槐/Guhuai/古槐乡, 桑台镇/桑台/Sangtai/桑台乡, 北洼镇/北洼/Beiwa/北洼乡,
双庙镇/双庙/Shuangmiao/前店镇 (merged), 田马镇/田马/Tianma/田马乡, 东郭乡/东郭/Dongguo/东郭公社,
plus 汶丰经济开发区 (开发区/经开区/Wenfeng EDZ/汶丰工业园).
Holidays without sessions: 清明 2027-04-05, 劳动节 05-01..05-05. From May 1 offices keep
summer hours (夏季作息): afternoon sessions start at 14:30 instead of 14:00. A few
greenhouse field days and skills classes fall on Saturdays.

Venues (each room holds one session at a time; at least 60 minutes between sessions)
-------------------------------------------------------------------------------------
* 汶丰市民中心 (富民路166号; 市民中心/市民服务中心/汶丰市市民中心). A座 is also called
  市政务服务中心: A座3楼东会议室/西会议室, A座4楼第3会议室/第5会议室. B座: 308, 310, 512,
  一楼多功能厅, 六楼报告厅. Tuesday is the county's 企业服务日, so Tuesdays are busy here.
* 汶丰国际会展中心: 1号馆, 2号馆会议室A/会议室B ("Room A"/"Room B"), 3楼国际会议厅.
* 开发区企业服务中心 (经开区企服中心): 1号楼(A栋)3楼会议室, 2号楼(B栋/2#楼/二号楼) 101,
  102 and 4楼路演厅.
* 中共汶丰市委党校: 一楼报告厅, 二楼第一/第二/第三教室.
* 滨海化工产业园管委会 2楼会议室 / 3楼应急指挥中心; 化工园区安全生产实训基地 理论教室/实操区.
* 中德产业园服务中心 2F Meeting Room A/B, 1F 路演厅.
* 鲁中农产品物流园综合服务楼, 汶丰公路港信息交易中心, 市人社局 (人社大楼) 4楼培训室/402,
  职业技能公共实训基地 (1号/2号实训车间, 电商直播实训室), 税务局2楼纳税人学堂/501,
  市监局5楼会议室/306, 农业农村局6楼会议室.
* each town's government (人民政府 / 街道办事处) 3楼会议室 and its 便民服务中心2楼会议室;
  field sites: 古槐镇东刘村蔬菜大棚示范基地, 古槐镇农技站, 桑台镇蔬菜集约化育苗中心,
  东郭乡设施农业示范园.

One room, many spellings: a location is assembled from an optional prefix (山东省潍坊市汶丰市
/ 潍坊市汶丰市 / 汶丰市 / none), an optional street address, one of the building's names or
abbreviations, the block (A座/A栋/A楼/Ａ座; 2号楼/2#楼/二号楼/2栋/B栋; 2号馆/二号馆/2号展馆),
the floor (3楼/三楼/3F/3层/三层, often dropped before a room number) and the room (308 / 308室 /
308会议室 / 三零八 / 308房间; 第3会议室/第三会议室/3号会议室; 第一教室/1号教室; 会议室A/A会议室/
A厅), sometimes with spaces between parts or full-width digits. 商务局 and the 中德产业园
write English renderings ("Room 308, Block B, Wenfeng Citizen Center"; "2F Meeting Room B,
Service Center, Sino-German (Wenfeng) Auto Parts Industrial Park").

Departments (slug: habits)
--------------------------
* rsj 人社局: 【汶丰人社】/【人社服务进企业】/“汶丰人社：”, files almost everything as
  TRAINING (“政策培训”), posts the sign-in time (30 min early), writes regions as 全市,
  sectors by GB/T 4754 names, capacity, 问卷星 links. IDs RSJ-2027-0001.
* scjgj 市监局: “市监局：”, files PUBLICITY (宣讲会/宣传活动), sectors as GB/T 4754 codes
  (C, C36), towns without suffix, seldom tags topics, hex IDs.
* shuiwu 税务局: “汶丰税务｜”, 【便民办税春风行动】, 【征纳互动】, 辅导/课堂, 腾讯会议,
  often ends 30 min before the real end, no audience. IDs WFSW<date><seq>.
* gxj 工信局: 【惠企政策直达】, sectors "C36 汽车制造业", 飞书/腾讯会议, 3楼/308室.
* swj 商务局: English titles about half the time, English sectors and pinyin towns, Zoom,
  and its platform posts times in UTC ("...Z").
* zdyq 中德产业园服务中心: English (about 85%), "[SGP]", Zoom, UTC.
* kjj 科技局: 飞书 calendar export in UTC, GB codes, mixed Chinese/English tags.
* nyncj 农业农村局: “关于举办…的通知”, “2027年春季”, full province prefix on field sites,
  old town names, lists every town when a session is for everyone, 钉钉, 15 min sign-in.
* yjj 应急管理局: “（必须参加）”, TRAINING, WeLink, 30 min sign-in.
* sthj 生态环境局汶丰分局, jrfw 金融服务中心 (小鹅通 live), gsl 工商联 (“（公益）”, 视频号),
  zgh 总工会, jtj 交通运输局, xzsp 行政审批服务局 (【汶心办】, A座 rooms), kfq 开发区管委会
  (【开发区】/经开区｜, 钉钉, 2#楼101), tjj 统计局 (one-hour default end), sfj 司法局,
  ybj 医保局, fgj 发改局, xfjy 消防救援大队 (视频号“汶丰消防”).
* town governments ghz 古槐镇, stz 桑台镇, bwz 北洼镇, smz 双庙镇, tmz 田马镇: short
  titles, “X镇：” prefixes, short town names; they co-host only at home or at city venues.
Every department varies within its habits: decorations are drawn per posting.

Online conventions
------------------
腾讯会议/钉钉/飞书/WeLink codes have 9 digits, Zoom IDs 11; codes are written 842-331-907,
842331907 or 842 331 907 (Zoom 812 3456 7890), inside the location (“腾讯会议：…”,
“钉钉会议号…”, “Zoom Meeting ID: …”) and/or as the meeting URL. 小鹅通 lives have only a
URL; 视频号 lives only an account name. A lead posts code and/or link; co-hosts often write
just “线上” with the link, only the code, or (15%) nothing usable. Series on a periodic
meeting (征纳互动云课堂, 外贸云课堂, 统计业务大讲堂) reuse one code on different days.
About 19% of sessions are online only and 3% hybrid (a room plus “线上同步”).

Co-hosting (shares of sessions)
-------------------------------
* about 28% of sessions are co-hosted: 22% by two departments, 5% three, 1.5% four or more.
* co-hosts choose their own words for the subject (their own title core about 70%, the
  lead's otherwise), their own decorations, sometimes English; a co-host omits the room
  about 20-30% of the time and posts a vague “地点另行通知/待定” now and then.
* kind: departments that always say 培训 or 宣讲 file their own kind; about 18% of
  co-hosted sessions have postings of both kinds.
* times: sign-in 15/30 min early, “my part of the agenda” 30 min late (so one session can be
  announced at 13:30, 14:00 and 14:30), ends ±30 min, system default end (start+1h/2h);
  about 6% of sessions are posted once in UTC and once in +08:00.
* topics: each department tags its own words (or none, about 20% of postings); sectors as
  GB/T 4754 names, codes, "code name", colloquial (汽车零部件, 化工) or English, or empty
  (= everyone, about 45% of postings); regions as full/short/pinyin/old names, “全市”, the
  full list of towns, or empty.
* qualifiers on one side only: series numbers (第3期, 第三期, 第３期, 3期, 第3讲, "Session 3")
  and class numbers are dropped by about 30% of co-hosts while the room and time stay the
  same; when a qualifier is the only thing that tells two sessions apart (parallel classes,
  same-hour 专场, sector 专场) every posting keeps the qualifier or the room.

Hard negatives (different sessions that look alike; shares of sessions involved, seed 0)
-----------------------------------------------------------------------------------------
* series_siblings (~15%): 25 series (汶丰纳税人学堂第21期…, 化工园区安全大讲堂第7讲…,
  高素质农民培育·设施蔬菜班, 外贸云课堂, SGP Lunch & Learn…) weekly or fortnightly in the same
  room or on the same meeting code; a few have 第N期 in the morning and 第N+1期 in the
  afternoon of one day in one room.
* town_tour (~5%): 8 tours (“春风行动”进镇街, 税费政策进镇街, 金融辅导队进镇街…) with a
  X镇专场/X站/走进X镇 on consecutive days, some visiting two towns at the same hour; the
  town government co-hosts its own stop, the lead sometimes omits the location.
* parallel_rooms (~4%): two or three sessions of related subjects in different rooms of one
  building at one hour (B座308/310/512, A座东/西会议室, 党校报告厅/教室, 化工园区管委会).
* adjacent_rooms (~3%): 101 vs 102, Room A vs Room B, sometimes the same subject split into
  汽车零部件企业专场 / 化工企业专场.
* parallel_classes (~3.5%): 一班/二班(/三班) of one training at one hour in paired rooms
  (党校第一/第二教室, 实训车间1/2, B座308/310, 101/102, Room A/B).
* am_pm (~3.5%): 上午场/下午场 of one subject in one room on one day.
* later_other_room (~3.5%): a related session in another room of the same building starting
  30-60 min after the first.
* online_same_hour (~3%): the same subject online at the same hour with different meeting
  codes, by different departments or by one department twice.
* noloc_same_hour (~3%): two departments post different subjects at the same hour with no
  location at all.
The ``__main__`` block prints counts of each category (session pairs and posting pairs).

Consistency guarantees
----------------------
Every posting overlaps its session for at least half of the shorter of the two; two
sessions never share a room at overlapping true times; sessions of the same subject never
overlap in time unless they belong to one of the designed groups above, where a room, a
meeting code or a qualifier tells them apart; meeting codes are unique except for series
on a periodic meeting; ``externalId`` is unique per department.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

CST = timezone(timedelta(hours=8))
FIRST_DAY = date(2027, 3, 1)  # a Monday
WEEKS = 13
SUMMER_FROM = date(2027, 5, 1)  # 夏季作息: afternoons start half an hour later
HOLIDAYS = frozenset({date(2027, 4, 5), *(date(2027, 5, d) for d in range(1, 6))})

# ---------------------------------------------------------------------------
# text utilities: Chinese numerals, full-width digits, tokens
# ---------------------------------------------------------------------------

_CN = "零一二三四五六七八九十"
_FW = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
)
_ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def cn_num(n: int) -> str:
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + _CN[n - 10]
    tens, ones = divmod(n, 10)
    return _CN[tens] + "十" + (_CN[ones] if ones else "")


def cn_digits(s: str) -> str:
    return "".join(_CN[int(c)] if c.isdigit() else c for c in s)


def fw(s: str) -> str:
    return s.translate(_FW)


def tok(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ALNUM) for _ in range(n))


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick(rng: random.Random, items: tuple[str, ...] | list[str], weights: tuple[float, ...]) -> str:
    return rng.choices(list(items), weights=list(weights))[0]


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    key: str
    name: str
    short: str
    pinyin: str
    old: str
    slug: str  # department slug of the town government, "" if it does not post


TOWNS: dict[str, Town] = {
    t.key: t
    for t in (
        Town("chengguan", "城关街道", "城关", "Chengguan Subdistrict", "城关镇", ""),
        Town("wenchang", "文昌街道", "文昌", "Wenchang Subdistrict", "东关街道", ""),
        Town("luocheng", "洛城街道", "洛城", "Luocheng Subdistrict", "洛城镇", ""),
        Town("guhuai", "古槐镇", "古槐", "Guhuai Town", "古槐乡", "ghz"),
        Town("sangtai", "桑台镇", "桑台", "Sangtai Town", "桑台乡", "stz"),
        Town("beiwa", "北洼镇", "北洼", "Beiwa Town", "北洼乡", "bwz"),
        Town("shuangmiao", "双庙镇", "双庙", "Shuangmiao Town", "前店镇", "smz"),
        Town("tianma", "田马镇", "田马", "Tianma Town", "田马乡", "tmz"),
        Town("dongguo", "东郭乡", "东郭", "Dongguo Township", "东郭公社", ""),
        Town("kfq", "汶丰经济开发区", "开发区", "Wenfeng EDZ", "汶丰工业园", "kfq"),
    )
}
TOWN_BY_SLUG = {t.slug: t.key for t in TOWNS.values() if t.slug and t.key != "kfq"}
RURAL = (
    "chengguan",
    "wenchang",
    "luocheng",
    "guhuai",
    "sangtai",
    "beiwa",
    "shuangmiao",
    "tianma",
    "dongguo",
)


@dataclass(frozen=True)
class Building:
    key: str
    names: tuple[str, ...]
    en: str
    block_kind: str = ""  # "letter" | "number" | "hall"
    block_alias: tuple[tuple[str, str], ...] = ()
    addr: str = ""
    pfx: bool = True


@dataclass(frozen=True)
class Label:
    kind: str  # num | ord | classroom | workshop | letter | named | none
    cn: tuple[str, ...] = ()
    en: str = ""
    n: int = 0
    code: str = ""


@dataclass(frozen=True)
class Room:
    key: str
    bld: Building
    block: str
    floor: int
    label: Label
    cap: int
    venue: str
    town: str = ""
    alt: tuple[str, ...] = ()  # names standing for building + block


CIVIC = Building(
    "civic",
    ("汶丰市民中心", "市民中心", "市民服务中心", "汶丰市市民中心", "市民中心"),
    "Wenfeng Citizen Center",
    "letter",
    addr="富民路166号",
)
EXPO = Building(
    "expo",
    ("汶丰国际会展中心", "国际会展中心", "会展中心", "汶丰会展中心"),
    "Wenfeng International Expo Center",
    "hall",
    addr="农圣街2号",
)
KFQ = Building(
    "kfq",
    (
        "汶丰经济开发区企业服务中心",
        "经济开发区企业服务中心",
        "开发区企业服务中心",
        "经开区企服中心",
        "开发区管委会企业服务中心",
    ),
    "Enterprise Service Center, Wenfeng Economic Development Zone",
    "number",
    (("1", "A栋"), ("2", "B栋")),
    addr="创业路9号",
)
PARTY = Building(
    "party",
    ("中共汶丰市委党校", "汶丰市委党校", "市委党校", "党校", "市委党校（行政学校）"),
    "Party School of the CPC Wenfeng Municipal Committee",
    pfx=False,
)
CHEM = Building(
    "chem",
    (
        "滨海化工产业园管委会",
        "滨海化工园管委会",
        "化工园区管委会",
        "北洼镇滨海化工产业园管理委员会",
    ),
    "Binhai Chemical Industry Park Administration",
    addr="北洼镇海盐路1号",
)
CHEMTRAIN = Building(
    "chemtrain",
    ("滨海化工园区安全生产实训基地", "化工园区安全实训基地", "园区实训基地"),
    "Binhai Chemical Park Safety Training Base",
)
SGP = Building(
    "sgpark",
    (
        "中德（汶丰）汽车零部件产业园服务中心",
        "中德产业园服务中心",
        "中德汽配园服务中心",
        "中德园区服务中心",
    ),
    "Service Center, Sino-German (Wenfeng) Auto Parts Industrial Park",
    addr="莱茵路18号",
)
LOGI = Building(
    "logi",
    ("鲁中农产品物流园综合服务楼", "鲁中农产品物流园", "物流园综合楼", "鲁中物流园服务中心"),
    "Service Building, Luzhong Agri-products Logistics Park",
)
ROADPORT = Building(
    "roadport",
    ("汶丰公路港信息交易中心", "汶丰公路港", "公路港"),
    "Wenfeng Road Port Freight Exchange",
)
RSJ = Building(
    "rsj",
    ("市人力资源和社会保障局", "市人社局", "人社局", "汶丰市人力资源和社会保障局", "人社大楼"),
    "Wenfeng Human Resources and Social Security Bureau",
)
RSJBASE = Building(
    "rsjbase",
    ("汶丰市职业技能公共实训基地", "市公共实训基地", "公共实训基地", "技能实训基地"),
    "Wenfeng Public Vocational Skills Training Base",
)
TAX = Building(
    "tax",
    ("国家税务总局汶丰市税务局", "汶丰市税务局", "市税务局", "税务局办税服务厅"),
    "Wenfeng Taxation Bureau",
    pfx=False,
)
SCJG = Building(
    "scjg",
    ("汶丰市市场监督管理局", "市市场监管局", "市监局", "市场监管局"),
    "Wenfeng Administration for Market Regulation",
)
NYNC = Building(
    "nync",
    ("汶丰市农业农村局", "市农业农村局", "农业农村局"),
    "Wenfeng Agriculture and Rural Affairs Bureau",
)


def _named(*cn: str, en: str) -> Label:
    return Label("named", cn, en)


def _build_rooms() -> dict[str, Room]:
    rooms: list[Room] = [
        Room(
            "civic_ae",
            CIVIC,
            "A",
            3,
            _named("东会议室", "东侧会议室", en="East Meeting Room"),
            40,
            "civic",
            alt=("市政务服务中心", "政务服务中心"),
        ),
        Room(
            "civic_aw",
            CIVIC,
            "A",
            3,
            _named("西会议室", "西侧会议室", en="West Meeting Room"),
            40,
            "civic",
            alt=("市政务服务中心", "政务服务中心"),
        ),
        Room("civic_a3", CIVIC, "A", 4, Label("ord", n=3), 30, "civic", alt=("市政务服务中心",)),
        Room("civic_a5", CIVIC, "A", 4, Label("ord", n=5), 30, "civic", alt=("市政务服务中心",)),
        Room("civic_b308", CIVIC, "B", 3, Label("num", code="308"), 50, "civic"),
        Room("civic_b310", CIVIC, "B", 3, Label("num", code="310"), 50, "civic"),
        Room("civic_b512", CIVIC, "B", 5, Label("num", code="512"), 80, "civic"),
        Room(
            "civic_bhall",
            CIVIC,
            "B",
            1,
            _named("多功能厅", "多功能报告厅", en="Multi-function Hall"),
            200,
            "civic",
        ),
        Room(
            "civic_baud",
            CIVIC,
            "B",
            6,
            _named("报告厅", "学术报告厅", en="Auditorium"),
            300,
            "civic",
        ),
        Room("expo_h1", EXPO, "1", 0, Label("none"), 600, "expo"),
        Room("expo_a", EXPO, "2", 0, Label("letter", code="A"), 60, "expo"),
        Room("expo_b", EXPO, "2", 0, Label("letter", code="B"), 60, "expo"),
        Room(
            "expo_icc",
            EXPO,
            "",
            3,
            _named("国际会议厅", "国际报告厅", en="International Conference Hall"),
            400,
            "expo",
        ),
        Room("kfq_101", KFQ, "2", 1, Label("num", code="101"), 40, "kfq"),
        Room("kfq_102", KFQ, "2", 1, Label("num", code="102"), 40, "kfq"),
        Room("kfq_road", KFQ, "2", 4, _named("路演厅", "路演中心", en="Roadshow Hall"), 120, "kfq"),
        Room("kfq_mgmt", KFQ, "1", 3, _named("会议室", "大会议室", en="Meeting Room"), 60, "kfq"),
        Room(
            "party_hall",
            PARTY,
            "",
            1,
            _named("报告厅", "学术报告厅", en="Lecture Hall"),
            250,
            "party",
        ),
        Room("party_c1", PARTY, "", 2, Label("classroom", n=1), 60, "party"),
        Room("party_c2", PARTY, "", 2, Label("classroom", n=2), 60, "party"),
        Room("party_c3", PARTY, "", 2, Label("classroom", n=3), 60, "party"),
        Room(
            "chem_mtg",
            CHEM,
            "",
            2,
            _named("会议室", "大会议室", en="Meeting Room"),
            80,
            "chem",
            "beiwa",
        ),
        Room(
            "chem_ecc",
            CHEM,
            "",
            3,
            _named("应急指挥中心", "应急指挥大厅", en="Emergency Command Center"),
            40,
            "chem",
            "beiwa",
        ),
        Room(
            "chemtrain_cls",
            CHEMTRAIN,
            "",
            1,
            _named("理论教室", "培训教室", en="Classroom"),
            60,
            "chemtrain",
            "beiwa",
        ),
        Room(
            "chemtrain_yard",
            CHEMTRAIN,
            "",
            0,
            _named("实操区", "实操演练场", en="Practice Yard"),
            40,
            "chemtrain",
            "beiwa",
        ),
        Room("sgp_a", SGP, "", 2, Label("letter", code="A"), 40, "sgpark", "kfq"),
        Room("sgp_b", SGP, "", 2, Label("letter", code="B"), 40, "sgpark", "kfq"),
        Room(
            "sgp_hall",
            SGP,
            "",
            1,
            _named("路演厅", "多功能厅", en="Event Hall"),
            150,
            "sgpark",
            "kfq",
        ),
        Room(
            "logi_mtg",
            LOGI,
            "",
            2,
            _named("会议室", "大会议室", en="Meeting Room"),
            60,
            "logi",
            "tianma",
        ),
        Room(
            "logi_train",
            LOGI,
            "",
            3,
            _named("培训室", "培训教室", en="Training Room"),
            50,
            "logi",
            "tianma",
        ),
        Room(
            "roadport_mtg",
            ROADPORT,
            "",
            3,
            _named("会议室", "三楼会议室", en="Meeting Room"),
            60,
            "roadport",
            "tianma",
        ),
        Room(
            "rsj_train",
            RSJ,
            "",
            4,
            _named("培训室", "职工培训室", en="Training Room"),
            60,
            "dept:rsj",
        ),
        Room("rsj_402", RSJ, "", 4, Label("num", code="402"), 30, "dept:rsj"),
        Room("base_w1", RSJBASE, "", 1, Label("workshop", n=1), 30, "rsjbase", "kfq"),
        Room("base_w2", RSJBASE, "", 1, Label("workshop", n=2), 30, "rsjbase", "kfq"),
        Room(
            "base_live",
            RSJBASE,
            "",
            3,
            _named("电商直播实训室", "直播实训室", en="Livestreaming Studio"),
            40,
            "rsjbase",
            "kfq",
        ),
        Room(
            "tax_school",
            TAX,
            "",
            2,
            _named("纳税人学堂", "纳税人之家", en="Taxpayer School Room"),
            60,
            "dept:tax",
        ),
        Room("tax_501", TAX, "", 5, Label("num", code="501"), 40, "dept:tax"),
        Room(
            "scjg_mtg",
            SCJG,
            "",
            5,
            _named("大会议室", "会议室", en="Meeting Room"),
            60,
            "dept:scjg",
        ),
        Room("scjg_306", SCJG, "", 3, Label("num", code="306"), 30, "dept:scjg"),
        Room(
            "nync_mtg",
            NYNC,
            "",
            6,
            _named("会议室", "大会议室", en="Meeting Room"),
            60,
            "dept:nync",
        ),
    ]
    fields = [
        (
            "f_guhuai",
            "guhuai",
            ("古槐镇东刘村蔬菜大棚示范基地", "东刘村冬暖式大棚示范园", "古槐镇东刘村蔬菜示范园"),
            "Dongliu Village Greenhouse Demonstration Base",
        ),
        (
            "f_ghnjz",
            "guhuai",
            ("古槐镇农业技术服务站", "古槐镇农技站", "古槐农技站"),
            "Guhuai Agricultural Technology Station",
        ),
        (
            "f_sangtai",
            "sangtai",
            ("桑台镇蔬菜集约化育苗中心", "桑台育苗中心", "桑台镇育苗基地"),
            "Sangtai Vegetable Seedling Center",
        ),
        (
            "f_dongguo",
            "dongguo",
            ("东郭乡设施农业示范园", "东郭设施农业产业园", "东郭乡现代农业示范园"),
            "Dongguo Protected Agriculture Park",
        ),
    ]
    for key, town, names, en in fields:
        rooms.append(Room(key, Building(key, names, en), "", 0, Label("none"), 60, "field", town))
    for t in TOWNS.values():
        if t.key == "kfq":
            continue
        if t.key.endswith(("guan", "chang", "cheng")):
            gov = (f"{t.name}办事处", f"{t.name}办", t.name)
        else:
            gov = (f"{t.name}人民政府", f"{t.name}政府", t.name)
        b1 = Building(f"gov_{t.key}", gov, f"{t.pinyin} Government")
        b2 = Building(
            f"svc_{t.key}",
            (f"{t.name}便民服务中心", f"{t.short}便民服务中心"),
            f"{t.pinyin} Public Service Center",
        )
        rooms.append(
            Room(
                f"gov_{t.key}",
                b1,
                "",
                3,
                _named("会议室", "大会议室", en="Meeting Room"),
                60,
                "town",
                t.key,
            )
        )
        rooms.append(
            Room(
                f"svc_{t.key}",
                b2,
                "",
                2,
                _named("会议室", "多功能室", en="Meeting Room"),
                40,
                "town",
                t.key,
            )
        )
    return {r.key: r for r in rooms}


ROOMS = _build_rooms()
FIELD_FOR: dict[str, tuple[str, ...]] = {
    "seedling": ("f_sangtai",),
    "veg_tech": ("f_guhuai", "f_ghnjz", "f_dongguo"),
}

# ---------------------------------------------------------------------------
# audiences
# ---------------------------------------------------------------------------

SECTORS: dict[str, tuple[str, str, str]] = {
    # GB/T 4754 code: (official name, colloquial name, English)
    "A": ("农、林、牧、渔业", "设施农业", "Agriculture"),
    "C": ("制造业", "工业企业", "Manufacturing"),
    "C13": ("农副食品加工业", "食品加工", "Agri-food processing"),
    "C26": ("化学原料和化学制品制造业", "化工", "Chemicals"),
    "C36": ("汽车制造业", "汽车零部件", "Automotive parts"),
    "F": ("批发和零售业", "商贸流通", "Wholesale and retail"),
    "G": ("交通运输、仓储和邮政业", "物流运输", "Transport and logistics"),
    "I": ("信息传输、软件和信息技术服务业", "软件信息", "IT services"),
    "M": ("科学研究和技术服务业", "科技服务", "R&D and technical services"),
}
SECTOR_QUAL: dict[str, tuple[tuple[str, ...], str]] = {
    "C36": (("汽车零部件企业专场", "汽配企业专场", "汽车零部件行业专场"), "Auto Parts Makers"),
    "C26": (("化工企业专场", "化工行业专场", "园区化工企业专场"), "Chemical Companies"),
    "F": (("商贸企业专场", "商贸流通企业专场"), "Trading Companies"),
    "G": (("物流企业专场", "交通物流企业专场"), "Logistics Companies"),
    "A": (("农业经营主体专场", "蔬菜合作社专场"), "Farm Cooperatives"),
}

# ---------------------------------------------------------------------------
# departments and their writing habits
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    pre: tuple[str, ...] = ()
    suf: tuple[str, ...] = ()
    deco_p: float = 0.4
    notice_p: float = 0.0
    year_p: float = 0.15
    fw_p: float = 0.03
    en_p: float = 0.0
    force: str = ""
    force_p: float = 0.0
    loc: tuple[float, float, float, float] = (0.05, 0.1, 0.35, 0.5)  # 省市县 / 市县 / 县 / none
    # weights of 3楼 / 三楼 / 3F / 3层 / 三层
    floor: tuple[float, float, float, float, float] = (0.5, 0.3, 0.1, 0.1, 0.0)
    sp_p: float = 0.1
    omit_loc_p: float = 0.2
    omit_qual_p: float = 0.3
    signin: tuple[int, ...] = (0,)
    ends: tuple[str, ...] = ("exact",)
    utc: bool = False
    topics: str = "cn"  # cn | en | mix | none
    house: tuple[str, ...] = ()
    sectors: str = "cn"  # cn | colloquial | gb | gbletter | gbnamed | en | empty
    regions: str = "full"  # full | short | pinyin | old
    everyone: str = "empty"  # empty | city | list
    platforms: tuple[str, ...] = ("tencent",)
    idfmt: str = "{slug}-{n:05d}"
    reg_p: float = 0.3
    cap_p: float = 0.3
    tw: tuple[str, ...] = ("培训", "专题培训", "业务培训")
    pw: tuple[str, ...] = ("宣讲会", "政策宣讲", "政策解读会")
    account: str = ""


_TOWN_DEPT = Dept(
    "town",
    "镇人民政府",
    deco_p=0.2,
    loc=(0.0, 0.05, 0.25, 0.7),
    omit_loc_p=0.15,
    signin=(-30, 0, 0),
    sectors="empty",
    regions="short",
    platforms=("dingtalk",),
    reg_p=0.05,
    cap_p=0.15,
    pw=("宣讲会", "政策宣讲", "宣传活动"),
)

DEPTS: dict[str, Dept] = {
    d.slug: d
    for d in (
        Dept(
            "rsj",
            "市人力资源和社会保障局",
            pre=("【汶丰人社】", "【人社服务进企业】", "汶丰人社："),
            suf=("（免费）", "（名额有限）"),
            deco_p=0.6,
            notice_p=0.12,
            year_p=0.3,
            force="TRAINING",
            force_p=0.8,
            loc=(0.05, 0.1, 0.45, 0.4),
            floor=(0.2, 0.6, 0.1, 0.1, 0.0),
            omit_loc_p=0.25,
            signin=(-30, -30, 0),
            ends=("exact", "exact", "plus30"),
            house=("人社服务", "就业创业"),
            sectors="cn",
            regions="full",
            everyone="city",
            idfmt="RSJ-2027-{n:04d}",
            reg_p=0.5,
            cap_p=0.6,
            tw=("培训班", "专题培训", "培训"),
            pw=("政策培训", "政策宣讲"),
        ),
        Dept(
            "scjgj",
            "市场监督管理局",
            pre=("市监局：", "【汶丰市场监管】"),
            suf=("", "（公益）"),
            deco_p=0.7,
            force="PUBLICITY",
            force_p=0.6,
            loc=(0.0, 0.1, 0.3, 0.6),
            floor=(0.6, 0.1, 0.2, 0.1, 0.0),
            omit_loc_p=0.3,
            ends=("exact",),
            topics="none",
            sectors="gb",
            regions="short",
            idfmt="{hx}",
            platforms=("tencent", "dingtalk"),
            tw=("培训", "培训会"),
            pw=("宣讲会", "专题宣讲", "宣传活动"),
        ),
        Dept(
            "shuiwu",
            "国家税务总局汶丰市税务局",
            pre=("汶丰税务｜", "【便民办税春风行动】", "【征纳互动】"),
            deco_p=0.55,
            year_p=0.1,
            force="PUBLICITY",
            force_p=0.45,
            loc=(0.0, 0.05, 0.25, 0.7),
            signin=(0, 0, -15),
            ends=("exact", "minus30"),
            house=("税费服务", "便民办税"),
            sectors="empty",
            regions="short",
            platforms=("tencent",),
            idfmt="WFSW{md}{n:03d}",
            reg_p=0.35,
            cap_p=0.35,
            tw=("培训", "辅导课堂", "专题辅导"),
            pw=("政策辅导", "宣讲会", "政策解读"),
        ),
        Dept(
            "gxj",
            "工业和信息化局",
            pre=("【惠企政策直达】", "市工信局："),
            suf=("（公益）",),
            deco_p=0.4,
            loc=(0.0, 0.05, 0.5, 0.45),
            floor=(0.8, 0.1, 0.05, 0.05, 0.0),
            signin=(0, 0, -30),
            ends=("exact", "plus30"),
            house=("惠企政策",),
            sectors="gbnamed",
            platforms=("feishu", "tencent"),
            idfmt="GXJ2027{n:05d}",
            reg_p=0.45,
            cap_p=0.4,
            pw=("政策解读会", "宣讲会", "政策推介会"),
        ),
        Dept(
            "swj",
            "商务局",
            pre=("【外贸服务】", "汶丰商务｜"),
            deco_p=0.35,
            en_p=0.55,
            loc=(0.0, 0.1, 0.3, 0.6),
            signin=(0,),
            utc=True,
            topics="mix",
            sectors="en",
            regions="pinyin",
            platforms=("zoom", "tencent"),
            idfmt="SWJ-27-{n:04d}",
            reg_p=0.5,
            cap_p=0.3,
            pw=("政策宣讲会", "推介会", "解读会"),
        ),
        Dept(
            "nyncj",
            "农业农村局",
            pre=("",),
            deco_p=0.0,
            notice_p=0.35,
            year_p=0.35,
            loc=(0.3, 0.2, 0.3, 0.2),
            floor=(0.2, 0.7, 0.0, 0.1, 0.0),
            signin=(-15, 0),
            ends=("exact", "plus30"),
            house=("乡村振兴",),
            sectors="colloquial",
            regions="old",
            everyone="list",
            platforms=("dingtalk",),
            idfmt="NY{md}-{n:03d}",
            reg_p=0.1,
            cap_p=0.5,
            tw=("技术培训", "培训班", "田间课堂"),
            pw=("宣传培训会", "宣讲会"),
        ),
        Dept(
            "yjj",
            "应急管理局",
            suf=("（必须参加）", "（重点企业主要负责人参加）", "（请务必准时参加）"),
            deco_p=0.45,
            force="TRAINING",
            force_p=0.7,
            loc=(0.0, 0.05, 0.3, 0.65),
            signin=(-30, -30, 0),
            ends=("exact",),
            sectors="gb",
            regions="full",
            platforms=("welink",),
            idfmt="YJ2027-{n:03d}",
            reg_p=0.05,
            cap_p=0.2,
            tw=("专题培训", "培训", "培训班"),
        ),
        Dept(
            "sthj",
            "潍坊市生态环境局汶丰分局",
            pre=("【生态环境】",),
            deco_p=0.3,
            loc=(0.0, 0.1, 0.4, 0.5),
            signin=(0, -15),
            ends=("exact", "plus30"),
            sectors="gbnamed",
            platforms=("welink", "tencent"),
            idfmt="HB-{n:04d}",
            reg_p=0.2,
            cap_p=0.2,
        ),
        Dept(
            "kjj",
            "科学技术局",
            pre=("【科技服务】",),
            deco_p=0.3,
            loc=(0.0, 0.05, 0.3, 0.65),
            signin=(0,),
            utc=True,
            topics="mix",
            sectors="gb",
            platforms=("feishu",),
            idfmt="kj{hx}",
            reg_p=0.55,
            cap_p=0.3,
        ),
        Dept(
            "jrfw",
            "市金融服务中心",
            pre=("【金融直通车】",),
            deco_p=0.5,
            force="PUBLICITY",
            force_p=0.6,
            signin=(0, -30),
            ends=("exact", "plus30"),
            sectors="empty",
            platforms=("xiaoe", "tencent"),
            idfmt="JR{n:04d}",
            reg_p=0.4,
            cap_p=0.5,
            pw=("产品推介会", "对接会", "宣讲会"),
        ),
        Dept(
            "gsl",
            "工商业联合会",
            suf=("（公益）", "（免费）"),
            deco_p=0.5,
            signin=(0, -30),
            ends=("exact", "plus30"),
            topics="cn",
            sectors="empty",
            regions="short",
            everyone="empty",
            platforms=("xiaoe", "channels"),
            idfmt="GSL{n:04d}",
            reg_p=0.4,
            cap_p=0.4,
            account="汶丰工商联",
        ),
        Dept(
            "zgh",
            "总工会",
            pre=("【职工之家】",),
            deco_p=0.4,
            force="TRAINING",
            force_p=0.6,
            signin=(-30, 0),
            sectors="colloquial",
            everyone="city",
            platforms=("dingtalk",),
            idfmt="ZGH-{n:04d}",
            reg_p=0.2,
            cap_p=0.5,
        ),
        Dept(
            "jtj",
            "交通运输局",
            pre=("市交通运输局：",),
            deco_p=0.4,
            loc=(0.0, 0.05, 0.4, 0.55),
            signin=(0, -30),
            sectors="cn",
            platforms=("tencent",),
            idfmt="JT{md}{n:02d}",
            reg_p=0.2,
            cap_p=0.3,
        ),
        Dept(
            "xzsp",
            "行政审批服务局",
            pre=("【汶心办】", "【高效办成一件事】"),
            deco_p=0.5,
            loc=(0.0, 0.0, 0.2, 0.8),
            floor=(0.7, 0.2, 0.1, 0.0, 0.0),
            sectors="empty",
            platforms=("tencent",),
            idfmt="XZSP{n:05d}",
            reg_p=0.3,
            cap_p=0.4,
        ),
        Dept(
            "kfq",
            "经济开发区管委会",
            pre=("【开发区】", "经开区｜"),
            deco_p=0.45,
            loc=(0.0, 0.0, 0.15, 0.85),
            sp_p=0.25,
            floor=(0.5, 0.2, 0.3, 0.0, 0.0),
            signin=(0, -30),
            ends=("exact", "plus30"),
            sectors="colloquial",
            regions="short",
            platforms=("dingtalk",),
            idfmt="KFQ{md}{n:03d}",
            reg_p=0.3,
            cap_p=0.3,
        ),
        Dept(
            "zdyq",
            "中德（汶丰）汽车零部件产业园服务中心",
            pre=("[SGP] ",),
            deco_p=0.3,
            en_p=0.85,
            signin=(0,),
            ends=("exact", "plus30"),
            utc=True,
            topics="en",
            sectors="en",
            regions="pinyin",
            platforms=("zoom",),
            idfmt="SGP-EVT-{n:05d}",
            reg_p=0.6,
            cap_p=0.5,
        ),
        Dept(
            "tjj",
            "统计局",
            pre=("【统计】",),
            deco_p=0.4,
            notice_p=0.3,
            force="TRAINING",
            force_p=0.8,
            signin=(0, -30),
            ends=("exact", "def1h"),
            sectors="gbletter",
            platforms=("dingtalk",),
            idfmt="TJ2027{n:03d}",
            reg_p=0.1,
            cap_p=0.2,
            tw=("业务培训", "培训会", "培训"),
        ),
        Dept(
            "sfj",
            "司法局",
            suf=("——“法律明白人”进企业", "（公益法律服务）"),
            deco_p=0.35,
            force="PUBLICITY",
            force_p=0.5,
            sectors="empty",
            platforms=("tencent",),
            idfmt="SFJ{n:04d}",
            reg_p=0.15,
            pw=("法治宣讲", "宣讲会", "普法宣讲"),
        ),
        Dept(
            "ybj",
            "医疗保障局",
            pre=("【医保服务】",),
            deco_p=0.4,
            sectors="empty",
            platforms=("tencent",),
            idfmt="YB-{n:04d}",
            reg_p=0.2,
            cap_p=0.3,
        ),
        Dept(
            "fgj",
            "发展和改革局",
            deco_p=0.0,
            notice_p=0.3,
            year_p=0.3,
            sectors="gb",
            platforms=("tencent",),
            idfmt="FG{md}{n:02d}",
            reg_p=0.2,
            pw=("政策解读会", "宣讲会", "申报辅导会"),
        ),
        Dept(
            "xfjy",
            "消防救援大队",
            pre=("【消防安全】",),
            deco_p=0.45,
            force="TRAINING",
            force_p=0.8,
            signin=(-30, 0),
            sectors="colloquial",
            platforms=("channels",),
            idfmt="XF{n:04d}",
            reg_p=0.05,
            account="汶丰消防",
        ),
        replace(_TOWN_DEPT, slug="ghz", name="古槐镇人民政府", idfmt="GH{n:04d}"),
        replace(_TOWN_DEPT, slug="stz", name="桑台镇人民政府", idfmt="ST{n:04d}"),
        replace(_TOWN_DEPT, slug="bwz", name="北洼镇人民政府", idfmt="BW{n:04d}"),
        replace(_TOWN_DEPT, slug="smz", name="双庙镇人民政府", idfmt="SM{n:04d}"),
        replace(_TOWN_DEPT, slug="tmz", name="田马镇人民政府", idfmt="TM{n:04d}"),
    )
}

# ---------------------------------------------------------------------------
# subjects
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    key: str
    cluster: str
    kind: str
    leads: tuple[str, ...]
    cohosts: tuple[str, ...]
    cores: dict[str, tuple[str, ...]] = field(hash=False)
    tags: tuple[str, ...]
    sectors: tuple[str, ...]
    venues: tuple[str, ...]
    en: tuple[str, ...] = ()
    tags_en: tuple[str, ...] = ()
    online: float = 0.15
    durs: tuple[int, ...] = (90, 120, 150)
    cohost: float = 0.24
    weight: float = 1.0


THEMES: list[Theme] = [
    # -- greenhouse vegetables ------------------------------------------------
    Theme(
        "veg_tech",
        "agri",
        "TRAINING",
        ("nyncj",),
        ("rsj", "kjj", "zgh", "ghz", "stz"),
        {
            "*": (
                "设施蔬菜高效栽培技术{k}",
                "冬暖式大棚黄瓜番茄栽培管理{k}",
                "大棚蔬菜水肥一体化技术{k}",
            ),
            "rsj": ("高素质农民培育（设施蔬菜方向）{k}", "农业职业技能{k}（蔬菜园艺工）"),
            "kjj": ("科技特派员进大棚：蔬菜新品种新技术{k}",),
            "zgh": ("农民工技能提升·大棚种植{k}",),
        },
        ("设施蔬菜", "大棚种植", "水肥一体化", "高素质农民"),
        ("A",),
        ("field", "town", "dept:nync"),
        en=("Greenhouse Vegetable Growing {k}",),
        tags_en=("greenhouse vegetables",),
        online=0.06,
        durs=(120, 150, 180, -1),
        weight=1.4,
    ),
    Theme(
        "seedling",
        "agri",
        "TRAINING",
        ("nyncj",),
        ("kjj", "stz", "scjgj"),
        {
            "*": ("蔬菜集约化育苗与嫁接技术{k}", "穴盘育苗标准化生产{k}"),
            "scjgj": ("蔬菜种苗质量监管{k}",),
            "stz": ("桑台育苗产业提升{k}",),
        },
        ("育苗", "嫁接", "种苗质量"),
        ("A",),
        ("field", "town"),
        online=0.05,
        durs=(120, 150),
    ),
    Theme(
        "pesticide",
        "agri",
        "PUBLICITY",
        ("nyncj", "scjgj"),
        ("scjgj", "nyncj", "ghz", "stz"),
        {
            "*": ("农产品质量安全{k}",),
            "nyncj": ("农药减量增效与科学安全用药{k}", "禁限用农药管理{k}"),
            "scjgj": ("食用农产品“承诺达标合格证”制度{k}", "食用农产品市场销售质量安全{k}"),
        },
        ("农产品质量安全", "承诺达标合格证", "农药残留", "禁限用农药"),
        ("A", "F"),
        ("town", "dept:nync", "dept:scjg", "logi"),
        online=0.1,
    ),
    Theme(
        "veg_brand",
        "agri",
        "PUBLICITY",
        ("nyncj", "scjgj"),
        ("swj", "scjgj", "nyncj", "gsl"),
        {
            "*": ("“汶丰蔬菜”区域公用品牌授权使用{k}",),
            "scjgj": ("地理标志证明商标保护与规范使用{k}",),
            "swj": ("农产品出口基地备案及出口食品生产企业{k}",),
        },
        ("区域公用品牌", "地理标志", "农产品出口"),
        ("A", "C13", "F"),
        ("civic", "expo", "dept:nync"),
        en=("Wenfeng Vegetables: Brand and Export {k}",),
        tags_en=("regional brand", "agri-food export"),
        online=0.1,
    ),
    Theme(
        "ecommerce",
        "agri",
        "TRAINING",
        ("swj", "rsj"),
        ("rsj", "swj", "gsl", "zgh", "ghz"),
        {
            "*": ("农村电商直播带货{k}",),
            "rsj": ("电子商务师（直播销售员）职业技能{k}",),
            "swj": ("电子商务进农村：农产品上行与直播运营{k}",),
            "gsl": ("青年企业家直播营销{k}",),
        },
        ("农村电商", "直播带货", "农产品上行"),
        ("A", "F"),
        ("rsjbase", "civic", "town"),
        en=("Livestream E-commerce for Farm Produce {k}",),
        tags_en=("e-commerce", "livestreaming"),
        online=0.25,
    ),
    Theme(
        "agri_fin",
        "agri",
        "PUBLICITY",
        ("jrfw", "nyncj"),
        ("nyncj", "jrfw", "ghz", "stz"),
        {
            "*": ("设施农业保险与惠农信贷{k}",),
            "jrfw": ("“鲁担惠农贷”产品推介会", "大棚贷、菜农贷金融产品{k}"),
            "nyncj": ("设施农业政策性保险{k}",),
        },
        ("惠农贷", "农业保险", "金融支农"),
        ("A",),
        ("town", "civic"),
        online=0.1,
    ),
    # -- chemicals (滨海化工产业园, 北洼镇) -----------------------------------------
    Theme(
        "haz_chem",
        "chem",
        "TRAINING",
        ("yjj",),
        ("bwz", "sthj", "xfjy", "gxj"),
        {
            "*": ("危化品安全生产{k}",),
            "yjj": (
                "危险化学品重大危险源安全包保责任制{k}",
                "危化品企业安全生产主体责任{k}",
                "化工过程安全管理（PSM）{k}",
            ),
            "bwz": ("化工园区企业安全生产{k}",),
            "xfjy": ("化工企业消防安全{k}",),
        },
        ("危险化学品", "重大危险源", "安全生产", "化工园区"),
        ("C26",),
        ("chem", "party", "civic"),
        en=("Process Safety Management {k}",),
        tags_en=("hazardous chemicals", "process safety"),
        online=0.12,
        durs=(120, 150, 180, -1),
        weight=1.3,
    ),
    Theme(
        "special_ops",
        "chem",
        "TRAINING",
        ("yjj",),
        ("xfjy", "bwz", "zgh"),
        {
            "*": ("特殊作业安全规范（GB 30871）{k}", "动火、受限空间作业安全{k}"),
            "zgh": ("一线班组长安全技能{k}",),
            "xfjy": ("动火作业防火安全{k}",),
        },
        ("特殊作业", "动火作业", "受限空间", "GB 30871"),
        ("C26", "C"),
        ("chemtrain", "chem"),
        online=0.03,
        durs=(150, 180, -1),
    ),
    Theme(
        "permit",
        "chem",
        "TRAINING",
        ("sthj",),
        ("bwz", "gxj", "kfq"),
        {
            "*": ("排污许可证执行报告填报{k}", "排污许可“一证式”管理{k}"),
            "bwz": ("园区企业排污许可{k}",),
            "gxj": ("工业企业环保合规{k}",),
        },
        ("排污许可", "执行报告", "环保合规"),
        ("C26", "C36", "C"),
        ("chem", "civic", "kfq"),
        en=("Pollutant Discharge Permit {k}",),
        tags_en=("discharge permit",),
        online=0.3,
    ),
    Theme(
        "vocs",
        "chem",
        "TRAINING",
        ("sthj",),
        ("yjj", "bwz", "gxj", "kfq"),
        {
            "*": ("挥发性有机物（VOCs）综合治理{k}", "LDAR泄漏检测与修复{k}"),
            "gxj": ("涂装工序VOCs源头替代{k}",),
        },
        ("VOCs", "LDAR", "大气污染防治"),
        ("C26", "C36"),
        ("chem", "kfq", "civic"),
        online=0.2,
    ),
    Theme(
        "hazwaste",
        "chem",
        "PUBLICITY",
        ("sthj",),
        ("bwz", "smz", "kfq"),
        {
            "*": ("危险废物规范化环境管理{k}", "固体废物“一物一码”信息化管理{k}"),
            "bwz": ("园区危废规范管理{k}",),
        },
        ("危险废物", "固体废物", "一物一码"),
        ("C26", "C36"),
        ("chem", "kfq", "civic"),
        online=0.2,
    ),
    Theme(
        "chem_project",
        "chem",
        "PUBLICITY",
        ("gxj", "bwz"),
        ("yjj", "sthj", "fgj", "bwz", "gxj"),
        {
            "*": ("化工投资项目管理与园区认定政策{k}", "化工产业转型升级政策{k}"),
            "fgj": ("化工项目节能审查{k}",),
            "bwz": ("滨海化工园区招商政策{k}",),
        },
        ("化工园区", "项目管理", "转型升级"),
        ("C26",),
        ("chem", "civic"),
        online=0.1,
    ),
    Theme(
        "safety",
        "chem",
        "TRAINING",
        ("yjj",),
        ("kfq", "smz", "zgh", "xfjy"),
        {
            "*": ("工贸企业安全生产“一把手”{k}", "有限空间作业安全{k}", "粉尘涉爆企业安全{k}"),
            "smz": ("汽配企业安全生产{k}",),
            "zgh": ("职工安全素质提升{k}",),
        },
        ("安全生产", "有限空间", "粉尘涉爆"),
        ("C36", "C"),
        ("party", "kfq", "civic", "town"),
        online=0.1,
    ),
    Theme(
        "fire",
        "chem",
        "TRAINING",
        ("xfjy",),
        ("yjj", "kfq", "bwz", "smz", "zgh"),
        {
            "*": (
                "消防安全“四个能力”建设{k}",
                "企业消防安全责任人、管理人{k}",
                "微型消防站建设与实操{k}",
            ),
            "yjj": ("企业消防与应急处置{k}",),
            "kfq": ("园区企业消防安全{k}",),
        },
        ("消防安全", "四个能力", "微型消防站"),
        ("C", "G", "F"),
        ("kfq", "chem", "civic", "party", "sgpark"),
        en=("Fire Safety {k}",),
        tags_en=("fire safety",),
        online=0.1,
    ),
    # -- auto parts (双庙镇, 开发区, 中德产业园) ------------------------------------
    Theme(
        "zjtx",
        "auto",
        "PUBLICITY",
        ("gxj",),
        ("kfq", "kjj", "scjgj", "jrfw", "smz", "zdyq"),
        {
            "*": ("专精特新中小企业梯度培育政策{k}", "“专精特新”企业认定申报{k}"),
            "kfq": ("“小巨人”企业培育对接{k}",),
            "jrfw": ("专精特新企业融资服务{k}",),
            "kjj": ("创新型中小企业评价{k}",),
        },
        ("专精特新", "中小企业", "梯度培育", "小巨人"),
        ("C", "C36"),
        ("civic", "kfq", "sgpark"),
        en=("Specialized and Innovative SMEs {k}",),
        tags_en=("SME", "specialized and innovative"),
        online=0.15,
        weight=1.2,
    ),
    Theme(
        "digital",
        "auto",
        "TRAINING",
        ("gxj",),
        ("kfq", "zdyq", "kjj", "smz"),
        {
            "*": (
                "制造业数字化转型{k}",
                "智能化技术改造项目申报{k}",
                "工业互联网平台应用{k}",
                "大模型工具在制造企业的应用{k}",
            ),
            "kfq": ("园区企业“智改数转”{k}",),
            "smz": ("汽配企业数字化车间{k}",),
        },
        ("数字化转型", "智改数转", "工业互联网", "人工智能"),
        ("C", "C36", "I"),
        ("civic", "kfq", "sgpark"),
        en=(
            "Digital Transformation for Manufacturers {k}",
            "Smart Factory Software on the Shop Floor {k}",
        ),
        tags_en=("digital transformation", "smart manufacturing"),
        online=0.2,
        weight=1.2,
    ),
    Theme(
        "quality",
        "auto",
        "TRAINING",
        ("scjgj",),
        ("gxj", "zdyq", "kfq", "smz"),
        {
            "*": ("IATF 16949汽车质量管理体系{k}", "质量管理体系内审员{k}", "首席质量官{k}"),
            "gxj": ("汽车零部件企业质量提升{k}",),
            "smz": ("汽配产业集群质量提升{k}",),
        },
        ("质量提升", "IATF 16949", "质量管理体系"),
        ("C36",),
        ("dept:scjg", "kfq", "sgpark", "civic"),
        en=("IATF 16949 Quality Management {k}",),
        tags_en=("quality", "IATF 16949"),
        online=0.1,
    ),
    Theme(
        "ip",
        "auto",
        "PUBLICITY",
        ("scjgj",),
        ("kjj", "jrfw", "kfq", "gxj"),
        {
            "*": ("知识产权质押融资{k}", "专利转化运用专项行动{k}", "商标品牌培育{k}"),
            "jrfw": ("知识产权质押融资产品推介会",),
            "kjj": ("专利导航与高价值专利培育{k}",),
        },
        ("知识产权", "专利", "质押融资", "商标"),
        ("C", "M"),
        ("civic", "kfq", "dept:scjg"),
        en=("IP-backed Financing {k}",),
        tags_en=("IP", "patents"),
        online=0.2,
    ),
    Theme(
        "standard",
        "auto",
        "TRAINING",
        ("scjgj",),
        ("gxj", "kfq", "smz"),
        {
            "*": ("企业标准自我声明公开与“领跑者”{k}", "团体标准制定{k}"),
            "gxj": ("汽车零部件行业标准化{k}",),
        },
        ("标准化", "企业标准", "团体标准"),
        ("C", "C36"),
        ("dept:scjg", "civic", "kfq"),
        online=0.15,
    ),
    Theme(
        "hightech",
        "auto",
        "PUBLICITY",
        ("kjj",),
        ("shuiwu", "gxj", "kfq", "zdyq"),
        {
            "*": ("高新技术企业认定申报{k}", "科技型中小企业评价入库{k}"),
            "shuiwu": ("研发费用加计扣除政策{k}",),
            "kfq": ("园区科技企业培育{k}",),
        },
        ("高新技术企业", "科技型中小企业", "研发费用加计扣除"),
        ("C", "M", "I"),
        ("civic", "kfq"),
        en=("High-tech Enterprise Certification {k}",),
        tags_en=("high-tech enterprise", "R&D deduction"),
        online=0.3,
    ),
    # -- foreign trade -------------------------------------------------------------
    Theme(
        "cbam",
        "trade",
        "PUBLICITY",
        ("swj", "zdyq"),
        ("gxj", "sthj", "zdyq", "swj", "kfq"),
        {
            "*": ("欧盟碳边境调节机制（CBAM）应对{k}", "汽车零部件出口合规{k}"),
            "sthj": ("产品碳足迹核算{k}",),
            "gxj": ("出口企业绿色低碳转型{k}",),
        },
        ("CBAM", "碳足迹", "出口合规"),
        ("C36", "C"),
        ("sgpark", "expo", "civic"),
        en=("EU CBAM Readiness {k} for Auto Parts Exporters", "Product Carbon Footprint {k}"),
        tags_en=("CBAM", "carbon footprint", "export compliance"),
        online=0.35,
    ),
    Theme(
        "fdi",
        "trade",
        "PUBLICITY",
        ("swj", "zdyq"),
        ("kfq", "shuiwu", "rsj", "zdyq", "swj"),
        {
            "*": ("外商投资企业政策{k}",),
            "rsj": ("外国人来华工作许可办理{k}",),
            "shuiwu": ("境外投资者以分配利润直接投资税收抵免政策{k}",),
            "kfq": ("外资企业服务{k}",),
        },
        ("外商投资", "外资企业", "工作许可"),
        ("C", "C36"),
        ("sgpark", "civic"),
        en=(
            "Policy {k} for Foreign-Invested Enterprises",
            "Work Permits for Foreign Staff: {k}",
            "Reinvestment Tax Credit {k}",
        ),
        tags_en=("FDI", "foreign-invested enterprises", "work permit"),
        online=0.3,
    ),
    Theme(
        "rcep",
        "trade",
        "PUBLICITY",
        ("swj",),
        ("shuiwu", "zdyq", "gsl", "kfq"),
        {
            "*": ("RCEP原产地规则与关税减让{k}", "海关AEO高级认证{k}"),
            "shuiwu": ("出口退税“无纸化”申报{k}",),
            "gsl": ("民营企业“出海”服务{k}",),
        },
        ("RCEP", "原产地", "AEO", "出口退税"),
        ("C", "F", "G"),
        ("civic", "expo", "sgpark"),
        en=("RCEP Rules of Origin {k}", "Customs AEO Certification {k}", "Export Tax Rebate {k}"),
        tags_en=("RCEP", "rules of origin", "AEO"),
        online=0.3,
    ),
    Theme(
        "crossborder",
        "trade",
        "TRAINING",
        ("swj",),
        ("rsj", "gsl", "kfq"),
        {
            "*": ("跨境电商B2B出口（9710/9810）业务{k}", "跨境电商独立站运营{k}"),
            "rsj": ("跨境电商人才{k}",),
        },
        ("跨境电商", "9710", "独立站"),
        ("F", "C"),
        ("kfq", "civic", "rsjbase"),
        en=("Cross-border E-commerce Export {k}",),
        tags_en=("cross-border e-commerce",),
        online=0.3,
    ),
    # -- logistics (田马镇, 鲁中农产品物流园, 公路港) ------------------------------
    Theme(
        "freight",
        "logi",
        "TRAINING",
        ("jtj",),
        ("yjj", "shuiwu", "kfq", "tmz"),
        {
            "*": ("道路货运企业安全生产标准化{k}", "网络货运平台合规经营{k}"),
            "shuiwu": ("网络货运平台涉税事项{k}",),
            "yjj": ("道路运输企业安全{k}",),
            "tmz": ("田马物流企业{k}",),
        },
        ("道路货运", "网络货运", "安全生产标准化"),
        ("G",),
        ("logi", "roadport", "civic"),
        tags_en=("road freight",),
        online=0.2,
    ),
    Theme(
        "dg_transport",
        "logi",
        "TRAINING",
        ("jtj",),
        ("yjj", "bwz"),
        {
            "*": ("危险货物道路运输从业人员{k}", "“两客一危”车辆动态监控{k}"),
            "yjj": ("危化品运输安全{k}",),
        },
        ("危险货物运输", "动态监控", "从业人员"),
        ("G", "C26"),
        ("roadport", "chem", "logi"),
        online=0.1,
    ),
    Theme(
        "cold_chain",
        "logi",
        "PUBLICITY",
        ("jtj", "swj"),
        ("swj", "jtj", "tmz", "scjgj"),
        {
            "*": ("农产品冷链物流{k}",),
            "jtj": ("冷藏保温车辆运输管理{k}",),
            "swj": ("县域商业体系建设·冷链物流项目申报{k}",),
            "scjgj": ("冷链食品追溯管理{k}",),
        },
        ("冷链物流", "县域商业", "冷藏车"),
        ("G", "A"),
        ("logi", "civic"),
        en=("Cold-chain Logistics {k}",),
        tags_en=("cold chain",),
        online=0.15,
    ),
    # -- tax ------------------------------------------------------------------------
    Theme(
        "einvoice",
        "tax",
        "TRAINING",
        ("shuiwu",),
        ("kfq", "gsl", "xzsp"),
        {
            "*": (
                "全面数字化的电子发票（数电发票）{k}",
                "数电发票开具与风险防范{k}",
                "乐企直连与数电票应用{k}",
            ),
            "kfq": ("园区企业数电票业务{k}",),
        },
        ("数电发票", "发票", "乐企"),
        (),
        ("dept:tax", "civic", "kfq"),
        en=("Fully Digitalized E-invoices {k}",),
        tags_en=("e-invoice",),
        online=0.5,
        durs=(60, 90, 120),
        weight=1.3,
    ),
    Theme(
        "cit",
        "tax",
        "TRAINING",
        ("shuiwu",),
        ("kjj", "gxj", "kfq"),
        {
            "*": ("2026年度企业所得税汇算清缴{k}", "企业所得税年度汇算申报要点{k}"),
            "kjj": ("研发费用加计扣除与汇算清缴{k}",),
        },
        ("企业所得税", "汇算清缴"),
        (),
        ("dept:tax", "civic", "kfq"),
        tags_en=("corporate income tax",),
        online=0.5,
        durs=(90, 120),
        weight=1.3,
    ),
    Theme(
        "iit",
        "tax",
        "PUBLICITY",
        ("shuiwu",),
        ("rsj", "zgh", "kfq"),
        {
            "*": ("个人所得税综合所得年度汇算{k}",),
            "zgh": ("职工个税年度汇算{k}",),
            "rsj": ("个税专项附加扣除{k}",),
        },
        ("个人所得税", "年度汇算", "专项附加扣除"),
        (),
        ("dept:tax", "civic", "kfq", "town"),
        online=0.45,
        durs=(60, 90),
    ),
    Theme(
        "taxpref",
        "tax",
        "PUBLICITY",
        ("shuiwu",),
        ("gxj", "kjj", "scjgj", "gsl", "fgj"),
        {
            "*": (
                "支持小微企业和个体工商户发展税费优惠政策{k}",
                "先进制造业企业增值税加计抵减{k}",
                "结构性减税降费政策{k}",
            ),
            "gxj": ("制造业惠企税费政策{k}",),
            "gsl": ("民营企业税费政策{k}",),
            "scjgj": ("个体工商户惠企政策{k}",),
        },
        ("税费优惠", "小微企业", "加计抵减"),
        ("C",),
        ("civic", "dept:tax", "kfq", "party"),
        en=("Tax Incentives for Manufacturers {k}",),
        tags_en=("tax incentives",),
        online=0.3,
        weight=1.2,
    ),
    # -- employment and social insurance -------------------------------------------
    Theme(
        "emp_subsidy",
        "hr",
        "PUBLICITY",
        ("rsj",),
        ("shuiwu", "kfq", "gsl", "smz", "tmz", "ghz"),
        {
            "*": ("稳岗返还、一次性扩岗补助等援企稳岗政策{k}", "就业创业补贴政策{k}"),
            "kfq": ("人社惠企政策{k}",),
            "gsl": ("民营企业用工政策{k}",),
        },
        ("稳岗返还", "扩岗补助", "就业补贴"),
        (),
        ("civic", "dept:rsj", "kfq", "town"),
        tags_en=("employment subsidy",),
        online=0.2,
        weight=1.2,
    ),
    Theme(
        "skill_cert",
        "hr",
        "TRAINING",
        ("rsj",),
        ("zgh", "kfq", "smz", "gxj"),
        {
            "*": ("企业职业技能等级自主评价{k}", "职业技能等级认定考评员{k}"),
            "zgh": ("职工技能提升行动{k}",),
            "gxj": ("制造业技能人才培养{k}",),
        },
        ("技能等级认定", "自主评价", "考评员"),
        ("C", "C36", "C26"),
        ("dept:rsj", "rsjbase", "kfq", "party"),
        online=0.1,
        durs=(120, 180, -1),
    ),
    Theme(
        "skills",
        "hr",
        "TRAINING",
        ("rsj",),
        ("zgh", "smz", "kfq", "scjgj"),
        {
            "*": (
                "焊工（中级）职业技能{k}",
                "电工（低压）实操{k}",
                "数控车工技能提升{k}",
                "工业机器人操作与运维{k}",
            ),
            "zgh": ("职工技能提升{k}",),
            "scjgj": ("特种设备作业人员（叉车司机）{k}",),
        },
        ("技能培训", "焊工", "电工", "数控"),
        ("C", "C36"),
        ("rsjbase", "kfq"),
        online=0.0,
        durs=(180, -1),
    ),
    Theme(
        "labor_law",
        "hr",
        "PUBLICITY",
        ("rsj", "sfj"),
        ("sfj", "zgh", "gsl", "kfq", "rsj"),
        {
            "*": ("劳动用工法律风险防范{k}",),
            "sfj": ("民营企业“法治体检”{k}", "企业合规经营法律{k}"),
            "zgh": ("集体协商与劳动合同{k}",),
            "gsl": ("民营企业劳动关系{k}",),
        },
        ("劳动用工", "法律风险", "劳动合同", "法治体检"),
        (),
        ("civic", "party", "kfq", "dept:rsj"),
        online=0.15,
    ),
    Theme(
        "social_ins",
        "hr",
        "PUBLICITY",
        ("rsj", "ybj"),
        ("shuiwu", "ybj", "rsj", "zgh"),
        {
            "*": ("工伤保险“一站式”服务{k}", "社会保险经办政策{k}"),
            "ybj": ("职工医保单位参保与费用结算{k}", "医保政策进企业{k}"),
            "shuiwu": ("社保费申报缴纳{k}",),
        },
        ("社会保险", "工伤保险", "医保", "社保费"),
        (),
        ("civic", "dept:rsj", "kfq", "town"),
        tags_en=("social insurance",),
        online=0.3,
    ),
    Theme(
        "recruit",
        "hr",
        "PUBLICITY",
        ("rsj",),
        ("zgh", "gsl", "kfq", "ghz", "bwz", "smz", "stz", "tmz"),
        {
            "*": ("“春风行动”企业用工服务{k}", "高校毕业生就业见习补贴{k}"),
            "zgh": ("“春风送岗”服务{k}",),
            "kfq": ("园区企业招工用工{k}",),
        },
        ("春风行动", "用工服务", "就业见习"),
        (),
        ("town", "civic", "dept:rsj"),
        online=0.05,
    ),
    # -- general business environment ------------------------------------------------
    Theme(
        "finance",
        "general",
        "PUBLICITY",
        ("jrfw",),
        ("gxj", "rsj", "scjgj", "gsl", "kfq"),
        {
            "*": ("政银企融资对接会", "普惠金融服务{k}", "“鲁担惠企贷”产品推介会"),
            "rsj": ("创业担保贷款政策{k}",),
            "gxj": ("制造业中长期贷款{k}",),
        },
        ("融资对接", "普惠金融", "创业担保贷款"),
        (),
        ("civic", "expo", "kfq"),
        en=("Bank-Enterprise Financing Matchmaking",),
        tags_en=("financing",),
        online=0.1,
    ),
    Theme(
        "stats",
        "general",
        "TRAINING",
        ("tjj",),
        ("kfq", "gxj", "swj"),
        {
            "*": ("“四上”企业统计联网直报{k}", "统计一套表平台业务{k}", "2027年统计定报业务{k}"),
            "kfq": ("园区企业统计业务{k}",),
            "swj": ("限上商贸企业统计{k}",),
        },
        ("统计", "联网直报", "一套表"),
        ("C", "F", "G"),
        ("civic", "party", "kfq"),
        online=0.4,
        durs=(90, 120, 150),
    ),
    Theme(
        "one_net",
        "general",
        "TRAINING",
        ("xzsp",),
        ("scjgj", "kfq", "shuiwu"),
        {
            "*": ("“高效办成一件事”企业办事指引{k}", "企业开办“一网通办”{k}"),
            "scjgj": ("经营主体登记注册便利化{k}",),
            "kfq": ("园区项目审批代办{k}",),
        },
        ("一网通办", "高效办成一件事", "企业开办"),
        (),
        ("civic",),
        online=0.2,
        durs=(60, 90, 120),
    ),
    Theme(
        "credit",
        "general",
        "PUBLICITY",
        ("scjgj",),
        ("fgj", "shuiwu", "xzsp"),
        {
            "*": ("企业年度报告公示{k}", "信用修复“一件事”{k}"),
            "fgj": ("公共信用信息修复{k}",),
            "shuiwu": ("纳税信用评价与修复{k}",),
        },
        ("年报公示", "信用修复", "信用"),
        (),
        ("civic", "dept:scjg"),
        online=0.3,
    ),
    Theme(
        "food_safety",
        "general",
        "TRAINING",
        ("scjgj",),
        ("nyncj", "ghz", "stz"),
        {
            "*": ("食品生产企业食品安全主体责任{k}", "蔬菜加工企业食品安全{k}"),
            "nyncj": ("蔬菜加工及净菜企业质量安全{k}",),
        },
        ("食品安全", "主体责任", "两个责任"),
        ("C13", "F"),
        ("dept:scjg", "civic", "town"),
        online=0.15,
    ),
    Theme(
        "private",
        "general",
        "PUBLICITY",
        ("gsl",),
        ("fgj", "scjgj", "sfj", "jrfw"),
        {
            "*": ("《民营经济促进法》{k}",),
            "sfj": ("民营经济促进法法治宣讲",),
            "fgj": ("促进民营经济发展政策{k}",),
        },
        ("民营经济", "民营经济促进法"),
        (),
        ("civic", "party"),
        en=("Private Economy Promotion Law {k}",),
        online=0.25,
    ),
    Theme(
        "energy",
        "general",
        "TRAINING",
        ("gxj", "fgj"),
        ("sthj", "shuiwu", "fgj", "gxj"),
        {
            "*": ("工业节能诊断服务{k}", "企业碳排放核算与报告{k}"),
            "fgj": ("能耗双控向碳排放双控转变政策{k}",),
            "sthj": ("全国碳市场重点排放单位{k}",),
        },
        ("节能", "碳排放", "双控"),
        ("C26", "C36", "C"),
        ("civic", "chem", "kfq"),
        en=("Industrial Energy Audit {k}",),
        tags_en=("energy saving", "carbon"),
        online=0.2,
    ),
    Theme(
        "project_fund",
        "general",
        "PUBLICITY",
        ("fgj",),
        ("gxj", "kjj", "jrfw"),
        {
            "*": ("超长期特别国债及“两新”政策项目申报{k}", "大规模设备更新项目申报{k}"),
            "gxj": ("工业设备更新技改项目{k}",),
        },
        ("两新", "设备更新", "项目申报"),
        ("C",),
        ("civic", "party"),
        online=0.15,
    ),
]
THEME = {t.key: t for t in THEMES}

EN_TW = ("Training", "Workshop", "Training Session")
EN_PW = ("Briefing", "Policy Briefing", "Info Session")

# ---------------------------------------------------------------------------
# sessions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Online:
    platform: str  # tencent | dingtalk | feishu | zoom | welink | xiaoe | channels
    code: str
    url: str
    account: str = ""


@dataclass(frozen=True)
class Qual:
    kind: str  # series | class | town | half | sector
    n: int = 0
    town: str = ""
    sector: str = ""
    unit: str = "期"


@dataclass
class Session:
    sid: int
    theme: Theme
    kind: str
    start: datetime
    end: datetime
    room: Room | None
    online: Online | None
    hosts: list[str]
    qual: Qual | None = None
    series: str = ""
    series_en: str = ""
    no_loc: bool = False
    must: str = ""  # "" | locqual | qual | code
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    capacity: int | None = None
    reg_url: str | None = None
    group: str = "single"


LOCAL_HOME = {**TOWN_BY_SLUG, "kfq": "kfq", "zdyq": "kfq"}
CITY_VENUES = ("civic", "expo", "party", "dept:rsj", "dept:tax", "dept:scjg", "dept:nync")


def local_ok(slug: str, room: Room | None) -> bool:
    """Town governments and the parks co-host only at home or at city-level venues."""
    home = LOCAL_HOME.get(slug)
    if home is None or room is None:
        return True
    return room.town == home or room.venue in CITY_VENUES


def workdays() -> list[date]:
    out = []
    for i in range(WEEKS * 7):
        d = FIRST_DAY + timedelta(days=i)
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
    return out


def at(d: date, h: int, m: int) -> datetime:
    return datetime(d.year, d.month, d.day, h, m, tzinfo=CST)


class Plan:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.days = workdays()
        self.tuesdays = [d for d in self.days if d.weekday() == 1]
        self.room_busy: defaultdict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.theme_busy: defaultdict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.codes: set[str] = set()
        self.sessions: list[Session] = []
        self.rel: list[tuple[int, int, str]] = []

    # -- time ------------------------------------------------------------------
    def slot(self, d: date, half: str = "") -> datetime:
        rng = self.rng
        half = half or pick(rng, ("am", "pm"), (0.55, 0.45))
        if half == "am":
            h, m = rng.choice(((8, 30), (9, 0), (9, 0), (9, 0), (9, 30), (10, 0)))
        elif d >= SUMMER_FROM:
            h, m = rng.choice(((14, 30), (14, 30), (15, 0), (15, 30)))
        else:
            h, m = rng.choice(((14, 0), (14, 0), (14, 30), (15, 0)))
        return at(d, h, m)

    def span(self, theme: Theme, st: datetime, dur: int = 0) -> tuple[datetime, datetime]:
        dur = dur or self.rng.choice(theme.durs)
        if dur < 0:  # full day
            st = at(st.date(), 9, 0)
            end = at(st.date(), 17, 0) if st.date() >= SUMMER_FROM else at(st.date(), 16, 30)
            return st, end
        if st.hour < 12 and dur > 180:
            dur = 180
        return st, st + timedelta(minutes=dur)

    # -- availability -----------------------------------------------------------
    def room_ok(self, room: Room, st: datetime, en: datetime) -> bool:
        gap = timedelta(minutes=60)
        return all(not (st < e + gap and s < en + gap) for s, e in self.room_busy[room.key])

    def theme_ok(self, theme: Theme, st: datetime, en: datetime) -> bool:
        gap = timedelta(minutes=30)
        return all(not (st < e + gap and s < en + gap) for s, e in self.theme_busy[theme.key])

    # -- resources --------------------------------------------------------------
    def online_for(self, dept: str, platform: str = "") -> Online:
        rng = self.rng
        d = DEPTS[dept]
        platform = platform or rng.choice(d.platforms)
        while True:
            if platform == "zoom":
                code = digits(rng, 11, "89")
            elif platform == "welink":
                code = digits(rng, 9, "9")
            elif platform in ("xiaoe", "channels"):
                code = ""
            else:
                code = digits(rng, 9)
            if not code or code not in self.codes:
                break
        self.codes.add(code)
        if platform == "tencent":
            url = f"https://meeting.tencent.com/dm/{tok(rng, 12)}"
        elif platform == "dingtalk":
            url = f"https://meeting.dingtalk.com/j/{tok(rng, 10)}"
        elif platform == "feishu":
            url = f"https://vc.feishu.cn/j/{code}"
        elif platform == "zoom":
            url = f"https://us06web.zoom.us/j/{code}?pwd={tok(rng, 24)}"
        elif platform == "welink":
            url = f"https://meeting.huaweicloud.com/#/j/{code}"
        elif platform == "xiaoe":
            url = f"https://app{tok(rng, 8).lower()}.h5.xiaoeknow.com/v2/course/alive/l_{tok(rng, 16)}"
        else:
            url = ""
        return Online(platform, code, url, d.account or "汶丰发布")

    def rooms_for(self, theme: Theme, venue: str = "") -> list[Room]:
        venue = venue or self.rng.choice(theme.venues)
        if venue == "field":
            keys = FIELD_FOR.get(theme.key, ("f_guhuai", "f_dongguo"))
            return [ROOMS[k] for k in keys]
        return [r for r in ROOMS.values() if r.venue == venue]

    def pick_hosts(
        self, theme: Theme, room: Room | None, lead: str = "", town_slug: str = ""
    ) -> list[str]:
        """Lead department plus, for about a quarter of sessions, one to three co-hosts."""
        rng = self.rng
        lead = lead or rng.choice(theme.leads)
        hosts = [lead]
        extra: list[str] = []
        if room is not None:
            if room.town and room.town != "kfq" and TOWNS[room.town].slug:
                extra.append(TOWNS[room.town].slug)
            if room.venue in ("kfq", "rsjbase"):
                extra.append("kfq")
            if room.venue == "sgpark":
                extra.append("zdyq")
        if town_slug:
            extra.append(town_slug)
        if rng.random() < theme.cohost:
            pool = [
                d
                for d in dict.fromkeys([*theme.cohosts, *theme.leads, *extra])
                if d != lead and local_ok(d, room)
            ]
            n = rng.choices((1, 2, 3), (0.74, 0.2, 0.06))[0]
            hosts += rng.sample(pool, min(n, len(pool)))
        for d in extra:
            if d not in hosts and rng.random() < 0.1:
                hosts.append(d)
        return hosts

    def add(
        self,
        theme: Theme,
        st: datetime,
        en: datetime,
        room: Room | None,
        online: Online | None,
        *,
        lead: str = "",
        hosts: list[str] | None = None,
        qual: Qual | None = None,
        series: str = "",
        series_en: str = "",
        no_loc: bool = False,
        must: str = "",
        check: bool = True,
        group: str = "single",
        town_slug: str = "",
    ) -> Session | None:
        rng = self.rng
        if room is not None and not self.room_ok(room, st, en):
            return None
        if check and not self.theme_ok(theme, st, en):
            return None
        if hosts is None:
            hosts = self.pick_hosts(theme, room, lead, town_slug)
        sectors = theme.sectors
        if len(sectors) > 1 and rng.random() < 0.3:
            sectors = (rng.choice(sectors),)
        if qual is not None and qual.kind == "sector":
            sectors = (qual.sector,)
        regions: tuple[str, ...] = ()
        if qual is not None and qual.kind == "town":
            regions = (qual.town,)
        elif room is not None and room.town:
            regions = (room.town,) if rng.random() < 0.7 else ()
        elif theme.cluster == "agri" and rng.random() < 0.4:
            regions = tuple(
                rng.sample(("guhuai", "sangtai", "dongguo", "tianma"), rng.randint(1, 3))
            )
        if room is not None:
            cap: int | None = min(room.cap, rng.choice((room.cap, 30, 50, 80, 100, 120)))
        else:
            cap = rng.choice((None, 200, 300, 500, 1000))
        reg: str | None = None
        if rng.random() < 0.5:
            reg = self.reg_url(hosts[0])
        s = Session(
            len(self.sessions),
            theme,
            theme.kind,
            st,
            en,
            room,
            online,
            hosts,
            qual,
            series,
            series_en,
            no_loc,
            must,
            sectors,
            regions,
            cap,
            reg,
            group,
        )
        self.sessions.append(s)
        if room is not None:
            self.room_busy[room.key].append((st, en))
        self.theme_busy[theme.key].append((st, en))
        return s

    def reg_url(self, dept: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return f"https://www.wjx.cn/vm/{tok(rng, 7)}.aspx"
        if r < 0.65:
            return f"https://jinshuju.net/f/{tok(rng, 6)}"
        return f"https://www.wenfeng.gov.cn/{dept}/hdbm/{rng.randint(1000, 9999)}"

    def relate(self, a: Session, b: Session, cat: str) -> None:
        self.rel.append((a.sid, b.sid, cat))


# ---------------------------------------------------------------------------
# designed groups
# ---------------------------------------------------------------------------

# (name, English name, unit, theme, lead, room key or "online:<platform>", weekday, every n weeks,
#  count, first number, half, same meeting code each time, double-header days)
SERIES: list[tuple[str, str, str, str, str, str, int, int, int, int, str, bool, int]] = [
    ("汶丰纳税人学堂", "", "期", "cit", "shuiwu", "tax_school", 3, 1, 6, 21, "pm", False, 1),
    ("征纳互动云课堂", "", "期", "einvoice", "shuiwu", "online:tencent", 2, 1, 8, 1, "am", True, 0),
    (
        "高素质农民培育·设施蔬菜班",
        "",
        "期",
        "veg_tech",
        "nyncj",
        "f_guhuai",
        4,
        1,
        6,
        1,
        "am",
        False,
        1,
    ),
    ("蔬菜育苗田间课堂", "", "讲", "seedling", "nyncj", "f_sangtai", 3, 2, 4, 1, "am", False, 0),
    ("化工园区安全大讲堂", "", "讲", "haz_chem", "yjj", "chem_mtg", 1, 2, 6, 7, "pm", False, 0),
    (
        "特殊作业安全实训",
        "",
        "期",
        "special_ops",
        "yjj",
        "chemtrain_cls",
        3,
        1,
        5,
        1,
        "am",
        False,
        1,
    ),
    ("排污许可系列培训", "", "期", "permit", "sthj", "online:welink", 1, 2, 4, 1, "am", True, 0),
    ("专精特新成长营", "", "期", "zjtx", "gxj", "kfq_road", 4, 2, 5, 1, "pm", False, 0),
    ("数字化转型“诊断+培训”", "", "期", "digital", "gxj", "civic_b512", 2, 1, 5, 1, "pm", False, 0),
    ("质量提升大讲堂", "", "讲", "quality", "scjgj", "scjg_mtg", 3, 2, 4, 3, "pm", False, 0),
    (
        "外贸云课堂",
        "Foreign Trade Online Class",
        "期",
        "rcep",
        "swj",
        "online:zoom",
        3,
        1,
        6,
        11,
        "pm",
        True,
        0,
    ),
    ("“汶心服务”企业课堂", "", "期", "one_net", "xzsp", "civic_ae", 1, 1, 8, 1, "am", False, 0),
    ("人社政策进企业", "", "期", "emp_subsidy", "rsj", "rsj_train", 2, 1, 6, 1, "pm", False, 0),
    ("考评员能力提升班", "", "期", "skill_cert", "rsj", "base_w1", 0, 2, 3, 1, "am", False, 0),
    ("统计业务大讲堂", "", "讲", "stats", "tjj", "online:dingtalk", 3, 2, 4, 1, "am", True, 0),
    (
        "民营企业法治体检进园区",
        "",
        "站",
        "labor_law",
        "sfj",
        "kfq_mgmt",
        3,
        2,
        4,
        1,
        "pm",
        False,
        0,
    ),
    ("网络货运合规课堂", "", "期", "freight", "jtj", "logi_train", 2, 2, 4, 1, "am", False, 0),
    (
        "科技型企业培育训练营",
        "Tech SME Bootcamp",
        "期",
        "hightech",
        "kjj",
        "online:feishu",
        4,
        1,
        5,
        1,
        "pm",
        False,
        0,
    ),
    (
        "政银企对接·金融直通车",
        "",
        "期",
        "finance",
        "jrfw",
        "civic_bhall",
        2,
        2,
        5,
        9,
        "pm",
        False,
        0,
    ),
    (
        "跨境电商实训营",
        "Cross-border E-commerce Bootcamp",
        "期",
        "crossborder",
        "swj",
        "kfq_101",
        1,
        1,
        4,
        1,
        "am",
        False,
        1,
    ),
    (
        "农村电商直播带货实训营",
        "",
        "期",
        "ecommerce",
        "rsj",
        "base_live",
        0,
        1,
        5,
        1,
        "am",
        False,
        0,
    ),
    ("安全生产“一把手”讲安全", "", "讲", "safety", "yjj", "party_hall", 4, 3, 3, 1, "am", False, 0),
    ("食品安全大讲堂", "", "讲", "food_safety", "scjgj", "scjg_mtg", 1, 3, 3, 1, "am", False, 0),
    (
        "SGP Lunch & Learn",
        "SGP Lunch & Learn",
        "期",
        "fdi",
        "zdyq",
        "sgp_a",
        3,
        2,
        4,
        1,
        "am",
        False,
        0,
    ),
    ("消防安全公开课", "", "课", "fire", "xfjy", "online:channels", 4, 2, 4, 1, "pm", True, 0),
]


def next_workday(p: Plan, d: date) -> date:
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += timedelta(days=1)
    return d


def build_series(p: Plan) -> None:
    rng = p.rng
    for (
        name,
        en_name,
        unit,
        tkey,
        lead,
        where,
        wd,
        every,
        count,
        first,
        half,
        same_code,
        dh,
    ) in SERIES:
        theme = THEME[tkey]
        week0 = rng.randint(0, 2)
        base = p.slot(FIRST_DAY, half)
        hm = (base.hour, base.minute)
        if half == "pm":
            hm = (14, 30) if rng.random() < 0.5 else (14, 0)
        dur = rng.choice([x for x in theme.durs if x > 0] or [150])
        room = ROOMS[where] if not where.startswith("online:") else None
        shared = (
            p.online_for(lead, where.split(":")[1])
            if where.startswith("online:") and same_code
            else None
        )
        placed: list[Session] = []
        no = first
        doubles = set(rng.sample(range(count), min(dh, count)))
        for i in range(count):
            d0 = FIRST_DAY + timedelta(weeks=week0 + i * every, days=wd)
            if d0 >= FIRST_DAY + timedelta(weeks=WEEKS):
                break
            for shift in (0, 1, 2, -1):
                d = next_workday(p, d0 + timedelta(days=shift))
                h, m = hm
                if half == "pm" and d >= SUMMER_FROM and h == 14 and m == 0:
                    m = 30
                st, en = p.span(theme, at(d, h, m), dur)
                online = None
                if room is None:
                    online = shared or p.online_for(lead, where.split(":")[1])
                s = p.add(
                    theme,
                    st,
                    en,
                    room,
                    online,
                    lead=lead,
                    qual=Qual("series", no, unit=unit),
                    series=name,
                    series_en=en_name,
                    group="series",
                )
                if s is not None:
                    placed.append(s)
                    no += 1
                    if i in doubles and room is not None:
                        st2 = at(d, 14, 30) if half == "am" else at(d, 9, 0)
                        st2, en2 = p.span(theme, st2, 150)
                        s2 = p.add(
                            theme,
                            st2,
                            en2,
                            room,
                            None,
                            lead=lead,
                            qual=Qual("series", no, unit=unit),
                            series=name,
                            series_en=en_name,
                            group="series",
                        )
                        if s2 is not None:
                            pair = sorted((s, s2), key=lambda x: x.start)
                            p.sessions[pair[0].sid].qual = Qual("series", no - 1, unit=unit)
                            p.sessions[pair[1].sid].qual = Qual("series", no, unit=unit)
                            placed.append(s2)
                            no += 1
                    break
        placed.sort(key=lambda x: x.start)
        for j, s in enumerate(placed):
            s.qual = Qual("series", first + j, unit=unit)
        for a, b in itertools.pairwise(placed):
            p.relate(a, b, "series_siblings")


CLASS_SETS: dict[str, tuple[tuple[str, ...], ...]] = {
    "skills": (("base_w1", "base_w2"),),
    "skill_cert": (("party_c1", "party_c2", "party_c3"), ("base_w1", "base_w2")),
    "special_ops": (("party_c1", "party_c2"),),
    "einvoice": (("civic_b308", "civic_b310"), ("kfq_101", "kfq_102")),
    "stats": (("party_c1", "party_c2"), ("civic_a3", "civic_a5")),
    "quality": (("sgp_a", "sgp_b"), ("kfq_101", "kfq_102")),
    "haz_chem": (("party_c1", "party_c2", "party_c3"),),
    "ecommerce": (("civic_b308", "civic_b310"),),
    "crossborder": (("kfq_101", "kfq_102"),),
    "digital": (("sgp_a", "sgp_b"), ("civic_b308", "civic_b310")),
    "fire": (("party_c1", "party_c2"),),
    "safety": (("party_c1", "party_c2", "party_c3"),),
    "cit": (("civic_b308", "civic_b310"),),
}


def build_classes(p: Plan, n: int) -> None:
    rng = p.rng
    keys = list(CLASS_SETS)
    made = 0
    tries = 0
    while made < n and tries < 400:
        tries += 1
        theme = THEME[rng.choice(keys)]
        rooms = [ROOMS[k] for k in rng.choice(CLASS_SETS[theme.key])]
        k = len(rooms) if len(rooms) == 2 or rng.random() < 0.4 else 2
        rooms = rooms[:k]
        d = rng.choice(p.days)
        st, en = p.span(theme, p.slot(d))
        if not p.theme_ok(theme, st, en) or not all(p.room_ok(r, st, en) for r in rooms):
            continue
        hosts = p.pick_hosts(theme, rooms[0])
        group = [
            p.add(
                theme,
                st,
                en,
                r,
                None,
                hosts=list(hosts),
                qual=Qual("class", i + 1),
                must="locqual",
                check=False,
                group="classes",
            )
            for i, r in enumerate(rooms)
        ]
        ss = [s for s in group if s is not None]
        for i, a in enumerate(ss):
            for b in ss[i + 1 :]:
                p.relate(a, b, "parallel_classes")
        made += 1


AMPM_THEMES = (
    "iit",
    "cit",
    "einvoice",
    "emp_subsidy",
    "social_ins",
    "credit",
    "one_net",
    "taxpref",
    "finance",
    "veg_tech",
    "pesticide",
    "hazwaste",
    "stats",
    "food_safety",
)


def build_ampm(p: Plan, n: int) -> None:
    rng = p.rng
    made = 0
    tries = 0
    while made < n and tries < 400:
        tries += 1
        theme = THEME[rng.choice(AMPM_THEMES)]
        room = rng.choice(p.rooms_for(theme))
        d = rng.choice(p.days)
        a0 = at(d, *rng.choice(((8, 30), (9, 0), (9, 0), (9, 30))))
        am = (a0, a0 + timedelta(minutes=150))
        ph = at(d, 14, 30) if d >= SUMMER_FROM else at(d, 14, 0)
        pm = (ph, ph + timedelta(minutes=150))
        if not all(p.room_ok(room, *x) and p.theme_ok(theme, *x) for x in (am, pm)):
            continue
        hosts = p.pick_hosts(theme, room)
        s1 = p.add(theme, *am, room, None, hosts=list(hosts), qual=Qual("half", 1), group="ampm")
        s2 = p.add(theme, *pm, room, None, hosts=list(hosts), qual=Qual("half", 2), group="ampm")
        if s1 is not None and s2 is not None:
            p.relate(s1, s2, "am_pm")
            made += 1


# (theme, lead, tour name, towns, stops per day at the same hour)
TOURS: list[tuple[str, str, str, tuple[str, ...], int]] = [
    ("recruit", "rsj", "“春风行动”进镇街", RURAL, 2),
    (
        "taxpref",
        "shuiwu",
        "税费政策进镇街",
        ("guhuai", "beiwa", "shuangmiao", "tianma", "sangtai"),
        1,
    ),
    ("pesticide", "nyncj", "农产品质量安全巡回宣讲", ("guhuai", "sangtai", "dongguo", "tianma"), 1),
    (
        "finance",
        "jrfw",
        "金融辅导队进镇街",
        ("guhuai", "sangtai", "shuangmiao", "tianma", "dongguo"),
        1,
    ),
    ("labor_law", "sfj", "法律服务进镇街", ("chengguan", "wenchang", "shuangmiao", "beiwa"), 2),
    ("safety", "yjj", "安全生产巡回宣讲", ("shuangmiao", "beiwa", "tianma", "luocheng"), 1),
    ("emp_subsidy", "rsj", "援企稳岗政策进镇街", ("beiwa", "shuangmiao", "tianma", "guhuai"), 2),
    ("agri_fin", "jrfw", "惠农金融下乡", ("guhuai", "sangtai", "dongguo"), 1),
]


def build_tours(p: Plan) -> None:
    rng = p.rng
    for tkey, lead, tour, towns, per_day in TOURS:
        theme = THEME[tkey]
        order = list(towns)
        rng.shuffle(order)
        di = rng.randrange(len(p.days) - 8)
        half = pick(rng, ("am", "pm"), (0.6, 0.4))
        stops: list[list[Session]] = []
        i = 0
        while i < len(order) and di < len(p.days):
            d = p.days[di]
            st, en = p.span(theme, p.slot(d, half), rng.choice((90, 120)))
            today: list[Session] = []
            for town in order[i : i + per_day]:
                slug = TOWNS[town].slug
                for rk in (f"gov_{town}", f"svc_{town}"):
                    room = ROOMS[rk]
                    if not p.room_ok(room, st, en):
                        continue
                    hosts = [lead]
                    if slug and rng.random() < 0.6:
                        hosts.append(slug)
                    if rng.random() < 0.15:
                        other = [x for x in theme.cohosts if x not in hosts and local_ok(x, room)]
                        if other:
                            hosts.append(rng.choice(other))
                    s = p.add(
                        theme,
                        st,
                        en,
                        room,
                        None,
                        hosts=hosts,
                        qual=Qual("town", town=town),
                        series=tour,
                        must="qual",
                        check=False,
                        group="tour",
                    )
                    if s is not None:
                        today.append(s)
                    break
            for a_i, a in enumerate(today):
                for b in today[a_i + 1 :]:
                    p.relate(a, b, "town_tour")
            if stops and today and stops[-1]:
                p.relate(stops[-1][-1], today[0], "town_tour")
            if today:
                stops.append(today)
            i += per_day
            di += 1


PARALLEL_BUILDINGS: list[tuple[tuple[str, ...], tuple[str, ...], bool]] = [
    (("civic_b308", "civic_b310", "civic_b512"), ("tax", "hr", "general", "auto"), False),
    (("civic_ae", "civic_aw", "civic_a3", "civic_a5"), ("general", "tax", "hr"), False),
    (("civic_bhall", "civic_b308", "civic_b310"), ("general", "hr", "tax"), False),
    (("kfq_101", "kfq_102"), ("auto", "tax", "hr", "trade"), True),
    (("expo_a", "expo_b"), ("trade", "agri", "general"), True),
    (("sgp_a", "sgp_b"), ("trade", "auto"), True),
    (("party_hall", "party_c1", "party_c2"), ("chem", "hr", "general"), False),
    (("chem_mtg", "chem_ecc"), ("chem",), False),
    (("kfq_road", "kfq_mgmt", "kfq_101"), ("auto", "hr", "chem"), False),
]


def cluster_themes(cluster: str) -> list[Theme]:
    return [t for t in THEMES if t.cluster == cluster]


def build_parallel(p: Plan, n: int, adjacent: bool) -> None:
    rng = p.rng
    made = 0
    tries = 0
    choices = [x for x in PARALLEL_BUILDINGS if x[2] == adjacent]
    while made < n and tries < 600:
        tries += 1
        rkeys, clusters, _ = rng.choice(choices)
        k = 2 if len(rkeys) == 2 or rng.random() < 0.6 else 3
        rooms = [ROOMS[x] for x in rng.sample(rkeys, k)]
        cluster = rng.choice(clusters)
        pool = cluster_themes(cluster)
        civic = rooms[0].venue == "civic"
        d = rng.choice(p.tuesdays if civic and rng.random() < 0.7 else p.days)
        st = p.slot(d)
        same_theme = adjacent and rng.random() < 0.5
        if same_theme:
            theme = rng.choice(pool)
            secs = (
                [x for x in SECTOR_QUAL if x in theme.sectors]
                if theme.sectors
                else list(SECTOR_QUAL)
            )
            if len(secs) < k:
                continue
            themes = [theme] * k
            quals: list[Qual | None] = [Qual("sector", sector=x) for x in rng.sample(secs, k)]
        else:
            if len(pool) < k:
                continue
            themes = rng.sample(pool, k)
            quals = [None] * k
        spans = [p.span(t, st, rng.choice((90, 120, 150))) for t in themes]
        if not all(p.room_ok(r, *sp) for r, sp in zip(rooms, spans, strict=True)):
            continue
        if not all(p.theme_ok(t, *sp) for t, sp in zip(themes, spans, strict=True)):
            continue
        leads_used: list[str] = []
        ss: list[Session] = []
        for t, r, sp, q in zip(themes, rooms, spans, quals, strict=True):
            lead = rng.choice(t.leads)
            s = p.add(
                t,
                *sp,
                r,
                None,
                lead=lead,
                qual=q,
                must="locqual" if same_theme else "",
                check=False,
                group="parallel",
            )
            if s is not None:
                ss.append(s)
                leads_used.append(lead)
        cat = "adjacent_rooms" if adjacent else "parallel_rooms"
        for i, a in enumerate(ss):
            for b in ss[i + 1 :]:
                p.relate(a, b, cat)
        made += 1


def build_later(p: Plan, n: int) -> None:
    rng = p.rng
    made = 0
    tries = 0
    while made < n and tries < 600:
        tries += 1
        rkeys, clusters, _ = rng.choice(PARALLEL_BUILDINGS)
        r1, r2 = (ROOMS[x] for x in rng.sample(rkeys, 2))
        pool = cluster_themes(rng.choice(clusters))
        if len(pool) < 2:
            continue
        t1, t2 = rng.sample(pool, 2)
        d = rng.choice(p.days)
        st1, en1 = p.span(t1, p.slot(d), rng.choice((120, 150)))
        st2, en2 = p.span(
            t2, st1 + timedelta(minutes=rng.choice((30, 45, 60))), rng.choice((90, 120))
        )
        if not (p.room_ok(r1, st1, en1) and p.room_ok(r2, st2, en2)):
            continue
        if not (p.theme_ok(t1, st1, en1) and p.theme_ok(t2, st2, en2)):
            continue
        a = p.add(t1, st1, en1, r1, None, check=False, group="later")
        b = p.add(t2, st2, en2, r2, None, check=False, group="later")
        if a is not None and b is not None:
            p.relate(a, b, "later_other_room")
            made += 1


def build_online_pairs(p: Plan, n: int) -> None:
    rng = p.rng
    pool = [t for t in THEMES if t.online >= 0.2]
    made = 0
    tries = 0
    while made < n and tries < 400:
        tries += 1
        theme = rng.choice(pool)
        d = rng.choice(p.days)
        st, en = p.span(theme, p.slot(d))
        if not p.theme_ok(theme, st, en):
            continue
        lead_a = rng.choice(theme.leads)
        others = [
            x for x in (*theme.leads, *theme.cohosts) if x != lead_a and x not in TOWN_BY_SLUG
        ]
        lead_b = rng.choice(others) if others and rng.random() < 0.7 else lead_a
        ss: list[Session] = []
        for lead in (lead_a, lead_b):
            plat = rng.choice(
                [x for x in DEPTS[lead].platforms if x not in ("xiaoe", "channels")] or ["tencent"]
            )
            en2 = en if rng.random() < 0.6 else st + timedelta(minutes=rng.choice((60, 90, 120)))
            s = p.add(
                theme,
                st,
                en2,
                None,
                p.online_for(lead, plat),
                lead=lead,
                must="code",
                check=False,
                group="online_pair",
            )
            if s is not None:
                ss.append(s)
        if len(ss) == 2:
            p.relate(ss[0], ss[1], "online_same_hour")
            made += 1


def build_noloc_pairs(p: Plan, n: int) -> None:
    rng = p.rng
    made = 0
    tries = 0
    while made < n and tries < 400:
        tries += 1
        t1, t2 = rng.sample(THEMES, 2)
        l1, l2 = rng.choice(t1.leads), rng.choice(t2.leads)
        if l1 == l2:
            continue
        d = rng.choice(p.days)
        st = p.slot(d)
        sp1, sp2 = p.span(t1, st), p.span(t2, st)
        if not (p.theme_ok(t1, *sp1) and p.theme_ok(t2, *sp2)):
            continue
        a = p.add(t1, *sp1, None, None, lead=l1, no_loc=True, check=False, group="noloc")
        b = p.add(t2, *sp2, None, None, lead=l2, no_loc=True, check=False, group="noloc")
        if a is not None and b is not None:
            p.relate(a, b, "noloc_same_hour")
            made += 1


def build_singles(p: Plan, target: int) -> None:
    rng = p.rng
    weights = [t.weight for t in THEMES]
    tries = 0
    while len(p.sessions) < target and tries < 20000:
        tries += 1
        theme = rng.choices(THEMES, weights)[0]
        venue = rng.choice(theme.venues)
        civic = venue == "civic"
        d = rng.choice(p.tuesdays) if civic and rng.random() < 0.35 else rng.choice(p.days)
        if theme.key in ("veg_tech", "skills") and rng.random() < 0.06:
            d += timedelta(days=5 - d.weekday())  # Saturday field day / weekend skills class
            if d in HOLIDAYS:
                continue
        st, en = p.span(theme, p.slot(d))
        r = rng.random()
        if r < theme.online:
            lead = rng.choice(theme.leads)
            p.add(theme, st, en, None, p.online_for(lead), lead=lead)
            continue
        if r > 0.965:
            p.add(theme, st, en, None, None, no_loc=True)
            continue
        room = rng.choice(p.rooms_for(theme, venue))
        online = None
        lead = rng.choice(theme.leads)
        if rng.random() < 0.07:
            online = p.online_for(lead)
        p.add(theme, st, en, room, online, lead=lead)


# ---------------------------------------------------------------------------
# rendering: each department writes the session its own way
# ---------------------------------------------------------------------------


def iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(CST).isoformat()


def render_block_cn(room: Room, rng: random.Random) -> str:
    b, kind = room.block, room.bld.block_kind
    if not b:
        return ""
    if kind == "letter":
        return rng.choice((f"{b}座", f"{b}座", f"{b}座", f"{b}栋", f"{b}楼", f"{fw(b)}座"))
    n = int(b)
    if kind == "hall":
        return rng.choice((f"{b}号馆", f"{cn_num(n)}号馆", f"{b}号展馆", f"{b}#馆"))
    opts = [f"{b}号楼", f"{b}#楼", f"{cn_num(n)}号楼", f"{b}栋"]
    alias = dict(room.bld.block_alias).get(b)
    if alias:
        opts.append(alias)
    return rng.choice(opts)


def render_floor_cn(f: int, dept: Dept, rng: random.Random) -> str:
    style = rng.choices(range(5), dept.floor)[0]
    return (f"{f}楼", f"{cn_num(f)}楼", f"{f}F", f"{f}层", f"{cn_num(f)}层")[style]


def render_label_cn(lab: Label, rng: random.Random) -> tuple[str, bool]:
    n = lab.n
    if lab.kind == "num":
        c = lab.code
        return rng.choice((c, f"{c}室", f"{c}室", f"{c}会议室", cn_digits(c), f"{c}房间")), True
    if lab.kind == "ord":
        return rng.choice(
            (f"第{n}会议室", f"第{cn_num(n)}会议室", f"{n}号会议室", f"{cn_num(n)}号会议室")
        ), False
    if lab.kind == "classroom":
        return rng.choice(
            (f"第{cn_num(n)}教室", f"{n}号教室", f"第{n}教室", f"{cn_num(n)}号教室")
        ), False
    if lab.kind == "workshop":
        return rng.choice(
            (f"{n}号实训车间", f"{cn_num(n)}号车间", f"实训车间{n}", f"第{cn_num(n)}实训车间")
        ), False
    if lab.kind == "letter":
        c = lab.code
        return rng.choice((f"会议室{c}", f"{c}会议室", f"{c}厅", f"{c}区会议室")), False
    if lab.kind == "named":
        return rng.choice(lab.cn), False
    return "", False


def render_room_cn(room: Room, dept: Dept, rng: random.Random) -> str:
    b = room.bld
    use_alt = bool(room.alt) and rng.random() < 0.25
    name = rng.choice(room.alt) if use_alt else rng.choice(b.names)
    prefix = ""
    if b.pfx and "（汶丰）" not in name:
        prefix = rng.choices(("山东省潍坊市汶丰市", "潍坊市汶丰市", "汶丰市", ""), dept.loc)[0]
    if prefix:
        for head in ("汶丰市", "汶丰", "市"):
            if name.startswith(head) and not name.startswith("市民"):
                name = name[len(head) :]
                break
    parts: list[str] = []
    if b.addr and rng.random() < 0.08:
        prefix = prefix or "汶丰市"
        parts.append(prefix + b.addr)
        prefix = ""
    parts.append(prefix + name)
    if not use_alt:
        parts.append(render_block_cn(room, rng))
    lab, implied = render_label_cn(room.label, rng)
    if room.floor and rng.random() < (0.3 if implied else 0.85):
        parts.append(render_floor_cn(room.floor, dept, rng))
    parts.append(lab)
    sep = " " if rng.random() < dept.sp_p else ""
    out = sep.join(x for x in parts if x)
    if rng.random() < dept.fw_p * 2:
        out = fw(out)
    return out


def render_room_en(room: Room, rng: random.Random) -> str:
    lab = room.label
    if lab.kind == "num":
        txt = f"Room {lab.code}"
    elif lab.kind == "ord":
        txt = f"Meeting Room {lab.n}"
    elif lab.kind == "classroom":
        txt = f"Classroom {lab.n}"
    elif lab.kind == "workshop":
        txt = f"Workshop {lab.n}"
    elif lab.kind == "letter":
        txt = rng.choice((f"Room {lab.code}", f"Meeting Room {lab.code}"))
    else:
        txt = lab.en
    if room.floor and lab.kind != "num" and rng.random() < 0.6:
        fl = rng.choice((f"{room.floor}F", f"Floor {room.floor}"))
        txt = f"{fl} {txt}".strip() if txt else fl
    blk = ""
    if room.block:
        kind = room.bld.block_kind
        blk = {"letter": f"Block {room.block}", "hall": f"Hall {room.block}"}.get(
            kind, f"Building {room.block}"
        )
    parts = [txt, blk, room.bld.en]
    if rng.random() < 0.4:
        parts.append("Wenfeng")
    return ", ".join(x for x in parts if x)


def fmt_code(code: str, rng: random.Random) -> str:
    if len(code) == 9:
        return rng.choice(
            (f"{code[:3]}-{code[3:6]}-{code[6:]}", code, f"{code[:3]} {code[3:6]} {code[6:]}")
        )
    return rng.choice(
        (f"{code[:3]} {code[3:7]} {code[7:]}", code, f"{code[:3]}-{code[3:7]}-{code[7:]}")
    )


PLATFORM_CN = {
    "tencent": ("腾讯会议：{c}", "腾讯会议（会议号{c}）", "线上·腾讯会议 {c}", "腾讯会议号：{c}"),
    "dingtalk": ("钉钉视频会议：{c}", "钉钉会议号{c}", "线上（钉钉）会议号：{c}"),
    "feishu": ("飞书视频会议 {c}", "飞书会议号：{c}", "线上·飞书 {c}"),
    "zoom": ("Zoom会议 ID：{c}", "Zoom Meeting ID: {c}", "线上（Zoom）{c}"),
    "welink": ("华为云WeLink会议 {c}", "WeLink会议ID：{c}", "线上·WeLink {c}"),
}
PLATFORM_BARE = {
    "tencent": ("腾讯会议", "线上（腾讯会议）"),
    "dingtalk": ("钉钉", "钉钉直播", "线上（钉钉）"),
    "feishu": ("飞书会议", "线上（飞书）"),
    "zoom": ("Zoom", "线上（Zoom）"),
    "welink": ("WeLink", "华为云会议"),
    "xiaoe": ("小鹅通直播", "线上直播（小鹅通）"),
    "channels": ("视频号直播",),
}
PLATFORM_EN = {
    "tencent": "Tencent Meeting",
    "dingtalk": "DingTalk",
    "feishu": "Feishu",
    "zoom": "Zoom",
    "welink": "Huawei WeLink",
    "xiaoe": "Xiaoe live",
    "channels": "WeChat Channels live",
}


def render_online(
    o: Online, dept: Dept, rng: random.Random, lead: bool, must: bool, en: bool
) -> tuple[str | None, str | None]:
    """Return (location, onlineUrl) for an online meeting in this department's way."""
    if o.platform == "channels":
        acct = o.account
        loc = rng.choice(
            (f"微信视频号“{acct}”直播", f"视频号直播：{acct}", f"关注视频号“{acct}”观看直播")
        )
        return (f"WeChat Channels live: {acct}" if en else loc), None
    if lead:
        mode = pick(rng, ("full", "url", "code"), (0.45, 0.3, 0.25))
    else:
        mode = pick(rng, ("full", "url", "code", "bare"), (0.25, 0.35, 0.25, 0.15))
    if not o.code and mode == "code":
        mode = "url"
    if must and mode == "bare":
        mode = "url"
    url = o.url or None
    code = fmt_code(o.code, rng) if o.code else ""
    if en:
        name = PLATFORM_EN[o.platform]
        with_code = f"Online ({name}), Meeting ID {code}" if code else f"Online ({name})"
        if mode == "full":
            return with_code, url
        if mode == "code":
            return with_code, None
        if mode == "url":
            return rng.choice(("Online", f"Online ({name})", None)), url
        return rng.choice(("Online", None)), None
    if mode in ("full", "code") and code:
        loc = rng.choice(PLATFORM_CN[o.platform]).format(c=code)
        return loc, (url if mode == "full" else None)
    if mode == "url":
        return rng.choice(("线上", "线上", "网络会议", None, *PLATFORM_BARE[o.platform])), url
    return rng.choice(("线上", "线上会议", "网络直播", None)), None


def quarter_text(d: date, rng: random.Random) -> str:
    q = (d.month - 1) // 3 + 1
    return rng.choice(
        ("2027年", f"2027年第{cn_num(q)}季度", f"2027年{cn_num(q)}季度", "2027年春季", "２０２７年")
    )


def qual_cn(q: Qual, rng: random.Random) -> tuple[str, str]:
    """Text of a qualifier and where it goes: pre | suf | paren."""
    if q.kind == "series":
        n = q.n
        u = q.unit
        return rng.choice(
            (
                f"第{n}{u}",
                f"第{cn_num(n)}{u}",
                f"第{n}{u}",
                f"第{fw(str(n))}{u}",
                f"{n}{u}" if u == "期" else f"第{n}{u}",
            )
        ), "series"
    if q.kind == "class":
        n = q.n
        t = rng.choice(
            (
                f"{cn_num(n)}班",
                f"{n}班",
                f"第{cn_num(n)}班",
                f"{'ABC'[n - 1]}班",
                f"第{cn_num(n)}教学班",
            )
        )
        return t, rng.choice(("suf", "paren"))
    if q.kind == "half":
        word = "上午" if q.n == 1 else "下午"
        t = rng.choice((f"{word}场", word, f"{word}场", f"{word}班"))
        return t, "paren" if t == word else rng.choice(("suf", "paren"))
    if q.kind == "town":
        tw = TOWNS[q.town]
        name = tw.name if rng.random() < 0.65 else tw.short
        form = rng.choice(("zc", "zc", "zhan", "go", "paren"))
        if form == "zc":
            return f"{name}专场", rng.choice(("suf", "paren"))
        if form == "zhan":
            return f"{name}站", "pre"
        if form == "go":
            return f"走进{tw.name}", "pre"
        return name, "paren"
    if q.kind == "sector":
        return rng.choice(SECTOR_QUAL[q.sector][0]), "paren"
    return "", "suf"


def qual_en(q: Qual, rng: random.Random) -> str:
    if q.kind == "series":
        return rng.choice((f"Session {q.n}", f"No. {q.n}", f"#{q.n}"))
    if q.kind == "class":
        return rng.choice((f"Class {q.n}", f"Group {'ABC'[q.n - 1]}"))
    if q.kind == "half":
        return (
            rng.choice(("Morning Session", "AM"))
            if q.n == 1
            else rng.choice(("Afternoon Session", "PM"))
        )
    if q.kind == "town":
        return rng.choice(
            (f"{TOWNS[q.town].pinyin} Session", f"{TOWNS[q.town].pinyin.split()[0]} Stop")
        )
    if q.kind == "sector":
        return f"for {SECTOR_QUAL[q.sector][1]}"
    return ""


def fill(core: str, word: str) -> str:
    """Put the kind word into a title core without doubling (政策 + 政策宣讲)."""
    before = core.split("{k}")[0]
    for w in ("政策", "业务", "技术", "培训", "专题"):
        if before.endswith(w) and word.startswith(w) and len(word) > len(w):
            word = word[len(w) :]
    return core.replace("{k}", word)


def kind_word(kind: str, dept: Dept, rng: random.Random, en: bool) -> str:
    if en:
        return rng.choice(EN_TW if kind == "TRAINING" else EN_PW)
    return rng.choice(dept.tw if kind == "TRAINING" else dept.pw)


def render_title(
    s: Session, dept: Dept, rng: random.Random, lead: bool, kind: str, keep_qual: bool, en: bool
) -> str:
    theme = s.theme
    if en:
        core = fill(rng.choice(theme.en), kind_word(kind, dept, rng, True))
        title = core
        if s.qual is not None and keep_qual:
            qt = qual_en(s.qual, rng)
            if s.qual.kind == "series" and (s.series_en or s.series):
                title = f"{s.series_en or 'Series'} {qt}: {core}"
            elif s.qual.kind == "sector":
                title = f"{core} {qt}"
            else:
                title = rng.choice((f"{core} ({qt})", f"{core} – {qt}"))
        elif s.series_en and rng.random() < 0.5:
            title = f"{s.series_en}: {core}"
        if dept.pre and rng.random() < dept.deco_p:
            title = rng.choice(dept.pre) + title
        return title
    pool = theme.cores.get(dept.slug) or theme.cores["*"]
    if not lead and rng.random() < 0.3:
        pool = theme.cores.get(s.hosts[0]) or theme.cores["*"]
    core = fill(rng.choice(pool), kind_word(kind, dept, rng, False))
    title = core
    with_series = bool(s.series) and (lead or rng.random() < 0.35)
    if s.qual is not None and keep_qual:
        qt, where = qual_cn(s.qual, rng)
        if where == "series":
            if with_series:
                sep = rng.choice(("：", "｜", "·", " ", "——"))
                title = (
                    f"{s.series}{qt}{sep}{core}"
                    if rng.random() < 0.75
                    else f"{core}——{s.series}（{qt}）"
                )
            else:
                title = rng.choice((f"{core}（{qt}）", f"{qt}{core}", f"{core}{qt}"))
            with_series = False
        elif where == "pre":
            title = f"{qt}{rng.choice(('｜', '：', '·', '——'))}{core}"
        elif where == "paren":
            title = f"{core}（{qt}）"
        else:
            title = f"{core}{qt}"
    if with_series:
        title = f"{s.series}：{title}" if rng.random() < 0.6 else f"{title}（{s.series}）"
    if rng.random() < dept.year_p and not any(c.isdigit() for c in core[:5]) and "年" not in core:
        title = quarter_text(s.start.date(), rng) + title
    if rng.random() < dept.notice_p:
        verbs = (
            ("举办", "开展", "组织参加", "召开")
            if title.endswith("会")
            else ("举办", "开展", "组织参加")
        )
        title = f"关于{rng.choice(verbs)}{title}的通知"
    if dept.slug in TOWN_BY_SLUG and rng.random() < 0.3:
        title = f"{TOWNS[TOWN_BY_SLUG[dept.slug]].name}：{title}"
    if dept.pre and rng.random() < dept.deco_p:
        title = rng.choice(dept.pre) + title
    if dept.suf and rng.random() < dept.deco_p * 0.5:
        title += rng.choice(dept.suf)
    if (
        s.room is not None
        and s.room.venue == "civic"
        and s.start.weekday() == 1
        and rng.random() < 0.2
    ):
        title = "【周二企业服务日】" + title
    if s.online is not None and s.room is None and rng.random() < 0.12:
        title = rng.choice(("【线上】", "【直播预告】", "【云课堂】")) + title
    if s.reg_url and rng.random() < 0.08:
        title = "【报名】" + title
    if rng.random() < 0.04:
        title += rng.choice(("（名额有限）", "（名额有限，报满即止）", "（免费）"))
    if rng.random() < dept.fw_p:
        title = fw(title)
    return title


def render_times(
    s: Session, dept: Dept, rng: random.Random, lead: bool
) -> tuple[datetime, datetime]:
    dur = (s.end - s.start).total_seconds() / 60
    st = s.start + timedelta(minutes=rng.choice(dept.signin))
    if not lead and dur >= 120 and rng.random() < 0.07:
        st = s.start + timedelta(minutes=30)  # only announces its own part of the agenda
    mode = rng.choice(dept.ends)
    if mode == "plus30":
        en = s.end + timedelta(minutes=30)
    elif mode == "minus30" and dur >= 90:
        en = s.end - timedelta(minutes=30)
    elif mode == "def1h":
        en = st + timedelta(hours=1)
    else:
        en = s.end
    if rng.random() < 0.05:
        en = st + timedelta(hours=2)  # system default end time
    if en <= st + timedelta(minutes=30):
        en = max(s.end, st + timedelta(minutes=60))
    return st, en


def render_topics(s: Session, dept: Dept, rng: random.Random, en: bool) -> list[str]:
    mode = dept.topics
    if mode == "none" or rng.random() < 0.12:
        return []
    use_en = mode == "en" or (mode == "mix" and en)
    pool = s.theme.tags_en if use_en and s.theme.tags_en else s.theme.tags
    tags = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    if dept.house and rng.random() < 0.4 and not use_en:
        tags.append(rng.choice(dept.house))
    return tags


def render_sectors(s: Session, dept: Dept, rng: random.Random) -> list[str]:
    mode = dept.sectors
    if not s.sectors or mode == "empty" or rng.random() < 0.1:
        return []
    out: list[str] = []
    for k in s.sectors:
        name, coll, en = SECTORS[k]
        v = {
            "cn": name,
            "colloquial": coll,
            "gb": k,
            "gbletter": k[0],
            "gbnamed": f"{k} {name}",
            "en": en,
        }[mode]
        if v not in out:
            out.append(v)
    return out


def render_regions(s: Session, dept: Dept, rng: random.Random) -> list[str]:
    if not s.regions:
        if dept.everyone == "city" and rng.random() < 0.7:
            return [rng.choice(("全市", "汶丰市", "全市各镇街"))]
        if dept.everyone == "list" and rng.random() < 0.5:
            return [TOWNS[t].name for t in RURAL]
        return []
    out: list[str] = []
    for k in s.regions:
        t = TOWNS[k]
        mode = dept.regions
        if mode == "short":
            out.append(t.short)
        elif mode == "pinyin":
            out.append(rng.choice((t.pinyin, t.pinyin.split()[0])))
        elif mode == "old" and rng.random() < 0.5:
            out.append(t.old)
        else:
            out.append(t.name)
    return out


VAGUE = ("地点另行通知", "具体地点见报名回执", "待定", "线下（地点另行通知）")


def render(
    s: Session, slug: str, lead: bool, rng: random.Random, counters: dict[str, int]
) -> dict[str, Any]:
    dept = DEPTS[slug]
    counters[slug] = counters.get(slug, 0) + 1
    kind = s.kind
    if dept.force and rng.random() < dept.force_p * (0.5 if lead else 1.0):
        kind = dept.force
    elif not lead and rng.random() < 0.06:
        kind = "PUBLICITY" if kind == "TRAINING" else "TRAINING"
    en = dept.en_p > 0 and rng.random() < dept.en_p
    en_title = en and bool(s.theme.en)
    keep_qual = s.qual is not None and (
        rng.random() < 0.96 if lead else rng.random() >= dept.omit_qual_p
    )
    has_room = s.room is not None and not s.no_loc
    omit_p = dept.omit_loc_p if not lead else (0.25 if s.group == "tour" else 0.03)
    show_room = has_room and rng.random() >= omit_p
    if s.must == "locqual" and s.qual is not None and not keep_qual and not show_room:
        if has_room:
            show_room = True
        else:
            keep_qual = True
    if s.must == "qual":
        keep_qual = True
    location: str | None = None
    url: str | None = None
    if show_room and s.room is not None:
        location = render_room_en(s.room, rng) if en else render_room_cn(s.room, dept, rng)
        if s.online is not None:
            if rng.random() < 0.5:
                url = s.online.url or None
            if rng.random() < 0.3 and s.online.code:
                location += f"（线上同步：{PLATFORM_BARE[s.online.platform][0]} {fmt_code(s.online.code, rng)}）"
    elif s.online is not None and (s.room is None or rng.random() < 0.6):
        location, url = render_online(s.online, dept, rng, lead, s.must == "code", en)
    elif s.no_loc or (s.room is not None and rng.random() < 0.1):
        location = rng.choice(VAGUE) if rng.random() < 0.25 else None
    st, en_t = render_times(s, dept, rng, lead)
    cap: int | None = None
    if rng.random() < dept.cap_p * (1.0 if lead else 0.5):
        cap = s.capacity
    elif not lead and rng.random() < 0.15:
        cap = rng.choice((20, 30, 50))  # this department's own quota
    reg: str | None = None
    if lead and rng.random() < max(dept.reg_p, 0.6):
        reg = s.reg_url
    elif not lead:
        r = rng.random()
        if r < 0.35:
            reg = s.reg_url
        elif r < 0.45:
            reg = f"https://www.wenfeng.gov.cn/{slug}/hdbm/{rng.randint(1000, 9999)}"
    ext = dept.idfmt.format(
        slug=slug.upper(),
        n=counters[slug],
        md=s.start.strftime("%Y%m%d"),
        hx=f"{rng.getrandbits(48):012x}",
    )
    return {
        "department": slug,
        "input": {
            "externalId": ext,
            "kind": kind,
            "title": render_title(s, dept, rng, lead, kind, keep_qual, en_title),
            "start": iso(st, dept.utc),
            "end": iso(en_t, dept.utc),
            "timezone": "Asia/Shanghai",
            "location": location,
            "onlineUrl": url,
            "topics": render_topics(s, dept, rng, en),
            "audience": {
                "sectors": render_sectors(s, dept, rng),
                "regions": render_regions(s, dept, rng),
            },
            "capacity": cap,
            "registrationUrl": reg,
        },
        "truth": {
            "session": s.sid,
            "kind": s.kind,
            "start": iso(s.start, True),
            "end": iso(s.end, True),
        },
    }


# ---------------------------------------------------------------------------
# entry points
# ---------------------------------------------------------------------------


def build(seed: int = 0) -> tuple[list[dict[str, Any]], list[Session], list[tuple[int, int, str]]]:
    rng = random.Random(seed)
    p = Plan(rng)
    build_series(p)
    build_tours(p)
    build_classes(p, 14)
    build_ampm(p, 15)
    build_parallel(p, 14, adjacent=False)
    build_parallel(p, 13, adjacent=True)
    build_later(p, 15)
    build_online_pairs(p, 13)
    build_noloc_pairs(p, 13)
    build_singles(p, rng.randint(790, 850))
    counters: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for s in p.sessions:
        for i, slug in enumerate(s.hosts):
            out.append(render(s, slug, i == 0, rng, counters))
    rng.shuffle(out)
    return out, p.sessions, p.rel


def generate(seed: int = 0) -> list[dict[str, Any]]:
    return build(seed)[0]


def _check(postings: list[dict[str, Any]], sessions: list[Session]) -> list[str]:
    problems: list[str] = []
    for rec in postings:
        s = sessions[rec["truth"]["session"]]
        st = datetime.fromisoformat(rec["input"]["start"].replace("Z", "+00:00"))
        en = datetime.fromisoformat(rec["input"]["end"].replace("Z", "+00:00"))
        overlap = (min(en, s.end) - max(st, s.start)).total_seconds()
        if en <= st or overlap < 0.5 * min(
            (en - st).total_seconds(), (s.end - s.start).total_seconds()
        ):
            problems.append(f"posting of session {s.sid} barely overlaps its session")
    by_room: defaultdict[str, list[Session]] = defaultdict(list)
    for s in sessions:
        if s.room is not None:
            by_room[s.room.key].append(s)
    for key, ss in by_room.items():
        ss.sort(key=lambda x: x.start)
        for a, b in itertools.pairwise(ss):
            if b.start < a.end:
                problems.append(f"room {key}: sessions {a.sid} and {b.sid} overlap")
    ids: set[tuple[str, str]] = set()
    for rec in postings:
        k = (rec["department"], rec["input"]["externalId"])
        if k in ids:
            problems.append(f"duplicate externalId {k}")
        ids.add(k)
    return problems


if __name__ == "__main__":
    postings, sessions, rel = build(0)
    n_post: defaultdict[int, int] = defaultdict(int)
    for rec in postings:
        n_post[rec["truth"]["session"]] += 1
    cohosted = sum(1 for s in sessions if len(s.hosts) > 1)
    print(f"postings: {len(postings)}")
    print(f"sessions: {len(sessions)}")
    print(f"co-hosted sessions: {cohosted} ({cohosted / len(sessions):.1%})")
    print(f"true pairs: {sum(c * (c - 1) // 2 for c in n_post.values())}")
    sess_pairs: defaultdict[str, int] = defaultdict(int)
    post_pairs: defaultdict[str, int] = defaultdict(int)
    in_cat: defaultdict[str, set[int]] = defaultdict(set)
    for a, b, cat in rel:
        sess_pairs[cat] += 1
        post_pairs[cat] += n_post[a] * n_post[b]
        in_cat[cat].update((a, b))
    print("hard negatives (session pairs / posting pairs / share of sessions involved):")
    for cat in sorted(sess_pairs):
        share = len(in_cat[cat]) / len(sessions)
        print(f"  {cat:18s} {sess_pairs[cat]:4d} / {post_pairs[cat]:5d} / {share:.1%}")
    kinds: defaultdict[str, int] = defaultdict(int)
    for rec in postings:
        kinds[rec["input"]["kind"]] += 1
    disagree = sum(1 for rec in postings if rec["input"]["kind"] != rec["truth"]["kind"])
    utc = sum(1 for rec in postings if rec["input"]["start"].endswith("Z"))
    print(f"posted kinds: {dict(kinds)}; kind differs from truth: {disagree}; UTC postings: {utc}")
    problems = _check(postings, sessions)
    print(f"consistency problems: {len(problems)}")
    for msg in problems[:10]:
        print("  " + msg)
