"""沭阳县 (宿迁市, 江苏省): a labelled synthetic workload of co-hosted enterprise sessions.

A plains county of northern Jiangsu on the 沭河 (hence "county_river"), known for its 花木
(flowers and nursery stock) trade and village e-commerce.  Twelve departments post
trainings (TRAINING) and policy publicity (PUBLICITY) for enterprises; about 30% of the real
sessions are co-hosted and posted by two to four departments, each in its own words.  The
county and town names are real; buildings, addresses, rooms, firms, villages and codes are
invented.

Conventions
-----------
* Places are street addresses and functional buildings: "沭城街道迎宾大道9号" (市民中心, wings
  东楼/西楼), "人民路88号" (行政中心, 2号楼 = 2#楼 = 二号楼 = B栋 = 综合楼, and 3号楼 = C栋),
  "学府路16号" (中共沭阳县委党校 = 县委党校 = 党校, 教学楼 = 培训楼), "珠江路1号" (沭阳经济技术开发区
  管理委员会 = 经开区管委会 = 开发区管委会), 高新区科创中心 (沭阳高新技术产业开发区科技创新中心),
  人力资源市场 (= 县人才市场), 县税务局纳税人学堂, 县应急管理局报告厅, 建设大厦 (县住建局), 电商产业园,
  新河镇花木电商产业园, each town's 人民政府/办事处 and 为民/便民服务中心, village 党群服务中心/村部
  and firms' meeting rooms (送政策上门).  The address comes before the building, after it in
  brackets, or not at all.  Rooms: "301室"/"301会议室"/"301", "会议室（一）"/"会议室(1)"/
  "第一会议室"/"一号会议室"/"1号会议室"/"第1会议室"/"一会议室", "多功能厅"/"多功能会议厅",
  "报告厅"/"学术报告厅", "培训中心A厅"/"培训中心 A 厅"/"A厅"/"培训A厅", "201教室"/"教室201".
  Floors 三楼/3楼/3F/3层/三层 or omitted; prefixes 江苏省宿迁市/宿迁市/沭阳县/县/none.  Each
  department has its own habit (prefix, numerals, spaces as in "市民中心 东楼 301室").
* 外事办 (wsb) posts only in English with pinyin places ("Shuyang Citizen Center, East
  Building, Room 301", "Room 202, Shuyang E-commerce Industrial Park", "Zhouzhuang Village
  Service Center, Huachong"), English sector names and regions ("Sangxu Town", "Sangxu").
* Online sessions: 钉钉 (人社, 医保, 应急, 环境, 农业), 腾讯会议 (税务, 市监, 住建), 飞书 (商务, 工信,
  科技), Zoom (外事).  Meeting numbers as 842-331-907, 842331907 or 842 331 907 in the
  location text ("腾讯会议（会议号：…）", "线上（钉钉会议，会议号 …）", "飞书会议号：…",
  "Online via Zoom (Meeting ID …)") and/or in the URL (https://vc.feishu.cn/j/842331907,
  https://meeting.dingtalk.com/j/842331907, https://zoom.us/j/842331907); 腾讯会议 and some 钉钉
  links carry only an opaque token.  About 10% of sessions are online only, 2-3% hybrid.
* Titles: "关于召开/举办…的通知", "关于举办2027年度…的通知", "关于开展…的通知", "【免费】",
  "【报名】", "【县人社局】", "【安全培训】", "【惠企政策】", "【公益】", "县市场监管局：",
  "纳税人学堂：", "生态环境大讲堂｜", "科技政策进企业｜", "工信惠企直通车｜", "（名额有限）",
  "（公益）", "（免费参加）", "2027年度", "2027年第二季度", dates and towns ("（4月12日）",
  "（4月12日·新河镇）"), full-width digits from 应急/市监 ("２０２７年度…（第８期）").
  Qualifiers: 第一期/第1期/第１期, 第3场, 一班/1班/第一班/A班, 上午场/（上午）, 桑墟镇专场/桑墟专场,
  新河镇站/新河站, 制造业企业专场/商贸企业专场; in English "Session 3", "Class A", "Morning
  Session", "Sangxu Town Session".  The stem names the policy in the department's own words
  ("药店GSP合规辅导" vs "定点零售药店医保服务协议管理培训"; "建筑工地扬尘污染防治宣讲会" vs
  "施工扬尘管控培训班"); suffixes follow the kind the department files (培训班/辅导会 vs 宣讲会/解读会).
* Topic words per department: 人社 (就业创业, 社保, 养老保险, 稳岗, 技能提升, 劳动关系), 医保 (医保,
  参保缴费, 医保基金监管, 居民医保, 生育保险), 税务 (税费优惠, 增值税, 个税, 数电票, 出口退税,
  社保费), 市监 (食品安全, 药品安全, 特种设备, 市场主体, 网络交易, 知识产权), 应急 (安全生产,
  危化品, 有限空间, 粉尘防爆, 防汛), 环境 (排污许可, 环评, 扬尘治理, 危险废物, 大气污染防治),
  住建 (建筑施工, 工程质量, 农民工工资, 燃气安全, 物业管理), 商务 (稳外贸, 外贸政策, 跨境电商,
  促消费, RCEP), 外事 (foreign trade, RCEP, foreign investment, work permit), 工信 (惠企, 智改数转,
  专精特新, 节能降耗), 科技 (科技创新, 高企认定, 研发费用), 农业 (乡村振兴, 花木产业, 高素质农民,
  农资).  10-30% of a department's postings carry no topics.
* Audience: 人社/医保/市监/应急/住建/商务/农业 write GB/T 4754 Chinese section names, 税务/环境/
  工信 the section letters, 科技 and 外事 the English names.  Regions as the canonical name, the
  name without 镇/街道, an older name (沭城镇, 十字镇, 刘集乡) or English.  Co-hosts often leave
  sectors or regions empty or drop one sector, never contradict.
* Time: weekdays, mornings from 08:30/09:00/09:30/10:00 ending by 12:00, afternoons from
  14:00 (summer timetable 1 May-30 Sep: from 14:30, ending by 18:00), full-day classes and a
  few two-day classes; ~3% on Saturdays (农民培训, 灵活就业, 社保进村居) and some online evening
  sessions (19:00/19:30).  No sessions on 1 Jan, 4-5 Apr, 1-5 May, 1-7 Oct.  医保 and 外事
  send UTC ("2027-03-05T01:30:00Z"), the others +08:00.  Lead postings mostly give the official
  time; co-hosts often give the sign-in time (-30 min, -15 online), sometimes the main talk
  (+30), and ends 30 minutes early or late.  The default calendar runs 2027-03-01..05-31;
  ``sessions=`` lengthens the calendar linearly (same sessions per day, about 12) and opens more
  village and firm meeting rooms, so large sizes are not denser.

Hard negatives (share of real sessions at the default size, roughly)
--------------------------------------------------------------------
* Numbered series (~7%): 应急局 "企业主要负责人和安全生产管理人员安全生产培训" 第一期…第十期 in one
  hall (党校报告厅 or 应急局报告厅) on different days every quarter; 市监 (食品安全管理员, 特种设备),
  住建, 人社, 农业 series of 2-5 期 and 税务 "第N场" (online or in one hall), numbered in date order;
  some have 上午 第N期 and 下午 第N+1期 in one hall on one day.
* Parallel classes (~5-9%): 一班/二班, 1班/2班, A班/B班 of one training at one hour in two or
  three rooms of one building (东楼301 vs 302, 培训中心A厅 vs B厅 / "Room A" vs "Room B", 党校201 vs
  202教室, 电商产业园201 vs 202), usually posted by the same department(s).
* Half-day repeats (~3-6%): 上午场 and 下午场 of one subject in one room on one day.
* Town 专场 (~4-7%): two to four towns' 专场 of one subject at the same hour, most postings
  without a location (the towns differ only in the title and audience regions), and 站 tours
  ("潼阳站", "桑墟镇站") on consecutive working days.
* Online at one hour (~3-5%): two online sessions with other meeting numbers, either one subject
  split by sector 专场 (制造业企业专场 / 商贸企业专场) or sibling subjects.
* Redundant sessions (~4%, pairs): one policy, same audience, again within 0-4 working days,
  by the same department elsewhere or by another department on its own.
* Sibling policies (~4%): near-identical titles in one building, in parallel rooms, morning and
  afternoon in one room, or the next day in the same room ("增值税留抵退税政策解读" vs
  "增值税发票管理政策解读", "个人所得税综合所得汇算清缴" vs "企业所得税年度汇算清缴", "排污许可证申领" vs
  "排污许可证执行报告填报", "危险化学品使用/经营企业安全管理", "定点零售药店/定点医疗机构医保服务协议
  管理", "RCEP原产地规则与关税减让" vs "RCEP原产地证书申领与签证", "建设工程质量安全/检测管理").
* Later start (~2-4%): a different session 30-60 minutes later in another room of one building.
* One department, two different sessions at one hour (~2-3%).
No two sessions on one policy overlap in time unless a qualifier (班, 专场, 场) or the room tells
them apart, and no room holds two sessions within 90 minutes of each other.

Co-host phenomena: kind disagreement (宣讲 PUBLICITY vs 培训 TRAINING; systematic for 环境/住建 on
扬尘, 人社/住建 on 农民工工资, 应急/住建 on 燃气) in ~15-20% of co-hosted sessions; different stated
starts in ~30%; the qualifier on one side only in about a third of the co-hosted sessions that
have one (never when neither the room nor a meeting number would then tell the session from
its twin);
~20% of co-hosted postings without location or URL and ~6% of all postings with the building
only ("县市民中心", "沭阳县市民中心西区").
"""

from __future__ import annotations

import bisect
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

TZ = timezone(timedelta(hours=8))
TIMEZONE = "Asia/Shanghai"
START_DAY = date(2027, 3, 1)
BASE_DAYS = 92
DEFAULT_SESSIONS = 800

DEPARTMENTS: dict[str, str] = {
    "rsj": "沭阳县人力资源和社会保障局",
    "ybj": "沭阳县医疗保障局",
    "tax": "国家税务总局沭阳县税务局",
    "scjg": "沭阳县市场监督管理局",
    "yjj": "沭阳县应急管理局",
    "sthj": "宿迁市沭阳生态环境局",
    "zjj": "沭阳县住房和城乡建设局",
    "sw": "沭阳县商务局",
    "wsb": "沭阳县人民政府外事办公室",
    "gxj": "沭阳县工业和信息化局",
    "kjj": "沭阳县科学技术局",
    "nyj": "沭阳县农业农村局",
}

# (canonical name, code, pinyin, other names); codes are invented in the 321322xxx pattern.
_TOWNS: tuple[tuple[str, str | None, str, tuple[str, ...]], ...] = (
    ("沭城街道", "321322001", "Shucheng", ("沭城镇", "城关")),
    ("南湖街道", "321322002", "Nanhu", ()),
    ("梦溪街道", "321322003", "Mengxi", ()),
    ("章集街道", "321322004", "Zhangji", ("章集镇",)),
    ("七雄街道", "321322005", "Qixiong", ("七雄镇",)),
    ("十字街道", "321322006", "Shizi", ("十字镇",)),
    ("桑墟镇", "321322101", "Sangxu", ()),
    ("刘集镇", "321322102", "Liuji", ("刘集乡",)),
    ("颜集镇", "321322103", "Yanji", ()),
    ("潼阳镇", "321322104", "Tongyang", ()),
    ("韩山镇", "321322105", "Hanshan", ()),
    ("华冲镇", "321322106", "Huachong", ()),
    ("悦来镇", "321322107", "Yuelai", ("悦来乡",)),
    ("陇集镇", "321322108", "Longji", ()),
    ("胡集镇", "321322109", "Huji", ()),
    ("钱集镇", "321322110", "Qianji", ()),
    ("青伊湖镇", "321322111", "Qingyihu", ()),
    ("马厂镇", "321322112", "Machang", ()),
    ("庙头镇", "321322113", "Miaotou", ()),
    ("扎下镇", "321322114", "Zhaxia", ("扎下乡",)),
    ("耿圩镇", "321322115", "Gengwei", ()),
    ("新河镇", "321322116", "Xinhe", ()),
    ("贤官镇", "321322117", "Xianguan", ()),
    ("龙庙镇", "321322118", "Longmiao", ()),
    ("吴集镇", "321322119", "Wuji", ("吴集乡",)),
    ("汤涧镇", "321322120", "Tangjian", ()),
    ("沂涛镇", "321322121", "Yitao", ()),
)
_PARKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("沭阳经济技术开发区", ("经开区", "沭阳经开区", "开发区", "经济开发区"), "Shuyang ETDZ"),
    ("沭阳高新技术产业开发区", ("高新区", "沭阳高新区", "高新技术开发区"), "Shuyang Hi-tech Zone"),
)


def _short(town: str) -> str:
    for suffix in ("街道", "镇", "乡"):
        if town.endswith(suffix):
            return town[: -len(suffix)]
    return town


def _town_en(town: str) -> str:
    for name, _code, pinyin, _old in _TOWNS:
        if name == town:
            return f"{pinyin} Subdistrict" if name.endswith("街道") else f"{pinyin} Town"
    for name, _syn, en in _PARKS:
        if name == town:
            return en
    return town


REGIONS: list[dict[str, Any]] = [
    {
        "name": name,
        "code": code,
        "synonyms": [_short(name), *old, pinyin, _town_en(name)],
    }
    for name, code, pinyin, old in _TOWNS
] + [{"name": name, "code": None, "synonyms": [*syn, en]} for name, syn, en in _PARKS]

TOWN_NAMES: tuple[str, ...] = tuple(t[0] for t in _TOWNS)
RURAL_TOWNS: tuple[str, ...] = tuple(t for t in TOWN_NAMES if t.endswith("镇"))
_REGION_SYNONYMS: dict[str, list[str]] = {r["name"]: list(r["synonyms"]) for r in REGIONS}

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
    "J": ("金融业", "Financial intermediation"),
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
        "Public management, social security and social organization",
    ),
    "T": ("国际组织", "International organizations"),
}

# ---------------------------------------------------------------------------------------
# numerals

_CN = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _cn(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return str(n)


def _ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{({1: 'st', 2: 'nd', 3: 'rd'}).get(n % 10, 'th')}"


# ---------------------------------------------------------------------------------------
# venues


@dataclass(frozen=True)
class Building:
    key: str
    names: tuple[str, ...]  # most formal first
    address: str | None
    en: str
    en_address: str | None
    town: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Room:
    key: str
    building: Building
    wing: str | None
    floor: int | None
    label: tuple[str, str]  # (kind, value): num/mtg/hall/letter/class/plain
    capacity: int


_WINGS: dict[str, tuple[tuple[str, ...], str]] = {
    "东楼": (("东楼", "东楼", "东侧楼", "东区"), "East Building"),
    "西楼": (("西楼", "西楼", "西侧楼", "西区"), "West Building"),
    "2号楼": (("2号楼", "2#楼", "二号楼", "B栋", "综合楼"), "Building 2"),
    "3号楼": (("3号楼", "3#楼", "三号楼", "C栋"), "Building 3"),
    "教学楼": (("教学楼", "教学楼", "培训楼"), "Teaching Building"),
}
_HALLS: dict[str, tuple[tuple[str, ...], str]] = {
    "多功能厅": (("多功能厅", "多功能厅", "多功能会议厅"), "Multi-function Hall"),
    "报告厅": (("报告厅", "报告厅", "学术报告厅"), "Lecture Hall"),
    "纳税人学堂": (("纳税人学堂", "纳税人学堂教室"), "Taxpayer School"),
    "路演厅": (("路演厅", "路演中心"), "Roadshow Hall"),
}
_PLAIN_EN = {"会议室": "Meeting Room", "培训室": "Training Room"}
_MTG_FORMS = (
    "会议室（{c}）",
    "会议室({n})",
    "第{c}会议室",
    "{c}号会议室",
    "{n}号会议室",
    "第{n}会议室",
    "{c}会议室",
)
_FLOOR_FORMS = ("{c}楼", "{n}楼", "{n}F", "{n}层", "{c}层")
_ROADS = (
    "人民路",
    "建设路",
    "振兴路",
    "府前路",
    "新华路",
    "幸福大道",
    "文化路",
    "兴业路",
    "淮海路",
)


def _b(
    key: str,
    names: tuple[str, ...],
    address: str | None,
    en: str,
    en_address: str | None,
    town: str,
    *tags: str,
) -> Building:
    return Building(key, names, address, en, en_address, town, tags)


def _county_venues() -> list[Room]:
    citizen = _b(
        "citizen",
        ("沭阳县市民中心", "县市民中心", "市民中心", "县市民中心"),
        "沭城街道迎宾大道9号",
        "Shuyang Citizen Center",
        "No. 9 Yingbin Avenue",
        "沭城街道",
        "citizen",
    )
    gov = _b(
        "gov",
        ("沭阳县行政中心", "县行政中心", "行政中心"),
        "沭城街道人民路88号",
        "Shuyang County Administrative Center",
        "No. 88 Renmin Road",
        "沭城街道",
        "gov",
    )
    dx = _b(
        "dangxiao",
        ("中共沭阳县委党校", "沭阳县委党校", "县委党校", "党校"),
        "沭城街道学府路16号",
        "Party School of the CPC Shuyang County Committee",
        "No. 16 Xuefu Road",
        "沭城街道",
        "dangxiao",
    )
    kfq = _b(
        "kaifa",
        (
            "沭阳经济技术开发区管理委员会",
            "沭阳经济技术开发区管委会",
            "经开区管委会",
            "开发区管委会",
            "沭阳经开区管委会",
        ),
        "珠江路1号",
        "Shuyang ETDZ Administrative Committee",
        "No. 1 Zhujiang Road",
        "沭阳经济技术开发区",
        "kaifa",
    )
    gx = _b(
        "gaoxin",
        (
            "沭阳高新技术产业开发区科技创新中心",
            "沭阳高新区科创中心",
            "高新区科创中心",
            "高新区科技创新中心",
        ),
        "南湖街道上海南路66号",
        "Shuyang Hi-tech Zone Innovation Center",
        "No. 66 Shanghai South Road",
        "沭阳高新技术产业开发区",
        "gaoxin",
    )
    hr = _b(
        "hrmarket",
        ("沭阳县人力资源市场", "县人力资源市场", "人力资源市场", "县人才市场"),
        "沭城街道北京南路26号",
        "Shuyang Human Resources Market",
        "No. 26 Beijing South Road",
        "沭城街道",
        "hrmarket",
    )
    tax = _b(
        "taxhall",
        ("国家税务总局沭阳县税务局", "沭阳县税务局", "县税务局", "税务局"),
        "沭城街道沭河路120号",
        "Shuyang County Tax Bureau",
        "No. 120 Shuhe Road",
        "沭城街道",
        "taxhall",
    )
    yjj = _b(
        "yjjhall",
        ("沭阳县应急管理局", "县应急管理局", "县应急局", "应急管理局"),
        "沭城街道深圳路8号",
        "Shuyang Emergency Management Bureau",
        "No. 8 Shenzhen Road",
        "沭城街道",
        "yjjhall",
    )
    ybj = _b(
        "ybjoffice",
        ("沭阳县医疗保障局", "县医疗保障局", "县医保局", "医保局"),
        "沭城街道南京路15号",
        "Shuyang Healthcare Security Bureau",
        "No. 15 Nanjing Road",
        "沭城街道",
        "ybjoffice",
    )
    zjj = _b(
        "zjjoffice",
        ("沭阳县建设大厦", "县住建局", "建设大厦", "住建局"),
        "沭城街道杭州路2号",
        "Shuyang Construction Mansion",
        "No. 2 Hangzhou Road",
        "沭城街道",
        "zjjoffice",
    )
    sthj = _b(
        "sthjoffice",
        ("宿迁市沭阳生态环境局", "沭阳生态环境局", "县生态环境局", "生态环境局"),
        "沭城街道苏州路30号",
        "Shuyang Ecology and Environment Bureau",
        "No. 30 Suzhou Road",
        "沭城街道",
        "sthjoffice",
    )
    ec = _b(
        "ecommerce",
        ("沭阳县电子商务产业园", "县电商产业园", "电商产业园", "沭阳电商产业园"),
        "沭城街道温州路9号",
        "Shuyang E-commerce Industrial Park",
        "No. 9 Wenzhou Road",
        "沭城街道",
        "ecommerce",
    )
    fp = _b(
        "flowerpark",
        ("沭阳县新河镇花木电商产业园", "新河镇花木电商产业园", "新河花木电商园", "花木电商产业园"),
        "新河镇花木大道18号",
        "Xinhe Flower and Seedling E-commerce Park",
        "No. 18 Huamu Avenue, Xinhe",
        "新河镇",
        "flowerpark",
    )
    return [
        Room("citizen-e301", citizen, "东楼", 3, ("num", "301"), 60),
        Room("citizen-e302", citizen, "东楼", 3, ("num", "302"), 60),
        Room("citizen-e-hall", citizen, "东楼", 1, ("hall", "多功能厅"), 200),
        Room("citizen-w-m1", citizen, "西楼", 2, ("mtg", "1"), 40),
        Room("citizen-w-m2", citizen, "西楼", 2, ("mtg", "2"), 40),
        Room("citizen-w-m3", citizen, "西楼", 3, ("mtg", "3"), 50),
        Room("citizen-w-hall", citizen, "西楼", 4, ("hall", "报告厅"), 300),
        Room("gov-2-m1", gov, "2号楼", 5, ("mtg", "1"), 60),
        Room("gov-2-m2", gov, "2号楼", 5, ("mtg", "2"), 40),
        Room("gov-2-hall", gov, "2号楼", 1, ("hall", "报告厅"), 260),
        Room("gov-3-m2", gov, "3号楼", 2, ("mtg", "2"), 40),
        Room("dx-hall", dx, None, 1, ("hall", "报告厅"), 320),
        Room("dx-201", dx, "教学楼", 2, ("class", "201"), 80),
        Room("dx-202", dx, "教学楼", 2, ("class", "202"), 80),
        Room("dx-mf", dx, "教学楼", 3, ("hall", "多功能厅"), 150),
        Room("kfq-m1", kfq, None, 3, ("mtg", "1"), 60),
        Room("kfq-m2", kfq, None, 3, ("mtg", "2"), 60),
        Room("kfq-mf", kfq, None, 1, ("hall", "多功能厅"), 180),
        Room("gx-hall", gx, None, 1, ("hall", "报告厅"), 200),
        Room("gx-301", gx, None, 3, ("num", "301"), 50),
        Room("gx-302", gx, None, 3, ("num", "302"), 50),
        Room("hr-a", hr, None, 2, ("letter", "A"), 80),
        Room("hr-b", hr, None, 2, ("letter", "B"), 80),
        Room("hr-m4", hr, None, 4, ("plain", "会议室"), 40),
        Room("tax-school", tax, None, 3, ("hall", "纳税人学堂"), 120),
        Room("tax-m2", tax, None, 2, ("mtg", "2"), 40),
        Room("yjj-hall", yjj, None, 1, ("hall", "报告厅"), 220),
        Room("yjj-m4", yjj, None, 4, ("plain", "会议室"), 40),
        Room("ybj-m1", ybj, None, 4, ("mtg", "1"), 50),
        Room("ybj-m2", ybj, None, 4, ("mtg", "2"), 30),
        Room("zjj-m6", zjj, None, 6, ("plain", "会议室"), 60),
        Room("zjj-hall", zjj, None, 12, ("hall", "报告厅"), 200),
        Room("sthj-m3", sthj, None, 3, ("plain", "会议室"), 50),
        Room("ec-road", ec, None, 1, ("hall", "路演厅"), 150),
        Room("ec-201", ec, None, 2, ("num", "201"), 40),
        Room("ec-202", ec, None, 2, ("num", "202"), 40),
        Room("fp-hall", fp, None, 1, ("hall", "多功能厅"), 150),
        Room("fp-m2", fp, None, 2, ("plain", "会议室"), 40),
    ]


def _town_venues() -> list[Room]:
    rooms: list[Room] = []
    for i, (name, _code, pinyin, _old) in enumerate(_TOWNS):
        short = _short(name)
        road = _ROADS[i % len(_ROADS)]
        address = f"{name}{road}{(i * 7) % 40 + 1}号"
        if name.endswith("街道"):
            gov_names = (f"沭阳县{name}办事处", f"{name}办事处", f"{short}街道办", f"{name}办")
            gov_en = f"{pinyin} Subdistrict Office"
        else:
            gov_names = (
                f"沭阳县{name}人民政府",
                f"{name}人民政府",
                f"{name}政府",
                f"{short}镇政府",
            )
            gov_en = f"{pinyin} Town Government"
        gov = _b(f"town-{i}", gov_names, address, gov_en, f"{road} Road, {pinyin}", name, "town")
        svc = _b(
            f"svc-{i}",
            (
                f"沭阳县{name}为民服务中心",
                f"{name}为民服务中心",
                f"{name}便民服务中心",
                f"{short}为民服务中心",
            ),
            None,
            f"{pinyin} Public Service Center",
            None,
            name,
            "town",
        )
        rooms.append(Room(f"town-{i}-m3", gov, None, 3, ("plain", "会议室"), 60))
        rooms.append(Room(f"town-{i}-mf", gov, None, 1, ("hall", "多功能厅"), 150))
        rooms.append(Room(f"svc-{i}-t2", svc, None, 2, ("plain", "培训室"), 50))
    return rooms


_VILLAGE_HEADS = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("陈", "Chen"), ("刘", "Liu"), ("周", "Zhou"),
    ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("朱", "Zhu"), ("马", "Ma"), ("胡", "Hu"),
    ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
    ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"),
    ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("萧", "Xiao"), ("蒋", "Jiang"),
)  # fmt: skip
_VILLAGE_TAILS = (
    ("庄", "zhuang"), ("圩", "wei"), ("集", "ji"), ("湾", "wan"), ("河", "he"), ("岭", "ling"),
    ("店", "dian"), ("楼", "lou"), ("营", "ying"), ("沟", "gou"), ("桥", "qiao"), ("墩", "dun"),
)  # fmt: skip
_FIRM_WORDS = (
    ("华源", "Huayuan"), ("恒瑞", "Hengrui"), ("金诚", "Jincheng"), ("苏美", "Sumei"),
    ("鑫达", "Xinda"), ("沭河", "Shuhe"), ("瑞丰", "Ruifeng"), ("汇通", "Huitong"),
    ("宏图", "Hongtu"), ("天成", "Tiancheng"), ("博远", "Boyuan"), ("嘉禾", "Jiahe"),
    ("盛世", "Shengshi"), ("卓越", "Zhuoyue"), ("永鑫", "Yongxin"), ("新景", "Xinjing"),
    ("德润", "Derun"), ("东升", "Dongsheng"), ("富源", "Fuyuan"), ("聚丰", "Jufeng"),
)  # fmt: skip
_FIRM_TRADES = (
    ("花木", "Horticulture", "A"),
    ("木业", "Wood Industry", "C"),
    ("食品", "Food", "C"),
    ("纺织", "Textile", "C"),
    ("新材料", "New Materials", "C"),
    ("电子科技", "Electronic Technology", "C"),
    ("机械制造", "Machinery", "C"),
    ("物流", "Logistics", "G"),
)


def _extra_venues(scale: float) -> list[Room]:
    """Village 党群服务中心 and enterprise rooms; more of them as the calendar grows."""
    villages: list[Room] = []
    towns = [t for t in _TOWNS if not t[0].endswith("街道")]
    k = 0
    for tail, tail_py in _VILLAGE_TAILS:
        for head, head_py in _VILLAGE_HEADS:
            name, _code, pinyin, _old = towns[k % len(towns)]
            village = f"{head}{tail}"
            b = _b(
                f"village-{k}",
                (
                    f"沭阳县{name}{village}村党群服务中心",
                    f"{name}{village}村党群服务中心",
                    f"{village}村党群服务中心",
                    f"{village}村村部",
                ),
                None,
                f"{head_py}{tail_py} Village Service Center, {pinyin}",
                None,
                name,
                "village",
            )
            villages.append(Room(f"village-{k}", b, None, 2, ("plain", "会议室"), 40))
            k += 1
    firms: list[Room] = []
    n_words, n_trades = len(_FIRM_WORDS), len(_FIRM_TRADES)
    for k in range(n_words * n_trades):  # interleaved so that the first few span the trades
        word, word_py = _FIRM_WORDS[k % n_words]
        trade, trade_en, sector = _FIRM_TRADES[(k % n_words + 5 * (k // n_words)) % n_trades]
        town = _TOWNS[(k * 7) % len(_TOWNS)][0]
        b = _b(
            f"firm-{k}",
            (f"江苏{word}{trade}有限公司", f"{word}{trade}有限公司", f"{word}{trade}公司"),
            None,
            f"Jiangsu {word_py} {trade_en} Co., Ltd.",
            None,
            town,
            "enterprise",
            f"sector-{sector}",
        )
        firms.append(Room(f"firm-{k}", b, None, 3, ("plain", "会议室"), 40))
    n_village = min(len(villages), round(30 * scale))
    n_firm = min(len(firms), round(10 * scale))
    return villages[:n_village] + firms[:n_firm]


# ---------------------------------------------------------------------------------------
# policies


@dataclass(frozen=True)
class Policy:
    pid: str
    lead: str
    kind: str
    names: dict[str, tuple[str, ...]]
    topics: dict[str, tuple[str, ...]]
    sectors: tuple[str, ...] = ()
    venues: tuple[str, ...] = ("citizen", "gov")
    scope: str = "county"  # county | town
    towns: tuple[str, ...] = ()
    kinds: dict[str, str] = field(default_factory=dict)
    family: str | None = None
    minutes: tuple[int, ...] = (120, 150)
    full_day: float = 0.0
    online: float = 0.04
    weekend: float = 0.0
    series: str | None = None  # 期 / 场
    series_only: bool = False  # held only as a numbered series (第一期…第十期)

    classes: bool = False
    weight: float = 1.0
    cohost: float = 0.45

    @property
    def cohosts(self) -> tuple[str, ...]:
        return tuple(d for d in self.names if d != self.lead)


T, P = "TRAINING", "PUBLICITY"

POLICIES: tuple[Policy, ...] = (
    # ---- 税务
    Policy(
        "tax.vat-refund",
        "tax",
        P,
        {
            "tax": ("增值税留抵退税政策", "增值税期末留抵退税政策"),
            "gxj": ("制造业增值税留抵退税惠企政策", "留抵退税助企纾困政策"),
        },
        {"tax": ("增值税", "留抵退税", "税费优惠"), "gxj": ("惠企", "减税降费")},
        ("C", "F"),
        ("taxhall", "citizen", "kaifa"),
        family="tax.vat",
        weight=1.2,
        cohost=0.35,
    ),
    Policy(
        "tax.vat-invoice",
        "tax",
        P,
        {"tax": ("增值税发票管理政策", "增值税专用发票管理政策")},
        {"tax": ("增值税", "发票")},
        (),
        ("taxhall", "citizen"),
        family="tax.vat",
    ),
    Policy(
        "tax.e-invoice",
        "tax",
        T,
        {"tax": ("数电发票推广应用", "全面数字化的电子发票开具与受票", "数电票业务操作")},
        {"tax": ("数电票", "发票")},
        (),
        ("taxhall", "citizen"),
        online=0.35,
        series="场",
    ),
    Policy(
        "tax.iit",
        "tax",
        T,
        {"tax": ("个人所得税综合所得汇算清缴", "个税年度汇算")},
        {"tax": ("个税", "汇算清缴")},
        (),
        ("taxhall", "citizen", "gov"),
        family="tax.annual",
        online=0.45,
        series="场",
        weight=1.3,
    ),
    Policy(
        "tax.cit",
        "tax",
        T,
        {"tax": ("企业所得税年度汇算清缴", "企业所得税汇算清缴申报")},
        {"tax": ("企业所得税", "汇算清缴")},
        (),
        ("taxhall", "citizen", "kaifa"),
        family="tax.annual",
        online=0.25,
        weight=1.2,
    ),
    Policy(
        "tax.smallbiz",
        "tax",
        P,
        {
            "tax": ("小微企业和个体工商户税费优惠政策",),
            "scjg": ("个体工商户发展及税费优惠政策", "个体工商户登记注册与惠企政策"),
            "gxj": ("中小微企业税费惠企政策",),
            "rsj": ("个体工商户创业扶持与社保政策",),
        },
        {
            "tax": ("税费优惠", "小微企业"),
            "scjg": ("个体工商户", "市场主体"),
            "gxj": ("惠企", "中小企业"),
            "rsj": ("就业创业", "社保"),
        },
        ("F", "H", "O"),
        ("citizen", "taxhall", "town"),
        weight=1.2,
        cohost=0.55,
    ),
    Policy(
        "tax.rnd",
        "tax",
        T,
        {
            "tax": ("研发费用加计扣除政策",),
            "kjj": ("研发费用加计扣除与科技创新政策", "企业研发投入激励政策"),
            "gxj": ("研发费用加计扣除惠企政策",),
        },
        {
            "tax": ("研发费用", "企业所得税"),
            "kjj": ("科技创新", "研发费用"),
            "gxj": ("惠企", "技术改造"),
        },
        ("C", "I", "M"),
        ("gaoxin", "kaifa", "taxhall"),
        cohost=0.6,
    ),
    Policy(
        "tax.export",
        "tax",
        T,
        {
            "tax": ("出口退（免）税政策", "出口退税申报"),
            "sw": ("外贸企业出口退税政策", "出口退税便利化措施"),
            "wsb": ("Export Tax Rebate Policy", "Export VAT Refund Procedures"),
        },
        {
            "tax": ("出口退税",),
            "sw": ("稳外贸", "外贸政策"),
            "wsb": ("export tax rebate", "foreign trade"),
        },
        ("C", "F"),
        ("kaifa", "citizen", "taxhall"),
        cohost=0.6,
    ),
    Policy(
        "tax.social-fee",
        "tax",
        T,
        {
            "tax": ("社会保险费申报缴纳", "社保费征缴业务"),
            "rsj": ("企业职工社会保险参保登记与缴费", "社保参保缴费业务"),
            "ybj": ("职工医保参保登记与缴费", "医保参保缴费业务"),
        },
        {"tax": ("社保费",), "rsj": ("社保", "养老保险"), "ybj": ("医保", "参保缴费")},
        (),
        ("citizen", "taxhall", "hrmarket"),
        cohost=0.65,
    ),
    Policy(
        "tax.credit",
        "tax",
        P,
        {"tax": ("纳税信用评价与信用修复", "纳税信用管理")},
        {"tax": ("纳税信用",)},
        (),
        ("taxhall", "citizen"),
        online=0.2,
        weight=0.7,
    ),
    # ---- 人社
    Policy(
        "rsj.stable",
        "rsj",
        P,
        {"rsj": ("稳岗返还及一次性扩岗补助政策", "就业补贴申领政策"), "gxj": ("企业稳岗惠企政策",)},
        {"rsj": ("稳岗", "就业创业"), "gxj": ("惠企",)},
        ("C", "F", "G"),
        ("hrmarket", "citizen", "kaifa"),
        weight=1.2,
        cohost=0.35,
    ),
    Policy(
        "rsj.skills",
        "rsj",
        T,
        {
            "rsj": ("企业职工岗位技能提升", "职业技能等级认定企业自主评价"),
            "gxj": ("制造业企业技能人才培养",),
        },
        {"rsj": ("技能提升", "职业技能"), "gxj": ("人才", "工业经济")},
        ("C",),
        ("hrmarket", "dangxiao", "kaifa"),
        full_day=0.7,
        classes=True,
        series="期",
        cohost=0.3,
    ),
    Policy(
        "rsj.contract",
        "rsj",
        T,
        {"rsj": ("劳动合同管理与用工风险防范", "企业劳动用工合规")},
        {"rsj": ("劳动关系", "用工风险")},
        (),
        ("hrmarket", "citizen", "kaifa"),
    ),
    Policy(
        "rsj.pension",
        "rsj",
        P,
        {
            "rsj": ("城乡居民养老保险政策", "社保政策进村居宣讲"),
            "ybj": ("城乡居民医保参保缴费政策", "医保政策进村居宣讲"),
            "tax": ("城乡居民社保费缴费",),
        },
        {"rsj": ("养老保险", "社保"), "ybj": ("居民医保", "参保缴费"), "tax": ("社保费",)},
        (),
        ("town",),
        scope="town",
        weekend=0.1,
        cohost=0.8,
    ),
    Policy(
        "rsj.flexible",
        "rsj",
        P,
        {
            "rsj": ("灵活就业人员参保政策", "新就业形态劳动者权益保障"),
            "ybj": ("灵活就业人员医保参保政策",),
            "tax": ("灵活就业人员社保费缴纳",),
        },
        {"rsj": ("社保", "就业创业"), "ybj": ("医保", "参保缴费"), "tax": ("社保费",)},
        ("O", "H", "G"),
        ("citizen", "hrmarket", "town"),
        weekend=0.25,
        online=0.1,
        cohost=0.6,
    ),
    Policy(
        "rsj.injury",
        "rsj",
        T,
        {"rsj": ("工伤保险政策与工伤预防",), "yjj": ("工伤预防与安全生产",)},
        {"rsj": ("工伤保险",), "yjj": ("安全生产",)},
        ("C", "E"),
        ("hrmarket", "citizen", "kaifa"),
    ),
    Policy(
        "rsj.wages",
        "rsj",
        P,
        {
            "rsj": ("根治欠薪暨《保障农民工工资支付条例》", "农民工工资支付政策"),
            "zjj": ("建筑领域农民工工资专用账户管理", "工程建设领域农民工工资支付"),
        },
        {"rsj": ("劳动关系", "根治欠薪"), "zjj": ("农民工工资", "建筑市场")},
        ("E",),
        ("zjjoffice", "citizen", "gov"),
        kinds={"zjj": T},
        cohost=0.6,
    ),
    Policy(
        "rsj.talent",
        "rsj",
        P,
        {"rsj": ("沭阳县“沭才回归”人才政策", "人才新政"), "kjj": ("科技人才引进与培育政策",)},
        {"rsj": ("人才政策",), "kjj": ("人才引进", "科技创新")},
        (),
        ("gaoxin", "citizen", "gov"),
        weight=0.7,
    ),
    Policy(
        "rsj.startup",
        "rsj",
        P,
        {"rsj": ("创业担保贷款及创业补贴政策", "创业扶持政策")},
        {"rsj": ("就业创业", "创业担保贷款")},
        ("F", "O"),
        ("hrmarket", "town"),
        weight=0.8,
    ),
    # ---- 医保
    Policy(
        "ybj.fund",
        "ybj",
        P,
        {"ybj": ("《医疗保障基金使用监督管理条例》", "医保基金监管政策")},
        {"ybj": ("医保基金监管",)},
        ("Q", "F"),
        ("ybjoffice", "citizen"),
        weight=0.8,
    ),
    Policy(
        "ybj.pharmacy",
        "ybj",
        T,
        {
            "ybj": ("定点零售药店医保服务协议管理", "定点药店医保基金规范使用"),
            "scjg": ("药品经营质量管理规范（GSP）", "药店GSP合规辅导"),
        },
        {"ybj": ("医保基金监管", "定点药店"), "scjg": ("药品安全", "GSP")},
        ("F",),
        ("ybjoffice", "citizen", "gov"),
        family="ybj.agreement",
        cohost=0.6,
    ),
    Policy(
        "ybj.clinic",
        "ybj",
        T,
        {"ybj": ("定点医疗机构医保服务协议管理",)},
        {"ybj": ("医保支付", "医保基金监管")},
        ("Q",),
        ("ybjoffice", "citizen"),
        family="ybj.agreement",
    ),
    Policy(
        "ybj.outpatient",
        "ybj",
        P,
        {"ybj": ("职工医保门诊共济保障机制", "门诊共济改革政策")},
        {"ybj": ("职工医保", "门诊共济")},
        (),
        ("citizen", "ybjoffice", "kaifa"),
        online=0.2,
    ),
    Policy(
        "ybj.maternity",
        "ybj",
        P,
        {
            "ybj": ("生育保险和生育津贴申领", "生育津贴直发政策"),
            "rsj": ("女职工生育津贴与劳动权益保护",),
            "tax": ("生育保险费申报缴纳",),
        },
        {"ybj": ("生育保险",), "rsj": ("劳动关系",), "tax": ("社保费",)},
        (),
        ("citizen", "ybjoffice"),
        cohost=0.5,
    ),
    # ---- 市场监管
    Policy(
        "scjg.food-staff",
        "scjg",
        T,
        {"scjg": ("餐饮服务食品安全管理员", "食品安全管理员")},
        {"scjg": ("食品安全",)},
        ("H",),
        ("citizen", "dangxiao", "town"),
        family="scjg.food",
        series="期",
        weight=1.1,
    ),
    Policy(
        "scjg.food-chief",
        "scjg",
        T,
        {"scjg": ("食品安全总监", "食品生产企业食品安全总监")},
        {"scjg": ("食品安全", "主体责任")},
        ("C", "H"),
        ("citizen", "dangxiao"),
        family="scjg.food",
    ),
    Policy(
        "scjg.equip",
        "scjg",
        T,
        {
            "scjg": ("特种设备安全管理和作业人员", "特种设备使用单位主体责任"),
            "yjj": ("特种设备安全专项整治",),
        },
        {"scjg": ("特种设备",), "yjj": ("安全生产", "隐患排查")},
        ("C", "G"),
        ("kaifa", "citizen", "dangxiao"),
        series="期",
    ),
    Policy(
        "scjg.annual",
        "scjg",
        T,
        {"scjg": ("企业和个体工商户年度报告公示", "市场主体年报")},
        {"scjg": ("年报", "市场主体")},
        (),
        ("citizen", "town"),
        online=0.3,
        weight=1.1,
    ),
    Policy(
        "scjg.ecommerce",
        "scjg",
        P,
        {
            "scjg": ("《网络交易监督管理办法》", "网络经营主体合规经营"),
            "sw": ("电商企业合规经营（花木电商）", "网络零售合规发展"),
        },
        {"scjg": ("网络交易", "市场主体"), "sw": ("电子商务", "促消费")},
        ("F", "I"),
        ("ecommerce", "flowerpark"),
        cohost=0.55,
    ),
    Policy(
        "scjg.ip",
        "scjg",
        P,
        {"scjg": ("商标品牌培育与知识产权保护",), "kjj": ("知识产权创造运用与保护",)},
        {"scjg": ("知识产权", "商标品牌"), "kjj": ("知识产权",)},
        ("C", "M"),
        ("gaoxin", "citizen"),
    ),
    # ---- 应急
    Policy(
        "yjj.main",
        "yjj",
        T,
        {
            "yjj": ("企业主要负责人和安全生产管理人员安全生产", "生产经营单位主要负责人安全生产"),
            "gxj": ("工业企业安全生产管理人员",),
        },
        {"yjj": ("安全生产", "主体责任"), "gxj": ("工业经济", "安全生产")},
        ("B", "C", "D", "G"),
        ("yjjhall", "dangxiao"),
        full_day=0.6,
        series="期",
        series_only=True,
        cohost=0.25,
    ),
    Policy(
        "yjj.confined",
        "yjj",
        T,
        {
            "yjj": ("有限空间作业安全",),
            "sthj": ("污水处理设施有限空间作业安全",),
            "zjj": ("市政工程有限空间作业安全",),
        },
        {"yjj": ("有限空间", "安全生产"), "sthj": ("生态环境",), "zjj": ("建筑施工",)},
        ("C", "N", "E"),
        ("yjjhall", "citizen", "kaifa"),
    ),
    Policy(
        "yjj.hazchem-use",
        "yjj",
        T,
        {"yjj": ("危险化学品使用企业安全管理",)},
        {"yjj": ("危化品", "安全生产")},
        ("C",),
        ("yjjhall", "kaifa"),
        family="yjj.hazchem",
    ),
    Policy(
        "yjj.hazchem-trade",
        "yjj",
        T,
        {"yjj": ("危险化学品经营企业安全管理",)},
        {"yjj": ("危化品", "安全生产")},
        ("F",),
        ("yjjhall", "citizen"),
        family="yjj.hazchem",
    ),
    Policy(
        "yjj.dust",
        "yjj",
        T,
        {"yjj": ("工贸企业粉尘防爆安全", "涉爆粉尘企业安全管理")},
        {"yjj": ("粉尘防爆", "安全生产")},
        ("C",),
        ("yjjhall", "kaifa", "enterprise"),
    ),
    Policy(
        "yjj.gas",
        "yjj",
        P,
        {"yjj": ("城镇燃气安全",), "zjj": ("城镇燃气安全管理", "瓶装液化石油气安全管理")},
        {"yjj": ("安全生产", "燃气安全"), "zjj": ("燃气安全",)},
        ("H", "D"),
        ("citizen", "yjjhall", "town"),
        kinds={"zjj": T},
        cohost=0.55,
    ),
    Policy(
        "yjj.flood",
        "yjj",
        P,
        {"yjj": ("汛期安全生产与防汛应急",), "zjj": ("建筑工地汛期安全",)},
        {"yjj": ("防汛", "应急管理"), "zjj": ("建筑施工",)},
        ("E", "C"),
        ("yjjhall", "gov"),
        weight=0.7,
    ),
    # ---- 生态环境
    Policy(
        "sthj.permit-apply",
        "sthj",
        T,
        {"sthj": ("排污许可证申领",)},
        {"sthj": ("排污许可",)},
        ("C",),
        ("sthjoffice", "kaifa", "gaoxin"),
        family="sthj.permit",
    ),
    Policy(
        "sthj.permit-report",
        "sthj",
        T,
        {"sthj": ("排污许可证执行报告填报",)},
        {"sthj": ("排污许可", "环境执法")},
        ("C",),
        ("sthjoffice", "kaifa"),
        family="sthj.permit",
        online=0.2,
    ),
    Policy(
        "sthj.dust",
        "sthj",
        P,
        {"sthj": ("建筑工地扬尘污染防治",), "zjj": ("建筑工地扬尘治理", "施工扬尘管控")},
        {"sthj": ("扬尘治理", "大气污染防治"), "zjj": ("安全文明施工", "扬尘治理")},
        ("E",),
        ("zjjoffice", "gov", "citizen"),
        kinds={"zjj": T},
        cohost=0.75,
    ),
    Policy(
        "sthj.hazwaste",
        "sthj",
        T,
        {
            "sthj": ("危险废物规范化环境管理",),
            "yjj": ("危险废物安全管理",),
            "gxj": ("工业固废和危险废物综合利用",),
        },
        {"sthj": ("危险废物",), "yjj": ("安全生产", "危化品"), "gxj": ("绿色制造",)},
        ("C",),
        ("sthjoffice", "kaifa", "gaoxin"),
    ),
    Policy(
        "sthj.eia",
        "sthj",
        P,
        {"sthj": ("建设项目环境影响评价审批改革", "环评审批制度改革")},
        {"sthj": ("环评",)},
        ("C", "E"),
        ("citizen", "gov", "sthjoffice"),
        weight=0.7,
    ),
    Policy(
        "sthj.vocs",
        "sthj",
        T,
        {"sthj": ("挥发性有机物（VOCs）综合治理",), "gxj": ("涉VOCs工业企业绿色化改造",)},
        {"sthj": ("大气污染防治",), "gxj": ("绿色制造",)},
        ("C",),
        ("kaifa", "gaoxin", "sthjoffice"),
    ),
    # ---- 住建
    Policy(
        "zjj.site",
        "zjj",
        T,
        {
            "zjj": ("建筑施工安全生产标准化", "建筑施工企业安全生产管理"),
            "yjj": ("建筑施工领域安全生产",),
        },
        {"zjj": ("建筑施工", "安全文明施工"), "yjj": ("安全生产",)},
        ("E",),
        ("zjjoffice", "dangxiao"),
        series="期",
        cohost=0.35,
    ),
    Policy(
        "zjj.quality-safety",
        "zjj",
        T,
        {"zjj": ("建设工程质量安全管理",)},
        {"zjj": ("工程质量",)},
        ("E",),
        ("zjjoffice", "gov"),
        family="zjj.quality",
    ),
    Policy(
        "zjj.quality-test",
        "zjj",
        T,
        {"zjj": ("建设工程质量检测管理",)},
        {"zjj": ("工程质量", "质量检测")},
        ("E", "M"),
        ("zjjoffice", "gov"),
        family="zjj.quality",
    ),
    Policy(
        "zjj.property",
        "zjj",
        P,
        {"zjj": ("《江苏省物业管理条例》", "住宅小区物业服务规范")},
        {"zjj": ("物业管理",)},
        ("K",),
        ("zjjoffice", "citizen", "town"),
    ),
    Policy(
        "zjj.qual",
        "zjj",
        P,
        {"zjj": ("建筑业企业资质管理改革",)},
        {"zjj": ("资质管理", "建筑市场")},
        ("E",),
        ("zjjoffice", "gov"),
        weight=0.6,
    ),
    # ---- 商务 / 外事
    Policy(
        "sw.trade",
        "sw",
        P,
        {
            "sw": ("稳外贸惠企政策", "外贸企业惠企政策"),
            "tax": ("外贸企业税费支持政策",),
            "wsb": (
                "Foreign Trade Stabilization Policy",
                "Support Measures for Foreign Trade Firms",
            ),
        },
        {
            "sw": ("稳外贸", "外贸政策", "惠企"),
            "tax": ("出口退税", "税费优惠"),
            "wsb": ("foreign trade",),
        },
        ("C", "F"),
        ("citizen", "kaifa", "gaoxin"),
        cohost=0.6,
    ),
    Policy(
        "sw.rcep",
        "sw",
        T,
        {
            "sw": ("RCEP原产地规则与关税减让",),
            "wsb": ("RCEP Rules of Origin and Tariff Concessions",),
        },
        {"sw": ("RCEP", "外贸政策"), "wsb": ("RCEP", "rules of origin")},
        ("C", "F"),
        ("citizen", "kaifa"),
        family="sw.origin",
        cohost=0.55,
    ),
    Policy(
        "sw.origin-cert",
        "sw",
        T,
        {"sw": ("RCEP原产地证书申领与签证",)},
        {"sw": ("RCEP", "原产地证书")},
        ("C", "F"),
        ("citizen", "kaifa"),
        family="sw.origin",
        online=0.2,
    ),
    Policy(
        "sw.sinosure",
        "sw",
        P,
        {"sw": ("出口信用保险政策",), "wsb": ("Export Credit Insurance",)},
        {"sw": ("出口信用保险", "稳外贸"), "wsb": ("export credit insurance",)},
        ("C", "F"),
        ("citizen", "kaifa"),
    ),
    Policy(
        "sw.crossborder",
        "sw",
        T,
        {
            "sw": ("跨境电商（花木出海）实务", "跨境电商平台运营"),
            "wsb": ("Cross-border E-commerce Practice",),
            "scjg": ("跨境电商经营主体合规经营",),
        },
        {"sw": ("跨境电商",), "wsb": ("cross-border e-commerce",), "scjg": ("网络交易",)},
        ("F", "I"),
        ("ecommerce", "hrmarket"),
        classes=True,
        cohost=0.5,
    ),
    Policy(
        "sw.consume",
        "sw",
        P,
        {"sw": ("汽车以旧换新及促消费政策", "家电以旧换新补贴政策")},
        {"sw": ("促消费",)},
        ("F",),
        ("citizen", "ecommerce"),
        weight=0.7,
    ),
    Policy(
        "wsb.fdi",
        "wsb",
        P,
        {
            "wsb": ("Services for Foreign-invested Enterprises", "Foreign Investment Facilitation"),
            "sw": ("外商投资企业服务政策", "外资企业惠企政策"),
        },
        {"wsb": ("foreign investment",), "sw": ("外资", "稳外资")},
        ("C", "L"),
        ("kaifa", "citizen"),
        weight=0.6,
        cohost=0.6,
    ),
    # ---- 工信
    Policy(
        "gxj.retrofit",
        "gxj",
        P,
        {"gxj": ("工业企业智能化改造数字化转型政策",)},
        {"gxj": ("智改数转", "惠企")},
        ("C",),
        ("kaifa", "gaoxin", "gov"),
        family="gxj.digital",
    ),
    Policy(
        "gxj.diagnosis",
        "gxj",
        T,
        {"gxj": ("智能化改造数字化转型诊断服务",)},
        {"gxj": ("智改数转",)},
        ("C",),
        ("kaifa", "gaoxin", "enterprise"),
        family="gxj.digital",
    ),
    Policy(
        "gxj.srdi",
        "gxj",
        T,
        {
            "gxj": ("专精特新中小企业培育申报",),
            "kjj": ("专精特新与科技型企业培育",),
            "tax": ("专精特新企业税费支持政策",),
        },
        {"gxj": ("专精特新", "中小企业"), "kjj": ("科技创新",), "tax": ("税费优惠",)},
        ("C", "I"),
        ("gaoxin", "kaifa", "gov"),
    ),
    Policy(
        "gxj.energy",
        "gxj",
        T,
        {"gxj": ("工业节能监察与节能诊断",), "sthj": ("工业企业节能减排与碳排放管理",)},
        {"gxj": ("节能降耗",), "sthj": ("碳排放",)},
        ("C", "D"),
        ("kaifa", "gov"),
    ),
    # ---- 科技
    Policy(
        "kjj.hnte",
        "kjj",
        T,
        {
            "kjj": ("高新技术企业认定申报",),
            "tax": ("高新技术企业税收优惠",),
            "gxj": ("高新技术企业培育惠企政策",),
        },
        {"kjj": ("高企认定", "科技创新"), "tax": ("税费优惠", "企业所得税"), "gxj": ("惠企",)},
        ("C", "I", "M"),
        ("gaoxin", "kaifa"),
        family="kjj.tech",
        online=0.15,
    ),
    Policy(
        "kjj.sme",
        "kjj",
        T,
        {"kjj": ("科技型中小企业评价入库",)},
        {"kjj": ("科技型中小企业",)},
        ("C", "I", "M"),
        ("gaoxin", "citizen"),
        family="kjj.tech",
        online=0.2,
    ),
    Policy(
        "kjj.permit",
        "kjj",
        T,
        {"kjj": ("外国人来华工作许可办理",), "wsb": ("Work Permits for Foreign Professionals",)},
        {"kjj": ("人才引进",), "wsb": ("work permit", "foreign talent")},
        (),
        ("gaoxin", "citizen"),
        weight=0.5,
        cohost=0.6,
    ),
    # ---- 农业农村
    Policy(
        "nyj.flowers",
        "nyj",
        T,
        {
            "nyj": ("花木产业电商直播", "花木电商从业人员技能提升"),
            "sw": ("农村电商（花木直播带货）",),
            "rsj": ("电商直播职业技能",),
            "scjg": ("花木网络销售合规经营",),
        },
        {
            "nyj": ("花木产业", "乡村振兴"),
            "sw": ("电子商务", "农村电商"),
            "rsj": ("技能提升",),
            "scjg": ("网络交易",),
        },
        ("A", "F"),
        ("town", "flowerpark"),
        scope="town",
        towns=("新河镇", "颜集镇", "庙头镇", "沭城街道"),
        weekend=0.15,
        classes=True,
        cohost=0.5,
    ),
    Policy(
        "nyj.farmers",
        "nyj",
        T,
        {"nyj": ("高素质农民培育",), "rsj": ("农村劳动力职业技能",)},
        {"nyj": ("高素质农民", "乡村振兴"), "rsj": ("技能提升", "就业创业")},
        ("A",),
        ("town",),
        scope="town",
        towns=RURAL_TOWNS,
        full_day=0.6,
        weekend=0.3,
        series="期",
    ),
    Policy(
        "nyj.machinery",
        "nyj",
        P,
        {"nyj": ("农机购置与应用补贴政策",)},
        {"nyj": ("农机补贴",)},
        ("A",),
        ("town",),
        scope="town",
        towns=RURAL_TOWNS,
        weight=0.7,
    ),
    Policy(
        "nyj.inputs",
        "nyj",
        T,
        {"nyj": ("农药经营许可与安全使用",), "scjg": ("农资市场质量监管",)},
        {"nyj": ("农资",), "scjg": ("农资", "产品质量")},
        ("A", "F"),
        ("town", "citizen"),
    ),
    Policy(
        "nyj.certificate",
        "nyj",
        P,
        {"nyj": ("食用农产品承诺达标合格证制度",), "scjg": ("食用农产品市场销售质量安全",)},
        {"nyj": ("农产品质量安全",), "scjg": ("食品安全",)},
        ("A", "F"),
        ("town", "citizen"),
    ),
)


def _families() -> dict[str, list[Policy]]:
    fam: dict[str, list[Policy]] = {}
    for p in POLICIES:
        if p.family:
            fam.setdefault(p.family, []).append(p)
    return {k: v for k, v in fam.items() if len(v) > 1}


FAMILIES = _families()

# ---------------------------------------------------------------------------------------
# department habits


@dataclass(frozen=True)
class Style:
    sectors: str  # zh | en | letter
    regions: str  # full | short | mixed | en
    utc: bool
    english: bool
    signin: float
    prefix: float
    formal: float
    address: float
    spaces: float
    floor: float
    mtg_forms: tuple[int, ...]
    floor_forms: tuple[int, ...]
    capacity: float
    caps: tuple[int, ...]
    registration: float
    topics_none: float
    fullwidth: float
    platform: str
    decorations: tuple[tuple[str, float], ...]
    suffixes: dict[str, tuple[str, ...]]


_ZH_T = ("培训会", "培训班", "专题培训", "业务培训会", "辅导会")
_ZH_P = ("宣讲会", "政策宣讲", "政策解读会", "解读会", "宣传活动")

STYLES: dict[str, Style] = {
    "rsj": Style(
        "zh",
        "full",
        False,
        False,
        0.35,
        0.05,
        0.3,
        0.15,
        0.0,
        0.6,
        (0, 2),
        (0, 1),
        0.6,
        (100, 150, 200),
        0.5,
        0.15,
        0.04,
        "dingtalk",
        (
            ("{t}", 4),
            ("关于召开{t}的通知", 1.5),
            ("关于举办{t}的通知", 1),
            ("【免费】{t}", 1.2),
            ("{t}（名额有限）", 1),
            ("{y}年度{t}", 1),
            ("【县人社局】{t}", 1),
            ("{t}（{md}）", 1),
        ),
        {T: ("培训班", "培训会", "专题培训"), P: ("政策宣讲会", "宣讲会", "政策解读会")},
    ),
    "ybj": Style(
        "zh",
        "full",
        True,
        False,
        0.15,
        0.1,
        0.5,
        0.25,
        0.0,
        0.4,
        (1, 3, 4),
        (1, 2),
        0.3,
        (60, 80, 100),
        0.2,
        0.2,
        0.0,
        "dingtalk",
        (
            ("{t}", 4),
            ("医保政策进企业｜{t}", 1),
            ("{t}（{md}）", 1.5),
            ("关于开展{t}的通知", 1),
            ("【医保局】{t}", 1),
        ),
        {T: ("培训会", "业务培训", "专题培训"), P: ("宣讲会", "政策宣讲", "宣传活动")},
    ),
    "tax": Style(
        "letter",
        "short",
        False,
        False,
        0.05,
        0.02,
        0.2,
        0.05,
        0.0,
        0.5,
        (4, 5),
        (1, 2),
        0.5,
        (60, 80, 120),
        0.6,
        0.1,
        0.0,
        "tencent",
        (
            ("{t}", 4),
            ("纳税人学堂：{t}", 1.5),
            ("{y}年{q}{t}", 1),
            ("【报名】{t}", 1),
            ("{t}（免费参加）", 0.8),
            ("税费服务进企业｜{t}", 0.8),
        ),
        {T: ("辅导", "培训", "专题辅导会"), P: ("解读", "政策解读会", "宣讲会")},
    ),
    "scjg": Style(
        "zh",
        "full",
        False,
        False,
        0.2,
        0.1,
        0.4,
        0.1,
        0.1,
        0.5,
        (0, 1, 3),
        (0, 3),
        0.2,
        (80, 100),
        0.2,
        0.2,
        0.1,
        "tencent",
        (
            ("{t}", 4),
            ("县市场监管局：{t}", 1.2),
            ("关于开展{t}的通知", 1),
            ("{t}（公益）", 1),
            ("市监局{t}", 0.6),
        ),
        {T: ("培训班", "培训", "专题培训"), P: ("宣讲会", "普法宣传", "宣传活动")},
    ),
    "yjj": Style(
        "zh",
        "mixed",
        False,
        False,
        0.3,
        0.05,
        0.5,
        0.2,
        0.0,
        0.7,
        (2, 5),
        (0, 3),
        0.6,
        (120, 150, 200),
        0.2,
        0.3,
        0.12,
        "dingtalk",
        (
            ("{t}", 4),
            ("关于举办{y}年度{t}的通知", 1.5),
            ("【安全培训】{t}", 1),
            ("{y}年度{t}", 1.5),
        ),
        {T: ("培训班", "培训", "专题培训"), P: ("宣讲会", "警示教育", "宣传活动")},
    ),
    "sthj": Style(
        "letter",
        "full",
        False,
        False,
        0.1,
        0.15,
        0.6,
        0.2,
        0.0,
        0.5,
        (2, 6),
        (1, 2),
        0.2,
        (50, 80),
        0.3,
        0.15,
        0.0,
        "dingtalk",
        (("{t}", 4), ("生态环境大讲堂｜{t}", 1.2), ("{t}（{md}）", 1), ("关于召开{t}的通知", 1)),
        {T: ("培训会", "专题培训", "业务培训"), P: ("宣讲会", "政策宣讲", "宣传活动")},
    ),
    "zjj": Style(
        "zh",
        "mixed",
        False,
        False,
        0.25,
        0.05,
        0.2,
        0.3,
        0.0,
        0.5,
        (3, 4),
        (1, 3),
        0.4,
        (100, 150),
        0.3,
        0.2,
        0.0,
        "tencent",
        (("{t}", 4), ("关于召开{t}的通知", 1.5), ("县住建局{t}", 1), ("{t}（{md}）", 1)),
        {T: ("培训会", "培训班", "业务培训"), P: ("宣讲会", "政策宣讲", "宣贯会")},
    ),
    "sw": Style(
        "zh",
        "full",
        False,
        False,
        0.1,
        0.05,
        0.3,
        0.1,
        0.15,
        0.4,
        (0, 6),
        (0, 2),
        0.5,
        (50, 60, 80),
        0.5,
        0.1,
        0.0,
        "feishu",
        (("{t}", 4), ("【商务惠企】{t}", 1), ("关于举办{t}的通知", 1), ("{t}（免费）", 1)),
        {T: ("培训会", "实务培训", "专题培训"), P: ("宣讲会", "政策宣讲会", "政策解读会")},
    ),
    "wsb": Style(
        "en",
        "en",
        True,
        True,
        0.0,
        0.0,
        1.0,
        0.3,
        0.0,
        0.4,
        (0,),
        (0,),
        0.6,
        (30, 40, 50),
        0.5,
        0.1,
        0.0,
        "zoom",
        (("{t}", 4), ("[Free] {t}", 1), ("Notice: {t}", 1), ("{t} ({md})", 1.2), ("{y} {t}", 0.8)),
        {
            T: ("Training", "Workshop", "Training Session"),
            P: ("Briefing", "Policy Briefing", "Seminar"),
        },
    ),
    "gxj": Style(
        "letter",
        "full",
        False,
        False,
        0.15,
        0.05,
        0.3,
        0.1,
        0.1,
        0.5,
        (1, 4),
        (1, 2),
        0.5,
        (80, 100, 150),
        0.6,
        0.1,
        0.0,
        "feishu",
        (
            ("{t}", 4),
            ("【惠企政策】{t}", 1.2),
            ("{t}（免费）", 0.8),
            ("关于召开{t}的通知", 1),
            ("工信惠企直通车｜{t}", 1),
        ),
        {T: ("培训会", "专题培训", "辅导会"), P: ("宣讲会", "政策宣讲会", "解读会")},
    ),
    "kjj": Style(
        "en",
        "short",
        False,
        False,
        0.1,
        0.05,
        0.4,
        0.1,
        0.0,
        0.4,
        (2, 5),
        (1, 2),
        0.3,
        (60, 100),
        0.6,
        0.15,
        0.0,
        "feishu",
        (("{t}", 4), ("科技政策进企业｜{t}", 1.2), ("{y}年度{t}", 1), ("关于举办{t}的通知", 1)),
        {T: ("培训会", "申报辅导会", "专题培训"), P: ("宣讲会", "政策宣讲会", "解读会")},
    ),
    "nyj": Style(
        "zh",
        "short",
        False,
        False,
        0.3,
        0.05,
        0.3,
        0.1,
        0.0,
        0.6,
        (0, 3),
        (0, 1),
        0.5,
        (50, 80, 100),
        0.2,
        0.3,
        0.0,
        "dingtalk",
        (("{t}", 4), ("{t}（{md}·{town}）", 2), ("【公益】{t}", 1), ("关于举办{t}的通知", 1)),
        {T: ("培训班", "培训", "实训班"), P: ("宣讲会", "政策宣讲", "宣传活动")},
    ),
}

_DEPT_TOPICS: dict[str, tuple[str, ...]] = {
    "rsj": ("就业创业", "社保"),
    "ybj": ("医保",),
    "tax": ("税费优惠",),
    "scjg": ("市场主体",),
    "yjj": ("安全生产",),
    "sthj": ("生态环境",),
    "zjj": ("建筑施工",),
    "sw": ("外贸政策",),
    "wsb": ("foreign trade",),
    "gxj": ("惠企",),
    "kjj": ("科技创新",),
    "nyj": ("乡村振兴",),
}

_SECTOR_SPECIALS: dict[str, tuple[str, str]] = {
    "C": ("制造业企业专场", "for Manufacturers"),
    "F": ("商贸企业专场", "for Traders and Retailers"),
    "E": ("建筑业企业专场", "for Construction Firms"),
    "H": ("餐饮住宿企业专场", "for Hotels and Restaurants"),
    "I": ("软件和信息服务企业专场", "for IT Service Firms"),
    "O": ("个体工商户专场", "for Sole Proprietors"),
}
_MONTHS_EN = (
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
_HOLIDAYS = {(1, 1), (4, 4), (4, 5), (5, 1), (5, 2), (5, 3), (5, 4), (5, 5)} | {
    (10, d) for d in range(1, 8)
}


# ---------------------------------------------------------------------------------------
# sessions


@dataclass(frozen=True)
class Qual:
    kind: str  # seq | class | half | town | sector
    n: int = 0
    unit: str = (
        ""  # 期/场 (seq), cn/letter/num (class), am/pm (half), 专场/站 (town), letter (sector)
    )
    town: str = ""


@dataclass(frozen=True)
class Online:
    platform: str
    code: str
    token: str


@dataclass
class Session:
    sid: int
    policy: Policy
    kind: str
    start: datetime
    end: datetime
    hosts: list[str]
    room: Room | None
    online: Online | None
    qual: Qual | None
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    hide: float = 0.0  # extra chance that a posting leaves out the location
    twins: bool = False
    block: str = "single"  # the pattern that made it (for the summary)


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(TZ).isoformat()


class _Builder:
    def __init__(self, rng: random.Random, target: int) -> None:
        self.rng = rng
        self.target = target
        scale = target / DEFAULT_SESSIONS
        n_days = max(21, round(BASE_DAYS * scale))
        all_days = [START_DAY + timedelta(days=i) for i in range(n_days)]
        self.days = [d for d in all_days if d.weekday() < 5 and (d.month, d.day) not in _HOLIDAYS]
        self.day_index = {d: i for i, d in enumerate(self.days)}
        self.saturdays = [
            d for d in all_days if d.weekday() == 5 and (d.month, d.day) not in _HOLIDAYS
        ]
        rooms = _county_venues() + _town_venues() + _extra_venues(scale)
        self.by_tag: dict[str, list[Room]] = {}
        self.by_town: dict[str, list[Room]] = {}
        self.by_building: dict[str, list[Room]] = {}
        for r in rooms:
            for tag in r.building.tags:
                self.by_tag.setdefault(tag, []).append(r)
            if "town" in r.building.tags or "village" in r.building.tags:
                self.by_town.setdefault(r.building.town, []).append(r)
            self.by_building.setdefault(r.building.key, []).append(r)
        self.busy: dict[tuple[str, date], list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()
        self.sessions: list[Session] = []
        self.hard: Counter[str] = Counter()
        self.on_policy: dict[tuple[str, date], list[tuple[datetime, datetime]]] = {}
        self.block = "single"
        self._policies = list(POLICIES)
        self._cum: list[float] = []
        total = 0.0
        for p in self._policies:
            total += p.weight
            self._cum.append(total)

    # -- helpers -------------------------------------------------------------------------
    def policy(self, pred: Callable[[Policy], bool] | None = None, series: bool = False) -> Policy:
        rng = self.rng

        def ok(p: Policy) -> bool:
            return (series or not p.series_only) and (pred is None or pred(p))

        for _ in range(50):
            p = rng.choices(self._policies, cum_weights=self._cum)[0]
            if ok(p):
                return p
        return rng.choice([p for p in self._policies if ok(p)])

    def day(self, policy: Policy | None = None) -> date:
        rng = self.rng
        if (
            policy is not None
            and policy.weekend
            and self.saturdays
            and rng.random() < policy.weekend * 0.4
        ):
            return rng.choice(self.saturdays)
        return self.days[rng.randrange(len(self.days))]

    def shift(self, d: date, k: int) -> date:
        """The working day k working days after d (clamped to the calendar)."""
        i = self.day_index.get(d)
        if i is None:
            i = bisect.bisect_left(self.days, d)
        return self.days[max(0, min(len(self.days) - 1, i + k))]

    def free(self, room: Room, start: datetime, end: datetime) -> bool:
        buffer = timedelta(minutes=90)
        d = start.date()
        while d <= end.date():
            for s, e in self.busy.get((room.key, d), ()):
                if start < e + buffer and s < end + buffer:
                    return False
            d += timedelta(days=1)
        return True

    def book(self, room: Room, start: datetime, end: datetime) -> None:
        d = start.date()
        while d <= end.date():
            self.busy.setdefault((room.key, d), []).append((start, end))
            d += timedelta(days=1)

    def candidates(self, policy: Policy, town: str | None) -> list[Room]:
        if town is not None:
            rooms = list(self.by_town.get(town, ()))
            if "flowerpark" in policy.venues and town == "新河镇":
                rooms += self.by_tag["flowerpark"]
            return rooms
        out: list[Room] = []
        for tag in policy.venues:
            if tag == "enterprise":
                for sector in policy.sectors:
                    out += self.by_tag.get(f"sector-{sector}", [])
            elif tag != "town":
                out += self.by_tag.get(tag, [])
        if policy.lead in ("tax", "scjg", "yjj", "gxj", "sthj") and self.rng.random() < 0.06:
            # 送政策上门: now and then held in a meeting room of a firm of the audience's trade
            for sector in policy.sectors:
                out = out + self.by_tag.get(f"sector-{sector}", [])
        return out

    def pick_room(self, rooms: Sequence[Room], start: datetime, end: datetime) -> Room | None:
        if not rooms:
            return None
        for _ in range(8):
            r = rooms[self.rng.randrange(len(rooms))]
            if self.free(r, start, end):
                return r
        return None

    def slot(
        self, d: date, policy: Policy, part: str | None = None, full: bool | None = None
    ) -> tuple[datetime, datetime]:
        rng = self.rng
        summer = 5 <= d.month <= 9
        if full is None:
            full = rng.random() < policy.full_day
        if full:
            s = time(8, 30) if rng.random() < 0.5 else time(9, 0)
            e = time(17, 30) if summer else time(17, 0)
            end_day = d
            if rng.random() < 0.12 and self.shift(d, 1) == d + timedelta(days=1):
                end_day = d + timedelta(days=1)  # a two-day class on consecutive working days
            return datetime.combine(d, s, TZ), datetime.combine(end_day, e, TZ)
        minutes = rng.choice((*policy.minutes, 90, 180))
        if part is None:
            part = "am" if rng.random() < 0.55 else "pm"
        if part == "am":
            starts: tuple[time, ...] = (
                time(8, 30),
                time(9, 0),
                time(9, 0),
                time(9, 30),
                time(10, 0),
            )
            latest = time(12, 0)
        else:
            starts = (
                (time(14, 30), time(15, 0), time(14, 30))
                if summer
                else (time(14, 0), time(14, 0), time(14, 30), time(15, 0))
            )
            latest = time(18, 0) if summer else time(17, 30)
        st = datetime.combine(d, rng.choice(starts), TZ)
        limit = datetime.combine(d, latest, TZ)
        en = min(st + timedelta(minutes=minutes), limit)
        if en - st < timedelta(minutes=60):
            en = st + timedelta(minutes=60)
        return st, en

    def online(self, dept: str) -> Online:
        rng = self.rng
        platform = STYLES[dept].platform
        while True:
            code = str(rng.randrange(100_000_000, 1_000_000_000))
            if code not in self.codes:
                self.codes.add(code)
                break
        token = "".join(
            rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)
        )
        return Online(platform, code, token)

    def hosts(self, policy: Policy, lead: str | None = None, p: float | None = None) -> list[str]:
        rng = self.rng
        lead = lead or policy.lead
        others = [d for d in policy.names if d != lead]
        if not others or rng.random() >= min(0.9, 1.1 * (policy.cohost if p is None else p)):
            return [lead]
        r = rng.random()
        k = 1 if r < 0.62 else 2 if r < 0.92 else 3
        return [lead, *rng.sample(others, min(k, len(others)))]

    def kind_of(self, policy: Policy, lead: str) -> str:
        return policy.kinds.get(lead, policy.kind)

    def town_for(self, policy: Policy) -> str:
        pool = policy.towns or TOWN_NAMES
        return pool[self.rng.randrange(len(pool))]

    def regions_for(self, policy: Policy, room: Room | None, town: str | None) -> tuple[str, ...]:
        if town is not None:
            return (town,)
        if (
            room is not None
            and room.building.key in ("kaifa", "gaoxin")
            and self.rng.random() < 0.5
        ):
            return (room.building.town,)
        return ()

    def clash(self, policy: Policy, start: datetime, end: datetime) -> bool:
        """Whether another session on this policy already overlaps [start, end)."""
        for s, e in self.on_policy.get((policy.pid, start.date()), ()):
            if start < e and s < end:
                return True
        return False

    def add(
        self,
        policy: Policy,
        start: datetime,
        end: datetime,
        hosts: list[str],
        room: Room | None,
        online: Online | None = None,
        qual: Qual | None = None,
        sectors: tuple[str, ...] | None = None,
        regions: tuple[str, ...] = (),
        hide: float = 0.0,
    ) -> Session:
        if room is not None:
            if not self.free(room, start, end):
                raise RuntimeError(f"double booking of {room.key} at {start}")
            self.book(room, start, end)
        d = start.date()
        while d <= end.date():
            self.on_policy.setdefault((policy.pid, d), []).append((start, end))
            d += timedelta(days=1)
        s = Session(
            len(self.sessions),
            policy,
            self.kind_of(policy, hosts[0]),
            start,
            end,
            hosts,
            room,
            online,
            qual,
            policy.sectors if sectors is None else sectors,
            regions,
            hide,
            block=self.block,
        )
        self.sessions.append(s)
        return s

    def remaining(self) -> int:
        return self.target - len(self.sessions)

    # -- blocks --------------------------------------------------------------------------
    # Each block adds one real-world pattern; none lets two sessions on one policy overlap
    # unless a qualifier (班, 专场, 场) or the room tells them apart.

    def single(
        self, policy: Policy | None = None, hosts: list[str] | None = None
    ) -> Session | None:
        rng = self.rng
        policy = policy or self.policy()
        hosts = hosts or self.hosts(policy)
        town = (
            self.town_for(policy)
            if policy.scope == "town" or ("town" in policy.venues and rng.random() < 0.2)
            else None
        )
        online = rng.random() < policy.online and town is None
        for _ in range(5):
            d = self.day(policy)
            if online:
                if rng.random() < 0.25:
                    st = datetime.combine(d, rng.choice((time(19, 0), time(19, 30))), TZ)
                    en = st + timedelta(minutes=90)
                else:
                    st, en = self.slot(d, policy, full=False)
                if not self.clash(policy, st, en):
                    return self.add(policy, st, en, hosts, None, self.online(hosts[0]))
                continue
            st, en = self.slot(d, policy)
            if self.clash(policy, st, en):
                continue
            room = self.pick_room(self.candidates(policy, town), st, en)
            if room is not None:
                live = self.online(hosts[0]) if rng.random() < 0.03 else None
                regions = self.regions_for(policy, room, town)
                return self.add(policy, st, en, hosts, room, live, regions=regions)
        return None

    def single_at(
        self,
        policy: Policy,
        st: datetime,
        en: datetime,
        building: str | None,
        avoid: Room | None = None,
        same: Room | None = None,
        lead: str | None = None,
    ) -> Session | None:
        if self.clash(policy, st, en):
            return None
        if same is not None and self.free(same, st, en):
            room: Room | None = same
        else:
            rooms = self.by_building[building] if building else self.candidates(policy, None)
            room = self.pick_room([r for r in rooms if r is not avoid], st, en)
        if room is None:
            return None
        hosts = self.hosts(policy, lead)
        return self.add(policy, st, en, hosts, room, regions=self.regions_for(policy, room, None))

    def series(self, policy: Policy | None = None, i: int | None = None) -> int:
        """第一期…第N期 in one hall (or one online room) on different days, some two a day."""
        rng = self.rng
        policy = policy or self.policy(lambda p: p.series is not None and not p.series_only)
        n = rng.randint(8, 10) if policy.series_only else rng.randint(2, 5)
        n = min(n, max(1, self.remaining()))
        if i is None:
            i = rng.randrange(len(self.days))
        town = self.town_for(policy) if policy.scope == "town" else None
        full = rng.random() < policy.full_day
        rooms = self.candidates(policy, town)
        if not rooms:
            return 0
        halls = [r for r in rooms if r.label[0] == "hall"] or rooms
        room = halls[rng.randrange(len(halls))]
        online = policy.online > 0.3 and rng.random() < 0.5
        hosts = self.hosts(policy)
        made: list[Session] = []
        same_day_ok = not full and rng.random() < 0.5
        while len(made) < n and i < len(self.days):
            d = self.days[i]
            two = same_day_ok and rng.random() < 0.6 and len(made) + 1 < n
            for part in ("am", "pm") if two else (None,):
                if part is None:
                    st, en = self.slot(d, policy, full=full)
                else:
                    st, en = self.slot(d, policy, part=part, full=False)
                if self.clash(policy, st, en) or not (online or self.free(room, st, en)):
                    continue
                h = hosts if rng.random() < 0.8 else self.hosts(policy)
                q = Qual("seq", 0, policy.series or "期")  # numbered in date order by renumber()
                if online:
                    made.append(self.add(policy, st, en, h, None, self.online(h[0]), q))
                else:
                    regions = self.regions_for(policy, room, town)
                    made.append(self.add(policy, st, en, h, room, qual=q, regions=regions))
                if len(made) >= 2:
                    a, b = made[-2], made[-1]
                    same_day = a.start.date() == b.start.date()
                    self.hard["series_same_day" if same_day else "series_other_day"] += 1
            i += rng.randint(3, 6) if policy.series_only else rng.randint(2, 7)
        return len(made)

    def classes(self) -> int:
        """一班/二班 (A班/B班) of one training in parallel rooms of one building."""
        rng = self.rng
        policy = self.policy(
            lambda p: (
                p.classes
                or p.pid in ("tax.e-invoice", "scjg.annual", "rsj.contract", "tax.social-fee")
            )
        )
        k = 2 if rng.random() < 0.85 or self.remaining() < 3 else 3
        town = self.town_for(policy) if policy.scope == "town" else None
        for _ in range(6):
            d = self.day(policy)
            st, en = self.slot(d, policy)
            if self.clash(policy, st, en):
                continue
            buildings: dict[str, list[Room]] = {}
            for r in self.candidates(policy, town):
                if r.label[0] != "hall" and self.free(r, st, en):
                    rooms = buildings.setdefault(r.building.key, [])
                    if r not in rooms:
                        rooms.append(r)
            options = [v for v in buildings.values() if len(v) >= k]
            if not options:
                town = self.town_for(policy) if town is not None else None
                continue
            chosen = sorted(options[rng.randrange(len(options))], key=lambda r: r.key)[:k]
            style = rng.choice(("cn", "cn", "letter", "num"))
            if any(r.label[0] == "letter" for r in chosen):
                style = "letter"
            hosts = self.hosts(policy)
            regions = self.regions_for(policy, chosen[0], town)
            for n, room in enumerate(chosen, 1):
                self.add(policy, st, en, hosts, room, qual=Qual("class", n, style), regions=regions)
            self.hard["parallel_class"] += k - 1
            return k
        return 0

    def halfday(self) -> int:
        """上午场/下午场 of one subject in one room on one day."""
        rng = self.rng
        policy = self.policy(lambda p: p.full_day < 0.5 and p.online < 0.4)
        town = self.town_for(policy) if policy.scope == "town" else None
        for _ in range(6):
            d = self.day(policy)
            am = self.slot(d, policy, part="am", full=False)
            pm = self.slot(d, policy, part="pm", full=False)
            if self.clash(policy, *am) or self.clash(policy, *pm):
                continue
            rooms = [
                r
                for r in self.candidates(policy, town)
                if self.free(r, am[0], am[1]) and self.free(r, pm[0], pm[1])
            ]
            if not rooms:
                continue
            room = rooms[rng.randrange(len(rooms))]
            hosts = self.hosts(policy)
            regions = self.regions_for(policy, room, town)
            self.add(policy, *am, hosts, room, qual=Qual("half", 1, "am"), regions=regions)
            self.add(policy, *pm, hosts, room, qual=Qual("half", 2, "pm"), regions=regions)
            self.hard["halfday"] += 1
            return 2
        return 0

    def town_special(self) -> int:
        """Town 专场 at one hour (mostly posted without a venue), or a 站 tour day by day."""
        rng = self.rng
        policy = self.policy(lambda p: p.scope == "town" or "town" in p.venues)
        k = min(rng.choice((2, 2, 3, 3, 4)), max(2, self.remaining()))
        pool = list(policy.towns or TOWN_NAMES)
        towns = rng.sample(pool, min(k, len(pool)))
        hosts = self.hosts(policy, p=max(policy.cohost, 0.6))
        tour = rng.random() < 0.35
        unit = "站" if tour else "专场"
        made = 0
        d = self.day(policy)
        st, en = self.slot(d, policy, full=False)
        if self.clash(policy, st, en):
            return 0
        for j, town in enumerate(towns):
            if tour and j:
                d = self.shift(d, 1)
                st, en = self.slot(d, policy, full=False)
                if self.clash(policy, st, en):
                    continue
            room = self.pick_room(self.by_town.get(town, []), st, en)
            if room is None:
                continue
            hide = 0.15 if tour else 0.6
            qual = Qual("town", 0, unit, town)
            self.add(policy, st, en, hosts, room, qual=qual, regions=(town,), hide=hide)
            made += 1
        if made >= 2:
            self.hard["town_tour" if tour else "town_same_hour"] += made - 1
        return made

    def online_pair(self) -> int:
        """Two online sessions at one hour with their own meeting numbers."""
        rng = self.rng
        d = self.day()
        if rng.random() < 0.6:
            policy = self.policy(
                lambda p: len([s for s in p.sectors if s in _SECTOR_SPECIALS]) >= 2 or not p.sectors
            )
            pool = [s for s in policy.sectors if s in _SECTOR_SPECIALS] or ["C", "F"]
            secs = rng.sample(pool, 2)
            st, en = self.slot(d, policy, full=False)
            if self.clash(policy, st, en):
                return 0
            hosts = self.hosts(policy)
            for s in secs:
                qual = Qual("sector", 0, s)
                self.add(policy, st, en, hosts, None, self.online(hosts[0]), qual, sectors=(s,))
        else:
            fam = FAMILIES[rng.choice(sorted(FAMILIES))]
            a, b = rng.sample(fam, 2)
            st, en = self.slot(d, a, full=False)
            if self.clash(a, st, en) or self.clash(b, st, en):
                return 0
            for p in (a, b):
                h = self.hosts(p)
                self.add(p, st, en, h, None, self.online(h[0]))
        self.hard["online_same_hour"] += 1
        return 2

    def redundant(self) -> int:
        """The same policy for the same audience again within 0-4 working days."""
        rng = self.rng
        policy = self.policy(lambda p: p.scope == "county")
        first = self.single(policy, hosts=[policy.lead] if rng.random() < 0.5 else None)
        if first is None:
            return 0
        d = self.shift(first.start.date(), rng.randint(0, 4))
        other = [x for x in policy.names if x != policy.lead]
        lead = rng.choice(other) if other and rng.random() < 0.5 else policy.lead
        for _ in range(4):
            part = None
            if d == first.start.date():
                part = "pm" if first.start.hour < 12 else "am"
            st, en = self.slot(d, policy, part=part, full=False if part else None)
            if self.clash(policy, st - timedelta(hours=1), en + timedelta(hours=1)):
                d = self.shift(d, 1)
                continue
            rooms = [r for r in self.candidates(policy, None) if r is not first.room]
            room = self.pick_room(rooms, st, en)
            if room is None:
                continue
            self.add(policy, st, en, [lead], room, sectors=first.sectors, regions=first.regions)
            self.hard["redundant"] += 1
            return 2
        return 1

    def siblings(self) -> int:
        """Sibling policies (near-identical titles) in one building: in parallel, one after
        the other, or on the next day in the same room."""
        rng = self.rng
        fam = FAMILIES[rng.choice(sorted(FAMILIES))]
        a, b = rng.sample(fam, 2)
        mode = rng.choice(("consecutive", "parallel", "next_day"))
        for _ in range(6):
            d = self.day(a)
            part = "am" if mode == "consecutive" else None
            st, en = self.slot(d, a, part=part, full=False)
            sa = self.single_at(a, st, en, None)
            if sa is None or sa.room is None:
                continue
            building = sa.room.building.key
            if mode == "parallel":
                sb = self.single_at(b, st, en, building, avoid=sa.room)
            elif mode == "consecutive":
                st2, en2 = self.slot(d, b, part="pm", full=False)
                sb = self.single_at(b, st2, en2, building, same=sa.room)
            else:
                st2 = datetime.combine(self.shift(d, 1), st.timetz())
                sb = self.single_at(b, st2, st2 + (en - st), building, same=sa.room)
            if sb is None:
                return 1
            self.hard["sibling"] += 1
            return 2
        return 0

    def later_start(self) -> int:
        """Another session 30-60 minutes later in another room of the same building."""
        rng = self.rng
        a = self.policy(lambda p: p.scope == "county")
        for _ in range(6):
            d = self.day(a)
            st, en = self.slot(d, a, full=False)
            sa = self.single_at(a, st, en, None)
            if sa is None or sa.room is None:
                continue
            same_dept = [
                p for p in POLICIES if p.lead == a.lead and p is not a and p.scope == "county"
            ]
            b = (
                rng.choice(same_dept)
                if same_dept and rng.random() < 0.6
                else self.policy(lambda p: p.scope == "county" and p is not a)
            )
            delay = timedelta(minutes=rng.choice((30, 45, 60)))
            sb = self.single_at(b, st + delay, en + delay, sa.room.building.key, avoid=sa.room)
            if sb is None:
                return 1
            self.hard["later_start"] += 1
            return 2
        return 0

    def concurrent(self) -> int:
        """One department running two different sessions at the same hour."""
        rng = self.rng
        dept = rng.choice(sorted({p.lead for p in POLICIES}))
        mine = [p for p in POLICIES if p.lead == dept and p.scope == "county" and not p.series_only]
        if len(mine) < 2:
            return 0
        a, b = rng.sample(mine, 2)
        d = self.day(a)
        st, en = self.slot(d, a, full=False)
        sa = self.single_at(a, st, en, None, lead=dept)
        if sa is None:
            return 0
        sb = self.single_at(b, st, en, None, avoid=sa.room, lead=dept)
        if sb is None:
            return 1
        self.hard["dept_concurrent"] += 1
        if sa.room and sb.room and sa.room.building is sb.room.building:
            self.hard["parallel_other_subject"] += 1
        return 2

    def run(self) -> None:
        blocks = (
            (self.single, 0.62),
            (self.series, 0.02),
            (self.classes, 0.028),
            (self.halfday, 0.02),
            (self.town_special, 0.016),
            (self.online_pair, 0.02),
            (self.redundant, 0.02),
            (self.siblings, 0.021),
            (self.later_start, 0.016),
            (self.concurrent, 0.011),
        )
        funcs = [b[0] for b in blocks]
        weights = [b[1] for b in blocks]
        # the safety-training series 第一期…第十期 runs every quarter (about 65 working days)
        for policy in POLICIES:
            if policy.series_only:
                for start in range(0, len(self.days), 65):
                    if self.remaining() > 12:
                        self.block = "series"
                        self.series(policy, start + self.rng.randrange(5))
        stall = 0
        while self.remaining() > 0 and stall < 1000:
            before = len(self.sessions)
            f = self.rng.choices(funcs, weights)[0]
            if self.remaining() < 2:
                f = self.single
            self.block = f.__name__
            f()
            stall = stall + 1 if len(self.sessions) == before else 0
        del self.sessions[self.target :]
        self.renumber()
        self.mark_twins()

    def renumber(self) -> None:
        """Number each policy's 期/场 in date order within a year, as a department would."""
        groups: dict[tuple[str, int], list[Session]] = {}
        for s in self.sessions:
            if s.qual is not None and s.qual.kind == "seq":
                groups.setdefault((s.policy.pid, s.start.year), []).append(s)
        for group in groups.values():
            group.sort(key=lambda s: (s.start, s.sid))
            for n, s in enumerate(group, 1):
                s.qual = Qual("seq", n, s.qual.unit if s.qual else "期")

    def mark_twins(self) -> None:
        by_day: dict[date, list[Session]] = {}
        for s in self.sessions:
            by_day.setdefault(s.start.date(), []).append(s)
        for group in by_day.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if a.policy is b.policy and a.start < b.end and b.start < a.end:
                        a.twins = b.twins = True


# ---------------------------------------------------------------------------------------
# rendering postings


class _Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ext: Counter[str] = Counter()
        self.stats: Counter[str] = Counter()
        self.qual_seen: dict[int, set[bool]] = {}

    # -- text pieces ---------------------------------------------------------------------
    def floor_zh(self, n: int, st: Style) -> str:
        form = _FLOOR_FORMS[self.rng.choice(st.floor_forms)]
        return form.format(c=_cn(n), n=n)

    def room_zh(self, room: Room, st: Style) -> str:
        rng = self.rng
        kind, value = room.label
        floor = ""
        show_floor = rng.random() < st.floor
        if kind == "num":
            text = rng.choice((f"{value}室", f"{value}室", f"{value}会议室", value))
            show_floor = show_floor and rng.random() < 0.4
        elif kind == "mtg":
            n = int(value)
            text = _MTG_FORMS[rng.choice(st.mtg_forms)].format(c=_cn(n), n=n)
        elif kind == "hall":
            text = rng.choice(_HALLS[value][0])
        elif kind == "letter":
            text = rng.choice(
                (f"培训中心{value}厅", f"培训中心 {value} 厅", f"{value}厅", f"培训{value}厅")
            )
        elif kind == "class":
            text = rng.choice((f"{value}教室", f"{value}教室", f"教室{value}", f"{value}室"))
            show_floor = show_floor and rng.random() < 0.3
        else:
            text = value
            show_floor = show_floor or rng.random() < 0.7
        if show_floor and room.floor is not None:
            floor = self.floor_zh(room.floor, st)
        return floor + text

    def building_zh(self, b: Building, st: Style) -> str:
        rng = self.rng
        name = b.names[0] if rng.random() < st.formal else rng.choice(b.names[1:] or b.names)
        prefixed = False
        if rng.random() < st.prefix:
            if name.startswith(("沭阳", "中共沭阳")):
                name = rng.choice(("江苏省宿迁市", "宿迁市", "宿迁市")) + name
                prefixed = True
            elif name.startswith("宿迁市"):
                name = "江苏省" + name
                prefixed = True
            elif not name.startswith(("县", "国家", "江苏")):
                name = "沭阳县" + name
        if b.address and not prefixed and rng.random() < st.address:
            form = rng.randrange(3)
            if form == 0:
                return b.address + name
            if form == 1:
                return f"{name}（{b.address}）"
            return f"{b.address}（{name}）"
        return name

    def location_zh(self, room: Room, st: Style, level: str) -> str:
        rng = self.rng
        parts = [self.building_zh(room.building, st)]
        if room.wing and (level == "room" or rng.random() < 0.3):
            parts.append(rng.choice(_WINGS[room.wing][0]))
        if level == "room":
            parts.append(self.room_zh(room, st))
        sep = " " if rng.random() < st.spaces else ""
        return sep.join(parts)

    def location_en(self, room: Room, level: str) -> str:
        rng = self.rng
        b = room.building
        kind, value = room.label
        if kind == "num":
            r = f"Room {value}"
        elif kind == "mtg":
            r = rng.choice(
                (
                    f"Meeting Room {value}",
                    f"Conference Room No. {value}",
                    f"Meeting Room No.{value}",
                )
            )
        elif kind == "hall":
            r = _HALLS[value][1]
        elif kind == "letter":
            r = rng.choice(
                (f"Training Center Room {value}", f"Room {value}", f"Training Hall {value}")
            )
        elif kind == "class":
            r = f"Classroom {value}"
        else:
            r = _PLAIN_EN[value]
        if room.floor is not None and kind in ("plain", "hall", "mtg") and rng.random() < 0.5:
            r = rng.choice((f"{room.floor}F {r}", f"{r}, {_ordinal_en(room.floor)} Floor"))
        wing = _WINGS[room.wing][1] if room.wing else None
        place = b.en
        if b.en_address and rng.random() < 0.3:
            place = f"{b.en} ({b.en_address})"
        if level == "building":
            return f"{place}, {wing}" if wing and rng.random() < 0.3 else place
        if rng.random() < 0.55:
            return ", ".join(x for x in (place, wing, r) if x)
        tail = ", Shuyang" if rng.random() < 0.3 and "Shuyang" not in place else ""
        return ", ".join(x for x in (r, wing, place) if x) + tail

    def qual_zh(self, q: Qual) -> str:
        rng = self.rng
        if q.kind == "seq":
            return rng.choice(
                (f"第{_cn(q.n)}{q.unit}", f"第{q.n}{q.unit}", f"第{_cn(q.n)}{q.unit}")
            )
        if q.kind == "class":
            if q.unit == "letter":
                return f"{'ABCD'[q.n - 1]}班"
            return rng.choice((f"{_cn(q.n)}班", f"{_cn(q.n)}班", f"{q.n}班", f"第{_cn(q.n)}班"))
        if q.kind == "half":
            return rng.choice(
                ("上午场", "上午场", "上午") if q.unit == "am" else ("下午场", "下午场", "下午")
            )
        if q.kind == "town":
            name = q.town if rng.random() < 0.6 else _short(q.town)
            return f"{name}{q.unit}"
        return _SECTOR_SPECIALS[q.unit][0]

    def qual_en(self, q: Qual) -> str:
        rng = self.rng
        if q.kind == "seq":
            return rng.choice((f"Session {q.n}", f"No. {q.n}", f"Phase {q.n}"))
        if q.kind == "class":
            return f"Class {'ABCD'[q.n - 1]}" if q.unit == "letter" else f"Class {q.n}"
        if q.kind == "half":
            return "Morning Session" if q.unit == "am" else "Afternoon Session"
        if q.kind == "town":
            return f"{_town_en(q.town)} Session" if q.unit == "专场" else f"{_town_en(q.town)} Stop"
        return _SECTOR_SPECIALS[q.unit][1]

    def title(self, s: Session, dept: str, kind: str, show_q: bool) -> str:
        rng = self.rng
        st = STYLES[dept]
        stem = rng.choice(s.policy.names[dept])
        d = s.start.astimezone(TZ)
        if st.english:
            suffix = rng.choice(st.suffixes[kind])
            if stem.split()[-1] == suffix.split()[0]:
                suffix = " ".join(suffix.split()[1:]) or "Session"
            core = f"{stem} {suffix}"
            if show_q and s.qual is not None:
                q = self.qual_en(s.qual)
                core = rng.choice((f"{core} ({q})", f"{core} – {q}", f"{core}, {q}"))
            md = f"{_MONTHS_EN[d.month - 1]} {d.day}"
            tmpl = self.decoration(st, s, town_ok=False)
            return tmpl.format(t=core, md=md, y=d.year)
        suffix = rng.choice(st.suffixes[kind])
        if stem.endswith(("辅导", "培训", "宣讲", "解读")):
            suffix = rng.choice(("", "会")) if not stem.endswith("会") else ""
        elif suffix[:2] and stem.endswith(
            (suffix[:2], "新政" if suffix[:2] == "政策" else suffix[:2])
        ):
            suffix = suffix[2:]  # no "政策政策解读会", "申报申报辅导会"
        core = stem + suffix
        if show_q and s.qual is not None:
            q = self.qual_zh(s.qual)
            if s.qual.kind in ("town", "sector"):
                core = rng.choice((f"{core}（{q}）", f"{core}——{q}", f"{core}·{q}"))
            elif s.qual.kind == "half":
                core = (
                    rng.choice((f"{core}（{q}）", f"{core}{q}"))
                    if q.endswith("场")
                    else f"{core}（{q}）"
                )
            else:
                core = rng.choice((f"{core}（{q}）", f"{core}（{q}）", f"{core}{q}"))
        town = (
            s.regions[0]
            if len(s.regions) == 1 and (s.qual is None or s.qual.kind != "town")
            else None
        )
        tmpl = self.decoration(st, s, town_ok=town is not None)
        quarter = f"第{_cn((d.month - 1) // 3 + 1)}季度"
        text = tmpl.format(t=core, md=f"{d.month}月{d.day}日", y=d.year, q=quarter, town=town or "")
        if rng.random() < st.fullwidth:
            text = text.translate(_FULLWIDTH)
        return text[:200]

    def decoration(self, st: Style, s: Session, town_ok: bool) -> str:
        options = [(t, w) for t, w in st.decorations if town_ok or "{town}" not in t]
        return self.rng.choices([t for t, _ in options], [w for _, w in options])[0]

    def online_text(self, o: Online, english: bool) -> str:
        rng = self.rng
        c = o.code
        code = rng.choice((f"{c[:3]}-{c[3:6]}-{c[6:]}", c, f"{c[:3]} {c[3:6]} {c[6:]}"))
        if english:
            name = {
                "zoom": "Zoom",
                "tencent": "Tencent Meeting",
                "dingtalk": "DingTalk",
                "feishu": "Feishu (Lark)",
            }[o.platform]
            return rng.choice(
                (
                    f"Online via {name} (Meeting ID {code})",
                    f"{name} {code}",
                    f"Online, {name} meeting ID: {code}",
                )
            )
        name = {
            "zoom": "Zoom会议",
            "tencent": "腾讯会议",
            "dingtalk": "钉钉会议",
            "feishu": "飞书会议",
        }[o.platform]
        return rng.choice(
            (
                f"{name}（会议号：{code}）",
                f"线上·{name} {code}",
                f"{name}ID：{code}",
                f"线上（{name}，会议号 {code}）",
                f"{name}号：{code}",
            )
        )

    def online_url(self, o: Online) -> str:
        if o.platform == "tencent":
            return f"https://meeting.tencent.com/dm/{o.token}"
        if o.platform == "dingtalk":
            return self.rng.choice(
                (
                    f"https://meeting.dingtalk.com/j/{o.code}",
                    f"https://meeting.dingtalk.com/j/{o.token}",
                )
            )
        if o.platform == "feishu":
            return f"https://vc.feishu.cn/j/{o.code}"
        return f"https://zoom.us/j/{o.code}" + (
            f"?pwd={o.token}" if self.rng.random() < 0.5 else ""
        )

    def sectors(self, letters: Sequence[str], st: Style) -> list[str]:
        if st.sectors == "letter":
            return list(letters)
        i = 1 if st.sectors == "en" else 0
        return [SECTIONS[x][i] for x in letters]

    def regions(self, names: Sequence[str], st: Style) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for n in names:
            syn = _REGION_SYNONYMS[n]
            if st.regions == "full":
                out.append(n)
            elif st.regions == "short":
                out.append(syn[0])
            elif st.regions == "en":
                ascii_names = [x for x in syn if x.isascii()]
                out.append(ascii_names[-1] if rng.random() < 0.7 else ascii_names[0])
            else:
                zh = [x for x in syn if not x.isascii()]
                out.append(rng.choice([n, n, *zh]))
        return out

    def external_id(self, dept: str, d: datetime) -> str:
        self.ext[dept] += 1
        n = self.ext[dept]
        bits = self.rng.getrandbits(24)
        formats = {
            "rsj": f"SYRS-{d:%Y%m%d}-{n:04d}",
            "ybj": f"ybj-{bits:06x}{n:05x}",
            "tax": f"TAX{d:%Y}{n:06d}",
            "scjg": f"scjg-{d:%Y}-{n}",
            "yjj": f"YJ{d:%y%m%d}{n:05d}",
            "sthj": f"sthj/{d:%Y}/{n:05d}",
            "zjj": f"zjj_{n}",
            "sw": f"SW-{d:%Y%m}-{n:05d}",
            "wsb": f"FAO-{n:06d}",
            "gxj": f"gxj{d:%Y%m%d}{n:04d}",
            "kjj": f"kjj-{bits:06x}-{n}",
            "nyj": f"NY{d:%Y}{n:06d}",
        }
        return formats[dept]

    def registration(self, dept: str, s: Session) -> str:
        rng = self.rng
        token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
        if dept == "wsb":
            return f"https://www.shuyang.gov.cn/wsb/en/register/{token}"
        if rng.random() < 0.5:
            return f"https://www.wjx.cn/vm/{token}.aspx"
        return f"https://www.shuyang.gov.cn/{dept}/bm/{s.start:%Y%m%d}{token}.html"

    # -- one posting ---------------------------------------------------------------------
    def posting(self, s: Session, dept: str, lead: bool) -> dict[str, Any]:
        rng = self.rng
        st = STYLES[dept]
        pol = s.policy
        kind = s.kind
        if not lead:
            kind = pol.kinds.get(dept, pol.kind)
            if kind == s.kind and rng.random() < 0.08:
                kind = P if kind == T else T
        # where
        location: str | None = None
        url: str | None = None
        room_level = has_code = False
        if s.room is not None:
            hide = s.hide if lead else max(s.hide, 0.36)
            r = rng.random()
            level = (
                "none"
                if r < hide
                else "building"
                if r < hide + (0.05 if lead else 0.11)
                else "room"
            )
            if s.twins and s.qual is None:
                level = "room"  # the same subject elsewhere at this hour: the room tells them apart
            if level != "none":
                location = (
                    self.location_en(s.room, level)
                    if st.english
                    else self.location_zh(s.room, st, level)
                )
                room_level = level == "room"
                self.stats["loc_building_only" if level == "building" else "loc_room"] += 1
            else:
                self.stats["loc_none"] += 1
            if s.online is not None and rng.random() < (0.7 if lead else 0.3):
                url = self.online_url(s.online)
                has_code = s.online.code in url
        elif s.online is not None:
            if not lead and rng.random() < 0.2 and not (s.twins and s.qual is None):
                self.stats["loc_none"] += 1
            else:
                give_url = rng.random() < (0.75 if lead else 0.5)
                give_text = not give_url or rng.random() < 0.5 or (s.twins and s.qual is None)
                if give_url:
                    url = self.online_url(s.online)
                    has_code = s.online.code in url
                if give_text:
                    location = self.online_text(s.online, st.english)
                    has_code = True
                elif rng.random() < 0.4:
                    location = (
                        "Online"
                        if st.english
                        else rng.choice(("线上", "线上直播", "网络直播", "线上会议"))
                    )
        # qualifier
        show_q = s.qual is not None and (lead or rng.random() < 0.6)
        if s.qual is not None and not show_q and s.twins and not (room_level or has_code):
            show_q = True
        title = self.title(s, dept, kind, show_q)
        # when
        online_only = s.room is None
        r = rng.random()
        signin = st.signin * (0.5 if lead else 1.0)
        off_s = 0
        if r < signin:
            off_s = -15 if online_only else -30
        elif not lead and r < signin + 0.07:
            off_s = 30
        r = rng.random()
        off_e = 0
        if r < (0.04 if lead else 0.12):
            off_e = -30
        elif r < (0.08 if lead else 0.24):
            off_e = 30
        start = s.start + timedelta(minutes=off_s)
        end = s.end + timedelta(minutes=off_e)
        if end <= start + timedelta(minutes=30):
            end = s.end
        if off_s:
            self.stats["start_differs"] += 1
        # what
        pool = pol.topics.get(dept) or _DEPT_TOPICS[dept]
        topics: list[str] = []
        if rng.random() >= st.topics_none:
            topics = rng.sample(list(pool), rng.randint(1, min(3, len(pool))))
            if rng.random() < 0.2 and _DEPT_TOPICS[dept][0] not in topics:
                topics.append(_DEPT_TOPICS[dept][0])
        secs: list[str] = []
        if s.sectors and rng.random() < (0.85 if lead else 0.6):
            letters = list(s.sectors)
            if not lead and len(letters) > 1 and rng.random() < 0.2:
                letters = letters[: len(letters) - 1]
            secs = self.sectors(letters, st)
        regs: list[str] = []
        if s.regions and rng.random() < (0.9 if lead else 0.6):
            regs = self.regions(s.regions, st)
        capacity: int | None = None
        if rng.random() < st.capacity and not online_only:
            capacity = rng.choice(st.caps)
            if s.room is not None:
                capacity = min(capacity, s.room.capacity)
        elif online_only and rng.random() < st.capacity * 0.3:
            capacity = rng.choice((300, 500, 1000))
        reg = self.registration(dept, s) if rng.random() < st.registration else None
        if st.utc:
            self.stats["utc"] += 1
        if st.english:
            self.stats["english"] += 1
        if kind != s.kind:
            self.stats["kind_differs"] += 1
        if s.qual is not None:
            self.qual_seen.setdefault(s.sid, set()).add(show_q)
        return {
            "department": dept,
            "input": {
                "externalId": self.external_id(dept, s.start),
                "kind": kind,
                "title": title,
                "start": _iso(start, st.utc),
                "end": _iso(end, st.utc),
                "timezone": TIMEZONE,
                "location": location,
                "onlineUrl": url,
                "topics": topics[:4],
                "audience": {"sectors": secs, "regions": regs},
                "capacity": capacity,
                "registrationUrl": reg,
            },
            "truth": {
                "session": s.sid,
                "policy": pol.pid,
                "kind": s.kind,
                "start": _iso(s.start, True),
                "end": _iso(s.end, True),
                "sectors": list(s.sectors),
                "regions": list(s.regions),
            },
        }


def _build(seed: int, sessions: int | None) -> tuple[list[dict[str, Any]], _Builder, _Renderer]:
    rng = random.Random(seed)
    target = DEFAULT_SESSIONS if sessions is None else max(1, sessions)
    builder = _Builder(rng, target)
    builder.run()
    renderer = _Renderer(rng)
    postings: list[dict[str, Any]] = []
    for s in builder.sessions:
        for j, dept in enumerate(s.hosts):
            postings.append(renderer.posting(s, dept, j == 0))
    rng.shuffle(postings)
    return postings, builder, renderer


def generate(seed: int = 0, sessions: int | None = None) -> list[dict[str, Any]]:
    """Postings of the 沭阳县 workload, shuffled by ``seed``; ``sessions`` real sessions."""
    return _build(seed, sessions)[0]


def _summary(seed: int = 0) -> str:
    postings, builder, renderer = _build(seed, None)
    sessions = builder.sessions
    co = [s for s in sessions if len(s.hosts) > 1]
    co_postings = sum(len(s.hosts) for s in co)
    by_session: dict[int, list[dict[str, Any]]] = {}
    for p in postings:
        by_session.setdefault(p["truth"]["session"], []).append(p)
    co_no_loc = sum(
        1
        for s in co
        for p in by_session[s.sid]
        if p["input"]["location"] is None and p["input"]["onlineUrl"] is None
    )
    kind_dis = sum(1 for s in co if len({p["input"]["kind"] for p in by_session[s.sid]}) > 1)
    start_dis = sum(
        1
        for s in co
        if len({datetime.fromisoformat(p["input"]["start"]) for p in by_session[s.sid]}) > 1
    )
    one_sided = sum(1 for s in co if len(renderer.qual_seen.get(s.sid, ())) > 1)
    days = {s.start.date() for s in sessions}
    blocks = Counter(s.block for s in sessions)
    per_dept = Counter(p["department"] for p in postings)
    with_qual = sum(1 for s in co if s.qual)

    def pct(n: int, d: int) -> str:
        return f"{n} ({n / max(1, d):.0%})"

    lines = [
        f"county_river (沭阳县, 宿迁市) seed {seed}",
        f"postings: {len(postings)}  real sessions: {len(sessions)}  days with sessions:"
        f" {len(days)} ({min(days)} .. {max(days)})",
        f"co-hosted sessions: {pct(len(co), len(sessions))}, with {co_postings} postings;"
        f" hosts per co-hosted session: "
        + ", ".join(f"{k}: {v}" for k, v in sorted(Counter(len(s.hosts) for s in co).items())),
        f"co-hosted postings without location or URL: {pct(co_no_loc, co_postings)};"
        f" building only (all postings): {renderer.stats['loc_building_only']}",
        f"co-hosted sessions with kind disagreement: {pct(kind_dis, len(co))};"
        f" with different stated starts: {pct(start_dis, len(co))};"
        f" qualifier on one side only: {one_sided} of {with_qual} with a qualifier",
        f"UTC postings: {renderer.stats['utc']};"
        f" English-only postings: {renderer.stats['english']};"
        f" online-only sessions: {sum(1 for s in sessions if s.room is None)};"
        f" hybrid: {sum(1 for s in sessions if s.room is not None and s.online is not None)}",
        "postings per department: " + ", ".join(f"{k} {v}" for k, v in sorted(per_dept.items())),
        "sessions per pattern: "
        + ", ".join(f"{k} {pct(v, len(sessions))}" for k, v in blocks.most_common()),
        "hard-negative pairs: "
        + ", ".join(f"{k} {v}" for k, v in sorted(builder.hard.items(), key=lambda kv: -kv[1])),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(_summary(0) + "\n")
