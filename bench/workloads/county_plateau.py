"""Workload "plateau": 扎嘎县 (བྲག་དཀར་རྫོང་), an invented Tibetan-area county on the western
Sichuan plateau, 四川省甘孜藏族自治州.  Season: 2027年第二季度 (1 April - 30 June 2027,
Asia/Shanghai).  Everything (county, towns, buildings, phones, URLs, meeting codes) is invented.

DATA SHEET
==========

County and economy
------------------
扎嘎县 sits at 3,300-4,200 m on the 雅曲河 valley.  Herding (牦牛, 藏香猪), the spring collection
of 冬虫夏草 (May-June, herders move up the mountains) and of 松茸 (from late June) by village
cooperatives, small hydropower on the 雅曲河 and a PV park at 曲登镇, ethnic-culture tourism
(藏家乐, 民宿, 唐卡, 锅庄), two Tibetan-medicine makers and the 县藏医院.  Counterpart support
comes from the invented 浙江省嘉湖市 (东西部协作 / 对口支援).  Q2 is the season of 春防 (spring
livestock vaccination), 草原防火 (April-May), 虫草 harvest rules, 个税汇算 (ends 30 June), 企业年报
(ends 30 June) and the June 安全生产月.  Holidays 清明 (3-5 Apr), 劳动节 (1-5 May) and 端午
(9-11 Jun) are never used.

Towns (乡 / 镇), with Tibetan names; 2019 乡镇改革 merged 措玛乡 into 曲登镇 and 德木乡 into
扎西岗镇 (which was 扎西岗乡 until then):
  嘎托镇 (county seat) དཀར་ཐོག་གྲོང་རྡལ།   曲登镇 ཆོས་རྟེན་གྲོང་རྡལ།   扎西岗镇 བཀྲ་ཤིས་སྒང་གྲོང་རྡལ།
  亚绒乡 ཡ་རོང་ཤང་།   然多乡 རབ་མདོ་ཤང་།   俄色乡 འོད་གསལ་ཤང་།

Buildings (key: official / short / old / street-landmark / English; rooms)
  xz1    扎嘎县行政中心1号楼 / 行政中心1号楼 / 原县政府办公楼 / 格萨尔大道99号 / Building 1, Zhaga
         County Administrative Center; 三楼第一、第二会议室, 一楼报告厅 (a.k.a. 大会议室)
  xz2    扎嘎县行政中心2号楼 / 行政中心2号楼 / 原县委大院办公楼 / 格萨尔大道99号院内东侧 / Building 2;
         四楼第一会议室, 二楼第二会议室, 五楼视频会议室.  xz1 and xz2 share the 县行政中心 compound
         and some offices write only "县行政中心" (ambiguous on purpose).
  zw     扎嘎县政务服务中心 / 县政务大厅 / 原县招待所 / 团结路12号（老招待所院内）; 二楼第一培训室,
         三楼第一会议室
  nkl    扎嘎县农牧农村和科技局办公楼 / 县农科局 / 原畜牧局 / 康巴路23号（县兽医站楼上）;
         三楼第一会议室, 二楼第一培训室
  whzx   扎嘎县文化中心 / 县文化馆 / 老电影院 / 人民广场北侧（原电影院旧址） / Zhaga Cultural
         Center; 一楼多功能厅, 二楼排练厅, 三楼非遗传习室
  zx     扎嘎县职业技术学校 / 县职校 / 原县农牧中学 / 城北职教路8号 / Zhaga Vocational School;
         一楼报告厅, 二楼第一、第二实训室
  zyyb   扎嘎县藏医院 / 县藏医院 / 原县民族医院 / 雪域路6号 / Zhaga Tibetan Medicine Hospital;
         五楼学术报告厅, 四楼第一示教室
  hotel  扎嘎香巴拉大酒店 / 香巴拉酒店 / 原县供销社大楼 / 格萨尔大道与团结路交汇处 / Shambhala
         Hotel Zhaga; 二楼格桑厅 (A厅), 二楼雪莲厅 (B厅), 三楼多功能厅
  yqfw   扎嘎县清洁能源产业园区综合服务中心 / 园区服务中心 / 原曲登乡粮站 / 曲登镇光伏大道1号 /
         Zhaga Clean Energy Park Service Center; 一楼路演厅, 二楼第一会议室
  market 扎嘎县虫草松茸交易市场 / 虫草市场 / 原城东农贸市场 / 城东滨河路雅曲河大桥东头;
         二楼第一会议室, 一楼交易大厅
  union  扎嘎县职工服务中心 / 县工人文化宫 / 老工会楼 / 康巴路5号; 二楼职工学堂, 三楼第一会议室
  qdz    扎嘎县曲登镇人民政府 / 曲登镇政府 / 原曲登乡政府 / 曲登镇曲登街28号; 二楼大会议室
  zxgz   扎嘎县扎西岗镇人民政府 / 扎西岗镇政府 / 原扎西岗乡政府 / 扎西岗镇G318国道旁; 一楼会议室
  yrx    扎嘎县亚绒乡人民政府 / 亚绒乡政府 / 原亚绒区公所 / 亚绒乡亚绒村; 二楼会议室
  rdx    扎嘎县然多乡人民政府 / 然多乡政府 / 原然多乡老政府 / 然多乡然多村一组; 一楼会议室
  esx    扎嘎县俄色乡便民服务中心 / 俄色乡便民服务中心 / 原俄色乡政府 / 俄色乡政府院内; 一楼会议室
  sela   嘎托镇色拉村党群服务中心 / 色拉村活动室 / 原色拉村小学 / 嘎托镇色拉村（白塔旁）
  cuoma  曲登镇措玛村党群服务中心 / 措玛村活动室 / 原措玛乡政府 / 曲登镇措玛村（原乡政府院内）
Room spellings: 三楼第一会议室 / 3F 1号会议室 / 301室 / 第1会议室 / 1会议室 / Meeting Room 301;
named halls 二楼格桑厅 / 格桑厅 / A厅 / Gesang Hall, 2F.

Posting organisations (22) and their habits
-------------------------------------------
  nk  扎嘎县农牧农村和科技局 (old 畜牧局): formal 关于举办2027年…培训班的通知; official names;
      naive HH:MM:SS + timezone; numbered ids 扎农科函〔2027〕N号; TRAINING; long 一、二、三 bodies.
  lc  扎嘎县林业和草原局: 【县林草局】 + plain; short names, 3F 1号会议室; +08:00; posts sign-in
      time (30 min early); ids LCJ-2027-NNNN; "·曲登站" specials.
  wl  扎嘎县文化广播电视和旅游局: slogan “乐游扎嘎” / plain / English; UTC "Z"; rounds ends up;
      问卷星 registration; English sector names.
  rs  扎嘎县人力资源和社会保障局: 【报名】…（名额有限）, 2027年第二季度, （第N期）, full-width digits
      sometimes; 301室 room style; naive HH:MM; sign-in 30 min; always capacity.
  sj  扎嘎县市场监督管理局: "市监局：" + plain (GMP acronym); PUBLICITY; naive seconds; rounds ends up.
  sw  国家税务总局扎嘎县税务局: formal or 【春风行动】 plain; UTC milliseconds "…000Z"; sign-in 20 min;
      meeting code inside the URL; UUID ids.
  jx  扎嘎县经济信息和商务合作局: acronyms (农村电商O2O, HACCP, IP, GMP), "扎嘎电商｜",
      spaces between CJK and digits, +08:00 with milliseconds.
  yj  扎嘎县应急管理局: “安全生产月”专项行动 slogans, formal; full province/prefecture prefix on
      places; full-width digits; rounds ends up.
  fg  扎嘎县发展和改革局: formal, PUBLICITY; writes 县行政中心 without building number.
  wj  扎嘎县卫生健康局: plain / 【健康扎嘎】; full-width digits; rounds ends up.
  zyy 扎嘎县藏医院: bilingual Tibetan + Chinese titles; old name 原县民族医院; 第二期 in Chinese
      numerals.
  zgh 扎嘎县总工会: plain + （公益）; old building names (老工会楼, 原县招待所); sign-in 20 min.
  rm  扎嘎县融媒体中心: 【直播预告】/【活动预告】, “云上扎嘎”, landmark addresses, ms timestamps,
      everyday names; PUBLICITY.
  gt  扎嘎县嘎托镇人民政府, qd 扎嘎县曲登镇人民政府, zxg 扎嘎县扎西岗镇人民政府,
  yr  扎嘎县亚绒乡人民政府: town halls and 村活动室; old names of merged 乡; qd bilingual,
      yr often Tibetan script only; naive minutes; everyday names.
  gsl 扎嘎县工商业联合会: "县工商联：" + plain; mixed sector spellings; compound-only venue.
  xh  扎嘎县虫草松茸产业协会: 【会员通知】 + plain; 3F 1号会议室; +08:00 seconds; sign-in 30 min.
  zj  浙江省嘉湖市对口支援扎嘎县工作队: "嘉湖·扎嘎东西部协作｜", formal or English; street
      addresses with full prefix; "+00:00"; ids JHZG-2027-NNN.
  yq  扎嘎县清洁能源产业园区管理委员会: English or "English | 中文" titles, English venues, "+00:00",
      English topics.
  sf  扎嘎县司法局: “美好生活·民法典相伴” / “九五”普法 slogans; sign-in 20 min.

Hard negatives (counted per family in stats()["hard_negatives"])
------------------------------------------------------------------
  series_periods     one course 第2期 / 第3期 on different days, same room and hour
  parallel_classes   一班 / 二班 of one course at the same hour in two rooms of one building
  town_specials      one campaign's X镇专场 / Y乡专场 (or ·X站) at the same hour in different towns
  parallel_rooms     two rooms of one building, same hour, related subjects
  back_to_back       one room, one subject, 09:00-10:30 then 10:30-12:00 (or afternoon)
  weekly_repeat      one department's same course every week (same title, weekday, hour, room)
  same_building_two_depts  two departments, different subjects, one building (or the two
                     行政中心 buildings of one compound), one hour
  same_title_other_day     same department and identical title on irregular different days
  online_same_hour   two or three online sessions starting at one hour, different meeting codes
  sibling_policies   alike-titled sibling policies (小规模增值税 vs 六税两费, 吸纳就业补贴 vs 扩岗补助,
                     禁牧补助 vs 草畜平衡奖励, 小规模 vs 合作社涉税) on the same or nearby days

Co-host phenomena (counted in stats()["cohost_phenomena"])
-----------------------------------------------------------
About 35-40% of sessions are co-hosted by 2-4 organisations; each co-host posts its own notice:
different title voice (formal / plain / slogan / English / Tibetan only / everyday name with
almost no shared characters), different topic words, different kind (宣讲 PUBLICITY vs 培训
TRAINING), series number on one side only, sign-in time instead of start, end rounded up to the
hour, other spelling of the same building (official / short / old / address / English /
compound only), venue missing (None / 待定 / 另行通知), meeting code 842-331-907 vs 842331907 vs
842 331 907, in the location, the description or the URL.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

TZ = timezone(timedelta(hours=8))
SEASON_START = date(2027, 4, 1)
SEASON_END = date(2027, 6, 30)
HOLIDAYS = frozenset(
    [date(2027, 4, d) for d in (3, 4, 5)]
    + [date(2027, 5, d) for d in (1, 2, 3, 4, 5)]
    + [date(2027, 6, d) for d in (9, 10, 11)]
)
PREFIX = "四川省甘孜藏族自治州"
COUNTY = "扎嘎县"

CN_NUM = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
TIB_ORD = ("", "དང་པོ", "གཉིས་པ", "གསུམ་པ", "བཞི་པ", "ལྔ་པ", "དྲུག་པ", "བདུན་པ", "བརྒྱད་པ")
WEEK_CN = "一二三四五六日"
FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
TIB_DIGITS = str.maketrans("0123456789", "༠༡༢༣༤༥༦༧༨༩")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
SPACE_RE1 = re.compile(r"([\u4e00-\u9fff])([A-Za-z0-9])")
SPACE_RE2 = re.compile(r"([A-Za-z0-9])([\u4e00-\u9fff])")

T = "TRAINING"
P = "PUBLICITY"


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    key: str
    name: str
    short: str
    bo: str
    en: str


TOWNS: tuple[Town, ...] = (
    Town("gatuo", "嘎托镇", "嘎托", "དཀར་ཐོག་གྲོང་རྡལ།", "Gatuo Town"),
    Town("qudeng", "曲登镇", "曲登", "ཆོས་རྟེན་གྲོང་རྡལ།", "Qudeng Town"),
    Town("zhaxigang", "扎西岗镇", "扎西岗", "བཀྲ་ཤིས་སྒང་གྲོང་རྡལ།", "Zhaxigang Town"),
    Town("yarong", "亚绒乡", "亚绒", "ཡ་རོང་ཤང་།", "Yarong Township"),
    Town("randuo", "然多乡", "然多", "རབ་མདོ་ཤང་།", "Randuo Township"),
    Town("ese", "俄色乡", "俄色", "འོད་གསལ་ཤང་།", "Ese Township"),
)
TOWN_BY_KEY = {t.key: t for t in TOWNS}


@dataclass(frozen=True)
class Room:
    key: str
    floor: int
    kind: str
    num: int | None = None
    hall: str | None = None
    alias: str | None = None
    en: str | None = None


@dataclass(frozen=True)
class Building:
    key: str
    official: str
    short: str
    old: str | None
    addr: str
    en: str | None
    town: str
    compound: str | None
    rooms: tuple[Room, ...]
    village: bool = False


def _mr(key: str, floor: int, num: int, kind: str = "会议室", en: str = "Meeting Room") -> Room:
    return Room(key, floor, kind, num=num, en=en)


BUILDINGS: tuple[Building, ...] = (
    Building(
        "xz1",
        "扎嘎县行政中心1号楼",
        "行政中心1号楼",
        "原县政府办公楼",
        "嘎托镇格萨尔大道99号（行政中心1号楼）",
        "Building 1, Zhaga County Administrative Center",
        "gatuo",
        "县行政中心",
        (
            _mr("r1", 3, 1),
            _mr("r2", 3, 2),
            Room("hall", 1, "报告厅", alias="大会议室", en="Lecture Hall"),
        ),
    ),
    Building(
        "xz2",
        "扎嘎县行政中心2号楼",
        "行政中心2号楼",
        "原县委大院办公楼",
        "格萨尔大道99号院内东侧2号楼",
        "Building 2, Zhaga County Administrative Center",
        "gatuo",
        "县行政中心",
        (
            _mr("r1", 4, 1),
            _mr("r2", 2, 2),
            Room("video", 5, "视频会议室", en="Video Conference Room"),
        ),
    ),
    Building(
        "zw",
        "扎嘎县政务服务中心",
        "县政务大厅",
        "原县招待所",
        "团结路12号（老招待所院内）",
        "Zhaga Government Services Center",
        "gatuo",
        None,
        (_mr("t1", 2, 1, "培训室", "Training Room"), _mr("r1", 3, 1)),
    ),
    Building(
        "nkl",
        "扎嘎县农牧农村和科技局办公楼",
        "县农科局",
        "原畜牧局",
        "康巴路23号（县兽医站楼上）",
        None,
        "gatuo",
        None,
        (_mr("r1", 3, 1), _mr("t1", 2, 1, "培训室", "Training Room")),
    ),
    Building(
        "whzx",
        "扎嘎县文化中心",
        "县文化馆",
        "老电影院",
        "人民广场北侧（原电影院旧址）",
        "Zhaga Cultural Center",
        "gatuo",
        None,
        (
            Room("mf", 1, "多功能厅", en="Multi-function Hall"),
            Room("rh", 2, "排练厅", en="Rehearsal Hall"),
            Room("cx", 3, "非遗传习室", en="Heritage Studio"),
        ),
    ),
    Building(
        "zx",
        "扎嘎县职业技术学校",
        "县职校",
        "原县农牧中学",
        "城北职教路8号",
        "Zhaga Vocational School",
        "gatuo",
        None,
        (
            Room("hall", 1, "报告厅", en="Lecture Hall"),
            _mr("s1", 2, 1, "实训室", "Workshop"),
            _mr("s2", 2, 2, "实训室", "Workshop"),
        ),
    ),
    Building(
        "zyyb",
        "扎嘎县藏医院",
        "县藏医院",
        "原县民族医院",
        "雪域路6号（县藏医院门诊楼）",
        "Zhaga Tibetan Medicine Hospital",
        "gatuo",
        None,
        (
            Room("hall", 5, "学术报告厅", en="Lecture Hall"),
            _mr("d1", 4, 1, "示教室", "Teaching Room"),
        ),
    ),
    Building(
        "hotel",
        "扎嘎香巴拉大酒店",
        "香巴拉酒店",
        "原县供销社大楼",
        "格萨尔大道与团结路交汇处",
        "Shambhala Hotel Zhaga",
        "gatuo",
        None,
        (
            Room("a", 2, "厅", hall="格桑厅", alias="A厅", en="Gesang Hall"),
            Room("b", 2, "厅", hall="雪莲厅", alias="B厅", en="Snow Lotus Hall"),
            Room("mf", 3, "多功能厅", en="Ballroom"),
        ),
    ),
    Building(
        "yqfw",
        "扎嘎县清洁能源产业园区综合服务中心",
        "园区服务中心",
        "原曲登乡粮站",
        "曲登镇光伏大道1号",
        "Zhaga Clean Energy Park Service Center",
        "qudeng",
        None,
        (Room("ly", 1, "路演厅", en="Roadshow Hall"), _mr("r1", 2, 1)),
    ),
    Building(
        "market",
        "扎嘎县虫草松茸交易市场",
        "虫草市场",
        "原城东农贸市场",
        "城东滨河路雅曲河大桥东头",
        None,
        "gatuo",
        None,
        (_mr("r1", 2, 1), Room("dt", 1, "交易大厅", en="Trading Hall")),
    ),
    Building(
        "union",
        "扎嘎县职工服务中心",
        "县工人文化宫",
        "老工会楼",
        "康巴路5号",
        None,
        "gatuo",
        None,
        (Room("xt", 2, "职工学堂", en="Workers' Classroom"), _mr("r1", 3, 1)),
    ),
    Building(
        "qdz",
        "扎嘎县曲登镇人民政府",
        "曲登镇政府",
        "原曲登乡政府",
        "曲登镇曲登街28号",
        None,
        "qudeng",
        None,
        (Room("big", 2, "大会议室", en="Main Meeting Room"),),
    ),
    Building(
        "zxgz",
        "扎嘎县扎西岗镇人民政府",
        "扎西岗镇政府",
        "原扎西岗乡政府",
        "扎西岗镇G318国道旁",
        None,
        "zhaxigang",
        None,
        (Room("r", 1, "会议室", en="Meeting Room"),),
    ),
    Building(
        "yrx",
        "扎嘎县亚绒乡人民政府",
        "亚绒乡政府",
        "原亚绒区公所",
        "亚绒乡亚绒村",
        None,
        "yarong",
        None,
        (Room("r", 2, "会议室", en="Meeting Room"),),
    ),
    Building(
        "rdx",
        "扎嘎县然多乡人民政府",
        "然多乡政府",
        "原然多乡老政府",
        "然多乡然多村一组",
        None,
        "randuo",
        None,
        (Room("r", 1, "会议室", en="Meeting Room"),),
    ),
    Building(
        "esx",
        "扎嘎县俄色乡便民服务中心",
        "俄色乡便民服务中心",
        "原俄色乡政府",
        "俄色乡政府院内",
        None,
        "ese",
        None,
        (Room("r", 1, "会议室", en="Meeting Room"),),
    ),
    Building(
        "sela",
        "嘎托镇色拉村党群服务中心",
        "色拉村活动室",
        "原色拉村小学",
        "嘎托镇色拉村（白塔旁）",
        None,
        "gatuo",
        None,
        (Room("hd", 1, "活动室"),),
        village=True,
    ),
    Building(
        "cuoma",
        "曲登镇措玛村党群服务中心",
        "措玛村活动室",
        "原措玛乡政府",
        "曲登镇措玛村（原乡政府院内）",
        None,
        "qudeng",
        None,
        (Room("hd", 1, "活动室"),),
        village=True,
    ),
)
BLD = {b.key: b for b in BUILDINGS}
# venues that count as "in a town" (town specials, town co-hosts)
TOWN_VENUES: dict[str, tuple[str, ...]] = {
    "gatuo": ("sela",),
    "qudeng": ("qdz", "cuoma"),
    "zhaxigang": ("zxgz",),
    "yarong": ("yrx",),
    "randuo": ("rdx",),
    "ese": ("esx",),
}
ALL_TOWN_VENUES: tuple[str, ...] = tuple(v for vs in TOWN_VENUES.values() for v in vs)
TOWN_OF_VENUE = {v: t for t, vs in TOWN_VENUES.items() for v in vs}
TOWN_DEPT = {"gatuo": "gt", "qudeng": "qd", "zhaxigang": "zxg", "yarong": "yr"}
DEPT_TOWN = {d: t for t, d in TOWN_DEPT.items()}


def room_text(r: Room, style: str) -> str:
    fl = CN_NUM[r.floor]
    if r.hall is not None:
        if style == "cn":
            return f"{fl}楼{r.hall}"
        if style == "f":
            return f"{r.floor}F {r.hall}"
        if style in ("short", "bare"):
            return r.alias or r.hall
        if style == "no":
            return f"{fl}楼{r.alias or r.hall}"
        return f"{r.en or r.hall}, {r.floor}F"
    if r.num is None:
        if style in ("cn", "no"):
            return f"{fl}楼{r.kind}"
        if style == "f":
            return f"{r.floor}F {r.kind}"
        if style in ("short", "bare"):
            return r.alias or r.kind
        return f"{r.en or 'Hall'}, {r.floor}F"
    n = r.num
    if style == "cn":
        return f"{fl}楼第{CN_NUM[n]}{r.kind}"
    if style == "f":
        return f"{r.floor}F {n}号{r.kind}"
    if style == "no":
        return f"{r.floor}{n:02d}室"
    if style == "short":
        return f"第{n}{r.kind}"
    if style == "bare":
        return f"{n}{r.kind}"
    return f"{r.en or 'Room'} {r.floor}{n:02d}"


def building_text(b: Building, style: str) -> str:
    if style == "official":
        return b.official
    if style == "full":
        off = b.official if b.official.startswith(COUNTY) else COUNTY + b.official
        return PREFIX + off
    if style == "short":
        return b.short
    if style == "old":
        return b.old or b.short
    if style == "addr":
        return b.addr
    if style == "addr_full":
        return f"{PREFIX}{COUNTY}{b.addr}"
    if style == "en":
        return b.en or b.official
    if style == "compound":
        return b.compound or b.short
    return b.official


# ---------------------------------------------------------------------------------------------
# Topics and sectors
# ---------------------------------------------------------------------------------------------

TOPICS: dict[str, tuple[str, ...]] = {
    "yak": ("牦牛养殖", "牦牛", "畜牧养殖", "高原畜牧"),
    "pig": ("藏香猪", "藏香猪养殖", "生猪养殖"),
    "vet": ("动物防疫", "畜禽防疫", "春防", "疫病防控"),
    "grass": ("草原生态", "草原保护", "草畜平衡", "生态补奖"),
    "fire": ("草原防火", "森林草原防灭火", "防火", "护林防火"),
    "cordyceps": ("虫草", "虫草采挖", "冬虫夏草", "虫草管理"),
    "matsutake": ("松茸", "松茸采集", "野生菌", "林下经济"),
    "coop": ("合作社", "农民专业合作社", "集体经济", "村集体经济"),
    "ecommerce": ("电商", "直播带货", "电子商务", "农村电商"),
    "tourism": ("乡村旅游", "文旅", "全域旅游", "旅游"),
    "homestay": ("民宿", "藏家乐", "民宿管理", "乡村民宿"),
    "culture": ("非遗", "民族文化", "文化传承", "非物质文化遗产"),
    "medicine": ("藏医药", "藏药", "民族医药", "藏药材"),
    "food": ("食品安全", "食安", "餐饮安全"),
    "quality": ("产品质量", "质量安全", "标准化", "计量"),
    "tax": ("税费优惠", "减税降费", "税收政策", "惠企"),
    "employ": ("就业", "稳就业", "转移就业", "劳务输出"),
    "skills": ("技能培训", "职业技能", "技能提升"),
    "safety": ("安全生产", "安全", "应急管理"),
    "flood": ("防汛", "防汛减灾", "地质灾害", "汛期安全"),
    "hydro": ("水电", "小水电", "水电站", "清洁能源"),
    "pv": ("光伏", "新能源", "清洁能源", "分布式光伏"),
    "law": ("普法", "法治宣传", "法律", "民法典"),
    "bilingual": ("双语", "藏汉双语", "国家通用语言"),
    "health": ("健康", "卫生健康", "健康教育", "疾病预防"),
    "credit": ("信用", "企业信用", "年报"),
    "labor": ("职工", "劳动权益", "工会"),
    "support": ("东西部协作", "对口支援", "援建", "帮扶"),
}
TOPICS_EN: dict[str, str] = {
    "yak": "Yak",
    "pig": "Pig farming",
    "vet": "Animal health",
    "grass": "Grassland",
    "fire": "Wildfire",
    "cordyceps": "Cordyceps",
    "matsutake": "Matsutake",
    "coop": "Cooperatives",
    "ecommerce": "E-commerce",
    "tourism": "Tourism",
    "homestay": "Homestay",
    "culture": "Heritage",
    "medicine": "Tibetan medicine",
    "food": "Food safety",
    "quality": "Quality",
    "tax": "Tax",
    "employ": "Jobs",
    "skills": "Skills",
    "safety": "Safety",
    "flood": "Flood season",
    "hydro": "Hydropower",
    "pv": "PV",
    "law": "Law",
    "bilingual": "Bilingual",
    "health": "Health",
    "credit": "Credit",
    "labor": "Labour",
    "support": "Partnership",
}

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
    "Q": ("卫生和社会工作", "Health and Social Work"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
}


# ---------------------------------------------------------------------------------------------
# Departments
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    key: str
    name: str
    kind: str
    voices: tuple[tuple[str, int], ...]
    places: tuple[tuple[str, int], ...]
    room_style: str
    loc_fmt: str
    time_fmt: str
    signin: int
    signin_p: float
    round_end: bool
    id_style: str
    topic_bias: int
    sector_style: str
    cap_p: float
    reg: str
    desc: str
    code_style: str
    code_place: str
    tbd_p: float
    fw_p: float
    space_p: float
    series_fmt: str
    special_fmt: str
    slogans: tuple[str, ...] = ()
    contact: str = ""


DEPTS: tuple[Dept, ...] = (
    Dept(
        "nk",
        "扎嘎县农牧农村和科技局",
        T,
        (("formal", 7), ("plain", 3)),
        (("official", 6), ("old", 1)),
        "cn",
        "cat",
        "naive_s",
        0,
        0.0,
        False,
        "nk",
        0,
        "cn",
        0.3,
        "",
        "full",
        "dash",
        "loc",
        0.1,
        0.0,
        0.0,
        "第{n}期",
        "（{town}专场）",
        (),
        "泽仁多吉",
    ),
    Dept(
        "lc",
        "扎嘎县林业和草原局",
        T,
        (("plain", 8), ("formal", 2)),
        (("short", 6), ("official", 2)),
        "f",
        "space",
        "offset",
        30,
        0.7,
        False,
        "lc",
        1,
        "letter",
        0.2,
        "",
        "brief",
        "plain",
        "loc",
        0.15,
        0.0,
        0.0,
        "第{n}期",
        "·{short}站",
        (),
        "格桑",
    ),
    Dept(
        "wl",
        "扎嘎县文化广播电视和旅游局",
        T,
        (("slogan", 5), ("plain", 3), ("english", 2)),
        (("short", 4), ("en", 2), ("official", 2)),
        "cn",
        "cat",
        "utc_z",
        0,
        0.0,
        True,
        "wl",
        2,
        "en",
        0.6,
        "wjx",
        "brief",
        "space",
        "loc",
        0.2,
        0.0,
        0.0,
        "第{n}期",
        "·{short}站",
        ("乐游扎嘎", "藏家乐提质增效", "雪域康巴·好客扎嘎"),
        "拉姆",
    ),
    Dept(
        "rs",
        "扎嘎县人力资源和社会保障局",
        T,
        (("plain", 7), ("formal", 3)),
        (("official", 5), ("short", 3)),
        "no",
        "cat",
        "naive_m",
        30,
        0.8,
        False,
        "rs",
        3,
        "cn",
        1.0,
        "gov",
        "full",
        "dash",
        "desc",
        0.1,
        0.3,
        0.0,
        "（第{n}期）",
        "（{town}专场）",
        (),
        "李文静",
    ),
    Dept(
        "sj",
        "扎嘎县市场监督管理局",
        P,
        (("plain", 10), ("acronym", 2)),
        (("short", 6), ("official", 3)),
        "cn",
        "cat",
        "naive_s",
        0,
        0.0,
        True,
        "sj",
        0,
        "letter",
        0.3,
        "",
        "brief",
        "plain",
        "loc",
        0.15,
        0.0,
        0.0,
        "第{n}期",
        "{town}专场",
        ("守护雪域舌尖安全",),
        "次仁",
    ),
    Dept(
        "sw",
        "国家税务总局扎嘎县税务局",
        P,
        (("formal", 4), ("plain", 6)),
        (("official", 8), ("short", 2)),
        "cn",
        "cat",
        "utc_ms",
        20,
        0.6,
        False,
        "sw",
        2,
        "letter",
        0.4,
        "qq",
        "full",
        "dash",
        "url",
        0.05,
        0.0,
        0.0,
        "第{n}期",
        "（{town}专场）",
        ("便民办税春风行动",),
        "王蓉",
    ),
    Dept(
        "jx",
        "扎嘎县经济信息和商务合作局",
        T,
        (("acronym", 4), ("plain", 6)),
        (("short", 6), ("addr", 2)),
        "f",
        "space",
        "offset_ms",
        0,
        0.0,
        True,
        "jx",
        1,
        "en",
        0.5,
        "wjx",
        "brief",
        "space",
        "loc",
        0.15,
        0.0,
        0.6,
        "第{n}期",
        "·{short}站",
        ("扎嘎电商",),
        "降措",
    ),
    Dept(
        "yj",
        "扎嘎县应急管理局",
        T,
        (("slogan", 4), ("formal", 4), ("plain", 2)),
        (("full", 5), ("official", 3)),
        "cn",
        "cat",
        "offset",
        0,
        0.0,
        True,
        "yj",
        3,
        "letter",
        0.0,
        "",
        "full",
        "dash",
        "loc",
        0.1,
        0.5,
        0.0,
        "第{n}期",
        "（{town}专场）",
        ("人人讲安全、个个会应急",),
        "罗布",
    ),
    Dept(
        "fg",
        "扎嘎县发展和改革局",
        P,
        (("formal", 8), ("plain", 2)),
        (("official", 7), ("compound", 3)),
        "cn",
        "cat",
        "naive_s",
        0,
        0.0,
        False,
        "fg",
        0,
        "cn",
        0.0,
        "",
        "full",
        "dash",
        "loc",
        0.1,
        0.0,
        0.0,
        "第{n}期",
        "（{town}专场）",
        (),
        "陈晓东",
    ),
    Dept(
        "wj",
        "扎嘎县卫生健康局",
        T,
        (("plain", 7), ("slogan", 3)),
        (("official", 4), ("short", 4)),
        "cn",
        "cat",
        "offset",
        0,
        0.0,
        True,
        "wj",
        1,
        "cn",
        0.3,
        "",
        "brief",
        "plain",
        "loc",
        0.1,
        0.6,
        0.0,
        "第{n}期",
        "（{town}站）",
        ("健康扎嘎", "健康知识进牧区"),
        "央金",
    ),
    Dept(
        "zyy",
        "扎嘎县藏医院",
        T,
        (("tibetan_bi", 7), ("plain", 3)),
        (("short", 5), ("old", 2)),
        "bare",
        "cat",
        "naive_s",
        30,
        0.5,
        False,
        "zyy",
        2,
        "letter",
        0.5,
        "",
        "bo",
        "plain",
        "loc",
        0.1,
        0.0,
        0.0,
        "第{cn}期",
        "（{town}）",
        (),
        "益西卓玛",
    ),
    Dept(
        "zgh",
        "扎嘎县总工会",
        T,
        (("plain", 8), ("alias", 2)),
        (("old", 6), ("short", 4)),
        "short",
        "cat",
        "naive_m",
        20,
        0.7,
        False,
        "zgh",
        3,
        "cn",
        0.5,
        "qq",
        "brief",
        "plain",
        "loc",
        0.15,
        0.0,
        0.0,
        "第{n}期",
        "（{town}）",
        (),
        "尼玛",
    ),
    Dept(
        "rm",
        "扎嘎县融媒体中心",
        P,
        (("slogan", 5), ("plain", 2), ("alias", 3)),
        (("addr", 6), ("short", 4)),
        "bare",
        "cat",
        "offset_ms",
        0,
        0.0,
        False,
        "rm",
        0,
        "none",
        0.0,
        "",
        "media",
        "space",
        "loc",
        0.3,
        0.0,
        0.0,
        "第{n}期",
        "·{short}站",
        ("云上扎嘎",),
        "多吉",
    ),
    Dept(
        "gt",
        "扎嘎县嘎托镇人民政府",
        T,
        (("plain", 7), ("alias", 3)),
        (("short", 5), ("old", 3), ("addr", 2)),
        "short",
        "cat",
        "naive_m",
        0,
        0.0,
        True,
        "gt",
        1,
        "none",
        0.0,
        "",
        "brief",
        "plain",
        "loc",
        0.2,
        0.0,
        0.0,
        "第{n}期",
        "（{town}专场）",
        (),
        "泽仁拉姆",
    ),
    Dept(
        "qd",
        "扎嘎县曲登镇人民政府",
        T,
        (("tibetan_bi", 6), ("plain", 4)),
        (("old", 4), ("short", 6)),
        "cn",
        "cat",
        "naive_s",
        30,
        0.6,
        False,
        "qd",
        2,
        "none",
        0.3,
        "",
        "bo",
        "plain",
        "loc",
        0.2,
        0.0,
        0.0,
        "第{n}期",
        "（{town}）",
        (),
        "四郎",
    ),
    Dept(
        "zxg",
        "扎嘎县扎西岗镇人民政府",
        T,
        (("slogan", 3), ("plain", 5), ("alias", 2)),
        (("old", 5), ("short", 5)),
        "cn",
        "cat",
        "naive_m",
        0,
        0.0,
        False,
        "zxg",
        3,
        "none",
        0.0,
        "",
        "brief",
        "plain",
        "loc",
        0.2,
        0.0,
        0.0,
        "第{n}期",
        "（{town}）",
        ("牧民夜校", "学国语·促振兴"),
        "土登",
    ),
    Dept(
        "yr",
        "扎嘎县亚绒乡人民政府",
        T,
        (("tibetan", 5), ("tibetan_bi", 5)),
        (("short", 7), ("old", 3)),
        "cn",
        "cat",
        "naive_m",
        0,
        0.0,
        True,
        "yr",
        0,
        "none",
        0.0,
        "",
        "bo",
        "plain",
        "loc",
        0.25,
        0.0,
        0.0,
        "第{n}期",
        "（{town}）",
        (),
        "阿旺",
    ),
    Dept(
        "gsl",
        "扎嘎县工商业联合会",
        P,
        (("plain", 7), ("formal", 3)),
        (("compound", 6), ("short", 4)),
        "cn",
        "cat",
        "offset",
        0,
        0.0,
        False,
        "gsl",
        3,
        "mixed",
        0.4,
        "qq",
        "brief",
        "plain",
        "loc",
        0.15,
        0.0,
        0.0,
        "第{n}期",
        "（{town}）",
        (),
        "张建华",
    ),
    Dept(
        "xh",
        "扎嘎县虫草松茸产业协会",
        T,
        (("plain", 8), ("alias", 2)),
        (("short", 7), ("old", 3)),
        "f",
        "space",
        "offset",
        30,
        0.6,
        False,
        "xh",
        1,
        "letter",
        0.6,
        "wjx",
        "brief",
        "plain",
        "loc",
        0.2,
        0.0,
        0.0,
        "第{n}期",
        "·{short}站",
        (),
        "贡布",
    ),
    Dept(
        "zj",
        "浙江省嘉湖市对口支援扎嘎县工作队",
        T,
        (("slogan", 5), ("formal", 3), ("english", 2)),
        (("addr_full", 6), ("official", 4)),
        "no",
        "cat",
        "utc_00",
        0,
        0.0,
        False,
        "zj",
        2,
        "en",
        0.5,
        "wjx",
        "full",
        "dash",
        "url",
        0.1,
        0.0,
        0.0,
        "第{n}期",
        "（{town}专场）",
        ("嘉湖·扎嘎东西部协作", "浙川协作 携手振兴"),
        "沈立群",
    ),
    Dept(
        "yq",
        "扎嘎县清洁能源产业园区管理委员会",
        T,
        (("bi_en", 5), ("english", 5)),
        (("en", 8), ("short", 2)),
        "en",
        "en",
        "utc_00",
        0,
        0.0,
        True,
        "yq",
        0,
        "en",
        0.5,
        "gov",
        "en",
        "plain",
        "url",
        0.1,
        0.0,
        0.0,
        "第{n}期",
        " · {short}",
        (),
        "吴嘉",
    ),
    Dept(
        "sf",
        "扎嘎县司法局",
        P,
        (("slogan", 6), ("plain", 3), ("alias", 1)),
        (("short", 5), ("official", 5)),
        "f",
        "space",
        "offset",
        20,
        0.5,
        False,
        "sf",
        1,
        "cn",
        0.0,
        "",
        "brief",
        "plain",
        "loc",
        0.15,
        0.0,
        0.0,
        "第{n}期",
        "·{short}站",
        ("美好生活·民法典相伴", "“九五”普法"),
        "仁青",
    ),
)
DEPT = {d.key: d for d in DEPTS}
DEPT_IDX = {d.key: i for i, d in enumerate(DEPTS)}


# ---------------------------------------------------------------------------------------------
# Subjects
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    formal: str
    plain: str
    alias: str
    en: str
    bo: str
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    kind: str
    leads: tuple[str, ...]
    cohosts: tuple[str, ...]
    venues: tuple[str, ...]
    months: tuple[int, ...] = (4, 5, 6)
    mode: str = "room"
    durs: tuple[int, ...] = (90, 120)
    days: int = 1
    abbr: str = ""
    weight: int = 2


TV = ("TOWN",)
SUBJECTS: tuple[Subject, ...] = (
    Subject(
        "yak_breed",
        "牦牛良种繁育与高效养殖技术培训",
        "牦牛养殖技术培训",
        "养好牦牛多挣钱",
        "Yak Breeding and Husbandry Training",
        "གཡག་གི་རིགས་བཟང་འཕེལ་སྐྱེད་དང་གསོ་སྐྱོང་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("yak", "coop"),
        ("A",),
        T,
        ("nk",),
        ("xh", "zj", "qd", "zxg", "yr", "rm"),
        ("nkl", "zx", "qdz", "zxgz", "yrx", "rdx"),
        durs=(120, 150, 180),
        weight=3,
    ),
    Subject(
        "yak_calving",
        "牦牛春季补饲与接羔育幼技术培训",
        "接羔育幼技术培训",
        "小牛犊怎么养",
        "Spring Calving Care for Yak Herders",
        "དཔྱིད་ཀའི་གཡག་བེའུ་གསོ་སྐྱོང་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("yak", "vet"),
        ("A",),
        T,
        ("nk",),
        ("qd", "zxg", "yr", "xh"),
        ("nkl", "zxgz", "yrx", "rdx", "esx", "sela"),
        months=(4, 5),
        durs=(120, 150),
    ),
    Subject(
        "pig",
        "藏香猪生态养殖与疫病防控技术培训",
        "藏香猪养殖培训",
        "藏香猪喂养小课堂",
        "Tibetan Pig Farming Training",
        "བོད་ཕག་གསོ་སྐྱོང་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("pig", "vet"),
        ("A",),
        T,
        ("nk",),
        ("xh", "gt", "zj", "jx"),
        ("nkl", "sela", "esx", "qdz"),
        durs=(120, 150),
    ),
    Subject(
        "vet_spring",
        "春季重大动物疫病集中免疫工作培训",
        "春防工作培训会",
        "牲畜打疫苗动员会",
        "Spring Livestock Vaccination Briefing",
        "དཔྱིད་ཀའི་ཕྱུགས་ནད་སྔོན་འགོག་ཁབ་རྒྱག་སྦྱོང་བརྡར།",
        ("vet",),
        ("A",),
        T,
        ("nk",),
        ("gt", "qd", "zxg", "yr", "rm"),
        ("nkl", "xz2", "qdz", "zxgz", "yrx", "rdx", "esx"),
        months=(4, 5),
        durs=(90, 120),
        weight=3,
    ),
    Subject(
        "grass_ban",
        "草原禁牧补助政策宣讲",
        "禁牧补助宣讲",
        "禁牧的钱怎么发",
        "Grazing-Ban Subsidy Policy Briefing",
        "རྩྭ་ཐང་སྐྱོང་སྲུང་རོགས་དངུལ་སྲིད་ཇུས་གསལ་བཤད།",
        ("grass",),
        ("A",),
        P,
        ("lc", "nk"),
        ("qd", "zxg", "yr", "rm"),
        TV,
        durs=(60, 90),
    ),
    Subject(
        "grass_balance",
        "草畜平衡奖励政策宣讲",
        "草畜平衡奖励宣讲",
        "草奖资金怎么领",
        "Grass-Livestock Balance Reward Briefing",
        "རྩྭ་ཕྱུགས་དོ་མཉམ་བྱ་དགའི་སྲིད་ཇུས་གསལ་བཤད།",
        ("grass",),
        ("A",),
        P,
        ("lc", "nk"),
        ("qd", "zxg", "yr", "rm"),
        TV,
        durs=(60, 90),
    ),
    Subject(
        "coop_std",
        "农民专业合作社规范化建设培训",
        "合作社规范办社培训",
        "办好咱们的合作社",
        "Cooperative Governance Workshop",
        "ཐོན་སྐྱེད་མཉམ་ལས་ཁང་ཚད་ལྡན་འཛུགས་སྐྲུན་སྦྱོང་བརྡར།",
        ("coop",),
        ("A",),
        T,
        ("nk",),
        ("xh", "zj", "jx", "gsl", "qd"),
        ("nkl", "zw", "hotel", "qdz"),
        durs=(120, 180),
        weight=3,
    ),
    Subject(
        "cordyceps_rule",
        "冬虫夏草资源保护与规范采挖宣讲",
        "虫草采挖规范宣讲",
        "上山采挖须知",
        "Sustainable Cordyceps Harvest Briefing",
        "དབྱར་རྩྭ་དགུན་འབུ་སྲུང་སྐྱོབ་དང་ཚད་ལྡན་སྔོག་འདོན་གསལ་བཤད།",
        ("cordyceps", "grass"),
        ("A",),
        P,
        ("lc",),
        ("xh", "zxg", "yr", "qd", "rm", "sf"),
        TV,
        months=(4, 5),
        durs=(60, 90),
        weight=3,
    ),
    Subject(
        "matsutake",
        "松茸资源保护与科学采集技术培训",
        "松茸采集培训",
        "捡菌子的讲究",
        "Matsutake Picking and Grading Training",
        "ཤ་མོ་བཏུ་སྟངས་དང་སྲུང་སྐྱོབ་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("matsutake", "coop"),
        ("A",),
        T,
        ("lc",),
        ("xh", "jx", "gt", "zj"),
        ("nkl", "market", "sela", "esx", "qdz"),
        months=(5, 6),
        durs=(120, 150),
        weight=3,
    ),
    Subject(
        "fire",
        "森林草原防灭火知识宣讲",
        "防火知识宣传",
        "进山别带火种",
        "Wildfire Prevention Outreach",
        "ནགས་ཚལ་དང་རྩྭ་ཐང་མེ་སྔོན་འགོག་ཤེས་བྱ་གསལ་བཤད།",
        ("fire", "safety"),
        (),
        P,
        ("lc", "yj"),
        ("gt", "qd", "zxg", "yr", "rm"),
        TV,
        months=(4, 5),
        durs=(60, 90),
        weight=3,
    ),
    Subject(
        "cordyceps_market",
        "虫草交易市场经营秩序与计量规范宣讲",
        "虫草市场规范经营宣讲",
        "买卖虫草别缺斤短两",
        "Fair Trading at the Cordyceps Market",
        "དབྱར་རྩྭ་དགུན་འབུའི་ཚོང་རའི་ཚོང་འབྲེལ་ཚད་ལྡན་གསལ་བཤད།",
        ("cordyceps", "quality"),
        ("F",),
        P,
        ("sj",),
        ("xh", "gt", "rm", "jx"),
        ("market",),
        months=(5, 6),
        durs=(60, 90),
    ),
    Subject(
        "tibmed_gmp",
        "藏药制剂生产质量管理规范培训",
        "藏药厂质量管理培训",
        "藏药厂GMP课",
        "GMP Training for Tibetan Medicine Makers",
        "བོད་སྨན་བཟོ་སྐྲུན་སྤུས་ཚད་དོ་དམ་སྦྱོང་བརྡར།",
        ("medicine", "quality"),
        ("C",),
        T,
        ("sj", "wj"),
        ("zyy", "yq", "gsl"),
        ("zyyb", "xz1", "hotel"),
        durs=(120, 180),
        abbr="{p}（GMP）",
    ),
    Subject(
        "tibmed_herb",
        "藏药材种植与野生资源保护培训",
        "藏药材种植培训",
        "种药材也能致富",
        "Tibetan Medicinal Herb Cultivation Course",
        "བོད་སྨན་རྩི་ཤིང་འདེབས་འཛུགས་སྦྱོང་བརྡར།",
        ("medicine", "coop"),
        ("A", "C"),
        T,
        ("wj", "nk"),
        ("zyy", "xh", "zj"),
        ("nkl", "zyyb", "qdz", "zxgz"),
        durs=(120, 150),
    ),
    Subject(
        "tibmed_clinic",
        "藏医适宜技术推广培训",
        "藏医适宜技术培训",
        "藏医外治小技术",
        "Sowa Rigpa Appropriate Techniques Course",
        "གསོ་བ་རིག་པའི་འཚམ་པའི་ལག་རྩལ་ཁྱབ་སྤེལ་སྦྱོང་ཚན།",
        ("medicine", "health"),
        ("Q",),
        T,
        ("zyy",),
        ("wj", "zj"),
        ("zyyb",),
        durs=(180, 210),
        days=2,
    ),
    Subject(
        "echino",
        "包虫病综合防治知识宣讲",
        "包虫病防治宣传",
        "管好家犬防包虫",
        "Echinococcosis Prevention Outreach",
        "འབུ་ནད་སྔོན་འགོག་འཕྲོད་བསྟེན་ཤེས་བྱ་གསལ་བཤད།",
        ("health",),
        (),
        P,
        ("wj",),
        ("zyy", "gt", "qd", "zxg", "yr", "rm"),
        TV,
        durs=(60, 90),
        weight=3,
    ),
    Subject(
        "homestay_service",
        "藏家乐（民宿）服务质量提升培训",
        "藏家乐服务培训",
        "民宿接待小课堂",
        "Tibetan Homestay Hospitality Training",
        "ཁྱིམ་ཚང་མགྲོན་ཁང་ཞབས་ཞུའི་སྤུས་ཚད་སྦྱོང་བརྡར།",
        ("homestay", "tourism"),
        ("H",),
        T,
        ("wl",),
        ("rs", "sj", "zj", "gt", "rm"),
        ("whzx", "hotel", "sela", "zw"),
        durs=(120, 180),
        weight=3,
    ),
    Subject(
        "homestay_rating",
        "乡村民宿等级评定标准解读",
        "民宿评星宣讲",
        "民宿怎么评上星",
        "Guesthouse Star-Rating Standards Briefing",
        "ཁྱིམ་ཚང་མགྲོན་ཁང་རིམ་པ་གཏན་འཁེལ་ཚད་གཞི་གསལ་བཤད།",
        ("homestay",),
        ("H",),
        P,
        ("wl",),
        ("sj", "gsl", "rm"),
        ("whzx", "hotel", "xz1"),
        durs=(90, 120),
    ),
    Subject(
        "tour_guide",
        "景区讲解员（藏汉双语）业务培训",
        "双语讲解员培训",
        "讲好扎嘎故事",
        "Bilingual Tour Guide Training",
        "ཡུལ་སྐོར་འགྲེལ་བཤད་པ་སྐད་གཉིས་སྦྱོང་བརྡར།",
        ("tourism", "bilingual"),
        ("R",),
        T,
        ("wl",),
        ("rs", "rm", "zj"),
        ("whzx", "zx"),
        durs=(180, 210),
    ),
    Subject(
        "intangible",
        "非物质文化遗产（唐卡、锅庄）传承人研修培训",
        "唐卡锅庄传承人培训",
        "学唐卡跳锅庄",
        "Thangka and Guozhuang Heritage Workshop",
        "ཐང་ཀ་དང་སྒོར་གཞས་རིག་གནས་ཤུལ་འཛིན་སྦྱོང་བརྡར།",
        ("culture",),
        ("R",),
        T,
        ("wl",),
        ("zgh", "rm", "zj"),
        ("whzx",),
        durs=(150, 180),
    ),
    Subject(
        "ecommerce_live",
        "农特产品电商直播带货实操培训",
        "直播带货培训",
        "手机变成新农具",
        "Live-Stream Selling Workshop",
        "དྲ་ཐོག་ཐད་གཏོང་ཚོང་ལས་ལག་ལེན་སྦྱོང་བརྡར།",
        ("ecommerce",),
        ("F", "I"),
        T,
        ("jx",),
        ("rs", "rm", "xh", "zj", "gsl"),
        ("zw", "zx", "hotel", "whzx"),
        mode="any",
        durs=(120, 180),
        abbr="农村电商O2O｜{p}",
        weight=3,
    ),
    Subject(
        "brand",
        "“扎嘎牦牛”区域公用品牌授权使用宣讲",
        "牦牛品牌授权宣讲",
        "用好扎嘎牦牛这块牌子",
        "Zhaga Yak Brand Licensing Briefing",
        "བྲག་དཀར་གཡག་གི་མཚོན་རྟགས་བེད་སྤྱོད་གསལ་བཤད།",
        ("yak", "ecommerce"),
        ("A", "F"),
        P,
        ("jx", "nk"),
        ("xh", "sj", "gsl"),
        ("zw", "xz1", "hotel"),
        durs=(90, 120),
        abbr="“扎嘎牦牛”IP授权使用宣讲",
    ),
    Subject(
        "cook",
        "农牧民转移就业中式烹调师技能培训",
        "中式烹调师培训",
        "学门厨艺好就业",
        "Chef Skills Course",
        "བཟའ་བཅའ་གཡོ་བཟོའི་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("employ", "skills"),
        ("H",),
        T,
        ("rs",),
        ("zgh", "zj", "wl"),
        ("zx",),
        durs=(210, 240),
        days=3,
    ),
    Subject(
        "excavator",
        "挖掘机驾驶员职业技能培训",
        "挖掘机操作培训",
        "挖机学起来",
        "Excavator Operator Course",
        "ས་རྐོ་འཕྲུལ་འཁོར་བཀོལ་སྤྱོད་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("skills", "employ"),
        ("E",),
        T,
        ("rs",),
        ("zgh", "zj", "fg"),
        ("zx",),
        durs=(210, 240),
        days=3,
    ),
    Subject(
        "employ_a",
        "一次性吸纳就业补贴政策宣讲",
        "吸纳就业补贴宣讲",
        "招人有补贴",
        "One-off Hiring Subsidy Briefing",
        "ལས་མི་ངོས་ལེན་རོགས་དངུལ་གསལ་བཤད།",
        ("employ",),
        (),
        P,
        ("rs",),
        ("gsl", "zgh", "sw"),
        ("zw", "xz1"),
        mode="any",
        durs=(60, 90),
    ),
    Subject(
        "employ_b",
        "一次性扩岗补助政策宣讲",
        "扩岗补助宣讲",
        "多招一人补一笔",
        "One-off Job-Expansion Subsidy Briefing",
        "ལས་གནས་རྒྱ་སྐྱེད་རོགས་དངུལ་གསལ་བཤད།",
        ("employ",),
        (),
        P,
        ("rs",),
        ("gsl", "zgh", "sw"),
        ("zw", "xz1"),
        mode="any",
        durs=(60, 90),
    ),
    Subject(
        "labor_export",
        "劳务输出（赴浙务工）岗前培训",
        "赴浙务工岗前培训",
        "出门打工前的一堂课",
        "Pre-departure Training for Migrant Workers",
        "ཕྱི་ཕྱོགས་ལས་ཀར་འགྲོ་སྔོན་གྱི་སྦྱོང་བརྡར།",
        ("employ",),
        (),
        T,
        ("rs",),
        ("zj", "zgh", "gt", "qd"),
        ("zw", "zx", "qdz", "zxgz"),
        durs=(120, 150),
    ),
    Subject(
        "tax_small",
        "小规模纳税人增值税减免政策宣讲",
        "小规模增值税减免宣讲",
        "月销10万以下免税怎么享",
        "VAT Relief for Small-scale Taxpayers",
        "ཁྲལ་འཇལ་པ་ཆུང་བའི་ཁྲལ་འབབ་ཉུང་འཕྲི་སྲིད་ཇུས་གསལ་བཤད།",
        ("tax",),
        (),
        P,
        ("sw",),
        ("gsl", "jx", "xh"),
        ("zw", "xz1", "hotel"),
        mode="any",
        durs=(60, 90),
        weight=3,
    ),
    Subject(
        "tax_sixtwo",
        "“六税两费”减征政策宣讲",
        "六税两费减半宣讲",
        "小微企业地方税费减半",
        "'Six Taxes and Two Fees' Reduction Briefing",
        "ཁྲལ་དྲུག་དང་འཐུས་གཉིས་ཉུང་འཕྲི་སྲིད་ཇུས་གསལ་བཤད།",
        ("tax",),
        (),
        P,
        ("sw",),
        ("gsl", "jx", "xh"),
        ("zw", "xz1", "hotel"),
        mode="any",
        durs=(60, 90),
    ),
    Subject(
        "tax_iit",
        "个人所得税综合所得年度汇算政策宣讲",
        "个税年度汇算辅导",
        "工资退税怎么办",
        "IIT Annual Reconciliation Briefing",
        "མི་སྒེར་ཡོང་འབབ་ཁྲལ་ལོ་མཇུག་རྩིས་སྒྲིག་གསལ་བཤད།",
        ("tax",),
        (),
        P,
        ("sw",),
        ("zgh", "wj", "gsl"),
        ("zw", "xz1", "xz2"),
        mode="any",
        durs=(60, 90),
    ),
    Subject(
        "tax_coop",
        "农民专业合作社涉税政策宣讲",
        "合作社涉税政策宣讲",
        "合作社要交哪些税",
        "Tax Rules for Farmer Cooperatives",
        "ཐོན་སྐྱེད་མཉམ་ལས་ཁང་གི་ཁྲལ་འབབ་སྲིད་ཇུས་གསལ་བཤད།",
        ("tax", "coop"),
        ("A",),
        P,
        ("sw",),
        ("nk", "xh"),
        ("zw", "nkl", "qdz"),
        durs=(60, 90),
    ),
    Subject(
        "safety_hydro",
        "水电站安全生产与汛期应急处置培训",
        "水电站防汛安全培训",
        "电站汛期安全课",
        "Hydropower Station Flood-Season Safety Training",
        "ཆུ་གློག་ས་ཚིགས་བདེ་འཇགས་ཐོན་སྐྱེད་དང་ཆུ་ལོག་སྔོན་འགོག་སྦྱོང་བརྡར།",
        ("hydro", "safety", "flood"),
        ("D",),
        T,
        ("yj",),
        ("fg", "yq", "zgh"),
        ("xz2", "yqfw", "hotel"),
        months=(5, 6),
        durs=(120, 180),
        weight=3,
    ),
    Subject(
        "safety_month",
        "“安全生产月”宣传咨询日活动",
        "安全月宣传咨询",
        "广场安全咨询会",
        "Work Safety Month Outreach Day",
        "བདེ་འཇགས་ཐོན་སྐྱེད་ཟླ་བའི་དྲིལ་བསྒྲགས།",
        ("safety",),
        (),
        P,
        ("yj",),
        ("sj", "zgh", "rm", "gt"),
        ("whzx",),
        months=(6,),
        durs=(120, 150),
    ),
    Subject(
        "geohazard",
        "地质灾害群测群防监测员培训",
        "地灾监测员培训",
        "塌方滑坡早发现",
        "Landslide Early-Warning Monitor Training",
        "ས་བབ་ཉེན་ཁ་ལྟ་ཞིབ་སྔོན་འགོག་སྦྱོང་བརྡར།",
        ("flood", "safety"),
        (),
        T,
        ("yj",),
        ("gt", "qd", "zxg", "yr"),
        TV,
        durs=(90, 120),
        weight=3,
    ),
    Subject(
        "pv_om",
        "光伏电站运维安全培训",
        "光伏运维培训",
        "光伏板维护课",
        "PV Plant O&M Safety Training",
        "ཉི་འོད་གློག་ས་ཚིགས་བདེ་འཇགས་ཉམས་གསོ་སྦྱོང་བརྡར།",
        ("pv", "safety"),
        ("D",),
        T,
        ("yq",),
        ("yj", "fg", "zgh"),
        ("yqfw",),
        durs=(120, 180),
        abbr="PV电站O&M安全培训",
        weight=3,
    ),
    Subject(
        "pv_village",
        "村级光伏帮扶电站收益分配政策宣讲",
        "村光伏收益分配宣讲",
        "光伏分红怎么分",
        "Village Solar Income-Sharing Briefing",
        "གྲོང་ཚོའི་ཉི་འོད་གློག་ཁང་ཁེ་ཕན་བགོ་འགྲེམ་སྲིད་ཇུས་གསལ་བཤད།",
        ("pv", "coop"),
        (),
        P,
        ("fg",),
        ("qd", "zxg", "yr", "yq"),
        ("xz1", "qdz", "zxgz", "yrx"),
        durs=(60, 90),
    ),
    Subject(
        "work_relief",
        "以工代赈项目政策宣讲",
        "以工代赈宣讲",
        "家门口干活挣工钱",
        "Work-for-Relief Programme Briefing",
        "ལས་ཀས་ཚབ་པའི་རམ་འདེགས་སྲིད་ཇུས་གསལ་བཤད།",
        ("employ",),
        ("E",),
        P,
        ("fg",),
        ("rs", "qd", "zxg", "yr"),
        ("xz1", "xz2", "qdz", "zxgz"),
        durs=(60, 90),
    ),
    Subject(
        "private_econ",
        "民营经济纾困惠企政策宣讲",
        "惠企政策宣讲",
        "老板们的政策课",
        "Policy Briefing for Private Businesses",
        "སྒེར་གཉེར་ཁེ་ལས་ལ་ཕན་པའི་སྲིད་ཇུས་གསལ་བཤད།",
        ("tax",),
        ("F", "H", "L"),
        P,
        ("gsl",),
        ("sw", "jx", "rs", "sj"),
        ("xz1", "xz2", "hotel"),
        durs=(90, 120),
        weight=3,
    ),
    Subject(
        "credit_report",
        "市场主体年报公示及信用修复培训",
        "企业年报培训",
        "年报别忘了报",
        "Annual Report and Credit Repair Workshop",
        "ཚོང་ཁང་ལོ་འཁོར་སྙན་ཞུ་དང་ཡིད་ཆེས་སླར་གསོ་སྦྱོང་བརྡར།",
        ("credit",),
        (),
        T,
        ("sj",),
        ("gsl", "xh", "sw"),
        ("zw", "xz1"),
        mode="any",
        durs=(60, 90),
    ),
    Subject(
        "food_safety",
        "藏餐及民宿餐饮食品安全培训",
        "餐饮食品安全培训",
        "后厨卫生这样管",
        "Food Safety for Tibetan Restaurants",
        "ཟས་རིགས་བདེ་འཇགས་སྦྱོང་བརྡར།",
        ("food", "homestay"),
        ("H",),
        T,
        ("sj",),
        ("wl", "wj", "gt"),
        ("zw", "hotel", "whzx"),
        durs=(90, 120),
    ),
    Subject(
        "union_rights",
        "职工劳动权益保障法律知识宣讲",
        "职工维权知识讲座",
        "受了委屈找工会",
        "Workers' Rights Talk",
        "ལས་བྱེད་པའི་ཐོབ་ཐང་སྲུང་སྐྱོབ་ཁྲིམས་ལུགས་གསལ་བཤད།",
        ("labor", "law"),
        (),
        P,
        ("zgh",),
        ("sf", "rs"),
        ("union", "xz2", "zx"),
        durs=(90, 120),
    ),
    Subject(
        "woodcarving",
        "藏式木雕彩绘技艺职工技能培训",
        "木雕彩绘培训",
        "学一门藏式手艺",
        "Tibetan Woodcarving and Painting Course",
        "བོད་ལུགས་ཤིང་བརྐོས་ཚོན་རིས་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("culture", "skills"),
        ("C", "R"),
        T,
        ("zgh",),
        ("wl", "rs", "zj"),
        ("union", "whzx"),
        durs=(180, 210),
        days=2,
    ),
    Subject(
        "video",
        "新媒体短视频拍摄制作培训",
        "短视频培训",
        "用手机拍好家乡",
        "Short-Video Production Workshop",
        "བརྙན་ཐུང་པར་ལེན་བཟོ་སྐྲུན་སྦྱོང་བརྡར།",
        ("ecommerce", "culture"),
        ("I",),
        T,
        ("rm",),
        ("wl", "jx", "zj"),
        ("whzx", "zw"),
        mode="any",
        durs=(120, 150),
    ),
    Subject(
        "civil_code",
        "民法典进牧区宣讲",
        "民法典宣讲",
        "身边的法律",
        "Civil Code Outreach in Pastoral Areas",
        "དམངས་ཁྲིམས་གཞི་རྩ་འབྲོག་ཁུལ་དུ་དར་སྤེལ།",
        ("law",),
        (),
        P,
        ("sf",),
        ("gt", "qd", "zxg", "yr", "rm"),
        TV,
        durs=(60, 90),
        weight=3,
    ),
    Subject(
        "leaders",
        "东西部协作乡村振兴带头人培训",
        "乡村振兴带头人培训",
        "领头雁充电",
        "Rural Revitalisation Leaders Training",
        "གྲོང་གསེབ་བསྐྱར་གསོ་འགོ་ཁྲིད་པའི་སྦྱོང་བརྡར།",
        ("support", "coop"),
        ("A",),
        T,
        ("zj",),
        ("nk", "rs", "fg"),
        ("hotel", "zx", "xz1"),
        mode="any",
        durs=(180, 210),
        days=2,
    ),
    Subject(
        "doctors",
        "浙川医疗帮扶专家讲座",
        "帮扶专家讲座",
        "东部专家讲健康",
        "Visiting Physicians Lecture",
        "སྨན་པ་ཆེད་མཁས་པའི་རོགས་རམ་སྨན་བཅོས་དང་གསུང་བཤད།",
        ("health", "support"),
        ("Q",),
        P,
        ("zj",),
        ("zyy", "wj"),
        ("zyyb",),
        durs=(90, 120),
    ),
    Subject(
        "night_school",
        "牧民夜校国家通用语言培训",
        "牧民夜校",
        "晚上学说普通话",
        "Herders' Evening Putonghua Class",
        "འབྲོག་པའི་མཚན་སློབ། རྒྱལ་ཡོངས་སྤྱི་སྤྱོད་སྐད་ཡིག་སློབ་སྦྱོང་།",
        ("bilingual",),
        (),
        T,
        ("zxg", "qd", "yr"),
        (),
        TV,
        durs=(90,),
    ),
    Subject(
        "rodent",
        "草原鼠害防治技术培训",
        "灭鼠技术培训",
        "草场灭鼠这样做",
        "Grassland Rodent Control Training",
        "རྩྭ་ཐང་བྱི་གནོད་སྔོན་འགོག་ལག་རྩལ་སྦྱོང་བརྡར།",
        ("grass",),
        ("A",),
        T,
        ("yr", "lc"),
        ("nk", "lc", "yr"),
        TV,
        durs=(90, 120),
    ),
    Subject(
        "grading",
        "虫草分级与包装标准培训",
        "虫草分级培训",
        "好虫草卖好价",
        "Cordyceps Grading and Packaging Standards",
        "དབྱར་རྩྭ་དགུན་འབུའི་རིམ་དབྱེ་དང་ཐུམ་སྒྲིལ་ཚད་གཞི་སྦྱོང་བརྡར།",
        ("cordyceps",),
        ("A", "F"),
        T,
        ("xh",),
        ("sj", "jx", "nk"),
        ("market", "nkl", "hotel"),
        months=(5, 6),
        durs=(90, 120),
    ),
    Subject(
        "coldchain",
        "松茸保鲜与冷链运输培训",
        "松茸保鲜培训",
        "松茸怎么保鲜",
        "Matsutake Cold-Chain Training",
        "ཤ་མོ་སོ་མ་སྲུང་འཛིན་དང་གྲང་རྒྱུད་འདྲེན་སྐྱེལ་སྦྱོང་བརྡར།",
        ("matsutake", "ecommerce"),
        ("A", "G"),
        T,
        ("xh", "jx"),
        ("jx", "lc", "zj"),
        ("market", "zw"),
        months=(6,),
        durs=(90, 120),
        abbr="{p}（HACCP）",
    ),
    Subject(
        "village_finance",
        "村集体经济组织财务管理培训",
        "村集体账务培训",
        "村里的账怎么记",
        "Village Collective Bookkeeping Training",
        "གྲོང་ཚོའི་མཉམ་ཟླ་དཔལ་འབྱོར་དངུལ་རྩིས་དོ་དམ་སྦྱོང་བརྡར།",
        ("coop",),
        (),
        T,
        ("gt", "qd", "zxg"),
        ("nk",),
        TV,
        durs=(90, 120),
    ),
    Subject(
        "altitude_health",
        "高原常见病防治健康讲座",
        "高原病健康讲座",
        "高原上怎么保健康",
        "Altitude Health Lecture",
        "མཐོ་སྒང་གི་ནད་སྔོན་འགོག་འཕྲོད་བསྟེན་གསུང་བཤད།",
        ("health",),
        (),
        P,
        ("wj",),
        ("zyy", "zgh", "rm"),
        ("zyyb", "whzx"),
        mode="any",
        durs=(60, 90),
    ),
)
SUBJ = {s.key: s for s in SUBJECTS}
SERIES_SUBJECTS = (
    "cook",
    "excavator",
    "tour_guide",
    "tibmed_clinic",
    "ecommerce_live",
    "video",
    "leaders",
    "woodcarving",
    "homestay_service",
)
CAMPAIGN_SUBJECTS = (
    "cordyceps_rule",
    "fire",
    "echino",
    "civil_code",
    "geohazard",
    "vet_spring",
    "grass_balance",
)
RELATED_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("hotel", "homestay_service", "food_safety"),
    ("hotel", "tax_small", "tax_sixtwo"),
    ("xz1", "employ_a", "employ_b"),
    ("zx", "cook", "excavator"),
    ("nkl", "yak_breed", "pig"),
    ("zyyb", "tibmed_clinic", "doctors"),
    ("yqfw", "pv_om", "safety_hydro"),
    ("whzx", "intangible", "tour_guide"),
    ("zw", "ecommerce_live", "credit_report"),
)
SIBLINGS: tuple[tuple[str, str], ...] = (
    ("tax_small", "tax_sixtwo"),
    ("employ_a", "employ_b"),
    ("grass_ban", "grass_balance"),
    ("tax_small", "tax_coop"),
)
WEEKLY: tuple[tuple[str, str], ...] = (
    ("night_school", "zxg"),
    ("night_school", "qd"),
    ("tax_iit", "sw"),
    ("employ_a", "rs"),
    ("altitude_health", "wj"),
    ("cordyceps_market", "sj"),
)
HN_KINDS = (
    "series_periods",
    "parallel_classes",
    "town_specials",
    "parallel_rooms",
    "back_to_back",
    "weekly_repeat",
    "same_building_two_depts",
    "same_title_other_day",
    "online_same_hour",
    "sibling_policies",
)
CO_KINDS = (
    "title_voice_differs",
    "low_overlap_title",
    "english_title",
    "tibetan_only_title",
    "kind_differs",
    "topics_differ",
    "series_one_side",
    "signin_time_start",
    "end_rounded",
    "venue_spelling_differs",
    "venue_missing",
    "code_format_differs",
)


# ---------------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Online:
    platform: str
    code: str
    token: str


@dataclass
class Session:
    sid: int
    subj: Subject
    lead: str
    start: datetime
    end: datetime
    kind: str
    bkey: str | None
    rkey: str | None
    online: Online | None
    cohosts: list[str] = field(default_factory=list)
    series: int | None = None
    cls: int | None = None
    town: str | None = None
    part: int | None = None
    capacity: int | None = None
    reg_url: str | None = None
    regions: tuple[str, ...] = ()
    title_seed: int | None = None


def _fmt_time(dt: datetime, style: str) -> tuple[str, bool]:
    if style == "naive_s":
        return dt.strftime("%Y-%m-%dT%H:%M:%S"), True
    if style == "naive_m":
        return dt.strftime("%Y-%m-%dT%H:%M"), True
    if style == "offset":
        return dt.isoformat(), False
    if style == "offset_ms":
        return dt.isoformat(timespec="milliseconds"), False
    u = dt.astimezone(UTC)
    if style == "utc_z":
        return u.strftime("%Y-%m-%dT%H:%M:%SZ"), False
    if style == "utc_ms":
        return u.strftime("%Y-%m-%dT%H:%M:%S.000Z"), False
    return u.isoformat(), False


def _code_text(code: str, style: str) -> str:
    if style == "dash":
        return f"{code[:3]}-{code[3:6]}-{code[6:]}"
    if style == "space":
        return f"{code[:3]} {code[3:6]} {code[6:]}"
    return code


def _cjk(s: str) -> set[str]:
    return set(CJK_RE.findall(s))


def _hm(dt: datetime) -> str:
    return f"{dt.hour}:{dt.minute:02d}"


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[Session] = []
        self.booked: dict[tuple[str, str, date], list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()
        self.ctr: dict[str, int] = {}
        for d in DEPTS:
            self.ctr[d.key] = self.rng.randint(3, 60)
        self.hn: dict[str, int] = dict.fromkeys(HN_KINDS, 0)
        self.co: dict[str, int] = dict.fromkeys(CO_KINDS, 0)
        self.records: list[dict[str, Any]] = []
        self.n_postings = 0
        self.days: list[date] = []
        d0 = SEASON_START
        while d0 <= SEASON_END:
            if d0 not in HOLIDAYS:
                self.days.append(d0)
            d0 += timedelta(days=1)

    # ---- helpers --------------------------------------------------------------------------

    def _tok(
        self, n: int, alphabet: str = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    ) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def _pick_day(self, months: tuple[int, ...], weekend_ok: bool = False) -> date:
        cands = [d for d in self.days if d.month in months and (weekend_ok or d.weekday() < 5)]
        return self.rng.choice(cands)

    def _pick_time(self, subj: Subject, dur: int, ndays: int = 1) -> tuple[int, int]:
        """Office hours on the plateau: 9:00-12:30 and 14:30-18:30; 牧民夜校 in the evening."""
        if subj.key == "night_school":
            return self.rng.choice(((19, 30), (20, 0)))
        if ndays > 1:
            return self.rng.choice(((9, 0), (9, 30)))
        am = [
            hm
            for hm in ((9, 0), (9, 30), (10, 0), (9, 0), (10, 30))
            if hm[0] * 60 + hm[1] + dur <= 12 * 60 + 30
        ] or [(9, 0)]
        pm = [
            hm
            for hm in ((14, 30), (15, 0), (15, 0), (15, 30))
            if hm[0] * 60 + hm[1] + dur <= 18 * 60 + 30
        ] or [(14, 30)]
        if self.rng.random() < 0.55:
            return self.rng.choice(am)
        return self.rng.choice(pm)

    def _span(
        self, day: date, hm: tuple[int, int], dur: int, days: int = 1
    ) -> tuple[datetime, datetime]:
        start = datetime(day.year, day.month, day.day, hm[0], hm[1], tzinfo=TZ)
        if days <= 1:
            return start, start + timedelta(minutes=dur)
        last = day
        left = days - 1
        while left > 0:
            last += timedelta(days=1)
            if last.weekday() < 5 and last not in HOLIDAYS:
                left -= 1
        end = datetime(last.year, last.month, last.day, 17, 30, tzinfo=TZ)
        return start, end

    def _free(self, bkey: str, rkey: str, start: datetime, end: datetime) -> bool:
        d = start.date()
        while d <= end.date():
            for s, e in self.booked.get((bkey, rkey, d), []):
                if s < end and start < e:
                    return False
            d += timedelta(days=1)
        return True

    def _book(self, bkey: str, rkey: str, start: datetime, end: datetime) -> None:
        d = start.date()
        while d <= end.date():
            self.booked.setdefault((bkey, rkey, d), []).append((start, end))
            d += timedelta(days=1)

    def _venues_for(self, subj: Subject, lead: str) -> tuple[str, ...]:
        if subj.venues == TV:
            if lead in DEPT_TOWN:
                return TOWN_VENUES[DEPT_TOWN[lead]]
            return ALL_TOWN_VENUES
        return subj.venues

    def _find_room(
        self, bkeys: tuple[str, ...], start: datetime, end: datetime
    ) -> tuple[str, str] | None:
        order = list(bkeys)
        self.rng.shuffle(order)
        for bk in order:
            rooms = list(BLD[bk].rooms)
            self.rng.shuffle(rooms)
            for r in rooms:
                if self._free(bk, r.key, start, end):
                    return bk, r.key
        return None

    def _new_online(self, platform: str = "tencent") -> Online:
        while True:
            code = str(self.rng.randint(200, 999)) + f"{self.rng.randint(0, 999999):06d}"
            if code not in self.codes:
                self.codes.add(code)
                break
        return Online(platform, code, self._tok(8))

    def _reg_url(self, d: Dept) -> str | None:
        if d.reg == "wjx":
            return f"https://www.wjx.cn/vm/{self._tok(7)}.aspx"
        if d.reg == "qq":
            num = self.rng.randint(10000000, 19999999)
            return f"https://wj.qq.com/s2/{num}/{self._tok(4, '0123456789abcdef')}/"
        if d.reg == "gov":
            sub = "rsj" if d.key == "rs" else "cep"
            return f"https://{sub}.zhaga.gov.cn/baoming/{self.rng.randint(1000, 9999)}"
        return None

    def _pick_cohosts(self, subj: Subject, lead: str, bkey: str | None, p: float) -> list[str]:
        if self.rng.random() >= p:
            return []
        cands = [c for c in subj.cohosts if c != lead]
        if bkey is not None and bkey in TOWN_OF_VENUE:
            td = TOWN_DEPT.get(TOWN_OF_VENUE[bkey])
            if td is not None and td != lead:
                cands = [c for c in cands if c not in TOWN_DEPT.values()]
                cands.append(td)
                cands.append(td)
            else:
                cands = [c for c in cands if c not in TOWN_DEPT.values()]
        uniq: list[str] = []
        for c in cands:
            if c not in uniq:
                uniq.append(c)
        if not uniq:
            return []
        k = self.rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
        k = min(k, len(uniq))
        out: list[str] = []
        while len(out) < k:
            c = self.rng.choice(cands)
            if c not in out:
                out.append(c)
        return out

    def _regions(self, subj: Subject, bkey: str | None) -> tuple[str, ...]:
        if bkey is not None and bkey in TOWN_OF_VENUE and self.rng.random() < 0.75:
            return (TOWN_BY_KEY[TOWN_OF_VENUE[bkey]].name,)
        if subj.key in ("cordyceps_rule", "grading") and self.rng.random() < 0.5:
            return ("亚绒乡", "然多乡", "扎西岗镇")
        if subj.key in ("matsutake", "coldchain") and self.rng.random() < 0.5:
            return ("俄色乡", "曲登镇")
        return ()

    def _make(
        self,
        subj: Subject,
        lead: str,
        start: datetime,
        end: datetime,
        bkey: str | None,
        rkey: str | None,
        online: Online | None,
        cohost_p: float = 0.38,
        cohosts: list[str] | None = None,
    ) -> Session:
        if bkey is not None and rkey is not None:
            self._book(bkey, rkey, start, end)
        kind = subj.kind
        cap: int | None = None
        if subj.kind == T or self.rng.random() < 0.4:
            cap = self.rng.choice((30, 40, 50, 60, 80, 100, 120))
            if bkey is not None and BLD[bkey].village:
                cap = self.rng.choice((20, 30, 40))
        s = Session(
            sid=len(self.sessions) + 1,
            subj=subj,
            lead=lead,
            start=start,
            end=end,
            kind=kind,
            bkey=bkey,
            rkey=rkey,
            online=online,
            capacity=cap,
        )
        s.cohosts = (
            list(cohosts) if cohosts is not None else self._pick_cohosts(subj, lead, bkey, cohost_p)
        )
        s.reg_url = self._reg_url(DEPT[lead]) if self.rng.random() < 0.7 else None
        s.regions = self._regions(subj, bkey)
        self.sessions.append(s)
        self.n_postings += 1 + len(s.cohosts)
        return s

    def _mode(self, subj: Subject, lead: str) -> str:
        if subj.mode == "room" or subj.venues == TV:
            return "room"
        r = self.rng.random()
        if r < 0.35:
            return "online"
        if r < 0.5:
            return "hybrid"
        return "room"

    def _platform(self, lead: str) -> str:
        if lead == "rm":
            return "live"
        if lead in ("sj", "gsl") and self.rng.random() < 0.4:
            return "dingtalk"
        return "tencent"

    # ---- free sessions --------------------------------------------------------------------

    def _random_session(self, cohost_p: float = 0.38) -> Session | None:
        weights = [s.weight for s in SUBJECTS]
        subj = self.rng.choices(SUBJECTS, weights=weights)[0]
        lead = self.rng.choice(subj.leads)
        town_lead = lead in DEPT_TOWN or subj.venues == TV
        day = self._pick_day(subj.months, weekend_ok=town_lead and self.rng.random() < 0.3)
        dur = self.rng.choice(subj.durs)
        ndays = 1 if subj.days <= 1 else self.rng.randint(1, subj.days + 1)
        hm = self._pick_time(subj, dur, ndays)
        start, end = self._span(day, hm, dur, ndays)
        mode = self._mode(subj, lead)
        online: Online | None = None
        bkey: str | None = None
        rkey: str | None = None
        if mode in ("online", "hybrid"):
            online = self._new_online(self._platform(lead))
        if mode in ("room", "hybrid"):
            got = self._find_room(self._venues_for(subj, lead), start, end)
            if got is None:
                return None
            bkey, rkey = got
        return self._make(subj, lead, start, end, bkey, rkey, online, cohost_p)

    # ---- hard-negative families -----------------------------------------------------------

    def _fam_series(self) -> None:
        subj = SUBJ[self.rng.choice(SERIES_SUBJECTS)]
        lead = subj.leads[0]
        n0 = self.rng.randint(1, 4)
        count = self.rng.choice((2, 2, 3))
        dur = self.rng.choice(subj.durs)
        ndays = 1 if subj.days <= 1 else subj.days
        hm = self._pick_time(subj, dur, ndays)
        cohosts = self._pick_cohosts(subj, lead, None, 0.55)
        for _ in range(20):
            d = self._pick_day(subj.months)
            spans: list[tuple[datetime, datetime]] = []
            for _i in range(count):
                while d.weekday() >= 5 or d in HOLIDAYS:
                    d += timedelta(days=1)
                spans.append(self._span(d, hm, dur, ndays))
                d = spans[-1][1].date() + timedelta(days=self.rng.choice((5, 7, 10, 14)))
            if spans[-1][1].date() > SEASON_END:
                continue
            room: tuple[str, str] | None = None
            for bk in subj.venues:
                for r in BLD[bk].rooms:
                    if all(self._free(bk, r.key, a, b) for a, b in spans):
                        room = (bk, r.key)
                        break
                if room is not None:
                    break
            if room is None:
                continue
            for k, (a, b) in enumerate(spans):
                s = self._make(subj, lead, a, b, room[0], room[1], None, cohosts=cohosts)
                s.series = n0 + k
            self.hn["series_periods"] += 1
            return

    def _fam_classes(self) -> None:
        subj = SUBJ[self.rng.choice(("cook", "excavator", "tibmed_clinic", "homestay_service"))]
        lead = subj.leads[0]
        bkey = "zx" if subj.key in ("cook", "excavator") else subj.venues[0]
        if subj.key == "homestay_service":
            bkey = "hotel"
        b = BLD[bkey]
        rooms = list(b.rooms)
        self.rng.shuffle(rooms)
        for _ in range(20):
            day = self._pick_day(subj.months)
            dur = self.rng.choice(subj.durs)
            hm = self._pick_time(subj, dur)
            start, end = self._span(day, hm, dur, 1)
            free = [r for r in rooms if self._free(bkey, r.key, start, end)]
            if len(free) >= 2:
                cohosts = self._pick_cohosts(subj, lead, None, 0.4)
                series = self.rng.choice((None, None, 2, 3))
                for c, r in enumerate(free[:2], start=1):
                    s = self._make(subj, lead, start, end, bkey, r.key, None, cohosts=cohosts)
                    s.cls = c
                    s.series = series
                self.hn["parallel_classes"] += 1
                return

    def _fam_town_specials(self) -> None:
        subj = SUBJ[self.rng.choice(CAMPAIGN_SUBJECTS)]
        lead = subj.leads[0]
        towns = [t.key for t in TOWNS]
        self.rng.shuffle(towns)
        k = self.rng.choice((2, 2, 3))
        for _ in range(20):
            day = self._pick_day(subj.months)
            dur = self.rng.choice(subj.durs)
            hm = self._pick_time(subj, dur)
            start, end = self._span(day, hm, dur, 1)
            picks: list[tuple[str, str, str]] = []
            for tk in towns:
                got = self._find_room(TOWN_VENUES[tk], start, end)
                if got is not None:
                    picks.append((tk, got[0], got[1]))
                if len(picks) == k:
                    break
            if len(picks) < 2:
                continue
            shared = self._pick_cohosts(subj, lead, None, 0.3)
            shared = [c for c in shared if c not in TOWN_DEPT.values()]
            for tk, bk, rk in picks:
                co = list(shared)
                td = TOWN_DEPT.get(tk)
                if td is not None and td != lead and self.rng.random() < 0.6:
                    co.append(td)
                s = self._make(subj, lead, start, end, bk, rk, None, cohosts=co)
                s.town = tk
                s.regions = (TOWN_BY_KEY[tk].name,)
            self.hn["town_specials"] += 1
            return

    def _fam_parallel_rooms(self) -> None:
        bkey, a, b2 = self.rng.choice(RELATED_PAIRS)
        sa, sb = SUBJ[a], SUBJ[b2]
        months = tuple(m for m in sa.months if m in sb.months) or (6,)
        for _ in range(20):
            day = self._pick_day(months)
            dur = self.rng.choice(sa.durs)
            hm = self._pick_time(sa, dur)
            start, end = self._span(day, hm, dur, 1)
            free = [r for r in BLD[bkey].rooms if self._free(bkey, r.key, start, end)]
            if len(free) < 2:
                continue
            self.rng.shuffle(free)
            end_b = start + (end - start) + timedelta(minutes=self.rng.choice((0, 0, 30)))
            self._make(sa, sa.leads[0], start, end, bkey, free[0].key, None, 0.35)
            self._make(sb, sb.leads[0], start, end_b, bkey, free[1].key, None, 0.35)
            self.hn["parallel_rooms"] += 1
            return

    def _fam_back_to_back(self) -> None:
        subj = SUBJ[
            self.rng.choice(
                (
                    "tax_iit",
                    "employ_a",
                    "credit_report",
                    "vet_spring",
                    "food_safety",
                    "homestay_rating",
                    "cordyceps_market",
                    "altitude_health",
                    "union_rights",
                )
            )
        ]
        lead = subj.leads[0]
        bkeys = self._venues_for(subj, lead)
        for _ in range(20):
            day = self._pick_day(subj.months)
            base = self.rng.choice(((9, 0), (15, 0)))
            s1, e1 = self._span(day, base, 90, 1)
            s2, e2 = e1, e1 + timedelta(minutes=90)
            got = None
            order = list(bkeys)
            self.rng.shuffle(order)
            for bk in order:
                for r in BLD[bk].rooms:
                    if self._free(bk, r.key, s1, e2):
                        got = (bk, r.key)
                        break
                if got:
                    break
            if got is None:
                continue
            parts = self.rng.random() < 0.5
            seed = self.rng.randint(1, 10**9)
            cohosts = self._pick_cohosts(subj, lead, got[0], 0.35)
            for i, (a, b) in enumerate(((s1, e1), (s2, e2)), start=1):
                co = cohosts if i == 1 or self.rng.random() < 0.7 else []
                s = self._make(subj, lead, a, b, got[0], got[1], None, cohosts=co)
                s.part = i if parts else None
                s.title_seed = seed
                if i == 2:
                    s.regions = self.sessions[-2].regions
            self.hn["back_to_back"] += 1
            return

    def _fam_weekly(self) -> None:
        skey, lead = self.rng.choice(WEEKLY)
        subj = SUBJ[skey]
        n = self.rng.randint(3, 5)
        seed = self.rng.randint(1, 10**9)
        bkeys = self._venues_for(subj, lead)
        months = subj.months
        dur = subj.durs[0]
        hm = self._pick_time(subj, dur)
        for _ in range(20):
            day = self._pick_day(months)
            spans = []
            ok = True
            for i in range(n):
                d = day + timedelta(days=7 * i)
                if d > SEASON_END or d in HOLIDAYS:
                    ok = False
                    break
                spans.append(self._span(d, hm, dur, 1))
            if not ok:
                continue
            order = list(bkeys)
            self.rng.shuffle(order)
            chosen: tuple[str, str] | None = None
            for bk in order:
                for r in BLD[bk].rooms:
                    if all(self._free(bk, r.key, a, b) for a, b in spans):
                        chosen = (bk, r.key)
                        break
                if chosen:
                    break
            if chosen is None:
                continue
            for a, b in spans:
                co = self._pick_cohosts(subj, lead, chosen[0], 0.2)
                s = self._make(subj, lead, a, b, chosen[0], chosen[1], None, cohosts=co)
                s.title_seed = seed
            self.hn["weekly_repeat"] += 1
            return

    def _fam_two_depts(self) -> None:
        combos: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
            (("xz1", "pv_village"), ("xz2", "safety_hydro")),
            (("xz1", "employ_b"), ("xz1", "brand")),
            (("xz1", "private_econ"), ("xz2", "work_relief")),
            (("hotel", "leaders"), ("hotel", "homestay_rating")),
            (("zw", "credit_report"), ("zw", "labor_export")),
            (("whzx", "video"), ("whzx", "food_safety")),
            (("xz2", "tax_iit"), ("xz1", "homestay_rating")),
            (("zx", "tour_guide"), ("zx", "labor_export")),
        )
        (ba, ka), (bb, kb) = self.rng.choice(combos)
        sa, sb = SUBJ[ka], SUBJ[kb]
        if sa.leads[0] == sb.leads[0]:
            return
        months = tuple(m for m in sa.months if m in sb.months) or (6,)
        for _ in range(20):
            day = self._pick_day(months)
            dur = self.rng.choice(sa.durs)
            hm = self._pick_time(sa, dur)
            start, end = self._span(day, hm, dur, 1)
            ga = self._find_room((ba,), start, end)
            if ga is None:
                continue
            self._book(ga[0], ga[1], start, end)
            end_b = start + timedelta(minutes=self.rng.choice(sb.durs))
            gb = self._find_room((bb,), start, end_b)
            self.booked[(ga[0], ga[1], day)].pop()
            if gb is None:
                continue
            self._make(sa, sa.leads[0], start, end, ga[0], ga[1], None, 0.35)
            self._make(sb, sb.leads[0], start, end_b, gb[0], gb[1], None, 0.35)
            self.hn["same_building_two_depts"] += 1
            return

    def _fam_same_title(self) -> None:
        subj = SUBJ[
            self.rng.choice(
                (
                    "matsutake",
                    "homestay_service",
                    "coop_std",
                    "grading",
                    "food_safety",
                    "yak_breed",
                    "private_econ",
                    "union_rights",
                    "pv_om",
                    "credit_report",
                )
            )
        ]
        lead = subj.leads[0]
        seed = self.rng.randint(1, 10**9)
        made = 0
        used: list[date] = []
        for _ in range(10):
            if made == 2:
                break
            day = self._pick_day(subj.months)
            if any(abs((day - u).days) < 3 or (day - u).days % 7 == 0 for u in used):
                continue
            dur = self.rng.choice(subj.durs)
            hm = self._pick_time(subj, dur)
            start, end = self._span(day, hm, dur, 1)
            got = self._find_room(self._venues_for(subj, lead), start, end)
            if got is None:
                continue
            s = self._make(subj, lead, start, end, got[0], got[1], None, 0.3)
            s.title_seed = seed
            used.append(day)
            made += 1
        if made == 2:
            self.hn["same_title_other_day"] += 1

    def _fam_online(self) -> None:
        pool = [s for s in SUBJECTS if s.mode == "any"]
        k = self.rng.choice((2, 2, 3))
        picks: list[Subject] = []
        while len(picks) < k:
            c = self.rng.choice(pool)
            if c not in picks:
                picks.append(c)
        months = (4, 5, 6)
        day = self._pick_day(months)
        hm = self.rng.choice(((9, 30), (10, 0), (15, 0)))
        same_lead = self.rng.random() < 0.35
        if same_lead:
            picks = [SUBJ["tax_small"], SUBJ["tax_sixtwo"], SUBJ["tax_iit"]][:k]
        for subj in picks:
            start, end = self._span(day, hm, self.rng.choice(subj.durs), 1)
            lead = subj.leads[0]
            self._make(subj, lead, start, end, None, None, self._new_online("tencent"), 0.3)
        self.hn["online_same_hour"] += 1

    def _fam_siblings(self) -> None:
        a, b = self.rng.choice(SIBLINGS)
        sa, sb = SUBJ[a], SUBJ[b]
        lead = sa.leads[0]
        if lead not in sb.leads:
            lead = sb.leads[0]
        for _ in range(20):
            day = self._pick_day(sa.months)
            same_day = self.rng.random() < 0.5
            day_b = day if same_day else day + timedelta(days=self.rng.choice((1, 2, 3, 7)))
            while day_b.weekday() >= 5 or day_b in HOLIDAYS:
                day_b += timedelta(days=1)
            if day_b > SEASON_END:
                continue
            s1, e1 = self._span(day, (9, 30), self.rng.choice(sa.durs), 1)
            hm_b = (14, 30) if same_day else (9, 30)
            s2, e2 = self._span(day_b, hm_b, self.rng.choice(sb.durs), 1)
            g1 = self._find_room(self._venues_for(sa, lead), s1, e1)
            if g1 is None:
                continue
            g2: tuple[str, str] | None = g1 if self._free(g1[0], g1[1], s2, e2) else None
            if g2 is None:
                g2 = self._find_room(self._venues_for(sb, lead), s2, e2)
            if g2 is None:
                continue
            seed = self.rng.randint(1, 10**9)
            x = self._make(sa, lead, s1, e1, g1[0], g1[1], None, 0.35)
            y = self._make(sb, lead, s2, e2, g2[0], g2[1], None, 0.35)
            x.title_seed = seed
            y.title_seed = seed
            self.hn["sibling_policies"] += 1
            return

    # ---- rendering ------------------------------------------------------------------------

    def _next_id(self, d: Dept, s: Session) -> str:
        self.ctr[d.key] += self.rng.choice((1, 1, 1, 2, 3))
        n = self.ctr[d.key]
        st = d.id_style
        ds = s.start.strftime("%Y%m%d")
        if st == "nk":
            return f"扎农科函〔2027〕{n}号"
        if st == "lc":
            return f"LCJ-2027-{n:04d}"
        if st == "wl":
            return f"wlj_{ds}_{n:03d}"
        if st == "rs":
            return f"RS2027Q2-{n:03d}"
        if st == "sj":
            return f"scjg-px-{n:05d}"
        if st == "sw":
            h = self._tok(32, "0123456789abcdef")
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        if st == "jx":
            return f"JX{n:04d}"
        if st == "yj":
            return f"扎应急〔2027〕{n}"
        if st == "fg":
            return f"fgj-2027-{n}"
        if st == "wj":
            return f"wjj{n:06d}"
        if st == "zyy":
            return f"ZYY-KJ-{n:03d}"
        if st == "zgh":
            return f"ZGH{s.start.strftime('%y%m')}{n:03d}"
        if st == "rm":
            return f"rmt{1806000000 + n * 7919}"
        if st == "gt":
            return f"gtz-{n:03d}"
        if st == "qd":
            return f"QD-2027-{n:03d}"
        if st == "zxg":
            return f"zxg{n}"
        if st == "yr":
            return f"YR{n:03d}"
        if st == "gsl":
            return f"GSL-2027-{n:03d}"
        if st == "xh":
            return f"XH{n:04d}"
        if st == "zj":
            return f"JHZG-2027-{n:03d}"
        if st == "yq":
            return f"ZGCEP-{n:04d}"
        return f"SFJ-PF-2027-{n:03d}"

    def _pick_voice(self, d: Dept, role: str, rng: random.Random) -> str:
        voices = [v for v, _ in d.voices]
        weights = [w for _, w in d.voices]
        if role == "co" and d.key in ("gt", "rm", "xh", "zgh", "zxg", "sf", "qd", "lc", "wj"):
            voices.append("alias")
            weights.append(3)
        return rng.choices(voices, weights=weights)[0]

    def _title(
        self,
        d: Dept,
        s: Session,
        voice: str,
        kind: str,
        show_series: bool,
        show_town: bool,
        rng: random.Random,
    ) -> str:
        subj = s.subj
        town = TOWN_BY_KEY[s.town] if s.town is not None else None
        lang = "zh"
        if voice in ("english", "bi_en"):
            lang = "en"
        elif voice == "tibetan":
            lang = "bo"
        series = s.series if show_series else None
        if lang == "en":
            q = ""
            if series is not None:
                q += f" (Session {series})"
            if s.cls is not None:
                q += f" - Class {'AB'[s.cls - 1]}"
            if town is not None and show_town:
                q += f" · {town.en}"
            if s.part is not None:
                q += f" (Part {s.part})"
            en = subj.en + q
            if voice == "bi_en":
                zh = subj.plain
                if s.cls is not None:
                    zh += f"（{CN_NUM[s.cls]}班）"
                return f"{en} | {zh}"
            return en
        if lang == "bo":
            body = subj.bo
            pre = f"{town.bo} " if town is not None and show_town else ""
            suf = ""
            if series is not None:
                suf += f" ཐེངས་{TIB_ORD[series]}།"
            if s.cls is not None:
                suf += f" སྡེ་ཚན་{TIB_ORD[s.cls]}།"
            if s.part is not None:
                suf += f" ({s.part})"
            return pre + body + suf
        # Chinese voices
        if voice == "formal":
            name = subj.formal
        elif voice == "alias":
            name = subj.alias
        elif voice == "acronym" and subj.abbr:
            name = subj.abbr.format(p=subj.plain)
        else:
            name = subj.plain if voice != "tibetan_bi" else subj.formal
        ser = ""
        if series is not None:
            ser = d.series_fmt.format(n=series, cn=CN_NUM[series] if series <= 10 else series)
        cls = f"（{CN_NUM[s.cls]}班）" if s.cls is not None else ""
        sp = ""
        if town is not None and show_town:
            sp = d.special_fmt.format(town=town.name, short=town.short)
        part = f"（第{CN_NUM[s.part]}场）" if s.part is not None else ""
        if voice == "formal":
            year = "2027年" if rng.random() < 0.7 else ""
            county = COUNTY if rng.random() < 0.3 else ""
            nm = name
            ser_f = f"第{series}期" if series is not None else ""
            if town is not None and show_town:
                sp = f"（{town.name}专场）"
            if kind == T:
                if nm.endswith("培训"):
                    nm += "班"
                return f"关于举办{year}{county}{ser_f}{nm}{cls}{sp}{part}的通知"
            tail = "活动" if nm.endswith(("宣讲", "解读", "讲座", "宣传")) else ""
            return f"关于开展{year}{county}{ser_f}{nm}{cls}{sp}{part}{tail}的通知"
        core = f"{name}{ser}{cls}{sp}{part}"
        if voice == "slogan" and d.slogans:
            slogan = rng.choice(d.slogans)
            if slogan.startswith("“"):
                return f"{slogan}｜{core}"
            return f"“{slogan}”{core}"
        if voice == "tibetan_bi":
            bo = subj.bo
            if town is not None and show_town:
                bo = f"{town.bo} {bo}"
            return f"{bo} {core}" if rng.random() < 0.7 else f"{core} {bo}"
        return core

    def _decorate(self, d: Dept, s: Session, title: str, voice: str, rng: random.Random) -> str:
        if voice in ("tibetan", "english", "bi_en", "tibetan_bi"):
            if d.key == "yq" and rng.random() < 0.3:
                return "[Notice] " + title
            return title
        k = d.key
        r = rng.random()
        if k == "lc" and r < 0.8:
            title = "【县林草局】" + title
        elif k == "rs":
            if r < 0.3 and voice != "formal":
                title = "2027年第二季度" + title
            if rng.random() < 0.5:
                title = "【报名】" + title
            if rng.random() < 0.6:
                title += "（名额有限）"
        elif k == "sj" and voice != "formal":
            if s.subj.key == "food_safety" and r < 0.5:
                title = "“守护雪域舌尖安全”专项行动｜" + title
            elif r < 0.85:
                title = "市监局：" + title
        elif k == "sw" and voice != "formal" and r < 0.5:
            title = "【春风行动】" + title
        elif k == "jx" and r < 0.4 and "ecommerce" in s.subj.topics:
            title = "扎嘎电商｜" + title
        elif k == "yj" and s.start.month == 6 and r < 0.7 and voice != "slogan":
            title = "“安全生产月”专项行动｜" + title
        elif k == "wl" and r < 0.2:
            title += "（公益）"
        elif k == "wj" and r < 0.4 and voice == "plain":
            title = "【健康扎嘎】" + title
        elif k == "zgh" and r < 0.6:
            title += "（公益）"
        elif k == "rm":
            if s.online is not None and r < 0.8:
                title = "【直播预告】" + title
            elif r < 0.6:
                title = "【活动预告】" + title
        elif k == "gsl" and r < 0.5:
            title = "县工商联：" + title
        elif k == "xh" and r < 0.35:
            title = "【会员通知】" + title
        elif k == "gt" and r < 0.3:
            title = "【嘎托镇】" + title
        return title

    def _topics(self, d: Dept, s: Session, rng: random.Random) -> list[str]:
        if d.key == "yr" or (d.key in ("qd", "gt") and rng.random() < 0.4):
            return []
        if d.key == "yq":
            return [TOPICS_EN[t] for t in s.subj.topics][:4]
        out: list[str] = []
        for i, t in enumerate(s.subj.topics):
            words = TOPICS[t]
            out.append(words[(d.topic_bias + i) % len(words)])
        extra = {
            "sw": "春风行动",
            "rs": "职业技能",
            "zj": "东西部协作",
            "rm": "扎嘎发布",
            "gsl": "民营经济",
            "zgh": "职工服务",
            "sf": "九五普法",
        }.get(d.key)
        if extra and rng.random() < 0.6 and extra not in out:
            out.append(extra)
        if d.key == "nk" and rng.random() < 0.5:
            out.append("乡村振兴")
        return out[:6]

    def _sectors(self, d: Dept, s: Session, rng: random.Random) -> list[str]:
        if d.sector_style == "none" or not s.subj.sectors or rng.random() < 0.15:
            return []
        out: list[str] = []
        for c in s.subj.sectors:
            style = d.sector_style
            if style == "mixed":
                style = rng.choice(("letter", "cn", "en"))
            if style == "letter":
                out.append(c)
            elif style == "cn":
                out.append(SECTORS[c][0])
            else:
                out.append(SECTORS[c][1])
        return out

    def _venue_text(self, d: Dept, s: Session, rng: random.Random) -> str:
        assert s.bkey is not None
        assert s.rkey is not None
        b = BLD[s.bkey]
        room = next(r for r in b.rooms if r.key == s.rkey)
        styles = [p for p, _ in d.places]
        weights = [w for _, w in d.places]
        bstyle = rng.choices(styles, weights=weights)[0]
        if bstyle == "compound" and b.compound is None:
            bstyle = "short"
        btxt = building_text(b, bstyle)
        rtxt = "" if b.village else room_text(room, d.room_style)
        if bstyle == "compound" and d.room_style == "cn":
            # 县行政中心三楼会议室: the compound name plus a bare floor, building number dropped
            rtxt = f"{CN_NUM[room.floor]}楼{room.kind if room.hall is None else room.hall}"
        if not rtxt:
            return btxt
        if d.loc_fmt == "en" or d.room_style == "en":
            return f"{rtxt}, {btxt}"
        if d.loc_fmt == "space":
            return f"{btxt} {rtxt}"
        return f"{btxt}{rtxt}"

    def _render(
        self, s: Session, dkey: str, role: str, lead_info: dict[str, Any] | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        d = DEPT[dkey]
        rng = self.rng
        trng = rng
        if s.title_seed is not None and role == "lead":
            trng = random.Random(s.title_seed * 31 + DEPT_IDX[dkey])
        # kind
        if role == "lead":
            kind = s.kind if rng.random() < 0.9 else d.kind
        else:
            kind = d.kind if rng.random() < 0.7 else s.kind
        voice = self._pick_voice(d, role, trng)
        show_series = s.series is not None and (role == "lead" or rng.random() < 0.35)
        show_town = s.town is not None and (
            role == "lead" or dkey not in TOWN_DEPT.values() or rng.random() < 0.5
        )
        title = self._title(d, s, voice, kind, show_series, show_town, trng)
        title = self._decorate(d, s, title, voice, trng)
        if voice not in ("tibetan", "english", "bi_en"):
            if trng.random() < d.fw_p:
                title = title.translate(FW_DIGITS)
            if trng.random() < d.space_p:
                title = SPACE_RE2.sub(r"\1 \2", SPACE_RE1.sub(r"\1 \2", title))
        title = title[:200]
        # times
        start = s.start
        end = s.end
        shifted = False
        rounded = False
        if d.signin and rng.random() < d.signin_p:
            start = start - timedelta(minutes=d.signin)
            shifted = True
        if d.round_end and end.minute != 0 and rng.random() < 0.8:
            end = end.replace(minute=0) + timedelta(hours=1)
            rounded = True
        st, naive = _fmt_time(start, d.time_fmt)
        et, _ = _fmt_time(end, d.time_fmt)
        # place
        loc: str | None = None
        url: str | None = None
        code_txt: str | None = None
        code_in_desc = False
        venue_missing = False
        tbd_p = d.tbd_p if role == "co" else 0.02
        if s.bkey is not None:
            if rng.random() < tbd_p:
                venue_missing = True
                loc = rng.choice((None, "待定", "另行通知", "具体地点另行通知", "地点待定"))
            else:
                loc = self._venue_text(d, s, rng)
        on = s.online
        if on is not None:
            if on.platform == "tencent":
                code_txt = _code_text(on.code, d.code_style)
                token_url = f"https://meeting.tencent.com/dm/{on.token}"
                code_url = f"https://meeting.tencent.com/dw/?meeting_code={on.code}"
                label = "Tencent Meeting ID: " if d.key == "yq" else "腾讯会议："
                if d.code_place == "url":
                    url = code_url
                    if loc is None and s.bkey is None:
                        loc = "Online (Tencent Meeting)" if d.key == "yq" else "线上（腾讯会议）"
                elif d.code_place == "desc":
                    url = token_url
                    code_in_desc = True
                    if s.bkey is None:
                        loc = "线上"
                else:
                    url = token_url if rng.random() < 0.6 else None
                    if loc is None or venue_missing:
                        loc = f"{label}{code_txt}"
                    else:
                        loc = f"{loc}（同步{label.rstrip('：')} {code_txt}）"
            elif on.platform == "dingtalk":
                url = f"https://n.dingtalk.com/dingding/live-room/index.html?liveUuid={on.token}"
                if s.bkey is None:
                    loc = "钉钉直播"
            else:
                url = f"https://live.zhagafb.cn/room/{on.token}"
                if s.bkey is None:
                    loc = "“扎嘎发布”视频号直播间" if rng.random() < 0.5 else "线上直播"
        # description
        desc = self._desc(d, s, loc, code_txt if code_in_desc else None, shifted, rng)
        # capacity / registration
        cap = s.capacity if (rng.random() < d.cap_p) else None
        if role == "lead":
            reg = s.reg_url if d.reg else None
        elif rng.random() < 0.3 and s.reg_url is not None:
            reg = s.reg_url
        else:
            reg = self._reg_url(d) if rng.random() < 0.4 else None
        regions = list(s.regions)
        if role == "co" and dkey in DEPT_TOWN and s.bkey in TOWN_OF_VENUE:
            regions = [TOWN_BY_KEY[DEPT_TOWN[dkey]].name]
        inp: dict[str, Any] = {
            "externalId": self._next_id(d, s),
            "kind": kind,
            "title": title,
            "start": st,
            "end": et,
        }
        if naive:
            inp["timezone"] = "Asia/Shanghai"
        inp.update(
            {
                "location": loc,
                "onlineUrl": url,
                "description": desc,
                "topics": self._topics(d, s, rng),
                "audience": {"sectors": self._sectors(d, s, rng), "regions": regions},
                "capacity": cap,
                "registrationUrl": reg,
            }
        )
        rec = {
            "department": d.name,
            "input": inp,
            "truth": {
                "session": s.sid,
                "kind": s.kind,
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
            },
        }
        info: dict[str, Any] = {
            "voice": voice,
            "kind": kind,
            "title": title,
            "topics": list(inp["topics"]),
            "series": show_series,
            "shifted": shifted,
            "rounded": rounded,
            "loc": loc,
            "venue_missing": venue_missing,
            "code": code_txt,
        }
        if lead_info is not None:
            self._count_co(info, lead_info)
        return rec, info

    def _count_co(self, co: dict[str, Any], lead: dict[str, Any]) -> None:
        c = self.co
        if co["voice"] != lead["voice"]:
            c["title_voice_differs"] += 1
        a, b = _cjk(co["title"]), _cjk(lead["title"])
        if not a or not b or len(a & b) / len(a | b) < 0.2:
            c["low_overlap_title"] += 1
        if co["voice"] == "english":
            c["english_title"] += 1
        if co["voice"] == "tibetan":
            c["tibetan_only_title"] += 1
        if co["kind"] != lead["kind"]:
            c["kind_differs"] += 1
        if co["topics"] != lead["topics"]:
            c["topics_differ"] += 1
        if co["series"] != lead["series"]:
            c["series_one_side"] += 1
        if co["shifted"] != lead["shifted"]:
            c["signin_time_start"] += 1
        if co["rounded"] != lead["rounded"]:
            c["end_rounded"] += 1
        if co["venue_missing"] and not lead["venue_missing"]:
            c["venue_missing"] += 1
        elif co["loc"] and lead["loc"] and co["loc"] != lead["loc"]:
            c["venue_spelling_differs"] += 1
        if co["code"] is not None and lead["code"] is not None and co["code"] != lead["code"]:
            c["code_format_differs"] += 1

    def _desc(
        self,
        d: Dept,
        s: Session,
        loc: str | None,
        code: str | None,
        shifted: bool,
        rng: random.Random,
    ) -> str | None:
        st = s.start
        day = f"{st.month}月{st.day}日（星期{WEEK_CN[st.weekday()]}）"
        span = f"{_hm(st)}—{_hm(s.end)}"
        if s.end.date() != st.date():
            span = f"{_hm(st)}起，至{s.end.month}月{s.end.day}日{_hm(s.end)}结束"
        sign = st - timedelta(minutes=30)
        where = loc or "另行通知"
        phone = f"0836-58{DEPT_IDX[d.key] + 10:02d}{(DEPT_IDX[d.key] * 377) % 1000:03d}"
        code_line = f"腾讯会议号：{code}" if code else ""
        style = d.desc
        if rng.random() < 0.15:
            return None
        if style == "full":
            who = "全县相关企业、合作社及农牧民群众"
            if s.subj.sectors:
                who = "、".join(SECTORS[c][0] for c in s.subj.sectors) + "相关经营主体"
            lines = [
                f"一、时间：2027年{day}{span}" + ("" if shifted else f"，{_hm(sign)}开始签到"),
                f"二、地点：{where}",
                f"三、参加对象：{who}",
                f"四、联系人：{d.contact}，联系电话：{phone}",
            ]
            if code_line:
                lines.insert(2, f"线上参会：{code_line}")
            return "\n".join(lines)
        if style == "bo":
            tday = f"ཟླ་{st.month}ཚེས་{st.day}".translate(TIB_DIGITS)
            return (
                f"དུས་ཚོད། {tday} ཆུ་ཚོད་{_hm(st).translate(TIB_DIGITS)}། "
                f"时间：{st.month}月{st.day}日{_hm(st)}；联系人：{d.contact} {phone}"
            )
        if style == "media":
            if s.online is not None:
                return "点击链接或扫描海报二维码进入直播间，直播结束后可回看。"
            return f"{day}{_hm(st)}，欢迎广大群众踊跃参与。记者 {d.contact}"
        if style == "en":
            return (
                f"{st.strftime('%d %b %Y')}, {_hm(st)}-{_hm(s.end)} (Beijing time). "
                "Open to park enterprises and contractors; Chinese-English materials provided."
            )
        parts = [f"{day}{span}"]
        if code_line:
            parts.append(code_line)
        parts.append(f"咨询电话：{phone}")
        return "；".join(parts) + "。"

    # ---- driver ---------------------------------------------------------------------------

    def run(self) -> list[dict[str, Any]]:
        rng = self.rng
        fams = (
            (self._fam_series, (5, 7)),
            (self._fam_classes, (3, 4)),
            (self._fam_town_specials, (5, 7)),
            (self._fam_parallel_rooms, (4, 6)),
            (self._fam_back_to_back, (4, 6)),
            (self._fam_weekly, (4, 5)),
            (self._fam_two_depts, (4, 6)),
            (self._fam_same_title, (4, 6)),
            (self._fam_online, (4, 6)),
            (self._fam_siblings, (4, 6)),
        )
        for fn, (lo, hi) in fams:
            for _ in range(rng.randint(lo, hi)):
                fn()
        target = rng.randint(1090, 1170)
        guard = 0
        while self.n_postings < target and guard < 5000:
            guard += 1
            self._random_session()
        for s in self.sessions:
            lead_rec, lead_info = self._render(s, s.lead, "lead", None)
            self.records.append(lead_rec)
            for c in s.cohosts:
                rec, _ = self._render(s, c, "co", lead_info)
                self.records.append(rec)
        rng.shuffle(self.records)
        return self.records


def generate(seed: int) -> list[dict[str, Any]]:
    """Return the labelled postings for one season, in random order."""
    return _Gen(seed).run()


def stats(seed: int = 0) -> dict[str, Any]:
    g = _Gen(seed)
    recs = g.run()
    per: dict[int, int] = {}
    for r in recs:
        sid = int(r["truth"]["session"])
        per[sid] = per.get(sid, 0) + 1
    hist: dict[int, int] = {}
    for n in per.values():
        hist[n] = hist.get(n, 0) + 1
    cohosted = sum(1 for n in per.values() if n >= 2)
    depts: dict[str, int] = {}
    for r in recs:
        depts[r["department"]] = depts.get(r["department"], 0) + 1
    online = sum(1 for s in g.sessions if s.online is not None)
    return {
        "postings": len(recs),
        "sessions": len(per),
        "postings_per_session": dict(sorted(hist.items())),
        "hard_negatives": dict(g.hn),
        "cohosted_share": round(cohosted / max(1, len(per)), 3),
        "cohost_phenomena": dict(g.co),
        "departments": len(depts),
        "online_sessions": online,
    }


if __name__ == "__main__":
    import json

    for sd in (0, 1, 2):
        print(json.dumps(stats(sd), ensure_ascii=False, indent=1))
