"""Labelled workload: 焦原县 (Jiaoyuan County), a coal-and-chemicals county of central Shanxi, Q3 2027.

Synthetic postings of trainings (kind TRAINING, 培训) and policy-publicity sessions
(kind PUBLICITY, 宣讲) for enterprises, as the county's departments post them to the
calendar-deduplication service.  Several departments often co-host one real session and
each posts it in its own words; every posting carries the id of the real session it
announces (``truth.session``).  The benchmark scores pairwise precision/recall over pairs
of postings that share a real session.  Everything here is invented: the county, its
towns, buildings, streets, people, telephone numbers, meeting codes and web addresses.

Data sheet
==========

County
------
* 焦原县, written 山西省晋中市焦原县 in full (晋中市 is the prefecture; area code 0354).
  County seat 城关镇.  Coal mines around 龙门镇 and 石窑镇; coking plants and the
  焦原现代煤化工产业园 (chemicals park) inside 焦原经济技术开发区 (short 焦原经开区 /
  经开区 / 开发区; it was 焦原工业园区 until it was upgraded in 2021 and still has its
  own 管委会); rail-side logistics firms in 柳湾镇; 老陈醋 (mature vinegar) workshops in
  义井镇; millet (谷子/小米) in 南庄镇, 东山乡 and 桃园乡; tourism at 峪口古堡 (峪口镇).
* Towns: 城关镇 (Chengguan), 龙门镇 (Longmen), 石窑镇 (Shiyao; 石窑乡 until 2016),
  柳湾镇 (Liuwan), 义井镇 (Yijing), 峪口镇 (Yukou), 南庄镇 (Nanzhuang); townships
  东山乡 (Dongshan), 桃园乡 (Taoyuan).  ``audience.regions`` only ever holds these names.

Season and office hours
-----------------------
* 2027-07-01 .. 2027-09-30, local time Asia/Shanghai (UTC+8, no daylight saving).
* Sessions run Monday-Friday; none on 2027-09-15 (中秋节).  Summer office hours are
  08:30-12:00 and 15:00-18:00.  Morning sessions start at 09:00 (some 09:30/10:00),
  afternoon sessions at 15:00 (some 14:30/15:30), sign-in opens 30 minutes before the
  start.  Full-day classes run 09:00 (or 08:30) to 17:00/17:30.  The union (县总工会) holds
  a few evening talks 19:30-21:00.  Durations are 1-3 hours, or a full day.

Departments and how each writes
-------------------------------
Title styles: F = formal (subject + 培训班/专题培训/政策宣讲会 ...), P = plain language,
S = slogan (sometimes "slogan——subject"), A = acronym or abbreviation only (双预控,
HAZOP, PSM, SYB, 数电票, 高企, CCER, 危化品 ...), E = English.  Time styles: ``+08:00``
offset; ``naive`` = no offset plus ``"timezone": "Asia/Shanghai"``; ``UTC``.  "sign-in"
is the probability that an office posts the sign-in time (start minus 30 min) instead of
the programme start.  "kind" is what an office files when it is a co-host (the lead
office always files the real kind).

==== ============================ ============================================================
key  full name (short names)      conventions
==== ============================ ============================================================
yjj  焦原县应急管理局             F/S/A; prefix 【县应急局】, "专项行动" campaign prefixes; Chinese
     (县应急局, 县应急管理局)     numerals 三楼/第一会议室; calls its own building 县应急局; +08:00,
                                  sign-in 60%; topics 安全生产 双重预防机制 隐患排查治理.
nyj  焦原县能源局 (县能源局)      F with 关于举办…的通知; full prefixes 山西省晋中市焦原县…; OLD
                                  building names (县煤炭工业局大楼, 县安监局大楼); naive times,
                                  sometimes without seconds; topics 煤矿安全 瓦斯防治 智能化煤矿.
rsj  焦原县人力资源和社会保障局   F with 关于举办…的通知; Arabic numerals, floors 3F/3楼; +08:00,
     (县人社局)                   sign-in 50%; as a co-host files the other kind 15% of the
                                  time; topics 职业技能提升 社会保险 以工代训.
swj  国家税务总局焦原县税务局     F/S, 【税费政策】, （免费）; posts in UTC (``Z`` 60%, sometimes
     (县税务局)                   ``.000Z``; ``+00:00`` 40%); co-host kind always PUBLICITY;
                                  externalId is a UUID; meeting codes without separators.
scj  焦原县市场监督管理局         F/S; qualifiers after a dash (——第2期); spaces between venue parts
     (县市场监管局)               (40%); full-width digits (25%); naive times; topics 食品安全
                                  两个责任 特种设备安全.
sthj 晋中市生态环境局焦原分局     F; city-level prefixes 晋中市焦原县…; shifts ends by 30 min
     (县生态环境分局)             (40%); topics 生态环境 排污许可 环境执法.
gxj  焦原县工业信息化和商务局     F/A; abbreviation 经开区 (90%); topics 专精特新 数字化转型
     (县工信商务局, 县工信局)     商贸物流 惠企政策.
ybj  焦原县医疗保障局 (县医保局)  F/P; official building names; topics 医疗保险 医保政策 职工医保.
kjj  焦原县科学技术局 (县科技局)  F/A; old names 30% (科创中心 = 县创业孵化基地); naive times,
                                  mostly without seconds; topics 科技创新 高新技术企业.
kfq  焦原经济技术开发区管理委员会 F/P, sometimes English titles and English venues ("Room 301, 3F,
     (经开区管委会)               Building B, Jiaoyuan ETDZ Administrative Committee"); wings as
                                  A座/B座; topics 惠企 园区服务 安全生产.
zgh  焦原县总工会                 S/F/P; old names 40% (its own building = 县工人文化宫); topics
                                  职工权益 劳动保护 技能竞赛; co-host kind flips 15%.
gsl  焦原县工商业联合会 (县工商联) P/S, （公益）; co-host kind always PUBLICITY; gives no venue
                                  (20%) or 另行通知 (8%) as a co-host; topics 惠企 民营经济.
dx   中共焦原县委党校 (县委党校)  F; wings by name (教学楼/综合楼); co-host kind always TRAINING;
                                  topics often empty.
rmt  焦原县融媒体中心             S/P; co-host kind always PUBLICITY; often 另行通知; adds its
                                  own live-stream link (live.jyrongmei.cn) to physical sessions.
mtxh 焦原县煤炭工业协会           F; OLD names (县煤炭职工培训学校, 县煤炭工业局大楼); naive times,
     (县煤炭协会)                 sign-in 60%; topics 煤炭行业 会员服务.
nyncj 焦原县农业农村局            F/P; venues in town halls; topics 特色农业 乡村振兴.
wlj  焦原县文化和旅游局 (县文旅局) S/F; old names 30% (visitor centre = 峪口镇文化站).
lm   焦原县龙门镇人民政府         P; writes its own hall as 镇政府/本镇政府 without county prefix;
sy   焦原县石窑镇人民政府         drops its own town's qualifier (XX镇专场) 70% of the time;
ds   焦原县东山乡人民政府         topics mostly empty; lm/ds +08:00 without seconds, sy naive.
==== ============================ ============================================================

Buildings, their names and rooms
--------------------------------
Name templates: ``{c}`` = county prefix chosen per posting from "", 县, 焦原县, 晋中市焦原县,
山西省晋中市焦原县, 山西省焦原县 (``{C}`` is the same but never empty); ``{z}`` = zone
(开发区, 经开区, 经济技术开发区, 焦原经开区, 焦原经济技术开发区, 晋中市焦原经济技术开发区,
山西省晋中市焦原经济技术开发区, 山西焦原经开区); ``{t}`` = town with optional county prefix,
``{T}`` = bare town name.  Names without a template get the county (or zone) prefix when an
office writes full prefixes.  An old name is sometimes written with 原 in front.

* zw 政务服务中心, 迎宾路88号, 城关镇.  Official {c}政务服务中心; short {C}政务中心,
  {C}政务大厅, 政务大厅; OLD {c}行政服务中心 (renamed 2020 when the 行政审批服务管理局 moved
  in); landmark {c}迎宾路政务大楼, 迎宾路88号.  Rooms: 3F 第一会议室 (80), 3F 第二会议室 (40),
  2F 多功能厅/多功能会议室 (150), 5F 第三会议室 (30).
* yj 应急管理局办公楼, 文化街12号.  Official {C}应急管理局办公楼, {C}应急管理局; short
  {C}应急局, {C}应急局大楼; OLD {C}安监局大楼, {C}安全生产监督管理局大楼 (the 安监局 became
  the 应急管理局 in 2019); landmark 文化街12号院, {c}文化街应急大楼.  Rooms: 301培训室,
  302培训室 (3F, 60 each), 4F 应急指挥中心会商室/指挥中心会商室/会商室 (30), 1F
  报告厅/学术报告厅 (120).
* ny 能源局办公楼, 解放路56号.  Official {C}能源局办公楼, {C}能源局; short {C}能源局大楼;
  OLD {C}煤炭工业局大楼, {C}煤炭局大楼 (the 煤炭工业局 became the 能源局 in 2019); landmark
  解放路56号, {c}解放路能源大楼.  Rooms: 4F 调度会议室/调度中心会议室 (40), 2F 培训室/培训教室
  (60), 3F 第一会议室 (50).
* rs 公共就业和人才服务中心, 滨河路16号.  Official {c}公共就业和人才服务中心; short
  {C}人力资源市场, {C}人社局就业服务大厅, 人力资源市场; OLD {C}人才交流中心, {C}劳动力市场;
  landmark 滨河路人力资源市场, 滨河路16号.  Rooms: 2F 第一培训教室, 2F 第二培训教室 (50 each),
  1F 招聘大厅/零工市场大厅 (200), 3F 会议室 (30).
* sw 税务局办公楼, 新华街20号.  Official 国家税务总局焦原县税务局, {C}税务局办公楼; short
  {C}税务局, 税务大楼; OLD {C}地税局大楼, {C}地方税务局 (national and local tax merged 2018);
  landmark 新华街税务大楼, 新华街20号.  Rooms: 2F 纳税人学堂/纳税人学校/税收宣传教室 (80),
  4F 第一会议室 (40), 4F 第二会议室 (30).
* kc 科技创新服务中心, 创新路8号.  Official {c}科技创新服务中心; short {C}科创中心, 科创中心,
  {C}双创中心; OLD {C}创业孵化基地, {C}孵化器; landmark 创新路众创大厦, 众创大厦.  Rooms: 1F
  路演厅/路演中心 (120), 302会议室, 303会议室 (3F, 40 each).
* kfq 开发区管委会, 园区大道1号 (in the zone).  Official {z}管理委员会, {z}管委会; short
  {z}管委会大楼, {z}管委会; OLD {c}工业园区管委会 (before the 2021 upgrade); landmark
  园区大道1号, {z}园区大道1号; English "Jiaoyuan ETDZ Administrative Committee" / "Jiaoyuan
  Economic and Technological Development Zone Administrative Committee".  Wings: 1号楼 = A座 =
  行政楼, 2号楼 = B座 = 企业服务中心.  Rooms: A座 1F 大会议室 (120), B座 3F 招商路演厅/路演厅
  (100), B座 301会议室, B座 302会议室 (50 each).
* hg 煤化工产业园综合服务楼, 纬三路8号 (in the zone).  Official 焦原现代煤化工产业园综合服务楼;
  short 化工园区服务楼, {z}化工园区综合楼; OLD 焦化工业园办公楼, 焦化园区办公楼 (the park was
  焦化工业园 before 2020); landmark 纬三路8号, {z}纬三路园区综合楼.  Rooms: 2F 安全培训室/
  安全教育室 (60), 3F 第一会议室 (40).
* dx 县委党校, 府西街35号.  Official 中共焦原县委党校, {C}委党校; short 党校, {C}委党校;
  OLD {c}行政学校; landmark 府西街党校, 府西街35号.  Wings: 1号楼 = A座 = 教学楼, 2号楼 = B座
  = 综合楼.  Rooms: 教学楼 1F 报告厅/学术报告厅 (200), 综合楼 201教室, 202教室, 203教室 (60).
* gh 职工服务中心, 人民路45号.  Official {c}职工服务中心; short {C}总工会大楼, 职工之家;
  OLD {c}工人文化宫; landmark 人民路45号, {c}人民路工会大楼.  Rooms: 3F 报告厅/多功能报告厅
  (150), 2F 职工书屋/职工书屋阅览室 (30), 4F 第一会议室 (40).
* rmt 融媒体中心, 广电路9号.  Official {c}融媒体中心; short {C}融媒体中心大楼, 融媒大楼; OLD
  {c}广播电视台, {C}电视台大楼; landmark 广电路9号, {c}广电路融媒大楼.  Rooms: 1F 第一演播厅
  (60), 5F 会议室 (30).
* mk 煤矿安全技术培训中心, 龙门镇矿区路3号.  Official {c}煤矿安全技术培训中心; short
  {C}煤培中心, 煤矿培训中心; OLD {c}煤炭职工培训学校, {C}煤校; landmark {t}煤培基地,
  龙门镇矿区路3号.  Wings: 1号楼 = A座 = 教学楼, 2号楼 = B座 = 实训楼.  Rooms: 教学楼 1F
  报告厅 (180), 教学楼 201教室, 202教室 (60), 实训楼 1F 第一实训室, 第二实训室 (40).
* yk 峪口古堡景区游客服务中心, 峪口镇.  Official {c}峪口古堡景区游客服务中心; short
  峪口古堡游客中心, 游客中心; OLD {t}文化站 (the town's cultural station until the scenic area
  took the building over in 2023); landmark 峪口古堡东门, 古堡东门游客中心.  Rooms: 2F 会议室
  (40), 1F 多功能厅 (100).
* t-* town halls, one per town: official {t}人民政府; short {T}政府, {T}人民政府; landmark
  {T}政府大院, {T}便民服务中心; OLD names only for 石窑镇 (石窑乡人民政府, 石窑乡政府) and
  柳湾镇 (柳湾乡政府).  The town's own government also writes 镇政府 / 本镇政府 / 镇便民服务中心
  (乡政府 … for 东山乡).  Rooms: 会议室/大会议室 on 2F or 3F (60); 龙门镇, 石窑镇, 义井镇 and
  南庄镇 also have 1F 党群服务中心活动室 (80).

Room spellings: floors 三楼/3楼/3F/3层/三层; ordinal rooms 第一会议室/一号会议室/1号会议室/
会议室1/第1会议室; numbered rooms 301培训室/301室/培训室301/301 (sometimes with the floor in
front); wings 2号楼/2#楼/二号楼/B座/综合楼; the room is sometimes written first
("301培训室（县应急局三楼）", "第一会议室，政务中心三楼"); optional street address in
brackets; optional spaces between parts; full-width digits (and full-width letters/spaces)
from the offices that use them.  kfq writes some venues in English.

Online sessions
---------------
Tencent Meeting (腾讯会议) or DingTalk (钉钉) with 9-digit codes written 842-331-907,
842331907 or 842 331 907 (full-width when the office uses full-width digits), in the
location ("腾讯会议：842 331 907", "线上（腾讯会议号 842-331-907）") and/or in the URL
(``https://meeting.tencent.com/dm/<slug>``, ``https://meeting.tencent.com/p/<code>``,
``https://meeting.dingtalk.com/j/<slug>``); the media centre streams on
``https://live.jyrongmei.cn/room/<slug>``.  Some postings say only 线上 / 线上会议.
Hybrid sessions have a room and a link; co-hosts may give only the room, only the link, or
both.  Every session has its own code, except the weekly recurring series (same code, one
session per week).

Titles
------
Decorations: office tag (【县应急局】, 【税费政策】), 关于举办/开展…的通知, 2027年第三季度 /
2027年 / 2027年度, campaign prefixes (安全生产治本攻坚专项行动·, "惠企政策进万企"专项行动·),
【报名】, 【线上】/【直播】, （名额有限）, （公益）/（免费）, full-width digits.  Qualifiers:
series 第2期/第二期, class 一班/第一班/1班, level 初级/中级/高级(班), town 龙门镇专场/龙门镇站/
（龙门镇）/走进龙门镇·/【龙门镇】.  Co-hosts may drop a series number (kept with the office's
``series_keep`` probability), rarely a class; the town's own government usually drops its own
town qualifier.  English titles use "(Session 2, Class 1, Basic Level, Longmen Town)".

Hard negatives (built deliberately; counted by ``stats``)
--------------------------------------------------------
* parallel_rooms: two or three classes (一班/二班/三班) of one training in adjacent rooms
  of one building at the same hour, led by different offices.
* qualifier_variants: same subject at the same hour, either levels 初级/中级/高级 in
  different rooms of one building, or town specials (XX镇专场) run online with different
  meeting codes.
* same_room_am_pm: one office's class 一班 in the morning and 二班 in the afternoon in the
  same room.
* successive_days: the same office's same course in the same room at the same time on 2-3
  consecutive working days, with or without 第N期.
* same_building_other_policy: two or three offices briefing different subjects in
  different rooms of one building at the same hour.
* town_tour: one office touring towns with one title (same hour on successive days, or two
  towns a day, morning and afternoon).
* lookalike_titles: sibling subjects within one week (养老保险 / 医疗保险 / 工伤保险 / 失业保险;
  增值税 / 企业所得税 / 研发加计扣除 / 资源税 / 小微税费; 低压电工 / 焊接特种作业 / 焊工技能;
  高企认定 / 科技型中小企业评价 / 专精特新; 排污许可 / 危废; 老陈醋生产许可 / 酿造工艺;
  叉车 / 起重机; 医保政策 / 医保基金监管; 瓦斯防治 / 智能化煤矿; PSM / HAZOP / 危化品).
* online_same_hour: two online sessions at the same hour with different codes.
* recurring_code: a weekly online series (税费政策云课堂; 惠企政策在线解读/直播间) reusing one meeting
  code or live room on successive weeks.

Label rules (what counts as one session)
----------------------------------------
* One real session = one subject, one qualifier set (series, class, level, town), one
  place (room, or meeting code/live room), one time.  Every posting of it shares
  ``truth.session``; ``truth.kind/start/end`` are the real kind and programme times
  (+08:00), the same on every posting of the session.
* A posting that omits a qualifier, the venue (None / 另行通知) or the code still belongs to
  the session it announces.  Posted start may be the sign-in time (30 min early); posted
  end may differ by 30 minutes or be rounded to 12:00/18:00.
* No two sessions share a room at overlapping times (30-minute gap enforced), and no two
  sessions share a meeting code except the weekly recurring series on different days.
* Kind, title wording and topics are the posting office's choice and never decide identity.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

T = TypeVar("T")

TZ_NAME = "Asia/Shanghai"
TR = "TRAINING"
PB = "PUBLICITY"
SEASON_START = date(2027, 7, 1)
SEASON_END = date(2027, 9, 30)
HOLIDAYS: tuple[date, ...] = (date(2027, 9, 15),)

TOWNS: tuple[str, ...] = (
    "城关镇",
    "龙门镇",
    "石窑镇",
    "柳湾镇",
    "义井镇",
    "峪口镇",
    "南庄镇",
    "东山乡",
    "桃园乡",
)
TOWN_EN: dict[str, str] = {
    "城关镇": "Chengguan Town",
    "龙门镇": "Longmen Town",
    "石窑镇": "Shiyao Town",
    "柳湾镇": "Liuwan Town",
    "义井镇": "Yijing Town",
    "峪口镇": "Yukou Town",
    "南庄镇": "Nanzhuang Town",
    "东山乡": "Dongshan Township",
    "桃园乡": "Taoyuan Township",
}
TOWN_HALL: dict[str, str] = {
    "城关镇": "t-cg",
    "龙门镇": "t-lm",
    "石窑镇": "t-sy",
    "柳湾镇": "t-lw",
    "义井镇": "t-yj",
    "峪口镇": "t-yk",
    "南庄镇": "t-nz",
    "东山乡": "t-ds",
    "桃园乡": "t-ty",
}
TOWN_GOV: dict[str, str] = {"龙门镇": "lm", "石窑镇": "sy", "东山乡": "ds"}

COUNTY_FORMS: tuple[str, ...] = (
    "",
    "县",
    "焦原县",
    "晋中市焦原县",
    "山西省晋中市焦原县",
    "山西省焦原县",
)
NAME_CATS: tuple[str, ...] = ("official", "short", "old", "landmark")
WING_STYLES: tuple[str, ...] = ("num", "hash", "cn", "letter", "name")
FLOOR_STYLES: tuple[str, ...] = ("cn_lou", "ar_lou", "F", "ar_ceng", "cn_ceng")
TITLE_STYLES: tuple[str, ...] = ("formal", "plain", "slogan", "acronym", "english")
QUAL_PLACES: tuple[str, ...] = ("paren", "prefix", "dash", "inline")
CODE_STYLES: tuple[str, ...] = ("dash", "plain", "space")

TRAIN_SUFFIX: tuple[str, ...] = ("培训班", "专题培训", "培训会", "专题培训班")
PUB_SUFFIX: tuple[str, ...] = ("政策宣讲会", "专题宣讲", "宣讲活动", "政策解读会")
LEVEL_EN: dict[str, str] = {
    "初级": "Basic Level",
    "中级": "Intermediate Level",
    "高级": "Advanced Level",
}
NOUN_EN: dict[str, str] = {
    "会议室": "Conference Room",
    "培训教室": "Training Room",
    "培训室": "Training Room",
    "教室": "Classroom",
    "演播厅": "Studio",
    "实训室": "Practice Room",
}
GENERIC_ONLINE: tuple[str, ...] = (
    "线上会议",
    "线上",
    "腾讯会议",
    "网络视频会议",
    "钉钉线上会议",
)
TBD_TEXTS: tuple[str, ...] = ("另行通知", "地点另行通知", "具体地点另行通知", "待定")
CAMPAIGNS: dict[str, tuple[str, ...]] = {
    "safety": ("安全生产治本攻坚专项行动·", "2027年安全生产百日攻坚专项行动——"),
    "mine": ("煤矿安全生产治本攻坚专项行动·",),
    "chem": ("危险化学品安全风险集中治理专项行动·",),
    "tax": ("“便民办税缴费”专项行动·",),
    "*": ("“惠企政策进万企”专项行动·", "“服务企业年”专项行动·"),
}
PURPOSES: dict[str, str] = {
    "safety": "深入贯彻安全生产法律法规，进一步压实企业安全生产主体责任",
    "mine": "提升全县煤矿安全管理和技术水平",
    "chem": "提升化工园区企业本质安全水平",
    "tax": "帮助纳税人缴费人及时了解、充分享受最新税费优惠政策",
    "social": "进一步做好社会保险政策宣传，保障企业和职工合法权益",
    "medical": "深入宣传医疗保障政策，方便企业和职工参保办事",
    "skills": "提升劳动者职业技能水平，缓解企业用工难题",
    "market": "优化市场环境，压实企业质量安全主体责任",
    "food": "落实食品安全“两个责任”，守护群众舌尖上的安全",
    "env": "推动企业依法履行生态环境保护责任",
    "industry": "推动企业转型升级、实现高质量发展",
    "tech": "激发企业创新活力，推动科技型企业梯次培育",
    "finance": "缓解企业融资难、融资贵问题，持续优化营商环境",
    "union": "维护职工合法权益，推动构建和谐劳动关系",
    "agri": "促进特色农业提质增效，助力乡村振兴",
    "tourism": "推动全县文旅产业高质量发展",
    "logistics": "帮助商贸物流企业纾困解难",
    "policy": "推动惠企政策直达快享",
    "media": "推动惠企政策直达快享",
}
SURNAMES: tuple[str, ...] = (
    "王",
    "李",
    "张",
    "刘",
    "赵",
    "郭",
    "武",
    "梁",
    "闫",
    "任",
    "温",
    "冀",
    "田",
    "乔",
    "侯",
)
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

_CN = "零一二三四五六七八九"
_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_FW_ALL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)} | {" ": "\u3000"})


def _cn(n: int) -> str:
    """Chinese numeral for 0-99."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN[tens]
    return f"{head}十{_CN[ones] if ones else ''}"


def _pick(rng: random.Random, options: Sequence[T], weights: Sequence[float] | None = None) -> T:
    if weights is None:
        return rng.choice(options)
    return rng.choices(list(options), weights=list(weights), k=1)[0]


def _zone_form(level: int, abbrev: bool) -> str:
    core = "经开区" if abbrev else "经济技术开发区"
    if level == 0:
        return "开发区" if abbrev else "经济技术开发区"
    if level == 1:
        return core
    return ("", "", "焦原", "晋中市焦原", "山西省晋中市焦原", "山西焦原")[level] + core


# ---------------------------------------------------------------------------
# Buildings and rooms
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Room:
    key: str
    kind: str  # "ord" (第一会议室), "num" (301室) or "named" (报告厅)
    floor: int
    wing: int = 0
    ordinal: int = 0
    number: str = ""
    noun: str = "会议室"
    names: tuple[str, ...] = ()
    english: str = ""
    capacity: int = 60


@dataclass(frozen=True)
class Building:
    key: str
    town: str
    official: tuple[str, ...]
    short: tuple[str, ...]
    old: tuple[str, ...]
    landmark: tuple[str, ...]
    english: tuple[str, ...]
    address: str
    rooms: tuple[Room, ...]
    wings: tuple[tuple[int, str, str], ...] = ()
    in_zone: bool = False

    def names(self, cat: str) -> tuple[str, ...]:
        table = {
            "official": self.official,
            "short": self.short,
            "old": self.old,
            "landmark": self.landmark,
        }
        return table[cat] or self.official

    def wing(self, number: int) -> tuple[str, str]:
        for n, letter, name in self.wings:
            if n == number:
                return letter, name
        return "A", "主楼"


def _town_hall(
    key: str,
    town: str,
    floor: int,
    address: str,
    old: tuple[str, ...] = (),
    activity_room: bool = False,
) -> Building:
    rooms = [
        Room(
            f"{key}-mr",
            "named",
            floor,
            names=("会议室", "大会议室"),
            english="Conference Room",
            capacity=60,
        )
    ]
    if activity_room:
        rooms.append(
            Room(
                f"{key}-dq",
                "named",
                1,
                names=("党群服务中心活动室", "党群活动室"),
                english="Community Activity Room",
                capacity=80,
            )
        )
    kind_en = "Township" if town.endswith("乡") else "Town"
    return Building(
        key=key,
        town=town,
        official=("{t}人民政府",),
        short=("{T}政府", "{T}人民政府"),
        old=old,
        landmark=("{T}政府大院", "{T}便民服务中心"),
        english=(f"{TOWN_EN[town].rsplit(' ', 1)[0]} {kind_en} Government",),
        address=address,
        rooms=tuple(rooms),
    )


BUILDING_LIST: tuple[Building, ...] = (
    Building(
        key="zw",
        town="城关镇",
        official=("{c}政务服务中心",),
        short=("{C}政务中心", "{C}政务大厅", "政务大厅"),
        old=("{c}行政服务中心",),
        landmark=("{c}迎宾路政务大楼", "迎宾路88号"),
        english=("Jiaoyuan County Government Service Center",),
        address="迎宾路88号",
        rooms=(
            Room("zw-1", "ord", 3, ordinal=1, capacity=80),
            Room("zw-2", "ord", 3, ordinal=2, capacity=40),
            Room(
                "zw-mf",
                "named",
                2,
                names=("多功能厅", "多功能会议室"),
                english="Multi-function Hall",
                capacity=150,
            ),
            Room("zw-3", "ord", 5, ordinal=3, capacity=30),
        ),
    ),
    Building(
        key="yj",
        town="城关镇",
        official=("{C}应急管理局办公楼", "{C}应急管理局"),
        short=("{C}应急局", "{C}应急局大楼"),
        old=("{C}安监局大楼", "{C}安全生产监督管理局大楼"),
        landmark=("文化街12号院", "{c}文化街应急大楼"),
        english=("Jiaoyuan County Emergency Management Bureau",),
        address="文化街12号",
        rooms=(
            Room("yj-301", "num", 3, number="301", noun="培训室", capacity=60),
            Room("yj-302", "num", 3, number="302", noun="培训室", capacity=60),
            Room(
                "yj-hs",
                "named",
                4,
                names=("应急指挥中心会商室", "指挥中心会商室", "会商室"),
                english="Emergency Command Center Briefing Room",
                capacity=30,
            ),
            Room(
                "yj-hall",
                "named",
                1,
                names=("报告厅", "学术报告厅"),
                english="Lecture Hall",
                capacity=120,
            ),
        ),
    ),
    Building(
        key="ny",
        town="城关镇",
        official=("{C}能源局办公楼", "{C}能源局"),
        short=("{C}能源局大楼",),
        old=("{C}煤炭工业局大楼", "{C}煤炭局大楼"),
        landmark=("解放路56号", "{c}解放路能源大楼"),
        english=("Jiaoyuan County Energy Bureau",),
        address="解放路56号",
        rooms=(
            Room(
                "ny-dd",
                "named",
                4,
                names=("调度会议室", "调度中心会议室"),
                english="Dispatch Conference Room",
                capacity=40,
            ),
            Room(
                "ny-px",
                "named",
                2,
                names=("培训室", "培训教室"),
                english="Training Room",
                capacity=60,
            ),
            Room("ny-1", "ord", 3, ordinal=1, capacity=50),
        ),
    ),
    Building(
        key="rs",
        town="城关镇",
        official=("{c}公共就业和人才服务中心",),
        short=("{C}人力资源市场", "{C}人社局就业服务大厅", "人力资源市场"),
        old=("{C}人才交流中心", "{C}劳动力市场"),
        landmark=("滨河路人力资源市场", "滨河路16号"),
        english=("Jiaoyuan Public Employment and Talent Service Center",),
        address="滨河路16号",
        rooms=(
            Room("rs-1", "ord", 2, ordinal=1, noun="培训教室", capacity=50),
            Room("rs-2", "ord", 2, ordinal=2, noun="培训教室", capacity=50),
            Room(
                "rs-hall",
                "named",
                1,
                names=("招聘大厅", "零工市场大厅"),
                english="Job Fair Hall",
                capacity=200,
            ),
            Room(
                "rs-mr",
                "named",
                3,
                names=("会议室",),
                english="Conference Room",
                capacity=30,
            ),
        ),
    ),
    Building(
        key="sw",
        town="城关镇",
        official=("国家税务总局焦原县税务局", "{C}税务局办公楼"),
        short=("{C}税务局", "税务大楼"),
        old=("{C}地税局大楼", "{C}地方税务局"),
        landmark=("新华街税务大楼", "新华街20号"),
        english=("Jiaoyuan County Tax Service, State Taxation Administration",),
        address="新华街20号",
        rooms=(
            Room(
                "sw-xt",
                "named",
                2,
                names=("纳税人学堂", "纳税人学校", "税收宣传教室"),
                english="Taxpayer School",
                capacity=80,
            ),
            Room("sw-1", "ord", 4, ordinal=1, capacity=40),
            Room("sw-2", "ord", 4, ordinal=2, capacity=30),
        ),
    ),
    Building(
        key="kc",
        town="城关镇",
        official=("{c}科技创新服务中心",),
        short=("{C}科创中心", "科创中心", "{C}双创中心"),
        old=("{C}创业孵化基地", "{C}孵化器"),
        landmark=("创新路众创大厦", "众创大厦"),
        english=("Jiaoyuan Science and Technology Innovation Service Center",),
        address="创新路8号",
        rooms=(
            Room(
                "kc-ly",
                "named",
                1,
                names=("路演厅", "路演中心"),
                english="Roadshow Hall",
                capacity=120,
            ),
            Room("kc-302", "num", 3, number="302", capacity=40),
            Room("kc-303", "num", 3, number="303", capacity=40),
        ),
    ),
    Building(
        key="kfq",
        town="经开区",
        official=("{z}管理委员会", "{z}管委会"),
        short=("{z}管委会大楼", "{z}管委会"),
        old=("{c}工业园区管委会",),
        landmark=("园区大道1号", "{z}园区大道1号"),
        english=(
            "Jiaoyuan ETDZ Administrative Committee",
            "Jiaoyuan Economic and Technological Development Zone Administrative Committee",
        ),
        address="园区大道1号",
        wings=((1, "A", "行政楼"), (2, "B", "企业服务中心")),
        in_zone=True,
        rooms=(
            Room(
                "kfq-big",
                "named",
                1,
                wing=1,
                names=("大会议室",),
                english="Main Conference Room",
                capacity=120,
            ),
            Room(
                "kfq-ly",
                "named",
                3,
                wing=2,
                names=("招商路演厅", "路演厅"),
                english="Investment Roadshow Hall",
                capacity=100,
            ),
            Room("kfq-301", "num", 3, wing=2, number="301", capacity=50),
            Room("kfq-302", "num", 3, wing=2, number="302", capacity=50),
        ),
    ),
    Building(
        key="hg",
        town="经开区",
        official=("焦原现代煤化工产业园综合服务楼",),
        short=("化工园区服务楼", "{z}化工园区综合楼"),
        old=("焦化工业园办公楼", "焦化园区办公楼"),
        landmark=("纬三路8号", "{z}纬三路园区综合楼"),
        english=("Jiaoyuan Modern Coal Chemical Park Service Building",),
        address="纬三路8号",
        in_zone=True,
        rooms=(
            Room(
                "hg-aq",
                "named",
                2,
                names=("安全培训室", "安全教育室"),
                english="Safety Training Room",
                capacity=60,
            ),
            Room("hg-1", "ord", 3, ordinal=1, capacity=40),
        ),
    ),
    Building(
        key="dx",
        town="城关镇",
        official=("中共焦原县委党校", "{C}委党校"),
        short=("党校", "{C}委党校"),
        old=("{c}行政学校",),
        landmark=("府西街党校", "府西街35号"),
        english=("Party School of the CPC Jiaoyuan County Committee",),
        address="府西街35号",
        wings=((1, "A", "教学楼"), (2, "B", "综合楼")),
        rooms=(
            Room(
                "dx-hall",
                "named",
                1,
                wing=1,
                names=("报告厅", "学术报告厅"),
                english="Lecture Hall",
                capacity=200,
            ),
            Room("dx-201", "num", 2, wing=2, number="201", noun="教室", capacity=60),
            Room("dx-202", "num", 2, wing=2, number="202", noun="教室", capacity=60),
            Room("dx-203", "num", 2, wing=2, number="203", noun="教室", capacity=60),
        ),
    ),
    Building(
        key="gh",
        town="城关镇",
        official=("{c}职工服务中心",),
        short=("{C}总工会大楼", "职工之家"),
        old=("{c}工人文化宫",),
        landmark=("人民路45号", "{c}人民路工会大楼"),
        english=("Jiaoyuan Workers' Service Center",),
        address="人民路45号",
        rooms=(
            Room(
                "gh-hall",
                "named",
                3,
                names=("报告厅", "多功能报告厅"),
                english="Lecture Hall",
                capacity=150,
            ),
            Room(
                "gh-sw",
                "named",
                2,
                names=("职工书屋", "职工书屋阅览室"),
                english="Workers' Reading Room",
                capacity=30,
            ),
            Room("gh-1", "ord", 4, ordinal=1, capacity=40),
        ),
    ),
    Building(
        key="rmt",
        town="城关镇",
        official=("{c}融媒体中心",),
        short=("{C}融媒体中心大楼", "融媒大楼"),
        old=("{c}广播电视台", "{C}电视台大楼"),
        landmark=("广电路9号", "{c}广电路融媒大楼"),
        english=("Jiaoyuan County Media Center",),
        address="广电路9号",
        rooms=(
            Room("rmt-1", "ord", 1, ordinal=1, noun="演播厅", capacity=60),
            Room(
                "rmt-mr",
                "named",
                5,
                names=("会议室",),
                english="Conference Room",
                capacity=30,
            ),
        ),
    ),
    Building(
        key="mk",
        town="龙门镇",
        official=("{c}煤矿安全技术培训中心",),
        short=("{C}煤培中心", "煤矿培训中心"),
        old=("{c}煤炭职工培训学校", "{C}煤校"),
        landmark=("{t}煤培基地", "龙门镇矿区路3号"),
        english=("Jiaoyuan Coal Mine Safety Training Center",),
        address="龙门镇矿区路3号",
        wings=((1, "A", "教学楼"), (2, "B", "实训楼")),
        rooms=(
            Room(
                "mk-hall",
                "named",
                1,
                wing=1,
                names=("报告厅",),
                english="Lecture Hall",
                capacity=180,
            ),
            Room("mk-201", "num", 2, wing=1, number="201", noun="教室", capacity=60),
            Room("mk-202", "num", 2, wing=1, number="202", noun="教室", capacity=60),
            Room("mk-sx1", "ord", 1, wing=2, ordinal=1, noun="实训室", capacity=40),
            Room("mk-sx2", "ord", 1, wing=2, ordinal=2, noun="实训室", capacity=40),
        ),
    ),
    Building(
        key="yk",
        town="峪口镇",
        official=("{c}峪口古堡景区游客服务中心",),
        short=("峪口古堡游客中心", "游客中心"),
        old=("{t}文化站",),
        landmark=("峪口古堡东门", "古堡东门游客中心"),
        english=("Yukou Fort Visitor Center",),
        address="峪口镇古堡路1号",
        rooms=(
            Room(
                "yk-2",
                "named",
                2,
                names=("会议室",),
                english="Conference Room",
                capacity=40,
            ),
            Room(
                "yk-mf",
                "named",
                1,
                names=("多功能厅",),
                english="Multi-function Hall",
                capacity=100,
            ),
        ),
    ),
    _town_hall("t-cg", "城关镇", 3, "府前街1号"),
    _town_hall("t-lm", "龙门镇", 3, "龙门镇龙兴街6号", activity_room=True),
    _town_hall(
        "t-sy",
        "石窑镇",
        2,
        "石窑镇窑前街12号",
        old=("{c}石窑乡人民政府", "石窑乡政府"),
        activity_room=True,
    ),
    _town_hall("t-lw", "柳湾镇", 3, "柳湾镇站前路2号", old=("柳湾乡政府",)),
    _town_hall("t-yj", "义井镇", 2, "义井镇醋坊街3号", activity_room=True),
    _town_hall("t-yk", "峪口镇", 2, "峪口镇古堡路20号"),
    _town_hall("t-nz", "南庄镇", 2, "南庄镇谷丰路5号", activity_room=True),
    _town_hall("t-ds", "东山乡", 2, "东山乡东山村"),
    _town_hall("t-ty", "桃园乡", 2, "桃园乡桃园村"),
)
BUILDINGS: dict[str, Building] = {b.key: b for b in BUILDING_LIST}


# ---------------------------------------------------------------------------
# Departments
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    key: str
    name: str
    shorts: tuple[str, ...]
    we: str
    id_fmt: str
    tag: str = ""
    town: str = ""
    # title: weights of formal, plain, slogan, acronym, english
    title_w: tuple[float, float, float, float, float] = (0.7, 0.15, 0.1, 0.05, 0.0)
    notice_p: float = 0.0
    tag_p: float = 0.0
    season_p: float = 0.05
    limited_p: float = 0.04
    free_p: float = 0.0
    signup_p: float = 0.0
    campaign_p: float = 0.0
    qual_w: tuple[float, float, float, float] = (0.55, 0.15, 0.15, 0.15)
    arabic_p: float = 0.5
    series_keep: float = 0.55
    fullwidth_p: float = 0.0
    # venue spelling
    prefix_w: tuple[float, float, float, float, float, float] = (0.3, 0.4, 0.2, 0.05, 0.05, 0.0)
    name_w: tuple[float, float, float, float] = (0.4, 0.4, 0.1, 0.1)
    wing_w: tuple[float, float, float, float, float] = (0.4, 0.15, 0.2, 0.1, 0.15)
    floor_w: tuple[float, float, float, float, float] = (0.5, 0.3, 0.05, 0.1, 0.05)
    room_first_p: float = 0.05
    space_p: float = 0.05
    addr_p: float = 0.1
    abbrev_p: float = 0.5
    english_p: float = 0.0
    # times
    time_style: str = "offset"  # "offset", "naive" or "utc"
    utc_z_p: float = 1.0
    seconds_p: float = 1.0
    signin_p: float = 0.3
    end_shift_p: float = 0.2
    # kind
    kind_force: str = ""
    kind_flip_p: float = 0.03
    # topics and the rest
    vocab: dict[str, tuple[str, ...]] = field(default_factory=dict)
    topic_empty_p: float = 0.1
    omit_venue_p: float = 0.05
    tbd_venue_p: float = 0.03
    capacity_p: float = 0.3
    reg_p: float = 0.15
    reg_fmt: str = ""
    code_w: tuple[float, float, float] = (0.4, 0.3, 0.3)
    code_in_loc_p: float = 0.6
    url_p: float = 0.7


# fmt: off
DEPTS: tuple[Dept, ...] = (
    Dept(
        key="yjj", name="焦原县应急管理局", shorts=("县应急局", "县应急管理局"), we="我局",
        id_fmt="YJJ-2027-{n:04d}", tag="【县应急局】", title_w=(0.55, 0.05, 0.2, 0.2, 0.0),
        tag_p=0.35, limited_p=0.08, campaign_p=0.12, qual_w=(0.5, 0.1, 0.1, 0.3), arabic_p=0.2,
        prefix_w=(0.45, 0.45, 0.1, 0.0, 0.0, 0.0), name_w=(0.3, 0.6, 0.05, 0.05),
        floor_w=(0.8, 0.1, 0.0, 0.05, 0.05), signin_p=0.6, capacity_p=0.5, reg_p=0.1,
        reg_fmt="https://yjj.jiaoyuanxian.cn/bm/{s}",
        vocab={
            "safety": ("安全生产", "双重预防机制", "隐患排查治理", "安全培训"),
            "mine": ("煤矿安全", "安全生产"), "chem": ("危险化学品", "重大危险源", "安全生产"),
            "logistics": ("危险货物运输", "安全生产"), "tourism": ("景区安全",),
            "policy": ("安全生产法", "普法"), "social": ("工伤预防",), "market": ("特种设备",),
        },
    ),
    Dept(
        key="nyj", name="焦原县能源局", shorts=("县能源局", "焦原县能源局"), we="我局",
        id_fmt="nyj{d}{n:03d}", title_w=(0.75, 0.05, 0.05, 0.15, 0.0), notice_p=0.35, season_p=0.1,
        qual_w=(0.6, 0.3, 0.1, 0.0), arabic_p=0.3, prefix_w=(0.1, 0.05, 0.2, 0.15, 0.5, 0.0),
        name_w=(0.3, 0.2, 0.45, 0.05), floor_w=(0.4, 0.4, 0.0, 0.1, 0.1), addr_p=0.25,
        time_style="naive", seconds_p=0.5, signin_p=0.1, end_shift_p=0.15, capacity_p=0.2,
        reg_p=0.0,
        vocab={
            "mine": ("煤矿安全", "瓦斯防治", "智能化煤矿", "煤矿安全生产标准化"),
            "safety": ("煤矿安全", "安全生产"), "env": ("煤炭清洁高效利用",),
            "tech": ("智能化煤矿",), "industry": ("能源保供",), "social": ("煤矿工伤保险",),
            "union": ("矿工权益",),
        },
    ),
    Dept(
        key="rsj", name="焦原县人力资源和社会保障局", shorts=("县人社局", "焦原县人社局"),
        we="我局", id_fmt="RS{n:05d}", title_w=(0.75, 0.17, 0.05, 0.03, 0.0), notice_p=0.4,
        signup_p=0.08, qual_w=(0.7, 0.1, 0.1, 0.1), arabic_p=0.85, series_keep=0.7,
        floor_w=(0.1, 0.3, 0.45, 0.1, 0.05), signin_p=0.5, kind_flip_p=0.15, capacity_p=0.6,
        reg_p=0.4, reg_fmt="https://rsj.jiaoyuanxian.cn/px/{s}",
        vocab={
            "skills": ("职业技能提升", "技能培训补贴", "以工代训", "就业创业"),
            "social": ("社会保险", "社保政策", "稳岗返还"), "union": ("劳动关系", "根治欠薪"),
            "chem": ("技能等级认定",), "safety": ("工伤预防",), "agri": ("返乡创业",),
            "medical": ("社会保险",),
        },
    ),
    Dept(
        key="swj", name="国家税务总局焦原县税务局", shorts=("县税务局", "焦原县税务局"), we="我局",
        id_fmt="{h}", tag="【税费政策】", title_w=(0.6, 0.2, 0.15, 0.05, 0.0), tag_p=0.15,
        free_p=0.15, qual_w=(0.7, 0.2, 0.1, 0.0), arabic_p=0.9, time_style="utc", utc_z_p=0.6,
        signin_p=0.15, kind_force=PB, reg_p=0.2, reg_fmt="https://sw.jiaoyuanxian.cn/nsrxt/{s}",
        code_w=(0.1, 0.8, 0.1),
        vocab={
            "tax": ("税费优惠", "减税降费", "便民办税缴费"),
            "tech": ("研发费用加计扣除", "科技税收优惠"), "env": ("环境保护税",),
            "social": ("社保费征缴",), "logistics": ("税费优惠",), "finance": ("纳税信用贷",),
            "market": ("纳税信用",),
        },
    ),
    Dept(
        key="scj", name="焦原县市场监督管理局", shorts=("县市场监管局", "焦原县市场监管局"),
        we="我局", id_fmt="SJ2027{n:04d}", title_w=(0.5, 0.2, 0.3, 0.05, 0.0), limited_p=0.1,
        qual_w=(0.3, 0.1, 0.6, 0.0), arabic_p=0.6, fullwidth_p=0.25,
        prefix_w=(0.2, 0.45, 0.2, 0.1, 0.0, 0.05), space_p=0.4, time_style="naive", seconds_p=0.7,
        vocab={
            "market": ("市场监管", "信用监管", "质量强县"), "food": ("食品安全", "两个责任"),
            "safety": ("特种设备安全",), "agri": ("地理标志",), "tech": ("知识产权",),
            "skills": ("特种设备作业人员",), "medical": ("药品安全",), "tourism": ("餐饮服务",),
        },
    ),
    Dept(
        key="sthj", name="晋中市生态环境局焦原分局",
        shorts=("县生态环境分局", "生态环境局焦原分局"), we="我局", id_fmt="STHJ-JY-{n:03d}",
        title_w=(0.8, 0.1, 0.1, 0.05, 0.0), prefix_w=(0.05, 0.05, 0.35, 0.5, 0.05, 0.0),
        name_w=(0.5, 0.3, 0.1, 0.1), signin_p=0.2, end_shift_p=0.4, topic_empty_p=0.05,
        vocab={
            "env": ("生态环境", "排污许可", "环境执法", "大气污染防治"),
            "chem": ("危险废物", "环境风险防控"), "industry": ("绿色低碳",), "tax": ("环境保护税",),
            "safety": ("环境应急",),
        },
    ),
    Dept(
        key="gxj", name="焦原县工业信息化和商务局", shorts=("县工信商务局", "县工信局", "县商务局"),
        we="我局", id_fmt="GXSW{d}-{n:02d}", title_w=(0.55, 0.15, 0.05, 0.25, 0.0),
        qual_w=(0.6, 0.2, 0.2, 0.0), abbrev_p=0.9, seconds_p=0.5,
        vocab={
            "industry": ("专精特新", "数字化转型", "惠企政策"),
            "logistics": ("商贸物流", "纾困解难"), "tech": ("数字化转型", "工业互联网"),
            "agri": ("农村电商", "电商直播"), "env": ("绿色制造",), "chem": ("化工园区",),
            "safety": ("工业安全",), "finance": ("惠企政策",), "tax": ("惠企政策",),
            "mine": ("智能化改造",), "food": ("老陈醋产业",),
        },
    ),
    Dept(
        key="ybj", name="焦原县医疗保障局", shorts=("县医保局", "焦原县医保局"), we="我局",
        id_fmt="YB-{n:04d}", title_w=(0.45, 0.45, 0.1, 0.0, 0.0), qual_w=(0.5, 0.1, 0.4, 0.0),
        prefix_w=(0.1, 0.3, 0.5, 0.1, 0.0, 0.0), name_w=(0.6, 0.3, 0.05, 0.05), signin_p=0.2,
        vocab={
            "medical": ("医疗保险", "医保政策", "职工医保", "门诊共济"), "social": ("医保参保",),
            "*": ("医疗保障",),
        },
    ),
    Dept(
        key="kjj", name="焦原县科学技术局", shorts=("县科技局", "焦原县科技局"), we="我局",
        id_fmt="KJ2027-{n:03d}", title_w=(0.6, 0.15, 0.0, 0.25, 0.0), name_w=(0.2, 0.4, 0.3, 0.1),
        time_style="naive", seconds_p=0.3,
        vocab={
            "tech": ("科技创新", "高新技术企业", "研发投入"), "industry": ("科技型企业",),
            "mine": ("科技创新",), "tax": ("科技税收优惠",), "market": ("知识产权",),
        },
    ),
    Dept(
        key="kfq", name="焦原经济技术开发区管理委员会",
        shorts=("经开区管委会", "焦原经开区管委会", "开发区管委会"), we="我委",
        id_fmt="ETDZ-{n:04d}", title_w=(0.45, 0.35, 0.05, 0.1, 0.05), signup_p=0.05,
        wing_w=(0.2, 0.1, 0.05, 0.6, 0.05), floor_w=(0.3, 0.4, 0.2, 0.1, 0.0), abbrev_p=0.85,
        english_p=0.18, signin_p=0.4, capacity_p=0.4, reg_p=0.25,
        reg_fmt="https://etdz.jiaoyuanxian.cn/event/{s}",
        vocab={
            "industry": ("惠企", "园区服务", "招商引资"), "safety": ("园区安全", "安全生产"),
            "chem": ("化工园区", "安全生产"), "env": ("园区环保",), "tax": ("惠企",),
            "finance": ("惠企", "融资"), "tech": ("科技创新",), "skills": ("园区用工",),
            "social": ("园区用工",),
        },
    ),
    Dept(
        key="zgh", name="焦原县总工会", shorts=("县总工会", "焦原县总工会"), we="我会",
        id_fmt="ZGH{n:03d}", title_w=(0.35, 0.25, 0.4, 0.0, 0.0), name_w=(0.2, 0.3, 0.4, 0.1),
        kind_flip_p=0.15,
        vocab={
            "union": ("职工权益", "劳动保护", "职工之家"), "skills": ("技能竞赛", "工匠精神"),
            "social": ("职工保障",), "medical": ("职工保障",),
            "safety": ("劳动保护", "群众安全生产监督"), "mine": ("矿工关爱",),
        },
    ),
    Dept(
        key="gsl", name="焦原县工商业联合会", shorts=("县工商联", "焦原县工商联"), we="我会",
        id_fmt="GSL-{n:03d}", title_w=(0.3, 0.5, 0.2, 0.0, 0.0), free_p=0.3, signup_p=0.1,
        kind_force=PB, topic_empty_p=0.15, omit_venue_p=0.2, tbd_venue_p=0.08, reg_p=0.3,
        reg_fmt="https://www.wjx.cn/vm/{s}.aspx",
        vocab={
            "*": ("惠企", "民营经济", "营商环境"),
        },
    ),
    Dept(
        key="dx", name="中共焦原县委党校", shorts=("县委党校", "焦原县委党校"), we="我校",
        id_fmt="DX-2027-{n:03d}", title_w=(0.85, 0.1, 0.05, 0.0, 0.0),
        wing_w=(0.1, 0.0, 0.0, 0.05, 0.85), signin_p=0.5, kind_force=TR, topic_empty_p=0.5,
        vocab={
            "finance": ("民营经济",), "policy": ("政策解读",), "*": ("教育培训",),
        },
    ),
    Dept(
        key="rmt", name="焦原县融媒体中心", shorts=("县融媒体中心", "焦原融媒"), we="我中心",
        id_fmt="RMT{d}{n:02d}", title_w=(0.2, 0.3, 0.5, 0.0, 0.0), seconds_p=0.0, signin_p=0.0,
        kind_force=PB, omit_venue_p=0.1, tbd_venue_p=0.15,
        vocab={
            "media": ("融媒直播", "政策解读"), "*": ("政策宣传",),
        },
    ),
    Dept(
        key="mtxh", name="焦原县煤炭工业协会", shorts=("县煤炭协会", "县煤炭工业协会"), we="我会",
        id_fmt="MX2027-{m}-{n:03d}", title_w=(0.7, 0.1, 0.1, 0.1, 0.0),
        prefix_w=(0.2, 0.4, 0.25, 0.05, 0.0, 0.1), name_w=(0.15, 0.2, 0.55, 0.1), time_style="naive",
        signin_p=0.6,
        vocab={
            "mine": ("煤炭行业", "会员服务", "安全生产标准化"), "safety": ("煤矿安全",),
            "*": ("会员单位",),
        },
    ),
    Dept(
        key="nyncj", name="焦原县农业农村局", shorts=("县农业农村局", "焦原县农业农村局"),
        we="我局", id_fmt="NY{n:04d}", title_w=(0.5, 0.45, 0.05, 0.0, 0.0), reg_p=0.1,
        reg_fmt="https://www.wjx.cn/vm/{s}.aspx",
        vocab={
            "agri": ("特色农业", "乡村振兴", "高素质农民培育"), "food": ("农产品质量安全",),
            "tourism": ("乡村振兴",), "skills": ("高素质农民培育",),
        },
    ),
    Dept(
        key="wlj", name="焦原县文化和旅游局", shorts=("县文旅局", "焦原县文旅局"), we="我局",
        id_fmt="WL-{n:03d}", title_w=(0.4, 0.2, 0.4, 0.0, 0.0), name_w=(0.3, 0.3, 0.3, 0.1),
        vocab={
            "tourism": ("文旅融合", "乡村旅游", "峪口古堡"), "safety": ("旅游安全",),
            "food": ("餐饮服务",),
        },
    ),
    Dept(
        key="lm", name="焦原县龙门镇人民政府", shorts=("龙门镇政府", "龙门镇"), we="我镇",
        id_fmt="lmz-{md}-{n}", town="龙门镇", title_w=(0.3, 0.6, 0.1, 0.0, 0.0),
        prefix_w=(0.9, 0.1, 0.0, 0.0, 0.0, 0.0), seconds_p=0.0, topic_empty_p=0.6, capacity_p=0.1,
        reg_p=0.0,
        vocab={
            "safety": ("安全生产",), "agri": ("乡村振兴",),
        },
    ),
    Dept(
        key="sy", name="焦原县石窑镇人民政府", shorts=("石窑镇政府", "石窑镇"), we="我镇",
        id_fmt="SYZ{n:03d}", town="石窑镇", title_w=(0.3, 0.6, 0.1, 0.0, 0.0),
        prefix_w=(0.8, 0.2, 0.0, 0.0, 0.0, 0.0), time_style="naive", topic_empty_p=0.6,
        capacity_p=0.1, reg_p=0.0,
        vocab={
            "safety": ("安全生产",), "agri": ("乡村振兴",), "union": ("职工权益",),
        },
    ),
    Dept(
        key="ds", name="焦原县东山乡人民政府", shorts=("东山乡政府", "东山乡"), we="我乡",
        id_fmt="dsx2027{n:03d}", town="东山乡", title_w=(0.3, 0.6, 0.1, 0.0, 0.0),
        prefix_w=(0.8, 0.2, 0.0, 0.0, 0.0, 0.0), seconds_p=0.0, topic_empty_p=0.6, capacity_p=0.1,
        reg_p=0.0,
        vocab={
            "agri": ("乡村振兴", "特色农业"), "tourism": ("乡村旅游",),
        },
    ),
)
# fmt: on
DEPT: dict[str, Dept] = {d.key: d for d in DEPTS}


# ---------------------------------------------------------------------------
# Subjects (what a session is about)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    formal: str
    english: str
    themes: tuple[str, ...]
    leads: tuple[str, ...]
    cohosts: tuple[str, ...]
    venues: tuple[str, ...]
    suffix: tuple[str, ...] = ()
    plain: tuple[str, ...] = ()
    slogan: tuple[str, ...] = ()
    acronym: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    hours: tuple[float, ...] = (2.0, 2.5, 3.0)
    series: bool = False
    levels: tuple[str, ...] = ()
    family: str = ""
    online_p: float = 0.06
    weight: float = 1.0


# fmt: off
SUBJECTS: tuple[Subject, ...] = (
    # --- coal mines -------------------------------------------------------
    Subject(
        key="mine_std", kind=TR, formal="煤矿安全生产标准化管理体系",
        english="Coal Mine Safety Standardization Management System Training",
        themes=("mine", "safety"), leads=("nyj", "nyj", "mtxh"),
        cohosts=("yjj", "mtxh", "nyj", "lm", "rmt"), venues=("mk", "ny", "yj"),
        plain=("煤矿标准化管理体系怎么建、怎么考", "煤矿安全标准化实务讲座"),
        slogan=("标准化强基础 保安全促发展", "对标达标 夯实煤矿安全根基"),
        words=("安全生产标准化", "煤矿"), sectors=("煤矿",), hours=(3.0, 8.0), series=True,
        weight=1.3,
    ),
    Subject(
        key="gas", kind=TR, formal="煤矿瓦斯防治与抽采达标",
        english="Coal Mine Gas Control Training", themes=("mine",), leads=("nyj",),
        cohosts=("mtxh", "yjj", "lm", "sy"), venues=("mk", "ny"),
        plain=("瓦斯防治技术培训", "煤矿“一通三防”技术培训"),
        slogan=("瓦斯治理 先抽后采 以风定产",), acronym=("一通三防培训",),
        words=("瓦斯防治", "一通三防"), sectors=("煤矿",), series=True, family="mine_tech",
    ),
    Subject(
        key="smart_mine", kind=TR, formal="智能化煤矿建设",
        english="Smart Coal Mine Construction Seminar", themes=("mine", "tech"), leads=("nyj",),
        cohosts=("mtxh", "gxj", "kjj"), venues=("ny", "mk", "kc"),
        suffix=("培训班", "专题培训", "经验交流会"),
        plain=("智能化矿山怎么建", "智能化煤矿建设经验交流"), slogan=("少人则安 无人则安",),
        acronym=("智能化矿山培训", "5G+智慧矿山培训"), words=("智能化", "5G+矿山"),
        sectors=("煤矿",), family="mine_tech", online_p=0.15,
    ),
    Subject(
        key="mental", kind=TR, formal="职工心理健康", english="Workers' Mental Health Talk",
        themes=("union",), leads=("zgh",), cohosts=("nyj", "mtxh", "lm", "sy"),
        venues=("gh", "mk", "t-lm", "t-sy"), suffix=("讲座", "专题讲座", "培训"),
        plain=("职工心理健康讲座", "矿工心理疏导讲座"), slogan=("阳光心态 幸福工作",),
        words=("心理健康", "职工关爱"), sectors=("煤矿", "焦化"), hours=(1.5, 2.0), weight=0.6,
    ),
    # --- work safety ------------------------------------------------------
    Subject(
        key="dual_prev", kind=TR, formal="双重预防机制建设",
        english="Dual Prevention Mechanism Training (Risk Grading & Hazard Investigation)",
        themes=("safety",), leads=("yjj",), cohosts=("nyj", "kfq", "mtxh", "gxj", "zgh"),
        venues=("yj", "dx", "kfq", "hg", "mk"),
        plain=("风险分级管控和隐患排查治理实操培训", "隐患排查怎么做？双重预防机制实操课"),
        slogan=("双预控 保平安", "织密风险防控网"), acronym=("双预控培训", "双预控体系建设培训班"),
        words=("风险分级管控", "隐患排查"), sectors=("煤矿", "焦化", "化工", "物流"), series=True,
        weight=1.5,
    ),
    Subject(
        key="confined", kind=TR, formal="有限空间作业安全",
        english="Confined Space Work Safety Training", themes=("safety",), leads=("yjj",),
        cohosts=("kfq", "sthj", "zgh", "scj"), venues=("yj", "kfq", "hg", "gh"),
        plain=("有限空间作业，这些风险你要知道", "有限空间作业安全实操培训"),
        slogan=("有限空间 生命无限", "严守有限空间作业“七不准”"), words=("有限空间", "中毒窒息"),
        sectors=("化工", "焦化", "污水处理", "食品加工"),
    ),
    Subject(
        key="hazchem", kind=TR, formal="危险化学品企业安全管理",
        english="Hazardous Chemicals Enterprise Safety Management Training",
        themes=("safety", "chem"), leads=("yjj", "kfq"), cohosts=("kfq", "gxj", "sthj", "yjj"),
        venues=("hg", "kfq", "yj"),
        plain=("危化品企业安全管理培训", "危化品企业怎么管好重大危险源"),
        slogan=("守牢危化品安全底线",), acronym=("危化品安全培训", "危化品企业安全培训班"),
        words=("危险化学品", "重大危险源"), sectors=("化工", "焦化"), family="chem_safety",
        weight=1.2,
    ),
    Subject(
        key="psm", kind=TR, formal="化工过程安全管理",
        english="Process Safety Management (PSM) Workshop", themes=("chem", "safety"),
        leads=("kfq", "yjj"), cohosts=("yjj", "gxj", "kfq"), venues=("hg", "kfq"),
        plain=("化工企业过程安全管理实务",), slogan=("过程安全 本质安全",),
        acronym=("PSM培训", "PSM实施指南培训"), words=("过程安全", "变更管理"),
        sectors=("化工", "焦化"), hours=(3.0, 8.0), family="chem_safety",
    ),
    Subject(
        key="hazop", kind=TR, formal="危险与可操作性分析方法", english="HAZOP Analysis Training",
        themes=("chem",), leads=("kfq",), cohosts=("yjj", "gxj"), venues=("hg", "kfq"),
        plain=("工艺危害分析实操课", "化工装置风险分析实务"), slogan=("识别风险于未然",),
        acronym=("HAZOP分析培训", "HAZOP培训班"), words=("HAZOP", "工艺危害分析"),
        sectors=("化工", "焦化"), hours=(3.0, 8.0), series=True, family="chem_safety",
    ),
    Subject(
        key="elec_ops", kind=TR, formal="特种作业人员（低压电工作业）安全技术",
        english="Special Operations Training: Low-voltage Electrician", themes=("safety", "skills"),
        leads=("yjj",), cohosts=("mtxh", "rsj", "zgh"), venues=("mk", "yj"),
        plain=("低压电工上岗证培训", "电工作业操作证培训"), acronym=("低压电工特种作业培训",),
        words=("特种作业", "低压电工"), sectors=("煤矿", "焦化", "化工", "建筑"), hours=(8.0,),
        series=True, family="special_ops",
    ),
    Subject(
        key="weld_ops", kind=TR, formal="特种作业人员（熔化焊接与热切割作业）安全技术",
        english="Special Operations Training: Welding and Thermal Cutting",
        themes=("safety", "skills"), leads=("yjj",), cohosts=("mtxh", "rsj", "zgh"),
        venues=("mk", "yj"), plain=("焊工上岗证培训", "焊接与热切割作业操作证培训"),
        acronym=("焊接特种作业培训",), words=("特种作业", "焊接与热切割"),
        sectors=("煤矿", "焦化", "化工", "建筑"), hours=(8.0,), series=True, family="special_ops",
    ),
    Subject(
        key="two_roles", kind=TR, formal="主要负责人和安全生产管理人员安全生产知识和管理能力",
        english="Safety Training for Principal Persons and Safety Managers", themes=("safety",),
        leads=("yjj", "nyj"), cohosts=("nyj", "mtxh", "kfq", "gxj", "yjj"),
        venues=("dx", "mk", "yj"), plain=("企业负责人、安全管理人员安全培训", "“两类人员”安全培训"),
        slogan=("关键少数 守好安全第一关",), acronym=("两类人员培训", "两类人员安全培训班"),
        words=("两类人员", "安全生产知识"), sectors=("煤矿", "焦化", "化工", "物流", "建筑"),
        hours=(8.0, 3.0), series=True, weight=1.3,
    ),
    Subject(
        key="drill", kind=TR, formal="生产安全事故应急预案编制与演练",
        english="Emergency Plan Preparation and Drill Training", themes=("safety",), leads=("yjj",),
        cohosts=("kfq", "wlj", "nyj", "zgh"), venues=("yj", "kfq", "gh"),
        plain=("应急预案怎么编、演练怎么搞", "企业应急演练实操培训"), slogan=("练在平时 用在战时",),
        words=("应急预案", "应急演练"), sectors=("煤矿", "焦化", "化工", "景区"),
    ),
    Subject(
        key="safety_law", kind=PB, formal="《中华人民共和国安全生产法》",
        english="Work Safety Law Publicity Session", themes=("safety", "policy"),
        leads=("yjj", "yjj", "yjj", "lm", "sy", "ds"),
        cohosts=("rmt", "zgh", "lm", "sy", "ds", "nyj"), venues=("town", "town", "yj", "gh"),
        suffix=("宣讲", "专题宣讲", "普法宣讲会"), plain=("安全生产法进企业", "新安法进企业宣讲"),
        slogan=("人人讲安全 个个会应急", "安全生产 责任在肩"), acronym=("新《安法》宣讲",),
        words=("安全生产法", "普法"), sectors=("煤矿", "焦化", "化工", "物流", "小微企业"),
        hours=(1.5, 2.0), weight=1.2,
    ),
    Subject(
        key="fire", kind=PB, formal="企业消防安全知识", english="Fire Safety Awareness Session",
        themes=("safety",), leads=("yjj", "lm", "sy"),
        cohosts=("zgh", "wlj", "scj", "lm", "sy", "ds"), venues=("yj", "gh", "yk", "town"),
        suffix=("宣讲", "专题讲座", "宣传活动"),
        plain=("消防安全知识进企业", "火灾隐患自查自改讲座"), slogan=("消除火灾隐患 共建平安焦原",),
        words=("消防安全", "火灾隐患"), sectors=("小微企业", "商贸", "景区"), hours=(1.5, 2.0),
    ),
    Subject(
        key="dg_transport", kind=TR, formal="危险货物道路运输安全管理",
        english="Dangerous Goods Road Transport Safety Training", themes=("logistics", "safety"),
        leads=("yjj", "gxj"), cohosts=("gxj", "yjj", "kfq"), venues=("kfq", "yj", "t-lw"),
        plain=("危货运输企业安全培训", "危货车驾驶员、押运员安全培训"),
        slogan=("安全运输 平安回家",), acronym=("危货运输安全培训",),
        words=("危险货物运输", "道路运输安全"), sectors=("物流", "化工"),
    ),
    # --- tax -----------------------------------------------------------------
    Subject(
        key="vat_refund", kind=PB, formal="增值税留抵退税政策",
        english="VAT Credit Refund Policy Briefing", themes=("tax",), leads=("swj",),
        cohosts=("gxj", "kfq", "gsl"), venues=("sw", "zw", "kfq"),
        plain=("留抵退税怎么申请", "留抵退税政策解读"), slogan=("退税减税 助企纾困",),
        words=("留抵退税", "增值税"), sectors=("制造业", "焦化", "化工"), family="tax",
        online_p=0.25,
    ),
    Subject(
        key="cit", kind=PB, formal="企业所得税预缴申报与优惠政策",
        english="Corporate Income Tax Prepayment Briefing", themes=("tax",), leads=("swj",),
        cohosts=("gsl", "kfq"), venues=("sw", "zw"),
        plain=("企业所得税预缴申报辅导", "所得税申报常见问题解答"),
        words=("企业所得税", "预缴申报"), sectors=("全行业",), family="tax", online_p=0.3,
    ),
    Subject(
        key="rd_deduct", kind=PB, formal="研发费用加计扣除政策",
        english="R&D Expense Super Deduction Briefing", themes=("tax", "tech"),
        leads=("swj", "kjj"), cohosts=("kjj", "gxj", "kfq", "gsl", "swj"),
        venues=("sw", "kc", "kfq"), plain=("研发费用怎么加计扣除", "研发费用加计扣除申报辅导"),
        slogan=("创新有“税”惠",), acronym=("加计扣除政策宣讲",), words=("研发费用加计扣除",),
        sectors=("科技型企业", "制造业"), family="tax", online_p=0.2,
    ),
    Subject(
        key="res_tax", kind=PB, formal="资源税和环境保护税",
        english="Resource Tax and Environmental Protection Tax Briefing", themes=("tax", "env"),
        leads=("swj",), cohosts=("sthj", "nyj"), venues=("sw", "zw"),
        plain=("资源税、环保税申报辅导",), acronym=("资源税环保税“两税”宣讲",),
        words=("资源税", "环境保护税"), sectors=("煤矿", "焦化", "化工"), family="tax",
    ),
    Subject(
        key="small_tax", kind=PB, formal="小微企业和个体工商户税费优惠政策",
        english="Tax Incentives for Small and Micro Businesses", themes=("tax",), leads=("swj",),
        cohosts=("gsl", "scj", "rmt"), venues=("sw", "zw", "town"),
        plain=("小微企业税费优惠一次讲清", "个体户税费优惠政策解读"), slogan=("税惠红利直达快享",),
        words=("小微企业", "个体工商户"), sectors=("小微企业", "个体工商户"), family="tax",
        online_p=0.2, weight=1.2,
    ),
    Subject(
        key="einvoice", kind=TR, formal="全面数字化的电子发票开具与使用",
        english="Fully Digitalized E-invoice Training", themes=("tax",), leads=("swj",),
        cohosts=("gsl", "gxj"), venues=("sw", "zw"),
        plain=("数电票怎么开？操作培训来了", "电子发票开具操作培训"),
        acronym=("数电票培训", "数电票操作培训"), words=("数电票", "电子发票"), sectors=("全行业",),
        series=True, online_p=0.35,
    ),
    Subject(
        key="tax_cloud", kind=PB, formal="税费政策云课堂", english="Online Tax Policy Class",
        themes=("tax",), leads=("swj",), cohosts=("gsl", "rmt"), venues=(), suffix=("",),
        plain=("纳税人学堂·线上课",), slogan=("税课到家",), words=("云课堂",), sectors=("全行业",),
        hours=(1.5,), series=True, online_p=1.0, weight=0.0,
    ),
    # --- social insurance, employment ------------------------------------
    Subject(
        key="pension", kind=PB, formal="企业职工基本养老保险政策",
        english="Basic Pension Insurance Policy Briefing", themes=("social",), leads=("rsj",),
        cohosts=("zgh", "gsl", "rmt", "kfq"), venues=("zw", "rs", "gh", "town"),
        plain=("养老保险政策进企业", "养老保险怎么缴、怎么领"), slogan=("老有所养 政策护航",),
        words=("养老保险", "企业职工"), sectors=("全行业",), family="social", weight=1.1,
    ),
    Subject(
        key="medical", kind=PB, formal="职工基本医疗保险政策",
        english="Employee Medical Insurance Policy Briefing", themes=("medical",), leads=("ybj",),
        cohosts=("zgh", "gsl", "rmt"), venues=("zw", "gh", "town"),
        plain=("医保政策进企业", "医保报销怎么办"), slogan=("医保为民 健康同行",),
        words=("医疗保险", "门诊共济"), sectors=("全行业",), family="social", weight=1.1,
    ),
    Subject(
        key="injury", kind=PB, formal="工伤保险政策", english="Work Injury Insurance Briefing",
        themes=("social", "safety"), leads=("rsj",), cohosts=("yjj", "nyj", "zgh", "mtxh"),
        venues=("rs", "zw", "mk"), plain=("工伤保险政策进企业", "工伤认定与待遇申领讲解"),
        slogan=("工伤预防 幸福你我",), words=("工伤保险", "工伤预防"),
        sectors=("煤矿", "焦化", "建筑", "物流"), family="social",
    ),
    Subject(
        key="unemp", kind=PB, formal="失业保险稳岗返还和技能提升补贴政策",
        english="Unemployment Insurance Job Retention Briefing", themes=("social", "skills"),
        leads=("rsj",), cohosts=("gsl", "kfq", "gxj"), venues=("rs", "zw", "kfq"),
        plain=("稳岗返还政策解读", "失业保险惠企政策宣讲"), slogan=("稳岗惠企 政策直达",),
        words=("稳岗返还", "失业保险"), sectors=("全行业",), family="social", online_p=0.2,
    ),
    Subject(
        key="medfund", kind=PB, formal="医保基金使用监督管理",
        english="Medical Insurance Fund Supervision Briefing", themes=("medical",), leads=("ybj",),
        cohosts=("scj", "rmt"), venues=("zw",),
        plain=("医保基金监管政策进药店", "定点医药机构医保基金使用培训"),
        slogan=("守好人民群众的“看病钱”",), words=("医保基金监管", "定点医药机构"),
        sectors=("医药", "医疗机构"), family="medical",
    ),
    Subject(
        key="skill_sub", kind=PB, formal="职业技能提升补贴政策",
        english="Vocational Skill Subsidy Briefing", themes=("skills",), leads=("rsj",),
        cohosts=("zgh", "gsl", "kfq"), venues=("rs", "kfq", "town"),
        plain=("技能提升补贴怎么领", "企业职工培训补贴政策解读"), slogan=("技能强企 补贴到人",),
        words=("技能提升补贴",), sectors=("全行业",), online_p=0.2,
    ),
    Subject(
        key="chem_op", kind=TR, formal="化工总控工职业技能等级认定",
        english="Chemical Process Control Operator Skill Training", themes=("skills", "chem"),
        leads=("rsj",), cohosts=("kfq", "zgh"), venues=("dx", "hg", "rs"),
        plain=("化工总控工技能培训", "化工操作工技能等级培训"),
        words=("化工总控工", "技能等级认定"), sectors=("化工", "焦化"), hours=(8.0,),
        levels=("初级", "中级", "高级"), family="skills",
    ),
    Subject(
        key="welder", kind=TR, formal="焊工职业技能等级认定", english="Welder Skill Level Training",
        themes=("skills",), leads=("rsj",), cohosts=("zgh", "mtxh"), venues=("mk", "rs"),
        plain=("焊工技能提升培训", "电焊工等级培训"), words=("焊工", "技能等级认定"),
        sectors=("煤矿", "焦化", "建筑"), hours=(8.0,), levels=("初级", "中级", "高级"),
        family="special_ops",
    ),
    Subject(
        key="syb", kind=TR, formal="创办你的企业（SYB）创业",
        english="Start Your Business (SYB) Training", themes=("skills",), leads=("rsj",),
        cohosts=("gsl", "zgh", "nyncj"), venues=("rs", "kc", "town"),
        plain=("创业培训班", "想创业？免费创业培训开班啦"), acronym=("SYB创业培训", "SYB培训班"),
        words=("创业培训", "SYB"), sectors=("返乡创业人员", "小微企业"), hours=(8.0, 3.0),
        series=True,
    ),
    Subject(
        key="ecommerce", kind=TR, formal="农村电商直播带货技能",
        english="Rural E-commerce Livestreaming Training", themes=("agri", "industry"),
        leads=("gxj",), cohosts=("nyncj", "rsj", "rmt", "ds"), venues=("kc", "rmt", "town"),
        plain=("手把手教你直播卖小米", "电商直播带货培训"), slogan=("小屏幕 大市场",),
        words=("农村电商", "直播带货"), sectors=("农业", "特色农产品", "小微企业"), series=True,
    ),
    Subject(
        key="wage", kind=PB, formal="劳动合同与工资支付保障",
        english="Labor Contracts and Wage Payment Briefing", themes=("social", "union"),
        leads=("rsj",), cohosts=("zgh", "gsl", "lm", "sy"), venues=("rs", "gh", "town"),
        plain=("根治欠薪政策宣讲", "劳动合同签订常见问题讲解"), slogan=("根治欠薪 护薪行动",),
        words=("根治欠薪", "劳动合同"), sectors=("建筑", "物流", "小微企业"),
    ),
    # --- market supervision ----------------------------------------------
    Subject(
        key="food", kind=TR, formal="食品安全“两个责任”落实",
        english="Food Safety Responsibility Training", themes=("food", "market"), leads=("scj",),
        cohosts=("nyncj", "wlj", "zgh", "lm", "sy", "ds"), venues=("zw", "town", "yk"),
        plain=("食品安全管理员培训", "小餐饮食品安全培训"), slogan=("守护舌尖上的安全",),
        acronym=("两个责任培训",), words=("食品安全", "两个责任"),
        sectors=("食品生产", "餐饮", "老陈醋酿造"), weight=1.2,
    ),
    Subject(
        key="equip", kind=TR, formal="特种设备安全管理",
        english="Special Equipment Safety Management Training", themes=("market", "safety"),
        leads=("scj",), cohosts=("yjj", "kfq", "gxj"), venues=("zw", "kfq", "hg"),
        plain=("锅炉、压力容器安全管理培训", "特种设备安全管理员培训"),
        slogan=("特种设备 安全第一",), words=("特种设备", "压力容器"),
        sectors=("焦化", "化工", "煤矿"), series=True,
    ),
    Subject(
        key="forklift", kind=TR, formal="特种设备作业人员（叉车司机）",
        english="Forklift Operator Certification Training", themes=("market", "skills"),
        leads=("scj",), cohosts=("rsj", "gxj"), venues=("kfq", "t-lw"),
        plain=("叉车司机证培训", "叉车司机考证培训"), words=("叉车", "特种设备作业"),
        sectors=("物流", "仓储"), hours=(8.0,), family="equip_ops",
    ),
    Subject(
        key="crane", kind=TR, formal="特种设备作业人员（起重机指挥与司机）",
        english="Crane Operator Certification Training", themes=("market", "skills"),
        leads=("scj",), cohosts=("rsj", "gxj"), venues=("kfq", "t-lw"),
        plain=("起重机司机证培训", "桥门式起重机司机培训"), words=("起重机", "特种设备作业"),
        sectors=("焦化", "物流", "仓储"), hours=(8.0,), family="equip_ops",
    ),
    Subject(
        key="vinegar_std", kind=TR, formal="老陈醋食品生产许可与产品标准",
        english="Vinegar Production Licensing and Standards Training", themes=("food", "agri"),
        leads=("scj",), cohosts=("nyncj", "gxj"), venues=("t-yj", "zw"),
        plain=("醋企生产许可和标准培训", "老陈醋企业质量管理培训"),
        slogan=("匠心酿好醋 质量立品牌",), words=("老陈醋", "生产许可"), sectors=("老陈醋酿造",),
        family="vinegar",
    ),
    Subject(
        key="ip", kind=PB, formal="知识产权与商标品牌建设", english="IP and Trademark Briefing",
        themes=("market", "tech"), leads=("scj",), cohosts=("kjj", "gsl", "nyncj"),
        venues=("zw", "kc"), plain=("商标注册和地理标志怎么申请",),
        slogan=("品牌强县 知识产权护航",), words=("知识产权", "地理标志"),
        sectors=("老陈醋酿造", "特色农产品", "制造业"),
    ),
    Subject(
        key="credit", kind=PB, formal="企业信用修复与年度报告",
        english="Enterprise Credit Repair and Annual Report Briefing", themes=("market",),
        leads=("scj",), cohosts=("gsl", "swj"), venues=("zw",), plain=("企业年报和信用修复怎么办",),
        slogan=("诚信经营 信用焦原",), words=("信用修复", "企业年报"), sectors=("全行业",),
        online_p=0.3,
    ),
    # --- environment ---------------------------------------------------------
    Subject(
        key="permit", kind=TR, formal="排污许可证申请与执行报告",
        english="Pollutant Discharge Permit Training", themes=("env",), leads=("sthj",),
        cohosts=("kfq", "gxj"), venues=("kfq", "zw", "hg"),
        plain=("排污许可证执行报告怎么填", "排污许可管理培训"), words=("排污许可", "执行报告"),
        sectors=("焦化", "化工", "煤矿"), family="env",
    ),
    Subject(
        key="hazwaste", kind=TR, formal="危险废物规范化环境管理",
        english="Hazardous Waste Management Training", themes=("env", "chem"), leads=("sthj",),
        cohosts=("kfq", "yjj"), venues=("kfq", "hg", "zw"), plain=("危废怎么管？规范化管理培训",),
        acronym=("危废规范化管理培训",), words=("危险废物", "规范化管理"), sectors=("化工", "焦化"),
        family="env",
    ),
    Subject(
        key="ultra_low", kind=PB, formal="焦化行业超低排放改造政策",
        english="Ultra-low Emission Retrofit Briefing for Coking Plants",
        themes=("env", "industry"), leads=("sthj",), cohosts=("gxj", "kfq", "nyj"),
        venues=("kfq", "zw"), plain=("焦化超低排放改造政策解读",), slogan=("蓝天保卫 焦化先行",),
        words=("超低排放", "焦化"), sectors=("焦化",),
    ),
    Subject(
        key="carbon", kind=PB, formal="全国碳排放权交易市场与温室气体自愿减排",
        english="Carbon Market and CCER Briefing", themes=("env", "industry"), leads=("sthj",),
        cohosts=("gxj", "kfq", "nyj"), venues=("kfq", "kc"), plain=("碳市场和碳交易政策解读",),
        acronym=("CCER政策宣讲", "碳市场与CCER专题讲座"), words=("碳排放权交易", "CCER"),
        sectors=("焦化", "化工", "煤矿"), online_p=0.3,
    ),
    # --- industry, technology, finance -------------------------------------
    Subject(
        key="srdi", kind=PB, formal="专精特新中小企业培育政策",
        english="Specialized and Innovative SMEs Policy Briefing", themes=("industry",),
        leads=("gxj",), cohosts=("kjj", "gsl", "kfq"), venues=("kc", "kfq", "zw"),
        plain=("怎样申报专精特新企业", "“小巨人”企业申报辅导"), slogan=("专注专业 精益求精",),
        acronym=("专精特新政策宣讲",), words=("专精特新", "小巨人"), sectors=("制造业", "中小企业"),
        family="tech_cert",
    ),
    Subject(
        key="digital", kind=TR, formal="制造业数字化转型",
        english="Digital Transformation Workshop for Manufacturers", themes=("industry", "tech"),
        leads=("gxj",), cohosts=("kfq", "kjj"), venues=("kc", "kfq"),
        plain=("中小企业数字化转型怎么做",), slogan=("数智赋能 转型升级",),
        acronym=("工业互联网+数字化转型培训",), words=("数字化转型", "工业互联网"),
        sectors=("制造业", "焦化", "化工"), series=True, online_p=0.3,
    ),
    Subject(
        key="hitech", kind=PB, formal="高新技术企业认定",
        english="High-tech Enterprise Certification Briefing", themes=("tech",), leads=("kjj",),
        cohosts=("swj", "kfq", "gxj"), venues=("kc", "kfq"),
        suffix=("申报辅导会", "政策宣讲会", "专题辅导"),
        plain=("高企认定申报辅导", "高新技术企业怎么申报"),
        acronym=("高企申报培训", "高企认定辅导"), words=("高新技术企业", "认定申报"),
        sectors=("科技型企业", "制造业"), family="tech_cert",
    ),
    Subject(
        key="smeval", kind=PB, formal="科技型中小企业评价",
        english="Tech-based SME Evaluation Briefing", themes=("tech",), leads=("kjj",),
        cohosts=("swj", "kfq", "gxj"), venues=("kc", "kfq"),
        suffix=("申报辅导会", "政策宣讲会", "专题辅导"),
        plain=("科技型中小企业怎么入库", "科技型中小企业评价申报辅导"), acronym=("科小评价辅导",),
        words=("科技型中小企业", "评价入库"), sectors=("科技型企业", "中小企业"),
        family="tech_cert",
    ),
    Subject(
        key="logistics", kind=PB, formal="商贸物流企业纾困解难政策",
        english="Relief Policies for Logistics Firms", themes=("logistics",), leads=("gxj",),
        cohosts=("gsl", "swj", "rsj"), venues=("zw", "t-lw"), plain=("物流企业惠企政策解读",),
        slogan=("畅通物流 助企纾困",), words=("商贸物流", "纾困"), sectors=("物流", "商贸"),
    ),
    Subject(
        key="finance", kind=PB, formal="银企对接暨惠企金融政策",
        english="Bank-Enterprise Matchmaking and Financing Policy Briefing", themes=("finance",),
        leads=("gsl", "kfq"), cohosts=("gxj", "kfq", "gsl", "rmt"), venues=("kfq", "zw", "dx"),
        plain=("银行进园区 贷款政策面对面", "惠企金融政策解读"), slogan=("金融活水 润泽企业",),
        words=("银企对接", "普惠金融"), sectors=("中小企业", "民营企业"),
    ),
    Subject(
        key="biz_env", kind=PB, formal="优化营商环境政策",
        english="Business Environment Policy Briefing", themes=("policy", "finance"),
        leads=("gsl",), cohosts=("rmt", "scj", "kfq"), venues=("zw", "dx"),
        plain=("营商环境政策进企业",), slogan=("服务有温度 营商更便捷",), words=("营商环境",),
        sectors=("民营企业",),
    ),
    Subject(
        key="entrepreneur", kind=TR, formal="民营企业家素质提升",
        english="Private Entrepreneurs Leadership Program", themes=("finance", "policy"),
        leads=("dx", "gsl"), cohosts=("gsl", "dx", "gxj"), venues=("dx",),
        suffix=("研修班", "专题培训班"), plain=("民营企业家培训班",), slogan=("新时代晋商 新担当",),
        words=("民营企业家", "素质提升"), sectors=("民营企业",), hours=(8.0,), series=True,
    ),
    # --- union ------------------------------------------------------------
    Subject(
        key="labor_rights", kind=PB, formal="职工劳动权益保障普法",
        english="Workers' Rights Legal Awareness Session", themes=("union",), leads=("zgh",),
        cohosts=("rsj", "rmt", "lm", "sy"), venues=("gh", "town"),
        suffix=("宣讲", "宣讲活动", "讲座"), plain=("职工维权法律知识讲座", "劳动法律知识进企业"),
        slogan=("尊法守法 护航职工",), words=("劳动法律", "职工维权"), sectors=("全行业",),
        hours=(1.5, 2.0),
    ),
    Subject(
        key="craftsman", kind=TR, formal="职工职业技能大赛赛前集训",
        english="Pre-competition Training for the Workers' Skills Contest",
        themes=("union", "skills"), leads=("zgh",), cohosts=("rsj", "mtxh", "kfq"),
        venues=("mk", "gh", "hg"), suffix=("", "班"), plain=("技能大赛集训",),
        slogan=("匠心筑梦 技能成才",), words=("技能竞赛", "工匠"), sectors=("煤矿", "焦化", "化工"),
        series=True, weight=0.7,
    ),
    # --- agriculture and tourism -----------------------------------------
    Subject(
        key="millet", kind=TR, formal="谷子绿色高产高效栽培技术",
        english="Millet Cultivation Training", themes=("agri",), leads=("nyncj", "nyncj", "ds"),
        cohosts=("ds", "sy", "lm", "rmt"),
        venues=("town:南庄镇", "town:东山乡", "town:桃园乡", "town:石窑镇"),
        plain=("小米种植技术培训", "谷子种植田间课堂"), slogan=("种好焦原小米",),
        words=("谷子", "小米"), sectors=("种植户", "农民专业合作社"),
    ),
    Subject(
        key="vinegar_tech", kind=TR, formal="老陈醋传统酿造工艺与质量控制",
        english="Traditional Vinegar Brewing Training", themes=("agri", "food"), leads=("nyncj",),
        cohosts=("scj", "gxj"), venues=("town:义井镇",), plain=("老陈醋酿造技术培训",),
        slogan=("传承酿醋技艺",), words=("老陈醋", "酿造工艺"), sectors=("老陈醋酿造",),
        family="vinegar",
    ),
    Subject(
        key="coop", kind=TR, formal="农民专业合作社规范化管理",
        english="Farmers' Cooperative Management Training", themes=("agri",),
        leads=("nyncj", "ds", "sy"), cohosts=("ds", "lm", "sy"), venues=("town",),
        plain=("合作社财务和规范管理培训",), words=("农民专业合作社", "规范化"),
        sectors=("农民专业合作社",),
    ),
    Subject(
        key="homestay", kind=TR, formal="乡村民宿经营与服务",
        english="Rural Homestay Management Training", themes=("tourism",), leads=("wlj",),
        cohosts=("ds", "nyncj", "rsj"), venues=("yk", "town:东山乡", "town:峪口镇"),
        plain=("民宿怎么开、怎么管", "民宿经营者培训"), slogan=("诗意山乡 品质民宿",),
        words=("乡村民宿", "服务规范"), sectors=("民宿", "农家乐"),
    ),
    Subject(
        key="scenic_safety", kind=TR, formal="旅游景区安全管理",
        english="Scenic Area Safety Training", themes=("tourism", "safety"), leads=("wlj",),
        cohosts=("yjj", "scj"), venues=("yk",), plain=("景区安全管理培训",),
        slogan=("平安旅游 你我同行",), words=("景区安全", "游客安全"), sectors=("景区", "民宿"),
    ),
    Subject(
        key="tour_policy", kind=PB, formal="文旅惠企政策",
        english="Tourism Business Support Policy Briefing", themes=("tourism",), leads=("wlj",),
        cohosts=("gsl", "rmt"), venues=("yk", "zw"), plain=("文旅企业惠企政策解读",),
        slogan=("晋享焦原 文旅添彩",), words=("文旅消费", "惠企政策"),
        sectors=("景区", "民宿", "餐饮"),
    ),
    # --- media -------------------------------------------------------------
    Subject(
        key="policy_live", kind=PB, formal="惠企政策在线解读",
        english="Live Q&A on Business Support Policies", themes=("media", "policy"), leads=("rmt",),
        cohosts=("gsl", "swj", "rsj", "gxj"), venues=("rmt",), suffix=("", "直播"),
        plain=("惠企政策直播间", "政策解读直播"), slogan=("政策早知道 惠企零距离",),
        words=("政策解读", "直播"), sectors=("全行业",), hours=(1.0, 1.5), online_p=0.7, weight=0.8,
    ),
)
# fmt: on
SUBJECT: dict[str, Subject] = {s.key: s for s in SUBJECTS}

FAMILIES: dict[str, tuple[str, ...]] = {
    "social": ("pension", "medical", "injury", "unemp"),
    "tax": ("vat_refund", "cit", "rd_deduct", "res_tax", "small_tax"),
    "special_ops": ("elec_ops", "weld_ops", "welder"),
    "tech_cert": ("hitech", "smeval", "srdi"),
    "env": ("permit", "hazwaste"),
    "vinegar": ("vinegar_std", "vinegar_tech"),
    "equip_ops": ("forklift", "crane"),
    "medical": ("medical", "medfund"),
    "mine_tech": ("gas", "smart_mine"),
    "chem_safety": ("psm", "hazop", "hazchem"),
}
PARALLEL_SUBJECTS: tuple[str, ...] = (
    "two_roles",
    "dual_prev",
    "elec_ops",
    "weld_ops",
    "syb",
    "entrepreneur",
    "einvoice",
    "digital",
    "craftsman",
    "equip",
    "confined",
    "mine_std",
    "hazop",
)
TOUR_SUBJECTS: tuple[str, ...] = (
    "safety_law",
    "food",
    "millet",
    "labor_rights",
    "fire",
    "wage",
    "coop",
    "syb",
    "pension",
    "medical",
    "small_tax",
    "skill_sub",
)


# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Quals:
    series: int = 0
    cls: int = 0
    level: str = ""
    town: str = ""


@dataclass(frozen=True)
class Online:
    platform: str  # "tencent", "dingtalk" or "live"
    code: str
    slug: str


@dataclass
class Session:
    sid: int
    subj: Subject
    kind: str
    start: datetime
    end: datetime
    hosts: list[str]
    bkey: str = ""
    room: Room | None = None
    online: Online | None = None
    quals: Quals = field(default_factory=Quals)
    regions: list[str] = field(default_factory=list)
    auto_series: bool = False
    live_slug: str = ""


def _workdays() -> list[date]:
    out: list[date] = []
    d = SEASON_START
    while d <= SEASON_END:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


class _Builder:
    """Lays out the real sessions of one season, hard-negative groups first."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.days = _workdays()
        self.sessions: list[Session] = []
        self.busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.codes: dict[str, int] = {}
        self.groups: list[tuple[str, list[Session]]] = []
        self.multi_target = self.rng.uniform(0.32, 0.36)

    # -- bookkeeping -------------------------------------------------------

    def postings(self) -> int:
        return sum(len(s.hosts) for s in self.sessions)

    def multi_share(self) -> float:
        total = self.postings()
        multi = sum(len(s.hosts) for s in self.sessions if len(s.hosts) > 1)
        return multi / total if total else 0.0

    def _free(self, key: str, s: datetime, e: datetime) -> bool:
        pad = timedelta(minutes=30)
        return all(e + pad <= bs or s >= be + pad for bs, be in self.busy.get(key, []))

    def _room(self, bkey: str, s: datetime, e: datetime, avoid: Sequence[str] = ()) -> Room | None:
        rooms = [r for r in BUILDINGS[bkey].rooms if r.key not in avoid and self._free(r.key, s, e)]
        return self.rng.choice(rooms) if rooms else None

    def _online(self, platform: str = "tencent") -> Online:
        rng = self.rng
        while True:
            code = f"{rng.randint(100, 999)}{rng.randint(0, 999):03d}{rng.randint(0, 999):03d}"
            if code not in self.codes:
                break
        self.codes[code] = 1
        length = 10 if platform != "live" else 6
        slug = "".join(rng.choice(ALNUM) for _ in range(length))
        return Online(platform, code, slug)

    def _platform(self, lead: str) -> str:
        if lead == "rmt":
            return "live"
        return _pick(self.rng, ("tencent", "dingtalk"), (0.82, 0.18))

    def _slot(self, day: date, subj: Subject, part: str = "") -> tuple[datetime, datetime]:
        rng = self.rng
        h = rng.choice(subj.hours)
        if part in ("am", "pm") and h >= 6:
            h = 2.5
        if not part:
            if h >= 6:
                part = "full"
            else:
                eve = 0.05 if "union" in subj.themes else 0.0
                part = _pick(rng, ("am", "pm", "eve"), (0.56, 0.44, eve))
        if part == "full":
            start = _at(day, 9) if rng.random() < 0.8 else _at(day, 8, 30)
            end = _at(day, 17, 30) if rng.random() < 0.6 else _at(day, 17)
            return start, end
        if part == "eve":
            return _at(day, 19, 30), _at(day, 21)
        if part == "am":
            start = _pick(rng, (_at(day, 9), _at(day, 9, 30), _at(day, 10)), (0.7, 0.2, 0.1))
            end = min(start + timedelta(hours=h), _at(day, 12))
            return start, end
        start = _pick(rng, (_at(day, 15), _at(day, 15, 30), _at(day, 14, 30)), (0.75, 0.15, 0.1))
        end = min(start + timedelta(hours=h), _at(day, 18))
        return start, end

    def _resolve(self, venue: str) -> str:
        if venue == "town":
            return TOWN_HALL[self.rng.choice(TOWNS)]
        if venue.startswith("town:"):
            return TOWN_HALL[venue[5:]]
        return venue

    def _n_hosts(self, multi_p: float | None = None) -> int:
        if multi_p is not None and self.rng.random() >= multi_p:
            return 1
        return _pick(self.rng, (2, 3, 4), (0.62, 0.28, 0.10))

    def _hosts(
        self, subj: Subject, n: int, lead: str, town: str = "", hall: bool = False
    ) -> list[str]:
        """Lead plus n-1 co-hosts; town governments only co-host in their own town, the
        zone's 管委会 not at town halls."""
        rng = self.rng
        pool = [
            d
            for d in dict.fromkeys(subj.cohosts)
            if d != lead
            and (not DEPT[d].town or DEPT[d].town == town)
            and not (hall and d == "kfq")
        ]
        rng.shuffle(pool)
        gov = TOWN_GOV.get(town, "")
        if gov and gov != lead and n > 1 and rng.random() < 0.6:
            pool = [gov, *[d for d in pool if d != gov]]
        return [lead, *pool[: max(0, n - 1)]]

    def _lead(self, subj: Subject) -> str:
        return self.rng.choice(subj.leads)

    def _add(
        self,
        subj: Subject,
        start: datetime,
        end: datetime,
        hosts: list[str],
        bkey: str = "",
        room: Room | None = None,
        online: Online | None = None,
        quals: Quals | None = None,
        regions: list[str] | None = None,
        auto_series: bool = False,
    ) -> Session:
        rng = self.rng
        if room is not None:
            self.busy.setdefault(room.key, []).append((start, end))
        if quals is None:
            quals = Quals(level=rng.choice(subj.levels) if subj.levels else "")
        if regions is None:
            regions = [BUILDINGS[bkey].town] if bkey.startswith("t-") else []
        live = "".join(rng.choice(ALNUM) for _ in range(6))
        sess = Session(
            sid=len(self.sessions) + 1,
            subj=subj,
            kind=subj.kind,
            start=start,
            end=end,
            hosts=hosts,
            bkey=bkey,
            room=room,
            online=online,
            quals=quals,
            regions=regions,
            auto_series=auto_series,
            live_slug=live,
        )
        self.sessions.append(sess)
        return sess

    def _town_of(self, bkey: str) -> str:
        return BUILDINGS[bkey].town if bkey else ""

    # -- hard-negative scenarios ----------------------------------------------

    def parallel_classes(self) -> None:
        rng = self.rng
        subj = SUBJECT[rng.choice(PARALLEL_SUBJECTS)]
        bkeys = [b for b in subj.venues if b in BUILDINGS and len(_class_rooms(b)) >= 2]
        if not bkeys:
            return
        for _ in range(40):
            day = rng.choice(self.days)
            s, e = self._slot(day, subj)
            bkey = rng.choice(bkeys)
            rooms = [r for r in _class_rooms(bkey) if self._free(r.key, s, e)]
            k = 3 if len(rooms) >= 3 and rng.random() < 0.3 else 2
            if len(rooms) < k:
                continue
            chosen = sorted(rng.sample(rooms, k), key=lambda r: r.key)
            leads = [d for d in dict.fromkeys((*subj.leads, *subj.cohosts)) if not DEPT[d].town]
            first = self._lead(subj)
            others = [d for d in leads if d != first]
            rng.shuffle(others)
            order = [first, *others]
            series = rng.randint(2, 6) if subj.series and rng.random() < 0.5 else 0
            group: list[Session] = []
            for i, room in enumerate(chosen):
                lead = order[i % len(order)]
                hosts = self._hosts(subj, self._n_hosts(0.4), lead)
                group.append(
                    self._add(
                        subj,
                        s,
                        e,
                        hosts,
                        bkey=bkey,
                        room=room,
                        quals=Quals(series=series, cls=i + 1),
                    )
                )
            self.groups.append(("parallel_rooms", group))
            return

    def level_variants(self) -> None:
        rng = self.rng
        subj = SUBJECT[rng.choice(("chem_op", "welder"))]
        bkeys = [b for b in subj.venues if len(_class_rooms(b)) >= 2]
        for _ in range(40):
            day = rng.choice(self.days)
            s, e = self._slot(day, subj)
            bkey = rng.choice(bkeys)
            rooms = [r for r in _class_rooms(bkey) if self._free(r.key, s, e)]
            k = 3 if len(rooms) >= 3 and rng.random() < 0.3 else 2
            if len(rooms) < k:
                continue
            levels = sorted(rng.sample(subj.levels, k), key=subj.levels.index)
            group: list[Session] = []
            for level, room in zip(levels, rng.sample(rooms, k), strict=True):
                hosts = self._hosts(subj, self._n_hosts(0.45), "rsj")
                group.append(
                    self._add(subj, s, e, hosts, bkey=bkey, room=room, quals=Quals(level=level))
                )
            self.groups.append(("qualifier_variants", group))
            return

    def town_specials_online(self) -> None:
        rng = self.rng
        subj = SUBJECT[rng.choice(("policy_live", "small_tax", "pension", "skill_sub", "medical"))]
        day = rng.choice(self.days)
        s, e = self._slot(day, subj, "pm" if rng.random() < 0.6 else "am")
        towns = rng.sample(TOWNS, 3 if rng.random() < 0.25 else 2)
        lead = self._lead(subj)
        group: list[Session] = []
        for town in towns:
            on = self._online(self._platform(lead))
            hosts = self._hosts(subj, self._n_hosts(0.45), lead, town)
            group.append(
                self._add(
                    subj,
                    s,
                    e,
                    hosts,
                    online=on,
                    quals=Quals(town=town),
                    regions=[town],
                )
            )
        self.groups.append(("qualifier_variants", group))

    def same_room_am_pm(self) -> None:
        rng = self.rng
        subj = SUBJECT[rng.choice(PARALLEL_SUBJECTS)]
        bkeys = [b for b in subj.venues if b in BUILDINGS]
        for _ in range(40):
            day = rng.choice(self.days)
            s1, e1 = self._slot(day, subj, "am")
            s2, e2 = self._slot(day, subj, "pm")
            bkey = rng.choice(bkeys)
            rooms = [
                r
                for r in BUILDINGS[bkey].rooms
                if self._free(r.key, s1, e1) and self._free(r.key, s2, e2)
            ]
            if not rooms:
                continue
            room = rng.choice(rooms)
            lead = self._lead(subj)
            hosts = self._hosts(subj, self._n_hosts(0.4), lead)
            series = rng.randint(1, 5) if subj.series and rng.random() < 0.4 else 0
            group = [
                self._add(subj, s, e, list(hosts), bkey=bkey, room=room, quals=Quals(series, i))
                for i, (s, e) in enumerate(((s1, e1), (s2, e2)), start=1)
            ]
            self.groups.append(("same_room_am_pm", group))
            return

    def successive_days(self) -> None:
        rng = self.rng
        cands = [s for s in SUBJECTS if s.weight > 0 and s.venues and not s.levels]
        subj = _pick(rng, cands, [s.weight for s in cands])
        k = 3 if rng.random() < 0.35 else 2
        for _ in range(40):
            i = rng.randrange(len(self.days) - k)
            days = self.days[i : i + k]
            s0, e0 = self._slot(days[0], subj)
            slots = [
                (
                    _at(d, s0.hour, s0.minute),
                    _at(d, e0.hour, e0.minute),
                )
                for d in days
            ]
            bkey = self._resolve(rng.choice(subj.venues))
            rooms = [
                r for r in BUILDINGS[bkey].rooms if all(self._free(r.key, s, e) for s, e in slots)
            ]
            if not rooms:
                continue
            room = rng.choice(rooms)
            lead = self._lead(subj)
            if DEPT[lead].town and DEPT[lead].town != BUILDINGS[bkey].town:
                continue
            hall = bkey.startswith("t-")
            hosts = self._hosts(subj, self._n_hosts(0.35), lead, self._town_of(bkey), hall)
            numbered = subj.series and rng.random() < 0.5
            n0 = rng.randint(1, 4)
            group = [
                self._add(
                    subj,
                    s,
                    e,
                    list(hosts),
                    bkey=bkey,
                    room=room,
                    quals=Quals(series=n0 + j if numbered else 0),
                )
                for j, (s, e) in enumerate(slots)
            ]
            self.groups.append(("successive_days", group))
            return

    def same_building_other_policy(self) -> None:
        rng = self.rng
        bkey = rng.choice(("zw", "zw", "sw", "kfq", "rs", "dx", "gh", "kc", "yj", "mk"))
        local = [s for s in SUBJECTS if s.weight > 0 and bkey in s.venues]
        if len(local) < 4:
            local = [s for s in SUBJECTS if s.weight > 0 and s.venues and "town" not in s.venues]
        k = 3 if rng.random() < 0.2 else 2
        for _ in range(40):
            day = rng.choice(self.days)
            part = "pm" if rng.random() < 0.5 else "am"
            picked: list[Subject] = []
            leads: list[str] = []
            for subj in rng.sample(local, len(local)):
                lead = self._lead(subj)
                if lead in leads or DEPT[lead].town:
                    continue
                picked.append(subj)
                leads.append(lead)
                if len(picked) == k:
                    break
            if len(picked) < k:
                continue
            s, e = self._slot(day, picked[0], part)
            rooms = [r for r in BUILDINGS[bkey].rooms if self._free(r.key, s, e)]
            if len(rooms) < k:
                continue
            group: list[Session] = []
            for subj, lead, room in zip(picked, leads, rng.sample(rooms, k), strict=True):
                hosts = self._hosts(subj, self._n_hosts(0.35), lead)
                end = e if rng.random() < 0.6 else s + timedelta(hours=rng.choice((1.5, 2.0)))
                group.append(
                    self._add(
                        subj,
                        s,
                        end,
                        hosts,
                        bkey=bkey,
                        room=room,
                        auto_series=subj.series,
                    )
                )
            self.groups.append(("same_building_other_policy", group))
            return

    def town_tour(self) -> None:
        rng = self.rng
        subj = SUBJECT[rng.choice(TOUR_SUBJECTS)]
        leads = [d for d in subj.leads if not DEPT[d].town]
        lead = rng.choice(leads)
        towns = rng.sample(TOWNS, rng.randint(3, 5))
        halfdays = rng.random() < 0.4
        for _ in range(40):
            i = rng.randrange(len(self.days) - 5)
            plan: list[tuple[str, datetime, datetime]] = []
            if halfdays:
                for j, town in enumerate(towns):
                    day = self.days[i + j // 2]
                    s, e = self._slot(day, subj, "am" if j % 2 == 0 else "pm")
                    plan.append((town, s, e))
            else:
                s0, e0 = self._slot(self.days[i], subj, "am" if rng.random() < 0.6 else "pm")
                for j, town in enumerate(towns):
                    day = self.days[i + j]
                    plan.append((town, _at(day, s0.hour, s0.minute), _at(day, e0.hour, e0.minute)))
            booked: list[tuple[str, Room, datetime, datetime]] = []
            ok = True
            for town, s, e in plan:
                room = self._room(TOWN_HALL[town], s, e)
                if room is None:
                    ok = False
                    break
                booked.append((town, room, s, e))
            if not ok:
                continue
            group: list[Session] = []
            for town, room, s, e in booked:
                n = self._n_hosts(0.55)
                hosts = self._hosts(subj, n, lead, town, hall=True)
                group.append(
                    self._add(
                        subj,
                        s,
                        e,
                        hosts,
                        bkey=TOWN_HALL[town],
                        room=room,
                        quals=Quals(town=town),
                    )
                )
            self.groups.append(("town_tour", group))
            return

    def lookalike(self) -> None:
        rng = self.rng
        fam = rng.choice(sorted(FAMILIES))
        keys = FAMILIES[fam]
        k = 3 if len(keys) >= 3 and rng.random() < 0.3 else 2
        subjects = [SUBJECT[x] for x in rng.sample(keys, k)]
        for _ in range(40):
            week = rng.randrange(0, len(self.days) - 5)
            monday = self.days[week] - timedelta(days=self.days[week].weekday())
            week_days = [d for d in self.days if 0 <= (d - monday).days < 5]
            if len(week_days) < 2:
                continue
            shared = [
                v
                for v in subjects[0].venues
                if all(v in s.venues for s in subjects[1:]) and v in BUILDINGS
            ]
            same_day = rng.random() < 0.3
            day0 = rng.choice(week_days)
            group: list[Session] = []
            bkey0 = rng.choice(shared) if shared and rng.random() < 0.7 else ""
            ok = True
            for j, subj in enumerate(subjects):
                if same_day:
                    day = day0
                    part = ("am", "pm", "am")[j]
                    if j == 2:
                        day = week_days[(week_days.index(day0) + 1) % len(week_days)]
                else:
                    day = week_days[(week_days.index(day0) + j) % len(week_days)]
                    part = ""
                s, e = self._slot(day, subj, part)
                venues = subj.venues or ("zw",)
                bkey = bkey0 or self._resolve(rng.choice(venues))
                room = self._room(bkey, s, e)
                if room is None:
                    ok = False
                    break
                lead = self._lead(subj)
                if DEPT[lead].town:
                    lead = next((d for d in subj.leads if not DEPT[d].town), lead)
                hall = bkey.startswith("t-")
                hosts = self._hosts(subj, self._n_hosts(0.4), lead, self._town_of(bkey), hall)
                group.append(
                    self._add(subj, s, e, hosts, bkey=bkey, room=room, auto_series=subj.series)
                )
            if not ok:
                for sess in group:
                    self._undo(sess)
                continue
            self.groups.append(("lookalike_titles", group))
            return

    def _undo(self, sess: Session) -> None:
        self.sessions.remove(sess)
        if sess.room is not None:
            self.busy[sess.room.key].remove((sess.start, sess.end))

    def online_same_hour(self) -> None:
        rng = self.rng
        cands = [s for s in SUBJECTS if s.weight > 0 and s.online_p >= 0.15]
        day = rng.choice(self.days)
        part = "pm" if rng.random() < 0.6 else "am"
        first = rng.choice(cands)
        s, e = self._slot(day, first, part)
        group: list[Session] = []
        used: list[str] = []
        for subj in [first, *rng.sample(cands, len(cands))]:
            lead = self._lead(subj)
            if lead in used:
                continue
            used.append(lead)
            on = self._online(self._platform(lead))
            hosts = self._hosts(subj, self._n_hosts(0.35), lead)
            end = e if rng.random() < 0.5 else s + timedelta(hours=rng.choice((1.0, 1.5, 2.0)))
            group.append(self._add(subj, s, end, hosts, online=on, auto_series=subj.series))
            if len(group) == 2:
                break
        self.groups.append(("online_same_hour", group))

    def recurring(self) -> None:
        rng = self.rng
        subj = SUBJECT[rng.choice(("tax_cloud", "tax_cloud", "policy_live"))]
        lead = self._lead(subj)
        on = self._online(self._platform(lead))
        weekday = rng.randrange(0, 5)
        weeks = rng.randint(3, 5)
        first = [d for d in self.days if d.weekday() == weekday]
        i = rng.randrange(0, max(1, len(first) - weeks))
        hour = rng.choice((10, 15, 16))
        n0 = rng.randint(1, 8)
        group: list[Session] = []
        for j, day in enumerate(first[i : i + weeks]):
            s = _at(day, hour)
            e = s + timedelta(hours=rng.choice(subj.hours))
            hosts = self._hosts(subj, self._n_hosts(0.3), lead)
            group.append(self._add(subj, s, e, hosts, online=on, quals=Quals(series=n0 + j)))
        self.groups.append(("recurring_code", group))

    # -- background ------------------------------------------------------------

    def background(self, target: int) -> None:
        rng = self.rng
        subs = [s for s in SUBJECTS if s.weight > 0]
        weights = [s.weight for s in subs]
        guard = 0
        while self.postings() < target and guard < 50000:
            guard += 1
            subj = _pick(rng, subs, weights)
            n = self._n_hosts() if self.multi_share() < self.multi_target else 1
            self._random_session(subj, n)

    def _random_session(self, subj: Subject, n: int) -> Session | None:
        rng = self.rng
        lead = self._lead(subj)
        home = DEPT[lead].town
        for _ in range(20):
            day = rng.choice(self.days)
            s, e = self._slot(day, subj)
            bkey = ""
            room: Room | None = None
            online: Online | None = None
            if home:
                bkey = TOWN_HALL[home]
            elif subj.venues and rng.random() >= subj.online_p:
                bkey = self._resolve(rng.choice(subj.venues))
            if bkey:
                room = self._room(bkey, s, e)
                if room is None:
                    continue
                if rng.random() < 0.1 or (lead == "rmt" and rng.random() < 0.5):
                    online = self._online(self._platform(lead))
            else:
                online = self._online(self._platform(lead))
            town = self._town_of(bkey)
            quals = Quals(
                level=rng.choice(subj.levels) if subj.levels else "",
                town=town if bkey.startswith("t-") and not home and rng.random() < 0.5 else "",
            )
            hosts = self._hosts(subj, n, lead, town, bkey.startswith("t-"))
            auto = subj.series and rng.random() < 0.75
            return self._add(
                subj,
                s,
                e,
                hosts,
                bkey=bkey,
                room=room,
                online=online,
                quals=quals,
                auto_series=auto,
            )
        return None

    def number_series(self) -> None:
        """Give auto-numbered sessions 第N期 in date order per subject and lead office."""
        rng = self.rng
        runs: dict[tuple[str, str], list[Session]] = {}
        for sess in self.sessions:
            if sess.auto_series and sess.subj.series and not sess.quals.series:
                runs.setdefault((sess.subj.key, sess.hosts[0]), []).append(sess)
        for key in sorted(runs):
            offset = rng.randint(0, 4)
            for i, sess in enumerate(sorted(runs[key], key=lambda x: (x.start, x.sid)), start=1):
                sess.quals = replace(sess.quals, series=offset + i)

    def run(self) -> None:
        rng = self.rng
        plan: list[tuple[int, str]] = [
            (rng.randint(9, 12), "parallel_classes"),
            (rng.randint(4, 5), "level_variants"),
            (rng.randint(3, 4), "town_specials_online"),
            (rng.randint(5, 7), "same_room_am_pm"),
            (rng.randint(9, 12), "successive_days"),
            (rng.randint(9, 12), "same_building_other_policy"),
            (rng.randint(7, 9), "town_tour"),
            (rng.randint(8, 11), "lookalike"),
            (rng.randint(6, 8), "online_same_hour"),
            (rng.randint(3, 4), "recurring"),
        ]
        jobs = [name for count, name in plan for _ in range(count)]
        rng.shuffle(jobs)
        for name in jobs:
            getattr(self, name)()
        self.background(rng.randint(1060, 1150))
        self.number_series()


def _class_rooms(bkey: str) -> list[Room]:
    return [r for r in BUILDINGS[bkey].rooms if r.kind in ("num", "ord")]


# ---------------------------------------------------------------------------
# Rendering: how each office writes a session
# ---------------------------------------------------------------------------


def _expand(tpl: str, level: int, abbrev: bool, town: str, in_zone: bool) -> str:
    county = COUNTY_FORMS[level]
    if "{" not in tpl:
        if level >= 2 and not tpl.startswith(("焦原", "中共", "国家", "山西", "晋中")):
            return (_zone_form(level, abbrev) if in_zone else county) + tpl
        return tpl
    town_prefix = county if level >= 2 else ""
    return (
        tpl.replace("{C}", county or "县")
        .replace("{c}", county)
        .replace("{z}", _zone_form(level, abbrev))
        .replace("{t}", town_prefix + town)
        .replace("{T}", town)
    )


def _floor_text(rng: random.Random, dept: Dept, floor: int) -> str:
    style = _pick(rng, FLOOR_STYLES, dept.floor_w)
    forms = {
        "cn_lou": f"{_cn(floor)}楼",
        "ar_lou": f"{floor}楼",
        "F": f"{floor}F",
        "ar_ceng": f"{floor}层",
        "cn_ceng": f"{_cn(floor)}层",
    }
    return forms[style]


def _room_label(rng: random.Random, dept: Dept, room: Room) -> tuple[str, str]:
    """(floor text or "", room text)."""
    arabic = rng.random() < dept.arabic_p
    floor = _floor_text(rng, dept, room.floor)
    if room.kind == "ord":
        n, noun = room.ordinal, room.noun
        forms = (
            f"第{_cn(n)}{noun}",
            f"{_cn(n)}号{noun}",
            f"{n}号{noun}",
            f"{noun}{n}",
            f"第{n}{noun}",
        )
        weights = (0.08, 0.07, 0.45, 0.3, 0.1) if arabic else (0.55, 0.3, 0.08, 0.05, 0.02)
        return (floor if rng.random() < 0.7 else ""), _pick(rng, forms, weights)
    if room.kind == "num":
        num, noun = room.number, room.noun
        label = _pick(rng, (f"{num}{noun}", f"{num}室", f"{noun}{num}", num), (0.5, 0.3, 0.1, 0.1))
        return (floor if rng.random() < 0.25 else ""), label
    return (floor if rng.random() < 0.75 else ""), rng.choice(room.names)


def _wing_text(rng: random.Random, dept: Dept, b: Building, wing: int) -> str:
    letter, wname = b.wing(wing)
    style = _pick(rng, WING_STYLES, dept.wing_w)
    forms = {
        "num": f"{wing}号楼",
        "hash": f"{wing}#楼",
        "cn": f"{_cn(wing)}号楼",
        "letter": f"{letter}座",
        "name": wname,
    }
    return forms[style]


def _room_text(rng: random.Random, dept: Dept, b: Building, room: Room) -> str:
    level = _pick(rng, range(6), dept.prefix_w)
    abbrev = rng.random() < dept.abbrev_p
    cat = _pick(rng, NAME_CATS, dept.name_w)
    bname = _expand(rng.choice(b.names(cat)), level, abbrev, b.town, b.in_zone)
    if cat == "old" and b.old and level <= 2 and rng.random() < 0.3:
        bname = "原" + bname
    if dept.town and dept.town == b.town and b.key.startswith("t-") and rng.random() < 0.4:
        unit = "乡" if b.town.endswith("乡") else "镇"
        bname = _pick(rng, (f"{unit}政府", f"本{unit}政府", f"{unit}便民服务中心"))
    addr = f"（{b.address}）" if cat != "landmark" and rng.random() < dept.addr_p else ""
    wing = _wing_text(rng, dept, b, room.wing) if room.wing else ""
    floor, label = _room_label(rng, dept, room)
    sep = " " if rng.random() < dept.space_p else ""
    if rng.random() < dept.room_first_p:
        tail = sep.join(x for x in (bname, wing, floor) if x)
        text = f"{label}（{tail}）" if rng.random() < 0.6 else f"{label}，{tail}"
    else:
        text = sep.join(x for x in (bname + addr, wing, floor, label) if x)
    if rng.random() < dept.fullwidth_p:
        text = text.translate(_FW_ALL if rng.random() < 0.3 else _FW_DIGITS)
    return text


def _ordinal_en(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def _english_location(rng: random.Random, b: Building, room: Room) -> str:
    if room.kind == "num":
        label = f"Room {room.number}"
    elif room.kind == "ord":
        noun = NOUN_EN.get(room.noun, "Room")
        label = f"{noun} {room.ordinal}" if rng.random() < 0.6 else f"{noun} No.{room.ordinal}"
    else:
        label = room.english or "Conference Room"
    floor = _pick(rng, (f"{room.floor}F", f"{_ordinal_en(room.floor)} Floor", f"{room.floor}/F"))
    parts = [label, floor]
    if room.wing:
        letter, _ = b.wing(room.wing)
        parts.append(f"Building {letter}" if rng.random() < 0.7 else f"Block {letter}")
    parts.append(rng.choice(b.english))
    if rng.random() < 0.5:
        parts.append("Jiaoyuan County, Shanxi")
    return ", ".join(parts)


def _fmt_code(rng: random.Random, dept: Dept, code: str) -> str:
    style = _pick(rng, CODE_STYLES, dept.code_w)
    if style == "dash":
        out = f"{code[:3]}-{code[3:6]}-{code[6:]}"
    elif style == "space":
        out = f"{code[:3]} {code[3:6]} {code[6:]}"
    else:
        out = code
    if rng.random() < dept.fullwidth_p:
        out = out.translate(_FW_DIGITS)
    return out


def _online_text(
    rng: random.Random, dept: Dept, on: Online, english: bool
) -> tuple[str, str | None]:
    code = _fmt_code(rng, dept, on.code)
    show = rng.random() < dept.code_in_loc_p
    if on.platform == "live":
        loc = _pick(rng, ("“焦原融媒”客户端直播", "融媒体中心直播间", "线上直播（焦原融媒App）"))
        if english:
            loc = "Livestream on the Jiaoyuan Media app"
        live = f"https://live.jyrongmei.cn/room/{on.slug}"
        return loc, (live if rng.random() < 0.9 else None)
    if on.platform == "dingtalk":
        if english:
            loc = f"Online (DingTalk meeting {code})" if show else "Online (DingTalk)"
        elif show:
            loc = _pick(rng, (f"钉钉会议：{code}", f"线上（钉钉会议号 {code}）"))
        else:
            loc = _pick(rng, ("钉钉线上会议", "线上"))
        ding = f"https://meeting.dingtalk.com/j/{on.slug}"
        return loc, (ding if rng.random() < dept.url_p or not show else None)
    if english:
        loc = f"Online (Tencent Meeting ID {code})" if show else "Online (Tencent Meeting)"
    elif show:
        loc = _pick(
            rng,
            (
                f"腾讯会议：{code}",
                f"线上（腾讯会议号 {code}）",
                f"腾讯会议 会议号{code}",
                f"网络会议，会议号：{code}",
                f"线上会议（腾讯会议ID：{code}）",
            ),
        )
    else:
        loc = _pick(rng, ("线上会议", "线上", "腾讯会议", "网络视频会议"))
    url: str | None = None
    if rng.random() < dept.url_p or not show:
        url = _pick(
            rng,
            (
                f"https://meeting.tencent.com/dm/{on.slug}",
                f"https://meeting.tencent.com/p/{on.code}",
            ),
            (0.7, 0.3),
        )
    return loc, url


def _location(
    rng: random.Random, dept: Dept, sess: Session, is_lead: bool, english: bool
) -> tuple[str | None, str | None]:
    if not is_lead:
        r = rng.random()
        if r < dept.omit_venue_p:
            return None, None
        if r < dept.omit_venue_p + dept.tbd_venue_p:
            return rng.choice(TBD_TEXTS), None
    room_txt: str | None = None
    if sess.room is not None:
        b = BUILDINGS[sess.bkey]
        if english:
            room_txt = _english_location(rng, b, sess.room)
        else:
            room_txt = _room_text(rng, dept, b, sess.room)
    if sess.online is not None:
        on_txt, url = _online_text(rng, dept, sess.online, english)
        if room_txt is None:
            return on_txt, url
        mode = _pick(
            rng, ("both", "room", "online"), (0.55, 0.3, 0.15) if is_lead else (0.4, 0.35, 0.25)
        )
        if mode == "room":
            return room_txt, (url if rng.random() < 0.5 else None)
        if mode == "online":
            return on_txt, url
        if english:
            return f"{room_txt}; online: {on_txt}"[:500], url
        if on_txt in GENERIC_ONLINE:
            tail = _pick(rng, ("（线上同步）", "，同步开通线上会议", "+线上直播"))
            return f"{room_txt}{tail}"[:500], url
        if on_txt.startswith("线上"):
            joiner = _pick(rng, ("；", "，同步", " / ", "（线下）；"))
        else:
            joiner = _pick(rng, ("；线上：", "，同步线上：", " / ", "（线下）；"))
        return f"{room_txt}{joiner}{on_txt}"[:500], url
    if room_txt is not None and dept.key == "rmt" and rng.random() < 0.7:
        return room_txt, f"https://live.jyrongmei.cn/room/{sess.live_slug}"
    return room_txt, None


def _qual_tokens(
    rng: random.Random, dept: Dept, sess: Session, is_lead: bool, english: bool
) -> tuple[list[str], str]:
    """Series/level/class tokens, and the town (or "") this office writes."""
    q = sess.quals
    arabic = rng.random() < dept.arabic_p
    toks: list[str] = []
    keep_series = rng.random() < (0.95 if is_lead else dept.series_keep)
    if q.series and keep_series:
        if english:
            toks.append(f"Session {q.series}")
        else:
            toks.append(f"第{q.series}期" if arabic else f"第{_cn(q.series)}期")
    if q.level and rng.random() < 0.97:
        if english:
            toks.append(LEVEL_EN[q.level])
        else:
            toks.append(q.level + ("班" if rng.random() < 0.4 else ""))
    if q.cls and (is_lead or rng.random() < 0.85):
        if english:
            toks.append(f"Class {q.cls}")
        elif arabic:
            toks.append(f"{q.cls}班")
        else:
            toks.append(_pick(rng, (f"{_cn(q.cls)}班", f"第{_cn(q.cls)}班")))
    town = ""
    if q.town:
        keep = 0.3 if dept.town == q.town else (0.95 if is_lead else 0.85)
        if rng.random() < keep:
            town = TOWN_EN[q.town] if english else q.town
    return toks, town


def _campaign(rng: random.Random, subj: Subject) -> str:
    for theme in subj.themes:
        if theme in CAMPAIGNS:
            return rng.choice(CAMPAIGNS[theme])
    return rng.choice(CAMPAIGNS["*"])


def _english_title(subj: Subject, sess: Session, toks: list[str], town: str) -> str:
    title = subj.english
    extra = [*toks, town] if town else toks
    if extra:
        title += " (" + ", ".join(extra) + ")"
    if sess.online is not None and sess.room is None:
        title = "[Online] " + title
    return title[:200]


def _title(
    rng: random.Random,
    dept: Dept,
    sess: Session,
    is_lead: bool,
    kind: str,
    english: bool,
) -> str:
    subj = sess.subj
    weights = [
        dept.title_w[0],
        dept.title_w[1] if subj.plain else 0.0,
        dept.title_w[2] if subj.slogan else 0.0,
        dept.title_w[3] if subj.acronym else 0.0,
        dept.title_w[4],
    ]
    style = "english" if english else _pick(rng, TITLE_STYLES, weights)
    toks, town = _qual_tokens(rng, dept, sess, is_lead, style == "english")
    if style == "english":
        return _english_title(subj, sess, toks, town)
    place = _pick(rng, QUAL_PLACES, dept.qual_w)
    if place == "prefix" and sess.quals.level:
        place = "paren"
    suffix = rng.choice(subj.suffix or (TRAIN_SUFFIX if kind == TR else PUB_SUFFIX))
    if subj.formal.endswith("政策") and suffix.startswith("政策"):
        suffix = suffix[2:]
    if style == "formal":
        if toks and place == "inline":
            title = subj.formal + "".join(toks) + suffix
            toks = []
        else:
            title = subj.formal + suffix
    elif style == "plain":
        title = rng.choice(subj.plain)
    elif style == "slogan":
        title = rng.choice(subj.slogan)
        if rng.random() < 0.5:
            title += "——" + subj.formal + ("培训" if kind == TR else "宣讲")
    else:
        title = rng.choice(subj.acronym)
    if toks:
        if place == "prefix":
            title = "".join(toks) + title
        elif place == "dash" and "——" not in title:
            title = title + "——" + "".join(toks)
        else:
            title = title + "（" + "·".join(toks) + "）"
    if town:
        how = _pick(rng, ("dash", "paren", "prefix", "bracket"), (0.4, 0.3, 0.15, 0.15))
        if how == "dash":
            mark = "——" if "——" not in title else "·"
            title = title + mark + town + _pick(rng, ("专场", "站", "专场活动"))
        elif how == "paren":
            title = title + f"（{town}{_pick(rng, ('专场', '站', ''))}）"
        elif how == "prefix":
            title = f"走进{town}·" + title
        else:
            title = f"【{town}】" + title
    if rng.random() < dept.campaign_p:
        title = _campaign(rng, subj) + title
    if rng.random() < dept.season_p:
        title = _pick(rng, ("2027年第三季度", "2027年", "2027年度")) + title
    if rng.random() < dept.notice_p:
        verb = "开展" if kind == PB and rng.random() < 0.5 else "举办"
        title = f"关于{verb}{title}的通知"
    if dept.tag and rng.random() < dept.tag_p:
        title = dept.tag + title
    if rng.random() < dept.signup_p:
        title = "【报名】" + title
    elif sess.online is not None and sess.room is None and rng.random() < 0.15:
        title = _pick(rng, ("【线上】", "【直播】")) + title
    if rng.random() < dept.limited_p:
        title += "（名额有限）"
    if rng.random() < dept.free_p:
        title += _pick(rng, ("（公益）", "（免费）"))
    if rng.random() < dept.fullwidth_p:
        title = title.translate(_FW_DIGITS)
    return title[:200]


def _fmt_local(dt: datetime, seconds: bool) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")


def _block_end(e: datetime) -> datetime:
    noon = e.replace(hour=12, minute=0)
    six = e.replace(hour=18, minute=0)
    if e <= noon:
        return noon
    if e <= six:
        return six
    return e


def _times(rng: random.Random, dept: Dept, sess: Session) -> tuple[str, str, bool]:
    """Posted start and end strings, and whether they carry no offset."""
    s, e = sess.start, sess.end
    if rng.random() < dept.signin_p:
        s -= timedelta(minutes=30)
    if rng.random() < dept.end_shift_p:
        r = rng.random()
        if r < 0.4:
            e += timedelta(minutes=30)
        elif r < 0.7:
            e = _block_end(e)
        elif e - timedelta(minutes=30) >= s + timedelta(minutes=60):
            e -= timedelta(minutes=30)
    if e <= s:
        e = s + timedelta(hours=1)
    seconds = rng.random() < dept.seconds_p
    if dept.time_style == "naive":
        return _fmt_local(s, seconds), _fmt_local(e, seconds), True
    if dept.time_style == "utc":
        su, eu = s - timedelta(hours=8), e - timedelta(hours=8)
        z = "Z" if rng.random() < dept.utc_z_p else "+00:00"
        ms = ".000" if z == "Z" and seconds and rng.random() < 0.3 else ""
        return _fmt_local(su, seconds) + ms + z, _fmt_local(eu, seconds) + ms + z, False
    return _fmt_local(s, seconds) + "+08:00", _fmt_local(e, seconds) + "+08:00", False


def _topics(rng: random.Random, dept: Dept, subj: Subject) -> list[str]:
    if rng.random() < dept.topic_empty_p:
        return []
    own: list[str] = []
    for theme in subj.themes:
        own.extend(dept.vocab.get(theme, ()))
    own.extend(dept.vocab.get("*", ()))
    own = list(dict.fromkeys(own))
    chosen: list[str] = []
    if own:
        chosen.extend(rng.sample(own, rng.randint(1, min(3, len(own)))))
    if subj.words and (not chosen or rng.random() < 0.5):
        chosen.extend(rng.sample(subj.words, rng.randint(1, min(2, len(subj.words)))))
    return list(dict.fromkeys(chosen))[:20]


def _audience(rng: random.Random, sess: Session) -> dict[str, list[str]]:
    sectors = list(sess.subj.sectors)
    if sectors and rng.random() < 0.35:
        sectors = rng.sample(sectors, rng.randint(1, len(sectors)))
    if rng.random() < 0.15:
        sectors = []
    if rng.random() < 0.3:
        tails = ("企业", "户", "员", "社", "机构", "行业", "乐")
        sectors = [x if x.endswith(tails) else x + "企业" for x in sectors]
    regions = list(sess.regions) if rng.random() < 0.85 else []
    return {"sectors": sectors, "regions": regions}


def _hm(dt: datetime) -> str:
    return f"{dt.hour}:{dt.minute:02d}"


def _description(
    rng: random.Random,
    dept: Dept,
    sess: Session,
    is_lead: bool,
    loc: str | None,
    contact: str,
    english: bool,
) -> str:
    subj = sess.subj
    d = sess.start
    if english:
        where = loc or "to be announced"
        return (
            f"{subj.english}. Date: {d:%d %b %Y}, {d:%H:%M}-{sess.end:%H:%M} (Beijing time). "
            f"Venue: {where}. Enterprises in the zone are welcome to attend. "
            f"Contact: {contact}."
        )
    others = [DEPT[k].shorts[0] for k in sess.hosts if k != dept.key]
    lead_short = DEPT[sess.hosts[0]].shorts[0]
    if is_lead:
        who = dept.we + (f"联合{'、'.join(others)}" if others else "")
    else:
        who = _pick(
            rng,
            (
                f"{lead_short}牵头，{dept.we}协办，",
                "、".join(DEPT[k].shorts[0] for k in sess.hosts) + "联合",
            ),
        )
    purpose = PURPOSES.get(subj.themes[0], PURPOSES["policy"])
    wd = "一二三四五六日"[d.weekday()]
    ampm = "上午" if d.hour < 12 else ("下午" if d.hour < 18 else "晚上")
    if sess.kind == TR:
        name = subj.formal + "培训"
    else:
        name = subj.formal + ("宣讲" if subj.formal.endswith("政策") else "政策宣讲")
    where = loc or "另行通知"
    template = rng.randrange(3)
    if template == 0:
        text = f"为{purpose}，{who}定于{d.month}月{d.day}日（星期{wd}）{ampm}{_hm(d)}在{where}举办{name}。"
    elif template == 1:
        text = f"{who}将于2027年{d.month}月{d.day}日{ampm}举办{name}，地点：{where}。"
    else:
        text = (
            f"时间：2027年{d.month}月{d.day}日 {_hm(d)}—{_hm(sess.end)}；地点：{where}；"
            f"内容：{name}。主办：{'、'.join(DEPT[k].shorts[0] for k in sess.hosts)}。"
        )
    extra: list[str] = []
    if sess.room is not None and rng.random() < 0.4:
        extra.append(f"请参加人员于{_hm(d - timedelta(minutes=30))}前到场签到。")
    named = [x for x in subj.sectors if x != "全行业"]
    if rng.random() < 0.6:
        if named:
            extra.append(f"请{'、'.join(named[:3])}等相关企业负责人及业务骨干参加。")
        else:
            extra.append("请各类企业负责人及财务、人事等业务人员参加。")
    if sess.online is not None and sess.online.platform != "live" and rng.random() < 0.4:
        extra.append(f"线上参会请使用会议号{_fmt_code(rng, dept, sess.online.code)}。")
    if sess.subj.levels and sess.quals.level:
        extra.append(f"本次为{sess.quals.level}班，考核合格者颁发相应等级证书。")
    extra.append(f"联系人：{contact}。")
    return text + "".join(extra)


def _external_id(rng: random.Random, dept: Dept, n: int, sess: Session) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return dept.id_fmt.format(
        n=n,
        d=sess.start.strftime("%Y%m%d"),
        m=f"{sess.start.month:02d}",
        md=sess.start.strftime("%m%d"),
        h=f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}",
    )


def _capacity(rng: random.Random, dept: Dept, sess: Session, is_lead: bool) -> int | None:
    if rng.random() >= dept.capacity_p:
        return None
    cap = sess.room.capacity if sess.room is not None else rng.choice((100, 300, 500))
    if not is_lead and rng.random() < 0.4:
        cap = max(10, rng.choice((cap // 2, 20, 30, 50)))
    return cap


def _registration(rng: random.Random, dept: Dept) -> str | None:
    if not dept.reg_fmt or rng.random() >= dept.reg_p:
        return None
    slug = "".join(rng.choice(ALNUM) for _ in range(8))
    return dept.reg_fmt.format(s=slug)


def _posting(
    rng: random.Random,
    dept: Dept,
    sess: Session,
    n: int,
    contact: str,
) -> dict[str, Any]:
    is_lead = dept.key == sess.hosts[0]
    if is_lead:
        kind = sess.kind
    elif dept.kind_force:
        kind = dept.kind_force
    elif rng.random() < dept.kind_flip_p:
        kind = PB if sess.kind == TR else TR
    else:
        kind = sess.kind
    english = dept.english_p > 0 and rng.random() < dept.english_p
    title = _title(rng, dept, sess, is_lead, kind, english and rng.random() < 0.7)
    location, url = _location(rng, dept, sess, is_lead, english)
    start, end, naive = _times(rng, dept, sess)
    inp: dict[str, Any] = {
        "externalId": _external_id(rng, dept, n, sess),
        "kind": kind,
        "title": title,
        "start": start,
        "end": end,
    }
    if naive:
        inp["timezone"] = TZ_NAME
    inp["location"] = location
    inp["onlineUrl"] = url
    inp["description"] = _description(rng, dept, sess, is_lead, location, contact, english)
    inp["topics"] = _topics(rng, dept, sess.subj)
    inp["audience"] = _audience(rng, sess)
    inp["capacity"] = _capacity(rng, dept, sess, is_lead)
    inp["registrationUrl"] = _registration(rng, dept)
    return {
        "department": dept.name,
        "input": inp,
        "truth": {
            "session": sess.sid,
            "kind": sess.kind,
            "start": sess.start.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00",
            "end": sess.end.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00",
        },
    }


def _contacts(rng: random.Random) -> dict[str, str]:
    out: dict[str, str] = {}
    for dept in DEPTS:
        who = rng.choice(SURNAMES) + _pick(rng, ("老师", "科长", "主任", "同志", "女士", "先生"))
        out[dept.key] = f"{who}，电话0354-{rng.randint(5210000, 5299999)}"
    return out


def _build(seed: int) -> tuple[list[dict[str, Any]], list[tuple[str, list[int]]]]:
    builder = _Builder(seed)
    builder.run()
    rng = builder.rng
    ids = list(range(1, len(builder.sessions) + 1))
    rng.shuffle(ids)
    for sess, new_id in zip(builder.sessions, ids, strict=True):
        sess.sid = new_id
    contacts = _contacts(rng)
    counters: dict[str, int] = {}
    records: list[dict[str, Any]] = []
    for sess in sorted(builder.sessions, key=lambda x: (x.start, x.sid)):
        for key in sess.hosts:
            counters[key] = counters.get(key, 0) + 1
            records.append(_posting(rng, DEPT[key], sess, counters[key], contacts[key]))
    rng.shuffle(records)
    groups = [(kind, [s.sid for s in group]) for kind, group in builder.groups]
    return records, groups


def generate(seed: int) -> list[dict[str, Any]]:
    """Labelled postings of one season, in random order; deterministic in ``seed``."""
    return _build(seed)[0]


def stats(seed: int = 0) -> dict[str, Any]:
    records, groups = _build(seed)
    per_session = Counter(r["truth"]["session"] for r in records)
    sizes = Counter(per_session.values())
    multi = sum(n for n in per_session.values() if n > 1)
    kinds_by_session: dict[int, set[str]] = {}
    for r in records:
        kinds_by_session.setdefault(r["truth"]["session"], set()).add(r["input"]["kind"])
    time_styles = Counter(
        "naive"
        if "timezone" in r["input"]
        else ("utc" if r["input"]["start"].endswith(("Z", "+00:00")) else "+08:00")
        for r in records
    )
    online = sum(1 for r in records if r["input"]["onlineUrl"])
    no_venue = sum(
        1
        for r in records
        if r["input"]["location"] in (None, *TBD_TEXTS) and not r["input"]["onlineUrl"]
    )
    return {
        "county": "焦原县 (山西省晋中市)",
        "season": f"{SEASON_START.isoformat()}..{SEASON_END.isoformat()}",
        "seed": seed,
        "postings": len(records),
        "sessions": len(per_session),
        "size_histogram": {str(k): sizes[k] for k in sorted(sizes)},
        "multi_posted_share": round(multi / len(records), 3),
        "multi_posted_sessions": sum(v for k, v in sizes.items() if k > 1),
        "hard_negative_groups": dict(sorted(Counter(k for k, _ in groups).items())),
        "hard_negative_sessions": sum(len(g) for _, g in groups),
        "truth_kinds": dict(sorted(Counter(r["truth"]["kind"] for r in records).items())),
        "sessions_with_kind_disagreement": sum(1 for v in kinds_by_session.values() if len(v) > 1),
        "time_styles": dict(sorted(time_styles.items())),
        "postings_with_online_url": online,
        "postings_without_venue": no_venue,
        "postings_by_department": dict(
            sorted(Counter(r["department"] for r in records).items(), key=lambda kv: -kv[1])
        ),
    }


if __name__ == "__main__":
    print(
        json.dumps(
            stats(int(sys.argv[1]) if len(sys.argv) > 1 else 0), ensure_ascii=False, indent=2
        )
    )
