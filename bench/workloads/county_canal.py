"""County-canal workload: 运溪市, an invented county-level city on the Grand Canal / Taihu plain.

DATA SHEET
==========

What this is
------------
A labelled test workload for a calendar service that merges the postings of government
departments (trainings 培训 and policy-publicity sessions 宣讲) into one deduplicated calendar.
`generate(seed)` returns ~1,060-1,140 postings for the season 2027 Q3 (1 Jul - 30 Sep 2027,
Asia/Shanghai), in random order, deterministic per seed (string-seeded `random.Random`, no set
iteration, so independent of PYTHONHASHSEED).  Each record is
    {"department": <posting organisation>, "input": {...posting as written...},
     "truth": {"session": int, "kind", "start", "end"}}
Postings with the same truth session are one real session (co-hosts each writing their own
posting, or one organisation posting twice).  truth.kind / start / end are the real session's
kind and official times (+08:00).  `stats(seed)` summarises a seed; `python3 county_canal.py`
prints stats for seeds 0, 1, 2.  Everything (place names, buildings, organisations' URLs,
meeting codes) is invented; own web sites use the reserved `.example` TLD.

Calendar
--------
Sessions fall on working days only (Mon-Fri).  中秋 is computed (`mid_autumn_date`, new moon
before the autumn equinox, Meeus): 2027-09-15, a Wednesday; that day is skipped.  The official
2027 调休 arrangement is not known, so no weekend make-up days are used; 国庆 (1 Oct) is outside
the season.  30 Sep is lightly used.  Month-bound subjects: 防汛防台 / 高温 / 暑期安全 / 景区价格 /
暑期旅游安全 / 就业见习 in Jul-Aug; 大闸蟹 in Aug-Sep; 秸秆禁烧 in Sep.
Slots: morning starts 08:30/09:00/09:30/10:00 ending by 12:00, afternoon starts
13:30/14:00/14:30/15:00 ending by 17:30, some full-day classes 09:00-16:30, evening online
lives 19:00/19:30 (团委, 农商行, 工会, 反诈 / 直播电商 / 青年创业).

The county
----------
江苏省 苏澄市 (prefecture, invented) 运溪市 (county-level city, "Yunxi").  Silk reeling and
weaving, printing-and-dyeing, wire and cable, hairy crabs (大闸蟹), water-town tourism, many
private manufacturers; a provincial-level 运溪高新技术产业开发区 (高新区, in 溪口街道) and a
运溪综合保税区 (综保区, converted from the old 出口加工区, in 湖滨街道).
Towns / subdistricts (current name - old pre-merger name(s) - character):
  运河街道 Yunhe Subdistrict      - 城关镇, 南门乡   - city centre, most county offices
  溪口街道 Xikou Subdistrict      - 溪口镇           - core of the 高新区
  湖滨街道 Hubin Subdistrict      - 沙渚乡           - Taihu shore, tax bureau, bonded zone
  桑园镇   Sangyuan Town          - 蚕桥乡 (2003)    - silk; roads still named 蚕桥路
  绸塘镇   Choutang Town          - 塘南乡 (2000)    - printing-and-dyeing cluster
  菱荡镇   Lingdang Town          - 东菱乡 + 西荡乡  - crab ponds, crab market
  古渡镇   Gudu Town              - 北渡乡 (2003)    - ancient water town, homestays, boats
  盛港镇   Shenggang Town         - 港东乡 (2000)    - electric wire and cable park
Old names survive in addresses (蚕桥路, 塘南大街, 东菱路, 港东路) and in audience regions
("蚕桥片区", "塘南片区"...).

Buildings (id: official [town] / short / old / landmark / address / English; rooms)
--------------------------------------------------------------------------------------
Floors are written 三楼 / 3楼 / 3F / 3层; blocks 2号楼 / 2#楼 / 二号楼 / 2幢, A座 / A栋 / A幢;
ordinal rooms 第一会议室 / 一号会议室 / 1号会议室 / 第1会议室; suffix rooms 培训教室一 / 培训教室1 /
培训教室（一）/ 1号培训教室; door rooms 501会议室 / 501室 / 会议室501.
  zwzx  运溪市政务服务中心 [运河] / 市政务服务中心, 市政务中心, 政务中心, 市民中心 / 原行政服务中心,
        老行政审批中心大楼 / 人民广场东侧大楼, 世纪大道运河路口市民中心大楼 / 世纪大道188号 /
        Yunxi Government Affairs Service Center; 3F 第一会议室, 3F 第二会议室, 1F 多功能厅(多功能会议厅),
        5F 培训室(培训教室)
  xzzx  运溪市行政中心 [运河] / 市行政中心, 市政府大院 / 市府新大楼 / 市民广场北侧 / 运河路1号 /
        Yunxi Administrative Center; 1号楼4F 第一会议室, 2号楼3F 第一会议室, 2号楼3F 第二会议室,
        2号楼1F 报告厅(大报告厅)   -- two different "第一会议室", told apart by the block only
  swj   国家税务总局运溪市税务局 [湖滨] / 运溪市税务局, 市税务局, 税务局办公楼, 运溪税务大楼 / 原国税大楼,
        原国税局大楼 (pre-2018 merger) / 太湖大道滨湖路口税务大楼 / 太湖大道66号 / Yunxi Taxation
        Bureau (STA); 4F 纳税人学堂(纳税人学堂教室, 纳税人之家), 5F 第一会议室, 5F 第二会议室
  scjg  运溪市市场监督管理局 [运河] / 市场监管局, 市监局大楼, 市场监管局办公楼 / 原工商局大楼, 老工商局 /
        人民南路老邮局对面 / 人民南路29号 / Yunxi Administration for Market Regulation; 4F 会议室,
        1F 培训室(培训中心)
  rlzy  运溪市人力资源市场 [运河] / 人力资源市场, 市人才市场, 人才市场 / 原劳动就业服务中心, 老人才市场 /
        汽车站西侧人才大厦 / 解放路18号 / Yunxi Human Resources Market; 3F 培训教室一, 3F 培训教室二,
        2F 报告厅
  kczx  运溪高新技术产业开发区科技创新中心 [溪口] / 运溪高新区科技创新中心, 高新区科创中心, 科创中心,
        高新区创新中心 / 运溪软件园, 原高新区创业服务中心 / 溪口公园南侧科创大楼 / 溪口街道创新路1号 /
        Yunxi Hi-tech Zone Innovation Center; A座2F 路演厅(路演中心), A座5F 501会议室, B座1F 报告厅
        (学术报告厅), B座3F 第一会议室
  gxqb  运溪高新技术产业开发区管理委员会 [溪口] / 高新区管委会(大楼), 运溪高新区管委会, 高新技术产业开发区
        管理委员会 / 原溪口镇政府大楼, 老溪口镇政府 / 创新路科创中心对面 / 溪口街道创新路2号 / Yunxi
        Hi-tech Zone Administrative Committee; 6F 第一会议室, 6F 第二会议室, 1F 多功能厅
  zbqb  运溪综合保税区综合服务大楼 [湖滨] / 综保区(综合)服务大楼, 保税区服务中心, 综保区大楼 /
        原出口加工区管委会大楼, 出口加工区大楼 / 综保区一号卡口东侧 / 湖滨街道港华路9号 / Yunxi
        Comprehensive Bonded Zone Service Building; 2F 报告厅, 3F 308会议室, 3F 310会议室
  shds  运溪商会大厦 [运河] / 商会大厦, 总商会大厦 / 原工商联大楼, 老工商联 / 运河公园北门 / 运河东路99号 /
        Yunxi Chamber of Commerce Tower; 10F 会议中心(会议厅), 6F 培训教室
  zgfw  运溪市职工服务中心 [运河] / 市职工服务中心, 职工服务中心, 职工之家 / 工人文化宫, 原工人文化宫 /
        文化宫广场 / 工人路5号 / Yunxi Workers' Service Center; 2F 报告厅, 3F 培训教室一, 3F 培训教室二
  qncy  运溪青年创业园 [运河] / 青年创业园, 青创园, 青年之家 / 原少年宫, 老少年宫 / 青年路团市委旁 /
        青年路12号 / Yunxi Youth Entrepreneurship Park; 1F 路演区(众创空间路演区), 2F 会议室
  tsg   运溪市图书馆 [运河] / 市图书馆, 图书馆新馆 / 原市文化中心 / 文昌阁旁 / 文昌路66号 / Yunxi Library;
        1F 报告厅, 3F 多功能厅
  nshb  江苏运溪农村商业银行总行大楼 [运河] / 运溪农商行总行, 农商行(总行)大楼 / 原农村信用联社大楼,
        老信用联社 / 世纪大道人民路口农商行大楼 / 世纪大道58号 / Yunxi Rural Commercial Bank Tower;
        12F 第一会议室, 2F 客户活动中心(客户沙龙室)
  bocb  中国银行运溪支行 [运河] / 中行运溪支行, 中国银行大楼 / 原中行人民路营业部 / 人民中路百货大楼对面 /
        人民中路100号 / Bank of China Yunxi Sub-branch; 5F 会议室, 2F 财富中心沙龙室
  <town>-h  town halls, each with 3F 第一会议室, 3F 第二会议室, 1F 大会议室(大会堂):
        运河街道办事处 (原城关镇政府; 南门大桥北堍; 运河街道南门路20号)
        溪口街道办事处 (原溪口供销社大楼; 溪口老街东口; 溪口街道兴溪路36号)
        湖滨街道办事处 (原沙渚乡政府; 滨湖公园西门; 湖滨街道沙渚路3号)
        桑园镇人民政府 / 桑园镇政府 (原桑园乡政府; 丝绸广场北侧; 桑园镇蚕桥路8号)
        绸塘镇人民政府 / 绸塘镇政府 (原绸塘丝织厂办公楼; 绸塘大桥南堍; 绸塘镇塘南大街18号)
        菱荡镇人民政府 / 菱荡镇政府 (原东菱乡政府大院; 菱荡湖大桥东; 菱荡镇东菱路1号)
        古渡镇人民政府 / 古渡镇政府 (原古渡中学旧址; 古渡汽车站对面; 古渡镇迎渡路66号)
        盛港镇人民政府 / 盛港镇政府 (原港东乡政府; 盛港大桥西; 盛港镇港东路88号)
        A town government writing about its own hall may just say 镇政府 / 本镇政府 / 镇政府大楼.
  <town>-x  one special venue per rural town:
        桑园丝绸小镇客厅 / 丝绸小镇客厅, 小镇客厅 / 原桑园茧站, 老茧站 / 丝绸广场南侧 / 蚕桥路2号;
            2F 多功能厅, 1F 会议室
        绸塘印染集聚区管理服务中心 / 印染集聚区服务中心, 印染园服务中心 / 原塘南印染工业园管委会 /
            集聚区污水处理厂对面 / 塘南大街88号; 2F 会议室, 1F 培训室
        菱荡大闸蟹产业服务中心 / 蟹业服务中心 / 原西荡水产站 / 蟹市场北门 / 西荡路16号; 2F 培训室, 2F 会议室
        古渡古镇游客服务中心 / 古镇游客中心, 游客中心 / 原古渡粮站 / 古镇东栅入口 / 东栅街1号;
            2F 会议室, 1F 多功能厅
        盛港电缆产业园服务中心 / 电缆(产业)园服务中心 / 原港东工业小区办公楼 / 电缆产业园北大门 /
            港东路188号; 3F 会议室, 1F 报告厅
All have English names (Yunxi ... Center / Town Government ...); rooms have English names
(Meeting Room 1, Lecture Hall, Roadshow Hall, Room 501, Building 2, Block A).

Organisations (24) and their habits
-----------------------------------
Every organisation has its own title style mix (formal / alternative / everyday / English),
decorations, time format (+08:00 / UTC "Z" / naive + "timezone"), start habit (official time,
签到 time 20-30 min early, or talk start 30 min late), end habit (exact, rounded up to the hour,
nominal 2 h), venue habit (official name with or without 江苏省/苏澄市/运溪市 prefix, short name, old
name, landmark, street address, English), spacing (none / half / full-width), how often it drops
the room or the whole venue, topic vocabulary (subject tags, its own department category, English
tags or none), audience vocabulary, capacity, registration forms, description template, and
externalId format.
  国家税务总局运溪市税务局 (税务)  formal; 【纳税人学堂】, 2027年第三季度, 税费政策宣讲｜, （名额有限）;
      +08:00; venue often official or 原国税大楼; a fixed personal 腾讯会议 room reused for many of its
      online/hybrid sessions on different days; ids SW20270714-123
  运溪市市场监督管理局        "市监局：" prefix on half its titles; naive times; 3F/3楼 style, no spaces
  运溪市人力资源和社会保障局  "关于举办…的通知"; 钉钉; ids RS/2027/Q3/123
  运溪市商务局               【外贸服务】, 稳外贸 拓市场｜; some UTC
  运溪市科学技术局           "关于开展…的通知", 2027年
  运溪市工业和信息化局       "智改数转"在行动——; writes 签到 time
  苏澄市运溪生态环境局       (prefecture bureau's county branch after vertical reform) "关于举办…的通知"
  运溪市应急管理局           slogan 人人讲安全、个个会应急——; rounds ends up
  运溪市农业农村局           【农技课堂】; writes 签到 time; drops venue more often
  运溪市文体广电和旅游局     everyday titles, landmarks
  运溪市司法局               【普法讲堂】, （公益）
  运溪高新技术产业开发区管理委员会  30% English titles, 25% English venues, UTC "Z" times (half with
      .000Z), A座/A栋, English tags; uuid ids; 小鹅通 lives
  运溪综合保税区管理办公室   English titles/venues, old 出口加工区 names
  中华人民共和国运溪海关     formal; "运溪海关：", 【关企互动】
  运溪市工商业联合会（总商会）  【商会大讲堂】, （会员企业免费）
  共青团运溪市委员会         everyday titles, 青年说｜, 小鹅通 evening lives, often "详见通知"
  运溪市总工会职工服务中心   职工讲堂｜, （公益）, 钉钉, old name 工人文化宫
  江苏运溪农村商业银行       everyday titles, "运溪农商银行：", street addresses, 小鹅通 lives
  中国银行运溪支行           40% English titles, UTC times, English venues
  运溪市桑园镇/绸塘镇/菱荡镇/古渡镇/盛港镇人民政府  everyday titles, town-name prefix, 镇政府 shorthand,
      签到 times, naive times, topics = 为民服务 or none, regions = own town (+ old-name 片区),
      WeChat-article ids (2247481234_2)

Subjects
--------
56 policy subjects (研发费用加计扣除, 出口退税, 增值税法, 数电发票, 新办纳税人, 六税两费, 社保费, 银税互动,
食品安全, 特种设备, 电线电缆质量, 地理标志, 直播电商, 景区明码标价, 技能等级认定, 稳岗, 就业见习, 劳动合同,
工伤, 跨境电商, RCEP, 汇率避险, 出口信保, 保税维修, AEO, 高企认定, 科小评价, 运溪英才, 科技金融, 政策兑现,
智改数转, 专精特新, 节能降碳, 排污许可, 危废, 太湖条例, 安全生产, 有限空间, 防汛防台, 防暑, 大闸蟹, 秸秆禁烧,
三资管理, 民宿, 旅游安全, 讲解员, 民法典, 反诈, 民营经济促进法, 企业合规, 新生代企业家, 青年创业, 暑期安全,
新就业形态, 技能竞赛, 普惠金融).  Each has a formal, an alternative and an everyday Chinese title
and an English title; every title names its subject (a careful clerk can always tell the
subject), but two names of one subject may share almost no characters.

Phenomena built in (rough per-seed frequencies, seeds 0-2)
----------------------------------------------------------
  sessions ~610-670; postings per session 1: ~50%, 2: ~33%, 3: ~14%, 4+: ~2.5%
  co-hosted sessions (2-4 organisations) ~45-53% (2 hosts ~220, 3 ~85, 4 ~10 per seed)
  same organisation posting one session twice (website + WeChat, new externalId) ~30-40 postings
  1  one room, many spellings: official/short/old/landmark/address/English names, prefixes,
     floors, blocks, numerals, spaces -- ~280 co-hosted sessions spell the venue differently;
     room left out on one side ~65 sessions, venue missing (None / 详见通知 / 另行通知 / 待定 /
     见附件 / 以报名回执为准) on one side ~30 sessions; ~100 postings omit the room, ~45 the venue
  2  rooms hold one session at a time (enforced); parallel rooms are different sessions
  3  co-hosts title one session differently in ~230 co-hosted sessions; in ~140 two titles share
     <20% of their characters; English title present in ~26
  4  topics differ or are empty on one side in ~225 co-hosted sessions (~175 postings have none)
  5  qualifiers 第N期 / 第N期 in Chinese numerals / full-width / （第N期）, 一班/二班, 上午场/下午场,
     第一场/第二场, XX镇专场, XX站 (巡回宣讲), XX专场 (sector): kept by the lead, dropped by co-hosts
     ~35% of the time (~30 sessions have the qualifier on one side only); never different
     qualifiers on one session
  6  hard negatives (session pairs per seed): series next 期 same room a week later ~15, next 期
     same room same afternoon ~8, parallel rooms same hour ~13 (half same subject 一班/二班),
     same title in two towns same hour ~8, one department's morning and afternoon ~12, same
     policy by two departments on different days ~12, back-to-back in one room ~12, two online
     sessions same hour with other codes ~7
  7  kind differs between co-hosts in ~55 sessions (each organisation's own 宣讲/培训 habit)
  8  start differs in ~145 co-hosted sessions (签到 −20/−30 min, talk start +30), end differs in ~95
  9  decorations: 【…】 prefixes, "市监局：", "2027年第三季度", "关于举办/开展…的通知", （名额有限）,
     （公益）, （免费）, slogans, town-name prefixes, full-width digits; no emoji
  10 online ~70 sessions, hybrid ~38: 腾讯会议 / 钉钉会议 codes as 842-331-907, 842331907 or
     842 331 907 in location or URL (meeting.tencent.com/p/<code>), or only a share link
     (…/dm/<token>, same token for all co-hosts), 小鹅通 live ids (l_…) in the URL; code withheld
     ("线上", "线上直播") on ~30 postings
  11 times: ~58% +08:00, ~32% naive with "timezone": "Asia/Shanghai", ~10% UTC "Z"; seconds
     sometimes omitted
Own conventions added
  - descriptions (formal notice, or 时间/地点/对象 brief, or English) restate the official time,
    explain 签到 vs 正式开始, and sometimes list all 主办单位 by full name
  - co-hosts often forward the lead's registration form (~80 postings); a whole series often
    shares one form (~30 postings) -- the same form URL is therefore NOT proof of one session
  - capacities are each co-host's own quota or the lead's number
  - a town government co-hosts sessions held in its own town (county-level venues rarely)
  - one organisation names all sessions of one series / family the same way
  - "暨" joint titles (出口信用保险政策宣讲暨外贸企业风险防范培训), 《…》 law titles, quoted
    programme names (“银税互动”, “运溪英才”)

Guarantees (checked by the generator's own careful-clerk pass)
-------------------------------------------------------------
Two postings of one session are on the same local day and their written intervals overlap;
they name the same subject.  For any two postings of different sessions with the same subject
on the same day whose written times overlap, at least one of building, room, town, meeting
code or qualifier is written on both sides and differs; where a posting's habits would have
hidden it, the generator restores the room / venue / code / qualifier or the exact time
(`stats()["unresolved_ambiguous_pairs"]` is 0).  Sessions with one subject never overlap on one
day unless they are one of the designed hard negatives.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable
from datetime import date, datetime, timedelta
from typing import Any, NotRequired, TypeAlias, TypedDict, TypeVar

# ---------------------------------------------------------------------------
# record types
# ---------------------------------------------------------------------------


class Town(TypedDict):
    name: str
    short: str
    old: list[str]
    en: str


class Room(TypedDict):
    id: str
    floor: int
    base: str
    num: int | None
    st: str | None
    block: tuple[str, int | str] | None
    aliases: list[str]
    en: str
    bld: NotRequired[str]  # filled in once all buildings are listed


class Building(TypedDict):
    id: str
    town: str
    official: str
    shorts: list[str]
    olds: list[str]
    landmarks: list[str]
    address: str
    en: str
    rooms: list[Room]
    cityp: bool
    shi: bool


class Subject(TypedDict):
    key: str
    kind: str
    leads: list[str]
    co: list[str]
    formal: list[str]
    alt: list[str]
    everyday: list[str]
    en: str
    tags: list[str]
    tags_en: list[str]
    sectors: list[str]
    venues: list[str]
    months: tuple[int, ...] | None
    flags: set[str]


class Code(TypedDict):
    platform: str
    code: str
    token: str
    appid: str


# Organisations (defaults overridden per organisation), planned sessions, posting specs,
# qualifiers and output records are heterogeneous dicts.
Org: TypeAlias = dict[str, Any]
Session: TypeAlias = dict[str, Any]
Spec: TypeAlias = dict[str, Any]
Qual: TypeAlias = dict[str, Any]
Record: TypeAlias = dict[str, Any]


class _Built(TypedDict):
    records: list[Record]
    sessions: list[Session]
    specs: list[Spec]
    pairs: list[tuple[str, int, int]]
    ph: Counter[str]
    unresolved: list[tuple[Spec, Spec]]


_T = TypeVar("_T")

# ---------------------------------------------------------------------------
# constants and small helpers
# ---------------------------------------------------------------------------

PROVINCE = "江苏省"
PREFECTURE = "苏澄市"
CITY = "运溪市"
CITY_SHORT = "运溪"
TZ_NAME = "Asia/Shanghai"
YEAR = 2027
Q3_FIRST = date(2027, 7, 1)
Q3_LAST = date(2027, 9, 30)

CN_DIGITS = "〇一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
WEEKDAY_CN = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    t, u = divmod(n, 10)
    return CN_DIGITS[t] + "十" + (CN_DIGITS[u] if u else "")


def _w(rng: random.Random, items: dict[_T, float] | list[tuple[_T, float]]) -> _T:
    """Weighted choice; items is a dict value->weight or a list of (value, weight)."""
    pairs = list(items.items()) if isinstance(items, dict) else items
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def _hhmm(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


def _rand_str(
    rng: random.Random,
    n: int,
    alphabet: str = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789",
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# calendar: Mid-Autumn festival computed from the new moon preceding the
# autumn equinox (Meeus, Astronomical Algorithms ch. 27 and 49).
# ---------------------------------------------------------------------------


def _jd_to_utc(jd: float) -> datetime:
    return datetime(1970, 1, 1) + timedelta(days=jd - 2440587.5)


def _new_moon_jde(k: int) -> float:
    T = k / 1236.85
    jde = (
        2451550.09766
        + 29.530588861 * k
        + 0.00015437 * T**2
        - 0.000000150 * T**3
        + 0.00000000073 * T**4
    )
    E = 1 - 0.002516 * T - 0.0000074 * T**2
    r, s = math.radians, math.sin
    M = r(2.5534 + 29.10535670 * k - 0.0000014 * T**2 - 0.00000011 * T**3)
    Mp = r(201.5643 + 385.81693528 * k + 0.0107582 * T**2 + 0.00001238 * T**3 - 0.000000058 * T**4)
    F = r(160.7108 + 390.67050284 * k - 0.0016118 * T**2 - 0.00000227 * T**3 + 0.000000011 * T**4)
    Om = r(124.7746 - 1.56375588 * k + 0.0020672 * T**2 + 0.00000215 * T**3)
    corr = (
        -0.40720 * s(Mp)
        + 0.17241 * E * s(M)
        + 0.01608 * s(2 * Mp)
        + 0.01039 * s(2 * F)
        + 0.00739 * E * s(Mp - M)
        - 0.00514 * E * s(Mp + M)
        + 0.00208 * E * E * s(2 * M)
        - 0.00111 * s(Mp - 2 * F)
        - 0.00057 * s(Mp + 2 * F)
        + 0.00056 * E * s(2 * Mp + M)
        - 0.00042 * s(3 * Mp)
        + 0.00042 * E * s(M + 2 * F)
        + 0.00038 * E * s(M - 2 * F)
        - 0.00024 * E * s(2 * Mp - M)
        - 0.00017 * s(Om)
        - 0.00007 * s(Mp + 2 * M)
        + 0.00004 * s(2 * Mp - 2 * F)
        + 0.00004 * s(3 * M)
        + 0.00003 * s(Mp + M - 2 * F)
        + 0.00003 * s(2 * Mp + 2 * F)
        - 0.00003 * s(Mp + M + 2 * F)
        + 0.00003 * s(Mp - M + 2 * F)
        - 0.00002 * s(Mp - M - 2 * F)
        - 0.00002 * s(3 * Mp + M)
        + 0.00002 * s(4 * Mp)
    )
    return jde + corr


def mid_autumn_date(year: int) -> date:
    """15th day of the lunar month that contains the autumn equinox (Beijing time)."""
    Y = (year - 2000) / 1000.0
    eq = 2451810.21715 + 365242.01767 * Y - 0.11575 * Y**2 + 0.00337 * Y**3 + 0.00078 * Y**4
    eq_day = (_jd_to_utc(eq) + timedelta(hours=8)).date()
    k0 = math.floor((year - 2000) * 12.3685 + 8)
    best = None
    for k in range(k0 - 3, k0 + 4):
        nm = (_jd_to_utc(_new_moon_jde(k)) + timedelta(hours=8)).date()
        if nm <= eq_day and (best is None or nm > best):
            best = nm
    if best is None:
        raise ValueError(f"no new moon before the {year} equinox")
    return best + timedelta(days=14)


MID_AUTUMN = mid_autumn_date(YEAR)  # 2027-09-15, a Wednesday
HOLIDAYS = {MID_AUTUMN}  # 国庆 starts 1 Oct, outside the season


def _workdays() -> list[date]:
    out: list[date] = []
    d = Q3_FIRST
    while d <= Q3_LAST:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


WORKDAYS = _workdays()
WORKDAY_SET = set(WORKDAYS)

# ---------------------------------------------------------------------------
# gazetteer
# ---------------------------------------------------------------------------

TOWNS: dict[str, Town] = {
    "yunhe": {
        "name": "运河街道",
        "short": "运河",
        "old": ["城关镇", "南门乡"],
        "en": "Yunhe Subdistrict",
    },
    "xikou": {"name": "溪口街道", "short": "溪口", "old": ["溪口镇"], "en": "Xikou Subdistrict"},
    "hubin": {"name": "湖滨街道", "short": "湖滨", "old": ["沙渚乡"], "en": "Hubin Subdistrict"},
    "sangyuan": {"name": "桑园镇", "short": "桑园", "old": ["蚕桥乡"], "en": "Sangyuan Town"},
    "choutang": {"name": "绸塘镇", "short": "绸塘", "old": ["塘南乡"], "en": "Choutang Town"},
    "lingdang": {
        "name": "菱荡镇",
        "short": "菱荡",
        "old": ["东菱乡", "西荡乡"],
        "en": "Lingdang Town",
    },
    "gudu": {"name": "古渡镇", "short": "古渡", "old": ["北渡乡"], "en": "Gudu Town"},
    "shenggang": {"name": "盛港镇", "short": "盛港", "old": ["港东乡"], "en": "Shenggang Town"},
}
TOWN_KEYS = list(TOWNS)
RURAL_TOWNS = ["sangyuan", "choutang", "lingdang", "gudu", "shenggang"]


def _r(
    rid: str,
    floor: int,
    base: str,
    num: int | None = None,
    st: str | None = None,
    block: tuple[str, int | str] | None = None,
    aliases: Iterable[str] = (),
    en: str = "",
) -> Room:
    return {
        "id": rid,
        "floor": floor,
        "base": base,
        "num": num,
        "st": st,
        "block": block,
        "aliases": list(aliases),
        "en": en,
    }


def _b(
    bid: str,
    town: str,
    official: str,
    shorts: list[str],
    olds: list[str],
    landmarks: list[str],
    address: str,
    en: str,
    rooms: list[Room],
    cityp: bool = False,
    shi: bool = False,
) -> Building:
    return {
        "id": bid,
        "town": town,
        "official": official,
        "shorts": shorts,
        "olds": olds,
        "landmarks": landmarks,
        "address": address,
        "en": en,
        "rooms": rooms,
        "cityp": cityp,
        "shi": shi,
    }


BUILDINGS = [
    _b(
        "zwzx",
        "yunhe",
        "政务服务中心",
        ["市政务服务中心", "市政务中心", "政务中心", "市民中心"],
        ["原行政服务中心", "老行政审批中心大楼"],
        ["人民广场东侧大楼", "世纪大道运河路口市民中心大楼"],
        "世纪大道188号",
        "Yunxi Government Affairs Service Center",
        [
            _r("zwzx-r1", 3, "会议室", 1, "ord", en="Meeting Room 1"),
            _r("zwzx-r2", 3, "会议室", 2, "ord", en="Meeting Room 2"),
            _r("zwzx-hall", 1, "多功能厅", aliases=["多功能会议厅"], en="Multi-function Hall"),
            _r("zwzx-train", 5, "培训室", aliases=["培训教室"], en="Training Room"),
        ],
        cityp=True,
        shi=True,
    ),
    _b(
        "xzzx",
        "yunhe",
        "行政中心",
        ["市行政中心", "市政府大院", "行政中心"],
        ["市府新大楼"],
        ["市民广场北侧"],
        "运河路1号",
        "Yunxi Administrative Center",
        [
            _r("xzzx-1-r1", 4, "会议室", 1, "ord", block=("lou", 1), en="Meeting Room 1"),
            _r("xzzx-2-r1", 3, "会议室", 1, "ord", block=("lou", 2), en="Meeting Room 1"),
            _r("xzzx-2-r2", 3, "会议室", 2, "ord", block=("lou", 2), en="Meeting Room 2"),
            _r(
                "xzzx-2-hall",
                1,
                "报告厅",
                block=("lou", 2),
                aliases=["大报告厅"],
                en="Lecture Hall",
            ),
        ],
        cityp=True,
        shi=True,
    ),
    _b(
        "swj",
        "hubin",
        "国家税务总局运溪市税务局",
        ["运溪市税务局", "市税务局", "税务局办公楼", "运溪税务大楼"],
        ["原国税大楼", "原国税局大楼"],
        ["太湖大道滨湖路口税务大楼"],
        "太湖大道66号",
        "Yunxi Taxation Bureau (STA)",
        [
            _r(
                "swj-school",
                4,
                "纳税人学堂",
                aliases=["纳税人学堂教室", "纳税人之家"],
                en="Taxpayer School",
            ),
            _r("swj-r1", 5, "会议室", 1, "ord", en="Meeting Room 1"),
            _r("swj-r2", 5, "会议室", 2, "ord", en="Meeting Room 2"),
        ],
    ),
    _b(
        "scjg",
        "yunhe",
        "市场监督管理局",
        ["市场监管局", "市监局大楼", "市场监管局办公楼"],
        ["原工商局大楼", "老工商局"],
        ["人民南路老邮局对面"],
        "人民南路29号",
        "Yunxi Administration for Market Regulation",
        [
            _r("scjg-r4", 4, "会议室", en="Meeting Room"),
            _r("scjg-train", 1, "培训室", aliases=["培训中心"], en="Training Room"),
        ],
        cityp=True,
        shi=True,
    ),
    _b(
        "rlzy",
        "yunhe",
        "人力资源市场",
        ["人力资源市场", "市人才市场", "人才市场"],
        ["原劳动就业服务中心", "老人才市场"],
        ["汽车站西侧人才大厦"],
        "解放路18号",
        "Yunxi Human Resources Market",
        [
            _r("rlzy-t1", 3, "培训教室", 1, "suf", en="Classroom 1"),
            _r("rlzy-t2", 3, "培训教室", 2, "suf", en="Classroom 2"),
            _r("rlzy-hall", 2, "报告厅", en="Lecture Hall"),
        ],
        cityp=True,
        shi=True,
    ),
    _b(
        "kczx",
        "xikou",
        "运溪高新技术产业开发区科技创新中心",
        ["运溪高新区科技创新中心", "高新区科创中心", "科创中心", "高新区创新中心"],
        ["运溪软件园", "原高新区创业服务中心"],
        ["溪口公园南侧科创大楼"],
        "溪口街道创新路1号",
        "Yunxi Hi-tech Zone Innovation Center",
        [
            _r(
                "kczx-road",
                2,
                "路演厅",
                block=("zuo", "A"),
                aliases=["路演中心"],
                en="Roadshow Hall",
            ),
            _r("kczx-501", 5, "会议室", 501, "door", block=("zuo", "A"), en="Room 501"),
            _r(
                "kczx-hall",
                1,
                "报告厅",
                block=("zuo", "B"),
                aliases=["学术报告厅"],
                en="Lecture Hall",
            ),
            _r("kczx-b-r1", 3, "会议室", 1, "ord", block=("zuo", "B"), en="Meeting Room 1"),
        ],
    ),
    _b(
        "gxqb",
        "xikou",
        "运溪高新技术产业开发区管理委员会",
        ["高新区管委会", "高新区管委会大楼", "运溪高新区管委会", "高新技术产业开发区管理委员会"],
        ["原溪口镇政府大楼", "老溪口镇政府"],
        ["创新路科创中心对面"],
        "溪口街道创新路2号",
        "Yunxi Hi-tech Zone Administrative Committee",
        [
            _r("gxqb-r1", 6, "会议室", 1, "ord", en="Meeting Room 1"),
            _r("gxqb-r2", 6, "会议室", 2, "ord", en="Meeting Room 2"),
            _r("gxqb-hall", 1, "多功能厅", en="Multi-function Hall"),
        ],
    ),
    _b(
        "zbqb",
        "hubin",
        "运溪综合保税区综合服务大楼",
        ["综保区综合服务大楼", "综保区服务大楼", "保税区服务中心", "综保区大楼"],
        ["原出口加工区管委会大楼", "出口加工区大楼"],
        ["综保区一号卡口东侧"],
        "湖滨街道港华路9号",
        "Yunxi Comprehensive Bonded Zone Service Building",
        [
            _r("zbqb-hall", 2, "报告厅", en="Lecture Hall"),
            _r("zbqb-308", 3, "会议室", 308, "door", en="Room 308"),
            _r("zbqb-310", 3, "会议室", 310, "door", en="Room 310"),
        ],
    ),
    _b(
        "shds",
        "yunhe",
        "运溪商会大厦",
        ["商会大厦", "总商会大厦"],
        ["原工商联大楼", "老工商联"],
        ["运河公园北门"],
        "运河东路99号",
        "Yunxi Chamber of Commerce Tower",
        [
            _r("shds-conf", 10, "会议中心", aliases=["会议厅"], en="Conference Center"),
            _r("shds-train", 6, "培训教室", en="Training Classroom"),
        ],
    ),
    _b(
        "zgfw",
        "yunhe",
        "职工服务中心",
        ["市职工服务中心", "职工服务中心", "职工之家"],
        ["工人文化宫", "原工人文化宫"],
        ["文化宫广场"],
        "工人路5号",
        "Yunxi Workers' Service Center",
        [
            _r("zgfw-hall", 2, "报告厅", en="Lecture Hall"),
            _r("zgfw-t1", 3, "培训教室", 1, "suf", en="Classroom 1"),
            _r("zgfw-t2", 3, "培训教室", 2, "suf", en="Classroom 2"),
        ],
        cityp=True,
        shi=True,
    ),
    _b(
        "qncy",
        "yunhe",
        "运溪青年创业园",
        ["青年创业园", "青创园", "青年之家"],
        ["原少年宫", "老少年宫"],
        ["青年路团市委旁"],
        "青年路12号",
        "Yunxi Youth Entrepreneurship Park",
        [
            _r("qncy-road", 1, "路演区", aliases=["众创空间路演区"], en="Roadshow Area"),
            _r("qncy-r2", 2, "会议室", en="Meeting Room"),
        ],
    ),
    _b(
        "tsg",
        "yunhe",
        "图书馆",
        ["市图书馆", "图书馆新馆"],
        ["原市文化中心"],
        ["文昌阁旁"],
        "文昌路66号",
        "Yunxi Library",
        [
            _r("tsg-hall", 1, "报告厅", en="Lecture Hall"),
            _r("tsg-mf", 3, "多功能厅", en="Multi-function Room"),
        ],
        cityp=True,
        shi=True,
    ),
    _b(
        "nshb",
        "yunhe",
        "江苏运溪农村商业银行总行大楼",
        ["运溪农商行总行", "农商行总行大楼", "农商行大楼"],
        ["原农村信用联社大楼", "老信用联社"],
        ["世纪大道人民路口农商行大楼"],
        "世纪大道58号",
        "Yunxi Rural Commercial Bank Tower",
        [
            _r("nshb-r1", 12, "会议室", 1, "ord", en="Meeting Room 1"),
            _r("nshb-club", 2, "客户活动中心", aliases=["客户沙龙室"], en="Client Activity Center"),
        ],
    ),
    _b(
        "bocb",
        "yunhe",
        "中国银行运溪支行",
        ["中行运溪支行", "中国银行大楼"],
        ["原中行人民路营业部"],
        ["人民中路百货大楼对面"],
        "人民中路100号",
        "Bank of China Yunxi Sub-branch",
        [
            _r("bocb-r5", 5, "会议室", en="Meeting Room"),
            _r("bocb-salon", 2, "财富中心沙龙室", en="Wealth Center Salon"),
        ],
    ),
]

_HALLS = {
    # town: (official, shorts, olds, landmarks, address, en)
    "yunhe": (
        "运河街道办事处",
        ["运河街道办", "运河街道办事处大楼"],
        ["原城关镇政府"],
        ["南门大桥北堍"],
        "运河街道南门路20号",
        "Yunhe Subdistrict Office",
    ),
    "xikou": (
        "溪口街道办事处",
        ["溪口街道办", "溪口街道办事处大楼"],
        ["原溪口供销社大楼"],
        ["溪口老街东口"],
        "溪口街道兴溪路36号",
        "Xikou Subdistrict Office",
    ),
    "hubin": (
        "湖滨街道办事处",
        ["湖滨街道办", "湖滨街道办事处大楼"],
        ["原沙渚乡政府"],
        ["滨湖公园西门"],
        "湖滨街道沙渚路3号",
        "Hubin Subdistrict Office",
    ),
    "sangyuan": (
        "桑园镇人民政府",
        ["桑园镇政府"],
        ["原桑园乡政府"],
        ["丝绸广场北侧"],
        "桑园镇蚕桥路8号",
        "Sangyuan Town Government",
    ),
    "choutang": (
        "绸塘镇人民政府",
        ["绸塘镇政府"],
        ["原绸塘丝织厂办公楼"],
        ["绸塘大桥南堍"],
        "绸塘镇塘南大街18号",
        "Choutang Town Government",
    ),
    "lingdang": (
        "菱荡镇人民政府",
        ["菱荡镇政府"],
        ["原东菱乡政府大院"],
        ["菱荡湖大桥东"],
        "菱荡镇东菱路1号",
        "Lingdang Town Government",
    ),
    "gudu": (
        "古渡镇人民政府",
        ["古渡镇政府"],
        ["原古渡中学旧址"],
        ["古渡汽车站对面"],
        "古渡镇迎渡路66号",
        "Gudu Town Government",
    ),
    "shenggang": (
        "盛港镇人民政府",
        ["盛港镇政府"],
        ["原港东乡政府"],
        ["盛港大桥西"],
        "盛港镇港东路88号",
        "Shenggang Town Government",
    ),
}
for _t, (_off, _sh, _ol, _lm, _ad, _en) in _HALLS.items():
    BUILDINGS.append(
        _b(
            f"{_t}-h",
            _t,
            _off,
            _sh,
            _ol,
            _lm,
            _ad,
            _en,
            [
                _r(f"{_t}-h-r1", 3, "会议室", 1, "ord", en="Meeting Room 1"),
                _r(f"{_t}-h-r2", 3, "会议室", 2, "ord", en="Meeting Room 2"),
                _r(f"{_t}-h-big", 1, "大会议室", aliases=["大会堂"], en="Main Meeting Hall"),
            ],
            cityp=True,
        )
    )

BUILDINGS += [
    _b(
        "sangyuan-x",
        "sangyuan",
        "桑园丝绸小镇客厅",
        ["丝绸小镇客厅", "小镇客厅"],
        ["原桑园茧站", "老茧站"],
        ["丝绸广场南侧"],
        "桑园镇蚕桥路2号",
        "Sangyuan Silk Town Parlor",
        [
            _r("sangyuan-x-mf", 2, "多功能厅", en="Multi-function Hall"),
            _r("sangyuan-x-r1", 1, "会议室", en="Meeting Room"),
        ],
    ),
    _b(
        "choutang-x",
        "choutang",
        "绸塘印染集聚区管理服务中心",
        ["印染集聚区服务中心", "印染园服务中心", "集聚区服务中心"],
        ["原塘南印染工业园管委会"],
        ["集聚区污水处理厂对面"],
        "绸塘镇塘南大街88号",
        "Choutang Dyeing Cluster Service Center",
        [
            _r("choutang-x-r2", 2, "会议室", en="Meeting Room"),
            _r("choutang-x-train", 1, "培训室", en="Training Room"),
        ],
    ),
    _b(
        "lingdang-x",
        "lingdang",
        "菱荡大闸蟹产业服务中心",
        ["蟹业服务中心", "大闸蟹产业服务中心"],
        ["原西荡水产站"],
        ["蟹市场北门"],
        "菱荡镇西荡路16号",
        "Lingdang Hairy Crab Industry Service Center",
        [
            _r("lingdang-x-train", 2, "培训室", en="Training Room"),
            _r("lingdang-x-r2", 2, "会议室", en="Meeting Room"),
        ],
    ),
    _b(
        "gudu-x",
        "gudu",
        "古渡古镇游客服务中心",
        ["古镇游客中心", "游客中心"],
        ["原古渡粮站"],
        ["古镇东栅入口"],
        "古渡镇东栅街1号",
        "Gudu Ancient Town Visitor Center",
        [
            _r("gudu-x-r2", 2, "会议室", en="Meeting Room"),
            _r("gudu-x-mf", 1, "多功能厅", en="Multi-function Hall"),
        ],
    ),
    _b(
        "shenggang-x",
        "shenggang",
        "盛港电缆产业园服务中心",
        ["电缆产业园服务中心", "电缆园服务中心"],
        ["原港东工业小区办公楼"],
        ["电缆产业园北大门"],
        "盛港镇港东路188号",
        "Shenggang Cable Industrial Park Service Center",
        [
            _r("shenggang-x-r3", 3, "会议室", en="Meeting Room"),
            _r("shenggang-x-hall", 1, "报告厅", en="Lecture Hall"),
        ],
    ),
]
BLD = {b["id"]: b for b in BUILDINGS}
ROOMS: dict[str, Room] = {}
for _bb in BUILDINGS:
    for _rr in _bb["rooms"]:
        _rr["bld"] = _bb["id"]
        ROOMS[_rr["id"]] = _rr
TOWN_BUILDINGS: defaultdict[str, list[str]] = defaultdict(list)
for _bb in BUILDINGS:
    if _bb["id"].endswith("-h") or _bb["id"].endswith("-x"):
        TOWN_BUILDINGS[_bb["town"]].append(_bb["id"])

# ---------------------------------------------------------------------------
# organisations and their habits
# ---------------------------------------------------------------------------

_MISSING_FORMS = [
    (None, 0.35),
    ("详见通知", 0.2),
    ("另行通知", 0.12),
    ("待定", 0.08),
    ("地点另行通知", 0.1),
    ("具体地点以报名回执为准", 0.08),
    ("见附件", 0.07),
]

_DEFAULTS: dict[str, Any] = {
    "town": None,
    "cat": "惠企服务",
    "cat_en": "Business services",
    "tfmt": {"offset": 0.6, "naive": 0.3, "Z": 0.1},
    "secs": 0.8,
    "ms": 0.0,
    "shift": {0: 0.8, -30: 0.15, 30: 0.05},
    "endm": {"exact": 0.75, "round": 0.15, "nominal": 0.1},
    "nominal": 120,
    "tstyle": {"formal": 0.5, "alt": 0.3, "everyday": 0.2},
    "deco": [],
    "deco_en": [],
    "fullwidth": 0.08,
    "qual_keep": 0.65,
    "loc": {"official": 0.5, "short": 0.3, "old": 0.07, "address": 0.08, "landmark": 0.05},
    "prefix": {"county": 0.5, "none": 0.4, "prov": 0.05, "pref": 0.05},
    "floor": {"cn": 0.4, "ar": 0.4, "F": 0.1, "ceng": 0.1},
    "omit_floor": 0.15,
    "block": {"hao": 0.6, "sharp": 0.2, "cn": 0.15, "zhuang": 0.05},
    "num": {"ordcn": 0.5, "cnhao": 0.15, "arhao": 0.2, "ordar": 0.15},
    "space": {"none": 0.7, "half": 0.25, "full": 0.05},
    "omit_room": 0.1,
    "omit_venue": 0.04,
    "missing": _MISSING_FORMS,
    "code_p": 0.85,
    "code_fmt": {"dash": 0.4, "plain": 0.35, "space": 0.25},
    "code_where": {"loc": 0.5, "url": 0.25, "both": 0.25},
    "platform": {"tencent": 0.7, "dingtalk": 0.3},
    "online_p": 0.07,
    "hybrid_p": 0.06,
    "evening_p": 0.0,
    "fixed_code": False,
    "tags": {"std": 0.6, "own": 0.25, "none": 0.15},
    "sectors": {"std": 0.6, "coarse": 0.25, "none": 0.15},
    "regions": "county",
    "cap": [(None, 0.4), (50, 0.2), (80, 0.2), (100, 0.2)],
    "reg_p": 0.4,
    "reg_host": {"wjx": 0.5, "qq": 0.3, "jsj": 0.2},
    "domain": None,
    "desc": {"formal": 0.5, "brief": 0.3, None: 0.2},
    "hosts_in_desc": 0.3,
    "kind_flip": 0.12,
    "dup": 0.03,
    "co_rate": 0.47,
    "xid": "plain",
    "xid_prefix": "EV",
}

ORGS: dict[str, Org] = {}


def _org(key: str, name: str, short: str, **kw: Any) -> None:
    d = dict(_DEFAULTS)
    d.update(kw)
    d["key"], d["name"], d["short"] = key, name, short
    ORGS[key] = d


_org(
    "tax",
    "国家税务总局运溪市税务局",
    "市税务局",
    cat="税费服务",
    cat_en="Tax",
    home=["swj"],
    tfmt={"offset": 0.85, "naive": 0.15},
    secs=0.95,
    shift={0: 0.7, 30: 0.15, -30: 0.15},
    tstyle={"formal": 0.55, "alt": 0.35, "everyday": 0.1},
    deco=[
        ("【纳税人学堂】", 0.2, "pre"),
        ("2027年第三季度", 0.12, "pre"),
        ("税费政策宣讲｜", 0.08, "pre"),
        ("（名额有限）", 0.08, "suf"),
    ],
    loc={"official": 0.5, "short": 0.15, "old": 0.17, "address": 0.12, "landmark": 0.06},
    prefix={"none": 0.55, "county": 0.35, "prov": 0.1},
    floor={"cn": 0.6, "ar": 0.4},
    online_p=0.14,
    hybrid_p=0.12,
    platform={"tencent": 1.0},
    fixed_code=True,
    co_rate=0.5,
    desc={"formal": 0.6, "brief": 0.3, None: 0.1},
    cap=[(100, 0.3), (60, 0.2), (150, 0.1), (None, 0.4)],
    reg_p=0.55,
    reg_host={"own": 0.6, "wjx": 0.4},
    domain="yunxi-tax.example",
    xid="tax",
    kind_flip=0.1,
    dup=0.05,
)
_org(
    "scjg",
    "运溪市市场监督管理局",
    "市市场监管局",
    cat="市场监管",
    home=["scjg"],
    tfmt={"naive": 0.7, "offset": 0.3},
    secs=0.5,
    deco=[("市监局：", 0.55, "pre"), ("（公益）", 0.05, "suf")],
    tstyle={"formal": 0.5, "alt": 0.4, "everyday": 0.1},
    loc={"short": 0.4, "official": 0.35, "old": 0.1, "address": 0.1, "landmark": 0.05},
    floor={"ar": 0.7, "F": 0.2, "cn": 0.1},
    space={"none": 0.9, "half": 0.1},
    omit_room=0.12,
    online_p=0.08,
    hybrid_p=0.05,
    xid="scjg",
    kind_flip=0.15,
)
_org(
    "rsj",
    "运溪市人力资源和社会保障局",
    "市人社局",
    cat="人社服务",
    home=["rlzy"],
    tfmt={"offset": 0.5, "naive": 0.5},
    deco=[("关于举办{}的通知", 0.3, "wrap"), ("（免费）", 0.08, "suf")],
    loc={"official": 0.45, "short": 0.3, "old": 0.15, "address": 0.1},
    platform={"dingtalk": 0.7, "tencent": 0.3},
    online_p=0.1,
    hybrid_p=0.06,
    xid="rsj",
    reg_host={"own": 0.5, "jsj": 0.5},
    domain="rsj.yunxi.example",
)
_org(
    "swuj",
    "运溪市商务局",
    "市商务局",
    cat="外贸服务",
    cat_en="Foreign trade",
    home=["xzzx"],
    deco=[("【外贸服务】", 0.3, "pre"), ("稳外贸 拓市场｜", 0.1, "pre")],
    tfmt={"offset": 0.8, "Z": 0.2},
    loc={"official": 0.5, "short": 0.3, "address": 0.15, "english": 0.05},
    online_p=0.1,
    hybrid_p=0.1,
    xid="swuj",
)
_org(
    "kjj",
    "运溪市科学技术局",
    "市科技局",
    cat="科技创新",
    cat_en="Innovation",
    home=["xzzx", "kczx"],
    deco=[("关于开展{}的通知", 0.35, "wrap"), ("2027年", 0.15, "pre")],
    tfmt={"offset": 0.6, "naive": 0.4},
    xid="kjj",
    online_p=0.1,
    hybrid_p=0.08,
)
_org(
    "gxj",
    "运溪市工业和信息化局",
    "市工信局",
    cat="工业经济",
    home=["xzzx"],
    deco=[("“智改数转”在行动——", 0.12, "pre"), ("（名额有限）", 0.1, "suf")],
    xid="gxj",
    shift={0: 0.75, -30: 0.2, 30: 0.05},
)
_org(
    "sthj",
    "苏澄市运溪生态环境局",
    "运溪生态环境局",
    cat="生态环境",
    home=["xzzx"],
    deco=[("关于举办{}的通知", 0.45, "wrap")],
    tfmt={"offset": 0.7, "naive": 0.3},
    tstyle={"formal": 0.6, "alt": 0.35, "everyday": 0.05},
    xid="sthj",
    online_p=0.1,
)
_org(
    "yjj",
    "运溪市应急管理局",
    "市应急局",
    cat="安全生产",
    home=["xzzx", "zwzx"],
    deco=[("人人讲安全、个个会应急——", 0.12, "pre"), ("2027年", 0.2, "pre")],
    xid="yjj",
    endm={"exact": 0.6, "round": 0.25, "nominal": 0.15},
)
_org(
    "nyj",
    "运溪市农业农村局",
    "市农业农村局",
    cat="三农服务",
    home=["xzzx"],
    tstyle={"formal": 0.4, "everyday": 0.4, "alt": 0.2},
    deco=[("【农技课堂】", 0.2, "pre")],
    xid="nyj",
    omit_venue=0.06,
    shift={0: 0.7, -30: 0.3},
)
_org(
    "wlj",
    "运溪市文体广电和旅游局",
    "市文旅局",
    cat="文旅",
    home=["tsg"],
    tstyle={"everyday": 0.4, "formal": 0.4, "alt": 0.2},
    deco=[("（公益）", 0.1, "suf")],
    loc={"short": 0.4, "official": 0.3, "landmark": 0.15, "old": 0.1, "address": 0.05},
    xid="wlj",
)
_org(
    "sfj",
    "运溪市司法局",
    "市司法局",
    cat="普法",
    home=["tsg"],
    tstyle={"everyday": 0.45, "formal": 0.35, "alt": 0.2},
    deco=[("【普法讲堂】", 0.3, "pre"), ("（公益）", 0.1, "suf")],
    online_p=0.08,
    hybrid_p=0.05,
    xid="sfj",
)
_org(
    "gxq",
    "运溪高新技术产业开发区管理委员会",
    "高新区管委会",
    cat="企业服务",
    cat_en="Business services",
    home=["gxqb", "kczx"],
    tfmt={"Z": 0.55, "offset": 0.45},
    ms=0.5,
    tstyle={"formal": 0.3, "alt": 0.2, "everyday": 0.2, "en": 0.3},
    deco=[("【高新区】", 0.3, "pre")],
    deco_en=[("[Yunxi Hi-tech Zone] ", 0.3, "pre")],
    loc={
        "short": 0.35,
        "official": 0.2,
        "english": 0.25,
        "old": 0.05,
        "address": 0.1,
        "landmark": 0.05,
    },
    block={"zuo": 0.6, "dong": 0.3, "zhuang": 0.1},
    tags={"std": 0.5, "en": 0.35, "none": 0.15},
    sectors={"std": 0.5, "en": 0.3, "none": 0.2},
    online_p=0.12,
    hybrid_p=0.1,
    platform={"tencent": 0.6, "xiaoe": 0.4},
    xid="uuid",
    regions="gxq",
    reg_host={"own": 0.7, "jsj": 0.3},
    domain="hitech.yunxi.example",
    desc={"formal": 0.3, "brief": 0.3, "en": 0.2, None: 0.2},
)
_org(
    "zbq",
    "运溪综合保税区管理办公室",
    "综保区管理办",
    cat="保税业务",
    cat_en="Bonded zone",
    home=["zbqb"],
    tfmt={"offset": 0.5, "Z": 0.3, "naive": 0.2},
    tstyle={"formal": 0.45, "alt": 0.2, "everyday": 0.1, "en": 0.25},
    deco=[("综保区：", 0.2, "pre")],
    deco_en=[("[CBZ] ", 0.3, "pre")],
    loc={"short": 0.35, "official": 0.25, "old": 0.15, "english": 0.2, "address": 0.05},
    tags={"std": 0.5, "en": 0.3, "own": 0.2},
    regions="zbq",
    xid="zbq",
    desc={"formal": 0.4, "brief": 0.3, "en": 0.15, None: 0.15},
)
_org(
    "hg",
    "中华人民共和国运溪海关",
    "运溪海关",
    cat="通关服务",
    home=["zbqb"],
    tstyle={"formal": 0.6, "alt": 0.3, "en": 0.1},
    deco=[("运溪海关：", 0.25, "pre"), ("【关企互动】", 0.15, "pre")],
    tfmt={"offset": 0.9, "naive": 0.1},
    loc={"official": 0.3, "short": 0.4, "old": 0.2, "address": 0.1},
    xid="hg",
    kind_flip=0.08,
)
_org(
    "gsl",
    "运溪市工商业联合会（总商会）",
    "市工商联",
    cat="民营经济",
    home=["shds"],
    deco=[("【商会大讲堂】", 0.35, "pre"), ("（会员企业免费）", 0.1, "suf")],
    tstyle={"formal": 0.4, "everyday": 0.3, "alt": 0.3},
    xid="gsl",
    loc={"short": 0.45, "official": 0.3, "old": 0.15, "landmark": 0.1},
)
_org(
    "tsw",
    "共青团运溪市委员会",
    "团市委",
    cat="青年发展",
    home=["qncy"],
    tstyle={"everyday": 0.7, "formal": 0.2, "alt": 0.1},
    deco=[("青年说｜", 0.25, "pre"), ("（名额有限）", 0.15, "suf")],
    tfmt={"naive": 0.6, "offset": 0.4},
    loc={"short": 0.4, "landmark": 0.2, "old": 0.15, "official": 0.15, "address": 0.1},
    omit_venue=0.12,
    online_p=0.2,
    evening_p=0.6,
    platform={"xiaoe": 0.6, "tencent": 0.4},
    xid="wx",
    tags={"own": 0.5, "std": 0.3, "none": 0.2},
    kind_flip=0.2,
    shift={0: 0.6, -30: 0.3, 30: 0.1},
)
_org(
    "zgh",
    "运溪市总工会职工服务中心",
    "市职工服务中心",
    cat="职工服务",
    home=["zgfw"],
    tstyle={"everyday": 0.5, "formal": 0.3, "alt": 0.2},
    deco=[("职工讲堂｜", 0.25, "pre"), ("（公益）", 0.2, "suf")],
    platform={"dingtalk": 0.7, "tencent": 0.3},
    online_p=0.12,
    evening_p=0.5,
    xid="zgh",
    loc={"short": 0.4, "old": 0.25, "official": 0.2, "landmark": 0.1, "address": 0.05},
)
_org(
    "nsh",
    "江苏运溪农村商业银行",
    "运溪农商银行",
    cat="金融服务",
    cat_en="Finance",
    home=["nshb"],
    tstyle={"everyday": 0.5, "alt": 0.3, "formal": 0.2},
    deco=[("运溪农商银行：", 0.25, "pre"), ("（免费）", 0.15, "suf")],
    tfmt={"Z": 0.25, "offset": 0.5, "naive": 0.25},
    platform={"xiaoe": 0.7, "tencent": 0.3},
    online_p=0.2,
    evening_p=0.6,
    loc={"address": 0.3, "short": 0.35, "official": 0.2, "old": 0.15},
    xid="nsh",
    reg_host={"own": 0.6, "wjx": 0.4},
    domain="m.yxrcb.example",
    dup=0.05,
)
_org(
    "boc",
    "中国银行运溪支行",
    "中行运溪支行",
    cat="跨境金融",
    cat_en="Cross-border finance",
    home=["bocb"],
    tstyle={"formal": 0.3, "alt": 0.3, "en": 0.4},
    deco_en=[("BOC Seminar | ", 0.3, "pre")],
    tfmt={"Z": 0.5, "offset": 0.5},
    ms=0.3,
    loc={"english": 0.25, "official": 0.35, "short": 0.2, "address": 0.2},
    online_p=0.25,
    hybrid_p=0.15,
    platform={"tencent": 1.0},
    xid="boc",
    tags={"std": 0.4, "en": 0.4, "own": 0.2},
    sectors={"std": 0.5, "en": 0.3, "coarse": 0.2},
    desc={"formal": 0.3, "brief": 0.3, "en": 0.3, None: 0.1},
)
for _t in RURAL_TOWNS:
    _tn = TOWNS[_t]["name"]
    _org(
        _t,
        f"运溪市{_tn}人民政府",
        _tn,
        town=_t,
        cat="为民服务",
        home=[f"{_t}-h", f"{_t}-x"],
        tstyle={"formal": 0.3, "everyday": 0.5, "alt": 0.2},
        deco=[("TOWN", 0.3, "pre"), ("（公益）", 0.05, "suf")],
        tfmt={"naive": 0.5, "offset": 0.5},
        shift={0: 0.6, -30: 0.3, -20: 0.1},
        loc={
            "own": 0.35,
            "short": 0.25,
            "official": 0.15,
            "old": 0.1,
            "landmark": 0.1,
            "address": 0.05,
        },
        omit_room=0.15,
        omit_venue=0.08,
        tags={"own": 0.4, "std": 0.3, "none": 0.3},
        sectors={"std": 0.4, "coarse": 0.4, "none": 0.2},
        regions="town",
        online_p=0.02,
        hybrid_p=0.0,
        xid="wx",
        co_rate=0.4,
        desc={"brief": 0.5, "formal": 0.2, None: 0.3},
        hosts_in_desc=0.5,
        kind_flip=0.2,
        dup=0.04,
    )
TOWN_ORG = {t: t for t in RURAL_TOWNS}
COUNTY_LEVEL_TOWNS = {"yunhe", "xikou", "hubin"}

# ---------------------------------------------------------------------------
# subjects (policies / programmes); every title variant names the subject
# ---------------------------------------------------------------------------

SUBJECTS: list[Subject] = []


def _subj(
    key: str,
    kind: str,
    leads: str,
    co: str,
    formal: list[str],
    alt: list[str],
    everyday: list[str],
    en: str,
    tags: list[str],
    tags_en: list[str],
    sectors: list[str],
    venues: str = "",
    months: tuple[int, ...] | None = None,
    flags: str = "",
) -> None:
    SUBJECTS.append(
        {
            "key": key,
            "kind": "TRAINING" if kind == "T" else "PUBLICITY",
            "leads": leads.split(),
            "co": co.split(),
            "formal": formal,
            "alt": alt,
            "everyday": everyday,
            "en": en,
            "tags": tags,
            "tags_en": tags_en,
            "sectors": sectors,
            "venues": venues.split(),
            "months": months,
            "flags": set(flags.split()),
        }
    )


_subj(
    "rd_deduct",
    "T",
    "tax kjj",
    "kjj gxq gxj tax gsl",
    ["研发费用加计扣除政策专题辅导", "企业研发费用税前加计扣除政策培训"],
    ["研发费用加计扣除热点问题解读会"],
    ["研发投入能多扣多少？加计扣除实操课"],
    "R&D Super Deduction Policy Workshop",
    ["研发费用加计扣除", "企业所得税", "科技创新"],
    ["R&D", "Tax incentives"],
    ["高新技术企业", "科技型中小企业", "制造业"],
    "swj kczx gxqb zwzx",
    flags="series online",
)
_subj(
    "export_rebate",
    "T",
    "tax swuj",
    "swuj zbq hg boc",
    ["出口退（免）税业务培训"],
    ["外贸企业出口退税政策及申报实务"],
    ["出口退税怎么办更快？外贸企业辅导课"],
    "Export Tax Rebate Workshop",
    ["出口退税", "外贸"],
    ["Export tax rebate", "Foreign trade"],
    ["外贸企业", "纺织", "电线电缆"],
    "swj zbqb xzzx",
    flags="series online",
)
_subj(
    "vat_law",
    "P",
    "tax",
    "gsl gxq sangyuan choutang shenggang scjg",
    ["《中华人民共和国增值税法》及实施条例宣讲会"],
    ["增值税法配套政策解读会"],
    ["增值税法施行后，企业开票报税有哪些变化"],
    "VAT Law Implementation Briefing",
    ["增值税法", "税收法治"],
    ["VAT Law"],
    ["各类纳税人", "制造业", "商贸企业"],
    "swj shds zwzx",
    flags="town",
)
_subj(
    "e_invoice",
    "T",
    "tax",
    "nsh gsl scjg",
    ["全面数字化的电子发票推广应用培训"],
    ["数电发票常见问题答疑会"],
    ["数电票开票受票实操课堂"],
    "Fully Digitalized E-Invoice Training",
    ["数电发票", "发票管理"],
    ["E-invoice"],
    ["小微企业", "个体工商户", "商贸企业"],
    "swj zwzx",
    flags="series online",
)
_subj(
    "new_taxpayer",
    "T",
    "tax",
    "scjg tsw gxq",
    ["新办纳税人套餐式服务培训"],
    ["新办企业涉税事项辅导"],
    ["新开公司第一课：办税入门"],
    "Tax Basics for New Businesses",
    ["新办纳税人", "办税指南"],
    ["New taxpayers"],
    ["新办企业", "个体工商户"],
    "swj zwzx qncy",
    flags="series online",
)
_subj(
    "small_biz_tax",
    "P",
    "tax",
    "scjg gsl nsh sangyuan choutang lingdang gudu shenggang",
    ["小微企业和个体工商户税费优惠政策宣讲"],
    ["小微企业“六税两费”减免政策解读"],
    ["小店也有大优惠：个体户减税降费讲堂"],
    "Tax Relief for Small Businesses and Sole Traders",
    ["税费优惠", "小微企业", "个体工商户"],
    ["Tax relief", "Small business"],
    ["小微企业", "个体工商户"],
    "swj zwzx",
    flags="town",
)
_subj(
    "social_fee",
    "P",
    "tax rsj",
    "rsj zgh",
    ["社会保险费征缴政策宣讲"],
    ["社保费征管政策解读会"],
    ["社保费怎么缴？灵活就业人员参保讲解"],
    "Social Insurance Contributions Briefing",
    ["社保费", "社会保险"],
    ["Social insurance"],
    ["用人单位", "灵活就业人员"],
    "swj rlzy zgfw",
    flags="online",
)
_subj(
    "bank_tax",
    "P",
    "nsh tax",
    "tax nsh boc gsl",
    ["“银税互动”助企融资政策宣讲会"],
    ["银税互动信用贷款产品推介会"],
    ["纳税信用变贷款：小微企业融资课"],
    "Tax-Credit Lending Matchmaking",
    ["银税互动", "纳税信用", "融资"],
    ["Tax-credit lending", "SME finance"],
    ["小微企业", "个体工商户"],
    "nshb swj shds",
    flags="town online",
)
_subj(
    "food_safety",
    "T",
    "scjg",
    "wlj gudu lingdang sangyuan",
    ["食品安全管理人员专题培训", "食品经营者主体责任落实培训"],
    ["食品经营许可及食品安全管理制度解读"],
    ["餐饮店食品安全一课通"],
    "Food Safety Manager Training",
    ["食品安全", "餐饮服务"],
    ["Food safety"],
    ["餐饮", "食品经营", "民宿"],
    "scjg zwzx",
    flags="series town",
)
_subj(
    "special_equip",
    "T",
    "scjg",
    "yjj choutang gxj",
    ["特种设备安全管理和作业人员培训"],
    ["特种设备使用单位主体责任落实宣讲"],
    ["锅炉、压力容器使用单位安全课"],
    "Special Equipment Safety Training",
    ["特种设备", "锅炉压力容器"],
    ["Special equipment"],
    ["印染", "纺织", "化工"],
    "scjg choutang-x",
    flags="fullday class",
)
_subj(
    "cable_quality",
    "T",
    "scjg",
    "shenggang gxj",
    ["电线电缆产品质量提升专题培训"],
    ["电线电缆强制性产品认证及监督抽查政策解读"],
    ["电缆企业质量体检课：CCC认证和抽检怎么应对"],
    "Wire and Cable Product Quality Workshop",
    ["产品质量", "电线电缆", "CCC认证"],
    ["Product quality", "Cables"],
    ["电线电缆"],
    "shenggang-x shenggang-h",
)
_subj(
    "trademark_gi",
    "T",
    "scjg",
    "lingdang nyj kjj",
    ["地理标志与商标品牌建设培训"],
    ["知识产权保护与地理标志专用标志使用规范宣讲"],
    ["大闸蟹地理标志怎么用？品牌保护课堂"],
    "Geographical Indication and Trademark Workshop",
    ["地理标志", "商标", "知识产权"],
    ["Geographical indication", "IP"],
    ["水产养殖", "农产品经营"],
    "lingdang-x lingdang-h scjg",
)
_subj(
    "livestream",
    "T",
    "scjg swuj",
    "swuj tsw lingdang gudu",
    ["直播电商合规经营指导培训"],
    ["网络直播营销活动合规指引宣讲"],
    ["直播带货别踩坑：广告和价格合规"],
    "Livestream E-commerce Compliance Training",
    ["直播电商", "广告合规", "网络交易"],
    ["Livestream commerce"],
    ["电商", "水产养殖", "文旅"],
    "qncy scjg lingdang-x",
    flags="online evening",
)
_subj(
    "price_tourism",
    "P",
    "scjg",
    "wlj gudu",
    ["旅游景区明码标价和价格行为规范宣讲"],
    ["景区商户价格合规提醒告诫会"],
    ["暑期古镇商户价格提醒课"],
    "Price Compliance for Tourist Area Merchants",
    ["明码标价", "价格监管"],
    ["Pricing"],
    ["景区商户", "餐饮", "民宿"],
    "gudu-x gudu-h",
    months=(7, 8),
)
_subj(
    "skill_cert",
    "T",
    "rsj",
    "zgh gxj sangyuan choutang",
    ["职业技能等级认定政策宣讲及考评员培训"],
    ["企业自主评价职业技能等级工作推进培训"],
    ["拿证有补贴：技能等级认定怎么报"],
    "Vocational Skill Certification Training",
    ["技能等级认定", "职业培训"],
    ["Skills certification"],
    ["制造业", "纺织"],
    "rlzy zgfw",
    flags="series class",
)
_subj(
    "stable_jobs",
    "P",
    "rsj",
    "gsl tax gxq sangyuan choutang shenggang lingdang gudu",
    ["稳就业惠企政策宣讲"],
    ["援企稳岗政策解读会"],
    ["招人用人有补贴：稳岗扩岗政策一讲通"],
    "Employment Support Policy Briefing",
    ["稳岗", "就业补贴"],
    ["Employment support"],
    ["用人单位", "中小企业"],
    "rlzy shds",
    flags="town",
)
_subj(
    "grad_intern",
    "P",
    "rsj",
    "tsw gxq",
    ["高校毕业生就业见习政策对接会"],
    ["就业见习基地申报辅导"],
    ["见习岗位怎么申报？企业见习基地课堂"],
    "Graduate Internship Program Briefing",
    ["就业见习", "高校毕业生"],
    ["Internship", "Graduates"],
    ["用人单位"],
    "rlzy qncy kczx",
    months=(7, 8),
)
_subj(
    "labor_contract",
    "T",
    "rsj zgh",
    "zgh sfj gsl",
    ["劳动用工合规与劳动合同管理培训"],
    ["企业劳动人事争议预防专题讲座"],
    ["老板必听：用工风险怎么防"],
    "Labor Contract Compliance Training",
    ["劳动合同", "用工合规"],
    ["Labor law"],
    ["中小企业", "制造业"],
    "rlzy zgfw shds",
    flags="online",
)
_subj(
    "work_injury",
    "P",
    "rsj",
    "zgh yjj",
    ["工伤保险政策及工伤预防宣讲"],
    ["工伤预防能力提升培训"],
    ["受了工伤怎么办？职工工伤保险讲座"],
    "Work Injury Insurance Briefing",
    ["工伤保险", "工伤预防"],
    ["Work injury insurance"],
    ["制造业", "建筑业"],
    "rlzy zgfw",
    flags="town",
)
_subj(
    "cbec",
    "T",
    "swuj",
    "zbq hg tsw gxq boc",
    ["跨境电商业务发展政策及实务培训"],
    ["跨境电商海外仓与独立站运营辅导"],
    ["纺织企业做跨境电商从哪入手"],
    "Cross-border E-commerce Workshop",
    ["跨境电商", "外贸新业态"],
    ["Cross-border e-commerce"],
    ["外贸企业", "纺织", "电商"],
    "zbqb kczx xzzx qncy",
    flags="series online",
)
_subj(
    "rcep",
    "T",
    "hg swuj",
    "swuj hg zbq gsl",
    ["RCEP原产地规则及享惠实务培训"],
    ["自贸协定原产地证书申领辅导"],
    ["用好RCEP：原产地证书帮企业省关税"],
    "RCEP Rules of Origin Training",
    ["RCEP", "原产地证书", "关税减让"],
    ["RCEP", "Rules of origin"],
    ["外贸企业", "纺织", "电线电缆"],
    "zbqb xzzx",
)
_subj(
    "fx_hedge",
    "P",
    "boc swuj",
    "swuj boc zbq",
    ["汇率避险与跨境人民币结算政策宣讲"],
    ["跨境人民币业务及汇率风险管理培训"],
    ["汇率波动怎么办？外贸企业避险沙龙"],
    "FX Hedging and Cross-border RMB Seminar",
    ["汇率避险", "跨境人民币"],
    ["FX hedging", "Cross-border RMB"],
    ["外贸企业"],
    "bocb xzzx zbqb",
    flags="online",
)
_subj(
    "export_credit",
    "P",
    "swuj",
    "boc gsl zbq",
    ["出口信用保险政策宣讲暨外贸企业风险防范培训"],
    ["出口信用保险助企稳订单对接会"],
    ["接单不怕收不回：出口信保讲座"],
    "Export Credit Insurance Briefing",
    ["出口信用保险", "外贸风险"],
    ["Export credit insurance"],
    ["外贸企业"],
    "xzzx shds bocb",
)
_subj(
    "bonded",
    "P",
    "zbq",
    "hg swuj",
    ["综合保税区保税加工和保税维修业务政策宣讲"],
    ["综合保税区新业态政策解读"],
    ["保税维修能做什么？综保区业务开放日"],
    "Bonded Processing and Repair Policy Briefing",
    ["保税加工", "保税维修", "综保区"],
    ["Bonded zone"],
    ["加工贸易企业", "外贸企业"],
    "zbqb",
)
_subj(
    "aeo",
    "T",
    "hg",
    "zbq swuj",
    ["海关AEO高级认证企业培育培训"],
    ["海关企业信用管理及AEO认证辅导"],
    ["通关更快的AEO认证怎么申请"],
    "Customs AEO Certification Workshop",
    ["AEO认证", "海关信用"],
    ["AEO", "Customs"],
    ["外贸企业", "加工贸易企业"],
    "zbqb xzzx",
    flags="series",
)
_subj(
    "hitech_cert",
    "T",
    "kjj gxq",
    "gxq kjj tax",
    ["高新技术企业认定申报辅导"],
    ["高新技术企业认定管理政策培训"],
    ["高企申报冲刺：材料怎么准备"],
    "High-tech Enterprise Recognition Workshop",
    ["高企认定", "科技创新"],
    ["High-tech enterprise"],
    ["高新技术企业", "科技型中小企业"],
    "kczx gxqb xzzx",
    flags="series online",
)
_subj(
    "sme_tech",
    "T",
    "kjj",
    "gxq tax",
    ["科技型中小企业评价入库辅导"],
    ["科技型中小企业评价工作培训"],
    ["科小入库有啥用？政策红利讲解"],
    "Tech-based SME Evaluation Briefing",
    ["科技型中小企业", "科技评价"],
    ["Tech SMEs"],
    ["科技型中小企业"],
    "kczx xzzx",
    flags="online",
)
_subj(
    "talent",
    "P",
    "gxq kjj",
    "kjj rsj gxq",
    ["“运溪英才”人才计划申报政策宣讲"],
    ["领军人才项目申报辅导会"],
    ["人才项目怎么报？英才计划答疑会"],
    "Yunxi Talent Program Briefing",
    ["人才计划", "人才政策"],
    ["Talent program"],
    ["高新技术企业", "留学回国人员"],
    "kczx gxqb",
)
_subj(
    "tech_finance",
    "P",
    "gxq",
    "nsh boc kjj",
    ["科技金融政企银对接会"],
    ["科技贷产品推介与融资对接会"],
    ["科创企业融资路演：银行投资机构面对面"],
    "Tech Finance Matchmaking Session",
    ["科技金融", "融资对接"],
    ["Tech finance"],
    ["科技型中小企业", "高新技术企业"],
    "kczx nshb",
)
_subj(
    "policy_cash",
    "T",
    "gxq",
    "tax gxj kjj",
    ["高新区惠企政策兑现申报辅导"],
    ["惠企政策免申即享解读会"],
    ["奖补资金怎么领？政策兑现一次讲清"],
    "Hi-tech Zone Incentive Application Workshop",
    ["政策兑现", "惠企政策"],
    ["Incentives"],
    ["区内企业"],
    "gxqb kczx",
    flags="online",
)
_subj(
    "smart_transform",
    "P",
    "gxj",
    "gxq sangyuan choutang shenggang",
    ["工业企业智能化改造数字化转型政策宣讲"],
    ["“智改数转网联”诊断服务对接会"],
    ["智改数转怎么干？纺织企业现场交流会"],
    "Smart Manufacturing and Digital Transformation Briefing",
    ["智改数转", "数字化转型", "智能制造"],
    ["Digital transformation"],
    ["纺织", "印染", "电线电缆", "制造业"],
    "xzzx kczx",
    flags="town stop",
)
_subj(
    "srdi",
    "T",
    "gxj",
    "gxq kjj gsl",
    ["专精特新中小企业培育申报辅导"],
    ["专精特新企业梯度培育政策解读"],
    ["小巨人怎么炼成？专精特新申报课"],
    "Specialized and Innovative SMEs Workshop",
    ["专精特新", "中小企业"],
    ["SRDI SMEs"],
    ["制造业", "中小企业"],
    "xzzx kczx shds",
    flags="series",
)
_subj(
    "energy",
    "T",
    "gxj",
    "sthj choutang",
    ["工业节能诊断与绿色工厂创建培训"],
    ["工业企业节能降碳政策宣讲"],
    ["电费太高？印染企业节能降碳课"],
    "Industrial Energy Saving and Green Factory Training",
    ["节能降碳", "绿色工厂"],
    ["Energy efficiency"],
    ["印染", "纺织"],
    "xzzx choutang-x",
)
_subj(
    "dye_permit",
    "T",
    "sthj",
    "choutang sangyuan",
    ["印染行业排污许可证执行报告填报培训"],
    ["排污许可一证式管理政策解读"],
    ["排污许可证年报怎么填？印染企业实操课"],
    "Discharge Permit Reporting Training for Dyeing Firms",
    ["排污许可", "印染"],
    ["Discharge permit"],
    ["印染"],
    "choutang-x xzzx",
    flags="series class",
)
_subj(
    "hazwaste",
    "T",
    "sthj",
    "yjj gxq zbq",
    ["危险废物规范化环境管理培训"],
    ["危险废物管理计划及台账填报辅导"],
    ["危废怎么存怎么转？企业环保课堂"],
    "Hazardous Waste Management Training",
    ["危险废物", "环境管理"],
    ["Hazardous waste"],
    ["印染", "电线电缆", "制造业"],
    "xzzx kczx zbqb",
    flags="online",
)
_subj(
    "taihu",
    "P",
    "sthj",
    "lingdang nyj gudu",
    ["《江苏省太湖水污染防治条例》宣讲"],
    ["太湖治理与水环境保护政策宣讲会"],
    ["守护太湖：沿湖企业和养殖户环保课"],
    "Taihu Water Pollution Prevention Regulations Briefing",
    ["太湖治理", "水污染防治"],
    ["Taihu", "Water protection"],
    ["水产养殖", "沿湖企业"],
    "lingdang-h lingdang-x hubin-h",
    flags="town",
)
_subj(
    "work_safety",
    "T",
    "yjj",
    "gxq sangyuan choutang lingdang gudu shenggang",
    ["安全生产主体责任落实专题培训"],
    ["企业主要负责人安全生产培训"],
    ["老板上安全课：生产安全这些事要知道"],
    "Workplace Safety Responsibility Training",
    ["安全生产", "主体责任"],
    ["Work safety"],
    ["制造业", "纺织", "印染", "电线电缆"],
    "xzzx",
    flags="town",
)
_subj(
    "confined",
    "T",
    "yjj",
    "choutang sthj",
    ["有限空间作业安全专题培训"],
    ["有限空间作业事故防范警示教育"],
    ["污水池窨井作业要小心：有限空间安全课"],
    "Confined Space Work Safety Training",
    ["有限空间", "安全生产"],
    ["Confined space"],
    ["印染", "污水处理"],
    "choutang-x xzzx",
)
_subj(
    "flood",
    "P",
    "yjj",
    "sangyuan choutang lingdang gudu shenggang",
    ["防汛防台及汛期安全生产宣讲"],
    ["汛期安全防范工作培训"],
    ["台风季到了：企业防汛防台应急课"],
    "Flood and Typhoon Preparedness Briefing",
    ["防汛防台", "应急管理"],
    ["Flood preparedness"],
    ["企业", "村（社区）"],
    "xzzx",
    months=(7, 8),
    flags="town",
)
_subj(
    "heat",
    "P",
    "zgh yjj",
    "yjj zgh rsj",
    ["高温天气作业防暑降温安全宣讲"],
    ["高温作业劳动保护政策宣讲"],
    ["夏送清凉：一线职工防暑知识讲座"],
    "Heat Safety for Frontline Workers",
    ["防暑降温", "劳动保护"],
    ["Heat safety"],
    ["建筑业", "制造业", "快递物流"],
    "zgfw",
    months=(7, 8),
    flags="town",
)
_subj(
    "crab",
    "T",
    "nyj",
    "lingdang sthj scjg",
    ["大闸蟹生态养殖技术培训"],
    ["河蟹绿色健康养殖及病害防控讲座"],
    ["蟹塘秋季管理：养殖户技术课"],
    "Hairy Crab Eco-farming Training",
    ["大闸蟹", "水产养殖", "生态养殖"],
    ["Crab farming"],
    ["水产养殖"],
    "lingdang-x lingdang-h hubin-h",
    months=(8, 9),
    flags="series town",
)
_subj(
    "straw",
    "P",
    "nyj",
    "sangyuan choutang lingdang gudu shenggang",
    ["秋季秸秆禁烧和综合利用宣讲"],
    ["秸秆综合利用政策解读"],
    ["秸秆不烧变成宝：村干部培训课"],
    "Straw Burning Ban and Utilization Briefing",
    ["秸秆禁烧", "综合利用"],
    ["Straw"],
    ["种植户", "村（社区）"],
    "",
    months=(9,),
    flags="town",
)
_subj(
    "rural_assets",
    "T",
    "nyj",
    "sangyuan choutang lingdang gudu shenggang",
    ["农村集体“三资”管理专题培训"],
    ["农村集体资产资源资金规范管理培训"],
    ["村级账怎么管：三资管理课"],
    "Rural Collective Assets Management Training",
    ["三资管理", "农村集体经济"],
    ["Rural collective assets"],
    ["村（社区）"],
    "",
    flags="town",
)
_subj(
    "homestay",
    "T",
    "wlj",
    "gudu scjg yjj",
    ["民宿经营管理和服务质量提升培训"],
    ["乡村民宿规范经营政策宣讲"],
    ["民宿主理人课堂：从订单到好评"],
    "Homestay Management Training",
    ["民宿", "乡村旅游"],
    ["Homestays"],
    ["民宿", "文旅"],
    "gudu-x gudu-h",
)
_subj(
    "tourism_safety",
    "P",
    "wlj",
    "gudu yjj scjg",
    ["暑期旅游安全暨文明旅游宣讲"],
    ["旅游景区安全生产培训"],
    ["游船客栈暑期安全课"],
    "Summer Tourism Safety Briefing",
    ["旅游安全", "文明旅游"],
    ["Tourism safety"],
    ["景区", "民宿", "游船"],
    "gudu-x",
    months=(7, 8),
)
_subj(
    "guide",
    "T",
    "wlj",
    "gudu",
    ["导游和景区讲解员业务培训"],
    ["景区讲解员服务规范培训"],
    ["讲好古镇故事：讲解员提升课"],
    "Tour Guide Training",
    ["导游", "讲解员"],
    ["Tour guides"],
    ["景区"],
    "gudu-x tsg",
    flags="series",
)
_subj(
    "civil_code",
    "P",
    "sfj",
    "zgh gsl sangyuan choutang lingdang gudu shenggang",
    ["民法典进企业进社区宣讲"],
    ["民法典专题普法宣讲会"],
    ["民法典和你我有关：普法讲座"],
    "Civil Code Public Legal Education",
    ["民法典", "普法"],
    ["Civil Code"],
    ["企业职工", "社区居民"],
    "tsg zgfw",
    flags="town",
)
_subj(
    "anti_fraud",
    "P",
    "sfj nsh",
    "nsh boc tsw zgh sangyuan gudu shenggang",
    ["防范电信网络诈骗宣讲"],
    ["反电诈进企业专题宣讲"],
    ["别让骗子盯上你：反诈课堂"],
    "Anti-Telecom-Fraud Awareness Session",
    ["反诈", "金融安全"],
    ["Anti-fraud"],
    ["企业职工", "社区居民"],
    "tsg nshb zgfw",
    flags="town online evening",
)
_subj(
    "private_law",
    "P",
    "gsl",
    "sfj scjg sangyuan choutang shenggang",
    ["《民营经济促进法》专题宣讲会"],
    ["民营经济促进法学习解读会"],
    ["民营经济促进法和企业家有什么关系"],
    "Private Economy Promotion Law Briefing",
    ["民营经济促进法", "营商环境"],
    ["Private economy"],
    ["民营企业", "商会会员"],
    "shds tsg",
    flags="town stop",
)
_subj(
    "compliance",
    "T",
    "gsl",
    "sfj tax scjg",
    ["民营企业合规经营培训"],
    ["商会会员企业合规管理辅导"],
    ["企业合规体检：老板的风险清单"],
    "Compliance Training for Private Firms",
    ["企业合规", "法律风险"],
    ["Compliance"],
    ["民营企业"],
    "shds",
)
_subj(
    "next_gen",
    "T",
    "gsl tsw",
    "tsw gsl",
    ["新生代企业家研修营"],
    ["青年企业家能力提升培训"],
    ["创二代成长营：传承与创新必修课"],
    "Next-generation Entrepreneurs Program",
    ["新生代企业家", "传承"],
    ["Next-gen entrepreneurs"],
    ["民营企业"],
    "shds qncy",
    flags="series fullday",
)
_subj(
    "youth_startup",
    "P",
    "tsw",
    "rsj nsh gxq",
    ["青年创业政策宣讲暨青创贷推介会"],
    ["青年创新创业扶持政策解读"],
    ["想创业？政策、场地、贷款一次说清"],
    "Youth Entrepreneurship Support Briefing",
    ["青年创业", "创业担保贷款"],
    ["Youth entrepreneurship"],
    ["青年创业者", "大学生"],
    "qncy kczx",
    flags="online evening",
)
_subj(
    "summer_safety",
    "P",
    "tsw",
    "sfj sangyuan choutang lingdang gudu shenggang",
    ["青少年暑期安全教育宣讲"],
    ["暑期青少年防溺水安全课堂"],
    ["防溺水防诈骗：暑期安全第一课"],
    "Summer Safety for Teens",
    ["暑期安全", "防溺水"],
    ["Summer safety"],
    ["青少年", "家长"],
    "tsg qncy",
    months=(7, 8),
    flags="town",
)
_subj(
    "gig_workers",
    "P",
    "zgh",
    "rsj sfj",
    ["新就业形态劳动者权益保障宣讲"],
    ["新就业形态劳动者入会和维权讲座"],
    ["外卖小哥快递员的权益怎么保障"],
    "Rights Protection for Gig Workers",
    ["新就业形态", "劳动者权益"],
    ["Gig workers"],
    ["快递物流", "外卖配送"],
    "zgfw",
    flags="evening online",
)
_subj(
    "skills_contest",
    "T",
    "zgh",
    "rsj gxj",
    ["职工职业技能竞赛赛前培训"],
    ["职工技能大赛理论辅导"],
    ["技能比武前的集训课"],
    "Workers' Skills Contest Preparation",
    ["技能竞赛", "职工培训"],
    ["Skills contest"],
    ["制造业", "纺织"],
    "zgfw rlzy",
    flags="series class",
)
_subj(
    "inclusive_fin",
    "P",
    "nsh",
    "gsl sangyuan choutang lingdang gudu shenggang",
    ["普惠金融政策进企业宣讲"],
    ["富民创业贷等普惠金融产品推介会"],
    ["小微企业贷款怎么批得快"],
    "Inclusive Finance Briefing",
    ["普惠金融", "小微贷款"],
    ["Inclusive finance"],
    ["小微企业", "个体工商户", "农户"],
    "nshb",
    flags="town stop",
)
SUBJ = {s["key"]: s for s in SUBJECTS}

SECTOR_EN = {
    "高新技术企业": "High-tech firms",
    "科技型中小企业": "Tech SMEs",
    "制造业": "Manufacturing",
    "外贸企业": "Exporters",
    "纺织": "Textiles",
    "电线电缆": "Wire & cable",
    "印染": "Dyeing",
    "加工贸易企业": "Processing trade",
    "区内企业": "Zone enterprises",
    "留学回国人员": "Returnees",
    "中小企业": "SMEs",
    "民营企业": "Private firms",
    "电商": "E-commerce",
    "小微企业": "Small businesses",
    "个体工商户": "Sole traders",
    "商贸企业": "Trading firms",
    "各类纳税人": "Taxpayers",
    "新办企业": "New businesses",
    "用人单位": "Employers",
    "青年创业者": "Young founders",
    "大学生": "Students",
    "农户": "Farmers",
    "商会会员": "Chamber members",
    "化工": "Chemicals",
}
SECTOR_EXTRA = ["外贸企业", "个体工商户", "印染企业", "纺织企业", "电缆企业", "小微企业"]

# ---------------------------------------------------------------------------
# planning: sessions and hard-negative families
# ---------------------------------------------------------------------------

AM_STARTS = {510: 0.1, 540: 0.55, 570: 0.25, 600: 0.1}
PM_STARTS = {810: 0.2, 840: 0.5, 870: 0.2, 900: 0.1}
DUR_T = {60: 0.05, 90: 0.25, 120: 0.3, 150: 0.25, 180: 0.15}
DUR_P = {60: 0.2, 90: 0.4, 120: 0.35, 150: 0.05}


class _Planner:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sessions: list[Session] = []
        self.room_busy: defaultdict[tuple[str, date], list[tuple[int, int]]] = defaultdict(list)
        self.code_busy: defaultdict[tuple[str, date], list[tuple[int, int]]] = defaultdict(list)
        self.subj_day: defaultdict[tuple[str, date], list[tuple[int, int, int]]] = defaultdict(list)
        self.codes_used: set[str] = set()
        self.fixed_codes: dict[str, Code] = {}
        self.pairs: list[tuple[str, int, int]] = []  # (family, idx_a, idx_b)
        self.n_postings = 0
        self.series_seq = 0
        self.group_seq = 0

    def new_group(self) -> int:
        self.group_seq += 1
        return self.group_seq

    # -- resources -------------------------------------------------------
    def room_free(self, rid: str, d: date, s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in self.room_busy[(rid, d)])

    def code_free(self, code: str, d: date, s: int, e: int) -> bool:
        return all(e + 30 <= a or s >= b + 30 for a, b in self.code_busy[(code, d)])

    def subj_free(self, skey: str, d: date, s: int, e: int, allow: Container[int] = ()) -> bool:
        for a, b, idx in self.subj_day[(skey, d)]:
            if idx in allow:
                continue
            if s < b + 60 and a < e + 60:
                return False
        return True

    # -- choices -----------------------------------------------------------
    def pick_date(self, subj: Subject, cond: Callable[[date], bool] | None = None) -> date | None:
        rng = self.rng
        days = [d for d in WORKDAYS if subj["months"] is None or d.month in subj["months"]]
        for _ in range(50):
            d = rng.choice(days)
            if d == Q3_LAST and rng.random() < 0.6:
                continue
            if cond is None or cond(d):
                return d
        return None

    def pick_time(
        self, subj: Subject, org: Org, mode: str, half: str | None = None
    ) -> tuple[int, int]:
        rng = self.rng
        if (
            mode == "online"
            and "evening" in subj["flags"]
            and rng.random() < max(org["evening_p"], 0.3)
        ):
            s = _w(rng, {1140: 0.6, 1170: 0.4})
            return s, s + _w(rng, {60: 0.5, 90: 0.5})
        if half is None and "fullday" in subj["flags"] and rng.random() < 0.4:
            return 540, 990
        if half is None:
            half = "am" if rng.random() < 0.55 else "pm"
        if half == "am":
            s, cap = _w(rng, AM_STARTS), 720
        else:
            s, cap = _w(rng, PM_STARTS), 1050
        dur = _w(rng, DUR_T if subj["kind"] == "TRAINING" else DUR_P)
        e = min(s + dur, cap)
        if e - s < 60:
            e = s + 60
        return s, e

    def pick_mode(self, org: Org, subj: Subject) -> str:
        rng = self.rng
        x = rng.random()
        on = org["online_p"] * (1.6 if "online" in subj["flags"] else 0.7)
        if x < on:
            return "online"
        if x < on + org["hybrid_p"]:
            return "hybrid"
        return "offline"

    def cand_buildings(self, subj: Subject, lead: str, town: str | None = None) -> list[str]:
        org = ORGS[lead]
        if town is not None:
            return TOWN_BUILDINGS[town]
        if org["town"]:
            return TOWN_BUILDINGS[org["town"]]
        out = []
        for b in org["home"] + subj["venues"]:
            if b not in out:
                out.append(b)
        if not out:
            out = ["xzzx"]
        return out

    def pick_room(
        self, bids: Iterable[str], d: date, s: int, e: int, exclude: Container[str] = ()
    ) -> Room | None:
        rng = self.rng
        bids = list(bids)
        rng.shuffle(bids)
        for bid in bids:
            rooms = [r for r in BLD[bid]["rooms"] if r["id"] not in exclude]
            rng.shuffle(rooms)
            for r in rooms:
                if self.room_free(r["id"], d, s, e):
                    return r
        return None

    def new_code(self, org: Org, d: date, s: int, e: int, reuse_fixed: bool = True) -> Code:
        rng = self.rng
        plat = _w(rng, org["platform"])
        if org["fixed_code"] and plat == "tencent" and reuse_fixed and rng.random() < 0.5:
            c = self.fixed_codes.get(org["key"])
            if c is None:
                c = self._make_code("tencent")
                self.fixed_codes[org["key"]] = c
            if self.code_free(c["code"], d, s, e):
                return c
        return self._make_code(plat)

    def _make_code(self, plat: str) -> Code:
        rng = self.rng
        while True:
            if plat == "xiaoe":
                code = "l_" + "".join(rng.choice("0123456789abcdef") for _ in range(24))
            else:
                code = str(rng.randint(100, 999)) + "".join(
                    rng.choice("0123456789") for _ in range(6)
                )
            if code not in self.codes_used:
                self.codes_used.add(code)
                break
        appid = "app" + _rand_str(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789")
        return {"platform": plat, "code": code, "token": _rand_str(rng, 10), "appid": appid}

    # -- sessions ----------------------------------------------------------
    def add(
        self,
        subj: Subject,
        lead: str,
        d: date,
        s: int,
        e: int,
        mode: str,
        room: Room | None = None,
        code: Code | None = None,
        qual: Qual | None = None,
        fam: Iterable[str] | None = None,
        hosts: list[str] | None = None,
        kind: str | None = None,
        series: int | None = None,
        reg: str | None = None,
        group: int | None = None,
    ) -> Session:
        rng = self.rng
        if kind is None:
            kind = subj["kind"]
            if rng.random() < 0.06:
                kind = "PUBLICITY" if kind == "TRAINING" else "TRAINING"
        sess: Session = {
            "idx": len(self.sessions),
            "subj": subj,
            "lead": lead,
            "date": d,
            "start": s,
            "end": e,
            "mode": mode,
            "room": room,
            "bld": BLD[room["bld"]] if room else None,
            "code": code,
            "qual": qual,
            "fam": list(fam or []),
            "kind": kind,
            "series": series,
            "reg": reg,
            "group": group if group is not None else -1 - len(self.sessions),
        }
        if hosts is None:
            hosts = self.pick_hosts(subj, lead, sess["bld"])
        sess["hosts"] = hosts
        posters = []
        for h in hosts:
            posters.append((h, 0))
            if rng.random() < ORGS[h]["dup"]:
                posters.append((h, 1))
        sess["posters"] = posters
        self.n_postings += len(posters)
        if room:
            self.room_busy[(room["id"], d)].append((s, e))
        if code:
            self.code_busy[(code["code"], d)].append((s, e))
        self.subj_day[(subj["key"], d)].append((s, e, sess["idx"]))
        self.sessions.append(sess)
        return sess

    def pick_hosts(self, subj: Subject, lead: str, bld: Building | None) -> list[str]:
        rng = self.rng
        org = ORGS[lead]
        town = bld["town"] if bld else None
        cands: list[tuple[str, float]] = []
        for o in subj["co"]:
            if o == lead or any(o == c for c, _ in cands):
                continue
            ot = ORGS[o]["town"]
            if ot:
                if ot == town:
                    cands.append((o, 2.5))
                elif town is None or town in COUNTY_LEVEL_TOWNS:
                    cands.append((o, 0.25))
                continue
            cands.append((o, 1.0))
        if (
            town in TOWN_ORG
            and TOWN_ORG[town] != lead
            and all(c != TOWN_ORG[town] for c, _ in cands)
        ):
            cands.append((TOWN_ORG[town], 2.0))
        if (
            bld
            and bld["id"] in ("kczx", "gxqb")
            and lead != "gxq"
            and all(c != "gxq" for c, _ in cands)
        ):
            cands.append(("gxq", 1.5))
        if bld and bld["id"] == "zbqb" and lead != "zbq" and all(c != "zbq" for c, _ in cands):
            cands.append(("zbq", 1.5))
        if not cands:
            cands = [("gsl", 0.5), ("nsh", 0.3)]
            cands = [c for c in cands if c[0] != lead]
        p = org["co_rate"] + (0.12 if any(w >= 2 for _, w in cands) else 0.0)
        hosts = [lead]
        if rng.random() >= p:
            return hosts
        n = _w(rng, {1: 0.64, 2: 0.27, 3: 0.09})
        pool = list(cands)
        for _ in range(n):
            if not pool:
                break
            o = _w(rng, pool)
            hosts.append(o)
            pool = [c for c in pool if c[0] != o]
        return hosts

    def pick_lead(self, subj: Subject, allow_town: bool = True) -> str:
        rng = self.rng
        if allow_town and "town" in subj["flags"] and rng.random() < 0.18:
            towns: list[str] = [o for o in subj["co"] if ORGS[o]["town"]] or RURAL_TOWNS
            return rng.choice(towns)
        leads = subj["leads"]
        return _w(rng, [(o, 1.0 / (i + 1)) for i, o in enumerate(leads)])

    def town_qual(self, subj: Subject, town: str) -> Qual:
        if "stop" in subj["flags"]:
            return {"type": "stop", "val": town}
        return {"type": "town", "val": town}

    def single(self) -> Session | None:
        rng = self.rng
        subj = rng.choice(SUBJECTS)
        lead = self.pick_lead(subj)
        org = ORGS[lead]
        for _ in range(40):
            mode = self.pick_mode(org, subj)
            d = self.pick_date(subj)
            if d is None:
                return None
            s, e = self.pick_time(subj, org, mode)
            if not self.subj_free(subj["key"], d, s, e):
                continue
            room = code = qual = None
            if mode != "online":
                town = None
                if "town" in subj["flags"] and not org["town"] and rng.random() < 0.45:
                    town = rng.choice(TOWN_KEYS)
                if not subj["venues"] and not org["town"] and town is None and rng.random() < 0.7:
                    town = rng.choice(RURAL_TOWNS)
                room = self.pick_room(self.cand_buildings(subj, lead, town), d, s, e)
                if room is None:
                    continue
                bt = BLD[room["bld"]]["town"]
                if town is not None and not org["town"] and rng.random() < 0.5:
                    qual = self.town_qual(subj, bt)
            if mode != "offline":
                code = self.new_code(org, d, s, e)
                if not self.code_free(code["code"], d, s, e):
                    continue
            if qual is None and "series" in subj["flags"] and rng.random() < 0.2:
                qual = {"type": "qi", "val": rng.randint(1, 9)}
            return self.add(subj, lead, d, s, e, mode, room, code, qual, fam=["single"])
        return None

    # -- hard-negative families ---------------------------------------------
    def fam_series_week(self) -> bool:
        rng = self.rng
        g = self.new_group()
        subj = rng.choice([s for s in SUBJECTS if "series" in s["flags"]])
        lead = self.pick_lead(subj, allow_town=False)
        org = ORGS[lead]
        n = 3 if rng.random() < 0.35 else 2
        for _ in range(40):
            d0 = self.pick_date(subj)
            if d0 is None:
                return False
            days = [d0 + timedelta(days=7 * i) for i in range(n)]
            if not all(
                d in WORKDAY_SET and (subj["months"] is None or d.month in subj["months"])
                for d in days
            ):
                continue
            mode = "hybrid" if rng.random() < org["hybrid_p"] + 0.05 else "offline"
            s, e = self.pick_time(subj, org, mode)
            if not all(self.subj_free(subj["key"], d, s, e) for d in days):
                continue
            bids = self.cand_buildings(subj, lead)
            room = None
            for bid in rng.sample(bids, len(bids)):
                for r in BLD[bid]["rooms"]:
                    if all(self.room_free(r["id"], d, s, e) for d in days):
                        room = r
                        break
                if room:
                    break
            if room is None:
                continue
            code = None
            if mode == "hybrid":
                code = self.new_code(org, days[0], s, e)
                if not all(self.code_free(code["code"], d, s, e) for d in days):
                    continue
            self.series_seq += 1
            hosts = self.pick_hosts(subj, lead, BLD[room["bld"]])
            k0 = rng.randint(1, 6)
            reg = "series" if rng.random() < 0.5 else None
            kind = subj["kind"]
            prev = None
            for i, d in enumerate(days):
                c = code if (code and (i == 0 or rng.random() < 0.6)) else None
                if mode == "hybrid" and c is None:
                    c = self.new_code(org, d, s, e, reuse_fixed=False)
                sess = self.add(
                    subj,
                    lead,
                    d,
                    s,
                    e,
                    mode,
                    room,
                    c,
                    {"type": "qi", "val": k0 + i},
                    fam=["series_next_week"],
                    group=g,
                    hosts=list(hosts),
                    kind=kind,
                    series=self.series_seq,
                    reg=reg,
                )
                if prev is not None:
                    self.pairs.append(("series_next_week", prev["idx"], sess["idx"]))
                prev = sess
            return True
        return False

    def fam_series_same_day(self) -> bool:
        rng = self.rng
        g = self.new_group()
        subj = rng.choice([s for s in SUBJECTS if "series" in s["flags"]])
        lead = self.pick_lead(subj, allow_town=False)
        for _ in range(40):
            d = self.pick_date(subj)
            if d is None:
                return False
            am0 = _w(rng, {540: 0.7, 570: 0.3})
            am = (am0, am0 + _w(rng, {120: 0.5, 150: 0.5}))
            pm0 = _w(rng, {840: 0.7, 810: 0.3})
            pm = (pm0, pm0 + _w(rng, {120: 0.5, 150: 0.5}))
            if not self.subj_free(subj["key"], d, am[0], pm[1]):
                continue
            bids = self.cand_buildings(subj, lead)
            room = None
            for bid in rng.sample(bids, len(bids)):
                for r in BLD[bid]["rooms"]:
                    if self.room_free(r["id"], d, am[0], am[1]) and self.room_free(
                        r["id"], d, pm[0], pm[1]
                    ):
                        room = r
                        break
                if room:
                    break
            if room is None:
                continue
            self.series_seq += 1
            hosts = self.pick_hosts(subj, lead, BLD[room["bld"]])
            k0 = rng.randint(1, 7)
            reg = "series" if rng.random() < 0.5 else None
            a = self.add(
                subj,
                lead,
                d,
                am[0],
                am[1],
                "offline",
                room,
                None,
                {"type": "qi", "val": k0},
                fam=["series_same_day"],
                group=g,
                hosts=list(hosts),
                kind=subj["kind"],
                series=self.series_seq,
                reg=reg,
            )
            b = self.add(
                subj,
                lead,
                d,
                pm[0],
                pm[1],
                "offline",
                room,
                None,
                {"type": "qi", "val": k0 + 1},
                fam=["series_same_day"],
                group=g,
                hosts=list(hosts),
                kind=subj["kind"],
                series=self.series_seq,
                reg=reg,
            )
            self.pairs.append(("series_same_day", a["idx"], b["idx"]))
            return True
        return False

    def fam_parallel_rooms(self) -> bool:
        rng = self.rng
        g = self.new_group()
        same = rng.random() < 0.5
        if same:
            subj = rng.choice(
                [s for s in SUBJECTS if "class" in s["flags"] or "series" in s["flags"]]
            )
            subj2 = subj
        else:
            subj, subj2 = rng.sample(SUBJECTS, 2)
        lead = self.pick_lead(subj, allow_town=False)
        lead2 = lead if (same or rng.random() < 0.3) else self.pick_lead(subj2, allow_town=False)
        for _ in range(40):
            d = self.pick_date(subj)
            if d is None or (subj2["months"] and d.month not in subj2["months"]):
                continue
            s, e = self.pick_time(subj, ORGS[lead], "offline", half=rng.choice(["am", "pm"]))
            if not self.subj_free(subj["key"], d, s, e) or not self.subj_free(
                subj2["key"], d, s, e
            ):
                continue
            bids = [b for b in self.cand_buildings(subj, lead) if len(BLD[b]["rooms"]) >= 2]
            if not bids:
                bids = ["xzzx", "zwzx", "kczx", "gxqb"]
            bid = rng.choice(bids)
            free = [r for r in BLD[bid]["rooms"] if self.room_free(r["id"], d, s, e)]
            if len(free) < 2:
                continue
            r1, r2 = rng.sample(free, 2)
            e2 = (
                e
                if same
                else min(e + _w(rng, {0: 0.5, -30: 0.25, 30: 0.25}), 1050 if s > 720 else 720)
            )
            if e2 - s < 60:
                e2 = e
            if not self.room_free(r2["id"], d, s, e2):
                continue
            if same:
                hosts = self.pick_hosts(subj, lead, BLD[bid])
                q1, q2 = {"type": "ban", "val": 1}, {"type": "ban", "val": 2}
                a = self.add(
                    subj,
                    lead,
                    d,
                    s,
                    e,
                    "offline",
                    r1,
                    None,
                    q1,
                    fam=["parallel_rooms"],
                    group=g,
                    hosts=list(hosts),
                    kind=subj["kind"],
                )
                b = self.add(
                    subj,
                    lead,
                    d,
                    s,
                    e,
                    "offline",
                    r2,
                    None,
                    q2,
                    fam=["parallel_rooms"],
                    group=g,
                    hosts=list(hosts),
                    kind=subj["kind"],
                )
            else:
                a = self.add(
                    subj, lead, d, s, e, "offline", r1, None, None, fam=["parallel_rooms"], group=g
                )
                b = self.add(
                    subj2,
                    lead2,
                    d,
                    s,
                    e2,
                    "offline",
                    r2,
                    None,
                    None,
                    fam=["parallel_rooms"],
                    group=g,
                )
            self.pairs.append(("parallel_rooms", a["idx"], b["idx"]))
            return True
        return False

    def fam_two_towns(self) -> bool:
        rng = self.rng
        g = self.new_group()
        subj = rng.choice([s for s in SUBJECTS if "town" in s["flags"]])
        lead = self.pick_lead(subj, allow_town=False)
        for _ in range(40):
            t1, t2 = rng.sample([*RURAL_TOWNS, "hubin", "yunhe"], 2)
            d = self.pick_date(subj)
            if d is None:
                return False
            s, e = self.pick_time(subj, ORGS[lead], "offline", half=rng.choice(["am", "pm"]))
            if not self.subj_free(subj["key"], d, s, e):
                continue
            r1 = self.pick_room(TOWN_BUILDINGS[t1], d, s, e)
            r2 = self.pick_room(TOWN_BUILDINGS[t2], d, s, e)
            if r1 is None or r2 is None:
                continue
            out = []
            for t, r in ((t1, r1), (t2, r2)):
                hosts = [lead]
                if t in TOWN_ORG and rng.random() < 0.85:
                    hosts.append(TOWN_ORG[t])
                extra = [o for o in subj["co"] if not ORGS[o]["town"] and o not in hosts]
                if extra and rng.random() < 0.2:
                    hosts.append(rng.choice(extra))
                out.append(
                    self.add(
                        subj,
                        lead,
                        d,
                        s,
                        e,
                        "offline",
                        r,
                        None,
                        self.town_qual(subj, t),
                        fam=["two_towns_same_hour"],
                        group=g,
                        hosts=hosts,
                        kind=subj["kind"],
                    )
                )
            self.pairs.append(("two_towns_same_hour", out[0]["idx"], out[1]["idx"]))
            return True
        return False

    def fam_am_pm(self) -> bool:
        rng = self.rng
        g = self.new_group()
        subj = rng.choice(SUBJECTS)
        lead = self.pick_lead(subj)
        org = ORGS[lead]
        for _ in range(40):
            d = self.pick_date(subj)
            if d is None:
                return False
            a_s, a_e = self.pick_time(subj, org, "offline", half="am")
            p_s, p_e = self.pick_time(subj, org, "offline", half="pm")
            if not self.subj_free(subj["key"], d, a_s, p_e):
                continue
            bids = self.cand_buildings(subj, lead)
            ra = self.pick_room(bids, d, a_s, a_e)
            if ra is None:
                continue
            rp: Room | None
            if rng.random() < 0.55 and self.room_free(ra["id"], d, p_s, p_e):
                rp = ra
            else:
                rp = self.pick_room(bids, d, p_s, p_e)
            if rp is None:
                continue
            halfq = rng.random() < 0.35
            qa = {"type": "half", "val": "am"} if halfq else None
            qp = {"type": "half", "val": "pm"} if halfq else None
            hosts = self.pick_hosts(subj, lead, BLD[ra["bld"]])
            a = self.add(
                subj,
                lead,
                d,
                a_s,
                a_e,
                "offline",
                ra,
                None,
                qa,
                fam=["dept_am_pm"],
                group=g,
                hosts=list(hosts),
                kind=subj["kind"],
            )
            hosts_p = (
                list(hosts) if rng.random() < 0.7 else self.pick_hosts(subj, lead, BLD[rp["bld"]])
            )
            b = self.add(
                subj,
                lead,
                d,
                p_s,
                p_e,
                "offline",
                rp,
                None,
                qp,
                fam=["dept_am_pm"],
                group=g,
                hosts=hosts_p,
                kind=subj["kind"],
            )
            self.pairs.append(("dept_am_pm", a["idx"], b["idx"]))
            return True
        return False

    def fam_policy_days(self) -> bool:
        rng = self.rng
        for _ in range(40):
            subj = rng.choice(SUBJECTS)
            pool = [o for o in subj["leads"] + subj["co"] if not ORGS[o]["town"]]
            pool = list(dict.fromkeys(pool))
            if len(pool) < 2:
                continue
            la, lb = rng.sample(pool, 2)
            d1 = self.pick_date(subj)
            if d1 is None:
                continue
            d2 = d1 + timedelta(days=rng.choice([1, 2, 3, 6, 7, 8, 13, 14, -1, -2, -7]))
            if d2 not in WORKDAY_SET or (subj["months"] and d2.month not in subj["months"]):
                continue
            made = []
            for lead, d in ((la, d1), (lb, d2)):
                org = ORGS[lead]
                ok = None
                for _ in range(20):
                    mode = self.pick_mode(org, subj)
                    s, e = self.pick_time(subj, org, mode)
                    if not self.subj_free(subj["key"], d, s, e):
                        continue
                    room = code = None
                    if mode != "online":
                        room = self.pick_room(self.cand_buildings(subj, lead), d, s, e)
                        if room is None:
                            continue
                    if mode != "offline":
                        code = self.new_code(org, d, s, e)
                        if not self.code_free(code["code"], d, s, e):
                            continue
                    ok = self.add(
                        subj, lead, d, s, e, mode, room, code, None, fam=["same_policy_diff_days"]
                    )
                    break
                if ok is None:
                    break
                made.append(ok)
            if len(made) == 2:
                self.pairs.append(("same_policy_diff_days", made[0]["idx"], made[1]["idx"]))
                return True
            for m in made:
                m["fam"] = ["single"]
        return False

    def fam_back_to_back(self) -> bool:
        rng = self.rng
        g = self.new_group()
        for _ in range(40):
            subj = rng.choice(SUBJECTS)
            lead = self.pick_lead(subj, allow_town=False)
            variant = _w(rng, {"same_lead": 0.55, "other_lead": 0.3, "same_subject": 0.15})
            if variant == "same_subject":
                subj2, lead2 = subj, lead
            elif variant == "same_lead":
                mine = [s for s in SUBJECTS if lead in s["leads"] and s is not subj]
                if not mine:
                    continue
                subj2, lead2 = rng.choice(mine), lead
            else:
                subj2 = rng.choice([s for s in SUBJECTS if s is not subj])
                lead2 = self.pick_lead(subj2, allow_town=False)
            d = self.pick_date(subj)
            if d is None or (subj2["months"] and d.month not in subj2["months"]):
                continue
            half = rng.choice(["am", "pm"])
            s1 = 540 if half == "am" else 840
            d1 = _w(rng, {60: 0.4, 90: 0.6})
            d2 = _w(rng, {60: 0.4, 90: 0.6})
            m = s1 + d1
            e2 = m + d2
            if not (
                self.subj_free(subj["key"], d, s1, m) and self.subj_free(subj2["key"], d, m, e2)
            ):
                continue
            room = None
            bids = self.cand_buildings(subj, lead)
            for bid in rng.sample(bids, len(bids)):
                for r in BLD[bid]["rooms"]:
                    if self.room_free(r["id"], d, s1, e2):
                        room = r
                        break
                if room:
                    break
            if room is None:
                continue
            qa = qb = None
            if variant == "same_subject":
                qa, qb = {"type": "chang", "val": 1}, {"type": "chang", "val": 2}
            hosts = self.pick_hosts(subj, lead, BLD[room["bld"]])
            a = self.add(
                subj,
                lead,
                d,
                s1,
                m,
                "offline",
                room,
                None,
                qa,
                fam=["back_to_back"],
                group=g,
                hosts=hosts,
            )
            hosts2 = list(hosts) if variant == "same_subject" else None
            b = self.add(
                subj2,
                lead2,
                d,
                m,
                e2,
                "offline",
                room,
                None,
                qb,
                fam=["back_to_back"],
                group=g,
                hosts=hosts2,
            )
            self.pairs.append(("back_to_back", a["idx"], b["idx"]))
            return True
        return False

    def fam_online_same_hour(self) -> bool:
        rng = self.rng
        g = self.new_group()
        for _ in range(40):
            same = rng.random() < 0.5
            cands = [s for s in SUBJECTS if "online" in s["flags"]]
            subj = rng.choice(cands)
            subj2 = subj if same else rng.choice([s for s in SUBJECTS if s is not subj])
            lead = self.pick_lead(subj, allow_town=False)
            lead2 = lead if same else self.pick_lead(subj2, allow_town=False)
            d = self.pick_date(subj)
            if d is None or (subj2["months"] and d.month not in subj2["months"]):
                continue
            s = _w(rng, {540: 0.3, 600: 0.2, 840: 0.3, 900: 0.2})
            e = s + _w(rng, {60: 0.4, 90: 0.6})
            e2 = e if same else s + _w(rng, {60: 0.5, 90: 0.5})
            if not (
                self.subj_free(subj["key"], d, s, e) and self.subj_free(subj2["key"], d, s, e2)
            ):
                continue
            c1 = self._make_code(_w(rng, ORGS[lead]["platform"]))
            c2 = self._make_code(
                c1["platform"] if rng.random() < 0.7 else _w(rng, ORGS[lead2]["platform"])
            )
            if same:
                sec = rng.sample(SECTOR_EXTRA, 2)
                q1, q2 = (
                    ({"type": "sector", "val": sec[0]}, {"type": "sector", "val": sec[1]})
                    if rng.random() < 0.5
                    else ({"type": "ban", "val": 1}, {"type": "ban", "val": 2})
                )
                hosts = self.pick_hosts(subj, lead, None)
                a = self.add(
                    subj,
                    lead,
                    d,
                    s,
                    e,
                    "online",
                    None,
                    c1,
                    q1,
                    fam=["online_same_hour"],
                    group=g,
                    hosts=list(hosts),
                    kind=subj["kind"],
                )
                b = self.add(
                    subj,
                    lead,
                    d,
                    s,
                    e,
                    "online",
                    None,
                    c2,
                    q2,
                    fam=["online_same_hour"],
                    group=g,
                    hosts=list(hosts),
                    kind=subj["kind"],
                )
            else:
                a = self.add(
                    subj, lead, d, s, e, "online", None, c1, None, fam=["online_same_hour"], group=g
                )
                b = self.add(
                    subj2,
                    lead2,
                    d,
                    s,
                    e2,
                    "online",
                    None,
                    c2,
                    None,
                    fam=["online_same_hour"],
                    group=g,
                )
            self.pairs.append(("online_same_hour", a["idx"], b["idx"]))
            return True
        return False


def _plan(rng: random.Random) -> _Planner:
    P = _Planner(rng)
    target = rng.randint(1060, 1140)
    fams = (
        [P.fam_series_week] * rng.randint(10, 13)
        + [P.fam_series_same_day] * rng.randint(6, 9)
        + [P.fam_parallel_rooms] * rng.randint(10, 14)
        + [P.fam_two_towns] * rng.randint(7, 10)
        + [P.fam_am_pm] * rng.randint(9, 12)
        + [P.fam_policy_days] * rng.randint(10, 14)
        + [P.fam_back_to_back] * rng.randint(9, 12)
        + [P.fam_online_same_hour] * rng.randint(6, 9)
    )
    rng.shuffle(fams)
    for f in fams:
        f()
    guard = 0
    while P.n_postings < target and guard < 5000:
        guard += 1
        P.single()
    return P


# ---------------------------------------------------------------------------
# posting specs, the careful-clerk check, and repairs
# ---------------------------------------------------------------------------


def _spec(
    rng: random.Random,
    sess: Session,
    org_key: str,
    dup: int,
    is_lead: bool,
    tcache: dict[tuple[int, str, str, int], tuple[str, float]],
) -> Spec:
    org = ORGS[org_key]
    sp: Spec = {"sess": sess, "org": org_key, "dup": dup, "lead": is_lead}
    # title: one organisation names the sessions of one series / family the same way
    key = (sess["group"], org_key, sess["subj"]["key"], dup)
    if key not in tcache:
        tcache[key] = (_w(rng, org["tstyle"]), rng.random())
    sp["tstyle"], sp["tvar"] = tcache[key]
    sp["inc_qual"] = bool(sess["qual"]) and (is_lead or rng.random() < org["qual_keep"])
    # kind
    kind = sess["kind"]
    if not is_lead and rng.random() < org["kind_flip"]:
        kind = "PUBLICITY" if kind == "TRAINING" else "TRAINING"
    sp["kind"] = kind
    # venue
    sp["inc_venue"] = sess["room"] is not None and not (rng.random() < org["omit_venue"])
    sp["inc_room"] = sp["inc_venue"] and not (rng.random() < org["omit_room"])
    lm = dict(org["loc"])
    if org["town"] and (sess["bld"] is None or sess["bld"]["town"] != org["town"]):
        lm.pop("own", None)
    if sess["bld"] is not None and sess["bld"]["id"].endswith("-x"):
        lm.pop("own", None)
    sp["loc_mode"] = _w(rng, lm)
    sp["prefix"] = _w(rng, org["prefix"])
    sp["floor"] = _w(rng, org["floor"])
    sp["omit_floor"] = rng.random() < org["omit_floor"]
    sp["block"] = _w(rng, org["block"])
    sp["num"] = _w(rng, org["num"])
    sp["space"] = _w(rng, org["space"])
    sp["missing"] = _w(rng, org["missing"])
    # online
    sp["inc_code"] = sess["code"] is not None and rng.random() < org["code_p"]
    sp["code_fmt"] = _w(rng, org["code_fmt"])
    sp["code_where"] = _w(rng, org["code_where"])
    # time
    sp["shift"] = _w(rng, org["shift"])
    if sess["end"] - sess["start"] <= 60 and sp["shift"] > 0:
        sp["shift"] = 0
    sp["endm"] = _w(rng, org["endm"])
    sp["tfmt"] = _w(rng, org["tfmt"])
    sp["secs"] = rng.random() < org["secs"]
    sp["ms"] = rng.random() < org["ms"]
    _times(sp)
    return sp


def _times(sp: Spec) -> None:
    sess, org = sp["sess"], ORGS[sp["org"]]
    S, E = sess["start"], sess["end"]
    ws = S + sp["shift"]
    m = sp["endm"]
    if m == "round":
        we = E if E % 60 == 0 else E + 60 - E % 60
    elif m == "nominal":
        we = ws + org["nominal"]
    else:
        we = E
    we = max(we, S + 45, ws + 30)
    sp["ws"], sp["we"] = ws, we


def _reveal(sp: Spec) -> dict[str, Any]:
    s = sp["sess"]
    r = {"date": s["date"], "ws": sp["ws"], "we": sp["we"], "subj": s["subj"]["key"]}
    r["bld"] = s["bld"]["id"] if (s["bld"] is not None and sp["inc_venue"]) else None
    r["room"] = s["room"]["id"] if (r["bld"] and sp["inc_room"]) else None
    r["code"] = s["code"]["code"] if (s["code"] is not None and sp["inc_code"]) else None
    q = s["qual"] if sp["inc_qual"] else None
    r["qual"] = (q["type"], q["val"]) if q else None
    town = s["bld"]["town"] if r["bld"] else None
    if q and q["type"] in ("town", "stop"):
        town = q["val"]
    r["town"] = town
    return r


def _contradict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["date"] != b["date"] or a["subj"] != b["subj"]:
        return True
    if not (a["ws"] < b["we"] and b["ws"] < a["we"]):
        return True
    for k in ("bld", "room", "code", "town"):
        if a[k] and b[k] and a[k] != b[k]:
            return True
    return bool(a["qual"] and b["qual"] and a["qual"] != b["qual"])


def _repair(p: Spec, q: Spec) -> bool:
    s, t = p["sess"], q["sess"]
    acted = False
    if s["room"] is not None and t["room"] is not None and s["room"]["id"] != t["room"]["id"]:
        for sp in (p, q):
            if not (sp["inc_venue"] and sp["inc_room"]):
                sp["inc_venue"] = sp["inc_room"] = True
                acted = True
    if s["code"] is not None and t["code"] is not None and s["code"]["code"] != t["code"]["code"]:
        for sp in (p, q):
            if not sp["inc_code"]:
                sp["inc_code"] = True
                acted = True
    if (
        s["qual"]
        and t["qual"]
        and (s["qual"]["type"], s["qual"]["val"]) != (t["qual"]["type"], t["qual"]["val"])
    ):
        for sp in (p, q):
            if not sp["inc_qual"]:
                sp["inc_qual"] = True
                acted = True
    if s["end"] <= t["start"] or t["end"] <= s["start"]:
        for sp in (p, q):
            if sp["shift"] != 0 or sp["endm"] != "exact":
                sp["shift"], sp["endm"] = 0, "exact"
                _times(sp)
                acted = True
    return acted


def _check_and_repair(specs: list[Spec]) -> list[tuple[Spec, Spec]]:
    groups = defaultdict(list)
    for sp in specs:
        groups[(sp["sess"]["date"], sp["sess"]["subj"]["key"])].append(sp)
    unresolved: list[tuple[Spec, Spec]] = []
    for _ in range(12):
        changed = False
        unresolved = []
        for key in groups:
            g = groups[key]
            for i in range(len(g)):
                for j in range(i + 1, len(g)):
                    p, q = g[i], g[j]
                    if p["sess"]["idx"] == q["sess"]["idx"]:
                        continue
                    if _contradict(_reveal(p), _reveal(q)):
                        continue
                    if _repair(p, q):
                        changed = True
                    else:
                        unresolved.append((p, q))
        if not changed:
            break
    return unresolved


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------


def _fw(text: str) -> str:
    return text.translate(FULLWIDTH)


def _qual_text(q: Qual, rng: random.Random, en: bool = False) -> tuple[str, str]:
    t, v = q["type"], q["val"]
    if en:
        if t == "qi":
            return rng.choice([f" (Session {v})", f" - Session {v}", f" No.{v}"]), "suf"
        if t == "ban":
            return f" (Class {v})", "suf"
        if t == "half":
            return (" (Morning)" if v == "am" else " (Afternoon)"), "suf"
        if t == "chang":
            return f" (Part {v})", "suf"
        if t == "town":
            return f" ({TOWNS[v]['en']} Session)", "suf"
        if t == "stop":
            return f" - {TOWNS[v]['en']} Stop", "suf"
        if t == "sector":
            return f" ({SECTOR_EN.get(v, v)} Session)", "suf"
    if t == "qi":
        form = _w(rng, {"a": 0.35, "c": 0.25, "pa": 0.2, "pc": 0.1, "pre": 0.1})
        return {
            "a": (f"第{v}期", "suf"),
            "c": (f"第{cn_num(v)}期", "suf"),
            "pa": (f"（第{v}期）", "suf"),
            "pc": (f"（第{cn_num(v)}期）", "suf"),
            "pre": (f"第{v}期｜", "pre"),
        }[form]
    if t == "ban":
        return rng.choice(
            [
                (f"{cn_num(v)}班", "suf"),
                (f"（{cn_num(v)}班）", "suf"),
                (f"{v}班", "suf"),
                (f"（第{cn_num(v)}班）", "suf"),
            ]
        )
    if t == "half":
        w = "上午场" if v == "am" else "下午场"
        return rng.choice([(w, "suf"), (f"（{w}）", "suf")])
    if t == "chang":
        return rng.choice(
            [(f"第{cn_num(v)}场", "suf"), (f"（第{cn_num(v)}场）", "suf"), (f"第{v}场", "suf")]
        )
    if t == "town":
        n = TOWNS[v]["name"]
        return rng.choice(
            [
                (f"（{n}专场）", "suf"),
                (f"{n}专场", "suf"),
                (f"——{n}专场", "suf"),
                (f"走进{TOWNS[v]['short']}·", "pre"),
            ]
        )
    if t == "stop":
        sh = TOWNS[v]["short"]
        return rng.choice([(f"（{sh}站）", "suf"), (f"·{sh}站", "suf"), (f" {sh}站", "suf")])
    if t == "sector":
        return rng.choice([(f"（{v}专场）", "suf"), (f"——{v}专场", "suf")])
    return "", "suf"


def _render_title(sp: Spec, rng: random.Random, ph: Counter[str]) -> str:
    sess, org = sp["sess"], ORGS[sp["org"]]
    subj = sess["subj"]
    style = sp["tstyle"]
    en = style == "en"
    if en:
        core = subj["en"]
    else:
        pool = subj[style]
        core = pool[int(sp["tvar"] * len(pool)) % len(pool)]
    pre, suf = "", ""
    if sp["inc_qual"] and sess["qual"]:
        qt, pos = _qual_text(sess["qual"], rng, en)
        if pos == "pre":
            pre = qt
        else:
            suf = qt
    title: str = pre + core + suf
    sp["plain_title"] = title
    decos = org["deco_en"] if en else org["deco"]
    used: list[str] = []
    wrap = None
    for text, p, pos in decos:
        if len(used) >= 2 or rng.random() >= p:
            continue
        if text == "TOWN":
            if sess["bld"] is None or sess["bld"]["town"] != org["town"]:
                continue
            if sp["inc_qual"] and sess["qual"]["type"] in ("town", "stop"):
                continue
            text = TOWNS[org["town"]]["name"] + rng.choice(["", "2027年"])
            ph["title_deco:town_name_prefix"] += 1
            title = text + title
            used.append(text)
            continue
        if pos == "wrap":
            wrap = text
        elif pos == "pre":
            title = text + title
        else:
            title = title + text
        used.append(text)
        ph[f"title_deco:{text.strip()}"] += 1
    if wrap:
        title = wrap.format(title)
    if (
        not en
        and rng.random() < org["fullwidth"] + (0.06 if sess["qual"] else 0.0)
        and _fw(title) != title
    ):
        title = _fw(title)
        ph["title_fullwidth_digits"] += 1
    ph[f"title_style:{style}"] += 1
    return title


def _block_text(block: tuple[str, Any], style: str, rng: random.Random, en: bool = False) -> str:
    kind, v = block
    if en:
        return f"Building {v}" if kind == "lou" else f"Block {v}"
    if kind == "lou":
        return {
            "hao": f"{v}号楼",
            "sharp": f"{v}#楼",
            "cn": f"{cn_num(v)}号楼",
            "zhuang": f"{v}幢",
        }.get(style, f"{v}号楼")
    return {"zuo": f"{v}座", "dong": f"{v}栋", "zhuang": f"{v}幢"}.get(style, f"{v}座")


def _floor_text(n: int, style: str) -> str:
    return {"cn": f"{cn_num(n)}楼", "ar": f"{n}楼", "F": f"{n}F", "ceng": f"{n}层"}.get(
        style, f"{n}楼"
    )


def _room_text(room: Room, numstyle: str, rng: random.Random) -> str:
    base, n, st = room["base"], room["num"], room["st"]
    if st == "door":
        return rng.choice([f"{n}{base}", f"{n}室", f"{base}{n}", f"{n}{base}"])
    if st == "ord":
        assert n is not None
        c = cn_num(n)
        return {
            "ordcn": f"第{c}{base}",
            "cnhao": f"{c}号{base}",
            "arhao": f"{n}号{base}",
            "ordar": f"第{n}{base}",
        }[numstyle]
    if st == "suf":
        assert n is not None
        c = cn_num(n)
        return {
            "ordcn": f"{base}{c}",
            "cnhao": f"{base}（{c}）",
            "arhao": f"{base}{n}",
            "ordar": f"{n}号{base}",
        }[numstyle]
    if room["aliases"] and rng.random() < 0.3:
        return rng.choice(room["aliases"])
    return base


def _bld_name(b: Building, sp: Spec, rng: random.Random, ph: Counter[str]) -> str:
    mode = sp["loc_mode"]
    org = ORGS[sp["org"]]
    if mode == "own":
        if b["id"].endswith("-h"):
            ph["venue:own_town_shorthand"] += 1
            return rng.choice(["镇政府", "镇政府大楼", "本镇政府"])
        mode = "short"
    if mode == "old" and b["olds"]:
        ph["venue:old_name"] += 1
        return rng.choice(b["olds"])
    if mode == "landmark":
        ph["venue:landmark"] += 1
        return rng.choice(b["landmarks"])
    if mode == "address":
        ph["venue:street_address"] += 1
        a = b["address"]
        if rng.random() < 0.4:
            a = CITY + a
        if rng.random() < 0.3:
            a = a + rng.choice(b["shorts"] + b["olds"])
        return a
    if mode == "short":
        ph["venue:short_name"] += 1
        return rng.choice(b["shorts"])
    ph["venue:official_name"] += 1
    pre = sp["prefix"]
    off = b["official"]
    if b["cityp"]:
        if pre == "none":
            if b["shi"] and rng.random() < 0.5:
                return "市" + off
            ph["venue:no_prefix"] += 1
            return off
        if pre == "county":
            return CITY + off
        if pre == "pref":
            ph["venue:prefecture_prefix"] += 1
            return PREFECTURE + CITY + off
        ph["venue:province_prefix"] += 1
        return PROVINCE + rng.choice([PREFECTURE, ""]) + CITY + off
    if pre == "prov" and org["key"] == "tax":
        ph["venue:province_prefix"] += 1
        return PROVINCE + off
    return off


def _render_venue(sp: Spec, rng: random.Random, ph: Counter[str]) -> str:
    sess = sp["sess"]
    b, room = sess["bld"], sess["room"]
    if sp["loc_mode"] == "english":
        ph["venue:english"] += 1
        parts = []
        if sp["inc_room"]:
            parts.append(room["en"])
            if room["st"] != "door" or rng.random() < 0.3:
                parts.append(f"{room['floor']}F")
            if room["block"]:
                parts.append(_block_text(room["block"], "", rng, en=True))
        else:
            ph["venue:room_omitted"] += 1
        parts.append(b["en"])
        return ", ".join(parts)
    sep = {"none": "", "half": " ", "full": "\u3000"}[sp["space"]]
    if sep:
        ph["venue:spaces"] += 1
    segs = [_bld_name(b, sp, rng, ph)]
    if sp["inc_room"]:
        if room["block"]:
            segs.append(_block_text(room["block"], sp["block"], rng))
        omit_floor = sp["omit_floor"] or (room["st"] == "door" and rng.random() < 0.6)
        if not omit_floor:
            segs.append(_floor_text(room["floor"], sp["floor"]))
        segs.append(_room_text(room, sp["num"], rng))
    else:
        ph["venue:room_omitted"] += 1
    return sep.join(segs)


def _code_text(code: Code, fmt: str) -> str:
    c = code["code"]
    if code["platform"] == "xiaoe":
        return c
    if fmt == "dash":
        return f"{c[:3]}-{c[3:6]}-{c[6:]}"
    if fmt == "space":
        return f"{c[:3]} {c[3:6]} {c[6:]}"
    return c


PLATFORM_CN = {"tencent": "腾讯会议", "dingtalk": "钉钉会议", "xiaoe": "小鹅通直播"}


def _url(code: Code, with_code: bool, rng: random.Random) -> str:
    p = code["platform"]
    if p == "tencent":
        if with_code and rng.random() < 0.5:
            return f"https://meeting.tencent.com/p/{code['code']}"
        return f"https://meeting.tencent.com/dm/{code['token']}"
    if p == "dingtalk":
        if with_code and rng.random() < 0.5:
            return f"https://meeting.dingtalk.com/j/{code['code']}"
        return f"https://meeting.dingtalk.com/j/{code['token']}"
    return f"https://{code['appid']}.h5.xiaoeknow.com/v2/course/alive/{code['code']}"


def _render_location(
    sp: Spec, rng: random.Random, ph: Counter[str]
) -> tuple[str | None, str | None]:
    """Returns (location, onlineUrl)."""
    sess = sp["sess"]
    code = sess["code"]
    url = None
    online_part = ""
    if code is not None:
        plat = code["platform"]
        name = PLATFORM_CN[plat]
        where = sp["code_where"]
        if plat == "xiaoe":
            where = "url"
        if sp["inc_code"]:
            ph[f"code_format:{sp['code_fmt'] if plat != 'xiaoe' else 'live_id'}"] += 1
            if where in ("url", "both"):
                url = _url(code, True, rng)
            if where in ("loc", "both"):
                c = _code_text(code, sp["code_fmt"])
                if sess["mode"] == "online":
                    online_part = rng.choice(
                        [
                            f"{name}：{c}",
                            f"线上（{name}，会议号{c}）",
                            f"{name}ID {c}",
                            f"线上 {name}号 {c}",
                        ]
                    )
                else:
                    online_part = rng.choice(
                        [f"（同步{name}：{c}）", f"+{name}{c}", f"；线上：{name} {c}"]
                    )
        else:
            ph["code_withheld"] += 1
            if sess["mode"] == "online":
                online_part = rng.choice([f"线上（{name}）", name, "线上", "线上直播", "网络直播"])
            else:
                online_part = rng.choice(["（线上线下同步）", "（同步线上直播）", ""])
    if sess["mode"] == "online":
        ph["mode:online"] += 1
        if not online_part and rng.random() < 0.7:
            online_part = rng.choice(
                ["线上", f"线上（{PLATFORM_CN[code['platform']]}）", "网络直播"]
            )
        return (online_part or None), url
    if sess["mode"] == "hybrid":
        ph["mode:hybrid"] += 1
    if not sp["inc_venue"]:
        ph["venue:missing"] += 1
        miss = sp["missing"]
        if miss is None:
            return (online_part.strip("（）；+ ") or None) if online_part else None, url
        return miss + online_part, url
    return _render_venue(sp, rng, ph) + online_part, url


def _iso(d: date, minutes: int, fmt: str, secs: bool, ms: bool) -> str:
    local = datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)
    if fmt == "Z":
        u = local - timedelta(hours=8)
        body = u.strftime("%Y-%m-%dT%H:%M:%S")
        return body + (".000Z" if ms else "Z")
    body = local.strftime("%Y-%m-%dT%H:%M:%S" if secs else "%Y-%m-%dT%H:%M")
    return body + ("+08:00" if fmt == "offset" else "")


def _topics(sp: Spec, rng: random.Random) -> list[str]:
    sess, org = sp["sess"], ORGS[sp["org"]]
    subj = sess["subj"]
    st = _w(rng, org["tags"])
    if st == "none":
        return []
    if st == "en":
        return list(subj["tags_en"])
    if st == "own":
        out = [org["cat"]]
        if rng.random() < 0.4:
            out.append(rng.choice(subj["tags"]))
        return out
    k = rng.randint(1, min(3, len(subj["tags"])))
    out = rng.sample(subj["tags"], k)
    if rng.random() < 0.3 and org["cat"] not in out:
        out.append(org["cat"])
    return out


def _sectors(sp: Spec, rng: random.Random) -> list[str]:
    sess, org = sp["sess"], ORGS[sp["org"]]
    subj = sess["subj"]
    st = _w(rng, org["sectors"])
    if st == "none":
        return []
    if st == "coarse":
        return [rng.choice(["企业", "各类经营主体", "辖区企业", "相关单位"])]
    secs = rng.sample(subj["sectors"], rng.randint(1, len(subj["sectors"])))
    if st == "en":
        return [SECTOR_EN.get(s, s) for s in secs]
    q = sess["qual"]
    if q and q["type"] == "sector" and sp["inc_qual"]:
        secs = [q["val"]]
    return secs


def _regions(sp: Spec, rng: random.Random) -> list[str]:
    sess, org = sp["sess"], ORGS[sp["org"]]
    b = sess["bld"]
    town = b["town"] if b else None
    if org["regions"] == "town":
        t = org["town"]
        out = [TOWNS[t]["name"]]
        if rng.random() < 0.3:
            out.append(rng.choice(TOWNS[t]["old"]).replace("乡", "").replace("镇", "") + "片区")
        return out
    if org["regions"] == "gxq":
        return [rng.choice(["高新区", "运溪高新区", "Yunxi Hi-tech Zone", "溪口街道"])]
    if org["regions"] == "zbq":
        return [rng.choice(["综保区", "区内企业", "综合保税区"])]
    x = rng.random()
    if town and town not in COUNTY_LEVEL_TOWNS and x < 0.5:
        return [TOWNS[town]["name"]]
    if x < 0.7:
        return [rng.choice(["全市", CITY, "运溪全市"])]
    if x < 0.85:
        return []
    return [TOWNS[t]["name"] for t in rng.sample(TOWN_KEYS, rng.randint(2, 4))]


def _reg_url(rng: random.Random, org: Org, n: int) -> str:
    h = _w(rng, org["reg_host"])
    if h == "own" and org["domain"]:
        return f"https://{org['domain']}/bm/{n}"
    if h == "qq":
        return f"https://wj.qq.com/s2/{rng.randint(10000000, 19999999)}/{_rand_str(rng, 4, '0123456789abcdef')}/"
    if h == "jsj":
        return f"https://jinshuju.net/f/{_rand_str(rng, 6)}"
    return f"https://www.wjx.cn/vm/{_rand_str(rng, 7)}.aspx"


def _xid(rng: random.Random, org: Org, counters: defaultdict[str, int], sess: Session) -> str:
    k = org["key"]
    counters[k] += rng.randint(1, 4)
    n = counters[k]
    f = org["xid"]
    d = sess["date"]
    if f == "tax":
        return f"SW{d.strftime('%Y%m%d')}-{n % 1000:03d}"
    if f == "scjg":
        return f"scjg-2027-{n:04d}"
    if f == "rsj":
        return f"RS/2027/Q3/{n:03d}"
    if f == "uuid":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if f == "wx":
        return f"{2247480000 + n * 7 + rng.randint(0, 6)}_{rng.randint(1, 3)}"
    if f == "nsh":
        return f"NSH-EVT-{n:05d}"
    if f == "boc":
        return f"BOC-YX-{d.strftime('%y%m')}-{n:03d}"
    if f == "hg":
        return f"HG{n:06d}"
    if f == "zbq":
        return f"ZBQ-{n:04d}"
    if f == "gsl":
        return f"gsl{n}"
    if f == "zgh":
        return f"ZG-{n:04d}"
    return f"{k.upper()}{2027}{n:03d}"


_PURPOSES = [
    "深入落实各项惠企政策",
    "进一步优化营商环境",
    "帮助企业用足用好政策红利",
    "提升企业合规经营水平",
    "推动政策直达快享",
    "回应企业关切",
]


def _desc(
    sp: Spec,
    rng: random.Random,
    title_core: str,
    loc: str | None,
    hosts_names: list[str],
) -> str | None:
    sess, org = sp["sess"], ORGS[sp["org"]]
    style = _w(rng, org["desc"])
    if style is None:
        return None
    d, S, E = sess["date"], sess["start"], sess["end"]
    online = sess["mode"] == "online"
    has_place = bool(loc) and (online or sp["inc_venue"])
    if style == "en":
        txt = (
            f"Date: {WEEKDAY_EN[d.weekday()]} {MONTH_EN[d.month]} {d.day}, 2027, "
            f"{_hhmm(S)}-{_hhmm(E)} (Beijing time). "
            f"Venue: {loc if has_place else ('online' if online else 'TBA')}. Free admission."
        )
        if hosts_names and rng.random() < org["hosts_in_desc"] + 0.2:
            txt += " Co-organised by " + ", ".join(hosts_names) + "."
        return txt
    ampm = "上午" if S < 720 else ("晚上" if S >= 1080 else "下午")
    when = f"{d.month}月{d.day}日（星期{WEEKDAY_CN[d.weekday()]}）{ampm}{_hhmm(S)}"
    if style == "formal":
        if online:
            place = "以线上方式"
        elif has_place:
            place = f"在{loc}"
        else:
            place = ""
        txt = (
            f"为{rng.choice(_PURPOSES)}，{org['short']}定于{when}{place}"
            f"举办{title_core}"
            + ("" if has_place or online else "（地点另行通知）")
            + "，欢迎相关企业和人员参加。"
        )
        if online and has_place:
            txt += f"参会方式：{loc}。"
    else:
        txt = (
            f"时间：{d.month}月{d.day}日 {_hhmm(S)}-{_hhmm(E)}\n"
            f"地点：{loc if has_place else ('线上' if online else '另行通知')}"
        )
        if sess["subj"]["sectors"]:
            txt += f"\n对象：{'、'.join(sess['subj']['sectors'][:2])}"
        txt += "\n"
    if sp["shift"] < 0:
        txt += f"{_hhmm(S + sp['shift'])}开始签到。"
    elif sp["shift"] > 0:
        txt += f"{_hhmm(S)}签到，{_hhmm(S + sp['shift'])}正式开始。"
    if hosts_names and rng.random() < org["hosts_in_desc"]:
        txt += "主办单位：" + "、".join(hosts_names) + "。"
    return txt


def _render(
    sp: Spec,
    rng: random.Random,
    ph: Counter[str],
    counters: defaultdict[str, int],
    regs: dict[tuple[str, int], str | None],
) -> Record:
    sess, org = sp["sess"], ORGS[sp["org"]]
    title = _render_title(sp, rng, ph)
    loc, url = _render_location(sp, rng, ph)
    inp = {"externalId": _xid(rng, org, counters, sess), "kind": sp["kind"], "title": title}
    inp["start"] = _iso(sess["date"], sp["ws"], sp["tfmt"], sp["secs"], sp["ms"])
    inp["end"] = _iso(sess["date"], sp["we"], sp["tfmt"], sp["secs"], sp["ms"])
    if sp["tfmt"] == "naive":
        inp["timezone"] = TZ_NAME
    ph[f"time_format:{sp['tfmt']}"] += 1
    inp["location"] = loc
    inp["onlineUrl"] = url
    hosts_names = [ORGS[h]["name"] for h in sess["hosts"]] if len(sess["hosts"]) > 1 else []
    plain = sp["plain_title"] if sp["tstyle"] != "en" else sess["subj"]["formal"][0]
    inp["description"] = _desc(sp, rng, plain, loc, hosts_names)
    inp["topics"] = _topics(sp, rng)
    if not inp["topics"]:
        ph["topics_empty"] += 1
    inp["audience"] = {"sectors": _sectors(sp, rng), "regions": _regions(sp, rng)}
    # capacity: lead's number or the co-host's own quota
    if sp["lead"] or rng.random() < 0.4:
        inp["capacity"] = sess.setdefault("_cap", _w(rng, ORGS[sess["lead"]]["cap"]))
        if not sp["lead"]:
            inp["capacity"] = _w(rng, org["cap"]) if rng.random() < 0.3 else inp["capacity"]
    else:
        inp["capacity"] = _w(rng, org["cap"])
    # registration: series may share one form; co-hosts often forward the lead's form
    reg = None
    lead_org = ORGS[sess["lead"]]
    if sess["series"] is not None and sess["reg"] == "series":
        key = ("series", sess["series"])
        if key not in regs:
            regs[key] = _reg_url(rng, lead_org, rng.randint(1000, 9999))
        if sp["lead"] or rng.random() < 0.5:
            reg = regs[key]
            ph["registration_shared_across_series"] += 1
    if reg is None:
        key = ("sess", sess["idx"])
        if key not in regs:
            regs[key] = (
                _reg_url(rng, lead_org, rng.randint(1000, 9999))
                if rng.random() < lead_org["reg_p"] + 0.1
                else None
            )
        if sp["lead"]:
            reg = regs[key]
        else:
            x = rng.random()
            if x < 0.35 and regs[key]:
                reg = regs[key]
                ph["registration_forwarded_from_lead"] += 1
            elif x < 0.6 and rng.random() < org["reg_p"]:
                reg = _reg_url(rng, org, rng.randint(1000, 9999))
    inp["registrationUrl"] = reg
    truth = {
        "session": sess["sid"],
        "kind": sess["kind"],
        "start": _iso(sess["date"], sess["start"], "offset", True, False),
        "end": _iso(sess["date"], sess["end"], "offset", True, False),
    }
    return {"department": org["name"], "input": inp, "truth": truth}


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------


def _build(seed: int) -> _Built:
    rng = random.Random(f"county_canal/{seed}")
    P = _plan(rng)
    sessions = P.sessions
    ids = list(range(1, len(sessions) + 1))
    rng.shuffle(ids)
    for s, sid in zip(sessions, ids, strict=False):
        s["sid"] = 1000 + sid
    specs = []
    tcache: dict[tuple[int, str, str, int], tuple[str, float]] = {}
    for s in sessions:
        for h, dup in s["posters"]:
            specs.append(
                _spec(rng, s, h, dup, is_lead=(h == s["lead"] and dup == 0), tcache=tcache)
            )
    unresolved = _check_and_repair(specs)
    ph: Counter[str] = Counter()
    counters = defaultdict(int)
    for k in ORGS:
        counters[k] = rng.randint(10, 400)
    regs: dict[tuple[str, int], str | None] = {}
    records = []
    for sp in specs:
        rec = _render(sp, rng, ph, counters, regs)
        sp["_rec"] = rec
        records.append(rec)
    order = list(range(len(records)))
    rng.shuffle(order)
    records = [records[i] for i in order]
    return {
        "records": records,
        "sessions": sessions,
        "specs": specs,
        "pairs": P.pairs,
        "ph": ph,
        "unresolved": unresolved,
    }


def generate(seed: int) -> list[Record]:
    """The postings for one seed, in random order (deterministic per seed)."""
    return _build(seed)["records"]


def _char_overlap(a: str, b: str) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def stats(seed: int) -> dict[str, Any]:
    B = _build(seed)
    sessions, specs, ph = B["sessions"], B["specs"], B["ph"]
    by_sess = defaultdict(list)
    for sp in specs:
        by_sess[sp["sess"]["idx"]].append(sp)
    hist = Counter(len(v) for v in by_sess.values())
    cohosted = [s for s in sessions if len(s["hosts"]) > 1]
    co: Counter[str] = Counter()
    for s in cohosted:
        sps = by_sess[s["idx"]]
        co[f"hosts_{len(s['hosts'])}"] += 1
        recs = [sp["_rec"]["input"] for sp in sps]
        if len({sp["kind"] for sp in sps}) > 1:
            co["kind_differs"] += 1
        if len({sp["ws"] for sp in sps}) > 1:
            co["start_differs"] += 1
        if len({sp["we"] for sp in sps}) > 1:
            co["end_differs"] += 1
        if s["qual"] and len({sp["inc_qual"] for sp in sps}) > 1:
            co["qualifier_one_side_only"] += 1
        if len({sp["tstyle"] for sp in sps}) > 1:
            co["title_styles_differ"] += 1
        if any(sp["tstyle"] == "en" for sp in sps):
            co["english_title_present"] += 1
        titles = [r["title"] for r in recs]
        if min(_char_overlap(a, b) for i, a in enumerate(titles) for b in titles[i + 1 :]) < 0.2:
            co["titles_share_few_chars(<0.2)"] += 1
        tops = [frozenset(r["topics"]) for r in recs]
        if any(not (a & b) for i, a in enumerate(tops) for b in tops[i + 1 :]):
            co["topics_disjoint_or_empty"] += 1
        locs = [r["location"] for r in recs]
        if s["room"] is not None:
            if len(set(locs)) > 1:
                co["venue_spelled_differently"] += 1
            if any(not sp["inc_venue"] for sp in sps):
                co["venue_missing_on_one_side"] += 1
            elif any(not sp["inc_room"] for sp in sps):
                co["room_omitted_on_one_side"] += 1
            if any(sp["loc_mode"] == "english" and sp["inc_venue"] for sp in sps):
                co["english_venue"] += 1
            if any(
                sp["loc_mode"] in ("old", "landmark", "address") and sp["inc_venue"] for sp in sps
            ):
                co["old_name_landmark_or_address"] += 1
        if s["code"] is not None:
            fm = {sp["code_fmt"] for sp in sps if sp["inc_code"]}
            if len(fm) > 1 or any(not sp["inc_code"] for sp in sps):
                co["meeting_code_written_differently_or_withheld"] += 1
        if len({sp["tfmt"] for sp in sps}) > 1:
            co["time_formats_mixed"] += 1
        if (
            len({r["registrationUrl"] for r in recs if r["registrationUrl"]}) == 1
            and sum(1 for r in recs if r["registrationUrl"]) > 1
        ):
            co["same_registration_url"] += 1
    dups = sum(1 for sp in specs if sp["dup"] > 0)
    hn = Counter(k for k, _, _ in B["pairs"])
    modes = Counter(s["mode"] for s in sessions)
    kinds = Counter(s["kind"] for s in sessions)
    per_org = Counter(ORGS[sp["org"]]["short"] for sp in specs)
    return {
        "seed": seed,
        "postings": len(specs),
        "sessions": len(sessions),
        "postings_per_session": dict(sorted(hist.items())),
        "cohosted_sessions": len(cohosted),
        "cohosted_share": round(len(cohosted) / len(sessions), 3),
        "same_org_duplicate_postings": dups,
        "session_modes": dict(modes),
        "session_kinds": dict(kinds),
        "organisations": len(per_org),
        "postings_per_org": dict(per_org.most_common()),
        "hard_negative_pairs": dict(sorted(hn.items())),
        "cohost_phenomena_sessions": dict(sorted(co.items())),
        "posting_phenomena": dict(sorted(ph.items())),
        "unresolved_ambiguous_pairs": len(B["unresolved"]),
        "mid_autumn": MID_AUTUMN.isoformat(),
    }


if __name__ == "__main__":
    for _seed in (0, 1, 2):
        print(json.dumps(stats(_seed), ensure_ascii=False, indent=1))
