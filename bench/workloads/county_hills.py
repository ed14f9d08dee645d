"""Labelled co-hosting workload for civical's matcher: 翁源县 (韶关市, 广东省).

The county
----------
A mountainous county in northern Guangdong, known for 兰花 (orchids) and 三华李 (plums).
Eight towns (``REGIONS``): 龙仙镇 (county seat, also written 县城), 坝仔镇, 江尾镇, 官渡镇
(the former 六里镇 was merged in; the 经开区 sits here), 周陂镇, 翁城镇, 新江镇 (also 三华),
铁龙镇 (the former 铁龙林场; it has no statistics code yet). Thirteen departments
(``DEPARTMENTS``) post to civical. The default workload runs 13 weeks from 2027-03-01:
weekdays without 清明/劳动节, 08:30-12:00 and 14:00-17:30 local time; full-day skills classes
09:00-17:00; about 1% evening classes (19:30/20:00, 直播电商 and 电工 night classes) and about 1%
Saturday 赶圩日 publicity stalls on the town 文化广场.

Venues (rooms are the unit of place; a room hosts one session at a time)
- 县行政中心 (环城东路1号): 1号楼一楼多功能厅, 2号楼三楼第一/第二会议室, 3号楼二楼第一/第二会议室.
- 县行政服务中心, also called 县政务服务中心: 三楼第一/第二培训室, 二楼(大)会议室.
- 中共翁源县委党校 (县委党校, 党校): 一楼(学术)报告厅, 101室, 102室, 201室 (教室).
- 翁源经济技术开发区管理委员会 (翁源经开区管委会, 经开区管委会), 官渡镇: 三楼第一/第二会议室,
  五楼大会议室, 一楼(企业服务中心)路演厅.
- 县电子商务产业园 (县电商产业园, 电商园): 一楼 A厅 and B厅 (also 培训中心A厅, "Hall A",
  "Room B"), 二楼直播(基地)实训室.
- 县公共就业服务中心 (人社局): 201培训室, 202培训室, 三楼会议室; 县税务局 纳税人学堂 and 四楼会议室;
  市监局三楼会议室; 县农业农村局二楼会议室; 兰花博览园 (兰博园, 江尾镇) 培训中心 and 多功能厅; 九仙宾馆.
- Every town: 镇人民政府 三楼会议室 and 一楼大会议室, and its 文化广场; a few enterprises' meeting
  rooms (on-site safety and digitalisation trainings), 村委会 党群服务中心会议室, a 职业培训学校 (101/102).

Spellings, department by department
- gov 县政府办 and rsj 人社局: full postal addresses "广东省韶关市翁源县龙仙镇环城东路1号县行政中心2#楼3F
  第二会议室" (also 韶关市… or 翁源县…), buildings 2#楼/2号楼 (rsj also 二号楼), floors 3F or 三楼,
  rooms 第二会议室/二会议室/2号会议室, 201培训室/201室. gov titles: 关于举办/开展…的通知, 2027年…,
  翁源县…, sometimes full-width digits; files most things as PUBLICITY; topics rarely, "惠企".
  rsj titles: 【报名】, （名额有限）, （免费）, （3月9日·江尾镇）; files as TRAINING; posts sign-in times.
- tax 县税务局: "县税务局1楼纳税人学堂", Arabic numerals, floor often omitted; titles 【县税务局】 and
  its own series 纳税人学堂第N期/第N期/（第N期）, "2027年度…"; sectors as letters ("C"); towns
  without 镇 ("江尾"); files TRAINING (辅导); codes "842 331 907".
- scjg 市场监管局: abbreviates (市监局三楼会议室, 经开区管委会, 党校, 县政务服务中心), 3层/3楼, 3栋;
  titles "市监局：…", （公益）; export-related trainings titled in English only ("Export Product
  Quality Standards and TBT Training") with English locations.
- swj 商务局: bilingual titles ("稳外贸政策宣讲会｜Foreign Trade Policy Briefing", "…（Cross-border
  E-commerce Workshop）"), some English-only, 【稳外贸】; topics always in its own words
  (稳外贸/外贸政策/跨境电商/直播电商/促消费/RCEP); English sector names; towns sometimes in pinyin
  ("Jiangwei"); spaced spellings "电商产业园 1楼 A 厅"; some English locations.
- gxj 工信局: 三号楼, 三楼, "2027年第二季度…", （专项行动）. fgj 发改局: 3层/三层, 关于召开…的通知,
  letters for sectors. yjj 应急局: full 翁源县… names, its series 安全生产公益大讲堂第N期, （公益）.
  kjj 科技局: B栋-style blocks (2号楼 -> B栋), "科技政策直通车：…", English sector names.
  nyj 农业农村局: short names, 三楼, towns by old names (江尾圩, 六里, 铁龙林场), （公益）, date/town
  in titles. gsl 工商联: its series 翁商大讲堂第N期, （公益）, files PUBLICITY. ybj 医保局: "韶关市翁源县…",
  三层, 2027年度…, full-width digits ("２０２７年度…第５期").
- jkq 经开区管委会: its system sends every time in UTC ("2027-03-05T01:30:00Z"); abbreviations
  (经开区管委会3F1号会议室, A栋), 【企业服务】/经开区… titles, sectors as letters, often no topics.
- Sectors are written as GB/T 4754-2017 Chinese names, English names or letters by department;
  regions as the town's name, the name without 镇, pinyin or an older name.
- Online: mostly 腾讯会议 with the code in the location ("腾讯会议：842-331-907", "腾讯会议号842331907",
  "线上（腾讯会议 842 331 907）", "Tencent Meeting ID: …") and/or the shared invitation link
  meeting.tencent.com/dm/<token>; a few 钉钉 (link token + code text), 飞书 (vc.feishu.cn/j/<code>)
  and Zoom (zoom.us/j/<code>, "Zoom Meeting ID: 922-3603-8031") sessions; co-hosts of an online
  session sometimes post just "线上"/"网络直播" with the link. About 10% of sessions are online-only
  and 2% hybrid ("…（同步线上：腾讯会议 …）").

Co-hosting (default size, 10 seeds): about 1,100 postings for 820 sessions; 28% of sessions are
posted by 2-4 departments (mostly 2). Co-hosts title the session in their own words (药店GSP合规辅导 /
定点零售药店药品经营规范培训), tag their own topics or none, describe the audience a bit
differently ([] versus named sectors or towns), may state another capacity. Phenomena among
co-hosted sessions: about 28% of co-host postings carry no location (a posting never drops both
its location and the session's qualifier); about 11% disagree on kind (宣讲 PUBLICITY vs 培训
TRAINING); about a third disagree on the start and half on start or end (sign-in 30/15 minutes
early, the main programme 30 minutes late, ends 30 minutes either way or an hour late); about 16% carry a qualifier (期, 班,
场, 站/专场) on one side only; titles carry the decorations listed above. Truth kind is the lead
department's (the real) kind.

Hard negatives (distinct sessions that look alike), share of the default workload's sessions
involved, roughly:
- parallel rooms, same building, same hour, different room (3%): related or sibling subjects
  (跨境电商 in A厅 while 直播电商 in B厅; 党校101室 vs 201室), also same-policy sector 专场 pairs.
- parallel classes (2.5%): one training's 一班/二班 at the same hour in 201/202, 101/102 or A厅/B厅.
- later in the same building (2.7%): a different session starting 30-60 minutes later in another
  room of the same building (the same offset a co-host's late start can have).
- series siblings (4%): 纳税人学堂/翁商大讲堂/安全生产公益大讲堂 or a training's 第N期 and 第N+1期
  in the same room, the same afternoon or days apart, on the same or another subject.
- 上午场/下午场 (3%): the same training twice in one room on one day.
- tours (8%): 镇站 tours (稳外贸/惠企/养老保险/耕地地力补贴/医保/小微税费) moving across 3-6 towns on
  consecutive working days at the same hour, each station in the town's meeting room.
- town 专场 at the same hour (3%): two or three teams in different towns at once; co-hosts post
  them without location half of the time, keeping the town qualifier.
- online sessions at the same hour with different codes (3%), often one policy's 制造业专场 and
  商贸企业专场.
- redundant sessions (4%): the same policy for the same audience again within 1-4 working days,
  by the same or a co-hosting department, elsewhere.
- sibling policies (3%): near-identical titles at nearby times (增值税留抵退税 vs 增值税发票管理,
  企业所得税汇算清缴 vs 个人所得税年度汇算, 养老保险 vs 工伤保险, 稳岗返还 vs 创业担保贷款, 食品安全主体责任
  vs 食品生产许可, 跨境电商 vs 直播电商, 高新技术企业认定 vs 专精特新 vs 科技型中小企业评价).
- besides, departments run several sessions at once (a department's overlapping sessions), and
  about 20% of sessions target one town.

Truth: ``truth.session`` is equal exactly for the postings of one real occurrence; ``policy`` is
the policy subject's id (shared by sessions, tours and series on one policy); ``start``/``end``
are the real span in UTC; ``sectors`` are GB/T 4754 section letters ([] = all); ``regions`` are
canonical town names ([] = whole county).

Scaling: ``generate(seed, sessions=N)`` keeps every mix above, spreads sessions over
13 * (N/820)**0.6 weeks and grows the venues by (N/820)**0.4 (more enterprises, village
committees, hotels and training schools), so the sessions per room and day stay constant; series
numbers restart every year and series become rarer as the calendar fills, so 第N期 stays
plausible. Generation is linear in N (100k postings in a few seconds).
"""

from __future__ import annotations

import random
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, Final, TypeVar

_T = TypeVar("_T")

CST: Final = timezone(timedelta(hours=8))
_START: Final = date(2027, 3, 1)
_BASE_WEEKS: Final = 13
_BASE_SESSIONS: Final = 820

# --------------------------------------------------------------------------------------
# The county
# --------------------------------------------------------------------------------------

DEPARTMENTS: dict[str, str] = {
    "gov": "翁源县人民政府办公室",
    "rsj": "翁源县人力资源和社会保障局",
    "tax": "国家税务总局翁源县税务局",
    "scjg": "翁源县市场监督管理局",
    "swj": "翁源县商务局",
    "gxj": "翁源县工业和信息化局",
    "fgj": "翁源县发展和改革局",
    "yjj": "翁源县应急管理局",
    "kjj": "翁源县科学技术局",
    "nyj": "翁源县农业农村局",
    "jkq": "翁源经济技术开发区管理委员会",
    "gsl": "翁源县工商业联合会",
    "ybj": "翁源县医疗保障局",
}

REGIONS: list[dict[str, Any]] = [
    {"name": "龙仙镇", "code": "440229100000", "synonyms": ["龙仙", "Longxian", "县城"]},
    {"name": "坝仔镇", "code": "440229101000", "synonyms": ["坝仔", "Bazai", "坝仔圩"]},
    {"name": "江尾镇", "code": "440229102000", "synonyms": ["江尾", "Jiangwei", "江尾圩"]},
    {"name": "官渡镇", "code": "440229104000", "synonyms": ["官渡", "Guandu", "六里"]},
    {"name": "周陂镇", "code": "440229105000", "synonyms": ["周陂", "Zhoubei", "周陂圩"]},
    {"name": "翁城镇", "code": "440229106000", "synonyms": ["翁城", "Wengcheng"]},
    {"name": "新江镇", "code": "440229107000", "synonyms": ["新江", "Xinjiang", "三华"]},
    {"name": "铁龙镇", "code": None, "synonyms": ["铁龙", "Tielong", "铁龙林场"]},
]

_TOWNS: Final[tuple[str, ...]] = tuple(r["name"] for r in REGIONS)
_SYN: Final[dict[str, list[str]]] = {r["name"]: list(r["synonyms"]) for r in REGIONS}

# GB/T 4754-2017 sections: letter -> (Chinese name, English name)
_SECTORS: Final[dict[str, tuple[str, str]]] = {
    "A": ("农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"),
    "B": ("采矿业", "Mining"),
    "C": ("制造业", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "Production and supply of electricity, heat, gas and water",
    ),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and retail trades"),
    "G": ("交通运输、仓储和邮政业", "Transport, storage and postal services"),
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

# how a 专场 for one sector is named in a title
_SECTOR_SPECIAL: Final[dict[str, tuple[str, ...]]] = {
    "C": ("制造业", "工业企业", "制造业企业"),
    "F": ("商贸企业", "批发零售业", "商贸流通企业"),
    "H": ("餐饮服务", "餐饮住宿业", "餐饮企业"),
    "E": ("建筑施工企业", "建筑业"),
}

_CN_DIGITS: Final = "零一二三四五六七八九"
_FULLWIDTH: Final = str.maketrans("0123456789", "０１２３４５６７８９")


def _cn(n: int) -> str:
    """Chinese numeral for 0 <= n < 1000 (一, 十二, 二十三, 一百零五...)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    head = _CN_DIGITS[hundreds % 10] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _CN_DIGITS[rest]
    if rest < 20:
        return head + "一" + _cn(rest)
    return head + _cn(rest)


def _pick(rng: random.Random, options: Sequence[tuple[_T, float]]) -> _T:
    total = sum(w for _, w in options)
    x = rng.random() * total
    for value, weight in options:
        x -= weight
        if x < 0:
            return value
    return options[-1][0]


# --------------------------------------------------------------------------------------
# Venues
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Building:
    key: str
    town: str
    tag: str
    addr: str  # long form written after "广东省韶关市"
    full: str
    short: str
    bare: str
    abbr: str
    en: str


@dataclass(frozen=True)
class _Room:
    key: str
    bldg: _Building
    label: str  # "ord" | "num" | "hall" | "named" | "none"
    n: int
    text: str  # ord: noun; num: "201|培训室"; hall: letter; named: variants joined by "|"
    block: int | None
    floor: int | None
    en: str
    capacity: int


_RoomSpec = tuple[str, int, str, int | None, int | None, str, int]


def _rooms(b: _Building, specs: Sequence[_RoomSpec]) -> list[_Room]:
    return [
        _Room(f"{b.key}/{i}", b, label, n, text, block, floor, en, cap)
        for i, (label, n, text, block, floor, en, cap) in enumerate(specs)
    ]


def _county_rooms() -> list[_Room]:
    out: list[_Room] = []
    hall = _Building(
        "hall",
        "龙仙镇",
        "hall",
        "翁源县龙仙镇环城东路1号县行政中心",
        "翁源县行政中心",
        "县行政中心",
        "行政中心",
        "行政中心",
        "Wengyuan County Administrative Center",
    )
    out += _rooms(
        hall,
        [
            ("named", 0, "多功能厅|多功能会议厅", 1, 1, "Multi-function Hall", 200),
            ("ord", 1, "会议室", 2, 3, "Meeting Room {n}", 60),
            ("ord", 2, "会议室", 2, 3, "Meeting Room {n}", 40),
            ("ord", 1, "会议室", 3, 2, "Meeting Room {n}", 80),
            ("ord", 2, "会议室", 3, 2, "Meeting Room {n}", 50),
        ],
    )
    service = _Building(
        "service",
        "龙仙镇",
        "service",
        "翁源县龙仙镇建设二路18号县行政服务中心",
        "翁源县行政服务中心",
        "县行政服务中心",
        "行政服务中心",
        "县政务服务中心",
        "Wengyuan County Administrative Service Center",
    )
    out += _rooms(
        service,
        [
            ("ord", 1, "培训室", None, 3, "Training Room {n}", 50),
            ("ord", 2, "培训室", None, 3, "Training Room {n}", 40),
            ("named", 0, "会议室|大会议室", None, 2, "Conference Room", 80),
        ],
    )
    party = _Building(
        "party",
        "龙仙镇",
        "party",
        "翁源县龙仙镇青云路中共翁源县委党校",
        "中共翁源县委党校",
        "县委党校",
        "党校",
        "党校",
        "Party School of the CPC Wengyuan County Committee",
    )
    out += _rooms(
        party,
        [
            ("named", 0, "报告厅|学术报告厅", None, 1, "Lecture Hall", 180),
            ("num", 0, "101|教室", None, 1, "", 60),
            ("num", 0, "102|教室", None, 1, "", 60),
            ("num", 0, "201|教室", None, 2, "", 50),
        ],
    )
    zone = _Building(
        "zone",
        "官渡镇",
        "zone",
        "翁源县官渡镇园区大道1号翁源经济技术开发区管理委员会",
        "翁源经济技术开发区管理委员会",
        "翁源经开区管委会",
        "经开区管委会",
        "经开区管委会",
        "Wengyuan Economic and Technological Development Zone Administrative Committee",
    )
    out += _rooms(
        zone,
        [
            ("ord", 1, "会议室", None, 3, "Meeting Room {n}", 60),
            ("ord", 2, "会议室", None, 3, "Meeting Room {n}", 40),
            ("named", 0, "大会议室", None, 5, "Main Conference Room", 150),
            ("named", 0, "路演厅|企业服务中心路演厅", None, 1, "Roadshow Hall", 100),
        ],
    )
    ecom = _Building(
        "ecom",
        "龙仙镇",
        "ecom",
        "翁源县龙仙镇兰花大道88号县电子商务产业园",
        "翁源县电子商务产业园",
        "县电商产业园",
        "电商产业园",
        "电商园",
        "Wengyuan E-commerce Industrial Park",
    )
    out += _rooms(
        ecom,
        [
            ("hall", 0, "A", None, 1, "", 120),
            ("hall", 0, "B", None, 1, "", 80),
            ("named", 0, "直播实训室|直播基地实训室", None, 2, "Live-streaming Studio", 30),
        ],
    )
    jobs = _Building(
        "jobs",
        "龙仙镇",
        "jobs",
        "翁源县龙仙镇人民路县公共就业服务中心",
        "翁源县公共就业服务中心",
        "县公共就业服务中心",
        "就业服务中心",
        "县就业中心",
        "Wengyuan Public Employment Service Center",
    )
    out += _rooms(
        jobs,
        [
            ("num", 0, "201|培训室", None, 2, "", 50),
            ("num", 0, "202|培训室", None, 2, "", 50),
            ("named", 0, "会议室", None, 3, "Meeting Room", 40),
        ],
    )
    tax = _Building(
        "tax",
        "龙仙镇",
        "tax",
        "翁源县龙仙镇建设一路国家税务总局翁源县税务局",
        "国家税务总局翁源县税务局",
        "县税务局",
        "税务局",
        "县税务局",
        "Wengyuan County Tax Service",
    )
    out += _rooms(
        tax,
        [
            ("named", 0, "纳税人学堂|纳税人学堂教室", None, 1, "Taxpayer School Classroom", 80),
            ("named", 0, "会议室", None, 4, "Meeting Room", 50),
        ],
    )
    market = _Building(
        "market",
        "龙仙镇",
        "market",
        "翁源县龙仙镇人民路县市场监督管理局",
        "翁源县市场监督管理局",
        "县市场监管局",
        "市场监管局",
        "市监局",
        "Wengyuan County Administration for Market Regulation",
    )
    out += _rooms(market, [("named", 0, "会议室", None, 3, "Meeting Room", 50)])
    agri = _Building(
        "agri",
        "龙仙镇",
        "agri",
        "翁源县龙仙镇青云路县农业农村局",
        "翁源县农业农村局",
        "县农业农村局",
        "农业农村局",
        "县农业局",
        "Wengyuan County Bureau of Agriculture and Rural Affairs",
    )
    out += _rooms(agri, [("named", 0, "会议室", None, 2, "Meeting Room", 40)])
    orchid = _Building(
        "orchid",
        "江尾镇",
        "orchid",
        "翁源县江尾镇兰花大道翁源县兰花博览园",
        "翁源县兰花博览园",
        "兰花博览园",
        "兰博园",
        "兰博园",
        "Wengyuan Orchid Expo Park",
    )
    out += _rooms(
        orchid,
        [
            ("named", 0, "培训中心|兰花培训中心", None, 1, "Training Center", 100),
            ("named", 0, "多功能厅", None, 2, "Multi-function Hall", 150),
        ],
    )
    hotel = _Building(
        "hotel0",
        "龙仙镇",
        "hotel",
        "翁源县龙仙镇建设一路九仙宾馆",
        "翁源县九仙宾馆",
        "九仙宾馆",
        "九仙宾馆",
        "九仙宾馆",
        "Jiuxian Hotel, Wengyuan",
    )
    out += _rooms(
        hotel,
        [
            ("named", 0, "多功能厅", None, 1, "Multi-function Hall", 200),
            ("ord", 1, "会议室", None, 3, "Meeting Room {n}", 50),
        ],
    )
    for i, town in enumerate(_TOWNS):
        bare = _SYN[town][0]
        pinyin = _SYN[town][1]
        gov = _Building(
            f"town{i}",
            town,
            "town",
            f"翁源县{town}人民政府",
            f"翁源县{town}人民政府",
            f"{town}人民政府",
            f"{town}政府",
            f"{bare}镇府",
            f"{pinyin} Town Government",
        )
        out += _rooms(
            gov,
            [
                ("named", 0, "会议室", None, 3, "Meeting Room", 50),
                ("named", 0, "大会议室", None, 1, "Main Meeting Room", 120),
            ],
        )
        square = _Building(
            f"square{i}",
            town,
            "square",
            f"翁源县{town}文化广场",
            f"翁源县{town}文化广场",
            f"{town}文化广场",
            f"{bare}文化广场",
            f"{bare}圩镇文化广场",
            f"{pinyin} Cultural Square",
        )
        out += _rooms(square, [("none", 0, "", None, None, "", 500)])
    return out


_NAME_A: Final = "华粤兴宏恒鑫瑞永达盛嘉丰联创金源信泰正和"
_NAME_B: Final = "翔润安科茂通锐邦骏宇晟新浩博旭德远诚力宝"
_INDUSTRY: Final = (
    "电子科技",
    "新材料",
    "精密机械",
    "智能装备",
    "食品",
    "生物科技",
    "建材",
    "纺织",
    "五金制品",
    "照明科技",
    "农业科技",
    "竹木制品",
    "包装材料",
    "电力设备",
    "精细化工",
)
_COMPANY_TOWNS: Final = (
    "官渡镇",
    "官渡镇",
    "翁城镇",
    "官渡镇",
    "龙仙镇",
    "江尾镇",
    "坝仔镇",
    "周陂镇",
    "新江镇",
    "铁龙镇",
    "官渡镇",
)
_PLACE_A: Final = "九兰翁青龙凤桃李仙梅"
_PLACE_B: Final = "城江源山峰华苑庭湾园"
_PLACE_C: Final = ("", "金", "银", "福", "景", "富", "鸿", "天", "东", "南")
_VIL_A: Final = "上下新大小东西南北石竹黄龙塘高"
_VIL_B: Final = "坪坝岭田洞围寨溪湾岗口背山陂水"


def _company(i: int) -> tuple[_Building, list[_Room]]:
    a, b = _NAME_A[i % 20], _NAME_B[(i // 20) % 20]
    ind = _INDUSTRY[(i // 400) % len(_INDUSTRY)]
    pre = ("广东", "韶关", "翁源县")[i % 3]
    town = _COMPANY_TOWNS[i % len(_COMPANY_TOWNS)]
    name = f"{a}{b}{ind}"
    bldg = _Building(
        f"co{i}",
        town,
        "company",
        f"翁源县{town}{pre}{name}有限公司",
        f"{pre}{name}有限公司",
        f"{name}公司",
        f"{name}",
        f"{name}公司",
        f"{pre if pre != '翁源县' else 'Wengyuan '}{name} Co., Ltd.",
    )
    return bldg, _rooms(
        bldg,
        [
            ("named", 0, "会议室", None, 3, "Meeting Room", 40),
            ("named", 0, "培训室|员工培训室", None, 1, "Staff Training Room", 60),
        ],
    )


def _village(j: int) -> tuple[_Building, list[_Room]]:
    a, b = _VIL_A[j % 15], _VIL_B[(j // 15) % 15]
    v = f"{a}{b}" if j < 225 else f"{a}{_VIL_B[(j // 225) % 15]}{b}"
    town = _TOWNS[j % len(_TOWNS)]
    bldg = _Building(
        f"vil{j}",
        town,
        "village",
        f"翁源县{town}{v}村民委员会",
        f"翁源县{town}{v}村委会",
        f"{town}{v}村委会",
        f"{v}村委会",
        f"{v}村委",
        f"{v} Village Committee, {_SYN[town][1]}",
    )
    return bldg, _rooms(
        bldg, [("named", 0, "党群服务中心会议室|会议室", None, None, "Meeting Room", 40)]
    )


def _place_name(i: int) -> str:
    return _PLACE_C[(i // 100) % 10] + _PLACE_A[i % 10] + _PLACE_B[(i // 10) % 10]


def _hotel(i: int) -> tuple[_Building, list[_Room]]:
    nm = _place_name(i + 3)
    kind = ("酒店", "宾馆", "大酒店")[i % 3]
    town = ("龙仙镇", "龙仙镇", "官渡镇", "翁城镇", "江尾镇")[i % 5]
    bldg = _Building(
        f"hotel{i + 1}",
        town,
        "hotel",
        f"翁源县{town}{nm}{kind}",
        f"翁源县{nm}{kind}",
        f"{nm}{kind}",
        f"{nm}{kind}",
        f"{nm}{kind}",
        f"{nm} Hotel, Wengyuan",
    )
    return bldg, _rooms(
        bldg,
        [
            ("named", 0, "多功能厅|多功能宴会厅", None, 2, "Multi-function Hall", 200),
            ("ord", 1, "会议室", None, 3, "Meeting Room {n}", 40),
        ],
    )


def _school(i: int) -> tuple[_Building, list[_Room]]:
    nm = _place_name(i + 57)
    town = ("龙仙镇", "龙仙镇", "官渡镇", "周陂镇")[i % 4]
    bldg = _Building(
        f"school{i}",
        town,
        "school",
        f"翁源县{town}{nm}职业培训学校",
        f"翁源县{nm}职业培训学校",
        f"{nm}职业培训学校",
        f"{nm}职校",
        f"{nm}职校",
        f"{nm} Vocational Training School",
    )
    return bldg, _rooms(
        bldg,
        [
            ("num", 0, "101|教室", None, 1, "", 50),
            ("num", 0, "102|教室", None, 1, "", 50),
        ],
    )


# --------------------------------------------------------------------------------------
# Departments' writing habits
# --------------------------------------------------------------------------------------

_W = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class _Style:
    names: _W  # prov | city | full | short | bare | abbr
    block: _W  # hao | hash | cn | dong | numdong
    floor: _W  # cn_lou | num_lou | F | ceng | cn_ceng | omit
    ordinal: _W  # di_cn | cn | hao | di_num | cn_hao
    numroom: _W = (("shi", 1.0),)  # shi | noun | bare
    spaces: float = 0.0
    english_loc: float = 0.0
    sectors: str = "cn"  # cn | en | letter
    regions: _W = (("full", 1.0),)  # full | bare | pinyin | old
    kind_bias: str | None = None
    kind_flip: float = 0.0
    no_topics: float = 0.1
    utc: bool = False
    signin: float = 0.1
    code: _W = (("dash", 1.0),)  # dash | space | plain
    capacity: float = 0.4


_STYLES: Final[dict[str, _Style]] = {
    "gov": _Style(
        names=(("prov", 0.6), ("city", 0.1), ("full", 0.3)),
        block=(("hash", 0.6), ("hao", 0.4)),
        floor=(("F", 0.45), ("cn_lou", 0.45), ("num_lou", 0.1)),
        ordinal=(("di_cn", 0.7), ("hao", 0.3)),
        numroom=(("shi", 0.7), ("noun", 0.3)),
        kind_bias="PUBLICITY",
        kind_flip=0.45,
        no_topics=0.5,
        signin=0.25,
        capacity=0.25,
    ),
    "rsj": _Style(
        names=(("prov", 0.55), ("city", 0.1), ("full", 0.35)),
        block=(("hash", 0.5), ("hao", 0.3), ("cn", 0.2)),
        floor=(("cn_lou", 0.5), ("F", 0.4), ("num_lou", 0.1)),
        ordinal=(("di_cn", 0.5), ("cn", 0.3), ("hao", 0.2)),
        numroom=(("noun", 0.6), ("shi", 0.4)),
        regions=(("full", 0.8), ("bare", 0.2)),
        kind_bias="TRAINING",
        kind_flip=0.35,
        no_topics=0.15,
        signin=0.35,
        code=(("plain", 1.0),),
        capacity=0.7,
    ),
    "tax": _Style(
        names=(("short", 0.6), ("bare", 0.25), ("full", 0.15)),
        block=(("hao", 1.0),),
        floor=(("num_lou", 0.7), ("omit", 0.3)),
        ordinal=(("hao", 0.6), ("di_num", 0.4)),
        sectors="letter",
        regions=(("bare", 0.7), ("full", 0.3)),
        kind_bias="TRAINING",
        kind_flip=0.5,
        no_topics=0.05,
        code=(("space", 1.0),),
        capacity=0.5,
    ),
    "scjg": _Style(
        names=(("abbr", 0.6), ("bare", 0.3), ("short", 0.1)),
        block=(("hao", 0.7), ("numdong", 0.3)),
        floor=(("num_lou", 0.6), ("ceng", 0.4)),
        ordinal=(("hao", 0.5), ("cn", 0.5)),
        numroom=(("bare", 0.5), ("shi", 0.5)),
        regions=(("bare", 0.6), ("full", 0.4)),
        no_topics=0.2,
        capacity=0.3,
    ),
    "swj": _Style(
        names=(("short", 0.5), ("full", 0.3), ("bare", 0.2)),
        block=(("hao", 0.6), ("hash", 0.4)),
        floor=(("num_lou", 0.5), ("F", 0.3), ("omit", 0.2)),
        ordinal=(("di_cn", 0.5), ("hao", 0.5)),
        spaces=0.35,
        english_loc=0.15,
        sectors="en",
        regions=(("full", 0.5), ("pinyin", 0.3), ("bare", 0.2)),
        no_topics=0.0,
        code=(("dash", 0.5), ("plain", 0.5)),
    ),
    "gxj": _Style(
        names=(("short", 0.5), ("full", 0.4), ("bare", 0.1)),
        block=(("cn", 0.7), ("hao", 0.3)),
        floor=(("cn_lou", 0.8), ("omit", 0.2)),
        ordinal=(("di_cn", 0.6), ("cn_hao", 0.4)),
        no_topics=0.2,
    ),
    "fgj": _Style(
        names=(("full", 0.6), ("short", 0.4)),
        block=(("hao", 1.0),),
        floor=(("ceng", 0.6), ("cn_ceng", 0.4)),
        ordinal=(("di_cn", 1.0),),
        sectors="letter",
        kind_bias="PUBLICITY",
        kind_flip=0.35,
        no_topics=0.3,
    ),
    "yjj": _Style(
        names=(("full", 0.7), ("short", 0.3)),
        block=(("hao", 0.8), ("hash", 0.2)),
        floor=(("num_lou", 0.6), ("cn_lou", 0.4)),
        ordinal=(("di_num", 0.5), ("hao", 0.5)),
        kind_bias="TRAINING",
        kind_flip=0.4,
        signin=0.3,
        capacity=0.5,
    ),
    "kjj": _Style(
        names=(("bare", 0.5), ("short", 0.5)),
        block=(("dong", 0.7), ("hao", 0.3)),
        floor=(("F", 0.5), ("num_lou", 0.5)),
        ordinal=(("hao", 1.0),),
        sectors="en",
        regions=(("full", 0.8), ("pinyin", 0.2)),
    ),
    "nyj": _Style(
        names=(("short", 0.5), ("bare", 0.5)),
        block=(("cn", 1.0),),
        floor=(("cn_lou", 1.0),),
        ordinal=(("cn", 0.6), ("di_cn", 0.4)),
        regions=(("full", 0.4), ("bare", 0.4), ("old", 0.2)),
        kind_bias="TRAINING",
        kind_flip=0.2,
        no_topics=0.25,
        code=(("plain", 1.0),),
    ),
    "jkq": _Style(
        names=(("abbr", 0.5), ("bare", 0.3), ("short", 0.2)),
        block=(("hao", 0.5), ("dong", 0.5)),
        floor=(("F", 0.6), ("num_lou", 0.4)),
        ordinal=(("hao", 0.7), ("di_num", 0.3)),
        sectors="letter",
        regions=(("bare", 0.5), ("full", 0.5)),
        no_topics=0.4,
        utc=True,
        code=(("plain", 1.0),),
    ),
    "gsl": _Style(
        names=(("short", 0.5), ("full", 0.3), ("bare", 0.2)),
        block=(("hao", 1.0),),
        floor=(("cn_lou", 0.5), ("num_lou", 0.5)),
        ordinal=(("di_cn", 1.0),),
        kind_bias="PUBLICITY",
        kind_flip=0.45,
        no_topics=0.2,
        capacity=0.2,
    ),
    "ybj": _Style(
        names=(("city", 0.5), ("full", 0.3), ("short", 0.2)),
        block=(("hao", 0.5), ("cn", 0.5)),
        floor=(("cn_lou", 0.5), ("ceng", 0.5)),
        ordinal=(("di_cn", 0.5), ("hao", 0.5)),
        kind_bias="PUBLICITY",
        kind_flip=0.3,
        no_topics=0.2,
    ),
}

# a department's own series of sessions, numbered 第N期 within a year
_DEPT_SERIES: Final[dict[str, tuple[str, str, float]]] = {
    "tax": ("纳税人学堂", "Taxpayer School", 0.2),
    "gsl": ("翁商大讲堂", "Wengyuan Business Forum", 0.35),
    "yjj": ("安全生产公益大讲堂", "Work Safety Lecture", 0.25),
}

# how a co-host names the owner of a series it mentions
_DEPT_SHORT: Final[dict[str, str]] = {"tax": "县税务局", "gsl": "县工商联", "yjj": "县应急管理局"}

_SFX: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "*": {
        "TRAINING": ("培训", "培训会", "专题培训", "辅导"),
        "PUBLICITY": ("宣讲会", "政策宣讲", "解读会", "宣讲"),
    },
    "tax": {
        "TRAINING": ("辅导", "培训", "专题辅导", "辅导会"),
        "PUBLICITY": ("解读会", "政策解读", "宣讲会"),
    },
    "rsj": {
        "TRAINING": ("培训班", "培训", "专题培训"),
        "PUBLICITY": ("宣讲会", "政策宣讲", "宣讲活动"),
    },
    "gov": {"TRAINING": ("专题培训", "培训会"), "PUBLICITY": ("宣讲会", "政策宣讲会", "宣讲活动")},
    "gsl": {"TRAINING": ("专题培训", "培训"), "PUBLICITY": ("宣讲会", "解读会", "专题讲座")},
    "yjj": {"TRAINING": ("培训", "培训班", "专题培训"), "PUBLICITY": ("宣讲", "宣讲会")},
    "nyj": {"TRAINING": ("培训", "技术培训", "培训班"), "PUBLICITY": ("宣讲", "政策宣讲", "宣传")},
}
_EN_SFX: Final[dict[str, tuple[str, ...]]] = {
    "TRAINING": ("Training", "Workshop", "Training Session"),
    "PUBLICITY": ("Briefing", "Policy Briefing", "Info Session"),
}


# --------------------------------------------------------------------------------------
# Policy subjects
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Policy:
    pid: str
    lead: str
    kind: str
    titles: dict[str, tuple[str, ...]]
    topics: dict[str, tuple[str, ...]]
    cohosts: _W = ()
    p_co: float = 0.27
    sectors: tuple[tuple[str, ...], ...] = ((),)
    venues: _W = (("hall", 1.0),)
    durations: tuple[int, ...] = (90, 120)
    online: float = 0.08
    en: tuple[str, ...] = ()
    export: bool = False
    sibling: str | None = None
    tour: bool = False
    classes: bool = False
    periodic: bool = False
    sector_split: tuple[str, ...] = ()
    town_share: float = 0.0
    evening: float = 0.0
    saturday: float = 0.0
    fullday: float = 0.0
    weight: float = 1.0
    sfx: dict[str, tuple[str, ...]] | None = None


_POLICIES: Final[tuple[_Policy, ...]] = (
    # ---------------- 税务局 ----------------
    _Policy(
        "tax-vat-refund",
        "tax",
        "TRAINING",
        titles={
            "tax": ("增值税留抵退税政策", "增值税期末留抵退税政策"),
            "gsl": ("留抵退税新政", "增值税留抵退税惠企政策"),
            "gxj": ("工业企业增值税留抵退税政策",),
            "*": ("增值税留抵退税政策",),
        },
        topics={
            "tax": ("留抵退税", "增值税", "税收优惠"),
            "gsl": ("惠企政策", "减税降费"),
            "gxj": ("惠企", "工业企业"),
            "*": ("留抵退税", "惠企"),
        },
        en=("VAT Credit Refund Policy",),
        cohosts=(("gsl", 3), ("gxj", 2), ("fgj", 1), ("jkq", 1)),
        sectors=(("C",), ("C", "F"), ()),
        venues=(("tax", 3), ("service", 2), ("party", 1), ("zone", 1), ("hotel", 1)),
        sibling="tax-invoice",
        sector_split=("C", "F"),
        weight=1.2,
    ),
    _Policy(
        "tax-invoice",
        "tax",
        "TRAINING",
        titles={
            "tax": ("增值税发票管理政策", "数电发票推广应用", "全面数字化的电子发票开具"),
            "scjg": ("数电发票",),
            "gsl": ("增值税发票管理新规",),
            "*": ("增值税发票管理政策",),
        },
        topics={
            "tax": ("数电发票", "发票管理", "增值税"),
            "gsl": ("减税降费",),
            "*": ("发票管理",),
        },
        cohosts=(("gsl", 2), ("scjg", 1), ("swj", 1)),
        sectors=((), ("F",), ("C", "F")),
        venues=(("tax", 3), ("service", 2), ("hotel", 0.5), ("school", 0.5)),
        online=0.3,
        sibling="tax-vat-refund",
    ),
    _Policy(
        "tax-cit",
        "tax",
        "TRAINING",
        titles={
            "tax": ("{py}年度企业所得税汇算清缴", "企业所得税年度汇算清缴"),
            "gsl": ("企业所得税汇算清缴",),
            "kjj": ("企业所得税汇算清缴及研发费用归集",),
            "*": ("企业所得税汇算清缴",),
        },
        topics={
            "tax": ("企业所得税", "汇算清缴"),
            "gsl": ("税费服务",),
            "kjj": ("研发投入",),
            "*": ("企业所得税",),
        },
        cohosts=(("gsl", 2), ("kjj", 1), ("jkq", 1)),
        sectors=((), ("C",), ("C", "F", "L")),
        venues=(("tax", 3), ("service", 2), ("party", 1), ("hotel", 1)),
        online=0.3,
        sibling="tax-pit",
        sector_split=("C", "F"),
        weight=1.3,
    ),
    _Policy(
        "tax-pit",
        "tax",
        "TRAINING",
        titles={
            "tax": ("个人所得税综合所得年度汇算", "{py}年度个人所得税汇算"),
            "rsj": ("个税年度汇算",),
            "*": ("个人所得税年度汇算",),
        },
        topics={"tax": ("个人所得税", "汇算清缴"), "rsj": ("职工服务",), "*": ("个人所得税",)},
        cohosts=(("gsl", 1), ("rsj", 1)),
        venues=(("tax", 2), ("service", 2), ("hotel", 1)),
        online=0.4,
        sibling="tax-cit",
        weight=0.7,
    ),
    _Policy(
        "tax-rd",
        "tax",
        "TRAINING",
        titles={
            "tax": ("研发费用加计扣除政策", "研发费用税前加计扣除"),
            "kjj": ("研发费用加计扣除与科技创新税收优惠",),
            "gxj": ("制造业研发费用加计扣除政策",),
            "*": ("研发费用加计扣除政策",),
        },
        topics={
            "tax": ("加计扣除", "研发费用", "税收优惠"),
            "kjj": ("科技创新", "研发投入"),
            "gxj": ("制造业", "惠企"),
            "jkq": ("惠企政策",),
            "*": ("加计扣除",),
        },
        en=("R&D Expense Super Deduction",),
        cohosts=(("kjj", 3), ("gxj", 2), ("jkq", 2)),
        sectors=(("C", "M"), ("C", "I", "M"), ("C",)),
        venues=(("tax", 1), ("zone", 2), ("party", 1), ("service", 1), ("hotel", 1)),
    ),
    _Policy(
        "tax-smallbiz",
        "tax",
        "PUBLICITY",
        titles={
            "tax": ("小微企业和个体工商户税费优惠政策", "“六税两费”减免政策"),
            "scjg": ("个体工商户税费优惠政策",),
            "gsl": ("小微企业税费支持政策",),
            "*": ("小微企业和个体工商户税费优惠政策",),
        },
        topics={
            "tax": ("小微企业", "税费优惠", "六税两费"),
            "scjg": ("个体工商户", "惠企"),
            "gsl": ("减税降费", "小微企业"),
            "*": ("小微企业",),
        },
        cohosts=(("scjg", 2), ("gsl", 2), ("swj", 1)),
        sectors=(("F", "H", "O"), ("F",), ()),
        venues=(("service", 1), ("tax", 1), ("hotel", 1)),
        tour=True,
        town_share=0.45,
        saturday=0.1,
    ),
    _Policy(
        "tax-export",
        "tax",
        "TRAINING",
        titles={
            "tax": ("出口退（免）税政策", "出口退税申报实务"),
            "swj": ("出口退税政策",),
            "jkq": ("出口企业退税",),
            "*": ("出口退税政策",),
        },
        topics={
            "tax": ("出口退税", "税收优惠"),
            "swj": ("稳外贸", "外贸政策"),
            "jkq": ("惠企政策",),
            "*": ("出口退税",),
        },
        en=("Export Tax Rebate",),
        export=True,
        cohosts=(("swj", 3), ("jkq", 1)),
        sectors=(("C", "F"), ("C",)),
        venues=(("tax", 2), ("zone", 2), ("ecom", 1), ("hotel", 1)),
        weight=0.8,
    ),
    _Policy(
        "tax-socialfee",
        "tax",
        "TRAINING",
        titles={
            "tax": ("社会保险费申报缴纳", "社保费征缴业务"),
            "rsj": ("企业职工社会保险费缴纳",),
            "ybj": ("职工医保费征缴",),
            "*": ("社会保险费申报缴纳",),
        },
        topics={
            "tax": ("社保费", "缴费服务"),
            "rsj": ("社会保险", "养老保险"),
            "ybj": ("医保缴费",),
            "*": ("社保费",),
        },
        cohosts=(("rsj", 2), ("ybj", 2)),
        venues=(("tax", 2), ("service", 2), ("jobs", 1), ("hotel", 0.5)),
        online=0.3,
        weight=0.7,
    ),
    # ---------------- 人社局 ----------------
    _Policy(
        "rsj-pension",
        "rsj",
        "PUBLICITY",
        titles={
            "rsj": ("城乡居民基本养老保险政策", "养老保险政策"),
            "tax": ("城乡居民养老保险费缴费",),
            "nyj": ("城乡居民养老保险惠农政策",),
            "*": ("养老保险政策",),
        },
        topics={
            "rsj": ("养老保险", "社会保障"),
            "tax": ("社保费",),
            "nyj": ("惠农",),
            "*": ("养老保险",),
        },
        cohosts=(("tax", 2), ("nyj", 1), ("ybj", 1)),
        venues=(("jobs", 1), ("service", 1), ("hotel", 0.5)),
        tour=True,
        town_share=0.6,
        saturday=0.15,
        sibling="rsj-injury",
        weight=1.1,
    ),
    _Policy(
        "rsj-injury",
        "rsj",
        "PUBLICITY",
        titles={
            "rsj": ("工伤保险政策", "工伤预防"),
            "yjj": ("工伤预防与安全生产",),
            "*": ("工伤保险政策",),
        },
        topics={"rsj": ("工伤保险", "工伤预防"), "yjj": ("安全生产",), "*": ("工伤保险",)},
        cohosts=(("yjj", 2), ("jkq", 1), ("gsl", 1)),
        sectors=(("C", "E"), ("C",), ()),
        venues=(("jobs", 1), ("zone", 2), ("hall", 1), ("company", 1)),
        sibling="rsj-pension",
        weight=0.8,
    ),
    _Policy(
        "rsj-stable",
        "rsj",
        "PUBLICITY",
        titles={
            "rsj": ("稳岗返还及一次性扩岗补助政策", "就业补贴政策"),
            "gov": ("稳就业惠企政策",),
            "gsl": ("稳岗扩岗惠企政策",),
            "jkq": ("园区企业用工补贴政策",),
            "*": ("稳岗扩岗补贴政策",),
        },
        topics={
            "rsj": ("稳岗返还", "扩岗补助", "就业补贴"),
            "gov": ("稳就业", "惠企"),
            "gsl": ("惠企政策",),
            "jkq": ("惠企政策", "用工服务"),
            "*": ("稳就业",),
        },
        cohosts=(("gov", 2), ("gsl", 2), ("jkq", 2)),
        sectors=((), ("C",)),
        venues=(("jobs", 2), ("zone", 2), ("hall", 1), ("party", 1), ("hotel", 1)),
        sibling="rsj-startup",
        weight=1.1,
    ),
    _Policy(
        "rsj-startup",
        "rsj",
        "PUBLICITY",
        titles={
            "rsj": ("创业担保贷款贴息政策", "创业扶持政策"),
            "gsl": ("创业担保贷款",),
            "*": ("创业担保贷款政策",),
        },
        topics={
            "rsj": ("创业担保贷款", "创业扶持"),
            "gsl": ("融资",),
            "nyj": ("返乡创业",),
            "*": ("创业",),
        },
        cohosts=(("gsl", 2), ("nyj", 1)),
        venues=(("jobs", 2), ("ecom", 1), ("school", 1)),
        sibling="rsj-stable",
        weight=0.7,
    ),
    _Policy(
        "rsj-skills",
        "rsj",
        "TRAINING",
        titles={
            "rsj": ("电工职业技能等级认定", "低压电工职业技能"),
            "jkq": ("园区企业电工技能提升",),
            "gxj": ("工业企业电工技能提升",),
            "*": ("电工技能",),
        },
        topics={
            "rsj": ("技能培训", "职业技能等级认定"),
            "jkq": ("用工服务",),
            "gxj": ("技能提升",),
            "*": ("技能培训",),
        },
        cohosts=(("jkq", 2), ("gxj", 1)),
        sectors=(("C", "D"), ("C",)),
        venues=(("jobs", 3), ("party", 2), ("school", 2)),
        durations=(120, 180),
        classes=True,
        periodic=True,
        fullday=0.6,
        evening=0.12,
        sfx={"TRAINING": ("培训班", "培训", "考前培训"), "PUBLICITY": ("宣讲",)},
    ),
    _Policy(
        "rsj-cuisine",
        "rsj",
        "TRAINING",
        titles={
            "rsj": ("“粤菜师傅”客家菜烹饪技能", "粤菜师傅技能"),
            "swj": ("粤菜师傅餐饮服务提升",),
            "*": ("粤菜师傅技能",),
        },
        topics={"rsj": ("粤菜师傅", "技能培训"), "swj": ("餐饮", "促消费"), "*": ("粤菜师傅",)},
        cohosts=(("swj", 1),),
        p_co=0.25,
        sectors=(("H",),),
        venues=(("school", 3), ("hotel", 2), ("jobs", 1)),
        durations=(120, 180),
        classes=True,
        periodic=True,
        fullday=0.5,
        weight=0.6,
        sfx={"TRAINING": ("培训班", "培训"), "PUBLICITY": ("宣讲",)},
    ),
    _Policy(
        "rsj-housekeeping",
        "rsj",
        "TRAINING",
        titles={"rsj": ("“南粤家政”母婴护理员", "南粤家政养老护理员"), "*": ("南粤家政技能",)},
        topics={"rsj": ("南粤家政", "技能培训"), "*": ("南粤家政",)},
        cohosts=(("gsl", 1),),
        p_co=0.1,
        sectors=(("O",),),
        venues=(("school", 2), ("jobs", 2)),
        durations=(120, 180),
        periodic=True,
        fullday=0.5,
        weight=0.5,
        sfx={"TRAINING": ("培训班", "技能培训"), "PUBLICITY": ("宣讲",)},
    ),
    _Policy(
        "rsj-laborlaw",
        "rsj",
        "PUBLICITY",
        titles={
            "rsj": ("劳动用工法律法规", "劳动合同法律实务"),
            "gsl": ("企业劳动用工合规",),
            "jkq": ("园区企业劳动用工风险防范",),
            "*": ("劳动用工法律法规",),
        },
        topics={
            "rsj": ("劳动关系", "劳动合同"),
            "gsl": ("法律服务", "合规经营"),
            "jkq": ("用工服务",),
            "*": ("劳动关系",),
        },
        cohosts=(("gsl", 2), ("jkq", 2)),
        sectors=((), ("C",)),
        venues=(("jobs", 1), ("zone", 2), ("hall", 1), ("party", 1), ("hotel", 1)),
        weight=0.8,
    ),
    # ---------------- 市场监管局 ----------------
    _Policy(
        "scjg-gsp",
        "scjg",
        "TRAINING",
        titles={
            "scjg": ("药品经营质量管理规范（GSP）", "药店GSP合规", "零售药店GSP"),
            "ybj": ("定点零售药店药品经营规范",),
            "*": ("药品经营质量管理规范",),
        },
        topics={"scjg": ("药品安全", "GSP"), "ybj": ("医保定点", "药店管理"), "*": ("药品安全",)},
        cohosts=(("ybj", 3),),
        sectors=(("F",), ("F", "Q")),
        venues=(("market", 2), ("hall", 1), ("hotel", 1), ("party", 1)),
        weight=0.8,
    ),
    _Policy(
        "scjg-food",
        "scjg",
        "TRAINING",
        titles={
            "scjg": ("食品安全主体责任落实", "食品经营者食品安全主体责任"),
            "swj": ("餐饮企业食品安全",),
            "nyj": ("食用农产品质量安全",),
            "*": ("食品安全主体责任",),
        },
        topics={
            "scjg": ("食品安全", "主体责任"),
            "swj": ("餐饮", "促消费"),
            "nyj": ("农产品质量安全",),
            "*": ("食品安全",),
        },
        cohosts=(("swj", 1), ("nyj", 1)),
        sectors=(("H",), ("F", "H"), ("C", "F", "H")),
        venues=(("market", 2), ("hall", 1), ("hotel", 1)),
        town_share=0.3,
        sibling="scjg-foodlicense",
        sector_split=("C", "H"),
    ),
    _Policy(
        "scjg-foodlicense",
        "scjg",
        "TRAINING",
        titles={
            "scjg": ("食品生产许可审查", "食品生产许可"),
            "gxj": ("食品生产企业许可",),
            "*": ("食品生产许可",),
        },
        topics={"scjg": ("食品生产许可", "食品安全"), "gxj": ("食品工业",), "*": ("食品安全",)},
        cohosts=(("gxj", 1),),
        sectors=(("C",),),
        venues=(("market", 2), ("zone", 1), ("hall", 1), ("hotel", 0.5)),
        sibling="scjg-food",
        weight=0.5,
    ),
    _Policy(
        "scjg-export-std",
        "scjg",
        "TRAINING",
        titles={
            "scjg": ("出口产品质量标准与技术性贸易措施", "出口产品技术性贸易措施应对"),
            "swj": ("出口产品标准与认证",),
            "jkq": ("园区出口企业质量标准",),
            "*": ("出口产品质量标准",),
        },
        topics={
            "scjg": ("质量标准", "技术性贸易措施"),
            "swj": ("稳外贸", "外贸政策"),
            "jkq": ("惠企政策",),
            "*": ("质量标准",),
        },
        en=(
            "Export Product Quality Standards and TBT",
            "Technical Barriers to Trade for Exporters",
        ),
        export=True,
        cohosts=(("swj", 3), ("jkq", 1)),
        sectors=(("C",),),
        venues=(("zone", 2), ("market", 1), ("ecom", 1), ("hotel", 1)),
        online=0.2,
        weight=0.7,
    ),
    _Policy(
        "scjg-orchid-gi",
        "scjg",
        "TRAINING",
        titles={
            "scjg": ("翁源兰花地理标志保护与商标品牌建设", "地理标志商标品牌"),
            "nyj": ("翁源兰花品牌培育",),
            "swj": ("兰花出口品牌",),
            "*": ("翁源兰花地理标志保护",),
        },
        topics={
            "scjg": ("地理标志", "商标品牌", "知识产权"),
            "nyj": ("兰花产业", "品牌农业"),
            "swj": ("外贸政策",),
            "*": ("地理标志",),
        },
        en=("Wengyuan Orchid Geographical Indication and Trademark",),
        export=True,
        cohosts=(("nyj", 3), ("swj", 1)),
        sectors=(("A",), ("A", "F")),
        venues=(("orchid", 3), ("market", 1), ("hotel", 0.5)),
        town_share=0.2,
        weight=0.5,
    ),
    _Policy(
        "scjg-equip",
        "scjg",
        "TRAINING",
        titles={
            "scjg": ("特种设备安全管理", "电梯、锅炉等特种设备安全管理"),
            "yjj": ("特种设备安全与事故应急",),
            "jkq": ("园区企业特种设备安全",),
            "*": ("特种设备安全管理",),
        },
        topics={
            "scjg": ("特种设备", "安全管理"),
            "yjj": ("安全生产",),
            "jkq": ("安全生产",),
            "*": ("特种设备",),
        },
        cohosts=(("yjj", 2), ("jkq", 2)),
        sectors=(("C",), ("C", "K")),
        venues=(("market", 1), ("zone", 2), ("company", 2), ("hall", 1)),
        weight=0.7,
    ),
    _Policy(
        "scjg-annual",
        "scjg",
        "PUBLICITY",
        titles={
            "scjg": ("经营主体年度报告公示", "市场主体年报"),
            "tax": ("年报“多报合一”",),
            "gsl": ("企业年报填报",),
            "*": ("经营主体年报公示",),
        },
        topics={
            "scjg": ("年报公示", "信用监管"),
            "tax": ("纳税服务",),
            "gsl": ("企业服务",),
            "*": ("年报公示",),
        },
        cohosts=(("tax", 1), ("gsl", 2)),
        venues=(("service", 2), ("market", 1), ("hotel", 0.5)),
        online=0.45,
        town_share=0.2,
        weight=0.7,
    ),
    # ---------------- 商务局 ----------------
    _Policy(
        "swj-trade",
        "swj",
        "PUBLICITY",
        titles={
            "swj": ("稳外贸政策", "外贸惠企政策"),
            "tax": ("出口企业税收政策",),
            "scjg": ("外贸企业质量提升政策",),
            "jkq": ("园区外贸企业惠企政策",),
            "gov": ("稳外贸惠企政策",),
            "*": ("稳外贸政策",),
        },
        topics={
            "swj": ("稳外贸", "外贸政策"),
            "tax": ("出口退税",),
            "scjg": ("质量标准",),
            "jkq": ("惠企政策",),
            "gov": ("惠企",),
            "*": ("稳外贸",),
        },
        en=("Foreign Trade Policy", "Foreign Trade Support Policies"),
        cohosts=(("tax", 2), ("scjg", 1), ("jkq", 2), ("gov", 1)),
        sectors=(("C", "F"), ("C",)),
        venues=(("ecom", 1), ("hall", 1), ("zone", 2), ("hotel", 1)),
        tour=True,
        town_share=0.3,
        weight=1.1,
    ),
    _Policy(
        "swj-cbec",
        "swj",
        "TRAINING",
        titles={
            "swj": ("跨境电商实务", "跨境电商出海"),
            "rsj": ("跨境电商人才",),
            "jkq": ("园区企业跨境电商",),
            "*": ("跨境电商实务",),
        },
        topics={
            "swj": ("跨境电商", "外贸政策"),
            "rsj": ("电商人才", "技能培训"),
            "jkq": ("惠企政策",),
            "*": ("跨境电商",),
        },
        en=("Cross-border E-commerce Practice", "Cross-border E-commerce"),
        cohosts=(("rsj", 2), ("jkq", 1)),
        sectors=(("F",), ("C", "F"), ("F", "I")),
        venues=(("ecom", 4), ("school", 1), ("hotel", 1)),
        durations=(120, 150, 180),
        classes=True,
        periodic=True,
        sibling="swj-live",
    ),
    _Policy(
        "swj-live",
        "swj",
        "TRAINING",
        titles={
            "swj": ("直播电商", "农产品直播带货"),
            "nyj": ("三华李、兰花等农产品直播带货",),
            "rsj": ("直播电商人才",),
            "*": ("直播电商",),
        },
        topics={
            "swj": ("直播电商", "电商"),
            "nyj": ("农产品销售", "兰花产业"),
            "rsj": ("电商人才", "技能培训"),
            "*": ("直播电商",),
        },
        en=("Live-streaming E-commerce",),
        cohosts=(("nyj", 2), ("rsj", 2)),
        sectors=(("F",), ("A", "F")),
        venues=(("ecom", 4), ("school", 1)),
        durations=(120, 150),
        classes=True,
        periodic=True,
        evening=0.25,
        sibling="swj-cbec",
        town_share=0.15,
    ),
    _Policy(
        "swj-consume",
        "swj",
        "PUBLICITY",
        titles={
            "swj": ("消费品以旧换新政策", "促消费政策"),
            "fgj": ("以旧换新补贴政策",),
            "gov": ("促消费惠民政策",),
            "*": ("以旧换新政策",),
        },
        topics={
            "swj": ("促消费", "以旧换新"),
            "fgj": ("扩内需",),
            "gov": ("惠企",),
            "*": ("促消费",),
        },
        en=("Trade-in Subsidies for Consumer Goods",),
        cohosts=(("fgj", 2), ("gov", 1)),
        sectors=(("F",), ("F", "H")),
        venues=(("hall", 1), ("ecom", 1), ("hotel", 1)),
        town_share=0.2,
        weight=0.7,
    ),
    _Policy(
        "swj-rcep",
        "swj",
        "TRAINING",
        titles={
            "swj": ("RCEP原产地规则与关税减让", "RCEP规则运用"),
            "scjg": ("RCEP框架下出口产品标准",),
            "tax": ("RCEP项下出口退税",),
            "*": ("RCEP规则运用",),
        },
        topics={
            "swj": ("RCEP", "外贸政策", "稳外贸"),
            "scjg": ("技术性贸易措施",),
            "tax": ("出口退税",),
            "*": ("RCEP",),
        },
        en=("RCEP Rules of Origin and Tariff Concessions",),
        export=True,
        cohosts=(("scjg", 2), ("tax", 1)),
        sectors=(("C", "F"),),
        venues=(("ecom", 1), ("zone", 1), ("hotel", 1), ("hall", 1)),
        online=0.3,
        weight=0.5,
    ),
    # ---------------- 工信局 ----------------
    _Policy(
        "gxj-digital",
        "gxj",
        "TRAINING",
        titles={
            "gxj": ("中小企业数字化转型", "制造业数字化转型"),
            "kjj": ("工业互联网与数字化转型",),
            "jkq": ("园区企业数字化转型",),
            "*": ("中小企业数字化转型",),
        },
        topics={
            "gxj": ("数字化转型", "工业互联网"),
            "kjj": ("科技创新",),
            "jkq": ("惠企政策",),
            "*": ("数字化转型",),
        },
        en=("SME Digital Transformation",),
        cohosts=(("kjj", 2), ("jkq", 2)),
        sectors=(("C",), ("C", "I")),
        venues=(("zone", 2), ("hall", 1), ("company", 2), ("hotel", 1)),
        online=0.15,
        weight=0.9,
    ),
    _Policy(
        "gxj-srdi",
        "gxj",
        "TRAINING",
        titles={
            "gxj": ("专精特新中小企业培育申报", "专精特新中小企业认定"),
            "kjj": ("专精特新企业申报",),
            "jkq": ("园区专精特新企业培育",),
            "*": ("专精特新企业申报",),
        },
        topics={
            "gxj": ("专精特新", "中小企业"),
            "kjj": ("科技企业",),
            "jkq": ("惠企政策",),
            "*": ("专精特新",),
        },
        cohosts=(("kjj", 2), ("jkq", 2)),
        sectors=(("C",), ("C", "I", "M")),
        venues=(("zone", 2), ("hall", 1), ("hotel", 1)),
        sibling="kjj-hitech",
        weight=0.8,
    ),
    _Policy(
        "gxj-techrenov",
        "gxj",
        "PUBLICITY",
        titles={
            "gxj": ("工业企业技术改造政策", "技改专项资金申报"),
            "fgj": ("技术改造项目申报",),
            "jkq": ("园区企业技改政策",),
            "*": ("技术改造政策",),
        },
        topics={
            "gxj": ("技术改造", "工业投资"),
            "fgj": ("项目申报",),
            "jkq": ("惠企政策",),
            "*": ("技术改造",),
        },
        cohosts=(("fgj", 2), ("jkq", 2)),
        sectors=(("C",),),
        venues=(("zone", 2), ("hall", 2), ("hotel", 1)),
        weight=0.6,
    ),
    # ---------------- 发改局 ----------------
    _Policy(
        "fgj-project",
        "fgj",
        "TRAINING",
        titles={
            "fgj": ("地方政府专项债券项目申报", "中央预算内投资项目申报"),
            "gov": ("重大项目谋划储备",),
            "*": ("项目申报",),
        },
        topics={"fgj": ("项目申报", "专项债"), "gov": ("项目建设",), "*": ("项目申报",)},
        cohosts=(("gov", 2),),
        sectors=(("E", "N"), ()),
        venues=(("hall", 3), ("party", 1), ("hotel", 0.5)),
        weight=0.5,
    ),
    _Policy(
        "fgj-energy",
        "fgj",
        "TRAINING",
        titles={
            "fgj": ("节能降碳", "重点用能单位节能管理"),
            "gxj": ("工业节能降碳",),
            "*": ("节能降碳",),
        },
        topics={
            "fgj": ("节能降碳", "能耗双控"),
            "gxj": ("绿色制造",),
            "jkq": ("绿色园区",),
            "*": ("节能降碳",),
        },
        cohosts=(("gxj", 2), ("jkq", 1)),
        sectors=(("C", "D"), ("C",)),
        venues=(("hall", 2), ("zone", 2), ("hotel", 1)),
        weight=0.5,
    ),
    _Policy(
        "fgj-bizenv",
        "fgj",
        "PUBLICITY",
        titles={
            "fgj": ("《广东省优化营商环境条例》", "优化营商环境政策"),
            "gov": ("优化营商环境",),
            "gsl": ("营商环境政策",),
            "*": ("优化营商环境政策",),
        },
        topics={
            "fgj": ("营商环境",),
            "gov": ("营商环境", "惠企"),
            "gsl": ("营商环境", "民营经济"),
            "*": ("营商环境",),
        },
        cohosts=(("gov", 2), ("gsl", 2)),
        venues=(("hall", 2), ("party", 1), ("hotel", 1), ("service", 1)),
        weight=0.6,
    ),
    # ---------------- 应急管理局 ----------------
    _Policy(
        "yjj-mainresp",
        "yjj",
        "TRAINING",
        titles={
            "yjj": ("企业安全生产主体责任", "新《安全生产法》"),
            "jkq": ("园区企业安全生产",),
            "gxj": ("工贸企业安全生产",),
            "*": ("安全生产主体责任",),
        },
        topics={
            "yjj": ("安全生产", "主体责任"),
            "jkq": ("安全生产",),
            "gxj": ("工贸企业",),
            "*": ("安全生产",),
        },
        cohosts=(("jkq", 2), ("gxj", 2)),
        sectors=(("C",), ("B", "C"), ("C", "E")),
        venues=(("hall", 1), ("zone", 2), ("party", 1), ("company", 2), ("hotel", 1)),
        town_share=0.2,
        sector_split=("C", "E"),
    ),
    _Policy(
        "yjj-hazchem",
        "yjj",
        "TRAINING",
        titles={
            "yjj": ("危险化学品安全管理",),
            "jkq": ("园区危化品企业安全管理",),
            "scjg": ("危险化学品经营安全",),
            "*": ("危险化学品安全管理",),
        },
        topics={
            "yjj": ("危险化学品", "安全生产"),
            "jkq": ("安全生产",),
            "scjg": ("产品质量安全",),
            "*": ("危险化学品",),
        },
        cohosts=(("jkq", 2), ("scjg", 1)),
        sectors=(("C", "F"), ("C",)),
        venues=(("zone", 2), ("hall", 1), ("company", 2)),
        weight=0.5,
    ),
    _Policy(
        "yjj-confined",
        "yjj",
        "TRAINING",
        titles={
            "yjj": ("有限空间作业安全", "有限空间作业安全技能"),
            "jkq": ("有限空间作业",),
            "*": ("有限空间作业安全",),
        },
        topics={"yjj": ("有限空间", "安全生产"), "jkq": ("安全生产",), "*": ("有限空间",)},
        cohosts=(("jkq", 2),),
        sectors=(("C", "N"), ("C",)),
        venues=(("zone", 1), ("company", 3), ("hall", 1)),
        weight=0.5,
    ),
    # ---------------- 科技局 ----------------
    _Policy(
        "kjj-hitech",
        "kjj",
        "TRAINING",
        titles={
            "kjj": ("高新技术企业认定申报", "高新技术企业认定"),
            "tax": ("高新技术企业税收优惠",),
            "gxj": ("高新技术企业培育",),
            "jkq": ("园区高企认定",),
            "*": ("高新技术企业认定",),
        },
        topics={
            "kjj": ("高新技术企业", "科技创新"),
            "tax": ("税收优惠",),
            "gxj": ("企业培育",),
            "jkq": ("惠企政策",),
            "*": ("高新技术企业",),
        },
        en=("High-tech Enterprise Certification",),
        cohosts=(("tax", 2), ("gxj", 1), ("jkq", 2)),
        sectors=(("C", "I", "M"), ("C", "M")),
        venues=(("zone", 2), ("hall", 1), ("hotel", 1)),
        online=0.2,
        sibling="gxj-srdi",
        weight=0.8,
    ),
    _Policy(
        "kjj-techsme",
        "kjj",
        "TRAINING",
        titles={
            "kjj": ("科技型中小企业评价入库",),
            "gxj": ("科技型中小企业评价",),
            "*": ("科技型中小企业评价",),
        },
        topics={
            "kjj": ("科技型中小企业", "科技创新"),
            "gxj": ("中小企业",),
            "tax": ("加计扣除",),
            "*": ("科技型中小企业",),
        },
        cohosts=(("gxj", 1), ("tax", 1)),
        sectors=(("C", "I", "M"),),
        venues=(("zone", 1), ("hall", 1), ("hotel", 1)),
        online=0.4,
        sibling="kjj-hitech",
        weight=0.5,
    ),
    # ---------------- 农业农村局 ----------------
    _Policy(
        "nyj-orchid",
        "nyj",
        "TRAINING",
        titles={
            "nyj": ("兰花种植与病虫害防治技术", "国兰栽培管理技术"),
            "kjj": ("兰花组培育苗技术",),
            "rsj": ("兰花种植技能",),
            "*": ("兰花种植技术",),
        },
        topics={
            "nyj": ("兰花产业", "农业技术"),
            "kjj": ("科技特派员",),
            "rsj": ("技能培训",),
            "*": ("兰花产业",),
        },
        cohosts=(("kjj", 2), ("rsj", 1), ("scjg", 0.5)),
        sectors=(("A",),),
        venues=(("orchid", 3), ("agri", 1), ("village", 1)),
        town_share=0.4,
        periodic=True,
        weight=0.9,
        sfx={"TRAINING": ("培训", "培训班", "现场培训"), "PUBLICITY": ("推介会", "宣讲")},
    ),
    _Policy(
        "nyj-subsidy",
        "nyj",
        "PUBLICITY",
        titles={
            "nyj": ("耕地地力保护补贴政策", "惠农补贴政策"),
            "gov": ("强农惠农政策",),
            "*": ("惠农补贴政策",),
        },
        topics={"nyj": ("惠农补贴", "耕地保护"), "gov": ("惠农",), "*": ("惠农",)},
        cohosts=(("gov", 1), ("ybj", 0.5)),
        sectors=(("A",),),
        venues=(("agri", 1), ("village", 1)),
        tour=True,
        town_share=0.8,
        saturday=0.2,
        weight=0.8,
    ),
    _Policy(
        "nyj-plum",
        "nyj",
        "TRAINING",
        titles={
            "nyj": ("三华李种植与保鲜技术", "三华李标准化种植"),
            "swj": ("三华李电商销售",),
            "*": ("三华李种植技术",),
        },
        topics={
            "nyj": ("三华李", "农业技术"),
            "swj": ("直播电商", "电商"),
            "kjj": ("科技特派员",),
            "*": ("三华李",),
        },
        cohosts=(("swj", 1), ("kjj", 1)),
        sectors=(("A",),),
        venues=(("agri", 1), ("village", 2)),
        town_share=0.6,
        weight=0.5,
        sfx={"TRAINING": ("培训", "现场培训", "技术培训"), "PUBLICITY": ("推介会", "宣讲")},
    ),
    _Policy(
        "nyj-farm",
        "nyj",
        "TRAINING",
        titles={
            "nyj": ("家庭农场和农民合作社规范化建设", "新型农业经营主体"),
            "gsl": ("涉农企业发展",),
            "*": ("新型农业经营主体",),
        },
        topics={
            "nyj": ("新型农业经营主体", "家庭农场"),
            "gsl": ("民营经济",),
            "rsj": ("技能培训",),
            "*": ("家庭农场",),
        },
        cohosts=(("gsl", 1), ("rsj", 1)),
        sectors=(("A",),),
        venues=(("agri", 2), ("party", 1), ("village", 1)),
        town_share=0.4,
        weight=0.5,
    ),
    # ---------------- 经开区管委会 ----------------
    _Policy(
        "jkq-service",
        "jkq",
        "PUBLICITY",
        titles={
            "jkq": ("企业服务日惠企政策", "惠企政策直达快享"),
            "gov": ("惠企政策进园区",),
            "gxj": ("工业企业惠企政策",),
            "*": ("惠企政策进园区",),
        },
        topics={
            "jkq": ("惠企政策", "企业服务"),
            "gov": ("惠企",),
            "gxj": ("惠企",),
            "tax": ("税收优惠",),
            "*": ("惠企",),
        },
        cohosts=(("gov", 2), ("gxj", 1), ("tax", 1)),
        sectors=(("C",), ()),
        venues=(("zone", 4), ("company", 1)),
        weight=0.8,
    ),
    # ---------------- 工商联 ----------------
    _Policy(
        "gsl-finance",
        "gsl",
        "PUBLICITY",
        titles={
            "gsl": ("政银企融资", "银企融资"),
            "gov": ("金融助企融资",),
            "fgj": ("重点项目融资",),
            "*": ("政银企融资",),
        },
        topics={
            "gsl": ("融资", "金融服务"),
            "gov": ("惠企", "金融"),
            "fgj": ("项目融资",),
            "*": ("融资",),
        },
        cohosts=(("gov", 2), ("fgj", 1), ("jkq", 1)),
        sectors=((), ("C",)),
        venues=(("hall", 1), ("hotel", 2), ("zone", 1)),
        weight=0.7,
        sfx={"PUBLICITY": ("对接会", "对接活动"), "TRAINING": ("对接培训",)},
    ),
    _Policy(
        "gsl-privlaw",
        "gsl",
        "PUBLICITY",
        titles={
            "gsl": ("《民营经济促进法》", "民营经济促进法"),
            "gov": ("民营经济促进法",),
            "*": ("民营经济促进法",),
        },
        topics={"gsl": ("民营经济", "法治"), "gov": ("营商环境",), "*": ("民营经济",)},
        cohosts=(("gov", 2), ("fgj", 1)),
        venues=(("hall", 1), ("party", 2), ("hotel", 1)),
        weight=0.6,
    ),
    # ---------------- 医保局 ----------------
    _Policy(
        "ybj-fund",
        "ybj",
        "TRAINING",
        titles={
            "ybj": ("医保基金使用监督管理", "定点医药机构医保基金监管"),
            "scjg": ("药店医保合规经营",),
            "*": ("医保基金监管",),
        },
        topics={"ybj": ("医保基金监管", "定点医药机构"), "scjg": ("药品安全",), "*": ("医保基金",)},
        cohosts=(("scjg", 2),),
        sectors=(("F", "Q"), ("Q",)),
        venues=(("hall", 1), ("party", 1), ("hotel", 1), ("market", 1)),
        weight=0.6,
    ),
    _Policy(
        "ybj-employee",
        "ybj",
        "PUBLICITY",
        titles={
            "ybj": ("职工基本医疗保险政策", "职工医保参保缴费"),
            "tax": ("职工医保费缴纳",),
            "rsj": ("职工医保",),
            "*": ("职工医保政策",),
        },
        topics={
            "ybj": ("职工医保", "医保政策"),
            "tax": ("社保费",),
            "rsj": ("社会保障",),
            "*": ("医保",),
        },
        cohosts=(("tax", 2), ("rsj", 1)),
        venues=(("service", 2), ("hall", 1), ("hotel", 0.5)),
        tour=True,
        town_share=0.4,
        weight=0.6,
    ),
    # ---------------- 县政府办 ----------------
    _Policy(
        "gov-huiqi",
        "gov",
        "PUBLICITY",
        titles={
            "gov": ("惠企政策", "惠企政策进镇村"),
            "gsl": ("惠企政策",),
            "jkq": ("惠企政策",),
            "tax": ("税费优惠政策",),
            "*": ("惠企政策",),
        },
        topics={
            "gov": ("惠企",),
            "gsl": ("惠企政策", "民营经济"),
            "jkq": ("惠企政策",),
            "tax": ("税收优惠",),
            "fgj": ("惠企政策",),
            "*": ("惠企",),
        },
        cohosts=(("gsl", 2), ("jkq", 1), ("tax", 2), ("fgj", 1), ("rsj", 1)),
        venues=(("hall", 2), ("party", 1), ("hotel", 0.5)),
        tour=True,
        town_share=0.4,
        saturday=0.05,
        weight=0.8,
    ),
    _Policy(
        "gov-ysp",
        "gov",
        "TRAINING",
        titles={
            "gov": ("“粤商通”涉企服务平台应用", "政务服务“一网通办”"),
            "scjg": ("“粤商通”",),
            "gsl": ("粤商通APP使用",),
            "*": ("“粤商通”平台应用",),
        },
        topics={
            "gov": ("政务服务", "粤商通"),
            "scjg": ("登记注册",),
            "gsl": ("企业服务",),
            "*": ("政务服务",),
        },
        cohosts=(("scjg", 1), ("gsl", 1)),
        venues=(("service", 3), ("hotel", 0.5)),
        online=0.3,
        weight=0.5,
    ),
)

# where a department holds its own sessions when it runs one on another department's subject
_HOME: Final[dict[str, str]] = {
    "tax": "tax",
    "rsj": "jobs",
    "scjg": "market",
    "swj": "ecom",
    "jkq": "zone",
    "nyj": "agri",
    "gov": "hall",
    "fgj": "hall",
    "gxj": "hall",
    "yjj": "hall",
    "kjj": "hall",
    "gsl": "hotel",
    "ybj": "service",
}
_BY_ID: Final[dict[str, _Policy]] = {p.pid: p for p in _POLICIES}
_SCALABLE: Final = frozenset({"hotel", "school", "company", "village"})

# --------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------


@dataclass
class _Online:
    platform: str  # tencent | dingtalk | feishu | zoom
    code: str
    token: str


@dataclass
class _Session:
    sid: int
    policy: _Policy
    kind: str
    start: datetime
    end: datetime
    hosts: list[str]
    room: _Room | None
    online: _Online | None
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    qual: tuple[
        str, ...
    ] = ()  # ("town", 镇, 站|专场) | ("class", n) | ("half", am|pm) | ("sector", letter)
    series: tuple[str, str] | None = None  # (department, series key)
    series_no: int = 0
    capacity: int | None = None
    reg_url: str | None = None
    market_day: bool = False
    null_p: float = 0.25
    scenario: str = "single"


_CNY: Final[dict[int, date]] = {
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
}


def _holiday(d: date) -> bool:
    md = (d.month, d.day)
    if md == (1, 1) or (4, 4) <= md <= (4, 6) or (5, 1) <= md <= (5, 5) or (10, 1) <= md <= (10, 7):
        return True
    cny = _CNY.get(d.year, date(d.year, 2, 5))
    return cny - timedelta(days=1) <= d <= cny + timedelta(days=6)


def _dt(day: date, minute: int) -> datetime:
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=CST)


_MORNING: Final = (510, 540, 570, 600)  # 08:30 09:00 09:30 10:00
_AFTERNOON: Final = (840, 870, 900, 930)  # 14:00 14:30 15:00 15:30


class _Builder:
    def __init__(self, seed: int, sessions: int | None) -> None:
        self.rng = random.Random(seed)
        self.target = _BASE_SESSIONS if sessions is None else max(0, sessions)
        scale = max(self.target, 1) / _BASE_SESSIONS
        # larger workloads spread over more days (scale**0.6) and more venues (scale**0.4)
        weeks = max(2, round(_BASE_WEEKS * scale**0.6))
        self.series_f = 1.0 / scale**0.4 if scale > 1 else 1.0
        days = [_START + timedelta(days=i) for i in range(weeks * 7)]
        self.workdays = [d for d in days if d.weekday() < 5 and not _holiday(d)]
        self.saturdays = [d for d in days if d.weekday() == 5 and not _holiday(d)]
        self.day_index = {d: i for i, d in enumerate(self.workdays)}
        self.sessions: list[_Session] = []
        self.hn: Counter[str] = Counter()
        self.occ: dict[tuple[str, date], list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()
        self.scenario = "single"
        self._venues(scale)
        self._candidates()

    # ---------------------------------------------------------------- venues
    def _venues(self, scale: float) -> None:
        rooms = _county_rooms()
        extra = [_company(i) for i in range(4)] + [_village(j) for j in range(6)] + [_school(0)]
        base_count = sum(1 for r in rooms if r.label != "none") + sum(len(rs) for _, rs in extra)
        want = round(base_count * (scale**0.4 - 1)) if scale > 1 else 0
        counters = {"company": 4, "village": 6, "school": 1, "hotel": 0}
        makers = {"company": _company, "village": _village, "school": _school, "hotel": _hotel}
        cycle = ("company", "village", "hotel", "company", "village", "school")
        added = 0
        i = 0
        while added < want:
            kind = cycle[i % len(cycle)]
            i += 1
            b, rs = makers[kind](counters[kind])
            counters[kind] += 1
            extra.append((b, rs))
            added += len(rs)
        for _, rs in extra:
            rooms.extend(rs)
        self.rooms = rooms
        self.by_bldg: dict[str, list[_Room]] = {}
        for r in rooms:
            self.by_bldg.setdefault(r.bldg.key, []).append(r)

    def _candidates(self) -> None:
        by_tag: dict[str, list[_Room]] = {}
        for r in self.rooms:
            by_tag.setdefault(r.bldg.tag, []).append(r)
        self.by_tag = by_tag
        self.cand: dict[str, tuple[list[_Room], list[float]]] = {}
        self.multi: dict[str, tuple[list[str], list[float]]] = {}
        for p in _POLICIES:
            venues = list(p.venues)
            if not any(t in _SCALABLE for t, _ in venues):
                venues.append(("hotel", 0.3))
            rooms: list[_Room] = []
            weights: list[float] = []
            bkeys: list[str] = []
            bweights: list[float] = []
            for tag, w in venues:
                for r in by_tag.get(tag, []):
                    rooms.append(r)
                    weights.append(w)
                seen: list[str] = []
                for r in by_tag.get(tag, []):
                    if r.bldg.key not in seen:
                        seen.append(r.bldg.key)
                for key in seen:
                    if len(self.by_bldg[key]) >= 2:
                        bkeys.append(key)
                        bweights.append(w * len(self.by_bldg[key]))
            self.cand[p.pid] = (rooms, _cum(weights))
            self.multi[p.pid] = (bkeys, _cum(bweights))
        self.town_rooms: dict[str, list[_Room]] = {t: [] for t in _TOWNS}
        self.town_gov: dict[str, list[_Room]] = {t: [] for t in _TOWNS}
        self.squares: dict[str, _Room] = {}
        for r in self.rooms:
            tag = r.bldg.tag
            if tag == "town":
                self.town_gov[r.bldg.town].append(r)
            if tag == "square":
                self.squares[r.bldg.town] = r
            elif tag in ("town", "village", "company"):
                self.town_rooms[r.bldg.town].append(r)
        weights = [p.weight for p in _POLICIES]
        self.pcum = _cum(weights)
        self.tag_policies: dict[str, list[_Policy]] = {}
        for p in _POLICIES:
            for tag, _ in p.venues:
                self.tag_policies.setdefault(tag, []).append(p)

    # ---------------------------------------------------------------- primitives
    def _policy(self, pool: Sequence[_Policy] | None = None) -> _Policy:
        if pool is None:
            return self.rng.choices(_POLICIES, cum_weights=self.pcum)[0]
        return self.rng.choices(list(pool), weights=[p.weight for p in pool])[0]

    def _workday_index(self, tail: int = 0) -> int:
        return self.rng.randrange(max(1, len(self.workdays) - tail))

    def _workday(self) -> date:
        return self.workdays[self._workday_index()]

    def _slot(
        self, p: _Policy, day: date, part: str | None = None, dur: int | None = None
    ) -> tuple[datetime, datetime]:
        rng = self.rng
        if part is None:
            r = rng.random()
            if r < p.fullday:
                part = "day"
            elif r < p.fullday + p.evening:
                part = "evening"
            else:
                part = "am" if rng.random() < 0.5 else "pm"
        if part == "day":
            start = rng.choice((510, 540))
            end = 1020 if rng.random() < 0.7 else 1050
        elif part == "evening":
            start = rng.choice((1170, 1200))
            end = start + 90
        elif part == "market":
            start = rng.choice((510, 540))
            end = rng.choice((690, 720))
        else:
            d = dur or rng.choice(p.durations)
            if part == "am":
                d = min(d, 180)
                starts = [m for m in _MORNING if m + d <= 720] or [510]
            else:
                d = min(d, 210)
                starts = [m for m in _AFTERNOON if m + d <= 1050] or [840]
            start = rng.choice(starts)
            end = start + d
        return _dt(day, start), _dt(day, end)

    def _free(self, room: _Room, s: datetime, e: datetime) -> bool:
        pad = timedelta(minutes=15)
        return all(
            not (a < e + pad and s < b + pad) for a, b in self.occ.get((room.key, s.date()), ())
        )

    def _book(self, room: _Room, s: datetime, e: datetime) -> None:
        self.occ.setdefault((room.key, s.date()), []).append((s, e))

    def _find_room(
        self, p: _Policy, s: datetime, e: datetime, town: str | None = None, tries: int = 8
    ) -> _Room | None:
        rng = self.rng
        if town is not None:
            gov = self.town_gov[town]
            pool = self.town_rooms[town]
            for _ in range(tries):
                r = rng.choice(gov) if rng.random() < 0.6 else rng.choice(pool)
                if r.bldg.tag == "company" and p.lead not in ("yjj", "scjg", "gxj", "jkq"):
                    continue
                if self._free(r, s, e):
                    return r
            return None
        rooms, cum = self.cand[p.pid]
        for _ in range(tries):
            r = rng.choices(rooms, cum_weights=cum)[0]
            if self._free(r, s, e):
                return r
        return None

    def _home_room(self, dept: str, s: datetime, e: datetime) -> _Room | None:
        """A free room in the department's own usual venue, when it has one."""
        rooms = self.by_tag.get(_HOME.get(dept, ""), [])
        for _ in range(min(6, len(rooms))):
            r = self.rng.choice(rooms)
            if self._free(r, s, e):
                return r
        return None

    def _token(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(n))

    def _online(self, p: _Policy, lead: str) -> _Online:
        rng = self.rng
        r = rng.random()
        if lead in ("swj", "scjg") and p.export and r < 0.4:
            platform = "zoom"
        elif lead in ("rsj", "nyj", "ybj") and r < 0.25:
            platform = "dingtalk"
        elif lead in ("gxj", "kjj") and r < 0.35:
            platform = "feishu"
        else:
            platform = "tencent"
        digits = 11 if platform == "zoom" else 9
        while True:
            code = str(rng.randrange(10 ** (digits - 1), 10**digits))
            if code not in self.codes:
                self.codes.add(code)
                break
        return _Online(platform, code, self._token(8))

    def _hosts(self, p: _Policy, lead: str | None = None, boost: float = 0.0) -> list[str]:
        rng = self.rng
        lead = lead or p.lead
        hosts = [lead]
        pool = [(d, w) for d, w in p.cohosts if d != lead and d != p.lead]
        if lead != p.lead:
            pool.append((p.lead, 1.0))
        if pool and rng.random() < p.p_co + boost:
            r = rng.random()
            n = 1 if r < 0.76 else 2 if r < 0.95 else 3
            for _ in range(n):
                if not pool:
                    break
                d = _pick(rng, pool)
                hosts.append(d)
                pool = [x for x in pool if x[0] != d]
        return hosts

    def _add(
        self,
        p: _Policy,
        s: datetime,
        e: datetime,
        room: _Room | None,
        online: _Online | None,
        *,
        hosts: list[str] | None = None,
        town: str | None = None,
        sectors: tuple[str, ...] | None = None,
        qual: tuple[str, ...] = (),
        series: tuple[str, str] | None = None,
        auto_series: bool = True,
        market: bool = False,
        null_p: float = 0.25,
    ) -> _Session:
        rng = self.rng
        hosts = hosts or self._hosts(p)
        lead = hosts[0]
        if series is None and auto_series and not qual and not market:
            if lead in _DEPT_SERIES and rng.random() < _DEPT_SERIES[lead][2] * self.series_f:
                series = (lead, _DEPT_SERIES[lead][0])
            elif p.periodic and lead == p.lead and rng.random() < 0.35 * self.series_f:
                series = (lead, p.pid)
        if room is not None:
            self._book(room, s, e)
            cap = min(room.capacity, rng.choice((30, 40, 50, 60, 80, 100, 120, 150, 200)))
        else:
            cap = rng.choice((100, 200, 300, 500))
        reg = None
        if rng.random() < 0.35:
            reg = (
                f"https://www.wjx.cn/vm/{self._token(7)}.aspx"
                if rng.random() < 0.7
                else f"https://jinshuju.net/f/{self._token(6)}"
            )
        sess = _Session(
            sid=len(self.sessions),
            policy=p,
            kind=p.kind,
            start=s,
            end=e,
            hosts=hosts,
            room=room,
            online=online,
            sectors=sectors if sectors is not None else rng.choice(p.sectors),
            regions=(town,) if town else (),
            qual=qual,
            series=series,
            capacity=cap,
            reg_url=reg,
            market_day=market,
            null_p=null_p,
            scenario=self.scenario,
        )
        self.sessions.append(sess)
        return sess

    # ---------------------------------------------------------------- scenarios
    def _single(self, p: _Policy | None = None) -> int:
        rng = self.rng
        p = p or self._policy()
        town: str | None = None
        part: str | None = None
        if p.saturday and self.saturdays and rng.random() < p.saturday:
            day = rng.choice(self.saturdays)
            town = rng.choice(_TOWNS)
            part = "market"
        else:
            day = self._workday()
            if rng.random() < p.town_share:
                town = rng.choice(_TOWNS)
        hosts = self._hosts(p)
        online_p = p.online * (0.2 if town else 1.0)
        for _ in range(6):
            s, e = self._slot(p, day, part)
            if part != "market" and rng.random() < online_p:
                self._add(p, s, e, None, self._online(p, hosts[0]), hosts=hosts)
                return 1
            room = (
                self.squares[town] if part == "market" and town else self._find_room(p, s, e, town)
            )
            if room is not None and self._free(room, s, e):
                hybrid = None
                if hosts[0] in ("tax", "swj", "gxj", "kjj", "gov") and rng.random() < 0.07:
                    hybrid = self._online(p, hosts[0])
                qual: tuple[str, ...] = ()
                if town and part != "market" and rng.random() < 0.3:
                    qual = ("town", town, "专场")
                self._add(
                    p,
                    s,
                    e,
                    room,
                    hybrid,
                    hosts=hosts,
                    town=town,
                    qual=qual,
                    market=part == "market",
                )
                return 1
            day = rng.choice(self.saturdays) if part == "market" else self._workday()
        s, e = self._slot(p, day, "am" if part == "market" else part)
        self._add(p, s, e, None, self._online(p, hosts[0]), hosts=hosts)
        return 1

    def _two_rooms(self, p: _Policy) -> tuple[_Room, _Room] | None:
        keys, cum = self.multi[p.pid]
        if not keys:
            return None
        key = self.rng.choices(keys, cum_weights=cum)[0]
        rooms = [r for r in self.by_bldg[key] if r.label != "none"]
        if len(rooms) < 2:
            return None
        a, b = self.rng.sample(rooms, 2)
        return a, b

    def _related(self, p: _Policy, tag: str) -> _Policy:
        rng = self.rng
        allowed = self.tag_policies.get(tag, [])
        if p.sibling and rng.random() < 0.3 and any(q.pid == p.sibling for q in allowed):
            return _BY_ID[p.sibling]
        same = [q for q in allowed if q.lead == p.lead and q.pid != p.pid]
        if same and rng.random() < 0.6:
            return rng.choice(same)
        others = [q for q in allowed if q.pid != p.pid] or list(_POLICIES)
        return rng.choice(others)

    def _parallel_classes(self) -> int:
        rng = self.rng
        p = self._policy([q for q in _POLICIES if q.classes])
        pair = self._two_rooms(p)
        if pair is None:
            return 0
        r1, r2 = pair
        for _ in range(6):
            day = self._workday()
            s, e = self._slot(p, day)
            if self._free(r1, s, e) and self._free(r2, s, e):
                break
        else:
            return 0
        hosts = self._hosts(p)
        sectors = rng.choice(p.sectors)
        self._add(p, s, e, r1, None, hosts=hosts, sectors=sectors, qual=("class", "1"))
        hosts2 = hosts if rng.random() < 0.75 else self._hosts(p)
        self._add(p, s, e, r2, None, hosts=hosts2, sectors=sectors, qual=("class", "2"))
        self.hn["parallel_class"] += 1
        return 2

    def _parallel_rooms(self, later: bool) -> int:
        rng = self.rng
        p1 = self._policy()
        pair = self._two_rooms(p1)
        if pair is None:
            return 0
        r1, r2 = pair
        p2 = self._related(p1, r1.bldg.tag)
        for _ in range(6):
            day = self._workday()
            s1, e1 = self._slot(p1, day, rng.choice(("am", "pm")))
            if later:
                s2 = s1 + timedelta(minutes=rng.choice((30, 45, 60)))
                e2 = s2 + timedelta(minutes=rng.choice(p2.durations))
            else:
                s2 = s1
                e2 = s1 + timedelta(minutes=rng.choice(p2.durations))
            limit = _dt(day, 720 if s1.hour < 12 else 1050)
            e2 = max(min(e2, limit), s2 + timedelta(minutes=60))
            if self._free(r1, s1, e1) and self._free(r2, s2, e2):
                break
        else:
            return 0
        self._add(p1, s1, e1, r1, None)
        self._add(p2, s2, e2, r2, None)
        self.hn["later_same_building" if later else "parallel_room"] += 1
        return 2

    def _am_pm(self) -> int:
        rng = self.rng
        p = self._policy([q for q in _POLICIES if not q.fullday and not q.saturday])
        dur = min(rng.choice(p.durations), 150)
        for _ in range(6):
            day = self._workday()
            s1 = _dt(day, rng.choice((510, 540, 570)))
            s2 = _dt(day, rng.choice((840, 870, 900)))
            e1 = s1 + timedelta(minutes=dur)
            e2 = s2 + timedelta(minutes=dur)
            town = rng.choice(_TOWNS) if rng.random() < p.town_share else None
            room = self._find_room(p, s1, e1, town)
            if room is not None and self._free(room, s2, e2):
                break
        else:
            return 0
        hosts = self._hosts(p)
        sectors = rng.choice(p.sectors)
        self._add(
            p, s1, e1, room, None, hosts=hosts, town=town, sectors=sectors, qual=("half", "am")
        )
        self._add(
            p,
            s2,
            e2,
            room,
            None,
            hosts=hosts if rng.random() < 0.8 else self._hosts(p),
            town=town,
            sectors=sectors,
            qual=("half", "pm"),
        )
        self.hn["half_day"] += 1
        return 2

    def _tour(self, remaining: int) -> int:
        rng = self.rng
        p = self._policy([q for q in _POLICIES if q.tour])
        n = min(remaining, rng.choice((3, 4, 4, 5, 6)))
        if n < 2:
            return 0
        towns = rng.sample(_TOWNS, n)
        i0 = self._workday_index(tail=n)
        start = rng.choice((540, 570, 870, 900))
        dur = rng.choice((90, 120))
        base = self._hosts(p, boost=0.15)
        sectors = rng.choice(p.sectors)
        made = 0
        for j, town in enumerate(towns):
            if i0 + j >= len(self.workdays):
                break
            day = self.workdays[i0 + j]
            s, e = _dt(day, start), _dt(day, start + dur)
            room = next((r for r in self.town_gov[town] if self._free(r, s, e)), None)
            if room is None:
                room = self._find_room(p, s, e, town)
            if room is None:
                continue
            hosts = [base[0]] + [h for h in base[1:] if rng.random() < 0.85]
            self._add(
                p,
                s,
                e,
                room,
                None,
                hosts=hosts,
                town=town,
                sectors=sectors,
                qual=("town", town, "站"),
            )
            made += 1
        if made > 1:
            self.hn["tour_consecutive"] += made - 1
        return made

    def _parallel_towns(self) -> int:
        rng = self.rng
        p = self._policy([q for q in _POLICIES if q.tour])
        n = 3 if rng.random() < 0.25 else 2
        towns = rng.sample(_TOWNS, n)
        day = self._workday()
        s, e = self._slot(p, day, rng.choice(("am", "pm")))
        rooms: list[_Room] = []
        for town in towns:
            room = self._find_room(p, s, e, town)
            if room is None:
                return 0
            rooms.append(room)
        base = self._hosts(p, boost=0.3)
        sectors = rng.choice(p.sectors)
        for town, room in zip(towns, rooms, strict=True):
            self._add(
                p,
                s,
                e,
                room,
                None,
                hosts=list(base),
                town=town,
                sectors=sectors,
                qual=("town", town, "专场"),
                null_p=0.5,
            )
        self.hn["town_same_hour"] += n * (n - 1) // 2
        return n

    def _online_pair(self) -> int:
        rng = self.rng
        day = self._workday()
        split = [q for q in _POLICIES if q.sector_split]
        if rng.random() < 0.45:
            p = self._policy(split)
            s, e = self._slot(p, day, rng.choice(("am", "pm")))
            hosts = self._hosts(p)
            a, b = p.sector_split
            self._add(
                p,
                s,
                e,
                None,
                self._online(p, hosts[0]),
                hosts=hosts,
                sectors=(a,),
                qual=("sector", a),
            )
            self._add(
                p,
                s,
                e,
                None,
                self._online(p, hosts[0]),
                hosts=list(hosts),
                sectors=(b,),
                qual=("sector", b),
            )
            self.hn["sector_special"] += 1
        else:
            p1 = self._policy()
            same = [q for q in _POLICIES if q.lead == p1.lead and q.pid != p1.pid]
            p2 = rng.choice(same) if same and rng.random() < 0.5 else self._policy()
            while p2.pid == p1.pid:
                p2 = self._policy()
            s, e = self._slot(p1, day, rng.choice(("am", "pm")))
            h1 = self._hosts(p1)
            h2 = self._hosts(p2)
            self._add(p1, s, e, None, self._online(p1, h1[0]), hosts=h1)
            self._add(
                p2,
                s,
                s + timedelta(minutes=rng.choice(p2.durations)),
                None,
                self._online(p2, h2[0]),
                hosts=h2,
            )
        self.hn["online_same_hour"] += 1
        return 2

    def _sector_pair(self) -> int:
        rng = self.rng
        p = self._policy([q for q in _POLICIES if q.sector_split])
        a, b = p.sector_split
        pair = self._two_rooms(p)
        if pair is None:
            return 0
        r1, r2 = pair
        for _ in range(6):
            day = self._workday()
            s1, e1 = self._slot(p, day, "am")
            if rng.random() < 0.5:
                s2, e2, r2b = s1, e1, r2
            else:
                s2, e2 = self._slot(p, day, "pm")
                r2b = r1
            if self._free(r1, s1, e1) and self._free(r2b, s2, e2):
                break
        else:
            return 0
        hosts = self._hosts(p)
        self._add(p, s1, e1, r1, None, hosts=hosts, sectors=(a,), qual=("sector", a))
        self._add(p, s2, e2, r2b, None, hosts=list(hosts), sectors=(b,), qual=("sector", b))
        self.hn["sector_special"] += 1
        if s1 == s2:
            self.hn["parallel_room"] += 1
        return 2

    def _series_pair(self) -> int:
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            dept = "tax"
        elif r < 0.62:
            dept = "gsl"
        elif r < 0.72:
            dept = "yjj"
        else:
            dept = ""
        if dept:
            pool = [q for q in _POLICIES if q.lead == dept or dept in dict(q.cohosts)]
            p1 = self._policy([q for q in pool if q.lead == dept] or pool)
            p2 = p1 if rng.random() < 0.5 else self._policy(pool)
            key = (dept, _DEPT_SERIES[dept][0])
        else:
            p1 = self._policy([q for q in _POLICIES if q.periodic])
            p2 = p1
            key = (p1.lead, p1.pid)
            dept = p1.lead
        for _ in range(6):
            i = self._workday_index(tail=6)
            day = self.workdays[i]
            s1, e1 = self._slot(p1, day, "am" if rng.random() < 0.5 else None)
            if s1.hour < 12 and rng.random() < 0.4:
                s2, e2 = self._slot(p2, day, "pm")
            else:
                day2 = self.workdays[min(len(self.workdays) - 1, i + rng.choice((1, 1, 2, 3, 5)))]
                s2 = datetime.combine(day2, s1.timetz())
                e2 = datetime.combine(day2, e1.timetz())
            room = self._find_room(p1, s1, e1)
            if (
                room is not None
                and room.bldg.tag not in ("village", "company")
                and self._free(room, s2, e2)
            ):
                break
        else:
            return 0
        h1 = self._hosts(p1, lead=dept)
        h2 = self._hosts(p2, lead=dept)
        self._add(p1, s1, e1, room, None, hosts=h1, series=key)
        self._add(p2, s2, e2, room, None, hosts=h2, series=key)
        self.hn["series_sibling"] += 1
        return 2

    def _redundant(self) -> int:
        rng = self.rng
        p = self._policy()
        n0 = len(self.sessions)
        self._single(p)
        first = self.sessions[n0]
        i = self.day_index.get(first.start.date(), self._workday_index())
        day = self.workdays[min(len(self.workdays) - 1, i + rng.choice((1, 2, 2, 3, 4)))]
        town = first.regions[0] if first.regions else None
        lead = p.lead
        co = [d for d, _ in p.cohosts]
        if co and rng.random() < 0.4:
            lead = rng.choice(co)
        hosts = self._hosts(p, lead=lead)
        for _ in range(6):
            s, e = self._slot(p, day, rng.choice(("am", "pm")))
            room = self._home_room(lead, s, e) if lead != p.lead and town is None else None
            room = room or self._find_room(p, s, e, town)
            if room is not None:
                self._add(p, s, e, room, None, hosts=hosts, town=town, sectors=first.sectors)
                break
        else:
            s, e = self._slot(p, day, "pm")
            self._add(p, s, e, None, self._online(p, lead), hosts=hosts, sectors=first.sectors)
        self.hn["redundant"] += 1
        return 2

    def _sibling(self) -> int:
        rng = self.rng
        p = self._policy([q for q in _POLICIES if q.sibling])
        q = _BY_ID[p.sibling or p.pid]
        day = self._workday()
        for _ in range(6):
            s1, e1 = self._slot(p, day, "am")
            if rng.random() < 0.5:
                s2, e2 = self._slot(q, day, "pm")
            else:
                i = self.day_index[day]
                day2 = self.workdays[min(len(self.workdays) - 1, i + rng.choice((1, 2)))]
                s2 = datetime.combine(day2, s1.timetz())
                e2 = s2 + timedelta(minutes=rng.choice(q.durations))
            r1 = self._find_room(p, s1, e1)
            if r1 is None:
                day = self._workday()
                continue
            same = [r for r in self.by_bldg[r1.bldg.key] if self._free(r, s2, e2)]
            r2 = rng.choice(same) if same and rng.random() < 0.6 else self._find_room(q, s2, e2)
            if r2 is not None:
                break
            day = self._workday()
        else:
            return 0
        self._add(p, s1, e1, r1, None)
        self._add(q, s2, e2, r2, None)
        self.hn["sibling_policy"] += 1
        return 2

    def run(self) -> None:
        rng = self.rng
        scenarios = (
            ("single", 0.62),
            ("series", 0.018 * self.series_f),
            ("classes", 0.015),
            ("parallel", 0.014),
            ("later", 0.016),
            ("ampm", 0.014),
            ("tour", 0.017),
            ("towns", 0.011),
            ("online", 0.013),
            ("sector", 0.008),
            ("redundant", 0.022),
            ("sibling", 0.017),
        )
        while len(self.sessions) < self.target:
            remaining = self.target - len(self.sessions)
            kind = _pick(rng, scenarios)
            self.scenario = kind
            made = 0
            if remaining >= 3 and kind == "tour":
                made = self._tour(remaining)
            elif remaining >= 3 and kind == "towns":
                made = self._parallel_towns()
            elif remaining >= 2:
                if kind == "series":
                    made = self._series_pair()
                elif kind == "classes":
                    made = self._parallel_classes()
                elif kind in ("parallel", "later"):
                    made = self._parallel_rooms(later=kind == "later")
                elif kind == "ampm":
                    made = self._am_pm()
                elif kind == "online":
                    made = self._online_pair()
                elif kind == "sector":
                    made = self._sector_pair()
                elif kind == "redundant":
                    made = self._redundant()
                elif kind == "sibling":
                    made = self._sibling()
            if made == 0:
                self.scenario = "single"
                self._single()
        self._number_series()

    def _number_series(self) -> None:
        groups: dict[tuple[str, str, int], list[_Session]] = {}
        for s in self.sessions:
            if s.series is not None:
                groups.setdefault((s.series[0], s.series[1], s.start.year), []).append(s)
        for key in sorted(groups):
            members = sorted(groups[key], key=lambda x: (x.start, x.sid))
            first = members[0].start.date()
            offset = (
                0
                if first.month <= 2
                else (
                    first.timetuple().tm_yday // 10 if key[1] == "纳税人学堂" else first.month // 3
                )
            )
            for i, s in enumerate(members, start=1 + offset):
                s.series_no = i

    # ---------------------------------------------------------------- rendering
    def render(self) -> list[dict[str, Any]]:
        rng = self.rng
        seq: Counter[str] = Counter()
        out: list[dict[str, Any]] = []
        for s in self.sessions:
            posted: list[dict[str, Any]] = []
            dropped_q = False
            kept_q = False
            for i, dept in enumerate(s.hosts):
                seq[dept] += 1
                posting, keep_q = self._posting(s, dept, i == 0, seq[dept])
                has_q = bool(s.qual) or s.series is not None
                if has_q:
                    kept_q = kept_q or keep_q
                    dropped_q = dropped_q or not keep_q
                posted.append(posting)
            if len(posted) > 1:
                self.hn["co_hosted"] += 1
                kinds = {x["input"]["kind"] for x in posted}
                starts = {datetime.fromisoformat(x["input"]["start"]) for x in posted}
                ends = {datetime.fromisoformat(x["input"]["end"]) for x in posted}
                if len(kinds) > 1:
                    self.hn["ph_kind_disagreement"] += 1
                if len(starts) > 1:
                    self.hn["ph_start_disagreement"] += 1
                if len(starts) > 1 or len(ends) > 1:
                    self.hn["ph_time_disagreement"] += 1
                if kept_q and dropped_q:
                    self.hn["ph_qualifier_one_side"] += 1
                for x in posted[1:]:
                    self.hn["ph_cohost_postings"] += 1
                    if x["input"]["location"] is None:
                        self.hn["ph_cohost_no_location"] += 1
            out.extend(posted)
        rng.shuffle(out)
        return out

    def _posting(self, s: _Session, dept: str, lead: bool, seq: int) -> tuple[dict[str, Any], bool]:
        rng = self.rng
        st = _STYLES[dept]
        p = s.policy
        kind = s.kind
        if not lead and st.kind_bias and st.kind_bias != kind and rng.random() < st.kind_flip:
            kind = st.kind_bias
        has_q = bool(s.qual) or s.series is not None
        keep_q = lead or rng.random() < 0.5
        drop_loc = (not lead and rng.random() < s.null_p) or (
            lead and not has_q and s.room is not None and rng.random() < 0.02
        )
        if drop_loc and has_q:
            keep_q = True
        title, english = self._title(s, dept, kind, keep_q, lead)
        if english:
            self.hn["ph_english_title"] += 1
        location, url = self._where(s, dept, drop_loc, english, lead)
        if st.utc:
            self.hn["ph_utc_postings"] += 1
        start, end = self._posted_times(s, dept, lead)
        vocab = p.topics.get(dept) or p.topics["*"]
        topics: list[str] = []
        if rng.random() >= st.no_topics:
            topics = rng.sample(list(vocab), rng.randint(1, min(3, len(vocab))))
            if dept == "gov" and "惠企" not in topics and rng.random() < 0.3:
                topics.append("惠企")
        sectors: list[str] = []
        if s.sectors and rng.random() >= (0.08 if lead else 0.3):
            sectors = [_sector_text(x, st.sectors) for x in s.sectors]
        regions: list[str] = []
        if s.regions and rng.random() >= (0.05 if lead else 0.3):
            regions = [_region_text(t, _pick(rng, st.regions)) for t in s.regions]
        capacity = None
        if rng.random() < (st.capacity if lead else st.capacity * 0.4):
            capacity = s.capacity
            if capacity is not None and not lead and rng.random() < 0.25:
                capacity = max(20, capacity - rng.choice((10, 20)))
        reg = s.reg_url if s.reg_url and rng.random() < (0.85 if lead else 0.35) else None
        local = s.start.astimezone(CST)
        posting = {
            "department": dept,
            "input": {
                "externalId": _external_id(dept, seq, local.date()),
                "kind": kind,
                "title": title,
                "start": _iso(start, st.utc),
                "end": _iso(end, st.utc),
                "timezone": "Asia/Shanghai",
                "location": location,
                "onlineUrl": url,
                "topics": topics[:4],
                "audience": {"sectors": sectors, "regions": regions},
                "capacity": capacity,
                "registrationUrl": reg,
            },
            "truth": {
                "session": s.sid,
                "policy": p.pid,
                "kind": s.kind,
                "start": _utc(s.start),
                "end": _utc(s.end),
                "sectors": sorted(s.sectors),
                "regions": list(s.regions),
            },
        }
        return posting, keep_q

    def _posted_times(self, s: _Session, dept: str, lead: bool) -> tuple[datetime, datetime]:
        rng = self.rng
        st = _STYLES[dept]
        dur = int((s.end - s.start).total_seconds() // 60)
        ds = 0
        de = 0
        if lead:
            if rng.random() < st.signin * 0.4:
                ds = -30
        else:
            r = rng.random()
            if r < st.signin:
                ds = -30 if rng.random() < 0.8 else -15
            elif r < st.signin + 0.14 and dur >= 60:
                ds = 30 if dur >= 90 else 15
            r2 = rng.random()
            if r2 < 0.12:
                de = 30
            elif r2 < 0.22 and dur >= 120:
                de = -30
            elif r2 < 0.25 and s.end.astimezone(CST).hour < 17:
                de = 60
        start = s.start + timedelta(minutes=ds)
        end = s.end + timedelta(minutes=de)
        if end <= start + timedelta(minutes=30):
            end = s.end
        return start, end

    # ---------------------------------------------------------------- titles
    def _title(
        self, s: _Session, dept: str, kind: str, keep_q: bool, lead: bool
    ) -> tuple[str, bool]:
        rng = self.rng
        p = s.policy
        local = s.start.astimezone(CST)
        stems = p.titles.get(dept) or p.titles["*"]
        stem = rng.choice(stems).format(y=local.year, py=local.year - 1)
        sfx_table = (p.sfx or {}).get(kind) or _SFX.get(dept, _SFX["*"])[kind]
        if s.market_day:
            sfx_table = ("宣传活动", "政策宣传", "宣传咨询活动")
        sfx = rng.choice(sfx_table)
        if stem.endswith("政策") and sfx.startswith("政策"):
            sfx = sfx[2:]
        cn = stem + sfx
        en = ""
        mode = "cn"
        if p.en:
            r = rng.random()
            if dept == "swj":
                mode = "bi" if r < 0.55 else "en" if r < 0.65 else "cn"
            elif dept == "scjg" and p.export:
                mode = "en" if r < 0.55 else "cn"
            elif dept == "kjj" and r < 0.1:
                mode = "bi"
        if mode != "cn":
            en_stem, en_sfx = rng.choice(p.en), rng.choice(_EN_SFX[kind])
            if en_stem.endswith(("Policy", "Policies")) and en_sfx.startswith("Policy "):
                en_sfx = en_sfx[len("Policy ") :]
            en = f"{en_stem} {en_sfx}"
        if keep_q:
            cn = self._qualify_cn(s, dept, cn)
            if en:
                en = self._qualify_en(s, en)
        if mode == "en":
            title = en
        elif mode == "bi":
            fmt = rng.random()
            if "(" in en and fmt >= 0.75:
                fmt = 0.5
            title = f"{cn} {en}" if fmt < 0.4 else f"{cn}｜{en}" if fmt < 0.75 else f"{cn}（{en}）"
        else:
            title = cn
        if s.market_day and rng.random() < 0.4:
            title = "赶圩日·" + title
        if mode != "en":
            title = self._decorate(s, dept, title, keep_q, lead)
        return title, mode != "cn"

    def _series_no(self, n: int) -> str:
        return self.rng.choice((f"第{n}期", f"第{_cn(n)}期", f"（第{n}期）", f"（第{_cn(n)}期）"))

    def _qualify_cn(self, s: _Session, dept: str, cn: str) -> str:
        rng = self.rng
        if s.series is not None:
            owner, key = s.series
            n = s.series_no
            if owner in _DEPT_SERIES and key == _DEPT_SERIES[owner][0]:
                num = rng.choice((f"第{n}期", f"第{_cn(n)}期", f"（第{_cn(n)}期）"))
                who = "" if dept == owner else rng.choice(("", _DEPT_SHORT[owner]))
                sep = rng.choice(("：", "｜", "——", " "))
                name = key if rng.random() < 0.8 else f"“{key}”"
                cn = f"{who}{name}{num}{sep}{cn}"
            else:
                cn = cn + self._series_no(n)
        if s.qual:
            q = s.qual
            if q[0] == "town":
                town, form = q[1], q[2]
                if dept != s.hosts[0] and rng.random() < 0.3:
                    form = "专场" if form == "站" else "站"
                bare = _SYN[town][0]
                if form == "站":
                    cn += rng.choice(
                        (
                            f"（{town}站）",
                            f"——{town}站",
                            f"·{bare}站",
                            f"（{bare}站）",
                            f"走进{town}",
                        )
                    )
                else:
                    cn += rng.choice(
                        (f"（{town}专场）", f"（{bare}专场）", f"{town}专场", f"——{town}专场")
                    )
            elif q[0] == "class":
                n = int(q[1])
                cn += rng.choice(
                    (
                        f"（{_cn(n)}班）",
                        f"（{n}班）",
                        f"第{_cn(n)}班",
                        f"{_cn(n)}班",
                        f"（第{n}班）",
                    )
                )
            elif q[0] == "half":
                word = "上午" if q[1] == "am" else "下午"
                cn += rng.choice((f"（{word}场）", f"{word}场", f"·{word}", f"（{word}）"))
            elif q[0] == "sector":
                cn += f"（{rng.choice(_SECTOR_SPECIAL[q[1]])}专场）"
        return cn

    def _qualify_en(self, s: _Session, en: str) -> str:
        rng = self.rng
        if s.series is not None:
            owner, key = s.series
            if owner in _DEPT_SERIES and key == _DEPT_SERIES[owner][0]:
                en = f"{_DEPT_SERIES[owner][1]} No.{s.series_no}: {en}"
            else:
                en += rng.choice((f" (Session {s.series_no})", f" No.{s.series_no}"))
        if s.qual:
            q = s.qual
            if q[0] == "town":
                pin = _SYN[q[1]][1]
                en += rng.choice((f" ({pin} Station)", f" – {pin} Town", f" ({pin} Town Session)"))
            elif q[0] == "class":
                en += f" (Class {q[1]})"
            elif q[0] == "half":
                en += " (Morning Session)" if q[1] == "am" else " (Afternoon Session)"
            elif q[0] == "sector":
                en += f" ({_SECTORS[q[1]][1]} Session)"
        return en

    def _decorate(self, s: _Session, dept: str, title: str, keep_q: bool, lead: bool) -> str:
        rng = self.rng
        local = s.start.astimezone(CST)
        y, m, d = local.year, local.month, local.day
        quarter = _cn((m - 1) // 3 + 1)
        town = s.regions[0] if s.regions else None
        town_in_title = keep_q and bool(s.qual) and s.qual[0] == "town"
        r = rng.random()
        if dept == "gov":
            if r < 0.14:
                title = f"关于举办{title}的通知"
            elif r < 0.22:
                title = f"关于开展{title}的通知"
            elif r < 0.4 and "年" not in title:
                title = f"{y}年{title}"
            elif r < 0.55:
                title = f"翁源县{title}"
            if rng.random() < 0.1:
                title = title.translate(_FULLWIDTH)
        elif dept == "rsj":
            if r < 0.2:
                title = f"【报名】{title}"
            elif r < 0.35:
                title = f"{title}（名额有限）"
            elif r < 0.45:
                title = f"{title}（免费）"
            if town and not town_in_title and rng.random() < 0.35:
                title += f"（{m}月{d}日·{town}）"
        elif dept == "tax":
            if r < 0.7:
                title = f"【县税务局】{title}"
            elif r < 0.8 and "年" not in title:
                title = f"{y}年度{title}"
        elif dept == "scjg":
            if r < 0.45:
                title = f"市监局：{title}"
            elif r < 0.55:
                title = f"{title}（公益）"
        elif dept == "swj":
            if r < 0.18 and s.policy.pid in (
                "swj-trade",
                "swj-rcep",
                "tax-export",
                "scjg-export-std",
            ):
                title = f"【稳外贸】{title}"
        elif dept == "gxj":
            if r < 0.12 and "年" not in title:
                title = f"{y}年第{quarter}季度{title}"
            elif r < 0.2:
                title = f"{title}（专项行动）"
        elif dept == "fgj":
            if r < 0.2:
                title = f"关于召开{title}的通知"
        elif dept == "yjj":
            if r < 0.15:
                title = f"{title}（公益）"
            elif r < 0.3 and "年" not in title:
                title = f"{y}年{title}"
        elif dept == "kjj":
            if r < 0.15:
                title = f"科技政策直通车：{title}"
        elif dept == "nyj":
            if town and not town_in_title and r < 0.3:
                title += f"（{m}月{d}日·{town}）"
            elif r < 0.45:
                title = f"{title}（公益）"
        elif dept == "jkq":
            if r < 0.2:
                title = f"【企业服务】{title}"
            elif r < 0.45:
                title = f"经开区{title}"
        elif dept == "gsl":
            if r < 0.25:
                title = f"{title}（公益）"
            elif r < 0.35:
                title = f"{title}（名额有限）"
        elif dept == "ybj":
            if r < 0.25 and "年" not in title:
                title = f"{y}年度{title}"
            elif r < 0.35:
                title = f"{title}（公益）"
            if rng.random() < 0.3:
                title = title.translate(_FULLWIDTH)
        return title

    # ---------------------------------------------------------------- locations
    def _where(
        self, s: _Session, dept: str, drop: bool, english: bool, lead: bool
    ) -> tuple[str | None, str | None]:
        rng = self.rng
        st = _STYLES[dept]
        url: str | None = None
        code_txt: str | None = None
        if s.online is not None:
            o = s.online
            url_p = 0.7 if lead else 0.5
            if drop or rng.random() < url_p:
                url = _online_url(o)
            code_txt = _code_text(o, _pick(rng, st.code), rng, english)
        if s.room is None:
            if drop:
                return None, url
            r = rng.random()
            if r < 0.65 or url is None:
                return code_txt, url
            if r < 0.85:
                return rng.choice(("线上", "线上直播", "网络直播", "线上会议")), url
            return None, url
        if drop:
            return None, url
        eng = (english and rng.random() < 0.7) or rng.random() < st.english_loc
        loc = _room_en(s.room, rng) if eng else self._room_cn(s.room, st)
        if code_txt is not None and rng.random() < 0.5:
            loc += f"（同步线上：{code_txt}）" if not eng else f" / online: {code_txt}"
        return loc, url

    def _room_cn(self, room: _Room, st: _Style) -> str:
        rng = self.rng
        b = room.bldg
        form = _pick(rng, st.names)
        name = {
            "prov": "广东省韶关市" + b.addr,
            "city": "韶关市" + b.addr,
            "full": b.full,
            "short": b.short,
            "bare": b.bare,
            "abbr": b.abbr,
        }[form]
        spaced = rng.random() < st.spaces
        parts = [name]
        if room.block is not None:
            parts.append(_block_text(room.block, _pick(rng, st.block)))
        if room.floor is not None and (room.label != "num" or rng.random() < 0.3):
            ff = _pick(rng, st.floor)
            if ff != "omit" or (room.label == "named" and rng.random() < 0.5):
                parts.append(_floor_text(room.floor, "num_lou" if ff == "omit" else ff))
        label = self._label(room, st, spaced)
        if label:
            if (
                not spaced
                and parts[-1][-1:].isascii()
                and label[:1].isascii()
                and label[:1].isalpha()
            ):
                parts[-1] += " "
            parts.append(label)
        return (" " if spaced else "").join(parts)

    def _label(self, room: _Room, st: _Style, spaced: bool) -> str:
        rng = self.rng
        if room.label == "ord":
            n = room.n
            form = _pick(rng, st.ordinal)
            noun = room.text
            return {
                "di_cn": f"第{_cn(n)}{noun}",
                "cn": f"{_cn(n)}{noun}",
                "hao": f"{n}号{noun}",
                "di_num": f"第{n}{noun}",
                "cn_hao": f"{_cn(n)}号{noun}",
            }[form]
        if room.label == "num":
            num, noun = room.text.split("|")
            form = _pick(rng, st.numroom)
            return {"shi": f"{num}室", "noun": f"{num}{noun}", "bare": num}[form]
        if room.label == "hall":
            letter = room.text
            if spaced:
                return rng.choice((f"{letter} 厅", f"培训中心 {letter} 厅"))
            return rng.choice((f"{letter}厅", f"{letter}厅", f"培训中心{letter}厅"))
        if room.label == "named":
            return rng.choice(room.text.split("|"))
        return ""


def _cum(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(CST).isoformat()


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _external_id(dept: str, seq: int, day: date) -> str:
    """Each department's system numbers its postings in its own format."""
    y = day.year
    ymd = f"{y:04d}{day.month:02d}{day.day:02d}"
    if dept == "gov":
        return f"ZFB{ymd}{seq:04d}"
    if dept == "rsj":
        return f"rsj-{ymd}-{seq}"
    if dept == "tax":
        return f"WYSW-{y}-{seq:05d}"
    if dept == "scjg":
        return f"SJJ{seq:06d}"
    if dept == "swj":
        return f"swj_{seq}"
    if dept == "gxj":
        return f"gxj-{seq:04d}"
    if dept == "fgj":
        return f"FG-{y}-{seq:04d}"
    if dept == "yjj":
        return f"yjj{ymd[2:]}{seq:04d}"
    if dept == "kjj":
        return f"kjj/{y}/{seq}"
    if dept == "nyj":
        return f"NYNC-{seq:05d}"
    if dept == "jkq":
        return f"{1000000 + seq}"
    if dept == "gsl":
        return f"gsl-{seq:04d}-{(seq * 2654435761) % 4294967296:08x}"
    return f"YB{y}{seq:05d}"


def _sector_text(letter: str, style: str) -> str:
    if style == "letter":
        return letter
    return _SECTORS[letter][1] if style == "en" else _SECTORS[letter][0]


def _region_text(town: str, form: str) -> str:
    syn = _SYN[town]
    if form == "bare":
        return syn[0]
    if form == "pinyin":
        return syn[1]
    if form == "old" and len(syn) > 2:
        return syn[2]
    return town


def _block_text(n: int, form: str) -> str:
    return {
        "hao": f"{n}号楼",
        "hash": f"{n}#楼",
        "cn": f"{_cn(n)}号楼",
        "dong": f"{chr(64 + n)}栋",
        "numdong": f"{n}栋",
    }[form]


def _floor_text(n: int, form: str) -> str:
    return {
        "cn_lou": f"{_cn(n)}楼",
        "num_lou": f"{n}楼",
        "F": f"{n}F",
        "ceng": f"{n}层",
        "cn_ceng": f"{_cn(n)}层",
    }[form]


def _room_en(room: _Room, rng: random.Random) -> str:
    b = room.bldg
    parts: list[str] = []
    if room.label == "ord":
        parts.append(room.en.format(n=room.n))
    elif room.label == "num":
        parts.append(f"Room {room.text.split('|')[0]}")
    elif room.label == "hall":
        parts.append(f"{rng.choice(('Hall', 'Room'))} {room.text}")
    elif room.label == "named":
        parts.append(room.en)
    if room.floor is not None and room.label != "num":
        parts.append(f"{room.floor}/F")
    if room.block is not None:
        parts.append(f"Building {room.block}")
    parts.append(b.en)
    if "Wengyuan" not in b.en:
        parts.append("Wengyuan County")
    return ", ".join(parts)


def _code_fmt(code: str, form: str) -> str:
    cut = (3, 7) if len(code) == 11 else (3, 6)
    groups = (code[: cut[0]], code[cut[0] : cut[1]], code[cut[1] :])
    if form == "dash":
        return "-".join(groups)
    if form == "space":
        return " ".join(groups)
    return code


def _code_text(o: _Online, form: str, rng: random.Random, english: bool) -> str:
    c = _code_fmt(o.code, form)
    if o.platform == "zoom":
        return rng.choice((f"Zoom 会议号 {c}", f"Zoom Meeting ID: {c}"))
    if o.platform == "dingtalk":
        return rng.choice((f"钉钉视频会议（会议号：{c}）", f"钉钉会议 {c}"))
    if o.platform == "feishu":
        return rng.choice((f"飞书视频会议 {c}", f"飞书会议号：{c}"))
    if english:
        return f"Tencent Meeting ID: {c}"
    return rng.choice(
        (
            f"腾讯会议：{c}",
            f"腾讯会议号{c}",
            f"线上（腾讯会议 {c}）",
            f"腾讯会议ID：{c}",
            f"腾讯会议直播（会议号：{c}）",
        )
    )


def _online_url(o: _Online) -> str:
    if o.platform == "zoom":
        return f"https://zoom.us/j/{o.code}"
    if o.platform == "feishu":
        return f"https://vc.feishu.cn/j/{o.code}"
    if o.platform == "dingtalk":
        return f"https://meeting.dingtalk.com/j/{o.token}"
    return f"https://meeting.tencent.com/dm/{o.token}"


# --------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------


def _build(seed: int, sessions: int | None) -> tuple[list[dict[str, Any]], _Builder]:
    b = _Builder(seed, sessions)
    b.run()
    postings = b.render()
    b.hn["dept_concurrent"] = _concurrent(b.sessions)
    return postings, b


def _concurrent(sessions: Sequence[_Session]) -> int:
    """Pairs of consecutive overlapping sessions hosted by one department."""
    by_dept: dict[str, list[_Session]] = {}
    for s in sessions:
        for d in s.hosts:
            by_dept.setdefault(d, []).append(s)
    n = 0
    for items in by_dept.values():
        items.sort(key=lambda x: (x.start, x.sid))
        latest: datetime | None = None
        for s in items:
            if latest is not None and s.start < latest:
                n += 1
            latest = s.end if latest is None or s.end > latest else latest
    return n


def generate(seed: int = 0, sessions: int | None = None) -> list[dict[str, Any]]:
    """Postings of the 翁源县 workload, shuffled by the seed (see the module docstring)."""
    postings, _ = _build(seed, sessions)
    return postings


if __name__ == "__main__":
    _postings, _b = _build(0, None)
    _n_sessions = len(_b.sessions)
    _hn = _b.hn
    _hosts = Counter(len(s.hosts) for s in _b.sessions)
    print(f"county: 翁源县 (韶关市, 广东省); {len(DEPARTMENTS)} departments, {len(REGIONS)} towns")
    print(
        f"postings: {len(_postings)}  sessions: {_n_sessions}  "
        f"days: {_b.workdays[0]}..{_b.workdays[-1]}  venues: {len(_b.rooms)} rooms"
    )
    print(
        f"co-hosted sessions: {_hn['co_hosted']} ({_hn['co_hosted'] / max(1, _n_sessions):.1%}); "
        f"hosts per session: {dict(sorted(_hosts.items()))}"
    )
    print("hard negatives (pairs/groups):")
    for _k in (
        "parallel_room",
        "parallel_class",
        "later_same_building",
        "series_sibling",
        "half_day",
        "tour_consecutive",
        "town_same_hour",
        "online_same_hour",
        "sector_special",
        "redundant",
        "sibling_policy",
        "dept_concurrent",
    ):
        print(f"  {_k:22s} {_hn[_k]}")
    print("phenomena:")
    print(
        f"  co-host postings without location: {_hn['ph_cohost_no_location']}/{_hn['ph_cohost_postings']}"
    )
    for _k in (
        "ph_kind_disagreement",
        "ph_start_disagreement",
        "ph_time_disagreement",
        "ph_qualifier_one_side",
        "ph_english_title",
        "ph_utc_postings",
    ):
        print(f"  {_k[3:]:22s} {_hn[_k]}")
    print(
        f"  online sessions        {sum(1 for s in _b.sessions if s.online and not s.room)}"
        f" (+{sum(1 for s in _b.sessions if s.online and s.room)} hybrid)"
    )
