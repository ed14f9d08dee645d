"""桦岭县 (Hualing County) — a 国有林区 county on the Lesser Khingan / Amur border, Q2 2027.

DATA SHEET (everything invented; realistic in shape)
=====================================================

County
------
黑龙江省兴岭市桦岭县, northern slope of the 小兴安岭 on the south bank of the 黑龙江 (Amur),
facing the Russian village of Берёзовка across the river.  Two governments share one seat
(桦岭镇): the county government, and the state forest industry bureau
龙江森工集团桦岭林业局有限公司 (everyone still says "桦岭林业局" / "局里").  Since the 2014
commercial-logging ban the 局 has moved from timber to tourism (国家森林公园, 森林康养) and to
林下经济 (蓝莓, 黑木耳, 中国林蛙, 红松籽, 刺五加/五味子).  The 局's hospital, club and schools
were handed to the county in 2020 but keep their old names in everyone's mouth.  The port town
江源镇 runs 边民互市 and imports Russian timber into the 边境经济合作区.

Season: 2027-04-01 .. 2027-06-30 (Asia/Shanghai): spring fire season (Apr–mid Jun), 个税汇算
and 企业年报 deadlines (30 Jun), 安全生产月 (June), 蓝莓 pre-harvest, summer tourism launch.
Holidays skipped: 4/3–4/5 清明, 5/1–5/5 劳动节, 6/9 端午.

Towns / regions used in audience.regions: 桦岭镇, 东兴镇, 江源镇, 新鹿鄂伦春族乡, 太平沟乡;
the 局's own units: 青山林场, 二道河林场, 鹿鸣林场, 红旗林场, 白石砬子林场.

Posting organisations (20) and their habits
-------------------------------------------
SW   桦岭县商务局: formal "关于举办…培训班的通知", sometimes "2027年第二季度"; places with full
     "黑龙江省兴岭市桦岭县…" prefix; rooms 三楼第一会议室; +08:00 with seconds; id HLSW-2027-0042;
     topics 稳外贸/对俄贸易; sectors in Chinese; 腾讯会议 code 842-331-907 in location.
SJ   桦岭县市场监督管理局: "市监局：" prefix, pangu spaces; short/old names (政务大厅, 老工商局楼);
     rooms "3F 1号会议室"; naive times + timezone; posts 签到 time (30 min early);
     id 桦市监宣〔2027〕37号; default PUBLICITY; topics 年报/信用监管; sectors as letters; 钉钉.
SWJ  国家税务总局桦岭县税务局: campaign slogans “春雨润苗”/“便民办税春风行动” + 专题辅导;
     official names; milliseconds "+08:00"; id HLTAX2027Q200015; 腾讯会议 code in location AND URL.
RS   桦岭县人力资源和社会保障局: slogan "春风行动·…（公益）（名额有限）", full-width digits
     (第３期), old name 县劳动就业局, rooms "201室", "+08:00" without seconds, sign-in 20 min,
     ends rounded up; id RSJ-PX-2027-017; capacity always; registration link; 钉钉.
LC   桦岭县林业和草原局 (pre-2018 桦岭县林业局 — easily confused with the 林业局): plain
     "…技术培训"; places by street address (林城大街88号院南楼); rooms "1会议室"; naive minutes;
     code "842 331 907".
WL   桦岭县文化广电和旅游局 (old 文体广电和旅游局): bilingual / English titles; English building
     names (Lindu Culture & Arts Center, Hall B); +08:00; douyin live.
YJ   桦岭县应急管理局 (old 安监局): "【县应急管理局】…"; short names (县政府大楼 301室); naive;
     ends rounded up; topics 森林防火/安全生产.
RM   桦岭县融媒体中心: "直播预告｜…", always posts its own live-room URL, UTC "Z" times,
     code in description, default PUBLICITY.
ZGH  桦岭县总工会: "【职工学堂】…（公益）", old name 县工人文化宫, sign-in times.
GSL  桦岭县工商业联合会: "县工商联：…宣讲会", official names, rooms 第1会议室.
BHQ  桦岭边境经济合作区管理委员会: English titles "[HBECZ] … Workshop (Session 3)", English
     names (HBECZ Service Center, Room 302), UTC "Z" with ms, sectors in English.
DSH  桦岭县对俄经贸商会: Russian + Chinese titles «…», Russian building names
     (Пункт пропуска Хуалин), "+00:00" UTC offsets, code "842 331 907".
LMX  桦岭县蓝莓产业协会: "【报名】…", 林业局 old names (林业局俱乐部, 职工医院), 问卷星 links.
LYJ  龙江森工集团桦岭林业局有限公司: "关于组织开展…的通知", always the 局's own names
     (局机关大楼, 林业局俱乐部, 职工医院, 青山场部), naive times, sign-in 30 min,
     regions as 林场 names; id HLLYJ〔2027〕58号.
JGH  桦岭林业局工会: "局工会：…", 林业局 names, full-width digits sometimes.
QSLC 桦岭林业局青山林场: "青山林场…", rooms 第1会议室, sign-in, region 青山林场.
DXZ  桦岭县东兴镇人民政府: "东兴镇…宣讲会", old name 东兴乡政府 appears.
JYZ  桦岭县江源镇人民政府: "江源镇：…", address descriptions, sometimes Russian in title.
KX   桦岭县科学技术协会: "科普大讲堂第N讲｜…" (its own lecture counter, never the co-host's 期).
ELC  桦岭县新鹿鄂伦春族乡人民政府: "…（新鹿乡）", 传习所.

Buildings (18) and their names  [official / short / old / address / English-Russian]
-------------------------------
xz1   桦岭县行政中心1号楼 / 县政府大楼 / 县政府办公大楼 / 林城大街88号北楼 / Admin Center Building 1
      (prefixed form: 黑龙江省兴岭市桦岭县行政中心1号楼)
xz2   桦岭县行政中心2号楼 / 行政中心2号楼 / 老工商局楼 / 林城大街88号院南楼 / Admin Center Building 2
      (xz1 and xz2 share the 行政中心 compound)
zwfw  桦岭县政务服务中心 / 政务大厅 / 县行政服务中心 / 兴安路与中央大街交口东北角 / Government Service Center
jjdl  龙江森工桦岭林业局有限公司办公楼 / 林业局办公楼 / 桦岭林业局机关大楼 / 林都大街1号 / 局机关大楼
jlb   桦岭县林都文化艺术中心 / 文化艺术中心 / 桦岭林业局俱乐部 / 林都大街与红松路交口 / Lindu Culture & Arts Center
yy    桦岭县第二人民医院 / 县二院 / 桦岭林业局职工医院 / 红松路56号 / 职工医院
rlzysc 桦岭县人力资源市场 / 人才市场 / 县劳动就业局 / 向阳街12号
zjzx  桦岭县职业技术教育中心 / 县职教中心 / 桦岭县职业高中 / 学府路17号 / 局职高 (the 局's old school)
kalj  桦岭口岸联检楼 / 口岸联检楼 / 桦岭港客运站 / 江源镇沿江路1号 / Hualing Port Joint Inspection Building / Пункт пропуска Хуалин
bhq   桦岭边境经济合作区综合服务中心 / 边合区服务中心 / 对俄木材加工园区管委会 / 江源镇兴边路与口岸大道交口 / HBECZ Service Center
rmt   桦岭县融媒体中心 / 融媒体中心 / 桦岭县广播电视台 / 文化路9号 / 广电大楼
sw    国家税务总局桦岭县税务局办税服务厅 / 税务大厅 / 县国税局办税大厅 / 兴安路22号
zgzx  桦岭县职工服务中心 / 职工之家 / 县工人文化宫 / 中央大街与向阳街交口
dxz   东兴镇人民政府 / 东兴镇政府 / 东兴乡政府 / 东兴镇兴业街8号
jyz   江源镇人民政府 / 江源镇政府 / 江源乡政府 / 江源镇沿江路28号
qslc  桦岭林业局青山林场场部 / 青山林场场部 / 青山经营所 / 青山林场中心街3号 / 青山场部
slgy  桦岭国家森林公园游客服务中心 / 森林公园游客中心 / 林业局森林旅游公司接待中心 / 桦林路北端 / Visitor Center
xinlu 新鹿鄂伦春族乡民族文化站 / 新鹿乡文化站 / 新鹿乡文化中心 / 新鹿乡民俗村入口
Rooms carry a floor, a sequential meeting-room number and a door number, so the same room is
三楼第一会议室 / 3F 1号会议室 / 301室 / 第1会议室 / 1会议室 / Room 301; halls have an alias
(多功能厅 = B厅 = Hall B; 报告厅 = 大报告厅 = Auditorium).

Online: 腾讯会议 / 钉钉 nine-digit codes written 842-331-907, 842331907 or 842 331 907, in the
location, in the URL (…/p/842331907) or only in the description; RM re-streams on
live.hlrmt.cn; WL on live.douyin.com.

Hard negatives generated (distinct sessions that look alike; counted as pairs in stats())
----------------------------------------------------------------------------------------
series_episode        第2期 / 第3期 of one course on different days (SYB, 直播销售员, 转岗, …)
parallel_class        一班 / 二班 of one 期 at the same hour in two rooms of one building
town_special          one campaign's X镇专场 / Y镇专场 (or ·东兴站 / ·江源站) at the same hour
parallel_rooms        two related subjects in two rooms of one building at the same hour
back_to_back          one subject in one room, 09:00–10:30 then 10:30–12:00 (第一场 / 第二场)
weekly_repeat         the same department's same course, same weekday/room, weekly
same_building_other_dept  two departments, different subjects, one building, one hour
same_title_other_day  identical title on two non-weekly days
online_same_hour      two online sessions at one hour with different meeting codes
sibling_policy        two sibling policies titled alike (小规模增值税 vs 小微所得税, 加计扣除 vs
                      加计抵减, 出口退税 vs 离境退税, 稳岗返还 vs 扩岗补助, 防火培训 vs 防火宣传)

Co-host phenomena generated
---------------------------
30–45% of sessions are posted by 2–4 organisations: formal vs plain vs English vs Russian
titles; everyday vs formal policy names with almost no shared characters (个税退税怎么办 vs
个人所得税综合所得年度汇算; Blueberry Cultivation Workshop vs 蓝莓标准化栽培管理技术); each
side's own topic words; PUBLICITY vs TRAINING; series number or town label on one side only;
sign-in time vs start; ends rounded up; different names/rooms of one building (old 林业局
names vs the county's new names vs addresses vs English/Russian); no venue (None / 待定 /
另行通知); meeting codes in different spellings, in location or URL; a co-host that posts only
the first day of a multi-day course; copied registration links; own capacity quotas.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"
CST = timezone(timedelta(hours=8))
SEASON_START = date(2027, 4, 1)
SEASON_END = date(2027, 6, 30)
HOLIDAYS = (
    date(2027, 4, 3),
    date(2027, 4, 4),
    date(2027, 4, 5),
    date(2027, 5, 1),
    date(2027, 5, 2),
    date(2027, 5, 3),
    date(2027, 5, 4),
    date(2027, 5, 5),
    date(2027, 6, 9),
)
PREFIX = "黑龙江省兴岭市"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIGITS = "〇一二三四五六七八九"
RU_MONTHS = {4: "апреля", 5: "мая", 6: "июня"}
EN_MONTHS = {4: "Apr", 5: "May", 6: "Jun"}

SECTORS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "C": ("制造业", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "Production and Supply of Electricity, Heat, Gas and Water",
    ),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and Retail Trades"),
    "G": ("交通运输、仓储和邮政业", "Transport, Storage and Post"),
    "H": ("住宿和餐饮业", "Accommodation and Catering"),
    "I": (
        "信息传输、软件和信息技术服务业",
        "Information Transmission, Software and Information Technology Services",
    ),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "O": ("居民服务、修理和其他服务业", "Services to Households, Repair and Other Services"),
    "Q": ("卫生和社会工作", "Health and Social Service"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
}

TOWNS = ("桦岭镇", "东兴镇", "江源镇", "新鹿鄂伦春族乡", "太平沟乡")
FARMS = ("青山林场", "二道河林场", "鹿鸣林场", "红旗林场", "白石砬子林场")
TOWN_SHORT = {
    "桦岭镇": "桦岭",
    "东兴镇": "东兴",
    "江源镇": "江源",
    "新鹿鄂伦春族乡": "新鹿",
    "青山林场": "青山",
}
TOWN_PINYIN = {
    "桦岭镇": "Hualing",
    "东兴镇": "Dongxing",
    "江源镇": "Jiangyuan",
    "新鹿鄂伦春族乡": "Xinlu",
    "青山林场": "Qingshan",
}
TOWN_VENUE = {
    "桦岭镇": "zwfw",
    "东兴镇": "dxz",
    "江源镇": "jyz",
    "新鹿鄂伦春族乡": "xinlu",
    "青山林场": "qslc",
}
TOWN_GOV = {"东兴镇": "DXZ", "江源镇": "JYZ", "新鹿鄂伦春族乡": "ELC", "青山林场": "QSLC"}


# --------------------------------------------------------------------------- buildings


@dataclass(frozen=True)
class Room:
    key: str
    floor: int
    num: int
    no: str
    noun: str
    hall: str = ""
    hall_alt: str = ""
    hall_en: str = ""


def _r(key: str, floor: int, num: int, no: str, noun: str) -> Room:
    return Room(key, floor, num, no, noun)


def _h(key: str, floor: int, hall: str, alt: str, en: str) -> Room:
    return Room(key, floor, 0, "", "", hall, alt, en)


@dataclass(frozen=True)
class Building:
    key: str
    official: str
    short: str
    old: str
    address: str
    english: str
    rooms: tuple[Room, ...]
    lyj: str = ""
    russian: str = ""
    town: str = "桦岭镇"


BUILDINGS: dict[str, Building] = {
    b.key: b
    for b in (
        Building(
            "xz1",
            "桦岭县行政中心1号楼",
            "县政府大楼",
            "县政府办公大楼",
            "林城大街88号北楼",
            "Admin Center Building 1",
            (
                _r("r1", 3, 1, "301", "会议室"),
                _r("r2", 3, 2, "306", "会议室"),
                _r("r3", 5, 3, "502", "会议室"),
                _h("hall", 1, "报告厅", "大报告厅", "Auditorium"),
            ),
            lyj="县政府大楼",
        ),
        Building(
            "xz2",
            "桦岭县行政中心2号楼",
            "行政中心2号楼",
            "老工商局楼",
            "林城大街88号院南楼",
            "Admin Center Building 2",
            (
                _r("r1", 2, 1, "203", "会议室"),
                _r("r2", 4, 2, "401", "会议室"),
                _r("r3", 4, 3, "408", "培训室"),
            ),
        ),
        Building(
            "zwfw",
            "桦岭县政务服务中心",
            "政务大厅",
            "县行政服务中心",
            "兴安路与中央大街交口东北角",
            "Hualing Government Service Center",
            (
                _r("r1", 2, 1, "201", "培训室"),
                _r("r2", 3, 2, "305", "会议室"),
                _h("hall", 1, "企业服务专区", "企业之家", "Business Service Zone"),
            ),
        ),
        Building(
            "jjdl",
            "龙江森工桦岭林业局有限公司办公楼",
            "林业局办公楼",
            "桦岭林业局机关大楼",
            "林都大街1号",
            "",
            (
                _r("r1", 4, 1, "401", "会议室"),
                _r("r2", 2, 2, "215", "会议室"),
                _h("hall", 6, "视频会议室", "调度指挥中心", "Video Conference Room"),
            ),
            lyj="局机关大楼",
        ),
        Building(
            "jlb",
            "桦岭县林都文化艺术中心",
            "文化艺术中心",
            "桦岭林业局俱乐部",
            "林都大街与红松路交口",
            "Lindu Culture & Arts Center",
            (
                _h("h1", 1, "大剧场", "俱乐部大厅", "Main Theater"),
                _h("h2", 2, "多功能厅", "B厅", "Hall B"),
                _r("r1", 3, 1, "302", "排练室"),
            ),
            lyj="林业局俱乐部",
        ),
        Building(
            "yy",
            "桦岭县第二人民医院",
            "县二院",
            "桦岭林业局职工医院",
            "红松路56号",
            "",
            (
                _r("r1", 5, 1, "501", "会议室"),
                _h("hall", 3, "学术报告厅", "报告厅", "Lecture Hall"),
            ),
            lyj="职工医院",
        ),
        Building(
            "rlzysc",
            "桦岭县人力资源市场",
            "人才市场",
            "县劳动就业局",
            "向阳街12号",
            "",
            (
                _r("r1", 2, 1, "201", "教室"),
                _r("r2", 2, 2, "202", "教室"),
                _r("r3", 3, 3, "301", "会议室"),
            ),
        ),
        Building(
            "zjzx",
            "桦岭县职业技术教育中心",
            "县职教中心",
            "桦岭县职业高中",
            "学府路17号",
            "",
            (
                _r("r1", 2, 1, "201", "实训室"),
                _r("r2", 2, 2, "203", "实训室"),
                _r("r3", 3, 3, "305", "教室"),
                _h("hall", 1, "电商直播实训基地", "直播间", "Livestream Lab"),
            ),
            lyj="局职高",
        ),
        Building(
            "kalj",
            "桦岭口岸联检楼",
            "口岸联检楼",
            "桦岭港客运站",
            "江源镇沿江路1号",
            "Hualing Port Joint Inspection Building",
            (
                _r("r1", 2, 1, "201", "会议室"),
                _r("r2", 3, 2, "306", "培训室"),
            ),
            russian="Пункт пропуска Хуалин",
            town="江源镇",
        ),
        Building(
            "bhq",
            "桦岭边境经济合作区综合服务中心",
            "边合区服务中心",
            "对俄木材加工园区管委会",
            "江源镇兴边路与口岸大道交口",
            "HBECZ Service Center",
            (
                _r("r1", 3, 1, "302", "会议室"),
                _r("r2", 3, 2, "305", "会议室"),
                _h("hall", 1, "路演厅", "招商路演厅", "Roadshow Hall"),
            ),
            russian="Центр обслуживания зоны приграничного сотрудничества",
            town="江源镇",
        ),
        Building(
            "rmt",
            "桦岭县融媒体中心",
            "融媒体中心",
            "桦岭县广播电视台",
            "文化路9号",
            "",
            (
                _h("hall", 1, "演播厅", "1号演播厅", "Studio 1"),
                _r("r1", 3, 1, "303", "会议室"),
            ),
            lyj="广电大楼",
        ),
        Building(
            "sw",
            "国家税务总局桦岭县税务局办税服务厅",
            "税务大厅",
            "县国税局办税大厅",
            "兴安路22号",
            "",
            (
                _h("hall", 2, "纳税人学堂", "税收宣传室", "Taxpayer School"),
                _r("r1", 3, 1, "301", "会议室"),
            ),
        ),
        Building(
            "zgzx",
            "桦岭县职工服务中心",
            "职工之家",
            "县工人文化宫",
            "中央大街与向阳街交口",
            "",
            (
                _r("r1", 2, 1, "201", "活动室"),
                _r("r2", 3, 2, "301", "会议室"),
            ),
        ),
        Building(
            "dxz",
            "东兴镇人民政府",
            "东兴镇政府",
            "东兴乡政府",
            "东兴镇兴业街8号",
            "",
            (
                _r("r1", 2, 1, "201", "会议室"),
                _h("hall", 1, "便民服务大厅", "大厅", "Service Hall"),
            ),
            town="东兴镇",
        ),
        Building(
            "jyz",
            "江源镇人民政府",
            "江源镇政府",
            "江源乡政府",
            "江源镇沿江路28号",
            "",
            (
                _r("r1", 2, 1, "202", "会议室"),
                _r("r2", 3, 2, "301", "会议室"),
            ),
            russian="Администрация посёлка Цзянъюань",
            town="江源镇",
        ),
        Building(
            "qslc",
            "桦岭林业局青山林场场部",
            "青山林场场部",
            "青山经营所",
            "青山林场中心街3号",
            "",
            (
                _r("r1", 1, 1, "101", "会议室"),
                _h("hall", 2, "防火指挥部", "防火办", "Fire Command Room"),
            ),
            lyj="青山场部",
            town="青山林场",
        ),
        Building(
            "slgy",
            "桦岭国家森林公园游客服务中心",
            "森林公园游客中心",
            "林业局森林旅游公司接待中心",
            "桦林路北端（森林公园大门东侧）",
            "Hualing National Forest Park Visitor Center",
            (
                _h("hall", 1, "多功能厅", "游客中心大厅", "Multi-function Hall"),
                _r("r1", 2, 1, "201", "培训室"),
            ),
            lyj="旅游公司接待中心",
        ),
        Building(
            "xinlu",
            "新鹿鄂伦春族乡民族文化站",
            "新鹿乡文化站",
            "新鹿乡文化中心",
            "新鹿乡民俗村入口",
            "",
            (
                _h("hall", 1, "桦皮技艺传习所", "传习所", "Birch-bark Craft Workshop"),
                _r("r1", 2, 1, "201", "活动室"),
            ),
            town="新鹿鄂伦春族乡",
        ),
    )
}


# --------------------------------------------------------------------------- subjects


@dataclass(frozen=True)
class Subject:
    key: str
    family: str
    kind: str
    formal: str
    plain: str
    en: str
    ru: str
    leads: tuple[str, ...]
    cohosts: tuple[str, ...]
    sectors: tuple[str, ...]
    venues: tuple[str, ...]
    months: tuple[int, ...] = (4, 5, 6)
    durs: tuple[int, ...] = (90, 120)
    online: float = 0.1
    weight: float = 1.0
    series: bool = False
    days: int = 1
    tag: str = ""


def _s(
    key: str,
    family: str,
    kind: str,
    names: tuple[str, str, str, str],
    leads: str,
    cohosts: str,
    sectors: str,
    venues: str,
    **kw: Any,
) -> Subject:
    return Subject(
        key,
        family,
        kind,
        names[0],
        names[1],
        names[2],
        names[3],
        tuple(leads.split()),
        tuple(cohosts.split()),
        tuple(sectors),
        tuple(venues.split()),
        **kw,
    )


T, P = TRAINING, PUBLICITY
SUBJECTS: tuple[Subject, ...] = (
    # trade & border
    _s(
        "ru_export",
        "trade",
        T,
        (
            "对俄出口业务实务",
            "跟俄罗斯做生意怎么报关",
            "Export to Russia: Customs Basics",
            "Экспорт в Россию: таможенное оформление",
        ),
        "SW BHQ",
        "DSH JYZ GSL RM",
        "FC",
        "kalj bhq xz1",
        online=0.2,
        weight=1.4,
        tag="对俄出口",
    ),
    _s(
        "hushi",
        "trade",
        P,
        (
            "边民互市贸易政策",
            "边民互市怎么做",
            "Border Residents' Trade Policy",
            "Приграничная торговля жителей",
        ),
        "SW JYZ",
        "DSH BHQ RM",
        "F",
        "kalj jyz xz1",
        weight=1.0,
        tag="边民互市",
    ),
    _s(
        "kjds",
        "trade",
        T,
        (
            "跨境电商对俄直播营销",
            "对俄直播带货",
            "Cross-border E-commerce Livestreaming",
            "Трансграничная онлайн-торговля",
        ),
        "SW BHQ",
        "RM DSH LMX RS",
        "FI",
        "zjzx bhq rmt",
        online=0.2,
        weight=1.0,
        tag="跨境电商",
    ),
    _s(
        "timber",
        "invest",
        P,
        (
            "进口俄罗斯木材精深加工扶持政策",
            "俄材进口加工补贴",
            "Russian Timber Processing Incentives",
            "Переработка российской древесины",
        ),
        "BHQ",
        "SW GSL LYJ",
        "C",
        "bhq",
        weight=0.8,
        tag="木材加工",
    ),
    _s(
        "aeo",
        "trade",
        T,
        ("海关高级认证企业（AEO）信用管理", "海关认证企业辅导", "Customs AEO Certification", ""),
        "BHQ SW",
        "DSH GSL",
        "CF",
        "kalj bhq",
        online=0.25,
        weight=0.7,
        tag="AEO",
    ),
    _s(
        "wenwaimao",
        "trade",
        P,
        (
            "稳外贸惠企政策",
            "外贸企业能享受哪些扶持",
            "Foreign Trade Support Policies",
            "Меры поддержки внешней торговли",
        ),
        "SW",
        "GSL DSH SWJ BHQ RM",
        "FC",
        "xz1 zwfw",
        online=0.2,
        weight=1.1,
        tag="稳外贸",
    ),
    # tax
    _s(
        "xgm_vat",
        "tax",
        T,
        (
            "小规模纳税人增值税减免政策",
            "小规模免增值税",
            "VAT Relief for Small-scale Taxpayers",
            "",
        ),
        "SWJ",
        "GSL SJ RM",
        "FHI",
        "sw zwfw",
        online=0.4,
        weight=1.3,
        tag="增值税",
    ),
    _s(
        "xw_cit",
        "tax",
        T,
        (
            "小型微利企业所得税优惠政策",
            "小微企业所得税减半",
            "CIT Relief for Small Low-profit Firms",
            "",
        ),
        "SWJ",
        "GSL RM",
        "CFH",
        "sw zwfw",
        online=0.4,
        weight=1.0,
        tag="企业所得税",
    ),
    _s(
        "iit",
        "tax",
        P,
        (
            "个人所得税综合所得年度汇算",
            "个税退税怎么办",
            "Individual Income Tax Annual Reconciliation",
            "",
        ),
        "SWJ",
        "ZGH JGH RM",
        "",
        "sw jjdl xz1 yy",
        online=0.35,
        weight=1.3,
        months=(4, 5, 6),
        tag="个税",
    ),
    _s(
        "jjkc",
        "tax",
        T,
        ("研发费用税前加计扣除政策", "研发投入能多扣税", "R&D Super Deduction", ""),
        "SWJ KX",
        "BHQ GSL",
        "CM",
        "sw bhq",
        online=0.3,
        weight=0.7,
        tag="加计扣除",
    ),
    _s(
        "jjdj",
        "tax",
        T,
        (
            "先进制造业企业增值税加计抵减政策",
            "制造业增值税多抵一块",
            "VAT Additional Deduction for Manufacturers",
            "",
        ),
        "SWJ",
        "BHQ",
        "C",
        "sw bhq",
        online=0.3,
        weight=0.6,
        tag="加计抵减",
    ),
    _s(
        "tuishui",
        "tax",
        T,
        (
            "出口退（免）税申报",
            "出口退税怎么报",
            "Export Tax Rebate Filing",
            "Возврат НДС при экспорте",
        ),
        "SWJ",
        "SW BHQ DSH",
        "CF",
        "sw kalj bhq",
        online=0.35,
        weight=0.9,
        tag="出口退税",
    ),
    _s(
        "lijing",
        "tax",
        P,
        (
            "境外旅客购物离境退税政策",
            "俄罗斯游客购物退税",
            "Tax Refund for Departing Visitors",
            "Tax free для иностранных туристов",
        ),
        "SWJ",
        "WL DSH JYZ",
        "FH",
        "sw kalj",
        online=0.2,
        weight=0.6,
        tag="离境退税",
    ),
    # market regulation
    _s(
        "nianbao",
        "market",
        P,
        ("2026年度经营主体年度报告公示", "营业执照年报", "Annual Report Filing for Businesses", ""),
        "SJ",
        "GSL DXZ JYZ RM",
        "",
        "zwfw xz2 dxz",
        online=0.25,
        weight=1.4,
        tag="年报",
    ),
    _s(
        "food",
        "market",
        T,
        (
            "食品小作坊和山特产品加工食品安全",
            "山货加工卫生要求",
            "Food Safety for Forest Product Workshops",
            "",
        ),
        "SJ",
        "LMX LC DXZ",
        "CH",
        "xz2 dxz zwfw",
        weight=1.0,
        tag="食品安全",
    ),
    _s(
        "dibiao",
        "market",
        P,
        (
            "桦岭蓝莓地理标志证明商标使用管理",
            "蓝莓地标商标怎么用",
            "Hualing Blueberry GI Trademark",
            "",
        ),
        "SJ LMX",
        "LC GSL",
        "AC",
        "zwfw xz2 jlb",
        weight=0.7,
        tag="地理标志",
    ),
    _s(
        "tezhong",
        "safety",
        T,
        ("特种设备安全管理和作业人员", "锅炉电梯安全", "Special Equipment Safety", ""),
        "SJ",
        "YJ LYJ",
        "CD",
        "xz2 jjdl",
        weight=0.8,
        tag="特种设备",
    ),
    _s(
        "getihu",
        "market",
        P,
        ("个体工商户分型分类精准帮扶政策", "个体户帮扶", "Support for Sole Proprietors", ""),
        "SJ GSL",
        "SWJ RM",
        "FHO",
        "zwfw xz2",
        online=0.2,
        weight=0.8,
        tag="个体工商户",
    ),
    # jobs
    _s(
        "syb",
        "jobs",
        T,
        ("SYB创业培训", "创业培训班", "SYB Start Your Business Training", ""),
        "RS",
        "ZGH JGH DXZ",
        "",
        "rlzysc zjzx",
        durs=(480,),
        weight=1.0,
        series=True,
        days=5,
        tag="创业",
    ),
    _s(
        "zhibo",
        "jobs",
        T,
        ("电子商务师（直播销售员）职业技能", "直播带货技能班", "Livestream Sales Skills", ""),
        "RS",
        "RM LMX",
        "FI",
        "zjzx",
        durs=(480,),
        weight=0.9,
        series=True,
        days=3,
        tag="直播电商",
    ),
    _s(
        "zhuangang",
        "jobs",
        T,
        ("林区转岗职工职业技能提升", "林业职工转岗技能班", "Reskilling for Former Loggers", ""),
        "RS LYJ",
        "JGH ZGH QSLC",
        "A",
        "jjdl zjzx qslc",
        durs=(240, 480),
        weight=1.0,
        series=True,
        tag="转岗",
    ),
    _s(
        "wengang",
        "jobs",
        P,
        ("失业保险稳岗返还政策", "稳岗返还怎么领", "Job Retention Subsidy", ""),
        "RS",
        "GSL BHQ RM",
        "",
        "rlzysc zwfw",
        online=0.3,
        weight=0.9,
        tag="稳岗返还",
    ),
    _s(
        "kuogang",
        "jobs",
        P,
        ("一次性扩岗补助政策", "招人有补贴", "One-off Hiring Subsidy", ""),
        "RS",
        "GSL BHQ",
        "",
        "rlzysc zwfw",
        online=0.3,
        weight=0.6,
        tag="扩岗补助",
    ),
    _s(
        "qianxin",
        "jobs",
        P,
        ("《保障农民工工资支付条例》", "拖欠工资怎么办", "Migrant Worker Wage Protection", ""),
        "RS",
        "ZGH JYZ DXZ",
        "E",
        "rlzysc xz1",
        weight=0.8,
        tag="根治欠薪",
    ),
    _s(
        "minsu",
        "tourism",
        T,
        ("民宿管家职业技能", "民宿服务员培训", "Homestay Host Training", ""),
        "RS WL",
        "WL LYJ",
        "H",
        "slgy zjzx",
        durs=(240, 480),
        weight=0.8,
        series=True,
        tag="民宿",
    ),
    _s(
        "yanglao",
        "jobs",
        T,
        ("养老护理员职业技能", "养老护理班", "Elderly Care Worker Training", ""),
        "RS",
        "ZGH",
        "Q",
        "yy zjzx",
        durs=(480,),
        weight=0.6,
        series=True,
        days=3,
        tag="养老护理",
    ),
    # forestry & 林下经济
    _s(
        "lanmei",
        "forest",
        T,
        ("蓝莓标准化栽培管理技术", "蓝莓怎么种产量高", "Blueberry Cultivation Workshop", ""),
        "LC LMX LYJ",
        "LMX QSLC DXZ KX ELC",
        "A",
        "dxz qslc xz2 jlb",
        months=(4, 5, 6),
        weight=1.6,
        durs=(120, 180),
        tag="蓝莓",
    ),
    _s(
        "muer",
        "forest",
        T,
        ("黑木耳菌包生产与林下栽培技术", "木耳挂袋种植", "Black Fungus Cultivation", ""),
        "LC LYJ",
        "QSLC KX DXZ",
        "A",
        "qslc dxz xz2",
        weight=1.1,
        durs=(120, 180),
        tag="黑木耳",
    ),
    _s(
        "linwa",
        "forest",
        T,
        ("中国林蛙人工养殖技术规范", "林蛙养殖", "Forest Frog Farming", ""),
        "LC LYJ",
        "QSLC KX",
        "A",
        "qslc xz2 jjdl",
        weight=0.9,
        tag="林蛙",
    ),
    _s(
        "zhongyao",
        "forest",
        T,
        ("林下中药材（刺五加、五味子）种植技术", "林下种药材", "Understory Herb Cultivation", ""),
        "LC",
        "KX ELC QSLC",
        "A",
        "xz2 xinlu qslc",
        weight=0.8,
        tag="中药材",
    ),
    _s(
        "songzi",
        "forest",
        P,
        ("红松籽采集承包管理规定", "松塔采摘承包", "Korean Pine Nut Harvest Rules", ""),
        "LYJ",
        "LC QSLC ELC",
        "A",
        "jjdl qslc",
        months=(5, 6),
        weight=0.7,
        tag="红松籽",
    ),
    _s(
        "tianbao",
        "forest",
        T,
        ("天然林保护修复制度", "管护员巡山要点", "Natural Forest Protection", ""),
        "LYJ LC",
        "QSLC JGH",
        "A",
        "jjdl qslc",
        weight=0.8,
        tag="天保",
    ),
    _s(
        "bingchong",
        "forest",
        T,
        ("林业有害生物防治", "松毛虫防治", "Forest Pest Control", ""),
        "LC LYJ",
        "QSLC KX",
        "A",
        "xz2 jjdl qslc",
        months=(5, 6),
        online=0.2,
        weight=0.8,
        tag="病虫害",
    ),
    # fire
    _s(
        "fanghuo",
        "fire",
        T,
        ("森林草原防灭火业务", "春季防火", "Forest Fire Prevention Training", ""),
        "YJ LYJ LC",
        "LC LYJ QSLC DXZ ELC JYZ",
        "A",
        "xz1 jjdl qslc dxz",
        months=(4, 5),
        weight=1.6,
        tag="防火",
    ),
    _s(
        "fanghuo_xj",
        "fire",
        P,
        ("森林防火宣传进林区", "防火知识进社区", "Fire Safety Outreach", ""),
        "YJ LYJ",
        "RM QSLC",
        "",
        "jlb qslc dxz",
        months=(4, 5),
        weight=1.0,
        tag="防火宣传",
    ),
    _s(
        "pujiu",
        "fire",
        T,
        ("半专业扑火队实战化技能", "扑火队训练", "Firefighting Crew Drill", ""),
        "LYJ",
        "YJ QSLC",
        "A",
        "qslc jjdl",
        months=(4, 5),
        durs=(180, 240),
        weight=0.7,
        tag="扑火",
    ),
    # safety
    _s(
        "anquanyue",
        "safety",
        P,
        ("“安全生产月”安全生产法律法规", "安全生产讲座", "Work Safety Month Lecture", ""),
        "YJ",
        "ZGH BHQ LYJ GSL RM",
        "CEG",
        "xz1 jlb bhq",
        months=(6,),
        weight=1.3,
        tag="安全生产月",
    ),
    _s(
        "youxian",
        "safety",
        T,
        ("有限空间作业安全", "有限空间作业注意啥", "Confined Space Safety", ""),
        "YJ",
        "BHQ ZGH",
        "CD",
        "xz1 bhq",
        weight=0.7,
        tag="有限空间",
    ),
    _s(
        "fangxun",
        "safety",
        T,
        ("防汛抗旱应急处置", "防汛演练培训", "Flood Preparedness", ""),
        "YJ",
        "JYZ DXZ",
        "",
        "xz1 jyz",
        months=(6,),
        weight=0.7,
        tag="防汛",
    ),
    # tourism
    _s(
        "kangyang",
        "tourism",
        T,
        ("森林康养基地服务规范", "森林康养怎么做", "Forest Wellness Service Standards", ""),
        "WL LYJ",
        "LYJ LC LMX",
        "HQ",
        "slgy jlb",
        weight=1.0,
        tag="森林康养",
    ),
    _s(
        "jiangjie",
        "tourism",
        T,
        ("森林生态旅游讲解员", "导游讲解培训", "Forest Guide Interpretation", ""),
        "WL",
        "LYJ RS",
        "HR",
        "slgy jlb",
        weight=0.7,
        series=True,
        tag="讲解员",
    ),
    _s(
        "ru_jiedai",
        "tourism",
        T,
        (
            "对俄旅游接待服务与俄语会话",
            "俄罗斯游客接待",
            "Serving Russian Tourists",
            "Обслуживание российских туристов",
        ),
        "WL DSH",
        "JYZ SW DSH",
        "HF",
        "kalj jyz slgy",
        weight=0.9,
        tag="俄语",
    ),
    _s(
        "bishu",
        "tourism",
        P,
        (
            "2027年避暑旅游季推介",
            "夏季旅游推介会",
            "Summer Cool Retreat Promotion",
            "Летний туристический сезон",
        ),
        "WL",
        "RM LYJ DSH",
        "HR",
        "jlb slgy",
        months=(5, 6),
        weight=0.8,
        tag="避暑",
    ),
    _s(
        "duanshipin",
        "media",
        T,
        ("文旅短视频与直播推介", "拍抖音推景区", "Tourism Short Video Marketing", ""),
        "RM WL",
        "WL RM",
        "RI",
        "rmt jlb",
        online=0.3,
        weight=0.8,
        tag="短视频",
    ),
    # unions
    _s(
        "xinli",
        "union",
        P,
        ("职工心理健康", "解压减压讲座", "Employee Mental Health", ""),
        "ZGH JGH",
        "JGH ZGH",
        "",
        "zgzx jlb yy",
        online=0.15,
        weight=1.0,
        tag="心理健康",
    ),
    _s(
        "laomo",
        "union",
        P,
        ("劳模工匠精神宣讲", "劳模讲故事", "Model Workers Talk", ""),
        "ZGH",
        "JGH RM",
        "",
        "zgzx jlb",
        months=(4, 5),
        weight=0.7,
        tag="劳模",
    ),
    _s(
        "nvzhigong",
        "union",
        P,
        ("女职工权益保护专项集体合同", "女职工权益讲座", "Women Workers' Rights", ""),
        "ZGH JGH",
        "JGH",
        "",
        "zgzx jlb",
        weight=0.6,
        tag="女职工",
    ),
    _s(
        "jingsai",
        "union",
        T,
        ("职工职业技能竞赛赛前集训", "技能比武集训", "Skills Contest Prep", ""),
        "JGH ZGH",
        "ZGH RS",
        "",
        "jjdl zgzx zjzx",
        durs=(180, 240),
        weight=0.7,
        tag="技能竞赛",
    ),
    # media
    _s(
        "xinmeiti",
        "media",
        T,
        ("政务新媒体运营规范", "公众号怎么运营", "Gov New Media Operations", ""),
        "RM",
        "",
        "",
        "rmt",
        online=0.3,
        weight=0.6,
        tag="新媒体",
    ),
    # towns & farming
    _s(
        "dadou",
        "farm",
        T,
        ("大豆高产栽培技术", "大豆种植", "Soybean High-yield Techniques", ""),
        "DXZ KX",
        "KX DXZ",
        "A",
        "dxz",
        months=(4, 5),
        weight=0.8,
        tag="大豆",
    ),
    _s(
        "huinong",
        "farm",
        P,
        ("强农惠农富农政策", "惠农政策讲解", "Rural Support Policies", ""),
        "DXZ JYZ ELC",
        "RM KX",
        "A",
        "dxz jyz xinlu",
        weight=0.9,
        tag="惠农",
    ),
    _s(
        "hubian",
        "farm",
        T,
        ("边境管控与护边员履职", "护边员培训", "Border Patrol Volunteer Training", ""),
        "JYZ",
        "ELC",
        "",
        "jyz",
        weight=0.6,
        tag="护边员",
    ),
    _s(
        "huapi",
        "ethnic",
        T,
        ("鄂伦春族桦树皮制作技艺传承", "桦皮画手工课", "Oroqen Birch-bark Craft", ""),
        "ELC WL",
        "WL RM ZGH",
        "R",
        "xinlu",
        weight=0.8,
        series=True,
        tag="桦树皮",
    ),
    # science & investment
    _s(
        "tanhui",
        "science",
        P,
        ("森林生态与碳汇", "森林碳汇是啥", "Forest Carbon Sinks", ""),
        "KX",
        "LYJ LC",
        "",
        "xz2 jlb",
        weight=0.7,
        tag="碳汇",
    ),
    _s(
        "ai",
        "science",
        T,
        ("人工智能工具在办公中的应用", "AI办公入门", "AI Tools at Work", ""),
        "KX RM",
        "ZGH",
        "",
        "xz2 rmt zjzx",
        online=0.3,
        weight=0.7,
        tag="人工智能",
    ),
    _s(
        "yingshang",
        "invest",
        P,
        ("优化营商环境政策", "营商环境政策", "Business Environment Reform", ""),
        "GSL BHQ",
        "SW SJ SWJ",
        "",
        "xz1 zwfw bhq",
        weight=0.9,
        tag="营商环境",
    ),
    _s(
        "rongzi",
        "invest",
        P,
        ("民营企业融资对接", "企业贷款对接会", "SME Financing Match-up", ""),
        "GSL",
        "BHQ SW",
        "",
        "xz1 zwfw",
        weight=0.7,
        tag="融资",
    ),
)
SUBJ: dict[str, Subject] = {s.key: s for s in SUBJECTS}


# --------------------------------------------------------------------------- departments


@dataclass
class Dept:
    key: str
    name: str
    short: str
    voice: str
    kw: tuple[str, str]  # (training word, publicity word)
    id_style: str
    kind: str
    time_fmt: str
    place: tuple[tuple[str, float], ...]
    room_style: str
    home: str
    topics: dict[str, tuple[str, ...]]
    contact: tuple[str, str]
    sep: str = ""
    name_pref: str = "formal"
    signin: float = 0.0
    signin_min: int = 30
    round_end: float = 0.0
    fw: float = 0.0
    spaced: float = 0.0
    series_fmt: str = "paren"
    class_fmt: str = "paren_cn"
    town_fmt: str = "special"
    sector_fmt: str = "none"
    regions: str = "none"
    own_region: str = ""
    code_fmt: str = "dash"
    code_in: str = "location"
    platform: str = "腾讯会议"
    reg_base: str = ""
    cap_prob: float = 0.3
    when: str = "long"
    desc_prob: float = 0.85
    lang: str = "zh"
    slogans: tuple[str, ...] = ()
    decos: tuple[str, ...] = ()
    online_bias: float = 0.0


DEPTS: dict[str, Dept] = {
    d.key: d
    for d in (
        Dept(
            "SW",
            "桦岭县商务局",
            "县商务局",
            "notice",
            ("培训班", "宣讲会"),
            "sw",
            T,
            "off_sec",
            (("prefixed", 0.6), ("official", 0.4)),
            "cn",
            "xz1",
            {
                "trade": ("稳外贸", "对俄贸易", "外贸政策"),
                "tax": ("惠企政策",),
                "invest": ("营商环境", "招商引资"),
                "tourism": ("边境旅游",),
                "_": ("商务",),
            },
            ("刘科长", "0458-3621705"),
            sector_fmt="cn",
            cap_prob=0.5,
            series_fmt="cn_prefix",
            decos=("2027年第二季度",),
        ),
        Dept(
            "SJ",
            "桦岭县市场监督管理局",
            "县市场监管局",
            "colon",
            ("培训", "宣讲"),
            "sj",
            P,
            "naive",
            (("short", 0.6), ("old", 0.4)),
            "fnum",
            "xz2",
            {
                "market": ("年报", "信用监管", "食品安全"),
                "tax": ("惠企",),
                "invest": ("营商环境",),
                "safety": ("特种设备",),
                "_": ("市场监管",),
            },
            ("赵女士", "0458-3627312"),
            sep=" ",
            signin=0.8,
            spaced=0.7,
            sector_fmt="letter",
            code_fmt="plain",
            platform="钉钉",
            when="short",
            series_fmt="plain",
            slogans=("市监局：",),
        ),
        Dept(
            "SWJ",
            "国家税务总局桦岭县税务局",
            "县税务局",
            "campaign",
            ("专题辅导", "政策解读"),
            "swj",
            T,
            "off_ms",
            (("official", 0.8), ("short", 0.2)),
            "cn",
            "sw",
            {
                "tax": ("税费优惠", "纳税服务", "办税缴费"),
                "trade": ("出口退税",),
                "invest": ("营商环境",),
                "market": ("税费优惠",),
                "_": ("税收宣传",),
            },
            ("纳税服务股", "0458-12366"),
            sector_fmt="letter",
            cap_prob=0.6,
            code_in="both",
            reg_base="https://hl.taxschool.cn/bm/",
            slogans=("“春雨润苗”专项行动", "便民办税春风行动"),
            online_bias=0.1,
        ),
        Dept(
            "RS",
            "桦岭县人力资源和社会保障局",
            "县人社局",
            "slogan",
            ("培训班", "政策宣讲"),
            "rs",
            T,
            "off_min",
            (("old", 0.6), ("short", 0.4)),
            "roomno",
            "rlzysc",
            {
                "jobs": ("就业创业", "职业技能", "稳就业"),
                "union": ("劳动保障",),
                "tourism": ("技能培训",),
                "_": ("人社服务",),
            },
            ("孙老师", "0458-3623390"),
            signin=0.7,
            signin_min=20,
            round_end=0.6,
            fw=0.6,
            sector_fmt="cn",
            cap_prob=0.95,
            platform="钉钉",
            series_fmt="paren",
            reg_base="https://www.hualing.gov.cn/rsj/bm?id=",
            slogans=("春风行动", "技能照亮前程"),
            decos=("（公益）", "（名额有限）"),
            when="short",
            class_fmt="paren_cn",
        ),
        Dept(
            "LC",
            "桦岭县林业和草原局",
            "县林草局",
            "plain",
            ("技术培训", "宣传"),
            "lc",
            T,
            "naive_min",
            (("address", 0.7), ("short", 0.3)),
            "bare",
            "xz2",
            {"forest": ("林下经济", "生态保护", "林业技术"), "fire": ("森林防火",), "_": ("林草",)},
            ("于工", "0458-3625861"),
            signin=0.2,
            round_end=0.3,
            sector_fmt="cn",
            regions="towns",
            code_fmt="space",
            when="shi",
            series_fmt="plain",
        ),
        Dept(
            "WL",
            "桦岭县文化广电和旅游局",
            "县文广旅局",
            "bilingual",
            ("培训", "推介会"),
            "wl",
            T,
            "off_sec",
            (("english", 0.6), ("short", 0.4)),
            "en",
            "jlb",
            {
                "tourism": ("文旅融合", "森林旅游", "Forest Tourism"),
                "ethnic": ("非遗",),
                "media": ("文旅宣传",),
                "tax": ("入境游",),
                "_": ("文旅",),
            },
            ("陈女士", "0458-3628026"),
            sep=", ",
            name_pref="formal",
            sector_fmt="cn",
            platform="抖音直播",
            reg_base="https://hlwl.hualing.gov.cn/events/",
            cap_prob=0.5,
            series_fmt="en",
            class_fmt="letter",
        ),
        Dept(
            "YJ",
            "桦岭县应急管理局",
            "县应急局",
            "bracket",
            ("培训", "宣讲"),
            "yj",
            T,
            "naive",
            (("short", 0.8), ("official", 0.2)),
            "roomno",
            "xz1",
            {"fire": ("森林防火", "防灭火"), "safety": ("安全生产", "应急管理"), "_": ("应急",)},
            ("马科长", "0458-3622119"),
            round_end=0.8,
            code_fmt="plain",
            slogans=("【县应急管理局】",),
        ),
        Dept(
            "RM",
            "桦岭县融媒体中心",
            "县融媒体中心",
            "live",
            ("公开课", "直播"),
            "rm",
            P,
            "z",
            (("short", 0.7), ("old", 0.3)),
            "di",
            "rmt",
            {"_": ("直播", "政策解读")},
            ("新闻热线", "0458-3620000"),
            code_fmt="plain",
            code_in="desc",
            platform="融媒直播",
            name_pref="plain",
            desc_prob=0.7,
            when="slash",
            online_bias=0.5,
        ),
        Dept(
            "ZGH",
            "桦岭县总工会",
            "县总工会",
            "union",
            ("培训", "讲座"),
            "zgh",
            P,
            "off_sec",
            (("old", 0.7), ("short", 0.3)),
            "cn",
            "zgzx",
            {
                "union": ("职工服务", "工会"),
                "jobs": ("技能提升",),
                "safety": ("劳动保护",),
                "tax": ("个税",),
                "_": ("职工",),
            },
            ("周老师", "0458-3624458"),
            signin=0.5,
            fw=0.2,
            cap_prob=0.6,
            name_pref="plain",
            decos=("（公益）",),
            class_fmt="num",
        ),
        Dept(
            "GSL",
            "桦岭县工商业联合会",
            "县工商联",
            "colon",
            ("培训会", "宣讲会"),
            "gsl",
            P,
            "off_sec",
            (("official", 0.8), ("short", 0.2)),
            "di",
            "xz1",
            {
                "invest": ("民营经济", "惠企"),
                "trade": ("外贸", "惠企"),
                "tax": ("惠企政策",),
                "market": ("个体工商户",),
                "jobs": ("惠企",),
                "_": ("商会",),
            },
            ("吴秘书长", "0458-3626677"),
            sector_fmt="cn",
            slogans=("县工商联：",),
        ),
        Dept(
            "BHQ",
            "桦岭边境经济合作区管理委员会",
            "边合区管委会",
            "english",
            ("Workshop", "Briefing"),
            "bhq",
            T,
            "z_ms",
            (("english", 0.8), ("short", 0.2)),
            "en",
            "bhq",
            {
                "trade": ("Cross-border Trade", "对俄贸易"),
                "invest": ("Investment", "营商环境"),
                "tax": ("Tax Incentives",),
                "safety": ("Work Safety",),
                "jobs": ("Employment",),
                "_": ("HBECZ",),
            },
            ("Ms. Li", "0458-3690218"),
            sep=", ",
            name_pref="en",
            sector_fmt="en",
            code_fmt="plain",
            code_in="url",
            reg_base="https://www.hbecz.gov.cn/events/register/",
            cap_prob=0.5,
            lang="en",
            when="en",
            series_fmt="en",
            class_fmt="letter",
            town_fmt="en",
        ),
        Dept(
            "DSH",
            "桦岭县对俄经贸商会",
            "县对俄经贸商会",
            "russian",
            ("Семинар", "Презентация"),
            "dsh",
            P,
            "utc_off",
            (("russian", 0.6), ("address", 0.4)),
            "fnum",
            "kalj",
            {
                "trade": ("对俄贸易", "Россия", "边贸"),
                "tourism": ("俄语接待",),
                "tax": ("退税",),
                "invest": ("投资",),
                "_": ("商会活动",),
            },
            ("Наталья / 王娜", "0458-3691177"),
            sep=" / ",
            sector_fmt="en",
            code_fmt="space",
            lang="ru",
            when="ru",
            series_fmt="ru",
        ),
        Dept(
            "LMX",
            "桦岭县蓝莓产业协会",
            "县蓝莓产业协会",
            "signup",
            ("技术培训", "交流会"),
            "lmx",
            T,
            "naive_min",
            (("lyj", 0.6), ("address_old", 0.4)),
            "bare",
            "jlb",
            {
                "forest": ("蓝莓", "林下经济", "种植技术"),
                "market": ("地理标志", "品牌"),
                "trade": ("电商",),
                "tourism": ("采摘游",),
                "jobs": ("电商",),
                "_": ("蓝莓产业",),
            },
            ("协会办公室", "139-4580-2617"),
            spaced=0.5,
            sector_fmt="letter",
            cap_prob=0.7,
            reg_base="https://www.wjx.cn/vm/",
            name_pref="plain",
            decos=("（免费）",),
            when="short",
            desc_prob=0.6,
        ),
        Dept(
            "LYJ",
            "龙江森工集团桦岭林业局有限公司",
            "林业局",
            "lyj_notice",
            ("培训", "宣传教育"),
            "lyj",
            T,
            "naive",
            (("lyj", 0.75), ("old", 0.25)),
            "cn",
            "jjdl",
            {
                "forest": ("林下经济", "森林管护", "职工增收"),
                "fire": ("森林防火", "护林防火"),
                "jobs": ("转岗就业",),
                "tourism": ("森林旅游",),
                "safety": ("安全生产",),
                "_": ("局务",),
            },
            ("局办公室", "0458-3580101"),
            signin=0.5,
            round_end=0.2,
            regions="farms",
            decos=("2027年第二季度",),
            series_fmt="cn_prefix",
        ),
        Dept(
            "JGH",
            "龙江森工集团桦岭林业局有限公司工会委员会",
            "局工会",
            "colon",
            ("培训", "宣讲"),
            "jgh",
            P,
            "naive_min",
            (("lyj", 0.8), ("old", 0.2)),
            "bare",
            "jlb",
            {
                "union": ("职工之家", "局工会"),
                "jobs": ("技能比武",),
                "tax": ("职工福利",),
                "_": ("工会",),
            },
            ("局工会", "0458-3580233"),
            fw=0.3,
            regions="farms",
            slogans=("局工会：",),
            class_fmt="num",
        ),
        Dept(
            "QSLC",
            "龙江森工集团桦岭林业局有限公司青山林场",
            "青山林场",
            "farm",
            ("培训", "宣讲"),
            "qslc",
            T,
            "naive",
            (("lyj", 0.7), ("short", 0.3)),
            "di",
            "qslc",
            {"forest": ("林下经济",), "fire": ("防火",), "_": ("林场",)},
            ("场办", "0458-3587106"),
            signin=0.6,
            regions="own",
            own_region="青山林场",
            series_fmt="plain",
        ),
        Dept(
            "DXZ",
            "桦岭县东兴镇人民政府",
            "东兴镇",
            "town",
            ("培训会", "宣讲会"),
            "dxz",
            P,
            "off_sec",
            (("short", 0.7), ("old", 0.3)),
            "cn",
            "dxz",
            {
                "farm": ("惠农", "春耕"),
                "market": ("个体户",),
                "fire": ("防火",),
                "_": ("乡村振兴",),
            },
            ("党政办", "0458-3651020"),
            regions="own",
            own_region="东兴镇",
            name_pref="plain",
        ),
        Dept(
            "JYZ",
            "桦岭县江源镇人民政府",
            "江源镇",
            "colon",
            ("培训", "宣讲"),
            "jyz",
            P,
            "naive",
            (("short", 0.5), ("address", 0.5)),
            "fnum",
            "jyz",
            {"trade": ("边民互市", "口岸"), "farm": ("惠农",), "_": ("边境",)},
            ("镇党政办", "0458-3668801"),
            regions="own",
            own_region="江源镇",
            slogans=("江源镇：",),
            name_pref="plain",
        ),
        Dept(
            "KX",
            "桦岭县科学技术协会",
            "县科协",
            "lecture",
            ("讲座", "讲座"),
            "kx",
            P,
            "off_sec",
            (("official", 0.7), ("short", 0.3)),
            "di",
            "xz2",
            {
                "science": ("科普", "科学素质"),
                "forest": ("碳汇", "科技助农"),
                "farm": ("科技助农",),
                "_": ("科普",),
            },
            ("郑老师", "0458-3629015"),
            sector_fmt="none",
        ),
        Dept(
            "ELC",
            "桦岭县新鹿鄂伦春族乡人民政府",
            "新鹿乡",
            "ethnic",
            ("培训班", "展示活动"),
            "elc",
            T,
            "naive_min",
            (("short", 0.8), ("old", 0.2)),
            "bare",
            "xinlu",
            {"ethnic": ("非遗", "鄂伦春"), "forest": ("林下种植",), "_": ("民族团结",)},
            ("乡文化站", "0458-3672215"),
            regions="own",
            own_region="新鹿鄂伦春族乡",
            name_pref="plain",
        ),
    )
}


# --------------------------------------------------------------------------- sessions


@dataclass
class Session:
    sid: int
    subj: Subject
    lead: str
    start: datetime
    end: datetime
    kind: str
    mode: str  # onsite / online / hybrid
    bkey: str = ""
    room: Room | None = None
    platform: str = ""
    code: str = ""
    token: str = ""
    series: int = 0
    klass: int = 0
    town: str = ""
    part: str = ""
    capacity: int | None = None
    cohosts: list[str] = field(default_factory=list)
    days: int = 1


@dataclass
class Ctx:
    rng: random.Random
    sessions: list[Session] = field(default_factory=list)
    negatives: list[tuple[str, int, int]] = field(default_factory=list)
    occupied: dict[tuple[str, str, date], list[tuple[datetime, datetime]]] = field(
        default_factory=dict
    )
    codes: set[str] = field(default_factory=set)
    used_slots: set[tuple[str, str, date]] = field(default_factory=set)
    place_style: dict[tuple[str, str], str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    ids: set[tuple[str, str]] = field(default_factory=set)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    kx_titles: dict[int, int] = field(default_factory=dict)


def _cn(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    tens, ones = divmod(n, 10)
    return CN_DIGITS[tens] + "十" + (CN_DIGITS[ones] if ones else "")


def _days() -> list[date]:
    out: list[date] = []
    d = SEASON_START
    while d <= SEASON_END:
        if d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


ALL_DAYS = _days()


def _pick_day(rng: random.Random, months: tuple[int, ...], weekend: bool = False) -> date:
    pool = [d for d in ALL_DAYS if d.month in months and (weekend or d.weekday() < 5)]
    return rng.choice(pool)


def _at(d: date, minutes: int) -> datetime:
    return datetime(d.year, d.month, d.day, minutes // 60, minutes % 60, tzinfo=CST)


def _free(ctx: Ctx, bkey: str, room: Room, st: datetime, en: datetime, days: int) -> bool:
    for i in range(days):
        day = st.date() + timedelta(days=i)
        s2 = st + timedelta(days=i)
        e2 = en - timedelta(days=days - 1 - i)
        for a, b in ctx.occupied.get((bkey, room.key, day), []):
            if s2 < b and a < e2:
                return False
    return True


def _occupy(ctx: Ctx, bkey: str, room: Room, st: datetime, en: datetime, days: int) -> None:
    for i in range(days):
        day = st.date() + timedelta(days=i)
        s2 = st + timedelta(days=i)
        e2 = en - timedelta(days=days - 1 - i)
        ctx.occupied.setdefault((bkey, room.key, day), []).append((s2, e2))


def _code(ctx: Ctx) -> str:
    while True:
        c = f"{ctx.rng.randint(100, 999)}{ctx.rng.randint(100, 999)}{ctx.rng.randint(100, 999)}"
        if c not in ctx.codes:
            ctx.codes.add(c)
            return c


def _token(rng: random.Random, n: int = 10) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _capacity(rng: random.Random, subj: Subject, room: Room | None, mode: str) -> int:
    if mode == "online":
        return rng.choice((200, 300, 500))
    if room is not None and room.hall:
        return rng.choice((80, 100, 120, 150, 200))
    if subj.series:
        return rng.choice((30, 40, 50))
    return rng.choice((30, 40, 50, 60, 80))


def _make(
    ctx: Ctx,
    subj: Subject,
    lead: str,
    day: date,
    start_min: int,
    dur: int,
    *,
    mode: str = "onsite",
    bkey: str = "",
    room: Room | None = None,
    series: int = 0,
    klass: int = 0,
    town: str = "",
    part: str = "",
    days: int = 0,
    exclude: tuple[str, ...] = (),
) -> Session | None:
    rng = ctx.rng
    ndays = days or subj.days
    if ndays > 1:
        while day.weekday() > 5 - ndays or any(
            (day + timedelta(days=i)) in HOLIDAYS for i in range(ndays)
        ):
            day += timedelta(days=1)
        if day > SEASON_END - timedelta(days=ndays):
            return None
    st = _at(day, start_min)
    if ndays > 1:
        en = _at(day + timedelta(days=ndays - 1), start_min + dur)
    else:
        en = st + timedelta(minutes=dur)
    if mode != "online":
        if not bkey:
            bkey = rng.choice((*subj.venues, DEPTS[lead].home))
        b = BUILDINGS[bkey]
        if room is None:
            cands = [r for r in b.rooms if r.key not in exclude]
            rng.shuffle(cands)
            for r in cands:
                if _free(ctx, bkey, r, st, en, ndays):
                    room = r
                    break
            if room is None:
                return None
        elif not _free(ctx, bkey, room, st, en, ndays):
            return None
        _occupy(ctx, bkey, room, st, en, ndays)
    s = Session(
        sid=len(ctx.sessions) + 1,
        subj=subj,
        lead=lead,
        start=st,
        end=en,
        kind=subj.kind,
        mode=mode,
        bkey=bkey if mode != "online" else "",
        room=room if mode != "online" else None,
        series=series,
        klass=klass,
        town=town,
        part=part,
        days=ndays,
    )
    if mode != "onsite":
        lead_d = DEPTS[lead]
        s.platform = lead_d.platform if lead_d.platform in ("腾讯会议", "钉钉") else "腾讯会议"
        s.code = _code(ctx)
        s.token = _token(rng)
    s.capacity = _capacity(rng, subj, s.room, mode)
    ctx.sessions.append(s)
    ctx.used_slots.add((subj.key, lead, day))
    return s


MORNING = (8 * 60 + 30, 9 * 60, 9 * 60, 9 * 60 + 30, 10 * 60)
AFTERNOON = (13 * 60 + 30, 14 * 60, 14 * 60, 14 * 60 + 30, 15 * 60)


def _slot(rng: random.Random, dur: int) -> int:
    if dur >= 240:
        return rng.choice((8 * 60 + 30, 9 * 60))
    if dur > 150:
        return rng.choice((8 * 60 + 30, 9 * 60, 13 * 60 + 30))
    return rng.choice(MORNING + AFTERNOON)


def _mode(rng: random.Random, subj: Subject, lead: str) -> str:
    p = subj.online + DEPTS[lead].online_bias
    x = rng.random()
    if x < p * 0.7:
        return "online"
    if x < p:
        return "hybrid"
    return "onsite"


def _neg(ctx: Ctx, kind: str, a: Session | None, b: Session | None) -> None:
    if a is not None and b is not None:
        ctx.negatives.append((kind, a.sid, b.sid))


# --------------------------------------------------------------------------- hard negatives


def _build_negatives(ctx: Ctx) -> None:
    rng = ctx.rng

    # 1. series episodes on different days (第2期 / 第3期)
    series_plan = [
        ("syb", "RS"),
        ("syb", "RS"),
        ("zhibo", "RS"),
        ("zhuangang", "LYJ"),
        ("zhuangang", "RS"),
        ("minsu", "WL"),
        ("yanglao", "RS"),
        ("jiangjie", "WL"),
        ("huapi", "ELC"),
    ]
    for skey, lead in series_plan:
        subj = SUBJ[skey]
        first = rng.randint(1, 5)
        n_ep = rng.randint(2, 4)
        dur = rng.choice(subj.durs)
        smin = _slot(rng, dur)
        bkey = rng.choice(subj.venues)
        day = _pick_day(rng, (4,)) if n_ep >= 3 else _pick_day(rng, (4, 5))
        prev: Session | None = None
        for i in range(n_ep):
            s = None
            for _ in range(8):
                s = _make(ctx, subj, lead, day, smin, dur, bkey=bkey, series=first + i)
                if s is not None:
                    break
                day += timedelta(days=1)
            _neg(ctx, "series_episode", prev, s)
            prev = s if s is not None else prev
            day += timedelta(days=rng.choice((7, 10, 14)))
            if day > SEASON_END - timedelta(days=6):
                break

    # 2. parallel classes (一班 / 二班) at the same hour in two rooms of one building
    class_plan = [
        ("syb", "RS", "rlzysc"),
        ("zhibo", "RS", "zjzx"),
        ("zhuangang", "LYJ", "jjdl"),
        ("yanglao", "RS", "zjzx"),
        ("minsu", "RS", "zjzx"),
    ]
    for skey, lead, bkey in class_plan:
        subj = SUBJ[skey]
        for _ in range(10):
            day = _pick_day(rng, subj.months)
            dur = rng.choice(subj.durs)
            smin = _slot(rng, dur)
            ep = rng.randint(2, 8)
            rooms = [r for r in BUILDINGS[bkey].rooms if not r.hall]
            a = _make(ctx, subj, lead, day, smin, dur, bkey=bkey, room=rooms[0], series=ep, klass=1)
            if a is None:
                continue
            b = _make(ctx, subj, lead, day, smin, dur, bkey=bkey, room=rooms[1], series=ep, klass=2)
            _neg(ctx, "parallel_class", a, b)
            break

    # 3. town specials of one campaign at the same hour
    town_plan = [
        ("fanghuo", "YJ"),
        ("nianbao", "SJ"),
        ("iit", "SWJ"),
        ("qianxin", "RS"),
        ("lanmei", "LC"),
        ("fanghuo_xj", "LYJ"),
        ("getihu", "SJ"),
        ("huinong", "KX"),
    ]
    for skey, lead in town_plan:
        subj = SUBJ[skey]
        towns = ["东兴镇", "江源镇", "新鹿鄂伦春族乡", "青山林场", "桦岭镇"]
        rng.shuffle(towns)
        towns = towns[: rng.randint(2, 3)]
        for _ in range(10):
            day = _pick_day(rng, subj.months)
            smin = rng.choice((9 * 60, 9 * 60 + 30, 14 * 60))
            dur = rng.choice((90, 120))
            made: list[Session] = []
            for town in towns:
                s = _make(ctx, subj, lead, day, smin, dur, bkey=TOWN_VENUE[town], town=town)
                if s is not None:
                    made.append(s)
            if len(made) >= 2:
                for i in range(len(made) - 1):
                    _neg(ctx, "town_special", made[i], made[i + 1])
                break

    # 4. parallel sessions on related subjects in two rooms of one building
    par_plan = [
        ("xgm_vat", "SWJ", "xw_cit", "SWJ", "sw"),
        ("lanmei", "LC", "muer", "LC", "qslc"),
        ("ru_export", "SW", "aeo", "BHQ", "kalj"),
        ("zhibo", "RS", "kjds", "SW", "zjzx"),
        ("anquanyue", "YJ", "youxian", "YJ", "xz1"),
        ("kangyang", "WL", "jiangjie", "WL", "slgy"),
        ("xinli", "ZGH", "nvzhigong", "ZGH", "zgzx"),
    ]
    for k1, l1, k2, l2, bkey in par_plan:
        s1, s2 = SUBJ[k1], SUBJ[k2]
        months = tuple(m for m in s1.months if m in s2.months) or (5,)
        for _ in range(10):
            day = _pick_day(rng, months)
            smin = rng.choice((9 * 60, 14 * 60))
            dur = 120 if s1.days == 1 else s1.durs[0]
            a = _make(ctx, s1, l1, day, smin, dur, bkey=bkey, days=1)
            if a is None or a.room is None:
                continue
            b = _make(
                ctx,
                s2,
                l2,
                day,
                smin,
                rng.choice((90, 120)),
                bkey=bkey,
                days=1,
                exclude=(a.room.key,),
            )
            _neg(ctx, "parallel_rooms", a, b)
            if b is not None:
                break

    # 5. back-to-back in one room, one subject
    btb_plan = [
        ("nianbao", "SJ", "zwfw"),
        ("iit", "SWJ", "sw"),
        ("fanghuo", "LYJ", "jjdl"),
        ("wengang", "RS", "rlzysc"),
        ("huapi", "ELC", "xinlu"),
        ("tanhui", "KX", "xz2"),
        ("ru_jiedai", "DSH", "kalj"),
    ]
    for skey, lead, bkey in btb_plan:
        subj = SUBJ[skey]
        for _ in range(10):
            day = _pick_day(rng, subj.months)
            base = rng.choice((9 * 60, 14 * 60))
            room = rng.choice(BUILDINGS[bkey].rooms)
            labeled = rng.random() < 0.5
            a = _make(
                ctx,
                subj,
                lead,
                day,
                base,
                90,
                bkey=bkey,
                room=room,
                days=1,
                part="第一场" if labeled else "",
            )
            if a is None:
                continue
            c = _make(
                ctx,
                subj,
                lead,
                day,
                base + 90,
                90,
                bkey=bkey,
                room=room,
                days=1,
                part="第二场" if labeled else "",
            )
            _neg(ctx, "back_to_back", a, c)
            if c is not None:
                break

    # 6. weekly repeats of the same course by the same department
    weekly_plan = [
        ("xinmeiti", "RM"),
        ("kangyang", "WL"),
        ("linwa", "LC"),
        ("ai", "KX"),
        ("lanmei", "LMX"),
        ("nianbao", "SJ"),
    ]
    for skey, lead in weekly_plan:
        subj = SUBJ[skey]
        day = _pick_day(rng, (4, 5))
        smin = rng.choice((9 * 60, 14 * 60, 14 * 60 + 30))
        dur = rng.choice((90, 120))
        bkey = rng.choice(subj.venues)
        mode = "online" if skey == "xinmeiti" and rng.random() < 0.5 else "onsite"
        wroom: Room | None = None if mode == "online" else rng.choice(BUILDINGS[bkey].rooms)
        prev = None
        for _ in range(rng.randint(3, 4)):
            s = _make(ctx, subj, lead, day, smin, dur, bkey=bkey, room=wroom, mode=mode, days=1)
            _neg(ctx, "weekly_repeat", prev, s)
            prev = s if s is not None else prev
            day += timedelta(days=7)
            while day in HOLIDAYS:
                day += timedelta(days=7)
            if day > SEASON_END:
                break

    # 7. two departments, different subjects, one building, one hour
    bld_plan = [
        ("wenwaimao", "SW", "anquanyue", "YJ", "xz1"),
        ("nianbao", "SJ", "wengang", "RS", "zwfw"),
        ("tianbao", "LYJ", "jingsai", "JGH", "jjdl"),
        ("bishu", "WL", "laomo", "ZGH", "jlb"),
        ("timber", "BHQ", "yingshang", "GSL", "bhq"),
        ("zhibo", "RS", "ai", "KX", "zjzx"),
    ]
    for k1, l1, k2, l2, bkey in bld_plan:
        s1, s2 = SUBJ[k1], SUBJ[k2]
        months = tuple(m for m in s1.months if m in s2.months) or (6,)
        for _ in range(10):
            day = _pick_day(rng, months)
            smin = rng.choice((9 * 60, 9 * 60 + 30, 14 * 60))
            a = _make(ctx, s1, l1, day, smin, 120, bkey=bkey, days=1)
            if a is None or a.room is None:
                continue
            b = _make(
                ctx,
                s2,
                l2,
                day,
                smin,
                rng.choice((90, 120)),
                bkey=bkey,
                days=1,
                exclude=(a.room.key,),
            )
            _neg(ctx, "same_building_other_dept", a, b)
            if b is not None:
                break

    # 8. same title on two different (non-weekly) days
    same_plan = [
        ("food", "SJ"),
        ("muer", "LC"),
        ("hushi", "JYZ"),
        ("xinli", "JGH"),
        ("dadou", "DXZ"),
        ("rongzi", "GSL"),
        ("tezhong", "SJ"),
    ]
    for skey, lead in same_plan:
        subj = SUBJ[skey]
        d1 = _pick_day(rng, subj.months)
        gap = rng.choice((2, 3, 9, 16, 20))
        d2 = d1 + timedelta(days=gap)
        while d2.weekday() > 4 or d2 in HOLIDAYS:
            d2 += timedelta(days=1)
        if d2 > SEASON_END:
            d2 = d1 - timedelta(days=gap)
            while d2.weekday() > 4 or d2 in HOLIDAYS:
                d2 -= timedelta(days=1)
        dur = rng.choice(subj.durs)
        a = _make(ctx, subj, lead, d1, _slot(rng, dur), dur, days=1)
        b = _make(ctx, subj, lead, d2, _slot(rng, dur), dur, days=1)
        _neg(ctx, "same_title_other_day", a, b)

    # 9. two online sessions at one hour with different meeting codes
    online_plan = [
        ("xgm_vat", "SWJ", "tuishui", "SWJ"),
        ("wengang", "RS", "getihu", "SJ"),
        ("xinmeiti", "RM", "ai", "KX"),
        ("iit", "SWJ", "jjkc", "SWJ"),
        ("ru_export", "BHQ", "wenwaimao", "SW"),
        ("bingchong", "LC", "tianbao", "LYJ"),
        ("xw_cit", "SWJ", "xgm_vat", "SWJ"),
    ]
    for k1, l1, k2, l2 in online_plan:
        s1, s2 = SUBJ[k1], SUBJ[k2]
        months = tuple(m for m in s1.months if m in s2.months) or (5,)
        day = _pick_day(rng, months)
        smin = rng.choice((9 * 60, 10 * 60, 14 * 60, 15 * 60))
        a = _make(ctx, s1, l1, day, smin, 90, mode="online", days=1)
        b = _make(ctx, s2, l2, day, smin, rng.choice((60, 90)), mode="online", days=1)
        _neg(ctx, "online_same_hour", a, b)

    # 10. sibling policies titled alike
    sib_plan = [
        ("xgm_vat", "xw_cit", "SWJ", "SWJ"),
        ("jjkc", "jjdj", "SWJ", "SWJ"),
        ("tuishui", "lijing", "SWJ", "SWJ"),
        ("wengang", "kuogang", "RS", "RS"),
        ("fanghuo", "fanghuo_xj", "YJ", "YJ"),
        ("xgm_vat", "xw_cit", "SWJ", "SWJ"),
        ("wengang", "kuogang", "RS", "RS"),
    ]
    for k1, k2, l1, l2 in sib_plan:
        s1, s2 = SUBJ[k1], SUBJ[k2]
        months = tuple(m for m in s1.months if m in s2.months) or (5,)
        d1 = _pick_day(rng, months)
        same_day = rng.random() < 0.5
        d2 = d1 if same_day else d1 + timedelta(days=rng.choice((1, 2, 3, 8)))
        while d2.weekday() > 4 or d2 in HOLIDAYS:
            d2 += timedelta(days=1)
        if d2 > SEASON_END:
            d2 = d1
            same_day = True
        bkey = rng.choice(s1.venues)
        t1 = rng.choice((9 * 60, 9 * 60 + 30))
        t2 = 14 * 60 if same_day else t1
        a = _make(ctx, s1, l1, d1, t1, 120, bkey=bkey, days=1)
        b = _make(ctx, s2, l2, d2, t2, 120, bkey=bkey, days=1)
        _neg(ctx, "sibling_policy", a, b)


# --------------------------------------------------------------------------- ordinary sessions


def _build_ordinary(ctx: Ctx, target: int) -> None:
    rng = ctx.rng
    weights = [s.weight for s in SUBJECTS]
    tries = 0
    while len(ctx.sessions) < target and tries < target * 20:
        tries += 1
        subj = rng.choices(SUBJECTS, weights=weights, k=1)[0]
        lead = rng.choice(subj.leads)
        weekend = lead in ("LMX", "WL", "ELC") and rng.random() < 0.3
        day = _pick_day(rng, subj.months, weekend=weekend)
        if (subj.key, lead, day) in ctx.used_slots:
            continue
        dur = rng.choice(subj.durs)
        smin = _slot(rng, dur)
        if subj.family == "union" and rng.random() < 0.2:
            smin = 18 * 60 + 30
            dur = 90
        mode = _mode(rng, subj, lead)
        if lead == "RM" and subj.family == "media":
            mode = rng.choice(("online", "hybrid", "onsite"))
        series = 0
        if subj.series:
            runs = sum(1 for x in ctx.sessions if x.subj is subj and x.lead == lead)
            if runs >= 6:
                continue
            series = 1
        _make(ctx, subj, lead, day, smin, dur, mode=mode, series=series)


def _renumber_series(ctx: Ctx) -> None:
    """Number each department's 期 of a course in date order (parallel 班 share one 期)."""
    groups: dict[tuple[str, str], list[Session]] = {}
    for s in ctx.sessions:
        if s.series:
            groups.setdefault((s.subj.key, s.lead), []).append(s)
    for key in sorted(groups):
        runs = sorted(groups[key], key=lambda x: (x.start, x.klass, x.sid))
        n = ctx.rng.randint(0, 3)
        last: datetime | None = None
        for s in runs:
            if not (s.klass > 1 and last == s.start):
                n += 1
            s.series = n
            last = s.start


def _assign_cohosts(ctx: Ctx) -> None:
    rng = ctx.rng
    for s in ctx.sessions:
        cands: list[str] = []
        if s.town:
            other_towns = [g for t, g in TOWN_GOV.items() if t != s.town]
        elif s.lead in TOWN_GOV.values():
            other_towns = list(TOWN_GOV.values())  # a town's own event: no other town posts it
        else:
            other_towns = []
        for c in (*s.subj.cohosts, *s.subj.leads):
            if c != s.lead and c not in cands and c not in other_towns:
                cands.append(c)
        if s.town and TOWN_GOV.get(s.town) and TOWN_GOV[s.town] != s.lead:
            gov = TOWN_GOV[s.town]
            if gov in cands:
                cands.remove(gov)
            if rng.random() < 0.55:
                s.cohosts.append(gov)
        if s.mode != "onsite" and "RM" not in cands and s.lead != "RM":
            cands.append("RM")
        p = 0.34 if not s.cohosts else 0.15
        if cands and rng.random() < p:
            k = rng.choices((1, 2, 3), weights=(64, 28, 8), k=1)[0]
            rng.shuffle(cands)
            for c in cands[:k]:
                if c not in s.cohosts:
                    s.cohosts.append(c)
        s.cohosts = s.cohosts[:3]


# --------------------------------------------------------------------------- rendering


PANGU_A = re.compile(r"([\u4e00-\u9fff])([A-Za-z0-9])")
PANGU_B = re.compile(r"([A-Za-z0-9])([\u4e00-\u9fff])")


def _pangu(text: str) -> str:
    return PANGU_B.sub(r"\1 \2", PANGU_A.sub(r"\1 \2", text))


def _fmt_time(d: Dept, dt: datetime) -> str:
    f = d.time_fmt
    if f == "off_sec":
        return dt.strftime("%Y-%m-%dT%H:%M:%S+08:00")
    if f == "off_min":
        return dt.strftime("%Y-%m-%dT%H:%M+08:00")
    if f == "off_ms":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.000+08:00")
    if f == "naive":
        return dt.strftime("%Y-%m-%dT%H:%M:%S")
    if f == "naive_min":
        return dt.strftime("%Y-%m-%dT%H:%M")
    u = dt.astimezone(UTC)
    if f == "z":
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if f == "z_ms":
        return u.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return u.strftime("%Y-%m-%dT%H:%M:%S+00:00")  # utc_off


def _bname(b: Building, style: str) -> str:
    if style == "prefixed":
        if b.official.startswith("桦岭县"):
            return PREFIX + b.official
        if b.official.startswith("国家税务总局"):
            return b.official
        return PREFIX + "桦岭县" + b.official
    if style == "official":
        return b.official
    if style == "short":
        return b.short
    if style == "old":
        return b.old
    if style == "address":
        return b.address
    if style == "address_old":
        return f"{b.address}（原{b.old}）"
    if style == "english":
        return b.english or b.official
    if style == "russian":
        return b.russian or b.english or b.address
    if style == "lyj":
        return b.lyj or b.old
    return b.official


def _room_text(r: Room, style: str) -> str:
    if r.hall:
        if style == "cn":
            return f"{_cn(r.floor)}楼{r.hall}"
        if style == "fnum":
            return f"{r.floor}F {r.hall}"
        if style == "en":
            return r.hall_en
        if style == "bare":
            return r.hall_alt
        return r.hall
    if style == "cn":
        return f"{_cn(r.floor)}楼第{_cn(r.num)}{r.noun}"
    if style == "fnum":
        return f"{r.floor}F {r.num}号{r.noun}"
    if style == "roomno":
        return f"{r.no}室"
    if style == "di":
        return f"第{r.num}{r.noun}"
    if style == "bare":
        return f"{r.num}{r.noun}"
    if style == "en":
        return f"Room {r.no}"
    return f"{_cn(r.floor)}楼{r.noun}"


def _code_text(code: str, fmt: str) -> str:
    if fmt == "dash":
        return f"{code[:3]}-{code[3:6]}-{code[6:]}"
    if fmt == "space":
        return f"{code[:3]} {code[3:6]} {code[6:]}"
    return code


def _place_style(ctx: Ctx, d: Dept, b: Building) -> str:
    key = (d.key, b.key)
    if key not in ctx.place_style:
        styles = [s for s, _ in d.place]
        ws = [w for _, w in d.place]
        ctx.place_style[key] = ctx.rng.choices(styles, weights=ws, k=1)[0]
    style = ctx.place_style[key]
    if ctx.rng.random() < 0.1:
        style = ctx.rng.choice([s for s, _ in d.place])
    if style == "lyj" and not b.lyj and d.key in ("LMX",):
        style = "old"
    return style


def _venue_text(ctx: Ctx, d: Dept, s: Session) -> str:
    b = BUILDINGS[s.bkey]
    name = _bname(b, _place_style(ctx, d, b))
    room = s.room
    if room is None:
        return name
    rtext = _room_text(room, d.room_style)
    if d.key == "DSH" and _place_style(ctx, d, b) == "russian":
        return f"{name}{d.sep}{b.short}{_room_text(room, 'fnum')}"
    if d.key in ("YJ", "SJ") and ctx.rng.random() < 0.15:
        return f"{name}{d.sep}{_room_text(room, 'floor')}"
    return f"{name}{d.sep}{rtext}"


def _kind_word(d: Dept, kind: str) -> str:
    return d.kw[0] if kind == TRAINING else d.kw[1]


def _with_kw(name: str, kw: str) -> str:
    """Append the kind word unless the name already ends like one (…培训, …班, …技术+技术培训)."""
    if name.endswith(("训", "讲", "会", "座", "课", "班", "推介", "接待", "运营")):
        return name
    for k in range(len(kw), 0, -1):
        if name.endswith(kw[:k]):
            return name + kw[k:]
    return name + kw


def _series_label(d: Dept, s: Session) -> tuple[str, str]:
    """(prefix, suffix) for the 期 / 班 label in this department's style."""
    pre, suf = "", ""
    if s.series:
        n = s.series
        f = d.series_fmt
        if f == "cn_prefix":
            pre = f"第{_cn(n)}期"
        elif f == "plain":
            suf = f"第{n}期"
        elif f == "en":
            suf = f" (Session {n})"
        elif f == "ru":
            suf = f" (поток №{n})"
        else:
            suf = f"（第{n}期）"
    if s.klass:
        cf = d.class_fmt
        if cf == "letter":
            suf += f" Class {'AB'[s.klass - 1]}" if d.lang != "zh" else f"{'AB'[s.klass - 1]}班"
        elif cf == "num":
            suf += f"{s.klass}班"
        else:
            suf += f"（{_cn(s.klass)}班）"
    return pre, suf


def _town_label(d: Dept, s: Session) -> tuple[str, str]:
    if not s.town:
        return "", ""
    short = TOWN_SHORT.get(s.town, s.town)
    if d.lang != "zh":
        return "", f" — {TOWN_PINYIN.get(s.town, short)}"
    if d.own_region == s.town:
        return "", ""  # the town itself does not say "X镇专场" about itself
    style = d.town_fmt
    if d.key in ("SWJ", "LYJ"):
        return "", f"·{short}站"
    if d.key in ("LC", "KX"):
        return f"走进{s.town}·", ""
    if style == "en":
        return "", f" — {TOWN_PINYIN.get(s.town, short)}"
    return "", f"（{s.town}专场）"


def _base_name(d: Dept, subj: Subject, rng: random.Random) -> str:
    pref = d.name_pref
    if pref == "plain":
        return subj.plain if rng.random() < 0.8 else subj.formal
    if pref == "en":
        return subj.en
    return subj.formal


def _title(ctx: Ctx, d: Dept, s: Session, kind: str, show_series: bool) -> str:
    rng = ctx.rng
    key = (
        d.key,
        s.subj.key,
        kind,
        str(s.series if show_series else 0),
        str(s.klass),
        s.town,
        s.part,
    )
    if key in ctx.titles:
        return ctx.titles[key]
    subj = s.subj
    name = _base_name(d, subj, rng)
    kw = _kind_word(d, kind)
    core = _with_kw(name, kw) if d.lang == "zh" else name + kw
    if s.series and show_series:
        pre, suf = _series_label(d, s)
    else:
        pre, suf = _series_label(d, Session(0, subj, "", s.start, s.end, kind, "", klass=s.klass))
    tpre, tsuf = _town_label(d, s)
    part = f"（{s.part}）" if s.part else ""
    v = d.voice
    if v == "notice":
        deco = d.decos[0] if d.decos and rng.random() < 0.3 else ""
        title = f"关于举办{deco}{pre}{tpre}{core}{suf}{tsuf}{part}的通知"
    elif v == "colon":
        title = f"{d.slogans[0]}{tpre}{pre}{core}{suf}{tsuf}{part}"
    elif v == "campaign":
        slogan = d.slogans[0] if subj.family == "tax" else d.slogans[1]
        if rng.random() < 0.6:
            title = f"{slogan}｜{tpre}{core}{suf}{tsuf}{part}"
        else:
            title = f"{tpre}{core}{suf}{tsuf}{part}——{slogan}"
    elif v == "slogan":
        slogan = d.slogans[0] if subj.family == "jobs" else d.slogans[1]
        tail = "（公益）" if rng.random() < 0.6 else ""
        if rng.random() < 0.4:
            tail += "（名额有限）"
        title = f"{slogan}·{pre}{tpre}{core}{suf}{tsuf}{part}{tail}"
    elif v == "plain":
        title = f"{tpre}{pre}{core}{suf}{tsuf}{part}"
    elif v == "bilingual":
        en_kw = "Workshop" if kind == TRAINING else "Promotion"
        en = f"{subj.en} {en_kw}"
        if s.series and show_series:
            en += f" (Session {s.series})"
        if s.klass:
            en += f" Class {'AB'[s.klass - 1]}"
        if rng.random() < 0.35:
            title = en + tsuf.replace("（", " (").replace("专场）", ")") + part
        else:
            title = f"{pre}{tpre}{core}{suf}{tsuf}{part} | {en}"
    elif v == "bracket":
        title = f"{d.slogans[0]}{tpre}{pre}{core}{suf}{tsuf}{part}"
    elif v == "live":
        if rng.random() < 0.6:
            title = f"直播预告｜{tpre}{subj.plain}{suf}{tsuf}{part}"
        else:
            title = f"【直播】{tpre}{subj.formal}{_kind_word(d, kind)}{suf}{tsuf}{part}"
    elif v == "union":
        tail = d.decos[0] if rng.random() < 0.7 else ""
        title = f"【职工学堂】{tpre}{pre}{core}{suf}{tsuf}{part}{tail}"
    elif v == "english":
        if rng.random() < 0.8:
            p_en = {"第一场": " (Part 1)", "第二场": " (Part 2)"}.get(s.part, "")
            title = f"[HBECZ] {subj.en} {kw}{suf}{tsuf}{p_en}"
        else:
            zkw = "培训" if kind == TRAINING else "政策说明会"
            title = f"HBECZ·{subj.formal}{zkw}{suf}{tsuf}{part}"
    elif v == "russian":
        if subj.ru:
            title = f"{kw} «{subj.ru}»{suf}{tsuf} / {subj.plain}{part}"
        else:
            title = f"{kw}: {subj.en}{suf}{tsuf} / {subj.plain}{part}"
    elif v == "signup":
        tail = d.decos[0] if rng.random() < 0.3 else ""
        title = f"【报名】{tpre}{pre}{core}{suf}{tsuf}{part}{tail}"
    elif v == "lyj_notice":
        deco = d.decos[0] if rng.random() < 0.25 else ""
        if rng.random() < 0.7:
            title = f"关于组织开展{deco}{pre}{tpre}{core}{suf}{tsuf}{part}的通知"
        else:
            title = f"桦岭林业局{deco}{pre}{tpre}{core}{suf}{tsuf}{part}"
    elif v == "farm":
        title = f"青山林场{tpre}{pre}{core}{suf}{tsuf}{part}"
    elif v == "town":
        title = f"东兴镇{tpre}{pre}{core}{suf}{tsuf}{part}"
    elif v == "lecture":
        n = ctx.kx_titles.get(s.sid, 0)
        title = f"科普大讲堂第{n}讲｜{tpre}{subj.formal}{tsuf}{part}"
    else:  # ethnic
        title = f"{tpre}{pre}{core}{suf}{tsuf}{part}（新鹿乡）"
    if d.fw and rng.random() < d.fw:
        title = title.translate(FULLWIDTH)
    if d.spaced and rng.random() < d.spaced:
        title = _pangu(title)
    title = title[:200]
    if v != "lecture":
        ctx.titles[key] = title
    return title


def _topics(ctx: Ctx, d: Dept, s: Session) -> list[str]:
    rng = ctx.rng
    pool = list(d.topics.get(s.subj.family, d.topics["_"]))
    out: list[str] = []
    n = rng.randint(1, min(3, len(pool)))
    for t in rng.sample(pool, n):
        out.append(t)
    if d.key == "RM":
        fam_word = {
            "trade": "外贸",
            "tax": "税收",
            "jobs": "就业",
            "forest": "林下经济",
            "fire": "防火",
            "tourism": "文旅",
            "safety": "安全",
            "market": "市场监管",
            "union": "职工",
        }.get(s.subj.family)
        if fam_word:
            out.append(fam_word)
    if s.subj.tag and rng.random() < 0.5 and s.subj.tag not in out and d.lang == "zh":
        out.append(s.subj.tag)
    if rng.random() < 0.1:
        return []
    return out[:6]


def _audience(ctx: Ctx, d: Dept, s: Session) -> dict[str, list[str]]:
    rng = ctx.rng
    sectors: list[str] = []
    if d.sector_fmt != "none" and s.subj.sectors and rng.random() < 0.75:
        for letter in s.subj.sectors:
            if d.sector_fmt == "letter":
                sectors.append(letter)
            elif d.sector_fmt == "cn":
                sectors.append(SECTORS[letter][0])
            else:
                sectors.append(SECTORS[letter][1])
    regions: list[str] = []
    if s.town and (d.regions != "none" or rng.random() < 0.5):
        regions = [s.town]
    elif d.regions == "own":
        regions = [d.own_region]
    elif d.regions == "farms" and rng.random() < 0.5:
        regions = sorted(rng.sample(FARMS, rng.randint(2, 5)), key=FARMS.index)
    elif d.regions == "towns" and rng.random() < 0.3:
        regions = sorted(rng.sample(TOWNS, rng.randint(1, 3)), key=TOWNS.index)
    return {"sectors": sectors, "regions": regions}


def _ext_id(ctx: Ctx, d: Dept, s: Session) -> str:
    rng = ctx.rng
    n = ctx.counters.get(d.key, rng.randint(8, 40)) + 1
    ctx.counters[d.key] = n
    st = s.start
    style = d.id_style
    if style == "sw":
        out = f"HLSW-2027-{n:04d}"
    elif style == "sj":
        out = f"桦市监宣〔2027〕{n}号"
    elif style == "swj":
        out = f"HLTAX2027Q2{n:05d}"
    elif style == "rs":
        out = f"RSJ-PX-2027-{n:03d}"
    elif style == "lc":
        out = f"LCJ{st:%Y%m%d}-{n:02d}"
    elif style == "wl":
        out = f"wl-event-{n}"
    elif style == "yj":
        out = f"YJGL-2027-{st.month:02d}-{n:04d}"
    elif style == "rm":
        out = f"rmt_{rng.getrandbits(32):08x}"
    elif style == "zgh":
        out = f"ZGH{n:04d}"
    elif style == "gsl":
        out = f"gsl-27-{n}"
    elif style == "bhq":
        out = f"HBECZ-EV-{n:05d}"
    elif style == "dsh":
        out = f"RUS/27/{n:03d}"
    elif style == "lmx":
        out = f"LMXH{n}"
    elif style == "lyj":
        out = f"HLLYJ〔2027〕{n}号"
    elif style == "jgh":
        out = f"JGH-2027-{n:03d}"
    elif style == "qslc":
        out = f"QS{st:%m%d}{n:02d}"
    elif style == "dxz":
        out = f"dxz2027{n:03d}"
    elif style == "jyz":
        out = f"JY-{n:04d}"
    elif style == "kx":
        out = f"KX-KP-{n:03d}"
    else:
        out = f"XLXZ{n:03d}"
    if (d.key, out) in ctx.ids:
        out += f"-{n}"
    ctx.ids.add((d.key, out))
    return out


WEEKDAYS = "一二三四五六日"
INTROS = {
    "trade": (
        "为帮助我县外贸企业用足用好各项稳外贸政策、拓展对俄市场，",
        "为进一步提升企业对俄经贸业务能力，",
    ),
    "tax": ("为确保各项税费优惠政策直达快享，", "为帮助纳税人缴费人及时准确掌握最新政策，"),
    "market": ("为进一步规范经营主体经营行为、提升信用监管效能，",),
    "jobs": ("为深入实施就业优先战略，促进林区职工和城乡劳动者就业创业，",),
    "forest": ("为推动林下经济高质量发展、助力林区转型，", "为提高林农和林场职工种养殖技术水平，"),
    "fire": ("当前正值春季森林防火紧要期，为切实提升防灭火能力，",),
    "safety": ("为进一步压实企业安全生产主体责任，",),
    "tourism": ("为迎接2027年夏季旅游旺季、推动森林旅游提质升级，",),
    "union": ("为关心关爱广大职工身心健康，", "为丰富职工精神文化生活，"),
    "media": ("为提升全县宣传工作者新媒体运营能力，",),
    "farm": ("为做好春耕生产和惠农政策宣传，",),
    "ethnic": ("为保护传承鄂伦春族非物质文化遗产，",),
    "science": ("为弘扬科学精神、普及科学知识，",),
    "invest": ("为持续优化营商环境、服务民营经济发展壮大，",),
}
EXTRAS = {
    "SW": "请各相关企业安排1-2名业务人员参加。",
    "SJ": "请携带营业执照副本复印件，提前签到。",
    "SWJ": "欢迎广大纳税人缴费人踊跃参加，可通过电子税务局“纳税人学堂”模块在线观看回放。",
    "RS": "培训期间免费提供午餐，考核合格者颁发合格证书，按规定享受职业培训补贴。",
    "LC": "请各乡镇林业站组织种植大户、合作社负责人参加。",
    "YJ": "请各单位严格执行森林防火期管理规定，按时参加，不得缺席。",
    "ZGH": "活动免费，欢迎职工朋友带家属参加。",
    "GSL": "请各商会会员企业积极参加。",
    "LMX": "协会会员和种植户均可报名，现场有专家答疑。",
    "LYJ": "请各林场（所）、各单位高度重视，按时组织人员参加，职工可乘坐局通勤车。",
    "JGH": "请各基层工会组织会员参加。",
    "QSLC": "全场管护员、承包户务必参加。",
    "DXZ": "请各村“两委”成员及农户代表参加。",
    "JYZ": "请互市贸易点商户及边民代表参加。",
    "KX": "讲座免费，欢迎社会各界参加。",
    "ELC": "欢迎乡内外群众、游客参加体验。",
}


def _when_text(d: Dept, s: Session, st: datetime, en: datetime, signin: int) -> str:
    sh, sm = st.hour, st.minute
    eh, em = en.hour, en.minute
    w = d.when
    if s.days > 1:
        last = st.date() + timedelta(days=s.days - 1)
        if w == "en":
            return (
                f"{st.day}–{last.day} {EN_MONTHS[st.month]} {st.year}, daily "
                f"{sh:02d}:{sm:02d}–{eh:02d}:{em:02d}"
            )
        if w == "ru":
            return (
                f"{st.day}–{last.day} {RU_MONTHS[st.month]} {st.year} г., ежедневно "
                f"{sh}:{sm:02d}–{eh}:{em:02d}"
            )
        return (
            f"{st.month}月{st.day}日至{last.month}月{last.day}日（共{s.days}天），"
            f"每天{sh}:{sm:02d}-{eh}:{em:02d}"
        )
    wd = WEEKDAYS[st.weekday()]
    sign = ""
    if signin:
        si = st - timedelta(minutes=signin)
        sign = f"（{si.hour}:{si.minute:02d}开始签到）"
    if w == "long":
        ap = "上午" if sh < 12 else ("下午" if sh < 18 else "晚上")
        return f"{st.year}年{st.month}月{st.day}日（星期{wd}）{ap}{sh}:{sm:02d}—{eh}:{em:02d}{sign}"
    if w == "short":
        return f"{st.month}月{st.day}日（周{wd}）{sh}:{sm:02d}-{eh}:{em:02d}{sign}"
    if w == "shi":
        ap = "上午" if sh < 12 else "下午"
        h12 = sh if sh <= 12 else sh - 12
        mm = f"{sm}分" if sm else ""
        return f"{st.month}月{st.day}日{ap}{h12}时{mm}{sign}"
    if w == "en":
        return (
            f"{st.day} {EN_MONTHS[st.month]} {st.year}, {sh:02d}:{sm:02d}–{eh:02d}:{em:02d}"
            " (Beijing time)"
        )
    if w == "ru":
        return (
            f"{st.day} {RU_MONTHS[st.month]} {st.year} г., {sh}:{sm:02d}–{eh}:{em:02d} "
            "(по пекинскому времени)"
        )
    return f"{st:%m/%d} {sh:02d}:{sm:02d}-{eh:02d}:{em:02d}"  # slash


def _description(
    ctx: Ctx,
    d: Dept,
    s: Session,
    loc: str | None,
    code_txt: str,
    is_lead: bool,
    signin: int,
) -> str | None:
    rng = ctx.rng
    if rng.random() > d.desc_prob:
        return None
    lead = DEPTS[s.lead]
    when = _when_text(d, s, s.start, s.end, signin)
    where = loc or ""
    if d.lang == "en":
        parts = [f"{s.subj.en}."]
        if not is_lead:
            parts.append(f"Organised by {lead.short}; HBECZ co-organiser.")
        parts.append(f"Date: {when}.")
        if where:
            parts.append(f"Venue: {where}.")
        if code_txt:
            parts.append(f"Online: {s.platform} meeting ID {code_txt}.")
        parts.append(f"Contact: {d.contact[0]}, tel. {d.contact[1]}.")
        return " ".join(parts)
    if d.lang == "ru":
        ru = s.subj.ru or s.subj.en
        parts = [f"{ru}. {when}."]
        if where:
            parts.append(f"Место: {where}.")
        if code_txt:
            parts.append(f"Онлайн: {s.platform} {code_txt}.")
        parts.append(f"Русский/китайский перевод. 联系人：{d.contact[0]} {d.contact[1]}")
        return " ".join(parts)
    intro = rng.choice(INTROS.get(s.subj.family, ("",)))
    name = s.subj.formal
    if is_lead:
        body = f"{intro}{d.short}定于{when}举办{_with_kw(name, _kind_word(d, s.kind))}。"
    else:
        who = "我局" if d.key in ("LYJ", "SJ", "YJ", "RS", "SW", "LC") else "我单位"
        if d.key in ("DXZ", "JYZ"):
            who = "我镇"
        if d.key == "ELC":
            who = "我乡"
        if d.key == "QSLC":
            who = "我场"
        body = f"{lead.short}联合{who}于{when}开展{s.subj.plain}相关活动，欢迎参加。"
    parts = [body]
    if where and not (s.mode == "online" and code_txt and code_txt in where):
        parts.append(f"地点：{where}。")
    if code_txt and code_txt not in where:
        parts.append(f"线上参加：{s.platform}会议号 {code_txt}。")
    extra = EXTRAS.get(d.key)
    if extra and rng.random() < 0.6:
        parts.append(extra)
    parts.append(f"联系人：{d.contact[0]}，电话：{d.contact[1]}。")
    text = "".join(parts)
    if d.key == "RM":
        text = f"{when} 锁定融媒直播间！{s.subj.plain}。" + (
            f"同步{s.platform}：{code_txt}" if code_txt else ""
        )
    return text


def _ceil_hour(dt: datetime, half: bool) -> datetime:
    if dt.minute == 0:
        return dt
    if half and dt.minute <= 30:
        return dt.replace(minute=30)
    return dt.replace(minute=0) + timedelta(hours=1)


def _render(ctx: Ctx, s: Session, dk: str, is_lead: bool, lead_reg: str | None) -> dict[str, Any]:
    rng = ctx.rng
    d = DEPTS[dk]
    # kind: the lead says what it is; a co-host often files under its own default kind
    kind = s.kind
    if not is_lead and d.kind != s.kind and rng.random() < 0.5:
        kind = d.kind
    if is_lead and rng.random() < 0.03:
        kind = TRAINING if kind == PUBLICITY else PUBLICITY
    show_series = is_lead or rng.random() < 0.5
    title = _title(ctx, d, s, kind, show_series)

    # times
    p_start, p_end = s.start, s.end
    signin = 0
    if s.days > 1 and not is_lead and rng.random() < 0.3:
        p_end = s.start.replace(hour=s.end.hour, minute=s.end.minute)  # first day only
    if d.signin and rng.random() < d.signin and s.mode != "online":
        signin = d.signin_min
        p_start = s.start - timedelta(minutes=signin)
    if d.round_end and rng.random() < d.round_end:
        p_end = _ceil_hour(p_end, half=d.key == "LC")

    # venue / online
    location: str | None
    url: str | None = None
    code_txt = ""
    venue = _venue_text(ctx, d, s) if s.mode != "online" else ""
    if s.mode != "onsite":
        code_fmt = d.code_fmt if rng.random() < 0.85 else rng.choice(("dash", "plain", "space"))
        code_txt = _code_text(s.code, code_fmt)
        plat = s.platform
        if d.code_in == "url":
            url = (
                f"https://meeting.tencent.com/p/{s.code}"
                if plat == "腾讯会议"
                else (f"https://meeting.dingtalk.com/j/{s.token}")
            )
            online_loc = f"{plat}" if d.lang == "zh" else f"Online ({plat})"
        elif d.code_in == "both":
            url = (
                f"https://meeting.tencent.com/dm/{s.token}"
                if plat == "腾讯会议"
                else f"https://meeting.dingtalk.com/j/{s.token}"
            )
            online_loc = f"{plat}：{code_txt}"
        elif d.code_in == "desc":
            url = f"https://live.hlrmt.cn/room/{s.sid * 7 + 1000}"
            online_loc = "融媒直播间"
        else:
            url = None
            if rng.random() < 0.5 or s.mode != "online":
                online_loc = f"{plat}：{code_txt}"
            else:
                online_loc = f"线上（{plat}会议号：{code_txt}）"
        if d.platform == "抖音直播" and rng.random() < 0.5:
            url = f"https://live.douyin.com/{70000000000 + s.sid * 131}"
        if s.mode == "online":
            location = online_loc
        elif d.lang != "zh":
            location = f"{venue} + online ({plat})"
        else:
            location = f"{venue}（同步开通{online_loc}）"
        if d.code_in == "desc" and s.mode != "online":
            location = venue
        if d.code_in == "url" and d.lang == "zh":
            code_txt = code_txt if rng.random() < 0.5 else ""
    elif d.key == "RM":
        location = venue
        url = f"https://live.hlrmt.cn/room/{s.sid * 7 + 1000}"
    else:
        location = venue
    if not is_lead and rng.random() < 0.15:
        location = rng.choice((None, None, "待定", "另行通知", "详见附件"))
        if s.mode != "onsite" and url is None and rng.random() < 0.5:
            location = None
    if location is not None and d.fw and rng.random() < d.fw * 0.3:
        location = location.translate(FULLWIDTH)
    if location is not None:
        location = location[:500]

    desc = _description(
        ctx, d, s, location, code_txt if s.mode != "onsite" else "", is_lead, signin
    )

    cap: int | None = None
    if rng.random() < d.cap_prob:
        cap = s.capacity
        if not is_lead and cap is not None and rng.random() < 0.4:
            cap = max(10, (cap // 3) // 5 * 5)  # the co-host's own quota
    reg: str | None = None
    if d.reg_base:
        if d.key == "LMX":
            reg = f"{d.reg_base}{rng.randint(10000000, 99999999)}.aspx"
        else:
            reg = f"{d.reg_base}{s.sid * 13 + 700}"
    elif not is_lead and lead_reg and rng.random() < 0.3:
        reg = lead_reg

    inp: dict[str, Any] = {
        "externalId": _ext_id(ctx, d, s),
        "kind": kind,
        "title": title,
        "start": _fmt_time(d, p_start),
        "end": _fmt_time(d, p_end),
        "location": location,
        "onlineUrl": url,
        "description": desc,
        "topics": _topics(ctx, d, s),
        "audience": _audience(ctx, d, s),
        "capacity": cap,
        "registrationUrl": reg,
    }
    if d.time_fmt.startswith("naive"):
        inp["timezone"] = "Asia/Shanghai"
    return {
        "department": d.name,
        "input": inp,
        "truth": {
            "session": s.sid,
            "kind": s.kind,
            "start": s.start.isoformat(),
            "end": s.end.isoformat(),
        },
    }


# --------------------------------------------------------------------------- driver


def _build(seed: int) -> tuple[list[dict[str, Any]], Ctx]:
    rng = random.Random(seed)
    ctx = Ctx(rng=rng)
    _build_negatives(ctx)
    _build_ordinary(ctx, target=rng.randint(715, 750))
    _renumber_series(ctx)
    _assign_cohosts(ctx)
    kx_runs = sorted(
        (s for s in ctx.sessions if s.lead == "KX" or "KX" in s.cohosts),
        key=lambda x: (x.start, x.sid),
    )
    for i, s in enumerate(kx_runs):
        ctx.kx_titles[s.sid] = 38 + i  # 科普大讲堂 has run since 2025
    records: list[dict[str, Any]] = []
    for s in ctx.sessions:
        lead_rec = _render(ctx, s, s.lead, True, None)
        records.append(lead_rec)
        lead_reg = lead_rec["input"]["registrationUrl"]
        for c in s.cohosts:
            records.append(_render(ctx, s, c, False, lead_reg))
        if rng.random() < 0.02:  # the lead re-posts a supplementary notice
            extra = _render(ctx, s, s.lead, True, None)
            extra["input"]["title"] = (extra["input"]["title"] + "（补充通知）")[:200]
            records.append(extra)
    rng.shuffle(records)
    return records, ctx


def generate(seed: int) -> list[dict[str, Any]]:
    return _build(seed)[0]


def _chars(text: str) -> set[str]:
    return {ch for ch in text if ch.isalnum()}


def stats(seed: int = 0) -> dict[str, Any]:
    records, ctx = _build(seed)
    per: dict[int, list[dict[str, Any]]] = {}
    for r in records:
        per.setdefault(r["truth"]["session"], []).append(r)
    hist: dict[int, int] = {}
    cohosted = 0
    low_overlap = 0
    for sid in sorted(per):
        recs = per[sid]
        hist[len(recs)] = hist.get(len(recs), 0) + 1
        depts = sorted({r["department"] for r in recs})
        if len(depts) >= 2:
            cohosted += 1
        titles = [r["input"]["title"] for r in recs]
        for i in range(1, len(titles)):
            a, b = _chars(titles[0]), _chars(titles[i])
            if a and b and len(a & b) / len(a | b) < 0.15:
                low_overlap += 1
    neg: dict[str, int] = {}
    for kind, _, _ in ctx.negatives:
        neg[kind] = neg.get(kind, 0) + 1
    online = sum(1 for s in ctx.sessions if s.mode != "onsite")
    return {
        "postings": len(records),
        "sessions": len(per),
        "postings_per_session": dict(sorted(hist.items())),
        "hard_negative_pairs": neg,
        "cohosted_share": round(cohosted / len(per), 3),
        "low_overlap_cohost_titles": low_overlap,
        "online_or_hybrid_sessions": online,
        "departments": len({r["department"] for r in records}),
    }


if __name__ == "__main__":
    for sd in (0, 1, 2):
        print(sd, stats(sd))
