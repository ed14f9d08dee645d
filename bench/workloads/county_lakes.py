"""Liaohu County (蓼湖县): a lake-district county on the middle Yangtze, third quarter of 2027.

Data sheet
==========

The county (invented)
---------------------
蓼湖县 (Liaohu County), under 荆南市 (Jingnan City), 湖北省.  It lies on the north bank
of the Yangtze between two large lakes, 蓼湖 and 菱角湖.  Polders (垸) of rice and
crayfish fields, lotus-root ponds, crab ponds; the Yangtze ten-year fishing ban
(长江十年禁渔) took the boats off the lakes and the river, and former fishers were
resettled in 渔湾镇's 渔民新村.  A river port and logistics park (沙口港物流园) ships
frozen crayfish meat and grain; the county-level economic development zone (蓼湖经济
开发区, "经开区", formerly 县工业园) hosts the crayfish processors.  The wetland park at
白鹭洲 draws lake tourists.  Every July the county is in its main flood season
(主汛期, "七下八上") and the levee towns drill at night.

County seat streets: 莲城大道 (Liancheng Avenue), 湖滨路 (Hubin Road), 学府路 (Xuefu
Road), 东湖路 (Donghu Road), 创业大道 (Chuangye Avenue, in the zone), 沿江大道
(Yanjiang Avenue, at the port).  Telephone area code 0716.

Towns (乡镇) and what they do
  菱角湖镇 LJH  rice-crayfish co-farming (稻虾共作); villages 莲花村, 新垸村, 菱湾村
  藕塘乡   OT   lotus root and 藕带; villages 荷风村, 藕香村, 塘口村
  渔湾镇   YW   former fishing town; 渔民新村社区 (resettled fishers), 湾头村
  沙口镇   SKZ  on the Yangtze; the port; 沙口社区, 江边村
  白鹭洲镇 BLZ  wetland park, crabs, 渔家乐 and 民宿; 鹭鸣村, 洲尾村
  新堤镇   XD   the Yangtze main levee (长江干堤新堤段); 新堤村, 堤角村, 老闸村

Season
  2027-07-01 (Thu) .. 2027-09-30 (Thu).  Sessions fall on working days; 中秋节 is
  Wednesday 2027-09-15 and is taken as a single day off without a make-up working day
  (no session that day).  Village and field sessions are sometimes on Saturdays.
  July-August field classes start early (07:00-08:00) because of the heat; the flood
  office drills in the evening (19:00-21:30) in July.  Multi-day skill classes
  (2-5 consecutive working days, Mon-Fri) are posted as one span by every poster.

Buildings and rooms (every spelling is composed from these parts)
-----------------------------------------------------------------
Each building has an official name, a short name, what locals say, an old name still
in use, and an English name; rooms have a floor, a number, a label and sometimes a
wing.  Floors are written 3楼 / 三楼 / 3F / 三层 / 3/F or left out; ordinal rooms
第一会议室 / 一号会议室 / 1号会议室 / 第1会议室; numbered rooms 301实训室 / 301室 / 301;
letter rooms A会议室 / 会议室A / 2F-A会议室; wings 2号楼 / 2#楼 / 二号楼 / B栋 / 实训楼.
Some offices add 湖北省荆南市 or 荆南市 or 蓼湖县 before the official name; some put
spaces between parts.

县政务服务中心 (莲城大道88号): 蓼湖县政务服务中心 / 县政务服务中心 / 县政务中心 /
  old 县行政服务中心 / Liaohu County Government Service Center
  zw1  3F 第一会议室 (80): 县政务服务中心3楼第一会议室, 蓼湖县政务服务中心三楼一号会议室,
       湖北省荆南市蓼湖县政务服务中心三楼一号会议室, 县政务服务中心3楼1号会议室,
       县政务中心三层1号会议室, 荆南市蓼湖县政务服务中心3F第1会议室,
       县政务服务中心 3楼 1号会议室, 县行政服务中心三楼第一会议室, 县政务服务中心第一会议室,
       县政务中心3F第一会议室, Conference Room 1, 3F, Liaohu County Government Service
       Center, 88 Liancheng Avenue, Liaohu / Conference Room 1 (3/F), ...
  zw2  3F 第二会议室 (60): the same forms with 第二 / 二号 / 2号 / 第2
  zwh  5F 多功能厅 (200): 县政务服务中心5楼多功能厅, 县政务中心五层多功能厅, ... Multi-function Hall
县人民政府 (莲城大道1号): 蓼湖县人民政府 / 县人民政府 / 县府 / old 县政府大院 / Liaohu County
  Government Compound
  xf3  1号楼 (主楼, 办公楼) 4F 第三会议室 (40): 县人民政府1号楼4楼第三会议室, 县府主楼4楼3号会议室,
       县府1号楼四层3号会议室, 县政府大院办公楼4楼3号会议室, 县人民政府1#楼4楼3号会议室,
       Conference Room 3, 4F, Building 1, Liaohu County Government Compound, ...
县委党校 (学府路12号): 中共蓼湖县委党校 / 县委党校 / 党校 / old 县行政学校 / Party School of the
  CPC Liaohu County Committee
  dxh 1F 报告厅 (300); dx201, dx202 2F 教室 (60 each): 县委党校2楼201教室, 党校二层201室,
       中共蓼湖县委党校二楼201室, 县行政学校201教室, 党校2楼201, Classroom 201, 2F, ...
县职业技术教育中心 (学府路56号): 蓼湖县职业技术教育中心 / 县职教中心 / 职教中心 / old
  县职业高级中学 (县职高) / Liaohu Vocational Education Center; the training block is
  2号楼 = 2#楼 = 二号楼 = B栋 = 实训楼
  zj301, zj302 3F 实训室 (50 each); zj401 4F 电商直播实训室 (40):
       县职教中心2#楼3楼301实训室, 县职业高级中学实训楼301实训室, 蓼湖县职业技术教育中心二号楼三楼301室,
       职教中心2号楼三层301室, 职教中心B栋3楼301, 荆南市蓼湖县职业技术教育中心2号楼3F301室,
       Training Room 301, 3F, Building 2, Liaohu Vocational Education Center, ...
经开区管委会 (创业大道1号): 蓼湖经济开发区管理委员会 / 经开区管委会 / 开发区管委会 / old
  县工业园管委会 / Liaohu Economic Development Zone (LHEDZ) Administration Building
  jk405 4F 405会议室 (50); jkrs 1F 路演厅 (150): 经开区管委会4楼405会议室, 开发区管委会四层405室,
       县工业园管委会四楼405会议室, 蓼湖经济开发区管理委员会四楼405室, 开发区管委会4楼405,
       Meeting Room 405, 4F, Liaohu Economic Development Zone (LHEDZ) Administration Building, ...
沙口港物流园综合服务楼 (沿江大道9号, 沙口镇): 蓼湖县沙口港物流园综合服务楼 / 沙口港综合服务楼 /
  港区服务楼 / old 沙口港务站 / Service Building, Shakou Port Logistics Park
  skA, skB 2F A/B会议室 (60/40): 港区服务楼2F-A会议室, 沙口港综合服务楼2楼A会议室, 港区服务楼2楼会议室A,
       沙口港务站二楼A会议室, Meeting Room A (2/F), Service Building, Shakou Port Logistics Park
县农业农村局 (东湖路20号): 蓼湖县农业农村局 / 县农业农村局 / 农业大楼 / old 县农业局
  ny3 3F 培训室 (80); ny5 5F 会议室 (40): 县农业农村局三楼培训室, 县农业局三楼培训室, 农业大楼三层培训室
县税务局 (湖滨路36号): 国家税务总局蓼湖县税务局 / 县税务局 / 税务局 / old 县国税局
  sw2 2F 纳税人学堂 (80): 县税务局2楼纳税人学堂, 县国税局二楼纳税人学堂, 税务局二层纳税人学堂
县水利和湖泊局 (湖滨路8号): 蓼湖县水利和湖泊局 / 县水利和湖泊局 / 水利局 / old 县水利局
  sl4 4F 防汛会商室 (40): 县水利局四楼防汛会商室, 县水利和湖泊局4楼防汛会商室
Town halls: 蓼湖县菱角湖镇人民政府 / 菱角湖镇政府 / (the town itself:) 镇政府 / old 菱角湖乡政府;
  likewise 藕塘乡政府 (the township itself: 乡政府), 渔湾镇政府, 沙口镇政府, 白鹭洲镇政府 (old
  白鹭洲乡政府), 新堤镇政府.  Rooms: ljh_g 3F, ot_g 2F, yw_g 3F, skz_g 3F, blz_g 2F, xd_g 2F 会议室.
  Only the town's own office writes a bare 镇政府三楼会议室.
Village halls (no room given): 菱角湖镇莲花村党群服务中心 = 莲花村党群服务中心 = 莲花村村委会 (lh);
  藕塘乡荷风村党群服务中心 = 荷风村党群服务中心 = 荷风村村委会 (hf).  菱角湖镇 writes its halls as
  村委会, 藕塘乡 as 党群服务中心.
Field sites: 菱角湖镇莲花村稻虾共作示范基地 = 莲花村稻虾基地 = 莲花村千亩虾稻田 (lhb);
  藕塘乡荷风村莲藕示范区 = 荷风村藕田 = 荷风村万亩莲藕基地 (hfb);
  长江干堤新堤段防汛指挥所 = 新堤防汛指挥所 = old 新堤闸管所 (xd_p).
Other: 渔湾镇渔民新村社区党群服务中心 (old 渔湾镇退捕渔民安置小区服务站) 2F 培训室 (yws);
  蓼湖白鹭洲国家湿地公园游客中心 = 白鹭洲湿地公园游客中心 = 湿地公园游客中心 (old
  白鹭洲湿地保护站) 1F 多功能厅 (blz_v).

Departments and their habits
----------------------------
Each department keeps its own way of writing titles, places, times, kinds and tags.
A "main" place style is used most of the time and an "alt" style now and then.

县税务局 (TAX)  formal titles + 专题培训/辅导培训 or 政策宣讲/政策解读会; adds 2027年第三季度 to
  trainings, 【税费服务】, （线上）; 期 as （第2期）, towns as （菱角湖站）, audiences as （一般纳税人场）.
  Places: 县政务服务中心3楼第一会议室; alt old names (县国税局, 县行政服务中心).  Times naive with
  Asia/Shanghai, exact.  Codes 842-331-907 in the location (线上：腾讯会议 842-331-907), URL
  sometimes.  Tags almost always (税费优惠 / 纳税服务 ...).  Ids LHSW-2027-0123; its second
  system (征纳互动) posts ZNHD+date ids, undecorated titles, old place names, +08:00 times.
  Runs the weekly 纳税人学堂·每周一课 (Thursdays 15:00, 纳税人学堂, also on Tencent Meeting).
县市场监督管理局 (SJ)  县市监局： prefix or 关于举办…的通知; 第2期 in front of the title; towns as
  （菱角湖镇场）.  Full official place names with 蓼湖县 (sometimes 湖北省荆南市), Chinese floors,
  一号会议室, 301室.  Times with +08:00, no timezone.  Ids SJ+date+seq.
县人力资源和社会保障局 (RS)  files everything as TRAINING; 【县人社局】, （公益）/（免费）; 第三期 in
  Chinese numerals, （一班）/（二班）, —渔湾镇专场.  Gives the sign-in time (30 min early) and
  rounds the end to 12:00/17:30.  Places 县职教中心2#楼3楼301实训室, alt old 县职业高级中学实训楼301.
  Online sessions: URL only.  Class sizes as capacity.  Ids RS-PX-2027-118; second system
  (湖北公共就业服务平台) HBJY-0001234.  Weekly 退捕渔民就业服务·周二微课堂 at 渔民新村.
县商务局 (SWU)  plain-language titles, files everything as PUBLICITY (宣讲会), 稳外贸专项行动｜
  prefix, （名额有限）; places in local shorthand (县政务中心三层1号会议室, 县府1号楼四层3号会议室,
  职教中心2号楼三层301室); +08:00 and timezone; end given as start+2h; codes 842 331 907.
县农业农村局 (NY)  files everything as TRAINING; 2027年高素质农民培育· prefix, （名额有限）,
  （第三期）, （藕塘乡专场）, 一班; places 县农业农村局三楼培训室 and full village names, alt old
  names (县农业局, 莲花村村委会, 莲花村千亩虾稻田); early field classes; some Saturdays; ends
  rounded.  Weekly 农技专家田间课堂（菱角湖镇莲花村） Fridays 07:30 in Jul-Aug.
市生态环境局蓼湖分局 (ST)  关于开展…的通知, 蓼湖分局：; places with 荆南市蓼湖县 and 3F / 第2会议室 /
  405室; +08:00; codes in 网络视频会议（腾讯会议：842-331-907）.
县应急管理局 (YJ)  files as TRAINING; 【安全生产】; places with spaces (县政务服务中心 3楼 1号会议室).
县招商服务中心 (ZS, investment promotion)  English titles (Invest Liaohu | ...) or bilingual
  中文 | English, sometimes Chinese with 【招商】; always PUBLICITY (推介会/政策宣讲会); English
  places with street address; Chinese places in shorthand (县府主楼4楼3号会议室, 职教中心B栋3楼301);
  30% without a venue; English postings give Hong Kong wall time (Asia/Hong_Kong, same
  instant); often gives the start of the talk (15-30 min late).  Weekly online
  "Invest Liaohu Weekly Online Briefing", Mondays 16:00, fixed meeting code.
县防汛抗旱指挥部办公室 (FX)  【防汛】, （夜训） for evening drills; old names (县水利局, 新堤闸管所);
  35% without a venue ("地点另行通知").  Weekly July night drill at the Xindi levee post.
县林业局 (LY)  files as PUBLICITY; 县林业局：, 走进渔湾镇·...; full official names, no floors.
县文化和旅游局 (WL)  plain titles, 【文旅】, places with spaces.
蓼湖经济开发区管委会 (JK)  经开区企业服务日｜ or 惠企政策直通车：; 经开区管委会4楼405会议室, alt old
  县工业园管委会; +08:00 and timezone.  Weekly 经开区企业服务日·惠企政策宣讲 (Wednesdays 14:30,
  路演厅) with a different theme each week.
沙口港物流园区管委会 (SK, the port)  English titles (SKP | ...) with times in UTC (timezone "UTC");
  Meeting Room A (2/F), Service Building, Shakou Port Logistics Park; Chinese postings 港区：,
  港区服务楼2F-A会议室.  Second system ids skg00123.
Town governments (菱角湖镇/藕塘乡/渔湾镇/沙口镇/白鹭洲镇/新堤镇人民政府)  plain titles, 菱角湖镇：
  or 菱角湖镇举办…, （公益）; their own hall as 镇政府三楼会议室 / 乡政府二楼会议室; assembly time
  30 min early; ends rounded; villages as regions; 15% without a venue; a town's own
  专场 is written （本镇专场） / （本乡专场）.  Kind habit:
  菱角湖/藕塘/新堤 TRAINING, 渔湾 PUBLICITY (宣讲), 沙口/白鹭洲 as the subject.

Tags: every department settles on one word per concept (稳外贸 vs 外贸政策 vs 惠企; 禁捕 vs
长江禁捕 vs 十年禁渔 ...) and keeps it; the investment office and the port tag in English;
many postings carry no tag at all.

Subjects
--------
47 subjects (_SUBJECT_TABLE): rice-crayfish co-farming, crayfish in hot weather, crabs,
lotus root, rice pests, aquaculture tail water, fishing ban, resettled fishers' jobs and
pensions, electricians, livestream selling, crayfish cooking, graduates, job-retention
subsidies, labour contracts, small-business tax relief, digital invoices, quarterly
income tax, R&D super-deduction, export rebates, foreign trade, cross-border e-commerce,
RCEP, restaurant food safety, special equipment, the Liaohu crayfish geographical
indication, price tagging, hazardous waste, discharge permits, the Yangtze protection law,
flood emergency response, flood-season safety, confined spaces, port dangerous goods,
heat, wetlands, migratory birds, rural tourism, homestays, investment incentives,
specialised SMEs, rail-water logistics, bank-enterprise financing, farm product
certificates, farm machinery, cold chain, crayfish export.  Each has formal cores (plus
the poster's own suffix), plain titles, an English title, its hosts and its venues.

Sessions and postings
---------------------
About 820-875 real sessions; about 40% of postings belong to sessions posted 2-4
times.  Co-hosts are the subject's hosts plus the town government of the venue's town.
Postings of one session differ in title wording (formal / plain / English / bilingual),
decorations, series or class number shown on one side only, kind (PUBLICITY vs
TRAINING), place spelling or no place, sign-in vs talk start (up to 60 min apart),
rounded or default ends, time-zone form, tags, audience, capacity, registration link
(co-hosts sometimes copy the lead's).  About one in twenty co-posted sessions is also
posted twice by the same department from two systems (TAX, RS, NY, ZS, SK).

Hard negatives (distinct sessions that look alike)
  weekly_series          same title, same room/code, same weekday and hour, every week
  parallel_rooms         two rooms of one building at the same hour, different subjects
  parallel_classes       one subject at the same hour in two rooms, 一班 / 二班
  same_title_two_towns   one department, same title and hour, in two or three towns
                         (the title names no town; only the place differs)
  town_qualifiers        the same with 菱角湖镇专场 / 渔湾镇专场 or 沙口站 / 藕塘站
  back_to_back           one room, consecutive slots or morning/afternoon, different subjects
  same_subject_same_day  one subject, two departments, morning and afternoon, two places
  series_numbers         第2期 / 第3期 of one class, same room, afternoon or next day
  online_codes           two online sessions at the same hour with different meeting codes
                         (sometimes identical titles, or 一般纳税人场 / 小规模纳税人场)

Output: generate(seed) returns the postings in random order, each with "department",
"input" (the posting as the department wrote it) and "truth" (session id, canonical kind,
and the session's real start and end with +08:00).  stats(seed) summarises one run.
"""

from __future__ import annotations

import json
import random
import string
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

# ---------------------------------------------------------------------------
# Calendar: third quarter of 2027
# ---------------------------------------------------------------------------

SEASON_START = date(2027, 7, 1)
SEASON_END = date(2027, 9, 30)
HOLIDAYS = frozenset({date(2027, 9, 15)})  # 中秋节 (Wednesday), one day off, no make-up day
TZ = "Asia/Shanghai"
CN = "零一二三四五六七八九十"


def cn_num(n: int) -> str:
    """Chinese numeral for 0..99."""
    if n <= 10:
        return CN[n]
    tens, unit = divmod(n, 10)
    head = "" if tens == 1 else CN[tens]
    return f"{head}十{CN[unit] if unit else ''}"


def _season_days() -> list[date]:
    out: list[date] = []
    d = SEASON_START
    while d <= SEASON_END:
        out.append(d)
        d += timedelta(days=1)
    return out


DAYS = _season_days()
WORKDAYS = [d for d in DAYS if d.weekday() < 5 and d not in HOLIDAYS]
WORKDAY_SET = frozenset(WORKDAYS)
SATURDAYS = [d for d in DAYS if d.weekday() == 5]


def _at(d: date, h: int, m: int) -> datetime:
    return datetime(d.year, d.month, d.day, h, m)


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Building:
    key: str
    full: str
    short: str
    abbr: str
    old: str
    en: str
    addr: str = ""
    addr_en: str = ""
    town: str = ""
    gov: bool = False


@dataclass(frozen=True)
class Room:
    key: str
    bld: str
    floor: int = 0
    label: str = ""
    num: str = ""
    numkind: str = ""  # "ord" (第一会议室) | "room" (301实训室) | "letter" (A会议室) | ""
    wing: int = 0
    wing_alias: str = ""
    wing_name: str = ""
    en: str = ""
    cap: int = 60


@dataclass(frozen=True)
class Town:
    key: str
    name: str
    short: str
    en: str
    gov: str
    villages: tuple[str, ...]


_BUILDING_TABLE = """
# key | official name | short | what locals say | old name | English | address | English address | town | town hall
ZW | 蓼湖县政务服务中心 | 县政务服务中心 | 县政务中心 | 县行政服务中心 | Liaohu County Government Service Center | 莲城大道88号 | 88 Liancheng Avenue | - | -
XF | 蓼湖县人民政府 | 县人民政府 | 县府 | 县政府大院 | Liaohu County Government Compound | 莲城大道1号 | 1 Liancheng Avenue | - | -
DX | 中共蓼湖县委党校 | 县委党校 | 党校 | 县行政学校 | Party School of the CPC Liaohu County Committee | 学府路12号 | 12 Xuefu Road | - | -
ZJ | 蓼湖县职业技术教育中心 | 县职教中心 | 职教中心 | 县职业高级中学 | Liaohu Vocational Education Center | 学府路56号 | 56 Xuefu Road | - | -
JK | 蓼湖经济开发区管理委员会 | 经开区管委会 | 开发区管委会 | 县工业园管委会 | Liaohu Economic Development Zone (LHEDZ) Administration Building | 创业大道1号 | 1 Chuangye Avenue | - | -
SKP | 蓼湖县沙口港物流园综合服务楼 | 沙口港综合服务楼 | 港区服务楼 | 沙口港务站 | Service Building, Shakou Port Logistics Park | 沿江大道9号 | 9 Yanjiang Avenue | SKZ | -
NYB | 蓼湖县农业农村局 | 县农业农村局 | 农业大楼 | 县农业局 | Liaohu County Bureau of Agriculture and Rural Affairs | 东湖路20号 | 20 Donghu Road | - | -
SWB | 国家税务总局蓼湖县税务局 | 县税务局 | 税务局 | 县国税局 | Liaohu County Taxation Bureau | 湖滨路36号 | 36 Hubin Road | - | -
SLB | 蓼湖县水利和湖泊局 | 县水利和湖泊局 | 水利局 | 县水利局 | Liaohu County Water Resources and Lakes Bureau | 湖滨路8号 | 8 Hubin Road | - | -
LJHG | 蓼湖县菱角湖镇人民政府 | 菱角湖镇政府 | 镇政府 | 菱角湖乡政府 | Lingjiaohu Town Government | - | - | LJH | gov
LH | 蓼湖县菱角湖镇莲花村党群服务中心 | 菱角湖镇莲花村党群服务中心 | 莲花村党群服务中心 | 莲花村村委会 | Lianhua Village Service Center, Lingjiaohu Town | - | - | LJH | -
LHB | 蓼湖县菱角湖镇莲花村稻虾共作示范基地 | 菱角湖镇莲花村稻虾共作示范基地 | 莲花村稻虾基地 | 莲花村千亩虾稻田 | Lianhua Rice-Crayfish Demonstration Base, Lingjiaohu Town | - | - | LJH | -
OTG | 蓼湖县藕塘乡人民政府 | 藕塘乡政府 | 乡政府 | 藕塘乡政府 | Outang Township Government | - | - | OT | gov
HF | 蓼湖县藕塘乡荷风村党群服务中心 | 藕塘乡荷风村党群服务中心 | 荷风村党群服务中心 | 荷风村村委会 | Hefeng Village Service Center, Outang Township | - | - | OT | -
HFB | 蓼湖县藕塘乡荷风村莲藕标准化种植示范区 | 藕塘乡荷风村莲藕示范区 | 荷风村藕田 | 荷风村万亩莲藕基地 | Hefeng Lotus Root Demonstration Fields, Outang Township | - | - | OT | -
YWG | 蓼湖县渔湾镇人民政府 | 渔湾镇政府 | 镇政府 | 渔湾镇政府 | Yuwan Town Government | - | - | YW | gov
YWS | 蓼湖县渔湾镇渔民新村社区党群服务中心 | 渔湾镇渔民新村社区党群服务中心 | 渔民新村社区 | 渔湾镇退捕渔民安置小区服务站 | Yumin New Village Community Center, Yuwan Town | - | - | YW | -
SKZG | 蓼湖县沙口镇人民政府 | 沙口镇政府 | 镇政府 | 沙口镇政府 | Shakou Town Government | - | - | SKZ | gov
BLZG | 蓼湖县白鹭洲镇人民政府 | 白鹭洲镇政府 | 镇政府 | 白鹭洲乡政府 | Bailuzhou Town Government | - | - | BLZ | gov
BLZV | 蓼湖白鹭洲国家湿地公园游客中心 | 白鹭洲湿地公园游客中心 | 湿地公园游客中心 | 白鹭洲湿地保护站 | Visitor Center, Bailuzhou National Wetland Park | - | - | BLZ | -
XDG | 蓼湖县新堤镇人民政府 | 新堤镇政府 | 镇政府 | 新堤镇政府 | Xindi Town Government | - | - | XD | gov
XDP | 蓼湖县长江干堤新堤段防汛指挥所 | 长江干堤新堤段防汛指挥所 | 新堤防汛指挥所 | 新堤闸管所 | Xindi Levee Flood Command Post | - | - | XD | -
"""

_ROOM_TABLE = """
# key | building | floor | label | number | number kind | wing no. | wing alias | wing name | English | seats
zw1 | ZW | 3 | 会议室 | 1 | ord | 0 | - | - | Conference Room 1 | 80
zw2 | ZW | 3 | 会议室 | 2 | ord | 0 | - | - | Conference Room 2 | 60
zwh | ZW | 5 | 多功能厅 | - | - | 0 | - | - | Multi-function Hall | 200
xf3 | XF | 4 | 会议室 | 3 | ord | 1 | 主楼 | 办公楼 | Conference Room 3 | 40
dxh | DX | 1 | 报告厅 | - | - | 0 | - | - | Lecture Hall | 300
dx201 | DX | 2 | 教室 | 201 | room | 0 | - | - | Classroom 201 | 60
dx202 | DX | 2 | 教室 | 202 | room | 0 | - | - | Classroom 202 | 60
zj301 | ZJ | 3 | 实训室 | 301 | room | 2 | B栋 | 实训楼 | Training Room 301 | 50
zj302 | ZJ | 3 | 实训室 | 302 | room | 2 | B栋 | 实训楼 | Training Room 302 | 50
zj401 | ZJ | 4 | 电商直播实训室 | 401 | room | 2 | B栋 | 实训楼 | Livestreaming Studio 401 | 40
jk405 | JK | 4 | 会议室 | 405 | room | 0 | - | - | Meeting Room 405 | 50
jkrs | JK | 1 | 路演厅 | - | - | 0 | - | - | Roadshow Hall | 150
skA | SKP | 2 | 会议室 | A | letter | 0 | - | - | Meeting Room A | 60
skB | SKP | 2 | 会议室 | B | letter | 0 | - | - | Meeting Room B | 40
ny3 | NYB | 3 | 培训室 | - | - | 0 | - | - | Training Room | 80
ny5 | NYB | 5 | 会议室 | - | - | 0 | - | - | Meeting Room | 40
sw2 | SWB | 2 | 纳税人学堂 | - | - | 0 | - | - | Taxpayer School | 80
sl4 | SLB | 4 | 防汛会商室 | - | - | 0 | - | - | Flood Control Consultation Room | 40
ljh_g | LJHG | 3 | 会议室 | - | - | 0 | - | - | Meeting Room | 60
lh | LH | 0 | - | - | - | 0 | - | - | - | 80
lhb | LHB | 0 | - | - | - | 0 | - | - | - | 100
ot_g | OTG | 2 | 会议室 | - | - | 0 | - | - | Meeting Room | 50
hf | HF | 0 | - | - | - | 0 | - | - | - | 60
hfb | HFB | 0 | - | - | - | 0 | - | - | - | 80
yw_g | YWG | 3 | 会议室 | - | - | 0 | - | - | Meeting Room | 50
yws | YWS | 2 | 培训室 | - | - | 0 | - | - | Training Room | 60
skz_g | SKZG | 3 | 会议室 | - | - | 0 | - | - | Meeting Room | 60
blz_g | BLZG | 2 | 会议室 | - | - | 0 | - | - | Meeting Room | 50
blz_v | BLZV | 1 | 多功能厅 | - | - | 0 | - | - | Multi-function Hall | 120
xd_g | XDG | 2 | 会议室 | - | - | 0 | - | - | Meeting Room | 50
xd_p | XDP | 0 | - | - | - | 0 | - | - | - | 80
"""


def _rows(table: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in table.strip().splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("|")])
    return rows


def _opt(cell: str) -> str:
    return "" if cell == "-" else cell


BUILDINGS: dict[str, Building] = {
    row[0]: Building(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        _opt(row[6]),
        _opt(row[7]),
        _opt(row[8]),
        row[9] == "gov",
    )
    for row in _rows(_BUILDING_TABLE)
}
ROOMS: dict[str, Room] = {
    row[0]: Room(
        row[0],
        row[1],
        int(row[2]),
        _opt(row[3]),
        _opt(row[4]),
        _opt(row[5]),
        int(row[6]),
        _opt(row[7]),
        _opt(row[8]),
        _opt(row[9]),
        int(row[10]),
    )
    for row in _rows(_ROOM_TABLE)
}

TOWNS: dict[str, Town] = {
    t.key: t
    for t in [
        Town("LJH", "菱角湖镇", "菱角湖", "Lingjiaohu", "ljh_g", ("莲花村", "新垸村", "菱湾村")),
        Town("OT", "藕塘乡", "藕塘", "Outang", "ot_g", ("荷风村", "藕香村", "塘口村")),
        Town("YW", "渔湾镇", "渔湾", "Yuwan", "yw_g", ("渔民新村社区", "湾头村")),
        Town("SKZ", "沙口镇", "沙口", "Shakou", "skz_g", ("沙口社区", "江边村")),
        Town("BLZ", "白鹭洲镇", "白鹭洲", "Bailuzhou", "blz_g", ("鹭鸣村", "洲尾村")),
        Town("XD", "新堤镇", "新堤", "Xindi", "xd_g", ("新堤村", "堤角村", "老闸村")),
    ]
}


def room_town(room: str | None) -> str:
    return BUILDINGS[ROOMS[room].bld].town if room else ""


MULTI_DAY_ROOMS = frozenset({"zj301", "zj302", "zj401", "dx201", "dx202", "dxh", "ny3", "yws"})
FIELD_ROOMS = frozenset({"lhb", "hfb", "xd_p", "lh", "hf"})

# ---------------------------------------------------------------------------
# Departments
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LocStyle:
    name: str = "short"  # full | short | abbr | old | en
    prefix: str = ""  # prov | city | county | ""
    floor: str = "ar楼"  # ar楼 | cn楼 | F | cn层 | /F | none
    ordnum: str = "第cn"  # 第cn | cn号 | ar号 | 第ar | ar
    roomno: str = "label"  # label | shi | bare
    wing: str = "号楼"  # 号楼 | #楼 | cn号楼 | alias | name
    space: bool = False
    addr: bool = False
    floor_with_roomno: bool = True
    own_village: str = "abbr"  # name form a town uses for its own village halls


@dataclass(frozen=True)
class Dept:
    key: str
    name: str
    reg: str  # formal | plain | en
    loc: LocStyle
    alt: LocStyle
    alt_p: float
    tz: str  # naive | offset | offset_tz
    t_start: str  # exact | signin | talk
    t_end: str  # exact | block | dur2
    kind: str  # own | TRAINING | PUBLICITY
    train_sfx: tuple[str, ...]
    pub_sfx: tuple[str, ...]
    tag_p: float
    code: str  # dash | space | plain
    code_fmt: str
    online_where: str  # loc | url | both | desc
    no_venue: float = 0.0
    cap_p: float = 0.5
    reg_p: float = 0.0
    reg_fmt: str = ""
    desc_p: float = 0.5
    town: str = ""
    en_code_fmt: str = ""


DEPTS: dict[str, Dept] = {
    d.key: d
    for d in [
        Dept(
            "TAX",
            "县税务局",
            "formal",
            LocStyle(name="short", floor="ar楼", ordnum="第cn"),
            LocStyle(name="old", floor="cn楼", ordnum="第cn"),
            0.15,
            "naive",
            "exact",
            "exact",
            "own",
            ("专题培训", "辅导培训"),
            ("政策宣讲", "政策解读会"),
            0.85,
            "dash",
            "线上：腾讯会议 {c}",
            "loc",
            cap_p=0.6,
            reg_p=0.6,
            reg_fmt="https://www.wjx.cn/vm/{tok}.aspx",
            desc_p=0.75,
        ),
        Dept(
            "SJ",
            "县市场监督管理局",
            "formal",
            LocStyle(
                name="full",
                prefix="county",
                floor="cn楼",
                ordnum="cn号",
                roomno="shi",
                wing="cn号楼",
            ),
            LocStyle(
                name="full", prefix="prov", floor="cn楼", ordnum="cn号", roomno="shi", wing="cn号楼"
            ),
            0.2,
            "offset",
            "exact",
            "exact",
            "own",
            ("培训班", "培训"),
            ("宣讲会", "专题宣讲"),
            0.5,
            "dash",
            "腾讯会议（会议号：{c}）",
            "loc",
            cap_p=0.5,
            reg_p=0.3,
            reg_fmt="https://scjg.liaohu.gov.cn/px/{num}",
            desc_p=0.5,
        ),
        Dept(
            "RS",
            "县人力资源和社会保障局",
            "formal",
            LocStyle(name="short", floor="ar楼", ordnum="ar号", roomno="label", wing="#楼"),
            LocStyle(
                name="old",
                floor="ar楼",
                ordnum="ar号",
                roomno="label",
                wing="name",
                floor_with_roomno=False,
            ),
            0.15,
            "naive",
            "signin",
            "block",
            "TRAINING",
            ("培训班", "职业技能培训"),
            ("政策培训", "政策宣讲"),
            0.3,
            "plain",
            "线上 会议号{c}",
            "url",
            cap_p=0.9,
            reg_p=0.5,
            reg_fmt="https://rsj.liaohu.gov.cn/pxbm/{num}",
            desc_p=0.8,
        ),
        Dept(
            "SWU",
            "县商务局",
            "plain",
            LocStyle(name="abbr", floor="cn层", ordnum="ar号", roomno="shi", wing="号楼"),
            LocStyle(name="short", floor="cn层", ordnum="ar号", roomno="shi", wing="号楼"),
            0.2,
            "offset_tz",
            "exact",
            "dur2",
            "PUBLICITY",
            ("培训会",),
            ("政策宣讲会", "宣讲会"),
            0.75,
            "space",
            "腾讯会议 {c}",
            "loc",
            cap_p=0.3,
            reg_p=0.5,
            reg_fmt="https://www.wjx.cn/vm/{tok}.aspx",
            desc_p=0.5,
        ),
        Dept(
            "NY",
            "县农业农村局",
            "formal",
            LocStyle(name="short", floor="cn楼", ordnum="第cn"),
            LocStyle(name="old", floor="cn楼", ordnum="第cn"),
            0.2,
            "naive",
            "exact",
            "block",
            "TRAINING",
            ("培训班", "技术培训"),
            ("宣讲", "宣传培训"),
            0.6,
            "plain",
            "线上（腾讯会议{c}）",
            "loc",
            cap_p=0.4,
            reg_p=0.1,
            reg_fmt="https://nyncj.liaohu.gov.cn/bm/{num}",
            desc_p=0.7,
        ),
        Dept(
            "ST",
            "市生态环境局蓼湖分局",
            "formal",
            LocStyle(name="full", prefix="city", floor="F", ordnum="第ar", roomno="shi"),
            LocStyle(name="full", prefix="county", floor="F", ordnum="第ar", roomno="shi"),
            0.3,
            "offset",
            "exact",
            "exact",
            "own",
            ("专题培训", "培训会"),
            ("普法宣讲", "宣讲会"),
            0.6,
            "dash",
            "网络视频会议（腾讯会议：{c}）",
            "loc",
            cap_p=0.3,
            desc_p=0.4,
        ),
        Dept(
            "YJ",
            "县应急管理局",
            "formal",
            LocStyle(name="short", floor="ar楼", ordnum="ar号", roomno="label", space=True),
            LocStyle(name="short", floor="cn楼", ordnum="ar号", roomno="label", space=False),
            0.2,
            "naive",
            "exact",
            "exact",
            "TRAINING",
            ("培训", "专题培训"),
            ("宣讲", "警示宣讲"),
            0.5,
            "plain",
            "视频会议 {c}",
            "loc",
            cap_p=0.5,
            reg_p=0.3,
            reg_fmt="https://yjj.liaohu.gov.cn/aqpx/{num}",
            desc_p=0.5,
        ),
        Dept(
            "ZS",
            "县招商服务中心",
            "en",
            LocStyle(name="en", floor="F", addr=True),
            LocStyle(name="abbr", floor="ar楼", ordnum="ar号", roomno="bare", wing="alias"),
            0.0,
            "offset",
            "talk",
            "exact",
            "PUBLICITY",
            ("培训会",),
            ("推介会", "政策宣讲会"),
            0.6,
            "space",
            "线上（腾讯会议号 {c}）",
            "both",
            no_venue=0.3,
            cap_p=0.4,
            reg_p=0.6,
            reg_fmt="https://invest.liaohu.gov.cn/events/{num}/register",
            desc_p=0.6,
            en_code_fmt="Online - Tencent Meeting ID {c}",
        ),
        Dept(
            "FX",
            "县防汛抗旱指挥部办公室",
            "formal",
            LocStyle(name="old", floor="cn楼"),
            LocStyle(name="short", floor="cn楼"),
            0.2,
            "naive",
            "exact",
            "exact",
            "TRAINING",
            ("培训", "技术培训"),
            ("宣讲", "动员培训"),
            0.4,
            "plain",
            "视频连线（会议号{c}）",
            "loc",
            no_venue=0.35,
            cap_p=0.2,
            desc_p=0.7,
        ),
        Dept(
            "LY",
            "县林业局",
            "formal",
            LocStyle(name="full", prefix="county", floor="none"),
            LocStyle(name="short", floor="none"),
            0.2,
            "offset",
            "exact",
            "exact",
            "PUBLICITY",
            ("培训",),
            ("宣讲活动", "宣传宣讲"),
            0.5,
            "plain",
            "腾讯会议{c}",
            "loc",
            cap_p=0.2,
            desc_p=0.5,
        ),
        Dept(
            "WL",
            "县文化和旅游局",
            "plain",
            LocStyle(name="short", floor="ar楼", ordnum="ar号", space=True),
            LocStyle(name="abbr", floor="ar楼", ordnum="ar号", space=True),
            0.3,
            "naive",
            "exact",
            "exact",
            "own",
            ("培训班", "培训"),
            ("宣讲会",),
            0.5,
            "plain",
            "腾讯会议{c}",
            "loc",
            cap_p=0.5,
            reg_p=0.4,
            reg_fmt="https://www.wjx.cn/vm/{tok}.aspx",
            desc_p=0.5,
        ),
        Dept(
            "JK",
            "蓼湖经济开发区管委会",
            "formal",
            LocStyle(name="short", floor="ar楼", ordnum="第cn", roomno="label"),
            LocStyle(name="old", floor="ar楼", ordnum="第cn", roomno="label"),
            0.2,
            "offset_tz",
            "exact",
            "exact",
            "own",
            ("专题培训", "培训会"),
            ("政策宣讲会", "政策解读会"),
            0.7,
            "plain",
            "线上 腾讯会议号：{c}",
            "loc",
            cap_p=0.5,
            reg_p=0.5,
            reg_fmt="https://www.wjx.cn/vm/{tok}.aspx",
            desc_p=0.5,
        ),
        Dept(
            "SK",
            "沙口港物流园区管委会",
            "en",
            LocStyle(name="en", floor="/F"),
            LocStyle(name="abbr", floor="F", roomno="label"),
            0.0,
            "offset",
            "exact",
            "exact",
            "own",
            ("培训",),
            ("政策宣讲会",),
            0.6,
            "space",
            "腾讯会议 {c}",
            "both",
            cap_p=0.5,
            reg_p=0.4,
            reg_fmt="https://skport.liaohu.gov.cn/en/events/{num}",
            desc_p=0.5,
            en_code_fmt="Tencent Meeting {c}",
        ),
    ]
}

_TOWN_STYLE: dict[str, tuple[str, str, str]] = {
    # town dept: (own village-hall name form, kind habit, id prefix)
    "LJH": ("old", "TRAINING", "LJHZ"),
    "OT": ("abbr", "TRAINING", "OTX"),
    "YW": ("abbr", "PUBLICITY", "YWZ"),
    "SKZ": ("short", "own", "SKZ"),
    "BLZ": ("abbr", "own", "BLZZ"),
    "XD": ("abbr", "TRAINING", "XDZ"),
}
for _tk, (_own, _kind, _pfx) in _TOWN_STYLE.items():
    _t = TOWNS[_tk]
    DEPTS[_tk] = Dept(
        _tk,
        f"{_t.name}人民政府",
        "plain",
        LocStyle(name="short", floor="cn楼", ordnum="cn号", own_village=_own),
        LocStyle(name="old", floor="cn楼", ordnum="cn号", own_village="old"),
        0.25,
        "naive",
        "signin",
        "block",
        _kind,
        ("培训会", "培训"),
        ("宣讲会", "宣传会"),
        0.1,
        "plain",
        "腾讯会议{c}",
        "loc",
        no_venue=0.15,
        cap_p=0.2,
        desc_p=0.5,
        town=_tk,
    )

TWO_SYSTEMS = frozenset({"TAX", "RS", "ZS", "NY", "SK"})
ONLINE_DEPTS = frozenset({"TAX", "SWU", "ZS", "ST", "RS", "JK", "SK", "SJ"})

# ---------------------------------------------------------------------------
# Subjects
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    concepts: tuple[str, ...]
    hosts: tuple[str, ...]
    primaries: tuple[str, ...]
    venues: tuple[str, ...]
    formal: tuple[str, ...]
    plain: tuple[str, ...]
    en: tuple[str, ...]
    sectors: tuple[str, ...]
    online: float = 0.0
    months: tuple[int, ...] = (7, 8, 9)
    days: tuple[int, ...] = (1,)
    slots: tuple[str, ...] = ("am", "am", "pm")
    weight: float = 1.0


_SUBJECT_TABLE = """
# key | kind | concepts | hosts (TOWN = the venue's town government) | who leads | venues | formal cores | plain titles | English | audience sectors | options
rice_crayfish | T | crayfish aquaculture | NY RS TOWN | NY NY TOWN | ny3 lh lhb ljh_g hf xd_g | 稻虾共作绿色生产技术 / 稻虾综合种养提质增效技术 | 小龙虾养殖怎么提质增效 / 稻田养虾怎样做到虾稻双丰收 | Rice-Crayfish Co-Farming Techniques | 稻虾种养户 / 家庭农场 / 农民专业合作社 | days=1,1,1,3 slots=early,am,am,pm weight=3
crayfish_heat | T | crayfish aquaculture | NY TOWN | NY TOWN | lh ljh_g yws hf ny3 lhb | 高温季节小龙虾病害防控技术 / 小龙虾高温期养殖管理 | 天热了小龙虾不吃食怎么办 / 高温天怎么管好虾塘 | Crayfish Disease Control in Hot Weather | 小龙虾养殖户 / 稻虾种养户 | months=7,8 slots=early,early,am weight=2
crab | T | crab aquaculture | NY TOWN | NY | ny3 blz_g ljh_g yw_g | 河蟹生态养殖与育肥管理技术 / 河蟹稻田综合种养技术 | 大闸蟹怎么养得又大又肥 / 秋季河蟹上市前管理要点 | Eco-Friendly Crab Farming | 河蟹养殖户 / 水产合作社 | months=8,9
lotus | T | lotus | NY TOWN RS | NY TOWN | ot_g hf hfb ny3 | 莲藕高效种植与采挖技术 / 藕带与莲藕轮作栽培技术 | 莲藕怎么种才高产 / 挖藕省工又增收的门道 | Lotus Root Cultivation and Harvesting | 莲藕种植户 / 采藕工 / 合作社 | slots=early,am,pm weight=1.5
rice_pest | T | rice | NY TOWN | NY | ny3 ljh_g xd_g ot_g skz_g | 秋季水稻病虫害统防统治技术 / 中晚稻病虫害绿色防控 | 稻飞虱、纹枯病来了怎么防 / 晚稻后期田管怎么搞 | Rice Pest and Disease Control | 种粮大户 / 植保服务组织 / 家庭农场
tail_water | T | aquaculture environment | ST NY TOWN | ST NY | ny3 zw2 lh yws blz_g | 水产养殖尾水治理与达标排放 / 养殖尾水处理设施运行管理 | 养虾的水怎么排才合规 / 虾塘尾水怎么治 | Aquaculture Tail-Water Treatment | 水产养殖户 / 养殖企业
fishing_ban | P | fishing_ban | NY TOWN LY | NY TOWN | yws yw_g skz_g blz_v xd_g | 长江十年禁渔政策 / 长江流域重点水域禁捕法律法规 | 禁捕知识进社区 / 十年禁渔，一起守护母亲河 | Yangtze Fishing Ban Policy | 退捕渔民 / 垂钓爱好者 / 水产经营户 | weight=1.5
fisher_jobs | T | fisher skills | RS TOWN NY | RS | yws zj301 zj302 dx201 | 退捕渔民转产就业技能 / 退捕渔民职业技能提升 | 上岸渔民学手艺，就业有门路 / 退捕渔民学技能 端稳新饭碗 | Job Skills for Resettled Fishers | 退捕渔民 / 农村转移劳动力 | days=1,1,3,5 weight=2
fisher_pension | P | fisher social_ins | RS TOWN TAX | RS TOWN | yws yw_g skz_g xd_g | 退捕渔民养老保险参保政策 / 退捕渔民社会保障政策 | 上岸渔民的养老钱怎么交 / 渔民养老保险问答 | Pension Insurance for Resettled Fishers | 退捕渔民
electrician | T | skills safety | RS JK YJ | RS | zj301 zj302 dx201 jk405 | 低压电工作业 / 电工职业技能 | 考电工证，先来上课 / 电工上岗证培训开班啦 | Low-Voltage Electrician Training | 企业电工 / 农村劳动力 | days=1,3,5 weight=1.5
livestream | T | ecommerce skills | RS SWU TOWN | RS SWU | zj401 zj301 dx202 ljh_g blz_v | 电商直播带货技能 / 农村电商直播运营 | 手把手教你直播卖小龙虾 / 零基础学直播卖藕带 | Livestream E-commerce Skills | 电商从业者 / 返乡创业青年 / 农产品经营户 | days=1,1,3 weight=2
cook | T | skills crayfish tourism | RS WL SJ | RS | zj302 zj301 blz_v | 中式烹调师（小龙虾烹饪）职业技能 / 小龙虾烹饪技艺 | 学做油焖大虾，开店有底气 / 小龙虾烹饪手艺班 | Crayfish Cooking Skills | 餐饮从业人员 / 农村劳动力 | days=1,3,5
grads | P | employment | RS JK ZS | RS | dxh zwh jkrs zj301 | 高校毕业生就业创业政策 / 就业见习和吸纳就业补贴政策 | 毕业回蓼湖，就业有哪些补贴 / 返乡大学生就业创业问答 | Graduate Employment Policies | 高校毕业生 / 用人单位 | months=7,8
stable_jobs | P | employment enterprise | RS JK ZS TAX | RS JK | jkrs jk405 zwh zw1 | 稳岗返还和一次性扩岗补助政策 / 援企稳岗政策 | 企业稳岗补贴怎么领 / 扩岗补助申领指南 | Job Retention Subsidies for Employers | 中小微企业 / 人力资源从业者 | online=0.2
labor | P | labor | RS JK SJ | RS | jk405 jkrs zw2 dx201 | 劳动合同管理与根治欠薪法规 / 保障农民工工资支付条例 | 工资按时发，这些规定要知道 / 签劳动合同要注意什么 | Labor Contracts and Wage Payment Compliance | 用工企业 / 建筑企业 / 人力资源从业者
tax_small | P | tax enterprise | TAX SJ JK SWU TOWN | TAX | sw2 zw1 zwh jkrs skz_g ljh_g ot_g | 小微企业和个体工商户税费优惠政策 / 支持小微企业发展税费优惠政策 | 个体户、小老板能少交哪些税 / 小微企业减税降费一本通 | Tax Incentives for Small Businesses | 小微企业 / 个体工商户 | online=0.3 weight=2
einvoice | T | invoice tax | TAX JK SK | TAX | sw2 zw1 jk405 skA | 数电发票开具与使用操作 / 全面数字化电子发票业务 | 数电发票怎么开 / 电子发票常见问题答疑 | Digital E-Invoice Operation | 一般纳税人 / 小规模纳税人 / 财务人员 | online=0.5 weight=2
cit_prepay | T | tax | TAX JK | TAX | sw2 zw1 jk405 | 企业所得税预缴申报辅导 / 企业所得税季度预缴申报 | 季度所得税怎么报不出错 | Quarterly Corporate Income Tax Filing | 企业财务人员 | online=0.5 months=7
rd_deduct | P | tax innovation | TAX JK ZS | TAX JK | jkrs jk405 sw2 zwh | 研发费用加计扣除政策 / 研发费用加计扣除与高新技术企业税收优惠 | 搞研发的钱能多扣多少税 / 研发费用加计扣除提前享 | R&D Super-Deduction Policy | 科技型中小企业 / 高新技术企业 | online=0.3 months=8,9
export_rebate | P | tax foreign_trade | TAX SWU SK ZS | TAX SWU | sw2 skA zw2 xf3 | 出口退（免）税政策与申报 / 出口退税便利化措施 | 出口退税怎么退得更快 / 外贸企业退税答疑 | Export Tax Rebate Briefing | 外贸企业 / 生产企业 | online=0.4
foreign_trade | P | foreign_trade enterprise | SWU ZS SK JK | SWU ZS | xf3 zw2 skA jkrs | 稳外贸稳外资政策 / 出口信用保险和外贸金融支持政策 | 外贸订单难接？政策来帮忙 / 小龙虾出口企业政策答疑 | Foreign Trade Support Policies / Export Credit Insurance Briefing | 外贸企业 / 小龙虾加工企业 | online=0.3 weight=2
crossborder | T | ecommerce foreign_trade | SWU SK RS | SWU | zj401 skA zw2 dx202 | 跨境电商业务实操 / 跨境电商B2B出口 | 小龙虾怎么卖到国外去 / 跨境电商从零起步 | Cross-border E-commerce Workshop | 外贸企业 / 电商企业 | online=0.3
rcep | P | foreign_trade | SWU SK ZS | SWU SK | skA skB zw2 xf3 | RCEP原产地规则与关税减让 / RCEP原产地证书申领 | RCEP能给出口企业省多少关税 | RCEP Rules of Origin Workshop | 外贸企业 / 报关企业 | online=0.2
food_safety | T | food_safety crayfish | SJ WL TOWN | SJ WL | zw1 zw2 blz_v ljh_g dx201 | 夏季小龙虾餐饮食品安全 / 餐饮服务食品安全管理 | 龙虾馆后厨怎样才放心 / 夏天做小龙虾，食品安全这几条要记牢 | Food Safety for Crayfish Restaurants | 餐饮经营者 / 小龙虾餐馆 / 农家乐 | months=7,8 weight=2
special_equip | T | safety quality | SJ YJ JK | SJ | zw1 jk405 jkrs skB | 特种设备安全管理 / 特种设备使用单位主体责任 | 锅炉、叉车、电梯，安全管理怎么抓 | Special Equipment Safety Management | 特种设备使用单位 / 物流企业
gi_brand | P | brand crayfish | SJ NY SWU TOWN | SJ | zw2 ny3 ljh_g dxh | “蓼湖小龙虾”地理标志证明商标使用管理 / 地理标志与商标品牌培育 | 咱的小龙虾怎么用上地理标志 / 打响蓼湖小龙虾品牌 | Geographical Indication for Liaohu Crayfish | 小龙虾加工企业 / 农民专业合作社
price | P | quality tourism | SJ WL TOWN | SJ | blz_v blz_g zw2 | 旅游旺季明码标价与价格行为规范 / 价格行为规范提醒告诫 | 景区周边商户怎么明码标价 | Price Tagging Rules for the Tourist Season | 景区商户 / 农家乐 / 民宿
haz_waste | T | hazmat environment | ST JK YJ | ST JK | jk405 jkrs zw2 | 危险废物规范化环境管理 / 危险废物贮存与转移联单 | 危废怎么存、怎么转才合规 | Hazardous Waste Management | 产废企业 / 工业企业 | online=0.2
permit | T | environment | ST JK | ST | jk405 zw2 dx201 | 排污许可证申领与执行报告填报 / 排污许可证后管理 | 排污许可证年报怎么填 | Pollutant Discharge Permit Workshop | 排污单位 / 工业企业 | online=0.3
yangtze | P | environment fishing_ban | ST LY NY TOWN | ST LY | dxh zwh skz_g xd_g blz_v | 长江保护法 / 长江大保护与生态环境法律法规 | 守护一江清水，我们能做什么 | Yangtze River Protection Law Briefing | 沿江企业 / 村（社区）干部
flood_rescue | T | flood safety | FX YJ TOWN | FX YJ | sl4 xd_g xd_p skz_g yw_g | 防汛抢险技术 / 巡堤查险与险情处置 | 汛期巡堤查险怎么做 / 管涌、渗水怎么处置 | Flood Emergency Response Training | 防汛抢险队员 / 村（社区）干部 / 巡堤人员 | months=7,8 slots=evening,evening,am,pm weight=2
flood_ent | P | flood safety | YJ JK FX SK | YJ | jkrs jk405 zwh skA | 汛期企业安全生产 / 主汛期安全防范 | 汛期企业安全，这几件事要做好 | Flood Season Safety for Enterprises | 工业企业 / 港口物流企业 | months=7,8
confined | T | safety | YJ JK ST | YJ | jk405 jkrs zw1 dx201 | 有限空间作业安全 / 有限空间作业安全技术 | 污水池、窨井里作业，怎么不出事 | Confined Space Work Safety | 工贸企业 / 污水处理企业
port_hazchem | T | hazmat safety logistics | YJ SK | SK YJ | skA skB | 港口危险货物安全管理 / 危险货物港口作业安全 | 码头装卸危险品要注意什么 | Port Dangerous Goods Safety | 港口企业 / 危险货物运输企业
heat | P | safety labor | YJ RS JK | YJ RS | jkrs zwh jk405 zw1 | 高温作业防暑降温 / 高温天气劳动保护 | 天热干活，防暑降温这样做 | Heat Safety at Work | 用工企业 / 建筑工地 | months=7,8
wetland | P | wetland environment | LY TOWN ST | LY TOWN | blz_v blz_g dxh | 湿地保护法与湿地公园管理 / 湖北省湿地公园管理办法 | 湿地保护，你我同行 | Wetland Protection Briefing | 景区经营户 / 村（社区）干部
birds | P | wetland | LY TOWN | LY | blz_v blz_g | 候鸟迁徙季野生动物保护 / 秋冬候鸟保护 | 候鸟要来了，护鸟这样做 | Migratory Bird Protection | 护鸟志愿者 / 沿湖村民 | months=9
rural_tour | T | tourism | WL TOWN RS | WL | blz_v ljh_g blz_g dx202 | 乡村旅游服务质量提升 / 渔家乐经营管理 | 农家乐怎么留住回头客 / 渔家乐经营有妙招 | Rural Tourism Service Training | 农家乐经营户 / 渔家乐经营户 / 民宿业主
homestay | T | tourism safety | WL TOWN SJ | WL | blz_v blz_g zw2 | 民宿经营与消防安全 / 乡村民宿服务规范 | 开民宿要过哪几关 | Homestay Operation and Safety | 民宿业主
invest | P | investment enterprise | ZS JK SK | ZS | xf3 jkrs skA zwh | 招商引资优惠政策 / 蓼湖县优化营商环境若干措施 | 来蓼湖投资有哪些优惠 | Invest in Liaohu: Incentive Policies / Doing Business in Liaohu | 投资商 / 拟落户企业 / 商协会 | online=0.3 weight=1.5
sme | P | innovation enterprise | JK ZS SJ | JK | jkrs jk405 | 专精特新中小企业培育 / 专精特新企业认定申报 | 企业怎样评上专精特新 | Specialized SME Program Briefing | 中小企业 / 制造业企业 | online=0.2
multimodal | P | logistics | SK SWU ZS | SK | skA skB xf3 | 铁水联运与港口物流扶持政策 / 多式联运发展政策 | 货走沙口港能省多少运费 | Rail-Water Intermodal Logistics Policies | 物流企业 / 货主企业 | online=0.2
finance | P | finance enterprise | ZS JK SWU | JK ZS | jkrs xf3 zwh | 政银企对接与惠企金融政策 / 普惠金融产品推介 | 企业贷款难？银行来现场 | Bank-Enterprise Financing Matchmaking | 中小微企业 / 小龙虾加工企业
agri_quality | T | quality | NY SJ TOWN | NY | ny3 ljh_g ot_g hf | 农产品质量安全与承诺达标合格证 / 食用农产品合格证制度 | 卖虾卖藕要开合格证吗 | Agricultural Product Quality and Certificates | 种养殖户 / 农民专业合作社
agri_machinery | T | safety rice | NY YJ TOWN | NY | ny3 xd_g skz_g ot_g | 秋收农机安全生产与操作 / 农机安全驾驶操作 | 秋收开收割机，安全第一 | Farm Machinery Safety | 农机手 / 农机合作社 | months=9
cold_chain | T | logistics food_safety crayfish | SK SWU SJ | SK SWU | skA skB zw2 | 冷链物流规范化管理 / 冷链食品追溯管理 | 小龙虾冷链运输怎么保鲜 | Cold Chain Logistics Management | 冷链物流企业 / 小龙虾加工企业
crayfish_export | P | foreign_trade crayfish | SWU JK SK ZS | SWU JK | jkrs xf3 skA zw2 | 小龙虾精深加工与出口政策 / 水产品出口备案与检验检疫 | 虾仁卖到海外要过哪些关 | Crayfish Processing and Export | 小龙虾加工企业 / 外贸企业 | online=0.2
"""


T, P = "TRAINING", "PUBLICITY"


def _subject(row: list[str]) -> Subject:
    key, kind, concepts, hosts, leads, venues, formal, plain, en, sectors = row[:10]
    opts: dict[str, Any] = {}
    for item in (row[10] if len(row) > 10 else "").split():
        name, value = item.split("=")
        if name in ("online", "weight"):
            opts[name] = float(value)
        elif name in ("months", "days"):
            opts[name] = tuple(int(x) for x in value.split(","))
        else:
            opts[name] = tuple(value.split(","))
    return Subject(
        key,
        {"T": T, "P": P}[kind],
        tuple(concepts.split()),
        tuple(hosts.split()),
        tuple(leads.split()),
        tuple(venues.split()),
        tuple(formal.split(" / ")),
        tuple(plain.split(" / ")),
        tuple(en.split(" / ")),
        tuple(sectors.split(" / ")),
        **opts,
    )


SUBJECTS: dict[str, Subject] = {row[0]: _subject(row) for row in _rows(_SUBJECT_TABLE)}

# Tag words: each department settles on one word per concept and keeps it.
CONCEPT_TAGS: dict[str, tuple[str, ...]] = {
    "tax": ("税费优惠", "减税降费", "税收政策", "惠企"),
    "invoice": ("数电发票", "电子发票", "发票"),
    "social_ins": ("社保", "社会保险", "养老保险"),
    "employment": ("就业", "稳就业", "就业创业"),
    "skills": ("技能培训", "职业技能", "技能提升"),
    "fisher": ("退捕渔民", "禁捕退捕", "转产就业", "上岸渔民"),
    "fishing_ban": ("长江禁捕", "十年禁渔", "禁捕"),
    "foreign_trade": ("稳外贸", "外贸政策", "外贸", "惠企"),
    "ecommerce": ("电商", "直播带货", "电子商务"),
    "aquaculture": ("水产养殖", "渔业", "养殖技术"),
    "crayfish": ("小龙虾", "稻虾共作", "虾稻"),
    "crab": ("河蟹", "大闸蟹", "螃蟹养殖"),
    "lotus": ("莲藕", "藕带", "水生蔬菜"),
    "rice": ("水稻", "粮食生产", "病虫害防治"),
    "food_safety": ("食品安全", "餐饮安全", "舌尖上的安全"),
    "quality": ("质量安全", "农产品质量", "标准化"),
    "brand": ("地理标志", "商标", "品牌建设", "知识产权"),
    "safety": ("安全生产", "安全培训", "隐患排查"),
    "flood": ("防汛", "防汛抗旱", "抢险救灾", "汛期安全"),
    "hazmat": ("危化品", "危险货物", "危险废物"),
    "environment": ("生态环境", "环保", "污染防治", "长江大保护"),
    "wetland": ("湿地保护", "生态保护", "候鸟保护"),
    "tourism": ("乡村旅游", "文旅", "旅游服务"),
    "investment": ("招商引资", "营商环境", "投资促进"),
    "enterprise": ("惠企", "惠企政策", "企业服务", "助企纾困"),
    "logistics": ("物流", "港口物流", "多式联运"),
    "finance": ("金融", "融资", "政银企对接"),
    "innovation": ("科技创新", "研发", "专精特新"),
    "labor": ("劳动关系", "根治欠薪", "劳动合同"),
}
CONCEPT_TAGS_EN: dict[str, tuple[str, ...]] = {
    "tax": ("Tax Incentives", "Taxation"),
    "invoice": ("E-invoice",),
    "employment": ("Employment", "Talent"),
    "foreign_trade": ("Foreign Trade", "Export"),
    "ecommerce": ("E-commerce",),
    "crayfish": ("Crayfish",),
    "safety": ("Work Safety", "Safety"),
    "flood": ("Flood Season",),
    "hazmat": ("Dangerous Goods",),
    "investment": ("Investment", "Business Environment"),
    "enterprise": ("Pro-business Policy", "Business Support"),
    "logistics": ("Logistics", "Intermodal"),
    "finance": ("Finance",),
    "innovation": ("Innovation", "R&D"),
    "food_safety": ("Food Safety",),
    "environment": ("Environment",),
}
DEPT_EXTRA_TAGS: dict[str, tuple[str, ...]] = {
    "RS": ("职业技能提升行动", "就业服务"),
    "NY": ("高素质农民培育", "农技推广"),
    "JK": ("企业服务日",),
    "SWU": ("专项行动",),
    "TAX": ("纳税服务",),
    "FX": ("主汛期",),
}
SECTOR_EN: dict[str, str] = {
    "外贸企业": "Foreign trade companies",
    "小龙虾加工企业": "Crayfish processors",
    "物流企业": "Logistics companies",
    "货主企业": "Shippers",
    "投资商": "Investors",
    "拟落户企业": "Prospective investors",
    "商协会": "Chambers of commerce",
    "中小微企业": "SMEs",
    "中小企业": "SMEs",
    "小微企业": "Small businesses",
    "港口企业": "Port operators",
    "危险货物运输企业": "Dangerous goods carriers",
    "冷链物流企业": "Cold chain operators",
    "高校毕业生": "Graduates",
    "报关企业": "Customs brokers",
    "科技型中小企业": "Tech SMEs",
    "制造业企业": "Manufacturers",
    "工业企业": "Industrial companies",
}
AUD_EN: dict[str, str] = {
    "一般纳税人场": "General Taxpayers",
    "小规模纳税人场": "Small-scale Taxpayers",
}
TAX_UNITS = ("纳税服务股", "税政一股", "社保和非税收入股", "货物和劳务税股")
EXPERTS = (
    "县水产技术推广站高级工程师",
    "县农技推广中心农艺师",
    "荆南市农科院水产所专家",
    "省水产产业技术体系岗位专家",
)

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------


@dataclass
class Session:
    subj: Subject
    kind: str
    start: datetime
    end: datetime
    primary: str
    room: str | None = None
    code: str | None = None
    town: str = ""
    qual: tuple[str, str] | None = None
    qual_p_primary: float = 1.0
    qual_p_co: float = 0.5
    fixed_title: str | None = None
    cap: int | None = None
    reg_url: str | None = None
    posters: list[str] = field(default_factory=list)
    sid: int = 0
    scenario: str = "regular"


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"county_lakes:{seed}")
        self.sessions: list[Session] = []
        self.booked: dict[str, list[tuple[datetime, datetime]]] = {}
        self.groups: list[tuple[str, list[Session]]] = []
        self.codes: set[str] = set()
        self.reg_memo: dict[tuple[str, str], tuple[str, int]] = {}
        self.sfx_memo: dict[tuple[str, str, str], str] = {}
        self.tag_memo: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.phones: dict[str, str] = {}

    # -- time and rooms -------------------------------------------------------

    def free(self, room: str | None, s: datetime, e: datetime) -> bool:
        if room is None:
            return True
        return all(not (s < b and a < e) for a, b in self.booked.get(room, []))

    def book(self, room: str | None, s: datetime, e: datetime) -> None:
        if room is not None:
            self.booked.setdefault(room, []).append((s, e))

    def new_code(self) -> str:
        while True:
            c = str(self.rng.randint(100_000_000, 999_999_999))
            if c not in self.codes:
                self.codes.add(c)
                return c

    def pick_day(self, months: tuple[int, ...], saturday: bool = False) -> date:
        pool = SATURDAYS if saturday else WORKDAYS
        days = [d for d in pool if d.month in months] or [d for d in WORKDAYS if d.month in months]
        return self.rng.choice(days)

    def slot_times(self, day: date, slot: str) -> tuple[datetime, datetime]:
        r = self.rng
        limit: tuple[int, int]
        if slot == "early":
            h, m = r.choice([(7, 0), (7, 30), (8, 0)])
            dur, limit = r.choice([90, 120, 150]), (10, 30)
        elif slot == "evening":
            h, m = r.choice([(19, 0), (19, 30), (19, 30), (20, 0)])
            dur, limit = r.choice([90, 90, 120]), (21, 30)
        elif slot == "pm":
            h, m = r.choice([(14, 0), (14, 30), (14, 30), (15, 0), (15, 30)])
            dur, limit = r.choice([90, 120, 120, 150]), (17, 30)
        else:
            h, m = r.choice([(8, 30), (9, 0), (9, 0), (9, 30), (10, 0)])
            dur, limit = r.choice([90, 120, 120, 150, 180]), (12, 0)
        s = _at(day, h, m)
        e = min(s + timedelta(minutes=dur), _at(day, *limit))
        return s, e

    def span_times(self, months: tuple[int, ...], ndays: int) -> tuple[datetime, datetime]:
        r = self.rng
        cands = [
            d
            for d in WORKDAYS
            if d.month in months
            and d.weekday() + ndays <= 5
            and all(d + timedelta(days=i) in WORKDAY_SET for i in range(ndays))
        ]
        d0 = r.choice(cands)
        s = _at(d0, *r.choice([(8, 30), (9, 0)]))
        e = _at(d0 + timedelta(days=ndays - 1), *r.choice([(16, 30), (17, 0), (17, 30)]))
        return s, e

    def add(self, s: Session) -> Session:
        if s.town == "" and s.room is not None:
            s.town = room_town(s.room)
        if s.cap is None:
            if s.room is not None:
                s.cap = ROOMS[s.room].cap
            else:
                s.cap = self.rng.choice([200, 300, 500])
        self.book(s.room, s.start, s.end)
        self.sessions.append(s)
        return s

    def primary_of(self, subj: Subject, exclude: tuple[str, ...] = ()) -> str:
        opts = [p for p in subj.primaries if p != "TOWN" and p not in exclude]
        return self.rng.choice(opts or [h for h in subj.hosts if h != "TOWN"])

    # -- regular sessions -----------------------------------------------------

    def regular(self, subj: Subject) -> Session | None:
        r = self.rng
        p = r.choice(subj.primaries)
        town_rooms = [v for v in subj.venues if room_town(v) and v != "skA" and v != "skB"]
        room: str | None
        if p == "TOWN":
            if not town_rooms:
                p = self.primary_of(subj)
                room = r.choice(subj.venues)
            else:
                room = r.choice(town_rooms)
                p = room_town(room)
        else:
            room = r.choice(subj.venues)
        code: str | None = None
        if p in ONLINE_DEPTS and r.random() < subj.online:
            code = self.new_code()
            room = "sw2" if p == "TAX" and r.random() < 0.35 else None
        ndays = 1
        if room in MULTI_DAY_ROOMS and p in ("RS", "NY"):
            ndays = r.choice(subj.days)
        for _ in range(30):
            if ndays > 1:
                s, e = self.span_times(subj.months, ndays)
            else:
                slot = r.choice(subj.slots)
                months = subj.months
                if slot == "early":
                    months = tuple(m for m in months if m in (7, 8)) or months
                    if room is None or room not in FIELD_ROOMS | {"ljh_g", "ot_g", "yws", "hf"}:
                        slot = "am"
                if slot == "evening":
                    months = (7,)
                    if p not in ("FX", "XD", "YW", "SKZ"):
                        slot = "am"
                sat = (p in TOWNS or (p == "NY" and room in FIELD_ROOMS)) and r.random() < 0.12
                s, e = self.slot_times(self.pick_day(months, sat), slot)
            if self.free(room, s, e):
                q: tuple[str, str] | None = None
                if subj.kind == T and p in ("RS", "NY", "TAX", "SJ") and r.random() < 0.14:
                    q = ("period", "?")
                return self.add(Session(subj, subj.kind, s, e, p, room, code, qual=q))
        return None

    # -- scenarios ------------------------------------------------------------

    def weekly_series(self) -> None:
        r = self.rng
        series: list[
            tuple[str, str, str | None, int, tuple[int, int], int, tuple[str, ...], tuple[int, ...]]
        ] = [
            (
                "TAX",
                "纳税人学堂·每周一课",
                "sw2",
                3,
                (15, 0),
                90,
                ("tax_small", "einvoice", "rd_deduct", "export_rebate", "cit_prepay"),
                (7, 8, 9),
            ),
            (
                "JK",
                "经开区企业服务日·惠企政策宣讲",
                "jkrs",
                2,
                (14, 30),
                120,
                ("stable_jobs", "rd_deduct", "finance", "sme", "flood_ent"),
                (7, 8, 9),
            ),
            (
                "NY",
                "农技专家田间课堂（菱角湖镇莲花村）",
                "lhb",
                4,
                (7, 30),
                120,
                ("rice_crayfish", "crayfish_heat", "rice_pest"),
                (7, 8),
            ),
            (
                "RS",
                "退捕渔民就业服务·周二微课堂",
                "yws",
                1,
                (9, 30),
                90,
                ("fisher_jobs", "fisher_pension"),
                (7, 8, 9),
            ),
            (
                "ZS",
                "Invest Liaohu Weekly Online Briefing",
                None,
                0,
                (16, 0),
                60,
                ("invest",),
                (7, 8, 9),
            ),
            ("FX", "长江干堤新堤段防汛抢险夜训", "xd_p", 2, (19, 30), 90, ("flood_rescue",), (7,)),
        ]
        for dk, title, room, wd, (h, m), dur, subjects, months in series:
            code = self.new_code() if room is None or dk == "TAX" else None
            members: list[Session] = []
            for d in DAYS:
                if d.weekday() != wd or d.month not in months or d in HOLIDAYS:
                    continue
                if dk != "FX" and r.random() < 0.08:
                    continue  # a week skipped
                s = _at(d, h, m)
                e = s + timedelta(minutes=dur)
                if not self.free(room, s, e):
                    continue
                subj = SUBJECTS[subjects[len(members) % len(subjects)]]
                if subj.key == "cit_prepay" and d.month != 7:
                    subj = SUBJECTS["tax_small"]
                sess = self.add(
                    Session(
                        subj, subj.kind, s, e, dk, room, code, fixed_title=title, scenario="weekly"
                    )
                )
                members.append(sess)
            self.groups.append(("weekly_series", members))

    PARALLEL: tuple[tuple[str, str, tuple[str, ...]], ...] = (
        ("zj301", "zj302", ("electrician", "livestream", "cook", "fisher_jobs")),
        ("zj301", "zj401", ("electrician", "livestream", "crossborder")),
        (
            "dx201",
            "dx202",
            (
                "grads",
                "labor",
                "permit",
                "confined",
                "livestream",
                "crossborder",
                "food_safety",
                "rural_tour",
            ),
        ),
        (
            "zw1",
            "zw2",
            (
                "tax_small",
                "einvoice",
                "food_safety",
                "special_equip",
                "stable_jobs",
                "export_rebate",
                "foreign_trade",
                "heat",
            ),
        ),
        (
            "skA",
            "skB",
            ("port_hazchem", "rcep", "multimodal", "cold_chain", "einvoice", "export_rebate"),
        ),
        (
            "ny3",
            "ny5",
            ("rice_crayfish", "rice_pest", "agri_quality", "crab", "lotus", "tail_water"),
        ),
    )

    def parallel_rooms(self, n_diff: int, n_class: int) -> None:
        r = self.rng
        made_diff = made_class = 0
        for _ in range(400):
            if made_diff >= n_diff and made_class >= n_class:
                break
            ra, rb, pool = r.choice(self.PARALLEL)
            classes = (
                made_class < n_class and ra.startswith(("zj", "dx", "ny")) and r.random() < 0.55
            )
            if not classes and made_diff >= n_diff:
                continue
            if classes:
                subj = SUBJECTS[r.choice(pool)]
                subjs = (subj, subj)
                if subj.primaries == ("TOWN",):
                    continue
                pa = pb = self.primary_of(subj)
            else:
                a, b = r.sample(pool, 2)
                subjs = (SUBJECTS[a], SUBJECTS[b])
                pa, pb = self.primary_of(subjs[0]), self.primary_of(subjs[1])
            months = tuple(m for m in subjs[0].months if m in subjs[1].months) or (7, 8, 9)
            if classes and pa in ("RS", "NY") and r.random() < 0.4:
                s, e = self.span_times(months, r.choice([2, 3, 5]))
                sb, eb = s, e
            else:
                day = self.pick_day(months)
                s, e = self.slot_times(day, r.choice(["am", "pm"]))
                sb = s
                eb = (
                    e
                    if classes or r.random() < 0.5
                    else min(
                        e + timedelta(minutes=30),
                        _at(day, 17, 30) if e.hour >= 13 else _at(day, 12, 0),
                    )
                )
                if eb <= sb:
                    eb = e
            if not (self.free(ra, s, e) and self.free(rb, sb, eb)):
                continue
            if classes:
                x = self.add(
                    Session(
                        subjs[0],
                        subjs[0].kind,
                        s,
                        e,
                        pa,
                        ra,
                        qual=("class", "1"),
                        scenario="parallel",
                    )
                )
                y = self.add(
                    Session(
                        subjs[1],
                        subjs[1].kind,
                        sb,
                        eb,
                        pb,
                        rb,
                        qual=("class", "2"),
                        scenario="parallel",
                    )
                )
                self.groups.append(("parallel_classes", [x, y]))
                made_class += 1
            else:
                x = self.add(Session(subjs[0], subjs[0].kind, s, e, pa, ra, scenario="parallel"))
                y = self.add(Session(subjs[1], subjs[1].kind, sb, eb, pb, rb, scenario="parallel"))
                self.groups.append(("parallel_rooms", [x, y]))
                made_diff += 1

    TOWN_SUBJECTS = (
        "rice_crayfish",
        "crayfish_heat",
        "lotus",
        "rice_pest",
        "fishing_ban",
        "fisher_pension",
        "tax_small",
        "agri_quality",
        "flood_rescue",
        "food_safety",
        "rural_tour",
        "agri_machinery",
        "yangtze",
    )

    def town_venue(self, subj: Subject, town: str) -> str:
        opts = [v for v in subj.venues if room_town(v) == town and v not in ("skA", "skB")]
        return self.rng.choice(opts) if opts else TOWNS[town].gov

    def towns_same_hour(self, n: int) -> None:
        r = self.rng
        made = 0
        for _ in range(400):
            if made >= n:
                break
            subj = SUBJECTS[r.choice(self.TOWN_SUBJECTS)]
            p = self.primary_of(subj)
            towns = r.sample(list(TOWNS), r.choice([2, 2, 3]))
            rooms = [self.town_venue(subj, t) for t in towns]
            slot = r.choice([s for s in subj.slots if s != "early"] or ["am"])
            months = (7,) if slot == "evening" else subj.months
            s, e = self.slot_times(self.pick_day(months), slot)
            if not all(self.free(rm, s, e) for rm in rooms):
                continue
            same_title = r.random() < 0.5
            members = [
                self.add(
                    Session(
                        subj,
                        subj.kind,
                        s,
                        e,
                        p,
                        rm,
                        qual=("town", t),
                        qual_p_primary=0.0 if same_title else 1.0,
                        qual_p_co=0.3 if same_title else 0.6,
                        scenario="towns",
                    )
                )
                for t, rm in zip(towns, rooms, strict=True)
            ]
            self.groups.append(
                ("same_title_two_towns" if same_title else "town_qualifiers", members)
            )
            made += 1

    B2B_ROOMS: tuple[tuple[str, tuple[str, ...]], ...] = (
        (
            "zw1",
            (
                "tax_small",
                "einvoice",
                "food_safety",
                "special_equip",
                "stable_jobs",
                "confined",
                "heat",
            ),
        ),
        ("zwh", ("grads", "tax_small", "yangtze", "flood_ent", "invest", "heat")),
        ("dxh", ("yangtze", "grads", "gi_brand", "wetland")),
        ("jk405", ("haz_waste", "permit", "confined", "labor", "einvoice", "sme", "special_equip")),
        ("sw2", ("tax_small", "einvoice", "export_rebate", "rd_deduct")),
        ("ny3", ("rice_crayfish", "rice_pest", "agri_quality", "crab", "tail_water", "lotus")),
        ("skA", ("port_hazchem", "rcep", "multimodal", "cold_chain", "foreign_trade")),
        ("blz_v", ("wetland", "rural_tour", "food_safety", "price", "homestay", "birds")),
        ("ljh_g", ("rice_crayfish", "crayfish_heat", "food_safety", "agri_quality", "tax_small")),
    )

    def back_to_back(self, n: int) -> None:
        r = self.rng
        made = 0
        for _ in range(400):
            if made >= n:
                break
            room, pool = r.choice(self.B2B_ROOMS)
            a, b = r.sample(pool, 2)
            sa, sb = SUBJECTS[a], SUBJECTS[b]
            months = tuple(m for m in sa.months if m in sb.months)
            if not months:
                continue
            day = self.pick_day(months)
            mode = r.random()
            if mode < 0.6:
                s1 = _at(day, *r.choice([(8, 30), (9, 0)]))
                e1 = s1 + timedelta(minutes=r.choice([60, 75, 90]))
                s2 = e1 + timedelta(minutes=r.choice([0, 10, 15, 30]))
                e2 = min(s2 + timedelta(minutes=r.choice([60, 90])), _at(day, 12, 0))
            else:
                s1 = _at(day, *r.choice([(9, 0), (9, 30)]))
                e1 = _at(day, *r.choice([(11, 0), (11, 30)]))
                s2 = _at(day, *r.choice([(14, 0), (14, 30)]))
                e2 = _at(day, *r.choice([(16, 0), (16, 30), (17, 0)]))
            if e2 <= s2 + timedelta(minutes=30):
                continue
            if not (self.free(room, s1, e1) and self.free(room, s2, e2)):
                continue
            pa = self.primary_of(sa)
            pb = pa if pa in sb.hosts and r.random() < 0.5 else self.primary_of(sb)
            x = self.add(Session(sa, sa.kind, s1, e1, pa, room, scenario="b2b"))
            y = self.add(Session(sb, sb.kind, s2, e2, pb, room, scenario="b2b"))
            self.groups.append(("back_to_back", [x, y]))
            made += 1

    def same_subject_same_day(self, n: int) -> None:
        r = self.rng
        pool = [s for s in SUBJECTS.values() if len(set(s.primaries)) >= 2 or len(s.hosts) >= 3]
        made = 0
        for _ in range(400):
            if made >= n:
                break
            subj = r.choice(pool)
            pa = self.primary_of(subj)
            others = [h for h in subj.hosts if h not in ("TOWN", pa)]
            if "TOWN" in subj.primaries:
                others.append("TOWN")
            if not others:
                continue
            pb = r.choice(others)
            ra = r.choice(subj.venues)
            if pb == "TOWN":
                town_rooms = [v for v in subj.venues if room_town(v) and v not in ("skA", "skB")]
                if not town_rooms:
                    continue
                rb = r.choice(town_rooms)
                pb = room_town(rb)
            else:
                rb = r.choice(subj.venues)
            if ROOMS[ra].bld == ROOMS[rb].bld:
                continue
            day = self.pick_day(subj.months)
            s1, e1 = self.slot_times(day, "am")
            s2, e2 = self.slot_times(day, "pm")
            if r.random() < 0.5:
                s1, e1, s2, e2 = s2, e2, s1, e1
            if not (self.free(ra, s1, e1) and self.free(rb, s2, e2)):
                continue
            x = self.add(Session(subj, subj.kind, s1, e1, pa, ra, scenario="sameday"))
            y = self.add(Session(subj, subj.kind, s2, e2, pb, rb, scenario="sameday"))
            self.groups.append(("same_subject_same_day", [x, y]))
            made += 1

    def series_numbers(self, n: int) -> None:
        r = self.rng
        combos = [
            ("TAX", "einvoice", "sw2"),
            ("TAX", "tax_small", "zw1"),
            ("RS", "livestream", "zj401"),
            ("RS", "electrician", "zj301"),
            ("RS", "fisher_jobs", "yws"),
            ("NY", "rice_crayfish", "ny3"),
            ("NY", "lotus", "hf"),
            ("SJ", "food_safety", "zw2"),
            ("JK", "sme", "jk405"),
            ("SWU", "crossborder", "zj401"),
            ("ZS", "invest", "xf3"),
            ("WL", "rural_tour", "blz_v"),
        ]
        made = 0
        for _ in range(400):
            if made >= n:
                break
            dk, sk, room = r.choice(combos)
            subj = SUBJECTS[sk]
            day = self.pick_day(subj.months)
            s1, e1 = self.slot_times(day, "am")
            if r.random() < 0.5:
                s2 = s1.replace(hour=14, minute=30)
                e2 = s2 + (e1 - s1)
            else:
                nxt = [d for d in WORKDAYS if d > day]
                if not nxt:
                    continue
                s2 = datetime.combine(nxt[0], s1.time())
                e2 = datetime.combine(nxt[0], e1.time())
            if not (self.free(room, s1, e1) and self.free(room, s2, e2)):
                continue
            x = self.add(
                Session(subj, subj.kind, s1, e1, dk, room, qual=("period", "?"), scenario="series")
            )
            y = self.add(
                Session(subj, subj.kind, s2, e2, dk, room, qual=("period", "?"), scenario="series")
            )
            self.groups.append(("series_numbers", [x, y]))
            made += 1

    def online_codes(self, n: int) -> None:
        r = self.rng
        online_subjects = [s for s in SUBJECTS.values() if s.online > 0]
        made = 0
        for _ in range(200):
            if made >= n:
                break
            same = r.random() < 0.5
            if same:
                subj = r.choice(online_subjects)
                dk = self.primary_of(subj)
                if dk not in ONLINE_DEPTS:
                    continue
                day = self.pick_day(subj.months)
                s, e = self.slot_times(day, r.choice(["am", "pm"]))
                quals: list[tuple[str, str] | None]
                if subj.key in ("einvoice", "tax_small") and r.random() < 0.6:
                    quals = [("aud", "一般纳税人场"), ("aud", "小规模纳税人场")]
                else:
                    quals = [None, None]
                members = [
                    self.add(
                        Session(
                            subj,
                            subj.kind,
                            s,
                            e,
                            dk,
                            None,
                            self.new_code(),
                            qual=q,
                            scenario="online",
                        )
                    )
                    for q in quals
                ]
            else:
                a, b = r.sample(online_subjects, 2)
                pa, pb = self.primary_of(a), self.primary_of(b)
                if pa == pb or pa not in ONLINE_DEPTS or pb not in ONLINE_DEPTS:
                    continue
                months = tuple(m for m in a.months if m in b.months)
                if not months:
                    continue
                s, e = self.slot_times(self.pick_day(months), r.choice(["am", "pm"]))
                members = [
                    self.add(
                        Session(a, a.kind, s, e, pa, None, self.new_code(), scenario="online")
                    ),
                    self.add(
                        Session(b, b.kind, s, e, pb, None, self.new_code(), scenario="online")
                    ),
                ]
            self.groups.append(("online_codes", members))
            made += 1

    # -- finishing ------------------------------------------------------------

    def number_periods(self) -> None:
        by: dict[tuple[str, str], list[Session]] = {}
        for s in self.sessions:
            if s.qual is not None and s.qual[0] == "period":
                by.setdefault((s.primary, s.subj.key), []).append(s)
        for group in by.values():
            group.sort(key=lambda x: x.start)
            base = self.rng.choice([1, 1, 2, 3])
            for i, s in enumerate(group):
                s.qual = ("period", str(base + i))

    def cohosts(self, s: Session) -> list[str]:
        out: list[str] = []
        for h in s.subj.hosts:
            k = s.town if h == "TOWN" else h
            if k and k != s.primary and k not in out:
                out.append(k)
        if s.town and s.town != s.primary and s.town not in out:
            out.append(s.town)
        return out

    def assign_posters(self) -> None:
        r = self.rng
        order = list(self.sessions)
        r.shuffle(order)
        target = r.uniform(0.395, 0.418)
        total = len(order)
        multi = 0
        for s in order:
            s.posters = [s.primary]
        for s in order:
            if multi >= target * total:
                break
            cands = self.cohosts(s)
            two = s.primary in TWO_SYSTEMS and r.random() < 0.12
            avail = len(cands) + (1 if two else 0)
            if avail == 0:
                continue
            size = min(r.choices([2, 3, 4], [50, 30, 20])[0], 1 + avail)
            posters = [s.primary]
            if two:
                posters.append(s.primary)
            posters.extend(r.sample(cands, size - len(posters)))
            s.posters = posters
            total += size - 1
            multi += size

    # -- rendering ------------------------------------------------------------

    def register_of(self, d: Dept, subj: Subject, system: int) -> tuple[str, int]:
        key = (d.key, subj.key)
        if key not in self.reg_memo:
            r = self.rng
            x = r.random()
            if d.key == "ZS":
                reg = "en" if x < 0.55 else "bi" if x < 0.85 else "formal"
            elif d.key == "SK":
                reg = "en" if x < 0.6 else "formal"
            elif d.reg == "plain":
                reg = "plain" if x < 0.7 else "formal"
            else:
                reg = "formal" if x < 0.8 else "plain"
            pool = {"en": subj.en, "bi": subj.formal, "formal": subj.formal, "plain": subj.plain}[
                reg
            ]
            self.reg_memo[key] = (reg, r.randrange(len(pool)))
        reg, idx = self.reg_memo[key]
        if system == 2 and reg in ("en", "bi"):
            return ("formal", idx % len(subj.formal))
        return reg, idx

    def suffix(self, d: Dept, subj: Subject, kind: str) -> str:
        key = (d.key, subj.key, kind)
        if key not in self.sfx_memo:
            if kind == T and subj.kind == P:
                pool: tuple[str, ...] = ("政策培训", "政策培训会", "专题培训")
            else:
                pool = d.train_sfx if kind == T else d.pub_sfx
            self.sfx_memo[key] = self.rng.choice(pool)
        return self.sfx_memo[key]

    @staticmethod
    def join_suffix(core: str, sfx: str) -> str:
        for k in range(min(len(core), len(sfx)), 1, -1):
            if core.endswith(sfx[:k]):
                return core + sfx[k:]
        return core + sfx

    def en_title(self, core: str, kind: str, d: Dept) -> str:
        if core.endswith(("Training", "Workshop", "Briefing", "Matchmaking", "Policies", "Policy")):
            return core
        word = "Training" if kind == T else "Briefing"
        if d.key == "SK" and kind == T:
            word = "Workshop"
        return f"{core} {word}"

    def posted_kind(self, d: Dept, s: Session) -> str:
        return s.kind if d.kind == "own" else d.kind

    def qualify(self, d: Dept, title: str, q: tuple[str, str], lang: str) -> str:
        typ, val = q
        if lang != "zh":
            if typ == "period":
                return f"{title} (Session {val})"
            if typ == "class":
                return f"{title} - Class {val}"
            if typ == "town":
                return f"{title} – {TOWNS[val].en}"
            return f"{title} ({AUD_EN.get(val, val)})"
        k = d.key
        if typ == "period":
            n = int(val)
            fmt = {
                "TAX": "{t}（第{n}期）",
                "RS": "{t}第{c}期",
                "NY": "{t}（第{c}期）",
                "SJ": "第{n}期{t}",
                "SWU": "{t}·第{n}期",
                "JK": "{t}（第{n}期）",
                "WL": "{t} 第{n}期",
            }.get(k, "{t}（第{n}期）")
            return fmt.format(t=title, n=n, c=cn_num(n))
        if typ == "class":
            n = int(val)
            fmt = {"RS": "{t}（{c}班）", "NY": "{t}{c}班", "TAX": "{t}（{n}班）"}.get(k, "{t}{n}班")
            return fmt.format(t=title, n=n, c=cn_num(n))
        if typ == "town":
            t = TOWNS[val]
            if d.town == val:
                return f"{title}（本{t.name[-1]}专场）"
            fmt = {
                "NY": "{t}（{name}专场）",
                "TAX": "{t}（{short}站）",
                "RS": "{t}—{name}专场",
                "SJ": "{t}（{name}场）",
                "FX": "{t}（{name}）",
                "LY": "走进{name}·{t}",
            }.get(k, "{t}（{name}专场）")
            return fmt.format(t=title, name=t.name, short=t.short)
        return f"{title}（{val}）"

    def decorate(self, d: Dept, title: str, s: Session, kind: str, lang: str) -> str:
        r = self.rng
        k = d.key
        x = r.random()
        if lang == "en":
            if k == "ZS" and x < 0.3:
                return f"Invest Liaohu | {title}"
            if k == "SK" and x < 0.4:
                return f"SKP | {title}"
            return title
        if k == "TAX":
            if x < 0.3 and kind == T:
                title = f"2027年第三季度{title}"
            elif x < 0.5:
                title = f"【税费服务】{title}"
            if s.code and s.room is None and r.random() < 0.5:
                title += "（线上）"
        elif k == "SJ":
            if x < 0.35:
                title = f"县市监局：{title}"
            elif x < 0.55:
                title = f"关于举办{title}的通知"
        elif k == "RS":
            if x < 0.6:
                title = f"【县人社局】{title}"
            if r.random() < 0.3:
                title += r.choice(["（公益）", "（免费）"])
        elif k == "SWU":
            if "foreign_trade" in s.subj.concepts and x < 0.5:
                title = f"稳外贸专项行动｜{title}"
            if r.random() < 0.2:
                title += "（名额有限）"
        elif k == "NY":
            if kind == T and x < 0.35:
                title = f"2027年高素质农民培育·{title}"
            if r.random() < 0.25:
                title += "（名额有限）"
        elif k == "ST":
            if x < 0.35:
                title = f"关于开展{title}的通知"
            elif x < 0.5:
                title = f"蓼湖分局：{title}"
        elif k == "YJ":
            if x < 0.3:
                title = f"【安全生产】{title}"
        elif k == "FX":
            if x < 0.6:
                title = f"【防汛】{title}"
            if s.start.hour >= 18:
                title += "（夜训）"
        elif k == "LY":
            if x < 0.3:
                title = f"县林业局：{title}"
        elif k == "WL":
            if x < 0.5:
                title = f"【文旅】{title}"
        elif k == "JK":
            if x < 0.35:
                title = f"经开区企业服务日｜{title}"
            elif x < 0.5:
                title = f"惠企政策直通车：{title}"
        elif k == "ZS":
            if x < 0.4:
                title = f"【招商】{title}"
        elif k == "SK":
            if x < 0.4:
                title = f"港区：{title}"
        elif d.town:
            t = TOWNS[d.town]
            if x < 0.35:
                title = f"{t.name}：{title}"
            elif x < 0.5:
                title = f"{t.name}举办{title}"
            if r.random() < 0.15:
                title += "（公益）"
        return title

    def title(
        self, d: Dept, s: Session, kind: str, system: int, is_primary: bool
    ) -> tuple[str, str]:
        r = self.rng
        if s.fixed_title and is_primary:
            return s.fixed_title, ("en" if s.fixed_title.isascii() else "zh")
        reg, idx = self.register_of(d, s.subj, system)
        subj = s.subj
        if reg == "en":
            base, lang = self.en_title(subj.en[idx % len(subj.en)], kind, d), "en"
        elif reg == "bi":
            zh = self.join_suffix(subj.formal[idx % len(subj.formal)], self.suffix(d, subj, kind))
            en = self.en_title(subj.en[idx % len(subj.en)], kind, d)
            base, lang = f"{zh} | {en}", "bi"
        elif reg == "plain":
            base, lang = subj.plain[idx % len(subj.plain)], "zh"
        else:
            base, lang = (
                self.join_suffix(subj.formal[idx % len(subj.formal)], self.suffix(d, subj, kind)),
                "zh",
            )
        if s.qual is not None:
            p = s.qual_p_primary if is_primary else s.qual_p_co
            if r.random() < p:
                base = self.qualify(d, base, s.qual, "en" if lang == "en" else "zh")
        if system == 2:
            return base, lang
        return self.decorate(d, base, s, kind, lang), lang

    def zh_loc(self, d: Dept, room: Room, st: LocStyle) -> str:
        b = BUILDINGS[room.bld]
        name_form = st.name
        if d.town and b.town == d.town:
            name_form = "abbr" if b.gov else st.own_village
        elif b.gov and name_form == "abbr":
            name_form = "short"  # only the town itself says plain 镇政府
        if st.prefix in ("prov", "city", "county") and b.full.startswith("蓼湖"):
            head = {"prov": "湖北省荆南市", "city": "荆南市", "county": ""}[st.prefix]
            name = head + b.full
        else:
            name = {"full": b.full, "short": b.short, "abbr": b.abbr, "old": b.old}.get(
                name_form, b.short
            )
        parts = [name]
        if st.addr and b.addr:
            parts[0] = f"{name}（{b.addr}）"
        if room.wing:
            w = room.wing
            parts.append(
                {
                    "号楼": f"{w}号楼",
                    "#楼": f"{w}#楼",
                    "cn号楼": f"{cn_num(w)}号楼",
                    "alias": room.wing_alias,
                    "name": room.wing_name,
                }.get(st.wing, f"{w}号楼")
            )
        if room.floor and st.floor != "none" and (room.numkind != "room" or st.floor_with_roomno):
            f = room.floor
            parts.append(
                {
                    "ar楼": f"{f}楼",
                    "cn楼": f"{cn_num(f)}楼",
                    "F": f"{f}F",
                    "cn层": f"{cn_num(f)}层",
                    "/F": f"{f}/F",
                }[st.floor]
            )
        if room.numkind == "ord":
            n = int(room.num)
            parts.append(
                {
                    "第cn": f"第{cn_num(n)}{room.label}",
                    "cn号": f"{cn_num(n)}号{room.label}",
                    "ar号": f"{n}号{room.label}",
                    "第ar": f"第{n}{room.label}",
                    "ar": f"{n}{room.label}",
                }[st.ordnum]
            )
        elif room.numkind == "room":
            parts.append(
                {"label": f"{room.num}{room.label}", "shi": f"{room.num}室", "bare": room.num}[
                    st.roomno
                ]
            )
        elif room.numkind == "letter":
            if st.roomno == "bare":
                parts.append(f"{room.label}{room.num}")
            elif parts[-1].endswith("F") and not st.space:
                parts[-1] += f"-{room.num}{room.label}"
            else:
                parts.append(f"{room.num}{room.label}")
        elif room.label:
            parts.append(room.label)
        return (" " if st.space else "").join(p for p in parts if p)

    def en_loc(self, d: Dept, room: Room, st: LocStyle) -> str:
        b = BUILDINGS[room.bld]
        if d.key == "SK":
            floor = f" ({room.floor}/F)" if room.floor else ""
            head = f"{room.en}{floor}, " if room.en else ""
            return f"{head}{b.en}"
        parts: list[str] = []
        if room.en:
            parts.append(room.en)
        if room.floor:
            parts.append(f"{room.floor}F")
        if room.wing:
            parts.append(f"Building {room.wing}")
        parts.append(b.en)
        if st.addr and b.addr_en:
            parts.append(f"{b.addr_en}, Liaohu")
        return ", ".join(parts)

    def code_text(self, d: Dept, code: str, lang: str) -> str:
        c = {
            "dash": f"{code[:3]}-{code[3:6]}-{code[6:]}",
            "space": f"{code[:3]} {code[3:6]} {code[6:]}",
            "plain": code,
        }[d.code]
        fmt = d.en_code_fmt if lang == "en" and d.en_code_fmt else d.code_fmt
        return fmt.format(c=c)

    def location(
        self, d: Dept, s: Session, system: int, lang: str
    ) -> tuple[str | None, str | None]:
        r = self.rng
        url: str | None = None
        loc: str | None = None
        if s.code:
            where = d.online_where
            if where in ("url", "both") or r.random() < 0.25:
                url = f"https://meeting.tencent.com/dm/{s.code}"
        if s.room is not None and r.random() >= d.no_venue:
            st = d.alt if (system == 2 or r.random() < d.alt_p) else d.loc
            room = ROOMS[s.room]
            if lang == "en" and st.name == "en":
                loc = self.en_loc(d, room, st)
            else:
                if st.name == "en":
                    st = d.alt
                loc = self.zh_loc(d, room, st)
        if s.code:
            ct = self.code_text(d, s.code, lang)
            if loc is None:
                if d.online_where == "url" and url is not None:
                    loc = r.choice([None, "线上"])
                else:
                    loc = ct
            elif r.random() < 0.6:
                if lang == "en":
                    loc = f"{loc} / {ct}"
                elif "线上" in ct:
                    loc = f"{loc}（同步{ct}）"
                else:
                    loc = f"{loc}（同步线上：{ct}）"
        return loc, url

    def post_times(self, d: Dept, s: Session) -> tuple[datetime, datetime]:
        r = self.rng
        S, E = s.start, s.end
        st = S
        if d.t_start == "signin" and r.random() < 0.75:
            st = S - timedelta(minutes=30)
        elif d.t_start == "talk" and r.random() < 0.5:
            st = S + timedelta(minutes=r.choice([15, 30]))
        elif r.random() < 0.05:
            st = S - timedelta(minutes=15)
        multi = E.date() != S.date()
        en = E
        if not multi and d.t_end == "block":
            for h, m in ((10, 30), (12, 0), (17, 30), (21, 30)):
                blk = _at(E.date(), h, m)
                if blk >= E:
                    en = blk
                    break
        elif not multi and d.t_end == "dur2":
            en = st + timedelta(hours=2)
        if en <= st + timedelta(minutes=20):
            en = max(E, st + timedelta(minutes=60))
        return st, en

    def fmt_time(self, d: Dept, t: datetime, system: int, lang: str) -> tuple[str, str | None]:
        mode = d.tz
        if system == 2:
            mode = "offset" if mode == "naive" else "naive"
        if d.key == "ZS" and lang == "en":
            mode = "hk"
        if d.key == "SK" and lang == "en":
            mode = "utc"
        if mode == "naive":
            return t.strftime("%Y-%m-%dT%H:%M:%S"), TZ
        if mode == "hk":
            return t.strftime("%Y-%m-%dT%H:%M:%S"), "Asia/Hong_Kong"
        if mode == "utc":
            return (t - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S"), "UTC"
        iso = t.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"
        return iso, (TZ if mode == "offset_tz" else None)

    def tags(self, d: Dept, s: Session, lang: str) -> list[str]:
        r = self.rng
        if r.random() >= d.tag_p:
            return []
        out: list[str] = []
        for c in s.subj.concepts[: r.choice([1, 2, 2])]:
            if lang == "en":
                pool = CONCEPT_TAGS_EN.get(c)
                if not pool:
                    continue
                key = (d.key + ":en", c)
            else:
                pool = CONCEPT_TAGS[c]
                key = (d.key, c)
            if key not in self.tag_memo:
                self.tag_memo[key] = r.choice(pool)
            if self.tag_memo[key] not in out:
                out.append(self.tag_memo[key])
        extra = DEPT_EXTRA_TAGS.get(d.key)
        if extra and lang != "en" and r.random() < 0.35:
            out.append(r.choice(extra))
        return out

    def audience(self, d: Dept, s: Session, lang: str) -> dict[str, list[str]]:
        r = self.rng
        sectors: list[str] = []
        if r.random() < (0.4 if d.town else 0.8):
            picked = r.sample(list(s.subj.sectors), min(len(s.subj.sectors), r.choice([1, 2])))
            sectors = [SECTOR_EN[x] for x in picked if x in SECTOR_EN] if lang == "en" else picked
        regions: list[str] = []
        town = TOWNS[s.town] if s.town else None
        if d.town and town is not None:
            regions = (
                r.sample(list(town.villages), r.choice([1, 2])) if r.random() < 0.5 else [town.name]
            )
        elif d.key in ("NY", "FX"):
            regions = [town.name] if town else ["全县"]
        elif d.key in ("RS", "SJ", "YJ"):
            regions = (
                [town.name]
                if town and r.random() < 0.6
                else (["蓼湖县"] if r.random() < 0.5 else [])
            )
        elif d.key == "JK":
            regions = ["经开区"] if r.random() < 0.6 else []
        elif d.key in ("ZS", "SK") and lang == "en":
            regions = [r.choice(["Liaohu County", "Liaohu"])] if r.random() < 0.5 else []
        elif d.key == "SK":
            regions = ["沙口港"] if r.random() < 0.5 else []
        return {"sectors": sectors, "regions": regions}

    def phone(self, d: Dept) -> str:
        if d.key not in self.phones:
            self.phones[d.key] = f"0716-52{self.rng.randint(10000, 99999)}"
        return self.phones[d.key]

    def describe(self, d: Dept, s: Session, st: datetime, loc: str | None, lang: str) -> str | None:
        r = self.rng
        k = d.key
        missing_place = loc is None and s.room is not None
        if r.random() >= d.desc_p and not missing_place:
            return None
        aud = "、".join(s.subj.sectors[:2])
        parts: list[str] = []
        if lang == "en":
            parts.append(
                "Speakers from county departments will present the policies, followed by Q&A."
            )
            if s.code:
                parts.append(f"Tencent Meeting ID: {s.code}.")
            if missing_place:
                parts.append("Venue details will be sent to registered participants.")
            return " ".join(parts)
        if k == "TAX":
            parts.append(f"主讲：县税务局{r.choice(TAX_UNITS)}业务骨干。对象：{aud}。")
        elif k == "RS":
            parts.append(f"请于{st:%H:%M}前签到。培训对象：{aud}。培训合格者发放培训合格证书。")
        elif k == "NY":
            parts.append(f"主讲：{r.choice(EXPERTS)}。请各镇（乡）农业服务中心组织{aud}参加。")
        elif d.town:
            parts.append(f"请各村（社区）通知{aud}准时参加，{st:%H:%M}集合。")
        elif k == "FX":
            parts.append("参训人员：各镇防汛抢险队员、巡堤查险人员。请携带雨具、手电。")
        else:
            parts.append(f"面向{aud}。")
        if s.code and r.random() < 0.5:
            parts.append(f"会议号：{s.code}。")
        if missing_place:
            parts.append(
                r.choice(
                    [
                        "具体地点另行通知。",
                        "地点详见报名后短信通知。",
                        "各村（社区）组织集中参加，地点另行通知。",
                    ]
                )
            )
        if len(s.posters) > 1 and len(set(s.posters)) > 1 and r.random() < 0.25:
            others = [DEPTS[p].name for p in dict.fromkeys(s.posters) if p != k]
            parts.append(f"联合主办：{'、'.join(others)}。")
        parts.append(f"咨询电话：{self.phone(d)}")
        return "".join(parts)

    def ext_id(self, d: Dept, s: Session, system: int) -> str:
        r = self.rng
        key = (d.key, system)
        n = self.counters.get(key, r.randint(1, 200)) + r.randint(1, 3)
        self.counters[key] = n
        ymd = s.start.strftime("%Y%m%d")
        k = d.key
        if system == 2:
            return {
                "TAX": f"ZNHD{ymd}{n:04d}",
                "RS": f"HBJY-{n:07d}",
                "ZS": f"zszx_{n}",
                "NY": f"NJTG{n:06d}",
                "SK": f"skg{n:05d}",
            }.get(k, f"{k}-B-{n}")
        if d.town:
            return f"{_TOWN_STYLE[d.town][2]}-2027-{n:03d}"
        return {
            "TAX": f"LHSW-2027-{n:04d}",
            "SJ": f"SJ{ymd}{n:04d}",
            "RS": f"RS-PX-2027-{n:03d}",
            "SWU": f"swj-2027-{n}",
            "NY": f"NY{ymd}-{n:03d}",
            "ST": f"STHJ-LH-{n:04d}",
            "YJ": f"YJJ{n:05d}",
            "ZS": f"INV-27-{n:04d}",
            "FX": f"FX2027-{n:03d}",
            "LY": f"LYJ-{n:03d}",
            "WL": f"WLJ2027{n:03d}",
            "JK": f"JKQ{n:04d}",
            "SK": f"SKP-27-{n:03d}",
        }[k]

    def reg_url(self, s: Session) -> str | None:
        d = DEPTS[s.primary]
        if not d.reg_fmt or self.rng.random() >= d.reg_p:
            return None
        tok = "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(7))
        return d.reg_fmt.format(tok=tok, num=self.rng.randint(1000, 99999))

    def capacity(self, d: Dept, s: Session) -> int | None:
        r = self.rng
        if r.random() >= d.cap_p or s.cap is None:
            return None
        if r.random() < 0.8:
            return s.cap
        return max(20, int(round(s.cap * r.choice([0.5, 0.8, 1.2, 1.5]), -1)))

    def render(self, s: Session, dk: str, system: int, is_primary: bool) -> dict[str, Any]:
        r = self.rng
        d = DEPTS[dk]
        kind = self.posted_kind(d, s)
        title, lang = self.title(d, s, kind, system, is_primary)
        st, en = self.post_times(d, s)
        loc, url = self.location(d, s, system, lang)
        start, tz = self.fmt_time(d, st, system, lang)
        end, _ = self.fmt_time(d, en, system, lang)
        reg: str | None = None
        if s.reg_url and (is_primary or r.random() < 0.4):
            reg = s.reg_url
        inp: dict[str, Any] = {
            "externalId": self.ext_id(d, s, system),
            "kind": kind,
            "title": title,
            "start": start,
            "end": end,
        }
        if tz is not None:
            inp["timezone"] = tz
        inp.update(
            {
                "location": loc,
                "onlineUrl": url,
                "description": self.describe(d, s, st, loc, lang),
                "topics": self.tags(d, s, lang),
                "audience": self.audience(d, s, lang),
                "capacity": self.capacity(d, s),
                "registrationUrl": reg,
            }
        )
        truth = {
            "session": s.sid,
            "kind": s.kind,
            "start": s.start.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00",
            "end": s.end.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00",
        }
        return {"department": d.name, "input": inp, "truth": truth}

    # -- driver ---------------------------------------------------------------

    def build(self) -> list[dict[str, Any]]:
        r = self.rng
        self.weekly_series()
        self.parallel_rooms(r.randint(8, 11), r.randint(6, 8))
        self.towns_same_hour(r.randint(10, 13))
        self.back_to_back(r.randint(11, 14))
        self.same_subject_same_day(r.randint(9, 12))
        self.series_numbers(r.randint(9, 12))
        self.online_codes(r.randint(7, 9))
        n_target = r.randint(820, 875)
        subjects = list(SUBJECTS.values())
        weights = [s.weight for s in subjects]
        tries = 0
        while len(self.sessions) < n_target and tries < 20_000:
            tries += 1
            self.regular(r.choices(subjects, weights)[0])
        self.number_periods()
        r.shuffle(self.sessions)
        for i, s in enumerate(self.sessions):
            s.sid = 1001 + i
            s.reg_url = self.reg_url(s)
        self.assign_posters()
        records: list[dict[str, Any]] = []
        for s in self.sessions:
            seen: Counter[str] = Counter()
            for dk in s.posters:
                seen[dk] += 1
                records.append(
                    self.render(s, dk, seen[dk], is_primary=(dk == s.primary and seen[dk] == 1))
                )
        r.shuffle(records)
        return records


def _build(seed: int) -> tuple[list[dict[str, Any]], _Gen]:
    g = _Gen(seed)
    return g.build(), g


def generate(seed: int) -> list[dict[str, Any]]:
    """Labelled postings for one season of Liaohu County, deterministic for ``seed``."""
    return _build(seed)[0]


def stats(seed: int = 0) -> dict[str, Any]:
    records, g = _build(seed)
    sizes = Counter(len(s.posters) for s in g.sessions)
    multi_posts = sum(n * c for n, c in sizes.items() if n > 1)
    by_session: dict[int, list[dict[str, Any]]] = {}
    for rec in records:
        by_session.setdefault(rec["truth"]["session"], []).append(rec)
    kind_split = sum(
        1 for recs in by_session.values() if len({x["input"]["kind"] for x in recs}) > 1
    )
    groups: Counter[str] = Counter(t for t, _ in g.groups)
    group_sessions: Counter[str] = Counter()
    for t, members in g.groups:
        group_sessions[t] += len(members)
    return {
        "postings": len(records),
        "sessions": len(g.sessions),
        "session_size_histogram": {str(k): sizes[k] for k in sorted(sizes)},
        "postings_in_multi_posted_sessions": multi_posts,
        "multi_posted_share": round(multi_posts / len(records), 3),
        "same_department_twice": sum(1 for s in g.sessions if len(set(s.posters)) < len(s.posters)),
        "sessions_with_kind_disagreement": kind_split,
        "hard_negative_groups": dict(sorted(groups.items())),
        "hard_negative_sessions": dict(sorted(group_sessions.items())),
        "online_sessions": sum(1 for s in g.sessions if s.code),
        "multi_day_sessions": sum(1 for s in g.sessions if s.start.date() != s.end.date()),
        "postings_without_location": sum(1 for x in records if x["input"]["location"] is None),
        "postings_with_english_title": sum(1 for x in records if x["input"]["title"].isascii()),
        "postings_with_topics": sum(1 for x in records if x["input"]["topics"]),
        "postings_by_department": dict(Counter(x["department"] for x in records).most_common()),
    }


if __name__ == "__main__":
    print(json.dumps(stats(), ensure_ascii=False, indent=2))
