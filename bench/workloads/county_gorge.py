"""Labelled workload: enterprise trainings and policy sessions of 赤峡县, a gorge county in Guizhou.

The data set
============
``generate(seed)`` returns about 1,050-1,200 postings for about 780-850 real sessions held
between Monday 1 March and Sunday 30 May 2027 (13 weeks).  Each posting is what one county
department sent to the calendar service; ``truth`` carries the real session it belongs to, the
session's real kind and its real start/end in UTC.  When departments co-host a session, each
posts it separately in its own words, so a matching engine is scored pairwise: two postings are
a true pair iff they share ``truth.session``.  The output is shuffled and deterministic for a
seed (one ``random.Random(seed)``, no clock, no hash-order dependence).  Running the module
prints the counts, the co-hosting share, the hard-negative pairs per category and the true
pairs, and checks the truth (every posting overlaps its session's real time; two sessions in
one room, or on one meeting code, never overlap; neither do their postings).

The county
==========
赤峡县 (Chixia County), 遵义市, 贵州省 -- invented.  The county seat sits where the 赤水河 leaves
a limestone gorge.  Economy: 酱香型白酒 (dozens of distilleries in the 赤峡酱酒产业园 and in
酒坊镇/茅溪镇 along the river), 朝天椒 chili and chili products (椒园镇, "赤峡朝天椒" is a
geographical-indication mark), high-mountain 云雾茶 (云雾镇, 红岩苗族乡), small cascade
hydropower on the 龙滩河 (龙滩镇), bamboo (石门镇), and gorge tourism with homestays around the
4A 赤峡大峡谷景区.  The 赤水河 itself is protected (《贵州省赤水河流域保护条例》, the Yangtze
fishing ban), which makes environmental publicity a steady subject.

Twelve township-level units (乡镇街道), with how departments write them::

    丹霞街道  Danxia      the new town, seat of the 行政综合楼
    峡口街道  Xiakou      old name 城关镇 (its office is still "原城关镇政府" to some)
    酒坊镇    Jiufang     distilleries
    茅溪镇    Maoxi       distilleries, homestays
    椒园镇    Jiaoyuan    chili; 撤乡设镇, still written 椒园乡
    云雾镇    Yunwu       tea (观音阁茶园, county tea centre)
    龙滩镇    Longtan     hydropower; formerly 龙滩乡
    石门镇    Shimen      bamboo
    青杠镇    Qinggang    also spelt 青冈镇 (both characters are used locally)
    红岩苗族乡 Hongyan    ethnic township, usually shortened to 红岩乡 / 红岩
    大坪仡佬族乡 Daping   ethnic township, usually 大坪乡 / 大坪
    沙坝乡    Shaba

Towns hold markets on a five-day cycle (逢1、6 / 逢2、7 ... 赶场天), weekends included; the
赶场点 (场坝, 农贸市场) is where 赶场天 publicity is held, so a few sessions fall on Saturdays
and Sundays.  Regions in audiences are written per department: full name (酒坊镇), without
suffix (酒坊), old name (城关镇, 椒园乡, 青冈镇, 红岩乡), pinyin (Jiufang, Jiufang Zhen) or
English (Jiufang Town); "everyone" is an empty list, or 全县 / Chixia County.

Departments (slug: habits)
==========================
Every department has fixed habits: its title decorations, how much of the province/city/county
prefix it writes before a place, how it writes floors (三楼 / 3楼 / 3F / 3层 / none), a
preferred spelling for each building and room (used about 80% of the time), spaces,
full-width digits, ASCII brackets, English, topic vocabulary, sector coding, region spelling,
whether its system sends UTC ("Z") times, its usual online platform and its externalId format.

* rsj 县人力资源和社会保障局: 【赤峡人社】, （免费·有补贴）, 关于举办…的通知, 【报名】; skill
  training (酿酒工, SYB, 电工), 稳岗 policy; 钉钉群直播 / 视频号 "赤峡人社"; 腾讯问卷 sign-up.
* scjgj 县市场监督管理局: "县市场监管局：", 【质量强县】, （公益）; GB/T 4754 codes (C15);
  writes 赤峡县… before places, Arabic floors, ASCII brackets; 金数据 forms.
* swj 国家税务总局赤峡县税务局: 【税企直通车】, 2027年"便民办税春风行动"｜, （第一季度）;
  hashtag topics (#税费优惠), sector letters only (C), no regions; UTC times; hex ids.
* sww 县商务局 (foreign trade, e-commerce): English titles and places about half the time
  ("Export Tax Rebate Policy Briefing", "Classroom, 3F, E-commerce Public Service Center,
  Chixia County"), English sector names, pinyin towns; Zoom / WeLink; UTC times.
* gxj 县工业和信息化局: 2027年第一季度…, 【酱香赤峡】; writes 4层; full sector names; 钉钉会议.
* nyncj 县农业农村局: （公益）, 【农技服务】, ——送技下乡; field classes in tea gardens and chili
  seedling bases; old town names; 视频号.
* yjj 县应急管理局: 关于开展…的通知, 【安全生产】, （必训）; special-operations classes.
* sthjj 遵义市生态环境局赤峡分局: ｜守护赤水河; writes 遵义市赤峡县… before places.
* whlyj 县文体广电旅游局: （名额有限）, （免费）, 【游赤峡】; full-width digits (４０１);
  小鹅通 live.
* jrb 县地方金融服务中心: 【金融赋能】, "金融活水润万企"; financing matchmaking, 防范非法集资.
* zwfw 县政务服务管理局 (县政务服务中心 in the 综合楼东楼): 【政务服务大讲堂】, "贵人服务"
  帮办代办; no sectors or regions; 钉钉 and the county media app.
* gsl 县工商业联合会, sfj 县司法局 ("九五"普法进企业｜), ylbzj 县医疗保障局, zgh 县总工会
  (full-width digits), kjj 县科学技术局 (English topics, UTC, 飞书), slj 县水务局,
  fgj 县发展和改革局 (关于组织开展…的通知).

Venues and their spellings
==========================
Places are written as [prefix][building form][floor][room label], with the department's
habits.  Prefix: none, 县, 赤峡县, 遵义市赤峡县, 贵州省遵义市赤峡县 (branded places such as
赤峡宾馆 take 遵义市 / 贵州省遵义市 or nothing; 国家税务总局… never takes one).

* 县行政综合楼 -- 西楼 is the 会议中心 (301, 302, 305, 401多功能厅, 502会议室): "县会议中心301会议室",
  "赤峡县综合楼（西楼）3楼301室", "行政中心西楼3F301", "Meeting Room 301, 3F, Conference Center,
  West Building, Administrative Complex, Chixia County".  东楼 is the 县政务服务中心
  (二楼企业服务培训室, 一楼"企业之家"): "县政务服务中心2楼培训室", "政务中心东楼一楼企业之家".
* 县人力资源市场（就业创业服务中心）2号楼 = 2#楼 = 二号楼 = 2栋: 3楼技能实训室A / B
  ("实训室A", "A实训室", "A室", "Training Room A"), 1楼招聘大厅.
* 县中等职业学校 (中职校, 职教中心) 实训楼B栋 = B座: 101 / 102 / 103 实训室.
* 赤峡酱酒产业园综合服务中心 2号楼 = B栋 = B座 (产业园管委会): 3楼培训中心, 401会议室.
* 县税务局办税服务厅 (第一税务分局): 3楼纳税人学堂, 2楼税企交流室.
* 县电子商务公共服务中心 (电商产业园, 电商直播基地): 1号/一号/1#直播间, 2号直播间, 3楼培训教室.
* 赤峡宾馆: 2楼酱香厅, 2楼云雾厅, 3楼峡谷厅.  赤峡大峡谷游客中心 2楼会议室.
  茶产业发展中心 (云雾镇) 培训室; 观音阁茶园; 椒园镇新场村辣椒育苗基地; 龙滩水电站中控楼会议室;
  县融媒体中心演播厅.
* Each 乡镇街道: 人民政府 / 政府 / 办事处 third-floor 第一会议室 = 1号会议室 = 一号会议室, and its
  集镇农贸市场 / 场坝 / 赶场点.

One room holds one session at a time: every session books its room with a 45-minute buffer,
and a posting never moves more than 30 minutes outside its session, so two postings in one
room at overlapping times always belong to one session, whatever their titles say.

Online conventions
==================
腾讯会议, 钉钉视频会议, 飞书, WeLink (nine-digit codes), Zoom (10-11 digits) and code-less
live streams (钉钉群直播, 小鹅通, 微信视频号, "赤峡融媒" APP).  A code is written 842-331-907,
842331907 or 842 331 907, alone or inside "腾讯会议：…", "#腾讯会议：…", "线上（腾讯会议号…）",
"Tencent Meeting ID: …"; the join URL is in ``onlineUrl`` (lead about 80%, co-hosts about 50%).
Co-hosts sometimes write only "线上" / "线上（链接见报名群）" with the link, or only the code.  A
meeting code is a room: one code at overlapping times is one session; weekly series may keep
one code on different days.  Hybrid sessions write the room and "（同步腾讯会议 …）".
About 16% of sessions are online only, 2% hybrid.

Co-hosting and how postings of one session disagree (rough shares)
=================================================================
* 30-35% of sessions are co-hosted: about 25% by two departments, 5-8% by three, under 1%
  by four; 65-70% are single-department traffic (series over weeks, the same subject on other
  days, busy days with several departments in one building).
* Titles: the lead usually uses its standard wording, each co-host its own (different words,
  English for sww), each with its decorations; a co-host drops the 期/班/场 qualifier about 30%
  of the time when its posting still carries the room or meeting code (never a town's name).
* Places: each department spells the room its own way; about 18% of co-host postings (4% of
  leads) have no location at all; some write "另行通知" / "待定".
* Topics: lead and co-hosts tag with their own vocabulary (standard terms, synonyms, English,
  hashtags), a quarter of co-hosts none, plus the department's own tag (就业创业, 税费服务...).
* Audiences: full sector names, colloquial names (白酒企业), GB/T 4754 codes (C15, D44, H61) or
  letters (C), English names, or empty; regions as above.  Co-hosts often leave them empty.
* Kind: about 15% of co-hosted sessions have one department filing PUBLICITY (宣讲) and another
  TRAINING (培训); ``truth.kind`` is the real kind.
* Times: leads post the sign-in time (15 or 30 minutes early) about 18% of the time; co-hosts
  post sign-in, their own segment (+30 min), another end, a default length, or only the
  morning of a full-day class; a third of three-host sessions are announced 13:30 / 14:00 /
  14:30.  swj, sww and kjj send UTC ("Z"), about a quarter of all postings.  Afternoons start
  at 14:00 until April and at 14:30 from 1 May (summer hours).
* Capacity: co-hosts leave it empty or post their own quota; registration links are the
  department's own (腾讯问卷, 金数据, the county notice page), or the lead's link copied.

Hard negatives (pairs of postings of different sessions that look alike)
========================================================================
Printed per category as session pairs / posting pairs; shares are of sessions involved.

* parallel_rooms (about 4%): two related subjects at the same hour in two rooms of one
  building (西楼301 vs 302, 101 vs 102, 实训室A vs B, 酱香厅 vs 云雾厅).
* parallel_classes (about 3%): one course split into 一班/二班(/三班) at one time in rooms of
  one building.
* series_siblings (about 6-8%): consecutive 期 of one series (第3期/第4期, 第三期/第四期), in one
  room or on one fixed meeting code, weekly, every few days, or 期 N in the morning and N+1
  in the afternoon.  Only consecutive 期 are counted as pairs.
* am_pm (about 3%): 上午场 / 下午场 of one subject in one room on one day.
* town_tour (about 4%): one subject touring 3-4 towns (X镇专场, X站, 走进X镇) on consecutive
  workdays or on their market days, or two towns at the same hour; about 30% of tours post no
  location, the town in the title being the only difference.  All pairs within a tour count.
* online_same_hour (about 3%): one subject online twice at one hour on different meeting codes
  (一般纳税人专场 / 小规模纳税人专场, or identical titles where only the meeting code differs;
  then every posting carries its code).
* no_location_same_hour (about 3%): two departments' different subjects at one hour, no
  location on any posting.
* later_other_room (about 3%): a session starting 30-60 minutes after another in another room
  of the same building.

No two sessions of one subject share a day except in these constructions, and a 期 number is
used once per subject, so a posting's session is always determinable from its words, place and
time.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

CST = timezone(timedelta(hours=8))
TZ_NAME = "Asia/Shanghai"
FIRST_DAY = date(2027, 3, 1)
N_DAYS = 91
HOLIDAYS = (date(2027, 4, 5), date(2027, 5, 3), date(2027, 5, 4), date(2027, 5, 5))
SUMMER_FROM = date(2027, 5, 1)
ROOM_BUFFER = timedelta(minutes=45)

PROVINCE = "贵州省"
CITY = "遵义市"
COUNTY = "赤峡县"
PREFIXES = ("", "县", COUNTY, CITY + COUNTY, PROVINCE + CITY + COUNTY)
BRANDED_PREFIXES = ("", "", COUNTY, CITY, PROVINCE + CITY)

_CN_DIGITS = "零一二三四五六七八九十"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ASCII_PAREN = str.maketrans({"（": "(", "）": ")"})


def _cn(n: int) -> str:
    """Chinese numeral for 1..99 (一, 十二, 二十三)."""
    if n <= 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


# ---------------------------------------------------------------------------
# Towns
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    key: str
    full: str
    short: str
    pinyin: str
    en: str
    old: str | None
    level: str  # 街道 / 镇 / 乡
    market: tuple[int, int] | None  # 逢X赶场: last digits of market-day dates


TOWNS: tuple[Town, ...] = (
    Town("danxia", "丹霞街道", "丹霞", "Danxia", "Danxia Subdistrict", None, "街道", None),
    Town("xiakou", "峡口街道", "峡口", "Xiakou", "Xiakou Subdistrict", "城关镇", "街道", (3, 8)),
    Town("jiufang", "酒坊镇", "酒坊", "Jiufang", "Jiufang Town", None, "镇", (1, 6)),
    Town("maoxi", "茅溪镇", "茅溪", "Maoxi", "Maoxi Town", None, "镇", (3, 8)),
    Town("jiaoyuan", "椒园镇", "椒园", "Jiaoyuan", "Jiaoyuan Town", "椒园乡", "镇", (2, 7)),
    Town("yunwu", "云雾镇", "云雾", "Yunwu", "Yunwu Town", None, "镇", (4, 9)),
    Town("longtan", "龙滩镇", "龙滩", "Longtan", "Longtan Town", "龙滩乡", "镇", (5, 0)),
    Town("shimen", "石门镇", "石门", "Shimen", "Shimen Town", None, "镇", (1, 6)),
    Town("qinggang", "青杠镇", "青杠", "Qinggang", "Qinggang Town", "青冈镇", "镇", (3, 8)),
    Town(
        "hongyan",
        "红岩苗族乡",
        "红岩",
        "Hongyan",
        "Hongyan Miao Ethnic Township",
        "红岩乡",
        "乡",
        (2, 7),
    ),
    Town(
        "daping",
        "大坪仡佬族乡",
        "大坪",
        "Daping",
        "Daping Gelao Ethnic Township",
        "大坪乡",
        "乡",
        (4, 9),
    ),
    Town("shaba", "沙坝乡", "沙坝", "Shaba", "Shaba Township", None, "乡", (5, 0)),
)
TOWN = {t.key: t for t in TOWNS}
TOWN_KEYS = tuple(t.key for t in TOWNS)


def _town_name(t: Town, style: str, rng: random.Random) -> str:
    """A town as one department writes it."""
    if style == "short":
        return t.short
    if style == "pinyin":
        return (
            t.pinyin
            if rng.random() < 0.6
            else t.pinyin
            + {"街道": " Jiedao"}.get(t.level, " Zhen" if t.level == "镇" else " Xiang")
        )
    if style == "en":
        return t.en
    if style == "old" and t.old is not None and rng.random() < 0.7:
        return t.old
    if style == "old" and rng.random() < 0.5:
        return t.short
    return t.full


# ---------------------------------------------------------------------------
# Venues: buildings (with every way the county writes them) and rooms
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Building:
    key: str
    forms: tuple[str, ...]  # complete "venue + building" spellings, without county prefix
    en: str
    town_level: bool = False  # township buildings never take the bare "县" prefix


@dataclass(frozen=True)
class Room:
    key: str
    building: str
    floor: int | None
    labels: tuple[str, ...]
    en: str
    capacity: int


BUILDINGS: dict[str, Building] = {}
ROOMS: dict[str, Room] = {}


def _b(key: str, forms: tuple[str, ...], en: str, town_level: bool = False) -> None:
    BUILDINGS[key] = Building(key, forms, en, town_level)


def _r(
    key: str, building: str, floor: int | None, labels: tuple[str, ...], en: str, cap: int
) -> None:
    ROOMS[key] = Room(key, building, floor, labels, en, cap)


_b(
    "zhl_w",
    (
        "行政综合楼西楼",
        "综合楼西楼",
        "行政中心西楼",
        "会议中心",
        "行政综合楼西楼会议中心",
        "综合楼（西楼）",
        "会议中心（综合楼西楼）",
    ),
    "Conference Center, West Building, Administrative Complex",
)
for _num, _cap in (("301", 60), ("302", 60), ("305", 40), ("502", 50)):
    _r(
        f"zhl_w{_num}",
        "zhl_w",
        int(_num[0]),
        (f"{_num}会议室", f"{_num}室", f"会议室{_num}", _num),
        f"Meeting Room {_num}",
        _cap,
    )
_r(
    "zhl_w401",
    "zhl_w",
    4,
    ("401多功能厅", "多功能厅", "401会议室", "大会议室（401）"),
    "Multi-function Hall 401",
    200,
)
_b(
    "zhl_e",
    (
        "政务服务中心",
        "政务服务中心（行政综合楼东楼）",
        "行政综合楼东楼",
        "综合楼东楼",
        "政务中心东楼",
        "政务服务大厅（综合楼东楼）",
    ),
    "Government Service Center, East Building, Administrative Complex",
)
_r(
    "zhl_e_train",
    "zhl_e",
    2,
    ("企业服务培训室", "培训室", "综合培训室"),
    "Enterprise Training Room",
    50,
)
_r(
    "zhl_e_home",
    "zhl_e",
    1,
    ("“企业之家”", "企业之家", "企业之家路演区", "企业服务专区"),
    "Enterprise Home (roadshow area)",
    40,
)
_b(
    "rlsc",
    (
        "人力资源市场2号楼",
        "人力资源市场2#楼",
        "人力资源市场二号楼",
        "就业创业服务中心2号楼",
        "人力资源市场（就业创业服务中心）2栋",
        "就业局2号楼",
    ),
    "Building 2, Human Resources Market",
)
for _x in ("A", "B"):
    _r(
        f"rlsc_{_x.lower()}",
        "rlsc",
        3,
        (f"技能实训室{_x}", f"实训室{_x}", f"{_x}实训室", f"实训{_x}室", f"{_x}室"),
        f"Training Room {_x}",
        40,
    )
_r("rlsc_hall", "rlsc", 1, ("招聘大厅", "综合招聘大厅", "招聘服务大厅"), "Job Fair Hall", 300)
_b(
    "zjzx",
    (
        "中等职业学校实训楼B栋",
        "中职学校B座",
        "职教中心实训B栋",
        "职业教育培训中心实训楼（B栋）",
        "中职校B栋",
    ),
    "Block B (Training Building), Secondary Vocational School",
)
for _num in ("101", "102", "103"):
    _r(
        f"zjzx_{_num}",
        "zjzx",
        1,
        (f"{_num}实训室", f"{_num}教室", f"{_num}室", f"实训室{_num}"),
        f"Room {_num}",
        50,
    )
_b(
    "park",
    (
        "赤峡酱酒产业园综合服务中心2号楼",
        "酱酒产业园2#楼",
        "赤峡酱酒产业园B栋",
        "产业园管委会B座",
        "白酒产业园综合服务中心（B栋）",
        "酱酒产业园区2号楼（B栋）",
    ),
    "Building 2 (Block B), Chixia Jiangxiang Liquor Industrial Park Service Center",
)
_r("park_train", "park", 3, ("培训中心", "培训室", "多功能培训厅"), "Training Center", 120)
_r("park_401", "park", 4, ("401会议室", "401室", "会议室401"), "Meeting Room 401", 60)
_b(
    "tax",
    (
        "税务局办税服务厅",
        "税务局第一税务分局",
        "税务局办税服务厅（第一税务分局）",
        "国家税务总局赤峡县税务局办税服务厅",
        "税务局",
    ),
    "Tax Service Hall, Chixia County Tax Bureau",
)
_r(
    "tax_school",
    "tax",
    3,
    ("纳税人学堂", "纳税人学堂培训室", "“纳税人学堂”"),
    "Taxpayer School",
    80,
)
_r("tax_meet", "tax", 2, ("税企交流室", "税企座谈室"), "Tax-Enterprise Meeting Room", 30)
_b(
    "ecom",
    (
        "电子商务公共服务中心",
        "电商公共服务中心",
        "电商产业园",
        "电商服务中心（电商产业园）",
        "电商直播基地",
    ),
    "E-commerce Public Service Center",
)
_r("ecom_live1", "ecom", 2, ("1号直播间", "一号直播间", "1#直播间", "直播间1"), "Live Room 1", 20)
_r("ecom_live2", "ecom", 2, ("2号直播间", "二号直播间", "2#直播间", "直播间2"), "Live Room 2", 20)
_r("ecom_class", "ecom", 3, ("培训教室", "电商培训教室", "培训室"), "Classroom", 60)
_b("hotel", ("赤峡宾馆", "赤峡宾馆主楼", "赤峡宾馆（政通路）"), "Chixia Hotel")
_r("hotel_jx", "hotel", 2, ("酱香厅", "酱香会议厅", "酱香厅会议室"), "Jiangxiang Hall", 150)
_r("hotel_yw", "hotel", 2, ("云雾厅", "云雾会议厅"), "Yunwu Hall", 60)
_r("hotel_xg", "hotel", 3, ("峡谷厅", "峡谷多功能厅", "峡谷宴会厅"), "Gorge Hall", 250)
_b(
    "scenic",
    (
        "赤峡大峡谷景区游客服务中心",
        "大峡谷游客中心",
        "赤峡大峡谷游客中心",
        "大峡谷景区游客集散中心",
    ),
    "Visitor Center, Chixia Grand Gorge Scenic Area",
)
_r("scenic_meet", "scenic", 2, ("会议室", "多功能会议室", "培训会议室"), "Meeting Room", 60)
_b(
    "tea",
    ("茶产业发展中心", "茶叶产业发展中心", "云雾镇茶产业发展中心", "茶产业发展中心（云雾镇）"),
    "Tea Industry Development Center, Yunwu Town",
)
_r("tea_train", "tea", 1, ("培训室", "技术培训室"), "Training Room", 60)
_b(
    "teagarden",
    ("云雾镇观音阁茶园基地", "观音阁万亩茶园", "云雾镇观音阁村茶叶基地"),
    "Guanyinge Tea Garden, Yunwu Town",
    town_level=True,
)
_r("tea_field", "teagarden", None, ("", "田间课堂", "核心示范区"), "", 80)
_b(
    "chili",
    ("椒园镇新场村辣椒育苗基地", "新场村朝天椒育苗基地", "椒园镇朝天椒育苗中心"),
    "Chili Seedling Base, Xinchang Village, Jiaoyuan Town",
    town_level=True,
)
_r("chili_field", "chili", None, ("", "育苗大棚", "示范大棚"), "", 100)
_b(
    "hydro",
    ("龙滩水电站", "龙滩电站", "龙滩河梯级电站一级站"),
    "Longtan Hydropower Station",
    town_level=True,
)
_r("hydro_meet", "hydro", 2, ("中控楼会议室", "中控楼会议室（生产区）"), "Control Building", 40)
_b("media", ("融媒体中心", "融媒中心", "融媒体中心大楼"), "County Media Center")
_r("media_studio", "media", 5, ("演播厅", "1号演播厅", "演播室"), "Studio 1", 80)

for _t in TOWNS:
    _forms: tuple[str, ...]
    if _t.level == "街道":
        _forms = (f"{_t.full}办事处", f"{_t.full}办", f"{_t.full}便民服务中心")
    elif _t.level == "镇":
        _forms = (f"{_t.full}人民政府", f"{_t.full}政府", f"{_t.full}人民政府办公楼")
    else:
        _forms = (f"{_t.full}人民政府", f"{_t.short}乡政府", f"{_t.short}乡人民政府")
    if _t.old is not None and _t.level != "乡":
        _forms = (*_forms, f"原{_t.old}政府" if _t.level == "街道" else f"{_t.old}政府")
    _b(f"town_{_t.key}", _forms, f"{_t.en} Government", town_level=True)
    _r(
        f"town_{_t.key}",
        f"town_{_t.key}",
        3,
        ("第一会议室", "1号会议室", "一号会议室"),
        "Meeting Room 1",
        80,
    )
    _b(
        f"mkt_{_t.key}",
        (
            f"{_t.full}集镇农贸市场",
            f"{_t.short}场镇农贸市场",
            f"{_t.full}赶场点",
            f"{_t.short}场坝",
        ),
        f"{_t.en} Market",
        town_level=True,
    )
    _r(f"mkt_{_t.key}", f"mkt_{_t.key}", None, ("", "政策宣传点", "宣传咨询台"), "", 0)

ROOMS_BY_BUILDING: dict[str, list[str]] = {}
for _room in ROOMS.values():
    ROOMS_BY_BUILDING.setdefault(_room.building, []).append(_room.key)

# ---------------------------------------------------------------------------
# Sectors (GB/T 4754-2017)
# ---------------------------------------------------------------------------

# key: (full name, colloquial, code, top letter, English)
SECTORS: dict[str, tuple[str, str, str, str, str]] = {
    "liquor": (
        "酒、饮料和精制茶制造业",
        "白酒企业",
        "C15",
        "C",
        "Manufacture of liquor, beverages and refined tea",
    ),
    "food": ("食品制造业", "食品（辣椒制品）企业", "C14", "C", "Food manufacturing"),
    "agri_proc": ("农副食品加工业", "农产品加工企业", "C13", "C", "Agri-food processing"),
    "bamboo": (
        "木材加工和木、竹、藤、棕、草制品业",
        "竹加工企业",
        "C20",
        "C",
        "Wood and bamboo products",
    ),
    "farm": ("农业", "种植大户和合作社", "A01", "A", "Agriculture"),
    "power": ("电力、热力生产和供应业", "水电企业", "D44", "D", "Electric power generation"),
    "water": ("水的生产和供应业", "供水企业", "D46", "D", "Water supply"),
    "build": ("建筑业", "建筑施工企业", "E", "E", "Construction"),
    "retail": ("批发和零售业", "商贸企业", "F", "F", "Wholesale and retail trade"),
    "lodging": ("住宿业", "酒店民宿", "H61", "H", "Accommodation"),
    "catering": ("餐饮业", "餐饮单位", "H62", "H", "Food and beverage services"),
    "it": ("信息传输、软件和信息技术服务业", "软件信息企业", "I", "I", "IT services"),
    "tech": ("科学研究和技术服务业", "科技型企业", "M", "M", "Scientific and technical services"),
    "scenic": ("公共设施管理业", "A级景区", "N78", "N", "Scenic area management"),
}

# ---------------------------------------------------------------------------
# Departments and their writing habits
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    decos: tuple[str, ...]  # title decorations, "{t}" is the title, "{q}" the quarter
    deco_rate: float
    utc: bool  # the department's system sends times in UTC ("Z")
    prefix_w: tuple[int, int, int, int, int]  # "", 县, 赤峡县, 遵义市赤峡县, 贵州省遵义市赤峡县
    floor_w: tuple[int, int, int, int, int]  # 三楼, 3楼, 3F, 3层, (omitted)
    space: float
    fullwidth: float
    ascii_paren: float
    english: float
    topic_style: str  # std / alt / en / hash / none
    own_topic: str | None
    sector_style: str  # zh / short / gb / gbname / gbtop / en / none
    region_style: str  # full / short / pinyin / en / old / none
    county_word: str | None  # how "everyone" is written in regions, None = empty list
    online_pref: tuple[str, ...]
    account: str  # live-stream account name
    id_fmt: str
    reg_fmt: str | None


GOV_NOTICE = "https://www.chixia.gov.cn/zwgk/tzgg/{ym}/t{ymd}_{n7}.html"

DEPTS: dict[str, Dept] = {
    d.slug: d
    for d in (
        Dept(
            slug="rsj",
            name="赤峡县人力资源和社会保障局",
            decos=("【赤峡人社】{t}", "{t}（免费·有补贴）", "关于举办{t}的通知", "【报名】{t}"),
            deco_rate=0.6,
            utc=False,
            prefix_w=(2, 6, 1, 0, 0),
            floor_w=(6, 2, 0, 0, 2),
            space=0.05,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic="就业创业",
            sector_style="short",
            region_style="full",
            county_word=None,
            online_pref=("dinglive", "channels", "dingtalk"),
            account="赤峡人社",
            id_fmt="RSJ2027-{n:04d}",
            reg_fmt="https://wj.qq.com/s2/{n7}/{hex4}/",
        ),
        Dept(
            slug="scjgj",
            name="赤峡县市场监督管理局",
            decos=("县市场监管局：{t}", "【质量强县】{t}", "{t}（公益）"),
            deco_rate=0.5,
            utc=False,
            prefix_w=(0, 2, 6, 1, 0),
            floor_w=(0, 6, 1, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.3,
            english=0.0,
            topic_style="std",
            own_topic=None,
            sector_style="gb",
            region_style="short",
            county_word="全县",
            online_pref=("tencent",),
            account="赤峡市场监管",
            id_fmt="scjg{ymd}{n:03d}",
            reg_fmt="https://jinshuju.net/f/{tok6}",
        ),
        Dept(
            slug="swj",
            name="国家税务总局赤峡县税务局",
            decos=(
                "【税企直通车】{t}",
                "2027年“便民办税春风行动”｜{t}",
                "赤峡县税务局：{t}",
                "{t}（第{q}季度）",
            ),
            deco_rate=0.65,
            utc=True,
            prefix_w=(4, 1, 4, 0, 0),
            floor_w=(0, 1, 6, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="hash",
            own_topic="税费服务",
            sector_style="gbtop",
            region_style="none",
            county_word=None,
            online_pref=("tencent", "xiaoe"),
            account="赤峡税务",
            id_fmt="{hex32}",
            reg_fmt=None,
        ),
        Dept(
            slug="sww",
            name="赤峡县商务局",
            decos=("【商务动态】{t}", "Chixia Commerce | {t}"),
            deco_rate=0.4,
            utc=True,
            prefix_w=(1, 0, 2, 0, 3),
            floor_w=(0, 2, 5, 0, 1),
            space=0.2,
            fullwidth=0.0,
            ascii_paren=0.5,
            english=0.45,
            topic_style="en",
            own_topic="外贸",
            sector_style="en",
            region_style="pinyin",
            county_word="Chixia County",
            online_pref=("zoom", "welink", "tencent"),
            account="Chixia Commerce",
            id_fmt="CX-COM-{n:05d}",
            reg_fmt=GOV_NOTICE,
        ),
        Dept(
            slug="gxj",
            name="赤峡县工业和信息化局",
            decos=("2027年第{q}季度{t}", "关于举办{t}的通知", "【酱香赤峡】{t}"),
            deco_rate=0.55,
            utc=False,
            prefix_w=(1, 6, 1, 0, 0),
            floor_w=(0, 1, 0, 6, 1),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="alt",
            own_topic="工业经济",
            sector_style="zh",
            region_style="full",
            county_word=None,
            online_pref=("dingtalk",),
            account="赤峡工信",
            id_fmt="GXJ-{n}",
            reg_fmt=GOV_NOTICE,
        ),
        Dept(
            slug="nyncj",
            name="赤峡县农业农村局",
            decos=("（公益）{t}", "【农技服务】{t}", "{t}——送技下乡"),
            deco_rate=0.5,
            utc=False,
            prefix_w=(6, 2, 1, 0, 0),
            floor_w=(5, 1, 0, 0, 3),
            space=0.0,
            fullwidth=0.1,
            ascii_paren=0.0,
            english=0.0,
            topic_style="alt",
            own_topic="乡村振兴",
            sector_style="short",
            region_style="old",
            county_word="全县",
            online_pref=("channels",),
            account="赤峡农业农村",
            id_fmt="NY2027{n:04d}",
            reg_fmt=None,
        ),
        Dept(
            slug="yjj",
            name="赤峡县应急管理局",
            decos=("关于开展{t}的通知", "【安全生产】{t}", "{t}（必训）"),
            deco_rate=0.55,
            utc=False,
            prefix_w=(0, 1, 6, 1, 0),
            floor_w=(0, 6, 0, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic="安全生产",
            sector_style="gb",
            region_style="full",
            county_word=None,
            online_pref=("tencent",),
            account="赤峡应急",
            id_fmt="YJ-2027-{n:03d}",
            reg_fmt=GOV_NOTICE,
        ),
        Dept(
            slug="sthjj",
            name="遵义市生态环境局赤峡分局",
            decos=("{t}｜守护赤水河", "【生态环境】{t}"),
            deco_rate=0.45,
            utc=False,
            prefix_w=(0, 0, 2, 6, 1),
            floor_w=(1, 1, 0, 6, 1),
            space=0.1,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="alt",
            own_topic=None,
            sector_style="zh",
            region_style="full",
            county_word=None,
            online_pref=("tencent",),
            account="赤峡生态环境",
            id_fmt="STHJ{n:05d}",
            reg_fmt=GOV_NOTICE,
        ),
        Dept(
            slug="whlyj",
            name="赤峡县文体广电旅游局",
            decos=("{t}（名额有限）", "{t}（免费）", "【游赤峡】{t}"),
            deco_rate=0.6,
            utc=False,
            prefix_w=(6, 2, 1, 0, 0),
            floor_w=(6, 1, 0, 0, 2),
            space=0.15,
            fullwidth=0.5,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic="文旅融合",
            sector_style="short",
            region_style="short",
            county_word=None,
            online_pref=("xiaoe", "channels"),
            account="游赤峡",
            id_fmt="WL-{n}",
            reg_fmt="https://jinshuju.net/f/{tok6}",
        ),
        Dept(
            slug="jrb",
            name="赤峡县地方金融服务中心",
            decos=("【金融赋能】{t}", "“金融活水润万企”{t}"),
            deco_rate=0.5,
            utc=False,
            prefix_w=(1, 6, 1, 0, 0),
            floor_w=(3, 3, 0, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="alt",
            own_topic="金融服务",
            sector_style="zh",
            region_style="none",
            county_word=None,
            online_pref=("tencent",),
            account="赤峡金融",
            id_fmt="JR{n:04d}",
            reg_fmt=None,
        ),
        Dept(
            slug="zwfw",
            name="赤峡县政务服务管理局",
            decos=("【政务服务大讲堂】{t}", "{t}（“贵人服务”帮办代办）"),
            deco_rate=0.55,
            utc=False,
            prefix_w=(1, 6, 1, 0, 0),
            floor_w=(6, 1, 0, 0, 1),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic="营商环境",
            sector_style="none",
            region_style="none",
            county_word=None,
            online_pref=("dingtalk", "rongmei"),
            account="赤峡政务服务",
            id_fmt="ZW-{ymd}-{n:02d}",
            reg_fmt=GOV_NOTICE,
        ),
        Dept(
            slug="gsl",
            name="赤峡县工商业联合会",
            decos=("【工商联·会员服务】{t}", "{t}（会员企业优先）"),
            deco_rate=0.5,
            utc=False,
            prefix_w=(0, 1, 6, 0, 0),
            floor_w=(2, 4, 0, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.4,
            english=0.0,
            topic_style="none",
            own_topic=None,
            sector_style="short",
            region_style="short",
            county_word=None,
            online_pref=("tencent",),
            account="赤峡工商联",
            id_fmt="GSL{n:03d}",
            reg_fmt="https://wj.qq.com/s2/{n7}/{hex4}/",
        ),
        Dept(
            slug="sfj",
            name="赤峡县司法局",
            decos=("“九五”普法进企业｜{t}", "【法律服务进企业】{t}"),
            deco_rate=0.55,
            utc=False,
            prefix_w=(1, 5, 2, 0, 0),
            floor_w=(5, 1, 0, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic="普法",
            sector_style="none",
            region_style="full",
            county_word=None,
            online_pref=("channels",),
            account="赤峡司法",
            id_fmt="SFJ-{n:04d}",
            reg_fmt=None,
        ),
        Dept(
            slug="ylbzj",
            name="赤峡县医疗保障局",
            decos=("医保政策进企业：{t}", "{t}（参保单位必看）"),
            deco_rate=0.45,
            utc=False,
            prefix_w=(1, 6, 1, 0, 0),
            floor_w=(2, 4, 0, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.2,
            english=0.0,
            topic_style="alt",
            own_topic=None,
            sector_style="none",
            region_style="old",
            county_word="全县",
            online_pref=("dingtalk",),
            account="赤峡医保",
            id_fmt="YB{n:04d}",
            reg_fmt=None,
        ),
        Dept(
            slug="zgh",
            name="赤峡县总工会",
            decos=("【赤峡工会】{t}", "{t}（职工免费参加）"),
            deco_rate=0.55,
            utc=False,
            prefix_w=(1, 6, 0, 0, 0),
            floor_w=(6, 1, 0, 0, 1),
            space=0.1,
            fullwidth=0.35,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic="职工服务",
            sector_style="short",
            region_style="short",
            county_word=None,
            online_pref=("xiaoe",),
            account="赤峡工会",
            id_fmt="ZGH-{n}",
            reg_fmt="https://wj.qq.com/s2/{n7}/{hex4}/",
        ),
        Dept(
            slug="kjj",
            name="赤峡县科学技术局",
            decos=("【科技服务】{t}", "{t}（请科技型企业务必参加）"),
            deco_rate=0.45,
            utc=True,
            prefix_w=(1, 4, 2, 0, 0),
            floor_w=(0, 2, 4, 0, 2),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.1,
            topic_style="en",
            own_topic="科技创新",
            sector_style="gb",
            region_style="none",
            county_word=None,
            online_pref=("feishu", "tencent"),
            account="赤峡科技",
            id_fmt="KJ{n:05d}",
            reg_fmt=GOV_NOTICE,
        ),
        Dept(
            slug="slj",
            name="赤峡县水务局",
            decos=("关于召开{t}的通知", "【水务】{t}"),
            deco_rate=0.4,
            utc=False,
            prefix_w=(1, 2, 5, 0, 0),
            floor_w=(1, 5, 0, 1, 1),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="std",
            own_topic=None,
            sector_style="gb",
            region_style="full",
            county_word=None,
            online_pref=("tencent",),
            account="赤峡水务",
            id_fmt="SW-{n:04d}",
            reg_fmt=None,
        ),
        Dept(
            slug="fgj",
            name="赤峡县发展和改革局",
            decos=("关于组织开展{t}的通知", "【发改动态】{t}"),
            deco_rate=0.5,
            utc=False,
            prefix_w=(1, 5, 2, 0, 0),
            floor_w=(1, 5, 0, 0, 1),
            space=0.0,
            fullwidth=0.0,
            ascii_paren=0.0,
            english=0.0,
            topic_style="alt",
            own_topic="项目建设",
            sector_style="zh",
            region_style="full",
            county_word=None,
            online_pref=("tencent", "dingtalk"),
            account="赤峡发改",
            id_fmt="FGJ2027{n:03d}",
            reg_fmt=GOV_NOTICE,
        ),
    )
}

# ---------------------------------------------------------------------------
# Subjects: what the sessions are about
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    lead: str
    co: tuple[str, ...]
    co_rate: float
    titles: tuple[str, ...]
    en: str
    topics: tuple[str, ...]
    alt: tuple[str, ...]
    en_topics: tuple[str, ...]
    sectors: tuple[str, ...]
    rooms: tuple[str, ...]  # room keys, "@town" (township meeting room), "@market" (赶场点)
    online: float = 0.0
    hybrid: float = 0.0
    dur: tuple[int, ...] = (90, 120)
    cap: tuple[int, ...] = (50, 80)
    quals: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    weight: float = 1.0


T, P = "TRAINING", "PUBLICITY"

SUBJECTS: tuple[Subject, ...] = (
    Subject(
        "brewer",
        T,
        "rsj",
        ("gxj", "zgh", "scjgj"),
        0.35,
        (
            "酱香型白酒酿造工职业技能提升培训",
            "白酒酿造工（酱香）技能培训班",
            "酿酒技工“以工代训”专项培训",
            "酱香白酒酿造技艺培训",
        ),
        "Jiangxiang Baijiu Brewer Skills Training",
        ("职业技能培训", "酿酒工", "白酒产业"),
        ("技能提升", "以工代训", "酱香酒"),
        ("vocational skills", "baijiu brewing"),
        ("liquor",),
        ("park_train", "zjzx_101", "zjzx_102", "zjzx_103"),
        dur=(180, 210, 240),
        cap=(40, 50, 60),
        quals=("qi", "ban"),
        towns=("jiufang", "maoxi"),
        weight=1.6,
    ),
    Subject(
        "syb",
        T,
        "rsj",
        ("jrb", "gsl"),
        0.25,
        (
            "SYB创业培训",
            "创业培训（SYB）班",
            "“创业赤峡”SYB创业培训",
            "创办你的企业（SYB）培训",
        ),
        "Start Your Business (SYB) Training",
        ("创业培训", "SYB", "创业担保贷款"),
        ("大众创业", "返乡创业", "创业补贴"),
        ("entrepreneurship", "SYB"),
        (),
        ("rlsc_a", "rlsc_b"),
        dur=(180, 210),
        cap=(30, 35, 40),
        quals=("qi", "ban"),
        weight=1.4,
    ),
    Subject(
        "wenggang",
        P,
        "rsj",
        ("ylbzj", "swj", "gsl"),
        0.4,
        (
            "稳岗返还和一次性扩岗补助政策宣讲",
            "2027年援企稳岗政策解读会",
            "稳就业惠企政策宣讲会",
            "失业保险稳岗返还政策解读",
        ),
        "Briefing on Job-Retention Refunds and Hiring Subsidies",
        ("稳岗返还", "扩岗补助", "失业保险"),
        ("援企稳岗", "就业补贴", "社保政策"),
        ("job retention", "employment subsidy"),
        ("liquor", "build", "retail"),
        ("zhl_w301", "zhl_w302", "zhl_w401", "hotel_jx", "rlsc_hall", "@town"),
        online=0.25,
        hybrid=0.15,
        dur=(90, 120),
        cap=(80, 100, 150),
        quals=("town", "group"),
        groups=("规上企业专场", "小微企业专场"),
    ),
    Subject(
        "electrician",
        T,
        "yjj",
        ("rsj",),
        0.3,
        (
            "低压电工作业（特种作业操作证）培训",
            "电工特种作业取证培训班",
            "低压电工作业人员安全技术培训",
        ),
        "Low-Voltage Electrician Special Operations Certificate Training",
        ("特种作业", "低压电工", "持证上岗"),
        ("电工证", "安全技术培训"),
        ("electrician", "special operations certificate"),
        ("liquor", "power", "build"),
        ("zjzx_101", "zjzx_102", "zjzx_103"),
        dur=(210, 240),
        cap=(40, 50),
        quals=("qi", "ban"),
        weight=1.2,
    ),
    Subject(
        "ecom_live",
        T,
        "sww",
        ("rsj", "nyncj", "whlyj"),
        0.35,
        (
            "农村电商直播带货实操培训",
            "电商直播人才培训班",
            "“赤峡好物”直播带货技能培训",
            "直播电商运营实务培训",
        ),
        "Livestream E-commerce Training for Local Products",
        ("电商直播", "农村电商", "直播带货"),
        ("赤峡好物", "网络销售", "新媒体营销"),
        ("livestream commerce", "rural e-commerce"),
        ("retail", "agri_proc", "food"),
        ("ecom_class", "ecom_live1", "ecom_live2"),
        online=0.1,
        dur=(150, 180),
        cap=(20, 30, 40),
        quals=("qi", "ban", "ampm"),
        weight=1.3,
    ),
    Subject(
        "labor_law",
        P,
        "sfj",
        ("rsj", "zgh", "gsl"),
        0.4,
        (
            "劳动用工法律风险防范宣讲",
            "企业劳动合同与用工合规讲座",
            "根治欠薪法律进企业宣讲",
            "劳动法律法规进园区宣讲",
        ),
        "Labour Law Compliance Briefing for Employers",
        ("劳动合同", "用工合规", "根治欠薪"),
        ("劳动法", "保障农民工工资支付条例", "法律风险"),
        ("labour law", "compliance"),
        ("build", "liquor"),
        ("zhl_w302", "zhl_w305", "park_train", "@town"),
        online=0.1,
        quals=("town",),
    ),
    Subject(
        "liquor_label",
        T,
        "scjgj",
        ("gxj",),
        0.35,
        (
            "白酒标签标识规范与产品质量安全培训",
            "酱香型白酒质量安全主体责任培训",
            "白酒生产企业质量安全管理培训",
            "白酒标签合规专题培训",
        ),
        "Baijiu Labelling and Quality Safety Training",
        ("白酒质量安全", "标签标识", "食品生产许可"),
        ("酱香酒质量", "GB 2757", "产品标签"),
        ("baijiu quality", "labelling"),
        ("liquor",),
        ("park_train", "park_401", "zhl_w401", "hotel_jx"),
        online=0.15,
        dur=(150, 180),
        cap=(80, 100, 120),
        quals=("qi", "ampm"),
        weight=1.3,
    ),
    Subject(
        "food_officer",
        T,
        "scjgj",
        ("whlyj", "zgh"),
        0.2,
        (
            "食品安全总监和食品安全员培训考核",
            "食品生产经营企业“两个责任”落实培训",
            "食品安全管理人员专题培训",
            "餐饮服务食品安全员培训",
        ),
        "Food Safety Director and Officer Training",
        ("食品安全", "两个责任", "食品安全员"),
        ("主体责任", "餐饮安全"),
        ("food safety",),
        ("food", "catering", "liquor", "agri_proc"),
        ("zhl_w401", "zhl_w301", "hotel_xg", "@town"),
        online=0.2,
        dur=(120, 180),
        cap=(100, 150),
        quals=("qi", "town", "ampm"),
        weight=1.3,
    ),
    Subject(
        "boiler",
        T,
        "scjgj",
        ("yjj",),
        0.45,
        (
            "特种设备（锅炉、压力容器）安全管理培训",
            "酒企蒸汽锅炉安全使用培训",
            "特种设备使用单位主体责任培训",
            "承压设备安全管理专题培训",
        ),
        "Boiler and Pressure Vessel Safety Training for Distilleries",
        ("特种设备", "锅炉安全", "压力容器"),
        ("承压设备", "安全管理员"),
        ("special equipment", "boiler safety"),
        ("liquor", "power"),
        ("park_train", "park_401", "zjzx_102"),
        dur=(150, 180),
        cap=(60, 80),
        quals=("qi", "ban"),
    ),
    Subject(
        "gi_mark",
        P,
        "scjgj",
        ("nyncj", "sww"),
        0.45,
        (
            "地理标志商标运用促进宣讲",
            "地理标志保护与品牌建设宣讲会",
            "“赤峡朝天椒”“云雾茶”地理标志专用标志使用宣讲",
            "知识产权进企业：地理标志运用",
        ),
        "Geographical Indication Trademark Briefing (Chixia Chili & Yunwu Tea)",
        ("地理标志", "商标品牌", "知识产权"),
        ("赤峡朝天椒", "云雾茶", "品牌建设"),
        ("geographical indication", "trademark"),
        ("farm", "agri_proc", "food", "liquor"),
        ("@town", "tea_train", "zhl_w302"),
        cap=(50, 80),
        quals=("town",),
        towns=("jiaoyuan", "yunwu", "hongyan", "qinggang"),
    ),
    Subject(
        "annual_report",
        P,
        "scjgj",
        ("zwfw",),
        0.2,
        (
            "经营主体年报公示与信用修复政策宣讲",
            "2026年度年报申报辅导",
            "企业年报及信用修复宣讲",
            "个体工商户年报“一对一”辅导",
        ),
        "Annual Report Filing and Credit Repair Briefing",
        ("年报公示", "信用修复"),
        ("企业信用", "经营异常名录"),
        ("annual report", "credit repair"),
        (),
        ("zhl_e_train", "zhl_e_home", "@town", "@market"),
        online=0.35,
        dur=(60, 90, 120),
        cap=(50, 100),
        quals=("town", "group"),
        groups=("企业专场", "个体工商户专场"),
        weight=1.2,
    ),
    Subject(
        "tax_relief",
        P,
        "swj",
        ("gsl", "gxj"),
        0.3,
        (
            "小微企业和个体工商户税费优惠政策宣讲",
            "最新税费支持政策解读",
            "结构性减税降费政策宣讲会",
            "税费优惠政策直达快享辅导",
        ),
        "Tax and Fee Relief Briefing for Small Businesses",
        ("税费优惠", "小微企业", "个体工商户"),
        ("减税降费", "六税两费"),
        ("tax relief", "small businesses"),
        (),
        ("tax_school", "tax_meet", "zhl_w301", "@town", "@market"),
        online=0.4,
        hybrid=0.1,
        cap=(60, 100),
        quals=("town", "group", "ampm"),
        groups=("一般纳税人专场", "小规模纳税人专场", "个体工商户专场"),
        weight=2.0,
    ),
    Subject(
        "new_taxpayer",
        T,
        "swj",
        ("zwfw",),
        0.1,
        ("新办纳税人“开业第一课”", "新办企业涉税事项辅导", "新办纳税人套餐式服务培训"),
        "First Tax Lesson for Newly Registered Taxpayers",
        ("新办纳税人", "涉税辅导", "电子税务局"),
        ("开业第一课", "办税指南"),
        ("new taxpayers", "e-tax"),
        (),
        ("tax_school", "tax_meet"),
        online=0.3,
        cap=(30, 40),
        quals=("qi",),
        weight=1.2,
    ),
    Subject(
        "iit",
        T,
        "swj",
        ("rsj", "zgh"),
        0.3,
        (
            "2026年度个人所得税综合所得汇算清缴辅导",
            "个税年度汇算操作辅导",
            "个税汇算“一站式”答疑",
            "个人所得税APP汇算申报辅导",
        ),
        "Individual Income Tax Annual Reconciliation Workshop",
        ("个税汇算", "个人所得税", "专项附加扣除"),
        ("个税APP", "年度汇算"),
        ("individual income tax", "annual reconciliation"),
        (),
        ("tax_school", "zhl_w302", "park_401"),
        online=0.45,
        dur=(60, 90),
        cap=(100, 200),
        quals=("group", "qi"),
        groups=("企业财务人员专场", "职工专场"),
        weight=1.2,
    ),
    Subject(
        "e_invoice",
        T,
        "swj",
        ("zwfw",),
        0.05,
        ("数电发票开具与受票操作培训", "全面数字化电子发票业务培训", "数电票实操培训班"),
        "Fully Digitalised E-Invoice Operation Training",
        ("数电发票", "电子税务局"),
        ("全电发票", "发票开具"),
        ("e-invoice",),
        (),
        ("tax_school", "tax_meet"),
        online=0.3,
        cap=(30, 40, 60),
        quals=("qi", "ban", "ampm"),
    ),
    Subject(
        "consumption_tax",
        T,
        "swj",
        ("gxj", "scjgj"),
        0.4,
        (
            "白酒消费税政策及纳税申报辅导",
            "白酒企业消费税计税价格核定政策宣讲",
            "酒类企业涉税风险提示辅导",
        ),
        "Baijiu Consumption Tax Filing Workshop",
        ("消费税", "白酒", "纳税申报"),
        ("计税价格核定", "涉税风险"),
        ("consumption tax", "baijiu"),
        ("liquor",),
        ("park_train", "park_401", "tax_school"),
        online=0.1,
        dur=(120, 150),
        cap=(50, 80),
        quals=("qi",),
    ),
    Subject(
        "export_rebate",
        P,
        "swj",
        ("sww",),
        0.6,
        ("出口退（免）税政策宣讲", "外贸企业出口退税业务辅导", "出口退税便利化政策解读"),
        "Export Tax Rebate Policy Briefing",
        ("出口退税", "外贸"),
        ("退税便利化", "出口企业"),
        ("export tax rebate", "foreign trade"),
        ("liquor", "food", "agri_proc", "retail"),
        ("tax_school", "zhl_w305", "ecom_class"),
        online=0.35,
        cap=(30, 50),
        weight=0.8,
    ),
    Subject(
        "crossborder",
        T,
        "sww",
        ("swj", "rsj"),
        0.3,
        (
            "跨境电商与外贸出口实务培训",
            "辣椒制品、白酒出口业务培训",
            "外贸新业态（跨境电商）专题培训",
            "“黔货出山”外贸实务培训",
        ),
        "Cross-border E-commerce and Export Practice Training",
        ("跨境电商", "外贸出口"),
        ("黔货出山", "海外市场"),
        ("cross-border e-commerce", "export"),
        ("food", "liquor", "agri_proc", "retail"),
        ("ecom_class", "zhl_w502", "hotel_yw"),
        online=0.25,
        dur=(150, 180),
        cap=(40, 60),
        quals=("qi",),
    ),
    Subject(
        "rcep",
        P,
        "sww",
        ("gsl",),
        0.3,
        (
            "RCEP原产地规则与关税减让政策宣讲",
            "RCEP政策进企业宣讲会",
            "自贸协定原产地证书申领宣讲",
        ),
        "RCEP Rules of Origin Briefing",
        ("RCEP", "原产地证书", "关税减让"),
        ("自贸协定",),
        ("RCEP", "rules of origin"),
        ("food", "liquor", "agri_proc"),
        ("zhl_w502", "zhl_w305", "hotel_yw"),
        online=0.4,
        cap=(40, 60),
        weight=0.7,
    ),
    Subject(
        "trade_in",
        P,
        "sww",
        ("scjgj", "gsl", "swj"),
        0.3,
        ("消费品以旧换新政策宣讲", "2027年促消费政策解读会", "以旧换新补贴申领操作宣讲"),
        "Consumer Goods Trade-in Subsidy Briefing",
        ("以旧换新", "促消费"),
        ("消费补贴", "家电以旧换新"),
        ("trade-in", "consumption"),
        ("retail", "catering"),
        ("zhl_w301", "zhl_e_home", "@town"),
        online=0.2,
        dur=(60, 90),
        cap=(60, 100),
        quals=("town",),
    ),
    Subject(
        "digital",
        T,
        "gxj",
        ("kjj",),
        0.3,
        (
            "中小企业数字化转型专题培训",
            "“智改数转”赋能中小企业培训",
            "工业企业数字化改造诊断培训",
            "白酒企业智能化改造专题培训",
        ),
        "SME Digital Transformation Training",
        ("数字化转型", "智改数转", "中小企业"),
        ("工业互联网", "智能制造"),
        ("digital transformation", "SMEs"),
        ("liquor", "food", "bamboo", "it"),
        ("zhl_w401", "park_train", "hotel_xg"),
        online=0.25,
        hybrid=0.1,
        dur=(150, 180),
        cap=(60, 100),
        quals=("qi",),
    ),
    Subject(
        "zjtx",
        P,
        "gxj",
        ("kjj", "fgj", "jrb"),
        0.4,
        (
            "专精特新中小企业梯度培育政策宣讲",
            "专精特新企业申报辅导会",
            "创新型中小企业评价及专精特新申报辅导",
        ),
        "Briefing on Specialised and Sophisticated SME Certification",
        ("专精特新", "中小企业梯度培育"),
        ("创新型中小企业", "申报辅导"),
        ("specialised SMEs", "certification"),
        ("liquor", "food", "bamboo", "agri_proc"),
        ("zhl_w302", "zhl_w305", "park_401"),
        online=0.3,
        dur=(120, 150),
        cap=(40, 60),
    ),
    Subject(
        "energy",
        T,
        "gxj",
        ("sthjj", "yjj"),
        0.35,
        (
            "白酒企业节能降碳与清洁生产培训",
            "工业节能监察及节能降碳改造培训",
            "酿酒行业节能诊断培训",
        ),
        "Energy Saving and Carbon Reduction Training for Distilleries",
        ("节能降碳", "清洁生产"),
        ("绿色制造", "节能诊断"),
        ("energy efficiency", "carbon reduction"),
        ("liquor", "power"),
        ("park_train", "park_401"),
        online=0.15,
        dur=(150, 180),
        cap=(50, 80),
    ),
    Subject(
        "tea_tech",
        T,
        "nyncj",
        ("rsj", "scjgj"),
        0.25,
        (
            "茶叶标准化生产与春茶采制技术培训",
            "云雾茶春茶采摘加工技术培训",
            "茶园管护及绿色防控技术培训",
            "名优茶加工技能培训",
        ),
        "Tea Plantation and Spring Tea Processing Training",
        ("茶叶种植", "春茶采制", "绿色防控"),
        ("云雾茶", "茶园管护", "茶叶加工"),
        ("tea", "processing"),
        ("farm", "liquor"),
        ("tea_train", "tea_field", "@town"),
        dur=(150, 180, 240),
        cap=(40, 60, 80),
        quals=("town", "ampm", "qi"),
        towns=("yunwu", "hongyan", "daping", "shimen"),
        weight=1.4,
    ),
    Subject(
        "chili_tech",
        T,
        "nyncj",
        ("rsj", "jrb"),
        0.2,
        (
            "朝天椒育苗移栽技术培训",
            "辣椒标准化种植田间课堂",
            "辣椒漂浮育苗及病虫害防控培训",
            "“赤峡朝天椒”高产栽培技术培训",
        ),
        "Chili Seedling and Transplanting Field Training",
        ("辣椒种植", "育苗移栽", "病虫害防控"),
        ("朝天椒", "田间课堂", "漂浮育苗"),
        ("chili", "seedlings"),
        ("farm", "agri_proc"),
        ("chili_field", "@town", "@market"),
        dur=(120, 180),
        cap=(50, 80, 100),
        quals=("town", "ampm"),
        towns=("jiaoyuan", "qinggang", "shaba", "longtan", "daping"),
        weight=1.4,
    ),
    Subject(
        "coop",
        T,
        "nyncj",
        ("jrb", "gsl", "scjgj"),
        0.3,
        (
            "农民合作社和家庭农场规范化提升培训",
            "新型农业经营主体带头人培训",
            "农民专业合作社财务管理培训",
        ),
        "Farmer Cooperative and Family Farm Management Training",
        ("农民合作社", "家庭农场", "新型农业经营主体"),
        ("规范化建设", "合作社财务"),
        ("cooperatives", "family farms"),
        ("farm",),
        ("zhl_w305", "hotel_yw", "@town"),
        online=0.1,
        dur=(180, 240),
        cap=(60, 80),
        quals=("qi", "town"),
    ),
    Subject(
        "bamboo",
        T,
        "nyncj",
        ("gxj",),
        0.25,
        ("楠竹丰产培育及竹笋加工技术培训", "竹产业提质增效技术培训", "竹林经营与竹材加工培训"),
        "Bamboo Cultivation and Processing Training",
        ("竹产业", "竹笋加工"),
        ("楠竹", "林下经济"),
        ("bamboo",),
        ("bamboo", "farm"),
        ("@town",),
        dur=(150, 180),
        cap=(50, 60),
        quals=("town",),
        towns=("shimen", "longtan", "shaba"),
        weight=0.8,
    ),
    Subject(
        "confined",
        T,
        "yjj",
        ("gxj", "sthjj"),
        0.3,
        (
            "有限空间作业安全专题培训",
            "酒企窖池、污水池有限空间作业安全培训",
            "有限空间作业“七个必须”培训",
            "有限空间中毒窒息事故防范培训",
        ),
        "Confined Space Work Safety Training",
        ("有限空间", "安全生产", "中毒窒息"),
        ("窖池作业", "受限空间"),
        ("confined space", "work safety"),
        ("liquor", "water", "food"),
        ("park_train", "park_401", "zjzx_103", "zhl_w401"),
        online=0.1,
        dur=(120, 180),
        cap=(60, 100),
        quals=("qi", "ban"),
        weight=1.2,
    ),
    Subject(
        "first_lesson",
        P,
        "yjj",
        ("gxj", "zgh", "scjgj"),
        0.45,
        (
            "安全生产“开工第一课”",
            "安全生产“开工第一课”宣讲",
            "企业主要负责人安全生产第一课",
        ),
        "Work Safety First Lesson for Enterprise Leaders",
        ("安全生产", "复工复产"),
        ("安全第一课", "主体责任"),
        ("work safety",),
        ("liquor", "build", "power", "food"),
        ("zhl_w401", "hotel_xg", "park_train"),
        online=0.2,
        hybrid=0.2,
        cap=(150, 200),
        weight=0.8,
    ),
    Subject(
        "flood_hydro",
        T,
        "slj",
        ("yjj",),
        0.45,
        (
            "小水电站安全度汛及应急演练培训",
            "水电站汛前安全检查培训",
            "2027年水利工程安全度汛培训",
            "小水电安全生产标准化培训",
        ),
        "Flood-Season Safety Training for Small Hydropower Stations",
        ("安全度汛", "小水电", "防汛应急"),
        ("汛前检查", "水电站安全"),
        ("flood season", "hydropower safety"),
        ("power",),
        ("hydro_meet", "zhl_w305", "@town"),
        online=0.15,
        dur=(150, 180),
        cap=(30, 50),
        quals=("town",),
        towns=("longtan", "shimen", "shaba"),
    ),
    Subject(
        "water_tax",
        P,
        "slj",
        ("swj",),
        0.55,
        (
            "取水许可与水资源税改革政策宣讲",
            "水资源税征管及取水计量宣讲",
            "取用水户水资源税政策解读",
        ),
        "Water Abstraction Permit and Water Resource Tax Briefing",
        ("水资源税", "取水许可"),
        ("取水计量", "费改税"),
        ("water resource tax", "abstraction permit"),
        ("power", "liquor", "water"),
        ("zhl_w302", "tax_meet", "hydro_meet"),
        online=0.2,
        cap=(40, 60),
        weight=0.8,
    ),
    Subject(
        "chishui",
        P,
        "sthjj",
        ("sfj", "whlyj", "nyncj"),
        0.4,
        (
            "《贵州省赤水河流域保护条例》宣讲",
            "赤水河流域生态环境保护法规宣讲",
            "守护赤水河法规进企业宣讲",
            "赤水河流域保护条例进乡村宣讲",
        ),
        "Chishui River Basin Protection Regulation Outreach",
        ("赤水河保护", "生态环境", "流域保护"),
        ("长江十年禁渔", "生态环境法治"),
        ("Chishui River", "environmental protection"),
        ("liquor", "lodging", "farm"),
        ("@town", "@market", "zhl_w302"),
        online=0.05,
        cap=(80, 100),
        quals=("town",),
        towns=("jiufang", "maoxi", "xiakou", "longtan", "shimen"),
        weight=1.2,
    ),
    Subject(
        "discharge",
        T,
        "sthjj",
        ("gxj",),
        0.25,
        (
            "排污许可证后管理及酿酒废水治理培训",
            "白酒行业排污许可执行报告填报培训",
            "酿造废水处理设施运维培训",
        ),
        "Discharge Permit and Distillery Wastewater Training",
        ("排污许可", "废水治理"),
        ("执行报告", "环境管理"),
        ("discharge permit", "wastewater"),
        ("liquor",),
        ("park_train", "park_401"),
        online=0.25,
        dur=(150, 180),
        cap=(50, 80),
        quals=("qi", "ampm"),
    ),
    Subject(
        "homestay",
        T,
        "whlyj",
        ("rsj", "scjgj", "jrb"),
        0.35,
        (
            "乡村民宿服务与管理提升培训",
            "峡谷民宿经营管理培训班",
            "民宿管家职业技能培训",
            "精品民宿运营专题培训",
        ),
        "Homestay Service and Management Training",
        ("民宿", "乡村旅游", "服务提升"),
        ("民宿管家", "文旅融合"),
        ("homestay", "rural tourism"),
        ("lodging", "catering"),
        ("scenic_meet", "hotel_yw", "@town"),
        online=0.1,
        dur=(180, 240),
        cap=(40, 60),
        quals=("qi", "town"),
        towns=("maoxi", "yunwu", "hongyan", "daping", "xiakou"),
        weight=1.2,
    ),
    Subject(
        "guide",
        T,
        "whlyj",
        ("rsj",),
        0.2,
        ("大峡谷景区讲解员培训", "导游及景区讲解员业务提升培训", "“峡谷故事”讲解员培训"),
        "Tour Guide and Docent Training, Chixia Grand Gorge",
        ("导游", "讲解员", "景区服务"),
        ("文旅服务",),
        ("tour guides",),
        ("scenic", "lodging"),
        ("scenic_meet", "hotel_yw"),
        dur=(180, 240),
        cap=(30, 40),
        quals=("qi",),
    ),
    Subject(
        "tourism_safety",
        P,
        "whlyj",
        ("yjj", "scjgj"),
        0.4,
        (
            "旅游旺季安全生产和市场秩序宣讲",
            "“五一”假期旅游安全工作宣讲",
            "文旅经营单位安全生产宣讲",
        ),
        "Tourism Safety and Market Order Briefing",
        ("旅游安全", "市场秩序"),
        ("文旅安全", "假日旅游"),
        ("tourism safety",),
        ("lodging", "catering", "scenic"),
        ("scenic_meet", "zhl_w301", "hotel_yw"),
        online=0.15,
        cap=(60, 100),
        weight=0.8,
    ),
    Subject(
        "finance",
        P,
        "jrb",
        ("gxj", "nyncj", "gsl", "fgj"),
        0.55,
        (
            "政银企融资对接会",
            "“金融活水润万企”融资对接宣讲",
            "普惠金融政策宣讲暨银企对接会",
            "中小微企业融资协调机制宣讲会",
        ),
        "Bank-Enterprise Financing Matchmaking",
        ("融资对接", "普惠金融"),
        ("银企对接", "信贷支持", "融资协调机制"),
        ("financing", "bank-enterprise matching"),
        ("liquor", "food", "farm", "lodging"),
        ("hotel_jx", "hotel_xg", "zhl_w401", "park_401"),
        online=0.1,
        dur=(120, 150),
        cap=(80, 120),
        quals=("town", "group"),
        groups=("白酒企业专场", "农业经营主体专场", "文旅企业专场"),
    ),
    Subject(
        "illegal_fund",
        P,
        "jrb",
        ("sfj", "gsl"),
        0.3,
        ("防范非法集资宣传", "防范非法集资“进乡镇、进市场”宣讲", "守住钱袋子·防范非法集资宣传"),
        "Anti-Illegal Fundraising Awareness Campaign",
        ("防范非法集资", "金融风险"),
        ("守住钱袋子", "金融知识普及"),
        ("illegal fundraising", "financial risk"),
        (),
        ("@market", "@town"),
        dur=(120, 180),
        cap=(0,),
        quals=("town",),
    ),
    Subject(
        "one_thing",
        T,
        "zwfw",
        ("scjgj", "swj", "rsj"),
        0.35,
        (
            "“高效办成一件事”企业开办全程网办操作培训",
            "企业开办“一网通办”实操培训",
            "政务服务“一件事”集成办理培训",
            "“贵人服务”帮办代办业务培训",
        ),
        "Online Business Registration Training (Get One Thing Done Efficiently)",
        ("高效办成一件事", "一网通办", "企业开办"),
        ("政务服务", "帮办代办"),
        ("government services", "business registration"),
        (),
        ("zhl_e_train", "zhl_e_home"),
        online=0.25,
        cap=(30, 50),
        quals=("qi", "ampm"),
    ),
    Subject(
        "private_law",
        P,
        "gsl",
        ("sfj", "fgj"),
        0.45,
        (
            "《民营经济促进法》宣讲",
            "民营经济促进法进企业宣讲会",
            "民营企业家学法用法专题讲座",
            "《中华人民共和国民营经济促进法》专题解读",
        ),
        "Private Economy Promotion Law Briefing",
        ("民营经济促进法", "营商环境"),
        ("法治体检", "民营企业"),
        ("private economy", "rule of law"),
        (),
        ("zhl_w401", "zhl_w302", "hotel_jx"),
        online=0.2,
        cap=(80, 120),
        quals=("town",),
    ),
    Subject(
        "pufa",
        P,
        "sfj",
        ("gsl", "scjgj"),
        0.3,
        ("“九五”普法进企业法治讲座", "企业合规经营法治讲座", "“法律明白人”进企业宣讲"),
        "Legal Awareness Lecture for Enterprises",
        ("普法", "企业合规"),
        ("九五普法", "法治宣传"),
        ("legal awareness", "compliance"),
        (),
        ("@town", "park_train", "zhl_w305"),
        online=0.2,
        cap=(50, 80),
        quals=("town",),
    ),
    Subject(
        "medical",
        P,
        "ylbzj",
        ("rsj", "swj", "zgh"),
        0.35,
        (
            "职工医保政策进企业宣讲",
            "医保个人账户家庭共济及异地就医备案政策宣讲",
            "参保单位医保业务经办培训",
        ),
        "Employee Medical Insurance Policy Briefing",
        ("医保政策", "家庭共济", "异地就医"),
        ("职工医保", "医保经办"),
        ("medical insurance",),
        (),
        ("zhl_w305", "zhl_e_train", "@town", "@market"),
        online=0.3,
        cap=(60, 100),
        quals=("town",),
    ),
    Subject(
        "craftsman",
        P,
        "zgh",
        ("rsj", "gxj"),
        0.35,
        (
            "“匠心赤峡”劳模工匠进企业宣讲",
            "酱香酿造大工匠技艺分享会",
            "产业工人队伍建设改革政策宣讲",
        ),
        "Model Workers and Master Craftsmen Talk",
        ("工匠精神", "产业工人"),
        ("劳模工匠", "职工技能"),
        ("craftsmanship",),
        ("liquor",),
        ("park_train", "zhl_w401", "media_studio"),
        online=0.2,
        cap=(100, 150),
        quals=("town",),
        towns=("jiufang", "maoxi"),
        weight=0.8,
    ),
    Subject(
        "hitech",
        T,
        "kjj",
        ("swj",),
        0.45,
        (
            "高新技术企业认定申报辅导",
            "2027年高企认定政策解读与申报实务培训",
            "科技型中小企业评价入库辅导",
        ),
        "High-Tech Enterprise Certification Workshop",
        ("高新技术企业", "科技型中小企业"),
        ("高企认定", "研发费用加计扣除"),
        ("high-tech enterprise", "R&D"),
        ("liquor", "food", "bamboo", "it", "tech"),
        ("zhl_w305", "zhl_w502", "park_401"),
        online=0.45,
        dur=(120, 150),
        cap=(40, 60),
        quals=("qi",),
    ),
    Subject(
        "rd_deduction",
        P,
        "swj",
        ("kjj",),
        0.5,
        ("研发费用加计扣除政策宣讲", "研发费用税前加计扣除操作辅导", "科技创新税收优惠政策解读"),
        "R&D Super-Deduction Briefing",
        ("研发费用加计扣除", "科技创新"),
        ("税收优惠", "高新技术企业"),
        ("R&D deduction",),
        (),
        ("tax_school", "zhl_w502"),
        online=0.4,
        cap=(40, 60),
        weight=0.8,
    ),
    Subject(
        "project",
        P,
        "fgj",
        ("gxj", "nyncj", "slj"),
        0.4,
        (
            "2027年中央预算内投资和超长期特别国债项目申报辅导",
            "重大项目谋划与申报培训",
            "政府投资项目前期工作及申报辅导",
        ),
        "Briefing on Central Budget Investment Project Applications",
        ("项目申报", "超长期特别国债", "中央预算内投资"),
        ("项目谋划", "前期工作"),
        ("project applications",),
        (),
        ("zhl_w502", "zhl_w305"),
        online=0.2,
        dur=(120, 180),
        cap=(60, 80),
        weight=0.8,
    ),
    Subject(
        "policy_live",
        P,
        "zwfw",
        ("rsj", "swj", "scjgj"),
        0.5,
        ("“政策直通车”惠企政策直播解读", "惠企政策直播间", "赤峡惠企政策线上宣讲直播"),
        "Live-streamed Business Support Policy Briefing",
        ("惠企政策", "政策直播"),
        ("政策解读", "免申即享"),
        ("business support", "live stream"),
        (),
        ("media_studio",),
        hybrid=0.9,
        dur=(60, 90),
        cap=(0,),
        weight=0.8,
    ),
)
SUBJECT = {s.key: s for s in SUBJECTS}

GROUP_EN = {
    "规上企业专场": "for above-scale enterprises",
    "小微企业专场": "for small and micro firms",
    "企业专场": "for companies",
    "个体工商户专场": "for sole proprietors",
    "一般纳税人专场": "for general VAT taxpayers",
    "小规模纳税人专场": "for small-scale taxpayers",
    "企业财务人员专场": "for company accountants",
    "职工专场": "for employees",
    "白酒企业专场": "for baijiu makers",
    "农业经营主体专场": "for farm businesses",
    "文旅企业专场": "for tourism businesses",
}

# ---------------------------------------------------------------------------
# Sessions and their rendering
# ---------------------------------------------------------------------------

CODE_PLATFORMS = ("tencent", "dingtalk", "feishu", "zoom", "welink")


@dataclass
class Online:
    platform: str
    code: str | None
    url: str | None
    account: str


@dataclass
class Session:
    sid: int
    subj: Subject
    kind: str
    start: datetime
    end: datetime
    room: Room | None
    online: Online | None
    qual: tuple[str, str] | None
    town: str | None
    hosts: list[str]
    sectors: list[str]
    regions: list[str]
    cap: int | None
    noloc: bool = False
    need_code: bool = False
    postings: list[dict[str, Any]] = field(default_factory=list)


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(CST).isoformat()


def _utc(dt: datetime) -> str:
    return _iso(dt, True)


def _fmt_code(code: str, style: int) -> str:
    if style == 0:
        return code
    if len(code) in (9, 10):
        parts = [code[:3], code[3:6], code[6:]]
    else:
        parts = [code[:3], code[3:7], code[7:]]
    return ("-" if style == 1 else " ").join(parts)


_ONLINE_ZH: dict[str, tuple[str, ...]] = {
    "tencent": (
        "腾讯会议：{c}",
        "腾讯会议 {c}",
        "线上（腾讯会议号{c}）",
        "#腾讯会议：{c}",
        "腾讯会议（会议号：{c}）",
    ),
    "dingtalk": ("钉钉视频会议（会议号{c}）", "钉钉会议 {c}", "钉钉：{c}"),
    "feishu": ("飞书会议 {c}", "飞书视频会议，会议ID：{c}"),
    "zoom": ("Zoom会议 ID：{c}", "Zoom {c}"),
    "welink": ("华为云WeLink会议 {c}", "WeLink会议ID：{c}"),
    "dinglive": ("钉钉群直播（{a}企业服务群）", "钉钉直播", "钉钉群直播"),
    "xiaoe": ("小鹅通直播间", "小鹅通“{a}”直播", "线上直播（小鹅通）"),
    "channels": ("微信视频号“{a}”直播", "视频号直播间：{a}", "视频号直播"),
    "rongmei": ("“赤峡融媒”APP直播", "赤峡融媒直播间", "“赤峡融媒”视频号同步直播"),
}
_ONLINE_EN = {
    "tencent": "Tencent Meeting ID: {c}",
    "dingtalk": "DingTalk Meeting {c}",
    "feishu": "Feishu (Lark) Meeting ID {c}",
    "zoom": "Zoom Meeting ID: {c}",
    "welink": "Huawei Cloud Meeting (WeLink) ID {c}",
}
_ONLINE_PLAIN = ("线上", "线上直播", "网络会议", "线上（链接见报名群）", "线上会议")
_NOLOC_TEXT = ("另行通知", "待定", "地点另行通知", "详见报名群通知")


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[Session] = []
        self.room_busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.code_busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.subj_day: dict[tuple[str, date], int] = {}
        self.pairs: list[tuple[str, int, int]] = []
        self.alldays = [FIRST_DAY + timedelta(days=i) for i in range(N_DAYS)]
        self.workdays = [d for d in self.alldays if d.weekday() < 5 and d not in HOLIDAYS]
        self.id_counter: dict[str, int] = {}
        self.form_pref: dict[tuple[str, str], int] = {}
        self.label_pref: dict[tuple[str, str], int] = {}
        self.title_pref: dict[tuple[str, str], int] = {}
        self.records: list[dict[str, Any]] = []
        self.qi_used: dict[str, list[int]] = {}

    # -- utilities -------------------------------------------------------

    def _tok(
        self, n: int, alphabet: str = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    ) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def _digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(n - 1)
        )

    def _new_online(self, dept: Dept, platform: str | None = None) -> Online:
        rng = self.rng
        p = platform or rng.choice(dept.online_pref)
        code: str | None = None
        url: str | None = None
        if p in ("tencent", "dingtalk", "feishu", "welink"):
            code = self._digits(9)
        elif p == "zoom":
            code = self._digits(rng.choice((10, 11)))
        if p == "tencent":
            url = "https://meeting.tencent.com/dm/" + self._tok(12)
        elif p == "dingtalk":
            url = "https://meeting.dingtalk.com/j/" + self._tok(10)
        elif p == "feishu":
            url = f"https://vc.feishu.cn/j/{code}"
        elif p == "zoom":
            url = f"https://us06web.zoom.us/j/{code}?pwd=" + self._tok(22)
        elif p == "welink":
            url = f"https://meeting.huaweicloud.com/#/j/{code}"
        elif p == "dinglive":
            url = "https://n.dingtalk.com/dingding/live-room/index.html?liveUuid=" + self._tok(
                12, "0123456789abcdef"
            )
        elif p == "xiaoe":
            url = (
                f"https://app{self._tok(8, '0123456789abcdef')}.h5.xiaoeknow.com"
                f"/v2/course/alive/l_{self._tok(14, '0123456789abcdef')}"
            )
        elif p == "rongmei":
            url = "https://m.chixiarm.cn/live/" + self._digits(6)
        return Online(p, code, url, dept.account)

    def _free(
        self, key: str, busy: dict[str, list[tuple[datetime, datetime]]], s: datetime, e: datetime
    ) -> bool:
        for bs, be in busy.get(key, []):
            if s < be + ROOM_BUFFER and bs < e + ROOM_BUFFER:
                return False
        return True

    def _slot(
        self, day: date, subj: Subject, half: str | None = None, start: datetime | None = None
    ) -> tuple[datetime, datetime]:
        rng = self.rng
        dur = rng.choice(subj.dur)
        if start is None:
            if half is None:
                half = "am" if rng.random() < 0.5 else "pm"
            if half == "am":
                hh, mm = rng.choice(((9, 0), (9, 0), (9, 30), (10, 0)))
            else:
                choices = (
                    ((14, 30), (14, 30), (15, 0))
                    if day >= SUMMER_FROM
                    else ((14, 0), (14, 0), (14, 30), (15, 0))
                )
                hh, mm = rng.choice(choices)
            start = datetime(day.year, day.month, day.day, hh, mm, tzinfo=CST)
        end = start + timedelta(minutes=dur)
        if start.hour < 12:
            if dur >= 240 and half != "am":
                end = start.replace(hour=17, minute=0)
            else:
                end = min(end, start.replace(hour=12, minute=0))
        else:
            end = min(end, start.replace(hour=18, minute=0))
        if end - start < timedelta(minutes=60):
            end = start + timedelta(minutes=60)
        return start, end

    def _room_for(self, cand: str, town: str | None) -> Room:
        if cand == "@town":
            return ROOMS[f"town_{town}"]
        if cand == "@market":
            return ROOMS[f"mkt_{town}"]
        return ROOMS[cand]

    def _market_days(self, town: str) -> list[date]:
        m = TOWN[town].market
        if m is None:
            return list(self.workdays)
        return [d for d in self.alldays if d.day % 10 in m and d not in HOLIDAYS]

    def _hosts(self, subj: Subject) -> list[str]:
        rng = self.rng
        hosts = [subj.lead]
        if subj.co and rng.random() < subj.co_rate:
            r = rng.random()
            k = 1 if r < 0.74 else (2 if r < 0.95 else 3)
            k = min(k, len(subj.co))
            hosts += rng.sample(list(subj.co), k)
        return hosts

    def _audience(self, subj: Subject, town: str | None) -> tuple[list[str], list[str]]:
        rng = self.rng
        sectors = list(subj.sectors)
        if len(sectors) > 2 and rng.random() < 0.4:
            sectors = rng.sample(sectors, rng.randint(1, len(sectors) - 1))
        if town is not None:
            regions = [town]
        elif subj.towns and rng.random() < 0.3:
            regions = rng.sample(list(subj.towns), min(len(subj.towns), rng.randint(2, 3)))
        else:
            regions = []
        return sectors, regions

    # -- session creation ----------------------------------------------------

    def can_place(
        self,
        subj: Subject,
        start: datetime,
        end: datetime,
        room: Room | None,
        *,
        same_day_ok: bool = False,
    ) -> bool:
        if not same_day_ok and (subj.key, start.date()) in self.subj_day:
            return False
        return room is None or self._free(room.key, self.room_busy, start, end)

    def make(
        self,
        subj: Subject,
        start: datetime,
        end: datetime,
        room: Room | None,
        *,
        online: Online | None = None,
        qual: tuple[str, str] | None = None,
        town: str | None = None,
        noloc: bool = False,
        need_code: bool = False,
        hosts: list[str] | None = None,
    ) -> Session:
        rng = self.rng
        if hosts is None:
            hosts = self._hosts(subj)
        sectors, regions = self._audience(subj, town)
        if qual is not None and qual[0] == "group" and rng.random() < 0.5:
            sectors = []
        cap: int | None = rng.choice(subj.cap)
        if cap == 0 or rng.random() < 0.1:
            cap = None
        if room is not None and cap is not None and room.capacity:
            cap = min(cap, room.capacity)
        s = Session(
            len(self.sessions),
            subj,
            subj.kind,
            start,
            end,
            room,
            online,
            qual,
            town,
            hosts,
            sectors,
            regions,
            cap,
            noloc,
            need_code,
        )
        self.sessions.append(s)
        if room is not None:
            self.room_busy.setdefault(room.key, []).append((start, end))
        if online is not None and online.code is not None:
            self.code_busy.setdefault(online.code, []).append((start, end))
        self.subj_day[(subj.key, start.date())] = s.sid
        return s

    def maybe_online(self, subj: Subject, room: Room | None) -> tuple[Room | None, Online | None]:
        rng = self.rng
        dept = DEPTS[subj.lead]
        if room is not None and room.building.startswith(("town_", "mkt_", "teagarden", "chili")):
            return room, None
        r = rng.random()
        if r < subj.online:
            return None, self._new_online(dept)
        if room is not None and r < subj.online + subj.hybrid:
            plat = (
                rng.choice(("channels", "rongmei", "xiaoe")) if room.key == "media_studio" else None
            )
            return room, self._new_online(dept, plat)
        return room, None

    # -- hard negatives ------------------------------------------------------

    def _subjects_in(self, building: str) -> list[Subject]:
        return [
            s
            for s in SUBJECTS
            if any(c in ROOMS and ROOMS[c].building == building for c in s.rooms)
        ]

    def _related(self, a: Subject, b: Subject) -> bool:
        da = {a.lead, *a.co}
        db = {b.lead, *b.co}
        return bool(da & db) or bool(set(a.sectors) & set(b.sectors))

    def hn_parallel_rooms(self, n: int) -> None:
        rng = self.rng
        buildings = [
            "zhl_w",
            "zhl_w",
            "zhl_w",
            "hotel",
            "park",
            "park",
            "zjzx",
            "rlsc",
            "ecom",
            "tax",
            "zhl_e",
        ]
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            b = rng.choice(buildings)
            subs = self._subjects_in(b)
            if len(subs) < 2:
                continue
            a = rng.choice(subs)
            rel = [s for s in subs if s.key != a.key and self._related(a, s)]
            others = rel if rel and rng.random() < 0.8 else [s for s in subs if s.key != a.key]
            if not others:
                continue
            bsub = rng.choice(others)
            rooms = ROOMS_BY_BUILDING[b]
            ra_c = [c for c in a.rooms if c in ROOMS and ROOMS[c].building == b]
            r1 = ROOMS[rng.choice(ra_c)]
            rb_c = [c for c in bsub.rooms if c in ROOMS and ROOMS[c].building == b and c != r1.key]
            r2 = (
                ROOMS[rng.choice(rb_c)]
                if rb_c
                else ROOMS[rng.choice([k for k in rooms if k != r1.key])]
            )
            day = rng.choice(self.workdays)
            s1, e1 = self._slot(day, a)
            s2, e2 = self._slot(day, bsub, start=s1)
            if not (self.can_place(a, s1, e1, r1) and self.can_place(bsub, s2, e2, r2)):
                continue
            x = self.make(a, s1, e1, r1)
            y = self.make(bsub, s2, e2, r2)
            self.pairs.append(("parallel_rooms", x.sid, y.sid))
            made += 1

    def hn_classes(self, n: int) -> None:
        rng = self.rng
        cands: list[tuple[Subject, list[str]]] = []
        for sj in SUBJECTS:
            if "ban" not in sj.quals:
                continue
            by_b: dict[str, list[str]] = {}
            for c in sj.rooms:
                if c in ROOMS:
                    by_b.setdefault(ROOMS[c].building, []).append(c)
            for rooms in by_b.values():
                if len(rooms) >= 2:
                    cands.append((sj, rooms))
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            subj, rooms = rng.choice(cands)
            k = 3 if len(rooms) >= 3 and rng.random() < 0.25 else 2
            chosen = rng.sample(rooms, k)
            day = rng.choice(self.workdays)
            s, e = self._slot(day, subj)
            if not all(self.can_place(subj, s, e, ROOMS[r]) for r in chosen):
                continue
            ids = []
            for i, r in enumerate(chosen, 1):
                ids.append(self.make(subj, s, e, ROOMS[r], qual=("ban", str(i))).sid)
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    self.pairs.append(("parallel_classes", ids[i], ids[j]))
            made += 1

    def series(self, n: int) -> None:
        """Numbered series (第N期) in one room or on one fixed meeting code."""
        rng = self.rng
        cands = [s for s in SUBJECTS if "qi" in s.quals]
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            subj = rng.choice(cands)
            fixed = [c for c in subj.rooms if c in ROOMS]
            online: Online | None = None
            room: Room | None = None
            if subj.online > 0.2 and rng.random() < 0.3:
                online = self._new_online(DEPTS[subj.lead], rng.choice(("tencent", "dingtalk")))
            elif fixed:
                room = ROOMS[rng.choice(fixed)]
            else:
                continue
            k = rng.randint(3, 7)
            first_no = rng.choice((1, 1, 1, 2, 3, 4, 5))
            step = rng.choice((7, 7, 14, 3, 1))
            day0 = rng.choice(self.workdays[:30])
            half = "am" if rng.random() < 0.5 else "pm"
            plan: list[tuple[datetime, datetime]] = []
            day = day0
            hosts = self._hosts(subj)
            pair_day = rng.random() < 0.2  # two 期 a day: one am, one pm
            ok = True
            while len(plan) < k:
                while day not in self.workdays:
                    day += timedelta(days=1)
                    if day > self.alldays[-1]:
                        ok = False
                        break
                if not ok:
                    break
                halves = ["am", "pm"] if pair_day else [half]
                for h in halves:
                    if len(plan) < k:
                        plan.append(self._slot(day, subj, h))
                day += timedelta(days=step if step > 1 else 1)
            if not ok or len(plan) < 3:
                continue
            used = self.qi_used.setdefault(subj.key, [])
            if any(first_no + i in used for i in range(len(plan))):
                continue
            if not all(self.can_place(subj, s, e, room, same_day_ok=pair_day) for s, e in plan):
                continue
            if online is not None and not all(
                self._free(online.code or "", self.code_busy, s, e) for s, e in plan
            ):
                continue
            used.extend(first_no + i for i in range(len(plan)))
            ids = []
            for i, (s, e) in enumerate(plan):
                hs = hosts if rng.random() < 0.8 else self._hosts(subj)
                ids.append(
                    self.make(
                        subj, s, e, room, online=online, qual=("qi", str(first_no + i)), hosts=hs
                    ).sid
                )
            for i in range(len(ids) - 1):
                self.pairs.append(("series_siblings", ids[i], ids[i + 1]))
            made += 1

    def hn_ampm(self, n: int) -> None:
        rng = self.rng
        cands = [s for s in SUBJECTS if "ampm" in s.quals]
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            subj = rng.choice(cands)
            town: str | None = rng.choice(subj.towns) if subj.towns else rng.choice(TOWN_KEYS)
            c = rng.choice(subj.rooms)
            room = self._room_for(c, town)
            if not c.startswith("@"):
                town = None
            days = self._market_days(town) if c == "@market" and town else self.workdays
            day = rng.choice(days)
            s1, e1 = self._slot(day, subj, "am")
            s2, e2 = self._slot(day, subj, "pm")
            if not (
                self.can_place(subj, s1, e1, room)
                and self.can_place(subj, s2, e2, room, same_day_ok=True)
            ):
                continue
            if not self._free(room.key, self.room_busy, s2, e2):
                continue
            hosts = self._hosts(subj)
            x = self.make(subj, s1, e1, room, qual=("ampm", "am"), town=town, hosts=hosts)
            if not self._free(room.key, self.room_busy, s2, e2):
                # am session ran into the afternoon slot; keep it single
                continue
            y = self.make(subj, s2, e2, room, qual=("ampm", "pm"), town=town, hosts=hosts)
            self.pairs.append(("am_pm", x.sid, y.sid))
            made += 1

    def hn_town_tour(self, n: int) -> None:
        rng = self.rng
        cands = [s for s in SUBJECTS if "town" in s.quals]
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            subj = rng.choice(cands)
            pool = list(subj.towns) if len(subj.towns) >= 3 else list(TOWN_KEYS)
            mode = rng.choice(("days", "days", "market", "same_hour"))
            k = 2 if mode == "same_hour" else rng.randint(3, min(4, len(pool)))
            towns = rng.sample(pool, k)
            noloc = rng.random() < 0.3
            town_rooms = [c for c in subj.rooms if c in ("@town", "@market")] or ["@town"]
            plan: list[tuple[str, datetime, datetime, Room | None]] = []
            if mode == "same_hour":
                day = rng.choice(self.workdays)
                s, e = self._slot(day, subj)
                for t in towns:
                    plan.append((t, s, e, self._room_for("@town", t)))
            elif mode == "days":
                i0 = rng.randrange(len(self.workdays) - k)
                s0, _e0 = self._slot(self.workdays[i0], subj)
                for j, t in enumerate(towns):
                    d = self.workdays[i0 + j]
                    s, e = self._slot(
                        d, subj, start=s0.replace(year=d.year, month=d.month, day=d.day)
                    )
                    plan.append((t, s, e, self._room_for(rng.choice(town_rooms), t)))
            else:
                start_day = rng.choice(self.alldays[:75])
                for t in towns:
                    mdays = [d for d in self._market_days(t) if d >= start_day]
                    if not mdays:
                        break
                    d = mdays[0]
                    s, e = self._slot(d, subj, "am")
                    plan.append((t, s, e, self._room_for("@market", t)))
                if len(plan) < k:
                    continue
            if len({(p[1].date()) for p in plan}) < len(plan) and mode != "same_hour":
                continue
            if not all(
                self.can_place(subj, s, e, r, same_day_ok=(mode == "same_hour"))
                for _t, s, e, r in plan
            ):
                continue
            hosts = self._hosts(subj)
            ids = []
            for t, s, e, r in plan:
                ids.append(
                    self.make(
                        subj,
                        s,
                        e,
                        None if noloc else r,
                        qual=("town", t),
                        town=t,
                        noloc=noloc,
                        hosts=hosts,
                    ).sid
                )
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    self.pairs.append(("town_tour", ids[i], ids[j]))
            made += 1

    def hn_online_same_hour(self, n: int) -> None:
        rng = self.rng
        cands = [s for s in SUBJECTS if s.online >= 0.2]
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            subj = rng.choice(cands)
            day = rng.choice(self.workdays)
            s, e = self._slot(day, subj)
            if not self.can_place(subj, s, e, None):
                continue
            dept = DEPTS[subj.lead]
            codeplats = [p for p in dept.online_pref if p in CODE_PLATFORMS] or ["tencent"]
            p1 = rng.choice(codeplats)
            p2 = p1 if rng.random() < 0.6 else rng.choice(CODE_PLATFORMS)
            o1 = self._new_online(dept, p1)
            o2 = self._new_online(dept, p2)
            quals: list[tuple[str, str] | None] = [None, None]
            need = True
            if subj.groups and rng.random() < 0.7:
                g = rng.sample(list(subj.groups), 2)
                quals = [("group", g[0]), ("group", g[1])]
                need = False
            hosts = self._hosts(subj)
            x = self.make(subj, s, e, None, online=o1, qual=quals[0], need_code=need, hosts=hosts)
            y = self.make(
                subj, s, e, None, online=o2, qual=quals[1], need_code=need, hosts=list(hosts)
            )
            self.pairs.append(("online_same_hour", x.sid, y.sid))
            made += 1

    def hn_noloc(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            a, b = rng.sample(list(SUBJECTS), 2)
            if a.lead == b.lead:
                continue
            day = rng.choice(self.workdays)
            s1, e1 = self._slot(day, a)
            s2, e2 = self._slot(day, b, start=s1)
            if not (self.can_place(a, s1, e1, None) and self.can_place(b, s2, e2, None)):
                continue
            x = self.make(a, s1, e1, None, noloc=True)
            y = self.make(b, s2, e2, None, noloc=True)
            self.pairs.append(("no_location_same_hour", x.sid, y.sid))
            made += 1

    def hn_later_room(self, n: int) -> None:
        rng = self.rng
        buildings = ["zhl_w", "zhl_w", "park", "hotel", "tax", "zjzx", "rlsc", "zhl_e", "ecom"]
        made = 0
        for _ in range(n * 40):
            if made >= n:
                break
            b = rng.choice(buildings)
            subs = self._subjects_in(b)
            a = rng.choice(subs)
            bsub = rng.choice(subs)
            rooms = ROOMS_BY_BUILDING[b]
            ra = [c for c in a.rooms if c in ROOMS and ROOMS[c].building == b]
            r1 = ROOMS[rng.choice(ra)]
            r2 = ROOMS[rng.choice([k for k in rooms if k != r1.key])]
            day = rng.choice(self.workdays)
            s1, e1 = self._slot(day, a)
            s2, e2 = self._slot(day, bsub, start=s1 + timedelta(minutes=rng.choice((30, 45, 60))))
            same_day_ok = a.key == bsub.key
            if not (
                self.can_place(a, s1, e1, r1)
                and self.can_place(bsub, s2, e2, r2, same_day_ok=same_day_ok)
            ):
                continue
            x = self.make(a, s1, e1, r1)
            y = self.make(bsub, s2, e2, r2)
            self.pairs.append(("later_other_room", x.sid, y.sid))
            made += 1

    def filler(self, target: int) -> None:
        rng = self.rng
        weights = [s.weight for s in SUBJECTS]
        tries = 0
        while len(self.sessions) < target and tries < target * 50:
            tries += 1
            subj = rng.choices(SUBJECTS, weights)[0]
            c = rng.choice(subj.rooms)
            town: str | None = None
            if c.startswith("@"):
                town = (
                    rng.choice(subj.towns)
                    if subj.towns and rng.random() < 0.8
                    else rng.choice(TOWN_KEYS)
                )
            room = self._room_for(c, town)
            days = self._market_days(town) if c == "@market" and town else self.workdays
            day = rng.choice(days)
            s, e = self._slot(day, subj)
            room2, online = self.maybe_online(subj, room)
            if not self.can_place(subj, s, e, room2):
                continue
            qual: tuple[str, str] | None = None
            if town is not None and "town" in subj.quals and rng.random() < 0.7:
                qual = ("town", town)
            elif "qi" in subj.quals and rng.random() < 0.25:
                used = self.qi_used.setdefault(subj.key, [])
                free_no = [n for n in range(1, 16) if n not in used]
                if free_no:
                    qual = ("qi", str(free_no[0] if rng.random() < 0.5 else rng.choice(free_no)))
                    used.append(int(qual[1]))
            self.make(
                subj, s, e, room2, online=online, qual=qual, town=town, noloc=rng.random() < 0.03
            )

    # -- postings --------------------------------------------------------------

    def _pref(self, table: dict[tuple[str, str], int], key: tuple[str, str], n: int) -> int:
        if key not in table:
            table[key] = self.rng.randrange(n)
        return table[key] if self.rng.random() < 0.8 else self.rng.randrange(n)

    def render_room(self, room: Room, dept: Dept, force_en: bool = False) -> str:
        rng = self.rng
        b = BUILDINGS[room.building]
        if force_en or (dept.english and rng.random() < dept.english):
            parts = [room.en] if room.en else []
            if room.floor is not None and rng.random() < 0.4:
                parts.append(f"{room.floor}F")
            parts.append(b.en)
            parts.append("Chixia County")
            if rng.random() < 0.5:
                parts.append("Zunyi, Guizhou")
            return ", ".join(parts)
        form = b.forms[self._pref(self.form_pref, (dept.slug, b.key), len(b.forms))]
        if form.startswith("国家"):
            prefix = ""
        elif form.startswith("赤峡"):
            prefix = rng.choice(BRANDED_PREFIXES)
            if prefix == COUNTY:
                prefix = ""
        else:
            prefix = rng.choices(PREFIXES, dept.prefix_w)[0]
            if b.town_level and prefix == "县":
                prefix = COUNTY if rng.random() < 0.5 else ""
        label = room.labels[self._pref(self.label_pref, (dept.slug, room.key), len(room.labels))]
        floor = ""
        if room.floor is not None:
            fs = rng.choices(range(5), dept.floor_w)[0]
            f = room.floor
            floor = (f"{_cn(f)}楼", f"{f}楼", f"{f}F", f"{f}层", "")[fs]
            if not label and not floor:
                floor = f"{_cn(f)}楼"
        sep = " " if rng.random() < dept.space else ""
        text = sep.join(x for x in (prefix + form, floor, label) if x)
        return self._finish(text, dept)

    def _finish(self, text: str, dept: Dept) -> str:
        if dept.fullwidth and self.rng.random() < dept.fullwidth:
            text = text.translate(_FULLWIDTH)
        if dept.ascii_paren and self.rng.random() < dept.ascii_paren:
            text = text.translate(_ASCII_PAREN)
        return text

    def render_online(
        self, o: Online, dept: Dept, lead: bool, need_code: bool
    ) -> tuple[str | None, str | None]:
        rng = self.rng
        url = o.url if rng.random() < (0.8 if lead else 0.5) else None
        english = dept.english and rng.random() < dept.english
        if o.code is not None:
            code = _fmt_code(o.code, rng.choice((0, 1, 1, 2)))
            r = rng.random()
            if r < 0.12 and not need_code:
                return rng.choice(_ONLINE_PLAIN), url or o.url
            if r < 0.2:
                return code, url
            if english:
                return _ONLINE_EN[o.platform].format(c=code), url
            return rng.choice(_ONLINE_ZH[o.platform]).format(c=code), url
        r = rng.random()
        if r < 0.25:
            return rng.choice(_ONLINE_PLAIN), url
        if english:
            return "Online live stream", url
        return rng.choice(_ONLINE_ZH[o.platform]).format(a=o.account), url

    def render_qual(self, title: str, q: tuple[str, str], dept: Dept, english: bool) -> str:
        rng = self.rng
        kind, val = q
        if english:
            if kind == "qi":
                return (
                    f"{title} (Session {val})" if rng.random() < 0.6 else f"{title} - Batch {val}"
                )
            if kind == "ban":
                return f"{title} - Class {val}"
            if kind == "ampm":
                return f"{title} ({'Morning' if val == 'am' else 'Afternoon'} Session)"
            if kind == "town":
                return f"{title} - {TOWN[val].pinyin if rng.random() < 0.5 else TOWN[val].en}"
            return f"{title} ({GROUP_EN.get(val, val)})"
        if kind == "qi":
            n = int(val)
            return rng.choice(
                (
                    f"{title}（第{n}期）",
                    f"第{n}期{title}",
                    f"{title}第{_cn(n)}期",
                    f"2027年第{n}期{title}",
                    f"{title}（第{_cn(n)}期）",
                )
            )
        if kind == "ban":
            n = int(val)
            return rng.choice(
                (
                    f"{title}（{_cn(n)}班）",
                    f"{title}{n}班",
                    f"{title}（第{_cn(n)}班）",
                    f"{title}·{n}班",
                )
            )
        if kind == "ampm":
            zh = "上午" if val == "am" else "下午"
            return rng.choice(
                (f"{title}（{zh}场）", f"{title}{zh}场", f"【{zh}】{title}", f"{title}（{zh}）")
            )
        if kind == "town":
            style = dept.region_style if dept.region_style in ("full", "short", "old") else "full"
            t = _town_name(TOWN[val], style, rng)
            return rng.choice(
                (
                    f"{title}（{t}专场）",
                    f"{title}·{t}站",
                    f"走进{t}：{title}",
                    f"{t}专场｜{title}",
                    f"{title}——{t}场",
                    f"{title}（{t}）",
                )
            )
        return rng.choice((f"{title}（{val}）", f"{val}｜{title}"))

    def render_title(self, s: Session, dept: Dept, lead: bool, keep_qual: bool) -> str:
        rng = self.rng
        subj = s.subj
        english = dept.english > 0 and rng.random() < dept.english
        if english:
            title = subj.en
        elif lead:
            title = subj.titles[0] if rng.random() < 0.75 else rng.choice(subj.titles)
        else:
            idx = self._pref(self.title_pref, (dept.slug, subj.key), len(subj.titles))
            title = subj.titles[idx]
        if s.qual is not None and keep_qual:
            title = self.render_qual(title, s.qual, dept, english)
        if english:
            if rng.random() < dept.deco_rate:
                title = rng.choice(("Chixia Commerce: {t}", "[Notice] {t}", "{t} (free)")).format(
                    t=title
                )
            return title
        if rng.random() < dept.deco_rate:
            q = _cn((s.start.month - 1) // 3 + 1)
            deco = rng.choice(dept.decos)
            if "2027年" in deco and title.startswith("2027年"):
                title = title.removeprefix("2027年")
            title = deco.format(t=title, q=q)
        return self._finish(title, dept)

    def render_topics(self, subj: Subject, dept: Dept, lead: bool) -> list[str]:
        rng = self.rng
        style = dept.topic_style
        if not lead and rng.random() < 0.25:
            style = "none"
        if style == "none":
            out: list[str] = []
        elif style == "alt":
            out = rng.sample(list(subj.alt), rng.randint(1, len(subj.alt)))
            if rng.random() < 0.4:
                out.append(rng.choice(subj.topics))
        elif style == "en":
            out = list(subj.en_topics) if rng.random() < 0.6 else rng.sample(list(subj.topics), 1)
        elif style == "hash":
            out = ["#" + t for t in rng.sample(list(subj.topics), rng.randint(1, len(subj.topics)))]
        else:
            out = rng.sample(list(subj.topics), rng.randint(1, len(subj.topics)))
        if dept.own_topic and rng.random() < 0.35 and dept.own_topic not in out:
            out.append(dept.own_topic)
        return out

    def render_sectors(self, sectors: list[str], dept: Dept, lead: bool) -> list[str]:
        rng = self.rng
        style = dept.sector_style
        if not sectors or style == "none" or (not lead and rng.random() < 0.3):
            return []
        out: list[str] = []
        for k in sectors:
            full, short, code, top, en = SECTORS[k]
            v = {
                "zh": full,
                "short": short,
                "gb": code,
                "gbname": f"{code} {full}",
                "gbtop": top,
                "en": en,
            }[style]
            if v not in out:
                out.append(v)
        return out

    def render_regions(self, regions: list[str], dept: Dept, lead: bool) -> list[str]:
        rng = self.rng
        style = dept.region_style
        if not regions:
            return [dept.county_word] if dept.county_word and rng.random() < 0.6 else []
        if style == "none" or (not lead and rng.random() < 0.2):
            return []
        return [_town_name(TOWN[t], style, rng) for t in regions]

    def _ext_id(self, dept: Dept, s: Session) -> str:
        n = self.id_counter.get(dept.slug, 0) + self.rng.randint(1, 3)
        self.id_counter[dept.slug] = n
        return dept.id_fmt.format(
            n=n, ymd=s.start.strftime("%Y%m%d")[2:], hex32=f"{self.rng.getrandbits(128):032x}"
        )

    def _reg(self, dept: Dept, s: Session) -> str | None:
        if dept.reg_fmt is None:
            return None
        return dept.reg_fmt.format(
            ym=(s.start - timedelta(days=7)).strftime("%Y%m"),
            ymd=(s.start - timedelta(days=7)).strftime("%Y%m%d"),
            n7=self._digits(7),
            hex4=self._tok(4, "0123456789abcdef"),
            tok6=self._tok(6),
        )

    def _times(self, s: Session, lead: bool, shift: int | None) -> tuple[datetime, datetime]:
        rng = self.rng
        st, en = s.start, s.end
        m = timedelta(minutes=1)
        if shift is not None:
            st = st + shift * m
        elif lead:
            r = rng.random()
            if r < 0.12:
                st -= 30 * m
            elif r < 0.18:
                st -= 15 * m
        else:
            r = rng.random()
            if r < 0.16:
                st -= 30 * m
            elif r < 0.26:
                st -= 15 * m
            elif r < 0.34:
                st += 30 * m
        r = rng.random()
        if r < (0.06 if lead else 0.14):
            en += rng.choice((-30, -15, 15, 30)) * m
        elif not lead and r < 0.22:
            en = st + rng.choice((90, 120, 180)) * m
        if s.end - s.start >= timedelta(hours=6) and not lead and rng.random() < 0.3:
            en = st.replace(hour=12, minute=0)
        en = min(en, s.end + 30 * m)
        if en < st + 30 * m:
            en = st + 60 * m
        return st, en

    def postings(self) -> list[dict[str, Any]]:
        rng = self.rng
        out: list[dict[str, Any]] = []
        for s in self.sessions:
            shifts: list[int | None] = [None] * len(s.hosts)
            if len(s.hosts) >= 3 and rng.random() < 0.35:
                offs = [-30, 0, 30] + [0] * (len(s.hosts) - 3)
                rng.shuffle(offs)
                shifts = list(offs)
            first_reg: str | None = None
            # the session's real kind sits with the lead; a co-host may file the other kind
            for i, slug in enumerate(s.hosts):
                dept = DEPTS[slug]
                lead = i == 0
                kind = s.kind
                if (not lead and rng.random() < 0.14) or (lead and rng.random() < 0.02):
                    kind = P if kind == T else T
                location: str | None = None
                url: str | None = None
                has_code = False
                if s.noloc:
                    location = rng.choice(_NOLOC_TEXT) if rng.random() < 0.3 else None
                else:
                    drop = rng.random() < (0.04 if lead else 0.18)
                    if s.room is not None and s.online is not None:
                        r = rng.random()
                        parts: list[str] = []
                        if r < 0.7 or (not lead and r < 0.8):
                            parts.append(self.render_room(s.room, dept))
                        if r >= 0.5:
                            txt, url = self.render_online(s.online, dept, lead, s.need_code)
                            if txt is not None:
                                parts.append(f"（同步{txt}）" if parts else txt)
                            has_code = s.online.code is not None
                        location = "".join(parts) or None
                    elif s.room is not None:
                        location = self.render_room(s.room, dept)
                    elif s.online is not None:
                        location, url = self.render_online(s.online, dept, lead, s.need_code)
                        has_code = s.online.code is not None and bool(
                            location and any(ch.isdigit() for ch in location)
                        )
                    if drop and not s.need_code and location is not None:
                        location = None
                        url = None if rng.random() < 0.5 else url
                keep_qual = True
                if s.qual is not None and s.qual[0] in ("qi", "ban", "ampm", "group") and not lead:
                    located = location is not None and (s.qual[0] != "group" or has_code or url)
                    if located and rng.random() < 0.3:
                        keep_qual = False
                if s.need_code and location is None and url is None:
                    url = s.online.url if s.online else None
                title = self.render_title(s, dept, lead, keep_qual)
                st, en = self._times(s, lead, shifts[i])
                cap: int | None = s.cap
                if not lead:
                    r = rng.random()
                    if r < 0.5:
                        cap = None
                    elif r < 0.7 and cap:
                        cap = max(10, cap // rng.choice((2, 3, 4)) // 5 * 5)
                reg: str | None
                if lead:
                    reg = self._reg(dept, s) if rng.random() < 0.6 else None
                    first_reg = reg
                else:
                    r = rng.random()
                    reg = first_reg if r < 0.25 else (self._reg(dept, s) if r < 0.45 else None)
                rec: dict[str, Any] = {
                    "department": slug,
                    "input": {
                        "externalId": self._ext_id(dept, s),
                        "kind": kind,
                        "title": title,
                        "start": _iso(st, dept.utc),
                        "end": _iso(en, dept.utc),
                        "timezone": TZ_NAME,
                        "location": location,
                        "onlineUrl": url,
                        "topics": self.render_topics(s.subj, dept, lead),
                        "audience": {
                            "sectors": self.render_sectors(s.sectors, dept, lead),
                            "regions": self.render_regions(s.regions, dept, lead),
                        },
                        "capacity": cap,
                        "registrationUrl": reg,
                    },
                    "truth": {
                        "session": s.sid,
                        "kind": s.kind,
                        "start": _utc(s.start),
                        "end": _utc(s.end),
                    },
                }
                s.postings.append(rec)
                out.append(rec)
        rng.shuffle(out)
        self.records = out
        return out


def _build(seed: int) -> _Builder:
    b = _Builder(seed)
    rng = b.rng
    b.hn_parallel_rooms(rng.randint(14, 18))
    b.hn_classes(rng.randint(10, 13))
    b.series(rng.randint(12, 15))
    b.hn_ampm(rng.randint(11, 14))
    b.hn_town_tour(rng.randint(9, 12))
    b.hn_online_same_hour(rng.randint(11, 14))
    b.hn_noloc(rng.randint(11, 14))
    b.hn_later_room(rng.randint(11, 14))
    b.filler(rng.randint(780, 840))
    b.postings()
    return b


def generate(seed: int = 0) -> list[dict[str, Any]]:
    """Postings with their hidden truth, shuffled; deterministic for a seed."""
    return _build(seed).records


def _overlap(a0: datetime, a1: datetime, b0: datetime, b1: datetime) -> bool:
    return a0 < b1 and b0 < a1


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def _check(b: _Builder) -> list[str]:
    """Consistency of the truth: postings overlap their session; one room, one session at a time."""
    problems: list[str] = []
    for s in b.sessions:
        for p in s.postings:
            st, en = _parse(p["input"]["start"]), _parse(p["input"]["end"])
            if not en > st:
                problems.append(f"session {s.sid}: posting ends before it starts")
            if not _overlap(st, en, s.start, s.end):
                problems.append(f"session {s.sid}: posting outside the session's time")
    by_room: dict[str, list[Session]] = {}
    by_code: dict[str, list[Session]] = {}
    for s in b.sessions:
        if s.room is not None:
            by_room.setdefault(s.room.key, []).append(s)
        if s.online is not None and s.online.code is not None:
            by_code.setdefault(s.online.code, []).append(s)
    for key, group in (*by_room.items(), *by_code.items()):
        group.sort(key=lambda x: x.start)
        for x, y in itertools.pairwise(group):
            if _overlap(x.start, x.end, y.start, y.end):
                problems.append(f"{key}: sessions {x.sid} and {y.sid} overlap")
            lx = max(_parse(p["input"]["end"]) for p in x.postings)
            fy = min(_parse(p["input"]["start"]) for p in y.postings)
            if lx > fy:
                problems.append(f"{key}: postings of {x.sid} and {y.sid} overlap")
    return problems


def _report(seed: int = 0) -> None:
    b = _build(seed)
    recs = b.records
    n_sess = len(b.sessions)
    co = sum(1 for s in b.sessions if len(s.hosts) > 1)
    true_pairs = sum(len(s.postings) * (len(s.postings) - 1) // 2 for s in b.sessions)
    print(f"postings: {len(recs)}")
    print(f"sessions: {n_sess}")
    print(f"co-hosted sessions: {co} ({co / n_sess:.1%})")
    hosts_hist: dict[int, int] = {}
    for s in b.sessions:
        hosts_hist[len(s.hosts)] = hosts_hist.get(len(s.hosts), 0) + 1
    print("hosts per session: " + ", ".join(f"{k}: {v}" for k, v in sorted(hosts_hist.items())))
    print(f"true pairs: {true_pairs}")
    cats: dict[str, list[int]] = {}
    for cat, x, y in b.pairs:
        c = cats.setdefault(cat, [0, 0, 0])
        c[0] += 1
        c[1] += len(b.sessions[x].postings) * len(b.sessions[y].postings)
    in_hn: dict[str, set[int]] = {}
    for cat, x, y in b.pairs:
        in_hn.setdefault(cat, set()).update((x, y))
    print("hard negatives (category: session pairs / posting pairs / sessions involved):")
    for cat, (sp, pp, _z) in cats.items():
        n = len(in_hn[cat])
        print(f"  {cat}: {sp} / {pp} / {n} ({n / n_sess:.1%})")
    kinds = {T: 0, P: 0}
    for s in b.sessions:
        kinds[s.kind] += 1
    print(f"kinds: {kinds}")
    flips = sum(1 for r in recs if r["input"]["kind"] != r["truth"]["kind"])
    print(f"postings filed under the other kind: {flips}")
    utc = sum(1 for r in recs if r["input"]["start"].endswith("Z"))
    print(f"postings in UTC: {utc}")
    noloc = sum(1 for r in recs if r["input"]["location"] is None)
    print(f"postings without location: {noloc}")
    online = sum(1 for s in b.sessions if s.online is not None)
    print(f"online or hybrid sessions: {online}")
    problems = _check(b)
    print(f"truth problems: {len(problems)}")
    for line in problems[:20]:
        print("  " + line)


if __name__ == "__main__":
    _report()
